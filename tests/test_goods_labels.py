"""Lines led by the goods' name and a colon ("Zeep 20 g: …", "Montagerails 4,2 m: …"): a
size in the supplier's decimal comma names the line whose description writes it with a
point, and a label that names none of the PO's goods, among labels that do, is an item of
its own that a person places. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read

AMENITIES = [
    ("HT-SH-30", "Shampoo 30 ml bottle", 4000, "EA", "0.22", "2026-12-04"),
    ("HT-SOAP-25", "Soap bar 25 g, paper wrap", 4000, "EA", "0.15", "2026-12-04"),
    ("HT-COMB-KIT", "Comb and shower cap kit", 1500, "EA", "0.41", "2026-12-04"),
]
RAILS = [
    ("MR-36", "Mounting rail 3.6 m aluminium", 300, "EA", "10.90", "2026-12-18"),
    ("MR-48", "Mounting rail 4.8 m aluminium", 200, "EA", "13.70", "2026-12-18"),
]


def test_a_size_with_a_decimal_comma_names_its_line() -> None:
    body = (
        "Beste Tom,\n\nOrder 4500012345 bevestigen wij als volgt:\n"
        "Rails 3,6 m: akkoord, levering op 11 december.\n"
        "Rails 4,8 m: akkoord, levering op 18 december.\n\nMet vriendelijke groet"
    )
    res = read(body, [make_po(locale="nl-NL", currency="EUR", lines=RAILS)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].date == date(2026, 12, 11)
    assert got[2].date == date(2026, 12, 18)


def test_a_label_naming_no_line_is_no_other_lines_refusal() -> None:
    body = (
        "Beste Priya,\n\nDank voor uw order 4500012345. Hierbij onze bevestiging:\n"
        "Shampoo 30 ml: conform order, 4.000 stuks op 4 december.\n"
        "Zeep 25 g: conform order, 4.000 stuks op 4 december.\n"
        "Kamset: helaas uit ons assortiment, deze kunnen wij niet meer leveren.\n"
        "Prijzen conform uw order.\n\nMet vriendelijke groet"
    )
    res = read(body, [make_po(locale="nl-NL", currency="EUR", lines=AMENITIES)])
    # the refusal is of goods the reading cannot place: not line 2's, and line 3 is not
    # accepted on a sentence about prices alone
    assert res.kind == "needs_review"
    assert any("'Kamset'" in r for r in res.review_reasons), res.review_reasons


def test_prices_as_ordered_in_dutch_speak_for_the_price_only() -> None:
    body = "Beste Priya,\n\nDank voor uw order 4500012345.\nPrijzen conform uw order.\n\nGroeten"
    res = read(body, [make_po(locale="nl-NL", currency="EUR", lines=AMENITIES)])
    assert res.kind == "needs_review"
    assert any("partial" in r for r in res.review_reasons), res.review_reasons


def test_a_header_of_key_and_value_is_no_item() -> None:
    body = (
        "Beste Tom,\n\nRails 3,6 m: akkoord, levering op 11 december.\n"
        "Rails 4,8 m: akkoord, levering op 18 december.\n"
        "Verzending: per vrachtwagen, franco huis.\n\nMet vriendelijke groet"
    )
    res = read(body, [make_po(locale="nl-NL", currency="EUR", lines=RAILS)])
    assert res.kind == "confirmation", res.review_reasons


def test_confirming_as_follows_in_dutch_promises_nothing_for_later() -> None:
    body = (
        "Beste Tom,\n\nUw order 4500012345 bevestigen wij als volgt: beide posities conform "
        "order, levering op 18 december.\n\nMet vriendelijke groet"
    )
    res = read(body, [make_po(locale="nl-NL", currency="EUR", lines=RAILS)])
    assert res.kind == "confirmation", res.review_reasons
    assert {n: ln.status for n, ln in lines_of(res).items()} == {1: "accepted", 2: "accepted"}


def test_a_confirmation_that_follows_later_in_dutch_is_still_a_promise() -> None:
    body = "Beste Tom,\n\nDank voor uw order 4500012345, de orderbevestiging volgt.\n\nGroeten"
    res = read(body, [make_po(locale="nl-NL", currency="EUR", lines=RAILS)])
    assert res.kind == "needs_review"
