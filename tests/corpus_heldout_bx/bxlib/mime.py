"""Tiny deterministic MIME writer (bytes built by hand, LF internally, CRLF on output)."""
import base64
import email.utils
import hashlib
import quopri


def hx(seed, n=16):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def HX(seed, n=16):
    return hx(seed, n).upper()


def _encoded(text, charset, enc):
    b = text.encode(charset)
    if enc == "B":
        return base64.b64encode(b).decode("ascii")
    out = []
    for byte in b:
        c = chr(byte)
        if byte < 128 and c.isalnum():
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def ew(s, charset="utf-8", enc="B"):
    """RFC 2047 encoded-words for a header value (leading ASCII words kept plain)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words = s.split(" ")
    plain = []
    while words and all(ord(c) < 128 for c in words[0]) and len(words) > 1:
        plain.append(words.pop(0))
    rest = " ".join(words)
    maxlen = 75 - len(charset) - 7
    chunks, cur = [], ""
    for ch in rest:
        if cur and len(_encoded(cur + ch, charset, enc)) > maxlen:
            chunks.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        chunks.append(cur)
    enc_words = "\n ".join(f"=?{charset}?{enc}?{_encoded(c, charset, enc)}?=" for c in chunks)
    return (" ".join(plain) + " " + enc_words) if plain else enc_words


def addr(name, mail, charset="utf-8", enc="B"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()"@<>[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), mail)
        return f"{name} <{mail}>"
    except UnicodeEncodeError:
        return f"{ew(name, charset, enc)} <{mail}>"


def fmt_date(d):
    return email.utils.format_datetime(d)


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body

    def render(self):
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def text(t, subtype="plain", charset="utf-8", cte="quoted-printable", params="", extra=()):
    if not t.endswith("\n"):
        t += "\n"
    if cte == "quoted-printable":
        body = quopri.encodestring(t.encode(charset))
    elif cte == "base64":
        body = base64.encodebytes(t.replace("\n", "\r\n").encode(charset))
    else:
        body = t.encode(charset)
    hdrs = [f'Content-Type: text/{subtype}; charset="{charset}"{params}',
            f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return Part(hdrs, body)


def attachment(data, ctype, filename, inline=False, extra=()):
    disp = "inline" if inline else "attachment"
    hdrs = [f'Content-Type: {ctype}; name="{filename}"',
            f'Content-Disposition: {disp}; filename="{filename}"',
            "Content-Transfer-Encoding: base64"] + list(extra)
    return Part(hdrs, base64.encodebytes(data))


def multipart(subtype, parts, boundary, params="", preamble=None):
    b = boundary.encode("ascii")
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        r = p.render()
        if not r.endswith(b"\n"):
            r += b"\n"
        body += b"--" + b + b"\n" + r + b"\n"
    body += b"--" + b + b"--\n"
    return Part([f'Content-Type: multipart/{subtype};{params}\n\tboundary="{boundary}"'], body)


def raw_part(ctype, body_bytes, extra=()):
    return Part([f"Content-Type: {ctype}"] + list(extra), body_bytes)


def message(headers, part, crlf=True, mime_version="1.0"):
    """headers: list of (name, value); the part's headers follow MIME-Version."""
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    lines.append(f"MIME-Version: {mime_version}")
    raw = ("\n".join(lines) + "\n").encode("ascii") + part.render()
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw
