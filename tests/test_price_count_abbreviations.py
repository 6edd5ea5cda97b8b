"""A price's count written as an abbreviation or after an article ("9,80 EUR/Tsd.", "US$ 52,00
el millar") is a price per thousand; a date after an article ("12,50 € le 10 décembre") is no
count; a sailing date ("zarpe") is a ship date. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.reading.numbers import price_hits
from tests.test_extract import lines_of, make_po, read

CAPS = [
    ("CAP-28", "Screw cap 28 mm, white", 200000, "EA", "0.0098", "2027-01-15"),
    ("CAP-38", "Flip-top cap 38 mm", 60000, "EA", "0.0450", "2027-01-15"),
]


def test_an_abbreviated_thousand_is_the_price_count() -> None:
    (hit,) = price_hits("Pos. 2 kostet jetzt 52,00 EUR/Tsd., Lieferung wie bestellt", "de-DE")
    assert hit.per == 1000 and hit.unit_value == Decimal("0.052")


def test_a_date_after_an_article_is_no_price_count() -> None:
    for text, locale in (
        ("prix 12,50 € le 10 décembre", "fr-FR"),
        ("precio 5,00 € el 10 de diciembre", "es-ES"),
        ("prezzo 5,00 € al 10/12", "it-IT"),
    ):
        (hit,) = price_hits(text, locale)
        assert hit.per == 1, text


def test_a_price_per_thousand_in_german_shorthand_changes_the_line() -> None:
    res = read(
        "Guten Tag,\n\nBestellung 4500012345:\nPos. 1: 200.000 Stück zu 9,80 EUR/Tsd. "
        "bestätigt, Lieferung 15.01.2027.\nPos. 2: 60.000 Stück, neuer Preis 52,00 EUR/Tsd., "
        "Lieferung 15.01.2027.\n\nMit freundlichen Grüßen",
        [make_po(locale="de-DE", lines=CAPS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[1].unit_price == Decimal("0.0098")
    assert got[2].status == "changed" and got[2].unit_price == Decimal("0.052")


def test_a_spanish_price_el_millar_and_a_sailing_date() -> None:
    res = read(
        "Estimada Dana:\n\nConfirmamos la OC 4500012345:\n- Tapas 28 mm: 200.000 unidades a "
        "US$ 9,80 el millar.\n- Tapas 38 mm: 60.000 unidades a US$ 52,00 el millar.\n"
        "Zarpe desde Valparaíso el 02-12-2026, entrega en destino 15-01-2027.\n\nSaludos",
        [make_po(locale="es-CL", currency="USD", lines=CAPS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[1].unit_price == Decimal("0.0098")
    assert got[2].unit_price == Decimal("0.052")
    assert {ln.date for ln in got.values()} == {date(2027, 1, 15)}
