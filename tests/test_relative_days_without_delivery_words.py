"""A day said relative to the mail ("tomorrow", "i morgen", "demain") with no word of
delivery or shipping is when something else happens ("I'll call you tomorrow", "we look at it
tomorrow"), not the goods' date; with a ship word ("wysyłamy jutro", "ships tomorrow") it is
the ship date. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read


def test_tomorrow_with_another_verb_is_no_delivery_date() -> None:
    beacon = [("EPIRB-2", "EPIRB nødpeilesender Cat II", 6, "EA", "410.00", "2026-12-15")]
    pos = [make_po(locale="nb-NO"), make_po("4500012399", locale="nb-NO", lines=beacon)]
    res = read(
        "Hei,\n\nordre 4500012345 bekreftet som bestilt, levering 15.12.\n"
        "Når det gjelder ordre 4500012399 (EPIRB) ringer jeg deg i morgen.\n\nHilsen",
        pos,
    )
    answered = {c.po_number for c in res.confirmations}
    assert "4500012399" not in answered, (res.kind, res.review_reasons)
    assert res.kind == "confirmation"


def test_tomorrow_with_a_ship_word_is_the_ship_date() -> None:
    res = read(
        "Dzień dobry,\n\npotwierdzam zamówienie 4500012345, wszystko wysyłamy jutro. Ceny bez "
        "zmian.\n\nPozdrawiam",
        [make_po(locale="pl-PL")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 11, 5)}
