"""Hebrew counts with their units ("1,500 ק"ג", "40 יח'"): the abbreviations carry a gershayim
or a geresh inside. The kilogram was no unit, so a reduced quantity was missed and the PO's
kept (held-out BI 046, wrong on first sight)."""

from __future__ import annotations

from decimal import Decimal

from agent.reading.numbers import quantity_hits
from tests.test_extract import lines_of, make_po, read


def test_hebrew_units_with_gershayim_and_geresh() -> None:
    (hit,) = quantity_hits('750 ק"ג בלבד', "he-IL", ("KG",))
    assert hit.value == 750 and hit.unit == 'ק"ג'
    (hit,) = quantity_hits("משלוח של 40 יח' בשבוע הבא", "he-IL", ("EA",))
    assert hit.value == 40


def test_a_reduced_quantity_in_hebrew_kilograms() -> None:
    lines = [("KI-BEAN", "Cocoa beans, 60 kg bags", 3000, "KG", "6.75", "2026-12-15")]
    res = read(
        'שלום,\n\nמאשרים את הזמנה 4500012345: 2,400 ק"ג בלבד (זה כל המלאי), 6.75 דולר לק"ג, '
        "אספקה 15/12/2026.\n\nבברכה\nיעל",
        [make_po(locale="he-IL", currency="USD", lines=lines)],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert line.quantity == Decimal(2400) and line.status == "changed"
