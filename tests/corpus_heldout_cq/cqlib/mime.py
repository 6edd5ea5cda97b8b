"""Building real RFC 5322 / MIME messages with the stdlib `email` package,
deterministically (fixed boundaries and ids), CRLF line endings."""

import base64
import io
import quopri
from email import generator, policy
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr

from .common import h, rfc_date, BUYER_MX, BUYER_DOMAIN

class _Policy(policy.Compat32):
    """compat32, CRLF, but message-id headers are kept on their line the way
    mail clients write them (References folded between ids)."""

    _IDS = ("message-id", "in-reply-to", "references")

    def _ids(self, name, value):
        ids = value.split()
        out, cur = [], name + ":"
        for i in ids:
            if len(cur) + 1 + len(i) > 78 and cur != name + ":":
                out.append(cur)
                cur = ""
            cur += " " + i
        out.append(cur)
        return self.linesep.join(out) + self.linesep

    def fold(self, name, value):
        if name.lower() in self._IDS and isinstance(value, str):
            return self._ids(name, value)
        return super().fold(name, value)

    def fold_binary(self, name, value):
        if name.lower() in self._IDS and isinstance(value, str):
            return self._ids(name, value).encode("ascii")
        return super().fold_binary(name, value)


POLICY = _Policy(linesep="\r\n")


def _nomv(p):
    del p["MIME-Version"]
    return p


def _encode_body(b, cte):
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "7bit":
        return b.decode("ascii")
    if cte == "8bit":
        return b.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, delsp=False,
         params=None):
    b = s.replace("\r\n", "\n").encode(charset)
    if cte == "7bit":
        b.decode("ascii")
    p = _nomv(MIMENonMultipart("text", subtype))
    p.set_param("charset", charset)
    if flowed:
        p.set_param("format", "flowed")
        if delsp:
            p.set_param("delsp", "yes")
    for k, v in (params or []):
        p.set_param(k, v)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(_encode_body(b, cte))
    return p


def multi(subtype, parts, boundary, preamble=None, params=None):
    m = _nomv(MIMEMultipart(subtype, boundary=boundary))
    for k, v in (params or []):
        m.set_param(k, v)
    for p in parts:
        m.attach(p)
    if preamble is not None:
        m.preamble = preamble
    return m


def attach(data, ctype, filename, cte="base64", disposition="attachment", name_param=True,
           extra_disp="", content_id=None, raw_filename=None, fn_charset="utf-8", fn_style="rfc2231"):
    maintype, subtype = ctype.split("/")
    p = _nomv(MIMEBase(maintype, subtype))
    fn = raw_filename or filename
    try:
        fn.encode("ascii")
        ascii_fn = True
    except UnicodeEncodeError:
        ascii_fn = False
    if not ascii_fn:
        from email.utils import encode_rfc2231
        ew = Header(fn, fn_charset).encode(maxlinelen=998).replace("\n", "").replace(" ", "")
        if fn_style == "rfc2231":
            star = encode_rfc2231(fn, fn_charset)
            if name_param:
                p.set_param("name", ew)
            if content_id:
                p["Content-ID"] = content_id
            if disposition:
                p["Content-Disposition"] = "%s; filename*=%s%s" % (disposition, star, extra_disp)
        else:
            if name_param:
                p.set_param("name", ew)
            if content_id:
                p["Content-ID"] = content_id
            if disposition:
                p["Content-Disposition"] = '%s; filename="%s"%s' % (disposition, ew, extra_disp)
        fn = None
    if fn is not None and name_param:
        p.set_param("name", fn)
    if fn is not None and content_id:
        p["Content-ID"] = content_id
    if fn is not None and disposition:
        p["Content-Disposition"] = '%s; filename="%s"%s' % (disposition, fn, extra_disp)
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        p.set_payload(base64.encodebytes(data).decode("ascii"))
    else:
        p.set_payload(data.decode("ascii"))
    return p


def rfc822(msg, disposition=None):
    p = _nomv(MIMEMessage(msg))
    if disposition:
        p["Content-Disposition"] = disposition
    return p


def delivery_status(per_message, recipients):
    """message/delivery-status part (RFC 3464): one per-message block and one
    block per recipient; each block is a list of (field, value)."""
    p = _nomv(MIMEBase("message", "delivery-status"))
    blocks = []
    for fields in [per_message] + list(recipients):
        b = Message()
        for k, v in fields:
            b[k] = v
        blocks.append(b)
    p.set_payload(blocks)
    return p


