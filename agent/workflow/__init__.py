"""Applying what a supplier's mail says to the database.

``process_inbound`` runs the pure reading pipeline on a stored mail against
the open POs built from the database, then ``apply_result`` turns the
extraction into rows: confirmation versions, promised values on PO lines,
exceptions (with tolerance, priority and owner), snoozes, suppressions. It
emits nothing outward except database rows (digests, write-back and mail
are other jobs reading these rows), and every transition is audited in the
caller's transaction.

The rule above all: nothing is applied that the supplier did not clearly
say, from an address that is theirs. Anything doubtful becomes a
``needs_review`` exception with the reason.

The jobs live in modules of their own: :mod:`agent.workflow.sender` (who wrote
the mail), :mod:`agent.workflow.confirmation` (applying a confirmation),
:mod:`agent.workflow.automatic` (bounces, out-of-office, absences) and
:mod:`agent.workflow.exceptions` (opening and resolving exceptions); what other
modules import from ``agent.workflow`` is re-exported here.
"""

from __future__ import annotations

import contextlib
import logging
import re
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from agent import audit, domain
from agent.businesstime import (
    end_of_business_day,
)
from agent.models import (
    Confirmation,
    ExceptionState,
    ExceptionType,
    InboundMessage,
    POException,
    PurchaseOrder,
    Supplier,
)
from agent.reading.addresses import (
    own_domains_of,
)
from agent.reading.types import (
    ExtractionResult,
    Message,
    OpenPO,
)

# The jobs; the names other modules (and tests) import from agent.workflow are re-exported.
from agent.workflow import sender as _sender
from agent.workflow.automatic import _apply_auto_reply, _apply_bounce, _note_absence, _pos_of_sender
from agent.workflow.common import (  # noqa: F401
    ACTOR,
    ANSWERED,
    DIFFERENCE_TYPES,
    REQUEST_KINDS,
    _pos_by_thread,
    _pos_for,
    _tz_for,
    open_pos,
)
from agent.workflow.confirmation import (  # noqa: F401
    apply_confirmation,
    refresh_ack_state,
    supplier_reference_in,
    within_tolerance,
)
from agent.workflow.exceptions import (  # noqa: F401
    ResolutionError,
    _needs_review,
    open_exception,
    reassign,
    resolve,
)
from agent.workflow.sender import (  # noqa: F401
    authentication,
    authentication_failures,
    read_sender,
    sender_address,
    sender_is_supplier,
)

if TYPE_CHECKING:  # pragma: no cover
    from agent.config import Settings

log = logging.getLogger(__name__)


