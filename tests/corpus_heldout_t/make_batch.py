#!/usr/bin/env python3
"""Held-out batch T: supplier replies to purchase orders (EMS parts, chemicals,
medical disposables, stampings, HVAC, textiles, printing, lab consumables,
construction materials, marine, aerospace fasteners, food ingredients,
cosmetics packaging, flat glass, bearings, signage).

Standard library only and fully deterministic: fixed MIME boundaries, fixed
Message-IDs, fixed zip timestamps.  Running it rewrites ./cases/ and README.md.

    python3 make_batch.py
"""
from __future__ import annotations

import base64
import datetime as dt
import html
import json
import quopri
import shutil
import zipfile
import zlib
from decimal import Decimal
from email.header import Header
from email.utils import formataddr, format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases"

# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

def D(s):
    return dt.date.fromisoformat(s)


def kw_friday(year, week):
    return dt.date.fromisocalendar(year, week, 5).isoformat()


def kw_day(year, week, day):
    return dt.date.fromisocalendar(year, week, day).isoformat()


def is_weekday(iso, name):
    assert D(iso).strftime("%A") == name, (iso, D(iso).strftime("%A"), name)
    return iso


TZ = {}


def when(s, off="+0100"):
    """'2026-11-10 09:14' + '+0100' -> aware datetime"""
    sign = 1 if off[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def next_on_or_after(ref: dt.date, month, day):
    d = dt.date(ref.year, month, day)
    if d < ref:
        d = dt.date(ref.year + 1, month, day)
    return d.isoformat()


# ---------------------------------------------------------------------------
# parties
# ---------------------------------------------------------------------------

class Buyer:
    def __init__(self, name, email, company, phone):
        self.name, self.email, self.company, self.phone = name, email, company, phone
        self.domain = email.split("@")[1]

    def json(self):
        return {"name": self.name, "email": self.email}

    def sig(self):
        return f"Kind regards\n{self.name}\nPurchasing | {self.company}\n{self.phone}"


B_EMS = Buyer("Marta Kowalczyk", "marta.kowalczyk@voltline-ems.example", "Voltline EMS GmbH", "+49 351 4410 227")
B_CHEM = Buyer("Jonas Berger", "j.berger@orbis-coatings.example", "Orbis Coatings B.V.", "+31 10 760 4412")
B_MED = Buyer("Aoife Brennan", "aoife.brennan@northgate-health.example", "Northgate Health Supplies Ltd", "+353 1 555 0187")
B_AUTO = Buyer("Luis Ortega", "l.ortega@corvana-auto.example", "Corvana Automotive Systems", "+1 248 555 0134")
B_HVAC = Buyer("Priya Nair", "priya.nair@brightair-facilities.example", "BrightAir Facilities Ltd", "+44 121 555 0190")
B_BUILD = Buyer("Tomasz Wrona", "t.wrona@baltic-build.example", "Baltic Build Contractors", "+48 58 555 0113")
B_FOOD = Buyer("Elise Marchetti", "elise.marchetti@dolcevia-foods.example", "Dolcevia Foods S.p.A.", "+39 02 5550 1122")
B_AERO = Buyer("Henrik Sand", "henrik.sand@skyforge-aero.example", "Skyforge Aerostructures AB", "+46 31 555 0166")
B_INT = Buyer("Sofia Lindqvist", "sofia.lindqvist@nordhaus-interiors.example", "Nordhaus Interiors Oy", "+358 9 555 0142")
B_LAB = Buyer("Kai Brandt", "kai.brandt@helix-labs.example", "Helix Laboratories GmbH", "+49 6221 555 031")
B_MAR = Buyer("Nicola Ferris", "n.ferris@harbourline-marine.example", "Harbourline Marine Services", "+44 23 8055 0177")
B_COS = Buyer("Camille Roux", "camille.roux@belleterre-cosmetics.example", "Belle Terre Cosmetics SAS", "+33 4 72 55 01 38")
B_DRV = Buyer("Ravi Menon", "ravi.menon@kinetic-drives.example", "Kinetic Drives Ltd", "+44 1332 555 021")


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


# ---------------------------------------------------------------------------
# purchase orders and labels
# ---------------------------------------------------------------------------

class PO:
    def __init__(self, number, supplier, buyer, issued, lines, currency="EUR", req=True, first_line=1, step=1,
                 sent=None):
        self.number, self.supplier, self.buyer, self.issued = number, supplier, buyer, issued
        self.currency = currency
        self.lines = []
        n = first_line
        for t in lines:
            item, desc, qty, uom, price, date = t
            assert isinstance(qty, int) and Decimal(price) > 0
            D(date)
            self.lines.append({"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
                               "unit_price": price, "requested_date": date})
            n += step
        slug = "".join(c for c in number if c.isalnum()).lower()
        self.msgid = f"<po-{slug}.ack1@{buyer.domain}>" if req else None
        # when our acknowledgment request went out (quoted in replies)
        self.sent = sent or when(issued + " 10:12", "+0100")

    def line(self, n):
        for ln in self.lines:
            if ln["line"] == n:
                return ln
        raise KeyError(n)

    def json(self):
        d = {"po_number": self.number, "supplier": self.supplier, "buyer": self.buyer.json(),
             "currency": self.currency, "issued": self.issued}
        if self.msgid:
            d["request_message_id"] = self.msgid
        d["lines"] = self.lines
        return d

    # -- our request mail, as it is quoted in replies ---------------------
    def subject(self):
        return f"Purchase order {self.number} - please confirm"

    def request_text(self, greeting=None):
        cur = self.currency
        rows = []
        for ln in self.lines:
            rows.append(f"{ln['line']:<4} {ln['item']:<20} {ln['description'][:42]:<42} "
                        f"{ln['quantity']:>7} {ln['uom']:<4} {cur} {ln['unit_price']:>9}   {ln['requested_date']}")
        return (f"{greeting or 'Dear Sir or Madam,'}\n\n"
                f"please find attached our purchase order {self.number} of {self.issued}.\n"
                f"Kindly confirm quantities, prices and delivery dates by return e-mail.\n\n"
                f"Pos  Item                 Description                                    Qty UoM  Unit price     Requested\n"
                + "\n".join(rows) +
                f"\n\nDelivery address: {self.buyer.company}, Goods-in\n\n{self.buyer.sig()}\n")


ACC = {"status": "accepted"}
REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def chg(q=None, p=None, d=None, sched=None):
    return {"status": "changed", "q": q, "p": p, "d": d, "sched": sched}


def conf(po: PO, labels: dict):
    out = {}
    assert set(labels) == {ln["line"] for ln in po.lines}, (po.number, labels.keys())
    for ln in po.lines:
        lab = labels[ln["line"]]
        if lab["status"] == "accepted":
            v = {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
                 "date": ln["requested_date"]}
        elif lab["status"] == "changed":
            q = lab["q"] if lab["q"] is not None else ln["quantity"]
            p = lab["p"] if lab["p"] is not None else ln["unit_price"]
            sched = lab["sched"]
            if sched:
                sched = [{"quantity": a, "date": b} for a, b in sched]
                assert sum(s["quantity"] for s in sched) == q, (po.number, ln["line"])
                d = lab["d"] or max(s["date"] for s in sched)
                assert d == max(s["date"] for s in sched)
            else:
                d = lab["d"] if lab["d"] is not None else ln["requested_date"]
            D(d)
            assert Decimal(p) > 0
            v = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
            if sched:
                v["schedule"] = sched
            else:
                assert (q, Decimal(p), d) != (ln["quantity"], Decimal(ln["unit_price"]), ln["requested_date"]), \
                    (po.number, ln["line"], "changed line equal to PO")
        else:
            v = dict(lab)
        out[str(ln["line"])] = v
    return {"po_number": po.number, "lines": out}


def per(price, n, places=4):
    """price for n units -> price per unit, exact decimal string"""
    v = Decimal(price) / Decimal(n)
    q = v.quantize(Decimal(1).scaleb(-places))
    assert q == v, (price, n, v)
    return format(q.normalize(), "f") if q != q.to_integral() else format(q.quantize(Decimal("0.01")), "f")


def pct(price, percent):
    v = Decimal(price) * (Decimal(100) + Decimal(percent)) / Decimal(100)
    return format(v.normalize(), "f") if v != v.to_integral() else format(v.quantize(Decimal("0.01")), "f")


# ---------------------------------------------------------------------------
# MIME building (by hand, so that every byte is fixed)
# ---------------------------------------------------------------------------

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def hval(value, charset="utf-8"):
    if is_ascii(value):
        return value
    return Header(value, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if is_ascii(name):
        return formataddr((name, email))
    return formataddr((name, email), charset=charset)


def encode_body(data: bytes, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            data.decode("ascii")
        return data
    raise ValueError(cte)


class Part:
    def __init__(self, headers, body: bytes):
        self.headers, self.body = headers, body

    def bytes(self):
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


FALLBACK = {"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u201e": '"', "\u201c": '"', "\u201d": '"',
            "\u00b2": "2", "\u00b3": "3", "\u00ab": '"', "\u00bb": '"'}


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra=()):
    try:
        data = body.encode(charset)
    except UnicodeEncodeError:
        for k, v in FALLBACK.items():
            try:
                k.encode(charset)
            except UnicodeEncodeError:
                body = body.replace(k, v)
        data = body.encode(charset)
    ct = f"text/{subtype}; charset=\"{charset}\""
    if flowed:
        ct += "; format=flowed"
    hs = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return Part(hs, encode_body(data, cte))


def attachment(data: bytes, ctype, filename, inline=False, extra=()):
    disp = "inline" if inline else "attachment"
    hs = [f"Content-Type: {ctype}; name=\"{filename}\"",
          f"Content-Disposition: {disp}; filename=\"{filename}\"",
          "Content-Transfer-Encoding: base64"] + list(extra)
    return Part(hs, base64.encodebytes(data))


def multi(subtype, boundary, parts, params=""):
    body = b""
    for p in parts:
        body += f"--{boundary}\n".encode() + p.bytes() + b"\n"
    body += f"--{boundary}--\n".encode()
    return Part([f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{params}"], body)


def raw_part(headers, body: str):
    return Part(headers, body.encode("ascii"))


def message(frm, to, subject, date, msgid, body: Part, irt=None, refs=None, cc=None, extra=(), scharset="utf-8",
            mime=True):
    hs = []

    def fix(a):
        if is_ascii(a):
            return a
        name, _, rest = a.rpartition("<")
        return addr(name.strip().strip('"'), rest.rstrip(">").strip(), scharset if scharset != "us-ascii" else "utf-8")

    frm, to = fix(frm), fix(to)
    hs.append(f"From: {frm}")
    hs.append(f"To: {to}")
    if cc:
        hs.append(f"Cc: {cc}")
    hs.append(f"Subject: {hval(subject, scharset)}")
    hs.append(f"Date: {format_datetime(date)}")
    hs.append(f"Message-ID: {msgid}")
    if irt:
        hs.append(f"In-Reply-To: {irt}")
    if refs:
        hs.append(f"References: {refs}")
    hs.extend(extra)
    if mime:
        hs.append("MIME-Version: 1.0")
    raw = ("\n".join(hs) + "\n").encode("ascii") + body.bytes()
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# ---------------------------------------------------------------------------
# quoting in the style of common mail clients
# ---------------------------------------------------------------------------

def gt_quote(txt):
    return "\n".join(("> " + l) if l else ">" for l in txt.rstrip("\n").split("\n"))


EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]


def outlook_header(po: PO, lang="en", to_name=None):
    t = po.sent
    frm = f"{po.buyer.name} <{po.buyer.email}>"
    to = to_name or po.supplier["email"]
    if lang == "de":
        sent = f"{DE_DAYS[t.weekday()]}, {t.day}. {DE_MON[t.month - 1]} {t.year} {t:%H:%M}"
        return f"Von: {frm}\nGesendet: {sent}\nAn: {to}\nBetreff: {po.subject()}"
    if lang == "fr":
        sent = f"{FR_DAYS[t.weekday()]} {t.day} {FR_MON[t.month - 1]} {t.year} {t:%H:%M}"
        return f"De : {frm}\nEnvoyé : {sent}\nÀ : {to}\nObjet : {po.subject()}"
    if lang == "es":
        sent = f"{ES_DAYS[t.weekday()]}, {t.day} de {ES_MON[t.month - 1]} de {t.year} {t:%H:%M}"
        return f"De: {frm}\nEnviado el: {sent}\nPara: {to}\nAsunto: {po.subject()}"
    h12 = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    if lang == "en-GB":
        sent = f"{EN_DAYS[t.weekday()]}, {t.day} {EN_MON[t.month - 1]} {t.year} {t:%H:%M}"
    else:
        sent = f"{EN_DAYS[t.weekday()]}, {EN_MON[t.month - 1]} {t.day}, {t.year} {h12}:{t:%M} {ampm}"
    return f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {po.subject()}"


def gmail_attr(po: PO, lang="en"):
    t = po.sent
    b = f"{po.buyer.name} <{po.buyer.email}>"
    if lang == "de":
        return f"Am {DE_DAYS[t.weekday()][:2]}., {t.day}. {DE_MON[t.month - 1][:3]}. {t.year} um {t:%H:%M} Uhr schrieb {b}:"
    if lang == "fr":
        return f"Le {FR_DAYS[t.weekday()][:3]}. {t.day} {FR_MON[t.month - 1][:4]}. {t.year} à {t:%H:%M}, {b} a écrit :"
    if lang == "es":
        return f"El {ES_DAYS[t.weekday()][:3]}, {t.day} {ES_MON[t.month - 1][:3]} {t.year} a las {t:%H:%M}, {b} escribió:"
    h12 = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return f"On {EN_DAYS[t.weekday()][:3]}, {EN_MON[t.month - 1][:3]} {t.day}, {t.year} at {h12}:{t:%M} {ampm} {b} wrote:"


def esc(s):
    return html.escape(s, quote=False)


def p_html(txt):
    """plain paragraphs -> Outlook-ish HTML paragraphs"""
    out = []
    for l in txt.rstrip("\n").split("\n"):
        out.append(f"<p class=\"MsoNormal\">{esc(l) if l.strip() else '&nbsp;'}<o:p></o:p></p>")
    return "\n".join(out)


def outlook_html(reply_html, header_txt, quoted_txt, lang="en"):
    hb = []
    for l in header_txt.split("\n"):
        k, _, v = l.partition(":")
        if k.endswith(" "):
            k = k[:-1]
            hb.append(f"<b>{esc(k)}&nbsp;:</b> {esc(v.strip())}<br>")
        else:
            hb.append(f"<b>{esc(k)}:</b> {esc(v.strip())}<br>")
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
table.Tab {{border-collapse:collapse}}
td {{border:solid #A6A6A6 1.0pt;padding:0cm 5.4pt 0cm 5.4pt;font-size:10.0pt;font-family:"Calibri",sans-serif}}
--></style></head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{reply_html}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal">{''.join(hb)}</p>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
{p_html(quoted_txt)}
</div>
</body>
</html>
"""


def gmail_html(reply_html, attr, quoted_txt):
    q = "<br>\n".join(esc(l) for l in quoted_txt.rstrip("\n").split("\n"))
    return f"""<div dir="ltr">{reply_html}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>
"""


def simple_html(reply_txt):
    return "<div dir=\"ltr\">" + "<br>\n".join(esc(l) for l in reply_txt.rstrip("\n").split("\n")) + "</div>\n"


def table_html(rows, header=True):
    out = ["<table class=\"Tab\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\">"]
    for i, r in enumerate(rows):
        tag = "td"
        cells = "".join(f"<{tag}><p class=\"MsoNormal\">{'<b>' if header and i == 0 else ''}{esc(str(c))}"
                        f"{'</b>' if header and i == 0 else ''}</p></{tag}>" for c in r)
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)


def outlook_headers(locale_tag, idx):
    return [f"Thread-Topic: {idx}", f"Thread-Index: AdtK{abs(hash_s(idx)) % 10**8:08d}Qw==",
            f"Content-Language: {locale_tag}", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
            "X-Mailer: Microsoft Outlook 16.0"]


def hash_s(s):
    """deterministic small hash (python's hash() is salted)"""
    h = 0
    for ch in s.encode("utf-8"):
        h = (h * 131 + ch) % 1000000007
    return h


# ---------------------------------------------------------------------------
# documents: PDF and XLSX written by hand
# ---------------------------------------------------------------------------

def pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def make_pdf(pages, title="Order confirmation", compress=False, producer="SAP NetWeaver 7.50"):
    """pages: list of lists of (x, y, text, size, bold, tj)"""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    info = add(b"<< /Title " + pdf_str(title) + b" /Producer " + pdf_str(producer) +
               b" /CreationDate (D:20261110080000+01'00') >>")
    kids = []
    for items in pages:
        ops = []
        for it in items:
            x, y, s = it[0], it[1], it[2]
            size = it[3] if len(it) > 3 else 9
            bold = it[4] if len(it) > 4 else False
            tj = it[5] if len(it) > 5 else False
            font = b"/F2" if bold else b"/F1"
            if tj:
                chunks = [s[i:i + 3] for i in range(0, len(s), 3)]
                arr = b"[" + b" -8 ".join(pdf_str(c) for c in chunks) + b"] TJ"
                ops.append(b"BT " + font + b" %d Tf %d %d Td " % (size, x, y) + arr + b" ET")
            else:
                ops.append(b"BT " + font + b" %d Tf %d %d Td " % (size, x, y) + pdf_str(s) + b" Tj ET")
        stream = b"\n".join(ops) + b"\n"
        if compress:
            data = zlib.compress(stream, 9)
            cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            cid = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_id, f1, f2, cid))
        kids.append(pid)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + \
        b"] /Count %d >>" % len(kids)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1) + b"0000000000 65535 f \n"
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref)
    return out


def pdf_doc(lines, x0=40, top=800, lead=13, **kw):
    """simple helper: list of str or (text, size, bold) or list of (x, text) cells per row"""
    items = []
    y = top
    pages = [items]
    for l in lines:
        if y < 60:
            items = []
            pages.append(items)
            y = top
        if isinstance(l, str):
            if l:
                items.append((x0, y, l, 9, False))
        elif isinstance(l, tuple):
            items.append((x0, y, l[0], l[1], l[2]))
        else:  # row of cells
            for cell in l:
                cx, ct = cell[0], cell[1]
                tj = cell[2] if len(cell) > 2 else False
                items.append((cx, y, ct, 8, False, tj))
        y -= lead
    return make_pdf(pages, **kw)


def xml_esc(s):
    return html.escape(s, quote=True)


def make_xlsx(rows, sheet="Sheet1", ts=(2026, 11, 10, 8, 0, 0)):
    """rows: list of lists; cells str | int | Decimal/str-number via ('n', '1.23') | ('d', date)"""
    strings = []
    sidx = {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(strings)
            strings.append(s)
        return sidx[s]

    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    rx = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, tuple) and v[0] == "d":
                serial = (v[1] - dt.date(1899, 12, 30)).days
                cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
            elif isinstance(v, tuple) and v[0] == "n":
                cells.append(f'<c r="{ref}" s="2"><v>{v[1]}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="s"><v>{si(str(v))}</v></c>')
        rx.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                 f'<sheetData>{"".join(rx)}</sheetData></worksheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" '
           f'uniqueCount="{len(strings)}">' + "".join(f'<si><t xml:space="preserve">{xml_esc(s)}</t></si>' for s in strings)
           + '</sst>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0000"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '</styleSheet>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{xml_esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": sheet_xml,
        "xl/sharedStrings.xml": sst,
        "xl/styles.xml": styles,
    }
    buf = io_bytes()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=ts)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def io_bytes():
    import io
    return io.BytesIO()


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------------------
# delivery status notifications
# ---------------------------------------------------------------------------

def original_headers(po: PO, to=None):
    t = po.sent
    return (f"From: {po.buyer.name} <{po.buyer.email}>\n"
            f"To: {to or po.supplier['email']}\n"
            f"Subject: {po.subject()}\n"
            f"Date: {format_datetime(t)}\n"
            f"Message-ID: {po.msgid}\n"
            f"MIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"us-ascii\"\n")


# ---------------------------------------------------------------------------
# case registry
# ---------------------------------------------------------------------------

CASES = []


def case(slug, pos, eml: bytes, kind, confs=None, notes="", locale="", hard=""):
    assert kind in ("confirmation", "needs_review", "auto_reply", "bounce", "unrelated")
    assert (kind == "confirmation") == bool(confs)
    assert notes and hard and locale
    exp = {"kind": kind}
    if confs:
        exp["confirmations"] = confs
    exp["notes"] = notes
    CASES.append((slug, [p.json() for p in pos], eml, exp, locale, hard))


def mid(n, domain):
    return f"<{n}@{domain}>"


# ---------------------------------------------------------------------------
# reply shapes
# ---------------------------------------------------------------------------

def bnd(seed, style="outlook"):
    h = hash_s(seed)
    if style == "outlook":
        return f"_000_PAXPR07MB{h % 10000:04d}{(h // 7) % 100000:05d}EURP_"
    if style == "gmail":
        return f"000000000000{h:010x}"[-28:]
    if style == "apple":
        return f"Apple-Mail={h % 1000:03d}AB{h % 97:02d}-{h % 89:04d}-4C1E-9F0A-{h:012X}"
    if style == "tb":
        return f"------------{h:012d}{h % 997:03d}"
    return f"=_NextPart_{h:010d}"


def threading(pos):
    ids = [p.msgid for p in pos if p.msgid]
    if not ids:
        return None, None
    return ids[0], " ".join(ids)


def wrap_attachments(alt: Part, attachments, seed, style="outlook"):
    if not attachments:
        return alt
    return multi("mixed", bnd(seed + "mixed", style), [alt] + list(attachments))


def reply_outlook(po, frm, date, msgid, reply_txt, lang="en", locale="en-US", subject=None, attachments=(),
                  charset="utf-8", cte="quoted-printable", reply_html=None, to=None, cc=None, extra=(),
                  hdr_lang=None, quote_po=None, html_only=False):
    q = quote_po or po
    header = outlook_header(q, hdr_lang or lang)
    quoted = q.request_text()
    txt = reply_txt.rstrip("\n") + "\n\n" + header + "\n\n" + quoted
    htm = outlook_html(reply_html or p_html(reply_txt), header, quoted, locale).replace(
        'charset=utf-8"', f'charset={charset}"')
    seed = msgid
    if html_only:
        alt = text(htm, "html", charset, cte)
    else:
        alt = multi("alternative", bnd(seed, "outlook"), [text(txt, "plain", charset, cte),
                                                           text(htm, "html", charset, cte)])
    body = wrap_attachments(alt, attachments, seed, "outlook")
    irt, refs = threading([q])
    subj = subject or ("RE: " + q.subject())
    return message(frm, to or f"{q.buyer.name} <{q.buyer.email}>", subj, date, msgid, body, irt, refs, cc,
                   list(extra) + outlook_headers(locale, subj), scharset=charset)


def reply_gmail(po, frm, date, msgid, reply_txt, lang="en", subject=None, attachments=(), charset="utf-8",
                cte="quoted-printable", to=None, cc=None, extra=(), attr=None):
    at = attr or gmail_attr(po, lang)
    quoted = po.request_text()
    txt = reply_txt.rstrip("\n") + "\n\n" + at + "\n\n" + gt_quote(quoted) + "\n"
    htm = gmail_html("<br>\n".join(esc(l) for l in reply_txt.rstrip("\n").split("\n")), at, quoted)
    seed = msgid
    alt = multi("alternative", bnd(seed, "gmail"), [text(txt, "plain", charset, cte), text(htm, "html", charset, cte)])
    body = wrap_attachments(alt, attachments, seed, "gmail")
    irt, refs = threading([po])
    return message(frm, to or f"{po.buyer.name} <{po.buyer.email}>", subject or ("Re: " + po.subject()), date,
                   msgid, body, irt, refs, cc, extra, scharset=charset)


def reply_plain(po, frm, date, msgid, body_txt, subject=None, charset="utf-8", cte="quoted-printable",
                attachments=(), to=None, cc=None, extra=(), ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2",
                flowed=False, thread=True, refs_pos=None):
    t = text(body_txt, "plain", charset, cte, flowed=flowed)
    body = wrap_attachments(t, attachments, msgid, "tb")
    irt, refs = threading(refs_pos or [po]) if thread else (None, None)
    ex = list(extra)
    if ua:
        ex.append(f"User-Agent: {ua}" if not ua.startswith("X-") else ua)
    return message(frm, to or f"{po.buyer.name} <{po.buyer.email}>", subject or ("Re: " + po.subject()), date,
                   msgid, body, irt, refs, cc, ex, scharset=charset)


# ===========================================================================
# CASES
# ===========================================================================

# ---- electronics for EMS --------------------------------------------------

def c_mlcc_all_accepted():
    s = sup("PINECREST", "Pinecrest Components Inc.", "orders@pinecrest-components.example", "en-US")
    po = PO("4500031877", s, B_EMS, "2026-11-02", [
        ("GRM155R71C104KA88D", "MLCC 0402 100nF 16V X7R 10%, reel 10k", 50000, "EA", "0.0042", "2026-12-04"),
        ("GRM188R61E106MA73D", "MLCC 0603 10uF 25V X5R 20%, reel 4k", 24000, "EA", "0.0310", "2026-12-04"),
        ("CL21B105KBFNNNE", "MLCC 0805 1uF 50V X7R 10%", 12000, "EA", "0.0125", "2026-12-11"),
    ], currency="USD")
    d = when("2026-11-03 14:22", "-0500")
    reply = """Hi Marta,

Confirmed as ordered - all three lines on PO 4500031877, qty and pricing per your PO.
Lines 1 and 2 will arrive by 12/4, line 3 by 12/11 as you requested.

FYI the 0402 100nF 16V parts ship on 7" reels (10k/reel), 0603 10uF on 4k reels and the 0805 1uF on 3k reels, so you'll get 5 + 6 + 4 reels.
Terms remain Net 30, FCA Memphis.

Thanks for the order!
Dave

--
Dave Kowalski | Inside Sales
Pinecrest Components Inc. | 2200 Airways Blvd, Memphis, TN 38114
T +1 901 555 0148
"""
    eml = reply_gmail(po, "Dave Kowalski <orders@pinecrest-components.example>", d,
                      "<CAHk7vLp0wQ3xF2m+9dPq1cRz8Y5tE4uJ6nB0sA7gK@mail.gmail.example>", reply)
    case("mlcc-reels-all-accepted", [po], eml, "confirmation", [conf(po, {1: ACC, 2: ACC, 3: ACC})],
         "Plain 'confirmed as ordered' with US month-first short dates (12/4, 12/11) restating the request; reel sizes, 7\" reels, 0402/0603/0805 and 'Net 30' are not quantities or dates.",
         "en-US", "Confirmation as ordered where reel counts, case sizes and short US dates invite false changes.")


def c_connectors_allocation():
    s = sup("RHSV", "Rheinland Steckverbinder Vertrieb GmbH", "auftrag@rheinland-stecker.example", "de-DE")
    po = PO("4500031902", s, B_EMS, "2026-11-03", [
        ("TE 1-2295018-2", "Buchsenleiste 2x20 pol. RM 2,54, THT", 2000, "EA", "0.86", "2026-12-11"),
        ("MOLEX 43045-1400", "Micro-Fit 3.0 Stiftleiste 14-pol.", 5000, "EA", "0.412", "2026-12-11"),
        ("JST SM04B-SRSS-TB", "SH 1,0 mm Header 4-pol. SMD", 10000, "EA", "0.0820", "2026-12-18"),
    ])
    d = when("2026-11-05 09:41", "+0100")
    reply = """Guten Morgen Frau Kowalczyk,

vielen Dank für Ihre Bestellung 4500031902, die wir wie folgt bestätigen:

Pos. 1  TE 1-2295018-2: 2.000 Stk. à 0,86 EUR, Liefertermin 11.12.2026 – wie bestellt.
Pos. 2  MOLEX 43045-1400: der Artikel unterliegt derzeit einer Allokation beim Hersteller (Werkslieferzeit aktuell 16 Wochen). Ab Lager können wir 2.000 Stk. in KW 50 liefern, die restlichen 3.000 Stk. folgen in KW 9/2027. Preis unverändert.
Pos. 3  JST SM04B-SRSS-TB: Termin KW 51 bestätigt, allerdings zum neuen Preis von 92,50 EUR / 1.000 Stk.

Alle Termine verstehen sich als Liefertermine frei Haus Dresden.

Mit freundlichen Grüßen

i. A. Sabine Hoffmann
Innendienst Verbindungstechnik
Rheinland Steckverbinder Vertrieb GmbH
Hansaring 112, 50670 Köln
Tel. +49 221 555 3310
Geschäftsführer: Dr. Peter Lenz | HRB 44871 AG Köln
"""
    eml = reply_outlook(po, "\"Hoffmann, Sabine\" <auftrag@rheinland-stecker.example>", d,
                        "<FR3P281MB1422C0E2A51B8D1F0A3E9C11B9A2@FR3P281MB1422.DEUP281.PROD.OUTLOOK.example>",
                        reply, lang="de", locale="de-DE", subject="AW: " + po.subject())
    assert kw_friday(2026, 50) == "2026-12-11" and kw_friday(2027, 9) == "2027-03-05" and kw_friday(2026, 51) == "2026-12-18"
    case("connectors-allocation-kw-split", [po], eml, "confirmation", [conf(po, {
        1: ACC,
        2: chg(sched=[(2000, "2026-12-11"), (3000, "2027-03-05")]),
        3: chg(p=per("92.50", 1000)),
    })], "German Outlook reply: pos. 2 split KW 50 / KW 9/2027 (Fridays 2026-12-11 and 2027-03-05) with a 16-week factory lead time mentioned only as background; pos. 3 price given per 1,000 pcs (0.0925/EA), KW 51 equals the requested date. 'RM 2,54' and '1,0 mm' are dimensions.",
         "de-DE", "Allocation split over two calendar weeks, one in the next year, plus a price per 1,000 pieces.")


def c_erp_pdf_sg():
    s = sup("STRAITS", "Straits Electronic Distribution Pte Ltd", "oa-noreply@straits-ed.example", "en-SG")
    po = PO("4500031950", s, B_EMS, "2026-11-04", [
        ("CC0603KRX7R9BB104", "MLCC 0603 100nF 50V X7R", 40000, "EA", "0.0038", "2026-12-14"),
        ("C0805C475K4RACTU", "MLCC 0805 4.7uF 16V X7R", 16000, "EA", "0.0215", "2026-12-14"),
        ("TPSD107K010R0100", "Tantalum cap 100uF 10V case D, 100mOhm", 2000, "EA", "0.3350", "2026-12-14"),
        ("ERJ-3EKF1002V", "Resistor 0603 10k 1% 1/10W", 50000, "EA", "0.0009", "2026-12-14"),
    ], currency="USD")
    d = when("2026-11-05 03:12", "+0800")
    rows = [
        "STRAITS ELECTRONIC DISTRIBUTION PTE LTD",
        "10 Ubi Crescent #05-21, Singapore 408564   GST Reg No. 200512345K",
        "",
        ("SALES ORDER ACKNOWLEDGEMENT", 14, True),
        "",
        "Sales Order No : SO-0081123456            Order Date : 05/11/2026",
        "Customer PO    : 4500031950               PO Date    : 04/11/2026",
        "Customer       : Voltline EMS GmbH, Dresden, Germany",
        "Incoterms      : CPT Dresden              Payment    : 60 days from invoice date",
        "",
        [(40, "Item"), (70, "Straits P/N"), (170, "Customer P/N"), (290, "Qty"), (330, "UOM"), (360, "Unit Price USD"),
         (430, "ETD SIN"), (490, "ETA Customer")],
        [(40, "10"), (70, "YAG-0603B104K50"), (170, "CC0603KRX7R9BB104"), (290, "40,000"), (330, "PCS"), (360, "0.0038"),
         (430, "07/12/2026"), (490, "14/12/2026")],
        [(40, "20"), (70, "KEM-0805X475K16"), (170, "C0805C475K4RACTU"), (290, "18,000"), (330, "PCS"), (360, "0.0215"),
         (430, "07/12/2026"), (490, "14/12/2026")],
        [(70, "Remark: qty rounded up to full reels (SPQ 3,000 pcs/reel)")],
        [(40, "30"), (70, "AVX-TPSD107K010"), (170, "TPSD107K010R0100"), (290, "1,000"), (330, "PCS"), (360, "0.3350"),
         (430, "07/12/2026"), (490, "14/12/2026")],
        [(40, "30"), (70, "AVX-TPSD107K010"), (170, "TPSD107K010R0100"), (290, "1,000"), (330, "PCS"), (360, "0.3350"),
         (430, "29/03/2027"), (490, "05/04/2027")],
        [(70, "Remark: ALLOCATED PART - factory lead time 22 wks, balance per factory commit")],
        [(40, "40"), (70, "PAN-ERJ3EKF1002"), (170, "ERJ-3EKF1002V"), (290, "50,000"), (330, "PCS"), (360, "0.85 /1000"),
         (430, "07/12/2026"), (490, "14/12/2026")],
        "",
        "Goods remain the property of Straits Electronic Distribution until paid in full.",
        "Quotation Q-26-0412 valid until 31/12/2026. Date codes not older than 2 years (DC 2446 or newer).",
        "This document is computer generated and requires no signature.",
    ]
    pdf = pdf_doc(rows, title="Sales Order Acknowledgement SO-0081123456")
    body = """Dear Customer,

Please find attached our Sales Order Acknowledgement SO-0081123456 for your purchase order 4500031950.

Kindly check the acknowledgement carefully and inform us within 2 working days of any discrepancy.

This is a system generated e-mail. Please do not reply to this address; for enquiries contact your account manager.

Straits Electronic Distribution Pte Ltd
"""
    t = text(body, "plain", "us-ascii", "7bit")
    msg_id = "<SO0081123456.20261105031200.oa@erp.straits-ed.example>"
    b = multi("mixed", bnd(msg_id, "other"), [t, attachment(pdf, "application/pdf", "SOA_SO-0081123456.pdf")])
    eml = message("Straits ED Order Admin <oa-noreply@straits-ed.example>", "marta.kowalczyk@voltline-ems.example",
                  "Sales Order Acknowledgement SO-0081123456 / Your PO 4500031950", d, msg_id, b,
                  extra=["Auto-Submitted: auto-generated", "X-Mailer: SAP Business One 10.0"])
    assert D("2027-04-05").weekday() == 0
    case("erp-pdf-soa-etd-eta", [po], eml, "confirmation", [conf(po, {
        1: ACC,
        2: chg(q=18000),
        3: chg(sched=[(1000, "2026-12-14"), (1000, "2027-04-05")]),
        4: chg(p=per("0.85", 1000, 5)),
    })], "System-generated mail with a PDF order acknowledgement (a confirmation, not an auto-reply). Their items 10-40 and part numbers beside ours; ETD and ETA columns in dd/mm/yyyy - the ETA (delivery) wins. Item 20 rounded to full reels (18,000); item 30 appears twice (1,000 now, 1,000 on 05/04/2027); item 40 price is per 1,000 (0.00085/EA). Quotation validity and payment days are traps.",
         "en-SG", "ERP PDF with supplier positions 10-40, ETD vs ETA columns, a duplicated position for a split and a per-1000 price.")


def c_two_open_one_answered_gb():
    s = sup("HARWELL", "Harwell Interconnect Ltd", "sales@harwell-interconnect.example", "en-GB")
    po1 = PO("4500031720", s, B_EMS, "2026-10-27", [
        ("FGG.0B.304.CLAD52", "LEMO 0B push-pull plug, 4-way", 60, "EA", "38.40", "2026-12-04"),
        ("EGG.0B.304.CLL", "LEMO 0B fixed socket, 4-way", 60, "EA", "41.10", "2026-12-04"),
    ], currency="GBP")
    po2 = PO("4500031911", s, B_EMS, "2026-11-03", [
        ("DF13-6P-1.25DSA", "Hirose DF13 6-pin header 1.25 mm, right angle", 3000, "EA", "0.3100", "2026-11-27"),
        ("M80-5001042", "Harwin Datamate 2x5 male, 2 mm", 800, "EA", "1.9800", "2026-11-27"),
    ], currency="GBP")
    d = when("2026-11-06 11:05", "+0000")
    reply = """Hi Marta,

Please see below confirmation for PO 4500031911:

Line 1 - DF13-6P-1.25DSA x 3,000 @ £0.31 - OK
Line 2 - M80-5001042 - Harwin have a minimum order of 1,000 pcs on this one, so I've entered 1,000 @ £1.92 each (price break at 1k).

Both lines will be delivered to you on Thursday 26th November.

The LEMO order (4500031720) is still sitting with LEMO UK for a date, I'll come back to you on that as soon as I hear.

Best regards,
Gareth

Gareth Pryce
Account Manager
Harwell Interconnect Ltd | Unit 4, Didcot Trade Park, OX11 7HP
+44 1235 555 092
"""
    assert D("2026-11-26").strftime("%A") == "Thursday"
    eml = reply_outlook(po2, "Gareth Pryce <sales@harwell-interconnect.example>", d,
                        "<LO2P265MB5521D9C6F1B0A2E3B7F40C1D8E21@LO2P265MB5521.GBRP265.PROD.OUTLOOK.example>",
                        reply, lang="en-GB", locale="en-GB")
    case("two-open-pos-one-answered", [po1, po2], eml, "confirmation", [conf(po2, {
        1: chg(d="2026-11-26"),
        2: chg(q=1000, p="1.92", d="2026-11-26"),
    })], "Two open POs; only 4500031911 is answered, 4500031720 is mentioned as pending and must be left out. Line 1 says 'OK' but the stated delivery (Thu 26 Nov) is a day before the requested 27 Nov, so it is changed; line 2 MOQ 1,000 at GBP 1.92.",
         "en-GB", "Only one of two open POs answered; an 'OK' line still gets a different delivery date than requested.")


def c_xlsx_taiwan():
    s = sup("HSINCHU", "Hsinchu Precision Connector Co., Ltd.", "sales@hpc-connector.example", "zh-TW")
    po = PO("4500031988", s, B_EMS, "2026-11-05", [
        ("HPC-FPC-0.5-30P", "FPC connector 0.5 mm pitch 30P, bottom contact", 6000, "EA", "0.1450", "2026-12-18"),
        ("HPC-BTB-0.4-40F", "Board-to-board 0.4 mm 40P female, H=0.8", 6000, "EA", "0.2280", "2026-12-18"),
        ("HPC-USBC-16P-SMT", "USB Type-C receptacle 16P, SMT", 3000, "EA", "0.3900", "2027-01-15"),
    ], currency="USD")
    d = when("2026-11-09 10:30", "+0800")
    rows = [
        ["新竹精密連接器股份有限公司  訂單確認書 Order Confirmation"],
        ["客戶", "Voltline EMS GmbH", "", "客戶訂單號", "4500031988"],
        ["本公司訂單號", "SO26-11-0457", "", "報價單有效期", ("d", dt.date(2026, 12, 31))],
        [],
        ["項次", "客戶料號", "本公司料號", "品名規格", "數量", "單價(USD)", "交貨日期", "備註"],
        [1, "HPC-FPC-0.5-30P", "FH52-30S-0.5SH", "FPC 0.5mm 30P 下接", 6000, ("n", "0.145"), ("d", dt.date(2026, 12, 18)), ""],
        [2, "HPC-BTB-0.4-40F", "BM28-40DS-0.4V", "BTB 0.4mm 40P 母座 H0.8", 6000, ("n", "0.228"), ("d", dt.date(2027, 1, 8)), "原廠產能不足"],
        [3, "HPC-USBC-16P-SMT", "UC16-SMT-R", "Type-C 16P 母座", 3000, ("n", "0.39"), "待確認", "配額中，下週回覆"],
        [],
        ["付款條件：月結 60 天", "", "", "交易條件：FCA Taoyuan"],
    ]
    xl = make_xlsx(rows, "訂單確認", ts=(2026, 11, 9, 10, 21, 4))
    body = """Marta 您好：

附件為貴司訂單 4500031988 之訂單確認書，請查收。

第 1 項依訂單數量及交期出貨。
第 2 項因原廠產能不足，交期延至 2027 年 1 月 8 日，數量與單價不變。
第 3 項 USB Type-C 目前原廠配額中，交期尚待確認，預計下週回覆。

如有任何問題，請隨時與我聯絡。

業務部  林怡君 Joyce Lin
新竹精密連接器股份有限公司
TEL: +886-3-555-7821 ext. 215
"""
    msg_id = "<20261109023012.41877.joyce.lin@hpc-connector.example>"
    t = text(body, "plain", "big5", "base64")
    b = multi("mixed", bnd(msg_id, "other"), [t, attachment(xl, XLSX, "OC_4500031988.xlsx")])
    eml = message(addr("林怡君 Joyce Lin", "sales@hpc-connector.example", "big5"), "marta.kowalczyk@voltline-ems.example",
                  "RE: 訂單確認 PO 4500031988", d, msg_id, b, po.msgid, po.msgid,
                  extra=["X-Mailer: Microsoft Outlook 16.0"], scharset="big5")
    case("xlsx-oc-big5-tbc-line", [po], eml, "confirmation", [conf(po, {
        1: ACC, 2: chg(d="2027-01-08"), 3: UNC})],
        "Big5 mail with an XLSX order confirmation whose dates are Excel serial numbers (date style) and include a quote validity date; line 2 moved to 2027-01-08, line 3 '待確認' (to be confirmed, reply next week) stays unconfirmed.",
        "zh-TW", "XLSX with serial-number dates, their own part numbers, and a line explicitly left to be confirmed next week.")


def c_substitute_question_ko():
    s = sup("HANBIT", "Hanbit Passive Components Co., Ltd.", "export@hanbit-passive.example", "ko-KR")
    po = PO("4500032004", s, B_EMS, "2026-11-06", [
        ("CL10A106KP8NNNC", "MLCC 0603 10uF 10V X5R 10%", 20000, "EA", "0.0180", "2026-12-11"),
        ("CL05B104KO5NNNC", "MLCC 0402 100nF 16V X7R 10%", 30000, "EA", "0.0021", "2026-12-11"),
    ], currency="USD")
    d = when("2026-11-09 17:48", "+0900")
    reply = """Marta 님 안녕하세요,

PO 4500032004 잘 받았습니다. 감사합니다.

현재 두 품목 모두 제조사 할당(Allocation) 상태라 원래 품번으로는 납기를 드리기 어렵습니다.
대신 아래 대체품으로는 공급이 가능합니다.

 1) CL10A106KP8NNNC → CL10A106MQ8NNNC (허용오차 20%)
 2) CL05B104KO5NNNC → CL05A104KA5NNNC (X5R)

대체품 사용이 가능한지 확인 부탁드립니다. 승인해 주시면 수량과 납기를 바로 회신드리겠습니다.

감사합니다.
박지훈 드림
해외영업팀 | 한빛패시브 | +82 31 555 0192
"""
    eml = reply_gmail(po, addr("박지훈", "export@hanbit-passive.example", "euc-kr"), d,
                      "<CAF9h2kQe7W4p0xZ1vT8sM3nB6cD5yR2aL0uJ9gH@mail.gmail.example>", reply, charset="euc-kr",
                      cte="base64")
    case("substitute-question-euc-kr", [po], eml, "needs_review", None,
         "Korean (EUC-KR, base64) reply: both lines on allocation, supplier proposes substitute part numbers and asks for approval before giving quantities/dates - nothing committed.",
         "ko-KR", "Asks the buyer to approve substitute parts and promises dates only afterwards.")


# ---- industrial chemicals ------------------------------------------------------

def c_chem_drums_nl():
    s = sup("DELTACHEM", "Delta Chemie Distributie B.V.", "verkoop@deltachemie.example", "nl-NL")
    po = PO("PO-26-11874", s, B_CHEM, "2026-11-02", [
        ("IPA-99-D200", "Isopropanol 99,9% in 200 L vat (160 kg)", 10, "DR", "312.00", "2026-11-20"),
        ("MEK-IBC1000", "Methylethylketon, IBC 1000 L", 2, "IBC", "1480.00", "2026-11-20"),
        ("XYL-D200", "Xyleen isomerenmengsel, 200 L vat", 6, "DR", "268.50", "2026-11-27"),
    ])
    d = when("2026-11-04 08:55", "+0100")
    reply = """Goedemorgen Jonas,

Dank voor je order PO-26-11874. Hierbij onze bevestiging:

Pos. 1 – IPA 99,9% 200 L: wij leveren alleen per volle pallet van 4 vaten, dus 12 vaten i.p.v. 10. Prijs blijft € 312,00 per vat, levering 20-11.
Pos. 2 – MEK in IBC: akkoord, levering vrijdag 20 november.
Pos. 3 – Xyleen: helaas pas leverbaar in week 49, prijs per vat wordt € 274,00 i.v.m. grondstoftoeslag.

Let op: ADR klasse 3 (UN 1219 / UN 1193 / UN 1307), de chauffeur heeft een laadperron nodig.

Met vriendelijke groet,

Marloes de Vries
Binnendienst Verkoop
Delta Chemie Distributie B.V. | Botlekweg 141 | 3197 KA Rotterdam
T +31 10 555 2230
"""
    eml = reply_outlook(po, "Marloes de Vries <verkoop@deltachemie.example>", d,
                        "<AM0PR09MB4410B2F1C7D64E0A9E3A2B1F0C55@AM0PR09MB4410.eurprd09.prod.outlook.example>",
                        reply, lang="en-GB", locale="nl-NL", subject="RE: " + po.subject())
    assert kw_friday(2026, 49) == "2026-12-04"
    case("chem-drums-pallet-rounding", [po], eml, "confirmation", [conf(po, {
        1: chg(q=12), 2: ACC, 3: chg(p="274.00", d="2026-12-04")})],
        "Dutch: drums rounded to full pallets of 4 (12 instead of 10, date 20-11 without year); IBC accepted; xylene week 49 (Friday 2026-12-04) with a raw-material surcharge price. '99,9%', '200 L', '160 kg' and UN numbers are traps.",
        "nl-NL", "Pallet rounding, 'week 49' without a day and a new per-drum price, amid UN numbers and litres.")


def c_surcharge_pct_at():
    s = sup("DONAUCHEM", "Donau Chemikalien Handels GmbH", "verkauf@donauchem.example", "de-AT")
    po = PO("PO-26-11902", s, B_CHEM, "2026-11-03", [
        ("NAOH-50-IBC", "Natronlauge 50 %, IBC 1.000 l (1.520 kg)", 3, "IBC", "690.00", "2026-11-25"),
        ("H2O2-35-K30", "Wasserstoffperoxid 35 %, Kanister 30 kg", 20, "CAN", "41.20", "2026-11-25"),
    ])
    d = when("2026-11-04 13:17", "+0100")
    body = f"""Sehr geehrter Herr Berger,

danke für Ihre Bestellung PO-26-11902 vom 3.11.2026.

Wir bestätigen beide Positionen in der bestellten Menge. Auf Grund der
gestiegenen Energiekosten müssen wir allerdings ab sofort einen
Energiezuschlag von 4,5 % auf alle Positionen weitergeben.

Liefertermin für beide Positionen: Mittwoch, 25.11.

Die IBC-Gebinde bleiben unser Eigentum, wir verrechnen ein Pfand von
EUR 150,-- je IBC, das bei Rückgabe gutgeschrieben wird.
Zahlungsziel 30 Tage netto, 2 % Skonto bei Zahlung binnen 10 Tagen.

Mit freundlichen Grüßen

Ing. Wolfgang Pichler
Verkauf Industriechemikalien
Donau Chemikalien Handels GmbH, Hafenstraße 22, 4020 Linz
Tel. +43 732 555 418

Am 03.11.2026 um 10:12 schrieb Jonas Berger:
{gt_quote(po.request_text())}
"""
    eml = reply_plain(po, "Wolfgang Pichler <verkauf@donauchem.example>", d,
                      "<7c1e0a52-3f4b-4a8e-9d0c-2b1f5e6a7d31@donauchem.example>", body, charset="iso-8859-15")
    assert pct("690.00", "4.5") == "721.05"
    case("ibc-energy-surcharge-percent", [po], eml, "confirmation", [conf(po, {
        1: chg(p=pct("690.00", "4.5"), d="2026-11-25"), 2: chg(p=pct("41.20", "4.5"), d="2026-11-25")})],
        "Austrian Thunderbird reply (ISO-8859-15, QP): a 4.5 % energy surcharge on all lines (690.00 -> 721.05, 41.20 -> 43.054); date 'Mittwoch, 25.11.' without year equals the request. IBC deposit EUR 150, 2 % Skonto and 30 days are not price changes.",
        "de-AT", "Percentage surcharge applied to every line, with deposit, discount and payment days as distractors.")


def c_enduser_question_be():
    s = sup("SOLVACHIM", "Solvachim Benelux SA", "adv@solvachim.example", "fr-BE")
    po = PO("PO-26-11930", s, B_CHEM, "2026-11-04", [
        ("HNO3-65-D250", "Acide nitrique 65 %, fût 250 kg", 4, "DR", "410.00", "2026-12-02"),
        ("ACETONE-IBC", "Acétone technique, IBC 1000 L", 1, "IBC", "1190.00", "2026-12-02"),
    ])
    d = when("2026-11-05 16:02", "+0100")
    reply = """Bonjour Monsieur Berger,

Nous accusons bonne réception de votre commande PO-26-11930 et vous en remercions.

Avant de pouvoir la confirmer, nous avons besoin de votre déclaration d'utilisation finale (formulaire « end-user statement », annexe II du règlement (UE) 2019/1148) pour l'acide nitrique 65 %. Sans ce document, notre service réglementaire ne peut pas libérer la commande.

Dès réception du formulaire signé, nous reviendrons vers vous avec les dates de livraison pour les deux postes.

Bien à vous,

Nathalie Dubois
Administration des ventes
Solvachim Benelux SA – Quai des Usines 47 – 1000 Bruxelles
Tél. +32 2 555 61 30
"""
    eml = reply_outlook(po, "Nathalie Dubois <adv@solvachim.example>", d,
                        "<DB9PR02MB7233E6A1B0C94F1D8E2A5C3B7D10@DB9PR02MB7233.eurprd02.prod.outlook.example>",
                        reply, lang="fr", locale="fr-BE", subject="RE: " + po.subject(), hdr_lang="fr")
    case("enduser-statement-before-confirm", [po], eml, "needs_review", None,
         "Belgian French: order received, but confirmation held until the buyer sends an end-user statement under Regulation (EU) 2019/1148; dates promised only after that.",
         "fr-BE", "Acknowledges receipt and asks for a regulatory document before it will confirm anything.")


def c_glycerine_ar():
    s = sup("GULFCHEM", "Gulf Chemicals Trading LLC", "sales@gulfchem-trading.example", "ar-AE")
    po = PO("PO-26-11990", s, B_CHEM, "2026-11-06", [
        ("GC-GLY-99.5-D250", "Glycerine 99.5% USP, drum 250 kg", 16, "DR", "410.00", "2026-12-18"),
        ("GC-PG-IBC", "Propylene glycol USP, IBC 1000 kg", 4, "IBC", "1850.00", "2026-12-18"),
    ], currency="USD")
    d = when("2026-11-10 11:40", "+0400")
    reply = """السيد يوناس بيرغر المحترم،

تحية طيبة وبعد،

نشكركم على أمر الشراء رقم PO-26-11990 ونؤكد ما يلي:

البند 1: الجليسرين 99.5% USP – 16 برميل بسعر 410.00 دولار للبرميل – مؤكد.
البند 2: البروبيلين جلايكول – الكمية المتاحة حالياً 3 حاويات IBC فقط بنفس السعر 1,850.00 دولار.

تاريخ الشحن للبندين: 10/12/2026 من ميناء جبل علي.
شروط الدفع: 30 يوماً من تاريخ بوليصة الشحن.

مع خالص التحية،
خالد المنصوري
قسم المبيعات – شركة الخليج لتجارة الكيماويات
هاتف: 971 4 555 0177+
"""
    eml = reply_outlook(po, addr("خالد المنصوري", "sales@gulfchem-trading.example"), d,
                        "<DX0P273MB0411A7C2E9F1B6D30A4C8E2F1B77@DX0P273MB0411.AREP273.PROD.OUTLOOK.example>",
                        reply, lang="en-GB", locale="ar-AE", cte="base64",
                        reply_html="<div dir=\"rtl\">" + p_html(reply) + "</div>")
    case("arabic-rtl-ship-date-qty-short", [po], eml, "confirmation", [conf(po, {
        1: chg(d="2026-12-10"), 2: chg(q=3, d="2026-12-10")})],
        "Arabic RTL mail (UTF-8, base64): line 1 confirmed, line 2 only 3 IBCs; only a shipping date from Jebel Ali (10/12/2026, day-first) is given, so that ship date is the date. 'Glycerine 99.5%' and '30 days from B/L' are traps.",
        "ar-AE", "Right-to-left Arabic with only a ship date and a reduced IBC quantity.")


def c_glycol_hu():
    s = sup("PANNONVEGYI", "Pannon Vegyi Kft.", "ertekesites@pannonvegyi.example", "hu-HU")
    po = PO("PO-26-12004", s, B_CHEM, "2026-11-06", [
        ("PV-MEG-D230", "Monoetilénglikol, 230 kg hordó", 8, "DR", "295.00", "2026-11-27"),
        ("PV-ECET-80-IBC", "Ecetsav 80 %, 1000 l IBC", 2, "IBC", "980.00", "2026-11-27"),
    ])
    d = when("2026-11-09 10:05", "+0100")
    reply = """Tisztelt Berger Úr!

Köszönjük a PO-26-12004 számú megrendelését, amelyet az alábbiak szerint igazolunk vissza:

1. tétel - Monoetilénglikol, 8 hordó: rendben, 295,00 EUR/hordó.
2. tétel - Ecetsav 80 %, 2 IBC: az ár 1 015,00 EUR/IBC (a nyersanyagár emelkedése miatt).

Szállítás mindkét tételre: 2026. 12. 02. (szerda).

Üdvözlettel:
Kovács Eszter
értékesítési asszisztens
Pannon Vegyi Kft. | 8200 Veszprém, Ipari út 9.
Tel.: +36 88 555 210
"""
    assert D("2026-12-02").strftime("%A") == "Wednesday"
    eml = reply_outlook(po, addr("Kovács Eszter", "ertekesites@pannonvegyi.example", "iso-8859-2"), d,
                        "<VI1PR03MB6612F1A0C3B9E8D7A2C4E6F8B012@VI1PR03MB6612.eurprd03.prod.outlook.example>",
                        reply, lang="en-GB", locale="hu-HU", charset="iso-8859-2", cte="base64")
    case("hungarian-date-format-price", [po], eml, "confirmation", [conf(po, {
        1: chg(d="2026-12-02"), 2: chg(p="1015.00", d="2026-12-02")})],
        "Hungarian 'YYYY. MM. DD.' date (2026. 12. 02.) later than requested for both lines; price '1 015,00' with a space thousands separator and decimal comma. '80 %', '230 kg', '1000 l' are traps.",
        "hu-HU", "Hungarian year-first dotted date and a space-grouped decimal-comma price.")

# ---- medical disposables ------------------------------------------------------

def c_gloves_carton_fr():
    s = sup("MEDISOIN", "Médisoin Distribution SAS", "commandes@medisoin.example", "fr-FR")
    po = PO("NG-260455", s, B_MED, "2026-11-02", [
        ("GLV-NIT-M", "Gants nitrile non poudrés, taille M, boîte de 100", 400, "BX", "4.95", "2026-11-30"),
        ("GLV-NIT-L", "Gants nitrile non poudrés, taille L, boîte de 100", 300, "BX", "4.95", "2026-11-30"),
        ("SYR-LL-10", "Seringue Luer-Lock 10 ml stérile", 5000, "EA", "0.0960", "2026-12-07"),
    ])
    d = when("2026-11-03 15:46", "+0100")
    reply = """Bonjour Madame Brennan,

Merci pour votre commande NG-260455.

Gants nitrile M et L : nous les facturons désormais au carton de 10 boîtes, à 52,00 € HT le carton. Quantités conformes (40 et 30 cartons), livraison le lundi 30 novembre.

Seringues Luer-Lock 10 ml : vendues par carton de 100 à 9,60 € HT le carton ; 5 000 pièces confirmées, livraison le 7 décembre.

Lot seringues 2611-047, péremption 10/2029. Franco de port à partir de 1 500 € HT.

Cordialement,
Julien Moreau
Service commandes – Médisoin Distribution
"""
    eml = reply_gmail(po, "Julien Moreau <commandes@medisoin.example>", d,
                      "<CAJ3kPq8vR1nT6m0W2xY9zA4bC7dE5fG1hI2jK3lM@mail.gmail.example>", reply, lang="fr",
                      charset="utf-8", cte="8bit")
    assert D("2026-11-30").weekday() == 0
    case("gloves-price-per-carton-of-ten", [po], eml, "confirmation", [conf(po, {
        1: chg(p=per("52.00", 10)), 2: chg(p=per("52.00", 10)), 3: ACC})],
        "French Gmail (UTF-8, 8bit): gloves now priced EUR 52.00 per carton of 10 boxes = 5.20 per box (PO unit BX); syringes 9.60 per carton of 100 = 0.096 each, i.e. unchanged; dates without year. Lot number and expiry 10/2029 are traps.",
        "fr-FR", "Prices per carton of 10 boxes and per carton of 100 must be converted; one conversion equals the PO price.")


def c_ooo_it():
    s = sup("FARMASAN", "Farmasan Forniture Ospedaliere S.r.l.", "ordini@farmasan.example", "it-IT")
    po = PO("NG-260461", s, B_MED, "2026-11-03", [
        ("FS-CAT-IV-20G", "Catetere IV 20G, con valvola", 2000, "EA", "0.58", "2026-12-01"),
        ("FS-DEFLUSSORE", "Set infusione gravitazionale", 3000, "EA", "0.74", "2026-12-01"),
    ])
    d = when("2026-11-03 10:12", "+0100")
    body = """Gentile mittente,

sono fuori ufficio fino a lunedì 16/11/2026 compreso, con accesso limitato alla posta elettronica.
Per ordini e conferme d'ordine si prega di scrivere a servizio.clienti@farmasan.example oppure di chiamare il numero +39 051 555 4410.

La sua e-mail non verrà inoltrata.

Cordiali saluti
Chiara Bianchi
Farmasan Forniture Ospedaliere S.r.l.
"""
    eml = reply_plain(po, "Chiara Bianchi <ordini@farmasan.example>", when("2026-11-03 10:12:41", "+0100"),
                      "<ooo.20261103091241.77310@farmasan.example>", body,
                      subject="Risposta automatica: " + po.subject(), charset="iso-8859-1", ua=None,
                      extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                             "Precedence: auto_reply"])
    case("ooo-italian-until-date", [po], eml, "auto_reply", None,
         "Italian out-of-office ('Risposta automatica', Auto-Submitted header) with a return date that is not a delivery date.",
         "it-IT", "Out-of-office whose only date is the return date.")


