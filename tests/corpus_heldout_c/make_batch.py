#!/usr/bin/env python3
"""Deterministic generator for held-out corpus batch C.

World: Brightwater Packaging Group (food & beverage packaging: cans, closures,
labels, films, cartons) and its suppliers.  Run with a Python that has fpdf2 and
openpyxl (../venv-c/bin/python).  Writes cases/NNN-slug/{pos.json,message.eml,
expected.json} and README.md.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import shutil
import zipfile
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases"
DOM = "brightwater-pack.example"

BUYERS = {
    "helen": {"name": "Helen Okafor", "email": f"helen.okafor@{DOM}"},
    "tomasz": {"name": "Tomasz Wrona", "email": f"tomasz.wrona@{DOM}"},
    "lucia": {"name": "Lucía Ferrer", "email": f"lucia.ferrer@{DOM}"},
}

S = {}
def sup(key, name, email, locale):
    S[key] = {"id": key, "name": name, "email": email, "locale": locale}

sup("MAPLERDG", "Maple Ridge Labels LLC", "orders@mapleridgelabels.example", "en-US")
sup("HOLLISD", "Hollis & Daughters Corrugated Ltd", "sales@hollis-corrugated.example", "en-GB")
sup("UNIFIED", "Unified Industrial Supply Inc.", "orders@unified-supply.example", "en-US")
sup("KRONEVT", "Krone Verschlusstechnik GmbH", "auftrag@krone-vt.example", "de-DE")
sup("LEMOINE", "Cartonnages Lemoine SARL", "adv@cartonnages-lemoine.example", "fr-FR")
sup("ENVBAJIO", "Envases del Bajío S.A. de C.V.", "ventas@envasesbajio.example", "es-MX")
sup("PLASTIV", "Plastivalle S.r.l.", "ordini@plastivalle.example", "it-IT")
sup("DEVRIES", "Verpakkingen De Vries B.V.", "verkoop@devries-verpakking.example", "nl-NL")
sup("POLFOL", "Polfolia Sp. z o.o.", "zamowienia@polfolia.example", "pl-PL")
sup("MORAVA", "Moravské obaly s.r.o.", "obchod@moravske-obaly.example", "cs-CZ")
sup("LUSOCORK", "Lusocork Rolhas, Lda.", "encomendas@lusocork.example", "pt-PT")
sup("NORDFILM", "Nordfilm AB", "order@nordfilm.example", "sv-SE")
sup("ANADOLU", "Anadolu Ambalaj San. ve Tic. A.Ş.", "satis@anadolu-ambalaj.example", "tr-TR")
sup("SHENGDA", "Ningbo Shengda Trading Co., Ltd.", "sales03@shengda-trading.example", "zh-CN")
sup("KAVYA", "Kavya Polymers Pvt. Ltd.", "exports@kavyapolymers.example", "en-IN")
sup("BRAMBLE", "Bramble Inks Ltd", "orders@brambleinks.example", "en-GB")
sup("BUCKEYE", "Buckeye Can & Closure Inc.", "custserv@buckeyecan.example", "en-US")
sup("WEBERET", "Weber Etiketten GmbH", "innendienst@weber-etiketten.example", "de-DE")
sup("PACRIM", "Pacific Rim Resin Distributors", "noreply@pacrim-resin.example", "en-US")
sup("DUNMORE", "Dunmore Adhesives Ltd", "sales@dunmore-adhesives.example", "en-GB")
sup("TIANYU", "Xiamen Tianyu Packaging Co., Ltd.", "lily@tianyu-pack.example", "zh-CN")
sup("REGIOTAP", "Tapas Regiomontanas S.A. de C.V.", "pedidos@regiotapas.example", "es-MX")
sup("SUNRISE", "Sunrise Gasket Co.", "sunrisegasket@gmail.example", "en-US")
sup("BALTPAL", "Baltic Pallet Works UAB", "sales@balticpallet.example", "lt-LT")
sup("FERRARA", "Inchiostri Ferrara S.p.A.", "customerservice@inchiostri-ferrara.example", "it-IT")
sup("DUFOUR", "Dufour Emballages SAS", "commandes@dufour-emballages.example", "fr-FR")
sup("SILVERTON", "Silverton Shrink Sleeves Ltd", "accounts@silverton-sleeves.example", "en-GB")


def po(num, skey, buyer, cur, issued, lines, req=True):
    d = {
        "po_number": num,
        "supplier": dict(S[skey]),
        "buyer": dict(BUYERS[buyer]),
        "currency": cur,
        "issued": issued,
    }
    if req:
        d["request_message_id"] = f"<ackreq.{num}.{issued.replace('-', '')}@{DOM}>"
    d["lines"] = [
        {"line": i + 1, "item": it, "description": de, "quantity": q, "uom": u,
         "unit_price": p, "requested_date": rd}
        for i, (it, de, q, u, p, rd) in enumerate(lines)
    ]
    return d


# ---------------------------------------------------------------- labels
def A(p, n):
    ln = p["lines"][n - 1]
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}

def CH(p, n, q=None, price=None, date=None, schedule=None):
    ln = p["lines"][n - 1]
    d = {"status": "changed", "quantity": ln["quantity"] if q is None else q,
         "unit_price": ln["unit_price"] if price is None else price,
         "date": ln["requested_date"] if date is None else date}
    if schedule:
        d["schedule"] = [{"quantity": a, "date": b} for a, b in schedule]
        d["date"] = max(b for a, b in schedule)
        if q is None:
            d["quantity"] = sum(a for a, b in schedule)
    return d

R = {"status": "rejected"}
U = {"status": "unconfirmed"}

def conf(*entries):
    return [{"po_number": p["po_number"], "lines": {str(k): v for k, v in lines.items()}}
            for p, lines in entries]

def allA(p):
    return {ln["line"]: A(p, ln["line"]) for ln in p["lines"]}

def kw(year, week, day=5):
    return dt.date.fromisocalendar(year, week, day).isoformat()


# ---------------------------------------------------------------- request text
def fmt_date_long(iso):
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%b %Y')}"

def request_subject(p):
    return f"Purchase order {p['po_number']} - please confirm"

def request_text(p):
    out = [f"Dear {p['supplier']['name']} team,", "",
           f"please confirm our purchase order {p['po_number']} of {fmt_date_long(p['issued'])}.",
           "For each line, please confirm quantity, unit price and delivery date,",
           "or tell us what you can do instead.", ""]
    for ln in p["lines"]:
        out.append(f"Line {ln['line']}  {ln['item']}  {ln['description']}")
        out.append(f"        Qty {ln['quantity']:,} {ln['uom']}   Price {p['currency']} {ln['unit_price']}/{ln['uom']}"
                   f"   Delivery {ln['requested_date']}")
    out += ["", "Delivery to: Brightwater Packaging Group, Unit 4 Riverside Park, Leeds LS10 1RF, UK",
            "Incoterms: DAP", "", "Kind regards", p["buyer"]["name"],
            "Purchasing, Brightwater Packaging Group"]
    return "\n".join(out)

def req_dt(p):
    d = dt.date.fromisoformat(p["issued"])
    return dt.datetime(d.year, d.month, d.day, 9, 14, tzinfo=dt.timezone.utc)

def quote_block(p, style):
    t = request_text(p)
    sent = req_dt(p)
    b = p["buyer"]
    if style == "gmail":
        hdr = f"On {sent.strftime('%a, %b %-d, %Y at %-I:%M %p')} {b['name']} <{b['email']}> wrote:"
        return hdr + "\n" + "\n".join("> " + l if l else ">" for l in t.split("\n"))
    if style == "outlook":
        return ("-----Original Message-----\n"
                f"From: {b['name']} <{b['email']}>\n"
                f"Sent: {sent.strftime('%A, %B %-d, %Y %-I:%M %p')}\n"
                f"To: {p['supplier']['name']} <{p['supplier']['email']}>\n"
                f"Subject: {request_subject(p)}\n\n" + t)
    if style == "de":
        return (f"Von: {b['name']} <{b['email']}>\nGesendet: {sent.strftime('%d.%m.%Y %H:%M')}\n"
                f"An: {p['supplier']['email']}\nBetreff: {request_subject(p)}\n\n" + t)
    if style == "thunder":
        return (f"Am {sent.strftime('%d.%m.%Y')} um {sent.strftime('%H:%M')} schrieb {b['name']}:\n"
                + "\n".join("> " + l if l else ">" for l in t.split("\n")))
    if style == "iphone":
        return (f"> On {sent.strftime('%b %-d, %Y')}, at {sent.strftime('%H:%M')}, {b['name']} <{b['email']}> wrote:\n>\n"
                + "\n".join("> " + l if l else ">" for l in t.split("\n")))
    raise ValueError(style)


def text_to_html(t):
    parts = []
    in_q = False
    for line in t.split("\n"):
        q = line.startswith(">")
        if q and not in_q:
            parts.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            in_q = True
        if not q and in_q:
            parts.append("</blockquote>")
            in_q = False
        s = line[1:].lstrip(" ") if q else line
        parts.append((htmlmod.escape(s) or "&nbsp;") + "<br>")
    if in_q:
        parts.append("</blockquote>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr" style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(parts) + "\n</div></body></html>\n")


# ---------------------------------------------------------------- mail builder
_ctr = [0]

def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:12].upper()}.{h[12:20]}@{domain}>"

def mail(slug, *, frm, to, subject, date, body, p=None, quote=None, html=True,
         attachments=(), headers=None, thread=True, cc=None, charset="utf-8",
         mailer=None, domain=None, extra_refs=()):
    """date: 'YYYY-MM-DD HH:MM +HHMM'."""
    d = dt.datetime.strptime(date, "%Y-%m-%d %H:%M %z")
    fname, faddr = frm
    domain = domain or faddr.split("@")[1]
    text = body.rstrip("\n") + "\n"
    if p is not None and quote:
        text += "\n" + quote_block(p, quote) + "\n"
    m = EmailMessage(policy=policy.SMTP)
    m["Return-Path"] = f"<{faddr}>"
    m["Received"] = (f"from mail.{domain} (mail.{domain} [192.0.2.{int(hashlib.md5(domain.encode()).hexdigest()[:2], 16) % 200 + 20}]) "
                     f"by mx1.{DOM} (Postfix) with ESMTPS id {hashlib.md5(slug.encode()).hexdigest()[:12].upper()}; "
                     + format_datetime(d.astimezone(dt.timezone.utc)))
    m["From"] = f"{fname} <{faddr}>" if fname else faddr
    m["To"] = to if isinstance(to, str) else f"{to['name']} <{to['email']}>"
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(d)
    m["Message-ID"] = mid(slug, domain)
    if p is not None and thread and "request_message_id" in p:
        m["In-Reply-To"] = p["request_message_id"]
        m["References"] = " ".join(list(extra_refs) + [p["request_message_id"]])
    for k, v in (headers or {}).items():
        m[k] = v
    if mailer:
        m["X-Mailer"] = mailer
    m["MIME-Version"] = "1.0"
    m.set_content(text, charset=charset, cte="quoted-printable" if charset != "us-ascii" else "7bit")
    if html:
        h = text_to_html(text) if html is True else html
        m.add_alternative(h, subtype="html", charset="utf-8", cte="quoted-printable")
    for fn, mt, st, data in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"----=_Part_{n}_{hashlib.md5((slug + str(n)).encode()).hexdigest()[:16]}")
    del m["MIME-Version"]
    # keep MIME-Version once (EmailMessage adds its own)
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    return m.as_bytes()


# ---------------------------------------------------------------- attachments
FIXED = dt.datetime(2026, 11, 20, 8, 0, 0, tzinfo=dt.timezone.utc)

def make_pdf(title_lines, table_head, rows, foot_lines):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_creation_date(FIXED)
    pdf.set_compression(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, title_lines[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=9)
    for l in title_lines[1:]:
        pdf.cell(0, 5, l, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = [12, 30, 62, 22, 26, 30][:len(table_head)]
    pdf.set_font("Helvetica", "B", 8)
    for w, h in zip(widths, table_head):
        pdf.cell(w, 6, h, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", size=8)
    for r in rows:
        for w, c in zip(widths, r):
            pdf.cell(w, 6, c, border=1)
        pdf.ln()
    pdf.ln(4)
    pdf.set_font("Helvetica", size=9)
    for l in foot_lines:
        pdf.multi_cell(0, 5, l, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())

def make_xlsx(rows, title):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    wb.properties.creator = "SAP Business One"
    buf = io.BytesIO()
    wb.save(buf)
    # re-zip with fixed timestamps for determinism
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                              rb"<dcterms:\1\2>2026-11-20T08:00:00Z<", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()

PDF = ("application", "pdf")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")

CASES = []
def case(slug, kind_lang, hard):
    def deco(fn):
        CASES.append((slug, kind_lang, hard, fn))
        return fn
    return deco


# ======================================================================
# CONFIRMATIONS
# ======================================================================
H, T, L = BUYERS["helen"], BUYERS["tomasz"], BUYERS["lucia"]

def re_(p):
    return "RE: " + request_subject(p)


@case("maple-iphone-ok-to-ship", "confirmation en-US", "two-word iPhone reply 'OK to ship as ordered' above the quoted request; all values only in the quote")
def _(slug):
    p = po("PO-7100211", "MAPLERDG", "helen", "USD", "2026-11-18", [
        ("LBL-500-OJ", "Front label, orange juice 500 ml, BOPP", 120000, "EA", "0.0184", "2026-12-14"),
        ("LBL-500-AJ", "Front label, apple juice 500 ml, BOPP", 80000, "EA", "0.0184", "2026-12-14")])
    m = mail(slug, frm=("Rick Halvorsen", "rick@mapleridgelabels.example"), to=H, subject="Re: " + request_subject(p),
             date="2026-11-20 07:42 -0500", body="OK to ship as ordered.\n\nSent from my iPhone", p=p, quote="iphone",
             html=False)
    return [p], m, "confirmation", conf((p, allA(p)))


@case("hollis-confirmed-thx", "confirmation en-GB", "ultra-terse 'Confirmed. Thx' from Outlook for Android; nothing but the quote carries values")
def _(slug):
    p = po("PO-7100215", "HOLLISD", "helen", "GBP", "2026-11-18", [
        ("CTN-12X330", "Shipper carton 12x330 ml cans, 3-ply B-flute", 6000, "EA", "0.412", "2026-12-09")])
    m = mail(slug, frm=("Geoff Hollis", "geoff@hollis-corrugated.example"), to=H, subject=re_(p),
             date="2026-11-20 16:03 +0000", body="Confirmed. Thx\n\nGeoff\n\nGet Outlook for Android", p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, allA(p)))


@case("buckeye-thumbs-up-emoji", "confirmation en-US", "emoji thumbs-up line plus short text; three lines, all accepted")
def _(slug):
    p = po("PO-7100220", "BUCKEYE", "helen", "USD", "2026-11-19", [
        ("END-202-SOT", "202 beverage can end, SOT, aluminium", 400000, "EA", "0.0285", "2027-01-11"),
        ("END-200-SOT", "200 beverage can end, SOT, aluminium", 250000, "EA", "0.0279", "2027-01-11"),
        ("END-206-LOE", "206 large-opening end, aluminium", 100000, "EA", "0.0301", "2027-01-25")])
    body = ("\U0001F44D all good on our end - we'll deliver per your PO, all 3 lines.\n\n"
            "Dana Kowalczyk\nCustomer Service | Buckeye Can & Closure Inc.\n(614) 555-0142")
    m = mail(slug, frm=("Dana Kowalczyk", "dkowalczyk@buckeyecan.example"), to=H, subject="Re: " + request_subject(p),
             date="2026-11-23 09:05 -0500", body=body, p=p, quote="gmail")
    return [p], m, "confirmation", conf((p, allA(p)))


@case("krone-de-bestaetigung-wie-bestellt", "confirmation de", "formal German acceptance 'zu den angegebenen Konditionen und Terminen', no values restated")
def _(slug):
    p = po("PO-7100224", "KRONEVT", "tomasz", "EUR", "2026-11-19", [
        ("CAP-28-BLU", "Schraubverschluss PCO 1881, 28 mm, blau", 300000, "EA", "0.0142", "2026-12-16"),
        ("CAP-28-RED", "Schraubverschluss PCO 1881, 28 mm, rot", 150000, "EA", "0.0142", "2026-12-16"),
        ("CAP-38-SPT", "Sportverschluss 38 mm, natur", 60000, "EA", "0.0615", "2027-01-13")])
    body = ("Sehr geehrter Herr Wrona,\n\nvielen Dank für Ihre Bestellung PO-7100224.\n"
            "Hiermit bestätigen wir alle drei Positionen zu den angegebenen Konditionen und Terminen.\n\n"
            "Mit freundlichen Grüßen\n\nSabine Förster\nVertriebsinnendienst\nKrone Verschlusstechnik GmbH\n"
            "Industriestraße 12 · 57439 Attendorn\nGeschäftsführer: K. Krone · HRB 4711 Amtsgericht Siegen")
    m = mail(slug, frm=("Förster, Sabine", "s.foerster@krone-vt.example"), to=T, subject="AW: " + request_subject(p),
             date="2026-11-24 10:18 +0100", body=body, p=p, quote="de", mailer="Microsoft Outlook 16.0")
    return [p], m, "confirmation", conf((p, allA(p)))


@case("lemoine-fr-acceptation", "confirmation fr", "French 'bonne réception et acceptation ... aux prix et délais indiqués' - receipt wording plus real acceptance")
def _(slug):
    p = po("PO-7100226", "LEMOINE", "lucia", "EUR", "2026-11-19", [
        ("BOX-6X1L", "Caisse américaine 6x1 L, impression 1 couleur", 4000, "EA", "0.58", "2027-01-20"),
        ("DIV-6X1L", "Croisillon 6 cases pour bouteilles 1 L", 4000, "EA", "0.11", "2027-01-20")])
    body = ("Bonjour Madame Ferrer,\n\nNous accusons bonne réception de votre commande PO-7100226 et vous en confirmons "
            "l'acceptation, aux prix et délais indiqués.\n\nBien cordialement,\n\nNathalie Roux\n"
            "Administration des ventes - Cartonnages Lemoine SARL\nZI des Forges, 27000 Évreux")
    m = mail(slug, frm=("Nathalie Roux", "n.roux@cartonnages-lemoine.example"), to=L, subject="RE: " + request_subject(p),
             date="2026-11-23 11:40 +0100", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, allA(p)))


@case("envbajio-es-split-and-per-100", "confirmation es", "Mexican supplier: line 1 split 30,000 + 20,000 with dd/mm/yyyy dates; line 2 price 'USD 14.50 por cada 100 pzas' equals the PO's 0.145/EA")
def _(slug):
    p = po("PO-7100231", "ENVBAJIO", "lucia", "USD", "2026-11-20", [
        ("PRF-500-CLR", "Preforma PET 500 ml, 23 g, transparente", 50000, "EA", "0.0385", "2026-12-15"),
        ("PRF-1L-CLR", "Preforma PET 1 L, 32 g, transparente", 20000, "EA", "0.145", "2026-12-15")])
    body = ("Buen día Lucía,\n\nConfirmamos su orden PO-7100231:\n\n"
            "Partida 1: no alcanzamos a producir todo para el 15/12. Podemos enviar 30,000 pzas el 15/12/2026 "
            "y las 20,000 restantes el 12/01/2027. Precio sin cambio.\n"
            "Partida 2: OK, precio USD 14.50 por cada 100 pzas, fecha 15/12/2026.\n\n"
            "Saludos cordiales,\nIng. Arturo Méndez\nVentas - Envases del Bajío\nCelaya, Gto., México")
    m = mail(slug, frm=("Arturo Méndez", "amendez@envasesbajio.example"), to=L, subject="RE: " + request_subject(p),
             date="2026-11-24 08:55 -0600", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, {
        1: CH(p, 1, schedule=[(30000, "2026-12-15"), (20000, "2027-01-12")]),
        2: A(p, 2)}))


@case("plastivalle-it-confermiamo", "confirmation it", "Italian plain acceptance 'come da Vostra richiesta' with long legal disclaimer")
def _(slug):
    p = po("PO-7100233", "PLASTIV", "lucia", "EUR", "2026-11-20", [
        ("HDL-5L", "Maniglia per tanica 5 L, PP bianco", 25000, "EA", "0.047", "2027-02-05"),
        ("CAP-48-VNT", "Tappo 48 mm con valvola di sfiato", 25000, "EA", "0.083", "2027-02-05")])
    body = ("Gentile Sig.ra Ferrer,\n\nconfermiamo l'ordine in oggetto come da Vostra richiesta (quantità, prezzi e "
            "date di consegna).\n\nCordiali saluti\nMarco Bellini\nUfficio Commerciale - Plastivalle S.r.l.\n\n"
            "AVVISO DI RISERVATEZZA: Le informazioni contenute in questo messaggio sono riservate e destinate "
            "esclusivamente al destinatario. Qualora il messaggio Le fosse pervenuto per errore, La preghiamo di "
            "eliminarlo e di darcene comunicazione (Reg. UE 2016/679).")
    m = mail(slug, frm=("Marco Bellini", "m.bellini@plastivalle.example"), to=L, subject="R: " + request_subject(p),
             date="2026-11-25 14:22 +0100", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, allA(p)))


@case("devries-nl-conform-opgave", "confirmation nl", "Dutch 'conform opgave' acceptance, Dutch Outlook header block quote")
def _(slug):
    p = po("PO-7100235", "DEVRIES", "tomasz", "EUR", "2026-11-20", [
        ("TRAY-24", "Kartonnen tray 24 blikken 330 ml", 15000, "EA", "0.214", "2026-12-17"),
        ("FOIL-TRAY", "Krimpfolie voor tray, 50 my", 900, "KG", "2.61", "2026-12-17")])
    body = ("Goedemorgen Tomasz,\n\nHierbij bevestigen wij uw order PO-7100235 conform opgave: beide regels, "
            "aantallen, prijzen en leverdatum akkoord.\n\nMet vriendelijke groet,\n\nJeroen de Vries\n"
            "Verpakkingen De Vries B.V. | Tiel")
    m = mail(slug, frm=("Jeroen de Vries", "jeroen@devries-verpakking.example"), to=T, subject="RE: " + request_subject(p),
             date="2026-11-23 08:12 +0100", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, allA(p)))


@case("polfolia-pl-date-change", "confirmation pl", "Polish: poz. 1 as ordered, poz. 2 new date 22.01.2027 (the old date 15.01 also appears in the sentence)")
def _(slug):
    p = po("PO-7100238", "POLFOL", "tomasz", "EUR", "2026-11-20", [
        ("FLM-PET12-PR", "Folia PET 12 µm, zadruk 6 kol.", 2400, "KG", "3.95", "2027-01-08"),
        ("FLM-PE50-LAM", "Folia PE 50 µm do laminacji", 3000, "KG", "2.18", "2027-01-15")])
    body = ("Dzień dobry Panie Tomaszu,\n\npotwierdzamy zamówienie PO-7100238.\n"
            "Poz. 1 - zgodnie z zamówieniem.\n"
            "Poz. 2 - ilość i cena bez zmian, natomiast termin dostawy 22.01.2027 (zamiast 15.01), "
            "ze względu na postój linii w okresie świątecznym.\n\nPozdrawiam\nAgnieszka Nowak\nDział Sprzedaży, Polfolia Sp. z o.o.")
    m = mail(slug, frm=("Agnieszka Nowak", "a.nowak@polfolia.example"), to=T, subject="Odp: " + request_subject(p),
             date="2026-11-25 12:31 +0100", body=body, p=p, quote="thunder", mailer="Mozilla Thunderbird")
    return [p], m, "confirmation", conf((p, {1: A(p, 1), 2: CH(p, 2, date="2027-01-22")}))


@case("morava-cs-price-decimal-comma", "confirmation cs", "Czech, decimal comma: pol. 2 price 0,468 EUR instead of 0,452; pol. 1 unchanged")
def _(slug):
    p = po("PO-7100240", "MORAVA", "tomasz", "EUR", "2026-11-20", [
        ("BOX-MP-330", "Multipack krabice 4x330 ml", 20000, "EA", "0.236", "2026-12-11"),
        ("BOX-MP-500", "Multipack krabice 4x500 ml", 12000, "EA", "0.452", "2026-12-11")])
    body = ("Dobrý den, pane Wrono,\n\npotvrzujeme Vaši objednávku PO-7100240:\n"
            "pol. 1 - beze změny (20 000 ks, 0,236 EUR/ks, 11. 12. 2026)\n"
            "pol. 2 - 12 000 ks, termín beze změny, cena 0,468 EUR/ks místo 0,452 EUR/ks (zdražení kartonu od 1. 11.)\n\n"
            "S pozdravem\nPetr Dvořák\nobchodní oddělení\nMoravské obaly s.r.o., Zlín")
    m = mail(slug, frm=("Petr Dvořák", "dvorak@moravske-obaly.example"), to=T, subject="RE: " + request_subject(p),
             date="2026-11-24 13:47 +0100", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, {1: A(p, 1), 2: CH(p, 2, price="0.468")}))


@case("lusocork-pt-date-and-accept", "confirmation pt", "Portuguese: linha 1 delivery 19/01/2027 instead of 12/01 (day-first), linha 2 'conforme pedido'")
def _(slug):
    p = po("PO-7100242", "LUSOCORK", "lucia", "EUR", "2026-11-20", [
        ("CRK-T-SYN", "Rolha de cabeça sintética, T-cork 19,5 mm", 40000, "EA", "0.092", "2027-01-12"),
        ("CRK-NAT-45", "Rolha natural 45x24 mm", 10000, "EA", "0.315", "2027-01-12")])
    body = ("Boa tarde D. Lucía,\n\nConfirmamos a encomenda PO-7100242.\n\n"
            "Linha 1: devido à elevada procura, a entrega será a 19/01/2027 em vez de 12/01. Quantidade e preço mantêm-se.\n"
            "Linha 2: conforme pedido.\n\nCom os melhores cumprimentos,\nRui Carvalho\nLusocork Rolhas, Lda. - Santa Maria da Feira")
    m = mail(slug, frm=("Rui Carvalho", "rui.carvalho@lusocork.example"), to=L, subject="RE: " + request_subject(p),
             date="2026-11-26 15:02 +0000", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, {1: CH(p, 1, date="2027-01-19"), 2: A(p, 2)}))


@case("nordfilm-sv-vecka-3", "confirmation sv", "Swedish 'leverans vecka 3' for both rows -> Friday 2027-01-22 (not the Monday)")
def _(slug):
    p = po("PO-7100244", "NORDFILM", "tomasz", "EUR", "2026-11-20", [
        ("SHR-PE60", "Krympfilm PE 60 µm, 600 mm", 1800, "KG", "2.42", "2027-01-15"),
        ("STR-23", "Sträckfilm 23 µm, maskin", 1200, "KG", "1.96", "2027-01-15")])
    body = ("Hej Tomasz,\n\nVi bekräftar er order PO-7100244. Antal och priser enligt order, men leverans för båda raderna "
            "blir vecka 3 (vi har inventering v. 2).\n\nMed vänliga hälsningar\nKarin Lund\nNordfilm AB, Borås")
    m = mail(slug, frm=("Karin Lund", "karin.lund@nordfilm.example"), to=T, subject="SV: " + request_subject(p),
             date="2026-11-26 09:30 +0100", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, {1: CH(p, 1, date=kw(2027, 3)), 2: CH(p, 2, date=kw(2027, 3))}))


@case("anadolu-tr-price-increase-line1", "confirmation tr", "Turkish: 1. kalem price 0,0965 instead of 0,0920 (decimal comma), 2. kalem as ordered")
def _(slug):
    p = po("PO-7100246", "ANADOLU", "lucia", "EUR", "2026-11-21", [
        ("JAR-370", "Cam kavanoz 370 ml, TO 66", 60000, "EA", "0.0920", "2027-02-12"),
        ("LID-TO66", "Twist-off kapak 66 mm, beyaz", 60000, "EA", "0.0410", "2027-02-12")])
    body = ("Sayın Lucía Ferrer,\n\nPO-7100246 nolu siparişinizi onaylıyoruz.\n"
            "1. kalem: hammadde artışı nedeniyle birim fiyat 0,0920 EUR yerine 0,0965 EUR olacaktır; miktar ve termin aynı.\n"
            "2. kalem: sipariş gibi onaylanmıştır.\n\nSaygılarımızla,\nEmre Yıldız\nİhracat Satış - Anadolu Ambalaj A.Ş.")
    m = mail(slug, frm=("Emre Yıldız", "emre.yildiz@anadolu-ambalaj.example"), to=L, subject="YNT: " + request_subject(p),
             date="2026-11-27 10:14 +0300", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, {1: CH(p, 1, price="0.0965"), 2: A(p, 2)}))


@case("sunrise-us-12-01-is-december", "confirmation en-US", "small US firm on Gmail writes 'delivery 12/01' - month-first, equals the PO's 2026-12-01 (a day-first reading would give 12 Jan)")
def _(slug):
    p = po("PO-7100248", "SUNRISE", "helen", "USD", "2026-11-19", [
        ("GSK-83-EPDM", "Lid gasket EPDM, 83 mm", 20000, "EA", "0.071", "2026-12-01")])
    body = "Helen,\n\nConfirmed, 20k gaskets, delivery 12/01.\n\nthanks\nBob Sunderland\nSunrise Gasket Co."
    m = mail(slug, frm=("Bob Sunderland", "sunrisegasket@gmail.example"), to=H, subject="Re: " + request_subject(p),
             date="2026-11-23 18:51 -0600", body=body, p=p, quote="gmail", domain="mail.gmail.example")
    return [p], m, "confirmation", conf((p, allA(p)))


@case("dunmore-gb-12-01-is-january", "confirmation en-GB", "UK supplier 'we can deliver 12/01 at the earliest' = 12 January; no year, after the mail date -> 2027-01-12")
def _(slug):
    p = po("PO-7100250", "DUNMORE", "helen", "GBP", "2026-11-20", [
        ("ADH-HM-LBL", "Hot-melt labelling adhesive, pellets", 400, "KG", "4.20", "2026-12-18"),
        ("ADH-CSN-W", "Casein-free cold glue, wet-strength", 600, "KG", "2.85", "2026-12-18")])
    body = ("Hi Helen,\n\nLine 1 is fine as per your order.\n"
            "Line 2 - we're out of the wet-strength base until the new year, we can deliver 12/01 at the earliest. "
            "Same qty and price.\n\nCheers,\nMatt Greaves\nSales Office, Dunmore Adhesives Ltd")
    m = mail(slug, frm=("Matt Greaves", "m.greaves@dunmore-adhesives.example"), to=H, subject=re_(p),
             date="2026-11-25 11:06 +0000", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, {1: A(p, 1), 2: CH(p, 2, date="2027-01-12")}))


@case("kavya-in-dispatch-vs-eta", "confirmation en-IN", "Indian exporter gives dispatch 04/12/2026 and ETA at our warehouse 08/01/2027 (day-first); the delivery date wins")
def _(slug):
    p = po("PO-7100252", "KAVYA", "helen", "USD", "2026-11-20", [
        ("MB-WHT-40", "White masterbatch, 40% TiO2", 2000, "KG", "2.95", "2027-01-04"),
        ("MB-BLU-PCO", "Blue masterbatch for PCO closures", 500, "KG", "4.60", "2027-01-04")])
    body = ("Dear Madam,\n\nGreetings from Kavya Polymers!\n\nWe are pleased to confirm your PO-7100252 for both items "
            "with quantity and price as per PO. Material will be dispatched from Nhava Sheva on 04/12/2026; "
            "ETA at your Leeds warehouse 08/01/2027.\n\nKindly do the needful.\n\nThanks & Regards,\n"
            "Suresh Iyer\nExport Department\nKavya Polymers Pvt. Ltd., Vapi, Gujarat")
    m = mail(slug, frm=("Suresh Iyer", "exports@kavyapolymers.example"), to=H, subject="RE: " + request_subject(p),
             date="2026-11-26 12:40 +0530", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, {1: CH(p, 1, date="2027-01-08"), 2: CH(p, 2, date="2027-01-08")}))


@case("unified-ship-dates-only", "confirmation en-US", "distributor gives only ship dates 12/18 and 12/22: line 1 ship date equals the need-by date -> accepted, line 2 changed")
def _(slug):
    p = po("PO-7100254", "UNIFIED", "helen", "USD", "2026-11-20", [
        ("SAF-GLV-L", "Nitrile gloves, food safe, size L (box of 100)", 300, "EA", "6.40", "2026-12-18"),
        ("SAF-HNET", "Hairnet, white, 21in (case of 1000)", 40, "EA", "18.90", "2026-12-18")])
    body = ("Hello Helen,\n\nThank you for your order. Your PO-7100254 has been entered as sales order 3318842.\n\n"
            "Line 1 - 300 bx @ $6.40 - ships 12/18 from our Reno DC\n"
            "Line 2 - 40 cs @ $18.90 - ships 12/22 (vendor backorder)\n\n"
            "Best regards,\nJasmine Ortiz\nInside Sales | Unified Industrial Supply Inc.\n"
            "This email and any attachments are confidential.")
    m = mail(slug, frm=("Jasmine Ortiz", "jortiz@unified-supply.example"), to=H, subject="RE: " + request_subject(p),
             date="2026-11-24 14:20 -0800", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, {1: A(p, 1), 2: CH(p, 2, date="2026-12-22")}))


@case("weber-de-kw1-kw2", "confirmation de", "German KW without year: 'KW 1' is Friday 2027-01-08 (= PO date, accepted), 'KW 2' Friday 2027-01-15 (changed); week 53 of 2026 exists, so KW 1 is not 1 Jan")
def _(slug):
    p = po("PO-7100256", "WEBERET", "tomasz", "EUR", "2026-11-21", [
        ("LBL-BR-FRT", "Rückenetikett Bier 0,5 l, Nassleim", 250000, "EA", "0.0072", "2027-01-08"),
        ("LBL-BR-NCK", "Halsetikett Bier 0,5 l, Nassleim", 250000, "EA", "0.0041", "2027-01-08")])
    body = ("Guten Tag Herr Wrona,\n\nanbei unsere Bestätigung zu PO-7100256:\n\n"
            "Pos. 1  250.000 Stk  Liefertermin KW 1\n"
            "Pos. 2  250.000 Stk  Liefertermin KW 2 (Stanzwerkzeug wird überarbeitet)\n\n"
            "Preise wie bestellt.\n\nFreundliche Grüße\nJulia Weber\nInnendienst, Weber Etiketten GmbH")
    m = mail(slug, frm=("Julia Weber", "j.weber@weber-etiketten.example"), to=T, subject="AW: " + request_subject(p),
             date="2026-11-26 09:02 +0100", body=body, p=p, quote="thunder", mailer="Mozilla Thunderbird")
    return [p], m, "confirmation", conf((p, {1: A(p, 1), 2: CH(p, 2, date=kw(2027, 2))}))


@case("bramble-gb-tuesday-cw51", "confirmation en-GB", "'Tuesday CW 51' names a day -> 2026-12-15 (not the Friday); line 2 'as ordered'")
def _(slug):
    p = po("PO-7100258", "BRAMBLE", "helen", "GBP", "2026-11-21", [
        ("INK-WB-BLK", "Water-based flexo ink, black", 300, "KG", "5.85", "2026-12-18"),
        ("INK-WB-P021", "Water-based flexo ink, Pantone 021 C", 120, "KG", "7.40", "2026-12-18")])
    body = ("Morning Helen,\n\nBoth lines confirmed at your prices. The black (line 1) will be with you Tuesday CW 51 as we "
            "have a tanker going up that day; line 2 as ordered.\n\nKind regards\nFiona Marsh\nBramble Inks Ltd")
    m = mail(slug, frm=("Fiona Marsh", "fiona@brambleinks.example"), to=H, subject=re_(p),
             date="2026-11-27 08:47 +0000", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, {1: CH(p, 1, date=kw(2026, 51, 2)), 2: A(p, 2)}))


@case("devries-nl-week-53", "confirmation nl", "'levering in week 53' - ISO 2026 has 53 weeks, Friday is 2027-01-01")
def _(slug):
    p = po("PO-7100260", "DEVRIES", "tomasz", "EUR", "2026-11-22", [
        ("TRAY-6X1L", "Kartonnen tray 6 flessen 1 L", 8000, "EA", "0.262", "2026-12-23")])
    body = ("Beste Tomasz,\n\nOrder PO-7100260 is akkoord qua aantal en prijs. Door de kerstdrukte kunnen we pas "
            "in week 53 leveren.\n\nGroet,\nJeroen")
    m = mail(slug, frm=("Jeroen de Vries", "jeroen@devries-verpakking.example"), to=T, subject="RE: " + request_subject(p),
             date="2026-11-30 17:25 +0100", body=body, p=p, quote="outlook", html=False)
    return [p], m, "confirmation", conf((p, {1: CH(p, 1, date=kw(2026, 53))}))


@case("hollis-gb-5-jan-rollover", "confirmation en-GB", "'on 5 Jan' with no year in a November mail -> 2027-01-05; line 2 'fine'")
def _(slug):
    p = po("PO-7100262", "HOLLISD", "helen", "GBP", "2026-11-23", [
        ("CTN-24X330", "Shipper carton 24x330 ml cans, BC-flute", 3000, "EA", "0.688", "2026-12-21"),
        ("PAD-1200", "Layer pad 1200x1000, corrugated", 2000, "EA", "0.395", "2026-12-21")])
    body = ("Helen\n\nThe 24s can't be done before Christmas, sorry - we can get them to you on 5 Jan. "
            "Layer pads fine for the 21st.\nAll at your prices.\n\nGeoff\n\nSent from my iPhone")
    m = mail(slug, frm=("Geoff Hollis", "geoff@hollis-corrugated.example"), to=H, subject="Re: " + request_subject(p),
             date="2026-11-27 19:12 +0000", body=body, p=p, quote="iphone", html=False)
    return [p], m, "confirmation", conf((p, {1: CH(p, 1, date="2027-01-05"), 2: A(p, 2)}))


@case("tianyu-short-quantity", "confirmation en", "Chinese exporter confirms only 8,000 of 10,000 on line 1 (balance cancelled); line 2 OK")
def _(slug):
    p = po("PO-7100264", "TIANYU", "helen", "USD", "2026-11-22", [
        ("LID-83-TP", "Tinplate lid 83 mm, gold lacquer", 10000, "EA", "0.0610", "2027-01-18"),
        ("LID-99-TP", "Tinplate lid 99 mm, gold lacquer", 6000, "EA", "0.0790", "2027-01-18")])
    body = ("Dear Helen,\n\nGood day! Thanks for your PO.\n\nItem 1: sorry we can only supply 8,000 pcs because of tinplate "
            "shortage, balance 2,000 pcs please cancel. Price and date no change.\nItem 2: OK.\n\n"
            "Best regards\nLily Chen\nXiamen Tianyu Packaging Co., Ltd.\nTel: +86 592 555 0188  WeChat: lily_tianyu")
    m = mail(slug, frm=("Lily Chen", "lily@tianyu-pack.example"), to=H, subject="Re:" + request_subject(p),
             date="2026-11-24 16:33 +0800", body=body, p=p, quote="outlook", mailer="Foxmail 7.2.25.228[cn]")
    return [p], m, "confirmation", conf((p, {1: CH(p, 1, q=8000), 2: A(p, 2)}))


@case("ferrara-it-surcharge-percent", "confirmation it", "Italian: '+3,5% supplemento energetico' on all prices -> computed from PO prices (6.80->7.038, 12.40->12.834)")
def _(slug):
    p = po("PO-7100266", "FERRARA", "lucia", "EUR", "2026-11-22", [
        ("INK-UV-WHT", "Inchiostro UV bianco coprente", 200, "KG", "6.80", "2027-01-29"),
        ("INK-UV-VAR", "Vernice UV lucida", 150, "KG", "12.40", "2027-01-29")])
    body = ("Buongiorno,\n\nconfermiamo il Vs. ordine PO-7100266 per quantità e data di consegna. Ai prezzi d'ordine va "
            "applicato il supplemento energetico del 3,5% in vigore dal 1° novembre.\n\nDistinti saluti\n"
            "Chiara Rinaldi\nCustomer Service - Inchiostri Ferrara S.p.A.")
    m = mail(slug, frm=("Chiara Rinaldi", "customerservice@inchiostri-ferrara.example"), to=L, subject="R: " + request_subject(p),
             date="2026-11-27 11:55 +0100", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, {1: CH(p, 1, price="7.038"), 2: CH(p, 2, price="12.834")}))


@case("silverton-price-per-1000", "confirmation en-GB", "prices quoted per 1000: £23.50/1000 equals PO 0.0235 (accepted), £31.00/1000 vs PO 0.0295 -> 0.031 changed")
def _(slug):
    p = po("PO-7100268", "SILVERTON", "helen", "GBP", "2026-11-22", [
        ("SLV-330-CLR", "Shrink sleeve 330 ml can, clear PETG", 200000, "EA", "0.0235", "2027-01-15"),
        ("SLV-500-PRT", "Shrink sleeve 500 ml bottle, 8-col print", 100000, "EA", "0.0295", "2027-01-15")])
    body = ("Dear Helen,\n\nThank you for PO-7100268, which we confirm for delivery 15 January 2027:\n\n"
            "Line 1  200,000 sleeves  £23.50 per 1000\n"
            "Line 2  100,000 sleeves  £31.00 per 1000 - please note the 8-colour print is on our current price list "
            "at £31.00, not £29.50.\n\nRegards\nAnil Patel\nSales Administration\nSilverton Shrink Sleeves Ltd")
    m = mail(slug, frm=("Anil Patel", "anil.patel@silverton-sleeves.example"), to=H, subject=re_(p),
             date="2026-11-25 15:10 +0000", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, {1: A(p, 1), 2: CH(p, 2, price="0.031")}))


@case("dunmore-price-per-bag-kg", "confirmation en-GB", "PO in KG; supplier restates as 20 bags x 25 kg at £105.00 per bag = £4.20/kg -> accepted")
def _(slug):
    p = po("PO-7100270", "DUNMORE", "helen", "GBP", "2026-11-23", [
        ("ADH-HM-LBL", "Hot-melt labelling adhesive, pellets", 500, "KG", "4.20", "2027-01-22")])
    body = ("Helen,\n\nConfirming 20 bags x 25 kg hot-melt at £105.00 per bag, delivered Friday 22nd January.\n\n"
            "Regards\nMatt Greaves\nDunmore Adhesives Ltd")
    m = mail(slug, frm=("Matt Greaves", "m.greaves@dunmore-adhesives.example"), to=H, subject=re_(p),
             date="2026-11-30 10:21 +0000", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, allA(p)))


@case("polfolia-pl-price-per-roll", "confirmation pl", "PO in KG at 2.35/kg; supplier confirms 24 rolek po 50 kg at 124,00 EUR/rolka = 2.48/kg -> changed price")
def _(slug):
    p = po("PO-7100272", "POLFOL", "tomasz", "EUR", "2026-11-23", [
        ("SHR-PE45", "Folia termokurczliwa PE 45 µm, 500 mm", 1200, "KG", "2.35", "2027-02-19")])
    body = ("Dzień dobry,\n\npotwierdzamy PO-7100272: 24 rolki po 50 kg (razem 1200 kg), cena 124,00 EUR za rolkę, "
            "dostawa 19.02.2027.\nCena uwzględnia nowy cennik surowców.\n\nPozdrawiam\nAgnieszka Nowak\nPolfolia Sp. z o.o.")
    m = mail(slug, frm=("Agnieszka Nowak", "a.nowak@polfolia.example"), to=T, subject="Odp: " + request_subject(p),
             date="2026-11-30 13:05 +0100", body=body, p=p, quote="thunder", mailer="Mozilla Thunderbird")
    return [p], m, "confirmation", conf((p, {1: CH(p, 1, price="2.48")}))


@case("krone-de-split-kw", "confirmation de", "German split: Pos. 1 200.000 in KW 51 and 100.000 in KW 2/2027 (Fridays); Pos. 2 as ordered; thousands separator '.'")
def _(slug):
    p = po("PO-7100274", "KRONEVT", "tomasz", "EUR", "2026-11-23", [
        ("CAP-28-BLU", "Schraubverschluss PCO 1881, 28 mm, blau", 300000, "EA", "0.0142", "2026-12-18"),
        ("CAP-28-GRN", "Schraubverschluss PCO 1881, 28 mm, grün", 100000, "EA", "0.0142", "2026-12-18")])
    body = ("Hallo Herr Wrona,\n\nzu PO-7100274:\n\nPos. 1: Teillieferung 200.000 Stk in KW 51, die restlichen 100.000 Stk "
            "in KW 2/2027. Preis unverändert.\nPos. 2: bestätigt wie bestellt.\n\nViele Grüße\nSabine Förster\n"
            "Krone Verschlusstechnik GmbH")
    m = mail(slug, frm=("Förster, Sabine", "s.foerster@krone-vt.example"), to=T, subject="AW: " + request_subject(p),
             date="2026-11-27 14:41 +0100", body=body, p=p, quote="de", mailer="Microsoft Outlook 16.0")
    return [p], m, "confirmation", conf((p, {
        1: CH(p, 1, schedule=[(200000, kw(2026, 51)), (100000, kw(2027, 2))]), 2: A(p, 2)}))


@case("buckeye-line3-discontinued", "confirmation en-US", "lines 1-2 confirmed, line 3 declined (size discontinued) with an alternative suggested - suggestion is not a commitment")
def _(slug):
    p = po("PO-7100276", "BUCKEYE", "helen", "USD", "2026-11-23", [
        ("END-202-SOT", "202 beverage can end, SOT, aluminium", 300000, "EA", "0.0285", "2027-02-08"),
        ("END-200-SOT", "200 beverage can end, SOT, aluminium", 200000, "EA", "0.0279", "2027-02-08"),
        ("END-206-LOE", "206 large-opening end, aluminium", 80000, "EA", "0.0301", "2027-02-08")])
    body = ("Hi Helen,\n\nLines 1 and 2 confirmed as ordered.\n\nLine 3 - unfortunately we discontinued the 206 LOE in October "
            "and can't supply it. The 206 standard SOT end (our 206-SOT-B) would fit your seamer at $0.0296 if you "
            "want to place a new order for it.\n\nThanks,\nDana Kowalczyk\nCustomer Service | Buckeye Can & Closure Inc.")
    m = mail(slug, frm=("Dana Kowalczyk", "dkowalczyk@buckeyecan.example"), to=H, subject="RE: " + request_subject(p),
             date="2026-11-30 10:02 -0500", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, {1: A(p, 1), 2: A(p, 2), 3: R}))


@case("regiotapas-es-full-decline", "confirmation es", "Mexican contract manufacturer declines the whole order (capacity) - a rejection is an answer: all lines rejected")
def _(slug):
    p = po("PO-7100278", "REGIOTAP", "lucia", "USD", "2026-11-23", [
        ("CAP-38-HOT", "Tapa 38 mm para llenado en caliente", 500000, "EA", "0.0198", "2026-12-22"),
        ("CAP-38-TE", "Tapa 38 mm con banda de garantía", 200000, "EA", "0.0211", "2026-12-22")])
    body = ("Estimada Lucía:\n\nLamentamos informarle que no podremos atender su orden PO-7100278. Nuestra línea de "
            "inyección está comprometida hasta marzo y no podemos garantizar ninguna de las dos partidas.\n"
            "Con gusto cotizamos de nuevo para entregas a partir de abril 2027.\n\n"
            "Atentamente,\nLic. Gabriela Treviño\nTapas Regiomontanas S.A. de C.V.\nApodaca, N.L.")
    m = mail(slug, frm=("Gabriela Treviño", "gtrevino@regiotapas.example"), to=L, subject="RE: " + request_subject(p),
             date="2026-11-26 09:48 -0600", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, {1: R, 2: R}))


@case("maple-line2-unaddressed", "confirmation en-US", "confirms lines 1 and 3 only; line 2 not mentioned -> unconfirmed")
def _(slug):
    p = po("PO-7100280", "MAPLERDG", "helen", "USD", "2026-11-23", [
        ("LBL-330-LEM", "Wrap label 330 ml can sleeve, lemon", 90000, "EA", "0.0162", "2027-01-15"),
        ("LBL-330-LIM", "Wrap label 330 ml can sleeve, lime", 90000, "EA", "0.0162", "2027-01-15"),
        ("LBL-330-ORG", "Wrap label 330 ml can sleeve, orange", 60000, "EA", "0.0162", "2027-01-15")])
    body = ("Helen -\n\nConfirming line 1 (lemon) and line 3 (orange) per PO, Jan 15 delivery.\n\n"
            "Rick Halvorsen\nMaple Ridge Labels LLC\nBurlington, VT")
    m = mail(slug, frm=("Rick Halvorsen", "rick@mapleridgelabels.example"), to=H, subject="Re: " + request_subject(p),
             date="2026-11-30 08:31 -0500", body=body, p=p, quote="gmail")
    return [p], m, "confirmation", conf((p, {1: A(p, 1), 2: U, 3: A(p, 3)}))


@case("lemoine-fr-ligne2-a-confirmer", "confirmation fr", "ligne 1 OK, ligne 2 'délai à confirmer la semaine prochaine' -> unconfirmed (hedged)")
def _(slug):
    p = po("PO-7100282", "LEMOINE", "lucia", "EUR", "2026-11-24", [
        ("BOX-12X330", "Caisse 12 canettes 330 ml, brun", 10000, "EA", "0.31", "2027-01-27"),
        ("BOX-12X500", "Caisse 12 canettes 500 ml, imprimée 2 coul.", 6000, "EA", "0.44", "2027-01-27")])
    body = ("Bonjour Lucía,\n\nLigne 1 : OK, quantité, prix et date confirmés.\n"
            "Ligne 2 : nous attendons le carton imprimé, délai à confirmer la semaine prochaine.\n\n"
            "Cordialement,\nNathalie Roux\nCartonnages Lemoine")
    m = mail(slug, frm=("Nathalie Roux", "n.roux@cartonnages-lemoine.example"), to=L, subject="RE: " + request_subject(p),
             date="2026-11-30 15:20 +0100", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, {1: A(p, 1), 2: U}))


@case("shengda-inline-answers", "confirmation en", "answers typed inline between the quoted request lines ('--> OK', new price, ETD+ETA); quoted values must not be read as answers")
def _(slug):
    p = po("PO-7100292", "SHENGDA", "helen", "USD", "2026-11-24", [
        ("PUMP-28-WHT", "Dispensing pump 28/410 for sauces, white", 30000, "EA", "0.0820", "2027-01-29"),
        ("TRG-28-WHT", "Trigger sprayer 28/400, white", 20000, "EA", "0.0330", "2027-01-29"),
        ("CAP-FT-24", "Flip-top cap 24/410, natural", 50000, "EA", "0.0120", "2027-01-29")])
    q = quote_block(p, "gmail").split("\n")
    out = []
    for l in q:
        out.append(l)
        if "Delivery 2027-01-29" in l:
            n = sum(1 for x in out if "Delivery 2027-01-29" in x)
            out.append({1: "--> OK",
                        2: "--> qty and date OK, price must be USD 0.0345 (PP resin up)",
                        3: "--> ETD Ningbo 28 Dec, ETA Leeds 2 Feb, sorry cannot earlier"}[n])
    body = ("Dear Helen,\n\nPls see our answers in your mail below.\n\nBest regards\nKevin Zhou\n"
            "Ningbo Shengda Trading Co., Ltd.\n\n" + "\n".join(out))
    m = mail(slug, frm=("Kevin Zhou", "sales03@shengda-trading.example"), to=H, subject="Re: " + request_subject(p),
             date="2026-11-26 10:15 +0800", body=body, p=p, quote=None, mailer="Foxmail 7.2.25.228[cn]")
    return [p], m, "confirmation", conf((p, {1: A(p, 1), 2: CH(p, 2, price="0.0345"), 3: CH(p, 3, date="2027-02-02")}))


@case("shengda-etd-eta", "confirmation en", "ETD Ningbo 18 Dec vs ETA Leeds 25 Jan 2027 - the delivery (ETA at our warehouse) wins; quantities/prices 'as PO'")
def _(slug):
    p = po("PO-7100294", "SHENGDA", "helen", "USD", "2026-11-24", [
        ("PUMP-28-BLK", "Dispensing pump 28/410 for sauces, black", 40000, "EA", "0.0840", "2027-01-22")])
    body = ("Dear Helen,\n\nConfirmed PO-7100294, 40,000 pcs @ USD 0.0840 as PO.\n"
            "ETD Ningbo: 18 Dec 2026\nETA Leeds warehouse: 25 Jan 2027\n\nBest regards\nKevin Zhou\nNingbo Shengda Trading Co., Ltd.")
    m = mail(slug, frm=("Kevin Zhou", "sales03@shengda-trading.example"), to=H, subject="Re: " + request_subject(p),
             date="2026-11-27 09:02 +0800", body=body, p=p, quote="outlook", mailer="Foxmail 7.2.25.228[cn]")
    return [p], m, "confirmation", conf((p, {1: CH(p, 1, date="2027-01-25")}))


@case("balticpallet-excel-table", "confirmation en", "Excel range pasted into the body (HTML table + tab-separated text): line 2 confirmed qty 900 of 1000, line 3 new date; 'Ordered qty' column must not be read as confirmed")
def _(slug):
    p = po("PO-7100296", "BALTPAL", "tomasz", "EUR", "2026-11-24", [
        ("PAL-EUR-NEW", "EUR pallet 1200x800, new, EPAL", 1000, "EA", "11.80", "2026-12-14"),
        ("PAL-EUR-HT", "EUR pallet 1200x800, heat-treated ISPM 15", 1000, "EA", "12.40", "2026-12-14"),
        ("PAL-IND", "Industrial pallet 1200x1000", 400, "EA", "14.90", "2026-12-14")])
    rows = [("PO line", "Item", "Ordered qty", "Confirmed qty", "Unit price EUR", "Confirmed delivery"),
            ("1", "PAL-EUR-NEW", "1000", "1000", "11.80", "2026-12-14"),
            ("2", "PAL-EUR-HT", "1000", "900", "12.40", "2026-12-14"),
            ("3", "PAL-IND", "400", "400", "14.90", "2027-01-20")]
    txt = "\n".join("\t".join(r) for r in rows)
    intro = "Hello Tomasz,\n\nPlease find our confirmation for PO-7100296 below:\n\n"
    outro = ("\n\nHT pallets: only 900 pcs available this year, rest will not be delivered.\n\n"
             "Best regards\nRasa Jankauskienė\nSales manager, Baltic Pallet Works UAB\nKaunas, Lithuania")
    body = intro + txt + outro
    trs = []
    for i, r in enumerate(rows):
        tag = "b" if i == 0 else "span"
        trs.append("<tr style='height:15.0pt'>" + "".join(
            f"<td class=xl65 style='border:.5pt solid windowtext;padding:0 5.4pt'><{tag}>{htmlmod.escape(c)}</{tag}></td>"
            for c in r) + "</tr>")
    full_text = body + "\n\n" + quote_block(p, "outlook") + "\n"
    h = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta charset=\"utf-8\"></head><body>"
         "<p>Hello Tomasz,</p><p>Please find our confirmation for PO-7100296 below:</p>"
         "<table border=0 cellpadding=0 cellspacing=0 style='border-collapse:collapse'>" + "".join(trs) + "</table>"
         "<p>HT pallets: only 900 pcs available this year, rest will not be delivered.</p>"
         "<p>Best regards<br>Rasa Jankauskienė<br>Sales manager, Baltic Pallet Works UAB<br>Kaunas, Lithuania</p>"
         "<div style='border-top:solid #E1E1E1 1.0pt'><pre>" + htmlmod.escape(quote_block(p, "outlook")) + "</pre></div>"
         "</body></html>\n")
    m = mail(slug, frm=("Rasa Jankauskienė", "rasa@balticpallet.example"), to=T, subject="RE: " + request_subject(p),
             date="2026-11-26 14:05 +0200", body=full_text, p=None, html=h, mailer="Microsoft Outlook 16.0",
             headers={"In-Reply-To": p["request_message_id"], "References": p["request_message_id"]})
    return [p], m, "confirmation", conf((p, {1: A(p, 1), 2: CH(p, 2, q=900), 3: CH(p, 3, date="2027-01-20")}))


@case("dufour-fr-pdf-arc", "confirmation fr", "ERP mail, not threaded, body only 'ci-joint'; values only in the PDF (ARC): line 2 price 0,1250 (was 0.1180), line 3 date 29/01/2027")
def _(slug):
    p = po("PO-7100298", "DUFOUR", "lucia", "EUR", "2026-11-24", [
        ("BAG-KR-2", "Sac kraft 2 kg, farine, 2 plis", 50000, "EA", "0.0640", "2027-01-15"),
        ("BAG-KR-5", "Sac kraft 5 kg, farine, 2 plis", 30000, "EA", "0.1180", "2027-01-15"),
        ("BAG-KR-10", "Sac kraft 10 kg, 3 plis", 10000, "EA", "0.2050", "2027-01-15")])
    pdf = make_pdf(
        ["Dufour Emballages SAS - Accuse de reception de commande ARC-26-11873",
         "Client : Brightwater Packaging Group, Leeds (UK)",
         "Votre commande : PO-7100298 du 24/11/2026      Date ARC : 26/11/2026",
         "Conditions : DAP Leeds, paiement 60 jours fin de mois"],
        ["Pos.", "Article client", "Designation", "Quantite", "Prix unit. EUR", "Livraison"],
        [["10", "BAG-KR-2", "Sac kraft 2 kg farine 2 plis", "50 000", "0,0640", "15/01/2027"],
         ["20", "BAG-KR-5", "Sac kraft 5 kg farine 2 plis", "30 000", "0,1250", "15/01/2027"],
         ["30", "BAG-KR-10", "Sac kraft 10 kg 3 plis", "10 000", "0,2050", "29/01/2027"]],
        ["Les dates indiquees sont des dates de livraison chez le client.",
         "Toute reclamation doit nous parvenir sous 8 jours. Nos conditions generales de vente s'appliquent."])
    body = ("Madame, Monsieur,\n\nVeuillez trouver ci-joint notre accusé de réception de commande ARC-26-11873 relatif à "
            "votre commande PO-7100298.\n\nCordialement,\nService Administration des Ventes\nDufour Emballages SAS\n\n"
            "Ce message a été généré automatiquement, merci de ne pas y répondre.")
    m = mail(slug, frm=("Dufour Emballages - ADV", "commandes@dufour-emballages.example"), to=L,
             subject="Accusé de réception de commande ARC-26-11873 - Votre commande PO-7100298",
             date="2026-11-26 06:02 +0100", body=body, p=p, thread=False, html=False,
             attachments=[("ARC-26-11873.pdf", *PDF, pdf)], mailer="Sage X3 Mailer")
    return [p], m, "confirmation", conf((p, {1: A(p, 1), 2: CH(p, 2, price="0.1250"), 3: CH(p, 3, date="2027-01-29")}))


@case("pacrim-portal-xlsx-ack", "confirmation en-US", "noreply portal mail with XLSX acknowledgement: line 1 as ordered, line 2 later confirmed delivery date, line 3 confirmed qty 0 'cancelled - discontinued'; ship-date column next to delivery column")
def _(slug):
    p = po("PO-7100300", "PACRIM", "helen", "USD", "2026-11-24", [
        ("RES-PP-H12", "PP homopolymer, injection grade, MFI 12", 20000, "KG", "1.38", "2027-02-15"),
        ("RES-HDPE-BM", "HDPE blow moulding grade", 15000, "KG", "1.52", "2027-02-15"),
        ("RES-PET-080", "PET bottle grade, IV 0.80", 22000, "KG", "1.29", "2027-02-15")])
    d = dt.date.fromisoformat
    xlsx = make_xlsx([
        ["Pacific Rim Resin Distributors - Sales Order Acknowledgement"],
        ["Sales Order", "SO-88231", "Customer PO", "PO-7100300"],
        [],
        ["Cust PO Line", "Item", "Ordered Qty (KG)", "Confirmed Qty (KG)", "Unit Price USD/KG", "Ship Date",
         "Confirmed Delivery Date", "Status"],
        [1, "RES-PP-H12", 20000, 20000, 1.38, d("2027-02-08"), d("2027-02-15"), "Confirmed"],
        [2, "RES-HDPE-BM", 15000, 15000, 1.52, d("2027-02-19"), d("2027-02-26"), "Confirmed"],
        [3, "RES-PET-080", 22000, 0, 1.29, None, None, "Cancelled - grade discontinued"],
    ], "Acknowledgement")
    body = ("This is an automated message from PacRim SupplierLink.\n\nSales order SO-88231 has been created for your "
            "purchase order PO-7100300. The order acknowledgement is attached (SO-88231.xlsx).\n\n"
            "Please review it and contact your account manager with any discrepancies within 2 business days.\n\n"
            "Pacific Rim Resin Distributors | 1200 Harbor Way, Long Beach, CA 90802\n"
            "Do not reply to this message - this mailbox is not monitored.")
    m = mail(slug, frm=("PacRim SupplierLink", "noreply@pacrim-resin.example"), to=H,
             subject="Order Acknowledgement SO-88231 for PO PO-7100300", date="2026-11-27 02:14 -0800",
             body=body, p=p, thread=False, attachments=[("SO-88231.xlsx", *XLSX, xlsx)],
             headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})
    return [p], m, "confirmation", conf((p, {1: A(p, 1), 2: CH(p, 2, date="2027-02-26"), 3: R}))


@case("weber-two-pos-one-answered", "confirmation de", "two open POs; reply confirms PO-7100284 and only promises an answer on PO-7100286 by Friday -> second PO left out")
def _(slug):
    p1 = po("PO-7100284", "WEBERET", "tomasz", "EUR", "2026-11-24", [
        ("LBL-BR-FRT", "Rückenetikett Bier 0,5 l, Nassleim", 150000, "EA", "0.0072", "2027-01-22")])
    p2 = po("PO-7100286", "WEBERET", "tomasz", "EUR", "2026-11-24", [
        ("LBL-CID-FRT", "Frontetikett Cider 0,33 l, Haftetikett", 80000, "EA", "0.0118", "2027-01-22"),
        ("LBL-CID-BCK", "Rückenetikett Cider 0,33 l, Haftetikett", 80000, "EA", "0.0096", "2027-01-22")])
    body = ("Hallo Herr Wrona,\n\nBestellung PO-7100284 bestätigen wir wie bestellt.\n\n"
            "Zu Ihrer Bestellung PO-7100286 (Cider-Etiketten) klären wir noch das Material und melden uns bis Freitag.\n\n"
            "Freundliche Grüße\nJulia Weber\nWeber Etiketten GmbH")
    m = mail(slug, frm=("Julia Weber", "j.weber@weber-etiketten.example"), to=T, subject="AW: " + request_subject(p1),
             date="2026-11-25 16:40 +0100", body=body, p=p1, quote="thunder", mailer="Mozilla Thunderbird")
    return [p1, p2], m, "confirmation", conf((p1, allA(p1)))


@case("tianyu-new-thread-match-by-item", "confirmation en", "new thread (no In-Reply-To), no PO number: '83mm gold lids' identifies PO-7100288; the can-body PO is only mentioned ('reply tomorrow') and left out; 'ETA 18 Jan' has no year")
def _(slug):
    p1 = po("PO-7100288", "TIANYU", "helen", "USD", "2026-11-24", [
        ("LID-83-TP", "Tinplate lid 83 mm, gold lacquer", 40000, "EA", "0.0610", "2027-01-18")])
    p2 = po("PO-7100290", "TIANYU", "helen", "USD", "2026-11-24", [
        ("CAN-73X110", "Tinplate can body 73x110, 3-piece", 40000, "EA", "0.1350", "2027-01-18"),
        ("CAN-99X119", "Tinplate can body 99x119, 3-piece", 15000, "EA", "0.1920", "2027-01-18")])
    body = ("Hi Helen,\n\nFor the 83mm gold lids order: we confirm 40,000 pcs, USD 0.0610/pc, ETA your Leeds warehouse "
            "18 Jan.\nThe can bodies order we are still checking with factory, will reply you tomorrow.\n\n"
            "Best regards\nLily Chen\nXiamen Tianyu Packaging Co., Ltd.")
    m = mail(slug, frm=("Lily Chen", "lily@tianyu-pack.example"), to=H, subject="lids 83mm order confirm",
             date="2026-11-27 15:20 +0800", body=body, p=None, mailer="Foxmail 7.2.25.228[cn]")
    return [p1, p2], m, "confirmation", conf((p1, allA(p1)))


@case("unified-six-line-mixed", "confirmation en-US", "six lines answered by number: case-pack round-up 250->252, US date 1/12 = 12 Jan 2027, discontinued line (substitute offered), price change, two OKs")
def _(slug):
    p = po("PO-7100302", "UNIFIED", "helen", "USD", "2026-11-25", [
        ("SAF-GLV-M", "Nitrile gloves, food safe, size M (box of 100)", 200, "EA", "6.40", "2027-01-08"),
        ("CLN-SAN-1G", "Food-contact sanitiser, 1 gal", 250, "EA", "38.50", "2027-01-08"),
        ("TAPE-48-CLR", "Carton sealing tape 48 mm x 100 m", 120, "EA", "41.20", "2027-01-08"),
        ("LBL-TH-4X6", "Thermal transfer labels 4x6in, roll", 500, "EA", "9.75", "2027-01-08"),
        ("KNF-SAFE", "Safety box cutter, auto-retract", 60, "EA", "12.95", "2027-01-08"),
        ("PEN-MD-50", "Metal-detectable pen (box of 50)", 20, "EA", "27.00", "2027-01-08")])
    body = ("Hi Helen,\n\nRe your PO-7100302, see below:\n\n"
            "1 - OK\n"
            "2 - sold by the case of 6 only, we rounded to 252 (42 cs), same price\n"
            "3 - OK but delivers 1/12, vendor is closed over the holidays\n"
            "4 - discontinued by the manufacturer, sorry. Closest sub is Zebra 800264-605, let me know if you want a quote\n"
            "5 - price is now $14.85 ea\n"
            "6 - OK\n\n"
            "Anything not noted above is per your PO.\n\nJasmine Ortiz\nInside Sales | Unified Industrial Supply Inc.")
    m = mail(slug, frm=("Jasmine Ortiz", "jortiz@unified-supply.example"), to=H, subject="RE: " + request_subject(p),
             date="2026-11-30 12:12 -0800", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, {1: A(p, 1), 2: CH(p, 2, q=252), 3: CH(p, 3, date="2027-01-12"),
                                            4: R, 5: CH(p, 5, price="14.85"), 6: A(p, 6)}))


@case("lusocork-pt-price-per-quote", "confirmation pt", "Portuguese 'Confirmamos, mas o preço correto é 0,0875 €' - a confirmation with a price change hidden after 'confirmamos'")
def _(slug):
    p = po("PO-7100304", "LUSOCORK", "lucia", "EUR", "2026-11-25", [
        ("CRK-T-SYN", "Rolha de cabeça sintética, T-cork 19,5 mm", 30000, "EA", "0.0850", "2027-03-05")])
    body = ("Olá Lucía,\n\nConfirmamos a encomenda PO-7100304 (30.000 rolhas, entrega 05/03/2027), mas o preço correto é "
            "0,0875 € por unidade, conforme a nossa proposta P-2611/27.\n\nCumprimentos,\nRui Carvalho\nLusocork")
    m = mail(slug, frm=("Rui Carvalho", "rui.carvalho@lusocork.example"), to=L, subject="RE: " + request_subject(p),
             date="2026-12-01 10:45 +0000", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, {1: CH(p, 1, price="0.0875")}))


@case("kavya-on-po-date", "confirmation en-IN", "Indian English 'confirmed, material will reach you on the PO date' - no values restated, refers back to the PO")
def _(slug):
    p = po("PO-7100306", "KAVYA", "helen", "USD", "2026-11-25", [
        ("MB-BLK-CB", "Black masterbatch, carbon black 40%", 1500, "KG", "2.35", "2027-03-12")])
    body = ("Dear Helen ji,\n\nThank you. PO-7100306 is confirmed at PO rate, material will reach you on the PO date.\n\n"
            "Thanks & Regards,\nSuresh Iyer\nKavya Polymers Pvt. Ltd.")
    m = mail(slug, frm=("Suresh Iyer", "exports@kavyapolymers.example"), to=H, subject="RE: " + request_subject(p),
             date="2026-11-28 11:02 +0530", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, allA(p)))


@case("morava-cs-two-pos-both", "confirmation cs", "one Czech reply answers two POs: first as ordered, second with KW-free date '8. 1. 2027' (day-first with spaces) and qty 9 600")
def _(slug):
    p1 = po("PO-7100308", "MORAVA", "tomasz", "EUR", "2026-11-25", [
        ("BOX-MP-330", "Multipack krabice 4x330 ml", 15000, "EA", "0.236", "2026-12-18")])
    p2 = po("PO-7100310", "MORAVA", "tomasz", "EUR", "2026-11-25", [
        ("DIV-24", "Proklad 24 lahví", 10000, "EA", "0.095", "2026-12-18"),
        ("PAD-1200", "Proložka 1200x800", 3000, "EA", "0.270", "2026-12-18")])
    body = ("Dobrý den,\n\nPO-7100308 potvrzujeme v plném rozsahu.\n\n"
            "PO-7100310:\npol. 1 - 9 600 ks (balení po 800 ks), termín 8. 1. 2027, cena beze změny\n"
            "pol. 2 - OK\n\nS pozdravem\nPetr Dvořák\nMoravské obaly s.r.o.")
    m = mail(slug, frm=("Petr Dvořák", "dvorak@moravske-obaly.example"), to=T,
             subject="RE: PO-7100308 / PO-7100310", date="2026-11-30 09:40 +0100", body=body, p=p1, quote="outlook",
             extra_refs=[p2["request_message_id"]])
    return [p1, p2], m, "confirmation", conf((p1, allA(p1)), (p2, {1: CH(p2, 1, q=9600, date="2027-01-08"), 2: A(p2, 2)}))


# ======================================================================
# NON-CONFIRMATIONS
# ======================================================================

@case("bramble-question-pantone", "needs_review en-GB", "question before confirming (which Pantone?) - mentions 'happy to confirm' conditionally; no commitment")
def _(slug):
    p = po("PO-7100312", "BRAMBLE", "helen", "GBP", "2026-11-25", [
        ("INK-WB-P021", "Water-based flexo ink, Pantone 021 C", 150, "KG", "7.40", "2027-01-14"),
        ("INK-WB-WHT", "Water-based flexo ink, opaque white", 200, "KG", "5.10", "2027-01-14")])
    body = ("Hi Helen,\n\nBefore I confirm - line 1 says Pantone 021 C but the artwork you sent last week is 1505 C. "
            "Which one do you want? Happy to confirm both lines as soon as I know.\n\nThanks\nFiona")
    m = mail(slug, frm=("Fiona Marsh", "fiona@brambleinks.example"), to=H, subject=re_(p),
             date="2026-11-26 10:05 +0000", body=body, p=p, quote="outlook")
    return [p], m, "needs_review", None


@case("buckeye-will-revert-friday", "needs_review en-US", "'received, checking with the plant, will revert by Friday' - dates in text but no commitment")
def _(slug):
    p = po("PO-7100314", "BUCKEYE", "helen", "USD", "2026-11-25", [
        ("END-202-SOT", "202 beverage can end, SOT, aluminium", 500000, "EA", "0.0285", "2027-03-01")])
    body = ("Hi Helen,\n\nGot it, thanks. I'm checking the March schedule with the plant and will revert by Friday "
            "with a confirmed date.\n\nDana")
    m = mail(slug, frm=("Dana Kowalczyk", "dkowalczyk@buckeyecan.example"), to=H, subject="RE: " + request_subject(p),
             date="2026-11-30 08:20 -0500", body=body, p=p, quote="outlook")
    return [p], m, "needs_review", None


@case("tianyu-deposit-before-confirm", "needs_review en", "conditional: confirms 'after 30% T/T deposit' - values repeated but commitment depends on prepayment")
def _(slug):
    p = po("PO-7100316", "TIANYU", "helen", "USD", "2026-11-25", [
        ("LID-99-TP", "Tinplate lid 99 mm, gold lacquer", 20000, "EA", "0.0790", "2027-02-22")])
    body = ("Dear Helen,\n\nThanks for the new PO. As this is over our credit limit for your account, we can confirm the "
            "order (20,000 pcs, USD 0.0790, ETA 22 Feb) only after receiving 30% deposit by T/T. PI attached later today.\n"
            "Production will be scheduled once deposit received.\n\nBest regards\nLily Chen")
    m = mail(slug, frm=("Lily Chen", "lily@tianyu-pack.example"), to=H, subject="Re:" + request_subject(p),
             date="2026-11-27 17:45 +0800", body=body, p=p, quote="outlook", mailer="Foxmail 7.2.25.228[cn]")
    return [p], m, "needs_review", None


@case("pacrim-credit-hold", "needs_review en-US", "human credit department: order on hold until past-due balance is paid; no commitment")
def _(slug):
    p = po("PO-7100318", "PACRIM", "helen", "USD", "2026-11-25", [
        ("RES-PP-H12", "PP homopolymer, injection grade, MFI 12", 20000, "KG", "1.38", "2027-03-15")])
    body = ("Hello,\n\nYour purchase order PO-7100318 has been received; however your account is currently on credit hold "
            "due to a past-due balance of $12,480.16 (invoices 771203, 771288). The order will not be released for "
            "scheduling until payment is received.\n\nPlease contact us to arrange payment.\n\n"
            "Regards,\nMonica Reyes\nCredit & Collections | Pacific Rim Resin Distributors")
    m = mail(slug, frm=("Monica Reyes", "mreyes@pacrim-resin.example"), to=H, subject="RE: " + request_subject(p),
             date="2026-11-26 13:30 -0800", body=body, p=p, quote="outlook")
    return [p], m, "needs_review", None


@case("weber-de-mindestbestellwert", "needs_review de", "minimum order value not met: asks buyer to increase or accept a surcharge - a condition, no commitment")
def _(slug):
    p = po("PO-7100320", "WEBERET", "tomasz", "EUR", "2026-11-25", [
        ("LBL-PROMO-X", "Aktionsaufkleber rund 30 mm", 20000, "EA", "0.0150", "2027-01-15")])
    body = ("Hallo Herr Wrona,\n\ndie Bestellung PO-7100320 liegt mit 300,00 EUR unter unserem Mindestbestellwert von "
            "500,00 EUR. Wir können sie entweder auf 35.000 Stk erhöhen oder mit einem Mindermengenzuschlag von 45,00 EUR "
            "ausführen. Bitte geben Sie uns kurz Bescheid, wie wir verfahren sollen.\n\nFreundliche Grüße\nJulia Weber")
    m = mail(slug, frm=("Julia Weber", "j.weber@weber-etiketten.example"), to=T, subject="AW: " + request_subject(p),
             date="2026-11-27 11:11 +0100", body=body, p=p, quote="thunder", mailer="Mozilla Thunderbird")
    return [p], m, "needs_review", None


@case("krone-de-eingegangen-ab-folgt", "needs_review de", "'Bestellung eingegangen, wird bearbeitet, AB folgt' - receipt only, human-written")
def _(slug):
    p = po("PO-7100322", "KRONEVT", "tomasz", "EUR", "2026-11-26", [
        ("CAP-38-SPT", "Sportverschluss 38 mm, natur", 80000, "EA", "0.0615", "2027-02-12")])
    body = ("Guten Tag Herr Wrona,\n\nvielen Dank, Ihre Bestellung ist bei uns eingegangen und wird bearbeitet. "
            "Die Auftragsbestätigung folgt in den nächsten Tagen.\n\nMit freundlichen Grüßen\nSabine Förster")
    m = mail(slug, frm=("Förster, Sabine", "s.foerster@krone-vt.example"), to=T, subject="AW: " + request_subject(p),
             date="2026-11-27 08:05 +0100", body=body, p=p, quote="de", mailer="Microsoft Outlook 16.0")
    return [p], m, "needs_review", None


@case("devries-nl-in-behandeling", "needs_review nl", "Dutch 'in goede orde ontvangen en nemen deze in behandeling' - receipt, no commitment")
def _(slug):
    p = po("PO-7100324", "DEVRIES", "tomasz", "EUR", "2026-11-26", [
        ("TRAY-24", "Kartonnen tray 24 blikken 330 ml", 12000, "EA", "0.214", "2027-01-22")])
    body = ("Beste Tomasz,\n\nWe hebben uw bestelling PO-7100324 in goede orde ontvangen en nemen deze in behandeling. "
            "U ontvangt zo spoedig mogelijk onze orderbevestiging.\n\nMet vriendelijke groet,\nJeroen de Vries")
    m = mail(slug, frm=("Jeroen de Vries", "jeroen@devries-verpakking.example"), to=T, subject="RE: " + request_subject(p),
             date="2026-11-27 09:15 +0100", body=body, p=p, quote="outlook")
    return [p], m, "needs_review", None


@case("morava-cs-confirms-quotation-not-po", "needs_review cs", "Czech 'potvrzujeme' refers to validity of their quotation, not to the order; order date to be confirmed later")
def _(slug):
    p = po("PO-7100326", "MORAVA", "tomasz", "EUR", "2026-11-26", [
        ("BOX-MP-500", "Multipack krabice 4x500 ml", 10000, "EA", "0.452", "2027-01-29")])
    body = ("Dobrý den,\n\npotvrzujeme, že naše nabídka č. NB-2611-044 ze dne 2. 11. 2026 platí do 31. 12. 2026. "
            "Objednávku jsme předali výrobě, termín dodání Vám potvrdíme příští týden.\n\nS pozdravem\nPetr Dvořák")
    m = mail(slug, frm=("Petr Dvořák", "dvorak@moravske-obaly.example"), to=T, subject="RE: " + request_subject(p),
             date="2026-11-27 14:00 +0100", body=body, p=p, quote="outlook")
    return [p], m, "needs_review", None


@case("kavya-contradictory-mid-january", "needs_review en-IN", "'confirm the PO as per your terms' but 'delivery will be mid-January' vs PO 14 Dec - contradictory and vague")
def _(slug):
    p = po("PO-7100328", "KAVYA", "helen", "USD", "2026-11-26", [
        ("MB-WHT-40", "White masterbatch, 40% TiO2", 3000, "KG", "2.95", "2026-12-14")])
    body = ("Dear Madam,\n\nWe confirm the PO as per your terms and conditions. Delivery will be mid-January due to "
            "vessel availability.\n\nThanks & Regards,\nSuresh Iyer")
    m = mail(slug, frm=("Suresh Iyer", "exports@kavyapolymers.example"), to=H, subject="RE: " + request_subject(p),
             date="2026-11-28 16:20 +0530", body=body, p=p, quote="outlook")
    return [p], m, "needs_review", None


@case("polfolia-pl-potwierdzimy-do-piatku", "needs_review pl", "Polish future tense 'potwierdzimy do piątku' (we will confirm by Friday)")
def _(slug):
    p = po("PO-7100330", "POLFOL", "tomasz", "EUR", "2026-11-26", [
        ("FLM-PET12-PR", "Folia PET 12 µm, zadruk 6 kol.", 1800, "KG", "3.95", "2027-02-05")])
    body = ("Dzień dobry,\n\ndziękujemy za zamówienie. Sprawdzamy dostępność surowca - termin i cenę potwierdzimy do piątku.\n\n"
            "Pozdrawiam\nAgnieszka Nowak")
    m = mail(slug, frm=("Agnieszka Nowak", "a.nowak@polfolia.example"), to=T, subject="Odp: " + request_subject(p),
             date="2026-11-30 10:40 +0100", body=body, p=p, quote="thunder", mailer="Mozilla Thunderbird")
    return [p], m, "needs_review", None


@case("ferrara-it-verificando", "needs_review it", "Italian 'stiamo verificando la disponibilità ... Vi daremo conferma' - hedged, no commitment")
def _(slug):
    p = po("PO-7100332", "FERRARA", "lucia", "EUR", "2026-11-26", [
        ("INK-UV-WHT", "Inchiostro UV bianco coprente", 250, "KG", "6.80", "2027-02-26")])
    body = ("Buongiorno,\n\nabbiamo ricevuto il Vs. ordine; stiamo verificando la disponibilità del pigmento e Vi daremo "
            "conferma di prezzo e data entro la prossima settimana.\n\nCordiali saluti\nChiara Rinaldi")
    m = mail(slug, frm=("Chiara Rinaldi", "customerservice@inchiostri-ferrara.example"), to=L, subject="R: " + request_subject(p),
             date="2026-11-30 12:25 +0100", body=body, p=p, quote="outlook")
    return [p], m, "needs_review", None


@case("anadolu-tr-soru-palet", "needs_review tr", "Turkish question about pallet type / labelling before confirming")
def _(slug):
    p = po("PO-7100334", "ANADOLU", "lucia", "EUR", "2026-11-27", [
        ("JAR-370", "Cam kavanoz 370 ml, TO 66", 80000, "EA", "0.0920", "2027-03-19")])
    body = ("Sayın Lucía Hanım,\n\nSiparişi onaylamadan önce bir sorumuz var: kavanozları Euro palet mi yoksa endüstriyel "
            "palet üzerinde mi göndermemizi istersiniz? Palet etiketinde PO numarası olmalı mı?\n\nSaygılarımızla,\nEmre Yıldız")
    m = mail(slug, frm=("Emre Yıldız", "emre.yildiz@anadolu-ambalaj.example"), to=L, subject="YNT: " + request_subject(p),
             date="2026-11-30 09:55 +0300", body=body, p=p, quote="outlook")
    return [p], m, "needs_review", None


@case("bramble-holiday-closure-in-signature", "confirmation en-GB", "'All confirmed as per your order' - the signature's Christmas closure dates (23/12 - 04/01) are not delivery dates")
def _(slug):
    p = po("PO-7100372", "BRAMBLE", "helen", "GBP", "2026-11-28", [
        ("INK-WB-BLK", "Water-based flexo ink, black", 400, "KG", "5.85", "2027-01-20"),
        ("INK-WB-CYN", "Water-based flexo ink, process cyan", 150, "KG", "6.10", "2027-01-20")])
    body = ("Hi Helen,\n\nAll confirmed as per your order, thank you.\n\nFiona Marsh\nBramble Inks Ltd\n"
            "---\nChristmas closure: we are closed from 23/12 and reopen 04/01. Last despatch 22/12.")
    m = mail(slug, frm=("Fiona Marsh", "fiona@brambleinks.example"), to=H, subject=re_(p),
             date="2026-12-01 09:20 +0000", body=body, p=p, quote="outlook")
    return [p], m, "confirmation", conf((p, allA(p)))


@case("krone-de-ab-for-other-po", "needs_review de", "in-thread reply attaching an order confirmation (AB) for a DIFFERENT PO number (PO-7100198) with other items; the PO asked about is not answered")
def _(slug):
    p = po("PO-7100374", "KRONEVT", "tomasz", "EUR", "2026-11-28", [
        ("CAP-28-RED", "Schraubverschluss PCO 1881, 28 mm, rot", 250000, "EA", "0.0142", "2027-02-19")])
    pdf = make_pdf(["Krone Verschlusstechnik GmbH - Auftragsbestaetigung AB-2611950",
                    "Ihre Bestellung: PO-7100198 vom 02.11.2026"],
                   ["Pos.", "Ihre Art.-Nr.", "Bezeichnung", "Menge", "Preis EUR", "Liefertermin"],
                   [["10", "CAP-38-SPT", "Sportverschluss 38 mm natur", "50.000", "0,0615", "KW 50"]],
                   ["Es gelten unsere Allgemeinen Verkaufsbedingungen."])
    body = ("Hallo Herr Wrona,\n\nanbei wie besprochen die Auftragsbestätigung.\n\nViele Grüße\nSabine Förster")
    m = mail(slug, frm=("Förster, Sabine", "s.foerster@krone-vt.example"), to=T, subject="AW: " + request_subject(p),
             date="2026-12-01 11:03 +0100", body=body, p=p, quote="de", mailer="Microsoft Outlook 16.0",
             attachments=[("AB-2611950.pdf", *PDF, pdf)])
    return [p], m, "needs_review", None


# ---------------------------------------------------------------- auto replies

@case("maple-ooo-auto-submitted", "auto_reply en-US", "out-of-office with Auto-Submitted, names a return date and a colleague")
def _(slug):
    p = po("PO-7100336", "MAPLERDG", "helen", "USD", "2026-11-27", [
        ("LBL-500-OJ", "Front label, orange juice 500 ml, BOPP", 100000, "EA", "0.0184", "2027-01-20")])
    body = ("Thank you for your message. I am out of the office for Thanksgiving through Monday, November 30 with no "
            "access to email. For orders please contact Carla at carla@mapleridgelabels.example.\n\nRick")
    m = mail(slug, frm=("Rick Halvorsen", "rick@mapleridgelabels.example"), to=H,
             subject="Automatic reply: " + request_subject(p), date="2026-11-27 09:16 -0500", body=body, p=p,
             headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    return [p], m, "auto_reply", None


@case("krone-de-abwesenheit", "auto_reply de", "German Abwesenheitsnotiz with Auto-Submitted; contains a date (04.12.2026) that is not a delivery date")
def _(slug):
    p = po("PO-7100338", "KRONEVT", "tomasz", "EUR", "2026-11-27", [
        ("CAP-28-BLU", "Schraubverschluss PCO 1881, 28 mm, blau", 200000, "EA", "0.0142", "2027-01-22")])
    body = ("Sehr geehrte Damen und Herren,\n\nich bin bis einschließlich 04.12.2026 nicht im Büro. Ihre Nachricht wird "
            "nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an auftrag@krone-vt.example.\n\n"
            "Mit freundlichen Grüßen\nSabine Förster")
    m = mail(slug, frm=("Förster, Sabine", "s.foerster@krone-vt.example"), to=T,
             subject="Automatische Antwort: " + request_subject(p), date="2026-11-27 09:20 +0100", body=body, p=p,
             headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                      "X-MS-Exchange-Inbox-Rules-Loop": "s.foerster@krone-vt.example"})
    return [p], m, "auto_reply", None


@case("lemoine-fr-absence-no-header", "auto_reply fr", "French out-of-office WITHOUT any auto header (no Auto-Submitted/X-Autoreply), threaded; clearly automatic from wording and subject")
def _(slug):
    p = po("PO-7100340", "LEMOINE", "lucia", "EUR", "2026-11-27", [
        ("BOX-6X1L", "Caisse américaine 6x1 L, impression 1 couleur", 5000, "EA", "0.58", "2027-02-10")])
    body = ("Bonjour,\n\nJe suis absente du bureau du 27/11 au 07/12 inclus, sans accès à ma messagerie.\n"
            "Pour toute demande concernant les commandes, merci de contacter adv2@cartonnages-lemoine.example "
            "ou le 02 32 55 01 10.\n\nCeci est une réponse automatique.\n\nNathalie Roux")
    m = mail(slug, frm=("Nathalie Roux", "n.roux@cartonnages-lemoine.example"), to=L,
             subject="Réponse automatique : " + request_subject(p), date="2026-11-27 10:02 +0100", body=body, p=p,
             html=False)
    return [p], m, "auto_reply", None


@case("envbajio-es-respuesta-automatica", "auto_reply es", "Spanish out-of-office with X-Autoreply, mentions 'pedidos' and a return date")
def _(slug):
    p = po("PO-7100342", "ENVBAJIO", "lucia", "USD", "2026-11-27", [
        ("PRF-500-CLR", "Preforma PET 500 ml, 23 g, transparente", 80000, "EA", "0.0385", "2027-02-15")])
    body = ("Gracias por su correo. Me encuentro fuera de la oficina hasta el 2 de diciembre. Para pedidos urgentes "
            "favor de escribir a ventas@envasesbajio.example.\n\nIng. Arturo Méndez")
    m = mail(slug, frm=("Arturo Méndez", "amendez@envasesbajio.example"), to=L,
             subject="Respuesta automática: " + request_subject(p), date="2026-11-27 08:30 -0600", body=body, p=p,
             headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"})
    return [p], m, "auto_reply", None


@case("plastivalle-it-risposta-automatica", "auto_reply it", "Italian vacation auto-reply with Auto-Submitted and Precedence: auto_reply")
def _(slug):
    p = po("PO-7100344", "PLASTIV", "lucia", "EUR", "2026-11-27", [
        ("HDL-5L", "Maniglia per tanica 5 L, PP bianco", 30000, "EA", "0.047", "2027-03-05")])
    body = ("Gentile mittente,\n\nsarò assente fino al 30 novembre compreso. Per ordini e conferme scrivere a "
            "ordini@plastivalle.example.\n\nMarco Bellini")
    m = mail(slug, frm=("Marco Bellini", "m.bellini@plastivalle.example"), to=L,
             subject="Risposta automatica: " + request_subject(p), date="2026-11-27 15:40 +0100", body=body, p=p,
             headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}, html=False)
    return [p], m, "auto_reply", None


@case("nordfilm-sv-autosvar", "auto_reply sv", "Swedish 'Autosvar' with X-Autoreply only")
def _(slug):
    p = po("PO-7100346", "NORDFILM", "tomasz", "EUR", "2026-11-27", [
        ("SHR-PE60", "Krympfilm PE 60 µm, 600 mm", 2000, "KG", "2.42", "2027-02-19")])
    body = ("Hej,\n\nJag är på tjänsteresa till och med 1 december och läser e-post sporadiskt. Brådskande ärenden: "
            "order@nordfilm.example.\n\nKarin Lund")
    m = mail(slug, frm=("Karin Lund", "karin.lund@nordfilm.example"), to=T, subject="Autosvar: " + request_subject(p),
             date="2026-11-27 16:00 +0100", body=body, p=p, headers={"X-Autoreply": "yes"})
    return [p], m, "auto_reply", None


@case("unified-helpdesk-ticket", "auto_reply en-US", "helpdesk ticket receipt 'we have received your request' with ticket number and SLA")
def _(slug):
    p = po("PO-7100348", "UNIFIED", "helen", "USD", "2026-11-27", [
        ("SAF-GLV-L", "Nitrile gloves, food safe, size L (box of 100)", 400, "EA", "6.40", "2027-01-15")])
    body = ("Hello Helen Okafor,\n\nThank you for contacting Unified Industrial Supply. Your request has been received and "
            "ticket #CS-448213 has been created. A member of our order management team will respond within 1 business day.\n\n"
            "Subject: " + request_subject(p) + "\nStatus: Open\nPriority: Normal\n\n"
            "To add comments, reply to this email without changing the subject line.\n\n-- Unified Customer Care (Zendesk)")
    m = mail(slug, frm=("Unified Customer Care", "support@unified-supply.example"), to=H,
             subject="[Ticket #CS-448213] Re: " + request_subject(p), date="2026-11-27 11:30 -0800", body=body, p=p,
             headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk", "X-Zendesk-From-Account-Id": "7f3a21"})
    return [p], m, "auto_reply", None


@case("pacrim-portal-po-received", "auto_reply en-US", "portal notice 'PO received - status: pending review' with the PO's lines in a summary; not an acknowledgement")
def _(slug):
    p = po("PO-7100350", "PACRIM", "helen", "USD", "2026-11-27", [
        ("RES-HDPE-BM", "HDPE blow moulding grade", 18000, "KG", "1.52", "2027-03-01")])
    body = ("PacRim SupplierLink - Purchase Order Received\n\nPO number: PO-7100350\nBuyer: Brightwater Packaging Group\n"
            "Lines: 1   Total: USD 27,360.00\nStatus: PENDING REVIEW\n\n"
            "Your purchase order has been received and queued for review by our order desk. You will receive a separate "
            "order acknowledgement once it has been processed.\n\nThis mailbox is not monitored.")
    m = mail(slug, frm=("PacRim SupplierLink", "noreply@pacrim-resin.example"), to=H,
             subject="PO PO-7100350 received - pending review", date="2026-11-27 09:01 -0800", body=body, p=p,
             thread=False, headers={"Auto-Submitted": "auto-generated"})
    return [p], m, "auto_reply", None


def request_eml(p, slug):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = f"{p['buyer']['name']} <{p['buyer']['email']}>"
    m["To"] = f"{p['supplier']['name']} <{p['supplier']['email']}>"
    m["Subject"] = request_subject(p)
    m["Date"] = format_datetime(req_dt(p))
    m["Message-ID"] = p["request_message_id"]
    m.set_content(request_text(p) + "\n", charset="utf-8", cte="quoted-printable")
    return m.as_bytes()


def dsn(slug, p, *, host, date, rcpt, status, diag, text, action="failed"):
    bnd = "DSN_" + hashlib.md5(slug.encode()).hexdigest()[:20]
    d = dt.datetime.strptime(date, "%Y-%m-%d %H:%M %z")
    orig = request_eml(p, slug).decode("ascii")
    raw = (f"Return-Path: <>\r\nReceived: by {host} (Postfix) id {bnd[-10:].upper()}; {format_datetime(d)}\r\n"
           f"Date: {format_datetime(d)}\r\nFrom: Mail Delivery System <MAILER-DAEMON@{host}>\r\n"
           f"To: {p['buyer']['email']}\r\nSubject: Undelivered Mail Returned to Sender\r\n"
           f"Message-ID: <{bnd}@{host}>\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
           f"Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"{bnd}\"\r\n\r\n"
           "This is a MIME-encapsulated message.\r\n\r\n"
           f"--{bnd}\r\nContent-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
           + text.replace("\n", "\r\n") + "\r\n\r\n"
           f"--{bnd}\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
           f"Reporting-MTA: dns; {host}\r\nArrival-Date: {format_datetime(d)}\r\n\r\n"
           f"Final-Recipient: rfc822; {rcpt}\r\nOriginal-Recipient: rfc822;{rcpt}\r\nAction: {action}\r\n"
           f"Status: {status}\r\nDiagnostic-Code: smtp; {diag}\r\n\r\n"
           f"--{bnd}\r\nContent-Description: Undelivered Message\r\nContent-Type: message/rfc822\r\n\r\n"
           + orig.replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
           f"--{bnd}--\r\n")
    return raw.encode("ascii")


@case("tianyu-dsn-user-unknown", "bounce en", "Postfix DSN 5.1.1 user unknown; the returned request carries all PO values")
def _(slug):
    p = po("PO-7100352", "TIANYU", "helen", "USD", "2026-11-27", [
        ("CAN-73X110", "Tinplate can body 73x110, 3-piece", 30000, "EA", "0.1350", "2027-02-26")])
    p["supplier"]["email"] = "lily.chen@tianyu-pack.example"
    text = ("This is the mail system at host mail.brightwater-pack.example.\n\nI'm sorry to have to inform you that your "
            "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
            "                   The mail system\n\n<lily.chen@tianyu-pack.example>: host mx.tianyu-pack.example[192.0.2.61] said:\n"
            "    550 5.1.1 <lily.chen@tianyu-pack.example>: Recipient address rejected: User unknown")
    m = dsn(slug, p, host="mail.brightwater-pack.example", date="2026-11-27 09:15 +0000",
            rcpt="lily.chen@tianyu-pack.example", status="5.1.1",
            diag="550 5.1.1 <lily.chen@tianyu-pack.example>: Recipient address rejected: User unknown", text=text)
    return [p], m, "bounce", None


@case("anadolu-dsn-mailbox-full", "bounce tr", "DSN 5.2.2 mailbox full (quota exceeded), Turkish-domain recipient")
def _(slug):
    p = po("PO-7100354", "ANADOLU", "lucia", "EUR", "2026-11-27", [
        ("LID-TO66", "Twist-off kapak 66 mm, beyaz", 90000, "EA", "0.0410", "2027-03-12")])
    text = ("This is the mail system at host mail.brightwater-pack.example.\n\nI'm sorry to have to inform you that your "
            "message could not\nbe delivered to one or more recipients.\n\n"
            "<satis@anadolu-ambalaj.example>: host mx1.anadolu-ambalaj.example[192.0.2.90] said:\n"
            "    552 5.2.2 <satis@anadolu-ambalaj.example>: Mailbox full - quota exceeded (in reply to RCPT TO command)")
    m = dsn(slug, p, host="mail.brightwater-pack.example", date="2026-11-27 09:16 +0000",
            rcpt="satis@anadolu-ambalaj.example", status="5.2.2",
            diag="552 5.2.2 Mailbox full - quota exceeded", text=text)
    return [p], m, "bounce", None


@case("silverton-ndr-undeliverable", "bounce en-GB", "Exchange-wording NDR, subject 'Undeliverable: <original subject>' (looks like a reply), 5.4.1 access denied")
def _(slug):
    p = po("PO-7100356", "SILVERTON", "helen", "GBP", "2026-11-27", [
        ("SLV-330-CLR", "Shrink sleeve 330 ml can, clear PETG", 150000, "EA", "0.0235", "2027-02-12")])
    p["supplier"]["email"] = "orders@silverton-sleeves.example"
    text = ("Delivery has failed to these recipients or groups:\n\norders@silverton-sleeves.example\n"
            "Your message couldn't be delivered. The recipient's email system rejected it: access denied.\n\n"
            "Diagnostic information for administrators:\nGenerating server: AM0PR01MB1234.eurprd01.prod.outlook.example\n"
            "Remote server returned '550 5.4.1 Recipient address rejected: Access denied'")
    m = dsn(slug, p, host="AM0PR01MB1234.eurprd01.prod.outlook.example", date="2026-11-27 10:40 +0000",
            rcpt="orders@silverton-sleeves.example", status="5.4.1",
            diag="550 5.4.1 Recipient address rejected: Access denied", text=text)
    m = m.replace(b"Subject: Undelivered Mail Returned to Sender",
                  ("Subject: Undeliverable: " + request_subject(p)).encode())
    return [p], m, "bounce", None


@case("devries-read-receipt-mdn", "auto_reply nl", "Dutch read receipt (MDN, multipart/report disposition-notification) 'Gelezen:' - automatic, commits to nothing")
def _(slug):
    p = po("PO-7100358", "DEVRIES", "tomasz", "EUR", "2026-11-27", [
        ("FOIL-TRAY", "Krimpfolie voor tray, 50 my", 1100, "KG", "2.61", "2027-02-05")])
    bnd = "MDN_" + hashlib.md5(slug.encode()).hexdigest()[:20]
    d = format_datetime(dt.datetime(2026, 11, 27, 10, 33, tzinfo=dt.timezone(dt.timedelta(hours=1))))
    raw = (f"From: Jeroen de Vries <jeroen@devries-verpakking.example>\r\nTo: {T['name']} <{T['email']}>\r\n"
           f"Subject: Gelezen: {request_subject(p)}\r\nDate: {d}\r\nMessage-ID: <{bnd}@devries-verpakking.example>\r\n"
           f"In-Reply-To: {p['request_message_id']}\r\nReferences: {p['request_message_id']}\r\n"
           "MIME-Version: 1.0\r\nX-Mailer: Microsoft Outlook 16.0\r\n"
           f"Content-Type: multipart/report; report-type=disposition-notification;\r\n\tboundary=\"{bnd}\"\r\n\r\n"
           f"--{bnd}\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
           f"Uw bericht\r\n\r\n  Aan: jeroen@devries-verpakking.example\r\n  Onderwerp: {request_subject(p)}\r\n"
           f"  Verzonden: vrijdag 27 november 2026 09:14:00 (UTC+00:00)\r\n\r\nis gelezen op vrijdag 27 november 2026 10:33:12 (UTC+01:00).\r\n\r\n"
           f"--{bnd}\r\nContent-Type: message/disposition-notification\r\n\r\n"
           "Reporting-UA: devries-verpakking.example; Microsoft Outlook 16.0\r\n"
           "Final-Recipient: rfc822;jeroen@devries-verpakking.example\r\n"
           f"Original-Message-ID: {p['request_message_id']}\r\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\r\n\r\n"
           f"--{bnd}--\r\n")
    return [p], raw.encode("utf-8"), "auto_reply", None


# ---------------------------------------------------------------- unrelated

@case("buckeye-newsletter", "unrelated en-US", "marketing newsletter from a supplier with an open PO; List-Unsubscribe, mentions 'orders' and lead times")
def _(slug):
    p = po("PO-7100360", "BUCKEYE", "helen", "USD", "2026-11-27", [
        ("END-200-SOT", "200 beverage can end, SOT, aluminium", 300000, "EA", "0.0279", "2027-03-08")])
    body = ("BUCKEYE CAN & CLOSURE - WINTER 2026 NEWSLETTER\n\n"
            "* New: 202 resealable end now in full production - lead times down to 6 weeks\n"
            "* Holiday schedule: plant closed Dec 24 - Jan 1. Orders placed by Dec 4 ship before the break.\n"
            "* Meet us at BevTech Expo, Atlanta, Feb 9-11, 2027, booth 1412\n\n"
            "You are receiving this email because you are a Buckeye customer.\nUnsubscribe: https://news.buckeyecan.example/u/8812")
    m = mail(slug, frm=("Buckeye Can & Closure", "news@buckeyecan.example"), to=H,
             subject="Winter news: resealable ends, holiday shipping schedule", date="2026-11-28 07:00 -0500",
             body=body, headers={"List-Unsubscribe": "<https://news.buckeyecan.example/u/8812>",
                                 "List-Id": "Buckeye customers <customers.buckeyecan.example>", "Precedence": "bulk"})
    return [p], m, "unrelated", None


@case("nordfilm-price-increase-notice", "unrelated sv", "price-adjustment circular (+6.5% on PE films effective 1 Jan 2027) from the supplier of an open PO; not an answer to it")
def _(slug):
    p = po("PO-7100362", "NORDFILM", "tomasz", "EUR", "2026-11-27", [
        ("STR-23", "Sträckfilm 23 µm, maskin", 1500, "KG", "1.96", "2027-02-26")])
    body = ("Till våra kunder / To our customers\n\n"
            "På grund av ökade råvaru- och energikostnader justerar vi våra priser på PE-film med +6,5 % från och med "
            "1 januari 2027. Gäller leveranser från detta datum.\n\n"
            "Due to increased raw material and energy costs, prices for all PE films will be adjusted by +6.5% effective "
            "1 January 2027, for deliveries from that date.\n\nMed vänliga hälsningar / Kind regards\nNordfilm AB, Försäljning")
    m = mail(slug, frm=("Nordfilm AB", "info@nordfilm.example"), to="kunder@nordfilm.example",
             subject="Prisjustering / Price adjustment 2027", date="2026-11-30 08:00 +0100", body=body,
             cc=f"{T['name']} <{T['email']}>", headers={"Precedence": "bulk"})
    return [p], m, "unrelated", None


@case("silverton-invoice-other-po", "unrelated en-GB", "invoice with PDF for an older, delivered PO (PO-7100088) from the supplier of an open PO")
def _(slug):
    p = po("PO-7100364", "SILVERTON", "helen", "GBP", "2026-11-27", [
        ("SLV-500-PRT", "Shrink sleeve 500 ml bottle, 8-col print", 120000, "EA", "0.0295", "2027-02-19")])
    pdf = make_pdf(["Silverton Shrink Sleeves Ltd - INVOICE INV-55120", "Invoice date: 27/11/2026",
                    "Your order: PO-7100088     Delivery note: DN-30117 (delivered 20/11/2026)"],
                   ["Line", "Item", "Description", "Qty", "Price GBP", "Amount"],
                   [["1", "SLV-330-CLR", "Shrink sleeve 330 ml clear", "180,000", "0.0235", "4,230.00"]],
                   ["Total GBP 4,230.00 + VAT 846.00 = 5,076.00", "Payment terms: 30 days net."])
    body = ("Dear Customer,\n\nPlease find attached invoice INV-55120 relating to your order PO-7100088.\n\n"
            "Kind regards\nAccounts Department\nSilverton Shrink Sleeves Ltd")
    m = mail(slug, frm=("Silverton Accounts", "accounts@silverton-sleeves.example"), to=H,
             subject="Invoice INV-55120 - PO-7100088", date="2026-11-27 17:05 +0000", body=body, html=False,
             attachments=[("INV-55120.pdf", *PDF, pdf)])
    return [p], m, "unrelated", None


@case("spam-b2b-leads", "unrelated en", "spam-like mail from an unknown sender about 'purchase orders' and 'confirmed buyers'")
def _(slug):
    p = po("PO-7100366", "HOLLISD", "helen", "GBP", "2026-11-27", [
        ("CTN-12X330", "Shipper carton 12x330 ml cans, 3-ply B-flute", 8000, "EA", "0.412", "2027-01-29")])
    body = ("Hi Helen,\n\nAre you still handling purchasing at Brightwater Packaging Group?\n\nWe help packaging companies "
            "get CONFIRMED purchase orders from 2,000+ verified food & beverage buyers. Our clients see 3x more orders "
            "within 30 days - guaranteed.\n\nCan I send you a 2-minute video? Reply YES to confirm.\n\nBest,\nKyle\n"
            "GrowthPipe B2B\n\nIf you don't want to hear from me again, just let me know.")
    m = mail(slug, frm=("Kyle Brennan", "kyle@growthpipe-b2b.example"), to=H,
             subject="Quick question about your purchase orders, Helen", date="2026-11-30 14:12 -0600", body=body)
    return [p], m, "unrelated", None


@case("lemoine-fr-ooo-then-colleague", "needs_review fr", "colleague answers from the shared ADV mailbox: 'I will forward to Nathalie on her return on 7/12' - human, no commitment")
def _(slug):
    p = po("PO-7100368", "LEMOINE", "lucia", "EUR", "2026-11-28", [
        ("DIV-6X1L", "Croisillon 6 cases pour bouteilles 1 L", 5000, "EA", "0.11", "2027-02-10")])
    body = ("Bonjour Madame Ferrer,\n\nNathalie est absente jusqu'au 7 décembre. Je lui transmets votre commande à son "
            "retour, elle vous confirmera les délais.\n\nBonne journée,\nJulien Masson\nADV - Cartonnages Lemoine")
    m = mail(slug, frm=("ADV Lemoine", "adv2@cartonnages-lemoine.example"), to=L, subject="RE: " + request_subject(p),
             date="2026-11-30 09:12 +0100", body=body, p=p, quote="outlook")
    return [p], m, "needs_review", None


@case("sunrise-yes-but-call-me", "needs_review en-US", "phone-written 'should be fine, call me re the date' - hedged, no commitment")
def _(slug):
    p = po("PO-7100370", "SUNRISE", "helen", "USD", "2026-11-28", [
        ("GSK-99-EPDM", "Lid gasket EPDM, 99 mm", 15000, "EA", "0.084", "2027-01-11")])
    body = "Helen qty and price should be fine, date is tight with the holidays. Call me tmrw and we'll figure it out\n\nBob\n\nSent from my iPhone"
    m = mail(slug, frm=("Bob Sunderland", "sunrisegasket@gmail.example"), to=H, subject="Re: " + request_subject(p),
             date="2026-11-30 20:41 -0600", body=body, p=p, quote="iphone", html=False, domain="mail.gmail.example")
    return [p], m, "needs_review", None


# ======================================================================

def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    readme = ["# Held-out batch C - supplier replies (Brightwater Packaging Group)", "",
              "Generated by make_batch.py (deterministic). One line per case: slug | kind/language | what makes it hard.", ""]
    for i, (slug, kl, hard, fn) in enumerate(CASES, 1):
        name = f"{i:03d}-{slug}"
        pos, eml, kind, confs = fn(name)
        exp = {"kind": kind}
        if confs is not None:
            exp["confirmations"] = confs
        exp["notes"] = hard
        d = OUT / name
        d.mkdir()
        (d / "pos.json").write_text(json.dumps(pos, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "message.eml").write_bytes(eml)
        (d / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        readme.append(f"- `{name}` | {kl} | {hard}")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(len(CASES), "cases")


if __name__ == "__main__":
    main()
