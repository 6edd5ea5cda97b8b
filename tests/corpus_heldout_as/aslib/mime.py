"""Byte-exact, deterministic construction of RFC 5322 / MIME messages.

Nothing here looks at the clock or at random numbers: boundaries, Message-IDs
and dates are passed in by the caller.
"""
from __future__ import annotations

import base64
import binascii
import email.utils
import hashlib

CRLF = b"\r\n"


def hexid(seed: str, n: int = 32) -> str:
    """Deterministic hex string derived from a seed."""
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}#{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def b32id(seed: str, n: int = 20) -> str:
    raw = hashlib.sha256(seed.encode()).digest() + hashlib.sha256((seed + "x").encode()).digest()
    return base64.b32encode(raw).decode().rstrip("=")[:n]


def b64id(seed: str, n: int = 24) -> str:
    raw = hashlib.sha256(seed.encode()).digest()
    return base64.b64encode(raw).decode()[:n]


def fmt_date(d) -> str:
    """RFC 5322 date with numeric zone, e.g. 'Wed, 11 Nov 2026 11:05:00 +0100'."""
    return email.utils.format_datetime(d)


# ---------------------------------------------------------------------------
# header encoding
# ---------------------------------------------------------------------------

def is_ascii(s: str) -> bool:
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _qenc(b: bytes) -> str:
    out = []
    for c in b:
        if c == 0x20:
            out.append("_")
        elif c in _QSAFE:
            out.append(chr(c))
        else:
            out.append("=%02X" % c)
    return "".join(out)


def encoded_words(text: str, charset: str = "utf-8", mode: str = "B") -> list[str]:
    """Split text into RFC 2047 encoded-words of at most 75 characters each."""
    prefix = f"=?{charset}?{mode}?"
    maxlen = 75 - len(prefix) - 2

    def enc(s):
        b = s.encode(charset)
        return base64.b64encode(b).decode() if mode == "B" else _qenc(b)

    words, cur = [], ""
    for ch in text:
        cand = cur + ch
        if cur and len(enc(cand)) > maxlen:
            words.append(prefix + enc(cur) + "?=")
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(prefix + enc(cur) + "?=")
    return words


def enc_text(text: str, charset: str = "utf-8", mode: str = "B") -> str:
    """Unstructured header text: ASCII stays as is, otherwise encoded-words."""
    if is_ascii(text):
        return text
    return " ".join(encoded_words(text, charset, mode))


def addr(name: str | None, address: str, charset: str = "utf-8", mode: str = "B") -> str:
    if not name:
        return address
    if is_ascii(name):
        if any(c in name for c in ',.;:()<>@[]"\\'):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{address}>"
    return f"{' '.join(encoded_words(name, charset, mode))} <{address}>"


def fold(name: str, value: str, limit: int = 78) -> str:
    """Fold a header at spaces; values already containing CRLF are kept verbatim."""
    if "\n" in value:
        return f"{name}: {value}"
    tokens = value.split(" ")
    lines = []
    cur = f"{name}:"
    first = True
    for t in tokens:
        if not first and len(cur) + 1 + len(t) > limit:
            lines.append(cur)
            cur = " " + t
        else:
            cur += " " + t
        first = False
    lines.append(cur)
    return "\r\n".join(lines)


def render_headers(headers) -> bytes:
    out = []
    for name, value in headers:
        h = fold(name, value)
        h.encode("ascii")  # headers must be 7-bit
        out.append(h)
    return ("\r\n".join(out) + "\r\n").encode("ascii")


# ---------------------------------------------------------------------------
# body encoding
# ---------------------------------------------------------------------------

def encode_body(data, charset: str | None, cte: str) -> bytes:
    if isinstance(data, str):
        text = data.replace("\r\n", "\n")
        if not text.endswith("\n"):
            text += "\n"
        raw = text.replace("\n", "\r\n").encode(charset)
    else:
        raw = data
    if cte == "base64":
        return base64.encodebytes(raw).replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        enc = binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False)
        return enc if enc.endswith(b"\r\n") else enc + b"\r\n"
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        for ln in raw.split(b"\r\n"):
            assert len(ln) <= 990, "line too long for %s" % cte
        return raw if raw.endswith(b"\r\n") else raw + b"\r\n"
    raise ValueError(cte)


# ---------------------------------------------------------------------------
# entities
# ---------------------------------------------------------------------------

class Leaf:
    def __init__(self, headers, body: bytes):
        self.headers = list(headers)
        self.body = body

    def render(self) -> bytes:
        return render_headers(self.headers) + CRLF + self.body


class Multi:
    def __init__(self, subtype: str, parts, boundary: str, params: str = "", preamble: str | None = None,
                 headers=()):
        self.subtype = subtype
        self.parts = list(parts)
        self.boundary = boundary
        self.params = params
        self.preamble = preamble
        self.headers = [("Content-Type", f'multipart/{subtype};{params} boundary="{boundary}"')] + list(headers)

    def render_body(self) -> bytes:
        b = self.boundary.encode("ascii")
        out = b""
        if self.preamble is not None:
            out += self.preamble.replace("\n", "\r\n").encode("ascii") + CRLF
        for p in self.parts:
            out += b"--" + b + CRLF + p.render()
            if not out.endswith(CRLF):
                out += CRLF
        out += b"--" + b + b"--" + CRLF
        return out

    def render(self) -> bytes:
        return render_headers(self.headers) + CRLF + self.render_body()


def text_part(text: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
              ct_extra: str = "", headers=(), quote_charset: bool = True) -> Leaf:
    cs = f'"{charset}"' if quote_charset else charset
    hs = [("Content-Type", f"text/{subtype}; charset={cs}{ct_extra}"),
          ("Content-Transfer-Encoding", cte)] + list(headers)
    return Leaf(hs, encode_body(text, charset, cte))


def attachment(data: bytes, ctype: str, filename: str, disposition: str = "attachment", extra_disp: str = "",
               headers=(), name_param: bool = True) -> Leaf:
    ct = f'{ctype}; name="{filename}"' if name_param else ctype
    hs = [("Content-Type", ct)] + list(headers) + [
        ("Content-Disposition", f'{disposition}; filename="{filename}"{extra_disp}'),
        ("Content-Transfer-Encoding", "base64")]
    return Leaf(hs, encode_body(data, None, "base64"))


def raw_part(ctype: str, body: bytes, headers=(), cte: str | None = None) -> Leaf:
    hs = [("Content-Type", ctype)]
    if cte:
        hs.append(("Content-Transfer-Encoding", cte))
    hs += list(headers)
    if not body.endswith(CRLF):
        body += CRLF
    return Leaf(hs, body)


def message(top_headers, root, mime_version: str = "1.0", mime_first: bool = False) -> bytes:
    """top_headers: list of (name, value) without MIME-Version; root: Leaf or Multi.

    The root entity's Content-* headers follow the top headers.  A header named
    'MIME-Version' in top_headers is kept where it is instead of being added."""
    hs = list(top_headers)
    if not any(n.lower() == "mime-version" for n, _ in hs):
        hs.append(("MIME-Version", mime_version))
    hs += root.headers
    body = root.render_body() if isinstance(root, Multi) else root.body
    return render_headers(hs) + CRLF + body