def c_drapes_split_ie():
    s = sup("LIFFEY", "Liffey Medical Supplies Ltd", "orders@liffeymedical.example", "en-IE")
    po = PO("NG-260471", s, B_MED, "2026-11-04", [
        ("DRP-LAP-SM", "Surgical drape, laparotomy, sterile", 1200, "EA", "6.40", "2026-11-27"),
        ("GWN-SUR-L", "Surgical gown reinforced, L, sterile", 900, "EA", "3.85", "2026-11-27"),
        ("MSK-FFP2", "FFP2 respirator, EN 149:2001+A1:2009", 10000, "EA", "0.42", "2026-12-04"),
    ])
    d = when("2026-11-05 08:03", "+0000")
    body = f"""Morning Aoife,

Drapes: 400 on the 27th, 400 on 11/12 and the balance 18/12.
Gowns fine as ordered.
FFP2 - we can do the 10k but price has gone to €0.46, delivery 4th Dec as you asked.

Niamh

Sent from my iPhone

> On 4 Nov 2026, at 09:12, Aoife Brennan <aoife.brennan@northgate-health.example> wrote:
>
{gt_quote(po.request_text())}
"""
    eml = reply_plain(po, "Niamh O'Connor <orders@liffeymedical.example>", d,
                      "<4E2B7A1C-93D0-4F5B-8C61-2A7E0D9F3B14@liffeymedical.example>", body,
                      ua="X-Mailer: iPhone Mail (22B91)", cte="quoted-printable")
    case("drapes-three-deliveries-iphone", [po], eml, "confirmation", [conf(po, {
        1: chg(sched=[(400, "2026-11-27"), (400, "2026-12-11"), (400, "2026-12-18")]),
        2: ACC, 3: chg(p="0.46")})],
        "Terse iPhone reply, Irish day-first: drapes split in three (27th, 11/12 = 11 December, balance 18/12); FFP2 new price 0.46 with date as requested. 'EN 149:2001+A1:2009' is a standard, not a date.",
        "en-IE", "Three-way split written as '27th', '11/12' and '18/12' with an implicit balance quantity.")


