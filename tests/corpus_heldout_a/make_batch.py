#!/usr/bin/env python3
"""Deterministic generator for held-out corpus batch A (supplier replies to PO
acknowledgment requests).  Writes cases/NNN-slug/{pos.json,message.eml,expected.json}.

World: buyer Thornbury Flow Technologies Ltd (Leeds, UK; thornbury-flow.example)
and ~22 suppliers in the US, UK, DE, FR, ES, IT, NL, PL, PT, CZ, IN and CN.

Run:  /work/heldout/venv-a/bin/python make_batch.py     (needs fpdf2, openpyxl)
"""
from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases"
BUYER_DOMAIN = "thornbury-flow.example"
BUYER_CO = "Thornbury Flow Technologies Ltd"
BUYER_ADDR = "Thornbury Flow Technologies Ltd, Goods-In Gate 3, 41 Kirkstall Road, Leeds LS4 2QY, United Kingdom"

BUYERS = {
    "priya": ("Priya Nandakumar", f"priya.nandakumar@{BUYER_DOMAIN}", "+44 113 496 0721"),
    "callum": ("Callum Reid", f"callum.reid@{BUYER_DOMAIN}", "+44 113 496 0734"),
    "hannah": ("Hannah Okafor", f"hannah.okafor@{BUYER_DOMAIN}", "+44 113 496 0752"),
}

# id: name, email, locale, contact person, tz offset hours
SUP = {
    "MERIDIAN": ("Meridian Fastener Supply Co.", "orders@meridianfastener.example", "en-US", "Dale Kowalczyk", -5),
    "GRANITE": ("Granite State Sensors Inc.", "sales@granitestatesensors.example", "en-US", "Megan Tully", -5),
    "BAYOU": ("Bayou Industrial Hose LLC", "customerservice@bayouhose.example", "en-US", "Travis Broussard", -6),
    "CALDER": ("Calderbrook Electrical Ltd", "sales@calderbrook-electrical.example", "en-GB", "Gemma Sutcliffe", 0),
    "PENTLAND": ("Pentland Precision Engineering Ltd", "orders@pentland-precision.example", "en-GB", "Alasdair Munro", 0),
    "HARWOOD": ("Harwood Packaging Ltd", "sales@harwoodpackaging.example", "en-GB", "Rachel Dunmore", 0),
    "KOHLHAAS": ("Kohlhaas Dichtungstechnik GmbH", "verkauf@kohlhaas-dichtungen.example", "de-DE", "Sabine Wendler", 1),
    "FEINMESS": ("Feinmess Sensorik GmbH", "innendienst@feinmess-sensorik.example", "de-DE", "Markus Oberle", 1),
    "ALTMUEHL": ("Altmühl Elektronik GmbH", "auftrag@altmuehl-elektronik.example", "de-DE", "Verkauf Innendienst", 1),
    "VERCORS": ("Ateliers du Vercors SAS", "adv@ateliers-vercors.example", "fr-FR", "Céline Garnier", 1),
    "LOIRE": ("Loire Câblage SARL", "commandes@loire-cablage.example", "fr-FR", "Julien Morel", 1),
    "IBERVAL": ("Valvulería Ibérica S.L.", "pedidos@valvuleria-iberica.example", "es-ES", "Lucía Ferrer Gil", 1),
    "TORRENTE": ("Torrente Pompe S.r.l.", "ordini@torrentepompe.example", "it-IT", "Federica Rinaldi", 1),
    "HOEKSTRA": ("Hoekstra Kunststoftechniek B.V.", "verkoop@hoekstra-kunststof.example", "nl-NL", "Bram Hoekstra", 1),
    "VANDIJK": ("Van Dijk Pneumatiek B.V.", "orders@vandijk-pneumatiek.example", "nl-NL", "Sanne de Wit", 1),
    "WISLA": ("Odlewnia Wisła Sp. z o.o.", "sprzedaz@odlewnia-wisla.example", "pl-PL", "Katarzyna Nowicka", 1),
    "SLASK": ("Śląskie Zakłady Sprężyn S.A.", "zamowienia@sprezyny-slask.example", "pl-PL", "Tomasz Grabowski", 1),
    "MINHO": ("Metalúrgica do Minho, Lda.", "encomendas@metalminho.example", "pt-PT", "Rui Carvalho", 0),
    "VYSOCINA": ("Vysočina Strojírny a.s.", "obchod@vysocina-strojirny.example", "cs-CZ", "Petra Dvořáková", 1),
    "MORAVIA": ("Moravia Kabel s.r.o.", "prodej@moravia-kabel.example", "cs-CZ", "Jan Procházka", 1),
    "MALHOTRA": ("Malhotra Forgings Pvt. Ltd.", "exports@malhotraforgings.example", "en-IN", "Rohit Deshpande", 5.5),
    "SHENGDA": ("Ningbo Shengda Precision Casting Co., Ltd.", "sales03@shengda-casting.example", "en-US", "Amy Chen", 8),
}


def D(s):
    return Decimal(str(s))


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


