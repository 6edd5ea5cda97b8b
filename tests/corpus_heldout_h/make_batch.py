#!/usr/bin/env python3
"""Generate held-out batch H of supplier replies to purchase orders.

Written from /work/shared/corpus/FORMAT.md alone. Standard library only.
Theme: chemicals, food ingredients, plastics, electronics and printed packaging
suppliers (ERP acknowledgments as PDF / XLSX / CSV / HTML mixed with free text).

Run:  python3 make_batch.py      -> writes ./cases/NNN-slug/{pos.json,message.eml,expected.json}
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import shutil
import sys
import zipfile
from decimal import Decimal
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")

CASES = []          # (slug, category/locale, what it tests, builder)


def case(slug, catloc, tests):
    def deco(fn):
        CASES.append((slug, catloc, tests, fn))
        return fn
    return deco


# --------------------------------------------------------------------------
# Buyer side
# --------------------------------------------------------------------------
BUYERS = {
    "marta": ("Marta Lindqvist", "marta.lindqvist@brightwell.example"),
    "tomas": ("Tomás Ferreira", "tomas.ferreira@brightwell.example"),
    "priya": ("Priya Natarajan", "priya.natarajan@brightwell.example"),
    "jonas": ("Jonas Weber", "jonas.weber@brightwell.example"),
    "elise": ("Elise Fontaine", "elise.fontaine@brightwell.example"),
    "dan":   ("Dan Okafor", "dan.okafor@brightwell.example"),
}


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(line, item, desc, qty, uom, price, date):
    return {"line": line, "item": item, "description": desc, "quantity": qty,
            "uom": uom, "unit_price": price, "requested_date": date}


def PO(num, supplier, buyer, currency, issued, lines, req=True, req_id=None):
    b = BUYERS[buyer]
    p = {"po_number": num, "supplier": supplier,
         "buyer": {"name": b[0], "email": b[1]},
         "currency": currency, "issued": issued}
    if req:
        p["request_message_id"] = req_id or "<po-%s.1@brightwell.example>" % num
    p["lines"] = lines
    return p


# --------------------------------------------------------------------------
# Expected helpers (with self-checks)
# --------------------------------------------------------------------------
def _line(po, n):
    for l in po["lines"]:
        if l["line"] == n:
            return l
    raise KeyError(n)


def A():
    return ("accepted", {})


def C(quantity=None, price=None, date=None, schedule=None):
    d = {}
    if quantity is not None:
        d["quantity"] = quantity
    if price is not None:
        d["unit_price"] = price
    if date is not None:
        d["date"] = date
    if schedule is not None:
        d["schedule"] = [{"quantity": q, "date": s} for q, s in schedule]
    return ("changed", d)


def R():
    return ("rejected", {})


def U():
    return ("unconfirmed", {})


def conf(po, spec):
    """spec: {line_no: A()/C(...)/R()/U()}; every PO line must be given."""
    nums = [l["line"] for l in po["lines"]]
    assert sorted(spec) == sorted(nums), (po["po_number"], spec, nums)
    out = {}
    for n in nums:
        st, ov = spec[n]
        l = _line(po, n)
        if st in ("rejected", "unconfirmed"):
            out[str(n)] = {"status": st}
            continue
        e = {"status": st, "quantity": l["quantity"], "unit_price": l["unit_price"],
             "date": l["requested_date"]}
        e.update(ov)
        if st == "accepted":
            assert not ov
        else:
            same = (e["quantity"] == l["quantity"]
                    and Decimal(e["unit_price"]) == Decimal(l["unit_price"])
                    and e["date"] == l["requested_date"])
            assert not same, ("changed but equal to PO", po["po_number"], n)
            if "schedule" in e:
                assert sum(s["quantity"] for s in e["schedule"]) == e["quantity"], (po["po_number"], n)
                assert max(s["date"] for s in e["schedule"]) == e["date"], (po["po_number"], n)
                assert len(e["schedule"]) >= 2
        out[str(n)] = e
    return {"po_number": po["po_number"], "lines": out}


def EXP(kind, notes, *confs):
    e = {"kind": kind}
    if kind == "confirmation":
        assert confs
        e["confirmations"] = list(confs)
    else:
        assert not confs
    e["notes"] = notes
    return e


# --------------------------------------------------------------------------
# MIME builders (byte exact, deterministic boundaries)
# --------------------------------------------------------------------------
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def hdate(y, m, d, hh, mm, ss, tz="+0100"):
    w = dt.date(y, m, d).weekday()
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (WD[w], d, MO[m - 1], y, hh, mm, ss, tz)


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def b(s):
    return s.encode("utf-8") if isinstance(s, str) else s


def _encode_body(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw  # 7bit / 8bit


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", params="", extra=()):
    raw = body.encode(charset)
    if cte == "7bit":
        raw.decode("ascii")
    ct = "Content-Type: text/%s; charset=%s%s\n" % (subtype, '"%s"' % charset if subtype == "html" and charset.startswith("iso") else charset, params)
    h = ct + "Content-Transfer-Encoding: %s\n" % cte
    for k, v in extra:
        h += "%s: %s\n" % (k, v)
    enc = _encode_body(raw, cte)
    if not enc.endswith(b"\n"):
        enc += b"\n"
    return b(h) + b"\n" + enc


def attach(data, ctype, filename, cte="base64", disposition="attachment", extra=()):
    fn = hdr(filename)
    h = 'Content-Type: %s; name="%s"\n' % (ctype, fn)
    h += 'Content-Disposition: %s; filename="%s"\n' % (disposition, fn)
    h += "Content-Transfer-Encoding: %s\n" % cte
    for k, v in extra:
        h += "%s: %s\n" % (k, v)
    if isinstance(data, str):
        data = data.encode("utf-8")
    enc = _encode_body(data, cte)
    if not enc.endswith(b"\n"):
        enc += b"\n"
    return b(h) + b"\n" + enc


def multi(subtype, boundary, parts, params="", preamble=None, extra=()):
    h = 'Content-Type: multipart/%s; boundary="%s"%s\n' % (subtype, boundary, params)
    for k, v in extra:
        h += "%s: %s\n" % (k, v)
    out = b(h) + b"\n"
    if preamble:
        out += b(preamble) + b"\n"
    for p in parts:
        out += b("--%s\n" % boundary) + p
    out += b("--%s--\n" % boundary)
    return out


def raw_part(headers, body_bytes):
    h = "".join("%s: %s\n" % kv for kv in headers)
    return b(h) + b"\n" + body_bytes


def message(headers, body):
    """headers: list of (name, value); body: bytes of a part (its own headers first)."""
    out = b""
    for k, v in headers:
        out += b("%s: %s\n" % (k, v))
    out += b"MIME-Version: 1.0\n"
    return out + body


def quote(t, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in t.rstrip("\n").split("\n")) + "\n"


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def request_text(po, lang="en"):
    """The buyer's acknowledgment request as it would be quoted."""
    bn = po["buyer"]["name"]
    rows = []
    for l in po["lines"]:
        rows.append("%d  %s  %s  %s %s  %s %s  %s" % (
            l["line"], l["item"], l["description"], l["quantity"], l["uom"],
            l["unit_price"], po["currency"], l["requested_date"]))
    if lang == "en":
        head = ("Dear %s team,\n\nplease find attached our purchase order %s dated %s.\n"
                "Kindly confirm quantities, prices and delivery dates by return.\n\n"
                "Line  Item  Description  Qty  Unit price  Need-by\n") % (
            po["supplier"]["name"], po["po_number"], po["issued"])
        tail = "\nBest regards\n%s\nPurchasing | Brightwell Manufacturing\n" % bn
    return head + "\n".join(rows) + "\n" + tail


# --------------------------------------------------------------------------
# Minimal PDF / XLSX writers
# --------------------------------------------------------------------------
def _pdf_str(s):
    r = s.encode("cp1252")
    return r.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(lines, font="Courier", size=9, title=None):
    """Single-page A4 PDF, each text line drawn with a Tj operator."""
    cs = b"BT\n/F1 %d Tf\n%d TL\n36 806 Td\n" % (size, size + 3)
    for ln in lines:
        cs += b"(" + _pdf_str(ln) + b") Tj T*\n"
    cs += b"ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /" + font.encode() + b" /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(cs) + cs + b"endstream",
    ]
    if title:
        objs.append(b"<< /Title (" + _pdf_str(title) + b") /Producer (" + _pdf_str("ReportWriter 7.2") + b") >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    tr = b"<< /Size %d /Root 1 0 R" % (len(objs) + 1)
    if title:
        tr += b" /Info %d 0 R" % len(objs)
    out += b"trailer\n" + tr + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return out


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _x(s):
    return html_escape(str(s)).replace('"', "&quot;")


class XDate:
    def __init__(self, iso):
        self.d = dt.date.fromisoformat(iso)

    def serial(self):
        return (self.d - dt.date(1899, 12, 30)).days


def make_xlsx(rows, sheet="Sheet1"):
    """rows: list of lists of str / int / float / Decimal-string-as-('n', '1.23') / XDate."""
    sd = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        sd.append('<row r="%d">' % r)
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if v is None or v == "":
                continue
            if isinstance(v, XDate):
                sd.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, v.serial()))
            elif isinstance(v, tuple) and v[0] == "n":
                sd.append('<c r="%s"><v>%s</v></c>' % (ref, v[1]))
            elif isinstance(v, (int, float)):
                sd.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                sd.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(v)))
        sd.append("</row>")
    sd.append("</sheetData></worksheet>")
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '</Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '</styleSheet>',
        "xl/worksheets/sheet1.xml": "".join(sd),
    }
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content.encode("utf-8"))
    return bio.getvalue()


# --------------------------------------------------------------------------
# Common header helper
# --------------------------------------------------------------------------
def H(frm, to, subject, date, mid, po=None, cc=None, extra=(), refs=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Date", date), ("Message-ID", mid)]
    if po is not None and po.get("request_message_id"):
        h.append(("In-Reply-To", po["request_message_id"]))
        h.append(("References", refs or po["request_message_id"]))
    h += list(extra)
    return h


def buyer_addr(po):
    return addr(po["buyer"]["name"], po["buyer"]["email"])


# ==========================================================================
# CONFIRMATIONS
# ==========================================================================
@case("001-us-solvents-oneliner", "confirmation/en-US",
      "phone one-liner top-posted over the quoted request; everything accepted")
def c001():
    s = sup("GCSOLV", "Gulf Coast Solvents Inc", "orders@gulfcoastsolvents.example", "en-US")
    p = PO("4500071203", s, "dan", "USD", "2026-11-30", [
        L(1, "ISO-IPA-99", "Isopropyl alcohol 99%, 55 gal drum", 12, "DR", "412.00", "2026-12-14"),
        L(2, "ACET-TECH", "Acetone technical grade, 1000 L IBC", 2, "EA", "1385.00", "2026-12-14"),
    ])
    body = ("Confirmed as ordered, will ship to arrive 12/14.\n\nRay\n\nSent from my iPhone\n\n"
            "On Nov 30, 2026, at 4:12 PM, Dan Okafor <dan.okafor@brightwell.example> wrote:\n\n"
            + quote(request_text(p)))
    m = message(H(addr("Ray Thibodeaux", "rthibodeaux@gulfcoastsolvents.example"), buyer_addr(p),
                  "Re: Purchase order 4500071203 - please confirm", hdate(2026, 12, 1, 7, 3, 51, "-0600"),
                  "<A7F3C2D1-88E0-4C1B-9B55-2E1F0C7A1D44@gulfcoastsolvents.example>", p,
                  extra=[("X-Mailer", "iPhone Mail (22B91)")]),
                text(body, cte="7bit", params="; format=flowed"))
    e = EXP("confirmation", "Terse mobile reply; the only date is month-first 12/14 which equals the need-by date.",
            conf(p, {1: A(), 2: A()}))
    return [p], m, e


@case("002-de-sap-pdf-price-per-100kg", "confirmation/de-DE",
      "automatic SAP mail with PDF AB: positions 10/20/30, price per 100 KG, KW dates")
def c002():
    s = sup("RHEINCHEM", "Rheinchem Spezialchemie GmbH", "auftragsbestaetigung@rheinchem.example", "de-DE")
    p = PO("4500071388", s, "jonas", "EUR", "2026-11-26", [
        L(1, "RC-EPX-210", "Epoxidharz Basis EP 210", 2500, "KG", "2.35", "2026-12-18"),
        L(2, "RC-HRD-44", "Härter H44", 1200, "KG", "4.10", "2026-12-18"),
        L(3, "RC-ADD-7", "Entschäumer DF-7", 150, "KG", "11.80", "2027-01-08"),
    ])
    pdf = make_pdf([
        "Rheinchem Spezialchemie GmbH  *  Hafenstrasse 112  *  D-47119 Duisburg",
        "",
        "Brightwell Manufacturing",
        "Wareneingang Tor 3",
        "",
        "AUFTRAGSBESTAETIGUNG                      Nr. 1100458712",
        "Datum: 02.12.2026         Ihre Bestellung: 4500071388 vom 26.11.2026",
        "Kundennr.: 204417         Ansprechpartner: Frau K. Brandt",
        "",
        "Pos  Material     Bezeichnung              Menge ME    Preis  pro      Liefertermin",
        "------------------------------------------------------------------------------------",
        " 10  RC-EPX-210   Epoxidharz Basis EP 210   2.500 KG   235,00 100 KG   18.12.2026",
        "                  Ihre Mat.-Nr. RC-EPX-210",
        " 20  RC-HRD-44    Haerter H44               1.200 KG   418,20 100 KG   KW 51/2026",
        "                  Ihre Mat.-Nr. RC-HRD-44  Rohstoffzuschlag eingerechnet",
        " 30  RC-ADD-7     Entschaeumer DF-7           150 KG 1.180,00 100 KG   KW 02/2027",
        "------------------------------------------------------------------------------------",
        "                                           Nettowert            EUR   12.663,40",
        "                                           MwSt 19 %            EUR    2.406,05",
        "                                           Gesamt               EUR   15.069,45",
        "",
        "Lieferbedingung: FCA Duisburg (Incoterms 2020)   Zahlung: 30 Tage netto",
        "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.",
        "Diese Auftragsbestaetigung wurde maschinell erstellt und ist ohne Unterschrift gueltig.",
    ], title="Auftragsbestaetigung 1100458712")
    body = ("Sehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie unsere Auftragsbestätigung 1100458712 zu Ihrer Bestellung 4500071388.\n\n"
            "Bitte prüfen Sie die Angaben und melden Sie Abweichungen innerhalb von 2 Werktagen.\n\n"
            "Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht an diese Adresse.\n\n"
            "--\nRheinchem Spezialchemie GmbH | Hafenstraße 112 | 47119 Duisburg\n"
            "Geschäftsführer: Dr. Matthias Oberländer, Sabine Kühn | Amtsgericht Duisburg HRB 30871\n"
            "USt-IdNr.: DE812345671\n")
    m = message(H(addr("Rheinchem Auftragsbestätigung", "auftragsbestaetigung@rheinchem.example"),
                  "einkauf@brightwell.example", "Auftragsbestätigung 1100458712 / Ihre Bestellung 4500071388",
                  hdate(2026, 12, 2, 5, 41, 9), "<20261202054109.0001100458712@sapprd.rheinchem.example>",
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "SAP NetWeaver 7.50")]),
                multi("mixed", "=_sap_b1100458712", [
                    text(body, charset="iso-8859-1"),
                    attach(pdf, "application/pdf", "AB_1100458712.pdf"),
                ]))
    e = EXP("confirmation",
            "ERP mail with Auto-Submitted header is still a confirmation. SAP positions 10/20/30 = PO lines 1-3. "
            "Prices per 100 KG: 235,00 = 2.35 (same), 418,20 = 4.182 (changed), 1.180,00 = 11.80 (same). "
            "KW 51/2026 -> Fri 2026-12-18 (same), KW 02/2027 -> Fri 2027-01-15. No In-Reply-To.",
            conf(p, {1: A(), 2: C(price="4.182"), 3: C(date="2027-01-15")}))
    return [p], m, e


@case("003-fr-inline-granules", "confirmation/fr-FR",
      "answers written inline between quoted PO lines; reduced qty and price change")
def c003():
    s = sup("POLYVAL", "Polymères du Val de Loire SAS", "adv@polyvaldeloire.example", "fr-FR")
    p = PO("PO-26-11873", s, "elise", "EUR", "2026-11-27", [
        L(1, "PP-H-12", "Polypropylène homopolymère MFI 12, granulés", 5000, "KG", "1.42", "2026-12-14"),
        L(2, "PE-BD-22", "PEBD qualité film MFI 2,2", 2000, "KG", "1.65", "2026-12-14"),
        L(3, "MB-BLK-40", "Mélange-maître noir 40 %", 300, "KG", "3.20", "2026-12-21"),
    ])
    nb = "\u00a0"
    body = (
        "Bonjour Elise,\n\nVoir nos réponses dans le texte ci-dessous.\n\nCordialement,\n"
        "Grégoire Lemaire\nAdministration des ventes\nPolymères du Val de Loire SAS\nTél. +33 2 41 00 00 00\n\n"
        "-------- Message d'origine --------\nDe : Elise Fontaine <elise.fontaine@brightwell.example>\n"
        "Date : 27/11/2026 16:02\nÀ : adv@polyvaldeloire.example\nObjet : Commande PO-26-11873\n\n"
        "> Bonjour,\n>\n> Merci de bien vouloir confirmer notre commande PO-26-11873 :\n>\n"
        "> Ligne 1 - PP-H-12 - PP homopolymère MFI 12 - 5 000 kg - 1,42 €/kg - livraison 14/12/2026\n\n"
        "OK, livraison le 14/12 confirmée.\n\n"
        "> Ligne 2 - PE-BD-22 - PEBD film MFI 2,2 - 2 000 kg - 1,65 €/kg - livraison 14/12/2026\n\n"
        "Nous ne pouvons livrer que 1" + nb + "500 kg (fin de lot), pas de complément possible sur ce grade. "
        "Date et prix inchangés.\n\n"
        "> Ligne 3 - MB-BLK-40 - Mélange-maître noir 40 % - 300 kg - 3,20 €/kg - livraison 21/12/2026\n\n"
        "Prix 3,45 €/kg (hausse du noir de carbone au 1er décembre), délai OK.\n\n"
        "> Merci d'avance,\n> Elise Fontaine\n> Achats - Brightwell Manufacturing\n")
    m = message(H(addr("Grégoire Lemaire", "g.lemaire@polyvaldeloire.example"), buyer_addr(p),
                  "RE: Commande PO-26-11873", hdate(2026, 12, 2, 10, 17, 40),
                  "<PR3P192MB0877A1C2D4E5F6A7B8@PR3P192MB0877.EURP192.PROD.OUTLOOK.COM>", p,
                  cc="adv@polyvaldeloire.example"),
                text(body, charset="utf-8"))
    e = EXP("confirmation",
            "Inline answers under each quoted line. Line 2 reduced to 1 500 kg (NBSP thousands separator), "
            "line 3 new price 3,45 EUR/kg, line 1 as ordered.",
            conf(p, {1: A(), 2: C(quantity=1500), 3: C(price="3.45")}))
    return [p], m, e


@case("004-mx-html-only-table", "confirmation/es-MX",
      "HTML-only Outlook mail (iso-8859-1, QP) with a table of partidas; date and price changes")
def c004():
    s = sup("IFBAJIO", "Ingredientes Finos del Bajío S.A. de C.V.", "ventas@ifbajio.example", "es-MX")
    p = PO("4500071455", s, "tomas", "MXN", "2026-12-01", [
        L(1, "VAN-EXT-2X", "Extracto de vainilla 2X", 200, "L", "385.00", "2026-12-16"),
        L(2, "CIT-AC-ANH", "Ácido cítrico anhidro", 1500, "KG", "32.50", "2026-12-16"),
        L(3, "GOMA-GUAR-200", "Goma guar 200 mesh", 400, "KG", "71.80", "2026-12-16"),
    ])
    rows = [("1", "VAN-EXT-2X", "Extracto de vainilla 2X", "200 L", "$385.00", "16/12/2026", False),
            ("2", "CIT-AC-ANH", "&Aacute;cido c&iacute;trico anhidro", "1,500 kg", "$32.50", "22/12/2026", True),
            ("3", "GOMA-GUAR-200", "Goma guar 200 mesh", "400 kg", "$74.20", "16/12/2026", True)]
    tr = ""
    for r in rows:
        red = ' style="color:#C00000;font-weight:bold"' if r[6] else ""
        tr += ('<tr><td>%s</td><td>%s</td><td>%s</td><td align="right">%s</td>'
               '<td align="right"%s>%s</td><td%s>%s</td></tr>\n') % (
            r[0], r[1], r[2], r[3], red if r[0] == "3" else "", r[4], red if r[0] == "2" else "", r[5])
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>\n"
            "<body lang=\"ES-MX\"><div class=\"WordSection1\">\n"
            "<p>Buen d&iacute;a Tom&aacute;s,</p>\n"
            "<p>Le confirmamos su orden de compra <b>4500071455</b> con los siguientes ajustes (marcados en rojo):</p>\n"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n"
            "<tr style=\"background:#1F4E79;color:white\"><th>Partida</th><th>C&oacute;digo</th><th>Descripci&oacute;n</th>"
            "<th>Cantidad</th><th>Precio unitario</th><th>Fecha de entrega</th></tr>\n" + tr +
            "</table>\n<p>Precios en pesos mexicanos, m&aacute;s IVA. El incremento en la goma guar se debe al "
            "tipo de cambio de importaci&oacute;n.</p>\n"
            "<p>Saludos cordiales,<br>\n<b>Luc&iacute;a Herrera Ochoa</b><br>\nEjecutiva de Ventas | Ingredientes Finos del Baj&iacute;o<br>\n"
            "Tel. +52 477 000 0000</p>\n"
            "<hr><p style=\"font-size:8pt;color:gray\">AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son "
            "confidenciales y para uso exclusivo del destinatario.</p>\n"
            "<div style=\"border-top:solid #E1E1E1 1.0pt\"><p><b>De:</b> Tom&aacute;s Ferreira<br><b>Enviado:</b> martes, 1 de diciembre de 2026 09:12<br>"
            "<b>Para:</b> ventas@ifbajio.example<br><b>Asunto:</b> Orden de compra 4500071455</p></div>\n"
            "<p>Favor de confirmar la OC adjunta.</p>\n</div></body></html>\n")
    m = message(H(addr("Lucía Herrera Ochoa", "lherrera@ifbajio.example"), buyer_addr(p),
                  "RE: Orden de compra 4500071455", hdate(2026, 12, 2, 11, 48, 2, "-0600"),
                  "<SJ0PR13MB5551C0D3E9F14B2A@SJ0PR13MB5551.namprd13.prod.outlook.com>", p,
                  extra=[("Thread-Topic", "Orden de compra 4500071455"), ("Content-Language", "es-MX")]),
                text(html, subtype="html", charset="iso-8859-1"))
    e = EXP("confirmation",
            "No text/plain part. Table marks changes only by colour: partida 2 new date 22/12/2026, partida 3 "
            "price $74.20. es-MX uses comma thousands / point decimals.",
            conf(p, {1: A(), 2: C(date="2026-12-22"), 3: C(price="74.20")}))
    return [p], m, e


