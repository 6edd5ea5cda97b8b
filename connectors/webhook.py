"""Webhook write-back: POST a confirmation version as signed JSON.

The receiver gets:

- the body: canonical JSON (sorted keys, UTF-8, no insignificant whitespace),
  so a signature computed over it is stable;
- ``Idempotency-Key``: the same for every attempt at the same confirmation
  version, so a receiver that stores it applies a retried delivery once;
- ``X-Poagent-Signature: sha256=<hex>``: HMAC-SHA256 of the exact body bytes
  with the shared secret (sent only when a secret is configured);
- ``X-Poagent-Event`` and ``X-Poagent-Delivery`` (attempt number) for logs.

A receiver verifies with :func:`verify_signature`, or in any language as
``hmac_sha256(secret, raw_body) == header[7:]`` in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

SIGNATURE_HEADER = "X-Poagent-Signature"
IDEMPOTENCY_HEADER = "Idempotency-Key"
EVENT_HEADER = "X-Poagent-Event"
ATTEMPT_HEADER = "X-Poagent-Delivery"
USER_AGENT = "poagent-webhook/1"

# Statuses worth trying again: the receiver is overloaded, restarting or rate limiting.
RETRYABLE_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def canonical_json(payload: Any) -> bytes:
    """The exact bytes that are sent and signed (Decimals as strings, dates ISO)."""
    return json.dumps(
        payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default
    ).encode("utf-8")


def sign(secret: bytes, body: bytes) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify_signature(secret: bytes, body: bytes, header_value: str | None) -> bool:
    if not header_value or not header_value.startswith("sha256="):
        return False
    return hmac.compare_digest(sign(secret, body), header_value.strip())


@dataclass(frozen=True)
class DeliveryResult:
    ok: bool
    status_code: int | None
    # Set when not ok: what went wrong, in words an operator can act on.
    error: str | None
    # True when trying again later may succeed (network trouble, timeouts, 5xx, 429).
    retryable: bool
    elapsed_seconds: float


def build_headers(
    body: bytes,
    *,
    idempotency_key: str,
    secret: bytes | None,
    event: str = "confirmation.version",
    attempt: int = 1,
    content_type: str = "application/json; charset=utf-8",
) -> dict[str, str]:
    headers = {
        "Content-Type": content_type,
        "User-Agent": USER_AGENT,
        IDEMPOTENCY_HEADER: idempotency_key,
        EVENT_HEADER: event,
        ATTEMPT_HEADER: str(attempt),
    }
    if secret:
        headers[SIGNATURE_HEADER] = sign(secret, body)
    return headers


def post(
    url: str,
    body: bytes,
    *,
    idempotency_key: str,
    secret: bytes | None = None,
    timeout: float = 10.0,
    event: str = "confirmation.version",
    attempt: int = 1,
    client: Any = None,
    content_type: str = "application/json; charset=utf-8",
    on_response: Any = None,
) -> DeliveryResult:
    """POST ``body`` once. Never raises for network or HTTP trouble: it is in the result.

    ``client`` (an ``httpx.Client``) can be passed to reuse connections across calls.
    """
    import httpx

    headers = build_headers(
        body, idempotency_key=idempotency_key, secret=secret, event=event, attempt=attempt,
        content_type=content_type,
    )  # fmt: skip
    started = time.monotonic()
    own_client = client is None
    http = client or httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=False)
    try:
        response = http.post(url, content=body, headers=headers, timeout=timeout)
    except httpx.TimeoutException as exc:
        return DeliveryResult(
            False,
            None,
            f"timed out after {timeout:g}s ({type(exc).__name__})",
            True,
            time.monotonic() - started,
        )
    except httpx.HTTPError as exc:
        return DeliveryResult(
            False, None, f"{type(exc).__name__}: {exc}", True, time.monotonic() - started
        )
    finally:
        if own_client:
            http.close()
    elapsed = time.monotonic() - started
    code = response.status_code
    if on_response is not None:
        # Formats whose 2xx answer carries its own status (cXML) inspect the body.
        on_response(code, response.content)
    if 200 <= code < 300:
        return DeliveryResult(True, code, None, False, elapsed)
    snippet = response.text[:200].strip().replace("\n", " ")
    error = f"HTTP {code}" + (f": {snippet}" if snippet else "")
    return DeliveryResult(False, code, error, code in RETRYABLE_STATUS, elapsed)
