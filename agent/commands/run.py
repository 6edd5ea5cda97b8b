"""`poagent run`: the long-running agent (or one cycle with --once)."""

from __future__ import annotations

import threading
from typing import Any

from agent.commands._common import CommandContext


def register(subparsers: Any) -> None:
    from agent.commands._common import add_config_argument, add_now_argument

    parser = subparsers.add_parser(
        "run",
        help="run the agent: send requests, read replies, follow up, escalate",
        description=(
            "Run the agent loop: send due requests and follow-ups, read the mailbox, apply "
            "replies, open exceptions, escalate, send digests and write-back. Stops cleanly "
            "on SIGTERM/SIGINT after the current step; all due work is kept in the database."
        ),
    )
    add_config_argument(parser)
    parser.add_argument("--once", action="store_true", help="run one full cycle and exit")
    add_now_argument(parser)
    from agent.commands._common import add_dry_run_argument

    add_dry_run_argument(
        parser, "one cycle's mail, follow-ups and escalations (implies --once; mailbox not read)"
    )
    parser.add_argument(
        "--log-json", action="store_true", help="log one JSON object per line (stderr)"
    )
    parser.add_argument("--log-level", default=None, help="DEBUG, INFO (default), WARNING, ...")
    parser.add_argument(
        "--web", action="store_true", help="also serve the web console ([web] host and port)"
    )
    parser.set_defaults(func=run)


def run(ctx: CommandContext) -> int:
    import signal

    from agent import sandbox
    from agent.logging_setup import configure
    from agent.scheduler import Agent, Clock

    # The daemon's clock keeps running: from --now when given, else the real one.
    args, now, settings = ctx.args, ctx.fixed_now, ctx.settings
    configure(
        level=args.log_level or settings.logging.level,
        as_json=bool(args.log_json or settings.logging.as_json),
    )
    if args.dry_run:
        return _dry_run(ctx)
    factory = ctx.factory
    ctx.refuse_clock_skew(factory)
    stop = threading.Event()

    def on_signal(signum: int, _frame: Any) -> None:
        # Finish the current step, then stop; a second signal does the same (idempotent).
        # A mail being read is abandoned (it stays claimed and is read again after restart).
        stop.set()
        sandbox.STOP.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
    agent = Agent(settings, factory, clock=Clock(now), stop_event=stop)
    if not settings.imap.username:
        import logging

        from agent.scheduler import NOT_CHASED

        logging.getLogger("poagent.run").warning(
            "%s: imap.username is empty, so no follow-ups and no escalations are sent",
            NOT_CHASED,
            extra={"fields": {"event": "not_chasing"}},
        )
    web = _start_web(settings, factory) if getattr(args, "web", False) and not args.once else None
    try:
        if args.once:
            summary = agent.cycle(now)
            print(summary.line())
            return 1 if summary.errors else 0
        return agent.run_forever()
    finally:
        if web is not None:
            web.should_exit = True
        agent.close_mailbox()
        for s, handler in previous.items():
            signal.signal(s, handler)


def _dry_run(ctx: CommandContext) -> int:
    from agent.dryrun import DryRunAgent

    moment, settings = ctx.now, ctx.settings
    with ctx.scratch() as factory:
        agent = DryRunAgent(settings, factory)
        summary = agent.cycle(moment)
    print(
        f"dry run as of {moment.isoformat(timespec='minutes')}: nothing was sent, moved or written"
    )
    for line in agent.report or ["nothing would happen"]:
        print(f"  {line}")
    if settings.imap.username:
        print("  (the mailbox is not read in a dry run: an answer waiting there is not counted)")
    print(summary.line())
    return 1 if summary.errors else 0


def _start_web(settings: Any, factory: Any) -> Any:
    """The web console in a thread next to the daemon (same database, same settings)."""
    from agent.commands.web import serve

    server = serve(settings, factory, settings.web.host, settings.web.port)
    server.install_signal_handlers = lambda: None  # the daemon owns SIGTERM/SIGINT
    threading.Thread(target=server.run, name="poagent-web", daemon=True).start()
    return server
