#!/usr/bin/env python3
"""Batch N of the supplier-reply corpus: furniture/upholstery, toys & seasonal,
pet food & feed, automotive PPAP parts, solar, bicycle parts, music, sports,
wine & spirits packaging, hospital furniture, cleaning chemicals, workwear/PPE.

Standard library only, deterministic. Writes cases/NNN-slug/{message.eml,pos.json,expected.json}.
"""
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import os
import re
import shutil
import sys
import zipfile
from decimal import Decimal
from email import policy
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")

# --------------------------------------------------------------------------
# buyers (one per business) and helpers for purchase orders
# --------------------------------------------------------------------------
BUYERS = {
    "furn": ("Katrin Vogel", "k.vogel@hollmann-moebel.example", "Hollmann Möbelwerke GmbH"),
    "toys": ("Sophie Martens", "s.martens@kidsplanet-retail.example", "KidsPlanet Retail B.V."),
    "pet": ("Lars Brenner", "l.brenner@pawfield-foods.example", "Pawfield Foods A/S"),
    "auto": ("Tomasz Wilk", "tomasz.wilk@kestrel-auto.example", "Kestrel Automotive Sp. z o.o."),
    "solar": ("Mei Lin Tan", "meilin.tan@sunharbor-energy.example", "SunHarbor Energy Pte Ltd"),
    "bike": ("Jonas Keller", "j.keller@velocraft.example", "VeloCraft AG"),
    "music": ("Anna Lindgren", "anna.lindgren@tonewood-music.example", "Tonewood Music AB"),
    "sport": ("Marco Ferri", "m.ferri@peakline-sports.example", "Peakline Sports S.r.l."),
    "wine": ("Claire Dubois", "c.dubois@domaine-montclair.example", "Domaine Montclair SAS"),
    "hosp": ("Henrik Dahl", "henrik.dahl@medirest-care.example", "MediRest Care Furniture ApS"),
    "chem": ("Eva Novak", "eva.novak@cleanpro-services.example", "CleanPro Facility Services s.r.o."),
    "ppe": ("Ruth Okafor", "ruth.okafor@safeforce-ppe.example", "SafeForce PPE Ltd"),
}


def buyer(theme):
    n, e, _ = BUYERS[theme]
    return {"name": n, "email": e}


def bdomain(theme):
    return BUYERS[theme][1].split("@")[1]


def S(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def ln(line, item, desc, qty, uom, price, date):
    return {"line": line, "item": item, "description": desc, "quantity": qty,
            "uom": uom, "unit_price": price, "requested_date": date}


def PO(num, sup, theme, cur, issued, lines, req=1, no_request=False):
    p = {"po_number": num, "supplier": sup, "buyer": buyer(theme), "currency": cur,
         "issued": issued}
    if not no_request:
        p["request_message_id"] = "<ack-%s.%d@%s>" % (num, req, bdomain(theme))
    p["lines"] = lines
    p["_theme"] = theme
    return p


def clean_po(p):
    return {k: v for k, v in p.items() if not k.startswith("_")}


# --------------------------------------------------------------------------
# expected helpers
# --------------------------------------------------------------------------
def line_of(po, n):
    for l in po["lines"]:
        if l["line"] == n:
            return l
    raise KeyError(n)


def acc(po, n):
    l = line_of(po, n)
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
            "date": l["requested_date"]}


def chg(q, p, d, sched=None):
    r = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if sched:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
    return r


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po, lines):
    """lines: dict line-no -> status dict, or the string 'all' (all accepted)."""
    if lines == "all":
        lines = {l["line"]: acc(po, l["line"]) for l in po["lines"]}
    out = {}
    for l in po["lines"]:
        v = lines.get(l["line"])
        if v is None:
            raise ValueError("line %s of %s not labelled" % (l["line"], po["po_number"]))
        out[str(l["line"])] = v
    return {"po_number": po["po_number"], "lines": out}


def EXP_conf(confs, notes):
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


def EXP(kind, notes):
    return {"kind": kind, "notes": notes}


# --------------------------------------------------------------------------
# message helpers
# --------------------------------------------------------------------------
def mid(style, seed, domain="mail.example"):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    if style == "outlook":
        return "<%s%s@%s>" % (h[:4] + "PR0" + h[4:5] + "MB" + h[5:9], h[9:13], domain or "eurprd04.prod.outlook.com")
    if style == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (h[:12].lower(), hashlib.md5(seed.encode()).hexdigest()[:20])
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    if style == "lotus":
        return "<OF%s.%s-ON%s@%s>" % (h[:8], h[8:16], h[16:24], domain)
    return "<%s.%s@%s>" % (h[:16].lower(), h[16:24].lower(), domain)


MAILERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "exchange": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3774.300.61.1.2)")],
    "iphone": [("X-Mailer", "iPhone Mail (21F90)")],
    "thunderbird": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0")],
    "lotus": [("X-Mailer", "Lotus Notes Release 9.0.1FP10 SHF241 November 09, 2018")],
    "android": [("X-Mailer", "Samsung Email 6.1")],
    "foxmail": [("X-Mailer", "Foxmail 7.2.25.228[cn]")],
    "webshop": [("X-Mailer", "ShopSystem Mailer 4.2"), ("Auto-Submitted", "auto-generated"),
                ("Precedence", "bulk")],
    "none": [],
}


def text_to_html(text, font="Calibri, sans-serif"):
    out = []
    for line in text.split("\n"):
        esc = htmlmod.escape(line)
        esc = esc.replace("  ", "&nbsp; ")
        out.append(esc if esc else "&nbsp;")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:%s;font-size:11pt\">\n" % font
            + "<br>\n".join(out) + "\n</div></body></html>\n")


