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


TINS = [
    ("VRN-05", "Varnish 0.5 l tin", 480, "EA", "3.90", "2026-12-11"),
    ("VRN-25", "Varnish 2.5 l tin", 120, "EA", "14.20", "2026-12-11"),
]


def test_a_price_per_pack_named_before_the_figure_converts_to_the_po_unit() -> None:
    for body, locale in (
        (
            "Dobrý den,\n\nobjednávku 4500012345 potvrzujeme.\nPoz. 1: balíme po kartonech; "
            "cena za karton (24 ks) činí 96,00 EUR, množství 480 ks beze změny.\nPoz. 2: 120 "
            "ks za 14,20 EUR.\nDodání obou položek 11. 12. 2026.\n\nS pozdravem",
            "cs-CZ",
        ),
        (
            "Hi Dana,\n\nPO 4500012345 confirmed. Line 1: the price per carton (24 pcs) is "
            "now EUR 96.00; the quantity stays at 480 tins. Line 2: 120 tins at EUR 14.20. Both lines "
            "delivered 11/12/2026.\n\nRegards",
            "en-GB",
        ),
    ):
        res = read(body, [make_po(locale=locale, lines=TINS)])
        assert res.kind == "confirmation", (locale, res.review_reasons)
        got = lines_of(res)
        assert got[1].status == "changed" and got[1].unit_price == Decimal("4.00"), locale
        assert got[1].quantity == 480 and got[2].status == "accepted", locale
