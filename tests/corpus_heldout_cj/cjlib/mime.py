"""Tiny deterministic MIME writer (standard library only)."""
import base64
import hashlib
import quopri
from email.header import Header
from email.utils import formataddr


def h(s, charset="utf-8", name="Subject"):
    """RFC 2047-encode a header value if it is not plain ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name=name).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "%s <%s>" % (Header(name, charset).encode(), email)


def boundary(style, seed):
    d = hashlib.md5(seed.encode()).hexdigest().upper()
    if style == "outlook":
        return "_%s_%s_" % ("000", "DB9PR0" + d[:6] + "EURP" + d[6:10] + "prod")
    if style == "outlook_classic":
        return "----=_NextPart_000_%s_%s.%s" % (d[:4], d[4:12], d[12:20])
    if style == "gmail":
        return "000000000000" + d[:16].lower()
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (d[:8], d[8:12], d[12:16], d[16:20], d[20:32])
    if style == "thunderbird":
        return "------------" + "".join(c for c in d if c.isalnum())[:24]
    return "=_%s" % d[:24].lower()


def encode_body(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body  # bytes

    def to_bytes(self):
        out = b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in self.headers)
        body = self.body
        if not body.endswith(b"\n"):
            body += b"\n"
        return out + b"\n" + body


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra=()):
    raw = s.replace("\r\n", "\n").encode(charset)
    ct = "text/%s; charset=%s" % (subtype, charset if charset.lower() != "utf-8" else "UTF-8")
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), encode_body(raw, cte))


def attachment(data, ctype, filename, inline=False, cid=None):
    hs = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
          ("Content-Disposition", '%s; filename="%s"' % ("inline" if inline else "attachment", filename)),
          ("Content-Transfer-Encoding", "base64")]
    if cid:
        hs.append(("Content-ID", "<%s>" % cid))
    return Part(hs, base64.encodebytes(data))


def multipart(subtype, parts, bnd, preamble=None, params=""):
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        body += b"--" + bnd.encode() + b"\n" + p.to_bytes()
    body += b"--" + bnd.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, bnd, params))], body)


def rfc822(inner_bytes, ctype="message/rfc822"):
    return Part([("Content-Type", ctype)], inner_bytes.replace(b"\r\n", b"\n"))


def message(headers, root, mime_version="1.0", crlf=True):
    out = b""
    for k, v in headers:
        if v is None:
            continue
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += ("MIME-Version: %s\n" % mime_version).encode("ascii")
    out += root.to_bytes()
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out
