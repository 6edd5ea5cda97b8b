"""A dozen is twelve pieces ("50 dozens @ USD 19.20/dozen" on a PO counted in pieces);
capitals glued to digits ("KR260934", an order number) are no Danish or Norwegian kroner.
Every phrasing is written for these tests."""

from __future__ import annotations

from decimal import Decimal

from agent.reading.numbers import price_hits
from tests.test_extract import lines_of, make_po, read

NAPKINS = [
    ("NAP-45-WHT", "Napkin 45x45 cm, white", 1200, "EA", "0.85", "2026-12-11"),
    ("TBL-180-WHT", "Tablecloth 180x180 cm, white", 60, "EA", "14.50", "2026-12-11"),
]


def test_a_price_per_dozen_on_a_line_counted_in_pieces() -> None:
    res = read(
        "Hello Dana,\n\nPO 4500012345 confirmed:\n1. Napkins 45x45 - 100 dozens @ EUR 10.20/dozen\n"
        "2. Tablecloths 180x180 - 60 pcs @ EUR 14.50/pc\nDelivery to your warehouse on 11 Dec.\n\n"
        "Regards",
        [make_po(locale="en-GB", lines=NAPKINS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].unit_price == Decimal("0.85") and got[1].quantity == 1200
    assert got[1].status == "accepted"


def test_capitals_glued_to_digits_are_no_kroner() -> None:
    assert price_hits("Quick update on KR260934: all in stock", "da-DK") == []
    (hit,) = price_hits("pris kr. 1.250,00 pr. stk.", "da-DK")
    assert hit.value == Decimal("1250.00") and hit.currency == "KR"