def apply_result(
    session: Any,
    settings: Settings,
    result: ExtractionResult,
    raw: bytes,
    now: datetime,
    *,
    inbound: InboundMessage | None = None,
    open_po_list: Sequence[OpenPO] | None = None,
    message: Message | None = None,
) -> str:
    """Apply one extraction result; returns the kind recorded for the mail.

    ``message`` is the mail as the reading normalized it (:func:`read_mail`): passed
    along, the mail is not normalized again. Its raw header block is parsed once here
    (the sender is read from the raw From header, never from a decoded one).
    """
    numbers = list(
        dict.fromkeys([*result.matched_po_numbers, *(c.po_number for c in result.confirmations)])
    )
    pos = _pos_for(session, numbers)
    if open_po_list is None:
        open_po_list = open_pos(session, po_ids=[p.id for p in pos.values()])
    by_number = {o.po_number: o for o in open_po_list}
    headers = _sender._headers(raw)
    sender, sender_problem = read_sender(raw, headers=headers)
    if not pos and result.kind in ("needs_review", "auto_reply"):
        # The reading did not tie it to a PO (e.g. a stranger answering): our own
        # Message-IDs in its thread headers still say which request it answers, so
        # the review lands on the right PO. Nothing is applied from this link.
        pos = _pos_by_thread(session, raw, headers=headers)
    if inbound is not None and pos:
        inbound.po_id = next(iter(pos.values())).id

    if result.kind in ("confirmation", "needs_review") and pos:
        # a person's answer that also says they will be away: the answer stands,
        # the absence is recorded (and a named colleague becomes a contact)
        _note_absence(session, settings, list(pos.values()), inbound, sender, now, raw, message)
    if result.kind == "bounce":
        _apply_bounce(session, settings, result, pos, inbound, now)
        return "bounce"
    if result.kind == "auto_reply":
        _apply_auto_reply(
            session,
            settings,
            result,
            list(pos.values()) or _pos_of_sender(session, sender),
            inbound,
            sender,
            now,
            raw,
            message,
        )
        return "auto_reply"
    if result.kind == "unrelated":
        audit.record(
            session,
            "inbound_message",
            inbound.id if inbound else "-",
            "unrelated",
            None,
            None,
            ACTOR,
            {"from": sender},
            at=now,
        )
        return "unrelated"

    reasons = list(result.review_reasons)
    # Never apply anything from someone who is not the supplier, or from mail that failed authentication.
    verdict = authentication(raw, settings, sender, headers=headers)
    auth = list(verdict.failures)
    if auth:
        reasons.append(
            f"sender authentication failed ({', '.join(auth)}): not applied automatically"
        )
    elif settings.security.require_dmarc_pass and not verdict.dmarc_pass:
        auth.append("no dmarc=pass")
        reasons.append(
            "our mail server did not report dmarc=pass for the From domain "
            "([security] require_dmarc_pass): not applied automatically"
        )
    if sender_problem:
        reasons.append(f"{sender_problem}: not applied automatically")
    shared = settings.security.shared_mail_domains
    foreign = [
        n
        for n in numbers
        if n in by_number and not sender_is_supplier(sender, by_number[n].supplier, shared)
    ]
    if foreign and not sender_problem:
        reasons.append(
            f"sent from {sender or 'an unknown address'}, which is not a known address of "
            + ", ".join(sorted({by_number[n].supplier.name for n in foreign}))
            + ": not applied automatically"
        )

    if result.kind == "confirmation" and not auth and not foreign and not sender_problem:
        unknown = []
        reference: list[str | None] = []  # read at most once per mail
        for pc in result.confirmations:
            po = pos.get(pc.po_number)
            op = by_number.get(pc.po_number)
            if po is None or op is None:
                unknown.append(pc.po_number)
                continue
            if not pc.supplier_reference and result.method != "rules":
                # The rules look for it themselves; a model's reading does not carry it.
                if not reference:
                    reference.append(
                        supplier_reference_in(raw, settings, by_number, message=message)
                    )
                if reference[0]:
                    pc = replace(pc, supplier_reference=reference[0])
            apply_confirmation(session, settings, po, op, pc, result, inbound, now)
        if unknown:
            _needs_review(
                session,
                settings,
                inbound,
                [],
                [f"confirms unknown PO(s) {', '.join(unknown)}"],
                now,
            )
        return "confirmation"

    # A holding answer ("will revert by Friday") is an answer of sorts: record it and
    # chase again on the promised date, unless something else needs a person.
    if (
        result.kind == "needs_review"
        and result.promised_reply_date is not None
        and not auth
        and not foreign
    ):
        for po in pos.values():
            supplier = session.get(Supplier, po.supplier_id)
            when = end_of_business_day(
                result.promised_reply_date, settings.schedule, _tz_for(settings, supplier)
            )
            po.next_reply_expected = result.promised_reply_date
            po.next_follow_up_at = max(when, now)
            po.updated_at = now
            audit.record(
                session,
                "purchase_order",
                po.id,
                "reply_promised",
                None,
                None,
                ACTOR,
                {
                    "promised_reply_date": result.promised_reply_date,
                    "next_follow_up_at": po.next_follow_up_at,
                    "inbound_message_id": inbound.id if inbound else None,
                    "reasons": reasons,
                },
                at=now,
            )
        if pos:
            return "holding"
    _needs_review(
        session, settings, inbound, list(pos.values()), reasons or ["the reply needs a person"], now
    )
    return "needs_review"


# --------------------------------------------------------------- entry point

# One fallback per database and [llm] configuration: its budgets, rate limits and answer
# cache live in llm_calls, so they hold across restarts and workers; what is kept here is
# the client and its connection pool. An engine that is gone takes its fallbacks with it.
_fallbacks: weakref.WeakKeyDictionary[Any, dict[str, Any]] = weakref.WeakKeyDictionary()


def _fallback(settings: Settings, session: Any, now: datetime) -> Any:
    """The LLM fallback for ``read_parsed``, working at ``now`` (None when ``[llm]`` is off).

    The ledger writes llm_calls in sessions of its own, committed at once: the
    caller's transaction (which must not have written yet on SQLite) is not
    involved, and a paid answer is kept even if the caller's work rolls back.
    """
    if not settings.llm.enabled:
        return None
    from agent.db import session_factory
    from agent.llm import make_fallback

    bind = session.get_bind()
    engine = getattr(bind, "engine", bind)
    per_config = _fallbacks.setdefault(engine, {})
    key = settings.llm.model_dump_json()
    if key not in per_config:
        per_config[key] = make_fallback(settings, session_factory(engine))
    return per_config[key].at(now)