def when(s, hours=0):
    """'2026-11-24 14:05' in the given UTC offset."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz(hours))


def kw(year, week, day=5):
    return dt.date.fromisocalendar(year, week, day).isoformat()


# --------------------------------------------------------------------------
# purchase orders
# --------------------------------------------------------------------------

class PO(dict):
    @property
    def num(self):
        return self["po_number"]

    def line(self, n):
        return next(l for l in self["lines"] if l["line"] == n)

    @property
    def sup(self):
        return self["supplier"]

    @property
    def buyer(self):
        return self["buyer"]


def make_po(num, sup_id, buyer, currency, issued, lines, req=True, req_time="09:14"):
    name, mail, loc, _, _ = SUP[sup_id]
    bname, bmail, _ = BUYERS[buyer]
    p = PO()
    p["po_number"] = num
    p["supplier"] = {"id": sup_id, "name": name, "email": mail, "locale": loc}
    p["buyer"] = {"name": bname, "email": bmail}
    p["currency"] = currency
    p["issued"] = issued
    if req:
        stamp = issued.replace("-", "") + req_time.replace(":", "")
        p["request_message_id"] = f"<poack.{num}.{stamp}@{BUYER_DOMAIN}>"
    p["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        p["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty,
                           "uom": uom, "unit_price": price, "requested_date": date})
    p["_req_time"] = req_time
    return p


def po_json(pos):
    return [{k: v for k, v in p.items() if not k.startswith("_")} for p in pos]


def req_dt(p):
    return when(p["issued"] + " " + p["_req_time"], 0)


def fmt_long(d):  # 15 Dec 2026
    d = dt.date.fromisoformat(d) if isinstance(d, str) else d
    return f"{d.day} {d.strftime('%b %Y')}"


def request_subject(p):
    return f"Order acknowledgement required - PO {p.num} - {BUYER_CO}"


def request_text(p):
    """Plain text of the acknowledgment request our agent sent."""
    bname, bmail, bphone = next(v for v in BUYERS.values() if v[1] == p.buyer["email"])
    out = [f"Hello {p.sup['name']},", "",
           f"please find below our purchase order {p.num} of {fmt_long(p['issued'])}.",
           "Could you confirm quantity, unit price and delivery date for every position,",
           "or tell us what you can offer instead? A reply to this mail is all we need.", "",
           f"{'Pos':<4}{'Item':<17}{'Qty':>8} {'UoM':<4}{'Price ' + p['currency']:>14}  Need-by"]
    for l in p["lines"]:
        out.append(f"{l['line']:<4}{l['item']:<17}{l['quantity']:>8} {l['uom']:<4}{l['unit_price']:>14}  {fmt_long(l['requested_date'])}")
        out.append(f"    {l['description']}")
    out += ["", f"Ship to: {BUYER_ADDR}",
            "Terms: as per our framework agreement; please quote our PO number on all documents.", "",
            "Kind regards,", bname, f"Procurement | {BUYER_CO}", f"T {bphone}"]
    return "\n".join(out) + "\n"


def request_html(p):
    bname, bmail, bphone = next(v for v in BUYERS.values() if v[1] == p.buyer["email"])
    rows = "".join(
        f"<tr><td>{l['line']}</td><td>{l['item']}</td><td>{l['description']}</td>"
        f"<td align=\"right\">{l['quantity']}</td><td>{l['uom']}</td><td align=\"right\">{l['unit_price']}</td>"
        f"<td>{fmt_long(l['requested_date'])}</td></tr>" for l in p["lines"])
    return (f"<p>Hello {p.sup['name']},</p><p>please find below our purchase order <b>{p.num}</b> of "
            f"{fmt_long(p['issued'])}. Could you confirm quantity, unit price and delivery date for every "
            f"position, or tell us what you can offer instead? A reply to this mail is all we need.</p>"
            f"<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\"><tr><th>Pos</th><th>Item</th>"
            f"<th>Description</th><th>Qty</th><th>UoM</th><th>Price {p['currency']}</th><th>Need-by</th></tr>"
            f"{rows}</table><p>Ship to: {BUYER_ADDR}</p><p>Kind regards,<br>{bname}<br>Procurement | {BUYER_CO}"
            f"<br>T {bphone}</p>")


# --------------------------------------------------------------------------
# quoting
# --------------------------------------------------------------------------

WD = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
}
MON = {
    "es": "ene feb mar abr may jun jul ago sept oct nov dic".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.".split(),
}


def attribution(style, when_dt, name, mail):
    w = when_dt
    hm = w.strftime("%H:%M")
    if style == "gmail":
        return f"On {WD['en'][w.weekday()]}, {w.day} {w.strftime('%b %Y')} at {hm}, {name} <{mail}> wrote:"
    if style == "gmail-us":
        return f"On {w.strftime('%a, %b')} {w.day}, {w.year} at {w.strftime('%I:%M %p').lstrip('0')} {name} <{mail}> wrote:"
    if style == "de":
        return f"Am {w.strftime('%d.%m.%Y')} um {hm} schrieb {name}:"
    if style == "fr":
        return f"Le {w.strftime('%d/%m/%Y')} à {hm}, {name} a écrit :"
    if style == "es":
        return f"El {WD['es'][w.weekday()]}, {w.day} {MON['es'][w.month-1]} {w.year} a las {w.hour}:{w.minute:02d}, {name} (<{mail}>) escribió:"
    if style == "it":
        return f"Il giorno {WD['it'][w.weekday()]} {w.day} {MON['it'][w.month-1]} {w.year} alle ore {hm} {name} <{mail}> ha scritto:"
    if style == "nl":
        return f"Op {w.strftime('%d-%m-%Y')} om {hm} schreef {name} <{mail}>:"
    if style == "pl":
        return f"W dniu {w.strftime('%d.%m.%Y')} o {hm}, {name} pisze:"
    if style == "pt":
        return f"Em {WD['pt'][w.weekday()]}, {w.day} de {MON['pt'][w.month-1]} de {w.year} às {hm}, {name} <{mail}> escreveu:"
    if style == "cs":
        return f"Dne {w.day}. {w.month}. {w.year} v {w.hour}:{w.minute:02d} {name} napsal(a):"
    if style == "in":
        return f"On {WD['en'][w.weekday()]}, {w.day} {w.strftime('%b, %Y')}, {hm} {name}, <{mail}> wrote:"
    raise ValueError(style)


def quote_gt(text, style, when_dt, name, mail):
    q = "\n".join((">" + (" " + ln if ln else "")) for ln in text.rstrip("\n").split("\n"))
    return attribution(style, when_dt, name, mail) + "\n" + q + "\n"


def outlook_header(when_dt, name, mail, to_name, to_mail, subject, lang="en-US", cc=None):
    w = when_dt
    if lang == "en-US":
        sent = f"{w.strftime('%A, %B')} {w.day}, {w.year} {w.strftime('%I:%M %p').lstrip('0')}"
        lab = ("From", "Sent", "To", "Cc", "Subject")
    elif lang == "en-GB":
        sent = f"{w.strftime('%d %B %Y %H:%M')}"
        lab = ("From", "Sent", "To", "Cc", "Subject")
    elif lang == "de":
        tage = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
        mon = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
        sent = f"{tage[w.weekday()]}, {w.day}. {mon[w.month-1]} {w.year} {w.strftime('%H:%M')}"
        lab = ("Von", "Gesendet", "An", "Cc", "Betreff")
    elif lang == "fr":
        jours = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        sent = f"{jours[w.weekday()]} {w.day} {mois[w.month-1]} {w.year} {w.strftime('%H:%M')}"
        lab = ("De", "Envoyé", "À", "Cc", "Objet")
    elif lang == "es":
        dias = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
        meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
        sent = f"{dias[w.weekday()]}, {w.day} de {meses[w.month-1]} de {w.year} {w.strftime('%H:%M')}"
        lab = ("De", "Enviado el", "Para", "CC", "Asunto")
    else:
        raise ValueError(lang)
    out = [f"{lab[0]}: {name} <{mail}>", f"{lab[1]}: {sent}", f"{lab[2]}: {to_name} <{to_mail}>"]
    if cc:
        out.append(f"{lab[3]}: {cc}")
    out.append(f"{lab[4]}: {subject}")
    return "\n".join(out) + "\n"


def outlook_quote(text, when_dt, name, mail, to_name, to_mail, subject, lang="en-US"):
    return ("_" * 32 + "\n" if lang in ("en-US", "de", "fr", "es") else "-----Original Message-----\n") + \
        outlook_header(when_dt, name, mail, to_name, to_mail, subject, lang) + "\n" + text


# --------------------------------------------------------------------------
# messages
# --------------------------------------------------------------------------

def build(*, frm, to, subject, date, msgid, text=None, html=None, in_reply_to=None, references=None,
          attachments=(), headers=(), charset="utf-8", cc=None, received=None):
    m = EmailMessage(policy=POLICY)
    rcv_host = received or ("mx." + frm.split("@")[-1].rstrip(">"))
    m["Received"] = (f"from {rcv_host} ({rcv_host} [198.51.100.{sum(map(ord, rcv_host)) % 200 + 20}]) "
                     f"by mx1.{BUYER_DOMAIN} (Postfix) with ESMTPS id {abs(hash_str(msgid)) % 10**10:010d}; "
                     f"{format_datetime(date.astimezone(dt.timezone.utc))}")
    m["Date"] = format_datetime(date)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, charset=charset)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset)
    elif html is not None:
        m.set_content(html, subtype="html", charset=charset)
    for fname, data, mtype in attachments:
        maintype, subtype = mtype.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    # deterministic MIME boundaries (the library would pick random ones)
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{hash_str(msgid) % 10**8:08d}_{i}.{1794000000 + i}")
    return m


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % (2**61 - 1)
    return h


def sup_from(sid, person=None):
    name, mail, *_ = SUP[sid]
    person = person or SUP[sid][3]
    return f"{person} <{mail}>" if person else f"{name} <{mail}>"


def buyer_addr(p):
    return f"{p.buyer['name']} <{p.buyer['email']}>"


def reply_headers(p, extra_refs=()):
    rid = p.get("request_message_id")
    if not rid:
        return {}
    refs = " ".join([rid, *extra_refs])
    last = extra_refs[-1] if extra_refs else rid
    return {"in_reply_to": last, "references": refs}


def html_wrap(body, font="Calibri"):
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body lang=\"EN-GB\"><div class=\"WordSection1\" style=\"font-family:{font},sans-serif;font-size:11pt\">"
            f"{body}</div></body></html>")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pre_html(text):
    return "<br>\n".join(esc(ln) for ln in text.split("\n"))


# --------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------

def make_pdf(title_lines, header, rows, footer_lines, widths=None, font_size=8):
    from fpdf import FPDF
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.timezone.utc))
    pdf.set_creator("ERP Belegdruck")
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    first = True
    for t in title_lines:
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        if first:
            pdf.set_font("Helvetica", "", 9)
            first = False
    pdf.ln(3)
    widths = widths or [180 / len(header)] * len(header)
    pdf.set_font("Helvetica", "B", font_size)
    for h, w in zip(header, widths):
        pdf.cell(w, 6, h, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", font_size)
    for r in rows:
        for c, w in zip(r, widths):
            pdf.cell(w, 6, str(c), border=1)
        pdf.ln()
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 8)
    for f in footer_lines:
        pdf.multi_cell(0, 4.5, f, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def make_xlsx(sheet_title, top_rows, header, rows):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title
    for r in top_rows:
        ws.append(list(r))
    ws.append([])
    ws.append(list(header))
    for r in rows:
        ws.append(list(r))
    fixed = dt.datetime(2026, 11, 20, 8, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "ERP export"
    raw = io.BytesIO()
    wb.save(raw)
    # re-zip with fixed timestamps so the output is byte-for-byte reproducible
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps 'modified' with the current time
                import re as _re
                data = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                               rb"\g<1>2026-11-20T08:00:00Z\g<2>", data)
            z.writestr(zi, data)
    return out.getvalue()


PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# --------------------------------------------------------------------------
# expected
# --------------------------------------------------------------------------


def acc(p, n):
    l = p.line(n)
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"], "date": l["requested_date"]}


def chg(p, n, q=None, price=None, date=None, schedule=None):
    l = p.line(n)
    d = {"status": "changed", "quantity": q if q is not None else l["quantity"],
         "unit_price": str(price) if price is not None else l["unit_price"],
         "date": date or l["requested_date"]}
    if schedule:
        d["schedule"] = [{"quantity": a, "date": b} for a, b in schedule]
        d["quantity"] = sum(a for a, _ in schedule) if q is None else q
        d["date"] = max(b for _, b in schedule) if date is None else date
    return d


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(p, spec=None, default="acc"):
    spec = spec or {}
    lines = {}
    for l in p["lines"]:
        n = l["line"]
        v = spec.get(n, default)
        if v == "acc":
            v = acc(p, n)
        elif v == "rej":
            v = REJ
        elif v == "unc":
            v = UNC
        lines[str(n)] = v
    return {"po_number": p.num, "lines": lines}


def pct(price, percent):
    return str((D(price) * (1 + D(percent) / 100)).quantize(D("0.01"), ROUND_HALF_UP))


CASES = []


def case(slug, kind, hard):
    def deco(fn):
        CASES.append((slug, kind, hard, fn))
        return fn
    return deco

import textwrap


def T(s):
    return textwrap.dedent(s).strip("\n") + "\n"


def mid(domain, tag):
    return f"<{tag}.{hash_str(tag + domain) % 10**12:012d}@{domain}>"


def sdom(p_or_sid):
    sid = p_or_sid if isinstance(p_or_sid, str) else p_or_sid.sup["id"]
    return SUP[sid][1].split("@")[1]


def stz(p_or_sid):
    sid = p_or_sid if isinstance(p_or_sid, str) else p_or_sid.sup["id"]
    return tz(SUP[sid][4])


def reply(p, date, body, *, style="gmail", person=None, re="Re: ", subject=None, html=None,
          attachments=(), headers=(), quote_text=None, msgid=None, extra_refs=(), charset="utf-8",
          frm=None, threaded=True, html_only=False, to=None, cc=None):
    sid = p.sup["id"]
    dom = sdom(p)
    rq = quote_text if quote_text is not None else request_text(p)
    rdt = req_dt(p).astimezone(stz(p))
    if style is None:
        full = body
    elif style.startswith("outlook"):
        lang = style.split(":")[1]
        full = body + "\n" + outlook_quote(rq, rdt, p.buyer["name"], p.buyer["email"], p.sup["name"],
                                           p.sup["email"], request_subject(p), lang)
    else:
        full = body + "\n" + quote_gt(rq, style, rdt, p.buyer["name"], p.buyer["email"])
    hdr = reply_headers(p, extra_refs) if threaded else {}
    m = build(frm=frm or sup_from(sid, person), to=to or buyer_addr(p), cc=cc,
              subject=subject or (re + request_subject(p)),
              date=date, msgid=msgid or mid(dom, f"r{hash_str(body) % 99991}"),
              text=None if html_only else full, html=html, attachments=attachments, headers=headers,
              charset=charset, **hdr)
    return m


def L(*a):
    return a


# ==========================================================================
# CONFIRMATIONS
# ==========================================================================

@case("meridian-confirmed-as-per-po", "confirmation",
      "bare 'confirmed as per PO' top-post; '12/14' in reply equals need-by; quoted request holds all values")
def c_meridian_plain():
    p = make_po("77120311", "MERIDIAN", "callum", "USD", "2026-11-17", [
        L("MFS-HX-M12x60-88", "Hex head cap screw M12x60, 8.8, zinc flake", 4000, "EA", "0.2140", "2026-12-14"),
        L("MFS-NUT-M12-8", "Hex nut M12, class 8, zinc flake", 4000, "EA", "0.0610", "2026-12-14"),
        L("MFS-WSH-M12-200HV", "Flat washer M12, 200HV, zinc flake", 8000, "EA", "0.0290", "2026-12-14"),
    ])
    body = T("""
        Hi Callum,

        Confirmed as per PO, all three lines ship from our Cleveland DC to arrive 12/14.

        Thanks,
        Dale

        --
        Dale Kowalczyk | Inside Sales
        Meridian Fastener Supply Co.
        4410 Brookpark Rd, Cleveland, OH 44142
        O: (216) 555-0148 | F: (216) 555-0199
        """)
    m = reply(p, when("2026-11-19 10:42", -5), body, style="gmail-us",
              msgid="<CAH7vQx2kPm0d+Rz4Yc1MeRdNfa9Ww@mail.gmail.com>")
    return [p], m, [conf(p)], "Plain confirmation; the only date in the reply (12/14, month-first, no year) equals the need-by; all values must come from the PO, not from the quoted request text."


@case("kohlhaas-de-kw-date-change", "confirmation",
      "German; Pos. 3 moved to 'KW 4' (Friday 2027-01-29); '11.12.' without year; price repeated with decimal comma")
def c_kohlhaas_kw():
    p = make_po("77120318", "KOHLHAAS", "priya", "EUR", "2026-11-16", [
        L("KDT-OR-85x3-FKM", "O-Ring 85 x 3 mm, FKM 75 Shore A, schwarz", 500, "EA", "0.84", "2026-12-11"),
        L("KDT-OR-120x4-FKM", "O-Ring 120 x 4 mm, FKM 75 Shore A", 300, "EA", "1.37", "2026-12-11"),
        L("KDT-FD-DN80-PTFE", "Flachdichtung DN80 PN16, PTFE-Verbund", 120, "EA", "6.90", "2027-01-15"),
    ])
    body = T("""
        Guten Tag Frau Nandakumar,

        vielen Dank für Ihre Bestellung.

        Pos. 1 und 2 bestätigen wir wie bestellt zum 11.12.
        Pos. 3 (Flachdichtung DN80) können wir leider erst in KW 4 liefern, Preis unverändert 6,90 €/St.

        Mit freundlichen Grüßen

        Sabine Wendler
        Verkaufsinnendienst

        Kohlhaas Dichtungstechnik GmbH
        Augusta-Anlage 17, 68165 Mannheim
        Tel. +49 621 555 31-24 | Fax +49 621 555 31-99
        Geschäftsführer: Dr. Ralf Kohlhaas | Amtsgericht Mannheim HRB 712233
        """)
    m = reply(p, when("2026-11-18 14:20", 1), body, style="de", re="AW: ",
              headers=[("User-Agent", "Mozilla Thunderbird")])
    return [p], m, [conf(p, {3: chg(p, 3, date=kw(2027, 4))})], \
        "KW 4 with no year after a November mail -> ISO week 4 of 2027, Friday 2027-01-29. '11.12.' has no year and equals the need-by."


@case("vercors-fr-semaine-short-qty", "confirmation",
      "French; short quantity '1 500' (space thousands) instead of 2 000, 'semaine 51' = need-by Friday")
def c_vercors_short():
    p = make_po("77120325", "VERCORS", "hannah", "EUR", "2026-11-18", [
        L("AV-USN-4471", "Bride usinée inox 316L, DN50", 60, "EA", "48.50", "2026-12-18"),
        L("AV-ENT-0930", "Entretoise Ø30 x 12, acier zingué", 2000, "EA", "0.38", "2026-12-18"),
    ])
    body = T("""
        Bonjour Madame Okafor,

        Nous vous confirmons la commande 77120325 :
        - ligne 1 : 60 brides au prix de 48,50 €, livraison le 18/12 comme demandé ;
        - ligne 2 : suite à une rupture de matière, nous ne pourrons livrer que 1 500 entretoises (au lieu de 2 000), en semaine 51. Le solde ne sera pas livré, merci d'annuler le reliquat.

        Bien cordialement,

        Céline Garnier
        Administration des ventes
        Ateliers du Vercors SAS – 12 rue des Glairons, 38400 Saint-Martin-d'Hères
        Tél. : +33 4 76 55 01 23
        """)
    m = reply(p, when("2026-11-20 11:05", 1), body, style="fr", re="RE : ")
    return [p], m, [conf(p, {2: chg(p, 2, q=1500)})], \
        "Line 2 short-shipped: 1 500 (narrow no-break space as thousands separator) of 2 000, balance cancelled; semaine 51 = Fri 2026-12-18 = need-by, so only the quantity changes."


@case("iberval-es-price-and-date", "confirmation",
      "Spanish; numbered answers 1)/2)/3); price 18,40 instead of 17,90; date 15/02/2027 day-first; 'conforme'")
def c_iberval_price():
    p = make_po("77120330", "IBERVAL", "priya", "EUR", "2026-11-17", [
        L("VI-BOLA-DN25-PN40", "Válvula de bola DN25 PN40, acero inoxidable", 40, "EA", "17.90", "2027-01-11"),
        L("VI-RET-DN40", "Válvula de retención DN40, latón", 25, "EA", "22.60", "2027-01-11"),
        L("VI-MARIP-DN100", "Válvula de mariposa DN100 con reductor", 6, "EA", "214.00", "2027-01-11"),
    ])
    body = T("""
        Buenos días Priya:

        Te confirmamos el pedido 77120330 con las siguientes observaciones:

        1) Válvula de bola DN25: precio unitario 18,40 € en lugar de 17,90 €, por la subida del acero inoxidable. Plazo según pedido.
        2) Retención DN40: conforme.
        3) Mariposa DN100: conforme en precio, pero la fecha de entrega será el 15/02/2027 (el reductor viene de Italia).

        Un saludo,

        Lucía Ferrer Gil
        Dpto. Comercial
        Valvulería Ibérica S.L.
        Polígono Malpica, calle E, nave 23 – 50016 Zaragoza
        Tel. +34 976 555 812
        """)
    m = reply(p, when("2026-11-23 09:31", 1), body, style="outlook:es", re="RE: ")
    return [p], m, [conf(p, {1: chg(p, 1, price="18.40"), 3: chg(p, 3, date="2027-02-15")})], \
        "Line 1 price up (the old price 17,90 is also mentioned and must not be taken); line 3 new date 15/02/2027 (day-first); line 2 'conforme'."


@case("torrente-it-energy-surcharge", "confirmation",
      "Italian; blanket '+4,5% supplemento energia' applied to every line's PO price")
def c_torrente_surcharge():
    p = make_po("77120336", "TORRENTE", "callum", "EUR", "2026-11-19", [
        L("TP-GIR-32-160", "Girante pompa centrifuga 32-160, ghisa", 20, "EA", "120.00", "2027-01-22"),
        L("TP-TEN-M-28", "Tenuta meccanica 28 mm, SiC/SiC/EPDM", 50, "EA", "86.00", "2027-01-22"),
        L("TP-CORPO-32-160", "Corpo pompa 32-160 lavorato", 10, "EA", "264.00", "2027-02-05"),
    ])
    body = T("""
        Buongiorno Callum,

        confermiamo l'ordine n. 77120336 per quantità e date di consegna richieste.
        Vi informiamo che dal 1° dicembre applichiamo un supplemento energia del 4,5% su tutti i prezzi, che sarà quindi aggiunto anche alle righe del presente ordine.

        Cordiali saluti

        Federica Rinaldi
        Ufficio Commerciale – Torrente Pompe S.r.l.
        Via dell'Industria 44, 25030 Castel Mella (BS)
        Tel. +39 030 555 2741 – P.IVA 03945510987
        """)
    m = reply(p, when("2026-11-24 16:48", 1), body, style="it", re="R: ")
    spec = {n: chg(p, n, price=pct(p.line(n)["unit_price"], "4.5")) for n in (1, 2, 3)}
    return [p], m, [conf(p, spec)], \
        "4,5% surcharge on all lines: 120.00->125.40, 86.00->89.87, 264.00->275.88; quantities and dates as ordered. '1° dicembre' is the surcharge's effective date, not a delivery date."


@case("hoekstra-nl-week-split", "confirmation",
      "Dutch; line 1 split 600 in 'week 50' + 400 in 'week 2' (next year); line 2 'akkoord'")
def c_hoekstra_split():
    p = make_po("77120341", "HOEKSTRA", "hannah", "EUR", "2026-11-18", [
        L("HK-PA6-BUS-20", "Glijbus PA6, Ø20 x 25 mm", 1000, "EA", "0.92", "2026-12-11"),
        L("HK-POM-RING-45", "Geleidering POM-C, Ø45", 400, "EA", "2.15", "2027-01-08"),
    ])
    body = T("""
        Goedemorgen Hannah,

        Dank voor de order. Regel 1 kunnen we niet in één keer leveren: 600 stuks in week 50 en de resterende 400 stuks in week 2.
        Regel 2 is akkoord zoals besteld. Prijzen zoals op de order.

        Met vriendelijke groet,

        Bram Hoekstra
        Hoekstra Kunststoftechniek B.V.
        Hengelosestraat 588, 7521 AN Enschede
        T +31 53 555 4410
        """)
    m = reply(p, when("2026-11-19 08:57", 1), body, style="nl", re="RE: ")
    return [p], m, [conf(p, {1: chg(p, 1, schedule=[(600, kw(2026, 50)), (400, kw(2027, 2))])})], \
        "Split: week 50 -> Fri 2026-12-11, week 2 (no year, next on/after the Nov mail) -> Fri 2027-01-15; total 1000 unchanged, last date 2027-01-15."


@case("wisla-pl-discontinued-line", "confirmation",
      "Polish; pos. 3 discontinued (rejected) with a substitute offered; pos. 1-2 confirmed")
def c_wisla_reject():
    p = make_po("77120347", "WISLA", "priya", "EUR", "2026-11-20", [
        L("OW-KORP-ZAW-50", "Korpus zaworu DN50, żeliwo sferoidalne EN-GJS-400", 80, "EA", "31.20", "2027-01-18"),
        L("OW-POKR-50", "Pokrywa zaworu DN50, EN-GJS-400", 80, "EA", "12.75", "2027-01-18"),
        L("OW-KOL-65-SZ", "Kolano 65 mm, żeliwo szare", 150, "EA", "7.40", "2027-01-18"),
    ])
    body = T("""
        Dzień dobry Pani Priyo,

        dziękujemy za zamówienie nr 77120347.

        Poz. 1 i 2 – potwierdzamy ilości i ceny, termin dostawy 18.01.2027 bez zmian.
        Poz. 3 – kolano 65 mm zostało wycofane z naszej oferty (model nie jest już produkowany), dlatego tej pozycji nie możemy zrealizować. Jako zamiennik proponujemy kolano OW-KOL-65-SF z żeliwa sferoidalnego – w razie zainteresowania prześlemy ofertę.

        Z poważaniem
        Katarzyna Nowicka
        Dział Sprzedaży
        Odlewnia Wisła Sp. z o.o.
        ul. Półłanki 64, 30-740 Kraków
        tel. +48 12 555 67 30
        """)
    m = reply(p, when("2026-11-25 13:10", 1), body, style="pl", re="Odp: ")
    return [p], m, [conf(p, {3: "rej"})], \
        "Pos. 3 discontinued -> rejected (the substitute is only an offer, not a confirmation). Pos. 1-2 confirmed unchanged."


@case("minho-pt-christmas-shutdown", "confirmation",
      "Portuguese; all lines move to 12/01/2027; shutdown dates 21/12 and 03/01 in the same sentence are distractors")
def c_minho_dates():
    p = make_po("77120352", "MINHO", "callum", "EUR", "2026-11-19", [
        L("MM-CHAPA-3-S235", "Chapa quinada 3 mm S235, suporte motor", 250, "EA", "9.80", "2026-12-21"),
        L("MM-SUP-SOLD-12", "Suporte soldado, tubo 40x40, galvanizado", 120, "EA", "23.50", "2026-12-21"),
    ])
    body = T("""
        Bom dia Sr. Callum,

        Confirmamos a encomenda 77120352 nas quantidades e preços indicados. Devido à paragem de Natal da fábrica (de 21/12 a 03/01), a data de entrega passa para 12/01/2027 para as duas linhas.

        Com os melhores cumprimentos,

        Rui Carvalho
        Departamento Comercial
        Metalúrgica do Minho, Lda.
        Zona Industrial de Adaúfe, Lote 14, 4710-573 Braga
        Tel.: +351 253 555 190
        """)
    m = reply(p, when("2026-11-27 10:12", 0), body, style="pt", re="RE: ")
    return [p], m, [conf(p, {1: chg(p, 1, date="2027-01-12"), 2: chg(p, 2, date="2027-01-12")})], \
        "Both lines new date 12/01/2027 (day-first = 12 Jan). 21/12 equals line's need-by but is the shutdown start, not a commitment."


@case("vysocina-cs-spaced-dates", "confirmation",
      "Czech; dates '8. 1. 2027' with spaces; '1 200 ks' thousands; price 4,10 on line 2; line 3 moved")
def c_vysocina():
    p = make_po("77120358", "VYSOCINA", "hannah", "EUR", "2026-11-18", [
        L("VS-HRID-40CR-200", "Hřídel Ø40 x 200, 42CrMo4, kalený", 60, "EA", "38.90", "2027-01-08"),
        L("VS-POUZ-30", "Pouzdro bronzové Ø30/40 x 30", 1200, "EA", "3.85", "2027-01-08"),
        L("VS-PRIR-180", "Příruba DN80, obrobená", 40, "EA", "27.40", "2027-02-12"),
    ])
    body = T("""
        Dobrý den paní Okaforová,

        potvrzujeme Vaši objednávku č. 77120358:

        položka 1 – 60 ks, 38,90 EUR/ks, termín dodání 8. 1. 2027 – OK
        položka 2 – 1 200 ks, cena 4,10 EUR/ks (změna ceny bronzu), termín 8. 1. 2027
        položka 3 – 40 ks, 27,40 EUR/ks, termín dodání 26. 2. 2027

        S pozdravem

        Petra Dvořáková
        obchodní oddělení
        Vysočina Strojírny a.s.
        Havlíčkova 118, 586 01 Jihlava
        tel.: +420 567 555 214
        """)
    m = reply(p, when("2026-11-24 07:55", 1), body, style="cs", re="Re: ")
    return [p], m, [conf(p, {2: chg(p, 2, price="4.10"), 3: chg(p, 3, date="2027-02-26")})], \
        "Czech spaced dates; line 2 price 3.85 -> 4.10 (qty '1 200' same); line 3 date 2027-02-12 -> 2027-02-26."


@case("calderbrook-ferrules-per-100", "confirmation",
      "en-GB chatty reply; line 2 price '£4.60 per 100' -> 0.046 per EA (PO 0.042 quoted as 4.20 per 100)")
def c_calder_per100():
    p = make_po("77120363", "CALDER", "priya", "GBP", "2026-11-20", [
        L("CE-CG-M20-BR", "Cable gland M20, brass, IP68", 500, "EA", "1.18", "2026-12-16"),
        L("CE-FERR-2.5", "Bootlace ferrule 2.5 mm², insulated", 5000, "EA", "0.042", "2026-12-16"),
        L("CE-DIN-TS35", "DIN rail TS35, 2 m length, slotted", 100, "EA", "3.65", "2026-12-16"),
    ])
    body = T("""
        Hi Priya,

        Thanks for the order, all fine on lines 1 and 3 (from stock, will deliver 16th Dec).

        Line 2 - the ferrules are priced per 100 on our system and they've gone up, so it's £4.60 per 100, not the 4.20 you have. Qty and date OK.

        Cheers
        Gemma

        Gemma Sutcliffe | Sales Office
        Calderbrook Electrical Ltd | Unit 4 Dean Clough Mills, Halifax HX3 5AX
        T: 01422 555 306
        Registered in England No. 04417789. This email and any attachments are confidential and intended solely for the addressee.
        """)
    m = reply(p, when("2026-11-23 12:03", 0), body, style="outlook:en-GB", re="RE: ")
    return [p], m, [conf(p, {2: chg(p, 2, price="0.046")})], \
        "Price per 100: £4.60/100 = 0.046 per EA vs PO 0.042; '4.20' is the supplier restating our price per 100 and must not be read as a price."


@case("granite-per-thousand-ship-date", "confirmation",
      "en-US; '$385.00/M' equals PO 0.385; '$34.50 per 1,000' -> 0.0345; ship date '12/18' only; '1/15/2027' month-first")
def c_granite_permille():
    p = make_po("77120369", "GRANITE", "callum", "USD", "2026-11-16", [
        L("GSS-PT100-150", "RTD probe Pt100, 150 mm, 1/4\" NPT", 120, "EA", "24.75", "2026-12-18"),
        L("GSS-TC-K-MINI", "Type K mini connector, male", 2000, "EA", "0.385", "2026-12-18"),
        L("GSS-LBL-CAL", "Calibration label, polyester, printed", 10000, "EA", "0.0312", "2027-01-08"),
    ])
    body = T("""
        Callum,

        PO 77120369 is entered as our SO 2291047.

        Line 1 OK as ordered.
        Line 2 OK, 2,000 pcs at $385.00/M ships 12/18.
        Line 3 we have to bump to $34.50 per 1,000 (new label stock), delivery 1/15/2027.

        Regards,
        Megan Tully
        Customer Service Lead
        Granite State Sensors Inc. | 9 Executive Dr, Nashua, NH 03063
        Direct 603-555-0172
        """)
    m = reply(p, when("2026-11-18 15:26", -5), body, style="outlook:en-US", re="RE: ")
    return [p], m, [conf(p, {3: chg(p, 3, price="0.0345", date="2027-01-15")})], \
        "'/M' = per thousand: 385.00/M = 0.385 = PO -> line 2 accepted (ship 12/18 = need-by). Line 3 34.50 per 1,000 = 0.0345 (PO 0.0312) and 1/15/2027."


@case("altmuehl-erp-xlsx-ab", "confirmation",
      "German ERP mail (Auto-Submitted) with XLSX order confirmation; positions 10-40, own item numbers, 'PE 100' price unit, KW in a date column; not threaded")
def c_altmuehl_xlsx():
    p = make_po("77120374", "ALTMUEHL", "hannah", "EUR", "2026-11-17", [
        L("AE-LP-STEU-V3", "Steuerplatine V3, bestückt", 150, "EA", "46.80", "2027-01-15"),
        L("AE-KAB-SATZ-12", "Kabelsatz 12-polig, 1,5 m", 300, "EA", "7.95", "2027-01-15"),
        L("AE-SENS-HALL-02", "Hall-Sensor-Modul HS-02", 600, "EA", "2.34", "2027-01-15"),
        L("AE-DISP-LCD-2x16", "LCD-Anzeige 2x16, hintergrundbeleuchtet", 150, "EA", "9.60", "2027-02-05"),
    ])
    x = make_xlsx("Auftragsbestätigung", [
        ("Altmühl Elektronik GmbH", None, None, None, None, None, None, None, None),
        ("Auftragsbestätigung", "2611-40387", None, "Datum", dt.date(2026, 11, 19)),
        ("Kunde", "Thornbury Flow Technologies Ltd", None, "Kd.-Nr.", "D-10482"),
        ("Ihre Bestellung", "77120374", None, "vom", dt.date(2026, 11, 17)),
        ("Lieferbedingung", "DAP Leeds (Incoterms 2020)", None, "Zahlung", "30 Tage netto"),
    ], ("Pos", "Artikel", "Ihre Art.-Nr.", "Bezeichnung", "Menge", "ME", "Preis EUR", "PE", "Gesamt EUR", "Liefertermin"), [
        (10, "310-4471", "AE-LP-STEU-V3", "Steuerplatine V3 bestückt, Rev. D", 150, "ST", 48.20, 1, 7230.00, dt.date(2027, 1, 15)),
        (20, "520-0912", "AE-KAB-SATZ-12", "Kabelsatz 12pol. 1500 mm", 300, "ST", 795.00, 100, 2385.00, dt.date(2027, 1, 15)),
        (30, "410-0275", "AE-SENS-HALL-02", "Hallsensormodul HS-02", 600, "ST", 234.00, 100, 1404.00, dt.date(2027, 1, 22)),
        (40, "610-1180", "AE-DISP-LCD-2x16", "LCD 2x16 LED-Backlight", 150, "ST", 9.60, 1, 1440.00, "KW 06/2027"),
    ])
    body = T("""
        Sehr geehrte Damen und Herren,

        anbei erhalten Sie unsere Auftragsbestätigung 2611-40387 zu Ihrer Bestellung 77120374 vom 17.11.2026.
        Bitte prüfen Sie die Angaben. Ohne Ihren Widerspruch innerhalb von 3 Werktagen gilt die Auftragsbestätigung als angenommen.

        Mit freundlichen Grüßen
        Altmühl Elektronik GmbH
        Auftragsabwicklung

        Diese Nachricht wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese E-Mail.
        Altmühl Elektronik GmbH · Römerstraße 9 · 85049 Ingolstadt · Tel. +49 841 555 770
        """)
    m = reply(p, when("2026-11-19 06:02", 1), body, style=None, frm="Altmühl Elektronik GmbH <auftrag@altmuehl-elektronik.example>",
              subject="Auftragsbestätigung 2611-40387 zu Ihrer Bestellung 77120374", threaded=False,
              headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "ERP-Belegversand 7.1")],
              msgid="<AB261140387.1794632520@erp.altmuehl-elektronik.example>",
              attachments=[("AB_2611-40387.xlsx", x, XLSX)])
    spec = {1: chg(p, 1, price="48.20"), 3: chg(p, 3, date="2027-01-22"), 4: chg(p, 4, date=kw(2027, 6))}
    return [p], m, [conf(p, spec)], \
        "ERP-generated XLSX AB (Auto-Submitted but a confirmation). Map Pos 10-40 to PO lines via 'Ihre Art.-Nr.'. Pos 20/30 prices are per 100 (PE 100): 795,00/100 = 7.95 and 234,00/100 = 2.34 = PO. Pos 10 price 48.20 (PO 46.80). Pos 30 date 2027-01-22. Pos 40 'KW 06/2027' -> Fri 2027-02-12."


@case("pentland-pdf-despatch-vs-delivery", "confirmation",
      "en-GB human mail with PDF acknowledgement: lines 10/20/30, own part numbers, Despatch and Delivery date columns (delivery wins)")
def c_pentland_pdf():
    p = make_po("77120380", "PENTLAND", "priya", "GBP", "2026-11-18", [
        L("PPE-SHAFT-D25", "Drive shaft Ø25 x 310, EN24T, ground", 40, "EA", "68.00", "2027-01-12"),
        L("PPE-HUB-110", "Coupling hub Ø110, keyed", 40, "EA", "41.50", "2027-01-12"),
        L("PPE-SPACER-8", "Spacer ring 8 mm, 304 stainless", 200, "EA", "3.20", "2027-01-12"),
    ])
    pdf = make_pdf(
        ["PENTLAND PRECISION ENGINEERING LTD", "8 Nettlehill Road, Houstoun Industrial Estate, Livingston EH54 5DL",
         "ORDER ACKNOWLEDGEMENT  OA-55812          Date: 19/11/2026",
         "Customer: Thornbury Flow Technologies Ltd     Your order: 77120380 dated 18/11/2026"],
        ["Line", "Our Part No", "Your Part No", "Qty", "Unit £", "Despatch", "Delivery"],
        [["10", "PP-24410", "PPE-SHAFT-D25", "40", "68.00", "08/01/2027", "12/01/2027"],
         ["20", "PP-24411", "PPE-HUB-110", "40", "41.50", "15/01/2027", "19/01/2027"],
         ["30", "PP-10077", "PPE-SPACER-8", "200", "3.20", "05/01/2027", "07/01/2027"]],
        ["Delivery dates are arrival at your premises (carrier: DX Freight, 2 working days after despatch).",
         "All goods supplied subject to our standard terms of sale (PPE-TS-2024). E&OE."],
        widths=[14, 28, 38, 16, 20, 30, 30])
    body = T("""
        Hi Priya,

        Please find our acknowledgement attached. Note the hubs are a week later than you asked for - best we can do with the heat treat queue.

        Regards,
        Alasdair

        Alasdair Munro
        Production Planning
        Pentland Precision Engineering Ltd
        Tel 01506 555 402
        """)
    m = reply(p, when("2026-11-19 15:40", 0), body, style="gmail",
              attachments=[("OA-55812.pdf", pdf, PDF)])
    spec = {2: chg(p, 2, date="2027-01-19"), 3: chg(p, 3, date="2027-01-07")}
    return [p], m, [conf(p, spec)], \
        "Values only in the PDF. Delivery column wins over Despatch: line 10 12/01 = need-by (accepted), line 20 19/01/2027, line 30 07/01/2027 (earlier than asked = changed). Day-first dates."


@case("shengda-pdf-etd-only", "confirmation",
      "Chinese supplier's sales confirmation PDF: own codes, FOB prices, only ETD (ship date) given; en-US locale but ISO-ish dates")
def c_shengda_pdf():
    p = make_po("77120386", "SHENGDA", "callum", "USD", "2026-11-16", [
        L("SD-INV-IMP-150", "Investment cast impeller, CF8M, Ø150", 300, "EA", "27.60", "2027-02-26"),
        L("SD-INV-VOL-150", "Investment cast volute cover, CF8M", 300, "EA", "33.10", "2027-02-26"),
    ])
    pdf = make_pdf(
        ["NINGBO SHENGDA PRECISION CASTING CO., LTD.", "No. 88 Xingye Road, Beilun District, Ningbo, Zhejiang, China",
         "SALES CONFIRMATION  No. SC-NB26-1187     Date: 2026-11-18",
         "Buyer: Thornbury Flow Technologies Ltd     Buyer PO#: 77120386"],
        ["No.", "Our Code", "Customer P/N", "Qty (PCS)", "Unit Price USD", "Amount USD", "ETD Ningbo"],
        [["1", "SD-2611-IMP150", "SD-INV-IMP-150", "300", "27.60", "8,280.00", "2027-01-20"],
         ["2", "SD-2611-VOL150", "SD-INV-VOL-150", "300", "33.10", "9,930.00", "2027-01-20"]],
        ["Price term: FOB Ningbo.  Payment: T/T 30 days after B/L date.  Packing: export carton on fumigated pallet.",
         "Tolerance of quantity: +/- 0 pcs.  Shipment by sea."],
        widths=[12, 34, 34, 22, 28, 28, 26])
    body = T("""
        Dear Callum,

        Good day!

        Attached is our sales confirmation for your PO#77120386, please check. ETD Ningbo Jan 20, 2027 for both items.

        Any question pls feel free to contact me.

        Best regards,
        Amy Chen
        Sales Dept.
        Ningbo Shengda Precision Casting Co., Ltd.
        Tel: +86-574-5555-8821  Wechat: amy_sdcast
        """)
    m = reply(p, when("2026-11-18 14:05", 8), body, style="gmail", re="RE: ",
              attachments=[("SC-NB26-1187.pdf", pdf, PDF)])
    return [p], m, [conf(p, {1: chg(p, 1, date="2027-01-20"), 2: chg(p, 2, date="2027-01-20")})], \
        "Only a ship date (ETD Ningbo 2027-01-20) is given, so it is the date; quantities and prices match."


@case("malhotra-en-in-split-despatch", "confirmation",
      "en-IN; 'nos.'; item 1 split 300 by 18/12/2026 + balance 200 by 22/01/2027 (ex-works despatch dates); 'dtd. 19/11/2026' PO date distractor")
def c_malhotra_split():
    p = make_po("77120391", "MALHOTRA", "hannah", "USD", "2026-11-19", [
        L("MF-FLG-WN-4-150", "Weld neck flange 4\" Class 150, A105", 500, "EA", "14.20", "2027-01-29"),
        L("MF-FLG-BL-4-150", "Blind flange 4\" Class 150, A105", 200, "EA", "11.85", "2027-01-29"),
    ])
    body = T("""
        Dear Ms. Hannah,

        Greetings from Malhotra Forgings!

        We acknowledge receipt of your PO no. 77120391 dtd. 19/11/2026 and confirm the same as under:

        Item 1 - WN flange 4" #150: 300 nos. will be despatched by 18/12/2026 and balance 200 nos. by 22/01/2027. Price USD 14.20/no. as per PO.
        Item 2 - Blind flange 4" #150: 200 nos. @ USD 11.85, despatch 22/01/2027.

        Kindly note all dates are ex-works Pune.

        Thanks & Regards,
        Rohit Deshpande
        Manager - Exports
        Malhotra Forgings Pvt. Ltd.
        Gat No. 412, Chakan MIDC Phase II, Pune 410501, India
        Mob: +91 98220 55514
        """)
    m = reply(p, when("2026-11-23 18:40", 5.5), body, style="in", re="RE: ")
    spec = {1: chg(p, 1, schedule=[(300, "2026-12-18"), (200, "2027-01-22")]), 2: chg(p, 2, date="2027-01-22")}
    return [p], m, [conf(p, spec)], \
        "Only ex-works despatch dates are given, so they are the dates. Item 1 split 300 + 200 (total = PO 500), last 2027-01-22; item 2 2027-01-22."


@case("meridian-two-open-pos-answers-one", "confirmation",
      "two open POs of the same supplier; reply answers only 77120397 and says the other is still pending")
def c_meridian_two():
    p1 = make_po("77120312", "MERIDIAN", "callum", "USD", "2026-11-17", [
        L("MFS-SHCS-M8x30-129", "Socket head cap screw M8x30, 12.9, black oxide", 2500, "EA", "0.118", "2026-12-14"),
        L("MFS-LOCK-M8-NL", "Wedge-lock washer pair M8", 2500, "EA", "0.395", "2026-12-14"),
    ], req_time="09:20")
    p2 = make_po("77120397", "MERIDIAN", "callum", "USD", "2026-11-20", [
        L("MFS-STUD-M16x120", "Threaded stud M16x120, ASTM A193 B7", 300, "EA", "1.42", "2027-01-11"),
        L("MFS-NUT-2H-M16", "Heavy hex nut M16, ASTM A194 2H", 600, "EA", "0.47", "2027-01-11"),
        L("MFS-RIV-4.8x12", "Blind rivet 4.8x12, steel/steel", 10000, "EA", "0.0215", "2027-01-11"),
    ])
    body = T("""
        Callum - 77120397 is good to go. Stud delivery pushes to 1/18 because of B7 bar stock, rest as ordered.

        Still working on the other PO (77120312), I'll have an answer for you tomorrow.

        Dale Kowalczyk | Inside Sales
        Meridian Fastener Supply Co.
        O: (216) 555-0148
        """)
    m = reply(p2, when("2026-11-24 13:17", -5), body, style="gmail-us",
              msgid="<CAH7vQx0sT4pR1+kN2uY8wHa3DbZ1c@mail.gmail.com>")
    return [p1, p2], m, [conf(p2, {1: chg(p2, 1, date="2027-01-18")})], \
        "Two open POs; only 77120397 is answered (stud 1/18 -> 2027-01-18, next such date after the Nov mail). 77120312 is mentioned as pending and therefore left out."


@case("bayou-iphone-one-liner", "confirmation",
      "one-word 'Confirmed, thx' from an iPhone with Apple-style quoted request (hose per FT)")
def c_bayou_phone():
    p = make_po("77120402", "BAYOU", "callum", "USD", "2026-11-23", [
        L("BIH-HYD-R2-12", "Hydraulic hose SAE 100R2AT, 3/4\", per ft", 1200, "FT", "3.94", "2026-12-18"),
        L("BIH-FIT-JIC-12", "JIC female swivel fitting -12, crimp", 160, "EA", "6.15", "2026-12-18"),
    ])
    rdt = req_dt(p).astimezone(tz(-6))
    q = "\n".join(">" + (" " + ln if ln else "") for ln in request_text(p).rstrip().split("\n"))
    body = ("Confirmed, thx\n\nSent from my iPhone\n\n"
            f"> On {rdt.strftime('%b')} {rdt.day}, {rdt.year}, at {rdt.strftime('%I:%M %p').lstrip('0')}, "
            f"{p.buyer['name']} <{p.buyer['email']}> wrote:\n>\n{q}\n")
    m = reply(p, when("2026-11-24 07:12", -6), body, style=None, person="Travis Broussard",
              msgid="<8C1E5F2A-77B4-4D0E-9A61-3F0C2B9D7E11@bayouhose.example>",
              headers=[("X-Mailer", "iPhone Mail (22B91)")])
    return [p], m, [conf(p)], "Phone one-liner confirms everything as ordered; all numbers live in the quoted request only."


@case("loire-fr-html-only-table", "confirmation",
      "Outlook HTML-only French reply with a confirmation table above an HTML-quoted request; copper price change on line 2")
def c_loire_html():
    p = make_po("77120408", "LOIRE", "hannah", "EUR", "2026-11-18", [
        L("LC-H07RNF-3G1.5", "Câble H07RN-F 3G1,5 mm², couronne", 500, "M", "1.46", "2026-12-18"),
        L("LC-H07RNF-5G2.5", "Câble H07RN-F 5G2,5 mm²", 300, "M", "3.12", "2026-12-18"),
        L("LC-COSSE-6-M8", "Cosse tubulaire 6 mm², M8", 400, "EA", "0.29", "2027-01-08"),
    ])
    rdt = req_dt(p).astimezone(tz(1))
    html = html_wrap(
        "<p>Bonjour Madame Okafor,</p>"
        "<p>Merci pour votre commande 77120408. Vous trouverez ci-dessous notre confirmation. "
        "Suite à la hausse du cuivre au LME, le prix de la ligne 2 est ajusté.</p>"
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
        "<tr style=\"background:#1f4e79;color:white\"><td><b>Ligne</b></td><td><b>Article</b></td><td><b>Qté confirmée</b></td>"
        "<td><b>Prix unitaire</b></td><td><b>Date de livraison</b></td></tr>"
        "<tr><td>1</td><td>H07RN-F 3G1,5</td><td>500 m</td><td>1,46 €/m</td><td>18/12/2026</td></tr>"
        "<tr><td>2</td><td>H07RN-F 5G2,5</td><td>300 m</td><td>3,28 €/m</td><td>18/12/2026</td></tr>"
        "<tr><td>3</td><td>Cosse 6 mm² M8</td><td>400</td><td>0,29 €</td><td>15/01/2027</td></tr></table>"
        "<p>Bien cordialement,</p>"
        "<p><b>Julien Morel</b><br>Service commercial<br>Loire Câblage SARL<br>"
        "ZA de Beaucouzé, 3 rue Olivier de Serres, 49070 Beaucouzé<br>Tél. 02 41 55 58 14</p>"
        "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p><b>De :</b> "
        f"{p.buyer['name']} &lt;{p.buyer['email']}&gt;<br><b>Envoyé :</b> mercredi 18 novembre 2026 {rdt.strftime('%H:%M')}<br>"
        f"<b>À :</b> {p.sup['email']}<br><b>Objet :</b> {request_subject(p)}</p></div>"
        + request_html(p))
    m = reply(p, when("2026-11-20 10:26", 1), "", html=html, html_only=True, style=None, re="RE : ",
              person="Julien Morel", msgid="<PR1P264MB3127A8E1C0D2F4B9@PR1P264MB3127.FRAP264.prod.outlook.example>",
              headers=[("X-MS-Has-Attach", ""), ("Thread-Topic", request_subject(p)), ("Content-Language", "fr-FR")])
    return [p], m, [conf(p, {2: chg(p, 2, price="3.28"), 3: chg(p, 3, date="2027-01-15")})], \
        "HTML only (no text/plain). Reply table: line 1 as ordered, line 2 3,28 €/m (PO 3.12), line 3 15/01/2027. The quoted HTML request below has the PO table with the old values."


@case("calderbrook-inline-answers", "confirmation",
      "answers typed between quoted request lines; line 2 split 40 now / 20 on 10/02/2027 (en-GB); line 4 left without an answer")
def c_calder_inline():
    p = make_po("77120413", "CALDER", "priya", "GBP", "2026-11-24", [
        L("CE-MCB-C16-1P", "MCB 1P C16, 6kA", 120, "EA", "3.85", "2026-12-17"),
        L("CE-RCBO-B20-30MA", "RCBO 1P+N B20 30mA", 60, "EA", "17.40", "2026-12-17"),
        L("CE-ENCL-IP65-24M", "Enclosure IP65, 24 module, grey", 20, "EA", "38.90", "2027-01-12"),
        L("CE-TERM-4MM-GY", "DIN terminal 4 mm², grey", 800, "EA", "0.37", "2027-01-12"),
    ])
    answers = {1: "OK", 2: "40 from stock for the 17th, remaining 20 on 10/02/2027 - we'll send in two drops", 3: "OK"}
    out = []
    rq = request_text(p).rstrip("\n").split("\n")
    i = 0
    while i < len(rq):
        ln = rq[i]
        out.append(">" + (" " + ln if ln else ""))
        if ln[:1].isdigit() and i + 1 < len(rq) and rq[i + 1].startswith("    "):
            out.append("> " + rq[i + 1])
            i += 1
            n = int(ln.split()[0])
            if n in answers:
                out.append("")
                out.append(answers[n])
                out.append("")
        i += 1
    rdt = req_dt(p)
    body = ("Hi Priya, answers below.\nGemma\n\n" + attribution("gmail", rdt, p.buyer["name"], p.buyer["email"]) + "\n"
            + "\n".join(out) + "\n\n--\nGemma Sutcliffe | Sales Office\nCalderbrook Electrical Ltd\nT: 01422 555 306\n")
    m = reply(p, when("2026-11-25 14:33", 0), body, style=None,
              headers=[("User-Agent", "Mozilla Thunderbird")])
    spec = {2: chg(p, 2, schedule=[(40, "2026-12-17"), (20, "2027-02-10")]), 4: "unc"}
    return [p], m, [conf(p, spec)], \
        "Inline answers under each quoted line. Line 2: 40 on 2026-12-17 + 20 on 10/02/2027 (en-GB = 10 Feb) -> schedule, date 2027-02-10. Line 4 got no answer -> unconfirmed."


@case("granite-ship-and-deliver-us", "confirmation",
      "en-US month-first '12/18' ship vs '12/23' delivery without year; delivery wins")
def c_granite_ship_deliver():
    p = make_po("77120419", "GRANITE", "callum", "USD", "2026-11-20", [
        L("GSS-PX-0-10BAR", "Pressure transmitter 0-10 bar, 4-20 mA, G1/4", 80, "EA", "96.00", "2026-12-21"),
        L("GSS-CBL-M12-5M", "M12 4-pin cable, 5 m, PUR", 80, "EA", "11.30", "2026-12-21"),
    ])
    body = T("""
        Hi Callum,

        Both lines confirmed at PO pricing. They'll ship 12/18 via UPS Worldwide Expedited for delivery 12/23.

        Best,
        Megan

        Megan Tully | Customer Service Lead | Granite State Sensors Inc.
        603-555-0172 | Holiday shipping cutoff: 12/22/2026
        """)
    m = reply(p, when("2026-11-23 11:09", -5), body, style="outlook:en-US", re="RE: ")
    return [p], m, [conf(p, {1: chg(p, 1, date="2026-12-23"), 2: chg(p, 2, date="2026-12-23")})], \
        "Ship 12/18 and delivery 12/23: the delivery date wins (2026-12-23, later than the 12/21 need-by). '12/22/2026' in the signature is a cutoff, not a commitment."


@case("pentland-items-partly-pending", "confirmation",
      "en-GB 'Items 1 & 3 confirmed for 20/01'; item 2 'will confirm a date next week' = unconfirmed")
def c_pentland_partial():
    p = make_po("77120424", "PENTLAND", "priya", "GBP", "2026-11-19", [
        L("PPE-BRK-220", "Mounting bracket 220, 6082-T6, anodised", 150, "EA", "12.60", "2027-01-20"),
        L("PPE-PLT-ADP-60", "Adapter plate 60 mm, S355", 75, "EA", "19.40", "2027-01-20"),
        L("PPE-PIN-D10-L45", "Dowel pin Ø10 x 45, hardened", 600, "EA", "0.88", "2027-01-20"),
    ])
    body = T("""
        Priya,

        Items 1 & 3 confirmed for 20/01.
        Item 2 - awaiting S355 plate from our stockholder, will confirm a date next week.

        Regards
        Alasdair Munro
        Production Planning
        Pentland Precision Engineering Ltd
        8 Nettlehill Road, Houstoun Industrial Estate, Livingston EH54 5DL
        Tel 01506 555 402
        """)
    m = reply(p, when("2026-11-20 16:02", 0), body, style="outlook:en-GB", re="RE: ")
    return [p], m, [conf(p, {2: "unc"})], \
        "Items 1 and 3 confirmed (20/01 -> 2027-01-20 = need-by). Item 2 explicitly pending -> unconfirmed."


@case("kohlhaas-two-weeks-later", "confirmation",
      "German relative date 'zwei Wochen später als von Ihnen gewünscht' -> need-by + 14 days for both lines")
def c_kohlhaas_relative():
    p = make_po("77120430", "KOHLHAAS", "callum", "EUR", "2026-11-23", [
        L("KDT-WDR-40x62x7", "Wellendichtring 40x62x7, NBR, Bauform AS", 400, "EA", "1.12", "2026-12-16"),
        L("KDT-WDR-55x80x8", "Wellendichtring 55x80x8, FKM, Bauform AS", 250, "EA", "3.48", "2026-12-16"),
    ])
    body = T("""
        Hallo Herr Reid,

        die Bestellung ist soweit in Ordnung, Mengen und Preise passen. Wegen eines Werkzeugschadens liefern wir allerdings beide Positionen zwei Wochen später als von Ihnen gewünscht.

        Freundliche Grüße
        Sabine Wendler
        Kohlhaas Dichtungstechnik GmbH
        Tel. +49 621 555 31-24
        """)
    m = reply(p, when("2026-11-25 10:14", 1), body, style="outlook:de", re="AW: ")
    return [p], m, [conf(p, {1: chg(p, 1, date="2026-12-30"), 2: chg(p, 2, date="2026-12-30")})], \
        "Relative to the requested date: 2026-12-16 + 14 days = 2026-12-30 for both lines; qty and price unchanged."


@case("bayou-this-friday-next-week", "confirmation",
      "relative dates: ship 'this Friday', deliver 'Friday next week' (from Tue 24 Nov = 2026-12-04); line 1 'the 11th as requested'")
def c_bayou_relative():
    p = make_po("77120436", "BAYOU", "hannah", "USD", "2026-11-20", [
        L("BIH-SUC-4-CHEM", "Suction hose 4\" chemical, EPDM, 20 ft assembly", 6, "EA", "412.00", "2026-12-11"),
        L("BIH-CAM-4-C-SS", "Camlock type C 4\", 316SS", 12, "EA", "58.75", "2026-12-11"),
        L("BIH-GSK-4-PTFE", "Camlock gasket 4\", PTFE envelope", 24, "EA", "4.10", "2026-12-11"),
    ])
    body = T("""
        Hannah,

        The camlocks and gaskets are on the shelf, we'll ship them this Friday and they'll be with you Friday next week. The suction assemblies are built to order - those will deliver the 11th as requested.

        All at PO prices.

        Travis Broussard
        Bayou Industrial Hose LLC
        7720 Airline Hwy, Baton Rouge, LA 70805
        (225) 555-0193
        """)
    m = reply(p, when("2026-11-24 13:25", -6), body, style="gmail-us")
    return [p], m, [conf(p, {2: chg(p, 2, date="2026-12-04"), 3: chg(p, 3, date="2026-12-04")})], \
        "Mail of Tue 2026-11-24: ship this Friday (11-27), delivery 'Friday next week' = 2026-12-04 (delivery wins) for lines 2-3, earlier than need-by -> changed. Line 1 as requested."


@case("moravia-cs-tyden-split", "confirmation",
      "Czech calendar weeks '2. týden 2027' (= need-by Friday) and 'týden 3' / '6. týden' split on line 2")
def c_moravia_weeks():
    p = make_po("77120441", "MORAVIA", "priya", "EUR", "2026-11-19", [
        L("MK-CYKY-5x4", "Kabel CYKY-J 5x4 mm²", 1000, "M", "2.86", "2027-01-15"),
        L("MK-CYSY-3x1.5", "Kabel CYSY 3x1,5 mm², bílý", 2000, "M", "0.74", "2027-01-15"),
    ])
    body = T("""
        Dobrý den,

        k objednávce 77120441: položku 1 potvrzujeme v plném rozsahu, expedice ve 2. týdnu 2027.
        Položku 2 můžeme dodat jen po částech – 1 200 m v týdnu 3, zbylých 800 m v 6. týdnu. Ceny beze změny.

        S pozdravem
        Jan Procházka
        Moravia Kabel s.r.o.
        Tuřanka 1222/115, 627 00 Brno
        +420 545 555 019
        """)
    m = reply(p, when("2026-11-30 09:40", 1), body, style="cs", re="Re: ")
    spec = {2: chg(p, 2, schedule=[(1200, kw(2027, 3)), (800, kw(2027, 6))])}
    return [p], m, [conf(p, spec)], \
        "Week 2/2027 Friday = 2027-01-15 = need-by (ship date only) -> accepted. Line 2 split: week 3 -> 2027-01-22 (1 200 m), week 6 -> 2027-02-12 (800 m)."


@case("torrente-erp-pdf-conferma", "confirmation",
      "Italian ERP 'Conferma d'ordine' PDF, Auto-Submitted, not threaded; positions 10/20/30 with own codes; date moved on pos 20")
def c_torrente_pdf():
    p = make_po("77120447", "TORRENTE", "callum", "EUR", "2026-11-24", [
        L("TP-KIT-GUARN-50", "Kit guarnizioni pompa serie 50", 40, "EA", "18.60", "2027-01-29"),
        L("TP-ALB-50-INOX", "Albero pompa serie 50, AISI 420", 25, "EA", "64.00", "2027-01-29"),
        L("TP-CUSC-6206", "Cuscinetto 6206-2RS", 50, "EA", "5.90", "2027-01-29"),
    ])
    pdf = make_pdf(
        ["TORRENTE POMPE S.r.l.", "Via dell'Industria 44, 25030 Castel Mella (BS) - P.IVA 03945510987",
         "CONFERMA D'ORDINE N. 26/OV/04417 del 25/11/2026",
         "Cliente: Thornbury Flow Technologies Ltd - Vs. ordine n. 77120447 del 24/11/2026"],
        ["Pos.", "Ns. codice", "Vs. codice", "Q.ta", "UM", "Prezzo EUR", "Consegna"],
        [["10", "KG050-EPDM", "TP-KIT-GUARN-50", "40", "PZ", "18,60", "29/01/2027"],
         ["20", "AL050-420", "TP-ALB-50-INOX", "25", "PZ", "64,00", "12/02/2027"],
         ["30", "CU6206RS", "TP-CUSC-6206", "50", "PZ", "5,90", "29/01/2027"]],
        ["Resa: FCA Castel Mella. Pagamento: bonifico 60 gg d.f.f.m.",
         "Merce resa imballata su pallet EPAL a perdere."],
        widths=[14, 30, 40, 16, 12, 26, 30])
    body = T("""
        Gentile Cliente,

        in allegato la conferma d'ordine n. 26/OV/04417 relativa al Vs. ordine 77120447.

        Distinti saluti
        Torrente Pompe S.r.l. - Ufficio Ordini

        Messaggio generato automaticamente, si prega di non rispondere.
        """)
    m = reply(p, when("2026-11-25 07:31", 1), body, style=None, threaded=False,
              frm="Torrente Pompe - Ufficio Ordini <ordini@torrentepompe.example>",
              subject="Conferma d'ordine 26/OV/04417 - Vs. ordine 77120447",
              headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Gestionale ERP v12")],
              msgid="<OV2604417.20261125073100@erp.torrentepompe.example>",
              attachments=[("ConfermaOrdine_26-OV-04417.pdf", pdf, PDF)])
    return [p], m, [conf(p, {2: chg(p, 2, date="2027-02-12")})], \
        "ERP mail is a confirmation despite Auto-Submitted. PDF pos 10/20/30 map via 'Vs. codice'. Pos 20 consegna 12/02/2027 (day-first)."


@case("harwood-long-thread-top-post", "confirmation",
      "top-post on a long thread whose quoted earlier supplier mail said line 2 'might slip to w/c 11 January'; final answer holds all dates")
def c_harwood_thread():
    p = make_po("77120452", "HARWOOD", "hannah", "GBP", "2026-11-16", [
        L("HP-RSC-400x300x300", "Carton RSC 400x300x300, double wall", 1500, "EA", "0.96", "2026-12-14"),
        L("HP-FOAM-INS-P40", "Foam insert P40, laminated PE", 1500, "EA", "1.74", "2026-12-14"),
        L("HP-LBL-FRAG-100", "Label 'Fragile' 100x50, roll of 500", 20, "RL", "6.80", "2026-12-14"),
    ])
    m1 = "<LO2P265MB4471C0A1@LO2P265MB4471.GBRP265.prod.outlook.example>"
    m2 = "<CWLP265MB59120B7E@CWLP265MB5912.GBRP265.prod.outlook.example>"
    rq = request_text(p)
    t1 = T("""
        Hi Hannah,

        Cartons and labels are fine for the 14th. The foam inserts might slip to w/c 11 January as our foam supplier is short of the laminated PE - I'll know more on Friday.

        Rachel
        """)
    t2 = T("""
        Thanks Rachel, please keep me posted - the 14th matters, we ship to our customer on the 18th.

        Hannah
        """)
    chain = (t2 + "\n" + outlook_header(when("2026-11-17 11:02", 0), "Rachel Dunmore", p.sup["email"], p.buyer["name"],
                                        p.buyer["email"], "RE: " + request_subject(p), "en-GB") + "\n" + t1 + "\n"
             + outlook_header(req_dt(p), p.buyer["name"], p.buyer["email"], p.sup["name"], p.sup["email"],
                              request_subject(p), "en-GB") + "\n" + rq)
    body = T("""
        Hi Hannah,

        Good news - the foam supplier came through, so we can hold the 14th on everything. Consider the order confirmed in full as per your PO.

        Kind regards
        Rachel Dunmore
        Sales Coordinator
        Harwood Packaging Ltd, Mill Lane, Brighouse HD6 1PQ
        Tel: 01484 555 662
        """)
    full = body + "\n" + outlook_header(when("2026-11-18 08:37", 0), p.buyer["name"], p.buyer["email"], "Rachel Dunmore",
                                        p.sup["email"], "RE: " + request_subject(p), "en-GB") + "\n" + chain
    m = reply(p, when("2026-11-20 16:12", 0), full, style=None, re="RE: ", extra_refs=(m1, m2),
              msgid="<LO2P265MB4471D7F2@LO2P265MB4471.GBRP265.prod.outlook.example>")
    return [p], m, [conf(p)], \
        "Latest top-post confirms everything as per PO; the quoted older supplier mail ('might slip to w/c 11 January') and the buyer's '18th' must not count."


@case("iberval-signature-disclaimer-dates", "confirmation",
      "Spanish one-line 'confirmado tal cual' followed by a heavy signature: phones, office-closure dates, Registro Mercantil date")
def c_iberval_sig():
    p = make_po("77120458", "IBERVAL", "priya", "EUR", "2026-11-25", [
        L("VI-BOLA-DN50-PN16", "Válvula de bola DN50 PN16, paso total", 30, "EA", "41.30", "2027-02-08"),
        L("VI-FILT-Y-DN50", "Filtro en Y DN50, fundición", 10, "EA", "57.80", "2027-02-08"),
    ])
    body = T("""
        Hola Priya,

        Confirmado el pedido 77120458 tal cual, sin cambios.

        Saludos cordiales,

        Lucía Ferrer Gil
        Dpto. Comercial | Valvulería Ibérica S.L.
        Polígono Malpica, calle E, nave 23 – 50016 Zaragoza
        Tel. +34 976 555 812 | Móvil +34 655 55 30 19
        Horario: lunes a jueves 8:00–17:30, viernes 8:00–14:00. Del 24/12/2026 al 06/01/2027 nuestras oficinas permanecerán cerradas.

        Valvulería Ibérica S.L. – CIF B50123456 – Inscrita en el Registro Mercantil de Zaragoza, Tomo 3124, Folio 88, Hoja Z-41277, inscripción 1ª de fecha 14/03/2009.
        AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario. De acuerdo con el Reglamento (UE) 2016/679, le informamos de que sus datos serán tratados por Valvulería Ibérica S.L. con la finalidad de gestionar la relación comercial.
        """)
    m = reply(p, when("2026-11-26 12:47", 1), body, style="es", re="RE: ")
    return [p], m, [conf(p)], \
        "Accepted as ordered; dates and numbers in the signature and legal disclaimer (24/12/2026, 06/01/2027, 14/03/2009, 2016/679, phones) are noise."


@case("minho-pt-preco-por-milheiro", "confirmation",
      "Portuguese prices 'por milheiro' (per 1000): 58,00 = PO 0.058; 46,50 -> 0.0465; '20 000 un.'")
def c_minho_milheiro():
    p = make_po("77120463", "MINHO", "hannah", "EUR", "2026-11-20", [
        L("MM-REB-4x10-AL", "Rebite cego 4x10 alumínio/aço", 20000, "EA", "0.0580", "2026-12-18"),
        L("MM-PAR-AUT-4.2x13", "Parafuso autoperfurante 4,2x13, zincado", 15000, "EA", "0.0410", "2026-12-18"),
    ])
    body = T("""
        Boa tarde,

        Relativamente à vossa encomenda 77120463:
        - Linha 1: confirmada, 20 000 un. a 58,00 € o milheiro, entrega a 18/12.
        - Linha 2: o preço passa a 46,50 € por milheiro (aumento do fornecedor de arame). Quantidade e prazo confirmados.

        Cumprimentos,
        Rui Carvalho
        Metalúrgica do Minho, Lda.
        Tel.: +351 253 555 190
        """)
    m = reply(p, when("2026-11-24 15:02", 0), body, style="pt", re="RE: ")
    return [p], m, [conf(p, {2: chg(p, 2, price="0.0465")})], \
        "Per-thousand prices: 58,00/1000 = 0.058 (PO '0.0580', same value) -> accepted; 46,50/1000 = 0.0465 vs PO 0.041 -> changed."


@case("hoekstra-erp-plain-orderbevestiging", "confirmation",
      "Dutch ERP plain-text order confirmation (Auto-Submitted) with fixed-width table, positions 10/20/30, 'Per 100' price unit, dd-mm-yyyy")
def c_hoekstra_erp():
    p = make_po("77120469", "HOEKSTRA", "priya", "EUR", "2026-11-23", [
        L("HK-PE-PLAAT-10", "PE-HD plaat 10 mm, 1000x2000, zwart", 12, "EA", "86.40", "2027-01-11"),
        L("HK-PA6-STAF-40", "PA6 staf Ø40, lengte 1 m", 30, "EA", "14.90", "2027-01-11"),
        L("HK-PTFE-RING-60", "PTFE afdichtring Ø60", 200, "EA", "1.95", "2027-01-11"),
    ])
    body = T("""
        ORDERBEVESTIGING 26-0051823

        Klant:            Thornbury Flow Technologies Ltd (debiteur 40217)
        Uw ordernummer:   77120469
        Uw orderdatum:    23-11-2026
        Datum:            24-11-2026
        Leveringscondities: DAP Leeds, Incoterms 2020

        Pos  Artikel       Uw artikel         Aantal Eenh      Prijs   Per  Leverdatum
        ---- ------------- ------------------ ------ ---- ---------- ----- ----------
          10 PL-HD10-ZW    HK-PE-PLAAT-10         12 ST        86,40     1 11-01-2027
          20 ST-PA6-040    HK-PA6-STAF-40         30 ST        14,90     1 11-01-2027
          30 RG-PTFE-060   HK-PTFE-RING-60       200 ST       195,00   100 18-01-2027

        Totaal excl. BTW: EUR 1.873,80

        Op al onze leveringen zijn de Metaalunievoorwaarden van toepassing, gedeponeerd ter griffie van de rechtbank Rotterdam.
        Dit bericht is automatisch aangemaakt.
        Hoekstra Kunststoftechniek B.V. | Hengelosestraat 588, 7521 AN Enschede | KvK 06091234
        """)
    m = reply(p, when("2026-11-24 05:45", 1), body, style=None, threaded=False,
              frm="Hoekstra Kunststoftechniek B.V. <verkoop@hoekstra-kunststof.example>",
              subject="Orderbevestiging 26-0051823 / uw order 77120469",
              headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
              msgid="<ob260051823.0545@erp.hoekstra-kunststof.example>")
    return [p], m, [conf(p, {3: chg(p, 3, date="2027-01-18")})], \
        "ERP confirmation in the body. Pos 30 price 195,00 per 100 = 1.95 = PO, date 18-01-2027 -> changed date only. Pos 10/20 as ordered (dd-mm-yyyy)."


@case("slask-pl-moq-tydzien", "confirmation",
      "Polish; minimum batch raises qty 400 -> 500; 'tydzień 4/2027' -> 2027-01-29 for both lines")
def c_slask():
    p = make_po("77120474", "SLASK", "callum", "EUR", "2026-11-24", [
        L("SZS-SPR-NAC-12x60", "Sprężyna naciskowa 1,2 x 12 x 60, drut DH", 400, "EA", "0.46", "2027-01-22"),
        L("SZS-SPR-NAC-20x85", "Sprężyna naciskowa 2,0 x 20 x 85, drut DH", 250, "EA", "0.93", "2027-01-22"),
    ])
    body = T("""
        Dzień dobry,

        potwierdzamy zamówienie 77120474 z następującymi zmianami:
        - poz. 1: minimalna partia produkcyjna to 500 szt., dlatego potwierdzamy 500 szt. w cenie 0,46 EUR; termin: tydzień 4/2027
        - poz. 2: ilość i cena bez zmian (250 szt. x 0,93 EUR), termin również tydzień 4/2027.

        Pozdrawiam
        Tomasz Grabowski
        Specjalista ds. sprzedaży
        Śląskie Zakłady Sprężyn S.A.
        ul. Toszecka 101, 44-117 Gliwice
        tel. +48 32 555 18 40
        """)
    m = reply(p, when("2026-11-27 08:30", 1), body, style="pl", re="Odp: ", person="Tomasz Grabowski")
    d = kw(2027, 4)
    return [p], m, [conf(p, {1: chg(p, 1, q=500, date=d), 2: chg(p, 2, date=d)})], \
        "Week 4/2027 = Fri 2027-01-29 (need-by 01-22). Pos 1 quantity raised to MOQ 500. Pos 2 'bez zmian' refers to qty/price only."


@case("feinmess-legierungszuschlag", "confirmation",
      "German; 3 % alloy surcharge on Pos. 1 only ('zzgl. ... 3 %'); other positions confirmed with repeated values")
def c_feinmess_surcharge():
    p = make_po("77120480", "FEINMESS", "hannah", "EUR", "2026-11-20", [
        L("FMS-WZ-500-SS", "Wägezelle 500 kg, Edelstahl, IP68", 24, "EA", "142.00", "2027-01-25"),
        L("FMS-VERST-4-20", "Messverstärker 4–20 mA, Hutschiene", 24, "EA", "58.50", "2027-01-25"),
        L("FMS-KAB-PUR-10", "Anschlusskabel PUR, 10 m", 24, "EA", "16.20", "2027-01-25"),
    ])
    body = T("""
        Sehr geehrte Frau Okafor,

        vielen Dank für Ihren Auftrag, den wir hiermit wie folgt bestätigen:

        Pos. 1: 24 St. à 142,00 € zzgl. Edelstahl-Legierungszuschlag von 3 %, Liefertermin 25.01.2027
        Pos. 2: 24 St. à 58,50 €, Liefertermin 25.01.2027
        Pos. 3: 24 St. à 16,20 €, Liefertermin 25.01.2027

        Mit freundlichen Grüßen

        i. A. Markus Oberle
        Vertriebsinnendienst
        Feinmess Sensorik GmbH | Motorstraße 33 | 70499 Stuttgart
        Telefon +49 711 555 208-31
        Sitz der Gesellschaft: Stuttgart, Registergericht: Amtsgericht Stuttgart HRB 734455
        """)
    m = reply(p, when("2026-11-25 17:20", 1), body, style="outlook:de", re="AW: ")
    return [p], m, [conf(p, {1: chg(p, 1, price=pct("142.00", "3"))})], \
        "Surcharge of 3 % on Pos. 1 only: 142.00 * 1.03 = 146.26. Pos. 2 and 3 repeat the PO values."


@case("malhotra-price-reject-date", "confirmation",
      "en-IN numbered list: price hike on 1, OK on 2, new date on 3, 'Regret' (rejected) on 4")
def c_malhotra_mixed():
    p = make_po("77120485", "MALHOTRA", "priya", "USD", "2026-11-24", [
        L("MF-ELB-90-3-S40", "Butt-weld elbow 90° LR 3\" Sch40, A234 WPB", 400, "EA", "6.90", "2027-02-19"),
        L("MF-TEE-EQ-3-S40", "Equal tee 3\" Sch40, A234 WPB", 150, "EA", "11.40", "2027-02-19"),
        L("MF-RED-CON-3x2", "Concentric reducer 3\"x2\" Sch40, A234 WPB", 150, "EA", "5.25", "2027-02-19"),
        L("MF-CAP-3-S80", "Pipe cap 3\" Sch80, A234 WPB", 100, "EA", "4.80", "2027-02-19"),
    ])
    body = T("""
        Dear Priya Madam,

        Good day. Please find our confirmation against your PO 77120485 as below:

        1. Elbow 3" Sch40 - 400 nos @ USD 7.15 (revised due to steel price hike), delivery 19/02/2027 - OK
        2. Equal tee - 150 nos @ USD 11.40, 19/02/2027 - OK
        3. Concentric reducer - 150 nos @ USD 5.25, 05/03/2027
        4. Pipe cap Sch80 - Regret, we are not manufacturing Sch80 caps any more. Kindly source locally.

        Thanks & Regards,
        Rohit Deshpande
        Manager - Exports
        Malhotra Forgings Pvt. Ltd.
        Mob: +91 98220 55514 | www.malhotraforgings.example
        """)
    m = reply(p, when("2026-11-28 11:15", 5.5), body, style="in", re="RE: ")
    spec = {1: chg(p, 1, price="7.15"), 3: chg(p, 3, date="2027-03-05"), 4: "rej"}
    return [p], m, [conf(p, spec)], \
        "Item 1 price 6.90 -> 7.15 (the trailing 'OK' does not make it accepted); item 3 05/03/2027 day-first = 5 March; item 4 declined."


@case("loire-one-reply-two-pos", "confirmation",
      "French reply threaded on one PO's request answers two POs; '16 décembre' and '29 janvier' without year")
def c_loire_two():
    p1 = make_po("77120490", "LOIRE", "hannah", "EUR", "2026-11-19", [
        L("LC-GAINE-TH-12", "Gaine thermorétractable 12/4, noire, 1,2 m", 500, "EA", "0.62", "2026-12-16"),
        L("LC-COLL-200x4.8", "Collier de serrage 200 x 4,8, PA66", 5000, "EA", "0.031", "2026-12-16"),
    ])
    p2 = make_po("77120496", "LOIRE", "hannah", "EUR", "2026-11-23", [
        L("LC-H05VVF-3G0.75", "Câble H05VV-F 3G0,75 mm², blanc", 800, "M", "0.88", "2027-01-12"),
        L("LC-BORN-5E", "Borne de connexion 5 entrées", 1000, "EA", "0.27", "2027-01-12"),
    ])
    body = T("""
        Bonjour Hannah,

        Je profite de ce mail pour vous répondre sur vos deux commandes :

        Commande 77120490 : tout est confirmé, livraison le 16 décembre.
        Commande 77120496 : ligne 1 OK ; ligne 2, les bornes 5 entrées sont en rupture, livraison le 29 janvier au même prix.

        Cordialement,
        Julien Morel
        Loire Câblage SARL
        ZA de Beaucouzé, 3 rue Olivier de Serres, 49070 Beaucouzé
        02 41 55 58 14
        """)
    m = reply(p2, when("2026-11-26 10:20", 1), body, style="fr", re="RE: ", person="Julien Morel")
    return [p1, p2], m, [conf(p1), conf(p2, {2: chg(p2, 2, date="2027-01-29")})], \
        "Both POs answered in one mail although it threads on 77120496 only. '16 décembre' = need-by of 77120490; '29 janvier' -> 2027-01-29. Line 2 out of stock, new date 29 janvier, same price."


@case("granite-html-outlook-allocation-split", "confirmation",
      "Outlook multipart/alternative en-US; line 3 on allocation: 2 ship 01/15/2027 + 2 ship 02/12/2027 (ship dates only)")
def c_granite_html():
    p = make_po("77120502", "GRANITE", "hannah", "USD", "2026-11-24", [
        L("GSS-FLOW-DN25", "Magnetic flow meter DN25, 4-20 mA/HART", 10, "EA", "685.00", "2027-01-15"),
        L("GSS-GRND-RING-25", "Grounding ring DN25, 316L", 20, "EA", "38.00", "2027-01-15"),
        L("GSS-DISP-REM", "Remote display kit, 10 m cable", 4, "EA", "212.00", "2027-01-15"),
    ])
    body = T("""
        Hi Hannah,

        Confirming PO 77120502 - lines 1 and 2 as ordered.

        Line 3: the remote display kits are on allocation. We can ship 2 on 01/15/2027 and the remaining 2 on 02/12/2027.

        Thank you for your business!

        Megan Tully
        Customer Service Lead | Granite State Sensors Inc.
        9 Executive Dr, Nashua, NH 03063 | Direct 603-555-0172
        """)
    rdt = req_dt(p).astimezone(tz(-5))
    quoted = outlook_quote(request_text(p), rdt, p.buyer["name"], p.buyer["email"], p.sup["name"], p.sup["email"],
                           request_subject(p), "en-US")
    html = html_wrap(pre_html(body) + "<div id=\"divRplyFwdMsg\"><hr style=\"display:inline-block;width:98%\">"
                     + "<font face=\"Calibri\" style=\"font-size:11pt\">"
                     + pre_html(outlook_header(rdt, p.buyer["name"], p.buyer["email"], p.sup["name"], p.sup["email"],
                                               request_subject(p), "en-US")) + "</font></div>" + request_html(p))
    m = reply(p, when("2026-11-30 14:05", -5), body + "\n" + quoted, style=None, re="RE: ", html=html,
              msgid="<BN8PR12MB33617E2F9A@BN8PR12MB3361.namprd12.prod.outlook.example>",
              headers=[("Thread-Topic", request_subject(p)), ("X-MS-Exchange-Organization-SCL", "-1")])
    spec = {3: chg(p, 3, schedule=[(2, "2027-01-15"), (2, "2027-02-12")])}
    return [p], m, [conf(p, spec)], \
        "Line 3 split 2 + 2, ship dates only (month-first with year), last 2027-02-12; total quantity unchanged. Lines 1-2 as ordered."


@case("vandijk-nl-phone-akkoord", "confirmation",
      "Dutch one-liner 'Akkoord, beide regels zoals besteld' with emoji from iPhone, Dutch Apple quote header")
def c_vandijk_phone():
    p = make_po("77120507", "VANDIJK", "callum", "EUR", "2026-11-25", [
        L("VDP-CIL-50x200", "Pneumatische cilinder ISO 15552, Ø50 x 200", 16, "EA", "74.50", "2027-01-08"),
        L("VDP-VENT-52-24V", "Magneetventiel 5/2, 24 VDC, G1/4", 16, "EA", "39.80", "2027-01-08"),
    ])
    rdt = req_dt(p).astimezone(tz(1))
    q = "\n".join(">" + (" " + ln if ln else "") for ln in request_text(p).rstrip().split("\n"))
    body = ("Akkoord, beide regels zoals besteld \N{THUMBS UP SIGN}\n\nVerstuurd vanaf mijn iPhone\n\n"
            f"> Op 25 nov. 2026 om {rdt.strftime('%H:%M')} heeft {p.buyer['name']} <{p.buyer['email']}> het volgende geschreven:\n>\n{q}\n")
    m = reply(p, when("2026-11-26 19:44", 1), body, style=None, person="Sanne de Wit",
              msgid="<A3F09C1E-5B2D-4E8A-B7C4-90D1E2F3A4B5@vandijk-pneumatiek.example>",
              headers=[("X-Mailer", "iPhone Mail (22B91)")])
    return [p], m, [conf(p)], "'Akkoord ... zoals besteld' = agreed as ordered for both lines."


@case("moravia-cs-xlsx-potvrzeni", "confirmation",
      "Czech human mail with XLSX 'Potvrzení objednávky': positions 10/20/30, own codes, ship and delivery date columns, price per 100 on pos 30")
def c_moravia_xlsx():
    p = make_po("77120513", "MORAVIA", "priya", "EUR", "2026-11-24", [
        L("MK-NYY-4x16", "Kabel NYY-J 4x16 mm²", 500, "M", "8.95", "2027-02-05"),
        L("MK-H07VK-6-ZZ", "Vodič H07V-K 6 mm², zelenožlutý", 1500, "M", "0.98", "2027-02-05"),
        L("MK-KONC-16", "Lisovací koncovka 16 mm²", 400, "EA", "0.21", "2027-02-05"),
    ])
    x = make_xlsx("Potvrzení", [
        ("Moravia Kabel s.r.o.", None, None, "IČO 26955123"),
        ("Potvrzení objednávky", "PO-26-11873", None, "Datum", dt.date(2026, 11, 26)),
        ("Vaše objednávka", "77120513", None, "ze dne", dt.date(2026, 11, 24)),
    ], ("Pol.", "Naše č. zboží", "Vaše č. zboží", "Popis", "Množství", "MJ", "Cena EUR", "za", "Datum expedice", "Datum dodání"), [
        (10, "11-4016-NYY", "MK-NYY-4x16", "NYY-J 4x16", 500, "m", 8.95, 1, dt.date(2027, 2, 1), dt.date(2027, 2, 5)),
        (20, "11-2060-HVK", "MK-H07VK-6-ZZ", "H07V-K 6 ZŽ", 1500, "m", 1.04, 1, dt.date(2027, 2, 1), dt.date(2027, 2, 5)),
        (30, "33-0016-LK", "MK-KONC-16", "Koncovka lis. 16", 400, "ks", 21.00, 100, dt.date(2027, 2, 15), dt.date(2027, 2, 19)),
    ])
    body = T("""
        Dobrý den,

        v příloze zasíláme potvrzení Vaší objednávky 77120513.
        U vodiče H07V-K došlo ke změně ceny mědi, prosím o kontrolu.

        S pozdravem
        Jan Procházka
        Moravia Kabel s.r.o.
        +420 545 555 019
        """)
    m = reply(p, when("2026-11-26 13:02", 1), body, style="cs", re="Re: ",
              attachments=[("Potvrzeni_objednavky_PO-26-11873.xlsx", x, XLSX)])
    return [p], m, [conf(p, {2: chg(p, 2, price="1.04"), 3: chg(p, 3, date="2027-02-19")})], \
        "XLSX: map by 'Vaše č. zboží'. Pos 20 price 1.04 (PO 0.98). Pos 30 21,00 per 100 = 0.21 = PO; delivery 19.02.2027 (ship 15.02) -> changed. Pos 10 delivery 05.02.2027 = need-by."


@case("pentland-declines-order", "confirmation",
      "en-GB outright decline of the whole order (both lines rejected), no numbers in the reply")
def c_pentland_decline():
    p = make_po("77120518", "PENTLAND", "callum", "GBP", "2026-11-25", [
        L("PPE-GEAR-M2-Z40", "Spur gear m2 z40, 16MnCr5, case hardened", 30, "EA", "54.00", "2027-02-26"),
        L("PPE-GEAR-M2-Z18", "Pinion m2 z18, 16MnCr5, case hardened", 30, "EA", "31.00", "2027-02-26"),
    ])
    body = T("""
        Callum,

        Sorry, we're going to have to decline this one. Our gear hobbing machine is being decommissioned in January and we're not taking on any new cut-gear work. Suggest you try Forth Gear Co.

        Apologies for the inconvenience.

        Alasdair Munro
        Production Planning
        Pentland Precision Engineering Ltd
        Tel 01506 555 402
        """)
    m = reply(p, when("2026-11-30 11:50", 0), body, style="outlook:en-GB", re="RE: ")
    return [p], m, [conf(p, default="rej")], \
        "A clear decline of the whole PO is an answer: kind confirmation with every line rejected."


@case("bayou-two-of-four-lines", "confirmation",
      "answers lines 1-2 by description only ('suction hose', 'T-bolt clamps'); 'get back to you on the rest' -> 3-4 unconfirmed; '1/8' in December = 2027")
def c_bayou_partial():
    p = make_po("77120524", "BAYOU", "hannah", "USD", "2026-11-25", [
        L("BIH-PVC-SUC-2", "PVC suction hose 2\", clear, per ft", 300, "FT", "2.18", "2027-01-08"),
        L("BIH-CLMP-T-2", "T-bolt clamp 2\", 304SS", 60, "EA", "3.45", "2027-01-08"),
        L("BIH-NIP-HB-2", "Hose barb nipple 2\" NPT, polypropylene", 30, "EA", "5.60", "2027-01-08"),
        L("BIH-TAPE-PTFE", "PTFE thread tape, 1/2\" x 520\"", 100, "EA", "0.95", "2027-01-08"),
    ])
    body = T("""
        Hannah - the suction hose and the T-bolt clamps are confirmed, shipping 12/28 for delivery 1/8. Let me get back to you on the rest.

        Travis Broussard
        Bayou Industrial Hose LLC
        (225) 555-0193
        """)
    m = reply(p, when("2026-12-02 09:02", -6), body, style="gmail-us")
    return [p], m, [conf(p, {3: "unc", 4: "unc"})], \
        "Lines identified by description. Delivery 1/8 (no year, mail of 2 Dec 2026) -> 2027-01-08 = need-by; ship 12/28 loses to the delivery date. Lines 3-4 not addressed -> unconfirmed."


@case("calderbrook-cable-per-100m", "confirmation",
      "en-GB cable priced '£214.00/100m' (= PO 2.14 per M) and '£102.50/100m' (-> 1.025); '18th Dec'")
def c_calder_100m():
    p = make_po("77120530", "CALDER", "priya", "GBP", "2026-11-26", [
        L("CE-SWA-3C2.5", "SWA cable 3 core 2.5 mm², BS 5467", 250, "M", "2.14", "2026-12-18"),
        L("CE-TRI-6-GY", "Tri-rated cable 6 mm², grey", 500, "M", "0.95", "2026-12-18"),
    ])
    body = T("""
        Morning Priya,

        Confirming 77120530, but please note our cable pricing is per 100m:

        SWA 3C 2.5 - 250m @ £214.00/100m - 18th Dec
        Tri-rated 6mm grey - 500m @ £102.50/100m - CW51

        The 6mm went up last week I'm afraid.

        Gemma
        Calderbrook Electrical Ltd | T: 01422 555 306
        """)
    m = reply(p, when("2026-11-27 09:21", 0), body, style="outlook:en-GB", re="RE: ")
    return [p], m, [conf(p, {2: chg(p, 2, price="1.025")})], \
        "Per-100 m prices converted to the PO's M: 214.00/100 = 2.14 (accepted), 102.50/100 = 1.025 vs 0.95 (changed); 'CW51' = Fri 2026-12-18 = need-by."


@case("harwood-tuesday-15th", "confirmation",
      "en-GB 'Tuesday 15th' with no month (next one after 27 Nov = 2026-12-15); 'Friday 11th' is the need-by being declined")
def c_harwood_day():
    p = make_po("77120535", "HARWOOD", "callum", "GBP", "2026-11-25", [
        L("HP-PALL-BOX-1200", "Pallet box 1200x1000x800, triple wall", 40, "EA", "24.60", "2026-12-11"),
        L("HP-LID-1200", "Lid for pallet box 1200x1000", 40, "EA", "6.30", "2026-12-11"),
    ])
    body = T("""
        Hi Callum,

        Thanks for this. We can't make Friday 11th as the triple wall board is on a longer lead, but we can deliver both the boxes and lids on Tuesday 15th. Prices as per your PO.

        Kind regards
        Rachel Dunmore
        Sales Coordinator
        Harwood Packaging Ltd, Mill Lane, Brighouse HD6 1PQ
        Tel: 01484 555 662
        """)
    m = reply(p, when("2026-11-27 15:40", 0), body, style="outlook:en-GB", re="RE: ")
    return [p], m, [conf(p, {1: chg(p, 1, date="2026-12-15"), 2: chg(p, 2, date="2026-12-15")})], \
        "'Tuesday 15th' without month -> next 15th on/after 2026-11-27 that is a Tuesday: 2026-12-15."


@case("vercors-erp-pdf-arc", "confirmation",
      "French ERP 'accusé de réception de commande' PDF (Auto-Submitted): positions 10/20/30, own refs, Date exp. vs Date livr., price change on pos 30")
def c_vercors_pdf():
    p = make_po("77120541", "VERCORS", "hannah", "EUR", "2026-11-26", [
        L("AV-PLQ-INOX-2", "Platine inox 304, ép. 2 mm, découpe laser", 300, "EA", "6.45", "2027-01-19"),
        L("AV-EQR-90-5", "Équerre 90°, acier S235, ép. 5 mm", 500, "EA", "2.80", "2027-01-19"),
        L("AV-TOLE-PLI-44", "Tôle pliée capot, alu 5754", 80, "EA", "17.90", "2027-02-02"),
    ])
    pdf = make_pdf(
        ["ATELIERS DU VERCORS SAS", "12 rue des Glairons, 38400 Saint-Martin-d'Hères - SIRET 412 555 018 00027",
         "ACCUSE DE RECEPTION DE COMMANDE N° ARC-2611-0934 du 27/11/2026",
         "Client : Thornbury Flow Technologies Ltd - Votre commande 77120541 du 26/11/2026"],
        ["Pos", "Notre réf.", "Votre réf.", "Qté", "P.U. EUR", "Date exp.", "Date livr."],
        [["10", "PL304-2-LZ", "AV-PLQ-INOX-2", "300", "6,45", "15/01/2027", "19/01/2027"],
         ["20", "EQ90-S235-5", "AV-EQR-90-5", "500", "2,80", "22/01/2027", "26/01/2027"],
         ["30", "CP5754-44", "AV-TOLE-PLI-44", "80", "18,45", "29/01/2027", "02/02/2027"]],
        ["Conditions : franco de port à partir de 1 500 EUR HT. Paiement à 45 jours fin de mois.",
         "Toute réclamation doit nous parvenir sous 8 jours à compter de la date du présent accusé."],
        widths=[12, 30, 38, 16, 22, 30, 30])
    body = T("""
        Madame, Monsieur,

        Veuillez trouver ci-joint notre accusé de réception de commande ARC-2611-0934 relatif à votre commande 77120541.

        Ceci est un message automatique, merci de ne pas y répondre.
        Ateliers du Vercors SAS - Administration des ventes - 04 76 55 01 20
        """)
    m = reply(p, when("2026-11-27 06:15", 1), body, style=None, threaded=False,
              frm="ADV Ateliers du Vercors <adv@ateliers-vercors.example>",
              subject="Accusé de réception de commande ARC-2611-0934 - Cde 77120541",
              headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
              msgid="<ARC26110934.1795756500@erp.ateliers-vercors.example>",
              attachments=[("ARC-2611-0934.pdf", pdf, PDF)])
    return [p], m, [conf(p, {2: chg(p, 2, date="2027-01-26"), 3: chg(p, 3, price="18.45")})], \
        "ERP PDF is a confirmation (Auto-Submitted, Precedence bulk notwithstanding). Delivery column wins: pos 10 19/01 = need-by; pos 20 26/01/2027; pos 30 price 18,45 (PO 17.90), delivery 02/02/2027 = need-by."


# ==========================================================================
# NON-CONFIRMATIONS
# ==========================================================================

@case("meridian-question-drawing-rev", "needs_review",
      "questions (drawing revision, finish) before entering the order; promises a confirmation later")
def n_meridian_question():
    p = make_po("77120546", "MERIDIAN", "callum", "USD", "2026-11-27", [
        L("MFS-SPC-0442", "Special shoulder bolt per dwg TF-0442 rev C", 500, "EA", "1.86", "2027-01-25"),
        L("MFS-HX-M10x40-109", "Hex bolt M10x40, 10.9, zinc flake", 2000, "EA", "0.142", "2027-01-25"),
    ])
    body = T("""
        Callum,

        Before I can enter this one - the drawing we have on file for the shoulder bolt is rev B. Can you send rev C? Also, is the zinc flake finish still required on the M10s or is plain OK?

        Once I have that I'll get you a confirmation with dates.

        Thanks,
        Dale

        Dale Kowalczyk | Inside Sales
        Meridian Fastener Supply Co.
        O: (216) 555-0148
        """)
    m = reply(p, when("2026-11-30 10:12", -5), body, style="gmail-us",
              msgid="<CAH7vQx3nW8eLq+Tt5oR2pYb6FcK7d@mail.gmail.com>")
    return [p], m, None, "Supplier asks questions and explicitly defers the confirmation; commits to nothing."


@case("kohlhaas-melden-uns-bis-freitag", "needs_review",
      "German 'wir melden uns bis spätestens Freitag, 04.12.' - a date that is a promise to answer, not a delivery date")
def n_kohlhaas_revert():
    p = make_po("77120551", "KOHLHAAS", "priya", "EUR", "2026-11-26", [
        L("KDT-OR-200x5-EPDM", "O-Ring 200 x 5 mm, EPDM 70", 200, "EA", "2.95", "2027-01-11"),
        L("KDT-NUT-63x78x9", "Nutring 63x78x9, PU", 80, "EA", "4.40", "2027-01-11"),
    ])
    body = T("""
        Hallo Frau Nandakumar,

        danke für die Bestellung. Wir klären gerade mit unserem Vorlieferanten die Verfügbarkeit des EPDM-Materials und melden uns bis spätestens Freitag, 04.12., mit einer verbindlichen Bestätigung.

        Viele Grüße
        Sabine Wendler
        Kohlhaas Dichtungstechnik GmbH
        Tel. +49 621 555 31-24
        """)
    m = reply(p, when("2026-11-27 11:30", 1), body, style="de", re="AW: ")
    return [p], m, None, "Promise to revert with a binding confirmation by 04.12.; no commitment yet."


@case("hoekstra-ziet-er-haalbaar-uit", "needs_review",
      "Dutch hedge 'ziet er haalbaar uit ... zou moeten lukken als ...' and 'laat het je definitief weten'")
def n_hoekstra_hedge():
    p = make_po("77120557", "HOEKSTRA", "hannah", "EUR", "2026-11-27", [
        L("HK-PP-BAK-600", "PP opvangbak 600x400x120, gelast", 20, "EA", "64.00", "2026-12-18"),
        L("HK-PVC-DEKSEL-600", "PVC deksel voor opvangbak 600x400", 20, "EA", "18.50", "2026-12-18"),
    ])
    body = T("""
        Hoi Hannah,

        Ziet er haalbaar uit, 18 december zou moeten lukken als de PP-platen deze week binnenkomen. Ik laat het je zo snel mogelijk definitief weten.

        Groet,
        Bram
        """)
    m = reply(p, when("2026-11-30 08:22", 1), body, style="nl", re="RE: ")
    return [p], m, None, "Hedged and conditional ('should work if the sheets arrive'); the need-by date is repeated but not committed."


@case("malhotra-advance-payment-condition", "needs_review",
      "en-IN: order processed only against 30% advance; 'tentatively 12/02/2027' equals the need-by")
def n_malhotra_prepay():
    p = make_po("77120562", "MALHOTRA", "callum", "USD", "2026-11-26", [
        L("MF-FLG-SO-6-300", "Slip-on flange 6\" Class 300, A105", 120, "EA", "29.40", "2027-02-12"),
        L("MF-FLG-SO-8-300", "Slip-on flange 8\" Class 300, A105", 80, "EA", "44.90", "2027-02-12"),
    ])
    body = T("""
        Dear Sir,

        Thank you for your valued PO.

        As your account is showing outstanding dues beyond 60 days, our management has advised that we can process this order only against 30% advance payment. On receipt of the advance we will send our order acceptance with delivery schedule (tentatively 12/02/2027).

        Kindly arrange and share the SWIFT copy.

        Thanks & Regards,
        Rohit Deshpande
        Manager - Exports
        Malhotra Forgings Pvt. Ltd.
        """)
    m = reply(p, when("2026-11-30 12:10", 5.5), body, style="in", re="RE: ")
    return [p], m, None, "Acceptance conditional on prepayment; the tentative date (matching need-by) is not a commitment."


@case("vercors-accuse-reception-only", "needs_review",
      "French 'nous accusons bonne réception' - receipt acknowledged, confirmation with lead time to follow")
def n_vercors_receipt():
    p = make_po("77120568", "VERCORS", "priya", "EUR", "2026-11-30", [
        L("AV-CHASS-220", "Châssis mécano-soudé 220, peint RAL 7035", 8, "EA", "385.00", "2027-03-05"),
    ])
    body = T("""
        Bonjour,

        Nous accusons bonne réception de votre commande n° 77120568, qui a été transmise à notre bureau d'études. Un accusé de réception de commande avec délai vous sera adressé dans les meilleurs délais.

        Bien cordialement,
        Céline Garnier
        Administration des ventes
        Ateliers du Vercors SAS
        """)
    m = reply(p, when("2026-12-01 09:05", 1), body, style="fr", re="RE : ")
    return [p], m, None, "Receipt only ('accusons bonne réception'), the real ARC with lead time is announced for later."


@case("granite-confirms-quote-not-po", "needs_review",
      "'I can confirm the pricing on quote Q-26-3381' for a different (15 m) model; asks whether to switch the PO")
def n_granite_quote():
    p = make_po("77120574", "GRANITE", "hannah", "USD", "2026-11-27", [
        L("GSS-LVL-RAD-6M", "Radar level transmitter, 6 m range, 4-20 mA", 3, "EA", "1240.00", "2027-02-15"),
    ])
    body = T("""
        Hi Hannah,

        I can confirm the pricing on quote Q-26-3381 for the 15 m version is still valid through 12/31 - $1,495.00 each, 6-8 weeks ARO. The 6 m unit on your PO is being phased out next year, so you may want to consider it.

        Let me know if you'd like to switch the PO over.

        Megan Tully
        Customer Service Lead | Granite State Sensors Inc.
        """)
    m = reply(p, when("2026-11-30 16:44", -5), body, style="outlook:en-US", re="RE: ")
    return [p], m, None, "'Confirm' refers to a quote for another model; nothing is said that commits to the PO line (nor declines it)."


@case("bayou-confirming-our-call", "needs_review",
      "'confirming our call Thursday 12/3 at 9am' - confirms a meeting, not the PO")
def n_bayou_call():
    p = make_po("77120579", "BAYOU", "callum", "USD", "2026-11-30", [
        L("BIH-CHEM-XFER-2", "Chemical transfer hose 2\", UHMWPE, 50 ft assembly", 4, "EA", "689.00", "2027-01-29"),
        L("BIH-TEST-CERT", "Hydrostatic test certificate", 4, "EA", "35.00", "2027-01-29"),
    ])
    body = T("""
        Callum, confirming our call Thursday 12/3 at 9am Central to go over the fittings and test pressure on this PO before we enter it. I'll send a Teams invite.

        Travis Broussard
        Bayou Industrial Hose LLC
        (225) 555-0193
        """)
    m = reply(p, when("2026-12-01 16:40", -6), body, style="gmail-us")
    return [p], m, None, "'Confirming' a call; the order is explicitly not entered yet."


@case("pentland-bare-yes-to-later-question", "needs_review",
      "bare 'Yes.' from Android answering the buyer's follow-up question about 3.1 certificates, quoted above the request")
def n_pentland_yes():
    p = make_po("77120584", "PENTLAND", "priya", "GBP", "2026-11-23", [
        L("PPE-SLV-D40", "Bearing sleeve Ø40, phosphor bronze", 100, "EA", "9.75", "2027-01-15"),
        L("PPE-CVR-PLT", "Cover plate 120x80, 5 mm, zinc plated", 100, "EA", "4.30", "2027-01-15"),
    ])
    fu_id = f"<poack.77120584.followup.202611271030@{BUYER_DOMAIN}>"
    follow = T("""
        Hi Alasdair,

        one more thing on this order: could you add EN 10204 3.1 material certificates for the bronze sleeves with the delivery?

        Thanks,
        Priya
        """)
    fu_dt = when("2026-11-27 10:30", 0)
    quoted_follow = follow + "\n" + outlook_header(req_dt(p), p.buyer["name"], p.buyer["email"], p.sup["name"],
                                                    p.sup["email"], request_subject(p), "en-GB") + "\n" + request_text(p)
    body = "Yes.\n\nAlasdair\n\nGet Outlook for Android\n\n" + outlook_header(
        fu_dt, p.buyer["name"], p.buyer["email"], p.sup["name"], p.sup["email"], "RE: " + request_subject(p), "en-GB") \
        + "\n" + quoted_follow
    m = reply(p, when("2026-11-30 08:47", 0), body, style=None, re="RE: ", extra_refs=(fu_id,))
    return [p], m, None, "The 'Yes.' answers the later certificate question (In-Reply-To is the follow-up), not the PO acknowledgment; no line is committed."


@case("iberval-fechas-de-marcos-forwarded", "needs_review",
      "Spanish 'ver fechas abajo' pointing into a forwarded internal chain where production says the dates are provisional ('no lo confirmes todavía')")
def n_iberval_marcos():
    p = make_po("77120590", "IBERVAL", "hannah", "EUR", "2026-11-24", [
        L("VI-COMP-DN80-PN16", "Válvula de compuerta DN80 PN16, husillo interior", 12, "EA", "96.50", "2027-01-20"),
        L("VI-VOL-DN80", "Volante para compuerta DN80", 12, "EA", "8.20", "2027-01-20"),
    ])
    internal = T("""
        -----Mensaje original-----
        De: Marcos Lahoz <m.lahoz@valvuleria-iberica.example>
        Enviado el: viernes, 27 de noviembre de 2026 12:41
        Para: Lucía Ferrer Gil <pedidos@valvuleria-iberica.example>
        Asunto: RE: pedido Thornbury 77120590

        Lucía, para las compuertas DN80 calculo el 05/02 si llegan los cuerpos de fundición a tiempo; los volantes sin problema para el 20/01. Pero no lo confirmes todavía hasta que hable con el proveedor de fundición el lunes.

        Marcos
        Jefe de Producción
        """)
    body = T("""
        Hola Hannah,

        te reenvío lo que me comenta Marcos de producción, ver fechas abajo.

        Un saludo,
        Lucía
        """) + "\n" + internal
    m = reply(p, when("2026-11-27 13:02", 1), body, style="outlook:es", re="RE: ")
    return [p], m, None, "The only dates are in an internal forwarded note that explicitly says not to confirm yet (and one is conditional); the sender commits to nothing herself."


@case("altmuehl-body-vs-attachment", "needs_review",
      "German body says 'zu den gewünschten Terminen bestätigt' but the attached AB PDF shows a later date and higher price on Pos 20")
def n_altmuehl_contradict():
    p = make_po("77120595", "ALTMUEHL", "callum", "EUR", "2026-11-25", [
        L("AE-NT-24V-5A", "Netzteil 24 V / 5 A, Hutschiene", 60, "EA", "38.40", "2027-01-22"),
        L("AE-REL-MOD-8", "Relaismodul 8-fach, 24 V", 60, "EA", "21.90", "2027-01-22"),
    ])
    pdf = make_pdf(
        ["ALTMUEHL ELEKTRONIK GMBH", "Römerstraße 9, 85049 Ingolstadt",
         "AUFTRAGSBESTÄTIGUNG 2611-40522 vom 27.11.2026",
         "Kunde: Thornbury Flow Technologies Ltd - Ihre Bestellung 77120595 vom 25.11.2026"],
        ["Pos", "Artikel", "Ihre Art.-Nr.", "Menge", "ME", "Preis EUR", "Liefertermin"],
        [["10", "720-2405", "AE-NT-24V-5A", "60", "ST", "38,40", "22.01.2027"],
         ["20", "730-0808", "AE-REL-MOD-8", "60", "ST", "23,40", "19.02.2027"]],
        ["Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen, Stand 01/2026."],
        widths=[14, 26, 40, 18, 12, 26, 34])
    body = T("""
        Hallo Herr Reid,

        hiermit bestätigen wir Ihre Bestellung 77120595 zu den gewünschten Terminen und Preisen. Die AB hängt an.

        Gruß
        Stefanie Lang
        Vertriebsinnendienst
        Altmühl Elektronik GmbH · Tel. +49 841 555 77-14
        """)
    m = reply(p, when("2026-11-27 10:40", 1), body, style="outlook:de", re="AW: ", person="Stefanie Lang",
              attachments=[("AB_2611-40522.pdf", pdf, PDF)])
    return [p], m, None, "Contradiction: the body confirms as ordered, the attached AB gives Pos 20 at 23,40 and 19.02.2027. Which one holds is for a human to clear up."


@case("torrente-ooo-it", "auto_reply",
      "Italian/English out-of-office with Auto-Submitted; return dates and an alternative phone number")
def a_torrente_ooo():
    p = make_po("77120600", "TORRENTE", "priya", "EUR", "2026-11-30", [
        L("TP-GIR-40-200", "Girante pompa 40-200, bronzo", 10, "EA", "188.00", "2027-02-19"),
    ])
    body = T("""
        Buongiorno,
        sarò assente dall'ufficio dal 30/11 al 04/12/2026 con accesso limitato alla posta elettronica.
        Per urgenze contattare ordini@torrentepompe.example oppure il numero +39 030 555 2700.
        Rientrerò lunedì 7 dicembre.

        Good morning,
        I am out of the office from 30/11 to 04/12/2026 with limited access to e-mail. For urgent matters please contact ordini@torrentepompe.example or +39 030 555 2700.

        Federica Rinaldi
        """)
    m = reply(p, when("2026-11-30 10:14", 1), body, style=None, re="Risposta automatica: ",
              headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
              msgid="<ooo.77120600.0@torrentepompe.example>")
    return [p], m, None, "Out-of-office (Auto-Submitted: auto-replied), threaded on the request; the dates are absence dates."


@case("kohlhaas-abwesenheit-no-header", "auto_reply",
      "German 'Abwesenheitsnotiz' without Auto-Submitted header; only the subject and wording tell it is automatic")
def a_kohlhaas_ooo():
    p = make_po("77120605", "KOHLHAAS", "hannah", "EUR", "2026-11-30", [
        L("KDT-OR-50x2-NBR", "O-Ring 50 x 2 mm, NBR 70", 1000, "EA", "0.19", "2026-12-21"),
        L("KDT-OR-60x2-NBR", "O-Ring 60 x 2 mm, NBR 70", 1000, "EA", "0.22", "2026-12-21"),
    ])
    body = T("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich 11.12.2026 nicht im Hause. Ihre E-Mail wird nicht weitergeleitet.
        In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Brandl (Tel. 0621 555 31-20, verkauf@kohlhaas-dichtungen.example).

        Mit freundlichen Grüßen
        Sabine Wendler
        """)
    m = reply(p, when("2026-11-30 10:15", 1), body, style=None, re="Abwesenheitsnotiz: ",
              msgid="<4b1f0e2c9a7d41e8b3aa01f7c6d5e4b3@kohlhaas-dichtungen.example>")
    return [p], m, None, "Out-of-office without RFC 3834 headers; recognisable from subject 'Abwesenheitsnotiz' and body. 11.12.2026 is a return date."


