"""Hand-rolled, deterministic MIME assembly.

Everything is built from explicit headers and bodies so that the bytes are
identical on every run (fixed boundaries, no generated dates or ids) and so
that legacy charsets and transfer encodings come out exactly as chosen.
Lines end in CRLF, as a message fetched over IMAP does.
"""
from __future__ import annotations

import base64
import re

CRLF = b"\r\n"

# MIME charset name -> Python codec name (where they differ)
_CODEC = {
    "iso-2022-jp": "iso2022_jp",
    "tis-620": "tis_620",
}


def codec(charset: str) -> str:
    return _CODEC.get(charset.lower(), charset.lower())


def encode_text(s: str, charset: str) -> bytes:
    return s.encode(codec(charset))  # strict: unencodable text is a bug


# ---------------------------------------------------------------------------
# transfer encodings
# ---------------------------------------------------------------------------

def qp_encode(data: bytes) -> bytes:
    out = []
    for raw in data.replace(b"\r\n", b"\n").split(b"\n"):
        toks = []
        n = len(raw)
        for i, b in enumerate(raw):
            if 33 <= b <= 126 and b != 61:
                toks.append(bytes([b]))
            elif b in (32, 9) and i != n - 1:
                toks.append(bytes([b]))
            else:
                toks.append(b"=%02X" % b)
        cur = b""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + b"=")
                cur = b""
            cur += t
        out.append(cur)
    return CRLF.join(out)


