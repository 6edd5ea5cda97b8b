"""A date written after its label and a dash ("Відвантаження зі складу - 20.03.2026, доставка
до вашого господарства - 23.03.2026") keeps its label: the first is the ship date, the second
the delivery date, and the delivery date is the line's. Every phrasing is written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from agent.reading.extract import _clauses
from tests.test_extract import lines_of, make_po, read


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        (
            "Відвантаження зі складу - 10.12.2026, доставка до вашого складу - 14.12.2026.",
            "uk-UA",
        ),
        ("Dispatch from our warehouse - 10/12/2026, delivery to your site - 14/12/2026.", "en-GB"),
    ],
)
def test_a_label_and_its_date_across_a_dash_stay_together(said: str, locale: str) -> None:
    body = (
        f"Hello Dana,\n\nwe confirm order 4500012345 at your prices and quantities.\n{said}\n\nSam"
    )
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert {ln.date for ln in got.values()} == {date(2026, 12, 14)}
    assert {ln.date_kind for ln in got.values()} == {"delivery"}


def test_a_dash_between_two_items_still_splits() -> None:
    assert _clauses("Gearbox housings - 40 pcs - 15.12.2026") == [
        "Gearbox housings",
        "40 pcs",
        "15.12.2026",
    ]