def c_ticket_ack_us():
    s = sup("CRESTVIEW", "Crestview Medical Products", "customerservice@crestviewmed.example", "en-US")
    po = PO("NG-260480", s, B_MED, "2026-11-05", [
        ("CMP-GAUZE-4x4-12P", "Gauze sponge 4\"x4\" 12-ply, sterile 2/pk", 600, "PK", "0.39", "2026-12-09"),
    ], currency="USD")
    d = when("2026-11-05 05:12", "-0500")
    msg_id = "<ZD-884213.1762337520@support.crestviewmed.example>"
    txt = """##- Please type your reply above this line -##

Hello Aoife,

Thank you for contacting Crestview Medical Products. Your request (#884213) has been received and is being reviewed by our Customer Service team.

Subject: Purchase order NG-260480 - please confirm

Our standard response time is 1-2 business days. Orders received before 2:00 PM EST are entered the same business day. You will receive a separate order acknowledgment once your order has been processed.

To add additional comments, simply reply to this email.

Crestview Medical Products | Customer Service
This email is a service from Crestview Medical Products. [Ticket ID: 884213]
"""
    htm = "<html><body><div style=\"color:#b5b5b5\">##- Please type your reply above this line -##</div>" + \
          "".join(f"<p>{esc(l)}</p>" for l in txt.split("\n")[2:] if l.strip()) + "</body></html>\n"
    alt = multi("alternative", bnd(msg_id, "other"), [text(txt, "plain", "utf-8", "quoted-printable"),
                                                       text(htm, "html", "utf-8", "quoted-printable")])
    eml = message("Crestview Customer Service <support@crestviewmed.example>",
                  "Aoife Brennan <aoife.brennan@northgate-health.example>",
                  "[Crestview] Re: Purchase order NG-260480 - please confirm", d, msg_id, alt, po.msgid, po.msgid,
                  extra=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer",
                         "Reply-To: Crestview Customer Service <support+id884213@crestviewmed.example>"])
    case("ticket-system-ack", [po], eml, "auto_reply", None,
         "Zendesk-style ticket acknowledgment threaded on our request; promises a separate order acknowledgment later. '4\"x4\" 12-ply' only in the PO.",
         "en-US", "Threaded ticket-system acknowledgment that talks about orders but commits to nothing.")


# ---- automotive stampings ------------------------------------------------------

def c_ppap_conditional_us():
    s = sup("GLMS", "Great Lakes Metal Stamping Inc.", "customerservice@glmstamping.example", "en-US")
    po = PO("CA-7730415", s, B_AUTO, "2026-11-04", [
        ("BRK-4471-A", "Bracket, seat track, 2.0 mm DP780, PPAP L3", 12000, "EA", "0.8740", "2027-01-15"),
        ("CLP-2290-C", "Clip, harness, 0.8 mm spring steel", 40000, "EA", "0.0655", "2027-01-15"),
    ], currency="USD")
    d = when("2026-11-06 16:31", "-0500")
    reply = """Luis,

Thanks for PO CA-7730415. We can accept the order contingent on PPAP Level 3 approval of the BRK-4471-A - the progressive die is still in tryout and we don't expect to run the 300-piece capability study before week 49. Once your SQE signs the PSW we'll lock in ship dates for both line items.

Pricing per quote GLQ-26-0188 (valid thru 12/31/2026) stands. Please let me know if you want us to hold the clips and ship them separately in the meantime.

Regards,
Kevin Brandt
Program Manager
Great Lakes Metal Stamping Inc. | 4400 Industrial Pkwy, Toledo, OH 43612
Office 419-555-0166
"""
    eml = reply_outlook(po, "Kevin Brandt <customerservice@glmstamping.example>", d,
                        "<BN8PR12MB3377E0A4D2F1C6B9A3E7D0C5F221@BN8PR12MB3377.namprd12.prod.outlook.example>",
                        reply, lang="en", locale="en-US")
    case("ppap-contingent-acceptance", [po], eml, "needs_review", None,
         "Conditional acceptance: order accepted only contingent on PPAP L3 approval, ship dates to be locked after PSW; asks a question about shipping clips separately. Week 49, quote validity 12/31/2026 and 300-piece study are not commitments.",
         "en-US", "Acceptance made conditional on PPAP approval, with dates and prices that look like commitments but are not.")


def c_stampings_mx():
    s = sup("TROQBAJIO", "Troquelados del Bajío S.A. de C.V.", "ventas@troqueladosbajio.example", "es-MX")
    po = PO("CA-7730466", s, B_AUTO, "2026-11-05", [
        ("BRK-5102-B", "Soporte de motor, acero HSLA 340, 3.0 mm", 8000, "EA", "1.2150", "2026-12-11"),
        ("WSH-M10-2.5", "Arandela plana M10 x 2.5 mm, zincada", 50000, "EA", "0.0180", "2026-12-11"),
        ("PLT-3307-A", "Placa de refuerzo 2.5 mm, e-coat", 6000, "EA", "0.9400", "2026-12-18"),
    ], currency="USD")
    d = when("2026-11-06 12:20", "-0600")
    reply = """Buen día Luis,

Confirmamos la orden CA-7730466 de la siguiente manera:

Pos. 1 BRK-5102-B: 8,000 pzas a USD 1.2150, embarque el 4 de diciembre, entrega en su planta de Saltillo el 9 de diciembre.
Pos. 2 WSH-M10-2.5: cantidad y fecha OK; el precio es de USD 19.50 por millar.
Pos. 3 PLT-3307-A: producción en semana 50, entrega 18/dic.

El PSW de las tres partes fue aprobado el 14/10/2026, no se requiere nuevo PPAP.

Saludos cordiales,
Ing. Alejandra Ramírez
Servicio a Clientes
Troquelados del Bajío S.A. de C.V. | Celaya, Gto.
Tel. +52 461 555 0140
"""
    eml = reply_outlook(po, "Alejandra Ramírez <ventas@troqueladosbajio.example>", d,
                        "<SJ0PR11MB5090C2B7E4A1D9F6308E5B1A7C40@SJ0PR11MB5090.namprd11.prod.outlook.example>",
                        reply, lang="es", locale="es-MX", subject="RE: " + po.subject())
    case("stampings-ship-vs-delivery-per-millar", [po], eml, "confirmation", [conf(po, {
        1: chg(d="2026-12-09"), 2: chg(p=per("19.50", 1000)), 3: ACC})],
        "Mexican Spanish: line 1 has both a ship date (4 Dec) and a delivery date (9 Dec) - delivery wins; line 2 priced per thousand ('por millar', 0.0195/EA); line 3 production week 50 but delivery 18/dic equals the request. PSW approval date 14/10/2026 and 'M10 x 2.5' are traps.",
         "es-MX", "Ship date and delivery date in one sentence, price 'por millar', production week vs delivery date.")


def c_stampings_rejected_pl():
    s = sup("WARTA", "Tłocznia Warta Sp. z o.o.", "sprzedaz@tlocznia-warta.example", "pl-PL")
    po = PO("CA-7730490", s, B_AUTO, "2026-11-05", [
        ("BRK-6610-A", "Wspornik zderzaka lewy, DC04 1,5 mm", 5000, "EA", "0.7200", "2026-12-04"),
        ("BRK-6611-A", "Wspornik zderzaka prawy, DC04 1,5 mm", 5000, "EA", "0.7200", "2026-12-04"),
        ("SHM-0912", "Podkładka dystansowa 0,5 mm, stal nierdzewna", 20000, "EA", "0.0410", "2026-12-04"),
    ])
    d = when("2026-11-06 09:02", "+0100")
    body = f"""Dzień dobry Panie Luisie,

dziękujemy za zamówienie CA-7730490.

Poz. 1 i 2 potwierdzamy zgodnie z zamówieniem, dostawa 4.12.2026.
Poz. 3 (SHM-0912) - wyrób wycofany z produkcji, narzędzie zostało zezłomowane
w 2025 r. Niestety nie możemy zrealizować tej pozycji.

Pozdrawiam serdecznie
Agnieszka Nowicka
Dział Obsługi Klienta
Tłocznia Warta Sp. z o.o.
ul. Przemysłowa 18, 62-800 Kalisz
tel. +48 62 555 71 20

W dniu 5.11.2026 o 10:12, Luis Ortega pisze:
{gt_quote(po.request_text())}
"""
    eml = reply_plain(po, addr("Agnieszka Nowicka", "sprzedaz@tlocznia-warta.example", "iso-8859-2"), d,
                      "<e1d4a7b2-5c90-4f1e-8a3d-6b2c0f9e7d15@tlocznia-warta.example>", body,
                      subject="Re: " + po.subject(), charset="iso-8859-2")
    case("stamping-line-discontinued", [po], eml, "confirmation", [conf(po, {1: ACC, 2: ACC, 3: REJ})],
         "Polish Thunderbird reply (ISO-8859-2, QP): lines 1-2 confirmed as ordered (4.12.2026), line 3 discontinued because the tool was scrapped in 2025 - rejected. '1,5 mm' / '0,5 mm' and the quoted '5.11.2026' are traps.",
         "pl-PL", "One line rejected as discontinued, mentioned with a past year; others confirmed as ordered.")


def c_ppap_split_gb():
    s = sup("GWP", "Great Western Pressings Ltd", "sales@gwpressings.example", "en-GB")
    po = PO("CA-7730512", s, B_AUTO, "2026-11-09", [
        ("BRK-7720-A", "Bracket, battery tray RH, 2.5 mm S355MC", 3000, "EA", "1.9200", "2026-12-18"),
        ("BRK-7721-A", "Bracket, battery tray LH, 2.5 mm S355MC", 3000, "EA", "1.9200", "2026-12-18"),
    ], currency="GBP")
    d = when("2026-11-10 14:44", "+0000")
    reply = """Hello Luis,

Thank you for the order, confirmed as follows.

PPAP (Level 3) submission for both brackets will be with your SQE by 4 December, including the 30-piece dimensional layout and material certs to EN 10149-2.

Production quantities: we can deliver 1,500 of each bracket on 18/12 and the balance of 1,500 each on Friday 15 January. Price £1.92 as per your PO.

Kind regards
Emma Clarke
Customer Service Coordinator
Great Western Pressings Ltd, Telford TF3 3BJ
"""
    assert D("2027-01-15").strftime("%A") == "Friday"
    eml = reply_outlook(po, "Emma Clarke <sales@gwpressings.example>", d,
                        "<CWLP265MB6120B8E3D7A0C1F2946E3D0B5A88@CWLP265MB6120.GBRP265.PROD.OUTLOOK.example>",
                        reply, lang="en-GB", locale="en-GB")
    sch = [(1500, "2026-12-18"), (1500, "2027-01-15")]
    case("ppap-date-vs-split-delivery", [po], eml, "confirmation", [conf(po, {
        1: chg(sched=sch), 2: chg(sched=sch)})],
        "Both lines split 1,500 on 18/12 and 1,500 on Friday 15 January (next year, no year written). The PPAP submission date (4 December), '30-piece', 'S355MC' and 'EN 10149-2' are not delivery data.",
        "en-GB", "A PPAP submission date sits next to the real split-delivery dates, the second one in the next year.")

# ---- HVAC units and filters --------------------------------------------------------

def c_filters_boxes_gb():
    s = sup("PENNINE", "Pennine Air Filtration Ltd", "sales@pennine-air.example", "en-GB")
    po = PO("BAF-PO-20931", s, B_HVAC, "2026-11-02", [
        ("F7-592x592x534", "Bag filter F7 (ePM1 60%) 592x592x534, 8 pockets", 45, "EA", "18.40", "2026-11-20"),
        ("G4-PANEL-592x592x48", "Panel filter G4 592x592x48", 120, "EA", "4.15", "2026-11-20"),
        ("HEPA-H13-610x610x292", "HEPA H13 610x610x292 with gasket", 6, "EA", "212.00", "2026-12-04"),
    ], currency="GBP")
    d = when("2026-11-03 10:27", "+0000")
    reply = """Hi Priya,

Thanks for this. The bag filters are boxed in 4s so I've put you down for 48 (12 boxes), same price. Panels are 20 to a carton so 120 is fine.

Everything above delivered Friday 20/11.

H13s: 4 from stock also on 20/11, the other 2 on Tue 8th Dec once the factory batch is tested (each unit comes with an individual EN 1822 test certificate).

Cheers
Rob
--
Rob Atherton | Sales | Pennine Air Filtration Ltd
Unit 7, Calder Park, Wakefield WF2 7UA | 01924 555 018
"""
    assert D("2026-12-08").strftime("%A") == "Tuesday"
    eml = reply_outlook(po, "Rob Atherton <sales@pennine-air.example>", d,
                        "<LO4P265MB3981A0D2C7E4B1F6935C2E7A0D13@LO4P265MB3981.GBRP265.PROD.OUTLOOK.example>",
                        reply, lang="en-GB", locale="en-GB")
    case("filters-box-rounding-hepa-split", [po], eml, "confirmation", [conf(po, {
        1: chg(q=48), 2: ACC, 3: chg(sched=[(4, "2026-11-20"), (2, "2026-12-08")])})],
        "Filter dimensions (592x592x534, 610x610x292) look like numbers; bag filters rounded to boxes of 4 (48); panels multiple of 20 so unchanged; HEPA split 4 on 20/11 and 2 on Tue 8th Dec. 'ePM1 60%' and 'EN 1822' are traps.",
        "en-GB", "Dimension-laden item codes, box rounding on one line, a no-op carton statement on another and a split.")


def c_vrf_week_sv():
    s = sup("NORDKYL", "Nordkyl Klimat AB", "order@nordkyl.example", "sv-SE")
    po = PO("BAF-PO-20955", s, B_HVAC, "2026-11-03", [
        ("NK-VRF-ODU-28", "VRF utedel 28 kW, R32", 2, "EA", "9850.00", "2026-12-11"),
        ("NK-KAS-IDU-56", "Kassettaggregat 5,6 kW, 4-vägs", 10, "EA", "1120.00", "2026-12-11"),
    ])
    d = when("2026-11-04 14:09", "+0100")
    reply = """Hej Priya,

Tack för beställningen BAF-PO-20955.

Utedelarna (28 kW) kan tyvärr inte levereras före jul - vi kan leverera dem vecka 2 (2027). Pris enligt order.
Kassettaggregaten levereras enligt önskemål, fredag 11/12.

Priser exkl. moms, fritt levererat. Garanti 5 år på kompressorn.

Med vänlig hälsning
Anders Lindgren
Ordermottagning, Nordkyl Klimat AB
Box 1142, 431 22 Mölndal
"""
    eml = reply_outlook(po, "Anders Lindgren <order@nordkyl.example>", d,
                        "<HE1PR07MB3321F0B6A9D2C4E1873B5A0C9E62@HE1PR07MB3321.eurprd07.prod.outlook.example>",
                        reply, lang="en-GB", locale="sv-SE", charset="iso-8859-1", cte="base64",
                        subject="SV: " + po.subject())
    assert kw_friday(2027, 2) == "2027-01-15"
    case("vrf-week-2-next-year", [po], eml, "confirmation", [conf(po, {1: chg(d="2027-01-15"), 2: ACC})],
         "Swedish (ISO-8859-1, base64, 'SV:' subject): outdoor units 'vecka 2 (2027)' = Friday 2027-01-15; cassettes Friday 11/12 (day/month) as requested. '28 kW', '5,6 kW', '5 år' warranty are traps.",
         "sv-SE", "Calendar week of the next year without a weekday, plus a day/month date without year.")


