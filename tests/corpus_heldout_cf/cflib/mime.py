"""Tiny deterministic MIME writer (bytes in, bytes out, no randomness)."""
import base64
import hashlib
import quopri


def h8(*parts, n=16):
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n]


def enc_word(s, cs="utf-8", split=True):
    """RFC 2047 B-encoding of a header phrase, split into <=75-char words."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    for ch in s:
        trial = cur + ch
        if split and len(base64.b64encode(trial.encode(cs))) > 44:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?B?%s?=" % (cs, base64.b64encode(w.encode(cs)).decode()) for w in words)


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_word(name, cs, split=False), email)


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def render(self, top_headers=()):
        out = []
        for k, v in list(top_headers) + self.headers:
            out.append(("%s: %s\n" % (k, v)).encode("ascii"))
        out.append(b"\n")
        if self.parts is None:
            b = self.body
            if not b.endswith(b"\n"):
                b += b"\n"
            out.append(b)
        else:
            if self.preamble:
                out.append(self.preamble.encode("ascii") + b"\n")
            for p in self.parts:
                out.append(("--%s\n" % self.boundary).encode("ascii"))
                out.append(p.render())
            out.append(("--%s--\n" % self.boundary).encode("ascii"))
        return b"".join(out)


def _encode(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        for ln in raw.split(b"\n"):
            assert len(ln) < 990, "line too long"
        return raw
    raise ValueError(cte)


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", flowed=False, extra=()):
    raw = s.encode(cs)
    ct = 'text/%s; charset="%s"' % (sub, cs)
    if flowed:
        ct = "text/%s; charset=%s; format=flowed; delsp=yes" % (sub, cs)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), _encode(raw, cte))


def attachment(data, ctype, filename, cte="base64", disposition="attachment", extra=()):
    if isinstance(data, str):
        data = data.encode("utf-8")
    hdr = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
           ("Content-Disposition", '%s; filename="%s"' % (disposition, filename)),
           ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hdr, _encode(data, cte))


def multipart(sub, parts, boundary, extra_params="", preamble=None, extra=()):
    ct = 'multipart/%s; boundary="%s"%s' % (sub, boundary, extra_params)
    return Part([("Content-Type", ct)] + list(extra), parts=parts, boundary=boundary, preamble=preamble)


def message_bytes(headers, body_part):
    return body_part.render(headers)


def raw_part(headers, body):
    """A leaf with pre-encoded body (used for message/rfc822, delivery-status)."""
    return Part(headers, body)
