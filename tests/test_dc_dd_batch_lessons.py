"""What the wrong answers of held-out batches DC and DD taught, each a rule that holds for any
phrasing: a price in a South Asian word for dollars, Welsh "wythnos" (week), a count of weeks
before its postposition (Turkish "3 hafta içinde", Hungarian "3 héten belül"), Catalan months,
and a reason after a date ("… as we are waiting for steel") that explains the date instead of
putting the answer off."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from agent.reading.dates import find_dates
from tests.test_extract import lines_of, make_po, read

REF = date(2026, 11, 18)


def test_a_price_in_the_bengali_word_for_dollars_is_read() -> None:
    # (DC 063) "মূল্য প্রতি মিটার ০.৪০ ডলার" (0.40 dollars a metre): the line's new price, not
    # the PO's 0.38 kept
    ropes = [
        ("HR-JUTE-10", "Jute rope 10 mm", 2000, "M", "0.38", "2026-12-20"),
        ("HR-JUTE-16", "Jute rope 16 mm", 800, "M", "0.72", "2026-12-20"),
    ]
    res = read(
        "আপনার ক্রয় আদেশ নং 4500012345 এর জন্য ধন্যবাদ।\n"
        "১) HR-JUTE-10: ২,০০০ মিটার, মূল্য প্রতি মিটার ০.৪০ ডলার, ডেলিভারি ২০ ডিসেম্বর ২০২৬।\n"
        "২) HR-JUTE-16: ৮০০ মিটার, প্রতি মিটার ০.৭২ ডলার, ডেলিভারি ২০ ডিসেম্বর ২০২৬।\n",
        [make_po(locale="bn-BD", currency="USD", lines=ropes)],
    )
    got = lines_of(res)
    assert (got[1].status, got[1].unit_price) == ("changed", Decimal("0.40")), res.review_reasons
    assert (got[2].status, got[2].unit_price) == ("accepted", Decimal("0.72"))


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        # (DC 058) Welsh "until week 2 of the new year": its Friday
        ("ni fyddant yn barod tan wythnos 2 y flwyddyn newydd", "cy-GB", date(2027, 1, 15)),
        # (DD 014) a count of weeks before its postposition, counted from the mail
        ("Teslimat 3 hafta içinde yapılacaktır.", "tr-TR", date(2026, 12, 9)),
        ("Teslimat 10 gün sonra", "tr-TR", date(2026, 11, 28)),
        ("a szállítás 3 héten belül történik", "hu-HU", date(2026, 12, 9)),
        ("toimitus 2 viikon kuluessa", "fi-FI", date(2026, 12, 2)),
        ("tarne 3 nädala jooksul", "et-EE", date(2026, 12, 9)),
        # (DD 048) Catalan months
        ("lliurament dimarts 15 de desembre", "ca-ES", date(2026, 12, 15)),
        ("entrega el 8 de gener de 2027", "ca-ES", date(2027, 1, 8)),
    ],
)
def test_dates_in_forms_the_batches_showed(text: str, locale: str, want: date) -> None:
    hits, _ = find_dates(text, locale, REF)
    assert [h.date for h in hits] == [want]


def test_a_turkish_delivery_within_weeks_changes_the_lines_date() -> None:
    res = read(
        "Merhaba, 4500012345 numaralı siparişinizi tüm kalemler için miktar ve fiyatlarıyla "
        "onaylıyoruz. Teslimat 3 hafta içinde yapılacaktır.\n",
        [make_po(locale="tr-TR")],
        when=datetime(2026, 11, 18, 6, 30, tzinfo=UTC),
    )
    got = lines_of(res)
    assert {(ln.status, ln.date) for ln in got.values()} == {("changed", date(2026, 12, 9))}


def test_a_reason_after_a_date_explains_it_and_holds_nothing_back() -> None:
    # (DD 052) "Line 2 will follow on Thursday 7 January as we are waiting for steel": the
    # wait says why line 2 is late, it is no answer put off
    res = read(
        "Diolch for PO 4500012345. Lines 1 and 3 we can deliver on Tuesday 15 December as "
        "requested. Line 2 will follow on Thursday 7 January as we are waiting for steel. "
        "Quantities and prices as per your order.\n"
    )
    got = lines_of(res)
    assert (got[2].status, got[2].date) == ("changed", date(2027, 1, 7)), res.review_reasons
    assert (got[1].status, got[3].status) == ("accepted", "accepted")


def test_a_wait_with_no_date_still_holds_the_line() -> None:
    res = read(
        "PO 4500012345: lines 1 and 3 confirmed as ordered. Line 2: we are waiting for steel, "
        "we will confirm its date next week.\n"
    )
    got = lines_of(res)
    assert got[2].status == "unconfirmed", res.review_reasons
