"""Answers typed into our quoted order, each line starting with a marker the supplier names
above the quote ("marked with ==>", "označeno >>>"), are the supplier's own words, read
under the quoted line they answer; a marker of ">" alone is never taken for answers where the
thread holds real nested quotes. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.reading.quotes import split_quotes
from tests.test_extract import lines_of, make_po, read

VALVES = [
    ("KH-BV-015", "Ball valve 1/2in, brass", 200, "EA", "6.80", "2026-12-16"),
    ("KH-BV-025", "Ball valve 1in, brass", 120, "EA", "11.40", "2026-12-16"),
    ("KH-CV-025", "Check valve 1in", 60, "EA", "14.90", "2026-12-16"),
]

QUOTED_PO = (
    "> Please confirm our purchase order 4500012345.\n>\n"
    "> 1  KH-BV-015  Ball valve 1/2in, brass   200 EA  6.80  16 Dec 2026\n\n{a1}\n\n"
    "> 2  KH-BV-025  Ball valve 1in, brass     120 EA 11.40  16 Dec 2026\n\n{a2}\n\n"
    "> 3  KH-CV-025  Check valve 1in            60 EA 14.90  16 Dec 2026\n\n{a3}\n\n"
    "> Kind regards\n> Dana\n"
)


def test_answers_after_a_named_marker_are_the_suppliers() -> None:
    body = (
        "Hi Dana,\n\nour answers are in your order below, marked with ==>.\n\nBest, Tom\n\n"
        "On Tue, 1 Dec 2026 at 10:02, Dana <dana@buyer.example> wrote:\n"
        + QUOTED_PO.format(
            a1="==> ok",
            a2="==> ok, new price EUR 11.95 per piece (brass surcharge)",
            a3="==> delivery 13.01.2027, the castings are late",
        )
    )
    res = read(body, [make_po(lines=VALVES)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[1].unit_price == Decimal("6.80")
    assert got[2].status == "changed" and got[2].unit_price == Decimal("11.95")
    assert got[3].status == "changed" and got[3].date == date(2027, 1, 13)


def test_a_triple_angle_marker_named_above_the_quote() -> None:
    body = (
        "Dobrý den,\n\nnaše odpovědi jsou níže v textu objednávky (označeno >>>).\n\n"
        "S pozdravem\nPetr\n\nOn Tue, 1 Dec 2026 at 10:02, Dana <dana@buyer.example> wrote:\n"
        + QUOTED_PO.format(
            a1=">>> potvrzeno",
            a2=">>> potvrzeno",
            a3=">>> potvrzeno, dodání 13.01.2027",
        )
    )
    split = split_quotes(body)
    assert [s.text for s in split.own_segments][-3:] == [
        "potvrzeno",
        "potvrzeno",
        "potvrzeno, dodání 13.01.2027",
    ]


def test_triple_angles_in_a_thread_with_real_nested_quotes_stay_quoted() -> None:
    body = (
        "Hi Dana,\n\nsee the thread below >>> we will answer tomorrow.\n\n"
        "On Tue, 1 Dec 2026 at 10:02, Dana <dana@buyer.example> wrote:\n"
        "> Any news on PO 4500012345?\n>\n> On Mon, 30 Nov 2026, Tom wrote:\n"
        ">> Confirmed as ordered, delivery 16 Dec.\n>>\n"
        ">>> Please confirm our purchase order 4500012345.\n"
    )
    split = split_quotes(body)
    assert not any("purchase order" in s.text for s in split.own_segments)
    assert not any("Confirmed as ordered" in s.text for s in split.own_segments)
