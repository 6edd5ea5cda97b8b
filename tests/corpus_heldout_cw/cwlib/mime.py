"""Building RFC 5322 / MIME messages byte by byte, deterministically.

Header encoding uses the stdlib ``email`` package (email.header, email.utils);
bodies are encoded with base64 / quopri so that charset and transfer encoding
are exactly what a given mail client would send.  Boundaries are derived from
a hash of the content so reruns produce identical bytes.
"""
import base64
import hashlib
import html as _html
import quopri
from email.header import Header
from email.utils import format_datetime

CRLF = "\r\n"


def _codec(charset):
    return {"x-mac-roman": "mac_roman"}.get(charset.lower(), charset)


def _ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


_B_CHARSETS = ("gb2312", "gbk", "gb18030", "big5", "euc-kr", "iso-2022-jp", "shift_jis",
               "euc-jp", "koi8-r", "koi8-u", "windows-1251", "windows-1255", "windows-1256", "tis-620")
_Q_SAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _ew(chunk, charset, enc):
    data = chunk.encode(_codec(charset))
    if enc == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(data).decode("ascii"))
    out = []
    for b in data:
        if b == 0x20:
            out.append("_")
        elif b in _Q_SAFE:
            out.append(chr(b))
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def encode_words(text, charset="utf-8"):
    """RFC 2047 encoded-words, each at most 75 characters, never splitting a
    character; folded with CRLF + space as a mail client does."""
    enc = "B" if charset.lower() in _B_CHARSETS else "Q"
    if charset.lower() == "utf-8" and sum(ord(c) > 127 for c in text) * 2 > len(text):
        enc = "B"
    words, cur = [], ""
    for ch in text:
        if cur and len(_ew(cur + ch, charset, enc)) > 75:
            words.append(_ew(cur, charset, enc))
            cur = ""
        cur += ch
    if cur:
        words.append(_ew(cur, charset, enc))
    return "\r\n ".join(words)


