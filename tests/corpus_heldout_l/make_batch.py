#!/usr/bin/env python3
"""Generate heldout batch L of supplier e-mail replies (standard library only, deterministic)."""
import base64, datetime as dt, hashlib, html, io, json, os, quopri, shutil, zipfile
from email import policy
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")
POL = policy.compat32.clone(linesep="\r\n", max_line_length=78)
CASES = []
BUYER_DOMAIN = "lindqvist-group.example"


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def D(s, off=1):
    """'2026-12-01 09:14' -> aware datetime in UTC+off."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz(off) if not isinstance(off, dt.tzinfo) else off)


def hid(*parts, n=12):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- POs
def buyer(name):
    import unicodedata
    a = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return {"name": name, "email": a.lower().replace(" ", ".") + "@" + BUYER_DOMAIN}


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(n, item, desc, qty, uom, price, date):
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def PO(number, supplier, buyer_name, currency, issued, lines, req=True):
    p = {"po_number": number, "supplier": supplier, "buyer": buyer(buyer_name), "currency": currency,
         "issued": issued}
    if req:
        p["request_message_id"] = "<po-%s.%s@%s>" % (number.replace("/", "-").replace(" ", ""), hid(number, n=6), BUYER_DOMAIN)
    p["lines"] = lines
    return p


def request_text(po, reminder=False):
    b = po["buyer"]["name"]
    out = []
    if reminder:
        out.append("Dear supplier,\n\nthis is a friendly reminder: we have not yet received your order "
                   "acknowledgement for PO %s. Please confirm quantities, prices and delivery dates by return." % po["po_number"])
    else:
        out.append("Dear supplier,\n\nplease find our purchase order %s below. Kindly confirm quantities, "
                   "prices and delivery dates within 2 working days." % po["po_number"])
    out.append("")
    for l in po["lines"]:
        out.append("Line %d  %s  %s  %s %s  %s %s/%s  need-by %s" % (
            l["line"], l["item"], l["description"], fmtq(l["quantity"]), l["uom"], po["currency"],
            l["unit_price"], l["uom"], l["requested_date"]))
    out.append("\nDelivery: Lindqvist Group, Hamnvägen 14, Göteborg (unless otherwise stated on the PO).\n")
    out.append("Best regards\n%s\nPurchasing | Lindqvist Group AB\n+46 31 555 01 20" % b)
    return "\n".join(out)


def fmtq(q):
    return str(q)


# ---------------------------------------------------------------- quoting
QH = {  # gmail style "On <date>, <who> wrote:"
    "en": "On {wd}, {d} {mon} {y} at {hm}, {n} <{e}> wrote:",
    "en-US": "On {wd}, {mon} {d}, {y} at {hm} AM {n} <{e}> wrote:",
    "de": "Am {wd}., {d}. {mon}. {y} um {hm} Uhr schrieb {n} <{e}>:",
    "fr": "Le {wd}. {d} {mon}. {y} à {hm}, {n} <{e}> a écrit :",
    "es": "El {wd}, {d} {mon} {y} a las {hm}, {n} (<{e}>) escribió:",
    "pt": "Em {wd}., {d} de {mon}. de {y} às {hm}, {n} <{e}> escreveu:",
    "it": "Il giorno {wd} {d} {mon} {y} alle ore {hm} {n} <{e}> ha scritto:",
    "nl": "Op {wd} {d} {mon} {y} om {hm} schreef {n} <{e}>:",
    "tr": "{n} <{e}>, {d} {mon} {y} {wd}, {hm} tarihinde şunu yazdı:",
    "id": "Pada {wd}, {d} {mon} {y} pukul {hm}, {n} <{e}> menulis:",
}
WD = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
      "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
      "fr": ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"],
      "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
      "pt": ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"],
      "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
      "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
      "tr": ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"],
      "id": ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]}
MON = {"en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
       "de": "Jan Feb März Apr Mai Juni Juli Aug Sept Okt Nov Dez".split(),
       "fr": "janv févr mars avr mai juin juil août sept oct nov déc".split(),
       "es": "ene feb mar abr may jun jul ago sept oct nov dic".split(),
       "pt": "jan fev mar abr mai jun jul ago set out nov dez".split(),
       "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
       "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
       "tr": "Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara".split(),
       "id": "Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des".split()}


def gmail_qh(lang, when, name, email):
    k = lang if lang in QH else "en"
    base = "en" if k == "en-US" else k
    return QH[k].format(wd=WD.get(base, WD["en"])[when.weekday()], d=when.day, mon=MON.get(base, MON["en"])[when.month - 1],
                        y=when.year, hm=when.strftime("%H:%M"), n=name, e=email)


OUTLOOK_HDR = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Subiect"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "ja": ("差出人", "送信日時", "宛先", "件名"),
    "zh": ("发件人", "发送时间", "收件人", "主题"),
    "zht": ("寄件者", "寄件日期", "收件者", "主旨"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"),
    "he": ("מאת", "נשלח", "אל", "נושא"),
    "ar": ("من", "تاريخ الإرسال", "إلى", "الموضوع"),
}


def outlook_quote(lang, when, po, subject, body, sender_to=None):
    f, s, t, sub = OUTLOOK_HDR.get(lang, OUTLOOK_HDR["en"])
    b = po["buyer"]
    to = sender_to or po["supplier"]["email"]
    if lang == "de":
        dstr = "%s, %d. %s %d %s" % (["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][when.weekday()], when.day,
                                       ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"][when.month - 1], when.year, when.strftime("%H:%M"))
    elif lang in ("ja", "zh", "zht"):
        dstr = "%d年%d月%d日 %s" % (when.year, when.month, when.day, when.strftime("%H:%M"))
    elif lang == "en":
        dstr = when.strftime("%A, %d %B %Y %H:%M")
    else:
        dstr = when.strftime("%d.%m.%Y %H:%M") if lang in ("pl", "cs", "sk", "ro", "da", "nb", "fi", "tr") else when.strftime("%d/%m/%Y %H:%M")
        if lang == "hu":
            dstr = when.strftime("%Y. %m. %d. %H:%M")
    sep = " : " if lang == "fr" else ": "
    return ("%s%s%s <%s>\n%s%s%s\n%s%s%s\n%s%s%s\n\n%s" % (
        f, sep, b["name"], b["email"], s, sep, dstr, t, sep, to, sub, sep, subject, body))


def gt(text):
    return "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l) for l in text.split("\n"))


# ---------------------------------------------------------------- payloads
CODEC = {"big5-hkscs": "big5hkscs"}


def text_part(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra=None, errors="strict"):
    p = MIMENonMultipart("text", subtype, charset=charset)
    if flowed:
        p.set_param("format", "flowed")
    if extra:
        for k, v in extra.items():
            p.set_param(k, v)
    body = body.replace("\r\n", "\n")
    raw = body.encode(CODEC.get(charset.lower(), charset), errors)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    del p["MIME-Version"]
    return p


def to_html(text, font="Calibri,sans-serif", dir_=None):
    blocks, quote = [], []
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(html.escape(line.lstrip(">").lstrip(" ")))
            continue
        if quote:
            blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % "<br>".join(quote))
            quote = []
        blocks.append("<div>%s</div>" % (html.escape(line) if line.strip() else "<br>"))
    if quote:
        blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % "<br>".join(quote))
    d = ' dir="%s"' % dir_ if dir_ else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body%s><div style="font-family:%s;font-size:11pt">\n%s\n</div></body></html>' % (d, font, "\n".join(blocks)))


def attachment(filename, data, maintype, subtype, disposition="attachment"):
    p = MIMEBase(maintype, subtype, name=filename)
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    p.add_header("Content-Disposition", disposition, filename=filename)
    del p["MIME-Version"]
    return p


def pdf_bytes(lines, title="Document"):
    """Minimal valid single/multi-page PDF, Helvetica, WinAnsiEncoding, uncompressed streams."""
    def esc(s):
        b = s.encode("cp1252", errors="replace")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)]
    objs = []  # index 0 -> obj 1
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids_placeholder = len(objs)
    objs.append(b"")  # pages
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for pg in pages:
        parts = [b"BT", b"/F2 13 Tf", b"50 800 Td", b"16 TL"]
        first = True
        for ln in pg:
            if first:
                parts.append(b"(" + esc(ln) + b") Tj")
                parts.append(b"/F1 10 Tf")
                first = False
            else:
                parts.append(b"T* (" + esc(ln) + b") Tj")
        parts.append(b"ET")
        stream = b"\n".join(parts) + b"\n"
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        content_no = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % content_no)
        kids.append(len(objs))
    objs[kids_placeholder] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    objs.append(b"<< /Title (" + esc(title) + b") /Producer (batch-l generator) /CreationDate (D:20261201000000Z) >>")
    info = len(objs)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info, x))
    return out.getvalue()


def xlsx_bytes(rows, sheet="Sheet1"):
    """rows: list of lists of str/int/float. Inline strings, numbers as numbers."""
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sd = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r)
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, html.escape(str(v), quote=False)))
        sd.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % html.escape(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(sd),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


PDF = ("application", "pdf")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
CSV = ("text", "csv")

# ---------------------------------------------------------------- clients
CLIENTS = {
    "outlook": {"X-Mailer": None, "extra": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]},
    "gmail": {},
    "apple": {"X-Mailer": "Apple Mail (2.3826.200.121)"},
    "iphone": {"X-Mailer": "iPhone Mail (22B91)"},
    "android": {},
    "thunderbird": {"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"},
    "lotus": {"X-Mailer": "IBM Notes Release 9.0.1FP10 SHF68 March 08, 2018"},
    "foxmail": {"X-Mailer": "Foxmail 7.2.25.228[cn]"},
    "erp": {"X-Mailer": "SAP NetWeaver 7.50"},
    "webmail": {"User-Agent": "Roundcube Webmail/1.6.9"},
}


def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def build(c):
    """c: dict describing the case. Returns bytes."""
    client = c.get("client", "outlook")
    cs = c.get("charset", "utf-8")
    cte = c.get("cte", "quoted-printable")
    err = c.get("enc_errors", "strict")
    body = c.get("body")
    atts = c.get("attachments", [])
    slug = c["slug"]
    bnd = lambda k: {"outlook": "_000_%s_" % hid(slug, k, n=24).upper(),
                     "gmail": "0000000000%s" % hid(slug, k, n=16),
                     "android": "0000000000%s" % hid(slug, k, n=16),
                     "apple": "Apple-Mail=_%s" % hid(slug, k, n=32).upper(),
                     "iphone": "Apple-Mail-%s" % hid(slug, k, n=20).upper(),
                     }.get(client, "------------%s" % hid(slug, k, n=24))
    if c.get("raw_root") is not None:
        import copy
        root = copy.deepcopy(c["raw_root"])
    else:
        parts = []
        if c.get("html_only"):
            hbody = c.get("html") or to_html(body, dir_=c.get("dir"))
            alt = text_part(hbody, "html", cs, cte, errors=err)
        elif c.get("plain_only") or client in ("thunderbird", "erp", "webmail") and not c.get("html"):
            alt = text_part(body, "plain", cs, cte, flowed=c.get("flowed", client == "thunderbird"), errors=err)
        else:
            hbody = c.get("html") or to_html(body, font=c.get("font", "Calibri,sans-serif"), dir_=c.get("dir"))
            alt = MIMEMultipart("alternative")
            alt.set_boundary(bnd("alt"))
            del alt["MIME-Version"]
            alt.attach(text_part(body, "plain", cs, cte, errors=err))
            alt.attach(text_part(hbody, "html", cs, cte, errors=err))
        if atts:
            root = MIMEMultipart("mixed")
            root.set_boundary(bnd("mix"))
            del root["MIME-Version"]
            root.attach(alt)
            for a in atts:
                root.attach(attachment(*a))
        else:
            root = alt
    h = []
    fr = c["from"]
    h.append(("Return-Path", "<%s>" % (c.get("return_path", fr[1]))))
    for rcv in c.get("received", []):
        h.append(("Received", rcv))
    h.append(("From", addr(fr[0], fr[1], c.get("hcharset", "utf-8"))))
    h.append(("To", addr(*c["to"])))
    if c.get("cc"):
        h.append(("Cc", ", ".join(addr(*x) for x in c["cc"])))
    h.append(("Subject", enc_header(c["subject"], c.get("hcharset", "utf-8"))))
    h.append(("Date", format_datetime(c["date"])))
    h.append(("Message-ID", c.get("msgid") or "<%s@%s>" % (hid(slug, "mid", n=20), fr[1].split("@")[1])))
    if c.get("in_reply_to"):
        h.append(("In-Reply-To", c["in_reply_to"]))
        h.append(("References", c.get("references", c["in_reply_to"])))
    prof = CLIENTS.get(client, {})
    if client == "outlook":
        h.append(("Thread-Topic", enc_header(c["subject"].split(":", 1)[-1].strip(), c.get("hcharset", "utf-8"))))
        h.append(("Thread-Index", base64.b64encode(hashlib.md5(slug.encode()).digest() + b"\x01\x02").decode()))
        h.append(("Accept-Language", c.get("lang_hdr", "en-US")))
        h.append(("Content-Language", c.get("lang_hdr", "en-US")))
        h.extend(prof["extra"])
    for k in ("X-Mailer", "User-Agent"):
        if prof.get(k):
            h.append((k, prof[k]))
    for k, v in c.get("extra_headers", []):
        h.append((k, v))
    h.append(("MIME-Version", "1.0"))
    msg = root
    # prepend headers in order
    existing = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in h:
        msg[k] = v
    for k, v in existing:
        if k.lower() != "mime-version":
            msg[k] = v
    return msg.as_bytes(policy=POL)


def case(slug, cat, loc, what, pos, exp, **c):
    c["slug"] = slug
    CASES.append({"slug": slug, "cat": cat, "loc": loc, "what": what, "pos": pos, "exp": exp, "c": c})


def conf(notes, *entries):
    return {"kind": "confirmation", "confirmations": [{"po_number": po, "lines": lines} for po, lines in entries], "notes": notes}


def other(kind, notes):
    return {"kind": kind, "notes": notes}


def A(l):
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"], "date": l["requested_date"]}


def C(q, p, d, sched=None):
    r = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if sched:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
    return r


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def reply_headers(po, when_offset_days=None):
    """In-Reply-To / References for a reply to our request."""
    return po.get("request_message_id")


def req_subject(po, reminder=False):
    return ("REMINDER: " if reminder else "") + "Purchase order %s - please confirm" % po["po_number"]


def reply(slug, cat, loc, what, pos, exp, *, who, date, top, lang="en", quote="outlook", client="outlook",
          prefix="RE: ", po=None, reminder=False, subject=None, sig="", quote_hdr=None, **kw):
    po = po or pos[0]
    sent = dt.datetime.strptime(po["issued"] + " 09:30", "%Y-%m-%d %H:%M").replace(tzinfo=tz(1))
    rsub = req_subject(po, reminder)
    rtext = request_text(po, reminder)
    sub = subject if subject is not None else prefix + rsub
    body = top.strip("\n") + "\n"
    if sig:
        body += "\n" + sig.strip("\n") + "\n"
    if kw.pop("bottom", False):
        qh = quote_hdr or gmail_qh(lang, sent, po["buyer"]["name"], po["buyer"]["email"])
        body = qh + "\n" + gt(rtext) + "\n\n" + body
        quote = "none"
    if quote == "outlook":
        body += "\n________________________________\n" + outlook_quote(lang, sent, po, rsub, rtext)
    elif quote == "outlook-dash":
        body += "\n-----Original Message-----\n" + outlook_quote(lang, sent, po, rsub, rtext)
    elif quote == "gmail":
        body += "\n" + (quote_hdr or gmail_qh(lang, sent, po["buyer"]["name"], po["buyer"]["email"])) + "\n\n" + gt(rtext)
    elif quote == "custom":
        body += "\n" + quote_hdr + "\n" + gt(rtext)
    elif quote == "none":
        pass
    irt = po.get("request_message_id")
    if reminder and irt:
        kw.setdefault("references", irt + " " + irt.replace("@", ".r1@"))
        irt = irt.replace("@", ".r1@")
    kw.setdefault("to", (po["buyer"]["name"], po["buyer"]["email"]))
    kw.setdefault("in_reply_to", irt)
    case(slug, cat, loc, what, pos, exp, **dict(kw, **{"from": who, "date": date, "subject": sub, "body": body,
                                                        "client": client}))


# ================================================================ CASES: food & beverage
S_AHRENS = sup("AHRENS", "Mühlenwerke Ahrens GmbH & Co. KG", "auftrag@ahrens-muehle.example", "de-DE")
p = PO("4500231187", S_AHRENS, "Jonas Berg", "EUR", "2026-11-23", [
    L(1, "MEHL-550", "Weizenmehl Type 550, lose (Silo)", 24, "T", "412.00", "2026-12-11"),
    L(2, "MEHL-R997", "Roggenmehl Type 997, lose (Silo)", 8, "T", "468.50", "2026-12-11")])
reply("001-de-mehl-kw-full", "confirmation", "de-DE", "Outlook top-post, full confirmation, delivery as 'KW 50' = PO date, €/t with decimal comma",
      [p], conf("KW 50 without a day = Friday 2026-12-11 = requested date; prices 412,00 / 468,50 equal PO.",
                ("4500231187", {"1": A(p["lines"][0]), "2": A(p["lines"][1])})),
      who=("Sabine Kröger", "s.kroeger@ahrens-muehle.example"), date=D("2026-11-24 10:42"), lang="de", prefix="AW: ",
      lang_hdr="de-DE", charset="windows-1252",
      top="""Sehr geehrter Herr Berg,

vielen Dank für Ihre Bestellung 4500231187, die wir wie folgt bestätigen:

Pos. 1  24 t Weizenmehl Type 550, lose   412,00 €/t
Pos. 2   8 t Roggenmehl Type 997, lose   468,50 €/t

Anlieferung beider Positionen in KW 50 per Silozug, Avisierung erfolgt 24 h vorher durch unsere Disposition.
Es gelten unsere AGB (Stand 01/2026).""",
      sig="""Mit freundlichen Grüßen

Sabine Kröger
Innendienst / Auftragsabwicklung
Mühlenwerke Ahrens GmbH & Co. KG
Hafenstraße 3 | 28197 Bremen
Tel. +49 421 5550-312 | Fax +49 421 5550-399
Amtsgericht Bremen HRA 27811 | USt-IdNr. DE118455902
Geschäftsführer: Dr. H. Ahrens, K. Meyer

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.""")

S_SUCRE = sup("SUCRNORD", "Sucrerie du Nord-Picardie SAS", "adv@sucrerie-np.example", "fr-FR")
p = PO("LG-FB-26-1102", S_SUCRE, "Marta Lindgren", "EUR", "2026-11-25", [
    L(1, "SUC-CR25", "Sucre cristal blanc EU cat. 2, sacs 25 kg", 18000, "KG", "0.7150", "2026-12-16")])
reply("002-fr-sucre-surcharge-pct", "confirmation", "fr-FR", "Gmail, French, +3 % energy surcharge on the PO price, date with weekday and no year",
      [p], conf("+3 % applies to PO price 0.7150 -> 0.73645 EUR/kg; 'mercredi 16 décembre' = 2026-12-16 as requested.",
                ("LG-FB-26-1102", {"1": C(18000, "0.73645", "2026-12-16")})),
      who=("Claire Vasseur", "adv@sucrerie-np.example"), date=D("2026-11-26 16:05"), lang="fr", quote="gmail", client="gmail",
      prefix="RE: ",
      top="""Bonjour Madame Lindgren,

