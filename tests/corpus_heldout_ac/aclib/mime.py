"""Tiny deterministic MIME writer.

Parts are built bottom-up as (headers, body-bytes) pairs and serialised with
fixed boundaries, so the output is byte-for-byte reproducible.  Text is
written with LF and converted to CRLF once at the end (as over IMAP).
"""
from __future__ import annotations

import base64
import quopri
from email.utils import formataddr


class Part:
    def __init__(self, headers, body: bytes):
        self.headers = list(headers)
        self.body = body

    def to_bytes(self) -> bytes:
        out = []
        for k, v in self.headers:
            out.append(f"{k}: {v}\n".encode("ascii"))
        out.append(b"\n")
        out.append(self.body)
        return b"".join(out)


def _ew(s: str, charset: str, enc: str = "B") -> list:
    """Encode s as RFC 2047 encoded words of at most 75 characters, split on character boundaries."""
    words, cur = [], ""

    def word(t):
        raw = t.encode(charset)
        if enc == "B":
            return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
        q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ("_" if b == 32 else "=%02X" % b)
                    for b in raw)
        return f"=?{charset}?Q?{q}?="

    for ch in s:
        if cur and len(word(cur + ch)) > 75:
            words.append(word(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(word(cur))
    return words


def h(s: str, charset: str = "utf-8", name: str = "Subject", enc: str = "B") -> str:
    """RFC 2047-encode a header value when it is not plain ASCII (whole value, folded)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "\n ".join(_ew(s, charset, enc))


def addr(name: str, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "\n ".join(_ew(name, charset, "B")) + f" <{email}>"


def _encode(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return enc
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            data.decode("ascii")  # raise if not 7bit clean
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         params: str = "", extra=()) -> Part:
    data = body.encode(charset)
    headers = [("Content-Type", f'text/{subtype}; charset="{charset}"{params}'),
               ("Content-Transfer-Encoding", cte)]
    headers += list(extra)
    return Part(headers, _encode(data, cte))


def html(body: str, charset: str = "utf-8", cte: str = "quoted-printable", extra=()) -> Part:
    return text(body, "html", charset, cte, extra=extra)


def attachment(data: bytes, ctype: str, filename: str, disposition: str = "attachment",
               cte: str = "base64", cid: str | None = None, name_param: bool = True) -> Part:
    try:
        filename.encode("ascii")
        fn = f'filename="{filename}"'
        nm = f'; name="{filename}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        fn = "filename*=utf-8''" + quote(filename)
        nm = "; name*=utf-8''" + quote(filename)
    headers = [("Content-Type", ctype + (nm if name_param else "")),
               ("Content-Disposition", f"{disposition}; {fn}"),
               ("Content-Transfer-Encoding", cte)]
    if cid:
        headers.append(("Content-ID", f"<{cid}>"))
    return Part(headers, _encode(data, cte))


def multipart(subtype: str, boundary: str, parts, preamble: str | None = None, params: str = "",
              extra=()) -> Part:
    chunks = []
    if preamble:
        chunks.append(preamble.encode("ascii") + b"\n")
    for p in parts:
        chunks.append(f"--{boundary}\n".encode("ascii"))
        chunks.append(p.to_bytes())
        if not chunks[-1].endswith(b"\n"):
            chunks.append(b"\n")
    chunks.append(f"--{boundary}--\n".encode("ascii"))
    headers = [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{params}')]
    headers += list(extra)
    return Part(headers, b"".join(chunks))


def rfc822(msg_bytes: bytes, ctype: str = "message/rfc822") -> Part:
    body = msg_bytes.replace(b"\r\n", b"\n")
    return Part([("Content-Type", ctype), ("Content-Disposition", "inline")], body)


def delivery_status(per_message: list, per_recipient: list) -> Part:
    """message/delivery-status with one per-message block and per-recipient blocks."""
    blocks = ["\n".join(f"{k}: {v}" for k, v in per_message)]
    for rec in per_recipient:
        blocks.append("\n".join(f"{k}: {v}" for k, v in rec))
    body = ("\n\n".join(blocks) + "\n").encode("ascii")
    return Part([("Content-Type", "message/delivery-status"), ("Content-Description", "Delivery report")], body)


def message(headers, part: Part) -> bytes:
    """Serialise a top-level message; headers is a list of (name, value); MIME-Version is added."""
    out = []
    names = [k.lower() for k, _ in headers]
    for k, v in headers:
        out.append(f"{k}: {h(v)}\n".encode("ascii"))
    if "mime-version" not in names:
        out.append(b"MIME-Version: 1.0\n")
    raw = b"".join(out) + part.to_bytes()
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def esc(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def quote_lines(text_: str, prefix: str = "> ") -> str:
    out = []
    for line in text_.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        else:
            out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out)
