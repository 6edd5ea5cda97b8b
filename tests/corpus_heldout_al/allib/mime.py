"""Deterministic raw-MIME builder.

Everything is assembled by hand (no email.generator) so that boundaries,
header order, charsets and transfer encodings are exactly what a given mail
client would produce.  Lines are joined with LF while building and turned
into CRLF once, at the end, in ``message()``.
"""
from __future__ import annotations

import base64
import hashlib
import quopri
import re

__all__ = [
    "Part", "hdr", "addr", "text", "html", "multipart", "attachment",
    "rfc822", "raw_part", "message", "msgid", "qp_encode",
]


# --------------------------------------------------------------------------
# header helpers
# --------------------------------------------------------------------------

def _is_ascii(s: str) -> bool:
    return all(ord(c) < 128 for c in s)


def hdr(value: str, charset: str = "utf-8", enc: str = "B") -> str:
    """RFC 2047-encode a header value if it is not plain ASCII.

    Encoded words are kept below 76 characters and never split a multibyte
    character; several words are separated by folding whitespace.
    """
    if _is_ascii(value):
        return value
    words = []
    chunk = ""
    prefix = f"=?{charset}?{enc}?"
    for ch in value:
        cand = chunk + ch
        raw = cand.encode(charset)
        if enc == "B":
            size = len(prefix) + 2 + 4 * ((len(raw) + 2) // 3)
        else:
            size = len(prefix) + 2 + len(_q_word(raw))
        if size > 74 and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(charset)
        if enc == "B":
            out.append(prefix + base64.b64encode(raw).decode("ascii") + "?=")
        else:
            out.append(prefix + _q_word(raw) + "?=")
    return "\n ".join(out)


def _q_word(raw: bytes) -> str:
    res = []
    for b in raw:
        c = chr(b)
        if c == " ":
            res.append("_")
        elif c.isalnum() and b < 128:
            res.append(c)
        elif c in "!*+-/" and b < 128:
            res.append(c)
        else:
            res.append("=%02X" % b)
    return "".join(res)


def addr(name: str | None, email: str, charset: str = "utf-8", enc: str = "B") -> str:
    """A mailbox as a client would write it in From/To/Cc."""
    if not name:
        return email
    if _is_ascii(name):
        if re.search(r'[,.;:()<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return f"{name} <{email}>"
    return f"{hdr(name, charset, enc)} <{email}>"


def msgid(seed: str, domain: str, style: str = "plain") -> str:
    """A deterministic Message-ID in the style of a given mail client."""
    h = hashlib.sha256(seed.encode()).hexdigest().upper()
    if style == "outlook":
        node = "AM9PR07MB" + h[:4]
        return f"<{node}{h[4:14]}{h[14:30]}@{node}.eurprd07.prod.outlook.com>"
    if style == "outlook-us":
        node = "BY5PR12MB" + h[:4]
        return f"<{node}{h[4:14]}{h[14:30]}@{node}.namprd12.prod.outlook.com>"
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h[:48])).decode().replace("/", "_").replace("+", "-")
        return f"<CA{b[:2]}{b[2:40]}@mail.gmail.com>"
    if style == "apple":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "thunderbird":
        l = h.lower()
        return f"<{l[:8]}-{l[8:12]}-{l[12:16]}-{l[16:20]}-{l[20:32]}@{domain}>"
    return f"<{h[:20].lower()}.{h[20:28].lower()}@{domain}>"


# --------------------------------------------------------------------------
# parts
# --------------------------------------------------------------------------

class Part:
    def __init__(self, headers, body: bytes):
        self.headers = list(headers)
        self.body = body

    def to_bytes(self) -> bytes:
        head = "".join(f"{k}: {v}\n" for k, v in self.headers)
        return head.encode("ascii") + b"\n" + self.body


def qp_encode(data: bytes) -> bytes:
    out = quopri.encodestring(data, quotetabs=False)
    # quopri leaves a lone '.' or 'From ' alone; that is fine for files.
    return out


def _b64(data: bytes) -> bytes:
    return base64.encodebytes(data)


def _encode_body(data: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        body = qp_encode(data)
    elif cte == "base64":
        body = _b64(data)
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert all(b < 128 for b in data), "7bit body with 8-bit bytes"
        body = data
    else:
        raise ValueError(cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return body


def text(s: str, charset: str = "utf-8", cte: str = "quoted-printable", subtype: str = "plain",
         flowed: bool = False, extra_params: str = "", headers_extra=(), errors: str = "strict") -> Part:
    data = s.replace("\r\n", "\n").encode(charset, errors)
    ctype = f"text/{subtype}; charset=\"{charset}\"" if subtype == "html" else f"text/{subtype}; charset={charset}"
    if flowed:
        ctype += "; format=flowed"
    if extra_params:
        ctype += "; " + extra_params
    if cte == "7bit" and any(b >= 128 for b in data):
        cte = "8bit"
    hs = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    hs += list(headers_extra)
    return Part(hs, _encode_body(data, cte))


def html(s: str, charset: str = "utf-8", cte: str = "quoted-printable") -> Part:
    return text(s, charset=charset, cte=cte, subtype="html")


def multipart(subtype: str, parts, boundary: str, extra_params: str = "", headers_extra=()) -> Part:
    ctype = f'multipart/{subtype};\n\tboundary="{boundary}"'
    if extra_params:
        ctype = f'multipart/{subtype}; {extra_params};\n\tboundary="{boundary}"'
    chunks = []
    for p in parts:
        chunks.append(f"--{boundary}\n".encode("ascii"))
        b = p.to_bytes()
        if not b.endswith(b"\n"):
            b += b"\n"
        chunks.append(b)
    chunks.append(f"--{boundary}--\n".encode("ascii"))
    return Part([("Content-Type", ctype)] + list(headers_extra), b"".join(chunks))


def _filename_params(filename: str) -> tuple[str, str]:
    """(name=..., filename=...) parameter text, RFC 2231 for non-ASCII names."""
    if _is_ascii(filename):
        return f'name="{filename}"', f'filename="{filename}"'
    from urllib.parse import quote
    q = quote(filename.encode("utf-8"), safe="")
    return f"name*=utf-8''{q}", f"filename*=utf-8''{q}"


def attachment(data: bytes, ctype: str, filename: str | None, disposition: str = "attachment",
               cid: str | None = None, cte: str = "base64", extra=()) -> Part:
    hs = []
    if filename:
        np, fp = _filename_params(filename)
        hs.append(("Content-Type", f"{ctype};\n\t{np}"))
        hs.append(("Content-Disposition", f"{disposition};\n\t{fp}"))
    else:
        hs.append(("Content-Type", ctype))
        if disposition:
            hs.append(("Content-Disposition", disposition))
    if cid:
        hs.append(("Content-ID", f"<{cid}>"))
    hs.append(("Content-Transfer-Encoding", cte))
    hs += list(extra)
    return Part(hs, _encode_body(data, cte))


def rfc822(inner: bytes, ctype: str = "message/rfc822", extra=()) -> Part:
    """Embed a complete message (bytes with LF line ends)."""
    inner = inner.replace(b"\r\n", b"\n")
    return Part([("Content-Type", ctype)] + list(extra), inner)


def raw_part(headers, body: str | bytes) -> Part:
    if isinstance(body, str):
        body = body.encode("ascii")
    return Part(headers, body)


def message(headers, part: Part, crlf: bool = True) -> bytes:
    """Top-level message: the given headers, MIME-Version, then the part."""
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}\n")
    lines.append("MIME-Version: 1.0\n")
    head = "".join(lines).encode("ascii")
    raw = head + part.to_bytes()
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw
