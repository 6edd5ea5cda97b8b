"""A table typed into the mail between pipes is read row by row, as an attachment's is: a
comma inside a cell ends no clause, the row's leading number is its line, and a price per
litre in its price cell is put in the PO's unit through the description's content. Phrasings
written for these tests, not the batches' cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

OILS = [
    ("HYD-46-10", "Hydraulic oil HLP 46, 10 l can", 40, "CAN", "38.00", "2026-12-10"),
    ("GEAR-220-20", "Gear oil CLP 220, 20 l pail", 12, "PAIL", "96.00", "2026-12-10"),
    ("GRS-EP2", "Grease EP2, cartridge 400 g", 200, "EA", "4.10", "2026-12-10"),
]


def test_a_typed_row_with_a_comma_in_a_cell_is_its_lines_statement() -> None:
    res = read(
        "We confirm as follows:\n"
        "Line | Product | Qty | Price | Delivery\n"
        "1 | Hydraulic oil, 10 l | 40 | EUR 4.10/l | 10/12/2026\n"
        "2 | Gear oil, 20 l | 12 | as ordered | 10/12/2026\n"
        "3 | Grease EP2, 400 g | 200 | as ordered | 17/12/2026\n",
        [make_po(lines=OILS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].status, got[1].unit_price) == ("changed", Decimal("41.00"))
    assert (got[2].status, got[2].date) == ("accepted", date(2026, 12, 10))
    assert (got[3].status, got[3].date) == ("changed", date(2026, 12, 17))
