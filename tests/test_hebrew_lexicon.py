"""Hebrew is a lexicon language: a Hebrew confirmation is read, and a Hebrew promise to
answer later holds the order. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

from agent.reading import lexicon as L
from tests.test_extract import lines_of, make_po, read


def test_hebrew_fills_every_table() -> None:
    tables = L.languages()["he"]
    assert all(tables[t] for t in L.TABLES)


def test_a_hebrew_confirmation_is_read() -> None:
    res = read(
        "שלום דנה,\n\nאנו מאשרים את הזמנה 4500012345 במלואה, כמויות ומחירים לפי ההזמנה, "
        "אספקה ב-15/12/2026.\n\nבברכה",
        [make_po(locale="he-IL")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


def test_a_hebrew_promise_to_answer_later_confirms_nothing() -> None:
    res = read(
        "שלום דנה,\n\nקיבלנו את הזמנה 4500012345, נחזור אליך עם מועד אספקה בהקדם.\n\nבברכה",
        [make_po(locale="he-IL")],
    )
    assert res.kind != "confirmation"


def test_the_word_for_situation_is_no_reference_to_an_attachment() -> None:
    res = read(
        "שלום דנה,\n\nמצב המלאי טוב: אנו מאשרים את הזמנה 4500012345 במלואה, כמויות ומחירים "
        "לפי ההזמנה, אספקה ב-15/12/2026.\n\nבברכה",
        [make_po(locale="he-IL")],
    )
    assert res.kind == "confirmation", res.review_reasons
