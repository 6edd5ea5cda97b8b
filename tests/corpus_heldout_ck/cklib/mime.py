"""Hand-rolled, deterministic MIME writer plus mail-client templates."""
import base64
import binascii
import datetime as dt
import uuid
from email.utils import format_datetime

from . import common as C

CODEC = {"windows-1250": "cp1250", "windows-1251": "cp1251", "windows-1252": "cp1252",
         "windows-1253": "cp1253", "windows-1254": "cp1254", "windows-1255": "cp1255",
         "windows-1256": "cp1256", "windows-1257": "cp1257", "tis-620": "tis_620",
         "shift_jis": "shift_jis", "iso-2022-jp": "iso2022_jp", "gb2312": "gb2312",
         "big5": "big5", "euc-kr": "euc_kr", "koi8-r": "koi8_r", "koi8-u": "koi8_u"}


def codec(cs):
    return CODEC.get(cs.lower(), cs.lower())


# ------------------------------------------------------------------ headers

def _ew_one(s, cs, enc):
    data = s.encode(codec(cs))
    if enc == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(data).decode())
    out = []
    for b in data:
        c = chr(b)
        if c.isalnum() and b < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        elif c in "!*+-/":
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (cs, "".join(out))


def ew(s, cs="utf-8", enc=None):
    """RFC 2047 encode a header text if it is not ASCII."""
    if all(ord(ch) < 128 for ch in s):
        return s
    if enc is None:
        enc = "Q" if cs.lower().startswith(("iso-8859", "windows-125")) else "B"
    words, cur = [], ""
    for ch in s:
        if cur and len(_ew_one(cur + ch, cs, enc)) > 72:
            words.append(_ew_one(cur, cs, enc))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew_one(cur, cs, enc))
    return "\n ".join(words)


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    if all(ord(ch) < 128 for ch in name):
        if any(ch in name for ch in ',.()@:;"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, cs), email)


def hdate(s):
    """'2026-11-12 09:14 +0100' -> RFC 5322 date."""
    d, t, z = s.split()
    sign = 1 if z[0] == "+" else -1
    off = dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])) * sign
    when = dt.datetime.fromisoformat(d + "T" + t).replace(tzinfo=dt.timezone(off))
    return format_datetime(when)


# ------------------------------------------------------------------ parts

class Leaf:
    def __init__(self, ctype, payload, cte="7bit", params=(), headers=()):
        self.ctype, self.payload, self.cte = ctype, payload, cte
        self.params, self.headers = list(params), list(headers)


class Multi:
    def __init__(self, subtype, parts, params=(), headers=()):
        self.subtype, self.parts = subtype, parts
        self.params, self.headers = list(params), list(headers)


def enc_body(data, cte):
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True, header=False)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "7bit":
        data.decode("ascii")
    return data


def T(text, subtype="plain", cs="utf-8", cte="quoted-printable", params=(), headers=()):
    err = "strict" if subtype == "plain" else "xmlcharrefreplace"
    data = text.encode(codec(cs), err)
    if cte in ("7bit", "8bit") and all(b < 128 for b in data):
        cte = "7bit"
    return Leaf("text/" + subtype, data, cte, [("charset", cs)] + list(params), headers)


def A(data, ctype, filename, disp="attachment", cte="base64", headers=()):
    return Leaf(ctype, data, cte, [("name", filename)],
                [("Content-Disposition", '%s; filename="%s"' % (disp, filename))] + list(headers))


def M(raw, ctype="message/rfc822", headers=()):
    return Leaf(ctype, raw, "7bit", (), headers)


