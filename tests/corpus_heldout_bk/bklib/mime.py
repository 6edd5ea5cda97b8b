"""Hand-rolled MIME assembly so that every byte (boundaries, encodings) is fixed."""
import base64
import binascii
import datetime as dt
import hashlib

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc_date(stamp, tz="+0100"):
    """'2026-11-12 14:03:11' -> 'Thu, 12 Nov 2026 14:03:11 +0100' (weekday computed)."""
    if len(stamp) == 16:
        stamp += ":00"
    d = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    return f"{WD[d.weekday()]}, {d.day:02d} {MON[d.month - 1]} {d.year} {d:%H:%M:%S} {tz}"


def h(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def uuid_like(seed):
    x = hashlib.sha1(seed.encode("utf-8")).hexdigest().upper()
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-A{x[17:20]}-{x[20:32]}"


def b64(data):
    s = base64.b64encode(data)
    return b"\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + b"\n"


def qp(data):
    out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    return out if out.endswith(b"\n") else out + b"\n"


# ---------------------------------------------------------------- headers

def _q_word(chunk, charset):
    out = []
    for b in chunk.encode(charset):
        c = chr(b)
        if c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def _b_word(chunk, charset):
    return "=?%s?B?%s?=" % (charset, base64.b64encode(chunk.encode(charset)).decode())


def enc(s, charset="utf-8", mode=None):
    """Encode a header value as RFC 2047 encoded words when it is not ASCII."""
    if s.isascii():
        return s
    if mode is None:
        mode = "Q" if charset.lower().startswith(("iso-8859", "windows-125")) and charset.lower() not in (
            "iso-8859-5", "iso-8859-7", "iso-8859-8", "windows-1251", "windows-1253", "windows-1255",
            "windows-1256") else "B"
    make = _q_word if mode == "Q" else _b_word
    words, cur = [], ""
    for ch in s:
        if len(make(cur + ch, charset)) > 72 and cur:
            words.append(make(cur, charset))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(make(cur, charset))
    return "\n ".join(words)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if name.isascii():
        if any(c in name for c in ',.;:()@"'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (enc(name, charset), email)


# ---------------------------------------------------------------- entities

def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", params="", headers=()):
    s = s.replace("\r\n", "\n")
    data = s.encode(charset)
    if not data.endswith(b"\n"):
        data += b"\n"
    if cte == "quoted-printable":
        body = qp(data)
    elif cte == "base64":
        body = b64(data)
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            data.decode("ascii")
        body = data
    else:
        raise ValueError(cte)
    hdr = 'Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (subtype, charset, params, cte)
    for k, v in headers:
        hdr += "%s: %s\n" % (k, v)
    return hdr.encode("ascii") + b"\n" + body


def attachment(data, ctype, filename, inline=False, extra=()):
    hdr = 'Content-Type: %s; name="%s"\n' % (ctype, filename)
    for k, v in extra:
        hdr += "%s: %s\n" % (k, v)
    hdr += 'Content-Disposition: %s; filename="%s"\nContent-Transfer-Encoding: base64\n' % (
        "inline" if inline else "attachment", filename)
    return hdr.encode("ascii") + b"\n" + b64(data)


def raw_part(headers, body):
    """An entity from ready-made header lines and body bytes (message/rfc822, delivery-status ...)."""
    hdr = "".join("%s: %s\n" % (k, v) for k, v in headers)
    if not body.endswith(b"\n"):
        body += b"\n"
    return hdr.encode("ascii") + b"\n" + body


def multipart(subtype, parts, boundary, params="", preamble=""):
    out = ('Content-Type: multipart/%s;\n\tboundary="%s"%s\n\n' % (subtype, boundary, params)).encode("ascii")
    if preamble:
        out += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        out += b"--" + boundary.encode("ascii") + b"\n" + p
        if not p.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += b"--" + boundary.encode("ascii") + b"--\n"
    return out


def message(headers, root, mime_version=True):
    """headers: list of (name, value) already ASCII-safe. root: entity bytes (with its own headers)."""
    head = ""
    for k, v in headers:
        if v is None:
            continue
        v.encode("ascii")
        head += "%s: %s\n" % (k, v)
        if k == "Message-ID" and mime_version:
            pass
    if mime_version:
        head += "MIME-Version: 1.0\n"
    return head.encode("ascii") + root
