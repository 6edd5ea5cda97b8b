"""The safety net after extraction (agent/reading/guards.py).

Each family of "the supplier did not commit" is checked on real mail: the .eml bytes go
through ``normalize`` (quote stripping included) and the guard sees a result that
confirms every line at the PO's values with the supplier's whole text as evidence — the
most a careless extraction could claim. Sentences that must fire make it needs_review
with a reason quoting the words; courtesy sentences next to a real confirmation must not.
A few cases run the whole pipeline (``read_message``) to show the guard is hooked in.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from agent.reading.guards import guard, review_reasons, sentences
from agent.reading.message import normalize
from agent.reading.pipeline import read_message
from agent.reading.pos_json import po_from_dict
from agent.reading.types import ExtractionResult, LineConfirmation, POConfirmation

PO_NUMBER = "7100018842"
REQUEST_ID = "<po-7100018842.1@buyer.example>"
REQUEST = (
    "Hello Dave,\n\nPlease confirm the purchase order below by replying to this email.\n\n"
    "Line  Item        Description                 Qty  UOM  Unit price  Delivery\n"
    "1     GB-HX0616   Hex bolt M16x60 8.8 zinc   2000  EA      0.4200  Dec 15, 2026\n"
    "2     GB-NY0016   Nylon insert lock nut M16  2000  EA      0.1150  Dec 15, 2026\n"
    "3     GB-FW0016   Flat washer M16 zinc       4000  EA      0.0425  Dec 15, 2026\n\n"
    "Renee"
)


def _po(locale: str = "en-US"):
    lines = [
        ("GB-HX0616", "Hex bolt M16x60 8.8 zinc", 2000, "0.4200"),
        ("GB-NY0016", "Nylon insert lock nut M16", 2000, "0.1150"),
        ("GB-FW0016", "Flat washer M16 zinc", 4000, "0.0425"),
    ]
    return po_from_dict(
        {
            "po_number": PO_NUMBER,
            "supplier": {
                "id": "GB",
                "name": "Granite Bay Fasteners",
                "email": "sales@granitebay.example",
                "locale": locale,
            },
            "buyer": {"name": "Renee Okafor", "email": "renee@buyer.example"},
            "currency": "USD",
            "issued": "2026-11-16",
            "request_message_id": REQUEST_ID,
            "lines": [
                {
                    "line": i + 1,
                    "item": item,
                    "description": desc,
                    "quantity": qty,
                    "uom": "EA",
                    "unit_price": price,
                    "requested_date": "2026-12-15",
                }
                for i, (item, desc, qty, price) in enumerate(lines)
            ],
        }
    )


def _mail(
    body: str,
    *,
    subject: str = f"RE: PO {PO_NUMBER} - please confirm",
    quoted: str = REQUEST,
    html: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Dave Kowalski <dave@granitebay.example>"
    msg["To"] = "Renee Okafor <renee@buyer.example>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 17, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<reply.1@granitebay.example>"
    msg["In-Reply-To"] = REQUEST_ID
    msg["References"] = REQUEST_ID
    head = (
        "\n\n________________________________\nFrom: Renee Okafor <renee@buyer.example>\n"
        "Sent: Monday, November 16, 2026 2:05 PM\nTo: Dave Kowalski <dave@granitebay.example>\n"
        f"Subject: PO {PO_NUMBER} - please confirm\n\n"
    )
    msg.set_content(body + head + quoted)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return bytes(msg)


def _claim_all(po, evidence: str, **values) -> ExtractionResult:
    """What a careless extraction would say: every line confirmed, the whole text as evidence."""
    lines = []
    for pl in po.lines:
        lines.append(
            LineConfirmation(
                line=pl.line,
                status=values.get("status", "accepted"),
                quantity=values.get("quantity", pl.quantity),
                unit_price=values.get("unit_price", pl.unit_price),
                currency="USD",
                date=values.get("date", pl.requested_date),
                date_kind="delivery",
                evidence=evidence,
            )
        )
    status = "accepted" if values.get("status", "accepted") == "accepted" else "changed"
    return ExtractionResult(
        kind="confirmation",
        confirmations=[POConfirmation(po.po_number, status, lines)],
        confidence=0.95,
        matched_po_numbers=[po.po_number],
    )


def _reasons(body: str, **kw) -> list[str]:
    values = kw.pop("values", {})
    locale = kw.pop("locale", "en-US")
    evidence = kw.pop("evidence", None)
    po = _po(locale)
    msg = normalize(_mail(body, **kw))
    evidence = evidence or " / ".join(sentences(msg.own_text))
    return review_reasons(msg, [po], _claim_all(po, evidence, **values))


# ------------------------------------------------------------------ (1) conditions


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("We can accept this order subject to credit approval.", "subject to credit approval"),
        (
            "We confirm the order provided you can accept partial shipments on line 3.",
            "provided you can accept",
        ),
        ("Pending a credit check on your new account, order confirmed.", "Pending a credit check"),
        (f"We can confirm PO {PO_NUMBER} if you accept $0.45/pc on line 1.", "if you accept"),
        ("Confirmed as long as the steel arrives in time.", "as long as"),
        (
            "We are happy to confirm the order, subject to availability of raw material.",
            "subject to availability",
        ),
        ("Confirmed as ordered provided the drawing rev C is still valid.", "provided the drawing"),
        ("Wir bestätigen die Bestellung vorbehaltlich der Materialverfügbarkeit.", "vorbehaltlich"),
        ("Liefertermin KW 51 unter Vorbehalt, Mengen und Preise bestätigt.", "unter Vorbehalt"),
        ("Nous confirmons la commande sous réserve de disponibilité.", "sous réserve"),
        ("Confirmamos el pedido sujeto a disponibilidad de material.", "sujeto a"),
        ("Confermiamo l'ordine a condizione che accettiate consegne parziali.", "a condizione"),
        ("Wij bevestigen de order onder voorbehoud van beschikbaarheid.", "onder voorbehoud"),
    ],
)
def test_a_condition_on_the_confirming_sentence_voids_it(body: str, words: str) -> None:
    reasons = _reasons(body)
    assert any(r.startswith("conditional:") and words.lower() in r.lower() for r in reasons), (
        reasons
    )


def test_a_condition_on_values_read_from_an_attachment() -> None:
    # the values came from an attached order confirmation; the mail text qualifies them
    reasons = _reasons(
        "Please find our order confirmation attached. Delivery dates are subject to change.",
        evidence="1 GB-HX0616 2000 EA 0.4200 15.12.2026",
    )
    assert any("subject to change" in r for r in reasons), reasons


def test_a_condition_in_the_next_sentence_referring_back() -> None:
    reasons = _reasons("We confirm the order as placed. This is subject to credit approval.")
    assert any("subject to credit approval" in r for r in reasons), reasons


@pytest.mark.parametrize(
    "body",
    [
        "Confirmed as ordered. Please note this is not a binding confirmation.",
        "All lines OK, delivery 12/15 is tentative.",
        "Liefertermin 15.12. bestätigt, vorläufig.",
        "Nous confirmons la commande, dates sans engagement.",
    ],
)
def test_words_that_say_it_is_not_firm(body: str) -> None:
    reasons = _reasons(body)
    assert any(r.startswith("not firm:") for r in reasons), reasons


def test_not_firm_about_a_line_left_unconfirmed_is_fine() -> None:
    po = _po()
    body = "Lines 1 and 2 confirmed as ordered. Line 3 we cannot confirm yet."
    msg = normalize(_mail(body))
    result = _claim_all(po, "Lines 1 and 2 confirmed as ordered.")
    line3 = result.confirmations[0].lines[2]
    line3.status, line3.evidence = "unconfirmed", None
    assert review_reasons(msg, [po], result) == []


def test_a_short_quantity_is_not_a_refusal_to_commit() -> None:
    po = _po()
    body = (
        "On line 1 we can only supply 1,100 - we can't commit to the remaining 900 at the moment."
    )
    msg = normalize(_mail(body))
    result = _claim_all(po, body, status="changed", quantity=Decimal(1100))
    for other in result.confirmations[0].lines[1:]:
        other.status, other.evidence = "unconfirmed", None
    assert review_reasons(msg, [po], result) == []


def test_a_quantity_said_of_another_line_is_not_this_lines() -> None:
    """Reading line 1's 1,100 into lines 2 and 3 is caught (the careless claim does that)."""
    reasons = _reasons(
        "On line 1 we can only supply 1,100 - we can't commit to the remaining 900 at the moment.",
        values={"status": "changed", "quantity": Decimal(1100)},
    )
    assert any("said of another line" in r for r in reasons), reasons


