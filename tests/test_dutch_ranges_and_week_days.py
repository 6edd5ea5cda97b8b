"""Dutch closures and week days: "(24/12 t.e.m. 3/01)" is one closure range whose dots end no
sentence, "eindejaarssluiting" is a closure, and "dinsdag van week 3" is the Tuesday of
that week. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read


def test_a_closure_through_a_date_and_a_weekday_of_a_week() -> None:
    body = (
        "Dag Dana,\n\nWij bevestigen uw bestelling 4500012345 tegen de orderprijzen.\n\n"
        "Door de eindejaarssluiting (24/12 t.e.m. 3/01) kunnen wij pas leveren op dinsdag van "
        "week 3.\n\nMet vriendelijke groeten"
    )
    res = read(body, [make_po(locale="nl-BE")])
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2027, 1, 19)}


def test_confirming_at_the_order_prices_is_no_promise_but_by_friday_is() -> None:
    at_prices = "Dag Dana,\n\nWij bevestigen uw bestelling 4500012345 tegen de orderprijzen, levering 15/12.\n\nGroeten"
    assert read(at_prices, [make_po(locale="nl-NL")]).kind == "confirmation"
    by_friday = "Dag Dana,\n\nWij bevestigen uw bestelling 4500012345 tegen vrijdag.\n\nGroeten"
    assert read(by_friday, [make_po(locale="nl-NL")]).kind == "needs_review"
