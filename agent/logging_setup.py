"""Logging for the daemon: readable lines, or one JSON object per line (``--log-json``).

Structured fields are passed with ``extra={"fields": {...}}`` and appear as
keys of the JSON object (or ``key=value`` pairs in text mode).
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any, TextIO

from agent.redact import ScrubFilter

_configured_handler: logging.Handler | None = None


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            for key, value in fields.items():
                out.setdefault(key, value)
        if record.exc_info:
            out["error"] = self.formatException(record.exc_info)
        elif record.exc_text:
            out["error"] = record.exc_text
        return json.dumps(out, default=str, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)-7s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict) and fields:
            # Readable lines: nested details only in JSON mode.
            flat = {k: v for k, v in fields.items() if not isinstance(v, dict | list)}
            if flat:
                text += " " + " ".join(f"{k}={v}" for k, v in flat.items())
        return text


def configure(level: str = "INFO", as_json: bool = False, stream: TextIO | None = None) -> None:
    """Install one handler on the root logger (replacing ours if called again)."""
    global _configured_handler
    root = logging.getLogger()
    if _configured_handler is not None:
        root.removeHandler(_configured_handler)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if as_json else TextFormatter())
    handler.addFilter(ScrubFilter())
    root.addHandler(handler)
    root.setLevel(level.upper())
    # APScheduler logs every job run at INFO; our cycle summary says what matters.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    # Schema upgrades run at every start; say nothing unless something is wrong.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    _configured_handler = handler
