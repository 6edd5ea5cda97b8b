"""Tiny, deterministic MIME writer (standard library only).

Everything is assembled by hand so that boundaries, header order, charsets and
transfer encodings are exactly what a given mail client would produce.  Lines
are built with LF and converted to CRLF at the very end (as delivered by IMAP).
"""
from __future__ import annotations

import base64
import datetime as dt
import quopri
import re

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------- headers

def rfc_date(y, mo, d, h, mi, s=0, tz="+0100"):
    """RFC 5322 date string; weekday computed, never typed."""
    wd = WEEKDAYS[dt.date(y, mo, d).weekday()]
    return f"{wd}, {d:02d} {MONTHS[mo - 1]} {y} {h:02d}:{mi:02d}:{s:02d} {tz}"


def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded words for a header value (split so every word <= 75 chars)."""
    if all(32 <= ord(c) < 127 for c in text):
        return text
    codec = charset
    words = []
    chunk = ""

    def encode(s):
        raw = s.encode(codec)
        if enc == "B":
            return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
        out = []
        for b in raw:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isalnum() and b < 128:
                out.append(c)
            elif c in "!*+-/" and b < 128:
                out.append(c)
            else:
                out.append(f"={b:02X}")
        return f"=?{charset}?Q?{''.join(out)}?="

    for ch in text:
        cand = chunk + ch
        if len(encode(cand)) > 75:
            words.append(encode(chunk))
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(encode(chunk))
    return "\n ".join(words)


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return f"<{email}>" if False else email
    if all(32 <= ord(c) < 127 for c in name):
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            n = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{n}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, charset, enc)} <{email}>"


def fold(name, value):
    """Fold an ASCII header at spaces so that lines stay below 78 chars."""
    if "\n" in value:
        return f"{name}: {value}"
    line = f"{name}: "
    out = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if len(line) + len(piece) > 76 and line.strip() and not line.endswith(": "):
            out.append(line)
            line = " " + word
        else:
            line += piece
    out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------- bodies

def b64(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(data: bytes) -> str:
    # quopri works line by line on LF-terminated input
    return quopri.encodestring(data, quotetabs=False).decode("ascii")


class Part:
    """A leaf part."""

    def __init__(self, ctype, body, charset=None, cte=None, params=None, filename=None,
                 disposition=None, cid=None, headers=None, name_param=True, fmt_flowed=False):
        self.ctype = ctype
        self.body = body
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.filename = filename
        self.disposition = disposition
        self.cid = cid
        self.headers = headers or []
        self.name_param = name_param
        self.fmt_flowed = fmt_flowed

    def render(self) -> str:
        h = []
        ct = self.ctype
        if self.charset:
            ct += f"; charset={self.charset}"
        if self.fmt_flowed:
            ct += "; format=flowed"
        for k, v in self.params:
            ct += f"; {k}=\"{v}\""
        if self.filename and self.name_param:
            ct += f";\n\tname=\"{self.filename}\""
        h.append(f"Content-Type: {ct}")
        body = self.body
        if isinstance(body, str):
            data = body.encode(self.charset or "us-ascii")
        else:
            data = body
        cte = self.cte
        if cte is None:
            cte = "7bit" if all(b < 128 for b in data) else "quoted-printable"
        h.append(f"Content-Transfer-Encoding: {cte}")
        if self.cid:
            h.append(f"Content-ID: <{self.cid}>")
        if self.disposition or self.filename:
            disp = self.disposition or "attachment"
            if self.filename:
                disp += f";\n\tfilename=\"{self.filename}\""
            h.append(f"Content-Disposition: {disp}")
        for k, v in self.headers:
            h.append(f"{k}: {v}")
        if cte == "base64":
            payload = b64(data)
        elif cte == "quoted-printable":
            payload = qp(data)
        else:
            # 7bit / 8bit: bytes pass through unchanged (latin-1 is a 1:1 byte map)
            payload = data.decode("latin-1")
        return "\n".join(h) + "\n\n" + payload.rstrip("\n") + "\n"


class Raw:
    """A part whose headers and body are given verbatim (e.g. message/delivery-status)."""

    def __init__(self, ctype_line, body, headers=None):
        self.ctype_line = ctype_line
        self.body = body
        self.headers = headers or []

    def render(self):
        h = [f"Content-Type: {self.ctype_line}"] + [f"{k}: {v}" for k, v in self.headers]
        return "\n".join(h) + "\n\n" + self.body.rstrip("\n") + "\n"


class Multi:
    def __init__(self, subtype, parts, boundary, params=None, preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params or []
        self.preamble = preamble

    def ctype(self):
        s = f"multipart/{self.subtype};"
        for k, v in self.params:
            s += f" {k}=\"{v}\";" if not v.startswith("\x00") else f" {k}={v[1:]};"
        s += f"\n\tboundary=\"{self.boundary}\""
        return s

    def render(self) -> str:
        out = [f"Content-Type: {self.ctype()}", ""]
        return "\n".join(out) + "\n" + self.body()

    def body(self) -> str:
        s = ""
        if self.preamble:
            s += self.preamble + "\n\n"
        for p in self.parts:
            s += f"--{self.boundary}\n" + p.render() + "\n"
        s += f"--{self.boundary}--\n"
        return s


def message(headers, root, mime_version=True) -> bytes:
    """headers: list of (name, value) in the order the client writes them."""
    lines = []
    for k, v in headers:
        if v is None:
            continue
        assert all(ord(ch) < 128 for ch in v), (k, v)
        lines.append(fold(k, v))
    if mime_version and not any(k.lower() == "mime-version" for k, _ in headers):
        lines.append("MIME-Version: 1.0")
    text = "\n".join(lines) + "\n" + root.render()
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode("latin-1")


# ---------------------------------------------------------------- text helpers

def quote(text, prefix="> "):
    out = []
    for ln in text.split("\n"):
        if ln.startswith(">"):
            out.append(">" + ln)
        elif ln == "":
            out.append(">")
        else:
            out.append(prefix + ln)
    return "\n".join(out)


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def html_paras(text, cls=' class=MsoNormal'):
    """Plain text -> Outlook-ish paragraphs."""
    out = []
    for ln in text.split("\n"):
        if ln.strip() == "":
            out.append(f"<p{cls}>&nbsp;</p>")
        else:
            out.append(f"<p{cls}>{esc(ln)}</p>")
    return "\n".join(out)


def html_simple(text):
    """Plain text -> <div> per line (Gmail / Apple style)."""
    out = []
    for ln in text.split("\n"):
        out.append("<div><br></div>" if ln.strip() == "" else f"<div>{esc(ln)}</div>")
    return "\n".join(out)


def wrap(text, width=72):
    """Hard-wrap paragraphs the way Thunderbird / Apple do for plain text."""
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith(">") or para.startswith(" ") or "|" in para:
            out.append(para)
            continue
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)