@case("vercors-reponse-automatique", "auto_reply",
      "French 'Réponse automatique : absente jusqu'au 8 décembre' with X-Autoreply, no quote")
def a_vercors_ooo():
    p = make_po("77120611", "VERCORS", "callum", "EUR", "2026-12-01", [
        L("AV-GOUP-8x40", "Goupille élastique 8 x 40", 2000, "EA", "0.09", "2027-01-15"),
    ])
    body = T("""
        Bonjour,

        Je suis absente jusqu'au 8 décembre inclus. En cas d'urgence, merci de contacter le service ADV au 04 76 55 01 20.

        Cordialement,
        Céline Garnier
        """)
    m = reply(p, when("2026-12-01 10:14", 1), body, style=None, re="Réponse automatique : ",
              headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
              msgid="<autoreply.20261201101402.77120611@ateliers-vercors.example>")
    return [p], m, None, "French out-of-office; '8 décembre' is a return date."


@case("wisla-autoodpowiedz", "auto_reply",
      "Polish/English holiday auto-reply 'Autoodpowiedź' with a return date 04.12.2026")
def a_wisla_ooo():
    p = make_po("77120616", "WISLA", "priya", "EUR", "2026-11-27", [
        L("OW-PIAS-300", "Piasta koła Ø300, EN-GJS-500", 40, "EA", "44.60", "2027-02-26"),
    ])
    body = T("""
        Dzień dobry,
        do dnia 04.12.2026 przebywam na urlopie. W sprawach pilnych proszę o kontakt z Działem Sprzedaży: sprzedaz@odlewnia-wisla.example, tel. +48 12 555 67 00.

        Good morning,
        I am on leave until 4 December 2026. For urgent matters please contact our sales department at the address above.

        Katarzyna Nowicka
        """)
    m = reply(p, when("2026-11-27 10:14", 1), body, style=None, re="Autoodpowiedź: ",
              headers=[("Auto-Submitted", "auto-replied")],
              msgid="<autoreply-77120616-1@odlewnia-wisla.example>")
    return [p], m, None, "Bilingual holiday auto-reply."


