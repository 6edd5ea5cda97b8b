"""Mailbox ingestion: fetch → store raw → dedupe → claim → process → commit → move.

The order is what makes it safe:

* a mail's raw bytes are committed (database or message store) before any
  work is done on it, so a crash never loses a reply;
* each mail is tracked by its mailbox position (account, folder, UIDVALIDITY,
  UID) *and* by Message-ID (sha256 of the bytes when there is none), so a
  UIDVALIDITY reset or the same mail delivered twice is recorded but not
  applied a second time;
* a worker claims a mail with a conditional UPDATE before working on it, so
  several workers on PostgreSQL never process the same mail twice;
* the mail leaves the inbox (moved to Processed / Auto-replies / Quarantine)
  only after its result is committed; a crash in between just moves it on the
  next cycle;
* a failure counts an attempt and backs off; after ``imap.max_attempts`` the
  mail is quarantined with an exception for a person. Never dropped, never a
  crash loop (the attempt is counted at claim time, so even a mail that kills
  the process is quarantined eventually).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import socket
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.exc import IntegrityError

from agent import audit, domain
from agent.domain import exception_types
from agent.models import (
    ExceptionState,
    ExceptionType,
    InboundMessage,
    InboundState,
    MailboxState,
    POException,
    Priority,
    PurchaseOrder,
)
from agent.sandbox import BudgetExceeded, Interrupted

if TYPE_CHECKING:  # pragma: no cover
    from agent.config import Settings
    from agent.db import SessionFactory
    from agent.mailbox import Mailbox

log = logging.getLogger(__name__)

ACTOR = "ingest"
# Kinds whose mail goes to the auto-reply folder rather than Processed.
AUTOMATED_KINDS = ("auto_reply", "bounce")
# A claim by a process we cannot see (another host) expires after this long (wall clock).
CLAIM_LEASE = timedelta(minutes=15)
FETCH_BATCH = 25


def worker_id() -> str:
    """host:pid — lets a restarted process recognise claims left by a dead one on this host."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _claim_is_stale(claimed_by: str | None, claimed_at: datetime | None) -> bool:
    if not claimed_by:
        return True
    host, _, pid = claimed_by.rpartition(":")
    if host == socket.gethostname() and pid.isdigit():
        if int(pid) == os.getpid():
            # Our own claim that we did not finish: the step was interrupted by an error.
            return True
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False
    if claimed_at is None:
        return True
    return datetime.now(UTC) - claimed_at > CLAIM_LEASE


# ----------------------------------------------------------------- raw storage


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def store_raw(settings: Settings, raw: bytes, digest: str) -> tuple[bytes | None, str | None]:
    """Keep the raw bytes: in the database (returned) or as a file in imap.message_store."""
    directory = settings.imap.message_store
    if not directory:
        return raw, None
    root = Path(directory).expanduser()
    target = root / digest[:2] / f"{digest}.eml"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(raw)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return None, str(target.resolve())


def load_raw(row: InboundMessage) -> bytes:
    if row.raw is not None:
        return bytes(row.raw)
    if row.store_path:
        data = Path(row.store_path).read_bytes()
        if sha256(data) != row.sha256:
            raise ValueError(f"stored message {row.store_path} does not match its sha256")
        return data
    raise ValueError(f"inbound message {row.id} has no stored bytes")


@dataclass(frozen=True)
class HeaderInfo:
    message_id: str | None
    from_addr: str | None
    subject: str | None
    date: datetime | None


