"""The exception queue: open exceptions with their PO, line and supplier, filtered and paged.

One query joins exceptions to POs, lines and suppliers and pages in SQL, so
the page costs the same with 20 or 20,000 open exceptions. Age is counted in
business days (Monday to Friday, in the company's time zone) and the age
filter becomes a ``created_at`` range, again answered by the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, func, select

from agent.models import (
    ExceptionState,
    ExceptionType,
    POException,
    POLine,
    Priority,
    PurchaseOrder,
    Supplier,
)

OPEN_STATES = (ExceptionState.open, ExceptionState.acknowledged)
PAGE_SIZE = 50

# Aging buckets in business days: (label, youngest, oldest or None for "and older").
AGE_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("0-2", 0, 2),
    ("3-5", 3, 5),
    ("6-10", 6, 10),
    ("10+", 11, None),
)


def business_days_back(today: date, n: int) -> date:
    """The latest date with exactly ``n`` weekdays in (date, today]."""
    day, count = today, 0
    while count < n:
        if day.weekday() < 5:
            count += 1
        day -= timedelta(days=1)
    return day


def business_age(created: date, today: date) -> int:
    """Weekdays in (created, today]: 0 for something that arrived today."""
    if created >= today:
        return 0
    full_weeks, rest = divmod((today - created).days, 7)
    days = full_weeks * 5
    day = created
    for _ in range(rest):
        day += timedelta(days=1)
        if day.weekday() < 5:
            days += 1
    return days


def age_range(bucket: str, today: date, tz: ZoneInfo) -> tuple[datetime | None, datetime]:
    """``(oldest, newest)`` created_at bounds of a bucket: oldest <= created_at < newest."""
    for label, young, old in AGE_BUCKETS:
        if label == bucket:
            newest = datetime.combine(business_days_back(today, young), time(), tz) + timedelta(
                days=1
            )
            oldest = (
                None
                if old is None
                else datetime.combine(business_days_back(today, old + 1), time(), tz)
                + timedelta(days=1)
            )
            return oldest, newest
    raise ValueError(f"unknown age bucket {bucket!r}")


@dataclass(frozen=True)
class Filters:
    owner: str = ""  # an email, "" = everybody
    priority: str = ""
    type: str = ""
    supplier: str = ""
    age: str = ""
    page: int = 1

    @classmethod
    def from_query(cls, params: Mapping[str, str], default_owner: str) -> Filters:
        def pick(name: str, allowed: tuple[str, ...] | None = None) -> str:
            value = (params.get(name) or "").strip()
            return value if allowed is None or value in allowed else ""

        owner = params.get("owner")
        try:
            page = max(1, int(params.get("page") or 1))
        except ValueError:
            page = 1
        return cls(
            owner=default_owner if owner is None else ("" if owner == "all" else owner.strip()),
            priority=pick("priority", tuple(p.value for p in Priority)),
            type=pick("type", tuple(t.value for t in ExceptionType)),
            supplier=pick("supplier"),
            age=pick("age", tuple(b[0] for b in AGE_BUCKETS)),
            page=page,
        )

    def query(self, **changes: Any) -> dict[str, str]:
        """The query string parameters for these filters (with ``changes``)."""
        values = {
            "owner": self.owner or "all",
            "priority": self.priority,
            "type": self.type,
            "supplier": self.supplier,
            "age": self.age,
            "page": str(self.page) if self.page > 1 else "",
        }
        values.update({k: str(v) for k, v in changes.items()})
        return {k: v for k, v in values.items() if v}


@dataclass
class QueueItem:
    id: int
    type: str
    priority: str
    state: str
    owner: str | None
    po_number: str | None
    supplier_id: str | None
    supplier_name: str | None
    line_number: int | None
    item: str | None
    po_value: str | None
    confirmed_value: str | None
    evidence: str | None
    note: str | None
    age_days: int
    inbound_message_id: int | None
    currency: str | None

    @property
    def reasons_and_words(self) -> tuple[str | None, str | None]:
        """A review's evidence is "reasons\\n---\\nthe supplier's words" (workflow._needs_review)."""
        if not self.evidence:
            return None, None
        if self.type == "needs_review" and "\n---\n" in self.evidence:
            reasons, words = self.evidence.split("\n---\n", 1)
            return reasons, words
        if self.type == "needs_review":
            return self.evidence, None
        return None, self.evidence


@dataclass
class QueuePage:
    items: list[QueueItem]
    total: int
    filters: Filters
    pages: int
    suppliers: list[tuple[str, str]] = field(default_factory=list)


