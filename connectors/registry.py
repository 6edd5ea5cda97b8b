"""Every connector format, found by importing each module of this package.

Adding a format is adding a module (see the README's connector guide): any
:class:`~connectors.base.Connector` subclass with a ``format`` is registered.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from connectors.base import Connector

# Modules that hold infrastructure, not a format.
_NOT_FORMATS = frozenset(
    {"base", "registry", "transports", "mapping", "control_numbers", "api", "inbound"}
)


@cache
def formats() -> dict[str, type[Connector]]:
    import connectors

    found: dict[str, type[Connector]] = {}
    for info in pkgutil.iter_modules(connectors.__path__):
        if info.name in _NOT_FORMATS or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"connectors.{info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Connector)
                and value is not Connector
                and value.format
                and value.__module__ == module.__name__
            ):
                if value.format in found:
                    raise RuntimeError(
                        f"connector format {value.format!r} is defined twice "
                        f"({found[value.format].__module__} and {module.__name__})"
                    )
                found[value.format] = value
    return found


def get(fmt: str) -> Connector:
    try:
        return formats()[fmt]()
    except KeyError:
        known = ", ".join(sorted(formats()))
        raise ValueError(f"unknown connector format {fmt!r}; known: {known}") from None


def for_file(name: str, data: bytes) -> Connector | None:
    """The connector that reads this file: by its ending, else by sniffing its content."""
    lowered = name.lower()
    by_name = [c for c in formats().values() if c.extensions and lowered.endswith(c.extensions)]
    # .edi could be X12 or EDIFACT: the content decides; a broken envelope still goes to the
    # connector its name points at, so the error names the segment instead of "not CSV".
    for cls in by_name or formats().values():
        if cls.sniff(data):
            return cls()
    return by_name[0]() if by_name else None
