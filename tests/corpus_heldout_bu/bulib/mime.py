"""Hand-rolled, deterministic MIME construction."""
import base64
import hashlib
import quopri


def hx(seed, n=16, upper=False):
    h = hashlib.sha1(seed.encode("utf-8")).hexdigest()
    h = (h + hashlib.sha1((seed + "#").encode("utf-8")).hexdigest())[:n]
    return h.upper() if upper else h


def ew(s, cs="utf-8"):
    """RFC 2047 B-encoding of a header value when it is not pure ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    for ch in s:
        trial = cur + ch
        enc = base64.b64encode(trial.encode(cs)).decode()
        if len("=?%s?B?%s?=" % (cs, enc)) > 72 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    words.append(cur)
    return "\n ".join("=?%s?B?%s?=" % (cs, base64.b64encode(w.encode(cs)).decode()) for w in words)


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, cs), email)
    if any(c in name for c in ',.;:()@<>"'):
        return '"%s" <%s>' % (name.replace('"', ''), email)
    return "%s <%s>" % (name, email)


def encode(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"=\n"
    if cte == "7bit":
        data.decode("ascii")
    return data if data.endswith(b"\n") else data + b"\n"


class Part:
    def __init__(self, headers, body, boundary=None, preamble=b""):
        self.headers = headers
        self.body = body
        self.boundary = boundary
        self.preamble = preamble


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", q=True, params=""):
    data = s.replace("\r\n", "\n").encode(cs)
    if not data.endswith(b"\n"):
        data += b"\n"
    csv = '"%s"' % cs if q else cs
    return Part([("Content-Type", "text/%s; charset=%s%s" % (sub, csv, params)),
                 ("Content-Transfer-Encoding", cte)], encode(data, cte))


def att(data, ctype, filename, cte="base64", disp="attachment", extra=()):
    hdrs = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
            ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
            ("Content-Transfer-Encoding", cte)]
    hdrs.extend(extra)
    return Part(hdrs, encode(data, cte))


def multi(sub, parts, boundary, params="", preamble=b""):
    return Part([("Content-Type", 'multipart/%s;\n\tboundary="%s"%s' % (sub, boundary, params))],
                parts, boundary, preamble)


def rfc822(msg_bytes, filename=None):
    hdrs = [("Content-Type", "message/rfc822" + ('; name="%s"' % filename if filename else ""))]
    if filename:
        hdrs.append(("Content-Disposition", 'attachment; filename="%s"' % filename))
    try:
        msg_bytes.decode("ascii")
    except UnicodeDecodeError:
        hdrs.append(("Content-Transfer-Encoding", "8bit"))
    return Part(hdrs, msg_bytes if msg_bytes.endswith(b"\n") else msg_bytes + b"\n")


def raw_part(ctype, body_text, extra=()):
    return Part([("Content-Type", ctype)] + list(extra), body_text.encode("ascii"))


def render(p):
    out = b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in p.headers) + b"\n"
    if isinstance(p.body, list):
        out += p.preamble
        b = p.boundary.encode("ascii")
        for sp in p.body:
            out += b"--" + b + b"\n" + render(sp)
            if not out.endswith(b"\n"):
                out += b"\n"
            out += b"\n"
        out += b"--" + b + b"--\n"
    else:
        out += p.body
    return out


def message(headers, root):
    hs = list(headers)
    if not any(k.lower() == "mime-version" for k, _ in hs):
        hs.append(("MIME-Version", "1.0"))
    top = "".join("%s: %s\n" % (k, v) for k, v in hs).encode("ascii")
    rest = render(root)
    return top + rest


def boundary(style, seed):
    h = hx(seed, 40, upper=True)
    if style == "outlook":
        return "_000_%sEURP%s_" % (h[:28], h[28:32].lower())
    if style == "outlook_alt":
        return "_alt_%s_" % h[:30]
    if style == "gmail":
        return "0000000000" + hx(seed, 18)
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
    if style == "thunderbird":
        return "------------" + hx(seed, 24)
    if style == "classic":
        return "----=_NextPart_000_%s_01DB%s.%s" % (h[:4], h[4:8], h[8:16])
    if style == "java":
        return "----=_Part_%d_%d.%d" % (int(h[:4], 16), int(h[4:12], 16), 1763000000000 + int(h[12:18], 16) % 999999)
    return "=_%s" % h[:24]


def message_id(style, seed, domain):
    h = hx(seed, 40, upper=True)
    if style == "outlook":
        srv = "DB9PR%02dMB%04d" % (int(h[:2], 16) % 10, int(h[2:6], 16) % 10000)
        return "<%s%s@%s.eurprd%02d.prod.outlook.com>" % (srv, h[6:30], srv, int(h[:2], 16) % 10)
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h[:36])).decode().replace("+", "x").replace("/", "Z").rstrip("=")
        return "<CA%s@mail.gmail.com>" % b
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    if style == "thunderbird":
        lo = h.lower()
        return "<%s-%s-%s-%s-%s@%s>" % (lo[:8], lo[8:12], lo[12:16], lo[16:20], lo[20:32], domain)
    return "<%s.%s@%s>" % (h[:16], h[16:24].lower(), domain)
