"""Shared building blocks: POs, labels, date arithmetic, quoting styles."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from . import mime

D = dt.date.fromisoformat
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


# ------------------------------------------------------------------ dates

def kw(year, week, day=FRI):
    """ISO calendar week -> ISO date (Friday unless a day is named)."""
    return dt.date.fromisocalendar(year, week, day + 1).isoformat()


def wd(iso, weekday):
    """Assert the weekday of an ISO date and return it unchanged."""
    assert D(iso).weekday() == weekday, (iso, D(iso).strftime("%A"), weekday)
    return iso


def next_md(mail_date, month, day):
    """A date without a year: the next such date on/after the mail's date."""
    md = D(mail_date)
    cand = dt.date(md.year, month, day)
    if cand < md:
        cand = dt.date(md.year + 1, month, day)
    return cand.isoformat()


def plus(iso, days=0, weeks=0):
    return (D(iso) + dt.timedelta(days=days, weeks=weeks)).isoformat()


def next_weekday(mail_date, weekday, skip_this_week=False):
    """'next Tuesday' measured from the mail date: the first such weekday after it."""
    d = D(mail_date) + dt.timedelta(days=1)
    while d.weekday() != weekday:
        d += dt.timedelta(days=1)
    if skip_this_week:
        d += dt.timedelta(days=7)
    return d.isoformat()


# ------------------------------------------------------------------ money

def dec(x) -> Decimal:
    return Decimal(str(x))


def money(x) -> str:
    """Normalise a Decimal to a plain decimal string (no exponent, no trailing zeros
    beyond two places)."""
    d = dec(x)
    s = format(d.normalize(), "f")
    if "." not in s:
        s += ".00"
    elif len(s.split(".")[1]) < 2:
        s += "0"
    return s


def pct(price, percent):
    """price +/- percent (e.g. pct('12.40', '4.5'))"""
    return money(dec(price) * (Decimal(100) + dec(percent)) / Decimal(100))


def per(total, n):
    """A price per n units -> price per unit."""
    return money(dec(total) / dec(n))


# ------------------------------------------------------------------ parties

