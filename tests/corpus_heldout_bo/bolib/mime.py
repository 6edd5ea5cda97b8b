"""Deterministic hand-rolled MIME writer (fixed boundaries, no randomness)."""
import base64
import hashlib
import quopri
from email.header import Header
from email.utils import formataddr


def hx(*parts, n=16):
    return hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:n]


def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        cs = charset if charset not in ("us-ascii",) else "utf-8"
        try:
            value.encode(_codec(cs))
        except (UnicodeEncodeError, LookupError):
            cs = "utf-8"
        return Header(value, cs, maxlinelen=76).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_header(name, charset), email)


def _codec(cs):
    return {"tis-620": "tis_620", "iso-2022-jp": "iso2022_jp"}.get(cs.lower(), cs)


class Leaf:
    def __init__(self, ctype, payload, charset=None, cte="7bit", filename=None,
                 disposition=None, extra_headers=(), ctype_params=""):
        self.ctype, self.charset, self.cte = ctype, charset, cte
        self.filename, self.disposition = filename, disposition
        self.extra = list(extra_headers)
        self.ctype_params = ctype_params
        if isinstance(payload, str):
            payload = payload.replace("\r\n", "\n")
            try:
                data = payload.encode(_codec(charset or "us-ascii"))  # strict
            except UnicodeEncodeError:
                # like a mail client downgrading typographic dashes the charset lacks
                data = payload.replace("\u2013", "-").replace("\xab", "\"").replace("\xbb", "\"").encode(_codec(charset or "us-ascii"))
        else:
            data = payload
        self.data = data

    def render(self):
        h = []
        ct = self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset
        if self.filename and not self.ctype.startswith("text/"):
            ct += ';\n\tname="%s"' % self.filename
        elif self.filename:
            ct += ';\n\tname="%s"' % self.filename
        ct += self.ctype_params
        h.append("Content-Type: " + ct)
        h.append("Content-Transfer-Encoding: " + self.cte)
        for k, v in self.extra:
            h.append("%s: %s" % (k, v))
        if self.filename:
            h.append('Content-Disposition: %s;\n\tfilename="%s"' % (self.disposition or "attachment", self.filename))
        if self.cte == "base64":
            body = base64.encodebytes(self.data).decode("ascii")
        elif self.cte == "quoted-printable":
            body = quopri.encodestring(self.data).decode("ascii")
        elif self.cte in ("8bit", "7bit"):
            body = self.data.decode("latin-1")  # bytes pass through
        else:
            raise ValueError(self.cte)
        if not body.endswith("\n"):
            body += "\n"
        return "\n".join(h) + "\n\n" + body


class Multi:
    def __init__(self, subtype, parts, boundary, params="", preamble=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.params, self.preamble = params, preamble

    def render(self):
        out = 'Content-Type: multipart/%s;%s\n\tboundary="%s"\n\n' % (self.subtype, self.params, self.boundary)
        if self.preamble:
            out += self.preamble + "\n"
        for p in self.parts:
            out += "--%s\n" % self.boundary + p.render() + "\n"
        out += "--%s--\n" % self.boundary
        return out


class Raw:
    """A part whose headers+body are given literally (message/rfc822, delivery-status)."""
    def __init__(self, text):
        self.text = text

    def render(self):
        return self.text if self.text.endswith("\n") else self.text + "\n"


def rfc822(inner_bytes, disposition=None):
    head = "Content-Type: message/rfc822\n"
    if disposition:
        head += "Content-Disposition: %s\n" % disposition
    return Raw(head + "\n" + inner_bytes.decode("latin-1"))


def message(headers, root):
    """headers: list of (name, value). Returns bytes (latin-1 pass-through of already-encoded body)."""
    out = ""
    for k, v in headers:
        if v is None:
            continue
        out += "%s: %s\n" % (k, v)
    out += "MIME-Version: 1.0\n"
    out += root.render()
    return out.encode("latin-1")
