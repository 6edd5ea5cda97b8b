"""A row of values indented under the line that names its item belongs to that item, not
to the item named on the line after it (an ERP row followed by "Ihre Pos. 1" is the other
layout). The phrasing is written for this test."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

SALT = [
    ("DS-25", "De-icing salt, coarse, bag 25 kg", 2000, "KG", "0.21", "2026-12-09"),
    ("DS-GR", "De-icing grit mix, bag 25 kg", 1000, "KG", "0.18", "2026-12-09"),
]


def test_values_indented_under_a_named_item_are_that_items() -> None:
    res = read(
        "Guten Tag,\n\nwir bestätigen Ihre Bestellung wie folgt:\n\n"
        "Pos. 1  Streusalz grob\n"
        "        80 Sack à 25 kg = 2.000 kg, 0,21 EUR/kg, Lieferung 09.12.2026\n"
        "Pos. 2  Splitt-Salz-Gemisch\n"
        "        48 Sack à 25 kg = 1.200 kg, 0,18 EUR/kg, Lieferung 16.12.2026\n\n"
        "Mit freundlichen Grüßen",
        [make_po(locale="de-DE", lines=SALT)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[1].quantity == 2000
    assert got[2].status == "changed"
    assert got[2].quantity == 1200 and got[2].unit_price == Decimal("0.18")
    assert got[2].date == date(2026, 12, 16)
