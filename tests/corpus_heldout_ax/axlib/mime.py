"""Minimal deterministic MIME writer (CRLF line endings, fixed boundaries)."""
import base64
import quopri


def _crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def ew(s, cs="utf-8"):
    """RFC 2047 encoded words (B encoding), folded; ASCII stays as is."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""
    for ch in s:
        if cur and len((cur + ch).encode(cs)) > 42:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return "\r\n ".join("=?%s?B?%s?=" % (cs, base64.b64encode(w.encode(cs)).decode()) for w in words)


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@"[]'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, cs), email)


def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode() + b"\r\n"


class Leaf:
    def __init__(self, ctype, payload, charset=None, cte=None, filename=None,
                 inline=False, extra=(), ctparams=""):
        self.ctype, self.payload, self.charset = ctype, payload, charset
        self.cte, self.filename, self.inline = cte, filename, inline
        self.extra, self.ctparams = list(extra), ctparams

    def render(self):
        h = []
        ct = self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset
        ct += self.ctparams
        if self.filename:
            ct += ';\r\n\tname="%s"' % self.filename
        h.append("Content-Type: " + ct)
        data = self.payload
        if isinstance(data, str):
            data = data.encode(self.charset or "ascii")
        cte = self.cte or ("base64" if self.filename else "7bit")
        if cte == "base64":
            body = b64lines(data)
        elif cte == "quoted-printable":
            body = _crlf(quopri.encodestring(data.replace(b"\r\n", b"\n")))
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
        else:
            body = _crlf(data)
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
        h.append("Content-Transfer-Encoding: " + cte)
        if self.filename:
            h.append('Content-Disposition: %s;\r\n\tfilename="%s"' % ("inline" if self.inline else "attachment", self.filename))
        h.extend(self.extra)
        return ("\r\n".join(h) + "\r\n\r\n").encode() + body


class Multi:
    def __init__(self, subtype, parts, boundary, ctparams="", preamble=None, extra=()):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.ctparams, self.preamble, self.extra = ctparams, preamble, list(extra)

    def render(self):
        h = ['Content-Type: multipart/%s;%s\r\n\tboundary="%s"' % (self.subtype, self.ctparams, self.boundary)]
        h.extend(self.extra)
        out = ("\r\n".join(h) + "\r\n\r\n").encode()
        if self.preamble:
            out += _crlf(self.preamble.encode()) + b"\r\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\r\n" + p.render() + b"\r\n"
        out += b"--" + self.boundary.encode() + b"--\r\n"
        return out


class Raw:
    """A part given as ready headers + body (message/rfc822, delivery-status)."""
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def render(self):
        b = self.body if isinstance(self.body, bytes) else self.body.encode()
        b = _crlf(b)
        if not b.endswith(b"\r\n"):
            b += b"\r\n"
        return ("\r\n".join(self.headers) + "\r\n\r\n").encode() + b


def message(headers, body):
    """headers: list of (name, value) already encoded (ASCII)."""
    top = "".join("%s: %s\r\n" % (k, v) for k, v in headers)
    top += "MIME-Version: 1.0\r\n"
    return top.encode() + body.render()
