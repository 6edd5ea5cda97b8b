"""An answer typed under our quoted row "Pos. 1  … Absperrklappe DN80 PN16" is about line 1,
even when another line's description shares the row's words ("Flanschdichtung DN80 PN16"). Every
phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

FIXINGS = [
    ("AK-DN80-PN16", "Absperrklappe DN80 PN16, Handhebel", 12, "EA", "148.00", "2026-12-04"),
    ("MS-24-IP65", "Endschalterbox 24 V, IP65", 12, "EA", "39.00", "2026-12-04"),
    ("FD-DN80-PN16", "Flanschdichtung DN80 PN16, EPDM", 48, "EA", "2.10", "2026-12-04"),
]


def test_answers_under_labelled_quoted_rows() -> None:
    body = (
        "Hallo Frau Vogt\n\nmeine Antworten direkt im Text.\n\nGruss, Beat\n\n"
        "On Mon, 9 Nov 2026 at 09:00, Dana <dana@buyer.example> wrote:\n"
        "> bitte bestätigen Sie unsere Bestellung 4500012345 positionsweise:\n>\n"
        "> Pos. 1  AK-DN80-PN16  Absperrklappe DN80 PN16, Handhebel\n>         12 Stk à EUR 148,00\n\n"
        "OK, Liefertermin 11.12.2026\n\n"
        "> Pos. 2  MS-24-IP65  Endschalterbox 24 V, IP65\n>         12 Stk à EUR 39,00\n\nOK\n\n"
        "> Pos. 3  FD-DN80-PN16  Flanschdichtung DN80 PN16, EPDM\n>         48 Stk à EUR 2,10\n\nOK\n"
    )
    res = read(body, [make_po(locale="de-CH", lines=FIXINGS)], quote=False)
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].date == date(2026, 12, 11) and got[1].unit_price == Decimal("148.00")
    assert got[3].status == "accepted"
