"""`poagent examples export DIR`: replies labelled in the web console, as corpus test cases."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: Any) -> None:
    from agent.config import add_config_argument

    parser = subparsers.add_parser("examples", help="labelled replies from the web console")
    sub = parser.add_subparsers(dest="examples_command", metavar="ACTION", required=True)
    export = sub.add_parser(
        "export",
        help="write each labelled reply as DIR/NNNN-web-SUPPLIER/{pos.json,message.eml,expected.json}",
    )
    add_config_argument(export)
    export.add_argument("directory", metavar="DIR")
    export.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from agent.config import ConfigError, load_settings
    from agent.db import open_database
    from agent.web.review import export_examples

    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    engine, factory = open_database(settings.database.url)
    try:
        with factory() as session:
            try:
                written = export_examples(session, Path(args.directory))
            except (OSError, ValueError) as exc:
                print(f"cannot export: {exc}", file=sys.stderr)
                return 1
        for case in written:
            print(case)
        print(f"{len(written)} example(s) written to {args.directory}", file=sys.stderr)
    finally:
        engine.dispose()
    return 0