@case("granite-helpdesk-case-receipt", "auto_reply",
      "ticket system receipt '[Case #00481237]' from a noreply address; mentions Thanksgiving closure dates")
def a_granite_ticket():
    p = make_po("77120621", "GRANITE", "hannah", "USD", "2026-11-30", [
        L("GSS-TC-J-300", "Thermocouple type J, 300 mm, mineral insulated", 50, "EA", "31.40", "2027-01-22"),
    ])
    body = T("""
        Thank you for contacting Granite State Sensors Customer Care.

        Your request has been received and assigned case number 00481237. A representative will respond within 1 business day. Current average response time: 4 hours.

        Please reply to this message to add information to your case; do not change the subject line.

        Holiday notice: our offices were closed Thursday 11/26 and Friday 11/27 for Thanksgiving and will close again 12/24 - 12/25.

        Granite State Sensors Inc. | Customer Care | 1-800-555-0140
        [ref:_00D5f0000xYz._5004W00001AbCdE:ref]
        """)
    m = reply(p, when("2026-11-30 04:15", -5), body, style=None,
              subject=f"[Case #00481237] {request_subject(p)}",
              frm="Granite State Sensors Customer Care <noreply-care@granitestatesensors.example>",
              headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")],
              msgid="<case00481237.ack@care.granitestatesensors.example>")
    return [p], m, None, "Helpdesk receipt (auto-generated), threaded on the request; no commitment."


