"""normalize → classify → match → extract → compare, as pure functions.

``read_message`` takes the raw bytes; ``read_parsed`` a message already
normalized. Neither does I/O or reads the clock: relative dates are read from
the message's own Date header. The optional ``fallback`` (the LLM) is called
only when the rules end in needs_review for a human reply.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from agent.reading import phrases as P
from agent.reading.limits import ReadingLimits, limit_reasons
from agent.reading.types import ExtractionResult, Message, OpenPO

if TYPE_CHECKING:
    from agent.reading.match import MatchResult

Fallback = Callable[[Message, Sequence[OpenPO], ExtractionResult], ExtractionResult]


def read_message(
    raw: bytes,
    open_pos: Sequence[OpenPO],
    *,
    own_addresses: Sequence[str] = (),
    limits: ReadingLimits | None = None,
    fallback: Fallback | None = None,
) -> ExtractionResult:
    from agent.reading.message import normalize

    msg = normalize(raw, limits)
    return read_parsed(msg, open_pos, own_addresses=own_addresses, fallback=fallback)


def _review(
    reasons: list[str], pos: Sequence[str] = (), confidence: float = 0.3
) -> ExtractionResult:
    return ExtractionResult(
        kind="needs_review",
        review_reasons=list(dict.fromkeys(reasons)),
        matched_po_numbers=list(pos),
        confidence=confidence,
    )


def _pos_for_auto(
    msg: Message, open_pos: Sequence[OpenPO], own_addresses: Sequence[str]
) -> list[str]:
    """POs an automatic mail (bounce, out-of-office) is about, for the daemon's scheduling."""
    from agent.reading.match import find_po_mentions

    ids = {i for i in [*msg.in_reply_to, *msg.references] if i}
    status = msg.delivery_status
    if status is not None and status.original_message_id:
        ids.add(status.original_message_id)
    found = [po.po_number for po in open_pos if ids & set(po.request_message_ids)]
    texts = [msg.subject or ""]
    if status is not None and status.original_subject:
        texts.append(status.original_subject)
    for text in texts:
        for m in find_po_mentions(text, open_pos):
            if m.po_number not in found:
                found.append(m.po_number)
    return found


def read_parsed(
    msg: Message,
    open_pos: Sequence[OpenPO],
    *,
    own_addresses: Sequence[str] = (),
    fallback: Fallback | None = None,
) -> ExtractionResult:
    from agent.reading.decide import gate
    from agent.reading.guards import guard

    _clear_text_caches()
    result, human = _read_rules(msg, open_pos, own_addresses)
    if human:
        # what the text does not commit to (conditions, promises, receipts ...) is no confirmation
        result = gate(msg, open_pos, guard(msg, open_pos, result))
    if fallback is not None and human and result.kind == "needs_review":
        try:
            improved = fallback(msg, open_pos, result)
        except Exception as exc:  # the fallback must never lose the rules' answer
            result.review_reasons.append(f"LLM fallback failed: {type(exc).__name__}: {exc}")
            return result
        if improved is not None:
            # the model's answer is held to the same words as the rules'
            return gate(msg, open_pos, guard(msg, open_pos, improved))
    return result


def _clear_text_caches() -> None:
    """The per-text caches only serve one message: no state carries from one mail to the next."""
    from agent.reading import dates, lexicon, numbers, units

    dates._find_dates_cached.cache_clear()
    lexicon._search_cached.cache_clear()
    units._pack_sizes_cached.cache_clear()
    numbers._number_hits_cached.cache_clear()
    numbers._price_hits_cached.cache_clear()
    numbers._quantity_hits_cached.cache_clear()


