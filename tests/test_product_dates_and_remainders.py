"""A product's own dates (best before, MHD, expiry, retest, production) are no delivery
dates, in any lexicon language; and a remainder still to come ("the remaining 10 boxes with
the next container") is no part of a smaller confirmed quantity: without its date it goes to
a person. A tax rate beside its percentage ("с НДС 12%") is no price change, "¿cómo
andás?" is a greeting, the date goods "reach" us is their delivery, and "rivin 1 kanssa"
(with line 1) names no subject; "položky nepotvrzujeme" (we do not confirm the items) refuses
them. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from agent.reading.extract import LineIndex
from agent.reading.pos_json import load_pos
from tests.test_extract import lines_of, make_po, read

DAIRY = [
    ("ING-1", "Fresh cream 35%", 120, "KG", "4.40", "2026-12-15"),
    ("ING-2", "Mascarpone", 60, "KG", "7.75", "2026-12-15"),
]
BOXES = [
    ("S-1", "Suture 3-0, box of 12", 30, "BX", "46.50", "2026-12-18"),
    ("B-1", "Bandage 10 cm, box of 18", 40, "BX", "21.20", "2026-12-18"),
]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Hello,\n\nPO 4500012345 confirmed:\n1. Fresh cream – 120 kg at 4.40/kg, delivery "
            "15/12. Lot FC-2611, best before 29/12/2026.\n2. Mascarpone – 60 kg at 7.75/kg, "
            "delivery 15/12. Lot MS-2610, best before 05/01/2027.\n\nRegards",
            "en-GB",
        ),
        (
            "Laba diena,\n\npatvirtiname užsakymą Nr. 4500012345:\n1. Grietinėlė 35 % – 120 kg, "
            "4,40 EUR/kg, pristatymas 2026-12-15. Partija GR-2611, tinka vartoti iki "
            "2026-12-29.\n2. Maskarponė – 60 kg, 7,75 EUR/kg, pristatymas 2026-12-15. Partija "
            "MS-2610, tinka vartoti iki 2027-01-05.\n\nPagarbiai",
            "lt-LT",
        ),
        (
            "Καλημέρα σας,\n\nΕπιβεβαιώνουμε την παραγγελία 4500012345:\n1. Κρέμα γάλακτος – "
            "120 kg, τιμή 4,40 €/kg. Παρτίδα K-2611, ανάλωση κατά προτίμηση πριν από "
            "29/12/2026. Παράδοση 15/12/2026.\n2. Μασκαρπόνε – 60 kg, τιμή 7,75 €/kg. Παρτίδα "
            "M-2610, ανάλωση κατά προτίμηση πριν από 05/01/2027. Παράδοση 15/12/2026.\n\n"
            "Με εκτίμηση",
            "el-GR",
        ),
    ],
)
def test_a_best_before_date_is_no_delivery_date(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale, lines=DAIRY)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert {ln.status for ln in got.values()} == {"accepted"}
    assert {ln.date for ln in got.values()} == {date(2026, 12, 15)}


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Hej,\n\nVi bekräftar order 4500012345:\nRad 1: 30 ask, leverans 18/12\nRad 2: vi kan "
            "leverera 30 ask 18/12, resterande 10 ask kommer med nästa container.\n\nHälsningar",
            "sv-SE",
        ),
        (
            "Hi,\n\nPO 4500012345: line 1 as ordered. Line 2: 30 boxes on 18/12, the remaining "
            "10 boxes with the next container from Malaysia.\n\nRegards",
            "en-GB",
        ),
    ],
)
def test_a_remainder_still_to_come_without_a_date_goes_to_a_person(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale, lines=BOXES)])
    assert res.kind == "needs_review"
    assert any("unaccounted" in r for r in res.review_reasons), res.review_reasons


def test_a_remainder_the_supplier_cannot_commit_to_leaves_the_smaller_quantity() -> None:
    res = read(
        "Hi,\n\nPO 4500012345: line 1 as ordered. Line 2: we can only supply 30 boxes for "
        "18/12 - we can't commit to the remaining 10 at the moment.\n\nRegards",
        [make_po(lines=BOXES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].quantity == 30


def test_a_tax_rate_beside_its_percentage_is_no_price_change() -> None:
    res = read(
        "Здравствуйте,\n\nподтверждаем заказ 4500012345 по ценам заказа, поставка 15.12.2026. "
        "Цены указаны с НДС 12%.\n\nС уважением",
        [make_po(locale="ru-KZ")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {str(ln.unit_price) for ln in lines_of(res).values()} == {"312.50", "12.10", "8.40"}


def test_a_greeting_asked_as_a_question_is_courtesy() -> None:
    res = read(
        "Hola Dana, ¿cómo andás?\n\nTe confirmamos el pedido 4500012345 tal cual, entrega 15/12."
        "\n\nSaludos",
        [make_po(locale="es-AR")],
    )
    assert res.kind == "confirmation", res.review_reasons


def test_the_date_goods_reach_us_wins_over_the_dispatch_date() -> None:
    res = read(
        "Dear Madam,\n\nWe are pleased to confirm PO 4500012345 as per your order. Material will "
        "be dispatched on 11/12/2026 through our courier and will reach your plant by "
        "15/12/2026.\n\nRegards",
        [make_po(locale="en-IN")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


def test_a_line_named_as_company_after_it_is_no_subject() -> None:
    # Finnish "rivin 1 kanssa": with line 1; the sentence is about another line
    po = load_pos([make_po(locale="fi-FI")])[0]
    found, _, _ = LineIndex(po).refs(
        "Ne toimitamme viikolla 51 rivin 1 kanssa, loput 40 kpl viikolla 2."
    )
    assert found == set()


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Dobrý den,\n\nděkujeme za objednávku č. 4500012345. Z kapacitních důvodů ji bohužel "
            "nemůžeme zrealizovat, položky proto nepotvrzujeme.\n\nS pozdravem",
            "cs-CZ",
        ),
        (
            "Добрый день,\n\nблагодарим за заказ 4500012345. К сожалению, позиции заказа не "
            "подтверждаем: производство остановлено на ремонт.\n\nС уважением",
            "ru-RU",
        ),
    ],
)
def test_we_do_not_confirm_the_order_is_a_refusal(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.status for ln in lines_of(res).values()} == {"rejected"}
