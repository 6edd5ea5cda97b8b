"""The database schema (SQLModel tables) and the state enums.

The schema itself is created and changed only by the Alembic migrations in
``agent/migrations``; a test compares these models with the migrated schema,
so a column added here without a migration fails CI.

Conventions: money and quantities are ``Decimal`` (``Money`` column), dates
are ``date``, times are timezone-aware UTC (``UTCDateTime``), states are str
Enums stored as plain strings.
"""

from __future__ import annotations

import datetime as dt
import enum
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Text,
    UniqueConstraint,
)
from sqlalchemy.ext.mutable import MutableList
from sqlmodel import Field, SQLModel

from agent.dbtypes import EnumStr, Money, UTCDateTime


def utcnow() -> datetime:
    return datetime.now(UTC)


# ------------------------------------------------------------------------ states


class AckState(enum.StrEnum):
    """Acknowledgment state of a purchase order (a revision returns it to ``new``)."""

    new = "new"
    requested = "requested"
    followed_up = "followed_up"
    acknowledged = "acknowledged"
    partially_acknowledged = "partially_acknowledged"
    escalated = "escalated"


class LineStatus(enum.StrEnum):
    unconfirmed = "unconfirmed"
    accepted = "accepted"
    changed = "changed"
    rejected = "rejected"


class OutboundKind(enum.StrEnum):
    request = "request"
    revision = "revision"
    follow_up = "follow_up"
    escalation = "escalation"
    digest = "digest"


class OutboundState(enum.StrEnum):
    queued = "queued"
    sending = "sending"
    sent = "sent"
    retrying = "retrying"
    failed = "failed"
    cancelled = "cancelled"  # superseded before it was sent (e.g. the PO was revised)


class InboundState(enum.StrEnum):
    fetched = "fetched"
    claimed = "claimed"
    processed = "processed"
    retrying = "retrying"
    quarantined = "quarantined"


class ConfirmationStatus(enum.StrEnum):
    accepted = "accepted"
    changed = "changed"
    partial = "partial"
    rejected = "rejected"


class ConfirmationMethod(enum.StrEnum):
    rules = "rules"
    llm = "llm"
    manual = "manual"


class ExceptionType(enum.StrEnum):
    """The stored value; what each type means is its entry in agent.domain.exception_types."""

    price_variance = "price_variance"
    quantity_short = "quantity_short"
    quantity_over = "quantity_over"
    date_late = "date_late"
    date_early = "date_early"
    line_rejected = "line_rejected"
    undeliverable = "undeliverable"
    no_response_escalation = "no_response_escalation"
    needs_review = "needs_review"
    quarantined = "quarantined"


class Priority(enum.StrEnum):
    high = "high"
    medium = "medium"
    low = "low"


class ExceptionState(enum.StrEnum):
    open = "open"
    acknowledged = "acknowledged"
    resolved = "resolved"
    auto_accepted = "auto_accepted"


class DeliveryState(enum.StrEnum):
    pending = "pending"
    delivered = "delivered"
    failed = "failed"


class AttemptOutcome(enum.StrEnum):
    started = "started"  # committed before talking to the server; stays if the process dies
    sent = "sent"
    temporary_failure = "temporary_failure"
    permanent_failure = "permanent_failure"
    interrupted = "interrupted"  # found "started" after a crash: the server may or may not have it


# ------------------------------------------------------------------ column helpers


def _ts(nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable, index=index))


def _created() -> Any:
    return Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


def _money() -> Any:
    return Field(default=None, sa_column=Column(Money(), nullable=True))


def _json_list() -> Any:
    # MutableList: an in-place append is saved too (plain JSON only notices reassignment).
    return Field(
        default_factory=list, sa_column=Column(MutableList.as_mutable(JSON), nullable=False)
    )


def _json(nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(JSON, nullable=nullable))


def _text() -> Any:
    return Field(default=None, sa_column=Column(Text, nullable=True))


def _state(enum_cls: type[enum.Enum], default: enum.Enum, index: bool = False) -> Any:
    return Field(default=default, sa_column=Column(EnumStr(enum_cls), nullable=False, index=index))


# ------------------------------------------------------------------------ tables


class Supplier(SQLModel, table=True):
    __tablename__ = "suppliers"

    id: str = Field(primary_key=True, max_length=64)  # the supplier code from the ERP
    name: str = Field(max_length=255)
    emails: list[str] = _json_list()  # contacts the request goes to
    domains: list[str] = _json_list()  # mail domains replies may come from
    alternate_emails: list[str] = _json_list()  # learned: other people who answer for them
    locale: str = Field(default="en-US", max_length=35)
    timezone: str | None = Field(default=None, max_length=64)
    tier: str | None = Field(default=None, max_length=16)
    created_at: datetime = _created()
    updated_at: datetime = _created()


