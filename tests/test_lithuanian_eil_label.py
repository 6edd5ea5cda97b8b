"""Lithuanian "2 eil. - …" (the abbreviation of "eilutė", line) labels a list item as that
line, as "2 eilutė" and "2 poz." do (batch AZ 060: every item after the first was read as the
first line's)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read


def test_items_labelled_n_eil_name_their_lines() -> None:
    res = read(
        "Laba diena,\n\nPatvirtiname užsakymą 4500012345:\n\n"
        "1 eil. - korpusai: 40 vnt. po 312,50 EUR, pristatymas 2026-12-15\n"
        "2 eil. - dangčiai: 100 vnt. po 12,40 EUR, pristatymas 2026-12-15\n"
        "3 eil. - atramos: 60 vnt. po 8,40 EUR, pristatysime gruodžio 18 d.\n\nPagarbiai",
        [make_po(locale="lt-LT")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].unit_price == Decimal("12.40") and got[2].quantity == 100
    assert got[3].date == date(2026, 12, 18) and got[3].quantity == 60
    assert got[1].status == "accepted"
