"""Tiny deterministic MIME writer (no randomness, fixed boundaries)."""
from __future__ import annotations

import base64
import html as _html

CRLF = "\r\n"


# ---------------------------------------------------------------- encodings

def qp_encode(data: bytes) -> str:
    out = []
    for raw in data.split(b"\n"):
        raw = raw.rstrip(b"\r")
        toks = []
        n = len(raw)
        for i, b in enumerate(raw):
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and i != n - 1):
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
    return CRLF.join(out)


def b64_encode(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76)) or ""


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", CRLF)


def is_ascii(s: str) -> bool:
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew(text: str, charset: str = "utf-8", enc: str = "B") -> str:
    """RFC 2047 encoded words (folded with CRLF SP) if text is not ASCII."""
    if is_ascii(text):
        return text
    words = []
    cur = ""
    prefix = f"=?{charset}?{enc}?"

    def encode(chunk):
        b = chunk.encode(charset)
        if enc == "B":
            return base64.b64encode(b).decode()
        o = ""
        for c in b:
            if c == 32:
                o += "_"
            elif 33 <= c <= 126 and chr(c) not in "=?_\"(),.:;<>@[\\]":
                o += chr(c)
            else:
                o += "=%02X" % c
        return o

    for ch in text:
        if len(prefix) + len(encode(cur + ch)) + 2 > 75:
            words.append(prefix + encode(cur) + "?=")
            cur = ""
        cur += ch
    if cur:
        words.append(prefix + encode(cur) + "?=")
    return (CRLF + " ").join(words)


def addr(name: str | None, email: str, charset: str = "utf-8", enc: str = "B") -> str:
    if not name:
        return email
    if is_ascii(name):
        if any(c in name for c in ',.;:()<>@[]"'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return f"{name} <{email}>"
    return f"{ew(name, charset, enc)} <{email}>"


# ---------------------------------------------------------------- parts

class Part:
    def __init__(self, headers, body: str = "", parts=None, boundary=None, preamble=None):
        self.headers = list(headers)
        self.body = body          # already transfer-encoded, CRLF
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def serialize(self) -> bytes:
        return self._bytes()

    def _bytes(self) -> bytes:
        out = bytearray()
        for k, v in self.headers:
            out += f"{k}: {v}{CRLF}".encode("utf-8")
        out += CRLF.encode()
        if self.parts is not None:
            if self.preamble:
                out += (_crlf(self.preamble) + CRLF).encode()
            for p in self.parts:
                out += f"--{self.boundary}{CRLF}".encode()
                out += p._bytes()
                out += CRLF.encode()
            out += f"--{self.boundary}--{CRLF}".encode()
        else:
            b = self.body
            if isinstance(b, str):
                b = b.encode("ascii")
            out += b
            if not b.endswith(b"\n"):
                out += CRLF.encode()
        return bytes(out)


def text(content: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         flowed: bool = False, extra_headers=(), ct_extra: str = "") -> Part:
    if subtype == "html":
        data = _crlf(content).encode(charset, errors="xmlcharrefreplace")
    else:
        data = _crlf(content).encode(charset)
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    ct += ct_extra
    if cte == "quoted-printable":
        body = qp_encode(data)
    elif cte == "base64":
        body = b64_encode(data)
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            data.decode("ascii")
        body = data
    else:
        raise ValueError(cte)
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra_headers)
    return Part(hs, body)


def multipart(subtype: str, parts, boundary: str, params: str = "", preamble=None, extra_headers=()) -> Part:
    ct = f'multipart/{subtype};{CRLF}\tboundary="{boundary}"' + params
    return Part([("Content-Type", ct)] + list(extra_headers), parts=parts, boundary=boundary, preamble=preamble)


def attachment(data: bytes, ctype: str, filename: str, cte: str = "base64", disposition: str = "attachment",
               extra_headers=(), ct_params: str = "") -> Part:
    hs = [("Content-Type", f'{ctype}{ct_params};{CRLF}\tname="{filename}"'),
          ("Content-Disposition", f'{disposition};{CRLF}\tfilename="{filename}"'),
          ("Content-Transfer-Encoding", cte)]
    hs += list(extra_headers)
    if cte == "base64":
        body = b64_encode(data)
    elif cte == "quoted-printable":
        body = qp_encode(data)
    else:
        body = data
    return Part(hs, body)


def rfc822(msg: bytes, disposition: str | None = None, ctype: str = "message/rfc822") -> Part:
    hs = [("Content-Type", ctype)]
    if disposition:
        hs.append(("Content-Disposition", disposition))
    return Part(hs, msg if msg.endswith(b"\n") else msg + b"\r\n")


def raw_part(headers, body: bytes) -> Part:
    return Part(headers, body)


def message(headers, root: Part | None = None) -> bytes:
    """headers: list of (name, value) for the top level; root: body part (its headers are appended)."""
    hs = list(headers)
    if root is not None:
        hs.append(("MIME-Version", "1.0"))
        p = Part(hs + root.headers, root.body, root.parts, root.boundary, root.preamble)
        return p._bytes()
    raise ValueError("root required")


def esc(s: str) -> str:
    return _html.escape(s, quote=False)