def c_ooo_de_ch():
    s = sup("KLIMATECH", "Klimatech Zürich AG", "verkauf@klimatech-zh.example", "de-CH")
    po = PO("BAF-PO-20970", s, B_HVAC, "2026-11-05", [
        ("KT-WRG-1200", "Lüftungsgerät mit WRG 1200 m³/h", 1, "EA", "7480.00", "2027-01-29"),
    ])
    d = when("2026-11-05 10:12:55", "+0100")
    body = """Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis und mit Freitag, 20.11.2026 abwesend und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unseren Innendienst: innendienst@klimatech-zh.example, Tel. +41 44 555 27 10.

Freundliche Grüsse
Reto Baumann
Klimatech Zürich AG
"""
    eml = reply_plain(po, "Reto Baumann <verkauf@klimatech-zh.example>", d,
                      "<OOF.PR3P193MB0781.20261105091255.1@klimatech-zh.example>", body,
                      subject="Automatische Antwort: " + po.subject(), charset="iso-8859-1", ua=None,
                      extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: verkauf@klimatech-zh.example"])
    case("ooo-swiss-german", [po], eml, "auto_reply", None,
         "Swiss German Exchange out-of-office ('Automatische Antwort', 'bis und mit Freitag, 20.11.2026'); the date is an absence end, not a delivery.",
         "de-CH", "Out-of-office with a weekday and full date that must not be read as a delivery date.")


def c_split_relative_es():
    s = sup("CLIMIBER", "Climatización Ibérica S.A.", "pedidos@climiberica.example", "es-ES")
    po = PO("BAF-PO-21002", s, B_HVAC, "2026-11-09", [
        ("CI-SPLIT-3.5KW", "Split pared 3,5 kW R32", 8, "EA", "540.00", "2026-11-20"),
        ("CI-COND-PUMP", "Bomba de condensados mini", 8, "EA", "62.00", "2026-11-20"),
    ])
    d = when("2026-11-11 09:15", "+0100")
    reply = """Buenos días Priya:

Todo OK con el pedido BAF-PO-21002, mismas cantidades y precios.
Los splits os los entregamos el próximo martes y las bombas de condensados van en el mismo envío.

Un saludo,
Jordi Puig
Climatización Ibérica S.A.
"""
    assert d.strftime("%A") == "Wednesday"
    tue = (d.date() + dt.timedelta(days=6)).isoformat()
    assert tue == "2026-11-17" and D(tue).strftime("%A") == "Tuesday"
    eml = reply_gmail(po, "Jordi Puig <pedidos@climiberica.example>", d,
                      "<CAB8x0mT4qK7rW1vN5pZ9sY3dF6gH2jL0cV8bQ1aE@mail.gmail.example>", reply, lang="es",
                      subject="Re: " + po.subject())
    case("relative-next-tuesday", [po], eml, "confirmation", [conf(po, {1: chg(d=tue), 2: chg(d=tue)})],
         "Spanish Gmail sent Wednesday 11 Nov 2026: 'el próximo martes' = Tuesday 2026-11-17 (relative to the Date header), and the pumps travel in the same shipment. '3,5 kW' is a trap.",
         "es-ES", "Relative weekday resolved from the Date header, applied to a second line by reference.")


def c_rtu_po_number_variant_us():
    s = sup("ALLIEDCOMFORT", "Allied Comfort Systems Inc.", "orders@alliedcomfort.example", "en-US")
    po1 = PO("BAF-PO-21018", s, B_HVAC, "2026-11-09", [
        ("ACS-RTU-10T", "Rooftop unit 10 ton, gas/electric, 460V/3ph", 2, "EA", "14250.00", "2027-01-22"),
        ("ACS-CURB-10T", "Roof curb for 10 ton RTU, 14in", 2, "EA", "880.00", "2027-01-22"),
    ], currency="USD")
    po2 = PO("BAF-PO-21025", s, B_HVAC, "2026-11-10", [
        ("ACS-MERV13-20x25x4", "Pleated filter MERV 13, 20x25x4", 96, "EA", "14.80", "2026-12-04"),
    ], currency="USD")
    d = when("2026-11-11 15:05", "-0600")
    body = """Priya -

Re your PO 21018: both units confirmed at $14,250 ea, factory ship date 1/29/27 (wk 4). Curbs will ship ahead on 1/15/27 so your crane crew can set them first.

Freight is prepaid & added, FOB Tyler TX.

Mike Hernandez
Allied Comfort Systems | Commercial Sales
(903) 555-0172
"""
    assert dt.date(2027, 1, 29).isocalendar()[1] == 4
    eml = reply_plain(po1, "Mike Hernandez <orders@alliedcomfort.example>", d,
                      "<0100019a4f2e8c31-7b1e2d4a-55aa-4c0e-9f3d-2a6b8c0e1f47-000000@email.alliedcomfort.example>",
                      body, subject="RTU order", thread=False,
                      ua="X-Mailer: Microsoft Outlook for Mac 16.89")
    case("short-po-number-no-thread", [po1, po2], eml, "confirmation", [conf(po1, {
        1: chg(d="2027-01-29"), 2: chg(d="2027-01-15")})],
        "New unthreaded mail with subject 'RTU order' citing 'PO 21018' for BAF-PO-21018; US dates 1/29/27 and 1/15/27 are factory ship dates only (week 4 agrees). The other open PO (filters) is not answered and is left out.",
        "en-US", "PO cited by a shortened number in an unthreaded mail, with ship-only dates in M/D/YY.")


# ---- technical textiles --------------------------------------------------------------

def c_textile_rolls_it():
    s = sup("TTCOMO", "Tessiture Tecniche Comasche S.p.A.", "ordini@ttcomasche.example", "it-IT")
    po = PO("NHI-4471", s, B_INT, "2026-11-03", [
        ("TT-PES-PVC-650", "Tessuto PES spalmato PVC 650 g/m², bianco, h 250 cm", 1200, "M", "6.85", "2026-12-04"),
        ("TT-AR-FR-200", "Tessuto aramidico ignifugo 200 g/m², h 150 cm", 400, "M", "23.40", "2026-12-18"),
    ])
    d = when("2026-11-04 11:32", "+0100")
    reply = """Buongiorno Sofia,

grazie per l'ordine NHI-4471, di seguito la nostra conferma:

pos. 1 - i rotoli sono da 50 m, confermiamo quindi 1.250 m al prezzo di 6,85 €/m, consegna 4/12.
pos. 2 - confermiamo 400 m, ma il prezzo diventa 24,10 €/m per l'aumento della fibra aramidica; consegna settimana 51.

Certificato di reazione al fuoco classe 1 (DM 26/06/1984) allegato alla consegna.

Cordiali saluti
Paolo Ferrario
Ufficio Commerciale – Tessiture Tecniche Comasche S.p.A.
Via per Cantù 88, 22100 Como
"""
    attr = "Il giorno mar 3 nov 2026 alle ore 10:12 Sofia Lindqvist <sofia.lindqvist@nordhaus-interiors.example> ha scritto:"
    eml = reply_gmail(po, "Paolo Ferrario <ordini@ttcomasche.example>", d,
                      "<CAN2pX7r0kQ1wE5tY8uI3oP6aS9dF2gH4jK7lZ0xC@mail.gmail.example>", reply, attr=attr)
    case("textile-rolls-of-50m-week-51", [po], eml, "confirmation", [conf(po, {
        1: chg(q=1250), 2: chg(p="24.10")})],
        "Italian Gmail: fabric rounded to 50 m rolls (1.250 m with dot thousands); aramid price up to 24,10 with 'settimana 51' = Friday 2026-12-18 = requested. '650 g/m²', 'h 250 cm' and the decree date 26/06/1984 are traps.",
        "it-IT", "Roll-length rounding with dot thousands, a week number equal to the request and an old decree date.")


def c_textile_split_tr():
    s = sup("BURSATT", "Bursa Teknik Tekstil A.Ş.", "ihracat@bursateknik.example", "tr-TR")
    po = PO("NHI-4488", s, B_INT, "2026-11-04", [
        ("BT-GLASS-300", "Cam elyaf dokuma 300 g/m², 100 cm", 2000, "M", "3.10", "2026-12-11"),
        ("BT-PP-NW-120", "PP nonwoven 120 g/m², 160 cm", 5000, "M", "0.74", "2026-12-11"),
    ])
    d = when("2026-11-05 15:50", "+0300")
    body = f"""Sayın Sofia Hanım,

NHI-4488 numaralı siparişiniz için teşekkür ederiz.

1. kalem (BT-GLASS-300): 2.000 m onaylandı, sevk tarihi 11.12.2026.
2. kalem (BT-PP-NW-120): stokta 3.000 m mevcut, 1. kalem ile birlikte 11.12.2026'da sevk edilecek; kalan 2.000 m 08.01.2027 tarihinde sevk edilecektir. Birim fiyat değişmedi.

Saygılarımızla,
Mehmet Yıldız
İhracat Departmanı
Bursa Teknik Tekstil A.Ş. - Nilüfer OSB, 16140 Bursa

----- Orijinal Mesaj -----
Kimden: Sofia Lindqvist <sofia.lindqvist@nordhaus-interiors.example>
Tarih: 4 Kasım 2026 Çarşamba 10:12
Konu: {po.subject()}

{po.request_text()}"""
    eml = reply_plain(po, "Mehmet Yıldız <ihracat@bursateknik.example>", d,
                      "<20261105125012.3F7A1C@mail.bursateknik.example>", body, charset="iso-8859-9",
                      subject="Ynt: " + po.subject(), ua="X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC130)")
    case("textile-ship-dates-split-turkish", [po], eml, "confirmation", [conf(po, {
        1: ACC, 2: chg(sched=[(3000, "2026-12-11"), (2000, "2027-01-08")])})],
        "Turkish (ISO-8859-9) Zimbra reply with ship dates only: line 1 11.12.2026 as requested; line 2 3,000 m with line 1 on 11.12.2026 and the remaining 2,000 m on 08.01.2027. '300 g/m²' and dotted thousands are traps.",
        "tr-TR", "Split where the first part's date is given by reference to the other line.")


def c_textile_forward_sl():
    s = sup("SAVINJA", "Tekstil Savinja d.o.o.", "prodaja@tekstil-savinja.example", "sl-SI")
    po = PO("NHI-4530", s, B_INT, "2026-11-06", [
        ("TS-BLACKOUT-280", "Blackout fabric FR, 280 cm, 320 g/m2", 900, "M", "8.90", "2026-12-11"),
        ("TS-SHEER-300", "Sheer voile FR, 300 cm", 800, "M", "5.40", "2026-12-11"),
    ])
    d = when("2026-11-10 13:26", "+0100")
    reply = """Pozdravljeni, ga. Lindqvist,

spodaj pošiljam odgovor naše proizvodnje za naročilo NHI-4530 – tako tudi potrjujemo. Cene ostanejo nespremenjene.

Lep pozdrav,
Marko Zupan
Prodaja | Tekstil Savinja d.o.o. | Celje

-----Original Message-----
From: Janja Kos <proizvodnja@tekstil-savinja.example>
Sent: Tuesday, November 10, 2026 12:58 PM
To: Marko Zupan <prodaja@tekstil-savinja.example>
Subject: RE: NHI-4530 termini

Marko,

poz. 1 (blackout 280 cm) lahko naredimo šele do 18.12., prej ni prostega stroja za premaz.
poz. 2 (voile) imamo samo še 600 m surovega blaga, to lahko odpremimo 11.12. Več letos ne bo.

Janja
"""
    eml = reply_outlook(po, "Marko Zupan <prodaja@tekstil-savinja.example>", d,
                        "<VI1PR10MB2209E3A7C0B4D1F9625A8E0C3B71@VI1PR10MB2209.EURPRD10.PROD.OUTLOOK.example>",
                        reply, lang="en", locale="sl-SI", charset="windows-1250", cte="quoted-printable")
    case("forwarded-production-answer", [po], eml, "confirmation", [conf(po, {
        1: chg(d="2026-12-18"), 2: chg(q=600)})],
        "Slovenian sales rep forwards the internal production answer and states 'we confirm accordingly'; the actual data is in the inner message: pos 1 by 18.12., pos 2 only 600 m on 11.12. (no more this year). Windows-1250.",
        "sl-SI", "Commitment stated in an internal forwarded message below the sales rep's one-line endorsement.")

# ---- commercial printing -------------------------------------------------------------------

def c_print_overs_za():
    s = sup("CAPELITHO", "Cape Litho (Pty) Ltd", "quotes@capelitho.example", "en-ZA")
    po = PO("BT-PO-61230", s, B_COS, "2026-11-02", [
        ("CAT-A4-48PP", "Product catalogue A4, 48pp + 4pp cover, 170gsm silk", 5000, "EA", "1.2800", "2026-11-27"),
        ("LFT-A5-2S", "Leaflet A5, 2 sides, 130gsm gloss", 20000, "EA", "0.0450", "2026-11-27"),
    ], currency="USD")
    d = when("2026-11-03 09:18", "+0200")
    reply = """Morning Camille,

Thanks for the order, job numbers CL-88412 and CL-88413 allocated.

Catalogues: 5,000 confirmed at $1.28, delivered to your Lyon warehouse 27/11. Please note industry standard ±5% overs/unders applies and is invoiced pro rata.
Leaflets: price per 1000 is $41.00 (we're running them on the B1 press with another job), delivered 25/11.

Final PDFs (PDF/X-1a, 3mm bleed) by 13/11 latest please to hold these dates.

Kind regards,
Thandi Nkosi
Production Coordinator | Cape Litho (Pty) Ltd | Epping Industria, Cape Town
"""
    eml = reply_outlook(po, "Thandi Nkosi <quotes@capelitho.example>", d,
                        "<JNAP275MB0556C1E8B2A7D4F0936D1E5A2C08@JNAP275MB0556.ZAFP275.PROD.OUTLOOK.example>",
                        reply, lang="en-GB", locale="en-ZA")
    case("print-overs-per-thousand", [po], eml, "confirmation", [conf(po, {
        1: ACC, 2: chg(p=per("41.00", 1000), d="2026-11-25")})],
        "South African printer: catalogues confirmed as ordered (the ±5 % overs/unders clause is a trade term, not a quantity change); leaflets priced per 1000 ($0.041) and delivered 25/11. The artwork deadline 13/11, '3mm bleed', '170gsm', '48pp' are traps.",
        "en-ZA", "Overs/unders clause and an artwork deadline beside a per-1000 price and a day-first date.")


def c_proof_first_pt():
    s = sup("GRAFATL", "Gráfica Atlântica, Lda.", "producao@graficaatlantica.example", "pt-PT")
    po = PO("BT-PO-61244", s, B_COS, "2026-11-04", [
        ("BOX-SERUM-30", "Cartonagem sérum 30 ml, cartolina 350 g GC1, hot foil", 10000, "EA", "0.2150", "2026-12-11"),
        ("BOX-CREAM-50", "Cartonagem creme 50 ml, cartolina 350 g GC1", 8000, "EA", "0.1980", "2026-12-11"),
    ])
    d = when("2026-11-05 12:40", "+0000")
    reply = """Bom dia Camille,

Obrigado pela encomenda BT-PO-61244.

Só conseguimos confirmar a data de entrega depois da aprovação da prova de cor, porque o hot foil exige um cunho novo. Podem enviar-nos os ficheiros finais em PDF/X-4 com as facas (dielines)? Assim que tivermos a prova aprovada, confirmamos quantidades e datas.

Com os melhores cumprimentos,
Rui Fernandes
Planeamento de Produção
Gráfica Atlântica, Lda. – Zona Industrial da Maia, 4470-122 Maia
"""
    eml = reply_outlook(po, "Rui Fernandes <producao@graficaatlantica.example>", d,
                        "<PR3PR02MB6140D0A9E2C7B4F1853E6A1D0C27@PR3PR02MB6140.eurprd02.prod.outlook.example>",
                        reply, lang="en-GB", locale="pt-PT", charset="iso-8859-1", cte="quoted-printable")
    case("proof-approval-before-confirm", [po], eml, "needs_review", None,
         "Portuguese printer will confirm quantities and dates only after colour-proof approval and asks for final files - a question, nothing committed.",
         "pt-PT", "Asks for artwork and defers every commitment until a proof is approved.")


def c_labels_weeks_nlbe():
    s = sup("SCHELDE", "Drukkerij Schelde NV", "orders@drukkerijschelde.example", "nl-BE")
    po = PO("BT-PO-61310", s, B_COS, "2026-11-09", [
        ("LBL-SERUM-30-FR", "Etiket sérum 30 ml FR, 40x60 mm, rol 1000", 20000, "EA", "0.0310", "2026-11-27"),
        ("LBL-SERUM-30-NL", "Etiket sérum 30 ml NL, 40x60 mm, rol 1000", 15000, "EA", "0.0310", "2026-11-27"),
        ("INS-A6-4L", "Bijsluiter A6, 4 talen, gevouwen", 35000, "EA", "0.0220", "2026-11-27"),
    ])
    d = when("2026-11-10 16:12", "+0100")
    reply = """Dag Camille,

Bedankt voor de bestelling. Een stand van zaken:

- Etiketten FR en NL (40x60 mm, rollen van 1000): levering week 49, aan de bestelde prijs.
- Bijsluiters A6: 25.000 st. in week 48, de resterende 10.000 st. in week 50.

Proeven vertrekken morgen per mail.

Met vriendelijke groeten,
Katrien Peeters
Drukkerij Schelde NV – Antwerpen
"""
    assert kw_friday(2026, 48) == "2026-11-27"
    eml = reply_outlook(po, "Katrien Peeters <orders@drukkerijschelde.example>", d,
                        "<AS8PR04MB8120B7A0E1D2C3F4956A7B8C9D01@AS8PR04MB8120.eurprd04.prod.outlook.example>",
                        reply, lang="en-GB", locale="nl-BE")
    case("labels-weeks-and-split", [po], eml, "confirmation", [conf(po, {
        1: chg(d="2026-12-04"), 2: chg(d="2026-12-04"),
        3: chg(sched=[(25000, "2026-11-27"), (10000, "2026-12-11")])})],
        "Flemish printer: labels 'week 49' (Friday 2026-12-04), leaflets 25.000 in week 48 (= requested Friday) and 10.000 in week 50 (2026-12-11). '40x60 mm', 'rollen van 1000' and 'A6' are traps.",
        "nl-BE", "Week numbers only, one line split across two weeks with dot-grouped quantities.")

# ---- laboratory consumables --------------------------------------------------------------

def c_lab_racks_da():
    s = sup("NORDLAB", "Nordlab ApS", "ordre@nordlab.example", "da-DK")
    po = PO("HLX-260788", s, B_LAB, "2026-11-02", [
        ("NL-TIP-200-R", "Pipettespidser 200 µl, rack à 96", 100, "RK", "3.90", "2026-11-20"),
        ("NL-TUBE-15-PP", "Centrifugerør 15 ml PP, sterile, 50 stk/pose", 40, "BAG", "6.20", "2026-11-20"),
        ("NL-PLATE-96-PCR", "PCR-plade 96 brønde, 0,2 ml", 250, "EA", "1.35", "2026-11-27"),
    ])
    d = when("2026-11-03 13:55", "+0100")
    reply = """Hej Kai,

Tak for ordren. Vores bekræftelse:

Pos. 1: pipettespidserne sælges kun i kasser á 10 racks, pris 37,00 EUR pr. kasse. 100 racks = 10 kasser, levering 20.11.
Pos. 2: OK, levering 20.11.
Pos. 3: PCR-pladen er desværre udgået hos producenten og kan ikke leveres. Vi kan tilbyde afløseren NL-PLATE-96-PCR2 til 1,42 EUR - giv besked, hvis I ønsker den, så opretter vi en ny ordre.

Venlig hilsen
Mette Sørensen
Kundeservice, Nordlab ApS
Literbuen 9, 2740 Skovlunde
"""
    eml = reply_outlook(po, "Mette Sørensen <ordre@nordlab.example>", d,
                        "<GV1PR09MB7716A3C0F2E1D9B8476C5A4E3D20@GV1PR09MB7716.eurprd09.prod.outlook.example>",
                        reply, lang="en-GB", locale="da-DK", charset="iso-8859-1", cte="base64",
                        )
    case("lab-racks-per-case-discontinued", [po], eml, "confirmation", [conf(po, {
        1: chg(p=per("37.00", 10)), 2: ACC, 3: REJ})],
        "Danish: tips priced per case of 10 racks (37,00 -> 3.70 per rack, PO unit RK); tubes OK; PCR plate discontinued with a successor offered only as a new order, so the line is rejected. '200 µl', '0,2 ml', '50 stk/pose' are traps.",
        "da-DK", "Per-case price to convert to racks, and a discontinued line with a substitute offer that is not a confirmation.")


def c_lab_eta_in():
    s = sup("SAHYADRI", "Sahyadri Scientific Pvt. Ltd.", "exports@sahyadrisci.example", "en-IN")
    po = PO("HLX-260802", s, B_LAB, "2026-11-03", [
        ("SS-AGAR-500G", "Agarose, molecular biology grade, 500 g", 6, "EA", "148.00", "2026-11-27"),
        ("SS-ETOH-AR-2.5L", "Ethanol absolute AR, 2.5 L", 24, "EA", "21.50", "2026-11-27"),
    ], currency="USD")
    d = when("2026-11-04 17:36", "+0530")
    reply = """Dear Sir,

Greetings from Sahyadri Scientific!

We are pleased to confirm your esteemed order no. HLX-260802 dated 03/11/2026 for both the items at the ordered quantity and price.

The goods will be dispatched from Pune on 20/11/2026 by air freight and will be delivered at your Heidelberg lab on 25/11/2026 (DAP).

Batch details: Agarose Lot No. AG2610-17, Mfg. 10/2026, Exp. 09/2029. Ethanol Lot No. EA2609-04, Exp. 08/2028.
Kindly note our bank details have not changed. Payment 30 days from AWB date.

Thanks & Regards,
Pradeep Kulkarni
Export Executive | Sahyadri Scientific Pvt. Ltd. | MIDC Bhosari, Pune 411026
Mob: +91 98220 55501
"""
    eml = reply_gmail(po, "Pradeep Kulkarni <exports@sahyadrisci.example>", d,
                      "<CAE5oT2yK9nB7vW3qR0mX1sZ4dP8fH6gJ2lC5aN@mail.gmail.example>", reply)
    case("lab-dispatch-and-delivery-dates", [po], eml, "confirmation", [conf(po, {
        1: chg(d="2026-11-25"), 2: chg(d="2026-11-25")})],
        "Indian English: dispatch 20/11/2026 and delivery at the lab 25/11/2026 - delivery wins and is earlier than requested; order date 03/11/2026, Mfg/Exp dates, lot numbers and '30 days from AWB' are traps.",
        "en-IN", "Dispatch, delivery, order, manufacturing and expiry dates all in day-first form in one short mail.")


def c_lab_per1000_same_lv():
    s = sup("RLP", "Rīgas Laboratorijas Piederumi SIA", "pasutijumi@rlp-lab.example", "lv-LV")
    po = PO("HLX-260830", s, B_LAB, "2026-11-06", [
        ("RLP-CRYO-2ML", "Krioflakons 2 ml, pašstāvošs, sterils", 2000, "EA", "0.1150", "2026-11-26"),
        ("RLP-PETRI-90", "Petri trauks 90 mm, PS, sterils", 5000, "EA", "0.0640", "2026-11-26"),
    ])
    d = when("2026-11-09 10:48", "+0200")
    reply = """Labdien, Kai!

Paldies par pasūtījumu HLX-260830.

1. pozīcija: apstiprināts – 2000 gab., 0,1150 EUR/gab.
2. pozīcija: apstiprināts – 5000 gab., cena 64,00 EUR par 1000 gab.

Piegāde abām pozīcijām: ceturtdien, 26. novembrī.

Ar cieņu,
Ilze Ozola
Klientu apkalpošana | Rīgas Laboratorijas Piederumi SIA | Rīga
"""
    assert D("2026-11-26").strftime("%A") == "Thursday"
    assert Decimal(per("64.00", 1000)) == Decimal("0.0640")
    eml = reply_outlook(po, "Ilze Ozola <pasutijumi@rlp-lab.example>", d,
                        "<DU0PR08MB9003F6E2A1C0B7D4389E2F1A6C55@DU0PR08MB9003.eurprd08.prod.outlook.example>",
                        reply, lang="en-GB", locale="lv-LV", charset="iso-8859-13", cte="quoted-printable",
                        reply_html=p_html(reply))
    case("per-thousand-equals-po", [po], eml, "confirmation", [conf(po, {1: ACC, 2: ACC})],
         "Latvian (ISO-8859-13): line 2 priced 'EUR 64,00 par 1000 gab.' which equals the PO's 0.0640 each, so both lines are accepted; 'ceturtdien, 26. novembrī' without year equals the request.",
         "lv-LV", "A per-1000 price that converts back to exactly the PO price: no change despite different wording.")


# ---- construction materials ------------------------------------------------------------------

def c_rebar_lt():
    s = sup("BALTARM", "Baltijos Armatūra UAB", "pardavimai@baltarm.example", "lt-LT")
    po = PO("BBC-26-0931", s, B_BUILD, "2026-11-02", [
        ("B500B-12", "Rebar EN 10080 B500B Ø12, 12 m bars", 24, "T", "655.00", "2026-11-23"),
        ("B500B-16", "Rebar EN 10080 B500B Ø16, 12 m bars", 36, "T", "648.00", "2026-11-23"),
        ("MESH-ST-6-150", "Welded mesh Ø6 150x150, 6x2.4 m", 400, "EA", "27.80", "2026-11-30"),
    ])
    d = when("2026-11-03 08:40", "+0200")
    reply = """Laba diena, Tomasz,

dėkojame už užsakymą BBC-26-0931. Patvirtiname:

1 poz. – armatūra Ø12: 24 t, kaina 655 EUR/t, pristatymas 2026-11-23.
2 poz. – armatūra Ø16: dėl ryšulių svorio pristatysime 38 t (tolerancija ±5 %), kaina ta pati – 648 EUR/t, pristatymas 2026-11-23.
3 poz. – tinklai Ø6 150x150: bus tik 2026 m. gruodžio 7 d.

Sertifikatai EN 10204 3.1 pridedami prie kiekvieno ryšulio.

Pagarbiai
Rūta Kazlauskienė
Pardavimų vadybininkė | Baltijos Armatūra UAB | Klaipėda
"""
    eml = reply_outlook(po, "Rūta Kazlauskienė <pardavimai@baltarm.example>", d,
                        "<DB8PR06MB6300A1E7C2B0D9F4158E3A2C6D47@DB8PR06MB6300.eurprd06.prod.outlook.example>",
                        reply, lang="en-GB", locale="lt-LT", charset="iso-8859-13", cte="quoted-printable")
    case("rebar-tonnes-bundle-rounding", [po], eml, "confirmation", [conf(po, {
        1: ACC, 2: chg(q=38), 3: chg(d="2026-12-07")})],
        "Lithuanian (ISO-8859-13): rebar in tonnes, Ø16 raised to 38 t for bundle weights; mesh only on '2026 m. gruodžio 7 d.'. 'EN 10080 B500B', 'Ø12', '12 m', '150x150', '6x2.4 m', 'EN 10204 3.1' and '±5 %' are traps.",
        "lt-LT", "Standard numbers and bar diameters everywhere; a tonnage change and a Lithuanian long-form date.")


def c_cement_ro():
    s = sup("CIMCARP", "Cimentul Carpați SRL", "vanzari@cimentulcarpati.example", "ro-RO")
    po = PO("BBC-26-0944", s, B_BUILD, "2026-11-03", [
        ("CEM-II-AS-42.5R-25", "Ciment CEM II/A-S 42,5R, sac 25 kg", 2000, "BAG", "4.10", "2026-11-18"),
        ("MORT-M10-40", "Mortar zidărie M10, sac 40 kg", 600, "BAG", "3.65", "2026-11-18"),
    ])
    d = when("2026-11-04 11:15", "+0200")
    body = f"""Bună ziua, domnule Wrona,

Vă mulțumim pentru comanda BBC-26-0944.

Cimentul CEM II/A-S 42,5R se livrează doar pe palet complet de 56 de saci, deci vă confirmăm 2.016 saci (36 de paleți), la prețul din comandă.
Mortarul M10: 600 de saci confirmați, prețul este 3,80 EUR/sac conform listei de prețuri valabile de la 1 noiembrie.

Livrarea pentru ambele poziții: joi, 19.11.2026 (nu putem livra miercuri).

Cu stimă,
Ioana Popescu
Departament Vânzări
Cimentul Carpați SRL, Brașov

-------- Mesaj original --------
De la: Tomasz Wrona <t.wrona@baltic-build.example>
Data: 03.11.2026 10:12
Subiect: {po.subject()}

{po.request_text()}"""
    assert D("2026-11-19").strftime("%A") == "Thursday" and 36 * 56 == 2016
    eml = reply_plain(po, "Ioana Popescu <vanzari@cimentulcarpati.example>", d,
                      "<8b2f6c10-4a7e-4d91-b0c3-5e9a1f7d2c64@cimentulcarpati.example>", body,
                      ua="X-Mailer: Android Mail", cte="base64")
    case("cement-full-pallets-price-list", [po], eml, "confirmation", [conf(po, {
        1: chg(q=2016, d="2026-11-19"), 2: chg(p="3.80", d="2026-11-19")})],
        "Romanian: cement rounded up to full pallets of 56 bags (2.016 bags), mortar at 3,80 per the price list valid from 1 November (a validity date, not a delivery); both delivered Thursday 19.11.2026, a day after the request. '42,5R', 'M10', '25 kg' are traps.",
        "ro-RO", "Pallet rounding with dot-thousands, a price-list validity date and a one-day-late delivery for both lines.")


def c_tiles_m2_es():
    s = sup("CERLEV", "Cerámicas Levante S.L.", "export@ceramicaslevante.example", "es-ES")
    po = PO("BBC-26-0950", s, B_BUILD, "2026-11-03", [
        ("POR-60x60-GRIS", "Porcelánico rectificado 60x60 gris, 1,44 m²/caja", 500, "M2", "14.20", "2026-12-01"),
        ("POR-30x60-BLAN", "Porcelánico 30x60 blanco mate, 1,20 m²/caja", 300, "M2", "11.90", "2026-12-01"),
    ])
    d = when("2026-11-05 10:02", "+0100")
    reply = """Estimado Tomasz:

Gracias por su pedido BBC-26-0950. Le confirmamos:

Pos. 1 – 60x60 gris: servimos por cajas completas, 350 cajas = 504,00 m², a 14,20 €/m². Entrega el 1 de diciembre.
Pos. 2 – 30x60 blanco: 250 cajas = 300,00 m², precio según pedido. Esta referencia está en producción y la entrega será el 15 de diciembre.

Todo el material del mismo lote: calibre 3, tono 12.

Atentamente,
Vicente Ferrer
Dpto. Exportación – Cerámicas Levante S.L.
Ctra. Castellón-Onda km 4,5 – 12200 Onda (Castellón)
"""
    assert Decimal("1.44") * 350 == Decimal("504.00") and Decimal("1.20") * 250 == 300
    eml = reply_outlook(po, "Vicente Ferrer <export@ceramicaslevante.example>", d,
                        "<MRZP264MB2817F0C1A9E3D2B6745A8E1C0B93@MRZP264MB2817.FRAP264.PROD.OUTLOOK.example>",
                        reply, lang="es", locale="es-ES", subject="RE: " + po.subject(),
                        reply_html=p_html(reply) + "<p class=\"MsoNormal\"><img width=\"180\" height=\"48\" src=\"cid:image001.png@01DB2F3A.5C1E7B20\" alt=\"Cerámicas Levante\"></p>")
    case("tiles-m2-full-boxes", [po], eml, "confirmation", [conf(po, {
        1: chg(q=504), 2: chg(d="2026-12-15")})],
        "Spanish: tiles in m² rounded to full boxes of 1,44 m² (350 boxes = 504,00 m²); line 2 in boxes that equal exactly 300 m² but delivered 15 December. '60x60', 'calibre 3, tono 12', 'km 4,5' are traps.",
        "es-ES", "Quantities restated in boxes and decimal m² that must be mapped back to the PO's m².")


def c_statement_cs():
    s = sup("STAVMOR", "Stavebniny Morava s.r.o.", "fakturace@stavebniny-morava.example", "cs-CZ")
    po = PO("BBC-26-0961", s, B_BUILD, "2026-11-04", [
        ("SM-POROTHERM-30", "Cihla broušená 30 P+D, paleta 60 ks", 12, "PAL", "412.00", "2026-11-26"),
    ])
    d = when("2026-11-10 06:00", "+0100")
    body = """Vážení obchodní partneři,

v příloze zasíláme výpis otevřených položek (saldo) k 09.11.2026.

Číslo faktury   Datum vystavení  Splatnost    Vaše obj.      Částka EUR   Zbývá EUR
FV-2026-08812   14.09.2026       14.10.2026   BBC-26-0712     4 944,00     4 944,00
FV-2026-09377   02.10.2026       01.11.2026   BBC-26-0788     1 236,00     1 236,00
FV-2026-10054   21.10.2026       20.11.2026   BBC-26-0850     2 472,00     2 472,00
                                                             celkem:      8 652,00

Faktury FV-2026-08812 a FV-2026-09377 jsou po splatnosti. Prosíme o úhradu do 7 dnů.
Pokud jste již zaplatili, považujte tuto zprávu za bezpředmětnou.

S pozdravem
Účtárna – Stavebniny Morava s.r.o.
Tovární 1480, 779 00 Olomouc
IČO 25871234, DIČ CZ25871234

Tato zpráva byla vygenerována automaticky.
"""
    msg_id = "<saldo.20261110.BALTICBUILD@stavebniny-morava.example>"
    eml = message("Stavebniny Morava - fakturace <fakturace@stavebniny-morava.example>",
                  "t.wrona@baltic-build.example", "Výpis otevřených položek k 09.11.2026", d, msg_id,
                  text(body, "plain", "windows-1250", "quoted-printable"), scharset="windows-1250",
                  extra=["X-Mailer: Helios Green"])
    case("statement-of-account-cz", [po], eml, "unrelated", None,
         "Czech statement of open items (Windows-1250) for older orders BBC-26-0712/0788/0850 with invoice and due dates; it does not answer the open PO BBC-26-0961.",
         "cs-CZ", "Accounting statement full of PO numbers, amounts and dates - none of them about the open PO.")


def c_insulation_uk():
    s = sup("DNIPROBUD", "ТОВ «Дніпро Будматеріали»", "sales@dnipro-bud.example", "uk-UA")
    po = PO("BBC-26-0975", s, B_BUILD, "2026-11-06", [
        ("MW-100-ROLL", "Mineral wool 100 mm, roll 6 m2", 120, "ROLL", "21.40", "2026-11-30"),
        ("XPS-50-1250x600", "XPS board 50 mm 1250x600", 800, "EA", "3.85", "2026-11-30"),
    ])
    d = when("2026-11-09 12:20", "+0200")
    body = f"""Добрий день, пане Томаше!

Дякуємо за замовлення BBC-26-0975.

Поз. 1 (мінеральна вата 100 мм) – підтверджуємо 120 рулонів за ціною замовлення, доставка 30.11.2026.
Поз. 2 (XPS 50 мм, 1250x600) – ціна змінилась: 4,05 EUR/шт. через подорожчання сировини; кількість 800 шт., доставка також 30.11.

30.11.2026 - це понеділок, прохання забезпечити розвантаження з 8:00 до 16:00.

З повагою,
Олена Коваленко
менеджер з експорту
ТОВ «Дніпро Будматеріали», м. Дніпро

> {po.buyer.name} писав(ла) 06.11.2026 10:12:
{gt_quote(po.request_text())}
"""
    eml = reply_plain(po, "Олена Коваленко <sales@dnipro-bud.example>", d,
                      "<1731147600.482913.dnipro@mail.dnipro-bud.example>", body, charset="koi8-u",
                      cte="8bit", ua="X-Mailer: Roundcube Webmail/1.6.9")
    assert D("2026-11-30").weekday() == 0
    case("koi8u-price-change", [po], eml, "confirmation", [conf(po, {1: ACC, 2: chg(p="4.05")})],
         "Ukrainian in KOI8-U, 8bit: line 1 confirmed as ordered, line 2 new price 4,05 EUR with the same date. '1250x600', '100 мм', unloading hours 8:00-16:00 are traps.",
         "uk-UA", "Cyrillic in a legacy 8-bit charset with a decimal-comma price change.")


def c_gypsum_et():
    s = sup("TALLEHM", "Tallinna Ehitusmaterjal AS", "myyk@tallinnaehitus.example", "et-EE")
    po = PO("BBC-26-0981", s, B_BUILD, "2026-11-09", [
        ("GKB-12.5-1200x2600", "Kipsplaat 12,5 mm 1200x2600", 400, "EA", "5.90", "2026-11-25"),
        ("PROF-CW-50", "Metallprofiil CW 50, 3 m", 600, "EA", "2.15", "2026-11-25"),
    ])
    d = when("2026-11-10 09:30", "+0200")
    reply = """Tere, Tomasz!

Aitäh tellimuse BBC-26-0981 eest.

Rida 1: kipsplaadid on pakis 50 tk, 400 tk = 8 pakki, kinnitame.
Rida 2: kinnitame, 600 tk.

Tarne kolmapäeval, 25.11. Hinnad vastavalt tellimusele, kehtivad kuni 31.12.2026.

Lugupidamisega
Kristjan Tamm
Müügiesindaja | Tallinna Ehitusmaterjal AS
"""
    assert D("2026-11-25").strftime("%A") == "Wednesday"
    eml = reply_gmail(po, "Kristjan Tamm <myyk@tallinnaehitus.example>", d,
                      "<CAK1qW8eR3tY6uI9oP2aS5dF8gH1jK4lZ7xC0vB@mail.gmail.example>", reply,
                      attr="E, 9. nov 2026 kell 10:12 Tomasz Wrona <t.wrona@baltic-build.example> kirjutas:",
                      charset="iso-8859-15")
    case("gypsum-all-accepted-pack-note", [po], eml, "confirmation", [conf(po, {1: ACC, 2: ACC})],
         "Estonian: pack-size remark (50 per pack, 400 = 8 packs) changes nothing; delivery Wednesday 25.11. as requested; price validity 31.12.2026 is not a date commitment. '12,5 mm', '1200x2600', 'CW 50, 3 m' are traps.",
         "et-EE", "Everything accepted, but pack sizes and a price-validity date tempt a reader to record changes.")


def c_tiles_tbc_pt():
    s = sup("CERLIZ", "Cerâmica do Liz, S.A.", "comercial@ceramicadoliz.example", "pt-PT")
    po = PO("BBC-26-0992", s, B_BUILD, "2026-11-09", [
        ("LIZ-REV-20x20-BR", "Revestimento 20x20 branco brilho, 1,00 m²/cx", 180, "M2", "9.60", "2026-12-04"),
        ("LIZ-PAV-45x45-AN", "Pavimento 45x45 antracite, 1,62 m²/cx", 324, "M2", "10.40", "2026-12-04"),
        ("LIZ-RODAPE-8x45", "Rodapé 8x45 antracite", 150, "EA", "1.95", "2026-12-04"),
    ])
    d = when("2026-11-11 17:05", "+0000")
    reply = """Boa tarde Sr. Tomasz,

Relativamente à v/ encomenda BBC-26-0992:

Linhas 1 e 2 confirmadas para entrega a 4 de dezembro (180 m² = 180 cx; 324 m² = 200 cx), preços conforme encomenda.
O rodapé ainda não tem data de produção atribuída – confirmamos na próxima semana.

Melhores cumprimentos,
Ana Costa
Dep. Comercial – Cerâmica do Liz, S.A. – Leiria
"""
    eml = reply_outlook(po, "Ana Costa <comercial@ceramicadoliz.example>", d,
                        "<AM6PR07MB5540C3E1F0A2D8B9674C1E0A5F36@AM6PR07MB5540.eurprd07.prod.outlook.example>",
                        reply, lang="en-GB", locale="pt-PT")
    case("tiles-one-line-next-week", [po], eml, "confirmation", [conf(po, {1: ACC, 2: ACC, 3: UNC})],
         "European Portuguese: lines 1-2 confirmed for 4 December with box conversions that match the PO m²; skirting has no production date yet, 'confirmamos na próxima semana' - unconfirmed. '20x20', '45x45', '8x45' are traps.",
         "pt-PT", "Two lines confirmed with m²/box restatements, the third deferred to next week.")

# ---- marine chandlery -----------------------------------------------------------------------

def c_inline_chandlery_gb():
    s = sup("SOLENT", "Solent Chandlery Supplies Ltd", "trade@solentchandlery.example", "en-GB")
    po = PO("HMS-PO-7714", s, B_MAR, "2026-11-04", [
        ("ANC-DELTA-16", "Delta anchor 16 kg, galvanised", 4, "EA", "289.00", "2026-11-20"),
        ("CHN-8MM-G40", "Anchor chain 8 mm Grade 40, galv., per metre", 200, "M", "7.95", "2026-11-20"),
        ("SHK-D-10-SS", "D-shackle 10 mm A4 stainless", 50, "EA", "6.20", "2026-11-20"),
        ("FND-8x20", "Fender 8in x 20in, white", 24, "EA", "18.50", "2026-11-27"),
    ], currency="GBP")
    d = when("2026-11-05 12:51", "+0000")
    body = """Hi Nicola, answers inline below. Pete

On 04/11/2026 10:12, Nicola Ferris wrote:
> Dear Sir or Madam,
>
> please find attached our purchase order HMS-PO-7714 of 2026-11-04.
> Kindly confirm quantities, prices and delivery dates by return e-mail.
>
> 1  ANC-DELTA-16  Delta anchor 16 kg, galvanised  4 EA  GBP 289.00  2026-11-20

OK

> 2  CHN-8MM-G40  Anchor chain 8 mm Grade 40, galv., per metre  200 M  GBP 7.95  2026-11-20

Chain comes off 50 m drums so 200 m is fine, but I can only send 100 m on the 20th, the other 100 m on 4/12.

> 3  SHK-D-10-SS  D-shackle 10 mm A4 stainless  50 EA  GBP 6.20  2026-11-20

ok

> 4  FND-8x20  Fender 8in x 20in, white  24 EA  GBP 18.50  2026-11-27

These are £19.90 each now (manufacturer increase from 1/11), delivery as you asked.

>
> Delivery address: Harbourline Marine Services, Goods-in
>
> Kind regards
> Nicola Ferris
> Purchasing | Harbourline Marine Services
"""
    eml = reply_plain(po, "Pete Sandford <trade@solentchandlery.example>", d,
                      "<a3f81c2e-77d0-4b6a-9e15-0c4d2b8f6a91@solentchandlery.example>", body, flowed=False)
    case("inline-answers-in-quoted-po", [po], eml, "confirmation", [conf(po, {
        1: ACC, 2: chg(sched=[(100, "2026-11-20"), (100, "2026-12-04")]), 3: ACC, 4: chg(p="19.90")})],
        "Answers typed between the quoted PO lines (Thunderbird): line 2 split 100 m on the 20th and 100 m on 4/12 (day-first); line 4 new price with the manufacturer's increase date 1/11 as a trap; '50 m drums', '8 mm Grade 40', '8in x 20in' are traps.",
        "en-GB", "Inline answers under each quoted line; the quoted lines carry our requested dates.")


def c_partial_pos_nb():
    s = sup("BERGENBU", "Bergen Båtutstyr AS", "ordre@bergenbatutstyr.example", "nb-NO")
    po1 = PO("HMS-PO-7720", s, B_MAR, "2026-11-04", [
        ("BB-EPIRB-CAT2", "EPIRB Cat II, GPS, manuell utløsning", 6, "EA", "410.00", "2026-12-04"),
    ])
    po2 = PO("HMS-PO-7731", s, B_MAR, "2026-11-05", [
        ("BB-LIFEJ-150N", "Redningsvest 150N, automatisk, ISO 12402-3", 30, "EA", "64.00", "2026-12-04"),
        ("BB-FLARE-RED", "Håndbluss rødt, SOLAS", 60, "EA", "11.40", "2026-12-04"),
    ])
    d = when("2026-11-06 14:22", "+0100")
    reply = """Hei Nicola,

Takk for bestillingen HMS-PO-7731.

Redningsvester 150N: bekreftet, 30 stk à EUR 64,00, levering uke 49.
Håndbluss rød: kan dessverre ikke leveres – utgått hos produsenten, og vi har ingen erstatning med SOLAS-godkjenning.

Når det gjelder HMS-PO-7720 (EPIRB) kommer jeg tilbake til deg i morgen.

Med vennlig hilsen
Ingrid Haugen
Kundeservice | Bergen Båtutstyr AS | Bergen
"""
    eml = reply_outlook(po2, "Ingrid Haugen <ordre@bergenbatutstyr.example>", d,
                        "<OSLP279MB0915B0E6D1A3C2F7489A0E5B6D12@OSLP279MB0915.NORP279.PROD.OUTLOOK.example>",
                        reply, lang="en-GB", locale="nb-NO", subject="SV: " + po2.subject())
    assert kw_friday(2026, 49) == "2026-12-04"
    case("one-of-two-pos-week-equals-request", [po1, po2], eml, "confirmation", [conf(po2, {1: ACC, 2: REJ})],
         "Norwegian: HMS-PO-7731 answered (life jackets 'uke 49' = Friday 2026-12-04 = requested, so accepted; flares discontinued, rejected); HMS-PO-7720 only promised for tomorrow - left out. '150N', 'ISO 12402-3' are traps.",
         "nb-NO", "One of two POs answered, a week number that equals the request, and a rejection.")


def c_marine_hr():
    s = sup("DALMAR", "Dalmacija Marine d.o.o.", "nabava@dalmacija-marine.example", "hr-HR")
    po = PO("HMS-PO-7745", s, B_MAR, "2026-11-05", [
        ("DM-ROPE-12-DB", "Double braid rope 12 mm polyester, per m", 300, "M", "2.35", "2026-12-04"),
        ("DM-AF-PAINT-2.5L", "Antifouling paint 2.5 L, blue", 24, "EA", "79.00", "2026-12-04"),
        ("DM-BILGE-1100GPH", "Bilge pump 1100 GPH, 12 V", 10, "EA", "58.00", "2026-12-04"),
    ])
    d = when("2026-11-06 10:10", "+0100")
    reply = """Poštovana gđo Ferris,

zahvaljujemo na narudžbi HMS-PO-7745.

Stavka 1 (uže 12 mm, 300 m) – potvrđeno prema narudžbi.
Stavka 2 (antivegetativna boja 2,5 L) – proizvod je povučen s tržišta zbog nove EU regulative o biocidima, ne možemo ga isporučiti.
Stavka 3 (kaljužna pumpa 1100 GPH) – isporuka 14.12.

Srdačan pozdrav,
Ivana Marić
Dalmacija Marine d.o.o., Split
"""
    eml = reply_outlook(po, "Ivana Marić <nabava@dalmacija-marine.example>", d,
                        "<VE1PR05MB7290D1B4A0C9E3F2856B7A1C0E44@VE1PR05MB7290.eurprd05.prod.outlook.example>",
                        reply, lang="en-GB", locale="hr-HR", charset="iso-8859-2", cte="base64")
    assert next_on_or_after(d.date(), 12, 14) == "2026-12-14"
    case("marine-withdrawn-paint", [po], eml, "confirmation", [conf(po, {1: ACC, 2: REJ, 3: chg(d="2026-12-14")})],
         "Croatian (ISO-8859-2, base64): rope as ordered, antifouling paint withdrawn from the market (rejected), bilge pump '14.12.' without year. '1100 GPH', '12 V', '2,5 L' are traps.",
         "hr-HR", "Rejection for regulatory withdrawal plus a year-less day-first date.")


# ---- aerospace fasteners -----------------------------------------------------------------------

def c_aero_certs_us():
    s = sup("CASCADEAF", "Cascade Aerospace Fasteners LLC", "sales@cascade-af.example", "en-US")
    po = PO("SKY-PO-33018", s, B_AERO, "2026-11-02", [
        ("NAS1352-3-8P", "Socket head cap screw NAS1352-3-8P, CRES", 500, "EA", "1.86", "2026-12-04"),
        ("MS21042L3", "Nut, self-locking, reduced hex, MS21042L3", 2000, "EA", "0.4150", "2026-12-04"),
        ("NAS1149F0363P", "Washer, flat, NAS1149F0363P", 3000, "EA", "0.0520", "2026-12-04"),
        ("HL18PB-5-6", "Hi-Lok pin HL18PB-5-6, Ti-6Al-4V", 1000, "EA", "3.75", "2027-01-15"),
    ], currency="USD")
    d = when("2026-11-03 17:02", "-0800")
    reply = """Henrik,

Thank you for PO SKY-PO-33018. Order acknowledged as follows:

Lines 1-3: confirmed, qty and price per PO. These will ship 11/30/26 from our Kent, WA facility with C of C, mill certs and lot traceability per AS9100 / DFARS 252.225-7009.
Line 4 (Hi-Lok HL18PB-5-6): manufacturer lead time is currently 18 wks. Earliest ship date 03/19/2027, and the price has increased to $3.98/ea.

Please note our Quality Manual rev 2025-rev C applies; FAI per AS9102 is not included unless requested.

Best regards,
Jennifer Walsh
Inside Sales | Cascade Aerospace Fasteners LLC
22615 68th Ave S, Kent, WA 98032 | (253) 555-0119
ITAR registered | AS9100D / ISO 9001:2015 certified
"""
    assert D("2027-03-19").strftime("%A") == "Friday"
    eml = reply_outlook(po, "Jennifer Walsh <sales@cascade-af.example>", d,
                        "<MW4PR14MB5526A9C0E1F2B3D4765C8E0A1B39@MW4PR14MB5526.namprd14.prod.outlook.example>",
                        reply, lang="en", locale="en-US")
    case("aero-fasteners-ship-dates-certs", [po], eml, "confirmation", [conf(po, {
        1: chg(d="2026-11-30"), 2: chg(d="2026-11-30"), 3: chg(d="2026-11-30"),
        4: chg(p="3.98", d="2027-03-19")})],
        "US aerospace distributor: lines 1-3 'confirmed, qty and price per PO' but only a ship date 11/30/26 is given, which becomes the date (earlier than requested); line 4 ship 03/19/2027 at $3.98. Part numbers (NAS1352-3-8P, 0363), DFARS 252.225-7009, '2025-rev C', AS9102, ISO 9001:2015 and '18 wks' are traps.",
        "en-US", "'Confirmed per PO' lines still carry a different ship date; part numbers and spec numbers look like quantities and dates.")


def c_cadmium_question_fr_ca():
    s = sup("AALAUR", "Attaches Aéronautiques Laurentides inc.", "ventes@aa-laurentides.example", "fr-CA")
    po = PO("SKY-PO-33044", s, B_AERO, "2026-11-04", [
        ("NAS6204-10", "Bolt NAS6204-10, cadmium plated, NADCAP", 600, "EA", "4.85", "2027-01-08"),
        ("NAS1291C4", "Nut, self-locking, NAS1291C4", 1200, "EA", "0.98", "2027-01-08"),
    ], currency="USD")
    d = when("2026-11-05 13:25", "-0500")
    reply = """Bonjour M. Sand,

Merci pour votre commande SKY-PO-33044.

Petit enjeu de notre côté : votre commande exige un cadmiage par un sous-traitant accrédité NADCAP, mais notre fournisseur de traitement de surface a perdu son accréditation le mois passé. Est-ce que vous accepteriez une passivation (AMS 2700) à la place, ou préférez-vous qu'on attende la réaccréditation (prévue vers la mi-janvier)?

Dès qu'on a votre réponse, on vous revient avec la confirmation complète.

Merci et bonne journée,
Geneviève Tremblay
Service à la clientèle – Attaches Aéronautiques Laurentides inc.
Mirabel (Québec)
"""
    eml = reply_gmail(po, "Geneviève Tremblay <ventes@aa-laurentides.example>", d,
                      "<CAL4nV0bT8qX2wM6pZ1rY5sK9dH3fG7jE0cU4aI@mail.gmail.example>", reply, lang="fr",
                      charset="iso-8859-1", cte="quoted-printable")
    case("aero-nadcap-question", [po], eml, "needs_review", None,
         "Québec French: asks whether passivation (AMS 2700) may replace NADCAP cadmium plating or whether to wait for re-accreditation 'vers la mi-janvier'; will confirm after the answer.",
         "fr-CA", "A question with two options and a vague mid-January remark that is not a delivery commitment.")


def c_rivets_per100_de():
    s = sup("LNTHH", "Luftfahrt-Normteile Hamburg GmbH", "vertrieb@lnt-hamburg.example", "de-DE")
    po = PO("SKY-PO-33052", s, B_AERO, "2026-11-05", [
        ("NAS1097AD4-4", "Vollniet NAS1097AD4-4, Alu 2117-T4", 20000, "EA", "0.0790", "2026-12-11"),
        ("MS20470AD5-6", "Vollniet MS20470AD5-6, Alu 2117-T4", 10000, "EA", "0.0920", "2026-12-11"),
        ("NAS6604-12", "Bolzen NAS6604-12, Stahl, cad.", 400, "EA", "4.60", "2027-01-22"),
    ])
    d = when("2026-11-06 08:12", "+0100")
    body = f"""Hallo Herr Sand,

anbei unsere Bestätigung zu SKY-PO-33052:

Pos. 1  NAS1097AD4-4   Preis EUR 8,40 / 100 St., Liefertermin 11.12.
Pos. 2  MS20470AD5-6   wie bestellt
Pos. 3  NAS6604-12     Dienstag, KW 3/2027

Abnahmeprüfzeugnis EN 10204-3.1 (Charge 26-0412, Prüfdatum 14.10.2026) liegt jeder
Lieferung bei.

Gruß aus Hamburg
Torsten Meyer
Luftfahrt-Normteile Hamburg GmbH
Vertrieb Innendienst | Tel. 040 555 738-12

Am 05.11.2026 um 10:12 schrieb Henrik Sand:
{gt_quote(po.request_text())}
"""
    assert kw_day(2027, 3, 2) == "2027-01-19"
    eml = reply_plain(po, "Torsten Meyer <vertrieb@lnt-hamburg.example>", d,
                      "<9d4c21a7-0b6e-4f3a-8c15-7e2d9a0b4f68@lnt-hamburg.example>", body,
                      subject="AW: " + po.subject(), charset="iso-8859-15", cte="quoted-printable")
    case("rivets-per-100-tuesday-kw3", [po], eml, "confirmation", [conf(po, {
        1: chg(p=per("8.40", 100)), 2: ACC, 3: chg(d="2027-01-19")})],
        "German Thunderbird: pos. 1 price per 100 pieces (EUR 8,40/100 = 0.084) with date as requested; pos. 3 'Dienstag, KW 3/2027' = 2027-01-19 (a day named, so not Friday). Part numbers (AD4-4, 2117-T4), EN 10204-3.1 and the test date 14.10.2026 are traps.",
        "de-DE", "Price per 100 pieces and a calendar week with an explicit weekday.")

# ---- food ingredients --------------------------------------------------------------------------

def c_pepper_vi():
    s = sup("SAIGONSPICE", "Công ty TNHH Gia Vị Sài Gòn", "export@saigonspice.example", "vi-VN")
    po = PO("DV-PO-5521", s, B_FOOD, "2026-11-02", [
        ("PEP-BLK-550GL", "Black pepper whole, 550 g/l, ASTA quality", 12000, "KG", "6.80", "2027-01-15"),
        ("CAS-VN-SPLIT", "Cassia split, Vietnam, 3% oil", 5000, "KG", "4.20", "2027-01-15"),
    ], currency="USD")
    d = when("2026-11-04 16:45", "+0700")
    reply = """Dear Ms. Elise,

Cảm ơn chị đã gửi đơn hàng DV-PO-5521. Chúng tôi xác nhận như sau:

1. Tiêu đen 550 g/l (ASTA): xác nhận 12.000 kg, giá mới 6,95 USD/kg do giá nguyên liệu tăng.
2. Quế chẻ 3% dầu: hiện chỉ còn 3.000 kg, giá giữ nguyên 4,20 USD/kg.

Ngày xuất hàng (ETD cảng Cát Lái) cho cả hai mặt hàng: 08/01/2027.
Điều kiện: FOB HCMC, thanh toán L/C at sight.

Trân trọng,
Nguyễn Thị Lan
Phòng Xuất khẩu – Công ty TNHH Gia Vị Sài Gòn
"""
    eml = reply_gmail(po, "Nguyễn Thị Lan <export@saigonspice.example>", d,
                      "<CAM7rB2vX5nQ9wT1kY4pZ8sL0dG3fH6jC2eU5aO@mail.gmail.example>", reply, cte="base64")
    case("pepper-etd-dot-thousands", [po], eml, "confirmation", [conf(po, {
        1: chg(p="6.95", d="2027-01-08"), 2: chg(q=3000, d="2027-01-08")})],
        "Vietnamese (UTF-8, base64): '12.000 kg' and '3.000 kg' use dot thousands, '6,95' decimal comma; only an ETD 08/01/2027 (day-first) is given, so it is the date for both lines. '550 g/l', '3% oil', 'L/C at sight' are traps.",
        "vi-VN", "Vietnamese number conventions with only a port departure date.")


def c_cocoa_id():
    s = sup("KAKAONUS", "PT Kakao Nusantara", "sales@kakaonusantara.example", "id-ID")
    po = PO("DV-PO-5540", s, B_FOOD, "2026-11-03", [
        ("COC-PWD-1012-NAT", "Cocoa powder natural 10/12 fat", 20000, "KG", "8.20", "2026-12-18"),
        ("COC-BUT-DEO", "Cocoa butter deodorised", 5000, "KG", "11.60", "2026-12-18"),
    ], currency="USD")
    d = when("2026-11-05 14:10", "+0700")
    reply = """Yth. Ibu Elise Marchetti,

Terima kasih atas pesanan DV-PO-5540. Dengan ini kami konfirmasi:

Item 1 – Cocoa powder natural 10/12: 20.000 kg, harga USD 8.450 per MT.
Item 2 – Cocoa butter deodorised: 5.000 kg, sesuai PO.

Pengiriman untuk kedua item: ETD Jakarta 27 November 2026, ETA Genoa 18 Desember 2026 (CIF Genoa).
Sertifikat analisa (COA) dan sertifikat asal barang akan dikirim bersama dokumen.

Hormat kami,
Dewi Lestari
Export Sales – PT Kakao Nusantara, Makassar
"""
    assert Decimal("8450") / 1000 == Decimal("8.45")
    eml = reply_outlook(po, "Dewi Lestari <sales@kakaonusantara.example>", d,
                        "<SG2PR06MB5310E7A2C1B0D9F3486E2A0C1B55@SG2PR06MB5310.apcprd06.prod.outlook.example>",
                        reply, lang="en", locale="id-ID")
    case("cocoa-price-per-tonne-eta", [po], eml, "confirmation", [conf(po, {1: chg(p="8.45"), 2: ACC})],
         "Indonesian: price 'USD 8.450 per MT' uses a dot thousands separator = 8,450 USD/tonne = 8.45/kg (PO unit KG); ETD 27 November vs ETA Genoa 18 December - the arrival is the delivery and equals the request. '10/12' is a fat content, not a date.",
         "id-ID", "Per-tonne price with a dot thousands separator, ETD vs ETA, and '10/12' fat grade.")


def c_flavour_he():
    s = sup("GALILFL", "Galil Flavors Ltd", "orders@galilflavors.example", "he-IL")
    po = PO("DV-PO-5555", s, B_FOOD, "2026-11-04", [
        ("GF-VAN-NAT-4411", "Natural vanilla flavour WONF, 25 kg pail", 8, "PAIL", "412.00", "2026-12-09"),
        ("GF-HAZ-2207", "Hazelnut flavour, 25 kg pail", 4, "PAIL", "286.00", "2026-12-09"),
    ])
    d = when("2026-11-05 11:30", "+0200")
    reply = """שלום אליז,

קיבלנו את ההזמנה DV-PO-5555, תודה.

לגבי תמצית הוניל (GF-VAN-NAT-4411): המוצר עבר שינוי פורמולציה והגרסה החדשה ממתינה לאישור מחלקת הבטחת איכות. נחזור אלייך עם מועד אספקה לשני הפריטים לאחר האישור, כנראה בשבוע הבא.

בברכה,
יעל כהן
שירות לקוחות | גליל טעמים בע"מ
"""
    eml = reply_outlook(po, "יעל כהן <orders@galilflavors.example>", d,
                        "<VI1P195MB0640C9E0A3B1D2F7584E6A0C2D19@VI1P195MB0640.EURP195.PROD.OUTLOOK.example>",
                        reply, lang="en-GB", locale="he-IL", charset="windows-1255", cte="base64",
                        reply_html="<div dir=\"rtl\">" + p_html(reply) + "</div>")
    case("flavour-qa-pending-hebrew", [po], eml, "needs_review", None,
         "Hebrew (Windows-1255, base64, RTL HTML): order received, vanilla reformulation awaiting QA, delivery dates for both items promised 'probably next week' - nothing committed.",
         "he-IL", "Right-to-left receipt note that defers all dates until a QA approval.")


def c_spices_bg():
    s = sup("AGROHIM", "Агрохим Трейд ЕООД", "office@agrohim-trade.example", "bg-BG")
    po = PO("DV-PO-5566", s, B_FOOD, "2026-11-05", [
        ("PAP-SW-ASTA120", "Sweet paprika powder ASTA 120", 2000, "KG", "5.60", "2026-12-07"),
        ("COR-SEED-WH", "Coriander seed whole, 99% purity", 1500, "KG", "1.95", "2026-12-07"),
    ])
    d = when("2026-11-06 09:55", "+0200")
    reply = """Здравейте, г-жо Маркети,

Благодарим за поръчка DV-PO-5566.

Позиция 1 (червен пипер ASTA 120): потвърждаваме 2000 кг на цена 5,60 EUR/кг, доставка 07.12.2026.
Позиция 2 (кориандър на зърно): поради слабата реколта можем да предложим само 1000 кг, доставка също на 07.12.

Поздрави,
Петър Иванов
Търговски отдел, Агрохим Трейд ЕООД, Пловдив
"""
    eml = reply_outlook(po, "Петър Иванов <office@agrohim-trade.example>", d,
                        "<PA4PR03MB7120A0B9C8D7E6F5432A1B0C9D88@PA4PR03MB7120.eurprd03.prod.outlook.example>",
                        reply, lang="en-GB", locale="bg-BG", charset="windows-1251", cte="quoted-printable")
    case("paprika-coriander-short-crop", [po], eml, "confirmation", [conf(po, {1: ACC, 2: chg(q=1000)})],
         "Bulgarian (Windows-1251, QP): paprika as ordered, coriander reduced to 1000 kg because of a poor harvest, same date. 'ASTA 120', '99% purity' are traps.",
         "bg-BG", "Cyrillic Windows-1251 quantity reduction with a year-less repeated date.")

# ---- cosmetics packaging -------------------------------------------------------------------------

def c_jars_moq_br():
    s = sup("EMBPAUL", "Embalagens Paulista Ltda.", "exportacao@embpaulista.example", "pt-BR")
    po = PO("BT-PO-61260", s, B_COS, "2026-11-04", [
        ("JAR-50ML-PP-DW", "Pote 50 ml PP parede dupla, tampa rosca", 8000, "EA", "0.3400", "2026-12-18"),
        ("AIRLESS-30ML", "Frasco airless 30 ml, PP/ABS", 5000, "EA", "0.7100", "2026-12-18"),
    ], currency="USD")
    d = when("2026-11-05 15:20", "-0300")
    reply = """Olá Camille, tudo bem?

Segue confirmação do pedido BT-PO-61260:

Item 1 – Pote 50 ml parede dupla: nosso lote mínimo de produção é de 10.000 peças, então confirmamos 10.000 pçs a US$ 0,34.
Item 2 – Frasco airless 30 ml: confirmado conforme pedido, 5.000 pçs a US$ 0,71.

Embarque (FOB Santos) de ambos os itens em 04/12/2026.

Abraços,
Fernanda Lima
Exportação | Embalagens Paulista Ltda. | São Bernardo do Campo - SP
"""
    eml = reply_gmail(po, "Fernanda Lima <exportacao@embpaulista.example>", d,
                      "<CAP2wN6vT9rK1xQ4mZ7sB0dY3fH8gJ5lC1eV6aU@mail.gmail.example>", reply,
                      attr="Em qua., 4 de nov. de 2026 às 06:12, Camille Roux <camille.roux@belleterre-cosmetics.example> escreveu:")
    case("jars-moq-fob-shipment", [po], eml, "confirmation", [conf(po, {
        1: chg(q=10000, d="2026-12-04"), 2: chg(d="2026-12-04")})],
        "Brazilian Portuguese: MOQ raises line 1 to 10.000 pcs; both lines only have a FOB Santos shipment date 04/12/2026 (day-first), which becomes the date even for the line 'confirmado conforme pedido'. '50 ml', '30 ml' are traps.",
        "pt-BR", "'Confirmed as ordered' line whose only date is an earlier FOB shipment date.")


def c_tubes_ja():
    s = sup("TOHOTUBE", "Toho Tube Co., Ltd.", "eigyo@toho-tube.example", "ja-JP")
    po = PO("BT-PO-61275", s, B_COS, "2026-11-05", [
        ("TUBE-50-LDPE-OFF", "Tube LDPE 50 ml dia 35, offset 6 colours", 20000, "EA", "0.1850", "2027-01-29"),
        ("TUBE-100-LAM", "Laminate tube 100 ml dia 40, flip-top", 10000, "EA", "0.2600", "2027-01-29"),
    ], currency="USD")
    d = when("2026-11-06 18:40", "+0900")
    reply = """Belle Terre Cosmetics SAS
Camille Roux 様

いつもお世話になっております。東邦チューブの佐藤でございます。
ご注文（BT-PO-61275）ありがとうございます。下記の通りご確認申し上げます。

1. LDPEチューブ 50ml φ35
　数量・単価ともご注文通り、納期 1月29日（金）御社着。

2. ラミネートチューブ 100ml φ40
　原材料価格の高騰により、単価を 1,000本あたり 275.00 USD に改定となります。
　納期は 2月5日（金）御社着となります。

何卒よろしくお願い申し上げます。

東邦チューブ株式会社　営業部
佐藤 健一
TEL 03-5555-0172
"""
    assert D("2027-01-29").strftime("%A") == "Friday" and D("2027-02-05").strftime("%A") == "Friday"
    assert next_on_or_after(d.date(), 1, 29) == "2027-01-29"
    eml = reply_outlook(po, "佐藤 健一 <eigyo@toho-tube.example>", d,
                        "<TYCPR01MB8810C0A9B8E7D6F5123A4B0C9E66@TYCPR01MB8810.jpnprd01.prod.outlook.example>",
                        reply, lang="en", locale="ja-JP", charset="iso-2022-jp", cte="7bit")
    case("tubes-per-1000-japanese", [po], eml, "confirmation", [conf(po, {
        1: ACC, 2: chg(p=per("275.00", 1000), d="2027-02-05")})],
        "Japanese (ISO-2022-JP, 7bit): line 1 as ordered, '1月29日（金）' without year resolves to 2027-01-29; line 2 priced per 1,000 tubes (275.00 USD = 0.275/EA) and delivered 2月5日. 'φ35', '50ml', '6 colours' are traps.",
         "ja-JP", "Year-less Japanese dates in the next year and a price per 1,000 tubes, in ISO-2022-JP.")


def c_pumps_thai():
    s = sup("SIAMPACK", "Siam Pack Co., Ltd.", "sales@siampack.example", "th-TH")
    po = PO("BT-PO-61302", s, B_COS, "2026-11-06", [
        ("SP-PUMP-24-410", "Lotion pump 24/410, white", 30000, "EA", "0.0780", "2026-12-18"),
        ("SP-BOTTLE-PET-250", "PET bottle 250 ml, 24/410 neck, amber", 30000, "EA", "0.0910", "2026-12-18"),
    ], currency="USD")
    d = when("2026-11-09 15:05", "+0700")
    reply = """เรียน คุณ Camille

ขอบคุณสำหรับใบสั่งซื้อเลขที่ BT-PO-61302 บริษัทฯ ขอยืนยันดังนี้

รายการที่ 1 หัวปั๊ม 24/410 สีขาว จำนวน 30,000 ชิ้น ยืนยันตามใบสั่งซื้อ
รายการที่ 2 ขวด PET 250 มล. สีชา จำนวน 30,000 ชิ้น ราคาใหม่ 0.0950 USD/ชิ้น เนื่องจากราคาเม็ดพลาสติกปรับขึ้น

กำหนดส่งมอบทั้งสองรายการ วันที่ 18 ธ.ค. 2569

ขอแสดงความนับถือ
สมชาย ศรีสุข
ฝ่ายขาย บริษัท สยามแพ็ค จำกัด
"""
    eml = reply_outlook(po, "สมชาย ศรีสุข <sales@siampack.example>", d,
                        "<KL1PR02MB6283A9B0C1D2E3F4756A8B9C0D21@KL1PR02MB6283.apcprd02.prod.outlook.example>",
                        reply, lang="en", locale="th-TH", charset="tis-620", cte="base64")
    assert 2569 - 543 == 2026
    case("thai-buddhist-year", [po], eml, "confirmation", [conf(po, {1: ACC, 2: chg(p="0.0950")})],
         "Thai (TIS-620, base64): delivery '18 ธ.ค. 2569' is in the Buddhist era (2569 = 2026), i.e. 2026-12-18 as requested; line 2 new price 0.0950. '24/410' neck finish looks like a date.",
         "th-TH", "Buddhist-era year and a neck finish '24/410' that looks like a date.")


def c_display_cn():
    s = sup("HUAXIAN", "Shenzhen Huaxian Display Co., Ltd.", "sales@huaxian-display.example", "zh-CN")
    po = PO("BT-PO-61290", s, B_COS, "2026-11-04", [
        ("POP-ACR-3TIER", "Acrylic counter display 3-tier, 450x300x380", 300, "EA", "18.60", "2027-01-08"),
        ("LCD-10-LOOP", "10.1in LCD loop video player for display", 300, "EA", "26.00", "2027-01-08"),
    ], currency="USD")
    d = when("2026-11-05 10:20", "+0800")
    reply = """Camille 您好！

感谢您的订单 BT-PO-61290，确认如下：

1. 亚克力三层展示架（450x300x380）：300 个，单价 18.60 美元，2027年1月8日出货。
2. 10.1寸循环播放显示屏：因芯片涨价，单价调整为 27.30 美元；春节前产能紧张，分两批出货：1月8日 150 台，1月22日 150 台。

付款方式：30% 定金，70% 出货前付清。

祝好！
王丽娜 Lina Wang
深圳华显展示器材有限公司 销售部
电话：+86 755 5555 2180
"""
    eml = reply_gmail(po, "Lina Wang <sales@huaxian-display.example>", d,
                      "<CAQ5tM1wY8nR4vK7pX0sB3dZ6fG9hJ2lE5cU8aT@mail.gmail.example>", reply, charset="gb2312",
                      cte="base64")
    case("display-stands-split-chinese", [po], eml, "confirmation", [conf(po, {
        1: ACC, 2: chg(p="27.30", sched=[(150, "2027-01-08"), (150, "2027-01-22")])})],
        "Simplified Chinese (GB2312, base64): line 1 ships 2027-01-08 as requested; line 2 new price and split 150 on 1月8日 / 150 on 1月22日 (year-less, so 2027). '10.1寸', '450x300x380', '30% deposit' are traps.",
        "zh-CN", "Chinese split shipment with year-less dates that fall in the next year and a deposit percentage.")


# ---- flat glass ------------------------------------------------------------------------------------

def c_glass_cs():
    s = sup("SKLPOL", "Sklárny Polabí a.s.", "obchod@sklarny-polabi.example", "cs-CZ")
    po = PO("NHI-4502", s, B_INT, "2026-11-04", [
        ("FLT-4-CLR-3210x2250", "Float 4 mm čiré, jumbo 3210x2250", 120, "EA", "31.40", "2026-12-02"),
        ("LAM-33.1-CLR", "Vrstvené sklo 33.1 čiré, 3210x2250", 60, "EA", "88.00", "2026-12-02"),
        ("LOWE-4-1.1", "Low-E sklo 4 mm, Ug 1,1, 3210x2250", 80, "EA", "46.50", "2026-12-02"),
    ])
    d = when("2026-11-05 13:40", "+0100")
    reply = """Dobrý den, paní Lindqvist,

děkujeme za objednávku NHI-4502. Potvrzujeme:

Pol. 1 – float 4 mm: 120 tabulí dle objednávky.
Pol. 2 – VSG 33.1: dopravní A-stojan pojme 25 tabulí, potvrzujeme proto 75 ks (3 stojany).
Pol. 3 – Low-E 4 mm: cena 47,90 EUR/ks kvůli příplatku za energii.

Termín dodání pro všechny položky: středa 2. prosince. Stojany jsou vratné, zálohu 250 EUR/stojan dobropisujeme po vrácení.

S pozdravem
Petr Dvořák
obchodní oddělení | Sklárny Polabí a.s. | Nymburk
"""
    assert D("2026-12-02").strftime("%A") == "Wednesday"
    eml = reply_outlook(po, "Petr Dvořák <obchod@sklarny-polabi.example>", d,
                        "<VI1PR04MB5821B0C9D8E7F6A5432B1C0D9E77@VI1PR04MB5821.eurprd04.prod.outlook.example>",
                        reply, lang="en-GB", locale="cs-CZ", charset="windows-1250", cte="quoted-printable")
    case("glass-racks-33-1", [po], eml, "confirmation", [conf(po, {1: ACC, 2: chg(q=75), 3: chg(p="47.90")})],
         "Czech (Windows-1250): laminated glass raised to 75 sheets (3 A-frames of 25); Low-E new price 47,90; all delivered Wednesday 2 December as requested. '33.1' laminate build-up looks like a date, 'Ug 1,1', '3210x2250' and the rack deposit 250 EUR are traps.",
        "cs-CZ", "Glass build-up code '33.1' and a rack deposit next to real quantity and price changes.")

# ---- bearings ------------------------------------------------------------------------------------

def c_bearings_two_pos_gb():
    s = sup("MIDBEAR", "Midland Bearing Supplies Ltd", "sales@midlandbearings.example", "en-GB")
    po1 = PO("KD-40218", s, B_DRV, "2026-11-03", [
        ("6205-2RS1/C3", "Deep groove ball bearing 6205-2RS1/C3", 200, "EA", "4.12", "2026-11-26"),
        ("22220 E", "Spherical roller bearing 22220 E", 10, "EA", "168.00", "2026-11-26"),
    ], currency="GBP")
    po2 = PO("KD-40225", s, B_DRV, "2026-11-04", [
        ("NU 2210 ECP", "Cylindrical roller bearing NU 2210 ECP", 12, "EA", "96.40", "2026-12-03"),
        ("SY 30 TF", "Plummer block ball bearing unit SY 30 TF", 20, "EA", "38.75", "2026-12-03"),
        ("7312 BECBM", "Angular contact ball bearing 7312 BECBM", 8, "EA", "121.00", "2026-12-03"),
    ], currency="GBP")
    d = when("2026-11-05 16:58", "+0000")
    body = """Ravi,

Both your orders confirmed as follows:

KD-40218
  6205-2RS1/C3 x 200 @ 4.12 - 26/11
  22220 E      x 10  @ 168.00 - 26/11

KD-40225
  NU 2210 ECP  x 12 @ 96.40 - 3/12
  SY 30 TF     x 20 @ 38.75 - 12 off on 3/12, remaining 8 on 17/12
  7312 BECBM   - SKF have made the BECBM obsolete, we cannot supply it any longer. The BECBP is the
                 replacement if you want to raise a new line.

Regards
Steve Hollis
Midland Bearing Supplies Ltd
Unit 12 Pride Park, Derby DE24 8HX
"""
    eml = reply_plain(po2, "Steve Hollis <sales@midlandbearings.example>", d,
                      "<5f7a0b3e-2c41-4d8e-b6a9-1e0f3c7d2a58@midlandbearings.example>", body,
                      subject="Re: KD-40218 / KD-40225", refs_pos=[po1, po2], cte="7bit", charset="us-ascii")
    case("bearings-two-pos-one-mail", [po1, po2], eml, "confirmation", [
        conf(po1, {1: ACC, 2: ACC}),
        conf(po2, {1: ACC, 2: chg(sched=[(12, "2026-12-03"), (8, "2026-12-17")]), 3: REJ})],
        "One plain-text mail answers two POs: KD-40218 fully as ordered; KD-40225 plummer blocks split 12 on 3/12 and 8 on 17/12, 7312 BECBM obsolete (rejected). Bearing designations 6205, 22220, 2210, 'SY 30', 7312 look like quantities.",
        "en-GB", "Two POs in one terse table where bearing designations look like quantities.")


def c_bearings_pdf_sk():
    s = sup("LOZPOV", "Ložiská Považie s.r.o.", "objednavky@loziska-povazie.example", "sk-SK")
    po = PO("KD-40240", s, B_DRV, "2026-11-05", [
        ("6308-2Z", "Deep groove ball bearing 6308-2Z", 100, "EA", "7.80", "2026-12-10"),
        ("32210", "Tapered roller bearing 32210", 40, "EA", "14.60", "2026-12-10"),
        ("NJ 309", "Cylindrical roller bearing NJ 309", 20, "EA", "33.20", "2026-12-17"),
    ])
    d = when("2026-11-06 07:45", "+0100")
    rows = [
        ("LOZISKA POVAZIE s.r.o.", 12, True),
        "Priemyselna 4, 017 01 Povazska Bystrica, SK   ICO 36312451",
        "",
        ("POTVRDENIE OBJEDNAVKY c. PO-2026-03318", 13, True),
        "Odberatel: Kinetic Drives Ltd, Derby, UK",
        "Vasa objednavka: KD-40240 zo dna 05.11.2026",
        "Datum potvrdenia: 06.11.2026     Dodacie podmienky: DAP Derby     Splatnost: 45 dni",
        "",
        [(40, "Poz."), (75, "Nas kod"), (160, "Vas kod"), (235, "Popis"), (370, "Mnozstvo"), (420, "MJ"),
         (445, "Cena/MJ EUR"), (510, "Termin dodania")],
        [(40, "10"), (75, "LP-6308-2Z-CN"), (160, "6308-2Z"), (235, "Gulkove lozisko 6308-2Z"), (370, "100"),
         (420, "ks"), (445, "7,80"), (510, "10.12.2026")],
        [(40, "20"), (75, "LP-32210-A"), (160, "32210"), (235, "Kuzelove lozisko 32210"), (370, "40"),
         (420, "ks"), (445, "15,10"), (510, "10.12.2026")],
        [(40, "30"), (75, "LP-NJ309-ECP"), (160, "NJ 309"), (235, "Valcekove lozisko NJ 309"), (370, "20"),
         (420, "ks"), (445, "33,20"), (510, "tyzden 51")],
        "",
        "Celkom bez DPH: 2 048,00 EUR",
        "Ceny platia do 31.03.2027. Vyhotovil: Jana Hrivnakova",
    ]
    assert 100 * Decimal("7.80") + 40 * Decimal("15.10") + 20 * Decimal("33.20") == Decimal("2048.00")
    pdf = pdf_doc(rows, title="Potvrdenie objednavky PO-2026-03318", compress=True, producer="Money S5")
    body = """Dobrý deň,

v prílohe Vám zasielame potvrdenie objednávky KD-40240.

S pozdravom
Jana Hrivňáková
Ložiská Považie s.r.o.
"""
    eml = reply_plain(po, "Jana Hrivňáková <objednavky@loziska-povazie.example>", d,
                      "<PO-2026-03318.1762411500@loziska-povazie.example>", body,
                      subject="Potvrdenie objednávky KD-40240", charset="iso-8859-2",
                      attachments=[attachment(pdf, "application/pdf", "Potvrdenie_PO-2026-03318.pdf")],
                      ua="X-Mailer: Money S5 (Solitea)")
    assert kw_friday(2026, 51) == "2026-12-18"
    case("bearings-pdf-flate-tyzden", [po], eml, "confirmation", [conf(po, {
        1: ACC, 2: chg(p="15.10"), 3: chg(d="2026-12-18")})],
        "Slovak PDF acknowledgement (Flate-compressed content stream) with their positions 10/20/30 and own codes; item 20 price 15,10; item 30 'tyzden 51' = Friday 2026-12-18. Bearing numbers 6308, 32210, the price validity 31.03.2027 and '45 dni' are traps.",
        "sk-SK", "Compressed PDF with supplier positions, a week number in a date column and bearing numbers as codes.")

# ---- signage and displays ------------------------------------------------------------------------

def c_lightbox_el():
    s = sup("FOTEPI", "Foteines Epigrafes A.E.", "orders@fotepi.example", "el-GR")
    po = PO("NHI-4519", s, B_INT, "2026-11-05", [
        ("LB-SS-1200x600", "Light box single-sided 1200x600, LED", 12, "EA", "265.00", "2026-12-09"),
        ("ACR-LTR-300", "Acrylic 3D letters 300 mm, set", 4, "SET", "410.00", "2026-12-09"),
    ])
    d = when("2026-11-06 12:35", "+0200")
    reply = """Αγαπητή κα Lindqvist,

Σας ευχαριστούμε για την παραγγελία NHI-4519.

Θέση 1 (φωτεινό κουτί 1200x600): επιβεβαιώνουμε 12 τεμ. στην τιμή της παραγγελίας, παράδοση 16/12/2026.
Θέση 2 (ακρυλικά γράμματα 300 mm): επιβεβαιώνεται όπως η παραγγελία.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων – Φωτεινές Επιγραφές Α.Ε., Αθήνα
"""
    eml = reply_outlook(po, "Γιώργος Παπαδόπουλος <orders@fotepi.example>", d,
                        "<AM9PR01MB7300D2C1B0A9E8F7365C4D3E2F10@AM9PR01MB7300.eurprd01.prod.outlook.example>",
                        reply, lang="en-GB", locale="el-GR", charset="iso-8859-7", cte="quoted-printable")
    case("lightbox-greek-date", [po], eml, "confirmation", [conf(po, {1: chg(d="2026-12-16"), 2: ACC})],
         "Greek (ISO-8859-7, QP): light boxes delivered 16/12/2026 (a week late), letters as ordered. '1200x600' and '300 mm' are traps.",
         "el-GR", "Greek-script mail in a legacy charset with one moved date.")


def c_signs_oneliner_au():
    s = sup("SCSIGNS", "Southern Cross Signs Pty Ltd", "jobs@southerncrosssigns.example", "en-AU")
    po = PO("NHI-4550", s, B_INT, "2026-11-09", [
        ("SC-ACM-3MM-SIGN", "ACM sign panel 3 mm, 2400x1200, printed", 16, "EA", "145.00", "2026-12-04"),
        ("SC-STANDOFF-25", "Stand-off 25x25 mm, brushed SS, pack of 4", 40, "PK", "12.00", "2026-12-04"),
    ], currency="USD")
    d = when("2026-11-10 07:41", "+1100")
    body = f"""All good Sofia, confirmed as per PO. Cheers

Brett

Sent from my iPhone

On 9 Nov 2026, at 20:12, Sofia Lindqvist <sofia.lindqvist@nordhaus-interiors.example> wrote:

{gt_quote(po.request_text())}
"""
    eml = reply_plain(po, "Brett Collins <jobs@southerncrosssigns.example>", d,
                      "<B1E7C4A2-6F0D-4E3B-9A85-2C7D1F0E6B39@southerncrosssigns.example>", body,
                      ua="X-Mailer: iPhone Mail (22B91)", cte="7bit", charset="us-ascii")
    case("iphone-one-liner-as-per-po", [po], eml, "confirmation", [conf(po, {1: ACC, 2: ACC})],
         "Australian iPhone one-liner 'confirmed as per PO' on top of the quoted PO; all values come from the PO. The quoted attribution time is in the supplier's zone; 'pack of 4', '25x25', '2400x1200' are traps.",
         "en-AU", "A one-line mobile confirmation: the quoted PO holds all the numbers.")

# ---- more replies -----------------------------------------------------------------------------------

def c_filters_week_fi():
    s = sup("SUODPAL", "Suodatinpalvelu Oy", "tilaukset@suodatinpalvelu.example", "fi-FI")
    po = PO("NHI-4541", s, B_INT, "2026-11-06", [
        ("SP-ePM1-70-592", "Pussisuodatin ePM1 70 %, 592x592x600", 60, "EA", "21.30", "2026-11-27"),
        ("SP-COARSE-287", "Karkeasuodatin Coarse 60 %, 287x592x48", 100, "EA", "3.70", "2026-11-27"),
    ])
    d = when("2026-11-09 08:20", "+0200")
    reply = """Hei Sofia,

Kiitos tilauksesta NHI-4541. Vahvistamme tilauksen, toimitus viikolla 48.
Rivin 2 hinta on kuitenkin 3,95 €/kpl (hinnasto 1.10.2026 alkaen).

Ystävällisin terveisin
Mikko Virtanen
Suodatinpalvelu Oy, Tampere
"""
    assert kw_friday(2026, 48) == "2026-11-27"
    eml = reply_gmail(po, "Mikko Virtanen <tilaukset@suodatinpalvelu.example>", d,
                      "<CAR8uN3xZ6pT0wL9qY2sC5dA1fJ4gK7hE8bV3mW@mail.gmail.example>", reply,
                      attr="ma 9.11.2026 klo 10.12 Sofia Lindqvist <sofia.lindqvist@nordhaus-interiors.example> kirjoitti:")
    case("finnish-week-equals-request", [po], eml, "confirmation", [conf(po, {1: ACC, 2: chg(p="3.95")})],
         "Finnish: 'toimitus viikolla 48' = Friday 2026-11-27 = requested, so line 1 is accepted; line 2 new price from the price list dated 1.10.2026 (a list date, not a delivery). '70 %', '592x592x600' are traps.",
         "fi-FI", "A week number that resolves to the requested date and a price-list date that is not a delivery.")


def c_gloves_ms():
    s = sup("PERAKGLV", "Syarikat Sarung Tangan Perak Sdn Bhd", "export@perakgloves.example", "ms-MY")
    po = PO("NG-260490", s, B_MED, "2026-11-06", [
        ("PG-NIT-S", "Nitrile exam glove S, box 100", 2000, "BX", "3.10", "2027-01-08"),
        ("PG-NIT-M", "Nitrile exam glove M, box 100", 3000, "BX", "3.10", "2027-01-08"),
        ("PG-NIT-XL", "Nitrile exam glove XL, box 90", 500, "BX", "3.10", "2027-01-08"),
    ], currency="USD")
    d = when("2026-11-10 10:15", "+0800")
    reply = """Salam sejahtera Cik Aoife,

Terima kasih atas pesanan NG-260490. Untuk makluman:

1) Saiz S dan M: disahkan, kuantiti seperti pesanan. Harga terkini USD 30.50 per karton (10 kotak).
2) Saiz XL (kotak 90): tidak lagi dikeluarkan sejak Oktober, maaf kami tidak dapat membekalkan.

Penghantaran: ETD Port Klang minggu ke-51.

Sekian, terima kasih.
Nurul Aisyah binti Hassan
Eksport – Syarikat Sarung Tangan Perak Sdn Bhd, Ipoh
"""
    assert kw_friday(2026, 51) == "2026-12-18"
    eml = reply_outlook(po, "Nurul Aisyah <export@perakgloves.example>", d,
                        "<SI2PR04MB5290E1D0C9B8A7F6543E2D1C0B88@SI2PR04MB5290.apcprd04.prod.outlook.example>",
                        reply, lang="en", locale="ms-MY")
    case("malay-gloves-carton-price-week", [po], eml, "confirmation", [conf(po, {
        1: chg(p=per("30.50", 10), d="2026-12-18"), 2: chg(p=per("30.50", 10), d="2026-12-18"), 3: REJ})],
        "Malay: S and M priced USD 30.50 per carton of 10 boxes (3.05 per box, PO unit BX); only an ETD 'minggu ke-51' (Friday 2026-12-18, earlier than requested); XL no longer produced - rejected. 'box 90', 'box 100' are traps.",
        "ms-MY", "Carton price to convert, a shipping week without a day, and a discontinued size.")


def c_csv_multi_po_us():
    s = sup("KEYSTONE", "Keystone Electronic Supply", "oa@keystone-elec.example", "en-US")
    po1 = PO("4500032101", s, B_EMS, "2026-11-06", [
        ("TPS54331DR", "Buck converter 3A 28V, SOIC-8", 2500, "EA", "0.8600", "2026-12-04"),
        ("SN74LVC1G08DBVR", "Single AND gate, SOT-23-5", 6000, "EA", "0.0720", "2026-12-04"),
    ], currency="USD")
    po2 = PO("4500032115", s, B_EMS, "2026-11-09", [
        ("STM32G071RBT6", "MCU Arm Cortex-M0+ 128KB, LQFP-64", 1200, "EA", "2.4500", "2027-01-08"),
    ], currency="USD")
    po3 = PO("4500032120", s, B_EMS, "2026-11-09", [
        ("BSS138LT1G", "N-MOSFET 50V 200mA, SOT-23", 9000, "EA", "0.0350", "2026-12-11"),
        ("NRF52840-QIAA-R", "BLE SoC nRF52840, aQFN-73", 1500, "EA", "3.9800", "2027-01-15"),
    ], currency="USD")
    d = when("2026-11-10 13:47", "-0500")
    csv = ("Customer PO,PO Line,Keystone SO,SO Line,Customer Part,Mfr Part,Qty Ordered,Qty Confirmed,Unit Price USD,"
           "Confirmed Dock Date,Notes\r\n"
           "4500032101,1,SO-774210,1,TPS54331DR,TPS54331DR,2500,2500,0.8600,12/04/2026,\r\n"
           "4500032101,2,SO-774210,2,SN74LVC1G08DBVR,SN74LVC1G08DBVR,6000,6000,0.0720,12/18/2026,Mfr backlog\r\n"
           "4500032120,1,SO-774233,1,BSS138LT1G,BSS138LT1G,9000,9000,0.0350,12/11/2026,\r\n"
           "4500032120,2,SO-774233,2,NRF52840-QIAA-R,NRF52840-QIAA-R,1500,1500,4.1200,03/26/2027,NCNR - allocation; price per Nordic PCN 2026-11\r\n")
    body = """Hi Marta,

Attached are acknowledgments for two of your three open POs (4500032101 and 4500032120) in the usual CSV format.
4500032115 (STM32) is still waiting on ST's factory ack - I'll send that one separately once I have it.

Please note line 2 on 4500032120 is NCNR.

Thanks,
Rachel Kim
Order Management | Keystone Electronic Supply | Allentown, PA
"""
    msg_id = "<CAH2bT5nW8qR1xK4mV7pZ0sY3dJ6fG9lC2eN5aQ@mail.gmail.example>"
    t_alt = multi("alternative", bnd(msg_id, "gmail"), [text(body, "plain", "utf-8", "7bit"),
                                                         text(simple_html(body), "html", "utf-8", "7bit")])
    b = multi("mixed", bnd(msg_id + "m", "gmail"), [t_alt, attachment(csv.encode("ascii"), "text/csv",
                                                                       "Keystone_OA_20261110.csv")])
    eml = message("Rachel Kim <oa@keystone-elec.example>", "Marta Kowalczyk <marta.kowalczyk@voltline-ems.example>",
                  "Order acknowledgments - Voltline open POs", d, msg_id, b, po1.msgid,
                  " ".join([po1.msgid, po3.msgid]))
    assert D("2027-03-26").strftime("%A") == "Friday"
    case("csv-two-of-three-pos", [po1, po2, po3], eml, "confirmation", [
        conf(po1, {1: ACC, 2: chg(d="2026-12-18")}),
        conf(po3, {1: ACC, 2: chg(p="4.12", d="2027-03-26")})],
        "CSV acknowledgment covering 2 of 3 open POs (the third, 4500032115, is explicitly pending and left out); US MM/DD/YYYY dock dates; Ordered vs Confirmed columns; the PCN reference '2026-11' in a note is not a date.",
        "en-US", "Several POs answered through a CSV attachment while one open PO is explicitly still pending.")


def c_html_only_inline_red_de():
    s = sup("MEDITEX", "MediTex Einwegartikel GmbH", "vertrieb@meditex-einweg.example", "de-DE")
    po = PO("NG-260502", s, B_MED, "2026-11-09", [
        ("MT-OP-MASK-IIR", "OP-Maske Typ IIR, EN 14683, Box à 50", 400, "BX", "4.40", "2026-11-30"),
        ("MT-UNTERLAGE-60x90", "Krankenunterlage 60x90 cm, 5-lagig", 2000, "EA", "0.2300", "2026-11-30"),
        ("MT-TUPFER-45x45", "Mulltupfer steril 45x45 mm, 5 Stk./Pack", 3000, "PK", "0.3800", "2026-11-30"),
    ])
    d = when("2026-11-10 11:08", "+0100")
    red = 'style="color:#C00000"'
    rows = "".join(
        f"<tr><td><p class=\"MsoNormal\">{ln['line']}</p></td><td><p class=\"MsoNormal\">{esc(ln['item'])}</p></td>"
        f"<td><p class=\"MsoNormal\">{esc(ln['description'])}</p></td><td><p class=\"MsoNormal\">{ln['quantity']} {ln['uom']}</p></td>"
        f"<td><p class=\"MsoNormal\">EUR {ln['unit_price']}</p></td><td><p class=\"MsoNormal\">{ln['requested_date']}</p></td>"
        f"<td><p class=\"MsoNormal\"><b><span {red}>{ans}</span></b></p></td></tr>"
        for ln, ans in zip(po.lines, ["ok", "Karton à 150 Stk. &#8594; 2.100 Stk.", "KW 50"]))
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
<body lang="DE" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Hallo Frau Brennan,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">unsere Antworten finden Sie unten <span {red}>in Rot</span> in Ihrer Tabelle. Preise wie bestellt.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mit freundlichen Grüßen / Kind regards<br>Stefanie Wagner<br>MediTex Einwegartikel GmbH | Vertrieb Export<br>Industriestraße 7, 89231 Neu-Ulm<o:p></o:p></p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Von:</b> Aoife Brennan &lt;aoife.brennan@northgate-health.example&gt;<br><b>Gesendet:</b> Montag, 9. November 2026 10:12<br><b>An:</b> vertrieb@meditex-einweg.example<br><b>Betreff:</b> {esc(po.subject())}</p>
</div>
<p class="MsoNormal">Dear Sir or Madam,</p>
<p class="MsoNormal">please find attached our purchase order NG-260502 of 2026-11-09. Kindly confirm quantities, prices and delivery dates by return e-mail.</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Pos</b></p></td><td><p class="MsoNormal"><b>Item</b></p></td><td><p class="MsoNormal"><b>Description</b></p></td><td><p class="MsoNormal"><b>Qty</b></p></td><td><p class="MsoNormal"><b>Unit price</b></p></td><td><p class="MsoNormal"><b>Requested</b></p></td><td><p class="MsoNormal"><b>&nbsp;</b></p></td></tr>
{rows}
</table>
<p class="MsoNormal">Kind regards<br>Aoife Brennan<br>Purchasing | Northgate Health Supplies Ltd</p>
</div></body></html>
"""
    assert kw_friday(2026, 50) == "2026-12-11"
    msg_id = "<FRYP281MB2760A1B2C3D4E5F60718293A4B5C@FRYP281MB2760.DEUP281.PROD.OUTLOOK.example>"
    eml = message("Stefanie Wagner <vertrieb@meditex-einweg.example>",
                  "Aoife Brennan <aoife.brennan@northgate-health.example>", "AW: " + po.subject(), d, msg_id,
                  text(htm, "html", "utf-8", "quoted-printable"), po.msgid, po.msgid,
                  extra=outlook_headers("de-DE", "AW: " + po.subject()))
    case("html-only-red-answers-in-table", [po], eml, "confirmation", [conf(po, {
        1: ACC, 2: chg(q=2100), 3: chg(d="2026-12-11")})],
        "HTML-only Outlook reply: answers typed in red into an extra column of the quoted PO table ('ok', 'Karton à 150 Stk. → 2.100 Stk.', 'KW 50' = Friday 2026-12-11); 'Preise wie bestellt'. The requested-date column and 'EN 14683', '60x90', '45x45 mm', '5 Stk./Pack' are traps.",
        "de-DE", "HTML-only answers typed into a new column of our quoted table, next to our requested dates.")


# ===========================================================================
# not confirmations
# ===========================================================================

def c_will_revert_in():
    s = sup("DECCANFORGE", "Deccan Forge & Stampings Pvt. Ltd.", "marketing@deccanforge.example", "en-IN")
    po = PO("CA-7730530", s, B_AUTO, "2026-11-09", [
        ("FLG-2210-F", "Forged flange, C45, machined, PPAP L2", 1500, "EA", "6.40", "2027-01-22"),
        ("HUB-3305-B", "Hub blank, 42CrMo4, forged", 800, "EA", "11.85", "2027-01-22"),
    ], currency="USD")
    d = when("2026-11-10 18:04", "+0530")
    reply = """Dear Luis ji,

Greetings!

Well received your PO CA-7730530, thank you for the same. Our planning team is checking the die availability for the HUB-3305-B and raw material (42CrMo4) allotment from the mill.

We will revert with the delivery schedule for both items by Thursday.

Thanks & Regards,
Sandeep Patil
Marketing Manager | Deccan Forge & Stampings Pvt. Ltd. | Chakan, Pune
"""
    eml = reply_gmail(po, "Sandeep Patil <marketing@deccanforge.example>", d,
                      "<CAD3rW7nY0pT4xK8qM1sB5dZ9fH2gJ6lE3cU7aV@mail.gmail.example>", reply)
    case("will-revert-by-thursday", [po], eml, "needs_review", None,
         "Indian English 'well received ... we will revert with the delivery schedule by Thursday' - an acknowledgment of receipt with a promise, no commitment; 'Thursday' is the reply deadline, not a delivery.",
         "en-IN", "Receipt plus a promise to revert by a weekday - a date that is not a delivery.")


def c_contradiction_it():
    s = sup("VETROPAD", "Vetreria Padana S.r.l.", "commerciale@vetreriapadana.example", "it-IT")
    po = PO("NHI-4562", s, B_INT, "2026-11-09", [
        ("VP-TEMP-8-CLR", "Vetro temperato 8 mm extrachiaro, 1000x2100", 40, "EA", "96.00", "2026-12-04"),
        ("VP-SAT-6-ACID", "Vetro satinato acidato 6 mm, 1000x2100", 25, "EA", "71.00", "2026-12-04"),
    ])
    d = when("2026-11-10 17:22", "+0100")
    rows = [
        ("VETRERIA PADANA S.r.l.", 12, True),
        "Via dell'Industria 21, 46100 Mantova - P.IVA IT01987650203",
        "",
        ("CONFERMA D'ORDINE N. 26/1187", 13, True),
        "Vs. ordine: NHI-4562 del 09/11/2026",
        "",
        [(40, "Pos."), (75, "Codice"), (175, "Descrizione"), (360, "Q.ta"), (400, "Prezzo EUR"), (470, "Consegna")],
        [(40, "1"), (75, "VP-TEMP-8-CLR"), (175, "Temperato 8 mm extrachiaro"), (360, "40"), (400, "96,00"), (470, "18/12/2026")],
        [(40, "2"), (75, "VP-SAT-6-ACID"), (175, "Satinato acidato 6 mm"), (360, "25"), (400, "74,50"), (470, "18/12/2026")],
        "",
        "Pagamento: bonifico 60 gg d.f.f.m.   Resa: franco destino",
    ]
    pdf = pdf_doc(rows, title="Conferma d'ordine 26/1187", producer="TeamSystem Enterprise")
    reply = """Buonasera Sofia,

confermiamo tutto come da vostro ordine NHI-4562, consegna il 4 dicembre.
In allegato la nostra conferma d'ordine.

Cordiali saluti
Luca Bertolini
Vetreria Padana S.r.l.
"""
    eml = reply_outlook(po, "Luca Bertolini <commerciale@vetreriapadana.example>", d,
                        "<DB7PR08MB3050F0E1D2C3B4A5968F7E6D5C41@DB7PR08MB3050.eurprd08.prod.outlook.example>",
                        reply, lang="en-GB", locale="it-IT", subject="R: " + po.subject(),
                        attachments=[attachment(pdf, "application/pdf", "CO_26-1187.pdf")])
    case("body-and-pdf-contradict", [po], eml, "needs_review", None,
         "Italian: the mail body confirms everything as ordered for 4 December, but the attached PDF order confirmation says delivery 18/12/2026 for both lines and 74,50 instead of 71,00 for line 2. A careful buyer cannot tell which applies.",
         "it-IT", "Body says 'as ordered, 4 December'; the attached PDF says 18 December and a higher price.")


def c_later_sv():
    s = sup("VASTGLAS", "Västkustens Glas & Fönster AB", "order@vastglas.example", "sv-SE")
    po = PO("NHI-4570", s, B_INT, "2026-11-10", [
        ("VG-ISO-3GL-1190x1190", "Isolerglas 3-glas 4-16-4-16-4, 1190x1190", 24, "EA", "118.00", "2026-12-16"),
    ])
    d = when("2026-11-11 08:47", "+0100")
    reply = """Hej Sofia,

Tack, ordern är mottagen och registrerad hos oss.
Vi återkommer med orderbekräftelse så snart vi fått besked från fabriken, troligen i vecka 47.

Hälsningar
Lena Johansson
Innesälj, Västkustens Glas & Fönster AB
"""
    eml = reply_outlook(po, "Lena Johansson <order@vastglas.example>", d,
                        "<GVXP190MB1820C1D0E9F8A7B6543C2D1E0F99@GVXP190MB1820.EURP190.PROD.OUTLOOK.example>",
                        reply, lang="en-GB", locale="sv-SE", subject="SV: " + po.subject())
    case("confirmation-promised-week-47", [po], eml, "needs_review", None,
         "Swedish: order received and registered, confirmation promised 'troligen i vecka 47' - the week number is when they will answer, not a delivery. '4-16-4-16-4' glazing build-up is a trap.",
         "sv-SE", "A week number that tells when the confirmation will come, not when goods arrive.")


def c_options_gb():
    s = sup("MIDBEAR", "Midland Bearing Supplies Ltd", "sales@midlandbearings.example", "en-GB")
    po = PO("KD-40251", s, B_DRV, "2026-11-09", [
        ("6205-2RS1/C3", "Deep groove ball bearing 6205-2RS1/C3", 200, "EA", "4.12", "2026-11-27"),
        ("6206-2Z", "Deep groove ball bearing 6206-2Z", 120, "EA", "5.05", "2026-11-27"),
    ], currency="GBP")
    d = when("2026-11-10 09:12", "+0000")
    reply = """Morning Ravi,

Before I put this one on - SKF have a promotion running until 30/11: if you take 500 of the 6205-2RS1/C3 instead of 200 I can do them at £3.90 each, otherwise they stay at £4.12. The 6206-2Z I can get either from Schweinfurt (27/11) or from stock in a different brand (FAG) tomorrow.

Let me know which way you want to go on both and I'll confirm straight away.

Regards
Steve
"""
    eml = reply_outlook(po, "Steve Hollis <sales@midlandbearings.example>", d,
                        "<LO0P265MB6044E2F1A0B9C8D7365E4F3A2B10@LO0P265MB6044.GBRP265.PROD.OUTLOOK.example>",
                        reply, lang="en-GB", locale="en-GB")
    case("options-offered-awaiting-choice", [po], eml, "needs_review", None,
         "Supplier offers alternatives (500 pcs at 3.90 vs 200 at 4.12; factory 27/11 vs another brand tomorrow) and waits for the buyer's choice before confirming; promotion end date 30/11 is a trap.",
         "en-GB", "Two options per line with prices and dates, but nothing chosen or confirmed.")


def c_vague_da():
    s = sup("JYSKFLISE", "Jysk Flise & Byggevarer A/S", "salg@jyskflise.example", "da-DK")
    po = PO("BBC-26-1004", s, B_BUILD, "2026-11-10", [
        ("JF-KLINK-24x24", "Klinker 24x24 rød, 1,44 m²/pk", 288, "M2", "17.50", "2026-12-14"),
    ])
    d = when("2026-11-11 14:30", "+0100")
    reply = """Hej Tomasz

Tak for ordren. Klinkerne kommer fra fabrikken i Portugal, og leveringen bliver enten sidst i december eller først i januar – det afhænger af, hvornår de kører næste brænding. Prisen holder.

Jeg giver besked, når jeg ved mere.

Mvh
Søren Nielsen
Jysk Flise & Byggevarer A/S, Aarhus
"""
    eml = reply_gmail(po, "Søren Nielsen <salg@jyskflise.example>", d,
                      "<CAS1vB4xN7qR0wT3mK6pZ9sY2dF5gH8jL1cE4aX@mail.gmail.example>", reply,
                      attr="tir. 10. nov. 2026 kl. 10.12 skrev Tomasz Wrona <t.wrona@baltic-build.example>:")
    case("vague-late-december-or-january", [po], eml, "needs_review", None,
         "Danish: delivery 'either late December or early January', depending on the next kiln firing; price holds but no date can be recorded and the supplier will report back.",
         "da-DK", "A vague date range and 'I'll let you know' - not a datable commitment.")

# ---- auto replies --------------------------------------------------------------------------------

def c_ooo_ja():
    s = sup("KANSAIBEAR", "Kansai Bearing Trading Co., Ltd.", "kaigai@kansai-bearing.example", "ja-JP")
    po = PO("KD-40262", s, B_DRV, "2026-11-10", [
        ("NN3020KTN9/SP", "Double row cylindrical roller bearing NN3020KTN9/SP", 4, "EA", "410.00", "2027-01-29"),
    ], currency="USD")
    d = when("2026-11-10 18:12:07", "+0900")
    body = """このメールは自動送信です。

誠に勝手ながら、11月11日（水）から11月16日（月）まで出張のため不在にしております。
期間中はメールの確認ができませんので、お急ぎの方は営業部 田中（tanaka@kansai-bearing.example）までご連絡ください。

I am out of the office on a business trip from 11 to 16 November and will reply after my return.

関西ベアリング商事株式会社
海外営業課　山本
"""
    eml = reply_plain(po, "山本 <kaigai@kansai-bearing.example>", d,
                      "<autoreply.20261110091207.5521@kansai-bearing.example>", body,
                      subject="自動返信: " + po.subject(), charset="iso-2022-jp", cte="7bit", ua=None,
                      extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    case("ooo-japanese-business-trip", [po], eml, "auto_reply", None,
         "Japanese ISO-2022-JP out-of-office (business trip 11月11日-11月16日) with an English line; Auto-Submitted header.",
         "ja-JP", "Bilingual out-of-office with two absence dates in Japanese form.")


def c_ooo_fr():
    s = sup("EMBALYON", "Emballages du Rhône SAS", "adv@emballages-rhone.example", "fr-FR")
    po = PO("BT-PO-61322", s, B_COS, "2026-11-10", [
        ("ER-FLACON-100-VERRE", "Flacon verre 100 ml, bague GCMI 24/410", 12000, "EA", "0.3900", "2026-12-18"),
    ])
    d = when("2026-11-10 10:12:33", "+0100")
    txt = """Bonjour,

Je suis absente du lundi 09/11 au vendredi 13/11 inclus. Je prendrai connaissance de votre message à mon retour.
Pour toute demande urgente concernant une commande, merci de contacter l'ADV au 04 72 55 08 90 ou adv2@emballages-rhone.example.

Bien cordialement,
Sophie Garnier
Emballages du Rhône SAS
"""
    msg_id = "<OOF-20261110091233-7a2e@emballages-rhone.example>"
    alt = multi("alternative", bnd(msg_id, "outlook"), [text(txt, "plain", "iso-8859-1", "quoted-printable"),
                                                         text("<html><body>" + p_html(txt) + "</body></html>\n", "html", "iso-8859-1", "quoted-printable")])
    eml = message("Sophie Garnier <adv@emballages-rhone.example>", "Camille Roux <camille.roux@belleterre-cosmetics.example>",
                  "Réponse automatique : " + po.subject(), d, msg_id, alt, po.msgid, po.msgid,
                  extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"],
                  scharset="iso-8859-1")
    case("ooo-french-absente", [po], eml, "auto_reply", None,
         "French Exchange out-of-office ('Réponse automatique', ISO-8859-1 encoded subject) with absence dates 09/11-13/11; the PO's '24/410' finish is unrelated.",
         "fr-FR", "Threaded out-of-office with day/month absence dates.")


def c_ticket_pl():
    s = sup("POLCHEM", "PolChem Dystrybucja Sp. z o.o.", "zamowienia@polchem-dystrybucja.example", "pl-PL")
    po = PO("PO-26-12031", s, B_CHEM, "2026-11-10", [
        ("PC-ETANOL-96-IBC", "Etanol 96 % skażony, IBC 1000 l", 2, "IBC", "1390.00", "2026-12-02"),
    ])
    d = when("2026-11-10 10:13:02", "+0100")
    body = """Dzień dobry,

dziękujemy za wiadomość. Twoje zgłoszenie zostało zarejestrowane w naszym systemie pod numerem #48211.

Temat: Purchase order PO-26-12031 - please confirm
Priorytet: normalny
Status: nowe

Zamówienia są realizowane w kolejności wpływu. Potwierdzenie zamówienia otrzymasz w osobnej wiadomości w ciągu 2 dni roboczych.

Prosimy nie odpowiadać na tę wiadomość - została wygenerowana automatycznie.

--
Dział Obsługi Zamówień
PolChem Dystrybucja Sp. z o.o., ul. Chemików 5, 09-411 Płock
"""
    eml = reply_plain(po, "PolChem BOK <noreply@polchem-dystrybucja.example>", d,
                      "<ticket-48211-1762765982@helpdesk.polchem-dystrybucja.example>", body,
                      subject="[#48211] Zgłoszenie zarejestrowane: Purchase order PO-26-12031 - please confirm",
                      charset="utf-8", cte="base64", ua=None,
                      extra=["Auto-Submitted: auto-generated", "X-Mailer: osTicket Mailer", "Precedence: bulk"])
    case("ticket-registered-polish", [po], eml, "auto_reply", None,
         "Polish helpdesk auto-acknowledgment (ticket #48211, base64) threaded on our request; promises a confirmation within 2 working days. '96 %' and '1000 l' are only in the PO.",
         "pl-PL", "Ticket system receipt that quotes the PO subject and a processing time.")


def c_ooo_es_ar():
    s = sup("PAMPAQUIM", "Pampa Química S.A.", "ventas@pampaquimica.example", "es-AR")
    po = PO("PO-26-12040", s, B_CHEM, "2026-11-10", [
        ("PQ-GLIC-TAMB", "Glicerina USP 99,7 %, tambor 250 kg", 20, "DR", "395.00", "2027-01-15"),
    ], currency="USD")
    d = when("2026-11-10 06:12:18", "-0300")
    body = """Respuesta automática:

Hola, estaré fuera de la oficina hasta el lunes 16 de noviembre inclusive, sin acceso al correo.
Para consultas comerciales podés escribirle a Martín Acosta (macosta@pampaquimica.example).

Saludos,
Florencia Giménez
Pampa Química S.A. - Zárate, Buenos Aires
"""
    eml = reply_plain(po, "Florencia Giménez <ventas@pampaquimica.example>", d,
                      "<CAOOO7q2Wn5Rk8Tz1Xp4Ms9Yd3Fg6Hj0Lc2Eb5Au@mail.gmail.example>", body,
                      subject="Fuera de la oficina: " + po.subject(), ua=None,
                      extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])
    case("ooo-argentine-vacation", [po], eml, "auto_reply", None,
         "Argentine Spanish Gmail vacation responder (Auto-Submitted) 'hasta el lunes 16 de noviembre inclusive' - a return date, not a delivery.",
         "es-AR", "Vacation auto-reply with a weekday and date that could be mistaken for a delivery date.")


def c_shared_inbox_us():
    s = sup("ATLLAB", "Atlantic Lab Supply Co.", "orders@atlanticlabsupply.example", "en-US")
    po = PO("HLX-260851", s, B_LAB, "2026-11-10", [
        ("ALS-NITRILE-GLV-M", "Nitrile lab gloves M, 100/box", 60, "BX", "7.40", "2026-12-02"),
        ("ALS-CONE-50-PP", "Conical tube 50 mL PP, sterile, 25/bag", 40, "BAG", "9.10", "2026-12-02"),
    ], currency="USD")
    d = when("2026-11-10 04:12:40", "-0500")
    body = """Thank you for your email to orders@atlanticlabsupply.example.

This mailbox is monitored Monday-Friday, 8:00 AM - 6:00 PM ET. Purchase orders received are typically entered within one business day, and an order acknowledgment with confirmed ship dates will be e-mailed to the buyer on file.

For same-day shipping, orders must be received by 2:00 PM ET.

Please do not reply to this message.

Atlantic Lab Supply Co. | 300 Commerce Dr, Newark, DE 19713
"""
    eml = reply_plain(po, "Atlantic Lab Supply Orders <orders@atlanticlabsupply.example>", d,
                      "<auto.20261110091240.99104@atlanticlabsupply.example>", body,
                      subject="Your mail was received: " + po.subject(), ua=None, charset="us-ascii", cte="7bit",
                      extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: OOF, AutoReply"])
    case("shared-inbox-received", [po], eml, "auto_reply", None,
         "Shared-inbox 'your mail was received' auto-response with office hours and cut-off times; no commitment about the order.",
         "en-US", "Generic shared-inbox receipt that mentions order acknowledgments and ship dates in general.")

# ---- bounces ----------------------------------------------------------------------------------------

def c_dsn_postfix():
    s = sup("KOWLOONSPR", "Kowloon Precision Springs Ltd", "sales@kowloon-springs.example", "en-GB")
    po = PO("SKY-PO-33071", s, B_AERO, "2026-11-09", [
        ("KPS-CS-0.8x6x20", "Compression spring 0.8x6x20, 17-7PH", 2000, "EA", "0.2200", "2026-12-18"),
    ], currency="USD")
    d = when("2026-11-09 10:12:09", "+0100")
    msg_id = "<20261109091209.4F2A1C0B37@mx1.skyforge-aero.example>"
    b = bnd(msg_id, "other")
    expl = f"""This is the mail system at host mx1.skyforge-aero.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<sales@kowloon-springs.example>: host mx.kowloon-springs.example[203.0.113.25]
    said: 550 5.1.1 <sales@kowloon-springs.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx1.skyforge-aero.example
X-Postfix-Queue-ID: 4F2A1C0B37
X-Postfix-Sender: rfc822; henrik.sand@skyforge-aero.example
Arrival-Date: Mon,  9 Nov 2026 10:12:05 +0100 (CET)

Final-Recipient: rfc822; sales@kowloon-springs.example
Original-Recipient: rfc822;sales@kowloon-springs.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.kowloon-springs.example
Diagnostic-Code: smtp; 550 5.1.1 <sales@kowloon-springs.example>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    parts = [text(expl, "plain", "us-ascii", "7bit", extra=["Content-Description: Notification"]),
             raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
             raw_part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                      original_headers(po))]
    body = multi("report", b, parts, params="; report-type=delivery-status")
    eml = message("MAILER-DAEMON@mx1.skyforge-aero.example (Mail Delivery System)",
                  "henrik.sand@skyforge-aero.example", "Undelivered Mail Returned to Sender", d, msg_id, body,
                  extra=["Auto-Submitted: auto-replied"])
    case("dsn-user-unknown", [po], eml, "bounce", None,
         "Postfix DSN (multipart/report with message/delivery-status and text/rfc822-headers): 550 5.1.1 user unknown for the supplier address; the returned headers carry our PO subject and Message-ID.",
         "en-GB", "Standard DSN whose returned headers repeat the PO subject and request Message-ID.")


