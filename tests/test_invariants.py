"""The structural invariants of default-deny reading (agent/reading/invariants.py).

Each rule is shown both ways on real mail bytes through the whole pipeline
(``read_message``: normalize, classify, match, extract, guard, gate): the phrasing that
must go to a human, and a close phrasing that stays an automatic confirmation.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from email import message_from_bytes, policy

import pytest

from agent.reading.pipeline import read_message
from agent.reading.pos_json import po_from_dict
from tests.test_guards import REQUEST, REQUEST_ID, _mail, _po


def _read(body: str, *, quoted: str = REQUEST, attach: str | None = None, pos=None, **kw):
    raw = _mail(body, quoted=quoted, **kw)
    if attach is not None:
        m = message_from_bytes(raw, policy=policy.default)
        m.add_attachment(attach.encode(), maintype="text", subtype="csv", filename="ack.csv")
        raw = bytes(m)
    return read_message(raw, pos or [_po()])


def _lines(res) -> dict[int, tuple]:
    (conf,) = res.confirmations
    return {ln.line: (ln.status, ln.quantity, ln.date) for ln in conf.lines}


def _said(res, words: str) -> bool:
    return res.kind == "needs_review" and any(words in r for r in res.review_reasons)


# ------------------------------------------------------------------ bare assent


def test_a_bare_yes_to_our_side_question_is_no_confirmation() -> None:
    res = _read(
        "Yes",
        quoted="Hi Dave, one more thing on PO 7100018842: can you ship it in returnable totes?\n\nRenee\n",
    )
    assert _said(res, "bare assent"), res.review_reasons


def test_yes_with_an_answer_about_something_else_to_our_side_question_is_no_confirmation() -> None:
    # "Yes, ..." followed by what the side question was about (certificates), whose number
    # is no quantity, price or date of the order: still a bare assent to that question
    res = _read(
        "Yes, 3.1 certs are standard with all our forgings, no charge.",
        quoted="Hi Dave, one more thing on PO 7100018842: can you supply EN 10204 3.1 certs?\n\nRenee\n",
    )
    assert _said(res, "bare assent"), res.review_reasons


def test_yes_with_the_orders_own_values_to_our_request_confirms() -> None:
    res = _read("Yes, 2000 pcs each, delivery Dec 15 as requested.")
    assert res.kind == "confirmation", res.review_reasons


def test_a_bare_ok_to_our_request_goes_to_a_person() -> None:
    # "OK" may say no more than that the mail arrived; "Confirmed" says it commits
    res = _read("OK")
    assert res.kind == "needs_review"
    assert _said(res, "bare OK"), res.review_reasons
    res = _read("Confirmed, thanks.")
    assert res.kind == "confirmation", res.review_reasons
    assert {v[0] for v in _lines(res).values()} == {"accepted"}


# ------------------------------------------------------------------ reference elsewhere


def test_per_someone_elses_dates_is_review() -> None:
    chain = (
        "From: Mark Lee <mark@granitebay.example>\nSent: Monday, November 16, 2026 10:00 AM\n"
        "To: Dave\nSubject: RE: PO 7100018842\n\nDave, line 2 can only go 12/22.\n\nMark\n\n"
    )
    res = _read("We can confirm per Mark's latest dates, prices as per PO.", quoted=chain + REQUEST)
    assert _said(res, "not the supplier's own new text"), res.review_reasons


def test_as_discussed_and_see_below_over_quoted_text_are_review() -> None:
    assert _said(_read("Confirmed as discussed."), "as discussed")
    assert _said(_read("Confirmed, see below."), "see below")


def test_see_below_with_the_suppliers_own_lines_confirms() -> None:
    res = _read("See below: line 1, 2 and 3 confirmed as ordered for 12/15.")
    assert res.kind == "confirmation", res.review_reasons


# ------------------------------------------------------------------ body vs attachment

ACK = (
    "Line;Item;Qty;Price;Delivery\n1;GB-HX0616;2000;0.42;{d1}\n2;GB-NY0016;2000;0.115;2026-12-15\n"
    "3;GB-FW0016;4000;0.0425;2026-12-15\n"
)


def test_text_as_requested_and_attachment_later_disagree() -> None:
    res = _read(
        "Delivery as requested, please find our acknowledgment attached.",
        attach=ACK.format(d1="2027-01-08"),
    )
    assert _said(res, "disagree"), res.review_reasons


def test_text_and_attachment_that_agree_confirm() -> None:
    res = _read(
        "Delivery as requested, please find our acknowledgment attached.",
        attach=ACK.format(d1="2026-12-15"),
    )
    assert res.kind == "confirmation", res.review_reasons


# ------------------------------------------------------------------ splits and partials


def test_part_now_the_rest_in_a_month_is_review_not_accepted() -> None:
    for body in (
        "Line 1: 1500 ship by 15 Dec, the other 500 in January. Lines 2 and 3 confirmed as ordered.",
        "Line 1: fifteen hundred ship by 15 Dec, the other five hundred in January. "
        "Lines 2 and 3 confirmed as ordered.",
    ):
        res = _read(body)
        # the split is unread, or its second date is a month with no day: review either way
        assert _said(res, "splits the line") or _said(res, "'in January' is not a date"), (
            body,
            res.review_reasons,
        )


def test_declining_the_remainder_is_a_smaller_quantity_not_a_rejection() -> None:
    res = _read(
        "Line 1: we can only do 1600 of 2000 and decline the remaining 400. Lines 2 and 3 as ordered."
    )
    assert res.kind == "confirmation", res.review_reasons
    status, qty, _ = _lines(res)[1]
    assert status == "changed" and qty == 1600


# ------------------------------------------------------------------ unaccounted values


def test_a_ship_date_the_result_ignores_is_review() -> None:
    # a delivery date is given, and a despatch date after it: the result cannot carry both
    res = _read(
        "Confirmed, delivery 15-12-2026 for all lines. Despatch: 20-12-2026.", pos=[_po("en-GB")]
    )
    assert res.kind == "needs_review"
    assert any("2026-12-20" in r for r in res.review_reasons), res.review_reasons


def test_a_ship_date_alone_is_the_date() -> None:
    # corpus FORMAT.md: when the supplier gives only a ship date, the date is that ship date
    res = _read("Confirmed. Despatch: 04-12-2026 for all lines.", pos=[_po("en-GB")])
    assert res.kind == "confirmation", res.review_reasons
    assert {d for _, _, d in _lines(res).values()} == {date(2026, 12, 4)}


def test_a_negated_date_is_accounted_for() -> None:
    res = _read("Confirmed as ordered, delivery 12/15 instead of 12/22 as first quoted.")
    assert res.kind == "confirmation", res.review_reasons


def test_item_descriptions_are_never_read_as_dates() -> None:
    po = po_from_dict(
        {
            "po_number": "7100018850",
            "supplier": {"id": "GB", "name": "GB", "email": "dave@granitebay.example"},
            "currency": "USD",
            "request_message_id": REQUEST_ID,
            "lines": [
                {
                    "line": 1,
                    "item": "VV-43",
                    "description": "Valve 4/3 way",
                    "quantity": 10,
                    "uom": "EA",
                    "unit_price": "55.00",
                    "requested_date": "2026-12-15",
                }
            ],
        }
    )
    res = _read(
        "PO 7100018850: Valve 4/3 way confirmed as ordered.", subject="RE: PO 7100018850", pos=[po]
    )
    assert res.kind == "confirmation", res.review_reasons
    assert _lines(res)[1][0] == "accepted"


# ------------------------------------------------------------------ coverage


def test_positions_answered_one_by_one_leave_the_unnamed_one_open() -> None:
    res = _read(
        "Here is our confirmation:\nLine 1: 2000 pcs, Dec 15\nLine 2: 2000 pcs, Dec 15\n\nRegards"
    )
    # "Here is our confirmation:" introduces the list; the line it leaves out is not answered
    assert res.kind == "confirmation", res.review_reasons
    assert [v[0] for _, v in sorted(_lines(res).items())] == ["accepted", "accepted", "unconfirmed"]


# ------------------------------------------------------------------ prices and rejections


def _decide(body: str, **values) -> list[str]:
    from agent.reading.decide import decide
    from agent.reading.message import normalize
    from tests.test_guards import _claim_all

    po = _po()
    return decide(normalize(_mail(body)), [po], _claim_all(po, body, **values))


def test_a_price_per_100_left_at_the_po_price_is_review() -> None:
    reasons = _decide("Line 1: USD 45.00 per 100, delivery as ordered. Lines 2 and 3 as ordered.")
    assert any("neither the price read" in r for r in reasons), reasons
    # the same words read right (0.45 each) are accounted for
    reasons = _decide(
        "Line 1: USD 45.00 per 100, delivery as ordered. Lines 2 and 3 as ordered.",
        status="changed",
        unit_price=Decimal("0.45"),
    )
    assert not any("neither the price read" in r for r in reasons), reasons


def test_a_rejection_needs_the_suppliers_refusal() -> None:
    reasons = _decide("Thanks, we have received the order.", status="rejected")
    assert any("no refusal" in r for r in reasons), reasons
    assert not any(
        "no refusal" in r for r in _decide("Sorry, we cannot supply this order.", status="rejected")
    )


# ------------------------------------------------------------------ promised for later


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("We confirm we can supply, pricing to follow.", "en-US"),
        ("Bestätigt, Liefertermin folgt.", "de-DE"),
        ("Nous confirmons la commande, le prix suivra.", "fr-FR"),
        ("Confermiamo l'ordine, la data di consegna vi sarà comunicata.", "it-IT"),
        ("Bevestigd, leverdatum volgt.", "nl-NL"),
        ("Potvrzujeme objednávku, termín dodání upřesníme.", "cs-CZ"),
        ("Confirmamos o pedido, a data de entrega será informada em breve.", "pt-PT"),
    ],
)
def test_a_value_promised_for_later_leaves_the_line_open(body: str, locale: str) -> None:
    res = _read(body, pos=[_po(locale)])
    assert res.kind == "needs_review", (body, res.to_json())


def test_a_document_promised_for_later_does_not_hold_a_confirmation() -> None:
    res = _read("We confirm the order as placed. Our order acknowledgment will follow.")
    assert res.kind == "confirmation", res.review_reasons


def test_a_whole_order_split_without_a_schedule_is_review() -> None:
    res = _read("Confirmed - but please note our plant will ship the order in two parts.")
    assert _said(res, "splits the delivery"), res.review_reasons
    assert _read("Lines 1 and 2 confirmed, the rest as ordered too.").kind == "confirmation"


def test_values_in_an_earlier_mail_or_someone_elses_schedule_are_review() -> None:
    for body in (
        "We confirm. Dates as per the schedule Tom sent you last week.",
        "Confirmed, dates per our earlier email.",
    ):
        assert _read(body).kind == "needs_review", body


# ------------------------------------------------- affirmation, other objects, shares, conditions


def test_a_clause_that_only_holds_a_date_does_not_confirm_as_ordered() -> None:
    res = _read("Dave is out until December 7. I'll pass your order on to him when he is back.")
    assert res.kind == "needs_review", res.confirmations
    assert not res.confirmations


def test_values_about_stock_on_hand_back_no_line() -> None:
    res = _read(
        "Quick heads-up: we have the nylon lock nuts (2,400 on hand) in stock today. "
        "The formal acknowledgment follows once order entry has keyed it in."
    )
    assert res.kind == "needs_review", res.confirmations


def test_a_confirmation_only_after_a_deposit_is_conditional() -> None:
    res = _read(
        "We can confirm the order (2000 pcs, USD 0.42, Dec 15) only after receiving a 30% "
        "deposit by T/T."
    )
    assert res.kind == "needs_review", res.confirmations


def test_a_surcharge_percentage_no_price_reflects_is_review() -> None:
    # Read as the PO's prices (the extractor does not apply this wording), the share stated
    # would make every price wrong: review.
    res = _read(
        "Confermiamo l'ordine come da vostra richiesta. Vi informiamo che dal 1° dicembre "
        "applichiamo un supplemento energia del 4,5% su tutti i prezzi.",
        pos=[_po("it-IT")],
    )
    assert res.kind != "confirmation" or all(
        ln.status == "changed" for c in res.confirmations for ln in c.lines
    ), res.confirmations
    assert res.kind == "confirmation" or res.review_reasons


def test_a_share_in_a_language_without_a_lexicon_is_not_read_as_the_pos_prices() -> None:
    # Romanian: "an increase of 3.5% on all lines, per the price adjustment notice". Words
    # like "ajustare" must not pass for a tax abbreviation ("ust") that would excuse it.
    res = _read(
        "Confirmăm comanda cu o majorare de preț de 3,5% la toate pozițiile, conform "
        "notificării de ajustare a prețurilor.",
        pos=[_po("ro-RO")],
    )
    assert res.kind != "confirmation" or all(
        ln.status == "changed" for c in res.confirmations for ln in c.lines
    ), res.confirmations
    # a tax abbreviation as a word still excuses it
    for tax in ("Prices exclude VAT 20%.", "GST @ 18% extra as applicable."):
        res = _read(f"We confirm all lines as ordered. {tax}")
        assert not _said(res, "which no confirmed price reflects"), res.review_reasons


def test_a_surcharge_the_prices_reflect_confirms() -> None:
    res = _read("We confirm all lines. A 4.5% energy surcharge applies to all prices.")
    assert res.kind == "confirmation", res.review_reasons
    assert {v[0] for v in _lines(res).values()} == {"changed"}


def test_payment_terms_percentages_are_not_price_shares() -> None:
    res = _read("We confirm all lines as ordered. Payment terms: 2% discount 10 days, net 30.")
    assert not _said(res, "which no confirmed price reflects"), res.review_reasons


def test_a_plain_confirmation_still_confirms_as_ordered() -> None:
    res = _read("We confirm PO 7100018842 as ordered, all lines, delivery Dec 15.")
    assert res.kind == "confirmation", res.review_reasons
    assert {v[0] for v in _lines(res).values()} == {"accepted"}


def test_a_line_the_supplier_declines_is_not_outvoted_by_a_whole_order_confirm() -> None:
    res = _read(
        "We confirm your order as follows:\n"
        "Line 1 - 2000 pcs at 0.42, delivery Dec 15. Confirmed.\n"
        "Line 2 - nylon lock nuts: no longer manufactured, we cannot supply this line.\n"
        "Line 3 - 4000 pcs at 0.0425, delivery Dec 15."
    )
    if res.kind == "confirmation":
        assert _lines(res)[2][0] == "rejected", _lines(res)
    else:
        assert res.review_reasons


# ------------------------------------------------------------------ as ordered, and not


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("We confirm your order as ordered.\n\nDelivery: Jan 29, 2027\n\nDave", "en-US"),
        ("wir bestätigen Ihre Bestellung wie bestellt.\n\nLiefertermin: KW 4\n\nDave", "de-DE"),
    ],
)
def test_as_ordered_and_another_date_in_the_next_sentence_is_review(body: str, locale: str) -> None:
    res = _read(body, pos=[_po(locale)])
    assert res.kind == "needs_review"
    assert any(
        "differ(s) from the PO" in r or "says as ordered, but" in r for r in res.review_reasons
    ), res.review_reasons


@pytest.mark.parametrize(
    "body",
    [
        "We confirm your order. Delivery: Jan 29, 2027\n\nDave",
        "We confirm your order as ordered, except delivery: Jan 29, 2027\n\nDave",
        "Price as per PO. Delivery: Jan 29, 2027 instead of Dec 15.\n\nDave",
    ],
)
def test_a_date_change_that_says_so_is_read_as_a_change(body: str) -> None:
    res = _read(body)
    assert res.kind == "confirmation", res.review_reasons
    assert {v[2].isoformat() for v in _lines(res).values()} == {"2027-01-29"}


# ------------------------------------------------------------------ acknowledgment rows

ACK_BY_ITEM = (
    "Pos;Our item;Your item;Qty;Price;Delivery\n"
    "10;X-11;GB-HX0616;2000;{p1};2026-12-15\n"
    "20;X-12;GB-NY0016;2000;0.115;{d2}\n"
    "30;X-13;GB-FW0016;4000;0.0425;2026-12-15\n"
)


def _decide_with_ack(body: str, ack: str) -> list[str]:
    from agent.reading.decide import decide
    from agent.reading.message import normalize
    from tests.test_guards import _claim_all

    m = message_from_bytes(_mail(body), policy=policy.default)
    m.add_attachment(ack.encode(), maintype="text", subtype="csv", filename="ack.csv")
    po = _po()
    return decide(normalize(bytes(m)), [po], _claim_all(po, body))


def test_an_acknowledgment_row_with_another_price_or_date_than_the_result_is_review() -> None:
    # the result says "as ordered" for every line; the rows of lines 1 and 2 say otherwise
    reasons = _decide_with_ack(
        "Please find attached our order confirmation.",
        ACK_BY_ITEM.format(p1="0.45", d2="2027-01-08"),
    )
    said = [r for r in reasons if "the row" in r and "disagree" in r]
    assert any("line 1:" in r and "0.45" in r for r in said), reasons
    assert any("line 2:" in r and "2027-01-08" in r for r in said), reasons
    assert not any("line 3:" in r for r in said), reasons
    # rows that agree with the result raise nothing
    reasons = _decide_with_ack(
        "Please find attached our order confirmation.",
        ACK_BY_ITEM.format(p1="0.42", d2="2026-12-15"),
    )
    assert not any("the row" in r and "disagree" in r for r in reasons), reasons


def test_an_acknowledgment_row_is_the_printed_line_that_names_our_item() -> None:
    """ "Cust. Material: CAST-7781" under a row annotates that row; the clause that runs on
    into the next row ("... 000020 COVER 100 EA 12.90") does not speak for line 1."""
    from types import SimpleNamespace

    from agent.reading.invariants import _row_naming
    from agent.reading.segments import Span

    text = (
        "000010 HSG-7781 HOUSING DI 40 EA 312.50 12,500.00 12/15/2026\n"
        "Cust. Material: CAST-7781\n"
        "000020 CVR-7782 COVER DI 100 EA 12.90 1,290.00 12/22/2026\n"
        "Cust. Material: CAST-7782 at 12.90 12/22/2026\n"
    )
    d = SimpleNamespace(segments=[SimpleNamespace(text=text)])
    start = text.index("Material: CAST-7781")
    clause = SimpleNamespace(span=Span(0, start, text.index("12/22/2026") + 10))
    row = _row_naming(d, SimpleNamespace(clause=clause), "CAST-7781")
    assert row is not None and row.startswith("000010") and "12.90" not in row
    # a line that names our item with values of its own is the row itself
    start = text.index("Material: CAST-7782")
    clause = SimpleNamespace(span=Span(0, start, len(text)))
    assert _row_naming(d, SimpleNamespace(clause=clause), "CAST-7782").startswith("Cust.")


def test_a_percentage_of_the_goods_description_is_no_price_change() -> None:
    from agent.reading.pipeline import read_message
    from agent.reading.pos_json import load_pos
    from tests.test_extract import make_mail, make_po

    lines = [
        ("LT-RES-10K", "Resistor 10k 0805 1%", 10000, "EA", "0.004", "2026-12-21"),
        ("LT-CAP-100", "Capacitor 100uF 50V", 4000, "EA", "0.052", "2026-12-21"),
    ]
    po = load_pos([make_po(locale="en-SG", currency="USD", lines=lines)])
    body = (
        "Order acknowledgement for PO 4500012345:\n\n"
        "10  LT-RES-10K  Resistor 10k 0805 1%   10,000  0.0040  21/12/2026\n"
        "20  LT-CAP-100  Capacitor 100uF 50V     4,000  0.0520  21/12/2026\n"
    )
    res = read_message(make_mail(body), po)
    assert res.kind == "confirmation", res.review_reasons
    # ... while a percentage the goods do not carry still holds the reply
    body2 = body.replace("Order acknowledgement", "Prices +3% from January. Order acknowledgement")
    assert read_message(make_mail(body2), po).kind == "needs_review"
