"""`poagent api`: serve the REST inbound connector (POST /api/pos) with uvicorn."""

from __future__ import annotations

from typing import Any

from agent.commands._common import CommandContext, CommandError


def register(subparsers: Any) -> None:
    from agent.commands._common import add_config_argument

    parser = subparsers.add_parser(
        "api",
        help="serve POST /api/pos so an ERP can push purchase orders",
        description=(
            "Serve the REST inbound connector: POST /api/pos with the JSON import format "
            "(or an X12 850 / EDIFACT ORDERS / cXML OrderRequest) and "
            "'Authorization: Bearer <token>' ([api] token_env or token_file)."
        ),
    )
    add_config_argument(parser)
    parser.add_argument("--host", default=None, help="address to listen on (default [api] host)")
    parser.add_argument("--port", type=int, default=None, help="port (default [api] port)")
    parser.set_defaults(func=run)


def run(ctx: CommandContext) -> int:
    import uvicorn

    from agent.config import ConfigError
    from connectors.api import create_app

    args, settings = ctx.args, ctx.settings
    try:
        token = settings.api.token()
    except ConfigError as exc:
        raise CommandError(str(exc)) from None
    if token is None:
        raise CommandError("api: set [api] token_env or token_file; the API never runs open")
    app = create_app(settings, ctx.factory, token.reveal())
    host = args.host or settings.api.host
    port = args.port or settings.api.port
    print(f"poagent api listening on http://{host}:{port}/api/pos", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    return 0
