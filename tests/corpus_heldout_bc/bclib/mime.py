"""Hand-rolled, deterministic MIME assembly (CRLF line ends, fixed boundaries)."""
from __future__ import annotations

import base64
import hashlib
import quopri

CRLF = b"\r\n"


def _crlf(b: bytes) -> bytes:
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def hexid(seed: str, n: int = 16) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


# ---------------------------------------------------------------- headers

_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_word(b: bytes) -> str:
    out = []
    for c in b:
        if c == 0x20:
            out.append("_")
        elif c in _QSAFE:
            out.append(chr(c))
        else:
            out.append("=%02X" % c)
    return "".join(out)


def encoded_words(s: str, charset: str, enc: str | None = None) -> list[str]:
    """Split s into RFC 2047 encoded words of at most 75 characters."""
    if enc is None:
        enc = "Q" if charset.lower().startswith(("iso-8859", "windows-125")) else "B"
    words, cur = [], ""
    prefix = f"=?{charset}?{enc}?"

    def render(t):
        b = t.encode(charset)
        body = base64.b64encode(b).decode() if enc == "B" else _q_word(b)
        return prefix + body + "?="

    for ch in s:
        if cur and len(render(cur + ch)) > 75:
            words.append(render(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(render(cur))
    return words


def hval(s: str, charset: str = "utf-8", enc: str | None = None) -> str:
    """Header value: plain if ASCII, else encoded words folded with CRLF SP."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "\r\n ".join(encoded_words(s, charset, enc))


def addr(name: str | None, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"[]'):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return " ".join(encoded_words(name, charset)) + f" <{email}>"


# ---------------------------------------------------------------- parts

class Part:
    def __init__(self, headers, body: bytes = b"", parts=None, boundary=None,
                 preamble: str | None = None):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def render(self) -> bytes:
        out = b"".join(f"{k}: {v}".encode("ascii") + CRLF for k, v in self.headers)
        out += CRLF
        if self.parts is None:
            return out + self.body
        if self.preamble:
            out += _crlf(self.preamble.encode("ascii")) + CRLF
        for p in self.parts:
            out += b"--" + self.boundary.encode() + CRLF + p.render()
            if not out.endswith(CRLF):
                out += CRLF
        out += b"--" + self.boundary.encode() + b"--" + CRLF
        return out


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        return _crlf(quopri.encodestring(data.replace(b"\r\n", b"\n")))
    if cte == "base64":
        return _crlf(base64.encodebytes(data))
    if cte == "7bit":
        data.decode("ascii")
    return _crlf(data)


def text(s: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         flowed: bool = False, extra=(), lang: str | None = None) -> Part:
    data = s.encode(charset)
    if not data.endswith(b"\n"):
        data += b"\n"
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if lang:
        hdrs.append(("Content-Language", lang))
    hdrs.extend(extra)
    return Part(hdrs, encode_body(data, cte))


def multipart(subtype: str, parts, boundary: str, preamble: str | None = None, extra=(),
              params: str = "") -> Part:
    ct = f'multipart/{subtype};{params} boundary="{boundary}"' if params else \
        f'multipart/{subtype}; boundary="{boundary}"'
    return Part([("Content-Type", ct)] + list(extra), parts=list(parts), boundary=boundary,
                preamble=preamble)


def attachment(data: bytes, ctype: str, filename: str, cte: str = "base64", inline: bool = False,
               extra=()) -> Part:
    try:
        filename.encode("ascii")
        fn = f'name="{filename}"'
        disp = f'{"inline" if inline else "attachment"}; filename="{filename}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        ew = " ".join(encoded_words(filename, "utf-8", "B"))
        fn = f'name="{ew}"'
        disp = f"{'inline' if inline else 'attachment'}; filename*=utf-8''{quote(filename)}"
    hdrs = [("Content-Type", f"{ctype}; {fn}"), ("Content-Disposition", disp),
            ("Content-Transfer-Encoding", cte)]
    hdrs.extend(extra)
    return Part(hdrs, encode_body(data, cte))


def raw_part(headers, body_text: str, charset="us-ascii") -> Part:
    return Part(headers, _crlf(body_text.encode(charset)))


def message(headers, root: Part) -> bytes:
    """Top-level headers followed by the root part's own headers and body."""
    top = b"".join(f"{k}: {v}".encode("ascii") + CRLF for k, v in headers)
    return top + root.render()
