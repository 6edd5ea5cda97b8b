"""Hand-rolled, deterministic MIME builder (standard library only).

Everything is assembled as text with LF line ends and converted to CRLF at the
very end, the way a message looks when fetched over IMAP.
"""
from __future__ import annotations

import base64
import datetime as dt
import html as _html
import quopri

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class MailDate:
    """A Date header value plus the calendar date it stands for."""

    def __init__(self, y, m, d, hh, mm, ss, tz="+0000", zero_pad=False):
        self.dt = dt.datetime(y, m, d, hh, mm, ss)
        self.date = self.dt.date()
        self.tz = tz
        day = f"{d:02d}" if zero_pad else str(d)
        self.header = f"{WEEKDAYS[self.date.weekday()]}, {day} {MONTHS[m - 1]} {y} {hh:02d}:{mm:02d}:{ss:02d} {tz}"

    def __str__(self):
        return self.header


def _q_encode(b: bytes) -> str:
    out = []
    for c in b:
        ch = chr(c)
        if ch == " ":
            out.append("_")
        elif ch.isalnum() and c < 128:
            out.append(ch)
        elif ch in "!*+-/" and c < 128:
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)


def encode_words(value: str, charset: str = "utf-8", enc: str | None = None) -> str:
    """RFC 2047 encoded-words with the charset label exactly as given, each word
    at most 75 characters and never splitting a character."""
    if enc is None:
        enc = "B" if charset.lower().replace("_", "-") in (
            "utf-8", "gb2312", "gbk", "big5", "shift-jis", "iso-2022-jp", "euc-kr", "tis-620",
            "windows-1251", "koi8-u", "windows-1256", "iso-8859-7", "iso-8859-8", "windows-1255") else "Q"
    words, cur = [], ""
    prefix = f"=?{charset}?{enc}?"

    def enc_len(s):
        b = s.encode(charset)
        return len(prefix) + 2 + (len(base64.b64encode(b)) if enc == "B" else len(_q_encode(b)))

    for ch in value:
        if cur and enc_len(cur + ch) > 75:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(charset)
        payload = base64.b64encode(b).decode() if enc == "B" else _q_encode(b)
        out.append(f"{prefix}{payload}?=")
    return "\n ".join(out)


def hdr(value: str, charset: str = "utf-8", name: str = "Subject", enc: str | None = None) -> str:
    """RFC 2047-encode a header value when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return encode_words(value, charset, enc)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name: str | None, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{encode_words(name, charset)} <{email}>"
    if any(c in _SPECIALS for c in name):
        q = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{q}" <{email}>'
    return f"{name} <{email}>"


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        out = b"".join(f"{k}: {v}\n".encode("ascii") for k, v in self.headers)
        return out + b"\n" + self.body


def _encode_body(data: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
    elif cte == "base64":
        enc = base64.encodebytes(data)
    elif cte == "7bit":
        data.decode("ascii")
        enc = data
    elif cte == "8bit":
        enc = data
    else:
        raise ValueError(cte)
    if not enc.endswith(b"\n"):
        enc += b"\n"
    for ln in enc.split(b"\n"):
        assert len(ln) <= 998, "line too long"
    return enc


def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         params: str = "", extra: list[tuple[str, str]] | None = None, quote_charset: bool = True) -> Part:
    data = body.encode(charset)
    cs = f'"{charset}"' if quote_charset else charset
    ct = f"text/{subtype}; charset={cs}{params}"
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + (extra or [])
    return Part(headers, _encode_body(data, cte))


def html(body: str, charset: str = "utf-8", cte: str = "quoted-printable", **kw) -> Part:
    return text(body, "html", charset, cte, **kw)


def attach(data: bytes, ctype: str, filename: str, disposition: str = "attachment",
           extra: list[tuple[str, str]] | None = None) -> Part:
    headers = [("Content-Type", f'{ctype}; name="{filename}"'),
               ("Content-Disposition", f'{disposition}; filename="{filename}"'),
               ("Content-Transfer-Encoding", "base64")] + (extra or [])
    return Part(headers, base64.encodebytes(data))


def multipart(subtype: str, parts: list[Part], boundary: str, preamble: str | None = None,
              params: str = "", extra: list[tuple[str, str]] | None = None) -> Part:
    headers = [("Content-Type", f'multipart/{subtype};{params}\n\tboundary="{boundary}"')] + (extra or [])
    chunks = []
    if preamble:
        chunks.append(preamble.encode("ascii") + b"\n\n")
    for p in parts:
        chunks.append(f"--{boundary}\n".encode("ascii"))
        r = p.render()
        if not r.endswith(b"\n"):
            r += b"\n"
        chunks.append(r)
    chunks.append(f"--{boundary}--\n".encode("ascii"))
    return Part(headers, b"".join(chunks))


def rfc822(inner: bytes, ctype: str = "message/rfc822", extra=None) -> Part:
    """Embed an already rendered message (LF line ends)."""
    inner = inner.replace(b"\r\n", b"\n")
    return Part([("Content-Type", ctype)] + (extra or []), inner)


def delivery_status(per_message: list[tuple[str, str]], recipients: list[list[tuple[str, str]]]) -> Part:
    blocks = ["".join(f"{k}: {v}\n" for k, v in per_message)]
    for r in recipients:
        blocks.append("".join(f"{k}: {v}\n" for k, v in r))
    body = "\n".join(blocks)
    return Part([("Content-Type", "message/delivery-status")], body.encode("ascii"))


def message(headers: list[tuple[str, str]], body: Part, mime_version: bool = True) -> bytes:
    out = []
    for k, v in headers:
        if v is None:
            continue
        out.append(f"{k}: {v}\n".encode("ascii"))
    if mime_version:
        out.append(b"MIME-Version: 1.0\n")
    raw = b"".join(out) + body.render()
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ---------------------------------------------------------------- HTML helpers

def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def text_to_html_lines(s: str) -> str:
    """Plain text to HTML paragraphs the way webmailers do it (one <div> per line)."""
    out = []
    for ln in s.split("\n"):
        out.append(f"<div>{esc(ln) if ln.strip() else '<br>'}</div>")
    return "\n".join(out)


def pre_block(s: str) -> str:
    return "<pre style=\"font-family:Consolas,monospace;font-size:10pt\">" + esc(s) + "</pre>"


def html_table(rows: list[list[str]], header: bool = True, style: str = "border-collapse:collapse") -> str:
    out = [f'<table border="1" cellspacing="0" cellpadding="3" style="{style}">']
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(str(c))}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def quote_gt(s: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in s.split("\n"))
