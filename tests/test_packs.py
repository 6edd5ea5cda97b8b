"""Pack quantities and pack prices (agent/reading/units.py): a count or a price in packs is
converted to the PO's unit only when the pack's size is stated (in the reply, or in the PO
line's own description); otherwise a person sees it. A position number before a supplier's
item code ("10 KG050-EPDM") is no quantity in kilograms."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agent.reading.numbers import quantity_hits
from agent.reading.units import pack_sizes, price_per_po_unit
from tests.test_extract import lines_of, make_po, read


def one_line_po(desc: str, qty: int, uom: str, price: str, locale: str = "en-GB"):
    return [make_po(lines=[("X-1", desc, qty, uom, price, "2026-12-15")], locale=locale)]


@pytest.mark.parametrize(
    ("body", "locale", "uom", "qty", "price"),
    [
        # German: sacks of a stated weight, priced per sack, PO in kg
        (
            "Hallo,\n\nwir bestätigen 12 Säcke à 25 kg zu 110,00 € je Sack, Liefertermin wie bestellt.\n\nGruß",
            "de-DE",
            "KG",
            300,
            "4.40",
        ),
        # French: cartons of 24 pieces, priced per carton, PO in pieces
        (
            "Bonjour,\n\nNous confirmons 30 cartons de 24, au prix de 57,60 € par carton, livraison comme demandé.\n\nCordialement",
            "fr-FR",
            "EA",
            720,
            "2.40",
        ),
        # Polish: rolls of 20 kg, priced per roll, PO in kg
        (
            "Dzień dobry,\n\npotwierdzamy: 60 rolek po 20 kg, cena 50,00 EUR za rolkę, termin zgodnie z zamówieniem.\n\nPozdrawiam",
            "pl-PL",
            "KG",
            1200,
            "2.50",
        ),
        # English: the size after the count, price with a slash
        (
            "Hi,\n\nConfirmed: 8 drums x 200 l at EUR 380.00/drum, delivery as requested.\n\nSam",
            "en-GB",
            "L",
            1600,
            "1.90",
        ),
    ],
)
def test_packs_of_a_stated_size_are_the_pos_quantity_and_price(
    body: str, locale: str, uom: str, qty: int, price: str
) -> None:
    res = read(body, one_line_po("Material", qty, uom, price, locale))
    assert res.kind == "confirmation", res.review_reasons
    ln = lines_of(res)[1]
    assert (ln.status, ln.quantity, ln.unit_price) == ("accepted", qty, Decimal(price))


def test_a_price_per_kg_on_a_po_counted_in_rolls_of_stated_weight_is_per_roll() -> None:
    # the PO line's own description states the roll's weight: 3,10 per kg is 31.00 per roll
    pos = one_line_po("Stretch film 500 mm, roll 10 kg net", 50, "RL", "29.50", "nl-NL")
    res = read(
        "Goedemorgen,\n\nRegel 1: 50 rollen, prijs € 3,10 per kg. Levering zoals besteld.\n\nGroet",
        pos,
    )
    assert res.kind == "confirmation", res.review_reasons
    ln = lines_of(res)[1]
    assert (ln.status, ln.quantity, ln.unit_price) == ("changed", 50, Decimal("31.00"))


def test_a_price_per_pack_of_no_stated_size_is_not_converted() -> None:
    res = read(
        "Hi,\n\nConfirmed at GBP 105.00 per bag, delivery as requested.\n\nMatt",
        one_line_po("Hot-melt adhesive pellets", 500, "KG", "4.20"),
    )
    assert res.kind == "needs_review"


def test_a_count_of_packs_of_no_stated_size_is_not_the_quantity() -> None:
    res = read(
        "Hallo,\n\nwir liefern 20 Kartons, Termin wie bestellt.\n\nGruß",
        one_line_po("Schrauben M6", 2000, "ST", "0.05", "de-DE"),
    )
    assert res.kind == "needs_review"


def test_a_pack_named_in_a_po_line_counted_in_pieces_may_be_the_piece_itself() -> None:
    # 300 EA of 'gloves (box of 100)' at 6.40: each EA is a box, so 300 boxes is no 30,000
    res = read(
        "Hello,\n\nLine 1 - 300 boxes of 100 @ $6.40 - delivery as requested.\n\nJas",
        one_line_po("Nitrile gloves, size L (box of 100)", 300, "EA", "6.40", "en-US"),
    )
    for ln in lines_of(res).values() if res.confirmations else []:
        assert ln.quantity != 30000
        assert ln.unit_price != Decimal("0.064")


def test_a_pack_price_that_does_not_divide_exactly_is_not_converted() -> None:
    assert (
        price_per_po_unit(Decimal("10.00"), "box", "EA", pack_sizes("boxes of 7", "EA", "en"))
        is None
    )


@pytest.mark.parametrize(
    "row",
    [
        "10 KG050-EPDM TP-KIT-GUARN-50 40 PZ 18,60 29/01/2027",
        "20 BAG-KR-5 Sac kraft 5 kg farine 2 plis 30 000 0,1250 15/01/2027",
    ],
)
def test_a_position_number_before_an_item_code_is_no_quantity(row: str) -> None:
    pos = Decimal(row.split()[0])
    assert not [h for h in quantity_hits(row, "fr-FR") if h.value == pos]


def test_a_weight_after_an_equals_sign_is_no_count_of_rolls() -> None:
    # "3 Paletten = 640 kg" on a line counted in rolls: 640 is no number of rolls
    res = read(
        "Hallo,\n\nPos. 1: 3 Paletten = 640 kg, Termin wie bestellt.\n\nGruß",
        one_line_po("Stretchfolie 500 mm", 40, "RL", "38.40", "de-DE"),
    )
    for ln in lines_of(res).values() if res.confirmations else []:
        assert ln.quantity != 640


# ------------------------------------------------------------------ a count in the price cell


def _ack(price_cell: str) -> str:
    return (
        "SALES ORDER ACKNOWLEDGEMENT\n\nCust. ref  : 4500012345\n\n"
        "Ln  Product       Description              Qty   Price/Unit    Req.Date\n"
        "--  ------------  -----------------------  ----  ------------  --------\n"
        f" 1  WG-10-BK      Work glove size 10       240   {price_cell:<12}  15/12/26\n\n"
        "This is an automatically generated message.\n"
    )


@pytest.mark.parametrize(
    ("desc", "cell"),
    [
        ("Work gloves size 10 (pair)", "39.00/12PR"),  # per 12 pairs, the PO counts pairs
        ("Work gloves size 10", "39.00/DOZ"),  # per dozen pieces
        ("Work gloves size 10", "39.00/12 pcs"),
    ],
)
def test_a_count_after_the_price_in_its_cell_divides_it(desc: str, cell: str) -> None:
    res = read(_ack(cell), one_line_po(desc, 240, "EA", "3.25"))
    assert res.kind == "confirmation", res.review_reasons
    ln = lines_of(res)[1]
    assert (ln.status, ln.unit_price) == ("accepted", Decimal("3.25"))


def test_a_count_of_pairs_on_a_line_not_counted_in_pairs_is_not_converted() -> None:
    # 'PR' on gloves counted one by one: a pair is two, so no exact count of the PO's unit
    res = read(_ack("39.00/12PR"), one_line_po("Work glove size 10", 240, "EA", "3.25"))
    assert res.kind == "needs_review"