def build(frm, to, date, subject, text=None, html=None, *, charset="utf-8", cte="quoted-printable",
          html_charset=None, html_cte=None, irt=None, refs=None, msgid=None, cc=None, mailer="none",
          attachments=(), extra=(), auto_html=False, lang=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    if irt:
        m["In-Reply-To"] = irt
    if refs:
        m["References"] = " ".join(refs) if isinstance(refs, (list, tuple)) else refs
    m["MIME-Version"] = "1.0"
    if lang:
        m["Content-Language"] = lang
    for k, v in MAILERS[mailer]:
        m[k] = v
    for k, v in extra:
        m[k] = v
    if auto_html and html is None and text is not None:
        html = text_to_html(text)
    if text is not None:
        m.set_content(text, charset=charset, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=html_charset or charset,
                              cte=html_cte or cte)
    else:
        m.set_content(html, subtype="html", charset=html_charset or charset, cte=html_cte or cte)
    for fn, ctype, data in attachments:
        mt, st = ctype.split("/")
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, charset="utf-8", filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if "MIME-Version" in m and len(m.get_all("MIME-Version")) > 1:
        vals = m.get_all("MIME-Version")
        del m["MIME-Version"]
        m["MIME-Version"] = vals[0]
    return m


def to_bytes(m):
    seed = str(m["Message-ID"])
    for i, part in enumerate(m.walk()):
        if part.is_multipart() and part.get_boundary() is None:
            part.set_boundary("----=_Part_%d_%s" % (i, hashlib.md5((seed + str(i)).encode()).hexdigest()[:20]))
    def strip(part):
        # real clients put MIME-Version only on the top-level header
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            for sub in part.get_payload():
                if "MIME-Version" in sub and sub.get_content_type() != "message/rfc822":
                    del sub["MIME-Version"]
                strip(sub)
    strip(m)
    return m.as_bytes(policy=policy.SMTP)


def tz(hours, minutes=0):
    return dt.timezone(dt.timedelta(hours=hours, minutes=minutes))


def D(s, h=9, mi=0, offset=1):
    y, mo, d = map(int, s.split("-"))
    return dt.datetime(y, mo, d, h, mi, tzinfo=tz(offset))


def addr(name, email):
    from email.headerregistry import Address
    local, dom = email.split("@")
    return str(Address(name, local, dom))


def po_addr(po):
    return addr(po["buyer"]["name"], po["buyer"]["email"])


def sup_addr(po, name=None):
    return addr(name or po["supplier"]["name"], po["supplier"]["email"])


def fmt_table(po):
    rows = [("Line", "Item", "Description", "Qty", "UoM", "Price " + po["currency"], "Need-by")]
    for l in po["lines"]:
        rows.append((str(l["line"]), l["item"], l["description"], str(l["quantity"]), l["uom"],
                     l["unit_price"], l["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    return "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def request_text(po, reminder=0, greeting=None):
    b = BUYERS[po["_theme"]]
    g = greeting or "Dear Sir or Madam,"
    if reminder == 0:
        intro = ("please confirm our purchase order %s of %s: quantity, unit price and delivery "
                 "date for each line." % (po["po_number"], po["issued"]))
    elif reminder == 1:
        intro = ("friendly reminder: we have not yet received your confirmation of purchase order "
                 "%s of %s. Please confirm quantity, price and delivery date per line." % (po["po_number"], po["issued"]))
    else:
        intro = ("this is our %s reminder. Purchase order %s of %s is still unconfirmed and our "
                 "production planning depends on it. Please confirm today." %
                 ("second" if reminder == 2 else "third", po["po_number"], po["issued"]))
    return "%s\n\n%s\n\n%s\n\nKind regards\n%s\nPurchasing | %s\n" % (g, intro, fmt_table(po), b[0], b[2])


def req_subject(po, reminder=0):
    if reminder == 0:
        return "Purchase order %s - please confirm" % po["po_number"]
    return "REMINDER %d: Purchase order %s - please confirm" % (reminder, po["po_number"])


def gt_quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def reply_refs(po, reminder=0):
    base = po["request_message_id"]
    if reminder == 0:
        return base, [base]
    ids = [base] + ["<rem%d-%s@%s>" % (i, po["po_number"], bdomain(po["_theme"])) for i in range(1, reminder + 1)]
    return ids[-1], ids


# --------------------------------------------------------------------------
# attachments built by hand
# --------------------------------------------------------------------------
def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, size=10):
    """Minimal valid one-page PDF: uncompressed content stream, Helvetica, WinAnsi."""
    parts = ["BT", "/F1 %d Tf" % size, "%d TL" % (size + 4), "50 800 Td"]
    for i, l in enumerate(lines):
        parts.append("(%s) Tj T*" % pdf_escape(l))
    parts.append("ET")
    stream = ("\n".join(parts) + "\n").encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n" % (len(objs) + 1))
    out.write(b"0000000000 65535 f \n")
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    """Minimal valid XLSX with inline strings; numbers as numeric cells."""
    def cell(r, c, v):
        ref = "%s%d" % (col_letter(c), r + 1)
        if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
            return '<c r="%s"><v>%s</v></c>' % (ref, v)
        return '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, htmlmod.escape(str(v), quote=False))
    data = "".join('<row r="%d">%s</row>' % (r + 1, "".join(cell(r, c, v) for c, v in enumerate(row) if v is not None))
                   for r, row in enumerate(rows))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % htmlmod.escape(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % data,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv"


def make_dsn(reporter, rcpt, orig_msg, date, msgid, subject, human, status="5.1.1",
             diag="smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown", frm=None,
             extra_human=None, action="failed"):
    outer = EmailMessage()
    outer["From"] = frm or "Mail Delivery System <MAILER-DAEMON@%s>" % reporter
    outer["To"] = orig_msg["From"]
    outer["Subject"] = subject
    outer["Date"] = format_datetime(date)
    outer["Message-ID"] = msgid
    outer["Auto-Submitted"] = "auto-replied"
    outer["MIME-Version"] = "1.0"
    outer.set_type("multipart/report")
    outer.set_param("report-type", "delivery-status")
    outer.set_boundary("=_dsn_" + hashlib.md5(msgid.encode()).hexdigest()[:16])
    hp = EmailMessage()
    hp.set_content(human, charset="utf-8" if any(ord(c) > 127 for c in human) else "us-ascii",
                   cte="quoted-printable" if any(ord(c) > 127 for c in human) else "7bit")
    del hp["MIME-Version"]
    ds = Message()
    ds.set_type("message/delivery-status")
    b1 = Message()
    b1["Reporting-MTA"] = "dns; %s" % reporter
    b1["Arrival-Date"] = format_datetime(date - dt.timedelta(seconds=3))
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; %s" % rcpt
    b2["Original-Recipient"] = "rfc822; %s" % rcpt
    b2["Action"] = action
    b2["Status"] = status
    b2["Remote-MTA"] = "dns; %s" % rcpt.split("@")[1]
    b2["Diagnostic-Code"] = diag % rcpt if "%s" in diag else diag
    ds.set_payload([b1, b2])
    del ds["MIME-Version"]
    rp = MIMEMessage(orig_msg)
    del rp["MIME-Version"]
    outer.attach(hp)
    outer.attach(ds)
    outer.attach(rp)
    return outer


def orig_request_msg(po, date, reminder=0, to=None):
    o = EmailMessage()
    o["From"] = po_addr(po)
    o["To"] = to or sup_addr(po)
    o["Subject"] = req_subject(po, reminder)
    o["Date"] = format_datetime(date)
    irt, refs = reply_refs(po, reminder)
    o["Message-ID"] = irt
    o["MIME-Version"] = "1.0"
    o.set_content(request_text(po, reminder), charset="utf-8", cte="quoted-printable")
    return o


# --------------------------------------------------------------------------
# case registry
# --------------------------------------------------------------------------
CASES = []


def case(slug, category, locale, what):
    def deco(fn):
        CASES.append((slug, category, locale, what, fn))
        return fn
    return deco


OL = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"),
    "fr": ("-----Message d'origine-----", "De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto"),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto"),
    "pt": ("-----Mensagem original-----", "De", "Enviada em", "Para", "Assunto"),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("-----Oryginalna wiadomość-----", "Od", "Wysłano", "Do", "Temat"),
    "cs": ("-----Původní zpráva-----", "Od", "Odesláno", "Komu", "Předmět"),
    "sk": ("-----Pôvodná správa-----", "Od", "Odoslané", "Komu", "Predmet"),
    "hu": ("-----Eredeti üzenet-----", "Feladó", "Elküldve", "Címzett", "Tárgy"),
    "sv": ("-----Ursprungligt meddelande-----", "Från", "Skickat", "Till", "Ämne"),
    "da": ("-----Oprindelig meddelelse-----", "Fra", "Sendt", "Til", "Emne"),
    "nb": ("-----Opprinnelig melding-----", "Fra", "Sendt", "Til", "Emne"),
    "fi": ("-----Alkuperäinen viesti-----", "Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "ro": ("-----Mesaj original-----", "De la", "Trimis", "Către", "Subiect"),
    "hr": ("-----Izvorna poruka-----", "Šalje", "Poslano", "Prima", "Predmet"),
    "sl": ("-----Izvirno sporočilo-----", "Od", "Poslano", "Za", "Zadeva"),
    "tr": ("-----Özgün İleti-----", "Kimden", "Gönderildi", "Kime", "Konu"),
    "lt": ("-----Original Message-----", "Nuo", "Išsiųsta", "Kam", "Tema"),
}


def ol(lang, sent, po, reminder=0, new_style=False, to=None):
    sep, f, s, t, sub = OL[lang]
    if new_style:
        sep = "_" * 32
    colon = "" if lang == "fr" else ":"
    hdr = "%s\n%s%s %s\n%s%s %s\n%s%s %s\n%s%s %s" % (
        sep, f, ":" if lang == "fr" else colon, po_addr(po), s, ":" if lang == "fr" else colon, sent,
        t, ":" if lang == "fr" else colon, to or sup_addr(po), sub, ":" if lang == "fr" else colon, req_subject(po, reminder))
    return "\n\n" + hdr + "\n\n" + request_text(po, reminder)


def gq(intro, po, reminder=0):
    """Gmail / Apple / Thunderbird style: attribution line + '>' quoted request."""
    return "\n\n" + intro + "\n\n" + gt_quote(request_text(po, reminder)) + "\n"

# ==========================================================================
# CONFIRMATIONS
# ==========================================================================

@case("de-velours-meterware-voll", "confirmation/accepted", "de-DE",
      "Outlook top-post with German quote header; fabric in metres; decimal comma; HRB, USt-IdNr and founding year in signature")
def _():
    sup = S("KESSLER", "Kessler Möbelstoffe GmbH", "auftrag@kessler-stoffe.example", "de-DE")
    po = PO("4500031207", sup, "furn", "EUR", "2026-11-02", [
        ln(1, "FAB-VEL-140G", "Upholstery velvet grey, 140 cm wide", 320, "M", "14.80", "2026-11-27"),
        ln(2, "FAB-CHN-140B", "Chenille beige, 140 cm wide", 180, "M", "12.35", "2026-11-27")])
    irt, refs = reply_refs(po)
    body = """Sehr geehrte Frau Vogel,

vielen Dank für Ihre Bestellung 4500031207 vom 02.11.2026.

Hiermit bestätigen wir beide Positionen wie bestellt:

Pos. 1  Velours grau, 140 cm   320 lfm   14,80 €/m
Pos. 2  Chenille beige, 140 cm 180 lfm   12,35 €/m

Liefertermin: 27.11.2026, frei Haus Ihr Werk Bielefeld.
Die Ware wird auf Rollen à ca. 40 m geliefert, Restlängen werden nicht berechnet.

Mit freundlichen Grüßen

Jana Kessler
Innendienst / Auftragsabwicklung

Kessler Möbelstoffe GmbH · seit 1987
Weberstraße 14 · 95028 Hof
Tel. +49 9281 4471-23 · Fax +49 9281 4471-99
Amtsgericht Hof HRB 2207 · USt-IdNr. DE 131 447 120
Geschäftsführer: Peter Kessler""" + ol("de", "Montag, 2. November 2026 14:03", po)
    m = build(addr("Jana Kessler", "j.kessler@kessler-stoffe.example"), po_addr(po), D("2026-11-05", 10, 12),
              "AW: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n001", "DB9PR03MB7731.eurprd03.prod.outlook.com"), mailer="outlook", lang="de-DE")
    return [po], m, EXP_conf([conf(po, "all")],
        "Plain accept; signature contains 1987, phone and register numbers that are not quantities or dates.")


@case("fr-mousse-solde-semaine", "confirmation/split", "fr-FR",
      "French Outlook quote; partial now + balance in 'semaine 51'; second line OK")
def _():
    sup = S("DUPRE", "Mousses Dupré SAS", "adv@mousses-dupre.example", "fr-FR")
    po = PO("4500031250", sup, "furn", "EUR", "2026-11-06", [
        ln(1, "MOU-HR35-2010", "Foam sheet HR35 2000x1000x100 mm", 240, "EA", "18.60", "2026-12-04"),
        ln(2, "MOU-PE30-BLK", "Polyether foam block 30 kg/m3", 60, "EA", "42.00", "2026-12-04")])
    irt, refs = reply_refs(po)
    body = """Bonjour Madame Vogel,

Nous accusons réception de votre commande n° 4500031250 et vous en remercions.

Ligne 1 (plaques HR35 2000x1000x100) : nous pouvons livrer 150 plaques le vendredi 4 décembre, le solde de 90 plaques partira en semaine 51.
Ligne 2 (blocs polyéther 30 kg/m3) : OK pour 60 blocs au 4 décembre, prix 42,00 € HT inchangé.

Prix ligne 1 inchangé : 18,60 € HT la plaque.

Bien cordialement,

Lucie Marchand
Administration des ventes
MOUSSES DUPRÉ SAS – ZI des Perrières – 49300 Cholet
Tél. : 02 41 58 77 30
SAS au capital de 250 000 € – RCS Angers 412 887 301""" + ol("fr", "vendredi 6 novembre 2026 11:47", po, new_style=True)
    m = build(addr("Lucie Marchand", "l.marchand@mousses-dupre.example"), po_addr(po), D("2026-11-10", 15, 2),
              "RE: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n002", "PR1P264MB2210.FRAP264.PROD.OUTLOOK.COM"), mailer="outlook", lang="fr-FR")
    return [po], m, EXP_conf([conf(po, {
        1: chg(240, "18.60", "2026-12-18", [(150, "2026-12-04"), (90, "2026-12-18")]),
        2: acc(po, 2)})],
        "Balance in 'semaine 51' without a day = Friday 2026-12-18; line total stays 240.")


@case("it-ferramenta-aumento-percento", "confirmation/changed", "it-IT",
      "Italian; +4% steel surcharge on one line (percentage applies to PO price), later date on another")
def _():
    sup = S("FERBRI", "Ferramenta Brianza S.r.l.", "ordini@ferramentabrianza.example", "it-IT")
    po = PO("4500031288", sup, "furn", "EUR", "2026-11-09", [
        ln(1, "CERN-35-110SC", "Concealed hinge 35 mm 110° soft-close", 5000, "EA", "0.62", "2026-12-11"),
        ln(2, "GUID-450-FE", "Full-extension drawer runner 450 mm (pair)", 1200, "PR", "4.85", "2026-12-11"),
        ln(3, "MAN-128-NOP", "Handle 128 mm matt black", 2400, "EA", "1.10", "2026-12-11")])
    irt, refs = reply_refs(po)
    body = """Buongiorno Sig.ra Vogel,

in riferimento al Vs. ordine 4500031288 Vi confermiamo quanto segue:

- pos. 1 cerniere 35 mm soft-close: 5.000 pz a 0,62 € consegna 11/12 come richiesto
- pos. 2 guide a estrazione totale 450 mm: 1.200 coppie, consegna 11/12; a causa dell'aumento dell'acciaio siamo costretti ad applicare un aumento del 4% sul prezzo dell'ordine
- pos. 3 maniglie 128 mm nero opaco: 2.400 pz a 1,10 €, consegna venerdì 18/12

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti

Giorgio Colombo
Ufficio Commerciale
Ferramenta Brianza S.r.l.
Via Valassina 112 – 20851 Lissone (MB)
Tel. 039 246 1180 – P.IVA 02977410963

Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di eliminarlo e di darne comunicazione al mittente.""" + ol("it", "lunedì 9 novembre 2026 16:20", po)
    m = build(addr("Giorgio Colombo", "g.colombo@ferramentabrianza.example"), po_addr(po), D("2026-11-12", 9, 41),
              "R: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n003", "AS8PR10MB6211.EURPRD10.PROD.OUTLOOK.COM"), mailer="outlook", lang="it-IT")
    return [po], m, EXP_conf([conf(po, {
        1: acc(po, 1),
        2: chg(1200, "5.044", "2026-12-11"),
        3: chg(2400, "1.10", "2026-12-18")})],
        "4% on 4.85 = 5.044 per pair; '11/12' is 11 December (day-first); thousands dot '5.000'.")


@case("pl-tloczenie-ppap-tydzien", "confirmation/changed", "pl-PL",
      "Polish, ISO-8859-2 quoted-printable; delivery in week numbers (tydz. 51, tydz. 2/2027); PPAP documents promised")
def _():
    sup = S("MAZUR", "Tłocznia Mazur Sp. z o.o.", "sprzedaz@tlocznia-mazur.example", "pl-PL")
    po = PO("4500031302", sup, "auto", "EUR", "2026-11-12", [
        ln(1, "BRK-4471", "Stamped bracket, DC04 1.5 mm, e-coated", 12000, "EA", "0.84", "2026-12-18"),
        ln(2, "BRK-4472", "Stamped bracket RH, DC04 1.5 mm, e-coated", 8000, "EA", "0.91", "2026-12-18")])
    irt, refs = reply_refs(po)
    body = """Dzień dobry Panie Tomaszu,

potwierdzamy zamówienie nr 4500031302:

poz. 1 BRK-4471 - 12 000 szt., cena 0,84 EUR/szt., dostawa tydz. 51
poz. 2 BRK-4472 - 8 000 szt., cena 0,91 EUR/szt., dostawa tydz. 2/2027 (brak blachy DC04 w magazynie, huta potwierdziła dostawę na 21.12)

Dokumentacja PPAP poziom 3 (PSW, raport wymiarowy, atesty materiałowe) zostanie przesłana do 10.12.2026.

Pozdrawiam serdecznie
Agnieszka Zielińska
Dział Sprzedaży
Tłocznia Mazur Sp. z o.o.
ul. Przemysłowa 8, 62-800 Kalisz
tel. +48 62 757 31 40, kom. 601 228 914
NIP 618-203-44-17, KRS 0000213377""" + ol("pl", "czwartek, 12 listopada 2026 08:15", po)
    m = build(addr("Agnieszka Zielińska", "a.zielinska@tlocznia-mazur.example"), po_addr(po), D("2026-11-16", 12, 5),
              "Odp: " + req_subject(po), body, charset="iso-8859-2", irt=irt, refs=refs,
              msgid=mid("outlook", "n004", "tlocznia-mazur.example"), mailer="outlook")
    return [po], m, EXP_conf([conf(po, {
        1: acc(po, 1),
        2: chg(8000, "0.91", "2027-01-15")})],
        "tydz. 51 = Fri 2026-12-18 (= requested); tydz. 2/2027 = Fri 2027-01-15; 21.12 and 10.12 are steel/PPAP dates, not deliveries.")


@case("cs-nohy-chrom-bez-roku", "confirmation/changed", "cs-CZ",
      "Czech windows-1250; price change for chrome plating; date '15. 1.' without year rolls into next year")
def _():
    sup = S("HANAK", "Kovovýroba Hanák s.r.o.", "obchod@kovo-hanak.example", "cs-CZ")
    po = PO("4500031340", sup, "furn", "EUR", "2026-12-07", [
        ln(1, "NOHA-710-CR", "Table leg 710 mm, chrome", 800, "EA", "6.90", "2027-01-08"),
        ln(2, "NOHA-100-BL", "Sofa leg 100 mm, black powder coat", 3000, "EA", "1.15", "2027-01-08")])
    irt, refs = reply_refs(po)
    body = """Dobrý den paní Vogel,

děkujeme za objednávku č. 4500031340, potvrzujeme následovně:

pol. 1 noha 710 mm chrom - 800 ks, cena 7,25 EUR/ks (zdražení chromování od 1. 12.), dodání do 15. 1.
pol. 2 noha 100 mm černá - 3 000 ks, 1,15 EUR/ks, dodání 8. 1.

Mezi 23. 12. a 3. 1. máme celozávodní dovolenou.

S pozdravem

Ing. Pavel Hanák
jednatel
Kovovýroba Hanák s.r.o., Průmyslová 1422, 686 01 Uherské Hradiště
IČO: 26 911 442, DIČ: CZ26911442
tel.: +420 572 541 118""" + ol("cs", "pondělí 7. prosince 2026 13:30", po)
    m = build(addr("Pavel Hanák", "hanak@kovo-hanak.example"), po_addr(po), D("2026-12-14", 7, 55),
              "RE: " + req_subject(po), body, charset="windows-1250", irt=irt, refs=refs,
              msgid=mid("outlook", "n005", "kovo-hanak.example"), mailer="outlook", auto_html=True)
    return [po], m, EXP_conf([conf(po, {
        1: chg(800, "7.25", "2027-01-15"),
        2: acc(po, 2)})],
        "Mail of 2026-12-14: '15. 1.' and '8. 1.' without year -> January 2027; holiday dates are not commitments.")


@case("nl-kerst-speelgoed-uitverkocht", "confirmation/partial", "nl-NL",
      "Dutch Gmail inline quote; one line sold out (rejected), one line reduced, one accepted")
def _():
    sup = S("DEVRIES", "Speelgoedgroothandel De Vries B.V.", "verkoop@devries-speelgoed.example", "nl-NL")
    po = PO("4500031377", sup, "toys", "EUR", "2026-11-05", [
        ln(1, "KERST-PL-RND30", "Plush reindeer 30 cm", 600, "EA", "7.40", "2026-11-20"),
        ln(2, "KERST-ADV-HOUT", "Wooden advent calendar", 150, "EA", "24.90", "2026-11-20"),
        ln(3, "KERST-SNB-LED", "LED snow globe", 400, "EA", "5.15", "2026-11-20")])
    irt, refs = reply_refs(po)
    body = """Hoi Sophie,

Bedankt voor je order. Even per regel:

- Rendier pluche 30 cm: 600 st. akkoord, levering vrijdag 20 november
- Houten adventskalender: helaas uitverkocht, de fabrikant maakt er dit seizoen geen meer. Deze regel moeten we annuleren.
- Sneeuwbol LED: we hebben er nog maar 250 op voorraad, die kunnen ook op de 20e mee. Prijs blijft € 5,15.

Groetjes,
Bas de Vries
Speelgoedgroothandel De Vries B.V. | Industrieweg 31 | 3846 BC Harderwijk
T 0341 42 19 88 | KvK 08123456""" + gq("Op do 5 nov 2026 om 14:02 schreef Sophie Martens <s.martens@kidsplanet-retail.example>:", po)
    m = build(addr("Bas de Vries", "bas@devries-speelgoed.example"), po_addr(po), D("2026-11-06", 8, 33),
              "Re: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("gmail", "n006"), mailer="gmail")
    return [po], m, EXP_conf([conf(po, {
        1: acc(po, 1), 2: REJ, 3: chg(250, "5.15", "2026-11-20")})],
        "Sold-out line is a rejection; 'op de 20e' refers to 20 November.")


@case("zh-cn-led-xiang-dan-wei", "confirmation/changed", "zh-CN",
      "Simplified Chinese GBK base64 (Foxmail); quantities given in cartons x pcs/carton; Chinese date forms")
def _():
    sup = S("NBLIGHT", "Ningbo Xinguang Lighting Co., Ltd.", "sales@nb-xinguang.example", "zh-CN")
    po = PO("4500031410", sup, "toys", "USD", "2026-09-15", [
        ln(1, "LED-STR-10M-WW", "LED string light 10 m warm white", 2880, "EA", "2.35", "2026-10-30"),
        ln(2, "LED-NET-2X3", "LED net light 2x3 m", 960, "EA", "4.10", "2026-10-30")])
    irt, refs = reply_refs(po)
    body = """Sophie 您好，

感谢您的订单 4500031410，现确认如下：

1. LED灯串 10米 暖白：共120箱，每箱24条，合计2880条，单价USD 2.35，交货期2026年10月30日。
2. LED网灯 2x3米：共40箱，每箱24个，合计960个，单价USD 4.10不变。因插头认证延误，交货期推迟到11月6日。

如有问题请随时联系。

祝商祺！

王丽 Lily Wang
宁波新光照明有限公司 Ningbo Xinguang Lighting Co., Ltd.
电话：+86 574 8765 2310  手机：138 5742 0916
地址：浙江省宁波市鄞州区启明路588号""" + gq("------------------ 原始邮件 ------------------\n发件人: \"Sophie Martens\"<s.martens@kidsplanet-retail.example>;\n发送时间: 2026年9月15日(星期二) 下午4:10\n收件人: \"sales\"<sales@nb-xinguang.example>;\n主题: " + req_subject(po), po)
    m = build(addr("王丽 Lily Wang", "sales@nb-xinguang.example"), po_addr(po), D("2026-09-21", 10, 7, 8),
              "回复：" + req_subject(po), body, auto_html=True, charset="gbk", cte="base64", irt=irt, refs=refs,
              msgid="<tencent_3F1A77B0C2E94D1A8E55B6E0A1C2D3E4F508@qq.com>", mailer="foxmail")
    return [po], m, EXP_conf([conf(po, {
        1: acc(po, 1), 2: chg(960, "4.10", "2026-11-06")})],
        "Cartons x 24 give the PO piece quantities exactly; 11月6日 without year after mail 2026-09-21 = 2026-11-06.")


@case("en-us-dog-food-month-first", "confirmation/changed", "en-US",
      "US month-first dates (12/04 = Dec 4); bags; short Gmail bottom signature")
def _():
    sup = S("PRAIRIE", "Prairie Valley Pet Nutrition, Inc.", "orders@prairievalleypet.example", "en-US")
    po = PO("4500031455", sup, "pet", "USD", "2026-11-06", [
        ln(1, "DOG-ADULT-15KG", "Adult dog kibble chicken & rice, 15 kg bag", 400, "BAG", "21.40", "2026-11-30"),
        ln(2, "CAT-IND-7KG", "Indoor cat dry food, 7 kg bag", 250, "BAG", "14.95", "2026-11-30")])
    irt, refs = reply_refs(po)
    body = """Hi Lars,

Thanks for PO 4500031455. Here's where we're at:

Dog kibble 15kg - 400 bags @ $21.40, delivers to your Kolding DC 11/30 as requested.
Indoor cat 7kg - 250 bags @ $14.95, but we have a line changeover the week of Thanksgiving so this one delivers 12/04.

Both ship on 20 pallets total, 40x48 heat-treated. Let me know if you need the BOL ahead of time.

Best,
Kayla Brooks
Customer Service Rep | Prairie Valley Pet Nutrition, Inc.
1200 Industrial Pkwy, Salina, KS 67401
(785) 555-0142 ext. 31""" + gq("On Fri, Nov 6, 2026 at 3:14 AM Lars Brenner <l.brenner@pawfield-foods.example> wrote:", po)
    m = build(addr("Kayla Brooks", "kbrooks@prairievalleypet.example"), po_addr(po), D("2026-11-10", 11, 20, -6),
              "Re: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("gmail", "n008"), mailer="gmail")
    return [po], m, EXP_conf([conf(po, {1: acc(po, 1), 2: chg(250, "14.95", "2026-12-04")})],
        "en-US: 12/04 is December 4, not 12 April; 40x48 is a pallet size.")


@case("es-pienso-dos-camiones", "confirmation/split", "es-ES",
      "Spanish; tonnes given as kg with thousands dot (12.000 kg); two trucks -> schedule")
def _():
    sup = S("PEBRO", "Piensos del Ebro S.A.", "pedidos@piensosdelebro.example", "es-ES")
    po = PO("4500031490", sup, "pet", "EUR", "2026-11-12", [
        ln(1, "PIE-VAC-LAC-GR", "Dairy cattle compound feed, bulk", 24, "T", "318.00", "2026-11-25")])
    irt, refs = reply_refs(po)
    body = """Buenos días Lars,

Confirmamos su pedido 4500031490 de pienso vacuno lactación a granel, 24 t a 318,00 €/t.

Por disponibilidad de cisternas lo serviremos en dos camiones de 12.000 kg:
  - 1er camión: miércoles 25/11
  - 2º camión: miércoles 2/12

Un saludo,

Javier Lasheras
Dpto. Comercial - Piensos del Ebro S.A.
Ctra. de Logroño km 12, 50180 Utebo (Zaragoza)
Tel. 976 77 01 40 - CIF A50123456""" + ol("es", "jueves, 12 de noviembre de 2026 10:05", po)
    m = build(addr("Javier Lasheras", "jlasheras@piensosdelebro.example"), po_addr(po), D("2026-11-16", 9, 12),
              "RE: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n009", "piensosdelebro.example"), mailer="outlook", lang="es-ES")
    return [po], m, EXP_conf([conf(po, {1: chg(24, "318.00", "2026-12-02", [(12, "2026-11-25"), (12, "2026-12-02")])})],
        "12.000 kg = 12 t (PO unit T); last truck 2 December.")


@case("pt-br-racao-sacos-arredonda", "confirmation/changed", "pt-BR",
      "Brazilian Portuguese; quantity rounded up to full 15 kg bags (950 -> 960 kg); price in R$ with decimal comma")
def _():
    sup = S("NUTRIPET", "Nutripet Alimentos Ltda.", "vendas@nutripet.example", "pt-BR")
    po = PO("4500031520", sup, "pet", "BRL", "2026-11-16", [
        ln(1, "RAC-GATO-FIL", "Kitten dry food (packed in bags)", 950, "KG", "18.90", "2026-12-07"),
        ln(2, "PET-BIF-200G", "Dog treat sticks 200 g", 1200, "EA", "6.45", "2026-12-07")])
    irt, refs = reply_refs(po)
    body = """Bom dia Lars, tudo bem?

Segue a confirmação do pedido 4500031520:

Item 1 - Ração gato filhote: como só embalamos em sacos fechados de 15 kg, arredondamos para 64 sacos = 960 kg, mesmo preço R$ 18,90/kg. Entrega 07/12.
Item 2 - Bifinho 200 g: 1.200 unidades a R$ 6,45, entrega 07/12.

Qualquer dúvida estou à disposição.

Abraços,
Fernanda Oliveira
Comercial Exportação | Nutripet Alimentos Ltda.
CNPJ 12.345.678/0001-90
+55 (19) 3451-2280 | WhatsApp +55 19 99812-4471
Rod. Anhanguera km 128 - Limeira/SP""" + gq("Em seg., 16 de nov. de 2026 às 11:02, Lars Brenner <l.brenner@pawfield-foods.example> escreveu:", po)
    m = build(addr("Fernanda Oliveira", "fernanda.oliveira@nutripet.example"), po_addr(po), D("2026-11-18", 9, 47, -3),
              "Re: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("gmail", "n010"), mailer="gmail")
    return [po], m, EXP_conf([conf(po, {1: chg(960, "18.90", "2026-12-07"), 2: acc(po, 2)})],
        "Pack-size rounding stated explicitly: 64 x 15 kg = 960 kg is the committed quantity; 07/12 = 7 December.")


@case("de-at-stanzteile-ppap-jaenner", "confirmation/accepted", "de-AT",
      "Austrian German (Jänner); KW 3 = Friday; PPAP level 3 promised; price increase for NEW orders only")
def _():
    sup = S("WIMMER", "Stanztechnik Wimmer GmbH", "verkauf@stanztechnik-wimmer.example", "de-AT")
    po = PO("4500031555", sup, "auto", "EUR", "2026-11-30", [
        ln(1, "STP-88120", "Retaining plate LH, stamped", 20000, "EA", "0.4120", "2027-01-22"),
        ln(2, "STP-88121", "Retaining plate RH, stamped", 20000, "EA", "0.4120", "2027-01-22")])
    irt, refs = reply_refs(po)
    body = """Sehr geehrter Herr Wilk,

wir bestätigen Ihre Bestellung Nr. 4500031555 über je 20.000 Stk. Halteblech links/rechts zum Stückpreis von EUR 0,4120. Liefertermin KW 3/2027 wie gewünscht.

Die PPAP-Unterlagen Level 3 (PSW, Maßbericht, Werkstoffzeugnisse 3.1) erhalten Sie spätestens in KW 51.

Bitte beachten Sie: Aufgrund der gestiegenen Energiekosten erhöhen sich unsere Preise ab 1. Jänner 2027 um 3,5 %. Dies gilt für Neubestellungen ab diesem Datum; die vorliegende Bestellung ist davon nicht betroffen.

Mit freundlichen Grüßen

Ing. Martina Huber
Verkaufsinnendienst
Stanztechnik Wimmer GmbH | Industriezeile 22 | 4400 Steyr | Österreich
T +43 7252 72 118-14 | FN 184421 v, LG Steyr | UID ATU 41827705""" + ol("de", "Montag, 30. November 2026 09:02", po)
    m = build(addr("Martina Huber", "m.huber@stanztechnik-wimmer.example"), po_addr(po), D("2026-12-03", 14, 18),
              "AW: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n011", "VI1PR08MB4417.eurprd08.prod.outlook.com"), mailer="outlook", lang="de-AT")
    return [po], m, EXP_conf([conf(po, "all")],
        "KW 3/2027 = Fri 2027-01-22 = requested; +3.5% applies only to new orders, so prices stay; KW 51 is a PPAP date.")


@case("ja-daikasuto-ppap-iso2022", "confirmation/changed", "ja-JP",
      "Japanese ISO-2022-JP; keigo; date 2027年2月12日 for one line; PPAP submission date distinct from delivery")
def _():
    sup = S("HMDC", "Hamamatsu Die Casting Co., Ltd.", "eigyo@hamamatsu-dc.example", "ja-JP")
    po = PO("4500031590", sup, "auto", "JPY", "2026-12-01", [
        ln(1, "ADC12-HSG-220", "Die-cast housing ADC12", 3000, "EA", "1450", "2027-01-29"),
        ln(2, "ADC12-CVR-221", "Die-cast cover ADC12", 3000, "EA", "620", "2027-01-29")])
    irt, refs = reply_refs(po)
    body = """Kestrel Automotive
Tomasz Wilk 様

いつも大変お世話になっております。
浜松ダイカストの佐藤でございます。

ご注文書 4500031590 につきまして、下記の通りご回答申し上げます。

1. ADC12-HSG-220 ハウジング　3,000個　単価 1,450円
　 金型メンテナンスのため、納期は2027年2月12日とさせていただきたく存じます。
2. ADC12-CVR-221 カバー　3,000個　単価 620円
　 ご指定の1月29日納入で問題ございません。

なお、PPAP書類は1月15日までに提出いたします。

何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━
株式会社 浜松ダイカスト　営業部
佐藤 健一
〒435-0042 静岡県浜松市中央区篠ケ瀬町1234
TEL 053-421-7788　FAX 053-421-7789
━━━━━━━━━━━━━━━━━━""" + gq("2026/12/01 17:22、Tomasz Wilk のメール:", po)
    m = build(addr("佐藤 健一", "k.sato@hamamatsu-dc.example"), po_addr(po), D("2026-12-08", 10, 30, 9),
              "Re: " + req_subject(po), body, charset="iso-2022-jp", cte="7bit", irt=irt, refs=refs,
              msgid=mid("other", "n012", "hamamatsu-dc.example"), mailer="thunderbird")
    return [po], m, EXP_conf([conf(po, {1: chg(3000, "1450", "2027-02-12"), 2: acc(po, 2)})],
        "Japanese numerals with comma grouping; PPAP date 1月15日 is not a delivery date.")


@case("ko-inverter-shipping-only", "confirmation/changed", "ko-KR",
      "Korean UTF-8 base64; only a shipping date (선적) given, no year, applies to both lines")
def _():
    sup = S("HANBIT", "Hanbit Power Co., Ltd.", "export@hanbitpower.example", "ko-KR")
    po = PO("4500031630", sup, "solar", "USD", "2026-12-02", [
        ln(1, "INV-10K-3P", "String inverter 10 kW, 3-phase", 120, "EA", "890.00", "2027-01-15"),
        ln(2, "INV-MON-WIFI", "Wi-Fi monitoring dongle", 120, "EA", "35.00", "2027-01-15")])
    irt, refs = reply_refs(po)
    body = """Mei Lin Tan 님께,

안녕하세요. 한빛파워 해외영업팀 김민준입니다.

발주서 4500031630 잘 받았습니다. 아래와 같이 확인드립니다.

- 10kW 3상 인버터 120대, 단가 USD 890.00
- Wi-Fi 모니터링 동글 120개, 단가 USD 35.00

부품 수급 관계로 두 품목 모두 1월 20일 부산항에서 선적 예정입니다.

감사합니다.

김민준 드림
(주)한빛파워 | 해외영업팀 과장
경기도 화성시 동탄산단8길 15
T. +82-31-8015-2234 | M. +82-10-4471-9025""" + gq("2026. 12. 2. 오후 5:05, Mei Lin Tan <meilin.tan@sunharbor-energy.example> 작성:", po)
    m = build(addr("김민준", "mj.kim@hanbitpower.example"), po_addr(po), D("2026-12-09", 16, 40, 9),
              "RE: " + req_subject(po), body, auto_html=True, charset="utf-8", cte="base64", irt=irt, refs=refs,
              msgid=mid("other", "n013", "hanbitpower.example"), mailer="none")
    return [po], m, EXP_conf([conf(po, {1: chg(120, "890.00", "2027-01-20"), 2: chg(120, "35.00", "2027-01-20")})],
        "Only a ship date (선적) is given, so it is the date; 1월 20일 after a December mail = 2027-01-20.")


@case("zh-hk-solar-panels-big5-two-lots", "confirmation/split", "zh-HK",
      "Traditional Chinese Big5; two containers on different dates; month/day without year across year end")
def _():
    sup = S("HANGFAI", "Hang Fai Solar Trading Ltd.", "sales@hangfaisolar.example", "zh-HK")
    po = PO("4500031666", sup, "solar", "USD", "2026-11-20", [
        ln(1, "PV-410-MONO", "Solar panel 410 W mono PERC", 1240, "EA", "96.50", "2027-01-08")])
    irt, refs = reply_refs(po)
    body = """Mei Lin 你好,

多謝你的訂單 4500031666。

410W 單晶太陽能板 1240 片，單價 USD 96.50，確認。
由於貨櫃安排，需要分兩批出貨：
第一批 620 片，12月18日出貨；
第二批 620 片，1月15日出貨。

如有問題，請隨時聯絡。

陳家豪 Ken Chan
恆輝太陽能貿易有限公司
香港觀塘開源道 62 號 18 樓
電話: +852 2345 6781""" + gq("Mei Lin Tan <meilin.tan@sunharbor-energy.example> 於 2026年11月20日 週五 寫道：", po)
    m = build(addr("Ken Chan", "ken.chan@hangfaisolar.example"), po_addr(po), D("2026-11-27", 11, 5, 8),
              "回覆: " + req_subject(po), body, charset="big5", cte="base64", irt=irt, refs=refs,
              msgid=mid("other", "n014", "hangfaisolar.example"), mailer="outlook")
    return [po], m, EXP_conf([conf(po, {1: chg(1240, "96.50", "2027-01-15", [(620, "2026-12-18"), (620, "2027-01-15")])})],
        "Shipping dates only; 1月15日 after a November mail rolls into 2027.")


@case("en-au-racking-inline-answers", "confirmation/changed", "en-AU",
      "Inline answers under each quoted line; AU day-first dates; split and price change")
def _():
    sup = S("SXRACK", "Southern Cross Racking Pty Ltd", "sales@southerncrossracking.example", "en-AU")
    po = PO("4500031701", sup, "solar", "AUD", "2026-11-16", [
        ln(1, "RAIL-4200", "Mounting rail 4.2 m, anodised", 900, "EA", "18.40", "2026-12-11"),
        ln(2, "CLAMP-MID-35", "Mid clamp 30-40 mm", 3600, "EA", "0.95", "2026-12-11"),
        ln(3, "HOOK-TILE-SS", "Tile roof hook, stainless", 1800, "EA", "3.10", "2026-12-11")])
    irt, refs = reply_refs(po)
    tbl = fmt_table(po).split("\n")
    body = """Hi Mei Lin,

Answers inline below, cheers.

Ryan

""" + "On 16/11/2026 12:40 pm, Mei Lin Tan wrote:\n> Dear Sir or Madam,\n>\n> please confirm our purchase order 4500031701 of 2026-11-16: quantity, unit price and delivery\n> date for each line.\n>\n> " + tbl[0] + "\n> " + tbl[1] + """

Confirmed, all 900 on the 11/12.

> """ + tbl[2] + """

We can do 3,000 by 11/12, balance of 600 on the 18/12.

> """ + tbl[3] + """

Yes on qty and date but the stainless hooks have gone up, it'll be $3.25 each from here.

> Kind regards
> Mei Lin Tan

--
Ryan McAllister | Sales Manager
Southern Cross Racking Pty Ltd | ABN 51 612 300 871
Unit 4, 27 Boundary Rd, Laverton North VIC 3026
Ph 03 9314 7702 | Mob 0412 558 219
"""
    m = build(addr("Ryan McAllister", "ryan@southerncrossracking.example"), po_addr(po), D("2026-11-19", 14, 2, 11),
              "Re: " + req_subject(po), body, irt=irt, refs=refs,
              msgid=mid("apple", "n015", "southerncrossracking.example"), mailer="apple")
    return [po], m, EXP_conf([conf(po, {
        1: acc(po, 1),
        2: chg(3600, "0.95", "2026-12-18", [(3000, "2026-12-11"), (600, "2026-12-18")]),
        3: chg(1800, "3.25", "2026-12-11")})],
        "Answers are placed under each quoted table row; 11/12 is 11 December (en-AU).")


@case("tr-jant-teller-acik", "confirmation/partial", "tr-TR",
      "Turkish; two lines confirmed, spokes line left open pending sub-supplier (unconfirmed)")
def _():
    sup = S("ANAJANT", "Anadolu Jant San. ve Tic. A.Ş.", "satis@anadolujant.example", "tr-TR")
    po = PO("4500031744", sup, "bike", "EUR", "2026-12-10", [
        ln(1, "RIM-29-32H", "Alloy rim 29\" 32H, disc", 500, "EA", "11.80", "2027-02-05"),
        ln(2, "RIM-275-32H", "Alloy rim 27.5\" 32H, disc", 300, "EA", "11.20", "2027-02-05"),
        ln(3, "SPK-20-292", "Spoke 2.0 mm x 292 mm, stainless", 20000, "EA", "0.045", "2027-02-05")])
    irt, refs = reply_refs(po)
    body = """Merhaba Jonas Bey,

4500031744 numaralı siparişiniz için teşekkür ederiz.

1. ve 2. kalemleri (29" jant 500 adet 11,80 EUR, 27,5" jant 300 adet 11,20 EUR) 5 Şubat teslim olarak onaylıyoruz.

3. kalem jant teli için tedarikçimizden termin bekliyoruz, önümüzdeki hafta ayrıca bilgi vereceğiz.

Saygılarımızla,

Emre Yıldız
İhracat Sorumlusu
Anadolu Jant San. ve Tic. A.Ş.
Organize Sanayi Bölgesi 3. Cad. No:14, Bursa
Tel: +90 224 243 55 10""" + ol("tr", "10 Aralık 2026 Perşembe 10:12", po)
    m = build(addr("Emre Yıldız", "emre.yildiz@anadolujant.example"), po_addr(po), D("2026-12-15", 11, 48, 3),
              "YNT: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n016", "anadolujant.example"), mailer="outlook", lang="tr-TR")
    return [po], m, EXP_conf([conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: UNC})],
        "5 Şubat without year after a December mail = 2027-02-05 (= requested); line 3 only promised later -> unconfirmed.")


