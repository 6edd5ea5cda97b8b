#!/usr/bin/env python3
"""Batch M: supplier replies to purchase orders (held-out test data).

Standard library only, deterministic.  Run:  python3 make_batch.py
Writes cases/NNN-slug/{message.eml,pos.json,expected.json}.

Theme: electronic components & PCBs, cosmetics/pharma packaging, HVAC &
plumbing wholesale, marine/offshore, office & IT hardware, aerospace
fasteners, glass & ceramics, garden/agri supplies, industrial gases,
promotional goods.  Buyer: Brightwater Group (buyer.example), Rotterdam.
"""
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import os
import shutil
import zipfile
from email import policy as _policy
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")

# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def D(s, weekday=None):
    """ISO date string; optionally assert the weekday the text claims."""
    d = dt.date.fromisoformat(s)
    if weekday is not None:
        assert WD[d.weekday()] == weekday, (s, weekday, WD[d.weekday()])
    return s


def KW(year, week, day=5):
    """ISO week -> date (default Friday)."""
    return dt.date.fromisocalendar(year, week, day).isoformat()


def T(s, tz="+0100"):
    """'2027-01-12 09:41:17' + tz -> aware datetime."""
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone(off))


def h(*parts, n=16):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


# --------------------------------------------------------------------------
# purchase orders
# --------------------------------------------------------------------------
BUYERS = {
    "anna": ("Anna Berg", "anna.berg@buyer.example"),
    "jonas": ("Jonas Meier", "jonas.meier@buyer.example"),
    "priya": ("Priya Nair", "priya.nair@buyer.example"),
    "tomasz": ("Tomasz Wojcik", "tomasz.wojcik@buyer.example"),
    "claire": ("Claire Dubois", "claire.dubois@buyer.example"),
    "marco": ("Marco Rossi", "marco.rossi@buyer.example"),
    "sofia": ("Sofia Lindqvist", "sofia.lindqvist@buyer.example"),
    "daniel": ("Daniel Okafor", "daniel.okafor@buyer.example"),
    "lena": ("Lena Hoffmann", "lena.hoffmann@buyer.example"),
    "kenji": ("Kenji Sato", "kenji.sato@buyer.example"),
    "ines": ("Ines Vermeulen", "ines.vermeulen@buyer.example"),
}


def qfmt(q):
    return str(int(q)) if float(q).is_integer() else repr(float(q))


def mk_po(number, sup, buyer, currency, issued, lines, req=True):
    """sup = (id, name, email, locale); lines = [(item, desc, qty, uom, price, date)]."""
    bname, bmail = BUYERS[buyer]
    po = {
        "po_number": number,
        "supplier": {"id": sup[0], "name": sup[1], "email": sup[2], "locale": sup[3]},
        "buyer": {"name": bname, "email": bmail},
        "currency": currency,
        "issued": issued,
    }
    if req:
        po["request_message_id"] = req if isinstance(req, str) else "<po-%s.1@buyer.example>" % number.replace(" ", "")
    po["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        po["lines"].append({
            "line": i, "item": item, "description": desc, "quantity": qty,
            "uom": uom, "unit_price": price, "requested_date": date,
        })
    return po


def req_subject(po):
    return "Purchase order %s - please confirm" % po["po_number"]


def po_table(po):
    out = ["Line | Item | Description | Qty | UoM | Unit price (%s) | Need-by date" % po["currency"]]
    for l in po["lines"]:
        out.append("%d | %s | %s | %s | %s | %s | %s" % (
            l["line"], l["item"], l["description"], qfmt(l["quantity"]), l["uom"],
            l["unit_price"], l["requested_date"]))
    return out


def buyer_sig(po):
    return ["Best regards", po["buyer"]["name"], "Procurement | Brightwater Group",
            "Havenstraat 21, 3011 AB Rotterdam, NL | +31 10 555 0142"]


ADDR_NL = ["Delivery address: Brightwater Group, Central Warehouse, Gate 3,",
           "Waalhaven Z.z. 40, 3089 JH Rotterdam, Netherlands"]


def po_request_text(po, greeting="Sir or Madam", address=None):
    t = ["Dear %s," % greeting, "",
         "please find below our purchase order %s dated %s." % (po["po_number"], po["issued"]),
         "Kindly confirm quantity, unit price and delivery date for each line by reply to this e-mail.",
         ""]
    t += po_table(po)
    t += [""] + (address or ADDR_NL) + ["Incoterms as per frame agreement.", ""]
    t += buyer_sig(po)
    return "\n".join(t)


def reminder_text(po, sent_on, greeting="Sir or Madam"):
    t = ["Dear %s," % greeting, "",
         "we have not yet received your order confirmation for PO %s, sent on %s." % (po["po_number"], sent_on),
         "Please confirm quantities, prices and delivery dates at your earliest convenience.", ""]
    t += buyer_sig(po)
    return "\n".join(t)


# expected-answer helpers ---------------------------------------------------
def num(x):
    if isinstance(x, str):
        x = float(x)
    return int(x) if float(x).is_integer() else x


def A(po, n):
    l = po["lines"][n - 1]
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
            "date": l["requested_date"]}


def C(q, p, d, sched=None):
    r = {"status": "changed", "quantity": num(q), "unit_price": p, "date": d}
    if sched:
        r["schedule"] = [{"quantity": num(a), "date": b} for a, b in sched]
    return r


R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def conf(po, lines):
    return {"po_number": po["po_number"], "lines": {str(k): v for k, v in lines.items()}}


def EXP(kind, notes, *confs):
    e = {"kind": kind}
    if kind == "confirmation":
        e["confirmations"] = list(confs)
    e["notes"] = notes
    return e


# --------------------------------------------------------------------------
# MIME building
# --------------------------------------------------------------------------
def textpart(text, subtype="plain", charset="utf-8", cte="qp"):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None, "7bit": None}[cte]
    if text and not text.endswith("\n"):
        text += "\n"
    return MIMEText(text, subtype, cs)


def alternative(plain, html, charset="utf-8", cte="qp", html_cte=None):
    m = MIMEMultipart("alternative")
    html = html.replace('content="text/html; charset=utf-8"', 'content="text/html; charset=%s"' % charset)
    m.attach(textpart(plain, "plain", charset, cte))
    m.attach(textpart(html, "html", charset, html_cte or cte))
    return m


def attachment(data, filename, ctype, inline=False, rfc2231=False, name_param=True):
    maintype, subtype = ctype.split("/")
    if maintype == "text":
        p = MIMEBase(maintype, subtype)
        p.set_payload(data)
        from email import encoders
        encoders.encode_base64(p)
    else:
        p = MIMEApplication(data, subtype)
    try:
        filename.encode("ascii")
        ascii_name = True
    except UnicodeEncodeError:
        ascii_name = False
    if ascii_name:
        if name_param:
            p.set_param("name", filename)
        p.add_header("Content-Disposition", "inline" if inline else "attachment", filename=filename)
    else:
        if rfc2231:
            p.set_param("name", filename, charset="utf-8")
            p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
        else:  # Outlook style: encoded-word in quoted parameters
            enc = Header(filename, "utf-8").encode()
            p.set_param("name", enc)
            p.add_header("Content-Disposition", "attachment", filename=enc)
    return p


def mixed(body, *atts):
    m = MIMEMultipart("mixed")
    m.attach(body)
    for a in atts:
        m.attach(a)
    return m


def enc_words(s, charset, label=None):
    """RFC 2047 B-encoded words as CJK mail clients write them (label as they spell it)."""
    import base64
    label = label or charset.upper()
    words, cur = [], ""
    for ch in s:
        trial = cur + ch
        if len(base64.b64encode(trial.encode(charset))) + len(label) + 7 > 64 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return " ".join("=?%s?B?%s?=" % (label, base64.b64encode(w.encode(charset)).decode()) for w in words)


RAW_EW = ("gb2312", "big5", "gbk", "gb18030")


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        if charset.lower() in RAW_EW:
            return "%s <%s>" % (enc_words(name, charset), email)
        return formataddr((name, email), charset=charset)


def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        if charset.lower() in RAW_EW:
            return enc_words(s, charset)
        return Header(s, charset)


CLIENTS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "outlook365": [],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3774.300.61.1.2)")],
    "iphone": [("X-Mailer", "iPhone Mail (21D61)")],
    "thunderbird": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.1")],
    "lotus": [("X-Mailer", "IBM Notes Release 9.0.1FP10 SHF383 December 12, 2018")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.5")],
    "foxmail": [("X-Mailer", "Foxmail 7.2.25.228[cn]")],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4583)")],
    "sap": [("X-Mailer", "SAP NetWeaver 7.50")],
    "oracle": [("X-Mailer", "Oracle E-Business Suite Workflow Mailer")],
    "dynamics": [("X-Mailer", "Microsoft Dynamics 365 Business Central")],
    "script": [("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")],
    "none": [],
}


def msgid(client, slug, domain):
    x = h(slug, client, n=40).upper()
    if client in ("outlook", "outlook365", "dynamics"):
        host = "%sPR0%dMB%s" % (["AM6", "VI1", "DB9", "PA4", "AS8", "DU2"][int(x[0], 16) % 6], int(x[1], 16) % 9 + 1, int(x[2:6], 16) % 9000 + 1000)
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (host, x[6:30], host, int(x[10], 16) % 8 + 1)
    if client == "gmail":
        return "<CA%s+%s@mail.gmail.com>" % (h(slug, "g1", n=20), h(slug, "g2", n=22))
    if client in ("apple", "iphone"):
        u = h(slug, "a", n=32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], domain)
    if client == "lotus":
        return "<OF%s.%s-ON%s.%s@notes.%s>" % (x[:8], x[8:16], x[16:24], x[24:32], domain)
    if client == "foxmail":
        return "<%s%s@%s>" % (dt.datetime(2027, 1, 1).strftime("%Y%m%d"), h(slug, n=12), domain)
    return "<%s.%s@%s>" % (h(slug, "a", n=12), h(slug, "b", n=8), domain)


def finish(m, frm, to, subject, date, client, slug, cc=None, irt=None, refs=None,
           extra=(), hdr_charset="utf-8", mid=None, received=True, lang=None, reply_to=None):
    """Set RFC 5322 headers in a realistic order; return the message."""
    domain = frm[1].split("@")[1]
    mid = mid or msgid(client, slug, domain)
    heads = []
    rcpt = [a for a in list(to) + list(cc or []) if (a[1] if isinstance(a, tuple) else a).endswith("@buyer.example")]
    rcpt = (rcpt[0][1] if isinstance(rcpt[0], tuple) else rcpt[0]) if rcpt else (to[0][1] if isinstance(to[0], tuple) else to[0])
    if isinstance(received, list):
        heads.extend(received)
    elif received:
        heads.append(("Return-Path", "<%s>" % frm[1]))
        rdate = format_datetime(date.astimezone(dt.timezone(dt.timedelta(hours=1))) + dt.timedelta(seconds=4))
        heads.append(("Received", "from mx1.buyer.example (mx1.buyer.example [192.0.2.25])\n\tby imap.buyer.example (Dovecot) with LMTP id %s\n\tfor <%s>; %s" % (h(slug, "lmtp", n=22), rcpt, rdate)))
        heads.append(("Received", "from mail.%s (mail.%s [198.51.100.%d])\n\tby mx1.buyer.example (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            domain, domain, int(h(slug, n=2), 16) % 200 + 20, h(slug, "pf", n=10).upper(),
            rcpt, rdate)))
    heads.append(("From", addr(frm[0], frm[1], hdr_charset)))
    heads.append(("To", ", ".join(addr(a[0], a[1], hdr_charset) if isinstance(a, tuple) else a for a in to)))
    if cc:
        heads.append(("Cc", ", ".join(addr(a[0], a[1], hdr_charset) if isinstance(a, tuple) else a for a in cc)))
    if reply_to:
        heads.append(("Reply-To", reply_to))
    heads.append(("Subject", subj(subject, hdr_charset)))
    heads.append(("Date", format_datetime(date)))
    heads.append(("Message-ID", mid))
    if irt:
        heads.append(("In-Reply-To", irt))
    if refs:
        heads.append(("References", " ".join(refs) if isinstance(refs, (list, tuple)) else refs))
    heads.extend(CLIENTS.get(client, []))
    if client in ("outlook", "outlook365"):
        heads.append(("Thread-Index", "AQH" + h(slug, "ti", n=28)))
        if lang:
            heads.append(("Content-Language", lang))
    heads.extend(extra)
    mime = [(k, v) for k, v in m._headers if k.lower() in ("mime-version", "content-type", "content-transfer-encoding")]
    other = [(k, v) for k, v in m._headers if k.lower() not in ("mime-version", "content-type", "content-transfer-encoding")]
    if not any(k.lower() == "mime-version" for k, v in mime):
        mime.insert(0, ("MIME-Version", "1.0"))
    mime.sort(key=lambda kv: 0 if kv[0].lower() == "mime-version" else 1)
    m._headers = []
    for k, v in heads + other + mime:
        m[k] = v
    # deterministic boundaries, no MIME-Version in sub-parts
    n = 0
    for part in m.walk():
        if part is not m and "MIME-Version" in part and "Message-ID" not in part:
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            n += 1
            if client in ("outlook", "outlook365", "dynamics"):
                b = "_%03d_%s_" % (n - 1, h(slug, n, n=40).upper())
            elif client == "gmail":
                b = "000000000000%s" % h(slug, n, n=16)
            elif client in ("apple", "iphone"):
                u = h(slug, n, n=32).upper()
                b = "Apple-Mail=_%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:])
            elif client == "thunderbird":
                b = "------------%s" % h(slug, n, n=24)
            else:
                b = "----=_Part_%d_%d.%s" % (int(h(slug, n, n=6), 16), n, int(h(slug, n, "t", n=10), 16))
            part.set_boundary(b)
    return m


def write_eml(m, path):
    buf = io.BytesIO()
    pol = _policy.compat32.clone(linesep="\r\n")
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(m)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------
# reply bodies: top text + quoted original as mail clients lay them out
# --------------------------------------------------------------------------
OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
    "pt": ("De:", "Enviada em:", "Para:", "Cc:", "Assunto:"),
    "pl": ("Od:", "Wysłano:", "Do:", "DW:", "Temat:"),
    "cs": ("Od:", "Odesláno:", "Komu:", "Kopie:", "Předmět:"),
    "sk": ("Od:", "Odoslané:", "Komu:", "Kópia:", "Predmet:"),
    "hu": ("Feladó:", "Elküldve:", "Címzett:", "Másolatot kap:", "Tárgy:"),
    "ro": ("De la:", "Trimis:", "Către:", "Cc:", "Subiect:"),
    "sv": ("Från:", "Skickat:", "Till:", "Kopia:", "Ämne:"),
    "da": ("Fra:", "Sendt:", "Til:", "Cc:", "Emne:"),
    "nb": ("Fra:", "Sendt:", "Til:", "Kopi:", "Emne:"),
    "fi": ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Kopio:", "Aihe:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Bilgi:", "Konu:"),
    "el": ("Από:", "Στάλθηκε:", "Προς:", "Κοιν.:", "Θέμα:"),
    "hr": ("Šalje:", "Poslano:", "Prima:", "Cc:", "Predmet:"),
    "sl": ("Od:", "Poslano:", "Za:", "Kp:", "Zadeva:"),
    "bg": ("От:", "Изпратено:", "До:", "Як:", "Тема:"),
    "lt": ("Nuo:", "Išsiųsta:", "Kam:", "Kopija:", "Tema:"),
    "lv": ("No:", "Nosūtīts:", "Kam:", "Kopija:", "Tēma:"),
    "et": ("Saatja:", "Saadetud:", "Adressaat:", "Koopia:", "Teema:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"),
    "ja": ("差出人:", "送信日時:", "宛先:", "CC:", "件名:"),
    "zh": ("发件人:", "发送时间:", "收件人:", "抄送:", "主题:"),
    "ko": ("보낸 사람:", "보낸 날짜:", "받는 사람:", "참조:", "제목:"),
    "zh-TW": ("寄件者:", "寄件日期:", "收件者:", "副本:", "主旨:"),
    "pt-PT": ("De:", "Enviado:", "Para:", "Cc:", "Assunto:"),
}


def outlook_quote(lang, frm, sent, to, subject, cc=None, sep=True):
    L = OUTLOOK_LABELS[lang]
    lines = []
    if sep:
        lines.append("_" * 32 if sep == "line" else "")
    lines.append("%s %s" % (L[0], frm))
    lines.append("%s %s" % (L[1], sent))
    lines.append("%s %s" % (L[2], to))
    if cc:
        lines.append("%s %s" % (L[3], cc))
    lines.append("%s %s" % (L[4], subject))
    return "\n".join(l for l in lines if l is not None)


def prefix(text, p="> "):
    return "\n".join((p + l) if l else p.rstrip() for l in text.split("\n"))


def reply(top, style, header, quoted, sig=None):
    """Return (plain, html).

    style: 'outlook' (header block, original not prefixed),
           'gmail' / 'apple' / 'tb' (attribution line, original '> '-prefixed),
           'lotus' (header block after separator, not prefixed),
           'none' (no quote), 'bottom' (quote first, answer below).
    """
    top_plain = top + ("\n\n" + sig if sig else "")
    if style == "none":
        plain = top_plain
    elif style in ("outlook", "lotus"):
        plain = top_plain + "\n\n" + header + "\n\n" + quoted
    elif style == "bottom":
        plain = header + "\n\n" + prefix(quoted) + "\n\n" + top_plain
    else:
        plain = top_plain + "\n\n" + header + "\n\n" + prefix(quoted)
    return plain, to_html(top, style, header, quoted, sig)


def _p(text, cls=None):
    out = []
    for para in text.split("\n"):
        e = htmlmod.escape(para) if para.strip() else "&nbsp;"
        if cls:
            out.append("<p class=%s>%s</p>" % (cls, e))
        else:
            out.append("%s<br>" % e if para.strip() else "<br>")
    return "\n".join(out)


def to_html(top, style, header, quoted, sig=None):
    if style in ("outlook", "lotus", "none"):
        body = _p(top, "MsoNormal")
        if sig:
            body += "\n" + _p(sig, "MsoNormal").replace("<p class=MsoNormal>", "<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>").replace("</p>", "</span></p>")
        if style != "none":
            hdr = [l for l in header.split("\n") if l.strip() and not set(l) <= set("_-")]
            hh = "<br>\n".join(htmlmod.escape(l) for l in hdr)
            body += ("\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                     "\n<p class=MsoNormal>%s</p>\n</div>\n%s" % (hh, _p(quoted, "MsoNormal")))
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
                '</head>\n<body lang=EN-US link="#0563C1" vlink="#954F72">\n<div class=WordSection1>\n%s\n</div>\n</body>\n</html>' % body)
    if style == "gmail":
        body = '<div dir="ltr">%s%s</div>' % (_p(top), ("<br>-- <br><div dir=\"ltr\" class=\"gmail_signature\">" + _p(sig) + "</div>") if sig else "")
        body += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                 % (htmlmod.escape(header), _p(quoted)))
        return body
    if style == "bottom":
        return ('<html><body><div>%s</div><blockquote type="cite">%s</blockquote><div>%s</div>%s</body></html>'
                % (htmlmod.escape(header), _p(quoted), _p(top), ("<div>" + _p(sig) + "</div>") if sig else ""))
    # apple / tb
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word;"><div>%s</div>%s<div><br><blockquote type="cite"><div>%s</div><br>%s</blockquote></div></body></html>'
            % (_p(top), ("<div>" + _p(sig) + "</div>") if sig else "", htmlmod.escape(header), _p(quoted)))


# --------------------------------------------------------------------------
# attachments: PDF, XLSX, CSV (all hand-made, standard library)
# --------------------------------------------------------------------------
def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def make_pdf(pages, producer="SAP NetWeaver", title=None, created="20270112090000"):
    """pages: list of lists of (x, y, size, text, bold)."""
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 font bold, 5 info, then page/content pairs
    kids = []
    nxt = 6
    page_objs = []
    for pg in pages:
        kids.append(nxt)
        page_objs.append((nxt, nxt + 1, pg))
        nxt += 2
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), n_pages)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    info = b"<< /Producer " + _pdf_str(producer) + b" /CreationDate (D:" + created.encode() + b")"
    if title:
        info += b" /Title " + _pdf_str(title)
    objs[5] = info + b" >>"
    for pobj, cobj, items in page_objs:
        objs[pobj] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                      "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cobj).encode()
        cs = [b"BT"]
        for (x, y, size, text, bold) in items:
            cs.append(("/%s %g Tf 1 0 0 1 %g %g Tm " % ("F2" if bold else "F1", size, x, y)).encode() + _pdf_str(text) + b" Tj")
        cs.append(b"ET")
        stream = b"\n".join(cs) + b"\n"
        objs[cobj] = b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, nxt):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % nxt
    out += b"0000000000 65535 f \n"
    for i in range(1, nxt):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (nxt, xref)
    return bytes(out)


class PdfDoc:
    """Tiny layout helper: write lines top-down, tables with column x positions."""

    def __init__(self):
        self.pages = [[]]
        self.y = 800

    def text(self, x, s, size=9, bold=False, dy=None):
        if self.y < 60:
            self.pages.append([])
            self.y = 800
        self.pages[-1].append((x, self.y, size, s, bold))
        self.y -= dy if dy is not None else size + 4

    def row(self, cols, cells, size=8.5, bold=False, dy=None):
        if self.y < 60:
            self.pages.append([])
            self.y = 800
        for x, c in zip(cols, cells):
            if c not in (None, ""):
                self.pages[-1].append((x, self.y, size, str(c), bold))
        self.y -= dy if dy is not None else size + 4

    def gap(self, d=8):
        self.y -= d

    def pdf(self, **kw):
        return make_pdf(self.pages, **kw)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_date(d):
    return (dt.date.fromisoformat(d) - dt.date(1899, 12, 30)).days