@case("005-br-cartons-split", "confirmation/pt-BR",
      "delivery split in two with a yearless date rolling into 2027")
def c005():
    s = sup("EMBPAUL", "Embalagens Paulista Ltda", "comercial@embpaulista.example", "pt-BR")
    p = PO("4500071502", s, "tomas", "BRL", "2026-11-30", [
        L(1, "CX-IMP-330", "Caixa de papelão ondulado impressa 330x220x150", 8000, "UN", "2.85", "2026-12-15"),
        L(2, "ETQ-AUT-01", "Etiqueta autoadesiva 100x50 mm, 4 cores", 20000, "UN", "0.09", "2026-12-15"),
    ])
    body = ("Bom dia Tomás,\n\nConfirmamos o pedido 4500071502.\n\n"
            "Caixa 330x220x150: por causa da parada de manutenção da impressora flexo, entregaremos "
            "5.000 un em 15/12 e o saldo de 3.000 un em 08/01. Preço mantido.\n"
            "Etiquetas: conforme pedido.\n\nQualquer dúvida estou à disposição.\n\n"
            "Att,\nRenata Vasconcelos\nDepto. Comercial\nEmbalagens Paulista Ltda\n(11) 4000-0000\n\n"
            "Em seg., 30 de nov. de 2026 às 14:20, Tomás Ferreira <tomas.ferreira@brightwell.example> escreveu:\n"
            + quote(request_text(p)))
    m = message(H(addr("Renata Vasconcelos", "renata.v@embpaulista.example"), buyer_addr(p),
                  "Re: Purchase order 4500071502 - please confirm", hdate(2026, 12, 2, 9, 5, 33, "-0300"),
                  "<CAJx8f2Lq0r9mZ3Tn1yPq@mail.gmail.com>", p),
                multi("alternative", "000000000000a1b2c3d4e5f6", [
                    text(body, cte="quoted-printable"),
                    text("<div dir=\"ltr\">" + html_escape(body).replace("\n", "<br>\n") + "</div>\n", subtype="html"),
                ]))
    e = EXP("confirmation",
            "Line 1 split 5.000 on 15/12 + 3.000 on 08/01 (no year -> 2027-01-08); total unchanged, last date is the date. "
            "'.' is the thousands separator.",
            conf(p, {1: C(date="2027-01-08", schedule=[(5000, "2026-12-15"), (3000, "2027-01-08")]), 2: A()}))
    return [p], m, e


@case("006-se-electronics-vecka", "confirmation/sv-SE",
      "Swedish weeks (v. 51, v. 4) and a per-piece price change on one line")
def c006():
    s = sup("NORRKOMP", "Norrkomponent AB", "order@norrkomponent.example", "sv-SE")
    p = PO("4500071520", s, "marta", "SEK", "2026-12-01", [
        L(1, "NK-RES-0603-10K", "Resistor 0603 10k 1%", 20000, "EA", "0.045", "2026-12-18"),
        L(2, "NK-CAP-0805-1U", "Kondensator 0805 1uF X7R 25V", 10000, "EA", "0.21", "2026-12-18"),
        L(3, "NK-MCU-F303", "Mikrokontroller STM32F303CCT6", 250, "EA", "48.50", "2027-01-15"),
    ])
    body = ("Hej Marta!\n\nTack för ordern. Rad 1 och 2 levereras v. 51 enligt önskemål.\n\n"
            "MCU:n på rad 3 har fått längre ledtid hos tillverkaren – vi kan leverera först v. 4, "
            "och priset blir 51,20 kr/st pga. ny prislista från ST.\n\n"
            "Mvh\nOskar Nyberg\nInnesälj | Norrkomponent AB\n\n"
            "Från: Marta Lindqvist <marta.lindqvist@brightwell.example>\nSkickat: den 1 december 2026 13:40\n"
            "Till: order@norrkomponent.example\nÄmne: Inköpsorder 4500071520\n\n" + request_text(p))
    m = message(H(addr("Oskar Nyberg", "oskar.nyberg@norrkomponent.example"), buyer_addr(p),
                  "SV: Inköpsorder 4500071520", hdate(2026, 12, 2, 8, 22, 10),
                  "<HE1P190MB0412B9A7C3D2E1F0@HE1P190MB0412.EURP190.PROD.OUTLOOK.COM>", p),
                text(body, charset="windows-1252"))
    e = EXP("confirmation",
            "v. 51 -> Fri 2026-12-18 = requested (lines 1, 2 accepted). v. 4 (2027) -> Fri 2027-01-29, "
            "price 51,20 SEK for line 3.",
            conf(p, {1: A(), 2: A(), 3: C(price="51.20", date="2027-01-29")}))
    return [p], m, e


@case("007-no-chemicals-line-discontinued", "confirmation/nb-NO",
      "one line refused (discontinued) with an alternative merely offered; others accepted")
def c007():
    s = sup("VESTKJEM", "Vestland Kjemi AS", "salg@vestlandkjemi.example", "nb-NO")
    p = PO("4500071533", s, "marta", "NOK", "2026-11-30", [
        L(1, "VK-NAOH-50", "Natronlut 50 %, IBC 1000 l", 3, "EA", "6200.00", "2026-12-10"),
        L(2, "VK-HCL-33", "Saltsyre 33 %, kanne 25 l", 40, "EA", "289.00", "2026-12-10"),
        L(3, "VK-INH-12", "Korrosjonsinhibitor CI-12", 200, "KG", "74.00", "2026-12-10"),
    ])
    body = ("Hei,\n\nLinje 1 og 3 bekreftes med levering torsdag 10.12.\n\n"
            "Linje 2 (saltsyre i 25 l kanner) er gått ut av sortimentet vårt og kan dessverre ikke leveres. "
            "Vi kan eventuelt tilby 1000 l IBC i stedet – gi beskjed hvis det er aktuelt, så sender vi tilbud.\n\n"
            "Med vennlig hilsen\nIngrid Solheim\nKundeservice\nVestland Kjemi AS | Tlf. 55 00 00 00\n\n"
            "-----Opprinnelig melding-----\n" + request_text(p))
    m = message(H(addr("Ingrid Solheim", "ingrid.solheim@vestlandkjemi.example"), buyer_addr(p),
                  "SV: Purchase order 4500071533 - please confirm", hdate(2026, 12, 1, 12, 55, 0),
                  "<1f0e9d8c7b6a@vestlandkjemi.example>", p),
                text(body, charset="utf-8", cte="8bit"))
    e = EXP("confirmation",
            "Line 2 declined; the IBC alternative is only an offer (no commitment, no new line). 10.12 = 2026-12-10.",
            conf(p, {1: A(), 2: R(), 3: A()}))
    return [p], m, e


@case("008-dk-odoo-html-order", "confirmation/da-DK",
      "Odoo sale order mail (HTML+text) with its own S-number; price change hidden in the table")
def c008():
    s = sup("FYNEMB", "Fynsk Emballage ApS", "salg@fynskemballage.example", "da-DK")
    p = PO("4500071560", s, "marta", "DKK", "2026-12-02", [
        L(1, "FE-KRT-40", "Trykt kartonæske 400x300x200, 2 farver", 3000, "EA", "7.40", "2026-12-17"),
        L(2, "FE-TAPE-48", "Pakketape m. logo 48 mm x 66 m", 600, "RL", "18.50", "2026-12-17"),
    ])
    plain = ("Hej Marta Lindqvist,\n\nHer er din ordrebekræftelse S00421 på 42.187,50 kr.\n"
             "Deres reference: 4500071560\n\n"
             "[FE-KRT-40] Trykt kartonæske 400x300x200   3.000,00 Stk   7,40   22.200,00 kr.\n"
             "[FE-TAPE-48] Pakketape m. logo 48mm x 66m   600,00 Rulle   19,25   11.550,00 kr.\n\n"
             "Forventet leveringsdato: 17-12-2026\n\nHar du spørgsmål, er du velkommen til at kontakte os.\n\n"
             "--\nMads Kjærgaard\nFynsk Emballage ApS\n")
    html = ("<div style=\"margin:0px;padding:0px\"><p>Hej Marta Lindqvist,<br><br>Her er din ordrebekræftelse "
            "<strong>S00421</strong> på <strong>42.187,50 kr.</strong><br>Deres reference: 4500071560</p>\n"
            "<table style=\"width:100%;border-collapse:collapse\"><thead><tr><th>Beskrivelse</th><th>Antal</th>"
            "<th>Enhedspris</th><th>Beløb</th></tr></thead><tbody>\n"
            "<tr><td>[FE-KRT-40] Trykt kartonæske 400x300x200</td><td>3.000,00 Stk</td><td>7,40</td><td>22.200,00 kr.</td></tr>\n"
            "<tr><td>[FE-TAPE-48] Pakketape m. logo 48mm x 66m</td><td>600,00 Rulle</td><td>19,25</td><td>11.550,00 kr.</td></tr>\n"
            "</tbody></table>\n<p>Forventet leveringsdato: 17-12-2026</p>\n"
            "<p>Har du spørgsmål, er du velkommen til at kontakte os.</p>\n<p>--<br>Mads Kjærgaard<br>Fynsk Emballage ApS</p>"
            "<div style=\"font-size:11px;color:#888\">Powered by <a href=\"https://www.odoo.com\">Odoo</a></div></div>\n")
    m = message(H(addr("Fynsk Emballage ApS", "salg@fynskemballage.example"), buyer_addr(p),
                  "Fynsk Emballage ApS Ordre (Ref S00421)", hdate(2026, 12, 3, 14, 2, 17, "+0000"),
                  "<171263041.830512.1796306537@fynskemballage.odoo.example>",
                  extra=[("Reply-To", addr("Mads Kjærgaard", "mk@fynskemballage.example")),
                         ("X-Odoo-Objects", "sale.order-421")]),
                multi("alternative", "===============4830293384716455891==", [
                    text(plain, charset="utf-8", cte="base64"),
                    text(html, subtype="html", charset="utf-8", cte="base64"),
                ]))
    e = EXP("confirmation",
            "Odoo order mail referencing the PO only as 'Deres reference'; no In-Reply-To. Tape price 19,25 "
            "instead of 18,50; quantities written 3.000,00 (Danish format). Totals include VAT.",
            conf(p, {1: A(), 2: C(price="19.25")}))
    return [p], m, e


@case("009-fi-film-viikko-split", "confirmation/fi-FI",
      "Finnish free text, week numbers, one line split between week 50 and week 2")
def c009():
    s = sup("POHJMUOVI", "Pohjolan Muovi Oy", "myynti@pohjolanmuovi.example", "fi-FI")
    p = PO("4500071577", s, "marta", "EUR", "2026-11-30", [
        L(1, "PM-LDPE-F80", "LDPE-kalvo 80 µm, rulla 1500 mm", 4000, "KG", "2.15", "2026-12-11"),
        L(2, "PM-STR-23", "Venytyskalvo 23 µm, 500 mm", 120, "RL", "14.90", "2026-12-11"),
    ])
    body = ("Moi Marta,\n\nkiitos tilauksesta 4500071577.\n\n"
            "80 µm kalvo: toimitus viikolla 50 kuten pyysitte, hinta 2,15 €/kg ok.\n"
            "Venytyskalvoa saadaan viikolle 50 vain 80 rullaa, loput 40 rullaa toimitetaan viikolla 2.\n\n"
            "Terveisin\nJussi Heikkinen\nmyyntipäällikkö, Pohjolan Muovi Oy\n+358 40 000 0000\n\n"
            "Lähettäjä: Marta Lindqvist <marta.lindqvist@brightwell.example>\nLähetetty: maanantai 30. marraskuuta 2026 15.05\n"
            "Aihe: Purchase order 4500071577 - please confirm\n\n" + quote(request_text(p)))
    m = message(H(addr("Jussi Heikkinen", "jussi.heikkinen@pohjolanmuovi.example"), buyer_addr(p),
                  "VS: Purchase order 4500071577 - please confirm", hdate(2026, 12, 1, 9, 31, 12, "+0200"),
                  "<DB9PR07MB7771E0F2A8C9@DB9PR07MB7771.eurprd07.prod.outlook.com>", p),
                text(body, charset="iso-8859-15"))
    e = EXP("confirmation",
            "viikko 50 -> Fri 2026-12-11 (= requested); line 2 split 80 RL week 50 + 40 RL week 2/2027 (Fri 2027-01-15).",
            conf(p, {1: A(), 2: C(date="2027-01-15", schedule=[(80, "2026-12-11"), (40, "2027-01-15")])}))
    return [p], m, e


@case("010-jp-iso2022-capacitors", "confirmation/ja-JP",
      "Japanese ISO-2022-JP mail; one line split, one price revision, 年月日 dates without year")
def c010():
    s = sup("TOHODB", "東邦電子部品株式会社", "eigyo@toho-denshi.example", "ja-JP")
    p = PO("4500071590", s, "priya", "JPY", "2026-12-01", [
        L(1, "TD-MLCC-104", "積層セラミックコンデンサ 0.1uF 0603", 50000, "EA", "0.85", "2026-12-18"),
        L(2, "TD-IND-2R2", "パワーインダクタ 2.2uH", 8000, "EA", "12.40", "2026-12-18"),
        L(3, "TD-XTAL-16M", "水晶振動子 16MHz", 5000, "EA", "28.00", "2026-12-18"),
    ])
    body = ("ブライトウェル・マニュファクチャリング株式会社\n購買部 Priya Natarajan 様\n\n"
            "いつも大変お世話になっております。\n東邦電子部品の佐藤でございます。\n\n"
            "ご注文（発注番号 4500071590）につきまして、下記の通りご回答申し上げます。\n\n"
            "１．積層セラミックコンデンサ 0.1uF 0603\n"
            "　　50,000個　単価0.85円　12月18日納品　→　ご注文通り承りました。\n\n"
            "２．パワーインダクタ 2.2uH\n"
            "　　メーカー在庫不足のため、12月18日に5,000個、残り3,000個は1月15日の納品となります。\n\n"
            "３．水晶振動子 16MHz\n"
            "　　原材料高騰により、単価29.50円とさせていただきます。納期12月18日は問題ございません。\n\n"
            "ご迷惑をおかけし申し訳ございませんが、何卒よろしくお願い申し上げます。\n\n"
            "--------------------------------------------\n東邦電子部品株式会社　営業部\n佐藤 健一\n"
            "TEL: 03-0000-0000\n--------------------------------------------\n")
    m = message(H(addr("佐藤 健一", "k-sato@toho-denshi.example", "iso-2022-jp"), buyer_addr(p),
                  hdr("Re: 注文書 4500071590 ご確認のお願い", "iso-2022-jp"), hdate(2026, 12, 3, 10, 4, 45, "+0900"),
                  "<20261203100445.5A3C.K-SATO@toho-denshi.example>", p,
                  extra=[("X-Mailer", "Becky! ver. 2.81.05")]),
                text(body, charset="iso-2022-jp", cte="7bit"))
    e = EXP("confirmation",
            "ISO-2022-JP 7bit body. Line 2 5,000 on 12/18 + 3,000 on 1月15日 (no year -> 2027-01-15); "
            "line 3 price 29.50 JPY; full-width list numbers.",
            conf(p, {1: A(), 2: C(date="2027-01-15", schedule=[(5000, "2026-12-18"), (3000, "2027-01-15")]),
                     3: C(price="29.50")}))
    return [p], m, e


@case("011-cn-gb2312-ship-date", "confirmation/zh-CN",
      "Chinese GB2312 base64 body; only ship dates given; price increase on one line")
def c011():
    s = sup("HAIDE", "Qingdao Haide Food Ingredients Co., Ltd.", "export@haide-ingredients.example", "zh-CN")
    p = PO("4500071611", s, "priya", "USD", "2026-11-27", [
        L(1, "HD-XAN-80", "Xanthan gum 80 mesh, food grade", 2000, "KG", "3.60", "2026-12-28"),
        L(2, "HD-CMC-FH9", "Sodium CMC FH9, food grade", 1000, "KG", "2.95", "2026-12-28"),
    ])
    body = ("Priya 您好，\n\n贵司订单 4500071611 已收到，确认如下：\n\n"
            "1. 黄原胶 80目 食品级 2000公斤，因原料上涨，单价调整为 USD 3.85/公斤，12月20日发货。\n"
            "2. 羧甲基纤维素钠 FH9 1000公斤，价格不变，12月20日发货。\n\n"
            "两项合并一个20尺柜从青岛港出运，提单出来后发您。\n\n"
            "谢谢！\n王丽 Lily Wang\n外贸部 青岛海德食品配料有限公司\n\n"
            "------------------ 原始邮件 ------------------\n"
            "发件人: \"Priya Natarajan\"<priya.natarajan@brightwell.example>;\n发送时间: 2026年11月27日(星期五) 下午5:30\n"
            "主题: Purchase order 4500071611 - please confirm\n\n" + request_text(p))
    m = message(H(addr("王丽", "lily.wang@haide-ingredients.example", "gb2312"), buyer_addr(p),
                  hdr("回复：Purchase order 4500071611 - please confirm", "gb2312"), hdate(2026, 12, 2, 16, 20, 5, "+0800"),
                  "<tencent_4B1C9E2F7A0D3E5F6C8B@qq.example>", p,
                  extra=[("X-Mailer", "Foxmail 7.2.25.228")]),
                multi("alternative", "----=_NextPart_6A1F2C3D_0B8E4A90_3C7D5E21", [
                    text(body, charset="GB2312", cte="base64"),
                    text("<html><body><div>" + html_escape(body).replace("\n", "<br>") + "</div></body></html>\n",
                         subtype="html", charset="GB2312", cte="base64"),
                ]))
    e = EXP("confirmation",
            "Only ship dates (12月20日发货) -> date 2026-12-20 for both lines; line 1 price 3.85 USD/kg.",
            conf(p, {1: C(price="3.85", date="2026-12-20"), 2: C(date="2026-12-20")}))
    return [p], m, e


@case("012-kr-connectors-reduced", "confirmation/ko-KR",
      "Korean UTF-8 base64; yyyy.mm.dd dates; one line reduced with remainder cancelled")
def c012():
    s = sup("DAESUNG", "Daesung Connector Co., Ltd.", "sales@daesung-conn.example", "ko-KR")
    p = PO("4500071624", s, "priya", "USD", "2026-12-01", [
        L(1, "DS-WTB-20-4P", "Wire-to-board connector 2.0 mm 4P", 30000, "EA", "0.062", "2026-12-21"),
        L(2, "DS-FFC-05-30P", "FFC connector 0.5 mm 30P", 12000, "EA", "0.185", "2026-12-21"),
    ])
    body = ("안녕하세요, Priya 님.\n대성커넥터 해외영업팀 김민준입니다.\n\n"
            "발주서 4500071624 확인하였습니다.\n\n"
            "1번 품목 (DS-WTB-20-4P): 30,000개, 납기 2026.12.21 가능합니다.\n"
            "2번 품목 (DS-FFC-05-30P): 현재 원자재 수급 문제로 10,000개만 공급 가능하며 납기는 2027.01.11입니다. "
            "나머지 2,000개는 취소 처리 부탁드립니다. 단가는 동일합니다.\n\n"
            "감사합니다.\n\n김민준 / Minjun Kim\n대성커넥터(주) 해외영업팀\nT. +82-31-000-0000\n")
    m = message(H(addr("김민준", "mj.kim@daesung-conn.example"), buyer_addr(p),
                  hdr("RE: Purchase order 4500071624 - please confirm"), hdate(2026, 12, 3, 11, 40, 0, "+0900"),
                  "<20261203024000.B7C1@daesung-conn.example>", p),
                multi("alternative", "----=_Part_88123_1029384756.1796262000000", [
                    text(body, charset="UTF-8", cte="base64"),
                    text("<html><body><p>" + html_escape(body).replace("\n", "<br>") + "</p></body></html>\n",
                         subtype="html", charset="UTF-8", cte="base64"),
                ]))
    e = EXP("confirmation",
            "Line 2: only 10,000 of 12,000, delivery 2027.01.11, remainder cancelled -> quantity 10000.",
            conf(p, {1: A(), 2: C(quantity=10000, date="2027-01-11")}))
    return [p], m, e


@case("013-ar-dairy-partial-comma-decimal", "confirmation/es-AR",
      "US$ prices with decimal comma; one line price change, one deferred to next week (unconfirmed)")