@case("vi-lop-xe-dap-etd", "confirmation/changed", "vi-VN",
      "Vietnamese; ETD (ship date) dd/mm/yyyy for both lines")
def _():
    sup = S("SGRUBBER", "Saigon Rubber Co., Ltd.", "sales@saigonrubber.example", "vi-VN")
    po = PO("4500031780", sup, "bike", "USD", "2026-12-14", [
        ln(1, "TYRE-700X32C", "Tyre 700x32C, reflective", 2000, "EA", "3.85", "2027-01-29"),
        ln(2, "TUBE-700-FV48", "Inner tube 700C, Presta 48 mm", 2000, "EA", "0.92", "2027-01-29")])
    irt, refs = reply_refs(po)
    body = """Kính gửi anh Jonas,

Công ty chúng tôi xác nhận đơn hàng số 4500031780 như sau:

- Lốp 700x32C: 2.000 cái, đơn giá 3,85 USD
- Săm 700C van Presta 48 mm: 2.000 cái, đơn giá 0,92 USD

Do nghỉ Tết Nguyên Đán, ngày xuất hàng (ETD) cho cả hai mặt hàng là ngày 05/02/2027 tại cảng Cát Lái.

Trân trọng,
Nguyễn Thị Thu Hà
Phòng Kinh doanh Xuất khẩu
Công ty TNHH Cao su Sài Gòn
Lô B4, KCN Tân Tạo, Q. Bình Tân, TP. Hồ Chí Minh
ĐT: (+84) 28 3754 1122""" + gq("Vào Th 2, 14 thg 12, 2026 lúc 15:20 Jonas Keller <j.keller@velocraft.example> đã viết:", po)
    m = build(addr("Nguyễn Thị Thu Hà", "thuha@saigonrubber.example"), po_addr(po), D("2026-12-17", 9, 5, 7),
              "Re: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("gmail", "n017"), mailer="gmail")
    return [po], m, EXP_conf([conf(po, {1: chg(2000, "3.85", "2027-02-05"), 2: chg(2000, "0.92", "2027-02-05")})],
        "Vietnamese decimal comma and thousands dot; only an ETD is given so it is the date.")


@case("id-rotan-harga-naik", "confirmation/changed", "id-ID",
      "Indonesian; ETD equals requested date; price increase on one line")
def _():
    sup = S("ROTANJ", "CV Rotan Jaya Cirebon", "export@rotanjaya.example", "id-ID")
    po = PO("4500031815", sup, "furn", "USD", "2026-12-16", [
        ln(1, "RTN-CHAIR-NAT", "Rattan dining chair, natural", 240, "EA", "38.00", "2027-02-26"),
        ln(2, "RTN-TABLE-120", "Rattan dining table 120 cm", 60, "EA", "112.00", "2027-02-26")])
    irt, refs = reply_refs(po)
    body = """Dear Ibu Katrin,

Terima kasih atas PO 4500031815. Dengan ini kami konfirmasi:

1. Kursi makan rotan natural - 240 pcs @ USD 38,00
2. Meja makan rotan 120 cm - 60 pcs, harga menjadi USD 118,00/pcs karena kenaikan harga bahan baku rotan dan kayu jati

ETD Semarang: 26 Februari 2027 untuk semua barang (1 x 40' HC).

Hormat kami,
Dewi Lestari
Marketing Export
CV Rotan Jaya Cirebon
Jl. Raya Tegalwangi No. 17, Weru, Cirebon 45154
Telp. +62 231 321 778 / WA +62 812 2044 3190""" + ol("en", "Wednesday, December 16, 2026 8:44 PM", po)
    m = build(addr("Dewi Lestari", "dewi@rotanjaya.example"), po_addr(po), D("2026-12-18", 13, 30, 7),
              "RE: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n018", "rotanjaya.example"), mailer="outlook")
    return [po], m, EXP_conf([conf(po, {1: acc(po, 1), 2: chg(60, "118.00", "2027-02-26")})],
        "ETD (ship date) equals requested; decimal comma USD 118,00.")

@case("ms-sarung-tangan-kotak-100", "confirmation/accepted", "ms-MY",
      "Malay; nitrile gloves confirmed in boxes of 100 with a per-box price that equals the PO per-piece price")
def _():
    sup = S("GLOVEMY", "Perdana Glove Sdn. Bhd.", "sales@perdanaglove.example", "ms-MY")
    po = PO("4500031850", sup, "ppe", "USD", "2026-11-23", [
        ln(1, "NIT-GLV-M-BLU", "Nitrile examination glove, size M, blue", 50000, "EA", "0.032", "2026-12-18"),
        ln(2, "NIT-GLV-L-BLU", "Nitrile examination glove, size L, blue", 30000, "EA", "0.032", "2026-12-18")])
    irt, refs = reply_refs(po)
    body = """Salam sejahtera Puan Ruth,

Merujuk kepada PO 4500031850, kami mengesahkan pesanan seperti berikut:

1) Sarung tangan nitril saiz M - 500 kotak (100 helai/kotak) @ USD 3.20/kotak
2) Sarung tangan nitril saiz L - 300 kotak (100 helai/kotak) @ USD 3.20/kotak

Tarikh penghantaran: 18 Disember 2026.

Terima kasih.

Yang benar,
Nur Aisyah binti Rahman
Eksekutif Jualan
Perdana Glove Sdn. Bhd. (201001034567)
Lot 22, Jalan Perindustrian 3, Kawasan Perindustrian Kamunting, 34600 Taiping, Perak
Tel: +605-891 2245""" + gq("On Mon, 23 Nov 2026 at 16:30, Ruth Okafor <ruth.okafor@safeforce-ppe.example> wrote:", po)
    m = build(addr("Nur Aisyah Rahman", "aisyah@perdanaglove.example"), po_addr(po), D("2026-11-25", 10, 2, 8),
              "Re: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs, msgid=mid("gmail", "n019"), mailer="gmail")
    return [po], m, EXP_conf([conf(po, "all")],
        "500 boxes x 100 = 50,000 pcs and USD 3.20/box = 0.032/pc: same as ordered, only the unit is different.")


@case("en-pk-coveralls-sizes", "confirmation/partial", "en-PK",
      "Pakistani English; workwear per size; one size reduced, XXL not available")
def _():
    sup = S("SIALWW", "Sialkot Workwear Industries (Pvt.) Ltd.", "export@sialkotworkwear.example", "en-PK")
    po = PO("4500031871", sup, "ppe", "USD", "2026-11-24", [
        ln(1, "COV-FR-NAV-M", "FR coverall navy, size M", 400, "EA", "17.50", "2027-01-15"),
        ln(2, "COV-FR-NAV-L", "FR coverall navy, size L", 500, "EA", "17.50", "2027-01-15"),
        ln(3, "COV-FR-NAV-XL", "FR coverall navy, size XL", 300, "EA", "17.50", "2027-01-15"),
        ln(4, "COV-FR-NAV-XXL", "FR coverall navy, size XXL", 100, "EA", "18.90", "2027-01-15")])
    irt, refs = reply_refs(po)
    body = """Dear Madam Ruth,

Assalam o Alaikum. Hope you are doing well.

With reference to your esteemed PO No. 4500031871 kindly note our confirmation as under:

Size M  - 400 pcs @ USD 17.50 - confirmed
Size L  - 500 pcs @ USD 17.50 - confirmed
Size XL - only 250 pcs can be produced due to FR fabric shortage, @ USD 17.50
Size XXL - we regret, not possible in this lot

Delivery for all confirmed sizes will be 15th January 2027 as per your requirement.

Kindly revert if any query.

Best Regards,
Muhammad Usman
Manager Exports
Sialkot Workwear Industries (Pvt.) Ltd.
Plot 41, Small Industrial Estate, Sialkot-51310, Pakistan
Ph: +92 52 3554 120 | Cell: +92 300 612 4478
NTN: 2217845-6""" + ol("en", "Tuesday, November 24, 2026 1:10 PM", po)
    m = build(addr("Muhammad Usman", "usman@sialkotworkwear.example"), po_addr(po), D("2026-11-27", 12, 45, 5),
              "RE: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n020", "sialkotworkwear.example"), mailer="outlook")
    return [po], m, EXP_conf([conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(250, "17.50", "2027-01-15"), 4: REJ})],
        "Sizes are separate lines; XL reduced to 250; XXL declined ('regret, not possible').")


@case("th-shuttlecock-buddhist-year", "confirmation/changed", "th-TH",
      "Thai; Buddhist-era year (2570 = 2027) in an abbreviated Thai date")
def _():
    sup = S("SIAMSHT", "Siam Shuttle Co., Ltd.", "sales@siamshuttle.example", "th-TH")
    po = PO("4500031902", sup, "sport", "EUR", "2026-12-01", [
        ln(1, "SHT-FEATH-77", "Feather shuttlecock speed 77, tube of 12", 1500, "TUB", "13.40", "2027-01-08")])
    irt, refs = reply_refs(po)
    body = """เรียน คุณ Marco

ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031902 ค่ะ

บริษัทฯ ขอยืนยันลูกขนไก่ขนห่าน สปีด 77 จำนวน 1,500 หลอด (หลอดละ 12 ลูก) ราคาหลอดละ 13.40 ยูโร
เนื่องจากขนห่านขาดตลาดช่วงปลายปี กำหนดส่งของจะเป็นวันที่ 22 ม.ค. 2570 ค่ะ

ขอแสดงความนับถือ
สุภาพร วงศ์ไทย
ฝ่ายขายต่างประเทศ
บริษัท สยามชัทเทิล จำกัด
โทร. 02-326-1189""" + gq("เมื่อ อ. 1 ธ.ค. 2569 เวลา 15:12 Marco Ferri <m.ferri@peakline-sports.example> เขียนว่า:", po)
    m = build(addr("Supaporn Wongthai", "supaporn@siamshuttle.example"), po_addr(po), D("2026-12-04", 14, 25, 7),
              "Re: " + req_subject(po), body, auto_html=True, charset="utf-8", cte="base64", irt=irt, refs=refs,
              msgid=mid("gmail", "n021"), mailer="gmail")
    return [po], m, EXP_conf([conf(po, {1: chg(1500, "13.40", "2027-01-22")})],
        "22 ม.ค. 2570 is 22 January 2027 in the Buddhist calendar (2570 - 543).")


@case("he-ibc-html-only-rtl", "confirmation/changed", "he-IL",
      "Hebrew HTML-only RTL mail; IBC of 1000 L against a PO in litres; ship date from Ashdod")
def _():
    sup = S("NIKAYON", "Nikayon Chemicals Ltd.", "sales@nikayon-chem.example", "he-IL")
    po = PO("4500032050", sup, "chem", "EUR", "2026-12-10", [
        ln(1, "ALK-DEG-IBC", "Alkaline degreaser concentrate (IBC 1000 L)", 6000, "L", "1.85", "2027-01-15")])
    irt, refs = reply_refs(po)
    html = """<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="rtl" style="font-family:Arial,sans-serif;font-size:11pt">
<p>שלום אווה,</p>
<p>אנו מאשרים את הזמנת הרכש <b>4500032050</b>:</p>
<p>6 מכלי IBC של 1,000 ליטר (סה"כ 6,000 ליטר) מסיר שומנים אלקליני מרוכז, במחיר 1.85 אירו לליטר.</p>
<p>המשלוח ייצא מנמל אשדוד ביום רביעי, 13 בינואר 2027.</p>
<p>בברכה,<br>יעל כהן<br>מחלקת יצוא | ניקיון כימיקלים בע"מ<br>רח' המלאכה 12, אזור התעשייה חולון<br>טל' 03-5567123</p>
<div dir="ltr" style="border-top:1px solid #ccc;color:#555">
<p>From: Eva Novak &lt;eva.novak@cleanpro-services.example&gt;<br>Sent: Thursday, December 10, 2026 9:30 AM<br>Subject: Purchase order 4500032050 - please confirm</p>
<pre>""" + htmlmod.escape(request_text(po)) + """</pre></div>
</body></html>
"""
    m = build(addr("יעל כהן", "yael@nikayon-chem.example"), po_addr(po), D("2026-12-14", 11, 15, 2),
              "RE: " + req_subject(po), None, html, charset="utf-8", cte="base64", irt=irt, refs=refs,
              msgid=mid("outlook", "n022", "nikayon-chem.example"), mailer="outlook", lang="he-IL")
    return [po], m, EXP_conf([conf(po, {1: chg(6000, "1.85", "2027-01-13")})],
        "HTML-only; 6 IBC x 1,000 L = 6,000 L as ordered; only the ship date (13 Jan 2027, a Wednesday) is given.")


@case("ar-drums-arabic-indic-digits", "confirmation/changed", "ar-AE",
      "Arabic with Eastern Arabic-Indic digits for quantity, price and date")
def _():
    sup = S("GULFCLEAN", "Gulf Clean Chemicals LLC", "sales@gulfclean.example", "ar-AE")
    po = PO("4500032080", sup, "chem", "USD", "2026-12-08", [
        ln(1, "CHL-DIS-200L", "Chlorinated disinfectant, 200 L drum", 40, "DR", "96.00", "2027-01-12")])
    irt, refs = reply_refs(po)
    body = """السيدة إيفا نوفاك المحترمة،

تحية طيبة وبعد،

نؤكد لكم استلام أمر الشراء رقم 4500032080 ونؤكد توريد ٤٠ برميلاً سعة ٢٠٠ لتر من المطهر المكلور بسعر ٩٦٫٠٠ دولار أمريكي للبرميل.

نظراً لازدحام الميناء، سيكون موعد التسليم ٢٠٢٧/٠١/٢٦.

وتفضلوا بقبول فائق الاحترام،
أحمد المنصوري
مدير المبيعات
شركة الخليج للكيماويات ذ.م.م
المنطقة الصناعية، الشارقة، الإمارات العربية المتحدة
هاتف: 971-6-5432178+""" + ol("en", "Tuesday, December 8, 2026 10:00 AM", po)
    m = build(addr("Ahmed Al Mansouri", "ahmed@gulfclean.example"), po_addr(po), D("2026-12-10", 9, 40, 4),
              "RE: " + req_subject(po), body, auto_html=True, charset="utf-8", cte="base64", irt=irt, refs=refs,
              msgid=mid("outlook", "n023", "gulfclean.example"), mailer="outlook", lang="ar-AE")
    return [po], m, EXP_conf([conf(po, {1: chg(40, "96.00", "2027-01-26")})],
        "٤٠ = 40, ٩٦٫٠٠ = 96.00 (Arabic decimal separator), ٢٠٢٧/٠١/٢٦ = 2027-01-26 delivery.")