def make_xlsx(rows, sheet="Sheet1", shared=True, widths=None, app="Microsoft Excel"):
    """rows: list of lists; cell: str | int | float | ('d', 'YYYY-MM-DD') | ('n2', x) | None."""
    sst, sidx = [], {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(sst)
            sst.append(s)
        return sidx[s]

    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if v is None or v == "":
                continue
            if isinstance(v, tuple) and v[0] == "d":
                cells.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, xlsx_date(v[1])))
            elif isinstance(v, tuple) and v[0] == "n2":
                cells.append('<c r="%s" s="2"><v>%s</v></c>' % (ref, repr(float(v[1]))))
            elif isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v if isinstance(v, int) else repr(v)))
            else:
                e = htmlmod.escape(str(v), quote=False)
                if shared:
                    cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, si(str(v))))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, e))
        xml_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ncols = max(len(r) for r in rows)
    cols = ""
    if widths:
        cols = "<cols>%s</cols>" % "".join('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i + 1, i + 1, w) for i, w in enumerate(widths))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                 '<dimension ref="A1:%s%d"/>%s<sheetData>%s</sheetData></worksheet>' % (_col(ncols - 1), len(rows), cols, "".join(xml_rows)))
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            + ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' if shared else '')
            + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            '</Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>'),
        "docProps/app.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>%s</Application></Properties>' % htmlmod.escape(app)),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % htmlmod.escape(sheet)),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            + ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' if shared else '')
            + '</Relationships>'),
        "xl/styles.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
            '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            '</styleSheet>'),
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    if shared:
        files["xl/sharedStrings.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
            % (len(sst), len(sst), "".join('<si><t xml:space="preserve">%s</t></si>' % htmlmod.escape(s, quote=False) for s in sst)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "xl/workbook.xml",
                     "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
                     "xl/worksheets/sheet1.xml"]:
            if name in files:
                zi = zipfile.ZipInfo(name, date_time=(2027, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, files[name].encode("utf-8"))
    return buf.getvalue()


def make_csv(rows, sep=";", encoding="utf-8", bom=False, crlf=True):
    lines = []
    for r in rows:
        cells = []
        for c in r:
            c = "" if c is None else str(c)
            if sep in c or '"' in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        lines.append(sep.join(cells))
    s = ("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n")
    b = s.encode(encoding)
    return (b"\xef\xbb\xbf" + b) if bom else b


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# --------------------------------------------------------------------------
# case registry
# --------------------------------------------------------------------------
CASES = []


def case(slug, category, locale, tests):
    def deco(fn):
        CASES.append((slug, category, locale, tests, fn))
        return fn
    return deco


import re as _re0
_re_line = _re0.compile(r"^(\d+) \| ")


def buyer_addr(po):
    return (po["buyer"]["name"], po["buyer"]["email"])


def send_reply(po, frm, date, client, top, sig=None, style="outlook", header="", quoted=None,
               prefix_subj="RE: ", subject=None, charset="utf-8", cte="qp", html=True, atts=(),
               irt=True, refs=None, to=None, cc=None, extra=(), lang=None, slug="", hdr_charset=None,
               html_cte=None, plain=None):
    """Common reply: top text + signature + quoted original request."""
    if quoted is None:
        quoted = po_request_text(po)
    if plain is None:
        plain, htm = reply(top, style, header, quoted, sig)
    else:
        htm = to_html(top, style, header, quoted, sig)
    if html:
        body = alternative(plain, htm, charset, cte, html_cte)
    else:
        body = textpart(plain, "plain", charset, cte)
    m = mixed(body, *atts) if atts else body
    if irt is True:
        irt = po.get("request_message_id")
    if refs is None and irt:
        refs = [irt]
    return finish(m, frm, to or [buyer_addr(po)], subject or (prefix_subj + req_subject(po)), date, client, slug,
                  cc=cc, irt=irt or None, refs=refs, extra=extra, hdr_charset=hdr_charset or charset, lang=lang)


# ==========================================================================
# CASES
# ==========================================================================
SUP_KRANZ = ("KRANZ-EL", "Elektronikvertrieb Kranz GmbH", "verkauf@kranz-elektronik.example", "de-AT")
SIG_KRANZ = """Mit freundlichen Grüßen

Ing. Martina Kranz
Innendienst / Verkauf
Elektronikvertrieb Kranz GmbH
Triester Straße 212, 1230 Wien
Tel.: +43 1 615 42 80-17 | Fax: +43 1 615 42 80-99
www.kranz-elektronik.example
FN 284715 s, Handelsgericht Wien | UID: ATU63528417"""


@case("ecomp-reel-moq-kw", "confirmation", "de-AT",
      "electronic components; price per 1.000 Stk equals PO unit price; reel MOQ raises qty; KW date; Austrian 'Jänner'")
def c_ecomp_reel(slug):
    po = mk_po("4500081234", SUP_KRANZ, "lena", "EUR", "2027-01-08", [
        ("CL10B104KB8NNNC", "MLCC 100nF 50V X7R 0603, reel 4000", 8000, "PCS", "0.0124", "2027-02-26"),
        ("RC0603FR-0710KL", "Resistor 10k 1% 0603", 2500, "PCS", "0.0021", "2027-02-26"),
        ("STM32G071RBT6", "MCU ARM Cortex-M0+ 128KB LQFP64", 300, "PCS", "2.86", "2027-03-12"),
    ])
    top = """Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Bestellung 4500081234 vom 8. Jänner, die wir wie folgt bestätigen:

Pos. 1  CL10B104KB8NNNC  8.000 Stk (2 Rollen à 4.000)  € 12,40 / 1.000 Stk  Liefertermin 26.02.2027
Pos. 2  RC0603FR-0710KL  Mindestabnahme 1 Rolle = 5.000 Stk, wir liefern daher 5.000 Stk zu € 2,10 / 1.000 Stk, Liefertermin 26.02.2027
Pos. 3  STM32G071RBT6    300 Stk zu € 2,86 / Stk. Die Herstellerlieferzeit beträgt derzeit 14 Wochen, Liefertermin daher KW 16/2027.

Bitte beachten Sie, dass Teilrollen bei uns grundsätzlich nicht geliefert werden können."""
    hdr = outlook_quote("de", "Lena Hoffmann <lena.hoffmann@buyer.example>", "Freitag, 8. Jänner 2027 14:05",
                        "Verkauf Kranz <verkauf@kranz-elektronik.example>", req_subject(po))
    m = send_reply(po, ("Martina Kranz", SUP_KRANZ[2]), T("2027-01-12 10:23:41"), "outlook", top, SIG_KRANZ,
                   "outlook", hdr, prefix_subj="AW: ", lang="de-AT", slug=slug)
    exp = EXP("confirmation",
              "Line 1: EUR 12,40 per 1000 = 0.0124/PCS, accepted. Line 2: reel MOQ 5000 replaces 2500 (qty change). "
              "Line 3: KW 16/2027 without weekday -> Friday 2027-04-23.",
              conf(po, {1: A(po, 1), 2: C(5000, "0.0021", "2027-02-26"), 3: C(300, "2.86", KW(2027, 16))}))
    return [po], m, exp


SUP_LCC = ("LCC-SG", "Lion City Circuits Pte Ltd", "sales@lioncitycircuits.example", "en-SG")
SIG_LCC = """Best Regards,
Jaslyn Tan
Sales Coordinator
Lion City Circuits Pte Ltd (UEN 201534872K)
10 Ang Mo Kio Street 65, #04-12 TechPoint, Singapore 569059
T: +65 6481 2230 | HP: +65 9123 4478"""


@case("pcb-split-etd-cny", "confirmation", "en-SG",
      "PCB fab: two shipment lots (ETD only), stencil ships earlier than need-by -> changed; Singapore English")
def c_pcb_split(slug):
    po = mk_po("PO-27-00417", SUP_LCC, "daniel", "USD", "2027-01-11", [
        ("BW-CTRL-MB-R3", "PCB 4-layer FR4 1.6mm ENIG, 160x100mm, Rev 3", 1200, "PCS", "4.35", "2027-02-12"),
        ("BW-CTRL-MB-R3-STN", "SMT stencil 120um, framed", 2, "PCS", "145.00", "2027-02-05"),
    ])
    top = """Hi Daniel,

Noted with thanks on PO-27-00417.

Please see our confirmation below:

1) PCB Rev 3 x 1,200 pcs @ USD 4.35/pc
   Due to panel utilisation and our CNY shutdown (factory closed 5 Feb - 15 Feb), we will ship in 2 lots:
   - 600 pcs ETD 3 Feb 2027
   - 600 pcs ETD 17 Feb 2027

2) SMT stencil x 2 pcs @ USD 145.00/pc
   Will ship together with the 1st lot on 3 Feb.

Shipment by DHL Express, DAP Rotterdam as per usual.

Kindly acknowledge the split shipment. Thank you!"""
    hdr = "On Mon, 11 Jan 2027 at 17:20, Daniel Okafor <daniel.okafor@buyer.example> wrote:"
    m = send_reply(po, ("Jaslyn Tan", SUP_LCC[2]), T("2027-01-14 16:48:09", "+0800"), "gmail", top, SIG_LCC,
                   "gmail", hdr, prefix_subj="Re: ", slug=slug, cte="qp")
    exp = EXP("confirmation",
              "Only ETDs are given, so ship dates count. Line 1 split 600+600 (last 2027-02-17). Line 2 ships 2027-02-03, "
              "earlier than the requested 2027-02-05, so the date differs -> changed. 'Kindly acknowledge' does not undo the commitment.",
              conf(po, {1: C(1200, "4.35", "2027-02-17", [(600, "2027-02-03"), (600, "2027-02-17")]),
                        2: C(2, "145.00", "2027-02-03")}))
    return [po], m, exp


SUP_DELV = ("DELVAUX", "Emballages Delvaux SA", "adv@delvaux-emballages.example", "fr-BE")
SIG_DELV = """Bien à vous,

Sophie Lambert
Administration des ventes
Emballages Delvaux SA
Rue de l'Industrie 48 – 1400 Nivelles – Belgique
Tél. +32 67 21 84 30
TVA BE 0412.345.678 – RPM Nivelles"""


@case("cosmetic-pumps-carton-roundup", "confirmation", "fr-BE",
      "cosmetics packaging: carton rounding 12 500 -> 13 200, price 'le mille', 'septante-cinq', discontinued line rejected")
def c_pumps(slug):
    po = mk_po("4500081302", SUP_DELV, "ines", "EUR", "2027-01-13", [
        ("PMP-24410-WH", "Pompe lotion 24/410, blanche, tube 195 mm", 12500, "PCS", "0.058", "2027-02-22"),
        ("BTL-PET-250-AMB", "Flacon PET 250 ml ambre, col 24/410", 15000, "PCS", "0.112", "2027-02-22"),
        ("CAP-24410-ALU", "Capsule alu 24/410 argent", 5000, "PCS", "0.046", "2027-02-22"),
    ])
    top = """Bonjour Madame Vermeulen,

Nous vous remercions pour votre commande n° 4500081302 et vous la confirmons comme suit :

- Pos. 1 – Pompe lotion 24/410 blanche : le conditionnement est de 1 200 pièces par carton, nous arrondissons donc à 11 cartons, soit 13 200 pièces, au prix de 58,00 € le mille. Livraison le lundi 22 février.
- Pos. 2 – Flacon PET 250 ml ambre : septante-cinq cartons de 200 flacons, soit 15 000 pièces à 112,00 € le mille, livraison le lundi 22 février également.
- Pos. 3 – Capsule alu 24/410 argent : cet article n'est plus fabriqué (fin de série), nous ne pouvons donc pas donner suite à cette position.

Nous restons à votre disposition pour toute question."""
    hdr = outlook_quote("fr", "Ines Vermeulen <ines.vermeulen@buyer.example>", "mercredi 13 janvier 2027 15:40",
                        "ADV Delvaux <adv@delvaux-emballages.example>", req_subject(po))
    m = send_reply(po, ("Sophie Lambert", SUP_DELV[2]), T("2027-01-15 11:02:55"), "outlook", top, SIG_DELV,
                   "outlook", hdr, prefix_subj="RE : ", lang="fr-BE", slug=slug)
    exp = EXP("confirmation",
              "Line 1 rounded up to full cartons (11 x 1 200 = 13 200), 58,00 EUR le mille = 0.058. Line 2 '75 x 200' = 15 000 "
              "at 0.112, accepted. Line 3 end of series -> rejected. 2027-02-22 is a Monday.",
              conf(po, {1: C(13200, "0.058", D("2027-02-22", "Mon")), 2: A(po, 2), 3: R}))
    return [po], m, exp


SUP_VETRI = ("VETRI-LOMB", "Vetri Farmaceutici Lombardi S.r.l.", "ordini@vetrilombardi.example", "it-IT")
SIG_VETRI = """Cordiali saluti

Giulia Ferraro
Ufficio Commerciale – Customer Service
Vetri Farmaceutici Lombardi S.r.l.
Via dell'Artigianato 7 – 24040 Lallio (BG)
Tel. +39 035 690 1122
P.IVA e C.F. 03158420165 – Cap. Soc. € 520.000,00 i.v.

Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questa e-mail e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo e di darne comunicazione al mittente."""


@case("pharma-vials-split-fine-aprile", "confirmation", "it-IT",
      "pharma glass: split 30k by 15/03 + 20k 'entro fine aprile'; stoppers out of range rejected; price per 1000")
def c_vials(slug):
    po = mk_po("4500081377", SUP_VETRI, "marco", "EUR", "2027-01-14", [
        ("VIAL-20R-T1", "Flacone vetro tubolare tipo I, 20R, 20 ml", 50000, "PCS", "0.094", "2027-03-15"),
        ("STP-20-BB", "Tappo bromobutile 20 mm, siliconato", 50000, "PCS", "0.031", "2027-03-15"),
        ("CAP-20-FO", "Ghiera alluminio flip-off 20 mm, blu", 50000, "PCS", "0.027", "2027-03-15"),
    ])
    top = """Buongiorno Sig. Rossi,

con la presente confermiamo il Vs. ordine n. 4500081377 del 14/01/2027 alle seguenti condizioni:

Pos. 1 – Flaconi 20R tipo I: q.tà 50.000 pz a € 94,00 /1000 pz
consegna parziale: 30.000 pz entro il 15/03, i restanti 20.000 pz entro fine aprile (forno in manutenzione programmata a marzo).

Pos. 2 – Tappi bromobutile 20 mm: non rientrano nella nostra gamma di produzione, non possiamo quindi confermare la posizione.

Pos. 3 – Ghiere flip-off blu: confermate 50.000 pz a € 27,00/1000, consegna 15/03.

Restiamo a disposizione per qualsiasi chiarimento."""
    hdr = outlook_quote("it", "Marco Rossi <marco.rossi@buyer.example>", "giovedì 14 gennaio 2027 11:32",
                        "Ordini Vetri Lombardi <ordini@vetrilombardi.example>", req_subject(po))
    m = send_reply(po, ("Giulia Ferraro", SUP_VETRI[2]), T("2027-01-18 09:15:20"), "outlook", top, SIG_VETRI,
                   "outlook", hdr, prefix_subj="R: ", lang="it-IT", slug=slug)
    exp = EXP("confirmation",
              "Line 1 split: 30 000 by 15/03, 20 000 'entro fine aprile' = by 2027-04-30; EUR 94,00/1000 = 0.094. "
              "Line 2 not in their range -> rejected. Line 3 EUR 27,00/1000 = 0.027, 15/03 -> accepted.",
              conf(po, {1: C(50000, "0.094", "2027-04-30", [(30000, "2027-03-15"), (20000, "2027-04-30")]),
                        2: R, 3: A(po, 3)}))
    return [po], m, exp


SUP_TCB = ("TERMOCLIMA", "Distribuidora Termoclima del Bajío S.A. de C.V.", "ventas@termoclimabajio.example", "es-MX")
SIG_TCB = """Saludos cordiales,

Ing. Roberto Castañeda
Ejecutivo de Ventas
Distribuidora Termoclima del Bajío S.A. de C.V.
Av. 5 de Febrero 1420, Col. San Pablo, 76130 Santiago de Querétaro, Qro.
Tel. (442) 215 3390 ext. 114 | Cel. 442 168 2291
RFC: DTB0807153K9"""
ADDR_MX = ["Delivery address: Brightwater Group México, Planta Querétaro,",
           "Av. de la Luz 58, Parque Industrial Benito Juárez, 76120 Querétaro, Qro."]


@case("hvac-copper-surcharge-pct", "confirmation", "es-MX",
      "HVAC wholesale: +4% copper adjustment on one line (price per metre), others unchanged; weekday date")
def c_hvac_mx(slug):
    po = mk_po("PO-MX-27-0088", SUP_TCB, "daniel", "MXN", "2027-01-15", [
        ("TC-CU-12-L", 'Tubo de cobre tipo L 1/2" (rollo 15 m)', 450, "M", "118.50", "2027-02-19"),
        ("VB-BR-34", 'Válvula de bola latón 3/4" roscada', 120, "PCS", "212.00", "2027-02-19"),
        ("AIS-ARM-12", 'Aislamiento Armaflex 1/2" x 9 mm, tramo 2 m', 200, "PCS", "64.00", "2027-02-19"),
    ])
    top = """Buen día Daniel,

Recibimos tu orden de compra PO-MX-27-0088, te confirmo lo siguiente:

1. Tubo de cobre tipo L 1/2": 450 m (30 rollos de 15 m). Por el incremento del cobre en la LME tenemos que aplicar un ajuste de +4% sobre el precio de la orden.
2. Válvula de bola 3/4": 120 pzas a $212.00, sin cambio.
3. Armaflex 1/2": 200 tramos a $64.00.

Todo se entrega el viernes 19 de febrero en su planta, como lo solicitaste.

Quedo atento."""
    hdr = "El vie, 15 ene 2027 a las 3:12, Daniel Okafor (<daniel.okafor@buyer.example>) escribió:"
    m = send_reply(po, ("Roberto Castañeda", SUP_TCB[2]), T("2027-01-20 13:44:02", "-0600"), "gmail", top, SIG_TCB,
                   "gmail", hdr, prefix_subj="Re: ", quoted=po_request_text(po, address=ADDR_MX), slug=slug)
    exp = EXP("confirmation",
              "Line 1: +4% on the PO price 118.50 -> 123.24 MXN/m (percentage applies to PO unit price). Lines 2-3 unchanged. "
              "Viernes 19 de febrero = 2027-02-19 (Friday) = need-by.",
              conf(po, {1: C(450, "123.24", D("2027-02-19", "Fri")), 2: A(po, 2), 3: A(po, 3)}))
    return [po], m, exp


SUP_KYST = ("KYSTUTSTYR", "Kystutstyr Maritim AS", "ordre@kystutstyr.example", "nb-NO")
SIG_KYST = """Mvh
Eirik Halvorsen
Kystutstyr Maritim AS
Nedre Strandgate 18, 6004 Ålesund
Tlf. 70 12 45 80 / mob. 915 22 734
Org.nr. 912 345 678 MVA"""


@case("marine-rope-coils-uke", "confirmation", "nb-NO",
      "marine: rope sold in whole 220 m coils -> 1 100 m; price per metre; 'uke 9' = Friday; Apple Mail quoting")
def c_rope(slug):
    po = mk_po("4500081455", SUP_KYST, "sofia", "NOK", "2027-01-18", [
        ("ROPE-PES-24", "Fortøyningstau polyester 24 mm, 8-slått", 1000, "M", "48.50", "2027-03-05"),
        ("SHK-G209-12T", "Sjakkel G-209 12 t, galvanisert", 40, "PCS", "389.00", "2027-03-05"),
        ("LJ-275N-ADULT", "Redningsvest 275N, voksen, SOLAS/MED", 60, "PCS", "1450.00", "2027-03-05"),
    ])
    top = """Hei Sofia,

Takk for bestillingen. Vi bekrefter PO 4500081455 slik:

1. Fortøyningstau PES 24 mm: leveres kun i hele kveiler à 220 m, så det blir 5 kveiler = 1 100 m à kr 48,50 pr. meter.
2. Sjakkel G-209 12 t: 40 stk à kr 389,00 – ok.
3. Redningsvest 275N: 60 stk à kr 1 450,00 – ok.

Alt leveres uke 9."""
    hdr = "18. jan. 2027 kl. 14:22 skrev Sofia Lindqvist <sofia.lindqvist@buyer.example>:"
    m = send_reply(po, ("Eirik Halvorsen", SUP_KYST[2]), T("2027-01-20 08:37:12"), "apple", top, SIG_KYST,
                   "apple", hdr, prefix_subj="Sv: ", slug=slug)
    exp = EXP("confirmation",
              "Line 1 rounded to 5 whole coils of 220 m = 1 100 m at 48,50/m. 'uke 9' without a day = Friday 2027-03-05 = need-by, "
              "so lines 2 and 3 are accepted.",
              conf(po, {1: C(1100, "48.50", KW(2027, 9)), 2: A(po, 2), 3: A(po, 3)}))
    return [po], m, exp


SUP_LIFFEY = ("LIFFEY-IT", "Liffey IT Solutions Ltd", "orders@liffeyit.example", "en-IE")
SIG_LIFFEY = """Kind regards,
Ciarán O'Brien
Account Manager
Liffey IT Solutions Ltd | Unit 7, Park West Business Park, Dublin 12, D12 X9F8
T: +353 1 620 4417 | M: +353 87 214 6630
Registered in Ireland No. 548213. VAT IE 9834512K"""


@case("it-dock-eol-substitute-open", "confirmation", "en-IE",
      "IT hardware: EOL dock, successor offered pending buyer approval -> line unconfirmed; other lines accepted (dd/mm)")
def c_it_ie(slug):
    po = mk_po("4500081502", SUP_LIFFEY, "anna", "EUR", "2027-01-19", [
        ("LAT-5450-I7", "Laptop Dell Latitude 5450, i7, 16GB, 512GB SSD, UK keyboard", 25, "PCS", "1149.00", "2027-02-12"),
        ("WD19S-180", "Dell dock WD19S 180W", 25, "PCS", "189.00", "2027-02-12"),
        ("P2423D", 'Monitor Dell P2423D 24" QHD', 10, "PCS", "229.00", "2027-02-12"),
    ])
    top = """Hi Anna,

Thanks for the PO, all grand. Quick run through:

Line 1 – Latitude 5450 x 25 @ €1,149.00 – confirmed, delivery to you Fri 12/02.

Line 2 – WD19S dock: Dell have gone EOL on the WD19S so we can't get it any more. The replacement is the Dell Dock WD25 (180W) and we can do it at the same price, €189.00. Can you confirm you're happy with the WD25 and I'll get it on order?

Line 3 – P2423D x 10 @ €229.00 – confirmed, delivery 12/02 along with the laptops."""
    hdr = outlook_quote("en", "Anna Berg <anna.berg@buyer.example>", "Tuesday 19 January 2027 10:05",
                        "Orders <orders@liffeyit.example>", req_subject(po))
    m = send_reply(po, ("Ciarán O'Brien", SUP_LIFFEY[2]), T("2027-01-21 15:10:33", "+0000"), "outlook", top, SIG_LIFFEY,
                   "outlook", hdr, lang="en-IE", slug=slug)
    exp = EXP("confirmation",
              "Line 2: item is EOL; a substitute is proposed and the supplier waits for the buyer's OK -> no commitment on the "
              "ordered line, unconfirmed. Lines 1 and 3 confirmed for Fri 12/02 (day-first) = need-by.",
              conf(po, {1: A(po, 1), 2: U, 3: A(po, 3)}))
    return [po], m, exp


SUP_PAF = ("PACAERO", "Pacific Aero Fastener Supply, Inc.", "orders@pacaerofast.example", "en-US")
SIG_PAF = """Regards,

Mike Delgado
Inside Sales | Pacific Aero Fastener Supply, Inc.
2150 W. 190th St, Torrance, CA 90504
Ph: (310) 555-0187 | Fax: (310) 555-0190
AS9120B / ISO 9001:2015 Certified | CAGE 7R4K2

EXPORT CONTROL NOTICE: This email and any attachments may contain technical data subject to the ITAR or EAR. Export, release or disclosure to foreign persons without prior U.S. government authorization is prohibited."""


@case("aero-fasteners-partial-ship-us-dates", "confirmation", "en-US",
      "aerospace fasteners with C of C: partial from stock + balance (US m/d/yy ship dates), price per M (thousand)")
def c_aero_us(slug):
    po = mk_po("4500081530", SUP_PAF, "daniel", "USD", "2027-01-20", [
        ("NAS1352C3-8P", "Screw, socket head cap, CRES, NAS1352C3-8P", 500, "PCS", "0.92", "2027-02-10"),
        ("MS21042L3", "Nut, self-locking, reduced hex, MS21042L3", 1000, "PCS", "0.38", "2027-02-10"),
        ("NAS1149F0363P", "Washer, flat, CRES, NAS1149F0363P", 2000, "PCS", "0.055", "2027-02-10"),
    ])
    top = """Daniel,

Thank you for PO 4500081530. Please see acknowledgment below.

Line 1  NAS1352C3-8P:  350 pcs in stock, will ship 2/10/27. Balance 150 pcs ship 3/24/27 (mfr lead time). $0.92/ea.
Line 2  MS21042L3:     1,000 pcs @ $0.38/ea, ship 2/10/27.
Line 3  NAS1149F0363P: 2,000 pcs @ $55.00/M, ship 2/10/27.

All shipments with C of C, mill certs (DFARS compliant) and lot traceability per your PO quality clauses. FOB origin, UPS Ground on your account."""
    hdr = outlook_quote("en", "Daniel Okafor <daniel.okafor@buyer.example>", "Wednesday, January 20, 2027 6:04 AM",
                        "Orders <orders@pacaerofast.example>", req_subject(po), sep="line")
    m = send_reply(po, ("Mike Delgado", SUP_PAF[2]), T("2027-01-22 11:31:50", "-0800"), "outlook", top, SIG_PAF,
                   "outlook", hdr, lang="en-US", slug=slug)
    exp = EXP("confirmation",
              "US dates month-first: 2/10/27 = 2027-02-10, 3/24/27 = 2027-03-24 (ship dates only). Line 1 split 350+150. "
              "Line 3 $55.00/M = per thousand = 0.055/ea -> accepted.",
              conf(po, {1: C(500, "0.92", "2027-03-24", [(350, "2027-02-10"), (150, "2027-03-24")]),
                        2: A(po, 2), 3: A(po, 3)}))
    return [po], m, exp


SUP_SKLO = ("SKLOTECH", "Sklotech Kavalier s.r.o.", "obchod@sklotech.example", "cs-CZ")
SIG_SKLO = """S pozdravem

Ing. Petra Nováková
obchodní oddělení
Sklotech Kavalier s.r.o.
Nádražní 415, 285 06 Sázava
tel.: +420 327 321 118, mobil: +420 603 441 982
IČO: 27384512, DIČ: CZ27384512
Společnost je zapsaná v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 112344"""


@case("lab-glass-weeks-new-price", "confirmation", "cs-CZ",
      "glass & ceramics: delivery given as 'N. týden', new 2027 price on one line; Thunderbird, plain text, 8bit")
def c_sklo(slug):
    po = mk_po("4500081561", SUP_SKLO, "tomasz", "CZK", "2027-01-20", [
        ("BORO-T-20x1.8", "Trubice borosilikát 3.3, 20 x 1,8 mm, délka 1500 mm", 400, "PCS", "186.00", "2027-02-26"),
        ("CRUC-AL2O3-50", "Kelímek korund 50 ml", 120, "PCS", "242.50", "2027-02-26"),
        ("PETRI-100-BORO", "Petriho miska 100 x 15 mm, borosilikát", 600, "PCS", "58.90", "2027-02-19"),
    ])
    top = """Dobrý den, pane Wojciku,

děkujeme za objednávku č. 4500081561, potvrzujeme ji takto:

pol. 1 – trubice boro 20 x 1,8 mm, 400 ks à 186,00 Kč, termín dodání 8. týden
pol. 2 – kelímky korundové 50 ml, 120 ks à 242,50 Kč, termín dodání 10. týden (vypalovací pec je v lednu v opravě)
pol. 3 – Petriho misky 100 mm, 600 ks, cena od 1. 1. 2027 je 61,40 Kč/ks, termín dodání 7. týden

Ceny jsou bez DPH."""
    hdr = "Dne 20.01.2027 v 16:18 Tomasz Wojcik napsal(a):"
    m = send_reply(po, ("Petra Nováková", SUP_SKLO[2]), T("2027-01-22 12:05:44"), "thunderbird", top, SIG_SKLO,
                   "tb", hdr, prefix_subj="Re: ", html=False, cte="8bit", slug=slug)
    m.set_param("format", "flowed")
    exp = EXP("confirmation",
              "Week numbers without a day -> Friday: 8. týden = 2027-02-26 (= need-by), 10. týden = 2027-03-12, "
              "7. týden = 2027-02-19 (= need-by). Line 3 new price 61,40 CZK.",
              conf(po, {1: A(po, 1), 2: C(120, "242.50", KW(2027, 10)), 3: C(600, "61.40", KW(2027, 7))}))
    return [po], m, exp


SUP_AGRO = ("AGROHURT", "Agro-Hurt Nowak Sp. z o.o.", "zamowienia@agrohurt-nowak.example", "pl-PL")
SIG_AGRO = """Pozdrawiam
Katarzyna Zielińska
Dział Sprzedaży
Agro-Hurt Nowak Sp. z o.o.
ul. Przemysłowa 12, 62-800 Kalisz
tel. 62 757 14 20, kom. 601 233 874
NIP 618-205-33-71, KRS 0000412873, Sąd Rejonowy Poznań – Nowe Miasto i Wilda"""


@case("fertilizer-bags-exact-and-roundup", "confirmation", "pl-PL",
      "agri: 950 kg = 38 x 25 kg bags (no change) vs grass seed only in 20 kg bags -> 140 kg; price per kg; Gmail")
def c_agro(slug):
    po = mk_po("4500081590", SUP_AGRO, "tomasz", "PLN", "2027-01-21", [
        ("NPK-15-15-15", "Nawóz NPK 15-15-15 granulowany", 950, "KG", "4.20", "2027-03-04"),
        ("TRAWA-SPORT", "Mieszanka traw sportowa", 130, "KG", "18.90", "2027-03-04"),
        ("WLOK-P50", "Agrowłóknina biała P50, 3,2 x 100 m", 12, "ROLL", "139.00", "2027-03-04"),
    ])
    top = """Dzień dobry Panie Tomaszu,

potwierdzamy zamówienie 4500081590:

1. Nawóz NPK 15-15-15 – 950 kg, czyli 38 worków po 25 kg, cena 4,20 zł/kg netto
2. Mieszanka traw sportowa – pakujemy tylko w worki 20 kg, więc wyślemy 7 worków = 140 kg, cena 18,90 zł/kg
3. Agrowłóknina P50 3,2 x 100 m – 12 rolek po 139,00 zł

Dostawa w czwartek 4 marca naszym transportem."""
    hdr = "W dniu czw., 21 sty 2027 o 13:47 Tomasz Wojcik <tomasz.wojcik@buyer.example> napisał(a):"
    m = send_reply(po, ("Katarzyna Zielińska", SUP_AGRO[2]), T("2027-01-25 07:58:31"), "gmail", top, SIG_AGRO,
                   "gmail", hdr, prefix_subj="Re: ", slug=slug, cte="b64")
    exp = EXP("confirmation",
              "Line 1: 38 x 25 kg = 950 kg exactly, accepted. Line 2: 7 x 20 kg = 140 kg instead of 130 -> changed qty. "
              "Czwartek 4 marca = Thursday 2027-03-04 = need-by.",
              conf(po, {1: A(po, 1), 2: C(140, "18.90", D("2027-03-04", "Thu")), 3: A(po, 3)}))
    return [po], m, exp


SUP_NIG = ("NORDGAS", "Nordisk Industrigas AB", "order@nordiskgas.example", "sv-SE")
SIG_NIG = """Med vänlig hälsning

Johan Ek
Ordermottagning
Nordisk Industrigas AB
Gasverksvägen 3, 602 28 Norrköping
Tel 011-23 45 60
Org.nr 556712-3480"""


@case("gas-co2-shortage-partial-vecka", "confirmation", "sv-SE",
      "industrial gases: CO2 shortage -> reduced quantity, rest open; 'tisdag vecka 7' = named weekday in ISO week")
def c_gas_sv(slug):
    po = mk_po("4500081622", SUP_NIG, "sofia", "SEK", "2027-01-25", [
        ("AR-50L-200", "Argon 4.6, flaska 50 L, 200 bar", 20, "PCS", "685.00", "2027-02-16"),
        ("MIX-C18-50L", "Blandgas Ar/CO2 82/18, flaska 50 L", 16, "PCS", "742.00", "2027-02-16"),
        ("CO2-30KG", "Kolsyra CO2, flaska 30 kg", 6, "PCS", "910.00", "2027-02-16"),
    ])
    top = """Hej Sofia,

Tack för beställningen, härmed bekräftas order 4500081622:

Rad 1 Argon 4.6 50 L – 20 st à 685,00 kr
Rad 2 Ar/CO2 82/18 50 L – 16 st à 742,00 kr
Rad 3 Kolsyra 30 kg – på grund av den rådande bristen på kolsyra (produktionsstopp hos vår leverantör) kan vi tyvärr bara leverera 4 st denna gång. Resterande 2 st levereras när läget har normaliserats, vi återkommer om datum.

Leverans med vår egen bil tisdag vecka 7.

Flaskhyra enligt gällande avtal tillkommer."""
    hdr = outlook_quote("sv", "Sofia Lindqvist <sofia.lindqvist@buyer.example>", "den 25 januari 2027 09:14",
                        "order@nordiskgas.example", req_subject(po))
    m = send_reply(po, ("Johan Ek", SUP_NIG[2]), T("2027-01-26 14:20:07"), "outlook", top, SIG_NIG,
                   "outlook", hdr, prefix_subj="SV: ", lang="sv-SE", slug=slug, charset="windows-1252")
    exp = EXP("confirmation",
              "'tisdag vecka 7' = Tuesday of ISO week 7 = 2027-02-16 = need-by. Line 3: only 4 of 6 committed, the remaining 2 "
              "have no date -> confirmed quantity 4 (changed). Cylinder rent remark does not change unit prices.",
              conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(4, "910.00", KW(2027, 7, 2))}))
    return [po], m, exp


SUP_BRP = ("BRINDESPAU", "Brindes Paulista Comércio Ltda.", "comercial@brindespaulista.example", "pt-BR")
SIG_BRP = """Abraços,
Fernanda Lima
Comercial – Brindes Paulista
(11) 3456-7788 | WhatsApp (11) 98765-4321
Rua Vergueiro, 2045 – Vila Mariana – São Paulo/SP – CEP 04101-000
CNPJ 12.345.678/0001-90"""
ADDR_BR = ["Endereço de entrega: Brightwater Brasil Ltda., Av. das Nações Unidas 12.901,",
           "Torre Norte, 04578-910 São Paulo/SP"]


@case("promo-pens-bags-usb-pending", "confirmation", "pt-BR",
      "promotional goods: one line accepted, one earlier date, USB line pending price check -> unconfirmed; dd/mm")
def c_promo_br(slug):
    po = mk_po("PO-BR-27-0031", SUP_BRP, "priya", "BRL", "2027-01-22", [
        ("CAN-MET-AZ", "Caneta metálica azul com gravação a laser 1 cor", 5000, "PCS", "3.85", "2027-03-01"),
        ("ECOBAG-ALG", "Ecobag algodão cru 38x42 cm, silk 1 cor", 1000, "PCS", "12.40", "2027-03-01"),
        ("PEN-16GB-GIR", "Pen drive giratório 16 GB com logo", 500, "PCS", "19.90", "2027-03-01"),
    ])
    top = """Bom dia Priya, tudo bem?

Segue a confirmação do pedido PO-BR-27-0031:

Item 1 – Caneta metálica azul: 5.000 un. a R$ 3,85 – entrega 01/03 ✔
Item 2 – Ecobag algodão cru: 1.000 un. a R$ 12,40 – entrega 26/02
Item 3 – Pen drive 16 GB: o fornecedor reajustou o preço, estamos verificando e te confirmo prazo e valor até sexta-feira.

Qualquer dúvida estou à disposição!"""
    hdr = "Em sex., 22 de jan. de 2027 às 08:05, Priya Nair <priya.nair@buyer.example> escreveu:"
    m = send_reply(po, ("Fernanda Lima", SUP_BRP[2]), T("2027-01-26 10:15:48", "-0300"), "gmail", top, SIG_BRP,
                   "gmail", hdr, prefix_subj="Re: ", quoted=po_request_text(po, address=ADDR_BR), slug=slug, cte="b64")
    exp = EXP("confirmation",
              "Day-first dates without year after the 2027-01-26 mail: 01/03 = 2027-03-01 (need-by), 26/02 = 2027-02-26. "
              "Item 3 price and date still being checked -> unconfirmed.",
              conf(po, {1: A(po, 1), 2: C(1000, "12.40", "2027-02-26"), 3: U}))
    return [po], m, exp


SUP_SGO = ("SHREEGANESH", "Shree Ganesh Office Solutions Pvt. Ltd.", "sales@shreeganeshoffice.example", "en-IN")
SIG_SGO = """Thanks & Regards,

Rakesh Sharma
Sr. Executive – Sales
Shree Ganesh Office Solutions Pvt. Ltd.
Plot No. 34, Sector 18, Udyog Vihar, Gurugram – 122015, Haryana
Mob: +91 98110 45672 | Ph: 0124-4012345
GSTIN: 06AABCS1234K1Z5 | CIN: U30007HR2011PTC043210"""
ADDR_IN = ["Delivery address: Brightwater India Pvt. Ltd., 5th Floor, Tower B,",
           "DLF Cyber City Phase II, Gurugram 122002, Haryana"]


@case("office-supplies-split-discontinued-inr", "confirmation", "en-IN",
      "office supplies: Indian number format (Rs. 6,53,xxx), dd-mm-yyyy, partial ex-stock + balance, OEM-discontinued line")
def c_office_in(slug):
    po = mk_po("PO-IN-27-0142", SUP_SGO, "priya", "INR", "2027-01-25", [
        ("HP-CF259X", "Toner HP 59X black (CF259X)", 40, "PCS", "14250.00", "2027-02-08"),
        ("JK-A4-75", "Copier paper JK Copier A4 75 gsm, ream of 500", 600, "REAM", "265.00", "2027-02-08"),
        ("LOGI-MK295", "Logitech MK295 silent wireless keyboard + mouse combo", 30, "PCS", "1595.00", "2027-02-08"),
        ("STAP-KANGARO", "Kangaro HD-45 stapler", 25, "PCS", "185.00", "2027-02-08"),
    ])
    top = """Dear Ma'am,

Greetings from Shree Ganesh Office Solutions!!

With reference to your PO No. PO-IN-27-0142 dated 25-01-2027, we are pleased to confirm the same as under:

Sr. 1 – HP 59X toner – 40 nos @ Rs. 14,250/- each. Delivery by 08-02-2027.
Sr. 2 – JK Copier A4 75 GSM – 600 reams @ Rs. 265/- per ream. Delivery by 08-02-2027.
Sr. 3 – Logitech MK295 combo @ Rs. 1,595/- – only 18 nos ex-stock which will be delivered along with above items. Balance 12 nos will be supplied by 15-02-2027.
Sr. 4 – Kangaro HD-45 stapler – model is discontinued by OEM, hence we regret our inability to supply.

Revised PO value: Rs. 7,76,850/- + GST @ 18%.

Kindly acknowledge the above."""
    hdr = outlook_quote("en", "Priya Nair <priya.nair@buyer.example>", "Monday, January 25, 2027 4:10 PM",
                        "sales@shreeganeshoffice.example", req_subject(po), sep="line")
    m = send_reply(po, ("Rakesh Sharma", SUP_SGO[2]), T("2027-01-27 12:40:19", "+0530"), "outlook", top, SIG_SGO,
                   "outlook", hdr, quoted=po_request_text(po, address=ADDR_IN), lang="en-IN", slug=slug)
    exp = EXP("confirmation",
              "dd-mm-yyyy dates. Line 3: 18 now (with the other items, 2027-02-08) + 12 by 2027-02-15. Line 4 discontinued -> "
              "rejected. Lakh grouping in the total is only informative.",
              conf(po, {1: A(po, 1), 2: A(po, 2),
                        3: C(30, "1595.00", "2027-02-15", [(18, "2027-02-08"), (12, "2027-02-15")]), 4: R}))
    return [po], m, exp


SUP_SAN = ("SANITAS", "Sanitas Haustechnik AG", "auftrag@sanitas-haustechnik.example", "de-CH")


