"""Tiny deterministic MIME writer (standard library only).

Everything is built by hand so that boundaries, Message-IDs and encodings are
exactly what we ask for.  Lines are written with LF and converted to CRLF once
the whole message is assembled (as it would come over IMAP).
"""
from __future__ import annotations

import base64
import hashlib
import html
import quopri


# ---------------------------------------------------------------- headers

def _ew(chunk: str, charset: str, mode: str) -> str:
    data = chunk.encode(charset)
    if mode == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(data).decode("ascii"))
    out = []
    for b in data:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        elif c in "!*+-/" :
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def encode_words(text: str, charset: str = "utf-8", mode: str = "B") -> str:
    """RFC 2047 encoded words, each at most 75 characters, folded."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        if cur and len(_ew(trial, charset, mode)) > 75:
            words.append(_ew(cur, charset, mode))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(_ew(cur, charset, mode))
    return "\n ".join(words)


def subject(text: str, charset: str = "utf-8", mode: str = "B") -> str:
    """Encode a subject; an ASCII prefix such as 'Re: ' stays readable."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    # keep a leading ASCII run (Re:, AW:, SV:) outside the encoded words
    i = 0
    while i < len(text) and ord(text[i]) < 128:
        i += 1
    head = text[:i]
    cut = head.rfind(" ")
    if cut < 0:
        return encode_words(text, charset, mode)
    return head[:cut + 1] + encode_words(text[cut + 1:], charset, mode)


def addr(name: str | None, email: str, charset: str = "utf-8", mode: str = "B") -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"[]\\'):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (encode_words(name, charset, mode), email)


def addrs(pairs, charset="utf-8", mode="B") -> str:
    return ",\n ".join(addr(n, e, charset, mode) for n, e in pairs)


def stable_hex(*parts, n=32) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n]


def msgid(style: str, seed: str, domain: str = "example.com", geo: str = "eu") -> str:
    h = stable_hex(style, seed, n=40).upper()
    if style == "outlook":
        pools = {"eu": [("AM9", "eurprd04"), ("DB8", "eurprd08"), ("PA4", "eurprd06"), ("VI1", "eurprd05"),
                        ("GV1", "eurprd02"), ("DU2", "eurprd03")],
                 "na": [("SN6", "namprd11"), ("BY5", "namprd04"), ("CH2", "namprd13"), ("MN2", "namprd12")],
                 "apac": [("SG2", "apcprd02"), ("TYCP", "jpnprd01"), ("SI2", "apcprd03"), ("ME3", "ausprd01")]}
        pool = pools[geo]
        pre, region = pool[int(h[0], 16) % len(pool)]
        srv = "%sPR%02dMB%s" % (pre, int(h[1:3], 16) % 10, 1000 + int(h[3:7], 16) % 9000)
        return "<%s%s@%s.%s.prod.outlook.com>" % (srv, h[:28], srv, region)
    if style == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (h[:2], base64.b64encode(bytes.fromhex(h[2:38])).decode().replace("/", "_").replace("+", "-").rstrip("="))
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    if style == "thunderbird":
        hl = h.lower()
        return "<%s-%s-%s-%s-%s@%s>" % (hl[:8], hl[8:12], hl[12:16], hl[16:20], hl[20:32], domain)
    if style == "erp":
        return "<%s.%s@%s>" % (int(h[:10], 16), h[10:18].lower(), domain)
    return "<%s@%s>" % (h[:24].lower(), domain)


def boundary(style: str, seed: str) -> str:
    h = stable_hex("b", style, seed, n=40)
    if style == "outlook":
        return "_%03d_%s_" % (int(h[:2], 16) % 8, h[2:30].upper())
    if style == "gmail":
        return "0000000000%s" % h[:18]
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if style == "thunderbird":
        return "------------%s" % base64.b64encode(bytes.fromhex(h[:36])).decode().replace("/", "0").replace("+", "1")[:24]
    return "----=_Part_%d_%d.%d" % (int(h[:4], 16), int(h[4:12], 16), 1790000000000 + int(h[12:18], 16))


# ---------------------------------------------------------------- parts

class Part:
    def headers(self) -> list[str]:
        raise NotImplementedError

    def body(self) -> bytes:
        raise NotImplementedError

    def render(self) -> bytes:
        return ("\n".join(self.headers()) + "\n\n").encode("ascii") + self.body()


def _encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        if not out.endswith(b"\n"):
            out += b"\n"
        return out
    if cte == "7bit":
        data.decode("ascii")
        for ln in data.split(b"\n"):
            assert len(ln) < 990, "7bit line too long"
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


