"""A supplier that has only part of a line in stock and declines the rest in so many words
("only 120 m in stock ... the remaining 80 m we cannot supply") commits to the part: the line
changes to it. Stock alone, or a rest that is still to come, commits to nothing. Every
phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_extract import lines_of, make_po, read

HOSE = [
    ("HS-25", "Suction hose 25 mm, reinforced", 200, "M", "6.40", "2026-12-15"),
    ("CL-25", "Hose clamp 25 mm", 100, "EA", "0.85", "2026-12-15"),
]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Hi Dana,\n\nre PO 4500012345:\n"
            "1. Suction hose 25 mm: we only have 120 m in stock at 6.40/m. The remaining 80 m "
            "we cannot supply this year.\n"
            "2. Hose clamps 25 mm: 100 pcs at 0.85, as ordered.\n"
            "Both ship to arrive on 15 Dec.\n\nBest, Sam",
            "en-GB",
        ),
        (
            "Dobrý den,\n\nk objednávce 4500012345:\n"
            "1. Sací hadice 25 mm: skladem máme pouze 120 m za 6,40 EUR/m. Zbývajících 80 m "
            "nejsme schopni dodat.\n"
            "2. Hadicové spony 25 mm: 100 ks za 0,85 EUR dle objednávky.\n"
            "Dodání obou položek 15. 12. 2026.\n\nS pozdravem",
            "cs-CZ",
        ),
    ],
)
def test_the_stock_is_the_line_when_the_rest_is_declined(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale, lines=HOSE)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "changed" and got[1].quantity == 120
    assert not got[1].schedule and got[1].date == date(2026, 12, 15)
    assert got[2].status == "accepted"


def test_stock_with_the_rest_still_to_come_is_not_the_line() -> None:
    body = (
        "Hi Dana,\n\nre PO 4500012345:\n"
        "1. Suction hose 25 mm: we only have 120 m in stock at 6.40/m. The remaining 80 m "
        "will follow, we will let you know when.\n"
        "2. Hose clamps 25 mm: 100 pcs at 0.85, as ordered.\n"
        "Both ship to arrive on 15 Dec.\n\nBest, Sam"
    )
    res = read(body, [make_po(lines=HOSE)])
    got = {ln.line: ln for c in res.confirmations for ln in c.lines}
    assert res.kind == "needs_review" or got[1].status == "unconfirmed", (res.kind, got)
    assert not (got.get(1) and got[1].status == "accepted")