def sap_ab_pdf(ab_no, ab_date, cust_no, po_no, po_date, contact, phone, rows, net, vat, total, terms):
    d = PdfDoc()
    d.text(50, "Sanitas Haustechnik AG · Industriestrasse 31 · 8604 Volketswil", 7)
    d.gap(6)
    for l in ["Brightwater Group", "Central Warehouse, Gate 3", "Waalhaven Z.z. 40", "3089 JH Rotterdam", "NIEDERLANDE"]:
        d.text(50, l, 10)
    d.y = 800
    d.text(330, "Auftragsbestätigung", 14, True, dy=22)
    for k, v in [("Nummer/Datum", "%s / %s" % (ab_no, ab_date)), ("Kundennummer", cust_no),
                 ("Ihre Bestellung", "%s vom %s" % (po_no, po_date)), ("Ansprechpartner", contact), ("Telefon", phone)]:
        d.row([330, 430], [k, v], 9)
    d.y = 660
    d.text(50, "Sehr geehrte Damen und Herren", 9)
    d.text(50, "wir danken für Ihren Auftrag und bestätigen Ihnen diesen zu unseren Allgemeinen Geschäftsbedingungen wie folgt:", 9)
    d.gap(8)
    cols = [50, 80, 135, 330, 365, 390, 440, 505]
    d.row(cols, ["Pos", "Material", "Bezeichnung", "Menge", "ME", "Preis/ME", "Betrag CHF", "Liefertermin"], 8, True)
    d.gap(2)
    for r in rows:
        d.row(cols, r[:8], 8)
        d.row(cols, ["", "", "Ihre Materialnummer: %s" % r[8]], 7.5)
        d.gap(3)
    d.gap(8)
    for k, v in [("Nettowert", net), ("MWST 8.1 %", vat), ("Endbetrag CHF", total)]:
        d.row([380, 505], [k, v], 9, k.startswith("End"))
    d.gap(14)
    for l in terms:
        d.text(50, l, 8)
    d.gap(20)
    d.text(50, "Sanitas Haustechnik AG · CHE-105.412.337 MWST · Handelsregister Kanton Zürich · www.sanitas-haustechnik.example", 7)
    return d.pdf(producer="SAP NetWeaver 7.50 / SAPscript", title="Auftragsbestätigung %s" % ab_no, created="20270127160011+01'00'")


@case("plumbing-sap-ab-pdf-only", "confirmation", "de-CH",
      "plumbing: answer only in SAP Auftragsbestätigung PDF (items 10/20/30/40, Swiss 1'234.50), short cover, new thread")
def c_sap_ch(slug):
    po = mk_po("4500081655", SUP_SAN, "jonas", "CHF", "2027-01-26", [
        ("GEB-MP-16", "Geberit Mepla Systemrohr 16 mm, Stange 5 m", 300, "M", "7.85", "2027-02-23"),
        ("GEB-MP-BOG-16", "Mepla Bogen 90° 16 mm", 150, "PCS", "14.60", "2027-02-23"),
        ("NIRO-KUG-1", 'Kugelhahn Inox 1" IG/IG', 40, "PCS", "38.20", "2027-02-23"),
        ("ISO-ROHR-22", "Rohrisolation 22 x 13 mm, 2 m", 120, "PCS", "4.95", "2027-02-23"),
    ])
    rows = [
        ["10", "2040016", "Mepla Systemrohr 16 mm, 5 m", "300", "M", "7.85", "2'355.00", "23.02.2027", "GEB-MP-16"],
        ["20", "2040116", "Mepla Bogen 90° 16 mm", "150", "ST", "14.60", "2'190.00", "02.03.2027", "GEB-MP-BOG-16"],
        ["30", "8812025", 'Kugelhahn Inox 1" IG/IG', "40", "ST", "38.20", "1'528.00", "23.02.2027", "NIRO-KUG-1"],
        ["40", "6130022", "Isolation 22x13 mm, 2 m", "120", "ST", "5.10", "612.00", "23.02.2027", "ISO-ROHR-22"],
    ]
    pdf = sap_ab_pdf("20451877", "27.01.2027", "108844", "4500081655", "26.01.2027", "Beat Zürcher",
                     "+41 44 908 61 20", rows, "6'685.00", "541.49", "7'226.49",
                     ["Lieferbedingungen: DAP Rotterdam (Incoterms 2020)", "Zahlungsbedingungen: 30 Tage netto",
                      "Preisänderungen gegenüber Ihrer Bestellung sind gekennzeichnet durch den aktuellen Listenpreis 2027."])
    text = """Guten Tag Herr Meier

Im Anhang erhalten Sie unsere Auftragsbestätigung 20451877 zu Ihrer Bestellung 4500081655.

Freundliche Grüsse

Beat Zürcher
Innendienst Verkauf

Sanitas Haustechnik AG
Industriestrasse 31
8604 Volketswil
Tel. +41 44 908 61 20
www.sanitas-haustechnik.example"""
    body = textpart(text, "plain", "iso-8859-1", "qp")
    m = mixed(body, attachment(pdf, "AB_20451877.pdf", "application/pdf"))
    m = finish(m, ("Zürcher Beat", SUP_SAN[2]), [buyer_addr(po)],
               "Auftragsbestätigung 20451877 zu Ihrer Bestellung 4500081655", T("2027-01-27 16:02:37"),
               "outlook", slug, hdr_charset="iso-8859-1", lang="de-CH")
    exp = EXP("confirmation",
              "All content is in the PDF. SAP items 10/20/30/40 map to PO lines 1-4 (customer material numbers shown). "
              "Item 20 Liefertermin 02.03.2027 (changed date); item 40 price 5.10 instead of 4.95 (changed price).",
              conf(po, {1: A(po, 1), 2: C(150, "14.60", "2027-03-02"), 3: A(po, 3), 4: C(120, "5.10", "2027-02-23")}))
    return [po], m, exp


SUP_NSOS = ("NSOS", "North Sea Offshore Supplies Ltd", "orders@nsos.example", "en-GB")


def oracle_ack_pdf(so, so_date, po_no, rows, total):
    d = PdfDoc()
    d.text(40, "NORTH SEA OFFSHORE SUPPLIES LTD", 12, True)
    d.text(40, "Souter Head Road, Altens Industrial Estate, Aberdeen AB12 3LF, United Kingdom", 8)
    d.text(40, "VAT Reg. GB 284 5512 07   Company No. SC198455", 8)
    d.gap(10)
    d.text(40, "SALES ORDER ACKNOWLEDGEMENT", 14, True, dy=22)
    for a, b, c, e in [("Order Number:", so, "Customer PO:", po_no), ("Order Date:", so_date, "Customer No.:", "30418"),
                       ("Payment Terms:", "30 NET", "Currency:", "GBP"), ("Freight Terms:", "DAP", "Salesperson:", "ROSS, FIONA")]:
        d.row([40, 130, 320, 400], [a, b, c, e], 9)
    d.gap(6)
    d.row([40, 320], ["Bill To:", "Ship To:"], 9, True)
    for a, b in [("BRIGHTWATER GROUP", "BRIGHTWATER GROUP"), ("ACCOUNTS PAYABLE", "CENTRAL WAREHOUSE, GATE 3"),
                 ("HAVENSTRAAT 21", "WAALHAVEN Z.Z. 40"), ("3011 AB ROTTERDAM NL", "3089 JH ROTTERDAM NL")]:
        d.row([40, 320], [a, b], 8.5)
    d.gap(12)
    cols = [40, 68, 128, 300, 340, 370, 420, 475, 530]
    d.row(cols, ["Line", "Item", "Description", "Qty", "UOM", "Unit Price", "Extended", "Sched. Ship", "Promised"], 7.5, True)
    d.row(cols, ["", "", "", "", "", "", "", "Date", "Delivery"], 7.5, True)
    d.gap(3)
    for r in rows:
        d.row(cols, r, 7.5)
    d.gap(10)
    d.row([400, 475], ["Order Total GBP:", total], 9, True)
    d.gap(16)
    for l in ["Lines shown with a second shipment number (e.g. 4.2) are split shipments scheduled separately.",
              "All goods supplied subject to NSOS standard terms and conditions of sale (rev. 2025-06).",
              "This is a system generated document and does not require a signature."]:
        d.text(40, l, 7.5)
    return d.pdf(producer="Oracle XML Publisher 12.0.0", title="Sales Order Acknowledgement %s" % so, created="20270128061133Z")


@case("marine-oracle-ack-autogen-split", "confirmation", "en-GB",
      "marine/offshore: Oracle auto-generated acknowledgement PDF (Auto-Submitted header) with split line 4.1/4.2, ship+promise dates")
def c_oracle(slug):
    po = mk_po("4500081701", SUP_NSOS, "anna", "GBP", "2027-01-27", [
        ("WR-6x36-16", "Steel wire rope 6x36 IWRC 16 mm, galvanised", 500, "M", "6.42", "2027-03-01"),
        ("SLG-RS-5T-4M", "Round sling 5 t x 4 m, EN 1492-2", 24, "PCS", "38.75", "2027-03-01"),
        ("GLV-CUT5-10", "Cut-resistant gloves level 5, size 10", 240, "PR", "7.90", "2027-03-01"),
        ("LTH-FLR-ORG", "Lifebuoy light, self-igniting, SOLAS", 12, "PCS", "96.00", "2027-03-01"),
    ])
    rows = [
        ["1.1", "WR636-16G", "Wire rope 6x36 IWRC 16mm galv", "500", "M", "6.42", "3,210.00", "24-FEB-2027", "01-MAR-2027"],
        ["2.1", "RS5T4M", "Round sling 5t x 4m EN1492-2", "24", "EA", "38.75", "930.00", "24-FEB-2027", "01-MAR-2027"],
        ["3.1", "GL5-10", "Cut resistant glove L5 sz10", "240", "PR", "7.90", "1,896.00", "24-FEB-2027", "01-MAR-2027"],
        ["4.1", "LBL-SI", "Lifebuoy light self-igniting", "8", "EA", "96.00", "768.00", "24-FEB-2027", "01-MAR-2027"],
        ["4.2", "LBL-SI", "Lifebuoy light self-igniting", "4", "EA", "96.00", "384.00", "17-MAR-2027", "22-MAR-2027"],
    ]
    pdf = oracle_ack_pdf("1187342", "28-JAN-2027", "4500081701", rows, "7,188.00")
    text = """This is an automatically generated message. Please do not reply to this e-mail.

Dear Customer,

Please find attached the Sales Order Acknowledgement for your purchase order 4500081701.

Sales Order: 1187342
Order Date: 28-JAN-2027

Please check the acknowledgement carefully and advise any discrepancies within 48 hours to your account manager or orders@nsos.example.

North Sea Offshore Supplies Ltd
Registered in Scotland No. SC198455. Registered office: Souter Head Road, Altens, Aberdeen AB12 3LF."""
    m = mixed(textpart(text, "plain", "us-ascii", "7bit"),
              attachment(pdf, "SO_1187342_ACK.pdf", "application/pdf"))
    m = finish(m, ("NSOS Order Management", "no-reply@nsos.example"), [buyer_addr(po)],
               "Sales Order Acknowledgement - SO 1187342 - Customer PO 4500081701", T("2027-01-28 06:12:04", "+0000"),
               "oracle", slug, extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    exp = EXP("confirmation",
              "ERP acknowledgement with Auto-Submitted header is still a confirmation. Promised delivery wins over scheduled ship "
              "date: lines 1-3 01-MAR-2027 = need-by. Line 4 split into 4.1 (8 on 01-MAR) and 4.2 (4 on 22-MAR). Sender is no-reply@, "
              "not the supplier address in the PO.",
              conf(po, {1: A(po, 1), 2: A(po, 2), 3: A(po, 3),
                        4: C(12, "96.00", "2027-03-22", [(8, "2027-03-01"), (4, "2027-03-22")])}))
    return [po], m, exp


SUP_GRON = ("GRONHUS", "Grønhus Gartneriforsyning A/S", "salg@groenhus.example", "da-DK")


@case("greenhouse-dynamics-xlsx-ship-vs-delivery", "confirmation", "da-DK",
      "garden/greenhouse: Dynamics BC order confirmation as XLSX (date serials, shipment + planned delivery date columns)")
def c_dyn_xlsx(slug):
    po = mk_po("4500081733", SUP_GRON, "sofia", "DKK", "2027-01-28", [
        ("POT-12-SORT", "Plastpotte 12 cm, sort, rund", 24000, "PCS", "0.62", "2027-03-08"),
        ("BAKKE-40X60", "Transportbakke 40x60 cm, til 12 cm potter", 1500, "PCS", "11.80", "2027-03-08"),
        ("SUBSTR-TS2", "Pottemuld Klasmann TS2, big bale 6000 L", 8, "PCS", "1985.00", "2027-03-08"),
        ("GEOTEX-100", "Jordugedug 100 g/m², 2 x 100 m", 15, "ROLL", "749.00", "2027-03-08"),
    ])
    rows = [
        ["Ordrebekræftelse"],
        [],
        ["Ordrenr.", "S-ORD104512"],
        ["Deres ordrenr.", "4500081733"],
        ["Ordredato", ("d", "2027-01-29")],
        ["Kundenr.", "10442"],
        ["Sælger", "Henrik Møller"],
        [],
        ["Nummer", "Beskrivelse", "Antal", "Enhed", "Enhedspris ekskl. moms", "Rabat %", "Beløb ekskl. moms",
         "Afsendelsesdato", "Planlagt leveringsdato"],
        ["POT12S", "Plastpotte 12 cm sort", 24000, "STK", ("n2", 0.62), 0, ("n2", 14880), ("d", "2027-03-04"), ("d", "2027-03-08")],
        ["TB4060", "Transportbakke 40x60", 1500, "STK", ("n2", 11.8), 0, ("n2", 17700), ("d", "2027-03-04"), ("d", "2027-03-08")],
        ["TS2-BB", "Klasmann TS2 big bale 6000 L", 8, "STK", ("n2", 2150), 0, ("n2", 17200), ("d", "2027-03-11"), ("d", "2027-03-15")],
        ["JUD100", "Jordugedug 100 g/m2 2x100 m", 15, "RULLE", ("n2", 749), 0, ("n2", 11235), ("d", "2027-03-04"), ("d", "2027-03-08")],
        [],
        ["", "", "", "", "", "I alt DKK ekskl. moms", ("n2", 61015)],
        ["", "", "", "", "", "Moms 25 %", ("n2", 15253.75)],
        ["", "", "", "", "", "I alt DKK inkl. moms", ("n2", 76268.75)],
    ]
    x = make_xlsx(rows, sheet="Ordrebekræftelse", shared=True, widths=[12, 30, 9, 8, 14, 18, 14, 14, 16],
                  app="Microsoft Dynamics 365 Business Central")
    text = """Kære Sofia Lindqvist

Vedhæftet finder du ordrebekræftelse S-ORD104512 for din ordre 4500081733.

Med venlig hilsen
Grønhus Gartneriforsyning A/S
Industrivej 14, 5260 Odense S
Tlf. +45 66 15 40 20 · CVR 29 84 55 12"""
    htm = "<html><body><p>Kære Sofia Lindqvist</p><p>Vedhæftet finder du ordrebekræftelse S-ORD104512 for din ordre 4500081733.</p><p>Med venlig hilsen<br>Grønhus Gartneriforsyning A/S<br>Industrivej 14, 5260 Odense S<br>Tlf. +45 66 15 40 20 · CVR 29 84 55 12</p></body></html>"
    m = mixed(alternative(text, htm, "utf-8", "qp"), attachment(x, "Ordrebekræftelse S-ORD104512.xlsx", XLSX))
    m = finish(m, ("Grønhus Gartneriforsyning A/S", SUP_GRON[2]), [buyer_addr(po)],
               "Ordrebekræftelse S-ORD104512 (Deres ordre 4500081733)", T("2027-01-29 07:45:10"), "dynamics", slug)
    exp = EXP("confirmation",
              "XLSX has both Afsendelsesdato (ship) and Planlagt leveringsdato (delivery): delivery wins, so 2027-03-08 lines are "
              "accepted although they ship 03-04. TS2 big bale: 2150.00 and delivery 2027-03-15. Dates are Excel serials.",
              conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(8, "2150.00", "2027-03-15"), 4: A(po, 4)}))
    return [po], m, exp


SUP_BOG = ("BOGREPRINT", "Bögre-Print Kft.", "rendeles@bogreprint.example", "hu-HU")


@case("promo-mugs-csv-smallshop", "confirmation", "hu-HU",
      "promotional ceramics: small shop CSV (windows-1250, ';', decimal comma, 2027.03.05. dates) with a short cover")
def c_csv_hu(slug):
    po = mk_po("4500081760", SUP_BOG, "jonas", "HUF", "2027-01-28", [
        ("MUG-300-WH", "Kerámia bögre 300 ml, fehér, 2 színű logó", 1200, "PCS", "890.00", "2027-02-26"),
        ("MUG-300-BK", "Kerámia bögre 300 ml, fekete belső, 1 színű logó", 600, "PCS", "1040.00", "2027-02-26"),
        ("BOX-MUG-1", "Egyedi díszdoboz bögréhez", 1800, "PCS", "210.00", "2027-02-26"),
    ])
    csv = make_csv([
        ["Visszaigazolás", "", "", "", "", "", "", ""],
        ["Megrendelés", "4500081760", "", "", "", "", "", ""],
        ["Tétel", "Cikkszám", "Megnevezés", "Mennyiség", "ME", "Egységár (Ft)", "Érték (Ft)", "Szállítási határidő"],
        ["1", "MUG-300-WH", "Kerámia bögre 300 ml fehér, 2 szín", "1200", "db", "890,00", "1 068 000,00", "2027.02.26."],
        ["2", "MUG-300-BK", "Kerámia bögre 300 ml fekete belső, 1 szín", "600", "db", "1 040,00", "624 000,00", "2027.03.05."],
        ["3", "BOX-MUG-1", "Díszdoboz bögréhez", "1800", "db", "210,00", "378 000,00", "2027.02.26."],
        ["", "", "Összesen nettó", "", "", "", "2 070 000,00", ""],
    ], sep=";", encoding="cp1250")
    top = """Tisztelt Jonas Meier!

Mellékelten küldöm a visszaigazolást CSV-ben (a rendszerünk csak ezt tudja), kérem nézze át.
A fekete belsejű bögrék mázát külön kell rendelnünk, ezért azok egy héttel később jönnek.

Üdvözlettel:
Szabó Gábor
ügyvezető
Bögre-Print Kft.
6724 Szeged, Kossuth Lajos sgt. 112.
+36 62 555 018 | +36 30 912 4433
Adószám: 23456789-2-06"""
    plain = top + "\n\n" + "2027-01-28 10:12 időpontban Jonas Meier ezt írta:\n" + prefix(po_request_text(po))
    body = textpart(plain, "plain", "utf-8", "8bit")
    m = mixed(body, attachment(csv, "visszaigazolas_4500081760.csv", "text/csv"))
    irt = po["request_message_id"]
    m = finish(m, ("Szabó Gábor", SUP_BOG[2]), [buyer_addr(po)], "Re: " + req_subject(po), T("2027-01-29 13:21:56"),
               "roundcube", slug, irt=irt, refs=[irt])
    exp = EXP("confirmation",
              "Commitment is in the CSV: line 2 delivery 2027.03.05. (one week later, as the cover says); other lines as ordered. "
              "'kérem nézze át' (please review) does not make it non-binding.",
              conf(po, {1: A(po, 1), 2: C(600, "1040.00", "2027-03-05"), 3: A(po, 3)}))
    return [po], m, exp


SUP_INST = ("INSTALDIST", "Instal Distribuție SRL", "comenzi@instaldistributie.example", "ro-RO")
SIG_INST = """Cu stimă,
Andrei Popescu
Departament Vânzări
Instal Distribuție SRL
Str. Fabricii nr. 46, 400632 Cluj-Napoca
Tel: +40 264 450 120 | Mobil: +40 744 518 302
CUI RO18234567 | J12/2345/2005"""


@case("plumbing-reply-to-reminder", "confirmation", "ro-RO",
      "plumbing: answer to our reminder (In-Reply-To = reminder), nested Outlook quotes, one line delayed")
def c_reminder_ro(slug):
    po = mk_po("4500081388", SUP_INST, "claire", "RON", "2027-01-14", [
        ("PPR-TUB-25", "Țeavă PPR PN20 25 mm, bară 4 m", 800, "M", "6.80", "2027-02-15"),
        ("PPR-COT-25", "Cot PPR 90° 25 mm", 400, "PCS", "0.95", "2027-02-15"),
        ("PPR-TEU-25", "Teu PPR 25 mm", 250, "PCS", "1.20", "2027-02-15"),
        ("VANA-SF-1", 'Robinet sferic 1" FI-FE, mâner fluture', 60, "PCS", "22.50", "2027-02-15"),
    ])
    rem_id = "<po-4500081388.r1@buyer.example>"
    top = """Bună ziua doamna Dubois,

Ne cerem scuze pentru întârziere, colegul care se ocupă de comanda dvs. a fost în concediu.
Confirmăm comanda 4500081388 după cum urmează:

- poz. 1 țeavă PPR 25 mm: 800 m x 6,80 RON/m – livrare 15.02.2027
- poz. 2 cot 90° 25 mm: 400 buc x 0,95 RON – livrare 15.02.2027
- poz. 3 teu 25 mm: 250 buc x 1,20 RON – livrare 15.02.2027
- poz. 4 robinet sferic 1": stoc epuizat la producător, putem livra cele 60 buc pe 01.03.2027 la același preț

Vă mulțumim pentru înțelegere."""
    quoted = (reminder_text(po, "14 January 2027") + "\n\n" +
              outlook_quote("en", "Claire Dubois <claire.dubois@buyer.example>", "Thursday, January 14, 2027 10:20 AM",
                            "comenzi@instaldistributie.example", req_subject(po), sep="line") +
              "\n\n" + po_request_text(po))
    hdr = outlook_quote("ro", "Claire Dubois <claire.dubois@buyer.example>", "luni, 25 ianuarie 2027 09:00",
                        "comenzi@instaldistributie.example", "Reminder: " + req_subject(po))
    m = send_reply(po, ("Andrei Popescu", SUP_INST[2]), T("2027-01-26 11:30:12", "+0200"), "outlook", top, SIG_INST,
                   "outlook", hdr, quoted=quoted, subject="RE: Reminder: " + req_subject(po), irt=rem_id,
                   refs=[po["request_message_id"], rem_id], lang="ro-RO", slug=slug)
    exp = EXP("confirmation",
              "Reply to the reminder, not to the original request. Line 4 moved to 01.03.2027 at the same price.",
              conf(po, {1: A(po, 1), 2: A(po, 2), 3: A(po, 3), 4: C(60, "22.50", "2027-03-01")}))
    return [po], m, exp


SUP_MERI = ("MERIVARUSTE", "Merivaruste Oy", "myynti@merivaruste.example", "fi-FI")


@case("marine-internal-forward-colleague-answers", "confirmation", "fi-FI",
      "marine: sales forwards internally (VL:), logistics colleague answers buyer in non-native English; internal "
      "tentative remark contradicts nothing final; week numbers")
def c_fwd_fi(slug):
    po = mk_po("4500081805", SUP_MERI, "sofia", "EUR", "2027-02-01", [
        ("ANO-ZN-HULL-4", "Sinkkianodi runkoon 4 kg", 60, "PCS", "38.40", "2027-03-12"),
        ("BILGE-24V-3700", "Pilssipumppu 24 V 3700 l/h", 10, "PCS", "212.00", "2027-03-12"),
        ("NAV-LED-MAST", "LED-kulkuvalo, mastovalo 225°, 24 V", 20, "PCS", "164.00", "2027-03-12"),
    ])
    internal_id = "<HE1PR07MB4412%s@HE1PR07MB4412.eurprd07.prod.outlook.com>" % h(slug, "int", n=20).upper()
    top = """Hello Sofia,

my colleague Mikko forwarded your order to me, I am taking care of the deliveries.

We confirm order 4500081805:
- pos 1 zinc anodes 4 kg, 60 pcs 38,40 EUR - delivery week 10
- pos 2 bilge pump 24V, 10 pcs 212,00 EUR - delivery week 10
- pos 3 LED mast light, 20 pcs 164,00 EUR - delivery week 10

All goods will come in one delivery, we send the tracking number when shipped."""
    sig = """Best regards / Ystävällisin terveisin
Hanna Korhonen
Logistiikka / Logistics
Merivaruste Oy
Satamakatu 9, 20100 Turku
puh. +358 2 274 5500 | gsm +358 40 716 2288
Y-tunnus 1234567-8"""
    quoted = (
        "Hanna,\n\nvoitko tarkistaa saatavuuden ja vastata suoraan asiakkaalle? Anodit ehkä vasta viikolla 11, "
        "tarkista Kaarinan varastosta.\n\nt. Mikko\n\n" +
        outlook_quote("fi", "Sofia Lindqvist <sofia.lindqvist@buyer.example>", "maanantai 1. helmikuuta 2027 10.30",
                      "Myynti Merivaruste <myynti@merivaruste.example>", req_subject(po)) +
        "\n\n" + po_request_text(po))
    hdr = outlook_quote("fi", "Mikko Virtanen <mikko.virtanen@merivaruste.example>", "tiistai 2. helmikuuta 2027 15.12",
                        "Hanna Korhonen <hanna.korhonen@merivaruste.example>", "VL: " + req_subject(po))
    m = send_reply(po, ("Hanna Korhonen", "hanna.korhonen@merivaruste.example"), T("2027-02-03 09:48:27", "+0200"),
                   "outlook", top, sig, "outlook", hdr, quoted=quoted, subject="VS: VL: " + req_subject(po),
                   irt=internal_id, refs=[po["request_message_id"], internal_id],
                   cc=[("Mikko Virtanen", "mikko.virtanen@merivaruste.example")], lang="fi-FI", slug=slug)
    exp = EXP("confirmation",
              "Answer comes from a colleague (different sender address) replying to an internal forward; In-Reply-To is the "
              "internal message. Mikko's internal 'maybe only week 11' is superseded by the commitment to the buyer: week 10 "
              "= Friday 2027-03-12 = need-by for all lines.",
              conf(po, {1: A(po, 1), 2: A(po, 2), 3: A(po, 3)}))
    return [po], m, exp


SUP_PEN = ("PENNINE", "Pennine Heating & Ventilation Supplies Ltd", "sales@penninehvs.example", "en-GB")


@case("hvac-inline-answers-wc", "confirmation", "en-GB",
      "HVAC: answers written inline between quoted PO lines; 'w/c 22nd March' week reference; price rise per coil")
def c_inline_gb(slug):
    po = mk_po("4500081822", SUP_PEN, "jonas", "GBP", "2027-02-01", [
        ("RAD-K2-600x1200", "Panel radiator type 22, 600 x 1200 mm", 40, "PCS", "96.50", "2027-03-12"),
        ("TRV-15-ANG", "TRV angled 15 mm with lockshield", 40, "PCS", "11.20", "2027-03-12"),
        ("FAN-MVHR-350", "MVHR unit 350 m3/h, heat recovery 90%", 4, "PCS", "1680.00", "2027-03-12"),
        ("DUCT-SEMI-75", "Semi-rigid duct 75 mm, 50 m coil", 12, "ROLL", "118.00", "2027-03-12"),
    ])
    q = po_request_text(po).split("\n")
    answers = {
        1: "Confirmed.",
        2: "Confirmed.",
        3: "We can only do 2 by the 12th, the other 2 w/c 22nd March. Price OK.",
        4: "Price has gone up to £124.00 per coil from 1st Feb, sorry. Delivery OK.",
    }
    out = ["Hi Jonas,", "", "Answers inline below.", "", "On 01/02/2027 14:30, Jonas Meier wrote:"]
    for line in q:
        out.append(("> " + line) if line else ">")
        mm = _re_line.match(line)
        if mm and int(mm.group(1)) in answers:
            out += ["", answers[int(mm.group(1))], ""]
    out += ["", "Cheers", "Gary", "", "-- ", "Gary Whitworth | Branch Sales",
            "Pennine Heating & Ventilation Supplies Ltd",
            "Unit 4, Calder Park, Wakefield WF2 7AW | 01924 555 310",
            "Registered in England & Wales No. 04412876 | VAT GB 791 2233 06"]
    m = textpart("\n".join(out), "plain", "utf-8", "8bit")
    m.set_param("format", "flowed")
    m = finish(m, ("Gary Whitworth", SUP_PEN[2]), [buyer_addr(po)], "Re: " + req_subject(po), T("2027-02-03 12:14:40", "+0000"),
               "thunderbird", slug, irt=po["request_message_id"], refs=[po["request_message_id"]])
    exp = EXP("confirmation",
              "Inline answers under each quoted line. Line 3: 2 by 12 March, 2 'w/c 22nd March' = that week, no day -> Friday "
              "2027-03-26 (week 12). Line 4: new price 124.00 per coil (PO UoM ROLL = coil), date unchanged.",
              conf(po, {1: A(po, 1), 2: A(po, 2),
                        3: C(4, "1680.00", KW(2027, 12), [(2, "2027-03-12"), (2, KW(2027, 12))]),
                        4: C(12, "124.00", "2027-03-12")}))
    return [po], m, exp


SUP_NDBS = ("NDBS", "Nihon Denshi Buhin Shoji K.K.", "eigyo@ndbs.example", "ja-JP")
SIG_NDBS = """━━━━━━━━━━━━━━━━━━━━━━━━━━
日本電子部品商事株式会社
営業部　山田 太郎
〒101-0021 東京都千代田区外神田3-12-8
TEL: 03-3251-7788 / FAX: 03-3251-7790
E-mail: eigyo@ndbs.example
━━━━━━━━━━━━━━━━━━━━━━━━━━"""


@case("connectors-jp-iso2022-arrival", "confirmation", "ja-JP",
      "electronic connectors: Japanese keigo, ISO-2022-JP, 'M月D日（曜）着' arrival dates, ship vs arrival on one line")
def c_ja(slug):
    po = mk_po("4500081840", SUP_NDBS, "kenji", "JPY", "2027-02-02", [
        ("DF13-6P-1.25DSA", "Connector header Hirose DF13-6P-1.25DSA", 3000, "PCS", "28.50", "2027-02-26"),
        ("DF13-6S-1.25C", "Connector housing Hirose DF13-6S-1.25C", 3000, "PCS", "9.80", "2027-02-26"),
        ("DF13-2630SCF", "Crimp contact Hirose DF13-2630SCF (reel 10,000)", 20000, "PCS", "3.20", "2027-03-12"),
    ])
    top = """Brightwater Group
佐藤 様

いつも大変お世話になっております。
日本電子部品商事の山田でございます。

この度はご注文（注文番号：4500081840）を賜り、誠にありがとうございます。
下記の通りご回答申し上げます。

1. DF13-6P-1.25DSA　　3,000個　@28.50円　2月26日（金）着
2. DF13-6S-1.25C　　　3,000個　@9.80円　 2月26日（金）着
3. DF13-2630SCF　　　20,000個（2リール）　@3.20円
　 メーカー納期の都合により、3月12日出荷、3月16日（火）着となります。

ご確認の程、何卒よろしくお願い申し上げます。"""
    hdr = outlook_quote("ja", "Kenji Sato <kenji.sato@buyer.example>", "2027年2月2日 18:20",
                        "eigyo@ndbs.example", req_subject(po), sep="line")
    m = send_reply(po, ("山田 太郎", SUP_NDBS[2]), T("2027-02-04 10:05:33", "+0900"), "outlook", top, SIG_NDBS,
                   "outlook", hdr, charset="iso-2022-jp", cte="7bit", html=False, lang="ja-JP", slug=slug)
    exp = EXP("confirmation",
              "着 = arrival (delivery). Lines 1-2 arrive 2月26日（金） = 2027-02-26 = need-by. Line 3 ships 3/12 but arrives "
              "3月16日（火）: the delivery date wins -> 2027-03-16.",
              conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(20000, "3.20", D("2027-03-16", "Tue"))}))
    return [po], m, exp


