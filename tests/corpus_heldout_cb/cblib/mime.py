"""Hand-rolled, deterministic MIME assembly (no random boundaries, no clock)."""
import base64
import quopri
from email.header import Header
from email.utils import formataddr


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body if isinstance(body, bytes) else body.encode("ascii")

    def to_bytes(self):
        out = b""
        for name, value in self.headers:
            out += f"{name}: {value}\n".encode("ascii")
        out += b"\n" + self.body
        if not out.endswith(b"\n"):
            out += b"\n"
        return out


def hdr(s, charset="utf-8", enc=None):
    """Header value; non-ASCII text becomes RFC 2047 encoded words."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        h = Header(s, charset)
        return h.encode(linesep="\n")


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode(linesep=chr(10))} <{email}>"


def encode_body(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte in ("8bit", "7bit"):
        return raw if raw.endswith(b"\n") else raw + b"\n"
    raise ValueError(cte)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra=()):
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte == "7bit":
        raw.decode("ascii")
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra),
                encode_body(raw, cte))


def attachment(data, ctype, filename, cte="base64", inline=False, extra=()):
    disp = "inline" if inline else "attachment"
    try:
        filename.encode("ascii")
        ctp = f'{ctype}; name="{filename}"'
        dp = f'{disp}; filename="{filename}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        q = quote(filename.encode("utf-8"))
        ctp = f'{ctype}; name="{Header(filename, "utf-8").encode()}"'
        dp = f"{disp}; filename*=utf-8''{q}"
    if isinstance(data, str):
        data = data.encode("utf-8")
    return Part([("Content-Type", ctp), ("Content-Disposition", dp), ("Content-Transfer-Encoding", cte)]
                + list(extra), encode_body(data, cte))


def multipart(subtype, parts, boundary, params="", preamble=None, extra=()):
    ct = f'multipart/{subtype}; boundary="{boundary}"'
    if params:
        ct += "; " + params
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + p.to_bytes()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", ct)] + list(extra), body)


def raw_part(headers, body):
    """A part whose body is given verbatim (message/rfc822, message/delivery-status)."""
    return Part(headers, body if isinstance(body, bytes) else body.encode("utf-8"))


def message(headers, part, mime_version=True):
    out = b""
    for name, value in headers:
        if value is None:
            continue
        out += f"{name}: {value}\n".encode("ascii")
    if mime_version:
        out += b"MIME-Version: 1.0\n"
    out += part.to_bytes()
    # wire format: CRLF line ends
    return out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
