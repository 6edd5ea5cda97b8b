"""Deterministic hand-rolled MIME construction (standard library only)."""
import base64
import quopri
from email.header import Header
from email.utils import formataddr


class Ctx:
    """Per-case counter for fixed boundaries."""
    case = "000"
    n = 0


def reset(case):
    Ctx.case = case
    Ctx.n = 0


def boundary(style="outlook"):
    Ctx.n += 1
    c, n = Ctx.case, Ctx.n
    if style == "outlook":
        return f"_00{n}_AM9PR0{c}MB1{n}07EURP_"
    if style == "gmail":
        return f"0000000000000{c}a{n}f06b2e9d{n}c4"
    if style == "apple":
        return f"Apple-Mail=_6A1{c}E2F-{n}B7C-4D1A-9E0F-3C5D{c}B1{n}A7"
    if style == "tb":
        return f"------------{c}Q{n}x8VtKfZ0mLr2hYcWw"
    return f"----=_Part_{c}_{n}.17{c}00{n}"


def hdr(value, charset="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{email}>"


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # str (already 7-bit)

    def render(self):
        h = "".join(f"{k}: {v}\n" for k, v in self.headers)
        return h + "\n" + self.body


def _qp(data: bytes) -> str:
    return quopri.encodestring(data).decode("ascii")


def _b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def text(s, subtype="plain", charset="utf-8", cte=None, flowed=False):
    if subtype == "html":
        data = s.encode(charset, errors="xmlcharrefreplace")
        s = data.decode(charset)
    else:
        try:
            data = s.encode(charset)
        except UnicodeEncodeError:
            for a, b in (("\u2013", "-"), ("\u2014", "-"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2026", "..."), ("\u00b7", "-")):
                s = s.replace(a, b)
            data = s.encode(charset)
    if cte is None:
        try:
            s.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "quoted-printable"
    ctype = f"text/{subtype}; charset=\"{charset}\""
    if flowed:
        ctype = f"text/{subtype}; charset={charset}; format=flowed"
    if cte == "7bit":
        body = s
    elif cte == "quoted-printable":
        body = _qp(data)
    else:
        cte = "base64"
        body = _b64(data)
    if not body.endswith("\n"):
        body += "\n"
    return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)], body)


def multipart(subtype, parts, style="outlook", extra=""):
    b = boundary(style)
    body = ""
    if style == "outlook" and subtype == "mixed":
        pass
    for p in parts:
        body += f"--{b}\n" + p.render() + "\n"
    body += f"--{b}--\n"
    return Part([("Content-Type", f"multipart/{subtype};{extra}\n\tboundary=\"{b}\"")], body)


def alt(plain, html, style="outlook"):
    return multipart("alternative", [plain, html], style)


def mixed(parts, style="outlook"):
    return multipart("mixed", parts, style)


def attachment(data: bytes, ctype, filename, inline=False):
    disp = "inline" if inline else "attachment"
    return Part([
        ("Content-Type", f"{ctype}; name=\"{filename}\""),
        ("Content-Description", filename),
        ("Content-Disposition", f"{disp}; filename=\"{filename}\""),
        ("Content-Transfer-Encoding", "base64"),
    ], _b64(data))


def text_attachment(s, ctype, filename, charset="utf-8"):
    return Part([
        ("Content-Type", f"{ctype}; charset=\"{charset}\"; name=\"{filename}\""),
        ("Content-Disposition", f"attachment; filename=\"{filename}\""),
        ("Content-Transfer-Encoding", "base64"),
    ], _b64(s.encode(charset)))


def rfc822(msg_bytes: bytes, ctype="message/rfc822"):
    return Part([("Content-Type", ctype)], msg_bytes.decode("ascii").replace("\r\n", "\n"))


def message(headers, part):
    """headers: list of (name, value); values already encoded. Returns CRLF bytes."""
    out = "".join(f"{k}: {v}\n" for k, v in headers)
    out += "MIME-Version: 1.0\n" if not any(k.lower() == "mime-version" for k, _ in headers) else ""
    out += part.render()
    out.encode("ascii")
    return out.replace("\n", "\r\n").encode("ascii")
