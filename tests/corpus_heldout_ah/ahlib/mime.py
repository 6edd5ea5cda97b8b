"""Tiny deterministic MIME writer (standard library only).

Everything is built by hand so that boundaries, header order and encodings are
exactly what we ask for; the output uses CRLF line ends like a message fetched
over IMAP.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
from email.header import Header
from email.utils import formataddr

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc_date(y, m, d, hh, mm, ss=0, tz="+0100"):
    """RFC 5322 date with the weekday computed (never typed by hand)."""
    day = dt.date(y, m, d)
    return f"{WEEKDAYS[day.weekday()]}, {d} {MONTHS[m - 1]} {y} {hh:02d}:{mm:02d}:{ss:02d} {tz}"


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def hdr(value, charset="utf-8"):
    """Encode an unstructured header value (RFC 2047) if it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def _qp(data: bytes) -> bytes:
    # binascii.b2a_qp works on '\n' line ends; istext keeps them as hard breaks
    return binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)


def _b64(data: bytes) -> bytes:
    return base64.encodebytes(data)


def _encode(data: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        out = _qp(data)
    elif cte == "base64":
        out = _b64(data)
    elif cte in ("7bit", "8bit"):
        out = data
    else:
        raise ValueError(cte)
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


class Part:
    def headers(self):
        raise NotImplementedError

    def body(self) -> bytes:
        raise NotImplementedError

    def render(self) -> bytes:
        h = "".join(f"{k}: {v}\n" for k, v in self.headers())
        return h.encode("ascii") + b"\n" + self.body()


class Text(Part):
    def __init__(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
                 params="", extra_headers=None, disposition=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.params, self.extra, self.disposition = params, extra_headers or [], disposition
        data = text.replace("\r\n", "\n").encode(charset)
        if cte == "7bit":
            data.decode("ascii")  # must be pure ASCII
        self.data = data

    def headers(self):
        ct = f'text/{self.subtype}; charset="{self.charset}"' + (f"; {self.params}" if self.params else "")
        hs = [("Content-Type", ct), ("Content-Transfer-Encoding", self.cte)]
        if self.disposition:
            hs.append(("Content-Disposition", self.disposition))
        return hs + self.extra

    def body(self):
        return _encode(self.data, self.cte)


class Attachment(Part):
    def __init__(self, ctype, data: bytes, filename, cte="base64", inline=False, extra_headers=None,
                 name_param=True):
        self.ctype, self.data, self.filename, self.cte = ctype, data, filename, cte
        self.inline, self.extra, self.name_param = inline, extra_headers or [], name_param

    def headers(self):
        fn = self.filename
        ct = self.ctype + (f'; name="{fn}"' if self.name_param else "")
        disp = ("inline" if self.inline else "attachment") + f'; filename="{fn}"'
        return [("Content-Type", ct), ("Content-Disposition", disp),
                ("Content-Transfer-Encoding", self.cte)] + self.extra

    def body(self):
        return _encode(self.data, self.cte)


class Raw(Part):
    """A leaf whose body is given verbatim (message/rfc822, delivery-status, rfc822-headers)."""

    def __init__(self, ctype, raw: bytes | str, extra_headers=None):
        self.ctype = ctype
        self.raw = raw.encode("utf-8") if isinstance(raw, str) else raw
        self.extra = extra_headers or []

    def headers(self):
        return [("Content-Type", self.ctype)] + self.extra

    def body(self):
        b = self.raw.replace(b"\r\n", b"\n")
        return b if b.endswith(b"\n") else b + b"\n"


class Multi(Part):
    def __init__(self, subtype, parts, boundary, params="", preamble=None, extra_headers=None):
        self.subtype, self.parts, self.boundary, self.params = subtype, parts, boundary, params
        self.preamble, self.extra = preamble, extra_headers or []

    def headers(self):
        ct = f'multipart/{self.subtype}; boundary="{self.boundary}"' + (f"; {self.params}" if self.params else "")
        return [("Content-Type", ct)] + self.extra

    def body(self):
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\n" + p.render()
        out += b"--" + self.boundary.encode() + b"--\n"
        return out


def message(headers, body: Part, mime_version=True) -> bytes:
    """headers: list of (name, value); values must already be ASCII (use hdr/addr)."""
    lines = []
    for k, v in headers:
        v.encode("ascii")
        lines.append(f"{k}: {v}\n")
    if mime_version:
        lines.append("MIME-Version: 1.0\n")
    raw = "".join(lines).encode("ascii")
    raw += b"".join(f"{k}: {v}\n".encode("ascii") for k, v in body.headers())
    raw += b"\n" + body.body()
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def text_to_html(s):
    return "<br>\n".join(html_escape(line) for line in s.split("\n"))