def c_ndr_exchange():
    s = sup("VITRUM", "Vitrum Glasstech GmbH", "auftrag@vitrum-glasstech.example", "de-DE")
    po = PO("NHI-4575", s, B_INT, "2026-11-10", [
        ("VT-ESG-10-1500x800", "ESG 10 mm klar, 1500x800, Kanten poliert", 30, "EA", "84.00", "2026-12-11"),
    ])
    d = when("2026-11-10 10:12:44", "+0200")
    msg_id = "<6c0b7d2e-41f5-4a8b-b39e-0d2a7e5f1c93@HE1PR09MB3301.eurprd09.prod.outlook.example>"
    b = bnd(msg_id, "outlook")
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Your message to auftrag@vitrum-glasstech.example couldn't be delivered.</font></b></p>
<p><font size="2" face="Tahoma">auftrag wasn't found at vitrum-glasstech.example.</font></p>
<table><tr><td>Sofia Lindqvist</td><td>Office 365</td><td><font color="#C00000">auftrag</font></td></tr>
<tr><td>Sender</td><td>&nbsp;</td><td><font color="#C00000">Action Required</font></td></tr></table>
<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following: Retype the recipient's address, then resend the message.</p>
<p><b>Diagnostic information for administrators:</b><br>Generating server: HE1PR09MB3301.eurprd09.prod.outlook.example<br>
auftrag@vitrum-glasstech.example<br>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient auftrag@vitrum-glasstech.example not found by SMTP address lookup'</p>
</body></html>
"""
    status = """Reporting-MTA: dns;HE1PR09MB3301.eurprd09.prod.outlook.example