def _where(filters: Filters, today: date, tz: ZoneInfo) -> list[Any]:
    cond: list[Any] = [POException.state.in_(list(OPEN_STATES))]
    if filters.owner:
        cond.append(func.lower(POException.owner) == filters.owner.lower())
    if filters.priority:
        cond.append(POException.priority == filters.priority)
    if filters.type:
        cond.append(POException.type == filters.type)
    if filters.supplier:
        cond.append(PurchaseOrder.supplier_id == filters.supplier)
    if filters.age:
        oldest, newest = age_range(filters.age, today, tz)
        cond.append(POException.created_at < newest)
        if oldest is not None:
            cond.append(POException.created_at >= oldest)
    return cond


def load_queue(session: Any, filters: Filters, now: datetime, tz: ZoneInfo) -> QueuePage:
    today = now.astimezone(tz).date()
    cond = _where(filters, today, tz)
    base = select(POException.id).join(
        PurchaseOrder, PurchaseOrder.id == POException.po_id, isouter=True
    )
    total = session.execute(
        select(func.count()).select_from(base.where(*cond).subquery())
    ).scalar_one()
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(filters.page, pages)
    priority_rank = case(
        (POException.priority == Priority.high.value, 0),
        (POException.priority == Priority.medium.value, 1),
        else_=2,
    )
    rows = session.execute(
        select(POException, PurchaseOrder, Supplier, POLine)
        .join(PurchaseOrder, PurchaseOrder.id == POException.po_id, isouter=True)
        .join(Supplier, Supplier.id == PurchaseOrder.supplier_id, isouter=True)
        .join(
            POLine,
            and_(POLine.po_id == POException.po_id, POLine.line_number == POException.line_number),
            isouter=True,
        )
        .where(*cond)
        .order_by(priority_rank, POException.created_at, POException.id)
        .offset((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
    ).all()
    items = [
        QueueItem(
            id=exc.id,
            type=exc.type.value,
            priority=exc.priority.value,
            state=exc.state.value,
            owner=exc.owner,
            po_number=po.po_number if po else None,
            supplier_id=sup.id if sup else None,
            supplier_name=sup.name if sup else None,
            line_number=exc.line_number,
            item=line.item if line else None,
            po_value=exc.po_value,
            confirmed_value=exc.confirmed_value,
            evidence=exc.evidence,
            note=exc.note,
            age_days=business_age(exc.created_at.astimezone(tz).date(), today),
            inbound_message_id=exc.inbound_message_id,
            currency=po.currency if po else None,
        )
        for exc, po, sup, line in rows
    ]
    suppliers = [
        (sid, name)
        for sid, name in session.execute(
            select(Supplier.id, Supplier.name).order_by(Supplier.name).limit(500)
        ).all()
    ]
    return QueuePage(
        items=items,
        total=total,
        filters=Filters(**{**filters.__dict__, "page": page}),
        pages=pages,
        suppliers=suppliers,
    )


def load_item(session: Any, exception_id: int, now: datetime, tz: ZoneInfo) -> QueueItem | None:
    """One exception as a queue row (also when it is no longer open)."""
    row = session.execute(
        select(POException, PurchaseOrder, Supplier, POLine)
        .join(PurchaseOrder, PurchaseOrder.id == POException.po_id, isouter=True)
        .join(Supplier, Supplier.id == PurchaseOrder.supplier_id, isouter=True)
        .join(
            POLine,
            and_(POLine.po_id == POException.po_id, POLine.line_number == POException.line_number),
            isouter=True,
        )
        .where(POException.id == exception_id)
    ).first()
    if row is None:
        return None
    exc, po, sup, line = row
    return QueueItem(
        id=exc.id,
        type=exc.type.value,
        priority=exc.priority.value,
        state=exc.state.value,
        owner=exc.owner,
        po_number=po.po_number if po else None,
        supplier_id=sup.id if sup else None,
        supplier_name=sup.name if sup else None,
        line_number=exc.line_number,
        item=line.item if line else None,
        po_value=exc.po_value,
        confirmed_value=exc.confirmed_value,
        evidence=exc.evidence,
        note=exc.note,
        age_days=business_age(exc.created_at.astimezone(tz).date(), now.astimezone(tz).date()),
        inbound_message_id=exc.inbound_message_id,
        currency=po.currency if po else None,
    )


def aging_counts(session: Any, now: datetime, tz: ZoneInfo) -> dict[str, int]:
    """Open exceptions per aging bucket (one COUNT per bucket)."""
    today = now.astimezone(tz).date()
    out = {}
    for label, _young, _old in AGE_BUCKETS:
        oldest, newest = age_range(label, today, tz)
        cond = [POException.state.in_(list(OPEN_STATES)), POException.created_at < newest]
        if oldest is not None:
            cond.append(POException.created_at >= oldest)
        out[label] = session.execute(
            select(func.count()).select_from(POException).where(*cond)
        ).scalar_one()
    return out


def owners(session: Any) -> list[str]:
    return [
        o
        for (o,) in session.execute(
            select(POException.owner)
            .where(POException.state.in_(list(OPEN_STATES)), POException.owner.is_not(None))
            .group_by(POException.owner)
            .order_by(POException.owner)
        ).all()
    ]