def c013():
    s = sup("LDPAMPA", "Lácteos y Derivados Pampeanos S.A.", "ventas@ldpampeanos.example", "es-AR")
    p = PO("4500071640", s, "tomas", "USD", "2026-11-30", [
        L(1, "LDP-LPE-26", "Leche en polvo entera 26% MG", 5000, "KG", "3.92", "2026-12-22"),
        L(2, "LDP-SUE-DES", "Suero de leche desmineralizado", 3000, "KG", "1.48", "2026-12-22"),
        L(3, "LDP-CAS-90", "Caseinato de sodio 90%", 500, "KG", "9.75", "2027-01-12"),
    ])
    body = ("Hola Tomás, ¿cómo va?\n\nTe confirmo la OC 4500071640:\n\n"
            "- Leche en polvo entera: OK, 5.000 kg a US$ 3,92 para el 22/12.\n"
            "- Suero desmineralizado: te lo puedo mandar completo (3.000 kg) y en fecha, pero a US$ 1,55 el kilo, "
            "subió la materia prima este mes.\n"
            "- Caseinato: este lo tengo que ver con planta, te confirmo la semana que viene.\n\n"
            "Abrazo,\nFacundo Ibarra\nComercial Exportación\nLácteos y Derivados Pampeanos S.A.\n\n"
            "El lun, 30 nov 2026 a las 10:15, Tomás Ferreira (<tomas.ferreira@brightwell.example>) escribió:\n"
            + quote(request_text(p)))
    m = message(H(addr("Facundo Ibarra", "fibarra@ldpampeanos.example"), buyer_addr(p),
                  "Re: Purchase order 4500071640 - please confirm", hdate(2026, 12, 2, 17, 8, 44, "-0300"),
                  "<CAF9y3kRt7wLx0pQ_mZ2nC4@mail.gmail.com>", p),
                text(body, charset="UTF-8"))
    e = EXP("confirmation",
            "Casual tone; US$ 1,55 (comma decimal) for line 2; line 3 explicitly not yet confirmed -> unconfirmed.",
            conf(p, {1: A(), 2: C(price="1.55"), 3: U()}))
    return [p], m, e


@case("014-cl-xlsx-per-mil-own-numbering", "confirmation/es-CL",
      "XLSX from home-made ERP: own line order, quantities in MIL with price per thousand, ship vs delivery columns")
def c014():
    s = sup("ENVAND", "Envases Andinos SpA", "despacho@envasesandinos.example", "es-CL")
    p = PO("4500071655", s, "tomas", "USD", "2026-12-01", [
        L(1, "EA-BOL-PE-30", "Bolsa PE impresa 30x40 cm", 50000, "EA", "0.085", "2026-12-18"),
        L(2, "EA-FLX-LAM-620", "Film laminado impreso BOPP/PE 620 mm", 800, "KG", "6.40", "2026-12-18"),
        L(3, "EA-ETQ-IML-1L", "Etiqueta IML envase 1 L", 30000, "EA", "0.034", "2027-01-08"),
    ])
    rows = [
        ["ENVASES ANDINOS SpA - CONFIRMACIÓN DE PEDIDO", "", "", "", "", "", "", "", "", "", ""],
        ["Nota de venta", "NV-26-3381", "", "Cliente", "Brightwell Manufacturing", "", "OC cliente", "4500071655"],
        [],
        ["N° línea", "Línea OC", "Nuestro código", "Su código", "Descripción", "Cantidad", "Unidad",
         "Precio US$", "Por", "Fecha despacho", "Fecha entrega"],
        [1, 3, "IML-1000-BW", "EA-ETQ-IML-1L", "Etiqueta IML 1 L", 30, "MIL", ("n", "36.5"), "MIL",
         XDate("2027-01-05"), XDate("2027-01-08")],
        [2, 1, "BPE-3040-BW", "EA-BOL-PE-30", "Bolsa PE 30x40 impresa", 50, "MIL", ("n", "85"), "MIL",
         XDate("2026-12-15"), XDate("2026-12-18")],
        [3, 2, "LAM-620-BW", "EA-FLX-LAM-620", "Laminado BOPP/PE 620mm", 800, "KG", ("n", "6.4"), "KG",
         XDate("2026-12-21"), XDate("2026-12-23")],
        [],
        ["Condiciones: FCA Santiago. Precios netos sin IVA."],
    ]
    x = make_xlsx(rows, "Confirmacion")
    body = ("Estimado Tomás:\n\nAdjunto la confirmación de su OC 4500071655 (nuestra nota de venta NV-26-3381).\n"
            "Ojo que la etiqueta IML sube a US$ 36,50 el millar por cambio de proveedor de film.\n\n"
            "Saludos cordiales,\n\nCamila Rojas Fuentes\nServicio al Cliente\nEnvases Andinos SpA\n+56 2 2000 0000\n")
    m = message(H(addr("Camila Rojas Fuentes", "crojas@envasesandinos.example"), buyer_addr(p),
                  "RE: Purchase order 4500071655 - please confirm", hdate(2026, 12, 3, 12, 30, 0, "-0300"),
                  "<000601dd6421$3b8f2c10$b2ad8430$@envasesandinos.example>", p),
                multi("mixed", "----=_NextPart_000_0007_01DD6421.3B8F2C10", [
                    text(body, charset="iso-8859-1"),
                    attach(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           "Confirmacion_OC_4500071655.xlsx"),
                ]))
    e = EXP("confirmation",
            "Supplier line order differs; the 'Línea OC' column maps them. 50 MIL @ 85/MIL = 50000 EA @ 0.085 (same); "
            "IML 36,50/MIL = 0.0365 (changed); laminate delivery 23/12 (delivery column wins over ship 21/12). "
            "Dates are Excel serials with a date style.",
            conf(p, {1: A(), 2: C(date="2026-12-23"), 3: C(price="0.0365")}))
    return [p], m, e


@case("015-it-glycerine-weekday", "confirmation/it-IT",
      "both lines slip to a named weekday date ('venerdì 18 dicembre') without year")
def c015():
    s = sup("CHIMADR", "Chimica Adriatica S.r.l.", "ordini@chimadriatica.example", "it-IT")
    p = PO("4500071670", s, "elise", "EUR", "2026-12-02", [
        L(1, "CA-GLY-995", "Glicerina USP 99,5%", 1000, "KG", "1.28", "2026-12-16"),
        L(2, "CA-PG-USP", "Glicole propilenico USP", 800, "KG", "1.95", "2026-12-16"),
    ])
    body = ("Buongiorno Elise,\n\nconfermiamo il Vs. ordine 4500071670 per intero, prezzi invariati.\n"
            "Purtroppo a causa di un fermo impianto la consegna slitta a venerdì 18 dicembre per entrambe le righe.\n\n"
            "Ci scusiamo per il disagio.\n\nCordiali saluti\n\nFederica Marchetti\nUfficio Commerciale\n"
            "Chimica Adriatica S.r.l. - Via dell'Industria 8 - 60027 Osimo (AN)\n\n"
            "Le informazioni contenute in questa e-mail sono riservate. Se avete ricevuto questo messaggio per errore, "
            "vi preghiamo di cancellarlo e di darne notizia al mittente.\n\n"
            "-----Messaggio originale-----\nDa: Elise Fontaine [mailto:elise.fontaine@brightwell.example]\n"
            "Inviato: mercoledì 2 dicembre 2026 11:20\nOggetto: Purchase order 4500071670 - please confirm\n\n"
            + request_text(p))
    m = message(H(addr("Federica Marchetti", "f.marchetti@chimadriatica.example"), buyer_addr(p),
                  "R: Purchase order 4500071670 - please confirm", hdate(2026, 12, 7, 9, 12, 0),
                  "<003a01dd6698$5c1e2a40$145a7ec0$@chimadriatica.example>", p),
                text(body, charset="windows-1252"))
    e = EXP("confirmation", "Mail dated Mon 7 Dec; 'venerdì 18 dicembre' -> 2026-12-18 for both lines.",
            conf(p, {1: C(date="2026-12-18"), 2: C(date="2026-12-18")}))
    return [p], m, e


@case("016-nl-granulate-ship-vs-delivery", "confirmation/nl-NL",
      "explicit delivery dates win over ship dates and over a 'week 1' mention; one date earlier than requested")
def c016():
    s = sup("BRABKUN", "Brabant Kunststoffen B.V.", "verkoop@brabantkunststoffen.example", "nl-NL")
    p = PO("4500071702", s, "jonas", "EUR", "2026-12-01", [
        L(1, "BK-ABS-NAT", "ABS granulaat naturel", 3000, "KG", "2.05", "2026-12-22"),
        L(2, "BK-PC-CLR", "Polycarbonaat granulaat helder", 1000, "KG", "3.60", "2026-12-22"),
    ])
    body = ("Beste Jonas,\n\nDank voor je order 4500071702, hierbij onze bevestiging:\n\n"
            "ABS naturel, 3.000 kg: verzending vrijdag 18 december, levering bij jullie maandag 21 december.\n"
            "PC helder, 1.000 kg: helaas pas in week 1 leverbaar – verzending 4 januari, levering 6 januari.\n\n"
            "Prijzen conform order.\n\nMet vriendelijke groet,\n\nSanne de Vries\nBinnendienst\n"
            "Brabant Kunststoffen B.V. | Industrieweg 41 | 5145 PD Waalwijk\n\n"
            "Van: Jonas Weber <jonas.weber@brightwell.example>\nVerzonden: dinsdag 1 december 2026 14:03\n"
            "Aan: verkoop@brabantkunststoffen.example\nOnderwerp: Purchase order 4500071702 - please confirm\n\n"
            + request_text(p))
    m = message(H(addr("Sanne de Vries", "s.devries@brabantkunststoffen.example"), buyer_addr(p),
                  "RE: Purchase order 4500071702 - please confirm", hdate(2026, 12, 3, 8, 50, 30),
                  "<AM0PR04MB6546F1E2D3C4B5A6@AM0PR04MB6546.eurprd04.prod.outlook.com>", p),
                text(body, charset="utf-8"))
    e = EXP("confirmation",
            "Line 1 delivery 21 Dec (one day EARLIER than requested 22 Dec -> changed). Line 2 'week 1' is "
            "superseded by the explicit delivery date 6 January (2027-01-06), not the week-1 Friday.",
            conf(p, {1: C(date="2026-12-21"), 2: C(date="2027-01-06")}))
    return [p], m, e


@case("017-pl-labels-per-1000", "confirmation/pl-PL",
      "ISO-8859-2 quoted-printable; prices per 1000 szt.; one date pushed to January")
def c017():
    s = sup("ETWISLA", "Drukarnia Etykiet Wisła Sp. z o.o.", "zamowienia@etykiety-wisla.example", "pl-PL")
    p = PO("4500071715", s, "jonas", "PLN", "2026-12-02", [
        L(1, "DEW-ETK-5030", "Etykieta samoprzylepna 50x30 mm, nadruk 4+0", 100000, "EA", "0.0425", "2026-12-21"),
        L(2, "DEW-ETK-10070", "Etykieta 100x70 mm, folia PP biała", 40000, "EA", "0.118", "2026-12-21"),
    ])
    body = ("Dzień dobry Panie Jonasie,\n\npotwierdzamy przyjęcie zamówienia nr 4500071715 do realizacji:\n\n"
            "poz. 1 - 100 000 szt., cena 42,50 zł / 1000 szt., termin dostawy 21.12.2026\n"
            "poz. 2 - 40 000 szt., cena bez zmian (118,00 zł / 1000 szt.), ze względu na dostępność folii PP "
            "termin dostawy 11.01.2027\n\n"
            "Pozdrawiam serdecznie\nAgnieszka Wróblewska\nDział Obsługi Klienta\nDrukarnia Etykiet Wisła Sp. z o.o.\n"
            "tel. +48 12 000 00 00\n\n"
            "Treść tej wiadomości jest poufna i prawnie chroniona.\n")
    m = message(H(addr("Agnieszka Wróblewska", "a.wroblewska@etykiety-wisla.example", "iso-8859-2"), buyer_addr(p),
                  "Odp: Purchase order 4500071715 - please confirm", hdate(2026, 12, 3, 13, 27, 51),
                  "<5f3a91c2-7d4e-4b0a-9c8e-0e1d2f3a4b5c@etykiety-wisla.example>", p,
                  extra=[("User-Agent", "Mozilla Thunderbird")]),
                text(body, charset="iso-8859-2"))
    e = EXP("confirmation",
            "Prices stated per 1000 pcs: 42,50 zł/1000 = 0.0425 (same), 118,00/1000 = 0.118 (same). Line 2 only the date changes.",
            conf(p, {1: A(), 2: C(date="2027-01-11")}))
    return [p], m, e


@case("018-cz-solvents-cp1250", "confirmation/cs-CZ",
      "Czech windows-1250 body; reduced quantity with space thousands, price change, common date")
def c018():
    s = sup("MCHZ", "Moravské chemické závody a.s.", "prodej@mchz.example", "cs-CZ")
    p = PO("4500071730", s, "jonas", "CZK", "2026-11-30", [
        L(1, "MCHZ-ETAC", "Ethylacetát 99,9 %", 4000, "KG", "38.50", "2026-12-15"),
        L(2, "MCHZ-BUAC", "Butylacetát", 2000, "KG", "44.20", "2026-12-15"),
        L(3, "MCHZ-XYL", "Xylen, směs izomerů", 1000, "KG", "29.90", "2026-12-15"),
    ])
    body = ("Dobrý den,\n\npotvrzujeme Vaši objednávku č. 4500071730 s těmito změnami:\n\n"
            "pol. 1 – dodáme pouze 3 200 kg (omezená kapacita autocisterny)\n"
            "pol. 2 – beze změny\n"
            "pol. 3 – cena 31,40 Kč/kg\n\n"
            "Termín dodání u všech položek 15. 12. 2026.\n\n"
            "S pozdravem\nIng. Petra Horáková\nobchodní oddělení\nMoravské chemické závody a.s.\n\n"
            "---------- Původní e-mail ----------\nOd: Jonas Weber <jonas.weber@brightwell.example>\n"
            "Datum: 30. 11. 2026 15:44:02\nPředmět: Purchase order 4500071730 - please confirm\n\n"
            + request_text(p))
    m = message(H(addr("Petra Horáková", "horakova@mchz.example", "windows-1250"), buyer_addr(p),
                  "Re: Purchase order 4500071730 - please confirm", hdate(2026, 12, 1, 10, 2, 18),
                  "<20261201100218.8A9B@mchz.example>", p),
                text(body, charset="windows-1250", cte="8bit"))
    e = EXP("confirmation",
            "cs-CZ: '3 200 kg' reduced quantity, '31,40 Kč/kg' price; '15. 12. 2026' with spaces applies to all lines.",
            conf(p, {1: C(quantity=3200), 2: A(), 3: C(price="31.40")}))
    return [p], m, e


@case("019-tr-pet-one-line-refused", "confirmation/tr-TR",
      "Turkish; ship date and delivery date both given (delivery wins); second line cannot be supplied")
def c019():
    s = sup("EGEPOL", "Ege Polimer Sanayi A.Ş.", "satis@egepolimer.example", "tr-TR")
    p = PO("4500071744", s, "elise", "USD", "2026-12-01", [
        L(1, "EGE-PET-080", "PET şişe granülü IV 0.80", 10000, "KG", "1.12", "2026-12-24"),
        L(2, "EGE-PETG-CL", "PETG şeffaf granül", 2000, "KG", "2.45", "2026-12-24"),
    ])
    body = ("Merhaba Elise Hanım,\n\n4500071744 numaralı siparişinizi aşağıdaki şekilde teyit ederiz:\n\n"
            "1. kalem – PET granül IV 0.80: 10.000 kg, 1,12 USD/kg. Sevk tarihi 15.12.2026, size teslim 28.12.2026.\n"
            "2. kalem – PETG şeffaf: maalesef stoğumuz yok ve yakın zamanda üretim planlanmadığı için bu kalemi "
            "karşılayamıyoruz.\n\n"
            "İyi çalışmalar,\nMert Aydın\nİhracat Satış Temsilcisi\nEge Polimer Sanayi A.Ş. | İzmir\n")
    m = message(H(addr("Mert Aydın", "mert.aydin@egepolimer.example"), buyer_addr(p),
                  "YNT: Purchase order 4500071744 - please confirm", hdate(2026, 12, 2, 15, 14, 9, "+0300"),
                  "<VI1PR08MB3C7A5E9D0F1B2A3C@VI1PR08MB3C7A.eurprd08.prod.outlook.com>", p),
                multi("alternative", "_000_VI1PR08MB3C7A5E9D0F1B2A3C_", [
                    text(body, charset="windows-1254"),
                    text("<html><body><p>" + html_escape(body).replace("\n", "<br>\n") + "</p></body></html>\n",
                         subtype="html", charset="windows-1254"),
                ]))
    e = EXP("confirmation", "Delivery 28.12.2026 wins over ship 15.12.2026. PETG line cannot be supplied -> rejected.",
            conf(p, {1: C(date="2026-12-28"), 2: R()}))
    return [p], m, e


@case("020-in-pouches-lakh-despatch", "confirmation/en-IN",
      "Indian lakh grouping (1,00,000), 'despatch by' ship dates only, transit time mentioned")
def c020():
    s = sup("SGPOLY", "Shree Ganesh Polypack Pvt. Ltd.", "sales@sgpolypack.example", "en-IN")
    p = PO("4500071760", s, "priya", "INR", "2026-11-28", [
        L(1, "SGP-POUCH-250", "Printed laminated stand-up pouch 250 g", 100000, "EA", "3.40", "2026-12-19"),
        L(2, "SGP-ROLL-PET", "Printed PET/PE roll stock 300 mm", 1500, "KG", "285.00", "2026-12-19"),
    ])
    body = ("Dear Madam,\n\nGreetings from Shree Ganesh Polypack !!\n\n"
            "We acknowledge receipt of your esteemed PO no. 4500071760 dt. 28-11-2026 and confirm the same as under:\n\n"
            "1) Stand up pouch 250g - Qty 1,00,000 nos @ Rs. 3.40/- each - despatch by 19-12-2026\n"
            "2) PET/PE roll stock 300mm - Qty 1,500 kgs @ Rs. 298.00/kg (revised due to increase in PET film prices) "
            "- despatch 26-12-2026\n\n"
            "Kindly note material will be despatched from our Daman plant, transit time 4-5 days.\n\n"
            "Thanking you and assuring you of our best services at all times.\n\n"
            "Regards,\nRakesh Mehta\nSr. Manager - Marketing\nShree Ganesh Polypack Pvt. Ltd.\nMob: +91 98000 00000\n")
    m = message(H(addr("Rakesh Mehta", "rakesh.mehta@sgpolypack.example"), buyer_addr(p),
                  "RE: Purchase order 4500071760 - please confirm", hdate(2026, 12, 1, 12, 45, 0, "+0530"),
                  "<CAPnX0_9vZ2rQ7LmW4k@mail.gmail.com>", p),
                text(body, charset="UTF-8", cte="7bit"))
    e = EXP("confirmation",
            "1,00,000 = 100000. Only despatch (ship) dates, so date = ship date: line 1 19-12-2026 equals need-by "
            "(accepted); line 2 26-12-2026 with price 298.00. Transit time is not a delivery date.",
            conf(p, {1: A(), 2: C(price="298.00", date="2026-12-26")}))
    return [p], m, e


@case("021-gb-forwarded-planner-note", "confirmation/en-GB",
      "rep forwards an internal planner note; day-first 12/01 date; w/c distractor")
def c021():
    s = sup("PENNINE", "Pennine Electronics Ltd", "sales@pennine-elec.example", "en-GB")
    p = PO("4500071777", s, "dan", "GBP", "2026-12-01", [
        L(1, "PEN-PSU-24V", "24 V 60 W DIN-rail power supply", 120, "EA", "38.75", "2026-12-18"),
        L(2, "PEN-RLY-12", "Relay module 12 V, 4-channel", 300, "EA", "6.20", "2026-12-18"),
    ])
    body = ("Hi Dan,\n\nSee below from our production planner. In short: relays fine for the 18th, PSUs we can "
            "only do 12/01 I'm afraid. Prices as per your PO.\n\nCheers,\nLiam\n\n"
            "Liam Corrigan | Account Manager | Pennine Electronics Ltd\nUnit 4, Calder Park, Halifax HX1 0AA\n\n"
            "---------- Forwarded message ---------\nFrom: Gareth Pryce <g.pryce@pennine-elec.example>\n"
            "Date: Fri, 4 Dec 2026 at 09:58\nSubject: RE: Brightwell 4500071777\nTo: Liam Corrigan <l.corrigan@pennine-elec.example>\n\n"
            "Liam,\n\nPSUs - next batch comes off the line w/c 4 Jan, after burn-in we can deliver to Brightwell 12/01.\n"
            "Relays - in stock, ok for 18/12.\n\nGareth\n\n"
            "> From: Liam Corrigan\n> Can you give me dates for Brightwell PO 4500071777 please - 120 x PSU-24V, 300 x RLY-12, "
            "they want 18/12.\n")
    m = message(H(addr("Liam Corrigan", "l.corrigan@pennine-elec.example"), buyer_addr(p),
                  "Fwd: RE: Brightwell 4500071777", hdate(2026, 12, 4, 10, 21, 7, "+0000"),
                  "<CAL7zQw4_Rt1mN8yKp2@mail.gmail.com>", p),
                text(body, charset="UTF-8", cte="7bit"))
    e = EXP("confirmation",
            "Commitment is inside a forwarded internal mail. en-GB: 12/01 = 12 January 2027 (not w/c 4 Jan).",
            conf(p, {1: C(date="2027-01-12"), 2: A()}))
    return [p], m, e


@case("022-us-distributor-csv-backorder", "confirmation/en-US",
      "automated CSV acknowledgment: ship dates only, partial + backorder rows, cancelled EOL line")
