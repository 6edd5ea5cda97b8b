"""Let a bulk import queue a request whose text is written when it is first sent.

Rendering a request mail costs more than importing its PO; ``poagent import``
therefore queues requests with ``body_pending`` set, and the sender renders
subject and body from the PO when it claims the row, committing them with the
claim, so every later attempt sends exactly the same text.

Revision ID: 0005_import_perf
Revises: web11_console_users
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_import_perf"
down_revision = "web11_console_users"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbound_messages") as batch:
        batch.add_column(sa.Column("body_pending", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbound_messages") as batch:
        batch.drop_column("body_pending")
