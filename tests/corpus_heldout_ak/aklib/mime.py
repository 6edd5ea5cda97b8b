"""A small, deterministic MIME writer.

Everything is rendered with LF line ends and converted to CRLF at the very end,
as a message fetched over IMAP would look.  Boundaries and Message-IDs are
always passed in by the caller, never generated.
"""
from __future__ import annotations

import base64
import quopri
from email.header import Header
from email.utils import format_datetime
import datetime as dt


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def render(self) -> bytes:
        out = [f"{k}: {v}\n".encode("ascii") for k, v in self.headers]
        out.append(b"\n")
        if self.parts is not None:
            b = self.boundary.encode("ascii")
            if self.preamble:
                out.append(self.preamble.encode("ascii") + b"\n")
            for p in self.parts:
                out.append(b"--" + b + b"\n")
                rendered = p.render()
                if not rendered.endswith(b"\n"):
                    rendered += b"\n"
                out.append(rendered)
            out.append(b"--" + b + b"--\n")
        else:
            body = self.body
            if body and not body.endswith(b"\n"):
                body += b"\n"
            out.append(body)
        return b"".join(out)


# ---------------------------------------------------------------- headers

def enc(value: str, charset: str = "utf-8") -> str:
    """RFC 2047-encode a header value if it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def addr(name: str | None, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"[]'):
            q = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{q}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode(maxlinelen=200)} <{email}>"


def date_hdr(s: str) -> str:
    """'2026-11-12 08:47 +0100' -> RFC 5322 date."""
    return format_datetime(parse_dt(s))


def parse_dt(s: str) -> dt.datetime:
    d, t, z = s.split()
    hh, mm = t.split(":")[:2]
    ss = t.split(":")[2] if t.count(":") == 2 else "00"
    sign = 1 if z[0] == "+" else -1
    off = dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])) * sign
    return dt.datetime.fromisoformat(d).replace(hour=int(hh), minute=int(mm), second=int(ss),
                                                tzinfo=dt.timezone(off))


# ---------------------------------------------------------------- leaf parts

def _encode_body(raw: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw, quotetabs=False)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        return raw
    raise ValueError(cte)


def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         flowed: bool = False, extra=None, disposition: str | None = None) -> Part:
    if not body.endswith("\n"):
        body += "\n"
    raw = body.encode(charset)
    params = f'text/{subtype}; charset="{charset}"'
    if flowed:
        params += "; format=flowed"
    hdrs = [("Content-Type", params), ("Content-Transfer-Encoding", cte)]
    if disposition:
        hdrs.append(("Content-Disposition", disposition))
    if extra:
        hdrs.extend(extra)
    return Part(hdrs, _encode_body(raw, cte))


def attachment(data: bytes, ctype: str, filename: str, inline: bool = False, charset: str | None = None,
               content_id: str | None = None) -> Part:
    try:
        filename.encode("ascii")
        ct = f'{ctype}; name="{filename}"'
        cd = f'{"inline" if inline else "attachment"}; filename="{filename}"'
    except UnicodeEncodeError:
        ew = Header(filename, "utf-8").encode(maxlinelen=500)
        from urllib.parse import quote
        ct = f'{ctype}; name="{ew}"'
        cd = f"{'inline' if inline else 'attachment'}; filename*=utf-8''{quote(filename)}"
    if charset:
        ct = ct.replace(";", f'; charset="{charset}";', 1)
    hdrs = [("Content-Type", ct), ("Content-Disposition", cd), ("Content-Transfer-Encoding", "base64")]
    if content_id:
        hdrs.append(("Content-ID", content_id))
    return Part(hdrs, base64.encodebytes(data))


def multipart(subtype: str, parts, boundary: str, extra_params: str = "", preamble: str | None = None) -> Part:
    ct = f'multipart/{subtype}; boundary="{boundary}"' + extra_params
    return Part([("Content-Type", ct)], parts=list(parts), boundary=boundary, preamble=preamble)


def alternative(plain: Part, html: Part, boundary: str) -> Part:
    return multipart("alternative", [plain, html], boundary)


def rfc822(inner_bytes: bytes) -> Part:
    return Part([("Content-Type", "message/rfc822")], inner_bytes.replace(b"\r\n", b"\n"))


def rfc822_headers(inner_headers: str) -> Part:
    return Part([("Content-Type", "text/rfc822-headers")], inner_headers.encode("ascii"))


def delivery_status(per_message, per_recipients) -> Part:
    lines = [f"{k}: {v}" for k, v in per_message]
    for rcpt in per_recipients:
        lines.append("")
        lines.extend(f"{k}: {v}" for k, v in rcpt)
    return Part([("Content-Type", "message/delivery-status")], ("\n".join(lines) + "\n").encode("ascii"))


# ---------------------------------------------------------------- message

def message(headers, root: Part) -> bytes:
    """headers: list of (name, value); values must already be ASCII (use enc/addr)."""
    hs = list(headers)
    names = {k.lower() for k, _ in hs}
    if "mime-version" not in names:
        hs.append(("MIME-Version", "1.0"))
    top = Part(hs + root.headers, root.body, root.parts, root.boundary, root.preamble)
    raw = top.render()
    for k, v in hs:
        v.encode("ascii")
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
