"""The append-only audit log: every state change is recorded in the same transaction."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from agent.models import AuditLog, utcnow


def _plain(value: Any) -> Any:
    """JSON-safe copy of ``value`` (Decimal as string so no digit is lost)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    return value


def _state(value: Any) -> str | None:
    if value is None:
        return None
    return value.value if isinstance(value, enum.Enum) else str(value)


def record(
    session: Session,
    entity: str,
    entity_id: Any,
    action: str,
    from_state: Any = None,
    to_state: Any = None,
    actor: str = "system",
    details: Mapping[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> AuditLog:
    """Add an audit entry to ``session`` (committed with the change it describes)."""
    entry = AuditLog(
        **values(entity, entity_id, action, from_state, to_state, actor, details, at=at)
    )
    session.add(entry)
    return entry


def values(
    entity: str,
    entity_id: Any,
    action: str,
    from_state: Any = None,
    to_state: Any = None,
    actor: str = "system",
    details: Mapping[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> dict[str, Any]:
    """The columns of one audit entry; bulk writers (the importer) insert these directly."""
    return {
        "at": at or utcnow(),
        "actor": actor,
        "entity": entity,
        "entity_id": str(entity_id),
        "action": action,
        "from_state": _state(from_state),
        "to_state": _state(to_state),
        "details": _plain(dict(details)) if details else None,
    }
