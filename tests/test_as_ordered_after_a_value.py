""" "4,85 €/kg as ordered" says the price is as ordered, not the date the same item gives; a
date on its own line after a delivery word ("consegna 15/12") is the delivery's, even when the
line above, wrapped into the same sentence, speaks of a price list's start. Every phrasing is
written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

FILMS = [
    ("BOPP-25-700", "BOPP film 25 µm, 700 mm", 30000, "M", "0.0910", "2026-12-11"),
    ("PETPE-480", "Laminate PET/PE, 480 mm", 900, "KG", "5.20", "2026-12-11"),
]


def test_as_ordered_after_a_price_is_about_the_price() -> None:
    res = read(
        "Buongiorno,\n\nconfermiamo l'ordine 4500012345 come segue:\npos. 1 - BOPP 25 µm\n"
        "   30.000 m, 0,0910 €/m\n   consegna 11/12\npos. 2 - accoppiato PET/PE 480 mm\n"
        "   900 kg\n   5,20 €/kg come da ordine\n   consegna settimana 51\n\nCordiali saluti",
        [make_po(locale="it-IT", lines=FILMS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].unit_price == Decimal("5.20") and got[2].date == date(2026, 12, 18)


def test_a_delivery_line_under_a_price_list_remark_is_the_delivery_date() -> None:
    res = read(
        "Buongiorno,\n\nconfermiamo l'ordine 4500012345 come segue:\npos. 1 - BOPP 25 µm\n"
        "   30.000 m\n   prezzo 96,00 € / 1000 m - dal 1° novembre vale il nuovo listino\n"
        "   consegna 16/12\npos. 2 - accoppiato PET/PE 480 mm\n   900 kg a 5,20 €/kg\n"
        "   consegna 16/12\n\nCordiali saluti",
        [make_po(locale="it-IT", lines=FILMS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].unit_price == Decimal("0.096") and got[1].date == date(2026, 12, 16)