def header_info(raw: bytes) -> HeaderInfo:
    """The few headers ingestion needs; never raises on malformed mail."""
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(raw[:256_000])
    except Exception:  # noqa: BLE001 - malformed mail is still stored and processed
        return HeaderInfo(None, None, None, None)

    def text(name: str) -> str | None:
        value = headers.get(name)
        if value is None:
            return None
        return " ".join(str(value).split()) or None

    message_id = text("Message-ID")
    if message_id:
        message_id = message_id.split()[0][:998]
    from_addr = None
    try:
        addrs = getaddresses([str(headers.get("From", ""))])
        if addrs and addrs[0][1]:
            from_addr = addrs[0][1].strip().lower()[:320]
    except Exception:  # noqa: BLE001
        from_addr = None
    date = None
    try:
        raw_date = headers.get("Date")
        if raw_date:
            date = parsedate_to_datetime(str(raw_date))
            if date.tzinfo is None:
                date = date.replace(tzinfo=UTC)
            date = date.astimezone(UTC)
    except Exception:  # noqa: BLE001
        date = None
    return HeaderInfo(message_id, from_addr, text("Subject"), date)


# ------------------------------------------------------------------- records


@dataclass
class IngestSummary:
    seen: int = 0
    new: int = 0
    duplicates: int = 0
    processed: int = 0
    retried: int = 0
    quarantined: int = 0
    moved: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    busy: bool = False  # another worker holds this mailbox

    def add(self, other: IngestSummary) -> None:
        for name in ("seen", "new", "duplicates", "processed", "retried", "quarantined", "moved"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for k, v in other.kinds.items():
            self.kinds[k] = self.kinds.get(k, 0) + v


def _original_for(session: Any, message_id: str | None, digest: str) -> InboundMessage | None:
    """The first stored copy of the same mail (by Message-ID, else by content hash)."""
    q = select(InboundMessage).where(InboundMessage.kind.is_distinct_from("duplicate"))
    if message_id:
        q = q.where(InboundMessage.message_id == message_id)
    else:
        q = q.where(InboundMessage.message_id.is_(None), InboundMessage.sha256 == digest)
    return session.execute(q.order_by(InboundMessage.id).limit(1)).scalars().first()


def register(
    session_factory: SessionFactory,
    settings: Settings,
    *,
    account: str,
    folder: str,
    uidvalidity: int,
    uid: int,
    raw: bytes,
    now: datetime,
) -> InboundMessage | None:
    """Store one fetched mail (committed). Returns the row, or None if another worker stored it.

    A second copy of a mail already stored (same Message-ID, or same bytes when
    it has none) is stored as a ``duplicate`` of the first and never processed.
    """
    digest = sha256(raw)
    info = header_info(raw)
    data, store_path = store_raw(settings, raw, digest)
    with session_factory() as session:
        original = _original_for(session, info.message_id, digest)
        row = InboundMessage(
            account=account,
            folder=folder,
            uidvalidity=uidvalidity,
            uid=uid,
            message_id=info.message_id,
            sha256=digest,
            raw=data,
            store_path=store_path,
            size=len(raw),
            from_addr=info.from_addr,
            subject=(info.subject or "")[:2000] or None,
            date=info.date,
            state=InboundState.fetched,
            created_at=now,
        )
        if (
            original is not None
            and original.account == account
            and original.folder == folder
            and original.uidvalidity != uidvalidity
            and not original.mailbox_action_done
        ):
            # The folder's UIDVALIDITY changed while this mail was still in it: it is the
            # same mail at a new position, not a second copy. Follow it there.
            old_position = (original.uidvalidity, original.uid)
            original.uidvalidity, original.uid = uidvalidity, uid
            audit.record(
                session, "inbound_message", original.id, "position_changed", None, None, ACTOR,
                {"from": list(old_position), "to": [uidvalidity, uid]}, at=now,
            )  # fmt: skip
            try:
                session.commit()
            except IntegrityError:
                session.rollback()
                return None
            return original
        if original is not None:
            row.state = InboundState.processed
            row.kind = "duplicate"
            row.po_id = original.po_id
            row.processed_at = now
            row.result_json = {"duplicate_of": original.id, "original_kind": original.kind}
            if digest == original.sha256:
                # The very same bytes: point at the first copy instead of keeping them twice.
                row.raw = None
                row.store_path = original.store_path
                if original.raw is None and not original.store_path:
                    row.raw = data
        session.add(row)
        try:
            session.flush()
        except IntegrityError:
            session.rollback()
            return None
        domain.created(
            session,
            row,
            action="fetched" if original is None else "duplicate",
            actor=ACTOR,
            now=now,
            details={
                "account": account,
                "folder": folder,
                "uidvalidity": uidvalidity,
                "uid": uid,
                "message_id": info.message_id,
                "sha256": digest,
                **({"duplicate_of": original.id} if original is not None else {}),
            },
        )
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            return None
        return row


def claim(session_factory: SessionFactory, row_id: int, now: datetime, worker: str) -> bool:
    """Take a mail for processing; True only for the one worker whose conditional UPDATE won."""
    with session_factory() as session:
        row = session.get(InboundMessage, row_id)
        if row is None:
            return False
        stale_claim = row.state == InboundState.claimed and _claim_is_stale(
            row.claimed_by, row.claimed_at
        )
        due = row.state in (InboundState.fetched, InboundState.retrying) and (
            row.next_attempt_at is None or row.next_attempt_at <= now
        )
        if not (due or stale_claim):
            return False
        expected_state, expected_claimer = row.state, row.claimed_by
        cond = [InboundMessage.id == row_id, InboundMessage.state == expected_state]
        cond.append(
            InboundMessage.claimed_by.is_(None)
            if expected_claimer is None
            else InboundMessage.claimed_by == expected_claimer
        )
        result = session.execute(
            update(InboundMessage)
            .where(*cond)
            .values(
                state=InboundState.claimed,
                claimed_by=worker,
                claimed_at=datetime.now(UTC),
                attempts=InboundMessage.attempts + 1,
            )
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:
            session.rollback()
            return False
        domain.transitioned(
            session,
            domain.INBOUND,
            row_id,
            expected_state,
            InboundState.claimed,
            action="claimed" if not stale_claim else "reclaimed",
            actor=ACTOR,
            now=now,
            details={
                "worker": worker,
                **({"previous_worker": expected_claimer} if stale_claim else {}),
            },
        )
        session.commit()
        return True


ProcessFn = Callable[[Any, InboundMessage, bytes, "Settings", datetime], str]


def _default_process(
    session: Any, row: InboundMessage, raw: bytes, settings: Settings, now: datetime
) -> str:
    from agent import workflow

    return workflow.process_inbound(session, row, raw, settings, now)


def process_claimed(
    session_factory: SessionFactory,
    settings: Settings,
    row_id: int,
    now: datetime,
    worker: str,
    process: ProcessFn | None = None,
) -> str:
    """Process one claimed mail; returns the outcome ("processed", "retrying", "quarantined")."""
    process = process or _default_process
    error: str | None = None
    with session_factory() as session:
        row = session.get(InboundMessage, row_id)
        if row is None or row.state != InboundState.claimed or row.claimed_by != worker:
            return "lost_claim"
        if row.attempts > settings.imap.max_attempts:
            # Claimed again and again without an outcome: the daemon died while reading it.
            # Reading it once more would only do that again.
            reason = (
                f"claimed {row.attempts} times without finishing (the daemon stopped or "
                "crashed while reading it)"
            )
            quarantine(session, settings, row, now, reason=reason)
            session.commit()
            return "quarantined"
        try:
            raw = load_raw(row)
            kind = process(session, row, raw, settings, now)
            row.kind = kind
            row.processed_at = now
            row.last_error = None
            row.claimed_by = None
            domain.transition(
                session,
                row,
                InboundState.processed,
                action="processed",
                actor=ACTOR,
                now=now,
                details={"kind": kind, "attempts": row.attempts},
            )
            session.commit()
            return "processed"
        except Interrupted:
            # Shutting down: leave it claimed; after the restart the stale claim is taken over.
            session.rollback()
            return "interrupted"
        except BudgetExceeded as exc:
            # The same mail would blow the same budget again: quarantine it now, once.
            session.rollback()
            row = session.get(InboundMessage, row_id)
            if row is None:
                return "lost_claim"
            row.claimed_by = None
            row.last_error = str(exc)
            quarantine(session, settings, row, now, reason=f"{exc}; not read")
            session.commit()
            log.warning("inbound message %s quarantined: %s", row_id, exc)
            return "quarantined"
        except Exception as exc:  # noqa: BLE001 - any failure is retried, then quarantined
            session.rollback()
            error = f"{type(exc).__name__}: {exc}"[:2000]
            log.warning("processing inbound message %s failed: %s", row_id, error)
    return _fail(session_factory, settings, row_id, now, worker, error or "unknown error")


def _fail(
    session_factory: SessionFactory,
    settings: Settings,
    row_id: int,
    now: datetime,
    worker: str,
    error: str,
) -> str:
    with session_factory() as session:
        row = session.get(InboundMessage, row_id)
        if row is None:
            return "lost_claim"
        row.last_error = error
        row.claimed_by = None
        if row.attempts >= settings.imap.max_attempts:
            quarantine(session, settings, row, now, reason=f"failed {row.attempts} times: {error}")
            session.commit()
            return "quarantined"
        delay = settings.imap.retry_base_seconds * (2 ** max(0, row.attempts - 1))
        row.next_attempt_at = now + timedelta(seconds=min(delay, 24 * 3600))
        domain.transition(
            session,
            row,
            InboundState.retrying,
            action="retry_scheduled",
            actor=ACTOR,
            now=now,
            details={
                "error": error,
                "attempts": row.attempts,
                "next_attempt_at": row.next_attempt_at,
            },
        )
        session.commit()
        return "retrying"


def quarantine(
    session: Any, settings: Settings, row: InboundMessage, now: datetime, *, reason: str
) -> POException:
    """Quarantine a mail and open an exception so a person looks at it."""
    row.kind = row.kind or "quarantined"
    row.processed_at = now
    owner = settings.routing.default_owner
    if row.po_id is not None:
        po = session.get(PurchaseOrder, row.po_id)
        if po is not None and po.buyer_id is not None:
            from agent.models import Buyer

            buyer = session.get(Buyer, po.buyer_id)
            owner = buyer.email if buyer else owner
    if owner in ("buyer", "planners", "finance", "operations_manager"):
        owner = getattr(settings.routing, owner, "") or settings.company.from_address
    exc = POException(
        po_id=row.po_id,
        type=ExceptionType.quarantined,
        priority=Priority(exception_types.kind_of(ExceptionType.quarantined).priority),
        owner=owner,
        state=ExceptionState.open,
        evidence=f"{reason} (from {row.from_addr or 'unknown sender'}, subject "
        f"{row.subject or '(none)'!r}, Message-ID {row.message_id or '(none)'})",
        inbound_message_id=row.id,
        created_at=now,
        updated_at=now,
    )
    session.add(exc)
    session.flush()
    domain.transition(
        session,
        row,
        InboundState.quarantined,
        action="quarantined",
        actor=ACTOR,
        now=now,
        details={"reason": reason, "exception_id": exc.id},
    )
    domain.created(
        session,
        exc,
        action="opened",
        actor=ACTOR,
        now=now,
        details={"type": "quarantined", "inbound_message_id": row.id},
    )
    return exc


@dataclass
class LlmRetrySummary:
    due: int = 0
    applied: int = 0
    rescheduled: int = 0
    gave_up: int = 0
    stopped: int = 0
    failed: int = 0


def retry_llm_readings(
    session_factory: SessionFactory,
    settings: Settings,
    now: datetime,
    *,
    stop: Callable[[], bool] | None = None,
) -> LlmRetrySummary:
    """Read again the stored mail left needs_review because the model could not be asked.

    Such a mail is ``processed`` with kind ``needs_review`` and ``next_attempt_at``
    set (by :func:`agent.workflow.process_inbound`). A worker takes one by moving
    ``next_attempt_at`` past a lease with a conditional UPDATE, so two workers never
    read it at the same time, and one that dies mid-way leaves it due again later.
    """
    from agent import workflow

    summary = LlmRetrySummary()
    if not settings.llm.enabled:
        return summary
    stopped = stop or (lambda: False)
    with session_factory() as session:
        ids = list(
            session.execute(
                select(InboundMessage.id)
                .where(
                    InboundMessage.state == InboundState.processed,
                    InboundMessage.kind == "needs_review",
                    InboundMessage.next_attempt_at.is_not(None),
                    InboundMessage.next_attempt_at <= now,
                )
                .order_by(InboundMessage.next_attempt_at, InboundMessage.id)
            ).scalars()
        )
    summary.due = len(ids)
    for row_id in ids:
        if stopped():
            break
        with session_factory() as session:
            won = session.execute(
                update(InboundMessage)
                .where(
                    InboundMessage.id == row_id,
                    InboundMessage.state == InboundState.processed,
                    InboundMessage.next_attempt_at <= now,
                )
                .values(next_attempt_at=now + CLAIM_LEASE)
                .execution_options(synchronize_session=False)
            ).rowcount
            session.commit()
        if won != 1:
            continue
        with session_factory() as session:
            row = session.get(InboundMessage, row_id)
            if row is None:
                continue
            try:
                outcome = workflow.retry_llm_reading(session, row, load_raw(row), settings, now)
                session.commit()
            except Exception:  # noqa: BLE001 - the mail stays due after the lease
                session.rollback()
                log.exception("re-reading inbound message %s with the model failed", row_id)
                summary.failed += 1
                continue
        setattr(summary, outcome, getattr(summary, outcome) + 1)
    return summary


def target_folder(settings: Settings, row: InboundMessage) -> str:
    if row.state == InboundState.quarantined:
        return settings.imap.quarantine_folder
    kind = row.kind
    if kind == "duplicate" and row.result_json:
        kind = row.result_json.get("original_kind") or kind
    if kind in AUTOMATED_KINDS:
        return settings.imap.auto_reply_folder
    return settings.imap.processed_folder


# --------------------------------------------------------------------- cycle


def _note_uidvalidity(
    session_factory: SessionFactory, account: str, folder: str, uidvalidity: int, now: datetime
) -> None:
    with session_factory() as session:
        state = (
            session.execute(
                select(MailboxState).where(
                    MailboxState.account == account, MailboxState.folder == folder
                )
            )
            .scalars()
            .first()
        )
        if state is None:
            session.add(
                MailboxState(
                    account=account, folder=folder, uidvalidity=uidvalidity, updated_at=now
                )
            )
            try:
                session.commit()
            except IntegrityError:
                session.rollback()
            return
        if state.uidvalidity != uidvalidity:
            audit.record(
                session,
                "mailbox",
                f"{account}/{folder}",
                "uidvalidity_changed",
                str(state.uidvalidity),
                str(uidvalidity),
                ACTOR,
                {},
                at=now,
            )
            log.warning(
                "UIDVALIDITY of %s/%s changed %s -> %s: re-reading the folder, deduplicating by Message-ID",
                account,
                folder,
                state.uidvalidity,
                uidvalidity,
            )
            state.uidvalidity = uidvalidity
            state.last_seen_uid = 0
            state.updated_at = now
            session.commit()


@contextlib.contextmanager
def mailbox_lease(
    session_factory: SessionFactory, account: str, folder: str, *, wait: float = 0.0
) -> Iterator[bool]:
    """One worker per mailbox folder at a time; yields False when another worker has it
    (after trying for up to ``wait`` seconds).

    PostgreSQL: a session advisory lock, released when the connection closes (so a
    killed worker never leaves it behind). SQLite (one host): an flock beside the
    database file. Claims per mail still guard each mail; the lease also makes the
    Message-ID dedupe safe, since two copies are never registered concurrently.
    """
    session = session_factory()
    engine = session.get_bind()
    session.close()
    key = int.from_bytes(
        hashlib.sha256(f"{account}\0{folder}".encode()).digest()[:8], "big", signed=True
    )
    if engine.dialect.name == "postgresql":
        from sqlalchemy import text

        conn = engine.connect()
        try:
            deadline = time.monotonic() + wait
            while True:
                got = bool(
                    conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar()
                )
                conn.commit()
                if got or time.monotonic() >= deadline:
                    break
                time.sleep(0.2)
            try:
                yield got
            finally:
                if got:
                    with contextlib.suppress(Exception):
                        conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                        conn.commit()
        finally:
            conn.close()
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield True
        return
    import fcntl

    # In the temp dir, not beside the database: nothing left in the user's folders.
    where = hashlib.sha256(f"{Path(database).resolve()}\0{key}".encode()).hexdigest()[:16]
    lock_path = Path(tempfile.gettempdir()) / f"poagent-mailbox-{where}.lock"
    with open(lock_path, "a+b") as fh:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    yield False
                    return
                time.sleep(0.2)
        try:
            yield True
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def poll_once(
    mailbox: Mailbox,
    session_factory: SessionFactory,
    settings: Settings,
    now: datetime,
    *,
    worker: str | None = None,
    process: ProcessFn | None = None,
    stop: Callable[[], bool] | None = None,
) -> IngestSummary:
    """One pass over the inbox: store what is new, process what is due, move what is done."""
    with mailbox_lease(session_factory, mailbox.account, settings.imap.folder) as mine:
        if not mine:
            log.info(
                "mailbox %s/%s is being read by another worker",
                mailbox.account,
                settings.imap.folder,
            )
            return IngestSummary(busy=True)
        return _poll(
            mailbox, session_factory, settings, now, worker=worker, process=process, stop=stop
        )


def _poll(
    mailbox: Mailbox,
    session_factory: SessionFactory,
    settings: Settings,
    now: datetime,
    *,
    worker: str | None,
    process: ProcessFn | None,
    stop: Callable[[], bool] | None,
) -> IngestSummary:
    worker = worker or worker_id()
    stopped = stop or (lambda: False)
    summary = IngestSummary()
    account = mailbox.account
    folder = settings.imap.folder
    state = mailbox.select(folder)
    _note_uidvalidity(session_factory, account, folder, state.uidvalidity, now)
    uids = mailbox.search_unprocessed()
    summary.seen = len(uids)

    with session_factory() as session:
        # Only the UIDs now in the folder: the work stays proportional to the inbox,
        # not to every mail ever read.
        known: dict[int, int] = {}
        for start in range(0, len(uids), 500):
            known.update(
                session.execute(
                    select(InboundMessage.uid, InboundMessage.id).where(
                        InboundMessage.account == account,
                        InboundMessage.folder == folder,
                        InboundMessage.uidvalidity == state.uidvalidity,
                        InboundMessage.uid.in_(uids[start : start + 500]),
                    )
                ).all()
            )
    new_uids = [u for u in uids if u not in known]
    for start in range(0, len(new_uids), FETCH_BATCH):
        if stopped():
            return summary
        for mail in mailbox.fetch(new_uids[start : start + FETCH_BATCH]):
            row = register(
                session_factory,
                settings,
                account=account,
                folder=folder,
                uidvalidity=state.uidvalidity,
                uid=mail.uid,
                raw=mail.raw,
                now=now,
            )
            if row is None:
                continue
            summary.new += 1
            if row.kind == "duplicate":
                summary.duplicates += 1

    # Process every due mail of this folder, including retries and mail whose
    # claim died with its process.
    with session_factory() as session:
        due_ids = list(
            session.execute(
                select(InboundMessage.id)
                .where(
                    InboundMessage.account == account,
                    InboundMessage.folder == folder,
                    or_(
                        and_(
                            InboundMessage.state.in_([InboundState.fetched, InboundState.retrying]),
                            or_(
                                InboundMessage.next_attempt_at.is_(None),
                                InboundMessage.next_attempt_at <= now,
                            ),
                        ),
                        InboundMessage.state == InboundState.claimed,
                    ),
                )
                .order_by(InboundMessage.date.is_(None), InboundMessage.date, InboundMessage.id)
            ).scalars()
        )
    for row_id in due_ids:
        if stopped():
            break
        if not claim(session_factory, row_id, now, worker):
            continue
        # A mail that killed the process max_attempts times is quarantined without another try.
        with session_factory() as session:
            row = session.get(InboundMessage, row_id)
            if row is not None and row.attempts > settings.imap.max_attempts:
                quarantine(
                    session,
                    settings,
                    row,
                    now,
                    reason=f"processing did not finish after {row.attempts - 1} attempts",
                )
                row.claimed_by = None
                session.commit()
                summary.quarantined += 1
                continue
        outcome = process_claimed(session_factory, settings, row_id, now, worker, process)
        if outcome == "processed":
            summary.processed += 1
        elif outcome == "retrying":
            summary.retried += 1
        elif outcome == "quarantined":
            summary.quarantined += 1

    summary.moved = move_done(mailbox, session_factory, settings, uids, state.uidvalidity, now)
    with session_factory() as session:
        for kind, _row_id in session.execute(
            select(InboundMessage.kind, InboundMessage.id).where(
                InboundMessage.account == account,
                InboundMessage.folder == folder,
                InboundMessage.id.in_(due_ids),
            )
        ).all():
            summary.kinds[kind or "pending"] = summary.kinds.get(kind or "pending", 0) + 1
    return summary


def move_done(
    mailbox: Mailbox,
    session_factory: SessionFactory,
    settings: Settings,
    uids_in_inbox: Sequence[int],
    uidvalidity: int,
    now: datetime,
) -> int:
    """Move every committed mail still in the inbox to its folder, then record that it moved."""
    account, folder = mailbox.account, settings.imap.folder
    present = set(uids_in_inbox)
    with session_factory() as session:
        rows = list(
            session.execute(
                select(InboundMessage).where(
                    InboundMessage.account == account,
                    InboundMessage.folder == folder,
                    InboundMessage.state.in_([InboundState.processed, InboundState.quarantined]),
                    InboundMessage.mailbox_action_done.is_(False),
                )
            ).scalars()
        )
        by_target: dict[str, list[InboundMessage]] = {}
        gone: list[InboundMessage] = []
        for row in rows:
            if row.uidvalidity == uidvalidity and row.uid in present:
                if row.kind == "duplicate" and row.result_json:
                    # A second copy follows the first: it moves once the first is
                    # finished, to the same folder.
                    original = session.get(InboundMessage, row.result_json.get("duplicate_of"))
                    if original is not None and original.state not in (
                        InboundState.processed,
                        InboundState.quarantined,
                    ):
                        continue
                    target = (
                        target_folder(settings, original)
                        if original is not None
                        else settings.imap.processed_folder
                    )
                    by_target.setdefault(target, []).append(row)
                    continue
                by_target.setdefault(target_folder(settings, row), []).append(row)
            else:
                # Moved before a crash, or its position is void (UIDVALIDITY changed):
                # the copy at the new position is handled as a duplicate.
                gone.append(row)
        for row in gone:
            row.mailbox_action_done = True
        session.commit()
    moved = 0
    for target, group in by_target.items():
        how = mailbox.move([r.uid for r in group], target)
        with session_factory() as session:
            for r in group:
                row = session.get(InboundMessage, r.id)
                if row is None:
                    continue
                row.mailbox_action_done = True
                audit.record(
                    session,
                    "inbound_message",
                    row.id,
                    "mailbox_" + how,
                    None,
                    None,
                    ACTOR,
                    {"folder": target, "uid": row.uid},
                    at=now,
                )
            session.commit()
        moved += len(group)
    return moved
