"""`poagent writeback`: deliver queued write-backs now; `--retry` also re-tries failed ones."""

from __future__ import annotations

from typing import Any

from agent.commands._common import CommandContext, CommandError


def register(subparsers: Any) -> None:
    from agent.commands._common import add_config_argument, add_now_argument

    parser = subparsers.add_parser(
        "writeback",
        help="deliver confirmations to the ERP webhook / export folder (--retry: failed ones too)",
        description=(
            "Deliver every due write-back (webhook POST and/or export file). With --retry, "
            "deliveries that failed after their last attempt, and those waiting for a "
            "backoff, are tried again now."
        ),
    )
    add_config_argument(parser)
    parser.add_argument(
        "--retry", action="store_true", help="re-try failed and waiting deliveries now"
    )
    add_now_argument(parser)
    parser.set_defaults(func=run)


def run(ctx: CommandContext) -> int:
    from agent import writeback
    from agent.config import ConfigError
    from agent.queries import delivery_counts, failed_deliveries

    args, now, settings = ctx.args, ctx.now, ctx.settings
    if not writeback.enabled(settings):
        raise CommandError(
            "write-back is not configured: set [writeback] webhook_url and/or export_dir, "
            "or add a [connectors.NAME] table"
        )
    try:
        settings.writeback.webhook_secret()  # fail here, before anything is re-queued
    except ConfigError as exc:
        raise CommandError(str(exc)) from None
    factory = ctx.factory
    if args.retry:
        count = writeback.requeue(factory, now)
        print(f"{count} deliveries queued for a new attempt")
    summary = writeback.deliver_due(factory, settings, now)
    print(summary.line())
    for error in summary.errors:
        print(f"  {error}")
    with factory() as session:
        failed = failed_deliveries(session)
        counts = delivery_counts(session)
    print("deliveries: " + ", ".join(f"{n} {state}" for state, n in counts))
    for row in failed:
        print(f"  failed: {row.idempotency_key} after {row.attempts} attempts: {row.last_error}")
    return 1 if failed else 0
