"""A reply answering two POs, the second written with other separators ("PO 4500 012346" of
4500012346): what follows that number is about that PO, not the first. Every phrasing is
written for these tests."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read

SECOND = [("VLV-12", "Ball valve 1/2 inch", 30, "EA", "18.40", "2026-12-15")]


def test_the_second_po_written_with_spaces_takes_its_own_words() -> None:
    body = (
        "Hi Dana,\n\n4500012345: all three lines ship 12/10, deliver 12/15 - as ordered.\n"
        "PO 4500 012346: the ball valves are on backorder. We will ship 12/29 for delivery "
        "1/4.\n\nSam"
    )
    res = read(body, [make_po(locale="en-US"), make_po("4500012346", lines=SECOND, locale="en-US")])
    assert res.kind == "confirmation", res.review_reasons
    first = lines_of(res)
    assert {ln.status for ln in first.values()} == {"accepted"}
    valves = lines_of(res, "4500012346")[1]
    assert valves.status == "changed" and valves.date == date(2027, 1, 4)