SUP_HX = ("HUAXIN", "Shenzhen Huaxin Electronics Co., Ltd.", "sales@huaxin-pcba.example", "zh-CN")
SIG_HX = """--
李娜 Lina Li
销售经理 Sales Manager
深圳华信电子有限公司
深圳市宝安区福永街道凤凰第三工业区A栋
Tel: +86 755 2761 3388  Mob/WeChat: +86 138 2345 6789"""


@case("pcba-cn-moq-spring-festival", "confirmation", "zh-CN",
      "PCBA: Chinese (GB2312, base64, Foxmail quote), MOQ raises qty 300->500, Spring Festival pushes ship date")
def c_cn(slug):
    po = mk_po("PO-27-00502", SUP_HX, "daniel", "USD", "2027-01-29", [
        ("BW-SENS-PCBA-R2", "PCBA sensor board Rev 2, SMT+THT, tested", 300, "PCS", "6.85", "2027-02-26"),
        ("BW-SENS-CBL-150", "Cable assembly JST-PH 4P, 150 mm", 300, "PCS", "0.62", "2027-02-26"),
    ])
    top = """Daniel 您好，

订单 PO-27-00502 已收到，谢谢！确认如下：

1. 传感器板 PCBA Rev2：我司最小起订量 MOQ 500 pcs，单价 USD 6.85 不变，数量按 500 pcs 安排生产。
2. 线材 JST-PH 4P 150mm：300 pcs，单价 USD 0.62。

交期：因春节放假（2月5日至2月17日），交期顺延至2027年3月10日出货（深圳）。

如有问题请随时联系，谢谢！

祝好！"""
    hdr = """------------------ 原始邮件 ------------------
发件人: "Daniel Okafor"<daniel.okafor@buyer.example>;
发送时间: 2027年1月29日(星期五) 下午5:42
收件人: "sales"<sales@huaxin-pcba.example>;
主题: Purchase order PO-27-00502 - please confirm"""
    m = send_reply(po, ("李娜", SUP_HX[2]), T("2027-02-01 10:30:18", "+0800"), "foxmail", top, SIG_HX,
                   "outlook", hdr, prefix_subj="回复：", charset="gb2312", cte="b64", slug=slug)
    exp = EXP("confirmation",
              "Line 1 quantity raised to MOQ 500. Both lines ship (出货) 2027年3月10日 -> 2027-03-10; no delivery date given.",
              conf(po, {1: C(500, "6.85", "2027-03-10"), 2: C(300, "0.62", "2027-03-10")}))
    return [po], m, exp


SUP_TPC = ("TPCONN", "Taiwan Precision Connector Co., Ltd.", "sales@twpconn.example", "zh-TW")
SIG_TPC = """台灣精密連接器股份有限公司
業務部 陳怡君 Vivian Chen
TEL: +886-2-2698-1234 #215
新北市汐止區新台五路一段99號8樓
統一編號：53212345"""


@case("connectors-tw-roc-dates-big5", "confirmation", "zh-TW",
      "connectors: Traditional Chinese (Big5), Minguo/ROC calendar dates 116/03/10 = 2027-03-10, one line delayed")
def c_tw(slug):
    po = mk_po("4500081866", SUP_TPC, "kenji", "USD", "2027-02-02", [
        ("TPC-USB-C-16P", "USB-C receptacle 16P, SMT, mid-mount", 10000, "PCS", "0.185", "2027-03-10"),
        ("TPC-FPC-0.5-24", "FPC connector 0.5 mm pitch 24P, ZIF", 6000, "PCS", "0.092", "2027-03-10"),
    ])
    top = """Kenji 您好：

感謝您的訂單，茲確認如下：

訂單號碼：4500081866
項次1  USB-C 16P 母座，數量 10,000 pcs，單價 USD 0.185，交貨日期 116/03/10
項次2  FPC 0.5mm 24P，數量 6,000 pcs，單價 USD 0.092，交貨日期 116/03/24（原廠料件缺貨，需延後兩週）

如有任何問題，請與我聯繫。

順頌 商祺"""
    hdr = outlook_quote("zh-TW", "Kenji Sato <kenji.sato@buyer.example>", "2027年2月2日 下午 06:41",
                        "sales@twpconn.example", req_subject(po), sep="line")
    m = send_reply(po, ("陳怡君", SUP_TPC[2]), T("2027-02-03 17:22:05", "+0800"), "outlook", top, SIG_TPC,
                   "outlook", hdr, charset="big5", cte="b64", prefix_subj="回覆: ", lang="zh-TW", slug=slug)
    exp = EXP("confirmation",
              "Dates are in the ROC (Minguo) calendar: year 116 = 2027. Line 2 delayed two weeks to 2027-03-24.",
              conf(po, {1: A(po, 1), 2: C(6000, "0.092", "2027-03-24")}))
    return [po], m, exp


SUP_HW = ("HANWOOL", "Hanwool Cosmetic Packaging Co., Ltd.", "export@hanwoolpack.example", "ko-KR")
SIG_HW = """김민지 Minji Kim | 수출팀 대리
한울코스메틱패키징(주)
경기도 화성시 향남읍 제약공단1길 25
T. +82-31-352-7700 | M. +82-10-4521-8890"""


@case("cosmetic-bottles-kr-split-mold", "confirmation", "ko-KR",
      "cosmetics packaging: Korean (ks_c_5601-1987 as Outlook labels it), split shipment, mould repair -> line rejected")
def c_kr(slug):
    po = mk_po("4500081890", SUP_HW, "ines", "USD", "2027-02-03", [
        ("HW-AIRLESS-30", "Airless bottle 30 ml, PP, white", 20000, "PCS", "0.42", "2027-03-19"),
        ("HW-DROP-30-AMB", "Dropper bottle 30 ml, amber glass, with pipette", 10000, "PCS", "0.38", "2027-03-19"),
        ("HW-JAR-50-AC", "Acrylic double-wall jar 50 ml", 8000, "PCS", "0.61", "2027-03-19"),
    ])
    top = """안녕하세요, Ines 님.

한울코스메틱패키징 수출팀 김민지입니다.
발주서 4500081890 잘 받았습니다. 아래와 같이 확인드립니다.

1. 에어리스 용기 30ml (화이트): 20,000개, 단가 USD 0.42 - 2027년 3월 19일 선적
2. 드롭퍼 용기 30ml (갈색 유리): 10,000개, 단가 USD 0.38 - 6,000개는 3월 19일 선적, 나머지 4,000개는 4월 2일 선적 예정입니다.
3. 아크릴 이중 용기 50ml: 금형 수리 관계로 이번 주문은 진행이 어렵습니다. 양해 부탁드립니다.

감사합니다."""
    hdr = outlook_quote("ko", "Ines Vermeulen <ines.vermeulen@buyer.example>", "2027년 2월 3일 수요일 오후 7:15",
                        "export@hanwoolpack.example", req_subject(po), sep="line")
    m = send_reply(po, ("김민지", SUP_HW[2]), T("2027-02-05 14:10:44", "+0900"), "outlook", top, SIG_HW,
                   "outlook", hdr, charset="ks_c_5601-1987", cte="b64", prefix_subj="회신: ", lang="ko-KR", slug=slug)
    exp = EXP("confirmation",
              "Ship dates (선적). Line 2 split 6 000 on 2027-03-19 and 4 000 on 2027-04-02 ('예정' = scheduled, still the "
              "stated commitment). Line 3 cannot be produced (mould repair) -> rejected.",
              conf(po, {1: A(po, 1), 2: C(10000, "0.38", "2027-04-02", [(6000, "2027-03-19"), (4000, "2027-04-02")]), 3: R}))
    return [po], m, exp


SUP_SV = ("SAOVIET", "Công ty TNHH May Mặc Sao Việt", "sales@saoviet-garment.example", "vi-VN")
SIG_SV = """Nguyễn Thị Thu Hà
Sales Executive
Công ty TNHH May Mặc Sao Việt
Lô 12, KCN Tân Tạo, Q. Bình Tân, TP. Hồ Chí Minh
ĐT: +84 28 3754 1122 – Zalo: 0903 456 789"""


@case("promo-tshirts-vn-price-up", "confirmation", "vi-VN",
      "promotional apparel: Vietnamese, cotton price increase on two lines, ex-factory date dd/mm/yyyy, Gmail vi quote")
def c_vn(slug):
    po = mk_po("PO-27-00533", SUP_SV, "priya", "USD", "2027-02-03", [
        ("TS-180-NAVY-M", "T-shirt cotton 180 gsm, navy, size M, 1-colour print", 1500, "PCS", "2.95", "2027-03-26"),
        ("TS-180-NAVY-L", "T-shirt cotton 180 gsm, navy, size L, 1-colour print", 1500, "PCS", "2.95", "2027-03-26"),
        ("CAP-6P-NAVY", "6-panel cap, navy, embroidered logo", 800, "PCS", "2.10", "2027-03-26"),
    ])
    top = """Chào chị Priya,

Cảm ơn chị đã gửi đơn hàng PO-27-00533. Bên em xác nhận như sau:

1. Áo thun cotton 180gsm, màu navy, size M: 1.500 cái, đơn giá 3,10 USD (giá vải cotton tăng từ tháng 1)
2. Áo thun cotton 180gsm, màu navy, size L: 1.500 cái, đơn giá 3,10 USD
3. Nón 6 mảnh thêu logo: 800 cái, đơn giá 2,10 USD

Ngày giao hàng (xuất xưởng): 26/03/2027 cho tất cả các mặt hàng.

Chị kiểm tra giúp em nhé."""
    hdr = "Vào Th 4, 3 thg 2, 2027 vào lúc 16:05 Priya Nair <priya.nair@buyer.example> đã viết:"
    m = send_reply(po, ("Thu Hà Nguyễn", SUP_SV[2]), T("2027-02-04 15:40:29", "+0700"), "gmail", top,
                   "Trân trọng,\n" + SIG_SV, "gmail", hdr, prefix_subj="Re: ", cte="b64", slug=slug)
    exp = EXP("confirmation",
              "Decimal comma: 3,10 USD. Lines 1-2 price 2.95 -> 3.10. Ex-factory 26/03/2027 = need-by (ship date only).",
              conf(po, {1: C(1500, "3.10", "2027-03-26"), 2: C(1500, "3.10", "2027-03-26"), 3: A(po, 3)}))
    return [po], m, exp


SUP_SKN = ("SABUTNUS", "PT Sabut Kelapa Nusantara", "marketing@sabutnusantara.example", "id-ID")
SIG_SKN = """Salam hormat,

Dewi Anggraini
Marketing Export
PT Sabut Kelapa Nusantara
Jl. Raya Sidoarjo Km 23, Jawa Timur 61252
Telp. +62 31 896 4455 / WA +62 812 3456 7890
NPWP 01.234.567.8-603.000"""


@case("cocopeat-id-etd-eta", "confirmation", "id-ID",
      "agri substrate: Indonesian, container shipment ETD + ETA; ETA (delivery) = need-by, so accepted despite ETD")
def c_id(slug):
    po = mk_po("4500081910", SUP_SKN, "sofia", "USD", "2027-02-04", [
        ("COCO-5KG-LOWEC", "Coco peat block 5 kg, low EC, washed", 8000, "PCS", "1.35", "2027-04-16"),
        ("COCO-GB-100", "Coco grow bag 100x15x10 cm, pre-cut holes", 12000, "PCS", "0.98", "2027-04-16"),
    ])
    top = """Selamat pagi Ibu Sofia,

Terima kasih atas PO No. 4500081910. Dengan ini kami konfirmasi:

1. Coco peat block 5 kg low EC: 8.000 pcs @ USD 1,35
2. Grow bag 100x15x10 cm: 12.000 pcs @ USD 0,98

Muatan 1 x 40' HC = 8.000 blok + 12.000 grow bag, pas satu kontainer.
ETD Surabaya: 12 Maret 2027
ETA Rotterdam: 16 April 2027

Dokumen (phytosanitary certificate, COO) akan kami kirim setelah kapal berangkat."""
    hdr = outlook_quote("en", "Sofia Lindqvist <sofia.lindqvist@buyer.example>", "Thursday, February 4, 2027 3:20 PM",
                        "marketing@sabutnusantara.example", req_subject(po), sep="line")
    m = send_reply(po, ("Dewi Anggraini", SUP_SKN[2]), T("2027-02-08 09:22:51", "+0700"), "outlook", top, SIG_SKN,
                   "outlook", hdr, lang="id-ID", slug=slug)
    exp = EXP("confirmation",
              "Both ETD (ship) and ETA Rotterdam (arrival) are given; the delivery date wins: 16 April 2027 = need-by -> accepted. "
              "Indonesian decimal comma (USD 1,35).",
              conf(po, {1: A(po, 1), 2: A(po, 2)}))
    return [po], m, exp


SUP_EGE = ("EGEPIRINC", "Ege Pirinç Vana San. ve Tic. A.Ş.", "satis@egepirinc.example", "tr-TR")
SIG_EGE = """Saygılarımızla,

Elif Yıldız
İhracat Satış Temsilcisi
Ege Pirinç Vana San. ve Tic. A.Ş.
Atatürk OSB 10003 Sk. No:14 Çiğli / İZMİR
Tel: +90 232 376 45 00 Dahili 112
Mersis No: 0325012345600017

Bu e-posta ve ekleri yalnızca gönderildiği kişi veya kuruma özeldir ve gizli bilgiler içerebilir."""


@case("brass-fittings-tr-price-reject", "confirmation", "tr-TR",
      "plumbing fittings: Turkish, brass price rise + later date on one line, discontinued manifold rejected, EUR with comma")
def c_tr(slug):
    po = mk_po("4500081935", SUP_EGE, "jonas", "EUR", "2027-02-04", [
        ("EP-NIP-12", 'Brass nipple 1/2" M-M, nickel plated', 3000, "PCS", "0.64", "2027-03-19"),
        ("EP-ELB-12-FF", 'Brass elbow 1/2" F-F', 2000, "PCS", "0.88", "2027-03-19"),
        ("EP-BV-34-PN25", 'Brass ball valve 3/4" PN25, red lever', 500, "PCS", "4.95", "2027-03-19"),
        ("EP-MAN-4W", 'Manifold 4-way 1", nickel plated', 150, "PCS", "14.20", "2027-03-19"),
    ])
    top = """Sayın Jonas Meier,

4500081935 no'lu siparişiniz için teşekkür ederiz. Sipariş teyidimiz aşağıdadır:

Kalem 1 – Nipel 1/2" E-E nikelaj: 3.000 adet x 0,64 € – teslim tarihi 19.03.2027
Kalem 2 – Dirsek 1/2" D-D: 2.000 adet x 0,88 € – teslim tarihi 19.03.2027
Kalem 3 – Küresel vana 3/4" PN25: 500 adet x 5,15 € (pirinç fiyatlarındaki artış nedeniyle) – teslim tarihi 26.03.2027
Kalem 4 – Kollektör 4 yollu 1": bu ürünün üretimini durdurduk, maalesef teyit edemiyoruz.

İyi çalışmalar dileriz."""
    hdr = outlook_quote("tr", "Jonas Meier <jonas.meier@buyer.example>", "4 Şubat 2027 Perşembe 11:05",
                        "satis@egepirinc.example", req_subject(po))
    m = send_reply(po, ("Elif Yıldız", SUP_EGE[2]), T("2027-02-09 11:05:12", "+0300"), "outlook", top, SIG_EGE,
                   "outlook", hdr, prefix_subj="YNT: ", lang="tr-TR", slug=slug, charset="windows-1254")
    exp = EXP("confirmation",
              "Line 3: price 5,15 EUR and delivery 26.03.2027. Line 4 production stopped -> rejected.",
              conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(500, "5.15", "2027-03-26"), 4: R}))
    return [po], m, exp


SUP_HMC = ("HELLASMAR", "Hellas Marine Coatings A.E.", "sales@hellasmarine.example", "el-GR")
SIG_HMC = """Με εκτίμηση,

Νίκος Παπαδόπουλος
Τμήμα Πωλήσεων
Hellas Marine Coatings A.E.
Λεωφ. Σχιστού 112, 18863 Πέραμα
Τηλ. +30 210 400 1234
ΑΦΜ 094123456 – ΓΕΜΗ 123456701000"""


@case("marine-paint-gr-adr-separate", "confirmation", "el-GR",
      "marine coatings: Greek (windows-1253), weekday + month names in Greek, dangerous-goods line shipped separately")
def c_gr(slug):
    po = mk_po("4500081960", SUP_HMC, "anna", "EUR", "2027-02-05", [
        ("HMC-AF-RED-20", "Antifouling self-polishing, red, 20 L", 30, "EA", "312.00", "2027-03-05"),
        ("HMC-EP-PRIMER-20", "Epoxy primer 2K, grey, 20 L kit", 24, "EA", "268.00", "2027-03-05"),
        ("HMC-THIN-05", "Thinner No. 5, 5 L", 40, "EA", "21.50", "2027-03-05"),
    ])
    top = """Αγαπητή κα Berg,

Σας ευχαριστούμε για την παραγγελία σας 4500081960. Επιβεβαιώνουμε:

1. Αντιρρυπαντικό κόκκινο 20 L: 30 τεμ. x 312,00 €
2. Εποξικό αστάρι 2K γκρι 20 L: 24 τεμ. x 268,00 €
3. Διαλυτικό Νο 5, 5 L: 40 τεμ. x 21,50 €

Ημερομηνία παράδοσης: Παρασκευή 5 Μαρτίου για τα είδη 1 και 2.
Το διαλυτικό είναι επικίνδυνο φορτίο (ADR) και αποστέλλεται ξεχωριστά, με παράδοση την Τρίτη 9 Μαρτίου."""
    hdr = outlook_quote("el", "Anna Berg <anna.berg@buyer.example>", "Παρασκευή, 5 Φεβρουαρίου 2027 1:40 μμ",
                        "sales@hellasmarine.example", req_subject(po))
    m = send_reply(po, ("Νίκος Παπαδόπουλος", SUP_HMC[2]), T("2027-02-08 13:18:30", "+0200"), "outlook", top, SIG_HMC,
                   "outlook", hdr, prefix_subj="ΑΠ: ", charset="windows-1253", lang="el-GR", slug=slug)
    exp = EXP("confirmation",
              "Παρασκευή 5 Μαρτίου = Friday 2027-03-05 = need-by for lines 1-2. Thinner (ADR) delivered Τρίτη 9 Μαρτίου = "
              "Tuesday 2027-03-09.",
              conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(40, "21.50", D("2027-03-09", "Tue"))}))
    return [po], m, exp


SUP_TG = ("TECHNOGAZ", "Техногаз ЕООД", "office@technogas-bg.example", "bg-BG")
SIG_TG = """Поздрави,
Георги Димитров
Търговски отдел
Техногаз ЕООД
гр. Пловдив 4003, бул. „Васил Априлов“ 58
тел.: +359 32 641 230, моб.: +359 888 412 330
ЕИК 115123456"""


@case("gases-bg-cyrillic-earlier-date", "confirmation", "bg-BG",
      "industrial gases: Bulgarian Cyrillic (windows-1251), Thunderbird quote, all lines one day earlier than need-by")
def c_bg(slug):
    po = mk_po("4500081982", SUP_TG, "tomasz", "EUR", "2027-02-05", [
        ("O2-40L", "Кислород технически, бутилка 40 л, 150 бара", 30, "PCS", "28.50", "2027-02-19"),
        ("C2H2-40L", "Ацетилен разтворен, бутилка 40 л", 10, "PCS", "64.00", "2027-02-19"),
        ("N2-50L", "Азот 5.0, бутилка 50 л", 12, "PCS", "41.00", "2027-02-19"),
    ])
    top = """Здравейте г-н Войчик,

Потвърждаваме поръчка № 4500081982, както следва:

1. Кислород технически 40 л – 30 бр. по 28,50 EUR
2. Ацетилен 40 л – 10 бр. по 64,00 EUR
3. Азот 5.0 50 л – 12 бр. по 41,00 EUR

Доставка: 18.02.2027 г. (четвъртък) с наш транспорт.

Празните бутилки се връщат при следващата доставка."""
    hdr = "На 5.02.2027 г. в 12:40 ч., Tomasz Wojcik написа:"
    m = send_reply(po, ("Георги Димитров", SUP_TG[2]), T("2027-02-09 10:02:16", "+0200"), "thunderbird", top, SIG_TG,
                   "tb", hdr, prefix_subj="Re: ", charset="windows-1251", cte="8bit", html=False, slug=slug)
    exp = EXP("confirmation",
              "Delivery 18.02.2027 (Thursday) for all lines, one day before the need-by 2027-02-19 -> changed (date differs).",
              conf(po, {1: C(30, "28.50", D("2027-02-18", "Thu")), 2: C(10, "64.00", "2027-02-18"),
                        3: C(12, "41.00", "2027-02-18")}))
    return [po], m, exp


SUP_KZ = ("KERZAGORJE", "Keramika Zagorje d.o.o.", "prodaja@keramika-zagorje.example", "hr-HR")
SIG_KZ = """Lijep pozdrav,

Ivana Horvat
Prodaja – Key Account
Keramika Zagorje d.o.o.
Zagrebačka 120, 49210 Zabok
Tel: +385 49 221 450 | Mob: +385 91 234 5678
OIB: 12345678901"""


@case("tiles-hr-full-pallets-m2", "confirmation", "hr-HR",
      "ceramics: tiles in m², only full pallets -> 115,20 m² (decimal quantity), Croatian month name 'ožujka'")
def c_hr(slug):
    po = mk_po("4500082004", SUP_KZ, "marco", "EUR", "2027-02-08", [
        ("KZ-GRES-60x60-GR", "Gres porculan 60x60 cm, siva, R10", 100, "M2", "18.40", "2027-03-12"),
        ("KZ-ZID-30x60-BI", "Zidna pločica 30x60 cm, bijela sjajna", 85, "M2", "14.90", "2027-03-12"),
        ("KZ-LJEP-C2TE", "Ljepilo za pločice C2TE, vreća 25 kg", 40, "BAG", "11.20", "2027-03-12"),
    ])
    top = """Poštovani gospodine Rossi,

zahvaljujemo na narudžbi 4500082004. Potvrđujemo:

1. Gres 60x60 siva R10 – isporučujemo samo pune palete (57,60 m2 po paleti), dakle 2 palete = 115,20 m2 po 18,40 EUR/m2
2. Zidna 30x60 bijela – 85 m2 po 14,90 EUR/m2 (jedna puna i jedna djelomična paleta, u redu)
3. Ljepilo C2TE 25 kg – 40 vreća po 11,20 EUR

Isporuka: petak, 12. ožujka 2027."""
    hdr = "pon, 8. velj 2027. u 15:20 Marco Rossi <marco.rossi@buyer.example> napisao je:"
    m = send_reply(po, ("Ivana Horvat", SUP_KZ[2]), T("2027-02-10 08:45:03"), "gmail", top, SIG_KZ,
                   "gmail", hdr, prefix_subj="Re: ", slug=slug)
    exp = EXP("confirmation",
              "Line 1 rounded up to 2 full pallets = 115.2 m2 (decimal quantity). 12. ožujka 2027 = Friday 2027-03-12 = need-by.",
              conf(po, {1: C(115.2, "18.40", D("2027-03-12", "Fri")), 2: A(po, 2), 3: A(po, 3)}))
    return [po], m, exp


SUP_KS = ("KARTSAV", "Kartonaža Savinja d.o.o.", "prodaja@kartonaza-savinja.example", "sl-SI")
SIG_KS = """Lep pozdrav,

Mojca Kranjc
Prodaja
Kartonaža Savinja d.o.o.
Cesta v Trnovlje 10, 3000 Celje
T: +386 3 425 66 10
ID za DDV: SI12345678
Družba je vpisana v sodni register pri Okrožnem sodišču v Celju."""


@case("pharma-cartons-si-per-1000-tolerance", "confirmation", "sl-SI",
      "pharma folding cartons: price EUR/1000 kos, ±10 % print tolerance, proof-approval condition, one line later")
def c_si(slug):
    po = mk_po("4500082027", SUP_KS, "ines", "EUR", "2027-02-08", [
        ("FC-PH-BLIST-A", "Zložljiva škatla za blister A, tisk 4+0, GC1 300 g", 10000, "PCS", "0.085", "2027-03-15"),
        ("FC-PH-BLIST-B", "Zložljiva škatla za blister B, tisk 5+0 + lak", 6000, "PCS", "0.112", "2027-03-15"),
        ("LEAF-A5-PH", "Navodilo za uporabo A5, zloženo na 8", 16000, "PCS", "0.019", "2027-03-15"),
    ])
    top = """Spoštovana ga. Vermeulen,

hvala za naročilo št. 4500082027, ki ga potrjujemo:

poz. 1 – zložljiva škatla A: 10.000 kos ± 10 % (tiskarska toleranca), cena 85,00 EUR/1000 kos, dobava 15. 3. 2027
poz. 2 – zložljiva škatla B: 6.000 kos ± 10 %, cena 112,00 EUR/1000 kos, dobava 15. 3. 2027
poz. 3 – navodila A5: 16.000 kos, cena 19,00 EUR/1000 kos, dobava 19. 3. 2027 (papir prihaja z zamudo)

Prosimo, da nam do 19. 2. pošljete odobritev digitalnih odtisov (PDF proof), sicer se rok dobave ustrezno zamakne."""
    hdr = outlook_quote("sl", "Ines Vermeulen <ines.vermeulen@buyer.example>", "ponedeljek, 8. februar 2027 16:02",
                        "prodaja@kartonaza-savinja.example", req_subject(po))
    m = send_reply(po, ("Mojca Kranjc", SUP_KS[2]), T("2027-02-11 14:30:45"), "outlook", top, SIG_KS,
                   "outlook", hdr, lang="sl-SI", slug=slug, charset="windows-1250")
    exp = EXP("confirmation",
              "Prices per 1000: 85,00 -> 0.085, 112,00 -> 0.112, 19,00 -> 0.019 (all as PO). The ±10 % print tolerance is a "
              "trade custom, the confirmed quantity stays 10 000 / 6 000. Line 3 delivery 2027-03-19. Dates stand as given; "
              "the proof-approval condition is the buyer's to meet.",
              conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(16000, "0.019", "2027-03-19")}))
    return [po], m, exp


SUP_DC = ("DATACOMP", "Datacomp Trnava s.r.o.", "obchod@datacomp-tt.example", "sk-SK")


@case("it-network-sk-iphone-no-diacritics", "confirmation", "sk-SK",
      "IT hardware: Slovak typed on a phone without diacritics; ship Wednesday 17.2., delivery Friday 19.2. = need-by")
def c_sk(slug):
    po = mk_po("4500082051", SUP_DC, "tomasz", "EUR", "2027-02-09", [
        ("SW-CBS250-24P", "Switch Cisco CBS250-24P-4G", 6, "PCS", "389.00", "2027-02-19"),
        ("UPS-APC-1500", "UPS APC Smart-UPS 1500VA LCD 230V", 4, "PCS", "612.00", "2027-02-19"),
        ("CAB-CAT6-305", "Kabel U/UTP Cat6, box 305 m", 10, "BOX", "86.00", "2027-02-19"),
    ])
    plain = """Dobry den pan Wojcik,

potvrdzujem objednavku 4500082051, vsetko mame skladom okrem UPS - tie budu u nas az v stredu 17.2. ale to je stale pred vasim terminom. Takze vsetko posleme spolu v stredu 17.2. kurierom a u vas to budete mat v piatok 19.2.
Ceny podla objednavky.

S pozdravom
Peter Hudec
Datacomp Trnava

Odoslané z iPhonu

> Dňa 9. 2. 2027 o 11:02 používateľ Tomasz Wojcik <tomasz.wojcik@buyer.example> napísal:
>
""" + prefix(po_request_text(po))
    m = textpart(plain, "plain", "utf-8", "qp")
    m = finish(m, ("Peter Hudec", SUP_DC[2]), [buyer_addr(po)], "Re: " + req_subject(po), T("2027-02-10 18:52:11"),
               "iphone", slug, irt=po["request_message_id"], refs=[po["request_message_id"]])
    exp = EXP("confirmation",
              "Ship date Wednesday 17.2. but delivery 'v piatok 19.2.' is also given; delivery wins = 2027-02-19 = need-by, "
              "prices as ordered -> all accepted.",
              conf(po, {1: A(po, 1), 2: A(po, 2), 3: A(po, 3)}))
    return [po], m, exp


SUP_BD = ("BALTDURPES", "UAB Baltijos durpės", "pardavimai@baltijosdurpes.example", "lt-LT")
SIG_BD = """Pagarbiai
Rasa Petrauskienė
Pardavimų vadybininkė
UAB „Baltijos durpės“
Pramonės g. 15, LT-94102 Klaipėda
Tel. +370 46 312 456, mob. +370 612 34567
Įmonės kodas 301234567, PVM mokėtojo kodas LT100001234567"""


@case("peat-lt-pallet-rounddown", "confirmation", "lt-LT",
      "garden substrate: Lithuanian, pallets of 36 bags -> 396 instead of 400 (round down), 'kovo 10 d.'")
def c_lt(slug):
    po = mk_po("4500082078", SUP_BD, "sofia", "EUR", "2027-02-10", [
        ("BD-SUBS-250L", "Durpių substratas 250 L, pH 5,5-6,5, su NPK", 400, "BAG", "6.90", "2027-03-10"),
        ("BD-BB-6M3", "Durpės big bale 6 m3, frakcija 0-40 mm", 12, "PCS", "198.00", "2027-03-10"),
    ])
    top = """Laba diena,

dėkojame už užsakymą Nr. 4500082078. Patvirtiname:

1. Durpių substratas 250 L – kraunama paletėmis po 36 maišus, todėl siunčiame 11 padėklų = 396 maišai po 6,90 EUR (tiek telpa į vieną sunkvežimį kartu su big bale).
2. Big bale 6 m3 – 12 vnt. po 198,00 EUR.

Pristatymas: kovo 10 d. (trečiadienis)."""
    hdr = outlook_quote("lt", "Sofia Lindqvist <sofia.lindqvist@buyer.example>", "2027 m. vasario 10 d., trečiadienis 09:12",
                        "pardavimai@baltijosdurpes.example", req_subject(po))
    m = send_reply(po, ("Rasa Petrauskienė", SUP_BD[2]), T("2027-02-11 10:10:38", "+0200"), "outlook", top, SIG_BD,
                   "outlook", hdr, lang="lt-LT", slug=slug, charset="windows-1257")
    exp = EXP("confirmation",
              "Line 1 rounded DOWN to full pallets: 11 x 36 = 396 bags. 'kovo 10 d.' without year after a February mail = "
              "2027-03-10 (Wednesday) = need-by.",
              conf(po, {1: C(396, "6.90", D("2027-03-10", "Wed")), 2: A(po, 2)}))
    return [po], m, exp


SUP_SM = ("STIKLAMEIST", "SIA Stikla Meistari", "pasutijumi@stiklameistari.example", "lv-LV")
SIG_SM = """Ar cieņu,
Jānis Ozoliņš
Pārdošanas vadītājs
SIA "Stikla Meistari"
Rūpniecības iela 22, Jelgava, LV-3001
Tālr. +371 63 012 345
Reģ. Nr. 40003123456"""


@case("glass-shelves-lv-furnace-delay", "confirmation", "lv-LV",
      "glass: Latvian long date form '2027. gada 12. martā', tempering furnace repair delays one line")