Received-From-MTA: dns;HE1PR09MB3301.eurprd09.prod.outlook.example
Arrival-Date: Tue, 10 Nov 2026 08:12:40 +0000

Final-Recipient: rfc822;auftrag@vitrum-glasstech.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient auftrag@vitrum-glasstech.example not found by SMTP address lookup
"""
    inner = (original_headers(po) + "\n" + po.request_text()).replace("\n", "\r\n")
    alt = multi("alternative", bnd(msg_id + "a", "outlook"), [
        text("Your message to auftrag@vitrum-glasstech.example couldn't be delivered.\n\nauftrag wasn't found at vitrum-glasstech.example.\n\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'\n", "plain", "us-ascii", "7bit"),
        text(htm, "html", "us-ascii", "quoted-printable")])
    parts = [alt, raw_part(["Content-Type: message/delivery-status"], status),
             raw_part(["Content-Type: message/rfc822"], inner)]
    body = multi("report", b, parts, params="; report-type=delivery-status")
    eml = message("Microsoft Outlook <postmaster@nordhaus-interiors.example>",
                  "Sofia Lindqvist <sofia.lindqvist@nordhaus-interiors.example>",
                  "Undeliverable: " + po.subject(), d, msg_id, body,
                  extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:", "Content-Language: en-US"])
    case("exchange-ndr-recipient-not-found", [po], eml, "bounce", None,
         "Exchange Online NDR ('Undeliverable:', HTML explanation, delivery-status and the full original message/rfc822 containing the PO table with requested dates).",
         "de-DE", "NDR that embeds our complete PO request, including lines and requested dates.")


def c_quota_full_de():
    s = sup("SCHMIERTECH", "Schmiertechnik Weser GmbH", "info@schmiertechnik-weser.example", "de-DE")
    po = PO("KD-40270", s, B_DRV, "2026-11-10", [
        ("SW-LGWA2-18KG", "Wälzlagerfett LGWA 2, Eimer 18 kg", 10, "PAIL", "168.00", "2026-11-27"),
    ], currency="GBP")
    d = when("2026-11-10 11:15:02", "+0100")
    msg_id = "<20261110101502.9B31E4A0@mout.schmiertechnik-weser.example>"
    b = bnd(msg_id, "other")
    expl = """Dies ist eine automatisch erstellte Nachricht des Mailservers mout.schmiertechnik-weser.example.