def hdr(text, charset="utf-8"):
    """Encode a header value as RFC 2047 encoded-words when it is not ASCII."""
    if _ascii(text):
        return text
    return encode_words(text, charset)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if _ascii(name):
        if any(c in name for c in ',.;:@()<>[]"'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (encode_words(name, charset), email)


def date(dtobj):
    return format_datetime(dtobj)


def boundary(seed, style="generic"):
    h = hashlib.sha1(seed if isinstance(seed, bytes) else seed.encode("utf-8")).hexdigest()
    if style.startswith("outlook-") and style != "outlook-old":
        pre = {"alternative": "000", "mixed": "004", "related": "002", "report": "000"}.get(style[8:], "000")
        n = int(h[:2], 16) % 9 + 1
        return "_%s_AM%dPR0%dMB%s%s_" % (pre, n, n % 8 + 1, int(h[2:6], 16) % 9000 + 1000, h[6:38].upper())
    if style == "outlook-old":
        return "----=_NextPart_000_%s_01DB%s.%s" % (h[:4].upper(), h[4:8].upper(), h[8:16].upper())
    if style == "gmail":
        return "000000000000" + h[:12]
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if style == "thunderbird":
        return "------------%s" % h[:24]
    if style == "postfix":
        return "%s.%s/mx1.northfield-group.example" % (h[:10].upper(), h[10:20])
    if style == "exim":
        return "%s-eximdsn-%s" % (int(h[:8], 16), int(h[8:16], 16))
    if style == "java":
        return "----=_Part_%d_%d.%d" % (int(h[:4], 16), int(h[4:12], 16), 1764000000000 + int(h[12:18], 16))
    return "=_%s" % h[:28]


class Part:
    def __init__(self, headers, body=b"", parts=None, subtype=None, bstyle="generic"):
        self.headers = list(headers)  # list of (name, value)
        self.body = body
        self.parts = parts
        self.subtype = subtype
        self.bstyle = bstyle
        self.preamble = None

    def content_bytes(self):
        if self.parts is None:
            return self.body
        seed = b"".join(p.serialize() for p in self.parts)
        b = boundary(seed, self.bstyle + "-" + self.subtype if self.bstyle == "outlook" else self.bstyle)
        out = []
        if self.preamble:
            out.append(self.preamble.encode("ascii") + b"\r\n\r\n")
        for p in self.parts:
            out.append(b"--" + b.encode() + b"\r\n" + p.serialize() + b"\r\n")
        out.append(b"--" + b.encode() + b"--\r\n")
        self._boundary = b
        return b"".join(out)

    def header_lines(self):
        hs = list(self.headers)
        if self.parts is not None:
            self.content_bytes()
            ct = 'multipart/%s;\r\n\tboundary="%s"' % (self.subtype, self._boundary)
            extra = [v for k, v in hs if k == "_ctparams"]
            if extra:
                ct += ";\r\n\t" + extra[0]
            hs = [(k, v) for k, v in hs if k != "_ctparams"]
            hs.insert(0, ("Content-Type", ct))
        return hs

    def serialize(self):
        lines = ["%s: %s" % (k, v) for k, v in self.header_lines()]
        head = (CRLF.join(lines) + CRLF + CRLF).encode("ascii")
        return head + self.content_bytes()


def _norm(text):
    return text.replace("\r\n", "\n")


def encode_body(text, charset, cte):
    raw = _norm(text)
    if cte == "quoted-printable":
        data = quopri.encodestring(raw.encode(_codec(charset)))
        return data.replace(b"\n", b"\r\n")
    data = raw.replace("\n", "\r\n").encode(_codec(charset))
    if cte == "base64":
        return base64.encodebytes(data).replace(b"\n", b"\r\n")
    if cte == "7bit":
        data.decode("ascii")
        return data
    if cte == "8bit":
        return data
    raise ValueError(cte)


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False,
         extra=None, lang=None):
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct += "; format=flowed"
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if lang:
        headers.append(("Content-Language", lang))
    if extra:
        headers += extra
    return Part(headers, encode_body(s, charset, cte))


def html(s, charset="utf-8", cte="quoted-printable", **kw):
    return text(s, "html", charset, cte, **kw)


def multipart(subtype, *parts, bstyle="generic", params=None, preamble=None):
    headers = []
    if params:
        headers.append(("_ctparams", params))
    p = Part(headers, parts=list(parts), subtype=subtype, bstyle=bstyle)
    p.preamble = preamble
    return p


def alternative(*parts, bstyle="generic"):
    return multipart("alternative", *parts, bstyle=bstyle)


def mixed(*parts, bstyle="generic", preamble=None):
    return multipart("mixed", *parts, bstyle=bstyle, preamble=preamble)


def related(*parts, bstyle="generic"):
    return multipart("related", *parts, bstyle=bstyle, params='type="multipart/alternative"')


def attachment(data, ctype, filename, cte="base64", disposition="attachment",
               name_style="rfc2047", charset="utf-8", content_id=None, extra=None):
    if _ascii(filename):
        ct = '%s; name="%s"' % (ctype, filename)
        cd = '%s; filename="%s"' % (disposition, filename)
    elif name_style == "rfc2231":
        from urllib.parse import quote
        enc = charset + "''" + quote(filename.encode(_codec(charset)))
        ct = "%s; name*=%s" % (ctype, enc)
        cd = "%s; filename*=%s" % (disposition, enc)
    else:
        ew = encode_words(filename, charset).replace("\r\n ", " ")
        ct = '%s; name="%s"' % (ctype, ew)
        cd = '%s; filename="%s"' % (disposition, ew)
    headers = [("Content-Type", ct), ("Content-Disposition", cd)]
    if content_id:
        headers.append(("Content-ID", "<%s>" % content_id))
    headers.append(("Content-Transfer-Encoding", cte))
    if extra:
        headers += extra
    if cte == "base64":
        body = base64.encodebytes(data).replace(b"\n", b"\r\n")
    else:
        body = data if isinstance(data, bytes) else data.encode("ascii")
        body = body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return Part(headers, body)