def test_a_value_to_be_advised_is_no_acceptance() -> None:
    reasons = _reasons(
        "Confirmed as per PO, except pricing which is to be advised next month.",
    )
    assert any("to be advised" in r for r in reasons), reasons


# ------------------------------------------------------------------ (2) promises


@pytest.mark.parametrize(
    "body",
    [
        "Our planner is out until 11/30. I'll get you a confirmed ship date then.",
        "Please ignore my mail below. I'll send you the right confirmation tomorrow.",
        "Confirmation to follow on Monday 11/30 - the set screws are on hold.",
        "Liefertermin KW 51 - verbindliche Bestätigung folgt.",
        "En breve le enviaremos la confirmación con los plazos de entrega.",
        "Vi invieremo la conferma d'ordine con le date di consegna entro venerdì.",
        "De orderbevestiging met levertijd volgt binnen twee werkdagen.",
    ],
)
def test_a_promised_confirmation_is_none(body: str) -> None:
    # the extraction took its values from the last sentence, the one with the promise
    reasons = _reasons(
        body,
        values={"status": "changed", "date": datetime(2026, 11, 30).date()},
        evidence=sentences(body)[-1],
    )
    assert any(r.startswith(("promised:", "conditional:")) for r in reasons), reasons


def test_the_date_of_a_promised_answer_is_not_a_delivery_date() -> None:
    # one real confirmation sentence, but the recorded date is the promise's "tomorrow"
    reasons = _reasons(
        "Line 1 is confirmed. Final confirmation with the other dates to follow tomorrow.",
        values={"status": "changed", "date": datetime(2026, 11, 18).date()},
    )
    assert any(r.startswith("promised:") and "tomorrow" in r for r in reasons), reasons


# ------------------------------------------------------------------ (3) other objects


@pytest.mark.parametrize(
    "body",
    [
        "We confirm receipt of your order.",
        "Hiermit bestätigen wir den Eingang Ihrer Bestellung.",
        "Nous accusons réception de votre commande.",
        f"Confirmamos la recepción de su pedido {PO_NUMBER}.",
        f"Confermiamo la ricezione del vostro ordine {PO_NUMBER}.",
        f"Hierbij bevestigen wij de ontvangst van uw bestelling {PO_NUMBER}.",
        "Confirmamos o recebimento do seu pedido.",
        "Confirmed - we received drawing rev. D for line 1. We'll review it.",
    ],
)
def test_a_confirmed_receipt_is_no_confirmation_of_the_order(body: str) -> None:
    reasons = _reasons(body)
    assert any(r.startswith("receipt only:") for r in reasons), reasons


