"""`poagent api`: serve the REST inbound connector (POST /api/pos) with uvicorn."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: Any) -> None:
    from agent.config import add_config_argument

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


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from agent.commands._common import load
    from agent.config import ConfigError
    from agent.db import open_database
    from connectors.api import create_app

    settings = load(args)
    if settings is None:
        return 2
    try:
        token = settings.api.token()
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    if token is None:
        print("api: set [api] token_env or token_file; the API never runs open", file=sys.stderr)
        return 2
    engine, factory = open_database(settings.database.url)
    try:
        app = create_app(settings, factory, token.reveal())
        host = args.host or settings.api.host
        port = args.port or settings.api.port
        print(f"poagent api listening on http://{host}:{port}/api/pos", flush=True)
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    finally:
        engine.dispose()
    return 0