@case("sv-sjukhussangar-vecka", "confirmation/accepted", "sv-SE",
      "Swedish; 'vecka 7' equals requested Friday; Thunderbird bottom-posting")
def _():
    sup = S("NORRBAD", "Norrland Vårdmöbler AB", "order@norrlandvard.example", "sv-SE")
    po = PO("4500032111", sup, "hosp", "SEK", "2026-12-11", [
        ln(1, "BED-EL-4S", "Electric hospital bed, 4-section, 90x200", 24, "EA", "18450.00", "2027-02-19"),
        ln(2, "MATT-PU-90", "Pressure-relief mattress 90x200", 24, "EA", "2980.00", "2027-02-19")])
    irt, refs = reply_refs(po)
    body = gq("Den 2026-12-11 kl. 13:07, skrev Henrik Dahl:", po).lstrip("\n") + """
Hej Henrik,

Tack för beställningen. Vi bekräftar båda raderna enligt order: 24 st sängar à 18 450,00 kr och 24 st madrasser à 2 980,00 kr, leverans vecka 7.

Med vänliga hälsningar
Elin Sundqvist
Norrland Vårdmöbler AB, Industrigatan 9, 903 27 Umeå
Tel 090-14 22 80 | Org.nr 556612-3344
"""
    m = build(addr("Elin Sundqvist", "elin.sundqvist@norrlandvard.example"), po_addr(po), D("2026-12-15", 8, 50),
              "Re: " + req_subject(po), body, charset="utf-8", cte="8bit", irt=irt, refs=refs,
              msgid=mid("other", "n024", "norrlandvard.example"), mailer="thunderbird")
    return [po], m, EXP_conf([conf(po, "all")],
        "Bottom-posted answer; 'vecka 7' = Fri 2027-02-19 = requested; Swedish thousands space '18 450,00'.")


@case("da-sengeborde-raavaretillaeg", "confirmation/changed", "da-DK",
      "Danish; +3,5 % raw-material surcharge on all lines (percentage of PO price)")
def _():
    sup = S("JYSKSTAL", "Jysk Stålmøbler A/S", "ordre@jyskstaal.example", "da-DK")
    po = PO("4500032140", sup, "hosp", "DKK", "2026-12-14", [
        ln(1, "BST-ST-45", "Bedside cabinet, steel, 45 cm", 60, "EA", "1840.00", "2027-01-29"),
        ln(2, "OBT-ADJ-80", "Over-bed table, height adjustable", 60, "EA", "1220.00", "2027-01-29")])
    irt, refs = reply_refs(po)
    body = """Hej Henrik

Tak for ordren. Vi bekræfter ordre 4500032140 med levering fredag den 29. januar 2027, antal som bestilt.

Pga. stigende stålpriser tillægges et råvaretillæg på 3,5 % på begge linjer.

Venlig hilsen

Mette Kjær
Salgsassistent
Jysk Stålmøbler A/S · Industrivej 40 · 7330 Brande
Tlf. +45 97 18 44 20 · CVR 28 14 55 90""" + ol("da", "14. december 2026 10:22", po)
    m = build(addr("Mette Kjær", "mk@jyskstaal.example"), po_addr(po), D("2026-12-16", 13, 5),
              "SV: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n025", "jyskstaal.example"), mailer="outlook", lang="da-DK")
    return [po], m, EXP_conf([conf(po, {1: chg(60, "1904.40", "2027-01-29"), 2: chg(60, "1262.70", "2027-01-29")})],
        "3.5% on 1840.00 = 1904.40 and on 1220.00 = 1262.70; dates and quantities as ordered.")


@case("nb-ski-delt-levering", "confirmation/split", "nb-NO",
      "Norwegian Bokmål; skis split across two deliveries, boots accepted")
def _():
    sup = S("FJELLSKI", "Fjellski AS", "ordre@fjellski.example", "nb-NO")
    po = PO("4500032166", sup, "sport", "EUR", "2026-10-19", [
        ln(1, "XC-SKI-CLS-190", "Cross-country ski classic, 190 cm", 300, "PR", "89.00", "2026-11-20"),
        ln(2, "XC-BOOT-CLS", "Cross-country boot classic, mixed sizes", 300, "PR", "64.00", "2026-11-20")])
    irt, refs = reply_refs(po)
    body = """Hei Marco,

Takk for bestillingen. Vi bekrefter ordre 4500032166:

Ski klassisk 190 cm: 200 par leveres 20. november, resterende 100 par 4. desember. Pris 89,00 EUR/par.
Støvler klassisk: 300 par 20. november, 64,00 EUR/par.

Med vennlig hilsen
Ola Haugen
Fjellski AS | Lillehammer
Tlf. +47 61 25 44 90 | Org.nr. 912 345 678 MVA""" + gq("man. 19. okt. 2026 kl. 10:14 skrev Marco Ferri <m.ferri@peakline-sports.example>:", po)
    m = build(addr("Ola Haugen", "ola@fjellski.example"), po_addr(po), D("2026-10-21", 15, 30),
              "Sv: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs, msgid=mid("gmail", "n026"), mailer="gmail")
    return [po], m, EXP_conf([conf(po, {1: chg(300, "89.00", "2026-12-04", [(200, "2026-11-20"), (100, "2026-12-04")]),
                                        2: acc(po, 2)})],
        "Split 200 + 100 pairs; last date 4 December.")


@case("fi-salibandy-viikko-hylatty", "confirmation/partial", "fi-FI",
      "Finnish; delivery 'viikolla 9'; one line declined (product discontinued)")
def _():
    sup = S("SALIMAILA", "Salimaila Oy", "myynti@salimaila.example", "fi-FI")
    po = PO("4500032190", sup, "sport", "EUR", "2027-01-11", [
        ln(1, "FB-STICK-96", "Floorball stick 96 cm", 400, "EA", "21.50", "2027-02-26"),
        ln(2, "FB-BALL-OFF", "Floorball match ball, box of 10", 120, "BX", "14.20", "2027-02-26"),
        ln(3, "FB-GOAL-KIDS", "Floorball goal, junior", 20, "EA", "86.00", "2027-02-26")])
    irt, refs = reply_refs(po)
    body = """Hei Marco,

kiitos tilauksesta 4500032190. Vahvistamme:

- mailat 96 cm, 400 kpl à 21,50 €, toimitus viikolla 9
- ottelupallot, 120 ltk à 14,20 €, toimitus viikolla 9
- junioreiden maali: valitettavasti tuote on poistunut valikoimasta, emme voi toimittaa.

Ystävällisin terveisin
Jussi Virtanen
Salimaila Oy, Tehtaankatu 5, 40320 Jyväskylä
puh. 040 552 1873 | Y-tunnus 2345678-9""" + ol("fi", "maanantai 11. tammikuuta 2027 9.05", po)
    m = build(addr("Jussi Virtanen", "jussi.virtanen@salimaila.example"), po_addr(po), D("2027-01-13", 10, 20, 2),
              "VS: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n027", "salimaila.example"), mailer="outlook", lang="fi-FI")
    return [po], m, EXP_conf([conf(po, {1: chg(400, "21.50", "2027-03-05"), 2: chg(120, "14.20", "2027-03-05"), 3: REJ})],
        "viikko 9 of 2027 = Fri 2027-03-05, one week after requested 02-26.")


@case("hu-dugo-ezer-darab", "confirmation/changed", "hu-HU",
      "Hungarian; corks priced per 1000 (PO UoM = thousand); Hungarian date format '2027. január 12.'")
def _():
    sup = S("TOKAJDUGO", "Tokaj Dugó Kft.", "rendeles@tokajdugo.example", "hu-HU")
    po = PO("4500032210", sup, "wine", "EUR", "2026-11-30", [
        ln(1, "CORK-TECH-44", "Technical cork 44x24 mm", 150, "TH", "48.50", "2026-12-22"),
        ln(2, "CORK-TOP-SYN", "Synthetic bar-top stopper", 40, "TH", "112.00", "2026-12-22")])
    irt, refs = reply_refs(po)
    body = """Tisztelt Dubois Asszony!

Köszönjük a 4500032210 számú megrendelést. Visszaigazoljuk:

1. Technikai dugó 44x24 mm: 150 000 db, 48,50 EUR / 1000 db
2. Szintetikus fejes dugó: 40 000 db, 112,00 EUR / 1000 db

Az ünnepek miatt a szállítás mindkét tételre 2027. január 12-én történik.

Üdvözlettel:
Kovács Zsófia
értékesítési asszisztens
Tokaj Dugó Kft. | 3910 Tokaj, Bajcsy-Zs. u. 41.
Tel.: +36 47 552 310 | Adószám: 12345678-2-05""" + ol("hu", "2026. november 30., hétfő 14:40", po)
    m = build(addr("Kovács Zsófia", "kovacs.zsofia@tokajdugo.example"), po_addr(po), D("2026-12-02", 9, 10),
              "VS: " + req_subject(po), body, charset="iso-8859-2", auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n028", "tokajdugo.example"), mailer="outlook", lang="hu-HU")
    return [po], m, EXP_conf([conf(po, {1: chg(150, "48.50", "2027-01-12"), 2: chg(40, "112.00", "2027-01-12")})],
        "150 000 db = 150 thousand (PO UoM TH); price per 1000 equals PO; only the date moved.")


@case("pt-pt-rolhas-milheiro-duas-entregas", "confirmation/split", "pt-PT",
      "European Portuguese; natural corks per milheiro; 200.000 + 100.000 in two deliveries")
def _():
    sup = S("CORTICAS", "Corticeira do Montado, Lda.", "encomendas@corticeiramontado.example", "pt-PT")
    po = PO("4500032233", sup, "wine", "EUR", "2026-11-23", [
        ln(1, "CORK-NAT-45", "Natural cork stopper 45x24 mm, grade extra", 300, "TH", "265.00", "2027-01-15")])
    irt, refs = reply_refs(po)
    body = """Exma. Sra. Claire Dubois,

Agradecemos a V/ encomenda n.º 4500032233.

Confirmamos 300.000 rolhas naturais 45x24 mm, qualidade extra, ao preço de 265,00 € o milheiro, com as seguintes entregas:
- 200.000 rolhas a 15 de janeiro de 2027
- 100.000 rolhas a 29 de janeiro de 2027

Com os melhores cumprimentos,
Rui Pereira
Dep. Comercial
Corticeira do Montado, Lda. – Rua da Cortiça, 88 – 4535-112 Santa Maria de Lamas
Tel.: +351 227 470 112 – NIF 503 112 908""" + ol("pt", "segunda-feira, 23 de novembro de 2026 16:00", po)
    m = build(addr("Rui Pereira", "rui.pereira@corticeiramontado.example"), po_addr(po), D("2026-11-26", 11, 0, 0),
              "RE: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n029", "corticeiramontado.example"), mailer="outlook", lang="pt-PT")
    return [po], m, EXP_conf([conf(po, {1: chg(300, "265.00", "2027-01-29", [(200, "2027-01-15"), (100, "2027-01-29")])})],
        "Quantities in single corks (300.000) vs PO unit TH (thousand); schedule expressed in thousands.")


@case("ro-sticle-pret-la-mie", "confirmation/changed", "ro-RO",
      "Romanian; glass bottles, price per 1000 with thousands dot and decimal comma; quantity rounded to full pallets")
def _():
    sup = S("VITROMURES", "Vitrometal Mureș S.R.L.", "vanzari@vitromures.example", "ro-RO")
    po = PO("4500032255", sup, "wine", "EUR", "2026-11-25", [
        ln(1, "BTL-BORD-750", "Bordeaux bottle 750 ml, antique green", 50000, "EA", "0.212", "2026-12-16")])
    irt, refs = reply_refs(po)
    body = """Bună ziua, doamna Dubois,

Vă confirmăm comanda nr. 4500032255 pentru sticle Bordeaux 750 ml verde antic.

Livrăm doar paleți compleți de 1.456 buc., deci cantitatea confirmată este 50.960 buc. (35 paleți), la prețul de 212,00 EUR / 1.000 buc. Termen de livrare: 16.12.2026.

Cu stimă,
Andreea Pop
Departament Vânzări
Vitrometal Mureș S.R.L.
Str. Gării nr. 21, 540081 Târgu Mureș
Tel.: +40 265 210 774 | CUI RO 1234567 | J26/412/1998""" + ol("ro", "miercuri, 25 noiembrie 2026 10:30", po)
    m = build(addr("Andreea Pop", "andreea.pop@vitromures.example"), po_addr(po), D("2026-11-27", 12, 0, 2),
              "RE: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n030", "vitromures.example"), mailer="outlook", lang="ro-RO")
    return [po], m, EXP_conf([conf(po, {1: chg(50960, "0.212", "2026-12-16")})],
        "35 pallets x 1,456 = 50,960 pcs; 212,00 EUR per 1,000 = 0.212 per piece (PO price); J26/412/1998 is a registry number.")


@case("sk-ibc-piatok-bez-roku", "confirmation/changed", "sk-SK",
      "Slovak; IBC vs litres; 'v piatok 8. 1.' without year after a December mail")
def _():
    sup = S("CHEMSK", "ChemServis Slovakia s.r.o.", "objednavky@chemservis.example", "sk-SK")
    po = PO("4500032277", sup, "chem", "EUR", "2026-12-15", [
        ln(1, "FLR-CLN-NEU", "Neutral floor cleaner concentrate", 4000, "L", "1.12", "2026-12-30"),
        ln(2, "SAN-ACID-20", "Acidic sanitary cleaner, 20 L canister", 80, "EA", "31.40", "2026-12-30")])
    irt, refs = reply_refs(po)
    body = """Dobrý deň pani Nováková,

potvrdzujeme objednávku 4500032277:

1. neutrálny čistič podláh – 4 ks IBC po 1 000 l (spolu 4 000 l), 1,12 EUR/l
2. kyslý sanitárny čistič – 80 kanistrov po 20 l, 31,40 EUR/ks

Kvôli inventúre vieme dodať až v piatok 8. 1.

S pozdravom
Martin Baláž
obchodné oddelenie
ChemServis Slovakia s.r.o., Priemyselná 7, 917 01 Trnava
tel.: +421 33 551 20 14 | IČO: 36 241 877""" + ol("sk", "utorok 15. decembra 2026 11:02", po)
    m = build(addr("Martin Baláž", "balaz@chemservis.example"), po_addr(po), D("2026-12-17", 9, 30),
              "RE: " + req_subject(po), body, charset="windows-1250", auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n031", "chemservis.example"), mailer="outlook", lang="sk-SK")
    return [po], m, EXP_conf([conf(po, {1: chg(4000, "1.12", "2027-01-08"), 2: chg(80, "31.40", "2027-01-08")})],
        "'piatok 8. 1.' = Friday 2027-01-08 (next 8 January after the mail); 4 IBC x 1 000 l = 4 000 l.")


@case("hr-okviri-kreveta-prihvaceno", "confirmation/accepted", "hr-HR",
      "Croatian; date with trailing dot '15.1.2027.'; PO number written with spaces")
def _():
    sup = S("DRVOSLAV", "Drvoslav d.o.o.", "prodaja@drvoslav.example", "hr-HR")
    po = PO("4500032301", sup, "furn", "EUR", "2026-12-09", [
        ln(1, "BED-OAK-160", "Bed frame solid oak 160x200", 40, "EA", "214.00", "2027-01-15"),
        ln(2, "BED-OAK-90", "Bed frame solid oak 90x200", 60, "EA", "158.00", "2027-01-15")])
    irt, refs = reply_refs(po)
    body = """Poštovana gospođo Vogel,

potvrđujemo narudžbu br. 4500 0323 01 u cijelosti:
- okvir kreveta hrast 160x200, 40 kom, 214,00 EUR/kom
- okvir kreveta hrast 90x200, 60 kom, 158,00 EUR/kom
Isporuka: 15.1.2027.

Lijep pozdrav,
Ivana Horvat
Drvoslav d.o.o. | Vukovarska 118, 31000 Osijek
Tel. +385 31 284 611 | OIB 12345678901""" + ol("hr", "srijeda, 9. prosinca 2026. 14:15", po)
    m = build(addr("Ivana Horvat", "ivana.horvat@drvoslav.example"), po_addr(po), D("2026-12-11", 8, 10),
              "Odg: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n032", "drvoslav.example"), mailer="outlook", lang="hr-HR")
    return [po], m, EXP_conf([conf(po, "all")],
        "PO number split by spaces; OIB is an 11-digit tax number.")


@case("sr-cyrl-sojina-sacma-cena", "confirmation/changed", "sr-RS",
      "Serbian Cyrillic; soybean meal in tonnes, new price per tonne")
def _():
    sup = S("BACKAFEED", "Бачка Фид д.о.о.", "prodaja@backafeed.example", "sr-RS")
    po = PO("4500032322", sup, "pet", "EUR", "2026-11-30", [
        ln(1, "SOY-MEAL-46", "Soybean meal 46% protein", 50, "T", "398.00", "2026-12-14")])
    irt, refs = reply_refs(po)
    body = """Поштовани господине Бренер,

Потврђујемо поруџбину бр. 4500032322: 50 т сојине сачме 46% протеина, испорука 14.12.2026.

Због раста цене соје на берзи, цена је 412,00 EUR/т уместо 398,00 EUR/т.

Срдачан поздрав,
Милан Петровић
Комерцијала, Бачка Фид д.о.о.
Индустријска зона бб, 21400 Бачка Паланка
Тел: +381 21 604 2210 | ПИБ 101234567""" + ol("en", "Monday, November 30, 2026 2:00 PM", po)
    m = build(addr("Милан Петровић", "milan.petrovic@backafeed.example"), po_addr(po), D("2026-12-02", 10, 5),
              "RE: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n033", "backafeed.example"), mailer="outlook", lang="sr-Cyrl-RS")
    return [po], m, EXP_conf([conf(po, {1: chg(50, "412.00", "2026-12-14")})],
        "Cyrillic text; 46% is a product spec, not a surcharge.")


@case("bg-butilki-dve-partidi", "confirmation/split", "bg-BG",
      "Bulgarian; spirits bottles in two lots; second line accepted")
def _():
    sup = S("STAKLO", "Стъкларски завод Дружба АД", "sales@druzhba-glass.example", "bg-BG")
    po = PO("4500032344", sup, "wine", "EUR", "2026-11-24", [
        ln(1, "BTL-SPR-700-FL", "Spirits flask bottle 700 ml, flint", 30000, "EA", "0.295", "2026-12-18"),
        ln(2, "BTL-SPR-500-FL", "Spirits bottle 500 ml, flint", 12000, "EA", "0.248", "2026-12-18")])
    irt, refs = reply_refs(po)
    body = """Здравейте, г-жо Дюбоа,

Потвърждаваме поръчка № 4500032344:

1. Бутилка 700 мл, флинт – 30 000 бр. по 0,295 EUR: 18 000 бр. на 18.12.2026 и 12 000 бр. на 08.01.2027.
2. Бутилка 500 мл, флинт – 12 000 бр. по 0,248 EUR, доставка 18.12.2026.

Поздрави,
Десислава Иванова
Търговски отдел
Стъкларски завод Дружба АД, гр. София, бул. Ботевградско шосе 245
тел.: +359 2 945 3310""" + ol("en", "Tuesday, November 24, 2026 11:00 AM", po)
    m = build(addr("Десислава Иванова", "d.ivanova@druzhba-glass.example"), po_addr(po), D("2026-11-27", 14, 15, 2),
              "RE: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n034", "druzhba-glass.example"), mailer="outlook", lang="bg-BG")
    return [po], m, EXP_conf([conf(po, {1: chg(30000, "0.295", "2027-01-08", [(18000, "2026-12-18"), (12000, "2027-01-08")]),
                                        2: acc(po, 2)})],
        "Space as thousands separator (30 000); split delivery into January.")


@case("el-kapsoules-ianouariou", "confirmation/changed", "el-GR",
      "Greek; wine capsules per 1000; Greek month name in genitive without year")
