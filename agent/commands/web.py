"""`poagent web`: serve the web console on the configured database."""

from __future__ import annotations

import sys
from typing import Any

from agent.commands._common import CommandContext, CommandError


def register(subparsers: Any) -> None:
    from agent.commands._common import add_config_argument

    parser = subparsers.add_parser(
        "web",
        help="serve the web console (queue, PO timelines, reviews, supplier scorecards)",
        description=(
            "Serve the web console on [web] host:port (127.0.0.1:8080 by default). Users are "
            "created with `poagent user add`. Put a TLS reverse proxy in front for other hosts."
        ),
    )
    add_config_argument(parser)
    parser.add_argument("--host", default=None, help="address to listen on (default [web] host)")
    parser.add_argument("--port", type=int, default=None, help="port (default [web] port)")
    parser.set_defaults(func=run)


def serve(settings: Any, factory: Any, host: str, port: int) -> Any:
    """A uvicorn server for the console (call ``.run()``; ``.should_exit = True`` stops it)."""
    import uvicorn

    from agent.web import create_app

    config = uvicorn.Config(
        create_app(settings, factory),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        proxy_headers=bool(settings.web.trusted_user_header),
        server_header=False,
    )
    return uvicorn.Server(config)


def run(ctx: CommandContext) -> int:
    from agent.config import ConfigError

    args, settings = ctx.args, ctx.settings
    try:
        settings.web.session_secret()  # a configured but unreadable secret is an error now
    except ConfigError as exc:
        raise CommandError(str(exc)) from None
    host = args.host or settings.web.host
    port = args.port or settings.web.port
    factory = ctx.factory
    print(f"poagent web console on http://{host}:{port}/", file=sys.stderr, flush=True)
    serve(settings, factory, host, port).run()
    return 0