def c022():
    s = sup("MWES", "Midwest Electronic Supply Co.", "edi@mwes.example", "en-US")
    p = PO("BW-118204", s, "dan", "USD", "2026-12-02", [
        L(1, "ATMEGA328P-AU", "MCU 8-bit AVR, TQFP-32", 500, "EA", "2.4100", "2026-12-11"),
        L(2, "LM317T", "Adjustable regulator TO-220", 1000, "EA", "0.3800", "2026-12-11"),
        L(3, "1N4148W-7-F", "Switching diode SOD-123", 10000, "EA", "0.0210", "2026-12-11"),
        L(4, "USB4105-GF-A", "USB-C receptacle, SMT", 2000, "EA", "0.6450", "2026-12-11"),
    ])
    csv = ("CustPO,CustLine,SOLine,MfrPart,QtyOrdered,QtyConfirmed,UnitPrice,ShipDate,Status\r\n"
           "BW-118204,1,1,ATMEGA328P-AU,500,500,2.41,12/09/2026,CONFIRMED\r\n"
           "BW-118204,2,2,LM317T,1000,1000,0.38,12/09/2026,CONFIRMED\r\n"
           "BW-118204,3,3,1N4148W-7-F,10000,6000,0.021,12/09/2026,PARTIAL\r\n"
           "BW-118204,3,3.1,1N4148W-7-F,10000,4000,0.021,01/15/2027,BACKORDER\r\n"
           "BW-118204,4,4,USB4105-GF-A,2000,0,0.645,,CANCELLED - NCNR/EOL\r\n")
    body = ("*** This is an automated message from MWES Order Management. ***\n\n"
            "Sales Order: SO-7741902\nCustomer PO: BW-118204\nShip Via: UPS Ground\n\n"
            "Your order acknowledgment is attached (CSV). Dates shown are estimated SHIP dates from our "
            "Columbus, OH warehouse.\n\nQuestions? Contact your inside sales rep or reply to cs@mwes.example.\n")
    m = message(H(addr("MWES Order Management", "edi@mwes.example"), buyer_addr(p),
                  "Order Acknowledgment SO-7741902 / PO BW-118204", hdate(2026, 12, 2, 16, 3, 0, "-0500"),
                  "<ack.SO-7741902.20261202160300@oms.mwes.example>",
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]),
                multi("mixed", "b1_ack_SO7741902", [
                    text(body, charset="us-ascii", cte="7bit"),
                    attach(csv, "text/csv", "ACK_SO-7741902.csv"),
                ]))
    e = EXP("confirmation",
            "Only ship dates -> 2026-12-09 is the committed date (lines 1,2 changed vs need-by 12-11). Line 3 "
            "split 6000 on 12/09 + 4000 backorder 01/15/2027. Line 4 cancelled (EOL). Prices 2.41 = 2.4100.",
            conf(p, {1: C(date="2026-12-09"), 2: C(date="2026-12-09"),
                     3: C(date="2027-01-15", schedule=[(6000, "2026-12-09"), (4000, "2027-01-15")]),
                     4: R()}))
    return [p], m, e


@case("023-de-two-pos-one-answered", "confirmation/de-DE",
      "two open POs from the same supplier; reply answers only one and defers the other")
def c023():
    s = sup("SCHWKT", "Schwaben Kunststofftechnik GmbH", "vertrieb@schwaben-kt.example", "de-DE")
    p1 = PO("4500071790", s, "jonas", "EUR", "2026-11-27", [
        L(1, "SKT-PA6-GF30", "PA6 GF30 schwarz, Granulat", 1500, "KG", "3.85", "2026-12-16"),
        L(2, "SKT-POM-NAT", "POM Copolymer natur", 800, "KG", "2.90", "2026-12-16"),
    ])
    p2 = PO("4500071812", s, "jonas", "EUR", "2026-12-02", [
        L(1, "SKT-TPE-60A", "TPE 60 Shore A, schwarz", 500, "KG", "5.40", "2027-01-13"),
    ])
    body = ("Hallo Herr Weber,\n\nzu Ihrer Bestellung 4500071790: Pos. 1 und 2 bestätigen wir wie bestellt "
            "zum 16.12., Preise lt. Bestellung.\n\n"
            "Die Bestellung 4500071812 (TPE) bearbeitet meine Kollegin Frau Yılmaz, sie meldet sich separat bei Ihnen.\n\n"
            "Freundliche Grüße\nMarkus Häberle\nVertriebsinnendienst\nSchwaben Kunststofftechnik GmbH\n"
            "Tel. +49 7121 000-0\n\nSitz der Gesellschaft: Reutlingen, Registergericht Stuttgart HRB 000000\n")
    m = message(H(addr("Markus Häberle", "m.haeberle@schwaben-kt.example"), buyer_addr(p1),
                  "AW: Purchase order 4500071790 - please confirm", hdate(2026, 12, 3, 7, 58, 12),
                  "<4c2b8a1e9f0d@schwaben-kt.example>", p1),
                text(body, charset="utf-8"))
    e = EXP("confirmation", "Only PO 4500071790 is answered; 4500071812 is merely mentioned and must be left out.",
            conf(p1, {1: A(), 2: A()}))
    return [p1, p2], m, e


@case("024-us-flavors-two-pos-short-refs", "confirmation/en-US",
      "one reply answering two POs referred to by their last three digits; backorder date and price notice")
def c024():
    s = sup("LAKESHORE", "Lakeshore Flavor & Color LLC", "cs@lakeshoreflavor.example", "en-US")
    p1 = PO("4500071825", s, "dan", "USD", "2026-12-01", [
        L(1, "LFC-ANN-WS", "Annatto extract, water soluble", 120, "KG", "48.00", "2026-12-15"),
    ])
    p2 = PO("4500071831", s, "dan", "USD", "2026-12-02", [
        L(1, "LFC-BCAR-1", "Beta-carotene 1% CWS", 60, "KG", "86.50", "2026-12-18"),
        L(2, "LFC-PAP-OR", "Paprika oleoresin 80,000 CU", 40, "KG", "62.00", "2026-12-18"),
    ])
    body = ("Hi Dan -\n\nAnswering both of your POs here:\n\n"
            "825 - good to go. Ships 12/10, delivers 12/15.\n\n"
            "831 - the beta carotene is on backorder, we'll deliver it on 1/6. Paprika is ok for "
            "12/18 but the price is now $64.75/kg per our Oct 1 price notice (attached to my Oct email).\n\n"
            "Thanks!\nKayla\n\nKayla Brandt | Customer Service Lead\nLakeshore Flavor & Color LLC | Kenosha, WI\n"
            "p 262.000.0000\n")
    hd = H(addr("Kayla Brandt", "kbrandt@lakeshoreflavor.example"), buyer_addr(p1),
           "RE: POs 4500071825 / 4500071831", hdate(2026, 12, 3, 14, 11, 36, "-0600"),
           "<BN0PR11MB5712AA3C19E2@BN0PR11MB5712.namprd11.prod.outlook.com>", p1,
           refs="%s %s" % (p1["request_message_id"], p2["request_message_id"]))
    m = message(hd, text(body, charset="us-ascii", cte="7bit"))
    e = EXP("confirmation",
            "POs named by last 3 digits. 825: delivery 12/15 = need-by (accepted; ship 12/10 ignored). 831 line 1: "
            "'we'll deliver it on 1/6' -> 2027-01-06; line 2 price 64.75.",
            conf(p1, {1: A()}),
            conf(p2, {1: C(date="2027-01-06"), 2: C(price="64.75")}))
    return [p1, p2], m, e


@case("025-gb-additives-on-friday", "confirmation/en-GB",
      "relative weekday 'on Friday' resolved from a Monday Date header")
def c025():
    s = sup("TVADD", "Thames Valley Additives Ltd", "orders@tvadditives.example", "en-GB")
    p = PO("4500071840", s, "dan", "GBP", "2026-12-08", [
        L(1, "TVA-UV-531", "UV absorber UV-531, powder", 100, "KG", "16.40", "2026-12-17"),
        L(2, "TVA-AO-1010", "Antioxidant 1010", 250, "KG", "7.85", "2026-12-17"),
    ])
    body = ("Morning Dan,\n\nBoth lines in stock - we can get them to you on Friday, pallet booked with "
            "Palletline. Prices as per PO.\n\nRgds\nSophie\n\nSophie Allard\nSales Office, Thames Valley Additives Ltd\n"
            "Registered in England No. 00000000. VAT GB 000 0000 00.\n\n"
            "-----Original Message-----\nFrom: Dan Okafor <dan.okafor@brightwell.example>\nSent: 08 December 2026 15:31\n"
            "To: orders@tvadditives.example\nSubject: Purchase order 4500071840 - please confirm\n\n" + request_text(p))
    m = message(H(addr("Sophie Allard", "sophie.allard@tvadditives.example"), buyer_addr(p),
                  "RE: Purchase order 4500071840 - please confirm", hdate(2026, 12, 14, 8, 36, 0, "+0000"),
                  "<LO2P265MB1234ABCD5678EF90@LO2P265MB1234.GBRP265.PROD.OUTLOOK.COM>", p),
                text(body, charset="us-ascii", cte="7bit"))
    e = EXP("confirmation", "Date header Mon 14 Dec 2026 -> 'on Friday' = 2026-12-18, one day after the need-by 17th.",
            conf(p, {1: C(date="2026-12-18"), 2: C(date="2026-12-18")}))
    return [p], m, e


@case("026-at-labels-jaenner-kw-day", "confirmation/de-AT",
      "Austrian 'Jänner', 'Dienstag KW 51', prices per 1.000 Stk / Tsd.")
def c026():
    s = sup("ALPENET", "Alpen Etiketten GmbH", "verkauf@alpen-etiketten.example", "de-AT")
    p = PO("4500071855", s, "jonas", "EUR", "2026-12-01", [
        L(1, "AE-DL-120", "Deckeletikett rund 120 mm, 4c", 60000, "EA", "0.0428", "2026-12-18"),
        L(2, "AE-BAN-450", "Banderole Joghurt 450 g", 80000, "EA", "0.0315", "2026-12-18"),
    ])
    body = ("Grüß Gott Herr Weber,\n\ndanke für die Bestellung 4500071855, gerne bestätigt:\n\n"
            "Pos. 1 Deckeletiketten: 60.000 Stk. à EUR 42,80 / 1.000 Stk., Liefertermin Dienstag KW 51\n"
            "Pos. 2 Banderolen: die Druckplatten müssen neu gemacht werden, Liefertermin daher 12. Jänner 2027, "
            "Preis EUR 33,10 / Tsd. (inkl. anteiliger Klischeekosten)\n\n"
            "Mit freundlichen Grüßen\nKatharina Pichler\nInnendienst\nAlpen Etiketten GmbH, Salzburg\n")
    m = message(H(addr("Katharina Pichler", "k.pichler@alpen-etiketten.example"), buyer_addr(p),
                  "AW: Purchase order 4500071855 - please confirm", hdate(2026, 12, 2, 16, 40, 3),
                  "<0a9b8c7d6e5f4a3b@alpen-etiketten.example>", p),
                multi("alternative", "----=_Part_41_1029.1796226003", [
                    text(body),
                    text("<html><body style=\"font-family:Calibri\">" + html_escape(body).replace("\n", "<br>") + "</body></html>\n",
                         subtype="html"),
                ]))
    e = EXP("confirmation",
            "Line 1: 42,80/1.000 = 0.0428 same price; 'Dienstag KW 51' = 2026-12-15 (day named) -> changed date. "
            "Line 2: 12. Jänner 2027 and 33,10/Tsd = 0.0331.",
            conf(p, {1: C(date="2026-12-15"), 2: C(price="0.0331", date="2027-01-12")}))
    return [p], m, e


@case("027-fr-aromas-expedition-livraison", "confirmation/fr-FR",
      "ship date + delivery date given globally; all lines move to the delivery date; one price up")
def c027():
    s = sup("AROMPROV", "Arômes de Provence SARL", "commandes@aromes-provence.example", "fr-FR")
    p = PO("4500071870", s, "elise", "EUR", "2026-12-03", [
        L(1, "AP-LAV-NAT", "Arôme naturel lavande", 25, "KG", "64.00", "2026-12-15"),
        L(2, "AP-CIT-MEN", "Arôme naturel citron de Menton", 40, "KG", "48.50", "2026-12-15"),
        L(3, "AP-VAN-BOUR", "Extrait de vanille Bourbon", 10, "KG", "210.00", "2026-12-15"),
    ])
    body = ("Bonjour Madame Fontaine,\n\nNous accusons bonne réception de votre commande 4500071870.\n\n"
            "Expédition le 11/12 par messagerie, livraison chez vous le lundi 14/12.\n"
            "Toutes les lignes sont confirmées aux prix de la commande, sauf la vanille Bourbon : 228,00 € HT/kg "
            "(nouvelle récolte, tarif au 1er décembre).\n\n"
            "Bien cordialement,\n\nCéline Aubert\nService clients - Arômes de Provence\n04 90 00 00 00\n")
    m = message(H(addr("Céline Aubert", "celine.aubert@aromes-provence.example"), buyer_addr(p),
                  "RE: Purchase order 4500071870 - please confirm", hdate(2026, 12, 4, 11, 5, 0),
                  "<1796371500.1234.celine.aubert@aromes-provence.example>", p),
                text(body, charset="utf-8", cte="8bit"))
    e = EXP("confirmation",
            "Delivery 14/12 wins over shipment 11/12 and applies to all lines (one day before need-by -> changed). "
            "Vanilla price 228.00.",
            conf(p, {1: C(date="2026-12-14"), 2: C(date="2026-12-14"), 3: C(price="228.00", date="2026-12-14")}))
    return [p], m, e


@case("028-us-resin-declined-whole-po", "confirmation/en-US",
      "supplier declines the whole PO (exited the business); a rejection is an answer")
def c028():
    s = sup("KEYRES", "Keystone Resin Corp", "cs@keystoneresin.example", "en-US")
    p = PO("4500071884", s, "dan", "USD", "2026-12-02", [
        L(1, "KRC-UPR-ISO", "Isophthalic polyester resin, 55 gal drum", 8, "DR", "1240.00", "2026-12-21"),
        L(2, "KRC-MEKP-9", "MEKP catalyst 9%, 1 gal", 24, "EA", "38.00", "2026-12-21"),
    ])
    body = ("Dan,\n\nI'm sorry, but we have to decline PO 4500071884. Keystone exited the marine/composites resin "
            "business effective December 1 and we no longer stock either item. I'd suggest reaching out to a "
            "composites distributor in your area.\n\nThank you for the years of business.\n\n"
            "Best,\nTony Marchetti\nCustomer Service Manager\nKeystone Resin Corp | Allentown, PA\n\n"
            "CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s).\n\n"
            "From: Dan Okafor <dan.okafor@brightwell.example>\nSent: Wednesday, December 2, 2026 9:02 AM\n"
            "To: cs@keystoneresin.example\nSubject: Purchase order 4500071884 - please confirm\n\n" + request_text(p))
    m = message(H(addr("Tony Marchetti", "tmarchetti@keystoneresin.example"), buyer_addr(p),
                  "RE: Purchase order 4500071884 - please confirm", hdate(2026, 12, 2, 13, 47, 20, "-0500"),
                  "<MN2PR05MB6F4A21B3C9@MN2PR05MB6F4A.namprd05.prod.outlook.com>", p),
                text(body, charset="us-ascii", cte="7bit"))
    e = EXP("confirmation", "Whole PO declined: kind confirmation with every line rejected.",
            conf(p, {1: R(), 2: R()}))
    return [p], m, e


@case("029-br-preservatives-percent", "confirmation/pt-BR",
      "percentage adjustment (4,5%) on two of three lines, computed on the PO price")
def c029():
    s = sup("QSERRA", "Química Serra Gaúcha Ltda", "vendas@qserragaucha.example", "pt-BR")
    p = PO("4500071899", s, "tomas", "BRL", "2026-12-01", [
        L(1, "QSG-SORB-K", "Sorbato de potássio granulado", 500, "KG", "42.00", "2026-12-18"),
        L(2, "QSG-BENZ-NA", "Benzoato de sódio", 800, "KG", "18.60", "2026-12-18"),
        L(3, "QSG-ASC-AC", "Ácido ascórbico", 200, "KG", "55.00", "2026-12-18"),
    ])
    body = ("Prezado Tomás, boa tarde.\n\nConfirmamos os três itens do pedido 4500071899 para entrega em 18/12.\n\n"
            "Informamos que, devido à variação cambial, será aplicado reajuste de 4,5% sobre os preços do pedido "
            "nos itens importados (sorbato de potássio e ácido ascórbico). O benzoato é de fabricação nacional e "
            "mantém o preço.\n\nAtenciosamente,\n\nMarcelo Pereira Schmitt\nGerente Comercial\nQuímica Serra Gaúcha Ltda\n"
            "Caxias do Sul - RS\n")
    m = message(H(addr("Marcelo Pereira Schmitt", "marcelo@qserragaucha.example"), buyer_addr(p),
                  "RES: Purchase order 4500071899 - please confirm", hdate(2026, 12, 3, 15, 22, 48, "-0300"),
                  "<006b01dd6437$9a2c4e10$ce84ea30$@qserragaucha.example>", p),
                text(body, charset="iso-8859-1"))
    e = EXP("confirmation", "+4.5% on lines 1 and 3: 42.00 -> 43.89, 55.00 -> 57.475. Line 2 unchanged.",
            conf(p, {1: C(price="43.89"), 2: A(), 3: C(price="57.475")}))
    return [p], m, e


@case("030-se-oracle-pdf-bags", "confirmation/sv-SE",
      "Oracle-style English PDF from a Swedish firm: quantities in 25 KG bags, price per bag, promised arrival")
def c030():
    s = sup("GOTAMK", "Göta Mineral & Kemi AB", "orders@gotamk.example", "sv-SE")
    p = PO("4500071910", s, "marta", "SEK", "2026-12-02", [
        L(1, "GMK-CACO3-5", "Kalciumkarbonat 5 µm (filler)", 10000, "KG", "2.50", "2026-12-16"),
        L(2, "GMK-TIO2-R", "Titandioxid, rutil", 1000, "KG", "38.00", "2026-12-16"),
    ])
    pdf = make_pdf([
        "GOTA MINERAL & KEMI AB                          SALES ORDER ACKNOWLEDGEMENT",
        "Box 4410, SE-417 00 Goteborg                    Order Number: 702118",
        "                                                Order Date:   03-DEC-2026",
        "Bill To: Brightwell Manufacturing               Customer PO:  4500071910",
        "Ship To: Brightwell Manufacturing, Dock 2       Currency:     SEK",
        "Payment Terms: 30 NET     Freight Terms: DAP     Incoterms 2020",
        "",
        "Line  Item / Customer Item         Ordered  UOM        Unit Price   Sched Ship   Promised Arrival",
        "----  ---------------------------  -------  ---------  ----------   -----------  ----------------",
        "1.1   CC5-25 / GMK-CACO3-5           400    BAG 25KG       62.50   14-DEC-2026  16-DEC-2026",
        "2.1   TR-R902-25 / GMK-TIO2-R         40    BAG 25KG      950.00   18-DEC-2026  21-DEC-2026",
        "",
        "                                                 Subtotal:          63,000.00",
        "                                                 Tax:               15,750.00",
        "                                                 Total:             78,750.00",
        "",
        "All sales subject to Gota Mineral & Kemi AB General Conditions of Sale.",
    ], title="Sales Order Acknowledgement 702118")
    body = ("Hej,\n\nBifogat finner ni orderbekräftelse 702118 avseende er order 4500071910.\n\n"
            "Med vänliga hälsningar\nOrderavdelningen\nGöta Mineral & Kemi AB\n")
    m = message(H(addr("Göta Mineral & Kemi - Order", "orders@gotamk.example"), buyer_addr(p),
                  "Orderbekräftelse 702118 (er ref 4500071910)", hdate(2026, 12, 3, 7, 15, 2),
                  "<702118.ACK.1796278502@ebs.gotamk.example>",
                  extra=[("X-Oracle-Workflow", "OEOH_ACK")]),
                multi("mixed", "--oracle-wf-702118", [
                    text(body, charset="UTF-8"),
                    attach(pdf, "application/pdf", "SOACK_702118.pdf"),
                ]))
    e = EXP("confirmation",
            "400 bags x 25 kg = 10000 KG, 62.50/bag = 2.50/kg (same). 40 bags = 1000 KG, 950/bag = 38.00/kg (same), "
            "promised arrival 21-DEC-2026 (delivery wins over sched ship 18-DEC).",
            conf(p, {1: A(), 2: C(date="2026-12-21")}))
    return [p], m, e


def tiny_png():
    import struct
    import zlib

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\x00" + b"\x1f\x4e\x79" * 8 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


@case("031-tw-pcb-big5", "confirmation/zh-TW",
      "Traditional Chinese Big5 body, yyyy/mm/dd dates, one line delayed, expedite offer ignored")
def c031():
    s = sup("TPCIRC", "Taiwan Precision Circuits Co., Ltd.", "sales@tpcircuits.example", "zh-TW")
    p = PO("4500071925", s, "priya", "USD", "2026-12-01", [
        L(1, "TPC-PCB-4L-A", "4-layer PCB, FR4 1.6 mm, ENIG", 2000, "EA", "1.85", "2026-12-23"),
        L(2, "TPC-PCB-2L-B", "2-layer PCB, FR4 1.0 mm, HASL", 5000, "EA", "0.42", "2026-12-23"),
    ])
    body = ("Priya 您好：\n\n訂單 4500071925 確認如下：\n\n"
            "項次1 四層板 TPC-PCB-4L-A：2,000 pcs，單價 USD 1.85，交期 2026/12/23 OK。\n"
            "項次2 雙層板 TPC-PCB-2L-B：因工廠產能滿載，交期延至 2027/01/08，數量價格不變。\n\n"
            "另：如需急件，可另行報價加急費。\n\n"
            "陳怡君 Joyce Chen\n台灣精密電路股份有限公司 業務部\nTel: +886-3-000-0000\n")
    m = message(H(addr("陳怡君", "joyce.chen@tpcircuits.example", "big5"), buyer_addr(p),
                  hdr("回覆: Purchase order 4500071925 - please confirm", "big5"), hdate(2026, 12, 2, 17, 33, 21, "+0800"),
                  "<000001dd6425$a1b2c3d4$e5f60718$@tpcircuits.example>", p),
                text(body, charset="big5", cte="base64"))
    e = EXP("confirmation", "Big5 base64. Line 2 delivery moved to 2027/01/08; the expedite remark is only an offer.",
            conf(p, {1: A(), 2: C(date="2027-01-08")}))
    return [p], m, e


@case("032-vn-pouches-typos-split", "confirmation/vi-VN",
      "non-native English with typos; ship dates only; one line split with the rest shipping in January")
