"""A tiny, deterministic MIME writer (no random boundaries, no current dates)."""
import base64
import binascii
import hashlib


def _chunks_for_ew(s, charset, limit):
    out, cur = [], ""
    for ch in s:
        if cur and len((cur + ch).encode(charset)) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def ew(s, charset="utf-8", enc="B"):
    """RFC 2047 encoded words (folded) for a header text; ASCII stays as is."""
    if all(ord(c) < 128 for c in s):
        return s
    words = []
    for piece in _chunks_for_ew(s, charset, 42):
        b = piece.encode(charset)
        if enc == "B":
            words.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            q = "".join(
                chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or chr(c) in "!*+-/")
                else ("_" if c == 32 else "=%02X" % c) for c in b)
            words.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(words)


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@"'):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, enc), email)


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        enc = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
        return enc if enc.endswith(b"\n") else enc + b"\n"
    # 7bit / 8bit
    return data if data.endswith(b"\n") else data + b"\n"


class Part:
    boundary = None

    def __init__(self, ctype, body=b"", params=None, cte=None, headers=None):
        self.ctype = ctype
        self.body = body          # already encoded bytes
        self.params = params or []
        self.cte = cte
        self.headers = headers or []

    def head_lines(self):
        ct = self.ctype
        for k, v in self.params:
            ct += ';\n\t%s="%s"' % (k, v) if k in ("name", "filename", "boundary", "report-type", "type") else ";\n\t%s=%s" % (k, v)
        lines = ["Content-Type: " + ct]
        if self.cte:
            lines.append("Content-Transfer-Encoding: " + self.cte)
        lines += ["%s: %s" % kv for kv in self.headers]
        return lines

    def render(self):
        return ("\n".join(self.head_lines()) + "\n\n").encode("ascii") + self.body


class Multi(Part):
    def __init__(self, subtype, parts, params=None, preamble=None, boundary=None):
        super().__init__("multipart/" + subtype, params=list(params or []))
        self.parts = parts
        self.preamble = preamble
        self.boundary = boundary

    def assign(self, seed, counter):
        if self.boundary is None:
            h = hashlib.sha1(("%s/%d" % (seed, counter[0])).encode()).hexdigest()
            counter[0] += 1
            self.boundary = self._style(h)
        for p in self.parts:
            if isinstance(p, Multi):
                p.assign(seed, counter)

    style = "outlook"

    def _style(self, h):
        return "----=_NextPart_%s_%s.%s" % (h[:3].upper(), h[3:7].upper(), h[7:15].upper())

    def render(self):
        self.params = [p for p in self.params if p[0] != "boundary"]
        self.params.insert(0, ("boundary", self.boundary))
        out = ("\n".join(self.head_lines()) + "\n\n").encode("ascii")
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        for p in self.parts:
            out += b"\n--" + self.boundary.encode() + b"\n" + p.render()
            if not out.endswith(b"\n"):
                out += b"\n"
        out += b"\n--" + self.boundary.encode() + b"--\n"
        return out


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None, headers=None):
    data = s.encode(charset)
    if cte == "7bit":
        data.decode("ascii")
    params = [("charset", charset)] + list(extra or [])
    return Part("text/" + subtype, encode_body(data, cte), params, cte, headers)


def attach(data, ctype, filename, inline=False, extra_params=None, cte="base64"):
    params = list(extra_params or []) + [("name", filename)]
    disp = ("inline" if inline else "attachment") + '; filename="%s"' % filename
    body = encode_body(data, cte) if cte == "base64" else encode_body(data, cte)
    return Part(ctype, body, params, cte, [("Content-Disposition", disp)])


def raw(ctype, body_bytes, params=None, cte=None, headers=None):
    return Part(ctype, body_bytes if body_bytes.endswith(b"\n") else body_bytes + b"\n", params, cte, headers)


def message(headers, body, seed, boundary_style=None):
    """headers: list of (name, value); body: Part. Returns CRLF bytes."""
    if isinstance(body, Multi):
        if boundary_style:
            def setstyle(m):
                m._style = boundary_style
                for p in m.parts:
                    if isinstance(p, Multi):
                        setstyle(p)
            setstyle(body)
        body.assign(seed, [0])
    out = ""
    for k, v in headers:
        out += "%s: %s\n" % (k, v)
    data = out.encode("ascii") + body.render()
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data