def request_message(p):
    m = build(frm=buyer_addr(p), to=f"{p.sup['name']} <{p.sup['email']}>", subject=request_subject(p),
              date=req_dt(p), msgid=p["request_message_id"], text=request_text(p), html=html_wrap(request_html(p)),
              received=f"app01.{BUYER_DOMAIN}")
    del m["Received"]
    return m


@case("calderbrook-postfix-dsn-mailbox-full", "bounce",
      "RFC 3464 multipart/report from our relay: 552 5.2.2 mailbox full, full request attached as message/rfc822")
def b_calder_dsn():
    p = make_po("77120626", "CALDER", "callum", "GBP", "2026-11-26", [
        L("CE-CONT-4P-25A", "Contactor 4P 25A, 230V coil", 12, "EA", "27.80", "2026-12-18"),
    ])
    orig = request_message(p).as_string(policy=POLICY)
    b = "8F2A71C03B.1795766701/mail.thornbury-flow.example"
    raw = (
        "Return-Path: <>\n"
        f"Received: by mail.{BUYER_DOMAIN} (Postfix) id 8F2A71C03B; Thu, 26 Nov 2026 09:14:05 +0000 (UTC)\n"
        "Date: Thu, 26 Nov 2026 09:14:05 +0000 (UTC)\n"
        f"From: MAILER-DAEMON@mail.{BUYER_DOMAIN} (Mail Delivery System)\n"
        "Subject: Undelivered Mail Returned to Sender\n"
        f"To: {p.buyer['email']}\n"
        "Auto-Submitted: auto-replied\n"
        "MIME-Version: 1.0\n"
        f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{b}\"\n"
        "Content-Transfer-Encoding: 8bit\n"
        f"Message-Id: <20261126091405.8F2A71C03B@mail.{BUYER_DOMAIN}>\n\n"
        "This is a MIME-encapsulated message.\n\n"
        f"--{b}\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        f"This is the mail system at host mail.{BUYER_DOMAIN}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "                   The mail system\n\n"
        f"<{p.sup['email']}>: host mx.calderbrook-electrical.example[203.0.113.47] said:\n"
        "    552 5.2.2 <sales@calderbrook-electrical.example>: Mailbox full - quota\n"
        "    exceeded (in reply to RCPT TO command)\n\n"
        f"--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; mail.{BUYER_DOMAIN}\nX-Postfix-Queue-ID: 8F2A71C03B\n"
        f"X-Postfix-Sender: rfc822; {p.buyer['email']}\nArrival-Date: Thu, 26 Nov 2026 09:14:02 +0000 (UTC)\n\n"
        f"Final-Recipient: rfc822; {p.sup['email']}\nOriginal-Recipient: rfc822;{p.sup['email']}\n"
        "Action: failed\nStatus: 5.2.2\nRemote-MTA: dns; mx.calderbrook-electrical.example\n"
        "Diagnostic-Code: smtp; 552 5.2.2 <sales@calderbrook-electrical.example>: Mailbox\n    full - quota exceeded\n\n"
        f"--{b}\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n"
        + orig + f"\n--{b}--\n")
    return [p], raw.encode("utf-8"), None, \
        "Postfix DSN (multipart/report) for the request itself; the embedded request carries all PO values and must not be read as an answer."