def b64_encode(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", CRLF)


def raw_lines(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", CRLF)


def transfer(data: bytes, cte: str) -> bytes:
    cte = cte.lower()
    if cte == "quoted-printable":
        return qp_encode(data)
    if cte == "base64":
        return b64_encode(data)
    if cte in ("7bit", "8bit"):
        if cte == "7bit" and any(b > 127 for b in data):
            raise ValueError("7bit body with 8-bit bytes")
        return raw_lines(data)
    raise ValueError(cte)


# ---------------------------------------------------------------------------
# header encoding (RFC 2047 / RFC 2231)
# ---------------------------------------------------------------------------

def _is_ascii(s: str) -> bool:
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _q_payload(b: bytes) -> str:
    out = []
    for x in b:
        c = chr(x)
        if x == 32:
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % x)
    return "".join(out)


def encoded_words(s: str, charset: str, enc: str = "B") -> list[str]:
    cs = charset

    def word(t: str) -> str:
        b = encode_text(t, charset)
        p = base64.b64encode(b).decode() if enc == "B" else _q_payload(b)
        return f"=?{cs}?{enc}?{p}?="

    words, cur = [], ""
    for ch in s:
        if cur and len(word(cur + ch)) > 74:
            words.append(word(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(word(cur))
    return words


def hval(s: str, charset: str = "utf-8", enc: str = "B", prefix_ascii: bool = True) -> str:
    """A header value; non-ASCII text becomes folded encoded words."""
    if _is_ascii(s):
        return s
    head = ""
    if prefix_ascii:
        m = re.match(r"^((?:RE|Re|AW|Aw|SV|Sv|VS|Vs|Odp|ODP|R|Antw|TR|WG|Fwd|FW|Ynt|YNT|Odg|Atb|Vá|Vs):\s)", s)
        if m:
            head, s = m.group(1), s[m.end():]
    words = encoded_words(s, charset, enc)
    return head + "\r\n ".join(words) if not head else head + "\r\n ".join(words)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name: str | None, email: str, charset: str = "utf-8", enc: str = "B") -> str:
    if not name:
        return email
    if _is_ascii(name):
        if any(c in _SPECIALS for c in name):
            return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '" <' + email + ">"
        return f"{name} <{email}>"
    return " ".join(encoded_words(name, charset, enc)) + f" <{email}>"


def rfc2231(name: str, value: str) -> str:
    if _is_ascii(value):
        return f'{name}="{value}"'
    b = value.encode("utf-8")
    q = "".join(chr(x) if (chr(x).isascii() and (chr(x).isalnum() or chr(x) in "-._~")) else "%%%02X" % x for x in b)
    return f"{name}*=utf-8''{q}"


def fold(name: str, value: str) -> str:
    """Fold long space-separated values (References etc.) at spaces."""
    line = f"{name}: {value}"
    if len(line) <= 78 or "\r\n" in value:
        return line
    parts = value.split(" ")
    out, cur = [], f"{name}:"
    for p in parts:
        if len(cur) + 1 + len(p) > 78 and cur.strip() and not cur.endswith(":"):
            out.append(cur)
            cur = " " + p
        else:
            cur += " " + p
    out.append(cur)
    return "\r\n".join(out)


# ---------------------------------------------------------------------------
# parts
# ---------------------------------------------------------------------------

class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None, epilogue=None):
        self.headers = list(headers)        # [(name, value)], values already encoded
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def header_bytes(self) -> bytes:
        out = []
        for n, v in self.headers:
            out.append(fold(n, v).encode("ascii"))
        return CRLF.join(out) + CRLF

    def body_bytes(self) -> bytes:
        if self.parts is None:
            return self.body
        chunks = []
        if self.preamble:
            chunks.append(self.preamble.encode("ascii") + CRLF)
        for p in self.parts:
            chunks.append(b"--" + self.boundary.encode() + CRLF + p.to_bytes() + CRLF)
        chunks.append(b"--" + self.boundary.encode() + b"--" + CRLF)
        if self.epilogue:
            chunks.append(self.epilogue.encode("ascii") + CRLF)
        return b"".join(chunks)

    def to_bytes(self) -> bytes:
        body = self.body_bytes()
        return self.header_bytes() + CRLF + body


def text(s: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         flowed: bool = False, ctype_extra: str = "", disposition: str | None = None,
         content_id: str | None = None, delsp: bool = False) -> Part:
    data = encode_text(s.replace("\r\n", "\n"), charset)
    ct = f'text/{subtype}; charset="{charset}"' if charset.lower() != "us-ascii" or True else ""
    if flowed:
        ct += "; format=flowed"
        if delsp:
            ct += "; delsp=yes"
    if ctype_extra:
        ct += "; " + ctype_extra
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disposition:
        hdrs.append(("Content-Disposition", disposition))
    if content_id:
        hdrs.append(("Content-ID", content_id))
    return Part(hdrs, transfer(data, cte))


def multipart(subtype: str, parts: list[Part], boundary: str, extra: str = "", preamble=None) -> Part:
    ct = f'multipart/{subtype}; boundary="{boundary}"'
    if extra:
        ct += "; " + extra
    return Part([("Content-Type", ct)], parts=parts, boundary=boundary, preamble=preamble)


def attachment(data: bytes, ctype: str, filename: str, cte: str = "base64", inline: bool = False,
               extra_headers=(), name_param: bool = True, size: bool = False, dates: str | None = None) -> Part:
    ct = ctype
    if name_param:
        ct += "; " + rfc2231("name", filename)
    disp = ("inline" if inline else "attachment") + "; " + rfc2231("filename", filename)
    if size:
        disp += f"; size={len(data)}"
    if dates:
        disp += f'; creation-date="{dates}"; modification-date="{dates}"'
    hdrs = [("Content-Type", ct)] + list(extra_headers) + [("Content-Disposition", disp),
                                                           ("Content-Transfer-Encoding", cte)]
    return Part(hdrs, transfer(data, cte))


def rfc822(msg_bytes: bytes, description: str | None = None, cte: str | None = None,
           filename: str | None = None) -> Part:
    hdrs = []
    if description:
        hdrs.append(("Content-Description", description))
    hdrs.append(("Content-Type", "message/rfc822" + (f'; name="{filename}"' if filename else "")))
    if filename:
        hdrs.append(("Content-Disposition", f'attachment; filename="{filename}"'))
    if cte:
        hdrs.append(("Content-Transfer-Encoding", cte))
    return Part(hdrs, msg_bytes if msg_bytes.endswith(CRLF) else msg_bytes + CRLF)


def rfc822_headers(msg_bytes: bytes, description: str | None = None) -> Part:
    head = msg_bytes.split(CRLF + CRLF, 1)[0] + CRLF
    hdrs = []
    if description:
        hdrs.append(("Content-Description", description))
    hdrs.append(("Content-Type", "text/rfc822-headers"))
    return Part(hdrs, head)


def delivery_status(per_message: list[tuple[str, str]], recipients: list[list[tuple[str, str]]],
                    description: str | None = "Delivery report") -> Part:
    blocks = [CRLF.join(f"{k}: {v}".encode() for k, v in per_message)]
    for r in recipients:
        blocks.append(CRLF.join(f"{k}: {v}".encode() for k, v in r))
    hdrs = []
    if description:
        hdrs.append(("Content-Description", description))
    hdrs.append(("Content-Type", "message/delivery-status"))
    return Part(hdrs, (CRLF + CRLF).join(blocks) + CRLF)


def message(headers: list[tuple[str, str]], root: Part, mime_version_first: bool = False) -> bytes:
    """Top-level message: the given headers, MIME-Version and the root part's headers."""
    hs = list(headers)
    if mime_version_first:
        hs = [("MIME-Version", "1.0")] + hs + root.headers
    else:
        hs = hs + root.headers + [("MIME-Version", "1.0")] if not any(n == "MIME-Version" for n, _ in hs) \
            else hs + root.headers
    p = Part(hs, root.body, root.parts, root.boundary, root.preamble, root.epilogue)
    return p.to_bytes()
