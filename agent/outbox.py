"""The outbox: every outgoing mail is a database row before it is an SMTP transaction.

``enqueue`` commits a mail as ``queued`` with its final Message-ID (in the
caller's transaction, next to the change that caused it). ``send_due`` then:

1. claims one due row with a conditional UPDATE (queued/retrying → sending,
   compare-and-set on the state it read), so two workers never both send it;
2. writes a ``send_attempts`` row "started" and commits — if the process dies
   now or during SMTP, the row stays ``sending`` and the attempt "started";
3. talks SMTP; 4. records the outcome (sent / retrying / failed) and commits.

A row left ``sending`` longer than ``smtp.claim_timeout_seconds`` is taken
over by the next run: its dangling attempt becomes "interrupted" and the mail
goes again with the same Message-ID (so a copy the server did accept threads
as the same mail). A crash before the SMTP transaction therefore never loses
or doubles a mail; a crash inside it may resend once, visibly in the log.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import secrets
import socket
import ssl
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import Any

from sqlalchemy import and_, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from agent import audit
from agent.config import ConfigError, Settings
from agent.domain import OUTBOUND, created, exception_types, transition, transitioned
from agent.models import (
    AckState,
    AttemptOutcome,
    Buyer,
    ExceptionState,
    ExceptionType,
    OutboundKind,
    OutboundMessage,
    OutboundState,
    POException,
    Priority,
    PurchaseOrder,
    SendAttempt,
    SuppressedAddress,
    utcnow,
)

log = logging.getLogger(__name__)

# Mail to suppliers goes out in their business hours only (when configured); internal mail any time.
SUPPLIER_KINDS = (OutboundKind.request, OutboundKind.revision, OutboundKind.follow_up)
_REQUEST_KINDS = (OutboundKind.request, OutboundKind.revision)


class InvalidRecipient(ValueError):
    pass


@dataclass
class SendSummary:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    cancelled: int = 0
    taken_over: int = 0  # rows left "sending" by a sender that died, claimed again
    held: int = 0  # due, but outside business hours
    errors: list[str] = field(default_factory=list)
    # One line per mail the server accepted: "request <id> 'subject' to a@b".
    delivered: list[str] = field(default_factory=list)
    # One line per held mail: which, why and until when.
    held_details: list[str] = field(default_factory=list)
    # --dry-run: one line per mail that would go out now (nothing is sent).
    would_send: list[str] = field(default_factory=list)
    dry_run: bool = False

    def __str__(self) -> str:
        held = f"held {self.held}"
        if self.held and self.held_details:
            # "held 3" alone leaves the reader guessing: say why and until when.
            held += " (" + self.held_details[0].split(": ", 1)[-1] + ")"
        if self.dry_run:
            return f"dry run: would send {len(self.would_send)}, {held}; nothing sent"
        return (
            f"sent {self.sent}, retrying {self.retrying}, failed {self.failed}, "
            f"cancelled {self.cancelled}, taken over {self.taken_over}, {held}"
        )


# ----------------------------------------------------------------------- enqueue


def make_message_id(domain: str, hint: str | None = None) -> str:
    """A globally unique Message-ID; ``hint`` (e.g. the PO number) makes it readable."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", hint or "poagent").strip("-.") or "poagent"
    domain = re.sub(r"[^A-Za-z0-9.-]+", "", domain) or "localhost"
    return f"<{safe[:80]}.{secrets.token_hex(8)}@{domain}>"


def normalize_address(value: str) -> str:
    """A bare, checked address ("Name <a@b>" → "a@b"); raises InvalidRecipient."""
    from email.utils import parseaddr

    raw = value.strip()
    if any(ch in raw for ch in "\r\n\0"):
        raise InvalidRecipient(f"recipient contains a line break: {raw!r}")
    _, addr = parseaddr(raw)
    if not addr or "@" not in addr:
        raise InvalidRecipient(f"not an email address: {raw!r}")
    local, _, domain = addr.rpartition("@")
    try:
        Address(username=local, domain=domain)
    except (ValueError, IndexError) as exc:
        raise InvalidRecipient(f"not an email address: {raw!r} ({exc})") from None
    if not local or "." not in domain or any(c.isspace() for c in addr):
        raise InvalidRecipient(f"not an email address: {raw!r}")
    return f"{local}@{domain.lower()}"


