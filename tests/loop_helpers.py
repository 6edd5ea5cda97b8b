"""Helpers for the agent-loop tests: seed POs in the database, write supplier replies."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

from sqlalchemy import select

from agent.models import Buyer, POLine, PurchaseOrder, Supplier


def seed_po(
    session: Any,
    po_number: str,
    *,
    supplier_id: str,
    supplier_email: str,
    lines: list[tuple[str, str, str, date] | tuple[str, str, str, date, str | None]],
    buyer_email: str = "dana.ruiz@buyer.example",
    tier: str | None = None,
    timezone: str | None = None,
    currency: str = "USD",
    issue_date: date | None = None,
    now: datetime | None = None,
) -> PurchaseOrder:
    """A supplier (created once), a buyer and a PO with ``lines`` (item, qty, price, date[, criticality])."""
    now = now or datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    supplier = session.get(Supplier, supplier_id)
    if supplier is None:
        supplier = Supplier(
            id=supplier_id,
            name=f"{supplier_id.title()} Ltd",
            emails=[supplier_email],
            domains=[supplier_email.rsplit("@", 1)[1]],
            locale="en-US",
            timezone=timezone,
            tier=tier,
            created_at=now,
            updated_at=now,
        )
        session.add(supplier)
    buyer = session.execute(select(Buyer).where(Buyer.email == buyer_email)).scalars().first()
    if buyer is None:
        buyer = Buyer(email=buyer_email, name="Dana Ruiz", created_at=now)
        session.add(buyer)
    session.flush()
    po = PurchaseOrder(
        po_number=po_number,
        supplier_id=supplier_id,
        buyer_id=buyer.id,
        currency=currency,
        issue_date=issue_date or now.date(),
        content_hash="x" * 64,
        created_at=now,
        updated_at=now,
    )
    session.add(po)
    session.flush()
    for n, spec in enumerate(lines, start=1):
        item, qty, price, when = spec[:4]
        criticality = spec[4] if len(spec) > 4 else None  # type: ignore[misc]
        session.add(
            POLine(
                po_id=po.id,
                line_number=n,
                item=item,
                description=f"{item} description",
                quantity=Decimal(qty),
                uom="EA",
                unit_price=Decimal(price),
                requested_date=when,
                criticality=criticality,
                updated_at=now,
            )
        )
    session.flush()
    return po


def reply(
    original: EmailMessage,
    body: str,
    *,
    from_addr: str | None = None,
    when: datetime | None = None,
    extra_headers: dict[str, str] | None = None,
    quote: bool = True,
) -> bytes:
    """A supplier's reply to ``original`` (a mail our SMTP server received), threaded on it."""
    msg = EmailMessage()
    sender = from_addr or str(original["To"]).split(",")[0].strip()
    msg["From"] = sender
    msg["To"] = str(original["From"])
    subject = str(original["Subject"])
    msg["Subject"] = subject if subject.lower().startswith("re:") else f"RE: {subject}"
    msg["Date"] = format_datetime(when or datetime(2026, 11, 3, 10, 0, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1].strip(">"))
    mid = str(original["Message-ID"])
    msg["In-Reply-To"] = mid
    refs = str(original.get("References", "") or "").split()
    msg["References"] = " ".join([*refs, mid])
    for key, value in (extra_headers or {}).items():
        msg[key] = value
    text = body
    if quote:
        part = original.get_body(preferencelist=("plain",))
        quoted = part.get_content() if part is not None else ""
        text += (
            f"\n\nOn {original['Date']}, {original['From']} wrote:\n"
            + "\n".join("> " + line for line in quoted.splitlines())
            + "\n"
        )
    msg.set_content(text)
    return bytes(msg)