def test_a_receipt_followed_by_our_own_rows_is_no_confirmation() -> None:
    body = (
        "We confirm receipt of the following order:\n\n"
        "1     GB-HX0616   Hex bolt M16x60 8.8 zinc   2000  EA      0.4200  Dec 15, 2026\n"
        "2     GB-NY0016   Nylon insert lock nut M16  2000  EA      0.1150  Dec 15, 2026\n"
    )
    po = _po()
    msg = normalize(_mail(body))
    rows = [s for s in sentences(msg.own_text) if s[0].isdigit()]
    result = _claim_all(po, rows[0])
    for ln, row in zip(result.confirmations[0].lines, [*rows, None], strict=True):
        ln.evidence = row
        ln.status = ln.status if row else "unconfirmed"
    reasons = review_reasons(msg, [po], result)
    assert any(r.startswith("receipt only:") for r in reasons), reasons


def test_a_receipt_with_a_value_of_its_own_is_a_confirmation() -> None:
    # "order received" next to rows that carry an answer of the supplier's
    body = "Order received, thanks.\nLine 1 - 2000 pcs - 12/15 OK\nLine 2 - 2000 pcs - 12/22"
    assert _reasons(body, evidence="Line 1 - 2000 pcs - 12/15 OK") == []


def test_a_bare_confirmed_answering_our_question_about_a_call() -> None:
    quoted = "Hi Dave, can we move our call about the 2027 forecast to Thursday 3pm?\n\nRenee"
    reasons = _reasons(
        "Confirmed, Thursday 3pm works.",
        quoted=quoted,
        values={"status": "changed", "date": datetime(2026, 11, 19).date()},
    )
    assert any(r.startswith("other object:") and "Thursday 3pm" in r for r in reasons), reasons


def test_a_bare_confirmed_about_a_meeting() -> None:
    reasons = _reasons("Yes confirmed - the meeting on Thursday works for me.")
    assert any(r.startswith("other object:") for r in reasons), reasons


def test_a_bare_confirmed_naming_our_quotation_stands() -> None:
    assert _reasons("Confirmed - as per our quotation Q-88120.") == []


def test_a_bare_confirmed_answering_our_question_about_the_order_stands() -> None:
    quoted = "Hi Dave, can you confirm the PO as ordered, delivery Dec 15?\n\nRenee"
    assert _reasons("Confirmed.", quoted=quoted) == []


@pytest.mark.parametrize(
    "body",
    [
        "Happy to confirm our quotation Q-2291 for the extra 500 bolts at $0.40, valid to 12/31.",
        "Gern bestätige ich unser Angebot Q-2291 für weitere 5.000 Stück zu 0,40 USD.",
        "Nous confirmons notre offre Q-2291 pour 500 pièces supplémentaires.",
    ],
)
def test_confirming_a_quote_is_not_confirming_the_order(body: str) -> None:
    reasons = _reasons(body)
    assert any(r.startswith("other object:") and "confirms a quote" in r for r in reasons), reasons


def test_confirmed_as_per_our_quote_stands() -> None:
    assert _reasons(f"We confirm PO {PO_NUMBER} as per our quote Q-88120.") == []
    assert _reasons("We confirm the order as per our quotation Q-88120.") == []


@pytest.mark.parametrize(
    ("body", "other"),
    [
        ("Confirmed - PO 7100017731 shipped today, 2000 pcs, tracking 1Z999.", "7100017731"),
        ("Your order no. 7100017731 is confirmed as ordered.", "7100017731"),
        ("Confirmed: 7100017731 goes out Friday with all 3 lines.", "7100017731"),
    ],
)
def test_a_confirmation_of_another_order_is_not_of_ours(body: str, other: str) -> None:
    reasons = _reasons(body, subject="RE: your orders")
    assert any(r.startswith("other order:") and other in r for r in reasons), reasons


def test_our_order_number_written_loosely_stands() -> None:
    assert _reasons("Your P.O. #7100-018842 is confirmed as ordered.") == []
    assert _reasons("Confirmed as ordered, our sales order 88123 will follow.") == []


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Hi Renee, I'd expect we can confirm all lines as ordered, but I need sign-off first.",
            "not firm:",
        ),
        ("We should be able to confirm the order as placed.", "not firm:"),
        (f"Confirming that your PO {PO_NUMBER} is cancelled as requested.", "cancelled:"),
        ("Confirmed on our side that we received the drawings; expect OA Tue.", "promised:"),
        ("Our warehouse confirmed stock of GB-HX0616 this morning.", "other object:"),
        ("Ok for the 2000 pcs of each. Regarding the date I honestly don't know yet.", "not firm:"),
        ("Hi Renee, confirmed in principle, details to follow.", "not firm:"),
        ("Recibido, lo revisamos con producción y le confirmamos mañana.", "promised:"),
        ("Yes we can supply these. Order will be processed upon payment.", "conditional:"),
        ("I've forwarded your PO to our plant; they normally confirm within 48h.", "promised:"),
        ("OK from my side, but final confirmation comes from our credit department.", "not firm:"),
        ("I confirm we will not be able to ship anything before January.", "not firm:"),
        (
            "Order acknowledged. Delivery dates will be confirmed after material arrives.",
            "open value:",
        ),
        ("Yes, the price is right. Can't comment on the date.", "not firm:"),
        ("We'd be happy to confirm this order at 0.40 for line 1 instead.", "not firm:"),
    ],
)
def test_expectations_cancellations_and_receipts_confirm_nothing(body: str, start: str) -> None:
    reasons = _reasons(body)
    assert any(r.startswith(start) for r in reasons), reasons


