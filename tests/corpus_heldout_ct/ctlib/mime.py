"""Small, deterministic MIME builder.

The stdlib ``email`` package is used for what it is good at (RFC 2822 dates,
address quoting rules, base64 / quoted-printable codecs), but messages are
assembled by hand so that every charset, transfer encoding, boundary and
header order is exactly the one a given mail client would produce.
"""
import base64
import codecs
import datetime as dt
import hashlib
import quopri
from email.utils import format_datetime

__all__ = [
    "Part", "text", "attachment", "multipart", "rfc822", "raw_part",
    "ew", "addr", "when", "rfc_date", "mid", "bnd", "mail", "received",
]


def _codec(charset):
    return codecs.lookup(charset).name


def _nl(s):
    return s.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------- headers

_ESPECIALS = set('()<>@,;:"/[]?.=_')


def _q_encode(b):
    out = []
    for byte in b:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif 33 <= byte <= 126 and c not in _ESPECIALS:
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def ew(text, charset="utf-8", mode="B"):
    """RFC 2047 encoded words (no-op for plain ASCII text)."""
    try:
        text.encode("ascii")
        if "=?" not in text:
            return text
    except UnicodeEncodeError:
        pass
    codec = _codec(charset)
    words, cur = [], ""

    def enc(s):
        raw = s.encode(codec)
        if mode.upper() == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii"))
        return "=?%s?Q?%s?=" % (charset, _q_encode(raw))

    for ch in text:
        if cur and len(enc(cur + ch)) > 75:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return " ".join(words)


def addr(name, email, charset="utf-8", mode="B"):
    if not name:
        return email
    try:
        name.encode("ascii")
        ascii_name = True
    except UnicodeEncodeError:
        ascii_name = False
    if ascii_name:
        if any(c in name for c in '()<>@,;:\\".[]'):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, mode), email)


def fold(name, value, width=78):
    """Fold an (already ASCII) header at whitespace."""
    line = "%s: %s" % (name, value)
    if len(line) <= width or "\n" in value:
        return line
    tokens = line.split(" ")
    # the first value token always stays on the header line (no empty first line)
    out, cur = [], tokens[0] + " " + tokens[1]
    for tok in tokens[2:]:
        if len(cur) + 1 + len(tok) > width and cur.strip():
            out.append(cur)
            cur = " " + tok
        else:
            cur += " " + tok
    out.append(cur)
    return "\n".join(out)


def when(y, mo, d, h, mi, s=0, tzh=0, tzm=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=tzh, minutes=tzm)))


def rfc_date(t):
    return format_datetime(t)


def _h(seed, n=40):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha1(("%s/%d" % (seed, i)).encode()).hexdigest()
        i += 1
    return out[:n]


def mid(style, seed, domain="mail.example"):
    h = _h(seed, 64)
    if style == "outlook":
        box = "AM%dPR0%dMB%s" % (int(h[0], 16) % 9 + 1, int(h[1], 16) % 9 + 1, h[2:6].upper())
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (box, h[6:30].upper(), box, int(h[1], 16) % 9 + 1)
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h[:60])).decode().replace("/", "_")[:43]
        return "<CA%s@mail.gmail.com>" % b
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                       h[16:20].upper(), h[20:32].upper(), domain)
    if style == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    if style == "exchange":
        return "<%s%s@%s>" % (h[:12].upper(), h[12:20].upper(), domain)
    if style == "foxmail":
        return "<tencent_%s@qq.example>" % h[:32].upper() if domain == "qq" else "<%s@%s>" % (h[:24].upper(), domain)
    # generic MTA style
    return "<%s.%s@%s>" % (h[:14], h[14:20].upper(), domain)


def bnd(style, seed):
    h = _h("b" + seed, 48)
    if style == "outlook":
        return "_000_%s%s_" % ("AM6PR04MB" + h[:4].upper(), h[4:30].upper())
    if style == "outlook2":
        return "_004_%s_" % h[:36].upper()
    if style == "gmail":
        return "0000000000%s" % h[:18]
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                            h[16:20].upper(), h[20:32].upper())
    if style == "thunderbird":
        return "------------%s" % base64.b64encode(bytes.fromhex(h[:36])).decode().replace("/", "0").replace("+", "1")[:24]
    if style == "mta":
        return "%s.%s/%s" % (h[:10].upper(), h[10:16], "mx1.corvane.example")
    return "----=_Part_%d_%d.%d" % (int(h[:6], 16), int(h[6:14], 16), 1764000000000 + int(h[14:20], 16))


# ---------------------------------------------------------------- parts

