#!/usr/bin/env python3
"""Deterministically (re)generate cases/ for held-out batch F. Standard library only."""
import base64, datetime as dt, hashlib, html, io, json, os, quopri, shutil, zipfile
from decimal import Decimal
from email.header import Header
from email.utils import format_datetime

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
CASES = []
BUYERS = [("Dana Ruiz", "dana.ruiz@buyer.example"), ("Jonas Weber", "jonas.weber@buyer.example"),
          ("Claire Martin", "claire.martin@buyer.example"), ("Piotr Nowak", "piotr.nowak@buyer.example")]

def kw(y, w, d=5):
    return dt.date.fromisocalendar(y, w, d).isoformat()

def D(s, tz="+0100"):
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.timezone(off))
    return format_datetime(t)

def per(price, n):
    return str((Decimal(price) / Decimal(n)).normalize())

def pct(price, p):
    v = Decimal(price) * (Decimal(100) + Decimal(p)) / Decimal(100)
    return str(v.quantize(Decimal("0.0001")).normalize())

def P(num, sup, locale, cur, issued, lines, rid=True, buyer=0):
    b = BUYERS[buyer]
    po = {"po_number": num, "supplier": {"id": sup[0], "name": sup[1], "email": sup[2], "locale": locale},
          "buyer": {"name": b[0], "email": b[1]}, "currency": cur, "issued": issued}
    if rid:
        po["request_message_id"] = "<po-%s.1@buyer.example>" % num
    po["lines"] = [{"line": i + 1, "item": l[0], "description": l[1], "quantity": l[2], "uom": l[3],
                    "unit_price": l[4], "requested_date": l[5]} for i, l in enumerate(lines)]
    return po

def req_subject(po):
    return "Order confirmation request PO %s" % po["po_number"]

def req_text(po):
    rows = ["Line  Item          Description                         Qty  UoM  Unit price  Need-by"]
    for l in po["lines"]:
        rows.append("%-5s %-13s %-35s %5s %-4s %10s  %s" % (l["line"], l["item"], l["description"][:35],
                    l["quantity"], l["uom"], l["unit_price"] + " " + po["currency"], l["requested_date"]))
    return ("Hello,\n\nplease confirm our purchase order %s dated %s (quantities, prices and delivery dates):\n\n%s\n\n"
            "Please reply to this e-mail with your order confirmation.\n\nBest regards\n%s\nPurchasing | Buyer Industries GmbH\n"
            % (po["po_number"], po["issued"], "\n".join(rows), po["buyer"]["name"]))

def req_date(po):
    return D(po["issued"] + " 08:05:00", "+0100")

def quote(po, style):
    t = req_text(po)
    b = po["buyer"]
    if style == "gmail":
        d = dt.date.fromisoformat(po["issued"])
        return "\n\nOn %s, %s <%s> wrote:\n" % (d.strftime("%a, %b %-d, %Y at 8:05 AM"), b["name"], b["email"]) + \
            "\n".join(("> " + x) if x else ">" for x in t.split("\n"))
    if style == "outlook":
        return "\n\n-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
            b["name"], b["email"], req_date(po), po["supplier"]["email"], req_subject(po), t)
    if style == "outlook_de":
        return "\n\n-----Ursprüngliche Nachricht-----\nVon: %s <%s>\nGesendet: %s\nAn: %s\nBetreff: %s\n\n%s" % (
            b["name"], b["email"], req_date(po), po["supplier"]["email"], req_subject(po), t)
    if style == "apple":
        d = dt.date.fromisoformat(po["issued"])
        return "\n\n> On %s, at 08:05, %s <%s> wrote:\n>\n" % (d.strftime("%-d %b %Y"), b["name"], b["email"]) + \
            "\n".join(("> " + x) if x else ">" for x in t.split("\n"))
    return ""

def hdr(v, charset="utf-8"):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, charset).encode()

def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, email) if ("," in name or "." in name) else "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)

def mid(case, domain):
    return "<%s@%s>" % (hashlib.sha1(case.encode()).hexdigest()[:24].upper(), domain)

def body_enc(text, charset, cte):
    raw = text.replace("\n", "\r\n").encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n").replace("=0D\n", "\n").replace("=0D", "")
    if cte == "base64":
        return base64.encodebytes(text.encode(charset)).decode("ascii")
    return text.encode(charset).decode(charset if cte == "8bit" else "ascii")

def qp(text, charset):
    return quopri.encodestring(text.encode(charset)).decode("ascii")

def textpart(text, charset="utf-8", cte="quoted-printable", sub="plain", extra=""):
    if cte == "quoted-printable":
        enc = qp(text, charset)
    elif cte == "base64":
        enc = base64.encodebytes(text.encode(charset)).decode("ascii")
    else:
        enc = text
    fmt = '; format=flowed' if extra == "flowed" else ''
    return ('Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n' % (sub, charset, fmt, cte), enc, charset, cte)

def mp(sub, parts, boundary, extra=""):
    out = []
    for p in parts:
        out.append("--" + boundary + "\n" + render(p))
    return ('Content-Type: multipart/%s;%s\n\tboundary="%s"\n\n' % (sub, extra, boundary),
            "This is a multi-part message in MIME format.\n\n" + "\n".join(out) + "\n--" + boundary + "--\n", None, None)

def attach(data, ctype, fname, disp="attachment"):
    enc = base64.encodebytes(data).decode("ascii")
    return ('Content-Type: %s; name="%s"\nContent-Disposition: %s; filename="%s"\nContent-Transfer-Encoding: base64\n\n'
            % (ctype, fname, disp, fname), enc, None, None)

def rawpart(headers, body):
    return (headers + "\n", body, None, None)

def render(p):
    h, b, charset, cte = p
    if cte == "8bit":
        return h + b + ("\n" if not b.endswith("\n") else "")
    return h + b + ("\n" if not b.endswith("\n") else "")

def build(headers, part):
    h, b, charset, cte = part
    top = "".join("%s: %s\n" % (k, v) for k, v in headers) + "MIME-Version: 1.0\n" + h + b
    if not top.endswith("\n"):
        top += "\n"
    return top.replace("\n", "\r\n").encode(charset if cte == "8bit" else "ascii")

def to_html(text):
    out = []
    for line in text.split("\n"):
        out.append(html.escape(line) if line else "&nbsp;")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body><div style="font-family:Calibri,sans-serif;font-size:11pt">\n'
            + "<br>\n".join(out) + "\n</div></body></html>\n")

def reply(case, po, sender, body, date, prefix="RE:", charset="utf-8", cte="quoted-printable", qstyle="outlook",
          alt=True, thread=True, attachments=(), to=None, subject=None, extra=(), domain=None, sig="", html_body=None,
          tz="+0100", xmailer=None):
    name, email = sender
    domain = domain or email.split("@")[1]
    text = body + ("\n\n" + sig if sig else "") + quote(po, qstyle)
    subj = subject if subject is not None else (prefix + " " + req_subject(po)).strip()
    hs = [("From", addr(name, email, charset)), ("To", to or addr(po["buyer"]["name"], po["buyer"]["email"])),
          ("Subject", hdr(subj, charset)), ("Date", D(date, tz)), ("Message-ID", mid(case, domain))]
    if thread and po.get("request_message_id"):
        hs += [("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"])]
    if xmailer:
        hs.append(("X-Mailer", xmailer))
    hs += list(extra)
    tp = textpart(text, charset, cte)
    if html_body is not None:
        hp = textpart(html_body, "utf-8" if charset in ("us-ascii",) else charset, cte if cte != "7bit" else "quoted-printable", "html")
        body_part = hp if html_body and not alt else mp("alternative", [tp, hp], "alt_" + hashlib.md5(case.encode()).hexdigest()[:16])
    elif alt:
        hp = textpart(to_html(text).replace("charset=utf-8", "charset=" + charset), charset, cte if cte != "7bit" else "quoted-printable", "html")
        body_part = mp("alternative", [tp, hp], "alt_" + hashlib.md5(case.encode()).hexdigest()[:16])
    else:
        body_part = tp
    if attachments:
        body_part = mp("mixed", [body_part] + list(attachments), "mix_" + hashlib.md5(case.encode()).hexdigest()[:16])
    return build(hs, body_part)

# ---------- expected helpers
def acc(po, ln):
    l = po["lines"][ln - 1]
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"], "date": l["requested_date"]}

def chg(po, ln, q=None, p=None, d=None, sched=None):
    l = po["lines"][ln - 1]
    r = {"status": "changed", "quantity": l["quantity"] if q is None else q,
         "unit_price": l["unit_price"] if p is None else p, "date": l["requested_date"] if d is None else d}
    if sched:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
    return r

REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}

def conf(po, lines):
    """lines: dict ln -> spec; missing lines are accepted."""
    out = {}
    for l in po["lines"]:
        n = l["line"]
        out[str(n)] = lines.get(n) or acc(po, n)
    return {"po_number": po["po_number"], "lines": out}

def exp_conf(confs, notes):
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}

def exp(kind, notes):
    return {"kind": kind, "notes": notes}

def case(slug, kind_locale, hard, pos, eml, expected):
    CASES.append((slug, kind_locale, hard, pos, eml, expected))

# ---------- PDF / XLSX
def pdf(lines_text):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "12 TL", "50 800 Td"]
    for ln in lines_text:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)

