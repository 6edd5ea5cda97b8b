"""One module per `poagent` sub-command.

Each module exposes ``register(subparsers) -> None`` which adds its parser and
sets ``func`` (a callable taking the parsed ``argparse.Namespace`` and returning
an exit status). ``agent.cli`` discovers the modules, so adding a command never
means editing a shared file.
"""
