"""Hand-rolled, byte-deterministic MIME writer.

Everything is emitted with CRLF line ends, the way a message arrives over IMAP.
No randomness: boundaries and ids are passed in by the caller.
"""
from __future__ import annotations

import base64
import email.utils

CRLF = "\r\n"


# --------------------------------------------------------------------------
# transfer encodings
# --------------------------------------------------------------------------

def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", CRLF)


def b64(data: bytes, width: int = 76) -> bytes:
    enc = base64.b64encode(data).decode("ascii")
    lines = [enc[i:i + width] for i in range(0, len(enc), width)] or [""]
    return (CRLF.join(lines) + CRLF).encode("ascii")


def qp(data: bytes) -> bytes:
    out = []
    for line in data.split(b"\r\n"):
        toks = []
        n = len(line)
        for i, b in enumerate(line):
            if (33 <= b <= 126 and b != 61) or (b in (9, 32) and i != n - 1):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return CRLF.join(out).encode("ascii")


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return b64(data)
    if cte == "quoted-printable":
        return qp(data)
    if cte == "7bit":
        data.decode("ascii")  # raises if not 7bit
        for ln in data.split(b"\r\n"):
            assert len(ln) < 998, "7bit line too long"
        return data
    if cte == "8bit":
        for ln in data.split(b"\r\n"):
            assert len(ln) < 998, "8bit line too long"
        return data
    if cte == "binary":
        return data
    raise ValueError(cte)


# --------------------------------------------------------------------------
# headers
# --------------------------------------------------------------------------

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _qword(raw: bytes) -> str:
    out = []
    for b in raw:
        if b == 32:
            out.append("_")
        elif b in _Q_SAFE:
            out.append(chr(b))
        else:
            out.append("=%02X" % b)
    return "".join(out)


def enc_words(text: str, charset: str = "utf-8", mode: str = "B", maxlen: int = 75) -> str:
    """RFC 2047 encoded words (space separated), never splitting a character."""
    if all(ord(c) < 128 for c in text) and mode != "force":
        return text
    if mode == "force":
        mode = "B"
    prefix = f"=?{charset}?{mode}?"
    room = maxlen - len(prefix) - 2
    words = []
    chunk = ""

    def enc(s):
        raw = s.encode(charset)
        return base64.b64encode(raw).decode("ascii") if mode == "B" else _qword(raw)

    for ch in text:
        trial = chunk + ch
        if chunk and len(enc(trial)) > room:
            words.append(prefix + enc(chunk) + "?=")
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(prefix + enc(chunk) + "?=")
    return " ".join(words)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name: str | None, email_addr: str, charset: str = "utf-8", mode: str = "B") -> str:
    if not name:
        return email_addr
    if any(ord(c) > 127 for c in name):
        return f"{enc_words(name, charset, mode)} <{email_addr}>"
    if any(c in _SPECIALS for c in name):
        q = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{q}" <{email_addr}>'
    return f"{name} <{email_addr}>"


def fold(name: str, value: str, width: int = 78) -> str:
    """Fold a header at whitespace; returns 'Name: value' with CRLF SP continuation."""
    if value == "":
        return f"{name}:"
    line = f"{name}: {value}"
    if len(line) <= width:
        return line
    words = value.split(" ")
    lines = []
    cur = f"{name}:"
    for w in words:
        if cur.endswith(":") and cur == f"{name}:":
            cur += " " + w
            continue
        if len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return CRLF.join(lines)


def date_header(d) -> str:
    return email.utils.format_datetime(d)


# --------------------------------------------------------------------------
# parts
# --------------------------------------------------------------------------

class Part:
    """A MIME entity: leaf (body bytes already encoded) or multipart (parts)."""

    def __init__(self, ctype: str, params: list[tuple[str, str]] | None = None, *,
                 body: bytes = b"", parts: list["Part"] | None = None, boundary: str | None = None,
                 cte: str | None = None, headers: list[tuple[str, str]] | None = None,
                 preamble: str | None = None, epilogue: str | None = None, quote_params: bool = True):
        self.ctype = ctype
        self.params = list(params or [])
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.cte = cte
        self.headers = list(headers or [])
        self.preamble = preamble
        self.epilogue = epilogue
        self.quote_params = quote_params

    def content_headers(self) -> list[str]:
        ps = list(self.params)
        if self.parts is not None:
            ps.append(("boundary", self.boundary))
        ct = self.ctype
        for k, v in ps:
            if k.endswith("*"):
                ct += f"; {k}={v}"
            elif self.quote_params or any(c in v for c in '()<>@,;:\\"/[]?= '):
                ct += f'; {k}="{v}"'
            else:
                ct += f"; {k}={v}"
        out = [fold("Content-Type", ct)]
        if self.cte:
            out.append(f"Content-Transfer-Encoding: {self.cte}")
        for k, v in self.headers:
            out.append(fold(k, v))
        return out

    def render_body(self) -> bytes:
        if self.parts is None:
            return self.body
        b = self.boundary.encode("ascii")
        out = b""
        if self.preamble is not None:
            out += crlf(self.preamble).encode("ascii") + b"\r\n"
        for p in self.parts:
            out += b"--" + b + b"\r\n" + p.render() + b"\r\n"
        out += b"--" + b + b"--\r\n"
        if self.epilogue is not None:
            out += crlf(self.epilogue).encode("ascii")
        return out

    def render(self) -> bytes:
        head = CRLF.join(self.content_headers()) + CRLF + CRLF
        return head.encode("ascii") + self.render_body()


def text(content: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         flowed: bool = False, delsp: bool = False, headers=None, quote_params: bool = True,
         extra_params=None) -> Part:
    data = crlf(content).encode(charset)
    params = [("charset", charset)]
    if flowed:
        params.append(("format", "flowed"))
        if delsp:
            params.append(("delsp", "yes"))
    params += list(extra_params or [])
    return Part(f"text/{subtype}", params, body=encode_body(data, cte), cte=cte,
                headers=headers, quote_params=quote_params)


def multipart(subtype: str, parts: list[Part], boundary: str, preamble=None, params=None, headers=None) -> Part:
    return Part(f"multipart/{subtype}", params or [], parts=parts, boundary=boundary,
                preamble=preamble, headers=headers)


def attachment(data: bytes, ctype: str, filename: str, cte: str = "base64", inline: bool = False,
               name_param: bool = True, extra_headers=None, size: bool = False, params=None,
               disp_extra: str = "") -> Part:
    ps = list(params or [])
    if name_param:
        ps.append(("name", filename))
    disp = ("inline" if inline else "attachment") + f'; filename="{filename}"'
    if size:
        disp += f"; size={len(data)}"
    disp += disp_extra
    hdrs = list(extra_headers or [])
    hdrs.insert(0, ("Content-Disposition", disp))
    return Part(ctype, ps, body=encode_body(data, cte), cte=cte, headers=hdrs)


def rfc822(msg_bytes: bytes, headers=None) -> Part:
    return Part("message/rfc822", [], body=msg_bytes, headers=headers, cte=None)


def delivery_status(blocks: list[list[tuple[str, str]]]) -> Part:
    txt = CRLF.join(CRLF.join(f"{k}: {v}" for k, v in blk) + CRLF for blk in blocks)
    return Part("message/delivery-status", [], body=txt.encode("ascii"))


def message(headers: list[tuple[str, str]], body: Part, mime_version: bool = True) -> bytes:
    lines = [fold(k, v) for k, v in headers]
    if mime_version:
        lines.append("MIME-Version: 1.0")
    lines += body.content_headers()
    return (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + body.render_body()