Nous accusons bonne réception de votre commande LG-FB-26-1102 et vous en remercions.

Nous confirmons les 18 000 kg de sucre cristal blanc (720 sacs de 25 kg sur 18 palettes). Livraison mercredi 16 décembre sur votre site de Göteborg.

Comme annoncé à l'ensemble de nos clients, une surcharge énergie de 3 % s'applique à toutes les livraisons du T4 ; elle sera appliquée sur le prix de votre commande.

Restant à votre disposition,""",
      sig="""--
Claire Vasseur
Administration des ventes
Sucrerie du Nord-Picardie SAS - 12 rue de la Gare, 80200 Péronne
Tél. : +33 (0)3 22 55 41 07
SIRET 412 557 889 00021 - RCS Amiens""")

S_OLIO = sup("OLEARIA", "Oleificio Valle del Sole S.r.l.", "ordini@oleificiovallesole.example", "it-IT")
p = PO("4500231240", S_OLIO, "Jonas Berg", "EUR", "2026-11-24", [
    L(1, "OLIO-EVO-IBC", "Olio extravergine di oliva, IBC 1000 L", 4, "EA", "5890.00", "2026-12-14"),
    L(2, "OLIO-GIR-HO", "Olio di girasole alto oleico, fusto 200 L", 10, "EA", "412.00", "2026-12-14")])
reply("003-it-olio-ibc-split", "confirmation", "it-IT", "Outlook Italian, IBC line split 3+1 across dates, drum price lowered",
      [p], conf("Line 1: 3 IBC on 14/12, 4th by Friday 8 January -> schedule, date = last delivery. Line 2 confirmed at 398,00 instead of 412,00.",
                ("4500231240", {"1": C(4, "5890.00", "2027-01-08", [(3, "2026-12-14"), (1, "2027-01-08")]),
                                "2": C(10, "398.00", "2026-12-14")})),
      who=("Giulia Ferrante", "ordini@oleificiovallesole.example"), date=D("2026-11-25 11:20"), lang="it", prefix="R: ",
      lang_hdr="it-IT",
      top="""Buongiorno Sig. Berg,

confermiamo il Vs. ordine n. 4500231240 con le seguenti precisazioni:

pos. 1 - Olio EVO in IBC: 3 IBC in consegna lunedì 14/12; la quarta IBC entro venerdì 8 gennaio, in quanto il lotto del nuovo raccolto è ancora in analisi presso il laboratorio. Prezzo invariato 5.890,00 € cad.
pos. 2 - Olio di girasole alto oleico: 10 fusti confermati per il 14/12 al prezzo di 398,00 € cad. (listino aggiornato a Vs. favore).

Cordiali saluti""",
      sig="""Giulia Ferrante
Ufficio Commerciale Estero
Oleificio Valle del Sole S.r.l.
Contrada Piano Grande 7 - 70032 Bitonto (BA)
Tel. +39 080 555 2741 - P.IVA 06123450721

Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario.""")

S_SEGURA = sup("SEGURA", "Especias del Segura S.L.", "pedidos@especiasdelsegura.example", "es-ES")
p = PO("LG-FB-26-1130", S_SEGURA, "Marta Lindgren", "EUR", "2026-11-26", [
    L(1, "PIM-DUL120", "Pimentón dulce 120 ASTA, saco 25 kg", 500, "KG", "6.85", "2026-12-09"),
    L(2, "PIM-PIC", "Pimentón picante, saco 25 kg", 150, "KG", "7.40", "2026-12-09"),
    L(3, "COM-MOL", "Comino molido, saco 25 kg", 200, "KG", "5.10", "2026-12-09")])
reply("004-es-pimenton-line-rejected", "confirmation", "es-ES", "Gmail Spanish, inline per line: two lines OK, hot paprika rejected (harvest sold out)",
      [p], conf("Line 2 explicitly cannot be served until March and no alternative date is committed -> rejected.",
                ("LG-FB-26-1130", {"1": A(p["lines"][0]), "2": REJ, "3": A(p["lines"][2])})),
      who=("Antonio Nicolás", "pedidos@especiasdelsegura.example"), date=D("2026-11-27 13:48"), lang="es", quote="gmail", client="gmail",
      prefix="RE: ",
      top="""Hola Marta:

Te contesto al pedido LG-FB-26-1130:

- Pimentón dulce 120 ASTA, 500 kg a 6,85 €/kg: OK, sale para entregar el miércoles 9 de diciembre.
- Pimentón picante: lo siento, no podemos servirlo. La cosecha de este año está agotada y no tendremos producto hasta marzo. Anúlalo de tu pedido, por favor.
- Comino molido, 200 kg a 5,10 €/kg: OK, misma entrega del 9/12.

Un saludo,""",
      sig="""Antonio Nicolás Pérez
Dpto. Comercial - Especias del Segura S.L.
Ctra. de Alicante km 4, 30007 Murcia
Tel. 968 55 12 40 | CIF B30123456""")

S_RIOPL = sup("RIOPLA", "Esencias Rioplatenses S.R.L.", "ventas@esenciasrioplatenses.example", "es-AR")
p = PO("4500231302", S_RIOPL, "Marta Lindgren", "USD", "2026-11-30", [
    L(1, "AR-VAIN-L", "Aroma vainilla líquido, bidón 20 kg", 120, "KG", "38.50", "2026-12-18"),
    L(2, "AR-DDL", "Aroma dulce de leche, bidón 20 kg", 60, "KG", "42.00", "2026-12-18")])
reply("005-esar-aromas-ship-date", "confirmation", "es-AR", "Argentine Spanish (voseo), only a dispatch date given ('sale el viernes 11'), no year",
      [p], conf("Only a ship date is given ('despachamos el viernes 11' -> 2026-12-11); it becomes the date for both lines, earlier than requested -> changed.",
                ("4500231302", {"1": C(120, "38.50", "2026-12-11"), "2": C(60, "42.00", "2026-12-11")})),
      who=("Nicolás Ferreyra", "ventas@esenciasrioplatenses.example"), date=D("2026-12-02 10:15", -3), lang="es", quote="gmail",
      client="gmail", prefix="RE: ",
      top="""Hola Marta, ¿cómo andás?

Te confirmo la OC 4500231302 completa: 120 kg de vainilla a USD 38,50 el kilo y 60 kg de dulce de leche a USD 42,00 el kilo. Los bidones los despachamos el viernes 11 desde la planta de Pilar, ya tengo la reserva con el forwarder.

Cualquier cosa me avisás.

Abrazo,""",
      sig="""Nico Ferreyra
Esencias Rioplatenses S.R.L.
Ruta 8 km 52,3 - Parque Industrial Pilar (B1629)
Tel. +54 11 5555-0193 | CUIT 30-71234567-9""")

S_SIAM = sup("SIAMCOCO", "Siam Coconut Products Co., Ltd.", "export@siamcoconut.example", "th-TH")
p = PO("LG-FB-26-1188", S_SIAM, "Marta Lindgren", "USD", "2026-12-01", [
    L(1, "CCO-VCO", "Virgin coconut oil, drum 190 kg", 3800, "KG", "4.20", "2027-01-22"),
    L(2, "CCM-CONC", "Coconut cream concentrate, aseptic bag 20 kg", 2000, "KG", "2.15", "2027-01-22")])
reply("006-th-coconut-buddhist-year", "confirmation", "th-TH", "Thai, date in Buddhist era (15 ม.ค. 2570 = 2027-01-15), price change on line 2",
      [p], conf("Thai year 2570 BE = 2027 CE. Both lines delivered 2027-01-15 (earlier than requested). Line 2 price 2.30 instead of 2.15.",
                ("LG-FB-26-1188", {"1": C(3800, "4.20", "2027-01-15"), "2": C(2000, "2.30", "2027-01-15")})),
      who=("สุภาพร วงศ์ใหญ่", "export@siamcoconut.example"), date=D("2026-12-03 15:32", 7), lang="en", prefix="RE: ",
      lang_hdr="th-TH", cte="base64", font="Tahoma,sans-serif",
      top="""เรียน คุณ Marta

ขอบคุณสำหรับใบสั่งซื้อเลขที่ LG-FB-26-1188 บริษัทฯ ขอยืนยันคำสั่งซื้อดังนี้

1. น้ำมันมะพร้าวสกัดเย็น 3,800 กก. (20 ถัง) ราคา 4.20 USD/กก. ตามใบสั่งซื้อ
2. กะทิเข้มข้น 2,000 กก. ราคาปรับเป็น 2.30 USD/กก. เนื่องจากราคามะพร้าวสูงขึ้น

กำหนดส่งมอบถึงปลายทางภายในวันที่ 15 ม.ค. 2570 ทั้งสองรายการ

ขอแสดงความนับถือ""",
      sig="""สุภาพร วงศ์ใหญ่ (Supaporn)
ฝ่ายส่งออก | Siam Coconut Products Co., Ltd.
99/9 หมู่ 4 ต.บางสะแก อ.บางคนที จ.สมุทรสงคราม 75120
โทร. +66 34 555 821""")

S_BRUNNER = sup("BRUNNER", "Aromenwerk Brunner AG", "verkauf@aromen-brunner.example", "de-CH")
p = PO("4500231350", S_BRUNNER, "Jonas Berg", "CHF", "2026-11-30", [
    L(1, "ARO-ZI-NAT", "Zitronenaroma natürlich, Kanister 25 kg", 250, "KG", "64.80", "2026-12-17"),
    L(2, "ARO-HB-NAT", "Himbeeraroma natürlich, Kanister 20 kg", 180, "KG", "71.20", "2026-12-17")])
reply("007-dech-aromen-bottompost", "confirmation", "de-CH", "Thunderbird bottom-post, Swiss German (no ß), CHF with apostrophe thousands separator",
      [p], conf("Answer is below the quote. 'Donnerstag, 17. Dezember' = requested date; CHF 29'016.00 total consistent with PO prices.",
                ("4500231350", {"1": A(p["lines"][0]), "2": A(p["lines"][1])})),
      who=("Reto Baumann", "verkauf@aromen-brunner.example"), date=D("2026-12-01 08:57"), lang="de", client="thunderbird",
      prefix="Re: ", bottom=True, quote_hdr="Am 30.11.26 um 09:30 schrieb Jonas Berg:",
      top="""Grüezi Herr Berg

Besten Dank für die Bestellung. Wir bestätigen beide Positionen:

250 kg Zitronenaroma natürlich à CHF 64.80/kg = CHF 16'200.00
180 kg Himbeeraroma natürlich à CHF 71.20/kg = CHF 12'816.00
Total netto CHF 29'016.00

Lieferung Donnerstag, 17. Dezember, frei Haus Göteborg (DAP).

Freundliche Grüsse
Reto Baumann""",
      sig="""-- 
Aromenwerk Brunner AG | Industriestrasse 21 | 8310 Kemptthal
T +41 52 555 48 10 | CHE-105.884.231 MWST""")

S_KROCHMAL = sup("PEPEES", "Zakłady Przemysłu Ziemniaczanego Wielkopolska S.A.", "sprzedaz@zpz-wielkopolska.example", "pl-PL")
p = PO("4500231377", S_KROCHMAL, "Jonas Berg", "EUR", "2026-11-26", [
    L(1, "SKR-ZIEM", "Skrobia ziemniaczana, worek 25 kg", 960, "KG", "1.32", "2026-12-10")])
reply("008-pl-skrobia-bag-rounding", "confirmation", "pl-PL", "Polish Outlook, 960 kg rounded up to full 25 kg bags (39 bags = 975 kg) and stated explicitly",
      [p], conf("Supplier explicitly confirms 975 kg (39 x 25 kg); quantity 975 recorded as changed. Date Thursday 10.12 = requested.",
                ("4500231377", {"1": C(975, "1.32", "2026-12-10")})),
      who=("Katarzyna Wójcik", "sprzedaz@zpz-wielkopolska.example"), date=D("2026-11-27 09:03"), lang="pl", prefix="Odp: ",
      lang_hdr="pl-PL", charset="iso-8859-2",
      top="""Dzień dobry,

dziękujemy za zamówienie nr 4500231377.
Skrobię pakujemy wyłącznie w worki 25 kg, w związku z tym potwierdzamy 975 kg (39 worków) w cenie 1,32 EUR/kg.
Dostawa: czwartek 10.12, transport po naszej stronie.

Pozdrawiam""",
      sig="""Katarzyna Wójcik
Specjalista ds. sprzedaży eksportowej
ZPZ Wielkopolska S.A., ul. Przemysłowa 12, 62-100 Wągrowiec
tel. +48 67 555 31 20
KRS 0000123456, NIP 766-000-11-22, kapitał zakładowy 12 000 000 zł""")

S_GLUCO = sup("ZOETSTOF", "Zoetstof Benelux B.V.", "orders@zoetstof.example", "nl-NL")
p = PO("4500231391", S_GLUCO, "Jonas Berg", "EUR", "2026-11-27", [
    L(1, "GLU-DE42", "Glucosestroop DE42, IBC", 12, "T", "585.00", "2026-12-15")])
reply("009-nl-glucose-price-per-kg", "confirmation", "nl-NL", "Dutch Outlook, price quoted per kg (€ 0,585/kg) against a PO priced per tonne",
      [p], conf("€ 0,585 per kg = 585.00 per T, same value; 12 ton; 'dinsdag 15 december' = requested date -> accepted.",
                ("4500231391", {"1": A(p["lines"][0])})),
      who=("Sanne de Vries", "orders@zoetstof.example"), date=D("2026-11-27 14:31"), lang="nl", lang_hdr="nl-NL",
      top="""Beste Jonas,

Hierbij bevestigen wij jullie order 4500231391: 12 ton glucosestroop DE42 in IBC's à € 0,585 per kg, levering dinsdag 15 december op jullie locatie in Göteborg.

Met vriendelijke groet,""",
      sig="""Sanne de Vries
Customer Service
Zoetstof Benelux B.V. | Havenweg 40 | 4782 PM Moerdijk
T +31 168 555 720 | KvK 24123456 | BTW NL812345678B01""")

S_LADA = sup("LADA", "PT Lada Nusantara Jaya", "sales@ladanusantara.example", "id-ID")
p = PO("LG-FB-26-1214", S_LADA, "Marta Lindgren", "USD", "2026-12-02", [
    L(1, "PEP-WHT", "White pepper Muntok, bag 25 kg", 2000, "KG", "7.90", "2027-01-29"),
    L(2, "NUT-WHL", "Nutmeg whole ABCD, bag 25 kg", 500, "KG", "11.40", "2027-01-29")])
reply("010-id-lada-partial-qty", "confirmation", "id-ID", "Indonesian Gmail, only 1,500 of 2,000 kg pepper available, nutmeg OK; thousands dot separator",
      [p], conf("Indonesian uses '.' for thousands: 1.500 kg = 1500. Pepper reduced to 1500 kg (rest not offered), nutmeg as ordered. Date 29 Januari 2027 = requested.",
                ("LG-FB-26-1214", {"1": C(1500, "7.90", "2027-01-29"), "2": A(p["lines"][1])})),
      who=("Dewi Lestari", "sales@ladanusantara.example"), date=D("2026-12-03 16:40", 7), lang="id", quote="gmail", client="gmail",
      prefix="Re: ",
      top="""Dengan hormat Ibu Marta,

Terima kasih atas PO LG-FB-26-1214. Kami konfirmasi sebagai berikut:

1. Lada putih Muntok: stok kami hanya tersedia 1.500 kg (60 karung) dengan harga USD 7,90/kg. Sisa 500 kg tidak dapat kami penuhi karena panen tahun ini kurang.
2. Pala utuh ABCD 500 kg, USD 11,40/kg, sesuai PO.

Barang tiba di gudang Ibu paling lambat 29 Januari 2027.

Hormat kami,""",
      sig="""Dewi Lestari
Export Sales - PT Lada Nusantara Jaya
Jl. Raya Pangkalpinang No. 88, Bangka Belitung 33117
Tel. +62 717 555 4321 | WA +62 812 5555 0192""")


# ================================================================ CASES: printing, labels, textiles, trims
S_PAULISTA = sup("ETQPAUL", "Gráfica Etiquetas Paulista Ltda.", "pedidos@etiquetaspaulista.example", "pt-BR")
p = PO("4500231415", S_PAULISTA, "Ana Sjöberg", "BRL", "2026-11-30", [
    L(1, "ETQ-BOPP-100x50", "Etiqueta BOPP branca 100x50 mm, rolo 1000 un", 50000, "EA", "0.0185", "2026-12-14"),
    L(2, "RIB-CR-110", "Ribbon cera-resina 110 mm x 300 m", 40, "ROL", "36.90", "2026-12-14")])
reply("011-ptbr-etiquetas-milheiro", "confirmation", "pt-BR", "Brazilian Portuguese Gmail, label price per thousand (R$ 18,50 o milheiro) vs PO price per piece",
      [p], conf("R$ 18,50 per 1000 = 0.0185 per EA -> same price. 'segunda-feira, 14/12' = requested date.",
                ("4500231415", {"1": A(p["lines"][0]), "2": A(p["lines"][1])})),
      who=("Fernanda Albuquerque", "pedidos@etiquetaspaulista.example"), date=D("2026-12-01 11:02", -3), lang="pt", quote="gmail",
      client="gmail", prefix="Re: ",
      top="""Olá Ana, bom dia!

Pedido 4500231415 confirmado:
• 50.000 etiquetas BOPP 100x50 (50 rolos de 1.000) – R$ 18,50 o milheiro
• 40 rolos de ribbon cera-resina 110x300 – R$ 36,90/rolo

Entrega segunda-feira, 14/12, conforme solicitado.

Abraços,""",
      sig="""Fernanda Albuquerque
Atendimento Comercial | Gráfica Etiquetas Paulista Ltda.
Av. Industrial, 1500 – Diadema/SP – CEP 09960-000
(11) 5555-8890 | CNPJ 12.345.678/0001-90""")

S_TOYO = sup("TOYOSEAL", "株式会社東洋シール印刷", "eigyo@toyoseal.example", "ja-JP")
p = PO("4500231460", S_TOYO, "Ana Sjöberg", "JPY", "2026-11-30", [
    L(1, "LBL-JP-A60", "食品表示ラベル 60x40 mm", 30000, "EA", "3.20", "2026-12-18"),
    L(2, "LBL-JP-B80", "賞味期限ラベル 80x30 mm 金箔押し", 20000, "EA", "4.10", "2026-12-18")])
reply("012-ja-label-nouki-iso2022", "confirmation", "ja-JP", "Japanese ISO-2022-JP mail, line 1 as ordered, line 2 later (新版作成) with 年月日（曜日）着",
      [p], conf("12月18日（金）着 = requested for line 1; line 2 '12月25日（金）着' -> changed date, price and qty unchanged.",
                ("4500231460", {"1": A(p["lines"][0]), "2": C(20000, "4.10", "2026-12-25")})),
      who=("佐藤 美咲", "eigyo@toyoseal.example"), date=D("2026-12-01 17:45", 9), lang="ja", prefix="RE: ", lang_hdr="ja-JP",
      charset="iso-2022-jp", cte="7bit", hcharset="iso-2022-jp", plain_only=True, enc_errors="replace",
      top="""Lindqvist Group AB
購買部 Ana Sjoberg 様

いつも大変お世話になっております。
東洋シール印刷の佐藤でございます。

ご注文番号 4500231460 につきまして、下記の通り納期回答申し上げます。