_PO_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{2,39}")


def _mentioned_po_ids(session: Any, texts: Iterable[str]) -> set[int]:
    """POs whose number appears as a token in these texts (one indexed query per 500 tokens).

    A reply from one supplier that names another supplier's PO must reach the reading with
    that PO known, so that it is reviewed as "not this supplier's PO" instead of being
    filed as unrelated where nobody sees it.
    """
    tokens: set[str] = set()
    for text in texts:
        for m in _PO_TOKEN.finditer(text[:200_000]):
            tok = m.group().strip("._/-")
            if any(ch.isdigit() for ch in tok):
                tokens.update((tok, tok.upper()))
        if len(tokens) > 20_000:
            break
    found: set[int] = set()
    batch = sorted(tokens)
    for i in range(0, len(batch), 500):
        found |= set(
            session.execute(
                select(PurchaseOrder.id).where(PurchaseOrder.po_number.in_(batch[i : i + 500]))
            ).scalars()
        )
    return found


def candidate_po_ids(
    session: Any,
    raw: bytes,
    shared_domains: Iterable[str] = (),
    texts: Iterable[str] = (),
    *,
    headers: Any = None,
) -> list[int] | None:
    """The POs a mail can be about: those whose thread it is in, those it names by number,
    and all of its sender's supplier. None (= every PO) when nothing says anything, e.g. a
    supplier writing from a new address without replying to our mail: the reading then
    matches by PO number and the sender check sends it to review.

    Keeps reading fast with many POs in the database.
    """
    if headers is None:
        headers = _sender._headers(raw)
    ids = {p.id for p in _pos_by_thread(session, raw, headers=headers).values()}
    ids |= _mentioned_po_ids(session, texts)
    sender = read_sender(raw, headers=headers)[0]
    if sender and "@" in sender:
        # Plain rows, not ORM objects: this runs for every mail over every supplier.
        suppliers = [
            sid
            for sid, emails, domains, alternates in session.execute(
                select(Supplier.id, Supplier.emails, Supplier.domains, Supplier.alternate_emails)
            ).all()
            if sender in (e.lower() for e in [*(emails or []), *(alternates or [])])
            or sender.rsplit("@", 1)[1]
            in own_domains_of(emails or [], domains or [], set(shared_domains))
        ]
        if suppliers:
            ids |= set(
                session.execute(
                    select(PurchaseOrder.id).where(PurchaseOrder.supplier_id.in_(suppliers))
                ).scalars()
            )
    return sorted(ids) if ids else None


def _normalize(raw: bytes, limits: Any) -> Message:
    from agent.reading.message import normalize

    return normalize(raw, limits)


def _read_rules(msg: Message, pos: list[OpenPO], own: list[str]) -> ExtractionResult:
    from agent.reading.pipeline import read_parsed

    return read_parsed(msg, pos, own_addresses=own)


@contextlib.contextmanager
def _bounded(settings: Settings, stop: Any = None) -> Iterator[Callable[..., Any]]:
    """``call(fn, *args)``: ``fn(*args)`` under the [reading] budget; with isolate on, all the
    calls of one ``with`` block share one child process (agent.sandbox.Child: one fork per mail)."""
    if not settings.reading.isolate:
        yield lambda fn, *args: fn(*args)
        return
    from agent.sandbox import Child

    with Child(
        seconds=settings.reading.max_seconds,
        memory_bytes=settings.reading.max_memory_mb * 2**20,
        stop=stop,
    ) as child:
        yield child.run


@dataclass(frozen=True)
class Reading:
    """One mail read: the result, the open POs it was read against, and the mail as the
    reading normalized it (applied with the result, so the mail is parsed once)."""

    result: ExtractionResult
    open_pos: list[OpenPO]
    message: Message


def read(
    raw: bytes, session: Any, settings: Settings, now: datetime, *, stop: Any = None
) -> tuple[ExtractionResult, list[OpenPO]]:
    """Read one mail against the open POs it can be about: (result, open POs)."""
    reading = read_mail(raw, session, settings, now, stop=stop)
    return reading.result, reading.open_pos


