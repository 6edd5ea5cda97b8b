"""Hand-rolled MIME assembly so every byte (boundaries, encodings) is under control."""
import base64
import binascii
import datetime as dt
import hashlib
from email.utils import format_datetime


def h(*parts, n=16):
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:n]


def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def body_encode(text, charset, cte):
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)  # strict on purpose
    if cte == "base64":
        return b64lines(data).encode("ascii")
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True)
    if cte == "7bit":
        data.decode("ascii")
    return data


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="", headers=()):
    lines = ['Content-Type: text/%s; charset="%s"%s' % (subtype, charset, params),
             "Content-Transfer-Encoding: %s" % cte]
    lines += list(headers)
    return ("\n".join(lines) + "\n\n").encode("ascii") + body_encode(text, charset, cte)


def multipart(subtype, parts, boundary, params="", preamble=""):
    out = ('Content-Type: multipart/%s;\n\tboundary="%s"%s\n\n' % (subtype, boundary, params)).encode("ascii")
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += b"--" + boundary.encode("ascii") + b"\n" + p
        if not p.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += b"--" + boundary.encode("ascii") + b"--\n"
    return out


def attachment(data, ctype, filename, disp="attachment", style="outlook"):
    if style == "outlook":
        hd = ('Content-Type: %s; name="%s"\nContent-Description: %s\n'
              'Content-Disposition: %s; filename="%s"; size=%d;\n\tcreation-date="Tue, 17 Nov 2026 08:00:00 GMT";\n'
              '\tmodification-date="Tue, 17 Nov 2026 08:00:00 GMT"\nContent-Transfer-Encoding: base64\n\n'
              % (ctype, filename, filename, disp, filename, len(data)))
    else:
        hd = ('Content-Type: %s; name="%s"\nContent-Disposition: %s; filename="%s"\n'
              'Content-Transfer-Encoding: base64\n\n' % (ctype, filename, disp, filename))
        if style == "gmail":
            hd = hd.replace("Content-Transfer-Encoding: base64\n\n",
                            "Content-Transfer-Encoding: base64\nContent-ID: <f_%s>\nX-Attachment-Id: f_%s\n\n"
                            % (h(filename, len(data), n=11), h(filename, len(data), n=11)))
    return hd.encode("ascii") + b64lines(data).encode("ascii")


def ew(s, charset="utf-8", enc="B"):
    """RFC 2047 encoded words, split on character boundaries."""
    if all(ord(c) < 128 for c in s):
        return s

    def mk(t):
        b = t.encode(charset)
        if enc == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode("ascii"))
        q = "".join(chr(x) if (x < 128 and chr(x).isalnum()) else ("_" if x == 32 else "=%02X" % x) for x in b)
        return "=?%s?Q?%s?=" % (charset, q)

    words, cur = [], ""
    for ch in s:
        if cur and len(mk(cur + ch)) > 72:
            words.append(mk(cur))
            cur = ch
        else:
            cur += ch
    words.append(mk(cur))
    return "\n ".join(words)


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()@"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, enc), email)


def rfcdate(s):
    """'2026-11-17 09:14:22 +0100' -> RFC 5322 date."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
    return format_datetime(d)


def message(headers, body_part):
    out = ""
    for k, v in headers:
        if v is None:
            continue
        v.encode("ascii")
        out += "%s: %s\n" % (k, v)
    raw = out.encode("ascii") + body_part
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
