#!/usr/bin/env python3
"""Held-out batch I of supplier replies, written from /work/shared/corpus/FORMAT.md alone.

Writes cases/NNN-slug/{pos.json,message.eml,expected.json} deterministically (standard library only)
and validates every case after writing.
"""
import base64, datetime, io, json, os, quopri, shutil, sys, zipfile
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")
OURDOM = "korvalen.example"
ORG = "Korvalen Industrial Services"

# ---------------------------------------------------------------- helpers: headers
def ew(s, charset="utf-8", enc="B"):
    """RFC 2047 encode s if needed (split into several encoded words)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    limit = 45 if enc == "B" else 20
    for ch in s:
        if cur and len((cur + ch).encode(charset)) > limit:
            words.append(cur); cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(charset)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (charset.upper(), base64.b64encode(b).decode()))
        else:
            q = "".join(c if (c.isalnum() and ord(c) < 128) else ("_" if c == " " else "=%02X" % ord(c))
                        for c in b.decode("latin-1"))
            out.append("=?%s?Q?%s?=" % (charset.upper(), q))
    return "\n ".join(out)

def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, charset, enc), email)

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def rdate(y, m, d, hh, mi, ss=0, tz="+0000"):
    dt = datetime.date(y, m, d)
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (WD[dt.weekday()], d, MO[m - 1], y, hh, mi, ss, tz)

# ---------------------------------------------------------------- helpers: MIME entities
def b64lines(b):
    return base64.encodebytes(b).decode("ascii")

def qp(b):
    return quopri.encodestring(b).decode("ascii")

def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=(), params=""):
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = qp(raw)
    elif cte == "base64":
        body = b64lines(raw)
    elif cte == "7bit":
        body = raw.decode("ascii")
    elif cte == "8bit":
        assert charset == "utf-8", "8bit only used with utf-8 here"
        body = raw.decode("utf-8")
    else:
        raise ValueError(cte)
    hdrs = [("Content-Type", '%s; charset="%s"%s' % (ctype, charset, params)),
            ("Content-Transfer-Encoding", cte)] + list(extra)
    return (hdrs, body, charset if cte == "8bit" else "ascii")

def text(t, charset="utf-8", cte="quoted-printable", flowed=False):
    return leaf("text/plain", t, charset, cte, params="; format=flowed" if flowed else "")

def html(h, charset="utf-8", cte="quoted-printable"):
    return leaf("text/html", h, charset, cte)

def attach(ctype, filename, data, disposition="attachment", name_charset="utf-8"):
    fn = filename
    try:
        filename.encode("ascii")
        fparam = '"%s"' % filename
    except UnicodeEncodeError:
        fparam = '"%s"' % ew(filename, name_charset).replace("\n ", "")
    hdrs = [("Content-Type", "%s; name=%s" % (ctype, fparam)),
            ("Content-Disposition", "%s; filename=%s" % (disposition, fparam)),
            ("Content-Transfer-Encoding", "base64")]
    return (hdrs, b64lines(data), "ascii")

def raw_part(hdrs, body):
    return (list(hdrs), body if body.endswith("\n") else body + "\n", "utf-8")

def multipart(subtype, parts, boundary, preamble="", params=""):
    out = []
    if preamble:
        out.append(preamble + "\n")
    for p in parts:
        out.append("--%s\n" % boundary)
        out.append(render_entity(p))
    out.append("--%s--\n" % boundary)
    return ([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params))], "".join(out), "utf-8")

def render_entity(p):
    hdrs, body, _ = p
    h = "".join("%s: %s\n" % (k, v) for k, v in hdrs)
    return h + "\n" + body + ("" if body.endswith("\n") else "\n")

def alt(t, h, boundary):
    return multipart("alternative", [t, h], boundary)

def message(headers, entity, mime_version=True):
    hdrs = list(headers)
    if mime_version:
        hdrs.append(("MIME-Version", "1.0"))
    s = "".join("%s: %s\n" % (k, v) for k, v in hdrs)
    s += render_entity(entity)
    return s.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")

def std_headers(frm, to, subject, date, msgid, in_reply_to=None, references=None, cc=None, extra=()):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Date", date), ("Message-ID", msgid)]
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    h += list(extra)
    return h

def quote(t, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in t.rstrip("\n").split("\n")) + "\n"

# ---------------------------------------------------------------- helpers: PDF / XLSX
def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

def make_pdf(rows, title="Document"):
    """rows: list of (x, y, size, text). Uncompressed content stream, Helvetica/WinAnsi."""
    ops = []
    for x, y, size, t in rows:
        ops.append("BT /F1 %d Tf 1 0 0 1 %d %d Tm (%s) Tj ET" % (size, x, y, pdf_escape(t)))
    content = ("\n".join(ops) + "\n").encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        ("<< /Title (%s) /Producer (PDF writer) >>" % pdf_escape(title)).encode("cp1252"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)

def xml_esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def make_xlsx(rows, sheet="Sheet1"):
    """rows: list of lists; str -> inline string, int/float/Decimal -> number."""
    data = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r)
            if v is None or v == "":
                continue
            if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xml_esc(v)))
        data.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xml_esc(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(data),
    }
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content.encode("utf-8"))
    return bio.getvalue()

XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ---------------------------------------------------------------- helpers: POs and labels
def S(id_, name, email, locale):
    return {"id": id_, "name": name, "email": email, "locale": locale}

def B(name, local):
    return {"name": name, "email": "%s@%s" % (local, OURDOM)}

def PO(num, sup, buyer, currency, issued, lines, rmid=True):
    p = {"po_number": num, "supplier": sup, "buyer": buyer, "currency": currency, "issued": issued}
    if rmid:
        p["request_message_id"] = "<po-%s.1@%s>" % (num, OURDOM)
    p["lines"] = [{"line": i, "item": it, "description": de, "quantity": q, "uom": u,
                   "unit_price": pr, "requested_date": d}
                  for i, (it, de, q, u, pr, d) in enumerate(lines, 1)]
    return p

def rmid(p):
    return p["request_message_id"]

def _line(p, n):
    return p["lines"][n - 1]

def A(p, n):
    l = _line(p, n)
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"], "date": l["requested_date"]}

def C(p, n, qty=None, price=None, date=None, schedule=None):
    l = _line(p, n)
    d = {"status": "changed",
         "quantity": l["quantity"] if qty is None else qty,
         "unit_price": l["unit_price"] if price is None else price,
         "date": l["requested_date"] if date is None else date}
    if schedule:
        d["schedule"] = [{"quantity": q, "date": dt} for q, dt in schedule]
    return d

REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}

def conf(*entries, notes=""):
    """entries: (po, {line: label})"""
    return {"kind": "confirmation",
            "confirmations": [{"po_number": p["po_number"], "lines": {str(k): v for k, v in sorted(ls.items())}}
                              for p, ls in entries],
            "notes": notes}

def other(kind, notes):
    return {"kind": kind, "notes": notes}

def po_table(p, style="plain", datefmt="iso", dec="."):
    """Our acknowledgment-request table as the buyer's ERP prints it."""
    rows = []
    for l in p["lines"]:
        d = l["requested_date"]
        if datefmt == "dmy":
            d = "%s.%s.%s" % (d[8:10], d[5:7], d[0:4])
        elif datefmt == "mdy":
            d = "%s/%s/%s" % (d[5:7], d[8:10], d[0:4])
        pr = l["unit_price"].replace(".", dec)
        rows.append("%-4s %-16s %-44s %8s %-4s %10s %s" % (l["line"], l["item"], l["description"][:44],
                                                         l["quantity"], l["uom"], pr, d))
    head = "%-4s %-16s %-44s %8s %-4s %10s %s" % ("Ln", "Item", "Description", "Qty", "UoM", "Price " + p["currency"], "Need-by")
    return head + "\n" + "\n".join(rows) + "\n"

def po_request(p, greeting=None, datefmt="iso", dec="."):
    g = greeting or "Dear %s team," % p["supplier"]["name"]
    return ("%s\n\nPlease confirm our purchase order %s (quantities, unit prices and delivery dates)\n"
            "by reply to this e-mail.\n\n%s\nDelivery address and terms as per the attached PO.\n\n"
            "Kind regards\n%s\nPurchasing - %s\n" % (g, p["po_number"], po_table(p, datefmt=datefmt, dec=dec),
                                                   p["buyer"]["name"], ORG))

