"""Interchange control numbers that never repeat, kept in the database.

``next_number`` increments the scope's row inside the caller's transaction
(the one that stores the confirmation and its delivery row): the row lock
makes concurrent workers wait for each other, and a rolled-back transaction
gives its number back together with the document that would have used it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from agent.models import ControlNumber


def next_number(session: Session, scope: str, now: datetime | None = None) -> int:
    now = now or datetime.now(UTC)
    for _ in range(5):
        result = session.execute(
            update(ControlNumber)
            .where(ControlNumber.scope == scope)  # type: ignore[arg-type]
            .values(last_value=ControlNumber.last_value + 1, updated_at=now)
            .returning(ControlNumber.last_value)
        ).first()
        if result is not None:
            return int(result[0])
        try:
            with session.begin_nested():
                session.add(ControlNumber(scope=scope, last_value=1, updated_at=now))
            return 1
        except IntegrityError:
            continue  # another worker created the row first: increment it instead
    raise RuntimeError(f"could not allocate a control number for {scope!r}")
