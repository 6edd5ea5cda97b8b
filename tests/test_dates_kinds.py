"""What a date in a supplier's reply is: a ship date, a delivery date, a closure notice, or a
date relative to the mail's week or to the line's requested date (corpus FORMAT.md: a delivery
date, when given, wins; a ship date alone is the date).

End to end through ``read_message``, like tests/test_extract.py.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from agent.reading import lexicon as L
from agent.reading.dates import find_dates, find_offsets
from tests.test_extract import lines_of, make_po, read

# ------------------------------------------------------------------ ship vs delivery columns

ERP_ROWS = (
    "Hi Dana,\n\nOur acknowledgement:\n\n"
    "Line Item Qty Unit EUR {ship} {delivery}\n"
    "1 CAST-7781 40 312.50 08/01/2027 12/01/2027\n"
    "2 CAST-7782 100 12.10 15/01/2027 19/01/2027\n"
    "3 CAST-7790 60 8.40 05/01/2027 07/01/2027\n\nSam"
)


def test_a_row_under_despatch_and_delivery_columns_takes_the_delivery_date() -> None:
    res = read(ERP_ROWS.format(ship="Despatch", delivery="Delivery"))
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].date for n in (1, 2, 3)] == [
        date(2027, 1, 12),
        date(2027, 1, 19),
        date(2027, 1, 7),
    ]


def test_the_column_order_decides_not_the_later_date() -> None:
    res = read(ERP_ROWS.format(ship="Delivery", delivery="Despatch"))
    # the delivery column comes first here: its date, never the later (ship) one, or review
    if res.kind == "confirmation":
        assert lines_of(res)[1].date == date(2027, 1, 8)
    assert res.kind == "needs_review" or all(
        ln.date != date(2027, 1, 12) for ln in lines_of(res).values()
    )


def test_ship_and_delivery_words_come_from_every_language_file() -> None:
    for text in ("Data spediz.", "Versand", "verzenddatum", "Date exp.", "发货"):
        assert L.search("ship_date", text), text
    for text in ("Data consegna", "Liefertermin", "leverdatum", "Date livr.", "到货"):
        assert L.search("delivery_date", text), text


def test_a_row_price_left_unread_under_the_columns_is_review() -> None:
    body = ERP_ROWS.format(ship="Despatch", delivery="Delivery").replace(" 12.10 ", " 12,95 ")
    res = read(body.replace("EUR", "EUR"), pos=[make_po(locale="de-DE")])
    assert res.kind == "needs_review"
    assert any("states a price that was not read" in r for r in res.review_reasons)


# ------------------------------------------------------------------ ship dates in the text


def test_a_ship_date_weeks_before_the_delivery_date_is_accounted_for() -> None:
    res = read(
        "Hi Dana,\n\nAll three lines confirmed, quantities and prices as per PO.\n"
        "Material will be dispatched from Nhava Sheva on 04/12/2026, "
        "ETA at your warehouse 08/01/2027.\n\nSam"
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2027, 1, 8)}


def test_a_ship_date_after_the_delivery_date_is_not_accounted_for() -> None:
    res = read(
        "Hi Dana,\n\nAll three lines confirmed as per PO, delivery 08/01/2027.\n"
        "ETD Ningbo 20/01/2027.\n\nSam"
    )
    assert res.kind == "needs_review"


# ------------------------------------------------------------------ closure notices


def test_a_closure_notice_before_the_committed_date_does_not_block_it() -> None:
    res = read(
        "Hi Dana,\n\nDue to our Christmas shutdown (from 21/12 to 03/01) the delivery date for "
        "all three lines moves to 12/01/2027. Prices as per PO.\n\nSam"
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2027, 1, 12)}


def test_a_closure_notice_in_the_signature_is_no_date_of_the_order() -> None:
    res = read(
        "Hi Dana,\n\nAll confirmed as per your order, thank you.\n\nSam\nAcme Castings\n---\n"
        "Christmas closure: we are closed from 23/12 and reopen 04/01. Last despatch 22/12."
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


def test_a_date_after_the_holidays_is_still_a_commitment() -> None:
    from agent.reading import phrases as P

    assert P.closure_before("Christmas shutdown from ")
    assert not P.closure_before("we deliver after the holidays on ")
    assert not P.closure_before("closed until 3/1, then delivery on ")
    assert not P.closure_before("We are closed on 24/12. Delivery ")


# ------------------------------------------------------------------ relative dates

TUE = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # a Tuesday


def _dates(text: str, locale: str = "en-GB", ref: datetime = TUE) -> list[tuple[str, date]]:
    return [(h.text, h.date) for h in find_dates(text, locale, ref)[0]]


def test_a_weekday_of_next_week_is_that_day_of_the_week_after_the_mail() -> None:
    assert _dates("with you Friday next week") == [("Friday next week", date(2026, 12, 4))]
    assert _dates("on Wednesday next week") == [("Wednesday next week", date(2026, 12, 2))]
    assert _dates("nächste Woche Dienstag", "de-DE") == [
        ("nächste Woche Dienstag", date(2026, 12, 1))
    ]
    # 'next week' alone is that week's Friday, as a calendar week; 'early next week' no date
    assert _dates("delivery next week") == [("next week", date(2026, 12, 4))]
    hits, vague = find_dates("delivery early next week", "en-GB", TUE)
    assert hits == [] and [v.text for v in vague] == ["early next week"]


def test_a_weekday_with_an_ordinal_is_the_next_such_day_on_that_weekday() -> None:
    assert _dates("we can deliver on Tuesday 15th") == [("Tuesday 15th", date(2026, 12, 15))]
    # no 3rd of a coming month is a Monday soon: the next 3rd, flagged
    (hit,) = find_dates("Monday 3rd", "en-GB", TUE)[0]
    assert hit.date == date(2026, 12, 3) and hit.conflict


def test_week_commencing_a_monday_is_that_weeks_friday() -> None:
    assert _dates("80 packs for w/c 4 January") == [("w/c 4 January", date(2027, 1, 8))]
    assert _dates("week commencing Monday 4th January 2027") == [
        ("week commencing Monday 4th January 2027", date(2027, 1, 8))
    ]
    # a week said to start on a Tuesday: which Friday is not sure
    hits, vague = find_dates("w/c 5 January", "en-GB", TUE)
    assert hits == [] and vague


def test_in_n_weeks_in_dutch_and_never_a_span_over_weeks() -> None:
    assert _dates("levering over drie weken", "nl-NL") == [("over drie weken", date(2026, 12, 15))]
    assert _dates("production spread over two weeks") == []


def test_an_offset_from_the_requested_date_is_read_per_line() -> None:
    (o,) = find_offsets("liefern wir beide Positionen zwei Wochen später als von Ihnen gewünscht")
    assert o.days == 14
    (o,) = find_offsets("one week earlier than requested")
    assert o.days == -7
    res = read(
        "Hi Dana,\n\nQuantities and prices as ordered; due to a tooling problem we deliver all "
        "three lines two weeks later than requested.\n\nSam"
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 29)}


def test_a_word_shared_by_an_unconfirmed_line_defers() -> None:
    po = make_po(
        lines=[
            ("BIH-CAM-4", "Camlock type C 4in, 316SS", 12, "EA", "58.75", "2026-12-11"),
            ("BIH-GSK-4", "Camlock gasket 4in, PTFE", 24, "EA", "4.10", "2026-12-11"),
        ],
        currency="USD",
    )
    res = read("Hannah,\n\nThe camlocks and gaskets will be delivered on 04/12/2026.\n", pos=[po])
    assert res.kind == "needs_review"
    assert any("may name this line" in r for r in res.review_reasons)


# ------------------------------------------------------------------ day and month with a dash


def test_a_dashed_day_month_after_a_date_label_or_weekday_is_a_date() -> None:
    ref = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    got = _dates("Verzenddatum 11-12, leverdatum bij jullie maandag 14-12.", "nl-NL", ref)
    assert got == [("11-12", date(2026, 12, 11)), ("14-12", date(2026, 12, 14))]
    assert _dates("lead time 10-12 weeks", "nl-NL", ref) == []
    assert _dates("part 10-12", "nl-NL", ref) == []


def test_dutch_ship_and_delivery_dates_in_one_sentence_take_the_delivery() -> None:
    po = make_po(
        lines=[
            ("NK-PK-JER-20", "HDPE jerrycan 20 L", 800, "EA", "2.74", "2026-12-16"),
            ("NK-PK-CAP-D61", "Screw cap DIN 61", 800, "EA", "0.19", "2026-12-16"),
        ],
        locale="nl-NL",
    )
    res = read(
        "Goedemiddag,\n\nBevestigd: regel 1 en 2 volgens order (aantallen en prijzen).\n"
        "Verzenddatum 11-12, leverdatum bij jullie maandag 14-12.\n",
        pos=[po],
        when=datetime(2026, 11, 27, 9, 0, tzinfo=UTC),
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 14)}


def test_a_day_and_abbreviated_month_end_a_sentence_before_a_capital() -> None:
    from agent.reading.extract import _split_sentences

    assert _split_sentences("we can get them to you on 5 Jan. Layer pads fine for the 21st.") == [
        "we can get them to you on 5 Jan.",
        "Layer pads fine for the 21st.",
    ]
    assert len(_split_sentences("delivery on 5 Jan. 2027 as agreed.")) == 1


# ------------------------------------------------------------------ ship dates alone, others


def test_only_ship_dates_per_line_are_the_dates() -> None:
    po = make_po(
        lines=[
            ("GLV-NIT-L", "Nitrile gloves L", 300, "BX", "6.40", "2026-12-18"),
            ("TAPE-48", "Packing tape 48mm", 40, "CS", "18.90", "2026-12-18"),
        ],
        locale="en-US",
        currency="USD",
    )
    res = read(
        "Hello Dana,\n\nThank you for your order.\n\n"
        "Line 1 - 300 bx @ $6.40 - ships 12/18 from our Reno DC\n"
        "Line 2 - 40 cs @ $18.90 - ships 12/22 (vendor backorder)\n",
        pos=[po],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].status, got[1].date) == ("accepted", date(2026, 12, 18))
    assert (got[2].status, got[2].date) == ("changed", date(2026, 12, 22))


def test_a_month_in_a_price_sentence_is_no_vague_delivery_date() -> None:
    from agent.reading.extract import _price_basis

    assert _price_basis("Pos. 000030: Preis gemäß Rohstoffnotierung November 2026.")
    assert not _price_basis("Delivery in November 2026 at the PO price.")


def test_a_missed_date_is_no_refusal_to_supply() -> None:
    res = read(
        "Hi Dana,\n\nWe can't make 15/12 for line 2, but we can deliver it on 22/12. "
        "Lines 1 and 3 as ordered.\n\nSam"
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[2].status, got[2].date) == ("changed", date(2026, 12, 22))
    assert got[1].status == got[3].status == "accepted"


def test_a_spreadsheet_with_etd_and_eta_columns_takes_the_eta() -> None:
    csv = (
        b"Line,Item,Qty,Unit Price,ETD Ningbo,ETA Leeds\n"
        b"1,CAST-7781,40,312.50,2026-12-04,2027-01-08\n"
        b"2,CAST-7782,100,12.10,2026-12-04,2027-01-08\n"
        b"3,CAST-7790,60,8.40,2026-12-04,2027-01-08\n"
    )
    res = read(
        "Dana - our confirmation is attached.\n\nSam",
        [make_po(locale="en-US")],
        attachments=(("conf.csv", "text/csv", csv),),
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2027, 1, 8)}


def test_an_offset_backs_a_line_date_but_is_no_date_of_its_own() -> None:
    from tests.test_claims import _claims

    claims = _claims("Hi,\n\nLine 2 comes two weeks later than you asked for.\n\nSam")
    (claim,) = [c for c in claims if any(v.form == "offset" for v in c.values)]
    # one date per line's requested date (all 2026-12-15 here): it backs the line's date ...
    assert claim.dates(offsets=True) == [date(2026, 12, 29)]
    # ... and is no date to compare with an attachment's or to account for
    assert claim.dates() == []
