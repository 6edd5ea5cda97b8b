"""The old date a new one replaces ("místo 15. 12.", "ao invés de 15/12") is no
commitment, in any lexicon language; "you'll have them" is the day goods reach us, which wins
over the ship date. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.test_extract import lines_of, make_po, read


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Dobrý den,\n\nobjednávku 4500012345 potvrzujeme. Z důvodu opravy stroje bude "
            "dodání 22. 12. 2026 místo 15. 12., množství a ceny beze změny.\n\nS pozdravem",
            "cs-CZ",
        ),
        (
            "Olá,\n\nconfirmamos o pedido 4500012345. A entrega será em 22/12/2026 ao invés de "
            "15/12, quantidades e preços sem alteração.\n\nAbraço",
            "pt-BR",
        ),
    ],
)
def test_the_date_a_new_one_replaces_is_no_commitment(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 22)}


def test_the_day_we_will_have_the_goods_wins_over_the_ship_date() -> None:
    res = read(
        "Hi Dana,\n\nPO 4500012345 confirmed, quantities and prices as per your PO - it all ships 12/14 and you'll have "
        "everything 12/16.\n\nSam",
        [make_po(locale="en-US")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 16)}


def test_a_count_in_another_unit_equal_to_the_quantity_is_no_other_quantity() -> None:
    # "96 pcs = 8.64 m3": the pieces restate the cubic metres ordered
    lines = [("TMB-50", "Spruce boards 50x150 mm", 8.64, "M3", "412.00", "2026-12-15")]
    res = read(
        "Hello,\n\nPO 4500012345 confirmed: spruce boards 96 pcs = 8.64 m3 at EUR 412.00 per "
        "m3, delivery 15/12/2026.\n\nBest regards",
        [make_po(locale="en-GB", lines=lines)],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert line.status == "accepted" and line.quantity == Decimal("8.64")


def test_a_specification_with_an_equals_sign_is_no_quantity() -> None:
    # "f=25" is the lens's focal length, not a count: the quantity is the 40 pieces
    lines = [("LNS-25", "Plano-convex lens d=25 f=25", 40, "EA", "18.60", "2026-12-15")]
    res = read(
        "Hello,\n\nwe confirm PO 4500012345: lens d=25 f=25, 40 pcs at EUR 18.60, delivery "
        "15/12/2026.\n\nBest regards",
        [make_po(locale="en-GB", lines=lines)],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert line.status == "accepted" and line.quantity == 40
