"""What batches BS and BT taught on first sight, each in a phrasing of its own:

- BS 002: Serbian in Cyrillic ("испорука 17. децембра") names its months in the genitive;
  unread, the lines were kept at the PO's dates.
- BS 032, 040: "και για τις δύο θέσεις", "לשתי השורות" (for both positions) say a date of
  every line; BS 038: a date after the values of several lines in one sentence that names no
  line ("поз. 1 – …, поз. 2 – …, поставка 16.12.2026") may be the last line's or all of them:
  a line of the list kept at the PO's date goes to a person.
- BS 047: "confirmed, but delivery depends on our supplier" is a condition (in ten
  languages); the order's own date quoted back ("your PO dated 16-11-2026") speaks for no
  delivery date.
- BT 006: "4 875,00 resp. 2 390,00 kr/st" gives one price per line named ("resp.",
  "henholdsvis", "bzw." …), the currency after the last amount is both's, and an amount in
  the brackets of "pris enligt order (…)" restates the order's.
- BS 011: "ETA to follow" puts the date off; BS 020, 035: "nous ne fabriquons plus", "leverer
  vi ikke lenger" refuse the line.
"""

from __future__ import annotations

from datetime import date, datetime

from agent.reading.dates import find_dates
from agent.reading.numbers import price_hits
from tests.test_extract import lines_of, make_po, read

TWO = [
    ("KT-210", "Kettle 2.1 l, stainless", 24, "EA", "38.50", "2026-12-11"),
    ("KT-LID", "Spare lid for kettle", 48, "EA", "6.20", "2026-12-11"),
]


def test_serbian_cyrillic_months_in_the_genitive() -> None:
    ref = datetime(2026, 11, 20)
    for text, want in [
        ("рок испоруке 9. јануара 2027.", date(2027, 1, 9)),
        ("испоручујемо 21. децембра", date(2026, 12, 21)),
        ("до 3. фебруара", date(2027, 2, 3)),
    ]:
        assert [h.date for h in find_dates(text, "sr-RS", ref)[0]] == [want], text
    res = read(
        "Поштовани,\n\nпотврђујемо поруџбину 4500012345 по наведеним ценама и количинама, "
        "испорука 21. децембра.\n\nПоздрав\nДраган",
        [make_po(locale="sr-RS")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 21)}


def test_a_date_for_both_positions_in_greek_and_hebrew() -> None:
    for body, locale in [
        (
            "Καλημέρα,\n\nΕπιβεβαιώνουμε την παραγγελία 4500012345: θέση 1 - 24 τεμ. στα 38,50 €, "
            "θέση 2 - 48 τεμ. στα 6,20 €.\nΑποστολή και παράδοση 18/12/2026 και για τις δύο "
            "θέσεις.\n\nΧαιρετισμούς",
            "el-GR",
        ),
        (
            "שלום,\n\nמאשרים את הזמנה 4500012345:\nשורה 1 - 24 יח', 38.50 אירו.\nשורה 2 - 48 "
            "יח', 6.20 אירו.\nאספקה 18.12.2026 לשתי השורות.\n\nבברכה",
            "he-IL",
        ),
    ]:
        res = read(body, [make_po(locale=locale, lines=TWO)])
        assert res.kind == "confirmation", (locale, res.review_reasons)
        assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 18)}, locale


def test_a_date_after_a_list_of_lines_naming_none_goes_to_a_person() -> None:
    res = read(
        "Hello Dana,\n\nwe confirm: item 1 - 24 pcs at EUR 38.50, item 2 - 48 pcs at EUR 6.20, "
        "delivery 18.12.2026.\n\nKind regards\nOksana",
        [make_po(locale="en-GB", lines=TWO)],
    )
    # the date is the last item's or both: line 1 is not kept at 11 December on a guess
    assert res.kind == "needs_review"
    assert any("names none" in r for r in res.review_reasons), res.review_reasons


def test_a_line_that_assents_on_its_own_keeps_its_date_beside_a_later_one() -> None:
    res = read(
        "Hello Dana,\n\norder 4500012345: line 1 OK; line 2, the lids are out of stock, delivery "
        "18.12.2026 at the same price.\n\nKind regards\nOksana",
        [make_po(locale="en-GB", lines=TWO)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].status, got[1].date) == ("accepted", date(2026, 12, 11))
    assert got[2].date == date(2026, 12, 18)


