"""A small, deterministic MIME writer.

Everything is built with LF line ends and converted to CRLF once, when the
top-level message is rendered (``message()``).  Header values must be ASCII:
non-ASCII text goes through ``ew()`` (RFC 2047 encoded words).
"""
from __future__ import annotations

import base64
import quopri
import re
from email.utils import format_datetime

# --------------------------------------------------------------------------
# headers
# --------------------------------------------------------------------------

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_word(data: bytes) -> str:
    out = []
    for b in data:
        if b == 0x20:
            out.append("_")
        elif b in _Q_SAFE:
            out.append(chr(b))
        else:
            out.append("=%02X" % b)
    return "".join(out)


def ew(text: str, charset: str = "utf-8", mode: str = "B", fold: str = "\n ") -> str:
    """Encode ``text`` as RFC 2047 encoded words (only if it is not ASCII)."""
    try:
        text.encode("ascii")
        return fold_ascii(text)
    except UnicodeEncodeError:
        pass
    words, chunk = [], ""

    def enc(s):
        raw = s.encode(charset)
        if mode == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode())
        return "=?%s?Q?%s?=" % (charset, _q_word(raw))

    for ch in text:
        cand = chunk + ch
        if len(enc(cand)) > 74 and chunk:
            words.append(enc(chunk))
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(enc(chunk))
    return fold.join(words)


def fold_ascii(text: str, width: int = 76) -> str:
    """Fold a long ASCII header value at spaces."""
    if len(text) <= width:
        return text
    out, line = [], ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\n ".join(out)


def addr(name: str | None, email: str, charset: str = "utf-8", mode: str = "B") -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            name = '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, charset, mode), email)


def date(d) -> str:
    return format_datetime(d)


# --------------------------------------------------------------------------
# parts
# --------------------------------------------------------------------------

class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None, epilogue=None):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self) -> bytes:
        out = []
        for k, v in self.headers:
            v.encode("ascii")
            out.append((("%s: %s\n" % (k, v)) if v != "" else ("%s:\n" % k)).encode("ascii"))
        out.append(b"\n")
        if self.parts is None:
            body = self.body
            if body and not body.endswith(b"\n"):
                body += b"\n"
            out.append(body)
        else:
            b = self.boundary.encode("ascii")
            if self.preamble is not None:
                out.append(self.preamble.encode("ascii") + b"\n")
            for p in self.parts:
                out.append(b"--" + b + b"\n")
                out.append(p.render())
                out.append(b"\n")
            out.append(b"--" + b + b"--\n")
            if self.epilogue:
                out.append(self.epilogue.encode("ascii"))
        return b"".join(out)


def _body_bytes(data: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "7bit":
        data.decode("ascii")
        return data
    if cte == "8bit":
        return data
    raise ValueError(cte)


def text(s: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         quote_charset: bool = True, flowed: bool = False, extra=None, disposition=None) -> Part:
    if "\r" in s:
        raise ValueError("use LF only")
    data = s.encode(charset)          # strict: the text must fit the charset
    cs = '"%s"' % charset if quote_charset else charset
    ct = "text/%s; charset=%s" % (subtype, cs)
    if flowed:
        ct += "; format=flowed"
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disposition:
        headers.append(("Content-Disposition", disposition))
    if extra:
        headers.extend(extra)
    return Part(headers, _body_bytes(data, cte))


def attachment(data: bytes, ctype: str, filename: str, disposition: str = "attachment",
               extra=None, name_param: bool = True, rfc2231: bool = False, cte: str = "base64") -> Part:
    try:
        filename.encode("ascii")
        fn_ct = '; name="%s"' % filename if name_param else ""
        fn_cd = '; filename="%s"' % filename
    except UnicodeEncodeError:
        if rfc2231:
            from urllib.parse import quote
            q = quote(filename.encode("utf-8"), safe="")
            fn_ct = "; name*=utf-8''%s" % q if name_param else ""
            fn_cd = "; filename*=utf-8''%s" % q
        else:
            e = ew(filename, "utf-8", "B", fold=" ")
            fn_ct = '; name="%s"' % e if name_param else ""
            fn_cd = '; filename="%s"' % e
    headers = [("Content-Type", ctype + fn_ct),
               ("Content-Disposition", disposition + fn_cd),
               ("Content-Transfer-Encoding", cte)]
    if extra:
        headers.extend(extra)
    if cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = _body_bytes(data, cte)
    return Part(headers, body)


def multipart(subtype: str, parts, boundary: str, preamble: str | None = None, params: str = "",
              headers_first=None, quote_boundary: bool = True) -> Part:
    b = '"%s"' % boundary if quote_boundary else boundary
    hdrs = list(headers_first or [])
    hdrs.insert(0, ("Content-Type", "multipart/%s;\n\tboundary=%s%s" % (subtype, b, params)))
    return Part(hdrs, parts=list(parts), boundary=boundary, preamble=preamble)


def rfc822(msg_bytes: bytes, disposition: str | None = None, description: str | None = None) -> Part:
    hdrs = [("Content-Type", "message/rfc822")]
    if description:
        hdrs.append(("Content-Description", description))
    if disposition:
        hdrs.append(("Content-Disposition", disposition))
    return Part(hdrs, msg_bytes.replace(b"\r\n", b"\n"))


def headers_part(msg_bytes: bytes) -> Part:
    head = msg_bytes.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0] + b"\n"
    return Part([("Content-Type", "text/rfc822-headers")], head)


def delivery_status(fields_text: str, description: str | None = None) -> Part:
    hdrs = [("Content-Type", "message/delivery-status")]
    if description:
        hdrs.append(("Content-Description", description))
    return Part(hdrs, fields_text.encode("ascii"))


def message(headers, body: Part) -> bytes:
    """Render a top-level message: the message headers, then the body part's own headers."""
    top = Part(list(headers) + body.headers, body.body, body.parts, body.boundary, body.preamble,
               body.epilogue)
    raw = top.render()
    if b"\r" in raw:
        raise ValueError("CR in message")
    return raw.replace(b"\n", b"\r\n")
