"""Tiny deterministic MIME writer (no random boundaries, no clock)."""
import base64
import hashlib
import quopri


def hexid(seed, n=16, upper=False):
    h = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    while len(h) < n:
        h += hashlib.sha256(h.encode()).hexdigest()
    h = h[:n]
    return h.upper() if upper else h


def b64id(seed, n=24):
    raw = hashlib.sha256(seed.encode("utf-8")).digest() + hashlib.sha256(b"x" + seed.encode()).digest()
    s = base64.b64encode(raw).decode().replace("/", "_").replace("+", "-")
    return s[:n]


def enc_header(s, charset="utf-8", mode="B"):
    """RFC 2047 encode a header value if it is not plain ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    words, chunk = [], ""
    limit = 42 if mode == "B" else 22

    def flush(c):
        raw = c.encode(charset)
        if mode == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode())
        out = []
        for b in raw:
            ch = chr(b)
            if ch == " ":
                out.append("_")
            elif 33 <= b <= 126 and ch not in "=?_\"(),.:;<>@[\\]":
                out.append(ch)
            else:
                out.append("=%02X" % b)
        return "=?%s?Q?%s?=" % (charset, "".join(out))

    for ch in s:
        if len((chunk + ch).encode(charset)) > limit and chunk:
            words.append(flush(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(flush(chunk))
    return "\n ".join(words)


def addr(name, email, charset="utf-8", mode="B"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ",.;:()@\"'"):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (enc_header(name, charset, mode), email)


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        if not body.endswith(b"\n"):
            body += b"\n"
        self.body = body

    def render(self):
        h = "".join("%s: %s\n" % (k, v) for k, v in self.headers)
        return h.encode("ascii") + b"\n" + self.body


def encode_body(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    if cte == "8bit":
        return raw
    raise ValueError(cte)


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", params="", headers=(), qcharset=True):
    if not s.endswith("\n"):
        s += "\n"
    raw = s.encode(charset)
    cs = '"%s"' % charset if qcharset else charset
    ct = "text/%s; charset=%s%s" % (subtype, cs, params)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(headers), encode_body(raw, cte))


def multipart(subtype, parts, boundary, params="", headers=(), preamble=None):
    b = boundary.encode("ascii")
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n"
    for p in parts:
        body += b"--" + b + b"\n" + p.render()
    body += b"--" + b + b"--\n"
    ct = 'multipart/%s;%s boundary="%s"%s' % (subtype, "", boundary, params)
    return Part([("Content-Type", ct)] + list(headers), body)


def attachment(data, ctype, filename, inline=False, extra_ct="", headers=()):
    disp = "inline" if inline else "attachment"
    hs = [("Content-Type", '%s; name="%s"%s' % (ctype, filename, extra_ct)),
          ("Content-Description", filename),
          ("Content-Disposition", '%s; filename="%s"; size=%d' % (disp, filename, len(data))),
          ("Content-Transfer-Encoding", "base64")] + list(headers)
    return Part(hs, base64.encodebytes(data))


def rfc822(inner_bytes, cte="7bit"):
    return Part([("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", cte)], inner_bytes)


def rfc822_headers(inner_bytes):
    head = inner_bytes.split(b"\n\n", 1)[0] + b"\n"
    return Part([("Content-Type", "text/rfc822-headers")], head)


def delivery_status(text_blocks):
    return Part([("Content-Type", "message/delivery-status")], text_blocks.encode("ascii"))


def message(headers, body_part, crlf=True):
    hs = list(headers)
    if not any(k.lower() == "mime-version" for k, _ in hs):
        hs.append(("MIME-Version", "1.0"))
    out = "".join("%s: %s\n" % (k, v) for k, v in hs).encode("ascii") + body_part.render()
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out
