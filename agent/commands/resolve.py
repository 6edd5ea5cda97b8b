"""`poagent resolve ID --action accept|reject|note --root-cause ...`: a person's decision."""

from __future__ import annotations

from typing import Any

from agent.commands._common import CommandContext, CommandError


def register(subparsers: Any) -> None:
    from agent.commands._common import add_config_argument, add_now_argument

    parser = subparsers.add_parser(
        "resolve",
        help="record the resolution of an exception",
        description=(
            "accept: take the supplier's value (an accepted date change becomes the promised "
            "date). reject: keep the PO's values and chase the supplier again. note: add a "
            "note and mark the exception acknowledged, keeping it open."
        ),
    )
    add_config_argument(parser)
    add_now_argument(parser)
    parser.add_argument("id", type=int, metavar="ID", help="exception id (see poagent exceptions)")
    parser.add_argument("--action", required=True, choices=("accept", "reject", "note"))
    parser.add_argument("--root-cause", default=None, help="why it happened (for reports)")
    parser.add_argument("--note", default=None, help="free text")
    parser.add_argument("--by", default="cli", help="who decided (recorded in the audit log)")
    parser.set_defaults(func=run)


def run(ctx: CommandContext) -> int:
    from agent.workflow import ResolutionError, resolve

    args, now, settings = ctx.args, ctx.now, ctx.settings
    if args.action in ("accept", "reject") and not args.root_cause:
        raise CommandError("--root-cause is required for accept and reject")
    with ctx.factory() as session:
        try:
            exc = resolve(session, settings, args.id, args.action, root_cause=args.root_cause,
                          note=args.note, actor=args.by, now=now)  # fmt: skip
        except ResolutionError as err:
            raise CommandError(str(err), status=1) from None
        session.commit()
        print(f"exception #{exc.id}: {exc.state.value} ({args.action})")
    return 0
