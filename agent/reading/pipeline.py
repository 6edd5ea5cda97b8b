"""normalize → classify → match → extract → compare, as pure functions.

``read_message`` takes the raw bytes; ``read_parsed`` a message already
normalized. Neither does I/O or reads the clock: relative dates are read from
the message's own Date header. The optional ``fallback`` (the LLM) is called
only when the rules end in needs_review for a human reply.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING

from agent.reading import phrases as P
from agent.reading.limits import ReadingLimits, limit_reasons
from agent.reading.types import (
    DeliveryStatus,
    ExtractionResult,
    Message,
    OpenPO,
    POConfirmation,
)

if TYPE_CHECKING:
    from datetime import date

    from agent.reading.extract import POReading
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
    msg: Message,
    open_pos: Sequence[OpenPO],
    own_addresses: Sequence[str],
    status: DeliveryStatus | None = None,
) -> list[str]:
    """POs an automatic mail (bounce, out-of-office) is about, for the daemon's scheduling;
    ``status`` is the classifier's report when the mail's own has none (a list manager's)."""
    from agent.reading.match import find_po_mentions

    ids = {i for i in [*msg.in_reply_to, *msg.references] if i}
    status = msg.delivery_status or status
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
    open_pos = _in_supplier_convention(msg, open_pos)
    result, human, msg = _read_rules(msg, open_pos, own_addresses)
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


def _in_supplier_convention(msg: Message, open_pos: Sequence[OpenPO]) -> list[OpenPO]:
    """The POs, each with the locale its supplier's numbers are read in: a supplier whose
    locale writes a decimal comma, writing "EUR 2.50" and "1,000 pcs", means a thousand."""
    from dataclasses import replace

    from agent.reading.numbers import reading_locale

    text = "\n".join(_own_texts(msg))
    out = []
    for po in open_pos:
        counts = tuple(pl.quantity for pl in po.lines)
        locale = reading_locale(text, po.supplier.locale, counts)
        if locale != po.supplier.locale:
            po = replace(po, supplier=replace(po.supplier, locale=locale))
        out.append(po)
    return out


def _clear_text_caches() -> None:
    """The per-text caches only serve one message: no state carries from one mail to the next."""
    from agent.reading import dates, lexicon, numbers, phrases, units

    dates._find_dates_cached.cache_clear()
    dates._lead_times_cached.cache_clear()
    lexicon._search_cached.cache_clear()
    units._pack_sizes_cached.cache_clear()
    units._header_count_cached.cache_clear()
    numbers._number_hits_cached.cache_clear()
    numbers._text_marks.cache_clear()
    numbers._price_hits_cached.cache_clear()
    numbers._quantity_hits_cached.cache_clear()
    phrases.HOLD.cache_clear()
    phrases.ALL_LINES.cache_clear()


def _read_rules(
    msg: Message, open_pos: Sequence[OpenPO], own_addresses: Sequence[str]
) -> tuple[ExtractionResult, bool, Message]:
    """The rules' answer, whether the mail is a human reply (only those are gated and
    offered to the fallback), and the message as read (its counts in words as digits)."""
    from agent.reading.classify import classify
    from agent.reading.match import match_message
    from agent.reading.spelled_counts import language, message_with_digits

    automatic = _automatic_answer(msg, open_pos, own_addresses, classify(msg, own_addresses))
    if automatic is not None:
        return automatic, False, msg
    own_text, all_attachment_text = _own_texts(msg)
    from_subject = None
    if not all_attachment_text.strip():
        msg, from_subject = _with_subject_answer(msg, open_pos)
        own_text = msg.own_text
    if not own_text.strip() and not all_attachment_text.strip():
        reasons = ["the message has no readable text of the supplier's own"]
        reasons += msg.defects
        # nothing for a language model to read either: no fallback
        return _review(reasons), False, msg

    m = match_message(
        msg, open_pos, own_addresses=own_addresses, attachment_text=all_attachment_text
    )
    injection = P.INJECTION.search(f"{own_text}\n{all_attachment_text}")
    if not m.pos:
        return (*_unmatched(msg, m, own_text, open_pos), msg)
    unread = _undated_or_invoice(msg, m)
    if unread is not None:
        return unread, True, msg
    # the matched suppliers' languages tell which words are numbers ("once" is eleven only
    # in Spanish)
    msg = message_with_digits(
        msg,
        [language(po.supplier.locale) for po in m.pos],
        tuple(dict.fromkeys(pl.uom for po in m.pos for pl in po.lines)),
    )
    own_text = msg.own_text
    r = _read_matched(msg, open_pos, m, own_text, all_attachment_text)
    _add_message_reasons(msg, m, r, injection)
    answer = _rules_answer(msg, m, r)
    if from_subject is not None and answer.kind == "needs_review":
        answer.review_reasons.insert(
            0,
            "the body has no words of the supplier's own; the subject's "
            f"'{from_subject}' was read in their place",
        )
    return answer, True, msg


def _automatic_answer(
    msg: Message, open_pos: Sequence[OpenPO], own_addresses: Sequence[str], cls
) -> ExtractionResult | None:
    """A bounce, an auto-reply or a bulk mail answers without reading; None for a human reply."""
    if cls.kind == "bounce":
        return ExtractionResult(
            kind="bounce",
            bounce=cls.delivery_status or msg.delivery_status,
            review_reasons=[],
            matched_po_numbers=_pos_for_auto(msg, open_pos, own_addresses, cls.delivery_status),
            confidence=0.95,
        )
    if cls.kind == "auto_reply" and cls.relayed:
        return ExtractionResult(
            kind="needs_review",
            review_reasons=[
                f"a help desk's automatic update carries a person's answer ('{cls.relayed}'): "
                "a human reads it"
            ],
            matched_po_numbers=_pos_for_auto(msg, open_pos, own_addresses),
            confidence=0.3,
        )
    if cls.kind == "auto_reply":
        return ExtractionResult(
            kind="auto_reply",
            auto_reply_return_date=cls.return_date,
            matched_po_numbers=_pos_for_auto(msg, open_pos, own_addresses),
            confidence=0.9,
        )
    if cls.kind == "bulk":
        return ExtractionResult(kind="unrelated", confidence=0.9, review_reasons=[])
    return None


def _with_subject_answer(msg: Message, open_pos: Sequence[OpenPO]) -> tuple[Message, str | None]:
    """The message with the words its sender typed into the subject as their own text, when
    the body holds none (reading.subject), and those words; the message itself and None
    otherwise."""
    from dataclasses import replace

    from agent.reading.match import _po_pattern_for
    from agent.reading.subject import no_words_of_their_own, subject_answer
    from agent.reading.types import Segment

    if not no_words_of_their_own(msg.own_text):
        return msg, None
    patterns = [_po_pattern_for(po.po_number) for po in open_pos]
    answer = subject_answer(msg.subject, msg.quoted_text, patterns)
    if answer is None:
        return msg, None
    return replace(msg, own_segments=[Segment(answer)]), answer


def _own_texts(msg: Message) -> tuple[str, str]:
    """The supplier's own text, and all attachment text (table rows joined by tabs)."""
    attachment_texts = [a.text for a in msg.attachments if a.text and not a.rows]
    attachment_rows = [a for a in msg.attachments if a.rows]
    all_attachment_text = "\n".join(
        [
            *attachment_texts,
            *("\n".join("\t".join(map(str, r)) for r in a.rows) for a in attachment_rows),
        ]
    )
    return msg.own_text, all_attachment_text


def _undated_or_invoice(msg: Message, m: MatchResult) -> ExtractionResult | None:
    """A matched mail that cannot be read (no Date header), an invoice outside the thread, or
    a price list matched only by its goods; None when it is to be read."""
    if msg.date is None:
        return _review(
            ["the message has no readable Date header, so its dates cannot be read"],
            [p.po_number for p in m.pos],
        )
    thread_or_subject = any(v.startswith(("thread", "subject")) for v in m.via.values())
    if P.INVOICE.search(msg.subject or "") and not thread_or_subject:
        return ExtractionResult(
            kind="unrelated", confidence=0.7, matched_po_numbers=[p.po_number for p in m.pos]
        )
    from agent.reading import lexicon as L

    # "Price list 2027 - …" with our item codes in its sheet, in a thread of its own and naming
    # no order: a notice to every customer, not an answer about the PO its goods are on
    if all(v in ("item", "description") for v in m.via.values()) and L.search(
        "terms_document", msg.subject or ""
    ):
        return ExtractionResult(
            kind="unrelated", confidence=0.6, matched_po_numbers=[p.po_number for p in m.pos]
        )
    return None


@dataclass
class _Readings:
    """What reading the matched POs gathered, handed from step to step."""

    reasons: list[str]
    confirmations: list[POConfirmation] = field(default_factory=list)
    exceptions: list = field(default_factory=list)
    holding: bool = False
    held_only: list[str] = field(default_factory=list)  # reasons of POs only held
    promised: date | None = None
    soft: int = 0


def _read_matched(
    msg: Message, open_pos: Sequence[OpenPO], m: MatchResult, own_text: str, attachment_text: str
) -> _Readings:
    """Read every matched PO from the supplier's own segments, attachments and tables."""
    from agent.reading.extract import read_po

    blocks, tables = _blocks(msg)
    supplier_pos = [po for po in open_pos if po.supplier.id in {p.supplier.id for p in m.pos}]
    r = _Readings(list(m.reasons))
    unread: list[OpenPO] = []
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
        _add_reading(r, po, reading, msg, open_pos, own_text, attachment_text)
        if not reading.answered and not reading.holding:
            unread.append(po)
    if r.confirmations:
        for po in unread:
            row = _valued_mention(po, f"{own_text}\n{attachment_text}", msg)
            if row:
                r.reasons.append(
                    f"PO {po.po_number}: the supplier's words '{row[:100]}' give values for it, "
                    "but no answer for it was read"
                )
    return r


def _valued_mention(po: OpenPO, text: str, msg: Message) -> str | None:
    """A line of the supplier's own text that names the PO and gives a date or a price
    ("4501100129  Terlik  10 koli  0,34 €  15.12.2026"): an answer to it, read or not."""
    from agent.reading import lexicon as L
    from agent.reading.dates import find_dates
    from agent.reading.numbers import price_hits

    for line in text.splitlines():
        if po.po_number not in line:
            continue
        rest = line.replace(po.po_number, " ")
        if P.HOLD.search(rest) or L.search("promise_later", rest):
            continue  # "für die 4500081311 melden wir uns bis Freitag": held, not answered
        dated = msg.date is not None and any(
            h.form not in ("relative", "weekday")
            for h in find_dates(rest, po.supplier.locale, msg.date.date())[0]
        )
        if dated or price_hits(rest, po.supplier.locale):
            return line.strip()
    return None


def _add_reading(
    r: _Readings,
    po: OpenPO,
    reading: POReading,
    msg: Message,
    open_pos: Sequence[OpenPO],
    own_text: str,
    attachment_text: str,
) -> None:
    """One PO's reading: an answer is kept with its reasons and differences; a PO only held
    keeps its reasons apart."""
    from agent.reading.compare import differences
    from agent.reading.reference import find_supplier_reference

    r.soft += reading.soft_signals
    if reading.holding:
        r.promised = r.promised or reading.promised_reply_date
    if reading.answered and reading.confirmation is not None:
        # Their own words and attachments only: our quoted request holds our numbers.
        reading.confirmation.supplier_reference = reading.confirmation.supplier_reference or (
            find_supplier_reference(
                (own_text, attachment_text, msg.subject),
                exclude=[p.po_number for p in open_pos],
            )
        )
        r.confirmations.append(reading.confirmation)
        r.reasons += reading.review_reasons
        r.exceptions += differences(po, reading.confirmation)
        # answered and holding at once ("line 1 OK, the rest we'll revert on"): a human decides
        r.holding = r.holding or reading.holding
    elif reading.holding:
        # "PO B we will confirm next week": B is not answered; it only holds the
        # message back when nothing else in it is answered
        r.held_only.extend(reading.review_reasons)


def _add_message_reasons(
    msg: Message, m: MatchResult, r: _Readings, injection: re.Match[str] | None
) -> None:
    """Reasons of the message as a whole: attachment errors, not addressed to us, only held,
    text addressed to machines, input cut by a reading limit."""
    for a in msg.attachments:
        if a.error:
            r.soft += 1
            if not r.confirmations:
                r.reasons.append(f"attachment {a.filename or '(unnamed)'}: {a.error}")
    if not m.addressed_to_us and not any(v.startswith("thread") for v in m.via.values()):
        r.reasons.append("the message is not addressed to us")
    if r.held_only and not r.confirmations:
        r.holding = True
        r.reasons += r.held_only
    if injection:
        r.reasons.append(
            f"the mail contains text addressed to automated systems ('{injection.group(0)}'): a human must read it"
        )
    # input cut short by a reading limit is never applied automatically
    r.reasons += [reason for reason in limit_reasons(msg.defects) if reason not in r.reasons]


def _rules_answer(msg: Message, m: MatchResult, r: _Readings) -> ExtractionResult:
    """A confirmation when every PO answered without a reason or a hold, else needs_review."""
    matched = [p.po_number for p in m.pos]
    if r.holding or r.reasons or not r.confirmations:
        if not r.confirmations and not r.holding and not r.reasons:
            r.reasons.append(
                "no line of the matched PO(s) is committed to in the supplier's own words"
            )
        res = _review(r.reasons + (msg.defects if not r.confirmations else []), matched)
        res.promised_reply_date = r.promised
        return res
    # less confidence for every soft signal (a value kept from the PO, an attachment error)
    confidence = 0.97 * m.confidence
    confidence -= 0.03 * min(r.soft, 8)
    if msg.defects:
        confidence -= 0.1
    return ExtractionResult(
        kind="confirmation",
        confirmations=r.confirmations,
        exceptions=r.exceptions,
        method="rules",
        confidence=max(0.5, round(confidence, 3)),
        matched_po_numbers=matched,
    )


def _listed_open_pos(own_text: str, m: MatchResult, open_pos: Sequence[OpenPO]) -> list[str]:
    """The open POs of the sender's supplier two of whose item codes (or the only one) the
    supplier's own words list."""
    from agent.reading.match import item_codes_named

    out = []
    for po in open_pos:
        if po.supplier.id in m.sender_suppliers:
            codes, named = item_codes_named(own_text, po)
            if codes and named >= min(2, codes):
                out.append(po.po_number)
    return out


def _unmatched(
    msg: Message, m: MatchResult, own_text: str, open_pos: Sequence[OpenPO]
) -> tuple[ExtractionResult, bool]:
    """A human reply that names no open PO: unrelated, unreadable, or one a buyer must match."""
    from agent.reading import lexicon as L
    from agent.reading.claims import ORDER_NOUN

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
        # a fresh mail counts too when it commits to an order ("potvrzujeme Vaši objednávku
        # z minulého týdne" with two orders open), to a date or a delivery ("Confirm the Rev
        # 3 boards, ship 12 Mar.", "Kjedene er bekreftet, levering som ønsket"), unless it is a
        # notice about something else (opening hours, a price list)
        (
            is_reply
            or (
                ORDER_NOUN.search(subject_and_text)
                or _dated(own_text, msg)
                or L.search("delivery_date", own_text)
                or L.search("ship_date", own_text)
            )
            and not L.search("other_object", subject_and_text)
        )
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
    if (
        is_reply
        and commits
        and m.sender_suppliers
        and m.addressed_to_us
        and m.other_order_numbers
        and not any(n in own_text for n in m.other_order_numbers)
        and not re.search(r"\d{4,}", own_text)
    ):
        # "Confirmed - delivery as requested." in the thread of an order that is no longer
        # open, from a supplier with open POs: which order it answers is a buyer's question
        others = ", ".join(sorted(m.other_order_numbers))
        return (
            _review(
                [
                    f"the reply confirms in the thread of order {others}, which is not open, and "
                    "names no order itself; the sender's supplier has open POs"
                ]
            ),
            True,
        )
    listed = _listed_open_pos(own_text, m, open_pos) if commits and m.addressed_to_us else []
    if listed:
        # "Te confirmamos el pedido 4500038812" over the item codes of our 4500038221: a typo
        # in the order number, or another customer's order; a buyer tells which
        return (
            _review(
                [
                    f"the mail commits to an order that is not open, but lists the item codes of "
                    f"open PO {', '.join(listed)} of the same supplier: a human must match it"
                ]
            ),
            True,
        )
    if msg.defects:
        # unreadable or broken mail is kept for a human, never filed away as unrelated
        return _review([f"the message could not be read cleanly: {d}" for d in msg.defects]), False
    return ExtractionResult(kind="unrelated", confidence=0.8), True


def _dated(text: str, msg: Message) -> bool:
    """The text names a day within a year of the mail's date (a delivery; a certificate
    "valid through February 21, 2030" is no delivery)."""
    from agent.reading.dates import find_dates

    if msg.date is None:
        return False
    hits, _ = find_dates(text, "en", msg.date)
    today = msg.date.date()
    return any(today <= h.date <= today + timedelta(days=366) for h in hits)


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
