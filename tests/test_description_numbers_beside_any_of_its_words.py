"""A number shaped like a day and month in a PO description ("Cotton yarn combed 20/1") is the
goods' own, beside any word of that description in the reply ("Cotton 20/1: … 15.01.2027"),
not 20 January. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

from agent.reading.extract import mask_description_numbers
from tests.test_extract import lines_of, make_po, read

YARN = [
    ("YC-20", "Cotton yarn combed 20/1, cones 1.89 kg", 600, "KG", "4.10", "2027-01-15"),
    ("YP-150", "Polyester yarn textured 150D/48F", 400, "KG", "2.95", "2027-01-15"),
]


def test_the_number_is_masked_beside_any_word_of_its_description() -> None:
    masked = mask_description_numbers("- Cotton 20/1: ships 20/1", (YARN[0][1],))
    assert "20/1:" not in masked and masked.endswith("ships 20/1")


def test_a_yarn_count_beside_another_word_of_its_description_is_no_date() -> None:
    body = (
        "Hello Dana,\n\nconfirmed as follows:\n- Cotton 20/1: 600 kg, delivery 15.01.2027\n"
        "- Polyester 150D/48F: 400 kg, delivery 15.01.2027\nPrices as per PO.\n\nBest"
    )
    res = read(body, [make_po(lines=YARN)])
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2027, 1, 15)}