def test_delivery_that_depends_on_a_third_party_is_a_condition() -> None:
    for body, locale in [
        (
            "Dear Dana,\n\nWe acknowledge your PO 4500012345 dated 02-11-2026. The order is "
            "confirmed, but the delivery date depends on our supplier of castings. We will "
            "advise the dispatch date shortly.\n\nPrices are as per PO.\n\nRegards\nRahul",
            "en-IN",
        ),
        (
            "Guten Tag,\n\nIhre Bestellung 4500012345 ist bestätigt, der Liefertermin hängt von "
            "unserem Vorlieferanten ab.\n\nPreise laut Bestellung.\n\nGruß",
            "de-DE",
        ),
        (
            "Bonjour,\n\nVotre commande 4500012345 est confirmée, mais la livraison dépend de "
            "notre fournisseur.\n\nPrix selon commande.\n\nCordialement",
            "fr-FR",
        ),
    ]:
        res = read(body, [make_po(locale=locale)])
        assert res.kind == "needs_review", (locale, res.kind)
        assert not res.confirmations, locale


def test_respectively_prices_share_the_currency_of_the_last() -> None:
    hits = price_hits("priser 38,50 resp. 6,20 kr/st", "sv-SE")
    assert [str(h.value) for h in hits] == ["38.50", "6.20"]
    assert hits[0].currency == hits[1].currency and hits[0].unit == hits[1].unit == "st"
    hits = price_hits("Preise 38,50 bzw. 6,20 EUR", "de-DE")
    assert [str(h.value) for h in hits] == ["38.50", "6.20"]
    # a count before its unit is no amount: "250,00 kg und 12,10 EUR/kg" has one price
    assert len(price_hits("250,00 kg und 12,10 EUR/kg", "de-DE")) == 1
    res = read(
        "Hej Dana,\n\nPos 1 och 2: leverans vecka 51, pris enligt order (38,50 resp. 6,20 "
        "EUR/st).\n\nMvh\nMikael",
        [make_po(locale="sv-SE", lines=TWO)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (str(got[1].unit_price), str(got[2].unit_price)) == ("38.50", "6.20")
    assert {ln.date for ln in got.values()} == {date(2026, 12, 18)}


def test_respectively_new_prices_go_line_by_line() -> None:
    res = read(
        "Hei Dana,\n\nPos. 1 og 2 leveres 11.12. til henholdsvis 39,90 og 6,50 EUR/stk.\n\n"
        "Hilsen\nKnut",
        [make_po(locale="nb-NO", lines=TWO)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (str(got[1].unit_price), str(got[2].unit_price)) == ("39.90", "6.50")


def test_an_eta_to_follow_leaves_the_line_open() -> None:
    res = read(
        "Hi Dana,\n\nLines 1 and 3 confirmed as per your PO. Line 2 is backordered, ETA to "
        "follow.\n\nThanks\nKayla",
        [make_po(locale="en-US")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "unconfirmed", "accepted"]


def test_no_longer_making_the_goods_refuses_the_line() -> None:
    for body, locale in [
        (
            "Bonjour,\n\nLignes 1 et 2 : conformes à la commande 4500012345. Ligne 3 : nous ne "
            "produisons plus ce pied, nous devons donc refuser cette ligne.\n\nCordialement",
            "fr-CA",
        ),
        (
            "Hei,\n\nvi bekrefter pos. 1 og 2 i ordre 4500012345 iht. ordre. Pos. 3 fører vi "
            "ikke lenger.\n\nHilsen",
            "nb-NO",
        ),
        (
            "Hej,\n\nPos. 1 og 2 i ordre 4500012345 bekræftes som bestilt. Pos. 3 producerer vi "
            "ikke længere.\n\nVenlig hilsen",
            "da-DK",
        ),
    ]:
        res = read(body, [make_po(locale=locale)])
        assert res.kind == "confirmation", (locale, res.review_reasons)
        got = lines_of(res)
        assert [got[n].status for n in (1, 2, 3)] == ["accepted", "accepted", "rejected"], locale
