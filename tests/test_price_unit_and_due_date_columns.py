"""An ERP sheet with a price-unit column per row ("Price_UOM": EA or M) prices the rows marked
M per thousand, in the reader and the claims alike; a "Due_Date" column beside a "Ship_Date"
one is the delivery date. The sheet is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.reading.extract import _date_column_kind
from tests.test_extract import lines_of, make_po, read

CAPS = [
    ("CAP-28", "Screw cap 28 mm, white", 200000, "EA", "0.0120", "2026-12-11"),
    ("CAP-38", "Screw cap 38 mm, white", 100000, "EA", "0.0190", "2026-12-11"),
]


def test_a_due_date_column_is_the_delivery_column() -> None:
    assert _date_column_kind("Due_Date") == "delivery"
    assert _date_column_kind("Ship_Date") == "ship"


def test_rows_priced_per_thousand_in_a_price_unit_column() -> None:
    csv = (
        b"SO_Line,Cust_PO_Line,Cust_Part,Qty_Confirmed,UOM,Unit_Price,Price_UOM,Ship_Date,Due_Date\n"
        b"1,1,CAP-28,200000,EA,12.00,M,12/04/2026,12/11/2026\n"
        b"2,2,CAP-38,100000,EA,20.50,M,12/04/2026,12/11/2026\n"
    )
    res = read(
        "Order acknowledgment for your PO 4500012345 attached (CSV). Price_UOM M = per thousand.",
        [make_po(locale="en-US", currency="USD", lines=CAPS)],
        quote=False,
        attachments=(("ACK.csv", "text/csv", csv),),
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[1].date == date(2026, 12, 11)
    assert got[2].unit_price == Decimal("0.0205") and got[2].date == date(2026, 12, 11)
