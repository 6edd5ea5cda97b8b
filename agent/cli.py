"""The `poagent` console script: parse arguments and dispatch to a command module."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

import agent
import agent.commands

if TYPE_CHECKING:
    from agent.commands._common import CommandContext


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="poagent",
        description="Email-first supplier purchase-order confirmation agent.",
    )
    parser.add_argument("--version", action="version", version=f"poagent {agent.__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(agent.commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"agent.commands.{info.name}")
        module.register(subparsers)
    return parser


def _report_failure(exc: Exception) -> int:
    """An error the user can act on, in one line; the traceback only with POAGENT_DEBUG=1."""
    import os

    from sqlalchemy.exc import DBAPIError

    from agent.redact import scrub

    if os.environ.get("POAGENT_DEBUG"):
        raise exc
    if isinstance(exc, DBAPIError):
        cause = str(exc.orig or exc).strip().splitlines()
        first = cause[0] if cause else type(exc).__name__
        print(f"error: the database cannot be used: {scrub(first)}", file=sys.stderr)
        return 1
    if isinstance(exc, RecursionError):
        print("error: the input nests too deeply to read", file=sys.stderr)
        return 1
    text = scrub(str(exc).strip().splitlines()[0] if str(exc).strip() else "")
    print(
        f"error: {type(exc).__name__}: {text} (set POAGENT_DEBUG=1 for the traceback)",
        file=sys.stderr,
    )
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    from agent.commands._common import CommandError, build_context

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    context = build_context(args)  # the settings are loaded here, once
    _announce(context)
    try:
        return int(args.func(context) or 0)
    except CommandError as exc:
        print(exc.message, file=sys.stderr)
        return exc.status
    except BrokenPipeError:  # before `Exception`, which would catch it
        # `poagent status | head`: the reader went away; that is not an error of ours.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - one clear line instead of a traceback
        return _report_failure(exc)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        context.close()


# Commands that work without a database (the rest open the configured one).
_NO_DATABASE = ("extract", "check-config")


def _announce(context: CommandContext) -> None:
    """Say on stderr which configuration and database this command uses."""
    from agent.commands._common import announce

    if context.settings_loaded is None or context.settings_error is not None:
        return  # no --config, or the command itself reports the problems
    announce(context.settings, uses_database=context.args.command not in _NO_DATABASE)


if __name__ == "__main__":
    sys.exit(main())
