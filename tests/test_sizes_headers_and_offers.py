"""Lines named by their size, ERP headers on two lines, the mail text against its
acknowledgment's rows, Lithuanian position labels, product classes that are no calendar
weeks, offers made next to a refusal, and fresh mails that commit to an unnamed order. Every
phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from agent.reading.dates import find_dates
from tests.test_extract import lines_of, make_po, read

REF = date(2026, 11, 4)

GLOVES = [
    ("GLV-NIT-S", "Nitrile glove blue, size S", 400, "EA", "6.10", "2026-12-15"),
    ("GLV-NIT-M", "Nitrile glove blue, size M", 600, "EA", "6.10", "2026-12-15"),
    ("GLV-NIT-XL", "Nitrile glove blue, size XL", 200, "EA", "6.10", "2026-12-15"),
]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Dear Dana,\n\nSize S - 400 pcs confirmed.\nSize M - 600 pcs confirmed.\n"
            "Size XL - we can only supply 150 pcs this month\n\nDelivery 15/12 for all.\n\nRegards",
            "en-GB",
        ),
        (
            "Hola Dana,\n\nTalla S: 400 uds., confirmado\nTalla M: 600 uds., confirmado\n"
            "Talla XL: solo podemos servir 150\n\nEntrega 15/12 para todo.\n\nSaludos",
            "es-ES",
        ),
    ],
)
def test_lines_that_differ_by_size_are_named_by_their_size(body: str, locale: str) -> None:
    res = read(body, [make_po(lines=GLOVES, locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[3].quantity == 150 and got[3].status == "changed"
    assert got[1].status == got[2].status == "accepted"


ACK = (
    "SALES ORDER ACKNOWLEDGEMENT   Customer PO: 4500012345\n"
    "Line Item Description Qty UOM Unit Price Extended Sched. Ship Promised\n"
    "Date Delivery\n"
    "1.1 CAST-7781 Gearbox housing 40 EA 312.50 12,500.00 08-DEC-2026 15-DEC-2026\n"
    "2.1 CAST-7782 Gearbox cover 100 EA 12.10 1,210.00 08-DEC-2026 15-DEC-2026\n"
    "3.1 CAST-7790 Mounting foot 60 EA 8.40 504.00 {ship} {delivery}\n"
)


def test_a_header_on_two_lines_still_says_which_date_is_the_delivery() -> None:
    ack = ACK.format(ship="15-DEC-2026", delivery="22-DEC-2026")
    res = read(
        "Dear Dana,\n\nplease find attached the acknowledgement of your order.\n\nRegards",
        attachments=(("ack.txt", "text/plain", ack.encode()),),
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].date == date(2026, 12, 15) and got[1].status == "accepted"
    assert got[3].date == date(2026, 12, 22) and got[3].status == "changed"


def test_the_mail_text_and_its_acknowledgment_row_disagreeing_go_to_a_person() -> None:
    ack = ACK.format(ship="15-DEC-2026", delivery="22-DEC-2026")
    res = read(
        "Dear Dana,\n\nAll three lines are confirmed for delivery on 15 December as requested, "
        "acknowledgement attached.\n\nRegards",
        attachments=(("ack.txt", "text/plain", ack.encode()),),
    )
    assert res.kind == "needs_review"
    assert any("they disagree" in r for r in res.review_reasons), res.review_reasons


def test_lithuanian_position_labels_without_a_dot_name_their_lines() -> None:
    res = read(
        "Laba diena,\n\npatvirtiname užsakymą 4500012345:\n"
        "1 poz. - 40 vnt, 312,50 EUR, pristatymas 2026-12-15\n"
        "2 poz. - negalime pagaminti, atsisakome\n"
        "3 poz. - 60 vnt, 8,40 EUR, pristatymas 2026-12-22\n",
        [make_po(locale="lt-LT")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted"
    assert got[2].status == "rejected"
    assert got[3].date == date(2026, 12, 22)


@pytest.mark.parametrize("text", ["safety shoe S3 SRC", "class W2 housing", "S1P boots"])
def test_a_product_class_with_one_digit_is_no_calendar_week(text: str) -> None:
    assert find_dates(text, "es-ES", REF)[0] == []


def test_a_two_digit_week_after_s_or_w_is_still_a_week() -> None:
    (hit,) = find_dates("entrega S51", "es-ES", REF)[0]
    assert hit.date == date(2026, 12, 18)


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Spoštovani,\n\nžal je ohišje, ki ste ga naročili, ukinjeno. Kot nadomestek "
            "predlagamo ohišje GH-2, cena 330,00 EUR, dobava 15. 12. 2026.\n\nProsimo, da nam "
            "sporočite, ali se strinjate z nadomestnim modelom.",
            "sl-SI",
        ),
        (
            "Labdien!\n\nMēs nevaram piegādāt tieši 40 gab. Lūdzu, apstipriniet, vai vēlaties "
            "36 gab. vai 48 gab.",
            "lv-LV",
        ),
    ],
)
def test_a_refusal_with_an_offer_and_a_question_goes_to_a_person(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "needs_review", [
        (ln.line, ln.status) for c in res.confirmations for ln in c.lines
    ]


def test_a_fresh_mail_confirming_unnamed_goods_for_delivery_as_requested_goes_to_a_person() -> None:
    res = read(
        "Hei Dana\n\nKjedene er bekreftet, levering som ønsket.",
        [make_po(locale="nb-NO"), make_po("4500012399", locale="nb-NO")],
        subject="kjeder",
        in_reply_to=None,
        quote=False,
    )
    assert res.kind == "needs_review"