class Bounds:
    def __init__(self, style, salt=""):
        self.style, self.n, self.salt = style, 0, salt

    def next(self):
        self.n += 1
        x = C.h("bnd", self.style, self.salt, self.n)
        s = self.style
        if s == "outlook":
            return "_%03d_%s_" % ((self.n - 1) * 4, x[:36].upper())
        if s == "gmail":
            return "0000000000" + x[:18]
        if s == "apple":
            return "Apple-Mail=_" + str(uuid.UUID(x[:32])).upper()
        if s == "tb":
            return "------------" + "".join(ch for ch in (x + C.h("b2", self.n)) if ch.isalnum())[:24]
        if s == "notes":
            return "=_alternative %s_=" % x[:16].upper()
        if s == "java":
            return "----=_Part_%d_%d.%d" % (int(x[:6], 16), int(x[6:15], 16), 1763000000000 + self.n)
        return "----=_NextPart_%03d_%s_%s.%s" % (self.n - 1, x[:4].upper(), x[4:12].upper(), x[12:20].upper())


def _params(ps):
    out = ""
    for k, v in ps:
        out += '; %s="%s"' % (k, v)
    return out


def ser(part, bnd):
    """Return (content headers list, body bytes)."""
    if isinstance(part, Multi):
        b = bnd.next()
        hdrs = [("Content-Type", 'multipart/%s;\n\tboundary="%s"%s' % (part.subtype, b, _params(part.params)))]
        hdrs += part.headers
        chunks = []
        for sub in part.parts:
            sh, sb = ser(sub, bnd)
            chunks.append(b"--" + b.encode() + b"\n" + hb(sh) + b"\n" + sb)
        body = b""
        for c in chunks:
            body += c if c.endswith(b"\n") else c + b"\n"
        body += b"--" + b.encode() + b"--\n"
        return hdrs, body
    ct = part.ctype + _params(part.params)
    hdrs = [("Content-Type", ct)]
    if part.cte:
        hdrs.append(("Content-Transfer-Encoding", part.cte))
    hdrs += part.headers
    body = enc_body(part.payload, part.cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return hdrs, body


def hb(hdrs):
    return b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in hdrs)


def message(headers, body, style="outlook", mime_version="1.0", salt=""):
    bnd = Bounds(style, salt)
    ch, cb = ser(body, bnd)
    allh = list(headers) + [("MIME-Version", mime_version)] + ch
    raw = hb(allh) + b"\n" + cb
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# ------------------------------------------------------------------ ids

def msgid(style, domain):
    x = C.h("mid", style, domain)
    if style == "outlook":
        srv = "AM9PR0%dMB%s" % (int(x[0], 16) % 9 + 1, str(int(x[1:6], 16))[:4])
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (srv, x[6:26].upper(), srv, int(x[0], 16) % 9 + 1)
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(x[:36])).decode().replace("/", "_")
        return "<CA%s@mail.gmail.com>" % b
    if style == "apple":
        return "<%s@%s>" % (str(uuid.UUID(x[:32])).upper(), domain)
    if style == "tb":
        return "<%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:24], domain)
    return "<%s.%s@%s>" % (x[:16].upper(), x[16:24], domain)


# ------------------------------------------------------------------ quoting

QH = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "pt": ("De", "Enviada", "Para", "Assunto"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
}


def _when(p):
    d, t, z = C.req_sent(p).split()
    return dt.date.fromisoformat(d), t


def quote_header_outlook(p, lang):
    lab = QH.get(lang, QH["en"])
    d, t = _when(p)
    if lang == "en":
        sent = "%s, %s %d, %d %s AM" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, t)
    else:
        sent = "%02d.%02d.%d %s" % (d.day, d.month, d.year, t)
    b = p["buyer"]
    return ["%s: %s <%s>" % (lab[0], b["name"], b["email"]), "%s: %s" % (lab[1], sent),
            "%s: %s" % (lab[2], p["supplier"]["email"]), "%s: %s" % (lab[3], C.req_subject(p))]


