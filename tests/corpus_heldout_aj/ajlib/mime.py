"""Hand-rolled MIME writer so that boundaries, encodings and header order are fixed."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import quopri
from email.header import Header
from email.utils import format_datetime


def hexid(seed: str, n: int = 16, upper: bool = False) -> str:
    h = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    while len(h) < n:
        h += hashlib.sha256(h.encode()).hexdigest()
    h = h[:n]
    return h.upper() if upper else h


def enc_header(value: str, charset: str = "utf-8") -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode()


def addr(name: str, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def rfc_date(stamp: str, tz: str) -> str:
    """stamp 'YYYY-MM-DD HH:MM[:SS]', tz '+0100' -> RFC 5322 date."""
    fmt = "%Y-%m-%d %H:%M:%S" if stamp.count(":") == 2 else "%Y-%m-%d %H:%M"
    naive = dt.datetime.strptime(stamp, fmt)
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return format_datetime(naive.replace(tzinfo=dt.timezone(off)))


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        out = []
        for k, v in self.headers:
            out.append(f"{k}: {v}\n".encode("ascii"))
        out.append(b"\n")
        out.append(self.body)
        return b"".join(out)


def _encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
        return enc if enc.endswith(b"\n") else enc + b"\n"
    if cte in ("7bit", "8bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         flowed: bool = False, extra: list[tuple[str, str]] | None = None, label_charset: str | None = None) -> Part:
    data = body.replace("\r\n", "\n").encode(charset)
    ct = f"text/{subtype}; charset=\"{label_charset or charset}\""
    if flowed:
        ct = f"text/{subtype}; charset={label_charset or charset}; format=flowed"
        if cte == "7bit":
            ct += ""
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return Part(hdrs, _encode_body(data, cte))


def multipart(subtype: str, boundary: str, parts: list[Part], extra_params: str = "",
              preamble: str | None = "This is a multi-part message in MIME format.") -> Part:
    ct = f"multipart/{subtype};\n\tboundary=\"{boundary}\"{extra_params}"
    chunks = []
    if preamble:
        chunks.append(preamble.encode() + b"\n\n")
    for p in parts:
        chunks.append(b"--" + boundary.encode() + b"\n")
        chunks.append(p.render())
        if not chunks[-1].endswith(b"\n"):
            chunks.append(b"\n")
        chunks.append(b"\n")
    chunks.append(b"--" + boundary.encode() + b"--\n")
    return Part([("Content-Type", ct)], b"".join(chunks))


def attachment(data: bytes, ctype: str, filename: str, inline: bool = False, cte: str = "base64",
               extra: list[tuple[str, str]] | None = None) -> Part:
    try:
        filename.encode("ascii")
        fn_ct = f'; name="{filename}"'
        fn_cd = f'; filename="{filename}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        q = quote(filename.encode("utf-8"))
        fn_ct = f'; name="{Header(filename, "utf-8").encode()}"'
        fn_cd = f"; filename*=utf-8''{q}"
    disp = "inline" if inline else "attachment"
    hdrs = [("Content-Type", f"{ctype}{fn_ct}"),
            ("Content-Disposition", f"{disp}{fn_cd}"),
            ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return Part(hdrs, _encode_body(data, cte))


def rfc822(inner: bytes, ctype: str = "message/rfc822", extra: list[tuple[str, str]] | None = None) -> Part:
    inner = inner.replace(b"\r\n", b"\n")
    hdrs = [("Content-Type", ctype)]
    if extra:
        hdrs += extra
    return Part(hdrs, inner if inner.endswith(b"\n") else inner + b"\n")


def raw_part(headers: list[tuple[str, str]], body: str) -> Part:
    b = body.encode("ascii")
    return Part(headers, b if b.endswith(b"\n") else b + b"\n")


def message(headers: list[tuple[str, str]], body: Part, crlf: bool = True) -> bytes:
    """headers: ordered list; values already encoded (use enc_header/addr). body's own headers
    (Content-Type...) are appended after MIME-Version."""
    out = []
    for k, v in headers:
        v.encode("ascii")  # must be pre-encoded
        out.append(f"{k}: {v}\n")
    out.append("MIME-Version: 1.0\n")
    blob = "".join(out).encode("ascii") + body.render()
    blob = blob.replace(b"\r\n", b"\n")
    if crlf:
        blob = blob.replace(b"\n", b"\r\n")
    return blob