def test_a_short_line_with_the_remainder_cancelled_stands() -> None:
    body = "Order confirmed: line 1 only 1500 pcs, the remainder is cancelled."
    assert not any(r.startswith("cancelled:") for r in _reasons(body)), _reasons(body)


# ------------------------------------------------------------------ (4) lost values


def test_a_number_appended_to_a_pasted_row_is_not_lost() -> None:
    body = (
        "Hi Renee,\n\n"
        "1     GB-HX0616   Hex bolt M16x60 8.8 zinc   2000  EA  0.4200  Dec 15, 2026  - OK\n"
        "3     GB-FW0016   Flat washer M16 zinc       4000  EA  0.0425  Dec 15, 2026  - 3000 only\n"
    )
    reasons = _reasons(body)
    assert any("line 3: '3000'" in r for r in reasons), reasons
    assert not any("line 1:" in r for r in reasons), reasons


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Lines 1 and 3 OK. Line 2 - 12/18.", True),
        ("Lines 1 and 3 OK. Line 2 to be confirmed by 12/18.", False),
        ("Lines 1 and 3 OK. Line 2: we will revert by 12/18.", False),
        ("Lines 1 and 3 OK. Line 2 cannot be delivered before 12/18?", False),
    ],
)
def test_a_date_next_to_a_line_left_unconfirmed(body: str, fires: bool) -> None:
    po = _po()
    msg = normalize(_mail(body))
    result = _claim_all(po, "Lines 1 and 3 OK.")
    line2 = result.confirmations[0].lines[1]
    line2.status, line2.evidence = "unconfirmed", None
    reasons = review_reasons(msg, [po], result)
    assert any(r.startswith("line 2:") and "not read" in r for r in reasons) is fires, reasons


def test_a_date_said_of_other_lines_is_not_this_lines_date() -> None:
    po = _po()
    msg = normalize(
        _mail("The washers are confirmed as ordered. Bolts and nuts to follow tomorrow.")
    )
    evidence = "The washers are confirmed as ordered. / Bolts and nuts to follow tomorrow."
    result = _claim_all(po, evidence)
    washers = result.confirmations[0].lines[2]
    washers.status, washers.date = "changed", datetime(2026, 11, 18).date()
    for ln in result.confirmations[0].lines[:2]:
        ln.status, ln.evidence = "unconfirmed", None
    reasons = review_reasons(msg, [po], result)
    assert any(r.startswith("line 3: the date") for r in reasons), reasons


# ------------------------------------------------------------------ (5) negations


def test_a_price_no_longer_valid_is_not_accepted() -> None:
    reasons = _reasons("The $0.42 on line 1 is no longer valid. I'll send updated pricing.")
    assert any(r.startswith("negated:") and "no longer valid" in r for r in reasons), reasons


def test_a_price_that_cannot_be_held_is_not_accepted() -> None:
    reasons = _reasons("The price of $0.42 on line 1 cannot be held, all else confirmed.")
    assert any(r.startswith("negated:") and "line 1" in r for r in reasons), reasons


def test_cannot_deliver_by_a_date_is_no_rejection() -> None:
    reasons = _reasons(
        "We cannot deliver by 12/15 - not before January.", values={"status": "rejected"}
    )
    assert any(r.startswith("negated date:") for r in reasons), reasons


def test_not_before_a_date_makes_that_date_the_earliest() -> None:
    reasons = _reasons(
        "We won't be able to ship before January 8, all lines.",
        values={"status": "changed", "date": datetime(2027, 1, 8).date()},
    )
    assert reasons == []


def test_a_negation_about_another_line_leaves_this_one_alone() -> None:
    po = _po()
    body = "Lines 1 and 2 as ordered, but we cannot deliver line 3 by 12/15."
    msg = normalize(_mail(body))
    result = _claim_all(po, body)
    line3 = result.confirmations[0].lines[2]
    line3.status, line3.evidence = "unconfirmed", None
    assert review_reasons(msg, [po], result) == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Eine Lieferung zum 15.12. ist leider nicht möglich.", "de-DE"),
        ("Nous ne pouvons pas livrer pour le 15/12, pas avant janvier.", "fr-FR"),
        ("No podemos entregar para el 15/12, no antes de enero.", "es-ES"),
    ],
)
def test_a_date_that_is_not_possible_in_other_languages(body: str, locale: str) -> None:
    for status in ("accepted", "rejected"):
        reasons = _reasons(body, locale=locale, values={"status": status})
        assert any(r.startswith(("negated:", "negated date:")) for r in reasons), (status, reasons)


def test_a_refusal_without_a_date_stays_a_rejection() -> None:
    assert _reasons("Nous ne pouvons pas livrer la ligne 3.", values={"status": "rejected"}) == []


def test_a_real_refusal_stays_a_rejection() -> None:
    reasons = _reasons(
        "We cannot supply these parts any more, they are discontinued.",
        values={"status": "rejected"},
    )
    assert reasons == []


def test_cannot_meet_a_date_but_offering_another_is_a_change() -> None:
    reasons = _reasons(
        "We can't meet 12/15 on all lines, but can deliver 12/22.",
        values={"status": "changed", "date": datetime(2026, 12, 22).date()},
    )
    assert reasons == []


# ------------------------------------------------------------------ (6) provenance


def test_another_revision_than_ours_is_not_confirmed() -> None:
    reasons = _reasons(
        f"PO {PO_NUMBER} Rev. 1 is confirmed as ordered.",
        subject=f"RE: PO {PO_NUMBER} Rev. 2 - please confirm",
    )
    assert any(r.startswith("revision:") and "revision 1" in r for r in reasons), reasons


