"""The one header accessor: Header objects, RFC 2047, broken encodings never break a reading."""

from __future__ import annotations

import email
import email.header
from email import policy

from agent.reading.headers import header_text, part_filename, part_header
from agent.reading.message import normalize

_RAW_8BIT_ATTACHMENT = (
    b"From: Lieferant <order@supplier.example>\r\nTo: buyer@example.com\r\n"
    b"Subject: AB zu PO 4711\r\nDate: Mon, 2 Mar 2026 10:00:00 +0100\r\n"
    b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n"
    b"--XX\r\nContent-Type: text/plain\r\n\r\nAnbei die Best\xc3\xa4tigung.\r\n"
    b'--XX\r\nContent-Type: text/plain; name="Auftragsbest\xe4tigung.txt"\r\n'
    b'Content-Disposition: attachment; filename="Auftragsbest\xe4tigung.txt"\r\n\r\n'
    b"PO 4711 confirmed\r\n--XX--\r\n"
)


def test_content_disposition_as_header_object_is_read_not_crashed():
    # compat32 hands back an email.header.Header for a header with raw 8-bit bytes;
    # reading its disposition used to raise AttributeError ('Header' has no 'split')
    parsed = email.message_from_bytes(_RAW_8BIT_ATTACHMENT, policy=policy.compat32)
    part = parsed.get_payload()[1]
    assert isinstance(part.get("Content-Disposition"), email.header.Header)
    assert part_header(part, "Content-Disposition").startswith("attachment;")
    assert part_filename(part) == "Auftragsbestätigung.txt"
    msg = normalize(_RAW_8BIT_ATTACHMENT)
    assert not any("could not be parsed" in d for d in msg.defects)
    assert [a.filename for a in msg.attachments] == ["Auftragsbestätigung.txt"]
    assert msg.attachments[0].text == "PO 4711 confirmed"
    assert msg.defects == []


def test_rfc2047_words_and_unknown_charsets():
    assert header_text("=?utf-8?q?Auftragsbest=C3=A4tigung?= 4711") == "Auftragsbestätigung 4711"
    assert header_text("=?iso-8859-1?b?UmVwb25zZSBhdXRvbWF0aXF1ZSA6IGFic2VudA==?=") == (
        "Reponse automatique : absent"
    )
    # a charset nobody knows: the bytes are still read, not dropped
    assert "Abwesenheit" in header_text("=?x-unknown?q?Abwesenheit?=")
    # a broken encoded word is kept as written
    assert header_text("=?utf-8?b?not base64 at all") == "=?utf-8?b?not base64 at all"


def test_folding_bytes_and_none():
    assert (
        header_text("Automatic\r\n reply:\r\n\tout of office") == "Automatic reply: out of office"
    )
    assert (
        header_text(b"Abwesenheitsnotiz: zur\xc3\xbcck am 5.") == "Abwesenheitsnotiz: zurück am 5."
    )
    assert header_text(None) == ""
    header = email.header.Header(b"R\xe9ponse automatique", "unknown-8bit")
    assert "ponse automatique" in header_text(header)


def test_broken_subject_bytes_reach_the_message():
    raw = (
        b"From: Jean <jean@supplier.example>\r\nTo: buyer@example.com\r\n"
        b"Subject: R\xe9ponse automatique\r\nDate: Mon, 2 Mar 2026 10:00:00 +0100\r\n\r\n"
        b"Je suis absent.\r\n"
    )
    msg = normalize(raw)
    assert msg.subject == "Réponse automatique"
    assert msg.mime is not None
