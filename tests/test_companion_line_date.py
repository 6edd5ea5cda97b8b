"""A line whose only word on its date is the line it goes with ("Pos. 3: … zusammen mit Pos.
1", batch AZ 028) takes that line's date when that line's own words give one; before, every
such reply went to a person."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read


def test_a_line_shipped_with_another_takes_its_date() -> None:
    res = read(
        "Hi Dana,\n\nPO 4500012345 confirmed:\n\n"
        "Line 1: 40 housings at EUR 312.50, delivery 18/12/2026.\n"
        "Line 2: 100 covers at EUR 12.10, delivery 15/12/2026.\n"
        "Line 3: 60 feet at EUR 8.60, together with line 1.\n\nRegards, Sam",
        [make_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[3].date == date(2026, 12, 18) and got[3].status == "changed"
    assert got[3].unit_price == Decimal("8.60")
    assert got[2].status == "accepted"


def test_a_line_tied_to_a_line_with_no_date_of_its_own_goes_to_a_person() -> None:
    res = read(
        "Hi Dana,\n\nPO 4500012345:\n\nLine 1: 40 housings at EUR 312.50, date to follow.\n"
        "Line 2: 100 covers at EUR 12.10, delivery 15/12/2026.\n"
        "Line 3: 60 feet at EUR 8.40, together with line 1.\n\nRegards, Sam",
        [make_po()],
    )
    assert res.kind == "needs_review"
    assert not any(
        ln.line == 3 and ln.status in ("accepted", "changed")
        for c in res.confirmations
        for ln in c.lines
    )
