"""Hand-rolled, deterministic MIME assembly (LF while building, CRLF on output)."""
import base64
import quopri
import hashlib

CODEC = {"windows-1250": "cp1250", "windows-1251": "cp1251", "windows-1252": "cp1252",
         "windows-1253": "cp1253", "windows-1254": "cp1254", "windows-1255": "cp1255",
         "windows-1256": "cp1256", "windows-1257": "cp1257", "tis-620": "tis_620"}


def codec(cs):
    return CODEC.get(cs.lower(), cs.lower())


def hexid(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def encode_word_chunks(s, charset, enc="B"):
    """Split s into RFC 2047 encoded words of at most ~75 chars each."""
    words, cur = [], ""
    def render(t):
        raw = t.encode(codec(charset))
        if enc == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode())
        q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                    ("_" if b == 32 else "=%02X" % b) for b in raw)
        return "=?%s?Q?%s?=" % (charset, q)
    for ch in s:
        if cur and len(render(cur + ch)) > 72:
            words.append(render(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(render(cur))
    return "\n ".join(words)


def hdr(s, charset="utf-8", enc="B"):
    """Header value; encoded words only when the text is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return encode_word_chunks(s, charset, enc)


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (encode_word_chunks(name, charset, enc), email)


def _qp(raw):
    return quopri.encodestring(raw, quotetabs=False)


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value)
        self.body = body            # bytes (LF line ends)

    def render(self):
        out = b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in self.headers)
        return out + b"\n" + self.body


def text(content, subtype="plain", charset="utf-8", cte="quoted-printable", params="", errors="strict",
         extra=()):
    if not content.endswith("\n"):
        content += "\n"
    raw = content.encode(codec(charset), errors)
    if cte == "quoted-printable":
        body = _qp(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "7bit":
        raw.decode("ascii")
        body = raw
    else:
        body = raw
    ct = 'text/%s; charset="%s"%s' % (subtype, charset, params) if subtype == "html" or True else ""
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hs, body)


def html(content, charset="utf-8", cte="quoted-printable", extra=()):
    return text(content, "html", charset, cte, errors="xmlcharrefreplace", extra=extra)


def attachment(data, ctype, filename, cte="base64", inline=False, extra=(), charset=None):
    disp = "inline" if inline else "attachment"
    try:
        filename.encode("ascii")
        fn_ct = '; name="%s"' % filename
        fn_cd = '; filename="%s"' % filename
    except UnicodeEncodeError:
        from urllib.parse import quote
        fn_ct = '; name="%s"' % encode_word_chunks(filename, "utf-8")
        fn_cd = "; filename*=utf-8''%s" % quote(filename)
    cs = '; charset="%s"' % charset if charset else ""
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = _qp(data)
    else:
        body = data if data.endswith(b"\n") else data + b"\n"
    hs = [("Content-Type", ctype + cs + fn_ct), ("Content-Disposition", disp + fn_cd),
          ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hs, body)


def rfc822(msg_bytes, ctype="message/rfc822", extra=()):
    body = msg_bytes.replace(b"\r\n", b"\n")
    return Part([("Content-Type", ctype)] + list(extra), body)


def raw_part(ctype, body, extra=()):
    b = body.encode("ascii") if isinstance(body, str) else body
    return Part([("Content-Type", ctype)] + list(extra), b)


def multi(subtype, parts, boundary, params="", preamble=None, extra=()):
    hs = [("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary))] + list(extra)
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += b"\n--" + boundary.encode() + b"\n" + p.render()
        if not out.endswith(b"\n"):
            out += b"\n"
    out += b"\n--" + boundary.encode() + b"--\n"
    if out.startswith(b"\n"):
        out = out[1:]
    return Part(hs, out)


def message(headers, body_part, mime_version=True):
    hs = list(headers)
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    p = Part(hs + body_part.headers, body_part.body)
    data = p.render()
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