def _():
    sup = S("KAPSA", "Kapsa Packaging A.E.", "sales@kapsa-pack.example", "el-GR")
    po = PO("4500032366", sup, "wine", "EUR", "2026-12-01", [
        ln(1, "CAP-PVC-BRD", "PVC wine capsule, bordeaux, 29x55", 80, "TH", "14.60", "2026-12-23")])
    irt, refs = reply_refs(po)
    body = """Αγαπητή κα Dubois,

Επιβεβαιώνουμε την παραγγελία σας 4500032366: 80.000 καψύλλια PVC μπορντό 29x55, τιμή 14,60 € ανά 1.000 τεμ.

Η παράδοση θα γίνει στις 12 Ιανουαρίου, λόγω των εορτών.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων | Kapsa Packaging A.E.
ΒΙ.ΠΕ. Σίνδου, 57022 Θεσσαλονίκη
Τηλ. +30 2310 797 420""" + ol("en", "Tuesday, December 1, 2026 9:15 AM", po)
    m = build(addr("Γιώργος Παπαδόπουλος", "g.papadopoulos@kapsa-pack.example"), po_addr(po), D("2026-12-03", 12, 40, 2),
              "RE: " + req_subject(po), body, auto_html=True, charset="iso-8859-7", irt=irt, refs=refs,
              msgid=mid("outlook", "n035", "kapsa-pack.example"), mailer="outlook", lang="el-GR")
    return [po], m, EXP_conf([conf(po, {1: chg(80, "14.60", "2027-01-12")})],
        "80.000 pcs = 80 thousand; 12 Ιανουαρίου after a December mail = 2027-01-12.")


@case("lt-kedes-dalinai-atmesta", "confirmation/partial", "lt-LT",
      "Lithuanian; one chair model accepted, one declined, one with later date; missing diacritics (phone)")
def _():
    sup = S("BALDAI", "UAB Medžio baldai", "uzsakymai@medziobaldai.example", "lt-LT")
    po = PO("4500032388", sup, "furn", "EUR", "2026-12-07", [
        ln(1, "CHR-BEECH-NAT", "Beech chair, natural lacquer", 120, "EA", "46.00", "2027-01-22"),
        ln(2, "CHR-BEECH-WAL", "Beech chair, walnut stain", 80, "EA", "48.50", "2027-01-22"),
        ln(3, "STL-BAR-65", "Bar stool 65 cm, beech", 40, "EA", "59.00", "2027-01-22")])
    irt, refs = reply_refs(po)
    body = """Laba diena,

patvirtinam uzsakyma 4500032388:
1 poz. - 120 vnt, 46,00 EUR, pristatymas 2027-01-22
2 poz. - riesuto spalvos kedziu negalime pagaminti, atsisakome
3 poz. - 40 vnt, 59,00 EUR, pristatymas 2027-02-05

Pagarbiai
Tomas Kazlauskas
UAB Medzio baldai

Siųsta iš mano iPhone""" + gq("2026-12-07, 11:20, Katrin Vogel <k.vogel@hollmann-moebel.example> rašė:", po)
    m = build(addr("Tomas Kazlauskas", "tomas@medziobaldai.example"), po_addr(po), D("2026-12-09", 18, 2, 2),
              "Re: " + req_subject(po), body, charset="utf-8", irt=irt, refs=refs,
              msgid=mid("apple", "n036", "medziobaldai.example"), mailer="iphone")
    return [po], m, EXP_conf([conf(po, {1: acc(po, 1), 2: REJ, 3: chg(40, "59.00", "2027-02-05")})],
        "Phone reply without diacritics; 'atsisakome' (we decline) for the walnut chairs.")

@case("is-fiskimjol-tvaer-sendingar", "confirmation/split", "is-IS",
      "Icelandic; fish meal in tonnes shipped on two vessels; Icelandic thousands dot / decimal comma")
def _():
    sup = S("FISKMJ", "Fiskimjölsverksmiðjan Eyri hf.", "sala@eyri-fiskimjol.example", "is-IS")
    po = PO("4500032400", sup, "pet", "EUR", "2026-12-07", [
        ln(1, "FISHMEAL-LT70", "Fish meal LT 70% protein, big bags", 60, "T", "1680.00", "2027-01-08")])
    irt, refs = reply_refs(po)
    body = """Sæll Lars,

Takk fyrir pöntunina. Við staðfestum pöntun nr. 4500032400, 60 tonn af fiskimjöli LT 70%, verð 1.680,00 EUR/tonn.

Afhending:
- 40 tonn með skipi 8. janúar 2027
- 20 tonn með næsta skipi, 22. janúar 2027

Kær kveðja,
Guðrún Sigurðardóttir
Sölustjóri | Fiskimjölsverksmiðjan Eyri hf.
Hafnargata 4, 735 Eskifjörður
Sími 470 6200 | kt. 540269-1234""" + gq("Þann mán. 7. des. 2026 kl. 09:40 skrifaði Lars Brenner <l.brenner@pawfield-foods.example>:", po)
    m = build(addr("Guðrún Sigurðardóttir", "gudrun@eyri-fiskimjol.example"), po_addr(po), D("2026-12-10", 13, 0, 0),
              "Sv: " + req_subject(po), body, auto_html=True, charset="iso-8859-1", irt=irt, refs=refs,
              msgid=mid("gmail", "n037"), mailer="gmail")
    return [po], m, EXP_conf([conf(po, {1: chg(60, "1680.00", "2027-01-22", [(40, "2027-01-08"), (20, "2027-01-22")])})],
        "Second vessel on 22 January; kt. number in signature is an ID, not a date.")


@case("nl-be-vaten-dinsdag-week3", "confirmation/changed", "nl-BE",
      "Flemish; drums of 200 L; 'dinsdag van week 3' = Tuesday of ISO week 3 (a day named wins over Friday)")
def _():
    sup = S("SCHELDE", "Scheldechemie NV", "orders@scheldechemie.example", "nl-BE")
    po = PO("4500032422", sup, "chem", "EUR", "2026-12-18", [
        ln(1, "DEGR-IND-200", "Industrial degreaser, 200 L drum", 12, "DR", "268.00", "2027-01-15"),
        ln(2, "GLASS-CLN-200", "Glass cleaner concentrate, 200 L drum", 6, "DR", "188.00", "2027-01-15")])
    irt, refs = reply_refs(po)
    body = """Dag Eva,

Bedankt voor uw bestelling 4500032422. Wij bevestigen 12 vaten ontvetter à € 268,00 en 6 vaten glasreiniger à € 188,00.

Door de eindejaarssluiting (24/12 t.e.m. 3/01) kunnen wij pas leveren op dinsdag van week 3.

Met vriendelijke groeten,
Pieter Janssens
Customer Service
Scheldechemie NV – Haven 1520, Industrieweg 12 – 2030 Antwerpen
T +32 3 544 18 70 – BTW BE 0412.345.678
Dit bericht is vertrouwelijk. Indien u niet de bestemmeling bent, gelieve het te verwijderen.""" + ol("nl", "vrijdag 18 december 2026 10:14", po)
    m = build(addr("Pieter Janssens", "pieter.janssens@scheldechemie.example"), po_addr(po), D("2026-12-21", 9, 12),
              "RE: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n038", "scheldechemie.example"), mailer="outlook", lang="nl-BE")
    return [po], m, EXP_conf([conf(po, {1: chg(12, "268.00", "2027-01-19"), 2: chg(6, "188.00", "2027-01-19")})],
        "Week 3/2027 Tuesday = 2027-01-19; closing dates 24/12-3/01 are not deliveries.")


@case("es-co-botas-segundo-recordatorio", "confirmation/changed", "es-CO",
      "Colombian Spanish; answer to the second reminder; boots per size; USD with decimal comma")
def _():
    sup = S("CAUCHOCOL", "Calzado Industrial Caucho Andino S.A.S.", "ventas@cauchoandino.example", "es-CO")
    po = PO("4500032444", sup, "ppe", "USD", "2026-11-30", [
        ln(1, "BOOT-PVC-40", "PVC safety boot S5, size 40", 300, "PR", "9.80", "2027-01-22"),
        ln(2, "BOOT-PVC-42", "PVC safety boot S5, size 42", 400, "PR", "9.80", "2027-01-22"),
        ln(3, "BOOT-PVC-44", "PVC safety boot S5, size 44", 300, "PR", "9.80", "2027-01-22")], req=1)
    irt, refs = reply_refs(po, reminder=2)
    body = """Buenas tardes Ruth,

Mil disculpas por la demora en responder, estuvimos en cierre de inventario.

Le confirmamos la orden 4500032444:
- Talla 40: 300 pares a USD 9,80, despacho 22 de enero
- Talla 42: 400 pares a USD 9,80, despacho 22 de enero
- Talla 44: 300 pares a USD 9,80, pero esta talla sale el 5 de febrero por disponibilidad de horma

Quedamos atentos.

Cordialmente,

Carolina Restrepo
Ejecutiva de Cuenta Internacional
Calzado Industrial Caucho Andino S.A.S. | NIT 900.123.456-7
Cra. 50 # 12 Sur - 30, Itagüí, Antioquia
Cel. +57 310 455 2211""" + ol("es", "miércoles, 16 de diciembre de 2026 8:00", po, reminder=2)
    m = build(addr("Carolina Restrepo", "carolina.restrepo@cauchoandino.example"), po_addr(po), D("2026-12-17", 15, 40, -5),
              "RE: " + req_subject(po, 2), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n039", "cauchoandino.example"), mailer="outlook", lang="es-CO")
    return [po], m, EXP_conf([conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(300, "9.80", "2027-02-05")})],
        "Reply to reminder 2 (In-Reply-To is the reminder, References carries the thread); despacho = ship date.")


@case("es-pe-tela-alpaca-metros", "confirmation/changed", "es-PE",
      "Peruvian Spanish; alpaca upholstery fabric in metres; end of lot -> fewer metres")
def _():
    sup = S("ALPAPERU", "Textiles Andinos Alpaca S.A.C.", "ventas@textilesandinos.example", "es-PE")
    po = PO("4500032466", sup, "furn", "USD", "2026-12-14", [
        ln(1, "FAB-ALP-BOUCLE", "Alpaca bouclé upholstery fabric, ivory, 140 cm", 450, "M", "38.50", "2027-01-29"),
        ln(2, "FAB-ALP-PLAIN", "Alpaca plain weave, charcoal, 140 cm", 300, "M", "34.00", "2027-01-29")])
    irt, refs = reply_refs(po)
    body = """Estimada Katrin:

Reciba un cordial saludo desde Arequipa.

Le confirmamos su orden de compra 4500032466:

1. Bouclé de alpaca marfil: del lote actual solo disponemos de 420 metros, a USD 38.50 el metro. No podemos completar los 450 m con otro lote por diferencia de tono.
2. Tejido plano carbón: 300 metros a USD 34.00 el metro.

Ambos artículos saldrán el viernes 29 de enero.

Atentamente,
Rosa Quispe Mamani
Jefa de Exportaciones
Textiles Andinos Alpaca S.A.C. – RUC 20456789123
Av. Parra 224, Cercado, Arequipa – Perú
Telf. (054) 22-4471""" + gq("El lun, 14 dic 2026 a las 10:05, Katrin Vogel (<k.vogel@hollmann-moebel.example>) escribió:", po)
    m = build(addr("Rosa Quispe", "rquispe@textilesandinos.example"), po_addr(po), D("2026-12-16", 17, 22, -5),
              "Re: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs, msgid=mid("gmail", "n040"), mailer="gmail")
    return [po], m, EXP_conf([conf(po, {1: chg(420, "38.50", "2027-01-29"), 2: acc(po, 2)})],
        "es-PE uses decimal point for USD; 'saldrán' = ship date equals requested.")


@case("en-gb-third-reminder-apology", "confirmation/changed", "en-GB",
      "British English reply to the third reminder; delivery moved; ordinal dates")
def _():
    sup = S("PENNINE", "Pennine Upholstery Supplies Ltd", "sales@pennineupholstery.example", "en-GB")
    po = PO("4500032488", sup, "furn", "GBP", "2026-11-09", [
        ln(1, "WEB-ELAS-50", "Elastic webbing 50 mm, roll of 50 m", 80, "ROL", "21.60", "2026-12-11"),
        ln(2, "WAD-POLY-200", "Polyester wadding 200 g/m2, roll", 40, "ROL", "36.20", "2026-12-11")])
    irt, refs = reply_refs(po, reminder=3)
    body = """Hi Katrin,

Apologies for the radio silence on this one - our sales office has been short-staffed and your reminders slipped through.

I can confirm PO 4500032488 in full at the ordered prices (£21.60 and £36.20 per roll). Unfortunately we've missed your date: both lines will be delivered on Thursday 17th December.

Sorry again for the hassle.

Kind regards,
Gareth Holmes
Sales Office | Pennine Upholstery Supplies Ltd
Unit 7, Calder Trading Estate, Huddersfield HD2 1YF
T: 01484 555 210 | Registered in England & Wales No. 04412873 | VAT GB 812 4471 20""" + ol("en", "Monday, December 7, 2026 8:30 AM", po, reminder=3)
    m = build(addr("Gareth Holmes", "gareth@pennineupholstery.example"), po_addr(po), D("2026-12-08", 16, 45, 0),
              "RE: " + req_subject(po, 3), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n041", "LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM"), mailer="outlook", lang="en-GB")
    return [po], m, EXP_conf([conf(po, {1: chg(80, "21.60", "2026-12-17"), 2: chg(40, "36.20", "2026-12-17")})],
        "Third reminder thread; 'Thursday 17th December' = 2026-12-17.")


@case("en-ca-hospital-beds-backorder", "confirmation/partial", "en-CA",
      "Canadian English with bilingual EN/FR signature; one line backordered without date (unconfirmed)")
def _():
    sup = S("LAURENT", "Laurentian Care Furniture Inc.", "orders@laurentiancare.example", "en-CA")
    po = PO("4500032500", sup, "hosp", "CAD", "2026-12-04", [
        ln(1, "BED-LTC-LOW", "Long-term care low bed, electric", 16, "EA", "2840.00", "2027-01-29"),
        ln(2, "RAIL-HALF-LTC", "Half-length assist rail", 32, "EA", "189.00", "2027-01-29"),
        ln(3, "TBL-OB-TILT", "Over-bed table, tilt top", 16, "EA", "312.00", "2027-01-29")])
    irt, refs = reply_refs(po)
    body = """Good morning Henrik,

Thank you for PO 4500032500. Confirming the following:

- Low beds (16): confirmed at $2,840.00 CAD, delivery January 29, 2027
- Over-bed tables (16): confirmed at $312.00, same delivery

The half-length assist rails are currently backordered from our supplier in Ontario. I'll advise a ship date as soon as I have one.

Best regards / Cordialement,

Isabelle Gagnon
Customer Service Representative / Représentante, service à la clientèle
Laurentian Care Furniture Inc. / Mobilier de soins Laurentien inc.
2450 boul. Industriel, Laval (Québec) H7S 2A5
T 450-555-0198 | Toll free 1-888-555-0144""" + ol("en", "Friday, December 4, 2026 4:10 AM", po)
    m = build(addr("Isabelle Gagnon", "igagnon@laurentiancare.example"), po_addr(po), D("2026-12-07", 9, 5, -5),
              "RE: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n042", "laurentiancare.example"), mailer="outlook", lang="en-CA")
    return [po], m, EXP_conf([conf(po, {1: acc(po, 1), 2: UNC, 3: acc(po, 3)})],
        "Backordered line without a commitment is unconfirmed, not rejected.")


@case("en-ph-parol-cartons-roundup", "confirmation/changed", "en-PH",
      "Philippine English; Christmas lanterns packed 12 per carton, rounded up to full cartons; ETD Manila")
def _():
    sup = S("PAROLPH", "Pampanga Parol Crafts Export Corp.", "export@pampangaparol.example", "en-PH")
    po = PO("4500032520", sup, "toys", "USD", "2026-10-05", [
        ln(1, "PAROL-CAPIZ-60", "Capiz shell lantern 60 cm with LED", 500, "EA", "14.20", "2026-11-06"),
        ln(2, "PAROL-BAMB-40", "Bamboo star lantern 40 cm", 360, "EA", "6.80", "2026-11-06")])
    irt, refs = reply_refs(po)
    body = """Good day Ma'am Sophie!

Thank you po for your PO 4500032520. Please see our confirmation:

1) Capiz parol 60cm - packing is 12 pcs per master carton, so we will ship 42 cartons = 504 pcs @ USD 14.20
2) Bamboo star 40cm - 30 cartons x 12 = 360 pcs @ USD 6.80

ETD Manila: November 6, 2026, 1x20' container.

Hoping for your kind consideration. Maraming salamat po!

Regards,
Maricel Dizon
Export Coordinator
Pampanga Parol Crafts Export Corp.
San Fernando, Pampanga 2000, Philippines
Tel. (045) 961-2204 / Mobile 0917 812 4456""" + gq("On Mon, Oct 5, 2026, 4:22 PM Sophie Martens <s.martens@kidsplanet-retail.example> wrote:", po)
    m = build(addr("Maricel Dizon", "maricel@pampangaparol.example"), po_addr(po), D("2026-10-07", 10, 15, 8),
              "Re: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs, msgid=mid("gmail", "n043"), mailer="gmail")
    return [po], m, EXP_conf([conf(po, {1: chg(504, "14.20", "2026-11-06"), 2: acc(po, 2)})],
        "Rounded up to full cartons: 42 x 12 = 504 pcs (stated explicitly); ETD equals requested.")


@case("de-ch-digitalpiano-apostroph", "confirmation/changed", "de-CH",
      "Swiss German (no ß, 'Grüsse'); CHF with apostrophe thousands separator; weekday + date without year")
def _():
    sup = S("KLANGHAUS", "Klanghaus Musikvertrieb AG", "verkauf@klanghaus.example", "de-CH")
    po = PO("4500032540", sup, "music", "CHF", "2026-11-23", [
        ln(1, "DP-P120-BK", "Digital piano 88 keys, black", 12, "EA", "1190.00", "2026-12-11"),
        ln(2, "DP-BENCH-ADJ", "Adjustable piano bench", 12, "EA", "89.00", "2026-12-11"),
        ln(3, "STR-GTR-1046", "Guitar string set 10-46", 1200, "SET", "6.85", "2026-12-11")])
    irt, refs = reply_refs(po)
    body = """Grüezi Frau Lindgren

Besten Dank für Ihre Bestellung 4500032540, die wir gerne wie folgt bestätigen:

Pos. 1  Digitalpiano schwarz   12 Stk.   CHF 1'250.00 (neuer Listenpreis per 1.11.)
Pos. 2  Klavierbank verstellbar 12 Stk.  CHF 89.00
Pos. 3  Saitensatz 10-46       1'200 Sets CHF 6.85

Lieferung aller Positionen am Freitag, 11. Dezember.

Freundliche Grüsse

Reto Brunner
Verkauf Innendienst
Klanghaus Musikvertrieb AG | Industriestrasse 19 | 8604 Volketswil
Tel. +41 44 945 18 20 | CHE-112.334.556 MWST""" + ol("de", "Montag, 23. November 2026 15:20", po)
    m = build(addr("Reto Brunner", "reto.brunner@klanghaus.example"), po_addr(po), D("2026-11-25", 10, 5),
              "AW: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n044", "klanghaus.example"), mailer="outlook", lang="de-CH")
    return [po], m, EXP_conf([conf(po, {1: chg(12, "1250.00", "2026-12-11"), 2: acc(po, 2), 3: acc(po, 3)})],
        "CHF 1'250.00 = 1250.00; '1.11.' is the list-price validity date, not delivery.")


@case("de-zwei-bestellungen-geigen", "confirmation/multi-po", "de-DE",
      "One mail answering two POs (Thunderbird, German attribution line); second PO partly changed")
def _():
    sup = S("MARKNEU", "Markneukirchner Streichinstrumente GmbH", "bestellung@mk-streicher.example", "de-DE")
    po1 = PO("4500032561", sup, "music", "EUR", "2026-11-26", [
        ln(1, "VLN-STR-SET-44", "Violin string set 4/4, synthetic core", 600, "SET", "18.40", "2026-12-18"),
        ln(2, "ROSIN-DARK", "Rosin, dark", 400, "EA", "3.90", "2026-12-18")])
    po2 = PO("4500032562", sup, "music", "EUR", "2026-11-26", [
        ln(1, "CASE-VLN-OBL", "Violin case oblong 4/4", 80, "EA", "74.00", "2026-12-18"),
        ln(2, "CASE-VLA-OBL", "Viola case oblong 16\"", 30, "EA", "92.00", "2026-12-18")])
    body = """Hallo Frau Lindgren,

zu Ihren beiden Bestellungen vom 26.11.:

4500032561 (Saiten/Kolophonium): alles OK wie bestellt, Lieferung 18.12.

4500032562 (Etuis): Violinetuis 80 Stk. OK zum 18.12. Die Bratschenetuis kommen erst Mitte Januar rein, Liefertermin dafür 15.01.2027.

Viele Grüße aus dem Vogtland
Sabine Fleischer
Markneukirchner Streichinstrumente GmbH
Adorfer Str. 12, 08258 Markneukirchen, Tel. 037422 4471-0

Am 26.11.2026 um 10:02 schrieb Anna Lindgren:
> Dear Sir or Madam,
>
> please confirm our purchase orders 4500032561 and 4500032562 (see separate mails).
"""
    m = build(addr("Sabine Fleischer", "s.fleischer@mk-streicher.example"), po_addr(po1), D("2026-11-30", 15, 30),
              "Re: Bestellungen 4500032561 / 4500032562", body, charset="utf-8", cte="8bit",
              irt=po2["request_message_id"], refs=[po1["request_message_id"], po2["request_message_id"]],
              msgid=mid("other", "n045", "mk-streicher.example"), mailer="thunderbird")
    return [po1, po2], m, EXP_conf([conf(po1, "all"), conf(po2, {1: acc(po2, 1), 2: chg(30, "92.00", "2027-01-15")})],
        "Two POs in one reply; 'Mitte Januar' is context, the committed date is 15.01.2027.")


@case("en-nonnative-three-pos-one-later", "confirmation/multi-po", "en (zh-CN writer)",
      "English by a Chinese supplier answering three POs: one accepted, one price changed, one only promised later (left out)")
def _():
    sup = S("XMBIKE", "Xiamen Sunrise Bicycle Parts Co., Ltd.", "sales@xm-sunrise.example", "zh-CN")
    poA = PO("4500032580", sup, "bike", "USD", "2026-12-01", [
        ln(1, "PEDAL-ALU-9/16", "Alloy platform pedal 9/16\"", 1000, "PR", "7.20", "2027-02-19")])
    poB = PO("4500032581", sup, "bike", "USD", "2026-12-01", [
        ln(1, "SADL-CITY-GEL", "City saddle with gel", 800, "EA", "6.95", "2027-02-19"),
        ln(2, "GRIP-ERG-BLK", "Ergonomic grips, black", 1500, "PR", "2.10", "2027-02-19")])
    poC = PO("4500032582", sup, "bike", "USD", "2026-12-01", [
        ln(1, "KICK-ADJ-ALU", "Adjustable kickstand alloy", 1200, "EA", "3.40", "2027-02-19")])
    body = """Dear Jonas,

Good day! Thanks for your 3 PO, please check our reply as below:

PO#4500032580 pedal 1000 pairs USD7.20, ok, can ship on Feb. 19 no problem.

PO#4500032581 saddle 800pcs USD6.95 ok. Grips price must be USD2.25/pair because rubber cost up, qty 1500prs and date Feb.19 ok.

PO#4500032582 kickstand, our engineer still check the drawing, we will reply you next week.

Any question pls feel free contact me.

Best regards
Vivian Lin
Xiamen Sunrise Bicycle Parts Co., Ltd.
Tel: 0086-592-6543210  Mob/Wechat: 0086-138 0592 7788
Add: No.88 Xinglin Road, Jimei District, Xiamen, China"""
    m = build(addr("Vivian Lin", "vivian@xm-sunrise.example"), po_addr(poA), D("2026-12-04", 17, 45, 8),
              "Re: PO 4500032580 / 4500032581 / 4500032582", body, auto_html=True,
              irt=poA["request_message_id"], refs=[poA["request_message_id"], poB["request_message_id"], poC["request_message_id"]],
              msgid="<2026120417453390165811@xm-sunrise.example>", mailer="foxmail")
    return [poA, poB, poC], m, EXP_conf([conf(poA, "all"), conf(poB, {1: acc(poB, 1), 2: chg(1500, "2.25", "2027-02-19")})],
        "PO 4500032582 is only mentioned ('will reply next week') so it is left out; 'Feb.19' = 2027-02-19.")


@case("de-guss-ab-nur-pdf", "confirmation/changed", "de-DE",
      "Short cover mail; the answer is only in an attached ERP order confirmation PDF (KW dates, PPAP note)")
def _():
    sup = S("EISENGUSS", "Eisengießerei Brandt GmbH & Co. KG", "ab@brandt-guss.example", "de-DE")
    po = PO("4500032600", sup, "auto", "EUR", "2026-12-03", [
        ln(1, "GJS-BRK-5510", "Brake caliper bracket, EN-GJS-500-7, machined", 2500, "EA", "14.60", "2027-02-05"),
        ln(2, "GJS-HUB-5520", "Wheel hub carrier, EN-GJS-400-15", 1200, "EA", "22.10", "2027-02-05")])
    irt, refs = reply_refs(po)
    pdf = make_pdf([
        "Eisengiesserei Brandt GmbH & Co. KG - Giessereistrasse 3 - 57072 Siegen",
        "",
        "AUFTRAGSBESTAETIGUNG Nr. AB-26-10472                 Datum: 08.12.2026",
        "Kunde: Kestrel Automotive Sp. z o.o.",
        "Ihre Bestellung: 4500032600 vom 03.12.2026",
        "",
        "Pos  Artikel         Bezeichnung                       Menge    Preis/Stk   Liefertermin",
        "10   GJS-BRK-5510    Bremssattelhalter bearbeitet     2.500    14,60 EUR   KW 06/2027",
        "20   GJS-HUB-5520    Radnabentraeger                  1.200    22,10 EUR   KW 08/2027",
        "",
        "PPAP Vorlagestufe 3: Vorlage bis KW 03/2027.",
        "Lieferbedingung: FCA Siegen (Incoterms 2020). Zahlung: 30 Tage netto.",
        "Es gelten unsere Allgemeinen Verkaufsbedingungen, Stand 01.03.2024.",
    ])
    body = """Sehr geehrter Herr Wilk,

anbei erhalten Sie unsere Auftragsbestätigung zu Ihrer Bestellung.

Mit freundlichen Grüßen
i. A. Frank Müller
Auftragsabwicklung
Eisengießerei Brandt GmbH & Co. KG
Tel. +49 271 4471-320"""
    m = build(addr("Frank Müller", "ab@brandt-guss.example"), po_addr(po), D("2026-12-08", 11, 2),
              "AB-26-10472 zu Ihrer Bestellung 4500032600", body, irt=irt, refs=refs,
              msgid=mid("outlook", "n047", "brandt-guss.example"), mailer="outlook", lang="de-DE",
              attachments=[("AB-26-10472.pdf", PDF, pdf)])
    return [po], m, EXP_conf([conf(po, {1: chg(2500, "14.60", "2027-02-12"), 2: chg(1200, "22.10", "2027-02-26")})],
        "Everything is in the PDF: KW 06/2027 = 2027-02-12, KW 08/2027 = 2027-02-26; supplier positions 10/20 map to PO lines 1/2; KW 03 is the PPAP date.")


@case("fr-casques-ski-xlsx", "confirmation/changed", "fr-FR",
      "French cover note; confirmation given in an attached XLSX (dates as text dd/mm/yyyy, numbers numeric)")
def _():
    sup = S("ALPIGLISSE", "Alpiglisse SARL", "commandes@alpiglisse.example", "fr-FR")
    po = PO("4500032620", sup, "sport", "EUR", "2026-10-12", [
        ln(1, "HELM-SKI-JR-S", "Junior ski helmet, size S", 200, "EA", "27.50", "2026-11-13"),
        ln(2, "HELM-SKI-AD-M", "Adult ski helmet, size M", 300, "EA", "39.00", "2026-11-13"),
        ln(3, "GOGG-SKI-CAT3", "Ski goggles cat. 3", 400, "EA", "16.80", "2026-11-13")])
    irt, refs = reply_refs(po)
    xl = make_xlsx([
        ["Confirmation de commande", None, None, None, None],
        ["Votre commande", "4500032620", None, None, None],
        [],
        ["Ligne", "Article", "Qté confirmée", "Prix unitaire EUR", "Date de livraison"],
        [1, "HELM-SKI-JR-S", 200, 27.5, "13/11/2026"],
        [2, "HELM-SKI-AD-M", 300, 39, "13/11/2026"],
        [3, "GOGG-SKI-CAT3", 250, 16.8, "27/11/2026"],
    ], sheet="Confirmation")
    body = """Bonjour Monsieur Ferri,

Veuillez trouver ci-joint notre confirmation pour votre commande 4500032620.
Pour les masques, le reste (150 pièces) n'est pas disponible cette saison.

Cordialement,
Nathalie Roux
Alpiglisse SARL – 74300 Cluses – 04 50 98 22 14"""
    m = build(addr("Nathalie Roux", "n.roux@alpiglisse.example"), po_addr(po), D("2026-10-15", 16, 20, 2),
              "RE: " + req_subject(po), body, irt=irt, refs=refs, auto_html=True,
              msgid=mid("outlook", "n048", "alpiglisse.example"), mailer="outlook", lang="fr-FR",
              attachments=[("Confirmation_4500032620.xlsx", XLSX, xl)])
    return [po], m, EXP_conf([conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(250, "16.80", "2026-11-27")})],
        "Values are in the spreadsheet; the body explains the 150 missing goggles (reduced quantity, not a split).")


