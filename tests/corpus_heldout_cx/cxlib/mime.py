"""Tiny deterministic MIME builder on top of the stdlib (email.utils, quopri, base64)."""
import base64
import codecs
import quopri
from email.utils import format_datetime

from .common import h, hu

STATEFUL = {"iso2022_jp", "iso2022_kr", "iso2022_jp_2"}


def _codec(charset):
    return codecs.lookup(charset).name.replace("-", "_")


def enc_text(text, charset):
    """Encode text strictly, line by line for stateful codecs."""
    text = text.replace("\r\n", "\n")
    if _codec(charset) in STATEFUL:
        return b"\n".join(line.encode(charset) for line in text.split("\n"))
    return text.encode(charset)


# ------------------------------------------------------------------ headers

def ew(s, charset="utf-8", enc="B"):
    """RFC 2047 encoded words (folded), or the text itself when ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words = []
    chunk = ""
    limit = 42 if enc == "B" else 22
    for ch in s:
        trial = chunk + ch
        if len(trial.encode(charset)) > limit and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        b = w.encode(charset)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode("ascii")))
        else:
            q = ""
            for byte in b:
                c = chr(byte)
                if c == " ":
                    q += "_"
                elif 33 <= byte <= 126 and c not in "=?_\"(),.:;<>@[\\]":
                    q += c
                else:
                    q += "=%02X" % byte
            out.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(out)


def addr(name, email, charset="utf-8", enc="B", quote=False):
    if not name:
        return email
    try:
        name.encode("ascii")
        if quote or any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, charset, enc), email)


def date_hdr(when):
    return format_datetime(when)


def msgid(style, seed, domain="mail.example"):
    if style == "outlook":
        a = hu(seed + "a", 30)
        srv = "AM9PR07MB" + str(int(h(seed + "s", 6), 16) % 9000 + 1000)
        return "<%s%s@%s.eurprd07.prod.outlook.com>" % (srv, a, srv)
    if style == "outlook-apac":
        a = hu(seed + "a", 30)
        srv = "SG2PR06MB" + str(int(h(seed + "s", 6), 16) % 9000 + 1000)
        return "<%s%s@%s.apcprd06.prod.outlook.com>" % (srv, a, srv)
    if style == "outlook-us":
        a = hu(seed + "a", 30)
        srv = "BN8PR12MB" + str(int(h(seed + "s", 6), 16) % 9000 + 1000)
        return "<%s%s@%s.namprd12.prod.outlook.com>" % (srv, a, srv)
    if style == "gmail":
        raw = base64.b64encode(bytes.fromhex(h(seed, 36))).decode().replace("/", "_").replace("+", "-")
        return "<CA%s@mail.gmail.com>" % raw
    if style == "apple":
        x = hu(seed, 32)
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)
    if style == "thunderbird":
        x = h(seed, 32)
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)
    # generic
    return "<%s.%s@%s>" % (h(seed, 12), h(seed + "x", 8), domain)


def boundary(style, seed):
    if style == "outlook":
        return "_000_%s_" % hu(seed, 40)
    if style == "outlook-att":
        return "_004_%s_" % hu(seed, 40)
    if style == "outlook-rel":
        return "_005_%s_" % hu(seed, 40)
    if style == "gmail":
        return "0000000000%s" % h(seed, 18)
    if style == "apple":
        x = hu(seed, 32)
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32])
    if style == "thunderbird":
        return "------------%s" % hu(seed, 24)
    return "----=_Part_%d_%d.%d" % (int(h(seed, 6), 16), int(h(seed + "1", 8), 16),
                                    1795500000000 + int(h(seed + "2", 6), 16))


# ------------------------------------------------------------------ parts

class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None,
                 epilogue=None):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self):
        out = []
        for k, v in self.headers:
            out.append(("%s: %s" % (k, v)).encode("utf-8") if not isinstance(v, bytes)
                       else k.encode() + b": " + v)
        head = b"\n".join(out) + b"\n\n"
        if self.parts is None:
            body = self.body if isinstance(self.body, bytes) else self.body.encode("ascii")
            if body and not body.endswith(b"\n"):
                body += b"\n"
            return head + body
        b = self.boundary.encode("ascii")
        chunks = [head]
        if self.preamble:
            chunks.append(self.preamble.encode("ascii") + b"\n\n")
        for p in self.parts:
            chunks.append(b"--" + b + b"\n")
            r = p.render()
            chunks.append(r)
            if not r.endswith(b"\n\n"):
                chunks.append(b"\n")
        chunks.append(b"--" + b + b"--\n")
        if self.epilogue:
            chunks.append(self.epilogue.encode("ascii"))
        return b"".join(chunks)


def _b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii") + b"\n"


def encode_body(text, charset, cte):
    if cte == "base64":
        return _b64(enc_text(text, charset).replace(b"\n", b"\r\n"))
    raw = enc_text(text, charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    if cte == "8bit":
        return raw
    raise ValueError(cte)


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False,
         quoted_charset=True, extra=(), delsp=False):
    cs = '"%s"' % charset if quoted_charset else charset
    ct = "text/%s; charset=%s" % (subtype, cs)
    if flowed:
        ct += "; format=flowed"
        if delsp:
            ct += "; delsp=yes"
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hdrs, encode_body(body, charset, cte))


def attachment(data, ctype, filename, cte="base64", disposition="attachment",
               name_style="plain", charset="utf-8", extra=(), size=True):
    if name_style == "rfc2231":
        from urllib.parse import quote
        fn = "filename*=%s''%s" % (charset, quote(filename.encode(charset), safe=""))
        nm = 'name="%s"' % ew(filename, charset).replace("\n ", "")
    elif name_style == "ew":
        e = ew(filename, charset).replace("\n ", "")
        fn = 'filename="%s"' % e
        nm = 'name="%s"' % e
    else:
        fn = 'filename="%s"' % filename
        nm = 'name="%s"' % filename
    disp = "%s; %s" % (disposition, fn)
    if size:
        disp += "; size=%d" % len(data)
    hdrs = [("Content-Type", "%s; %s" % (ctype, nm)),
            ("Content-Description", filename if name_style == "plain" else ew(filename, charset).replace("\n ", "")),
            ("Content-Disposition", disp),
            ("Content-Transfer-Encoding", cte)] + list(extra)
    if cte == "base64":
        body = _b64(data)
    else:
        body = data
    return Part(hdrs, body)


def multipart(subtype, parts, bnd, params="", preamble=None, extra=()):
    ct = 'multipart/%s;%s\n\tboundary="%s"' % (subtype, (" " + params + ";") if params else "", bnd)
    return Part([("Content-Type", ct)] + list(extra), parts=parts, boundary=bnd,
                preamble=preamble)


def rfc822(msg_bytes, ctype="message/rfc822", extra=()):
    return Part([("Content-Type", ctype)] + list(extra), msg_bytes.replace(b"\r\n", b"\n"))


def raw_part(ctype, body_text, cte=None, extra=()):
    hdrs = [("Content-Type", ctype)]
    if cte:
        hdrs.append(("Content-Transfer-Encoding", cte))
    return Part(hdrs + list(extra), body_text.encode("utf-8") if isinstance(body_text, str) else body_text)


def message(headers, body, crlf=True):
    """headers: list of (name, value). body: Part (its headers are appended)."""
    hs = list(headers)
    if not any(k.lower() == "mime-version" for k, _ in hs):
        hs.append(("MIME-Version", "1.0"))
    top = Part(hs + body.headers, body.body, body.parts, body.boundary, body.preamble,
               body.epilogue)
    raw = top.render()
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def html_doc(inner, lang=None, outlook=False, charset="utf-8", dir_=None):
    la = ' lang="%s"' % lang if lang else ""
    di = ' dir="%s"' % dir_ if dir_ else ""
    if outlook:
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
                '\tfont-family:"Calibri",sans-serif;}\na:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body%s link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (charset, la + di, inner))
    return ('<html%s%s><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body>\n%s\n</body></html>\n' % (la, di, charset, inner))


def p_html(text):
    """Plain paragraphs to Outlook-ish HTML paragraphs."""
    from .common import esc
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(line))
    return "\n".join(out)


def br_html(text):
    from .common import esc
    return "<br>\n".join(esc(l) for l in text.split("\n"))