class Buyer(SQLModel, table=True):
    __tablename__ = "buyers"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=320, sa_column_kwargs={"unique": True})
    name: str | None = Field(default=None, max_length=255)
    timezone: str | None = Field(default=None, max_length=64)
    created_at: datetime = _created()


class PurchaseOrder(SQLModel, table=True):
    __tablename__ = "purchase_orders"

    id: int | None = Field(default=None, primary_key=True)
    po_number: str = Field(max_length=64, sa_column_kwargs={"unique": True})
    revision: int = Field(default=0)
    supplier_id: str = Field(foreign_key="suppliers.id", max_length=64, index=True)
    buyer_id: int | None = Field(default=None, foreign_key="buyers.id", index=True)
    site: str | None = Field(default=None, max_length=64)
    currency: str = Field(max_length=3)
    issue_date: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    ack_state: AckState = _state(AckState, AckState.new, index=True)
    # sha256 of the PO's content as imported: a different hash on re-import = a revision.
    content_hash: str = Field(max_length=64)
    requested_at: datetime | None = _ts()
    follow_ups_sent: int = Field(default=0)
    next_follow_up_at: datetime | None = _ts(index=True)
    acknowledged_at: datetime | None = _ts()
    escalated_at: datetime | None = _ts()
    # The supplier promised to answer by this date ("we will revert by Friday").
    next_reply_expected: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    # Out-of-office: no follow-ups before this moment.
    snoozed_until: datetime | None = _ts()
    created_at: datetime = _created()
    updated_at: datetime = _created()


class POLine(SQLModel, table=True):
    __tablename__ = "po_lines"
    __table_args__ = (UniqueConstraint("po_id", "line_number", name="uq_po_lines_po_line"),)

    id: int | None = Field(default=None, primary_key=True)
    po_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("purchase_orders.id", ondelete="CASCADE"), nullable=False
        )
    )
    line_number: int
    item: str = Field(max_length=128)
    description: str = Field(default="", sa_column=Column(Text, nullable=False))
    quantity: Decimal = Field(sa_column=Column(Money(), nullable=False))
    uom: str = Field(max_length=16)
    unit_price: Decimal = Field(sa_column=Column(Money(), nullable=False))
    requested_date: date = Field(sa_column=Column(Date, nullable=False))
    criticality: str | None = Field(default=None, max_length=32)
    category: str | None = Field(default=None, max_length=64)
    # The supplier's current promise (from the latest confirmation that addressed the line).
    promised_quantity: Decimal | None = _money()
    promised_price: Decimal | None = _money()
    promised_date: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    line_status: LineStatus = _state(LineStatus, LineStatus.unconfirmed)
    confirmation_version: int | None = Field(default=None)
    updated_at: datetime = _created()