def test_another_revision_named_before_the_po() -> None:
    reasons = _reasons(
        f"Confirmed for Rev. 1 of PO {PO_NUMBER}.",
        quoted=REQUEST.replace("Hello Dave,", f"Hello Dave,\n\nPO {PO_NUMBER} Revision: 2"),
    )
    assert any(r.startswith("revision:") for r in reasons), reasons


def test_a_drawing_revision_is_not_the_po_revision() -> None:
    assert (
        _reasons(
            "Confirmed as ordered, made to drawing rev. 3.",
            subject=f"RE: PO {PO_NUMBER} Rev. 2 - please confirm",
        )
        == []
    )


def test_the_same_revision_as_ours_is_fine() -> None:
    assert (
        _reasons(
            f"PO {PO_NUMBER} Rev. 2 is confirmed as ordered.",
            subject=f"RE: PO {PO_NUMBER} Rev. 2 - please confirm",
        )
        == []
    )


def test_plain_and_html_versions_that_disagree() -> None:
    html = (
        "<html><body><p>Hi Renee,</p><p>I am still checking lines 2 and 3 with the warehouse"
        " - will revert by Friday.</p><p>Dave</p></body></html>"
    )
    reasons = _reasons("Hi Renee,\n\nConfirmed as ordered.\n\nDave", html=html)
    assert any(r.startswith("alternatives disagree:") for r in reasons), reasons


def test_the_version_not_read_is_kept_without_its_quote() -> None:
    plain_only = normalize(_mail("Confirmed as ordered."))
    assert plain_only.alternative_text is None
    html = (
        "<html><body><p>Checking line 2.</p><blockquote>Please confirm PO 7100018842"
        "</blockquote></body></html>"
    )
    both = normalize(_mail("Confirmed as ordered.", html=html))
    assert both.alternative_text is not None
    assert "Checking line 2." in both.alternative_text
    assert "Please confirm" not in both.alternative_text
    assert "Checking" not in both.own_text


def test_plain_and_html_versions_that_agree() -> None:
    html = (
        "<html><body><p>Hi Renee,</p><p><b>Confirmed</b> as ordered.</p><p>Dave</p></body></html>"
    )
    assert _reasons("Hi Renee,\n\nConfirmed as ordered.\n\nDave", html=html) == []


# ------------------------------------------------------------------ false alarms


@pytest.mark.parametrize(
    "body",
    [
        "Confirmed as ordered. If you have questions let me know.",
        "Confirmed as ordered, please let us know if anything changes.",
        "All lines confirmed as ordered - do not hesitate to contact us if you need anything.",
        "Confirmed as ordered, subject to our general terms and conditions.",
        "Bestätigt wie bestellt. Falls Sie Fragen haben, melden Sie sich gerne.",
        "Confirmé comme commandé. Si vous avez des questions, n'hésitez pas.",
        "Confirmed as ordered. We will send the tracking number once shipped.",
        "We confirm receipt of your order and confirm delivery as requested.",
        "Confirmed as ordered; the formal order acknowledgement will follow by mail.",
        "Si, confirmado como pedido.",
        "We are happy to confirm the order. Let me know if you have any questions.",
    ],
)
def test_courtesy_next_to_a_confirmation_does_not_fire(body: str) -> None:
    assert _reasons(body) == []


def test_an_exception_that_names_a_stated_change_is_fine() -> None:
    po = _po()
    msg = normalize(_mail("Confirmed as per PO, except line 2: 4.25"))
    result = _claim_all(po, "Confirmed as per PO, except line 2: 4.25")
    line2 = result.confirmations[0].lines[1]
    line2.status, line2.unit_price = "changed", Decimal("4.25")
    assert review_reasons(msg, [po], result) == []


def test_an_exception_whose_line_stays_accepted_fires() -> None:
    reasons = _reasons("All lines confirmed except line 3 which we are still checking.")
    assert any(r.startswith("exception:") and "line 3" in r for r in reasons), reasons


def test_a_condition_on_a_line_left_unconfirmed_is_fine() -> None:
    po = _po()
    body = "Lines 1 and 3 confirmed as ordered, line 2 pending our supplier."
    msg = normalize(_mail(body))
    result = _claim_all(po, body)
    line2 = result.confirmations[0].lines[1]
    line2.status, line2.evidence = "unconfirmed", None
    assert review_reasons(msg, [po], result) == []


# ------------------------------------------------------------------ the result and the pipeline


def test_guard_turns_the_result_into_needs_review_without_confirmations() -> None:
    po = _po()
    msg = normalize(_mail("We can accept this order subject to credit approval."))
    claimed = _claim_all(po, "We can accept this order subject to credit approval.")
    out = guard(msg, [po], claimed)
    assert out.kind == "needs_review"
    assert out.confirmations == [] and out.exceptions == []
    assert out.matched_po_numbers == [PO_NUMBER]
    assert any("subject to credit approval" in r for r in out.review_reasons)
    assert out.to_json()["kind"] == "needs_review"


def test_the_promised_answer_date_is_kept_for_the_follow_up() -> None:
    po = _po()
    body = "Confirmation to follow on Monday 11/30 - the set screws are on hold."
    msg = normalize(_mail(body))
    claimed = _claim_all(po, body, status="changed", date=datetime(2026, 11, 30).date())
    out = guard(msg, [po], claimed)
    assert out.kind == "needs_review"
    assert out.promised_reply_date == datetime(2026, 11, 30).date()


def test_guard_leaves_a_commitment_alone() -> None:
    po = _po()
    msg = normalize(_mail("Confirmed as ordered."))
    claimed = _claim_all(po, "Confirmed as ordered.")
    assert guard(msg, [po], claimed) is claimed


