"""A price per 1000 pieces on a PO counted in boxes whose description states the pieces per
box ("Box 100 Stück") is a price per box: 72,00 EUR/1000 Stück is 7,20 a box. Without a stated
box size there is no exact conversion, and the reply goes to a person. Every phrasing is
written for these tests."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

BODY = (
    "Guten Tag,\n\nwir bestätigen Ihre Bestellung 4500012345:\n"
    "- Einmalhandschuhe Nitril: 300 Boxen (30.000 Stück) zu 72,00 EUR/1000 Stück\n"
    "- Mundschutz Typ IIR: 120 Boxen zu 31,50 EUR/1000 Stück\n\n"
    "Lieferung am 15.12.2026.\n\nMit freundlichen Grüßen"
)


def _po(sized: bool):
    return make_po(
        locale="de-DE",
        lines=[
            (
                "GL-NIT-M",
                "Einmalhandschuhe Nitril, Box 100 Stück" if sized else "Einmalhandschuhe Nitril",
                300,
                "BOX",
                "7.20",
                "2026-12-15",
            ),
            (
                "MS-IIR",
                "Mundschutz Typ IIR, Box 50 Stück" if sized else "Mundschutz Typ IIR",
                120,
                "BOX",
                "1.60",
                "2026-12-15",
            ),
        ],
    )


def test_a_price_per_thousand_pieces_is_a_price_per_box_of_stated_size() -> None:
    res = read(BODY, [_po(sized=True)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[1].unit_price == Decimal("7.20")
    # 31,50 per 1000 in boxes of 50 is 1,575 a box, not the PO's 1,60: a change
    assert got[2].status == "changed" and got[2].unit_price == Decimal("1.575")


def test_without_a_box_size_the_price_per_thousand_goes_to_a_person() -> None:
    res = read(BODY, [_po(sized=False)])
    assert res.kind == "needs_review"
