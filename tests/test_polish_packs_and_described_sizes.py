"""Polish boxes "po 1000 szt." hold a thousand (not "100" and a "0"), and "po 1000" there is no
order number; a size the description writes with a letter before it ("DIN 125 A 8,4") is no
price after "a"; Serbian "уместо" / "umesto" names the old price. Every phrasing is written
for these tests."""

from __future__ import annotations

from decimal import Decimal

from agent.reading.units import pack_sizes
from tests.test_extract import lines_of, make_po, read

FIXINGS = [
    ("DIN933-M10", "Śruba DIN 933 M10x40 8.8 ocynk", 20000, "EA", "0.0620", "2027-01-18"),
    ("DIN125-A10.5", "Podkładka DIN 125 A 10,5 ocynk", 20000, "EA", "0.0071", "2027-01-18"),
]


def test_a_box_of_a_thousand_holds_a_thousand() -> None:
    (pack,) = pack_sizes("20 kartonów po 1000 szt.", "EA", "pl-PL")
    assert pack.size == 1000


def test_boxes_of_a_thousand_a_described_size_and_prices_per_thousand() -> None:
    res = read(
        "Dzień dobry,\n\npotwierdzamy zamówienie nr 4500012345:\n"
        "poz. 1 – śruba DIN 933 M10x40: 20 000 szt. (20 kartonów po 1000 szt.), cena 62,00 zł "
        "/ 1000 szt., termin dostawy 18.01.2027\n"
        "poz. 2 – podkładka DIN 125 A 10,5 ZN: 20 000 szt., cena 7,40 zł / 1000 szt., termin "
        "dostawy 18.01.2027\n\nPozdrawiamy",
        [make_po(locale="pl-PL", currency="PLN", lines=FIXINGS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[1].quantity == 20000
    assert got[2].unit_price == Decimal("0.0074")


def test_the_old_price_after_serbian_instead_of() -> None:
    meal = [("SOY-46", "Soybean meal 46% protein", 40, "T", "401.00", "2026-12-14")]
    res = read(
        "Poštovani,\n\nPotvrđujemo porudžbinu br. 4500012345, isporuka 14.12.2026. Cena je "
        "415,00 EUR/t umesto 401,00 EUR/t.\n\nPozdrav",
        [make_po(locale="sr-Latn-RS", lines=meal)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].unit_price == Decimal("415.00")
