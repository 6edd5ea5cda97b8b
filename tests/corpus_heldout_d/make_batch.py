#!/usr/bin/env python3
"""Held-out batch D: supplier replies to purchase orders (independent corpus).

Usage:  python3 make_batch.py        (writes ./cases/NNN-slug/{message.eml,pos.json,expected.json})

Standard library only, fully deterministic (ids, boundaries, attachment bytes are
derived from fixed seeds; zip entries carry a fixed timestamp).

World: the buyer is Halvorsen Pump & Valve (sites in Dayton US, Doncaster UK and
Heilbronn DE; one mail domain halvorsen-pv.example).  Its PO agent mails an
acknowledgment request per PO from the buyer's address; suppliers answer from
whatever client they use.  All domains are .example, all IPs documentation ranges.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import io
import json
import quopri
import shutil
import zipfile
import zlib
from decimal import Decimal
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases"
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ---------------------------------------------------------------- time ----

def TZ(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


UTC, EST, CST, PST = TZ(0), TZ(-5), TZ(-6), TZ(-8)
CET, EET, CHN, IST, TRT = TZ(1), TZ(2), TZ(8), TZ(5, 30), TZ(3)


def T(d, hm, tz):
    """T('2026-11-04', '09:12', CET) -> aware datetime."""
    y, mo, da = map(int, d.split("-"))
    h, mi = map(int, hm.split(":"))
    return dt.datetime(y, mo, da, h, mi, int(hs("s" + d + hm)[:2], 16) % 60, tzinfo=tz)


def kw(year, week, day=5):
    """ISO calendar week -> date (default Friday)."""
    return dt.date.fromisocalendar(year, week, day).isoformat()


def D(s):
    return dt.date.fromisoformat(s)


def plus(iso, days):
    return (D(iso) + dt.timedelta(days=days)).isoformat()


DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
           "Ekim", "Kasım", "Aralık"],
}


def h12(t):
    return f"{t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


# ----------------------------------------------------------------- ids ----

def hs(seed):
    return hashlib.sha256(seed.encode()).hexdigest()


def alnum(seed, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    raw, i = b"", 0
    while len(raw) < n:
        raw += hashlib.sha256(f"{seed}/{i}".encode()).digest()
        i += 1
    return "".join(alphabet[b % len(alphabet)] for b in raw[:n])


def msgid(style, seed, domain):
    if style == "outlook":
        return f"<{hs(seed)[:12].upper()}{hs(seed + 'x')[:4].upper()}@{domain}>"
    if style == "exo":
        host = "AM0PR0" + alnum(seed, 1, "3456789") + "MB" + alnum(seed + "n", 4, "0123456789")
        return f"<{host}{hs(seed)[:24].upper()}@{host}.eurprd0{alnum(seed, 1, '3578')}.prod.outlook.com>"
    if style == "gmail":
        return f"<CA{alnum(seed, 46).replace('/', '')}@mail.gmail.com>"
    if style == "apple":
        return f"<{hs(seed)[:8].upper()}-{hs(seed)[8:12].upper()}-{hs(seed)[12:16].upper()}-" \
               f"{hs(seed)[16:20].upper()}-{hs(seed)[20:32].upper()}@{domain}>"
    if style == "tb":
        return f"<{hs(seed)[:8]}-{hs(seed)[8:12]}-{hs(seed)[12:16]}-{hs(seed)[16:20]}-{hs(seed)[20:32]}@{domain}>"
    if style == "foxmail":
        return f"<2026{alnum(seed, 16, '0123456789')}{alnum(seed + 'f', 6, '0123456789')}@{domain}>"
    return f"<{hs(seed)[:20]}.{alnum(seed, 6, '0123456789')}@{domain}>"


# ------------------------------------------------------------ the world ----

BD = "halvorsen-pv.example"
SITES = {
    "US": ("Halvorsen Pump & Valve Inc.", "Halvorsen Pump & Valve Inc., 2250 Needmore Rd, Dayton, OH 45414, USA",
           "+1 937 555 0163", EST),
    "UK": ("Halvorsen Pump & Valve Ltd", "Halvorsen Pump & Valve Ltd, Unit 4 Carr Hill Ind. Est., Doncaster DN4 8DE, UK",
           "+44 1302 555 718", UTC),
    "DE": ("Halvorsen Pumpen GmbH", "Halvorsen Pumpen GmbH, Salzstraße 88, 74076 Heilbronn, Deutschland",
           "+49 7131 555 4120", CET),
}
BUYERS = {
    "erin": ("Erin Castellano", "US"), "tasha": ("Tasha Greene", "US"), "dev": ("Devon Marsh", "US"),
    "marcus": ("Marcus Webb", "UK"), "owen": ("Owen Pryce", "UK"),
    "julia": ("Julia Brenner", "DE"), "lena": ("Lena Hoffmann", "DE"),
}


def buyer(key):
    name, site = BUYERS[key]
    local = name.lower().replace(" ", ".")
    return {"name": name, "email": f"{local}@{BD}", "site": site}


def S(sid, name, email_, locale, short=None):
    return {"id": sid, "name": name, "email": email_, "locale": locale, "short": short or name}


def L(n, item, desc, qty, uom, price, date):
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def PO(num, sup, bkey, cur, issued, lines, req=None, lang="en"):
    po = {"po_number": num, "supplier": sup, "buyer": buyer(bkey), "currency": cur, "issued": issued,
          "lines": lines, "_lang": lang}
    if req is not None:
        po["_req"] = req
        po["request_message_id"] = f"<ack.{num}.{req.astimezone(UTC):%Y%m%d%H%M%S}@{BD}>"
    return po


def po_json(po):
    out = {"po_number": po["po_number"],
           "supplier": {k: po["supplier"][k] for k in ("id", "name", "email", "locale")},
           "buyer": {"name": po["buyer"]["name"], "email": po["buyer"]["email"]},
           "currency": po["currency"], "issued": po["issued"]}
    if "request_message_id" in po:
        out["request_message_id"] = po["request_message_id"]
    out["lines"] = po["lines"]
    return out


# ------------------------------------------------- the agent's request ----

UOM_DE = {"EA": "Stk", "KG": "kg", "RL": "Rolle", "M": "m", "BX": "Karton", "SET": "Satz"}


def fq(q, lang):
    s = f"{q:,}"
    return s.replace(",", ".") if lang == "de" else s


def fp(p, lang):
    return p.replace(".", ",") if lang == "de" else p


def fd(iso, lang):
    d = D(iso)
    return f"{d:%d.%m.%Y}" if lang == "de" else f"{d.day:02d} {MONTHS['en'][d.month - 1][:3]} {d.year}"


def req_subject(po):
    if po["_lang"] == "de":
        return f"Bitte um Auftragsbestätigung: Bestellung {po['po_number']}"
    return f"Please confirm purchase order {po['po_number']}"


def req_text(po):
    lang, sup, b = po["_lang"], po["supplier"], po["buyer"]
    ent, adr, tel, _ = SITES[b["site"]]
    out = []
    if lang == "de":
        out += ["Sehr geehrte Damen und Herren,", "",
                f"bitte bestätigen Sie unsere Bestellung {po['po_number']} vom {fd(po['issued'], 'de')}",
                "je Position mit Menge, Einzelpreis und Liefertermin (Eintreffen bei uns),",
                "oder teilen Sie uns mit, was Sie stattdessen zusagen können.", ""]
        for ln in po["lines"]:
            out.append(f"Pos. {ln['line']}  {ln['item']}  {ln['description']}")
            out.append(f"   Menge {fq(ln['quantity'], 'de')} {UOM_DE.get(ln['uom'], ln['uom'])}  |  Preis "
                       f"{fp(ln['unit_price'], 'de')} {po['currency']}/{UOM_DE.get(ln['uom'], ln['uom'])}  |  "
                       f"Termin {fd(ln['requested_date'], 'de')}")
        out += ["", f"Lieferanschrift: {adr}", "", "Mit freundlichen Grüßen", "", b["name"],
                f"Einkauf | {ent}", tel]
    else:
        out += [f"Dear {sup['short']} team,", "",
                f"Please acknowledge our purchase order {po['po_number']} dated {fd(po['issued'], 'en')}:",
                "for each line, confirm quantity, unit price and delivery date (arrival at our",
                "dock), or tell us what you can commit to instead. Just reply to this email.", ""]
        for ln in po["lines"]:
            out.append(f"Line {ln['line']}  {ln['item']}  {ln['description']}")
            out.append(f"   Qty {fq(ln['quantity'], 'en')} {ln['uom']}  |  Price {po['currency']} "
                       f"{ln['unit_price']}/{ln['uom']}  |  Need-by {fd(ln['requested_date'], 'en')}")
        out += ["", f"Ship to: {adr}", "", "Thank you,", "", b["name"], f"Purchasing | {ent}", tel]
    return "\n".join(out)


def request_bytes_text(po):
    """The request as it was sent (text, \\n line ends) - used inside bounces."""
    t = po["_req"]
    body = quopri.encodestring(req_text(po).encode()).decode()
    return "\n".join([
        f"From: {formataddr((po['buyer']['name'], po['buyer']['email']))}",
        f"To: {formataddr((po['supplier']['name'], po['supplier']['email']))}",
        f"Subject: {hdr(req_subject(po))}",
        f"Date: {format_datetime(t)}",
        f"Message-ID: {po['request_message_id']}",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable", "", body.rstrip("\n")])


# -------------------------------------------------------------- quoting ----

def wrote_line(style, name, email_, t):
    d = t
    if style == "gmail-en":
        return f"On {DAYS['en'][d.weekday()][:3]}, {MONTHS['en'][d.month - 1][:3]} {d.day}, {d.year} at {h12(d)} " \
               f"{name} <{email_}> wrote:"
    if style == "apple-en":
        return f"On {MONTHS['en'][d.month - 1][:3]} {d.day}, {d.year}, at {d:%H:%M}, {name} <{email_}> wrote:"
    if style == "gmail-de":
        return f"Am {DAYS['de'][d.weekday()][:2]}., {d.day}. {MONTHS['de'][d.month - 1][:3]}. {d.year} um " \
               f"{d:%H:%M} Uhr schrieb {name} <{email_}>:"
    if style == "tb-de":
        return f"Am {d:%d.%m.%y} um {d:%H:%M} schrieb {name}:"
    if style == "gmail-fr":
        return f"Le {DAYS['fr'][d.weekday()][:3]}. {d.day} {MONTHS['fr'][d.month - 1][:3]}. {d.year} à {d:%H:%M}, " \
               f"{name} <{email_}> a écrit :"
    if style == "gmail-es":
        return f"El {DAYS['es'][d.weekday()][:3]}, {d.day} {MONTHS['es'][d.month - 1][:3]} {d.year} a las " \
               f"{d.hour}:{d.minute:02d}, {name} (<{email_}>) escribió:"
    if style == "gmail-it":
        return f"Il giorno {DAYS['it'][d.weekday()][:3]} {d.day} {MONTHS['it'][d.month - 1][:3]} {d.year} alle ore " \
               f"{d:%H:%M} {name} <{email_}> ha scritto:"
    if style == "gmail-nl":
        return f"Op {DAYS['nl'][d.weekday()][:2]} {d.day} {MONTHS['nl'][d.month - 1][:3]} {d.year} om {d:%H:%M} " \
               f"schreef {name} <{email_}>:"
    if style == "gmail-pt":
        return f"Em {DAYS['pt'][d.weekday()][:3]}., {d.day} de {MONTHS['pt'][d.month - 1][:3]}. de {d.year} às " \
               f"{d:%H:%M}, {name} <{email_}> escreveu:"
    if style == "cs":
        dn = ["po", "út", "st", "čt", "pá", "so", "ne"][d.weekday()]
        return f"Dne {dn} {d.day}. {d.month}. {d.year} {d.hour}:{d.minute:02d} uživatel {name} <{email_}> napsal:"
    if style == "pl":
        return f"W dniu {d.day}.{d.month:02d}.{d.year} o {d:%H:%M}, {name} pisze:"
    raise ValueError(style)


OUTLOOK = {
    "en-US": ("From", "Sent", "To", "Subject",
              lambda d: f"{DAYS['en'][d.weekday()]}, {MONTHS['en'][d.month - 1]} {d.day}, {d.year} {h12(d)}"),
    "en-GB": ("From", "Sent", "To", "Subject",
              lambda d: f"{d.day:02d} {MONTHS['en'][d.month - 1]} {d.year} {d:%H:%M}"),
    "de": ("Von", "Gesendet", "An", "Betreff",
           lambda d: f"{DAYS['de'][d.weekday()]}, {d.day}. {MONTHS['de'][d.month - 1]} {d.year} {d:%H:%M}"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0",
           lambda d: f"{DAYS['fr'][d.weekday()]} {d.day} {MONTHS['fr'][d.month - 1]} {d.year} {d:%H:%M}"),
    "es": ("De", "Enviado el", "Para", "Asunto",
           lambda d: f"{DAYS['es'][d.weekday()]}, {d.day} de {MONTHS['es'][d.month - 1]} de {d.year} {d:%H:%M}"),
    "it": ("Da", "Inviato", "A", "Oggetto",
           lambda d: f"{DAYS['it'][d.weekday()]} {d.day} {MONTHS['it'][d.month - 1]} {d.year} {d:%H:%M}"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp",
           lambda d: f"{DAYS['nl'][d.weekday()]} {d.day} {MONTHS['nl'][d.month - 1]} {d.year} {d:%H:%M}"),
    "pl": ("Od", "Wysłano", "Do", "Temat",
           lambda d: f"{DAYS['pl'][d.weekday()]}, {d.day} {MONTHS['pl'][d.month - 1]} {d.year} {d:%H:%M}"),
    "pt": ("De", "Enviada em", "Para", "Assunto",
           lambda d: f"{DAYS['pt'][d.weekday()]}, {d.day} de {MONTHS['pt'][d.month - 1]} de {d.year} {d:%H:%M}"),
    "sv": ("Från", "Skickat", "Till", "Ämne",
           lambda d: f"den {d.day} {MONTHS['sv'][d.month - 1]} {d.year} {d:%H:%M}"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu",
           lambda d: f"{d.day} {MONTHS['tr'][d.month - 1]} {d.year} {DAYS['tr'][d.weekday()]} {d:%H:%M}"),
}


def quote_outlook(po, lang, rule=True, to_name=None, body=None, frm=None, t=None, subject=None):
    f, s, to, sj, fmt = OUTLOOK[lang]
    frm = frm or (po["buyer"]["name"], po["buyer"]["email"])
    t = t or po["_req"]
    to_name = to_name or po["supplier"]["name"]
    head = [("_" * 32) if rule else "",
            f"{f}: {frm[0]} <{frm[1]}>", f"{s}: {fmt(t)}",
            f"{to}: {to_name} <{po['supplier']['email']}>", f"{sj}: {subject or req_subject(po)}", ""]
    if not rule:
        head = head[1:]
    return "\n".join(head) + "\n" + (body if body is not None else req_text(po))


def quote_gt(po, style, body=None, frm=None, t=None, prefix="> "):
    frm = frm or (po["buyer"]["name"], po["buyer"]["email"])
    t = t or po["_req"]
    body = body if body is not None else req_text(po)
    q = "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in body.split("\n"))
    return wrote_line(style, frm[0], frm[1], t) + "\n" + q


def gt(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


# ----------------------------------------------------------------- MIME ----

def hdr(s):
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def A(name, email_):
    return formataddr((name, email_)) if name else email_


def qp_body(text, charset):
    return quopri.encodestring(text.encode(charset)).decode("ascii").rstrip("\n")


def b64_body(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def text_part(ctype, text, charset="utf-8", cte="quoted-printable", extra=()):
    if cte == "quoted-printable":
        body = qp_body(text, charset)
    elif cte == "base64":
        body = b64_body(text.encode(charset))
    else:
        raw = text.rstrip("\n").encode(charset)
        body = raw.decode("ascii" if cte == "7bit" else charset)
    h = [("Content-Type", f'{ctype}; charset="{charset}"'), ("Content-Transfer-Encoding", cte)] + list(extra)
    return {"h": h, "body": body}


def file_part(ctype, filename, data, inline=False):
    fn = filename if filename.isascii() else Header(filename, "utf-8").encode()
    return {"h": [("Content-Type", f'{ctype}; name="{fn}"'),
                  ("Content-Description", fn),
                  ("Content-Disposition", f'{"inline" if inline else "attachment"}; filename="{fn}"; '
                                          f'size={len(data)}'),
                  ("Content-Transfer-Encoding", "base64")], "body": b64_body(data)}


def multi(sub, parts, seed, extra=""):
    b = f"----=_Part_{alnum(seed, 6, '0123456789')}_{alnum(seed + 'b', 9, '0123456789')}." \
        f"{alnum(seed + 'c', 13, '0123456789')}"
    return {"h": [("Content-Type", f'multipart/{sub};{extra}\n\tboundary="{b}"')], "parts": parts, "b": b}


def render(p):
    s = "\n".join(f"{k}: {v}" for k, v in p["h"]) + "\n\n"
    if "parts" in p:
        if p.get("pre"):
            s += p["pre"] + "\n"
        for sub in p["parts"]:
            s += "\n--" + p["b"] + "\n" + render(sub)
        s += "\n--" + p["b"] + "--\n"
    else:
        s += p["body"] + "\n"
    return s


def autohtml(text, font="Calibri, sans-serif", charset="utf-8"):
    """A plain rendering of a text body as the HTML alternative a client would add."""
    out, inq = [], False
    for line in text.split("\n"):
        q = line.startswith(">")
        if q and not inq:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
        if not q and inq:
            out.append("</blockquote>")
        inq = q
        l = line[1:].lstrip() if q else line
        out.append((html.escape(l) or "&nbsp;") + "<br>")
    if inq:
        out.append("</blockquote>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n'
            f'<body><div style="font-family:{font};font-size:11pt">\n' + "\n".join(out) + "\n</div></body></html>")


def received(from_host, ip, rcpt, t, seed):
    qid = alnum(seed + "q", 11, "BCDFGHJKLMNPQRSTVWXYZ0123456789")
    r = later(t, 2).astimezone(UTC)
    return ("Received", f"from {from_host} ({from_host} [{ip}])\n\t(using TLSv1.3 with cipher "
                        f"TLS_AES_256_GCM_SHA384 (256/256 bits))\n\tby mx2.{BD} (Postfix) with ESMTPS id {qid}\n\t"
                        f"for <{rcpt}>; {format_datetime(r)}")


def later(t, s):
    return t + dt.timedelta(seconds=s)


def mail(seed, *, frm, to, subject, date, body=None, html_body=None, cc=None, irt=None, refs=None,
         mid_style="outlook", mailer=None, charset="utf-8", attachments=(), extra=(), html_only=False,
         rcpt=None, return_path=None, ip="203.0.113.45", mid=None, cte="quoted-printable"):
    """Build a reply.  frm/to/cc are (name, email) or lists of them; body is the text part."""
    from_email = frm[1]
    dom = from_email.split("@")[1]
    rcpt = rcpt or (to[0][1] if isinstance(to, list) else to[1])
    mid = mid or msgid(mid_style, seed, dom)
    hh = [("Return-Path", f"<{return_path or from_email}>"), ("Delivered-To", rcpt),
          received(f"mail.{dom}" if not dom.endswith("gmail.example") else "mail-ed1-f54.google.example",
                   ip, rcpt, date, seed)]
    hh += [("From", A(*frm))]
    tos = to if isinstance(to, list) else [to]
    hh.append(("To", ",\n\t".join(A(*x) for x in tos)))
    if cc:
        ccs = cc if isinstance(cc, list) else [cc]
        hh.append(("Cc", ",\n\t".join(A(*x) for x in ccs)))
    hh.append(("Subject", hdr(subject)))
    hh.append(("Date", format_datetime(date)))
    hh.append(("Message-ID", mid))
    if irt:
        hh.append(("In-Reply-To", irt))
    if refs:
        hh.append(("References", "\n\t".join(refs if isinstance(refs, list) else [refs])))
    if mailer:
        hh.append(("X-Mailer" if not mailer.startswith("UA:") else "User-Agent", mailer.removeprefix("UA:")))
    hh += [(k, hdr(v)) for k, v in extra]
    hh.append(("MIME-Version", "1.0"))
    if html_only:
        core = text_part("text/html", html_body, charset, cte)
    elif html_body is None:
        core = text_part("text/plain", body, charset, cte)
    else:
        hb = autohtml(body, charset=charset) if html_body == "auto" else html_body
        core = multi("alternative", [text_part("text/plain", body, charset, cte),
                                     text_part("text/html", hb, charset, cte)], seed + "alt")
    if attachments:
        core = multi("mixed", [core] + list(attachments), seed + "mix")
    core["h"] = hh + core["h"]
    return render(core).replace("\n", "\r\n").encode("ascii")


def reply_hdrs(po, extra_refs=()):
    """In-Reply-To / References for a direct reply to the agent's request."""
    r = [po["request_message_id"]] + list(extra_refs)
    return {"irt": r[-1], "refs": r}


# ----------------------------------------------------------------- PDF ----

