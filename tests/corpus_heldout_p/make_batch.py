#!/usr/bin/env python3
"""Batch P: supplier e-mail replies to purchase orders (MRO, rail, marine, mining,
chemicals, pharma, electronics, batteries, optics, textiles, inks, composites, food,
medical).  Standard library only, deterministic.  Run: python3 make_batch.py"""
import datetime as dt, io, json, os, shutil, zipfile
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
import email.policy

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")
BUYER_DOMAIN = "halvorsen-procure.example"
BUYERS = {
    "mk": ("Mareike Krüger", "m.krueger@" + BUYER_DOMAIN),
    "jo": ("Jonas Olsen", "jonas.olsen@" + BUYER_DOMAIN),
    "ap": ("Ana Pereira", "ana.pereira@" + BUYER_DOMAIN),
    "tl": ("Tomasz Lis", "tomasz.lis@" + BUYER_DOMAIN),
}

def kw(year, week, day=5):
    """ISO week -> date (day 1=Mon..7=Sun), returned as ISO string."""
    return dt.date.fromisocalendar(year, week, day).isoformat()

# ---------------------------------------------------------------- PO helpers
def PO(num, sup, lines, cur="EUR", issued="2026-11-20", buyer="mk", req=True):
    sid, name, mail, loc = sup
    b = BUYERS[buyer]
    d = {"po_number": num,
         "supplier": {"id": sid, "name": name, "email": mail, "locale": loc},
         "buyer": {"name": b[0], "email": b[1]},
         "currency": cur, "issued": issued}
    if req:
        d["request_message_id"] = "<ack-%s.%s@%s>" % (num, issued.replace("-", ""), BUYER_DOMAIN)
    d["lines"] = [{"line": i + 1, "item": l[0], "description": l[1], "quantity": l[2],
                   "uom": l[3], "unit_price": l[4], "requested_date": l[5]}
                  for i, l in enumerate(lines)]
    return d

def req_text(po, edits=None):
    """The acknowledgment request we sent (used as quoted text)."""
    edits = edits or {}
    b = po["buyer"]
    rows = []
    for l in po["lines"]:
        e = edits.get(l["line"], {})
        qty = e.get("qty", str(l["quantity"]))
        pr = e.get("price", l["unit_price"])
        dd = e.get("date", l["requested_date"])
        rows.append("%d | %s | %s | %s | %s | %s | %s%s" % (
            l["line"], l["item"], l["description"], qty, l["uom"], pr, dd, e.get("mark", "")))
    return ("Dear Sir or Madam,\n\n"
            "please confirm our purchase order %s dated %s: quantity, unit price and\n"
            "delivery date for every line. The PDF of the order was sent separately.\n\n"
            "Line | Item | Description | Qty | UoM | Unit price %s | Need-by date\n%s\n\n"
            "Delivery address: Halvorsen Procurement AS, Gate 4, Havnevegen 12, 4056 Tananger, Norway\n\n"
            "Kind regards\n%s\nPurchasing | Halvorsen Procurement AS\n+47 51 70 44 00\n"
            % (po["po_number"], po["issued"], po["currency"], "\n".join(rows), b["name"]))

def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))

OUTLOOK_HDR = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"),
    "fr": ("-----Message d'origine-----", "De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto"),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto"),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("-----Wiadomość oryginalna-----", "Od", "Wysłano", "Do", "Temat"),
    "pt": ("-----Mensagem original-----", "De", "Enviada em", "Para", "Assunto"),
    "sv": ("-----Ursprungligt meddelande-----", "Från", "Skickat", "Till", "Ämne"),
    "cs": ("-----Původní zpráva-----", "Od", "Odesláno", "Komu", "Předmět"),
    "tr": ("-----Özgün İleti-----", "Kimden", "Gönderildi", "Kime", "Konu"),
    "da": ("-----Oprindelig meddelelse-----", "Fra", "Sendt", "Til", "Emne"),
    "hu": ("-----Eredeti üzenet-----", "Feladó", "Elküldve", "Címzett", "Tárgy"),
    "ja": ("-----Original Message-----", "差出人", "送信日時", "宛先", "件名"),
}

def req_subject(po):
    return "Purchase order %s - request for order acknowledgment" % po["po_number"]

def outlook(po, lang="en", sent=None, edits=None):
    h = OUTLOOK_HDR[lang]
    sent = sent or po["issued"] + " 08:14"
    return "%s\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n%s" % (
        h[0], h[1], po["buyer"]["name"], po["buyer"]["email"], h[2], sent,
        h[3], po["supplier"]["email"], h[4], req_subject(po), req_text(po, edits))

def outlook_new(po, lang="en", sent=None, edits=None):
    h = OUTLOOK_HDR[lang]
    sent = sent or po["issued"] + " 08:14"
    return "%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n%s" % (
        h[1], po["buyer"]["name"], po["buyer"]["email"], h[2], sent,
        h[3], po["supplier"]["email"], h[4], req_subject(po), req_text(po, edits))

# ---------------------------------------------------------------- expectations
def conf(*entries, notes=""):
    return {"kind": "confirmation", "confirmations": list(entries), "notes": notes}

def other(kind, notes):
    return {"kind": kind, "notes": notes}

def P(po, spec):
    """spec: {line: 'A' | 'R' | 'U' | dict(q=, p=, d=, s=[(q, d), ...])}; missing lines -> 'U'."""
    out = {}
    for l in po["lines"]:
        s = spec.get(l["line"], "U")
        if s == "A":
            out[str(l["line"])] = {"status": "accepted", "quantity": l["quantity"],
                                   "unit_price": l["unit_price"], "date": l["requested_date"]}
        elif s == "R":
            out[str(l["line"])] = {"status": "rejected"}
        elif s == "U":
            out[str(l["line"])] = {"status": "unconfirmed"}
        else:
            sched = s.get("s")
            q = s.get("q", sum(x[0] for x in sched) if sched else l["quantity"])
            d = s.get("d", sched[-1][1] if sched else l["requested_date"])
            e = {"status": "changed", "quantity": q, "unit_price": s.get("p", l["unit_price"]), "date": d}
            if sched:
                e["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
            out[str(l["line"])] = e
    return {"po_number": po["po_number"], "lines": out}

# ---------------------------------------------------------------- attachments
def pdf_bytes(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "12 TL", "50 800 Td"]
    for i, l in enumerate(lines):
        ops.append("(%s) Tj" % esc(l) if i == 0 else "T* (%s) Tj" % esc(l))
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
            ("<< /Title (%s) /Producer (SAP NetWeaver 7.50 Smart Forms) >>" % esc(title)).encode("latin-1")]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()

def xlsx_bytes(rows, sheet="Sheet1"):
    from xml.sax.saxutils import escape
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (col(ci), ri + 1)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % escape(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(xr),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c.encode("utf-8"))
    return buf.getvalue()

def csv_bytes(rows, sep=";", enc="utf-8"):
    return ("\r\n".join(sep.join(str(c) for c in r) for r in rows) + "\r\n").encode(enc)

# ---------------------------------------------------------------- message builder
CASES = []

def mail(frm, to, subject, date, text=None, html=None, charset="utf-8", cte=None,
         html_charset=None, html_cte=None, reply_to=None, mid=None, att=(), extra=None,
         cc=None, xmailer=None, refs=None):
    """frm/to: (name, addr). date: 'YYYY-MM-DD HH:MM' plus tz offset hours as tuple."""
    m = EmailMessage()
    m["From"] = formataddr(frm)
    m["To"] = formataddr(to) if isinstance(to, tuple) else to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    ds, tzh = date
    t = dt.datetime.strptime(ds, "%Y-%m-%d %H:%M").replace(
        tzinfo=dt.timezone(dt.timedelta(minutes=int(tzh * 60))))
    m["Date"] = format_datetime(t)
    dom = frm[1].split("@")[1]
    m["Message-ID"] = mid or "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M"), abs(hash_s(subject + frm[1])) % 10**8, dom)
    if reply_to:
        m["In-Reply-To"] = reply_to
        m["References"] = refs or reply_to
    m["MIME-Version"] = "1.0"
    if xmailer:
        m["X-Mailer"] = xmailer
    for k, v in (extra or {}).items():
        m[k] = v
    if text is not None:
        m.set_content(text, charset=charset, cte=cte or ("8bit" if charset == "utf-8" else None) or "quoted-printable")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=html_charset or "utf-8",
                              cte=html_cte or "quoted-printable")
    else:
        m.set_content(html, subtype="html", charset=html_charset or charset, cte=html_cte or cte or "quoted-printable")
    for a in att:
        fn, data, mt = a
        mt1, mt2 = mt.split("/")
        m.add_attachment(data, maintype=mt1, subtype=mt2, filename=fn)
    # deterministic boundaries, no MIME-Version in sub parts
    n = [0]
    def fix(p, top):
        if not top and "MIME-Version" in p:
            del p["MIME-Version"]
        if p.is_multipart():
            n[0] += 1
            p.set_boundary("----=_Part_%d_%08d" % (n[0], abs(hash_s(subject)) % 10**8))
            for s in p.get_payload():
                fix(s, False)
    fix(m, True)
    return m.as_bytes(policy=email.policy.SMTP)

def hash_s(s):
    h = 2166136261
    for ch in s.encode("utf-8"):
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h

def case(slug, cat, loc, pos, msg, exp, what):
    CASES.append((slug, cat, loc, pos, msg, exp, what))

def B(po):
    return (po["buyer"]["name"], po["buyer"]["email"])

def S(po, name=None, addr=None):
    return (name or po["supplier"]["name"], addr or po["supplier"]["email"])

def re(po, prefix="RE"):
    return "%s: %s" % (prefix, req_subject(po))

def R(po, body, date, prefix="RE", **kw):
    kw.setdefault("reply_to", po.get("request_message_id"))
    return mail(kw.pop("frm", S(po)), B(po), kw.pop("subject", re(po, prefix)), date, text=body, **kw)

# ============================================================== CASES
# 001 de-DE MRO distributor, full acceptance, Outlook top-post
po = PO("4500031201", ("HAGE", "Hagemann Industriebedarf GmbH", "auftrag@hagemann-ib.example", "de-DE"), [
    ("6205-2RS-C3", "Rillenkugellager 6205 2RS C3", 120, "EA", "3.85", "2026-12-10"),
    ("SPZ-1250", "Keilriemen SPZ 1250 Lw", 40, "EA", "7.20", "2026-12-10"),
    ("HSG-9-NIT", "Schutzhandschuh Nitril Gr. 9, Paar", 600, "PR", "1.12", "2026-12-10")], issued="2026-11-24")
case("001-mro-de-full-accept", "confirmation", "de-DE", [po], R(po,
"""Sehr geehrte Frau Krüger,

vielen Dank für Ihre Bestellung 4500031201 vom 24.11.2026.
Hiermit bestätigen wir alle drei Positionen wie bestellt (Menge, Preis, Liefertermin 10.12.2026).

Mit freundlichen Grüßen

i. A. Sven Dörfler
Innendienst / Auftragsabwicklung
Hagemann Industriebedarf GmbH | Ringstraße 14 | 44147 Dortmund
Tel. +49 231 98765-120 | Fax -199
Geschäftsführer: Ute Hagemann | HRB 12345 Amtsgericht Dortmund | USt-IdNr. DE123456789

""" + outlook(po, "de", "Dienstag, 24. November 2026 09:14"), ("2026-11-25 10:02", 1), prefix="AW",
    xmailer="Microsoft Outlook 16.0"),
    conf(P(po, {1: "A", 2: "A", 3: "A"}), notes="Plain full acceptance; date in signature-free German format."),
    "full acceptance, Outlook AW: top-post, HRB/USt numbers in signature")

# 002 de-AT tram brake pads, KW date + price surcharge
po = PO("4500031215", ("BREM", "Bremstechnik Leitner GmbH", "verkauf@leitner-bremstechnik.example", "de-AT"), [
    ("BB-ULF-220", "Bremsbelag Straßenbahn ULF, Satz", 24, "SET", "186.00", "2026-12-18"),
    ("BK-ULF-045", "Bremsklotz Magnetschienenbremse", 60, "EA", "48.90", "2026-12-18")], issued="2026-11-23", buyer="jo")
case("002-rail-deat-kw-price", "confirmation", "de-AT", [po], R(po,
"""Grüß Gott Herr Olsen,

danke für die Bestellung. Wir bestätigen wie folgt:

Pos. 1  24 Sätze Bremsbelag ULF  à EUR 186,00  Liefertermin KW 51
Pos. 2  60 Stk. Bremsklotz       à EUR 51,20 (Materialteuerungszuschlag Stahl lt. unserem Schreiben vom Oktober)  Liefertermin KW 2/2027

Die Lieferung erfolgt frei Haus in zwei Teillieferungen.

Freundliche Grüße aus Graz
Ing. Markus Leitner
Bremstechnik Leitner GmbH
Puchstraße 85, 8020 Graz
T +43 316 274 300-12
FN 123456a, Landesgericht für ZRS Graz, UID ATU12345678

""" + outlook(po, "de", "Montag, 23. November 2026 15:40"), ("2026-11-24 08:31", 1), prefix="AW"),
    conf(P(po, {1: "A", 2: {"p": "51.20", "d": kw(2027, 2)}}),
         notes="KW 51 = Fri 2026-12-18 = requested; KW 2/2027 = 2027-01-15; new price 51.20."),
    "calendar weeks, price surcharge on one line, Austrian greeting")

# 003 fr-FR shipbuilding steel: accept / reject / week
po = PO("PO-77120", ("ACMA", "Aciers Marine Atlantique SAS", "adv@acier-marine-atlantique.example", "fr-FR"), [
    ("TOLE-AH36-10", "Tôle AH36 10 mm 2500x8000, certif. 3.2", 18.5, "T", "1045.00", "2027-01-15"),
    ("TOLE-DH36-25", "Tôle DH36 25 mm 2500x10000, certif. 3.2", 6, "T", "1190.00", "2027-01-15"),
    ("HP-200x10", "Profil bulbe HP 200x10 AH36, 12 m", 9, "T", "1260.00", "2027-01-15")], issued="2026-11-26", buyer="ap")
case("003-marine-fr-reject-week", "confirmation", "fr-FR", [po], R(po,
"""Bonjour Madame Pereira,

Suite à votre commande PO-77120, voici notre retour :

- Poste 1 (AH36 10 mm) : OK pour 18,5 t à 1 045,00 €/t, livraison le 15/01.
- Poste 2 (DH36 25 mm) : nous ne pouvons malheureusement pas fournir cette nuance en 25 mm, l'aciérie a arrêté le laminage jusqu'à nouvel ordre. Poste annulé de notre côté.
- Poste 3 (HP 200x10) : OK quantité et prix, livraison semaine 3.

Bien cordialement,

Claire Le Gall
Administration des ventes
Aciers Marine Atlantique SAS – 12 quai de la Fosse – 44000 Nantes
Tél. : 02 40 12 34 56
SAS au capital de 1 200 000 € – RCS Nantes 123 456 789

""" + outlook(po, "fr", "jeudi 26 novembre 2026 11:05"), ("2026-11-27 14:22", 1)),
    conf(P(po, {1: "A", 2: "R", 3: {"d": kw(2027, 3)}}),
         notes="'15/01' without year -> 2027-01-15; 'semaine 3' -> Fri 2027-01-22; line 2 declined."),
    "accept/reject/week number, tonnes with decimal comma")

# 004 fr-CH HVAC filters, confirmed except line 2
po = PO("4500031230", ("FILT", "Filtration Romande SA", "commandes@filtration-romande.example", "fr-CH"), [
    ("F7-592-592-534", "Filtre à poches F7 592x592x534", 120, "EA", "38.40", "2026-12-14"),
    ("M5-592-287-360", "Filtre à poches M5 592x287x360", 60, "EA", "21.90", "2026-12-14"),
    ("G4-PANEL-592", "Préfiltre G4 panneau 592x592x48", 200, "EA", "6.75", "2026-12-14")], cur="CHF", issued="2026-11-25")
case("004-hvac-frch-except", "confirmation", "fr-CH", [po], R(po,
"""Bonjour Madame Krüger,

Tout est confirmé selon votre commande, sauf la position 2 : les filtres M5 592x287 ne seront livrables que le vendredi 15 janvier (rupture chez notre fabricant). Le prix reste inchangé (CHF 21.90).
Total de la commande : CHF 7'272.00 HT.

Meilleures salutations
Nicolas Berset
Filtration Romande SA | Rue de l'Industrie 22 | 1030 Bussigny
+41 21 701 23 45 | CHE-123.456.789 TVA

""" + outlook(po, "fr", "mercredi, 25 novembre 2026 16:02"), ("2026-11-26 09:15", 1)),
    conf(P(po, {1: "A", 2: {"d": "2027-01-15"}, 3: "A"}),
         notes="'confirmé sauf': line 2 date moved to Fri 15 Jan 2027; Swiss apostrophe thousands separator in total."),
    "confirmed except one line, Swiss number format")