def read_mail(
    raw: bytes, session: Any, settings: Settings, now: datetime, *, stop: Any = None
) -> Reading:
    """Read one mail against the open POs it can be about.

    The rules read inside the [reading] time and memory budget (agent.sandbox): a mail built
    to make the scanners crawl costs one child process, not the daemon. Only the LLM fallback,
    which waits on the network under its own timeout and budgets, runs here.
    """
    from agent.reading.pipeline import read_parsed

    own = settings.own_addresses()
    with _bounded(settings, stop) as bounded:
        msg = bounded(_normalize, raw, settings.reading.limits())
        texts = [msg.subject or "", msg.own_text]
        pos = open_pos(
            session,
            po_ids=candidate_po_ids(session, raw, settings.security.shared_mail_domains, texts),
        )
        result = bounded(_read_rules, msg, pos, own)
    fallback = _fallback(settings, session, now) if result.kind == "needs_review" else None
    if fallback is not None:
        # The rules' part already ran within budget above; it is deterministic, so the
        # second run here costs the same, and the fallback sees the pipeline's own state.
        result = read_parsed(msg, pos, own_addresses=own, fallback=fallback)
    return Reading(result, pos, msg)


def process_inbound(
    session: Any, row: InboundMessage, raw: bytes, settings: Settings, now: datetime
) -> str:
    """Read one stored mail and apply it (caller commits). Returns the kind for the mail record.

    A mail left needs_review only because the model could not be asked (down, budget
    spent) gets ``next_attempt_at``: :func:`retry_llm_reading` reads it again then.
    """
    reading = read_mail(raw, session, settings, now)
    result = reading.result
    kind = apply_result(
        session, settings, result, raw, now, inbound=row, open_po_list=reading.open_pos,
        message=reading.message,
    )  # fmt: skip
    row.result_json = {**result.to_json(), "applied_as": kind}
    row.next_attempt_at = None
    if kind == "needs_review" and _llm_retryable(result):
        _schedule_llm_retry(session, settings, row, result, now, attempts=0)
    return kind


# ------------------------------------------------------------- LLM retries

LLM_RETRY_KEY = "llm_retry"


def _llm_retryable(result: ExtractionResult) -> bool:
    try:
        from agent.llm import is_retryable
    except ImportError:  # pragma: no cover - the LLM package is optional
        return False
    return is_retryable(result)


def llm_retry_delay(settings: Settings, attempts: int) -> timedelta:
    """Backoff before the next try: base, 2×base, 4×base, ... at most 6 hours."""
    base = float(getattr(settings.llm, "retry_base_minutes", 15.0))
    return timedelta(minutes=min(base * 2 ** max(0, attempts), 6 * 60.0))


def _schedule_llm_retry(
    session: Any,
    settings: Settings,
    row: InboundMessage,
    result: ExtractionResult,
    now: datetime,
    *,
    attempts: int,
) -> bool:
    """Set the next try; False (and no next try) once the attempts are spent."""
    limit = int(getattr(settings.llm, "retry_max_attempts", 12))
    reasons = [r for r in result.review_reasons if r.startswith("llm unavailable")]
    info: dict[str, Any] = {"attempts": attempts, "reasons": reasons}
    if attempts >= limit:
        row.next_attempt_at = None
        info["gave_up_at"] = now.isoformat()
    else:
        row.next_attempt_at = now + llm_retry_delay(settings, attempts)
        info["next_attempt_at"] = row.next_attempt_at.isoformat()
    row.result_json = {**(row.result_json or {}), LLM_RETRY_KEY: info}
    audit.record(
        session,
        "inbound_message",
        row.id,
        "llm_retry_scheduled" if row.next_attempt_at else "llm_retry_given_up",
        None,
        None,
        ACTOR,
        info,
        at=now,
    )
    return row.next_attempt_at is not None


def _open_reviews_of(session: Any, row: InboundMessage) -> list[POException]:
    return list(
        session.execute(
            select(POException).where(
                POException.inbound_message_id == row.id,
                POException.type == ExceptionType.needs_review,
                POException.state.in_([ExceptionState.open, ExceptionState.acknowledged]),
            )
        ).scalars()
    )


def _note(session: Any, exc: POException, text: str, now: datetime) -> None:
    exc.note = f"{exc.note}\n{text}" if exc.note else text
    exc.updated_at = now
    domain.transition(session, exc, exc.state, action="noted", actor=ACTOR, now=now,
                      details={"note": text})  # fmt: skip


