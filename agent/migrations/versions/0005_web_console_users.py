"""Web console: users with roles, and replies labelled by a person.

Revision ID: web11_console_users
Revises: conn0004
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from agent.dbtypes import UTCDateTime

revision = "web11_console_users"
down_revision = "conn0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "web_users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.String(length=320), nullable=False, unique=True),
        sa.Column("password_hash", sa.Text(), nullable=True),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("last_login_at", UTCDateTime(), nullable=True),
    )
    op.create_table(
        "labelled_examples",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "inbound_message_id",
            sa.Integer(),
            sa.ForeignKey("inbound_messages.id"),
            nullable=False,
        ),
        sa.Column("supplier_id", sa.String(length=64), nullable=True),
        sa.Column("pos", sa.JSON(), nullable=False),
        sa.Column("expected", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(length=320), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index(
        "ix_labelled_examples_inbound_message_id", "labelled_examples", ["inbound_message_id"]
    )
    op.create_index("ix_labelled_examples_supplier_id", "labelled_examples", ["supplier_id"])


def downgrade() -> None:
    op.drop_index("ix_labelled_examples_supplier_id", table_name="labelled_examples")
    op.drop_index("ix_labelled_examples_inbound_message_id", table_name="labelled_examples")
    op.drop_table("labelled_examples")
    op.drop_table("web_users")
