"""Pack words and price counts of Slovenian, Finnish and Hebrew replies: a price per pack of
stated size, or per 100 written "ל-100", is a price per the PO's unit. Written for these
tests, in other words than the corpus cases that showed them missing."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read


def test_slovenian_packs_abbreviated_pak_give_a_price_per_piece() -> None:
    res = read(
        "Pozdravljeni,\npotrjujemo naročilo: vijaki za les 4x40 so pakirani po 200 kos, "
        "10 pakiranj à 9,60 EUR/pak. Dobava 9. 12. 2026.",
        [
            make_po(
                locale="sl-SI",
                currency="EUR",
                lines=[("WS-4x40", "Wood screw 4x40 TX20", 2000, "PCS", "0.045", "2026-12-09")],
            )
        ],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert (line.status, line.quantity, line.unit_price) == ("changed", 2000, Decimal("0.048"))


def test_a_finnish_price_per_can_of_stated_weight_is_a_price_per_kilogram() -> None:
    res = read(
        "Hei,\nvahvistamme tilauksen: pohjamaali 30 purkkia à 2,5 kg, hinta 31,25 €/purkki. "
        "Toimitus 9.12.2026.",
        [
            make_po(
                locale="fi-FI",
                currency="EUR",
                lines=[("PM-25", "Primer grey, 2.5 kg can", 75, "KG", "12.10", "2026-12-09")],
            )
        ],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert (line.status, line.quantity, line.unit_price) == ("changed", 75, Decimal("12.50"))


def test_a_hebrew_price_for_100_joined_by_a_hyphen_is_per_100() -> None:
    res = read(
        "שלום,\nמאשרים את ההזמנה: תוויות 40x20 מ\"מ – 10,000 יח', מחיר $2.40 ל-100 יח', "
        "אספקה 09/12/2026",
        [
            make_po(
                locale="he-IL",
                currency="USD",
                lines=[("LBL-4020", "Label 40x20 mm, white", 10000, "PCS", "0.022", "2026-12-09")],
            )
        ],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert (line.status, line.unit_price) == ("changed", Decimal("0.024"))
