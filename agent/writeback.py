"""Write-back of confirmations to the ERP: a delivery row per connector and confirmation version.

Flow: the workflow stores a new confirmation version and, in the same
transaction, calls :func:`enqueue_confirmation`, which freezes the JSON
payload and, for every configured connector (connectors/: the
``[writeback]`` webhook and file export, and each ``[connectors.NAME]``), the
rendered document into a ``webhook_deliveries`` row keyed by
``<po_number>:r<revision>:v<version>`` (plus ``@NAME`` for every connector
but the webhook). :func:`deliver_due` (a scheduler job, and ``poagent
writeback --retry``) claims due rows with a conditional UPDATE (a lease, so
two workers never send the same row at once and a worker that dies mid-send
is retried after the lease), hands the document to the connector's transport
(folder, SFTP, HTTP POST), then records the outcome. Errors and timeouts retry with
exponential backoff; after ``max_attempts`` (or on a 4xx the receiver will
never accept) the row is ``failed`` and stays for ``poagent writeback --retry``.

Delivery is at least once; the idempotency key (also the file name) makes it
applied once on the receiving side.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, event, or_, update
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, select

from agent import audit
from agent.config import Settings
from agent.models import (
    Buyer,
    Confirmation,
    ConfirmationLine,
    DeliveryState,
    LineStatus,
    POLine,
    PurchaseOrder,
    Supplier,
    WebhookDelivery,
)

log = logging.getLogger(__name__)

EVENT = "confirmation.version"
# Longest a claimed row stays invisible to other workers before it counts as abandoned.
LEASE_EXTRA_SECONDS = 60.0
MAX_BACKOFF_SECONDS = 6 * 3600.0


def idempotency_key(po_number: str, revision: int, version: int) -> str:
    return f"{po_number}:r{revision}:v{version}"


def enabled(settings: Settings) -> bool:
    return bool(outbound(settings))


@dataclass(frozen=True)
class Outbound:
    """One configured destination: a connector format, its partner and its transport."""

    name: str
    format: str
    transport: str  # folder | sftp | http
    partner_name: str = ""
    folder: str = ""
    url: str = ""
    settings: Any = None  # the ConnectorSettings, for SFTP and secrets (None: [writeback])

    def row_key(self, key: str) -> str:
        # The webhook keeps the bare key it always had; every other connector has its own row.
        return key if self.name == WEBHOOK else f"{key}@{self.name}"


WEBHOOK = "webhook"
FILE_EXPORT = "file"


def outbound(settings: Settings) -> dict[str, Outbound]:
    """Every enabled destination by name: the [writeback] shorthands, then [connectors]."""
    wb = settings.writeback
    found: dict[str, Outbound] = {}
    if wb.export_dir:
        found[FILE_EXPORT] = Outbound(FILE_EXPORT, "json", "folder", folder=wb.export_dir)
    if wb.webhook_url:
        found[WEBHOOK] = Outbound(WEBHOOK, "json", "http", url=wb.webhook_url)
    for name, conn in getattr(settings, "connectors", {}).items():
        if conn.enabled:
            found[name] = Outbound(name, conn.format, conn.transport, conn.partner,
                                   conn.folder, conn.url, conn)  # fmt: skip
    return found


def _partner(settings: Settings, name: str) -> Any:
    from agent.config import PartnerSettings

    return settings.partners.get(name) if name else PartnerSettings()


def _s(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "value"):  # enums
        return str(value.value)
    return str(value)


def _num(value: Any) -> str | None:
    return None if value is None else format(value, "f")


def confirmation_payload(session: Session, confirmation: Confirmation) -> dict[str, Any]:
    """The JSON document sent for one confirmation version (values as exact strings)."""
    po = session.get(PurchaseOrder, confirmation.po_id)
    if po is None:
        raise ValueError(f"confirmation {confirmation.id} refers to a missing purchase order")
    supplier = session.get(Supplier, po.supplier_id)
    buyer = session.get(Buyer, po.buyer_id) if po.buyer_id is not None else None
    ordered = {
        ln.line_number: ln for ln in session.exec(select(POLine).where(POLine.po_id == po.id)).all()
    }
    lines = session.exec(
        select(ConfirmationLine)
        .where(ConfirmationLine.confirmation_id == confirmation.id)
        .order_by(ConfirmationLine.line_number)  # type: ignore[arg-type]
    ).all()
    previous = session.exec(
        select(Confirmation.version)
        .where(Confirmation.po_id == po.id, Confirmation.version < confirmation.version)
        .order_by(Confirmation.version.desc())  # type: ignore[attr-defined]
    ).first()
    out_lines = []
    for ln in lines:
        po_line = ordered.get(ln.line_number)
        out_lines.append(
            {
                "line": ln.line_number,
                "item": po_line.item if po_line else None,
                "status": _s(ln.status),
                "quantity": _num(ln.quantity),
                "unit_price": _num(ln.unit_price),
                "currency": ln.currency or po.currency,
                "date": ln.date.isoformat() if ln.date else None,
                "date_kind": ln.date_kind,
                "schedule": ln.schedule or None,
                "reason": ln.reason,
                "evidence": ln.evidence,
                "ordered": None
                if po_line is None
                else {
                    "quantity": _num(po_line.quantity),
                    "uom": po_line.uom,
                    "unit_price": _num(po_line.unit_price),
                    "requested_date": po_line.requested_date.isoformat(),
                },
            }
        )
    return {
        "event": EVENT,
        "idempotency_key": idempotency_key(
            po.po_number, confirmation.po_revision, confirmation.version
        ),
        "po_number": po.po_number,
        "po_revision": confirmation.po_revision,
        "confirmation_version": confirmation.version,
        "supersedes_version": previous,
        "status": _s(confirmation.status),
        "method": _s(confirmation.method),
        "supplier": {"id": po.supplier_id, "name": supplier.name if supplier else None},
        "buyer": buyer.email if buyer else None,
        "currency": po.currency,
        "supplier_reference": confirmation.supplier_reference,
        "confirmed_at": confirmation.created_at.isoformat() if confirmation.created_at else None,
        "issue_date": po.issue_date.isoformat() if po.issue_date else None,
        "po_line_count": len(ordered),
        "lines": out_lines,
    }


def enqueue_confirmation(
    session: Session,
    confirmation: Confirmation,
    settings: Settings,
    *,
    now: datetime | None = None,
    actor: str = "system",
) -> WebhookDelivery | None:
    """Queue write-back of a newly stored confirmation version (same transaction).

    One row per configured connector; returns the first (None when no write-back
    is configured). Calling it twice for the same version returns the existing
    rows: the keys are unique.
    """
    rows = enqueue_all(session, confirmation, settings, now=now, actor=actor)
    return rows[0] if rows else None


def enqueue_all(
    session: Session,
    confirmation: Confirmation,
    settings: Settings,
    *,
    now: datetime | None = None,
    actor: str = "system",
) -> list[WebhookDelivery]:
    from connectors import control_numbers, registry
    from connectors.base import RenderContext

    targets = outbound(settings)
    if not targets:
        return []
    if confirmation.id is None:
        session.flush()
    now = now or datetime.now(UTC)
    payload = confirmation_payload(session, confirmation)
    key = payload["idempotency_key"]
    rows: list[WebhookDelivery] = []
    for target in targets.values():
        row_key = target.row_key(key)
        existing = session.exec(
            select(WebhookDelivery).where(WebhookDelivery.idempotency_key == row_key)
        ).first()
        if existing is not None:
            rows.append(existing)
            continue
        ctx = RenderContext(
            now=now,
            next_number=lambda scope: control_numbers.next_number(session, scope, now),
            partner_name=target.partner_name,
        )
        state, error, document = DeliveryState.pending, None, None
        try:
            doc = registry.get(target.format).render(
                payload, _partner(settings, target.partner_name), ctx
            )
            document = doc.to_json()
        except Exception as exc:  # noqa: BLE001 - a broken connector must not lose the confirmation
            state, error = DeliveryState.failed, f"render {target.format}: {exc}"
            log.error("write-back %s via %s: %s", key, target.name, error)
        row = WebhookDelivery(
            confirmation_id=confirmation.id,
            idempotency_key=row_key,
            payload=payload,
            connector=target.name,
            document=document,
            state=state,
            attempts=0,
            next_attempt_at=now if state == DeliveryState.pending else None,
            last_error=error,
            created_at=now,
        )
        session.add(row)
        session.flush()
        if state == DeliveryState.pending:
            # Told to this process's listeners once the transaction commits (see on_queued).
            session.info[_QUEUED_FLAG] = True
        details: dict[str, Any] = {"idempotency_key": row_key, "po_number": payload["po_number"],
                                   "connector": target.name}  # fmt: skip
        if document and document.get("control_number"):
            details["control_number"] = document["control_number"]
        if error:
            details["error"] = error
        audit.record(session, "webhook_delivery", row.id, "queued" if not error else "failed",
                     None, state, actor, details, at=now)  # fmt: skip
        rows.append(row)
    return rows


# ---------------------------------------------------------------------- wake-ups
#
# A committed delivery row is due at once; the daemon's write-back job would only find
# it at its next interval. Listeners (the daemon's wake-up) are told right after the
# commit that queued one, in the committing thread. It is only a hint to run
# deliver_due sooner: the rows decide what is due, a rolled-back transaction tells
# nobody, and a hint lost to a crash leaves the row for the next interval.

_QUEUED_FLAG = "poagent.writeback_queued"
_listeners: list[Callable[[], None]] = []
_listeners_lock = threading.Lock()


def on_queued(listener: Callable[[], None]) -> Callable[[], None]:
    """Call ``listener()`` after each commit (in this process) that queued a delivery.

    The listener runs inside ``Session.commit()`` of whoever committed: it must be
    quick and must not touch the database. Returns a function that removes it.
    """
    with _listeners_lock:
        _listeners.append(listener)

    def remove() -> None:
        with _listeners_lock:
            if listener in _listeners:
                _listeners.remove(listener)

    return remove


@event.listens_for(OrmSession, "after_commit")
def _tell_listeners(session: OrmSession) -> None:
    if not session.info.pop(_QUEUED_FLAG, False):
        return
    with _listeners_lock:
        listeners = list(_listeners)
    for listener in listeners:
        try:
            listener()
        except Exception:  # noqa: BLE001 - the commit already happened; a hint may fail
            log.exception("write-back wake-up listener failed")


@event.listens_for(OrmSession, "after_transaction_end")
def _forget_queued(session: OrmSession, transaction: Any) -> None:
    # Rolled back or closed without a commit (after_commit, when it comes, comes first).
    if transaction.parent is None:
        session.info.pop(_QUEUED_FLAG, None)


# ---------------------------------------------------------------------- delivery


@dataclass
class DeliverySummary:
    attempted: int = 0
    delivered: int = 0
    retrying: int = 0
    failed: int = 0
    # Due, but held back until an earlier version of the same PO is delivered.
    waiting: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"write-back: {self.delivered} delivered, {self.retrying} to retry, "
            f"{self.failed} failed ({self.attempted} attempts"
            + (f", {self.waiting} waiting for an earlier version" if self.waiting else "")
            + ")"
        )


def backoff_seconds(settings: Settings, attempts: int) -> float:
    base = settings.writeback.retry_base_seconds
    return min(base * (2 ** max(attempts - 1, 0)), MAX_BACKOFF_SECONDS)


def _claim(
    session_factory: Any, row_id: int, seen_attempts: int, now: datetime, lease: float
) -> bool:
    with session_factory() as session:
        result = session.execute(
            update(WebhookDelivery)
            .where(
                WebhookDelivery.id == row_id,
                WebhookDelivery.state == DeliveryState.pending,
                WebhookDelivery.attempts == seen_attempts,
                or_(
                    WebhookDelivery.next_attempt_at.is_(None),  # type: ignore[union-attr]
                    WebhookDelivery.next_attempt_at <= now,  # type: ignore[operator]
                ),
            )
            .values(attempts=seen_attempts + 1, next_attempt_at=now + timedelta(seconds=lease))
        )
        session.commit()
        return result.rowcount == 1


def _due_ids(session_factory: Any, now: datetime, limit: int) -> list[tuple[int, int]]:
    with session_factory() as session:
        rows = session.exec(
            select(WebhookDelivery.id, WebhookDelivery.attempts)
            .where(
                and_(
                    WebhookDelivery.state == DeliveryState.pending,
                    or_(
                        WebhookDelivery.next_attempt_at.is_(None),  # type: ignore[union-attr]
                        WebhookDelivery.next_attempt_at <= now,  # type: ignore[operator]
                    ),
                )
            )
            .order_by(WebhookDelivery.id)  # type: ignore[arg-type]
            .limit(limit)
        ).all()
        return [(int(r[0]), int(r[1])) for r in rows]


def _waits_for_earlier(session: Any, row: WebhookDelivery) -> bool:
    """True while an earlier version of the same PO is not delivered yet.

    Versions of one PO go out in order, so a receiver never gets version 2 and
    then, after a retry, the older version 1 on top of it.
    """
    if row.confirmation_id is None:
        return False
    po_of_row = (
        select(Confirmation.po_id).where(Confirmation.id == row.confirmation_id).scalar_subquery()
    )
    earlier = session.exec(
        select(WebhookDelivery.id)
        .join(Confirmation, Confirmation.id == WebhookDelivery.confirmation_id)  # type: ignore[arg-type]
        .where(
            Confirmation.po_id == po_of_row,
            WebhookDelivery.connector == row.connector,
            WebhookDelivery.id < row.id,  # type: ignore[operator]
            WebhookDelivery.state != DeliveryState.delivered,
        )
        .limit(1)
    ).first()
    return earlier is not None


WAITING = "waiting"


def _to_send(session_factory: Any, row_id: int) -> tuple[Any, Any, str] | str | None:
    """The row's payload, document and connector; WAITING while an earlier version of its PO
    is undelivered; None when the row is gone. One session: this is on the way of every
    confirmation to the ERP. (The three values never change once the row is queued, so
    reading them before the claim is reading them after it.)"""
    with session_factory() as session:
        row = session.get(WebhookDelivery, row_id)
        if row is None:
            return None
        if _waits_for_earlier(session, row):
            return WAITING
        return row.payload, row.document, row.connector


def deliver_due(
    session_factory: Any,
    settings: Settings,
    now: datetime | None = None,
    *,
    limit: int = 500,
    actor: str = "writeback",
    client: Any = None,
) -> DeliverySummary:
    """Send every due row once through its connector's transport and record the outcome.

    ``client``: an ``httpx.Client`` kept across runs (the daemon's: building one costs
    tens of milliseconds, on the path of every confirmation); by default one per run.
    """
    now = now or datetime.now(UTC)
    summary = DeliverySummary()
    wb = settings.writeback
    targets = outbound(settings)
    if not targets:
        return summary
    lease = wb.timeout_seconds * 3 + LEASE_EXTRA_SECONDS
    own_client = client is None and any(t.transport == "http" for t in targets.values())
    if own_client:
        client = new_http_client(settings)
    try:
        for row_id, attempts in _due_ids(session_factory, now, limit):
            held = _to_send(session_factory, row_id)
            if held == WAITING:
                summary.waiting += 1
                continue
            if held is None or not _claim(session_factory, row_id, attempts, now, lease):
                continue  # gone, or another worker has it
            payload, document, name = held
            attempt = attempts + 1
            summary.attempted += 1
            target = targets.get(name)
            if target is None:
                result_ok, retryable, error, status_code = (
                    False, False, f"connector {name!r} is no longer configured", None,
                )  # fmt: skip
            else:
                result = send(target, settings, payload, document, attempt, client)
                result_ok, retryable, error, status_code = (
                    result.ok, result.retryable, result.error, result.status_code,
                )  # fmt: skip
            _finish(
                session_factory,
                settings,
                row_id,
                attempt,
                result_ok,
                retryable,
                error,
                status_code,
                now,
                actor,
                summary,
            )
    finally:
        if own_client:
            client.close()
    return summary


def send(
    target: Outbound,
    settings: Settings,
    payload: dict[str, Any],
    document: dict[str, Any] | None,
    attempt: int,
    client: Any = None,
) -> Any:
    """One attempt at one row through its transport; never raises for delivery trouble."""
    from agent.config import ConfigError
    from connectors import registry, transports
    from connectors.base import Document
    from connectors.json_doc import JsonConnector
    from connectors.webhook import DeliveryResult

    wb = settings.writeback
    if document is not None:
        doc = Document.from_json(document)
    else:  # rows queued before connectors existed held only the JSON payload
        doc = JsonConnector().render(payload, _partner(settings, ""), None)  # type: ignore[arg-type]
    key = payload["idempotency_key"]
    connector = registry.get(target.format)
    try:
        doc = connector.finalize(doc, _partner(settings, target.partner_name), target.partner_name)
    except ConfigError as exc:  # a secret named in the config is missing: fix, then --retry
        return DeliveryResult(False, None, exc.problems[0], False, 0.0)
    if target.transport == "folder":
        return transports.to_folder(target.folder, doc)
    conn = target.settings
    if target.transport == "http":
        try:
            if conn is None:
                secret_obj = wb.webhook_secret()
            else:
                secret_obj = conn.secret(target.name) if target.format == "json" else None
        except ConfigError as exc:
            return DeliveryResult(False, None, exc.problems[0], False, 0.0)
        secret = secret_obj.reveal().encode("utf-8") if secret_obj is not None else None
        return transports.to_http(
            target.url, doc, idempotency_key=key, attempt=attempt,
            timeout=wb.timeout_seconds, secret=secret, client=client,
            check=connector.check_response,
        )  # fmt: skip
    try:
        password = conn.sftp_password(target.name)
    except ConfigError as exc:
        return DeliveryResult(False, None, exc.problems[0], False, 0.0)
    return transports.to_sftp(
        doc, host=conn.sftp_host, port=conn.sftp_port, username=conn.sftp_username,
        known_hosts=conn.sftp_known_hosts, directory=conn.sftp_dir,
        password=password.reveal() if password is not None else None,
        key_file=conn.sftp_key_file or None, timeout=wb.timeout_seconds,
    )  # fmt: skip


def warm_up(settings: Settings) -> None:
    """Import the connectors a confirmation is rendered and sent with (the daemon, at start),
    so the first confirmation after a start does not wait for them."""
    if not outbound(settings):
        return
    from connectors import control_numbers, registry, transports  # noqa: F401
    from connectors.base import Document, RenderContext  # noqa: F401

    registry.formats()


def new_http_client(settings: Settings) -> Any:
    """The ``httpx.Client`` webhook POSTs go through (each POST sets its own timeout)."""
    import httpx

    return httpx.Client(
        timeout=httpx.Timeout(settings.writeback.timeout_seconds), follow_redirects=False
    )


def _finish(
    session_factory: Any,
    settings: Settings,
    row_id: int,
    attempt: int,
    ok: bool,
    retryable: bool,
    error: str | None,
    status_code: int | None,
    now: datetime,
    actor: str,
    summary: DeliverySummary,
) -> None:
    with session_factory() as session:
        row = session.get(WebhookDelivery, row_id)
        assert row is not None
        before = row.state
        details: dict[str, Any] = {"attempt": attempt, "idempotency_key": row.idempotency_key,
                                   "connector": row.connector}  # fmt: skip
        if status_code is not None:
            details["status_code"] = status_code
        if ok:
            row.state = DeliveryState.delivered
            row.delivered_at = now
            row.next_attempt_at = None
            row.last_error = None
            summary.delivered += 1
            action = "delivered"
        else:
            row.last_error = error
            details["error"] = error
            if retryable and attempt < settings.writeback.max_attempts:
                row.next_attempt_at = now + timedelta(seconds=backoff_seconds(settings, attempt))
                details["next_attempt_at"] = row.next_attempt_at
                summary.retrying += 1
                action = "attempt_failed"
            else:
                row.state = DeliveryState.failed
                row.next_attempt_at = None
                summary.failed += 1
                action = "failed"
            summary.errors.append(f"{row.idempotency_key}: {error}")
            log.warning("write-back %s attempt %d: %s", row.idempotency_key, attempt, error)
        session.add(row)
        audit.record(
            session, "webhook_delivery", row.id, action, before, row.state, actor, details, at=now
        )
        session.commit()


def requeue(session_factory: Any, now: datetime | None = None, *, actor: str = "cli") -> int:
    """Make failed rows, and pending rows waiting for backoff, due now. Returns how many."""
    now = now or datetime.now(UTC)
    count = 0
    with session_factory() as session:
        rows = session.exec(
            select(WebhookDelivery).where(
                WebhookDelivery.state.in_([DeliveryState.failed, DeliveryState.pending])  # type: ignore[attr-defined]
            )
        ).all()
        for row in rows:
            before = row.state
            details = {"previous_attempts": row.attempts, "last_error": row.last_error}
            if row.state == DeliveryState.failed:
                # A fresh series of attempts: the operator fixed (or wants to re-test) the endpoint.
                row.attempts = 0
            row.state = DeliveryState.pending
            row.next_attempt_at = now
            session.add(row)
            audit.record(
                session,
                "webhook_delivery",
                row.id,
                "retry_requested",
                before,
                row.state,
                actor,
                details,
                at=now,
            )
            count += 1
        session.commit()
    return count


# ------------------------------------------------------------------------ export


def export_rows(session: Session, since: date | datetime | None = None) -> list[dict[str, Any]]:
    """Confirmed PO lines (current promise per line) whose confirmation is on/after ``since``.

    The values are each line's current promise (``po_lines.promised_*``), which is
    what the ERP should hold: the latest version that addressed the line, or the
    value a buyer accepted.
    """
    if isinstance(since, date) and not isinstance(since, datetime):
        since = datetime(since.year, since.month, since.day, tzinfo=UTC)
    query = (
        select(POLine, PurchaseOrder, Confirmation)
        .join(PurchaseOrder, PurchaseOrder.id == POLine.po_id)  # type: ignore[arg-type]
        .join(
            Confirmation,
            and_(
                Confirmation.po_id == PurchaseOrder.id,
                Confirmation.version == POLine.confirmation_version,
            ),
        )
        .where(POLine.line_status != LineStatus.unconfirmed)
        .order_by(PurchaseOrder.po_number, POLine.line_number)  # type: ignore[arg-type]
    )
    if since is not None:
        query = query.where(Confirmation.created_at >= since)  # type: ignore[operator]
    rows: list[dict[str, Any]] = []
    line_cache: dict[int, dict[int, ConfirmationLine]] = {}
    for po_line, po, conf in session.exec(query).all():
        if conf.id not in line_cache:
            line_cache[conf.id] = {  # type: ignore[index]
                cl.line_number: cl
                for cl in session.exec(
                    select(ConfirmationLine).where(ConfirmationLine.confirmation_id == conf.id)
                ).all()
            }
        conf_line = line_cache[conf.id].get(po_line.line_number)  # type: ignore[index]
        rows.append(
            {
                "po_number": po.po_number,
                "po_revision": po.revision,
                "line": po_line.line_number,
                "item": po_line.item,
                "supplier_id": po.supplier_id,
                "status": _s(po_line.line_status),
                "confirmed_quantity": po_line.promised_quantity,
                "uom": po_line.uom,
                "unit_price": po_line.promised_price,
                "currency": (
                    conf_line.currency if conf_line and conf_line.currency else po.currency
                ),
                "confirmed_date": po_line.promised_date,
                "date_kind": conf_line.date_kind if conf_line else None,
                "supplier_reference": conf.supplier_reference,
                "confirmation_version": conf.version,
                "confirmed_at": conf.created_at,
            }
        )
    return rows


def count_by_state(session: Session, connector: str | None = None) -> dict[str, int]:
    """Delivery rows by state (of one connector, e.g. "webhook", when given)."""
    out = {s.value: 0 for s in DeliveryState}
    query = select(WebhookDelivery.state)
    if connector is not None:
        query = query.where(WebhookDelivery.connector == connector)
    rows: Iterable[Any] = session.exec(query).all()
    for state in rows:
        value = state.value if hasattr(state, "value") else str(state)
        out[value] = out.get(value, 0) + 1
    return out
