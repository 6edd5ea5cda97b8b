"""Building RFC 5322 / MIME messages with the stdlib email package, deterministically."""
import base64
import io
import quopri
import struct
from email import policy as _policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr

from .common import h, request_subject, BUYER_DOMAIN

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


# ---------------------------------------------------------------- header helpers
def hdr(value, charset="utf-8"):
    """ASCII stays a str; anything else becomes RFC 2047 encoded words."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset=charset)


def addrs(*pairs, charset="utf-8"):
    return ", ".join(addr(n, e, charset) for n, e in pairs)


def date(t):
    return format_datetime(t)


# ---------------------------------------------------------------- ids
def mid_outlook(seed, host="AM6PR07MB4417.eurprd07.prod.outlook.com"):
    pre = host.split(".")[0]
    return "<%s%s@%s>" % (pre, h(seed + "mid", 25), host)


def mid_gmail(seed):
    return "<CA%s@mail.gmail.com>" % h(seed + "gm", 46, ALNUM + "+_-")


def uuid_like(seed, lower=False):
    x = h(seed + "uuid", 32)
    u = "%s-%s-%s-%s-%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:])
    return u.lower() if lower else u


def mid_apple(seed, domain):
    return "<%s@%s>" % (uuid_like(seed), domain)


def mid_tb(seed, domain):
    return "<%s@%s>" % (uuid_like(seed, True), domain)


def mid_generic(seed, host, t):
    return "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), h(seed + "gen", 10, "0123456789abcdef"), host)


def thread_index(seed):
    return base64.b64encode(bytes.fromhex(h(seed + "ti", 44))).decode()


def boundary(seed, style="outlook", idx=0):
    if style == "outlook":
        return "_%03d_%s_" % (idx * 2, h(seed + "ob", 36))
    if style == "gmail":
        return "0000000000%s" % h(seed + "gb%d" % idx, 16, "0123456789abcdef")
    if style == "apple":
        return "Apple-Mail=_%s" % uuid_like(seed + "ab%d" % idx)
    if style == "tb":
        return "------------%s" % h(seed + "tb%d" % idx, 24, ALNUM)
    if style == "php":
        return "b%d_%s" % (idx + 1, h(seed + "php%d" % idx, 32, "0123456789abcdef"))
    return "=_%s_%d" % (h(seed + "gen%d" % idx, 20, ALNUM), idx)


def received(from_host, ip, by_host, t, rid, proto="ESMTPS", for_addr=None, by_soft="Postfix"):
    s = "from %s (%s [%s])\n\tby %s (%s) with %s id %s" % (from_host, from_host, ip, by_host, by_soft,
                                                          proto, rid)
    if for_addr:
        s += "\n\tfor <%s>" % for_addr
    return s + "; " + date(t)


# ---------------------------------------------------------------- parts
def encode_text(body, charset, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(body.encode(charset)).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(body.replace("\n", "\r\n").encode(charset)).decode("ascii")
    if cte == "7bit":
        raw = body.encode(charset)
        raw.decode("ascii")          # must really be 7 bit
        return raw.decode("ascii")
    if cte == "8bit":
        return body.encode(charset).decode("ascii", "surrogateescape")
    raise ValueError(cte)


def text(body, charset="utf-8", cte="quoted-printable", subtype="plain", flowed=False, delsp=False,
         quote_charset=True, extra=None):
    m = Message()
    cs = ('"%s"' % charset) if quote_charset else charset
    ct = "text/%s; charset=%s" % (subtype, cs)
    if flowed:
        ct += "; format=flowed"
        if delsp:
            ct += "; delsp=yes"
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    for k, v in (extra or []):
        m[k] = v
    m.set_payload(encode_text(body, charset, cte))
    return m


def html(body, charset="utf-8", cte="quoted-printable", quote_charset=True):
    return text(body, charset, cte, subtype="html", quote_charset=quote_charset)


def attachment(data, ctype, filename, disposition="attachment", cid=None, size=True,
               description=None, outlook_dates=None, name_charset="utf-8"):
    m = Message()
    try:
        filename.encode("ascii")
        ascii_name = True
    except UnicodeEncodeError:
        ascii_name = False
    if ascii_name:
        m["Content-Type"] = '%s; name="%s"' % (ctype, filename)
    else:
        m["Content-Type"] = '%s; name="%s"' % (ctype, Header(filename, name_charset).encode())
    if description:
        m["Content-Description"] = hdr(description, name_charset)
    if ascii_name:
        disp = '%s; filename="%s"' % (disposition, filename)
    else:
        from urllib.parse import quote
        disp = "%s; filename*=%s''%s" % (disposition, name_charset, quote(filename.encode(name_charset)))
    if size:
        disp += "; size=%d" % len(data)
    if outlook_dates:
        disp += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (outlook_dates, outlook_dates)
    m["Content-Disposition"] = disp
    if cid:
        m["Content-ID"] = "<%s>" % cid
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def rfc822(inner_bytes, ctype="message/rfc822"):
    """Embed a whole message (bounces)."""
    from email import message_from_bytes
    m = Message()
    m["Content-Type"] = ctype
    if ctype == "message/rfc822":
        m["Content-Disposition"] = "attachment"
        inner = message_from_bytes(inner_bytes, policy=_policy.compat32)
        m.set_payload([inner])
    else:
        m["Content-Disposition"] = "attachment"
        m.set_payload(inner_bytes.decode("ascii", "surrogateescape"))
    return m


def delivery_status(text_block):
    m = Message()
    m["Content-Type"] = "message/delivery-status"
    m.set_payload(text_block)
    return m


def multipart(subtype, parts, seed, style="outlook", idx=0, preamble=None, params=""):
    m = Message()
    m["Content-Type"] = 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary(seed, style, idx), params)
    for p in parts:
        m.attach(p)
    if preamble is not None:
        m.preamble = preamble
    return m


def finish(root, headers):
    """Put the top-level headers in front of the root part's own headers."""
    own = root._headers
    root._headers = []
    for k, v in headers:
        if v is None:
            continue
        root[k] = v
    names = {k.lower() for k, _ in headers}
    if "mime-version" not in names:
        root["MIME-Version"] = "1.0"
    root._headers.extend(own)
    return root


