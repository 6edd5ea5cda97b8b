"""One module per `poagent` sub-command.

Each module exposes ``register(subparsers) -> None`` which adds its parser and
sets ``func`` (a callable taking the ``CommandContext`` that ``agent.cli`` builds
once per invocation, see ``_common``, and returning an exit status). A command
reads and changes data through application functions (``agent.queries``,
``agent.operations`` and the agent's modules), not by querying tables itself.
``agent.cli`` discovers the modules, so adding a command never means editing a
shared file.
"""
