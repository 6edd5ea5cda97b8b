"""Tiny deterministic MIME writer (standard library only).

Everything is built with "\n" line ends and converted to CRLF once at the end,
so that the .eml files look like what an IMAP server hands out.
"""
from __future__ import annotations

import base64
import quopri
from email.utils import formataddr


def _is_ascii(s: str) -> bool:
    return all(ord(c) < 128 for c in s)


_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q(data: bytes) -> str:
    return "".join(chr(b) if b in _QSAFE else ("_" if b == 32 else f"={b:02X}") for b in data)


def enc_words(value: str, charset: str) -> str:
    """RFC 2047 encoded words (B for CJK and Cyrillic charsets, Q for Latin ones), folded."""
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    use_q = charset.lower().startswith(("iso-8859", "windows-125")) or charset.lower() == "utf-8" and \
        sum(ord(c) > 127 for c in value) * 4 < len(value)
    prefix = f"=?{charset}?{'Q' if use_q else 'B'}?"
    room = 75 - len(prefix) - 2
    words, cur = [], ""
    for ch in value:
        cand = cur + ch
        raw = cand.encode(charset)
        size = len(_q(raw)) if use_q else len(base64.b64encode(raw))
        if cur and size > room:
            words.append(cur)
            cur = ch
        else:
            cur = cand
    words.append(cur)
    out = []
    for w in words:
        raw = w.encode(charset)
        out.append(prefix + (_q(raw) if use_q else base64.b64encode(raw).decode()) + "?=")
    return "\n ".join(out)


def hdr(value: str, charset: str = "utf-8", name: str = "Subject") -> str:
    """RFC 2047-encode a header value if it is not plain ASCII."""
    if _is_ascii(value):
        return value
    return enc_words(value, charset)


def addr(name: str | None, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    if _is_ascii(name):
        return formataddr((name, email))
    return f"{enc_words(name, charset)} <{email}>"


def addrs(pairs, charset="utf-8") -> str:
    return ",\n ".join(addr(n, e, charset) for n, e in pairs)


def encode_body(text: str | bytes, charset: str | None, cte: str, errors: str = "strict") -> bytes:
    if isinstance(text, str):
        data = text.replace("\r\n", "\n").encode(charset or "ascii", errors)
    else:
        data = text
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        if not out.endswith(b"\n"):
            out += b"\n"
        return out
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert all(b < 128 for b in data), "7bit body with 8-bit bytes"
        assert b"\r" not in data
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


class Leaf:
    def __init__(self, ctype: str, body: bytes, cte: str | None = None, params=None, headers=None):
        self.ctype = ctype
        self.body = body
        self.cte = cte
        self.params = params or []
        self.headers = headers or []

    def render(self) -> bytes:
        ct = self.ctype + "".join(f";\n\t{k}={v}" if len(self.params) > 1 else f"; {k}={v}" for k, v in self.params)
        h = [f"Content-Type: {ct}"]
        if self.cte:
            h.append(f"Content-Transfer-Encoding: {self.cte}")
        h += [f"{k}: {v}" for k, v in self.headers]
        return ("\n".join(h) + "\n\n").encode("ascii") + self.body


class Multi:
    def __init__(self, subtype: str, boundary: str, parts, params=None, preamble: str | None = None, headers=None):
        self.subtype = subtype
        self.boundary = boundary
        self.parts = parts
        self.params = params or []
        self.preamble = preamble
        self.headers = headers or []

    def render(self) -> bytes:
        ps = "".join(f";\n\t{k}={v}" for k, v in self.params)
        h = [f'Content-Type: multipart/{self.subtype};\n\tboundary="{self.boundary}"{ps}']
        h += [f"{k}: {v}" for k, v in self.headers]
        out = ("\n".join(h) + "\n\n").encode("ascii")
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        for p in self.parts:
            out += f"--{self.boundary}\n".encode("ascii") + p.render()
            if not out.endswith(b"\n"):
                out += b"\n"
        out += f"--{self.boundary}--\n".encode("ascii")
        return out


# ---------------------------------------------------------------- leaves

def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         flowed: bool = False, headers=None, lossy: bool = False) -> Leaf:
    params = [("charset", f'"{charset}"' if subtype == "html" or not flowed else charset)]
    if flowed:
        params = [("charset", charset), ("format", "flowed")]
    errors = "strict"
    if lossy:  # what a client does with characters its charset lacks
        errors = "xmlcharrefreplace" if subtype == "html" else "replace"
    return Leaf(f"text/{subtype}", encode_body(body, charset, cte, errors), cte, params, headers)


def html(body: str, charset: str = "utf-8", cte: str = "quoted-printable", lossy: bool = False) -> Leaf:
    return text(body, "html", charset, cte, lossy=lossy)


def attachment(data: bytes, ctype: str, filename: str, inline: bool = False, extra=None) -> Leaf:
    disp = "inline" if inline else "attachment"
    fn = filename
    if not _is_ascii(filename):
        fn = enc_words(filename, "utf-8")
    return Leaf(ctype, encode_body(data, None, "base64"), "base64",
                [("name", f'"{fn}"')],
                [("Content-Disposition", f'{disp};\n\tfilename="{fn}"')] + list(extra or []))


def alternative(boundary: str, plain: Leaf, htmlpart: Leaf) -> Multi:
    return Multi("alternative", boundary, [plain, htmlpart])


# ---------------------------------------------------------------- message

class Mail:
    def __init__(self, *, frm, to, subject, date, msgid, cc=None, in_reply_to=None, references=None,
                 charset="utf-8", extra=None, received=None, body=None, reply_to=None):
        self.frm = frm
        self.to = to
        self.cc = cc or []
        self.subject = subject
        self.date = date
        self.msgid = msgid
        self.in_reply_to = in_reply_to
        self.references = references
        self.charset = charset
        self.extra = extra or []
        self.received = received or []
        self.body = body
        self.reply_to = reply_to

    def render(self) -> bytes:
        h = []
        for r in self.received:
            h.append(("Received", r))
        h.append(("From", addr(*self.frm, charset=self.charset)))
        h.append(("To", addrs(self.to, self.charset)))
        if self.cc:
            h.append(("Cc", addrs(self.cc, self.charset)))
        if self.reply_to:
            h.append(("Reply-To", addr(*self.reply_to, charset=self.charset)))
        h.append(("Subject", hdr(self.subject, self.charset)))
        h.append(("Date", self.date))
        h.append(("Message-ID", self.msgid))
        if self.in_reply_to:
            h.append(("In-Reply-To", self.in_reply_to))
        if self.references:
            h.append(("References", self.references))
        h += list(self.extra)
        h.append(("MIME-Version", "1.0"))
        head = "".join(f"{k}: {v}\n" for k, v in h).encode("ascii")
        raw = head + self.body.render()
        return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
