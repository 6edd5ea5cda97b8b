"""A pack defined in brackets right after its name ("per full pallet (55 bags of 25 kg =
1,375 kg)") holds one pack's content, not the line's quantity; bulk packs (octabins, IBCs,
big bags, totes) are packs like boxes and drums. Every phrasing is written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agent.reading.units import pack_kinds
from tests.test_extract import lines_of, make_po, read

RESIN = [("PP-H350", "PP homopolymer granules", 11000, "KG", "1.3850", "2026-11-27")]


def test_the_content_of_one_pallet_is_no_quantity_of_the_line() -> None:
    body = (
        "Hi Dana,\n\nPO 4500012345: we deliver by the full pallet only (55 bags of 25 kg = "
        "1,375 kg). Your 11,000 kg is 8 pallets, price unchanged at EUR 1.385/kg, delivery "
        "27 November.\n\nRegards"
    )
    res = read(body, [make_po(locale="en-GB", currency="EUR", lines=RESIN)])
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].quantity == Decimal("11000")


def test_a_count_of_packs_converted_in_brackets_is_still_the_quantity() -> None:
    body = (
        "Hi Dana,\n\nPO 4500012345: we can only ship 9 pallets (= 9,900 kg) on 27 November, "
        "price as ordered.\n\nRegards"
    )
    res = read(body, [make_po(locale="en-GB", currency="EUR", lines=RESIN)])
    if res.kind == "confirmation":
        assert lines_of(res)[1].quantity == Decimal("9900")
    else:
        assert res.kind == "needs_review"


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("octabins", "box"),
        ("IBC", "drum"),
        ("IBCs", "drum"),
        ("big bags", "bag"),
        ("FIBC", "bag"),
        ("totes", "drum"),
        ("jerrycans", "drum"),
    ],
)
def test_bulk_packs_are_packs(word: str, kind: str) -> None:
    assert kind in pack_kinds(word)
