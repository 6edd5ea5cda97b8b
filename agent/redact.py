"""Keep configured secrets out of every text we log, store or mail.

A server can echo what it was sent: an LLM endpoint that repeats the API key in its error, an
SMTP server quoting the AUTH exchange. Whatever such a text reaches (a log line, an exception
reason, ``send_attempts.error``, a buyer's digest), the secret must not. Every secret the
configuration resolves is registered here (agent.config) and :func:`scrub` replaces it, in the
forms it is likely to be echoed in, wherever text leaves the process: the log handler, the
database flush (agent.db) and outgoing mail (agent.outbox).
"""

from __future__ import annotations

import base64
import logging
import re
import threading
from typing import Any
from urllib.parse import quote, quote_plus

MASK = "********"
# Shorter values would match ordinary words; no real password or key is this short.
_MIN_LENGTH = 6

_lock = threading.Lock()
_values: set[str] = set()
_pattern: re.Pattern[str] | None = None


def _forms(value: str) -> set[str]:
    forms = {value, quote(value, safe=""), quote_plus(value)}
    raw = value.encode("utf-8")
    forms.add(base64.b64encode(raw).decode("ascii").rstrip("="))
    return {f for f in forms if len(f) >= _MIN_LENGTH}


def register(value: str | None) -> None:
    """Scrub this value (and its URL- and base64-encoded forms) from now on."""
    global _pattern
    if not value or len(value) < _MIN_LENGTH:
        return
    with _lock:
        if value in _values:
            return
        _values.add(value)
        forms = sorted({f for v in _values for f in _forms(v)}, key=len, reverse=True)
        # One alternation of literals: linear in the text, whatever it holds.
        _pattern = re.compile("|".join(re.escape(f) for f in forms))


def scrub(text: str) -> str:
    pattern = _pattern
    if pattern is None or not text:
        return text
    return pattern.sub(MASK, text)


def scrub_value(value: Any) -> Any:
    """Strings, and strings inside lists and dicts (JSON columns), scrubbed."""
    if _pattern is None:
        return value
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {k: scrub_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub_value(v) for v in value]
    return value


def active() -> bool:
    return _pattern is not None


class ScrubFilter(logging.Filter):
    """Rewrites a record's message (arguments merged) and exception text without secrets."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _pattern is None:
            return True
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string is logged as it is
            return True
        record.msg, record.args = scrub(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
            record.exc_info = None
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            record.fields = scrub_value(fields)
        return True