def c_lv(slug):
    po = mk_po("4500082099", SUP_SM, "anna", "EUR", "2027-02-10", [
        ("SM-SHELF-8-600", "Rūdīta stikla plaukts 8 mm, 600x300, pulētas malas", 200, "PCS", "9.80", "2027-03-12"),
        ("SM-SHELF-8-900", "Rūdīta stikla plaukts 8 mm, 900x300, pulētas malas", 120, "PCS", "13.60", "2027-03-12"),
        ("SM-DOOR-6-CLR", "Stikla durvis vitrīnai 6 mm, 400x1200, caurumi eņģēm", 40, "PCS", "42.00", "2027-03-12"),
    ])
    top = """Labdien, Berg kundze!

Paldies par pasūtījumu Nr. 4500082099. Apstiprinām:

1. Plaukts 8 mm 600x300 – 200 gab. à 9,80 EUR, piegāde 2027. gada 12. martā
2. Plaukts 8 mm 900x300 – 120 gab. à 13,60 EUR, piegāde 2027. gada 12. martā
3. Vitrīnas durvis 400x1200 – rūdīšanas krāsns remonta dēļ varam piegādāt tikai 2027. gada 26. martā, cena 42,00 EUR."""
    hdr = outlook_quote("lv", "Anna Berg <anna.berg@buyer.example>", "trešdiena, 2027. gada 10. februāris 11:48",
                        "pasutijumi@stiklameistari.example", req_subject(po))
    m = send_reply(po, ("Jānis Ozoliņš", SUP_SM[2]), T("2027-02-15 09:05:57", "+0200"), "outlook", top, SIG_SM,
                   "outlook", hdr, lang="lv-LV", slug=slug)
    exp = EXP("confirmation", "Line 3 delivery only on 2027-03-26; other lines as ordered.",
              conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(40, "42.00", "2027-03-26")}))
    return [po], m, exp


SUP_EK = ("ELTEKKOOST", "Eltek Koost OÜ", "muuk@eltekkoost.example", "et-EE")
SIG_EK = """Lugupidamisega
Kadri Tamm
Müügijuht
Eltek Koost OÜ
Väike-Paala 2, 11415 Tallinn
Tel +372 605 4411, mob +372 5123 4567
Reg. kood 12345678, KMKR EE101234567"""


@case("pcba-ee-nadal-full", "confirmation", "et-EE",
      "PCB assembly: Estonian 'tarne nädal 11' = Friday of week 11 = need-by; component lead-time note is noise")
def c_ee(slug):
    po = mk_po("4500082120", SUP_EK, "jonas", "EUR", "2027-02-11", [
        ("BW-IOB-R1", "PCBA I/O board Rev 1, incl. components", 150, "PCS", "42.80", "2027-03-19"),
        ("BW-IOB-R1-TEST", "Functional test + conformal coating", 150, "PCS", "3.50", "2027-03-19"),
    ])
    top = """Tere, Jonas!

Täname tellimuse 4500082120 eest. Kinnitame:

1. PCBA I/O plaat Rev 1 – 150 tk à 42,80 EUR – tarne nädal 11
2. Funktsionaalne test + kaitselakk – 150 tk à 3,50 EUR – tarne nädal 11

NB! Positsioonis U7 (TPS62133RGTR) on tootja tarneaeg praegu 18 nädalat; kasutame laos olevat komponenti, mida jätkub täpselt 150 plaadi jaoks. Järgmise tellimuse puhul palun arvestada pikema tarneajaga."""
    hdr = outlook_quote("et", "Jonas Meier <jonas.meier@buyer.example>", "neljapäev, 11. veebruar 2027 13:30",
                        "muuk@eltekkoost.example", req_subject(po))
    m = send_reply(po, ("Kadri Tamm", SUP_EK[2]), T("2027-02-15 16:40:02", "+0200"), "outlook", top, SIG_EK,
                   "outlook", hdr, lang="et-EE", slug=slug)
    exp = EXP("confirmation",
              "'tarne nädal 11' = Friday of ISO week 11 = 2027-03-19 = need-by. The 18-week lead time concerns future orders.",
              conf(po, {1: A(po, 1), 2: A(po, 2)}))
    return [po], m, exp


SUP_VA = ("VIDATLANT", "Vidraria Atlântica, Lda.", "encomendas@vidrariaatlantica.example", "pt-PT")
SIG_VA = """Com os melhores cumprimentos,

Rui Carvalho
Departamento Comercial
Vidraria Atlântica, Lda.
Zona Industrial da Marinha Grande, Lote 14, 2430-028 Marinha Grande
Tel.: +351 244 570 210
NIPC 502 345 678 | Capital social 250.000,00 €"""


@case("cosmetic-jars-pt-milheiro", "confirmation", "pt-PT",
      "cosmetics glass: European Portuguese, prices '€/milheiro' (per thousand), full pallets matching qty, cork line later")
def c_pt(slug):
    po = mk_po("4500082144", SUP_VA, "ines", "EUR", "2027-02-11", [
        ("VA-JAR-50-FLINT", "Frasco vidro 50 ml, flint, boca 53 mm", 24000, "PCS", "0.168", "2027-03-22"),
        ("VA-LID-53-ALU", "Tampa alumínio 53 mm com vedante", 24000, "PCS", "0.074", "2027-03-22"),
        ("VA-CORK-18", "Rolha de cortiça natural 18 mm, para frasco 30 ml", 10000, "PCS", "0.092", "2027-03-22"),
    ])
    top = """Exma. Sra. Ines Vermeulen,

Agradecemos a V. encomenda n.º 4500082144, que confirmamos nos seguintes termos:

- Frascos 50 ml flint: 24 000 un. — o nosso fornecimento é feito em paletes completas de 4 800 un., pelo que as 24 000 un. correspondem a 5 paletes. Preço: 168,00 €/milheiro. Entrega a 22 de março.
- Tampas de alumínio 53 mm: 24 000 un. a 74,00 €/milheiro, entrega a 22 de março.
- Rolhas de cortiça 18 mm: 10 000 un. a 0,092 €/un., entrega a 5 de abril (segunda-feira).

Ficamos ao dispor para qualquer esclarecimento."""
    hdr = outlook_quote("pt-PT", "Ines Vermeulen <ines.vermeulen@buyer.example>", "11 de fevereiro de 2027 17:26",
                        "encomendas@vidrariaatlantica.example", req_subject(po))
    m = send_reply(po, ("Rui Carvalho", SUP_VA[2]), T("2027-02-16 10:25:14", "+0000"), "outlook", top, SIG_VA,
                   "outlook", hdr, prefix_subj="RE: ", lang="pt-PT", slug=slug)
    exp = EXP("confirmation",
              "€/milheiro = per thousand: 168,00 -> 0.168, 74,00 -> 0.074. 24 000 = 5 full pallets, no change. Corks 5 de abril "
              "= Monday 2027-04-05.",
              conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(10000, "0.092", D("2027-04-05", "Mon"))}))
    return [po], m, exp


SUP_RA = ("RIEGOANDINO", "Riego Andino SpA", "ventas@riegoandino.example", "es-CL")
SIG_RA = """Saludos,
Felipe Muñoz
Ejecutivo Comercial
Riego Andino SpA
Ruta 5 Sur Km 86, Rancagua
+56 9 8765 4321
RUT 76.543.210-K"""
ADDR_CL = ["Dirección de despacho: Brightwater Chile SpA, Bodega 4,",
           "Camino a Nos 1850, San Bernardo, Región Metropolitana"]


@case("irrigation-cl-clp-split-despacho", "confirmation", "es-CL",
      "agri irrigation: Chilean pesos with dot thousands ($41.200), PE price rise, split dispatch, 'lunes 8 de marzo'")
def c_cl(slug):
    po = mk_po("PO-CL-27-0019", SUP_RA, "daniel", "CLP", "2027-02-12", [
        ("RA-CINTA-16-20", "Cinta de riego 16 mm, goteros cada 20 cm, rollo 2.500 m", 40, "ROLL", "89900", "2027-03-08"),
        ("RA-MANG-PE-32", "Manguera PE 32 mm PN6, rollo 100 m", 25, "ROLL", "38500", "2027-03-08"),
        ("RA-FILT-2-120", 'Filtro de anillas 2" 120 mesh', 10, "PCS", "74900", "2027-03-08"),
    ])
    top = """Hola Daniel, ¿cómo estás?

Te confirmo la OC PO-CL-27-0019:

- Cinta de riego 16 mm c/20 cm: 40 rollos a $89.900 + IVA
- Manguera PE 32 mm PN6: 25 rollos a $41.200 + IVA (subió el polietileno, lo siento)
- Filtro de anillas 2": tenemos 6 en stock que van con el resto; los otros 4 llegan en la importación y te los despacho el lunes 22 de marzo, mismo precio $74.900.

Despacho el lunes 8 de marzo por Starken a su bodega de San Bernardo.

Cualquier cosa me avisas."""
    hdr = "El vie, 12 feb 2027 a las 10:33, Daniel Okafor (<daniel.okafor@buyer.example>) escribió:"
    m = send_reply(po, ("Felipe Muñoz", SUP_RA[2]), T("2027-02-15 12:10:09", "-0300"), "gmail", top, SIG_RA,
                   "gmail", hdr, prefix_subj="Re: ", quoted=po_request_text(po, address=ADDR_CL), slug=slug)
    exp = EXP("confirmation",
              "Chilean '$' = CLP, '.' is the thousands separator ($41.200 = 41200). Dispatch (ship) dates only: lunes 8 de marzo "
              "= 2027-03-08 = need-by. Filters split 6 (03-08) + 4 (lunes 22 de marzo = 2027-03-22).",
              conf(po, {1: A(po, 1), 2: C(25, "41200", D("2027-03-08", "Mon")),
                        3: C(10, "74900", D("2027-03-22", "Mon"), [(6, "2027-03-08"), (4, "2027-03-22")])}))
    return [po], m, exp


SUP_CT = ("CLIMATECH", "Distributions Climatech inc.", "commandes@climatech.example", "fr-CA")
SIG_CT = """Marc-André Tremblay
Représentant aux ventes internes
Distributions Climatech inc.
2450, boul. Industriel, Laval (Québec) H7S 2G3
Tél. : 450 555-0148, poste 223
NEQ 1145678901

AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.
CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it in error, please notify the sender and delete it."""
ADDR_CA = ["Delivery address: Brightwater Canada Ltd., 1800 rue Sainte-Catherine Ouest,",
           "Montréal (Québec) H3H 1M1"]


@case("hvac-qc-backorder-open", "confirmation", "fr-CA",
      "HVAC: Québec French, '1 245,00 $' CAD, thermostat back-ordered with no date -> unconfirmed; bilingual disclaimer")
def c_qc(slug):
    po = mk_po("PO-CA-27-0077", SUP_CT, "claire", "CAD", "2027-02-12", [
        ("CT-HRV-200", "Échangeur d'air VRC 200 pcm", 6, "PCS", "1245.00", "2027-02-25"),
        ("CT-DUCT-6-25", "Conduit flexible isolé 6 po x 25 pi", 30, "PCS", "58.75", "2027-02-25"),
        ("CT-THERM-WIFI", "Thermostat Wi-Fi 240 V pour plinthes", 40, "PCS", "89.95", "2027-02-25"),
    ])
    top = """Bonjour Mme Dubois,

Merci pour votre commande. Voici notre confirmation pour le bon de commande PO-CA-27-0077 :

Ligne 1 – VRC 200 pcm : 6 unités à 1 245,00 $ — livraison le jeudi 25 février
Ligne 2 – Conduit flexible isolé 6 po x 25 pi : 30 à 58,75 $ — livraison le jeudi 25 février
Ligne 3 – Thermostat Wi-Fi : en rupture chez le manufacturier, on vous revient avec une date dès qu'on l'a.

Bonne journée!"""
    hdr = outlook_quote("fr", "Claire Dubois <claire.dubois@buyer.example>", "12 février 2027 08:15",
                        "commandes@climatech.example", req_subject(po))
    m = send_reply(po, ("Marc-André Tremblay", SUP_CT[2]), T("2027-02-16 09:12:27", "-0500"), "outlook", top, SIG_CT,
                   "outlook", hdr, prefix_subj="RE : ", quoted=po_request_text(po, address=ADDR_CA), lang="fr-CA", slug=slug)
    exp = EXP("confirmation",
              "Jeudi 25 février = Thursday 2027-02-25 = need-by for lines 1-2. Line 3 back-ordered, date to follow -> unconfirmed.",
              conf(po, {1: A(po, 1), 2: A(po, 2), 3: U}))
    return [po], m, exp


SUP_KT = ("KABELTECH", "Kabel-Tech Sp. z o.o.", "export@kabeltech.example", "pl-PL")


@case("harness-pl-english-one-of-two-pos", "confirmation", "pl-PL",
      "cable harnesses: non-native English, two open POs, reply confirms one and only mentions the other (left out)")
def c_pl_two(slug):
    po_a = mk_po("4500082160", SUP_KT, "tomasz", "EUR", "2027-02-12", [
        ("KT-HARN-M12-5", "Cable harness M12 5-pin, 2 m, PUR", 400, "PCS", "7.45", "2027-03-19"),
        ("KT-HARN-M12-8", "Cable harness M12 8-pin, 5 m, PUR", 200, "PCS", "12.90", "2027-03-19"),
    ])
    po_b = mk_po("4500082171", SUP_KT, "tomasz", "EUR", "2027-02-15", [
        ("KT-PWR-3G15-3M", "Power cable H07RN-F 3G1.5, cut 3 m, with ferrules", 600, "PCS", "4.10", "2027-03-26"),
    ])
    top = """Dear Mr. Tomasz,

Thank you for your order. We confirm order 4500082160 as below:

pos. 1 - harness M12 5-pin 2m - 400 pcs - 7,45 EUR - delivery 19.03.2027
pos. 2 - harness M12 8-pin 5m - 200 pcs - 13,20 EUR - delivery 26.03.2027, the price is changed because copper price is higher since January, sorry for this.

About your second order 4500082171 for power cables - we are checking with our production planning and will send confirmation on Friday."""
    sig = """Best regards
Agnieszka Wróbel
Export Sales Specialist
Kabel-Tech Sp. z o.o.
ul. Fabryczna 8, 58-100 Świdnica, Poland
tel. +48 74 852 30 10
NIP: PL8842345678"""
    hdr = outlook_quote("pl", "Tomasz Wojcik <tomasz.wojcik@buyer.example>", "piątek, 12 lutego 2027 14:51",
                        "export@kabeltech.example", req_subject(po_a))
    m = send_reply(po_a, ("Agnieszka Wróbel", SUP_KT[2]), T("2027-02-17 08:20:36"), "outlook", top, sig,
                   "outlook", hdr, lang="pl-PL", slug=slug, charset="iso-8859-2")
    exp = EXP("confirmation",
              "Only PO 4500082160 is answered. Line 2 price 13,20 and delivery 26.03.2027. PO 4500082171 is only mentioned "
              "('will send confirmation on Friday') and is left out.",
              conf(po_a, {1: A(po_a, 1), 2: C(200, "13.20", "2027-03-26")}))
    return [po_a, po_b], m, exp


SUP_JH = ("JINHAIGAS", "Ningbo Jinhai Gas Equipment Co., Ltd.", "sales03@jinhaigas.example", "zh-CN")


@case("gas-valves-cn-english-etd-eta", "confirmation", "zh-CN",
      "gas equipment: Chinese exporter English ('Well received', 'Pls'), ETD + ETA -> ETA is the delivery date; PI to follow")
def c_cn_en(slug):
    po = mk_po("PO-27-00561", SUP_JH, "daniel", "USD", "2027-02-16", [
        ("JH-QF-2-W21.8", "Cylinder valve QF-2, W21.8 outlet, brass", 2000, "PCS", "6.40", "2027-04-23"),
        ("JH-REG-AR-2G", "Argon regulator with 2 gauges, 0-30 l/min", 300, "PCS", "14.80", "2027-04-23"),
        ("JH-CAP-ISO", "Cylinder valve protection cap, ISO 11117, steel", 2000, "PCS", "2.15", "2027-04-23"),
    ])
    top = """Dear Daniel,

Good day!

Well received your PO No.PO-27-00561 with thanks. Pls check our confirmation as below:

1. Cylinder valve QF-2 W21.8: 2000pcs, USD6.40/pc, OK
2. Argon regulator 2 gauges: 300pcs, USD14.80/pc, OK
3. Protection cap ISO11117: 2000pcs, USD2.15/pc, OK

ETD Ningbo: Mar.12, 2027
ETA Rotterdam: Apr.19, 2027 (by sea, CFR Rotterdam)

The PI will be sent to you later for your signature. Hope everything goes well!"""
    sig = """Best regards
Cindy Zhou
Sales Manager
Ningbo Jinhai Gas Equipment Co., Ltd.
Add: No. 88 Jinhai Road, Beilun District, Ningbo, Zhejiang, China
Tel: 0086-574-8612 3456  Mob/WhatsApp/Wechat: 0086-139 5741 2233"""
    hdr = """------------------&nbsp;Original&nbsp;------------------
From: "Daniel Okafor"<daniel.okafor@buyer.example>;
Date: Tue, Feb 16, 2027 05:11 PM
To: "sales03"<sales03@jinhaigas.example>;
Subject: Purchase order PO-27-00561 - please confirm""".replace("&nbsp;", " ")
    m = send_reply(po, ("Cindy Zhou", SUP_JH[2]), T("2027-02-18 09:30:55", "+0800"), "foxmail", top, sig,
                   "outlook", hdr, prefix_subj="Re:", slug=slug, cte="b64")
    exp = EXP("confirmation",
              "Quantities and prices as ordered. ETA Rotterdam Apr.19, 2027 is the delivery date and wins over ETD -> 2027-04-19 "
              "for all lines (differs from need-by 04-23, so changed). The PI to follow does not make it unconfirmed.",
              conf(po, {1: C(2000, "6.40", "2027-04-19"), 2: C(300, "14.80", "2027-04-19"), 3: C(2000, "2.15", "2027-04-19")}))
    return [po], m, exp


SUP_BOEHM = ("BOEHM-LNT", "Luftfahrt-Normteile Böhm GmbH", "auftrag@boehm-lnt.example", "de-DE")
SIG_BOEHM = """Mit freundlichen Grüßen

i. A. Stefan Wagner
Vertriebsinnendienst

Luftfahrt-Normteile Böhm GmbH
Am Flugfeld 7, 88046 Friedrichshafen
Tel. +49 7541 3890-214 | Fax -299
Geschäftsführer: Dr. Klaus Böhm | Amtsgericht Ulm HRB 631245
Zertifiziert nach EN 9100:2018 / EN 9120:2018"""


@case("aero-lotus-po-spaced-two-open", "confirmation", "de-DE",
      "aerospace fasteners: Lotus Notes reply, PO written '45 0008 2190', 3.1 certs, KW dates; second open PO untouched")
def c_lotus(slug):
    po_a = mk_po("4500082190", SUP_BOEHM, "lena", "EUR", "2027-02-15", [
        ("LN9037-M5x12", "Schraube LN 9037 M5x12, Titan", 400, "PCS", "3.85", "2027-03-26"),
        ("EN6115V3-8", "Schraube EN6115V3-8", 800, "PCS", "1.62", "2027-03-26"),
        ("NAS1291C3", "Mutter NAS1291C3, Low-Height, selbstsichernd", 1200, "PCS", "0.74", "2027-03-26"),
    ])
    po_b = mk_po("4500082204", SUP_BOEHM, "lena", "EUR", "2027-02-16", [
        ("ASNA2531-3", "Blindniete ASNA2531-3", 5000, "PCS", "0.21", "2027-04-09"),
    ])
    top = """Sehr geehrte Frau Hoffmann,

hiermit bestätigen wir Ihre Bestellung Nr. 45 0008 2190 vom 15.02.2027:

Pos. 1   LN 9037 M5x12 Ti      400 St.    3,85 €/St.   Liefertermin KW 12
Pos. 2   EN6115V3-8            800 St.    1,62 €/St.   Liefertermin KW 12
Pos. 3   NAS1291C3           1.200 St.    0,74 €/St.   Liefertermin KW 14

Alle Teile werden mit Abnahmeprüfzeugnis 3.1 nach EN 10204 sowie Konformitätserklärung (CoC) geliefert. Den Erstmusterprüfbericht (FAI nach EN 9102) erhalten Sie mit der ersten Lieferung."""
    quoted = ("Lena Hoffmann <lena.hoffmann@buyer.example> schrieb am 15.02.2027 10:12:16:\n\n" +
              prefix("Von: Lena Hoffmann <lena.hoffmann@buyer.example>\nAn: auftrag@boehm-lnt.example\n"
                     "Datum: 15.02.2027 10:12\nBetreff: " + req_subject(po_a) + "\n\n" + po_request_text(po_a)))
    plain = top + "\n\n" + SIG_BOEHM + "\n\n\n" + quoted
    m = textpart(plain, "plain", "iso-8859-15", "qp")
    m = finish(m, ("Stefan Wagner", SUP_BOEHM[2]), [buyer_addr(po_a)], "Antwort: " + req_subject(po_a),
               T("2027-02-18 15:47:03"), "lotus", slug, irt=po_a["request_message_id"], refs=[po_a["request_message_id"]],
               hdr_charset="iso-8859-15")
    exp = EXP("confirmation",
              "PO number written with spaces. KW 12 = Friday 2027-03-26 = need-by; KW 14 = 2027-04-09 for line 3. "
              "The second open PO 4500082204 is not mentioned -> not in confirmations.",
              conf(po_a, {1: A(po_a, 1), 2: A(po_a, 2), 3: C(1200, "0.74", KW(2027, 14))}))
    return [po_a, po_b], m, exp


SUP_SIL = ("SILEVANTE", "Suministros Informáticos Levante S.L.", "pedidos@silevante.example", "es-ES")


@case("label-printers-es-html-only-table", "confirmation", "es-ES",
      "IT hardware: HTML-only mail (windows-1252) with the confirmation as an HTML table; one line new price + later date")
def c_es_html(slug):
    po = mk_po("4500082230", SUP_SIL, "marco", "EUR", "2027-02-17", [
        ("ZEB-ZD421T", "Impresora etiquetas Zebra ZD421t 203 dpi", 8, "PCS", "412.00", "2027-03-05"),
        ("ZEB-LBL-100x150", "Etiqueta térmica 100x150 mm, rollo 500", 200, "ROLL", "6.35", "2027-03-05"),
        ("ZEB-RIB-110x74", "Ribbon cera 110 mm x 74 m", 100, "ROLL", "3.90", "2027-03-05"),
        ("HON-1950G", "Lector Honeywell Xenon 1950g USB", 12, "PCS", "198.00", "2027-03-05"),
    ])
    rows = [("1", "Zebra ZD421t 203 dpi", "8 uds.", "412,00 €", "05/03/2027"),
            ("2", "Etiqueta térmica 100x150 (rollo 500)", "200 rollos", "6,35 €", "05/03/2027"),
            ("3", "Ribbon cera 110x74", "100 rollos", "3,90 €", "05/03/2027"),
            ("4", "Honeywell Xenon 1950g USB", "12 uds.", "205,00 €", "12/03/2027")]
    tr = "\n".join("<tr>" + "".join("<td style='border:solid #BFBFBF 1.0pt;padding:2pt 6pt'><p class=MsoNormal>%s</p></td>" % htmlmod.escape(c) for c in r) + "</tr>" for r in rows)
    q = "<br>\n".join(htmlmod.escape(l) for l in po_request_text(po).split("\n"))
    html = """<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang=ES link="#0563C1"><div class=WordSection1>
<p class=MsoNormal>Buenos días Marco:</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Le confirmamos su pedido <b>4500082230</b> según la tabla siguiente. El precio del lector Honeywell se ha actualizado según la nueva tarifa del fabricante y su plazo es una semana más largo.</p>
<p class=MsoNormal>&nbsp;</p>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
<tr><td style='background:#1F4E79;padding:2pt 6pt'><p class=MsoNormal><b><span style='color:white'>Línea</span></b></p></td><td style='background:#1F4E79;padding:2pt 6pt'><p class=MsoNormal><b><span style='color:white'>Artículo</span></b></p></td><td style='background:#1F4E79;padding:2pt 6pt'><p class=MsoNormal><b><span style='color:white'>Cantidad</span></b></p></td><td style='background:#1F4E79;padding:2pt 6pt'><p class=MsoNormal><b><span style='color:white'>Precio unitario</span></b></p></td><td style='background:#1F4E79;padding:2pt 6pt'><p class=MsoNormal><b><span style='color:white'>Fecha de entrega</span></b></p></td></tr>
%s
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Un saludo,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Laura Giménez Ferrer</b><br>Departamento de Pedidos<br>Suministros Informáticos Levante S.L.<br>C/ Ciudad de Barcelona 22, 46988 Paterna (Valencia)<br>Tel. 961 34 22 80<br>CIF B-98234561</p>
<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>Le informamos de que sus datos personales son tratados por Suministros Informáticos Levante S.L. conforme al RGPD. Puede ejercer sus derechos en lopd@silevante.example.</span></p>
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>
<p class=MsoNormal><b>De:</b> Marco Rossi &lt;marco.rossi@buyer.example&gt;<br><b>Enviado el:</b> miércoles, 17 de febrero de 2027 12:02<br><b>Para:</b> Pedidos &lt;pedidos@silevante.example&gt;<br><b>Asunto:</b> %s</p></div>
<p class=MsoNormal>%s</p>
</div></body></html>""" % (tr, req_subject(po), q)
    m = textpart(html, "html", "windows-1252", "qp")
    m = finish(m, ("Laura Giménez Ferrer", SUP_SIL[2]), [buyer_addr(po)], "RE: " + req_subject(po),
               T("2027-02-18 10:02:48"), "outlook", slug, irt=po["request_message_id"], refs=[po["request_message_id"]],
               hdr_charset="windows-1252", lang="es-ES")
    exp = EXP("confirmation",
              "HTML-only, the data is in a table. Line 4: 205,00 EUR and 12/03/2027 (day-first). Other lines 05/03/2027 = need-by.",
              conf(po, {1: A(po, 1), 2: A(po, 2), 3: A(po, 3), 4: C(12, "205.00", "2027-03-12")}))
    return [po], m, exp


SUP_RBV = ("RHEINBAU", "Rheinland Bauelemente Vertrieb GmbH", "vertrieb@rheinland-bauelemente.example", "de-DE")
SIG_RBV = """Mit freundlichen Grüßen

Thomas Brandt
Vertrieb Innendienst
Rheinland Bauelemente Vertrieb GmbH
Hansaring 61, 50670 Köln
Tel.: +49 221 888 407-31
Sitz der Gesellschaft: Köln, HRB 78812, Geschäftsführer: Ulrich Feld"""


@case("ecomp-all-lines-declined-alternative", "confirmation", "de-DE",
      "electronic components: whole order declined (not authorised any more / EOL); alternative offer is not a commitment")
def c_declined(slug):
    po = mk_po("4500082252", SUP_RBV, "lena", "EUR", "2027-02-18", [
        ("LM2596S-5.0", "Schaltregler LM2596S-5.0, TO-263", 500, "PCS", "1.12", "2027-03-19"),
        ("MAX232CPE", "RS-232 Transceiver MAX232CPE, DIP16", 300, "PCS", "1.48", "2027-03-19"),
    ])
    top = """Guten Morgen Frau Hoffmann,

vielen Dank für Ihre Bestellung 4500082252.

Leider müssen wir Ihnen mitteilen, dass wir beide Positionen nicht liefern können: Den LM2596S-5.0 führen wir nicht mehr, da wir seit Jahresbeginn kein autorisierter Distributor für diesen Hersteller mehr sind. Der MAX232CPE ist abgekündigt (Last-Time-Buy war 09/2026), unser Restbestand ist bereits verkauft.

Als Alternative für den MAX232CPE könnten wir den MAX3232ECPE+ anbieten (1,65 €/St., Lieferzeit ca. 6 Wochen). Bei Interesse senden Sie uns bitte eine neue Bestellung.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können."""
    hdr = outlook_quote("de", "Lena Hoffmann <lena.hoffmann@buyer.example>", "Donnerstag, 18. Februar 2027 16:44",
                        "Vertrieb <vertrieb@rheinland-bauelemente.example>", req_subject(po))
    m = send_reply(po, ("Thomas Brandt", SUP_RBV[2]), T("2027-02-19 09:44:15"), "outlook", top, SIG_RBV,
                   "outlook", hdr, prefix_subj="AW: ", lang="de-DE", slug=slug)
    exp = EXP("confirmation",
              "A rejection of every line is still an answer -> kind confirmation, both lines rejected. The alternative part "
              "needs a new order and commits nothing for these lines.",
              conf(po, {1: R, 2: R}))
    return [po], m, exp


SUP_CIG = ("CALEDGAS", "Caledonian Industrial Gases Ltd", "customerservice@caledoniangases.example", "en-GB")


@case("helium-force-majeure-allocation", "confirmation", "en-GB",
      "industrial gases: helium force majeure, 60% allocation on two lines, fixed per-cylinder surcharge, rest open")
def c_helium(slug):
    po = mk_po("4500082277", SUP_CIG, "anna", "GBP", "2027-02-18", [
        ("HE-BALLOON-L", "Balloon gas (helium), L size cylinder", 40, "PCS", "165.00", "2027-03-03"),
        ("HE-5.0-L", "Helium 5.0 (99.999%), L size cylinder", 20, "PCS", "289.00", "2027-03-03"),
        ("AR-L", "Argon 4.8, L size cylinder", 30, "PCS", "58.00", "2027-03-03"),
    ])
    top = """Dear Anna,

Thank you for your order 4500082277.

As you may be aware, global helium supply remains severely constrained following the extended outage at one of the major source plants, and we declared force majeure on helium products with effect from 1 February 2027. All customers are currently on allocation at 60% of ordered volumes.

On that basis we can confirm your order as follows:

Line 1 – Balloon gas, L cylinder: 24 cylinders (60% allocation) at £165.00 each, delivery Wednesday 3 March
Line 2 – Helium 5.0, L cylinder: 12 cylinders (60% allocation) at £289.00 each plus helium surcharge of £18.50 per cylinder (i.e. £307.50 per cylinder), delivery Wednesday 3 March
Line 3 – Argon 4.8, L cylinder: 30 cylinders at £58.00 each, delivery Wednesday 3 March

We will release the remaining helium volumes as soon as supply allows but cannot commit to any dates at present. We apologise for the inconvenience."""
    sig = """Kind regards

Fiona MacLeod
Customer Service Team Leader
Caledonian Industrial Gases Ltd
Grangemouth Industrial Park, Grangemouth FK3 8XB
Tel: 01324 555 700

Caledonian Industrial Gases Ltd is registered in Scotland, company number SC412238. Registered office as above."""
    hdr = outlook_quote("en", "Anna Berg <anna.berg@buyer.example>", "18 February 2027 15:21",
                        "Customer Service <customerservice@caledoniangases.example>", req_subject(po))
    m = send_reply(po, ("Fiona MacLeod", SUP_CIG[2]), T("2027-02-22 10:05:21", "+0000"), "outlook", top, sig,
                   "outlook", hdr, lang="en-GB", slug=slug)
    exp = EXP("confirmation",
              "Force majeure allocation: only 24 of 40 and 12 of 20 are committed (rest without date). Line 2 unit price includes "
              "the stated per-cylinder surcharge: 289.00 + 18.50 = 307.50. Wednesday 3 March = 2027-03-03 = need-by.",
              conf(po, {1: C(24, "165.00", D("2027-03-03", "Wed")), 2: C(12, "307.50", "2027-03-03"), 3: A(po, 3)}))
    return [po], m, exp


