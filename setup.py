"""Build hook: ship the repository's top-level ``templates/`` inside the package.

The templates stay at the top of the repository (where users look for them and
copy them to override); the wheel carries them as ``agent/templates_default``.
Everything else about the build lives in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["agent*", "connectors*"]), "agent.templates_default"],
    package_dir={"agent.templates_default": "templates"},
)