def intro(p, style, lang):
    d, t = _when(p)
    b = p["buyer"]
    if style == "gmail":
        if lang == "de":
            return "Am %s, %d. %s %d um %s Uhr schrieb %s <%s>:" % (
                ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."][d.weekday()], d.day,
                ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."][d.month - 1],
                d.year, t, b["name"], b["email"])
        if lang == "es":
            return "El %s, %d %s %d a las %s, %s (<%s>) escribió:" % (
                ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][d.weekday()], d.day,
                ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"][d.month - 1],
                d.year, t, b["name"], b["email"])
        if lang == "pt":
            return "Em %s., %d de %s. de %d às %s, %s <%s> escreveu:" % (
                ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"][d.weekday()], d.day,
                ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"][d.month - 1],
                d.year, t, b["name"], b["email"])
        return "On %s, %d %s %d at %s, %s <%s> wrote:" % (
            d.strftime("%a"), d.day, d.strftime("%b"), d.year, t, b["name"], b["email"])
    if style == "apple":
        return "On %d %s %d, at %s, %s <%s> wrote:" % (d.day, d.strftime("%b"), d.year, t, b["name"], b["email"])
    # thunderbird
    return "On %02d/%02d/%d %s, %s wrote:" % (d.day, d.month, d.year, t, b["name"])


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def txt2html_lines(text, tag="div"):
    out = []
    for l in text.split("\n"):
        if tag == "p":
            out.append('<p class="MsoNormal">%s</p>' % (C.esc(l) if l.strip() else "&nbsp;"))
        else:
            out.append("<div>%s</div>" % (C.esc(l) if l.strip() else "<br>"))
    return "\n".join(out)


def build_html(client, body_html, p, quote, lang, cs, rtl=False):
    dirattr = ' dir="rtl"' if rtl else ""
    qh = ""
    if p is not None and quote not in ("none", "custom", "bottom"):
        if client == "outlook":
            hl = quote_header_outlook(p, lang)
            qh = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                  + "".join('<p class="MsoNormal"><b>%s</b>%s</p>' % (C.esc(x.split(":", 1)[0] + ":"),
                                                                     C.esc(x.split(":", 1)[1])) for x in hl)
                  + "</div>" + C.request_html(p))
        elif client == "gmail":
            qh = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                  'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                  % (C.esc(intro(p, "gmail", lang)), C.request_html(p)))
        else:
            qh = ('<div><br><blockquote type="cite"><div>%s</div><br>%s</blockquote></div>'
                  % (C.esc(intro(p, "apple", lang)), C.request_html(p)))
    if client == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="%s" link="#0563C1" vlink="#954F72"%s>\n<div class="WordSection1">\n%s\n%s\n'
                '</div>\n</body>\n</html>\n' % (cs, lang.upper(), dirattr, body_html, qh))
    if client == "gmail":
        return '<div dir="%s">%s</div>%s\n' % ("rtl" if rtl else "ltr", body_html, qh)
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"%s>'
            '\n%s\n%s\n</body></html>\n' % (cs, dirattr, body_html, qh))


