"""Broken and hostile mail: normalize() never raises and says what was wrong.

Timing here is a coarse guard against runaway work (seconds, not a
benchmark); the speed targets themselves live under benchmarks/.
"""

from __future__ import annotations

import base64
import os
import random
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent.reading.classify import classify
from agent.reading.limits import ReadingLimits
from agent.reading.message import normalize

HEAD = (
    b"From: Supplier <s@supplier.example>\r\nTo: buyer@kestrel-motion.example\r\n"
    b"Subject: RE: PO 4500012345\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n"
    b"Message-ID: <bad@supplier.example>\r\nMIME-Version: 1.0\r\n"
)


def timed(raw: bytes, limits: ReadingLimits | None = None, *, trace_memory: bool = False):
    if trace_memory:
        tracemalloc.start()  # slows allocation-heavy code: only where memory is the point
    start = time.perf_counter()
    try:
        msg = normalize(raw, limits)
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1] if trace_memory else 0
    finally:
        if trace_memory:
            tracemalloc.stop()
    classify(msg)  # must not raise either
    return msg, seconds, peak


def nested_multipart(depth: int, leaf: bytes = b"confirmed as per PO") -> bytes:
    opening = b"".join(
        b'Content-Type: multipart/mixed; boundary="n%d"\r\n\r\n--n%d\r\n' % (i, i)
        for i in range(depth)
    )
    closing = b"".join(b"\r\n--n%d--\r\n" % i for i in reversed(range(depth)))
    return HEAD + opening + b"Content-Type: text/plain\r\n\r\n" + leaf + closing


def test_truncated_mime_keeps_what_arrived():
    raw = HEAD + (
        b'Content-Type: multipart/alternative; boundary="cut"\r\n\r\n'
        b"--cut\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.b64encode(b"Line 1 confirmed, delivery 12/4")[:-6]
    )
    msg, _, _ = timed(raw)
    assert any("truncated" in d for d in msg.defects)
    assert msg.own_text.startswith("Line 1 confirmed")


def test_truncated_in_headers():
    msg, _, _ = timed(b"From: s@supplier.example\r\nSubject: RE: PO 45000")
    assert msg.from_addr == "s@supplier.example"
    assert any("no readable body" in d for d in msg.defects)


@pytest.mark.parametrize(
    ("declared", "body", "expected", "defect"),
    [
        (None, "Preis für Stück: 4,25 €".encode("cp1252"), "Preis für Stück: 4,25 €", "without"),
        ("utf-8", "Preis für Stück".encode("latin-1"), "Preis für Stück", "does not match"),
        ("iso-8859-1", "Preis für Stück: 4,25 €".encode(), "Preis für Stück: 4,25 €", "wrong"),
        ("x-unknown-charset", "Größe".encode(), "Größe", "unknown charset"),
    ],
)
def test_undeclared_and_wrong_charsets(declared, body, expected, defect):
    ctype = b"Content-Type: text/plain" + (f"; charset={declared}".encode() if declared else b"")
    raw = HEAD + ctype + b"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + b"\r\n"
    msg, _, _ = timed(raw)
    assert expected in msg.own_text
    assert any(defect in d for d in msg.defects), msg.defects


def test_30_mb_attachment_is_not_read_and_memory_stays_bounded():
    blob = base64.encodebytes(os.urandom(30 * 1024 * 1024)).replace(b"\n", b"\r\n")
    raw = HEAD + (
        b'Content-Type: multipart/mixed; boundary="big"\r\n\r\n'
        b"--big\r\nContent-Type: text/plain\r\n\r\nOrder confirmation attached.\r\n"
        b"--big\r\nContent-Type: application/pdf; name=AB.pdf\r\n"
        b"Content-Disposition: attachment; filename=AB.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + blob + b"\r\n--big--\r\n"
    )
    del blob
    msg, seconds, peak = timed(raw, trace_memory=True)
    (att,) = msg.attachments
    assert att.filename == "AB.pdf"
    assert att.error and "over the 20 MB limit" in att.error
    assert att.size > 30 * 1024 * 1024
    assert msg.own_text == "Order confirmation attached."
    assert seconds < 10
    assert peak < 100 * 1024 * 1024


def test_attachment_limit_is_configurable():
    pdf_like = base64.encodebytes(b"%PDF-1.4 " + b"x" * 200_000)
    raw = HEAD + (
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n'
        b"see PDF\r\n--b\r\nContent-Type: application/pdf; name=a.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + pdf_like + b"\r\n--b--\r\n"
    )
    msg, _, _ = timed(raw, ReadingLimits(max_attachment_bytes=100_000))
    assert "over the" in msg.attachments[0].error


