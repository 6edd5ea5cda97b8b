"""`poagent import FILE`: import purchase orders from CSV, JSON, X12 850, EDIFACT ORDERS or cXML."""

from __future__ import annotations

import json
import sys
from typing import Any

from agent.commands._common import CommandContext, sources


def register(subparsers: Any) -> None:
    from agent.commands._common import add_config_argument, add_now_argument

    parser = subparsers.add_parser(
        "import",
        help="import purchase orders (CSV, JSON, X12 850, EDIFACT ORDERS, cXML) and queue requests",
        description=(
            "Import POs from CSV (one row per PO line; see README for the columns) or JSON "
            "(the pos.json format), or a partner document: X12 850 (.x12/.edi), EDIFACT ORDERS "
            "(.edi) or cXML OrderRequest (.xml), recognised by name or content and mapped with "
            "the [partners] entry whose ID sent it. The whole file is checked first; with any problem nothing "
            "is imported unless --skip-invalid is given. Re-importing the same file changes "
            "nothing; a PO whose lines changed becomes a new revision and is sent again."
        ),
    )
    add_config_argument(parser)
    parser.add_argument("file", metavar="FILE", help="a .csv, .json, .x12, .edi or .xml file")
    parser.add_argument(
        "--skip-invalid", action="store_true",
        help="import the POs whose rows are all valid and report the rest",
    )  # fmt: skip
    parser.add_argument(
        "--encoding", default="utf-8", help="text encoding of a CSV file (default utf-8)"
    )
    parser.add_argument(
        "--no-requests", action="store_true",
        help="do not queue acknowledgment requests (e.g. for POs already confirmed elsewhere)",
    )  # fmt: skip
    parser.add_argument("--check", action="store_true", help="only check the file; write nothing")
    from agent.commands._common import add_dry_run_argument

    add_dry_run_argument(parser, "what the import would create, revise and queue")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument("--progress", dest="progress", action="store_true", default=None)
    progress.add_argument("--no-progress", dest="progress", action="store_false")
    add_now_argument(parser)
    parser.set_defaults(func=run)


def run(ctx: CommandContext) -> int:
    from agent.import_stream import read_file

    now, args, settings = ctx.now, ctx.args, ctx.settings
    # A CSV file is checked row by row into a staging file, so its size does not matter.
    parsed = read_file(args.file, args.encoding, settings, progress=args.progress)
    try:
        return _run(ctx, parsed, now)
    finally:
        getattr(parsed, "close", lambda: None)()


def _run(ctx: CommandContext, parsed: Any, now: Any) -> int:
    from agent.importer import apply_import

    args, settings = ctx.args, ctx.settings
    for note in parsed.notes:
        print(f"note: {note}", file=sys.stderr)
    if args.check:
        for problem in parsed.problems:
            print(f"{args.file}: {problem}", file=sys.stderr)
        good = parsed.valid_po_count()
        print(f"{args.file}: {parsed.rows} rows, {good} valid POs, "
              f"{len(parsed.problems)} problem(s); nothing written (--check)")  # fmt: skip
        return 1 if parsed.problems else 0
    # Requests are written by `poagent send`/`run` when first claimed: a large import
    # stays a matter of inserting rows.
    options = {"skip_invalid": args.skip_invalid, "progress": args.progress,
               "queue_requests": not args.no_requests, "defer_render": True}  # fmt: skip
    if args.dry_run:
        with ctx.scratch() as factory:
            summary = apply_import(factory, settings, parsed, now, **options)
    else:
        ctx.refuse_clock_skew(ctx.factory)
        summary = apply_import(ctx.factory, settings, parsed, now, **options)
    if ctx.output == "json":
        print(json.dumps({"file": args.file, "dry_run": bool(args.dry_run), **sources(settings),
                          **summary.to_json()}, indent=2))  # fmt: skip
    else:
        for problem in summary.problems:
            print(f"{args.file}: {problem}", file=sys.stderr)
        if summary.problems and not summary.imported:
            print(
                f"{args.file}: {len(summary.problems)} problem(s); nothing imported"
                + ("" if parsed.file_problems else " (use --skip-invalid to import the valid POs)"),
                file=sys.stderr,
            )
        if args.dry_run:
            print(f"dry run, nothing written: would be {summary}; "
                  f"requests that would be queued {summary.requests_queued}")  # fmt: skip
        else:
            print(f"{summary}; requests queued {summary.requests_queued}")
    if not summary.imported:
        return 1
    return 1 if summary.problems else 0
