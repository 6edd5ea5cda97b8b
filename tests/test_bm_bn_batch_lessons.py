"""What batches BM and BN taught on first sight, each in a phrasing of its own:

- BM 018 (false): "confermiamo i prezzi del Vostro ordine" confirms the prices only ("del
  Vostro ordine" qualifies them, it does not make the clause about the whole order), and a
  delivery "as stated in our offer" refers to a document we do not have.
- BM 019: Hindi month names ("18 दिसंबर") are dates; a reply that moves the delivery in them
  is not accepted at the requested date.
- BN 050: "we have to pass, sorry" declines (here a second PO of the same mail).
"""

from __future__ import annotations

from datetime import date, datetime

from agent.reading.dates import find_dates
from tests.test_extract import lines_of, make_po, read


def test_prices_of_your_order_confirm_the_prices_only() -> None:
    res = read(
        "Buongiorno Sig.ra Ruiz,\n\nconfermiamo le quantità del Vostro ordine 4500012345."
        "\n\nCordiali saluti\nFrancesca",
        [make_po(locale="it-IT")],
    )
    assert res.kind == "needs_review"
    assert any("quantit" in r for r in res.review_reasons), res.review_reasons


def test_a_delivery_as_stated_in_our_offer_refers_elsewhere() -> None:
    res = read(
        "Buongiorno,\n\nconfermiamo l'ordine 4500012345. Per i termini di consegna valgono "
        "quelli riportati nella nostra offerta 2026/411.\n\nCordiali saluti\nLuca",
        [make_po(locale="it-IT")],
    )
    assert res.kind == "needs_review"
    assert any("offerta" in r for r in res.review_reasons), res.review_reasons


def test_hindi_month_names_are_dates() -> None:
    ref = datetime(2026, 11, 24)
    (hit,) = find_dates("माल 5 जनवरी 2027 को भेजा जाएगा", "hi-IN", ref)[0]
    assert hit.date == date(2027, 1, 5)
    (hit,) = find_dates("डिलीवरी 22 दिसंबर को होगी", "hi-IN", ref)[0]
    assert hit.date == date(2026, 12, 22)


def test_a_delivery_moved_in_hindi_is_not_the_requested_date() -> None:
    res = read(
        "नमस्ते,\n\nऑर्डर 4500012345 के लिए धन्यवाद। हम इसकी पुष्टि करते हैं:\n"
        "1. गियरबॉक्स हाउसिंग – 40 EA, 312.50 EUR\n2. गियरबॉक्स कवर – 100 EA, 12.10 EUR\n"
        "3. माउंटिंग फुट – 60 EA, 8.40 EUR\n\n"
        "कच्चे माल की कमी के कारण तीनों मदों की डिलीवरी 22 दिसंबर को होगी।\n\nसादर,\nराजेश",
        [make_po(locale="hi-IN")],
    )
    dates = {ln.date for c in res.confirmations for ln in c.lines if ln.date}
    assert date(2026, 12, 15) not in dates, res.review_reasons


def test_we_have_to_pass_declines_a_po() -> None:
    po2 = make_po(
        "4500012346",
        lines=[
            ("MC-CUST", "Custom engraved mould, 3.5 x 2.5 in", 10, "EA", "145.00", "2027-01-15")
        ],
    )
    res = read(
        "Hi Dana,\n\nPO 4500012345 is good to go, all three lines as ordered, delivering "
        "12/15/2026.\n\nAs for 4500012346 (the engraved mould) we'll have to pass on this one, "
        "sorry - our engraver retired.\n\nThanks,\nKayla",
        [make_po(locale="en-US"), po2],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert [ln.status for ln in lines_of(res, "4500012346").values()] == ["rejected"]
    assert {ln.status for ln in lines_of(res).values()} == {"accepted"}