def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(items, title, producer="SAP NetWeaver 7.50 Smart Forms", created="20261104091500+01'00'"):
    """items: list of (x, y, size, bold, text) in points on one A4 page; text cp1252."""
    ops = []
    for x, y, size, bold, text in items:
        ops.append(f"BT /{'F2' if bold else 'F1'} {size} Tf {x} {y} Td ({pdf_escape(text)}) Tj ET")
    ops.append("0.5 w 40 60 m 555 60 l S")
    stream = zlib.compress("\n".join(ops).encode("cp1252"), 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n" + stream +
        b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        ("<< /Title (" + pdf_escape(title) + ") /Producer (" + pdf_escape(producer) + ") /CreationDate (D:" +
         created + ") >>").encode("cp1252"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    fid = hs(title)[:32].upper()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 7 0 R /ID [<{fid}> <{fid}>] >>\n"
            f"startxref\n{x}\n%%EOF\n").encode()
    return bytes(out)


def pdf_table(header_lines, cols, rows, footer_lines, top=800):
    """Lay out a simple ERP document: header text, a column table, footer text."""
    items, y = [], top
    for size, bold, text in header_lines:
        items.append((40, y, size, bold, text))
        y -= size + 5
    y -= 8
    for (x, _), h in zip(cols, [c[1] for c in cols]):
        items.append((x, y, 8, True, h))
    y -= 14
    for row in rows:
        sub = row if isinstance(row[0], list) else [row]
        for r in sub:
            for (x, _), cell in zip(cols, r):
                if cell:
                    items.append((x, y, 8, False, cell))
            y -= 11
        y -= 4
    y -= 8
    for size, bold, text in footer_lines:
        items.append((40, y, size, bold, text))
        y -= size + 4
    return items


# ---------------------------------------------------------------- XLSX ----

def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1", creator="Microsoft Excel"):
    """rows: lists of str / int / Decimal / dt.date / None.  Real minimal SpreadsheetML."""
    strings, sidx = [], {}
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col_letter(c)}{r}"
            if v is None:
                continue
            if isinstance(v, dt.date):
                serial = (v - dt.date(1899, 12, 30)).days
                cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
            elif isinstance(v, (int, Decimal)):
                st = ' s="2"' if isinstance(v, Decimal) else ""
                cells.append(f'<c r="{ref}"{st}><v>{v}</v></c>')
            else:
                if v not in sidx:
                    sidx[v] = len(strings)
                    strings.append(v)
                cells.append(f'<c r="{ref}" t="s"><v>{sidx[v]}</v></c>')
        xml_rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    files = {
        "[Content_Types].xml": decl + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
        'core-properties+xml"/></Types>',
        "_rels/.rels": decl + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="xl/workbook.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
        'core-properties" Target="docProps/core.xml"/></Relationships>',
        "docProps/core.xml": decl + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/'
        'dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f'<dc:creator>{html.escape(creator)}</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-05T08:00:00Z</dcterms:created>'
        '</cp:coreProperties>',
        "xl/workbook.xml": decl + f'<workbook {ns} {rns}><sheets><sheet name="{html.escape(sheet)}" sheetId="1" '
        'r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": decl + '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
        'Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/styles.xml": decl + f'<styleSheet {ns}><fonts count="1"><font><sz val="11"/><name val="Calibri"/>'
        '</font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill '
        'patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/>'
        '<diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
        'borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" '
        'xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        '</styleSheet>',
        "xl/sharedStrings.xml": decl + f'<sst {ns} count="{len(strings)}" uniqueCount="{len(strings)}">' +
        "".join(f'<si><t xml:space="preserve">{html.escape(s, quote=False)}</t></si>' for s in strings) + "</sst>",
        "xl/worksheets/sheet1.xml": decl + f'<worksheet {ns} {rns}><sheetData>' + "".join(xml_rows) +
        "</sheetData></worksheet>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ------------------------------------------------------ expected labels ----

def line_of(po, n):
    return next(l for l in po["lines"] if l["line"] == n)


def acc(po, n):
    l = line_of(po, n)
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
            "date": l["requested_date"]}