def test_pipeline_is_guarded() -> None:
    po = _po()
    out = read_message(_mail("Pending a credit check on your new account, order confirmed."), [po])
    assert out.kind == "needs_review"
    assert any(r.startswith("conditional:") for r in out.review_reasons), out.review_reasons
    ok = read_message(_mail("Confirmed as ordered. If you have questions let me know."), [po])
    assert ok.kind == "confirmation"
    assert [ln.status for ln in ok.confirmations[0].lines] == ["accepted"] * 3


def test_the_llm_answer_is_guarded_too() -> None:
    po = _po()

    def fallback(msg, open_pos, result):
        # a model that confirms whatever it sees
        return _claim_all(po, "We can confirm PO 7100018842 if you accept $0.45/pc on line 1.")

    raw = _mail(f"We can confirm PO {PO_NUMBER} if you accept $0.45/pc on line 1.")
    out = read_message(raw, [po], fallback=fallback)
    assert out.kind == "needs_review"
    assert any(r.startswith("conditional:") for r in out.review_reasons), out.review_reasons


def test_a_refusal_with_a_promised_offer_stays_a_rejection() -> None:
    reasons = _reasons(
        "La línea 2 está descatalogada y no podemos suministrarla; le enviaremos una oferta.",
        values={"status": "rejected"},
    )
    assert reasons == []


@pytest.mark.parametrize(
    "body",
    [
        "Confermiamo l'ordine come da vostra richiesta, si prega di verificare l'indirizzo.",
        "Our order confirmation AB-4711 rev. 1: all lines as ordered.",
    ],
)
def test_look_alikes_of_conditions_and_revisions_do_not_fire(body: str) -> None:
    assert _reasons(body, subject=f"RE: PO {PO_NUMBER} Rev. 2 - please confirm") == []


def test_a_date_for_all_lines_is_every_lines_date() -> None:
    reasons = _reasons(
        "The washers are late at the plater, so all items ship 12/22.",
        values={"status": "changed", "date": datetime(2026, 12, 22).date()},
    )
    assert reasons == []


# ------------------------------------------------------------------ (7) values not accounted for


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("Confirmed. Our minimum run is 2500 pcs, so I have entered 2500.", "2500"),
        ("Confirmed, but we've only got 1500 in stock right now.", "1500"),
    ],
)
def test_a_quantity_the_line_does_not_carry(body: str, words: str) -> None:
    """A quantity next to a line read as ordered ('40 bundles', 'only 30') was not read."""
    reasons = _reasons(body)
    assert any(words in r and "not the quantity read" in r for r in reasons), reasons


@pytest.mark.parametrize(
    "body",
    [
        "Confirmed as ordered, 2000 pcs each on lines 1 and 2 and 4000 pcs on line 3.",
        "Confirmed as ordered; packed in boxes of 500 pcs.",
        "Confirmed as ordered. Our invoice will follow on 12/20.",
        "All lines confirmed as ordered. Our plant is closed from 12/24 to 1/4.",
    ],
)
def test_quantities_and_dates_that_belong_elsewhere_are_fine(body: str) -> None:
    """Other lines' quantities, pack sizes, and dates that are not about delivery pass."""
    assert _reasons(body) == []


def test_a_later_delivery_date_while_every_line_is_kept_at_the_pos() -> None:
    """'delivery will be 2027/1/8' (a year-first form) next to a result kept at the PO's dates."""
    reasons = _reasons(
        "We confirm the order, price and quantity no problem. Delivery will be 2027/1/8."
    )
    assert any("2027-01-08" in r and "PO's date" in r for r in reasons), reasons


def test_a_quantity_read_out_of_an_amount_of_money() -> None:
    """'2 940,00 CZK' split into a quantity 2940 and a price 940,00 is caught."""
    reasons = _reasons(
        "Line 1 price changed to 2 940,00 CZK/pc.",
        locale="cs-CZ",
        values={"status": "changed", "quantity": Decimal(2940), "unit_price": Decimal("2940.00")},
    )
    assert any("amount of money" in r for r in reasons), reasons


def test_an_amount_that_is_neither_the_price_nor_the_total() -> None:
    """'at Rs. 1,52,500/- per lot' (lakh grouping) next to a line kept at the PO's price."""
    reasons = _reasons(
        "We accept line 1 at Rs. 1,52,500/- per lot due to revised material cost.", locale="en-IN"
    )
    assert any("neither the price read" in r for r in reasons), reasons


@pytest.mark.parametrize(
    "body",
    [
        "Line 1 confirmed at $0.42 each, $840.00 total.",
        "1\tGB-HX0616\t2000\t$0.42\t12/15/2026\nAll lines confirmed as ordered.",
        "Confirmed as ordered, $0.42 / $0.115 / $0.0425 as on your PO.",
    ],
)
def test_the_price_its_total_and_table_cells_are_accounted_for(body: str) -> None:
    assert _reasons(body) == []


def test_a_date_from_a_closure_notice_is_no_delivery_date() -> None:
    reasons = _reasons(
        "Confirmed as ordered.\n\nOur plant is closed Dec 24 - Jan 1 for the holidays.",
        values={"status": "changed", "date": date(2027, 1, 1)},
    )
    assert any("closure notice" in r for r in reasons), reasons


def test_a_pallet_count_is_packing_not_the_quantity() -> None:
    assert (
        _reasons("Confirmed. All 3 lines will ship 12/15 via FedEx Freight, 4 pallets total.") == []
    )


def test_a_changed_price_the_supplier_never_wrote() -> None:
    reasons = _reasons(
        "Confirmed, new price 0.45 per piece on line 1.",
        values={"status": "changed", "unit_price": Decimal("0.54")},
    )
    # either check names it: the 0.54 nobody wrote, or the 0.45 the result does not carry
    assert any(
        "0.54 is not a number the supplier wrote" in r or "neither the price read (0.54)" in r
        for r in reasons
    ), reasons


