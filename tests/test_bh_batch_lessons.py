"""What batch BH's first score taught (3 wrong values), each in a phrasing of its own:

- 004: "dispatch in 2 working days" kept the PO's dates; a count of working days gives no
  date (which days the supplier works is not in the mail), for a dispatch as for a delivery.
- 015: the Swiss franc before its amount ("Fr. 45.–") is money, and its full stop ends no
  sentence.
- 037: Serbian "rok i cenu javljamo sledeće nedelje" (we report the date and price next week)
  promises an answer: that line is no confirmation.
"""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read


def test_shipping_in_working_days_gives_no_date() -> None:
    res = read(
        "Dear Dana,\n\nPO 4500012345 is confirmed at the quoted prices and quantities. The "
        "goods will be ready to ship within 3 working days.\n\nRegards, Anil",
        [make_po(locale="en-IN")],
    )
    assert res.kind == "needs_review"


def test_a_price_in_swiss_francs_written_fr() -> None:
    res = read(
        "Grüezi Frau Ruiz\n\nWir bestätigen alle Positionen mit Liefertermin 15.12.2026. Nur "
        "der Deckel (Pos. 2) kostet neu Fr. 12.80 pro Stück.\n\nFreundliche Grüsse\nReto",
        [make_po(locale="de-CH", currency="CHF")],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[2]
    assert line.unit_price == Decimal("12.80") and line.status == "changed"


def test_a_serbian_line_reported_next_week_is_not_confirmed() -> None:
    res = read(
        "Poštovana gospođo Ruiz,\n\nPotvrđujemo porudžbenicu 4500012345. Stavka 1 i stavka 2 "
        "isporuka 15.12.2026. Za stavku 3 rok javljamo sledeće nedelje.\n\nPozdrav,\nDragan",
        [make_po(locale="sr-RS")],
    )
    got = {ln.line: ln.status for c in res.confirmations for ln in c.lines}
    assert got.get(3) in (None, "unconfirmed"), got
