"""Minimal, deterministic MIME writer (standard library only).

Everything is built as text with CRLF line ends; boundaries, Message-IDs and
dates are always passed in by the caller, so output is byte-for-byte stable.
"""
import base64
import datetime as _dt

CRLF = "\r\n"


# ---------------------------------------------------------------- headers
def _b_word(raw: bytes, charset: str) -> str:
    return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii"))


def _q_word(raw: bytes, charset: str) -> str:
    out = []
    for b in raw:
        c = chr(b)
        if b == 0x20:
            out.append("_")
        elif 33 <= b <= 126 and c not in "=?_\"(),.:;<>@[\\]":
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def ew(text: str, charset: str = "utf-8", enc: str = "B") -> str:
    """RFC 2047 encode text if it is not plain ASCII; fold into words <= 75 chars."""
    if all(ord(c) < 128 for c in text):
        return text
    try:
        text.encode(charset)
    except UnicodeEncodeError:  # as clients do: fall back to UTF-8 for the header
        charset, enc = "utf-8", "B"
    mk = _b_word if enc.upper() == "B" else _q_word
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        if cur and len(mk(trial.encode(charset), charset)) > 75:
            words.append(mk(cur.encode(charset), charset))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(mk(cur.encode(charset), charset))
    return (CRLF + " ").join(words)


def addr(name: str, email: str, charset: str = "utf-8", enc: str = "B") -> str:
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@"[]'):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, enc), email)


def date_hdr(d: _dt.datetime) -> str:
    """RFC 5322 date from an aware datetime."""
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s, %02d %s %d %02d:%02d:%02d %s%02d%02d" % (
        days[d.weekday()], d.day, mons[d.month - 1], d.year, d.hour, d.minute, d.second,
        sign, mins // 60, mins % 60)


def fold_ids(ids) -> str:
    return (CRLF + " ").join(ids)


# ---------------------------------------------------------------- bodies
def qp_encode(data: bytes) -> str:
    """Quoted-printable (RFC 2045) with CRLF line ends and 76-char soft wrapping."""
    lines = data.split(b"\n")
    out = []
    for raw in lines:
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        toks = []
        for i, b in enumerate(raw):
            if b in (0x20, 0x09) and i == len(raw) - 1:
                toks.append("=%02X" % b)
            elif (33 <= b <= 126 and b != 0x3D) or b in (0x20, 0x09):
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
    return CRLF.join(out)


def b64_encode(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)  # list of (name, value)
        self.body = body              # str (ASCII) or list of Part for multipart
        self.boundary = None
        self.preamble = None

    def render(self) -> str:
        h = "".join("%s: %s%s" % (k, v, CRLF) for k, v in self.headers)
        if not isinstance(self.body, list):
            return h + CRLF + self.body
        out = h + CRLF
        if self.preamble:
            out += self.preamble + CRLF + CRLF
        for i, p in enumerate(self.body):
            out += ("" if i == 0 else CRLF) + "--" + self.boundary + CRLF + p.render()
        out += CRLF + "--" + self.boundary + "--" + CRLF
        return out


def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         params: str = "", extra_headers=(), quote_charset=False) -> Part:
    data = _norm(body).encode(charset)
    if cte == "7bit":
        assert all(b < 128 for b in data), "7bit body contains 8-bit data"
        enc = _norm(body).replace("\n", CRLF)
    elif cte == "8bit":
        enc = data.replace(b"\n", b"\r\n").decode("latin-1")  # bytes carried through as latin-1 code points
    elif cte == "quoted-printable":
        enc = qp_encode(data)
    elif cte == "base64":
        enc = b64_encode(data)
    else:
        raise ValueError(cte)
    if not enc.endswith(CRLF):
        enc += CRLF
    cs = '"%s"' % charset if quote_charset else charset
    ct = "text/%s; charset=%s%s" % (subtype, cs, params)
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra_headers)
    return Part(hdrs, enc)


def multipart(subtype: str, parts, boundary: str, params: str = "", preamble=None, extra_headers=()) -> Part:
    p = Part([("Content-Type", 'multipart/%s;%s boundary="%s"%s' % (subtype, CRLF + "\t", boundary, params))]
             + list(extra_headers), list(parts))
    p.boundary = boundary
    p.preamble = preamble
    return p


def attachment(data: bytes, ctype: str, filename: str, disposition: str = "attachment",
               cte: str = "base64", extra_headers=(), size_param=False) -> Part:
    fname = filename
    if not all(ord(c) < 128 for c in filename):
        fname = ew(filename)
    disp = '%s; filename="%s"' % (disposition, fname)
    if size_param:
        disp += "; size=%d" % len(data)
    hdrs = [("Content-Type", '%s; name="%s"' % (ctype, fname)),
            ("Content-Disposition", disp),
            ("Content-Transfer-Encoding", cte)] + list(extra_headers)
    if cte == "base64":
        body = b64_encode(data) + CRLF
    elif cte == "7bit":
        s = data.decode("ascii")
        body = _norm(s).replace("\n", CRLF)
        if not body.endswith(CRLF):
            body += CRLF
    elif cte == "quoted-printable":
        body = qp_encode(data) + CRLF
    else:
        raise ValueError(cte)
    return Part(hdrs, body)


def raw_part(headers, body: str) -> Part:
    body = _norm(body).replace("\n", CRLF)
    if not body.endswith(CRLF):
        body += CRLF
    return Part(headers, body)


def message(headers, root: Part, mime_version=True) -> bytes:
    """headers: list of (name, value) in order. Values must be ASCII (use ew/addr)."""
    hs = list(headers)
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    for k, v in hs:
        assert all(ord(c) < 128 for c in v), (k, v)
    top = "".join("%s: %s%s" % (k, v, CRLF) for k, v in hs)
    s = top + root.render()
    return s.encode("latin-1")
