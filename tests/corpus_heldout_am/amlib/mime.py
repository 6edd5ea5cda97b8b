"""Tiny raw MIME writer: deterministic boundaries, explicit charsets and transfer encodings."""
import base64
import datetime as dt
import quopri
from email.header import Header
from email.utils import formataddr, format_datetime


def hdr(value, charset="utf-8"):
    """RFC 2047-encode a header value when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset=charset)


def mdate(stamp, tz_hours):
    """'2026-11-09 10:14:05', +1 -> RFC 5322 date string (weekday computed)."""
    tz = dt.timezone(dt.timedelta(hours=tz_hours))
    d = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S" if stamp.count(":") == 2 else "%Y-%m-%d %H:%M")
    return format_datetime(d.replace(tzinfo=tz))


class Part:
    def __init__(self, ctype, payload, charset=None, cte=None, filename=None, inline=False,
                 headers=(), params=()):
        self.ctype = ctype
        self.payload = payload
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.inline = inline
        self.headers = list(headers)
        self.params = list(params)

    def render(self):
        ct = self.ctype
        if self.charset:
            ct += f'; charset="{self.charset}"'
        for k, v in self.params:
            ct += f'; {k}="{v}"'
        if self.filename and not self.ctype.startswith("text/"):
            ct += f'; name="{self.filename}"'
        lines = [f"Content-Type: {ct}"]
        payload = self.payload
        if isinstance(payload, str):
            payload = payload.replace("\r\n", "\n").encode(self.charset or "ascii")
        cte = self.cte or ("base64" if not self.ctype.startswith(("text/", "message/")) else "7bit")
        if cte == "base64":
            body = base64.encodebytes(payload)
        elif cte == "quoted-printable":
            body = quopri.encodestring(payload)
        else:
            body = payload
        if not self.ctype.startswith("message/"):
            lines.append(f"Content-Transfer-Encoding: {cte}")
        elif cte in ("8bit", "binary"):
            lines.append(f"Content-Transfer-Encoding: {cte}")
        if self.filename:
            disp = "inline" if self.inline else "attachment"
            lines.append(f'Content-Disposition: {disp}; filename="{self.filename}"')
        for k, v in self.headers:
            lines.append(f"{k}: {v}")
        if not body.endswith(b"\n"):
            body += b"\n"
        return ("\n".join(lines) + "\n\n").encode("ascii") + body


class Multi:
    def __init__(self, subtype, parts, boundary, params=(), preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = list(params)
        self.preamble = preamble

    def render(self):
        ct = f"multipart/{self.subtype};"
        for k, v in self.params:
            ct += f' {k}="{v}";'
        ct += f'\n\tboundary="{self.boundary}"'
        out = [f"Content-Type: {ct}\n\n".encode("ascii")]
        if self.preamble:
            out.append(self.preamble.encode("ascii") + b"\n")
        for p in self.parts:
            out.append(f"--{self.boundary}\n".encode("ascii"))
            out.append(p.render())
            out.append(b"\n")
        out.append(f"--{self.boundary}--\n".encode("ascii"))
        return b"".join(out)


def message(headers, root, crlf=True):
    """headers: list of (name, value) in order; root: Part or Multi."""
    h = []
    for k, v in headers:
        if v is None:
            continue
        h.append(f"{k}: {v}")
    h.append("MIME-Version: 1.0")
    raw = ("\n".join(h) + "\n").encode("ascii") + root.render()
    raw = raw.replace(b"\r\n", b"\n")
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    return raw


def dsn_report(human_text, mta_fields, recipients, original, boundary, headers_only=False,
               human_html=None, charset="utf-8"):
    """multipart/report; report-type=delivery-status.
    mta_fields: list of (name, value) for the per-message block;
    recipients: list of lists of (name, value) per recipient block;
    original: bytes of the returned message (or its header block when headers_only)."""
    blocks = ["\n".join(f"{k}: {v}" for k, v in mta_fields)]
    for r in recipients:
        blocks.append("\n".join(f"{k}: {v}" for k, v in r))
    status = "\n\n".join(blocks) + "\n"
    human = Part("text/plain", human_text, charset, "quoted-printable" if charset != "us-ascii" else "7bit")
    if human_html is not None:
        human = Multi("alternative", [human, Part("text/html", human_html, charset, "quoted-printable")],
                      boundary + "_alt")
    parts = [human, Part("message/delivery-status", status, None, "7bit")]
    if headers_only:
        parts.append(Part("text/rfc822-headers", original, "us-ascii", "7bit"))
    else:
        parts.append(Part("message/rfc822", original, None, "7bit"))
    return Multi("report", parts, boundary, params=[("report-type", "delivery-status")])