@case("minho-exchange-ndr-access-denied", "bounce",
      "Exchange Online NDR 'Undeliverable:' with HTML notice, delivery-status and text/rfc822-headers of the request; 550 5.4.1")
def b_minho_ndr():
    p = make_po("77120631", "MINHO", "hannah", "EUR", "2026-11-27", [
        L("MM-GRADE-30x3", "Grade de piso 30x3, galvanizada, 1000x600", 25, "EA", "37.20", "2027-01-29"),
    ])
    om = request_message(p)
    hdrs = "".join(f"{k}: {v}\n" for k, v in om.items())
    b = "_ndr_b7c2e91a-4d3f-4e70-a2d6-5f0c3a1b9e84_"
    balt = "_alt_b7c2e91a-4d3f-4e70-a2d6-5f0c3a1b9e84_"
    html = ("<html><head></head><body><p><b><font color=\"#000000\" size=\"3\">Your message to "
            f"{p.sup['email']} couldn't be delivered.</font></b></p><p>Access denied, the recipient's organisation "
            "rejected the message.</p><table><tr><td>Hannah.Okafor</td><td>Office 365</td><td>metalminho.example</td></tr>"
            "<tr><td>Sender</td><td></td><td><b>Action Required</b></td></tr></table>"
            "<p><b>How to Fix It</b><br>Contact the recipient by some other means and ask them to have their email admin "
            "check the recipient domain's mail flow rules.</p><p>Diagnostic information for administrators:</p>"
            f"<p>Generating server: AM9PR02MB7315.eurprd02.prod.outlook.example<br>{p.sup['email']}<br>"
            "Remote server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'</p></body></html>")
    txt = (f"Your message to {p.sup['email']} couldn't be delivered.\n\nAccess denied, the recipient's organisation "
           "rejected the message.\n\nHannah.Okafor    Office 365    metalminho.example\nSender                     Action Required\n\n"
           "How to Fix It\nContact the recipient by some other means.\n\nDiagnostic information for administrators:\n\n"
           f"Generating server: AM9PR02MB7315.eurprd02.prod.outlook.example\n\n{p.sup['email']}\n"
           "Remote server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'\n\n"
           "Original message headers:\n\n" + hdrs)
    raw = (
        f"From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{BUYER_DOMAIN}>\n"
        f"To: {p.buyer['name']} <{p.buyer['email']}>\n"
        "Date: Fri, 27 Nov 2026 09:14:07 +0000\n"
        "Subject: Undeliverable: " + request_subject(p) + "\n"
        "Message-ID: <0d3b6f2a-91c4-4a77-8e5b-2f1c7d9a6e30@AM9PR02MB7315.eurprd02.prod.outlook.example>\n"
        f"In-Reply-To: {p['request_message_id']}\nReferences: {p['request_message_id']}\n"
        "Auto-Submitted: auto-replied\nX-MS-Exchange-Message-Is-Ndr: \n"
        "MIME-Version: 1.0\n"
        f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\n\n"
        f"--{b}\nContent-Type: multipart/alternative; boundary=\"{balt}\"\n\n"
        f"--{balt}\nContent-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: quoted-printable\n\n"
        + txt.replace("=", "=3D") + f"\n--{balt}\nContent-Type: text/html; charset=\"us-ascii\"\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + html.replace("=", "=3D") + f"\n--{balt}--\n\n"
        f"--{b}\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns;AM9PR02MB7315.eurprd02.prod.outlook.example\n"
        "Received-From-MTA: dns;AM9PR02MB6981.eurprd02.prod.outlook.example\n"
        "Arrival-Date: Fri, 27 Nov 2026 09:14:03 +0000\n\n"
        f"Final-Recipient: rfc822;{p.sup['email']}\nAction: failed\nStatus: 5.4.1\n"
        "Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied. AS(201806281)\n\n"
        f"--{b}\nContent-Type: text/rfc822-headers\n\n" + hdrs + f"\n--{b}--\n")
    return [p], raw.encode("utf-8"), None, \
        "Exchange NDR: report with text+HTML notice, delivery-status 5.4.1 and the request's headers (subject names the PO)."