@case("de-b2b-shop-auftragsbestaetigung", "confirmation/changed", "de-DE",
      "Automatic order confirmation from a B2B webshop with prices and delivery date: counts as a confirmation")
def _():
    sup = S("REINSHOP", "ReinPro Handels GmbH (B2B-Shop)", "shop@reinpro-b2b.example", "de-DE")
    po = PO("4500032640", sup, "chem", "EUR", "2026-12-28", [
        ln(1, "RP-SANI-10L", "Sanitary cleaner 10 L canister", 60, "EA", "18.90", "2027-01-15"),
        ln(2, "RP-HANDS-5L", "Hand soap 5 L", 40, "EA", "9.70", "2027-01-15"),
        ln(3, "RP-GLOVE-NIT-L", "Nitrile gloves L, box of 100", 50, "BX", "6.40", "2027-01-15")], no_request=True)
    text = """Auftragsbestätigung Nr. W-2026-118204

Sehr geehrte Damen und Herren,

vielen Dank für Ihre Bestellung in unserem B2B-Shop. Hiermit bestätigen wir Ihren Auftrag verbindlich.

Kundennummer: 40117
Ihre Bestellreferenz: 4500032640
Lieferadresse: CleanPro Facility Services s.r.o., Sklad 2, Brno

Artikel                          Menge   Einzelpreis   Gesamt
RP-SANI-10L Sanitärreiniger 10 L   60    18,90 €     1.134,00 €
RP-HANDS-5L Handseife 5 L          40     9,70 €       388,00 €
RP-GLOVE-NIT-L Nitril-Handschuhe L 50     6,90 €       345,00 €

Zwischensumme netto: 1.867,00 €
Versand: 0,00 €

Liefertermin: 15.01.2027

Bei Fragen erreichen Sie unseren Kundenservice unter +49 40 3344 7100 (Mo-Fr 8-17 Uhr).

ReinPro Handels GmbH · Billstraße 80 · 20539 Hamburg · HRB 145221 · USt-IdNr. DE298877410
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail."""
    m = build("ReinPro B2B-Shop <noreply@reinpro-b2b.example>", po_addr(po), D("2026-12-28", 14, 2),
              "Auftragsbestätigung W-2026-118204 (Ihre Ref. 4500032640)", text, auto_html=True,
              msgid="<order-W-2026-118204.1767011520@shop.reinpro-b2b.example>", mailer="webshop")
    return [po], m, EXP_conf([conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(50, "6.90", "2027-01-15")})],
        "Machine-generated but binding ('verbindlich'): confirmation. Glove price 6,90 differs from PO 6.40. No request on record (webshop order).")


@case("cs-mobil-ok-bez-diakritiky", "confirmation/accepted", "cs-CZ",
      "Two-line phone reply without diacritics: confirms as ordered")
def _():
    sup = S("PENYBRNO", "Pěnové hmoty Brno s.r.o.", "info@penybrno.example", "cs-CZ")
    po = PO("4500032660", sup, "furn", "CZK", "2026-12-15", [
        ln(1, "PUR-RG30-ROLL", "PUR foam RG30, 10 mm, roll 2x25 m", 40, "ROL", "1480.00", "2027-01-12"),
        ln(2, "PUR-RG40-SHEET", "PUR foam RG40 sheet 2000x1000x50", 100, "EA", "612.00", "2027-01-12")])
    irt, refs = reply_refs(po)
    body = """Dobry den, objednavku 4500032660 potvrzuji dle zadani, dodame 12.1.
Dekuji Novak

Odesláno z mobilu""" + gq("Dne út 15. 12. 2026 9:40 uživatel Katrin Vogel <k.vogel@hollmann-moebel.example> napsal:", po)
    m = build(addr("Jiri Novak", "novak@penybrno.example"), po_addr(po), D("2026-12-15", 12, 14),
              "Re: " + req_subject(po), body, irt=irt, refs=refs, msgid=mid("gmail", "n050"), mailer="android")
    return [po], m, EXP_conf([conf(po, "all")],
        "'dle zadani' = as specified; 12.1. = 2027-01-12 = requested.")


@case("it-tappeti-palestra-tabella-excel", "confirmation/changed", "it-IT",
      "Table pasted from Excel into the body (HTML table + tab-separated plain text); one line later and reduced")
def _():
    sup = S("GINNITAL", "Ginnastica Italia S.p.A.", "ordini@ginnasticaitalia.example", "it-IT")
    po = PO("4500032680", sup, "sport", "EUR", "2026-12-02", [
        ln(1, "MAT-GYM-200", "Gym mat 200x100x5 cm", 150, "EA", "64.00", "2027-01-20"),
        ln(2, "MAT-YOGA-6", "Yoga mat 6 mm", 600, "EA", "7.90", "2027-01-20"),
        ln(3, "BALL-MED-5KG", "Medicine ball 5 kg", 120, "EA", "18.50", "2027-01-20")])
    irt, refs = reply_refs(po)
    rows = [("Pos.", "Codice", "Descrizione", "Q.tà conf.", "Prezzo €", "Consegna"),
            ("1", "MAT-GYM-200", "Materassino 200x100x5", "150", "64,00", "20/01/2027"),
            ("2", "MAT-YOGA-6", "Tappetino yoga 6 mm", "600", "7,90", "20/01/2027"),
            ("3", "BALL-MED-5KG", "Palla medica 5 kg", "100", "18,50", "03/02/2027")]
    text = "Buongiorno Marco,\n\nti giro la conferma dell'ordine 4500032680:\n\n" + \
        "\n".join("\t".join(r) for r in rows) + \
        "\n\nPer le palle mediche ne abbiamo solo 100 pz, arrivo merce a fine gennaio.\n\nCiao\nFederica\n\nFederica Galli\nUfficio Vendite - Ginnastica Italia S.p.A.\nVia dell'Industria 45, 40138 Bologna\nTel. 051 601 2244" + \
        ol("it", "mercoledì 2 dicembre 2026 11:15", po)
    trs = "".join("<tr>" + "".join(('<td style="border:1px solid #999;padding:2px 6px">%s</td>' % htmlmod.escape(c)) for c in r) + "</tr>" for r in rows)
    html = ("<html><body style=\"font-family:Calibri\"><p>Buongiorno Marco,</p><p>ti giro la conferma dell'ordine 4500032680:</p>"
            "<table border=\"0\" cellspacing=\"0\" style=\"border-collapse:collapse\">" + trs + "</table>"
            "<p>Per le palle mediche ne abbiamo solo 100 pz, arrivo merce a fine gennaio.</p><p>Ciao<br>Federica</p>"
            "<p>Federica Galli<br>Ufficio Vendite - Ginnastica Italia S.p.A.<br>Via dell'Industria 45, 40138 Bologna<br>Tel. 051 601 2244</p>"
            "<hr><pre>" + htmlmod.escape(request_text(po)) + "</pre></body></html>")
    m = build(addr("Federica Galli", "f.galli@ginnasticaitalia.example"), po_addr(po), D("2026-12-04", 10, 48),
              "R: " + req_subject(po), text, html, irt=irt, refs=refs,
              msgid=mid("outlook", "n051", "ginnasticaitalia.example"), mailer="outlook", lang="it-IT")
    return [po], m, EXP_conf([conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(100, "18.50", "2027-02-03")})],
        "Pasted Excel table; 'fine gennaio' is the goods arrival, the committed date is 03/02/2027.")


@case("en-nz-wool-one-of-three-pos", "confirmation/single-of-several", "en-NZ",
      "NZ English; three open POs from the same mill, reply confirms only one with the PO number written differently")
def _():
    sup = S("CANTWOOL", "Canterbury Wool Weavers Ltd", "orders@cantwool.example", "en-NZ")
    po1 = PO("4500032700", sup, "furn", "NZD", "2026-11-02", [
        ln(1, "WOOL-UPH-OAT", "Wool upholstery fabric, oatmeal, 140 cm", 260, "M", "46.50", "2026-12-18")])
    po2 = PO("4500032701", sup, "furn", "NZD", "2026-11-02", [
        ln(1, "WOOL-UPH-CHAR", "Wool upholstery fabric, charcoal, 140 cm", 180, "M", "46.50", "2026-12-18")])
    po3 = PO("4500032702", sup, "furn", "NZD", "2026-11-09", [
        ln(1, "WOOL-THROW-NAT", "Wool throw 130x180, natural", 120, "EA", "58.00", "2027-01-22")])
    irt, refs = reply_refs(po2)
    body = """Kia ora Katrin,

Just confirming your order 32701 (charcoal) - 180 m at $46.50/m, dispatching from Christchurch Fri 18 Dec.

Still working through the oatmeal and the throws, will come back to you on those separately.

Ngā mihi,
Aroha Williams
Canterbury Wool Weavers Ltd
14 Mandeville St, Riccarton, Christchurch 8011
P: 03 348 5520 | www.cantwool.example""" + gq("On 2/11/2026, at 10:30 PM, Katrin Vogel <k.vogel@hollmann-moebel.example> wrote:", po2)
    m = build(addr("Aroha Williams", "aroha@cantwool.example"), po_addr(po2), D("2026-11-05", 11, 40, 13),
              "Re: " + req_subject(po2), body, irt=irt, refs=refs, msgid=mid("apple", "n052", "cantwool.example"), mailer="apple")
    return [po1, po2, po3], m, EXP_conf([conf(po2, "all")],
        "'order 32701' = 4500032701 (tail only); dispatch Fri 18 Dec = requested; the other two POs are mentioned without an answer and left out.")

# ==========================================================================
# NOT A CONFIRMATION
# ==========================================================================

@case("de-abwesenheit-bis-januar", "auto_reply", "de-DE",
      "Outlook out-of-office in German with return date and deputy; dates must not be read as delivery")
def _():
    sup = S("POLSTERTEC", "Polstertechnik Ahrens GmbH", "vertrieb@polstertec-ahrens.example", "de-DE")
    po = PO("4500032720", sup, "furn", "EUR", "2026-12-21", [
        ln(1, "SPR-NOSAG-45", "Sinuous spring (No-Sag) 45 cm", 5000, "EA", "0.48", "2027-01-22")])
    irt, refs = reply_refs(po)
    body = """Vielen Dank für Ihre Nachricht.

Ich bin vom 21.12.2026 bis einschließlich 06.01.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Lukas Brandl, Tel. +49 5221 9944-17, l.brandl@polstertec-ahrens.example.

Mit freundlichen Grüßen
Sandra Ahrens"""
    m = build(addr("Sandra Ahrens", "s.ahrens@polstertec-ahrens.example"), po_addr(po), D("2026-12-21", 14, 31),
              "Automatische Antwort: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n053", "AM6PR04MB5510.eurprd04.prod.outlook.com"), mailer="outlook", lang="de-DE",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], m, EXP("auto_reply", "Out-of-office; the return date 06.01.2027 is not a delivery date.")


@case("fr-reponse-automatique-conges", "auto_reply", "fr-FR",
      "French automatic reply (congés) without Auto-Submitted header, mentions 'commande' and a date")
def _():
    sup = S("BOISJOLI", "Jouets Bois Joli SARL", "contact@boisjoli-jouets.example", "fr-FR")
    po = PO("4500032740", sup, "toys", "EUR", "2026-08-03", [
        ln(1, "JB-TRAIN-BOIS", "Wooden train set 24 pcs", 300, "EA", "22.40", "2026-09-18"),
        ln(2, "JB-PUZZLE-3D", "3D wooden puzzle", 500, "EA", "8.90", "2026-09-18")])
    irt, refs = reply_refs(po)
    body = """Bonjour,

Nos bureaux sont fermés pour congés d'été du 3 au 23 août inclus. Toutes les commandes reçues pendant cette période seront traitées à partir du lundi 24 août.

Merci de votre compréhension.

L'équipe Jouets Bois Joli"""
    m = build("Jouets Bois Joli <contact@boisjoli-jouets.example>", po_addr(po), D("2026-08-03", 16, 2, 2),
              "Réponse automatique : " + req_subject(po), body, irt=irt, refs=refs,
              msgid=mid("other", "n054", "boisjoli-jouets.example"), mailer="none")
    return [po], m, EXP("auto_reply", "Holiday auto-reply; 'commandes ... traitées à partir du 24 août' is not a commitment for this PO.")


@case("ja-jidou-henshin-fuzai", "auto_reply", "ja-JP",
      "Japanese automatic reply (【自動返信】) in ISO-2022-JP; New Year holiday dates")
def _():
    sup = S("GAKKI", "Tokai Gakki Buhin K.K.", "info@tokai-gakki.example", "ja-JP")
    po = PO("4500032760", sup, "music", "JPY", "2026-12-28", [
        ln(1, "TUNER-GTR-6L", "Guitar machine heads 6-in-line, chrome", 400, "SET", "2380", "2027-02-05")])
    irt, refs = reply_refs(po)
    body = """※本メールは自動返信です。

お問い合わせいただき、誠にありがとうございます。
誠に勝手ながら、2026年12月26日（土）から2027年1月5日（火）まで年末年始休業とさせていただきます。
いただいたメールには1月6日以降、順次ご返信いたします。

東海楽器部品株式会社"""
    m = build("東海楽器部品 <info@tokai-gakki.example>", po_addr(po), D("2026-12-28", 9, 0, 9),
              "【自動返信】" + req_subject(po), body, charset="iso-2022-jp", cte="7bit", irt=irt, refs=refs,
              msgid=mid("other", "n055", "tokai-gakki.example"), mailer="none", extra=[("Auto-Submitted", "auto-replied")])
    return [po], m, EXP("auto_reply", "New Year closure auto-reply; 1月6日 is when they will answer, not a delivery.")


