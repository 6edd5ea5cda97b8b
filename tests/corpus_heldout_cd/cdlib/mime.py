"""Tiny, deterministic MIME writer (bytes out, CRLF line ends)."""
import base64
import datetime as dt
import hashlib
import quopri
from email.utils import format_datetime

SAFE_Q = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def h(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def uuid_like(seed):
    x = hashlib.sha1(seed.encode("utf-8")).hexdigest().upper()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def parse_date(s):
    """'2026-11-17 09:12:33 +0100' -> aware datetime"""
    d, t, z = s.split()
    sign = 1 if z[0] == "+" else -1
    off = dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])) * sign
    return dt.datetime.fromisoformat(f"{d}T{t}").replace(tzinfo=dt.timezone(off))


def rfc_date(s):
    return format_datetime(parse_date(s))


def _word(s, charset, enc):
    data = s.encode(charset)
    if enc == "B":
        return f"=?{charset}?B?{base64.b64encode(data).decode()}?="
    out = []
    for b in data:
        if b in SAFE_Q:
            out.append(chr(b))
        elif b == 0x20:
            out.append("_")
        else:
            out.append(f"={b:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def ew(s, charset="utf-8", enc="B"):
    """RFC 2047 encode a header text (whole text as encoded words, folded)."""
    if all(ord(c) < 128 for c in s):
        return s
    words, chunk = [], ""
    for ch in s:
        cand = chunk + ch
        if chunk and len(_word(cand, charset, enc)) > 74:
            words.append(_word(chunk, charset, enc))
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(_word(chunk, charset, enc))
    return "\n ".join(words)


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@"[]'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, charset, enc)} <{email}>"


def encode_body(data, cte):
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
    elif cte == "base64":
        out = base64.encodebytes(data)
    else:
        out = data
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


class Part:
    def __init__(self, headers, body=None, parts=None, boundary=None, preamble=None):
        self.headers = headers          # list of (name, value)
        self.body = body                # bytes (already encoded)
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def render(self):
        out = b""
        for n, v in self.headers:
            out += f"{n}: {v}\n".encode("ascii")
        out += b"\n"
        if self.parts is None:
            return out + self.body
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        for p in self.parts:
            out += f"--{self.boundary}\n".encode("ascii") + p.render()
            if not out.endswith(b"\n\n"):
                out += b"\n"
        out += f"--{self.boundary}--\n".encode("ascii")
        return out


def text(content, subtype="plain", charset="utf-8", cte="quoted-printable", params="", extra=()):
    data = content.encode(charset) if isinstance(content, str) else content
    if cte == "7bit" and any(b > 127 for b in data):
        cte = "8bit"
    ct = f"text/{subtype}; charset=\"{charset}\"{params}"
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hs, encode_body(data, cte))


def attachment(data, ctype, filename, cte="base64", disp="attachment", extra=()):
    if isinstance(data, str):
        data = data.encode("utf-8")
    hs = [("Content-Type", f'{ctype}; name="{filename}"'),
          ("Content-Disposition", f'{disp}; filename="{filename}"'),
          ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hs, encode_body(data, cte))


def raw_part(ctype, data, cte="7bit", extra=()):
    hs = [("Content-Type", ctype)]
    if cte:
        hs.append(("Content-Transfer-Encoding", cte))
    hs += list(extra)
    return Part(hs, data if data.endswith(b"\n") else data + b"\n")


def multi(subtype, boundary, parts, params="", preamble=None, extra=()):
    hs = [("Content-Type", f'multipart/{subtype};{params} boundary="{boundary}"' if params
           else f'multipart/{subtype}; boundary="{boundary}"')] + list(extra)
    return Part(hs, parts=parts, boundary=boundary, preamble=preamble)


def message(headers, root, mime_version=True):
    """headers: list of (name, value); returns CRLF bytes."""
    out = b""
    for n, v in headers:
        out += f"{n}: {v}\n".encode("ascii")
    if mime_version:
        out += b"MIME-Version: 1.0\n"
    out += root.render()
    return out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
