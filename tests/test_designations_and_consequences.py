"""Two ways of writing about the goods that the reader missed (BR 066, found while sorting
deferrals):

- a designation in capitals and its number ("DX 4", "KLT 600") that one line's description
  and item code both hold names that line as its code does, though it is too short for a code
  of its own; a size ("PPR 25 mm") or a designation another line also has names none;
- "X so we …": in English the words before "so" are the reason ("both are in stock so we'll
  have them delivered by 12/04"): a stock word there does not make the clause about stock.
"""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read

LINES = [
    ("BR-KLT-600", "Brush head KLT 600, nylon", 12, "EA", "64.00", "2026-12-18"),
    ("BR-DX-4", "DX 4 side brush, 400 mm", 30, "EA", "21.75", "2026-12-18"),
]


def test_a_short_designation_in_description_and_code_names_its_line() -> None:
    res = read(
        "Hi Dana,\n\nPO 4500012345 is fine: 12 x KLT 600 and 30 x DX 4 at the prices on your "
        "order, delivered December 11.\n\nRegards\nMarco",
        [make_po(lines=LINES, locale="en-US")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = {n: (ln.quantity, str(ln.unit_price), ln.date) for n, ln in lines_of(res).items()}
    assert got == {
        1: (12, LINES[0][4], date(2026, 12, 11)),
        2: (30, LINES[1][4], date(2026, 12, 11)),
    }


def test_a_designation_another_line_also_has_names_no_line() -> None:
    lines = [
        ("BR-KLT-600", "Brush head KLT 600, nylon", 12, "EA", "64.00", "2026-12-18"),
        ("BR-HOLD-2", "Holder for KLT 600 heads", 30, "EA", "21.75", "2026-12-18"),
    ]
    res = read(
        "Hi Dana,\n\nPO 4500012345: the KLT 600 goes out on December 11 at $61.00.\n\nMarco",
        [make_po(lines=lines, locale="en-US")],
    )
    # which of the two lines is meant is not said: nothing confirms either at that price
    assert res.kind == "needs_review" or all(
        str(ln.unit_price) != "61.00" for ln in lines_of(res).values()
    )


def test_stock_as_the_reason_before_so_we() -> None:
    res = read(
        "Hi Dana,\n\nOrder 4500012345 confirmed at your prices and quantities. Everything is in "
        "stock so we will deliver all three lines on 12/09.\n\nThanks\nJenna",
        [make_po(locale="en-US")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 9)}
