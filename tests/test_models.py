"""Storage round-trips on SQLite and PostgreSQL: exact money, aware UTC times, constraints."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.exc import IntegrityError, StatementError
from sqlmodel import select

from agent import audit
from agent.models import (
    AckState,
    AuditLog,
    Buyer,
    InboundMessage,
    OutboundMessage,
    POLine,
    PurchaseOrder,
    Supplier,
)


def _po(session, number="4500000001"):
    if session.get(Supplier, "ACME") is None:
        session.add(Supplier(id="ACME", name="Acme", emails=["orders@acme.example"]))
    buyer = Buyer(email=f"dana+{number}@buyer.example", name="Dana")
    session.add(buyer)
    session.flush()
    po = PurchaseOrder(
        po_number=number, supplier_id="ACME", buyer_id=buyer.id, currency="EUR", content_hash="h"
    )
    session.add(po)
    session.flush()
    return po


def test_money_and_quantities_keep_every_digit(session_factory):
    with session_factory() as s:
        po = _po(s)
        s.add(
            POLine(
                po_id=po.id, line_number=1, item="X", description="d",
                quantity=Decimal("1234567.125"), uom="KG",
                unit_price=Decimal("123456789012.123456"), requested_date=date(2026, 12, 15),
            )
        )  # fmt: skip
        s.commit()
    with session_factory() as s:
        line = s.exec(select(POLine)).one()
        assert line.unit_price == Decimal("123456789012.123456")
        assert isinstance(line.unit_price, Decimal)
        assert line.quantity == Decimal("1234567.125")
        assert line.requested_date == date(2026, 12, 15)


def test_float_money_is_refused(session_factory):
    with session_factory() as s:
        po = _po(s)
        s.add(
            POLine(
                po_id=po.id, line_number=1, item="X", quantity=0.1, uom="EA",
                unit_price=Decimal(1), requested_date=date(2026, 1, 1),
            )
        )  # fmt: skip
        with pytest.raises(StatementError, match="use Decimal"):
            s.commit()


def test_times_come_back_timezone_aware_utc(session_factory):
    berlin = timezone(timedelta(hours=1))
    with session_factory() as s:
        po = _po(s)
        po.requested_at = datetime(2026, 11, 23, 10, 0, tzinfo=berlin)
        s.commit()
    with session_factory() as s:
        po = s.exec(select(PurchaseOrder)).one()
        assert po.requested_at == datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
        assert po.requested_at.utcoffset() == timedelta(0)
        assert po.created_at.tzinfo is not None
        assert po.ack_state is AckState.new


def test_naive_datetime_is_refused(session_factory):
    with session_factory() as s:
        po = _po(s)
        po.requested_at = datetime(2026, 11, 23, 10, 0)
        with pytest.raises(StatementError, match="naive datetime"):
            s.commit()


def test_po_number_and_message_id_are_unique(session_factory):
    with session_factory() as s:
        _po(s, "1")
        s.commit()
    with session_factory() as s, pytest.raises(IntegrityError):
        _po(s, "1")
        s.commit()
    with session_factory() as s:
        for _ in range(2):
            s.add(
                OutboundMessage(
                    message_id="<same@buyer.example>", subject="s", body_text="b",
                    recipients=["a@b.example"],
                )
            )  # fmt: skip
        with pytest.raises(IntegrityError):
            s.commit()


def test_inbound_message_is_unique_per_mailbox_position_and_uids_fit(session_factory):
    def msg(uid):
        return InboundMessage(
            account="a", folder="INBOX", uidvalidity=4_294_967_295, uid=uid, sha256="x" * 64
        )

    with session_factory() as s:
        s.add(msg(4_294_967_295))
        s.commit()
    with session_factory() as s:
        assert s.exec(select(InboundMessage)).one().uidvalidity == 4_294_967_295
        s.add(msg(4_294_967_295))
        with pytest.raises(IntegrityError):
            s.commit()


def test_foreign_keys_are_enforced(session_factory):
    with session_factory() as s:
        s.add(PurchaseOrder(po_number="9", supplier_id="NOPE", currency="EUR", content_hash="h"))
        with pytest.raises(IntegrityError):
            s.commit()


def test_audit_record_is_written_with_the_change(session_factory):
    with session_factory() as s:
        po = _po(s)
        audit.record(
            s, "purchase_order", po.id, "requested", AckState.new, AckState.requested,
            actor="test", details={"value": Decimal("1.50"), "when": date(2026, 1, 2)},
        )  # fmt: skip
        po.ack_state = AckState.requested
        s.commit()
    with session_factory() as s:
        entry = s.exec(select(AuditLog)).one()
        assert (entry.from_state, entry.to_state, entry.actor) == ("new", "requested", "test")
        assert entry.details == {"value": "1.50", "when": "2026-01-02"}
        assert entry.at.tzinfo is not None


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(
    price=st.decimals(min_value=0, max_value=Decimal("999999999999.999999"), places=6),
    qty=st.decimals(min_value=Decimal("0.000001"), max_value=Decimal("999999999"), places=6),
)
def test_any_money_value_round_trips_exactly(session_factory, price, qty):
    with session_factory() as s:
        po = s.exec(select(PurchaseOrder).where(PurchaseOrder.po_number == "RT")).first()
        if po is None:
            po = _po(s, "RT")
        line = POLine(po_id=po.id, line_number=1, item="X", quantity=qty, uom="EA",
                      unit_price=price, requested_date=date(2026, 1, 1))  # fmt: skip
        s.add(line)
        s.commit()
        line_id = line.id
    with session_factory() as s:
        back = s.get(POLine, line_id)
        assert (back.unit_price, back.quantity) == (price, qty)
        s.delete(back)
        s.commit()


def test_in_place_changes_to_address_lists_are_saved(session_factory):
    with session_factory() as s:
        s.add(Supplier(id="ACME", name="Acme", emails=["orders@acme.example"]))
        s.commit()
    with session_factory() as s:
        supplier = s.get(Supplier, "ACME")
        supplier.alternate_emails.append("jane@acme.example")
        supplier.emails.append("sales@acme.example")
        s.commit()
    with session_factory() as s:
        supplier = s.get(Supplier, "ACME")
        assert supplier.alternate_emails == ["jane@acme.example"]
        assert supplier.emails == ["orders@acme.example", "sales@acme.example"]
