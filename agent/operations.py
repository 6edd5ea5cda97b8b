"""Write-side application functions the commands call (the read side is in ``queries``).

Each takes a session and leaves the commit to the caller, like the rest of the agent.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any


def reprocess_stored(
    session: Any, settings: Any, row: Any, raw: bytes, now: datetime, *, actor: str = "cli"
) -> str:
    """Read a stored inbound mail again and apply the result; the mail ends processed.

    Returns what the mail was read as (the kind). A quarantined or failed mail becomes
    processed, with an audit record saying it was reprocessed.
    """
    from agent import domain
    from agent.models import InboundState
    from agent.workflow import reprocess

    previous = row.state
    kind = reprocess(session, row, raw, settings, now)
    if previous != InboundState.processed:
        row.processed_at = now
        domain.transition(session, row, InboundState.processed, action="processed",
                          actor=actor, now=now, details={"via": "reprocess"})  # fmt: skip
    return kind


def queue_digest_now(
    session: Any, settings: Any, data: Any, rendered: Any, now: datetime, *, actor: str = "cli"
) -> None:
    """Queue a digest asked for on demand (``digest.preview``'s ``data`` and ``rendered``).

    It has its own key, so it neither replaces nor blocks the daily one.
    """
    from agent import outbox
    from agent.models import OutboundKind

    outbox.enqueue(
        session,
        kind=OutboundKind.digest,
        to=[data.recipient.email],
        subject=rendered.subject,
        text=rendered.text,
        html=rendered.html,
        buyer_id=data.recipient.buyer_id,
        due_key=f"digest-now:{data.recipient.email.lower()}:{now.isoformat()}",
        now=now,
        domain=settings.company.from_domain,
        actor=actor,
    )
