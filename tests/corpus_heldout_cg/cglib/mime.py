"""Tiny deterministic MIME writer (fixed boundaries, explicit encodings)."""
import base64
import email.utils
import quopri
from email.header import Header


def hdr(value, charset="utf-8"):
    """RFC 2047-encode a header value if it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), address)


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.boundary = boundary

    def bytes(self):
        out = "".join("%s: %s\n" % (k, v) for k, v in self.headers).encode("ascii")
        out += b"\n"
        if self.parts is None:
            body = self.body
            if not body.endswith(b"\n"):
                body += b"\n"
            return out + body
        if self.body:
            out += self.body + b"\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\n" + p.bytes()
        out += b"--" + self.boundary.encode() + b"--\n"
        return out


def _enc(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", flowed=False, extra=()):
    data = s.encode(cs)
    ct = 'text/%s; charset="%s"' % (sub, cs)
    if flowed:
        ct = 'text/%s; charset=%s; format=flowed' % (sub, cs)
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(h, _enc(data, cte))


def att(data, ctype, fname, inline=False, cte="base64"):
    disp = "inline" if inline else "attachment"
    h = [("Content-Type", '%s; name="%s"' % (ctype, fname)),
         ("Content-Disposition", '%s; filename="%s"' % (disp, fname)),
         ("Content-Transfer-Encoding", cte)]
    return Part(h, _enc(data, cte))


def multi(sub, parts, boundary, params="", preamble=b""):
    ct = 'multipart/%s;%s boundary="%s"' % (sub, params, boundary)
    return Part([("Content-Type", ct)], preamble, parts, boundary)


def raw(headers, body):
    return Part(headers, body)


def message(headers, root):
    """headers: list of (name, value) placed before the root part headers."""
    top = "".join("%s: %s\n" % (k, v) for k, v in headers).encode("ascii")
    top += b"MIME-Version: 1.0\n"
    data = top + root.bytes()
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
