"""Tiny deterministic MIME writer (no email.generator: we control every byte)."""
import base64
import binascii
import hashlib
import re
from email.utils import format_datetime
import datetime as dt

PY_CS = {"windows-1250": "cp1250", "windows-1251": "cp1251", "windows-1252": "cp1252",
         "windows-1253": "cp1253", "windows-1254": "cp1254", "windows-1255": "cp1255",
         "windows-1256": "cp1256", "windows-1257": "cp1257", "tis-620": "tis_620",
         "shift_jis": "shift_jis", "iso-2022-jp": "iso2022_jp", "gb2312": "gb2312", "gbk": "gbk",
         "big5": "big5", "euc-kr": "euc_kr", "koi8-r": "koi8_r", "koi8-u": "koi8_u"}


def pycs(cs):
    return PY_CS.get(cs.lower(), cs.lower())


def enc_bytes(text, cs):
    return text.encode(pycs(cs))


def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qp(data):
    out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False).decode("ascii")
    return out if out.endswith("\n") else out + "\n"


def encode_body(text_or_bytes, cs, cte):
    data = text_or_bytes if isinstance(text_or_bytes, bytes) else enc_bytes(text_or_bytes, cs)
    if cte == "base64":
        return b64lines(data).encode("ascii")
    if cte == "quoted-printable":
        return qp(data).encode("ascii")
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            data.decode("ascii")
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def ew(text, cs="utf-8", mode=None):
    """RFC 2047 encoded words (split so each word stays <= 75 chars)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    mode = mode or ("Q" if cs.lower().startswith(("iso-8859", "windows-125")) else "B")
    words, cur = [], ""

    def render(chunk):
        b = enc_bytes(chunk, cs)
        if mode == "B":
            payload = base64.b64encode(b).decode("ascii")
        else:
            payload = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else
                              ("_" if c == 32 else "=%02X" % c) for c in b)
        return "=?%s?%s?%s?=" % (cs, mode, payload)
    for ch in text:
        if len(render(cur + ch)) > 75:
            words.append(render(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(render(cur))
    return "\n ".join(words)


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if re.search(r'[,.;:()<>@"\[\]]', name):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, cs), email)


def fold(name, value):
    """Fold an ASCII header at spaces (encoded words already carry their own folds)."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or "\n" in value:
        return line
    out, cur = [], ""
    for tok in line.split(" "):
        if cur and len(cur) + 1 + len(tok) > 76:
            out.append(cur)
            cur = " " + tok
        else:
            cur = cur + " " + tok if cur else tok
    out.append(cur)
    return "\n".join(out)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes, or list of Part for multiparts
        self.boundary = None
        self.preamble = None

    def render(self):
        hs = "\n".join(fold(n, v) for n, v in self.headers).encode("ascii")
        if isinstance(self.body, list):
            chunks = [hs, b"\n\n"]
            if self.preamble:
                chunks.append(self.preamble.encode("ascii") + b"\n")
            for p in self.body:
                chunks += [b"--", self.boundary.encode("ascii"), b"\n", p.render(), b"\n"]
            chunks += [b"--", self.boundary.encode("ascii"), b"--\n"]
            return b"".join(chunks)
        return hs + b"\n\n" + self.body


def text(body, subtype="plain", cs="utf-8", cte="quoted-printable", flowed=False, extra=None, lang=None):
    ct = 'text/%s; charset="%s"' % (subtype, cs)
    if flowed:
        ct = "text/%s; charset=%s; format=flowed" % (subtype, cs)
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if lang:
        hs.append(("Content-Language", lang))
    return Part(hs + list(extra or []), encode_body(body, cs, cte))


def attachment(data, ctype, filename, inline=False, cs_name="utf-8", cte="base64", extra=None):
    try:
        filename.encode("ascii")
        fn = '"%s"' % filename
        dispo = '%s; filename="%s"' % ("inline" if inline else "attachment", filename)
    except UnicodeEncodeError:
        fn = '"%s"' % ew(filename, cs_name)
        dispo = '%s; filename="%s"' % ("inline" if inline else "attachment", ew(filename, cs_name))
    hs = [("Content-Type", "%s; name=%s" % (ctype, fn)), ("Content-Disposition", dispo),
          ("Content-Transfer-Encoding", cte)]
    if cte == "base64":
        body = b64lines(data).encode("ascii")
    else:
        body = data if data.endswith(b"\n") else data + b"\n"
    return Part(hs + list(extra or []), body)


def multipart(subtype, parts, boundary, params="", preamble=None):
    p = Part([("Content-Type", 'multipart/%s;%s boundary="%s"' % (subtype, params, boundary))], list(parts))
    p.boundary = boundary
    p.preamble = preamble
    return p


def raw_part(headers, body_bytes):
    return Part(headers, body_bytes if body_bytes.endswith(b"\n") else body_bytes + b"\n")


def message(headers, body, crlf=True):
    """headers: list of (name, value) in the order a client writes them; body: a Part."""
    top = "\n".join(fold(n, v) for n, v in headers).encode("ascii")
    rendered = body.render()
    data = top + b"\n" + rendered
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def rfcdate(y, mo, d, h, mi, s=0, tz=60):
    z = dt.timezone(dt.timedelta(minutes=tz))
    return format_datetime(dt.datetime(y, mo, d, h, mi, s, tzinfo=z))


def h(slug, n=16, salt=""):
    return hashlib.sha256((slug + "|" + salt).encode()).hexdigest()[:n]


def boundary(slug, style, k=0):
    x = h(slug, 32, "b%d" % k)
    if style == "outlook":
        m = "AM%dPR%02dMB%04d" % (int(x[0], 16) % 9 + 1, int(x[1:3], 16) % 99, int(x[3:7], 16) % 9999)
        return "_%03d_%s%s%seurp_" % (k, m, x[7:31].upper(), m)
    if style == "gmail":
        return "0000000000" + x[:18]
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(), x[20:32].upper())
    if style == "thunderbird":
        return "------------%s" % x[:24]
    return "----=_Part_%d_%s.%s" % (k, int(x[:8], 16) % 99999999, int(x[8:20], 16) % 10**13)


def msgid(slug, style, domain):
    x = h(slug, 40, "mid")
    if style == "outlook":
        return "<%s@%s.eurprd%02d.prod.outlook.com>" % (("AM%dPR%02dMB%04d" % (int(x[0], 16) % 9 + 1, int(x[1:3], 16) % 99, int(x[3:7], 16) % 9999)) + x[7:31].upper(),
                                                     "AM%dPR%02dMB%04d" % (int(x[0], 16) % 9 + 1, int(x[1:3], 16) % 99, int(x[3:7], 16) % 9999), int(x[31:33], 16) % 10)
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(x)).decode().replace("/", "_").replace("=", "")
        return "<CA%s@mail.gmail.com>" % b[:44]
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(), x[20:32].upper(), domain)
    if style == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)
    return "<%s.%s@%s>" % (int(x[:10], 16), x[10:22], domain)
