"""What one PO unit holds, and counts written as lots. A price per litre or per kilogram of
goods ordered in tins, sacks or IBCs is converted with the size the line's description
states ("20 l tin"); a price per a pack with its size ("per 25 kg bag") on a PO counted in
tonnes too. "40 bags per tonne" says how many make a tonne, not how many are sent, and
"40 x 25 kg" is a thousand kilograms, not 25. Every phrasing is written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agent.reading.numbers import quantity_hits
from agent.reading.units import stated_packs
from tests.test_extract import lines_of, make_po, read

PAINT = [("PNT-20", "Interior wall paint white, 20 l tin", 50, "TIN", "74.00", "2026-12-11")]
SALT = [("SALT-25", "White de-icing salt, 25 kg bags", 20, "T", "95.00", "2026-12-10")]
ROCK = [("SALT-BB", "Brown rock salt, 1 t big bag", 40, "T", "68.00", "2026-12-10")]
FLOUR = [("FLR-T55", "Wheat flour T55, 25 kg sacks", 1000, "KG", "0.68", "2026-12-10")]
GLYCERINE = [("GLY-IBC", "Glycerine 99.5 %, IBC 1000 l", 2, "EA", "1450.00", "2026-12-10")]
DUCT = [("DUCT-42", "Rectangular duct 400x200 mm, galvanised", 120, "M", "18.40", "2026-12-10")]


def _line(body: str, lines, locale: str = "en-GB"):
    res = read(body, [make_po(locale=locale, currency="EUR", lines=lines)])
    assert res.kind == "confirmation", res.review_reasons
    return lines_of(res)[1]


@pytest.mark.parametrize(
    ("body", "lines", "price"),
    [
        ("We confirm 50 tins at EUR 3.95 per litre, delivery 11/12/2026.", PAINT, "79.00"),
        ("Confirmed, 50 x 20 l tins, price EUR 3.95/l, delivery 11/12/2026.", PAINT, "79.00"),
        (
            "Wir bestätigen 50 Eimer zu 3,95 €/l, Liefertermin 11.12.2026.",
            PAINT,
            "79.00",
        ),
        ("Confirmed: 2 x 1000 l IBC at EUR 1.52/l, delivery 10/12/2026.", GLYCERINE, "1520.00"),
        # a pack with its size after "per", on a PO counted in tonnes: 2.45 / 0.025 t
        ("We confirm the 20 tonnes at EUR 2.45 per 25 kg bag, delivery 10/12/2026.", SALT, "98.00"),
    ],
)
def test_a_price_per_measure_is_converted_with_what_one_po_unit_holds(
    body: str, lines, price: str
) -> None:
    line = _line(body, lines, "de-DE" if "Wir" in body else "en-GB")
    assert (line.status, line.unit_price) == ("changed", Decimal(price))


def test_the_content_of_a_po_unit_converts_prices_only_never_counts() -> None:
    packs = stated_packs("2 IBC", "Glycerine 99.5 %, IBC 1000 l", "EA", "en-GB")
    assert any("content" in p.kinds and p.size == 1000 for p in packs)
    line = _line("We confirm 2 IBC of 1000 l each, delivery 10/12/2026.", GLYCERINE)
    assert (line.status, line.quantity) == ("accepted", 2)


def test_how_many_packs_make_a_tonne_is_no_count_of_packs() -> None:
    line = _line(
        "We can supply the 20 tonnes (800 x 25 kg bags, 40 bags per tonne) at EUR 95.00 per "
        "tonne, delivery 10/12/2026.",
        SALT,
    )
    assert (line.status, line.quantity, line.unit_price) == ("accepted", 20, Decimal("95.00"))


@pytest.mark.parametrize(
    ("body", "lines", "quantity"),
    [
        ("We confirm 40 x 25 kg paper sacks, delivery 10/12/2026.", FLOUR, 1000),
        ("Confirmed: 40 x 25 kg, delivery 10/12/2026.", FLOUR, 1000),
        ("We confirm 40 x 1 t woven bags, delivery 10/12/2026.", ROCK, 40),
        ("Brown rock salt: 40 x 1 t bulk bags at your order price, 10/12/2026.", ROCK, 40),
    ],
)
def test_a_count_of_lots_is_the_lots_times_their_size(body: str, lines, quantity: int) -> None:
    line = _line(body, lines)
    assert (line.status, line.quantity) == ("accepted", quantity)


def test_lots_are_read_whole_and_a_dimension_is_no_quantity() -> None:
    (hit,) = quantity_hits("we ship 2 x 500 pcs", "en-GB", ("EA",))
    assert (hit.value, hit.text) == (500 * 2, "2 x 500 pcs")
    assert [h.value for h in quantity_hits("duct 400 x 200 mm", "en-GB", ("M",))] == []
    line = _line("We confirm the duct 400 x 200 mm, 100 m only, delivery 10/12/2026.", DUCT)
    assert (line.status, line.quantity) == ("changed", 100)


YEAST = [("YST-500", "Instant dry yeast, 500 g vacuum pack", 240, "EA", "2.85", "2026-11-24")]


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        # a pack of packs whose inner pack weighs what one PO unit holds (batch AC 045)
        ("nl-NL", "Wij leveren de gist per doos van 20 pakken à 500 g, prijs € 55,00 per doos."),
        ("en-GB", "We supply the yeast in cartons of 20 packs of 500 g at EUR 55.00 per carton."),
    ],
)
def test_a_price_per_pack_of_packs_is_divided_by_the_packs_it_holds(locale: str, body: str) -> None:
    line = _line(body + " Delivery 24/11/2026.", YEAST, locale)
    assert (line.status, line.quantity, line.unit_price) == ("changed", 240, Decimal("2.75"))


BAKERY = [
    ("SUG-10", "Icing sugar, 10 kg bag", 80, "BAG", "12.40", "2026-11-24"),
    ("RYE-25", "Rye flour type 1150, 25 kg sack", 120, "SAC", "17.30", "2026-11-24"),
]


def test_the_goods_in_brackets_after_each_line_number_are_no_quantities() -> None:
    res = read(
        "Regels 1 (poedersuiker 10 kg) en 2 (roggebloem type 1150): akkoord zoals besteld, "
        "levering 24 november.",
        [make_po(locale="nl-NL", currency="EUR", lines=BAKERY)],
    )
    lines = lines_of(res)
    assert [(lines[n].status, lines[n].quantity) for n in (1, 2)] == [
        ("accepted", 80),
        ("accepted", 120),
    ]


LEDGERS = [
    ("LED-257", "Ringlock ledger 2.57 m, galvanised (10.0 kg)", 400, "PCS", "14.20", "2026-12-14")
]


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        # batch AF 070: "Ціну на ригелі рахуємо за тонну: 1 480 EUR/т" on ledgers of 10.0 kg
        ("en-GB", "We confirm 400 ledgers, priced by weight at EUR 1,480 per tonne."),
        ("uk-UA", "Підтверджуємо 400 шт., ціна за тонну: 1 480 EUR/т."),
        ("ro-RO", "Confirmăm 400 buc., preț 1.480 EUR/tonă."),
    ],
)
def test_a_price_per_tonne_on_pieces_converts_with_each_piece_s_weight(
    locale: str, body: str
) -> None:
    line = _line(body + " Delivery 14.12.2026.", LEDGERS, locale)
    assert (line.status, line.quantity, line.unit_price) == ("changed", 400, Decimal("14.80"))
