"""Tiny deterministic MIME writer (no random boundaries, no clock)."""
import base64
import binascii


def _ascii(s):
    return all(ord(c) < 128 for c in s)


def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded words (folded) for a non-ASCII header text."""
    if _ascii(text):
        return text
    words, chunk = [], ""
    limit = 45 if enc == "B" else 22
    for ch in text:
        if chunk and len((chunk + ch).encode(charset)) > limit:
            words.append(chunk)
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        b = w.encode(charset)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            q = ""
            for byte in b:
                c = chr(byte)
                if c == " ":
                    q += "_"
                elif c.isalnum() and byte < 128:
                    q += c
                elif c in "-!*+/" and byte < 128:
                    q += c
                else:
                    q += "=%02X" % byte
            out.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(out)


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    if _ascii(name):
        if any(c in name for c in ',.;:@()"'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, enc), email)


class Part:
    def __init__(self, ctype, payload, charset=None, cte=None, filename=None, disp=None,
                 ctparams=(), headers=()):
        self.ctype, self.payload, self.charset = ctype, payload, charset
        self.cte, self.filename, self.disp = cte, filename, disp
        self.ctparams, self.headers = list(ctparams), list(headers)

    def head(self):
        ct = self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset
        for k, v in self.ctparams:
            ct += '; %s="%s"' % (k, v) if v is not None else "; %s" % k
        if self.filename and self.disp != "inline-noname":
            ct += ';\n\tname="%s"' % self.filename
        h = ["Content-Type: " + ct]
        if self.cte:
            h.append("Content-Transfer-Encoding: " + self.cte)
        h += ["%s: %s" % kv for kv in self.headers]
        if self.disp:
            d = "attachment" if self.disp == "attachment" else "inline"
            if self.filename:
                d += ';\n\tfilename="%s"' % self.filename
            h.append("Content-Disposition: " + d)
        return h

    def body(self):
        data = self.payload
        if isinstance(data, str):
            data = data.replace("\r\n", "\n")
            if not data.endswith("\n"):
                data += "\n"
            data = data.encode(self.charset or "ascii")
        cte = (self.cte or "7bit").lower()
        if cte in ("7bit", "8bit", "binary"):
            if cte == "7bit":
                data.decode("ascii")
            if not data.endswith(b"\n"):
                data += b"\n"
            return data
        if cte == "quoted-printable":
            lines = data.split(b"\n")
            enc = [binascii.b2a_qp(l, quotetabs=False, istext=False, header=False) for l in lines]
            out = b"\n".join(enc)
            if not out.endswith(b"\n"):
                out += b"\n"
            return out
        if cte == "base64":
            return base64.encodebytes(data)
        raise ValueError(cte)

    def render(self):
        return ("\n".join(self.head())).encode("ascii") + b"\n\n" + self.body()


class Multi:
    def __init__(self, subtype, parts, boundary, ctparams=(), preamble=None, headers=()):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.ctparams, self.preamble, self.headers = list(ctparams), preamble, list(headers)

    def head(self):
        ct = "multipart/%s;" % self.subtype
        for k, v in self.ctparams:
            ct += '\n\t%s="%s";' % (k, v) if v is not None else "\n\t%s;" % k
        ct += '\n\tboundary="%s"' % self.boundary
        return ["Content-Type: " + ct] + ["%s: %s" % kv for kv in self.headers]

    def body(self):
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\n" + p.render()
            if not out.endswith(b"\n"):
                out += b"\n"
            out += b"\n"
        out += b"--" + self.boundary.encode() + b"--\n"
        return out

    def render(self):
        return ("\n".join(self.head())).encode("ascii") + b"\n\n" + self.body()


def message(headers, root, mime_version="1.0"):
    """headers: list of (name, value) in the order a client writes them; root: Part or Multi."""
    lines = []
    mv_done = False
    for k, v in headers:
        if k == "MIME-Version":
            mv_done = True
        lines.append("%s: %s" % (k, v))
    if not mv_done:
        lines.append("MIME-Version: " + mime_version)
    rh = root.head()
    head = "\n".join(lines + rh)
    return head.encode("ascii") + b"\n\n" + root.body()