def c032():
    s = sup("SGFLEX", "Saigon Flexible Packaging JSC", "sales@sgflexpack.example", "vi-VN")
    p = PO("4500071938", s, "priya", "USD", "2026-11-30", [
        L(1, "SFP-BAG-1KG", "Printed 3-side seal bag 1 kg", 20000, "EA", "0.065", "2026-12-18"),
        L(2, "SFP-ZIP-500", "Stand-up zipper pouch 500 g, printed", 5000, "EA", "0.118", "2026-12-18"),
    ])
    body = ("Dear Ms Priya,\n\nThank for your PO. We confirm as below:\n\n"
            "- item 1 : 20,000pcs ok , ship 18/12/2026\n"
            "- item 2 : we only can ship 3,000pcs on 18/12, remain 2,000pcs will ship on 10/01/2027 becaus the "
            "zipper material come late.\n\nPrice same as PO.\n\nPls kindly check and advise if any problem.\n\n"
            "Best regard,\nNguyen Thi Thu Ha (Ms.)\nSales Executive\nSaigon Flexible Packaging JSC\n"
            "Lot C5, Tan Tao IZ, Binh Tan Dist., HCMC\n\n"
            "On Mon, Nov 30, 2026 at 9:45 PM Priya Natarajan <priya.natarajan@brightwell.example> wrote:\n"
            + quote(request_text(p)))
    m = message(H(addr("Sales SGFP - Thu Ha", "thuha.sales@sgflexpack.example"), buyer_addr(p),
                  "Re: Purchase order 4500071938 - please confirm", hdate(2026, 12, 1, 14, 2, 59, "+0700"),
                  "<CAHb3u-7Lw9Xq1Zr0pM@mail.gmail.com>", p),
                multi("alternative", "000000000000f0e1d2c3b4a59687", [
                    text(body, charset="UTF-8"),
                    text("<div dir=\"ltr\">" + html_escape(body).replace("\n", "<br>") + "</div>\n", subtype="html", charset="UTF-8"),
                ]))
    e = EXP("confirmation",
            "Ship dates only. Line 1 ship 18/12/2026 = need-by. Line 2: 3,000 on 18/12 + 2,000 on 10/01/2027 (day-first). "
            "'advise if any problem' is a courtesy, not a pending proposal.",
            conf(p, {1: A(), 2: C(date="2027-01-10", schedule=[(3000, "2026-12-18"), (2000, "2027-01-10")])}))
    return [p], m, e


@case("033-ch-finechem-apostrophe", "confirmation/de-CH",
      "Swiss number format 1'285.00 / 1'000 L (apostrophe thousands, point decimal)")
def c033():
    s = sup("BASLERFC", "Basler Feinchemie AG", "auftrag@basler-feinchemie.example", "de-CH")
    p = PO("4500071950", s, "jonas", "CHF", "2026-12-02", [
        L(1, "BFC-INT7", "Zwischenprodukt INT-7, Pharmaqualität", 50, "KG", "1250.50", "2027-01-15"),
        L(2, "BFC-DMF-WF", "DMF wasserfrei", 1000, "L", "4.80", "2026-12-18"),
    ])
    body = ("Sehr geehrter Herr Weber\n\nBesten Dank für Ihre Bestellung 4500071950, die wir wie folgt bestätigen:\n\n"
            "Pos. 1  INT-7        50 kg     CHF 1'285.00/kg   Liefertermin 15.01.2027\n"
            "Pos. 2  DMF wasserfr. 1'000 L   CHF 4.80/L        Liefertermin 18.12.2026\n\n"
            "Der Preis für INT-7 wurde aufgrund gestiegener Kosten für das Ausgangsmaterial angepasst.\n\n"
            "Freundliche Grüsse\n\nReto Baumgartner\nAuftragsabwicklung\nBasler Feinchemie AG | Klybeckstrasse 0 | 4057 Basel\n")
    m = message(H(addr("Reto Baumgartner", "reto.baumgartner@basler-feinchemie.example"), buyer_addr(p),
                  "AW: Purchase order 4500071950 - please confirm", hdate(2026, 12, 3, 9, 18, 44),
                  "<ZRH0P278MB0219C8D7E6F5@ZRH0P278MB0219.CHEP278.PROD.OUTLOOK.COM>", p),
                text(body, charset="iso-8859-1"))
    e = EXP("confirmation", "de-CH uses apostrophe thousands and point decimal: 1'285.00 -> 1285.00 (changed).",
            conf(p, {1: C(price="1285.00"), 2: A()}))
    return [p], m, e


@case("034-es-sage-pdf-two-digit-years", "confirmation/es-ES",
      "Sage PDF confirmation without line numbers, dd/mm/yy dates, 3-decimal prices, one line annulled")
def c034():
    s = sup("PLEVANTE", "Plásticos Levante S.L.", "pedidos@plasticoslevante.example", "es-ES")
    p = PO("4500071966", s, "elise", "EUR", "2026-12-01", [
        L(1, "PL-CUB-5L", "Cubo PP 5 L con tapa, blanco", 6000, "EA", "0.92", "2026-12-17"),
        L(2, "PL-TAP-5L-PR", "Tapa impresa 1 color para cubo 5 L", 6000, "EA", "0.21", "2026-12-17"),
        L(3, "PL-ASA-MET", "Asa metálica para cubo 5 L", 6000, "EA", "0.07", "2026-12-17"),
    ])
    pdf = make_pdf([
        "PLASTICOS LEVANTE, S.L.   CIF B-00000000   Pol. Ind. El Pla, 46800 Xativa (Valencia)",
        "",
        "CONFIRMACION DE PEDIDO          N. PV26/01544          Fecha: 02/12/26",
        "Cliente: 430.01187 BRIGHTWELL MANUFACTURING       Su pedido: 4500071966",
        "",
        "Referencia     Descripcion                          Uds.    Precio   Dto.     Importe   F.entrega",
        "PL-CUB-5L      CUBO PP 5L C/TAPA BLANCO             6.000   0,920     0,00   5.520,00   17/12/26",
        "PL-TAP-5L-PR   TAPA IMPRESA 1 COLOR CUBO 5L         6.000   0,230     0,00   1.380,00   23/12/26",
        "PL-ASA-MET     ASA METALICA CUBO 5L                 6.000   0,070     0,00       0,00   ANULADA",
        "               *** SIN STOCK - LINEA ANULADA ***",
        "",
        "                                           Base imponible        6.900,00",
        "                                           IVA 21%               1.449,00",
        "                                           TOTAL EUR             8.349,00",
        "Forma de pago: Recibo 60 dias",
    ], title="Confirmacion PV26/01544")
    body = ("Buenos días Elise,\n\nTe adjuntamos la confirmación de tu pedido. Las asas metálicas no las "
            "tenemos y el proveedor no nos da fecha, por eso la hemos anulado.\n\nUn saludo,\n"
            "Vicent Ferrer Soler\nDpto. Comercial - Plásticos Levante\n\n"
            "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario.\n")
    m = message(H(addr("Vicent Ferrer Soler", "vferrer@plasticoslevante.example"), buyer_addr(p),
                  "RE: Purchase order 4500071966 - please confirm", hdate(2026, 12, 2, 12, 9, 30),
                  "<000b01dd6441$c5e6f7a8$51b4e2f0$@plasticoslevante.example>", p),
                multi("mixed", "----=_NextPart_000_000C_01DD6441.C5E6F7A8", [
                    text(body, charset="iso-8859-1"),
                    attach(pdf, "application/pdf", "Confirmacion pedido PV26-01544.pdf"),
                ]))
    e = EXP("confirmation",
            "Lines matched by reference. 0,920 = 0.92 (same); lid 0,230 and 23/12/26 (two-digit year); handle annulled.",
            conf(p, {1: A(), 2: C(price="0.23", date="2026-12-23"), 3: R()}))
    return [p], m, e


@case("035-us-compounder-shorthand", "confirmation/en-US",
      "shorthand 'conf all lines exc ln 3', month-first 1/8 rolling into 2027")
def c035():
    s = sup("PPCOMP", "Precision Polymer Compounding Inc.", "sales@ppcompounding.example", "en-US")
    p = PO("4500071980", s, "dan", "USD", "2026-12-03", [
        L(1, "PPC-PP-TALC20", "PP 20% talc filled, black", 4000, "LB", "1.18", "2026-12-18"),
        L(2, "PPC-PP-GF30", "PP 30% glass, chemically coupled", 2000, "LB", "1.64", "2026-12-18"),
        L(3, "PPC-TPO-BLK", "TPO impact modifier blend, black", 1500, "LB", "2.05", "2026-12-18"),
    ])
    body = ("conf all lines exc ln 3 - TPO runs late, 1/8. pricing per PO.\n\n-Jim\n\n"
            "Jim Kowalski\nPrecision Polymer Compounding | Inside Sales\n\n"
            "________________________________\nFrom: Dan Okafor <dan.okafor@brightwell.example>\n"
            "Sent: Thursday, December 3, 2026 10:14 AM\nTo: sales@ppcompounding.example\n"
            "Subject: Purchase order 4500071980 - please confirm\n\n" + request_text(p))
    m = message(H(addr("Jim Kowalski", "jkowalski@ppcompounding.example"), buyer_addr(p),
                  "Re: Purchase order 4500071980 - please confirm", hdate(2026, 12, 3, 16, 55, 0, "-0500"),
                  "<CY8PR12MB7D21F3A4B5C6@CY8PR12MB7D21.namprd12.prod.outlook.com>", p),
                text(body, charset="us-ascii", cte="7bit"))
    e = EXP("confirmation", "Lines 1,2 as ordered; line 3 confirmed for 1/8 (en-US month-first, next such date -> 2027-01-08).",
            conf(p, {1: A(), 2: A(), 3: C(date="2027-01-08")}))
    return [p], m, e


@case("036-gb-coatings-html-logo-split", "confirmation/en-GB",
      "multipart/related HTML with inline logo; day-first 05/01 in a split delivery")
def c036():
    s = sup("CALCOAT", "Caledonian Coatings Ltd", "sales@caledoniancoatings.example", "en-GB")
    p = PO("4500071993", s, "dan", "GBP", "2026-12-02", [
        L(1, "CC-PU-LAC-20", "PU lacquer satin, 20 L", 30, "EA", "142.00", "2026-12-16"),
        L(2, "CC-THN-05", "Thinner T5, 25 L", 20, "EA", "61.50", "2026-12-16"),
    ])
    plain = ("Hi Dan,\n\nPU lacquer OK for 16/12.\n\nThinners are on allocation from our supplier - we can send "
             "12 tins on the 16th and the other 8 on 05/01. Same price.\n\nKind regards,\nFiona\n\n"
             "Fiona MacLeod | Sales Coordinator\nCaledonian Coatings Ltd, Livingston EH54\n")
    html = ("<html><body><p>Hi Dan,</p><p>PU lacquer OK for 16/12.</p>"
            "<p>Thinners are on allocation from our supplier - we can send <b>12 tins on the 16th</b> and the other "
            "<b>8 on 05/01</b>. Same price.</p><p>Kind regards,<br>Fiona</p>"
            "<p><img src=\"cid:image001.png@01DD6442.1A2B3C40\" width=\"120\" height=\"40\"><br>"
            "Fiona MacLeod | Sales Coordinator<br>Caledonian Coatings Ltd, Livingston EH54</p>"
            "<div style=\"border-top:solid #E1E1E1 1.0pt\"><p><b>From:</b> Dan Okafor<br><b>Sent:</b> 02 December 2026 11:00"
            "<br><b>Subject:</b> Purchase order 4500071993 - please confirm</p></div>"
            "<p>" + html_escape(request_text(p)).replace("\n", "<br>") + "</p></body></html>\n")
    m = message(H(addr("Fiona MacLeod", "fiona.macleod@caledoniancoatings.example"), buyer_addr(p),
                  "RE: Purchase order 4500071993 - please confirm", hdate(2026, 12, 3, 11, 41, 0, "+0000"),
                  "<LO4P123MB6F1E2D3C4B5A@LO4P123MB6F1E.GBRP123.PROD.OUTLOOK.COM>", p),
                multi("related", "_004_LO4P123MB6F1E", [
                    multi("alternative", "_000_LO4P123MB6F1E", [
                        text(plain, charset="us-ascii", cte="7bit"),
                        text(html, subtype="html", charset="us-ascii", cte="quoted-printable"),
                    ]),
                    attach(tiny_png(), "image/png", "image001.png", disposition="inline",
                           extra=[("Content-ID", "<image001.png@01DD6442.1A2B3C40>")]),
                ], params='; type="multipart/alternative"'))
    e = EXP("confirmation", "Line 2 split 12 on 16/12 + 8 on 05/01 (en-GB day-first -> 2027-01-05).",
            conf(p, {1: A(), 2: C(date="2027-01-05", schedule=[(12, "2026-12-16"), (8, "2027-01-05")])}))
    return [p], m, e


@case("037-sg-mct-rounded-up", "confirmation/en-SG",
      "quantity rounded UP to full packs (480 -> 500 kg) at the same price")
def c037():
    s = sup("LIONCITY", "Lion City Ingredients Pte Ltd", "orders@lioncityingredients.example", "en-SG")
    p = PO("4500072005", s, "priya", "USD", "2026-12-01", [
        L(1, "LCI-MCT-6040", "MCT oil C8/C10 60/40, coconut", 480, "KG", "5.60", "2026-12-22"),
        L(2, "LCI-PALM-SH", "Palm shortening, RSPO MB", 1200, "KG", "1.95", "2026-12-22"),
    ])
    body = ("Hi Priya,\n\nPO 4500072005 confirmed.\n\nPls note the MCT oil is packed in 25 kg jerrycans only, "
            "so we have rounded line 1 up to 500 kg (20 cans), same unit price. Palm shortening 1,200 kg ok.\n\n"
            "Both will be delivered to your warehouse on 22/12.\n\nThanks & regards,\nDesmond Tan\n"
            "Lion City Ingredients Pte Ltd\n")
    m = message(H(addr("Desmond Tan", "desmond.tan@lioncityingredients.example"), buyer_addr(p),
                  "RE: Purchase order 4500072005 - please confirm", hdate(2026, 12, 2, 10, 0, 12, "+0800"),
                  "<SG2PR06MB5C3D4E5F6A7B@SG2PR06MB5C3D.apcprd06.prod.outlook.com>", p),
                text(body, charset="us-ascii", cte="7bit"))
    e = EXP("confirmation", "Supplier already rounded up (not asking): line 1 quantity 500 instead of 480.",
            conf(p, {1: C(quantity=500), 2: A()}))
    return [p], m, e


@case("038-it-dynamics-html-line-10000", "confirmation/it-IT",
      "Dynamics NAV HTML order confirmation with line numbers 10000/20000/30000")
def c038():
    s = sup("POLICART", "Policarta Veneta S.p.A.", "vendite@policartaveneta.example", "it-IT")
    p = PO("4500072018", s, "elise", "EUR", "2026-12-02", [
        L(1, "PV-AST-CIOC", "Astuccio stampato cioccolatini 250 g", 25000, "EA", "0.185", "2026-12-21"),
        L(2, "PV-FAS-PAN", "Fascetta panettone 1 kg", 15000, "EA", "0.094", "2026-12-14"),
        L(3, "PV-SCAT-SP6", "Scatola spedizione stampata 6 pz", 4000, "EA", "0.62", "2026-12-21"),
    ])
    rows = [("10000", "PV-AST-CIOC", "Astuccio stampato cioccolatini 250 g", "25.000", "PZ", "0,18500", "21/12/2026"),
            ("20000", "PV-FAS-PAN", "Fascetta panettone 1 kg", "12.000", "PZ", "0,09400", "14/12/2026"),
            ("30000", "PV-SCAT-SP6", "Scatola spedizione stampata 6 pz", "4.000", "PZ", "0,65500", "21/12/2026")]
    tr = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td align=right>%s</td><td>%s</td><td align=right>%s</td>"
                 "<td>%s</td></tr>\n" % r for r in rows)
    html = ("<html><body style=\"font-family:Segoe UI;font-size:10pt\">\n<h3>Conferma d'ordine di vendita OV-26-00873</h3>\n"
            "<p>Cliente: C00412 Brightwell Manufacturing<br>N. ordine cliente: 4500072018<br>Data ordine: 02/12/2026</p>\n"
            "<table border=1 cellpadding=3><tr><th>N. riga</th><th>N.</th><th>Descrizione</th><th>Quantit&agrave;</th>"
            "<th>UM</th><th>Prezzo unitario</th><th>Data consegna confermata</th></tr>\n" + tr + "</table>\n"
            "<p>Note: fascette panettone limitate a 12.000 pz per disponibilit&agrave; carta metallizzata; "
            "il residuo non verr&agrave; prodotto.</p>\n"
            "<p>Policarta Veneta S.p.A. - Treviso</p></body></html>\n")
    plain = ("Conferma d'ordine di vendita OV-26-00873 - Vs. ordine 4500072018.\n"
             "Il documento è visualizzabile in formato HTML.\n")
    m = message(H(addr("Policarta Veneta - Ufficio Ordini", "vendite@policartaveneta.example"), buyer_addr(p),
                  "Conferma d'ordine OV-26-00873 - Vs. rif. 4500072018", hdate(2026, 12, 3, 16, 1, 0),
                  "<NAV.OV-26-00873.639004140600000000@policartaveneta.example>",
                  extra=[("Auto-Submitted", "auto-generated")]),
                multi("alternative", "--boundary_0_7c1d4e2a-33b0-4f0b-8c6e-1a2b3c4d5e6f", [
                    text(plain, charset="utf-8", cte="base64"),
                    text(html, subtype="html", charset="utf-8", cte="base64"),
                ]))
    e = EXP("confirmation",
            "Plain part says nothing useful; the HTML table holds the answer. Riga 10000/20000/30000 = PO lines 1/2/3. "
            "Fascetta reduced to 12.000 (remainder dropped); shipping box price 0,655.",
            conf(p, {1: A(), 2: C(quantity=12000), 3: C(price="0.655")}))
    return [p], m, e


@case("039-ca-fr-iso-dates-tutoiement", "confirmation/fr-CA",
      "Québec French with ISO dates, '$' after the amount, decimal comma; one line earlier, one price up")
def c039():
    s = sup("EMBLAUR", "Emballages Laurentides Inc.", "service@emb-laurentides.example", "fr-CA")
    p = PO("4500072031", s, "elise", "CAD", "2026-12-03", [
        L(1, "EL-FILM-RET18", "Film rétractable imprimé 18 po", 60, "RL", "95.00", "2026-12-18"),
        L(2, "EL-CAISSE-12", "Caisse carton 12 x 1 L", 10000, "EA", "0.78", "2026-12-18"),
    ])
    body = ("Bonjour Elise,\n\nTa commande 4500072031 est confirmée.\n\n"
            "Le film rétractable sera livré le 2026-12-17, et les caisses le 2026-12-18.\n"
            "Prix : 95,00 $ le rouleau et 0,81 $ la caisse (nouvelle liste de prix en vigueur le 1er décembre, "
            "tel qu'annoncé en octobre).\n\nBonne journée!\n\nJean-François Gagnon\nService à la clientèle\n"
            "Emballages Laurentides inc. | Saint-Jérôme (Québec)\n")
    m = message(H(addr("Jean-François Gagnon", "jf.gagnon@emb-laurentides.example"), buyer_addr(p),
                  "RE: Purchase order 4500072031 - please confirm", hdate(2026, 12, 4, 9, 2, 0, "-0500"),
                  "<YT3PR01MB9A8B7C6D5E4F@YT3PR01MB9A8B.CANPRD01.PROD.OUTLOOK.COM>", p),
                text(body, charset="utf-8"))
    e = EXP("confirmation", "Film delivered 2026-12-17 (one day early -> changed). Boxes 0,81 $ (changed price).",
            conf(p, {1: C(date="2026-12-17"), 2: C(price="0.81")}))
    return [p], m, e


@case("040-id-cocoa-etd-only", "confirmation/id-ID",
      "Indonesian; only ETD (ship) dates; decimal comma prices")
def c040():
    s = sup("KAKAONUS", "PT Kakao Nusantara Makmur", "sales@kakaonusantara.example", "id-ID")
    p = PO("4500072044", s, "priya", "USD", "2026-12-01", [
        L(1, "KNM-COC-1012", "Cocoa powder alkalized 10-12%", 5000, "KG", "3.25", "2027-01-11"),
        L(2, "KNM-CBUT-DEO", "Cocoa butter, deodorized", 2000, "KG", "7.10", "2027-01-11"),
    ])
    body = ("Dengan hormat Ibu Priya,\n\nBersama ini kami konfirmasi PO No. 4500072044 sebagai berikut:\n\n"
            "1. Cocoa powder alkalized 10-12%: 5.000 kg @ USD 3,25/kg, ETD Jakarta 28 Desember 2026.\n"
            "2. Cocoa butter deodorized: 2.000 kg @ USD 7,45/kg (harga menyesuaikan pasar terminal London), "
            "ETD 28 Desember 2026.\n\n"
            "Dokumen pengapalan akan kami kirimkan setelah kapal berangkat.\n\n"
            "Hormat kami,\nDewi Kartika Sari\nExport Sales\nPT Kakao Nusantara Makmur\n")
    m = message(H(addr("Dewi Kartika Sari", "dewi.sari@kakaonusantara.example"), buyer_addr(p),
                  "Re: Purchase order 4500072044 - please confirm", hdate(2026, 12, 2, 15, 30, 0, "+0700"),
                  "<1796200200.55321.dewi.sari@kakaonusantara.example>", p),
                text(body, charset="utf-8", cte="7bit"))
    e = EXP("confirmation",
            "Only ETD (ship) dates -> 2026-12-28 for both lines (earlier than need-by 2027-01-11, so changed). "
            "Line 2 price 7,45.",
            conf(p, {1: C(date="2026-12-28"), 2: C(price="7.45", date="2026-12-28")}))
    return [p], m, e


@case("041-no-html-only-uke", "confirmation/nb-NO",
      "HTML-only Norwegian reply with 'uke 2' and an inline price change")