def xlsx(rows, sheet="Sheet1"):
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    x = []
    for r, row in enumerate(rows):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r + 1)
            if v is None:
                continue
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, html.escape(str(v), quote=False)))
        x.append('<row r="%d">%s</row>' % (r + 1, "".join(cells)))
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % html.escape(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(x),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# =====================================================================================
# CASES
# =====================================================================================
def cases_conf():
    # 1 bare assent en-US gmail
    s = ("RIVET", "Rivet City Fasteners Inc.", "orders@rivetcity.example")
    po = P("4500031001", s, "en-US", "USD", "2026-11-30", [
        ("RC-1420", "Blind rivet 4.8x12 stainless", 5000, "EA", "0.084", "2026-12-14"),
        ("RC-2210", "Rivet nut M6 zinc plated", 1200, "EA", "0.21", "2026-12-14")])
    e = reply("001", po, ("Mike Dorsey", "orders@rivetcity.example"),
              "Confirmed as requested.\n\nMike", "2026-12-01 10:42:07", "Re:", qstyle="gmail", tz="-0500")
    case("bare-assent-gmail", "confirmation/en-US", "two-word assent, all values only in our quoted request",
         [po], e, exp_conf([conf(po, {})], "Bare assent to our request: all lines accepted with PO values."))

    # 2 inline answers en-GB
    s = ("BRAM", "Bramley Pressings Ltd", "sales@bramley-pressings.example")
    po = P("4500031002", s, "en-GB", "GBP", "2026-12-01", [
        ("BP-300", "Mounting bracket 3mm S235", 400, "EA", "2.35", "2026-12-18"),
        ("BP-310", "Angle bracket 90deg", 250, "EA", "1.80", "2026-12-18"),
        ("BP-455", "Cover plate, powder coated RAL 7035", 120, "EA", "6.90", "2027-01-08")], buyer=0)
    t = req_text(po).split("\n")
    q = []
    for x in t:
        q.append("> " + x if x else ">")
        if x.startswith("1 "):
            q.append("\nFine.\n")
        if x.startswith("2 "):
            q.append("\nWe can only do 12/01/2027 for these, sorry - tooling is in maintenance.\n")
        if x.startswith("3 "):
            q.append("\nOK on date but price is now 7.25 per piece (powder coat surcharge).\n")
    body = "Hi Dana,\n\nanswers below.\n\nKind regards\nSally Pearce\nSales Office, Bramley Pressings Ltd\nRegistered in England No. 04418872\n\nOn Tue, 1 Dec 2026 at 08:05, Dana Ruiz <dana.ruiz@buyer.example> wrote:\n" + "\n".join(q)
    e = reply("002", po, ("Sally Pearce", "sales@bramley-pressings.example"), body, "2026-12-02 15:20:44", qstyle="none", tz="+0000",
              xmailer="Microsoft Outlook 16.0")
    case("inline-answers-gb", "confirmation/en-GB", "answers interleaved between quoted PO lines; day-first 12/01/2027",
         [po], e, exp_conf([conf(po, {2: chg(po, 2, d="2027-01-12"), 3: chg(po, 3, p="7.25")})],
                           "Inline answers; en-GB day-first 12/01/2027 = 12 Jan 2027."))

    # 3 German KW, iso-8859-1 QP, Outlook
    s = ("HEGE", "Hegemann Drehteile GmbH", "vertrieb@hegemann-drehteile.example")
    po = P("4500031003", s, "de-DE", "EUR", "2026-12-01", [
        ("HD-2201", "Distanzbolzen M8x40 Edelstahl", 800, "EA", "1.12", "2026-12-16"),
        ("HD-2205", "Welle Ø20 h6 L=180", 60, "EA", "24.80", "2026-12-16")], buyer=1)
    body = ("Hallo Herr Weber,\n\nvielen Dank für Ihre Bestellung. Wir bestätigen wie folgt:\n\n"
            "Pos. 1  HD-2201  800 Stk  1,12 €/Stk   Liefertermin KW 51\n"
            "Pos. 2  HD-2205   60 Stk  25,60 €/Stk  Liefertermin KW 51\n\n"
            "Die Preiserhöhung bei Pos. 2 ergibt sich aus dem gestiegenen Materialpreis (1.4305).\n\n"
            "Mit freundlichen Grüßen\n\nKatrin Albers\nInnendienst\nHegemann Drehteile GmbH · Industriestraße 14 · 58840 Plettenberg\n"
            "Geschäftsführer: Uwe Hegemann · HRB 4471 Amtsgericht Iserlohn")
    e = reply("003", po, ("Katrin Albers", "vertrieb@hegemann-drehteile.example"), body, "2026-12-02 11:03:19", "AW:",
              charset="windows-1252", qstyle="outlook_de", xmailer="Microsoft Outlook 16.0")
    case("kw-no-day-de", "confirmation/de-DE", "KW 51 without day = Friday; price decimal comma; latin-1 QP",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, d=kw(2026, 51)), 2: chg(po, 2, p="25.60", d=kw(2026, 51))})],
                           "KW 51 (no day) -> Friday %s; line 2 new price 25,60." % kw(2026, 51)))

    # 4 Austrian Jänner
    s = ("ALPK", "Alpenkabel Handels GmbH", "office@alpenkabel.example")
    po = P("4500031004", s, "de-AT", "EUR", "2026-12-02", [
        ("AK-5G15", "Mantelleitung NYM-J 5x1,5 (Ring 100 m)", 30, "RNG", "118.00", "2026-12-21"),
        ("AK-3G25", "Mantelleitung NYM-J 3x2,5 (Ring 100 m)", 20, "RNG", "96.50", "2026-12-21")], buyer=1)
    body = ("Sehr geehrter Herr Weber,\n\nbesten Dank für die Bestellung. Pos. 1 können wir wie gewünscht liefern.\n"
            "Pos. 2 ist derzeit nicht lagernd, Liefertermin dafür ist der 14. Jänner 2027 zum bestellten Preis.\n\n"
            "Mit freundlichen Grüßen aus Linz\nMag. Florian Pichler\nAlpenkabel Handels GmbH\nFN 223871k, LG Linz")
    e = reply("004", po, ("Florian Pichler", "office@alpenkabel.example"), body, "2026-12-03 09:12:55", "AW:",
              qstyle="outlook_de")
    case("jaenner-at", "confirmation/de-AT", "Austrian month name Jänner; one line as ordered, one postponed",
         [po], e, exp_conf([conf(po, {2: chg(po, 2, d="2027-01-14")})], "Jänner = January (Austrian)."))

    # 5 French no year, thousands sep
    s = ("DUVA", "Duval Hydraulique SAS", "adv@duval-hydraulique.example")
    po = P("4500031005", s, "fr-FR", "EUR", "2026-12-01", [
        ("DH-V220", "Vérin hydraulique double effet 63/36-300", 6, "EA", "1195.00", "2026-12-18"),
        ("DH-J080", "Kit joints vérin 63", 12, "EA", "48.60", "2026-12-18")], buyer=2)
    body = ("Bonjour Madame Martin,\n\nNous accusons réception de votre commande et vous la confirmons :\n\n"
            "- DH-V220 : 6 pièces à 1\u202f234,50 € HT l'unité, livraison le 18/12\n"
            "- DH-J080 : 12 pièces à 48,60 € HT, livraison le 18/12\n\n"
            "Le prix du vérin a été actualisé suite à la hausse de l'acier.\n\nCordialement,\n\n"
            "Nathalie Roux\nAdministration des ventes\nDuval Hydraulique SAS – 12 rue des Forges – 69200 Vénissieux")
    e = reply("005", po, ("Nathalie Roux", "adv@duval-hydraulique.example"), body, "2026-12-04 16:48:02", "RE :",
              qstyle="outlook")
    case("fr-thousands-noyear", "confirmation/fr-FR", "narrow-nbsp thousands separator, decimal comma, date without year",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, p="1234.50")})], "1\u202f234,50 = 1234.50; 18/12 = 2026-12-18."))

    # 6 fr-BE semaine 2 across year
    s = ("LIEG", "Liégeoise de Visserie SA", "commandes@liegeoise-visserie.example")
    po = P("4500031006", s, "fr-BE", "EUR", "2026-12-03", [
        ("LV-M10-50", "Vis CHC M10x50 8.8 zinguée", 2000, "EA", "0.185", "2026-12-23")], buyer=2)
    body = ("Bonjour,\n\nCommande bien reçue, merci. Suite à la fermeture annuelle, la livraison se fera en semaine 2 "
            "(quantité et prix conformes).\n\nBien à vous,\nJean-Luc Dethier\nLiégeoise de Visserie SA\nTVA BE 0412.771.090")
    e = reply("006", po, ("Jean-Luc Dethier", "commandes@liegeoise-visserie.example"), body, "2026-12-04 08:30:11", "RE:",
              charset="windows-1252", qstyle="outlook")
    case("semaine2-be", "confirmation/fr-BE", "week number without year in December -> week 2 of 2027",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, d=kw(2027, 2))})], "semaine 2 from a Dec 2026 mail = ISO 2027-W02 Friday."))

    # 7 fr-CA
    s = ("BORE", "Boréal Emballages inc.", "ventes@boreal-emballages.example")
    po = P("4500031007", s, "fr-CA", "CAD", "2026-12-02", [
        ("BE-4020", "Boîte carton double cannelure 400x300x200", 1500, "EA", "1.42", "2026-12-16"),
        ("BE-FILM", "Film étirable 18 po x 1500 pi", 40, "RL", "21.90", "2026-12-16")], buyer=2)
    body = ("Bonjour Claire,\n\nOn confirme les boîtes pour le 16 décembre tel que demandé.\n"
            "Pour le film étirable, notre fournisseur est en rupture : on pourra vous l'expédier le 8 janvier 2027, même prix (21,90 $).\n\n"
            "Merci et bonne journée!\n\nMarc-André Gagnon\nReprésentant aux ventes | Boréal Emballages inc.\nSaint-Hyacinthe (Québec)")
    e = reply("007", po, ("Marc-André Gagnon", "ventes@boreal-emballages.example"), body, "2026-12-02 14:05:33", "RE:",
              qstyle="gmail", tz="-0500")
    case("fr-ca-ship", "confirmation/fr-CA", "second line only a ship date ('expédier') -> ship date used",
         [po], e, exp_conf([conf(po, {2: chg(po, 2, d="2027-01-08")})], "Only a ship date for line 2; per rules it becomes the date."))

    # 8 es-ES partial quantity
    s = ("TORN", "Tornillería Levante S.L.", "pedidos@tornilleria-levante.example")
    po = P("4500031008", s, "es-ES", "EUR", "2026-12-01", [
        ("TL-A2-M8", "Tuerca autoblocante M8 A2", 500, "EA", "0.096", "2026-12-15"),
        ("TL-A2-M10", "Tuerca autoblocante M10 A2", 300, "EA", "0.142", "2026-12-15")], buyer=0)
    body = ("Buenos días Dana:\n\nLe confirmamos el pedido con la siguiente salvedad: de la referencia TL-A2-M8 solo podemos "
            "servir 300 de las 500 unidades (no tenemos más stock y el fabricante lo ha descatalogado). "
            "La TL-A2-M10 se sirve completa.\n\nFecha de entrega para ambas: 15/12/2026.\n\nUn saludo,\n"
            "Lucía Ferrer\nDpto. Comercial – Tornillería Levante S.L.\n\n"
            "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario.")
    e = reply("008", po, ("Lucía Ferrer", "pedidos@tornilleria-levante.example"), body, "2026-12-02 12:41:50", "RE:",
              charset="windows-1252", qstyle="outlook")
    case("partial-qty-es", "confirmation/es-ES", "partial quantity, remainder not coming",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, q=300)})], "Line 1 confirmed 300 of 500."))

    # 9 es-MX split delivery
    s = ("PLAM", "Plásticos del Bajío S.A. de C.V.", "ventas@plasticosbajio.example")
    po = P("4500031009", s, "es-MX", "USD", "2026-12-02", [
        ("PB-CAJ-60", "Caja plástica apilable 600x400", 500, "EA", "7.40", "2026-12-18")], buyer=0)
    body = ("Hola Dana, buen día.\n\nConfirmamos su orden 4500031009 a US$7.40 por pieza. Por capacidad de inyección "
            "la entrega será en dos partes:\n\n  * 200 piezas el 15 de diciembre\n  * 300 piezas el 12 de enero de 2027\n\n"
            "Quedo a sus órdenes.\n\nIng. Ricardo Salazar\nEjecutivo de Ventas\nPlásticos del Bajío S.A. de C.V. | León, Gto.")
    e = reply("009", po, ("Ricardo Salazar", "ventas@plasticosbajio.example"), body, "2026-12-03 10:14:27", "RE:",
              qstyle="gmail", tz="-0600")
    case("split-delivery-mx", "confirmation/es-MX", "split into two deliveries across year end",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, d="2027-01-12", sched=[(200, "2026-12-15"), (300, "2027-01-12")])})],
                           "Schedule 200 + 300; line date = last delivery."))

    # 10 es-AR percentage
    s = ("PAMP", "Metalúrgica Pampa S.R.L.", "comercial@metalurgicapampa.example")
    po = P("4500031010", s, "es-AR", "USD", "2026-12-01", [
        ("MP-BR-22", "Brida soldable 2\" clase 150", 80, "EA", "18.50", "2027-01-15"),
        ("MP-CO-22", "Codo 90° 2\" sch40", 150, "EA", "6.20", "2027-01-15")], buyer=0)
    body = ("Estimada Dana:\n\nRecibimos la orden de compra. Les confirmamos cantidades y la fecha del 15/01/2027, "
            "pero debemos aplicar un recargo del 8% sobre los precios de ambas posiciones por la actualización de costos de "
            "importación del acero.\n\nSaludos cordiales,\nGustavo Ibarra\nMetalúrgica Pampa S.R.L. – Avellaneda, Bs. As.")
    e = reply("010", po, ("Gustavo Ibarra", "comercial@metalurgicapampa.example"), body, "2026-12-02 17:55:00", "RE:",
              qstyle="outlook", tz="-0300")
    case("pct-surcharge-ar", "confirmation/es-AR", "percentage surcharge applies to PO price on both lines",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, p=pct("18.50", 8)), 2: chg(po, 2, p=pct("6.20", 8))})],
                           "+8%% on PO prices: %s and %s." % (pct("18.50", 8), pct("6.20", 8))))

    # 11 it-IT line rejection + unconfirmed line
    s = ("OLEO", "Oleodinamica Bresciana S.r.l.", "ordini@oleobresciana.example")
    po = P("4500031011", s, "it-IT", "EUR", "2026-12-02", [
        ("OB-VR-38", "Valvola di ritegno 3/8\" BSP", 40, "EA", "14.30", "2026-12-17"),
        ("OB-DV-12", "Distributore 4/3 NG6 24V", 10, "EA", "132.00", "2026-12-17"),
        ("OB-TF-05", "Tubo flessibile 1/2\" L=500", 60, "EA", "9.75", "2026-12-17")], buyer=2)
    body = ("Buongiorno,\n\nin riferimento al Vs. ordine n. 4500031011:\n\n"
            "pos. 1 – confermata come da ordine\n"
            "pos. 2 – articolo fuori produzione, non possiamo fornirlo\n"
            "pos. 3 – in attesa di conferma dal nostro fornitore, vi aggiorniamo entro venerdì\n\n"
            "Cordiali saluti\nElena Bonetti\nUfficio Commerciale\nOleodinamica Bresciana S.r.l. – P.IVA 02871450988")
    e = reply("011", po, ("Elena Bonetti", "ordini@oleobresciana.example"), body, "2026-12-03 11:20:41", "R:",
              qstyle="outlook")
    case("rejected-and-pending-it", "confirmation/it-IT", "one line accepted, one rejected, one explicitly pending",
         [po], e, exp_conf([conf(po, {2: REJ, 3: UNC})], "Pending line is unconfirmed, not rejected."))

    # 12 nl-NL whole order rejection
    s = ("VDBM", "Van den Berg Metaalbewerking B.V.", "verkoop@vdberg-metaal.example")
    po = P("4500031012", s, "nl-NL", "EUR", "2026-12-02", [
        ("VB-LAS-01", "Lasconstructie frame volgens tek. 77-120", 4, "EA", "865.00", "2027-01-20"),
        ("VB-LAS-02", "Afdekplaat RVS 2mm", 8, "EA", "57.00", "2027-01-20")], buyer=0)
    body = ("Beste Dana,\n\nBedankt voor uw order. Helaas moeten wij deze order in zijn geheel afwijzen: onze capaciteit "
            "is tot eind maart volledig bezet en wij kunnen de gevraagde levertijd niet halen.\n\n"
            "Met vriendelijke groet,\nPieter de Vries\nVan den Berg Metaalbewerking B.V.\nKvK 17045521")
    e = reply("012", po, ("Pieter de Vries", "verkoop@vdberg-metaal.example"), body, "2026-12-03 13:02:09", "RE:",
              qstyle="outlook")
    case("whole-order-rejected-nl", "confirmation/nl-NL", "entire order declined",
         [po], e, exp_conf([conf(po, {1: REJ, 2: REJ})], "Whole-order rejection is a confirmation with all lines rejected."))

    # 13 nl-BE dates without year across year end
    s = ("GENT", "Gentse Rubberfabriek NV", "orders@gentse-rubber.example")
    po = P("4500031013", s, "nl-BE", "EUR", "2026-12-21", [
        ("GR-OR-45", "O-ring 45x3 NBR70", 2000, "EA", "0.11", "2026-12-31"),
        ("GR-PK-20", "Pakking EPDM 20mm", 500, "M", "0.86", "2026-12-31")], buyer=1)
    body = ("Dag Jonas,\n\nWij bevestigen je bestelling. Door de kerstsluiting kunnen wij pas leveren na Nieuwjaar:\n"
            "O-ringen op 5/1, de pakking op 8/1. Prijzen en aantallen blijven ongewijzigd.\n\n"
            "Met vriendelijke groeten,\nAn Peeters\nGentse Rubberfabriek NV – BTW BE 0401.223.551")
    e = reply("013", po, ("An Peeters", "orders@gentse-rubber.example"), body, "2026-12-28 09:41:00", "Antw:",
              qstyle="outlook")
    case("noyear-yearend-be", "confirmation/nl-BE", "day/month without year written end of December -> January 2027",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, d="2027-01-05"), 2: chg(po, 2, d="2027-01-08")})],
                           "5/1 and 8/1 (day-first) after a 28 Dec mail date = Jan 2027."))

    # 14 pl-PL price per 1000
    s = ("KOLW", "Kołwex Sp. z o.o.", "handlowy@kolwex.example")
    po = P("4500031014", s, "pl-PL", "PLN", "2026-12-01", [
        ("KW-PODK-8", "Podkładka sprężysta M8", 20000, "EA", "0.045", "2026-12-14"),
        ("KW-NIT-4", "Nit zrywalny 4x10 Al", 10000, "EA", "0.062", "2026-12-14")], buyer=3)
    body = ("Dzień dobry Panie Piotrze,\n\npotwierdzamy zamówienie nr 4500031014:\n\n"
            "1. KW-PODK-8 - 20 000 szt., cena 45,00 zł / 1000 szt., dostawa 14.12.2026\n"
            "2. KW-NIT-4 - 10 000 szt., cena 64,00 zł / 1000 szt., dostawa 22.01.2027\n\n"
            "Pozdrawiam serdecznie\nAgnieszka Wróbel\nDział Sprzedaży | Kołwex Sp. z o.o.\nNIP 951-200-11-22")
    e = reply("014", po, ("Agnieszka Wróbel", "handlowy@kolwex.example"), body, "2026-12-02 10:11:12", "Odp:",
              charset="iso-8859-2", qstyle="outlook")
    case("per-1000-pl", "confirmation/pl-PL", "prices per 1000 pcs vs PO per EA; thousands with space; iso-8859-2",
         [po], e, exp_conf([conf(po, {2: chg(po, 2, p=per("64.00", 1000), d="2027-01-22")})],
                           "45,00/1000 = 0.045 (unchanged); 64,00/1000 = 0.064."))

    # 15 cs-CZ relative date
    s = ("BRNO", "Brněnské strojírny a.s.", "obchod@brnenske-strojirny.example")
    po = P("4500031015", s, "cs-CZ", "EUR", "2026-12-02", [
        ("BS-LOZ-62", "Ložiskový domek UCP 206", 24, "EA", "17.90", "2026-12-18")], buyer=3)
    body = ("Dobrý den,\n\ndíky za objednávku. Zboží máme skladem, dodáme už v pátek tohoto týdne, "
            "cena a množství beze změny.\n\nS pozdravem\nTomáš Dvořák\nobchodní oddělení\nBrněnské strojírny a.s.")
    e = reply("015", po, ("Tomáš Dvořák", "obchod@brnenske-strojirny.example"), body, "2026-12-07 08:52:30", "Odp:",
              charset="iso-8859-2", cte="quoted-printable", qstyle="outlook", alt=False, xmailer="Mozilla Thunderbird")
    case("relative-friday-cz", "confirmation/cs-CZ", "relative date 'Friday this week' against a Monday Date header",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, d="2026-12-11")})], "Mail Mon 2026-12-07 -> Friday this week 2026-12-11."))

    # 16 sk-SK price per box of 50
    s = ("TATR", "Tatra Spojovací materiál s.r.o.", "predaj@tatra-spoj.example")
    po = P("4500031016", s, "sk-SK", "EUR", "2026-12-03", [
        ("TS-HM-6", "Hmoždinka nylonová 6x30", 1000, "EA", "1.20", "2026-12-17")], buyer=3)
    body = ("Dobrý deň,\n\npotvrdzujeme objednávku 4500031016: 1000 ks (20 balení po 50 ks), cena 62,50 EUR za balenie "
            "50 ks, dodanie 17.12.2026.\n\nS pozdravom\nZuzana Kováčová\nTatra Spojovací materiál s.r.o., Poprad")
    e = reply("016", po, ("Zuzana Kováčová", "predaj@tatra-spoj.example"), body, "2026-12-03 14:30:00", "Re:",
              qstyle="gmail")
    case("per-box-sk", "confirmation/sk-SK", "price per box of 50 converted to EA",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, p=per("62.50", 50))})], "62,50/50 = 1.25 per EA vs PO 1.20."))

    # 17 pt-PT ship vs delivery
    s = ("LUSO", "Lusomoldes, Lda.", "encomendas@lusomoldes.example")
    po = P("4500031017", s, "pt-PT", "EUR", "2026-12-02", [
        ("LM-TAMP-32", "Tampa injetada PP 32mm", 10000, "EA", "0.038", "2026-12-15")], buyer=0)
    body = ("Boa tarde,\n\nConfirmamos a encomenda 4500031017 nas quantidades e preço indicados.\n"
            "Data de expedição: 10/12/2026\nData de entrega prevista nas vossas instalações: 16/12/2026\n\n"
            "Com os melhores cumprimentos,\nInês Carvalho\nLusomoldes, Lda. – Marinha Grande")
    e = reply("017", po, ("Inês Carvalho", "encomendas@lusomoldes.example"), body, "2026-12-03 16:02:45", "RE:",
              charset="windows-1252", qstyle="outlook", tz="+0000")
    case("ship-vs-delivery-pt", "confirmation/pt-PT", "both ship and delivery date given; delivery wins",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, d="2026-12-16")})], "Delivery 16/12 wins over shipping 10/12."))

    # 18 sv-SE ship week
    s = ("NORR", "Norrlands Verktyg AB", "order@norrlandsverktyg.example")
    po = P("4500031018", s, "sv-SE", "EUR", "2026-12-01", [
        ("NV-BOR-8", "Spiralborr HSS-E 8,0 mm", 100, "EA", "3.45", "2026-12-11"),
        ("NV-GAP-M10", "Gängtapp M10 maskin", 30, "EA", "11.20", "2026-12-11")], buyer=1)
    body = ("Hej Jonas,\n\nTack för ordern. Vi bekräftar båda raderna till angivna priser. Godset skickas vecka 50.\n\n"
            "Med vänliga hälsningar\nErik Lindqvist\nNorrlands Verktyg AB, Umeå")
    e = reply("018", po, ("Erik Lindqvist", "order@norrlandsverktyg.example"), body, "2026-12-02 09:00:14", "SV:",
              charset="iso-8859-1", qstyle="outlook")
    case("ship-week-sv", "confirmation/sv-SE", "ship week only ('skickas vecka 50') whose Friday equals the need-by date",
         [po], e, exp_conf([conf(po, {})],
                           "Ship week 50 -> Friday %s, which equals the requested date: accepted." % kw(2026, 50)))

    # 19 fi-FI week with day
    s = ("SUOM", "Suomen Laakeri Oy", "myynti@suomenlaakeri.example")
    po = P("4500031019", s, "fi-FI", "EUR", "2026-12-04", [
        ("SL-6205", "Kuulalaakeri 6205-2RS", 200, "EA", "2.95", "2027-01-12")], buyer=1)
    body = ("Hei,\n\nkiitos tilauksesta. Vahvistamme 200 kpl hintaan 2,95 EUR/kpl, toimitus viikolla 3, tiistaina.\n\n"
            "Ystävällisin terveisin\nMikko Virtanen\nSuomen Laakeri Oy")
    e = reply("019", po, ("Mikko Virtanen", "myynti@suomenlaakeri.example"), body, "2026-12-04 13:13:13", "VS:",
              qstyle="outlook", tz="+0200")
    case("week-with-day-fi", "confirmation/fi-FI", "week with day named (tiistaina = Tuesday)",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, d=kw(2027, 3, 2))})], "Week 3 Tuesday -> %s." % kw(2027, 3, 2)))

    # 20 el-GR
    s = ("ATTI", "Αττική Ηλεκτρολογική Α.Ε.", "sales@attiki-elec.example")
    po = P("4500031020", s, "el-GR", "EUR", "2026-12-02", [
        ("AE-RL-24", "Ρελέ ισχύος 24VDC 16A", 50, "EA", "8.70", "2026-12-16"),
        ("AE-ASF-10", "Μικροαυτόματος C10 1P", 100, "EA", "4.15", "2026-12-16")], buyer=0)
    body = ("Καλησπέρα σας,\n\nΕπιβεβαιώνουμε την παραγγελία 4500031020. Τα ρελέ θα παραδοθούν στις 16/12/2026 όπως ζητήσατε. "
            "Οι μικροαυτόματοι θα παραδοθούν στις 22/12/2026.\n\nΜε εκτίμηση,\nΓιώργος Παπαδόπουλος\nΑττική Ηλεκτρολογική Α.Ε.")
    e = reply("020", po, ("Γιώργος Παπαδόπουλος", "sales@attiki-elec.example"), body, "2026-12-03 12:40:00", "ΑΠ:",
              charset="iso-8859-7", cte="base64", qstyle="outlook", tz="+0200")
    case("greek-iso8859-7", "confirmation/el-GR", "Greek, iso-8859-7 base64, ΑΠ: prefix, encoded From name",
         [po], e, exp_conf([conf(po, {2: chg(po, 2, d="2026-12-22")})], "Line 2 delivery 22/12/2026."))

    # 21 tr-TR
    s = ("ANKA", "Anka Döküm San. ve Tic. A.Ş.", "satis@ankadokum.example")
    po = P("4500031021", s, "tr-TR", "EUR", "2026-12-01", [
        ("AD-GG-40", "Pik döküm kapak GG25", 150, "EA", "22.40", "2027-01-11")], buyer=0)
    body = ("Sayın Dana Ruiz,\n\n4500031021 numaralı siparişinizi teyit ederiz: 150 adet, birim fiyat 22,40 EUR, "
            "teslim tarihi 11.01.2027.\n\nSaygılarımızla,\nAyşe Yıldız\nSatış Departmanı\nAnka Döküm San. ve Tic. A.Ş. - Bursa")
    e = reply("021", po, ("Ayşe Yıldız", "satis@ankadokum.example"), body, "2026-12-02 10:10:10", "YNT:",
              charset="iso-8859-9", qstyle="outlook", tz="+0300")
    case("turkish-accept", "confirmation/tr-TR", "Turkish, iso-8859-9, YNT: prefix, full restatement",
         [po], e, exp_conf([conf(po, {})], "Restates PO values exactly -> accepted."))

    # 22 zh-CN GB18030 base64
    s = ("SZJM", "深圳精密五金有限公司", "sales@szjm-hardware.example")
    po = P("4500031022", s, "zh-CN", "USD", "2026-12-02", [
        ("SZ-SP-304", "不锈钢弹簧片 304", 3000, "EA", "0.42", "2027-01-08"),
        ("SZ-PIN-3", "定位销 Ø3x12", 5000, "EA", "0.035", "2027-01-08")], buyer=0)
    body = ("Dana 您好，\n\n订单 4500031022 已收到，确认如下：\n"
            "1. SZ-SP-304：3000 件，单价 USD 0.45（原材料涨价），交货日期 2027年1月15日\n"
            "2. SZ-PIN-3：5000 件，单价 USD 0.035，交货日期 2027年1月8日\n\n"
            "谢谢！\n王丽\n深圳精密五金有限公司 销售部\n电话：+86 755 2601 8877")
    e = reply("022", po, ("王丽", "sales@szjm-hardware.example"), body, "2026-12-03 15:22:01", "回复：",
              charset="gb18030", cte="base64", qstyle="outlook", tz="+0800")
    case("zh-cn-gb18030", "confirmation/zh-CN", "Simplified Chinese GB18030 base64; price and date change on one line",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, p="0.45", d="2027-01-15")})], "Line 1 new price and date."))

    # 23 zh-TW Big5
    s = ("TWPR", "台灣精工股份有限公司", "order@twprecision.example")
    po = P("4500031023", s, "zh-TW", "USD", "2026-12-01", [
        ("TW-LM-15", "線性滑軌 15mm L=600", 20, "EA", "38.00", "2026-12-22")], buyer=0)
    body = ("Dana 您好：\n\n貴公司訂單 4500031023 已確認，數量 20 支，單價 USD 38.00，出貨日期 2026/12/15，"
            "預計到貨日期 2026/12/22。\n\n敬祝 商祺\n陳志明\n台灣精工股份有限公司 業務部")
    e = reply("023", po, ("陳志明", "order@twprecision.example"), body, "2026-12-02 09:48:33", "回覆:",
              charset="big5", cte="base64", qstyle="outlook", tz="+0800")
    case("zh-tw-big5", "confirmation/zh-TW", "Traditional Chinese Big5; ship date vs arrival date",
         [po], e, exp_conf([conf(po, {})], "Arrival 2026/12/22 equals requested; ship date 12/15 ignored."))

    # 24 ko-KR
    s = ("HANK", "한국정밀부품(주)", "sales@hkparts.example")
    po = P("4500031024", s, "ko-KR", "USD", "2026-12-02", [
        ("HK-GR-40", "평기어 모듈2 40T", 60, "EA", "12.80", "2026-12-18"),
        ("HK-SH-20", "샤프트 Ø20 L=300", 60, "EA", "9.60", "2026-12-18")], buyer=0)
    body = ("Dana 님 안녕하세요.\n\n발주서 4500031024 확인했습니다.\n- HK-GR-40: 60개, 단가 USD 12.80, 납기 12월 24일\n"
            "- HK-SH-20: 60개, 단가 USD 9.60, 납기 12월 18일\n\n감사합니다.\n김민준 드림\n한국정밀부품(주) 영업팀")
    e = reply("024", po, ("김민준", "sales@hkparts.example"), body, "2026-12-03 11:11:11", "답장:",
              charset="utf-8", cte="base64", qstyle="outlook", tz="+0900")
    case("korean-noyear", "confirmation/ko-KR", "Korean, UTF-8 base64, 답장: prefix, month-day without year",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, d="2026-12-24")})], "12월 24일 -> 2026-12-24."))

    # 25 vi-VN
    s = ("SGTX", "Công ty TNHH Dệt May Sài Gòn", "kinhdoanh@sgtextile.example")
    po = P("4500031025", s, "vi-VN", "USD", "2026-12-03", [
        ("SG-GL-01", "Găng tay bảo hộ sợi cotton", 2400, "PR", "0.58", "2027-01-15")], buyer=0)
    body = ("Kính gửi chị Dana,\n\nChúng tôi xác nhận đơn hàng 4500031025: 2.400 đôi, đơn giá 0,58 USD, "
            "giao hàng ngày 20/01/2027 (trễ 5 ngày do nghỉ lễ).\n\nTrân trọng,\nNguyễn Thị Lan\nCông ty TNHH Dệt May Sài Gòn")
    e = reply("025", po, ("Nguyễn Thị Lan", "kinhdoanh@sgtextile.example"), body, "2026-12-04 08:08:08", "Trả lời:",
              qstyle="gmail", tz="+0700")
    case("vietnamese-date", "confirmation/vi-VN", "Vietnamese, dot thousands and comma decimal, day-first",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, d="2027-01-20")})], "2.400 = 2400; 0,58 = 0.58; 20/01/2027."))

