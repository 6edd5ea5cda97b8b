"""One audit subject per purchase order: its id.

The workflow and the cadence used to write a PO's audit entries under its
number, the importer and the sender under its id, so one PO's history was two
trails. Every writer now uses the id (agent.domain.subject); this rewrites the
old entries. Only the actions those two modules wrote are touched (an all-digit
PO number can equal another PO's id), and an entry whose number names no PO
stays as it is: nothing is lost.

Revision ID: 0007_po_audit_subject
Revises: 0005_import_perf
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_po_audit_subject"
down_revision = "0005_import_perf"
branch_labels = None
depends_on = None

# What agent.workflow and agent.cadence recorded under the PO number.
BY_NUMBER_ACTIONS = (
    "ack_state",
    "reply_promised",
    "auto_reply",
    "absence_noted",
    "follow_up_queued",
    "escalated",
)


def _rewrite(source: str, target: str) -> None:
    """Set entity_id from ``source`` to ``target`` (columns of purchase_orders, as text)."""
    actions = ", ".join(f"'{a}'" for a in BY_NUMBER_ACTIONS)
    op.execute(
        sa.text(
            "UPDATE audit_log SET entity_id = ("
            f" SELECT CAST(p.{target} AS VARCHAR(255)) FROM purchase_orders p"
            f" WHERE CAST(p.{source} AS VARCHAR(255)) = audit_log.entity_id)"
            f" WHERE entity = 'purchase_order' AND action IN ({actions})"
            " AND entity_id IN ("
            f"  SELECT CAST(p.{source} AS VARCHAR(255)) FROM purchase_orders p)"
        )
    )


def upgrade() -> None:
    _rewrite("po_number", "id")


def downgrade() -> None:
    _rewrite("id", "po_number")