def supplier(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def buyer(name, email):
    return {"name": name, "email": email}


def po(number, sup, buy, currency, issued, lines, req_id="auto", req_domain=None):
    """lines: tuples (item, description, quantity, uom, unit_price, requested_date)."""
    out = {"po_number": number, "supplier": sup, "buyer": buy, "currency": currency, "issued": issued}
    if req_id == "auto":
        dom = req_domain or buy["email"].split("@")[1]
        req_id = f"<poack.{number.replace('/', '-').replace(' ', '')}.{issued.replace('-', '')}@{dom}>"
    if req_id:
        out["request_message_id"] = req_id
    out["lines"] = []
    for i, (item, desc, q, uom, price, req) in enumerate(lines, 1):
        assert isinstance(q, int) and q > 0
        D(req)
        dec(price)
        out["lines"].append({"line": i, "item": item, "description": desc, "quantity": q,
                             "uom": uom, "unit_price": price, "requested_date": req})
    return out


def line(p, n):
    return p["lines"][n - 1]


# ------------------------------------------------------------------ labels

def A(p, n):
    ln = line(p, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def C(p, n, q=None, price=None, date=None, sched=None):
    ln = line(p, n)
    q = ln["quantity"] if q is None else q
    price = ln["unit_price"] if price is None else price
    if sched:
        sched = [{"quantity": a, "date": b} for a, b in sched]
        assert sum(s["quantity"] for s in sched) == q, (sched, q)
        last = max(s["date"] for s in sched)
        assert date is None or date == last
        date = last
    date = ln["requested_date"] if date is None else date
    D(date)
    same = (q == ln["quantity"] and dec(price) == dec(ln["unit_price"]) and date == ln["requested_date"])
    assert not same or sched, f"line {n} labelled changed but equals PO"
    lab = {"status": "changed", "quantity": q, "unit_price": price, "date": date}
    if sched:
        lab["schedule"] = sched
    return lab


def R():
    return {"status": "rejected"}


def U():
    return {"status": "unconfirmed"}


def conf(p, labels):
    assert set(labels) == {l["line"] for l in p["lines"]}, (p["po_number"], sorted(labels))
    return {"po_number": p["po_number"], "lines": {str(k): v for k, v in sorted(labels.items())}}


def expected(kind, notes, confirmations=None):
    e = {"kind": kind}
    if kind == "confirmation":
        assert confirmations
        e["confirmations"] = confirmations
    else:
        assert not confirmations
    e["notes"] = notes
    return e


# ------------------------------------------------------------------ our own request mail

BUYER_ORGS = {
    "meridian-med.example": ("Meridian Clinical Supply GmbH", "Hafenstrasse 14, 20457 Hamburg, Germany"),
    "aviontek.example": ("Aviontek Structures Inc.", "4400 Airport Road, Wichita, KS 67209, USA"),
    "printwerk.example": ("Printwerk Media Group", "Industriestraße 7, 70565 Stuttgart, Germany"),
    "climatek.example": ("Climatek Building Services B.V.", "Koperweg 22, 3542 DR Utrecht, Netherlands"),
    "brodhaus.example": ("Brodhaus Bakeries Ltd", "Unit 4, Riverside Park, Leeds LS10 1QT, UK"),
    "vitrapack.example": ("Vitrapack Foods S.r.l.", "Via dell'Industria 31, 43122 Parma, Italy"),
    "loomcraft.example": ("Loomcraft Textiles Ltd", "Mill Lane 3, Bradford BD1 4RN, UK"),
    "brightfm.example": ("BrightFM Facility Services", "1200 Commerce Dr, Columbus, OH 43219, USA"),
    "nordmarine.example": ("Nordmarine Service AS", "Bontelabo 2, 5003 Bergen, Norway"),
    "safeguard-fire.example": ("Safeguard Fire Systems SL", "Calle Orense 58, 28020 Madrid, Spain"),
    "lumaoptics.example": ("Luma Optics Ltd", "2 Science Park, Cambridge CB4 0FZ, UK"),
    "belleform.example": ("Belleform Cosmetics SAS", "12 rue des Lilas, 69003 Lyon, France"),
    "weldmax.example": ("Weldmax Fabrication Sp. z o.o.", "ul. Przemysłowa 5, 61-001 Poznań, Poland"),
    "velocycle.example": ("Velocycle Distribution ApS", "Industrivej 40, 8000 Aarhus C, Denmark"),
    "greenyard-tools.example": ("Greenyard Tools Pty Ltd", "18 Export Drive, Brooklyn VIC 3012, Australia"),
    "agrofield.example": ("Agrofield Trading Kft.", "Ipari park 3, 6000 Kecskemét, Hungary"),
    "labnova.example": ("LabNova Diagnostics s.r.o.", "Vídeňská 120, 619 00 Brno, Czech Republic"),
    "liftserve.example": ("LiftServe Oy", "Teollisuuskatu 11, 00510 Helsinki, Finland"),
    "signalwise.example": ("Signalwise Displays Inc.", "55 Adelaide St E, Toronto, ON M5C 1K6, Canada"),
    "northfield-agri.example": ("Northfield Agri Co-operative", "2150 Route 7, St. Albans, VT 05478, USA"),
    "norrsken-foods.example": ("Norrsken Livsmedel AB", "Hamnvägen 4, 432 32 Varberg, Sweden"),
    "verticalia.example": ("Verticalia Elevator Service S.A.S.", "Calle 80 # 45-20, Bogotá, Colombia"),
    "desertline.example": ("Desertline Fabrication LLC", "Plot 44, Mussafah M-37, Abu Dhabi, UAE"),
    "capeweld.example": ("CapeWeld Engineering (Pty) Ltd", "14 Marine Drive, Paarden Eiland, Cape Town 7405, South Africa"),
    "trailhead-cycles.example": ("Trailhead Cycles Inc.", "820 SE Main St, Portland, OR 97214, USA"),
    "tanimaju.example": ("PT Tani Maju Sejahtera", "Jl. Raya Bogor Km 27, Jakarta Timur 13710, Indonesia"),
    "alpsign.example": ("AlpSign Display GmbH", "Suedtiroler Strasse 12, 9020 Klagenfurt, Austria"),
    "gartenhaus.example": ("Gartenhaus Handels GmbH", "Lagerstrasse 8, 28197 Bremen, Germany"),
}


def org(buy):
    return BUYER_ORGS.get(buy["email"].split("@")[1], ("Purchasing", ""))


def fmt_qty(q):
    return f"{q:,}"


def po_table(p, with_header=True):
    rows = []
    if with_header:
        rows.append(f"{'Line':<5}{'Item':<20}{'Description':<42}{'Qty':>8} {'UoM':<5}{'Unit price':>12}  Requested")
    for ln in p["lines"]:
        desc = ln["description"]
        rows.append(f"{ln['line']:<5}{ln['item']:<20}{desc:<42}{fmt_qty(ln['quantity']):>8} {ln['uom']:<5}"
                    f"{ln['unit_price']:>12}  {ln['requested_date']}")
    return "\n".join(rows)


def request_subject(p):
    return f"Purchase order {p['po_number']} - please acknowledge"


def request_text(p, greeting=None):
    name, address = org(p["buyer"])
    g = greeting or "Dear Sir or Madam,"
    return (f"{g}\n\n"
            f"Please find below our purchase order {p['po_number']} of {p['issued']} "
            f"(currency {p['currency']}). Kindly confirm quantities, unit prices and "
            f"delivery dates by return, quoting our PO number.\n\n"
            f"{po_table(p)}\n\n"
            f"Delivery address: {address}\n"
            f"Our general terms of purchase apply.\n\n"
            f"Best regards\n{p['buyer']['name']}\nPurchasing | {name}\n")


def request_html(p):
    name, address = org(p["buyer"])
    rows = "".join(
        f"<tr><td>{ln['line']}</td><td>{mime.esc(ln['item'])}</td><td>{mime.esc(ln['description'])}</td>"
        f"<td align=right>{fmt_qty(ln['quantity'])}</td><td>{ln['uom']}</td><td align=right>{ln['unit_price']}</td>"
        f"<td>{ln['requested_date']}</td></tr>" for ln in p["lines"])
    return (f"<p>Dear Sir or Madam,</p><p>Please find below our purchase order {p['po_number']} of {p['issued']} "
            f"(currency {p['currency']}). Kindly confirm quantities, unit prices and delivery dates by return, "
            f"quoting our PO number.</p>"
            f"<table border=1 cellpadding=3 cellspacing=0><tr><th>Line</th><th>Item</th><th>Description</th>"
            f"<th>Qty</th><th>UoM</th><th>Unit price</th><th>Requested</th></tr>{rows}</table>"
            f"<p>Delivery address: {mime.esc(address)}<br>Our general terms of purchase apply.</p>"
            f"<p>Best regards<br>{mime.esc(p['buyer']['name'])}<br>Purchasing | {mime.esc(name)}</p>")


def reminder_text(p, sent_on):
    name, _ = org(p["buyer"])
    return (f"Hello,\n\nWe have not yet received your order acknowledgment for our purchase order "
            f"{p['po_number']}, sent on {sent_on}. Please confirm quantities, prices and delivery "
            f"dates at your earliest convenience.\n\nOpen lines:\n{po_table(p)}\n\n"
            f"Thank you,\n{p['buyer']['name']}\nPurchasing | {name}\n")


# ------------------------------------------------------------------ header blocks of quoted mail

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]
PT_DAYS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
             "outubro", "novembro", "dezembro"]


