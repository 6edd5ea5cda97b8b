"""What batch X's wrong answers taught, each in a new phrasing: a count of weeks or days from
the mail's day ("a fortnight from today", "3 Wochen ab heute") is a date, and one in working
days is vague, never "today"; words joined to a sentence's first line word name their lines
too ("Housings and feet, as on the PO"); an ERP row that confirms none of a line and holds it
for a date to be fixed later ("BACKORDER - DATE TBD") leaves the line unconfirmed, it does not
refuse it."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read

# make_mail sends the reply on Wednesday 2026-11-04; make_po's lines are wanted 2026-12-15


def test_weeks_from_today_are_a_date() -> None:
    res = read(
        "Hi Dana,\n\norder 4500012345: housings and covers as ordered for the 15th of "
        "December. The mounting feet need a new pattern, realistically three weeks from today."
        "\n\nSam"
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[3].date == date(2026, 11, 25)
    assert got[1].date == got[2].date == date(2026, 12, 15)


def test_working_days_from_today_are_never_today() -> None:
    res = read(
        "Hi Dana,\n\norder 4500012345: housings and covers as ordered for the 15th of "
        "December. The mounting feet need a new pattern, about 12 working days from today."
        "\n\nSam"
    )
    assert res.kind == "needs_review"


def test_words_joined_to_the_first_line_word_name_their_lines_too() -> None:
    po = make_po(
        lines=[
            ("TP-1", "Handlebar tape, cork", 100, "EA", "7.80", "2026-12-15"),
            ("PL-2", "Bar end plug, pair", 100, "PR", "1.20", "2026-12-15"),
            ("LB-3", "Chain lube 4 oz", 48, "EA", "5.60", "2026-12-15"),
        ],
        locale="en-US",
    )
    res = read(
        "Morning,\n\n4500012345 - all good. Tape and plugs as on the PO, shipping 12/8. Lube ships "
        "12/10.\n\nDave",
        [po],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].date == got[2].date == date(2026, 12, 8)
    assert got[3].date == date(2026, 12, 10)


def test_a_row_with_nothing_confirmed_and_a_date_to_be_fixed_is_unconfirmed() -> None:
    csv = (
        b"PO,Line,Item,Qty Ordered,Qty Confirmed,Unit Price,Delivery Date,Status\n"
        b"4500012345,1,CAST-7781,40,40,312.50,12/15/2026,CONFIRMED\n"
        b"4500012345,2,CAST-7782,100,100,12.10,12/15/2026,CONFIRMED\n"
        b"4500012345,3,CAST-7790,60,0,8.40,,ON BACKORDER - SHIP DATE TO BE CONFIRMED\n"
    )
    res = read(
        "Please find our order acknowledgment attached.",
        [make_po(locale="en-US")],
        attachments=(("ack.csv", "text/csv", csv),),
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == got[2].status == "accepted"
    assert got[3].status == "unconfirmed"
