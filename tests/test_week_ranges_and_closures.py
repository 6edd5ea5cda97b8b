"""A range of calendar weeks ("vecka 2–3", "KW 50-51") commits to its last week (FORMAT.md:
the date of the last delivery), never to its first; a closure written as one compound word
("julstängt", "julelukket") is a closure. Phrasings written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_extract import lines_of, make_po, read

FILTERS = [("F7-592", "Compact filter F7 592x592x292", 48, "EA", "74.00", "2027-01-08")]


@pytest.mark.parametrize(
    ("locale", "body", "want"),
    [
        (
            "sv-SE",
            "Hej! Vi bekräftar 48 st à 74,00 EUR. Leverans vecka 2–3, fabriken har julstängt "
            "v. 52–53.",
            date(2027, 1, 22),
        ),
        (
            "de-DE",
            "Wir bestätigen 48 Stück zu 74,00 EUR, Lieferung KW 3-4 wegen Betriebsferien.",
            date(2027, 1, 29),
        ),
    ],
)
def test_a_range_of_weeks_commits_to_its_last_week(locale: str, body: str, want: date) -> None:
    res = read(body, [make_po(locale=locale, lines=FILTERS)])
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].date == want


def test_a_danish_compound_closure_names_no_delivery() -> None:
    res = read(
        "Hej, vi bekræfter ordren: 48 stk à 74,00 EUR, levering fredag 8. januar 2027. "
        "NB: lageret holder julelukket fra 23/12 til og med 3/1.",
        [make_po(locale="da-DK", lines=FILTERS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].status == "accepted"