def _one_line(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def enqueue(
    session: Session,
    *,
    kind: OutboundKind | str,
    to: Sequence[str],
    subject: str,
    text: str,
    html: str | None = None,
    po_id: int | None = None,
    po_revision: int | None = None,
    buyer_id: int | None = None,
    in_reply_to: str | None = None,
    references: Iterable[str] = (),
    due_key: str | None = None,
    now: datetime | None = None,
    not_before: datetime | None = None,
    domain: str = "localhost",
    message_id: str | None = None,
    actor: str = "system",
) -> OutboundMessage:
    """Add a mail to the outbox (flushed, not committed: it commits with the caller's change).

    Idempotent on ``due_key``: when a mail with that key exists, it is returned
    unchanged, so a request or follow-up is queued at most once per due moment.
    ``domain`` should be ``settings.company.from_domain`` (the Message-ID's right side).
    """
    now = now or utcnow()
    kind = OutboundKind(kind)
    if due_key is not None:
        existing = session.exec(
            select(OutboundMessage).where(OutboundMessage.due_key == due_key)
        ).first()
        if existing is not None:
            return existing
    recipients: list[str] = []
    for addr in to:
        clean = normalize_address(addr)
        if clean not in recipients:
            recipients.append(clean)
    if not recipients:
        raise InvalidRecipient("a mail needs at least one recipient")
    refs = [r for r in (_one_line(x) for x in references) if r]
    if in_reply_to and in_reply_to not in refs:
        refs.append(_one_line(in_reply_to))
    msg = OutboundMessage(
        kind=kind,
        po_id=po_id,
        po_revision=po_revision,
        buyer_id=buyer_id,
        message_id=message_id or make_message_id(domain, f"{kind.value}"),
        in_reply_to=_one_line(in_reply_to) if in_reply_to else None,
        references=refs,
        recipients=recipients,
        subject=_one_line(subject),
        body_text=text,
        body_html=html,
        state=OutboundState.queued,
        next_attempt_at=not_before,
        due_key=due_key,
        created_at=now,
        updated_at=now,
    )
    try:
        if session.get_bind().dialect.name == "sqlite":
            # pysqlite's SAVEPOINT handling would commit early; SQLite serializes writers
            # anyway, so a lost race surfaces as IntegrityError and the caller retries.
            session.add(msg)
            session.flush()
        else:
            # A savepoint, so losing a due_key race leaves the caller's transaction intact.
            with session.begin_nested():
                session.add(msg)
                session.flush()
    except IntegrityError:
        if session.get_bind().dialect.name == "sqlite":
            raise
        if due_key is None:
            raise
        existing = session.exec(
            select(OutboundMessage).where(OutboundMessage.due_key == due_key)
        ).first()
        if existing is None:
            raise
        return existing
    created(
        session, msg, action="queued", actor=actor, now=now,
        details={"kind": kind, "po_id": po_id, "message_id": msg.message_id,
                 "due_key": due_key, "recipients": recipients},
    )  # fmt: skip
    return msg


def cancel_pending(
    session: Session, po_id: int, reason: str, now: datetime, kinds: Sequence[OutboundKind] = ()
) -> int:
    """Cancel queued/retrying mail about a PO (e.g. superseded by a revision)."""
    query = select(OutboundMessage).where(
        OutboundMessage.po_id == po_id,
        col(OutboundMessage.state).in_([OutboundState.queued, OutboundState.retrying]),
    )
    if kinds:
        query = query.where(col(OutboundMessage.kind).in_(list(kinds)))
    count = 0
    for msg in session.exec(query):
        msg.last_error = reason
        msg.updated_at = now
        transition(session, msg, OutboundState.cancelled, action="cancelled",
                          actor="system", now=now, details={"reason": reason})  # fmt: skip
        count += 1
    return count


# ------------------------------------------------------------------- composition


def build_email(msg: OutboundMessage, settings: Settings, when: datetime) -> EmailMessage:
    """The RFC 5322 message; every header goes through the email package's checks."""
    from email import policy

    email = EmailMessage(policy=policy.SMTP)
    company = settings.company
    email["From"] = formataddr((_one_line(company.name), company.from_address))
    email["To"] = ", ".join(msg.recipients)
    if company.reply_to:
        email["Reply-To"] = company.reply_to
    email["Subject"] = _one_line(msg.subject)
    email["Date"] = format_datetime(when)
    email["Message-ID"] = msg.message_id
    if msg.in_reply_to:
        email["In-Reply-To"] = msg.in_reply_to
    if msg.references:
        email["References"] = " ".join(msg.references)
    email.set_content(msg.body_text)
    if msg.body_html:
        email.add_alternative(msg.body_html, subtype="html")
    return email


# ------------------------------------------------------------------------- SMTP


class _Temporary(Exception):
    """Try again later (4xx, connection trouble)."""

    def __init__(self, detail: str, code: int | None = None, transport: bool = False) -> None:
        super().__init__(detail)
        self.code = code
        self.transport = transport  # the server/connection is the problem: stop this run


class _Permanent(Exception):
    """The server refused the mail for good (5xx)."""

    def __init__(self, detail: str, code: int | None, bad_addresses: Sequence[str] = ()) -> None:
        super().__init__(detail)
        self.code = code
        self.bad_addresses = list(bad_addresses)


def _tls_context(settings: Settings) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    if settings.smtp.ca_file:
        ctx.load_verify_locations(settings.smtp.ca_file)
    if not settings.smtp.verify_tls:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def _address_is_bad(code: int, message: str) -> bool:
    # Only "this mailbox does not exist" (5.1.x) condemns the address; a policy
    # refusal (5.7.x, relaying denied) says nothing about the supplier's address.
    return code >= 500 and bool(re.search(r"\b5\.1\.\d+\b", message))


async def _smtp_send(settings: Settings, email: EmailMessage, recipients: list[str],
                     password: str | None) -> tuple[int, str, dict[str, tuple[int, str]]]:  # fmt: skip
    import aiosmtplib

    s = settings.smtp
    client = aiosmtplib.SMTP(
        hostname=s.host,
        port=s.port,
        use_tls=s.security == "ssl",
        start_tls=s.security == "starttls",
        tls_context=_tls_context(settings) if s.security != "none" else None,
        timeout=s.timeout_seconds,
        local_hostname=settings.company.from_domain,
    )
    try:
        try:
            await client.connect()
            if s.username:
                await client.login(s.username, password or "")
        except aiosmtplib.SMTPAuthenticationError as exc:
            raise _Temporary(f"SMTP login as {s.username} refused: {exc.code} {exc.message}",
                             exc.code, transport=True) from None  # fmt: skip
        except aiosmtplib.SMTPException as exc:
            raise _Temporary(
                f"cannot connect to {s.host}:{s.port}: {exc}", transport=True
            ) from None
        except (TimeoutError, OSError, ssl.SSLError) as exc:
            raise _Temporary(
                f"cannot connect to {s.host}:{s.port}: {exc}", transport=True
            ) from None
        try:
            refused, response = await client.send_message(
                email, sender=settings.company.from_address, recipients=recipients
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = [r.code for r in exc.recipients]
            detail = "; ".join(f"{r.recipient}: {r.code} {r.message}" for r in exc.recipients)
            if all(c >= 500 for c in codes):
                bad = [r.recipient for r in exc.recipients if _address_is_bad(r.code, r.message)]
                raise _Permanent(f"all recipients refused: {detail}", max(codes), bad) from None
            raise _Temporary(f"recipients refused for now: {detail}", min(codes)) from None
        except aiosmtplib.SMTPResponseException as exc:
            if exc.code >= 500:
                raise _Permanent(
                    f"server refused the mail: {exc.code} {exc.message}", exc.code
                ) from None
            raise _Temporary(
                f"server deferred the mail: {exc.code} {exc.message}", exc.code
            ) from None
        except (TimeoutError, aiosmtplib.SMTPException, OSError) as exc:
            raise _Temporary(f"connection lost while sending: {exc}", transport=True) from None
        # The mail is accepted; a failed goodbye changes nothing.
        with contextlib.suppress(TimeoutError, aiosmtplib.SMTPException, OSError):
            await client.quit()
        text = getattr(response, "message", str(response))
        return (
            getattr(response, "code", 250),
            text,
            {k: (v.code, v.message) for k, v in refused.items()},
        )
    finally:
        if client.is_connected:
            client.close()


# ------------------------------------------------------------------------ sending


def _worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


def supplier_hold(
    session: Session, settings: Settings, msg: OutboundMessage, now: datetime
) -> str | None:
    """Why this supplier mail must wait now, and until when; None when it may go.

    Business hours are the supplier's: its time zone (else the company's), its
    country's public holidays and the company calendar. Internal mail never waits.
    """
    from agent.businesstime import country_of, next_business_moment, zone
    from agent.models import Supplier

    sched = settings.schedule
    if msg.kind not in SUPPLIER_KINDS or not sched.business_hours_only:
        return None
    tzname, country = settings.company.timezone, sched.holiday_country
    po = session.get(PurchaseOrder, msg.po_id) if msg.po_id is not None else None
    supplier = session.get(Supplier, po.supplier_id) if po is not None else None
    if supplier is not None:
        tzname = supplier.timezone or tzname
        country = country_of(supplier.locale, sched)
    tz = zone(tzname, settings.company.timezone)
    until = next_business_moment(now, sched, tz, country)
    if until <= now:
        return None
    names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    wd = sched.business_days
    if len(wd) > 2 and wd == list(range(wd[0], wd[-1] + 1)):
        days = f"{names[wd[0] - 1]}-{names[wd[-1] - 1]}"
    else:
        days = ",".join(names[d - 1] for d in wd)
    local = until.astimezone(tz)
    return (
        f"outside business hours ({days} {sched.business_start}-{sched.business_end} "
        f"{tz.key}) until {local:%Y-%m-%d %H:%M %Z}"
    )


def _describe(msg: OutboundMessage) -> str:
    return f"{msg.kind.value} {msg.message_id} {msg.subject!r} to {', '.join(msg.recipients)}"


def preview_due(
    session_factory: Any, settings: Settings, now: datetime | None = None, *, limit: int = 500
) -> SendSummary:
    """What ``send_due`` would do now, without SMTP and without writing anything."""
    summary = SendSummary(dry_run=True)
    now = now or utcnow()
    with session_factory() as session:
        for msg_id in _due_ids(session, settings, now, limit):
            msg = session.get(OutboundMessage, msg_id)
            if msg is None:
                continue
            hold = supplier_hold(session, settings, msg, now)
            if hold is not None:
                summary.held += 1
                summary.held_details.append(f"{_describe(msg)}: {hold}")
                continue
            summary.would_send.append(_describe(msg))
        session.rollback()
    return summary


def backoff(settings: Settings, attempts: int) -> timedelta:
    """Delay before the next try after ``attempts`` failed tries: base · 2^(n−1), capped."""
    s = settings.smtp
    seconds = s.retry_base_seconds * (2 ** max(attempts - 1, 0))
    return timedelta(seconds=min(seconds, s.retry_max_seconds))


def _due_ids(session: Session, settings: Settings, now: datetime, limit: int) -> list[int]:
    stale = now - timedelta(seconds=settings.smtp.claim_timeout_seconds)
    query = (
        select(OutboundMessage.id)
        .where(_claimable(now, stale))
        .order_by(col(OutboundMessage.id))
        .limit(limit)
    )
    return [i for i in session.exec(query) if i is not None]


def _claimable(now: datetime, stale: datetime) -> Any:
    m = OutboundMessage
    return or_(
        and_(
            col(m.state).in_([OutboundState.queued, OutboundState.retrying]),
            or_(col(m.next_attempt_at).is_(None), col(m.next_attempt_at) <= now),
        ),
        and_(m.state == OutboundState.sending, col(m.claimed_at) <= stale),
    )


def _open_undeliverable(session: Session, msg: OutboundMessage, settings: Settings, detail: str, now: datetime) -> None:  # fmt: skip
    owner = None
    if msg.buyer_id is not None:
        buyer = session.get(Buyer, msg.buyer_id)
        owner = buyer.email if buyer else None
    po = session.get(PurchaseOrder, msg.po_id) if msg.po_id is not None else None
    if owner is None and po is not None and po.buyer_id is not None:
        buyer = session.get(Buyer, po.buyer_id)
        owner = buyer.email if buyer else None
    if owner is None:
        default = settings.routing.default_owner
        owner = default if "@" in default else settings.routing.operations_manager or None
    kind = exception_types.kind_of(ExceptionType.undeliverable)
    exc = POException(
        po_id=msg.po_id,
        type=kind.type,
        priority=Priority(kind.priority),
        owner=owner,
        state=ExceptionState.open,
        evidence=f"{msg.kind.value} {msg.message_id} to {', '.join(msg.recipients)}: {detail}",
        action=kind.hint,
        created_at=now,
        updated_at=now,
    )
    session.add(exc)
    session.flush()
    created(session, exc, action="opened", actor="system", now=now,
                   details={"type": exc.type, "po_id": msg.po_id, "outbound_id": msg.id})  # fmt: skip


def _finish_attempt(session: Session, attempt_id: int, outcome: AttemptOutcome, now: datetime,
                    code: int | None, detail: str) -> None:  # fmt: skip
    attempt = session.get(SendAttempt, attempt_id)
    if attempt is not None:
        attempt.outcome = outcome
        attempt.finished_at = now
        attempt.smtp_code = code
        attempt.detail = detail[:2000]


def _fail(session: Session, msg: OutboundMessage, settings: Settings, detail: str, now: datetime) -> None:  # fmt: skip
    msg.last_error = detail[:2000]
    msg.updated_at = now
    msg.claimed_by = None
    transition(session, msg, OutboundState.failed, action="failed", actor="system",
                      now=now, details={"error": detail[:500]})  # fmt: skip
    _open_undeliverable(session, msg, settings, detail, now)


def _claim(session: Session, msg_id: int, settings: Settings, now: datetime, worker: str) -> tuple[OutboundMessage, bool] | None:  # fmt: skip
    """Compare-and-set the row to ``sending``; returns (row, taken_over) or None if lost."""
    msg = session.get(OutboundMessage, msg_id)
    if msg is None:
        return None
    stale = now - timedelta(seconds=settings.smtp.claim_timeout_seconds)
    m = OutboundMessage
    conditions = [m.id == msg_id, m.state == msg.state, _claimable(now, stale)]
    if msg.claimed_at is None:
        conditions.append(col(m.claimed_at).is_(None))
    else:
        conditions.append(m.claimed_at == msg.claimed_at)
    result = session.execute(
        update(OutboundMessage)
        .where(*conditions)
        .values(
            state=OutboundState.sending,
            claimed_by=worker,
            claimed_at=now,
            attempts=m.attempts + 1,
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        return None
    old_state = msg.state
    session.refresh(msg)
    taken_over = old_state == OutboundState.sending
    if taken_over:
        for attempt in session.exec(
            select(SendAttempt).where(
                SendAttempt.outbound_id == msg_id, SendAttempt.outcome == AttemptOutcome.started
            )
        ):
            attempt.outcome = AttemptOutcome.interrupted
            attempt.finished_at = now
            attempt.detail = (
                "the sender stopped before recording the result; the server may have the mail, "
                "so it is sent again with the same Message-ID"
            )
    transitioned(session, OUTBOUND, msg_id, old_state, OutboundState.sending,
                        action="taken_over" if taken_over else "claimed", actor=worker, now=now,
                        details={"attempt": msg.attempts})  # fmt: skip
    return msg, taken_over


def send_due(
    session_factory: Any,
    settings: Settings,
    now: datetime | None = None,
    *,
    limit: int = 100,
    worker: str | None = None,
) -> SendSummary:
    """Send every mail that is due (synchronous wrapper around :func:`send_due_async`)."""
    return asyncio.run(send_due_async(session_factory, settings, now, limit=limit, worker=worker))


async def send_due_async(
    session_factory: Any,
    settings: Settings,
    now: datetime | None = None,
    *,
    limit: int = 100,
    worker: str | None = None,
) -> SendSummary:
    summary = SendSummary()
    worker = worker or _worker_id()
    fixed_now = now
    # Resolve the password before claiming anything: a missing secret must not strand rows.
    password: str | None = None
    if settings.smtp.username:
        try:
            secret = settings.smtp.password()
        except ConfigError as exc:
            summary.errors.extend(exc.problems)
            log.error("not sending: %s", "; ".join(exc.problems))
            return summary
        password = secret.reveal() if secret is not None else ""
    with session_factory() as session:
        ids = _due_ids(session, settings, fixed_now or utcnow(), limit)
    for msg_id in ids:
        now = fixed_now or utcnow()
        with session_factory() as session:
            claimed = _claim_or_skip(session, msg_id, settings, now, worker, summary)
            if claimed is None:
                continue
            msg, attempt_id, recipients = claimed
            session.commit()  # "sending" + attempt "started" are durable before SMTP starts
        try:
            email = build_email(msg, settings, now)
            code, response, refused = await _smtp_send(settings, email, recipients, password)
        except _Temporary as exc:
            _record_temporary(
                session_factory, msg_id, attempt_id, settings, fixed_now, exc, summary
            )
            if exc.transport:
                break
            continue
        except _Permanent as exc:
            _record_permanent(
                session_factory, msg_id, attempt_id, settings, fixed_now, exc, summary
            )
            continue
        except Exception as exc:  # a bug or unusable data: log it, retry later, keep going
            log.exception("outbound %s: unexpected error", msg_id)
            problem = _Temporary(f"unexpected error: {type(exc).__name__}: {exc}")
            _record_temporary(
                session_factory, msg_id, attempt_id, settings, fixed_now, problem, summary
            )
            continue
        _record_sent(session_factory, msg_id, attempt_id, settings, fixed_now, code, response,
                     refused, summary)  # fmt: skip
    return summary


def _claim_or_skip(session: Session, msg_id: int, settings: Settings, now: datetime, worker: str,
                   summary: SendSummary) -> tuple[OutboundMessage, int, list[str]] | None:  # fmt: skip
    peek = session.get(OutboundMessage, msg_id)
    if peek is None:
        return None
    hold = supplier_hold(session, settings, peek, now)
    if hold is not None:
        summary.held += 1
        summary.held_details.append(f"{_describe(peek)}: {hold}")
        return None
    claimed = _claim(session, msg_id, settings, now, worker)
    if claimed is None:
        return None
    msg, taken_over = claimed
    summary.taken_over += int(taken_over)
    # A mail written for an older PO revision is obsolete: never send it.
    if msg.po_id is not None and msg.po_revision is not None and msg.kind in SUPPLIER_KINDS:
        po = session.get(PurchaseOrder, msg.po_id)
        if po is not None and po.revision != msg.po_revision:
            msg.last_error = f"PO {po.po_number} is now at revision {po.revision}"
            transition(session, msg, OutboundState.cancelled, action="cancelled",
                              actor=worker, now=now, details={"reason": msg.last_error})  # fmt: skip
            session.commit()
            summary.cancelled += 1
            return None
    if msg.body_pending:
        # Queued by a bulk import without its text: write it now, committed with the claim.
        from agent.ack_requests import render_pending

        try:
            render_pending(session, settings, msg)
        except Exception as exc:  # a template error: keep the mail queued, say why, go on
            session.rollback()
            log.error("outbound %s: cannot write the request: %s", msg_id, exc)
            summary.errors.append(f"outbound {msg_id}: cannot write the request: {exc}")
            return None
    # Suppressed addresses are stored lower-cased (whoever wrote them: us or the bounce reader).
    wanted = sorted({r.lower() for r in msg.recipients})
    suppressed = {
        a.address.lower() for a in session.exec(
            select(SuppressedAddress).where(col(SuppressedAddress.address).in_(wanted))
        )
    }  # fmt: skip
    recipients = [r for r in msg.recipients if r.lower() not in suppressed]
    if not recipients:
        _fail(session, msg, settings,
              f"every recipient bounced before and is suppressed: {', '.join(msg.recipients)}", now)  # fmt: skip
        session.commit()
        summary.failed += 1
        return None
    attempt = SendAttempt(
        outbound_id=msg_id, attempt=msg.attempts, message_id=msg.message_id, worker=worker,
        started_at=now, outcome=AttemptOutcome.started,
        detail=None if recipients == msg.recipients else f"skipping suppressed {sorted(suppressed)}",
    )  # fmt: skip
    session.add(attempt)
    session.flush()
    assert attempt.id is not None
    return msg, attempt.id, recipients


def _record_sent(session_factory: Any, msg_id: int, attempt_id: int, settings: Settings,
                 fixed_now: datetime | None, code: int, response: str,
                 refused: dict[str, tuple[int, str]], summary: SendSummary) -> None:  # fmt: skip
    now = fixed_now or utcnow()
    with session_factory() as session:
        detail = f"{code} {response}".strip()
        if refused:
            detail += "; refused: " + "; ".join(f"{a}: {c} {m}" for a, (c, m) in refused.items())
        _finish_attempt(session, attempt_id, AttemptOutcome.sent, now, code, detail)
        msg = session.get(OutboundMessage, msg_id)
        assert msg is not None
        msg.sent_at = now
        msg.updated_at = now
        msg.last_error = detail if refused else None
        transition(session, msg, OutboundState.sent, action="sent", actor="system", now=now,
                          details={"message_id": msg.message_id, "attempt": msg.attempts})  # fmt: skip
        for addr, (c, m) in refused.items():
            if _address_is_bad(c, m):
                _suppress(session, addr, f"{c} {m}", msg.message_id, now)
        if msg.kind in _REQUEST_KINDS and msg.po_id is not None:
            po = session.get(PurchaseOrder, msg.po_id)
            if po is not None and po.revision == (
                msg.po_revision if msg.po_revision is not None else po.revision
            ):
                if po.ack_state == AckState.new:
                    transition(session, po, AckState.requested, action="requested",
                                      actor="system", now=now,
                                      details={"message_id": msg.message_id,
                                               "revision": po.revision})  # fmt: skip
                po.requested_at = now
                po.updated_at = now
        session.commit()
        summary.delivered.append(_describe(msg))
    summary.sent += 1


def _suppress(session: Session, address: str, reason: str, message_id: str, now: datetime) -> None:
    address = address.lower()
    if session.get(SuppressedAddress, address) is None:
        session.add(
            SuppressedAddress(address=address, reason=reason, source_message_id=message_id, at=now)
        )
        audit.record(session, "suppressed_address", address, "suppressed", None, "suppressed",
                     details={"reason": reason}, at=now)  # fmt: skip


def _record_temporary(session_factory: Any, msg_id: int, attempt_id: int, settings: Settings,
                      fixed_now: datetime | None, exc: _Temporary, summary: SendSummary) -> None:  # fmt: skip
    now = fixed_now or utcnow()
    detail = str(exc)
    with session_factory() as session:
        _finish_attempt(
            session, attempt_id, AttemptOutcome.temporary_failure, now, exc.code, detail
        )
        msg = session.get(OutboundMessage, msg_id)
        assert msg is not None
        if msg.attempts >= settings.smtp.max_attempts:
            log.warning("outbound %s: %s; gave up after %s attempts", msg_id, detail, msg.attempts)
            _fail(session, msg, settings, f"gave up after {msg.attempts} attempts: {detail}", now)
            summary.failed += 1
        else:
            msg.last_error = detail[:2000]
            msg.next_attempt_at = now + backoff(settings, msg.attempts)
            log.warning(
                "outbound %s: %s; next try at %s",
                msg_id,
                detail,
                msg.next_attempt_at.isoformat(timespec="seconds"),
            )
            msg.claimed_by = None
            msg.updated_at = now
            transition(session, msg, OutboundState.retrying, action="retry_scheduled",
                              actor="system", now=now,
                              details={"error": detail[:500],
                                       "next_attempt_at": msg.next_attempt_at})  # fmt: skip
            summary.retrying += 1
        session.commit()
    summary.errors.append(detail)


def _record_permanent(session_factory: Any, msg_id: int, attempt_id: int, settings: Settings,
                      fixed_now: datetime | None, exc: _Permanent, summary: SendSummary) -> None:  # fmt: skip
    now = fixed_now or utcnow()
    detail = str(exc)
    log.warning("outbound %s failed: %s", msg_id, detail)
    with session_factory() as session:
        _finish_attempt(
            session, attempt_id, AttemptOutcome.permanent_failure, now, exc.code, detail
        )
        msg = session.get(OutboundMessage, msg_id)
        assert msg is not None
        for addr in exc.bad_addresses:
            _suppress(session, addr, detail[:500], msg.message_id, now)
        _fail(session, msg, settings, detail, now)
        session.commit()
    summary.failed += 1
    summary.errors.append(detail)