class Text(Part):
    def __init__(self, text: str, subtype: str = "plain", charset: str = "utf-8",
                 cte: str = "quoted-printable", flowed: bool = False, filename: str | None = None,
                 disposition: str | None = None, extra: list[str] | None = None, delsp: bool = False):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.flowed, self.filename, self.disposition, self.extra = flowed, filename, disposition, extra or []
        self.delsp = delsp

    def headers(self):
        ct = "Content-Type: text/%s; charset=\"%s\"" % (self.subtype, self.charset)
        if self.flowed:
            ct += "; format=flowed" + ("; delsp=yes" if self.delsp else "")
        if self.filename:
            ct += ";\n name=\"%s\"" % self.filename
        h = [ct, "Content-Transfer-Encoding: %s" % self.cte]
        if self.filename or self.disposition:
            d = self.disposition or "attachment"
            if self.filename:
                d += ";\n filename=\"%s\"" % self.filename
            h.append("Content-Disposition: %s" % d)
        return h + self.extra

    def body(self):
        return _encode_body(self.text.replace("\r\n", "\n").encode(self.charset), self.cte)


class Binary(Part):
    def __init__(self, data: bytes, ctype: str, filename: str | None = None,
                 disposition: str = "attachment", extra: list[str] | None = None, cid: str | None = None):
        self.data, self.ctype, self.filename, self.disposition = data, ctype, filename, disposition
        self.extra, self.cid = extra or [], cid

    def headers(self):
        ct = "Content-Type: %s" % self.ctype
        if self.filename:
            ct += ";\n name=\"%s\"" % self.filename
        h = [ct, "Content-Transfer-Encoding: base64"]
        if self.cid:
            h.append("Content-ID: <%s>" % self.cid)
        d = self.disposition
        if self.filename:
            d += ";\n filename=\"%s\"" % self.filename
        h.append("Content-Disposition: %s" % d)
        return h + self.extra

    def body(self):
        return base64.encodebytes(self.data)


class Raw(Part):
    """A part whose body is given verbatim (message/rfc822, delivery-status)."""

    def __init__(self, ctype: str, data: bytes | str, cte: str | None = "7bit", extra: list[str] | None = None):
        self.ctype, self.cte, self.extra = ctype, cte, extra or []
        self.data = data.encode("utf-8") if isinstance(data, str) else data

    def headers(self):
        h = ["Content-Type: %s" % self.ctype]
        if self.cte:
            h.append("Content-Transfer-Encoding: %s" % self.cte)
        return h + self.extra

    def body(self):
        d = self.data.replace(b"\r\n", b"\n")
        return d if d.endswith(b"\n") else d + b"\n"


class Multi(Part):
    def __init__(self, subtype: str, parts: list[Part], boundary: str, params: str = "",
                 preamble: str | None = None, extra: list[str] | None = None):
        self.subtype, self.parts, self.boundary, self.params = subtype, parts, boundary, params
        self.preamble, self.extra = preamble, extra or []

    def headers(self):
        return ["Content-Type: multipart/%s;%s\n boundary=\"%s\"" % (
            self.subtype, (" " + self.params + ";") if self.params else "", self.boundary)] + self.extra

    def body(self):
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\n" + p.render() + b"\n"
        out += b"--" + self.boundary.encode() + b"--\n"
        return out


def message(head: list[tuple[str, str]], root: Part, mime_version_first: bool = False) -> bytes:
    """head: (name, value) pairs already encoded; MIME-Version is added."""
    lines = []
    for name, value in head:
        if value is None:
            continue
        lines.append("%s: %s" % (name, value))
    if mime_version_first:
        lines.insert(0, "MIME-Version: 1.0")
    else:
        lines.append("MIME-Version: 1.0")
    data = ("\n".join(lines) + "\n").encode("ascii") + root.render()
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# ---------------------------------------------------------------- HTML helpers

def esc(s: str) -> str:
    return html.escape(s, quote=False)


def text_to_html(text: str) -> str:
    """Plain lines to HTML with <br>, preserving runs of spaces a little."""
    out = []
    for ln in text.split("\n"):
        e = esc(ln)
        e = e.replace("  ", "&nbsp; ")
        out.append(e)
    return "<br>\n".join(out)


def quote_gt(text: str) -> str:
    return "\n".join((">" if ln.startswith(">") or not ln else "> ") + ln for ln in text.split("\n"))
