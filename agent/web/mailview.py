"""A supplier's reply as text: their own words with the evidence marked, quotes folded.

The mail is never rendered as HTML: it goes through the same normalizer the
reading uses (HTML parts become text there), every piece is escaped, and
only our own ``<mark>`` elements are added around the evidence strings the
extraction stored in ``InboundMessage.result_json``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from agent.ingest import load_raw
from agent.models import InboundMessage


@dataclass
class ReplyView:
    id: int
    message_id: str | None
    from_addr: str | None
    subject: str | None
    date: Any
    kind: str | None
    state: str
    own_html: Markup
    quoted_text: str
    signature: str | None
    attachments: list[str]
    evidence: list[str]
    highlighted: int
    error: str | None = None


def evidence_strings(result: dict[str, Any] | None) -> list[str]:
    """Every evidence string the extraction stored (line evidence and difference evidence)."""
    if not result:
        return []
    found: list[str] = []
    for conf in result.get("confirmations") or []:
        for line in conf.get("lines") or []:
            ev = line.get("evidence")
            if isinstance(ev, str):
                # The reading joins the snippets a line's values came from with " / ".
                found.extend(part.strip() for part in ev.split(" / ") if part.strip())
    for exc in result.get("exceptions") or []:
        ev = exc.get("evidence") if isinstance(exc, dict) else None
        if isinstance(ev, str) and ev.strip():
            found.append(ev.strip())
    return list(dict.fromkeys(found))


def _spans(text: str, needles: Iterable[str]) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) of each needle in ``text`` (case-insensitive)."""
    lowered = text.lower()
    spans: list[tuple[int, int]] = []
    for needle in sorted(set(needles), key=len, reverse=True):
        key = needle.lower()
        start = lowered.find(key)
        while start >= 0:
            end = start + len(key)
            if all(end <= s or start >= e for s, e in spans):
                spans.append((start, end))
            start = lowered.find(key, end)
    return sorted(spans)


def highlight(text: str, needles: Iterable[str]) -> tuple[Markup, int]:
    """``text`` escaped, with each occurrence of a needle in ``<mark>``; and how many."""
    spans = _spans(text, needles)
    out: list[str] = []
    pos = 0
    for start, end in spans:
        out.append(str(escape(text[pos:start])))
        out.append(f'<mark class="evidence">{escape(text[start:end])}</mark>')
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out)), len(spans)


def reply_view(row: InboundMessage, extra_evidence: Iterable[str] = ()) -> ReplyView:
    """How one stored mail is shown (decoding problems become an error line, never a crash)."""
    from agent.reading.message import normalize

    extra = [p.strip() for e in extra_evidence if e for p in e.split(" / ") if p.strip()]
    evidence = list(dict.fromkeys([*evidence_strings(row.result_json), *extra]))
    base = dict(
        id=row.id,
        message_id=row.message_id,
        from_addr=row.from_addr,
        subject=row.subject,
        date=row.date or row.created_at,
        kind=row.kind,
        state=row.state.value,
        evidence=evidence,
    )
    try:
        msg = normalize(load_raw(row))
    except Exception as exc:  # noqa: BLE001 - a broken stored mail must not break the page
        return ReplyView(**base, own_html=Markup(""), quoted_text="", signature=None,
                         attachments=[], highlighted=0, error=f"cannot show this mail: {exc}")  # fmt: skip
    own = msg.own_text or msg.body_text
    own_html, count = highlight(own, evidence)
    base["subject"] = msg.subject or row.subject
    return ReplyView(
        **base,
        own_html=own_html,
        quoted_text=msg.quoted_text,
        signature=msg.signature,
        attachments=[a.filename or "(unnamed)" for a in msg.attachments],
        highlighted=count,
    )
