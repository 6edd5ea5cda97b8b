"""A small, deterministic raw-MIME writer (standard library only).

Everything is produced with LF internally and converted to CRLF once, at the
end, so the files look like what an IMAP FETCH BODY[] returns.
"""
from __future__ import annotations

import base64
import datetime as dt
import html
import quopri
from email.utils import format_datetime


# ---------------------------------------------------------------- headers

def _is_ascii(s: str) -> bool:
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encoded_words(text: str, charset: str = "utf-8", enc: str = "B") -> str:
    """RFC 2047 encoded words, each at most 75 characters, folded with LF+space."""
    if _is_ascii(text):
        return text
    prefix = f"=?{charset}?{enc}?"
    words, chunk = [], ""

    def encode(s):
        raw = s.encode(charset)
        if enc == "B":
            return base64.b64encode(raw).decode("ascii")
        out = []
        for b in raw:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isalnum() and b < 128:
                out.append(c)
            elif c in "!*+-/" and b < 128:
                out.append(c)
            else:
                out.append(f"={b:02X}")
        return "".join(out)

    for ch in text:
        cand = chunk + ch
        if len(prefix) + len(encode(cand)) + 2 > 75 and chunk:
            words.append(prefix + encode(chunk) + "?=")
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(prefix + encode(chunk) + "?=")
    return "\n ".join(words)


def addr(name: str | None, email: str, charset: str = "utf-8", enc: str = "B") -> str:
    if not name:
        return email
    if _is_ascii(name):
        if any(c in name for c in ',.;:()<>@"[]'):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    return f"{encoded_words(name, charset, enc)} <{email}>"


def date_header(d: dt.datetime) -> str:
    assert d.tzinfo is not None
    return format_datetime(d)


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(minutes=int(hours * 60)))


# ---------------------------------------------------------------- parts

class Part:
    def __init__(self, headers, body: bytes = b"", children=None, boundary=None, preamble=None):
        self.headers = list(headers)
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble

    def render(self) -> bytes:
        out = []
        for k, v in self.headers:
            out.append(f"{k}: {v}\n".encode("ascii"))
        out.append(b"\n")
        if self.children is None:
            out.append(self.body)
            if not self.body.endswith(b"\n"):
                out.append(b"\n")
        else:
            if self.preamble:
                out.append(self.preamble.encode("ascii") + b"\n")
            for c in self.children:
                out.append(f"--{self.boundary}\n".encode("ascii"))
                out.append(c.render())
            out.append(f"--{self.boundary}--\n".encode("ascii"))
        return b"".join(out)


def _cte_encode(raw: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw, quotetabs=False)
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    if cte == "8bit":
        return raw
    raise ValueError(cte)


def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         flowed: bool = False, delsp: bool = False, extra_headers=()) -> Part:
    params = f"text/{subtype}; charset=\"{charset}\"" if charset.lower() != "us-ascii" else f"text/{subtype}; charset=us-ascii"
    if flowed:
        params += "; format=flowed"
        if delsp:
            params += "; delsp=yes"
    raw = body.replace("\r\n", "\n").encode(charset)
    hdrs = [("Content-Type", params), ("Content-Transfer-Encoding", cte)]
    hdrs.extend(extra_headers)
    return Part(hdrs, _cte_encode(raw, cte))


def attachment(data: bytes, ctype: str, filename: str, cte: str = "base64", inline: bool = False,
               content_id: str | None = None, name_param: bool = True, filename_charset: str = "utf-8") -> Part:
    fn = filename if _is_ascii(filename) else encoded_words(filename, filename_charset)
    ct = f'{ctype}; name="{fn}"' if name_param else ctype
    disp = "inline" if inline else "attachment"
    hdrs = [("Content-Type", ct), ("Content-Disposition", f'{disp}; filename="{fn}"'),
            ("Content-Transfer-Encoding", cte)]
    if content_id:
        hdrs.append(("Content-ID", f"<{content_id}>"))
    return Part(hdrs, _cte_encode(data, cte))


def multipart(subtype: str, parts, boundary: str, extra_params: str = "", preamble=None) -> Part:
    ct = f'multipart/{subtype};\n\tboundary="{boundary}"' + (f";\n\t{extra_params}" if extra_params else "")
    return Part([("Content-Type", ct)], children=list(parts), boundary=boundary, preamble=preamble)


def raw_part(ctype: str, body: str, cte: str = "7bit", extra_headers=()) -> Part:
    hdrs = [("Content-Type", ctype)]
    if cte:
        hdrs.append(("Content-Transfer-Encoding", cte))
    hdrs.extend(extra_headers)
    return Part(hdrs, body.encode("utf-8" if cte == "8bit" else "ascii"))


def message(headers, root: Part, mime_version: bool = True) -> bytes:
    """headers: list of (name, value) in the order a real MTA chain would leave them."""
    top = []
    for k, v in headers:
        top.append((k, v))
    if mime_version:
        top.append(("MIME-Version", "1.0"))
    root = Part(top + root.headers, root.body, root.children, root.boundary, root.preamble)
    data = root.render()
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# ---------------------------------------------------------------- quoting helpers

def quote_gt(txt: str, prefix: str = "> ") -> str:
    out = []
    for ln in txt.rstrip("\n").split("\n"):
        if ln.startswith(">"):
            out.append(">" + ln)
        elif ln:
            out.append(prefix + ln)
        else:
            out.append(prefix.rstrip())
    return "\n".join(out) + "\n"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def text_to_html(txt: str, p_open: str = "<p>", p_close: str = "</p>") -> str:
    """Paragraphs separated by blank lines, single newlines as <br>."""
    paras = [p for p in txt.strip("\n").split("\n\n")]
    return "\n".join(p_open + "<br>\n".join(esc(l) for l in p.split("\n")) + p_close for p in paras)


def pre_html(txt: str) -> str:
    return "<br>\n".join(esc(l).replace("  ", "&nbsp; ") for l in txt.rstrip("\n").split("\n"))


def rfc822_part(inner: bytes, description: str | None = None) -> Part:
    """An attached message (message/rfc822); inner is a rendered message (CRLF or LF)."""
    hdrs = [("Content-Type", "message/rfc822")]
    if description:
        hdrs.append(("Content-Description", description))
    return Part(hdrs, inner.replace(b"\r\n", b"\n"))