SUP_VD = ("VANDIJK", "Van Dijk Tuinbouwbenodigdheden B.V.", "verkoop@vandijk-tuinbouw.example", "nl-NL")


@case("horticulture-nl-confirm-plus-future-increase", "confirmation", "nl-NL",
      "horticulture: full confirmation plus an announced +6% price increase from 1 April that does not apply to this order")
def c_nl(slug):
    po = mk_po("4500082301", SUP_VD, "ines", "EUR", "2027-02-19", [
        ("VD-KOKOS-MAT", "Kokosmat 100x15x7,5 cm", 6000, "PCS", "1.08", "2027-03-17"),
        ("VD-STEENWOL-PLUG", "Steenwol plugtray 240 gaten", 900, "PCS", "3.45", "2027-03-17"),
        ("VD-BINDDRAAD", "Tomatendraad PP, rol 4 kg", 60, "ROLL", "21.90", "2027-03-17"),
    ])
    top = """Goedemorgen Ines,

Hierbij bevestigen wij je order 4500082301:

- 6.000 kokosmatten 100x15x7,5 à € 1,08
- 900 plugtrays 240 gaten à € 3,45
- 60 rollen tomatendraad à € 21,90

Levering woensdag 17 maart, zoals gevraagd.

Ter informatie: per 1 april 2027 passen wij onze prijzen voor kokosproducten aan (+6%) in verband met hogere vrachtkosten vanuit Sri Lanka. Deze order wordt uiteraard nog tegen de huidige prijzen geleverd. De nieuwe prijslijst volgt in maart."""
    sig = """Met vriendelijke groet,

Bas van Leeuwen
Binnendienst Verkoop
Van Dijk Tuinbouwbenodigdheden B.V.
Maasdijk 212, 2676 BH Maasdijk
T +31 174 52 88 00
KvK 27123456 | BTW NL812345678B01"""
    hdr = outlook_quote("nl", "Ines Vermeulen <ines.vermeulen@buyer.example>", "vrijdag 19 februari 2027 14:08",
                        "Verkoop Van Dijk <verkoop@vandijk-tuinbouw.example>", req_subject(po))
    m = send_reply(po, ("Bas van Leeuwen", SUP_VD[2]), T("2027-02-22 11:45:09"), "outlook", top, sig,
                   "outlook", hdr, prefix_subj="RE: ", lang="nl-NL", slug=slug)
    exp = EXP("confirmation",
              "Everything as ordered, woensdag 17 maart = 2027-03-17. The +6% from 1 April explicitly does not apply to this order.",
              conf(po, {1: A(po, 1), 2: A(po, 2), 3: A(po, 3)}))
    return [po], m, exp


SUP_LSP = ("LONESTAR", "Lone Star Promotional Products LLC", "orders@lonestarpromo.example", "en-US")


@case("promo-us-december-ship-january", "confirmation", "en-US",
      "promotional goods: December mail, 'ship 1/8' and '1/12' are month-first and roll over into 2027; holiday closure")
def c_us_dec(slug):
    po = mk_po("4500080855", SUP_LSP, "daniel", "USD", "2026-12-10", [
        ("LS-TUMB-20-SS", "20 oz stainless tumbler, laser engraved logo", 600, "PCS", "8.95", "2027-01-15"),
        ("LS-HOOD-NAVY", "Hoodie, navy, screen print 2 locations, S-XXL assortment", 250, "PCS", "21.50", "2027-01-15"),
        ("LS-NOTE-A5", "A5 hardcover notebook, debossed logo", 1000, "PCS", "4.25", "2027-01-15"),
    ])
    top = """Hi Daniel,

Thanks for the order! Here's where we're at on PO 4500080855:

- Tumblers (600): $8.95 ea, will ship 1/8
- Hoodies (250): $21.50 ea, ship 1/12. We're closed 12/24 - 1/3 for the holidays so that's the best we can do on the apparel.
- Notebooks (1,000): $4.25 ea, ship 1/8

Virtual proofs are coming over tomorrow, please approve by 12/22 so we can hold these dates.

Happy holidays!"""
    sig = """Kayla Brooks
Account Executive | Lone Star Promotional Products LLC
4100 Alpha Rd, Suite 300, Dallas, TX 75244
(972) 555-0133"""
    hdr = "On Thu, Dec 10, 2026 at 8:41 AM Daniel Okafor <daniel.okafor@buyer.example> wrote:"
    m = send_reply(po, ("Kayla Brooks", SUP_LSP[2]), T("2026-12-17 16:22:45", "-0600"), "gmail", top, sig,
                   "gmail", hdr, prefix_subj="Re: ", slug=slug)
    exp = EXP("confirmation",
              "US month-first dates without a year, after a 2026-12-17 mail: 1/8 = 2027-01-08, 1/12 = 2027-01-12 (ship dates). "
              "All dates differ from the 2027-01-15 need-by -> changed.",
              conf(po, {1: C(600, "8.95", "2027-01-08"), 2: C(250, "21.50", "2027-01-12"), 3: C(1000, "4.25", "2027-01-08")}))
    return [po], m, exp


SUP_TKO = ("TKOBERFR", "Technische Keramik Oberfranken GmbH", "vertrieb@tk-oberfranken.example", "de-DE")


@case("tech-ceramics-kw1-year-boundary", "confirmation", "de-DE",
      "technical ceramics: December mail with 'KW 1/2027' (ISO week 1 = 4-10 Jan 2027) and KW 3; company holidays")
def c_kw1(slug):
    po = mk_po("4500080870", SUP_TKO, "lena", "EUR", "2026-12-11", [
        ("TKO-AL2O3-ROD-6", "Keramikstab Al2O3 99,7 %, Ø 6 x 200 mm", 300, "PCS", "4.60", "2027-01-08"),
        ("TKO-ZRO2-BALL-10", "Zirkonoxid-Kugel Ø 10 mm", 5000, "PCS", "0.38", "2027-01-08"),
        ("TKO-CORD-PLATE", "Cordierit-Brennplatte 300 x 300 x 10 mm", 40, "PCS", "27.50", "2027-01-15"),
    ])
    top = """Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Bestellung 4500080870, die wir wie folgt bestätigen:

Pos. 1: 300 St. Keramikstab Al2O3 Ø6x200, 4,60 €/St., Liefertermin KW 1/2027
Pos. 2: 5.000 St. ZrO2-Kugeln Ø10, 0,38 €/St., Liefertermin KW 1/2027
Pos. 3: 40 St. Cordierit-Brennplatten 300x300x10, 27,50 €/St., Liefertermin KW 3/2027

Bitte beachten Sie unsere Betriebsferien vom 23.12.2026 bis einschließlich 06.01.2027."""
    sig = """Mit freundlichen Grüßen

Jürgen Heß
Vertrieb
Technische Keramik Oberfranken GmbH
Porzellanstraße 9, 95100 Selb
Tel. 09287 998-120
HRB 4471 Amtsgericht Hof"""
    hdr = "Am 11.12.26 um 14:02 schrieb Lena Hoffmann:"
    m = send_reply(po, ("Jürgen Heß", SUP_TKO[2]), T("2026-12-16 10:18:52"), "thunderbird", top, sig,
                   "tb", hdr, prefix_subj="Re: ", html=False, cte="8bit", slug=slug)
    exp = EXP("confirmation",
              "ISO week 1 of 2027 runs 2027-01-04..10 (2026 has a week 53), Friday = 2027-01-08 = need-by for lines 1-2. "
              "KW 3/2027 = Friday 2027-01-22 for line 3.",
              conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(40, "27.50", KW(2027, 3))}))
    return [po], m, exp


SUP_NFA = ("NAUTADRIA", "Nautica Forniture Adriatiche S.r.l.", "vendite@nauticaadriatica.example", "it-IT")


@case("marine-it-forward-warehouse-answer", "confirmation", "it-IT",
      "marine: sales forwards the warehouse's internal answer ('I:' no In-Reply-To); commitment sits in the forwarded text")
def c_it_fwd(slug):
    po = mk_po("4500082322", SUP_NFA, "anna", "EUR", "2027-02-22", [
        ("NFA-FEND-F5", "Parabordo cilindrico F5, 22x76 cm, blu", 30, "PCS", "42.00", "2027-03-12"),
        ("NFA-ANC-DELTA-16", "Ancora Delta 16 kg, acciaio zincato", 10, "PCS", "189.00", "2027-03-12"),
        ("NFA-EPIRB-CAT2", "EPIRB cat. II, GPS, attivazione manuale", 12, "PCS", "415.00", "2027-03-12"),
    ])
    top = """Buongiorno Sig.ra Berg,

le inoltro la risposta del nostro magazzino: confermiamo il Vs. ordine 4500082322 come indicato sotto, ai prezzi dell'ordine."""
    sig = """Cordiali saluti

Luca Bianchi
Ufficio Vendite
Nautica Forniture Adriatiche S.r.l.
Via del Porto 33 – 60121 Ancona
Tel. +39 071 205 5540
P.IVA 02234560427"""
    quoted = ("""Luca,
pos. 1 e 2 ok per il 12/03.
pos. 3 (EPIRB) ne abbiamo solo 8 pz a magazzino, gli altri 4 arrivano dal fornitore e li consegniamo il 26/03.
Ciao
Davide

""" + outlook_quote("it", "Luca Bianchi <l.bianchi@nauticaadriatica.example>", "martedì 23 febbraio 2027 09:10",
                    "Magazzino <magazzino@nauticaadriatica.example>", "I: " + req_subject(po)) +
              "\n\nDavide, puoi verificare la disponibilità? Grazie\nLuca\n\n" +
              outlook_quote("it", "Anna Berg <anna.berg@buyer.example>", "lunedì 22 febbraio 2027 14:35",
                            "Vendite <vendite@nauticaadriatica.example>", req_subject(po)) +
              "\n\n" + po_request_text(po))
    hdr = outlook_quote("it", "Magazzino <magazzino@nauticaadriatica.example>", "martedì 23 febbraio 2027 17:48",
                        "Luca Bianchi <l.bianchi@nauticaadriatica.example>", "R: I: " + req_subject(po))
    m = send_reply(po, ("Luca Bianchi", "l.bianchi@nauticaadriatica.example"), T("2027-02-24 12:30:40"), "outlook",
                   top, sig, "outlook", hdr, quoted=quoted, subject="I: R: I: " + req_subject(po), irt=False, refs=[],
                   lang="it-IT", slug=slug)
    exp = EXP("confirmation",
              "The salesperson endorses the warehouse's internal answer ('confermiamo ... come indicato sotto'). Line 3 split "
              "8 on 12/03 + 4 on 26/03. Forward: no In-Reply-To, sender differs from the PO supplier address.",
              conf(po, {1: A(po, 1), 2: A(po, 2),
                        3: C(12, "415.00", "2027-03-26", [(8, "2027-03-12"), (4, "2027-03-26")])}))
    return [po], m, exp


SUP_NITG = ("NORDISKIT", "Nordisk IT-Grossist ApS", "ordre@nordiskit.example", "da-DK")


@case("it-accessories-da-two-pos-one-mail", "confirmation", "da-DK",
      "IT hardware: one reply confirms two POs (d/m dates 'onsdag d. 10/3'), Jabra line split by stock")
def c_da_two(slug):
    po_a = mk_po("4500082340", SUP_NITG, "sofia", "DKK", "2027-02-22", [
        ("LEN-T14-G5", "Lenovo ThinkPad T14 Gen 5, i5, 16 GB, 512 GB, nordisk tastatur", 12, "PCS", "8450.00", "2027-03-10"),
        ("LEN-USB-C-DOCK", "Lenovo USB-C Dock Gen 2", 12, "PCS", "1190.00", "2027-03-10"),
    ])
    po_b = mk_po("4500082355", SUP_NITG, "sofia", "DKK", "2027-02-23", [
        ("JABRA-EV2-65", "Jabra Evolve2 65 UC Stereo USB-A", 20, "PCS", "1349.00", "2027-03-10"),
        ("LOGI-MX-KEYS-S", "Logitech MX Keys S, nordisk", 20, "PCS", "749.00", "2027-03-10"),
        ("LOGI-MX-M3S", "Logitech MX Master 3S", 20, "PCS", "629.00", "2027-03-10"),
    ])
    top = """Hej Sofia

Tak for de to ordrer – jeg samler svaret her:

Ordre 4500082340 (ThinkPads):
- T14 Gen 5: 12 stk. à 8.450,00 kr. – levering onsdag d. 10/3
- USB-C Dock Gen 2: 12 stk. à 1.190,00 kr. – levering onsdag d. 10/3

Ordre 4500082355 (tilbehør):
- Jabra Evolve2 65: kun 14 stk. på lager, de leveres onsdag d. 10/3 – de sidste 6 stk. leveres fredag d. 19/3. Prisen er uændret 1.349,00 kr.
- MX Keys S: 20 stk. à 749,00 kr. – onsdag d. 10/3
- MX Master 3S: 20 stk. à 629,00 kr. – onsdag d. 10/3"""
    sig = """Mvh

Mikkel Sørensen
Key Account Manager
Nordisk IT-Grossist ApS
Lautrupvang 4B, 2750 Ballerup
Tlf. +45 44 20 33 10 | Mobil +45 28 91 44 02
CVR-nr. 38123456"""
    hdr = outlook_quote("da", "Sofia Lindqvist <sofia.lindqvist@buyer.example>", "23. februar 2027 10:04",
                        "ordre@nordiskit.example", req_subject(po_b))
    m = send_reply(po_b, ("Mikkel Sørensen", SUP_NITG[2]), T("2027-02-24 14:05:50"), "outlook", top, sig,
                   "outlook", hdr, prefix_subj="SV: ", lang="da-DK", slug=slug, charset="windows-1252", cte="qp")
    exp = EXP("confirmation",
              "One mail answers both POs (it replies to the request of 4500082355). Danish d/m dates: 10/3 = 2027-03-10 (Wed), "
              "19/3 = 2027-03-19 (Fri). Jabra split 14 + 6.",
              conf(po_a, {1: A(po_a, 1), 2: A(po_a, 2)}),
              conf(po_b, {1: C(20, "1349.00", D("2027-03-19", "Fri"), [(14, D("2027-03-10", "Wed")), (6, "2027-03-19")]),
                          2: A(po_b, 2), 3: A(po_b, 3)}))
    return [po_a, po_b], m, exp


SUP_BGS = ("BOHEMIAGS", "Bohemia Glass Studio s.r.o.", "orders@bohemiaglassstudio.example", "cs-CZ")


def bgs_pdf(rows):
    d = PdfDoc()
    d.text(40, "Bohemia Glass Studio s.r.o.", 13, True)
    d.text(40, "Palackého 412, 473 01 Nový Bor, Czech Republic  |  IČ 28745120, DIČ CZ28745120".replace("Č", "C"), 8)
    d.gap(12)
    d.text(40, "ORDER CONFIRMATION / Potvrzení objednávky  No. OC-2027-0318", 13, True, dy=20)
    for a, b in [("Date:", "24.02.2027"), ("Customer:", "Brightwater Group, Rotterdam (NL)"),
                 ("Your order no.:", "4500082371 of 23.02.2027"), ("Delivery terms:", "EXW Nový Bor (Incoterms 2020)"),
                 ("Payment:", "14 days net")]:
        d.row([40, 140], [a, b], 9)
    d.gap(10)
    cols = [40, 70, 270, 330, 380, 440, 500]
    d.row(cols, ["Pos.", "Description", "Qty", "Unit", "Price EUR", "Total EUR", "Ready EXW"], 8.5, True)
    for r in rows:
        d.row(cols, r, 8.5)
    d.gap(10)
    d.text(40, "Engraving as per artwork approved on 23.02.2027. Goods ready for collection at our works on the date stated.", 8)
    d.text(40, "Breakage in transport is not covered under EXW terms. Retention of title until full payment.", 8)
    d.gap(16)
    d.text(40, "Lucie Dvorakova, Sales", 9)
    return d.pdf(producer="Pohoda 2027 (Stormware)", title="OC-2027-0318", created="20270224163510+01'00'")


@case("engraved-glass-cz-pdf-exw", "confirmation", "cs-CZ",
      "glass/promo: Czech short cover ('v příloze'), bilingual PDF confirmation with 'Ready EXW' (ship) dates; Seznam quote")
def c_cz_pdf(slug):
    po = mk_po("4500082371", SUP_BGS, "marco", "EUR", "2027-02-23", [
        ("BGS-WINE-350-ENG", "Wine glass 350 ml, engraved logo", 600, "PCS", "6.80", "2027-03-31"),
        ("BGS-TUMB-300-ENG", "Whisky tumbler 300 ml, engraved logo", 400, "PCS", "7.40", "2027-03-31"),
        ("BGS-GIFTBOX-2", "Gift box for 2 glasses, black, with insert", 500, "PCS", "2.90", "2027-03-31"),
    ])
    pdf = bgs_pdf([["1", "Wine glass 350 ml, engraved logo", "600", "pcs", "6.80", "4,080.00", "31.03.2027"],
                   ["2", "Whisky tumbler 300 ml, engraved logo", "400", "pcs", "7.40", "2,960.00", "31.03.2027"],
                   ["3", "Gift box 2 glasses, black, insert", "500", "pcs", "3.15", "1,575.00", "07.04.2027"]])
    top = """Dobrý den,

v příloze zasíláme potvrzení Vaší objednávky č. 4500082371.

S pozdravem
Lucie Dvořáková
Bohemia Glass Studio s.r.o.
+420 487 723 114"""
    hdr = """---------- Původní e-mail ----------
Od: Marco Rossi <marco.rossi@buyer.example>
Komu: orders@bohemiaglassstudio.example
Datum: 23. 2. 2027 10:45:12
Předmět: Purchase order 4500082371 - please confirm"""
    plain = top + "\n\n\n" + hdr + "\n" + po_request_text(po)
    body = textpart(plain, "plain", "utf-8", "qp")
    m = mixed(body, attachment(pdf, "OC-2027-0318.pdf", "application/pdf"))
    m = finish(m, ("Lucie Dvořáková", SUP_BGS[2]), [buyer_addr(po)], "Re: " + req_subject(po), T("2027-02-25 08:55:31"),
               "none", slug, irt=po["request_message_id"], refs=[po["request_message_id"]],
               extra=[("X-Mailer", "Email.cz")])
    exp = EXP("confirmation",
              "Commitment only in the PDF. 'Ready EXW' is a ship/collection date (no delivery date) -> 31.03.2027 = need-by for "
              "lines 1-2; gift boxes 3.15 EUR and 07.04.2027.",
              conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(500, "3.15", "2027-04-07")}))
    return [po], m, exp


SUP_BCS = ("BLRCOMP", "Bengaluru Components & Systems Pvt Ltd", "sales@blrcomponents.example", "en-IN")


@case("ecomp-in-third-round-after-reminder", "confirmation", "en-IN",
      "electronic components: 3-round thread (ack 'will revert', our reminder, final answer); tentative balance not counted")
def c_in_thread(slug):
    po = mk_po("4500082390", SUP_BCS, "priya", "USD", "2027-02-22", [
        ("TI-TPS54331DR", "Buck converter TPS54331DR, SOIC-8, T&R 2500", 5000, "PCS", "0.58", "2027-04-02"),
        ("MUR-GRM21BR61E106", "MLCC 10uF 25V X5R 0805, T&R 3000", 12000, "PCS", "0.031", "2027-04-02"),
        ("VIS-SI2302CDS", "MOSFET N-ch Si2302CDS SOT-23, T&R 3000", 9000, "PCS", "0.047", "2027-04-02"),
    ])
    first_id = "<PN3PR01MB7715%s@PN3PR01MB7715.INDPRD01.PROD.OUTLOOK.COM>" % h(slug, "r1", n=16).upper()
    rem_id = "<po-4500082390.r1@buyer.example>"
    top = """Dear Priya,

Apologies for the delay. Please find below our confirmation for PO 4500082390:

1. TPS54331DR – 5,000 pcs (2 reels of 2,500) @ USD 0.58 – dispatch 26-03-2027
2. GRM21BR61E106KA73L – 12,000 pcs (4 reels) @ USD 0.031 – dispatch 26-03-2027
3. Si2302CDS-T1-GE3 – factory lead time is 20 weeks. We will dispatch 3,000 pcs from our stock on 26-03-2027 @ USD 0.047; balance 6,000 pcs as per factory schedule, tentatively end of July.

Regret the inconvenience caused."""
    sig = """Warm Regards,
Vinay Kulkarni
Manager – Sales & Customer Support
Bengaluru Components & Systems Pvt Ltd
No. 18, 2nd Cross, Peenya Industrial Area Phase II, Bengaluru – 560058
Ph: +91 80 4152 7700 | Mob: +91 98450 21347"""
    earlier = """Dear Priya,

We acknowledge receipt of your PO 4500082390. We will revert with confirmed delivery schedule by Monday (01-03-2027).

Regards,
Vinay Kulkarni"""
    quoted = (reminder_text(po, "22 February 2027", "Vinay") + "\n\n" +
              outlook_quote("en", "Vinay Kulkarni <sales@blrcomponents.example>", "Tuesday, February 23, 2027 11:02 AM",
                            "Priya Nair <priya.nair@buyer.example>", "RE: " + req_subject(po), sep="line") +
              "\n\n" + earlier + "\n\n" +
              outlook_quote("en", "Priya Nair <priya.nair@buyer.example>", "Monday, February 22, 2027 3:40 PM",
                            "sales@blrcomponents.example", req_subject(po), sep="line") +
              "\n\n" + po_request_text(po))
    hdr = outlook_quote("en", "Priya Nair <priya.nair@buyer.example>", "Wednesday, March 3, 2027 2:15 PM",
                        "Vinay Kulkarni <sales@blrcomponents.example>", "Reminder: RE: " + req_subject(po), sep="line")
    m = send_reply(po, ("Vinay Kulkarni", SUP_BCS[2]), T("2027-03-04 11:20:26", "+0530"), "outlook", top, sig,
                   "outlook", hdr, quoted=quoted, subject="RE: Reminder: RE: " + req_subject(po), irt=rem_id,
                   refs=[po["request_message_id"], first_id, rem_id], lang="en-IN", slug=slug)
    exp = EXP("confirmation",
              "Only the newest message counts; the quoted 'will revert by Monday' is history. Dispatch dates 26-03-2027 "
              "(earlier than need-by). Line 3: 3 000 firm; the 6 000 balance is only 'tentatively end of July' -> not committed, "
              "confirmed quantity 3 000.",
              conf(po, {1: C(5000, "0.58", "2027-03-26"), 2: C(12000, "0.031", "2027-03-26"), 3: C(3000, "0.047", "2027-03-26")}))
    return [po], m, exp


SUP_GSK = ("GASEKAISER", "Gase-Service Kaiser e.K.", "info@gase-kaiser.example", "de-DE")


@case("gases-bottom-post-wie-gewuenscht", "confirmation", "de-DE",
      "industrial gases: small dealer bottom-posts under the quote; 'wie gewünscht' = as requested; 'Dienstag 9.3.'")
def c_bottom(slug):
    po = mk_po("4500082402", SUP_GSK, "lena", "EUR", "2027-02-24", [
        ("GK-CO2-10", "Kohlendioxid, Flasche 10 kg", 10, "PCS", "34.50", "2027-03-04"),
        ("GK-AR-20L", "Argon 4.6, Flasche 20 L", 8, "PCS", "49.00", "2027-03-04"),
        ("GK-PROP-33", "Propan, Flasche 33 kg", 6, "PCS", "58.00", "2027-03-04"),
    ])
    top = """Hallo Frau Hoffmann,

Pos. 1 und 2 gehen klar, Liefertermin und Preise wie gewünscht.
Pos. 3 (Propan 33 kg) bekommen wir erst wieder am 8.3. rein, das bringen wir Ihnen dann am Dienstag 9.3. mit der nächsten Tour, Preis bleibt.

Gruß
W. Kaiser

--
Gase-Service Kaiser e.K.
Inh. Werner Kaiser
Gewerbestr. 5, 74321 Bietigheim-Bissingen
Tel. 07142 55 23 10"""
    hdr = "Am 24.02.2027 um 09:31 schrieb Lena Hoffmann:"
    plain, _ = reply(top, "bottom", hdr, po_request_text(po))
    m = textpart(plain, "plain", "iso-8859-15", "8bit")
    m = finish(m, ("Gase-Service Kaiser", SUP_GSK[2]), [buyer_addr(po)], "Re: " + req_subject(po),
               T("2027-02-25 19:42:18"), "thunderbird", slug, irt=po["request_message_id"], refs=[po["request_message_id"]],
               hdr_charset="iso-8859-15")
    exp = EXP("confirmation",
              "Answer is below the quote. Lines 1-2 'wie gewünscht' -> accepted. Line 3 delivered Tuesday 9.3. = 2027-03-09.",
              conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(6, "58.00", D("2027-03-09", "Tue"))}))
    return [po], m, exp


SUP_AV = ("ALFOLDIVM", "Alföldi Vetőmag Zrt.", "ertekesites@alfoldivetomag.example", "hu-HU")


@case("seed-fertilizer-hu-price-per-bag", "confirmation", "hu-HU",
      "agri: prices quoted per bag (EUR/zsák) must be converted to the PO's per-kg price; one unchanged, one higher")
def c_hu_bag(slug):
    po = mk_po("4500082420", SUP_AV, "jonas", "EUR", "2027-02-24", [
        ("AV-FUMAG-SPORT", "Fűmag sport keverék", 500, "KG", "4.10", "2027-03-15"),
        ("AV-GYEPTRAGYA", "Gyeptrágya 20-5-8, 20 kg zsák", 800, "KG", "1.15", "2027-03-15"),
    ])
    top = """Tisztelt Meier Úr!

Köszönjük megrendelését (4500082420), az alábbiak szerint visszaigazoljuk:

1. Fűmag sport keverék: 500 kg (20 db 25 kg-os zsák), 102,50 EUR/zsák
2. Gyeptrágya 20-5-8: 800 kg (40 db 20 kg-os zsák), 24,00 EUR/zsák

Szállítás: 2027. március 15. (hétfő)"""
    sig = """Üdvözlettel:

Kovács Eszter
értékesítési asszisztens
Alföldi Vetőmag Zrt.
5600 Békéscsaba, Szarvasi út 84.
Tel.: +36 66 441 920
Cégjegyzékszám: Cg. 04-10-001234"""
    hdr = outlook_quote("hu", "Jonas Meier <jonas.meier@buyer.example>", "2027. február 24., szerda 15:58",
                        "ertekesites@alfoldivetomag.example", req_subject(po))
    m = send_reply(po, ("Kovács Eszter", SUP_AV[2]), T("2027-02-25 10:30:33"), "outlook", top, sig,
                   "outlook", hdr, prefix_subj="Vá: ", lang="hu-HU", slug=slug, charset="iso-8859-2")
    exp = EXP("confirmation",
              "Per-bag prices: 102,50 / 25 kg = 4.10 EUR/kg (as PO); 24,00 / 20 kg = 1.20 EUR/kg (PO 1.15) -> changed. "
              "2027. március 15. (hétfő) = Monday 2027-03-15 = need-by.",
              conf(po, {1: A(po, 1), 2: C(800, "1.20", D("2027-03-15", "Mon"))}))
    return [po], m, exp


SUP_MBT = ("MIDWESTBT", "Midwest Business Technology, Inc.", "orders@midwestbiztech.example", "en-US")


@case("printers-us-po-hash-short-form", "confirmation", "en-US",
      "office IT: new mail (no In-Reply-To) citing 'PO# 27-588' for PO-27-00588; second open PO not answered; est. delivery")
def c_us_short(slug):
    po_a = mk_po("PO-27-00588", SUP_MBT, "daniel", "USD", "2027-02-24", [
        ("HP-M611DN", "HP LaserJet Enterprise M611dn", 3, "PCS", "879.00", "2027-03-12"),
        ("HP-W1470X", "HP 147X black toner (W1470X)", 9, "PCS", "329.00", "2027-03-12"),
    ])
    po_b = mk_po("PO-27-00590", SUP_MBT, "daniel", "USD", "2027-02-24", [
        ("APC-SRT3000", "APC Smart-UPS SRT 3000VA 230V", 2, "PCS", "1890.00", "2027-03-12"),
    ])
    text = """Hi Daniel,

Acknowledging your PO# 27-588:

(3) HP LaserJet M611dn @ $879.00 - ships 3/9 via FedEx Ground, est. delivery 3/12
(9) HP 147X toner @ $329.00 - ships 3/9, est. delivery 3/12

Our sales order # is SO-448120. Let me know if you need anything else!

Thanks,
Jen

Jennifer Kowalski
Account Manager
Midwest Business Technology, Inc.
1250 N. Mayfair Rd, Milwaukee, WI 53226
O: (414) 555-0172"""
    htm = "<div>" + "".join("<div>%s</div>" % (htmlmod.escape(l) if l else "<br>") for l in text.split("\n")) + "</div>"
    m = alternative(text, htm, "us-ascii", "7bit")
    m = finish(m, ("Jennifer Kowalski", SUP_MBT[2]), [buyer_addr(po_a)], "Order acknowledgment - your PO# 27-588",
               T("2027-02-26 13:15:04", "-0600"), "outlook365", slug, lang="en-US")
    exp = EXP("confirmation",
              "'PO# 27-588' is the short form of PO-27-00588 (only PO with 588). Ship 3/9, est. delivery 3/12: the delivery date "
              "wins -> 2027-03-12 = need-by. PO-27-00590 is not mentioned -> left out.",
              conf(po_a, {1: A(po_a, 1), 2: A(po_a, 2)}))
    return [po_a, po_b], m, exp


SUP_SUN = ("SUNRISEPROMO", "Yuyao Sunrise Promotional Products Co., Ltd.", "sunny@sunrisepromo.example", "zh-CN")


@case("promo-cn-proforma-xlsx-inline", "confirmation", "zh-CN",
      "promotional goods: Chinese exporter sends a PI (proforma invoice) XLSX with inline strings; ex-factory dates; 'pls sign back'")
