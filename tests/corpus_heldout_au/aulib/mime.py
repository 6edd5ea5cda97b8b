"""A tiny, deterministic MIME composer.

Every part is a Part(headers, body) where headers is a list of (name, value)
pairs whose values are already 7-bit header text, and body is bytes with CRLF
line ends.  Nothing here is random: boundaries, Message-IDs and dates are all
passed in by the case definitions.
"""
from __future__ import annotations

import base64
import datetime as _dt
from email.utils import format_datetime

CRLF = b"\r\n"


class Part:
    def __init__(self, headers, body: bytes):
        self.headers = list(headers)
        self.body = body

    def to_bytes(self) -> bytes:
        return fmt_headers(self.headers) + CRLF + self.body


# ----------------------------------------------------------------- headers

def fmt_headers(headers) -> bytes:
    out = b""
    for name, value in headers:
        value = value.replace("\r\n", "\n").replace("\n", "\r\n")
        line = f"{name}: {value}".encode("ascii")
        out += line + CRLF
    return out


def _is_plain(s: str) -> bool:
    return all(32 <= ord(c) < 127 for c in s)


def _q_word(chunk: bytes) -> str:
    out = []
    for b in chunk:
        c = chr(b)
        if c.isalnum() and b < 128 or c in "!*+-/":
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % b)
    return "".join(out)


def ew(s: str, charset: str = "utf-8", enc: str = "B", fold: str = "\n ") -> str:
    """RFC 2047 encoded words (each <= 75 chars), split on character borders."""
    if _is_plain(s):
        return s
    words = []
    prefix = f"=?{charset}?{enc}?"
    limit = 75 - len(prefix) - 2
    cur = ""

    def encode(t):
        raw = t.encode(charset)
        if enc == "B":
            return base64.b64encode(raw).decode("ascii")
        return _q_word(raw)

    for ch in s:
        trial = cur + ch
        if len(encode(trial)) > limit and cur:
            words.append(prefix + encode(cur) + "?=")
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(prefix + encode(cur) + "?=")
    return fold.join(words)


def subj(prefix: str, s: str, charset="utf-8", enc="B") -> str:
    """'RE: ' + encoded text; the prefix stays plain like most clients do."""
    if _is_plain(s):
        return prefix + s
    return prefix + ew(s, charset, enc)


def addr(name: str | None, email: str, charset="utf-8", enc="B") -> str:
    if not name:
        return email
    if _is_plain(name):
        if any(c in name for c in ',.;:()<>@"[]\\'):
            name = '"' + name.replace('\\', '\\\\').replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    return f"{ew(name, charset, enc)} <{email}>"


def date(y, mo, d, h, mi, s, tz="+0100") -> str:
    sign = 1 if tz[0] == "+" else -1
    off = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return format_datetime(_dt.datetime(y, mo, d, h, mi, s, tzinfo=_dt.timezone(off)))


# ----------------------------------------------------------------- bodies

def _canon(text: str) -> str:
    return text.replace("\r\n", "\n")


def qp_encode(text: str, charset: str) -> bytes:
    lines_out = []
    for line in _canon(text).split("\n"):
        raw = line.encode(charset)
        toks = []
        for i, b in enumerate(raw):
            last = i == len(raw) - 1
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and not last):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                lines_out.append(cur + "=")
                cur = t
            else:
                cur += t
        lines_out.append(cur)
    return "\r\n".join(lines_out).encode("ascii")


def b64_encode(data: bytes) -> bytes:
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii") + CRLF


def text(s: str, subtype="plain", charset="utf-8", cte="quoted-printable", quote_cs=True,
         extra_ct="", extra_headers=()) -> Part:
    cs = f'"{charset}"' if quote_cs else charset
    hdrs = [("Content-Type", f"text/{subtype}; charset={cs}{extra_ct}"),
            ("Content-Transfer-Encoding", cte)] + list(extra_headers)
    if cte == "quoted-printable":
        body = qp_encode(s, charset)
    elif cte == "base64":
        body = b64_encode(_canon(s).replace("\n", "\r\n").encode(charset))
    elif cte in ("8bit", "7bit"):
        body = _canon(s).replace("\n", "\r\n").encode(charset)
        if cte == "7bit":
            assert all(b < 128 for b in body), "7bit body with 8-bit data"
    else:
        raise ValueError(cte)
    if not body.endswith(CRLF):
        body += CRLF
    return Part(hdrs, body)


def attachment(data: bytes, ctype: str, filename: str, inline=False, cte="base64",
               extra_headers=(), filename_header=None) -> Part:
    fn = filename_header or f'"{filename}"'
    disp = "inline" if inline else "attachment"
    hdrs = [("Content-Type", f"{ctype}; name={fn}"),
            ("Content-Disposition", f"{disp}; filename={fn}"),
            ("Content-Transfer-Encoding", cte)] + list(extra_headers)
    if cte == "base64":
        body = b64_encode(data)
    else:
        body = data if data.endswith(CRLF) else data + CRLF
    return Part(hdrs, body)


def multipart(subtype: str, parts, boundary: str, params="",
              preamble: str | None = None, extra_headers=()) -> Part:
    hdrs = [("Content-Type", f'multipart/{subtype};\n\tboundary="{boundary}"{params}')] + list(extra_headers)
    b = boundary.encode("ascii")
    body = b""
    if preamble:
        body += preamble.encode("ascii") + CRLF + CRLF
    for p in parts:
        body += b"--" + b + CRLF + p.to_bytes()
        if not body.endswith(CRLF):
            body += CRLF
    body += b"--" + b + b"--" + CRLF
    return Part(hdrs, body)


def rfc822(msg_bytes: bytes, extra_headers=(), ctype="message/rfc822") -> Part:
    hdrs = [("Content-Type", ctype)] + list(extra_headers)
    return Part(hdrs, msg_bytes if msg_bytes.endswith(CRLF) else msg_bytes + CRLF)


def raw_part(ctype: str, body: str, extra_headers=()) -> Part:
    """A part whose body is plain 7-bit text (message/delivery-status, text/rfc822-headers)."""
    b = _canon(body).replace("\n", "\r\n").encode("ascii")
    if not b.endswith(CRLF):
        b += CRLF
    return Part([("Content-Type", ctype)] + list(extra_headers), b)


def message(headers, part: Part, mime_version=True) -> bytes:
    hdrs = list(headers)
    if mime_version:
        hdrs.append(("MIME-Version", "1.0"))
    hdrs += part.headers
    return fmt_headers(hdrs) + CRLF + part.body
