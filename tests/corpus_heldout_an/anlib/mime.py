"""Tiny deterministic MIME assembler.

Parts are built as raw text with LF line ends; `message()` joins headers and
body and converts to CRLF, as a message fetched over IMAP would be.
"""
from __future__ import annotations

import base64
import email.quoprimime
from email.header import Header
from email.utils import formataddr


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value) already encoded
        self.body = body        # str (ASCII or latin-1 mapped bytes for 8bit)

    def render(self):
        h = "".join(f"{n}: {v}\n" for n, v in self.headers)
        return h + "\n" + self.body


def _words(value, charset, mode="b", limit=42):
    """RFC 2047 encoded-words, split on character boundaries, charset label as given."""
    chunks, cur = [], ""
    for ch in value:
        if cur and len((cur + ch).encode(charset)) > limit:
            chunks.append(cur.encode(charset))
            cur = ""
        cur += ch
    if cur:
        chunks.append(cur.encode(charset))
    out = []
    for c in chunks:
        if mode == "b":
            out.append(f"=?{charset}?b?{base64.b64encode(c).decode()}?=")
        else:
            q = "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else
                        ("_" if x == 32 else "=%02X" % x) for x in c)
            out.append(f"=?{charset}?q?{q}?=")
    return "\n ".join(out)


def enc_header(value, charset="utf-8", mode="b"):
    """RFC 2047-encode a free-text header value when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return _words(value, charset, mode)


def addr(name, email_addr, charset="utf-8", mode="b"):
    if not name:
        return email_addr
    try:
        name.encode("ascii")
        return formataddr((name, email_addr))
    except UnicodeEncodeError:
        return f"{_words(name, charset, mode)} <{email_addr}>"


def _encode_body(raw: bytes, cte: str) -> str:
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        s = raw.decode("latin-1").replace("\r\n", "\n")
        out = email.quoprimime.body_encode(s, maxlinelen=76, eol="\n")
        return out if out.endswith("\n") else out + "\n"
    if cte in ("7bit", "8bit"):
        s = raw.decode("latin-1")
        return s if s.endswith("\n") else s + "\n"
    raise ValueError(cte)


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra=None):
    raw = body.encode(charset)
    if cte == "7bit":
        raw.decode("ascii")  # must be ASCII
    ctype = f"text/{subtype}; charset=\"{charset}\""
    if flowed:
        ctype += "; format=flowed"
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    if extra:
        headers += extra
    return Part(headers, _encode_body(raw, cte))


def html(body, charset="utf-8", cte="quoted-printable", extra=None):
    return text(body, "html", charset, cte, extra=extra)


def attachment(data: bytes, ctype, filename, inline=False, extra=None, cte="base64"):
    disp = "inline" if inline else "attachment"
    headers = [("Content-Type", f"{ctype}; name=\"{filename}\""),
               ("Content-Disposition", f"{disp}; filename=\"{filename}\""),
               ("Content-Transfer-Encoding", cte)]
    if extra:
        headers += extra
    return Part(headers, _encode_body(data, cte))


def multipart(subtype, parts, boundary, extra_params=""):
    body = ""
    if subtype != "alternative" or True:
        body = ""
    for p in parts:
        body += f"--{boundary}\n" + p.render()
        if not body.endswith("\n"):
            body += "\n"
    body += f"--{boundary}--\n"
    return Part([("Content-Type", f"multipart/{subtype}; boundary=\"{boundary}\"{extra_params}")], body)


def rfc822(raw_msg: str, headers_only=False):
    ctype = "text/rfc822-headers" if headers_only else "message/rfc822"
    return Part([("Content-Type", ctype)], raw_msg if raw_msg.endswith("\n") else raw_msg + "\n")


def delivery_status(per_message: list, per_recipient: list[list]):
    """per_message: [(name, value)], per_recipient: [[(name, value)], ...]."""
    blocks = ["".join(f"{n}: {v}\n" for n, v in per_message)]
    for r in per_recipient:
        blocks.append("".join(f"{n}: {v}\n" for n, v in r))
    return Part([("Content-Type", "message/delivery-status")], "\n".join(blocks))


def message(headers, body: Part, mime_version=True) -> bytes:
    hs = list(headers)
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    hs += body.headers
    out = "".join(f"{n}: {v}\n" for n, v in hs) + "\n" + body.body
    out = out.replace("\r\n", "\n").replace("\n", "\r\n")
    return out.encode("latin-1")
