"""A month's name glued into an item code ("TM-OCT3-P", "SA-DEC12-R") is no date; the same
name standing alone still is. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

from agent.reading.dates import find_dates
from tests.test_extract import lines_of, make_po, read


def test_a_month_glued_into_a_code_is_no_date() -> None:
    hits, _ = find_dates("2 SA-DEC12-R Damper rear, ships Oct 3", "en-US", date(2026, 9, 1))
    assert [h.text for h in hits] == ["Oct 3"]


def test_codes_with_month_names_leave_the_rows_date_alone() -> None:
    res = read(
        "Hello,\n\nPO 4500012345 confirmed:\nLine 1 (our TM-OCT3-P): 40 pcs, dispatch "
        "03.12.2026\nLine 2 (our TM-NOV2-Z): 100 pcs, dispatch 03.12.2026\n\nRegards",
        [
            make_po(
                locale="en-GB",
                lines=[
                    ("SA-OCT3-F", "Shock absorber front", 40, "EA", "31.20", "2026-12-07"),
                    ("SA-NOV2-R", "Shock absorber rear", 100, "EA", "27.60", "2026-12-07"),
                ],
            )
        ],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 3)}