@case("shengda-sendmail-plain-bounce", "bounce",
      "old-style plain-text MAILER-DAEMON bounce from the supplier's host with the original request pasted inline (no multipart/report)")
def b_shengda_plain():
    p = make_po("77120636", "SHENGDA", "callum", "USD", "2026-11-24", [
        L("SD-INV-BRKT-SS", "Investment cast bracket, 304SS", 1000, "EA", "3.85", "2027-03-05"),
        L("SD-INV-HNDL-SS", "Investment cast handle, 304SS, polished", 500, "EA", "5.40", "2027-03-05"),
    ])
    om = request_message(p)
    orig_hdr = "".join(f"{k}: {v}\n" for k, v in om.items() if k.lower() not in ("content-type", "content-transfer-encoding", "mime-version"))
    body = (
        "The original message was received at Tue, 24 Nov 2026 17:14:09 +0800\n"
        f"from mx1.{BUYER_DOMAIN} [192.0.2.25]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{p.sup['email']}>\n"
        "    (reason: 550 5.1.1 User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"... while talking to mailstore2.shengda-casting.example.:\n>>> DATA\n<<< 550 5.1.1 <{p.sup['email']}>... User unknown\n"
        "550 5.1.1 " + p.sup["email"] + "... User unknown\n<<< 503 5.0.0 Need RCPT (recipient)\n\n"
        "   ------ Original message follows -----\n\n" + orig_hdr + "\n" + request_text(p))
    m = build(frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.shengda-casting.example>", to=buyer_addr(p),
              subject="Returned mail: see transcript for details", date=when("2026-11-24 17:14", 8),
              msgid="<202611240914.4AO9E9xQ012877@mail.shengda-casting.example>", text=body,
              headers=[("Auto-Submitted", "auto-generated")], received="mail.shengda-casting.example")
    return [p], m, None, "Sendmail-style plain-text bounce; the PO is only visible in the pasted original (which holds the PO values)."