def _later_confirmation(
    session: Any, row: InboundMessage, numbers: Sequence[str]
) -> Confirmation | None:
    """A confirmation stored for the same POs from another mail after this one was read."""
    po_ids = {p.id for p in _pos_for(session, numbers).values()}
    if row.po_id is not None:
        po_ids.add(row.po_id)
    if not po_ids:
        return None
    since = row.processed_at or row.created_at
    return (
        session.execute(
            select(Confirmation)
            .where(
                Confirmation.po_id.in_(sorted(po_ids)),
                Confirmation.created_at >= since,
                Confirmation.inbound_message_id.is_distinct_from(row.id),
            )
            .order_by(Confirmation.id)
        )
        .scalars()
        .first()
    )


def retry_llm_reading(
    session: Any, row: InboundMessage, raw: bytes, settings: Settings, now: datetime
) -> str:
    """Read again a mail the model could not be asked about (caller commits).

    Returns "applied" (the new reading is applied like any reply and the review it
    opened is superseded), "rescheduled", "gave_up" (the review stays open for a
    person, with a note), or "stopped" (a person settled the review, or a later
    reply was applied since: the older mail must not overwrite it).
    """
    previous = dict(row.result_json or {})
    attempts = int((previous.get(LLM_RETRY_KEY) or {}).get("attempts", 0)) + 1
    reviews = _open_reviews_of(session, row)
    if not reviews:
        row.next_attempt_at = None
        audit.record(session, "inbound_message", row.id, "llm_retry_stopped", None, None, ACTOR,
                     {"reason": "the review was settled by a person"}, at=now)  # fmt: skip
        return "stopped"
    later = _later_confirmation(session, row, list(previous.get("po_numbers") or []))
    result: ExtractionResult | None = None
    if later is None:
        # Nothing is written before the reading: the LLM ledger commits in its own session.
        reading = read_mail(raw, session, settings, now)
        result = reading.result
        if _llm_retryable(result):
            if _schedule_llm_retry(session, settings, row, result, now, attempts=attempts):
                return "rescheduled"
            for exc in reviews:
                _note(session, exc, f"the model could not be asked after {attempts} tries "
                      f"({'; '.join(result.review_reasons)}): please read the reply", now)  # fmt: skip
            return "gave_up"
        numbers = [*result.matched_po_numbers, *(c.po_number for c in result.confirmations)]
        later = _later_confirmation(session, row, numbers)
    if later is not None or result is None:
        assert later is not None
        row.next_attempt_at = None
        row.result_json = {**previous, LLM_RETRY_KEY: {"attempts": attempts, "stopped": True}}
        for exc in reviews:
            _note(session, exc, "not read again with the model: a later reply was applied "
                  f"since (confirmation version {later.version})", now)  # fmt: skip
        audit.record(session, "inbound_message", row.id, "llm_retry_stopped", None, None, ACTOR,
                     {"reason": "a later reply was applied", "confirmation_id": later.id},
                     at=now)  # fmt: skip
        return "stopped"
    for exc in reviews:
        exc.action = "superseded"
        exc.note = f"superseded: read again with the model ({result.kind}, {result.method})"
        exc.resolved_at = exc.updated_at = now
        domain.transition(session, exc, ExceptionState.resolved, action="superseded", actor=ACTOR,
                          now=now, details={"by": "llm_retry", "kind": result.kind,
                                            "attempts": attempts})  # fmt: skip
    previous_kind = row.kind
    kind = apply_result(
        session, settings, result, raw, now, inbound=row, open_po_list=reading.open_pos,
        message=reading.message,
    )  # fmt: skip
    row.kind = kind
    row.next_attempt_at = None
    row.result_json = {
        **result.to_json(),
        "applied_as": kind,
        LLM_RETRY_KEY: {"attempts": attempts, "done_at": now.isoformat()},
    }
    audit.record(session, "inbound_message", row.id, "llm_retried", previous_kind, kind, ACTOR,
                 {"attempts": attempts, "method": result.method}, at=now)  # fmt: skip
    return "applied"


def reprocess(
    session: Any,
    row: InboundMessage,
    raw: bytes,
    settings: Settings,
    now: datetime,
    actor: str = "cli",
) -> str:
    """Re-run a stored mail (``poagent reprocess``): a confirmation becomes a new version."""
    previous = row.kind
    kind = process_inbound(session, row, raw, settings, now)
    audit.record(
        session, "inbound_message", row.id, "reprocessed", previous, kind, actor, {}, at=now
    )
    return kind
