"""Tiny deterministic MIME writer (no randomness: boundaries and ids are passed in)."""
import base64
import datetime as dt
import quopri


def ew(text, charset="utf-8", mode="B"):
    """RFC 2047 encode text if it is not plain ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    chunks, cur = [], ""
    for ch in text:
        trial = cur + ch
        if cur and len(trial.encode(charset)) > 39:
            chunks.append(cur)
            cur = ch
        else:
            cur = trial
    chunks.append(cur)
    words = []
    for c in chunks:
        raw = c.encode(charset)
        if mode == "B":
            words.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode()))
        else:
            out = []
            for b in raw:
                ch = chr(b)
                if ch == " ":
                    out.append("_")
                elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
                    out.append(ch)
                else:
                    out.append("=%02X" % b)
            words.append("=?%s?Q?%s?=" % (charset, "".join(out)))
    return "\n ".join(words)


def addr(name, email, charset="utf-8", mode="B"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ",.;:()"):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, charset, mode), email)


def rfcdate(s):
    """'2026-11-12 14:03:11 +0100' -> 'Thu, 12 Nov 2026 14:03:11 +0100'"""
    d, t, z = s.split()
    x = dt.datetime.fromisoformat(d + "T" + t)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %d %s %d %s %s" % (days[x.weekday()], x.day, mons[x.month - 1], x.year, t, z)


def encode_body(data, cte):
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        if not out.endswith(b"\n"):
            out += b"\n"
        return out
    if cte == "base64":
        return base64.encodebytes(data)
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of "Name: value" strings
        self.body = body        # bytes, already transfer-encoded

    def render(self):
        h = "\n".join(self.headers).encode("ascii")
        return h + b"\n\n" + self.body


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", params="", extra=()):
    data = body.encode(charset)
    if cte == "base64":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if cte in ("7bit", "8bit") and max(data, default=0) > 127 and cte == "7bit":
        cte = "8bit"
    hs = ['Content-Type: text/%s; charset="%s"%s' % (subtype, charset, params),
          "Content-Transfer-Encoding: %s" % cte]
    hs += list(extra)
    return Part(hs, encode_body(data, cte))


def attachment(data, ctype, filename, disposition="attachment", extra=()):
    hs = ['Content-Type: %s; name="%s"' % (ctype, filename),
          'Content-Disposition: %s; filename="%s"' % (disposition, filename),
          "Content-Transfer-Encoding: base64"]
    hs += list(extra)
    return Part(hs, base64.encodebytes(data))


def raw(ctype_header, body_bytes, cte="7bit", extra=()):
    hs = ["Content-Type: %s" % ctype_header]
    if cte:
        hs.append("Content-Transfer-Encoding: %s" % cte)
    hs += list(extra)
    if not body_bytes.endswith(b"\n"):
        body_bytes += b"\n"
    return Part(hs, body_bytes)


def multipart(subtype, parts, boundary, params="", preamble=None, extra=()):
    hs = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary)]
    hs += list(extra)
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p.render()
        if not out.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return Part(hs, out)


def message(headers, root, crlf=True):
    """headers: list of (name, value); root: Part. Returns bytes."""
    lines = ["%s: %s" % (n, v) for n, v in headers]
    if not any(n.lower() == "mime-version" for n, _ in headers):
        lines.append("MIME-Version: 1.0")
    data = "\n".join(lines).encode("ascii") + b"\n" + root.render()
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data
