"""Remember which PO revision an outbound mail was written for.

A request queued for revision 1 must not go out (nor mark the PO "requested")
once revision 2 exists; the sender compares this column with the PO.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbound_messages") as batch:
        batch.add_column(sa.Column("po_revision", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbound_messages") as batch:
        batch.drop_column("po_revision")