@pytest.mark.parametrize(
    "body",
    [
        "Bien reçu votre commande, nous revenons vers vous d'ici jeudi avec les délais.",
        "Bestellung erhalten, wir melden uns bis Freitag mit den Terminen.",
        "Pedido recibido, nos pondremos en contacto el viernes.",
        "Ordine ricevuto, vi faremo sapere entro venerdì.",
        "Bestelling ontvangen, wij komen hier vrijdag bij u op terug.",
    ],
)
def test_a_promise_to_come_back_in_other_languages(body: str) -> None:
    reasons = _reasons(body)
    assert any(r.startswith(("promised", "receipt")) for r in reasons), reasons


def test_a_date_in_a_sentence_about_another_line() -> None:
    """'Line 2 is on backorder - 60 ship 12/3 with line 1, balance of 40 ETA 1/12/27': not line 1's."""
    po = _po()
    body = "Line 2 is on backorder - 60 ship 12/3 with line 1, balance of 40 ETA 1/12/27."
    msg = normalize(_mail(body))
    result = _claim_all(po, body, status="changed", date=date(2027, 1, 12))
    for other in result.confirmations[0].lines[1:]:
        other.status, other.evidence = "unconfirmed", None
    reasons = review_reasons(msg, [po], result)
    assert any("a sentence about line 2" in r for r in reasons), reasons


def test_a_price_basis_is_no_quantity() -> None:
    """'46,00 € / 1000 St.' names the price basis, not a quantity of 1000."""
    reasons = _reasons(
        "Wir bestätigen Ihre Bestellung. Preis: 420,00 € / 1000 St., Menge und Termin wie bestellt.",
        locale="de-DE",
    )
    assert not any("not the quantity read" in r for r in reasons), reasons


def test_a_price_restated_with_its_unit_is_no_quantity() -> None:
    """'250 ea. @ $3.15 ea.': the 3.15 is money, not a quantity of 3.15."""
    assert _reasons("Confirmed: 2000 ea. @ $0.42 ea., delivery Dec. 15th.") == []


def test_a_replacement_offered_for_a_declined_line_keeps_the_refusal() -> None:
    po = _po()
    body = (
        "Lines 1 and 2 confirmed as ordered. Line 3 has been discontinued - we could offer "
        "GB-FW0016-SS at $0.09 instead if that works for you."
    )
    msg = normalize(_mail(body))
    result = _claim_all(po, "Lines 1 and 2 confirmed as ordered.")
    line3 = result.confirmations[0].lines[2]
    line3.status, line3.evidence = "rejected", "Line 3 has been discontinued"
    assert review_reasons(msg, [po], result) == []
    # the same condition on a line the result confirms still defers
    line3.status = "accepted"
    line3.evidence = "we could offer GB-FW0016-SS at $0.09 instead if that works for you."
    assert any(r.startswith("conditional") for r in review_reasons(msg, [po], result))


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        (
            "Please note that from January 1, 2027 all prices increase by 5%. This affects open "
            "orders delivered after that date, including your PO 7100018842.",
            True,
        ),
        ("Ab 1. Januar 2027 gilt eine Preiserhöhung von 4 % für alle Positionen.", True),
        ("We confirm PO 7100018842. Note: all prices increase by 3% from January 1.", False),
    ],
)
def test_a_general_price_notice_confirms_nothing(body: str, fires: bool) -> None:
    reasons = _reasons(body, values={"status": "changed", "unit_price": Decimal("0.441")})
    assert any(r.startswith("price notice") for r in reasons) is fires, reasons


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        (
            "We confirm your order will be reviewed by our credit department first. "
            "We will inform you of the result.",
            True,
        ),
        ("We confirm that the PO has been forwarded to our plant for scheduling.", True),
        ("We confirm your order will be shipped complete on 12/15.", False),
    ],
)
def test_confirming_a_step_the_order_goes_through(body: str, fires: bool) -> None:
    """'confirm your order will be reviewed' confirms a process, not the order."""
    reasons = _reasons(body)
    assert any(r.startswith("other object") for r in reasons) is fires, reasons


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Confirmed for the call Tuesday at 10am - let's go through the PO then.", True),
        ("Visit on Thursday confirmed, we can talk about the order there.", True),
        ("Confirmed for 12/15 delivery - see you at the meeting Tuesday.", False),
    ],
)
def test_confirming_a_call_that_mentions_the_po_afterwards(body: str, fires: bool) -> None:
    reasons = _reasons(body)
    assert any(r.startswith("other object") for r in reasons) is fires, reasons


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("We confirm the pricing on this PO is correct.", True),
        ("Re the date: confirmed.", True),
        ("Quantities confirmed.", True),
        ("Price is fine but the date needs checking.", True),
        ("Die Mengen sind bestätigt.", True),
        ("Les prix sont confirmés.", True),
        ("Los precios están confirmados.", True),
        ("Confirmed, delivery 12/15.", False),
        ("Confirmed as per PO.", False),
        ("Price and date confirmed, qty as ordered.", False),
        ("All confirmed - qty, price and date as per PO.", False),
        ("Order confirmed, thanks!", False),
        # (seen in DB 001) "wie bestellt" is "as ordered": every field, the date given too
        ("Pos. 1 bis 3 bestätigen wir wie bestellt zum Liefertermin 15.12.2026.", False),
        ("Nous confirmons les lignes 1 à 3 comme commandées, livraison le 15/12/2026.", False),
        ("Wir bestätigen den Liefertermin 15.12.2026.", True),
        ("Termin wie bestellt.", True),
    ],
)
def test_a_confirmation_of_some_fields_only(body: str, fires: bool) -> None:
    """'Quantities confirmed.' says nothing about the price and the date of the lines."""
    reasons = _reasons(body)
    assert any(r.startswith("partial:") for r in reasons) is fires, reasons
    if not fires:
        assert reasons == [], reasons