def cases_conf2():
    # 26 en-CA month-first across year end
    s = ("MAPL", "Maple Ridge Industrial Supply Ltd.", "orders@mapleridge-supply.example")
    po = P("4500031026", s, "en-CA", "CAD", "2026-12-10", [
        ("MR-HOSE-12", "Hydraulic hose 1/2in 2-wire (per ft)", 300, "FT", "3.15", "2026-12-22"),
        ("MR-FIT-12", "JIC female swivel 1/2in", 80, "EA", "4.40", "2026-12-22")], buyer=0)
    body = ("Hi Dana,\n\nThanks for the PO. Hose is good for Dec 22 as requested. Fittings are backordered - "
            "we can have them to you Jan 6.\n\nCheers,\nKyle Thompson\nInside Sales | Maple Ridge Industrial Supply Ltd.\nAbbotsford, BC")
    e = reply("026", po, ("Kyle Thompson", "orders@mapleridge-supply.example"), body, "2026-12-11 11:30:00", "RE:",
              qstyle="outlook", tz="-0800")
    case("month-name-noyear-ca", "confirmation/en-CA", "'Jan 6' with no year from a December mail",
         [po], e, exp_conf([conf(po, {2: chg(po, 2, d="2027-01-06")})], "Jan 6 -> 2027-01-06."))

    # 27 en-IE HTML-only table
    s = ("SHAN", "Shannon Electronics Ltd", "orders@shannon-electronics.example")
    po = P("4500031027", s, "en-IE", "EUR", "2026-12-02", [
        ("SE-PCB-44", "Controller PCB rev. D assembled", 150, "EA", "42.00", "2027-01-18"),
        ("SE-CAB-02", "Ribbon cable assembly 20-way 300mm", 300, "EA", "3.10", "2027-01-18"),
        ("SE-PSU-24", "PSU 24V 60W DIN rail", 40, "EA", "28.50", "2027-01-18")], buyer=0)
    rows = [("1", "SE-PCB-44", "150", "42.00", "18/01/2027"), ("2", "SE-CAB-02", "300", "3.10", "25/01/2027"),
            ("3", "SE-PSU-24", "0", "-", "Cannot supply - EOL")]
    tr = "".join("<tr>%s</tr>\n" % "".join('<td style="border:1px solid #999;padding:3px">%s</td>' % html.escape(c) for c in r) for r in rows)
    hb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
          '<p>Hi Dana,</p><p>Please see our confirmation for PO 4500031027 below.</p>\n'
          '<table style="border-collapse:collapse"><tr><th>Line</th><th>Part</th><th>Qty conf.</th><th>Price EUR</th><th>Delivery</th></tr>\n'
          + tr + '</table>\n<p>Regards,<br>Siobhán Walsh<br>Customer Service, Shannon Electronics Ltd<br>Registered in Ireland No. 318842</p>\n'
          '<div style="border-top:1px solid #ccc"><b>From:</b> Dana Ruiz &lt;dana.ruiz@buyer.example&gt;<br><b>Sent:</b> 02 December 2026 08:05<br>'
          '<b>Subject:</b> Order confirmation request PO 4500031027</div><pre>' + html.escape(req_text(po)) + '</pre></body></html>\n')
    hp = textpart(hb, "utf-8", "quoted-printable", "html")
    hs = [("From", "Siobhán Walsh <orders@shannon-electronics.example>".replace("Siobhán Walsh", hdr("Siobhán Walsh"))),
          ("To", "Dana Ruiz <dana.ruiz@buyer.example>"), ("Subject", "RE: " + req_subject(po)),
          ("Date", D("2026-12-03 10:00:00", "+0000")), ("Message-ID", mid("027", "shannon-electronics.example")),
          ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"])]
    e = build(hs, hp)
    case("html-only-table-ie", "confirmation/en-IE", "HTML-only body with confirmation table; one line EOL",
         [po], e, exp_conf([conf(po, {2: chg(po, 2, d="2027-01-25"), 3: REJ})], "HTML-only; day-first; line 3 cannot supply."))

    # 28 en-SG ERP PDF with own positions
    s = ("LIMT", "Lim Tech Components Pte Ltd", "erp-noreply@limtech.example")
    po = P("4500031028", s, "en-SG", "USD", "2026-12-02", [
        ("LT-CAP-100", "Capacitor 100uF 50V", 4000, "EA", "0.052", "2026-12-21"),
        ("LT-RES-10K", "Resistor 10k 0805 1%", 10000, "EA", "0.004", "2026-12-21"),
        ("LT-IND-22", "Inductor 22uH SMD", 2000, "EA", "0.12", "2026-12-21")], buyer=0)
    pdf_lines = ["LIM TECH COMPONENTS PTE LTD", "21 Kallang Avenue #05-120, Singapore 339412", "",
                 "SALES ORDER ACKNOWLEDGEMENT", "Our SO No.: SO-26-118342        SO Date: 03/12/2026",
                 "Customer: Buyer Industries GmbH      Customer PO: 4500031028", "",
                 "Pos  Part No.      Description              Qty     Unit Price USD   Delivery",
                 "10   LT-RES-10K    Resistor 10k 0805 1%     10,000  0.0040           21/12/2026",
                 "20   LT-CAP-100    Capacitor 100uF 50V      4,000   0.0520           04/01/2027",
                 "30   LT-IND-22     Inductor 22uH SMD        2,000   0.1150           21/12/2026", "",
                 "Incoterms: FCA Singapore. Payment: 30 days net.",
                 "This acknowledgement is computer generated and requires no signature."]
    att = attach(pdf(pdf_lines), "application/pdf", "SO-26-118342.pdf")
    body = ("Dear Customer,\n\nPlease find attached our Sales Order Acknowledgement SO-26-118342 for your PO 4500031028.\n\n"
            "This is a system-generated email. Please do not reply to this address.\n\nLim Tech Components Pte Ltd")
    e = reply("028", po, ("Lim Tech ERP", "erp-noreply@limtech.example"), body, "2026-12-03 02:14:09", "",
              subject="Sales Order Acknowledgement SO-26-118342 / Your PO 4500031028", qstyle="none", alt=False,
              thread=False, attachments=[att], tz="+0800", extra=[("Auto-Submitted", "auto-generated")])
    case("erp-pdf-sg", "confirmation/en-SG", "auto-generated mail with PDF; own position numbers in different order; day-first",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, d="2027-01-04"), 3: chg(po, 3, p="0.115")})],
                           "ERP PDF is a confirmation despite Auto-Submitted; Pos 10/20/30 map by part number, not order."))

    # 29 de-DE ERP PDF price per 100, KW with year
    s = ("SCHR", "Schrauben-Reinhardt GmbH & Co. KG", "auftrag@schrauben-reinhardt.example")
    po = P("4500031029", s, "de-DE", "EUR", "2026-12-03", [
        ("SR-DIN912-M6x20", "Zylinderschraube DIN 912 M6x20 8.8", 5000, "EA", "0.048", "2027-01-15"),
        ("SR-DIN934-M6", "Sechskantmutter DIN 934 M6 8", 5000, "EA", "0.012", "2027-01-15")], buyer=1)
    pdf_lines = ["Schrauben-Reinhardt GmbH & Co. KG - Gewerbepark 3 - 74653 Künzelsau", "",
                 "AUFTRAGSBESTÄTIGUNG Nr. AB-2026-44817", "Ihre Bestellung: 4500031029 vom 03.12.2026",
                 "Kunde: Buyer Industries GmbH, z. Hd. Herrn Jonas Weber", "",
                 "Pos.  Artikel            Bezeichnung                     Menge      Preis/100 ST   Liefertermin",
                 "0010  SR-DIN912-M6x20    Zylinderschr. DIN 912 M6x20     5.000 ST   4,80 EUR       KW 03/2027",
                 "0020  SR-DIN934-M6       Sechskantmutter DIN 934 M6      5.000 ST   1,35 EUR       KW 03/2027", "",
                 "Es gelten unsere Allgemeinen Verkaufsbedingungen.", "Zahlung: 14 Tage 2 % Skonto, 30 Tage netto."]
    att = attach(pdf(pdf_lines), "application/pdf", "AB-2026-44817.pdf")
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung AB-2026-44817.\n\n"
            "Mit freundlichen Grüßen\nIhr Team Auftragsabwicklung\nSchrauben-Reinhardt GmbH & Co. KG\n"
            "Sitz Künzelsau, HRA 590112, Amtsgericht Stuttgart")
    e = reply("029", po, ("Schrauben-Reinhardt Auftragsabwicklung", "auftrag@schrauben-reinhardt.example"), body,
              "2026-12-03 17:44:00", "", subject="Auftragsbestätigung AB-2026-44817 zu Ihrer Bestellung 4500031029",
              qstyle="none", alt=False, thread=False, attachments=[att], charset="iso-8859-1")
    case("erp-pdf-per100-de", "confirmation/de-DE", "PDF AB, prices per 100 ST, KW 03/2027, pos 0010/0020",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, d=kw(2027, 3)), 2: chg(po, 2, p=per("1.35", 100), d=kw(2027, 3))})],
                           "4,80/100 = 0.048 unchanged; 1,35/100 = 0.0135 vs 0.012; KW 03/2027 -> %s." % kw(2027, 3)))

    # 30 XLSX en-GB
    s = ("CORN", "Cornwall Composites Ltd", "planning@cornwall-composites.example")
    po = P("4500031030", s, "en-GB", "GBP", "2026-12-02", [
        ("CC-PNL-600", "GRP panel 600x600x3", 120, "EA", "14.60", "2026-12-18"),
        ("CC-PNL-900", "GRP panel 900x600x3", 80, "EA", "19.90", "2026-12-18"),
        ("CC-EDGE-3", "Edge trim U-profile 3m", 200, "EA", "2.75", "2026-12-18")], buyer=0)
    sheet = [["PO", "Line", "Item", "Qty ordered", "Qty confirmed", "Unit price GBP", "Confirmed delivery", "Comment"],
             ["4500031030", 1, "CC-PNL-600", 120, 120, 14.6, "18/12/2026", ""],
             ["4500031030", 2, "CC-PNL-900", 80, 80, 19.9, "18/12/2026", "50 pcs 18/12, 30 pcs 08/01/2027"],
             ["4500031030", 3, "CC-EDGE-3", 200, 150, 2.75, "18/12/2026", "max 150 available"]]
    att = attach(xlsx(sheet, "Confirmation"), XLSX_CT, "PO4500031030_confirmation.xlsx")
    body = "Hi Dana,\n\nConfirmation attached as per your spreadsheet format.\n\nThanks\nRhys Penrose\nProduction Planning"
    e = reply("030", po, ("Rhys Penrose", "planning@cornwall-composites.example"), body, "2026-12-04 12:00:00", "RE:",
              qstyle="outlook", attachments=[att], tz="+0000")
    case("xlsx-split-gb", "confirmation/en-GB", "XLSX attachment; split delivery only in a comment column; reduced qty",
         [po], e, exp_conf([conf(po, {2: chg(po, 2, d="2027-01-08", sched=[(50, "2026-12-18"), (30, "2027-01-08")]),
                                     3: chg(po, 3, q=150)})], "Schedule is in the comment cell, last date 2027-01-08."))

    # 31 XLSX de-DE decimal comma strings
    s = ("WEIS", "Weissenfels Kunststofftechnik GmbH", "dispo@weissenfels-kt.example")
    po = P("4500031031", s, "de-DE", "EUR", "2026-12-04", [
        ("WK-GEH-01", "Gehäuseunterteil PA6 GF30", 2000, "EA", "1.84", "2027-01-22"),
        ("WK-DEC-01", "Gehäusedeckel PA6 GF30", 2000, "EA", "1.21", "2027-01-22")], buyer=1)
    sheet = [["Bestellnr.", "Pos.", "Artikel", "Menge bestätigt", "Preis €/1000 Stk", "Liefertermin"],
             ["4500031031", "1", "WK-GEH-01", "2.000", "1.840,00", "Mi, KW 4"],
             ["4500031031", "2", "WK-DEC-01", "2.000", "1.260,00", "Mi, KW 4"]]
    att = attach(xlsx(sheet, "AB"), XLSX_CT, "AB_4500031031.xlsx")
    body = "Hallo Herr Weber,\n\nanbei die Bestätigung als Excel.\n\nGruß\nSandra Keller\nDisposition"
    e = reply("031", po, ("Sandra Keller", "dispo@weissenfels-kt.example"), body, "2026-12-07 09:30:00", "AW:",
              qstyle="outlook_de", attachments=[att])
    case("xlsx-per1000-kw-de", "confirmation/de-DE", "XLSX with text cells, price per 1000 with thousands dot, 'Mi, KW 4'",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, d=kw(2027, 4, 3)), 2: chg(po, 2, p=per("1260.00", 1000), d=kw(2027, 4, 3))})],
                           "KW 4 with Mittwoch -> %s; 1.260,00/1000 = 1.26." % kw(2027, 4, 3)))

    # 32 several POs in one reply en-US
    s = ("GRTL", "Great Lakes Bearing Co.", "cs@greatlakesbearing.example")
    poa = P("4500031032", s, "en-US", "USD", "2026-12-01", [
        ("GL-6204", "Ball bearing 6204-2RS", 300, "EA", "2.10", "2026-12-15")], buyer=0)
    pob = P("4500031033", s, "en-US", "USD", "2026-12-02", [
        ("GL-UCF-207", "Flange unit UCF207", 24, "EA", "19.75", "2026-12-18"),
        ("GL-6308", "Ball bearing 6308-ZZ", 50, "EA", "7.90", "2026-12-18")], buyer=0)
    poc = P("4500031034", s, "en-US", "USD", "2026-12-03", [
        ("GL-NU-210", "Cylindrical roller bearing NU210", 10, "EA", "36.00", "2027-01-10")], buyer=0)
    body = ("Dana,\n\nCatching up on your open orders:\n\n"
            "PO 4500031032 - confirmed, ships to arrive 12/15.\n"
            "PO 4500031033 - UCF207 confirmed for 12/18. 6308-ZZ will be 1/8/2027 due to mill delay, same price.\n\n"
            "I'll look at 4500031034 tomorrow.\n\nThanks,\nBrian Kowalski\nCustomer Service, Great Lakes Bearing Co.\nToledo, OH")
    e = reply("032", pob, ("Brian Kowalski", "cs@greatlakesbearing.example"), body, "2026-12-03 16:45:00", "RE:",
              qstyle="outlook", tz="-0500")
    case("multi-po-us", "confirmation/en-US", "three open POs, two answered; month-first 1/8/2027; third only mentioned",
         [poa, pob, poc], e, exp_conf([conf(poa, {}), conf(pob, {2: chg(pob, 2, d="2027-01-08")})],
                                      "4500031034 only mentioned -> left out. 1/8/2027 month-first = Jan 8."))

    # 33 forwarded chain, latest wins
    s = ("KLIN", "Klingenberg Antriebstechnik GmbH", "innendienst@klingenberg-at.example")
    po = P("4500031035", s, "de-DE", "EUR", "2026-11-26", [
        ("KA-GM-075", "Getriebemotor 0,75 kW i=20", 3, "EA", "612.00", "2026-12-11")], buyer=1)
    older = ("-----Ursprüngliche Nachricht-----\nVon: Markus Brandt <innendienst@klingenberg-at.example>\n"
             "Gesendet: Freitag, 27. November 2026 10:02\nAn: Jonas Weber <jonas.weber@buyer.example>\n"
             "Betreff: AW: " + req_subject(po) + "\n\nHallo Herr Weber,\n\nwir bestätigen 3 Stück zum 11.12.2026 zu 612,00 €.\n\n"
             "Gruß\nMarkus Brandt")
    body = ("Hallo Herr Weber,\n\nleider muss ich meine Bestätigung unten korrigieren: unser Vorlieferant hat die "
            "Motoren verschoben. Neuer Liefertermin ist der 08.01.2027, Menge und Preis bleiben.\n\n"
            "Sorry für die Umstände!\nMarkus Brandt\nKlingenberg Antriebstechnik GmbH\n\n" + older)
    e = reply("033", po, ("Markus Brandt", "innendienst@klingenberg-at.example"), body, "2026-12-04 14:10:00", "WG:",
              subject="WG: AW: " + req_subject(po), qstyle="outlook_de", thread=False)
    case("correction-latest-wins-de", "confirmation/de-DE", "earlier confirmation in quoted chain superseded by new date",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, d="2027-01-08")})], "Latest statement (08.01.2027) wins over quoted 11.12."))

    # 34 colleague from free-mail address
    s = ("HALL", "Hallam Valves Ltd", "sales@hallamvalves.example")
    po = P("4500031036", s, "en-GB", "GBP", "2026-12-01", [
        ("HV-BV-25", "Ball valve 1in BSP brass", 60, "EA", "11.40", "2026-12-14"),
        ("HV-GV-50", "Gate valve 2in PN16", 12, "EA", "48.00", "2026-12-14")], buyer=0)
    body = ("Hi Dana\n\nTom's on leave so picking this up from my phone. All fine for 14th as per your order, "
            "both lines.\n\nCheers\nJess (Hallam Valves)\n\nSent from my iPhone")
    e = reply("034", po, ("Jess Marsh", "jess.marsh.hv@gmail.example"), body, "2026-12-02 19:22:10", "Re:",
              qstyle="apple", alt=False, tz="+0000", xmailer="iPhone Mail (20H240)")
    case("colleague-freemail-gb", "confirmation/en-GB", "sender is a free-mail address, not the supplier's; threaded",
         [po], e, exp_conf([conf(po, {})], "Threaded on our request; colleague confirms as ordered."))

    # 35 item code only, no threading, two POs
    s = ("DELT", "Delta Valve & Fitting Inc.", "orders@deltavalve.example")
    poa = P("4500031037", s, "en-US", "USD", "2026-12-01", [
        ("DV-2210", "Needle valve 1/4 NPT SS", 120, "EA", "16.20", "2026-12-16")], buyer=0)
    pob = P("4500031038", s, "en-US", "USD", "2026-12-02", [
        ("DV-3150", "Check valve 1/2 NPT brass", 200, "EA", "8.80", "2026-12-16")], buyer=0)
    hs = [("From", "Tina Alvarez <orders@deltavalve.example>"), ("To", "Dana Ruiz <dana.ruiz@buyer.example>"),
          ("Subject", "DV-2210 needle valves"), ("Date", D("2026-12-04 08:15:00", "-0600")),
          ("Message-ID", mid("035", "deltavalve.example"))]
    e = build(hs, textpart("Dana,\n\nRe your order for the DV-2210 needle valves - we can do all 120 pcs at $16.20, "
                           "shipping 12/11 for delivery 12/14.\n\nTina Alvarez\nDelta Valve & Fitting Inc.\n", "us-ascii", "7bit"))
    case("item-code-only-us", "confirmation/en-US", "no PO number, no threading; only item code identifies the PO",
         [poa, pob], e, exp_conf([conf(poa, {1: chg(poa, 1, d="2026-12-14")})], "DV-2210 -> PO 4500031037; delivery 12/14 wins."))

    # 36 en-US month-first date that would be valid day-first
    s = ("SUNB", "Sunbelt Gasket Corp.", "sales@sunbeltgasket.example")
    po = P("4500031039", s, "en-US", "USD", "2026-12-03", [
        ("SG-FL-4", "Flange gasket 4in 150# non-asbestos", 400, "EA", "1.95", "2027-01-05")], buyer=0)
    body = "Confirmed, 400 pcs @ $1.95, delivery 01/12/2027.\n\nRegards,\nDale Hutchins\nSunbelt Gasket Corp."
    e = reply("036", po, ("Dale Hutchins", "sales@sunbeltgasket.example"), body, "2026-12-03 13:00:00", "RE:",
              qstyle="outlook", tz="-0600")
    case("month-first-us", "confirmation/en-US", "01/12/2027 is Jan 12 (en-US), not 1 Dec",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, d="2027-01-12")})], "Month-first."))

    # 37 KW 53 of 2026
    s = ("RHEI", "Rheinland Stahlhandel GmbH", "verkauf@rheinland-stahl.example")
    po = P("4500031040", s, "de-DE", "EUR", "2026-12-04", [
        ("RS-FL-40x5", "Flachstahl 40x5 S235JR, 6 m", 50, "EA", "21.30", "2026-12-23"),
        ("RS-RR-30", "Rundrohr 30x2 S235, 6 m", 40, "EA", "18.40", "2026-12-23")], buyer=1)
    body = ("Hallo Jonas,\n\nFlachstahl geht wie bestellt raus. Die Rohre kommen erst in KW 53, Preis unverändert.\n\n"
            "Viele Grüße\nHolger Simons\nRheinland Stahlhandel GmbH")
    e = reply("037", po, ("Holger Simons", "verkauf@rheinland-stahl.example"), body, "2026-12-07 07:55:00", "AW:",
              qstyle="outlook_de")
    case("kw53-de", "confirmation/de-DE", "KW 53 exists in 2026; its Friday is 2027-01-01",
         [po], e, exp_conf([conf(po, {2: chg(po, 2, d=kw(2026, 53))})], "KW 53/2026 Friday = %s." % kw(2026, 53)))

    # 38 Thunderbird reply, inline, price per 100 kg? -> per 100 m
    s = ("KABL", "Kabelwerk Oberlausitz GmbH", "vertrieb@kabelwerk-ol.example")
    po = P("4500031041", s, "de-DE", "EUR", "2026-12-02", [
        ("KO-LIYY-3x075", "Steuerleitung LiYY 3x0,75", 500, "M", "0.62", "2026-12-17")], buyer=1)
    body = ("Hallo Herr Weber,\n\nbestätigt: 500 m zu 64,00 EUR je 100 m, Liefertermin 17.12.2026.\n\n"
            "MfG\nRonny Kaiser\n-- \nKabelwerk Oberlausitz GmbH | Zittau")
    e = reply("038", po, ("Ronny Kaiser", "vertrieb@kabelwerk-ol.example"), body, "2026-12-03 08:01:00", "AW:",
              qstyle="gmail", alt=False, xmailer="Mozilla Thunderbird")
    case("per-100m-de", "confirmation/de-DE", "price per 100 m vs PO per M",
         [po], e, exp_conf([conf(po, {1: chg(po, 1, p=per("64.00", 100))})], "64,00/100 = 0.64 vs 0.62."))

