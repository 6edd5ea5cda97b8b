"""The REST inbound connector: ``POST /api/pos`` imports POs an ERP pushes.

A minimal ASGI app (Starlette) that a web console can mount as it is. The
body is the JSON import format (the pos.json shape); an X12, EDIFACT or cXML
document is accepted too and read by its connector. Either way the whole
document is checked by the importer first: any problem answers 422 with every
problem and its location, and nothing is imported.

Auth: ``Authorization: Bearer <token>``, the token from ``[api] token_env`` /
``token_file``, compared in constant time. The token is never logged.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from datetime import UTC, datetime
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

log = logging.getLogger(__name__)

JSON_TYPES = ("application/json", "text/json")


def create_app(settings: Any, session_factory: Any, token: str) -> Starlette:
    """The app; ``token`` must be non-empty (the command refuses to start without one)."""
    if not token:
        raise ValueError("api.token_env / api.token_file: a token is required")
    expected = f"Bearer {token}".encode()
    # One import at a time: imports are whole-document transactions and cheap to queue.
    lock = asyncio.Lock()

    async def post_pos(request: Request) -> JSONResponse:
        given = request.headers.get("authorization", "").encode()
        if not hmac.compare_digest(given, expected):
            return JSONResponse(
                {"error": "missing or wrong bearer token"},
                status_code=401,
                headers={"WWW-Authenticate": "Bearer"},
            )
        declared = int(request.headers.get("content-length") or 0)
        if declared > settings.api.max_body_bytes:
            return JSONResponse({"error": "body too large"}, status_code=413)
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > settings.api.max_body_bytes:
                return JSONResponse({"error": "body too large"}, status_code=413)
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        async with lock:
            status, result = await asyncio.to_thread(_import, settings, session_factory,
                                                     body, content_type)  # fmt: skip
        return JSONResponse(result, status_code=status)

    return Starlette(routes=[Route("/api/pos", post_pos, methods=["POST"])])


def _import(
    settings: Any, session_factory: Any, body: bytes, content_type: str
) -> tuple[int, dict[str, Any]]:
    from agent.importer import apply_import, parse_json_bytes
    from connectors.inbound import parse_document

    parsed = None
    if content_type not in JSON_TYPES:
        parsed = parse_document("", body, settings)
        if parsed is None:
            return 415, {"error": f"unsupported content type {content_type or 'none'!r}; "
                                  "send application/json (the import format), X12, EDIFACT "
                                  "or cXML"}  # fmt: skip
    if parsed is None:
        parsed = parse_json_bytes(body)
    if parsed.problems:
        return 422, {"imported": False, "problems": [
            {"where": p.where, "message": p.message} for p in parsed.problems]}  # fmt: skip
    summary = apply_import(session_factory, settings, parsed, datetime.now(UTC))
    log.info("api import: %s", summary)
    status = 200 if summary.imported and not summary.problems else 422
    return status, summary.to_json()