1. 食品表示ラベル 60x40mm　30,000枚　単価 3.20円
　→ 2026年12月18日（金）着にて承りました。
2. 賞味期限ラベル 80x30mm 金箔押し　20,000枚　単価 4.10円
　→ 金箔版の新規作成が必要となるため、12月25日（金）着となります。

何卒よろしくお願い申し上げます。""",
      sig="""━━━━━━━━━━━━━━━━━━━━
株式会社東洋シール印刷　営業部
佐藤 美咲
〒537-0001 大阪府大阪市東成区深江北2-5-8
TEL 06-5555-1234 / FAX 06-5555-1235
━━━━━━━━━━━━━━━━━━━━""")

S_ALBION = sup("ALBIONLBL", "Albion Label & Print Ltd", "sales@albionlabel.example", "en-GB")
p = PO("PO-26-05521", S_ALBION, "Ana Sjöberg", "GBP", "2026-12-01", [
    L(1, "SLV-330", "Shrink sleeve 330 ml can, printed 6 col.", 120000, "EA", "0.0420", "2027-01-11"),
    L(2, "LBL-PP-75", "PP wraparound label 75 x 210 mm", 80000, "EA", "0.0310", "2027-01-11")])
reply("013-engb-sleeves-day-first", "confirmation", "en-GB", "British English, day-first date 08/01 (= 8 Jan), one line short by over-run tolerance wording",
      [p], conf("08/01 in en-GB = 8 January 2027. Line 1: '122,400 will be invoiced' (+2% print over-run) -> quantity 122400 changed. Line 2 as ordered but delivered 08/01.",
                ("PO-26-05521", {"1": C(122400, "0.0420", "2027-01-08"), "2": C(80000, "0.0310", "2027-01-08")})),
      who=("Gareth Pryce", "sales@albionlabel.example"), date=D("2026-12-02 12:18", 0), lang="en", prefix="RE: ",
      lang_hdr="en-GB",
      top="""Hi Ana,

Thanks for PO-26-05521, all good our end. Artwork proofs were signed off last week so we're cleared to print.

Line 1 sleeves - we run these with a 2% over-run as agreed in our T&Cs, so 122,400 will be delivered and invoiced at £0.042 each.
Line 2 wraparounds - 80,000 at £0.031 as per your order.

Both lines delivered to Gothenburg on 08/01 (the plant is shut 23/12 to 04/01).

Cheers,
Gareth""",
      sig="""Gareth Pryce | Account Manager
Albion Label & Print Ltd, Unit 7 Riverside Park, Leeds LS10 1AB
T: 0113 555 0142 | M: 07700 900 318
Registered in England & Wales No. 04123456 | VAT GB 123 4567 89""")

S_ISTEKS = sup("ISTEKS", "İstanbul Tekstil Kumaş San. ve Tic. A.Ş.", "ihracat@istekskumas.example", "tr-TR")
p = PO("4500231502", S_ISTEKS, "Elin Strand", "USD", "2026-12-01", [
    L(1, "FAB-CTN-TW", "Cotton twill 280 g/m², 150 cm, navy", 4500, "M", "3.85", "2027-01-15"),
    L(2, "FAB-CTN-PL", "Cotton poplin 120 g/m², 150 cm, white", 3000, "M", "2.10", "2027-01-15")])
reply("014-tr-kumas-price-date", "confirmation", "tr-TR", "Turkish Outlook, per-metre price up on twill, delivery '22 Ocak' without year",
      [p], conf("'22 Ocak' without year -> next 22 January after mail date = 2027-01-22. Twill price 4,05 USD/m.",
                ("4500231502", {"1": C(4500, "4.05", "2027-01-22"), "2": C(3000, "2.10", "2027-01-22")})),
      who=("Mehmet Yıldırım", "ihracat@istekskumas.example"), date=D("2026-12-02 10:11", 3), lang="tr", prefix="YNT: ",
      lang_hdr="tr-TR", charset="iso-8859-9",
      top="""Sayın Elin Hanım,

4500231502 numaralı siparişiniz için teşekkür ederiz. Onayımız aşağıdaki gibidir:

- Pamuklu gabardin 280 g/m², lacivert: 4.500 metre, pamuk fiyatlarındaki artış nedeniyle birim fiyat 4,05 USD/metre
- Pamuklu poplin 120 g/m², beyaz: 3.000 metre, 2,10 USD/metre

Teslimat: her iki kalem 22 Ocak'ta deponuzda olacaktır.

Saygılarımızla,""",
      sig="""Mehmet Yıldırım
İhracat Müdürü
İstanbul Tekstil Kumaş San. ve Tic. A.Ş.
Organize Sanayi Bölgesi 4. Cad. No:17, Esenyurt / İstanbul
Tel: +90 212 555 44 10 | Mersis No: 0123456789000015""")

S_KOWLOON = sup("KLNTRIM", "Kowloon Trims & Accessories Ltd", "merch@kowloontrims.example", "zh-HK")
p = PO("4500231533", S_KOWLOON, "Elin Strand", "USD", "2026-12-02", [
    L(1, "BTN-4H-18L", "Polyester button 4-hole 18L, col. 019 navy", 60000, "EA", "0.0120", "2027-01-08"),
    L(2, "ZIP-5-MET-18", "Metal zipper #5, 18 cm, antique brass", 12000, "EA", "0.2800", "2027-01-08"),
    L(3, "LBL-WOV-MAIN", "Woven main label 60 x 20 mm", 15000, "EA", "0.0450", "2027-01-08")])
reply("015-zhhk-trims-mixed-lang", "confirmation", "zh-HK", "HK Traditional Chinese mixed with English, Big5, button price per gross, label line pending",
      [p], conf("Buttons USD 1.728/gross = 0.012 per pc (144 pcs/gross) -> same price; zipper ex-factory 5/1 but delivery given as 8/1 (delivery wins) -> accepted; woven label '遲啲再confirm' -> unconfirmed.",
                ("4500231533", {"1": A(p["lines"][0]), "2": A(p["lines"][1]), "3": UNC})),
      who=("Cindy Wong 黃穎詩", "merch@kowloontrims.example"), date=D("2026-12-03 18:22", 8), lang="zht", prefix="回覆: ",
      lang_hdr="zh-HK", charset="big5-hkscs", cte="base64", hcharset="utf-8", enc_errors="replace", font="PMingLiU,serif",
      top="""Hi Elin,

多謝你嘅PO 4500231533，confirm 如下：

1. 鈕扣 4眼 18L 019 navy － 60,000粒，USD 1.728/gross（即每粒 0.012），OK
2. #5 金屬拉鏈 18cm 古銅 － 12,000條 USD 0.28，工廠 5/1 出貨，8/1 到你哋倉
3. 織嘜 main label － 要等客人 approve 新 artwork，交期遲啲再 confirm 俾你

1同2 都係 8/1 送到。

Thanks & regards""",
      sig="""Cindy Wong 黃穎詩
Merchandiser
Kowloon Trims & Accessories Ltd 九龍輔料有限公司
Unit 1203, 12/F, Kwun Tong Industrial Centre, 472 Kwun Tong Road, Kowloon, HK
Tel: (852) 5555 3388""")

S_ZIPUS = sup("GRIPZIP", "GripZip Fastener Corp.", "orders@gripzip.example", "en-US")
p = PO("4500231560", S_ZIPUS, "Elin Strand", "USD", "2026-12-02", [
    L(1, "ZIP-NYL-3-20", "Nylon coil zipper #3, 20 cm, black", 25000, "EA", "0.1450", "2026-12-28"),
    L(2, "ZIP-INV-3-50", "Invisible zipper #3, 50 cm, assorted", 8000, "EA", "0.3100", "2026-12-28")])
reply("016-enus-zippers-month-first-split", "confirmation", "en-US", "US English, month-first dates (12/21, 1/11), zipper line split into two shipments",
      [p], conf("en-US month-first: 12/21 = 2026-12-21, 1/11 = 2027-01-11. Line 1 split 15,000 + 10,000 (total unchanged, last date 2027-01-11). Line 2 complete 12/21 (earlier than requested).",
                ("4500231560", {"1": C(25000, "0.1450", "2027-01-11", [(15000, "2026-12-21"), (10000, "2027-01-11")]),
                                "2": C(8000, "0.3100", "2026-12-21")})),
      who=("Tamika Johnson", "orders@gripzip.example"), date=D("2026-12-03 14:09", -5), lang="en", prefix="RE: ",
      top="""Hi Elin,

Thanks for the order! Here's where we stand on PO 4500231560:

Line 1 (#3 nylon coil, 20cm black) - 15,000 pcs will deliver 12/21, the remaining 10,000 pcs deliver 1/11. Our black tape supplier is running behind.
Line 2 (#3 invisible, 50cm) - all 8,000 pcs deliver 12/21.

Pricing per your PO ($0.145 and $0.31/pc).

Happy holidays!
Tamika""",
      sig="""Tamika Johnson | Customer Service Rep
GripZip Fastener Corp. | 2200 Industrial Blvd, Greensboro, NC 27406
Ph: (336) 555-0187 | Fax: (336) 555-0188""")

S_SURAT = sup("SURATTEX", "Surat Weaving Mills Pvt. Ltd.", "exports@suratweaving.example", "en-IN")
p = PO("4500231588", S_SURAT, "Elin Strand", "USD", "2026-12-03", [
    L(1, "FAB-VIS-CH", "Viscose challis 110 g/m², 140 cm, printed", 6000, "M", "2.35", "2027-02-05")])
reply("017-enin-viscose-eta-etd", "confirmation", "en-IN", "Indian English (kindly, revert, do the needful), ETD and ETA both given day-first; ETA wins",
      [p], conf("ETD 15/01/2027 is the ship date; ETA Gothenburg 12/02/2027 (day-first) is the delivery date and wins. Qty and price as PO.",
                ("4500231588", {"1": C(6000, "2.35", "2027-02-12")})),
      who=("Rajesh Patel", "exports@suratweaving.example"), date=D("2026-12-04 12:40", dt.timezone(dt.timedelta(hours=5, minutes=30))),
      lang="en", quote="gmail", client="gmail", prefix="Re: ",
      top="""Dear Madam,

Greetings from Surat Weaving Mills!!

We are pleased to confirm your esteemed PO No.4500231588 for 6000 mtrs Viscose Challis printed @ USD 2.35/mtr.

Goods will be ready for dispatch and ETD Nhava Sheva is 15/01/2027, ETA Gothenburg port 12/02/2027 as per shipping line schedule.

Kindly note the same and do the needful. Please revert for any query.

Thanks & Regards""",
      sig="""Rajesh Patel
Manager - Exports
Surat Weaving Mills Pvt. Ltd.
Plot No. 45, GIDC Sachin, Surat - 394230, Gujarat, INDIA
Mob: +91 98765 43210 | GSTIN: 24AABCS1234F1Z5""")

S_GLOVE = sup("GLOVEMY", "Sinar Sarung Tangan Sdn. Bhd.", "jualan@sinarglove.example", "ms-MY")
p = PO("LG-MD-26-0771", S_GLOVE, "Karin Holm", "USD", "2026-12-02", [
    L(1, "GLV-NIT-M", "Nitrile exam glove, powder-free, size M, box of 100", 4000, "BOX", "2.95", "2027-01-20"),
    L(2, "GLV-NIT-L", "Nitrile exam glove, powder-free, size L, box of 100", 3000, "BOX", "2.95", "2027-01-20")])
reply("018-ms-gloves-two-shipments", "confirmation", "ms-MY", "Malay, both glove sizes split over two containers with dates in Malay month names",
      [p], conf("M: 2,000 + 2,000 boxes (20 Januari and 17 Februari 2027); L: 1,500 + 1,500 (same dates). Totals unchanged, last date 2027-02-17.",
                ("LG-MD-26-0771", {"1": C(4000, "2.95", "2027-02-17", [(2000, "2027-01-20"), (2000, "2027-02-17")]),
                                   "2": C(3000, "2.95", "2027-02-17", [(1500, "2027-01-20"), (1500, "2027-02-17")])})),
      who=("Nurul Aina binti Ahmad", "jualan@sinarglove.example"), date=D("2026-12-04 09:50", 8), lang="en", prefix="RE: ",
      lang_hdr="ms-MY",
      top="""Salam sejahtera Puan Karin,

Terima kasih atas pesanan LG-MD-26-0771. Disebabkan kapasiti kilang penuh sehingga akhir tahun, kami terpaksa membahagikan penghantaran kepada dua kontena:

Kontena 1 - tiba 20 Januari 2027: saiz M 2,000 kotak, saiz L 1,500 kotak
Kontena 2 - tiba 17 Februari 2027: saiz M 2,000 kotak, saiz L 1,500 kotak

Harga kekal USD 2.95 sekotak (100 helai) seperti dalam PO.

Sekian, terima kasih.""",
      sig="""Nurul Aina binti Ahmad
Eksekutif Jualan Eksport
Sinar Sarung Tangan Sdn. Bhd. (201501012345 / 1234567-X)
Lot 5, Jalan Perindustrian 3, 42000 Pelabuhan Klang, Selangor
Tel: +603-5555 2190""")

S_DANMED = sup("DANMED", "Dansk Medicinsk Engangs A/S", "ordre@danmed.example", "da-DK")
p = PO("LG-MD-26-0790", S_DANMED, "Karin Holm", "DKK", "2026-12-03", [
    L(1, "SYR-5ML-LL", "Engangssprøjte 5 ml luer-lock, æske à 100", 120, "BOX", "68.00", "2027-01-15"),
    L(2, "NDL-21G", "Kanyle 21G x 40 mm, æske à 100", 200, "BOX", "41.50", "2027-01-15"),
    L(3, "SWB-ALC", "Spritserviet 70 %, æske à 100", 300, "BOX", "22.00", "2027-01-15")])
reply("019-da-medical-uge-week", "confirmation", "da-DK", "Danish, week number 'uge 2' without weekday, one line on back-order with no date",
      [p], conf("'uge 2' = Friday of ISO week 2 2027 = 2027-01-15 = requested. Line 3 'i restordre, leveringsdato følger' -> unconfirmed.",
                ("LG-MD-26-0790", {"1": A(p["lines"][0]), "2": A(p["lines"][1]), "3": UNC})),
      who=("Mette Kjær", "ordre@danmed.example"), date=D("2026-12-04 13:26"), lang="da", prefix="SV: ", lang_hdr="da-DK",
      top="""Hej Karin

Tak for ordren LG-MD-26-0790.

Pos. 1 sprøjter 5 ml, 120 æsker à 68,00 kr. - OK, levering uge 2
Pos. 2 kanyler 21G, 200 æsker à 41,50 kr. - OK, levering uge 2
Pos. 3 spritservietter er desværre i restordre hos vores fabrik. Leveringsdato følger, så snart vi har den.

Med venlig hilsen""",
      sig="""Mette Kjær
Kundeservice
Dansk Medicinsk Engangs A/S
Industrivej 12, 7100 Vejle
Tlf. +45 75 55 31 00 | CVR 12345678""")

S_HEMED = sup("GALILMED", "Galil Medical Supplies Ltd", "orders@galilmed.example", "he-IL")
p = PO("LG-MD-26-0802", S_HEMED, "Karin Holm", "USD", "2026-12-03", [
    L(1, "IV-SET-20D", "IV administration set, 20 drops/ml", 5000, "EA", "0.92", "2027-01-18"),
    L(2, "CATH-IV-22G", "IV cannula 22G with wings", 8000, "EA", "0.38", "2027-01-18")])
reply("020-he-ivsets-html-rtl", "confirmation", "he-IL", "Hebrew HTML+text RTL, confirms line 1, cannula price +6% and date day-first",
      [p], conf("+6 % on 0.38 = 0.4028. Date 18.1.2027 day-first = requested for both.",
                ("LG-MD-26-0802", {"1": A(p["lines"][0]), "2": C(8000, "0.4028", "2027-01-18")})),
      who=("יעל כהן", "orders@galilmed.example"), date=D("2026-12-06 11:14", 2), lang="he", prefix="RE: ", lang_hdr="he-IL",
      dir="rtl", cte="base64", font="Arial,sans-serif",
      top="""שלום קארין,

תודה על ההזמנה LG-MD-26-0802.
אנו מאשרים:
1. ערכת עירוי 20 טיפות – 5,000 יח' במחיר 0.92 דולר ליחידה, אספקה 18.1.2027
2. קנולה 22G – 8,000 יח', אספקה 18.1.2027. שימו לב: בשל עליית מחירי חומרי הגלם תחול תוספת של 6% על מחיר ההזמנה.

בברכה,""",
      sig="""יעל כהן
מנהלת הזמנות | גליל ציוד רפואי בע"מ
רח' התעשייה 8, כרמיאל 2161002
טל' 04-5551234 | ח.פ. 512345678""")


# ================================================================ CASES: building, electrical, automotive, lab, paper
S_OBKLAD = sup("OBKLADY", "Keramika Moravia s.r.o.", "objednavky@keramika-moravia.example", "cs-CZ")
p = PO("4500231610", S_OBKLAD, "Peter Nyström", "EUR", "2026-12-02", [
    L(1, "TIL-60x60-GR", "Dlažba slinutá 60x60 cm, šedá mat", 312, "M2", "18.40", "2027-01-13")])
reply("021-cs-dlazba-box-rounding-m2", "confirmation", "cs-CZ", "Czech, tiles rounded to full boxes (217 krabic = 312,48 m²), decimal comma quantity",
      [p], conf("Supplier confirms 312,48 m² (217 boxes x 1,44 m²) -> quantity 312.48, price unchanged, středa 13. 1. = requested.",
                ("4500231610", {"1": C(312.48, "18.40", "2027-01-13")})),
      who=("Ing. Petra Dvořáková", "objednavky@keramika-moravia.example"), date=D("2026-12-03 08:14"), lang="cs", prefix="RE: ",
      lang_hdr="cs-CZ",
      top="""Dobrý den, pane Nyströme,

děkujeme za objednávku č. 4500231610. Dlažbu expedujeme pouze v celých krabicích po 1,44 m², potvrzujeme proto 217 krabic = 312,48 m² za cenu 18,40 EUR/m².
Termín dodání: středa 13. 1.

S pozdravem""",
      sig="""Ing. Petra Dvořáková
obchodní oddělení
Keramika Moravia s.r.o., Průmyslová 1120, 686 01 Uherské Hradiště
tel.: +420 572 555 310
IČO: 12345678, DIČ: CZ12345678, zapsáno u KS v Brně, oddíl C, vložka 45678""")

S_IZOL = sup("IZOLSK", "Izolácie Tatry a.s.", "predaj@izolacie-tatry.example", "sk-SK")
p = PO("4500231622", S_IZOL, "Peter Nyström", "EUR", "2026-12-02", [
    L(1, "MW-ROLL-100", "Minerálna vlna rolka 100 mm, λ 0,037", 960, "M2", "3.95", "2026-12-18"),
    L(2, "EPS-100-F", "Fasádny polystyrén EPS 100 F, 100 mm", 420, "M2", "6.20", "2026-12-18")])
reply("022-sk-izolacia-end-next-week", "confirmation", "sk-SK", "Slovak from phone without diacritics, 'do konca buduceho tyzdna' relative date",
      [p], conf("Mail of Thu 2026-12-03: 'do konca buduceho tyzdna' = Friday of next week = 2026-12-11 (earlier than requested). Both lines as ordered otherwise.",
                ("4500231622", {"1": C(960, "3.95", "2026-12-11"), "2": C(420, "6.20", "2026-12-11")})),
      who=("Marek Hudák", "predaj@izolacie-tatry.example"), date=D("2026-12-03 19:47"), lang="sk", client="android", quote="outlook",
      prefix="Re: ", plain_only=True,
      top="""Dobry den,
obj. 4500231622 potvrdzujem kompletne, vata 960 m2 po 3,95 a polystyren 420 m2 po 6,20. Dodame do konca buduceho tyzdna, auto sa ozve den vopred.
Hudak

Odoslané z mobilu""")

S_TIMBER = sup("CARPATIMB", "Carpați Timber S.R.L.", "vanzari@carpatitimber.example", "ro-RO")
p = PO("4500231640", S_TIMBER, "Peter Nyström", "EUR", "2026-12-03", [
    L(1, "TMB-C24-45x195", "Cherestea molid C24 45x195 mm, uscată", 36, "M3", "342.00", "2027-01-22"),
    L(2, "OSB3-18", "Plăci OSB/3 18 mm 2500x1250", 24, "M3", "298.00", "2027-01-22")])
reply("023-ro-cherestea-saptamana", "confirmation", "ro-RO", "Romanian, delivery 'în săptămâna 2' (ISO week, no day), OSB quantity reduced to full truck packs",
      [p], conf("'săptămâna 2' = Friday of ISO week 2 2027 = 2027-01-15. OSB: 22,5 m³ (9 pachete) instead of 24 -> changed.",
                ("4500231640", {"1": C(36, "342.00", "2027-01-15"), "2": C(22.5, "298.00", "2027-01-15")})),
      who=("Andrei Popescu", "vanzari@carpatitimber.example"), date=D("2026-12-04 10:33", 2), lang="ro", prefix="RE: ", lang_hdr="ro-RO",
      top="""Bună ziua domnule Nyström,

Vă confirmăm comanda nr. 4500231640:
- Cherestea molid C24 45x195: 36 m³ la 342,00 EUR/m³
- OSB/3 18 mm: putem livra doar pachete întregi de 2,5 m³, deci 22,5 m³ (9 pachete) la 298,00 EUR/m³

Livrare în săptămâna 2, camion complet.

Cu stimă,""",
      sig="""Andrei Popescu
Departament Vânzări Export
Carpați Timber S.R.L. | Str. Fabricii nr. 5, 550018 Sibiu
Tel. +40 269 555 120 | CUI RO12345678 | J32/1234/2005""")

S_AUTIMB = sup("OZFRAME", "Southern Cross Framing Pty Ltd", "sales@scframing.example", "en-AU")
p = PO("4500231655", S_AUTIMB, "Peter Nyström", "AUD", "2026-12-04", [
    L(1, "LVL-200x45", "LVL beam 200x45, 6.0 m", 120, "EA", "96.50", "2027-01-29"),
    L(2, "PINE-90x45-MGP10", "MGP10 pine 90x45, per lineal metre", 2400, "M", "4.85", "2027-01-29")])
reply("024-enau-framing-pack-lengths", "confirmation", "en-AU", "Australian English, casual; pine rounded to full packs, LVL fine, date 'Fri 29/1'",
      [p], conf("Pine: '2,592 lm (4 packs of 648)' -> quantity 2592 changed. 29/1 day-first = requested date.",
                ("4500231655", {"1": A(p["lines"][0]), "2": C(2592, "4.85", "2027-01-29")})),
      who=("Brett Halloran", "sales@scframing.example"), date=D("2026-12-07 15:02", 11), lang="en", prefix="RE: ", lang_hdr="en-AU",
      top="""G'day Peter,

No dramas with PO 4500231655.

LVL 200x45 x 6.0 - 120 lengths @ $96.50, all good.
MGP10 90x45 - we only sell full packs, so you'll get 2,592 lm (4 packs of 648 lm) @ $4.85/lm. Shout out if that's a problem.

Both on the truck to the port for delivery Fri 29/1.

Cheers mate,
Brett""",
      sig="""Brett Halloran | Sales
Southern Cross Framing Pty Ltd | 14 Mill Rd, Dandenong VIC 3175
P 03 5555 0912 | M 0412 555 883 | ABN 12 345 678 901""")

S_KABEL = sup("KABELHU", "Dunai Kábel Kereskedelmi Kft.", "rendeles@dunaikabel.example", "hu-HU")
p = PO("4500231670", S_KABEL, "Oskar Lund", "EUR", "2026-12-03", [
    L(1, "NYM-J-3x2.5", "NYM-J 3x2,5 mm² kábel, 500 m dob", 3000, "M", "0.98", "2026-12-16"),
    L(2, "NYY-J-5x10", "NYY-J 5x10 mm² kábel, 500 m dob", 1000, "M", "6.45", "2026-12-16")])
reply("025-hu-kabel-date-format", "confirmation", "hu-HU", "Hungarian, dates in Hungarian order (2026. december 9.), one line earlier, one later",
      [p], conf("Line 1 delivered 2026. december 9. (earlier), line 2 2027. január 8. Qty/prices unchanged.",
                ("4500231670", {"1": C(3000, "0.98", "2026-12-09"), "2": C(1000, "6.45", "2027-01-08")})),
      who=("Kovács Gábor", "rendeles@dunaikabel.example"), date=D("2026-12-04 09:20"), lang="hu", prefix="VS: ", lang_hdr="hu-HU",
      top="""Tisztelt Lund Úr!

Köszönjük a 4500231670 számú megrendelését, az alábbiak szerint visszaigazoljuk:

1. NYM-J 3x2,5 mm² – 3000 m (6 dob) – 0,98 EUR/m – szállítás: 2026. december 9.
2. NYY-J 5x10 mm² – 1000 m (2 dob) – 6,45 EUR/m – szállítás: 2027. január 8. (gyártói késés miatt)

Üdvözlettel:""",
      sig="""Kovács Gábor
értékesítési vezető
Dunai Kábel Kereskedelmi Kft. | 1097 Budapest, Gubacsi út 6.
Tel.: +36 1 555 4420 | Adószám: 12345678-2-43 | Cg. 01-09-123456""")

S_ZAELEC = sup("HIGHVELD", "Highveld Electrical Wholesalers (Pty) Ltd", "orders@highveldelec.example", "en-ZA")
p = PO("4500231688", S_ZAELEC, "Oskar Lund", "ZAR", "2026-12-03", [
    L(1, "CB-1P-20A", "Circuit breaker 1P 20A C-curve", 600, "EA", "68.50", "2027-01-15"),
    L(2, "DB-12W", "Distribution board 12-way flush", 80, "EA", "412.00", "2027-01-15"),
    L(3, "ELCB-63A", "Earth leakage unit 63A 30mA", 80, "EA", "585.00", "2027-01-15")])
reply("026-enza-elec-partial-reject", "confirmation", "en-ZA", "South African English, price in R with space thousands, ELCB discontinued and rejected, breakers confirmed",
      [p], conf("Breakers and boards as ordered by 15 Jan. ELCB 63A discontinued, 'we cannot supply' -> rejected; a successor is only proposed (no commitment).",
                ("4500231688", {"1": A(p["lines"][0]), "2": A(p["lines"][1]), "3": REJ})),
      who=("Thandi Nkosi", "orders@highveldelec.example"), date=D("2026-12-04 11:48", 2), lang="en", prefix="RE: ", lang_hdr="en-ZA",
      top="""Morning Oskar,

Thanks for PO 4500231688.

- 1P 20A breakers: 600 @ R68,50 - confirmed
- 12-way DBs: 80 @ R412,00 - confirmed
- ELCB 63A 30mA: unfortunately this model was discontinued by the manufacturer in October and we cannot supply. The successor (RCCB 63A type A) is R 1 045,00 - let me know if you want a quote.

Lines 1 and 2 will be delivered by 15 January, we close 18 Dec to 4 Jan.

Kind regards""",
      sig="""Thandi Nkosi
Sales Administrator | Highveld Electrical Wholesalers (Pty) Ltd
12 Voortrekker Road, Germiston, 1401 | Tel: 011 555 2020
Reg. No. 1998/012345/07 | VAT No. 4123456789
This e-mail is subject to the disclaimer at www.highveldelec.example/disclaimer""")

S_KOAUTO = sup("HANSEONG", "한성오토부품(주)", "export@hanseongauto.example", "ko-KR")
p = PO("4500231702", S_KOAUTO, "Oskar Lund", "USD", "2026-12-04", [
    L(1, "BP-F-HY-i30", "Brake pad set front, Hyundai i30 (PD)", 400, "SET", "18.60", "2027-02-05"),
    L(2, "OF-KIA-26300", "Oil filter 26300-35505", 1500, "EA", "2.15", "2027-02-05")])
reply("027-ko-autoparts-ship-date", "confirmation", "ko-KR", "Korean EUC-KR, only a 선적일 (ship date) given in Korean date form",
      [p], conf("Only ship date 2027년 1월 8일 given -> date = 2027-01-08 for both lines; qty and price as PO.",
                ("4500231702", {"1": C(400, "18.60", "2027-01-08"), "2": C(1500, "2.15", "2027-01-08")})),
      who=("김민준", "export@hanseongauto.example"), date=D("2026-12-07 10:05", 9), lang="ko", prefix="RE: ", lang_hdr="ko-KR",
      charset="euc-kr", cte="base64", hcharset="euc-kr", enc_errors="replace", font="Malgun Gothic,sans-serif",
      top="""Oskar 님 안녕하세요,

발주서 4500231702 잘 받았습니다. 아래와 같이 확인드립니다.

1. 브레이크 패드 (i30 PD 앞) 400세트, 단가 USD 18.60
2. 오일필터 26300-35505 1,500개, 단가 USD 2.15

부산항 선적일: 2027년 1월 8일

감사합니다.""",
      sig="""김민준 과장 / 해외영업팀
한성오토부품(주) | 경남 창원시 성산구 공단로 123
Tel. +82-55-555-7788 | Fax. +82-55-555-7789""")

S_FIAUTO = sup("VARAOSA", "Varaosa-Tukku Oy", "tilaukset@varaosatukku.example", "fi-FI")
p = PO("4500231715", S_FIAUTO, "Oskar Lund", "EUR", "2026-12-04", [
    L(1, "WB-TOY-AUR", "Pyyhkijänsulka 650 mm, Toyota Auris", 300, "EA", "7.40", "2026-12-22"),
    L(2, "BAT-70AH", "Akku 70 Ah 640 A EN", 60, "EA", "86.00", "2026-12-22"),
    L(3, "BULB-H7-LL", "Polttimo H7 Long Life, 2 kpl/pkt", 500, "PAK", "6.90", "2026-12-22")])
reply("028-fi-autoparts-inline-substitution", "confirmation", "fi-FI", "Finnish inline answers in the quote; battery substitute awaits buyer approval -> that line unconfirmed",
      [p], conf("Inline under each line: 1 OK, 3 OK ('ok, toimitus ti 22.12.'); battery: supplier offers another brand and asks for approval -> not committed -> unconfirmed.",
                ("4500231715", {"1": A(p["lines"][0]), "2": UNC, "3": A(p["lines"][2])})),
      who=("Juha Virtanen", "tilaukset@varaosatukku.example"), date=D("2026-12-07 14:40", 2), lang="fi", client="outlook", quote="none",
      prefix="VS: ",
      top="""Hei Oskar,

vastaukset alle riveittäin.

Juha

Lähettäjä: Oskar Lund <oskar.lund@lindqvist-group.example>
Lähetetty: perjantai 4. joulukuuta 2026 9.30
Vastaanottaja: tilaukset@varaosatukku.example
Aihe: Purchase order 4500231715 - please confirm

Dear supplier,

please find our purchase order 4500231715 below. Kindly confirm quantities, prices and delivery dates within 2 working days.

Line 1  WB-TOY-AUR  Pyyhkijänsulka 650 mm, Toyota Auris  300 EA  EUR 7.40/EA  need-by 2026-12-22
>> ok, toimitus ti 22.12.
Line 2  BAT-70AH  Akku 70 Ah 640 A EN  60 EA  EUR 86.00/EA  need-by 2026-12-22
>> tätä merkkiä ei saa ennen helmikuuta. Voimme tarjota Varta E11 samaan hintaan, käykö? Vahvistan vasta kun kuittaat.
Line 3  BULB-H7-LL  Polttimo H7 Long Life, 2 kpl/pkt  500 PAK  EUR 6.90/PAK  need-by 2026-12-22
>> ok, toimitus ti 22.12.

Delivery: Lindqvist Group, Hamnvägen 14, Göteborg (unless otherwise stated on the PO).

Best regards
Oskar Lund
Purchasing | Lindqvist Group AB
+46 31 555 01 20""",
      sig="""Juha Virtanen | Myyntisihteeri
Varaosa-Tukku Oy, Teollisuuskatu 21, 33100 Tampere
p. 03 555 8120 | Y-tunnus 1234567-8""")

S_SHLAB = sup("SHLAB", "上海博研实验耗材有限公司", "sales@boyanlab.example", "zh-CN")
p = PO("LG-LB-26-0333", S_SHLAB, "Sofia Ek", "USD", "2026-12-04", [
    L(1, "TIP-200-RK", "Pipette tips 200 µl, racked, 96/rack", 500, "RACK", "1.85", "2027-01-15"),
    L(2, "TUBE-15-CON", "Centrifuge tube 15 ml, conical, sterile, bag of 50", 400, "BAG", "4.20", "2027-01-15"),
    L(3, "PET-90-ST", "Petri dish 90 mm, sterile, sleeve of 20", 300, "SLV", "2.60", "2027-01-15")])
reply("029-zhcn-lab-gbk-dates", "confirmation", "zh-CN", "Simplified Chinese GBK/base64 (Foxmail), Chinese date forms 1月12日 / 2027年1月29日, one price change",
      [p], conf("Tips and tubes arrive 1月12日 (no year -> 2027-01-12); petri dishes 2027年1月29日 with new price 2.75.",
                ("LG-LB-26-0333", {"1": C(500, "1.85", "2027-01-12"), "2": C(400, "4.20", "2027-01-12"), "3": C(300, "2.75", "2027-01-29")})),
      who=("王丽", "sales@boyanlab.example"), date=D("2026-12-07 16:30", 8), lang="zh", client="foxmail", quote="outlook",
      prefix="回复：", charset="gbk", cte="base64", hcharset="gbk", enc_errors="replace", font="SimSun",
      top="""Sofia 您好！

感谢贵司订单 LG-LB-26-0333，现确认如下：

1. 200µl 盒装吸头 500盒，单价 USD 1.85
2. 15ml 离心管 400包，单价 USD 4.20
以上两项预计1月12日到货。

3. 90mm 培养皿 300条：因原材料涨价，单价调整为 USD 2.75，交货期为2027年1月29日。

如有问题请随时联系。
谢谢！""",
      sig="""王丽 Wang Li
销售部 | 上海博研实验耗材有限公司
上海市松江区新桥镇民益路 88 号
电话：021-5555 8866  手机：138 0000 5566""")

S_NLLAB = sup("LABNL", "LabSupply Nederland B.V.", "verkoop@labsupply.example", "nl-NL")
p1 = PO("LG-LB-26-0341", S_NLLAB, "Sofia Ek", "EUR", "2026-12-04", [
    L(1, "GLV-NIT-S", "Nitril handschoenen S, doos 100", 200, "BOX", "5.90", "2026-12-17"),
    L(2, "PAR-FILM", "Parafilm M 100 mm x 38 m", 24, "ROL", "38.00", "2026-12-17")])
p2 = PO("LG-LB-26-0356", S_NLLAB, "Sofia Ek", "EUR", "2026-12-07", [
    L(1, "CRYO-2ML", "Cryovial 2 ml, zak 500", 10, "BAG", "89.00", "2027-01-08")])
reply("030-nl-lab-one-of-two-pos", "confirmation", "nl-NL", "Dutch, two open POs from the same supplier, reply confirms the first, mentions the second only as 'volgt'",
      [p1, p2], conf("Only LG-LB-26-0341 is answered (accepted, 'donderdag 17/12'); LG-LB-26-0356 is only mentioned -> left out.",
                     ("LG-LB-26-0341", {"1": A(p1["lines"][0]), "2": A(p1["lines"][1])})),
      who=("Joost Bakker", "verkoop@labsupply.example"), date=D("2026-12-08 10:02"), lang="nl", prefix="RE: ", lang_hdr="nl-NL", po=p1,
      top="""Hallo Sofia,

Order LG-LB-26-0341 is akkoord: 200 dozen nitril S à € 5,90 en 24 rollen Parafilm à € 38,00, levering donderdag 17/12.

Voor jullie order van gisteren (cryovials) volgt de bevestiging apart, ik wacht nog op de voorraadstand van onze leverancier.

Groet,""",
      sig="""Joost Bakker
Binnendienst | LabSupply Nederland B.V.
Kanaalweg 17, 3526 KL Utrecht | T 030 555 2211""")


# ================================================================ CASES: attachments, multi-PO, special wording
S_PAPIR = sup("NORDPAPIR", "Nordisk Papir og Emballasje AS", "ordre@nordiskpapir.example", "nb-NO")
p = PO("4500231730", S_PAPIR, "Ingrid Dahl", "NOK", "2026-12-04", [
    L(1, "CPY-A4-80", "Kopipapir A4 80 g, pall 100 000 ark", 8, "PAL", "4890.00", "2026-12-18"),
    L(2, "KRAFT-70-1000", "Kraftpapir 70 g, rull 1000 mm", 12, "ROL", "1325.00", "2026-12-18")])
pdf = pdf_bytes([
    "ORDREBEKREFTELSE  nr. 70021984",
    "Nordisk Papir og Emballasje AS - Brobekkveien 80, 0582 Oslo - Org.nr. 912 345 678 MVA",
    "Kunde: Lindqvist Group AB, Hamnvägen 14, Göteborg",
    "Deres bestilling: 4500231730 av 04.12.2026   Deres ref.: Ingrid Dahl",
    "Ordredato: 07.12.2026",
    "",
    "Pos  Varenr          Beskrivelse                       Antall  Enh   Pris NOK    Leveringsdato",
    "10   CPY-A4-80       Kopipapir A4 80 g                 8       PAL   4 890,00    18.12.2026",
    "20   KRAFT-70-1000   Kraftpapir 70 g, 1000 mm          10      ROL   1 325,00    18.12.2026",
    "20   KRAFT-70-1000   Kraftpapir 70 g, 1000 mm          2       ROL   1 325,00    08.01.2027",
    "",
    "Sum eks. mva: NOK 55 020,00",
    "Leveringsbetingelser: DAP Göteborg (Incoterms 2020)   Betaling: 30 dager netto",
], "Ordrebekreftelse 70021984")
reply("031-nb-papir-pdf-only", "confirmation", "nb-NO", "Norwegian short cover, all details only in an attached PDF order confirmation with split kraft rolls",
      [p], conf("PDF: copy paper 8 pallets 18.12.2026 as ordered; kraft 10 rolls 18.12 + 2 rolls 08.01.2027 -> schedule, date = last delivery.",
                ("4500231730", {"1": A(p["lines"][0]), "2": C(12, "1325.00", "2027-01-08", [(10, "2026-12-18"), (2, "2027-01-08")])})),
      who=("Lars Haugen", "ordre@nordiskpapir.example"), date=D("2026-12-07 13:12"), lang="nb", prefix="SV: ", lang_hdr="nb-NO",
      top="""Hei Ingrid,

Vedlagt ordrebekreftelse på bestillingen deres.

Mvh""",
      sig="""Lars Haugen
Ordrekontor | Nordisk Papir og Emballasje AS
Tlf. +47 22 55 51 40""",
      attachments=[("Ordrebekreftelse_70021984.pdf", pdf) + PDF])

S_SCHOTT = sup("KUNSTSTOFF", "Rheintal Kunststoff-Etiketten GmbH", "vertrieb@rheintal-etiketten.example", "de-DE")
p = PO("4500231744", S_SCHOTT, "Ana Sjöberg", "EUR", "2026-12-07", [
    L(1, "IML-500-CUP", "IML-Etikett Becher 500 ml, 4c", 250000, "EA", "0.0162", "2027-01-20"),
    L(2, "IML-500-LID", "IML-Etikett Deckel 500 ml, 4c", 250000, "EA", "0.0094", "2027-01-20")])
pdf = pdf_bytes([
    "AUFTRAGSBESTÄTIGUNG 2026-118842",
    "Rheintal Kunststoff-Etiketten GmbH, Am Rheinufer 12, 79618 Rheinfelden",
    "Kunde 30112 - Lindqvist Group AB   Ihre Bestellung 4500231744 vom 07.12.2026",
    "",
    "Pos. Material        Bezeichnung                    Menge      ME   Preis / 1.000   Liefertermin",
    "1    IML-500-CUP     IML-Etikett Becher 500 ml 4c   250.000    ST   16,20 EUR       KW 03/2027",
    "2    IML-500-LID     IML-Etikett Deckel 500 ml 4c   250.000    ST   9,40 EUR        KW 03/2027",
    "",
    "Liefertermin = Eintreffen beim Kunden. Es gelten unsere Allgemeinen Verkaufsbedingungen.",
], "Auftragsbestätigung 2026-118842")
case("032-de-erp-ab-pdf-auto", "confirmation", "de-DE", "SAP-generated 'Auftragsbestätigung' mail with PDF, no human text; price per 1,000, KW 03/2027",
     [p], conf("ERP order confirmation commits to the order -> confirmation, not auto_reply. 16,20/1.000 = 0.0162 and 9,40/1.000 = 0.0094; KW 03/2027 = Friday 2027-01-22 (PO wanted Wed 2027-01-20) -> changed date.",
               ("4500231744", {"1": C(250000, "0.0162", "2027-01-22"), "2": C(250000, "0.0094", "2027-01-22")})),
     **{"from": ("Rheintal Etiketten - Auftragsbearbeitung", "noreply-sap@rheintal-etiketten.example"),
        "to": ("Ana Sjöberg", "ana.sjoberg@" + BUYER_DOMAIN), "date": D("2026-12-08 06:02"),
        "subject": "Auftragsbestätigung 2026-118842 zu Ihrer Bestellung 4500231744", "client": "erp", "plain_only": True,
        "extra_headers": [("Auto-Submitted", "auto-generated")], "charset": "iso-8859-1",
        "body": """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 2026-118842 zu Ihrer Bestellung 4500231744.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
Bei Rückfragen wenden Sie sich bitte an vertrieb@rheintal-etiketten.example.

Rheintal Kunststoff-Etiketten GmbH | Am Rheinufer 12 | 79618 Rheinfelden
Registergericht Freiburg HRB 712345 | Geschäftsführer: Thomas Vogt
""", "attachments": [("AB_2026-118842.pdf", pdf) + PDF]})

S_KARTON = sup("KARTONPL", "Tektura Pomorze Sp. z o.o.", "zamowienia@tekturapomorze.example", "pl-PL")
p = PO("4500231756", S_KARTON, "Ingrid Dahl", "PLN", "2026-12-07", [
    L(1, "BOX-F0201-400", "Karton klapowy F0201 400x300x250, 5W", 6000, "EA", "2.84", "2026-12-21"),
    L(2, "BOX-F0201-600", "Karton klapowy F0201 600x400x400, 5W", 2500, "EA", "5.12", "2026-12-21"),
    L(3, "PAD-1200x800", "Przekładka tekturowa 1200x800, 3W", 4000, "EA", "1.06", "2026-12-21")])
xl = xlsx_bytes([
    ["Potwierdzenie zamówienia", "", "", "", "", ""],
    ["Zamówienie klienta", "4500231756", "", "", "", ""],
    ["Poz.", "Indeks", "Opis", "Ilość potwierdzona", "Cena netto PLN/szt.", "Data dostawy"],
    [1, "BOX-F0201-400", "Karton F0201 400x300x250 5W", 6000, 2.84, "2026-12-21"],
    [2, "BOX-F0201-600", "Karton F0201 600x400x400 5W", 2520, 5.12, "2026-12-21"],
    [3, "PAD-1200x800", "Przekładka 1200x800 3W", 4000, 1.06, "2027-01-05"],
    ["", "", "Ilości zaokrąglone do pełnych palet (poz. 2: 60 szt./paleta)", "", "", ""],
], "Potwierdzenie")
reply("033-pl-karton-xlsx", "confirmation", "pl-PL", "Polish cover + XLSX confirmation table: pallet rounding on line 2, later date on line 3",
      [p], conf("From the XLSX: line 1 as ordered; line 2 2520 pcs (full pallets); line 3 delivered 2027-01-05.",
                ("4500231756", {"1": A(p["lines"][0]), "2": C(2520, "5.12", "2026-12-21"), "3": C(4000, "1.06", "2027-01-05")})),
      who=("Tomasz Zieliński", "zamowienia@tekturapomorze.example"), date=D("2026-12-08 12:30"), lang="pl", prefix="Odp: ",
      lang_hdr="pl-PL",
      top="""Dzień dobry Pani Ingrid,

w załączeniu potwierdzenie zamówienia 4500231756 (plik Excel). Proszę zwrócić uwagę na poz. 2 i 3.

Z poważaniem""",
      sig="""Tomasz Zieliński
Dział Obsługi Klienta
Tektura Pomorze Sp. z o.o., ul. Portowa 8, 81-336 Gdynia
tel. +48 58 555 10 20 | NIP 586-123-45-67""",
      attachments=[("potwierdzenie_4500231756.xlsx", xl) + XLSX])

S_ELAT = sup("ELEKTROAT", "Elektro-Großhandel Steiner GmbH", "innendienst@steiner-elektro.example", "de-AT")
p = PO("4500231768", S_ELAT, "Oskar Lund", "EUR", "2026-12-08", [
    L(1, "LED-PNL-62", "LED-Panel 62x62 36W 4000K", 150, "EA", "38.90", "2026-12-22"),
    L(2, "SW-UP-WS", "Wippschalter UP reinweiß", 400, "EA", "3.45", "2026-12-22"),
    L(3, "KAB-NYM-5x1.5", "NYM-J 5x1,5 Ring 100 m", 20, "ROL", "112.00", "2026-12-22")])
csvdata = ("Bestellnr;Pos;Artikel;Menge;ME;Preis EUR;Liefertermin;Status\r\n"
           "4500231768;1;LED-PNL-62;150;ST;38,90;22.12.2026;bestätigt\r\n"
           "4500231768;2;SW-UP-WS;400;ST;3,45;22.12.2026;bestätigt\r\n"
           "4500231768;3;KAB-NYM-5x1.5;20;RNG;118,50;22.12.2026;Preis geändert\r\n").encode("cp1252")
reply("034-deat-elektro-csv", "confirmation", "de-AT", "Austrian German ('Jänner' in signature), semicolon CSV with decimal comma carries the answer; cable price changed",
      [p], conf("CSV: lines 1-2 confirmed as ordered; line 3 price 118,50 instead of 112,00, date unchanged.",
                ("4500231768", {"1": A(p["lines"][0]), "2": A(p["lines"][1]), "3": C(20, "118.50", "2026-12-22")})),
      who=("Martina Huber", "innendienst@steiner-elektro.example"), date=D("2026-12-09 07:55"), lang="de", prefix="AW: ",
      lang_hdr="de-AT",
      top="""Grüß Gott Herr Lund,

die Bestätigung zu Ihrer Bestellung finden Sie als CSV im Anhang (Import für Ihr System wie vereinbart). Beim Kabel mussten wir leider die Kupferpreisanpassung weitergeben.

Bitte beachten Sie: unser Lager ist vom 24.12. bis 6. Jänner geschlossen.

Liebe Grüße""",
      sig="""Martina Huber
Innendienst | Elektro-Großhandel Steiner GmbH
Triester Straße 210, 1230 Wien
T +43 1 555 66 20 | FN 123456a, HG Wien | UID ATU12345678""",
      attachments=[("AB_4500231768.csv", csvdata) + CSV])

S_STAMPA = sup("STAMPAVE", "Arti Grafiche Veneta S.p.A.", "commerciale@artigraficheveneta.example", "it-IT")
p1 = PO("4500231780", S_STAMPA, "Ana Sjöberg", "EUR", "2026-12-07", [
    L(1, "CAT-A4-48P", "Catalogo A4 48 pagine, patinata opaca 115 g", 5000, "EA", "1.42", "2027-01-14")])
p2 = PO("4500231781", S_STAMPA, "Ana Sjöberg", "EUR", "2026-12-07", [
    L(1, "FLY-A5-135", "Volantino A5 fronte/retro 135 g", 20000, "EA", "0.038", "2027-01-14"),
    L(2, "POS-A2-170", "Poster A2 170 g", 500, "EA", "0.95", "2027-01-14")])
reply("035-it-stampa-two-pos-one-mail", "confirmation", "it-IT", "Italian, one reply answers two POs: catalogue later, flyers OK, poster confirmed at different price",
      [p1, p2], conf("Both POs answered. 4500231780 catalogue delivery giovedì 21 gennaio (changed date). 4500231781: flyers accepted; poster 1,05 € cad.",
                     ("4500231780", {"1": C(5000, "1.42", "2027-01-21")}),
                     ("4500231781", {"1": A(p2["lines"][0]), "2": C(500, "1.05", "2027-01-14")})),
      who=("Luca Bortolin", "commerciale@artigraficheveneta.example"), date=D("2026-12-09 15:44"), lang="it", prefix="R: ",
      lang_hdr="it-IT", subject="R: ordini 4500231780 e 4500231781",
      top="""Gentile Ana,

rispondo ad entrambi gli ordini:

ORDINE 4500231780 - catalogo A4 48 pag.: 5.000 copie a 1,42 €, consegna giovedì 21 gennaio (la carta patinata opaca arriva in cartiera solo a metà dicembre).

ORDINE 4500231781 - volantini A5: 20.000 pz a 0,038 €, consegna 14/01 come richiesto; poster A2: 500 pz, il prezzo corretto è 1,05 € cad. (lo 0,95 si riferiva a una tiratura di 1.000), consegna 14/01.

Buona giornata""",
      sig="""Luca Bortolin
Ufficio Commerciale - Arti Grafiche Veneta S.p.A.
Via dell'Industria 22, 31100 Treviso | Tel. 0422 555 180
Cap. soc. € 1.200.000 i.v. - Reg. Imprese TV 01234560263""")

S_PTAUTO = sup("AUTOLUSA", "Autolusa Peças, Lda.", "encomendas@autolusa.example", "pt-PT")
p1 = PO("4500231792", S_PTAUTO, "Oskar Lund", "EUR", "2026-12-08", [
    L(1, "CLT-KIT-GOLF7", "Kit embraiagem VW Golf VII 1.6 TDI", 40, "SET", "189.00", "2027-01-12")])
p2 = PO("4500231733", S_PTAUTO, "Oskar Lund", "EUR", "2026-12-04", [
    L(1, "SHK-FR-CLIO4", "Amortecedor frente Renault Clio IV", 120, "EA", "42.30", "2027-01-06")])
reply("036-pt-pecas-po-written-diff", "confirmation", "pt-PT", "European Portuguese, PO written as 'V/ encomenda n.º 4500 2317 92' with a similar open PO 4500231733",
      [p1, p2], conf("'4500 2317 92' with spaces = 4500231792 (clutch kits); the other PO is not answered. Entrega 12 de janeiro = requested.",
                     ("4500231792", {"1": A(p1["lines"][0])})),
      who=("Rui Carvalho", "encomendas@autolusa.example"), date=D("2026-12-09 11:15", 0), lang="pt", prefix="RE: ", lang_hdr="pt-PT",
      po=p1, subject="RE: V/ encomenda",
      top="""Caro Oskar,

Confirmamos a V/ encomenda n.º 4500 2317 92: 40 kits de embraiagem Golf VII 1.6 TDI a 189,00 € cada, entrega a 12 de janeiro nas V/ instalações.

Com os melhores cumprimentos,""",
      sig="""Rui Carvalho
Departamento Comercial | Autolusa Peças, Lda.
Zona Industrial da Maia, Lote 14, 4470-122 Maia
Tel. +351 22 555 0140 | NIPC 501 234 567""")

S_BELPAP = sup("PAPBEL", "Papeteries de Wallonie SA", "commandes@papwallonie.example", "fr-BE")
p = PO("4500231675", S_BELPAP, "Ingrid Dahl", "EUR", "2026-11-30", [
    L(1, "ENV-C5-90", "Enveloppes C5 90 g fenêtre, boîte 500", 120, "BOX", "21.40", "2026-12-18"),
    L(2, "ENV-DL-80", "Enveloppes DL 80 g, boîte 1000", 80, "BOX", "18.90", "2026-12-18")])
reply("037-frbe-enveloppes-reminder", "confirmation", "fr-BE", "Belgian French, answer to our reminder, apologises, confirms everything as ordered",
      [p], conf("Reply to the reminder thread; 'livraison pour le vendredi 18 décembre comme demandé' -> both lines accepted.",
                ("4500231675", {"1": A(p["lines"][0]), "2": A(p["lines"][1])})),
      who=("Nathalie Dubois", "commandes@papwallonie.example"), date=D("2026-12-07 09:41"), lang="fr", prefix="RE : ", lang_hdr="fr-BE",
      reminder=True,
      top="""Bonjour Madame Dahl,

Toutes nos excuses pour ce retard, votre commande était bloquée dans notre système suite à un changement de numéro client.

Nous vous confirmons la commande 4500231675 dans son intégralité (120 boîtes C5 à 21,40 € et 80 boîtes DL à 18,90 €), livraison pour le vendredi 18 décembre comme demandé.

Bien à vous,""",
      sig="""Nathalie Dubois
Service clientèle - Papeteries de Wallonie SA
Rue de l'Industrie 45, 4000 Liège
Tél. +32 4 555 21 30 | TVA BE 0412.345.678""")

S_TESSILE = sup("BOTTONI", "Bottonificio Lariano S.r.l.", "ordini@bottonificiolariano.example", "it-IT")
p = PO("4500231802", S_TESSILE, "Elin Strand", "EUR", "2026-12-09", [
    L(1, "BTN-CORO-24L", "Bottone corozo 24L, 4 fori, naturale", 20000, "EA", "0.185", "2027-02-10"),
    L(2, "BTN-CORO-32L", "Bottone corozo 32L, 4 fori, naturale", 8000, "EA", "0.240", "2027-02-10")])
reply("038-it-bottoni-all-rejected", "confirmation", "it-IT", "Italian, supplier declines the whole order (corozo raw material unavailable) - rejection is an answer",
      [p], conf("'non siamo in grado di evadere l'ordine' for both lines -> both rejected.",
                ("4500231802", {"1": REJ, "2": REJ})),
      who=("Francesca Molteni", "ordini@bottonificiolariano.example"), date=D("2026-12-10 10:05"), lang="it", prefix="R: ", lang_hdr="it-IT",
      top="""Gentile Sig.ra Strand,

ci dispiace comunicarLe che non siamo in grado di evadere l'ordine 4500231802. Il nostro fornitore di noce di corozo dall'Ecuador ha sospeso le spedizioni e non abbiamo materia prima per i bottoni 24L e 32L fino a data da destinarsi.

Vi preghiamo quindi di considerare annullato l'ordine. Restiamo a disposizione per articoli alternativi in poliestere effetto corozo.

Distinti saluti""",
      sig="""Francesca Molteni
Bottonificio Lariano S.r.l. - Via Provinciale 40, 22030 Lipomo (CO)
Tel. 031 555 290 - P.IVA 01234567890""")

S_FOLIE = sup("FOLIENDE", "Nordfolien Packmittel GmbH", "auftrag@nordfolien.example", "de-DE")
p = PO("4500231815", S_FOLIE, "Ingrid Dahl", "EUR", "2026-12-09", [
    L(1, "PET-12-BOPP", "PET/PE-Verbundfolie 12/50 µm, 380 mm, bedruckt", 48000, "M", "0.215", "2027-01-15"),
    L(2, "PE-STRETCH-23", "Stretchfolie 23 µm, 500 mm, Rolle 1500 m", 60, "ROL", "24.80", "2027-01-15")])
reply("039-de-folie-force-majeure-60pct", "confirmation", "de-DE", "German, force majeure on PET film: only 60 % of line 1 allocated, stretch film OK, KW 2",
      [p], conf("60 % of 48.000 m = 28.800 m (also stated); rest explicitly not supplied under force majeure. KW 2 = 2027-01-15 = requested.",
                ("4500231815", {"1": C(28800, "0.215", "2027-01-15"), "2": A(p["lines"][1])})),
      who=("Holger Petersen", "auftrag@nordfolien.example"), date=D("2026-12-10 14:20"), lang="de", prefix="AW: ", lang_hdr="de-DE",
      top="""Sehr geehrte Frau Dahl,

wie Sie sicher aus der Presse wissen, hat unser PET-Folienlieferant am 27.11. höhere Gewalt (Force Majeure) erklärt. Wir müssen daher alle Aufträge auf 60 % der bestellten Menge kontingentieren.

Für Ihre Bestellung 4500231815 bedeutet das:
Pos. 1 Verbundfolie: 28.800 m statt 48.000 m, 0,215 €/m, Lieferung KW 2. Die Restmenge können wir nicht liefern, bitte ggf. neu bestellen, sobald sich die Lage entspannt.
Pos. 2 Stretchfolie: 60 Rollen à 24,80 €, Lieferung KW 2 - wie bestellt.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen""",
      sig="""Holger Petersen
Vertriebsinnendienst
Nordfolien Packmittel GmbH | Industriering 8 | 24539 Neumünster
Tel. +49 4321 555 78-0 | HRB 4567 KI""")

S_CARTON = sup("CARTFR", "Cartonnages de l'Ouest SAS", "adv@cartonnages-ouest.example", "fr-FR")
p = PO("4500231827", S_CARTON, "Ingrid Dahl", "EUR", "2026-12-09", [
    L(1, "CART-CAN-3", "Caisse carton cannelure double 3 mm, 600x400x300", 3000, "EA", "1.38", "2027-01-08")])
reply("040-fr-carton-price-notice-not-this-order", "confirmation", "fr-FR", "French confirmation plus a 2027 price-increase announcement that explicitly does not affect this order",
      [p], conf("+6,5 % applies to orders received from 1 February 2027; this order is confirmed at the PO price. 'vendredi 8 janvier' = requested.",
                ("4500231827", {"1": A(p["lines"][0])})),
      who=("Émilie Le Goff", "adv@cartonnages-ouest.example"), date=D("2026-12-10 17:02"), lang="fr", prefix="RE : ", lang_hdr="fr-FR",
      top="""Bonjour Madame,

Nous vous confirmons la commande 4500231827 : 3 000 caisses 600x400x300 double cannelure au prix de 1,38 € HT pièce, livraison le vendredi 8 janvier.

Par ailleurs, nous vous informons qu'en raison de la hausse du papier recyclé, nos tarifs augmenteront de 6,5 % pour toute commande reçue à partir du 1er février 2027. Cette hausse ne concerne pas la présente commande.

Cordialement,""",
      sig="""Émilie Le Goff
Administration des ventes
Cartonnages de l'Ouest SAS - ZI de Kerpont, 56850 Caudan
Tél. 02 97 55 51 20 - RCS Lorient 345 678 901""")


# ================================================================ CASES: more confirmations
S_MXELEC = sup("CONDUMEX", "Distribuidora Eléctrica del Bajío S.A. de C.V.", "pedidos@debajio.example", "es-MX")
p = PO("4500231840", S_MXELEC, "Oskar Lund", "USD", "2026-12-09", [
    L(1, "CAB-THW-12", "Cable THW-LS 12 AWG, caja 100 m", 80, "BOX", "41.20", "2027-01-18"),
    L(2, "CNT-AC-3P", "Contactor 3P 25 A 220 V", 150, "EA", "18.75", "2027-01-18"),
    L(3, "TUB-CONDUIT-3/4", "Tubo conduit PVC 3/4\", tramo 3 m", 1000, "EA", "1.10", "2027-01-18")])
html_mx = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{border:1px solid #999;padding:3px 6px;font-family:Calibri,sans-serif;font-size:10pt}</style></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Estimado Oskar:</p>
<p>Le confirmo su orden de compra <b>4500231840</b> conforme a la siguiente tabla:</p>
<table cellspacing="0" style="border-collapse:collapse">
<tr style="background:#1f4e79;color:#fff"><td>Partida</td><td>Descripción</td><td>Cantidad</td><td>Precio USD</td><td>Fecha de entrega</td></tr>
<tr><td>1</td><td>Cable THW-LS 12 AWG caja 100 m</td><td>80 cajas</td><td>41.20</td><td>18/01/2027</td></tr>
<tr><td>2</td><td>Contactor 3P 25 A 220 V</td><td>150 pzas</td><td>19.90</td><td>18/01/2027</td></tr>
<tr><td>3</td><td>Tubo conduit PVC 3/4&quot; 3 m</td><td>1,000 tramos</td><td>1.10</td><td>25/01/2027</td></tr>
</table>
<p>El precio del contactor se actualizó conforme a la nueva lista del fabricante (vigente desde el 1 de diciembre).</p>
<p>Saludos cordiales,</p>
<p><b>Alejandra Ramírez Soto</b><br>Ejecutiva de Ventas Exportación<br>Distribuidora Eléctrica del Bajío S.A. de C.V.<br>Blvd. Adolfo López Mateos 2150, León, Gto. C.P. 37530<br>Tel. +52 477 555 3020</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0"><p><b>De:</b> Oskar Lund &lt;oskar.lund@lindqvist-group.example&gt;<br><b>Enviado el:</b> miércoles, 9 de diciembre de 2026 09:30<br><b>Para:</b> pedidos@debajio.example<br><b>Asunto:</b> Purchase order 4500231840 - please confirm</p></div>
<p>Dear supplier,<br><br>please find our purchase order 4500231840 below. Kindly confirm quantities, prices and delivery dates within 2 working days.</p>
<p>Line 1 CAB-THW-12 Cable THW-LS 12 AWG, caja 100 m 80 BOX USD 41.20/BOX need-by 2027-01-18<br>Line 2 CNT-AC-3P Contactor 3P 25 A 220 V 150 EA USD 18.75/EA need-by 2027-01-18<br>Line 3 TUB-CONDUIT-3/4 Tubo conduit PVC 3/4&quot;, tramo 3 m 1000 EA USD 1.10/EA need-by 2027-01-18</p>
<p>Best regards<br>Oskar Lund<br>Purchasing | Lindqvist Group AB</p>
</div></body></html>"""
case("041-esmx-html-only-table", "confirmation", "es-MX", "Mexican Spanish, HTML-only Outlook mail, answer in an HTML table (comma thousands, day-first dates)",
     [p], conf("HTML table only, no text/plain part. Line 2 price 19.90; line 3 delivered 25/01/2027 (day-first).",
               ("4500231840", {"1": A(p["lines"][0]), "2": C(150, "19.90", "2027-01-18"), "3": C(1000, "1.10", "2027-01-25")})),
     **{"from": ("Alejandra Ramírez Soto", "pedidos@debajio.example"), "to": ("Oskar Lund", "oskar.lund@" + BUYER_DOMAIN),
        "date": D("2026-12-10 12:41", -6), "subject": "RE: Purchase order 4500231840 - please confirm", "client": "outlook",
        "html_only": True, "html": html_mx, "in_reply_to": p["request_message_id"], "lang_hdr": "es-MX"})

S_GK = sup("GIPSPL", "Hurtownia Budowlana Mazur Sp.j.", "biuro@hb-mazur.example", "pl-PL")
p = PO("4500231852", S_GK, "Peter Nyström", "PLN", "2026-12-09", [
    L(1, "GK-12.5-STD", "Płyta g-k 12,5 mm 1200x2600", 400, "EA", "27.90", "2026-12-18"),
    L(2, "PROF-CW50", "Profil CW50 3 m", 600, "EA", "9.40", "2026-12-18")])
reply("042-pl-iphone-no-diacritics", "confirmation", "pl-PL", "Polish from iPhone: no diacritics, abbreviations ('pt 18.12', 'ok obie poz.'), typo in PO number",
      [p], conf("'zam 450023152' is a typo for 4500231852 (only open PO, same subject thread). 'pt 18.12' = Friday 2026-12-18 = requested; 'ceny wg zam' -> accepted.",
                ("4500231852", {"1": A(p["lines"][0]), "2": A(p["lines"][1])})),
      who=("Robert Mazur", "biuro@hb-mazur.example"), date=D("2026-12-10 18:03"), client="iphone", quote="none", prefix="Odp: ",
      plain_only=True,
      top="""Dzien dobry
zam 450023152 ok obie poz., ceny wg zam, dostawa pt 18.12 rano
pozdr RM

Wysłane z iPhone'a""")

S_ARBLD = sup("GULFBLD", "شركة الخليج لمواد البناء ذ.م.م", "sales@gulfbuild.example", "ar-AE")
p = PO("4500231866", S_ARBLD, "Peter Nyström", "USD", "2026-12-10", [
    L(1, "INS-XPS-50", "XPS insulation board 50 mm, 1250x600", 2400, "M2", "7.80", "2027-02-01"),
    L(2, "ADH-TILE-C2", "Tile adhesive C2TE, bag 25 kg", 800, "BAG", "6.40", "2027-02-01")])
reply("043-ar-building-price-change", "confirmation", "ar-AE", "Arabic HTML RTL (Outlook), XPS price raised, Arabic-Indic digits in dates and prices",
      [p], conf("Arabic-Indic digits: XPS ٨٫٢٥ = 8.25 USD; ٢٠٢٧/٠٢/٠١ = 2027-02-01 = requested. Adhesive as ordered.",
                ("4500231866", {"1": C(2400, "8.25", "2027-02-01"), "2": A(p["lines"][1])})),
      who=("أحمد المنصوري", "sales@gulfbuild.example"), date=D("2026-12-11 10:25", 4), lang="ar", prefix="RE: ", lang_hdr="ar-AE",
      dir="rtl", cte="base64", font="Arial,sans-serif",
      top="""السيد بيتر المحترم،

تحية طيبة وبعد،

نؤكد لكم استلام أمر الشراء رقم 4500231866 ونؤكد التوريد كما يلي:
١. ألواح عزل XPS سماكة ٥٠ مم: ٢٤٠٠ متر مربع، بسعر ٨٫٢٥ دولار للمتر المربع بسبب ارتفاع أسعار المواد الخام.
٢. لاصق بلاط C2TE: ٨٠٠ كيس بسعر ٦٫٤٠ دولار للكيس.

تاريخ التسليم: ٢٠٢٧/٠٢/٠١

وتفضلوا بقبول فائق الاحترام،""",
      sig="""أحمد المنصوري
مدير المبيعات
شركة الخليج لمواد البناء ذ.م.م – المنطقة الصناعية، الشارقة، الإمارات
هاتف: +971 6 555 4433""")

S_CNTEX = sup("NINGBOTEX", "Ningbo Hengda Textile Accessories Co., Ltd.", "sales03@hengdatex.example", "zh-CN")
p = PO("4500231878", S_CNTEX, "Elin Strand", "USD", "2026-12-10", [
    L(1, "ELS-25-BLK", "Woven elastic 25 mm, black", 30000, "M", "0.085", "2027-02-15"),
    L(2, "CRD-DRAW-5", "Drawcord 5 mm with metal tips, 140 cm", 10000, "EA", "0.160", "2027-02-15")])
reply("044-zhen-nonnative-well-noted", "confirmation", "en (zh-CN writer)", "Non-native English from a Chinese trims factory: 'well noted', ETD/ETA with month names, CNY holiday",
      [p], conf("ETD Jan 22 is ship date, ETA Feb 26 is delivery -> 2027-02-26 (delivery wins). Quantities and prices as PO.",
                ("4500231878", {"1": C(30000, "0.085", "2027-02-26"), "2": C(10000, "0.160", "2027-02-26")})),
      who=("Lily Chen", "sales03@hengdatex.example"), date=D("2026-12-11 09:18", 8), lang="en", client="foxmail", quote="outlook-dash",
      prefix="Re:", subject="Re:Purchase order 4500231878 - please confirm",
      top="""Dear Elin,

Good day! Your PO 4500231878 well noted with thanks.

We confirm elastic 30000m USD0.085/m and drawcord 10000pcs USD0.16/pc. Because Chinese New Year holiday factory close from Feb 5, so we arrange goods ETD Ningbo Jan 22, ETA Gothenburg Feb 26 by sea.

Any question pls feel free contact me.

Best regards
Lily Chen""",
      sig="""Ningbo Hengda Textile Accessories Co., Ltd.
No. 88 Xingye Road, Yinzhou District, Ningbo, China
Tel: 0086-574-5555 8866  Wechat/WhatsApp: +86 139 0000 1234""")

S_MEDDE = sup("STERIMED", "Sterimed Einwegprodukte GmbH", "bestellung@sterimed.example", "de-DE")
p = PO("LG-MD-26-0830", S_MEDDE, "Karin Holm", "EUR", "2026-12-10", [
    L(1, "MASK-OP-IIR", "OP-Maske Typ IIR, Box à 50", 600, "BOX", "4.10", "2026-12-23"),
    L(2, "GOWN-ISO", "Isolationskittel PP 40 g, einzeln verpackt", 2000, "EA", "0.78", "2026-12-23")])
reply("045-de-medical-kw53", "confirmation", "de-DE", "German, delivery 'KW 53' - 2026 has 53 ISO weeks, so Friday of KW 53 is 2027-01-01",
      [p], conf("KW 53/2026 exists (31.12.2026 is a Thursday); Friday of KW 53 = 2027-01-01. Masks and gowns as ordered otherwise.",
                ("LG-MD-26-0830", {"1": C(600, "4.10", "2027-01-01"), "2": C(2000, "0.78", "2027-01-01")})),
      who=("Anja Schulte", "bestellung@sterimed.example"), date=D("2026-12-11 11:50"), lang="de", client="thunderbird", quote="gmail",
      quote_hdr="Am 10.12.2026 um 09:30 schrieb Karin Holm:", prefix="Re: ",
      top="""Hallo Frau Holm,

Ihre Bestellung LG-MD-26-0830 ist bestätigt: 600 Boxen OP-Masken IIR zu 4,10 € und 2.000 Isolationskittel zu 0,78 €. Wegen der Feiertage schaffen wir die Lieferung leider erst in KW 53.

Viele Grüße
Anja Schulte""",
      sig="""-- 
Sterimed Einwegprodukte GmbH
Kundenservice | Robert-Bosch-Str. 4 | 72768 Reutlingen
Tel. 07121 555-300 | HRB 761234 Stuttgart""")

S_SALZ = sup("SUEDZUCKERX", "Zuckerhandel Franken GmbH", "dispo@zuckerhandel-franken.example", "de-DE")
p = PO("4500231890", S_SALZ, "Jonas Berg", "EUR", "2026-12-10", [
    L(1, "ZUC-EG2-LOSE", "Weißzucker EU-Kat. 2, lose Silo", 25, "T", "690.00", "2026-12-18")])
reply("046-de-zucker-kw-split", "confirmation", "de-DE", "German, 25 t split into KW 51 and KW 2 partial deliveries (year boundary)",
      [p], conf("10 t in KW 51 (2026-12-18) + 15 t in KW 2 (2027-01-15); total 25 t, last delivery 2027-01-15.",
                ("4500231890", {"1": C(25, "690.00", "2027-01-15", [(10, "2026-12-18"), (15, "2027-01-15")])})),
      who=("Dispo Zuckerhandel Franken", "dispo@zuckerhandel-franken.example"), date=D("2026-12-11 07:31"), lang="de", prefix="AW: ",
      lang_hdr="de-DE", charset="windows-1252",
      top="""Guten Morgen Herr Berg,

zu Ihrer Bestellung 4500231890 (25 t Weißzucker lose, 690,- €/t):
Wegen der Kampagnenverlängerung können wir vor Weihnachten nur einen Silozug stellen.

Lieferung 1: 10 t in KW 51
Lieferung 2: 15 t in KW 2

Preis wie bestellt. Bitte um kurze Info, falls die Aufteilung nicht passt.

Freundliche Grüße aus Ochsenfurt
Ihre Disposition""",
      sig="""Zuckerhandel Franken GmbH · Hafenstraße 9 · 97199 Ochsenfurt
Tel. 09331 555-0 · AG Würzburg HRB 9876""")

S_VNTRIM = sup("SAIGONTRIM", "Saigon Garment Trims JSC", "cs@saigontrims.example", "vi-VN")
p = PO("4500231903", S_VNTRIM, "Elin Strand", "USD", "2026-12-11", [
    L(1, "HT-LBL-SAT", "Satin care label printed, 30x70 mm", 50000, "EA", "0.0095", "2027-01-20"),
    L(2, "HT-TAG-FSC", "Hang tag FSC board 350 g, with string", 30000, "EA", "0.0420", "2027-01-20")])
reply("047-vien-nonnative-dotted-date", "confirmation", "en (vi-VN writer)", "Non-native English from Vietnam, dotted day-month dates '15.01', line 2 price per 1,000",
      [p], conf("'15.01' no year -> 2027-01-15 (day.month). Hang tag 'USD 45/1000pcs' = 0.045 (changed). Care label as PO price.",
                ("4500231903", {"1": C(50000, "0.0095", "2027-01-15"), "2": C(30000, "0.045", "2027-01-15")})),
      who=("Nguyễn Thị Hương", "cs@saigontrims.example"), date=D("2026-12-12 10:30", 7), lang="en", client="gmail", quote="gmail",
      prefix="Re: ",
      top="""Dear Ms. Elin,

Thank you for your order. We are confirm PO 4500231903 as below:

- Care label satin 50.000pcs, price USD 0.0095/pc
- Hang tag FSC 30.000pcs, price is USD 45/1000pcs because the FSC board price increase from supplier

Both items we can delivery to your warehouse at 15.01.

Best regard,
Huong""",
      sig="""Nguyen Thi Huong (Ms.)
Customer Service Dept. - Saigon Garment Trims JSC
Lot C3, Tan Binh Industrial Park, Ho Chi Minh City, Vietnam
Tel: +84 28 5555 1234""")

S_BRPAPEL = sup("ONDULADO", "Papelão Ondulado Sul Ltda.", "vendas@ondulado-sul.example", "pt-BR")
p = PO("4500231915", S_BRPAPEL, "Ingrid Dahl", "USD", "2026-12-11", [
    L(1, "CX-ONDA-BC", "Caixa papelão onda dupla BC 500x400x350", 10000, "EA", "0.92", "2027-02-12")])
reply("048-ptbr-caixa-new-price-committed", "confirmation", "pt-BR", "Brazilian Portuguese, supplier confirms and schedules production at a new price (committed, not a question)",
      [p], conf("'já programamos a produção ... com o novo preço de US$ 0,98' -> committed change; date 'sexta-feira, 12/02' = requested.",
                ("4500231915", {"1": C(10000, "0.98", "2027-02-12")})),
      who=("Marcelo Tavares", "vendas@ondulado-sul.example"), date=D("2026-12-14 15:20", -3), lang="pt", client="outlook",
      prefix="RES: ", lang_hdr="pt-BR",
      top="""Prezada Ingrid, boa tarde.

Já programamos a produção do pedido 4500231915: 10.000 caixas onda dupla BC 500x400x350, com o novo preço de US$ 0,98 a unidade (reajuste de aparas de dezembro), entrega sexta-feira, 12/02.

Atenciosamente,""",
      sig="""Marcelo Tavares
Comercial Exportação | Papelão Ondulado Sul Ltda.
Rod. BR-116, km 145 – Caxias do Sul/RS | (54) 5555-2200""")

S_USMED = sup("MIDWESTMED", "Midwest Medical Disposables Inc.", "customerservice@midwestmed.example", "en-US")
p = PO("LG-MD-26-0851", S_USMED, "Karin Holm", "USD", "2026-12-11", [
    L(1, "SPN-GAUZE-4x4", "Gauze sponge 4x4 12-ply, sterile, box of 100", 1000, "BOX", "6.20", "2027-01-15"),
    L(2, "TAPE-SURG-1", "Surgical tape 1\" x 10 yd, box of 12", 300, "BOX", "9.85", "2027-01-15")])
reply("049-enus-med-backorder-balance", "confirmation", "en-US", "US English, half of line 1 ships now, balance back-ordered with no date; line 2 confirmed",
      [p], conf("Line 1: only 500 boxes committed (ship 1/8, month-first); balance 'back-ordered, no ETA' is not committed -> recorded as changed with quantity 500. Line 2 ships 1/8 (ship date only).",
                ("LG-MD-26-0851", {"1": C(500, "6.20", "2027-01-08"), "2": C(300, "9.85", "2027-01-08")})),
      who=("Kevin O'Brien", "customerservice@midwestmed.example"), date=D("2026-12-14 16:05", -6), lang="en", prefix="RE: ",
      top="""Hi Karin,

Re your PO LG-MD-26-0851:

- Gauze sponges 4x4: we have 500 boxes in stock, those ship 1/8. The remaining 500 boxes are back-ordered with the mill and we do not have an ETA at this time.
- Surgical tape 1": all 300 boxes ship 1/8.

Pricing as per PO.

Thanks,
Kevin""",
      sig="""Kevin O'Brien | Customer Service
Midwest Medical Disposables Inc. | 4100 W. Lake St, Chicago, IL 60624
(312) 555-0199 | customerservice@midwestmed.example
CONFIDENTIALITY NOTICE: This message may contain information that is privileged or confidential.""")

S_UKLAB = sup("THAMESLAB", "Thames Scientific Ltd", "orders@thamesscientific.example", "en-GB")
p = PO("LG-LB-26-0377", S_UKLAB, "Sofia Ek", "GBP", "2026-12-11", [
    L(1, "FLT-0.22-PES", "Syringe filter 0.22 µm PES 25 mm, pack 50", 60, "PAK", "31.50", "2026-12-22"),
    L(2, "VIAL-HPLC-2", "HPLC vial 2 ml amber, pack 100", 40, "PAK", "14.20", "2026-12-22")])
reply("050-engb-lab-apple-mail", "confirmation", "en-GB", "British English from Apple Mail, terse full confirmation, quote header 'On 11 Dec 2026, at 09:30, ... wrote:'",
      [p], conf("'Confirmed in full for delivery Tuesday 22nd' -> both lines accepted.",
                ("LG-LB-26-0377", {"1": A(p["lines"][0]), "2": A(p["lines"][1])})),
      who=("Hannah Clarke", "orders@thamesscientific.example"), date=D("2026-12-11 14:12", 0), lang="en", client="apple",
      quote="custom", quote_hdr="On 11 Dec 2026, at 09:30, Sofia Ek <sofia.ek@lindqvist-group.example> wrote:\n", prefix="Re: ",
      plain_only=True,
      top="""Hi Sofia,

Confirmed in full, prices as per your PO, for delivery Tuesday 22nd.

Best wishes,
Hannah

Hannah Clarke
Thames Scientific Ltd · 3 Kingsway Business Park · Reading RG2 0PT
0118 555 0470""")


# ================================================================ NON-CONFIRMATIONS: auto-replies
def auto(slug, loc, what, pos, notes, who, date, subject, body, charset="utf-8", cte="quoted-printable", client="outlook",
         extra=None, irt=True, lang_hdr="en-US", plain_only=False):
    po = pos[0]
    hdrs = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")] + (extra or [])
    case(slug, "auto_reply", loc, what, pos, other("auto_reply", notes),
         **{"from": who, "to": (po["buyer"]["name"], po["buyer"]["email"]), "date": date, "subject": subject, "body": body,
            "client": client, "charset": charset, "cte": cte, "extra_headers": hdrs, "lang_hdr": lang_hdr,
            "in_reply_to": po.get("request_message_id") if irt else None, "plain_only": plain_only})


p = PO("4500231930", S_AHRENS, "Jonas Berg", "EUR", "2026-12-14", [
    L(1, "MEHL-405", "Weizenmehl Type 405, Sack 25 kg", 6, "T", "455.00", "2027-01-08")])
auto("051-de-abwesenheit", "de-DE", "German Outlook out-of-office ('Automatische Antwort') with return date and deputy",
     [p], "Out-of-office; mentions a date (return 4. Januar) that must not be read as a delivery date.",
     ("Sabine Kröger", "s.kroeger@ahrens-muehle.example"), D("2026-12-14 09:31"),
     "Automatische Antwort: Purchase order 4500231930 - please confirm",
     """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Montag, 4. Januar 2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Jan Vosskuhl, Tel. +49 421 5550-315, j.vosskuhl@ahrens-muehle.example.

Mit freundlichen Grüßen
Sabine Kröger
Mühlenwerke Ahrens GmbH & Co. KG""", lang_hdr="de-DE", extra=[("X-MS-Exchange-Inbox-Rules-Loop", "s.kroeger@ahrens-muehle.example")])

p = PO("LG-FB-26-1260", S_SUCRE, "Marta Lindgren", "EUR", "2026-12-15", [
    L(1, "SUC-GLA-25", "Sucre glace, sac 25 kg", 2000, "KG", "1.05", "2027-01-12")])
auto("052-fr-absence-conges", "fr-FR", "French out-of-office for Christmas holidays, mentions order processing after return",
     [p], "Réponse automatique; 'votre commande sera traitée à mon retour' is not a commitment.",
     ("Claire Vasseur", "adv@sucrerie-np.example"), D("2026-12-21 08:00"),
     "Réponse automatique : Purchase order LG-FB-26-1260 - please confirm",
     """Bonjour,

Je suis absente du 21 décembre au 3 janvier inclus. Votre commande sera traitée à mon retour.
Pour toute urgence, merci de contacter le standard au +33 (0)3 22 55 41 00.

Bonnes fêtes de fin d'année !

Claire Vasseur
Sucrerie du Nord-Picardie SAS""", lang_hdr="fr-FR")

p = PO("4500231944", S_TOYO, "Ana Sjöberg", "JPY", "2026-12-25", [
    L(1, "LBL-JP-C50", "原材料ラベル 50x50 mm", 10000, "EA", "2.80", "2027-01-22")])
auto("053-ja-nenmatsu-fuzai", "ja-JP", "Japanese auto-reply for the year-end holidays (年末年始休業), ISO-2022-JP",
     [p], "年末年始休業のお知らせ: automatic notice, dates are the closure period, not a delivery commitment.",
     ("株式会社東洋シール印刷", "eigyo@toyoseal.example"), D("2026-12-28 10:00", 9),
     "【自動返信】年末年始休業のお知らせ",
     """このメールは自動送信されています。

誠に勝手ながら、弊社では下記の期間を年末年始休業とさせていただきます。
休業期間：2026年12月29日（火）〜2027年1月4日（月）

休業期間中にいただいたお問い合わせ・ご注文につきましては、1月5日（火）以降に順次対応させていただきます。

株式会社東洋シール印刷 営業部
TEL 06-5555-1234""", charset="iso-2022-jp", cte="7bit", client="webmail", lang_hdr="ja-JP", plain_only=True)

p = PO("LG-MD-26-0870", S_USMED, "Karin Holm", "USD", "2026-12-15", [
    L(1, "GLV-VIN-L", "Vinyl glove L, box of 100", 500, "BOX", "3.10", "2027-01-20")])
auto("054-enus-ticket-ack", "en-US", "Helpdesk ticket auto-acknowledgement (case number, SLA), no human content",
     [p], "Ticketing system receipt ('Case #00482231 has been created... within 1 business day') -> auto_reply.",
     ("Midwest Medical Customer Care", "noreply@midwestmed.example"), D("2026-12-15 03:31", -6),
     "[Case #00482231] RE: Purchase order LG-MD-26-0870 - please confirm",
     """Thank you for contacting Midwest Medical Disposables.

This is an automated message to let you know we received your email. Case #00482231 has been created and a Customer Care representative will respond within 1 business day.

Please do not reply to this message. To add information to your case, reply to the original thread and keep the case number in the subject line.

Midwest Medical Disposables Inc. | Customer Care | (312) 555-0199""", client="webmail",
     extra=[("Precedence", "auto_reply"), ("X-Salesforce-Sender", "noreply@midwestmed.example")], plain_only=True)

p = PO("PO-26-05590", S_ALBION, "Ana Sjöberg", "GBP", "2026-12-15", [
    L(1, "LBL-PP-100", "PP label 100 x 150 mm", 40000, "EA", "0.0280", "2027-01-25")])
auto("055-engb-mailbox-not-monitored", "en-GB", "Auto-reply: mailbox no longer monitored, redirect to a new order address",
     [p], "Automatic redirect notice; no commitment.",
     ("Albion Label & Print Ltd", "sales@albionlabel.example"), D("2026-12-15 09:32", 0),
     "Automatic reply: Purchase order PO-26-05590 - please confirm",
     """Thank you for your email.

Please note this mailbox is no longer monitored. From 1st December all purchase orders should be sent to orders@albionlabel.example so they can be processed by our sales office.

Kind regards,
Albion Label & Print Ltd
Registered in England & Wales No. 04123456""", lang_hdr="en-GB")

p = PO("LG-FB-26-1275", S_SEGURA, "Marta Lindgren", "EUR", "2026-12-16", [
    L(1, "PIM-DUL120", "Pimentón dulce 120 ASTA, saco 25 kg", 300, "KG", "6.85", "2027-01-13")])
auto("056-es-fuera-oficina-po-mention", "es-ES", "Spanish out-of-office that quotes the PO number and a date ('a partir del 7 de enero')",
     [p], "Respuesta automática; the PO number and a date appear but nothing is committed.",
     ("Antonio Nicolás", "pedidos@especiasdelsegura.example"), D("2026-12-16 09:35"),
     "Respuesta automática: Purchase order LG-FB-26-1275 - please confirm",
     """Gracias por su mensaje relativo al pedido LG-FB-26-1275.

Estoy fuera de la oficina por vacaciones y volveré el 7 de enero. Su correo será atendido a partir del 7 de enero.
Para pedidos urgentes escriban a comercial@especiasdelsegura.example.

Un saludo,
Antonio Nicolás""", lang_hdr="es-ES")


# ================================================================ NON-CONFIRMATIONS: bounces
def dsn(slug, loc, what, pos, notes, reporting_mta, status, action, diag, human, sender_from, subject, date, rcpt, lang="en", language_header=None):
    po = pos[0]
    orig = Message()
    orig["From"] = "%s <%s>" % (po["buyer"]["name"], po["buyer"]["email"])
    orig["To"] = rcpt
    orig["Subject"] = req_subject(po)
    orig["Date"] = format_datetime(date - dt.timedelta(minutes=3))
    orig["Message-ID"] = po.get("request_message_id", "<x@%s>" % BUYER_DOMAIN)
    orig["MIME-Version"] = "1.0"
    orig["Content-Type"] = 'text/plain; charset="utf-8"'
    orig["Content-Transfer-Encoding"] = "quoted-printable"
    orig.set_payload(quopri.encodestring(request_text(po).encode("utf-8")).decode("ascii"))
    root = MIMEMultipart("report", report_type="delivery-status")
    root.set_boundary("%s.%s/%s" % (hid(slug, n=8).upper(), int(date.timestamp()), reporting_mta))
    del root["MIME-Version"]
    t = text_part(human, "plain", "utf-8", "quoted-printable")
    t.add_header("Content-Description", "Notification")
    root.attach(t)
    ds = MIMEBase("message", "delivery-status")
    del ds["MIME-Version"]
    ds.add_header("Content-Description", "Delivery report")
    m1 = Message()
    m1["Reporting-MTA"] = "dns; " + reporting_mta
    m1["Arrival-Date"] = format_datetime(date - dt.timedelta(minutes=3))
    m2 = Message()
    m2["Final-Recipient"] = "rfc822; " + rcpt
    m2["Original-Recipient"] = "rfc822; " + rcpt
    m2["Action"] = action
    m2["Status"] = status
    m2["Remote-MTA"] = "dns; mx1." + rcpt.split("@")[1]
    m2["Diagnostic-Code"] = diag
    ds.set_payload([m1, m2])
    root.attach(ds)
    om = MIMEMessage(orig)
    del om["MIME-Version"]
    om.add_header("Content-Description", "Undelivered Message")
    root.attach(om)
    extra = [("Auto-Submitted", "auto-replied")]
    if language_header:
        extra.append(("Content-Language", language_header))
    case(slug, "bounce", loc, what, pos, other("bounce", notes),
         **{"from": sender_from, "to": (None, po["buyer"]["email"]), "date": date, "subject": subject, "raw_root": root,
            "client": "mta", "return_path": "", "extra_headers": extra})


p = PO("4500231958", S_KABEL, "Oskar Lund", "EUR", "2026-12-15", [
    L(1, "H07RN-F-3G2.5", "H07RN-F 3G2,5 mm² gumikábel", 500, "M", "2.35", "2027-01-15")])
dsn("057-en-postfix-user-unknown", "en", "Postfix DSN multipart/report: 550 5.1.1 user unknown, original attached as message/rfc822",
    [p], "Permanent failure DSN; the attached original contains the PO lines and must not be read as a reply.",
    "mail.lindqvist-group.example", "5.1.1", "failed",
    "smtp; 550 5.1.1 <rendeles@dunaikabel.example>: Recipient address rejected: User unknown in virtual mailbox table",
    """This is the mail system at host mail.lindqvist-group.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<rendeles@dunaikabel.example>: host mx1.dunaikabel.example[203.0.113.25]
    said: 550 5.1.1 <rendeles@dunaikabel.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", ("Mail Delivery System", "MAILER-DAEMON@mail.lindqvist-group.example"), "Undelivered Mail Returned to Sender",
    D("2026-12-15 09:33"), "rendeles@dunaikabel.example")

p = PO("4500231962", S_ELAT, "Oskar Lund", "EUR", "2026-12-15", [
    L(1, "LED-STR-5M", "LED-Streifen 24V 5 m, 3000K", 200, "ROL", "29.90", "2027-01-12")])
dsn("058-de-exchange-ndr-unzustellbar", "de-DE", "Exchange NDR in German ('Unzustellbar'), mailbox full 5.2.2",
    [p], "Non-delivery report (quota exceeded); German human-readable part.",
    "vie-ex02.steiner-elektro.example", "5.2.2", "failed",
    "smtp; 552 5.2.2 STOREDRV.Deliver; mailbox full",
    """Ihre Nachricht konnte an folgende Empfänger nicht übermittelt werden:

innendienst@steiner-elektro.example
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie es später erneut, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:
Generierender Server: vie-ex02.steiner-elektro.example
innendienst@steiner-elektro.example
Remote Server returned '552 5.2.2 STOREDRV.Deliver; mailbox full'
""", ("Microsoft Outlook", "postmaster@steiner-elektro.example"), "Unzustellbar: Purchase order 4500231962 - please confirm",
    D("2026-12-15 09:34"), "innendienst@steiner-elektro.example", language_header="de-DE")

p = PO("LG-LB-26-0390", S_SHLAB, "Sofia Ek", "USD", "2026-12-16", [
    L(1, "TIP-1000-BULK", "Pipette tips 1000 µl, bulk bag 1000", 50, "BAG", "9.80", "2027-01-29")])
dsn("059-en-delayed-dsn", "en", "Delay DSN (Action: delayed, 4.4.1) - a warning, message still queued",
    [p], "Action: delayed warning DSN, still a delivery status notification -> bounce.",
    "mail.lindqvist-group.example", "4.4.1", "delayed",
    "X-Postfix; connect to mx1.boyanlab.example[198.51.100.7]:25: Connection timed out",
    """This is the mail system at host mail.lindqvist-group.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<sales@boyanlab.example>: connect to mx1.boyanlab.example[198.51.100.7]:25:
    Connection timed out
""", ("Mail Delivery System", "MAILER-DAEMON@mail.lindqvist-group.example"), "Delayed Mail (still being retried)",
    D("2026-12-16 13:31"), "sales@boyanlab.example")


# ================================================================ NON-CONFIRMATIONS: unrelated
def loose(slug, cat, loc, what, pos, notes, who, date, subject, body, irt=None, **kw):
    po = pos[0]
    case(slug, cat, loc, what, pos, other(cat, notes),
         **dict({"from": who, "to": (po["buyer"]["name"], po["buyer"]["email"]), "date": date, "subject": subject,
                 "body": body, "in_reply_to": irt}, **kw))


p = PO("4500231975", S_OLIO, "Jonas Berg", "EUR", "2026-12-14", [
    L(1, "OLIO-EVO-IBC", "Olio extravergine di oliva, IBC 1000 L", 2, "EA", "5890.00", "2027-01-25")])
inv = pdf_bytes([
    "FATTURA N. 2026/1187 del 14/12/2026",
    "Oleificio Valle del Sole S.r.l. - Contrada Piano Grande 7 - 70032 Bitonto (BA) - P.IVA 06123450721",
    "Cliente: Lindqvist Group AB - Hamnvägen 14 - Göteborg (SE) - VAT SE556123456701",
    "Vs. ordine: 4500229981 del 02/10/2026   DDT n. 3312 del 11/12/2026",
    "",
    "Descrizione                                   Q.tà   U.M.   Prezzo        Importo",
    "Olio extravergine di oliva IBC 1000 L         2      IBC    5.750,00      11.500,00",
    "",
    "Imponibile EUR 11.500,00 - Operazione non imponibile art. 41 DL 331/93",
    "Pagamento: bonifico 60 gg d.f. - IBAN IT60 X054 2811 1010 0000 0123 456",
], "Fattura 2026/1187")
loose("060-it-fattura-other-order", "unrelated", "it-IT", "Italian invoice (PDF) for an older, already delivered order, while another PO is open",
      [p], "Invoice for order 4500229981, not the open PO 4500231975 -> unrelated.",
      ("Amministrazione Oleificio Valle del Sole", "amministrazione@oleificiovallesole.example"), D("2026-12-14 16:40"),
      "Invio fattura n. 2026/1187",
      """Spett.le Lindqvist Group AB,

in allegato trasmettiamo la fattura n. 2026/1187 del 14/12/2026 relativa al Vs. ordine 4500229981.

Cordiali saluti
Ufficio Amministrazione
Oleificio Valle del Sole S.r.l.""", client="outlook", lang_hdr="it-IT",
      attachments=[("Fattura_2026_1187.pdf", inv) + PDF])

p = PO("4500231987", S_BRUNNER, "Jonas Berg", "CHF", "2026-12-14", [
    L(1, "ARO-VAN-NAT", "Vanillearoma natürlich, Kanister 10 kg", 40, "KG", "96.00", "2027-01-21")])
pl = xlsx_bytes([
    ["Aromenwerk Brunner AG - Preisliste 2027 (gültig ab 1. Februar 2027)", "", "", ""],
    ["Artikel", "Bezeichnung", "Gebinde", "Preis CHF/kg"],
    ["ARO-ZI-NAT", "Zitronenaroma natürlich", "25 kg", 67.20],
    ["ARO-HB-NAT", "Himbeeraroma natürlich", "20 kg", 73.90],
    ["ARO-VAN-NAT", "Vanillearoma natürlich", "10 kg", 99.50],
    ["ARO-ORA-NAT", "Orangenaroma natürlich", "25 kg", 58.40],
], "Preisliste 2027")
loose("061-dech-preisliste-2027-xlsx", "unrelated", "de-CH", "Swiss price list 2027 as XLSX from the same supplier, not an answer to the open PO",
      [p], "General price list valid from 1 Feb 2027; contains the PO item but does not answer the PO -> unrelated.",
      ("Reto Baumann", "verkauf@aromen-brunner.example"), D("2026-12-15 10:10"), "Preisliste 2027",
      """Grüezi miteinander

In der Beilage erhalten Sie unsere neue Preisliste, gültig ab 1. Februar 2027. Bestellungen mit Liefertermin bis Ende Januar werden noch zu den bisherigen Preisen ausgeführt.

Freundliche Grüsse
Reto Baumann
Aromenwerk Brunner AG | Industriestrasse 21 | 8310 Kemptthal""", client="thunderbird",
      attachments=[("Preisliste_2027.xlsx", pl) + XLSX])

p = PO("4500231999", S_GLUCO, "Jonas Berg", "EUR", "2026-12-14", [
    L(1, "GLU-DE60", "Glucosestroop DE60, IBC", 6, "T", "610.00", "2027-01-19")])
news = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Zoetstof nieuwsbrief december</title></head>
<body style="margin:0;background:#f4f4f4"><table width="600" align="center" style="background:#fff;font-family:Arial,sans-serif">
<tr><td style="background:#e8a317;color:#fff;padding:20px;font-size:22px">Zoetstof Nieuwsbrief – december 2026</td></tr>
<tr><td style="padding:20px;font-size:14px">
<h2>Nieuw: glucosestroop DE42 in flexitanks</h2>
<p>Vanaf februari leveren wij glucosestroop ook in flexitanks van 24 ton. Vraag uw accountmanager naar de mogelijkheden.</p>
<h2>Openingstijden rond de feestdagen</h2>
<p>Ons kantoor is gesloten op 25 en 26 december en op 1 januari. Bestellingen voor levering in week 1 graag vóór 18 december doorgeven.</p>
<p><a href="https://www.zoetstof.example/nieuws">Lees meer op onze website</a></p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#888">U ontvangt deze e-mail omdat u klant bent van Zoetstof Benelux B.V., Havenweg 40, 4782 PM Moerdijk. <a href="https://www.zoetstof.example/afmelden?u=8812">Afmelden</a></td></tr>
</table></body></html>"""
loose("062-nl-nieuwsbrief-html", "unrelated", "nl-NL", "Dutch HTML-only newsletter from the same supplier (holiday hours, new packaging), List-Unsubscribe",
      [p], "Marketing newsletter; mentions week 1 and dates but is not about the PO.",
      ("Zoetstof Benelux", "nieuwsbrief@zoetstof.example"), D("2026-12-15 07:00"), "Zoetstof Nieuwsbrief – december 2026",
      "", client="webmail", html_only=True, html=news,
      extra_headers=[("List-Unsubscribe", "<https://www.zoetstof.example/afmelden?u=8812>"), ("Precedence", "bulk")])

p = PO("4500232010", S_OBKLAD, "Peter Nyström", "EUR", "2026-12-15", [
    L(1, "TIL-30x60-WH", "Obklad 30x60 cm, bílý lesk", 180, "M2", "14.90", "2027-01-27")])
loose("063-cs-upominka-platba", "unrelated", "cs-CZ", "Czech payment reminder (upomínka) for overdue invoices of past orders",
      [p], "Payment reminder for invoices 2026/0871 and 2026/0912; nothing about the open PO -> unrelated.",
      ("Účtárna Keramika Moravia", "uctarna@keramika-moravia.example"), D("2026-12-16 08:45"), "Upomínka - neuhrazené faktury",
      """Vážení,

dovolujeme si Vás upozornit, že k dnešnímu dni evidujeme následující neuhrazené faktury po splatnosti:

faktura 2026/0871, splatnost 15. 11. 2026, částka 5 742,40 EUR
faktura 2026/0912, splatnost 30. 11. 2026, částka 3 118,00 EUR

Prosíme o úhradu do 23. 12. 2026 na účet CZ65 0800 0000 1920 0014 5399. Pokud jste již platbu odeslali, považujte tuto upomínku za bezpředmětnou.

S pozdravem
účtárna
Keramika Moravia s.r.o., IČO: 12345678""", client="outlook", lang_hdr="cs-CZ")

p = PO("4500232022", S_CARTON, "Ingrid Dahl", "EUR", "2026-12-15", [
    L(1, "CART-CAN-5", "Caisse carton double-double 5 mm, 800x600x600", 800, "EA", "3.95", "2027-02-03")])
loose("064-fr-hausse-tarifs", "unrelated", "fr-FR", "French general price-increase letter (+6,5 % from 1 Feb) without reference to the open PO",
      [p], "Tariff announcement to all customers; does not answer PO 4500232022 -> unrelated.",
      ("Cartonnages de l'Ouest - Direction commerciale", "info@cartonnages-ouest.example"), D("2026-12-16 11:00"),
      "Information tarifaire 2027",
      """Madame, Monsieur,

Depuis plusieurs mois, le prix des papiers pour ondulé recyclés a augmenté de plus de 18 %, auquel s'ajoutent la hausse de l'énergie et des transports.

Nous sommes contraints d'appliquer une augmentation de 6,5 % sur l'ensemble de nos tarifs pour toute commande reçue à partir du 1er février 2027.

Nous vous remercions de votre compréhension et de votre fidélité.

La Direction commerciale
Cartonnages de l'Ouest SAS - ZI de Kerpont, 56850 Caudan""", client="outlook", lang_hdr="fr-FR")

p = PO("4500232035", S_ZIPUS, "Elin Strand", "USD", "2026-12-15", [
    L(1, "ZIP-MET-5-60", "Metal zipper #5 separating, 60 cm, nickel", 5000, "EA", "0.6200", "2027-01-22")])
loose("065-enus-asn-other-po", "unrelated", "en-US", "US shipping notice (ASN) with tracking for an earlier PO, not the open one",
      [p], "Shipment notice for PO 4500231560 (not in the open PO list) -> unrelated to PO 4500232035.",
      ("GripZip Shipping", "shipping@gripzip.example"), D("2026-12-21 17:12", -5), "Shipment Notification - Your PO 4500231560",
      """SHIPMENT NOTIFICATION

Customer PO: 4500231560
Packing list: PL-88120
Ship date: 12/21/2026
Carrier: Maersk / Booking MAEU 224411880
Contents: ZIP-NYL-3-20 x 15,000 pcs; ZIP-INV-3-50 x 8,000 pcs
Estimated arrival Gothenburg: 01/18/2027

This is a system-generated message from GripZip Fastener Corp., 2200 Industrial Blvd, Greensboro, NC 27406.""",
      client="erp", extra_headers=[("Auto-Submitted", "auto-generated")])

p = PO("4500232048", S_CNTEX, "Elin Strand", "USD", "2026-12-16", [
    L(1, "ELS-40-WHT", "Woven elastic 40 mm, white", 20000, "M", "0.110", "2027-03-05")])
loose("066-zhcn-cny-holiday-notice", "unrelated", "zh-CN", "Chinese New Year factory closure notice (bilingual) sent to all customers",
      [p], "Generic holiday notice, no reference to the open PO -> unrelated.",
      ("Lily Chen", "sales03@hengdatex.example"), D("2026-12-17 10:00", 8), "春节放假通知 / Chinese New Year Holiday Notice",
      """尊敬的客户：

您好！根据国家规定及公司安排，我司2027年春节放假时间为：2月5日至2月18日，2月19日正式上班。
放假期间无法安排生产及出货，请提前安排订单。

Dear customer,
Our factory will be closed for Chinese New Year from Feb 5 to Feb 18, 2027. Orders for shipment before the holiday must be placed before Jan 10.

宁波恒达纺织辅料有限公司
Ningbo Hengda Textile Accessories Co., Ltd.""", client="foxmail", charset="gbk", cte="base64", hcharset="gbk")


# ================================================================ NON-CONFIRMATIONS: needs_review
def nr(slug, loc, what, pos, notes, **kw):
    reply(slug, "needs_review", loc, what, pos, other("needs_review", notes), **kw)


p = PO("LG-FB-26-1290", S_SEGURA, "Marta Lindgren", "EUR", "2026-12-16", [
    L(1, "PIM-AHU", "Pimentón ahumado de la Vera", 250, "KG", "11.20", "2027-01-20"),
    L(2, "AJO-POL", "Ajo en polvo", 300, "KG", "4.60", "2027-01-20")])
nr("067-es-pregunta-granulometria", "es-ES", "Spanish question back (which grade/packaging?) before confirming",
   [p], "Supplier asks whether dulce or picante and which bag size; nothing committed yet.",
   who=("Antonio Nicolás", "pedidos@especiasdelsegura.example"), date=D("2026-12-16 12:30"), lang="es", quote="gmail", client="gmail",
   top="""Hola Marta:

Antes de confirmarte el pedido LG-FB-26-1290 necesito saber dos cosas:
1. El pimentón de la Vera, ¿lo queréis dulce, agridulce o picante? En el pedido no lo pone.
2. El ajo en polvo, ¿en sacos de 25 kg o en cajas de 4 x 5 kg?

En cuanto me lo digas te confirmo precio y fecha.

Un saludo,
Antonio""")

p = PO("4500232060", S_PAULISTA, "Ana Sjöberg", "BRL", "2026-12-16", [
    L(1, "ETQ-TERM-60x40", "Etiqueta térmica 60x40 mm, rolo 2000 un", 100000, "EA", "0.0092", "2027-01-15")])
nr("068-ptbr-recebemos-retorno", "pt-BR", "Brazilian Portuguese 'received, will return with confirmation by Friday'",
   [p], "'retornaremos com a confirmação até sexta-feira' -> no commitment yet.",
   who=("Fernanda Albuquerque", "pedidos@etiquetaspaulista.example"), date=D("2026-12-16 14:10", -3), lang="pt", quote="gmail",
   client="gmail", prefix="Re: ",
   top="""Olá Ana,

Recebemos o pedido 4500232060, obrigada! Estou verificando com a produção a disponibilidade do papel térmico e retorno com a confirmação de prazo e preço até sexta-feira.

Abraços,
Fernanda""")

p = PO("4500232072", S_SCHOTT, "Ana Sjöberg", "EUR", "2026-12-16", [
    L(1, "IML-1000-CUP", "IML-Etikett Eimer 1000 ml, 4c", 120000, "EA", "0.0210", "2027-01-29")])
ab = pdf_bytes([
    "AUFTRAGSBESTÄTIGUNG 2026-119310",
    "Rheintal Kunststoff-Etiketten GmbH, Am Rheinufer 12, 79618 Rheinfelden",
    "Ihre Bestellung 4500232072 vom 16.12.2026",
    "",
    "Pos. Material         Menge      ME   Preis / 1.000   Liefertermin",
    "1    IML-1000-CUP     120.000    ST   21,00 EUR       KW 06/2027",
], "Auftragsbestätigung 2026-119310")
nr("069-de-text-vs-pdf-contradiction", "de-DE", "German cover text says 'KW 4 wie gewünscht' but the attached AB says KW 06/2027",
   [p], "Cover mail and attached order confirmation give different dates (KW 4 vs KW 6) -> contradictory, needs review.",
   who=("Sandra Keller", "vertrieb@rheintal-etiketten.example"), date=D("2026-12-17 10:20"), lang="de", prefix="AW: ",
   lang_hdr="de-DE",
   top="""Hallo Frau Sjöberg,

anbei die AB zu Ihrer Bestellung 4500232072. Liefertermin KW 4 wie gewünscht, Preis wie bestellt.

Viele Grüße
Sandra Keller
Vertriebsinnendienst""",
   attachments=[("AB_2026-119310.pdf", ab) + PDF])

p = PO("LG-MD-26-0884", S_DANMED, "Karin Holm", "DKK", "2026-12-16", [
    L(1, "SYR-10ML-LL", "Engangssprøjte 10 ml luer-lock, æske à 100", 80, "BOX", "92.00", "2027-01-22")])
nr("070-da-empty-reply-quote-only", "da-DK", "Danish client reply with no own text, only our quoted request and their signature",
   [p], "Reply consists only of the signature and our own quoted PO text -> nothing committed.",
   who=("Mette Kjær", "ordre@danmed.example"), date=D("2026-12-17 08:02"), lang="da", prefix="SV: ", lang_hdr="da-DK",
   top="", sig="""Med venlig hilsen

Mette Kjær
Kundeservice
Dansk Medicinsk Engangs A/S
Industrivej 12, 7100 Vejle
Tlf. +45 75 55 31 00 | CVR 12345678""")

p = PO("4500232085", S_ISTEKS, "Elin Strand", "USD", "2026-12-17", [
    L(1, "FAB-DEN-12", "Denim 12 oz, 150 cm, indigo", 5000, "M", "4.60", "2027-01-29")])
nr("071-tr-ocak-ortasi-vague", "tr-TR", "Turkish, quantity and price OK but delivery only 'Ocak ortası gibi' (around mid-January)",
   [p], "'Ocak ortası gibi, kesin tarihi haftaya bildiririz' - vague date explicitly to be fixed later -> needs review (a careful buyer cannot record a date).",
   who=("Mehmet Yıldırım", "ihracat@istekskumas.example"), date=D("2026-12-17 15:30", 3), lang="tr", prefix="YNT: ", lang_hdr="tr-TR",
   charset="iso-8859-9",
   top="""Merhaba Elin Hanım,

Siparişiniz elimize ulaştı. Miktar ve fiyat konusunda sorun yok, ancak boyahanedeki yoğunluk nedeniyle teslimat Ocak ortası gibi olabilir, kesin tarihi haftaya bildiririz.

İyi çalışmalar,
Mehmet""")

p = PO("4500232098", S_PAPIR, "Ingrid Dahl", "NOK", "2026-12-17", [
    L(1, "CPY-A3-80", "Kopipapir A3 80 g, pall 50 000 ark", 4, "PAL", "5120.00", "2027-01-14")])
nr("072-nb-price-approval-needed", "nb-NO", "Norwegian: new price, supplier waits for buyer approval before confirming",
   [p], "Counter-offer (+8 %) with 'vi bekrefter ordren når vi har deres aksept' -> not yet committed.",
   who=("Lars Haugen", "ordre@nordiskpapir.example"), date=D("2026-12-18 09:10"), lang="nb", prefix="SV: ", lang_hdr="nb-NO",
   top="""Hei Ingrid,

A3-papiret har fått ny pris fra fabrikken fra 1. januar, ny pris blir NOK 5 530,00 per pall (+8 %). Gi beskjed om dere aksepterer dette, så bekrefter vi ordren med leveringsdato når vi har deres aksept.

Mvh
Lars Haugen""")

p = PO("4500232110", S_KOAUTO, "Oskar Lund", "USD", "2026-12-17", [
    L(1, "AF-HY-28113", "Air filter 28113-F2000", 800, "EA", "3.40", "2027-02-19")])
nr("073-ko-will-check-revert", "ko-KR", "Korean: received, will check production schedule and reply (확인 후 회신드리겠습니다)",
   [p], "Acknowledges receipt and promises an answer next week -> needs_review.",
   who=("김민준", "export@hanseongauto.example"), date=D("2026-12-18 11:40", 9), lang="ko", prefix="RE: ", lang_hdr="ko-KR",
   charset="utf-8", cte="base64",
   top="""Oskar 님 안녕하세요,

발주서 4500232110 잘 받았습니다.
생산 일정 확인 후 다음 주 중으로 납기와 단가 회신드리겠습니다.

감사합니다.
김민준 드림""")

p = PO("4500232122", S_TIMBER, "Peter Nyström", "EUR", "2026-12-17", [
    L(1, "TMB-C24-45x145", "Cherestea molid C24 45x145 mm", 20, "M3", "338.00", "2027-01-29")])
nr("074-ro-contradictory-dates", "ro-RO", "Romanian: confirms but gives two different delivery dates in the same mail",
   [p], "'livrare pe 22.01' and later 'camionul pleacă abia în săptămâna 5' (ISO week 5 = 1-7 Feb 2027) contradict; a careful buyer asks back -> needs_review.",
   who=("Andrei Popescu", "vanzari@carpatitimber.example"), date=D("2026-12-18 13:05", 2), lang="ro", prefix="RE: ", lang_hdr="ro-RO",
   top="""Bună ziua,

Confirmăm comanda 4500232122, 20 m³ cherestea C24 45x145 la 338 EUR/m³, livrare pe 22.01.

PS: colegii de la logistică îmi spun că, din cauza sărbătorilor, camionul pleacă abia în săptămâna 5.

Cu stimă,
Andrei Popescu""")

p = PO("4500232134", S_ARBLD, "Peter Nyström", "USD", "2026-12-17", [
    L(1, "GYP-BRD-12", "Gypsum board 12.5 mm, 1200x2400", 1500, "EA", "5.60", "2027-02-15")])
nr("075-ar-under-processing", "ar-AE", "Arabic: PO received and 'under review by the sales department' (قيد المراجعة)",
   [p], "Receipt acknowledgement, confirmation promised later -> needs_review.",
   who=("أحمد المنصوري", "sales@gulfbuild.example"), date=D("2026-12-18 09:45", 4), lang="ar", prefix="RE: ", lang_hdr="ar-AE",
   dir="rtl", cte="base64",
   top="""السيد بيتر المحترم،

نفيدكم باستلام أمر الشراء رقم 4500232134، وهو حالياً قيد المراجعة لدى قسم المبيعات. سنرسل لكم التأكيد النهائي بالكميات والأسعار وموعد التسليم خلال الأيام القادمة.

مع التحية،
أحمد المنصوري""")

p = PO("4500232146", S_AUTIMB, "Peter Nyström", "AUD", "2026-12-17", [
    L(1, "PLY-F17-17", "Structural ply F17 17 mm 2400x1200", 300, "EA", "71.00", "2027-02-12")])
nr("076-enau-delivery-question", "en-AU", "Australian English, asks about the delivery site and unloading before committing",
   [p], "Questions back (site access, forklift, DAP vs FOB); says they'll lock in a date once answered -> needs_review.",
   who=("Brett Halloran", "sales@scframing.example"), date=D("2026-12-18 16:20", 11), lang="en", prefix="RE: ", lang_hdr="en-AU",
   top="""Hi Peter,

Quick one before I lock this in - is PO 4500232146 going to the Gothenburg address on the PO or straight to your site in Malmö? And is it FOB Melbourne or do you want us to quote DAP? Once I know I'll confirm a date.

Cheers,
Brett""")

p = PO("LG-LB-26-0402", S_HEMED, "Sofia Ek", "USD", "2026-12-17", [
    L(1, "URN-CUP-100", "Urine container 100 ml sterile", 6000, "EA", "0.145", "2027-01-28"),
    L(2, "SWAB-VTM", "Swab with VTM tube", 2000, "EA", "0.62", "2027-01-28")])
nr("077-he-ok-but-which-lines", "he-IL", "Hebrew: 'מאושר' (approved) but then says the VTM swab price must be checked - ambiguous which lines are committed",
   [p], "Says 'approved' and in the same breath that the swab line's price and stock are still being checked; unclear whether line 1 alone is committed -> needs_review.",
   who=("יעל כהן", "orders@galilmed.example"), date=D("2026-12-20 10:30", 2), lang="he", prefix="RE: ", lang_hdr="he-IL",
   dir="rtl", cte="base64",
   top="""שלום סופיה,

ההזמנה מאושרת, אבל לגבי המטושים עם VTM אני עדיין בודקת מחיר ומלאי מול היצרן. אחזור אלייך עד יום חמישי עם תשובה סופית לכל ההזמנה.

בברכה,
יעל""")


# ================================================================ output
STATUSES = {"accepted", "changed", "rejected", "unconfirmed"}


def validate(cs):
    exp, pos = cs["exp"], cs["pos"]
    assert exp["kind"] in ("confirmation", "needs_review", "auto_reply", "bounce", "unrelated"), cs["slug"]
    assert isinstance(exp.get("notes"), str)
    if exp["kind"] != "confirmation":
        assert "confirmations" not in exp, cs["slug"]
        return
    bypo = {p["po_number"]: p for p in pos}
    assert exp["confirmations"], cs["slug"]
    for c in exp["confirmations"]:
        po = bypo[c["po_number"]]
        assert sorted(c["lines"], key=int) == [str(l["line"]) for l in po["lines"]], cs["slug"]
        for l in po["lines"]:
            e = c["lines"][str(l["line"])]
            assert e["status"] in STATUSES, cs["slug"]
            if e["status"] in ("rejected", "unconfirmed"):
                assert set(e) == {"status"}, cs["slug"]
                continue
            assert set(e) <= {"status", "quantity", "unit_price", "date", "schedule"}
            dt.date.fromisoformat(e["date"])
            same = (e["quantity"] == l["quantity"] and float(e["unit_price"]) == float(l["unit_price"])
                    and e["date"] == l["requested_date"])
            if e["status"] == "accepted":
                assert same and "schedule" not in e and e["unit_price"] == l["unit_price"], cs["slug"]
            else:
                assert not same or "schedule" in e, (cs["slug"], l["line"])
            if "schedule" in e:
                s = e["schedule"]
                assert len(s) >= 2 and abs(sum(x["quantity"] for x in s) - e["quantity"]) < 1e-9, cs["slug"]
                assert max(x["date"] for x in s) == e["date"], cs["slug"]


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    seen = set()
    for cs in CASES:
        assert cs["slug"] not in seen
        seen.add(cs["slug"])
        validate(cs)
        d = os.path.join(OUT, cs["slug"])
        os.makedirs(d)
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(build(cs["c"]))
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump(cs["pos"], f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(cs["exp"], f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("# Heldout batch L - supplier replies (food & beverage, print/labels, textiles/trims, medical, building,\n"
                "# electrical, automotive aftermarket, lab consumables, paper/corrugated)\n\n"
                "Generated by `make_batch.py` (stdlib only, deterministic): `python3 make_batch.py` rewrites `cases/` and this file.\n\n")
        for cs in CASES:
            f.write("- `%s` | %s/%s | %s\n" % (cs["slug"], cs["cat"], cs["loc"], cs["what"]))
    print("wrote %d cases to %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()
