"""Tiny deterministic MIME writer (stdlib only).

The `email` package picks random boundaries and re-encodes charsets on its own,
so messages are assembled by hand here: every boundary, charset and transfer
encoding is chosen by the case.  Internally lines end in "\n"; `message()`
returns CRLF bytes as a message fetched over IMAP would have.
"""
import base64
import hashlib
import quopri
import urllib.parse

ASCII_SAFE_Q = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def _q_word(data):
    out = []
    for c in data:
        if c == 0x20:
            out.append("_")
        elif c in ASCII_SAFE_Q:
            out.append(chr(c))
        else:
            out.append("=%02X" % c)
    return "".join(out)


def encoded_words(text, charset="utf-8", mode="B", maxlen=66):
    """Split text into RFC 2047 encoded words, never splitting a character."""
    def ew(s):
        data = s.encode(charset)
        payload = base64.b64encode(data).decode() if mode == "B" else _q_word(data)
        return "=?%s?%s?%s?=" % (charset, mode, payload)

    words, cur = [], ""
    for ch in text:
        if cur and len(ew(cur + ch)) > maxlen:
            words.append(ew(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(ew(cur))
    return words


def hdr(text, charset="utf-8", mode="B"):
    """Header value; encoded words (folded) when not plain ASCII."""
    if _is_ascii(text):
        return text
    return "\n ".join(encoded_words(text, charset, mode))


def addr(name, email, charset="utf-8", mode="B"):
    if not name:
        return email
    if _is_ascii(name):
        if any(c in name for c in '()<>@,;:\\".[]'):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return "%s <%s>" % (name, email)
    return "%s <%s>" % ("\n ".join(encoded_words(name, charset, mode)), email)


def addrs(items, charset="utf-8", mode="B"):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        else:
            out.append(addr(it[0], it[1], charset, mode))
    return ",\n ".join(out)


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
        return enc if enc.endswith(b"\n") else enc + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def boundary(seed, style="generic"):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "outlook":
        return "_000_%s%s_" % (h[:20].upper(), "")
    if style == "gmail":
        return "000000000000%s" % h[:12]
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if style == "thunderbird":
        return "------------%s" % h[:24]
    if style == "javamail":
        return "----=_Part_%d_%d.%d" % (int(h[:6], 16), int(h[6:14], 16), 1764000000000 + int(h[14:18], 16))
    return "----=_NextPart_%s_%s" % (h[:4].upper() + "_" + h[4:8].upper(), h[8:16].upper())


class Part:
    def __init__(self, ctype, params=None, body=b"", headers=None, parts=None,
                 boundary=None, preamble=None, cte=None):
        self.ctype = ctype
        self.params = list((params or {}).items()) if isinstance(params, dict) else list(params or [])
        self.body = body
        self.headers = list(headers or [])
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.cte = cte

    def header_lines(self):
        ct = self.ctype
        params = list(self.params)
        if self.parts is not None:
            params.append(("boundary", self.boundary))
        pieces = [ct]
        for k, v in params:
            if k.endswith("*"):
                pieces.append("%s=%s" % (k, v))
            elif k == "report-type" or k == "format" or k == "delsp" or k == "reply-type":
                pieces.append("%s=%s" % (k, v))
            else:
                pieces.append('%s="%s"' % (k, v))
        if len(pieces) <= 2 and len("; ".join(pieces)) < 60:
            line = "Content-Type: " + "; ".join(pieces)
        else:
            line = "Content-Type: " + ";\n\t".join(pieces)
        out = [line]
        if self.cte:
            out.append("Content-Transfer-Encoding: " + self.cte)
        for k, v in self.headers:
            out.append("%s: %s" % (k, v))
        return out

    def serialize(self):
        lines = "\n".join(self.header_lines()).encode("ascii") + b"\n\n"
        if self.parts is None:
            return lines + self.body
        b = self.boundary.encode("ascii")
        out = lines
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        for p in self.parts:
            out += b"--" + b + b"\n" + p.serialize()
            if not out.endswith(b"\n"):
                out += b"\n"
        out += b"--" + b + b"--\n"
        return out


def text(body, charset="utf-8", cte="quoted-printable", subtype="plain", params=None, headers=None):
    data = body.encode(charset)  # strict: the case must fit its charset
    p = [("charset", charset)]
    if params:
        p += list(params.items())
    return Part("text/" + subtype, p, encode_body(data, cte), headers, cte=cte)


def html(body, charset="utf-8", cte="quoted-printable", headers=None):
    return text(body, charset, cte, "html", headers=headers)


def attachment(data, ctype, filename, cte="base64", inline=False, headers=None, name_charset="utf-8"):
    params = []
    disp = "inline" if inline else "attachment"
    if _is_ascii(filename):
        params.append(("name", filename))
        disp += ';\n\tfilename="%s"' % filename
    else:
        params.append(("name", "".join(encoded_words(filename, name_charset, "B", maxlen=200))))
        disp += ";\n\tfilename*=%s''%s" % (name_charset, urllib.parse.quote(filename.encode(name_charset)))
    hs = [("Content-Disposition", disp)] + list(headers or [])
    return Part(ctype, params, encode_body(data, cte), hs, cte=cte)


def multi(subtype, parts, bnd, params=None, preamble=None, headers=None):
    return Part("multipart/" + subtype, params, headers=headers, parts=parts, boundary=bnd, preamble=preamble)


def raw(ctype, body, params=None, headers=None, cte=None):
    if isinstance(body, str):
        body = body.encode("utf-8")
    if not body.endswith(b"\n"):
        body += b"\n"
    return Part(ctype, params, body, headers, cte=cte)


def message(headers, root, crlf=True, mime_version=True):
    """headers: list of (name, value) already encoded; root: Part or raw str body."""
    out = []
    for k, v in headers:
        out.append("%s: %s" % (k, v))
    if isinstance(root, Part):
        if mime_version:
            out.append("MIME-Version: 1.0")
        data = ("\n".join(out)).encode("ascii") + b"\n" + root.serialize()
    else:
        body = root if isinstance(root, bytes) else root.encode("ascii")
        data = ("\n".join(out)).encode("ascii") + b"\n\n" + body
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data