Ihre Nachricht konnte nicht zugestellt werden, weil das Postfach des Empfängers voll ist.

  info@schmiertechnik-weser.example
    Postfach voll / mailbox full (552 5.2.2 Quota exceeded)

Der Server hat die Zustellung 3 Tage lang wiederholt und nun endgültig aufgegeben.
"""
    status = """Reporting-MTA: dns; mout.schmiertechnik-weser.example
Arrival-Date: Tue, 10 Nov 2026 10:12:31 +0100

Final-Recipient: rfc822; info@schmiertechnik-weser.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - quota exceeded (10240 MB / 10240 MB)
Last-Attempt-Date: Tue, 10 Nov 2026 11:15:02 +0100
"""
    parts = [text(expl, "plain", "iso-8859-1", "quoted-printable"),
             raw_part(["Content-Type: message/delivery-status"], status),
             raw_part(["Content-Type: text/rfc822-headers"], original_headers(po))]
    body = multi("report", b, parts, params="; report-type=delivery-status")
    eml = message("Mail Delivery System <MAILER-DAEMON@mout.schmiertechnik-weser.example>",
                  "Ravi Menon <ravi.menon@kinetic-drives.example>",
                  "Unzustellbar: " + po.subject(), d, msg_id, body, po.msgid, po.msgid,
                  extra=["Auto-Submitted: auto-replied"])
    case("quota-full-german", [po], eml, "bounce", None,
         "German 'Unzustellbar' DSN from the supplier's side: 552 5.2.2 mailbox full; threaded via In-Reply-To on our request; '3 Tage' and '10240 MB' are not order data.",
         "de-DE", "Quota-full bounce that is threaded on the PO request like a normal reply.")

# ---- unrelated -------------------------------------------------------------------------------------

def c_newsletter():
    s = sup("PINECREST", "Pinecrest Components Inc.", "orders@pinecrest-components.example", "en-US")
    po = PO("4500032140", s, B_EMS, "2026-11-09", [
        ("GRM155R71H103KA88D", "MLCC 0402 10nF 50V X7R", 40000, "EA", "0.0031", "2026-12-11"),
    ], currency="USD")
    d = when("2026-11-11 12:00", "-0500")
    msg_id = "<newsletter.2026-11.8841723@news.pinecrest-components.example>"
    txt = """PINECREST COMPONENTS - NOVEMBER MARKET UPDATE

