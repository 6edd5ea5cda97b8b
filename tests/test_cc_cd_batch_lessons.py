"""What batches CC and CD taught on first sight, each in a phrasing of its own:

- CC 056 (a false confirmation): "Nous vous confirmons les 200 raccords … Récapitulatif : … |
  Qté 150 | …": a count right after a quantity's label is a quantity to the guard, so a recap
  that contradicts the prose goes to a person.
- CD 023: Hebrew "אספקה ב-18.12" (delivery on 18.12): "ב-" (on) and "עד ה-" (until the)
  between a delivery word and a day and month leave the date a date.
- CC 014: Romanian "(fara TVA)", "fără TVA" (without VAT) keeps the tax out of a price.
- CC 002: the goods' own numbers ("SPW-8-12") are no part of a date in a row ("12/11/2026"):
  dates are taken out of the row before the goods' numbers.
- CC 020: the Hindi loanwords "डिलीवरी" (delivery) and "डिस्पैच" (dispatch) are delivery and
  ship words.
- CD 068: "ostatní ceny beze změny" (the other prices unchanged) is the rest of the prices: a
  date said of the whole order before it is not said of some lines only.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from agent.reading.dates import find_dates
from tests.test_extract import lines_of, make_po, read


def test_a_labelled_count_in_a_recap_that_contradicts_the_prose() -> None:
    res = read(
        "Bonjour,\n\nNous vous confirmons les 40 carters au prix de 312,50 € HT, livraison le "
        "15/12.\n\nRécapitulatif :\n  Réf. CAST-7781 | Carter | Qté 30 | PU 312,50 € | "
        "Livraison 15/12/2026\n\nCordialement",
        [
            make_po(
                locale="fr-FR",
                lines=[("CAST-7781", "Gearbox housing", 40, "EA", "312.50", "2026-12-15")],
            )
        ],
    )
    assert res.kind == "needs_review"
    assert any("'30'" in r for r in res.review_reasons), res.review_reasons
    # the same recap with the quantity as confirmed is no contradiction
    agreed = read(
        "Bonjour,\n\nNous vous confirmons les 40 carters au prix de 312,50 € HT, livraison le "
        "15/12.\n\nRécapitulatif :\n  Réf. CAST-7781 | Carter | Qté 40 | PU 312,50 € | "
        "Livraison 15/12/2026\n\nCordialement",
        [
            make_po(
                locale="fr-FR",
                lines=[("CAST-7781", "Gearbox housing", 40, "EA", "312.50", "2026-12-15")],
            )
        ],
    )
    assert agreed.kind == "confirmation", agreed.review_reasons


def test_a_hebrew_on_before_a_day_and_month() -> None:
    ref = date(2026, 11, 25)
    hits, _ = find_dates("אספקה ב-21.12 (המשלוח יוצא מהנמל)", "he-IL", ref)
    assert [h.date for h in hits] == [date(2026, 12, 21)]
    hits, _ = find_dates("אספקה עד ה-21.12", "he-IL", ref)
    assert [h.date for h in hits] == [date(2026, 12, 21)]
    # an amount after "ב-" with no delivery word stays an amount
    assert find_dates('המחיר ב-21.12 ש"ח', "he-IL", ref)[0] == []
    res = read(
        "שלום,\n\nאנו מאשרים את כל השורות בכמויות ובמחירים שבהזמנה.\nאספקה ב-21.12.\n\nבברכה",
        [make_po(locale="he-IL")],
        when=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 21)}


def test_romanian_without_vat_keeps_the_tax_out() -> None:
    res = read(
        "Buna ziua,\n\nVa confirmam comanda 4500012345:\npoz. 1 - 40 buc, pret unitar 318,00 "
        "EUR (fara TVA)\npoz. 2 si 3 conform comenzii.\nLivrare 15.12.2026.\n\nCu stima",
        [make_po(locale="ro-RO")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert str(lines_of(res)[1].unit_price) == "318.00"


def test_the_goods_numbers_are_no_part_of_a_date_in_a_row() -> None:
    lines = [
        ("SPW-8-12", "Speed washer 8 mm ID, 1.2 mm thick", 4000, "PCS", "0.035", "2026-12-11"),
        ("SPC-10-8", "Bearing spacer 10 mm", 2000, "PCS", "0.060", "2026-12-11"),
    ]
    res = read(
        "Hi,\n\nConfirming as follows:\n\nLine 1  speed washers: 4,000 pcs @ $35.00 per 1,000 "
        "pcs, delivery 12/11/2026\nLine 2  spacers: 2,000 pcs @ $60.00 per 1,000 pcs, "
        "delivery 12/11/2026\n\nThanks",
        [make_po(locale="en-US", currency="USD", lines=lines)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.status for ln in lines_of(res).values()} == {"accepted"}


def test_hindi_loanwords_for_delivery_and_dispatch() -> None:
    res = read(
        "नमस्ते,\n\nआपके PO 4500012345 के लिए धन्यवाद। हम तीनों लाइन्स की पुष्टि करते हैं:\n\n"
        "1. Gearbox housing - 40 नग, €312.50 प्रति नग\n2. Gearbox cover - 100 नग, €12.10 प्रति "
        "नग\n3. Mounting foot - 60 नग, €8.40 प्रति नग\n\nमात्रा और दर ऑर्डर के अनुसार। डिलीवरी "
        "22/12/2026 (15 तारीख संभव नहीं है)।\n\nधन्यवाद",
        [make_po(locale="hi-IN")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 22)}


def test_the_other_prices_unchanged_is_no_subset_of_lines() -> None:
    res = read(
        "Dobrý den,\n\nobjednávku 4500012345 potvrzujeme v plném rozsahu, dodání 15.12.2026.\n"
        "U položky 1 musíme bohužel uplatnit příplatek +2 %; ostatní ceny beze změny.\n\n"
        "S pozdravem",
        [make_po(locale="cs-CZ")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert {got[n].date for n in (1, 2, 3)} == {date(2026, 12, 15)}
    assert str(got[1].unit_price) == "318.75"
    assert str(got[2].unit_price) == "12.10"
