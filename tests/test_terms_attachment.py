"""A general terms document sent beside the answer ("GENERAL TERMS AND CONDITIONS OF SALE",
"AGB.pdf") is no part of it: its delivery and payment clauses give no dates or values. Every
phrasing is written for these tests."""

from __future__ import annotations

from agent.reading.message import normalize
from agent.reading.segments import segments_of
from tests.test_extract import make_mail

TERMS = (
    b"GENERAL TERMS AND CONDITIONS OF SALE\n1. Delivery within 14 days of order unless agreed "
    b"otherwise.\n2. Payment 30 days net from 01/12/2026.\n"
)


def _kinds(filename: str, text: bytes) -> list[tuple[str, str | None]]:
    raw = make_mail(
        "Confirmed as ordered, delivery 15/12.", attachments=((filename, "text/plain", text),)
    )
    return [(s.kind, s.source) for s in segments_of(normalize(raw))]


def test_a_terms_document_is_not_read_as_the_answer() -> None:
    assert all(kind != "attachment" for kind, _ in _kinds("terms.txt", TERMS))
    assert all(kind != "attachment" for kind, _ in _kinds("AGB_2026.txt", b"1. Lieferung ..."))


def test_an_acknowledgment_attachment_is_still_read() -> None:
    ack = b"ORDER ACKNOWLEDGMENT 4500012345\nLine 1 CAST-7781 40 pcs 312.50 15/12/2026\n"
    assert ("attachment", "ack.txt") in _kinds("ack.txt", ack)