def orig_request_eml(po):
    return ("From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n" % (
                po["buyer"]["name"], po["buyer"]["email"], po["supplier"]["email"], req_subject(po), req_date(po),
                po["request_message_id"]))

def auto(case_no, po, sender, subj, text, date, charset="utf-8", cte="quoted-printable", tz="+0100", extra=(), thread=True, alt=False):
    name, email = sender
    hs = [("From", addr(name, email, charset)), ("To", addr(po["buyer"]["name"], po["buyer"]["email"])),
          ("Subject", hdr(subj, charset)), ("Date", D(date, tz)), ("Message-ID", mid(case_no, email.split("@")[1]))]
    if thread and po.get("request_message_id"):
        hs += [("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"])]
    hs += list(extra)
    tp = textpart(text, charset, cte)
    if alt:
        hp = textpart(to_html(text), "utf-8", "quoted-printable", "html")
        tp = mp("alternative", [textpart(text, "utf-8", cte), hp], "alt_auto_" + case_no)
    return build(hs, tp)

OOO_HDRS = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

def cases_other():
    # 039 question quoting PO
    s = ("PENN", "Pennine Coatings Ltd", "sales@pennine-coatings.example")
    po = P("4500031042", s, "en-GB", "GBP", "2026-12-02", [
        ("PC-RAL7035-20", "Powder coat RAL 7035 20kg box", 10, "BOX", "96.00", "2026-12-16"),
        ("PC-PRIM-5", "Zinc primer 5L", 6, "EA", "38.50", "2026-12-16")])
    body = ("Hi Dana,\n\nBefore we can confirm, a quick question on this one:\n\n"
            "> 1     PC-RAL7035-20 Powder coat RAL 7035 20kg box              10 BOX       96.00 GBP  2026-12-16\n\n"
            "Do you need the fine-texture or the smooth-gloss version? Both are RAL 7035 and the smooth one is 89.00/box. "
            "Let me know and I'll send the confirmation straight away.\n\nRegards\nOwen Bradshaw\nPennine Coatings Ltd")
    e = reply("039", po, ("Owen Bradshaw", "sales@pennine-coatings.example"), body, "2026-12-02 14:10:00", "RE:", tz="+0000")
    case("question-quoting-po-gb", "needs_review/en-GB", "question that quotes a PO line and names a price",
         [po], e, exp("needs_review", "Question about variant; nothing confirmed; the 89.00 is an option, not a commitment."))

    # 040 we'll confirm next week
    s = ("MUEL", "Müller Federn GmbH", "verkauf@mueller-federn.example")
    po = P("4500031043", s, "de-DE", "EUR", "2026-12-03", [
        ("MF-DF-12", "Druckfeder 1,2x12x40", 3000, "EA", "0.19", "2026-12-18")], buyer=1)
    body = ("Guten Tag Herr Weber,\n\nvielen Dank für Ihre Bestellung, die wir dankend erhalten haben. "
            "Die Auftragsbestätigung mit Liefertermin erhalten Sie nächste Woche, sobald unsere Fertigungsplanung "
            "den Termin 18.12. geprüft hat.\n\nMit freundlichen Grüßen\nPetra Hoffmann\nMüller Federn GmbH")
    e = reply("040", po, ("Petra Hoffmann", "verkauf@mueller-federn.example"), body, "2026-12-03 15:30:00", "AW:",
              charset="iso-8859-15", qstyle="outlook_de")
    case("confirm-next-week-de", "needs_review/de-DE", "'AB folgt nächste Woche' while repeating the requested date",
         [po], e, exp("needs_review", "Receipt only; confirmation promised later."))

    # 041 conditional acceptance
    s = ("ROCH", "Rochefort Emballages SARL", "commercial@rochefort-emb.example")
    po = P("4500031044", s, "fr-FR", "EUR", "2026-12-02", [
        ("RE-PAL-EUR", "Palette EUR 1200x800 neuve", 500, "EA", "11.80", "2026-12-15")], buyer=2)
    body = ("Bonjour Madame Martin,\n\nNous pouvons accepter votre commande aux conditions indiquées (500 palettes à 11,80 €, "
            "livraison le 15/12) à condition que vous preniez des camions complets, soit 660 palettes, "
            "ou bien nous appliquerons des frais de transport de 180 €. Merci de nous indiquer votre choix.\n\n"
            "Cordialement,\nThomas Lefèvre\nRochefort Emballages SARL")
    e = reply("041", po, ("Thomas Lefèvre", "commercial@rochefort-emb.example"), body, "2026-12-03 09:05:00", "RE :")
    case("conditional-fr", "needs_review/fr-FR", "acceptance conditional on the buyer choosing an option",
         [po], e, exp("needs_review", "Conditional acceptance: buyer must choose between 660 pcs or freight surcharge."))

    # 042 ack of different PO number
    s = ("APEX", "Apex Industrial Belting LLC", "orders@apexbelting.example")
    po = P("4500031045", s, "en-US", "USD", "2026-12-02", [
        ("AB-V-B68", "V-belt B68", 40, "EA", "9.30", "2026-12-14")], buyer=0)
    hs = [("From", "Apex Orders <orders@apexbelting.example>"), ("To", "Dana Ruiz <dana.ruiz@buyer.example>"),
          ("Subject", "Order Acknowledgment - PO 4500030954"), ("Date", D("2026-12-03 10:20:00", "-0500")),
          ("Message-ID", mid("042", "apexbelting.example"))]
    e = build(hs, textpart("Hello Dana,\n\nThis acknowledges your PO 4500030954:\n\n  AB-TB-XL-250  Timing belt 250XL  qty 25  $14.60  ship 12/09/2026\n\n"
                           "Thank you for your business.\nApex Industrial Belting LLC\n", "us-ascii", "7bit"))
    case("other-po-ack-us", "unrelated/en-US", "a confirmation from the same supplier, but for a PO we do not list",
         [po], e, exp("unrelated", "Acknowledges PO 4500030954 (not open here), different item; not an answer to 4500031045."))

    # 043 values only in quoted request
    s = ("OHIO", "Ohio Valley Castings", "sales@ohiovalleycastings.example")
    po = P("4500031046", s, "en-US", "USD", "2026-12-02", [
        ("OV-PH-12", "Pump housing, gray iron", 30, "EA", "145.00", "2027-01-15"),
        ("OV-IMP-12", "Impeller, bronze", 30, "EA", "88.00", "2027-01-15")], buyer=0)
    body = "Got it, thanks. Checking with the foundry and will get back to you.\n\nRick"
    e = reply("043", po, ("Rick Sandoval", "sales@ohiovalleycastings.example"), body, "2026-12-02 11:11:00", "Re:",
              qstyle="gmail", tz="-0500")
    case("received-only-quote-values-us", "needs_review/en-US", "all values only in our quoted request; reply commits nothing",
         [po], e, exp("needs_review", "'Got it... will get back' is not a confirmation."))

    # 044 price list effective date
    s = ("TORN", "Tornillería Levante S.L.", "pedidos@tornilleria-levante.example")
    po = P("4500031047", s, "es-ES", "EUR", "2026-12-03", [
        ("TL-A2-M8", "Tuerca autoblocante M8 A2", 1000, "EA", "0.096", "2027-01-12")], buyer=0)
    body = ("Estimados clientes:\n\nLes informamos de que a partir del 1 de enero de 2027 entrará en vigor nuestra nueva tarifa "
            "de precios:\n\n  TL-A2-M6   0,071 €/ud\n  TL-A2-M8   0,104 €/ud\n  TL-A2-M10  0,151 €/ud\n\n"
            "Los pedidos recibidos hasta el 31/12/2026 se servirán a los precios actuales.\n\nAtentamente,\n"
            "Departamento Comercial – Tornillería Levante S.L.")
    hs = [("From", "Tornillería Levante <pedidos@tornilleria-levante.example>".replace("Tornillería Levante", hdr("Tornillería Levante", "iso-8859-1"))),
          ("To", "Dana Ruiz <dana.ruiz@buyer.example>"), ("Subject", hdr("Nueva tarifa de precios 2027", "iso-8859-1")),
          ("Date", D("2026-12-04 09:00:00")), ("Message-ID", mid("044", "tornilleria-levante.example"))]
    e = build(hs, textpart(body, "windows-1252", "quoted-printable"))
    case("price-list-es", "unrelated/es-ES", "price list with effective date naming the ordered item at a new price",
         [po], e, exp("unrelated", "General price list, not an answer to the PO; the M8 price applies from 2027-01-01 to new orders."))

    # 045 OOO en-GB Outlook
    s = ("BRAM", "Bramley Pressings Ltd", "sales@bramley-pressings.example")
    po = P("4500031048", s, "en-GB", "GBP", "2026-12-04", [("BP-300", "Mounting bracket 3mm S235", 600, "EA", "2.35", "2027-01-15")])
    e = auto("045", po, ("Sally Pearce", "sales@bramley-pressings.example"), "Automatic reply: " + req_subject(po),
             "Thank you for your email. I am out of the office until Monday 14th December with limited access to email. "
             "For urgent orders please contact our sales desk on 0114 496 0321.\n\nSally Pearce",
             "2026-12-04 08:05:30", tz="+0000", extra=OOO_HDRS, alt=True)
    case("ooo-gb", "auto_reply/en-GB", "Outlook automatic reply with a return date", [po], e,
         exp("auto_reply", "Out of office."))

    # 046 OOO de
    s = ("HEGE", "Hegemann Drehteile GmbH", "vertrieb@hegemann-drehteile.example")
    po = P("4500031049", s, "de-DE", "EUR", "2026-12-21", [("HD-2201", "Distanzbolzen M8x40 Edelstahl", 800, "EA", "1.12", "2027-01-15")], buyer=1)
    e = auto("046", po, ("Katrin Albers", "vertrieb@hegemann-drehteile.example"), "Abwesenheitsnotiz: " + req_subject(po),
             "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 06.01.2027 nicht im Büro. Ihre Bestellung wird "
             "nach meiner Rückkehr bearbeitet. In dringenden Fällen wenden Sie sich bitte an vertrieb2@hegemann-drehteile.example.\n\n"
             "Mit freundlichen Grüßen\nKatrin Albers",
             "2026-12-21 08:06:10", charset="iso-8859-1", extra=OOO_HDRS)
    case("ooo-de", "auto_reply/de-DE", "German OOO mentions the order and a date", [po], e, exp("auto_reply", "Abwesenheitsnotiz."))

    # 047 OOO fr
    s = ("DUVA", "Duval Hydraulique SAS", "adv@duval-hydraulique.example")
    po = P("4500031050", s, "fr-FR", "EUR", "2026-12-22", [("DH-J080", "Kit joints vérin 63", 20, "EA", "48.60", "2027-01-14")], buyer=2)
    e = auto("047", po, ("Nathalie Roux", "adv@duval-hydraulique.example"), "Réponse automatique : " + req_subject(po),
             "Bonjour,\n\nJe suis absente du bureau jusqu'au 4 janvier inclus. Votre message sera traité à mon retour.\n"
             "Pour toute urgence : adv2@duval-hydraulique.example\n\nCordialement,\nNathalie Roux",
             "2026-12-22 08:05:44", extra=OOO_HDRS)
    case("ooo-fr", "auto_reply/fr-FR", "French OOO, encoded subject", [po], e, exp("auto_reply", "Absence du bureau."))

    # 048 OOO it, no Auto-Submitted header
    s = ("OLEO", "Oleodinamica Bresciana S.r.l.", "ordini@oleobresciana.example")
    po = P("4500031051", s, "it-IT", "EUR", "2026-12-23", [("OB-VR-38", "Valvola di ritegno 3/8\" BSP", 40, "EA", "14.30", "2027-01-20")], buyer=2)
    e = auto("048", po, ("Elena Bonetti", "ordini@oleobresciana.example"), "Fuori sede: " + req_subject(po),
             "Gentile cliente,\n\nl'azienda resterà chiusa per le festività natalizie dal 24 dicembre al 6 gennaio. "
             "Risponderemo alla Sua e-mail al nostro rientro.\n\nCordiali saluti\nOleodinamica Bresciana S.r.l.",
             "2026-12-23 08:05:12", charset="iso-8859-1", extra=[("X-Autoreply", "yes")])
    case("ooo-it-holiday", "auto_reply/it-IT", "Italian holiday auto-reply without Auto-Submitted header", [po], e,
         exp("auto_reply", "Autoresponder (X-Autoreply), company closure."))

    # 049 OOO es-MX
    s = ("PLAM", "Plásticos del Bajío S.A. de C.V.", "ventas@plasticosbajio.example")
    po = P("4500031052", s, "es-MX", "USD", "2026-12-18", [("PB-CAJ-60", "Caja plástica apilable 600x400", 300, "EA", "7.40", "2027-01-22")], buyer=0)
    e = auto("049", po, ("Ricardo Salazar", "ventas@plasticosbajio.example"), "Respuesta automática: " + req_subject(po),
             "Gracias por su correo. Me encuentro de vacaciones y regreso el lunes 4 de enero. Su mensaje será atendido a mi regreso.\n\n"
             "Ing. Ricardo Salazar", "2026-12-18 01:05:00", tz="-0600", extra=OOO_HDRS)
    case("ooo-mx", "auto_reply/es-MX", "Spanish OOO", [po], e, exp("auto_reply", "Vacaciones."))

    # 050 OOO zh-CN
    s = ("SZJM", "深圳精密五金有限公司", "sales@szjm-hardware.example")
    po = P("4500031053", s, "zh-CN", "USD", "2027-01-04", [("SZ-PIN-3", "定位销 Ø3x12", 5000, "EA", "0.035", "2027-02-05")], buyer=0)
    e = auto("050", po, ("王丽", "sales@szjm-hardware.example"), "自动回复: " + req_subject(po),
             "您好，我已收到您的邮件。我目前休假中，将于1月11日返回办公室，届时会尽快回复。\n\n王丽",
             "2027-01-04 15:05:00", charset="gb2312", cte="base64", tz="+0800", extra=OOO_HDRS)
    case("ooo-zh", "auto_reply/zh-CN", "Chinese auto-reply, GB2312 base64; says mail received", [po], e, exp("auto_reply", "自动回复."))

    # 051 ticket receipt
    s = ("NORD", "Nordic Industrial Supplies AB", "support@nordicsupply.example")
    po = P("4500031054", s, "sv-SE", "EUR", "2026-12-03", [("NS-GL-9", "Skyddshandske nitril stl 9", 600, "PR", "1.05", "2026-12-18")], buyer=1)
    e = auto("051", po, ("Nordic Industrial Supplies Support", "support@nordicsupply.example"),
             "[Ärende #48213] " + req_subject(po),
             "Hej,\n\nTack för ditt meddelande. Ditt ärende har registrerats med nummer #48213 och en av våra medarbetare "
             "återkommer inom 2 arbetsdagar.\n\n---\nThank you, your request #48213 has been received. "
             "We will respond within 2 business days.\n\nNordic Industrial Supplies AB – Kundtjänst",
             "2026-12-03 08:05:20", extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zendesk Mailer")])
    case("ticket-receipt-sv", "auto_reply/sv-SE", "helpdesk ticket receipt, bilingual, subject keeps PO number", [po], e,
         exp("auto_reply", "Ticket receipt, not a confirmation."))

    # 052 MDN read receipt
    s = ("VDBM", "Van den Berg Metaalbewerking B.V.", "verkoop@vdberg-metaal.example")
    po = P("4500031055", s, "nl-NL", "EUR", "2026-12-03", [("VB-LAS-02", "Afdekplaat RVS 2mm", 8, "EA", "57.00", "2027-01-20")], buyer=0)
    hs = [("From", "Pieter de Vries <verkoop@vdberg-metaal.example>"), ("To", "Dana Ruiz <dana.ruiz@buyer.example>"),
          ("Subject", "Gelezen: " + req_subject(po)), ("Date", D("2026-12-03 09:14:00")),
          ("Message-ID", mid("052", "vdberg-metaal.example")), ("In-Reply-To", po["request_message_id"]),
          ("References", po["request_message_id"])]
    b = "mdn_4500031055"
    parts = [textpart("Uw bericht\n\n  Aan: verkoop@vdberg-metaal.example\n  Onderwerp: " + req_subject(po) +
                      "\n  Verzonden: donderdag 3 december 2026 08:05:00 (UTC+01:00)\n\nis gelezen op donderdag 3 december 2026 09:14:00 (UTC+01:00).\n",
                      "utf-8", "quoted-printable"),
             rawpart("Content-Type: message/disposition-notification\n",
                     "Reporting-UA: vdberg-metaal.example; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;verkoop@vdberg-metaal.example\n"
                     "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % po["request_message_id"])]
    e = build(hs, mp("report", parts, b, " report-type=disposition-notification;"))
    case("read-receipt-nl", "auto_reply/nl-NL", "MDN read receipt ('Gelezen:') threaded on our request", [po], e,
         exp("auto_reply", "Read receipt (message/disposition-notification)."))

    # 053 postfix bounce
    s = ("KOLW", "Kołwex Sp. z o.o.", "handlowy@kolwex.example")
    po = P("4500031056", s, "pl-PL", "PLN", "2026-12-04", [("KW-NIT-4", "Nit zrywalny 4x10 Al", 10000, "EA", "0.062", "2027-01-15")], buyer=3)
    hs = [("From", "MAIL-DAEMON@mx1.buyer.example (Mail Delivery System)"), ("To", "piotr.nowak@buyer.example"),
          ("Subject", "Undelivered Mail Returned to Sender"), ("Date", D("2026-12-04 08:05:09")),
          ("Message-ID", "<20261204070509.3F1A2C0123@mx1.buyer.example>"), ("Auto-Submitted", "auto-replied")]
    parts = [textpart("This is the mail system at host mx1.buyer.example.\n\nI'm sorry to have to inform you that your message could not\n"
                      "be delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n"
                      "<handlowy@kolwex.example>: host mx.kolwex.example[203.0.113.25] said: 550 5.1.1\n"
                      "    <handlowy@kolwex.example>: Recipient address rejected: User unknown in\n    virtual mailbox table (in reply to RCPT TO command)\n",
                      "us-ascii", "7bit"),
             rawpart("Content-Description: Delivery report\nContent-Type: message/delivery-status\n",
                     "Reporting-MTA: dns; mx1.buyer.example\nX-Postfix-Queue-ID: 3F1A2C0123\nArrival-Date: %s\n\n"
                     "Final-Recipient: rfc822; handlowy@kolwex.example\nOriginal-Recipient: rfc822;handlowy@kolwex.example\n"
                     "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.kolwex.example\n"
                     "Diagnostic-Code: smtp; 550 5.1.1 <handlowy@kolwex.example>: Recipient address\n    rejected: User unknown in virtual mailbox table\n" % req_date(po)),
             rawpart("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n", orig_request_eml(po))]
    e = build(hs, mp("report", parts, "3F1A2C0123.1796367909/mx1.buyer.example", " report-type=delivery-status;"))
    case("bounce-postfix", "bounce/pl-PL", "Postfix DSN with original headers incl. PO subject", [po], e,
         exp("bounce", "Postfix 550 5.1.1 user unknown."))

    # 054 Exchange NDR
    s = ("SHAN", "Shannon Electronics Ltd", "orders@shannon-electronics.example")
    po = P("4500031057", s, "en-IE", "EUR", "2026-12-04", [("SE-CAB-02", "Ribbon cable assembly 20-way 300mm", 500, "EA", "3.10", "2027-01-22")])
    hs = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@buyer.example>"),
          ("To", "Dana Ruiz <dana.ruiz@buyer.example>"), ("Subject", "Undeliverable: " + req_subject(po)),
          ("Date", D("2026-12-04 08:06:02", "+0000")), ("Message-ID", mid("054", "EURPRD01.PROD.OUTLOOK.example")),
          ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
          ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")]
    ndr = ("Your message to orders@shannon-electronics.example couldn't be delivered.\n\n"
           "orders wasn't found at shannon-electronics.example.\n\nDana.Ruiz    Office 365    orders\nAction Required    Recipient\n\n"
           "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist.\n\n"
           "Diagnostic information for administrators:\nGenerating server: AM9PR01MB7788.eurprd01.prod.outlook.example\n"
           "orders@shannon-electronics.example\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
    parts = [mp("alternative", [textpart(ndr, "us-ascii", "quoted-printable"), textpart(to_html(ndr), "utf-8", "quoted-printable", "html")], "ndr_alt_054"),
             rawpart("Content-Type: message/delivery-status\n",
                     "Reporting-MTA: dns;AM9PR01MB7788.eurprd01.prod.outlook.example\nReceived-From-MTA: dns;mx.buyer.example\n\n"
                     "Final-Recipient: rfc822;orders@shannon-electronics.example\nAction: failed\nStatus: 5.1.10\n"
                     "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"),
             rawpart("Content-Type: message/rfc822\n", orig_request_eml(po) + "\n" + req_text(po))]
    e = build(hs, mp("report", parts, "ndr_054_b1", " report-type=delivery-status;"))
    case("bounce-exchange", "bounce/en-IE", "Exchange Online NDR threaded on our request, original attached", [po], e,
         exp("bounce", "Undeliverable: RecipientNotFound. Attached original contains PO lines."))

    # 055 Gmail bounce
    s = ("PAMP", "Metalúrgica Pampa S.R.L.", "comercial@metalurgicapampa.example")
    po = P("4500031058", s, "es-AR", "USD", "2026-12-07", [("MP-CO-22", "Codo 90° 2\" sch40", 100, "EA", "6.20", "2027-01-29")])
    hs = [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.example>"), ("To", "dana.ruiz@buyer.example"),
          ("Subject", "Delivery Status Notification (Delay)"), ("Date", D("2026-12-07 13:07:41", "-0800")),
          ("Message-ID", "<66a1f0c2.050a0220.3b1f.9a41.GMR@mx.google.example>"), ("Auto-Submitted", "auto-replied")]
    txt = ("** Message not delivered yet **\n\nThere was a temporary problem delivering your message to "
           "comercial@metalurgicapampa.example. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\n"
           "The response from the remote server was:\n451 4.4.0 DNS resolution failed for metalurgicapampa.example\n")
    parts = [textpart(txt, "utf-8", "quoted-printable"),
             rawpart("Content-Type: message/delivery-status\n",
                     "Reporting-MTA: dns; googlemail.example\nArrival-Date: %s\n\nFinal-Recipient: rfc822; comercial@metalurgicapampa.example\n"
                     "Action: delayed\nStatus: 4.4.0\nDiagnostic-Code: smtp; 451 4.4.0 DNS resolution failed\n"
                     "Will-Retry-Until: Wed, 09 Dec 2026 11:05:00 -0800 (PST)\n" % req_date(po)),
             rawpart("Content-Type: text/rfc822-headers\n", orig_request_eml(po))]
    e = build(hs, mp("report", parts, "000000000000a1b2c3061d7e0f11", " report-type=delivery-status;"))
    case("bounce-gmail-delay", "bounce/es-AR", "Gmail delay DSN (not yet final) - still a DSN", [po], e,
         exp("bounce", "Delivery delay notification (Action: delayed)."))

    # 056 qmail
    s = ("BRNO", "Brněnské strojírny a.s.", "obchod@brnenske-strojirny.example")
    po = P("4500031059", s, "cs-CZ", "EUR", "2026-12-08", [("BS-LOZ-62", "Ložiskový domek UCP 206", 12, "EA", "17.90", "2027-01-08")], buyer=3)
    hs = [("From", "MAILER-DAEMON@mail.brnenske-strojirny.example"), ("To", "piotr.nowak@buyer.example"),
          ("Subject", "failure notice"), ("Date", D("2026-12-08 08:06:00")),
          ("Message-ID", "<20261208070600.29114.qmail@mail.brnenske-strojirny.example>")]
    t = ("Hi. This is the qmail-send program at mail.brnenske-strojirny.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
         "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<obchod@brnenske-strojirny.example>:\n"
         "Sorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n"
         + orig_request_eml(po) + "\n" + req_text(po))
    e = build(hs, textpart(t, "utf-8", "8bit"))
    case("bounce-qmail", "bounce/cs-CZ", "plain-text qmail failure notice with full PO copy below", [po], e,
         exp("bounce", "qmail permanent failure; copy of our PO lines below the line."))

    # 057 newsletter
    s = ("NORR", "Norrlands Verktyg AB", "nyhetsbrev@norrlandsverktyg.example")
    po = P("4500031060", s, "sv-SE", "EUR", "2026-12-03", [("NV-BOR-8", "Spiralborr HSS-E 8,0 mm", 100, "EA", "3.45", "2026-12-18")], buyer=1)
    hb = ('<html><body><h1>Vinterkampanj 2026</h1><p>Nu 15 % rabatt på alla spiralborrar HSS-E, t.ex. NV-BOR-8 för endast 2,95 EUR!</p>'
          '<p>Beställ senast 18 december för leverans före jul.</p><p><a href="https://norrlandsverktyg.example/unsub">Avsluta prenumeration</a></p></body></html>\n')
    hs = [("From", "Norrlands Verktyg <nyhetsbrev@norrlandsverktyg.example>"), ("To", "jonas.weber@buyer.example"),
          ("Subject", hdr("Vinterkampanj: 15 % på spiralborrar")), ("Date", D("2026-12-04 06:00:00")),
          ("Message-ID", mid("057", "mailer.norrlandsverktyg.example")),
          ("List-Unsubscribe", "<https://norrlandsverktyg.example/unsub?u=8812>"), ("Precedence", "bulk")]
    e = build(hs, textpart(hb, "utf-8", "quoted-printable", "html"))
    case("newsletter-sv", "unrelated/sv-SE", "HTML newsletter naming the ordered item, a price and a date", [po], e,
         exp("unrelated", "Marketing newsletter."))

    # 058 invoice for another order
    s = ("GRTL", "Great Lakes Bearing Co.", "ar@greatlakesbearing.example")
    po = P("4500031061", s, "en-US", "USD", "2026-12-04", [("GL-6204", "Ball bearing 6204-2RS", 200, "EA", "2.10", "2026-12-21")])
    att = attach(pdf(["GREAT LAKES BEARING CO. - INVOICE 91-55821", "Invoice date: 12/04/2026", "Your PO: 4500029877",
                      "GL-6204  Ball bearing 6204-2RS   qty 150   2.10   315.00", "Total due USD 315.00  Terms: Net 30"]),
                 "application/pdf", "INV-91-55821.pdf")
    hs = [("From", "Great Lakes Bearing AR <ar@greatlakesbearing.example>"), ("To", "Dana Ruiz <dana.ruiz@buyer.example>"),
          ("Subject", "Invoice 91-55821 for PO 4500029877"), ("Date", D("2026-12-04 15:00:00", "-0500")),
          ("Message-ID", mid("058", "greatlakesbearing.example"))]
    e = build(hs, mp("mixed", [textpart("Please find attached invoice 91-55821 for PO 4500029877.\n\nAccounts Receivable\nGreat Lakes Bearing Co.\n", "us-ascii", "7bit"), att], "inv_058"))
    case("invoice-other-po-us", "unrelated/en-US", "invoice for an older PO with the same item and price", [po], e,
         exp("unrelated", "Invoice for PO 4500029877, not our open PO."))

    # 059 supplier-internal forward, buyer in CC
    s = ("ALPK", "Alpenkabel Handels GmbH", "office@alpenkabel.example")
    po = P("4500031062", s, "de-AT", "EUR", "2026-12-04", [("AK-3G25", "Mantelleitung NYM-J 3x2,5 (Ring 100 m)", 40, "RNG", "96.50", "2026-12-22")], buyer=1)
    body = ("Servus Stefan,\n\nkannst du bitte schauen, ob wir die 40 Ringe bis 22.12. schaffen? Laut System haben wir nur 25 lagernd. "
            "Gib mir bitte bis morgen Bescheid, dann bestätige ich dem Kunden.\n\nDanke, Florian")
    e = reply("059", po, ("Florian Pichler", "office@alpenkabel.example"), body, "2026-12-04 10:30:00", "WG:",
              to="Stefan Gruber <lager@alpenkabel.example>", qstyle="outlook_de", thread=False,
              extra=[("Cc", "Jonas Weber <jonas.weber@buyer.example>")])
    case("internal-forward-at", "needs_review/de-AT", "supplier-internal forward asking a colleague, buyer only in CC", [po], e,
         exp("needs_review", "Internal question; 25 in stock is not a commitment."))

    # 060 contradictory
    s = ("KLIN", "Klingenberg Antriebstechnik GmbH", "innendienst@klingenberg-at.example")
    po = P("4500031063", s, "de-DE", "EUR", "2026-12-03", [("KA-GM-110", "Getriebemotor 1,1 kW i=25", 2, "EA", "688.00", "2027-01-15")], buyer=1)
    body = ("Hallo Herr Weber,\n\nwir bestätigen 2 Stück zu 688,00 € mit Liefertermin 11.01.2027.\n\nGruß\nMarkus Brandt\n\n"
            "P.S. Laut Werk ist der früheste Termin allerdings der 25.01.2027 – ich kläre das noch.")
    e = reply("060", po, ("Markus Brandt", "innendienst@klingenberg-at.example"), body, "2026-12-04 16:00:00", "AW:", qstyle="outlook_de")
    case("contradictory-date-de", "needs_review/de-DE", "confirms one date, then P.S. gives a later one and says it is unclear", [po], e,
         exp("needs_review", "Contradictory dates (11.01 vs 25.01) and explicitly still being clarified."))

    # 061 price change pending approval
    s = ("MAPL", "Maple Ridge Industrial Supply Ltd.", "orders@mapleridge-supply.example")
    po = P("4500031064", s, "en-CA", "CAD", "2026-12-04", [("MR-FIT-12", "JIC female swivel 1/2in", 100, "EA", "4.40", "2026-12-18")])
    body = ("Hi Dana,\n\nWe can ship these for Dec 18, however our cost went up and the price would be $4.95/ea. "
            "Please confirm you're OK with the new price and I'll enter the order.\n\nKyle")
    e = reply("061", po, ("Kyle Thompson", "orders@mapleridge-supply.example"), body, "2026-12-04 12:00:00", "RE:", tz="-0800")
    case("price-needs-approval-ca", "needs_review/en-CA", "new price offered but order not entered until buyer approves", [po], e,
         exp("needs_review", "Supplier awaits buyer approval before committing."))

    # 062 Polish question for drawing
    s = ("KOLW", "Kołwex Sp. z o.o.", "handlowy@kolwex.example")
    po = P("4500031065", s, "pl-PL", "PLN", "2026-12-07", [("KW-SPEC-01", "Tuleja dystansowa wg rys. 11-204", 400, "EA", "3.80", "2027-01-20")], buyer=3)
    body = ("Dzień dobry,\n\nprosimy o przesłanie aktualnego rysunku 11-204 (rewizja?). Bez rysunku nie możemy potwierdzić "
            "terminu 20.01.2027 ani ceny 3,80 zł.\n\nPozdrawiam\nAgnieszka Wróbel")
    e = reply("062", po, ("Agnieszka Wróbel", "handlowy@kolwex.example"), body, "2026-12-08 09:00:00", "Odp:", charset="iso-8859-2")
    case("drawing-question-pl", "needs_review/pl-PL", "question restating PO date and price while refusing to confirm yet", [po], e,
         exp("needs_review", "Asks for drawing; explicit 'cannot confirm' yet."))

    # 063 holiday closure notice
    s = ("WEIS", "Weissenfels Kunststofftechnik GmbH", "info@weissenfels-kt.example")
    po = P("4500031066", s, "de-DE", "EUR", "2026-12-07", [("WK-GEH-01", "Gehäuseunterteil PA6 GF30", 1000, "EA", "1.84", "2027-01-08")], buyer=1)
    hs = [("From", "Weissenfels Kunststofftechnik <info@weissenfels-kt.example>"), ("To", "Undisclosed recipients:;"),
          ("Subject", hdr("Betriebsferien zum Jahreswechsel 2026/2027")), ("Date", D("2026-12-08 10:00:00")),
          ("Message-ID", mid("063", "weissenfels-kt.example"))]
    e = build(hs, textpart("Sehr geehrte Kunden,\n\nunser Werk bleibt vom 23.12.2026 bis einschließlich 06.01.2027 geschlossen. "
                           "Lieferungen mit Termin in diesem Zeitraum erfolgen am 08.01.2027.\n\nWir wünschen frohe Festtage!\n"
                           "Weissenfels Kunststofftechnik GmbH\n", "iso-8859-1", "quoted-printable"))
    case("holiday-notice-de", "unrelated/de-DE", "circular about closure whose date equals our requested date", [po], e,
         exp("unrelated", "Broadcast closure notice, not an answer to the PO."))

    # 064 OOO Dutch with auto-submitted & Flemish
    s = ("GENT", "Gentse Rubberfabriek NV", "orders@gentse-rubber.example")
    po = P("4500031067", s, "nl-BE", "EUR", "2026-12-24", [("GR-OR-45", "O-ring 45x3 NBR70", 5000, "EA", "0.11", "2027-01-20")], buyer=1)
    e = auto("064", po, ("An Peeters", "orders@gentse-rubber.example"), "Automatisch antwoord: " + req_subject(po),
             "Beste,\n\nIk ben afwezig tot en met 3 januari. Uw bestelling wordt na mijn terugkeer bevestigd.\n"
             "Voor dringende zaken: 09 223 44 10.\n\nMet vriendelijke groeten,\nAn Peeters",
             "2026-12-24 08:05:30", extra=OOO_HDRS)
    case("ooo-be", "auto_reply/nl-BE", "Flemish OOO saying the order 'will be confirmed' later", [po], e, exp("auto_reply", "Afwezig."))

def main():
    cases_conf(); cases_conf2(); cases_other()
    if os.path.isdir(ROOT):
        shutil.rmtree(ROOT)
    os.makedirs(ROOT)
    readme = ["# Held-out batch F", "", "Written from /work/shared/corpus/FORMAT.md alone (no agent code, no other corpus seen).",
              "Regenerate with `python3 make_batch.py`.", ""]
    for i, (slug, kl, hard, pos, eml, expd) in enumerate(CASES, 1):
        name = "%03d-%s" % (i, slug)
        d = os.path.join(ROOT, name)
        os.makedirs(d)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump(pos, f, ensure_ascii=False, indent=2); f.write("\n")
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(expd, f, ensure_ascii=False, indent=2); f.write("\n")
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(eml)
        readme.append("- `%s` | %s | %s" % (name, kl, hard))
    with open(os.path.join(os.path.dirname(ROOT), "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")

if __name__ == "__main__":
    main()