def rfc822_headers(hdr_text):
    return text(hdr_text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


# ------------------------------------------------------------ header helpers

def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=998)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def mid(seed, style="generic", domain="example.com"):
    if style == "outlook":
        box = "%s%dPR%02dMB%s" % (h(seed + "r", 2, "ADHPV"), 1 + int(h(seed + "n", 1, "0123456789")),
                                  int(h(seed + "m", 2, "0123456789")) % 10, h(seed + "b", 4, "0123456789"))
        reg = domain  # e.g. eurprd04.prod.outlook.com
        return "<%s%s@%s.%s>" % (box, h(seed, 20), box, reg)
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % h(seed, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_")
    if style == "apple":
        x = h(seed, 32)
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:], domain)
    if style == "thunderbird":
        x = h(seed, 32, "0123456789abcdef")
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:], domain)
    if style == "qq":
        return "<tencent_%s@qq.com>" % h(seed, 40)
    return "<%s.%s@%s>" % (h(seed + "t", 14, "0123456789"), h(seed, 12, "0123456789abcdef"), domain)


def boundary(seed, style="generic", i=0):
    s = "%s#%d" % (seed, i)
    if style == "outlook":
        return "_%03d_%s_" % (i, h(s, 40, "0123456789ABCDEF"))
    if style == "gmail":
        return "000000000000" + h(s, 16, "0123456789abcdef")
    if style == "apple":
        x = h(s, 32)
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:])
    if style == "thunderbird":
        return "------------" + h(s, 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    if style == "postfix":
        return "%s.%s/%s" % (h(s, 11, "0123456789ABCDEF"), h(s + "x", 10, "0123456789"), BUYER_MX)
    return "----=_Part_%s_%s.%s" % (h(s, 6, "0123456789"), h(s + "a", 9, "0123456789"),
                                     h(s + "b", 13, "0123456789"))


def received(from_host, ip, by_host, when, with_="ESMTPS", id_seed="x", for_=None, extra=""):
    r = "from %s (%s [%s]) by %s with %s id %s" % (
        from_host, from_host, ip, by_host, with_, h(id_seed, 12, "0123456789BCDFGHJKLMNPQRSTVWXYZ"))
    if for_:
        r += " for <%s>" % for_
    r += extra
    r += "; " + rfc_date(when)
    return r


def inbound_received(from_host, ip, when, seed, to=None):
    """Our MX receiving the mail (a couple of seconds after Date)."""
    import datetime as dt
    w = when + dt.timedelta(seconds=3 + int(h(seed, 2, "0123456789")) % 40)
    return ("Received", received(from_host, ip, BUYER_MX + " (Postfix)", w.astimezone(dt.timezone.utc),
                                 id_seed=seed, for_=to))


def finalize(root, headers, mime_version=True):
    """Put our ordered headers in front of the root part's content headers."""
    content = [(k, v) for k, v in root._headers]
    root._headers = []
    for k, v in headers:
        if v is None:
            continue
        root._headers.append((k, v))
    if mime_version:
        root._headers.append(("MIME-Version", "1.0"))
    root._headers.extend(content)
    return root


def to_bytes(msg):
    buf = io.BytesIO()
    g = generator.BytesGenerator(buf, mangle_from_=False, maxheaderlen=78, policy=POLICY)
    g.flatten(msg)
    data = buf.getvalue()
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data


def std_reply_headers(po, frm, date, subject, seed, to=None, cc=None, msgid=None, in_reply=True,
                      references=None, extra=None, received_from=None, charset="utf-8"):
    """Typical headers of a supplier's reply as it lands in our mailbox."""
    name, email = po["buyer"]["name"], po["buyer"]["email"]
    hs = []
    if received_from:
        host, ip = received_from
        hs.append(("Return-Path", "<%s>" % frm[1]))
        hs.append(inbound_received(host, ip, date, seed, to=email))
    hs.append(("From", addr(frm[0], frm[1], charset)))
    hs.append(("To", to if to is not None else addr(name, email)))
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", hdr(subject, charset)))
    hs.append(("Date", rfc_date(date)))
    hs.append(("Message-ID", msgid or mid(seed, "generic", frm[1].split("@")[1])))
    if in_reply and po.get("request_message_id"):
        hs.append(("In-Reply-To", po["request_message_id"]))
        hs.append(("References", references or po["request_message_id"]))
    for k, v in (extra or []):
        hs.append((k, v))
    return hs


def request_message(po, attach_pdf=None):
    """Our original acknowledgement request as a Message (for bounces)."""
    from .common import request_plain, request_subject, pre_html, rfc_date as rd
    name, email = po["buyer"]["name"], po["buyer"]["email"]
    seed = "req" + po["po_number"]
    plain = text(request_plain(po), charset="utf-8", cte="quoted-printable")
    html = text("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                "<body>\n" + pre_html(request_plain(po)) + "</body></html>\n", subtype="html",
                charset="utf-8", cte="quoted-printable")
    body = multi("alternative", [plain, html], boundary(seed, "generic", 1))
    if attach_pdf:
        body = multi("mixed", [body, attach(attach_pdf, "application/pdf",
                                             "PO_%s.pdf" % po["po_number"])],
                     boundary(seed, "generic", 0))
    hs = [("From", addr(name, email)), ("To", po["supplier"]["email"]),
          ("Subject", request_subject(po)), ("Date", rd(po["_req_dt"])),
          ("Message-ID", po["request_message_id"]),
          ("X-Mailer", "Brightwater P2P Notifier 4.2"),
          ("Content-Language", "en-GB")]
    return finalize(body, hs)


# ------------------------------------------------------------ reply builder

OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t'
                '{font-family:Calibri;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t'
                '{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                'a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\t'
                'margin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
                '</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n')