def c041():
    s = sup("TRDELEK", "Trondheim Elektronikk AS", "ordre@trd-elektronikk.example", "nb-NO")
    p = PO("4500072057", s, "marta", "NOK", "2026-12-02", [
        L(1, "TE-CBL-USBC-1", "USB-C kabel 1 m, skjermet", 1000, "EA", "24.90", "2026-12-16"),
        L(2, "TE-HSG-IP67", "Kapsling IP67 ABS 120x80x60", 400, "EA", "89.00", "2026-12-16"),
        L(3, "TE-GLAND-M16", "Kabelgjennomføring M16", 2000, "EA", "4.15", "2026-12-16"),
    ])
    html = ("<html><head><meta charset=\"windows-1252\"></head><body>"
            "<div style=\"font-family:Arial;font-size:10pt\">Hei Marta,<br><br>"
            "Takk for bestillingen. Status per linje:<br><ul>"
            "<li>Linje 1: OK, levering 16.12.</li>"
            "<li>Linje 2: levering uke 2 &ndash; vår leverandør har produksjonsstans i jula.</li>"
            "<li>Linje 3: OK på dato, men prisen er nå kr 4,40 per stk (ny prisliste fra produsent).</li>"
            "</ul>Mvh<br>Espen Lund<br>Trondheim Elektronikk AS</div>"
            "<br><hr><b>Fra:</b> Marta Lindqvist<br><b>Sendt:</b> onsdag 2. desember 2026 10:15<br>"
            "<b>Emne:</b> Purchase order 4500072057 - please confirm<br><br>"
            + html_escape(request_text(p)).replace("\n", "<br>") + "</body></html>\n")
    m = message(H(addr("Espen Lund", "espen.lund@trd-elektronikk.example"), buyer_addr(p),
                  "SV: Purchase order 4500072057 - please confirm", hdate(2026, 12, 3, 13, 3, 0),
                  "<GV0P278MB0A1B2C3D4E5F@GV0P278MB0A1B.CHEP278.PROD.OUTLOOK.COM>", p),
                text(html, subtype="html", charset="windows-1252"))
    e = EXP("confirmation", "HTML only. 'uke 2' -> Fri 2027-01-15. Line 3 price kr 4,40.",
            conf(p, {1: A(), 2: C(date="2027-01-15"), 3: C(price="4.40")}))
    return [p], m, e


@case("042-kr-xlsx-metric-tons", "confirmation/ko-KR",
      "XLSX with quantities in MT and prices per MT, ETD and ETA columns (ETA wins)")
def c042():
    s = sup("HANBIT", "Hanbit Chemical Co., Ltd.", "export@hanbitchem.example", "ko-KR")
    p = PO("4500072070", s, "priya", "USD", "2026-12-02", [
        L(1, "HB-PVA-1788", "Polyvinyl alcohol 1788", 2000, "KG", "2.35", "2026-12-30"),
        L(2, "HB-EVA-28", "EVA copolymer, VA 28%", 3000, "KG", "1.98", "2026-12-30"),
        L(3, "HB-PVB-RES", "PVB resin", 1000, "KG", "4.60", "2026-12-30"),
    ])
    rows = [
        ["HANBIT CHEMICAL CO., LTD. - ORDER CONFIRMATION / 주문 확인서"],
        ["Customer", "Brightwell Manufacturing", "", "P/O No.", "4500072070", "", "Our Ref.", "HC-OC-261203-07"],
        [],
        ["No.", "P/O Line", "Item", "Description", "Q'ty (MT)", "Unit Price (USD/MT)", "Amount (USD)", "ETD Busan", "ETA"],
        [1, 1, "HB-PVA-1788", "PVA 1788 powder", 2, 2350, 4700, XDate("2026-12-20"), XDate("2026-12-30")],
        [2, 2, "HB-EVA-28", "EVA VA28 pellet", 3, 1980, 5940, XDate("2027-01-08"), XDate("2027-01-20")],
        [3, 3, "HB-PVB-RES", "PVB resin", 1, 4750, 4750, XDate("2026-12-20"), XDate("2026-12-30")],
        ["", "", "", "TOTAL", 6, "", 15390],
    ]
    x = make_xlsx(rows, "OC")
    body = ("Dear Priya,\n\n주문 감사합니다. Please find attached our order confirmation for P/O 4500072070.\n"
            "PVB 단가는 원료가 인상으로 USD 4,750/MT 적용되었습니다 (price increase due to raw material).\n\n"
            "Best regards,\nSeo-yeon Park / 박서연\nOverseas Sales Team, Hanbit Chemical\n")
    m = message(H(addr("박서연", "sy.park@hanbitchem.example"), buyer_addr(p),
                  "RE: Purchase order 4500072070 - please confirm", hdate(2026, 12, 3, 18, 20, 0, "+0900"),
                  "<20261203092000.19F3@hanbitchem.example>", p),
                multi("mixed", "=_hb_7c2e91", [
                    text(body, charset="UTF-8", cte="base64"),
                    attach(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           "OC_4500072070.xlsx"),
                ]))
    e = EXP("confirmation",
            "Convert MT -> KG and USD/MT -> USD/KG: 2 MT @ 2350 = 2000 KG @ 2.35 (same, ETA 12-30 same); "
            "EVA ETA 2027-01-20 (ETA wins over ETD); PVB 4750/MT = 4.75.",
            conf(p, {1: A(), 2: C(date="2027-01-20"), 3: C(price="4.75")}))
    return [p], m, e


@case("043-pe-superfoods-one-line-refused", "confirmation/es-PE",
      "Outlook top-post: two lines confirmed 'as requested', third refused (harvest delay)")
def c043():
    s = sup("AGROSUR", "Agroindustrias del Sur S.A.C.", "exportaciones@agrosur.example", "es-PE")
    p = PO("4500072083", s, "tomas", "USD", "2026-12-01", [
        L(1, "AGS-QUI-FL", "Harina de quinua orgánica", 1000, "KG", "4.20", "2027-01-15"),
        L(2, "AGS-MACA-GEL", "Maca gelatinizada en polvo", 300, "KG", "11.50", "2027-01-15"),
        L(3, "AGS-LUC-PW", "Lúcuma en polvo", 200, "KG", "9.80", "2027-01-15"),
    ])
    body = ("Tomás, buenas tardes:\n\nConfirmamos la harina de quinua y la maca según su OC, con entrega el 15 de "
            "enero como solicitado.\n\nLa lúcuma en polvo no la podremos atender: la cosecha se retrasó y no "
            "tendremos producto disponible hasta marzo.\n\nSaludos,\n\nRosa Quispe Mamani\nJefa de Exportaciones\n"
            "Agroindustrias del Sur S.A.C. - Arequipa, Perú\n\n"
            "De: Tomás Ferreira <tomas.ferreira@brightwell.example>\nEnviado el: martes, 1 de diciembre de 2026 08:30\n"
            "Para: exportaciones@agrosur.example\nAsunto: Purchase order 4500072083 - please confirm\n\n"
            + request_text(p))
    m = message(H(addr("Rosa Quispe Mamani", "rquispe@agrosur.example"), buyer_addr(p),
                  "RE: Purchase order 4500072083 - please confirm", hdate(2026, 12, 2, 16, 12, 0, "-0500"),
                  "<CH2PR07MB6B1C2D3E4F50@CH2PR07MB6B1C.namprd07.prod.outlook.com>", p),
                text(body, charset="windows-1252"))
    e = EXP("confirmation", "Lines 1-2 accepted; lúcuma refused (not available until March, no commitment) -> rejected.",
            conf(p, {1: A(), 2: A(), 3: R()}))
    return [p], m, e


@case("044-th-starch-buddhist-year-pdf", "confirmation/th-TH",
      "Thai sales confirmation PDF with Buddhist-era years (2569/2570), MT pricing")
def c044():
    s = sup("SIAMSTAR", "Siam Starch Industry Co., Ltd.", "sales@siamstarch.example", "th-TH")
    p = PO("4500072096", s, "priya", "USD", "2026-12-02", [
        L(1, "SSI-TAP-NAT", "Native tapioca starch, 25 kg bags", 20000, "KG", "0.52", "2026-12-28"),
        L(2, "SSI-TAP-E1422", "Modified tapioca starch E1422", 8000, "KG", "0.88", "2026-12-28"),
    ])
    pdf = make_pdf([
        "SIAM STARCH INDUSTRY CO., LTD.",
        "99 Moo 4, Huai Pong, Mueang Rayong, Rayong 21150 Thailand",
        "",
        "SALES CONFIRMATION                  No. SC2569/1207        Date: 03/12/2569",
        "Buyer: Brightwell Manufacturing     Buyer's P/O: 4500072096",
        "",
        "Item  Product                              Quantity    Unit Price        Delivery",
        "1     Native tapioca starch (25kg bag)     20.00 MT    USD 520.00/MT     28/12/2569",
        "2     Modified tapioca starch E1422         8.00 MT    USD 905.00/MT     08/01/2570",
        "",
        "Total amount: USD 17,640.00       Terms: CIF, T/T 30 days after B/L",
        "Remark: Item 2 price adjusted according to cassava root price.",
    ], font="Helvetica", title="SC2569-1207")
    body = ("Dear Khun Priya,\n\nPlease find attached our Sales Confirmation No. SC2569/1207 for your file.\n"
            "Item 2 price is adjusted following cassava root price this month, and delivery is in early January.\n\n"
            "Best regards,\nSupawadee K.\nSales Admin | Siam Starch Industry Co., Ltd.\n")
    m = message(H(addr("Supawadee K.", "supawadee@siamstarch.example"), buyer_addr(p),
                  "RE: Purchase order 4500072096 - please confirm", hdate(2026, 12, 3, 14, 44, 0, "+0700"),
                  "<TYZPR01MB5E6F7A8B9C0D@TYZPR01MB5E6F.apcprd01.prod.outlook.com>", p),
                multi("mixed", "_005_TYZPR01MB5E6F", [
                    text(body, charset="us-ascii", cte="7bit"),
                    attach(pdf, "application/pdf", "SC2569-1207.pdf"),
                ]))
    e = EXP("confirmation",
            "Thai Buddhist years: 2569 = 2026, 2570 = 2027. 20 MT @ 520/MT = 20000 KG @ 0.52 (same); "
            "8 MT @ 905/MT -> 0.905, delivery 2027-01-08.",
            conf(p, {1: A(), 2: C(price="0.905", date="2027-01-08")}))
    return [p], m, e


@case("045-us-sensors-mentions-other-po", "confirmation/en-US",
      "confirmation that also reports shipment of another PO not on file (must be ignored)")
def c045():
    s = sup("REDWOOD", "Redwood Microsystems Inc.", "orders@redwoodmicro.example", "en-US")
    p = PO("4500072110", s, "dan", "USD", "2026-12-03", [
        L(1, "RMS-SENS-T1", "Temperature sensor module, I2C", 400, "EA", "7.95", "2026-12-18"),
        L(2, "RMS-DISP-24", "2.4in TFT display module", 400, "EA", "11.20", "2026-12-18"),
    ])
    body = ("Hi Dan,\n\nConfirming 4500072110 in full - both lines deliver 12/18 at PO pricing.\n\n"
            "FYI your PO 4500069912 (the 300 pcs of RMS-SENS-H2) shipped today via FedEx Ground, "
            "tracking 7741 0000 0000 0000, ETA 12/09.\n\nHave a great weekend,\nMaria\n\n"
            "Maria Gonzalez | Customer Success | Redwood Microsystems\n\n"
            "On Thu, Dec 3, 2026 at 11:20 AM Dan Okafor <dan.okafor@brightwell.example> wrote:\n"
            + quote(request_text(p)))
    m = message(H(addr("Maria Gonzalez", "mgonzalez@redwoodmicro.example"), buyer_addr(p),
                  "Re: Purchase order 4500072110 - please confirm", hdate(2026, 12, 4, 15, 2, 9, "-0800"),
                  "<CAOr8k1Mn2B3v4C5x6Z7@mail.gmail.com>", p),
                text(body, charset="UTF-8", cte="7bit"))
    e = EXP("confirmation", "Other PO 4500069912 (not on file) and its ETA 12/09 are distractors.",
            conf(p, {1: A(), 2: A()}))
    return [p], m, e


# ==========================================================================
# NEEDS_REVIEW
# ==========================================================================
@case("046-co-xanthan-grade-question", "needs_review/es-CO",
      "question about grade before confirming; availability remark is not a commitment")
def c046():
    s = sup("IQANDIN", "Insumos Químicos Andinos S.A.S.", "ventas@iqandinos.example", "es-CO")
    p = PO("4500072125", s, "tomas", "COP", "2026-12-02", [
        L(1, "IQA-XAN-FG", "Goma xantana grado alimenticio", 200, "KG", "98500.00", "2026-12-18"),
        L(2, "IQA-SORB-70", "Sorbitol 70 %", 1000, "KG", "6200.00", "2026-12-18"),
    ])
    body = ("Buenas tardes Tomás,\n\nRecibimos la OC 4500072125. Antes de confirmarla tengo una pregunta: la goma "
            "xantana la necesitan grado alimenticio o grado técnico? El código que nos enviaron corresponde al "
            "técnico, pero la descripción dice alimenticio, y el precio es distinto.\n\n"
            "Con eso le confirmo precio y fecha de entrega de los dos ítems. El sorbitol sí lo tenemos en inventario.\n\n"
            "Quedo atenta,\nLaura Cristina Ospina\nAsesora Comercial | Insumos Químicos Andinos S.A.S. | Medellín\n")
    m = message(H(addr("Laura Cristina Ospina", "lospina@iqandinos.example"), buyer_addr(p),
                  "RE: Purchase order 4500072125 - please confirm", hdate(2026, 12, 3, 15, 40, 0, "-0500"),
                  "<BY5PR04MB6C7D8E9F0A1B@BY5PR04MB6C7D.namprd04.prod.outlook.com>", p),
                text(body, charset="utf-8"))
    e = EXP("needs_review", "Asks a question and says both items will be confirmed afterwards; stock remark commits nothing.")
    return [p], m, e


@case("047-in-revert-by-friday", "needs_review/en-IN",
      "'we will revert by Friday' holding reply")
def c047():
    s = sup("VASUDHA", "Vasudha Specialty Chemicals Ltd", "marketing@vasudhachem.example", "en-IN")
    p = PO("4500072138", s, "priya", "INR", "2026-12-03", [
        L(1, "VSC-OB-1", "Optical brightener OB-1", 150, "KG", "2450.00", "2026-12-21"),
    ])
    body = ("Dear Priya ji,\n\nThank you for the PO no. 4500072138.\n\nOur plant head is checking the production "
            "schedule for OB-1 as the reactor is under maintenance this week. We will revert with the delivery "
            "confirmation by Friday positively.\n\nWarm regards,\nSanjay Kulkarni\nDGM - Marketing\n"
            "Vasudha Specialty Chemicals Ltd, Ankleshwar\n")
    m = message(H(addr("Sanjay Kulkarni", "sanjay.k@vasudhachem.example"), buyer_addr(p),
                  "Re: Purchase order 4500072138 - please confirm", hdate(2026, 12, 7, 11, 15, 0, "+0530"),
                  "<CAKm2Pz9_4Yt7vRe1Q@mail.gmail.com>", p),
                text(body, charset="UTF-8", cte="7bit"))
    e = EXP("needs_review", "Promises an answer by Friday; nothing committed.")
    return [p], m, e


@case("048-de-proposal-awaiting-ok", "needs_review/de-DE",
      "split + higher price offered as a proposal that waits for our agreement before the AB")
def c048():
    s = sup("LAUSPOL", "Lausitzer Polymerwerk GmbH", "vertrieb@lausitz-polymer.example", "de-DE")
    p = PO("4500072141", s, "jonas", "EUR", "2026-12-01", [
        L(1, "LPW-PVC-K67", "PVC-Suspension K67", 2000, "KG", "1.34", "2026-12-15"),
    ])
    body = ("Sehr geehrter Herr Weber,\n\nzum 15.12. können wir leider nur 800 kg liefern.\n\n"
            "Unser Vorschlag: 800 kg zum 15.12. und die restlichen 1.200 kg in KW 3, allerdings zum Preis von "
            "1,42 EUR/kg wegen der neuen Rohstoffnotierung.\n\n"
            "Bitte geben Sie uns kurz Bescheid, ob das für Sie in Ordnung ist – dann schicken wir Ihnen die "
            "Auftragsbestätigung.\n\nMit freundlichen Grüßen\nUwe Schreiber\nVertrieb Inland\nLausitzer Polymerwerk GmbH\n")
    m = message(H(addr("Uwe Schreiber", "u.schreiber@lausitz-polymer.example"), buyer_addr(p),
                  "AW: Purchase order 4500072141 - please confirm", hdate(2026, 12, 2, 14, 5, 0),
                  "<9d8c7b6a5f4e3d2c@lausitz-polymer.example>", p),
                text(body, charset="utf-8"))
    e = EXP("needs_review", "A proposal ('Vorschlag ... bitte Bescheid ... dann AB') that awaits our agreement.")
    return [p], m, e


@case("049-fr-body-vs-pdf-contradiction", "needs_review/fr-FR",
      "body confirms 15/12 but the attached AR PDF says 22/12: contradictory")
def c049():
    s = sup("CARTNORD", "Cartonnages du Nord SA", "adv@cartonnages-nord.example", "fr-FR")
    p = PO("4500072154", s, "elise", "EUR", "2026-12-02", [
        L(1, "CDN-ETUI-50", "Étui carton imprimé 50 ml", 30000, "EA", "0.112", "2026-12-15"),
    ])
    pdf = make_pdf([
        "CARTONNAGES DU NORD SA - 59000 LILLE",
        "",
        "ACCUSE DE RECEPTION DE COMMANDE     AR n. 26-08817     du 03/12/2026",
        "Votre commande : 4500072154",
        "",
        "Article       Designation                    Quantite   PU HT     Livraison",
        "CDN-ETUI-50   Etui carton imprime 50 ml      30 000     0,112     22/12/2026",
        "",
        "Conditions generales de vente au verso.",
    ], title="AR 26-08817")
    body = ("Bonjour,\n\nCommande confirmée pour une livraison le 15/12, voir AR ci-joint.\n\nBien à vous,\n"
            "Thomas Leclercq\nADV - Cartonnages du Nord\n")
    m = message(H(addr("Thomas Leclercq", "t.leclercq@cartonnages-nord.example"), buyer_addr(p),
                  "RE: Purchase order 4500072154 - please confirm", hdate(2026, 12, 3, 10, 30, 0),
                  "<a1b2c3d4-e5f6-4789-90ab-cdef01234567@cartonnages-nord.example>", p),
                multi("mixed", "------------7A1C3E5B9D0F2468", [
                    text(body, charset="utf-8"),
                    attach(pdf, "application/pdf", "AR_26-08817.pdf"),
                ]))
    e = EXP("needs_review", "Mail text says 15/12, the attached AR says 22/12/2026 for the only line: contradictory answer.")
    return [p], m, e


@case("050-jp-sjis-will-revert", "needs_review/ja-JP",
      "Shift_JIS base64 Japanese: delivery being checked with the factory, answer promised by 12/8")
def c050():
    s = sup("YAMATOK", "大和化成工業株式会社", "sales@yamato-kasei.example", "ja-JP")
    p = PO("4500072167", s, "priya", "JPY", "2026-12-02", [
        L(1, "YK-ABS-BK", "ABS樹脂 黒", 1000, "KG", "420.00", "2026-12-25"),
        L(2, "YK-PC-NAT", "PC樹脂 ナチュラル", 500, "KG", "680.00", "2026-12-25"),
    ])
    body = ("Priya Natarajan 様\n\nいつもお世話になっております。\n大和化成工業の山本です。\n\n"
            "ご注文（4500072167）ありがとうございます。\n"
            "納期につきましては現在工場に確認中のため、12月8日（火）までに改めてご連絡いたします。\n"
            "単価はご注文書の通りで問題ないかと存じますが、合わせてご回答させていただきます。\n\n"
            "よろしくお願いいたします。\n\n山本 真由美\n大和化成工業株式会社 営業二課\n")
    m = message(H(addr("山本 真由美", "m-yamamoto@yamato-kasei.example", "shift_jis"), buyer_addr(p),
                  hdr("RE: Purchase order 4500072167 - please confirm"), hdate(2026, 12, 3, 17, 2, 0, "+0900"),
                  "<TY3PR01MB8A9B0C1D2E3F@TY3PR01MB8A9B.jpnprd01.prod.outlook.com>", p),
                text(body, charset="shift_jis", cte="base64"))
    e = EXP("needs_review", "Will answer by Tue 8 Dec; price remark is hedged ('問題ないかと存じますが…合わせてご回答') -> no commitment.")
    return [p], m, e


@case("051-se-delivery-address-question", "needs_review/sv-SE",
      "question about the delivery address before confirming")
def c051():
    s = sup("SKANFORP", "Skånska Förpackningar AB", "order@skanskaforp.example", "sv-SE")
    p = PO("4500072170", s, "marta", "SEK", "2026-12-03", [
        L(1, "SF-WRAP-BW", "Omslagspapper tryckt, 50 cm x 100 m", 500, "RL", "128.00", "2026-12-17"),
        L(2, "SF-BOX-S", "Presentask tryckt, storlek S", 2000, "EA", "9.60", "2026-12-17"),
    ])
    body = ("Hej Marta!\n\nVi har fått ordern, tack. En fråga innan vi bekräftar: ska leveransen gå till ert "
            "lager i Jönköping eller direkt till fabriken i Borås? Ordern anger Jönköping men förra leveransen "
            "gick till Borås, och leveranstiden skiljer en dag beroende på adress.\n\n"
            "Hälsningar\nMalin Ek\nOrder & Logistik, Skånska Förpackningar AB\n")
    m = message(H(addr("Malin Ek", "malin.ek@skanskaforp.example"), buyer_addr(p),
                  "SV: Purchase order 4500072170 - please confirm", hdate(2026, 12, 4, 8, 12, 0),
                  "<DU0P190MB1C2D3E4F5A6B@DU0P190MB1C2D.EURP190.PROD.OUTLOOK.COM>", p),
                text(body, charset="utf-8"))
    e = EXP("needs_review", "Question precedes any confirmation.")
    return [p], m, e


@case("052-cn-prepayment-condition", "needs_review/zh-CN",
      "new-customer prepayment condition; dates only after prepayment")
