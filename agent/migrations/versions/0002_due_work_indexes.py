"""Indexes for the queries every worker runs each tick: "what is due now?"

The outbox and inbox are polled with ``state IN (...) AND next_attempt_at <= now``
and digests list open exceptions per owner; without these indexes each tick
scans the whole table, which grows forever.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_outbound_messages_due", "outbound_messages", ["state", "next_attempt_at"])
    op.create_index("ix_inbound_messages_due", "inbound_messages", ["state", "next_attempt_at"])
    op.create_index("ix_exceptions_owner_state", "exceptions", ["owner", "state"])


def downgrade() -> None:
    op.drop_index("ix_exceptions_owner_state", table_name="exceptions")
    op.drop_index("ix_inbound_messages_due", table_name="inbound_messages")
    op.drop_index("ix_outbound_messages_due", table_name="outbound_messages")