MLCC market: lead times for 0402/0603 X7R parts from the major Japanese makers are now 16-20 weeks. Allocation remains on 1206 and larger case sizes above 10uF.

Holiday schedule: our warehouse will be closed December 24-25 and December 31 - January 1. Orders placed after 2:00 PM CT on December 22 will ship January 4, 2027.

2027 price list: new distributor pricing takes effect January 1, 2027. Request your copy from your account manager.

Unsubscribe: https://news.pinecrest-components.example/u/8841723
Pinecrest Components Inc., 2200 Airways Blvd, Memphis, TN 38114
"""
    htm = "<html><body style=\"font-family:Arial\"><table width=\"600\"><tr><td><h1>November Market Update</h1>" + \
          "".join(f"<p>{esc(p)}</p>" for p in txt.split("\n\n")) + "</td></tr></table></body></html>\n"
    alt = multi("alternative", bnd(msg_id, "other"), [text(txt, "plain", "utf-8", "quoted-printable"),
                                                       text(htm, "html", "utf-8", "quoted-printable")])
    eml = message("Pinecrest Components <news@pinecrest-components.example>", "marta.kowalczyk@voltline-ems.example",
                  "November market update: MLCC lead times, holiday shipping schedule", d, msg_id, alt,
                  extra=["List-Unsubscribe: <https://news.pinecrest-components.example/u/8841723>",
                         "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
                         "X-Mailer: Mailchimp Mailer - **CID8841723**"])
    case("supplier-newsletter-lead-times", [po], eml, "unrelated", None,
         "Newsletter from the same supplier about MLCC lead times, holiday shipping dates and a 2027 price list - it mentions 0402 MLCCs and ship dates but does not answer PO 4500032140.",
         "en-US", "Newsletter from the same supplier full of MLCC lead times and shipping dates.")


def c_invoice_other_it():
    s = sup("TTCOMO", "Tessiture Tecniche Comasche S.p.A.", "ordini@ttcomasche.example", "it-IT")
    po = PO("NHI-4580", s, B_INT, "2026-11-10", [
        ("TT-PES-PVC-650", "Tessuto PES spalmato PVC 650 g/m², bianco, h 250 cm", 600, "M", "6.85", "2026-12-18"),
    ])
    d = when("2026-11-11 09:00", "+0100")
    rows = [
        ("TESSITURE TECNICHE COMASCHE S.p.A.", 12, True),
        "Via per Cantù 88, 22100 Como - P.IVA IT02233440135",
        "",
        ("FATTURA N. 2026/004471 del 10/11/2026", 13, True),
        "Cliente: Nordhaus Interiors Oy - Helsinki (FI)",
        "Rif. Vs. ordine: NHI-4471 - DDT n. 2611/0382 del 06/11/2026",
        "",
        [(40, "Codice"), (170, "Descrizione"), (380, "Q.ta"), (430, "Prezzo"), (490, "Importo")],
        [(40, "TT-PES-PVC-650"), (170, "Tessuto PES/PVC 650 g/m2 h 250"), (380, "1.250 m"), (430, "6,85"), (490, "8.562,50")],
        "",
        "Operazione non imponibile art. 41 DL 331/93. Scadenza pagamento: 10/01/2027",
    ]
    pdf = pdf_doc(rows, title="Fattura 2026/004471", producer="Zucchetti Ad Hoc")
    body = """Gentile Cliente,

in allegato trasmettiamo la fattura n. 2026/004471 del 10/11/2026 relativa al Vostro ordine NHI-4471.

Cordiali saluti
Amministrazione - Tessiture Tecniche Comasche S.p.A.
"""
    msg_id = "<fatt2026004471.1762848000@ttcomasche.example>"
    b = multi("mixed", bnd(msg_id, "other"), [text(body, "plain", "iso-8859-1", "quoted-printable"),
                                              attachment(pdf, "application/pdf", "Fattura_2026_004471.pdf")])
    eml = message("Amministrazione TTC <amministrazione@ttcomasche.example>",
                  "sofia.lindqvist@nordhaus-interiors.example",
                  "Invio fattura n. 2026/004471 - Tessiture Tecniche Comasche", d, msg_id, b,
                  extra=["X-Mailer: Zucchetti Ad Hoc Revolution"], scharset="iso-8859-1")
    case("invoice-for-earlier-order", [po], eml, "unrelated", None,
         "Italian invoice PDF for the earlier order NHI-4471 (same item as the open PO NHI-4580, 1.250 m at 6,85) with DDT and due dates - not an answer about NHI-4580.",
         "it-IT", "Invoice for a previous order of the same item and supplier, with quantities and dates.")


def c_shipping_notice_us():
    s = sup("KEYSTONE", "Keystone Electronic Supply", "oa@keystone-elec.example", "en-US")
    po = PO("4500032144", s, B_EMS, "2026-11-10", [
        ("LM1117IMP-3.3", "LDO 3.3V 800mA, SOT-223", 5000, "EA", "0.2100", "2026-12-11"),
        ("TPS54331DR", "Buck converter 3A 28V, SOIC-8", 1000, "EA", "0.8600", "2026-12-11"),
    ], currency="USD")
    d = when("2026-11-12 16:31", "-0500")
    msg_id = "<shipconfirm.SO-771902.20261112213100@notify.keystone-elec.example>"
    txt = """Your order has shipped!

Customer PO:      4500031650
Keystone order:   SO-771902
Ship date:        11/12/2026
Carrier:          UPS Worldwide Expedited
Tracking:         1Z 999 AA1 04 2345 6784
Estimated delivery: 11/18/2026

Items shipped
  TPS54331DR        qty 2,500
  SN74LVC1G08DBVR   qty 3,000

Track your shipment at https://track.keystone-elec.example/SO-771902

Keystone Electronic Supply - this is an automated notification.
"""
    alt = multi("alternative", bnd(msg_id, "other"), [
        text(txt, "plain", "us-ascii", "7bit"),
        text("<html><body><h2>Your order has shipped!</h2><pre>" + esc(txt) + "</pre></body></html>\n", "html",
             "us-ascii", "7bit")])
    eml = message("Keystone Shipping <noreply@notify.keystone-elec.example>", "marta.kowalczyk@voltline-ems.example",
                  "Shipment notification - your PO 4500031650", d, msg_id, alt,
                  extra=["Auto-Submitted: auto-generated"])
    case("shipping-notice-other-po", [po], eml, "unrelated", None,
         "Automated shipping notice for an older PO 4500031650 (a TPS54331DR also on the open PO 4500032144) with ship and estimated delivery dates; unrelated to the open order.",
         "en-US", "Shipment notice for a different PO that contains a part number of the open PO and delivery dates.")


def c_price_list_fr():
    s = sup("MEDISOIN", "Médisoin Distribution SAS", "commandes@medisoin.example", "fr-FR")
    po = PO("NG-260511", s, B_MED, "2026-11-10", [
        ("GLV-NIT-M", "Gants nitrile non poudrés, taille M, boîte de 100", 300, "BX", "4.95", "2026-12-14"),
    ])
    d = when("2026-11-12 10:05", "+0100")
    rows = [
        ["Médisoin Distribution - Tarifs 2027 (HT, franco à partir de 1 500 €)"],
        ["Valables du", ("d", dt.date(2027, 1, 1)), "au", ("d", dt.date(2027, 12, 31))],
        [],
        ["Référence", "Désignation", "Conditionnement", "Prix 2026 €", "Prix 2027 €", "Évolution"],
        ["GLV-NIT-M", "Gants nitrile non poudrés M", "carton de 10 boîtes de 100", ("n", "52.00"), ("n", "54.60"), "+5 %"],
        ["GLV-NIT-L", "Gants nitrile non poudrés L", "carton de 10 boîtes de 100", ("n", "52.00"), ("n", "54.60"), "+5 %"],
        ["SYR-LL-10", "Seringue Luer-Lock 10 ml", "carton de 100", ("n", "9.60"), ("n", "9.90"), "+3,1 %"],
    ]
    xl = make_xlsx(rows, "Tarifs 2027", ts=(2026, 11, 12, 9, 30, 0))
    body = """Madame, Monsieur,

Veuillez trouver ci-joint nos tarifs 2027, applicables à toute commande livrée à partir du 1er janvier 2027.
Les commandes en cours restent facturées aux conditions 2026.

Nous restons à votre disposition pour toute question.

Cordialement,
Service commercial – Médisoin Distribution SAS
"""
    msg_id = "<tarifs2027.NORTHGATE.20261112@medisoin.example>"
    b = multi("mixed", bnd(msg_id, "outlook"), [text(body, "plain", "utf-8", "quoted-printable"),
                                                attachment(xl, XLSX, "Tarifs_Medisoin_2027.xlsx")])
    eml = message("Service commercial Médisoin <commercial@medisoin.example>", "aoife.brennan@northgate-health.example",
                  "Tarifs 2027 - Médisoin Distribution", d, msg_id, b, extra=["X-Mailer: Microsoft Outlook 16.0"])
    case("price-list-2027-xlsx", [po], eml, "unrelated", None,
         "French 2027 price list (XLSX with serial-number validity dates) that includes the open PO's item GLV-NIT-M with a new price; it explicitly leaves running orders at 2026 conditions and does not answer NG-260511.",
         "fr-FR", "Price list covering the open PO's item with a higher price, but not an answer to the PO.")


# ===========================================================================
# main
# ===========================================================================

def main():
    for name, fn in list(globals().items()):
        if name.startswith("c_") and callable(fn):
            fn()
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    readme = ["# Batch T - held-out supplier replies", "",
              "Generated by `make_batch.py` (standard library only, deterministic).", "",
              "`NNN-slug` | kind/locale | what makes it hard", ""]
    slugs = set()
    for i, (slug, pos, eml, exp, locale, hard) in enumerate(CASES, 1):
        assert slug not in slugs, slug
        slugs.add(slug)
        folder = OUT / f"{i:03d}-{slug}"
        folder.mkdir()
        (folder / "pos.json").write_text(json.dumps(pos, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (folder / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (folder / "message.eml").write_bytes(eml)
        readme.append(f"- `{i:03d}-{slug}` | {exp['kind']}/{locale} | {hard}")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
