"""A lead time counted from the order ("6 Wochen ab Auftragseingang") said of a confirmed line
on a later day gives no date the result can carry: a person reads it. A line left unconfirmed
beside a confirmed one, while a sentence that names no line gives a date, may be what that
sentence answers: a person reads it. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from agent.reading.pipeline import read_message
from agent.reading.pos_json import load_pos
from tests.test_extract import lines_of, make_mail, make_po, read

SWITCHGEAR = [
    ("SCH-3P-25", "Schütz 3-polig 25 A, Spule 24 V DC", 40, "EA", "31.60", "2026-12-11"),
    ("MSS-6-10", "Motorschutzschalter 6-10 A", 40, "EA", "42.30", "2026-12-11"),
]

LEAD_TIME = (
    "Guten Tag,\n\nwir bestätigen die Bestellung 4500012345, Liefertermin 11.12.2026.\n\n"
    "- Schütze 25 A: 40 Stück zu 31,60 EUR\n- Motorschutzschalter 6-10 A: 40 Stück zu 42,30 "
    "EUR\n\nBitte beachten Sie: die Lieferzeit für die Schütze beträgt derzeit 6 Wochen ab "
    "Auftragseingang.\n\nMit freundlichen Grüßen"
)


def test_a_lead_time_beside_a_confirmed_date_goes_to_a_person() -> None:
    res = read(LEAD_TIME, [make_po(locale="de-DE", lines=SWITCHGEAR)])
    assert res.kind == "needs_review"
    assert any("6 Wochen ab Auftragseingang" in r for r in res.review_reasons), res.review_reasons


def test_a_lead_time_on_the_day_of_the_order_is_read_as_a_date() -> None:
    # the order was issued on 2 November: that day, six weeks from it are 14 December, the
    # contactors' own date, which the order's 11 December does not override
    raw = make_mail(LEAD_TIME, when=datetime(2026, 11, 2, 15, 0, tzinfo=UTC))
    res = read_message(raw, load_pos([make_po(locale="de-DE", lines=SWITCHGEAR)]))
    assert not any("gives a lead time" in r for r in res.review_reasons), res.review_reasons
    if res.kind == "confirmation":
        assert lines_of(res)[1].date == date(2026, 12, 14)


VALVES = [
    ("GV-DN100-PN16", "Gate valve DN100 PN16, cast iron", 6, "EA", "412.00", "2026-11-30"),
    ("GK-DN100-PN16", "Flange gasket DN100 PN16, EPDM", 24, "EA", "3.90", "2026-11-30"),
]


def test_a_dated_sentence_naming_no_line_beside_an_unconfirmed_line() -> None:
    res = read(
        "Hi Dana,\n\nthe big ones are on our shelf and will be with you on Tuesday. The flange "
        "gaskets: confirmed, also Tuesday.\n\nCheers, Sam",
        [make_po(locale="en-GB", lines=VALVES)],
    )
    assert res.kind == "needs_review"
    assert any("line 1: left unconfirmed" in r for r in res.review_reasons), res.review_reasons
