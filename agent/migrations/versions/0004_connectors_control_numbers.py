"""ERP connectors: a delivery row per connector, its frozen document, and control numbers.

``webhook_deliveries.connector`` says which connector a row is for (existing
rows were the webhook/file export: "webhook"); ``document`` holds the rendered
document so a retry sends the same bytes. ``edi_control_numbers`` is the
never-repeating sequence of interchange control numbers per sender.

Revision ID: conn0004
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from agent.dbtypes import UTCDateTime

revision = "conn0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("webhook_deliveries") as batch:
        batch.add_column(
            sa.Column("connector", sa.String(64), nullable=False, server_default="webhook")
        )
        batch.add_column(sa.Column("document", sa.JSON(), nullable=True))
    op.create_table(
        "edi_control_numbers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("scope", sa.String(255), nullable=False, unique=True),
        sa.Column("last_value", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("edi_control_numbers")
    with op.batch_alter_table("webhook_deliveries") as batch:
        batch.drop_column("document")
        batch.drop_column("connector")
