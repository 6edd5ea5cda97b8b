"""What batch BG's first score taught (2 wrong values, 2 false confirmations), each in a
phrasing of its own:

- 038: the full-width yuan sign ("￥1.35/个") is money; 040: the baht written out after an
  amount ("3,980.00 บาท") is money. Both prices were missed and the PO's kept.
- 051: "we confirm the order with the date you mentioned", when our quoted mail mentions
  several dates, refers to content that is not the supplier's own: a person decides.
- 068: a 2027 price list sent to all customers ("All orders confirmed before year end ship at
  2026 prices", the list attached) confirms nothing: a statement about all orders is about
  something else, and an attachment headed or named as a price list is no answer.
"""

from __future__ import annotations

from decimal import Decimal

from agent.reading.numbers import price_hits
from tests.test_extract import _xlsx, lines_of, make_po, read


def test_the_full_width_yuan_sign_and_the_written_baht_are_money() -> None:
    (hit,) = price_hits("单价 ￥12.80/套，下周发货", "zh-CN")
    assert hit.value == Decimal("12.80") and hit.currency == "YEN/YUAN"
    (hit,) = price_hits("ราคาชุดละ 1,250.00 บาท", "th-TH")
    assert hit.value == Decimal("1250.00") and hit.currency == "THB"


def test_a_changed_price_with_the_full_width_yuan_sign() -> None:
    lines = [("CS-WD-01", "Chess set, walnut 40 cm", 200, "SET", "11.90", "2026-12-18")]
    res = read(
        "您好，\n\n订单4500012345确认：200套，单价调整为￥12.80/套，12月18日到货。\n\n王",
        [make_po(locale="zh-CN", currency="CNY", lines=lines)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].unit_price == Decimal("12.80")


def test_the_date_you_mentioned_is_no_date_of_the_supplier_s_own() -> None:
    res = read(
        "Hi Dana,\n\nyes, we confirm PO 4500012345 for the date you mentioned.\n\nBest, Sam",
        [make_po(locale="en-GB")],
    )
    assert res.kind == "needs_review"


def test_a_price_list_for_all_orders_confirms_nothing() -> None:
    sheet = _xlsx(
        [
            ["Preisliste 2027", "", "", ""],
            ["Artikel", "Beschreibung", "Einheit", "Preis EUR"],
            ["CAST-7781", "Getriebegehäuse", "Stk", 329.0],
            ["CAST-7782", "Getriebedeckel", "Stk", 12.9],
        ]
    )
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    res = read(
        "Guten Tag,\n\nanbei unsere Preisliste 2027. Alle Aufträge, die vor dem Jahreswechsel "
        "bestätigt werden, liefern wir noch zu den Preisen 2026.\n\nMit freundlichen Grüßen\n"
        "Jens",
        [make_po(locale="de-DE")],
        subject="Preisliste 2027",
        in_reply_to=None,
        attachments=(("Preise_2027.xlsx", xlsx, sheet),),
    )
    assert res.kind != "confirmation", [
        (ln.line, ln.status) for c in res.confirmations for ln in c.lines
    ]
