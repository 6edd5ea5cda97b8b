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
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].quantity == Decimal("9900")


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


def test_a_count_of_cartons_restated_in_pieces_is_the_lines_count() -> None:
    lines = [
        ("BAT-LR20", "Alkaline D cell LR20", 1000, "EA", "0.95", "2026-12-11"),
        ("BAT-4R25", "Lantern battery 6V 4R25", 300, "EA", "4.40", "2026-12-11"),
    ]
    body = (
        "G'day Sam,\n\nPO 4500012345 is confirmed.\nD cells only come in shipper cartons of 40 "
        "so we'll send 26 ctns (1,040 ea) - hope that's OK.\nLantern batteries 300 as "
        "ordered.\nBoth on the boat to arrive 11/12.\n\nCheers"
    )
    res = read(body, [make_po(locale="en-AU", currency="USD", lines=lines)])
    # the D cells are not named: the 1,040 goes to a person, never a confirmation of 1,000
    assert res.kind == "needs_review"
    assert any("1040" in r for r in res.review_reasons), res.review_reasons


def test_an_item_named_in_another_language_is_not_the_next_items() -> None:
    lines = [
        ("LAB-SYR-10", "Syringe 10 ml luer lock, sterile", 2000, "EA", "0.62", "2026-12-14"),
        ("LAB-NDL-21G", "Hypodermic needle 21G x 1.5in, sterile", 2000, "EA", "0.18", "2026-12-14"),
    ]
    body = (
        "שלום דנה,\n\nמאשרים את הזמנה מס' 4500012345:\n"
        "מזרקים 10 מ\"ל לואר לוק – 2,000 יח' במחיר 0.62 ₪ ליחידה, אספקה ב-14.12.\n"
        "מחטים 21G – יש במלאי רק 1,500 יח', נספק אותן ב-14.12, והיתרה (500 יח') תסופק ב-27.12.\n"
    )
    res = read(body, [make_po(locale="he-IL", currency="ILS", lines=lines)])
    # neither item is named in Hebrew: the reply goes to a person rather than the syringes'
    # price and date going to the needles
    assert res.kind == "needs_review"