def raw(ctype, body, cte="7bit", extra=None):
    headers = [("Content-Type", ctype)]
    if cte:
        headers.append(("Content-Transfer-Encoding", cte))
    if extra:
        headers += extra
    if isinstance(body, str):
        body = body.encode("utf-8")
    body = body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return Part(headers, body)


def message(headers, body):
    """headers: list of (name, value) already encoded; body: a Part."""
    lines = ["%s: %s" % (k, v) for k, v in headers]
    names = [k.lower() for k, _ in headers]
    if "mime-version" not in names:
        lines.append("MIME-Version: 1.0")
    lines += ["%s: %s" % (k, v) for k, v in body.header_lines()]
    head = CRLF.join(lines) + CRLF + CRLF
    for ch in head:
        if ord(ch) > 127:
            raise ValueError("non-ASCII header: %r" % head)
    return head.encode("ascii") + body.content_bytes()


def rfc822(msg_bytes, ctype="message/rfc822"):
    return Part([("Content-Type", ctype)], msg_bytes if ctype != "message/rfc822" else msg_bytes)


# --------------------------------------------------------------------------
# HTML rendering of text bodies
# --------------------------------------------------------------------------
def esc(s):
    return _html.escape(s, quote=False)


def _inner_gmail(lines):
    out = []
    i = 0
    while i < len(lines):
        if lines[i].startswith(">"):
            j = i
            block = []
            while j < len(lines) and lines[j].startswith(">"):
                l = lines[j][1:]
                if l.startswith(" "):
                    l = l[1:]
                block.append(l)
                j += 1
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            out.append(_inner_gmail(block))
            out.append("</blockquote>")
            i = j
        else:
            l = lines[i]
            out.append("<div>%s</div>" % (esc(l) if l.strip() else "<br>"))
            i += 1
    return "\n".join(out)


def html_gmail(text, charset="utf-8"):
    body = _inner_gmail(_norm(text).split("\n"))
    return '<div dir="ltr">%s</div>\n' % body


def html_outlook(text, charset="utf-8", lang="EN-US", quote_from=None):
    """Outlook desktop style. Lines from quote_from (a line index) on are placed
    after the typical border-top div, as Outlook does for replies."""
    lines = _norm(text).split("\n")
    own = lines if quote_from is None else lines[:quote_from]
    rest = [] if quote_from is None else lines[quote_from:]

    def ps(ls):
        return "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l.strip() else "&nbsp;")
                         for l in ls)
    parts = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">',
        '<head>',
        '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset,
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
        '<style><!--',
        '/* Font Definitions */',
        '@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}',
        '@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}',
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}',
        '.MsoChpDefault {mso-style-type:export-only;}',
        '@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}',
        'div.WordSection1 {page:WordSection1;}',
        '--></style>',
        '</head>',
        '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">' % lang,
        '<div class="WordSection1">',
        ps(own),
    ]
    if rest:
        parts.append('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        # header block up to first blank line
        k = rest.index("") if "" in rest else len(rest)
        hdrs = []
        for l in rest[:k]:
            if ":" in l and not l.startswith("_"):
                a, b = l.split(":", 1)
                hdrs.append("<b>%s:</b>%s" % (esc(a), esc(b)))
        parts.append('<p class="MsoNormal">%s<o:p></o:p></p>' % "<br>\n".join(hdrs))
        parts.append("</div>\n</div>")
        parts.append(ps(rest[k:]))
    parts += ["</div>", "</body>", "</html>", ""]
    return "\n".join(parts)


def html_simple(text, charset="utf-8", font="Arial, sans-serif"):
    lines = _norm(text).split("\n")
    inner = _inner_gmail(lines)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:%s;font-size:10pt">\n%s\n</body></html>\n' % (charset, font, inner))