def outlook_header(lang, frm, sent, to, subject, cc=None):
    """The header block Outlook puts above the quoted original.  sent = (iso, 'HH:MM')."""
    d = D(sent[0])
    h, m = map(int, sent[1].split(":"))
    if lang == "en-US":
        ap = "AM" if h < 12 else "PM"
        hh = h if 1 <= h <= 12 else (h - 12 if h > 12 else 12)
        s = f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year} {hh}:{m:02d} {ap}"
        keys = ("From", "Sent", "To", "Cc", "Subject")
    elif lang == "en-GB":
        s = f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year} {h:02d}:{m:02d}"
        keys = ("From", "Sent", "To", "Cc", "Subject")
    elif lang == "de":
        s = f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]} {d.year} {h:02d}:{m:02d}"
        keys = ("Von", "Gesendet", "An", "Cc", "Betreff")
    elif lang == "fr":
        s = f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year} {h:02d}:{m:02d}"
        keys = ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Cc\u00a0", "Objet\u00a0")
    elif lang == "es":
        s = f"{ES_DAYS[d.weekday()]}, {d.day} de {ES_MONTHS[d.month - 1]} de {d.year} {h}:{m:02d}"
        keys = ("De", "Enviado el", "Para", "CC", "Asunto")
    elif lang == "it":
        s = f"{IT_DAYS[d.weekday()]} {d.day} {IT_MONTHS[d.month - 1]} {d.year} {h:02d}:{m:02d}"
        keys = ("Da", "Inviato", "A", "Cc", "Oggetto")
    elif lang == "nl":
        s = f"{NL_DAYS[d.weekday()]} {d.day} {NL_MONTHS[d.month - 1]} {d.year} {h:02d}:{m:02d}"
        keys = ("Van", "Verzonden", "Aan", "CC", "Onderwerp")
    elif lang == "pt":
        s = f"{PT_DAYS[d.weekday()]}, {d.day} de {PT_MONTHS[d.month - 1]} de {d.year} {h:02d}:{m:02d}"
        keys = ("De", "Enviada", "Para", "Cc", "Assunto")
    else:
        raise ValueError(lang)
    out = [f"{keys[0]}: {frm}", f"{keys[1]}: {s}", f"{keys[2]}: {to}"]
    if cc:
        out.append(f"{keys[3]}: {cc}")
    out.append(f"{keys[4]}: {subject}")
    return "\n".join(out)


