"""A list numbered with a full-width bracket or comma ("1）", "2、"), as Chinese and Japanese
mail writes it, with no space after the mark: each item is about its own line. The
phrasing is written for this test."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

CONES = [
    ("IC-W12", "Wafer cones 12 cm, carton 600 pcs", 6000, "PCS", "0.031", "2026-12-18"),
    ("IC-S15", "Sugar cones 15 cm, carton 400 pcs", 4000, "PCS", "0.046", "2026-12-18"),
]


def test_items_numbered_with_a_full_width_bracket_are_each_their_lines() -> None:
    res = read(
        "您好，订单确认如下：\n"
        "1）华夫蛋筒：10箱，共6000个，单价 0.031 美元不变。\n"
        "2）糖蛋筒：12箱，共4800个，单价 0.046 美元。\n"
        "交货日期：12月18日。",
        [make_po(locale="zh-CN", currency="USD", lines=CONES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[1].quantity == 6000
    assert got[2].status == "changed"
    assert got[2].quantity == 4800 and got[2].unit_price == Decimal("0.046")
