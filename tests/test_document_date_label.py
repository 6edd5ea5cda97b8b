"""A field labelled only "Date" that holds the mail's own day ("Our ref.: OA-11-0042   Date:
2026/11/04") is the document's date, not a delivery date of the line under it. The document is
written for this test."""

from __future__ import annotations

from datetime import date

from tests.mailkit.pdf import text_pdf
from tests.test_extract import lines_of, make_po, read

HOUSING = [("CAST-7781", "Gearbox housing, ductile iron", 40, "EA", "312.50", "2026-12-15")]


def test_the_documents_own_date_is_no_delivery_date() -> None:
    pdf = text_pdf(
        [
            [
                "ORDER ACKNOWLEDGEMENT",
                "Our ref.: OA-11-0042     Date: 2026/11/04",
                "Customer: Buyer Example     Your P.O.: 4500012345",
                "Item  Part no.     Qty   Unit price (EUR)   Delivery",
                "1     CAST-7781    40    312.50             2026/12/18",
            ]
        ]
    )
    res = read(
        "Dear Dana,\n\nplease find our order acknowledgement attached.",
        [make_po(locale="ja-JP", lines=HOUSING)],
        quote=False,
        attachments=(("OA-11-0042.pdf", "application/pdf", pdf),),
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].date == date(2026, 12, 18)