OUTLOOK_TAIL = '</div>\n</body>\n</html>\n'


def outlook_html(body_html, charset, lang="EN-GB"):
    return OUTLOOK_HEAD % (charset, lang) + body_html + OUTLOOK_TAIL


def simple_html(body_html, charset, dir_="ltr"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body><div dir="%s">%s</div></body></html>\n' % (charset, dir_, body_html))


def thread_index(seed):
    return base64.b64encode(bytes.fromhex("01" + h(seed + "ti", 42, "0123456789abcdef"))).decode()


CLIENTS = {
    "outlook": dict(mid="outlook", b="outlook"),
    "outlook_desktop": dict(mid="outlook", b="outlook", xm="Microsoft Outlook 16.0"),
    "gmail": dict(mid="gmail", b="gmail"),
    "iphone": dict(mid="apple", b="apple", xm="iPhone Mail (22B91)"),
    "apple": dict(mid="apple", b="apple", xm="Apple Mail (2.3826.300.87.4.3)"),
    "thunderbird": dict(mid="thunderbird", b="thunderbird",
                        ua="Mozilla Thunderbird"),
    "generic": dict(mid="generic", b="generic"),
}


def reply(po, *, frm, date, subject, seed, body=None, client="outlook", charset="utf-8",
          cte="quoted-printable", html=None, html_only=False, plain_only=False, attachments=(),
          to=None, cc=None, in_reply=True, references=None, extra=(), received_from=None,
          html_charset=None, html_cte=None, flowed=False, outlook_region="eurprd04.prod.outlook.com",
          content_language=None, msgid=None, header_charset=None, preamble=None, ua=None, xmailer=None):
    """Build a supplier reply. body: full plain text (typed part + quote).
    html: full HTML document or None (derived by caller)."""
    c = CLIENTS[client]
    dom = frm[1].split("@")[1]
    if msgid is None:
        if c["mid"] == "outlook":
            msgid = mid(seed, "outlook", outlook_region)
        else:
            msgid = mid(seed, c["mid"], dom)
    ex = []
    if client.startswith("outlook"):
        ex.append(("Thread-Topic", hdr(subject.split(":", 1)[-1].strip() if ":" in subject else subject,
                                       header_charset or charset)))
        ex.append(("Thread-Index", thread_index(seed)))
        ex.append(("X-MS-Has-Attach", "yes" if attachments else ""))
        ex.append(("X-MS-TNEF-Correlator", ""))
    if content_language:
        ex.append(("Content-Language", content_language))
    if client.startswith("outlook"):
        ex.append(("Accept-Language", content_language or "en-US"))
    if xmailer or c.get("xm"):
        ex.append(("X-Mailer", xmailer or c["xm"]))
    if ua or c.get("ua"):
        ex.append(("User-Agent", ua or c["ua"]))
    ex.extend(extra)
    bst = c["b"]
    parts = []
    if not html_only:
        parts.append(text(body, "plain", charset, cte, flowed=flowed))
    if not plain_only:
        assert html is not None, "html needed"
        parts.append(text(html, "html", html_charset or charset, html_cte or cte))
    if len(parts) == 2:
        root = multi("alternative", parts, boundary(seed, bst, 1))
    else:
        root = parts[0]
    if attachments:
        root = multi("mixed", [root] + list(attachments), boundary(seed, bst, 0), preamble=preamble)
    hs = std_reply_headers(po, frm, date, subject, seed, to=to, cc=cc, msgid=msgid, in_reply=in_reply,
                           references=references, extra=ex, received_from=received_from,
                           charset=header_charset or charset)
    return to_bytes(finalize(root, hs))


def outlook_pair(po, typed, lang="en", charset="windows-1252", body_lang="EN-GB", gb=False, sep="_"):
    """(plain, html) of an Outlook reply: typed text above the quoted request."""
    from .common import quote_outlook, quote_outlook_html, para_html
    plain = typed.rstrip("\n") + "\n\n" + quote_outlook(po, lang, gb=gb, sep=sep)
    html = outlook_html(para_html(typed, "MsoNormal", "p") + "<p class=\"MsoNormal\">&nbsp;</p>\n"
                        + quote_outlook_html(po, lang, gb=gb), charset, body_lang)
    return plain, html


def gmail_pair(po, typed, lang="en-US", charset="utf-8", attr=None):
    from .common import quote_gmail, quote_gmail_html, para_html
    plain = typed.rstrip("\n") + "\n\n" + quote_gmail(po, lang, attr=attr)
    html = simple_html('<div dir="ltr">' + para_html(typed) + '</div><br>\n' + quote_gmail_html(po, lang, attr=attr),
                       charset)
    return plain, html
