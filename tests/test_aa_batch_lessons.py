"""What batch AA's first score taught, each in a phrasing written for these tests: a
colleague's internal mail quoted below the reply that gives a later date, Latvian weekdays in
their cases, a number with a leading zero as the goods' code, and a pack word inside an item
code."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

WHEN = datetime(2026, 11, 12, 9, 0, tzinfo=UTC)

ROPES = [
    ("LFT-ROPE-10", "Hoist rope 10 mm, reel 400 m", 3, "REEL", "1210.00", "2026-12-11"),
    ("LFT-SHOE-60", "Guide shoe insert 60 mm", 40, "EA", "18.40", "2026-12-11"),
]


def _thread(top: str, colleague: str, colleague_to: str):
    body = (
        f"{top}\n\nFrom: Tom Store <t.store@acme-castings.example>\n"
        f"Sent: Thursday, 12 November 2026 08:10\nTo: {colleague_to}\n"
        f"Subject: RE: Purchase order 4500012345\n\n{colleague}\n"
    )
    return read(
        body,
        [make_po(locale="en-GB", currency="EUR", lines=ROPES)],
        from_addr="Petra Sales <p.sales@acme-castings.example>",
        when=WHEN,
        quote=False,
    )


def test_a_colleague_quoted_below_with_a_later_date_goes_to_a_person() -> None:
    res = _thread(
        "Hi,\n\nPO 4500012345 is fine, we deliver both lines on 11/12 at your prices.\n\nPetra",
        "Petra, the shoes are in stock, but the ropes come from the mill in week 51 at the "
        "earliest.\n\nTom",
        "Petra Sales <p.sales@acme-castings.example>",
    )
    assert res.kind == "needs_review"
    assert any("colleague" in r for r in res.review_reasons), res.review_reasons


def test_the_suppliers_earlier_mail_to_us_is_superseded_by_the_newest() -> None:
    res = _thread(
        "Hi,\n\nGood news: the mill came through, PO 4500012345 is confirmed for 11/12 on both "
        "lines at your prices.\n\nPetra",
        "Hi, the ropes might slip to week 2, I will know more on Friday.\n\nTom",
        "Buyer <buyer@kestrel.example>",
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 11)}


def test_latvian_weekdays_in_their_cases() -> None:
    body = (
        "Labdien!\n\nApstiprinām pasūtījumu 4500012345: abas pozīcijas piegādāsim nākamajā "
        "otrdienā, cenas atbilst pasūtījumam.\n\nAr cieņu"
    )
    res = read(body, [make_po(locale="lv-LV", currency="EUR", lines=ROPES)], when=WHEN)
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 11, 17)}


def test_a_number_with_a_leading_zero_names_its_line() -> None:
    lines = [
        ("CAP-0603", "Capacitor 0603 10nF 50V, reel", 5, "REEL", "21.00", "2026-12-11"),
        ("MIC-EM31", "Electret microphone EM-31", 400, "EA", "3.60", "2026-12-11"),
        ("RCV-R7", "Receiver R7, 95 dB", 200, "EA", "10.80", "2026-12-11"),
    ]
    body = (
        "Hi,\n\nAll three lines confirmed at PO pricing. The 0603 caps and the EM-31 mics can "
        "come early - delivery 12/04. The R7 receivers deliver 12/11 as requested.\n\nThanks"
    )
    res = read(body, [make_po(locale="en-US", currency="USD", lines=lines)], when=WHEN)
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].date for n in (1, 2, 3)] == [
        date(2026, 12, 4),
        date(2026, 12, 4),
        date(2026, 12, 11),
    ]


def test_a_pack_word_in_an_item_code_is_no_pack() -> None:
    lines = [("CHEM-IBC", "Caustic soda 50 %, IBC", 6000, "KG", "0.4150", "2027-01-11")]
    body = (
        "Guten Tag,\n\nBestellung 4500012345 bestätigt:\n"
        "Pos. Material Menge Preis Preiseinheit Liefertermin\n"
        "10 CHEM-IBC 6.000 KG 415,00 EUR 1.000 KG 11.01.2027\n\nGruß"
    )
    res = read(body, [make_po(locale="de-DE", currency="EUR", lines=lines)])
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].quantity == Decimal(6000)
