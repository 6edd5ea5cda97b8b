"""Tiny hand-rolled MIME writer: fixed boundaries, byte-exact, deterministic."""
import base64
import quopri


def ew(s, cs="utf-8"):
    """RFC 2047 B encoded-words (folded) for a non-ASCII header text; ASCII passes through."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    for ch in s:
        if cur and len((cur + ch).encode(cs)) > 36:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?B?%s?=" % (cs, base64.b64encode(w.encode(cs)).decode("ascii")) for w in words)


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, cs), email)
    if any(c in name for c in ',.;:()<>@"[]'):
        name = '"%s"' % name.replace('"', '\\"')
    return "%s <%s>" % (name, email)


def fold_ids(ids):
    return "\n ".join(ids)


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def render_body(self):
        if self.parts is None:
            return self.body
        b = self.boundary.encode("ascii")
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n\n"
        for p in self.parts:
            out += b"--" + b + b"\n" + p.render().rstrip(b"\n") + b"\n"
        out += b"--" + b + b"--\n"
        return out

    def render(self, extra_headers=()):
        hs = list(extra_headers) + self.headers
        head = "".join("%s: %s\n" % (k, v) for k, v in hs).encode("ascii")
        return head + b"\n" + self.render_body()


def _cte(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", quote_cs=True, params="", extra=()):
    raw = s.replace("\r\n", "\n").encode(cs)
    if cte == "7bit":
        raw.decode("ascii")
    csv = '"%s"' % cs if quote_cs else cs
    hdr = [("Content-Type", "text/%s; charset=%s%s" % (sub, csv, params)),
           ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hdr, _cte(raw, cte))


def attach(data, ctype, filename, cte="base64", disp="attachment", extra=()):
    if isinstance(data, str):
        data = data.encode("utf-8")
    hdr = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
           ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
           ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hdr, _cte(data, cte))


def multi(sub, boundary, parts, params="", preamble=None):
    return Part([("Content-Type", 'multipart/%s;%s\n boundary="%s"' % (sub, params, boundary))],
                parts=parts, boundary=boundary, preamble=preamble)


def raw_part(ctype, body_bytes, extra=()):
    return Part([("Content-Type", ctype)] + list(extra), body_bytes)


def message(headers, root):
    """headers: list of (name, value); root: Part (its headers become the MIME headers)."""
    hs = list(headers) + [("MIME-Version", "1.0")]
    return root.render(hs)
