"""Tiny deterministic MIME writer (no use of email.generator, so every byte is ours)."""
from __future__ import annotations

import base64
import re

CRLF = b"\r\n"


# --------------------------------------------------------------------------
# transfer encodings
# --------------------------------------------------------------------------

def norm_crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def qp_encode(data: bytes) -> bytes:
    out = []
    for line in data.split(b"\r\n"):
        toks = []
        n = len(line)
        for i, b in enumerate(line):
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
    return "\r\n".join(out).encode("ascii")


def b64_encode(data: bytes) -> bytes:
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii")


def encode_body(data: bytes, cte: str) -> bytes:
    cte = cte.lower()
    if cte == "quoted-printable":
        return qp_encode(data)
    if cte == "base64":
        return b64_encode(data)
    if cte == "7bit":
        data.decode("ascii")
    for ln in data.split(b"\r\n"):
        assert len(ln) <= 998, "line too long for 7bit/8bit"
    return data


# --------------------------------------------------------------------------
# headers
# --------------------------------------------------------------------------

def _q_word(b: bytes) -> str:
    out = []
    for x in b:
        c = chr(x)
        if c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % x)
    return "".join(out)


def encoded_words(text: str, charset: str, mode: str = "B", limit: int = 75) -> list[str]:
    prefix = f"=?{charset}?{mode}?"

    def enc(s):
        b = s.encode(charset)
        return base64.b64encode(b).decode("ascii") if mode == "B" else _q_word(b)

    words, cur = [], ""
    for ch in text:
        cand = cur + ch
        if cur and len(prefix) + len(enc(cand)) + 2 > limit:
            words.append(prefix + enc(cur) + "?=")
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(prefix + enc(cur) + "?=")
    return words


def fold_ascii(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so lines stay under 78 characters."""
    line = f"{name}: "
    out = []
    for i, w in enumerate(value.split(" ")):
        piece = w if i == 0 else " " + w
        if len(line) + len(piece) > 76 and line.strip() and not line.endswith(": "):
            out.append(line)
            line = " " + w
        else:
            line += piece
    out.append(line)
    return "\r\n".join(out)


def header(name: str, value: str, charset: str = "utf-8", mode: str = "B") -> str:
    if value.isascii():
        return fold_ascii(name, value)
    words = encoded_words(value, charset, mode)
    return f"{name}: " + "\r\n ".join(words)


def addr(name: str | None, email: str, charset: str = "utf-8", mode: str = "B") -> str:
    """One address, display name encoded if needed (returned as a header-ready string)."""
    if not name:
        return email
    if name.isascii():
        if re.search(r'[()<>@,;:\\".\[\]]', name):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    # one encoded word for a display name: parsers keep the blank between
    # adjacent encoded words inside a phrase, which would add a space to the name
    return " ".join(encoded_words(name, charset, mode, limit=120)) + f" <{email}>"


def addr_header(hname: str, addrs: list[str]) -> str:
    lines = [f"{hname}: "]
    for i, a in enumerate(addrs):
        piece = a + ("," if i < len(addrs) - 1 else "")
        if len(lines[-1]) + len(piece) > 78 and lines[-1].strip() and not lines[-1].endswith(": "):
            lines.append(" ")
        if len(lines[-1]) + len(piece) > 78 and " <" in piece:
            name, _, rest = piece.rpartition(" <")
            lines[-1] += name
            lines.append(" <" + rest)
        else:
            lines[-1] += piece
        if i < len(addrs) - 1:
            lines[-1] += "" if lines[-1].endswith(" ") else " "
    return "\r\n".join(ln.rstrip() for ln in lines)


# --------------------------------------------------------------------------
# parts
# --------------------------------------------------------------------------

class Part:
    def __init__(self, ctype, content, *, charset=None, cte=None, filename=None,
                 disposition=None, params="", headers=(), name=None):
        self.ctype = ctype
        self.content = content
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.params = params
        self.headers = list(headers)
        self.name = name

    def header_lines(self) -> list[str]:
        ct = f"Content-Type: {self.ctype}"
        if self.charset:
            ct += f'; charset="{self.charset}"'
        if self.params:
            ct += "; " + self.params
        nm = self.name or self.filename
        if nm:
            ct += f';\r\n\tname="{nm}"'
        hl = [ct]
        for h in self.headers:
            hl.append(h)
        if self.cte:
            hl.append(f"Content-Transfer-Encoding: {self.cte}")
        if self.filename:
            disp = self.disposition or "attachment"
            hl.append(f'Content-Disposition: {disp};\r\n\tfilename="{self.filename}"')
        elif self.disposition:
            hl.append(f"Content-Disposition: {self.disposition}")
        return hl

    def body_bytes(self) -> bytes:
        c = self.content
        if isinstance(c, str):
            c = norm_crlf(c).encode(self.charset or "ascii")
        return encode_body(c, self.cte or "7bit")

    def render(self) -> bytes:
        return ("\r\n".join(self.header_lines())).encode("ascii") + CRLF + CRLF + self.body_bytes()


class Multipart:
    def __init__(self, subtype, parts, boundary, *, params="", preamble=None, headers=()):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params
        self.preamble = preamble
        self.headers = list(headers)

    def header_lines(self) -> list[str]:
        ct = f"Content-Type: multipart/{self.subtype};"
        if self.params:
            ct += f"\r\n\t{self.params};"
        ct += f'\r\n\tboundary="{self.boundary}"'
        return [ct] + self.headers

    def body_bytes(self) -> bytes:
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + CRLF
        for p in self.parts:
            out += b"--" + self.boundary.encode("ascii") + CRLF + p.render() + CRLF
        out += b"--" + self.boundary.encode("ascii") + b"--" + CRLF
        return out

    def render(self) -> bytes:
        return ("\r\n".join(self.header_lines())).encode("ascii") + CRLF + CRLF + self.body_bytes()


def message(headers: list[str], body) -> bytes:
    """headers: list of already formatted header strings (may contain CRLF folds)."""
    hl = list(headers)
    if not any(h.lower().startswith("mime-version:") for h in hl):
        hl.append("MIME-Version: 1.0")
    raw = ("\r\n".join(hl)).encode("ascii") + CRLF
    raw += ("\r\n".join(body.header_lines())).encode("ascii") + CRLF + CRLF + body.body_bytes()
    if not raw.endswith(CRLF):
        raw += CRLF
    return raw