@case("hoekstra-newsletter-december", "unrelated",
      "Dutch newsletter (List-Unsubscribe, Precedence bulk) with holiday closing and order cut-off dates; an open PO exists")
def u_hoekstra_news():
    p = make_po("77120642", "HOEKSTRA", "priya", "EUR", "2026-11-26", [
        L("HK-PA6-BUS-25", "Glijbus PA6, Ø25 x 30 mm", 800, "EA", "1.08", "2027-01-15"),
    ])
    text = T("""
        Hoekstra Nieuws – december 2026

        Nieuw: 5-assige CNC-freesafdeling
        Sinds november frezen we kunststof onderdelen tot 1200 x 800 mm op onze nieuwe 5-assige machine. Levertijd voor prototypes: 5 werkdagen.

        Openingstijden feestdagen
        Wij zijn gesloten van 24 december t/m 1 januari. Bestellingen geplaatst vóór 15 december worden nog dit jaar geleverd.

        Nieuwe materialen in ons assortiment: PEEK-staf Ø10–Ø80, PVDF-plaat 5–20 mm.

        Hoekstra Kunststoftechniek B.V. | Hengelosestraat 588, 7521 AN Enschede
        U ontvangt deze nieuwsbrief omdat u klant bij ons bent. Afmelden: https://hoekstra-kunststof.example/afmelden?u=thornbury
        """)
    html = html_wrap("<h1 style=\"color:#0a5\">Hoekstra Nieuws – december 2026</h1>" + "".join(
        f"<p>{esc(par)}</p>" for par in text.split("\n\n")[1:]), font="Arial")
    m = build(frm="Hoekstra Kunststoftechniek <nieuwsbrief@hoekstra-kunststof.example>", to=p.buyer["email"],
              subject="Hoekstra Nieuws december: nieuwe CNC-freesafdeling & openingstijden feestdagen",
              date=when("2026-12-01 07:30", 1), msgid="<nb-2026-12.thornbury.4471@mailing.hoekstra-kunststof.example>",
              text=text, html=html, received="mailing.hoekstra-kunststof.example",
              headers=[("List-Unsubscribe", "<https://hoekstra-kunststof.example/afmelden?u=thornbury>"),
                       ("List-Id", "Hoekstra Nieuws <nieuws.hoekstra-kunststof.example>"), ("Precedence", "bulk")])
    return [p], m, None, "Newsletter from a supplier with an open PO; its dates (closing, cut-off) are not about the order."


@case("feinmess-preisanpassung-2027", "unrelated",
      "German price-increase letter effective 01.01.2027 (+3,8 %) from a supplier with an open PO; not a reply")
def u_feinmess_prices():
    p = make_po("77120647", "FEINMESS", "callum", "EUR", "2026-11-23", [
        L("FMS-DRUCK-0-16", "Drucksensor 0–16 bar, G1/4, 0,5–4,5 V", 40, "EA", "74.00", "2027-01-29"),
    ])
    body = T("""
        Sehr geehrte Kundin, sehr geehrter Kunde,

        aufgrund gestiegener Material- und Energiekosten passen wir zum 1. Januar 2027 unsere Listenpreise um durchschnittlich 3,8 % an. Die neue Preisliste 2027 finden Sie im Anhang.

        Für Aufträge, die bis zum 31.12.2026 von uns bestätigt werden, gelten weiterhin die bisherigen Preise.

        Wir danken für Ihr Verständnis und freuen uns auf die weitere Zusammenarbeit.

        Mit freundlichen Grüßen
        Feinmess Sensorik GmbH
        Vertrieb
        """)
    pdf = make_pdf(["FEINMESS SENSORIK GMBH", "Preisliste 2027 - gültig ab 01.01.2027"],
                   ["Artikel", "Bezeichnung", "Preis 2026", "Preis 2027"],
                   [["FMS-DRUCK-0-16", "Drucksensor 0-16 bar", "74,00", "76,80"],
                    ["FMS-DRUCK-0-40", "Drucksensor 0-40 bar", "79,00", "82,00"],
                    ["FMS-WZ-500-SS", "Wägezelle 500 kg", "142,00", "147,40"]],
                   ["Alle Preise in EUR netto, zzgl. MwSt."], widths=[40, 70, 35, 35])
    m = build(frm="Feinmess Sensorik GmbH <innendienst@feinmess-sensorik.example>", to=p.buyer["email"],
              subject="Preisanpassung zum 01.01.2027", date=when("2026-11-27 08:00", 1),
              msgid="<preisanpassung2027.881@feinmess-sensorik.example>", text=body,
              attachments=[("Preisliste_2027.pdf", pdf, PDF)])
    return [p], m, None, "General price announcement; the attached list even names the ordered item with a 2027 price, but it answers nothing about PO 77120647."


@case("bayou-invoice-for-other-po", "unrelated",
      "accounts-receivable mail with invoice PDF for an older PO 77119874 (not open here); due dates and amounts")
def u_bayou_invoice():
    p = make_po("77120652", "BAYOU", "hannah", "USD", "2026-11-25", [
        L("BIH-AIR-1-300", "Air hose 1\", 300 PSI, per ft", 500, "FT", "1.64", "2027-01-11"),
    ])
    pdf = make_pdf(["BAYOU INDUSTRIAL HOSE LLC", "7720 Airline Hwy, Baton Rouge, LA 70805",
                    "INVOICE INV-118842    Date: 11/20/2026    Terms: Net 30    Due: 12/20/2026",
                    "Bill to: Thornbury Flow Technologies Ltd    Customer PO: 77119874"],
                   ["Line", "Item", "Description", "Qty", "Unit", "Amount"],
                   [["1", "BIH-AIR-1-300", "Air hose 1in 300 PSI", "250 FT", "1.58", "395.00"],
                    ["2", "BIH-CPL-1-BR", "Air coupler 1in brass", "20", "7.25", "145.00"]],
                   ["Total USD 540.00. Remit to: Bayou Industrial Hose LLC, ACH routing 065000090."],
                   widths=[14, 36, 60, 24, 20, 26])
    body = T("""
        Hello,

        Please find attached invoice INV-118842 for your PO 77119874, shipped 11/20/2026. Payment terms Net 30, due 12/20/2026.

        Thank you,
        Accounts Receivable
        Bayou Industrial Hose LLC
        """)
    m = build(frm="Bayou Industrial Hose AR <ar@bayouhose.example>", to=p.buyer["email"],
              subject="Invoice INV-118842 for PO 77119874", date=when("2026-11-30 15:03", -6),
              msgid="<inv118842.20261130@billing.bayouhose.example>", text=body,
              attachments=[("INV-118842.pdf", pdf, PDF)])
    return [p], m, None, "Invoice for a different, older PO; the open PO's item appears in it (with another price and quantity) but this is not an answer."


@case("vysocina-cs-skladem-only", "needs_review",
      "Czech 'potvrzuji, že hřídele máme ... skladem' (stock), order confirmation explicitly deferred until the gear date is known")
def n_vysocina_stock():
    p = make_po("77120657", "VYSOCINA", "priya", "EUR", "2026-11-26", [
        L("VS-KOLO-Z36-M3", "Ozubené kolo m3 z36, 42CrMo4", 20, "EA", "118.00", "2027-02-05"),
        L("VS-HRID-DRAZ-35", "Drážkovaný hřídel Ø35 x 240", 20, "EA", "86.00", "2027-02-05"),
    ])
    body = T("""
        Dobrý den,

        potvrzuji, že drážkované hřídele máme v tuto chvíli skladem (20 ks). U ozubených kol ještě ověřujeme kapacitu kalírny.
        Objednávku Vám potvrdíme celou, jakmile budeme mít termín i pro kola – předpokládám příští týden.

        S pozdravem
        Petra Dvořáková
        Vysočina Strojírny a.s.
        tel.: +420 567 555 214
        """)
    m = reply(p, when("2026-11-27 14:15", 1), body, style="cs", re="Re: ")
    return [p], m, None, "'Potvrzuji' confirms current stock, not the order; the order confirmation is explicitly deferred."


@case("meridian-confirms-a-different-po", "needs_review",
      "reply in this PO's thread confirms 'your other order 77120598' and says this one is still being checked")
def n_meridian_other():
    p = make_po("77120663", "MERIDIAN", "hannah", "USD", "2026-11-30", [
        L("MFS-ANCH-M12x100", "Wedge anchor M12x100, zinc plated", 600, "EA", "0.58", "2027-01-15"),
    ])
    body = T("""
        Hannah - re your other order 77120598 (the anchors for the Hull job), that one's confirmed, ships 1/8.

        This new one I'm still checking stock on, will come back to you.

        Dale
        """)
    m = reply(p, when("2026-12-01 10:30", -5), body, style="gmail-us",
              msgid="<CAH7vQx9fL2mBq+Wn3sE5tUc8GdJ4e@mail.gmail.com>")
    return [p], m, None, "The confirmation is about PO 77120598, which is not among the open POs; PO 77120663 is explicitly not answered yet."


@case("loire-assureur-credit", "needs_review",
      "French: order registered but subject to credit-insurer approval; 'a priori 08/01/2027' equals need-by")
def n_loire_credit():
    p = make_po("77120668", "LOIRE", "callum", "EUR", "2026-11-30", [
        L("LC-RJ45-CAT6A-3M", "Cordon RJ45 Cat6A, 3 m, gris", 200, "EA", "3.40", "2027-01-08"),
        L("LC-PATCH-24P", "Panneau de brassage 24 ports Cat6A", 10, "EA", "68.00", "2027-01-08"),
    ])
    body = T("""
        Bonjour Monsieur Reid,

        Votre commande est enregistrée sous le n° CV-26-7731. Elle reste toutefois soumise à l'accord de notre assureur-crédit, votre encours dépassant le plafond autorisé. Dès validation, nous vous confirmerons les délais (a priori 08/01/2027).

        Cordialement,
        Julien Morel
        Loire Câblage SARL
        """)
    m = reply(p, when("2026-12-02 11:18", 1), body, style="fr", re="RE : ", person="Julien Morel")
    return [p], m, None, "Registered, but conditional on credit approval; the tentative date is not a commitment."


@case("moravia-automaticka-odpoved", "auto_reply",
      "Czech 'Automatická odpověď' holiday notice with spaced dates '30. 11. do 11. 12. 2026'")
def a_moravia_ooo():
    p = make_po("77120673", "MORAVIA", "priya", "EUR", "2026-12-01", [
        L("MK-CYKY-3x2.5", "Kabel CYKY-J 3x2,5 mm²", 1500, "M", "1.12", "2027-01-22"),
    ])
    body = T("""
        Dobrý den,

        od 30. 11. do 11. 12. 2026 čerpám dovolenou a Vaši zprávu nepřeposílám. V naléhavých případech kontaktujte prosím kolegyni Ivanu Malou, tel. +420 545 555 010, prodej@moravia-kabel.example.

        Jan Procházka
        """)
    m = reply(p, when("2026-12-01 10:14", 1), body, style=None, re="Automatická odpověď: ",
              headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
              msgid="<auto.77120673.20261201@moravia-kabel.example>")
    return [p], m, None, "Czech out-of-office; dates are the absence period."


@case("minho-fatura-other-order", "needs_review",
      "Portuguese 'Confirmo que a fatura ... foi corrigida' about another order's invoice; this PO to be answered tomorrow")
def n_minho_invoice():
    p = make_po("77120678", "MINHO", "callum", "EUR", "2026-11-26", [
        L("MM-TAMPA-INOX-300", "Tampa inox 304, Ø300, repuxada", 40, "EA", "27.90", "2027-02-10"),
        L("MM-FLANGE-SOLD-300", "Flange soldada Ø300, S235, galvanizada", 40, "EA", "19.60", "2027-02-10"),
    ])
    body = T("""
        Bom dia Callum,

        Confirmo que a fatura FT 2026/4418 da encomenda 77119902 já foi corrigida conforme pedido (IVA autoliquidação) e segue hoje por correio eletrónico para a contabilidade.

        Quanto à nova encomenda, respondo-lhe amanhã com os prazos.

        Cumprimentos,
        Rui Carvalho
        Metalúrgica do Minho, Lda.
        """)
    m = reply(p, when("2026-11-30 09:48", 0), body, style="pt", re="RE: ")
    return [p], m, None, "'Confirmo' concerns an invoice of another order; the open PO is explicitly left for tomorrow."


@case("feinmess-kw53-year-end", "confirmation",
      "German 'KW 51' (= need-by) and 'KW 53' - ISO week 53 of 2026 ends on Friday 2027-01-01")
def c_feinmess_kw53():
    p = make_po("77120683", "FEINMESS", "priya", "EUR", "2026-11-27", [
        L("FMS-NTC-10K-M8", "NTC-Temperaturfühler 10 kOhm, M8-Gewinde", 200, "EA", "6.40", "2026-12-18"),
        L("FMS-STECK-M12-GER", "M12-Steckverbinder, gerade, 4-polig", 200, "EA", "3.85", "2026-12-18"),
    ])
    body = T("""
        Hallo Frau Nandakumar,

        Pos. 1 liefern wir wie gewünscht in KW 51.
        Pos. 2 schaffen wir wegen eines Engpasses bei den Kontakteinsätzen erst in KW 53. Preise wie bestellt.

        Gruß
        Markus Oberle
        Feinmess Sensorik GmbH
        Telefon +49 711 555 208-31
        """)
    m = reply(p, when("2026-11-30 15:10", 1), body, style="outlook:de", re="AW: ")
    return [p], m, [conf(p, {2: chg(p, 2, date=kw(2026, 53))})], \
        "KW 51 -> Fri 2026-12-18 = need-by (accepted). 2026 has 53 ISO weeks: KW 53 -> Fri 2027-01-01."


@case("vandijk-over-drie-weken", "confirmation",
      "Dutch relative date 'levering over drie weken (vanaf vandaag gerekend)' from Wed 25 Nov -> 2026-12-16; hoses RL as requested")
def c_vandijk_relative():
    p = make_po("77120688", "VANDIJK", "callum", "EUR", "2026-11-24", [
        L("VDP-FRL-G12", "Luchtbehandelingsunit FRL G1/2, 5 µm", 10, "EA", "92.00", "2026-12-11"),
        L("VDP-SLANG-PU-8", "PU-slang 8x6 mm, blauw, rol 50 m", 20, "RL", "31.50", "2026-12-11"),
    ])
    body = T("""
        Beste Callum,

        De slangen hebben we op voorraad, die leveren we zoals gevraagd.
        De FRL-units moeten we bij de fabriek bestellen: levering over drie weken (vanaf vandaag gerekend). Prijzen akkoord.

        Met vriendelijke groet,
        Sanne de Wit
        Binnendienst
        Van Dijk Pneumatiek B.V. | Waalhaven Z.z. 19, 3089 JH Rotterdam | +31 10 555 8712
        """)
    m = reply(p, when("2026-11-25 11:05", 1), body, style="nl", re="RE: ")
    return [p], m, [conf(p, {1: chg(p, 1, date="2026-12-16")})], \
        "Relative to the mail Date (Wed 2026-11-25): three weeks -> 2026-12-16 for the FRL units (need-by 12-11); hoses as ordered."


# ==========================================================================

def run():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    readme = ["# Held-out corpus, batch A", "",
              "Generated by `make_batch.py` (deterministic; needs fpdf2 and openpyxl).",
              f"Buyer: {BUYER_CO} ({BUYER_DOMAIN}); {len(SUP)} suppliers. Validate with",
              "`python3 /work/shared/corpus/check_corpus.py cases`.", "",
              "| # | slug | kind | what makes it hard |", "|---|---|---|---|"]
    kinds, locs = {}, {}
    for i, (slug, kind, hard, fn) in enumerate(CASES, 1):
        pos, msg, confs, notes = fn()
        folder = OUT / f"{i:03d}-{slug}"
        folder.mkdir()
        exp = {"kind": kind}
        if kind == "confirmation":
            assert confs, slug
            exp["confirmations"] = confs
        else:
            assert not confs, slug
        exp["notes"] = notes
        (folder / "pos.json").write_text(json.dumps(po_json(pos), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (folder / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        raw = msg if isinstance(msg, bytes) else msg.as_bytes(policy=POLICY)
        (folder / "message.eml").write_bytes(raw)
        readme.append(f"| {i:03d} | {slug} | {kind} | {hard} |")
        kinds[kind] = kinds.get(kind, 0) + 1
        loc = pos[0]["supplier"]["locale"]
        locs[loc] = locs.get(loc, 0) + 1
    readme += ["", "By kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
               "By supplier locale: " + ", ".join(f"{k} {v}" for k, v in sorted(locs.items())), "",
               "Mail dates run 18 Nov - 2 Dec 2026; the validator warns about December dates and about locales",
               "outside en-US/en-GB/de-DE/fr-FR, both intended."]
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    run()
