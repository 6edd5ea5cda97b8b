"""A table row counted and priced in tonnes on a PO counted in kilograms ("20.00 MT  USD
520.00/MT") is the PO's 20000 kg at 0.52 a kg; a vague "early January" beside an exact
8 January only restates it. Every row and phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.reading.dates import month_part_agrees
from tests.test_extract import lines_of, make_po, read

STARCH = [
    ("TS-NAT", "Native tapioca starch, 25 kg bags", 20000, "KG", "0.52", "2026-12-28"),
    ("TS-MOD", "Modified tapioca starch E1422", 8000, "KG", "0.88", "2027-01-08"),
]


def test_a_row_in_tonnes_is_read_in_the_pos_kilograms() -> None:
    body = (
        "Dear Dana,\n\nwe confirm PO 4500012345 as below; item 2 is delivered in early "
        "January.\n\n"
        "Item  Product                      Quantity    Unit Price       Delivery\n"
        "1     Native tapioca starch        20.00 MT    USD 520.00/MT    28/12/2026\n"
        "2     Modified tapioca starch       8.00 MT    USD 905.00/MT    08/01/2027\n\n"
        "Best regards"
    )
    res = read(body, [make_po(locale="en-GB", currency="USD", lines=STARCH)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[1].quantity == 20000
    assert got[1].unit_price == Decimal("0.52")
    assert got[2].status == "changed" and got[2].unit_price == Decimal("0.905")
    assert got[2].date == date(2027, 1, 8)


def test_a_part_of_a_month_holds_its_days_only() -> None:
    assert month_part_agrees("early January", date(2027, 1, 8))
    assert not month_part_agrees("early January", date(2027, 1, 18))
    assert month_part_agrees("Mitte Februar", date(2027, 2, 15))
    assert month_part_agrees("fin janvier", date(2027, 1, 29))
    assert not month_part_agrees("end of January", date(2027, 2, 1))
    assert not month_part_agrees("in January", date(2027, 1, 8))


def test_early_january_beside_a_date_in_late_january_is_still_review() -> None:
    body = (
        "Dear Dana,\n\nwe confirm PO 4500012345, item 2 is delivered in early January.\n\n"
        "Item  Product                      Quantity    Unit Price       Delivery\n"
        "1     Native tapioca starch        20.00 MT    USD 520.00/MT    28/12/2026\n"
        "2     Modified tapioca starch       8.00 MT    USD 905.00/MT    22/01/2027\n\n"
        "Best regards"
    )
    res = read(body, [make_po(locale="en-GB", currency="USD", lines=STARCH)])
    assert res.kind == "needs_review"