def chg(po, n, q=None, p=None, d=None, sched=None):
    l = line_of(po, n)
    out = {"status": "changed", "quantity": q if q is not None else l["quantity"],
           "unit_price": p if p is not None else l["unit_price"], "date": d if d is not None else l["requested_date"]}
    if sched:
        out["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
        out["quantity"] = q if q is not None else sum(a for a, _ in sched)
        out["date"] = d if d is not None else max(b for _, b in sched)
    return out


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(*entries):
    """entries: (po, {line: label}) -> confirmations list."""
    return [{"po_number": po["po_number"], "lines": {str(k): v for k, v in sorted(labels.items())}}
            for po, labels in entries]


def all_acc(po):
    return {l["line"]: acc(po, l["line"]) for l in po["lines"]}


def result(slug, pos, eml, kind, notes, readme, confirmations=None):
    exp = {"kind": kind}
    if kind == "confirmation":
        exp["confirmations"] = confirmations
    exp["notes"] = notes
    return {"slug": slug, "pos": [po_json(p) for p in pos], "eml": eml, "exp": exp, "readme": readme, "kind": kind}


def inline_answers(po, answers, style="gmail-en", prefix="> ", after="qty"):
    """Quote the request and put the supplier's answer (unquoted) under each line's detail row."""
    body = req_text(po).split("\n")
    out = []
    cur = None
    for l in body:
        out.append((prefix + l).rstrip() if l else prefix.rstrip())
        if l.startswith("Line ") or l.startswith("Pos. "):
            cur = int(l.split()[1])
        elif cur is not None and l.startswith("   ") and cur in answers:
            out.append(answers[cur])
            cur = None
    head = wrote_line(style, po["buyer"]["name"], po["buyer"]["email"], po["_req"]) if style else ""
    return (head + "\n" if head else "") + "\n".join(out)


# ========================================================================
# confirmations: one-liners
# ========================================================================

@case
def c_buckeye_ok():
    sup = S("BUCKEYE", "Buckeye Gasket & Seal Co.", "orders@buckeyegasket.example", "en-US", "Buckeye Gasket")
    po = PO("4700031180", sup, "erin", "USD", "2026-11-02", [
        L(1, "HPV-GK-2210", "Spiral wound gasket 4in CL150, 316/graphite", 120, "EA", "18.40", "2026-12-09"),
        L(2, "HPV-GK-2214", "Spiral wound gasket 6in CL150, 316/graphite", 60, "EA", "27.95", "2026-12-09"),
    ], req=T("2026-11-02", "10:04", EST))
    t = T("2026-11-02", "15:41", EST)
    body = "OK\n\n" + quote_gt(po, "gmail-en")
    eml = mail("c1", frm=("Dale Kowalczyk", "dale@buckeyegasket.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="Re: " + req_subject(po), date=t,
               body=body, html_body="auto", mid_style="gmail", **reply_hdrs(po))
    return result("buckeye-bare-ok", [po], eml, "confirmation",
                  "Whole reply is 'OK' above the Gmail quote of the request: accepts every line as ordered.",
                  "confirmation/en-US | two-letter reply, everything else is quoted text",
                  conf((po, all_acc(po))))


@case
def c_tyneside_confirmed_iphone():
    sup = S("TYNEHOSE", "Tyneside Hose & Fittings Ltd", "sales@tynesidehose.example", "en-GB", "Tyneside Hose")
    po = PO("UK-PO-88412", sup, "marcus", "GBP", "2026-11-03", [
        L(1, "HPV-HS-0412", "Hydraulic hose 1/2in 2SN, cut 1.2 m, crimped JIC", 40, "EA", "23.10", "2026-12-14"),
        L(2, "HPV-HS-0416", "Hydraulic hose 3/4in 2SN, cut 0.8 m, crimped JIC", 25, "EA", "29.85", "2026-12-14"),
        L(3, "HPV-FT-1090", "Adaptor 3/4 BSP male x 3/4 JIC male", 50, "EA", "4.62", "2026-12-14"),
    ], req=T("2026-11-03", "08:30", UTC))
    t = T("2026-11-03", "12:07", UTC)
    body = "Confirmed.\n\nSent from my iPhone\n\n" + quote_gt(po, "apple-en")
    eml = mail("c2", frm=("Gary Robson", "gary.robson@tynesidehose.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="Re: " + req_subject(po), date=t,
               body=body, html_body="auto", mid_style="apple", mailer="iPhone Mail (22B91)", **reply_hdrs(po))
    return result("tyneside-confirmed-iphone", [po], eml, "confirmation",
                  "'Confirmed.' from an iPhone, nothing else: all three lines accepted as ordered.",
                  "confirmation/en-GB | one word plus mobile footer",
                  conf((po, all_acc(po))))


@case
def c_redrock_approved():
    sup = S("REDROCK", "Red Rock Electric Motor Supply", "cs@redrockmotor.example", "en-US", "Red Rock")
    po = PO("4700031236", sup, "tasha", "USD", "2026-11-04", [
        L(1, "HPV-MT-7520", "TEFC motor 7.5 HP 1800 rpm 213T, 230/460V", 6, "EA", "742.00", "2027-01-08"),
    ], req=T("2026-11-04", "09:15", EST))
    t = T("2026-11-04", "16:52", CST)
    body = ("Approved - thx\n\nRay\n\n" + quote_outlook(po, "en-US"))
    eml = mail("c3", frm=("Ray Tenorio", "rtenorio@redrockmotor.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), cc=("Red Rock CS", "cs@redrockmotor.example"),
               subject="RE: " + req_subject(po), date=t, body=body, html_body="auto",
               mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("redrock-approved", [po], eml, "confirmation",
                  "Supplier writes 'Approved - thx' (supplier jargon for entering/accepting the order): accepted.",
                  "confirmation/en-US | 'Approved' as the whole commitment",
                  conf((po, all_acc(po))))


@case
def c_pennant_thumbsup():
    sup = S("PENNANT", "Pennant Cable & Wire Ltd", "orders@pennantcable.example", "en-GB", "Pennant Cable")
    po = PO("UK-PO-88437", sup, "owen", "GBP", "2026-11-05", [
        L(1, "HPV-CB-3G15", "H07RN-F 3G1.5 rubber cable, 100 m drum", 4, "EA", "148.00", "2026-12-04"),
        L(2, "HPV-CB-4G25", "H07RN-F 4G2.5 rubber cable, 100 m drum", 2, "EA", "236.50", "2026-12-04"),
    ], req=T("2026-11-05", "09:02", UTC))
    t = T("2026-11-05", "09:48", UTC)
    body = "\U0001F44D all good, cheers Owen\n\nGet Outlook for Android\n\n" + quote_outlook(po, "en-GB", rule=False)
    eml = mail("c4", frm=("Kerry Hughes", "kerry.hughes@pennantcable.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="Re: " + req_subject(po), date=t,
               body=body, html_body="auto", mid_style="exo", **reply_hdrs(po))
    return result("pennant-thumbs-up-android", [po], eml, "confirmation",
                  "Emoji thumbs-up plus 'all good' from Outlook for Android: both lines accepted as ordered.",
                  "confirmation/en-GB | emoji one-liner",
                  conf((po, all_acc(po))))


@case
def c_lakeview_inline():
    sup = S("LAKEVIEW", "Lakeview Plastics Molding Inc.", "sales@lakeviewplastics.example", "en-US", "Lakeview Plastics")
    po = PO("4700031302", sup, "dev", "USD", "2026-11-05", [
        L(1, "HPV-PL-0081", "Impeller cover, glass-filled PP, black", 500, "EA", "2.35", "2026-12-04"),
        L(2, "HPV-PL-0082", "Terminal box lid, PA66, grey", 800, "EA", "1.18", "2026-12-11"),
        L(3, "HPV-PL-0120", "Fan shroud 213T, PP", 150, "EA", "3.90", "2026-12-11"),
    ], req=T("2026-11-05", "13:20", EST))
    t = T("2026-11-06", "08:11", EST)
    body = ("Hi Devon - answers inline below.\n\nPat\n\n" +
            inline_answers(po, {1: "OK", 2: "Can do 12/18, not 12/11 - mold is in maintenance wk 50",
                                3: "Price is $4.15 now, sorry - resin surcharge. Date ok."}))
    eml = mail("c5", frm=("Pat Lindqvist", "plindqvist@lakeviewplastics.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="Re: " + req_subject(po), date=t,
               body=body, html_body="auto", mid_style="gmail", **reply_hdrs(po))
    return result("lakeview-inline-answers", [po], eml, "confirmation",
                  "Answers written between the quoted lines: line 1 OK; line 2 date 12/18 (US month-first) -> "
                  "2026-12-18; line 3 price 4.15 instead of 3.90, date unchanged.",
                  "confirmation/en-US | answers inline between '>' quoted lines",
                  conf((po, {1: acc(po, 1), 2: chg(po, 2, d="2026-12-18"), 3: chg(po, 3, p="4.15")})))


@case
def c_kroeger_de_lines():
    sup = S("KROEGER", "Kröger Dichtungstechnik GmbH", "auftrag@kroeger-dichtung.example", "de-DE")
    po = PO("4500078114", sup, "julia", "EUR", "2026-11-04", [
        L(1, "HPV-OR-3220", "O-Ring 32x2 FKM 75 Shore", 2000, "EA", "0.38", "2026-12-11"),
        L(2, "HPV-WD-4062", "Wellendichtring 40x62x7 NBR", 400, "EA", "4.60", "2026-12-11"),
        L(3, "HPV-GR-0550", "Gleitringdichtung 55 mm SiC/SiC", 30, "EA", "186.00", "2027-01-15"),
    ], req=T("2026-11-04", "10:10", CET), lang="de")
    t = T("2026-11-05", "14:33", CET)
    body = ("Hallo Frau Brenner,\n\nvielen Dank für Ihre Bestellung, hier unsere Rückmeldung:\n\n"
            "Pos. 1 - in Ordnung wie bestellt\n"
            "Pos. 2 - Menge und Termin ok, Preis leider 4,85 EUR/Stk (Materialteuerung NBR, siehe Schreiben vom "
            "September)\n"
            "Pos. 3 - Preis ok, Liefertermin KW 3/2027 möglich, früher schaffen wir die SiC-Ringe nicht\n\n"
            "Mit freundlichen Grüßen\ni.A. Sabine Krull\nInnendienst\n\nKröger Dichtungstechnik GmbH\n"
            "Gewerbering 14 | 33428 Harsewinkel\nTel. +49 5247 555 310\n"
            "Geschäftsführer: Dirk Kröger | HRB 4471 Amtsgericht Gütersloh\n\n" + quote_outlook(po, "de"))
    eml = mail("c6", frm=("Sabine Krull", "s.krull@kroeger-dichtung.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="AW: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("kroeger-de-line-by-line", [po], eml, "confirmation",
                  "German line-by-line: Pos. 1 as ordered; Pos. 2 price 4,85 (decimal comma) instead of 4,60; "
                  "Pos. 3 'KW 3/2027' without a day -> Friday 2027-01-22.",
                  "confirmation/de-DE | per-position changes, KW without day, decimal comma",
                  conf((po, {1: acc(po, 1), 2: chg(po, 2, p="4.85"), 3: chg(po, 3, d=kw(2027, 3))})))


@case
def c_calder_partial():
    sup = S("CALDER", "Calder Sheet Metal Ltd", "sales@caldersheet.example", "en-GB", "Calder Sheet Metal")
    po = PO("UK-PO-88460", sup, "marcus", "GBP", "2026-11-06", [
        L(1, "HPV-SM-2500", "Baseplate 2.5 mm S355, laser cut + folded, drg 55-210 rev B", 800, "EA", "6.75",
          "2027-01-22"),
        L(2, "HPV-SM-2510", "Guard bracket 2 mm DC01, zinc plated", 300, "EA", "2.20", "2027-01-22"),
    ], req=T("2026-11-06", "11:00", UTC))
    t = T("2026-11-09", "10:26", UTC)
    body = ("Morning Marcus,\n\nThanks for the order. Bad news on the baseplates I'm afraid - we can only do 600 of "
            "the 800. That's every sheet of 2.5 S355 we've got and the mill can't roll any more before Q2, so "
            "please treat the 600 as final rather than a part delivery; you'll need to source the other 200 "
            "elsewhere.\n\nEverything else fine - both lines on the 22nd Jan as you asked, prices as PO.\n\n"
            "Regards\n\nJanet Ackroyd\nSales Office\nCalder Sheet Metal Ltd | Brighouse HD6 1RX\n"
            "T: 01484 555 902\n\nThis e-mail and any attachments are confidential and intended solely for the "
            "addressee. If you have received it in error please notify the sender and delete it. Calder Sheet "
            "Metal Ltd, registered in England No. 04417729.\n\n" + quote_outlook(po, "en-GB"))
    eml = mail("c7", frm=("Janet Ackroyd", "janet@caldersheet.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="RE: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("calder-partial-600-of-800", [po], eml, "confirmation",
                  "Line 1 confirmed for 600 of 800 only, explicitly final (no later balance, so no schedule); "
                  "date and price as PO. Line 2 as ordered.",
                  "confirmation/en-GB | short quantity, not a split",
                  conf((po, {1: chg(po, 1, q=600), 2: acc(po, 2)})))


@case
def c_jiahe_split_zh():
    sup = S("JIAHE", "Ningbo Jiahe Precision Casting Co., Ltd", "sales@jiahe-casting.example", "zh-CN", "Jiahe")
    po = PO("4700031355", sup, "dev", "USD", "2026-11-06", [
        L(1, "HPV-CS-1180", "Investment cast impeller 1180, CF8M", 5000, "EA", "3.72", "2027-01-29"),
    ], req=T("2026-11-06", "09:40", EST))
    t = T("2026-11-09", "17:05", CHN)
    body = ("Devon 您好，\n\n订单 4700031355 已收到，谢谢！\n\n"
            "单价 USD 3.72 不变，数量 5000 件，因模具产能分两批交货（到货时间）：\n"
            "第一批 3000 件：1月22日到贵司\n"
            "第二批 2000 件：2月26日到贵司（春节放假后）\n\n"
            "请知悉，谢谢！\n\n"
            "祝好\n王丽 Lily Wang\n宁波佳和精密铸造有限公司 | 外贸部\n电话：+86 574 5555 8821\n\n"
            "------------------ 原始邮件 ------------------\n"
            f"发件人: \"{po['buyer']['name']}\"<{po['buyer']['email']}>;\n"
            "发送时间: 2026年11月6日(星期五) 晚上10:40\n"
            f"收件人: \"sales\"<{sup['email']}>;\n"
            f"主题: {req_subject(po)}\n\n" + req_text(po))
    eml = mail("c8", frm=("王丽", "lily.wang@jiahe-casting.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="回复：" + req_subject(po), date=t,
               body=body, html_body="auto", mid_style="foxmail", charset="gbk",
               mailer="Foxmail 7.2.25.228[cn]", **reply_hdrs(po))
    return result("jiahe-zh-split-delivery", [po], eml, "confirmation",
                  "Chinese (GBK) reply: price unchanged, 5000 pcs in two arrivals, dates without year after a "
                  "November mail -> 2027-01-22 (3000) and 2027-02-26 (2000); last delivery is the line date.",
                  "confirmation/zh-CN | split delivery, dates without year, GBK charset",
                  conf((po, {1: chg(po, 1, sched=[(3000, "2027-01-22"), (2000, "2027-02-26")])})))


@case
def c_mecafor_fr_reject_line():
    sup = S("MECAFOR", "Mécafor Industrie SAS", "adv@mecafor.example", "fr-FR", "Mécafor")
    po = PO("4500078160", sup, "lena", "EUR", "2026-11-05", [
        L(1, "HPV-AX-1020", "Arbre de pompe Ø25 inox 1.4462, usiné", 60, "EA", "84.50", "2027-01-15"),
        L(2, "HPV-AX-1021", "Arbre de pompe Ø32 inox 1.4462, usiné", 40, "EA", "112.00", "2027-01-15"),
        L(3, "HPV-DS-0032", "Entretoise Ø32 inox 1.4404", 200, "EA", "3.15", "2027-01-15"),
    ], req=T("2026-11-05", "15:00", CET))
    t = T("2026-11-06", "11:24", CET)
    body = ("Bonjour Madame Hoffmann,\n\nNous accusons bonne réception de votre commande 4500078160 et vous en "
            "remercions.\n\nLignes 1 et 3 : conformes à votre commande (quantités, prix et délai du 15/01).\n"
            "Ligne 2 : nous ne pouvons malheureusement pas donner suite, le rond Ø36 en 1.4462 n'est plus "
            "disponible chez notre aciériste avant l'été. Nous annulons donc cette ligne de notre côté.\n\n"
            "Bien cordialement,\n\nCamille Fournier\nAdministration des ventes\nMÉCAFOR INDUSTRIE SAS\n"
            "ZI des Gravières - 25460 Étupes\nTél. : +33 3 81 55 52 40\n\n" + quote_outlook(po, "fr"))
    eml = mail("c9", frm=("Camille Fournier", "c.fournier@mecafor.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="RE: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("mecafor-fr-reject-one-line", [po], eml, "confirmation",
                  "French: lines 1 and 3 'conformes' (15/01 is the PO date, day-first); line 2 cannot be supplied "
                  "and is cancelled -> rejected.",
                  "confirmation/fr-FR | one line rejected, others accepted",
                  conf((po, {1: acc(po, 1), 2: REJ, 3: acc(po, 3)})))


@case
def c_fundiciones_es_reject_all():
    sup = S("FUNDNORTE", "Fundiciones del Norte S.A.", "pedidos@fundinorte.example", "es-ES", "Fundiciones del Norte")
    po = PO("4500078177", sup, "lena", "EUR", "2026-11-06", [
        L(1, "HPV-CS-2250", "Cuerpo de bomba GJS-400, mecanizado", 24, "EA", "212.00", "2027-02-12"),
        L(2, "HPV-CS-2251", "Tapa de bomba GJS-400, mecanizada", 24, "EA", "96.40", "2027-02-12"),
    ], req=T("2026-11-06", "10:30", CET))
    t = T("2026-11-10", "09:12", CET)
    body = ("Buenos días Lena,\n\nGracias por el pedido 4500078177. Lamentablemente no podemos aceptarlo: la "
            "línea de moldeo está al 100% hasta finales de abril y no podemos comprometernos con el plazo de "
            "febrero ni con ningún otro antes del verano. Preferimos decirlo ahora y no fallarles.\n\n"
            "Sentimos las molestias. Quedamos a su disposición para futuras ocasiones.\n\n"
            "Un saludo,\n\nIñaki Etxeberria\nDpto. Comercial\nFundiciones del Norte S.A. - Polígono Ugaldeguren "
            "III, 48170 Zamudio (Bizkaia)\n\n" + quote_gt(po, "gmail-es"))
    eml = mail("c10", frm=("Iñaki Etxeberria", "inaki.etxeberria@fundinorte.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="Re: " + req_subject(po), date=t,
               body=body, html_body="auto", mid_style="gmail", **reply_hdrs(po))
    return result("fundiciones-es-reject-order", [po], eml, "confirmation",
                  "Spanish: the supplier declines the whole order (no capacity); a rejection is an answer -> "
                  "confirmation with every line rejected.",
                  "confirmation/es-ES | whole order declined",
                  conf((po, {1: REJ, 2: REJ})))


@case
def c_brenner_de_per100():
    sup = S("SCHRAUBWG", "Schraubenwerk Gaisbach GmbH & Co. KG", "verkauf@schraubenwerk-gaisbach.example", "de-DE")
    po = PO("4500078201", sup, "julia", "EUR", "2026-11-06", [
        L(1, "HPV-SC-0816", "Zylinderschraube ISO 4762 M8x16 8.8 verzinkt", 5000, "EA", "0.118", "2026-12-18"),
        L(2, "HPV-MU-0008", "Sechskantmutter ISO 4032 M8 8 verzinkt", 5000, "EA", "0.054", "2026-12-18"),
    ], req=T("2026-11-06", "13:05", CET), lang="de")
    t = T("2026-11-09", "08:02", CET)
    body = ("Guten Morgen Frau Brenner,\n\ndanke für die Bestellung. Bestätigung:\n\n"
            "Pos. 1  M8x16  5.000 St.  11,80 EUR / 100 St.  (unverändert)  Liefertermin 18.12.\n"
            "Pos. 2  M8     5.000 St.   5,90 EUR / 100 St.  Liefertermin 18.12.\n\n"
            "Bei Pos. 2 gilt bereits die Preisliste 2027, sorry.\n\n"
            "Gruß\nMarkus Pfisterer\nVerkaufsinnendienst\nSchraubenwerk Gaisbach GmbH & Co. KG\n\n"
            + quote_outlook(po, "de"))
    eml = mail("c11", frm=("Pfisterer, Markus", "m.pfisterer@schraubenwerk-gaisbach.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="AW: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("gaisbach-de-price-per-100", [po], eml, "confirmation",
                  "Prices quoted per 100 pieces while the PO is per piece: Pos. 1 11,80/100 = 0.118 (same); "
                  "Pos. 2 5,90/100 = 0.059 (was 0.054). '18.12.' without year -> 2026-12-18 (the PO date).",
                  "confirmation/de-DE | price per 100 vs per piece",
                  conf((po, {1: acc(po, 1), 2: chg(po, 2, p="0.059")})))


@case
def c_midwest_per_m():
    sup = S("MIDWFAST", "Midwest Fastener Distributors", "quotes@midwestfastener.example", "en-US", "Midwest Fastener")
    po = PO("4700031391", sup, "erin", "USD", "2026-11-09", [
        L(1, "HPV-FA-1420", "Flat washer #10 SAE, zinc", 10000, "EA", "0.0420", "2026-12-16"),
        L(2, "HPV-FA-1512", "Hex cap screw 5/16-18 x 1, Gr 5, zinc", 4000, "EA", "0.118", "2026-12-16"),
    ], req=T("2026-11-09", "09:30", EST))
    t = T("2026-11-09", "14:45", CST)
    body = ("Erin,\n\nThanks for the PO. Confirming:\n\n"
            "#10 SAE flat washer - 10M @ $44.50/M\n"
            "5/16-18 x 1 HCS Gr5 - 4M @ $118.00/M\n\n"
            "Both in stock, will deliver 12/16 on our truck.\n\n"
            "Bob Szymanski\nMidwest Fastener Distributors\n(414) 555-0177\n\n" + quote_outlook(po, "en-US"))
    eml = mail("c12", frm=("Bob Szymanski", "bob@midwestfastener.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="RE: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("midwest-price-per-m", [po], eml, "confirmation",
                  "Fastener trade 'M' = per thousand, lines named by description only: washer $44.50/M = 0.0445 "
                  "(PO 0.0420) -> changed; screw $118.00/M = 0.118 -> accepted. '10M' = 10,000 pcs.",
                  "confirmation/en-US | price per M (thousand), lines matched by description",
                  conf((po, {1: chg(po, 1, p="0.0445"), 2: acc(po, 2)})))


# ========================================================================
# confirmations: price units, surcharges, dates
# ========================================================================

@case
def c_granite_box_of_50():
    sup = S("GRANITE", "Granite State Industrial Supply", "orders@granitestateind.example", "en-US", "Granite State")
    po = PO("4700031420", sup, "tasha", "USD", "2026-11-09", [
        L(1, "HPV-CT-0375", "Cable tie 7.5in 50 lb UV black", 2000, "EA", "0.45", "2026-12-10"),
        L(2, "HPV-SP-1200", "Thread sealant PTFE paste, 250 ml", 100, "EA", "9.80", "2026-12-10"),
    ], req=T("2026-11-09", "11:10", EST))
    t = T("2026-11-10", "09:03", EST)
    body = ("Hi Tasha,\n\nGot it, thanks. Couple notes:\n\n"
            "- Cable ties come in boxes of 50, priced $22.50/box, so 40 boxes for your 2000.\n"
            "- Sealant ships in cases of 12 only. I rounded you up to 108 (9 cases), same $9.80 ea.\n\n"
            "Delivery 12/10 on both.\n\n"
            "Thanks!\nMegan O'Rourke\nCustomer Service | Granite State Industrial Supply\n"
            "603-555-0140 | Manchester, NH\n\n" + quote_gt(po, "gmail-en"))
    eml = mail("c13", frm=("Megan O'Rourke", "morourke@granitestateind.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="Re: " + req_subject(po), date=t,
               body=body, html_body="auto", mid_style="gmail", **reply_hdrs(po))
    return result("granite-box-of-50-case-rounding", [po], eml, "confirmation",
                  "Line 1 price stated per box of 50: 22.50/50 = 0.45 = PO price, so accepted despite looking like "
                  "a different price. Line 2 rounded up to full cases: quantity 108 instead of 100.",
                  "confirmation/en-US | per-box price equal to PO, case rounding changes quantity",
                  conf((po, {1: acc(po, 1), 2: chg(po, 2, q=108)})))


@case
def c_zeeland_per_kg():
    sup = S("ZEELPACK", "Zeeland Verpakkingen B.V.", "verkoop@zeelandverpakkingen.example", "nl-NL",
            "Zeeland Verpakkingen")
    po = PO("4500078233", sup, "lena", "EUR", "2026-11-09", [
        L(1, "HPV-PK-5023", "Stretchfolie 500 mm 23 µm, rol 16 kg netto", 40, "RL", "38.40", "2027-01-08"),
        L(2, "HPV-PK-4850", "Verpakkingstape PP 48 mm x 66 m, bruin", 360, "RL", "1.10", "2027-01-08"),
    ], req=T("2026-11-09", "14:00", CET))
    t = T("2026-11-10", "10:41", CET)
    body = ("Goedemorgen Lena,\n\nDank voor de order. Onze bevestiging:\n\n"
            "Stretchfolie 500mm/23my: 40 rollen à 16 kg = 640 kg, prijs per 1 januari € 2,55 per kg "
            "(folieprijzen zijn weer gestegen).\n"
            "Tape 48mm: 10 dozen à 36 rollen, € 39,60 per doos.\n\n"
            "Levering: week 2, eerder lukt helaas niet door de feestdagen.\n\n"
            "Met vriendelijke groet,\n\nSanne de Koning\nBinnendienst\nZeeland Verpakkingen B.V. | "
            "Edisonweg 21 | 4382 NV Vlissingen\nT +31 118 555 640\n\n" + quote_gt(po, "gmail-nl"))
    eml = mail("c14", frm=("Sanne de Koning", "sanne@zeelandverpakkingen.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="Re: " + req_subject(po), date=t,
               body=body, html_body="auto", mid_style="gmail", **reply_hdrs(po))
    return result("zeeland-nl-per-kg-per-box", [po], eml, "confirmation",
                  "Dutch. Line 1 priced per kg, PO per 16 kg roll: 2,55 x 16 = 40.80 per roll (was 38.40). "
                  "Line 2 per box of 36 rolls: 39,60/36 = 1.10 = PO. 'week 2' (no day) for both -> Friday "
                  "2027-01-15 instead of 2027-01-08.",
                  "confirmation/nl-NL | per-kg and per-box prices converted to the PO unit, week number",
                  conf((po, {1: chg(po, 1, p="40.80", d=kw(2027, 2)), 2: chg(po, 2, d=kw(2027, 2))})))


@case
def c_officine_it_surcharge():
    sup = S("OFFBRIAN", "Officine Brianza S.r.l.", "ordini@officinebrianza.example", "it-IT", "Officine Brianza")
    po = PO("4500078250", sup, "julia", "EUR", "2026-11-09", [
        L(1, "HPV-FL-0800", "Flangia DN80 PN16 acciaio zincato", 150, "EA", "12.00", "2027-02-05"),
        L(2, "HPV-BU-0012", "Bussola in bronzo 20x26x25", 400, "EA", "3.80", "2027-02-05"),
    ], req=T("2026-11-09", "15:20", CET))
    t = T("2026-11-11", "12:15", CET)
    body = ("Gentile Sig.ra Brenner,\n\ncon la presente confermiamo il Vs. ordine n. 4500078250 per quantità e "
            "data di consegna richieste (05/02/2027).\n\nI prezzi indicati sono da intendersi maggiorati del "
            "supplemento energia del 4,5% applicato a tutte le righe dal 1° novembre, come da ns. circolare.\n\n"
            "Cordiali saluti\n\nFederica Colombo\nUfficio Commerciale\nOfficine Brianza S.r.l. - Via Monza 118 - "
            "20855 Lesmo (MB)\nTel. +39 039 555 2781\n\nAi sensi del Regolamento UE 2016/679 le informazioni "
            "contenute in questa e-mail sono riservate. Se avete ricevuto questo messaggio per errore vi preghiamo "
            "di cancellarlo e di avvisare il mittente.\n\n" + quote_outlook(po, "it"))
    eml = mail("c15", frm=("Federica Colombo", "f.colombo@officinebrianza.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="R: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("officine-it-energy-surcharge", [po], eml, "confirmation",
                  "Italian: quantities and date as ordered, 4.5% energy surcharge on all lines applied to the PO "
                  "prices: 12.00 -> 12.54, 3.80 -> 3.971.",
                  "confirmation/it-IT | percentage surcharge on PO prices",
                  conf((po, {1: chg(po, 1, p="12.54"), 2: chg(po, 2, p="3.971")})))


@case
def c_alleghany_ship_only():
    sup = S("ALLEGH", "Alleghany Valve & Fitting Co.", "customerservice@alleghanyvalve.example", "en-US", "Alleghany")
    po = PO("4700031448", sup, "erin", "USD", "2026-11-10", [
        L(1, "HPV-BV-0200", "Ball valve 2in 3-pc SS316 NPT, 1000 WOG", 36, "EA", "61.25", "2026-12-16"),
        L(2, "HPV-BV-0100", "Ball valve 1in 3-pc SS316 NPT, 1000 WOG", 48, "EA", "33.80", "2026-12-16"),
    ], req=T("2026-11-10", "10:00", EST))
    t = T("2026-11-10", "15:37", EST)
    body = ("Good afternoon Erin,\n\nYour PO 4700031448 has been entered as our SO 771204. Pricing per PO.\n"
            "Both items will ship complete 12/14 via UPS Ground from our Pittsburgh warehouse.\n\n"
            "Please let me know if you need anything else.\n\nRegards,\nDenise Marchetti\nCustomer Service "
            "Representative\nAlleghany Valve & Fitting Co.\n412-555-0119\n\n" + quote_outlook(po, "en-US"))
    eml = mail("c16", frm=("Denise Marchetti", "dmarchetti@alleghanyvalve.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="RE: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("alleghany-ship-date-only", [po], eml, "confirmation",
                  "Only a ship date is given ('ship complete 12/14 via UPS Ground'); per the rules the ship date "
                  "is the line date: 2026-12-14 (PO asked 12/16) -> changed although it is earlier.",
                  "confirmation/en-US | ship date only, earlier than need-by",
                  conf((po, {1: chg(po, 1, d="2026-12-14"), 2: chg(po, 2, d="2026-12-14")})))


@case
def c_hengtai_etd_eta():
    sup = S("HENGTAI", "Hengtai Pump Parts (Taizhou) Co., Ltd", "export@hengtai-pump.example", "en-US", "Hengtai")
    po = PO("4500078266", sup, "lena", "EUR", "2026-11-10", [
        L(1, "HPV-MS-0450", "Mechanical seal 45 mm type 560, carbon/SiC/EPDM", 300, "EA", "14.60", "2027-02-26"),
        L(2, "HPV-MS-0550", "Mechanical seal 55 mm type 560, carbon/SiC/EPDM", 200, "EA", "17.90", "2027-02-26"),
    ], req=T("2026-11-10", "08:45", CET))
    t = T("2026-11-11", "16:20", CHN)
    body = ("Dear Lena,\n\nGood day! Thanks for your PO 4500078266.\n\nWe confirm qty and price for both items. "
            "Because of Chinese New Year (factory closed 3 Feb - 17 Feb) we need to ship before the holiday:\n\n"
            "ETD Ningbo: 2027-01-20\nETA Heilbronn (DDP, your warehouse): 2027-03-05\n\n"
            "Sorry it is one week later than your need date. Sea freight is 6 weeks now because of the Red Sea "
            "routing.\n\nBest regards\nKevin Zhou\nSales Manager | Hengtai Pump Parts (Taizhou) Co., Ltd\n"
            "Mob/WeChat: +86 138 5555 0166\n\n" + quote_outlook(po, "en-US"))
    eml = mail("c17", frm=("Kevin Zhou", "kevin@hengtai-pump.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="RE: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("hengtai-etd-vs-eta", [po], eml, "confirmation",
                  "Both an ETD (ship date 2027-01-20) and an ETA at the buyer's warehouse (DDP) are given: the "
                  "delivery date wins -> 2027-03-05 for both lines, price and quantity as PO.",
                  "confirmation/en (Chinese supplier) | ETD vs ETA, delivery date wins",
                  conf((po, {1: chg(po, 1, d="2027-03-05"), 2: chg(po, 2, d="2027-03-05")})))


@case
def c_vogtland_kw53():
    sup = S("VOGTLAND", "Vogtland Antriebstechnik GmbH", "vertrieb@vogtland-antriebe.example", "de-DE")
    po = PO("4500078281", sup, "julia", "EUR", "2026-11-10", [
        L(1, "HPV-KU-0042", "Klauenkupplung Gr. 42, Alu, komplett", 80, "EA", "27.30", "2026-12-18"),
        L(2, "HPV-KU-0048", "Klauenkupplung Gr. 48, Alu, komplett", 50, "EA", "35.10", "2027-01-08"),
    ], req=T("2026-11-10", "13:00", CET), lang="de")
    t = T("2026-11-12", "07:51", CET)
    body = ("Hallo Frau Brenner,\n\nbesten Dank für Ihre Bestellung, die wir zu den genannten Preisen und "
            "Mengen gerne bestätigen.\n\nTermine:\nPos. 1: KW 53\nPos. 2: Dienstag, KW 2\n\n"
            "Zwischen den Jahren arbeiten wir mit Notbesetzung, der Versand in KW 53 ist aber eingeplant.\n\n"
            "Viele Grüße\nThomas Seidel\nVogtland Antriebstechnik GmbH\nAm Lohberg 7, 08525 Plauen\n"
            "Tel. 03741 555 198\n\n" + quote_gt(po, "tb-de"))
    eml = mail("c18", frm=("Thomas Seidel", "t.seidel@vogtland-antriebe.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="Re: " + req_subject(po), date=t,
               body=body, html_body=None, mid_style="tb",
               mailer="UA:Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2",
               **reply_hdrs(po))
    return result("vogtland-kw53-and-day-in-kw", [po], eml, "confirmation",
                  "2026 has 53 ISO weeks: 'KW 53' without a day -> Friday 2027-01-01. 'Dienstag, KW 2' -> Tuesday "
                  "of ISO week 2 of 2027 = 2027-01-12. Prices and quantities confirmed.",
                  "confirmation/de-DE | ISO week 53 across the year end, weekday inside a KW, plain-text Thunderbird",
                  conf((po, {1: chg(po, 1, d=kw(2026, 53)), 2: chg(po, 2, d=kw(2027, 2, 2))})))


@case
def c_hessen_noyear():
    sup = S("HESSFORM", "Hessische Formteile GmbH", "auftragsannahme@hessische-formteile.example", "de-DE")
    po = PO("4500078299", sup, "lena", "EUR", "2026-11-12", [
        L(1, "HPV-FT-6601", "Formdichtung EPDM Deckel 6601", 1000, "EA", "1.74", "2026-12-11"),
        L(2, "HPV-FT-6602", "Formdichtung EPDM Flansch 6602", 1000, "EA", "0.96", "2027-01-15"),
    ], req=T("2026-11-12", "09:00", CET), lang="de")
    t = T("2026-11-27", "11:09", CET)
    body = ("Sehr geehrte Frau Hoffmann,\n\nentschuldigen Sie die späte Rückmeldung.\n\n"
            "Pos. 1: Lieferung am 14.12.\nPos. 2: Lieferung am 8.1.\n\nPreise und Mengen wie bestellt.\n\n"
            "Mit freundlichen Grüßen\n\nJana Wiegand\nAuftragsabwicklung\n\nHessische Formteile GmbH\n"
            "Industriestraße 40 · 35614 Aßlar\n\n" + quote_outlook(po, "de"))
    eml = mail("c19", frm=("Wiegand, Jana", "j.wiegand@hessische-formteile.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="AW: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("hessen-dates-without-year", [po], eml, "confirmation",
                  "Dates without a year in a mail of 27 Nov 2026: '14.12.' -> 2026-12-14, '8.1.' -> next 8 January "
                  "= 2027-01-08. Both differ from the PO dates.",
                  "confirmation/de-DE | day.month. without year across the year end",
                  conf((po, {1: chg(po, 1, d="2026-12-14"), 2: chg(po, 2, d="2027-01-08")})))


@case
def c_tristate_us_0112():
    sup = S("TRISTATE", "Tri-State Bearing Supply", "sales@tristatebearing.example", "en-US", "Tri-State Bearing")
    po = PO("4700031470", sup, "dev", "USD", "2026-11-11", [
        L(1, "HPV-BR-6308", "Ball bearing 6308-2RS C3", 120, "EA", "14.95", "2027-01-08"),
    ], req=T("2026-11-11", "10:30", EST))
    t = T("2026-11-12", "09:14", EST)
    body = ("Devon - confirmed 120 pcs 6308-2RS C3 @ 14.95. Ships 01/12 from our Cincinnati DC.\n\n"
            "Thanks,\nJ.R. Whitfield\nTri-State Bearing Supply\n\n" + quote_outlook(po, "en-US"))
    eml = mail("c20", frm=("J.R. Whitfield", "jr@tristatebearing.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="RE: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("tristate-us-month-first-0112", [po], eml, "confirmation",
                  "en-US supplier: '01/12' is month-first = 12 January 2027 (next such date after the mail); "
                  "ship date only, so it is the line date.",
                  "confirmation/en-US | 01/12 month-first (compare the en-GB case)",
                  conf((po, {1: chg(po, 1, d="2027-01-12")})))


@case
def c_severnside_gb_0112():
    sup = S("SEVSIDE", "Severnside Bearings Ltd", "sales@severnsidebearings.example", "en-GB", "Severnside Bearings")
    po = PO("UK-PO-88502", sup, "owen", "GBP", "2026-11-11", [
        L(1, "HPV-BR-6308", "Ball bearing 6308-2RS C3", 60, "EA", "11.40", "2026-12-08"),
        L(2, "HPV-BR-6206", "Ball bearing 6206-2RS C3", 100, "EA", "4.35", "2026-12-08"),
    ], req=T("2026-11-11", "14:12", UTC))
    t = T("2026-11-12", "08:40", UTC)
    body = ("Hi Owen\n\nAll in stock at Avonmouth, confirming both lines at PO prices for delivery to Doncaster on "
            "01/12 - a week earlier than you need, hope that's OK.\n\nKind regards\nRhys Bevan\nSeverside "
            "Bearings Ltd\n\n" + quote_outlook(po, "en-GB"))
    eml = mail("c21", frm=("Rhys Bevan", "rhys.bevan@severnsidebearings.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="RE: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("severnside-gb-day-first-0112", [po], eml, "confirmation",
                  "en-GB supplier: '01/12' is day-first = 1 December 2026, consistent with 'a week earlier' than "
                  "8 Dec. Delivery date, earlier than asked -> changed.",
                  "confirmation/en-GB | 01/12 day-first (compare the en-US case)",
                  conf((po, {1: chg(po, 1, d="2026-12-01"), 2: chg(po, 2, d="2026-12-01")})))


@case
def c_moravia_cs_spaced():
    sup = S("MORAVTEC", "Moravtec s.r.o.", "obchod@moravtec.example", "cs-CZ", "Moravtec")
    po = PO("4500078315", sup, "julia", "EUR", "2026-11-12", [
        L(1, "HPV-SV-1200", "Svařenec rámu čerpadla, S235, lakovaný", 1200, "EA", "3.45", "2027-01-15"),
        L(2, "HPV-SV-1210", "Držák motoru, S235, žárově zinkovaný", 2500, "EA", "1.92", "2027-01-15"),
    ], req=T("2026-11-12", "10:00", CET))
    t = T("2026-11-13", "13:27", CET)
    body = ("Dobrý den paní Brenner,\n\nděkujeme za objednávku, potvrzujeme:\n\n"
            "pol. 1  HPV-SV-1200  1 200 ks  3,45 EUR/ks  dodání 8. 1. 2027\n"
            "pol. 2  HPV-SV-1210  2 500 ks  2,04 EUR/ks  dodání 15. 1. 2027 (zinkovna zdražila)\n\n"
            "S pozdravem\n\nIng. Petra Dvořáková\nobchodní oddělení\nMoravtec s.r.o. | Průmyslová 1188 | "
            "686 01 Uherské Hradiště\ntel.: +420 572 555 314\n\n" + quote_gt(po, "cs"))
    eml = mail("c22", frm=("Petra Dvořáková", "dvorakova@moravtec.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="Re: " + req_subject(po), date=t,
               body=body, html_body="auto", mid_style="tb", charset="iso-8859-2",
               mailer="UA:Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0",
               **reply_hdrs(po))
    return result("moravtec-cs-spaced-numbers", [po], eml, "confirmation",
                  "Czech with spaced thousands ('1 200 ks') and spaced dates ('8. 1. 2027'): pos. 1 earlier date "
                  "2027-01-08; pos. 2 price 2,04 (was 1.92), date as PO. ISO-8859-2 body.",
                  "confirmation/cs-CZ | spaced numbers and dates, decimal comma, Latin-2 charset",
                  conf((po, {1: chg(po, 1, d="2027-01-08"), 2: chg(po, 2, p="2.04")})))


@case
def c_alpinmotor_ch_apostrophe():
    sup = S("ALPMOTOR", "Alpin Motoren AG", "verkauf@alpin-motoren.example", "de-CH")
    po = PO("4500078330", sup, "lena", "EUR", "2026-11-12", [
        L(1, "HPV-MT-1105", "Drehstrommotor 11 kW 4-polig IE3, B35", 8, "EA", "1200.50", "2027-01-22"),
        L(2, "HPV-KL-0020", "Klemmkasten-Dichtung Satz", 1200, "EA", "3.85", "2027-01-22"),
    ], req=T("2026-11-12", "16:00", CET), lang="de")
    t = T("2026-11-16", "10:05", CET)
    body = ("Grüezi Frau Hoffmann\n\nBesten Dank für Ihren Auftrag. Wir bestätigen gerne wie folgt:\n\n"
            "Pos. 1: 8 Stk. Motor 11 kW IE3 B35 zu EUR 1'245.50/Stk. (Kupferzuschlag per 1.11.)\n"
            "Pos. 2: 1'200 Stk. Dichtungssatz zu EUR 3.85/Stk.\n\n"
            "Liefertermin für beide Positionen: 22.01.2027 franko Heilbronn, verzollt.\n\n"
            "Freundliche Grüsse\n\nReto Aebischer\nVerkauf Innendienst\nAlpin Motoren AG | Industriestrasse 12 | "
            "CH-3613 Steffisburg\n\n" + quote_outlook(po, "de"))
    eml = mail("c23", frm=("Reto Aebischer", "reto.aebischer@alpin-motoren.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="AW: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("alpin-ch-apostrophe-thousands", [po], eml, "confirmation",
                  "Swiss format: apostrophe thousands and decimal point. Pos. 1 EUR 1'245.50 (was 1200.50); "
                  "pos. 2 1'200 pcs at 3.85 as ordered; date 22.01.2027 = PO.",
                  "confirmation/de-CH | Swiss 1'245.50 and 1'200, decimal point in a German mail",
                  conf((po, {1: chg(po, 1, p="1245.50"), 2: acc(po, 2)})))


@case
def c_lyonnaise_fr_nnbsp():
    sup = S("LYONVIS", "Visserie Lyonnaise SARL", "commandes@visserie-lyonnaise.example", "fr-FR", "Visserie Lyonnaise")
    po = PO("4500078342", sup, "julia", "EUR", "2026-11-13", [
        L(1, "HPV-GP-1250", "Goupille élastique 6x40 acier", 1250, "EA", "0.125", "2026-12-18"),
        L(2, "HPV-RO-0824", "Rondelle Grower M8 inox A2", 2400, "EA", "0.84", "2026-12-18"),
    ], req=T("2026-11-13", "09:00", CET))
    t = T("2026-11-16", "15:32", CET)
    nb = "\u202f"
    body = (f"Bonjour,\n\nVeuillez trouver ci-dessous notre confirmation :\n\n"
            f"- 1{nb}250 goupilles 6x40 à 12,50{nb}€ HT le cent\n"
            f"- 2{nb}400 rondelles Grower M8 A2 à 0,865{nb}€ HT pièce\n\n"
            "Livraison semaine 51.\n\nCordialement,\n\nNathalie Brun\nVisserie Lyonnaise SARL\n"
            "04 72 55 58 10\n\n" + quote_outlook(po, "fr"))
    eml = mail("c24", frm=("Nathalie Brun", "n.brun@visserie-lyonnaise.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="RE: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("lyonnaise-fr-le-cent", [po], eml, "confirmation",
                  "French with narrow no-break spaces as thousands separators. Line 1: '12,50 € le cent' = per 100 "
                  "-> 0.125 per piece = PO price -> accepted. Line 2: 0,865 per piece (was 0.84). "
                  "'semaine 51' -> Friday 2026-12-18 = PO date.",
                  "confirmation/fr-FR | 'le cent' price unit, U+202F thousands, semaine",
                  conf((po, {1: acc(po, 1), 2: chg(po, 2, p="0.865")})))


@case
def c_harrowgate_relative():
    sup = S("HARROWG", "Harrowgate Fluid Power Ltd", "orders@harrowgatefp.example", "en-GB", "Harrowgate Fluid Power")
    po = PO("UK-PO-88560", sup, "marcus", "GBP", "2026-11-18", [
        L(1, "HPV-CY-5030", "Hydraulic cylinder 50/30 x 300 stroke, clevis ends", 12, "EA", "188.00", "2027-01-15"),
        L(2, "HPV-PU-0008", "Gear pump 8 cc/rev, group 2, SAE A", 20, "EA", "96.50", "2027-01-08"),
        L(3, "HPV-FL-0010", "Return filter 10 micron, tank top", 30, "EA", "41.20", "2026-12-04"),
    ], req=T("2026-11-18", "09:30", UTC))
    t = T("2026-11-24", "16:18", UTC)
    body = ("Hi Marcus,\n\nSorry for the delay, needed to check with the workshop. Prices all as per your PO.\n\n"
            "Cylinders: two weeks later than you asked for, the tubes are coming from Italy.\n"
            "Gear pumps: w/c 11 January.\n"
            "Filters: from stock, you'll have them by Friday next week.\n\n"
            "Cheers\nAndy Lumb\nHarrowgate Fluid Power Ltd\nTel 01423 555 207 | Mob 07700 900 418\n\n"
            + quote_outlook(po, "en-GB"))
    eml = mail("c25", frm=("Andy Lumb", "andy@harrowgatefp.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="RE: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("harrowgate-relative-dates", [po], eml, "confirmation",
                  "Relative dates against a Tuesday 24 Nov 2026 mail: 'two weeks later than you asked' -> "
                  "2027-01-15 + 14 days = 2027-01-29; 'w/c 11 January' names a week without a day -> Friday of "
                  "that week, 2027-01-15; 'by Friday next week' -> 2026-12-04 = PO date (accepted). Lines matched "
                  "by product name only.",
                  "confirmation/en-GB | relative dates, week-commencing, lines named by product",
                  conf((po, {1: chg(po, 1, d="2027-01-29"), 2: chg(po, 2, d="2027-01-15"), 3: acc(po, 3)})))


@case
def c_rudolph_pdf_ab():
    sup = S("RUDOLPH", "Rudolph Armaturen GmbH", "auftrag@rudolph-armaturen.example", "de-DE")
    po = PO("4500078360", sup, "julia", "EUR", "2026-11-13", [
        L(1, "HPV-VT-1500", "Kugelhahn DN15 Messing vernickelt, IG/IG", 300, "EA", "6.20", "2027-01-15"),
        L(2, "HPV-VT-2500", "Kugelhahn DN25 Messing vernickelt, IG/IG", 150, "EA", "11.40", "2027-01-15"),
        L(3, "HPV-RV-0025", "Rückschlagventil DN25 Messing, Federbelastet", 100, "EA", "9.75", "2027-01-15"),
    ])
    t = T("2026-11-16", "06:02", CET)
    hdr_lines = [(14, True, "Rudolph Armaturen GmbH"), (8, False, "Gutenbergstraße 9 - 57462 Olpe - Tel. 02761 555 40"),
                 (12, True, "Auftragsbestätigung AB26-10488"),
                 (9, False, "Kunde: Halvorsen Pumpen GmbH, Salzstraße 88, 74076 Heilbronn     Kd.-Nr. 20417"),
                 (9, False, "Ihre Bestellung: 4500078360 vom 13.11.2026     Unser Zeichen: KSch     Datum: 16.11.2026"),
                 (9, False, "Lieferbedingung: DAP Heilbronn (Incoterms 2020)   Zahlung: 30 Tage netto")]
    cols = [(40, "Pos"), (65, "Artikel / Bezeichnung"), (290, "Menge"), (335, "Preis EUR"), (395, "PE"),
            (420, "Betrag EUR"), (480, "Liefertermin")]
    rows = [
        [["10", "71-1500-MS Kugelhahn DN15 Ms vern.", "300 ST", "620,00", "100", "1.860,00", "15.01.2027"],
         ["", "Ihre Mat.-Nr.: HPV-VT-1500", "", "", "", "", ""]],
        [["20", "71-2500-MS Kugelhahn DN25 Ms vern.", "150 ST", "11,95", "1", "1.792,50", "15.01.2027"],
         ["", "Ihre Mat.-Nr.: HPV-VT-2500", "", "", "", "", ""]],
        [["30", "74-0025-RV Rückschlagventil DN25", "100 ST", "9,75", "1", "975,00", "KW 04/2027"],
         ["", "Ihre Mat.-Nr.: HPV-RV-0025", "", "", "", "", ""]],
    ]
    foot = [(9, True, "Nettowert: 4.627,50 EUR    zzgl. 19 % MwSt."),
            (8, False, "Die genannten Liefertermine sind Eintrefftermine beim Kunden. Es gelten unsere AGB."),
            (8, False, "Preisänderung Pos. 20 gemäß Messing-Teuerungszuschlag ab 01.11.2026."),
            (7, False, "Geschäftsführer: K. Rudolph - Amtsgericht Siegen HRB 5521 - USt-IdNr. DE812555901")]
    pdf = make_pdf(pdf_table(hdr_lines, cols, rows, foot), "AB26-10488",
                   producer="proALPHA Druckausgabe", created="20261116060100+01'00'")
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung AB26-10488 zu "
            "Ihrer Bestellung 4500078360.\n\nDiese E-Mail wurde automatisch erstellt. Bei Rückfragen wenden Sie "
            "sich bitte an Ihren Ansprechpartner im Verkauf.\n\nRudolph Armaturen GmbH\n")
    eml = mail("c26", frm=("Rudolph Armaturen - Auftragsbestätigung", "noreply-ab@rudolph-armaturen.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]),
               subject="Auftragsbestätigung AB26-10488 zu Ihrer Bestellung 4500078360", date=t, body=body,
               charset="iso-8859-1", mid_style="erp", extra=[("Auto-Submitted", "auto-generated"),
                                                             ("X-Auto-Response-Suppress", "All")],
               attachments=[file_part("application/pdf", "AB26-10488.pdf", pdf)])
    return result("rudolph-pdf-ab-pe100", [po], eml, "confirmation",
                  "ERP order confirmation as PDF from a noreply address with Auto-Submitted: auto-generated - a "
                  "confirmation, not an auto_reply. Supplier positions 10/20/30 map via 'Ihre Mat.-Nr.'. Pos. 10 "
                  "620,00 per PE 100 = 6.20 (as PO); Pos. 20 11,95 (was 11.40); Pos. 30 'KW 04/2027' -> Friday "
                  "2027-01-29. Dates are arrival dates per the PDF footer.",
                  "confirmation/de-DE | PDF AB with own positions, price unit PE 100, auto-generated headers",
                  conf((po, {1: acc(po, 1), 2: chg(po, 2, p="11.95"), 3: chg(po, 3, d=kw(2027, 4))})))


@case
def c_cumberland_pdf_us():
    sup = S("CUMBPUMP", "Cumberland Pump Components LLC", "orders@cumberlandpump.example", "en-US", "Cumberland Pump")
    po = PO("4700031512", sup, "erin", "USD", "2026-11-13", [
        L(1, "HPV-CP-0330", "Wear ring 3.30in ID, bronze C93200", 60, "EA", "42.10", "2026-12-23"),
        L(2, "HPV-CP-0090", "Impeller key 3/16 x 3/16 x 1.25, 316SS", 240, "EA", "1.85", "2027-01-08"),
    ], req=T("2026-11-13", "11:00", EST))
    t = T("2026-11-16", "13:44", CST)
    hdr_lines = [(14, True, "CUMBERLAND PUMP COMPONENTS LLC"), (8, False, "1180 Industrial Park Rd, Cookeville TN 38506"),
                 (12, True, "SALES ORDER ACKNOWLEDGMENT"),
                 (9, False, "Sales Order: 0048817     Order Date: 11/16/2026     Cust PO: 4700031512"),
                 (9, False, "Sold To: HALVORSEN PUMP & VALVE INC   Ship To: 2250 NEEDMORE RD DAYTON OH 45414"),
                 (9, False, "Ship Via: FEDEX FREIGHT ECONOMY   Terms: NET 30   FOB: ORIGIN")]
    cols = [(40, "Ln"), (60, "Part / Description"), (300, "Order Qty"), (355, "Unit Price"), (415, "Per"),
            (440, "Ext Price"), (495, "Promise Ship")]
    rows = [
        [["1", "WR-330-BRZ WEAR RING 3.30 BRZ", "60 EA", "42.10", "E", "2,526.00", "12/21/2026"],
         ["", "Cust Part: HPV-CP-0330", "", "", "", "", ""]],
        [["2", "KEY-316-1875 KEY 3/16X3/16X1.25 SS", "250 EA", "185.00", "C", "462.50", "01/06/2027"],
         ["", "Cust Part: HPV-CP-0090   Qty adj. to std pack 50", "", "", "", "", ""]],
    ]
    foot = [(9, True, "Order Total: 2,988.50 USD"),
            (8, False, "Per: E = each, C = per hundred, M = per thousand. Dates shown are estimated ship dates."),
            (8, False, "All orders subject to Cumberland Pump Components standard terms and conditions of sale.")]
    pdf = make_pdf(pdf_table(hdr_lines, cols, rows, foot), "SO0048817 Acknowledgment",
                   producer="Epicor Kinetic SSRS", created="20261116134000-06'00'")
    body = ("Erin,\n\nPlease see attached acknowledgment for your PO 4700031512. Let me know of any "
            "questions.\n\nThanks,\nCarla Pruitt\nInside Sales\nCumberland Pump Components LLC\n931-555-0152\n\n"
            + quote_outlook(po, "en-US"))
    eml = mail("c27", frm=("Carla Pruitt", "cpruitt@cumberlandpump.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="RE: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po),
               attachments=[file_part("application/pdf", "SO0048817_Ack.pdf", pdf)])
    return result("cumberland-pdf-ack-per-c", [po], eml, "confirmation",
                  "Values only in the PDF. Line 1 ships 12/21/2026 (ship date only -> line date; PO 12/23). "
                  "Line 2: quantity 250 (std pack), price 185.00 per C (hundred) = 1.85 = PO, ship 01/06/2027.",
                  "confirmation/en-US | PDF acknowledgment, 'Per C' price unit, promise ship dates",
                  conf((po, {1: chg(po, 1, d="2026-12-21"), 2: chg(po, 2, q=250, d="2027-01-06")})))


@case
def c_wisla_xlsx_pl():
    sup = S("WISLAMET", "Zakłady Metalowe Wisła Sp. z o.o.", "sprzedaz@zm-wisla.example", "pl-PL", "ZM Wisła")
    po = PO("4500078377", sup, "lena", "EUR", "2026-11-13", [
        L(1, "HPV-KS-2020", "Kształtownik 20x20x2 cięty 600 mm, S235", 800, "EA", "1.46", "2027-02-12"),
        L(2, "HPV-KS-4040", "Kształtownik 40x40x3 cięty 900 mm, S235", 500, "EA", "4.10", "2027-02-12"),
        L(3, "HPV-BL-0300", "Blacha 3 mm wykrawana, płyta montażowa", 250, "EA", "7.95", "2027-02-12"),
    ], req=T("2026-11-13", "14:00", CET))
    t = T("2026-11-17", "12:48", CET)
    rows = [["Potwierdzenie zamówienia nr PZ/2026/11/0382", None, None, None, None, None, None, None],
            ["Zamówienie klienta:", "4500078377", None, None, None, None, None, None],
            [None] * 8,
            ["Poz. klienta", "Indeks klienta", "Nasz indeks", "Nazwa", "Ilość", "j.m.", "Cena netto EUR",
             "Data dostawy"],
            [1, "HPV-KS-2020", "PR-2020-600", "Profil 20x20x2 L=600", 800, "szt.", Decimal("1.46"), D("2027-02-12")],
            [2, "HPV-KS-4040", "PR-4040-900", "Profil 40x40x3 L=900", 450, "szt.", Decimal("4.10"), D("2027-02-12")],
            [3, "HPV-BL-0300", "BL-3-PM01", "Płyta montażowa 3 mm", 250, "szt.", Decimal("7.95"), D("2027-02-19")],
            [None] * 8,
            ["Daty dostawy = dostawa do klienta (DAP).", None, None, None, None, None, None, None]]
    x = make_xlsx(rows, sheet="Potwierdzenie", creator="Marta Zielińska")
    body = ("Dzień dobry Pani Leno,\n\nw załączeniu przesyłam potwierdzenie zamówienia 4500078377.\n"
            "Poz. 2 możemy zrealizować tylko 450 szt. (brak materiału), poz. 3 tydzień później.\n\n"
            "Pozdrawiam serdecznie\nMarta Zielińska\nDział Sprzedaży\nZakłady Metalowe Wisła Sp. z o.o.\n"
            "ul. Fabryczna 12, 43-460 Wisła\ntel. +48 33 555 27 40\n\n" + quote_outlook(po, "pl"))
    eml = mail("c28", frm=("Marta Zielińska", "m.zielinska@zm-wisla.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="ODP: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po),
               attachments=[file_part(XLSX_CT, "Potwierdzenie_PZ_2026_11_0382.xlsx", x)])
    return result("wisla-pl-xlsx-ack", [po], eml, "confirmation",
                  "Polish reply with an XLSX confirmation (dates stored as Excel serial numbers, prices numeric). "
                  "Poz. 1 as ordered; poz. 2 450 of 500 (no balance promised); poz. 3 delivery 2027-02-19 (one "
                  "week later). Body and sheet agree.",
                  "confirmation/pl-PL | XLSX attachment with Excel date serials, short quantity",
                  conf((po, {1: acc(po, 1), 2: chg(po, 2, q=450), 3: chg(po, 3, d="2027-02-19")})))


@case
def c_bramley_xlsx_gb():
    sup = S("BRAMLEY", "Bramley Electrical Wholesale Ltd", "orders@bramleyelectrical.example", "en-GB", "Bramley Electrical")
    po = PO("UK-PO-88581", sup, "owen", "GBP", "2026-11-16", [
        L(1, "HPV-EL-0401", "Contactor 4 kW 24VDC coil, 1NO aux", 40, "EA", "18.60", "2026-12-11"),
        L(2, "HPV-EL-0405", "Overload relay 6-10 A", 40, "EA", "22.90", "2026-12-11"),
        L(3, "HPV-EL-0710", "Emergency stop pushbutton 40 mm, 1NC", 25, "EA", "9.15", "2026-12-11"),
        L(4, "HPV-EL-0905", "DIN rail terminal 4 mm², grey", 500, "EA", "0.42", "2026-12-11"),
    ], req=T("2026-11-16", "10:20", UTC))
    t = T("2026-11-17", "15:02", UTC)
    rows = [["Bramley Electrical Wholesale - Order Acknowledgement", None, None, None, None, None, None],
            ["Our ref", "SO-418863", None, "Your PO", "UK-PO-88581", None, None],
            [None] * 7,
            ["Our line", "Your item", "Our code", "Qty confirmed", "Unit price GBP", "Delivery date", "Comment"],
            [10, "HPV-EL-0401", "SCH-LC1D09BL", 40, Decimal("18.60"), D("2026-12-11"), None],
            [20, "HPV-EL-0405", "SCH-LRD14", 0, None, None, "Discontinued by manufacturer - no direct replacement"],
            [30, "HPV-EL-0710", "SCH-XB5AS8442", 25, Decimal("9.15"), D("2026-12-18"), "Ex supplier"],
            [40, "HPV-EL-0905", "PHX-3044102", 500, Decimal("0.42"), D("2026-12-11"), None]]
    x = make_xlsx(rows, sheet="Ack", creator="Bramley SalesDesk")
    body = ("Hi Owen,\n\nPlease find attached our acknowledgement for the above. All OK except as marked in the "
            "comments column.\n\nMany thanks\nLeanne Foster\nBramley Electrical Wholesale Ltd | Unit 3 Kirkstall "
            "Trade Park | Leeds LS5 3BT\n\n" + quote_outlook(po, "en-GB"))
    eml = mail("c29", frm=("Leanne Foster", "leanne.foster@bramleyelectrical.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="RE: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po),
               attachments=[file_part(XLSX_CT, "SO-418863 acknowledgement.xlsx", x)])
    return result("bramley-gb-xlsx-discontinued", [po], eml, "confirmation",
                  "Body says only 'all OK except as marked'; the XLSX (own line numbers 10-40, 'Your item') holds "
                  "the answer: line 20 qty 0 discontinued -> line 2 rejected; line 30 delivery 18 Dec (was 11 Dec); "
                  "others as ordered.",
                  "confirmation/en-GB | XLSX own line numbers, rejection via qty 0, date change only in sheet",
                  conf((po, {1: acc(po, 1), 2: REJ, 3: chg(po, 3, d="2026-12-18"), 4: acc(po, 4)})))


@case
def c_valseriana_html_only():
    sup = S("VALSER", "Rubinetterie Val Seriana S.p.A.", "ordini@rvs-valseriana.example", "it-IT", "Rubinetterie Val Seriana")
    po = PO("4500078390", sup, "julia", "EUR", "2026-11-16", [
        L(1, "HPV-VL-3200", "Valvola a sfera DN32 PN40 ottone", 120, "EA", "14.80", "2027-01-22"),
        L(2, "HPV-VL-4000", "Valvola a sfera DN40 PN40 ottone", 80, "EA", "21.50", "2027-01-22"),
        L(3, "HPV-VL-5000", "Valvola a sfera DN50 PN40 ottone", 40, "EA", "33.70", "2027-01-22"),
    ], req=T("2026-11-16", "11:00", CET))
    t = T("2026-11-18", "09:36", CET)
    rows = [("1", "HPV-VL-3200", "VS-32-OT", "120", "14,80", "22/01/2027"),
            ("2", "HPV-VL-4000", "VS-40-OT", "80", "21,50", "29/01/2027"),
            ("3", "HPV-VL-5000", "VS-50-OT", "40", "35,20", "29/01/2027")]
    tr = "\n".join("<tr>" + "".join(f'<td style="border:1px solid #999;padding:3px 6px">{c}</td>' for c in r) +
                   "</tr>" for r in rows)
    q = html.escape(req_text(po)).replace("\n", "<br>\n")
    hb = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Verdana;font-size:10pt">\n'
          "<p>Buongiorno Sig.ra Brenner,</p>\n<p>Vi confermiamo l'ordine in oggetto come da tabella:</p>\n"
          '<table style="border-collapse:collapse">\n<tr style="background:#dde">'
          + "".join(f'<th style="border:1px solid #999;padding:3px 6px">{h}</th>' for h in
                    ("Riga", "Vs. codice", "Ns. codice", "Q.tà", "Prezzo unitario €", "Data consegna")) +
          "</tr>\n" + tr + "\n</table>\n"
          "<p>Il prezzo della DN50 è aggiornato al listino 2027.</p>\n"
          "<p>Distinti saluti<br>\n<b>Giulia Bonfanti</b><br>\nUfficio Vendite Italia/Estero<br>\n"
          "Rubinetterie Val Seriana S.p.A. - Via Provinciale 61 - 24026 Leffe (BG)</p>\n"
          '<div style="border-top:1px solid #ccc;padding-top:6px;color:#555">'
          f"<b>Da:</b> {po['buyer']['name']} &lt;{po['buyer']['email']}&gt;<br>\n"
          "<b>Inviato:</b> lunedì 16 novembre 2026 11:00<br>\n"
          f"<b>Oggetto:</b> {req_subject(po)}</div>\n<p>{q}</p>\n</body></html>")
    eml = mail("c30", frm=("Giulia Bonfanti", "g.bonfanti@rvs-valseriana.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="R: " + req_subject(po), date=t,
               html_body=hb, html_only=True, mailer="Zimbra 10.0.8_GA", **reply_hdrs(po))
    return result("valseriana-it-html-only-table", [po], eml, "confirmation",
                  "HTML-only mail (no text/plain part) with the answer in a table; dates dd/mm/yyyy. Riga 1 as "
                  "ordered; riga 2 2027-01-29; riga 3 price 35,20 and 2027-01-29.",
                  "confirmation/it-IT | HTML-only table, no plain-text part",
                  conf((po, {1: acc(po, 1), 2: chg(po, 2, d="2027-01-29"), 3: chg(po, 3, p="35.20", d="2027-01-29")})))


@case
def c_lusometal_pt_two_pos():
    sup = S("LUSOMET", "Lusometal - Componentes Metálicos, Lda.", "encomendas@lusometal.example", "pt-PT", "Lusometal")
    po1 = PO("4500078401", sup, "lena", "EUR", "2026-11-16", [
        L(1, "HPV-PR-0610", "Porca flangeada M10 inox A4", 3000, "EA", "0.27", "2027-01-29"),
        L(2, "HPV-PR-0612", "Porca flangeada M12 inox A4", 2000, "EA", "0.39", "2027-01-29"),
    ], req=T("2026-11-16", "13:10", CET))
    po2 = PO("4500078415", sup, "lena", "EUR", "2026-11-17", [
        L(1, "HPV-ES-0850", "Espaçador torneado Ø8x50 inox", 600, "EA", "1.12", "2027-02-05"),
    ], req=T("2026-11-17", "09:05", CET))
    t = T("2026-11-19", "10:22", UTC)
    body = ("Bom dia Lena,\n\nRelativamente às vossas encomendas:\n\n"
            "4500078401 - confirmamos quantidades e prazo (29/01/2027). A porca M12 tem um ajuste de +6% "
            "devido ao aumento do aço inox; a M10 mantém o preço.\n\n"
            "4500078415 - confirmamos conforme encomenda.\n\n"
            "Com os melhores cumprimentos,\nRui Monteiro\nDep. Comercial | Lusometal, Lda.\n"
            "Zona Industrial de Oiã, Lote 22, 3770-059 Oliveira do Bairro\n\n" + quote_gt(po2, "gmail-pt"))
    eml = mail("c31", frm=("Rui Monteiro", "rui.monteiro@lusometal.example"),
               to=(po1["buyer"]["name"], po1["buyer"]["email"]), subject="Re: " + req_subject(po2), date=t,
               body=body, html_body="auto", mid_style="gmail", **reply_hdrs(po2))
    return result("lusometal-pt-two-pos-pct-one-line", [po1, po2], eml, "confirmation",
                  "Portuguese reply (threaded on the second request) answering two POs. 4500078401: line 2 +6% on "
                  "0.39 -> 0.4134, line 1 unchanged; 4500078415 as ordered.",
                  "confirmation/pt-PT | two POs in one mail, percentage on one line only",
                  conf((po1, {1: acc(po1, 1), 2: chg(po1, 2, p="0.4134")}), (po2, all_acc(po2))))


@case
def c_heartland_one_of_two():
    sup = S("HEARTLND", "Heartland Industrial Coatings Inc.", "orders@heartlandcoatings.example", "en-US",
            "Heartland Coatings")
    po1 = PO("4700031540", sup, "tasha", "USD", "2026-11-16", [
        L(1, "HPV-PT-0330", "Epoxy primer grey, 5 gal pail", 12, "EA", "212.00", "2026-12-18"),
        L(2, "HPV-PT-0331", "Polyurethane topcoat RAL 5015, 5 gal pail", 10, "EA", "268.00", "2026-12-18"),
    ], req=T("2026-11-16", "10:00", EST))
    po2 = PO("4700031547", sup, "tasha", "USD", "2026-11-17", [
        L(1, "HPV-PT-0900", "Thinner for PU topcoat, 1 gal", 24, "EA", "31.50", "2026-12-18"),
    ], req=T("2026-11-17", "08:40", EST))
    t = T("2026-11-18", "11:05", CST)
    body = ("Hi Tasha,\n\nPO 4700031540 is confirmed - both items, your pricing, delivered 12/18.\n\n"
            "I also see 4700031547 for the thinner came in yesterday; Brian handles solvents and will get back "
            "to you on that one separately.\n\nThanks,\nLisa Brandt\nHeartland Industrial Coatings\n"
            "Office 816-555-0124\n\n" + quote_outlook(po1, "en-US"))
    eml = mail("c32", frm=("Lisa Brandt", "lbrandt@heartlandcoatings.example"),
               to=(po1["buyer"]["name"], po1["buyer"]["email"]), subject="RE: " + req_subject(po1), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po1))
    return result("heartland-one-of-two-pos", [po1, po2], eml, "confirmation",
                  "Two open POs; the reply confirms 4700031540 and only mentions 4700031547 (someone else will "
                  "answer) - that PO is left out of the confirmations.",
                  "confirmation/en-US | second PO only mentioned, not answered",
                  conf((po1, all_acc(po1))))


@case
def c_ostwald_colleague():
    sup = S("OSTWALD", "Ostwald Elektromotoren GmbH", "vertrieb@ostwald-motoren.example", "de-DE")
    po = PO("4500078428", sup, "lena", "EUR", "2026-11-17", [
        L(1, "HPV-MT-0550", "Drehstrommotor 0,55 kW 4-polig B14, IE3", 24, "EA", "168.00", "2027-01-29"),
        L(2, "HPV-MT-0750", "Drehstrommotor 0,75 kW 4-polig B14, IE3", 16, "EA", "187.00", "2027-01-29"),
    ], req=T("2026-11-17", "14:30", CET), lang="de")
    t = T("2026-11-19", "08:17", CET)
    body = ("Guten Morgen Frau Hoffmann,\n\nich vertrete derzeit Herrn Maier (Urlaub bis 30.11.) und habe Ihre "
            "Anfrage übernommen.\n\nBeide Positionen bestätige ich zu Ihren Preisen und Mengen, Anlieferung "
            "in KW 5 (Montag).\n\nFreundliche Grüße\nDenise Albrecht\nVertriebsinnendienst\n"
            "Ostwald Elektromotoren GmbH, Am Hafen 3, 49074 Osnabrück\n\n" +
            quote_outlook(po, "de", to_name="Maier, Stefan"))
    eml = mail("c33", frm=("Albrecht, Denise", "d.albrecht@ostwald-motoren.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), cc=("Maier, Stefan", "s.maier@ostwald-motoren.example"),
               subject="AW: " + req_subject(po), date=t, body=body, html_body="auto",
               mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("ostwald-colleague-deputy", [po], eml, "confirmation",
                  "Reply from a deputy's personal address (not the supplier's PO address); 'KW 5 (Montag)' -> "
                  "Monday of ISO week 5 2027 = 2027-02-01. Prices and quantities as PO.",
                  "confirmation/de-DE | colleague's address, KW with named weekday",
                  conf((po, {1: chg(po, 1, d=kw(2027, 5, 1)), 2: chg(po, 2, d=kw(2027, 5, 1))})))


@case
def c_deccan_gmail_lakh():
    sup = S("DECCAN", "Deccan Fasteners Pvt. Ltd.", "export@deccanfasteners.example", "en-IN", "Deccan Fasteners")
    po = PO("4700031566", sup, "erin", "USD", "2026-11-17", [
        L(1, "HPV-FA-0616", "Spring washer M16 DIN 127B, zinc flake", 120000, "EA", "0.021", "2027-01-22"),
        L(2, "HPV-FA-0620", "Spring washer M20 DIN 127B, zinc flake", 50000, "EA", "0.034", "2027-01-22"),
    ], req=T("2026-11-17", "09:00", EST))
    t = T("2026-11-18", "19:40", IST)
    body = ("Dear Ma'am,\n\nGreetings from Deccan Fasteners!!\n\nSending from my personal mail id as our office "
            "server is down since morning, kindly excuse.\n\nWe are pleased to confirm your above PO as under:\n\n"
            "1) M16 spring washer - 1,20,000 Nos @ USD 0.021\n2) M20 spring washer - 50,000 Nos @ USD 0.034\n\n"
            "Material will be despatched by sea on 18-12-2026 ex Nhava Sheva.\n\n"
            "Kindly do the needful and acknowledge.\n\nThanks & Regards,\nSachin Kulkarni\nManager - Exports\n"
            "Deccan Fasteners Pvt. Ltd., MIDC Bhosari, Pune 411026\nMob: +91 98220 55517\n\n"
            + quote_gt(po, "gmail-en"))
    eml = mail("c34", frm=("Sachin Kulkarni", "sachin.kulkarni.dfpl@gmail.com"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), cc=("Deccan Export", sup["email"]),
               subject="Re: " + req_subject(po), date=t, body=body, html_body="auto", mid_style="gmail",
               ip="198.51.100.61", **reply_hdrs(po))
    return result("deccan-in-gmail-lakh", [po], eml, "confirmation",
                  "From the sales manager's personal Gmail (supplier address only in Cc). Indian grouping "
                  "'1,20,000' = 120,000. Only a despatch (ship) date 18-12-2026 day-first -> line date 2026-12-18 "
                  "for both lines (sea freight, no arrival date given).",
                  "confirmation/en-IN | personal Gmail sender, lakh grouping, despatch date only",
                  conf((po, {1: chg(po, 1, d="2026-12-18"), 2: chg(po, 2, d="2026-12-18")})))


@case
def c_wolds_forward_latest():
    sup = S("WOLDS", "Wolds Precision Engineering Ltd", "sales@woldsprecision.example", "en-GB", "Wolds Precision")
    po = PO("UK-PO-88603", sup, "marcus", "GBP", "2026-11-17", [
        L(1, "HPV-MC-7710", "Pump shaft sleeve, 316 machined, drg 77-10", 150, "EA", "16.80", "2027-01-08"),
    ], req=T("2026-11-17", "08:55", UTC))
    t = T("2026-11-20", "14:26", UTC)
    fwd1 = ("From: Graham Pell <graham.pell@woldsprecision.example>\nSent: 20 November 2026 13:58\n"
            "To: Sales Wolds <sales@woldsprecision.example>\nSubject: RE: UK-PO-88603 sleeves\n\n"
            "Nicola - scrap that, bar stock delivery has slipped. Realistically 22nd January now for all 150, "
            "can't split. Sorry.\nG\n\n"
            "From: Graham Pell <graham.pell@woldsprecision.example>\nSent: 19 November 2026 10:12\n"
            "To: Sales Wolds <sales@woldsprecision.example>\nSubject: RE: UK-PO-88603 sleeves\n\n"
            "Yes we can do the 150 for the 8th Jan, price fine.\nGraham\n\n")
    body = ("Marcus,\n\nSee production's update below - the earlier 8th Jan no longer stands. We confirm 150 off at "
            "£16.80 for delivery 22/01/2027.\n\nApologies\nNicola Stead\nSales Co-ordinator\n"
            "Wolds Precision Engineering Ltd, Driffield YO25 6XT\n\n" + fwd1 + quote_outlook(po, "en-GB"))
    eml = mail("c35", frm=("Nicola Stead", "nicola@woldsprecision.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="FW: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0")
    return result("wolds-forwarded-chain-latest-wins", [po], eml, "confirmation",
                  "Forwarded internal chain: production first said 8 Jan, then corrected to 22 Jan; the top message "
                  "confirms 22/01/2027. Latest statement wins -> date 2027-01-22.",
                  "confirmation/en-GB | internal chain with superseded date",
                  conf((po, {1: chg(po, 1, d="2027-01-22")})))


@case
def c_pioneer_item_code_only():
    sup = S("PIONEER", "Pioneer Seal & Packing Co.", "sales@pioneerseal.example", "en-US", "Pioneer Seal")
    po1 = PO("4700031571", sup, "dev", "USD", "2026-11-17", [
        L(1, "HPV-GP-2287", "Braided packing 3/8in PTFE/graphite, 25 ft coil", 40, "EA", "58.00", "2026-12-18"),
    ])
    po2 = PO("4700031583", sup, "dev", "USD", "2026-11-18", [
        L(1, "HPV-GP-2291", "Braided packing 1/2in aramid, 25 ft coil", 30, "EA", "71.40", "2026-12-18"),
        L(2, "HPV-GK-0150", "Gasket sheet 1/16in non-asbestos, 60x60in", 10, "EA", "96.00", "2026-12-18"),
    ])
    t = T("2026-11-19", "10:02", EST)
    body = ("Devon,\n\nre your item HPV-GP-2291 (1/2 aramid packing) - 30 coils at 71.40, we can have these to "
            "you 12/18. Gasket sheet also OK as ordered, same truck.\n\nSteve\n\n--\nSteve Kowal | Pioneer Seal "
            "& Packing Co. | Toledo, OH | 419-555-0193\n")
    eml = mail("c36", frm=("Steve Kowal", "skowal@pioneerseal.example"), to=(po1["buyer"]["name"], po1["buyer"]["email"]),
               subject="packing + gasket sheet", date=t, body=body, html_body="auto", mid_style="gmail")
    return result("pioneer-matched-by-item-code", [po1, po2], eml, "confirmation",
                  "New thread, no PO number: the item code HPV-GP-2291 and the gasket sheet exist only in PO "
                  "4700031583, so that PO is answered (as ordered); 4700031571 is not addressed and left out.",
                  "confirmation/en-US | no PO number, matched by item code among two POs",
                  conf((po2, all_acc(po2))))


@case
def c_norrmet_sv():
    sup = S("NORRMET", "Norrmetall AB", "order@norrmetall.example", "sv-SE", "Norrmetall")
    po = PO("4500078440", sup, "julia", "EUR", "2026-11-17", [
        L(1, "HPV-RF-0100", "Rostfri flänsring DN100, 1.4404", 60, "EA", "24.30", "2026-12-11"),
        L(2, "HPV-RF-0150", "Rostfri flänsring DN150, 1.4404", 40, "EA", "38.90", "2026-12-11"),
    ], req=T("2026-11-17", "15:00", CET))
    t = T("2026-11-18", "10:51", CET)
    body = ("Hej Julia,\n\nTack för ordern! Vi bekräftar båda raderna enligt er beställning, men leverans blir "
            "v. 51 i stället för v. 50.\n\nMed vänliga hälsningar\nJohan Lindgren\nInnesälj | Norrmetall AB\n"
            "Verkstadsgatan 8, 931 36 Skellefteå\n\n" + quote_outlook(po, "sv"))
    eml = mail("c37", frm=("Johan Lindgren", "johan.lindgren@norrmetall.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="SV: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("norrmetall-sv-vecka", [po], eml, "confirmation",
                  "Swedish 'v. 51' (vecka) without a day -> Friday 2026-12-18 for both lines; quantities and prices "
                  "as ordered.",
                  "confirmation/sv-SE | Swedish week abbreviation 'v. 51'",
                  conf((po, {1: chg(po, 1, d=kw(2026, 51)), 2: chg(po, 2, d=kw(2026, 51))})))


@case
def c_anadolu_tr():
    sup = S("ANADOLU", "Anadolu Döküm San. ve Tic. A.Ş.", "satis@anadoludokum.example", "tr-TR", "Anadolu Döküm")
    po = PO("4500078452", sup, "lena", "EUR", "2026-11-18", [
        L(1, "HPV-CS-3300", "Pompa gövdesi GG25, ham döküm", 200, "EA", "38.50", "2027-02-19"),
        L(2, "HPV-CS-3310", "Pompa kapağı GG25, ham döküm", 200, "EA", "17.20", "2027-02-19"),
    ], req=T("2026-11-18", "08:30", CET))
    t = T("2026-11-20", "11:14", TRT)
    body = ("Sayın Lena Hanım,\n\n4500078452 numaralı siparişinizi teşekkürle aldık.\n\n"
            "1. kalem: 200 adet, 38,50 EUR, teslim 19.02.2027 - onaylıyoruz.\n"
            "2. kalem: 200 adet, 18,10 EUR (hurda fiyatları nedeniyle), teslim 26.02.2027.\n\n"
            "Saygılarımızla,\nEmre Yıldız\nİhracat Satış Sorumlusu\nAnadolu Döküm San. ve Tic. A.Ş. - Konya OSB\n\n"
            + quote_outlook(po, "tr"))
    eml = mail("c38", frm=("Emre Yıldız", "emre.yildiz@anadoludokum.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="YNT: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("anadolu-tr-line-change", [po], eml, "confirmation",
                  "Turkish: line 1 confirmed as ordered; line 2 price 18,10 (was 17.20) and delivery 2027-02-26.",
                  "confirmation/tr-TR | Turkish, 'YNT:' prefix, decimal comma",
                  conf((po, {1: acc(po, 1), 2: chg(po, 2, p="18.10", d="2027-02-26")})))


@case
def c_sakura_ja():
    sup = S("SAKURASK", "Sakura Seiki Co., Ltd.", "eigyo@sakura-seiki.example", "ja-JP", "Sakura Seiki")
    po = PO("4700031590", sup, "erin", "USD", "2026-11-18", [
        L(1, "HPV-SN-0012", "Pressure sensor 0-16 bar, 4-20 mA, G1/4", 50, "EA", "86.00", "2027-01-15"),
        L(2, "HPV-SN-0025", "Pressure sensor 0-25 bar, 4-20 mA, G1/4", 30, "EA", "86.00", "2027-01-15"),
    ], req=T("2026-11-18", "19:00", EST))
    t = T("2026-11-20", "10:30", TZ(9))
    body = ("Halvorsen Pump & Valve\nErin Castellano 様\n\nいつもお世話になっております。\nさくら精機の田中です。\n\n"
            "ご注文（PO 4700031590）ありがとうございます。下記の通り回答いたします。\n\n"
            "1. HPV-SN-0012　50個　USD 86.00　1月15日着\n"
            "2. HPV-SN-0025　30個　USD 86.00　1月29日着（センサー素子の入荷待ちのため）\n\n"
            "何卒よろしくお願い申し上げます。\n\n――――――――――――\nさくら精機株式会社　海外営業部\n田中 健一\n"
            "TEL: +81 53 555 7712\n――――――――――――\n\n" + quote_gt(po, "gmail-en"))
    eml = mail("c39", frm=("田中 健一", "k.tanaka@sakura-seiki.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="Re: " + req_subject(po), date=t,
               body=body, html_body="auto", charset="iso-2022-jp", cte="7bit", mid_style="tb",
               mailer="UA:Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2",
               **reply_hdrs(po))
    return result("sakura-ja-iso2022", [po], eml, "confirmation",
                  "Japanese in ISO-2022-JP (7bit): line 1 as ordered (1月15日着 = arrival 2027-01-15); line 2 arrival "
                  "1月29日 without year -> 2027-01-29.",
                  "confirmation/ja-JP | ISO-2022-JP, month/day without year, full-width spaces",
                  conf((po, {1: acc(po, 1), 2: chg(po, 2, d="2027-01-29")})))


@case
def c_ironbridge_reject_substitute():
    sup = S("IRONBR", "Ironbridge Industrial Supply Co.", "orders@ironbridgeind.example", "en-US", "Ironbridge")
    po = PO("4700031602", sup, "dev", "USD", "2026-11-18", [
        L(1, "HPV-CP-4410", "Jaw coupling L100, 1-1/8in bore", 20, "EA", "27.40", "2026-12-11"),
        L(2, "HPV-CP-4415", "Jaw coupling spider L100, Buna-N", 60, "EA", "6.10", "2026-12-11"),
        L(3, "HPV-CP-4480", "Jaw coupling L110, 1-3/8in bore", 10, "EA", "39.90", "2026-12-11"),
    ], req=T("2026-11-18", "13:00", EST))
    t = T("2026-11-19", "09:20", EST)
    body = ("Devon,\n\nLines 1 & 2 are good - in stock, delivery 12/11 as requested.\n\n"
            "Line 3: the L110 with 1-3/8 bore has been obsoleted by the manufacturer, so we can't supply it. "
            "If it helps, we could offer an L110 with a 1-1/4 bore rebored in-house at $52.30, but that would "
            "need a new PO line from you.\n\nRegards,\nTony Ruggiero\nIronbridge Industrial Supply\n\n"
            + quote_outlook(po, "en-US"))
    eml = mail("c40", frm=("Tony Ruggiero", "truggiero@ironbridgeind.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="RE: " + req_subject(po), date=t,
               body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("ironbridge-reject-with-substitute-offer", [po], eml, "confirmation",
                  "Line 3 cannot be supplied; the rebored alternative at 52.30 is a different article that needs a "
                  "new PO line, so line 3 is rejected (not changed). Lines 1-2 accepted.",
                  "confirmation/en-US | rejected line plus substitute offer that must not be recorded as a change",
                  conf((po, {1: acc(po, 1), 2: acc(po, 2), 3: REJ})))


@case
def c_baumann_two_of_three():
    sup = S("BAUMANN", "Baumann Kunststofftechnik GmbH", "info@baumann-kunststoff.example", "de-DE")
    po = PO("4500078466", sup, "julia", "EUR", "2026-11-18", [
        L(1, "HPV-KS-0101", "Laufrad PP-GF30 Ø101", 500, "EA", "3.35", "2027-01-29"),
        L(2, "HPV-KS-0126", "Laufrad PP-GF30 Ø126", 300, "EA", "4.20", "2027-01-29"),
        L(3, "HPV-KS-0160", "Laufrad PPS-GF40 Ø160", 150, "EA", "9.80", "2027-01-29"),
    ], req=T("2026-11-18", "10:45", CET), lang="de")
    t = T("2026-11-19", "17:02", CET)
    body = ("Hallo Frau Brenner,\n\nkurze Rückmeldung zu Ihrer Bestellung:\n\n"
            "Pos. 1 und 2 passen so, Termin 29.01. halten wir.\n"
            "Pos. 3 (PPS) kann ich Ihnen erst nächste Woche bestätigen, da warte ich noch auf die Zusage vom "
            "Granulatlieferanten.\n\nVG\nFlorian Baumann\n\nBaumann Kunststofftechnik GmbH\nRiedstraße 5, 72505 "
            "Krauchenwies\n\n" + quote_gt(po, "gmail-de"))
    eml = mail("c41", frm=("Florian Baumann", "florian@baumann-kunststoff.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="Re: " + req_subject(po), date=t,
               body=body, html_body="auto", mid_style="gmail", **reply_hdrs(po))
    return result("baumann-two-of-three-tbc", [po], eml, "confirmation",
                  "Pos. 1 and 2 accepted ('29.01.' without year = 2027-01-29 = PO); Pos. 3 explicitly to be "
                  "confirmed next week -> unconfirmed.",
                  "confirmation/de-DE | one line deferred -> unconfirmed",
                  conf((po, {1: acc(po, 1), 2: acc(po, 2), 3: UNC})))


@case
def c_thornbury_erp_text():
    sup = S("THORNB", "Thornbury Industrial Distribution Ltd", "salesorders@thornbury-id.example", "en-GB",
            "Thornbury Industrial")
    po = PO("UK-PO-88622", sup, "owen", "GBP", "2026-11-18", [
        L(1, "HPV-SF-0110", "Safety gloves cut level C, size 10 (pair)", 240, "EA", "3.25", "2026-12-04"),
        L(2, "HPV-SF-0300", "Ear defenders SNR 30 dB", 30, "EA", "11.90", "2026-12-04"),
    ])
    t = T("2026-11-18", "16:31", UTC)
    body = ("THORNBURY INDUSTRIAL DISTRIBUTION LTD\nSALES ORDER ACKNOWLEDGEMENT\n\n"
            "Sales order : SO/26/118842        Date : 18/11/26\nCustomer   : HALV001 Halvorsen Pump & Valve Ltd\n"
            "Cust. ref  : UK-PO-88622\n\n"
            "Ln  Product       Description                         Qty   Price/Unit    Req.Date\n"
            "--  ------------  ----------------------------------  ----  ------------  --------\n"
            " 1  GLV-C10-BK    Cut C nitrile glove sz10            240   39.00/12PR    04/12/26\n"
            " 2  EAR-SNR30     Ear defender SNR30                   30   11.90/EA      04/12/26\n\n"
            "Goods total: GBP 1,137.00   Carriage: FOC\n\n"
            "This is an automatically generated message from our order processing system. Replies to this "
            "address are not monitored.\n")
    eml = mail("c42", frm=("Thornbury Sales Orders", "salesorders@thornbury-id.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="Sales Order Acknowledgement SO/26/118842",
               date=t, body=body, mid_style="erp", cte="7bit", charset="us-ascii",
               extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])
    return result("thornbury-erp-text-ack-per-dozen", [po], eml, "confirmation",
                  "Machine-generated plain-text acknowledgment (Auto-Submitted, Precedence: bulk) that commits to the "
                  "order: a confirmation. Gloves priced 39.00 per 12 pairs = 3.25 per pair = PO; dates 04/12/26 "
                  "day-first = 2026-12-04 = PO. Everything accepted. Only link to the PO is 'Cust. ref'.",
                  "confirmation/en-GB | automatic ERP text ack, price per dozen, dd/mm/yy",
                  conf((po, all_acc(po))))


@case
def c_summitval_confirm_counter():
    sup = S("SUMMITV", "Summit Valve & Controls Inc.", "sales@summitvalve.example", "en-US", "Summit Valve")
    po = PO("4700031611", sup, "tasha", "USD", "2026-11-12", [
        L(1, "HPV-AC-0200", "Pneumatic actuator DA-200 with NAMUR solenoid", 8, "EA", "412.00", "2026-12-18"),
        L(2, "HPV-AC-0100", "Pneumatic actuator DA-100 with NAMUR solenoid", 12, "EA", "276.00", "2026-12-18"),
    ], req=T("2026-11-12", "09:00", EST))
    r1 = T("2026-11-13", "10:15", TZ(-7))
    r2 = T("2026-11-16", "08:30", EST)
    t = T("2026-11-16", "09:12", TZ(-7))
    sup_q = ("Tasha, DA-100s are fine for 12/18. The DA-200s we can't get before 1/15 - would a 1/15 delivery on "
             "those work for you? Price unchanged.\n\nMatt")
    buy_q = ("Hi Matt, yes 1/15 for the DA-200s is OK with us. Please confirm and we'll update the PO.\n\nTasha")
    mid1 = msgid("gmail", "c43a", "summitvalve.example")
    mid2 = f"<BY5PR11MB{alnum('c43b', 4, '0123456789')}{hs('c43b')[:20].upper()}@BY5PR11MB.namprd11.prod.outlook.com>"
    body = ("Confirmed.\n\nMatt\n\n" + wrote_line("gmail-en", "Tasha Greene", po["buyer"]["email"], r2) + "\n" +
            gt(buy_q) + "\n>\n> " + wrote_line("gmail-en", "Matt Duquette", "mduquette@summitvalve.example", r1) +
            "\n" + gt(sup_q, "> > ") + "\n> >\n> > " + wrote_line("gmail-en", "Tasha Greene", po["buyer"]["email"],
                                                                   po["_req"]) + "\n" + gt(req_text(po), "> > > "))
    eml = mail("c43", frm=("Matt Duquette", "mduquette@summitvalve.example"),
               to=(po["buyer"]["name"], po["buyer"]["email"]), subject="Re: " + req_subject(po), date=t,
               body=body, html_body="auto", mid_style="gmail", irt=mid2,
               refs=[po["request_message_id"], mid1, mid2])
    return result("summit-confirmed-after-counter", [po], eml, "confirmation",
                  "Bare 'Confirmed.' whose content is the thread: the supplier proposed 1/15 for the DA-200s, the "
                  "buyer agreed, the supplier now confirms. Line 1 date 2027-01-15 (PO still says 12/18) -> "
                  "changed; line 2 as ordered.",
                  "confirmation/en-US | one-word confirmation of a negotiated counter-proposal in the quoted thread",
                  conf((po, {1: chg(po, 1, d="2027-01-15"), 2: acc(po, 2)})))


# ========================================================================
# automatic replies
# ========================================================================

def to_buyer(po):
    return (po["buyer"]["name"], po["buyer"]["email"])


@case
def a_wessex_ooo():
    sup = S("WESSEX", "Wessex Pneumatics Ltd", "sales@wessexpneumatics.example", "en-GB", "Wessex Pneumatics")
    po = PO("UK-PO-88640", sup, "marcus", "GBP", "2026-11-19", [
        L(1, "HPV-PN-0632", "Pneumatic cylinder ISO 15552 32x100", 20, "EA", "44.80", "2026-12-18"),
    ], req=T("2026-11-19", "09:10", UTC))
    t = T("2026-11-19", "09:10", UTC) + dt.timedelta(seconds=41)
    body = ("Thank you for your email. I am out of the office from Thursday 19th November, returning Monday 30th "
            "November, with limited access to email.\n\nFor orders and order confirmations please contact "
            "sales@wessexpneumatics.example or call 01202 555 300 and one of the team will be happy to help.\n\n"
            "Kind regards\nPhil Duckworth\n")
    eml = mail("a1", frm=("Phil Duckworth", "phil.duckworth@wessexpneumatics.example"), to=to_buyer(po),
               subject="Automatic reply: " + req_subject(po), date=t, body=body, html_body="auto",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
               **reply_hdrs(po))
    return result("wessex-out-of-office", [po], eml, "auto_reply",
                  "Out-of-office with Auto-Submitted: auto-replied; mentions dates (return 30 Nov) that are not "
                  "delivery dates.", "auto_reply/en-GB | OOO with return date",)


@case
def a_kranich_abwesend():
    sup = S("KRANICH", "Kranich Hydraulik GmbH", "verkauf@kranich-hydraulik.example", "de-DE")
    po = PO("4500078480", sup, "lena", "EUR", "2026-11-19", [
        L(1, "HPV-HY-2200", "Hydraulikschlauch DN12 2SN, 1000 mm, DKOL", 50, "EA", "21.40", "2027-01-08"),
    ], req=T("2026-11-19", "10:00", CET), lang="de")
    t = T("2026-11-19", "10:00", CET) + dt.timedelta(seconds=57)
    body = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich "
            "04.12.2026 nicht im Büro und ab dem 07.12. wieder für Sie erreichbar. Ihre E-Mail wird nicht "
            "weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an Frau Yilmaz, Tel. 0621 555 2280, "
            "oder an verkauf@kranich-hydraulik.example.\n\nMit freundlichen Grüßen\nUwe Reinhardt\n")
    eml = mail("a2", frm=("Reinhardt, Uwe", "u.reinhardt@kranich-hydraulik.example"), to=to_buyer(po),
               subject="Automatische Antwort: " + req_subject(po), date=t, body=body, html_body="auto",
               extra=[("X-Auto-Response-Suppress", "All"), ("Thread-Topic", req_subject(po))], **reply_hdrs(po))
    return result("kranich-abwesenheit-no-autosubmitted", [po], eml, "auto_reply",
                  "German out-of-office without an Auto-Submitted header (only X-Auto-Response-Suppress and the "
                  "'Automatische Antwort:' subject); contains dates that are absence dates.",
                  "auto_reply/de-DE | OOO recognisable only by subject/wording")


@case
def a_sodimeca_ooo_quote():
    sup = S("SODIMECA", "Sodiméca SA", "commandes@sodimeca.example", "fr-FR", "Sodiméca")
    po = PO("4500078493", sup, "julia", "EUR", "2026-11-19", [
        L(1, "HPV-RL-0042", "Roulement à rouleaux coniques 32008", 40, "EA", "18.70", "2026-12-18"),
        L(2, "HPV-RL-0043", "Roulement à rouleaux coniques 32010", 40, "EA", "22.60", "2026-12-18"),
    ], req=T("2026-11-19", "14:00", CET))
    t = T("2026-11-19", "14:00", CET) + dt.timedelta(seconds=23)
    body = ("Bonjour,\n\nJe suis absente jusqu'au 27 novembre inclus. Votre message sera traité à mon retour.\n"
            "Pour toute urgence : adv@sodimeca.example\n\nCordialement,\nÉlodie Garnier\n\n"
            + quote_outlook(po, "fr"))
    eml = mail("a3", frm=("Élodie Garnier", "e.garnier@sodimeca.example"), to=to_buyer(po),
               subject="Réponse automatique : " + req_subject(po), date=t, body=body, html_body="auto",
               extra=[("Auto-Submitted", "auto-replied")], **reply_hdrs(po))
    return result("sodimeca-fr-ooo-quoting-po", [po], eml, "auto_reply",
                  "French out-of-office that quotes the whole request (quantities, prices, dates) - nothing in it "
                  "is a commitment.", "auto_reply/fr-FR | OOO with the PO lines quoted underneath")


@case
def a_prairie_ticket():
    sup = S("PRAIRIEH", "Prairie Hydraulic Supply Co.", "orders@prairiehydraulic.example", "en-US", "Prairie Hydraulic")
    po = PO("4700031630", sup, "erin", "USD", "2026-11-19", [
        L(1, "HPV-HY-0810", "Hydraulic filter element 10 micron, HF-810", 48, "EA", "23.75", "2026-12-16"),
    ], req=T("2026-11-19", "11:40", EST))
    t = T("2026-11-19", "10:41", CST)
    body = ("##- Please type your reply above this line -##\n\nHi Erin,\n\nThanks for reaching out to Prairie "
            "Hydraulic! Your request (#48213) has been received and is being reviewed by our order desk.\n\n"
            "Our typical response time is 1-2 business days. To add information, simply reply to this email.\n\n"
            "Prairie Hydraulic Customer Care\n\nThis email is a service from Prairie Hydraulic Supply Co.\n"
            "[K7XQ2P-9RWD]\n")
    eml = mail("a4", frm=("Prairie Hydraulic Customer Care", "support@prairiehydraulic.example"), to=to_buyer(po),
               subject=f"[Prairie Hydraulic] Re: {req_subject(po)}", date=t, body=body, html_body="auto",
               extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer")],
               mid="<K7XQ2P9RWD_6744a1c2b3_48213@zendesk.example>", **reply_hdrs(po))
    return result("prairie-helpdesk-ticket-receipt", [po], eml, "auto_reply",
                  "Helpdesk ticket receipt ('request has been received and is being reviewed'): automatic and "
                  "commits nothing.", "auto_reply/en-US | ticket-system receipt")


@case
def a_thalmann_eingang():
    sup = S("THALMANN", "Thalmann Industriebedarf GmbH", "bestellung@thalmann-ib.example", "de-DE")
    po = PO("4500078505", sup, "julia", "EUR", "2026-11-19", [
        L(1, "HPV-IB-0330", "Gewindestange M10x1000 A2", 100, "EA", "4.15", "2026-12-11"),
        L(2, "HPV-IB-0331", "Gewindestange M12x1000 A2", 100, "EA", "5.90", "2026-12-11"),
    ], req=T("2026-11-19", "15:20", CET), lang="de")
    t = T("2026-11-19", "15:21", CET)
    body = ("Sehr geehrte Kundin, sehr geehrter Kunde,\n\nvielen Dank für Ihre Bestellung 4500078505. Sie ist am "
            "19.11.2026 um 15:21 Uhr in unserem System eingegangen und wird unter der Vorgangsnummer "
            "EB-2026-55817 bearbeitet.\n\nDie Auftragsbestätigung mit verbindlichen Lieferterminen erhalten Sie "
            "separat, in der Regel innerhalb von zwei Werktagen.\n\nDies ist eine automatisch erstellte "
            "Nachricht, bitte antworten Sie nicht darauf.\n\nThalmann Industriebedarf GmbH | Kasseler Str. 101 | "
            "34123 Kassel\n")
    eml = mail("a5", frm=("Thalmann Bestelleingang", "noreply@thalmann-ib.example"), to=to_buyer(po),
               subject="Eingangsbestätigung Ihrer Bestellung 4500078505", date=t, body=body, html_body="auto",
               mid_style="erp", extra=[("Auto-Submitted", "auto-generated")], **reply_hdrs(po))
    return result("thalmann-erp-receipt-not-ack", [po], eml, "auto_reply",
                  "Automatic receipt ('Eingangsbestätigung') from the supplier's ERP: the order arrived, the "
                  "binding confirmation will follow separately - commits nothing, unlike an ERP order "
                  "confirmation.", "auto_reply/de-DE | ERP receipt that promises the real AB later")


@case
def a_hidrocan_es_ooo():
    sup = S("HIDROCAN", "Hidráulica Cantábrica S.L.", "ventas@hidrocan.example", "es-ES", "Hidrocan")
    po = PO("4500078511", sup, "lena", "EUR", "2026-11-20", [
        L(1, "HPV-HC-4100", "Racor hidráulico JIC 3/4 acero zincado", 400, "EA", "2.35", "2027-01-15"),
    ], req=T("2026-11-20", "09:00", CET))
    t = T("2026-11-20", "09:00", CET) + dt.timedelta(seconds=12)
    body = ("Gracias por su mensaje. Estaré fuera de la oficina hasta el 1 de diciembre sin acceso al correo.\n"
            "Para pedidos, contacte con ventas@hidrocan.example o llame al +34 942 555 180.\n\n"
            "Thank you for your message. I am out of the office until 1 December with no access to email.\n\n"
            "Marta Ruiz\n")
    eml = mail("a6", frm=("Marta Ruiz", "marta.ruiz@hidrocan.example"), to=to_buyer(po),
               subject="Respuesta automática: " + req_subject(po), date=t, body=body, html_body="auto",
               extra=[("Auto-Submitted", "auto-replied")], **reply_hdrs(po))
    return result("hidrocan-es-ooo-bilingual", [po], eml, "auto_reply",
                  "Bilingual Spanish/English out-of-office.", "auto_reply/es-ES | bilingual OOO")


@case
def a_keystone_unmonitored():
    sup = S("KEYMECH", "Keystone Mechanical Supply", "orders@keystonemech.example", "en-US", "Keystone Mechanical")
    po = PO("4700031645", sup, "dev", "USD", "2026-11-20", [
        L(1, "HPV-KM-1010", "Pillow block bearing UCP208-24", 16, "EA", "31.20", "2026-12-18"),
    ], req=T("2026-11-20", "10:30", EST))
    t = T("2026-11-20", "10:30", EST) + dt.timedelta(seconds=5)
    body = ("This mailbox is no longer monitored.\n\nEffective November 1, 2026 all purchase orders must be sent "
            "to po@keystonemech.example or entered through our customer portal. Your message has NOT been "
            "forwarded.\n\nThank you,\nKeystone Mechanical Supply\n")
    eml = mail("a7", frm=("Keystone Mechanical Supply", "orders@keystonemech.example"), to=to_buyer(po),
               subject="Undeliverable mailbox - " + req_subject(po), date=t, body=body, html_body="auto",
               extra=[("Auto-Submitted", "auto-replied")], **reply_hdrs(po))
    return result("keystone-mailbox-not-monitored", [po], eml, "auto_reply",
                  "Automatic 'mailbox no longer monitored' answer (the word 'Undeliverable' in the subject, but it "
                  "is an auto-reply, not a delivery status notification).",
                  "auto_reply/en-US | unmonitored-mailbox notice that looks like a bounce")


@case
def a_meccanica_it_ooo():
    sup = S("MECCPO", "Meccanica Padana S.r.l.", "vendite@meccanicapadana.example", "it-IT", "Meccanica Padana")
    po = PO("4500078520", sup, "julia", "EUR", "2026-11-20", [
        L(1, "HPV-MP-0500", "Albero scanalato 50 mm, 42CrMo4 bonificato", 30, "EA", "66.00", "2027-02-12"),
    ], req=T("2026-11-20", "11:00", CET))
    t = T("2026-11-20", "11:00", CET) + dt.timedelta(seconds=33)
    body = ("Risposta automatica\n\nSono fuori ufficio fino a lunedì 30/11 per la fiera. Per urgenze contattare "
            "il collega Luca Ferri (l.ferri@meccanicapadana.example).\n\nSaluti\nAndrea Sala\n")
    eml = mail("a8", frm=("Andrea Sala", "a.sala@meccanicapadana.example"), to=to_buyer(po),
               subject="Risposta automatica: " + req_subject(po), date=t, body=body, html_body=None,
               extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")], **reply_hdrs(po))
    return result("meccanica-it-ooo", [po], eml, "auto_reply",
                  "Italian out-of-office, plain text, Precedence: auto_reply.", "auto_reply/it-IT | OOO")


# ========================================================================
# bounces
# ========================================================================

def dsn_mail(seed, po, t, mta, text, status_fields, subject, frm, report_ctype="message/delivery-status",
             original="full"):
    orig_txt = request_bytes_text(po)
    if original == "headers":
        orig_part = {"h": [("Content-Type", "text/rfc822-headers")], "body": orig_txt.split("\n\n")[0]}
    else:
        orig_part = {"h": [("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", "7bit")],
                     "body": orig_txt}
    parts = [text_part("text/plain", text, "us-ascii", "7bit"),
             {"h": [("Content-Type", report_ctype)], "body": status_fields}, orig_part]
    core = multi("report", parts, seed, extra=" report-type=delivery-status;")
    hh = [("Return-Path", "<>"), ("Delivered-To", po["buyer"]["email"]),
          ("From", frm), ("To", po["buyer"]["email"]), ("Subject", subject), ("Date", format_datetime(t)),
          ("Message-ID", f"<{hs(seed)[:16]}.{alnum(seed, 8, '0123456789')}@{mta}>"),
          ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]
    core["h"] = hh + core["h"]
    return render(core).replace("\n", "\r\n").encode("ascii")


@case
def b_exchange_ndr():
    sup = S("DORSETF", "Dorset Flow Controls Ltd", "sales@dorsetflow.example", "en-GB", "Dorset Flow")
    po = PO("UK-PO-88655", sup, "owen", "GBP", "2026-11-20", [
        L(1, "HPV-DF-2020", "Butterfly valve DN80 wafer, EPDM liner", 10, "EA", "64.00", "2027-01-15"),
    ], req=T("2026-11-20", "13:00", UTC))
    t = T("2026-11-20", "13:00", UTC) + dt.timedelta(seconds=9)
    text = ("Your message to sales@dorsetflow.example couldn't be delivered.\n\n"
            "sales wasn't found at dorsetflow.example.\n\nowen.pryce   Office 365   sales\nAction Required   "
            "Recipient\n\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. "
            "Try one or more of the following:\n- Retype the recipient's address, then resend the message.\n\n"
            "Diagnostic information for administrators:\n\nGenerating server: LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM"
            "\n\nsales@dorsetflow.example\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
            "Recipient not found by SMTP address lookup'\n")
    status = ("Reporting-MTA: dns;LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM\n"
              "Received-From-MTA: dns;mx2.halvorsen-pv.example\n"
              f"Arrival-Date: {format_datetime(t - dt.timedelta(seconds=8))}\n\n"
              "Final-Recipient: rfc822;sales@dorsetflow.example\nAction: failed\nStatus: 5.1.10\n"
              "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
              "address lookup")
    eml = dsn_mail("b1", po, t, "LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM", text, status,
                   "Undeliverable: " + req_subject(po),
                   "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@halvorsen-pv.example>")
    return result("dorset-exchange-ndr", [po], eml, "bounce",
                  "Exchange Online non-delivery report (5.1.10 recipient not found) with the original request "
                  "attached.", "bounce/en | Office 365 NDR with message/rfc822")


@case
def b_gmail_delay():
    sup = S("RIVERBND", "Riverbend Motor Rewind Inc.", "service@riverbendrewind.example", "en-US", "Riverbend")
    po = PO("4700031660", sup, "tasha", "USD", "2026-11-20", [
        L(1, "HPV-RW-0200", "Motor rewind 20 HP 1800 rpm TEFC", 2, "EA", "1450.00", "2026-12-18"),
    ], req=T("2026-11-20", "08:00", EST))
    t = T("2026-11-21", "08:02", EST)
    text = ("** Delivery incomplete **\n\nThere was a temporary problem delivering your message to "
            "service@riverbendrewind.example. Gmail will retry for 46 more hours. You'll be notified if the "
            "delivery fails permanently.\n\nThe response from the remote server was:\n421 4.4.2 "
            "mail.riverbendrewind.example Error: timeout exceeded\n")
    status = ("Reporting-MTA: dns; mx2.halvorsen-pv.example\n"
              f"Arrival-Date: {format_datetime(po['_req'])}\n\n"
              "Final-Recipient: rfc822; service@riverbendrewind.example\nAction: delayed\nStatus: 4.4.2\n"
              "Diagnostic-Code: smtp; 421 4.4.2 mail.riverbendrewind.example Error: timeout exceeded\n"
              f"Will-Retry-Until: {format_datetime(t + dt.timedelta(hours=46))}")
    eml = dsn_mail("b2", po, t, "mx2.halvorsen-pv.example", text, status,
                   "Delivery Status Notification (Delay)", "Mail Delivery Subsystem <mailer-daemon@halvorsen-pv.example>",
                   original="headers")
    return result("riverbend-delay-dsn", [po], eml, "bounce",
                  "Delay DSN (Action: delayed, 4.4.2): not yet a failure, but a delivery status notification, "
                  "not a supplier answer.", "bounce/en-US | delayed (not failed) DSN with text/rfc822-headers")


@case
def b_qmail_plain():
    sup = S("MAZOVIA", "Mazovia Odlewnie Sp. z o.o.", "biuro@mazovia-odlewnie.example", "pl-PL", "Mazovia Odlewnie")
    po = PO("4500078533", sup, "lena", "EUR", "2026-11-20", [
        L(1, "HPV-OD-1500", "Odlew korpusu GJL-250, surowy", 100, "EA", "29.40", "2027-02-19"),
    ], req=T("2026-11-20", "12:00", CET))
    t = T("2026-11-20", "12:00", CET) + dt.timedelta(seconds=31)
    body = ("Hi. This is the qmail-send program at mail.mazovia-odlewnie.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<biuro@mazovia-odlewnie.example>:\nThis mailbox is over quota. (#5.2.2)\n\n"
            "--- Below this line is a copy of the message.\n\n" + request_bytes_text(po) + "\n")
    hh = [("Return-Path", "<>"), ("Delivered-To", po["buyer"]["email"]),
          received("mail.mazovia-odlewnie.example", "192.0.2.77", po["buyer"]["email"], t, "b3"),
          ("Date", format_datetime(t)), ("From", "MAILER-DAEMON@mail.mazovia-odlewnie.example"),
          ("To", po["buyer"]["email"]), ("Subject", "failure notice"),
          ("Message-ID", f"<20261120110031.{alnum('b3', 6, '0123456789')}.qmail@mail.mazovia-odlewnie.example>"),
          ("MIME-Version", "1.0")]
    core = text_part("text/plain", body, "us-ascii", "7bit")
    core["h"] = hh + core["h"]
    eml = render(core).replace("\n", "\r\n").encode("ascii")
    return result("mazovia-qmail-plain-failure", [po], eml, "bounce",
                  "qmail 'failure notice' as plain text (no multipart/report); the returned request underneath "
                  "contains the PO lines.", "bounce/en (Polish supplier) | plain-text qmail bounce, no DSN part")


# ========================================================================
# human replies that commit to nothing
# ========================================================================

@case
def n_buckeye_drawing_question():
    sup = S("OHIOMACH", "Ohio River Machining LLC", "quotes@ohiorivermachining.example", "en-US", "Ohio River Machining")
    po = PO("4700031672", sup, "erin", "USD", "2026-11-20", [
        L(1, "HPV-MC-5510", "Pump adapter plate, 6061-T6, drg 55-10", 40, "EA", "88.00", "2027-01-15"),
        L(2, "HPV-MC-5512", "Bearing cap, 6061-T6, drg 55-12", 40, "EA", "36.50", "2027-01-15"),
    ], req=T("2026-11-20", "09:45", EST))
    t = T("2026-11-20", "14:10", EST)
    body = ("Hi Erin,\n\nBefore I can confirm - the PO calls out drg 55-10 but the model we quoted from was rev C, "
            "and the print attached to the PO is rev D (bolt circle changed). Which rev do you want? If it's D "
            "we'd need to requote, the extra tapped holes add time.\n\nAlso is anodize required on the bearing "
            "cap? Not on the PO.\n\nThanks,\nKyle Brandenburg\nOhio River Machining LLC\n\n"
            + quote_outlook(po, "en-US"))
    eml = mail("n1", frm=("Kyle Brandenburg", "kyle@ohiorivermachining.example"), to=to_buyer(po),
               subject="RE: " + req_subject(po), date=t, body=body, html_body="auto",
               mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("ohioriver-question-drawing-rev", [po], eml, "needs_review",
                  "Questions before confirming (drawing revision, anodize); explicitly not confirmed yet.",
                  "needs_review/en-US | questions before confirming")


@case
def n_kaveri_revert():
    sup = S("SAHYADRI", "Sahyadri Castings Pvt. Ltd.", "marketing@sahyadricastings.example", "en-IN", "Sahyadri Castings")
    po = PO("4700031688", sup, "dev", "USD", "2026-11-20", [
        L(1, "HPV-SC-2040", "Volute casing 2040, CI FG260, rough", 60, "EA", "118.00", "2027-02-26"),
    ], req=T("2026-11-20", "10:00", EST))
    t = T("2026-11-21", "11:25", IST)
    body = ("Dear Sir,\n\nGood morning.\n\nWe are in receipt of your PO no. 4700031688 and thanks for the same. "
            "Our production planning team is checking the pattern availability and foundry loading. We will "
            "revert back with the confirmed delivery schedule latest by Thursday.\n\nPrice is as per our "
            "offer.\n\nThanks & Regards\nPrashant Deshmukh\nSr. Executive - Marketing\nSahyadri Castings Pvt. Ltd., "
            "Kolhapur\n\n" + quote_gt(po, "gmail-en"))
    eml = mail("n2", frm=("Prashant Deshmukh", "prashant.d@sahyadricastings.example"), to=to_buyer(po),
               subject="Re: " + req_subject(po), date=t, body=body, html_body="auto", mid_style="gmail",
               mailer="Zoho Mail", **reply_hdrs(po))
    return result("sahyadri-will-revert-thursday", [po], eml, "needs_review",
                  "Receipt plus 'will revert with the confirmed schedule by Thursday'. 'Price is as per our offer' "
                  "does not say the offer equals the PO, and nothing about quantity/date is committed.",
                  "needs_review/en-IN | promise to answer later, half-statement on price")


@case
def n_dongfang_deposit():
    sup = S("DONGFANG", "Wenzhou Dongfang Valve Co., Ltd", "sales@dongfang-valve.example", "zh-CN", "Dongfang Valve")
    po = PO("4700031695", sup, "tasha", "USD", "2026-11-20", [
        L(1, "HPV-DV-0080", "Check valve DN80 PN16 ductile iron, swing", 40, "EA", "74.00", "2027-03-05"),
        L(2, "HPV-DV-0100", "Check valve DN100 PN16 ductile iron, swing", 24, "EA", "96.00", "2027-03-05"),
    ], req=T("2026-11-20", "11:00", EST))
    t = T("2026-11-21", "09:48", CHN)
    body = ("Dear Tasha,\n\nThanks for your PO. Price and quantity is ok for us and we can arrange delivery "
            "as your request, but as new customer we need 30% T/T deposit before start production, balance "
            "before shipment. Once receive the deposit we will send you PI and confirm the date.\n\n"
            "Bank info please see below.\n\nBest regards\nCindy Chen\nWenzhou Dongfang Valve Co., Ltd\n"
            "Beneficiary bank: Bank of Example, Wenzhou Branch  SWIFT: EXAMCNSHWZU\n\n" + quote_outlook(po, "en-US"))
    eml = mail("n3", frm=("Cindy Chen", "cindy@dongfang-valve.example"), to=to_buyer(po),
               subject="RE: " + req_subject(po), date=t, body=body, html_body="auto",
               mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("dongfang-prepayment-condition", [po], eml, "needs_review",
                  "Everything 'ok' but only once a 30% deposit is paid (new payment terms); the date will be "
                  "confirmed after the deposit. Conditional -> not a commitment.",
                  "needs_review/en (Chinese supplier) | acceptance conditional on prepayment")


@case
def n_lindner_moq():
    sup = S("LINDNER", "Lindner Stanztechnik GmbH", "vertrieb@lindner-stanztechnik.example", "de-DE")
    po = PO("4500078548", sup, "julia", "EUR", "2026-11-20", [
        L(1, "HPV-ST-0330", "Stanzteil Halteblech 1,5 mm DC04, verzinkt", 600, "EA", "0.86", "2027-01-22"),
    ], req=T("2026-11-20", "13:30", CET), lang="de")
    t = T("2026-11-23", "09:05", CET)
    body = ("Hallo Frau Brenner,\n\nbei dem Halteblech haben wir eine Mindestlosgröße von 1.000 Stk. (Rüstkosten "
            "Folgeverbundwerkzeug). Sollen wir die Bestellung auf 1.000 Stk. erhöhen? Alternativ 600 Stk. mit "
            "einem Rüstkostenanteil von 95,- EUR.\n\nBitte um kurze Info, dann bestätige ich sofort.\n\n"
            "Gruß\nMichael Lindner\n\n" + quote_outlook(po, "de"))
    eml = mail("n4", frm=("Michael Lindner", "m.lindner@lindner-stanztechnik.example"), to=to_buyer(po),
               subject="AW: " + req_subject(po), date=t, body=body, html_body="auto",
               mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("lindner-moq-question", [po], eml, "needs_review",
                  "Minimum lot 1.000 pcs: the supplier offers two options and waits for the buyer's choice before "
                  "confirming.", "needs_review/de-DE | minimum quantity, two options offered")


@case
def n_gulfcoast_credit_hold():
    sup = S("GULFCST", "Gulf Coast Pipe & Supply", "ar@gulfcoastpipe.example", "en-US", "Gulf Coast Pipe")
    po = PO("4700031702", sup, "erin", "USD", "2026-11-20", [
        L(1, "HPV-GP-0410", "Pipe nipple 2in x 6in sch 80 A106B", 100, "EA", "9.60", "2026-12-11"),
        L(2, "HPV-GP-0420", "Weld neck flange 2in CL150 A105", 50, "EA", "17.35", "2026-12-11"),
    ], req=T("2026-11-20", "14:00", EST))
    t = T("2026-11-23", "10:20", CST)
    body = ("Good morning,\n\nYour PO 4700031702 has been received, however your account is currently on credit "
            "hold due to past-due invoices (INV 228104, 228377 - total $6,412.50, 47 days past due). We are "
            "unable to release or schedule new orders until the account is brought current.\n\nPlease forward "
            "remittance details to ar@gulfcoastpipe.example and we will release the order.\n\nRegards,\n"
            "Sherry LeBlanc\nCredit & Collections | Gulf Coast Pipe & Supply | Lafayette, LA\n\n"
            + quote_outlook(po, "en-US"))
    eml = mail("n5", frm=("Sherry LeBlanc", "sleblanc@gulfcoastpipe.example"), to=to_buyer(po),
               cc=("Gulf Coast Orders", "orders@gulfcoastpipe.example"), subject="RE: " + req_subject(po),
               date=t, body=body, html_body="auto", mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("gulfcoast-credit-hold", [po], eml, "needs_review",
                  "Credit hold: the order is neither confirmed nor declined, it waits for payment of old invoices.",
                  "needs_review/en-US | credit hold")


@case
def n_pendle_side_question():
    sup = S("PENDLE", "Pendle Forgings Ltd", "sales@pendleforgings.example", "en-GB", "Pendle Forgings")
    po = PO("UK-PO-88671", sup, "marcus", "GBP", "2026-11-19", [
        L(1, "HPV-PF-1200", "Forged flange blank 1.4462, OD 220", 30, "EA", "142.00", "2027-02-05"),
    ], req=T("2026-11-19", "10:00", UTC))
    b2 = T("2026-11-20", "11:30", UTC)
    t = T("2026-11-23", "08:52", UTC)
    ask = ("Hi Paul,\n\nOne more thing on this order - can you supply EN 10204 3.1 certs with the forgings, and do "
           "you need the ferrite check spec from us?\n\nThanks\nMarcus")
    body = ("Morning Marcus,\n\nYes, 3.1 certs are standard with all our duplex forgings, no charge. For the "
            "ferrite check please send your spec and we'll include the results on the cert.\n\nRegards\n"
            "Paul Hindle\nPendle Forgings Ltd, Nelson BB9 7DR\n\n" +
            quote_outlook(po, "en-GB", body=ask, t=b2, subject="RE: " + req_subject(po)) + "\n\n" +
            quote_outlook(po, "en-GB"))
    mid_b = f"<ack.UK-PO-88671.followup.20261120113000@{BD}>"
    eml = mail("n6", frm=("Paul Hindle", "paul.hindle@pendleforgings.example"), to=to_buyer(po),
               subject="RE: " + req_subject(po), date=t, body=body, html_body="auto",
               mailer="Microsoft Outlook 16.0", irt=mid_b, refs=[po["request_message_id"], mid_b])
    return result("pendle-answers-cert-question-only", [po], eml, "needs_review",
                  "In the PO thread the supplier answers the buyer's side question about 3.1 certificates; the "
                  "order itself is still not confirmed.",
                  "needs_review/en-GB | reply to a side question in the PO thread")


@case
def n_techniflux_internal_fwd():
    sup = S("TECHFLUX", "Techniflux SAS", "adv@techniflux.example", "fr-FR", "Techniflux")
    po = PO("4500078561", sup, "lena", "EUR", "2026-11-20", [
        L(1, "HPV-TF-0600", "Débitmètre électromagnétique DN50, 4-20 mA", 6, "EA", "740.00", "2027-01-29"),
    ], req=T("2026-11-20", "15:00", CET))
    t = T("2026-11-23", "10:37", CET)
    inner = ("De : Sophie Marchal <s.marchal@techniflux.example>\nEnvoyé : lundi 23 novembre 2026 09:58\n"
             "À : Planning Atelier <planning@techniflux.example>\nObjet : TR: " + req_subject(po) + "\n\n"
             "Salut Julien,\n\nPeux-tu me dire si on peut tenir le 29/01 pour 6 DN50 ? Le client attend une "
             "réponse. Je pense qu'il faudra décaler à mi-février vu la charge, mais je préfère que tu "
             "confirmes.\n\nMerci\nSophie\n\n")
    body = ("Bonjour Madame Hoffmann,\n\nje vous transmets pour information l'échange avec notre atelier, nous "
            "revenons vers vous dès que nous avons leur retour.\n\nCordialement\nSophie Marchal\nADV Techniflux\n\n"
            + inner + quote_outlook(po, "fr"))
    eml = mail("n7", frm=("Sophie Marchal", "s.marchal@techniflux.example"), to=to_buyer(po),
               subject="TR: " + req_subject(po), date=t, body=body, html_body="auto",
               mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("techniflux-fr-internal-forward", [po], eml, "needs_review",
                  "Forwarded internal question to the workshop ('je pense qu'il faudra décaler à mi-février') - a "
                  "guess, not a commitment; the supplier will come back.",
                  "needs_review/fr-FR | forwarded internal chain with a tentative date")


@case
def n_vanderlei_see_attached():
    sup = S("VDLEI", "Van der Lei Techniek B.V.", "orders@vanderleitechniek.example", "nl-NL", "Van der Lei Techniek")
    po = PO("4500078574", sup, "julia", "EUR", "2026-11-20", [
        L(1, "HPV-VL-2210", "RVS koppelstuk 2in, 316L, gelast", 80, "EA", "27.90", "2027-01-15"),
        L(2, "HPV-VL-2215", "RVS bocht 90° 2in, 316L", 120, "EA", "14.30", "2027-01-15"),
    ], req=T("2026-11-20", "16:00", CET))
    t = T("2026-11-23", "14:11", CET)
    body = ("Beste Julia,\n\nZie bijlage voor onze orderbevestiging.\n\nMet vriendelijke groet,\n\n"
            "Bart van der Lei\nVan der Lei Techniek B.V. | Industrieweg 30 | 7553 GV Hengelo\n\n"
            + quote_outlook(po, "nl"))
    eml = mail("n8", frm=("Bart van der Lei", "bart@vanderleitechniek.example"), to=to_buyer(po),
               subject="RE: " + req_subject(po), date=t, body=body, html_body="auto",
               mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("vanderlei-nl-see-attached-missing", [po], eml, "needs_review",
                  "'Zie bijlage voor onze orderbevestiging' but the mail has no attachment: nothing to read, the "
                  "buyer has to ask for it.", "needs_review/nl-NL | 'see attached' with no attachment")


@case
def n_hoffmeister_contradiction():
    sup = S("HOFFMST", "Hoffmeister Präzisionsteile GmbH", "auftrag@hoffmeister-praezision.example", "de-DE")
    po = PO("4500078582", sup, "lena", "EUR", "2026-11-23", [
        L(1, "HPV-HP-0800", "Lagerbuchse CuSn8 Ø30/Ø36x40", 250, "EA", "6.45", "2026-12-18"),
    ], req=T("2026-11-23", "08:30", CET), lang="de")
    t = T("2026-11-23", "16:40", CET)
    body = ("Hallo Frau Hoffmann,\n\nwir bestätigen Ihre Bestellung wie bestellt.\n\nLiefertermin: KW 4\n\n"
            "Beste Grüße\nRalf Kessler\nHoffmeister Präzisionsteile GmbH\n\n" + quote_outlook(po, "de"))
    eml = mail("n9", frm=("Kessler, Ralf", "r.kessler@hoffmeister-praezision.example"), to=to_buyer(po),
               subject="AW: " + req_subject(po), date=t, body=body, html_body="auto",
               mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("hoffmeister-as-ordered-but-kw4", [po], eml, "needs_review",
                  "Contradiction: 'wie bestellt' (PO date 18.12.2026 = KW 51) but 'Liefertermin: KW 4' (January "
                  "2027). Which one holds is unclear -> needs review, not a guess.",
                  "needs_review/de-DE | 'as ordered' contradicts the stated week")


@case
def n_rivoli_new_pricelist():
    sup = S("RIVOLI", "Rivoli Guarnizioni S.r.l.", "commerciale@rivoliguarnizioni.example", "it-IT", "Rivoli")
    po = PO("4500078590", sup, "julia", "EUR", "2026-11-23", [
        L(1, "HPV-RG-0450", "Guarnizione piana DN50 PN16 EPDM", 1000, "EA", "0.62", "2027-01-15"),
    ], req=T("2026-11-23", "09:00", CET))
    t = T("2026-11-24", "11:58", CET)
    body = ("Buongiorno,\n\ngrazie per l'ordine. Vi segnaliamo che i prezzi in ordine si riferiscono al listino "
            "2026; dal 1° gennaio vale il nuovo listino con un aumento medio del 7%. Potremo confermare "
            "l'ordine solo dopo vostra accettazione scritta del nuovo prezzo (EUR 0,665/pz) oppure con "
            "consegna entro il 18/12 ai prezzi attuali, se per voi va bene.\n\nAttendiamo vostre indicazioni.\n\n"
            "Cordiali saluti\nSilvia Rota\nRivoli Guarnizioni S.r.l.\n\n" + quote_gt(po, "gmail-it"))
    eml = mail("n10", frm=("Silvia Rota", "s.rota@rivoliguarnizioni.example"), to=to_buyer(po),
               subject="Re: " + req_subject(po), date=t, body=body, html_body="auto", mid_style="gmail",
               **reply_hdrs(po))
    return result("rivoli-it-confirm-only-after-acceptance", [po], eml, "needs_review",
                  "Two alternative offers (new price 0,665 in January or old price delivered by 18/12) and an "
                  "explicit 'we can confirm only after your written acceptance'.",
                  "needs_review/it-IT | alternatives offered, confirmation conditional")


@case
def n_strojmont_oc_follows():
    sup = S("STROJMNT", "Strojmont Brno a.s.", "prodej@strojmont.example", "cs-CZ", "Strojmont")
    po = PO("4500078603", sup, "lena", "EUR", "2026-11-23", [
        L(1, "HPV-SB-1100", "Základová deska čerpadla, svařenec", 20, "EA", "215.00", "2027-02-26"),
    ], req=T("2026-11-23", "10:00", CET))
    t = T("2026-11-23", "13:45", CET)
    body = ("Dobrý den,\n\nobjednávku jsme přijali, děkujeme. Potvrzení objednávky s termínem dodání Vám zašleme "
            "do 48 hodin, jakmile ho odsouhlasí výroba.\n\nS pozdravem\nTomáš Novák\nobchodní referent\n"
            "Strojmont Brno a.s.\n\nOdesláno z mobilu\n\n" + quote_gt(po, "cs"))
    eml = mail("n11", frm=("Tomáš Novák", "tomas.novak@strojmont.example"), to=to_buyer(po),
               subject="Re: " + req_subject(po), date=t, body=body, html_body="auto", mid_style="gmail",
               **reply_hdrs(po))
    return result("strojmont-cs-oc-to-follow", [po], eml, "needs_review",
                  "Human receipt from a phone: order received, confirmation with date to follow within 48 h.",
                  "needs_review/cs-CZ | received, confirmation promised later")


@case
def n_yongkang_packaging_zh():
    sup = S("YONGKANG", "Yongkang Huasheng Pump Parts Factory", "hs-sales@yk-huasheng.example", "zh-CN", "Huasheng")
    po = PO("4700031715", sup, "dev", "USD", "2026-11-23", [
        L(1, "HPV-YK-0750", "Pump terminal box assembly, 0.75 kW", 1000, "EA", "2.86", "2027-03-05"),
    ], req=T("2026-11-23", "09:00", EST))
    t = T("2026-11-24", "10:12", CHN)
    body = ("Devon 你好，\n\n订单收到，谢谢。确认之前想请问一下：\n"
            "1. 包装要求：每箱50个还是100个？外箱需要贴贵司的标签吗？\n"
            "2. 端子盒盖子是用灰色还是黑色（图纸上没有写）？\n\n"
            "确认后我们马上回复交期。\n\n"
            "Best regards\n陈晓燕 Linda Chen\n永康华盛泵业配件厂\n\n"
            "------------------ Original ------------------\n"
            f"From: \"{po['buyer']['name']}\"<{po['buyer']['email']}>;\nDate: Mon, Nov 23, 2026 10:00 PM\n"
            f"To: \"hs-sales\"<{sup['email']}>;\nSubject: {req_subject(po)}\n\n" + req_text(po))
    eml = mail("n12", frm=("Linda Chen", "linda@yk-huasheng.example"), to=to_buyer(po),
               subject="回复：" + req_subject(po), date=t, body=body, html_body="auto", mid_style="foxmail",
               charset="gb18030", mailer="Foxmail 7.2.25.375[cn]", **reply_hdrs(po))
    return result("huasheng-zh-packaging-questions", [po], eml, "needs_review",
                  "Chinese: order received, questions about packaging and colour; delivery date promised after the "
                  "answer. GB18030 charset.", "needs_review/zh-CN | questions before confirming, GB18030")


@case
def n_ardennes_price_first():
    sup = S("ARDENNES", "Ardennes Tôlerie SA", "commercial@ardennes-tolerie.example", "fr-FR", "Ardennes Tôlerie")
    po = PO("4500078617", sup, "julia", "EUR", "2026-11-23", [
        L(1, "HPV-AT-0900", "Capot inox 1.4301 plié, plan 09-00", 40, "EA", "58.00", "2027-02-12"),
        L(2, "HPV-AT-0910", "Support capot inox 1.4301", 80, "EA", "12.40", "2027-02-12"),
    ], req=T("2026-11-23", "14:00", CET))
    t = T("2026-11-25", "09:20", CET)
    body = ("Bonjour Madame Brenner,\n\nNous avons bien reçu votre commande. Le délai de février ne pose pas de "
            "problème. En revanche le prix du capot ne correspond pas à notre offre OF-26-1187 (64,50 € et non "
            "58,00 €) : pouvez-vous corriger la commande ? Nous vous enverrons l'accusé de réception dès "
            "réception de la commande modifiée.\n\nCordialement,\nMarc Lefèvre\nArdennes Tôlerie SA - Sedan\n\n"
            + quote_outlook(po, "fr"))
    eml = mail("n13", frm=("Marc Lefèvre", "m.lefevre@ardennes-tolerie.example"), to=to_buyer(po),
               subject="RE: " + req_subject(po), date=t, body=body, html_body="auto",
               mailer="Microsoft Outlook 16.0", **reply_hdrs(po))
    return result("ardennes-fr-asks-corrected-po", [po], eml, "needs_review",
                  "Price dispute: the supplier asks for a corrected PO and will acknowledge only after; the remark "
                  "that the February date is no problem is not a confirmation of the order.",
                  "needs_review/fr-FR | asks for a revised PO before acknowledging")


# ========================================================================
# mail that is not an answer about these orders
# ========================================================================

@case
def u_buckeye_newsletter():
    sup = S("MIDATL", "Mid-Atlantic Bearing & Drive", "sales@midatlanticbearing.example", "en-US", "Mid-Atlantic Bearing")
    po = PO("4700031724", sup, "erin", "USD", "2026-11-23", [
        L(1, "HPV-MA-6210", "Ball bearing 6210-2RS C3", 80, "EA", "12.60", "2026-12-18"),
    ], req=T("2026-11-23", "08:00", EST))
    t = T("2026-11-24", "07:00", EST)
    hb = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Holiday hours</title></head>'
          '<body style="margin:0;background:#f2f2f2"><table width="100%" cellpadding="0" cellspacing="0"><tr><td '
          'align="center"><table width="600" style="background:#fff;font-family:Arial"><tr><td style="padding:20px">'
          '<h1 style="color:#0b3d91">Happy Holidays from Mid-Atlantic Bearing &amp; Drive!</h1>'
          "<p>Hi Erin,</p><p>Thank you for a great 2026. Please note our holiday schedule:</p>"
          "<ul><li>Thursday 12/24 - Friday 12/25: <b>closed</b></li><li>Thursday 12/31: closing at noon</li>"
          "<li>Friday 1/1: <b>closed</b></li></ul>"
          "<p>Orders placed by <b>12/18</b> ship before the break. Stock up now: <b>10% off</b> all mounted "
          "bearings through 12/31 with code <b>HOLIDAY10</b>.</p>"
          '<p><a href="https://www.midatlanticbearing.example/holiday?utm_source=newsletter">Shop now</a></p>'
          '<p style="font-size:9px;color:#888">You are receiving this email because you are a customer of '
          "Mid-Atlantic Bearing &amp; Drive, 900 Eastern Blvd, Essex MD 21221. "
          '<a href="https://www.midatlanticbearing.example/unsubscribe?id=8841">Unsubscribe</a></p>'
          "</td></tr></table></td></tr></table></body></html>")
    eml = mail("u1", frm=("Mid-Atlantic Bearing & Drive", "news@midatlanticbearing.example"), to=to_buyer(po),
               subject="\U0001F384 Holiday hours + 10% off mounted bearings", date=t, html_body=hb, html_only=True,
               mid_style="erp", return_path="bounce-8841@em.midatlanticbearing.example",
               extra=[("List-Unsubscribe", "<https://www.midatlanticbearing.example/unsubscribe?id=8841>"),
                      ("Precedence", "bulk")])
    return result("midatlantic-holiday-newsletter", [po], eml, "unrelated",
                  "Marketing newsletter from a supplier with an open PO; contains dates (12/18, 12/24...) that are "
                  "not about the order.", "unrelated/en-US | HTML-only newsletter with dates")


@case
def u_brandes_pricelist_xlsx():
    sup = S("BRANDES", "Brandes Normteile GmbH", "vertrieb@brandes-normteile.example", "de-DE")
    po = PO("4500078625", sup, "lena", "EUR", "2026-11-23", [
        L(1, "HPV-BN-0612", "Passfeder DIN 6885 A 6x6x20 C45", 2000, "EA", "0.092", "2027-01-08"),
    ], req=T("2026-11-23", "11:00", CET), lang="de")
    t = T("2026-11-25", "08:15", CET)
    rows = [["Preisliste 2027 - gültig ab 01.01.2027", None, None, None],
            ["Artikel", "Bezeichnung", "Preis EUR", "PE"],
            ["PF-6620", "Passfeder DIN 6885 A 6x6x20 C45", Decimal("9.80"), 100],
            ["PF-8830", "Passfeder DIN 6885 A 8x7x30 C45", Decimal("14.60"), 100],
            ["SR-0820", "Sicherungsring DIN 471 20x1,2", Decimal("3.95"), 100]]
    x = make_xlsx(rows, sheet="Preisliste 2027", creator="Brandes Vertrieb")
    body = ("Sehr geehrte Kundin, sehr geehrter Kunde,\n\nanbei erhalten Sie unsere Preisliste 2027, gültig für "
            "alle Lieferungen ab dem 01.01.2027. Aufgrund gestiegener Stahl- und Energiekosten erhöhen sich die "
            "Preise im Durchschnitt um 6,5 %.\n\nBereits bestätigte Aufträge werden zu den bestätigten Preisen "
            "ausgeliefert.\n\nMit freundlichen Grüßen\nIhr Brandes-Vertriebsteam\n")
    eml = mail("u2", frm=("Brandes Normteile Vertrieb", "vertrieb@brandes-normteile.example"), to=to_buyer(po),
               subject="Preisliste 2027 / Preisanpassung", date=t, body=body, html_body="auto",
               mailer="Microsoft Outlook 16.0",
               attachments=[file_part(XLSX_CT, "Brandes_Preisliste_2027.xlsx", x)])
    return result("brandes-pricelist-2027-xlsx", [po], eml, "unrelated",
                  "General 2027 price list (XLSX) sent to all customers; it contains the PO's article at a new "
                  "price, but it is not an answer to the PO.",
                  "unrelated/de-DE | price-list announcement with an XLSX listing the ordered part")


@case
def u_hallam_invoice_other_po():
    sup = S("HALLAM", "Hallam Tool & Abrasives Ltd", "accounts@hallamtool.example", "en-GB", "Hallam Tool")
    po = PO("UK-PO-88690", sup, "owen", "GBP", "2026-11-23", [
        L(1, "HPV-HT-1150", "Flap disc 115 mm P60 zirconia", 200, "EA", "2.35", "2026-12-11"),
    ], req=T("2026-11-23", "10:00", UTC))
    t = T("2026-11-25", "17:02", UTC)
    items = [(14, True, "HALLAM TOOL & ABRASIVES LTD"), (8, False, "Don Valley Works, Sheffield S9 3QR - VAT GB 555 1234 88"),
             (12, True, "TAX INVOICE  INV-0091882"),
             (9, False, "Invoice date: 25/11/2026   Your order: UK-PO-88512   Delivery note: DN-77120"),
             (9, False, "Invoice to: Halvorsen Pump & Valve Ltd, Doncaster DN4 8DE")]
    cols = [(40, "Qty"), (80, "Description"), (330, "Unit"), (400, "Net"), (470, "VAT")]
    rows = [["100", "Cutting disc 115x1.0 INOX", "0.98", "98.00", "20%"],
            ["50", "Flap disc 115 mm P80 zirconia", "2.35", "117.50", "20%"]]
    foot = [(9, True, "Net 215.50   VAT 43.10   TOTAL GBP 258.60"), (8, False, "Payment terms: 30 days end of month.")]
    pdf = make_pdf(pdf_table(items, cols, rows, foot), "INV-0091882", producer="Sage 200 Reporting")
    body = ("Please find attached invoice INV-0091882.\n\nIf you have any queries please contact "
            "accounts@hallamtool.example quoting the invoice number.\n\nHallam Tool & Abrasives Ltd - Accounts\n")
    eml = mail("u3", frm=("Hallam Tool Accounts", "accounts@hallamtool.example"), to=to_buyer(po),
               subject="Invoice INV-0091882 from Hallam Tool & Abrasives Ltd", date=t, body=body, mid_style="erp",
               attachments=[file_part("application/pdf", "INV-0091882.pdf", pdf)])
    return result("hallam-invoice-other-po", [po], eml, "unrelated",
                  "Invoice (PDF) for an older order UK-PO-88512, not the open UK-PO-88690; a flap disc at the same "
                  "2.35 appears but in P80, not the ordered P60.",
                  "unrelated/en-GB | invoice PDF for a different PO with a similar item")


@case
def u_redriver_asn_other():
    sup = S("REDRIVER", "Red River Industrial Supply", "shipping@redriverind.example", "en-US", "Red River")
    po = PO("4700031733", sup, "tasha", "USD", "2026-11-23", [
        L(1, "HPV-RR-2210", "V-belt B-section B54", 60, "EA", "8.90", "2026-12-16"),
        L(2, "HPV-RR-2212", "V-belt B-section B60", 60, "EA", "9.45", "2026-12-16"),
    ], req=T("2026-11-23", "09:30", EST))
    t = T("2026-11-24", "15:47", CST)
    body = ("SHIPMENT NOTIFICATION\n\nYour order has shipped!\n\nCustomer PO: 4700031590-B\nSales Order: 3318402\n"
            "Ship Date: 11/24/2026\nCarrier: Estes Express  PRO# 0918-445512\nEstimated delivery: 11/30/2026\n\n"
            "Items shipped:\n  24  B48 V-BELT\n  24  B51 V-BELT\n\nTrack your shipment at "
            "https://www.estes-express.example/track\n\nThank you for your business!\nRed River Industrial Supply\n")
    eml = mail("u4", frm=("Red River Shipping", "shipping@redriverind.example"), to=to_buyer(po),
               subject="Your order 3318402 has shipped", date=t, body=body, html_body="auto", mid_style="erp",
               extra=[("Auto-Submitted", "auto-generated")])
    return result("redriver-asn-for-other-po", [po], eml, "unrelated",
                  "Automatic shipping notice for a different customer PO (4700031590-B) of the same supplier, "
                  "similar V-belts; not about PO 4700031733. Not an auto-reply to our request either.",
                  "unrelated/en-US | shipping notice for another PO")


@case
def u_aceros_statement_es():
    sup = S("ACEROSLV", "Aceros del Levante S.L.", "administracion@aceroslevante.example", "es-ES", "Aceros del Levante")
    po = PO("4500078633", sup, "julia", "EUR", "2026-11-24", [
        L(1, "HPV-AL-0400", "Barra calibrada 40 mm F-1140, L=3 m", 30, "EA", "48.20", "2027-01-22"),
    ], req=T("2026-11-24", "09:00", CET))
    t = T("2026-11-26", "12:30", CET)
    body = ("Estimados señores:\n\nLes recordamos que, según nuestros registros, las siguientes facturas se "
            "encuentran pendientes de pago:\n\nFactura   Fecha        Vencimiento   Importe\n"
            "F26-1877  15/09/2026   15/10/2026    1.284,60 €\nF26-2013  02/10/2026   01/11/2026      918,30 €\n\n"
            "Les rogamos procedan a su abono a la mayor brevedad. Si ya han realizado el pago, por favor hagan "
            "caso omiso de este aviso.\n\nAtentamente,\nDpto. Administración\nAceros del Levante S.L.\n")
    eml = mail("u5", frm=("Aceros del Levante - Administración", "administracion@aceroslevante.example"),
               to=to_buyer(po), subject="Recordatorio de pago - facturas pendientes", date=t, body=body,
               html_body="auto", charset="windows-1252")
    return result("aceros-es-payment-reminder", [po], eml, "unrelated",
                  "Spanish payment reminder for old invoices (amounts with decimal commas, dates); no relation to "
                  "the open PO.", "unrelated/es-ES | dunning letter")


@case
def u_polmet_holiday_closure():
    sup = S("POLMET", "Polmet Łódź Sp. z o.o.", "handel@polmet-lodz.example", "pl-PL", "Polmet")
    po = PO("4500078641", sup, "lena", "EUR", "2026-11-24", [
        L(1, "HPV-PM-0330", "Tuleja stalowa Ø33, hartowana", 500, "EA", "1.75", "2027-01-15"),
    ], req=T("2026-11-24", "10:00", CET))
    t = T("2026-11-27", "09:00", CET)
    body = ("Szanowni Państwo,\n\nuprzejmie informujemy, że w okresie od 24.12.2026 do 03.01.2027 nasz zakład "
            "będzie nieczynny (przerwa świąteczna). Ostatnie wysyłki przed przerwą realizujemy 22.12.2026.\n\n"
            "Dear customers, please note our plant is closed from 24 Dec 2026 to 3 Jan 2027.\n\n"
            "Wesołych Świąt i szczęśliwego Nowego Roku!\nZespół Polmet Łódź\n")
    eml = mail("u6", frm=("Polmet Łódź", "handel@polmet-lodz.example"), to=to_buyer(po),
               subject="Przerwa świąteczna / Christmas closure 2026", date=t, body=body, html_body="auto",
               extra=[("Precedence", "bulk")])
    return result("polmet-pl-christmas-closure", [po], eml, "unrelated",
                  "Circular about the Christmas plant closure with dates; not an answer to the PO.",
                  "unrelated/pl-PL | closure notice with dates")


@case
def u_calder_bank_change():
    sup = S("CALDERF", "Calder Valley Fixings Ltd", "sales@caldervalleyfixings.example", "en-GB", "Calder Valley Fixings")
    po = PO("UK-PO-88705", sup, "marcus", "GBP", "2026-11-24", [
        L(1, "HPV-CV-0816", "Hex bolt M8x16 A4-70", 1000, "EA", "0.21", "2026-12-11"),
    ], req=T("2026-11-24", "09:40", UTC))
    t = T("2026-11-26", "10:05", UTC)
    body = ("Dear Valued Customer,\n\nPlease be advised that with effect from 1st December 2026 our bank details "
            "will change as we move to our new bank. Please update your supplier records and make all future "
            "payments to:\n\nAccount name: Calder Valley Fixings Ltd\nSort code: 00-00-00 (see signed letter)\n\n"
            "A signed letter on headed paper will follow by post. For security, please verify this change by "
            "telephone on 01422 555 600 before making any payment.\n\nKind regards\nAccounts Department\n"
            "Calder Valley Fixings Ltd\n")
    eml = mail("u7", frm=("Calder Valley Fixings Accounts", "accounts@caldervalleyfixings.example"), to=to_buyer(po),
               subject="IMPORTANT: Change of bank details", date=t, body=body, html_body="auto",
               mailer="Microsoft Outlook 16.0")
    return result("caldervalley-bank-details-change", [po], eml, "unrelated",
                  "Bank-details change notice from a supplier with an open PO: not about the order.",
                  "unrelated/en-GB | accounts circular")


# ========================================================================

def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    readme = ["# Held-out batch D: supplier replies to purchase orders", "",
              "Independent held-out corpus (written without looking at the agent or the other batches). "
              "Generated by `make_batch.py` (standard library only, deterministic); format per "
              "`/work/shared/corpus/FORMAT.md`.", "", "## Cases", ""]
    kinds = {}
    for i, fn in enumerate(CASES, 1):
        r = fn()
        name = f"{i:03d}-{r['slug']}"
        d = OUT / name
        d.mkdir()
        (d / "pos.json").write_text(json.dumps(r["pos"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "expected.json").write_text(json.dumps(r["exp"], indent=2, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
        (d / "message.eml").write_bytes(r["eml"])
        readme.append(f"- `{name}` | {r['readme'].split(' | ')[0]} | {r['readme'].split(' | ', 1)[1]}")
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    readme += ["", "Split by expected kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) +
               f" ({len(CASES)} cases).", "",
               "## First score", "",
               "(to be filled in by the maintainers before any rule is changed for this batch)", ""]
    (HERE / "README.md").write_text("\n".join(readme), encoding="utf-8")
    print(f"{len(CASES)} cases written to {OUT}: {kinds}")


if __name__ == "__main__":
    main()