def reply(p, *, frm, date, body, subject=None, cs="utf-8", cte="quoted-printable", client="outlook",
          quote=None, html=True, html_body=None, attachments=(), to=None, cc=None, thread=True,
          lang="en", extra_headers=(), refs=None, hcte=None, text=True, rtl=False, mailer=None,
          mid_domain=None):
    """Build a reply to PO p's request.  frm=(name, address)."""
    style = {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "tb": "tb", "mobile": "apple",
             "notes": "notes", "java": "java", "erp": "erp"}[client]
    if quote is None:
        quote = {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "tb": "tb"}.get(client, "none")
    txt = body
    if p is not None:
        if quote == "outlook":
            txt = body + "\n\n" + "_" * 32 + "\n" + "\n".join(quote_header_outlook(p, lang)) + "\n\n" + C.request_text(p)
        elif quote in ("gmail", "apple", "tb"):
            txt = body + "\n\n" + intro(p, quote, lang) + "\n\n" + gt(C.request_text(p))
        elif quote == "fwd":
            txt = body + "\n\n-----Original Message-----\n" + "\n".join(quote_header_outlook(p, lang)) + "\n\n" + C.request_text(p)
        elif quote == "bottom":
            txt = intro(p, "tb", lang) + "\n" + gt(C.request_text(p)) + "\n\n" + body
    parts = []
    if text:
        parts.append(T(txt + "\n", "plain", cs, cte))
    if html:
        if html_body is None:
            html_body = txt2html_lines(body, "p" if client == "outlook" else "div")
        hq = quote if quote in ("outlook", "gmail", "apple", "tb") else "none"
        hclient = client if client in ("outlook", "gmail") else "apple"
        if hq == "none" and quote == "fwd":
            html_body += "<hr><pre>%s</pre>" % C.esc(txt[len(body):])
        parts.append(T(build_html(hclient, html_body, p, hq, lang, cs, rtl), "html", cs, hcte or cte))
    core = parts[0] if len(parts) == 1 else Multi("alternative", parts)
    if attachments:
        core = Multi("mixed", [core] + list(attachments))
    dom = frm[1].split("@")[1]
    mid = msgid(style if client != "mobile" else "apple", mid_domain or dom)
    subj = subject if subject is not None else "RE: " + C.req_subject(p)
    hd = []
    if client == "outlook":
        hd.append(("Received", "from %s (2603:10a6:20b:3c1::14) by %s with HTTPS; %s" % (
            mid.split("@")[1].rstrip(">"), mid.split("@")[1].rstrip(">"), hdate(date))))
    hd += [("From", addr(frm[0], frm[1], cs))]
    if to is None:
        to = [(p["buyer"]["name"], p["buyer"]["email"])] if p else [C.BUYERS["mara"]]
    hd.append(("To", ", ".join(addr(n, a, cs) for n, a in to)))
    if cc:
        hd.append(("Cc", ", ".join(addr(n, a, cs) for n, a in cc)))
    hd += [("Subject", ew(subj, cs)), ("Date", hdate(date)), ("Message-ID", mid)]
    if thread and p is not None and "request_message_id" in p:
        r = p["request_message_id"]
        hd += [("In-Reply-To", r), ("References", refs or r)]
    if client == "outlook":
        hd += [("Thread-Topic", ew(subj[4:] if subj[:4].upper() in ("RE: ", "AW: ", "SV: ") else subj, cs)),
               ("Thread-Index", "AQH" + base64.b64encode(bytes.fromhex(C.h("ti", date)[:30])).decode()),
               ("Content-Language", {"en": "en-US"}.get(lang, lang)),
               ("X-MS-Has-Attach", "yes" if attachments else ""),
               ("X-MS-TNEF-Correlator", "")]
    elif client == "apple":
        hd.append(("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"))
    elif client == "mobile":
        hd.append(("X-Mailer", mailer or "iPhone Mail (22B91)"))
    elif client == "tb":
        hd.append(("User-Agent", "Mozilla Thunderbird"))
    elif mailer:
        hd.append(("X-Mailer", mailer))
    hd += list(extra_headers)
    mv = "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))" if client == "apple" else "1.0"
    if client == "mobile" and not mailer:
        mv = "1.0 (1.0)"
    return message(hd, core, style, mv)


# ------------------------------------------------------------------ original request (for bounces)

def request_eml(p):
    b = p["buyer"]
    hd = [("From", addr(b["name"], b["email"])), ("To", addr(p["supplier"]["name"], p["supplier"]["email"], "utf-8")),
          ("Subject", C.req_subject(p)), ("Date", hdate(C.req_sent(p))),
          ("Message-ID", p["request_message_id"])]
    txt = C.request_text(p) + "\n"
    cs, cte = ("us-ascii", "7bit") if txt.isascii() else ("utf-8", "quoted-printable")
    raw = message(hd, Multi("alternative", [T(txt, "plain", cs, cte),
                                            T("<html><body>%s</body></html>\n" % C.request_html(p), "html",
                                              cs, "quoted-printable")]), "java", salt="req")
    return raw.replace(b"\r\n", b"\n")
