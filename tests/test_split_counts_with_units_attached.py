"""A split delivery whose counts carry their unit without a space ("- 120,000EA : 12월
22일") is read with the whole count, not the "120" a bare number scan stops at. Every
phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read

CONNECTORS = [
    ("CN-HW-040", "Wire-to-board housing 4 pin", 50000, "EA", "0.038", "2026-12-22"),
    ("CN-TM-022", "Crimp terminal 22 AWG", 200000, "EA", "0.0095", "2026-12-22"),
]


def test_counts_with_their_unit_attached_make_up_the_split() -> None:
    body = (
        "Dana 님 안녕하세요.\n\n발주서 4500012345 건 아래와 같이 회신드립니다.\n\n"
        "1. CN-HW-040 (50,000EA) : 단가 USD 0.038, 12월 22일 납품 가능합니다.\n"
        "2. CN-TM-022 (200,000EA) : 단가 USD 0.0095 동일. 아래와 같이 분할 납품하겠습니다.\n"
        "   - 120,000EA : 12월 22일\n   - 80,000EA : 2027년 1월 8일\n\n감사합니다."
    )
    res = read(body, [make_po(locale="ko-KR", currency="USD", lines=CONNECTORS)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)[2]
    assert [(p.quantity, p.date) for p in got.schedule] == [
        (120000, date(2026, 12, 22)),
        (80000, date(2027, 1, 8)),
    ]
