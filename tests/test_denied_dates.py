"""A date the supplier's own clause denies ("not 11/12"), and the week a machine is in
maintenance, are no delivery dates. Every phrasing here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_extract import lines_of, make_po, read

MOULDINGS = [
    ("MLD-220", "Housing top PA6 GF30, tool 220", 1200, "EA", "1.45", "2026-12-04"),
    ("MLD-221", "Housing base PA6 GF30, tool 221", 800, "EA", "1.18", "2026-12-11"),
]


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        (
            "en-GB",
            "Hi Ana, line 1 as ordered for 04/12. Line 2: we can do 18/12, not 11/12 - the press "
            "goes into maintenance in week 50.",
        ),
        (
            "en-US",
            "Hi Ana, line 1 OK for 12/4 as ordered.\nLine 2 12/18 (not 12/11), that press is under "
            "maintenance wk 50.",
        ),
        (
            "de-DE",
            "Hallo Ana, Pos. 1 wie bestellt zum 04.12. Pos. 2: 18.12., nicht 11.12. – die "
            "Presse geht in KW 50 in die Wartung.",
        ),
    ],
)
def test_the_denied_date_and_the_maintenance_week_leave_the_new_date(
    locale: str, body: str
) -> None:
    res = read(body, [make_po(locale=locale, currency="EUR", lines=MOULDINGS)])
    assert res.kind == "confirmation", res.review_reasons
    lines = lines_of(res)
    assert (lines[1].status, lines[1].date) == ("accepted", date(2026, 12, 4))
    assert (lines[2].status, lines[2].date) == ("changed", date(2026, 12, 18))


def test_a_denied_day_is_not_a_denied_count_of_the_same_number() -> None:
    # batch AH 022: "on 18 Dec, not 4 Dec" on a line of 4 pieces was taken to deny the count 4
    res = read(
        "Hi Ana, line 1 as ordered. Line 2: the 4 housings can only go out for delivery on "
        "18 Dec, not 4 Dec - the paint shop is full.",
        [
            make_po(
                locale="en-SG",
                currency="EUR",
                lines=[
                    ("MLD-220", "Housing top PA6 GF30", 1200, "EA", "1.45", "2026-12-04"),
                    ("MLD-230", "Housing, painted", 4, "EA", "96.00", "2026-12-04"),
                ],
            )
        ],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[2]
    assert (line.status, line.quantity, line.date) == ("changed", 4, date(2026, 12, 18))