class Part:
    def __init__(self, headers=None, body=b"", parts=None, boundary=None, preamble=None, epilogue=None):
        self.headers = list(headers or [])
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self, top_headers=()):
        lines = [fold(k, v) for k, v in list(top_headers) + self.headers]
        out = ("\n".join(lines) + "\n\n").encode("ascii")
        if self.parts is None:
            body = self.body
            if not body.endswith(b"\n"):
                body += b"\n"
            return out + body
        b = self.boundary.encode("ascii")
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n\n"
        for p in self.parts:
            out += b"--" + b + b"\n" + p.render() + b"\n"
        out += b"--" + b + b"--\n"
        if self.epilogue:
            out += self.epilogue.encode("ascii")
        return out


def _encode_body(raw, cte):
    cte = cte.lower()
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    if cte == "8bit":
        return raw
    raise ValueError(cte)


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", params="", extra=(), ct_style="quoted"):
    s = _nl(s)
    if not s.endswith("\n"):
        s += "\n"
    raw = s.encode(_codec(charset))
    if ct_style == "quoted":
        ct = 'text/%s; charset="%s"%s' % (subtype, charset, params)
    else:
        ct = "text/%s; charset=%s%s" % (subtype, charset, params)
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(headers, _encode_body(raw, cte))


def attachment(data, ctype, filename, cte="base64", disposition="attachment", name_style="plain",
               charset="utf-8", extra=()):
    try:
        filename.encode("ascii")
        fn_ascii = True
    except UnicodeEncodeError:
        fn_ascii = False
    if fn_ascii:
        ct = '%s; name="%s"' % (ctype, filename)
        cd = '%s; filename="%s"' % (disposition, filename)
    elif name_style == "rfc2231":
        from urllib.parse import quote
        enc = quote(filename.encode(_codec(charset)), safe="")
        ct = "%s; name*=%s''%s" % (ctype, charset, enc)
        cd = "%s; filename*=%s''%s" % (disposition, charset, enc)
    else:  # Outlook style: encoded word inside quotes
        w = ew(filename, charset, "B")
        ct = '%s; name="%s"' % (ctype, w)
        cd = '%s; filename="%s"' % (disposition, w)
    headers = [("Content-Type", ct)] + list(extra) + [("Content-Disposition", cd), ("Content-Transfer-Encoding", cte)]
    return Part(headers, _encode_body(data, cte))


def multipart(subtype, parts, boundary, params="", preamble=None, extra=()):
    ct = 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params)
    return Part([("Content-Type", ct)] + list(extra), parts=parts, boundary=boundary, preamble=preamble)


def rfc822(msg_bytes, extra=()):
    return Part([("Content-Type", "message/rfc822")] + list(extra), _nl_bytes(msg_bytes))


def raw_part(ctype, body, extra=()):
    if isinstance(body, str):
        body = _nl(body).encode("ascii")
    return Part([("Content-Type", ctype)] + list(extra), body)


def _nl_bytes(b):
    return b.replace(b"\r\n", b"\n")


def received(from_host, from_ip, by_host, t, rcpt, proto="ESMTPS", sid="4Qx"):
    cet = t.astimezone(dt.timezone(dt.timedelta(hours=1))) + dt.timedelta(seconds=3)
    return ("Received",
            "from %s (%s [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s (CET)" % (
                from_host, from_host, from_ip, by_host, proto, sid, rcpt, format_datetime(cet)))


def mail(frm, to, subject, date, msgid, body, cc=None, in_reply_to=None, references=None,
         extra=(), pre=(), hdr_charset="utf-8", hdr_mode="B", crlf=False, mime_version=True):
    """Assemble a complete message.

    frm / to / cc are (name, email) tuples or lists of them; ``pre`` are trace
    headers (Return-Path, Received) placed on top; ``extra`` are placed after
    the standard headers.
    """
    def fmt(a):
        if isinstance(a, list):
            return ", ".join(fmt(x) for x in a)
        if isinstance(a, tuple):
            return addr(a[0], a[1], hdr_charset, hdr_mode)
        return a

    hs = list(pre)
    hs.append(("From", fmt(frm)))
    hs.append(("To", fmt(to)))
    if cc:
        hs.append(("Cc", fmt(cc)))
    hs.append(("Subject", ew(subject, hdr_charset, hdr_mode)))
    hs.append(("Date", rfc_date(date) if isinstance(date, dt.datetime) else date))
    hs.append(("Message-ID", msgid))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    if references:
        hs.append(("References", references))
    hs.extend(extra)
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    out = body.render(top_headers=hs)
    if crlf:
        out = out.replace(b"\n", b"\r\n")
    return out
