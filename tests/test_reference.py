"""The supplier's own order number: found when labelled in their words, never taken from ours."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.reading.pipeline import read_message
from agent.reading.pos_json import load_pos
from agent.reading.reference import find_supplier_reference

OURS = ["4500012345", "4500012399"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our order confirmation number is SO-12345.", "SO-12345"),
        ("Our order no. SO-48213 covers both lines.", "SO-48213"),
        ("our ref.: AB-778812", "AB-778812"),
        ("Our sales order 778812 will ship next week.", "778812"),
        ("Sales order: 88123.", "88123"),
        ("SO# 12345", "12345"),
        ("Order confirmation 12345 attached.", "12345"),
        ("Auftragsbestätigung Nr. 12345", "12345"),
        ("AB-Nr.: AB-2611873", "AB-2611873"),
        ("Unsere Auftragsnummer: 4711-22", "4711-22"),
        ("Auftragsbestätigung AB-99812 vom 03.11.2026", "AB-99812"),
        ("Notre référence de commande : CF-20931", "CF-20931"),
        ("n/réf. 55120", "55120"),
        ("Nuestro pedido nº PV-5512", "PV-5512"),
        ("Nuestra confirmación de pedido: CP-2027-001", "CP-2027-001"),
    ],
)
def test_labelled_supplier_numbers_in_four_languages(text, expected):
    assert find_supplier_reference([text], exclude=OURS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "our order 4500012345 is confirmed",  # our PO number
        "our order 4500012345-10 ships Friday",  # our PO and line
        "Thanks for your order 4500012345, delivery 08/01/2027.",
        "Our reference is 12/01/2027",  # a date
        "our order 300 pcs will ship",  # a quantity
        "Order confirmation attached",  # no number
        "Please send your order confirmation by Friday",
        "Line 2: we can do 30 pcs only, price now USD 12.40",
        "our ref 1",
        "",
    ],
)
def test_nothing_that_is_not_their_labelled_number(text):
    assert find_supplier_reference([text], exclude=OURS) is None


def test_first_text_wins_and_later_texts_are_searched():
    assert find_supplier_reference(["no number here", "AB-Nr. 556677"]) == "556677"
    assert find_supplier_reference(["our ref: X-1001", "AB-Nr. 556677"]) == "X-1001"


HERE = Path(__file__).parent / "fixtures" / "llm" / "acme"
POS = load_pos(HERE / "pos.json")


def _reply(own: str, quoted: str) -> bytes:
    return (
        "From: Tom Baker <orders@acme-castings.example>\r\n"
        "To: Dana Ruiz <dana.ruiz@buyer.example>\r\n"
        "Subject: RE: Purchase order 4500012345 - please confirm\r\n"
        "Date: Tue, 10 Nov 2026 09:15:00 +0000\r\n"
        "Message-ID: <ref-test@acme-castings.example>\r\n"
        "In-Reply-To: <po-4500012345.1@buyer.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Hi Dana,\r\n\r\n{own}\r\n\r\nRegards,\r\nTom\r\n\r\n"
        "-----Original Message-----\r\n"
        "From: Dana Ruiz <dana.ruiz@buyer.example>\r\n"
        "Subject: Purchase order 4500012345 - please confirm\r\n\r\n"
        f"{quoted}\r\n"
        "Please confirm quantity, price and date for each line.\r\n"
    ).encode()


def test_the_pipeline_keeps_their_number_from_their_own_words():
    result = read_message(
        _reply("We confirm the order as per PO. Our order confirmation number is SO-55120.", ""),
        POS,
    )
    assert result.kind == "confirmation", result.review_reasons
    assert result.confirmations[0].supplier_reference == "SO-55120"
    assert result.to_json()["confirmations"][0]["supplier_reference"] == "SO-55120"


def test_a_number_in_our_quoted_request_is_never_theirs():
    result = read_message(
        _reply("We confirm the order as per PO.", "Our ref.: BUY-77881 (sales order 99120)"),
        POS,
    )
    assert result.kind == "confirmation", result.review_reasons
    assert result.confirmations[0].supplier_reference is None
