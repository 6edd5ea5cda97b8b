"""Tiny deterministic MIME writer (CRLF line endings, fixed boundaries)."""
import base64
import hashlib
import quopri
import datetime as dt
from email.utils import format_datetime

CRLF = b"\r\n"


def h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def ew(s, charset="utf-8", enc="B"):
    """RFC 2047 encode a header text if it is not pure ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""
    for ch in s:
        test = cur + ch
        if cur and len(test.encode(charset)) > 36:
            words.append(cur)
            cur = ch
        else:
            cur = test
    words.append(cur)
    out = []
    for w in words:
        raw = w.encode(charset)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode()))
        else:
            q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                        ("_" if b == 32 else "=%02X" % b) for b in raw)
            out.append("=?%s?Q?%s?=" % (charset, q))
    return "\r\n ".join(out)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()@"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset), email)


def rfcdate(s):
    """'2026-11-16T09:14:03+01:00' -> RFC 5322 date."""
    return format_datetime(dt.datetime.fromisoformat(s))


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def to_bytes(self):
        out = b""
        for k, v in self.headers:
            out += ("%s: %s" % (k, v)).encode("ascii") + CRLF
        out += CRLF
        if self.parts is not None:
            if self.preamble:
                out += self.preamble.encode() + CRLF + CRLF
            for p in self.parts:
                out += b"--" + self.boundary.encode() + CRLF + p.to_bytes() + CRLF
            out += b"--" + self.boundary.encode() + b"--" + CRLF
        else:
            out += self.body
        return out


def _crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def encode_body(data, cte):
    if cte == "base64":
        return _crlf(base64.encodebytes(data))
    if cte == "quoted-printable":
        enc = quopri.encodestring(data.replace(b"\r\n", b"\n"))
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return _crlf(enc)
    if not data.endswith(b"\n"):
        data += b"\n"
    return _crlf(data)


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra=()):
    s = s.replace("\r\n", "\n")
    data = s.encode(charset)
    if cte == "base64":
        data = data.replace(b"\n", b"\r\n")
    if cte == "7bit" and any(b > 127 for b in data):
        raise ValueError("7bit with 8-bit data")
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct = "text/%s; charset=%s; format=flowed" % (subtype, charset)
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hdrs, encode_body(data, cte))


def att(data, ctype, filename, cte="base64", inline=False, extra=()):
    disp = "inline" if inline else "attachment"
    hdrs = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
            ("Content-Description", filename),
            ("Content-Disposition", '%s; filename="%s"; size=%d' % (disp, filename, len(data))),
            ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hdrs, encode_body(data, cte))


def multi(subtype, parts, boundary, params="", preamble=None, extra=()):
    ct = 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params)
    return Part([("Content-Type", ct)] + list(extra), parts=parts, boundary=boundary, preamble=preamble)


def raw_part(headers, body_text):
    return Part(headers, _crlf(body_text.encode("utf-8") if isinstance(body_text, str) else body_text))


def message(headers, root):
    """headers: list of (name, value); root: Part whose own headers are appended."""
    out = b""
    for k, v in headers:
        out += ("%s: %s" % (k, v)).encode("ascii") + CRLF
    return out + root.to_bytes()