def to_bytes(msg):
    buf = io.BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, maxheaderlen=78,
                       policy=_policy.compat32.clone(linesep="\r\n"))
    g.flatten(msg)
    return buf.getvalue()


# ---------------------------------------------------------------- html helpers
def text_to_html_paras(t, cls=None):
    from .common import esc
    out = []
    for line in t.split("\n"):
        if cls:
            out.append('<p class="%s">%s<o:p></o:p></p>' % (cls, esc(line) if line else "&nbsp;"))
        else:
            out.append((esc(line) if line else "") + "<br>")
    return "\n".join(out)


def outlook_html(body_html, quote_html, charset, lang="EN-US"):
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n<meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=%s\">\n<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
            "--></style>\n</head>\n<body lang=\"%s\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
            "<div class=\"WordSection1\">\n%s\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n%s\n</div>\n</body>\n</html>\n"
            % (charset, lang, body_html, quote_html or ""))


def gmail_html(body_html, quote_html):
    q = "<br>%s" % quote_html if quote_html else ""
    return "<div dir=\"ltr\">%s</div>%s\n" % (body_html, q)


def simple_html(body_html, charset="utf-8"):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>"
            "<body>%s</body></html>\n" % (charset, body_html))


# ---------------------------------------------------------------- winmail.dat
def tnef(seed, subject="", body_text=""):
    """A small, structurally valid TNEF (winmail.dat) stream."""
    def attr(level, aid, data):
        chk = sum(data) & 0xFFFF
        return struct.pack("<BII", level, aid, len(data)) + data + struct.pack("<H", chk)
    key = int(h(seed + "tnef", 4), 16) & 0xFFFF
    out = struct.pack("<IH", 0x223E9F78, key)
    out += attr(1, 0x00089006, struct.pack("<I", 0x00010000))            # attTnefVersion
    out += attr(1, 0x00069007, struct.pack("<II", 1252, 0))              # attOemCodepage
    out += attr(1, 0x00078008, b"IPM.Microsoft Mail.Note\x00")          # attMessageClass
    out += attr(1, 0x00018004, subject.encode("cp1252", "replace") + b"\x00")  # attSubject
    # attMsgProps with PR_RTF_COMPRESSED would go here; store an uncompressed RTF-ish blob instead
    rtf = ("{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss Calibri;}}"
           "{\\*\\htmltag64}" + body_text.replace("\n", "\\par ") + "}").encode("cp1252", "replace")
    props = struct.pack("<I", 1) + struct.pack("<HH", 0x0102, 0x1009) + struct.pack("<I", 1)
    props += struct.pack("<I", len(rtf) + 16) + struct.pack("<IIII", len(rtf) + 12, len(rtf), 0x414C454D, 0)
    props += rtf + b"\x00" * ((4 - len(rtf) % 4) % 4)
    out += attr(1, 0x00069003, props)
    return out
