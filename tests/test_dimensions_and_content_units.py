"""Goods named by their dimensions ("300x4,8" of "300 x 4,8 mm") are their line, however the
supplier spaces them; a count in the unit the description counts a pack's content in
("3.000 uds" on bags of "100 uds") is no count of the PO's unit. Phrasings written for these
tests, not the batches' cases."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

TIES = [
    ("CT-200", "Brida nylon negra 200 x 4,8 mm, bolsa 100 uds", 50, "BAG", "4.20", "2026-12-10"),
    ("CT-300", "Brida nylon negra 300 x 4,8 mm, bolsa 100 uds", 30, "BAG", "6.10", "2026-12-10"),
]


def test_goods_named_by_their_dimensions_are_their_line() -> None:
    # the lines share every word and the "4,8 mm"; the supplier writes "200x4,8" unspaced
    res = read(
        "Confirmamos el pedido, entrega 10/12:\n"
        "- brida 200x4,8 negra: 50 bolsas a 3,90 €\n"
        "- brida 300x4,8 negra: 30 bolsas a 6,10 €\n",
        [make_po(locale="es-ES", lines=TIES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].status, got[1].unit_price) == ("changed", Decimal("3.90"))
    assert (got[2].status, got[2].unit_price) == ("accepted", Decimal("6.10"))


def _ties(size_words: str) -> dict:
    return make_po(
        locale="es-ES",
        lines=[
            ("CT-300", f"Brida nylon 300 x 4,8 mm, {size_words}", 30, "BAG", "6.10", "2026-12-10"),
            ("CT-150", f"Brida nylon 150 x 3,6 mm, {size_words}", 40, "BAG", "2.30", "2026-12-10"),
        ],
    )


_TIES_IN_PIECES = "Te confirmo el pedido, entrega el 10/12:\n- brida 300x4,8: 3.000 uds\n- brida 150x3,6: 4.000 uds\n"


def test_a_count_in_the_packs_content_unit_converts_through_its_stated_size() -> None:
    # "bolsa 100 uds": 3.000 pieces are 30 of the PO's bags, never 3000 bags
    res = read(_TIES_IN_PIECES, [_ties("bolsa 100 uds")])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].status, got[1].quantity) == ("accepted", 30)
    assert (got[2].status, got[2].quantity) == ("accepted", 40)


def test_a_count_in_pieces_on_bags_of_unstated_size_is_no_count_of_bags() -> None:
    # the bag's size unknown: 3.000 pieces are neither 3000 bags nor any number of them
    res = read(_TIES_IN_PIECES, [_ties("bolsa")])
    assert res.kind == "needs_review"
    assert any("3000" in r for r in res.review_reasons), res.review_reasons