@case("es-tienda-pedido-recibido-auto", "auto_reply", "es-ES",
      "Webshop automatic 'pedido recibido, confirmaremos en 48 h' - acknowledges receipt but commits nothing")
def _():
    sup = S("DEPORSHOP", "DeporPro Suministros S.L. (tienda B2B)", "pedidos@deporpro.example", "es-ES")
    po = PO("4500032780", sup, "sport", "EUR", "2027-01-11", [
        ln(1, "BALL-FUT-5", "Football size 5, training", 200, "EA", "9.40", "2027-02-05"),
        ln(2, "CONE-SET-40", "Training cone set (40)", 50, "SET", "12.90", "2027-02-05")], no_request=True)
    text = """¡Gracias por su pedido!

Hemos recibido su pedido n.º WEB-77120 (referencia cliente: 4500032780).

Nuestro equipo revisará la disponibilidad y le enviaremos la confirmación con plazos de entrega en un máximo de 48 horas laborables.

Resumen del pedido:
  Balón fútbol talla 5 entrenamiento   x200
  Set de conos de entrenamiento (40)    x50

Este mensaje se ha generado automáticamente, por favor no responda.
DeporPro Suministros S.L. · Polígono Can Roqueta · 08202 Sabadell"""
    m = build("DeporPro Tienda B2B <no-reply@deporpro.example>", po_addr(po), D("2027-01-11", 10, 3),
              "Pedido recibido WEB-77120", text, auto_html=True,
              msgid="<web-77120.received@shop.deporpro.example>", mailer="webshop")
    return [po], m, EXP("auto_reply", "Automatic receipt from a webshop, explicitly says confirmation will follow: no commitment.")


@case("en-us-ticket-autoresponder", "auto_reply", "en-US",
      "Helpdesk ticket autoresponder quoting the PO number")
def _():
    sup = S("SUNVOLT", "SunVolt Distribution LLC", "orders@sunvolt-dist.example", "en-US")
    po = PO("4500032800", sup, "solar", "USD", "2026-11-17", [
        ln(1, "BATT-LFP-10K", "LFP battery module 10 kWh", 20, "EA", "3150.00", "2027-01-08")])
    irt, refs = reply_refs(po)
    body = """Hello,

Thank you for contacting SunVolt Distribution. Your request has been received and assigned ticket #88213.

Subject: Purchase order 4500032800 - please confirm

A member of our order desk will respond within 1-2 business days. Please keep the ticket number in the subject line of any further correspondence.

SunVolt Distribution Order Desk
4410 E Elwood St, Phoenix, AZ 85040 | (602) 555-0187"""
    m = build("SunVolt Order Desk <support@sunvolt-dist.example>", po_addr(po), D("2026-11-17", 8, 45, -7),
              "[Ticket #88213] Re: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid="<ticket-88213-1@helpdesk.sunvolt-dist.example>", mailer="none",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return [po], m, EXP("auto_reply", "Ticket system acknowledgement; 1-2 business days is a response time, not a delivery.")


@case("pt-br-ferias-coletivas-auto", "auto_reply", "pt-BR",
      "Brazilian collective-vacation auto-reply with dd/mm dates")
def _():
    sup = S("COUROPET", "Couro & Cia Acessórios Pet Ltda.", "comercial@couroecia.example", "pt-BR")
    po = PO("4500032820", sup, "pet", "BRL", "2026-12-22", [
        ln(1, "COL-COURO-M", "Leather dog collar M", 600, "EA", "24.90", "2027-01-29")])
    irt, refs = reply_refs(po)
    body = """Olá!

Informamos que estaremos em férias coletivas de 21/12 a 08/01. Retornaremos às atividades no dia 11/01.

Pedidos recebidos neste período serão respondidos após o retorno.

Atenciosamente,
Equipe Comercial - Couro & Cia"""
    m = build("Comercial Couro & Cia <comercial@couroecia.example>", po_addr(po), D("2026-12-22", 7, 30, -3),
              "Resposta automática: " + req_subject(po), body, irt=irt, refs=refs,
              msgid=mid("outlook", "n058", "couroecia.example"), mailer="outlook",
              extra=[("Auto-Submitted", "auto-replied")])
    return [po], m, EXP("auto_reply", "Collective vacation notice; 11/01 is a return date.")


@case("de-lesebestaetigung-mdn", "auto_reply", "de-DE",
      "Read receipt (message/disposition-notification, 'Gelesen:') - automatic, not a confirmation")
def _():
    sup = S("LIEGETEC", "Liegetec Klinikmöbel GmbH", "einkauf-service@liegetec.example", "de-DE")
    po = PO("4500032840", sup, "hosp", "EUR", "2026-12-01", [
        ln(1, "TRANS-CHAIR", "Patient transfer chair", 10, "EA", "1420.00", "2027-01-15")])
    irt, refs = reply_refs(po)
    outer = EmailMessage()
    outer["From"] = addr("Jürgen Lenz", "j.lenz@liegetec.example")
    outer["To"] = po_addr(po)
    outer["Subject"] = "Gelesen: " + req_subject(po)
    outer["Date"] = format_datetime(D("2026-12-01", 15, 12))
    outer["Message-ID"] = mid("outlook", "n059", "liegetec.example")
    outer["In-Reply-To"] = irt
    outer["References"] = irt
    outer["MIME-Version"] = "1.0"
    outer.set_type("multipart/report")
    outer.set_param("report-type", "disposition-notification")
    outer.set_boundary("=_mdn_4500032840")
    hp = EmailMessage()
    hp.set_content("Ihre Nachricht\n\n  An: Liegetec Klinikmöbel GmbH\n  Betreff: %s\n  Gesendet: Dienstag, 1. Dezember 2026 14:55:03 (UTC+01:00)\n\nwurde am Dienstag, 1. Dezember 2026 15:12:40 (UTC+01:00) gelesen.\n" % req_subject(po),
                   charset="utf-8", cte="quoted-printable")
    del hp["MIME-Version"]
    mdn = Message()
    mdn.set_type("message/disposition-notification")
    mdn.set_payload("Reporting-UA: liegetec.example; Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;einkauf-service@liegetec.example\r\nOriginal-Message-ID: %s\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n" % irt)
    del mdn["MIME-Version"]
    outer.attach(hp)
    outer.attach(mdn)
    return [po], outer, EXP("auto_reply", "Read receipt only: says the message was displayed, nothing about the order.")


@case("en-postfix-user-unknown", "bounce", "en",
      "Postfix DSN (multipart/report) - recipient unknown, original request attached as message/rfc822")
def _():
    sup = S("HELIOS", "Helios Mounting Systems Ltd", "orders@helios-mount.example", "en-GB")
    po = PO("4500032860", sup, "solar", "EUR", "2026-11-18", [
        ln(1, "BALLAST-FLAT", "Flat roof ballast tray", 400, "EA", "22.80", "2026-12-18")])
    orig = orig_request_msg(po, D("2026-11-18", 9, 30, 8), to="Helios Orders <orders@helios-mount.example>")
    human = """This is the mail system at host mx1.sunharbor-energy.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<orders@helios-mount.example>: host mail.helios-mount.example[203.0.113.25] said:
    550 5.1.1 <orders@helios-mount.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    m = make_dsn("mx1.sunharbor-energy.example", "orders@helios-mount.example", orig, D("2026-11-18", 9, 30, 8) + dt.timedelta(seconds=14),
                 "<20261118013012.4F2A71C0042@mx1.sunharbor-energy.example>",
                 "Undelivered Mail Returned to Sender", human)
    m.replace_header("To", po_addr(po))
    return [po], m, EXP("bounce", "Postfix bounce; the returned message contains our own PO table which must not be read as an answer.")


@case("de-exchange-ndr-unzustellbar", "bounce", "de-DE",
      "Exchange/Outlook non-delivery report in German ('Unzustellbar:'), mailbox full")
def _():
    sup = S("NORDFEED", "Nordfutter Mischwerk GmbH", "dispo@nordfutter.example", "de-DE")
    po = PO("4500032880", sup, "pet", "EUR", "2026-12-02", [
        ln(1, "MIN-FUTTER-RIND", "Mineral feed for cattle, 25 kg bag", 400, "BAG", "17.20", "2026-12-16")])
    orig = orig_request_msg(po, D("2026-12-02", 10, 0))
    human = """Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:

dispo@nordfutter.example
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: FR3P281MB0412.DEUP281.PROD.OUTLOOK.COM

dispo@nordfutter.example
Remote Server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
"""
    m = make_dsn("FR3P281MB0412.DEUP281.PROD.OUTLOOK.COM", "dispo@nordfutter.example", orig, D("2026-12-02", 10, 1),
                 "<a1b2c3d4-ndr-4500032880@FR3P281MB0412.DEUP281.PROD.OUTLOOK.COM>",
                 "Unzustellbar: " + req_subject(po), human, status="5.2.2",
                 diag="smtp; 552 5.2.2 mailbox full", frm="Microsoft Outlook <postmaster@nordfutter.example>")
    m.replace_header("To", po_addr(po))
    return [po], m, EXP("bounce", "German Exchange NDR (mailbox full).")


@case("en-gmail-dsn-delay", "bounce", "en",
      "Gmail 'Delivery Status Notification (Delay)' - temporary failure, still a DSN")
def _():
    sup = S("ZHEJCAST", "Zhejiang Huayu Auto Castings Co., Ltd.", "export@huayu-castings.example", "zh-CN")
    po = PO("4500032900", sup, "auto", "USD", "2026-12-07", [
        ln(1, "ALU-BRKT-7741", "Aluminium engine bracket, low-pressure cast", 6000, "EA", "4.85", "2027-02-26")])
    orig = orig_request_msg(po, D("2026-12-07", 8, 5))
    human = """** Message delayed **

There was a temporary problem delivering your message to export@huayu-castings.example. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.

The response from the remote server was:
421 4.4.2 mx.huayu-castings.example: Connection timed out
"""
    m = make_dsn("mail.gmail.com", "export@huayu-castings.example", orig, D("2026-12-07", 11, 6),
                 "<6571a3f2.050a0220.bd1e.4471.GMR@mx.google.com>",
                 "Delivery Status Notification (Delay)", human, status="4.4.2",
                 diag="smtp; 421 4.4.2 Connection timed out", action="delayed", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>")
    m.replace_header("To", po_addr(po))
    del m["Auto-Submitted"]
    m["Auto-Submitted"] = "auto-replied"
    return [po], m, EXP("bounce", "Delay DSN (Action: delayed, status 4.4.2); no answer from the supplier.")


@case("it-fattura-altro-ordine", "unrelated", "it-IT",
      "Invoice for a different, older PO from the same supplier, with PDF; the open PO is not mentioned")
def _():
    sup = S("IMBOTTI", "Imbottiti Veneto S.r.l.", "amministrazione@imbottitiveneto.example", "it-IT")
    po = PO("4500032920", sup, "furn", "EUR", "2026-12-01", [
        ln(1, "CUSH-FEATH-50", "Feather cushion insert 50x50", 800, "EA", "6.30", "2027-01-15")])
    pdf = make_pdf([
        "Imbottiti Veneto S.r.l. - Via Noalese 77 - 31059 Zero Branco (TV) - P.IVA 03412270264",
        "",
        "FATTURA N. 2026/1187 del 30/11/2026",
        "Cliente: Hollmann Moebelwerke GmbH - Rif. ordine: 4500030115 del 12/10/2026",
        "",
        "Cuscino piuma 60x60        500 pz    7,10    3.550,00",
        "Imponibile EUR 3.550,00 - IVA non imponibile art. 41 DL 331/93",
        "Scadenza pagamento: 30/12/2026 - Bonifico IBAN IT60X0542811101000000123456",
    ])
    body = """Buongiorno,

in allegato la fattura n. 2026/1187 relativa al Vs. ordine 4500030115 (consegnato il 27/11).

Cordiali saluti
Amministrazione
Imbottiti Veneto S.r.l."""
    m = build("Amministrazione Imbottiti Veneto <amministrazione@imbottitiveneto.example>", po_addr(po), D("2026-12-01", 17, 10),
              "Fattura n. 2026/1187", body, msgid=mid("outlook", "n062", "imbottitiveneto.example"), mailer="outlook",
              attachments=[("Fattura_2026_1187.pdf", PDF, pdf)])
    return [po], m, EXP("unrelated", "Invoice for another PO (4500030115); the open PO 4500032920 is not answered.")


@case("de-preisliste-2027-xlsx", "unrelated", "de-DE",
      "Price list 2027 with XLSX and a price-increase announcement; not an answer to the open PO")
def _():
    sup = S("BESCHLAG", "Beschlagtechnik Sauerland GmbH", "info@beschlag-sauerland.example", "de-DE")
    po = PO("4500032940", sup, "furn", "EUR", "2026-12-03", [
        ln(1, "BSL-HINGE-110", "Cabinet hinge 110°", 8000, "EA", "0.71", "2027-01-22"),
        ln(2, "BSL-LIFT-HK", "Lift-up fitting HK", 300, "EA", "18.40", "2027-01-22")])
    xl = make_xlsx([
        ["Preisliste 2027 - gültig ab 01.02.2027", None, None],
        ["Artikel", "Bezeichnung", "Preis EUR"],
        ["BSL-HINGE-110", "Topfscharnier 110°", 0.75],
        ["BSL-LIFT-HK", "Klappenbeschlag HK", 19.3],
        ["BSL-RUNNER-500", "Vollauszug 500 mm", 6.1],
    ], sheet="Preisliste 2027")
    body = """Sehr geehrte Kundin, sehr geehrter Kunde,

anbei erhalten Sie unsere neue Preisliste, gültig ab 01.02.2027. Aufgrund gestiegener Material- und Energiekosten erhöhen sich unsere Preise um durchschnittlich 5,5 %.

Alle bis zum 31.01.2027 eingehenden Bestellungen werden noch zu den bisherigen Konditionen ausgeführt.

Wir danken für Ihr Vertrauen und wünschen Ihnen frohe Festtage.

Ihr Team von Beschlagtechnik Sauerland
Beschlagtechnik Sauerland GmbH · Im Ohl 8 · 58791 Werdohl · HRB 4471 Iserlohn"""
    m = build("Beschlagtechnik Sauerland <info@beschlag-sauerland.example>", po_addr(po), D("2026-12-10", 8, 0),
              "Preisliste 2027", body, auto_html=True, msgid=mid("other", "n063", "beschlag-sauerland.example"),
              mailer="none", attachments=[("Preisliste_2027.xlsx", XLSX, xl)], extra=[("Precedence", "bulk")])
    return [po], m, EXP("unrelated", "Circular price list; mentions item numbers of the open PO but does not confirm it.")


@case("nl-nieuwsbrief-html-only", "unrelated", "nl-NL",
      "HTML-only newsletter from a toy supplier with 'bestel nu' and dates")
def _():
    sup = S("SPEELHUIS", "Het Speelhuis Groothandel B.V.", "nieuws@speelhuis.example", "nl-NL")
    po = PO("4500032960", sup, "toys", "EUR", "2026-09-07", [
        ln(1, "SH-EASTER-EGG", "Easter egg hunt set", 400, "EA", "4.95", "2027-02-26")])
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;font-family:Arial"><tr><td style="padding:20px">
<h1 style="color:#e4572e">Voorjaarscollectie 2027 is binnen!</h1>
<p>Beste klant,</p>
<p>Pasen valt in 2027 op 28 maart. Bestel vóór 15 januari en profiteer van <b>8% vroegboekkorting</b> op alle paasartikelen.</p>
<p><a href="https://www.speelhuis.example/voorjaar?utm_source=nieuwsbrief">Bekijk de collectie</a></p>
<p style="font-size:11px;color:#888">U ontvangt deze nieuwsbrief omdat u klant bent bij Het Speelhuis. <a href="https://www.speelhuis.example/afmelden">Afmelden</a></p>
</td></tr></table></body></html>
"""
    m = build("Het Speelhuis <nieuws@speelhuis.example>", po_addr(po), D("2026-12-01", 7, 0), "Voorjaarscollectie 2027 + 8% vroegboekkorting",
              None, html, msgid="<nb-2026-12-01.882211@mailing.speelhuis.example>", mailer="none",
              extra=[("List-Unsubscribe", "<https://www.speelhuis.example/afmelden>"), ("Precedence", "bulk")])
    return [po], m, EXP("unrelated", "Newsletter; percentages and dates are marketing.")


@case("pl-przypomnienie-platnosc", "unrelated", "pl-PL",
      "Polish payment reminder for an invoice, same supplier as an open PO")
def _():
    sup = S("ODLEWPL", "Odlewnia Żeliwa Śrem S.A.", "windykacja@odlewnia-srem.example", "pl-PL")
    po = PO("4500032980", sup, "auto", "EUR", "2026-12-04", [
        ln(1, "GJL-DISC-300", "Brake disc casting GJL-250, 300 mm", 3000, "EA", "9.60", "2027-01-29")])
    body = """Szanowni Państwo,

uprzejmie przypominamy, że w dniu 30.11.2026 upłynął termin płatności faktury FV/2026/11/0412 na kwotę 28 800,00 EUR (zamówienie 4500030877).

Prosimy o uregulowanie należności w terminie 7 dni. Jeżeli płatność została już dokonana, prosimy potraktować tę wiadomość jako nieaktualną.

Z poważaniem
Dział Księgowości
Odlewnia Żeliwa Śrem S.A., ul. Staszica 1, 63-100 Śrem
NIP 785-000-12-34"""
    m = build("Odlewnia Śrem - Księgowość <windykacja@odlewnia-srem.example>", po_addr(po), D("2026-12-08", 9, 0),
              "Przypomnienie o płatności - FV/2026/11/0412", body, charset="iso-8859-2",
              msgid=mid("outlook", "n065", "odlewnia-srem.example"), mailer="outlook")
    return [po], m, EXP("unrelated", "Dunning letter about another order's invoice.")


@case("sv-god-jul-stangt", "unrelated", "sv-SE",
      "Human-sent Christmas greeting with closing days and last order date; not about the open PO")
def _():
    sup = S("SKOGSPEL", "Skogsleksaker i Småland AB", "info@skogsleksaker.example", "sv-SE")
    po = PO("4500033000", sup, "toys", "SEK", "2026-12-14", [
        ln(1, "SK-HORSE-DALA", "Wooden Dala horse 10 cm", 500, "EA", "62.00", "2027-01-29")])
    body = """Hej alla kunder!

Tack för ett fint 2026. Vi har stängt mellan jul och nyår, 24/12 - 6/1. Sista dag för leverans före jul är fredag 18/12.

God jul och gott nytt år önskar vi på Skogsleksaker!

Karin, Anders och hela gänget
Skogsleksaker i Småland AB · Storgatan 3 · 360 70 Åseda · 0474-123 45"""
    m = build(addr("Karin Lund", "karin@skogsleksaker.example"), "Undisclosed recipients:;", D("2026-12-16", 11, 0),
              "God jul från Skogsleksaker!", body, auto_html=True, msgid=mid("apple", "n066", "skogsleksaker.example"), mailer="apple")
    return [po], m, EXP("unrelated", "Seasonal greeting to all customers (undisclosed recipients); dates are general.")


@case("en-gb-asn-other-po", "unrelated", "en-GB",
      "Dispatch notification (ASN) for a different PO from the same supplier")
def _():
    sup = S("BRITSAFE", "BritSafe Workwear Ltd", "despatch@britsafe.example", "en-GB")
    po = PO("4500033020", sup, "ppe", "GBP", "2026-12-07", [
        ln(1, "HIVIS-VEST-L", "Hi-vis vest class 2, size L", 1000, "EA", "1.85", "2027-01-08"),
        ln(2, "HIVIS-VEST-XL", "Hi-vis vest class 2, size XL", 800, "EA", "1.85", "2027-01-08")])
    body = """DESPATCH NOTIFICATION

Your order ref: 4500031012
Our order no: SO-118842
Despatched: 09/12/2026 via DPD, 6 cartons, tracking 15501234567890
Expected delivery: 10/12/2026

Items:
  SAFETY-GLASS-CLR  x 600
  EARPLUG-200       x 40 boxes

BritSafe Workwear Ltd | Unit 3 Riverside Way, Leicester LE4 1BN | Co. No. 07741220"""
    m = build("BritSafe Despatch <despatch@britsafe.example>", po_addr(po), D("2026-12-09", 15, 2, 0),
              "Despatch notification SO-118842 (your ref 4500031012)", body,
              msgid="<asn-SO-118842@erp.britsafe.example>", mailer="none", extra=[("Auto-Submitted", "auto-generated")])
    return [po], m, EXP("unrelated", "Shipping notice for PO 4500031012, not the open PO 4500033020 (different items too).")


@case("de-rueckfrage-scheuerwert", "needs_review", "de-DE",
      "Question back about fabric specification before confirming")
def _():
    sup = S("TEXTILAB", "Textilweberei Albrecht KG", "verkauf@textil-albrecht.example", "de-DE")
    po = PO("4500033040", sup, "furn", "EUR", "2026-12-09", [
        ln(1, "FAB-FLAT-ANTH", "Flatweave upholstery, anthracite, 140 cm", 400, "M", "16.90", "2027-01-22")])
    irt, refs = reply_refs(po)
    body = """Hallo Frau Vogel,

bevor wir bestätigen können, eine Rückfrage: Benötigen Sie den Stoff in der Standardausführung (Scheuerwert 40.000 Martindale) oder in der Objektqualität mit 100.000 Martindale und Flammschutz nach EN 1021-1/-2? Die Objektqualität hätte einen anderen Preis und ca. 2 Wochen mehr Lieferzeit.

Sobald wir Ihre Antwort haben, schicken wir die AB.

Viele Grüße
Tobias Albrecht
Textilweberei Albrecht KG · Tel. 02561 9912-0""" + ol("de", "Mittwoch, 9. Dezember 2026 08:50", po)
    m = build(addr("Tobias Albrecht", "t.albrecht@textil-albrecht.example"), po_addr(po), D("2026-12-10", 10, 25),
              "AW: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n068", "textil-albrecht.example"), mailer="outlook", lang="de-DE")
    return [po], m, EXP("needs_review", "Supplier asks a specification question and will confirm afterwards.")


