"""Zero-tolerance comparison of a confirmation with its PO."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.reading.compare import differences
from agent.reading.pos_json import load_pos
from agent.reading.types import LineConfirmation, POConfirmation

PO = load_pos(
    [
        {
            "po_number": "4500012345",
            "supplier": {"id": "ACME", "name": "Acme", "email": "orders@acme.example"},
            "currency": "EUR",
            "lines": [
                {
                    "line": 1,
                    "item": "A-1",
                    "description": "Housing",
                    "quantity": 40,
                    "uom": "EA",
                    "unit_price": "0.1160",
                    "requested_date": "2026-12-15",
                },
                {
                    "line": 2,
                    "item": "A-2",
                    "description": "Cover",
                    "quantity": 100,
                    "uom": "EA",
                    "unit_price": "12.10",
                    "requested_date": "2026-12-15",
                },
                {
                    "line": 3,
                    "item": "A-3",
                    "description": "Seal",
                    "quantity": 10,
                    "uom": "EA",
                    "unit_price": "1.00",
                    "requested_date": "2026-12-15",
                },
            ],
        }
    ]
)[0]


def _conf(*lines: LineConfirmation) -> POConfirmation:
    return POConfirmation("4500012345", "changed", list(lines))


def test_prices_compare_by_value() -> None:
    conf = _conf(
        LineConfirmation(1, "accepted", Decimal(40), Decimal("0.116"), "EUR", date(2026, 12, 15))
    )
    assert differences(PO, conf) == []


def test_every_difference_is_listed() -> None:
    conf = _conf(
        LineConfirmation(1, "changed", Decimal(30), Decimal("0.12"), "EUR", date(2027, 1, 8)),
        LineConfirmation(2, "changed", Decimal(120), Decimal("12.10"), "EUR", date(2026, 12, 1)),
        LineConfirmation(3, "rejected", reason="discontinued"),
    )
    got = {(d.line, d.type, d.po_value, d.confirmed_value) for d in differences(PO, conf)}
    assert got == {
        (1, "price_variance", "0.1160", "0.12"),
        (1, "quantity_short", "40", "30"),
        (1, "date_late", "2026-12-15", "2027-01-08"),
        (2, "quantity_over", "100", "120"),
        (2, "date_early", "2026-12-15", "2026-12-01"),
        (3, "line_rejected", "10", "0"),
    }


def test_unconfirmed_lines_are_no_exception() -> None:
    assert differences(PO, _conf(LineConfirmation(2, "unconfirmed"))) == []