def gmail_attrib_en(iso, hm, name, email):
    d = D(iso)
    h, m = map(int, hm.split(":"))
    ap = "AM" if h < 12 else "PM"
    hh = h if 1 <= h <= 12 else (h - 12 if h > 12 else 12)
    return f"On {mime.WEEKDAYS[d.weekday()]}, {mime.MONTHS[d.month - 1]} {d.day}, {d.year} at {hh}:{m:02d} {ap} {name} <{email}> wrote:"


OUTLOOK_STYLE = """<style><!--
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
span.EmailStyle19
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
--></style>"""


def outlook_html(reply_html, header_text, quoted_html, lang_attr="EN-US"):
    """A reply as Outlook for Windows writes it in HTML."""
    hdr = "<br>\n".join(
        f"<b>{mime.esc(k)}:</b> {mime.esc(v)}" for k, v in
        (ln.split(": ", 1) for ln in header_text.split("\n")))
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
{OUTLOOK_STYLE}
</head>
<body lang={lang_attr} link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class=WordSection1>
{reply_html}
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class=MsoNormal>{hdr}<o:p></o:p></p>
</div>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
{quoted_html}
</div>
</body>
</html>
"""


def text_to_pre_html(text):
    return "<pre style=\"font-family:Consolas,monospace;font-size:10pt\">" + mime.esc(text) + "</pre>"