# 005 it-IT water treatment: pack rounding + price per bag
po = PO("4500031244", ("IDRO", "Idrochimica Padana S.r.l.", "ordini@idrochimica-padana.example", "it-IT"), [
    ("PAC-18", "Policloruro di alluminio 18% polvere", 960, "KG", "0.72", "2026-12-11"),
    ("NAOCL-14-IBC", "Ipoclorito di sodio 14%, IBC 1000 kg", 3, "IBC", "395.00", "2026-12-11")], issued="2026-11-25", buyer="jo")
case("005-water-it-bag-rounding", "confirmation", "it-IT", [po], R(po,
"""Buongiorno,

confermiamo il Vs. ordine 4500031244 con le seguenti precisazioni:

pos. 1 - il PAC in polvere è disponibile solo in sacchi da 25 kg: arrotondiamo a 39 sacchi = 975 kg. Prezzo 18,50 € a sacco.
pos. 2 - 3 IBC ipoclorito 14% a 395,00 € cad. come da ordine (cauzione IBC a rendere non inclusa).

Consegna per entrambe le posizioni venerdì 11/12 con nostro mezzo ADR.

Cordiali saluti

Giulia Ferraris
Ufficio Commerciale
Idrochimica Padana S.r.l. - Via dell'Artigianato 7 - 26100 Cremona
Tel. 0372 456789 - P.IVA 01234567890

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario.

""" + outlook(po, "it", "mercoledì 25 novembre 2026 13:30"), ("2026-11-26 11:47", 1), prefix="R"),
    conf(P(po, {1: {"q": 975, "p": "0.74"}, 2: "A"}),
         notes="960 kg rounded up to 39 x 25 kg = 975 kg; 18.50 EUR per 25 kg bag = 0.74 EUR/kg."),
    "pack-size rounding and price per bag instead of per kg")

# 006 es-ES medical gloves, price per 1000 equals price per box of 100
po = PO("4500031260", ("MEDS", "Suministros Médicos Levante S.L.", "pedidos@sumlevante.example", "es-ES"), [
    ("GLV-NIT-M", "Guante nitrilo sin polvo talla M, caja 100 uds", 400, "BOX", "6.80", "2026-12-15"),
    ("GAS-10x10", "Gasa estéril 10x10 cm, caja 100 uds", 150, "BOX", "9.40", "2026-12-15")], issued="2026-11-27", buyer="ap")
case("006-medical-es-per1000", "confirmation", "es-ES", [po], R(po,
"""Buenos días Ana,

Te confirmo el pedido 4500031260:

- Guante nitrilo talla M: 400 cajas (40.000 uds) a 68,00 €/1000 uds
- Gasa estéril 10x10: 150 cajas a 94,00 €/1000 uds

Entrega el martes 15 de diciembre en vuestro almacén de Tananger.

Un saludo,
Pilar Sanchis
Dpto. Comercial – Suministros Médicos Levante S.L.
C/ Colón 45, 46004 Valencia · Tel. 963 123 456 · CIF B12345678

Este mensaje y sus archivos adjuntos son confidenciales.

""" + outlook(po, "es", "viernes, 27 de noviembre de 2026 10:10"), ("2026-11-30 09:05", 1)),
    conf(P(po, {1: "A", 2: "A"}),
         notes="Prices per 1000 pieces; box = 100 pcs, so 68.00/1000 = 6.80/box and 94.00/1000 = 9.40/box: as ordered."),
    "price per 1000 units vs per box of 100, weekday date")

# 007 es-CL mining drill bits, ETA range
po = PO("PO-CL-2291", ("PERF", "Perforaciones Andinas SpA", "ventas@perfandinas.example", "es-CL"), [
    ("DTH-152-R", "Bit DTH 152 mm retrac, QL60", 30, "EA", "742.00", "2027-01-11"),
    ("BTN-T51-115", "Broca de botones T51 115 mm", 80, "EA", "214.50", "2027-01-11")], cur="USD", issued="2026-11-27", buyer="jo")
case("007-mining-escl-eta-range", "confirmation", "es-CL", [po], R(po,
"""Estimado Jonas:

Junto con saludar, confirmamos su orden PO-CL-2291 por la totalidad de los ítems y a los precios indicados (USD 742,00 y USD 214,50 c/u).
Los bits vienen desde fábrica en Suecia; la ETA en su bodega es entre el 12 y el 16 de enero.

Quedo atento a cualquier consulta.

Saludos cordiales,
Rodrigo Fuentes M.
Ejecutivo Comercial Minería
Perforaciones Andinas SpA
Av. Grecia 1420, Antofagasta, Chile
+56 55 2 123 456 / +56 9 8765 4321

""" + outlook(po, "es", "viernes, 27 de noviembre de 2026 7:30"), ("2026-11-30 12:41", -3)),
    conf(P(po, {1: {"d": "2027-01-16"}, 2: {"d": "2027-01-16"}}),
         notes="Delivery given as a range 12-16 Jan: the commitment is the latest date of the range, 2027-01-16."),
    "ETA as a date range, Chilean Spanish, USD")

# 008 pt-BR yarn, Gmail bottom-post, partial + rejection
po = PO("4500031277", ("FIOS", "Fiação Serra Azul Ltda.", "comercial@fiacaoserraazul.example", "pt-BR"), [
    ("CO-30-1-PENT", "Fio algodão penteado Ne 30/1", 1200, "KG", "23.40", "2026-12-30"),
    ("CO-20-1-OE", "Fio algodão open-end Ne 20/1", 800, "KG", "14.90", "2026-12-30")], cur="BRL", issued="2026-11-26", buyer="ap")
case("008-yarn-ptbr-bottom", "confirmation", "pt-BR", [po], R(po,
"Em qui., 26 de nov. de 2026 às 10:14, Ana Pereira <ana.pereira@halvorsen-procure.example> escreveu:\n" + gt(req_text(po)) + """

Bom dia Ana,

Confirmamos o item 1: 1.200 kg de Ne 30/1 penteado a R$ 23,40/kg, embarque 30/12.
O item 2 (Ne 20/1 open-end) não temos como atender, a linha OE está parada para manutenção até fevereiro. Desculpe.

Abs,
--
Marcelo Tavares
Fiação Serra Azul Ltda. | CNPJ 12.345.678/0001-90
Rod. SP-127 km 14, Americana/SP | (19) 3456-7890
""", ("2026-11-27 09:20", -3), xmailer=None),
    conf(P(po, {1: "A", 2: "R"}),
         notes="Bottom-posted under Gmail quote; 'embarque 30/12' is a ship date equal to the need-by date."),
    "bottom-posting under Gmail pt-BR quote header, one line declined")

# 009 pl semiconductors: reel OK, allocated line unconfirmed
po = PO("4500031290", ("ELKO", "Elkomp Dystrybucja Sp. z o.o.", "zamowienia@elkomp.example", "pl-PL"), [
    ("GRM188R71H104KA93D", "MLCC 100nF 50V X7R 0603, reel 4000", 12000, "PCS", "0.0062", "2026-12-16"),
    ("STM32G474RET6", "MCU STM32G474RET6 LQFP64", 500, "PCS", "6.85", "2026-12-16"),
    ("RC0603FR-0710KL", "Rezystor 10k 1% 0603, reel 5000", 20000, "PCS", "0.0021", "2026-12-16")], issued="2026-11-27", buyer="tl")
case("009-semis-pl-allocation", "confirmation", "pl-PL", [po], R(po,
"""Dzień dobry Panie Tomaszu,

potwierdzamy zamówienie 4500031290 częściowo:

poz. 1 - 12 000 szt. (3 szpule), cena 6,20 EUR / 1000 szt., wysyłka z magazynu, dostawa 16.12.
poz. 2 - STM32G474RET6 objęty alokacją producenta. Termin potwierdzimy po otrzymaniu przydziału od ST, obecny lead time fabryczny 26 tygodni.
poz. 3 - 20 000 szt. (4 szpule), 2,10 EUR / 1000 szt., dostawa 16.12.

Pozdrawiam serdecznie
Katarzyna Wójcik
Specjalista ds. Sprzedaży
Elkomp Dystrybucja Sp. z o.o., ul. Fabryczna 12, 53-609 Wrocław
tel. +48 71 345 67 89, NIP 8951234567, KRS 0000123456

""" + outlook(po, "pl", "piątek, 27 listopada 2026 09:00"), ("2026-11-30 08:12", 1), prefix="Odp",
    charset="iso-8859-2", cte="quoted-printable"),
    conf(P(po, {1: "A", 3: "A"}),
         notes="Prices per 1000 pcs equal PO per-piece prices; line 2 only has a factory lead time (no commitment) -> unconfirmed."),
    "reels, price per 1000, allocation line left open, ISO-8859-2 QP")

# 010 cs batteries: ship date only, DG
po = PO("4500031302", ("BATC", "BatCell Morava s.r.o.", "obchod@batcell-morava.example", "cs-CZ"), [
    ("LFP-12V-100", "Akumulátor LiFePO4 12,8 V 100 Ah, UN38.3", 16, "EA", "412.00", "2026-12-14")], issued="2026-11-27", buyer="tl")
case("010-battery-cs-shipdate", "confirmation", "cs-CZ", [po], R(po,
"""Dobrý den pane Lisi,

potvrzujeme Vaši objednávku č. 4500031302 - 16 ks LiFePO4 12,8 V 100 Ah za 412,00 EUR/ks.
Zboží je nebezpečný náklad (UN 3480, třída 9), přepravu zajišťuje naše ADR spedice. Expedice ze skladu Olomouc ve středu 9. 12.
Testovací protokol UN38.3 a bezpečnostní list přiložíme k dodacímu listu.

S pozdravem
Ing. Petra Novotná
BatCell Morava s.r.o., Hodolanská 32, 779 00 Olomouc
IČ: 12345678, DIČ: CZ12345678, zapsaná u KS v Ostravě, oddíl C, vložka 12345
tel.: +420 585 123 456

""" + outlook(po, "cs", "pátek 27. listopadu 2026 11:20"), ("2026-11-30 13:05", 1), prefix="RE",
    charset="iso-8859-2", cte="quoted-printable"),
    conf(P(po, {1: {"d": "2026-12-09"}}),
         notes="Only a ship date (expedice 9.12.) is given -> date 2026-12-09 per the ship-date rule, differs from need-by 12-14."),
    "dangerous-goods battery, only a ship date, Czech date with spaces")

# 011 ja optical lenses, ISO-2022-JP, date without year
po = PO("4500031315", ("KOGK", "光学硝子工業株式会社", "eigyo@kogaku-glass.example", "ja-JP"), [
    ("PCX-25-50", "Plano-convex lens N-BK7 D25 f50, AR 400-700", 200, "EA", "1850", "2027-01-15"),
    ("ACH-12-30", "Achromatic doublet D12.7 f30", 80, "EA", "6400", "2027-01-15")], cur="JPY", issued="2026-11-30", buyer="jo")
case("011-optics-ja-iso2022", "confirmation", "ja-JP", [po], R(po,
"""Halvorsen Procurement AS
Jonas Olsen 様

いつも大変お世話になっております。
光学硝子工業の田中でございます。

ご注文番号 4500031315 につきまして、下記の通りお請けいたします。

1. 平凸レンズ PCX-25-50　200個　単価 1,850円　納期 1月20日
2. アクロマートレンズ ACH-12-30　80個　単価 6,400円　納期 1月20日

※年末年始（12月29日〜1月4日）は休業となります。

何卒よろしくお願い申し上げます。

――――――――――――――――
光学硝子工業株式会社　営業部
田中 美咲
〒350-1234 埼玉県川越市南台3-2-1
TEL 049-123-4567 / FAX 049-123-4568
――――――――――――――――
""", ("2026-12-01 10:40", 9), charset="iso-2022-jp", cte="7bit", prefix="RE"),
    conf(P(po, {1: {"d": "2027-01-20"}, 2: {"d": "2027-01-20"}}),
         notes="1月20日 without year -> 2027-01-20 (after mail date); New-Year closure dates are not delivery dates."),
    "Japanese ISO-2022-JP, year-less date, holiday closure mention")

# 012 zh-CN pharma excipient: retest date is not delivery date
po = PO("4500031322", ("HZFL", "杭州辅料化工有限公司", "sales@hz-excipients.example", "zh-CN"), [
    ("MCC-PH102", "Microcrystalline cellulose PH102, 25 kg drum", 500, "KG", "4.60", "2026-12-21")], cur="USD", issued="2026-11-30", buyer="ap")
case("012-pharma-zhcn-retest", "confirmation", "zh-CN", [po], R(po,
"""Ana 您好，

贵司订单 4500031322 已收到，现确认如下：
微晶纤维素 PH102，数量 500 公斤（20 桶 x 25 公斤），单价 4.60 美元/公斤。
批号：MC2611087，生产日期：2026年11月10日，复验期：2028年11月09日。COA 随货附上。
交货日期：2026年12月28日送达贵司仓库。

谢谢！
王丽
杭州辅料化工有限公司 国际贸易部
电话：+86 571 8765 4321
地址：浙江省杭州市余杭区临平工业园区 88 号
""", ("2026-12-01 16:05", 8), charset="gb2312", cte="base64", prefix="回复"),
    conf(P(po, {1: {"d": "2026-12-28"}}),
         notes="Manufacturing and retest dates (2028-11-09) are not delivery dates; delivery 2026-12-28."),
    "GB2312 base64, batch/CoA/retest date distractors")

# 013 ko battery packs, EUC-KR
po = PO("4500031330", ("HNBT", "한누리배터리(주)", "export@hannuri-battery.example", "ko-KR"), [
    ("HB-48V-50AH", "Li-ion battery pack 48V 50Ah, UN38.3", 10, "EA", "1320.00", "2026-12-18")], cur="USD", issued="2026-11-30", buyer="tl")
case("013-battery-ko-accept", "confirmation", "ko-KR", [po], R(po,
"""Tomasz Lis 님께,

안녕하십니까. 한누리배터리 해외영업팀 김민준입니다.
발주서 4500031330 건 확인하였습니다.

- 품목: HB-48V-50AH 배터리팩 10개
- 단가: USD 1,320.00
- 납기: 12월 18일 도착 (위험물 9등급 항공 운송, UN38.3 시험성적서 첨부 예정)

위와 같이 확정합니다. 감사합니다.

김민준 드림
한누리배터리(주) | 경기도 화성시 동탄산단로 12 | Tel +82 31 123 4567
""", ("2026-12-01 14:30", 9), charset="euc-kr", cte="base64"),
    conf(P(po, {1: "A"}), notes="Korean confirmation, all values as ordered."),
    "Korean EUC-KR base64, dangerous-goods air freight")

# 014 nl printing inks, inline answers in quoted text
po = PO("4500031341", ("DRUK", "Drukinkten Van Dijk B.V.", "verkoop@vandijk-inkten.example", "nl-NL"), [
    ("OFF-CY-PROC", "Offsetinkt proces cyaan, blik 2,5 kg", 40, "KG", "9.80", "2026-12-09"),
    ("OFF-MA-PROC", "Offsetinkt proces magenta, blik 2,5 kg", 40, "KG", "10.40", "2026-12-09"),
    ("PMS-877-MET", "Pantone 877 zilver metallic, blik 1 kg", 12, "KG", "31.00", "2026-12-09")], issued="2026-11-30")
_q = req_text(po).split("\n")
_inl = []
for l in _q:
    _inl.append("> " + l if l else ">")
    if l.startswith("1 |"):
        _inl.append("\nAkkoord.\n")
    elif l.startswith("2 |"):
        _inl.append("\nAkkoord.\n")
    elif l.startswith("3 |"):
        _inl.append("\nZilver 877 leveren we alleen in blikken van 1 kg, dus 12 kg klopt. Prijs is per 1-1-2027 omhoog, maar voor deze order houden we nog 31,00. Levering wordt wel donderdag 17 december, pigment komt later binnen.\n")
