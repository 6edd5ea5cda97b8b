"""The day a batch is released by the supplier's quality control ("Batch release by QA
expected on 20/06/2026", "Chargenfreigabe am 18.12.") is the supplier's own step, not the
line's delivery date. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_extract import lines_of, make_po, read


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("Line 2: batch release by QA expected on 08/12/2026.", "en-GB"),
        ("Pos. 2: Chargenfreigabe am 08.12.2026.", "de-DE"),
    ],
)
def test_a_batch_release_date_is_no_delivery_date(said: str, locale: str) -> None:
    body = (
        f"Dear Dana,\n\nPO 4500012345 confirmed, all lines at your prices.\n{said}\n"
        "Dispatch 10/12/2026, delivery to your warehouse 15/12/2026.\n\nBest regards"
    )
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}
