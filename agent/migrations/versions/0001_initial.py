"""Initial schema: suppliers, buyers, POs and lines, outbox, inbox, confirmations,
exceptions, audit log, LLM calls, webhook deliveries, mailbox state.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from agent.dbtypes import Money, UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _ts(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, UTCDateTime(), nullable=nullable)


def _state(name: str) -> sa.Column:
    return sa.Column(name, sa.String(32), nullable=False)


def upgrade() -> None:
    op.create_table(
        "suppliers",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("emails", sa.JSON(), nullable=False),
        sa.Column("domains", sa.JSON(), nullable=False),
        sa.Column("alternate_emails", sa.JSON(), nullable=False),
        sa.Column("locale", sa.String(35), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=True),
        sa.Column("tier", sa.String(16), nullable=True),
        _ts("created_at", False),
        _ts("updated_at", False),
    )
    op.create_table(
        "buyers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.String(320), nullable=False, unique=True),
        sa.Column("name", sa.String(255), nullable=True),
        sa.Column("timezone", sa.String(64), nullable=True),
        _ts("created_at", False),
    )
    op.create_table(
        "purchase_orders",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("po_number", sa.String(64), nullable=False, unique=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("supplier_id", sa.String(64), sa.ForeignKey("suppliers.id"), nullable=False),
        sa.Column("buyer_id", sa.Integer(), sa.ForeignKey("buyers.id"), nullable=True),
        sa.Column("site", sa.String(64), nullable=True),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=True),
        _state("ack_state"),
        sa.Column("content_hash", sa.String(64), nullable=False),
        _ts("requested_at"),
        sa.Column("follow_ups_sent", sa.Integer(), nullable=False),
        _ts("next_follow_up_at"),
        _ts("acknowledged_at"),
        _ts("escalated_at"),
        sa.Column("next_reply_expected", sa.Date(), nullable=True),
        _ts("snoozed_until"),
        _ts("created_at", False),
        _ts("updated_at", False),
    )
    op.create_index("ix_purchase_orders_supplier_id", "purchase_orders", ["supplier_id"])
    op.create_index("ix_purchase_orders_buyer_id", "purchase_orders", ["buyer_id"])
    op.create_index("ix_purchase_orders_ack_state", "purchase_orders", ["ack_state"])
    op.create_index(
        "ix_purchase_orders_next_follow_up_at", "purchase_orders", ["next_follow_up_at"]
    )

    op.create_table(
        "po_lines",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "po_id",
            sa.Integer(),
            sa.ForeignKey("purchase_orders.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("line_number", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(128), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity", Money(), nullable=False),
        sa.Column("uom", sa.String(16), nullable=False),
        sa.Column("unit_price", Money(), nullable=False),
        sa.Column("requested_date", sa.Date(), nullable=False),
        sa.Column("criticality", sa.String(32), nullable=True),
        sa.Column("category", sa.String(64), nullable=True),
        sa.Column("promised_quantity", Money(), nullable=True),
        sa.Column("promised_price", Money(), nullable=True),
        sa.Column("promised_date", sa.Date(), nullable=True),
        _state("line_status"),
        sa.Column("confirmation_version", sa.Integer(), nullable=True),
        _ts("updated_at", False),
        sa.UniqueConstraint("po_id", "line_number", name="uq_po_lines_po_line"),
    )

    op.create_table(
        "outbound_messages",
        sa.Column("id", sa.Integer(), primary_key=True),
        _state("kind"),
        sa.Column("po_id", sa.Integer(), sa.ForeignKey("purchase_orders.id"), nullable=True),
        sa.Column("buyer_id", sa.Integer(), sa.ForeignKey("buyers.id"), nullable=True),
        sa.Column("message_id", sa.String(255), nullable=False, unique=True),
        sa.Column("in_reply_to", sa.String(255), nullable=True),
        sa.Column("references", sa.JSON(), nullable=False),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("body_html", sa.Text(), nullable=True),
        _state("state"),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        _ts("next_attempt_at"),
        sa.Column("claimed_by", sa.String(128), nullable=True),
        _ts("claimed_at"),
        _ts("sent_at"),
        sa.Column("due_key", sa.String(255), nullable=True, unique=True),
        _ts("created_at", False),
        _ts("updated_at", False),
    )
    op.create_index("ix_outbound_messages_po_id", "outbound_messages", ["po_id"])
    op.create_index("ix_outbound_messages_state", "outbound_messages", ["state"])

    op.create_table(
        "send_attempts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "outbound_id",
            sa.Integer(),
            sa.ForeignKey("outbound_messages.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(255), nullable=False),
        sa.Column("worker", sa.String(128), nullable=True),
        _ts("started_at", False),
        _ts("finished_at"),
        _state("outcome"),
        sa.Column("smtp_code", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
    )
    op.create_index("ix_send_attempts_outbound_id", "send_attempts", ["outbound_id"])

    op.create_table(
        "suppressed_addresses",
        sa.Column("address", sa.String(320), primary_key=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("source_message_id", sa.String(255), nullable=True),
        _ts("at", False),
    )

    op.create_table(
        "inbound_messages",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("account", sa.String(255), nullable=False),
        sa.Column("folder", sa.String(255), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("uid", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.String(998), nullable=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=True),
        sa.Column("store_path", sa.Text(), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("from_addr", sa.String(320), nullable=True),
        sa.Column("subject", sa.Text(), nullable=True),
        _ts("date"),
        _state("state"),
        sa.Column("attempts", sa.Integer(), nullable=False),
        _ts("next_attempt_at"),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("claimed_by", sa.String(128), nullable=True),
        _ts("claimed_at"),
        sa.Column("kind", sa.String(32), nullable=True),
        sa.Column("po_id", sa.Integer(), sa.ForeignKey("purchase_orders.id"), nullable=True),
        sa.Column("result_json", sa.JSON(), nullable=True),
        sa.Column("mailbox_action_done", sa.Boolean(), nullable=False),
        _ts("created_at", False),
        _ts("processed_at"),
        sa.UniqueConstraint(
            "account", "folder", "uidvalidity", "uid", name="uq_inbound_mailbox_position"
        ),
    )
    op.create_index("ix_inbound_messages_message_id", "inbound_messages", ["message_id"])
    op.create_index("ix_inbound_messages_sha256", "inbound_messages", ["sha256"])
    op.create_index("ix_inbound_messages_state", "inbound_messages", ["state"])
    op.create_index("ix_inbound_messages_po_id", "inbound_messages", ["po_id"])

    op.create_table(
        "confirmations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("po_id", sa.Integer(), sa.ForeignKey("purchase_orders.id"), nullable=False),
        sa.Column(
            "inbound_message_id",
            sa.Integer(),
            sa.ForeignKey("inbound_messages.id"),
            nullable=True,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("po_revision", sa.Integer(), nullable=False),
        _state("status"),
        _state("method"),
        sa.Column("supplier_reference", sa.String(128), nullable=True),
        _ts("created_at", False),
        _ts("superseded_at"),
        sa.UniqueConstraint("po_id", "version", name="uq_confirmations_po_version"),
    )
    op.create_index("ix_confirmations_po_id", "confirmations", ["po_id"])

    op.create_table(
        "confirmation_lines",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "confirmation_id",
            sa.Integer(),
            sa.ForeignKey("confirmations.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("line_number", sa.Integer(), nullable=False),
        _state("status"),
        sa.Column("quantity", Money(), nullable=True),
        sa.Column("unit_price", Money(), nullable=True),
        sa.Column("currency", sa.String(3), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("date_kind", sa.String(16), nullable=True),
        sa.Column("schedule", sa.JSON(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.UniqueConstraint("confirmation_id", "line_number", name="uq_confirmation_lines_line"),
    )

    op.create_table(
        "exceptions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("po_id", sa.Integer(), sa.ForeignKey("purchase_orders.id"), nullable=True),
        sa.Column("line_number", sa.Integer(), nullable=True),
        _state("type"),
        sa.Column("po_value", sa.String(255), nullable=True),
        sa.Column("confirmed_value", sa.String(255), nullable=True),
        sa.Column("value_at_risk", Money(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=True),
        _state("priority"),
        sa.Column("owner", sa.String(320), nullable=True),
        _state("state"),
        sa.Column("action", sa.Text(), nullable=True),
        sa.Column("root_cause", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column(
            "inbound_message_id",
            sa.Integer(),
            sa.ForeignKey("inbound_messages.id"),
            nullable=True,
        ),
        sa.Column(
            "confirmation_id", sa.Integer(), sa.ForeignKey("confirmations.id"), nullable=True
        ),
        _ts("created_at", False),
        _ts("updated_at", False),
        _ts("resolved_at"),
    )
    op.create_index("ix_exceptions_po_id", "exceptions", ["po_id"])
    op.create_index("ix_exceptions_state", "exceptions", ["state"])

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        _ts("at", False),
        sa.Column("actor", sa.String(128), nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(255), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("from_state", sa.String(64), nullable=True),
        sa.Column("to_state", sa.String(64), nullable=True),
        sa.Column("details", sa.JSON(), nullable=True),
    )
    op.create_index("ix_audit_log_entity", "audit_log", ["entity", "entity_id"])

    op.create_table(
        "llm_calls",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("message_hash", sa.String(64), nullable=False),
        sa.Column("supplier_id", sa.String(64), nullable=True),
        sa.Column("model", sa.String(128), nullable=False),
        sa.Column("prompt_tokens", sa.Integer(), nullable=False),
        sa.Column("completion_tokens", sa.Integer(), nullable=False),
        sa.Column("latency_ms", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("response_json", sa.JSON(), nullable=True),
        _ts("created_at", False),
    )
    op.create_index("ix_llm_calls_message_hash", "llm_calls", ["message_hash"])
    op.create_index("ix_llm_calls_created_at", "llm_calls", ["created_at"])
    op.create_index("ix_llm_calls_supplier_created", "llm_calls", ["supplier_id", "created_at"])

    op.create_table(
        "webhook_deliveries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "confirmation_id", sa.Integer(), sa.ForeignKey("confirmations.id"), nullable=True
        ),
        sa.Column("idempotency_key", sa.String(255), nullable=False, unique=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        _state("state"),
        sa.Column("attempts", sa.Integer(), nullable=False),
        _ts("next_attempt_at"),
        sa.Column("last_error", sa.Text(), nullable=True),
        _ts("delivered_at"),
        _ts("created_at", False),
    )
    op.create_index(
        "ix_webhook_deliveries_confirmation_id", "webhook_deliveries", ["confirmation_id"]
    )
    op.create_index("ix_webhook_deliveries_state", "webhook_deliveries", ["state"])

    op.create_table(
        "mailbox_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("account", sa.String(255), nullable=False),
        sa.Column("folder", sa.String(255), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_seen_uid", sa.BigInteger(), nullable=False),
        _ts("updated_at", False),
        sa.UniqueConstraint("account", "folder", name="uq_mailbox_state_folder"),
    )


def downgrade() -> None:
    for table in (
        "mailbox_state",
        "webhook_deliveries",
        "llm_calls",
        "audit_log",
        "exceptions",
        "confirmation_lines",
        "confirmations",
        "inbound_messages",
        "suppressed_addresses",
        "send_attempts",
        "outbound_messages",
        "po_lines",
        "purchase_orders",
        "buyers",
        "suppliers",
    ):
        op.drop_table(table)
