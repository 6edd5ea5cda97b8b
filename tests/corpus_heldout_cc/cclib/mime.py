"""Hand-rolled, deterministic MIME writer (fixed boundaries, CRLF output)."""
import base64
import quopri
import datetime as dt
from email.utils import format_datetime


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _ew1(s, charset, enc):
    raw = s.encode(charset)
    if enc == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii"))
    out = []
    for b in raw:
        c = chr(b)
        if c.isalnum() and b < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def ew(s, charset="utf-8", enc="B"):
    """Encode a header text as RFC 2047 encoded words (folded)."""
    if _is_ascii(s):
        return s
    words, cur = [], ""
    for ch in s:
        if cur and len(_ew1(cur + ch, charset, enc)) > 72:
            words.append(_ew1(cur, charset, enc))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew1(cur, charset, enc))
    return "\n ".join(words)


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    if _is_ascii(name):
        if any(c in name for c in ',.;:()<>@[]"'):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, enc), email)


def date_hdr(y, mo, d, h, mi, s, tzh, tzm=0):
    sign = 1 if tzh >= 0 else -1
    tz = dt.timezone(dt.timedelta(hours=tzh, minutes=sign * tzm))
    return format_datetime(dt.datetime(y, mo, d, h, mi, s, tzinfo=tz))


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes (already transfer-encoded) or list of parts

    def render(self):
        out = b""
        for n, v in self.headers:
            out += ("%s: %s\n" % (n, v)).encode("ascii")
        out += b"\n"
        if isinstance(self.body, bytes):
            out += self.body
        return out


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data.replace(b"\r\n", b"\n"))
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return enc
    # 7bit / 8bit
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", params="", extra=None):
    data = body.encode(charset)
    if cte == "7bit" and any(b > 127 for b in data):
        cte = "quoted-printable"
    ct = 'text/%s; charset="%s"%s' % (subtype, charset, params)
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return Part(hdrs, encode_body(data, cte))


def attachment(data, ctype, filename, cte="base64", inline=False, extra=None):
    disp = "inline" if inline else "attachment"
    hdrs = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
            ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
            ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return Part(hdrs, encode_body(data, cte))


def raw_part(headers, body_bytes):
    return Part(headers, body_bytes if body_bytes.endswith(b"\n") else body_bytes + b"\n")


class Multi(Part):
    def __init__(self, subtype, parts, boundary, params="", extra=None, preamble=None):
        hdrs = [("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary))]
        if extra:
            hdrs += extra
        super().__init__(hdrs, b"")
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def render(self):
        out = Part.render(self)
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n\n"
        for p in self.parts:
            out += ("--%s\n" % self.boundary).encode("ascii")
            out += p.render()
        out += ("--%s--\n" % self.boundary).encode("ascii")
        return out


def message(headers, root):
    """headers: list of (name, value), values already ASCII/encoded. Returns CRLF bytes."""
    out = b""
    for n, v in headers:
        if v is None:
            continue
        out += ("%s: %s\n" % (n, v)).encode("ascii")
    body = root.render()
    data = out + body
    assert b"\r" not in data
    return data.replace(b"\n", b"\r\n")
