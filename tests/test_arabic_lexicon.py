"""Arabic is a lexicon language: an Arabic confirmation is read with its date and prices, a
promise to answer later holds the order, and a short quantity ("3 حاويات IBC فقط", only 3
IBC) is read as a change. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.reading import lexicon as L
from tests.test_extract import lines_of, make_po, read

GAS = [("LPG-136", "Propane gas, 13.6 kg cylinder", 30, "CYL", "28.00", "2026-12-10")]
IBC = [("PG-IBC", "Propylene glycol USP, IBC 1000 kg", 5, "IBC", "1720.00", "2026-12-10")]


def test_arabic_fills_every_table() -> None:
    tables = L.languages()["ar"]
    assert all(tables[t] for t in L.TABLES)


def test_an_arabic_confirmation_is_read_with_its_date() -> None:
    res = read(
        "السيدة دانة المحترمة،\n\nنؤكد لكم أمر الشراء رقم 4500012345 بالكامل، الكميات والأسعار "
        "حسب أمر الشراء، التسليم بتاريخ 15/12/2026.\n\nمع خالص التحية",
        [make_po(locale="ar-AE")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


def test_an_arabic_promise_to_answer_later_confirms_nothing() -> None:
    # the English "confirmed" alone confirms the order; the Arabic promise after it holds it
    res = read(
        "PO 4500012345 confirmed.\n\nسنؤكد لكم الأسعار ومواعيد التسليم لاحقاً.\n\nمع التحية",
        [make_po(locale="ar-SA")],
    )
    assert res.kind != "confirmation"


def test_a_price_per_kilogram_on_cylinders_converts_with_the_cylinder_weight() -> None:
    res = read(
        "السيدة دانة المحترمة،\n\nنؤكد طلبكم رقم 4500012345: 30 اسطوانة بسعر 2.10 يورو "
        "للكيلوغرام، التسليم بتاريخ 10/12/2026.\n\nمع التحية",
        [make_po(locale="ar-AE", lines=GAS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert (line.status, line.unit_price) == ("changed", Decimal("28.56"))  # 13.6 x 2.10


def test_only_some_ibc_is_a_change_of_quantity() -> None:
    res = read(
        "السيد المحترم،\n\nبالإشارة إلى أمر الشراء رقم 4500012345: المتوفر لدينا 2 حاوية IBC "
        "فقط بنفس السعر، الشحن بتاريخ 08/12/2026.\n\nمع التحية",
        [make_po(locale="ar-AE", currency="USD", lines=IBC)],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert (line.status, line.quantity) == ("changed", Decimal(2))


def test_a_discontinued_line_is_rejected() -> None:
    # the label's words were not seen as words ("only a line reference"), so the refusal
    # after "البند 2:" was dropped
    res = read(
        "السيدة دانة المحترمة،\n\nبخصوص أمر الشراء رقم 4500012345:\n"
        "البند 1: مؤكد حسب أمر الشراء، التسليم 15/12/2026.\n"
        "البند 2: نعتذر، تم إيقاف إنتاج هذا الصنف.\n"
        "البند 3: مؤكد حسب أمر الشراء، التسليم 15/12/2026.\n\nمع التحية",
        [make_po(locale="ar-EG")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert [ln.status for ln in lines_of(res).values()] == ["accepted", "rejected", "accepted"]