@case("hu-megkaptuk-jovo-heten", "needs_review", "hu-HU",
      "Human acknowledgement 'received, confirmation next week' - no commitment")
def _():
    sup = S("PANNONFEED", "Pannon Takarmány Zrt.", "ertekesites@pannontakarmany.example", "hu-HU")
    po = PO("4500033060", sup, "pet", "EUR", "2026-12-14", [
        ln(1, "PELLET-RABBIT", "Rabbit pellet feed, 25 kg bag", 800, "BAG", "11.40", "2027-01-15"),
        ln(2, "PELLET-POULTRY", "Poultry layer pellet, bulk", 30, "T", "355.00", "2027-01-15")])
    irt, refs = reply_refs(po)
    body = """Kedves Brenner Úr!

Köszönjük a megrendelést, megkaptuk. A gyártási kapacitást most egyeztetjük, a visszaigazolást a jövő hét elején, legkésőbb december 22-ig küldjük.

Üdvözlettel:
Szabó Gergely
Pannon Takarmány Zrt. | 7100 Szekszárd, Ipari út 9. | +36 74 511 200""" + ol("hu", "2026. december 14., hétfő 9:12", po)
    m = build(addr("Szabó Gergely", "szabo.gergely@pannontakarmany.example"), po_addr(po), D("2026-12-15", 13, 40),
              "VS: " + req_subject(po), body, auto_html=True, charset="iso-8859-2", irt=irt, refs=refs,
              msgid=mid("outlook", "n069", "pannontakarmany.example"), mailer="outlook", lang="hu-HU")
    return [po], m, EXP("needs_review", "Receipt acknowledged, confirmation promised by 22 December; that date is not a delivery.")


@case("en-gb-body-vs-pdf-contradict", "needs_review", "en-GB",
      "Body and attached PDF disagree on quantity and date: a careful buyer cannot record either")
def _():
    sup = S("MIDLANDBED", "Midland Medical Beds Ltd", "sales@midlandmedbeds.example", "en-GB")
    po = PO("4500033080", sup, "hosp", "GBP", "2026-12-02", [
        ln(1, "MATT-FOAM-HR", "Hospital mattress, high-risk foam", 500, "EA", "148.00", "2027-01-15")])
    irt, refs = reply_refs(po)
    pdf = make_pdf([
        "MIDLAND MEDICAL BEDS LTD - SALES ORDER ACKNOWLEDGEMENT",
        "SOA 55120     Date 04/12/2026",
        "Customer PO: 4500033080",
        "",
        "Item           Qty   Unit price   Despatch",
        "MATT-FOAM-HR   450   GBP 148.00   22/01/2027",
        "",
        "Balance of 50 to be advised.",
    ])
    body = """Hi Henrik,

Happy to confirm your PO 4500033080 - 500 mattresses at £148.00, delivery 15th January as requested. Acknowledgement attached.

Kind regards,
Sian Roberts
Midland Medical Beds Ltd, Telford TF3 3BD | 01952 555 310"""
    m = build(addr("Sian Roberts", "sian.roberts@midlandmedbeds.example"), po_addr(po), D("2026-12-04", 12, 5, 0),
              "RE: " + req_subject(po), body + ol("en", "Wednesday, December 2, 2026 9:00 AM", po), auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n070", "midlandmedbeds.example"), mailer="outlook", lang="en-GB",
              attachments=[("SOA55120.pdf", PDF, pdf)])
    return [po], m, EXP("needs_review", "Body: 500 by 15 Jan; PDF: 450 by 22 Jan, balance to be advised. Contradictory.")


@case("sl-nadomestni-model", "needs_review", "sl-SI",
      "Slovenian; ordered safety shoe discontinued, substitute model proposed pending buyer approval")
def _():
    sup = S("ALPZAS", "Alpina Zaščita d.o.o.", "prodaja@alpina-zascita.example", "sl-SI")
    po = PO("4500033100", sup, "ppe", "EUR", "2026-12-07", [
        ln(1, "SHOE-S3-41", "Safety shoe S3 SRC, size 41", 120, "PR", "38.50", "2027-01-15"),
        ln(2, "SHOE-S3-43", "Safety shoe S3 SRC, size 43", 160, "PR", "38.50", "2027-01-15")])
    irt, refs = reply_refs(po)
    body = """Spoštovana ga. Okafor,

hvala za naročilo 4500033100. Žal je model S3 SRC, ki ste ga naročili, ukinjen. Kot nadomestek predlagamo model S3 ESD SRC (šifra SHOE-S3E), cena 41,20 EUR/par, dobava 15. 1. 2027.

Prosimo, da nam sporočite, ali se strinjate z nadomestnim modelom, nato vam pošljemo potrditev naročila.

Lep pozdrav,
Maja Kranjc
Alpina Zaščita d.o.o., Kidričeva 14, 4000 Kranj
Tel.: +386 4 201 55 30 | ID za DDV: SI12345678""" + ol("sl", "ponedeljek, 7. december 2026 10:40", po)
    m = build(addr("Maja Kranjc", "maja.kranjc@alpina-zascita.example"), po_addr(po), D("2026-12-09", 8, 55),
              "RE: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n071", "alpina-zascita.example"), mailer="outlook", lang="sl-SI")
    return [po], m, EXP("needs_review", "Substitute article at another price, awaiting the buyer's approval: no commitment to the ordered item.")


@case("da-videresendt-kun-vores-tekst", "needs_review", "da-DK",
      "Supplier forwards our request internally with us in Cc; no text of their own besides a one-line note to a colleague")
def _():
    sup = S("DANSENG", "Dansk Plejeseng ApS", "salg@danskplejeseng.example", "da-DK")
    po = PO("4500033120", sup, "hosp", "DKK", "2026-12-10", [
        ln(1, "HOIST-MOB-150", "Mobile patient hoist 150 kg", 8, "EA", "14900.00", "2027-01-29")])
    body = """Hej Bo, kan du tage denne?

/Lene

-----Oprindelig meddelelse-----
Fra: Henrik Dahl <henrik.dahl@medirest-care.example>
Sendt: 10. december 2026 11:02
Til: Dansk Plejeseng ApS <salg@danskplejeseng.example>
Emne: """ + req_subject(po) + "\n\n" + request_text(po)
    m = build(addr("Lene Holm", "lene@danskplejeseng.example"), addr("Bo Madsen", "bo@danskplejeseng.example"), D("2026-12-11", 8, 12),
              "VS: " + req_subject(po), body, auto_html=True, cc=po_addr(po),
              msgid=mid("outlook", "n072", "danskplejeseng.example"), mailer="outlook", lang="da-DK")
    return [po], m, EXP("needs_review", "Internal forward with the buyer in Cc; only our own PO text is present (no In-Reply-To on a forward).")


@case("et-vaaramatu-jou-saeveski", "needs_review", "et-EE",
      "Estonian force-majeure notice (fire at sawmill), no dates or quantities committed")
def _():
    sup = S("PUUMANG", "Puumänguasjad OÜ", "myyk@puumang.example", "et-EE")
    po = PO("4500033140", sup, "toys", "EUR", "2026-12-01", [
        ln(1, "PM-BLOCKS-50", "Wooden building blocks, 50 pcs", 600, "EA", "11.20", "2027-02-12"),
        ln(2, "PM-STACK-RING", "Wooden stacking ring", 800, "EA", "4.60", "2027-02-12")])
    irt, refs = reply_refs(po)
    body = """Tere, Sophie!

Täname tellimuse 4500033140 eest. Kahjuks toimus 28. novembril meie saeveskis tulekahju ja kuivatid on seiskunud. Tegemist on vääramatu jõuga; hetkel ei saa me kinnitada ühtegi tarnekuupäeva.

Anname teada hiljemalt 2027. aasta jaanuari keskel, kui tootmine taastub.

Lugupidamisega
Kadri Tamm
Puumänguasjad OÜ, Tööstuse 5, 80010 Pärnu
Tel +372 444 1234 | Reg.kood 12345678""" + gq("T, 1. dets 2026 kell 14:05 kirjutas Sophie Martens <s.martens@kidsplanet-retail.example>:", po)
    m = build(addr("Kadri Tamm", "kadri@puumang.example"), po_addr(po), D("2026-12-03", 10, 30, 2),
              "Re: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs, msgid=mid("gmail", "n073"), mailer="gmail")
    return [po], m, EXP("needs_review", "Force majeure: explicitly no date can be confirmed; not a rejection either.")


@case("es-condicional-precio-nuevo", "needs_review", "es-ES",
      "Spanish conditional answer: can supply only if buyer accepts a new price per tonne")
def _():
    sup = S("HARINAS", "Harinas y Piensos La Mancha S.L.", "comercial@harinaslamancha.example", "es-ES")
    po = PO("4500033160", sup, "pet", "EUR", "2026-12-09", [
        ln(1, "CEBADA-PIENSO", "Feed barley, bulk", 40, "T", "228.00", "2027-01-12")])
    irt, refs = reply_refs(po)
    body = """Hola Lars,

Sobre el pedido 4500033160: con la subida de la cebada no podemos mantener 228 €/t. Podríamos servir las 40 t el 12 de enero a 245 €/t si nos dais el OK.

Quedo a la espera de vuestra respuesta antes de confirmar.

Saludos,
Antonio Ruiz
Harinas y Piensos La Mancha S.L. · Tomelloso (Ciudad Real) · 926 50 12 77""" + ol("es", "miércoles, 9 de diciembre de 2026 9:30", po)
    m = build(addr("Antonio Ruiz", "aruiz@harinaslamancha.example"), po_addr(po), D("2026-12-10", 12, 0),
              "RE: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs,
              msgid=mid("outlook", "n074", "harinaslamancha.example"), mailer="outlook", lang="es-ES")
    return [po], m, EXP("needs_review", "Offer conditional on the buyer accepting 245 €/t; not yet a commitment.")


@case("nb-hvilken-ordre-uklart", "needs_review", "nb-NO",
      "Two open POs with the same article; short unthreaded reply 'bekreftet' without a PO number")
def _():
    sup = S("NORDSYKKEL", "Nordsykkel Deler AS", "salg@nordsykkel.example", "nb-NO")
    po1 = PO("4500033180", sup, "bike", "NOK", "2026-12-01", [
        ln(1, "CHAIN-11S", "Chain 11-speed", 300, "EA", "245.00", "2027-01-15")])
    po2 = PO("4500033181", sup, "bike", "NOK", "2026-12-08", [
        ln(1, "CHAIN-11S", "Chain 11-speed", 500, "EA", "245.00", "2027-01-29")])
    body = """Hei Jonas

Kjedene er bekreftet, levering som ønsket.

mvh
Per Olsen
Nordsykkel Deler AS

Sendt fra min iPhone"""
    m = build(addr("Per Olsen", "per@nordsykkel.example"), addr("Jonas Keller", "j.keller@velocraft.example"), D("2026-12-09", 19, 40),
              "kjeder", body, msgid=mid("apple", "n075", "nordsykkel.example"), mailer="iphone")
    return [po1, po2], m, EXP("needs_review", "No PO number, no thread headers, two open POs for the same chain with different quantities and dates.")


@case("en-us-early-january-probably", "needs_review", "en-US",
      "Vague answer: 'should be able to ship early January, probably' - no firm quantity/date")
def _():
    sup = S("GREATLAKES", "Great Lakes Guitar Parts Co.", "sales@greatlakesguitar.example", "en-US")
    po = PO("4500033200", sup, "music", "USD", "2026-12-07", [
        ln(1, "PICKUP-HB-SET", "Humbucker pickup set", 150, "SET", "54.00", "2026-12-30"),
        ln(2, "BRIDGE-TOM-CH", "Tune-o-matic bridge, chrome", 300, "EA", "11.75", "2026-12-30")])
    irt, refs = reply_refs(po)
    body = """Hey Anna,

Got your PO, thanks! We're slammed with holiday orders right now. Pickups should be good, bridges I need to check with the plating shop. I'd say we can probably ship early January but don't hold me to it, I'll firm it up after the 1st.

Mike

Mike Kowalski | Great Lakes Guitar Parts Co. | Kalamazoo, MI | 269-555-0133""" + gq("On Mon, Dec 7, 2026 at 4:12 AM Anna Lindgren <anna.lindgren@tonewood-music.example> wrote:", po)
    m = build(addr("Mike Kowalski", "mike@greatlakesguitar.example"), po_addr(po), D("2026-12-08", 16, 5, -5),
              "Re: " + req_subject(po), body, auto_html=True, irt=irt, refs=refs, msgid=mid("gmail", "n076"), mailer="gmail")
    return [po], m, EXP("needs_review", "'probably ... early January, don't hold me to it': no commitment.")


@case("lv-maisi-25kg-jautajums", "needs_review", "lv-LV",
      "Latvian; bag-size problem raised as a question (960 kg in 25 kg bags: 950 or 975?) without deciding")
def _():
    sup = S("LATBARIBA", "SIA Latvijas Barība", "pasutijumi@latbariba.example", "lv-LV")
    po = PO("4500033220", sup, "pet", "EUR", "2026-12-10", [
        ln(1, "DOG-PUPPY-LV", "Puppy dry food (packed)", 960, "KG", "3.85", "2027-01-14")])
    irt, refs = reply_refs(po)
    body = """Labdien, Lars!

Paldies par pasūtījumu 4500033220. Mēs fasējam tikai pa 25 kg maisiem, tāpēc 960 kg nevaram piegādāt precīzi. Lūdzu, apstipriniet, vai vēlaties 950 kg (38 maisi) vai 975 kg (39 maisi) - cena un termiņš paliek nemainīgi.

Ar cieņu
Ilze Bērziņa
SIA Latvijas Barība, Rīgas iela 40, Jelgava, LV-3001
Tālr. +371 630 12345""" + ol("en", "Thursday, December 10, 2026 10:00 AM", po)
    m = build(addr("Ilze Bērziņa", "ilze@latbariba.example"), po_addr(po), D("2026-12-11", 9, 15, 2),
              "RE: " + req_subject(po), body, auto_html=True, charset="iso-8859-13", irt=irt, refs=refs,
              msgid=mid("outlook", "n077", "latbariba.example"), mailer="outlook", lang="lv-LV")
    return [po], m, EXP("needs_review", "Supplier leaves the bag rounding to the buyer (950 or 975 kg): quantity not committed.")


@case("zh-cn-xiandian-jiaoqi-daiding", "needs_review", "zh-CN",
      "Simplified Chinese: price confirmed but delivery 'to be determined' due to power rationing - nothing committed per line")
def _():
    sup = S("JSPV", "Jiangsu Guangyao PV Technology Co., Ltd.", "sales@gy-pv.example", "zh-CN")
    po = PO("4500033240", sup, "solar", "USD", "2026-12-03", [
        ln(1, "PV-550-BIF", "Bifacial module 550 W", 2000, "EA", "88.00", "2027-02-26")])
    irt, refs = reply_refs(po)
    body = """Mei Lin 你好：

订单 4500033240 已收到。价格没有问题，但是由于江苏地区限电，工厂目前只能开工三天，交货期暂时无法确定，待定。我们会在1月中旬给您答复具体数量和交期。

抱歉带来不便。

赵磊
江苏光耀光伏科技有限公司 销售部
电话：0519-8866 5521"""
    body += gq("在 2026年12月3日 星期四 09:45，Mei Lin Tan <meilin.tan@sunharbor-energy.example> 写道：", po)
    m = build(addr("赵磊", "zhaolei@gy-pv.example"), po_addr(po), D("2026-12-05", 15, 20, 8),
              "回复：" + req_subject(po), body, charset="gb18030", cte="base64", irt=irt, refs=refs,
              msgid="<2026120515200455512@gy-pv.example>", mailer="foxmail")
    return [po], m, EXP("needs_review", "Quantity and date explicitly 待定 (to be determined); price alone does not make a confirmation.")


# ==========================================================================
# validation and output
# ==========================================================================
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DEC = re.compile(r"^\d+(\.\d+)?$")


def validate(pos, exp, raw):
    from email import message_from_bytes
    kinds = {"confirmation", "needs_review", "auto_reply", "bounce", "unrelated"}
    assert exp["kind"] in kinds, exp["kind"]
    assert isinstance(exp.get("notes"), str) and exp["notes"]
    byno = {p["po_number"]: p for p in pos}
    for p in pos:
        for k in ("po_number", "supplier", "buyer", "currency", "issued", "lines"):
            assert k in p, k
        assert ISO.match(p["issued"])
        for l in p["lines"]:
            assert DEC.match(l["unit_price"]), l
            assert ISO.match(l["requested_date"])
            dt.date.fromisoformat(l["requested_date"])
    if exp["kind"] == "confirmation":
        assert exp["confirmations"], "empty confirmations"
        seen = set()
        for c in exp["confirmations"]:
            p = byno[c["po_number"]]
            assert c["po_number"] not in seen
            seen.add(c["po_number"])
            assert set(c["lines"]) == {str(l["line"]) for l in p["lines"]}, c
            for n, v in c["lines"].items():
                l = line_of(p, int(n))
                st = v["status"]
                assert st in ("accepted", "changed", "rejected", "unconfirmed")
                if st in ("rejected", "unconfirmed"):
                    assert set(v) == {"status"}, v
                    continue
                assert DEC.match(v["unit_price"]) and ISO.match(v["date"]), v
                dt.date.fromisoformat(v["date"])
                same = (v["quantity"] == l["quantity"] and Decimal(v["unit_price"]) == Decimal(l["unit_price"])
                        and v["date"] == l["requested_date"])
                if st == "accepted":
                    assert same and "schedule" not in v, (c["po_number"], n, v)
                else:
                    assert not same, ("changed but identical", c["po_number"], n)
                if "schedule" in v:
                    s = v["schedule"]
                    assert len(s) >= 2
                    tot = sum(Decimal(str(x["quantity"])) for x in s)
                    assert tot == Decimal(str(v["quantity"])), (tot, v)
                    assert max(x["date"] for x in s) == v["date"], v
    else:
        assert "confirmations" not in exp
    msg = message_from_bytes(raw, policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[h], h
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            data = part.get_payload(decode=True)
            if fn.lower().endswith(".pdf"):
                assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
                sx = int(data.rsplit(b"startxref", 1)[1].split()[0])
                assert data[sx:sx + 4] == b"xref"
                body = data[sx:].split(b"trailer")[0].split(b"\n")
                nobj = int(body[1].split()[1])
                for k in range(1, nobj):
                    off = int(body[2 + k].split()[0])
                    assert data[off:].startswith(b"%d 0 obj" % k), (fn, k)
                ln_ = re.search(rb"/Length (\d+) >>\nstream\n", data)
                st = ln_.end()
                assert data[st + int(ln_.group(1)):].startswith(b"endstream")
            if fn.lower().endswith(".xlsx"):
                with zipfile.ZipFile(io.BytesIO(data)) as z:
                    assert z.testzip() is None
                    assert "xl/worksheets/sheet1.xml" in z.namelist()
                    import xml.etree.ElementTree as ET
                    for nm in z.namelist():
                        ET.fromstring(z.read(nm))
        elif part.get_content_maintype() == "text":
            part.get_content()  # decodes in the declared charset


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    readme = ["# Batch N - supplier replies (furniture, toys, pet food, automotive, solar, bikes, music, sports, wine packaging, hospital, chemicals, PPE)",
              "", "Generated by `make_batch.py` (standard library only, deterministic).", ""]
    stats = {}
    for i, (slug, cat, loc, what, fn) in enumerate(CASES, 1):
        name = "%03d-%s" % (i, slug)
        pos, m, exp = fn()
        raw = m if isinstance(m, bytes) else to_bytes(m)
        pos = [clean_po(p) for p in pos]
        validate(pos, exp, raw)
        assert cat.split("/")[0] == exp["kind"], (name, cat, exp["kind"])
        d = os.path.join(OUT, name)
        os.makedirs(d)
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump(pos, f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        readme.append("- `%s` | %s/%s | %s" % (name, cat, loc, what))
        stats.setdefault(exp["kind"], 0)
        stats[exp["kind"]] += 1
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    print(len(CASES), "cases", stats)


if __name__ == "__main__":
    main()