def test_200_nested_multiparts_stop_at_the_depth_limit():
    msg, seconds, _ = timed(nested_multipart(200))
    assert any("nested deeper than 50" in d for d in msg.defects)
    assert seconds < 10


def test_nesting_within_the_limit_is_read():
    msg, _, _ = timed(nested_multipart(20))
    assert msg.own_text == "confirmed as per PO"
    assert msg.defects == []


def test_absurd_nesting_falls_back_to_headers_and_text():
    msg, seconds, _ = timed(nested_multipart(5000))
    assert any("boundaries" in d for d in msg.defects)
    assert "confirmed as per PO" in msg.body_text
    assert seconds < 10


def test_too_many_parts():
    parts = b"".join(b"--m\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i for i in range(600))
    raw = HEAD + b'Content-Type: multipart/mixed; boundary="m"\r\n\r\n' + parts + b"--m--\r\n"
    msg, seconds, _ = timed(raw, ReadingLimits(max_mime_parts=50))
    assert any("MIME parts" in d for d in msg.defects)
    assert seconds < 10


def test_message_with_no_body():
    msg, _, _ = timed(HEAD + b"Content-Type: text/plain\r\n\r\n")
    assert msg.own_segments == []
    assert any("no readable body" in d for d in msg.defects)


def test_empty_input():
    msg, _, _ = timed(b"")
    assert msg.defects == ["message is empty (0 bytes)"]


def test_binary_junk():
    rng = random.Random(7)
    junk = bytes(rng.randrange(256) for _ in range(200_000))
    msg, seconds, _ = timed(junk)
    assert any("does not look like an e-mail" in d for d in msg.defects)
    assert seconds < 10


def test_message_over_the_size_limit_is_cut():
    raw = HEAD + b"Content-Type: text/plain\r\n\r\n" + b"confirmed line\r\n" * 20_000
    msg, _, _ = timed(raw, ReadingLimits(max_message_bytes=10_000))
    assert any("over the" in d and "limit" in d for d in msg.defects)
    assert msg.own_text.startswith("confirmed line")


def test_text_longer_than_the_limit_is_truncated():
    raw = HEAD + b"Content-Type: text/plain\r\n\r\n" + b"word " * 100_000
    msg, _, _ = timed(raw, ReadingLimits(max_text_chars=1000))
    assert len(msg.body_text) <= 1000
    assert any("truncated" in d for d in msg.defects)


def test_broken_headers_and_dates():
    raw = (
        b"From: \xff\xfe broken <<<\r\nTo: ,,,@@@\r\nDate: someday soon\r\n"
        b"Subject: =?utf-8?B?not base64!!?=\r\nContent-Type: text/plain; charset=\r\n\r\nok\r\n"
    )
    msg, _, _ = timed(raw)
    assert msg.date is None
    assert any("Date header" in d for d in msg.defects)
    assert msg.own_text == "ok"


def test_malformed_html_only():
    raw = HEAD + b"Content-Type: text/html\r\n\r\n<div><table><tr><td>1<td>40<tr><td>2</table><p>ok"
    msg, _, _ = timed(raw)
    assert "1\t40" in msg.body_text
    assert "ok" in msg.own_text


def test_deeply_nested_html_does_not_crash():
    raw = (
        HEAD + b"Content-Type: text/html\r\n\r\n" + b"<div>" * 20_000 + b"deep" + b"</div>" * 20_000
    )
    msg, seconds, _ = timed(raw)
    assert "deep" in msg.body_text
    assert seconds < 20


# ---------------------------------------------------------------- fuzzing

_FIXTURES = sorted((Path(__file__).parent / "fixtures" / "mail").glob("*.eml"))
_SAMPLES = [p.read_bytes() for p in _FIXTURES]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(_SAMPLES),
    st.floats(min_value=0, max_value=1),
    st.lists(st.tuples(st.floats(min_value=0, max_value=1), st.binary(max_size=8)), max_size=6),
)
def test_property_mangled_real_mail_never_raises(sample, cut, patches):
    raw = bytearray(sample[: max(1, int(len(sample) * cut))] if cut < 0.98 else sample)
    for where, junk in patches:
        pos = int(len(raw) * where)
        raw[pos : pos + len(junk)] = junk
    msg = normalize(bytes(raw))
    classify(msg)
    assert isinstance(msg.defects, list)
    for seg in msg.own_segments:
        assert isinstance(seg.text, str)