case("014-inks-nl-inline", "confirmation", "nl-NL", [po], R(po,
"""Goedemiddag Mareike,

Zie mijn antwoorden hieronder tussen de regels.

Op 30-11-2026 om 08:14 schreef Mareike Krüger:
""" + "\n".join(_inl) + """

Met vriendelijke groet,
Bas Hendriks
Drukinkten Van Dijk B.V. | Industrieweg 5 | 3044 AS Rotterdam
T 010 123 45 67 | KvK 12345678
""", ("2026-12-01 13:12", 1), xmailer="Mozilla Thunderbird 115.5"),
    conf(P(po, {1: "A", 2: "A", 3: {"d": "2026-12-17"}}),
         notes="Inline answers under each quoted PO line; price-increase remark concerns future orders only."),
    "inline answers between quoted lines (Thunderbird)")

# 015 sv out-of-office with return date
po = PO("4500031350", ("LABG", "Laboratorieglas Nordic AB", "order@labglas-nordic.example", "sv-SE"), [
    ("BEH-600-BORO", "Bägare borosilikat 600 ml, låg form", 96, "EA", "3.90", "2026-12-18")], issued="2026-12-01", buyer="jo")
case("015-ooo-sv-return", "auto_reply", "sv-SE", [po], mail(
    ("Erik Lindqvist", "erik.lindqvist@labglas-nordic.example"), B(po),
    "Automatiskt svar: " + req_subject(po), ("2026-12-01 09:15", 1),
    text="""Hej,

Tack för ditt mejl. Jag är på semester och tillbaka måndag den 7 december.
Under tiden kan du kontakta order@labglas-nordic.example eller ringa växeln 031-123 45 00.

Med vänlig hälsning
Erik Lindqvist
Laboratorieglas Nordic AB
""", reply_to=po["request_message_id"], extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    other("auto_reply", "Swedish out-of-office with return date (7 Dec); no commitment."),
    "out-of-office, return date, Auto-Submitted header")

# 016 DSN bounce (Postfix) for a rail supplier
po = PO("4500031361", ("TRAM", "Tramparts Rail Ltd", "orders@tramparts-rail.example", "en-GB"), [
    ("PANTO-CS-200", "Pantograph carbon strip, 200 mm", 50, "EA", "58.00", "2026-12-22")], issued="2026-12-01", buyer="jo")
def dsn(po, rcpt, status, diag, date, human, mta="mx1.halvorsen-procure.example",
        frm="MAILER-DAEMON@mx1.halvorsen-procure.example (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender", charset="us-ascii", cte="7bit"):
    """DSN as raw RFC 3464 bytes (multipart/report)."""
    import base64, quopri
    ds, tzh = date
    t = dt.datetime.strptime(ds, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone(dt.timedelta(hours=tzh)))
    bd = "----=_DSN_%06d" % (hash_s(rcpt + ds) % 10**6)
    if cte == "quoted-printable":
        body = quopri.encodestring(human.encode(charset)).decode("ascii")
    else:
        body = human
    from email.header import Header
    subj = subject if subject.isascii() else Header(subject, "utf-8").encode()
    lines = [
        "Return-Path: <>",
        "From: " + frm,
        "To: " + formataddr(B(po)),
        "Subject: " + subj,
        "Date: " + format_datetime(t),
        "Message-ID: <%s.%d@%s>" % (t.strftime("%Y%m%d%H%M%S"), hash_s(rcpt) % 10**6, mta),
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=delivery-status; boundary="%s"' % bd,
        "",
        "This is a MIME-encapsulated message.",
        "",
        "--" + bd,
        'Content-Type: text/plain; charset="%s"' % charset,
        "Content-Transfer-Encoding: " + cte,
        "",
        body.rstrip("\n"),
        "",
        "--" + bd,
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; " + mta,
        "Arrival-Date: " + format_datetime(t - dt.timedelta(seconds=3)),
        "",
        "Final-Recipient: rfc822; " + rcpt,
        "Original-Recipient: rfc822;" + rcpt,
        "Action: failed",
        "Status: " + status,
        "Diagnostic-Code: smtp; " + diag,
        "",
        "--" + bd,
        "Content-Type: text/rfc822-headers",
        "",
        "From: " + formataddr(B(po)),
        "To: " + rcpt,
        "Subject: " + req_subject(po),
        "Date: " + format_datetime(t - dt.timedelta(seconds=5)),
        "Message-ID: " + po.get("request_message_id", "<unknown@halvorsen-procure.example>"),
        "",
        "--" + bd + "--",
        ""]
    return "\n".join(lines).replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")
case("016-bounce-postfix-rail", "bounce", "en-GB", [po], dsn(po, "orders@tramparts-rail.example", "5.1.1",
    "550 5.1.1 <orders@tramparts-rail.example>: Recipient address rejected: User unknown in virtual mailbox table",
    ("2026-12-01 09:16", 1), """This is the mail system at host mx1.halvorsen-procure.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<orders@tramparts-rail.example>: host mail.tramparts-rail.example[203.0.113.25]
    said: 550 5.1.1 <orders@tramparts-rail.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
"""), other("bounce", "Postfix DSN, multipart/report with message/delivery-status; quotes the PO subject but is no answer."),
    "Postfix DSN bounce of the acknowledgment request")

# 017 en-GB unrelated invoice for another order
po = PO("4500031372", ("NORM", "Northern MRO Supplies Ltd", "sales@northern-mro.example", "en-GB"), [
    ("LOCT-243-50", "Threadlocker medium strength 50 ml", 48, "EA", "11.60", "2026-12-11"),
    ("WD40-5L", "Maintenance spray 5 L", 12, "EA", "34.20", "2026-12-11")], cur="GBP", issued="2026-12-01")
_inv = pdf_bytes(["Northern MRO Supplies Ltd - INVOICE", "Invoice no. INV-2026-118734    Date: 01/12/2026",
    "Customer: Halvorsen Procurement AS    Your order: 4500030877", "",
    "Qty  Item           Description                      Unit    Net",
    "20   3M-1080-G12    Vinyl wrap gloss black 1.52m      41.00   820.00",
    "Net 820.00 GBP   VAT 0.00 (export)   Total 820.00 GBP", "Payment terms: 30 days net. Due 31/12/2026",
    "Bank: Barclays  Sort code 20-00-00  Acc 12345678"], "Invoice INV-2026-118734")
case("017-unrelated-invoice-engb", "unrelated", "en-GB", [po], mail(
    ("Northern MRO Accounts", "accounts@northern-mro.example"), B(po), "Invoice INV-2026-118734 - Halvorsen Procurement AS",
    ("2026-12-01 17:02", 0), text="""Dear Customer,

Please find attached invoice INV-2026-118734 relating to your order 4500030877.

If you have any queries regarding this invoice please contact accounts@northern-mro.example quoting the invoice number.

Kind regards,
Accounts Receivable
Northern MRO Supplies Ltd, Unit 4 Tyne Park, Newcastle NE6 1AS
Registered in England No. 01234567 | VAT GB 123 4567 89
""", att=[("INV-2026-118734.pdf", _inv, "application/pdf")]),
    other("unrelated", "Invoice for a different, older order (4500030877); open PO 4500031372 not answered."),
    "invoice for another order with real PDF attachment")

# 018 en-US question back to buyer
po = PO("4500031380", ("GRNG", "Great Lakes Industrial Supply Inc.", "orders@glisupply.example", "en-US"), [
    ("RESP-N95-8210", "Respirator N95, box of 20", 50, "BOX", "24.90", "2026-12-14"),
    ("EARPLUG-200", "Foam ear plugs, box of 200 pairs", 20, "BOX", "31.50", "2026-12-14")], cur="USD", issued="2026-12-01", buyer="jo")
case("018-question-enus", "needs_review", "en-US", [po], R(po,
"""Hi Jonas,

Quick question before I can enter this one: your item RESP-N95-8210 -- do you need the 8210 (no valve) or the 8210V with exhalation valve? Our quote from October listed both. Also is the ship-to still the Tananger gate 4 dock or the new Stavanger warehouse?

Let me know and I'll get the acknowledgement out same day.

Thanks,
Kevin Morales
Inside Sales | Great Lakes Industrial Supply Inc.
4100 W Fullerton Ave, Chicago, IL 60639
Direct (773) 555-0142 | Fax (773) 555-0199

Sent from my iPhone
""", ("2026-12-01 08:50", -6)),
    other("needs_review", "Supplier asks which variant and which ship-to address; nothing confirmed yet."),
    "question back to the buyer before confirming")

# 019 da bakery: confirms by editing quoted table with <-- markers
po = PO("4500031391", ("BAGE", "Bageriråvarer Fyn A/S", "ordre@bageriraavarer-fyn.example", "da-DK"), [
    ("MEL-HVEDE-25", "Hvedemel type 550, sæk 25 kg", 80, "BAG", "14.60", "2026-12-10"),
    ("RUG-KERNER-25", "Rugkerner knækkede, sæk 25 kg", 40, "BAG", "19.80", "2026-12-10"),
    ("GAER-TOERR-500", "Tørgær, pakke 500 g", 60, "PKT", "3.95", "2026-12-10")], issued="2026-12-01", buyer="jo")
case("019-bakery-da-edited-table", "confirmation", "da-DK", [po], R(po,
"""Hej Jonas

Ordren er bekræftet, se rettelser med pil i din tabel nedenfor.

Venlig hilsen
Lone Kjærgaard
Salgsassistent
Bageriråvarer Fyn A/S · Havnegade 3 · 5000 Odense C · Tlf. 66 12 34 56 · CVR 12345678

""" + outlook(po, "da", "1. december 2026 08:14", edits={
    2: {"qty": "36", "mark": "   <-- kun 36 sække på lager, rest udgår"},
    3: {"price": "4.15", "mark": "   <-- ny pris fra leverandør"}}), ("2026-12-02 07:58", 1), prefix="SV"),
    conf(P(po, {1: "A", 2: {"q": 36}, 3: {"p": "4.15"}}),
         notes="Confirmation by overwriting values in our quoted table, marked with '<--'; line 2 qty 36 (rest cancelled), line 3 price 4.15."),
    "values overwritten in quoted PO table with <-- markers")

# 020 fi lab glassware: week number
po = PO("4500031402", ("LASI", "Laboratoriolasi Oy", "myynti@laboratoriolasi.example", "fi-FI"), [
    ("MK-250-A", "Mittapullo 250 ml, luokka A", 48, "EA", "12.40", "2026-12-16"),
    ("BUR-50-PTFE", "Byretti 50 ml, PTFE-hana", 10, "EA", "64.00", "2026-12-16")], issued="2026-12-01", buyer="jo")
case("020-labglass-fi-week", "confirmation", "fi-FI", [po], R(po,
"""Hei Jonas,

Kiitos tilauksesta 4500031402. Vahvistamme molemmat rivit tilauksen mukaisilla hinnoilla (12,40 € ja 64,00 €/kpl). Toimitus viikolla 51.

Ystävällisin terveisin
Sanna Heikkinen
Laboratoriolasi Oy, Teollisuuskatu 9, 00510 Helsinki
puh. 09 1234 5678, Y-tunnus 1234567-8
""", ("2026-12-02 10:20", 2), prefix="VS"),
    conf(P(po, {1: {"d": kw(2026, 51)}, 2: {"d": kw(2026, 51)}}),
         notes="'viikolla 51' without a day -> Friday 2026-12-18."),
    "Finnish week number")

# 021 et HVAC out-of-office
po = PO("4500031410", ("FILE", "Filtrid Eesti OÜ", "tellimused@filtrid.example", "et-EE"), [
    ("KF-F9-592", "Kottfilter F9 592x592x635", 36, "EA", "44.00", "2026-12-17")], issued="2026-12-01")
case("021-ooo-et-return", "auto_reply", "et-EE", [po], mail(
    ("Kadri Tamm", "kadri.tamm@filtrid.example"), B(po), "Automaatne vastus: " + req_subject(po), ("2026-12-01 09:16", 2),
    text="""Tere!

Olen puhkusel kuni 11.12.2026 (k.a). Tagasi esmaspäeval, 14. detsembril.
Kiireloomuliste tellimuste korral palun kirjutage tellimused@filtrid.example või helistage +372 612 3456.

Lugupidamisega
Kadri Tamm
Filtrid Eesti OÜ

I am on leave until 11.12.2026. Back on Monday 14 December.
""", reply_to=po["request_message_id"], extra={"Auto-Submitted": "auto-replied"}),
    other("auto_reply", "Estonian/English out-of-office; the dates are return dates, not delivery dates."),
    "bilingual out-of-office with return date")

# 022 lt mining wear plates: contradicting dates -> needs_review
po = PO("4500031421", ("DILT", "UAB Dilbos Plienas", "pardavimai@dilbos-plienas.example", "lt-LT"), [
    ("WP-HB500-12", "Dilimui atspari plokštė HB500 12 mm, 2000x6000", 8, "EA", "1480.00", "2026-12-18")], issued="2026-12-01", buyer="tl")
case("022-wearplate-lt-two-dates", "needs_review", "lt-LT", [po], R(po,
"""Laba diena,

patvirtiname užsakymą 4500031421: 8 vnt. HB500 12 mm plokščių, kaina 1 480,00 EUR/vnt.
Pristatymas – gruodžio 18 d.

Pjaustymo planas pridedamas. Atkreipiame dėmesį, kad plokštės iš gamyklos atvyks tik 52 savaitę, todėl pristatymas galimas ne anksčiau kaip sausio 8 d.

Pagarbiai
Tomas Kazlauskas
UAB Dilbos Plienas, Pramonės pr. 16, LT-51327 Kaunas
Tel. +370 37 123 456, įm. k. 123456789
""", ("2026-12-02 11:45", 2), prefix="RE"),
    other("needs_review", "Two contradicting delivery dates for the single line (18 Dec vs not before 8 Jan); a human must clarify."),
    "two contradicting dates for one line in different paragraphs")

# 023 lv dairy: ready for pick-up (ex works)
po = PO("4500031433", ("PIEN", "SIA Piena Produkti", "eksports@piena-produkti.example", "lv-LV"), [
    ("SMP-MH-25", "Vājpiena pulveris medium heat, maiss 25 kg", 4000, "KG", "2.62", "2026-12-18"),
    ("WPC-80-20", "Sūkalu proteīna koncentrāts 80%, maiss 20 kg", 600, "KG", "9.10", "2026-12-18")], issued="2026-12-01", buyer="ap")
case("023-dairy-lv-exworks", "confirmation", "lv-LV", [po], R(po,
"""Labdien, Ana!

Apstiprinām pasūtījumu Nr. 4500031433 pilnā apjomā un par norādītajām cenām.
Prece būs gatava izņemšanai mūsu noliktavā Jelgavā (EXW) 14.12.2026. Lūdzu, informējiet par transportu.
Sertifikāti (veterinārais, analīžu) tiks pievienoti kravai.

Ar cieņu
Ilze Bērziņa
SIA Piena Produkti, Rūpniecības iela 3, Jelgava, LV-3001
Tālr. +371 63 123 456, PVN LV40001234567
""", ("2026-12-02 09:30", 2)),
    conf(P(po, {1: {"d": "2026-12-14"}, 2: {"d": "2026-12-14"}}),
         notes="Only an ex-works ready-for-pick-up date is given -> that ship date 2026-12-14 is the date."),
    "ex works / ready for pick-up date")

# 024 ru tram seals: split deliveries, windows-1251
po = PO("4500031444", ("RTIZ", "ООО «РезиноТехИзделия»", "sbyt@rti-volga.example", "ru-RU"), [
    ("UPL-TRAM-DOOR", "Уплотнитель двери трамвая, профиль EPDM", 1200, "M", "4.80", "2026-12-21"),
    ("MANZ-45x65", "Манжета армированная 45x65x10", 300, "EA", "2.15", "2026-12-21")], issued="2026-12-01", buyer="tl")
case("024-rail-ru-split", "confirmation", "ru-RU", [po], R(po,
"""Добрый день, Томаш!

Подтверждаем заказ № 4500031444:

1. Уплотнитель двери EPDM — 1200 м по 4,80 EUR/м. Отгрузка двумя партиями: 600 м — 14.12.2026, 600 м — 11.01.2027.
2. Манжета 45x65x10 — 300 шт. по 2,15 EUR, отгрузка 14.12.2026.

С уважением,
Ольга Смирнова
менеджер отдела сбыта
ООО «РезиноТехИзделия»
443022, г. Самара, ул. Заводская, д. 5
тел. +7 (846) 123-45-67, ИНН 6312345678
""", ("2026-12-02 12:10", 4), charset="windows-1251", cte="quoted-printable"),
    conf(P(po, {1: {"s": [(600, "2026-12-14"), (600, "2027-01-11")]}, 2: {"d": "2026-12-14"}}),
         notes="Line 1 split in two shipments; only ship dates (отгрузка) are given, so they are the dates."),
    "split deliveries, Russian windows-1251 QP")

# 025 uk received, will confirm later
po = PO("4500031455", ("HALM", "ТОВ «Гальмо-Сервіс»", "zbut@halmo-servis.example", "uk-UA"), [
    ("KOL-GAL-320", "Гальмівна колодка чавунна, тип 320", 200, "EA", "27.50", "2027-01-08")], issued="2026-12-01", buyer="tl")
case("025-rail-uk-will-confirm", "needs_review", "uk-UA", [po], R(po,
"""Доброго дня!

Ваше замовлення 4500031455 отримали, дякуємо. Передали у виробничий відділ, підтвердження щодо термінів та ціни надішлемо до кінця наступного тижня.

З повагою,
Андрій Коваленко
ТОВ «Гальмо-Сервіс», м. Дніпро, вул. Заводська, 12
тел. +380 56 123 45 67
""", ("2026-12-02 10:05", 2)),
    other("needs_review", "Human 'received, will confirm by end of next week' - no commitment yet."),
    "received, confirmation promised later (Ukrainian)")

# 026 tr yarn: price per cone equals per kg
po = PO("4500031466", ("IPLK", "Ege İplik San. ve Tic. A.Ş.", "ihracat@egeiplik.example", "tr-TR"), [
    ("PES-150-48-DTY", "Polyester DTY 150D/48F, cone 1.25 kg", 1500, "KG", "6.40", "2026-12-28")], cur="USD", issued="2026-12-01", buyer="ap")
case("026-yarn-tr-per-cone", "confirmation", "tr-TR", [po], R(po,
"""Sayın Ana Pereira,

4500031466 numaralı siparişinizi teyit ederiz.
Miktar: 1.200 bobin x 1,25 kg = 1.500 kg
Fiyat: bobin başına 8,00 USD (FOB İzmir)
Yükleme tarihi: 28 Aralık 2026 Pazartesi

Saygılarımızla,
Burak Yılmaz
İhracat Müdürü
Ege İplik San. ve Tic. A.Ş. | Kemalpaşa OSB, 35730 İzmir
Tel: +90 232 123 45 67 | Mersis No: 0123456789000015
""", ("2026-12-02 14:40", 3)),
    conf(P(po, {1: "A"}), notes="Price per cone 8.00 / 1.25 kg = 6.40 USD/kg as ordered; 1200 cones = 1500 kg; ship date = need-by."),
    "price per cone vs per kg, Turkish thousands separator")

# 027 el shipyard outfitting, HTML only
po = PO("4500031477", ("NAFT", "Ναυτιλιακά Εφόδια Πειραιά Α.Ε.", "orders@naftefodia.example", "el-GR"), [
    ("LIFE-RING-2.5", "Σωσίβιο κυκλικό 2,5 kg SOLAS", 20, "EA", "46.00", "2026-12-15"),
    ("MOOR-ROPE-48", "Σχοινί πρόσδεσης PP 48 mm, κουλούρα 220 m", 4, "ROL", "690.00", "2026-12-15")], issued="2026-12-01", buyer="jo")
case("027-marine-el-html", "confirmation", "el-GR", [po], mail(S(po, "Γιώργος Παπαδόπουλος"), B(po), re(po, "ΑΠ"), ("2026-12-02 16:20", 2),
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>Αγαπητέ κ. Olsen,</p>
<p>Επιβεβαιώνουμε την παραγγελία σας 4500031477 ως εξής:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Α/Α</th><th>Είδος</th><th>Ποσότητα</th><th>Τιμή</th><th>Παράδοση</th></tr>
<tr><td>1</td><td>Σωσίβιο SOLAS 2,5 kg</td><td>20</td><td>46,00 &euro;</td><td>15/12/2026</td></tr>
<tr><td>2</td><td>Σχοινί PP 48 mm</td><td colspan="3"><b>Δεν είναι διαθέσιμο</b> &ndash; ο κατασκευαστής σταμάτησε την παραγωγή.</td></tr>
</table>
<p>Με εκτίμηση,<br>Γιώργος Παπαδόπουλος<br>Ναυτιλιακά Εφόδια Πειραιά Α.Ε.<br>Ακτή Μιαούλη 45, 185 36 Πειραιάς<br>Τηλ. 210 412 3456 | ΑΦΜ 099123456</p>
</body></html>""", html_cte="quoted-printable", reply_to=po["request_message_id"]),
    conf(P(po, {1: "A", 2: "R"}), notes="HTML-only mail with a table; line 2 discontinued -> rejected."),
    "HTML-only reply with table, Greek")

# 028 bg water chemicals: price per drum vs per kg (changed)
po = PO("4500031488", ("HIMB", "Химинвест ЕООД", "office@himinvest.example", "bg-BG"), [
    ("FECL3-40", "Железен трихлорид 40%, варел 200 кг", 2000, "KG", "0.42", "2026-12-16"),
    ("ANTISC-PH", "Антискалант за обратна осмоза, варел 200 кг", 400, "KG", "1.85", "2026-12-16")], issued="2026-12-02", buyer="tl")
case("028-water-bg-per-drum", "confirmation", "bg-BG", [po], R(po,
"""Здравейте г-н Лис,

Потвърждаваме поръчка 4500031488:
- Железен трихлорид 40% – 10 варела по 200 кг = 2000 кг, 84,00 EUR/варел
- Антискалант – 2 варела по 200 кг = 400 кг, 390,00 EUR/варел (нова цена от доставчика)
Доставка: 16.12.2026 г.

Поздрави,
Мария Георгиева
Химинвест ЕООД, гр. Девня, Промишлена зона
тел. +359 519 12 345, ЕИК 123456789
""", ("2026-12-02 15:10", 2), charset="windows-1251", cte="base64"),
    conf(P(po, {1: "A", 2: {"p": "1.95"}}),
         notes="Prices per 200 kg drum: 84.00/200 = 0.42 EUR/kg (as ordered); 390.00/200 = 1.95 EUR/kg (changed)."),
    "price per drum converted to per kg, one changed, windows-1251 base64")

# 029 ro medical disposables from phone, no diacritics
po = PO("4500031499", ("MEDR", "Medicaplast SRL", "vanzari@medicaplast.example", "ro-RO"), [
    ("SER-5ML-LL", "Seringa 5 ml Luer Lock, cutie 100 buc", 120, "BOX", "7.30", "2026-12-14"),
    ("AC-21G-100", "Ac hipodermic 21G, cutie 100 buc", 80, "BOX", "2.90", "2026-12-14")], issued="2026-12-02", buyer="ap")
case("029-medical-ro-phone", "confirmation", "ro-RO", [po], R(po,
"""Buna ziua,
confirmam comanda 4500031499 integral, preturi conform comenzii, livrare luni 14 dec.
Multumesc,
Andrei Popescu
Medicaplast SRL

Trimis de pe telefonul meu Samsung Galaxy
""", ("2026-12-02 18:31", 2), prefix="Re"),
    conf(P(po, {1: "A", 2: "A"}), notes="Short phone reply without diacritics; 'luni 14 dec' = Mon 2026-12-14 as ordered."),
    "phone reply, missing diacritics, weekday+day date")

# 030 hr shipbuilding: holiday closure, new date
po = PO("4500031510", ("BRDL", "Brodoopskrba d.o.o.", "prodaja@brodoopskrba.example", "hr-HR"), [
    ("FLANGE-DN100", "Prirubnica DN100 PN16, čelik", 40, "EA", "28.50", "2026-12-22"),
    ("VALVE-BF-DN150", "Leptirasti ventil DN150 PN16", 6, "EA", "315.00", "2026-12-22")], issued="2026-12-02", buyer="jo")
case("030-marine-hr-holiday", "confirmation", "hr-HR", [po], R(po,
"""Poštovani,

potvrđujemo narudžbu 4500031510 po navedenim cijenama.
Zbog kolektivnog godišnjeg odmora tvrtka ne radi od 24.12.2026. do 6.1.2027., stoga isporuku obje stavke možemo potvrditi za petak, 8.1.2027.

Srdačan pozdrav,
Ivana Horvat
Brodoopskrba d.o.o., Obala kralja Tomislava 8, 51000 Rijeka
tel. +385 51 123 456, OIB 12345678901
""", ("2026-12-03 08:40", 1), prefix="Odg"),
    conf(P(po, {1: {"d": "2027-01-08"}, 2: {"d": "2027-01-08"}}),
         notes="Holiday closure 24.12.-6.1. is not a delivery date; delivery 2027-01-08."),
    "holiday closure dates as distractor, Croatian")

# 031 sl out-of-office
po = PO("4500031521", ("KEMS", "Kemis Slovenija d.o.o.", "prodaja@kemis-si.example", "sl-SI"), [
    ("NAOH-50-IBC", "Natrijev hidroksid 50%, IBC", 2, "IBC", "560.00", "2026-12-15")], issued="2026-12-02", buyer="tl")
case("031-ooo-sl-return", "auto_reply", "sl-SI", [po], mail(
    ("Matej Kranjc", "matej.kranjc@kemis-si.example"), B(po), "Samodejni odgovor: " + req_subject(po), ("2026-12-02 09:01", 1),
    text="""Pozdravljeni,

do vključno 14. 12. 2026 sem odsoten. V nujnih primerih pišite na prodaja@kemis-si.example.

Lep pozdrav,
Matej Kranjc
""", reply_to=po["request_message_id"], extra={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Inbox-Rules-Loop": "matej.kranjc@kemis-si.example"}),
    other("auto_reply", "Slovenian out-of-office; the date is an absence date."), "out-of-office, Slovenian")

# 032 sr-Latn partial now, rest later
po = PO("4500031532", ("ZELD", "Železnička oprema d.o.o.", "prodaja@zel-oprema.example", "sr-Latn-RS"), [
    ("ELAST-PLOCA-SK", "Elastična podložna ploča za šinu 60E1", 500, "EA", "3.40", "2026-12-18")], issued="2026-12-02", buyer="jo")
case("032-rail-sr-split", "confirmation", "sr-Latn-RS", [po], R(po,
"""Poštovani gospodine Olsen,

potvrđujemo porudžbinu br. 4500031532 po ceni od 3,40 EUR/kom.
Isporuka: 200 kom odmah, sa našeg lagera (11.12.), a preostalih 300 kom najkasnije do 15.01.2027.

Srdačan pozdrav,
Nemanja Petrović
Železnička oprema d.o.o., Bulevar oslobođenja 112, 21000 Novi Sad
tel: +381 21 123 4567, PIB 101234567, MB 08123456
""", ("2026-12-03 10:12", 1), prefix="Odg"),
    conf(P(po, {1: {"s": [(200, "2026-12-11"), (300, "2027-01-15")]}}),
         notes="Split 200 + 300; last delivery 2027-01-15 ('najkasnije do' = at the latest)."),
    "split delivery, Serbian Latin")

# 033 hu HVAC: week number and Hungarian date
po = PO("4500031543", ("LEGT", "Légtechnika Kft.", "rendeles@legtechnika.example", "hu-HU"), [
    ("ZSAK-F7-592", "Zsákos szűrő F7 592x592x600", 80, "EA", "36.90", "2026-12-18"),
    ("HEPA-H13-610", "HEPA szűrő H13 610x610x292", 12, "EA", "189.00", "2026-12-18")], issued="2026-12-02")
case("033-hvac-hu-week", "confirmation", "hu-HU", [po], R(po,
"""Tisztelt Krüger Asszony!

A 4500031543 számú megrendelését visszaigazoljuk:
1. tétel: 80 db F7 zsákos szűrő, 36,90 EUR/db, szállítás: 2026.12.18.
2. tétel: 12 db HEPA H13, 189,00 EUR/db – a gyártó csak az 1. héten szállít, így nálunk 2027.01.12-én lesz, kiszállítás a 2. hét folyamán.

Üdvözlettel:
Kovács Péter
Légtechnika Kft., 1097 Budapest, Gubacsi út 6.
Tel.: +36 1 234 5678, Adószám: 12345678-2-43
""", ("2026-12-03 09:33", 1), prefix="Vá", charset="windows-1250", cte="quoted-printable"),
    conf(P(po, {1: "A", 2: {"d": kw(2027, 2)}}),
         notes="Line 2: goods arrive at supplier 2027-01-12 (not a delivery date); delivery 'during week 2' -> Friday 2027-01-15."),
    "Hungarian date format and week number, arrival-at-supplier distractor")

# 034 sk Lotus Notes quote header, confirmed except
po = PO("4500031554", ("TLAC", "Tlačiarenské farby Slovakia s.r.o.", "objednavky@tlacfarby.example", "sk-SK"), [
    ("UV-FLEXO-BK", "UV flexo farba čierna, 5 kg", 50, "KG", "14.20", "2026-12-14"),
    ("UV-FLEXO-WH", "UV flexo biela krycia, 5 kg", 100, "KG", "12.80", "2026-12-14"),
    ("LAK-UV-MAT", "UV lak matný, 20 kg", 60, "KG", "8.60", "2026-12-14")], issued="2026-12-02", buyer="tl")
case("034-inks-sk-lotus-except", "confirmation", "sk-SK", [po], R(po,
"""Dobrý deň,

objednávku potvrdzujeme okrem položky 3 - matný UV lak sme prestali vyrábať, náhradu Vám ponúkneme samostatne.
Položky 1 a 2 dodáme 14.12. za ceny podľa objednávky.

S pozdravom
Jana Horváthová
Tlačiarenské farby Slovakia s.r.o., Vajnorská 100, 831 04 Bratislava
IČO: 12345678, zapísaná v OR OS Bratislava I, odd. Sro, vl. č. 12345/B


Tomasz Lis <tomasz.lis@halvorsen-procure.example>
02.12.2026 08:14

To
objednavky@tlacfarby.example
cc

Subject
""" + req_subject(po) + "\n\n\n\n\n" + req_text(po), ("2026-12-03 13:20", 1), prefix="Odpoveď",
    xmailer="Lotus Notes Release 9.0.1FP10 SHF81 June 16, 2018", charset="iso-8859-2", cte="quoted-printable"),
    conf(P(po, {1: "A", 2: "A", 3: "R"}),
         notes="'potvrdzujeme okrem položky 3' (discontinued; a substitute will be offered separately) -> line 3 rejected."),
    "Lotus Notes quote header, confirmed except discontinued line")

# 035 vi reply that only forwards our own text
po = PO("4500031565", ("LKVN", "Công ty TNHH Linh Kiện Việt", "sales@linhkienviet.example", "vi-VN"), [
    ("CL21B105KBFNNNE", "MLCC 1uF 50V X7R 0805, reel 3000", 30000, "PCS", "0.0048", "2026-12-21")], cur="USD", issued="2026-12-02", buyer="tl")
case("035-semis-vi-forward-only", "needs_review", "vi-VN", [po], mail(
    ("Nguyễn Thị Hoa", "hoa.nguyen@linhkienviet.example"), B(po), "Fwd: " + req_subject(po), ("2026-12-03 08:02", 7),
    text="""

---------- Forwarded message ---------
Từ: Tomasz Lis <tomasz.lis@halvorsen-procure.example>
Date: Th 4, 2 thg 12, 2026 lúc 15:14
Subject: """ + req_subject(po) + """
To: <sales@linhkienviet.example>


""" + req_text(po), reply_to=po["request_message_id"], cc="sales@linhkienviet.example"),
    other("needs_review", "Supplier forwarded our own request back (and to a colleague) without any text: no commitment; a human should look."),
    "reply that only forwards our own text, Gmail Vietnamese header")

# 036 th medical disposables, Buddhist-era year
po = PO("4500031576", ("THMD", "บริษัท ไทยเมดิคอลซัพพลาย จำกัด", "export@thaimedsupply.example", "th-TH"), [
    ("IV-SET-20D", "IV infusion set 20 drops/ml", 2000, "EA", "0.38", "2026-12-18"),
    ("CATH-IV-22G", "IV cannula 22G", 3000, "EA", "0.21", "2026-12-18")], cur="USD", issued="2026-12-02", buyer="ap")
case("036-medical-th-buddhist-year", "confirmation", "th-TH", [po], R(po,
"""เรียน คุณ Ana Pereira

บริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500031576 ดังนี้
1. IV infusion set จำนวน 2,000 ชิ้น ราคา 0.38 USD/ชิ้น
2. IV cannula 22G จำนวน 3,000 ชิ้น ราคา 0.21 USD/ชิ้น
กำหนดส่งสินค้าถึงท่าเรือปลายทาง วันที่ 23/12/2569

ขอแสดงความนับถือ
สมชาย ศรีสุข
ฝ่ายขายต่างประเทศ บริษัท ไทยเมดิคอลซัพพลาย จำกัด
โทร. +66 2 123 4567
""", ("2026-12-03 11:00", 7), charset="utf-8", cte="base64"),
    conf(P(po, {1: {"d": "2026-12-23"}, 2: {"d": "2026-12-23"}}),
         notes="Thai Buddhist-era year 2569 = 2026 -> 2026-12-23 delivery at destination port."),
    "Thai Buddhist calendar year in date")

# 037 id leather/textile: price per roll = per metre
po = PO("4500031587", ("TKSN", "PT Tekstil Nusantara Jaya", "marketing@tekstilnusantara.example", "id-ID"), [
    ("CANV-12OZ-150", "Canvas katun 12 oz lebar 150 cm", 1500, "M", "2.10", "2026-12-23")], cur="USD", issued="2026-12-02", buyer="ap")
case("037-textile-id-per-roll", "confirmation", "id-ID", [po], R(po,
"""Dengan hormat Ibu Ana,

Dengan ini kami konfirmasi PO 4500031587:
Kanvas katun 12 oz lebar 150 cm, 30 rol @ 50 m = 1.500 m
Harga USD 105,00 per rol
Barang siap kirim dari Bandung tanggal 23 Desember 2026 (ETD), dokumen ekspor menyusul.

Terima kasih atas kepercayaannya.

Hormat kami,
Dewi Lestari
PT Tekstil Nusantara Jaya
Jl. Soekarno-Hatta No. 120, Bandung 40235
Telp. +62 22 1234 5678
""", ("2026-12-03 14:15", 7), prefix="Balas"),
    conf(P(po, {1: "A"}), notes="105.00 USD per 50 m roll = 2.10 USD/m; 30 rolls = 1500 m; ETD equals need-by date."),
    "price per roll vs per metre, Indonesian")

# 038 zh-TW optical glass, Big5, ROC year
po = PO("4500031598", ("TWOP", "台灣精密光學股份有限公司", "sales@tw-precision-optics.example", "zh-TW"), [
    ("WIN-BK7-50", "Optical window N-BK7 D50 x 5 mm", 100, "EA", "18.60", "2026-12-18"),
    ("PRISM-RA-25", "Right-angle prism 25 mm", 40, "EA", "42.00", "2026-12-18")], cur="USD", issued="2026-12-02", buyer="jo")
case("038-optics-zhtw-roc-date", "confirmation", "zh-TW", [po], R(po,
"""Jonas 先生您好：

感謝貴公司訂單 4500031598，確認如下：
項次1：光學窗片 N-BK7 D50，100 片，單價 USD 18.60
項次2：直角稜鏡 25 mm，40 個，單價 USD 42.00
交期：兩項均為民國115年12月22日出貨（空運）。

敬祝 商祺
林雅婷
台灣精密光學股份有限公司 業務部
TEL: +886-3-578-1234 新竹科學園區
""", ("2026-12-03 17:20", 8), charset="big5", cte="base64"),
    conf(P(po, {1: {"d": "2026-12-22"}, 2: {"d": "2026-12-22"}}),
         notes="ROC year 115 = 2026; only a ship date (出貨) 2026-12-22 is given."),
    "Big5, Minguo (ROC) calendar date, ship date")

# 039 en-IN pharma API: ETD and ETA, CoA retest
po = PO("4500031609", ("INDP", "Deccan Pharma Chemicals Pvt. Ltd.", "exports@deccanpharma.example", "en-IN"), [
    ("API-METF-HCL", "Metformin HCl USP/Ph.Eur., 25 kg fibre drum", 1000, "KG", "4.35", "2027-01-15")], cur="USD", issued="2026-12-02", buyer="ap")
case("039-pharma-enin-etd-eta", "confirmation", "en-IN", [po], R(po,
"""Dear Madam,

Greetings from Deccan Pharma!

We are pleased to confirm your PO No. 4500031609 dated 02-12-2026 as under:

Product : Metformin HCl USP/Ph.Eur.
Qty : 1,000 kg (40 x 25 kg fibre drums)
Rate : USD 4.35/kg CIF Hamburg
Batch No. : MFH/26/1187, Mfg. date 11-2026, Retest date 10-2029 (CoA will be sent with shipping docs)
ETD Nhava Sheva : 20-12-2026
ETA Hamburg : 18-01-2027

Kindly do the needful and arrange the import documents at your end.

Thanks & Regards,
Rahul Deshpande
Manager - Exports
Deccan Pharma Chemicals Pvt. Ltd.
Plot No. 23, MIDC Taloja, Navi Mumbai 410208, Maharashtra, India
Tel: +91 22 2741 2345 | Mob: +91 98200 12345
CIN: U24230MH2001PTC123456 | GSTIN: 27AABCD1234E1Z5
""", ("2026-12-03 12:45", 5.5)),
    conf(P(po, {1: {"d": "2027-01-18"}}),
         notes="ETA (delivery) wins over ETD; retest and mfg dates are not delivery dates. 2027-01-18 vs need-by 01-15."),
    "ETD vs ETA, Indian English, retest date distractor")

# 040 en-MY ERP acknowledgment with positions 10/20/30
po = PO("4500031620", ("MYSC", "Penang Semicon Components Sdn. Bhd.", "oa-noreply@penangsemicon.example", "en-MY"), [
    ("BSS138-7-F", "MOSFET N-ch BSS138 SOT-23, reel 3000", 9000, "PCS", "0.0310", "2026-12-21"),
    ("LM2596S-5.0", "Buck regulator LM2596S-5.0 TO-263", 1000, "PCS", "0.92", "2026-12-21"),
    ("ESD-TVS-SMBJ24A", "TVS diode SMBJ24A, reel 3000", 6000, "PCS", "0.0580", "2026-12-21")], cur="USD", issued="2026-12-02", buyer="tl")
case("040-semis-enmy-erp-summary", "confirmation", "en-MY", [po], mail(
    ("PSC Order Management", "oa-noreply@penangsemicon.example"), B(po),
    "Order Acknowledgement SO-8812045 / Your PO 4500031620", ("2026-12-03 02:10", 8),
    text="""*** This is a system generated message. Please do not reply. ***

Order Acknowledgement   SO-8812045
Customer PO             4500031620
Customer                HALVORSEN PROCUREMENT AS (C-100482)
Incoterm                FCA Penang

Pos  Cust.Line  Part No.           Qty Confirmed   Unit Price USD   Conf. Ship Date
10   1          BSS138-7-F             9,000          0.0310          21-DEC-2026
20   2          LM2596S-5.0              600          0.9200          21-DEC-2026
20   2          LM2596S-5.0              400          0.9200          25-JAN-2027
30   3          SMBJ24A                6,000          0.0610          21-DEC-2026

Remarks: Pos 20 partial due to allocation. Pos 30 price per new quarterly price list.

Penang Semicon Components Sdn. Bhd. (Company No. 199801012345)
Plot 88, Bayan Lepas FIZ Phase 4, 11900 Penang, Malaysia
""", reply_to=po["request_message_id"], extra={"Auto-Submitted": "auto-generated"}),
    conf(P(po, {1: "A", 2: {"s": [(600, "2026-12-21"), (400, "2027-01-25")]}, 3: {"p": "0.0610"}}),
         notes="System-generated OA is a confirmation; supplier positions 10/20/30 map to customer lines 1/2/3; line 2 split; ship dates only."),
    "ERP acknowledgment with one summary line per position, split schedule")

# 041 en-AU mining: ready for pick-up Friday
po = PO("4500031631", ("AUWP", "Pilbara Wear Solutions Pty Ltd", "sales@pilbarawear.example", "en-AU"), [
    ("CCO-WP-10-6", "Chromium carbide overlay wear plate 10+6 mm, 1500x3000", 6, "EA", "2140.00", "2026-12-11"),
    ("BOLT-CSK-M20", "Countersunk plough bolt M20x80 gr 10.9", 400, "EA", "3.10", "2026-12-11")], cur="AUD", issued="2026-11-30", buyer="jo")
case("041-mining-enau-pickup", "confirmation", "en-AU", [po], R(po,
"""G'day Jonas,

All good with PO 4500031631 - qty and pricing as per your order. Plates and bolts will be ready for pick-up from our Welshpool yard this Friday, your freight forwarder just needs to book a slot with the yard.

Cheers,
Darren Walsh
Pilbara Wear Solutions Pty Ltd
12 Kewdale Rd, Welshpool WA 6106 | ABN 12 345 678 901
P 08 9351 2345 | M 0412 345 678
""", ("2026-12-01 14:05", 8)),
    conf(P(po, {1: {"d": "2026-12-04"}, 2: {"d": "2026-12-04"}}),
         notes="'this Friday' from Tue 1 Dec 2026 = 2026-12-04; only a pick-up (ship) date is given."),
    "relative weekday 'this Friday', ready for pick-up")

# 042 en-US shipped notice with tracking and packing list
po = PO("4500031642", ("CHEM", "Lone Star Water Chemicals LLC", "shipping@lonestarwaterchem.example", "en-US"), [
    ("CITRIC-50LB", "Citric acid anhydrous, 50 lb bag", 40, "BAG", "52.00", "2026-12-14"),
    ("SODA-ASH-50LB", "Soda ash dense, 50 lb bag", 60, "BAG", "19.75", "2026-12-14")], cur="USD", issued="2026-11-20", buyer="jo")
case("042-chem-enus-shipped-tracking", "confirmation", "en-US", [po], R(po,
"""Hi Jonas,

Your PO 4500031642 shipped complete today, 12/2, via FedEx Freight Priority.
PRO / tracking #: 1234 5678 9012

Packing list:
  40 bags  Citric acid anhydrous 50 lb   @ $52.00
  60 bags  Soda ash dense 50 lb          @ $19.75

Transit time is 3-4 business days to your Houston consolidator. Invoice to follow.

Thanks!
Brenda Nguyen
Shipping & Logistics | Lone Star Water Chemicals LLC
2200 Industrial Blvd, Pasadena, TX 77506 | (281) 555-0178
""", ("2026-12-02 16:40", -6)),
    conf(P(po, {1: {"d": "2026-12-02"}, 2: {"d": "2026-12-02"}}),
         notes="Shipping notice stating full quantities and prices; only a ship date (12/2, US month-first) -> 2026-12-02; transit time is not a date."),
    "goods already shipped, tracking number, US month/day")

# 043 en-GB reply to reminder
po = PO("4500031653", ("RAIL", "Midland Rail Components Ltd", "sales@midlandrail.example", "en-GB"), [
    ("DAMPER-YAW-07", "Yaw damper, bogie type 7", 8, "EA", "640.00", "2027-01-20"),
    ("BUSH-ARB-33", "Anti-roll bar bush", 32, "EA", "24.80", "2027-01-20")], cur="GBP", issued="2026-11-16", buyer="jo")
case("043-rail-engb-reminder", "confirmation", "en-GB", [po], R(po,
"""Hi Jonas,

Apologies for the delay, your reminder got stuck in our queue.
PO 4500031653 is confirmed: 8 yaw dampers at £640.00 and 32 bushes at £24.80, delivery w/c 18 January, latest Wednesday 20/01/27.

Best regards,
Hannah Price
Midland Rail Components Ltd | Derby DE24 8UP | 01332 123456
Registered in England & Wales No. 09876543

-----Original Message-----
From: Jonas Olsen <jonas.olsen@halvorsen-procure.example>
Sent: 01 December 2026 10:02
To: sales@midlandrail.example
Subject: REMINDER 2: """ + req_subject(po) + """

Dear supplier, we still have no acknowledgment for the order below. Please reply today.

""" + req_text(po), ("2026-12-02 11:30", 0), subject="RE: REMINDER 2: " + req_subject(po),
    refs=po["request_message_id"] + " <rem2-4500031653@halvorsen-procure.example>",
    reply_to="<rem2-4500031653@halvorsen-procure.example>"),
    conf(P(po, {1: "A", 2: "A"}), notes="Reply to the second reminder; 'latest Wednesday 20/01/27' = requested date."),
    "reply to a reminder, dd/mm/yy date")

# 044 de-DE prepreg: roll rounding, shelf life not delivery
po = PO("4500031664", ("COMP", "Composite Materials Schwaben GmbH", "vertrieb@cms-composites.example", "de-DE"), [
    ("PP-CF-T700-200", "Prepreg Kohlefaser T700 Köper 200 g/m², 1,25 m breit", 45, "M2", "64.00", "2026-12-15"),
    ("PP-GF-EP-300", "Glasfaser-Prepreg Epoxid 300 g/m²", 100, "M2", "21.50", "2026-12-15")], issued="2026-12-01")
case("044-composite-de-roll-shelflife", "confirmation", "de-DE", [po], R(po,
"""Hallo Frau Krüger,

danke für Ihre Bestellung. Zu Pos. 1: das T700-Prepreg wird nur in ganzen Rollen à 50 m² geliefert, wir liefern daher 50 m² zum bestellten m²-Preis von 64,00 EUR.
Pos. 2 wie bestellt.
Versand tiefgekühlt (-18 °C) am Montag, 14.12., Anlieferung bei Ihnen Dienstag, 15.12.

Lagerfähigkeit (Shelf Life) 12 Monate bei -18 °C ab Herstelldatum 02.12.2026, Out-Life 30 Tage bei RT; Ablaufdatum steht auf dem Rollenetikett (02.12.2027).

Viele Grüße
Tobias Brenner
Composite Materials Schwaben GmbH | Max-Eyth-Str. 21 | 72622 Nürtingen
Tel. +49 7022 12345-30 | HRB 723456 AG Stuttgart

""" + outlook_new(po, "de", "Dienstag, 1. Dezember 2026 08:14"), ("2026-12-02 15:05", 1), prefix="AW"),
    conf(P(po, {1: {"q": 50}, 2: "A"}),
         notes="Full rolls: 45 -> 50 m2 at the same price; delivery 15.12 wins over ship date 14.12; shelf-life/expiry dates are not delivery dates."),
    "minimum roll size, shelf life and expiry date distractors")

# 045 fr-FR out-of-office with deputy
po = PO("4500031675", ("VERR", "Verrerie Scientifique de Lorraine", "commandes@vsl-verrerie.example", "fr-FR"), [
    ("ERL-500-B", "Erlenmeyer 500 ml borosilicate", 60, "EA", "4.90", "2026-12-18")], issued="2026-12-02", buyer="ap")
case("045-ooo-fr-deputy", "auto_reply", "fr-FR", [po], mail(
    ("Sophie Marchand", "sophie.marchand@vsl-verrerie.example"), B(po), "Réponse automatique : " + req_subject(po), ("2026-12-02 08:15", 1),
    text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 7 décembre inclus, avec un accès limité à mes e-mails.
Pour toute commande urgente, merci de contacter ma collègue Julie Renard (julie.renard@vsl-verrerie.example, 03 83 12 34 56).

Cordialement,
Sophie Marchand
""", reply_to=po["request_message_id"], extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    other("auto_reply", "French out-of-office naming a deputy; no commitment."), "out-of-office with deputy contact")

# 046 it-IT price increase announcement, not about the order
po = PO("4500031686", ("INKI", "Inchiostri Lombardi S.p.A.", "commerciale@inchiostri-lombardi.example", "it-IT"), [
    ("SERIG-PL-BK", "Inchiostro serigrafico plastisol nero, 5 kg", 30, "KG", "11.90", "2026-12-16")], issued="2026-12-02")
case("046-unrelated-it-price-increase", "unrelated", "it-IT", [po], mail(
    ("Inchiostri Lombardi - Ufficio Commerciale", "commerciale@inchiostri-lombardi.example"), "clienti@inchiostri-lombardi.example",
    "Comunicazione aggiornamento listino prezzi 2027", ("2026-12-03 09:00", 1),
    html="""<html><body style="font-family:Arial">
<p>Gentile Cliente,</p>
<p>a causa del perdurante aumento dei costi delle materie prime (pigmenti, resine, solventi) e dell'energia, siamo costretti ad aggiornare il nostro listino con decorrenza <b>1&deg; gennaio 2027</b>: <b>+4,5%</b> su tutte le linee serigrafiche e offset.</p>
<p>Gli ordini confermati entro il 31/12/2026 manterranno i prezzi attuali.</p>
<p>Ringraziandovi per la comprensione, porgiamo cordiali saluti.<br>Inchiostri Lombardi S.p.A. &ndash; Via Milano 55, 20020 Lainate (MI)</p>
<p style="font-size:9px">Se non desiderate ricevere ulteriori comunicazioni, <a href="https://inchiostri-lombardi.example/unsubscribe">cancellatevi qui</a>.</p>
</body></html>""", extra={"List-Unsubscribe": "<https://inchiostri-lombardi.example/unsubscribe>", "Precedence": "bulk"}, cc=None),
    other("unrelated", "General price-list increase mailing (+4.5% from 2027), not an answer to PO 4500031686."),
    "price-increase circular from the same supplier, HTML-only")

# 047 es-ES payment reminder
po = PO("4500031697", ("FILE2", "Filtros Industriales del Ebro S.A.", "pedidos@filtrosebro.example", "es-ES"), [
    ("CART-PP-20-5", "Cartucho PP 20 pulgadas 5 micras", 200, "EA", "3.45", "2026-12-17")], issued="2026-12-02", buyer="ap")
case("047-unrelated-es-payment", "unrelated", "es-ES", [po], mail(
    ("Administración Filtros del Ebro", "administracion@filtrosebro.example"), B(po),
    "Recordatorio de pago - factura FV26-004512 vencida", ("2026-12-03 10:30", 1),
    text="""Estimados señores:

Según nuestros registros, la factura FV26-004512 de fecha 15/10/2026 por importe de 2.318,40 €, correspondiente a su pedido 4500029934, venció el pasado 14/11/2026 y sigue pendiente de pago.

Les rogamos procedan a su abono a la mayor brevedad en la cuenta ES12 3456 7890 1234 5678 9012. Si ya han realizado el pago, rogamos hagan caso omiso de este aviso.

Atentamente,
Departamento de Administración
Filtros Industriales del Ebro S.A. – Pol. Ind. Malpica, Calle E 12, 50016 Zaragoza – CIF A50123456
"""),
    other("unrelated", "Payment reminder for an old invoice/order; not an answer to the open PO."), "payment reminder")

# 048 pt-BR ticket auto-acknowledgment
po = PO("4500031708", ("QUIM", "Química Paulista Tratamento de Águas Ltda.", "pedidos@quimicapaulista.example", "pt-BR"), [
    ("HIPO-CAL-65", "Hipoclorito de cálcio 65%, balde 45 kg", 20, "EA", "118.00", "2026-12-21")], cur="BRL", issued="2026-12-02", buyer="ap")
case("048-autoreply-ptbr-ticket", "auto_reply", "pt-BR", [po], mail(
    ("Atendimento Química Paulista", "pedidos@quimicapaulista.example"), B(po), "[Chamado #482193] " + re(po), ("2026-12-02 08:15", -3),
    text="""Olá,

Recebemos sua mensagem e abrimos o chamado #482193. Nossa equipe responderá em até 2 dias úteis.
Horário de atendimento: segunda a sexta, das 8h às 17h.

Esta é uma mensagem automática, por favor não responda.
Química Paulista Tratamento de Águas Ltda.
""", reply_to=po["request_message_id"], extra={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}),
    other("auto_reply", "Helpdesk ticket auto-acknowledgment; 'responderemos em até 2 dias úteis' is automatic, not a commitment."),
    "ticket-system auto-acknowledgment")

# 049 de-DE bounce, German mail server
po = PO("4500031719", ("INDU", "Industrietechnik Sauerland GmbH", "bestellung@it-sauerland.example", "de-DE"), [
    ("HYD-SCHL-DN10", "Hydraulikschlauch 2SN DN10, Meterware", 150, "M", "6.20", "2026-12-11")], issued="2026-12-02")
case("049-bounce-de-quota", "bounce", "de-DE", [po], dsn(po, "bestellung@it-sauerland.example", "5.2.2",
    "552 5.2.2 <bestellung@it-sauerland.example>: Mailbox voll / mailbox full",
    ("2026-12-02 08:17", 1), """Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.

Die Zustellung an folgende Empfänger ist fehlgeschlagen:

      bestellung@it-sauerland.example
      Grund: Das Postfach des Empfängers ist voll.

Betreff der Nachricht: """ + req_subject(po) + """
""", frm="Mail Delivery Subsystem <postmaster@halvorsen-procure.example>",
    subject="Unzustellbar: " + req_subject(po), charset="iso-8859-1", cte="quoted-printable"),
    other("bounce", "German DSN (mailbox full); subject contains the PO number."), "bounce in German, mailbox full")

# 050 nb: two POs, only one confirmed
po1 = PO("4500031730", ("VVSN", "VVS Engros Norge AS", "ordre@vvs-engros.example", "nb-NO"), [
    ("FILTER-G4-KASS", "Kassettfilter G4 287x592x48", 150, "EA", "5.80", "2026-12-10")], cur="NOK", issued="2026-12-01", buyer="jo")
po2 = PO("4500031731", ("VVSN", "VVS Engros Norge AS", "ordre@vvs-engros.example", "nb-NO"), [
    ("POSE-F7-592", "Posefilter F7 592x592x600, 8 lommer", 40, "EA", "410.00", "2026-12-10"),
    ("RAMME-592", "Filterramme galv. 592x592", 40, "EA", "165.00", "2026-12-10")], cur="NOK", issued="2026-12-01", buyer="jo")
case("050-hvac-nb-one-of-two", "confirmation", "nb-NO", [po1, po2], R(po2,
"""Hei Jonas,

Bekrefter ordre 4500031731 (posefiltre og rammer) i sin helhet, levering torsdag 10.12.
Ordren på kassettfiltrene (4500031730) ser vi på i morgen, der må vi sjekke lager i Trondheim først.

Mvh
Kari Nordmann
VVS Engros Norge AS | Brobekkveien 80, 0582 Oslo | tlf 22 12 34 56 | Org.nr 912 345 678 MVA
""", ("2026-12-02 13:37", 1), prefix="SV"),
    conf(P(po2, {1: "A", 2: "A"}),
         notes="Two open POs; only 4500031731 is answered; 4500031730 is merely mentioned ('we look at it tomorrow') and is therefore left out."),
    "two open POs, reply confirms one, mentions the other")

# 051 pl: PO number written differently
po = PO("4500031742", ("STAL", "Stalmet Stocznia Serwis Sp. z o.o.", "handel@stalmet-serwis.example", "pl-PL"), [
    ("RURA-DN50-SCH40", "Rura stalowa bez szwu DN50 SCH40, 6 m", 60, "EA", "96.00", "2026-12-16"),
    ("KOLANO-DN50-90", "Kolano 90° DN50 SCH40", 120, "EA", "7.40", "2026-12-16")], issued="2026-12-02", buyer="tl")
case("051-marine-pl-po-format", "confirmation", "pl-PL", [po], R(po,
"""Dzień dobry,

w nawiązaniu do zamówienia nr 45-0003-1742 potwierdzamy realizację:
poz. 1 – 60 szt. rur DN50 SCH40 po 96,00 EUR/szt.
poz. 2 – 120 szt. kolan po 7,90 EUR/szt. (cena wg aktualnego cennika producenta)
Termin dostawy: 16 grudnia 2026 r.

Z poważaniem
Marek Zieliński
Stalmet Stocznia Serwis Sp. z o.o., ul. Na Ostrowiu 15/20, 80-873 Gdańsk
NIP 5831234567
""", ("2026-12-03 10:50", 1), prefix="Odp", subject="Potwierdzenie zamówienia 45-0003-1742", reply_to=None),
    conf(P(po, {1: "A", 2: {"p": "7.90"}}),
         notes="PO number written with dashes (45-0003-1742 = 4500031742), new subject, no In-Reply-To; line 2 price changed."),
    "PO number formatted differently, no threading headers")

# 052 ja attachment-only confirmation (PDF)
po = PO("4500031753", ("NKGL", "日本化学ガラス株式会社", "export@nk-glass.example", "ja-JP"), [
    ("DURAN-BTL-1L", "Laboratory bottle GL45 1000 ml", 120, "EA", "980", "2027-01-22"),
    ("PETRI-90", "Petri dish glass 90 mm", 300, "EA", "420", "2027-01-22")], cur="JPY", issued="2026-12-02", buyer="jo")
_pdf = pdf_bytes(["NIHON KAGAKU GLASS CO., LTD.  -  ORDER ACKNOWLEDGEMENT", "Our ref.: OA-26-12-0311     Date: 2026/12/04",
    "Customer: Halvorsen Procurement AS      Your P.O.: 4500031753", "",
    "Item  Part no.        Qty    Unit price (JPY)   Delivery",
    "1     DURAN-BTL-1L    120    980                2027/01/22",
    "2     PETRI-90        300    450                2027/01/29", "",
    "Remarks: Item 2 price revised due to raw material (borosilicate tube) cost.",
    "Terms: FCA Narita. Payment 30 days after B/L."], "Order Acknowledgement OA-26-12-0311")
case("052-labglass-ja-pdf-only", "confirmation", "ja-JP", [po], mail(S(po, "佐藤 健一"), B(po), "注文請書送付の件（PO 4500031753）", ("2026-12-04 11:10", 9),
    text="""Olsen様

いつもお世話になっております。
標記の件、注文請書を添付にてお送りいたします。
ご確認のほど、よろしくお願いいたします。

日本化学ガラス株式会社　海外営業課
佐藤 健一
""", charset="iso-2022-jp", cte="7bit", reply_to=po["request_message_id"],
    att=[("OA-26-12-0311.pdf", _pdf, "application/pdf")]),
    conf(P(po, {1: "A", 2: {"p": "450", "d": "2027-01-29"}}),
         notes="Commitment only in the attached PDF; line 2 price and date changed."),
    "answer only in PDF attachment with short Japanese cover")

# 053 non-native English from German supplier
po = PO("4500031764", ("HYDR", "Hydraulik Zentrum Mitte GmbH", "vertrieb@hzm-hydraulik.example", "de-DE"), [
    ("ZYL-63-40-300", "Hydraulic cylinder 63/40-300", 4, "EA", "388.00", "2026-12-18"),
    ("DICHT-SATZ-63", "Seal kit for cylinder 63", 10, "EA", "42.00", "2026-12-18")], issued="2026-12-02", buyer="jo")
case("053-mro-english-nonnative-kw", "confirmation", "de-DE", [po], R(po,
"""Dear Mr. Olsen,

thank you for your order. Hereby we confirm you the order 4500031764 like following:
Pos. 1 we can deliver only in the KW 3 because the tubes are coming late from our supplier, price stays.
Pos. 2 is ok like ordered.

If you have still questions do not hesitate to contact me.

With best regards
Stefanie Vogt
Hydraulik Zentrum Mitte GmbH, Kasseler Str. 40, 34117 Kassel, Germany
""", ("2026-12-03 09:12", 1)),
    conf(P(po, {1: {"d": kw(2027, 3)}, 2: "A"}),
         notes="Non-native English; 'KW 3' after a December mail -> 2027 week 3, Friday 2027-01-22."),
    "English by a German writer, KW without year crossing into next year")

# 054 ko: "as soon as possible" -> needs_review
po = PO("4500031775", ("KOPA", "대한수동소자(주)", "sales@daehan-passive.example", "ko-KR"), [
    ("CHIP-IND-10UH", "Chip inductor 10uH 1210, reel 2000", 10000, "PCS", "0.0420", "2026-12-18")], cur="USD", issued="2026-12-02", buyer="tl")
case("054-passives-ko-asap", "needs_review", "ko-KR", [po], R(po,
"""안녕하세요,

주문 감사합니다. 현재 재고가 부족하여 생산 일정을 확인 중입니다.
최대한 빨리 보내드리도록 하겠습니다. 수량은 문제 없습니다.

감사합니다.
이수진 드림
""", ("2026-12-03 15:00", 9)),
    other("needs_review", "'Will send as soon as possible, checking production schedule' - no date committed; a human must follow up."),
    "vague 'as soon as possible', no date")

# 055 zh-CN out-of-office
po = PO("4500031786", ("SZBT", "深圳新能电池科技有限公司", "sales@xn-battery.example", "zh-CN"), [
    ("LFP-CELL-280", "LFP prismatic cell 3.2V 280Ah, UN38.3", 64, "EA", "64.50", "2027-01-11")], cur="USD", issued="2026-12-02", buyer="tl")
case("055-ooo-zhcn", "auto_reply", "zh-CN", [po], mail(
    ("陈静", "chen.jing@xn-battery.example"), B(po), "自动回复: " + req_subject(po), ("2026-12-02 16:15", 8),
    text="""您好，

我正在外地出差，12月9日返回办公室，期间邮件回复可能会延迟。紧急事宜请联系 sales@xn-battery.example 或致电 +86 755 1234 5678。

I am on a business trip and will be back on 9 Dec.

陈静
""", charset="utf-8", cte="base64", reply_to=po["request_message_id"], extra={"Auto-Submitted": "auto-replied"}),
    other("auto_reply", "Chinese/English out-of-office; return date 9 Dec is no delivery date."), "out-of-office, Chinese")

# 056 en-US HTML-only distributor acknowledgment, price per 100
po = PO("4500031797", ("FAST", "Midwest Fastener & MRO Co.", "ack@midwestfastener.example", "en-US"), [
    ("HHCS-0.5-13x2", "Hex cap screw 1/2-13 x 2 Gr 8 zinc yellow", 2000, "EA", "0.38", "2026-12-14"),
    ("NUT-0.5-13-G8", "Hex nut 1/2-13 Gr 8", 2000, "EA", "0.12", "2026-12-14"),
    ("WASH-0.5-FL", "Flat washer 1/2 SAE hardened", 2000, "EA", "0.06", "2026-12-14")], cur="USD", issued="2026-12-02", buyer="jo")
case("056-mro-enus-html-per100", "confirmation", "en-US", [po], mail(
    ("Midwest Fastener Customer Service", "ack@midwestfastener.example"), B(po), "Sales Order 771204 - Acknowledgment - PO# 4500031797", ("2026-12-02 15:22", -6),
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello Jonas,</p>
<p>Thank you for your order! Please review the acknowledgment below.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#1f4e79;color:#fff"><th>Ln</th><th>Item</th><th>Qty</th><th>Price</th><th>Per</th><th>Est. Ship</th></tr>
<tr><td>1</td><td>HHCS 1/2-13x2 GR8 ZY</td><td>2,000</td><td>$38.00</td><td>C</td><td>12/10/2026</td></tr>
<tr><td>2</td><td>HN 1/2-13 GR8</td><td>2,000</td><td>$12.00</td><td>C</td><td>12/10/2026</td></tr>
<tr><td>3</td><td>FW 1/2 SAE HARD</td><td>2,000</td><td>$6.50</td><td>C</td><td>12/10/2026</td></tr>
</table>
<p>Delivery via our own truck, <b>delivered 12/14/2026</b> to your Houston consolidator.</p>
<p>C = per 100 pieces.</p>
<p>Midwest Fastener &amp; MRO Co. | 1800 Commerce Dr, Rockford, IL 61109 | 815-555-0110</p>
</body></html>""", html_cte="quoted-printable", reply_to=po["request_message_id"]),
    conf(P(po, {1: "A", 2: "A", 3: {"p": "0.065"}}),
         notes="Prices per C (=100 pcs); line 3 $6.50/C = 0.065/pc vs 0.06; delivery 12/14 wins over est. ship 12/10."),
    "HTML-only, price per hundred (C), ship vs delivery date")

# 057 en-GB chemicals: confirmed except, substitute offered -> unconfirmed
po = PO("4500031808", ("AQUA", "AquaTreat Chemicals (UK) Ltd", "customerservice@aquatreat.example", "en-GB"), [
    ("PAA-15-25L", "Peracetic acid 15%, 25 L drum", 24, "DRM", "86.00", "2026-12-15"),
    ("SBS-40-IBC", "Sodium bisulphite 40%, 1000 L IBC", 2, "IBC", "610.00", "2026-12-15"),
    ("DEFOAM-S20", "Silicone defoamer S20, 20 kg pail", 10, "EA", "74.00", "2026-12-15")], cur="GBP", issued="2026-12-02")
case("057-chem-engb-substitute", "confirmation", "en-GB", [po], R(po,
"""Hi Mareike,

Order 4500031808 confirmed for lines 1 and 2 as per your PO, delivery Tuesday 15th December (ADR, tail-lift vehicle).

Line 3 - the S20 defoamer has been discontinued by the manufacturer. We could offer Antifoam SX-30 (same dosage, 20 kg pail) at £78.50 - please let us know if you would like us to add it, data sheet attached on request.

Kind regards,
Rachel Whitmore
Customer Service Team Leader
AquaTreat Chemicals (UK) Ltd | Unit 9, Stanlow Business Park, Ellesmere Port CH65 4EJ
T: 0151 555 0123 | Company reg. 04567890 | VAT GB 987 6543 21

This e-mail and any attachments are confidential and intended solely for the addressee.

""" + outlook_new(po, "en", "02 December 2026 08:14"), ("2026-12-03 11:05", 0)),
    conf(P(po, {1: "A", 2: "A", 3: "U"}),
         notes="Line 3: substitute only offered, awaiting our decision -> unconfirmed (not rejected, not changed)."),
    "substitution offered for a discontinued line, awaiting buyer decision")

# 058 sv: week range -> end of range
po = PO("4500031819", ("SVFL", "Svenska Filterteknik AB", "order@svfilterteknik.example", "sv-SE"), [
    ("KOMPAKT-F7-592", "Kompaktfilter F7 592x592x292", 48, "EA", "74.00", "2027-01-08")], issued="2026-12-02", buyer="jo")
case("058-hvac-sv-week-range", "confirmation", "sv-SE", [po], R(po,
"""Hej Jonas!

Tack för beställningen. Vi bekräftar 48 st F7 kompaktfilter à 74,00 EUR. Leverans sker vecka 2–3 eftersom fabriken har julstängt v. 52–53.

Med vänliga hälsningar
Anna Bergström
Svenska Filterteknik AB | Box 123, 431 22 Mölndal | 031-87 65 43 | Org.nr 556123-4567
""", ("2026-12-03 14:10", 1), prefix="SV"),
    conf(P(po, {1: {"d": kw(2027, 3)}}),
         notes="Week range 'vecka 2-3' -> latest: Friday of week 3 2027 = 2027-01-22; weeks 52-53 are a closure."),
    "delivery given as a range of weeks, Christmas closure")

# 059 fi question about CoA / spec -> needs_review
po = PO("4500031820", ("FINK", "Suomen Kemikaalit Oy", "myynti@suomenkemikaalit.example", "fi-FI"), [
    ("LACTOSE-MONO-200", "Laktoosimonohydraatti 200 mesh Ph.Eur., 25 kg", 750, "KG", "2.85", "2027-01-12")], issued="2026-12-02", buyer="ap")
case("059-pharma-fi-question", "needs_review", "fi-FI", [po], R(po,
"""Hei Ana,

Kiitos tilauksesta. Ennen vahvistusta tarkistaisin: tarvitsetteko erän, jonka uudelleentestauspäivä on vähintään 24 kk toimituksesta? Nykyisen varastoerän retest-päivä on 08/2027. Uusi erä valmistuu tammikuun puolivälissä.
Kerrotteko, kumpi käy, niin vahvistan tilauksen heti.

Terveisin
Mikko Virtanen
Suomen Kemikaalit Oy | Kemirantie 5, 02780 Espoo | p. 040 123 4567
""", ("2026-12-03 12:30", 2), prefix="VS"),
    other("needs_review", "Supplier asks which batch we want (retest-date requirement) before confirming; dates mentioned are retest/production dates."),
    "question back about batch retest date")

# 060 da newsletter
po = PO("4500031831", ("DKLB", "Dansk Laboratorieudstyr ApS", "salg@dk-labudstyr.example", "da-DK"), [
    ("PIPET-SPIDS-1000", "Pipettespidser 1000 µl, æske 96", 100, "BOX", "7.20", "2026-12-16")], issued="2026-12-02", buyer="jo")
case("060-unrelated-da-newsletter", "unrelated", "da-DK", [po], mail(
    ("Dansk Laboratorieudstyr", "nyhedsbrev@dk-labudstyr.example"), "undisclosed-recipients:;",
    "Nyhedsbrev december: julelukning, nye pipettespidser og 10% rabat på centrifuger", ("2026-12-03 07:00", 1),
    text="""Kære kunde

- Julelukning: Vi holder lukket 24.12.-3.1. Sidste ordredag for levering før jul er 16. december.
- Nyhed: Pipettespidser med filter i 100% genanvendt emballage.
- Kun i december: 10% rabat på alle centrifuger med koden JUL26.

Afmeld nyhedsbrevet: https://dk-labudstyr.example/afmeld
""", html="""<html><body><h2>Nyhedsbrev december</h2><ul><li><b>Julelukning:</b> Vi holder lukket 24.12.-3.1. Sidste ordredag for levering før jul er 16. december.</li><li><b>Nyhed:</b> Pipettespidser med filter i 100% genanvendt emballage.</li><li>Kun i december: <b>10% rabat</b> på alle centrifuger med koden JUL26.</li></ul><p><a href="https://dk-labudstyr.example/afmeld">Afmeld nyhedsbrevet</a></p></body></html>""",
    cte="quoted-printable", extra={"List-Unsubscribe": "<https://dk-labudstyr.example/afmeld>", "Precedence": "bulk"}),
    other("unrelated", "Newsletter with holiday closure and promotions; dates are not about our PO."),
    "supplier newsletter, multipart/alternative")

# 061 cs contradictory: text says as ordered, table differs -> needs_review
po = PO("4500031842", ("LOZI", "Ložiska Vysočina s.r.o.", "prodej@loziska-vysocina.example", "cs-CZ"), [
    ("22216-E1-K", "Soudečkové ložisko 22216 E1 K", 20, "EA", "142.00", "2026-12-18"),
    ("H316", "Upínací pouzdro H316", 100, "EA", "18.50", "2026-12-18")], issued="2026-12-02", buyer="tl")
case("061-mro-cs-text-vs-table", "needs_review", "cs-CZ", [po], R(po,
"""Dobrý den,

objednávku potvrzujeme v plném rozsahu dle Vašeho zadání.

pol.  zboží          množství  cena/ks   termín
1     22216 E1 K     20 ks     142,00    18.12.2026
2     H316           80 ks     18,50     8.1.2027

S pozdravem
Jiří Dvořák
Ložiska Vysočina s.r.o., Jihlavská 12, 586 01 Jihlava, IČ 12345678
""", ("2026-12-03 10:02", 1), charset="iso-8859-2", cte="quoted-printable"),
    other("needs_review", "Text says 'in full as ordered' but the table shows line 2 with 80 pcs and 8.1.2027: contradictory."),
    "contradiction between 'as ordered' sentence and the table")

# 062 hu force majeure: line 2 open
po = PO("4500031853", ("HUBO", "Bőrgyár Hungária Zrt.", "export@borgyar-hungaria.example", "hu-HU"), [
    ("BOX-CALF-14", "Marhabox bőr fekete 1,4 mm", 800, "SQF", "3.90", "2026-12-21"),
    ("NAPPA-LAMB-08", "Bárány nappa bőr barna 0,8 mm", 400, "SQF", "5.60", "2026-12-21")], issued="2026-12-02", buyer="ap")
case("062-leather-hu-force-majeure", "confirmation", "hu-HU", [po], R(po,
"""Tisztelt Pereira Asszony!

Az 1. tételt (800 láb² fekete marhabox, 3,90 EUR/láb²) visszaigazoljuk, szállítás 2026.12.21.
A 2. tételnél a nyersbőr-hiány miatt (vis maior, a beszállítónk vágóhídját bezárták) jelenleg nem tudunk határidőt vállalni. Január elején jelentkezünk.

Üdvözlettel:
Szabó Katalin
Bőrgyár Hungária Zrt., 6000 Kecskemét, Ipar u. 4.
""", ("2026-12-03 11:25", 1), prefix="Vá"),
    conf(P(po, {1: "A", 2: "U"}),
         notes="Force majeure on line 2: no date promised, supplier will revert in January -> unconfirmed, not rejected."),
    "force majeure / raw-material shortage leaves one line open, square feet")

# 063 tr out-of-office
po = PO("4500031864", ("TRAK", "Anadolu Akü Sanayi A.Ş.", "satis@anadoluaku.example", "tr-TR"), [
    ("AGM-12V-200", "AGM akü 12V 200Ah", 12, "EA", "298.00", "2026-12-21")], issued="2026-12-02", buyer="tl")
case("063-ooo-tr", "auto_reply", "tr-TR", [po], mail(
    ("Elif Demir", "elif.demir@anadoluaku.example"), B(po), "Otomatik yanıt: " + req_subject(po), ("2026-12-02 10:16", 3),
    text="""Merhaba,

7 Aralık Pazartesi gününe kadar izindeyim. Acil konular için satis@anadoluaku.example adresine yazabilirsiniz.

Saygılarımla,
Elif Demir
""", reply_to=po["request_message_id"], extra={"Auto-Submitted": "auto-replied"}),
    other("auto_reply", "Turkish out-of-office with return date."), "out-of-office, Turkish")

# 064 Exchange NDR for a Greek supplier
po = PO("4500031875", ("GRSH", "Aegean Ship Supplies S.A.", "orders@aegean-shipsupply.example", "el-GR"), [
    ("PAINT-AF-20L", "Antifouling paint red, 20 L", 30, "EA", "312.00", "2026-12-21")], issued="2026-12-02", buyer="jo")
case("064-bounce-exchange-el", "bounce", "el-GR", [po], dsn(po, "orders@aegean-shipsupply.example", "5.4.1",
    "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM6EUR05FT012.eop-eur05.prod.protection.outlook.com]",
    ("2026-12-02 08:15", 1), """Your message to orders@aegean-shipsupply.example couldn't be delivered.

orders wasn't found at aegean-shipsupply.example.

jonas.olsen   Office 365   orders
Action Required                  Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist.
""", mta="AM6PR05MB1234.eurprd05.prod.outlook.com",
    frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@halvorsen-procure.example>",
    subject="Undeliverable: " + req_subject(po)),
    other("bounce", "Exchange/Office 365 NDR, recipient unknown."), "Exchange Online NDR")

# 065 et: price per 1000 pcs
po = PO("4500031886", ("ETMD", "Meditarve Eesti AS", "myyk@meditarve.example", "et-EE"), [
    ("SWAB-ALC-60", "Alkoholilapp 60x30 mm", 20000, "PCS", "0.0085", "2026-12-17"),
    ("MASK-3PLY", "Meditsiiniline mask 3-kihiline IIR", 10000, "PCS", "0.0320", "2026-12-17")], issued="2026-12-02", buyer="ap")
case("065-medical-et-per1000", "confirmation", "et-EE", [po], R(po,
"""Tere, Ana!

Kinnitame tellimuse 4500031886:
1) alkoholilapid 20 000 tk – 8,50 EUR/1000 tk
2) maskid IIR 10 000 tk – 34,00 EUR/1000 tk (hinnatõus tarnijalt alates 1. detsembrist)
Tarne neljapäeval, 17.12.2026.

Lugupidamisega
Marko Saar
Meditarve Eesti AS, Peterburi tee 46, 11415 Tallinn, tel +372 600 1234
""", ("2026-12-03 13:40", 2)),
    conf(P(po, {1: "A", 2: {"p": "0.034"}}),
         notes="Prices per 1000 pcs: 8.50/1000 = 0.0085 (as ordered); 34.00/1000 = 0.034 vs 0.0320 (changed)."),
    "price per 1000 with Estonian thousands space")

# 066 lt invoice for a previous delivery
po = PO("4500031897", ("LTCH", "UAB Baltic Chem Trade", "sales@balticchemtrade.example", "lt-LT"), [
    ("CITRIC-ACID-25", "Citrinų rūgštis bevandenė, maišas 25 kg", 1000, "KG", "1.35", "2026-12-18")], issued="2026-12-02", buyer="tl")
_inv2 = pdf_bytes(["UAB Baltic Chem Trade", "PVM SASKAITA FAKTURA  Serija BCT Nr. 0026874", "Data: 2026-12-03",
    "Pirkejas: Halvorsen Procurement AS   Uzsakymas: 4500029112", "",
    "Preke                              Kiekis   Kaina    Suma",
    "Natrio hidrokarbonatas 25 kg        800 kg   0,61     488,00", "Viso EUR: 488,00",
    "Apmoketi iki: 2027-01-02"], "Saskaita faktura BCT 0026874")
case("066-unrelated-lt-invoice", "unrelated", "lt-LT", [po], mail(
    ("Buhalterija Baltic Chem Trade", "buhalterija@balticchemtrade.example"), B(po), "PVM sąskaita faktūra BCT Nr. 0026874",
    ("2026-12-03 15:55", 2), text="""Laba diena,

siunčiame PVM sąskaitą faktūrą BCT Nr. 0026874 už užsakymą 4500029112.

Pagarbiai
Buhalterija
UAB Baltic Chem Trade
""", att=[("BCT_0026874.pdf", _inv2, "application/pdf")]),
    other("unrelated", "VAT invoice for an earlier order (4500029112), not about the open PO."), "invoice for a previous order, Lithuanian")

# 067 lv: will revert by Friday
po = PO("4500031908", ("LVRP", "SIA Rīgas Vagonu Detaļas", "pardosana@rvd.example", "lv-LV"), [
    ("SPRING-BOGIE-41", "Ratiņu atspere Nr. 41", 24, "EA", "122.00", "2027-01-15")], issued="2026-12-02", buyer="jo")
case("067-rail-lv-revert-friday", "needs_review", "lv-LV", [po], R(po,
"""Labdien!

Paldies par pasūtījumu. Atsperu piegādes termiņu varēsim apstiprināt līdz piektdienai, kad būs zināms metāla piegādes datums. Cena paliek kā piedāvājumā.

Ar cieņu
Jānis Ozols
SIA Rīgas Vagonu Detaļas, Daugavgrīvas iela 31, Rīga, LV-1007
""", ("2026-12-03 09:45", 2)),
    other("needs_review", "'Will confirm the date by Friday' - no commitment yet (price remark alone is no confirmation of the line)."),
    "we will revert by Friday")

# 068 nl: XLSX attachment confirmation with short cover
po = PO("4500031919", ("NLFL", "Nederlandse Filterfabriek B.V.", "orderdesk@nlfilterfabriek.example", "nl-NL"), [
    ("ZAK-F7-592-8", "Zakkenfilter F7 592x592x600 8 zakken", 60, "EA", "29.50", "2026-12-16"),
    ("ZAK-M5-592-6", "Zakkenfilter M5 592x592x500 6 zakken", 60, "EA", "18.20", "2026-12-16"),
    ("PANEEL-G4-592", "Paneelfilter G4 592x592x48", 120, "EA", "4.10", "2026-12-16")], issued="2026-12-02", buyer="jo")
_x = xlsx_bytes([["Orderbevestiging", "OB-2026-45871"], ["Uw order", "4500031919"], [],
    ["Regel", "Artikel", "Aantal", "Prijs EUR", "Leverdatum"],
    [1, "ZAK-F7-592-8", 60, 29.5, "16-12-2026"],
    [2, "ZAK-M5-592-6", 40, 18.2, "16-12-2026"],
    [2, "ZAK-M5-592-6", 20, 18.2, "13-01-2027"],
    [3, "PANEEL-G4-592", 120, 4.1, "16-12-2026"]], "Orderbevestiging")
case("068-hvac-nl-xlsx", "confirmation", "nl-NL", [po], mail(S(po, "Orderdesk NL Filterfabriek"), B(po),
    "Orderbevestiging OB-2026-45871 / uw ref. 4500031919", ("2026-12-03 16:02", 1),
    text="""Beste Jonas,

In de bijlage vindt u onze orderbevestiging. Graag controleren en bij afwijkingen binnen 2 werkdagen reageren.

Met vriendelijke groet,
Orderdesk
Nederlandse Filterfabriek B.V. | Nijverheidsweg 14 | 7031 BX Wehl | KvK 09123456
""", reply_to=po["request_message_id"], att=[("OB-2026-45871.xlsx", _x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]),
    conf(P(po, {1: "A", 2: {"s": [(40, "2026-12-16"), (20, "2027-01-13")]}, 3: "A"}),
         notes="Confirmation only in the XLSX; line 2 split 40 now / 20 on 2027-01-13."),
    "confirmation as XLSX attachment (inline strings), split line")

# 069 en-IN human "received, will confirm shortly"
po = PO("4500031920", ("INEX", "Bharat Excipients Ltd.", "marketing@bharatexcipients.example", "en-IN"), [
    ("PVP-K30", "Povidone K30 Ph.Eur., 25 kg drum", 500, "KG", "7.90", "2027-01-20")], cur="USD", issued="2026-12-02", buyer="ap")
case("069-pharma-enin-will-confirm", "needs_review", "en-IN", [po], R(po,
"""Dear Ana ji,

Good day. We are in receipt of your PO and thank you for the same. Our production team is checking the schedule and we will revert with the order confirmation and dispatch date at the earliest, latest by Monday.

Best regards,
Priya Iyer
Bharat Excipients Ltd., Vapi, Gujarat | +91 260 240 1234
""", ("2026-12-03 14:25", 5.5)),
    other("needs_review", "Acknowledges receipt only; confirmation promised later."), "receipt acknowledged, confirmation promised")

# 070 fr-FR two contradicting dates: text vs edited quoted table
po = PO("4500031931", ("ENCR", "Encres & Vernis du Rhône", "adv@encres-rhone.example", "fr-FR"), [
    ("HELIO-JAUNE", "Encre hélio jaune process", 400, "KG", "7.60", "2026-12-18")], issued="2026-12-02")
case("070-inks-fr-date-conflict", "needs_review", "fr-FR", [po], R(po,
"""Bonjour,

Bonne réception de votre commande, c'est OK pour nous, livraison le 18/12 comme demandé.

Cordialement
Thierry Morel – ADV
Encres & Vernis du Rhône, ZI Nord, 69140 Rillieux-la-Pape

""" + outlook(po, "fr", "mercredi 2 décembre 2026 08:14", edits={1: {"date": "2027-01-08", "mark": "  >> délai usine"}}), ("2026-12-03 10:10", 1)),
    other("needs_review", "Top text confirms 18/12 but the quoted table was edited to 2027-01-08 ('délai usine'): contradictory dates for the line."),
    "contradicting dates: body text vs edited quoted table")

# 071 de-DE planning system CSV reply to reminder
po = PO("4500031942", ("SCHM", "Schmierstoffe Niederrhein GmbH", "dispo@schmierstoffe-nr.example", "de-DE"), [
    ("HLP46-208L", "Hydrauliköl HLP 46, Fass 208 L", 6, "DRM", "612.00", "2026-12-14"),
    ("FETT-EP2-18KG", "Mehrzweckfett EP2, Eimer 18 kg", 20, "EA", "74.50", "2026-12-14"),
    ("GETR-CLP220-20L", "Getriebeöl CLP 220, Kanister 20 L", 15, "EA", "88.00", "2026-12-14")], issued="2026-11-23")
_csv = csv_bytes([["Bestellnr", "Pos", "Artikel", "Menge", "ME", "Preis", "Liefertermin"],
    ["4500031942", "1", "HLP46-208L", "6", "FAS", "612,00", "14.12.2026"],
    ["4500031942", "2", "FETT-EP2-18KG", "20", "EIM", "74,50", "14.12.2026"],
    ["4500031942", "3", "GETR-CLP220-20L", "15", "KAN", "91,00", "21.12.2026"]], enc="cp1252")
case("071-lubricants-de-csv-reminder", "confirmation", "de-DE", [po], R(po,
"""Guten Tag Frau Krüger,

Entschuldigung für die Verzögerung. Anbei der Export aus unserer Disposition mit den bestätigten Terminen zu Ihrer Bestellung 4500031942.

Freundliche Grüße
Disposition
Schmierstoffe Niederrhein GmbH, Hafenstr. 9, 47119 Duisburg
""", ("2026-12-01 14:20", 1), prefix="AW", subject="AW: Erinnerung: " + req_subject(po),
    att=[("AB_4500031942.csv", _csv, "text/csv")]),
    conf(P(po, {1: "A", 2: "A", 3: {"p": "91.00", "d": "2026-12-21"}}),
         notes="Values only in the CSV (semicolon, decimal comma, cp1252); line 3 price and date changed."),
    "reply to reminder with CSV export from planning system")

# 072 es-CL out-of-office summer holidays
po = PO("4500031953", ("CLMN", "Insumos Mineros del Norte Ltda.", "ventas@insumosnorte.example", "es-CL"), [
    ("CHAQ-BOLAS-3", "Bolas de molienda acero forjado 3 pulgadas", 20, "T", "1380.00", "2027-01-20")], cur="USD", issued="2026-12-02", buyer="jo")
case("072-ooo-escl-vacaciones", "auto_reply", "es-CL", [po], mail(
    ("Patricia Rojas", "patricia.rojas@insumosnorte.example"), B(po), "Respuesta automática: " + req_subject(po), ("2026-12-02 05:16", -3),
    text="""Estimado(a):

Me encuentro con licencia médica hasta el lunes 4 de enero. Durante este periodo, favor dirigir sus consultas a ventas@insumosnorte.example o al fono +56 55 2 654 321.

Saludos,
Patricia Rojas
""", reply_to=po["request_message_id"], extra={"Auto-Submitted": "auto-replied"}),
    other("auto_reply", "Chilean auto-reply; 4 de enero is a return date."), "out-of-office, Chilean Spanish")

# 073 it-IT values overwritten in quoted table without markers
po = PO("4500031964", ("GUAR", "Guarnizioni Ferroviarie Torino S.r.l.", "ufficio.vendite@gft-torino.example", "it-IT"), [
    ("GUARN-FIN-TRAM", "Guarnizione finestrino tram, profilo EPDM", 600, "M", "3.20", "2026-12-18"),
    ("SOFF-INT-120", "Soffietto intercomunicante 1200 mm", 2, "EA", "4850.00", "2027-01-29"),
    ("TAMP-GOMMA-50", "Tampone in gomma D50", 200, "EA", "1.90", "2026-12-18")], issued="2026-12-02", buyer="jo")
case("073-rail-it-overwritten-table", "confirmation", "it-IT", [po], R(po,
"""Buongiorno Sig. Olsen,

confermiamo, le modifiche sono in rosso nella Sua tabella qui sotto.

Saluti
Luca Bianchi
Guarnizioni Ferroviarie Torino S.r.l. | Corso Vercelli 200, 10155 Torino | Tel. 011 234 5678

""" + outlook(po, "it", "mercoledì 2 dicembre 2026 08:14", edits={
    2: {"date": "2027-02-26"}, 3: {"price": "2.05"}}), ("2026-12-03 17:45", 1), prefix="R"),
    conf(P(po, {1: "A", 2: {"d": "2027-02-26"}, 3: {"p": "2.05"}}),
         notes="Changes were coloured red in HTML and lost in plain text: compare quoted table to PO (line 2 date, line 3 price)."),
    "values overwritten in quoted table without markers (colour lost)")

# 074 en-AU bakery: "end of next week"
po = PO("4500031975", ("AUBK", "Southern Cross Bakery Ingredients Pty Ltd", "orders@scbakery.example", "en-AU"), [
    ("FLOUR-BAKERS-20", "Baker's flour 12% protein, 20 kg", 150, "BAG", "16.40", "2026-12-09"),
    ("IMPROVER-BR-10", "Bread improver, 10 kg", 20, "BAG", "58.00", "2026-12-09")], cur="AUD", issued="2026-11-30", buyer="jo")
case("074-bakery-enau-end-next-week", "confirmation", "en-AU", [po], R(po,
"""Hi Jonas,

Thanks for the order. Flour is fine, we'll deliver the 150 bags Wednesday 9th as requested.
The improver is on the boat, so that'll be end of next week - price as per PO.

Cheers,
Mel Harris
Southern Cross Bakery Ingredients | 45 Foundry Rd, Seven Hills NSW 2147 | 02 9674 1234
""", ("2026-12-01 10:05", 11)),
    conf(P(po, {1: "A", 2: {"d": "2026-12-11"}}),
         notes="'end of next week' from Tue 1 Dec 2026 -> Friday of next week = 2026-12-11 (reading end of week as Friday, like a calendar week)."),
    "'end of next week' relative date")

# 075 non-native English (Polish writer), pack size divides exactly
po = PO("4500031986", ("PLEX", "Farmex Excipients Sp. z o.o.", "export@farmex-excipients.example", "pl-PL"), [
    ("TALC-PH-EUR", "Talc Ph.Eur. micronised, 25 kg bag", 950, "KG", "1.18", "2027-01-11")], issued="2026-12-02", buyer="ap")
case("075-pharma-pl-english-bags", "confirmation", "pl-PL", [po], R(po,
"""Dear Mrs Pereira,

Thank you for your order. We confirm 950 kg talc Ph.Eur. which is 38 bags per 25 kg, price 29,50 EUR per bag. Delivery to you on 11.01.2027, because of our inventory closing we dont ship between 28.12 and 04.01.
CoA and retest date (11/2029) you will get with delivery.

Best regards,
Agnieszka Nowak
Export Department
Farmex Excipients Sp. z o.o., ul. Przemysłowa 4, 62-800 Kalisz
""", ("2026-12-03 13:00", 1)),
    conf(P(po, {1: "A"}),
         notes="38 bags x 25 kg = 950 kg exactly; 29.50 EUR/bag = 1.18 EUR/kg; shipping stop and retest date are not delivery dates."),
    "price per bag, pack size fits, non-native English")

# 076 en-US aerospace: whole PO declined
po = PO("4500031997", ("AERO", "Pacific Advanced Composites Inc.", "sales@pacadvcomposites.example", "en-US"), [
    ("PP-IM7-8552-UD", "Prepreg IM7/8552 UD 194 gsm, 12 in tape", 200, "LB", "112.00", "2027-01-15"),
    ("FILM-ADH-FM300", "Film adhesive FM 300, 0.06 psf", 50, "SQY", "68.00", "2027-01-15")], cur="USD", issued="2026-12-02", buyer="jo")
case("076-aero-enus-decline-all", "confirmation", "en-US", [po], R(po,
"""Jonas,

Unfortunately we have to decline PO 4500031997 in full. Both materials are ITAR/EAR-controlled and we do not currently hold an export license for Norway. We cannot supply either line.

Sorry we couldn't help on this one.

Regards,
Mike Sullivan
Pacific Advanced Composites Inc. | 2100 E Grand Ave, El Segundo, CA 90245 | (310) 555-0187
""", ("2026-12-03 16:40", -8)),
    conf(P(po, {1: "R", 2: "R"}), notes="Outright rejection of the whole order is still an answer: both lines rejected."),
    "whole order declined (export control)")

# 077 de-AT holiday closure notice to all customers (unrelated)
po = PO("4500032008", ("ALPS", "Alpen Schweißtechnik GmbH", "office@alpen-schweiss.example", "de-AT"), [
    ("ELEK-E7018-3.2", "Stabelektrode E7018 3,2 mm, Paket 5 kg", 40, "PAK", "32.00", "2026-12-16")], issued="2026-12-02")
case("077-unrelated-deat-closure", "unrelated", "de-AT", [po], mail(
    ("Alpen Schweißtechnik", "office@alpen-schweiss.example"), "kunden@alpen-schweiss.example",
    "Betriebsurlaub Weihnachten 2026 / Lieferfähigkeit", ("2026-12-03 08:00", 1),
    text="""Sehr geehrte Kundinnen und Kunden,

unser Betrieb bleibt von Donnerstag, 24.12.2026 bis einschließlich Mittwoch, 06.01.2027 geschlossen.
Bestellungen, die bis 16.12. bei uns eingehen, werden noch vor den Feiertagen ausgeliefert.

Wir danken für die gute Zusammenarbeit und wünschen frohe Weihnachten!

Alpen Schweißtechnik GmbH, Industriezeile 8, 6020 Innsbruck
""", extra={"Precedence": "bulk"}),
    other("unrelated", "Circular about the Christmas closure; 'orders received by 16.12 ship before the holidays' is no commitment to our PO."),
    "holiday closure circular with conditional delivery promise")

# 078 vi confirmation with dd/mm dates and VND-free USD prices
po = PO("4500032019", ("VNLK", "Công ty CP Điện tử Sài Gòn", "sales@dientusaigon.example", "vi-VN"), [
    ("LED-2835-W", "LED SMD 2835 trắng 0.2W, reel 4000", 40000, "PCS", "0.0110", "2026-12-22"),
    ("CONN-JST-2P", "Connector JST XH 2P", 5000, "PCS", "0.0150", "2026-12-22")], cur="USD", issued="2026-12-02", buyer="tl")
case("078-semis-vi-confirm", "confirmation", "vi-VN", [po], R(po,
"""Kính gửi anh Tomasz,

Chúng tôi xác nhận đơn hàng 4500032019 như sau:
- Mục 1: LED 2835 trắng, 40.000 cái, đơn giá 11,00 USD/1000 cái, giao ngày 22/12/2026.
- Mục 2: Connector JST XH 2P, 5.000 cái, đơn giá 0,015 USD/cái, giao làm 2 đợt: 3.000 cái ngày 22/12/2026 và 2.000 cái ngày 05/01/2027.

Trân trọng,
Trần Văn Minh
Công ty CP Điện tử Sài Gòn
Lô 12, KCN Tân Bình, TP. Hồ Chí Minh | ĐT: +84 28 3812 3456
""", ("2026-12-03 15:30", 7), prefix="TL"),
    conf(P(po, {1: "A", 2: {"s": [(3000, "2026-12-22"), (2000, "2027-01-05")]}}),
         notes="Line 1 price per 1000 = 0.011/pc as ordered; line 2 split in two deliveries."),
    "Vietnamese confirmation with split line and price per 1000")


# ============================================================== writer + checks
def check(slug, pos, exp):
    from decimal import Decimal
    kinds = {"confirmation", "needs_review", "auto_reply", "bounce", "unrelated"}
    assert exp["kind"] in kinds, slug
    assert ("confirmations" in exp) == (exp["kind"] == "confirmation"), slug
    bypo = {p["po_number"]: p for p in pos}
    for c in exp.get("confirmations", []):
        p = bypo[c["po_number"]]
        assert set(c["lines"]) == {str(l["line"]) for l in p["lines"]}, slug
        for l in p["lines"]:
            e = c["lines"][str(l["line"])]
            st = e["status"]
            assert st in {"accepted", "changed", "rejected", "unconfirmed"}, slug
            if st == "accepted":
                assert (e["quantity"], e["unit_price"], e["date"]) == (l["quantity"], l["unit_price"], l["requested_date"]), slug
            elif st == "changed":
                dt.date.fromisoformat(e["date"])
                Decimal(e["unit_price"])
                same = (e["quantity"] == l["quantity"] and Decimal(e["unit_price"]) == Decimal(l["unit_price"])
                        and e["date"] == l["requested_date"] and "schedule" not in e)
                assert not same, (slug, l["line"], "changed but equal")
                if "schedule" in e:
                    assert sum(s["quantity"] for s in e["schedule"]) == e["quantity"], slug
                    assert max(s["date"] for s in e["schedule"]) == e["date"], slug
                    assert len(e["schedule"]) > 1, slug
            else:
                assert set(e) == {"status"}, slug
    for p in pos:
        for l in p["lines"]:
            dt.date.fromisoformat(l["requested_date"])
            Decimal(l["unit_price"])

def check_eml(slug, raw):
    from email import message_from_bytes
    m = message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        assert m[h], (slug, h)
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), (slug, "line endings")
    got_text = False
    for part in m.walk():
        ct = part.get_content_type()
        if ct in ("text/plain", "text/html"):
            part.get_content()
            got_text = True
        elif ct == "application/pdf":
            d = part.get_content()
            x = int(d.rsplit(b"startxref", 1)[1].split()[0])
            assert d[x:x + 4] == b"xref", slug
        elif ct.endswith("spreadsheetml.sheet"):
            import xml.dom.minidom
            z = zipfile.ZipFile(io.BytesIO(part.get_content()))
            for n in z.namelist():
                if n.endswith(".xml") or n.endswith(".rels"):
                    xml.dom.minidom.parseString(z.read(n))
    assert got_text, slug

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    seen = set()
    readme = ["# Batch P - supplier replies (MRO, rail, marine, mining, chemicals, pharma, electronics, batteries, optics, textiles, inks, composites, food, medical)", "",
              "Generated by `make_batch.py` (standard library only, deterministic). One line per case:", ""]
    for i, (slug, cat, loc, pos, raw, exp, what) in enumerate(CASES, 1):
        num = int(slug[:3])
        assert num == i and slug not in seen, slug
        seen.add(slug)
        assert exp["kind"] == cat, slug
        check(slug, pos, exp)
        check_eml(slug, raw)
        d = os.path.join(OUT, slug)
        os.makedirs(d)
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump(pos, f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        readme.append("- `%s` | %s/%s | %s" % (slug, cat, loc, what))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    from collections import Counter
    print("cases:", len(CASES))
    print("kinds:", dict(Counter(c[1] for c in CASES)))
    print("locales (%d):" % len({c[2] for c in CASES}), dict(sorted(Counter(c[2] for c in CASES).items())))

if __name__ == "__main__":
    main()