class OutboundMessage(SQLModel, table=True):
    """The outbox: a mail is committed here (with its Message-ID) before it is sent."""

    __tablename__ = "outbound_messages"
    __table_args__ = (Index("ix_outbound_messages_due", "state", "next_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: OutboundKind = _state(OutboundKind, OutboundKind.request)
    po_id: int | None = Field(default=None, foreign_key="purchase_orders.id", index=True)
    # The PO revision this mail is about: a mail for an older revision is never sent.
    po_revision: int | None = Field(default=None)
    buyer_id: int | None = Field(default=None, foreign_key="buyers.id")
    message_id: str = Field(max_length=255, sa_column_kwargs={"unique": True})
    in_reply_to: str | None = Field(default=None, max_length=255)
    references: list[str] = _json_list()
    recipients: list[str] = _json_list()
    subject: str = Field(sa_column=Column(Text, nullable=False))
    body_text: str = Field(sa_column=Column(Text, nullable=False))
    body_html: str | None = _text()
    # True: subject and bodies are written by the sender when it first claims the row
    # (a bulk import defers rendering; see ack_requests.render_pending).
    body_pending: bool | None = Field(default=None)
    state: OutboundState = _state(OutboundState, OutboundState.queued, index=True)
    attempts: int = Field(default=0)
    last_error: str | None = _text()
    next_attempt_at: datetime | None = _ts()
    claimed_by: str | None = Field(default=None, max_length=128)
    claimed_at: datetime | None = _ts()
    sent_at: datetime | None = _ts()
    # "At most once per due moment": e.g. "follow_up:PO123:r0:2", unique when set.
    due_key: str | None = Field(default=None, max_length=255, sa_column_kwargs={"unique": True})
    created_at: datetime = _created()
    updated_at: datetime = _created()


class SendAttempt(SQLModel, table=True):
    __tablename__ = "send_attempts"

    id: int | None = Field(default=None, primary_key=True)
    outbound_id: int = Field(
        sa_column=Column(
            Integer,
            ForeignKey("outbound_messages.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        )
    )
    attempt: int
    message_id: str = Field(max_length=255)
    worker: str | None = Field(default=None, max_length=128)
    started_at: datetime = _created()
    finished_at: datetime | None = _ts()
    outcome: AttemptOutcome = _state(AttemptOutcome, AttemptOutcome.started)
    smtp_code: int | None = Field(default=None)
    detail: str | None = _text()


class SuppressedAddress(SQLModel, table=True):
    """An address that bounced permanently: nothing more is sent to it."""

    __tablename__ = "suppressed_addresses"

    address: str = Field(primary_key=True, max_length=320)
    reason: str | None = _text()
    source_message_id: str | None = Field(default=None, max_length=255)
    at: datetime = _created()


class InboundMessage(SQLModel, table=True):
    __tablename__ = "inbound_messages"
    __table_args__ = (
        UniqueConstraint(
            "account", "folder", "uidvalidity", "uid", name="uq_inbound_mailbox_position"
        ),
        Index("ix_inbound_messages_due", "state", "next_attempt_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    account: str = Field(max_length=255)
    folder: str = Field(max_length=255)
    # IMAP UIDs and UIDVALIDITY are unsigned 32-bit: too big for a signed INTEGER.
    uidvalidity: int = Field(sa_column=Column(BigInteger, nullable=False))
    uid: int = Field(sa_column=Column(BigInteger, nullable=False))
    message_id: str | None = Field(default=None, max_length=998, index=True)
    sha256: str = Field(max_length=64, index=True)
    raw: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    store_path: str | None = _text()
    size: int = Field(default=0)
    from_addr: str | None = Field(default=None, max_length=320)
    subject: str | None = _text()
    date: datetime | None = _ts()
    state: InboundState = _state(InboundState, InboundState.fetched, index=True)
    attempts: int = Field(default=0)
    next_attempt_at: datetime | None = _ts()
    last_error: str | None = _text()
    claimed_by: str | None = Field(default=None, max_length=128)
    claimed_at: datetime | None = _ts()
    kind: str | None = Field(default=None, max_length=32)  # classification / extraction kind
    po_id: int | None = Field(default=None, foreign_key="purchase_orders.id", index=True)
    result_json: dict[str, Any] | None = _json()
    # The IMAP move/flag happens only after the database commit; this records it happened.
    mailbox_action_done: bool = Field(
        default=False, sa_column=Column(Boolean, nullable=False, default=False)
    )
    created_at: datetime = _created()
    processed_at: datetime | None = _ts()


class Confirmation(SQLModel, table=True):
    __tablename__ = "confirmations"
    __table_args__ = (UniqueConstraint("po_id", "version", name="uq_confirmations_po_version"),)

    id: int | None = Field(default=None, primary_key=True)
    po_id: int = Field(foreign_key="purchase_orders.id", index=True)
    inbound_message_id: int | None = Field(default=None, foreign_key="inbound_messages.id")
    version: int
    po_revision: int = Field(default=0)
    status: ConfirmationStatus = _state(ConfirmationStatus, ConfirmationStatus.accepted)
    method: ConfirmationMethod = _state(ConfirmationMethod, ConfirmationMethod.rules)
    supplier_reference: str | None = Field(default=None, max_length=128)
    created_at: datetime = _created()
    superseded_at: datetime | None = _ts()


class ConfirmationLine(SQLModel, table=True):
    __tablename__ = "confirmation_lines"
    __table_args__ = (
        UniqueConstraint("confirmation_id", "line_number", name="uq_confirmation_lines_line"),
    )

    id: int | None = Field(default=None, primary_key=True)
    confirmation_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("confirmations.id", ondelete="CASCADE"), nullable=False
        )
    )
    line_number: int
    status: LineStatus = _state(LineStatus, LineStatus.unconfirmed)
    quantity: Decimal | None = _money()
    unit_price: Decimal | None = _money()
    currency: str | None = Field(default=None, max_length=3)
    date: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    date_kind: str | None = Field(default=None, max_length=16)  # "delivery" | "ship"
    schedule: list[dict[str, Any]] | None = _json()  # [{"quantity": "20", "date": "2026-12-20"}]
    reason: str | None = _text()
    evidence: str | None = _text()


class POException(SQLModel, table=True):
    """An exception for a person to look at (called ``exceptions`` in the database)."""

    __tablename__ = "exceptions"
    __table_args__ = (Index("ix_exceptions_owner_state", "owner", "state"),)

    id: int | None = Field(default=None, primary_key=True)
    po_id: int | None = Field(default=None, foreign_key="purchase_orders.id", index=True)
    line_number: int | None = Field(default=None)
    type: ExceptionType = _state(ExceptionType, ExceptionType.needs_review)
    po_value: str | None = Field(default=None, max_length=255)
    confirmed_value: str | None = Field(default=None, max_length=255)
    value_at_risk: Decimal | None = _money()
    evidence: str | None = _text()
    priority: Priority = _state(Priority, Priority.medium)
    owner: str | None = Field(default=None, max_length=320)
    state: ExceptionState = _state(ExceptionState, ExceptionState.open, index=True)
    action: str | None = _text()
    root_cause: str | None = _text()
    note: str | None = _text()
    inbound_message_id: int | None = Field(default=None, foreign_key="inbound_messages.id")
    confirmation_id: int | None = Field(default=None, foreign_key="confirmations.id")
    created_at: datetime = _created()
    updated_at: datetime = _created()
    resolved_at: datetime | None = _ts()


class AuditLog(SQLModel, table=True):
    """Append-only: every state change, written in the same transaction as the change."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _created()
    actor: str = Field(max_length=128)
    entity: str = Field(max_length=64)
    entity_id: str = Field(max_length=255)
    action: str = Field(max_length=64)
    from_state: str | None = Field(default=None, max_length=64)
    to_state: str | None = Field(default=None, max_length=64)
    details: dict[str, Any] | None = _json()


class LlmCall(SQLModel, table=True):
    __tablename__ = "llm_calls"
    __table_args__ = (Index("ix_llm_calls_supplier_created", "supplier_id", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    message_hash: str = Field(max_length=64, index=True)
    supplier_id: str | None = Field(default=None, max_length=64)
    model: str = Field(max_length=128)
    prompt_tokens: int = Field(default=0)
    completion_tokens: int = Field(default=0)
    latency_ms: int = Field(default=0)
    outcome: str = Field(max_length=32)
    response_json: dict[str, Any] | None = _json()
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False, index=True)
    )


class WebhookDelivery(SQLModel, table=True):
    __tablename__ = "webhook_deliveries"

    id: int | None = Field(default=None, primary_key=True)
    confirmation_id: int | None = Field(default=None, foreign_key="confirmations.id", index=True)
    idempotency_key: str = Field(max_length=255, sa_column_kwargs={"unique": True})
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    state: DeliveryState = _state(DeliveryState, DeliveryState.pending, index=True)
    attempts: int = Field(default=0)
    next_attempt_at: datetime | None = _ts()
    last_error: str | None = _text()
    delivered_at: datetime | None = _ts()
    created_at: datetime = _created()
    # Which [connectors.NAME] (or the [writeback] webhook/export shorthands) this row is for.
    connector: str = Field(default="webhook", max_length=64)
    # The rendered document (body, filename, media_type, control_number), frozen at enqueue.
    document: dict[str, Any] | None = _json()


class ControlNumber(SQLModel, table=True):
    """The last interchange control number handed out per sender (X12 ISA13, EDIFACT UNB05)."""

    __tablename__ = "edi_control_numbers"

    id: int | None = Field(default=None, primary_key=True)
    scope: str = Field(max_length=255, sa_column_kwargs={"unique": True})
    last_value: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    updated_at: datetime = _created()


class MailboxState(SQLModel, table=True):
    __tablename__ = "mailbox_state"
    __table_args__ = (UniqueConstraint("account", "folder", name="uq_mailbox_state_folder"),)

    id: int | None = Field(default=None, primary_key=True)
    account: str = Field(max_length=255)
    folder: str = Field(max_length=255)
    uidvalidity: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    last_seen_uid: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    updated_at: datetime = _created()


# ------------------------------------------------------------------ web console


class WebRole(enum.StrEnum):
    buyer = "buyer"  # acts on the exceptions they own
    lead = "lead"  # acts on every exception, sees the overview
    admin = "admin"


class WebUser(SQLModel, table=True):
    """A person who may sign in to the web console (``poagent user add``)."""

    __tablename__ = "web_users"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=320, sa_column_kwargs={"unique": True})
    # argon2 hash; None = signs in only through the trusted reverse-proxy header.
    password_hash: str | None = _text()
    role: WebRole = _state(WebRole, WebRole.buyer)
    active: bool = Field(default=True, sa_column=Column(Boolean, nullable=False, default=True))
    created_at: datetime = _created()
    last_login_at: datetime | None = _ts()


class LabelledExample(SQLModel, table=True):
    """A reply a person read and labelled in the console (``poagent examples export``)."""

    __tablename__ = "labelled_examples"

    id: int | None = Field(default=None, primary_key=True)
    inbound_message_id: int = Field(foreign_key="inbound_messages.id", index=True)
    supplier_id: str | None = Field(default=None, max_length=64, index=True)
    # The corpus files (FORMAT.md): the POs as they were, and the ground truth.
    pos: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    expected: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_by: str = Field(max_length=320)
    created_at: datetime = _created()
