"""Tiny, deterministic MIME writer (standard library only).

Everything is built as bytes with CRLF line ends, the way a message sits in an
IMAP store.  Parts are (headers, body) pairs; multiparts are assembled from
parts with a fixed boundary, so the output never changes between runs.
"""
from __future__ import annotations

import base64
import binascii
import hashlib

CRLF = b"\r\n"


def hid(*parts, n=16, upper=False):
    """Deterministic hex id derived from the given parts."""
    h = hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()
    while len(h) < n:
        h += hashlib.sha1(h.encode()).hexdigest()
    h = h[:n]
    return h.upper() if upper else h


def b64id(*parts, n=22):
    raw = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return base64.b64encode(raw).decode().replace("/", "_")[:n]


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _qword(raw: bytes) -> str:
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def ew(s: str, charset="utf-8", enc="B") -> str:
    """RFC 2047-encode a header value when it is not plain ASCII.

    Encoded words are cut on character boundaries so each stays under 75
    characters; words are folded with CRLF + space.
    """
    if _is_ascii(s):
        return s
    prefix = f"=?{charset}?{enc}?"
    words, cur = [], ""

    def encode(chunk):
        raw = chunk.encode(charset)
        return base64.b64encode(raw).decode() if enc == "B" else _qword(raw)

    for ch in s:
        trial = cur + ch
        if cur and len(prefix) + len(encode(trial)) + 2 > 75:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return "\r\n ".join(f"{prefix}{encode(w)}?=" for w in words)


def addr(name: str, email: str, charset="utf-8", enc="B", quote=True) -> str:
    if not name:
        return email
    if _is_ascii(name):
        if quote and any(c in name for c in ',.;:()@"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, charset, enc)} <{email}>"


class Part:
    def __init__(self, headers, body: bytes):
        self.headers = list(headers)  # list of (name, value)
        self.body = body

    def render(self) -> bytes:
        out = b"".join(f"{k}: {v}".encode("ascii") + CRLF for k, v in self.headers)
        return out + CRLF + self.body


def _crlf(b: bytes) -> bytes:
    b = b.replace(b"\r\n", b"\n")
    return b.replace(b"\n", b"\r\n")


def encode_body(raw: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        enc = binascii.b2a_qp(raw.replace(b"\r\n", b"\n"), istext=True)
        body = _crlf(enc)
    elif cte == "base64":
        body = _crlf(base64.encodebytes(raw))
    elif cte in ("7bit", "8bit"):
        body = _crlf(raw)
    else:
        raise ValueError(cte)
    if not body.endswith(CRLF):
        body += CRLF
    return body


def text(body: str, subtype="plain", charset="utf-8", cte="quoted-printable",
         params="", extra_headers=(), quote_charset=True) -> Part:
    raw = body.replace("\r\n", "\n").encode(charset)
    if cte == "7bit":
        raw.decode("ascii")  # must be ascii
    cs = f'"{charset}"' if quote_charset else charset
    ct = f"text/{subtype}; charset={cs}{params}"
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra_headers)
    return Part(headers, encode_body(raw, cte))


def multipart(subtype: str, parts, boundary: str, preamble: str | None = None,
              params="", extra_headers=()) -> Part:
    b = boundary.encode("ascii")
    body = b""
    if preamble:
        body += preamble.encode("ascii") + CRLF + CRLF
    for p in parts:
        body += b"--" + b + CRLF + p.render()
        if not body.endswith(CRLF):
            body += CRLF
    body += b"--" + b + b"--" + CRLF
    headers = [("Content-Type", f'multipart/{subtype};\r\n\tboundary="{boundary}"{params}')]
    return Part(headers + list(extra_headers), body)


def attachment(ctype: str, filename: str, data: bytes, inline=False, extra_headers=(),
               size=True, disposition_params="") -> Part:
    if _is_ascii(filename):
        fn_ct = f'name="{filename}"'
        fn_cd = f'filename="{filename}"'
    else:
        from urllib.parse import quote
        fn_ct = f'name="{ew(filename)}"'
        fn_cd = f"filename*=utf-8''{quote(filename)}"
    disp = "inline" if inline else "attachment"
    cd = f"{disp}; {fn_cd}"
    if size:
        cd += f"; size={len(data)}"
    cd += disposition_params
    headers = [("Content-Type", f"{ctype}; {fn_ct}"),
               ("Content-Description", ew(filename)),
               ("Content-Disposition", cd),
               ("Content-Transfer-Encoding", "base64")] + list(extra_headers)
    return Part(headers, encode_body(data, "base64"))


def raw_part(headers, body: str | bytes) -> Part:
    if isinstance(body, str):
        body = body.encode("utf-8")
    body = _crlf(body)
    if not body.endswith(CRLF):
        body += CRLF
    return Part(headers, body)


def message(headers, root: Part) -> bytes:
    """headers: list of (name, value) for the top level; root supplies Content-*."""
    hs = list(headers)
    if not any(k.lower() == "mime-version" for k, _ in hs):
        hs.append(("MIME-Version", "1.0"))
    top = Part(hs + root.headers, root.body)
    return top.render()