def _read_rules(
    msg: Message, open_pos: Sequence[OpenPO], own_addresses: Sequence[str]
) -> tuple[ExtractionResult, bool]:
    from agent.reading.classify import classify
    from agent.reading.compare import differences
    from agent.reading.extract import read_po
    from agent.reading.match import match_message
    from agent.reading.reference import find_supplier_reference

    cls = classify(msg, own_addresses)
    if cls.kind == "bounce":
        return (
            ExtractionResult(
                kind="bounce",
                bounce=cls.delivery_status or msg.delivery_status,
                review_reasons=[],
                matched_po_numbers=_pos_for_auto(msg, open_pos, own_addresses),
                confidence=0.95,
            ),
            False,
        )
    if cls.kind == "auto_reply":
        return (
            ExtractionResult(
                kind="auto_reply",
                auto_reply_return_date=cls.return_date,
                matched_po_numbers=_pos_for_auto(msg, open_pos, own_addresses),
                confidence=0.9,
            ),
            False,
        )
    if cls.kind == "bulk":
        return ExtractionResult(kind="unrelated", confidence=0.9, review_reasons=[]), False

    own_text = msg.own_text
    attachment_texts = [a.text for a in msg.attachments if a.text and not a.rows]
    attachment_rows = [a for a in msg.attachments if a.rows]
    all_attachment_text = "\n".join(
        [
            *attachment_texts,
            *("\n".join("\t".join(map(str, r)) for r in a.rows) for a in attachment_rows),
        ]
    )
    if not own_text.strip() and not all_attachment_text.strip():
        reasons = ["the message has no readable text of the supplier's own"]
        reasons += msg.defects
        # nothing for a language model to read either: no fallback
        return _review(reasons), False

    m = match_message(
        msg, open_pos, own_addresses=own_addresses, attachment_text=all_attachment_text
    )
    injection = P.INJECTION.search(f"{own_text}\n{all_attachment_text}")
    if not m.pos:
        return _unmatched(msg, m, own_text)

    if msg.date is None:
        return _review(
            ["the message has no readable Date header, so its dates cannot be read"],
            [p.po_number for p in m.pos],
        ), True

    thread_or_subject = any(v.startswith(("thread", "subject")) for v in m.via.values())
    if P.INVOICE.search(msg.subject or "") and not thread_or_subject:
        return ExtractionResult(
            kind="unrelated", confidence=0.7, matched_po_numbers=[p.po_number for p in m.pos]
        ), True

    blocks, tables = _blocks(msg)
    supplier_pos = [po for po in open_pos if po.supplier.id in {p.supplier.id for p in m.pos}]

    reasons: list[str] = list(m.reasons)
    confirmations = []
    exceptions = []
    holding = False
    held_only: list[str] = []
    promised = None
    soft = 0
    for po in m.pos:
        reading = read_po(
            po,
            blocks,
            tables,
            locale=po.supplier.locale,
            reference=msg.date,
            all_pos=supplier_pos,
            other_orders=m.other_order_numbers,
        )
        soft += reading.soft_signals
        if reading.holding:
            promised = promised or reading.promised_reply_date
        if reading.answered and reading.confirmation is not None:
            # Their own words and attachments only: our quoted request holds our numbers.
            reading.confirmation.supplier_reference = reading.confirmation.supplier_reference or (
                find_supplier_reference(
                    (own_text, all_attachment_text, msg.subject),
                    exclude=[p.po_number for p in open_pos],
                )
            )
            confirmations.append(reading.confirmation)
            reasons += reading.review_reasons
            exceptions += differences(po, reading.confirmation)
            # answered and holding at once ("line 1 OK, the rest we'll revert on"): a human decides
            holding = holding or reading.holding
        elif reading.holding:
            # "PO B we will confirm next week": B is not answered; it only holds the
            # message back when nothing else in it is answered
            held_only.extend(reading.review_reasons)
    for a in msg.attachments:
        if a.error:
            soft += 1
            if not confirmations:
                reasons.append(f"attachment {a.filename or '(unnamed)'}: {a.error}")
    if not m.addressed_to_us and not any(v.startswith("thread") for v in m.via.values()):
        reasons.append("the message is not addressed to us")
    matched = [p.po_number for p in m.pos]
    if held_only and not confirmations:
        holding = True
        reasons += held_only
    if injection:
        reasons.append(
            f"the mail contains text addressed to automated systems ('{injection.group(0)}'): a human must read it"
        )
    # input cut short by a reading limit is never applied automatically
    reasons += [r for r in limit_reasons(msg.defects) if r not in reasons]
    if holding or reasons or not confirmations:
        if not confirmations and not holding and not reasons:
            reasons.append(
                "no line of the matched PO(s) is committed to in the supplier's own words"
            )
        res = _review(reasons + (msg.defects if not confirmations else []), matched)
        res.promised_reply_date = promised
        return res, True
    confidence = 0.97 * m.confidence
    confidence -= 0.03 * min(soft, 8)
    if msg.defects:
        confidence -= 0.1
    return (
        ExtractionResult(
            kind="confirmation",
            confirmations=confirmations,
            exceptions=exceptions,
            method="rules",
            confidence=max(0.5, round(confidence, 3)),
            matched_po_numbers=matched,
        ),
        True,
    )


def _unmatched(msg: Message, m: MatchResult, own_text: str) -> tuple[ExtractionResult, bool]:
    """A human reply that names no open PO: unrelated, unreadable, or one a buyer must match."""
    if m.reasons:
        return _review(m.reasons), True
    subject_and_text = f"{msg.subject}\n{own_text}"
    is_reply = bool(msg.in_reply_to or msg.references) or bool(
        re.match(
            r"^\s*(?:re|aw|antw|sv|vs|r|rif|odp|ref|wg|fw|fwd|tr|απ|답장|회신|tl|trả lời)"
            r"\s*(?:\[\d+\])?\s*:",
            msg.subject or "",
            re.I,
        )
    )
    commits = (
        P.ACCEPT.search(P.NOT_YET_ACCEPT.sub(" ", subject_and_text))
        or P.REJECT.search(subject_and_text)
        or P.HOLD.search(subject_and_text)
    )
    if (
        is_reply
        and commits
        and m.sender_suppliers
        and m.addressed_to_us
        and not m.other_order_numbers
        and not P.INVOICE.search(msg.subject or "")
    ):
        # a reply from a supplier with open POs that names none of them: a human must match it
        return (
            _review(
                [
                    "the sender belongs to a supplier with open POs, but the reply names no open PO "
                    "and is not threaded on our request"
                ]
            ),
            True,
        )
    if msg.defects:
        # unreadable or broken mail is kept for a human, never filed away as unrelated
        return _review([f"the message could not be read cleanly: {d}" for d in msg.defects]), False
    return ExtractionResult(kind="unrelated", confidence=0.8), True


def _blocks(
    msg: Message,
) -> tuple[list[tuple[str, str, str | None]], list[tuple[list[list[str]], str]]]:
    """What extraction reads: the supplier's own segments and attachment text, then table rows."""
    blocks: list[tuple[str, str, str | None]] = [
        (seg.text, "inline" if seg.quoted_context else "body", seg.quoted_context)
        for seg in msg.own_segments
        if seg.text.strip()
    ]
    blocks += [(a.text, "attachment", None) for a in msg.attachments if a.text and not a.rows]
    tables = [(a.rows, "attachment") for a in msg.attachments if a.rows]
    return blocks, tables