def c_pi(slug):
    po = mk_po("PO-27-00602", SUP_SUN, "priya", "USD", "2027-02-25", [
        ("SR-UMB-23-AUTO", 'Umbrella 23" auto-open, 8 panels, 1-colour logo', 2000, "PCS", "2.65", "2027-04-16"),
        ("SR-BOTTLE-500", "Sports bottle 500 ml, Tritan, pad print", 3000, "PCS", "1.18", "2027-04-16"),
        ("SR-LANY-20", "Lanyard 20 mm, sublimation, safety clip", 5000, "PCS", "0.29", "2027-04-16"),
    ])
    rows = [
        ["YUYAO SUNRISE PROMOTIONAL PRODUCTS CO., LTD."],
        ["No. 66 Yangming West Road, Yuyao, Zhejiang 315400, China"],
        [],
        ["PROFORMA INVOICE"],
        ["PI No.:", "SR20270226-03", "", "Date:", "2027-02-26"],
        ["Buyer:", "Brightwater Group", "", "Your PO:", "PO-27-00602"],
        [],
        ["Item", "Description", "Qty (pcs)", "Unit Price (USD)", "Amount (USD)", "Ex-factory date"],
        ["1", '23" auto umbrella, 8 panels, 1C logo', 2000, 2.65, 5300, "2027-04-09"],
        ["2", "500ml tritan sports bottle, pad print", 3000, 1.24, 3720, "2027-04-09"],
        ["3", "20mm sublimation lanyard, safety clip", 5000, 0.29, 1450, "2027-04-16"],
        ["", "TOTAL FOB NINGBO", "", "", 10470, ""],
        [],
        ["Payment:", "30% T/T deposit, balance 70% before shipment"],
        ["Bank:", "Bank of China Yuyao Branch, SWIFT BKCHCNBJ92H"],
        ["Remarks:", "Tritan material cost increased, bottle price adjusted."],
    ]
    x = make_xlsx(rows, sheet="PI", shared=False, widths=[8, 40, 10, 16, 14, 16], app="WPS Office")
    text = """Dear Priya,

Good day!

Attached pls find the PI for your PO PO-27-00602, pls check and sign back.
Note the bottle price increased a little due to tritan material cost, sorry for that.

Thanks & best regards
Sunny Wang
Sales Dept.
Yuyao Sunrise Promotional Products Co., Ltd.
Tel/WhatsApp: +86 135 8600 2211"""
    m = mixed(textpart(text, "plain", "utf-8", "b64"), attachment(x, "PI SR20270226-03.xlsx", XLSX))
    m = finish(m, ("Sunny Wang", SUP_SUN[2]), [buyer_addr(po)], "PI for PO-27-00602", T("2027-02-26 15:08:11", "+0800"),
               "foxmail", slug)
    exp = EXP("confirmation",
              "The PI is the supplier's order confirmation (asking to countersign does not undo it). Ex-factory (ship) dates: "
              "items 1-2 2027-04-09, item 3 2027-04-16 (= need-by). Bottle price 1.24. PI dates are text strings here.",
              conf(po, {1: C(2000, "2.65", "2027-04-09"), 2: C(3000, "1.24", "2027-04-09"), 3: A(po, 3)}))
    return [po], m, exp


# --------------------------------------------------------------------------
# non-confirming mail: auto-replies
# --------------------------------------------------------------------------
AUTO_HDRS = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


@case("ooo-urlaub-jaenner", "auto_reply", "de-AT",
      "Outlook out-of-office in Austrian German (Auto-Submitted), mentions the PO only in the subject")
def a_ooo_at(slug):
    po = mk_po("4500082460", SUP_KRANZ, "lena", "EUR", "2027-02-26", [
        ("GRM155R71C104KA88D", "MLCC 100nF 16V X7R 0402, reel 10000", 20000, "PCS", "0.0062", "2027-03-26"),
        ("ESP32-C3-MINI-1-N4", "WiFi/BLE module ESP32-C3-MINI-1-N4", 250, "PCS", "2.35", "2027-04-09"),
    ])
    text = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 5. März auf Urlaub und habe in dieser Zeit keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Verkaufsteam unter verkauf@kranz-elektronik.example oder telefonisch unter +43 1 615 42 80-0.

Mit freundlichen Grüßen
Martina Kranz"""
    htm = to_html(text, "none", "", "")
    m = alternative(text, htm, "utf-8", "qp")
    m = finish(m, ("Martina Kranz", "m.kranz@kranz-elektronik.example"), [buyer_addr(po)],
               "Automatische Antwort: " + req_subject(po), T("2027-02-26 11:02:09"), "outlook", slug,
               irt=po["request_message_id"], refs=[po["request_message_id"]], extra=AUTO_HDRS, lang="de-AT")
    return [po], m, EXP("auto_reply", "Out-of-office auto-reply; no statement about the order.")


@case("ooo-bilingue-qc", "auto_reply", "fr-CA",
      "bilingual French/English out-of-office from Québec; 'votre commande sera traitée à mon retour' is not a commitment")
def a_ooo_qc(slug):
    po = mk_po("PO-CA-27-0091", SUP_CT, "claire", "CAD", "2027-03-01", [
        ("CT-MINI-SPLIT-12K", "Thermopompe murale 12 000 BTU, 230 V", 8, "PCS", "1389.00", "2027-03-25"),
    ])
    text = """Bonjour,

Je suis absent du bureau jusqu'au lundi 8 mars inclusivement. Votre commande sera traitée à mon retour. Pour toute urgence, veuillez écrire à commandes@climatech.example ou composer le 450 555-0148, poste 0.

---

Hello,

I am out of the office until Monday, March 8 inclusive. Your order will be processed upon my return. For urgent matters please write to commandes@climatech.example or call 450 555-0148 ext. 0.

Marc-André Tremblay
Distributions Climatech inc."""
    m = alternative(text, to_html(text, "none", "", ""), "utf-8", "qp")
    m = finish(m, ("Marc-André Tremblay", "ma.tremblay@climatech.example"), [buyer_addr(po)],
               "Réponse automatique : " + req_subject(po), T("2027-03-01 08:16:40", "-0500"), "outlook", slug,
               irt=po["request_message_id"], refs=[po["request_message_id"]], extra=AUTO_HDRS, lang="fr-CA")
    return [po], m, EXP("auto_reply", "Automatic out-of-office; 'will be processed on my return' commits to nothing.")


@case("autoreply-nenmatsu-holiday-ja", "auto_reply", "ja-JP",
      "Japanese year-end holiday auto-reply (ISO-2022-JP), dates 12月29日（火）〜1月4日（月）")
def a_ooo_ja(slug):
    po = mk_po("4500080910", SUP_NDBS, "kenji", "JPY", "2026-12-28", [
        ("DF13-4P-1.25DSA", "Connector header Hirose DF13-4P-1.25DSA", 2000, "PCS", "24.80", "2027-01-29"),
    ])
    text = """※本メールは自動返信です。

平素は格別のご高配を賜り、厚く御礼申し上げます。
誠に勝手ながら、弊社では下記の期間を年末年始休業とさせていただきます。

　休業期間：2026年12月29日（火）〜2027年1月4日（月）

期間中にいただいたお問い合わせ・ご注文につきましては、1月5日（火）以降、順次対応させていただきます。
ご不便をおかけいたしますが、何卒ご了承くださいますようお願い申し上げます。

日本電子部品商事株式会社"""
    m = textpart(text, "plain", "iso-2022-jp", "7bit")
    m = finish(m, ("日本電子部品商事 営業部", SUP_NDBS[2]), [buyer_addr(po)], "自動応答: " + req_subject(po),
               T("2026-12-29 00:12:44", "+0900"), "outlook", slug, irt=po["request_message_id"],
               refs=[po["request_message_id"]], extra=AUTO_HDRS, hdr_charset="iso-2022-jp", lang="ja-JP")
    return [po], m, EXP("auto_reply", "Holiday closure auto-reply; orders will be handled after 5 January.")


@case("autoreply-helpdesk-case-number", "auto_reply", "en-US",
      "helpdesk ticket auto-acknowledgement ('[Case #…]', 'acknowledgments are issued within 48 hours')")
def a_ticket(slug):
    po = mk_po("4500082477", SUP_PAF, "daniel", "USD", "2027-03-01", [
        ("NAS1351N3-12", "Screw, socket head cap, NAS1351N3-12", 800, "PCS", "0.64", "2027-03-31"),
        ("NAS620C10", "Washer, flat, NAS620C10", 1600, "PCS", "0.048", "2027-03-31"),
    ])
    text = """Thank you for contacting Pacific Aero Fastener Supply.

This is an automated response confirming that we have received your email. A member of our Customer Care team will review your request and respond within 1-2 business days.

Your case number is 00418827. Please reference this number in any future correspondence regarding this request.

Standard order acknowledgments are issued within 48 hours of PO receipt. For expedite requests please call (310) 555-0187.

Please do not reply to this email; replies to this address are not monitored.

Pacific Aero Fastener Supply, Inc. | AS9120B / ISO 9001:2015"""
    m = alternative(text, "<html><body>" + _p(text) + "</body></html>", "us-ascii", "7bit")
    m = finish(m, ("Pacific Aero Customer Care", "support@pacaerofast.example"), [buyer_addr(po)],
               "[Case #00418827] " + req_subject(po), T("2027-03-01 07:03:12", "-0800"), "script", slug,
               irt=po["request_message_id"], refs=[po["request_message_id"]],
               extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    return [po], m, EXP("auto_reply", "Ticket-system acknowledgement of receipt; the promise of an acknowledgment later is not a confirmation.")


@case("ooo-semester-vecka-no-autosubmitted", "auto_reply", "sv-SE",
      "Swedish vacation auto-reply without Auto-Submitted header (recognisable only by subject/text), refers to week 9")
def a_ooo_sv(slug):
    po = mk_po("4500082490", SUP_NIG, "sofia", "SEK", "2027-02-17", [
        ("AR-50L-200", "Argon 4.6, flaska 50 L, 200 bar", 24, "PCS", "685.00", "2027-03-09"),
    ])
    text = """Hej,

Jag har semester och är tillbaka på kontoret måndag vecka 9. Under tiden hänvisar jag till ordermottagningen, order@nordiskgas.example, tel 011-23 45 60.

Med vänlig hälsning
Johan Ek
Nordisk Industrigas AB"""
    m = alternative(text, to_html(text, "none", "", ""), "iso-8859-1", "qp")
    m = finish(m, ("Johan Ek", "johan.ek@nordiskgas.example"), [buyer_addr(po)], "Automatiskt svar: " + req_subject(po),
               T("2027-02-17 13:41:20"), "outlook", slug, irt=po["request_message_id"], refs=[po["request_message_id"]],
               hdr_charset="iso-8859-1", lang="sv-SE")
    return [po], m, EXP("auto_reply", "Vacation auto-reply without Auto-Submitted header; 'vecka 9' is the return date, not a delivery date.")


@case("autoreply-spring-festival-cn", "auto_reply", "zh-CN",
      "Chinese/English Spring Festival auto-reply from a Foxmail client (X-Autoreply only), dates 2月5日至2月17日")
def a_ooo_cn(slug):
    po = mk_po("PO-27-00611", SUP_HX, "daniel", "USD", "2027-02-08", [
        ("BW-SENS-PCBA-R3", "PCBA sensor board Rev 3, SMT+THT, tested", 500, "PCS", "6.95", "2027-04-02"),
    ])
    text = """您好！

我司春节放假时间为2月5日至2月17日，期间邮件可能无法及时回复，2月18日正式上班后将第一时间处理您的邮件。
祝您新春快乐，万事如意！

Dear customer,
Our office is closed for Chinese New Year holiday from Feb 5 to Feb 17. We will reply to your email as soon as we are back on Feb 18.
Happy Chinese New Year!

深圳华信电子有限公司 Shenzhen Huaxin Electronics Co., Ltd."""
    m = textpart(text, "plain", "utf-8", "b64")
    m = finish(m, ("李娜", SUP_HX[2]), [buyer_addr(po)], "自动回复: " + req_subject(po), T("2027-02-08 09:00:03", "+0800"),
               "foxmail", slug, irt=po["request_message_id"], refs=[po["request_message_id"]], extra=[("X-Autoreply", "yes")])
    return [po], m, EXP("auto_reply", "Holiday auto-reply (Spring Festival); dates are the office closure.")


# --------------------------------------------------------------------------
# bounces
# --------------------------------------------------------------------------
def request_msg(po, to_addr, date, client_id=None):
    m = textpart(po_request_text(po), "plain", "utf-8", "qp")
    m["From"] = addr(po["buyer"]["name"], po["buyer"]["email"])
    m["To"] = to_addr
    m["Subject"] = req_subject(po)
    m["Date"] = format_datetime(date)
    m["Message-ID"] = po["request_message_id"]
    hs = m._headers
    mime = [x for x in hs if x[0].lower() in ("content-type", "content-transfer-encoding", "mime-version")]
    mime.sort(key=lambda kv: 0 if kv[0].lower() == "mime-version" else 1)
    rest = [x for x in hs if x not in mime]
    m._headers = rest + mime
    return m


def ds_part(per_msg, per_rcpt):
    blocks = []
    for fields in [per_msg] + per_rcpt:
        b = Message()
        for k, v in fields:
            b[k] = v
        blocks.append(b)
    p = MIMEBase("message", "delivery-status")
    p.set_payload(blocks)
    return p


def headers_only_part(orig):
    txt = "".join("%s: %s\n" % (k, v) for k, v in orig.items())
    p = MIMEBase("text", "rfc822-headers")
    p.set_payload(txt)
    return p


BOUNCE_TRACE = lambda slug, date: [
    ("Return-Path", "<>"),
    ("Received", "by mx1.buyer.example (Postfix)\n\tid %s; %s" % (h(slug, "q", n=10).upper(), format_datetime(date)))]


@case("bounce-postfix-user-unknown", "bounce", "cs-CZ",
      "Postfix DSN (multipart/report) for our PO request to an outdated supplier address, original attached")
def b_postfix(slug):
    sup = ("SKLOTECH", "Sklotech Kavalier s.r.o.", "objednavky@sklotech.example", "cs-CZ")
    po = mk_po("4500082497", sup, "tomasz", "CZK", "2027-02-26", [
        ("BORO-T-20x1.8", "Trubice borosilikát 3.3, 20 x 1,8 mm, délka 1500 mm", 300, "PCS", "186.00", "2027-03-26"),
    ])
    sent = T("2027-02-26 09:14:02")
    orig = request_msg(po, sup[2], sent)
    qid = h(slug, "q", n=10).upper()
    text = """This is the mail system at host mx1.buyer.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<objednavky@sklotech.example>: host mail.sklotech.example[203.0.113.48] said:
    550 5.1.1 <objednavky@sklotech.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)"""
    rep = MIMEMultipart("report", **{"report-type": "delivery-status"})
    d = textpart(text, "plain", "us-ascii", "7bit")
    d["Content-Description"] = "Notification"
    rep.attach(d)
    ds = ds_part([("Reporting-MTA", "dns; mx1.buyer.example"), ("X-Postfix-Queue-ID", qid),
                  ("X-Postfix-Sender", "rfc822; tomasz.wojcik@buyer.example"),
                  ("Arrival-Date", format_datetime(sent))],
                 [[("Final-Recipient", "rfc822; objednavky@sklotech.example"),
                   ("Original-Recipient", "rfc822;objednavky@sklotech.example"), ("Action", "failed"),
                   ("Status", "5.1.1"), ("Remote-MTA", "dns; mail.sklotech.example"),
                   ("Diagnostic-Code", "smtp; 550 5.1.1 <objednavky@sklotech.example>: Recipient address rejected: User unknown in virtual mailbox table")]])
    ds["Content-Description"] = "Delivery report"
    rep.attach(ds)
    mp = MIMEMessage(orig)
    mp["Content-Description"] = "Undelivered Message"
    rep.attach(mp)
    date = T("2027-02-26 09:14:05")
    m = finish(rep, ("Mail Delivery System", "MAILER-DAEMON@mx1.buyer.example"), [buyer_addr(po)],
               "Undelivered Mail Returned to Sender", date, "none", slug, received=BOUNCE_TRACE(slug, date),
               mid="<20270226081405.%s@mx1.buyer.example>" % qid, extra=[("Auto-Submitted", "auto-replied")])
    return [po], m, EXP("bounce", "Our own MTA's DSN: the PO request never reached the supplier (5.1.1 user unknown).")


@case("bounce-exchange-ndr-unzustellbar", "bounce", "de-DE",
      "German Exchange NDR from the supplier's server ('Unzustellbar:'), HTML+text, text/rfc822-headers")
def b_exchange(slug):
    sup = ("RHEINBAU", "Rheinland Bauelemente Vertrieb GmbH", "t.brandt@rheinland-bauelemente.example", "de-DE")
    po = mk_po("4500082512", sup, "lena", "EUR", "2027-03-01", [
        ("NE555DR", "Timer NE555DR, SOIC-8", 2500, "PCS", "0.19", "2027-03-26"),
        ("LM358DR", "OpAmp LM358DR, SOIC-8", 2500, "PCS", "0.16", "2027-03-26"),
    ])
    sent = T("2027-03-01 13:20:44")
    orig = request_msg(po, sup[2], sent)
    text = """Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: Purchase order 4500082512 - please confirm
Gesendet: 01.03.2027 13:20