def c052():
    s = sup("DONGHAI", "Ningbo Donghai Plastic Products Co., Ltd.", "sales@donghai-plastic.example", "zh-CN")
    p = PO("4500072183", s, "priya", "USD", "2026-12-01", [
        L(1, "DH-PP-CAP28", "PP screw cap 28 mm, printed logo", 200000, "EA", "0.0185", "2027-01-08"),
    ])
    body = ("Priya 您好！\n\n订单 4500072183 已收到，谢谢。\n\n由于贵司是我司新客户，按照公司规定需要先预付30%货款才能安排生产。"
            "请确认是否可以接受，收到预付款后我们再确认具体交期。\n\n"
            "祝好\n周杰 Jack Zhou\n宁波东海塑料制品有限公司 外贸部\n")
    m = message(H(addr("周杰", "jack.zhou@donghai-plastic.example"), buyer_addr(p),
                  hdr("回复: Purchase order 4500072183 - please confirm"), hdate(2026, 12, 2, 9, 48, 0, "+0800"),
                  "<2026120209480012345678@donghai-plastic.example>", p),
                text(body, charset="utf-8"))
    e = EXP("needs_review",
            "Production only after 30% prepayment, which we are asked to accept; delivery date deferred.")
    return [p], m, e


@case("053-br-vamos-analisar", "needs_review/pt-BR",
      "receipt acknowledged by a person, will analyse with planning and come back")
def c053():
    s = sup("RESNORD", "Resinas Nordeste Ind. e Com. Ltda", "comercial@resinasnordeste.example", "pt-BR")
    p = PO("4500072196", s, "tomas", "BRL", "2026-12-03", [
        L(1, "RN-ALK-60", "Resina alquídica média em óleo, 60 %", 1200, "KG", "14.80", "2026-12-21"),
    ])
    body = ("Olá Tomás,\n\nrecebemos seu pedido, obrigado!\nVamos analisar com o PCP e retornamos até quarta-feira "
            "com a confirmação de prazo e preço.\n\nAbs,\nJuliana Farias\nComercial - Resinas Nordeste\n\n"
            "Em qui., 3 de dez. de 2026 às 11:02, Tomás Ferreira <tomas.ferreira@brightwell.example> escreveu:\n"
            + quote(request_text(p)))
    m = message(H(addr("Juliana Farias", "juliana@resinasnordeste.example"), buyer_addr(p),
                  "Re: Purchase order 4500072196 - please confirm", hdate(2026, 12, 3, 16, 0, 0, "-0300"),
                  "<CAGt5Nq8-2Wp1Hx3Yz@mail.gmail.com>", p),
                text(body, charset="UTF-8"))
    e = EXP("needs_review", "Received + 'vamos analisar ... retornamos'; the quoted request holds the only numbers.")
    return [p], m, e


@case("054-th-proof-approval", "needs_review/th-TH",
      "Thai reply asking to approve an artwork proof before a date is confirmed")
def c054():
    s = sup("BKKPP", "Bangkok Printpack Co., Ltd.", "cs@bkkprintpack.example", "th-TH")
    p = PO("4500072209", s, "priya", "THB", "2026-12-02", [
        L(1, "BPP-SLV-500", "Shrink sleeve label 500 ml, 8 colours", 120000, "EA", "0.95", "2026-12-24"),
    ])
    pdf = make_pdf(["BANGKOK PRINTPACK CO., LTD. - ARTWORK PROOF",
                    "Job: BPP-SLV-500 / Customer PO 4500072209 / Rev. A",
                    "Colours: C M Y K + PMS 286 + PMS 021 + White + Varnish",
                    "Customer approval: ______________________  Date: ___________"], font="Helvetica")
    body = ("เรียน คุณ Priya\n\nได้รับใบสั่งซื้อเลขที่ 4500072209 เรียบร้อยแล้วค่ะ\n"
            "รบกวนช่วยตรวจสอบและอนุมัติแบบ proof ที่แนบมา ทางเราจะยืนยันวันส่งสินค้าหลังจากได้รับการอนุมัติแบบค่ะ\n\n"
            "ขอบคุณค่ะ\nพิมพ์ชนก ศรีสวัสดิ์ (Pimchanok)\nฝ่ายบริการลูกค้า บริษัท บางกอก พริ้นท์แพ็ค จำกัด\n")
    m = message(H(addr("พิมพ์ชนก ศรีสวัสดิ์", "pimchanok@bkkprintpack.example"), buyer_addr(p),
                  hdr("RE: Purchase order 4500072209 - please confirm"), hdate(2026, 12, 3, 10, 20, 0, "+0700"),
                  "<SEYPR01MB6D7E8F9A0B1C@SEYPR01MB6D7E.apcprd01.prod.outlook.com>", p),
                multi("mixed", "_006_SEYPR01MB6D7E", [
                    text(body, charset="utf-8", cte="base64"),
                    attach(pdf, "application/pdf", "Proof_BPP-SLV-500_RevA.pdf"),
                ]))
    e = EXP("needs_review", "Delivery date will be confirmed only after we approve the proof.")
    return [p], m, e


@case("055-pl-new-price-list-asks", "needs_review/pl-PL",
      "price increase announced as a question: shall we proceed at the new prices?")
def c055():
    s = sup("TWSLASK", "Tworzywa Śląskie S.A.", "sprzedaz@tworzywa-slaskie.example", "pl-PL")
    p = PO("4500072212", s, "jonas", "PLN", "2026-12-01", [
        L(1, "TS-HDPE-BL", "HDPE granulat niebieski", 3000, "KG", "6.90", "2026-12-18"),
        L(2, "TS-LDPE-NAT", "LDPE granulat naturalny", 1500, "KG", "7.10", "2026-12-18"),
    ])
    body = ("Dzień dobry,\n\ndziękujemy za zamówienie 4500072212. Niestety od 1 grudnia obowiązuje nowy cennik "
            "- ceny wzrosły o 8%.\n\nCzy mamy realizować zamówienie po nowych cenach (HDPE 7,45 zł/kg, LDPE 7,67 zł/kg)? "
            "Po Państwa akceptacji potwierdzimy termin dostawy.\n\nZ poważaniem\nTomasz Kaczmarek\n"
            "Specjalista ds. sprzedaży\nTworzywa Śląskie S.A.\n")
    m = message(H(addr("Tomasz Kaczmarek", "t.kaczmarek@tworzywa-slaskie.example"), buyer_addr(p),
                  "RE: Purchase order 4500072212 - please confirm", hdate(2026, 12, 2, 11, 0, 0),
                  "<000d01dd6444$12ab34cd$56ef7890$@tworzywa-slaskie.example>", p),
                text(body, charset="iso-8859-2"))
    e = EXP("needs_review", "Asks whether to proceed at +8% and defers the date until we accept.")
    return [p], m, e


@case("056-nl-think-so-will-check", "needs_review/nl-NL",
      "hedged 'week 51 should work but I still have to check' reply")
def c056():
    s = sup("ZZING", "Zeeuwse Zuivelingrediënten B.V.", "verkoop@zz-ingredients.example", "nl-NL")
    p = PO("4500072225", s, "jonas", "EUR", "2026-12-04", [
        L(1, "ZZI-WPC-80", "Weiproteïneconcentraat 80 %", 1000, "KG", "9.40", "2026-12-18"),
        L(2, "ZZI-LACT-200", "Lactose 200 mesh", 2000, "KG", "1.12", "2026-12-18"),
    ])
    body = ("Hoi Jonas,\n\nIk denk dat week 51 wel gaat lukken voor allebei, maar ik moet het nog even navragen bij "
            "de planning, want de droogtoren staat volgende week een paar dagen stil. Ik kom er morgen op terug.\n\n"
            "Groet,\nPieter Verburg\nZeeuwse Zuivelingrediënten\n")
    m = message(H(addr("Pieter Verburg", "p.verburg@zz-ingredients.example"), buyer_addr(p),
                  "RE: Purchase order 4500072225 - please confirm", hdate(2026, 12, 7, 17, 45, 0),
                  "<AS8PR04MB9E0F1A2B3C4D@AS8PR04MB9E0F.eurprd04.prod.outlook.com>", p),
                text(body, charset="utf-8"))
    e = EXP("needs_review", "'Ik denk dat ... wel gaat lukken, maar ik moet het nog navragen' is not a commitment.")
    return [p], m, e


@case("057-us-credit-hold", "needs_review/en-US",
      "order entered but on credit hold; ack promised after release")
def c057():
    s = sup("GLPS", "Great Lakes Packaging Supply", "orders@glpsupply.example", "en-US")
    p = PO("4500072238", s, "dan", "USD", "2026-12-03", [
        L(1, "GLP-RSC-16", "Corrugated RSC 16x12x10, printed 1 colour", 5000, "EA", "0.94", "2026-12-14"),
        L(2, "GLP-STR-80", "Stretch film 80 ga, 18 in", 40, "RL", "26.50", "2026-12-14"),
    ])
    body = ("Hi Dan,\n\nYour order has been entered (our SO 88213) but it's currently on credit hold - we show three "
            "invoices past 60 days. Once AR releases the hold I'll send you the acknowledgment with ship dates.\n\n"
            "Thanks,\nBecky Lindgren\nCustomer Service | Great Lakes Packaging Supply\n")
    m = message(H(addr("Becky Lindgren", "blindgren@glpsupply.example"), buyer_addr(p),
                  "RE: Purchase order 4500072238 - please confirm", hdate(2026, 12, 4, 9, 5, 0, "-0500"),
                  "<DM6PR02MB4A5B6C7D8E9F@DM6PR02MB4A5B.namprd02.prod.outlook.com>", p),
                text(body, charset="us-ascii", cte="7bit"))
    e = EXP("needs_review", "Entered in their system but explicitly not acknowledged (credit hold).")
    return [p], m, e


# ==========================================================================
# AUTO_REPLY
# ==========================================================================
@case("058-de-ooo-until-january", "auto_reply/de-DE",
      "German out-of-office with Auto-Submitted: auto-replied and a date in January")
def c058():
    s = sup("WESTADD", "Westfalen Additive GmbH", "vertrieb@westfalen-additive.example", "de-DE")
    p = PO("4500072251", s, "jonas", "EUR", "2026-12-15", [
        L(1, "WA-STAB-CAZN", "Ca/Zn-Stabilisator", 500, "KG", "4.75", "2027-01-12"),
    ])
    body = ("Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 04.01.2027 nicht im Büro und habe keinen "
            "Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an vertrieb@westfalen-additive.example oder +49 2381 000-0.\n\n"
            "Mit freundlichen Grüßen\nClaudia Brinkmann\n")
    m = message(H(addr("Claudia Brinkmann", "c.brinkmann@westfalen-additive.example"), buyer_addr(p),
                  "Automatische Antwort: Purchase order 4500072251 - please confirm", hdate(2026, 12, 18, 13, 2, 11),
                  "<GVAP278MB03A1B2C3D4E5@GVAP278MB03A1.CHEP278.PROD.OUTLOOK.COM>", p,
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "c.brinkmann@westfalen-additive.example")]),
                text(body, charset="utf-8"))
    e = EXP("auto_reply", "Out of office; 04.01.2027 is the return date, not a delivery date.")
    return [p], m, e


@case("059-fr-ooo-quotes-po", "auto_reply/fr-FR",
      "French absence notice that quotes the whole PO request (dates and prices in the quote)")
