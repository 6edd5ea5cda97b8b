"""Building RFC 5322 / MIME messages with the stdlib email package.

Everything is deterministic: boundaries and ids are derived from seeds, never
random.  Bodies are encoded by hand (quoted-printable, base64, 7bit, 8bit) so
that the declared charset is exactly the one used on the wire.
"""

import base64
import hashlib
import io
import quopri
from email import utils
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from html import escape

from . import common as C

_RAW8 = {}


# ------------------------------------------------------------------ small helpers

def hx(seed, n):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def hdr(s, charset="utf-8"):
    """Unstructured header value, RFC 2047-encoded when not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    return utils.formataddr((name, email), charset=charset)


def fold_ids(ids):
    return "\n ".join(ids)


def date_hdr(dtm):
    return utils.format_datetime(dtm)


def codec(charset):
    return {"x-sjis": "shift_jis"}.get(charset.lower(), charset)


def encode_body(text, charset, cte):
    data = text.encode(codec(charset))
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "7bit":
        return data.decode("ascii")
    if cte == "8bit":
        key = "@@RAW8BIT-%s@@" % hx(repr(data), 20)
        _RAW8[key] = data
        return key
    raise ValueError(cte)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
              ctype=None, flowed=False, quote_charset=True, extra=()):
    m = Message()
    if ctype is None:
        cs = '"%s"' % charset if quote_charset else charset
        ctype = "text/%s; charset=%s" % (subtype, cs)
        if flowed:
            ctype += "; format=flowed"
    m["Content-Type"] = ctype
    m["Content-Transfer-Encoding"] = cte
    for k, v in extra:
        m[k] = v
    if cte in ("quoted-printable", "base64") or cte == "8bit":
        m.set_payload(encode_body(text, charset, cte))
    else:
        m.set_payload(encode_body(text, charset, cte))
    return m


def attachment(data, ctype, filename, cte="base64", inline=False, fn_charset="utf-8",
               content_id=None, outlook=False, extra=()):
    m = Message()
    try:
        filename.encode("ascii")
        ascii_name = True
    except UnicodeEncodeError:
        ascii_name = False
    if ascii_name:
        m["Content-Type"] = '%s; name="%s"' % (ctype, filename)
    else:
        m["Content-Type"] = '%s; name="%s"' % (ctype, Header(filename, fn_charset).encode())
    if outlook:
        m["Content-Description"] = hdr(filename, fn_charset)
    disp = "inline" if inline else "attachment"
    if ascii_name:
        dispv = '%s; filename="%s"' % (disp, filename)
    else:
        # RFC 2231 percent-encoding
        dispv = "%s; filename*=%s''%s" % (disp, fn_charset, "".join(
            ch if (ch.isalnum() and ord(ch) < 128) or ch in "-._" else "%%%02X" % b
            for b, ch in ((b, chr(b)) for b in filename.encode(fn_charset))))
    if outlook:
        dispv += "; size=%d" % len(data)
    m["Content-Disposition"] = dispv
    if content_id:
        m["Content-ID"] = content_id
    for k, v in extra:
        m[k] = v
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        m.set_payload(base64.encodebytes(data).decode("ascii"))
    else:
        m.set_payload(data.decode("ascii"))
    return m


def multipart(subtype, parts, boundary, preamble=None, params=""):
    m = Message()
    m["Content-Type"] = 'multipart/%s;%s boundary="%s"' % (subtype, params, boundary) if params else \
        'multipart/%s; boundary="%s"' % (subtype, boundary)
    for p in parts:
        m.attach(p)
    if preamble is not None:
        m.preamble = preamble
    return m


def header_block(pairs):
    """A Message holding only headers (for message/delivery-status blocks)."""
    m = Message()
    for k, v in pairs:
        m[k] = v
    return m


def delivery_status(blocks):
    m = Message()
    m["Content-Type"] = "message/delivery-status"
    m.set_payload([header_block(b) for b in blocks])
    return m


def rfc822(inner, ctype="message/rfc822", extra=()):
    m = Message()
    m["Content-Type"] = ctype
    for k, v in extra:
        m[k] = v
    m.set_payload([inner])
    return m


# ------------------------------------------------------------------ boundaries / ids

def b_outlook(seed):
    h = hx(seed, 28).upper()
    return "_000_%s%sEURPRD0%s_" % ("AM9PR07MB", h[:20], h[20:21])


def b_outlook_mixed(seed):
    h = hx(seed + "mix", 28).upper()
    return "_004_%s%sEURPRD0%s_" % ("AM9PR07MB", h[:20], h[20:21])


def b_gmail(seed):
    return "000000000000" + hx(seed, 16)


def b_tb(seed):
    h = hx(seed, 24)
    return "------------" + "".join(c.upper() if i % 3 == 0 and c.isalpha() else c for i, c in enumerate(h))


def b_apple(seed):
    h = hx(seed, 32).upper()
    return "Apple-Mail-%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def b_plain(seed, prefix="----=_Part_"):
    return "%s%s_%s.%s" % (prefix, int(hx(seed, 6), 16) % 99999, int(hx(seed + "a", 8), 16),
                           int(hx(seed + "b", 10), 16))


def id_outlook(seed, domain="eurprd07.prod.outlook.com"):
    h = hx(seed, 30).upper()
    return "<AM9PR07MB%s%s@AM9PR07MB%s.%s>" % (h[:4], h[4:30], h[:4], domain)


def id_gmail(seed):
    raw = hashlib.sha256(seed.encode()).digest() + hashlib.sha256((seed + "x").encode()).digest()
    s = base64.b64encode(raw).decode().replace("+", "_").replace("/", "-").rstrip("=")
    return "<CA%s@mail.gmail.com>" % s[:58]


def id_uuid(seed, domain):
    h = hx(seed, 32)
    return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], domain)


def id_simple(seed, domain, prefix=""):
    return "<%s%s.%s@%s>" % (prefix, hx(seed, 12), hx(seed + "2", 8), domain)


def received(from_host, from_ip, by_host, dtm, mta="Postfix", with_="ESMTPS", qid=None, tls=True):
    qid = qid or hx(from_host + str(dtm), 10).upper()
    s = "from %s (%s [%s])\n\tby %s (%s) with %s id %s\n\tfor <%s>; %s" % (
        from_host, from_host, from_ip, by_host, mta, with_, qid, "__RCPT__", date_hdr(dtm))
    return s


# ------------------------------------------------------------------ assembling a whole mail

def build(body, headers):
    """headers: list of (name, value); body: a Message (part) that becomes the root."""
    root = Message()
    for k, v in headers:
        if v is None:
            continue
        root[k] = v
    if "MIME-Version" not in root:
        root["MIME-Version"] = "1.0"
    for k, v in body._headers:
        root[k] = v
    root.set_payload(body._payload)
    root.preamble = body.preamble
    root.epilogue = body.epilogue
    return root


def serialize(msg):
    fp = io.BytesIO()
    BytesGenerator(fp, mangle_from_=False, maxheaderlen=0).flatten(msg)
    data = fp.getvalue()
    for k, raw in _RAW8.items():
        data = data.replace(k.encode("ascii"), raw)
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def std_headers(frm, to, subject, date, msgid, in_reply_to=None, references=None,
                cc=None, received_list=(), extra_top=(), extra=(), rcpt=None, return_path=None):
    hs = []
    if return_path:
        hs.append(("Return-Path", return_path))
    for r in received_list:
        hs.append(("Received", r.replace("__RCPT__", rcpt or "")))
    hs += list(extra_top)
    hs.append(("From", frm))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", subject))
    hs.append(("Date", date_hdr(date)))
    hs.append(("Message-ID", msgid))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    if references:
        hs.append(("References", references))
    hs += list(extra)
    return hs


# ------------------------------------------------------------------ reply layouts

OUTLOOK_STYLE = """<!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.E-MailFormatvorlage18
	{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
-->"""


def text_to_mso(text):
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % escape(line).replace("  ", "&nbsp; "))
    return "\n".join(out)


def text_to_divs(text):
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append("<div><br></div>")
        else:
            out.append("<div>%s</div>" % escape(line))
    return "\n".join(out)


def outlook_quote_header_plain(po, labels, sent, to=None, subject=None, cc=None, sep="_" * 32):
    lines = [sep,
             "%s %s <%s>" % (labels[0], po.buyer_name, po.buyer_email),
             "%s %s" % (labels[1], sent),
             "%s %s" % (labels[2], to or po.supplier["email"])]
    if cc:
        lines.append("%s %s" % (labels[4] if len(labels) > 4 else "Cc:", cc))
    lines.append("%s %s" % (labels[3], subject or po.subject))
    return "\n".join(lines)


def outlook_quote_header_html(po, labels, sent, to=None, subject=None, cc=None):
    parts = ["<b>%s</b> %s &lt;%s&gt; <br>" % (escape(labels[0]), escape(po.buyer_name), po.buyer_email),
             "<b>%s</b> %s<br>" % (escape(labels[1]), escape(sent)),
             "<b>%s</b> %s<br>" % (escape(labels[2]), escape(to or po.supplier["email"]))]
    if cc:
        parts.append("<b>%s</b> %s<br>" % (escape(labels[4] if len(labels) > 4 else "Cc:"), escape(cc)))
    parts.append("<b>%s</b> %s" % (escape(labels[3]), escape(subject or po.subject)))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>' % "".join(parts))


def outlook_html_doc(inner, charset, lang="EN-US", dir_rtl=False):
    body_attr = ' dir="rtl"' if dir_rtl else ""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style>%s</style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"%s>\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (
                charset, OUTLOOK_STYLE, lang, body_attr, inner))


def outlook_reply(seed, reply_text, po, charset="utf-8", cte="quoted-printable", labels=("From:", "Sent:", "To:", "Subject:"),
                  sent=None, to=None, subject=None, cc=None, lang="EN-US", reply_html=None,
                  attachments=(), quote=True, quoted_text=None, quoted_html=None, dir_rtl=False,
                  html_cte=None, plain_sep="_" * 32):
    """Outlook (desktop / OWA) reply: multipart/alternative plain+html, request quoted below a header block."""
    sent = sent or C.en_outlook_sent(po.sent)
    if quote:
        qt = quoted_text if quoted_text is not None else C.request_text(po)
        qh = quoted_html if quoted_html is not None else C.request_html(po)
        plain = reply_text.rstrip("\n") + "\n\n" + outlook_quote_header_plain(po, labels, sent, to, subject, cc, sep=plain_sep) + "\n\n" + qt
        hq = outlook_quote_header_html(po, labels, sent, to, subject, cc) + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + qh
    else:
        plain = reply_text
        hq = ""
    rh = reply_html if reply_html is not None else text_to_mso(reply_text)
    html = outlook_html_doc(rh + "\n" + hq, charset, lang, dir_rtl)
    alt = multipart("alternative", [text_part(plain, "plain", charset, cte),
                                    text_part(html, "html", charset, html_cte or cte)], b_outlook(seed))
    if attachments:
        return multipart("mixed", [alt] + list(attachments), b_outlook_mixed(seed))
    return alt


def gt_quote(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(prefix.rstrip() if line == "" else prefix + line)
    return "\n".join(out) + "\n"


def gmail_reply(seed, reply_text, po, attr, charset="UTF-8", cte="quoted-printable", reply_html=None,
                attachments=(), quote=True, quoted_text=None, quoted_html=None, html_cte=None, dir_rtl=False):
    if quote:
        qt = quoted_text if quoted_text is not None else C.request_text(po)
        qh = quoted_html if quoted_html is not None else C.request_html(po)
        plain = reply_text.rstrip("\n") + "\n\n" + attr + "\n\n" + gt_quote(qt)
        hq = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
              'padding-left:1ex">%s</blockquote></div>' % (escape(attr), qh))
    else:
        plain = reply_text
        hq = ""
    d = "rtl" if dir_rtl else "ltr"
    rh = reply_html if reply_html is not None else text_to_divs(reply_text)
    html = '<div dir="%s">%s</div>%s\n' % (d, rh, hq)
    alt = multipart("alternative", [text_part(plain, "plain", charset, cte, quote_charset=False),
                                    text_part(html, "html", charset, html_cte or cte, quote_charset=False)],
                    b_gmail(seed))
    if attachments:
        return multipart("mixed", [alt] + list(attachments), b_gmail(seed + "mixed"))
    return alt


def plain_reply(text, charset="UTF-8", cte="quoted-printable", flowed=True, quote_charset=False):
    return text_part(text, "plain", charset, cte, flowed=flowed, quote_charset=quote_charset)


# ------------------------------------------------------------------ convenience for replies

def reply_headers(po, frm, date, msgid, subject, to=None, cc=None, extra=(), host=None,
                  ip=None, in_reply_to=True, references=True, return_path=None,
                  extra_top=()):
    """Headers of a supplier mail arriving in our mailbox (Received from their MTA)."""
    from datetime import timedelta
    dom = po.supplier["email"].split("@")[1]
    host = host or "mail." + dom
    if ip is None:
        n = int(hx(dom, 6), 16)
        ip = "%s.%d" % (("198.51.100", "203.0.113")[n % 2], 2 + n % 250)
    rcv = (date + timedelta(seconds=41)).astimezone(C.TZ_BUYER)
    qid = hx(str(msgid), 11).upper()
    rec = ["from %s (%s [%s])\n\tby mx1.%s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s" % (
        host, host, ip, C.BUYER_DOMAIN, qid, po.buyer_email, date_hdr(rcv))]
    irt = po.request_id if in_reply_to is True else (in_reply_to or None)
    refs = po.request_id if references is True else (references or None)
    m = utils.parseaddr(frm)[1]
    return std_headers(frm, to or addr(po.buyer_name, po.buyer_email), subject, date, msgid,
                       irt, refs, cc=cc, received_list=rec, return_path=return_path or "<%s>" % m,
                       extra=extra, extra_top=extra_top)


def outlook_extra(seed, subject_topic, lang="de-DE", attach=False):
    idx = base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()
    return [("Thread-Topic", subject_topic), ("Thread-Index", "AQH" + idx),
            ("Accept-Language", lang + ", en-US"), ("Content-Language", lang),
            ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", "")]


def apple_reply(seed, reply_text, po, attr, charset="utf-8", quote=True):
    """iPhone / Apple Mail reply: plain (format=flowed; delsp=yes) + HTML with blockquote type=cite."""
    if quote:
        plain = reply_text.rstrip("\n") + "\n\n> " + attr + "\n> \n" + gt_quote(C.request_text(po))
        hq = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>'
              '<blockquote type="cite"><div dir="ltr">%s</div></blockquote>' % (escape(attr), C.request_html(po)))
    else:
        plain, hq = reply_text, ""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
            '<body dir="auto"><div dir="ltr">%s</div>%s</body></html>' % (
                charset, "<br>".join(escape(l) for l in reply_text.rstrip("\n").split("\n")), hq))
    p = text_part(plain, "plain", charset, "quoted-printable",
                  ctype="text/plain; charset=%s; format=flowed; delsp=yes" % charset)
    h = text_part(html, "html", charset, "quoted-printable", ctype="text/html; charset=%s" % charset)
    return multipart("alternative", [p, h], b_apple(seed))


def apple_extra():
    return [("X-Mailer", "iPhone Mail (22B91)")]


def request_message(po, received_by=None):
    """Our own acknowledgment request as it left our server (used inside bounces)."""
    alt = multipart("alternative", [text_part(C.request_text(po), "plain", "us-ascii", "7bit"),
                                    text_part(C.request_html(po), "html", "us-ascii", "7bit")],
                    "=_req_" + hx(po.number, 18))
    hs = []
    if received_by:
        hs.append(("Received", received_by))
    hs += [("From", addr(po.buyer_name, po.buyer_email)), ("To", po.supplier["email"]),
           ("Subject", po.subject), ("Date", date_hdr(po.sent)), ("Message-ID", po.request_id),
           ("X-Mailer", "Corvan ERP PO-Ack 4.2")]
    return build(alt, hs)