@pytest.mark.parametrize(
    ("body", "family"),
    [
        ("We confirm the credit note for the last shipment.", "other object"),
        ("Wir bestätigen die Gutschrift für die letzte Lieferung.", "other object"),
        ("The order looks OK at first glance, checking details.", "not firm"),
        ("À première vue la commande est conforme.", "not firm"),
    ],
)
def test_another_document_or_a_first_look_confirms_nothing(body: str, family: str) -> None:
    reasons = _reasons(body)
    assert any(r.startswith(family) for r in reasons), reasons


@pytest.mark.parametrize(
    "body",
    [
        "We confirm PO 7100018842 as ordered, invoice will follow after shipment.",
        "Confirmed as per PO, we will invoice on dispatch.",
    ],
)
def test_an_invoice_mentioned_next_to_a_confirmation_does_not_fire(body: str) -> None:
    assert _reasons(body) == []


@pytest.mark.parametrize(
    ("body", "family"),
    [
        ("We're good on price.", "partial"),
        ("Precio correcto, la fecha la confirmamos mañana.", "partial"),
        ("We'd need to see the updated spec before we can say yes.", "not firm"),
        ("Wir müssen erst das Material prüfen, bevor wir bestätigen können.", "not firm"),
    ],
)
def test_a_field_approved_alone_or_an_open_precondition(body: str, family: str) -> None:
    reasons = _reasons(body)
    assert any(r.startswith(family) for r in reasons), reasons


@pytest.mark.parametrize(
    "body",
    [
        "Prices are correct, delivery 12/15 as requested.",
        "We're good on price and will deliver all lines on 12/15.",
    ],
)
def test_a_field_approved_with_the_date_stated_does_not_fire(body: str) -> None:
    assert _reasons(body) == []


@pytest.mark.parametrize(
    ("body", "family"),
    [
        ("Confirmamos que hemos recibido su pedido.", "receipt"),
        ("Nous confirmons que nous avons bien reçu votre commande.", "receipt"),
        ("We confirm the shipment left our warehouse.", "other object"),
        ("Your PO looks fine, we just need the final sign-off from our MD.", "not firm"),
        ("Can do the qty, not sure about the date.", "not firm"),
    ],
)
def test_receipts_past_shipments_and_open_doubts_confirm_nothing(body: str, family: str) -> None:
    reasons = _reasons(body)
    assert any(r.startswith(family) for r in reasons), reasons


@pytest.mark.parametrize(
    "body",
    [
        "We confirm the shipment will leave on 12/15 as requested.",
        "Confirmed as ordered - we are sure about the 12/15 date.",
    ],
)
def test_a_future_shipment_or_certainty_does_not_fire(body: str) -> None:
    assert _reasons(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "I confirm I'm the right contact for this PO.",
        "We confirm that we are your new distributor for this region.",
        "We confirm the PO number is correct.",
        "We confirm the delivery address is correct.",
    ],
)
def test_confirming_a_party_or_a_reference_is_not_the_order(body: str) -> None:
    reasons = _reasons(body)
    assert any(r.startswith("other object") for r in reasons), reasons


def test_a_correct_address_next_to_a_delivery_date_does_not_fire() -> None:
    body = "We confirm the delivery address is correct and will deliver as ordered on 12/15."
    assert _reasons(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Order looks good but the price on line 2 is outdated.",
        "Bestellung passt, aber der Preis ist leider veraltet.",
        "Confirmed, but the date on line 3 is too early.",
    ],
)
def test_a_value_called_outdated_or_wrong_is_not_accepted(body: str) -> None:
    reasons = _reasons(body)
    assert reasons, reasons


def test_a_value_called_correct_does_not_fire() -> None:
    # "is correct" next to "is incorrect" must not trip the negation
    assert _reasons("Confirmed as per PO, delivery 12/15 is correct.") == []


@pytest.mark.parametrize(
    ("body", "family"),
    [
        ("We confirm availability.", "other object"),
        ("Wir bestätigen die Verfügbarkeit.", "other object"),
        ("Confirmed. Please note price will be as per our new list.", "not firm"),
        ("Bestätigt, Preis laut aktueller Preisliste.", "not firm"),
    ],
)
def test_availability_or_a_price_from_their_list_confirms_nothing(body: str, family: str) -> None:
    reasons = _reasons(body)
    assert any(r.startswith(family) for r in reasons), reasons


def test_as_per_our_po_prices_does_not_fire() -> None:
    assert _reasons("Confirmed at PO prices, delivery 12/15 as requested.") == []


@pytest.mark.parametrize(
    "body",
    [
        "Confirmed on our side, awaiting approval from head office.",
        "Ok from sales, production still needs to confirm.",
        "Yes, we're working on it.",
        "Nos confirman desde fábrica que están revisando.",
        "Nous confirmons la bonne prise en compte de votre demande.",
        "Wir bestätigen, dass Ihre Anfrage bearbeitet wird.",
    ],
)
def test_an_answer_still_pending_elsewhere_is_not_firm(body: str) -> None:
    reasons = _reasons(body)
    assert any(r.startswith("not firm") for r in reasons), reasons


def test_confirmed_on_our_side_with_the_values_does_not_fire() -> None:
    body = "Confirmed on our side, delivery 12/15 as requested at PO prices."
    assert _reasons(body) == []
