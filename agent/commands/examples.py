"""`poagent examples export DIR`: replies labelled in the web console, as corpus test cases."""

from __future__ import annotations

import sys
from typing import Any

from agent.commands._common import CommandContext, CommandError


def register(subparsers: Any) -> None:
    from agent.commands._common import add_config_argument

    parser = subparsers.add_parser("examples", help="labelled replies from the web console")
    sub = parser.add_subparsers(dest="examples_command", metavar="ACTION", required=True)
    export = sub.add_parser(
        "export",
        help="write each labelled reply as DIR/NNNN-web-SUPPLIER/{pos.json,message.eml,expected.json}",
    )
    add_config_argument(export)
    export.add_argument("directory", metavar="DIR")
    export.set_defaults(func=run_export)


def run_export(ctx: CommandContext) -> int:
    from pathlib import Path

    from agent.web.review import export_examples

    directory = ctx.args.directory
    with ctx.factory() as session:
        try:
            written = export_examples(session, Path(directory))
        except (OSError, ValueError) as exc:
            raise CommandError(f"cannot export: {exc}", status=1) from None
    for case in written:
        print(case)
    print(f"{len(written)} example(s) written to {directory}", file=sys.stderr)
    return 0