Die folgenden Empfänger können nicht erreicht werden:

      't.brandt@rheinland-bauelemente.example' am 01.03.2027 13:20
            Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenden Sie sich an Ihren Helpdesk, wenn das Problem weiterhin besteht.
            <mail.rheinland-bauelemente.example #5.1.10 smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup>"""
    htm = "<html><body><p>Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.</p>" + _p(text.split("\n", 2)[2]) + "</body></html>"
    rep = MIMEMultipart("report", **{"report-type": "delivery-status"})
    rep.attach(alternative(text, htm, "utf-8", "b64"))
    rep.attach(ds_part([("Reporting-MTA", "dns;mail.rheinland-bauelemente.example"),
                        ("Received-From-MTA", "dns;mx1.buyer.example"), ("Arrival-Date", format_datetime(sent))],
                       [[("Final-Recipient", "rfc822;t.brandt@rheinland-bauelemente.example"), ("Action", "failed"),
                         ("Status", "5.1.10"),
                         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")]]))
    rep.attach(headers_only_part(orig))
    date = T("2027-03-01 13:20:51")
    m = finish(rep, ("Microsoft Outlook", "postmaster@rheinland-bauelemente.example"), [buyer_addr(po)],
               "Unzustellbar: " + req_subject(po), date, "outlook", slug, lang="de-DE",
               received=[("Return-Path", "<>")] + BOUNCE_TRACE(slug, date)[1:],
               extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    return [po], m, EXP("bounce", "Non-delivery report from the supplier's Exchange server (recipient not found).")


@case("bounce-delayed-warning-only", "bounce", "ko-KR",
      "Postfix 'Delayed Mail (still being retried)' DSN, Action: delayed - a warning, not a failure, still a bounce")
def b_delay(slug):
    po = mk_po("4500082526", SUP_HW, "ines", "USD", "2027-03-02", [
        ("HW-AIRLESS-50", "Airless bottle 50 ml, PP, white", 15000, "PCS", "0.47", "2027-04-16"),
    ])
    sent = T("2027-03-02 08:05:31")
    orig = request_msg(po, SUP_HW[2], sent)
    qid = h(slug, "q", n=10).upper()
    text = """This is the mail system at host mx1.buyer.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<export@hanwoolpack.example>: connect to mail.hanwoolpack.example[203.0.113.90]:25:
    Connection timed out"""
    rep = MIMEMultipart("report", **{"report-type": "delivery-status"})
    rep.attach(textpart(text, "plain", "us-ascii", "7bit"))
    rep.attach(ds_part([("Reporting-MTA", "dns; mx1.buyer.example"), ("X-Postfix-Queue-ID", qid),
                        ("Arrival-Date", format_datetime(sent))],
                       [[("Final-Recipient", "rfc822; export@hanwoolpack.example"), ("Action", "delayed"),
                         ("Status", "4.4.1"), ("Diagnostic-Code", "X-Postfix; connect to mail.hanwoolpack.example[203.0.113.90]:25: Connection timed out"),
                         ("Will-Retry-Until", format_datetime(T("2027-03-07 08:05:31")))]]))
    rep.attach(headers_only_part(orig))
    date = T("2027-03-02 12:15:02")
    m = finish(rep, ("Mail Delivery System", "MAILER-DAEMON@mx1.buyer.example"), [buyer_addr(po)],
               "Delayed Mail (still being retried)", date, "none", slug, received=BOUNCE_TRACE(slug, date),
               mid="<20270302111502.%s@mx1.buyer.example>" % qid, extra=[("Auto-Submitted", "auto-replied")])
    return [po], m, EXP("bounce", "Delivery-delay DSN for the PO request; nothing from the supplier.")


@case("bounce-qmail-caixa-cheia", "bounce", "pt-BR",
      "non-MIME qmail-style bounce with Portuguese text (mailbox full) and the original appended inline")
def b_qmail(slug):
    po = mk_po("PO-BR-27-0040", SUP_BRP, "priya", "BRL", "2027-03-02", [
        ("SQZ-ANTI-STRESS", "Bolinha anti-stress com logo", 2000, "PCS", "2.90", "2027-03-30"),
    ])
    sent = T("2027-03-02 14:40:10")
    orig = request_msg(po, SUP_BRP[2], sent)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=_policy.compat32.clone(linesep="\n")).flatten(orig)
    text = """Olá. Este é o programa qmail-send em mx.brindespaulista.example.
Infelizmente não foi possível entregar sua mensagem aos endereços abaixo.
Este é um erro permanente; desisti. Lamento que não tenha dado certo.

Hi. This is the qmail-send program at mx.brindespaulista.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<comercial@brindespaulista.example>:
A caixa postal do destinatário está cheia. / Mailbox quota exceeded.
552 5.2.2 Over quota

--- Abaixo desta linha está uma cópia da mensagem. / Below this line is a copy of the message.

""" + buf.getvalue().decode("ascii")
    m = textpart(text, "plain", "utf-8", "8bit")
    date = T("2027-03-02 10:40:15", "-0300")
    m = finish(m, (None, "MAILER-DAEMON@mx.brindespaulista.example"), [buyer_addr(po)],
               "failure notice", date, "none", slug,
               received=[("Return-Path", "<>"), ("Received", "from mx.brindespaulista.example (mx.brindespaulista.example [198.51.100.77])\n\tby mx1.buyer.example (Postfix) with ESMTP id %s\n\tfor <priya.nair@buyer.example>; %s" % (h(slug, n=10).upper(), format_datetime(date)))],
               mid="<%s.qmail@mx.brindespaulista.example>" % h(slug, "m", n=12))
    return [po], m, EXP("bounce", "qmail bounce (no multipart/report), Portuguese/English: recipient mailbox full.")


# --------------------------------------------------------------------------
# unrelated mail from the same suppliers
# --------------------------------------------------------------------------
def fold_pl(s):
    return s.translate(str.maketrans("ąćęłńśźżĄĆĘŁŃŚŹŻ", "acelnszzACELNSZZ"))


@case("invoice-for-older-po", "unrelated", "pl-PL",
      "supplier sends a VAT invoice (PDF) for an earlier, delivered order while another PO is open")
def u_invoice(slug):
    po = mk_po("4500082530", SUP_AGRO, "tomasz", "PLN", "2027-02-26", [
        ("NPK-15-15-15", "Nawóz NPK 15-15-15 granulowany", 1500, "KG", "4.20", "2027-03-25"),
        ("WLOK-P50", "Agrowłóknina biała P50, 3,2 x 100 m", 20, "ROLL", "139.00", "2027-03-25"),
    ])
    d = PdfDoc()
    d.text(40, "Agro-Hurt Nowak Sp. z o.o.", 13, True)
    d.text(40, fold_pl("ul. Przemysłowa 12, 62-800 Kalisz  |  NIP 618-205-33-71"), 8)
    d.gap(10)
    d.text(40, "FAKTURA VAT nr FV/213/02/2027", 14, True, dy=20)
    for a, b in [("Data wystawienia:", "26.02.2027"), ("Data sprzedazy:", "12.02.2027"),
                 ("Nabywca:", "Brightwater Group, Havenstraat 21, 3011 AB Rotterdam, NL  VAT NL812233445B01"),
                 ("Zamowienie:", "4500079930"), ("Dokument WZ:", "WZ 0187/02/2027"),
                 ("Termin platnosci:", "28.03.2027 (30 dni), przelew")]:
        d.row([40, 140], [a, b], 9)
    d.gap(10)
    cols = [40, 65, 260, 310, 345, 405, 470, 520]
    d.row(cols, ["Lp.", "Nazwa", "Ilosc", "J.m.", "Cena netto", "Wart. netto", "VAT", "Brutto"], 8.5, True)
    d.row(cols, ["1", "Nawoz NPK 15-15-15 granulowany", "1 000", "kg", "4,15", "4 150,00", "8%", "4 482,00"], 8.5)
    d.row(cols, ["2", "Mieszanka traw sportowa", "100", "kg", "18,90", "1 890,00", "8%", "2 041,20"], 8.5)
    d.gap(8)
    d.row([345, 405, 470, 520], ["Razem:", "6 040,00", "483,20", "6 523,20"], 9, True)
    d.gap(8)
    d.text(40, "Do zaplaty: 6 523,20 PLN  (slownie: szesc tysiecy piecset dwadziescia trzy 20/100 PLN)", 9)
    d.text(40, "Rachunek: PKO BP 12 1020 2212 0000 5502 0123 4567", 9)
    d.text(40, "Mechanizm podzielonej platnosci nie dotyczy.", 8)
    pdf = d.pdf(producer="Subiekt GT", title="FV/213/02/2027", created="20270226113000+01'00'")
    text = """Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/213/02/2027 do zamówienia 4500079930 (dostawa z 12.02.2027).
Termin płatności: 30 dni od daty wystawienia.

Prosimy o potwierdzenie otrzymania.

Pozdrawiam
Monika Kaczmarek
Dział Księgowości
Agro-Hurt Nowak Sp. z o.o.
tel. 62 757 14 25"""
    m = mixed(textpart(text, "plain", "iso-8859-2", "qp"), attachment(pdf, "FV_213_02_2027.pdf", "application/pdf"))
    m = finish(m, ("Księgowość Agro-Hurt", "ksiegowosc@agrohurt-nowak.example"), [buyer_addr(po)],
               "Faktura VAT FV/213/02/2027", T("2027-02-26 11:31:07"), "outlook", slug, hdr_charset="iso-8859-2", lang="pl-PL")
    return [po], m, EXP("unrelated", "Invoice for PO 4500079930 (already delivered); the open PO 4500082530 is not addressed.")


@case("price-list-2027-xlsx", "unrelated", "de-CH",
      "general price adjustment letter with an XLSX price list that includes items of the open PO (new prices from 1 April)")
def u_pricelist(slug):
    po = mk_po("4500082545", SUP_SAN, "jonas", "CHF", "2027-02-25", [
        ("GEB-MP-16", "Geberit Mepla Systemrohr 16 mm, Stange 5 m", 200, "M", "7.85", "2027-03-23"),
        ("GEB-MP-BOG-16", "Mepla Bogen 90° 16 mm", 80, "PCS", "14.60", "2027-03-23"),
    ])
    rows = [["Sanitas Haustechnik AG – Preisliste gültig ab 01.04.2027"], [],
            ["Artikelnr.", "Ihre Artikelnr.", "Bezeichnung", "ME", "Preis bisher CHF", "Preis ab 01.04.2027 CHF", "Änderung %"],
            ["2040016", "GEB-MP-16", "Mepla Systemrohr 16 mm, 5 m", "M", ("n2", 7.85), ("n2", 8.20), 4.5],
            ["2040116", "GEB-MP-BOG-16", "Mepla Bogen 90° 16 mm", "ST", ("n2", 14.60), ("n2", 15.10), 3.4],
            ["8812025", "NIRO-KUG-1", 'Kugelhahn Inox 1" IG/IG', "ST", ("n2", 38.20), ("n2", 39.50), 3.4],
            ["6130022", "ISO-ROHR-22", "Isolation 22x13 mm, 2 m", "ST", ("n2", 5.10), ("n2", 5.30), 3.9]]
    x = make_xlsx(rows, sheet="Preisliste 2027", widths=[12, 16, 34, 6, 16, 22, 12])
    text = """Sehr geehrte Kundin, sehr geehrter Kunde

Die anhaltend hohen Kosten für Metalle, Energie und Transport zwingen uns, unsere Verkaufspreise per 1. April 2027 um durchschnittlich 3,8 % anzupassen. Die neue Preisliste für Ihre Artikel finden Sie in der Beilage.

Bereits bestätigte Aufträge werden selbstverständlich zu den bestätigten Konditionen ausgeliefert.

Wir danken Ihnen für Ihr Verständnis und die angenehme Zusammenarbeit.

Freundliche Grüsse

Sanitas Haustechnik AG
Verkauf Schweiz"""
    m = mixed(textpart(text, "plain", "iso-8859-1", "qp"), attachment(x, "Preisliste_2027_Brightwater.xlsx", XLSX))
    m = finish(m, ("Sanitas Haustechnik AG", "info@sanitas-haustechnik.example"), [buyer_addr(po)],
               "Preisanpassung per 1. April 2027", T("2027-03-01 07:30:00"), "outlook", slug, hdr_charset="iso-8859-1",
               extra=[("Precedence", "bulk")], lang="de-CH")
    return [po], m, EXP("unrelated",
                        "Mass mailing about future prices; the list contains PO items but does not answer PO 4500082545.")


SUP_WCS = ("WESTCOASTSEMI", "Westcoast Semiconductor Distribution", "orders@westcoastsemi.example", "en-US")


@case("newsletter-lead-time-report-html", "unrelated", "en-US",
      "HTML-only distributor newsletter with lead-time figures in weeks, List-Unsubscribe, Precedence: bulk")
def u_newsletter(slug):
    po = mk_po("4500082560", SUP_WCS, "daniel", "USD", "2027-02-26", [
        ("STM32H743VIT6", "MCU STM32H743VIT6, LQFP100", 400, "PCS", "9.85", "2027-04-30"),
        ("TPS7A4701RGWR", "LDO TPS7A4701RGWR, VQFN-20", 1000, "PCS", "2.12", "2027-04-30"),
    ])
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Westcoast Semi Insider</title></head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#0b3d91;color:#fff;padding:18px 24px;font-size:22px"><b>Westcoast Semi Insider</b> &middot; March 2027</td></tr>
<tr><td style="padding:20px 24px"><h2 style="color:#0b3d91">Q1 2027 Lead Time Report</h2>
<p>Supply is loosening in most commodity categories, but power management and high-end MCUs remain tight. Current typical factory lead times:</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e8eefb"><th>Category</th><th>Lead time</th><th>Trend</th></tr>
<tr><td>MLCC (general purpose)</td><td>8&ndash;12 weeks</td><td>&#8600; improving</td></tr>
<tr><td>32-bit MCUs (high-end)</td><td>14&ndash;18 weeks</td><td>&#8594; stable</td></tr>
<tr><td>LDO / PMIC</td><td>16&ndash;22 weeks</td><td>&#8599; stretching</td></tr>
<tr><td>Discrete MOSFETs</td><td>10&ndash;14 weeks</td><td>&#8594; stable</td></tr>
</table>
<p>Place orders early for Q3 builds. Our allocation desk can help with scheduled orders &ndash; talk to your account manager.</p>
<h3>New in our linecard</h3><p>We now stock the full range of automotive-grade TVS diodes from a new partner. <a href="https://www.westcoastsemi.example/new">Browse now</a>.</p>
<h3>Webinar: Designing for supply resilience</h3><p>Thursday, March 18, 10:00 AM PT. <a href="https://www.westcoastsemi.example/webinar">Register</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777">Westcoast Semiconductor Distribution &middot; 4550 Great America Pkwy, Santa Clara, CA 95054<br>
You are receiving this email because you are a registered customer. <a href="https://www.westcoastsemi.example/unsubscribe?u=7f3a9c">Unsubscribe</a> | <a href="https://www.westcoastsemi.example/prefs">Preferences</a></td></tr>
</table></td></tr></table></body></html>"""
    m = textpart(html, "html", "utf-8", "qp")
    m = finish(m, ("Westcoast Semi", "news@westcoastsemi.example"), [buyer_addr(po)],
               "Q1 2027 Lead Time Report + new automotive TVS line", T("2027-03-02 17:00:00", "-0800"), "none", slug,
               mid="<20270303010000.%s@mailer.westcoastsemi.example>" % h(slug, n=18),
               extra=[("List-Unsubscribe", "<https://www.westcoastsemi.example/unsubscribe?u=7f3a9c>, <mailto:unsubscribe@westcoastsemi.example?subject=7f3a9c>"),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                      ("X-Mailer", "Salesforce Marketing Cloud")])
    return [po], m, EXP("unrelated", "Marketing newsletter; lead-time figures are general, not about PO 4500082560.")


@case("payment-reminder-overdue-invoices", "unrelated", "it-IT",
      "Italian payment reminder (sollecito) for overdue invoices, while a PO is open")
def u_dunning(slug):
    po = mk_po("4500082566", SUP_VETRI, "marco", "EUR", "2027-02-26", [
        ("VIAL-10R-T1", "Flacone vetro tubolare tipo I, 10R, 10 ml", 40000, "PCS", "0.081", "2027-04-15"),
    ])
    text = """Spett.le Brightwater Group,

da un controllo contabile risultano ancora aperte le seguenti fatture, scadute:

Fattura n. 2026/1184 del 30/11/2026 – € 4.230,00 – scadenza 30/01/2027
Fattura n. 2026/1251 del 15/12/2026 – € 2.912,50 – scadenza 15/02/2027

Totale scaduto: € 7.142,50

Vi preghiamo di provvedere al saldo entro 10 giorni dal ricevimento della presente, a mezzo bonifico sul conto IBAN IT60 X054 2811 1010 0000 0123 456. Qualora il pagamento sia già stato effettuato, vi preghiamo di considerare nulla la presente e di inviarci copia della contabile.

Distinti saluti

Amministrazione – Ufficio Crediti
Vetri Farmaceutici Lombardi S.r.l.
Tel. +39 035 690 1100"""
    m = alternative(text, to_html(text, "none", "", ""), "utf-8", "qp")
    m = finish(m, ("Amministrazione Vetri Lombardi", "amministrazione@vetrilombardi.example"), [buyer_addr(po)],
               "Sollecito di pagamento – fatture scadute", T("2027-03-02 10:12:40"), "outlook", slug, lang="it-IT")
    return [po], m, EXP("unrelated", "Dunning letter about old invoices; nothing about PO 4500082566.")


@case("dispatch-note-other-order", "unrelated", "nb-NO",
      "Norwegian shipping notification (tracking) for a different, earlier order of the same supplier")
def u_dispatch(slug):
    po = mk_po("4500082588", SUP_KYST, "sofia", "NOK", "2027-03-01", [
        ("FEND-F4-BLUE", "Fender F4, blå, 22x58 cm", 24, "PCS", "385.00", "2027-03-26"),
    ])
    text = """Hei,

Ordre 4500079812 (vår ordre 230117) er sendt fra vårt lager i Ålesund i dag.

Transportør: Bring Cargo
Sporingsnummer: 70730259304981712
Antall kolli: 3, vekt 146 kg
Forventet levert: innen 4-5 virkedager

Pakkseddel følger med sendingen.

Mvh
Lager / Kystutstyr Maritim AS
Tlf. 70 12 45 85"""
    m = textpart(text, "plain", "utf-8", "qp")
    m = finish(m, ("Kystutstyr Lager", "lager@kystutstyr.example"), [buyer_addr(po)],
               "Sendingsbekreftelse ordre 4500079812", T("2027-03-02 14:55:03"), "script", slug)
    return [po], m, EXP("unrelated", "Shipping notice for another order (4500079812); open PO 4500082588 not addressed.")


@case("as9120-certificate-renewal", "unrelated", "en-US",
      "aerospace supplier circulates renewed AS9120B/ISO certificate (PDF) - quality document, not an order answer")
def u_cert(slug):
    po = mk_po("4500082601", SUP_PAF, "daniel", "USD", "2027-03-01", [
        ("MS21042L4", "Nut, self-locking, reduced hex, MS21042L4", 1500, "PCS", "0.41", "2027-04-02"),
    ])
    d = PdfDoc()
    d.text(150, "CERTIFICATE OF REGISTRATION", 18, True, dy=30)
    d.text(60, "This is to certify that the Quality Management System of", 11)
    d.text(60, "Pacific Aero Fastener Supply, Inc.", 14, True)
    d.text(60, "2150 W. 190th St, Torrance, CA 90504, USA", 11, dy=24)
    d.text(60, "has been assessed and found to conform to the requirements of", 11)
    d.text(60, "AS9120B and ISO 9001:2015", 14, True, dy=24)
    d.text(60, "Scope: Distribution of aerospace fasteners and hardware, including kitting and lot traceability.", 10, dy=24)
    for a, b in [("Certificate No.:", "US-AS9120-58821"), ("Original approval:", "14 March 2018"),
                 ("Current issue:", "22 February 2027"), ("Expiry:", "21 February 2030"), ("OASIS ID:", "3125448991")]:
        d.row([60, 190], [a, b], 10)
    d.gap(30)
    d.text(60, "For and on behalf of AeroCert Registrar LLC, accredited by ANAB", 9)
    pdf = d.pdf(producer="Adobe PDF Library 17.0", title="AS9120B certificate", created="20270222120000Z")
    text = """Dear Valued Customer,

Please find attached our renewed AS9120B / ISO 9001:2015 certificate of registration (Certificate No. US-AS9120-58821, valid through February 21, 2030). Please update your approved supplier records accordingly.

Our OASIS listing has been updated as well.

Best regards,

Quality Department
Pacific Aero Fastener Supply, Inc.
quality@pacaerofast.example | (310) 555-0185"""
    m = mixed(textpart(text, "plain", "us-ascii", "7bit"), attachment(pdf, "PAFS_AS9120B_Certificate_2027.pdf", "application/pdf"))
    m = finish(m, ("PAFS Quality", "quality@pacaerofast.example"), [buyer_addr(po)],
               "Updated AS9120B certificate - Pacific Aero Fastener Supply", T("2027-03-03 09:44:10", "-0800"), "outlook", slug,
               lang="en-US")
    return [po], m, EXP("unrelated", "Quality certificate circular; no reference to the open PO.")


@case("bank-account-change-notice", "unrelated", "ro-RO",
      "Romanian notice of changed bank details (IBAN) from the same supplier")
def u_bank(slug):
    po = mk_po("4500082612", SUP_INST, "claire", "RON", "2027-03-02", [
        ("PPR-TUB-32", "Țeavă PPR PN20 32 mm, bară 4 m", 600, "M", "10.40", "2027-03-29"),
    ])
    text = """Stimați parteneri,

Vă informăm că, începând cu data de 15.03.2027, Instal Distribuție SRL își schimbă banca principală. Vă rugăm ca toate plățile către societatea noastră să fie efectuate în noul cont:

Banca Transilvania, Sucursala Cluj
IBAN: RO49 BTRL RONC RT0A 1234 5601
Titular: Instal Distribuție SRL, CUI RO18234567

Contul vechi deschis la BRD va fi închis la 31.03.2027. Confirmarea oficială, semnată și ștampilată, este disponibilă la cerere; pentru verificare vă rugăm să ne contactați telefonic la +40 264 450 100.

Cu stimă,
Departament Financiar
Instal Distribuție SRL"""
    m = alternative(text, to_html(text, "none", "", ""), "utf-8", "qp")
    m = finish(m, ("Instal Distribuție – Financiar", "financiar@instaldistributie.example"), [buyer_addr(po)],
               "Notificare schimbare cont bancar", T("2027-03-03 12:00:12", "+0200"), "outlook", slug, lang="ro-RO")
    return [po], m, EXP("unrelated", "Bank-details change notice; not an answer about PO 4500082612.")


# --------------------------------------------------------------------------
# needs_review: human replies that do not (yet) commit
# --------------------------------------------------------------------------
@case("question-pantone-before-confirm", "needs_review", "pt-BR",
      "supplier asks the Pantone colour and engraving position before confirming the date")
def n_pantone(slug):
    po = mk_po("PO-BR-27-0045", SUP_BRP, "priya", "BRL", "2027-03-01", [
        ("CAN-MET-PRETA", "Caneta metálica preta com gravação a laser", 3000, "PCS", "3.85", "2027-03-29"),
        ("CAD-A5-KRAFT", "Caderno A5 capa kraft com logo em hot stamping", 800, "PCS", "14.60", "2027-03-29"),
    ])
    top = """Oi Priya, bom dia!

Antes de confirmar o pedido PO-BR-27-0045 preciso de duas informações:

1) O logo do caderno é em qual cor Pantone? No arquivo que recebemos aparece 2945 C, mas no manual de marca está 300 C.
2) A gravação da caneta é no corpo ou no clipe?

Assim que você me responder eu confirmo prazo e valores certinho.

Beijos"""
    hdr = "Em seg., 1 de mar. de 2027 às 09:12, Priya Nair <priya.nair@buyer.example> escreveu:"
    m = send_reply(po, ("Fernanda Lima", SUP_BRP[2]), T("2027-03-02 09:47:15", "-0300"), "gmail", top, SIG_BRP,
                   "gmail", hdr, prefix_subj="Re: ", quoted=po_request_text(po, address=ADDR_BR), slug=slug)
    return [po], m, EXP("needs_review", "Questions back to the buyer; the supplier will confirm only after the answers.")


@case("received-confirm-after-certs-check", "needs_review", "de-DE",
      "'Bestellung dankend erhalten', confirmation promised once the sub-supplier answers about 3.1 certificates")
def n_received(slug):
    po = mk_po("4500082620", SUP_BOEHM, "lena", "EUR", "2027-03-01", [
        ("NAS1149D0332J", "Scheibe NAS1149D0332J, Alu", 5000, "PCS", "0.09", "2027-04-09"),
        ("LN9038-M4x10", "Schraube LN 9038 M4x10, Titan", 600, "PCS", "2.95", "2027-04-09"),
    ])
    top = """Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Bestellung 4500082620, die wir dankend erhalten haben.

Die Auftragsbestätigung erhalten Sie in den nächsten Tagen, sobald uns die Rückmeldung unseres Vorlieferanten zur Verfügbarkeit der Abnahmeprüfzeugnisse 3.1 vorliegt. Den gewünschten Termin KW 14 haben wir angefragt."""
    quoted = ("Lena Hoffmann <lena.hoffmann@buyer.example> schrieb am 01.03.2027 11:05:40:\n\n" +
              prefix("Von: Lena Hoffmann <lena.hoffmann@buyer.example>\nAn: auftrag@boehm-lnt.example\n"
                     "Datum: 01.03.2027 11:05\nBetreff: " + req_subject(po) + "\n\n" + po_request_text(po)))
    m = textpart(top + "\n\n" + SIG_BOEHM + "\n\n\n" + quoted, "plain", "iso-8859-15", "qp")
    m = finish(m, ("Stefan Wagner", SUP_BOEHM[2]), [buyer_addr(po)], "Antwort: " + req_subject(po),
               T("2027-03-02 08:12:55"), "lotus", slug, irt=po["request_message_id"], refs=[po["request_message_id"]],
               hdr_charset="iso-8859-15")
    return [po], m, EXP("needs_review",
                        "Receipt only; the confirmation will follow. 'KW 14 angefragt' is a request to the sub-supplier, not a commitment.")


@case("contradiction-body-vs-ack-pdf", "needs_review", "en-GB",
      "marine: body says all lines for Monday 15 March, attached Oracle acknowledgement promises line 2 on 22-MAR-2027")
def n_contra(slug):
    po = mk_po("4500082635", SUP_NSOS, "anna", "GBP", "2027-03-01", [
        ("SHK-BOW-8.5T", "Bow shackle 8.5 t, galvanised, screw pin", 40, "PCS", "24.60", "2027-03-15"),
        ("WR-6x36-20", "Steel wire rope 6x36 IWRC 20 mm, galvanised", 300, "M", "9.85", "2027-03-15"),
        ("LJ-150N-WORK", "Lifejacket 150N, workwear, auto-inflating", 30, "PCS", "72.00", "2027-03-15"),
    ])
    rows = [
        ["1.1", "BS85G", "Bow shackle 8.5t galv screw pin", "40", "EA", "24.60", "984.00", "10-MAR-2027", "15-MAR-2027"],
        ["2.1", "WR636-20G", "Wire rope 6x36 IWRC 20mm galv", "300", "M", "9.85", "2,955.00", "17-MAR-2027", "22-MAR-2027"],
        ["3.1", "LJ150A", "Lifejacket 150N auto workwear", "30", "EA", "72.00", "2,160.00", "10-MAR-2027", "15-MAR-2027"],
    ]
    pdf = oracle_ack_pdf("1189004", "02-MAR-2027", "4500082635", rows, "6,099.00")
    top = """Hi Anna,

Thanks for the order. All three lines are confirmed for delivery on Monday 15 March as requested, acknowledgement attached.

Any questions just give me a shout."""
    sig = """Fiona Ross
Account Manager
North Sea Offshore Supplies Ltd
Souter Head Road, Altens, Aberdeen AB12 3LF
T: 01224 555 810 | M: 07700 900 412"""
    hdr = outlook_quote("en", "Anna Berg <anna.berg@buyer.example>", "01 March 2027 10:52",
                        "Orders <orders@nsos.example>", req_subject(po))
    m = send_reply(po, ("Fiona Ross", "fiona.ross@nsos.example"), T("2027-03-02 15:21:07", "+0000"), "outlook", top, sig,
                   "outlook", hdr, atts=[attachment(pdf, "SO_1189004_ACK.pdf", "application/pdf")], lang="en-GB", slug=slug)
    return [po], m, EXP("needs_review",
                        "Text says all lines 15 March; the attached acknowledgement promises line 2 for 22-MAR-2027. "
                        "Contradictory -> a human must check which date holds.")


@case("ok-thumbs-up-from-phone", "needs_review", "da-DK",
      "one-word 'Ok 👍' from an iPhone under the quoted PO: receipt or acceptance? ambiguous")
def n_ok(slug):
    po = mk_po("4500082648", SUP_GRON, "sofia", "DKK", "2027-03-01", [
        ("POT-14-SORT", "Plastpotte 14 cm, sort, rund", 12000, "PCS", "0.78", "2027-03-24"),
        ("BAKKE-40X60", "Transportbakke 40x60 cm, til 12 cm potter", 600, "PCS", "11.80", "2027-03-24"),
    ])
    plain = "Ok 👍\n\nSendt fra min iPhone\n\n> Den 1. mar. 2027 kl. 10.12 skrev Sofia Lindqvist <sofia.lindqvist@buyer.example>:\n>\n" + prefix(po_request_text(po))
    m = textpart(plain, "plain", "utf-8", "qp")
    m = finish(m, ("Henrik Møller", "hm@groenhus.example"), [buyer_addr(po)], "Sv: " + req_subject(po),
               T("2027-03-01 12:03:40"), "iphone", slug, irt=po["request_message_id"], refs=[po["request_message_id"]])
    return [po], m, EXP("needs_review",
                        "'Ok' could mean 'received' or 'accepted as ordered'; a careful buyer would not book it as a confirmation without asking.")


@case("reply-only-quotes-our-po", "needs_review", "en-US",
      "reply with an empty body (only 'Sent from my iPhone' and our own quoted PO)")
def n_empty(slug):
    po = mk_po("PO-27-00615", SUP_MBT, "daniel", "USD", "2027-03-01", [
        ("HP-M611DN", "HP LaserJet Enterprise M611dn", 2, "PCS", "879.00", "2027-03-19"),
        ("HP-W1470X", "HP 147X black toner (W1470X)", 6, "PCS", "329.00", "2027-03-19"),
    ])
    plain = "\n\nSent from my iPhone\n\n> On Mar 1, 2027, at 2:02 AM, Daniel Okafor <daniel.okafor@buyer.example> wrote:\n>\n" + prefix(po_request_text(po))
    m = textpart(plain, "plain", "utf-8", "qp")
    m = finish(m, ("Jennifer Kowalski", SUP_MBT[2]), [buyer_addr(po)], "Re: " + req_subject(po),
               T("2027-03-01 07:18:02", "-0600"), "iphone", slug, irt=po["request_message_id"], refs=[po["request_message_id"]])
    return [po], m, EXP("needs_review", "No text of its own (probably sent by accident); our quoted PO must not be read as a confirmation.")


@case("mcu-lead-time-range-tbc", "needs_review", "en-US",
      "electronic components: '12-14 weeks ARO', LDO on allocation, exact ship dates to be confirmed -> nothing committed")
def n_range(slug):
    po = mk_po("4500082655", SUP_WCS, "daniel", "USD", "2027-03-01", [
        ("STM32H743VIT6", "MCU STM32H743VIT6, LQFP100", 400, "PCS", "9.85", "2027-04-30"),
        ("TPS7A4701RGWR", "LDO TPS7A4701RGWR, VQFN-20", 1000, "PCS", "2.12", "2027-04-30"),
    ])
    top = """Hi Daniel,

Thanks for PO 4500082655. Quick heads-up before we acknowledge:

- STM32H743VIT6: factory lead time is currently 12-14 weeks ARO. Pricing is OK. We'll confirm the exact ship date once ST commits to our backlog, usually within a week.
- TPS7A4701RGWR: TI has this part on allocation. We've entered it on our backlog but can't give you a date or confirm the full quantity yet.

I'll send the formal acknowledgement as soon as I have the dates."""
    sig = """Best,
Ryan Mitchell
Account Manager | Westcoast Semiconductor Distribution
4550 Great America Pkwy, Santa Clara, CA 95054
M: (408) 555-0119"""
    hdr = "On Mon, Mar 1, 2027 at 1:40 AM Daniel Okafor <daniel.okafor@buyer.example> wrote:"
    m = send_reply(po, ("Ryan Mitchell", "ryan.mitchell@westcoastsemi.example"), T("2027-03-01 11:25:33", "-0800"), "gmail",
                   top, sig, "gmail", hdr, prefix_subj="Re: ", slug=slug)
    return [po], m, EXP("needs_review",
                        "Only an indicative lead-time range and 'will confirm'; no date or quantity committed for either line.")


@case("question-drawing-revision", "needs_review", "cs-CZ",
      "Czech glass supplier asks which drawing revision (B vs C) and whether 3.1 certificate is required")
def n_rev(slug):
    po = mk_po("4500082661", SUP_SKLO, "tomasz", "CZK", "2027-03-01", [
        ("BW-GL-2207-C", "Průhledítko borosilikát dle výkresu BW-GL-2207 rev. C", 150, "PCS", "412.00", "2027-04-16"),
    ])
    top = """Dobrý den, pane Wojciku,

k objednávce č. 4500082661 potřebujeme upřesnit:

1. Ve výkresu, který jste nám poslali, je revize B, v objednávce ale uvádíte revizi C. Podle které revize máme vyrábět? Pokud C, pošlete nám prosím aktuální výkres.
2. Požadujete k dodávce inspekční certifikát 3.1 dle EN 10204?

Potvrzení objednávky zašleme hned po upřesnění."""
    hdr = "Dne 01.03.2027 v 10:05 Tomasz Wojcik napsal(a):"
    m = send_reply(po, ("Petra Nováková", SUP_SKLO[2]), T("2027-03-02 13:37:10"), "thunderbird", top, SIG_SKLO,
                   "tb", hdr, prefix_subj="Re: ", html=False, cte="8bit", slug=slug)
    return [po], m, EXP("needs_review", "Technical questions; the order will be confirmed after the buyer answers.")


@case("vague-mid-march-approx", "needs_review", "es-CL",
      "'a mediados de marzo aprox.', exact date next week when the container arrives -> vague, not committed")
def n_vague(slug):
    po = mk_po("PO-CL-27-0024", SUP_RA, "daniel", "CLP", "2027-02-26", [
        ("RA-CINTA-16-30", "Cinta de riego 16 mm, goteros cada 30 cm, rollo 2.500 m", 30, "ROLL", "84900", "2027-03-12"),
        ("RA-CONECT-16", "Conector inicial cinta 16 mm", 500, "PCS", "290", "2027-03-12"),
    ])
    top = """Hola Daniel,

La OC PO-CL-27-0024 la podríamos atender a mediados de marzo aprox., depende de cuándo salga el contenedor de la aduana de San Antonio. Te confirmo la fecha exacta la próxima semana. Los precios se mantienen.

Saludos!"""
    hdr = "El vie, 26 feb 2027 a las 11:02, Daniel Okafor (<daniel.okafor@buyer.example>) escribió:"
    m = send_reply(po, ("Felipe Muñoz", SUP_RA[2]), T("2027-03-01 17:50:02", "-0300"), "gmail", top, SIG_RA,
                   "gmail", hdr, prefix_subj="Re: ", quoted=po_request_text(po, address=ADDR_CL), slug=slug)
    return [po], m, EXP("needs_review",
                        "Conditional ('podríamos') and approximate ('mediados de marzo aprox.'), exact date promised for next week.")


@case("price-counteroffer-awaiting-ok", "needs_review", "ro-RO",
      "supplier rejects the PO price, quotes its own, and waits for the buyer's OK before giving a delivery date")
def n_counter(slug):
    po = mk_po("4500082672", SUP_INST, "claire", "RON", "2027-03-01", [
        ("VANA-SF-1", 'Robinet sferic 1" FI-FE, mâner fluture', 120, "PCS", "22.50", "2027-03-26"),
        ("VANA-SF-34", 'Robinet sferic 3/4" FI-FE, mâner fluture', 200, "PCS", "16.80", "2027-03-26"),
    ])
    top = """Bună ziua doamna Dubois,

Din păcate nu putem onora comanda 4500082672 la prețurile din comandă. Prețurile noastre actuale sunt:
- robinet sferic 1": 25,90 RON/buc
- robinet sferic 3/4": 18,70 RON/buc

Vă rugăm să ne confirmați dacă sunteți de acord cu noile prețuri, după care vă transmitem și termenul de livrare."""
    hdr = outlook_quote("ro", "Claire Dubois <claire.dubois@buyer.example>", "luni, 1 martie 2027 10:44",
                        "comenzi@instaldistributie.example", req_subject(po))
    m = send_reply(po, ("Andrei Popescu", SUP_INST[2]), T("2027-03-02 09:20:45", "+0200"), "outlook", top, SIG_INST,
                   "outlook", hdr, lang="ro-RO", slug=slug)
    return [po], m, EXP("needs_review",
                        "Counter-offer on price pending the buyer's agreement, no delivery date: nothing committed yet.")


@case("internal-forward-cc-buyer-by-mistake", "needs_review", "tr-TR",
      "supplier forwards our PO internally asking a colleague to check stock, with the buyer in Cc (İLT:)")
def n_internal(slug):
    po = mk_po("4500082684", SUP_EGE, "jonas", "EUR", "2027-03-01", [
        ("EP-BV-1-PN25", 'Brass ball valve 1" PN25, red lever', 400, "PCS", "6.90", "2027-04-09"),
        ("EP-NIP-34", 'Brass nipple 3/4" M-M, nickel plated', 2000, "PCS", "0.92", "2027-04-09"),
    ])
    top = """Ahmet Bey merhaba,

Bu siparişin stok durumunu ve 9 Nisan teslim tarihinin uygun olup olmadığını kontrol edebilir misiniz? Küresel vanalarda pirinç fiyatı yine arttı, fiyatı da bir gözden geçirelim, müşteriye ondan sonra dönüş yapacağım.

Teşekkürler
Elif"""
    hdr = outlook_quote("tr", "Jonas Meier <jonas.meier@buyer.example>", "1 Mart 2027 Pazartesi 09:58",
                        "satis@egepirinc.example", req_subject(po), sep="line")
    m = send_reply(po, ("Elif Yıldız", SUP_EGE[2]), T("2027-03-01 14:12:33", "+0300"), "outlook", top, None,
                   "outlook", hdr, subject="İLT: " + req_subject(po), irt=False, refs=[],
                   to=[("Ahmet Kaya", "ahmet.kaya@egepirinc.example")], cc=[buyer_addr(po)], lang="tr-TR", slug=slug,
                   charset="windows-1254")
    return [po], m, EXP("needs_review",
                        "Internal forward that reached the buyer via Cc: a question to a colleague, not a commitment. "
                        "The date 9 Nisan is the buyer's own need-by being checked.")


@case("deposit-required-before-confirmation", "needs_review", "vi-VN",
      "Vietnamese supplier requires a 30% deposit before confirming; delivery date only after deposit")
def n_deposit(slug):
    po = mk_po("PO-27-00640", SUP_SV, "priya", "USD", "2027-03-01", [
        ("POLO-200-WH-M", "Polo shirt 200 gsm, white, size M, embroidered logo", 1000, "PCS", "4.60", "2027-04-23"),
        ("POLO-200-WH-L", "Polo shirt 200 gsm, white, size L, embroidered logo", 1000, "PCS", "4.60", "2027-04-23"),
    ])
    top = """Chào chị Priya,

Bên em đã nhận được đơn hàng PO-27-00640, cảm ơn chị.

Theo chính sách của công ty, với khách hàng mới chị vui lòng chuyển cọc 30% giá trị đơn hàng (2.760 USD) trước khi bên em xác nhận đơn và lên kế hoạch sản xuất. Ngày giao hàng sẽ được xác nhận sau khi nhận được tiền cọc.

Thông tin tài khoản:
Ngân hàng Vietcombank – CN Tân Bình
Số TK: 0071 0012 34567 – SWIFT: BFTVVNVX

Trân trọng,"""
    hdr = "Vào Th 2, 1 thg 3, 2027 vào lúc 15:20 Priya Nair <priya.nair@buyer.example> đã viết:"
    m = send_reply(po, ("Thu Hà Nguyễn", SUP_SV[2]), T("2027-03-02 10:05:50", "+0700"), "gmail", top, SIG_SV,
                   "gmail", hdr, prefix_subj="Re: ", cte="b64", slug=slug)
    return [po], m, EXP("needs_review", "Confirmation is conditional on a deposit; no date or commitment yet.")


@case("which-po-same-item-no-reference", "needs_review", "en-SG",
      "short new mail 'confirm the Rev 3 boards, ship 12 Mar' while two open POs contain the same PCB; no PO number/quantity")
def n_which(slug):
    po_a = mk_po("PO-27-00620", SUP_LCC, "daniel", "USD", "2027-02-26", [
        ("BW-CTRL-MB-R3", "PCB 4-layer FR4 1.6mm ENIG, 160x100mm, Rev 3", 500, "PCS", "4.35", "2027-03-12"),
    ])
    po_b = mk_po("PO-27-00634", SUP_LCC, "daniel", "USD", "2027-03-01", [
        ("BW-CTRL-MB-R3", "PCB 4-layer FR4 1.6mm ENIG, 160x100mm, Rev 3", 800, "PCS", "4.35", "2027-03-12"),
    ])
    text = """Hi Daniel,

Confirm the Rev 3 boards, ship 12 Mar.

Thanks!
Jaslyn

Sent from my Galaxy"""
    m = alternative(text, '<div dir="auto">Hi Daniel,<div dir="auto"><br></div><div dir="auto">Confirm the Rev 3 boards, ship 12 Mar.</div><div dir="auto"><br></div><div dir="auto">Thanks!</div><div dir="auto">Jaslyn</div><div dir="auto"><br></div><div dir="auto">Sent from my Galaxy</div></div>', "utf-8", "qp")
    m = finish(m, ("Jaslyn Tan", SUP_LCC[2]), [buyer_addr(po_a)], "Rev 3 boards", T("2027-03-02 21:14:09", "+0800"),
               "gmail", slug)
    return [po_a, po_b], m, EXP("needs_review",
                                "Two open POs carry the same Rev 3 PCB (500 and 800 pcs, both due 2027-03-12); the mail names neither PO "
                                "nor quantity, so it cannot be attributed with certainty.")


# ==========================================================================
# main: write cases, validate, README
# ==========================================================================
import re as _re
from decimal import Decimal as _Dec
from email import message_from_bytes as _mfb
from email.utils import parsedate_to_datetime as _pdate


def validate(pos, exp, raw, slug, category):
    assert exp["kind"] in ("confirmation", "needs_review", "auto_reply", "bounce", "unrelated"), slug
    assert exp["kind"] == category, (slug, exp["kind"], category)
    assert isinstance(exp.get("notes"), str) and exp["notes"], slug
    by_no = {p["po_number"]: p for p in pos}
    for p in pos:
        assert p["currency"] and _re.fullmatch(r"\d{4}-\d{2}-\d{2}", p["issued"])
        for l in p["lines"]:
            _Dec(l["unit_price"])
            dt.date.fromisoformat(l["requested_date"])
    if exp["kind"] != "confirmation":
        assert "confirmations" not in exp, slug
    else:
        assert exp["confirmations"], slug
        for c in exp["confirmations"]:
            p = by_no[c["po_number"]]
            assert sorted(c["lines"], key=int) == [str(l["line"]) for l in p["lines"]], (slug, "lines")
            for l in p["lines"]:
                v = c["lines"][str(l["line"])]
                st = v["status"]
                if st in ("rejected", "unconfirmed"):
                    assert set(v) == {"status"}, (slug, v)
                    continue
                assert st in ("accepted", "changed"), (slug, st)
                assert isinstance(v["quantity"], (int, float)) and isinstance(v["unit_price"], str), (slug, v)
                _Dec(v["unit_price"])
                dt.date.fromisoformat(v["date"])
                same = (v["quantity"] == l["quantity"] and _Dec(v["unit_price"]) == _Dec(l["unit_price"])
                        and v["date"] == l["requested_date"])
                if st == "accepted":
                    assert same and "schedule" not in v, (slug, l["line"], v)
                else:
                    assert not same or "schedule" in v, (slug, "changed but same", l["line"], v)
                if "schedule" in v:
                    sc = v["schedule"]
                    assert len(sc) >= 2
                    assert abs(sum(x["quantity"] for x in sc) - v["quantity"]) < 1e-9, (slug, "sched qty")
                    assert max(x["date"] for x in sc) == v["date"], (slug, "sched date")
    # the message must parse back with the modern parser and all text must decode
    m = _mfb(raw, policy=_policy.default)
    for hname in ("From", "To", "Subject", "Date", "Message-ID"):
        assert m[hname], (slug, hname)
    str(m["Subject"]), str(m["From"])
    for part in m.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            part.get_content()
        elif not part.is_multipart() and ct not in ("message/rfc822", "message/delivery-status"):
            part.get_payload(decode=True)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    readme = ["# Batch M – supplier replies (electronics, packaging, HVAC, marine, IT, aerospace, glass, agri, gases, promo)",
              "",
              "Generated by `make_batch.py` (standard library only, deterministic). One line per case:",
              "`NNN-slug` | category/locale | what it tests.", ""]
    built = []
    seen = set()
    for slug, category, locale, tests, fn in CASES:
        assert slug not in seen, slug
        seen.add(slug)
        pos, m, exp = fn(slug)
        assert pos[0]["supplier"]["locale"] == locale, slug
        when = _pdate(m["Date"]).astimezone(dt.timezone.utc)
        built.append((when, slug, category, locale, tests, pos, m, exp))
    # number the cases in mailbox (arrival) order, so categories are interleaved
    built.sort(key=lambda x: (x[0], x[1]))
    for i, (when, slug, category, locale, tests, pos, m, exp) in enumerate(built, 1):
        d = os.path.join(OUT, "%03d-%s" % (i, slug))
        os.makedirs(d)
        write_eml(m, os.path.join(d, "message.eml"))
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump(pos, f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "message.eml"), "rb") as f:
            raw = f.read()
        validate(pos, json.load(open(os.path.join(d, "expected.json"), encoding="utf-8")), raw, slug, category)
        readme.append("- `%03d-%s` | %s/%s | %s" % (i, slug, category, locale, tests))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    print("wrote %d cases to %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()