def outlook_quote(frm, sent, to, subject, body, cc=None, lang="en"):
    lab = {"en": ("From", "Sent", "To", "Cc", "Subject"),
           "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
           "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
           "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
           "pt": ("De", "Enviada em", "Para", "Cc", "Assunto"),
           "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
           "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
           "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
           "tr": ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu")}[lang]
    s = "%s: %s\n%s: %s\n%s: %s\n" % (lab[0], frm, lab[1], sent, lab[2], to)
    if cc:
        s += "%s: %s\n" % (lab[3], cc)
    s += "%s: %s\n\n%s" % (lab[4], subject, body)
    return s

CASES = []

def case(slug, cat, what):
    def deco(fn):
        CASES.append((slug, cat, what, fn))
        return fn
    return deco

# =============================================================================================
# CONFIRMATIONS
# =============================================================================================

@case("ridgeline-oneliner-toppost", "confirmation/en-US", "one-line top-posted 'confirmed' over an Outlook-quoted request; all lines accepted")
def c_ridgeline():
    sup = S("RIDGE", "Ridgeline Bearing & Supply", "orders@ridgeline-bearing.example", "en-US")
    p = PO("7100041122", sup, B("Owen Patel", "owen.patel"), "USD", "2026-11-30", [
        ("BRG-6205-2RS", "Deep groove ball bearing 6205-2RS", 40, "EA", "4.85", "2026-12-15"),
        ("BRG-UCP208", "Pillow block bearing UCP208, cast iron", 12, "EA", "27.40", "2026-12-15"),
    ])
    body = ("Confirmed, both lines will ship to make the 12/15 date. Thx\n\nKyle\n\nSent from my iPhone\n\n"
            + outlook_quote("Owen Patel <owen.patel@korvalen.example>", "Monday, November 30, 2026 4:12 PM",
                            "orders@ridgeline-bearing.example", "Purchase order 7100041122 - please confirm",
                            po_request(p, "Hello Ridgeline team,", datefmt="mdy")))
    msg = message(std_headers(addr("Kyle Brandt", "kbrandt@ridgeline-bearing.example"), addr("Owen Patel", p["buyer"]["email"]),
                              "RE: Purchase order 7100041122 - please confirm", rdate(2026, 12, 1, 7, 48, 5, "-0600"),
                              "<A1F3C2D9-77B1-4E2A-9C1D-3B2E44F0C1AA@ridgeline-bearing.example>", rmid(p), rmid(p)),
                  text(body, "us-ascii", "7bit"))
    return [p], msg, conf((p, {1: A(p, 1), 2: A(p, 2)}), notes="Bare one-liner from a phone; the need-by date is restated month-first (12/15).")


@case("bruckner-inline-kw-discontinued", "confirmation/de-DE", "German inline answers under each quoted position: OK / KW 51 + new price / discontinued (rejected); latin-1 QP")
def c_bruckner():
    sup = S("BRUCK", "Bruckner Industriebedarf GmbH", "auftrag@bruckner-ib.example", "de-DE")
    p = PO("7100041187", sup, B("Marta Lindqvist", "marta.lindqvist"), "EUR", "2026-11-27", [
        ("SK-ISO7380-M8X20", "Linsenkopfschraube ISO 7380 M8x20 A2", 500, "EA", "0.18", "2026-12-09"),
        ("KS-FLEX-125", "Fächerschleifscheibe 125 mm K80", 200, "EA", "2.95", "2026-12-09"),
        ("HSS-SET-19", "Spiralbohrer-Satz HSS-G 1-10 mm, 19-tlg.", 10, "EA", "38.50", "2026-12-09"),
    ])
    q = ("Sehr geehrte Damen und Herren,\n\nbitte bestätigen Sie unsere Bestellung 7100041187 mit Menge, Preis und Termin:\n\n"
         "Pos. 1  SK-ISO7380-M8X20  Linsenkopfschraube M8x20 A2     500 ST   0,18 EUR   09.12.2026\n"
         "Pos. 2  KS-FLEX-125       Fächerschleifscheibe 125 K80     200 ST   2,95 EUR   09.12.2026\n"
         "Pos. 3  HSS-SET-19        Spiralbohrer-Satz HSS-G 1-10      10 ST  38,50 EUR   09.12.2026\n\n"
         "Mit freundlichen Grüßen\nMarta Lindqvist\nEinkauf - Korvalen Industrial Services GmbH\n")
    ql = q.split("\n")
    body = ("Hallo Frau Lindqvist,\n\nunsere Antworten stehen direkt bei den Positionen.\n\n"
            "Mit freundlichen Grüßen\ni.A. Jürgen Weiß\nInnendienst\n\nBruckner Industriebedarf GmbH\nGewerbering 14 · 73760 Ostfildern\n"
            "Tel. +49 711 000000-21\nGeschäftsführer: K. Bruckner · HRB 000000 Amtsgericht Stuttgart\n\n"
            "-----Ursprüngliche Nachricht-----\nVon: Marta Lindqvist <marta.lindqvist@korvalen.example>\n"
            "Gesendet: Freitag, 27. November 2026 10:05\nAn: auftrag@bruckner-ib.example\nBetreff: Bestellung 7100041187\n\n"
            + quote("\n".join(ql[0:4])) +
            quote(ql[4]) + "\nOK, wie bestellt.\n\n" +
            quote(ql[5]) + "\nAktuell nicht am Lager, Liefertermin KW 51. Preis laut neuer Liste 3,05 EUR/St.\n\n" +
            quote(ql[6]) + "\nDer Satz ist beim Hersteller ausgelaufen, können wir leider nicht mehr liefern.\n\n" +
            quote("\n".join(ql[7:])))
    msg = message(std_headers(addr("Weiß, Jürgen", "j.weiss@bruckner-ib.example", "iso-8859-1", "Q"), addr("Marta Lindqvist", p["buyer"]["email"]),
                              "AW: Bestellung 7100041187", rdate(2026, 12, 2, 11, 2, 41, "+0100"),
                              "<000001db4c21$8a7e3f10$9f7abd30$@bruckner-ib.example>", rmid(p), rmid(p),
                              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de")]),
                  text(body, "iso-8859-1", "quoted-printable"))
    return [p], msg, conf((p, {1: A(p, 1), 2: C(p, 2, price="3.05", date="2026-12-18"), 3: REJ}),
                          notes="Inline answers between quoted lines; KW 51 with no day = Fri 2026-12-18; decimal comma price; line 3 refused.")


@case("delorme-reduced-qty-tuesday", "confirmation/fr-FR", "French: cement reduced 24->18 pallets, whole order delivered 'mardi 15/12' instead of 14/12; Apple Mail quote")
def c_delorme():
    sup = S("DELOR", "Matériaux Delorme SAS", "adv@materiaux-delorme.example", "fr-FR")
    p = PO("7100041203", sup, B("Julien Girard", "julien.girard"), "EUR", "2026-12-01", [
        ("CIM-CEM2-35", "Ciment CEM II/A-LL 42,5 R, sac 35 kg (palette 40 sacs)", 24, "PAL", "265.00", "2026-12-14"),
        ("PARP-B40-20", "Bloc béton creux B40 20x20x50 (palette 60)", 6, "PAL", "148.00", "2026-12-14"),
    ])
    body = ("Bonjour Monsieur Girard,\n\nMerci pour votre commande.\n\n"
            "Suite à une tension sur le ciment en ce moment chez Vicat, nous ne pourrons vous livrer que 18 palettes "
            "de ciment au lieu des 24 commandées. Les 6 palettes de parpaings B40 sont OK.\n\n"
            "Livraison de l'ensemble sur votre chantier le mardi 15/12 au matin (pas de tournée le lundi sur votre secteur). "
            "Prix inchangés.\n\nBien cordialement,\n\nSandrine Morel\nAdministration des ventes\nMatériaux Delorme SAS – Agence de Villefranche\n"
            "04 74 00 00 00\n\n"
            "> Le 1 déc. 2026 à 16:02, Julien Girard <julien.girard@korvalen.example> a écrit :\n>\n"
            + quote(po_request(p, "Bonjour,", datefmt="dmy", dec=",")))
    msg = message(std_headers(addr("Sandrine Morel", "s.morel@materiaux-delorme.example"), addr("Julien Girard", p["buyer"]["email"]),
                              ew("Re: Commande 7100041203 – confirmation"), rdate(2026, 12, 3, 9, 17, 2, "+0100"),
                              "<5E0B2C11-1F4A-4B8E-A0C7-6D2E93C51B02@materiaux-delorme.example>", rmid(p), rmid(p),
                              extra=[("X-Mailer", "Apple Mail (2.3774.200.91.1.1)")]),
                  text(body, "utf-8", "quoted-printable", flowed=True))
    return [p], msg, conf((p, {1: C(p, 1, qty=18, date="2026-12-15"), 2: C(p, 2, date="2026-12-15")}),
                          notes="Reduced quantity on line 1; the delivery day applies to both lines (date without year).")


@case("bajio-price-per-roll", "confirmation/es-MX", "Mexican Spanish: canvas price quoted per 50 m roll while PO is per metre (2,050.00/50 = 41.00); other line kept")
def c_bajio():
    sup = S("BAJIO", "Lonas y Textiles del Bajío S.A. de C.V.", "ventas@lonasbajio.example", "es-MX")
    p = PO("7100041210", sup, B("Lucía Herrera", "lucia.herrera"), "MXN", "2026-11-30", [
        ("LON-PVC-610", "Lona PVC 610 g/m2 blanca, ancho 2.50 m", 500, "M", "38.50", "2026-12-11"),
        ("HIL-POL-20", "Hilo poliéster alta tenacidad cal. 20, cono 1 kg", 30, "KG", "215.00", "2026-12-11"),
    ])
    body = ("Buen día Lucía,\n\nrecibimos su orden 7100041210, gracias.\n\n"
            "Le comento que la lona 610 tuvo aumento del proveedor, el rollo de 50 m queda en $2,050.00 más IVA "
            "(se surten 10 rollos = 500 m). El hilo cal. 20 se respeta el precio de $215.00/kg.\n\n"
            "Todo se entrega el viernes 11 como lo pidieron.\n\nSaludos cordiales\n\n"
            "Ing. Ramiro Cázares\nVentas Industriales | Lonas y Textiles del Bajío\nCel. 477 000 0000\n\n"
            "El vie, 30 nov 2026 a las 13:40, Lucía Herrera (<lucia.herrera@korvalen.example>) escribió:\n"
            + quote(po_request(p, "Buenas tardes,")))
    msg = message(std_headers(addr("Ramiro Cázares", "rcazares@lonasbajio.example"), addr("Lucía Herrera", p["buyer"]["email"]),
                              "Re: Orden de compra 7100041210", rdate(2026, 12, 1, 10, 5, 33, "-0600"),
                              "<CAF9k2pQx7vZ0d1pL3mN8s@mail.lonasbajio.example>", rmid(p), rmid(p)),
                  alt(text(body, "utf-8", "quoted-printable"),
                      html("<div dir=\"ltr\">" + body.split("El vie,")[0].replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") +
                           "</div><br><div class=\"gmail_quote\">El vie, 30 nov 2026 a las 13:40, Lucía Herrera escribió:<br><blockquote class=\"gmail_quote\">"
                           + po_request(p, "Buenas tardes,").replace("\n", "<br>") + "</blockquote></div>", "utf-8", "quoted-printable"),
                      "000000000000b1c2d305f0a1e2a4"))
    return [p], msg, conf((p, {1: C(p, 1, price="41.00"), 2: A(p, 2)}),
                          notes="Price per 50 m roll must be converted to the PO's unit (metre); 'viernes 11' = 2026-12-11 as requested.")


@case("labsul-split-rest-january", "confirmation/pt-BR", "Brazilian Portuguese: line 1 split 200 now / 100 on 08/01/2027, line 2 as ordered; Outlook HTML+text")
def c_labsul():
    sup = S("LABSUL", "LabSul Produtos para Laboratório Ltda", "pedidos@labsul.example", "pt-BR")
    p = PO("7100041234", sup, B("Ines Duarte", "ines.duarte"), "BRL", "2026-12-01", [
        ("PON-200-CX", "Ponteira 200 uL amarela, caixa c/ 1000", 300, "CX", "45.90", "2026-12-10"),
        ("TUB-FAL-50", "Tubo cônico tipo Falcon 50 mL estéril, pct 25", 40, "PCT", "38.00", "2026-12-10"),
    ])
    main = ("Prezada Ines, bom dia.\n\nConfirmamos o pedido 7100041234:\n\n"
            "Item 1 – Ponteira 200 µL: temos 200 cx em estoque, que seguem para entrega em 10/12. "
            "As 100 cx restantes estão chegando do fabricante e serão entregues em 08/01/2027. Preço R$ 45,90 mantido.\n"
            "Item 2 – Tubo Falcon 50 mL: ok conforme pedido (40 pct, R$ 38,00, 10/12).\n\n"
            "Qualquer dúvida estou à disposição.\n\nAtenciosamente,\nCamila Rocha\nAtendimento Comercial – LabSul\n(51) 3000-0000\n")
    q = outlook_quote("Ines Duarte <ines.duarte@korvalen.example>", "terça-feira, 1 de dezembro de 2026 14:20",
                      "pedidos@labsul.example", "Pedido de compra 7100041234", po_request(p, "Prezados,", datefmt="dmy", dec=","), lang="pt")
    t = main + "\n" + q
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body lang=\"PT-BR\">"
         "<div class=\"WordSection1\">" + "".join("<p class=\"MsoNormal\">%s<o:p></o:p></p>" % (l or "&nbsp;") for l in main.split("\n")) +
         "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\"><b>De:</b> Ines Duarte<br><b>Enviada em:</b> terça-feira, 1 de dezembro de 2026 14:20<br><b>Para:</b> pedidos@labsul.example<br><b>Assunto:</b> Pedido de compra 7100041234</p></div>"
         "<pre>" + po_request(p, "Prezados,", datefmt="dmy", dec=",") + "</pre></div></body></html>")
    msg = message(std_headers(addr("Camila Rocha", "camila.rocha@labsul.example"), addr("Ines Duarte", p["buyer"]["email"]),
                              "RES: Pedido de compra 7100041234", rdate(2026, 12, 2, 9, 31, 12, "-0300"),
                              "<CP4P284MB1932A0B1C2D3E4F5@CP4P284MB1932.BRAP284.PROD.OUTLOOK.COM>", rmid(p), rmid(p),
                              extra=[("Content-Language", "pt-BR")]),
                  alt(text(t), html(h), "_000_CP4P284MB1932A0B1C2D3E4F5_"))
    return [p], msg, conf((p, {1: C(p, 1, date="2027-01-08", schedule=[(200, "2026-12-10"), (100, "2027-01-08")]), 2: A(p, 2)}),
                          notes="Split delivery: quantity stays 300, date is the last delivery.")


@case("gulfshield-balance-later", "confirmation/en-AE", "UAE English: numbered confirmation, gloves 50 now and 'balance 30 prs' on 28/12/2026; helmets/goggles OK")
def c_gulfshield():
    sup = S("GULFSH", "Gulf Shield Safety Equipment LLC", "sales@gulfshield.example", "en-AE")
    p = PO("7100041240", sup, B("Hamza Qureshi", "hamza.qureshi"), "AED", "2026-11-29", [
        ("PPE-HLM-WH", "Safety helmet white, vented, EN397", 120, "EA", "18.50", "2026-12-10"),
        ("PPE-GLV-CUT5", "Cut-resistant gloves level 5, size 9", 80, "PR", "22.00", "2026-12-10"),
        ("PPE-GOG-AF", "Safety goggles, anti-fog, indirect vent", 60, "EA", "9.75", "2026-12-10"),
    ])
    body = ("Dear Sir,\n\nGreetings from Gulf Shield!\n\nWith reference to your PO # 7100041240 dated 29/11/2026, please note our confirmation as below:\n\n"
            "1) Safety helmet white - 120 nos - OK, delivery on 10/12/2026\n"
            "2) Cut 5 gloves size 9 - only 50 prs available ex-stock, will deliver on 10/12/2026, balance 30 prs on 28/12/2026\n"
            "3) Anti-fog goggles - 60 nos - OK, delivery on 10/12/2026\n\n"
            "Prices as per PO. Delivery to your Jebel Ali store, kindly arrange gate pass.\n\n"
            "Thanks & Best Regards,\n\nRoshan D'Souza\nSales Coordinator\nGulf Shield Safety Equipment LLC\n"
            "P.O. Box 00000, Al Quoz Industrial Area 3, Dubai, U.A.E.\nT: +971 4 000 0000 | M: +971 50 000 0000\n"
            "غلف شيلد لمعدات السلامة ذ.م.م\n\n"
            + outlook_quote("Hamza Qureshi <hamza.qureshi@korvalen.example>", "Sunday, November 29, 2026 11:02 AM",
                            "sales@gulfshield.example", "PO 7100041240", po_request(p, datefmt="dmy")))
    msg = message(std_headers(addr("Roshan D'Souza", "roshan@gulfshield.example"), addr("Hamza Qureshi", p["buyer"]["email"]),
                              "RE: PO 7100041240", rdate(2026, 12, 7, 10, 44, 0, "+0400"),
                              "<DB9PR04MB8432F1E2D3C4B5A6@DB9PR04MB8432.eurprd04.prod.outlook.example>", rmid(p), rmid(p)),
                  text(body, "utf-8", "base64"))
    return [p], msg, conf((p, {1: A(p, 1), 2: C(p, 2, date="2026-12-28", schedule=[(50, "2026-12-10"), (30, "2026-12-28")]), 3: A(p, 3)}),
                          notes="'balance 30 prs' is the rest of the 80 ordered: split, total unchanged.")


@case("alrashed-arabic-sunday", "confirmation/ar-SA", "Arabic (Saudi) with Arabic-Indic digits: both lines as ordered but delivered Sunday 20 Dec instead of Thursday 17th")
def c_alrashed():
    sup = S("RASHED", "Al-Rashed Building Materials Est.", "sales@alrashed-bm.example", "ar-SA")
    p = PO("7100041251", sup, B("Faisal Al-Otaibi", "faisal.alotaibi"), "SAR", "2026-12-02", [
        ("REB-12-G60", "Steel rebar 12 mm Grade 60, 12 m length", 15, "TNE", "2650.00", "2026-12-17"),
        ("WIR-BIND-16", "Black annealed binding wire 1.6 mm, 25 kg coil", 40, "RL", "95.00", "2026-12-17"),
    ])
    body = ("السلام عليكم ورحمة الله وبركاته،\n\n"
            "الأستاذ/ فيصل العتيبي المحترم\n\n"
            "نفيدكم باستلام أمر الشراء رقم 7100041251، ونؤكد لكم توريد الكميات المطلوبة بنفس الأسعار الواردة في الأمر:\n"
            "- حديد تسليح ١٢ مم درجة ٦٠: ١٥ طن\n"
            "- سلك رباط ١٫٦ مم: ٤٠ لفة\n\n"
            "وسيكون التسليم في موقعكم بالدمام يوم الأحد ٢٠ ديسمبر ٢٠٢٦ بدلاً من يوم الخميس ١٧ ديسمبر، وذلك لعدم توفر الشاحنات هذا الأسبوع.\n\n"
            "وتفضلوا بقبول فائق الاحترام،\n"
            "عبدالله الشهري\nقسم المبيعات - مؤسسة الراشد لمواد البناء\nجوال: 0500000000\n")
    msg = message(std_headers(addr("عبدالله الشهري", "a.alshehri@alrashed-bm.example"), addr("Faisal Al-Otaibi", p["buyer"]["email"]),
                              ew("رد: أمر شراء 7100041251"), rdate(2026, 12, 3, 12, 15, 9, "+0300"),
                              "<e3b1a9c4-5d7f-4f0e-9b6a-2c8d1f0e7a55@alrashed-bm.example>", rmid(p), rmid(p),
                              extra=[("Content-Language", "ar-SA")]),
                  text(body, "utf-8", "base64"))
    return [p], msg, conf((p, {1: C(p, 1, date="2026-12-20"), 2: C(p, 2, date="2026-12-20")}),
                          notes="Arabic text, Arabic-Indic digits for quantities and the date; the order number is in Western digits.")


@case("sgtextile-rate-plus4pct", "confirmation/en-IN", "Indian English: +4% rate revision on one quality only, 'dispatch on or before 18.12.2026' (ship date = need-by)")
def c_sgtextile():
    sup = S("SGTEX", "Shree Ganesh Textile Mills Pvt. Ltd.", "marketing@sgtextile.example", "en-IN")
    p = PO("7100041266", sup, B("Ravi Menon", "ravi.menon"), "INR", "2026-11-28", [
        ("FAB-DRL-270", "Cotton drill fabric 270 GSM, navy, 58 inch", 2500, "M", "137.00", "2026-12-18"),
        ("FAB-POP-110", "Cotton poplin 110 GSM, white, 58 inch", 1200, "M", "84.50", "2026-12-18"),
    ])
    body = ("Dear Sir,\n\nGreetings from Shree Ganesh Textiles!!\n\n"
            "We are in receipt of your PO no. 7100041266 dated 28.11.2026 for which we thank you.\n\n"
            "Kindly note that due to steep hike in cotton yarn prices in the last fortnight, we are constrained to revise the "
            "rate of item no. 1 (Drill 270 GSM navy) by 4%. Rate of poplin 110 GSM remains unchanged.\n\n"
            "Both qualities will be dispatched on or before 18.12.2026 through VRL Logistics. Quantities as per PO.\n\n"
            "Please update your records accordingly.\n\n"
            "Thanks & Regards,\nS. Karthikeyan\nMarketing Dept.\nShree Ganesh Textile Mills Pvt. Ltd.\nAvinashi Road, Tiruppur - 641 000\n"
            "Mob: 98000 00000\n\n"
            "Disclaimer: This e-mail and any files transmitted with it are confidential and intended solely for the use of the "
            "individual or entity to whom they are addressed.\n\n"
            "---------- Original Message ----------\n" + po_request(p, "Dear Sir/Madam,", datefmt="dmy"))
    msg = message(std_headers(addr("SGTM Marketing", "marketing@sgtextile.example"), addr("Ravi Menon", p["buyer"]["email"]),
                              "Re: PO 7100041266", rdate(2026, 12, 5, 11, 52, 0, "+0530"),
                              "<1733389920.88412.sgtm@webmail.sgtextile.example>", rmid(p), rmid(p),
                              extra=[("User-Agent", "Roundcube Webmail/1.6.9")]),
                  text(body, "us-ascii", "7bit"))
    return [p], msg, conf((p, {1: C(p, 1, price="142.48"), 2: A(p, 2)}),
                          notes="Percentage applies to the PO price: 137.00 x 1.04 = 142.48; only a dispatch date is given, equal to need-by.")


@case("crescent-etd-eta", "confirmation/en-PK", "Pakistani exporter: ETD Karachi and ETA Gdansk both given; delivery (ETA) wins for both lines")
def c_crescent():
    sup = S("CRESC", "Crescent Terry Works (Pvt) Ltd", "export@crescentterry.example", "en-PK")
    p = PO("7100041270", sup, B("Tomasz Wrona", "tomasz.wrona"), "USD", "2026-11-26", [
        ("TWL-BATH-70140", "Bath towel 70x140 cm, 550 GSM, white, dobby border", 3000, "EA", "4.35", "2027-01-15"),
        ("TWL-HAND-4070", "Hand towel 40x70 cm, 550 GSM, white", 3000, "EA", "1.62", "2027-01-15"),
    ])
    body = ("Dear Mr. Wrona,\n\nAOA and greetings from Faisalabad.\n\n"
            "We are pleased to confirm your PO 7100041270 for 6,000 pcs towels (3,000 bath + 3,000 hand) at the prices mentioned in the PO. "
            "Fabric is already on looms.\n\n"
            "ETD Karachi: 22-Dec-2026 (MSC, 40' HC)\nETA Gdansk: 19-Jan-2027\n\n"
            "Shipping documents will be sent upon sailing.\n\n"
            "Best Regards,\nMuhammad Usman\nManager Exports\nCrescent Terry Works (Pvt) Ltd.\nSargodha Road, Faisalabad, Pakistan\n")
    msg = message(std_headers(addr("Muhammad Usman", "usman@crescentterry.example"), addr("Tomasz Wrona", p["buyer"]["email"]),
                              "RE: New PO 7100041270 - Towels", rdate(2026, 12, 7, 15, 3, 44, "+0500"),
                              "<PAXPR03MB0000C2B1A4D8E7F6@PAXPR03MB0000.apcprd03.prod.outlook.example>", rmid(p), rmid(p)),
                  alt(text(body, "us-ascii", "7bit"),
                      html("<html><body><div style=\"font-family:Calibri;font-size:11pt\">" + body.replace("\n", "<br>\n") + "</div></body></html>", "us-ascii", "7bit"),
                      "----=_NextPart_000_0012_01DB4A7C.3E5D2F10"))
    return [p], msg, conf((p, {1: C(p, 1, date="2027-01-19"), 2: C(p, 2, date="2027-01-19")}),
                          notes="Both a ship date (ETD) and a delivery date (ETA) are given: the delivery date wins.")


@case("danjuma-lpo-naira-price", "confirmation/en-NG", "Nigerian small owner from Yahoo on Android: roofing sheet price up to N9,850 'because of the dollar', rest as LPO")
def c_danjuma():
    sup = S("DANJ", "Danjuma Roofing & Building Supplies Ltd", "danjumaroofing@mail.example", "en-NG")
    p = PO("7100041288", sup, B("Aisha Bello", "aisha.bello"), "NGN", "2026-12-01", [
        ("ROOF-AL-045", "Aluminium long-span roofing sheet 0.45 mm, 3.6 m", 200, "EA", "9200.00", "2026-12-12"),
        ("NAIL-RF-3IN", "Roofing nails 3 inch, 1 kg pack", 50, "PK", "2800.00", "2026-12-12"),
        ("RDG-CAP-045", "Ridge cap aluminium 0.45 mm", 30, "EA", "6500.00", "2026-12-12"),
    ])
    body = ("Good morning Ma,\n\nThank you for the LPO. We can supply all the items but the 0.45 long span is now N9,850 per sheet "
            "because of the dollar, the price we gave you was last month. Nails and ridge cap same price.\n\n"
            "Delivery Saturday 12th as you want it, our truck will come to Ikeja site.\n\n"
            "Regards\nEmeka Danjuma\n08030000000\n\nSent from Yahoo Mail on Android\n\n"
            "  On Tue, Dec 1, 2026 at 3:15 PM, Aisha Bello<aisha.bello@korvalen.example> wrote:   \n"
            + quote(po_request(p, "Dear Sir,", datefmt="dmy"), "   "))
    msg = message(std_headers(addr("Emeka Danjuma", "danjumaroofing@mail.example"), addr("Aisha Bello", p["buyer"]["email"]),
                              "Re: LPO 7100041288", rdate(2026, 12, 3, 8, 21, 15, "+0100"),
                              "<1104827193.2231845.1733210475512@mail.yahoo.example>", rmid(p), rmid(p),
                              extra=[("X-Mailer", "WebService/1.1.22941 YahooMailAndroidMobile")]),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, conf((p, {1: C(p, 1, price="9850.00"), 2: A(p, 2), 3: A(p, 3)}),
                          notes="Informal reply; 'Saturday 12th' = 2026-12-12 as requested; thousands separator in N9,850.")


@case("afya-after-reminder", "confirmation/en-KE", "Kenyan lab supplier answers our reminder (In-Reply-To the reminder): confirmed in full, 'Thursday 17th December'")
def c_afya():
    sup = S("AFYA", "Afya Lab Supplies Ltd", "orders@afyalab.example", "en-KE")
    p = PO("7100041295", sup, B("Wanjiru Kamau", "wanjiru.kamau"), "KES", "2026-11-30", [
        ("GLV-NIT-M", "Nitrile examination gloves, powder-free, M, box 100", 60, "BX", "980.00", "2026-12-17"),
        ("BOT-URN-60", "Urine specimen container 60 ml, sterile", 1000, "EA", "18.00", "2026-12-17"),
    ])
    rem = "<po-7100041295.rem1@korvalen.example>"
    body = ("Dear Wanjiru,\n\nApologies for the late response, we had a system migration last week.\n\n"
            "PO 7100041295 is confirmed in full. Delivery Thursday 17th December to your Industrial Area store.\n\n"
            "Kind regards,\nBrian Otieno\nCustomer Service | Afya Lab Supplies Ltd\nEnterprise Road, Nairobi\n\n"
            "From: Wanjiru Kamau <wanjiru.kamau@korvalen.example>\nSent: Monday, 7 December 2026 09:00\nTo: orders@afyalab.example\n"
            "Subject: REMINDER: PO 7100041295 awaiting your confirmation\n\n"
            "Dear Afya team,\n\nWe have not yet received your confirmation for PO 7100041295 sent on 30 November. "
            "Kindly confirm quantities, prices and delivery date at your earliest.\n\nRegards,\nWanjiru Kamau\nPurchasing - Korvalen Industrial Services\n")
    msg = message(std_headers(addr("Brian Otieno", "brian.otieno@afyalab.example"), addr("Wanjiru Kamau", p["buyer"]["email"]),
                              "RE: REMINDER: PO 7100041295 awaiting your confirmation", rdate(2026, 12, 8, 9, 12, 50, "+0300"),
                              "<MN0PR11MB6000A1B2C3D4E5F6@MN0PR11MB6000.namprd11.prod.outlook.example>", rem, rmid(p) + " " + rem),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, conf((p, {1: A(p, 1), 2: A(p, 2)}),
                          notes="Reply threads to our reminder, not to the original request; 'Thursday 17th December' = need-by.")


@case("highveld-restated-table", "confirmation/en-ZA", "South African reply restating our lines in a pipe table with R 1 845,00 style amounts and yyyy/mm/dd dates; reduced qty + later date")
def c_highveld():
    sup = S("HVTS", "Highveld Transmission Supplies (Pty) Ltd", "sales@highveldts.example", "en-ZA")
    p = PO("7100041302", sup, B("Johan van der Merwe", "johan.vandermerwe"), "ZAR", "2026-12-02", [
        ("VB-SPB-2000", "V-belt SPB 2000", 24, "EA", "312.50", "2026-12-14"),
        ("VB-SPA-1250", "V-belt SPA 1250", 36, "EA", "168.90", "2026-12-14"),
        ("PUL-SPB-250-3", "Taper-lock pulley SPB 250 x 3 groove", 4, "EA", "1845.00", "2026-12-14"),
    ])
    body = ("Hi Johan\n\nSee below our confirmation for 7100041302:\n\n"
            "Item              | Qty | Price       | Delivery\n"
            "SPB 2000          | 24  | R 312,50    | 2026/12/14\n"
            "SPA 1250          | 20  | R 168,90    | 2026/12/14  (only 20 in stock, balance not available until Feb - we are cancelling the balance, please re-order if needed)\n"
            "SPB 250-3 pulley  | 4   | R 1 845,00  | 2026/12/16\n\n"
            "Prices excl. VAT.\n\nRegards\nNomvula Dlamini\nInternal Sales\nHighveld Transmission Supplies (Pty) Ltd | Germiston\n"
            "Tel: 011 000 0000\n\n"
            "This e-mail is subject to the disclaimer at www.highveldts.example/disclaimer\n\n"
            + outlook_quote("Johan van der Merwe <johan.vandermerwe@korvalen.example>", "Wednesday, 2 December 2026 14:31",
                            "sales@highveldts.example", "PO 7100041302", po_request(p, "Good day,")))
    msg = message(std_headers(addr("Nomvula Dlamini", "nomvula@highveldts.example"), addr("Johan van der Merwe", p["buyer"]["email"]),
                              "RE: PO 7100041302", rdate(2026, 12, 3, 8, 2, 17, "+0200"),
                              "<JNAP275MB0000B2C1D4E3F6A5@JNAP275MB0000.ZAFP275.PROD.OUTLOOK.example>", rmid(p), rmid(p)),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, conf((p, {1: A(p, 1), 2: C(p, 2, qty=20), 3: C(p, 3, date="2026-12-16")}),
                          notes="Balance of line 2 explicitly cancelled, so confirmed quantity is 20 (no schedule); space thousands + decimal comma.")


@case("delplata-item-dado-de-baja", "confirmation/es-AR", "Argentine rioplatense one-paragraph reply: hose and fittings OK, hydraulic oil 'dalo de baja' (rejected)")
def c_delplata():
    sup = S("DELPL", "Ferretería Industrial Del Plata S.R.L.", "ventas@delplata-fi.example", "es-AR")
    p = PO("7100041311", sup, B("Martín Sosa", "martin.sosa"), "USD", "2026-12-01", [
        ("MAN-HID-38", "Manguera hidráulica SAE 100R2 3/8\"", 100, "M", "7.80", "2026-12-15"),
        ("ACO-JIC-38", "Acople JIC hembra 3/8\" para prensar", 200, "EA", "2.10", "2026-12-15"),
        ("ACE-HID-68", "Aceite hidráulico ISO 68, balde 20 L", 10, "EA", "64.00", "2026-12-15"),
    ])
    body = ("Hola Martín, cómo va?\n\nTe confirmo la OC 7100041311. La manguera y los acoples OK, precio y fecha como pediste (15/12). "
            "El aceite ISO 68 no te lo vamos a poder entregar, YPF no nos está entregando y no sabemos cuándo entra, así que dalo de baja de la orden.\n\n"
            "Abrazo,\nRomina\n\n--\nRomina Pereyra\nVentas | Ferretería Industrial Del Plata S.R.L.\nAv. Mitre 0000, Avellaneda\n\n"
            "El mar., 1 dic. 2026 a las 17:55, Martín Sosa <martin.sosa@korvalen.example> escribió:\n" + quote(po_request(p, "Buenas tardes,", datefmt="dmy")))
    msg = message(std_headers(addr("Romina Pereyra", "romina@delplata-fi.example"), addr("Martín Sosa", p["buyer"]["email"]),
                              "Re: OC 7100041311", rdate(2026, 12, 2, 10, 40, 3, "-0300"),
                              "<CAH7mP0e=Rk2Q9xZ4t@mail.delplata-fi.example>", rmid(p), rmid(p)),
                  text(body, "iso-8859-1", "quoted-printable"))
    return [p], msg, conf((p, {1: A(p, 1), 2: A(p, 2), 3: REJ}),
                          notes="Line 3 refused in colloquial Spanish ('dalo de baja').")


@case("tubandinos-forward-latest-wins", "confirmation/es-CO", "Colombian customer service overrides the sales rep's earlier '14/12' in the forwarded chain: delivery Monday 21 Dec")
def c_tubandinos():
    sup = S("TUBAN", "Tubosistemas Andinos S.A.S.", "servicioalcliente@tubandinos.example", "es-CO")
    p = PO("7100041320", sup, B("Andrés Rincón", "andres.rincon"), "COP", "2026-12-01", [
        ("PVC-P-4-6M", "Tubo PVC presión 4\" RDE 21 x 6 m", 80, "EA", "186500.00", "2026-12-14"),
        ("PVC-CD-4-90", "Codo PVC presión 90° 4\"", 40, "EA", "24300.00", "2026-12-14"),
    ])
    body = ("Buenas tardes Andrés,\n\nComplementando lo que le indicó Jaime más abajo: le confirmamos la orden 7100041320 completa, "
            "pero la entrega queda para el lunes 21 de diciembre, ya que la tubería de 4\" llega de planta el 18. "
            "Los codos se despachan junto con la tubería en el mismo viaje. Precios sin cambio.\n\n"
            "Cordialmente,\n\nPaola Andrea Giraldo\nServicio al Cliente\nTubosistemas Andinos S.A.S.\nPBX (604) 000 0000 - Itagüí, Antioquia\n\n"
            "---------- Forwarded message ---------\nDe: Jaime Ospina <jaime.ospina@tubandinos.example>\n"
            "Date: mié, 2 dic 2026 a las 8:14\nSubject: Fwd: Orden de compra 7100041320\n"
            "To: Servicio al Cliente <servicioalcliente@tubandinos.example>\nCc: Andrés Rincón <andres.rincon@korvalen.example>\n\n"
            "Paola, por favor confirmar al cliente la OC adjunta, entrega 14/12 como la pidieron. Gracias.\n\n"
            "Jaime Ospina\nAsesor Comercial Zona Centro\n\n"
            "---------- Forwarded message ---------\nDe: Andrés Rincón <andres.rincon@korvalen.example>\nDate: mar, 1 dic 2026 a las 16:30\n"
            "Subject: Orden de compra 7100041320\nTo: Jaime Ospina <jaime.ospina@tubandinos.example>\n\n" + po_request(p, "Jaime, buenas tardes:", datefmt="dmy"))
    msg = message(std_headers(addr("Servicio al Cliente - Tubosistemas Andinos", "servicioalcliente@tubandinos.example"),
                              addr("Andrés Rincón", p["buyer"]["email"]),
                              "Re: Fwd: Orden de compra 7100041320", rdate(2026, 12, 4, 15, 26, 8, "-0500"),
                              "<CAJq5s8Tn0-Kv4bA1dE@mail.tubandinos.example>", "<CAJq5s8Ry2Lw@mail.tubandinos.example>",
                              rmid(p) + " <CAJq5s8Ry2Lw@mail.tubandinos.example>", cc=addr("Jaime Ospina", "jaime.ospina@tubandinos.example")),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, conf((p, {1: C(p, 1, date="2026-12-21"), 2: C(p, 2, date="2026-12-21")}),
                          notes="Forwarded chain: the rep's earlier '14/12' is superseded by customer service's latest statement.")


@case("egedenim-one-line-later", "confirmation/tr-TR", "Turkish (iso-8859-9): line 1 confirmed with ship date = need-by, line 2 'hafta sonuna kadar ileteceğiz' (unconfirmed)")
def c_egedenim():
    sup = S("EGEDNM", "Ege Denim Tekstil A.Ş.", "satis@egedenim.example", "tr-TR")
    p = PO("7100041333", sup, B("Selin Aydın", "selin.aydin"), "USD", "2026-11-30", [
        ("DNM-1201-IND", "Denim fabric 12 oz, indigo, 150 cm", 4000, "M", "3.85", "2026-12-18"),
        ("DNM-0801-BLK", "Stretch denim 8 oz, black, 145 cm", 2500, "M", "3.40", "2026-12-18"),
    ])
    body = ("Merhaba Selin Hanım,\n\n7100041333 nolu siparişinizin 1. kalemini (12 oz indigo, 4.000 m) 3,85 USD/m fiyatla ve "
            "18.12.2026 sevk tarihiyle teyit ediyoruz.\n\n"
            "2. kalem (8 oz siyah streç) için boyahanede kapasite durumunu kontrol ediyoruz, termin bilgisini hafta sonuna kadar ayrıca ileteceğiz.\n\n"
            "İyi çalışmalar,\nEmre Yıldırım\nİhracat Satış Temsilcisi\nEge Denim Tekstil A.Ş. | Kemalpaşa OSB, İzmir\n\n"
            + outlook_quote("Selin Aydın <selin.aydin@korvalen.example>", "30 Kasım 2026 Pazartesi 17:05", "satis@egedenim.example",
                            "Sipariş 7100041333", po_request(p, "Merhaba,", datefmt="dmy"), lang="tr"))
    msg = message(std_headers(addr("Emre Yıldırım", "emre.yildirim@egedenim.example", "iso-8859-9", "Q"), addr("Selin Aydın", p["buyer"]["email"], "iso-8859-9", "Q"),
                              ew("YNT: Sipariş 7100041333", "iso-8859-9", "Q"), rdate(2026, 12, 2, 14, 9, 31, "+0300"),
                              "<VI1PR09MB0000E4D3C2B1A0F9@VI1PR09MB0000.eurprd09.prod.outlook.example>", rmid(p), rmid(p)),
                  text(body, "iso-8859-9", "quoted-printable"))
    return [p], msg, conf((p, {1: A(p, 1), 2: UNC}),
                          notes="Partial answer: the second line is only promised later, so it stays unconfirmed; 4.000 uses a dot thousands separator.")


@case("abrazja-packs-vs-pieces", "confirmation/pl-PL", "Polish: prices and quantities restated per pack (25 / 100 pcs) that convert back exactly to the PO per-piece values: all accepted")
def c_abrazja():
    sup = S("ABRAZ", "Abrazja Sp. z o.o.", "zamowienia@abrazja.example", "pl-PL")
    p = PO("7100041340", sup, B("Tomasz Wrona", "tomasz.wrona"), "EUR", "2026-12-01", [
        ("DSC-FLP-125-60", "Flap disc 125 mm P60 zirconia", 500, "EA", "1.15", "2026-12-11"),
        ("DSC-CUT-125-10", "Cutting disc 125 x 1.0 mm inox", 1000, "EA", "0.42", "2026-12-11"),
    ])
    body = ("Dzień dobry Panie Tomaszu,\n\npotwierdzamy zamówienie nr 7100041340:\n\n"
            "poz. 1 - ściernica listkowa 125 P60: 20 op. x 25 szt. (500 szt.), cena 28,75 EUR/op.\n"
            "poz. 2 - tarcza do cięcia 125x1,0 inox: 10 op. x 100 szt. (1000 szt.), cena 42,00 EUR/op.\n\n"
            "Termin dostawy: 11.12.2026, kurier DPD.\n\nPozdrawiam serdecznie\nAgnieszka Zając\nDział Obsługi Klienta\nAbrazja Sp. z o.o., ul. Przemysłowa 0, 42-200 Częstochowa\n")
    msg = message(std_headers(addr("Agnieszka Zając", "a.zajac@abrazja.example", "iso-8859-2", "Q"), addr("Tomasz Wrona", p["buyer"]["email"]),
                              ew("Odp: Zamówienie 7100041340 - potwierdzenie", "iso-8859-2", "Q"), rdate(2026, 12, 3, 13, 45, 0, "+0100"),
                              "<a7c1e0d2-3b4f-4a5e-8d9c-0f1e2d3c4b5a@abrazja.example>", rmid(p), rmid(p),
                              extra=[("User-Agent", "Mozilla Thunderbird")]),
                  text(body, "iso-8859-2", "quoted-printable"))
    return [p], msg, conf((p, {1: A(p, 1), 2: A(p, 2)}),
                          notes="28,75 EUR per 25-pack = 1.15/pc and 42,00 per 100 = 0.42/pc: nothing actually changes.")


@case("vandijk-html-only-week2", "confirmation/nl-NL", "Dutch HTML-only mail with a confirmation table: accepted / 'week 2' (=2027-01-15) / new price €0,23")
def c_vandijk():
    sup = S("VDIJK", "Van Dijk Labservice B.V.", "verkoop@vandijklab.example", "nl-NL")
    p = PO("7100041352", sup, B("Sanne de Vries", "sanne.devries"), "EUR", "2026-12-02", [
        ("PIP-SER-10", "Serologische pipet 10 ml, steriel, los verpakt", 2000, "EA", "0.21", "2026-12-16"),
        ("PET-90-3V", "Petrischaal 90 mm, 3 vakken", 500, "EA", "0.34", "2026-12-16"),
        ("CRY-2ML-SD", "Cryobuis 2 ml, schroefdop, steriel", 1000, "EA", "0.19", "2026-12-16"),
    ])
    rows = [("1", "PIP-SER-10", "2.000", "€ 0,21", "16-12-2026", "Bevestigd"),
            ("2", "PET-90-3V", "500", "€ 0,34", "week 2", "Fabrikant levert pas begin januari"),
            ("3", "CRY-2ML-SD", "1.000", "€ 0,23", "16-12-2026", "Nieuwe prijslijst per 1 december")]
    h = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:10pt\">"
         "<p>Beste Sanne,</p><p>Hartelijk dank voor uw bestelling <b>7100041352</b>. Hieronder onze orderbevestiging:</p>"
         "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\">"
         "<tr style=\"background:#dde7f0\"><th>Regel</th><th>Artikel</th><th>Aantal</th><th>Prijs/st</th><th>Leverdatum</th><th>Opmerking</th></tr>"
         + "".join("<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>" for r in rows) +
         "</table><p>Met vriendelijke groet,</p><p>Pieter Bakker<br>Binnendienst<br>Van Dijk Labservice B.V. | Nijverheidsweg 0, 3341 LJ Hendrik-Ido-Ambacht</p>"
         "<p style=\"font-size:8pt;color:#888\">Op al onze leveringen zijn de algemene voorwaarden van toepassing.</p>"
         "<div style=\"border-top:1px solid #ccc\"><p><b>Van:</b> Sanne de Vries &lt;sanne.devries@korvalen.example&gt;<br><b>Verzonden:</b> woensdag 2 december 2026 10:11<br>"
         "<b>Onderwerp:</b> Bestelling 7100041352</p><pre>" + po_request(p, "Geachte heer/mevrouw,") + "</pre></div></body></html>")
    msg = message(std_headers(addr("Pieter Bakker", "p.bakker@vandijklab.example"), addr("Sanne de Vries", p["buyer"]["email"]),
                              "RE: Bestelling 7100041352", rdate(2026, 12, 3, 16, 20, 11, "+0100"),
                              "<AM0PR02MB0000D1C2B3A4F5E6@AM0PR02MB0000.eurprd02.prod.outlook.example>", rmid(p), rmid(p)),
                  html(h, "utf-8", "quoted-printable"))
    return [p], msg, conf((p, {1: A(p, 1), 2: C(p, 2, date="2027-01-15"), 3: C(p, 3, price="0.23")}),
                          notes="HTML only; 'week 2' written in December means ISO week 2 of 2027, Friday 2027-01-15.")


@case("edilcolle-erp-pdf", "confirmation/it-IT", "Italian ERP no-reply mail with a PDF order confirmation: new price on line 1, later date on line 3 (ERP output still commits)")
def c_edilcolle():
    sup = S("EDILC", "Edilcolle Veneta S.p.A.", "ordini@edilcolle.example", "it-IT")
    p = PO("7100041365", sup, B("Giulia Ferrari", "giulia.ferrari"), "EUR", "2026-12-01", [
        ("ADH-C2TE-25", "Adesivo cementizio C2TE S1, sacco 25 kg", 80, "BAG", "11.40", "2026-12-15"),
        ("FUG-CG2-5", "Stucco per fughe CG2WA grigio, secchio 5 kg", 40, "EA", "6.90", "2026-12-15"),
        ("PRIM-ACR-5L", "Primer acrilico consolidante 5 L", 12, "EA", "24.00", "2026-12-15"),
    ])
    rows = [(50, 800, 14, "EDILCOLLE VENETA S.p.A. - Via dell'Industria 0 - 35010 Vigonza (PD) - P.IVA IT00000000000"),
            (50, 770, 16, "CONFERMA D'ORDINE N. OV26/08812 del 03/12/2026"),
            (50, 745, 10, "Spett.le KORVALEN INDUSTRIAL SERVICES S.r.l. - Magazzino di Padova"),
            (50, 730, 10, "Vs. ordine n. 7100041365 del 01/12/2026    Resa: franco cantiere    Pagamento: RB 60 gg d.f.f.m."),
            (50, 700, 9, "Pos  Codice          Descrizione                              UM     Q.ta   Prezzo unit.   Data consegna"),
            (50, 685, 9, "10   ADH-C2TE-25     Adesivo cementizio C2TE S1 sacco 25 kg   SAC      80        11,95     15/12/2026"),
            (50, 670, 9, "20   FUG-CG2-5       Stucco fughe CG2WA grigio 5 kg           PZ       40         6,90     15/12/2026"),
            (50, 655, 9, "30   PRIM-ACR-5L     Primer acrilico consolidante 5 L         PZ       12        24,00     18/12/2026"),
            (50, 625, 9, "Listino 2026/2 in vigore dal 01/12/2026. Imponibile EUR 1.520,00  IVA 22% esclusa."),
            (50, 600, 9, "Vi preghiamo di verificare la presente conferma; in mancanza di contestazioni entro 2 giorni la stessa si intende accettata."),
            ]
    pdf = make_pdf(rows, "Conferma d'ordine OV26/08812")
    body = ("Gentile Cliente,\n\nin allegato trasmettiamo la conferma d'ordine n. OV26/08812 relativa al Vs. ordine 7100041365.\n\n"
            "Distinti saluti\nEdilcolle Veneta S.p.A. - Ufficio Commerciale\n\n"
            "Questa e-mail è generata automaticamente dal nostro sistema gestionale: si prega di non rispondere a questo indirizzo.\n"
            "Le informazioni contenute in questo messaggio sono riservate ai sensi del Reg. UE 2016/679 (GDPR).\n")
    msg = message(std_headers(addr("Edilcolle Veneta - Conferme d'ordine", "noreply@edilcolle.example"), addr(None, p["buyer"]["email"]),
                              "Conferma d'ordine OV26/08812 - Vs. ordine 7100041365", rdate(2026, 12, 3, 6, 30, 2, "+0100"),
                              "<20261203063002.OV2608812@erp.edilcolle.example>",
                              extra=[("X-Mailer", "Zucchetti Ad Hoc Revolution"), ("Auto-Submitted", "auto-generated")]),
                  multipart("mixed", [text(body, "utf-8", "quoted-printable"), attach("application/pdf", "OV26_08812.pdf", pdf)],
                            "=_erp_3f2a1c0d9e8b7a65"))
    return [p], msg, conf((p, {1: C(p, 1, price="11.95"), 2: A(p, 2), 3: C(p, 3, date="2026-12-18")}),
                          notes="Auto-generated by the supplier's ERP but it is an order confirmation; values only in the PDF (decimal comma).")


@case("hessler-xlsx-columns", "confirmation/de-DE", "German reply with our PO returned as XLSX, supplier filled 'Bestätigte Menge/Preis/Termin' columns: qty cut on pos. 2, later date on pos. 3")
def c_hessler():
    sup = S("HESSL", "Hessler Arbeitsschutz & Technik GmbH", "vertrieb@hessler-at.example", "de-DE")
    p = PO("7100041371", sup, B("Lukas Brandt", "lukas.brandt"), "EUR", "2026-12-02", [
        ("GEH-EAR-SNR37", "Gehörschutzstöpsel SNR 37, Spenderbox 500 Paar", 10, "EA", "54.00", "2026-12-14"),
        ("ATM-FFP2-V", "Atemschutzmaske FFP2 NR D mit Ventil", 600, "EA", "1.29", "2026-12-14"),
        ("HSH-NIT-10", "Nitril-Schutzhandschuh Gr. 10", 240, "PR", "2.15", "2026-12-14"),
        ("BRI-KLAR-166", "Schutzbrille klar, EN 166", 100, "EA", "3.80", "2026-12-14"),
    ])
    rows = [["Bestellung 7100041371 - Korvalen Industrial Services GmbH"], [],
            ["Pos", "Artikel", "Bezeichnung", "Menge", "ME", "Preis EUR", "Wunschtermin", "Bestätigte Menge", "Bestätigter Preis", "Bestätigter Termin", "Bemerkung Lieferant"]]
    conf_vals = {1: (10, "54,00", "14.12.2026", ""), 2: (400, "1,29", "14.12.2026", "Restmenge 200 St. entfällt (Hersteller-Allokation)"),
                 3: (240, "2,15", "21.12.2026", "Nachlieferung vom Zentrallager"), 4: (100, "3,80", "14.12.2026", "")}
    for l in p["lines"]:
        d = l["requested_date"]
        cq, cp, cd, rem = conf_vals[l["line"]]
        rows.append([l["line"], l["item"], l["description"], l["quantity"], l["uom"], l["unit_price"].replace(".", ","),
                     "%s.%s.%s" % (d[8:10], d[5:7], d[:4]), cq, cp, cd, rem])
    xlsx = make_xlsx(rows, "Bestellung")
    body = ("Guten Tag Herr Brandt,\n\nanbei erhalten Sie Ihre Bestellung mit unseren Bestätigungen zurück (Spalten H bis K). "
            "Abweichungen gibt es bei Pos. 2 und Pos. 3, siehe Bemerkung.\n\n"
            "Mit freundlichen Grüßen\n\nSabine Krüger\nVertriebsinnendienst\n\nHessler Arbeitsschutz & Technik GmbH\nIndustriestraße 0 | 34123 Kassel\n"
            "Sitz der Gesellschaft: Kassel | Registergericht Kassel HRB 00000\n")
    msg = message(std_headers(addr("Krüger, Sabine", "s.krueger@hessler-at.example"), addr("Lukas Brandt", p["buyer"]["email"]),
                              "AW: Bestellung 7100041371", rdate(2026, 12, 4, 10, 2, 55, "+0100"),
                              "<FR3P281MB0000A9B8C7D6E5F4@FR3P281MB0000.DEUP281.PROD.OUTLOOK.example>", rmid(p), rmid(p)),
                  multipart("mixed", [text(body, "utf-8", "quoted-printable"), attach(XLSX_CT, "Bestellung_7100041371_bestaetigt.xlsx", xlsx)],
                            "_004_FR3P281MB0000A9B8C7D6E5F4_"))
    return [p], msg, conf((p, {1: A(p, 1), 2: C(p, 2, qty=400), 3: C(p, 3, date="2026-12-21"), 4: A(p, 4)}),
                          notes="Values only in the spreadsheet: confirmed columns next to our ordered columns; the remaining 200 of pos. 2 are dropped.")


@case("pennine-three-pos-one-exception", "confirmation/en-GB", "British reply covering three POs in one line each: all as ordered except one line 'Wednesday 9th rather than Monday'")
def c_pennine():
    sup = S("PENN", "Pennine Fixings & Fasteners Ltd", "sales@penninefix.example", "en-GB")
    b = B("Gareth Hughes", "gareth.hughes")
    p1 = PO("7100041380", sup, b, "GBP", "2026-11-30", [
        ("PF-HEX-M10X40", "Hex set screw M10x40 8.8 BZP, box 100", 10, "BX", "8.60", "2026-12-07"),
        ("PF-NUT-M10", "Hex nut M10 BZP, box 200", 5, "BX", "4.90", "2026-12-07"),
    ])
    p2 = PO("7100041381", sup, b, "GBP", "2026-12-01", [
        ("PF-WAS-M10-FORM", "Form A washer M10 BZP, box 500", 4, "BX", "6.20", "2026-12-08"),
    ])
    p3 = PO("7100041382", sup, b, "GBP", "2026-12-01", [
        ("PF-ANC-THR-M12", "Throughbolt anchor M12x120, box 25", 8, "BX", "21.75", "2026-12-07"),
        ("PF-CHEM-STUD-M12", "Chemical anchor stud M12x160 A4, box 10", 6, "BX", "18.40", "2026-12-07"),
    ])
    body = ("Morning Gareth,\n\nAll three are fine as per your orders apart from 7100041382 line 2 (the M12 chemical anchor studs) - "
            "those are coming in from our Leeds branch so will be with you Wednesday 9th rather than Monday. Everything else Monday/Tuesday as requested.\n\n"
            "Cheers,\nSam\n\nSam Whitworth | Trade Counter & Sales\nPennine Fixings & Fasteners Ltd | Unit 0 Calder Park, Brighouse HD6 0XX\n"
            "Registered in England No. 00000000\n\n"
            "From: Gareth Hughes <gareth.hughes@korvalen.example>\nSent: 01 December 2026 15:47\nTo: Pennine Sales <sales@penninefix.example>\n"
            "Subject: POs 7100041380 / 7100041381 / 7100041382\n\n"
            "Hi Sam,\n\nThree POs for you, please confirm.\n\n" + po_table(p1) + "\n" + po_table(p2) + "\n" + po_table(p3) +
            "\nThanks\nGareth\n")
    msg = message(std_headers(addr("Sam Whitworth", "sam.whitworth@penninefix.example"), addr("Gareth Hughes", b["email"]),
                              "RE: POs 7100041380 / 7100041381 / 7100041382", rdate(2026, 12, 3, 8, 6, 40, "+0000"),
                              "<LO2P265MB0000C3D2E1F0A9B8@LO2P265MB0000.GBRP265.PROD.OUTLOOK.example>", rmid(p3), rmid(p3)),
                  text(body, "us-ascii", "7bit"))
    return [p1, p2, p3], msg, conf((p1, {1: A(p1, 1), 2: A(p1, 2)}), (p2, {1: A(p2, 1)}),
                                   (p3, {1: A(p3, 1), 2: C(p3, 2, date="2026-12-09")}),
                                   notes="One reply answers three POs; only one line of the third PO moves (Wed 9 Dec).")


@case("lonestar-conf-columns-ship-vs-arrive", "confirmation/en-US", "US reply pasting our table with Conf Qty/Price/Ship columns; ship 12/08 but 'everything lands on 12/10' (delivery wins); hazmat line refused")
def c_lonestar():
    sup = S("LSLAB", "Lone Star Lab & Safety Supply", "customerservice@lonestarlab.example", "en-US")
    p = PO("7100041391", sup, B("Rachel Kim", "rachel.kim"), "USD", "2026-12-01", [
        ("LS-TIP-1000", "Pipette tips 1000 uL, racked, sterile, case 10x96", 50, "CS", "58.00", "2026-12-10"),
        ("LS-PAR-4IN", "Parafilm M 4 in x 125 ft", 12, "RL", "41.50", "2026-12-10"),
        ("LS-SHARP-2G", "Sharps container 2 gal, red", 24, "EA", "6.25", "2026-12-10"),
        ("LS-IPA-70-1G", "Isopropyl alcohol 70%, 1 gal", 20, "EA", "16.80", "2026-12-10"),
    ])
    body = ("Hi Rachel,\n\nPlease see our confirmation for PO 7100041391 below.\n\n"
            "Line  Item           Qty  UoM  Price   Need-by     | Conf Qty  Conf Price  Conf Ship\n"
            "1     LS-TIP-1000     50  CS   58.00   12/10/2026  | 50        58.00       12/08/2026\n"
            "2     LS-PAR-4IN      12  RL   41.50   12/10/2026  | 12        43.95       12/08/2026\n"
            "3     LS-SHARP-2G     24  EA    6.25   12/10/2026  | 24         6.25       12/08/2026\n"
            "4     LS-IPA-70-1G    20  EA   16.80   12/10/2026  | 0           --        -- cannot ship (hazmat, not permitted to your site by ground)\n\n"
            "Transit from Fort Worth is 2 days ground, so everything lands on 12/10. Parafilm went up Dec 1 per Bemis, sorry about that.\n\n"
            "Thank you for your business!\n\nDenise Alvarado\nCustomer Service Representative\nLone Star Lab & Safety Supply\n"
            "P: (817) 000-0000 | customerservice@lonestarlab.example\n\n"
            "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s)...\n\n"
            + outlook_quote("Rachel Kim <rachel.kim@korvalen.example>", "Tuesday, December 1, 2026 3:02 PM",
                            "customerservice@lonestarlab.example", "PO 7100041391 - acknowledgment requested", po_request(p, datefmt="mdy")))
    msg = message(std_headers(addr("Denise Alvarado", "customerservice@lonestarlab.example"), addr("Rachel Kim", p["buyer"]["email"]),
                              "RE: PO 7100041391 - acknowledgment requested", rdate(2026, 12, 2, 11, 37, 14, "-0600"),
                              "<SA1PR12MB0000F6E5D4C3B2A1@SA1PR12MB0000.namprd12.prod.outlook.example>", rmid(p), rmid(p)),
                  text(body, "us-ascii", "7bit"))
    return [p], msg, conf((p, {1: A(p, 1), 2: C(p, 2, price="43.95"), 3: A(p, 3), 4: REJ}),
                          notes="Confirmation columns give ship dates; the sentence below gives delivery 12/10 which wins; line 4 quantity 0 = refused.")


@case("atlastissage-lundi-21-fil-refuse", "confirmation/fr-MA", "Moroccan French: gabardine confirmed for 'lundi 21/12' at DH price, sewing thread colour unavailable so line refused")
def c_atlas():
    sup = S("ATLAS", "Atlas Tissage SARL", "commercial@atlastissage.example", "fr-MA")
    p = PO("7100041402", sup, B("Salma Benali", "salma.benali"), "MAD", "2026-12-02", [
        ("TIS-GAB-240-KK", "Tissu gabardine 240 g/m2, kaki, laize 150", 1500, "M", "38.00", "2026-12-18"),
        ("FIL-COU-120-KK", "Fil à coudre polyester 120, kaki, cône 5000 m", 200, "EA", "22.50", "2026-12-18"),
    ])
    body = ("Bonjour Mme Benali,\n\nBien reçu votre bon de commande N° 7100041402, merci pour votre confiance.\n\n"
            "Nous vous confirmons la gabardine kaki 240 g : 1 500 m au prix de 38,00 DH/m, livraison le lundi 21/12 à votre dépôt de Aïn Sebaâ.\n\n"
            "Pour le fil 120 kaki, nous n'avons plus la couleur demandée et le fournisseur ne la fabrique plus, "
            "donc nous ne pouvons pas honorer cette ligne.\n\n"
            "Cordialement,\nYoussef El Amrani\nService Commercial – Atlas Tissage SARL\nZone industrielle Moulay Rachid, Casablanca\nTél : +212 5 22 00 00 00\n")
    msg = message(std_headers(addr("Youssef El Amrani", "y.elamrani@atlastissage.example"), addr("Salma Benali", p["buyer"]["email"]),
                              "RE: Bon de commande 7100041402", rdate(2026, 12, 7, 10, 12, 0, "+0100"),
                              "<20261207101200.4F1A@atlastissage.example>", rmid(p), rmid(p)),
                  text(body, "utf-8", "8bit"))
    return [p], msg, conf((p, {1: C(p, 1, date="2026-12-21"), 2: REJ}),
                          notes="Date without year 'lundi 21/12'; line 2 refused outright (no alternative offered).")


@case("slab-hebrew-balance", "confirmation/he-IL", "Hebrew (RTL) reply: syringes as ordered, needles 1,500 on 14.12 and balance 500 on 27.12")
def c_slab():
    sup = S("SLLAB", "S.L. Lab Equipment Ltd", "orders@sl-lab.example", "he-IL")
    p = PO("7100041410", sup, B("Dana Levi", "dana.levi"), "ILS", "2026-12-01", [
        ("LAB-SYR-10LL", "Syringe 10 ml luer lock, sterile", 2000, "EA", "0.62", "2026-12-14"),
        ("LAB-NDL-21G", "Hypodermic needle 21G x 1.5\", sterile", 2000, "EA", "0.18", "2026-12-14"),
    ])
    body = ("שלום דנה,\n\n"
            "מאשרים את הזמנה מס' 7100041410:\n"
            "מזרקים 10 מ\"ל לואר לוק – 2,000 יח' במחיר 0.62 ₪ ליחידה, אספקה ב-14.12.\n"
            "מחטים 21G – יש במלאי רק 1,500 יח', נספק אותן ב-14.12, והיתרה (500 יח') תסופק ב-27.12.\n\n"
            "בברכה,\nאורית כהן\nשירות לקוחות | ש.ל. ציוד מעבדה בע\"מ\nטל' 03-0000000\n")
    msg = message(std_headers(addr("אורית כהן", "orit@sl-lab.example"), addr("Dana Levi", p["buyer"]["email"]),
                              ew("תשובה: הזמנת רכש 7100041410"), rdate(2026, 12, 6, 9, 48, 30, "+0200"),
                              "<CAL0r1tC0h3n+x2V@mail.sl-lab.example>", rmid(p), rmid(p)),
                  alt(text(body, "utf-8", "base64"),
                      html("<div dir=\"rtl\">" + body.replace("\n", "<br>\n") + "</div>", "utf-8", "base64"), "000000000000d4e5f6a7b8c9d0"))
    return [p], msg, conf((p, {1: A(p, 1), 2: C(p, 2, date="2026-12-27", schedule=[(1500, "2026-12-14"), (500, "2026-12-27")])}),
                          notes="Right-to-left text with Latin numerals; dates without year (14.12, 27.12).")


@case("huatuo-gbk-per-thousand", "confirmation/zh-CN", "Chinese (GBK, base64): zipper price given as USD 85 per 1000 pcs (=0.085/EA), both lines ship 12月25日 (ship date only)")
def c_huatuo():
    sup = S("HUATUO", "Yiwu Huatuo Garment Accessories Co., Ltd.", "sales@huatuo-acc.example", "zh-CN")
    p = PO("7100041421", sup, B("Kevin Lindgren", "kevin.lindgren"), "USD", "2026-11-30", [
        ("ZIP-5-NYL-18", "Nylon zipper #5, closed end, 18 cm, black", 20000, "EA", "0.078", "2026-12-20"),
        ("BTN-4H-15-WH", "Polyester button 4-hole 15 mm, white", 50000, "EA", "0.012", "2026-12-20"),
    ])
    body = ("Dear Kevin,\n\n您好！订单 7100041421 已收到，谢谢。确认如下：\n\n"
            "1. 5号尼龙拉链 18cm 黑色 闭尾：20000条，因原材料上涨，单价调整为 USD 85/千条，12月25日出货；\n"
            "2. 15mm 四孔树脂纽扣 白色：50000粒，单价不变，与拉链一起12月25日出货。\n\n"
            "如有问题请随时联系。\n\n"
            "Best regards\n陈晓燕 Chen Xiaoyan\n义乌华拓服饰辅料有限公司\nYiwu Huatuo Garment Accessories Co., Ltd.\nTel/WeChat: +86 138 0000 0000\n")
    msg = message(std_headers(addr("陈晓燕", "chenxy@huatuo-acc.example", "gbk"), addr("Kevin Lindgren", p["buyer"]["email"]),
                              ew("回复: PO 7100041421 拉链纽扣订单", "gbk"), rdate(2026, 12, 2, 16, 25, 7, "+0800"),
                              "<202612021625074418726@huatuo-acc.example>", rmid(p), rmid(p),
                              extra=[("X-Mailer", "Foxmail 7.2.25.213[cn]")]),
                  alt(text(body, "gbk", "base64"),
                      html("<html><body><div>" + body.replace("\n", "<br>") + "</div></body></html>", "gbk", "base64"),
                      "----=_001_NextPart514620372284_=----"))
    return [p], msg, conf((p, {1: C(p, 1, price="0.085", date="2026-12-25"), 2: C(p, 2, date="2026-12-25")}),
                          notes="Per-thousand price must be converted to per EA; only ship dates given, so they are the dates.")


@case("midori-iso2022jp-bunno", "confirmation/ja-JP", "Japanese (ISO-2022-JP) delivery-date answer: line 1 on 12/18, line 2 split delivery (分納) 60 on 12/18 and 40 on 1/8")
def c_midori():
    sup = S("MIDORI", "Midori Rika Co., Ltd.", "eigyo@midori-rika.example", "ja-JP")
    p = PO("7100041433", sup, B("Sato Yuki", "yuki.sato"), "JPY", "2026-12-01", [
        ("MR-TUBE-15", "Centrifuge tube 15 mL, sterile, bag of 50", 100, "PK", "1800", "2026-12-18"),
        ("MR-GLV-NIT-S", "Nitrile gloves S, box of 100", 100, "BX", "980", "2026-12-18"),
    ])
    body = ("コルバレン株式会社\n購買部 佐藤様\n\nいつもお世話になっております。\nミドリ理化の高橋です。\n\n"
            "ご注文（注文番号 7100041433）ありがとうございます。\n下記の通り納期回答いたします。\n\n"
            "1. 遠沈管 15mL 滅菌 100袋 @1,800円　12/18納品\n"
            "2. ニトリル手袋 S 100箱 @980円\n"
            "　 メーカー欠品のため分納とさせていただきます。\n"
            "　 12/18に60箱、残り40箱は1/8納品予定です。\n\n"
            "ご迷惑をおかけしますが、よろしくお願いいたします。\n\n"
            "――――――――――――――――――\n株式会社ミドリ理化 営業部\n高橋 誠\nTEL 03-0000-0000 FAX 03-0000-0001\n――――――――――――――――――\n")
    msg = message(std_headers(addr("高橋 誠", "takahashi@midori-rika.example", "iso-2022-jp"), addr("佐藤 由紀", p["buyer"]["email"], "iso-2022-jp"),
                              ew("Re: ご注文書送付の件（7100041433）", "iso-2022-jp"), rdate(2026, 12, 3, 10, 5, 0, "+0900"),
                              "<20261203100500.7B2C.E1A0F3D4@midori-rika.example>", rmid(p), rmid(p),
                              extra=[("X-Mailer", "Becky! ver. 2.81.04")]),
                  text(body, "iso-2022-jp", "7bit"))
    return [p], msg, conf((p, {1: A(p, 1), 2: C(p, 2, date="2027-01-08", schedule=[(60, "2026-12-18"), (40, "2027-01-08")])}),
                          notes="ISO-2022-JP 7bit body; '1/8' without year in December is 2027-01-08 (month/day).")


@case("sinartekstil-indonesian", "confirmation/id-ID", "Indonesian: TC fabric cut to 2.400 m (dot thousands), both lines delivered 'tanggal 23 Des'")
def c_sinar():
    sup = S("SINAR", "CV Sinar Tekstil Bandung", "marketing@sinartekstil.example", "id-ID")
    p = PO("7100041440", sup, B("Budi Santoso", "budi.santoso"), "IDR", "2026-12-01", [
        ("KN-TC-NVY-150", "Kain TC 65/35 biru navy, lebar 150 cm", 3000, "M", "28500.00", "2026-12-21"),
        ("KN-OXF-WH-150", "Kain oxford putih, lebar 150 cm", 1000, "M", "31000.00", "2026-12-21"),
    ])
    body = ("Selamat siang Pak Budi,\n\nTerima kasih atas PO nomor 7100041440.\n\n"
            "Untuk kain TC navy kami hanya bisa kirim 2.400 m (stok greige terbatas), harga tetap Rp 28.500/m. "
            "Oxford putih 1.000 m ok sesuai PO.\n\nPengiriman semua tanggal 23 Des ke gudang Cimahi.\n\n"
            "Salam,\nDewi Lestari\nMarketing - CV Sinar Tekstil\nHP/WA 0812-0000-0000\n\n"
            "Pada tanggal Sel, 1 Des 2026 pukul 11.20 Budi Santoso <budi.santoso@korvalen.example> menulis:\n"
            + quote(po_request(p, "Dengan hormat,", datefmt="dmy")))
    msg = message(std_headers(addr("Dewi Lestari", "marketing@sinartekstil.example"), addr("Budi Santoso", p["buyer"]["email"]),
                              "Re: PO 7100041440", rdate(2026, 12, 4, 13, 2, 9, "+0700"),
                              "<CAN8dWk3+Lx9Qe2r@mail.sinartekstil.example>", rmid(p), rmid(p)),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, conf((p, {1: C(p, 1, qty=2400, date="2026-12-23"), 2: C(p, 2, date="2026-12-23")}),
                          notes="'2.400' and 'Rp 28.500' use dot thousands; date '23 Des' without year.")


@case("glis-dropship-arrival-vs-branch", "confirmation/en-US", "US: filters ship 12/14 and 'should deliver Thursday 12/17' (delivery wins), belts ship 'tomorrow' and arrive 'Monday' (earlier than need-by)")
def c_glis():
    sup = S("GLIS", "Great Lakes Industrial Supply", "orders@glis.example", "en-US")
    p = PO("7100041455", sup, B("Rachel Kim", "rachel.kim"), "USD", "2026-12-03", [
        ("GL-FLT-20252-M13", "Pleated air filter MERV 13, 20x25x2", 48, "EA", "14.20", "2026-12-16"),
        ("GL-BLT-A48", "V-belt A48", 12, "EA", "11.75", "2026-12-16"),
    ])
    body = ("Hi Rachel,\n\nPO 7100041455 confirmed, pricing as quoted.\n\n"
            "The MERV 13 filters are a drop-ship from the manufacturer - they'll ship 12/14 and should deliver Thursday 12/17. "
            "The A48 belts ship from our Toledo branch tomorrow, you'll have them Monday.\n\n"
            "Thanks,\nMatt Kowalski\nInside Sales | Great Lakes Industrial Supply\nDirect 419-000-0000\n\n"
            "-----Original Message-----\nFrom: Rachel Kim <rachel.kim@korvalen.example>\nSent: Thursday, December 3, 2026 2:15 PM\n"
            "To: orders@glis.example\nSubject: PO 7100041455\n\n" + po_request(p, datefmt="mdy"))
    msg = message(std_headers(addr("Matt Kowalski", "mkowalski@glis.example"), addr("Rachel Kim", p["buyer"]["email"]),
                              "RE: PO 7100041455", rdate(2026, 12, 4, 9, 3, 27, "-0500"),
                              "<BN8PR07MB0000E2F1A0B9C8D7@BN8PR07MB0000.namprd07.prod.outlook.example>", rmid(p), rmid(p)),
                  text(body, "us-ascii", "7bit"))
    return [p], msg, conf((p, {1: C(p, 1, date="2026-12-17"), 2: C(p, 2, date="2026-12-07")}),
                          notes="Mail of Fri 4 Dec: 'tomorrow' = Sat 5 Dec ship, 'Monday' = 7 Dec delivery, which wins and is earlier than need-by.")


@case("summit-discontinued-tap", "confirmation/en-US", "US mill supply: lines 1-2 in stock for 12/11, line 3 discontinued and refused; replacement only via a separate PO")
def c_summit():
    sup = S("SUMMIT", "Summit Mill Supply Co.", "sales@summitmill.example", "en-US")
    p = PO("7100041460", sup, B("Owen Patel", "owen.patel"), "USD", "2026-12-02", [
        ("SM-EM-250-4FL", "Carbide end mill 1/4\" 4FL, AlTiN", 20, "EA", "18.90", "2026-12-11"),
        ("SM-DRL-CO-29", "Cobalt jobber drill set 29 pc", 3, "EA", "142.00", "2026-12-11"),
        ("SM-TAP-M8-SP", "Spiral point tap M8x1.25, OSG", 25, "EA", "9.40", "2026-12-11"),
    ])
    body = ("Owen -\n\nPO looks good on lines 1 and 2, both are on the shelf and going out today to arrive by 12/11.\n\n"
            "Line 3: that OSG spiral point is discontinued and we're out, so we won't be able to fill it. Closest replacement is the "
            "Yamawa SP M8 at $11.20 - if you want it just send a separate PO and I'll get it moving.\n\n"
            "Dave Reinholt\nSummit Mill Supply Co. | Inside Sales\n(330) 000-0000\n\n"
            "On Wed, Dec 2, 2026 at 1:41 PM Owen Patel <owen.patel@korvalen.example> wrote:\n" + quote(po_request(p, "Hi Dave,", datefmt="mdy")))
    msg = message(std_headers(addr("Dave Reinholt", "dave@summitmill.example"), addr("Owen Patel", p["buyer"]["email"]),
                              "Re: PO 7100041460", rdate(2026, 12, 3, 8, 14, 2, "-0500"),
                              "<CAB4n9+7QbZ_xp2@mail.summitmill.example>", rmid(p), rmid(p)),
                  text(body, "us-ascii", "7bit"))
    return [p], msg, conf((p, {1: A(p, 1), 2: A(p, 2), 3: REJ}),
                          notes="A replacement is offered but not confirmed; the ordered line 3 itself is refused.")


@case("alpenwerkzeug-jaenner", "confirmation/de-AT", "Austrian German: socket sets as ordered on 18.12., torque wrenches delayed to '12. Jänner' (Austrian January, no year)")
def c_alpen():
    sup = S("ALPWZ", "Alpen-Werkzeug Handels GmbH", "verkauf@alpenwerkzeug.example", "de-AT")
    p = PO("7100041472", sup, B("Florian Huber", "florian.huber"), "EUR", "2026-12-03", [
        ("DREH-SET-12-24", "Steckschlüsselsatz 1/2\" 24-tlg.", 6, "EA", "89.00", "2026-12-18"),
        ("DREHMO-40-200", "Drehmomentschlüssel 40-200 Nm, 1/2\"", 4, "EA", "134.00", "2026-12-18"),
    ])
    body = ("Sehr geehrter Herr Huber,\n\ndanke für Ihre Bestellung 7100041472.\n\n"
            "Die Steckschlüsselsätze liefern wir wie gewünscht am 18.12. an.\n"
            "Bei den Drehmomentschlüsseln hat der Hersteller leider Lieferverzug, Liefertermin bei Ihnen ist der 12. Jänner.\n"
            "Preise bleiben unverändert.\n\nMit freundlichen Grüßen aus Innsbruck\n\nMag. Verena Pichler\nVerkauf Innendienst\n"
            "Alpen-Werkzeug Handels GmbH | Grabenweg 0 | 6020 Innsbruck | FN 000000x\n")
    msg = message(std_headers(addr("Pichler Verena", "v.pichler@alpenwerkzeug.example"), addr("Florian Huber", p["buyer"]["email"]),
                              "AW: Bestellung 7100041472", rdate(2026, 12, 7, 14, 40, 21, "+0100"),
                              "<0a1b2c3d4e5f$60718293$a4b5c6d7@alpenwerkzeug.example>", rmid(p), rmid(p)),
                  text(body, "iso-8859-15", "quoted-printable"))
    return [p], msg, conf((p, {1: A(p, 1), 2: C(p, 2, date="2027-01-12")}),
                          notes="'Jänner' is Austrian for January; no year, so the next 12 January after the mail date.")


@case("horak-czech-price-and-days", "confirmation/cs-CZ", "Czech: boards and profiles on 'úterý 15. 12.' with new board price 198,00 Kč; screws on time")
def c_horak():
    sup = S("HORAK", "Stavebniny Horák s.r.o.", "obchod@stavebniny-horak.example", "cs-CZ")
    p = PO("7100041480", sup, B("Petr Novotný", "petr.novotny"), "CZK", "2026-12-02", [
        ("SDK-RB-125", "Sádrokartonová deska RB 12,5 mm 1250x2000", 180, "EA", "189.00", "2026-12-11"),
        ("PRF-CW-50-3", "Profil CW 50, délka 3 m", 240, "EA", "62.50", "2026-12-11"),
        ("SRB-TN-25", "Šrouby TN 3,5x25, bal. 1000 ks", 10, "PK", "245.00", "2026-12-11"),
    ])
    body = ("Dobrý den, pane Novotný,\n\npotvrzujeme objednávku č. 7100041480.\n\n"
            "Desky RB 12,5 a profily CW 50 dovezeme v úterý 15. 12. (dřív nemáme volné auto s hydraulickou rukou). "
            "Šrouby TN máme skladem, ty pojedou v pátek 11. 12. dle objednávky.\n\n"
            "Upozorňuji, že cena desek RB se od 1. 12. změnila na 198,00 Kč/ks bez DPH, ostatní ceny beze změny.\n\n"
            "S pozdravem\nJana Dvořáková\nobchodní oddělení\nStavebniny Horák s.r.o., Brno-Slatina\ntel. +420 500 000 000\n")
    msg = message(std_headers(addr("Jana Dvořáková", "dvorakova@stavebniny-horak.example", "iso-8859-2", "Q"), addr("Petr Novotný", p["buyer"]["email"], "iso-8859-2", "Q"),
                              ew("Re: Objednávka 7100041480", "iso-8859-2", "Q"), rdate(2026, 12, 4, 7, 55, 10, "+0100"),
                              "<4b2e9c1a-7d3f-4e8a-b6c5-d0e1f2a3b4c5@stavebniny-horak.example>", rmid(p), rmid(p)),
                  text(body, "iso-8859-2", "quoted-printable"))
    return [p], msg, conf((p, {1: C(p, 1, price="198.00", date="2026-12-15"), 2: C(p, 2, date="2026-12-15"), 3: A(p, 3)}),
                          notes="Czech dates with spaces ('15. 12.') and decimal comma; line 1 changes price and date.")


@case("shlevante-totalidad-lopd", "confirmation/es-ES", "Spanish hospital supplier: whole order confirmed for 15 December in two sentences, buried in a long LOPD/RGPD disclaimer; HTML+text")
def c_levante():
    sup = S("SHLEV", "Suministros Hospitalarios Levante S.L.", "pedidos@shlevante.example", "es-ES")
    p = PO("7100041488", sup, B("Ines Duarte", "ines.duarte"), "EUR", "2026-12-03", [
        ("GAS-EST-1010", "Gasa estéril 10x10 cm 8 capas, sobre 5 uds", 400, "PK", "0.48", "2026-12-15"),
        ("JER-5ML-LL", "Jeringa 5 ml luer lock, estéril", 1000, "EA", "0.065", "2026-12-15"),
        ("ESP-PAP-25", "Esparadrapo de papel 2,5 cm x 9,1 m", 120, "RL", "0.72", "2026-12-15"),
    ])
    disc = ("AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener "
            "información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la "
            "autorización expresa de SUMINISTROS HOSPITALARIOS LEVANTE S.L. Si usted no es el destinatario final por favor elimínelo "
            "e infórmenos por esta vía. De acuerdo con el Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018 (LOPDGDD), "
            "le informamos de que sus datos forman parte de un fichero cuyo responsable es SUMINISTROS HOSPITALARIOS LEVANTE S.L., "
            "con la finalidad de mantener la relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión y "
            "portabilidad dirigiéndose a rgpd@shlevante.example.\nAntes de imprimir este mensaje, asegúrese de que es necesario.")
    t = ("Buenos días Sra. Duarte:\n\nLe confirmamos el pedido 7100041488 en su totalidad, con entrega el día 15 de diciembre según lo solicitado.\n\n"
         "Un saludo,\n\nNuria Ferrer\nDpto. Atención al Cliente\nSuministros Hospitalarios Levante S.L. · Paterna (Valencia)\nTel. 96 000 00 00\n\n" + disc + "\n")
    h = ("<html><body><p>Buenos días Sra. Duarte:</p><p>Le confirmamos el pedido 7100041488 en su totalidad, con entrega el día 15 de diciembre "
         "según lo solicitado.</p><p>Un saludo,</p><p><b>Nuria Ferrer</b><br>Dpto. Atención al Cliente<br>Suministros Hospitalarios Levante S.L. · Paterna (Valencia)<br>Tel. 96 000 00 00</p>"
         "<p style=\"font-size:7pt;color:#808080\">" + disc.replace("\n", "<br>") + "</p></body></html>")
    msg = message(std_headers(addr("Pedidos SH Levante", "pedidos@shlevante.example"), addr("Ines Duarte", p["buyer"]["email"]),
                              "RE: Pedido 7100041488", rdate(2026, 12, 4, 9, 2, 0, "+0100"),
                              "<000901db4e3a$2c1b0a90$84311fb0$@shlevante.example>", rmid(p), rmid(p)),
                  alt(text(t, "windows-1252", "quoted-printable"), html(h, "windows-1252", "quoted-printable"), "----=_NextPart_000_0009_01DB4E3A.2C1B0A90"))
    return [p], msg, conf((p, {1: A(p, 1), 2: A(p, 2), 3: A(p, 3)}),
                          notes="Short whole-order confirmation; long legal footer; windows-1252.")


@case("midland-forward-latest-wins", "confirmation/en-GB", "British reply-all: sales overrides the warehouse's earlier '120 of 150' quoted below; the latest statement gives full qty on the 16th")
def c_midland():
    sup = S("MIDWW", "Midland Workwear Ltd", "orders@midlandworkwear.example", "en-GB")
    p = PO("7100041495", sup, B("Priya Shah", "priya.shah"), "GBP", "2026-12-01", [
        ("WW-HV-JKT-OR-L", "Hi-vis jacket class 3, orange, size L", 150, "EA", "16.40", "2026-12-16"),
        ("WW-TROU-NV-32R", "Work trousers, navy, 32R", 80, "EA", "12.90", "2026-12-16"),
    ])
    body = ("Hi Priya,\n\nPlease ignore Dave's note below - the container landed at Felixstowe this morning so we can do the full 150 "
            "jackets on the 16th after all. Trousers as per Dave.\n\nSorry for the back and forth!\n\nClaire\n\n"
            "Claire Bennett | Account Manager | Midland Workwear Ltd\nWalsall WS2 0XX | 01922 000000\n\n"
            "From: Dave Price <dave.price@midlandworkwear.example>\nSent: 07 December 2026 16:52\nTo: Priya Shah <priya.shah@korvalen.example>\n"
            "Cc: Claire Bennett <claire.bennett@midlandworkwear.example>\nSubject: RE: PO 7100041495\n\n"
            "Priya,\n\nWe can do 120 of the hi-vis jackets for the 16th, the rest end of January when the next container is in. "
            "Trousers fine, all 80 on the 16th.\n\nDave\nWarehouse & Despatch\n\n"
            "From: Priya Shah <priya.shah@korvalen.example>\nSent: 01 December 2026 10:20\nTo: orders@midlandworkwear.example\n"
            "Subject: PO 7100041495\n\n" + po_request(p, "Hello,"))
    msg = message(std_headers(addr("Claire Bennett", "claire.bennett@midlandworkwear.example"), addr("Priya Shah", p["buyer"]["email"]),
                              "RE: PO 7100041495", rdate(2026, 12, 8, 13, 40, 9, "+0000"),
                              "<CWLP123MB0000B1A2C3D4E5F6@CWLP123MB0000.GBRP123.PROD.OUTLOOK.example>",
                              "<CWLP123MB0000A9D8@CWLP123MB0000.GBRP123.PROD.OUTLOOK.example>",
                              rmid(p) + " <CWLP123MB0000A9D8@CWLP123MB0000.GBRP123.PROD.OUTLOOK.example>",
                              cc=addr("Dave Price", "dave.price@midlandworkwear.example")),
                  text(body, "us-ascii", "7bit"))
    return [p], msg, conf((p, {1: A(p, 1), 2: A(p, 2)}),
                          notes="The quoted earlier mail offers only 120 + rest in January; the newest statement restores the full order as requested.")


@case("nordklader-vecka51", "confirmation/sv-SE", "Swedish: 'leverans v. 51' (=Fri 18 Dec, equals need-by) and one price adjusted to 62,00 kr")
def c_nordklader():
    sup = S("NORDK", "Nordkläder Arbetskläder AB", "order@nordklader.example", "sv-SE")
    p = PO("7100041502", sup, B("Erik Johansson", "erik.johansson"), "SEK", "2026-12-01", [
        ("NK-VARJ-VIN-XL", "Varseljacka vinter, klass 3, gul, XL", 40, "EA", "649.00", "2026-12-18"),
        ("NK-MOSS-FL-SV", "Mössa fleece, svart", 100, "EA", "59.00", "2026-12-18"),
    ])
    body = ("Hej Erik!\n\nTack för ordern. Vi bekräftar 7100041502 enligt nedan:\n\n"
            "Varseljacka vinter XL – 40 st à 649,00 kr – leverans v. 51\n"
            "Fleecemössa svart – 100 st à 62,00 kr (prisjustering från 1/12) – leverans v. 51\n\n"
            "Ha en fin dag!\n\nMvh\nLinnea Ström\nOrderavdelningen, Nordkläder Arbetskläder AB\nBorås\n")
    msg = message(std_headers(addr("Linnea Ström", "linnea.strom@nordklader.example"), addr("Erik Johansson", p["buyer"]["email"]),
                              "SV: Order 7100041502", rdate(2026, 12, 2, 15, 31, 0, "+0100"),
                              "<HE1PR05MB0000C7B6A5D4E3F2@HE1PR05MB0000.eurprd05.prod.outlook.example>", rmid(p), rmid(p)),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, conf((p, {1: A(p, 1), 2: C(p, 2, price="62.00")}),
                          notes="Week 51 without a day = Friday 2026-12-18 (same as need-by); '1/12' is 1 December day-first.")


@case("medisafe-oa-pdf", "confirmation/en-IN", "Indian 'PFA Order Acceptance' with a PDF: syringes cut to 8000 (balance cancelled), bandage moved to 23.12.2026")
def c_medisafe():
    sup = S("MEDSF", "Medisafe Surgicals Pvt. Ltd.", "sales@medisafesurg.example", "en-IN")
    p = PO("7100041510", sup, B("Ravi Menon", "ravi.menon"), "INR", "2026-12-02", [
        ("MS-CAN-20G", "IV cannula 20G with injection port", 5000, "EA", "11.80", "2026-12-16"),
        ("MS-SYR-5ML", "Disposable syringe 5 ml with needle 24G", 10000, "EA", "2.35", "2026-12-16"),
        ("MS-CREPE-10", "Crepe bandage 10 cm x 4 m", 2000, "EA", "14.50", "2026-12-16"),
    ])
    rows = [(40, 800, 14, "MEDISAFE SURGICALS PVT. LTD."),
            (40, 784, 8, "Plot No. 0, GIDC Estate, Changodar, Ahmedabad - 382 213  |  GSTIN 24AAAAA0000A1Z5"),
            (40, 760, 12, "ORDER ACCEPTANCE   No. OA/26-27/1184   Date: 04.12.2026"),
            (40, 740, 9, "Customer: Korvalen Industrial Services (India) Pvt. Ltd., Pune     Your PO No.: 7100041510 dt. 02.12.2026"),
            (40, 715, 9, "Sr.  Item Code     Description                             Qty (Nos)     Rate (Rs.)    Delivery"),
            (40, 700, 9, "1    MS-CAN-20G    IV Cannula 20G with inj. port             5,000         11.80      16.12.2026"),
            (40, 685, 9, "2    MS-SYR-5ML    Disp. Syringe 5 ml with needle            8,000          2.35      16.12.2026"),
            (40, 670, 9, "3    MS-CREPE-10   Crepe Bandage 10 cm x 4 m                 2,000         14.50      23.12.2026"),
            (40, 645, 9, "Remarks: Sr. 2 - balance 2,000 Nos cancelled due to stock constraint."),
            (40, 630, 9, "GST @ 12% extra as applicable. Freight: FOR Pune. Payment: 45 days."),
            (40, 600, 9, "For MEDISAFE SURGICALS PVT. LTD.          Authorised Signatory")]
    pdf = make_pdf(rows, "Order Acceptance OA/26-27/1184")
    body = ("Dear Sir/Madam,\n\nPFA our Order Acceptance No. OA/26-27/1184 against your PO No. 7100041510.\n\n"
            "Kindly check and revert in case of any discrepancy.\n\n"
            "Thanks & Regards,\nMehul Shah\nSales Coordinator\nMedisafe Surgicals Pvt. Ltd.\n+91 79 0000 0000\n")
    msg = message(std_headers(addr("Mehul Shah", "sales@medisafesurg.example"), addr("Ravi Menon", p["buyer"]["email"]),
                              "Order Acceptance OA/26-27/1184 - Your PO 7100041510", rdate(2026, 12, 4, 17, 48, 31, "+0530"),
                              "<CAK2m3hS+OA1184x@mail.medisafesurg.example>", rmid(p), rmid(p)),
                  multipart("mixed", [alt(text(body, "us-ascii", "7bit"),
                                          html("<div dir=\"ltr\">" + body.replace("\n", "<br>") + "</div>", "us-ascii", "7bit"),
                                          "0000000000003a4b5c06f0a2b1c3"),
                                      attach("application/pdf", "OA-26-27-1184.pdf", pdf)], "0000000000003a4b5e06f0a2b1c5"))
    return [p], msg, conf((p, {1: A(p, 1), 2: C(p, 2, qty=8000), 3: C(p, 3, date="2026-12-23")}),
                          notes="All values in the PDF; 'revert in case of discrepancy' is boilerplate, not a question.")


@case("meghna-exfactory-vs-dc", "confirmation/bn-BD", "Bangladeshi trims supplier: ex-factory 08-Jan-2027 and 'delivery at your DC 11-Jan-2027' (delivery wins, earlier than need-by); hang tag price up")
def c_meghna():
    sup = S("MEGHNA", "Meghna Label & Trims Ltd", "merchandising@meghnatrims.example", "bn-BD")
    p = PO("7100041522", sup, B("Nusrat Karim", "nusrat.karim"), "USD", "2026-11-27", [
        ("LBL-WVN-MAIN", "Woven main label 50x20 mm, damask", 50000, "EA", "0.021", "2027-01-15"),
        ("HTG-PPR-350", "Hang tag 350 gsm art card, 4C print", 50000, "EA", "0.034", "2027-01-15"),
        ("CARE-SAT-30", "Satin care label 30 mm, printed", 50000, "EA", "0.009", "2027-01-15"),
    ])
    body = ("Dear Ms. Karim,\n\nAssalamu Alaikum and greetings from Meghna Trims.\n\n"
            "We acknowledge receipt of your PO 7100041522 and confirm the order as below:\n\n"
            "- Woven main label and satin care label: quantity and price OK.\n"
            "- Hang tag: as per your approved artwork (with spot UV) the price will be USD 0.036/pc instead of 0.034.\n\n"
            "All three items ex-factory 08-Jan-2027, delivery at your Gazipur DC 11-Jan-2027.\n\n"
            "Thanks and best regards,\nTanvir Hossain\nSr. Merchandiser\nMeghna Label & Trims Ltd, Ashulia, Dhaka\nমেঘনা লেবেল অ্যান্ড ট্রিমস লিমিটেড\n")
    msg = message(std_headers(addr("Tanvir Hossain", "tanvir@meghnatrims.example"), addr("Nusrat Karim", p["buyer"]["email"]),
                              "RE: PO# 7100041522 // Labels & Tags", rdate(2026, 12, 1, 12, 10, 44, "+0600"),
                              "<SG2PR06MB0000A1F2E3D4C5B6@SG2PR06MB0000.apcprd06.prod.outlook.example>", rmid(p), rmid(p)),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, conf((p, {1: C(p, 1, date="2027-01-11"), 2: C(p, 2, price="0.036", date="2027-01-11"), 3: C(p, 3, date="2027-01-11")}),
                          notes="Delivery date beats ex-factory date; it is earlier than need-by so every line is 'changed'.")


@case("keystone-two-pos-one-pending", "confirmation/en-US", "One reply about two POs: first confirmed (ship 12/15, arrive 12/16), second only 'I'll let you know tomorrow' so that PO is left out")
def c_keystone():
    sup = S("KEYHP", "Keystone Hydraulics & Pneumatics", "orders@keystonehp.example", "en-US")
    b = B("Owen Patel", "owen.patel")
    p1 = PO("7100041530", sup, b, "USD", "2026-12-04", [
        ("KH-FIT-ORFS-8", "ORFS straight fitting -8, steel", 40, "EA", "6.45", "2026-12-16"),
        ("KH-HOSE-R17-8", "Hydraulic hose R17 1/2\", bulk", 150, "FT", "3.10", "2026-12-16"),
    ])
    p2 = PO("7100041531", sup, b, "USD", "2026-12-04", [
        ("KH-VLV-D1VW", "Parker D1VW directional valve 24VDC", 2, "EA", "612.00", "2026-12-16"),
    ])
    body = ("Hi Owen,\n\n7100041530 is confirmed, both lines, ships 12/15 and you'll have it 12/16.\n\n"
            "On 7100041531 (the Parker valve) I'm still waiting to hear back from the factory on lead time, I'll let you know tomorrow.\n\n"
            "Thanks\nTrish\n\nTrish Morgan | Keystone Hydraulics & Pneumatics | Allentown, PA\n\n"
            "-----Original Message-----\nFrom: Owen Patel <owen.patel@korvalen.example>\nSent: Tuesday, December 8, 2026 9:30 AM\n"
            "To: orders@keystonehp.example\nSubject: Open POs 7100041530 and 7100041531 - still no confirmation\n\n"
            "Hi Trish, can you please confirm both of these? Need-by 12/16 for all lines.\n\nOwen\n")
    rem = "<reminder-20261208-0930.owen.patel@korvalen.example>"
    msg = message(std_headers(addr("Trish Morgan", "tmorgan@keystonehp.example"), addr("Owen Patel", b["email"]),
                              "RE: Open POs 7100041530 and 7100041531 - still no confirmation", rdate(2026, 12, 9, 10, 18, 0, "-0500"),
                              "<DM6PR02MB0000E7D6C5B4A3F2@DM6PR02MB0000.namprd02.prod.outlook.example>", rem, rem),
                  text(body, "us-ascii", "7bit"))
    return [p1, p2], msg, conf((p1, {1: A(p1, 1), 2: A(p1, 2)}),
                               notes="Second PO is only mentioned ('let you know tomorrow'), so it gets no entry; reply to our reminder.")


@case("thailab-buddhist-year", "confirmation/th-TH", "Thai (TIS-620, base64) with Buddhist-era dates 15/12/2569 and 18/12/2569; cover-glass price up to 38.00 baht")
def c_thailab():
    sup = S("THLAB", "Thai Lab Supply Co., Ltd.", "sales@thailabsupply.example", "th-TH")
    p = PO("7100041540", sup, B("Somchai Wongsakul", "somchai.w"), "THB", "2026-12-01", [
        ("TL-SLIDE-FR72", "Microscope slide, frosted end, box 72", 200, "BX", "42.00", "2026-12-15"),
        ("TL-COVER-2222", "Cover glass 22x22 mm, box 100", 100, "BX", "35.00", "2026-12-15"),
    ])
    body = ("เรียน คุณสมชาย\n\nบริษัทฯ ขอขอบคุณสำหรับใบสั่งซื้อ และขอยืนยันใบสั่งซื้อเลขที่ 7100041540 ดังนี้\n\n"
            "1. สไลด์แก้ว ขอบฝ้า (กล่อง 72 แผ่น) จำนวน 200 กล่อง ราคา 42.00 บาท/กล่อง ส่งของวันที่ 15/12/2569\n"
            "2. กระจกปิดสไลด์ 22x22 มม. จำนวน 100 กล่อง ราคา 38.00 บาท/กล่อง (ปรับราคาตามผู้ผลิต) ส่งของวันที่ 18/12/2569\n\n"
            "ราคายังไม่รวมภาษีมูลค่าเพิ่ม 7%\n\nขอแสดงความนับถือ\nวิภาวรรณ ศรีสุข\nฝ่ายขาย บริษัท ไทยแล็บ ซัพพลาย จำกัด\nโทร 02-000-0000\n")
    msg = message(std_headers(addr("วิภาวรรณ ศรีสุข", "wipawan@thailabsupply.example"), addr("Somchai Wongsakul", p["buyer"]["email"]),
                              ew("ตอบกลับ: ใบสั่งซื้อ 7100041540"), rdate(2026, 12, 2, 14, 6, 52, "+0700"),
                              "<001f01db4c88$c2a1b3e0$47e51ba0$@thailabsupply.example>", rmid(p), rmid(p)),
                  text(body, "tis-620", "base64"))
    return [p], msg, conf((p, {1: A(p, 1), 2: C(p, 2, price="38.00", date="2026-12-18")}),
                          notes="Thai Buddhist-era year 2569 = 2026; 'ส่งของ' (deliver goods) dates.")


@case("daesung-euckr-cancel-rest", "confirmation/ko-KR", "Korean (EUC-KR): bearings OK, oil seals only 60 of 100 and 'please cancel the remaining 40'")
def c_daesung():
    sup = S("DAESG", "Daesung Industrial Machinery Co., Ltd.", "sales@daesung-im.example", "ko-KR")
    p = PO("7100041548", sup, B("Kim Jihoon", "jihoon.kim"), "KRW", "2026-12-02", [
        ("DS-BRG-6308ZZ", "Ball bearing 6308ZZ", 50, "EA", "12500", "2026-12-14"),
        ("DS-SEAL-TC-45628", "Oil seal TC 45x62x8", 100, "EA", "1800", "2026-12-14"),
    ])
    body = ("안녕하세요 김지훈 과장님,\n대성산업기계 이민수입니다.\n\n발주서(7100041548) 잘 받았습니다.\n\n"
            "1. 베어링 6308ZZ 50개, 단가 12,500원 - 12월 14일 납품 가능합니다.\n"
            "2. 오일씰 TC 45x62x8은 현재 재고가 60개뿐이라 60개만 납품 가능하고, 나머지 40개는 취소 부탁드립니다. 납기는 동일하게 12월 14일입니다.\n\n"
            "감사합니다.\n\n이민수 대리\n(주)대성산업기계 영업팀\nTel. 051-000-0000\n")
    msg = message(std_headers(addr("이민수", "msl@daesung-im.example", "euc-kr"), addr("김지훈", p["buyer"]["email"], "euc-kr"),
                              ew("RE: 발주서 송부 (7100041548)", "euc-kr"), rdate(2026, 12, 3, 11, 20, 0, "+0900"),
                              "<20261203112000.a1b2c3@daesung-im.example>", rmid(p), rmid(p)),
                  text(body, "euc-kr", "base64"))
    return [p], msg, conf((p, {1: A(p, 1), 2: C(p, 2, qty=60)}),
                          notes="Reduced quantity with the remainder explicitly cancelled (no schedule).")


@case("maestranzasur-despacho-only", "confirmation/es-CL", "Chilean: whole PO confirmed, only a dispatch day 'miércoles 16' by courier is given, one day before need-by (ship date is the date)")
def c_maestranza():
    sup = S("MSUR", "Comercial Maestranza Sur Ltda.", "ventas@maestranzasur.example", "es-CL")
    p = PO("7100041555", sup, B("Felipe Araya", "felipe.araya"), "CLP", "2026-12-03", [
        ("MS-E7018-32", "Electrodo E7018 3,2 mm, caja 5 kg", 40, "BX", "18900", "2026-12-17"),
        ("MS-DISC-7-MET", "Disco de corte 7\" metal", 100, "EA", "1450", "2026-12-17"),
    ])
    body = ("Estimado Felipe:\n\nConfirmamos su OC 7100041555 completa, precios según cotización.\n"
            "Despachamos el miércoles 16 por Starken a su planta de Rancagua.\n\nSaludos cordiales,\n"
            "Carolina Muñoz\nEjecutiva de Ventas\nComercial Maestranza Sur Ltda. – Talca\n+56 71 200 0000\n")
    msg = message(std_headers(addr("Carolina Muñoz", "cmunoz@maestranzasur.example"), addr("Felipe Araya", p["buyer"]["email"]),
                              "RE: OC 7100041555", rdate(2026, 12, 4, 12, 33, 45, "-0300"),
                              "<SCYP152MB0000D3C2B1A0F9E8@SCYP152MB0000.LAMP152.PROD.OUTLOOK.example>", rmid(p), rmid(p)),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, conf((p, {1: C(p, 1, date="2026-12-16"), 2: C(p, 2, date="2026-12-16")}),
                          notes="Only a ship (despacho) date is given, so it is the date per the rules, even though it differs from need-by by one day.")


@case("bernasconi-refuse-whole-order", "confirmation/de-CH", "Swiss German: the whole order declined because the brand agency ended 30.11.; both lines rejected")
def c_bernasconi():
    sup = S("BERNA", "Bernasconi Technik AG", "verkauf@bernasconi-technik.example", "de-CH")
    p = PO("7100041563", sup, B("Reto Meier", "reto.meier"), "CHF", "2026-12-03", [
        ("BT-ZYL-50-200", "Pneumatikzylinder ISO 15552, D50 x 200", 6, "EA", "168.00", "2026-12-18"),
        ("BT-VENT-52-24V", "5/2-Wegeventil G1/4, 24 VDC", 6, "EA", "92.50", "2026-12-18"),
    ])
    body = ("Grüezi Herr Meier\n\nBesten Dank für Ihre Bestellung 7100041563.\n\n"
            "Leider müssen wir Ihnen mitteilen, dass wir diese nicht annehmen können: Wir haben die Vertretung dieser Marke per 30.11.2026 "
            "abgegeben und führen die Artikel nicht mehr. Die neue Vertretung für die Schweiz ist die Firma Pneumatec Zürich AG.\n\n"
            "Wir bedauern und danken für Ihr Verständnis.\n\nFreundliche Grüsse\n\nMarco Bernasconi\nBernasconi Technik AG | Lugano / Zürich\n")
    msg = message(std_headers(addr("Marco Bernasconi", "m.bernasconi@bernasconi-technik.example"), addr("Reto Meier", p["buyer"]["email"]),
                              "AW: Bestellung 7100041563", rdate(2026, 12, 7, 8, 44, 18, "+0100"),
                              "<ZR0P278MB0000F1E0D9C8B7A6@ZR0P278MB0000.CHEP278.PROD.OUTLOOK.example>", rmid(p), rmid(p)),
                  text(body, "iso-8859-1", "quoted-printable"))
    return [p], msg, conf((p, {1: REJ, 2: REJ}),
                          notes="An outright refusal is still an answer: kind confirmation with every line rejected.")


@case("schf-aussie-tues-22", "confirmation/en-AU", "Australian one-liner: 'all good', but delivered 'Tues 22/12' instead of the 18th (day-first date, whole PO)")
def c_schf():
    sup = S("SCHF", "Southern Cross Hardware & Fasteners Pty Ltd", "sales@schf.example", "en-AU")
    p = PO("7100041570", sup, B("Mick O'Brien", "mick.obrien"), "AUD", "2026-12-02", [
        ("SC-TEK-1020-HH", "Tek screw 10-16x20 hex head, box 1000", 20, "BX", "38.50", "2026-12-18"),
        ("SC-DYNA-M10-75", "Dynabolt M10x75, box 50", 10, "BX", "46.00", "2026-12-18"),
        ("SC-SIL-NEU-CLR", "Neutral cure silicone, clear, 300 ml", 48, "EA", "7.90", "2026-12-18"),
    ])
    body = ("G'day Mick,\n\nall good on 7100041570, we'll have it to your Dandenong site Tues 22/12 - sorry couldn't do the 18th, truck's booked solid.\n\n"
            "Cheers\nBec\n\nRebecca Nguyen | Sales Support | Southern Cross Hardware & Fasteners\n"
            "P 03 9000 0000 | ABN 00 000 000 000\n\n"
            "On Wed, 2 Dec 2026 at 4:12 pm, Mick O'Brien <mick.obrien@korvalen.example> wrote:\n" + quote(po_request(p, "Hi team,", datefmt="dmy")))
    msg = message(std_headers(addr("Rebecca Nguyen", "rebecca@schf.example"), addr("Mick O'Brien", p["buyer"]["email"]),
                              "Re: PO 7100041570", rdate(2026, 12, 10, 11, 2, 13, "+1100"),
                              "<CAG7b3c+Nq0Lr8@mail.schf.example>", rmid(p), rmid(p)),
                  text(body, "us-ascii", "7bit"))
    return [p], msg, conf((p, {1: C(p, 1, date="2026-12-22"), 2: C(p, 2, date="2026-12-22"), 3: C(p, 3, date="2026-12-22")}),
                          notes="Short informal reply; 22/12 is day-first; same change applies to all lines.")


@case("pioneer-backorder-after-2nd-reminder", "confirmation/en-US", "US reply to our second reminder: 'ships Monday for Wednesday delivery' (=need-by) except cartridges backordered 'ETA to you 1/15'")
def c_pioneer():
    sup = S("PIONS", "Pioneer Safety & Industrial", "cs@pioneersafety.example", "en-US")
    p = PO("7100041578", sup, B("Owen Patel", "owen.patel"), "USD", "2026-11-25", [
        ("PS-RESP-7502M", "Half-face respirator 7502, medium", 24, "EA", "27.60", "2026-12-09"),
        ("PS-CART-60926", "Multi-gas/vapor cartridge 60926, pair", 48, "PR", "24.80", "2026-12-09"),
        ("PS-EARP-1100", "Foam earplugs 1100, box 200 pairs", 10, "BX", "36.00", "2026-12-09"),
        ("PS-GLS-SF-CLR", "SecureFit safety glasses, clear", 60, "EA", "3.45", "2026-12-09"),
    ])
    rem2 = "<po-7100041578.rem2@korvalen.example>"
    rem1 = "<po-7100041578.rem1@korvalen.example>"
    body = ("Sorry Owen, this one slipped through the cracks on our end.\n\n"
            "PO 7100041578 is good to go - everything ships from Memphis Monday for Wednesday delivery, except the 60926 cartridges. "
            "Those are on backorder with 3M, ETA to you 1/15.\n\n"
            "Let me know if you need anything else.\n\nJessica Tran\nCustomer Service | Pioneer Safety & Industrial\n800-000-0000 x214\n\n"
            "From: Owen Patel <owen.patel@korvalen.example>\nSent: Friday, December 4, 2026 8:02 AM\nTo: cs@pioneersafety.example\n"
            "Subject: 2nd REMINDER - PO 7100041578 not confirmed\n\n"
            "Hello, second reminder: we still have no acknowledgment for PO 7100041578 (4 lines, need-by 12/09/2026). "
            "Please confirm today.\n\nOwen Patel\nKorvalen Industrial Services\n")
    msg = message(std_headers(addr("Jessica Tran", "cs@pioneersafety.example"), addr("Owen Patel", p["buyer"]["email"]),
                              "RE: 2nd REMINDER - PO 7100041578 not confirmed", rdate(2026, 12, 4, 12, 55, 3, "-0600"),
                              "<CH3PR14MB0000A2B3C4D5E6F7@CH3PR14MB0000.namprd14.prod.outlook.example>", rem2, " ".join([rmid(p), rem1, rem2])),
                  text(body, "us-ascii", "7bit"))
    return [p], msg, conf((p, {1: A(p, 1), 2: C(p, 2, date="2027-01-15"), 3: A(p, 3), 4: A(p, 4)}),
                          notes="Mail of Fri 4 Dec: Monday ship = 7 Dec, Wednesday delivery = 9 Dec (need-by); '1/15' in December = 2027-01-15.")


@case("levantmed-moq-carton", "confirmation/en-JO", "Jordanian medical distributor: masks rounded up to a full carton of 1,000 pcs (MOQ) at same price; JOD 3-decimal prices; Sun workday")
def c_levantmed():
    sup = S("LEVMED", "Levant Medical Supplies Co.", "sales@levantmed.example", "en-JO")
    p = PO("7100041585", sup, B("Rami Haddad", "rami.haddad"), "JOD", "2026-12-01", [
        ("LMS-GAUZE-90100", "Gauze roll 90 cm x 100 m, 4 ply", 40, "RL", "9.500", "2026-12-15"),
        ("LMS-MASK-IIR", "Surgical face mask type IIR, 3-ply, ear loop", 800, "EA", "0.060", "2026-12-15"),
    ])
    body = ("Dear Mr. Haddad,\n\nGood day and thank you for your PO 7100041585.\n\n"
            "We confirm the gauze rolls as ordered (40 rolls @ JOD 9.500).\n"
            "For the face masks, please note the minimum packing is one carton of 1,000 pcs (20 boxes x 50), "
            "so we have entered 1,000 pcs at the same unit price of JOD 0.060.\n\n"
            "Delivery to your Sahab warehouse on Tuesday 15/12/2026.\n\n"
            "Best regards,\nLina Khoury\nSales Department\nLevant Medical Supplies Co. | Amman - Jordan\nTel: +962 6 000 0000\n\n"
            "هذه الرسالة سرية ومخصصة للمرسل إليه فقط. This message is confidential and intended for the addressee only.\n")
    msg = message(std_headers(addr("Lina Khoury", "lina.khoury@levantmed.example"), addr("Rami Haddad", p["buyer"]["email"]),
                              "RE: PO 7100041585", rdate(2026, 12, 6, 10, 25, 0, "+0300"),
                              "<AS8PR10MB0000B9A8F7E6D5C4@AS8PR10MB0000.EURPRD10.PROD.OUTLOOK.example>", rmid(p), rmid(p)),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, conf((p, {1: A(p, 1), 2: C(p, 2, qty=1000)}),
                          notes="Quantity increased to the MOQ; prices with three decimals compare by value.")


@case("caledonian-two-weeks-from-today", "confirmation/en-GB", "Scottish lab supplier, 3 lines: 'Lines 1-3 confirmed for the 11th', gloves 'two weeks from today' (mail date + 14 days)")
def c_caledonian():
    sup = S("CALAB", "Caledonian Lab Consumables Ltd", "sales@caledonianlab.example", "en-GB")
    p = PO("7100041592", sup, B("Fiona MacLeod", "fiona.macleod"), "GBP", "2026-12-02", [
        ("CL-CUV-PS-SM", "Cuvette PS semi-micro, pack 100", 20, "PK", "6.40", "2026-12-11"),
        ("CL-WBOAT-100", "Weighing boat 100 ml, pack 500", 4, "PK", "24.00", "2026-12-11"),
        ("CL-LBL-CRYO", "Cryo labels, roll 1000", 6, "RL", "31.50", "2026-12-11"),
        ("CL-NIT-L", "Nitrile gloves, large, box 100", 30, "BX", "4.95", "2026-12-11"),
    ])
    body = ("Hi Fiona,\n\nLines 1-3 confirmed for the 11th.\nLine 4 - the large nitriles are out of stock, they'll be with you two weeks from today.\n\n"
            "Thanks,\nRoss\n\nRoss Campbell | Sales Office | Caledonian Lab Consumables Ltd | Livingston EH54\n\n"
            "> On 2 Dec 2026, at 11:05, Fiona MacLeod <fiona.macleod@korvalen.example> wrote:\n>\n" + quote(po_request(p, "Hello,", datefmt="dmy")))
    msg = message(std_headers(addr("Ross Campbell", "ross@caledonianlab.example"), addr("Fiona MacLeod", p["buyer"]["email"]),
                              "Re: PO 7100041592", rdate(2026, 12, 3, 15, 10, 0, "+0000"),
                              "<7E3D1C2B-9A0F-4E8D-B7C6-5A4F3E2D1C0B@caledonianlab.example>", rmid(p), rmid(p)),
                  text(body, "us-ascii", "7bit"))
    return [p], msg, conf((p, {1: A(p, 1), 2: A(p, 2), 3: A(p, 3), 4: C(p, 4, date="2026-12-17")}),
                          notes="Relative date: Thu 3 Dec + 14 days = 2026-12-17.")


@case("niletextiles-week3-delivery", "confirmation/ar-EG", "Egyptian mill (English): shipment 'week 1/2027', 'delivery Hamburg in week 3' -> Friday of ISO week 3 2027 (delivery wins)")
def c_nile():
    sup = S("NILET", "Nile Textiles Co. (S.A.E.)", "export@niletextiles.example", "ar-EG")
    p = PO("7100041600", sup, B("Jonas Schneider", "jonas.schneider"), "USD", "2026-11-30", [
        ("NT-SHEET-PRC-W", "Bed sheet percale 200 TC, white, 240x260 cm", 1500, "EA", "6.20", "2027-01-08"),
        ("NT-PILL-PRC-W", "Pillow case percale 200 TC, white, 50x75 cm", 3000, "EA", "1.15", "2027-01-08"),
    ])
    body = ("Dear Mr. Schneider,\n\nThanks for your order.\n\n"
            "We confirm PO 7100041600 as follows:\n"
            "- Bed sheets 240x260: 1500 pcs @ USD 6.20\n"
            "- Pillow cases 50x75: 3000 pcs @ USD 1.15\n\n"
            "Shipment from Alexandria in week 1/2027, delivery Hamburg in week 3.\n\n"
            "Best regards / مع أطيب التحيات\n\nAhmed Mansour\nExport Manager\nNile Textiles Co. (S.A.E.) - 10th of Ramadan City, Egypt\n")
    msg = message(std_headers(addr("Ahmed Mansour", "a.mansour@niletextiles.example"), addr("Jonas Schneider", p["buyer"]["email"]),
                              "RE: PO 7100041600 - bed linen", rdate(2026, 12, 1, 13, 2, 0, "+0200"),
                              "<f0e1d2c3-b4a5-4697-8879-6a5b4c3d2e1f@niletextiles.example>", rmid(p), rmid(p)),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, conf((p, {1: C(p, 1, date="2027-01-22"), 2: C(p, 2, date="2027-01-22")}),
                          notes="Delivery week wins over shipment week; week 3 with no day and no year, written in Dec 2026 = Fri 2027-01-22.")


@case("accrabuilders-cement-new-price", "confirmation/en-GH", "Ghanaian building merchant: cement price up to GHS 104.00 ('new Ghacem price'), blocks unchanged, delivery Thursday 10th as requested")
def c_accra():
    sup = S("ACCRA", "Accra Builders Depot Ltd", "sales@accrabuilders.example", "en-GH")
    p = PO("7100041608", sup, B("Kwame Mensah", "kwame.mensah"), "GHS", "2026-12-03", [
        ("ABD-CEM-425R-50", "Portland cement 42.5R, 50 kg bag", 300, "BAG", "98.00", "2026-12-10"),
        ("ABD-BLK-6IN", "Sandcrete block 6 inch", 2000, "EA", "7.50", "2026-12-10"),
    ])
    body = ("Dear Kwame,\n\nPlease find our confirmation below for PO 7100041608:\n\n"
            "Cement 42.5R - 300 bags at GHS 104.00 per bag (new price from Ghacem effective 1st December)\n"
            "6\" blocks - 2,000 pcs at GHS 7.50\n\n"
            "Delivery Thursday 10th December to the Tema Comm. 25 site. Kindly make sure someone is there to receive.\n\n"
            "Regards,\nAbena Owusu (Mrs)\nSales Office - Accra Builders Depot Ltd\n0302 000 000 / 024 000 0000\n")
    msg = message(std_headers(addr("Abena Owusu", "abena@accrabuilders.example"), addr("Kwame Mensah", p["buyer"]["email"]),
                              "RE: PO 7100041608", rdate(2026, 12, 7, 9, 14, 0, "+0000"),
                              "<1f2e3d4c5b6a@accrabuilders.example>", rmid(p), rmid(p)),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, conf((p, {1: C(p, 1, price="104.00"), 2: A(p, 2)}),
                          notes="Price increase on one line only.")


@case("phuthinh-vi-mixed", "confirmation/vi-VN", "Vietnamese/English mix: pique as PO, rib fabric new price 6.65 USD/kg 'do tăng giá sợi'; giao 28/12/2026")
def c_phuthinh():
    sup = S("PHUTH", "Phu Thinh Textile Co., Ltd.", "sales@phuthinh-tex.example", "vi-VN")
    p = PO("7100041615", sup, B("Lan Pham", "lan.pham"), "USD", "2026-12-01", [
        ("PT-PIQ-220-NVY", "Polo pique fabric 220 gsm, navy", 2000, "KG", "5.80", "2026-12-28"),
        ("PT-RIB-11-NVY", "Rib 1x1 collar fabric, navy", 300, "KG", "6.40", "2026-12-28"),
    ])
    body = ("Dear Ms. Lan,\n\nPhú Thịnh xin xác nhận PO 7100041615 như sau / we confirm as below:\n\n"
            "1/ Vải cá sấu (pique) 220gsm navy: 2,000 kg x 5.80 USD/kg, giao hàng 28/12/2026.\n"
            "2/ Vải bo rib 1x1 navy: 300 kg — giá mới 6.65 USD/kg do tăng giá sợi, giao hàng 28/12/2026.\n\n"
            "Trân trọng / Best regards,\nNguyễn Thị Hồng\nPhòng Kinh doanh – Công ty TNHH Dệt May Phú Thịnh\nBình Dương, Việt Nam\n")
    msg = message(std_headers(addr("Nguyễn Thị Hồng", "hong.nguyen@phuthinh-tex.example"), addr("Lan Pham", p["buyer"]["email"]),
                              ew("RE: PO 7100041615 – vải pique / rib"), rdate(2026, 12, 3, 16, 45, 0, "+0700"),
                              "<a9b8c7d6e5f4.phuthinh@phuthinh-tex.example>", rmid(p), rmid(p)),
                  text(body, "utf-8", "base64"))
    return [p], msg, conf((p, {1: A(p, 1), 2: C(p, 2, price="6.65")}),
                          notes="Bilingual; comma thousands '2,000 kg' and dot decimals.")


@case("dimandina-peru-item2-later", "confirmation/es-PE", "Peruvian medical distributor: items 1 and 3 for 'lunes 14/12', item 2 only on 21/12 at S/ 9.20")
def c_dimandina():
    sup = S("DIMAN", "Distribuidora Médica Andina S.A.C.", "ventas@dimandina.example", "es-PE")
    p = PO("7100041622", sup, B("José Quispe", "jose.quispe"), "PEN", "2026-12-02", [
        ("DMA-GUANT-LAT-L", "Guante de látex para examen talla L, caja x 100", 150, "BX", "21.50", "2026-12-14"),
        ("DMA-ALC-70-1L", "Alcohol etílico 70°, frasco 1 L", 120, "EA", "8.90", "2026-12-14"),
        ("DMA-ALG-500", "Algodón hidrófilo, paquete 500 g", 60, "EA", "12.40", "2026-12-14"),
    ])
    body = ("Sr. Quispe, buenos días:\n\nEn atención a su orden de compra N° 7100041622, le confirmamos la atención de los ítems 1 y 3 "
            "para el lunes 14/12 en su almacén de Ate.\n\n"
            "El ítem 2 (alcohol 70° x 1 L) se lo podemos entregar recién el 21/12 por falta de stock, a S/ 9.20 el frasco "
            "(precio actualizado del laboratorio).\n\n"
            "Atentamente,\nMilagros Huamán\nEjecutiva Comercial\nDistribuidora Médica Andina S.A.C. – RUC 20000000000\n")
    msg = message(std_headers(addr("Milagros Huamán", "mhuaman@dimandina.example"), addr("José Quispe", p["buyer"]["email"]),
                              "RE: ORDEN DE COMPRA 7100041622", rdate(2026, 12, 7, 9, 5, 0, "-0500"),
                              "<BY5PR18MB0000E1D2C3B4A5F6@BY5PR18MB0000.namprd18.prod.outlook.example>", rmid(p), rmid(p)),
                  text(body, "windows-1252", "quoted-printable"))
    return [p], msg, conf((p, {1: A(p, 1), 2: C(p, 2, price="9.20", date="2026-12-21"), 3: A(p, 3)}),
                          notes="Line 2 changes both price and date.")


# =============================================================================================
# REPLIES THAT MUST NOT CONFIRM
# =============================================================================================

@case("atlastool-which-drive-question", "needs_review/en-US", "Inside sales asks which drive size we want (part number vs description conflict) before acknowledging anything")
def n_atlastool():
    sup = S("ATLTF", "Atlas Tool & Fastener Inc.", "orders@atlastoolfast.example", "en-US")
    p = PO("7100041630", sup, B("Rachel Kim", "rachel.kim"), "USD", "2026-12-03", [
        ("AT-RATCH-38-72", "Ratchet 3/8\" drive, 72 tooth", 10, "EA", "24.50", "2026-12-14"),
        ("AT-SKT-SET-12SAE", "Impact socket set 1/2\" drive SAE, 19 pc", 5, "EA", "79.00", "2026-12-14"),
    ])
    body = ("Hi Rachel,\n\nQuick question before I enter this one. Line 1 says 3/8\" drive but the part # on your PO (AT-RATCH-38-72) "
            "is our 1/2\" drive model in the 2027 catalog - the 3/8\" is AT-RATCH-38-72S now. Which one do you want?\n\n"
            "Once I know I'll send the ack for the whole PO.\n\nThanks!\nGina\n\nGina Russo | Inside Sales | Atlas Tool & Fastener\n\n"
            "On 12/3/2026 10:02 AM, Rachel Kim wrote:\n" + quote(po_request(p, datefmt="mdy")))
    msg = message(std_headers(addr("Gina Russo", "grusso@atlastoolfast.example"), addr("Rachel Kim", p["buyer"]["email"]),
                              "Re: PO 7100041630", rdate(2026, 12, 3, 13, 12, 8, "-0500"),
                              "<3f9a2b1c-aa10-4b7e-9d2e-1c0b9a8f7e6d@atlastoolfast.example>", rmid(p), rmid(p),
                              extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")]),
                  text(body, "us-ascii", "7bit", flowed=True))
    return [p], msg, other("needs_review", "A question; nothing is committed, not even line 2.")


@case("rheinland-melden-bis-freitag", "needs_review/de-DE", "German: thanks, availability is being checked with the plant, delivery dates 'bis spätestens Freitag'")
def n_rheinland():
    sup = S("RHBAU", "Rheinland Bautechnik GmbH", "innendienst@rheinland-bautechnik.example", "de-DE")
    p = PO("7100041638", sup, B("Marta Lindqvist", "marta.lindqvist"), "EUR", "2026-12-02", [
        ("RB-MAUER-KS-20", "Kalksandstein KS 20-2,0 2DF", 4800, "EA", "0.92", "2026-12-16"),
        ("RB-MOERTEL-DM", "Dünnbettmörtel, Sack 25 kg", 60, "BAG", "9.80", "2026-12-16"),
    ])
    body = ("Sehr geehrte Frau Lindqvist,\n\nvielen Dank für Ihre Bestellung 7100041638.\n\n"
            "Wir prüfen derzeit die Verfügbarkeit der Kalksandsteine beim Werk und melden uns bis spätestens Freitag mit den Lieferterminen "
            "und einer verbindlichen Auftragsbestätigung.\n\nMit freundlichen Grüßen\n\nThomas Becker\nVerkauf Innendienst\n"
            "Rheinland Bautechnik GmbH · Industriepark 0 · 50997 Köln\n")
    msg = message(std_headers(addr("Becker, Thomas", "t.becker@rheinland-bautechnik.example"), addr("Marta Lindqvist", p["buyer"]["email"]),
                              "AW: Bestellung 7100041638", rdate(2026, 12, 2, 16, 5, 0, "+0100"),
                              "<000201db4c6d$1a2b3c40$4e5f6a70$@rheinland-bautechnik.example>", rmid(p), rmid(p)),
                  text(body, "iso-8859-1", "quoted-printable"))
    return [p], msg, other("needs_review", "Promise to confirm later; no line is committed.")


@case("ronchamp-proposition-attente-accord", "needs_review/fr-FR", "French proposal: 800 m now and balance mid-January 'merci de nous dire si cela vous convient', confirmation only after our OK")
def n_ronchamp():
    sup = S("RONCH", "Tissages de Ronchamp", "adv@tissages-ronchamp.example", "fr-FR")
    p = PO("7100041645", sup, B("Julien Girard", "julien.girard"), "EUR", "2026-12-01", [
        ("TR-TOILE-CO-280", "Toile coton 280 g/m², écru, laize 160", 1000, "M", "6.85", "2026-12-16"),
    ])
    body = ("Bonjour Monsieur Girard,\n\nNous avons bien reçu votre commande 7100041645 et vous en remercions.\n\n"
            "Compte tenu de notre planning de tissage, nous pourrions vous livrer 800 m le 16/12 et le solde de 200 m vers la mi-janvier. "
            "Merci de nous dire si cela vous convient ; nous vous adresserons alors notre accusé de réception de commande.\n\n"
            "Bien cordialement,\nCatherine Vuillemin\nADV – Tissages de Ronchamp\n03 84 00 00 00\n")
    msg = message(std_headers(addr("Catherine Vuillemin", "c.vuillemin@tissages-ronchamp.example"), addr("Julien Girard", p["buyer"]["email"]),
                              ew("RE: Commande 7100041645 – toile coton écru"), rdate(2026, 12, 3, 11, 30, 0, "+0100"),
                              "<PR1P264MB0000A1B2C3D4E5F6@PR1P264MB0000.FRAP264.PROD.OUTLOOK.example>", rmid(p), rmid(p)),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, other("needs_review", "Conditional proposal awaiting our agreement (conditional 'pourrions'); no commitment yet.")


@case("ferremex-existencia-pregunta", "needs_review/es-MX", "Mexican MRO distributor: only 300 of 500 in stock, '¿se las mandamos así o esperan?' - stock information plus a question")
def n_ferremex():
    sup = S("FERMX", "Ferremayoreo Industrial del Norte", "ventas@ferremayoreo-norte.example", "es-MX")
    p = PO("7100041652", sup, B("Lucía Herrera", "lucia.herrera"), "MXN", "2026-12-02", [
        ("FIN-CINCHO-300", "Cincho plástico 300 mm negro, bolsa 100", 500, "PK", "42.00", "2026-12-10"),
    ])
    body = ("Hola Lucía buenas tardes\n\nde los cinchos de 300 negros ahorita tenemos en existencia 300 bolsas de las 500, "
            "el resto nos llega como en 2 semanas. ¿Se las mandamos así o prefieren esperar a que se complete?\n\n"
            "Quedo atento\nJesús Treviño\nFerremayoreo Industrial del Norte - Monterrey\nWhatsApp 81 0000 0000\n")
    msg = message(std_headers(addr("Jesús Treviño", "jtrevino@ferremayoreo-norte.example"), addr("Lucía Herrera", p["buyer"]["email"]),
                              "RE: OC 7100041652", rdate(2026, 12, 3, 16, 48, 0, "-0600"),
                              "<CAMx9Tr3v1n0+a2@mail.ferremayoreo-norte.example>", rmid(p), rmid(p)),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, other("needs_review", "Stock information and a question; the supplier waits for our decision.")


@case("bharat-revised-rates-accept-first", "needs_review/en-IN", "Indian supplier attaches a revised price list and asks us to 'confirm acceptance of revised rates so that we can process your PO'")
def n_bharat():
    sup = S("BHARAT", "Bharat Industrial Traders", "sales@bharatindtraders.example", "en-IN")
    p = PO("7100041660", sup, B("Ravi Menon", "ravi.menon"), "INR", "2026-12-01", [
        ("BIT-WELD-ROD-318", "Welding electrode E6013 3.15 mm, 5 kg pkt", 100, "PK", "610.00", "2026-12-12"),
        ("BIT-GRIND-4IN", "Grinding wheel 4 inch, depressed centre", 500, "EA", "38.00", "2026-12-12"),
    ])
    rows = [["BHARAT INDUSTRIAL TRADERS - REVISED PRICE LIST w.e.f. 01.12.2026"], [],
            ["Item", "Description", "Unit", "Old Rate (Rs.)", "New Rate (Rs.)"],
            ["BIT-WELD-ROD-318", "Electrode E6013 3.15 mm 5 kg", "PKT", 610, 655],
            ["BIT-GRIND-4IN", "Grinding wheel 4\" DC", "NOS", 38, 41],
            ["BIT-CUT-14IN", "Cut-off wheel 14\"", "NOS", 145, 152]]
    xlsx = make_xlsx(rows, "Price List")
    body = ("Dear Sir,\n\nGood afternoon.\n\nWith reference to your PO No. 7100041660 dt. 01/12/2026, please note that our prices have been revised "
            "w.e.f. 01.12.2026 due to increase in raw material cost. PFA the revised price list for your reference.\n\n"
            "Kindly confirm acceptance of the revised rates so that we can process your PO and share the dispatch schedule.\n\n"
            "Thanking you,\nYours faithfully,\nfor BHARAT INDUSTRIAL TRADERS\nSunil Agarwal\n+91 98000 00000\n")
    msg = message(std_headers(addr("Sunil Agarwal", "sales@bharatindtraders.example"), addr("Ravi Menon", p["buyer"]["email"]),
                              "Re: PO No. 7100041660 - Revised rates", rdate(2026, 12, 2, 15, 20, 0, "+0530"),
                              "<CAP9s7nL+r3v1s3d@mail.bharatindtraders.example>", rmid(p), rmid(p)),
                  multipart("mixed", [text(body, "us-ascii", "7bit"), attach(XLSX_CT, "Revised Price List Dec-2026.xlsx", xlsx)],
                            "000000000000f1e2d3c4b5a60718"))
    return [p], msg, other("needs_review", "New rates are a proposal awaiting our acceptance; the PO is not processed yet.")


@case("ferrobras-datas-contraditorias", "needs_review/pt-BR", "Brazilian reply says 'entrega dia 15/12' in the text but the pasted ERP block says 'Data de entrega confirmada: 22/12/2026' - contradictory")
def n_ferrobras():
    sup = S("FERBR", "Ferrobrás Distribuidora de Aço Ltda", "vendas@ferrobras.example", "pt-BR")
    p = PO("7100041668", sup, B("Ines Duarte", "ines.duarte"), "BRL", "2026-12-02", [
        ("FB-CANT-2X1-8", "Cantoneira aço 2\" x 1/8\", barra 6 m", 60, "EA", "118.00", "2026-12-15"),
        ("FB-BAR-CHATA-1", "Barra chata 1\" x 1/4\", barra 6 m", 40, "EA", "96.50", "2026-12-15"),
    ])
    body = ("Boa tarde Ines,\n\nConfirmamos o pedido 7100041668 para entrega dia 15/12, conforme solicitado.\n\n"
            "Segue abaixo o espelho do pedido:\n\n"
            "PEDIDO DE VENDA 88213  |  Cliente: KORVALEN  |  OC: 7100041668\n"
            "Item  Produto              Qtde   Vlr Unit\n"
            "01    CANTONEIRA 2X1/8     60     118,00\n"
            "02    BARRA CHATA 1X1/4    40      96,50\n"
            "Data de entrega confirmada: 22/12/2026\n\n"
            "Att.\nRenato Lima\nVendas Internas – Ferrobrás\n(11) 4000-0000\n")
    msg = message(std_headers(addr("Renato Lima", "renato.lima@ferrobras.example"), addr("Ines Duarte", p["buyer"]["email"]),
                              "RES: Pedido 7100041668", rdate(2026, 12, 3, 14, 55, 0, "-0300"),
                              "<RO2P152MB0000C1D2E3F4A5B6@RO2P152MB0000.LAMP152.PROD.OUTLOOK.example>", rmid(p), rmid(p)),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, other("needs_review", "Two different delivery dates in the same reply (15/12 vs 22/12): contradictory, a human must check.")


@case("emiratesfix-advance-payment", "needs_review/en-AE", "UAE supplier: will process the PO only after 50% advance payment, delivery date to be confirmed after payment")
def n_emiratesfix():
    sup = S("EMFIX", "Emirates Fix Trading LLC", "sales@emiratesfix.example", "en-AE")
    p = PO("7100041674", sup, B("Hamza Qureshi", "hamza.qureshi"), "AED", "2026-12-03", [
        ("EF-ANCHOR-M16", "Wedge anchor M16x150 HDG", 400, "EA", "6.75", "2026-12-15"),
        ("EF-THRD-M16-1M", "Threaded rod M16 x 1 m, HDG", 120, "EA", "14.20", "2026-12-15"),
    ])
    body = ("Dear Mr. Hamza,\n\nGreetings!\n\nThank you for your PO # 7100041674.\n\n"
            "As per our company policy for new accounts, we can process your order only upon receipt of 50% advance payment. "
            "Kindly arrange the payment and share the swift copy, after which we will confirm the delivery date.\n\n"
            "Bank details are in our quotation ref. EFT/Q/26/1192.\n\n"
            "Best Regards,\nSreejith Nair\nSales Executive | Emirates Fix Trading LLC | Sharjah, UAE\n")
    msg = message(std_headers(addr("Sreejith Nair", "sreejith@emiratesfix.example"), addr("Hamza Qureshi", p["buyer"]["email"]),
                              "RE: PO # 7100041674", rdate(2026, 12, 4, 9, 0, 0, "+0400"),
                              "<BE1P281MB0000D4C3B2A1F0E9@BE1P281MB0000.DEUP281.PROD.OUTLOOK.example>", rmid(p), rmid(p)),
                  text(body, "us-ascii", "7bit"))
    return [p], msg, other("needs_review", "Condition (advance payment) must be met first; no commitment to dates.")


@case("bursa-sevk-adresi-soru", "needs_review/tr-TR", "Turkish: asks which delivery address (Gebze vs Tuzla) and will send confirmation once clarified")
def n_bursa():
    sup = S("BURSAT", "Bursa Teknik Tekstil San. Tic. Ltd. Şti.", "siparis@bursateknik.example", "tr-TR")
    p = PO("7100041681", sup, B("Selin Aydın", "selin.aydin"), "EUR", "2026-12-02", [
        ("BTT-FILTRE-PP-500", "Polipropilen filtre bezi 500 g/m², en 200 cm", 600, "M", "7.40", "2026-12-17"),
    ])
    body = ("Merhaba Selin Hanım,\n\nSiparişiniz için teşekkürler. PO'da teslimat adresi Gebze deposu görünüyor, ancak geçen sefer Tuzla'ya göndermiştik. "
            "Hangi adrese sevk edelim? Adres netleşince sipariş teyidimizi göndereceğiz.\n\n"
            "Saygılarımla,\nMurat Kaya\nSatış Destek – Bursa Teknik Tekstil\n")
    msg = message(std_headers(addr("Murat Kaya", "murat.kaya@bursateknik.example"), addr("Selin Aydın", p["buyer"]["email"]),
                              ew("YNT: Sipariş 7100041681"), rdate(2026, 12, 3, 10, 22, 0, "+0300"),
                              "<c0ffee12-3456-4789-abcd-ef0123456789@bursateknik.example>", rmid(p), rmid(p)),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, other("needs_review", "Question about the address; confirmation promised afterwards.")


@case("ningbo-fenpi-jiaohuo-qingwen", "needs_review/zh-CN", "Chinese: asks whether partial shipment (6000 now, rest in January) is acceptable - '请问可以接受分批交货吗'")
def n_ningbo():
    sup = S("NBGLV", "Ningbo Anxin Protective Products Co., Ltd.", "export@anxin-ppe.example", "zh-CN")
    p = PO("7100041688", sup, B("Kevin Lindgren", "kevin.lindgren"), "USD", "2026-12-01", [
        ("NB-GLV-PU-9", "PU palm-coated glove, nylon liner, size 9", 12000, "PR", "0.32", "2026-12-22"),
    ])
    body = ("Kevin 您好，\n\n贵司订单 7100041688 已收到，谢谢支持。\n\n"
            "目前PU手套9号库存只有6000双，其余6000双需要排产，预计明年1月中旬才能完成。\n"
            "请问可以接受分批交货吗？第一批6000双可以12月18日出货。确认后我们再发正式的订单确认书(PI)。\n\n"
            "Best regards,\n王丽 Lily Wang\n宁波安信防护用品有限公司\n")
    msg = message(std_headers(addr("Lily Wang", "lily@anxin-ppe.example"), addr("Kevin Lindgren", p["buyer"]["email"]),
                              ew("回复：PO 7100041688"), rdate(2026, 12, 2, 9, 40, 0, "+0800"),
                              "<tencent_4A3B2C1D0E9F8A7B6C5D4E3F@qq.example>", rmid(p), rmid(p)),
                  alt(text(body, "utf-8", "base64"), html("<div>" + body.replace("\n", "<br>") + "</div>", "utf-8", "base64"),
                      "----=_NextPart_6741A2B3_0C1D2E3F_4A5B6C7D"))
    return [p], msg, other("needs_review", "A split is proposed as a question; the formal PI only after our answer.")


@case("obi-noted-will-revert", "needs_review/en-NG", "Nigerian one-liner from a phone: 'Noted Ma, will revert.'")
def n_obi():
    sup = S("OBIEL", "Obi & Sons Electrical Ltd", "obiandsons@mail.example", "en-NG")
    p = PO("7100041694", sup, B("Aisha Bello", "aisha.bello"), "NGN", "2026-12-03", [
        ("OBI-CABLE-2.5-100", "Single core cable 2.5 mm², 100 m coil, red", 20, "RL", "38500.00", "2026-12-11"),
        ("OBI-MCB-32A", "MCB single pole 32A", 40, "EA", "4200.00", "2026-12-11"),
    ])
    body = ("Noted Ma, will revert.\n\nSent from my Tecno\n\n-------- Original message --------\nFrom: Aisha Bello <aisha.bello@korvalen.example>\n"
            "Date: 03/12/2026 10:11 (GMT+01:00)\nTo: obiandsons@mail.example\nSubject: LPO 7100041694\n\n" + po_request(p, "Dear Sir,", datefmt="dmy"))
    msg = message(std_headers(addr("Obi & Sons", "obiandsons@mail.example"), addr(None, p["buyer"]["email"]),
                              "RE: LPO 7100041694", rdate(2026, 12, 3, 11, 2, 0, "+0100"),
                              "<mma9c-2b1d0e-77f1@mail.example>", rmid(p), rmid(p)),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, other("needs_review", "Human acknowledgement only, no commitment.")


@case("yorkshire-passed-to-sales", "needs_review/en-GB", "British branch: 'received, passed to our Sheffield sales office who will send a formal acknowledgement within 48 hours'")
def n_yorkshire():
    sup = S("YORKS", "Yorkshire Abrasives & Tools Ltd", "leeds@yorkshireabrasives.example", "en-GB")
    p = PO("7100041702", sup, B("Gareth Hughes", "gareth.hughes"), "GBP", "2026-12-04", [
        ("YA-BELT-75X2000-80", "Abrasive belt 75 x 2000 mm P80", 50, "EA", "3.60", "2026-12-14"),
        ("YA-BELT-75X2000-120", "Abrasive belt 75 x 2000 mm P120", 50, "EA", "3.60", "2026-12-14"),
    ])
    body = ("Hi Gareth,\n\nThanks, received - this branch doesn't hold belts so I've passed your PO to our Sheffield sales office, "
            "they will send you a formal acknowledgement within 48 hours.\n\nKind regards\nTom\n\n"
            "Tom Ashworth | Branch Manager, Leeds | Yorkshire Abrasives & Tools Ltd\n")
    msg = message(std_headers(addr("Tom Ashworth", "tom.ashworth@yorkshireabrasives.example"), addr("Gareth Hughes", p["buyer"]["email"]),
                              "RE: PO 7100041702", rdate(2026, 12, 4, 11, 40, 0, "+0000"),
                              "<LNXP265MB0000E5F6A7B8C9D0@LNXP265MB0000.GBRP265.PROD.OUTLOOK.example>", rmid(p), rmid(p),
                              cc="sheffield.sales@yorkshireabrasives.example"),
                  text(body, "us-ascii", "7bit"))
    return [p], msg, other("needs_review", "Receipt acknowledgement by a person, confirmation to follow from another office.")


@case("tekstilpol-przerwa-swiateczna", "needs_review/pl-PL", "Polish: plant closed 21.12-06.01, order will be confirmed after 7 January (holiday notice written to us about this PO)")
def n_tekstilpol():
    sup = S("TKPOL", "Tekstil-Pol S.A.", "biuro@tekstilpol.example", "pl-PL")
    p = PO("7100041710", sup, B("Tomasz Wrona", "tomasz.wrona"), "PLN", "2026-12-09", [
        ("TP-DRELICH-245-SZ", "Drelich 245 g/m², szary, szer. 150 cm", 1200, "M", "18.90", "2027-01-15"),
    ])
    body = ("Szanowny Panie,\n\ndziękujemy za zamówienie nr 7100041710.\n\n"
            "Uprzejmie informujemy, że w dniach 21.12.2026 - 06.01.2027 nasz zakład będzie nieczynny (przerwa świąteczna i inwentaryzacja). "
            "Potwierdzenie Państwa zamówienia wraz z terminem realizacji prześlemy po 7 stycznia.\n\n"
            "Z poważaniem\nEwa Malinowska\nDział Sprzedaży\nTekstil-Pol S.A., Łódź\n")
    msg = message(std_headers(addr("Ewa Malinowska", "e.malinowska@tekstilpol.example", "iso-8859-2", "Q"), addr("Tomasz Wrona", p["buyer"]["email"]),
                              ew("Odp: Zamówienie 7100041710", "iso-8859-2", "Q"), rdate(2026, 12, 10, 12, 0, 0, "+0100"),
                              "<9d8c7b6a-5f4e-4d3c-b2a1-0f9e8d7c6b5a@tekstilpol.example>", rmid(p), rmid(p)),
                  text(body, "iso-8859-2", "quoted-printable"))
    return [p], msg, other("needs_review", "Written by a person about this order; it only promises a confirmation after the holidays.")


@case("mombasa-stocktake-most-lines", "needs_review/sw-KE", "Kenyan owner (Swahili greeting): 'should be fine for most of it', will say which lines after Thursday's stocktake - vague")
def n_mombasa():
    sup = S("MSAHW", "Pwani Hardware & General Supplies", "pwanihardware@mail.example", "sw-KE")
    p = PO("7100041718", sup, B("Wanjiru Kamau", "wanjiru.kamau"), "KES", "2026-12-03", [
        ("PW-PAINT-RO-20L", "Red oxide primer, 20 L", 12, "EA", "6800.00", "2026-12-14"),
        ("PW-BRUSH-4IN", "Paint brush 4 inch", 40, "EA", "320.00", "2026-12-14"),
        ("PW-THIN-5L", "Thinner, 5 L", 20, "EA", "1450.00", "2026-12-14"),
    ])
    body = ("Habari Wanjiru,\n\nAsante for the order. Should be fine for most of it, but let me first finish the stocktake on Thursday "
            "then I tell you exactly which items we can deliver on the 14th.\n\nAsante sana,\nHassan Omar\nPwani Hardware, Mombasa\n0722 000000\n")
    msg = message(std_headers(addr("Hassan Omar", "pwanihardware@mail.example"), addr("Wanjiru Kamau", p["buyer"]["email"]),
                              "Re: PO 7100041718", rdate(2026, 12, 7, 8, 30, 0, "+0300"),
                              "<CAE4h5s6+Om4r@mail.example>", rmid(p), rmid(p)),
                  text(body, "us-ascii", "7bit"))
    return [p], msg, other("needs_review", "'Most of it' without saying which lines; a definite answer is promised later.")


@case("shivpumps-equivalent-brand-ask", "needs_review/hi-IN", "Indian owner (Namaste): ordered brand on allocation, offers an equivalent brand at same price and date, 'shall we go ahead?'")
def n_equivalent():
    sup = S("SHIVPU", "Shiv Pumps & Spares", "shivpumps@mail.example", "hi-IN")
    p = PO("7100041725", sup, B("Ravi Menon", "ravi.menon"), "INR", "2026-12-04", [
        ("SP-MECH-SEAL-25", "Mechanical seal 25 mm, type 21, carbon/ceramic", 10, "EA", "1850.00", "2026-12-15"),
    ])
    body = ("Namaste Ravi ji,\n\nThe Burgmann seal 25 mm you ordered is on allocation till February. "
            "We can give equivalent Flowserve make, same size and same rate Rs. 1,850, delivery 15th Dec itself.\n\n"
            "Shall we go ahead with Flowserve? Please confirm by mail.\n\nDhanyavaad,\nRakesh Sharma\nShiv Pumps & Spares, Pune\n9822000000\n")
    msg = message(std_headers(addr("Rakesh Sharma", "shivpumps@mail.example"), addr("Ravi Menon", p["buyer"]["email"]),
                              "Re: PO 7100041725 - mech seal", rdate(2026, 12, 5, 18, 10, 0, "+0530"),
                              "<CAR4k3sh+Sh4rm4@mail.example>", rmid(p), rmid(p)),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, other("needs_review", "Substitute proposal awaiting our agreement; the ordered item is neither confirmed nor refused outright.")


@case("midwestfluid-ooo-quotes-po", "auto_reply/en-US", "US out-of-office with Auto-Submitted header that quotes the whole PO request below")
def a_midwest_ooo():
    sup = S("MIDWF", "Midwest Fluid Power Supply", "sales@midwestfluid.example", "en-US")
    p = PO("7100041733", sup, B("Owen Patel", "owen.patel"), "USD", "2026-12-04", [
        ("MW-CYL-2X6", "Tie-rod air cylinder 2\" bore x 6\" stroke", 4, "EA", "96.00", "2026-12-16"),
        ("MW-FRL-1-2", "Filter-regulator-lubricator 1/2\" NPT", 2, "EA", "148.00", "2026-12-16"),
    ])
    body = ("I am out of the office until Monday, December 14 with limited access to email. For urgent orders please contact "
            "our customer service team at sales@midwestfluid.example or call 614-000-0000.\n\nThank you,\nBrad Keller\n\n"
            "-----Original Message-----\nFrom: Owen Patel <owen.patel@korvalen.example>\nSent: Friday, December 4, 2026 10:15 AM\n"
            "To: Brad Keller <bkeller@midwestfluid.example>\nSubject: PO 7100041733 - please confirm\n\n" + po_request(p, "Hi Brad,", datefmt="mdy"))
    msg = message(std_headers(addr("Brad Keller", "bkeller@midwestfluid.example"), addr("Owen Patel", p["buyer"]["email"]),
                              "Automatic reply: PO 7100041733 - please confirm", rdate(2026, 12, 4, 10, 15, 31, "-0500"),
                              "<CY4PR05MB0000A0B1C2D3E4F5@CY4PR05MB0000.namprd05.prod.outlook.example>", rmid(p), rmid(p),
                              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                     ("X-MS-Exchange-Inbox-Rules-Loop", "bkeller@midwestfluid.example")]),
                  text(body, "us-ascii", "7bit"))
    return [p], msg, other("auto_reply", "Out-of-office; the quoted PO table must not be read as a confirmation.")


@case("sanitaer-abwesenheit", "auto_reply/de-DE", "German Abwesenheitsnotiz (Thunderbird vacation filter) naming a deputy; no commitment")
def a_sanitaer():
    sup = S("SANGR", "Sanitär-Großhandel Weber KG", "bestellung@weber-sanitaer.example", "de-DE")
    p = PO("7100041740", sup, B("Lukas Brandt", "lukas.brandt"), "EUR", "2026-12-07", [
        ("WS-PRESS-CU-22", "Pressfitting Kupfer 22 mm, Bogen 90°", 100, "EA", "3.35", "2026-12-18"),
    ])
    body = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18.12.2026 nicht im Büro und habe "
            "in dieser Zeit keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Hartmann (hartmann@weber-sanitaer.example, Tel. 0231 000000-12).\n\n"
            "Mit freundlichen Grüßen\nStefan Weber\n")
    msg = message(std_headers(addr("Stefan Weber", "s.weber@weber-sanitaer.example"), addr("Lukas Brandt", p["buyer"]["email"]),
                              ew("Abwesenheitsnotiz: Bestellung 7100041740", "iso-8859-1", "Q"), rdate(2026, 12, 7, 9, 1, 2, "+0100"),
                              "<auto-7f3e2d1c@weber-sanitaer.example>", rmid(p), rmid(p),
                              extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")]),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, other("auto_reply", "Vacation notice; the date 18.12.2026 is the absence end, not a delivery date.")


@case("ferrecol-ticket-autoack", "auto_reply/es-CO", "Colombian helpdesk auto-acknowledgement 'Número de caso' that echoes our PO lines back")
def a_ferrecol():
    sup = S("FERCO", "Ferreléctricos de Colombia S.A.", "pedidos@ferrelectricos.example", "es-CO")
    p = PO("7100041747", sup, B("Andrés Rincón", "andres.rincon"), "COP", "2026-12-04", [
        ("FC-CABLE-12AWG", "Cable THHN 12 AWG, rollo 100 m", 30, "RL", "245000.00", "2026-12-15"),
        ("FC-TUBO-EMT-34", "Tubo EMT 3/4\" x 3 m", 200, "EA", "14800.00", "2026-12-15"),
    ])
    body = ("Estimado cliente:\n\nHemos recibido su solicitud. Número de caso: 00451287.\n"
            "Un asesor de nuestro Centro de Servicio le responderá en las próximas 24 horas hábiles.\n\n"
            "Resumen de su mensaje:\n-------------------------------------------\n" + po_table(p, datefmt="dmy") +
            "-------------------------------------------\n\nEste es un mensaje automático, por favor no responda a este correo.\n"
            "Ferreléctricos de Colombia S.A. – Línea de atención 01 8000 000 000\n")
    msg = message(std_headers(addr("Centro de Servicio Ferreléctricos", "no-responder@ferrelectricos.example"), addr(None, p["buyer"]["email"]),
                              ew("[Caso 00451287] Recibido: Orden de compra 7100041747"), rdate(2026, 12, 4, 11, 0, 4, "-0500"),
                              "<case-00451287.1733328004@servicedesk.ferrelectricos.example>", rmid(p), rmid(p),
                              extra=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes")]),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, other("auto_reply", "Ticket system receipt echoing the PO table; no commitment.")


@case("gulfpipe-national-day-closed", "auto_reply/en-AE", "UAE auto-reply: office closed 2-3 December for National Day (Eid Al Etihad), will respond on 4th")
def a_gulfpipe():
    sup = S("GULFPV", "Gulf Pipes & Valves Trading LLC", "sales@gulfpv.example", "en-AE")
    p = PO("7100041752", sup, B("Hamza Qureshi", "hamza.qureshi"), "AED", "2026-12-01", [
        ("GPV-BV-2IN-SS", "Ball valve 2\" SS316, full bore, 1000 WOG", 12, "EA", "185.00", "2026-12-10"),
    ])
    body = ("Dear Valued Customer,\n\nKindly note that our office will be closed on 2nd and 3rd December 2026 on the occasion of "
            "UAE National Day (Eid Al Etihad). We will respond to your email upon our return on Friday, 4th December 2026.\n\n"
            "Eid Al Etihad Mubarak!\nعيد اتحاد مبارك\n\nGulf Pipes & Valves Trading LLC\n")
    msg = message(std_headers(addr("Gulf Pipes & Valves Sales", "sales@gulfpv.example"), addr("Hamza Qureshi", p["buyer"]["email"]),
                              "Auto Reply: PO 7100041752", rdate(2026, 12, 2, 8, 3, 0, "+0400"),
                              "<ar-5c4b3a29-1d0e@gulfpv.example>", rmid(p), rmid(p),
                              extra=[("Auto-Submitted", "auto-replied")]),
                  text(body, "utf-8", "quoted-printable"))
    return [p], msg, other("auto_reply", "Holiday auto-reply; the dates are office closure dates.")


@case("sakura-nenmatsu-jidouhenshin", "auto_reply/ja-JP", "Japanese year-end closure auto-reply 【自動返信】 (ISO-2022-JP) listing closure 12/29-1/4")
def a_sakura():
    sup = S("SAKRA", "Sakura Kogyo Co., Ltd.", "order@sakura-kogyo.example", "ja-JP")
    p = PO("7100041760", sup, B("Sato Yuki", "yuki.sato"), "JPY", "2026-12-25", [
        ("SK-GASKET-50A", "Gasket 50A, non-asbestos joint sheet", 200, "EA", "320", "2027-01-15"),
    ])
    body = ("【自動返信】\n\nお問い合わせありがとうございます。\n誠に勝手ながら、弊社は下記の期間を年末年始休業とさせていただきます。\n\n"
            "　休業期間：2026年12月29日（火）〜2027年1月4日（月）\n\n"
            "休業期間中にいただいたご注文・お問い合わせにつきましては、1月5日（火）以降、順次対応させていただきます。\n\n"
            "※本メールは送信専用アドレスから自動送信されています。\n\nサクラ工業株式会社 受注センター\n")
    msg = message(std_headers(addr("サクラ工業 受注センター", "order@sakura-kogyo.example", "iso-2022-jp"), addr(None, p["buyer"]["email"]),
                              ew("【自動返信】年末年始休業のお知らせ", "iso-2022-jp"), rdate(2026, 12, 29, 9, 12, 0, "+0900"),
                              "<autoreply.20261229091200.8812@sakura-kogyo.example>", rmid(p), rmid(p),
                              extra=[("Auto-Submitted", "auto-replied")]),
                  text(body, "iso-2022-jp", "7bit"))
    return [p], msg, other("auto_reply", "Year-end closure auto-reply; dates are closure dates.")


@case("yamama-arabic-ooo-cp1256", "auto_reply/ar-SA", "Saudi out-of-office in Arabic and English, windows-1256 quoted-printable body")
def a_yamama():
    sup = S("YAMAM", "Al Yamama Industrial Supplies Co.", "sales@yamama-ind.example", "ar-SA")
    p = PO("7100041766", sup, B("Faisal Al-Otaibi", "faisal.alotaibi"), "SAR", "2026-12-06", [
        ("YIS-GEN-FILTER", "Generator oil filter, Perkins 2654407", 30, "EA", "78.00", "2026-12-17"),
    ])
    body = ("شكراً لرسالتكم. أنا خارج المكتب في إجازة حتى يوم 20 ديسمبر 2026، وسأقوم بالرد على رسالتكم فور عودتي.\n"
            "للطلبات العاجلة يرجى التواصل مع قسم المبيعات على sales@yamama-ind.example\n\n"
            "Thank you for your email. I am out of the office on leave until 20 December 2026 and will reply on my return.\n"
            "For urgent matters please contact sales@yamama-ind.example\n\nخالد القحطاني | Khalid Al-Qahtani\n")
    msg = message(std_headers(addr("خالد القحطاني", "k.alqahtani@yamama-ind.example", "windows-1256"), addr("Faisal Al-Otaibi", p["buyer"]["email"]),
                              ew("رد تلقائي: أمر شراء 7100041766", "windows-1256"), rdate(2026, 12, 6, 10, 0, 12, "+0300"),
                              "<oof.2c1d0e9f@yamama-ind.example>", rmid(p), rmid(p),
                              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
                  text(body, "windows-1256", "quoted-printable"))
    return [p], msg, other("auto_reply", "Bilingual out-of-office in windows-1256; mentions a date that is not a delivery date.")


def _original_request(p, date, to=None):
    req = po_request(p)
    return ("From: %s\nTo: %s\nSubject: Purchase order %s - please confirm\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n%s"
            % (addr(p["buyer"]["name"], p["buyer"]["email"]), to or p["supplier"]["email"], p["po_number"], date, rmid(p), req))


@case("postfix-dsn-user-unknown", "bounce/en-GB", "Postfix multipart/report DSN (550 5.1.1 user unknown) returning the headers of our PO request")
def b_postfix():
    sup = S("THAMES", "Thames Valley Safety Supplies", "orders@thamesvalleysafety.example", "en-GB")
    p = PO("7100041773", sup, B("Priya Shah", "priya.shah"), "GBP", "2026-12-08", [
        ("TVS-EYEWASH-500", "Eyewash bottle 500 ml, sterile", 24, "EA", "4.20", "2026-12-17"),
        ("TVS-FAK-BS-M", "First aid kit BS 8599-1, medium", 6, "EA", "32.00", "2026-12-17"),
    ])
    odate = rdate(2026, 12, 8, 14, 2, 10, "+0000")
    notice = ("This is the mail system at host mx1.korvalen.example.\n\nI'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n<orders@thamesvalleysafety.example>: host mail.thamesvalleysafety.example[203.0.113.25]\n"
              "    said: 550 5.1.1 <orders@thamesvalleysafety.example>: Recipient address rejected:\n    User unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mx1.korvalen.example\nX-Postfix-Queue-ID: 4Q8xYz1KpLz9sT\nX-Postfix-Sender: rfc822; priya.shah@korvalen.example\n"
              "Arrival-Date: %s\n\nFinal-Recipient: rfc822; orders@thamesvalleysafety.example\nOriginal-Recipient: rfc822;orders@thamesvalleysafety.example\n"
              "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mail.thamesvalleysafety.example\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <orders@thamesvalleysafety.example>: Recipient\n    address rejected: User unknown in virtual mailbox table\n" % odate)
    hdrs = _original_request(p, odate).split("\n\n")[0] + "\n"
    ent = multipart("report", [raw_part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], notice),
                               raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
                               raw_part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], hdrs)],
                    "4Q8xYz2MnBz9sV.1733666532/mx1.korvalen.example", params="; report-type=delivery-status",
                    preamble="This is a MIME-encapsulated message.")
    msg = message(std_headers(addr("Mail Delivery System", "MAILER-DAEMON@mx1.korvalen.example"), p["buyer"]["email"],
                              "Undelivered Mail Returned to Sender", rdate(2026, 12, 8, 14, 2, 12, "+0000"),
                              "<20261208140212.4Q8xYz2MnBz9sV@mx1.korvalen.example>", extra=[("Auto-Submitted", "auto-replied")]),
                  ent)
    return [p], msg, other("bounce", "Postfix DSN; the returned headers name the PO.")


@case("exchange-ndr-recipnotfound", "bounce/es-MX", "Exchange Online NDR 'No se puede entregar' (550 5.1.10 RESOLVER.ADR.RecipientNotFound) with our full PO request attached as message/rfc822")
def b_exchange():
    sup = S("HULMX", "Hules y Empaques de Monterrey", "compras-clientes@hulesmty.example", "es-MX")
    p = PO("7100041780", sup, B("Lucía Herrera", "lucia.herrera"), "MXN", "2026-12-08", [
        ("HEM-ORING-KIT", "Kit de o-rings NBR 382 piezas", 6, "EA", "890.00", "2026-12-16"),
        ("HEM-EMP-GRAF-1-8", "Empaque grafitado 1/8\", hoja 1x1 m", 4, "EA", "1650.00", "2026-12-16"),
    ])
    odate = rdate(2026, 12, 8, 9, 40, 0, "-0600")
    txt = ("No se pudo entregar el mensaje a estos destinatarios o grupos:\n\ncompras-clientes@hulesmty.example\n"
           "No se encontró la dirección de correo electrónico que escribió. Compruebe la dirección de correo electrónico del destinatario "
           "e intente volver a enviar el mensaje. Si el problema continúa, póngase en contacto con el departamento de soporte técnico.\n\n\n"
           "Información de diagnóstico para administradores:\n\nServidor de generación: MW4PR04MB0000.namprd04.prod.outlook.example\n\n"
           "compras-clientes@hulesmty.example\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
           "compras-clientes@hulesmty.example not found by SMTP address lookup'\n\nEncabezados del mensaje original:\n\n"
           "From: Lucía Herrera <lucia.herrera@korvalen.example>\nSubject: Purchase order 7100041780 - please confirm\nDate: %s\n" % odate)
    htm = "<html><body><p><b><font color=\"#000066\" size=\"3\">No se pudo entregar a estos destinatarios o grupos:</font></b></p><p>compras-clientes@hulesmty.example</p><p>No se encontró la dirección de correo electrónico que escribió.</p><p>550 5.1.10 RESOLVER.ADR.RecipientNotFound</p></body></html>"
    status = ("Reporting-MTA: dns;MW4PR04MB0000.namprd04.prod.outlook.example\nReceived-From-MTA: dns;mx.korvalen.example\nArrival-Date: %s\n\n"
              "Final-Recipient: rfc822;compras-clientes@hulesmty.example\nAction: failed\nStatus: 5.1.10\n"
              "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient compras-clientes@hulesmty.example not found by SMTP address lookup\n" % odate)
    ent = multipart("report", [alt(text(txt, "utf-8", "quoted-printable"), html(htm, "utf-8", "quoted-printable"), "_000_ndr_alt_b1c2d3e4_"),
                               raw_part([("Content-Type", "message/delivery-status")], status),
                               raw_part([("Content-Type", "message/rfc822")], _original_request(p, odate))],
                    "_004_ndr_report_a0b1c2d3_", params="; report-type=delivery-status")
    msg = message(std_headers(addr("Microsoft Outlook", "postmaster@korvalen.example"), addr("Lucía Herrera", p["buyer"]["email"]),
                              ew("No se puede entregar: Purchase order 7100041780 - please confirm"), rdate(2026, 12, 8, 9, 40, 3, "-0600"),
                              "<b7c6d5e4-f3a2-4b1c-9d0e-8f7a6b5c4d3e@MW4PR04MB0000.namprd04.prod.outlook.example>", rmid(p), rmid(p),
                              extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]),
                  ent)
    return [p], msg, other("bounce", "Localized Exchange NDR; the attached original contains the full PO table.")


@case("gmail-dsn-mailbox-full", "bounce/pt-BR", "Gmail-style 'Delivery Status Notification (Failure)': 552 5.2.2 mailbox full at the Brazilian supplier")
def b_gmail():
    sup = S("PARAN", "Paraná Luvas e EPIs Ltda", "paranaluvas@gmail.example", "pt-BR")
    p = PO("7100041788", sup, B("Ines Duarte", "ines.duarte"), "BRL", "2026-12-09", [
        ("PL-LUVA-VAQ", "Luva de vaqueta, cano curto, tam. 10", 300, "PR", "11.40", "2026-12-18"),
    ])
    odate = rdate(2026, 12, 9, 10, 5, 0, "-0300")
    txt = ("** Message not delivered **\n\n"
           "There was a problem delivering your message to paranaluvas@gmail.example. The recipient's inbox is out of storage space.\n\n"
           "The response from the remote server was:\n552 5.2.2 The recipient's inbox is out of storage space and inactive. "
           "Please direct the recipient to https://support.google.example/mail/?p=OverQuotaPerm\n")
    status = ("Reporting-MTA: dns; googlemail.example\nArrival-Date: %s\n\nFinal-Recipient: rfc822; paranaluvas@gmail.example\n"
              "Action: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552-5.2.2 The recipient's inbox is out of storage space and inactive.\n"
              "Last-Attempt-Date: %s\n" % (odate, rdate(2026, 12, 9, 10, 5, 4, "-0800")))
    ent = multipart("report", [alt(text(txt, "utf-8", "quoted-printable"),
                                   html("<html><body><h2>Message not delivered</h2><p>There was a problem delivering your message to <b>paranaluvas@gmail.example</b>. The recipient's inbox is out of storage space.</p></body></html>", "utf-8", "quoted-printable"),
                                   "000000000000a0b1c2d3e4f5a6b7"),
                               raw_part([("Content-Type", "message/delivery-status")], status),
                               raw_part([("Content-Type", "message/rfc822")], _original_request(p, odate))],
                    "000000000000a0b1c2d3e4f5a6b8", params="; report-type=delivery-status")
    msg = message(std_headers(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.example"), p["buyer"]["email"],
                              "Delivery Status Notification (Failure)", rdate(2026, 12, 9, 5, 5, 4, "-0800"),
                              "<6757d0a4.050a0220.1b2c3d.0001.GMR@mx.google.example>", rmid(p), rmid(p),
                              extra=[("Auto-Submitted", "auto-replied")]),
                  ent)
    return [p], msg, other("bounce", "Quota bounce (552 5.2.2), not a user-unknown; still a DSN.")


@case("capeindustrial-festive-newsletter", "unrelated/en-ZA", "South African supplier's HTML festive-season promo newsletter (List-Unsubscribe) while our PO with them is open")
def u_cape():
    sup = S("CAPEI", "Cape Industrial Supplies (Pty) Ltd", "sales@capeindustrial.example", "en-ZA")
    p = PO("7100041795", sup, B("Johan van der Merwe", "johan.vandermerwe"), "ZAR", "2026-12-03", [
        ("CIS-GRINDER-115", "Angle grinder 115 mm, 850 W", 6, "EA", "899.00", "2026-12-15"),
    ])
    h = ("<html><body style=\"margin:0;background:#f4f4f4\"><table width=\"600\" align=\"center\" style=\"background:#fff;font-family:Arial\">"
         "<tr><td style=\"background:#c8102e;color:#fff;padding:20px;font-size:22px\">Festive Season Specials 2026!</td></tr>"
         "<tr><td style=\"padding:20px\">Dear Valued Customer,<br><br>Stock up before the builders' holiday! Until 18 December enjoy:<ul>"
         "<li>15% off all angle grinders and cutting discs</li><li>Buy 10 boxes of nitrile gloves, get 1 free</li>"
         "<li>Free delivery in Cape Town metro on orders over R 5 000,00</li></ul>"
         "Please note our branches close on 24 December at 12:00 and re-open on 4 January 2027.<br><br>"
         "<a href=\"https://www.capeindustrial.example/specials?utm_source=newsletter\">Shop the specials</a></td></tr>"
         "<tr><td style=\"font-size:10px;color:#888;padding:20px\">You are receiving this e-mail because you are a registered customer. "
         "<a href=\"https://news.capeindustrial.example/unsubscribe?u=a8f3\">Unsubscribe</a></td></tr></table></body></html>")
    t = ("Festive Season Specials 2026!\n\nDear Valued Customer,\n\nStock up before the builders' holiday! Until 18 December enjoy:\n"
         "- 15% off all angle grinders and cutting discs\n- Buy 10 boxes of nitrile gloves, get 1 free\n"
         "- Free delivery in Cape Town metro on orders over R 5 000,00\n\n"
         "Please note our branches close on 24 December at 12:00 and re-open on 4 January 2027.\n\n"
         "Shop the specials: https://www.capeindustrial.example/specials\n\nUnsubscribe: https://news.capeindustrial.example/unsubscribe?u=a8f3\n")
    msg = message(std_headers(addr("Cape Industrial Supplies", "news@capeindustrial.example"), p["buyer"]["email"],
                              "Festive Season Specials - up to 15% off grinders!", rdate(2026, 12, 8, 7, 0, 0, "+0200"),
                              "<20261208070000.84213.news@mailer.capeindustrial.example>",
                              extra=[("List-Unsubscribe", "<https://news.capeindustrial.example/unsubscribe?u=a8f3>"),
                                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]),
                  alt(text(t), html(h), "=_mc_alt_7f3a2b1c"))
    return [p], msg, other("unrelated", "Bulk marketing from the same supplier; mentions grinders and dates but is not about our PO.")


@case("delplata-factura-otra-oc", "unrelated/es-AR", "Argentine supplier sends an invoice (Factura A, PDF) for an older PO that is not among our open POs")
def u_factura():
    sup = S("DELPL", "Ferretería Industrial Del Plata S.R.L.", "ventas@delplata-fi.example", "es-AR")
    p = PO("7100041803", sup, B("Martín Sosa", "martin.sosa"), "USD", "2026-12-04", [
        ("MAN-HID-12", "Manguera hidráulica SAE 100R2 1/2\"", 60, "M", "9.40", "2026-12-16"),
    ])
    rows = [(50, 800, 14, "FERRETERIA INDUSTRIAL DEL PLATA S.R.L.   -   FACTURA A"),
            (50, 780, 9, "Nro. 0004-00018827   Fecha: 09/12/2026   CUIT 30-00000000-0   IVA Responsable Inscripto"),
            (50, 760, 9, "Cliente: KORVALEN ARGENTINA S.A.   OC cliente: 7100039876   Remito: 0004-00021190"),
            (50, 735, 9, "Cant.   Codigo        Descripcion                          P. Unit. USD    Importe USD"),
            (50, 720, 9, "  40    ACO-JIC-12    Acople JIC hembra 1/2\" prensar            2,60          104,00"),
            (50, 705, 9, "  12    FIL-HID-10    Filtro hidraulico retorno 10 micr.       18,20          218,40"),
            (50, 680, 9, "Subtotal USD 322,40   IVA 21% USD 67,70   TOTAL USD 390,10"),
            (50, 660, 9, "CAE 76000000000000   Vto. CAE 19/12/2026   Tipo de cambio BNA vendedor del dia anterior a la fecha de pago.")]
    pdf = make_pdf(rows, "Factura A 0004-00018827")
    body = ("Buenos días,\n\nAdjuntamos Factura A 0004-00018827 correspondiente a su OC 7100039876 (entregada el 04/12).\n"
            "Vencimiento a 30 días fecha factura.\n\nSaludos,\nAdministración – Ferretería Industrial Del Plata S.R.L.\n")
    msg = message(std_headers(addr("Administración Del Plata", "administracion@delplata-fi.example"), "cuentasapagar@korvalen.example",
                              ew("Factura A 0004-00018827 – OC 7100039876"), rdate(2026, 12, 9, 12, 10, 0, "-0300"),
                              "<CAD3lP1at4+fc18827@mail.delplata-fi.example>", cc=addr("Martín Sosa", p["buyer"]["email"])),
                  multipart("mixed", [text(body, "utf-8", "quoted-printable"), attach("application/pdf", "FA_0004-00018827.pdf", pdf)],
                            "000000000000c1d2e3f4a5b6c7d8"))
    return [p], msg, other("unrelated", "Same supplier, but an invoice for another order (7100039876) not in pos.json.")


@case("edilcolle-listino-2027", "unrelated/it-IT", "Italian circular to all customers (undisclosed recipients) announcing the 2027 price list, XLSX attached")
def u_listino():
    sup = S("EDILC", "Edilcolle Veneta S.p.A.", "ordini@edilcolle.example", "it-IT")
    p = PO("7100041811", sup, B("Giulia Ferrari", "giulia.ferrari"), "EUR", "2026-12-07", [
        ("ADH-C2TE-25", "Adesivo cementizio C2TE S1, sacco 25 kg", 120, "BAG", "11.95", "2026-12-18"),
    ])
    rows = [["Listino prezzi 2027 - in vigore dal 01/01/2027"], [], ["Codice", "Descrizione", "UM", "Prezzo 2026", "Prezzo 2027"],
            ["ADH-C2TE-25", "Adesivo cementizio C2TE S1 25 kg", "SAC", 11.95, 12.40],
            ["FUG-CG2-5", "Stucco per fughe CG2WA 5 kg", "PZ", 6.90, 7.15],
            ["PRIM-ACR-5L", "Primer acrilico 5 L", "PZ", 24.00, 24.90]]
    xlsx = make_xlsx(rows, "Listino 2027")
    body = ("Gentili Clienti,\n\ncon la presente vi trasmettiamo il nuovo listino prezzi in vigore dal 1° gennaio 2027. "
            "Gli ordini ricevuti entro il 31/12/2026 saranno evasi alle condizioni attuali.\n\n"
            "Cogliamo l'occasione per augurarvi Buone Feste.\n\nUfficio Commerciale\nEdilcolle Veneta S.p.A.\n")
    msg = message(std_headers(addr("Edilcolle Veneta - Ufficio Commerciale", "commerciale@edilcolle.example"), "undisclosed-recipients:;",
                              "Nuovo listino prezzi 2027", rdate(2026, 12, 10, 8, 30, 0, "+0100"),
                              "<listino2027.20261210083000@edilcolle.example>"),
                  multipart("mixed", [text(body, "utf-8", "quoted-printable"), attach(XLSX_CT, "Listino_2027_Edilcolle.xlsx", xlsx)],
                            "=_listino_5b4a3c2d1e0f"))
    return [p], msg, other("unrelated", "General price-list circular; the listed item matches our open PO but nothing answers it.")


@case("medisafe-statement-of-account", "unrelated/en-IN", "Indian supplier's accounts team sends a statement of account / payment reminder listing invoices of other orders")
def u_statement():
    sup = S("MEDSF", "Medisafe Surgicals Pvt. Ltd.", "sales@medisafesurg.example", "en-IN")
    p = PO("7100041819", sup, B("Ravi Menon", "ravi.menon"), "INR", "2026-12-08", [
        ("MS-GAUZE-SWAB", "Gauze swab 10x10 cm 8 ply, pack 100", 200, "PK", "145.00", "2026-12-21"),
    ])
    body = ("Dear Sir,\n\nGreetings from Medisafe Surgicals.\n\nAs per our books of accounts, the following invoices are overdue for payment:\n\n"
            "Inv. No.        Date         Your PO        Amount (Rs.)   Due date\n"
            "MS/26-27/2231   14.10.2026   7100038412       1,84,320.00  28.11.2026\n"
            "MS/26-27/2487   02.11.2026   7100039105         62,720.00  17.12.2026\n\n"
            "Kindly arrange to release the payment at the earliest and share the UTR details.\n\n"
            "Thanks & Regards,\nAccounts Department\nMedisafe Surgicals Pvt. Ltd.\n")
    msg = message(std_headers(addr("Medisafe Accounts", "accounts@medisafesurg.example"), addr("Ravi Menon", p["buyer"]["email"]),
                              "Statement of Account - Korvalen Industrial Services (India) Pvt. Ltd.", rdate(2026, 12, 11, 11, 0, 0, "+0530"),
                              "<CAK2acct+soa1211@mail.medisafesurg.example>", cc="accounts.payable@korvalen.example"),
                  text(body, "us-ascii", "7bit"))
    return [p], msg, other("unrelated", "Payment reminder about other POs' invoices; the open PO is not mentioned.")


# =============================================================================================
# writing and validation
# =============================================================================================
import email, email.policy, hashlib, re

KINDS = {"confirmation", "needs_review", "auto_reply", "bounce", "unrelated"}

def _iso(s):
    return datetime.date.fromisoformat(s)

def validate_case(d, pos, exp):
    errs = []
    raw = open(os.path.join(d, "message.eml"), "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("missing header " + h)
    dt = msg["Date"].datetime
    if not (dt.year == 2026 and dt.month == 12):
        errs.append("Date not in December 2026: %s" % dt)
    alltext = [str(msg["Subject"])]
    for part in msg.walk():
        if part.defects:
            errs.append("defects in %s: %s" % (part.get_content_type(), part.defects))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "message/delivery-status":
            if not isinstance(part.get_payload(), list):
                errs.append("bad delivery-status")
            continue
        if ct == "message/rfc822":
            continue
        if part.get_content_maintype() == "text":
            c = part.get_content()
            if "\ufffd" in c:
                errs.append("replacement char in %s" % ct)
            alltext.append(c)
        else:
            data = part.get_payload(decode=True)
            if not data:
                errs.append("empty attachment")
            if ct == "application/pdf":
                if not data.startswith(b"%PDF-1.4") or b"%%EOF" not in data:
                    errs.append("bad pdf")
                for m in re.finditer(rb"\((.*?)\) Tj", data):
                    alltext.append(m.group(1).decode("cp1252").replace("\\(", "(").replace("\\)", ")"))
            elif ct == XLSX_CT:
                with zipfile.ZipFile(io.BytesIO(data)) as z:
                    if z.testzip() is not None:
                        errs.append("bad xlsx")
                    sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
                    alltext.append(re.sub(r"<[^>]+>", " ", sheet))
    blob = "\n".join(alltext)
    # pos.json
    for p in pos:
        for k in ("po_number", "supplier", "buyer", "currency", "issued", "lines"):
            if k not in p:
                errs.append("po missing " + k)
        for k in ("id", "name", "email", "locale"):
            if k not in p["supplier"]:
                errs.append("supplier missing " + k)
        if not ("2026-11-20" <= p["issued"] <= "2026-12-31"):
            errs.append("issued out of range")
        for i, l in enumerate(p["lines"], 1):
            if l["line"] != i:
                errs.append("line numbering")
            Decimal(l["unit_price"]); _iso(l["requested_date"])
            if not isinstance(l["quantity"], int):
                errs.append("quantity not int")
    # expected.json
    if exp["kind"] not in KINDS:
        errs.append("bad kind")
    if exp["kind"] == "confirmation":
        bypo = {p["po_number"]: p for p in pos}
        for c in exp["confirmations"]:
            p = bypo.get(c["po_number"])
            if p is None:
                errs.append("confirmation for unknown PO")
                continue
            if c["po_number"] not in blob:
                errs.append("PO number %s not found in message text" % c["po_number"])
            if set(c["lines"]) != {str(l["line"]) for l in p["lines"]}:
                errs.append("not every line listed for %s" % c["po_number"])
            for ln, v in c["lines"].items():
                l = _line(p, int(ln))
                st = v["status"]
                if st == "accepted":
                    if (v["quantity"], Decimal(v["unit_price"]), v["date"]) != (l["quantity"], Decimal(l["unit_price"]), l["requested_date"]):
                        errs.append("accepted line %s differs from PO" % ln)
                elif st == "changed":
                    if (v["quantity"], Decimal(v["unit_price"]), v["date"]) == (l["quantity"], Decimal(l["unit_price"]), l["requested_date"]):
                        errs.append("changed line %s equals PO" % ln)
                    _iso(v["date"])
                    if "schedule" in v:
                        if sum(s["quantity"] for s in v["schedule"]) != v["quantity"]:
                            errs.append("schedule sum")
                        if max(s["date"] for s in v["schedule"]) != v["date"]:
                            errs.append("schedule last date")
                elif st in ("rejected", "unconfirmed"):
                    if set(v) != {"status"}:
                        errs.append("extra fields on %s line" % st)
                else:
                    errs.append("bad status")
    elif "confirmations" in exp:
        errs.append("confirmations on non-confirmation")
    return errs


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    order = sorted(CASES, key=lambda c: hashlib.sha256(("batch-i:" + c[0]).encode()).hexdigest())
    readme = ["# Held-out batch I - supplier replies to purchase orders", "",
              "Written independently from `/work/shared/corpus/FORMAT.md` alone (no other corpus, tool or program consulted).",
              "Theme: MRO and industrial supplies, construction materials, textiles, lab and medical consumables;",
              "customer-service desks, inside sales and small owners. Regenerate with `python3 make_batch.py` (standard library only).", "",
              "Format of each line: `NNN-slug` | category/locale | what it tests", ""]
    all_errs = []
    counts = {}
    for n, (slug, cat, what, fn) in enumerate(order, 1):
        name = "%03d-%s" % (n, slug)
        d = os.path.join(OUT, name)
        os.makedirs(d)
        pos, msg, exp = fn()
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(pos, ensure_ascii=False, indent=2) + "\n")
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(exp, ensure_ascii=False, indent=2) + "\n")
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(msg)
        kind = cat.split("/")[0]
        assert kind == exp["kind"], (name, kind, exp["kind"])
        counts[kind] = counts.get(kind, 0) + 1
        for e in validate_case(d, pos, exp):
            all_errs.append("%s: %s" % (name, e))
        readme.append("- `%s` | %s | %s" % (name, cat, what))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(readme) + "\n")
    print("cases:", len(order), counts)
    if all_errs:
        print("\n".join(all_errs))
        sys.exit(1)
    print("all cases validated")


if __name__ == "__main__":
    main()
