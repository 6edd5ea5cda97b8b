"""Deterministic, hand-rolled MIME assembly (standard library only).

Everything is built with LF line ends and converted to CRLF at the very end,
as a message fetched over IMAP would look.
"""
import base64
import datetime as dt
import email.header
import email.utils
import quopri


def hdr(value, charset="utf-8"):
    """Header value; RFC 2047-encoded when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return email.header.Header(value, charset).encode(linesep="\n")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return email.utils.formataddr((name, address), charset=charset)


def date(y, m, d, hh, mm, ss=0, tz="+0100"):
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    when = dt.datetime(y, m, d, hh, mm, ss, tzinfo=dt.timezone(off))
    return email.utils.format_datetime(when)


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body if isinstance(body, bytes) else body.encode("ascii")

    def render(self):
        out = b"".join(f"{k}: {v}\n".encode("ascii") for k, v in self.headers)
        return out + b"\n" + self.body


def _body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte in ("7bit", "8bit"):
        return data
    raise ValueError(cte)


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra=()):
    if not body.endswith("\n"):
        body += "\n"
    data = body.encode(charset, "xmlcharrefreplace" if subtype == "html" else "strict")
    if cte == "7bit":
        data.decode("ascii")
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte), *extra], _body(data, cte))


def attachment(data, ctype, filename, inline=False, cte="base64", extra=()):
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", f'{ctype}; name="{filename}"'),
                 ("Content-Disposition", f'{disp}; filename="{filename}"'),
                 ("Content-Transfer-Encoding", cte), *extra], _body(data, cte))


def multipart(subtype, parts, boundary, preamble=None, params=""):
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n"
    for p in parts:
        r = p.render()
        if not r.endswith(b"\n"):
            r += b"\n"
        body += b"--" + boundary.encode("ascii") + b"\n" + r
    body += b"--" + boundary.encode("ascii") + b"--\n"
    return Part([("Content-Type", f'multipart/{subtype};{params} boundary="{boundary}"')], body)


def raw_part(headers, body_bytes):
    return Part(headers, body_bytes)


def message(headers, body):
    """headers: list of (name, value) in wire order; body: a Part."""
    out = b""
    for k, v in headers:
        if v is None:
            continue
        if not v.isascii():
            if k in ("From", "To", "Cc", "Reply-To", "Sender"):
                v = ", ".join(addr(*email.utils.parseaddr(a)) for a in v.split(", "))
            else:
                v = hdr(v)
        out += f"{k}: {v}\n".encode("ascii")
    out += b"MIME-Version: 1.0\n"
    out += body.render()
    assert b"\r" not in out
    return out.replace(b"\n", b"\r\n")


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quote(textblock, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in textblock.rstrip("\n").split("\n"))