def c059():
    s = sup("SNEEMB", "Société Normande d'Emballages", "adv@sne-emballages.example", "fr-FR")
    p = PO("4500072264", s, "elise", "EUR", "2026-12-16", [
        L(1, "SNE-BARQ-500", "Barquette PET 500 g", 40000, "EA", "0.071", "2027-01-08"),
    ])
    body = ("Bonjour,\n\nJe suis absente du 18/12/2026 au 03/01/2027 inclus. Pour toute commande, merci de contacter "
            "adv@sne-emballages.example qui traitera votre demande.\n\nCordialement,\nNathalie Roussel\n\n"
            "-----Message d'origine-----\nDe : Elise Fontaine <elise.fontaine@brightwell.example>\n"
            "Envoyé : mercredi 16 décembre 2026 17:40\nObjet : Purchase order 4500072264 - please confirm\n\n"
            + request_text(p))
    m = message(H(addr("Nathalie Roussel", "n.roussel@sne-emballages.example"), buyer_addr(p),
                  "Réponse automatique : Purchase order 4500072264 - please confirm", hdate(2026, 12, 18, 8, 0, 3),
                  "<1796713203.77.JavaMail.zimbra@sne-emballages.example>", p,
                  extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")]),
                text(body, charset="utf-8"))
    e = EXP("auto_reply", "Vacation notice; all quantities/prices/dates are in the quoted request only.")
    return [p], m, e


@case("060-us-helpdesk-ticket-received", "auto_reply/en-US",
      "help-desk ticket acknowledgement ('request #48213 received') quoting the order")
def c060():
    s = sup("SUMMIT", "Summit Labels & Print LLC", "support@summitlabels.example", "en-US")
    p = PO("4500072277", s, "dan", "USD", "2026-12-04", [
        L(1, "SLP-TT-4X6", "Thermal transfer label 4x6, 1000/roll", 300, "RL", "14.25", "2026-12-15"),
    ])
    body = ("##- Please type your reply above this line -##\n\n"
            "Your request (#48213) has been received and is being reviewed by our Order Desk team.\n"
            "We typically respond within 1-2 business days.\n\nTo add additional comments, reply to this email.\n\n"
            "----------------------------------------------\n\nDan Okafor, Dec 4, 2026, 10:03 EST\n\n"
            + request_text(p) + "\n[AB12CD-EF34]\n")
    m = message(H(addr("Summit Labels Order Desk", "support@summitlabels.example"), buyer_addr(p),
                  "[Summit Labels] Re: Purchase order 4500072277 - please confirm", hdate(2026, 12, 4, 15, 3, 40, "+0000"),
                  "<AB12CD-EF34_66b1f2a3c4d5e_sprut@zendesk.example>", p,
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer")]),
                text(body, charset="utf-8"))
    e = EXP("auto_reply", "Ticket system receipt; no human, no commitment.")
    return [p], m, e


@case("061-jp-system-order-received", "auto_reply/ja-JP",
      "Japanese system mail: order received, a person will answer the delivery date later")
def c061():
    s = sup("HOKKAG", "北陸化学工業株式会社", "juchu@hokuriku-kagaku.example", "ja-JP")
    p = PO("4500072280", s, "priya", "JPY", "2026-12-04", [
        L(1, "HKK-EPX-BPA", "ビスフェノールA型エポキシ樹脂", 500, "KG", "1150.00", "2026-12-22"),
    ])
    body = ("※本メールはシステムより自動送信されています。ご返信いただいてもお答えできませんのでご了承ください。\n\n"
            "ブライトウェル・マニュファクチャリング株式会社　御中\n\n"
            "ご注文（注文番号：4500072280）を受け付けいたしました。\n"
            "内容を確認の上、担当者より納期回答をさせていただきます。\n\n"
            "北陸化学工業株式会社　受注センター\n")
    m = message(H(addr("北陸化学工業 受注センター", "noreply@hokuriku-kagaku.example", "iso-2022-jp"), buyer_addr(p),
                  hdr("【自動送信】ご注文受付のお知らせ（4500072280）", "iso-2022-jp"), hdate(2026, 12, 4, 18, 0, 5, "+0900"),
                  "<juchu.20261204180005.4500072280@hokuriku-kagaku.example>",
                  extra=[("Auto-Submitted", "auto-generated")]),
                text(body, charset="iso-2022-jp", cte="7bit"))
    e = EXP("auto_reply", "Automatic receipt notice that explicitly defers the delivery answer: not an ERP confirmation.")
    return [p], m, e


@case("062-es-vacaciones-felices-fiestas", "auto_reply/es-ES",
      "Spanish Outlook auto-reply with return date and alternative contact")
def c062():
    s = sup("AAEBRO", "Aditivos Alimentarios del Ebro S.L.", "pedidos@aaebro.example", "es-ES")
    p = PO("4500072293", s, "elise", "EUR", "2026-12-17", [
        L(1, "AAE-PEC-HM", "Pectina HM rápida", 250, "KG", "18.40", "2027-01-14"),
    ])
    body = ("Estaré fuera de la oficina hasta el 7 de enero con acceso limitado al correo.\n"
            "Para pedidos urgentes, contacte con Marta Gil en el 976 00 00 00 o en pedidos@aaebro.example.\n\n"
            "¡Felices fiestas!\nJavier Lacasa\n")
    m = message(H(addr("Javier Lacasa", "jlacasa@aaebro.example"), buyer_addr(p),
                  "Respuesta automática: Purchase order 4500072293 - please confirm", hdate(2026, 12, 17, 19, 30, 0),
                  "<PAXPR03MB7F8A9B0C1D2E@PAXPR03MB7F8A.eurprd03.prod.outlook.com>", p,
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
                multi("alternative", "_000_PAXPR03MB7F8A9B0C1D2E_", [
                    text(body, charset="iso-8859-1"),
                    text("<html><body><p>" + html_escape(body).replace("\n", "<br>") + "</p></body></html>\n",
                         subtype="html", charset="iso-8859-1"),
                ]))
    e = EXP("auto_reply", "'hasta el 7 de enero' is a return date.")
    return [p], m, e


@case("063-fi-trilingual-holiday", "auto_reply/fi-FI",
      "Finnish/Swedish/English holiday auto-reply without Auto-Submitted header")
def c063():
    s = sup("SAIMKEM", "Saimaan Kemikaalit Oy", "tilaukset@saimaankemikaalit.example", "fi-FI")
    p = PO("4500072306", s, "marta", "EUR", "2026-12-18", [
        L(1, "SKO-PAC-18", "Polyalumiinikloridi PAC 18 %", 20000, "KG", "0.31", "2027-01-07"),
    ])
    body = ("Olen lomalla 21.12.2026–6.1.2027. Kiireellisissä tilausasioissa ota yhteyttä: tilaukset@saimaankemikaalit.example.\n\n"
            "Jag är på semester 21.12.2026–6.1.2027. I brådskande orderärenden, kontakta tilaukset@saimaankemikaalit.example.\n\n"
            "I am on holiday 21 Dec 2026 – 6 Jan 2027. For urgent order matters please contact "
            "tilaukset@saimaankemikaalit.example.\n\nHyvää joulua – God jul – Merry Christmas!\nAnni Laaksonen\n")
    m = message(H(addr("Anni Laaksonen", "anni.laaksonen@saimaankemikaalit.example"), buyer_addr(p),
                  "Poissa: Purchase order 4500072306 - please confirm", hdate(2026, 12, 21, 7, 1, 0, "+0200"),
                  "<HE1PR0701MB2B3C4D5E6F70@HE1PR0701MB2B3C.eurprd07.prod.outlook.com>", p),
                text(body, charset="utf-8"))
    e = EXP("auto_reply", "Vacation auto-reply recognisable only from content/subject ('Poissa'); no Auto-Submitted header.")
    return [p], m, e


# ==========================================================================
# BOUNCES
# ==========================================================================
def original_request(p, frm, date, to=None):
    return message([("From", buyer_addr(p)), ("To", to or p["supplier"]["email"]),
                    ("Subject", "Purchase order %s - please confirm" % p["po_number"]),
                    ("Date", date), ("Message-ID", p["request_message_id"])],
                   text(request_text(p), charset="utf-8"))


@case("064-postfix-user-unknown", "bounce/zh-CN",
      "Postfix multipart/report DSN with the original PO request attached as message/rfc822")
def c064():
    s = sup("HZCOLOR", "Hangzhou Colorchem Co., Ltd.", "sales@hz-colorchem.example", "zh-CN")
    p = PO("4500072319", s, "priya", "USD", "2026-12-07", [
        L(1, "HZC-PB15-3", "Pigment Blue 15:3", 500, "KG", "12.80", "2027-01-06"),
    ])
    d = hdate(2026, 12, 7, 9, 0, 0, "+0000")
    expl = ("This is the mail system at host mx1.brightwell.example.\n\n"
            "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
            "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\ndelete your own text from the attached "
            "returned message.\n\n                   The mail system\n\n"
            "<sales@hz-colorchem.example>: host mx.hz-colorchem.example[203.0.113.45] said:\n"
            "    550 5.1.1 <sales@hz-colorchem.example>: Recipient address rejected: User\n"
            "    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    ds = ("Reporting-MTA: dns; mx1.brightwell.example\nX-Postfix-Queue-ID: 4Q7xYz1k2LzB3\n"
          "X-Postfix-Sender: rfc822; priya.natarajan@brightwell.example\nArrival-Date: " + d + "\n\n"
          "Final-Recipient: rfc822; sales@hz-colorchem.example\nOriginal-Recipient: rfc822;sales@hz-colorchem.example\n"
          "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.hz-colorchem.example\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <sales@hz-colorchem.example>: Recipient\n"
          "    address rejected: User unknown in virtual mailbox table\n")
    m = message([("From", "MAILER-DAEMON@mx1.brightwell.example (Mail Delivery System)"),
                 ("To", buyer_addr(p)), ("Subject", "Undelivered Mail Returned to Sender"),
                 ("Date", hdate(2026, 12, 7, 9, 0, 4, "+0000")),
                 ("Message-ID", "<20261207090004.8C1F22A0B3@mx1.brightwell.example>"),
                 ("Auto-Submitted", "auto-replied")],
                multi("report", "4Q7xYz1k2LzB3.1796634004/mx1.brightwell.example", [
                    raw_part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                             b(expl)),
                    raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                             b(ds)),
                    raw_part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                             original_request(p, None, d)),
                ], params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message."))
    e = EXP("bounce", "Delivery failure; the PO lines appear only inside the returned original.")
    return [p], m, e


@case("065-exchange-ndr-mailbox-full", "bounce/sv-SE",
      "Exchange Online NDR (HTML + text + delivery-status + rfc822-headers), mailbox full")
def c065():
    s = sup("MALPLAST", "Mälardalens Plast AB", "order@malardalensplast.example", "sv-SE")
    p = PO("4500072322", s, "marta", "SEK", "2026-12-07", [
        L(1, "MP-PETG-2MM", "PETG-skiva 2 mm, 1250x2050", 200, "EA", "185.00", "2026-12-21"),
    ])
    plain = ("Your message to order@malardalensplast.example couldn't be delivered.\n\n"
             "The recipient's mailbox is full and can't accept messages now.\n\n"
             "marta.lindqvist  Office 365  order\nAction Required                 Recipient\n\n"
             "Mailbox full\n\nHow to Fix It\nTry resending your message later, or contact the recipient directly.\n\n"
             "Diagnostic information for administrators:\n\nGenerating server: GV0P278MB0123.CHEP278.PROD.OUTLOOK.COM\n"
             "Remote server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'\n")
    html = "<html><body>" + html_escape(plain).replace("\n", "<br>\n") + "</body></html>\n"
    ds = ("Reporting-MTA: dns;GV0P278MB0123.CHEP278.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;brightwell.example\n"
          "Arrival-Date: Mon, 7 Dec 2026 08:14:02 +0000\n\n"
          "Final-Recipient: rfc822;order@malardalensplast.example\nAction: failed\nStatus: 5.2.2\n"
          "Diagnostic-Code: smtp;552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\n")
    rh = ("From: Marta Lindqvist <marta.lindqvist@brightwell.example>\nTo: order@malardalensplast.example\n"
          "Subject: Purchase order 4500072322 - please confirm\nDate: Mon, 7 Dec 2026 08:14:00 +0000\n"
          "Message-ID: <po-4500072322.1@brightwell.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n")
    m = message([("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@brightwell.example>"),
                 ("To", buyer_addr(p)),
                 ("Subject", "Undeliverable: Purchase order 4500072322 - please confirm"),
                 ("Date", hdate(2026, 12, 7, 8, 14, 9, "+0000")),
                 ("Message-ID", "<b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e@GV0P278MB0123.CHEP278.PROD.OUTLOOK.COM>"),
                 ("In-Reply-To", "<po-4500072322.1@brightwell.example>"),
                 ("References", "<po-4500072322.1@brightwell.example>"),
                 ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
                multi("report", "c1d2e3f4-a5b6-47c8-9d0e-f1a2b3c4d5e6", [
                    multi("alternative", "d7e8f9a0-b1c2-43d4-8e5f-a6b7c8d9e0f1", [
                        text(plain, charset="us-ascii", cte="quoted-printable"),
                        text(html, subtype="html", charset="us-ascii", cte="quoted-printable"),
                    ]),
                    raw_part([("Content-Type", "message/delivery-status")], b(ds)),
                    raw_part([("Content-Type", "text/rfc822-headers")], b(rh)),
                ], params="; report-type=delivery-status"))
    e = EXP("bounce", "NDR threaded to the request (In-Reply-To set) but it is a delivery failure.")
    return [p], m, e


@case("066-gmail-delay-dsn", "bounce/es-CO",
      "transient delay DSN ('will retry for 46 more hours') - still a delivery status notification")
def c066():
    s = sup("POLCARIB", "Polímeros del Caribe S.A.", "ventas@polcaribe.example", "es-CO")
    p = PO("4500072335", s, "tomas", "USD", "2026-12-08", [
        L(1, "PDC-PVC-RES", "Resina PVC suspensión K65", 10000, "KG", "0.98", "2027-01-12"),
    ])
    plain = ("** Message not delivered yet **\n\nThere was a temporary problem delivering your message to "
             "ventas@polcaribe.example. Gmail will retry for 46 more hours. You'll be notified if the delivery "
             "fails permanently.\n\nThe response from the remote server was:\n"
             "451 4.4.0 Timeout connecting to mx.polcaribe.example\n")
    ds = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: Tue, 08 Dec 2026 07:30:02 -0800 (PST)\n\n"
          "Final-Recipient: rfc822; ventas@polcaribe.example\nAction: delayed\nStatus: 4.4.0\n"
          "Diagnostic-Code: smtp; 451 4.4.0 Timeout connecting to mx.polcaribe.example\n"
          "Last-Attempt-Date: Tue, 08 Dec 2026 09:31:40 -0800 (PST)\nWill-Retry-Until: Thu, 10 Dec 2026 07:30:02 -0800 (PST)\n")
    m = message([("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", buyer_addr(p)),
                 ("Subject", "Delivery Status Notification (Delay)"),
                 ("Date", hdate(2026, 12, 8, 9, 31, 41, "-0800")),
                 ("Message-ID", "<6576a1b2.050a0220.1c2d3.0f4e.GMR@mx.google.com>"),
                 ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
                 ("Auto-Submitted", "auto-replied")],
                multi("report", "000000000000c0d1e2f3a4b5c6d7", [
                    text(plain, charset="UTF-8"),
                    raw_part([("Content-Type", "message/delivery-status")], b(ds)),
                    raw_part([("Content-Type", "message/rfc822")],
                             original_request(p, None, hdate(2026, 12, 8, 7, 30, 0, "-0800"))),
                ], params="; report-type=delivery-status"))
    e = EXP("bounce", "Action: delayed, not failed - still a DSN, not a supplier answer.")
    return [p], m, e


@case("067-qmail-failure-notice", "bounce/pt-BR",
      "old-style qmail 'failure notice' in plain text with the PO quoted below a marker line")
def c067():
    s = sup("QBAHIA", "Química Bahia Ltda", "vendas@quimicabahia.example", "pt-BR")
    p = PO("4500072348", s, "tomas", "BRL", "2026-12-08", [
        L(1, "QB-SOD-HIPO", "Hipoclorito de sódio 12 %", 6000, "KG", "1.95", "2026-12-18"),
        L(2, "QB-ACID-SULF", "Ácido sulfúrico 98 %", 3000, "KG", "1.40", "2026-12-18"),
    ])
    orig = original_request(p, None, hdate(2026, 12, 8, 10, 0, 0, "-0300")).decode("utf-8")
    body = ("Hi. This is the qmail-send program at mail.quimicabahia.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<vendas@quimicabahia.example>:\nThis mailbox is disabled (554 5.2.1)\n\n"
            "--- Below this line is a copy of the message.\n\n"
            "Return-Path: <tomas.ferreira@brightwell.example>\nReceived: (qmail 12040 invoked from network); "
            "8 Dec 2026 13:00:03 -0000\n" + orig)
    m = message([("From", "MAILER-DAEMON@mail.quimicabahia.example"), ("To", buyer_addr(p)),
                 ("Subject", "failure notice"), ("Date", hdate(2026, 12, 8, 13, 0, 5, "+0000")),
                 ("Message-ID", "<1796734805.12041.qmail@mail.quimicabahia.example>")],
                text(body, charset="utf-8", cte="8bit"))
    e = EXP("bounce", "qmail bounce without multipart/report; the PO request is copied in verbatim.")
    return [p], m, e


# ==========================================================================
# UNRELATED
# ==========================================================================
@case("068-gb-newsletter-price-list-2027", "unrelated/en-GB",
      "supplier newsletter with 2027 price increase for an item that is on the open PO")
def c068():
    s = sup("BRITPOL", "Britannia Polymers Ltd", "sales@britanniapolymers.example", "en-GB")
    p = PO("4500072351", s, "dan", "GBP", "2026-12-04", [
        L(1, "BP-HD52", "HDPE blow moulding grade HD52", 5000, "KG", "1.21", "2026-12-18"),
    ])
    html = ("<html><body style=\"font-family:Arial\"><table width=\"600\" align=\"center\"><tr><td>"
            "<h2>Britannia Polymers - Winter Update</h2>"
            "<p>Dear Customer,</p><p>As we approach the end of 2026 we would like to thank you for your business.</p>"
            "<h3>2027 price list</h3><p>Our new price list takes effect on <b>1 January 2027</b>. Notable changes:</p>"
            "<ul><li>HDPE blow grade BP-HD52: +4%</li><li>LLDPE film grades: +2.5%</li><li>PP homopolymers: unchanged</li></ul>"
            "<h3>Christmas opening hours</h3><p>Our warehouse closes 24 Dec at 12:00 and reopens 4 Jan 2027.</p>"
            "<p style=\"font-size:9px;color:#999\">You are receiving this because you are a Britannia Polymers customer. "
            "<a href=\"https://news.britanniapolymers.example/u?id=8821\">Unsubscribe</a></p>"
            "</td></tr></table></body></html>\n")
    plain = ("Britannia Polymers - Winter Update\n\nDear Customer,\n\n2027 price list effective 1 January 2027:\n"
             "- HDPE blow grade BP-HD52: +4%\n- LLDPE film grades: +2.5%\n- PP homopolymers: unchanged\n\n"
             "Christmas opening hours: warehouse closes 24 Dec at 12:00, reopens 4 Jan 2027.\n\n"
             "Unsubscribe: https://news.britanniapolymers.example/u?id=8821\n")
    m = message([("From", addr("Britannia Polymers", "news@britanniapolymers.example")), ("To", buyer_addr(p)),
                 ("Subject", "Winter Update: 2027 prices & Christmas opening hours"),
                 ("Date", hdate(2026, 12, 8, 10, 0, 0, "+0000")),
                 ("Message-ID", "<20261208100000.8821.campaign-412@news.britanniapolymers.example>"),
                 ("List-Unsubscribe", "<https://news.britanniapolymers.example/u?id=8821>"),
                 ("Precedence", "bulk")],
                multi("alternative", "=_campaign412_alt", [
                    text(plain, charset="utf-8"), text(html, subtype="html", charset="utf-8")]))
    e = EXP("unrelated", "Bulk newsletter; the +4% for BP-HD52 is a general 2027 price notice, not an answer to the PO.")
    return [p], m, e


@case("069-mx-invoice-cfdi-other-po", "unrelated/es-MX",
      "CFDI invoice (PDF + XML) for a different, already delivered PO from the same supplier")
def c069():
    s = sup("SABJAL", "Sabores y Esencias de Jalisco S.A. de C.V.", "facturacion@saboresjalisco.example", "es-MX")
    p = PO("4500072364", s, "tomas", "MXN", "2026-12-04", [
        L(1, "SEJ-TAM-CONC", "Concentrado de tamarindo", 300, "KG", "96.00", "2026-12-17"),
        L(2, "SEJ-JAM-ESE", "Esencia de jamaica", 120, "KG", "142.50", "2026-12-17"),
    ])
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" Version="4.0" Serie="A" Folio="10877" '
           'Fecha="2026-12-09T10:11:12" Moneda="MXN" SubTotal="28750.00" Total="33350.00" TipoDeComprobante="I">\n'
           '  <cfdi:Emisor Rfc="SEJ000000AAA" Nombre="SABORES Y ESENCIAS DE JALISCO"/>\n'
           '  <cfdi:Receptor Rfc="XEXX010101000" Nombre="BRIGHTWELL MANUFACTURING"/>\n'
           '  <cfdi:Conceptos><cfdi:Concepto ClaveProdServ="50171900" Cantidad="250" ClaveUnidad="KGM" '
           'Descripcion="Concentrado de mango" ValorUnitario="115.00" Importe="28750.00"/></cfdi:Conceptos>\n'
           '</cfdi:Comprobante>\n')
    pdf = make_pdf(["SABORES Y ESENCIAS DE JALISCO S.A. DE C.V.", "FACTURA A-10877     Fecha: 09/12/2026",
                    "Su pedido: 4500069340     Remision: R-55120 (entregada 02/12/2026)",
                    "250 KG  Concentrado de mango   $115.00   $28,750.00",
                    "Subtotal $28,750.00   IVA 16% $4,600.00   Total $33,350.00 MXN",
                    "Condiciones: 30 dias"], title="Factura A-10877")
    body = ("Estimado cliente:\n\nAdjuntamos CFDI serie A folio 10877 correspondiente a su pedido 4500069340.\n"
            "Favor de programar el pago conforme a las condiciones pactadas.\n\nDepartamento de Facturación\n"
            "Sabores y Esencias de Jalisco S.A. de C.V.\n")
    m = message([("From", addr("Facturación SEJ", "facturacion@saboresjalisco.example")),
                 ("To", "cuentasporpagar@brightwell.example"), ("Cc", buyer_addr(p)),
                 ("Subject", "CFDI A-10877 - Sabores y Esencias de Jalisco"),
                 ("Date", hdate(2026, 12, 9, 10, 12, 0, "-0600")),
                 ("Message-ID", "<cfdi.A10877.20261209101200@saboresjalisco.example>")],
                multi("mixed", "=_cfdi_A10877", [
                    text(body, charset="utf-8"),
                    attach(pdf, "application/pdf", "A-10877.pdf"),
                    attach(xml, "text/xml", "A-10877.xml"),
                ]))
    e = EXP("unrelated", "Invoice for PO 4500069340 (not on file); the open PO 4500072364 is not mentioned.")
    return [p], m, e


@case("070-it-holiday-closure-mass-mail", "unrelated/it-IT",
      "mass mailing to all customers about Christmas plant closure, sent by the PO's supplier")
def c070():
    s = sup("SILILOM", "Siliconi Lombardi S.r.l.", "commerciale@siliconilombardi.example", "it-IT")
    p = PO("4500072377", s, "elise", "EUR", "2026-12-07", [
        L(1, "SL-RTV-110", "Silicone RTV bicomponente 110", 200, "KG", "14.90", "2027-01-08"),
    ])
    body = ("Gentile Cliente,\n\nLa informiamo che il nostro stabilimento resterà chiuso per le festività natalizie "
            "dal 23 dicembre 2026 al 6 gennaio 2027 compresi. Gli ordini ricevuti in questo periodo saranno "
            "evasi a partire dal 7 gennaio 2027.\n\nCogliamo l'occasione per augurarLe Buone Feste.\n\n"
            "Siliconi Lombardi S.r.l.\nUfficio Commerciale\n")
    m = message([("From", addr("Siliconi Lombardi", "commerciale@siliconilombardi.example")),
                 ("To", "undisclosed-recipients:;"),
                 ("Subject", "Chiusura per festività natalizie 2026/2027"),
                 ("Date", hdate(2026, 12, 10, 9, 0, 0)),
                 ("Message-ID", "<chiusura2026.9f8e7d@siliconilombardi.example>"),
                 ("Precedence", "bulk")],
                text(body, charset="utf-8"))
    e = EXP("unrelated", "General closure notice to all customers; not an answer about PO 4500072377.")
    return [p], m, e


@case("071-us-asn-other-po", "unrelated/en-US",
      "EDI advance ship notice for another PO from a supplier with an open PO on file")
def c071():
    s = sup("ARROWTEK", "Arrowtek Components Inc.", "edi@arrowtek.example", "en-US")
    p = PO("4500072380", s, "dan", "USD", "2026-12-07", [
        L(1, "AT-TVS-SMBJ24", "TVS diode SMBJ24A", 8000, "EA", "0.072", "2026-12-21"),
        L(2, "AT-FUSE-1206-2A", "Chip fuse 1206, 2 A", 5000, "EA", "0.055", "2026-12-21"),
    ])
    body = ("ADVANCE SHIP NOTICE\n\nShipment ID: SH-2026-120988\nShip Date: 12/09/2026\nCarrier: UPS 2nd Day Air\n"
            "Tracking: 1Z999AA10000000000\n\nCustomer PO: 4500070015\n\n"
            "Line  Part            Qty Shipped\n1     AT-TVS-SMBJ24   4000\n2     AT-ESD-0402     10000\n\n"
            "This notice was generated automatically by Arrowtek EDI Services.\n")
    m = message([("From", addr("Arrowtek EDI", "edi@arrowtek.example")), ("To", buyer_addr(p)),
                 ("Subject", "ASN SH-2026-120988 for PO 4500070015"),
                 ("Date", hdate(2026, 12, 9, 18, 5, 0, "-0500")),
                 ("Message-ID", "<asn.SH-2026-120988@edi.arrowtek.example>"),
                 ("Auto-Submitted", "auto-generated")],
                text(body, charset="us-ascii", cte="7bit"))
    e = EXP("unrelated", "Shipment notice for PO 4500070015 (not on file), even though it ships an item that is also on the open PO.")
    return [p], m, e


# ==========================================================================
# Writing and validation
# ==========================================================================
from email.utils import parsedate_to_datetime  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402

KINDS = {"confirmation", "needs_review", "auto_reply", "bounce", "unrelated"}
STATUSES = {"accepted", "changed", "rejected", "unconfirmed"}


def dumps(o):
    return json.dumps(o, indent=2, ensure_ascii=False) + "\n"


def validate(slug, pos, eml, exp):
    errs = []
    # ---- pos.json
    ids = set()
    for p in pos:
        for k in ("po_number", "supplier", "buyer", "currency", "issued", "lines"):
            if k not in p:
                errs.append("po missing " + k)
        for k in ("id", "name", "email", "locale"):
            if k not in p["supplier"]:
                errs.append("supplier missing " + k)
        assert p["issued"] >= "2026-11-20" and p["issued"] <= "2026-12-31", p["issued"]
        dt.date.fromisoformat(p["issued"])
        if "request_message_id" in p:
            ids.add(p["request_message_id"])
        for l in p["lines"]:
            for k in ("line", "item", "description", "quantity", "uom", "unit_price", "requested_date"):
                if k not in l:
                    errs.append("line missing " + k)
            Decimal(l["unit_price"])
            dt.date.fromisoformat(l["requested_date"])
            assert isinstance(l["quantity"], int) and isinstance(l["line"], int)
    # ---- expected.json
    if exp["kind"] not in KINDS:
        errs.append("bad kind")
    if exp["kind"] == "confirmation":
        pos_by = {p["po_number"]: p for p in pos}
        for c in exp["confirmations"]:
            p = pos_by[c["po_number"]]
            assert sorted(c["lines"], key=int) == [str(l["line"]) for l in p["lines"]]
            for n, v in c["lines"].items():
                assert v["status"] in STATUSES
                l = _line(p, int(n))
                if v["status"] in ("accepted", "changed"):
                    assert set(v) - {"schedule"} == {"status", "quantity", "unit_price", "date"}, v
                    dt.date.fromisoformat(v["date"])
                    Decimal(v["unit_price"])
                if v["status"] == "accepted":
                    assert (v["quantity"], v["unit_price"], v["date"]) == (l["quantity"], l["unit_price"], l["requested_date"])
                if v["status"] in ("rejected", "unconfirmed"):
                    assert set(v) == {"status"}
    else:
        assert "confirmations" not in exp
    # ---- message.eml
    msg = BytesParser(policy=policy.default).parsebytes(eml)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("missing header " + h)
    d = parsedate_to_datetime(msg["Date"])
    if not (d.year == 2026 and d.month == 12):
        errs.append("Date not in December 2026")
    # weekday sanity
    wd = msg["Date"].split(",")[0].strip()
    if WD[d.weekday()] != wd:
        errs.append("weekday mismatch")
    irt = msg["In-Reply-To"]
    if irt is not None and str(irt).strip() not in ids:
        errs.append("In-Reply-To not a known request id")
    for p in pos:
        if "request_message_id" in p and d.date() < dt.date.fromisoformat(p["issued"]):
            errs.append("reply before PO issued")
    alltext = [str(msg["Subject"])]
    n_parts = 0
    def leaves(m):
        if m.get_content_type() == "message/delivery-status":
            yield m
        elif m.is_multipart():
            for sp in m.iter_parts():
                yield from leaves(sp)
        else:
            yield m
    for part in leaves(msg):
        n_parts += 1
        ct = part.get_content_type()
        if ct.startswith("text/"):
            t = part.get_content()
            assert isinstance(t, str) and t.strip(), (slug, ct)
            if "\ufffd" in t:
                errs.append("replacement char in " + ct)
            alltext.append(t)
        elif ct == "message/delivery-status":
            pass
        else:
            data = part.get_payload(decode=True)
            if not data:
                errs.append("empty payload " + ct)
                continue
            if ct == "application/pdf":
                if not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF") and b"Tj" in data):
                    errs.append("bad pdf")
                sx = int(data.rstrip().split(b"startxref")[1].split()[0])
                if not data[sx:].startswith(b"xref"):
                    errs.append("bad xref offset")
                alltext.append(data.decode("cp1252", "replace"))
            elif "spreadsheetml" in ct:
                z = zipfile.ZipFile(io.BytesIO(data))
                assert z.testzip() is None
                root = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
                ET.fromstring(z.read("xl/workbook.xml"))
                alltext.append(" ".join(x.text or "" for x in root.iter() if x.text))
            elif ct in ("text/csv",):
                alltext.append(data.decode())
    if n_parts == 0:
        errs.append("no parts")
    if exp["kind"] == "confirmation":
        blob = "\n".join(alltext)
        for c in exp["confirmations"]:
            if c["po_number"] not in blob:
                errs.append("PO %s not visible in message" % c["po_number"])
    return errs


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    slugs = set()
    readme = ["# Batch H - held-out supplier replies",
              "",
              "Written from `/work/shared/corpus/FORMAT.md` alone (no access to the agent, its code or other corpora).",
              "Theme: chemicals, food ingredients, plastics, electronics and printed packaging suppliers; ERP",
              "acknowledgments as PDF / XLSX / CSV / HTML tables mixed with free text in many locales.",
              "Regenerate with `python3 make_batch.py` (standard library only, byte-for-byte deterministic).",
              "",
              "Format: `NNN-slug` | category/locale | what it tests",
              ""]
    all_errs = 0
    counts = {}
    for slug, catloc, tests, fn in CASES:
        assert slug not in slugs
        slugs.add(slug)
        pos, eml, exp = fn()
        assert exp["kind"] == catloc.split("/")[0], slug
        d = os.path.join(OUT, slug)
        os.makedirs(d)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(dumps(pos))
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(dumps(exp))
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(eml)
        errs = validate(slug, pos, eml, exp)
        for e in errs:
            print("%s: %s" % (slug, e), file=sys.stderr)
        all_errs += len(errs)
        readme.append("- `%s` | %s | %s" % (slug, catloc, tests))
        counts[exp["kind"]] = counts.get(exp["kind"], 0) + 1
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(readme) + "\n")
    print("wrote %d cases %s; validation errors: %d" % (len(CASES), counts, all_errs))
    return 1 if all_errs else 0


if __name__ == "__main__":
    sys.exit(main())
