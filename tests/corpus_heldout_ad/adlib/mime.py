"""Tiny deterministic MIME builder.

Every builder returns bytes of one MIME entity: its header lines, a blank
line and the encoded body.  Lines are written with LF and converted to CRLF
once, when the whole message is assembled (as it would arrive over IMAP).
"""
import base64
import datetime as _dt
import quopri
from email.header import Header
from email.utils import formataddr
from urllib.parse import quote as _urlquote

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(y, mo, d, h, mi, s, tz="+0100"):
    """RFC 5322 date string, weekday computed (never typed by hand)."""
    day = _dt.date(y, mo, d)
    return f"{_DAYS[day.weekday()]}, {d} {_MONS[mo - 1]} {y} {h:02d}:{mi:02d}:{s:02d} {tz}"


def hdr(value, charset="utf-8"):
    """Encode a header value with RFC 2047 when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{email}>"


def addrs(pairs, charset="utf-8"):
    return ", ".join(addr(n, e, charset) for n, e in pairs)


def _encode(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte in ("7bit", "8bit"):
        return raw if raw.endswith(b"\n") else raw + b"\n"
    raise ValueError(cte)


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", extra="", disposition=None,
         format_flowed=False):
    """A text/* leaf part."""
    if subtype == "html" and charset.lower() != "utf-8":
        body = body.replace('content="text/html; charset=utf-8"', f'content="text/html; charset={charset}"')
    raw = body.encode(charset)
    if cte == "7bit":
        raw.decode("ascii")  # must really be 7bit
    params = f"; charset=\"{charset}\""
    if format_flowed and subtype == "plain":
        params = f"; charset={charset}; format=flowed; delsp=yes"
    head = f"Content-Type: text/{subtype}{params}\nContent-Transfer-Encoding: {cte}\n"
    if disposition:
        head += f"Content-Disposition: {disposition}\n"
    head += extra
    return head.encode("ascii") + b"\n" + _encode(raw, cte)


def _fname_param(name, key="filename"):
    try:
        name.encode("ascii")
        return f'{key}="{name}"'
    except UnicodeEncodeError:
        return f"{key}*=utf-8''{_urlquote(name)}"


def attachment(data, ctype, filename, inline=False, cid=None, name_param=True, extra=""):
    """A base64 leaf part (PDF, XLSX, CSV, image ...)."""
    disp = "inline" if inline else "attachment"
    head = f"Content-Type: {ctype}"
    if name_param:
        head += f";\n\t{_fname_param(filename, 'name')}"
    head += f"\nContent-Transfer-Encoding: base64\nContent-Disposition: {disp};\n\t{_fname_param(filename)}\n"
    if cid:
        head += f"Content-ID: <{cid}>\n"
    head += extra
    return head.encode("ascii") + b"\n" + base64.encodebytes(data)


def multipart(subtype, boundary, parts, params="", preamble=None):
    head = f"Content-Type: multipart/{subtype};{params}\n\tboundary=\"{boundary}\"\n\n"
    out = head.encode("ascii")
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += f"\n--{boundary}\n".encode("ascii") + p.rstrip(b"\n") + b"\n"
    out += f"\n--{boundary}--\n".encode("ascii")
    return out


def rfc822(inner, ctype="message/rfc822", extra=""):
    """Embed a whole message (bytes, LF line ends) as a message/rfc822 part."""
    return f"Content-Type: {ctype}\n{extra}\n".encode("ascii") + inner.replace(b"\r\n", b"\n")


def raw_part(head, body_bytes):
    return head.encode("ascii") + b"\n" + body_bytes


def message(headers, body):
    """headers: list of (name, value) in wire order; body: bytes of one MIME entity.

    MIME-Version is added when the body carries a Content-Type.
    Returns CRLF bytes."""
    out = b""
    for k, v in headers:
        if v is None:
            continue
        try:
            v.encode("ascii")
        except UnicodeEncodeError:
            if k.lower() in ("from", "to", "cc", "reply-to", "sender"):
                from email.utils import getaddresses
                v = ", ".join(addr(n, a) for n, a in getaddresses([v]))
            else:
                v = hdr(v)
        out += f"{k}: {v}\n".encode("ascii")
    if b"Content-Type:" in body.split(b"\n\n", 1)[0] and not any(k.lower() == "mime-version" for k, _ in headers):
        out += b"MIME-Version: 1.0\n"
    out += body
    out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out
