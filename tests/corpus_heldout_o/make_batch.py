#!/usr/bin/env python3
"""Held-out batch O: supplier replies to purchase orders.

Theme: food ingredients & flavours, labels & printing, construction materials,
lab supplies, electrical cable, glass & ceramics, paper & board, agricultural
spare parts, garden products, dental & veterinary supplies, cosmetics
packaging, 3D printing / CNC services, office furniture, promotional goods.

Standard library only, deterministic.  Run:  python3 make_batch.py
It (re)creates ./cases/NNN-slug/{message.eml,pos.json,expected.json}
and validates every case against the rules of FORMAT.md.
"""
import base64
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import re
import shutil
import sys
import zipfile
from email import message_from_bytes
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr
from decimal import Decimal
from xml.sax.saxutils import escape as xml_escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")
HG = "halvorsen-group.example"
CASES = []

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------


def H(*parts, n=12):
    """deterministic hex token"""
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def D(s):
    return dt.date.fromisoformat(s)


def T(s):
    """aware datetime from 'YYYY-MM-DD HH:MM:SS +HHMM'"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def kw(year, week, weekday=5):
    """ISO week -> date (weekday 1=Mon .. 7=Sun, default Friday)"""
    return dt.date.fromisocalendar(year, week, weekday).isoformat()


def add_workdays(start, n, holidays=()):
    d = D(start) if isinstance(start, str) else start
    hol = {D(h) for h in holidays}
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in hol:
            n -= 1
    return d.isoformat()


def check_wd(date_s, weekday):
    """assert that a date written in a mail has the weekday the text claims (0=Mon)"""
    assert D(date_s).weekday() == weekday, (date_s, weekday)
    return date_s


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------

BUYERS = {
    "pichler": ("Katharina Pichler", "katharina.pichler"),
    "weber": ("Daniel Weber", "daniel.weber"),
    "keller": ("Nina Keller", "nina.keller"),
    "wrobel": ("Tomasz Wróbel", "tomasz.wrobel"),
    "novakova": ("Jana Nováková", "jana.novakova"),
    "clarke": ("Emma Clarke", "emma.clarke"),
    "dubois": ("Marc Dubois", "marc.dubois"),
    "greco": ("Sofia Greco", "sofia.greco"),
    "eriksson": ("Lars Eriksson", "lars.eriksson"),
    "souza": ("Ana Souza", "ana.souza"),
    "nair": ("Priya Nair", "priya.nair"),
    "chen": ("Wei Chen", "wei.chen"),
    "tanaka": ("Yuki Tanaka", "yuki.tanaka"),
    "morgan": ("Ryan Morgan", "ryan.morgan"),
    "leeuwen": ("Sanne van Leeuwen", "sanne.vanleeuwen"),
    "garcia": ("Lucía García", "lucia.garcia"),
    "popescu": ("Andrei Popescu", "andrei.popescu"),
    "horvat": ("Ivana Horvat", "ivana.horvat"),
    "kovacs": ("Péter Kovács", "peter.kovacs"),
    "oneill": ("Siobhan O'Neill", "siobhan.oneill"),
    "papa": ("Eleni Papadopoulou", "eleni.papadopoulou"),
    "yilmaz": ("Emre Yılmaz", "emre.yilmaz"),
    "tamm": ("Kadri Tamm", "kadri.tamm"),
    "nguyen": ("Minh Nguyen", "minh.nguyen"),
    "petrenko": ("Oksana Petrenko", "oksana.petrenko"),
    "lambert": ("Claire Lambert", "claire.lambert"),
}


def buyer(key):
    name, local = BUYERS[key]
    return {"name": name, "email": f"{local}@{HG}"}


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(number, supplier, buyer_key, currency, issued, lines, request=True, req_time="08:12:05", req_tz="+0100"):
    p = {
        "po_number": number,
        "supplier": supplier,
        "buyer": buyer(buyer_key),
        "currency": currency,
        "issued": issued,
    }
    if request:
        p["request_message_id"] = f"<ack-{re.sub(r'[^0-9A-Za-z]', '', number)}.{H('req', number, n=10)}@{HG}>"
    p["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        p["lines"].append({
            "line": i, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date,
        })
    p["_req_dt"] = T(f"{issued} {req_time} {req_tz}")
    return p


def public_po(p):
    return {k: v for k, v in p.items() if not k.startswith("_")}


# --------------------------------------------------------------------------
# expected helpers
# --------------------------------------------------------------------------


def _line(p, ln):
    return p["lines"][ln - 1]


def acc(p, ln):
    l = _line(p, ln)
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
            "date": l["requested_date"]}


def chg(p, ln, quantity=None, unit_price=None, date=None, schedule=None):
    l = _line(p, ln)
    q = l["quantity"] if quantity is None else quantity
    up = l["unit_price"] if unit_price is None else unit_price
    d = l["requested_date"] if date is None else date
    r = {"status": "changed", "quantity": q, "unit_price": up, "date": d}
    if schedule:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in schedule]
        assert sum(Decimal(str(a)) for a, _ in schedule) == Decimal(str(q)), (p["po_number"], ln)
        assert schedule[-1][1] == d == max(b for _, b in schedule)
    return r


def rej():
    return {"status": "rejected"}


def unc():
    return {"status": "unconfirmed"}


def conf(p, **lines):
    """conf(p, l1=acc(p,1), l2=...)"""
    out = {}
    for k, v in lines.items():
        out[k.lstrip("l")] = v
    return {"po_number": p["po_number"], "lines": dict(sorted(out.items(), key=lambda kv: int(kv[0])))}


def exp_conf(confs, notes):
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


def exp_kind(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


# --------------------------------------------------------------------------
# date words for quote headers
# --------------------------------------------------------------------------

WD = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai".split(),
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap".split(),
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
}
MON = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "de-AT": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "nb": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
}


def addr(name, email):
    return f"{name} <{email}>"


def outlook_hdr(lang, frm, when, to, subject, cc=None):
    """Outlook desktop reply header block (plain-text rendering)."""
    d, t = when, when.strftime("%H:%M")
    w = d.weekday()
    m = d.month - 1
    if lang == "en-US":
        sent = f"{WD['en'][w]}, {MON['en'][m]} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}"
        lab = ("From", "Sent", "To", "Cc", "Subject", ": ")
    elif lang.startswith("en"):
        sent = f"{d.day:02d} {MON['en'][m]} {d.year} {t}"
        lab = ("From", "Sent", "To", "Cc", "Subject", ": ")
    elif lang in ("de", "de-CH", "de-AT"):
        months = MON["de-AT"] if lang == "de-AT" else MON["de"]
        sent = f"{WD['de'][w]}, {d.day}. {months[m]} {d.year} {t}"
        lab = ("Von", "Gesendet", "An", "Cc", "Betreff", ": ")
    elif lang.startswith("fr"):
        sent = f"{WD['fr'][w]} {d.day} {MON['fr'][m]} {d.year} {t}"
        lab = ("De", "Envoyé", "À", "Cc", "Objet", " : ")
    elif lang == "it":
        sent = f"{WD['it'][w]} {d.day} {MON['it'][m]} {d.year} {t}"
        lab = ("Da", "Inviato", "A", "Cc", "Oggetto", ": ")
    elif lang.startswith("es"):
        sent = f"{WD['es'][w]}, {d.day} de {MON['es'][m]} de {d.year} {t}"
        lab = ("De", "Enviado el", "Para", "CC", "Asunto", ": ")
    elif lang.startswith("pt"):
        sent = f"{WD['pt'][w]}, {d.day} de {MON['pt'][m]} de {d.year} {t}"
        lab = ("De", "Enviada em", "Para", "Cc", "Assunto", ": ")
    elif lang.startswith("nl"):
        sent = f"{WD['nl'][w]} {d.day} {MON['nl'][m]} {d.year} {t}"
        lab = ("Van", "Verzonden", "Aan", "CC", "Onderwerp", ": ")
    elif lang == "pl":
        sent = f"{WD['pl'][w]}, {d.day} {MON['pl'][m]} {d.year} {t}"
        lab = ("Od", "Wysłane", "Do", "DW", "Temat", ": ")
    elif lang == "cs":
        sent = f"{WD['cs'][w]} {d.day}. {MON['cs'][m]} {d.year} {d.hour}:{d.minute:02d}"
        lab = ("Od", "Odesláno", "Komu", "Kopie", "Předmět", ": ")
    elif lang == "sv":
        sent = f"den {d.day} {MON['sv'][m]} {d.year} {t}"
        lab = ("Från", "Skickat", "Till", "Kopia", "Ämne", ": ")
    elif lang == "da":
        sent = f"{d.day}. {MON['da'][m]} {d.year} {t}"
        lab = ("Fra", "Sendt", "Til", "Cc", "Emne", ": ")
    elif lang == "nb":
        sent = f"{WD['nb'][w]} {d.day}. {MON['nb'][m]} {d.year} {t}"
        lab = ("Fra", "Sendt", "Til", "Kopi", "Emne", ": ")
    elif lang == "fi":
        sent = f"{WD['fi'][w]} {d.day}. {MON['fi'][m]} {d.year} {d.hour}.{d.minute:02d}"
        lab = ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe", ": ")
    elif lang == "hu":
        sent = f"{d.year}. {MON['hu'][m]} {d.day}., {WD['hu'][w]} {d.hour}:{d.minute:02d}"
        lab = ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy", ": ")
    elif lang == "tr":
        sent = f"{d.day} {MON['tr'][m]} {d.year} {WD['tr'][w]} {t}"
        lab = ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu", ": ")
    else:
        raise ValueError(lang)
    f, s, tt, c, sj, sep = lab
    out = [f"{f}{sep}{frm}", f"{s}{sep}{sent}", f"{tt}{sep}{to}"]
    if cc:
        out.append(f"{c}{sep}{cc}")
    out.append(f"{sj}{sep}{subject}")
    return "\n".join(out)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.split("\n"))


# --------------------------------------------------------------------------
# our own request mail (quoted in replies, attached in bounces)
# --------------------------------------------------------------------------


def fmt_qty(q):
    return str(q)


def req_subject(p, lang="en"):
    if lang == "de":
        return f"Bestellung {p['po_number']} – bitte bestätigen"
    if lang == "fr":
        return f"Commande {p['po_number']} – merci de confirmer"
    return f"Purchase order {p['po_number']} - please confirm"


def req_text(p, lang="en", contact=None, reminder=False):
    b = p["buyer"]
    cur = p["currency"]
    rows = [("Pos", "Item", "Description", "Qty", "UoM", f"Price ({cur})", "Need-by")]
    if lang == "de":
        rows = [("Pos", "Artikel", "Bezeichnung", "Menge", "ME", f"Preis ({cur})", "Wunschtermin")]
    if lang == "fr":
        rows = [("Pos", "Article", "Désignation", "Qté", "Unité", f"Prix ({cur})", "Date souhaitée")]
    for l in p["lines"]:
        rows.append((str(l["line"]), l["item"], l["description"], fmt_qty(l["quantity"]), l["uom"],
                     l["unit_price"], l["requested_date"]))
    widths = [max(len(r[i]) for r in rows) for i in range(7)]
    table = "\n".join("  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in rows)
    hello = contact or {"en": "Sir or Madam", "de": "Damen und Herren", "fr": "Madame, Monsieur"}[lang]
    if lang == "de":
        intro = (f"Sehr geehrte {hello}," if contact is None else f"Guten Tag {hello},") + "\n\n"
        if reminder:
            intro += (f"leider liegt uns zu unserer Bestellung {p['po_number']} vom {D(p['issued']).strftime('%d.%m.%Y')} "
                      "noch keine Auftragsbestätigung vor. Bitte bestätigen Sie Mengen, Preise und Liefertermine.\n")
        else:
            intro += (f"bitte bestätigen Sie unsere Bestellung {p['po_number']} vom {D(p['issued']).strftime('%d.%m.%Y')} "
                      "mit Mengen, Preisen und Lieferterminen.\n")
        outro = f"\nVielen Dank und freundliche Grüße\n{b['name']}\nEinkauf | Halvorsen Group\n"
    elif lang == "fr":
        intro = f"Bonjour {hello},\n\n" if contact else "Madame, Monsieur,\n\n"
        intro += (f"Merci de bien vouloir confirmer notre commande {p['po_number']} du "
                  f"{D(p['issued']).strftime('%d/%m/%Y')} (quantités, prix et délais).\n")
        outro = f"\nCordialement,\n{b['name']}\nAchats | Halvorsen Group\n"
    else:
        intro = f"Dear {hello},\n\n"
        if reminder:
            intro += (f"we have not yet received your confirmation of our purchase order {p['po_number']} "
                      f"of {p['issued']}. Please confirm quantities, prices and delivery dates.\n")
        else:
            intro += (f"please confirm our purchase order {p['po_number']} of {p['issued']} "
                      "(quantities, prices and delivery dates).\n")
        outro = f"\nThank you and kind regards\n{b['name']}\nProcurement | Halvorsen Group\n"
    return intro + "\n" + table + "\n" + outro


def req_html_table(p, extra_col=None, extra_vals=None, lang="en"):
    cur = p["currency"]
    head = ["Pos", "Item", "Description", "Qty", "UoM", f"Price ({cur})", "Need-by"]
    if lang == "de":
        head = ["Pos", "Artikel", "Bezeichnung", "Menge", "ME", f"Preis ({cur})", "Wunschtermin"]
    if extra_col:
        head.append(extra_col)
    cells = "".join(f'<td style="border:1px solid #999;padding:2px 6px"><b>{xml_escape(h)}</b></td>' for h in head)
    out = [f"<table style=\"border-collapse:collapse;font-family:Calibri,sans-serif;font-size:11pt\"><tr>{cells}</tr>"]
    for i, l in enumerate(p["lines"]):
        vals = [str(l["line"]), l["item"], l["description"], fmt_qty(l["quantity"]), l["uom"], l["unit_price"],
                l["requested_date"]]
        tds = "".join(f'<td style="border:1px solid #999;padding:2px 6px">{xml_escape(v)}</td>' for v in vals)
        if extra_col:
            tds += f'<td style="border:1px solid #999;padding:2px 6px;color:#C00000"><b>{extra_vals[i]}</b></td>'
        out.append(f"<tr>{tds}</tr>")
    out.append("</table>")
    return "\n".join(out)


def req_message(p, lang="en", contact=None, to_addr=None):
    """our original acknowledgment request as a Message (for DSNs / forwards)"""
    b = p["buyer"]
    m = text_part(req_text(p, lang, contact), "plain", "utf-8", "quoted-printable")
    hdrs = [
        ("From", fmt_addr(b["name"], b["email"])),
        ("To", fmt_addr(p["supplier"]["name"], to_addr or p["supplier"]["email"])),
        ("Subject", enc(req_subject(p, lang))),
        ("Date", format_datetime(p["_req_dt"])),
        ("Message-ID", p["request_message_id"]),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Halvorsen PO-Ack 2.3"),
    ]
    return finalize(m, hdrs, mime_version=False)


def req_from(p):
    return addr(p["buyer"]["name"], p["buyer"]["email"])


def sup_to(p, name=None, email=None):
    return addr(name or p["supplier"]["name"], email or p["supplier"]["email"])


# --------------------------------------------------------------------------
# MIME construction
# --------------------------------------------------------------------------

CODEC = {"ks_c_5601-1987": "cp949", "gb2312": "gb2312", "gbk": "gbk", "big5": "big5", "iso-2022-jp": "iso2022_jp",
         "euc-kr": "euc_kr", "windows-1250": "cp1250", "windows-1251": "cp1251", "windows-1252": "cp1252",
         "windows-1257": "cp1257", "koi8-r": "koi8_r", "koi8-u": "koi8_u", "shift_jis": "shift_jis"}


def codec(cs):
    return CODEC.get(cs.lower(), cs.lower())


def flow_text(text, width=72):
    """RFC 3676 format=flowed as Thunderbird writes it: own (unquoted) long lines are soft-wrapped with a
    trailing space; quoted lines are left as they are; a space between two digits is treated as a
    non-breaking space (no wrap inside '1 200')."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= 78 or line == "-- ":
            out.append(line)
            continue
        rest = line
        while len(rest) > width:
            cut = -1
            for i in range(min(width, len(rest) - 1), 0, -1):
                if rest[i] == " " and not (rest[i - 1].isdigit() and rest[i + 1].isdigit()):
                    cut = i
                    break
            if cut <= 0:
                break
            out.append(rest[:cut + 1])
            rest = rest[cut + 1:]
        out.append(rest)
    return "\n".join(out)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    if flowed:
        text = flow_text(text)
    data = text.encode(codec(charset))
    m = Message()
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct = f"text/{subtype}; charset={charset}; format=flowed"
    m["Content-Type"] = ct
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def alternative(plain, html, boundary_seed):
    root = MIMEMultipart("alternative", boundary=boundary(boundary_seed, "alt"))
    del root["MIME-Version"]
    root.attach(plain)
    root.attach(html)
    return root


def mixed(body, attachments, boundary_seed, subtype="mixed"):
    root = MIMEMultipart(subtype, boundary=boundary(boundary_seed, subtype))
    del root["MIME-Version"]
    root.attach(body)
    for a in attachments:
        root.attach(a)
    return root


def boundary(seed, kind):
    h = H(seed, kind, n=24)
    return f"----=_Part_{int(h[:6], 16)}_{h[6:16]}.{h[16:]}"


def attachment(data, mime, filename, inline=False):
    maintype, subtype = mime.split("/", 1)
    a = MIMEBase(maintype, subtype)
    try:
        filename.encode("ascii")
        a.set_param("name", filename)
        a.add_header("Content-Disposition", "inline" if inline else "attachment", filename=filename)
    except UnicodeEncodeError:
        a.set_param("name", Header(filename, "utf-8").encode())
        a.add_header("Content-Disposition", "inline" if inline else "attachment", filename=("utf-8", "", filename))
    a.set_payload(base64.encodebytes(data).decode("ascii"))
    a["Content-Transfer-Encoding"] = "base64"
    return a


MIME_NAME = {"big5": "big5", "gb18030": "gb18030", "gbk": "gbk", "gb2312": "gb2312"}


def _ew_mode(text, charset):
    cs = charset.lower()
    if cs in ("iso-2022-jp", "gb18030", "gbk", "gb2312", "big5", "ks_c_5601-1987", "euc-kr", "koi8-r",
              "windows-1251", "iso-8859-7", "windows-1253", "koi8-u"):
        return "B"
    if cs == "utf-8":
        non = sum(1 for ch in text if ord(ch) > 127)
        return "B" if non > len(text) * 0.3 else "Q"
    return "Q"


def _ew(chunk, charset, mode):
    data = chunk.encode(codec(charset))
    if mode == "B":
        return f"=?{charset}?B?{base64.b64encode(data).decode()}?="
    out = []
    for b in data:
        c = chr(b)
        if c.isalnum() and b < 128 or c in "!*+-/":
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % b)
    return f"=?{charset}?Q?{''.join(out)}?="


def encode_words(text, charset, mode=None):
    """RFC 2047 encoded-words, each at most 75 characters, folded with CRLF SP"""
    mode = mode or _ew_mode(text, charset)
    words, cur = [], ""
    for ch in text:
        if len(_ew(cur + ch, charset, mode)) > 75 and cur:
            words.append(_ew(cur, charset, mode))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew(cur, charset, mode))
    return "\n ".join(words)


def enc(s, charset="utf-8", name="Subject"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return encode_words(s, charset)


def fmt_addr(name, email, charset="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        try:
            name.encode(codec(charset))
        except UnicodeEncodeError:
            charset = "utf-8"
        return f"{encode_words(name, charset)} <{email}>"


def finalize(root, headers, mime_version=True):
    """put the RFC 5322 headers in front of the MIME headers, like real clients do"""
    mime = [(k, v) for k, v in root.items()]
    for k in {k for k, _ in mime}:
        del root[k]
    for k, v in headers:
        root[k] = v
    if mime_version and not any(k.lower() == "mime-version" for k, _ in headers):
        root["MIME-Version"] = "1.0"
    for k, v in mime:
        if k.lower() == "mime-version":
            continue
        root[k] = v
    return root


def to_bytes(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=0)).flatten(msg)
    return buf.getvalue()


def msgid(style, seed, domain):
    h = H(style, seed, n=40)
    if style == "outlook":
        pre = {"eu": "VI1PR08MB", "ch": "ZR0P278MB", "us": "BY5PR11MB", "uk": "LO2P265MB", "ap": "SG2PR06MB"}
        return f"<{pre.get(domain, 'AM9PR04MB')}{int(h[:4], 16) % 9000 + 1000}{h[4:20].upper()}@{pre.get(domain, 'AM9PR04MB')}{int(h[20:24], 16) % 9000 + 1000}.{'eurprd08' if domain in ('eu', 'ch', 'uk') else 'namprd11' if domain == 'us' else 'apcprd06' if domain == 'ap' else 'eurprd04'}.prod.outlook.com>"
    if style == "gmail":
        raw = base64.urlsafe_b64encode(bytes.fromhex(h + h[:8])).decode().rstrip("=")
        return f"<CA{raw[:2].upper()}{raw[2:]}@mail.gmail.com>"
    if style == "apple":
        u = h[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "uuid":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "lotus":
        u = h.upper()
        return f"<OF{u[:8]}.{u[8:16]}-ON{u[16:24]}.{u[24:32]}@{domain}>"
    if style == "foxmail":
        return f"<tencent_{h[:32].upper()}@qq.com>" if domain == "qq.com" else f"<20270{int(h[:10], 16) % 10**12:012d}{h[10:16]}@{domain}>"
    return f"<{int(h[:12], 16)}.{h[12:20]}@{domain}>"


def cet(when):
    """our MX runs on Europe/Oslo-style CET/CEST time"""
    y = when.year

    def last_sunday(month):
        d = dt.date(y, month, 31)
        return d - dt.timedelta(days=(d.weekday() + 1) % 7)
    start = dt.datetime.combine(last_sunday(3), dt.time(1), dt.timezone.utc)
    end = dt.datetime.combine(last_sunday(10), dt.time(1), dt.timezone.utc)
    off = 2 if start <= when.astimezone(dt.timezone.utc) < end else 1
    return when.astimezone(dt.timezone(dt.timedelta(hours=off)))


def received(frm_host, ip, when, rcpt, delay_s=7):
    w = cet(when + dt.timedelta(seconds=delay_s))
    qid = H("q", frm_host, when, n=10).upper()
    return (f"from {frm_host} ({frm_host} [{ip}])\n\tby mx1.{HG} (Postfix) with ESMTPS id 4{qid}\n\t"
            f"for <{rcpt}>; {format_datetime(w)}")


def headers_for(*, frm, to, subject, date, mid, irt=None, refs=None, cc=None, client="outlook", lang=None,
                charset="utf-8", extra=(), rcpt=None, mta=None, ip="203.0.113.45", subject_charset=None,
                thread_topic=None, envelope_from=None, has_attach=False, reply_to=None):
    """frm/to/cc: (name, email) or list of them"""
    def one(x):
        return fmt_addr(x[0], x[1], charset if charset.lower() not in ("iso-2022-jp",) else "iso-2022-jp")

    def many(x):
        if isinstance(x, tuple):
            return one(x)
        return ", ".join(one(y) for y in x)

    frm_email = frm[1]
    dom = frm_email.split("@")[1]
    rcpt_addr = rcpt or (to[1] if isinstance(to, tuple) else to[0][1])
    hs = []
    hs.append(("Return-Path", f"<{envelope_from or frm_email}>"))
    hs.append(("Received", received(mta or f"mail.{dom}", ip, date, rcpt_addr)))
    if client == "outlook":
        hs.append(("From", one(frm)))
        hs.append(("To", many(to)))
        if cc:
            hs.append(("CC", many(cc)))
        hs.append(("Subject", enc(subject, subject_charset or charset)))
        hs.append(("Thread-Topic", enc(thread_topic or re.sub(r"^((AW|RE|Re|SV|VS|Odp|ODP|R|RIF|Réf|TR|Fwd|WG|Antw|YNT|Vs|FW|Fw|RES|Ynt|Odg|Ha|PD|回覆|回复|答复|VL)\s?[:：]\s*)+", "", subject), subject_charset or charset)))
        hs.append(("Thread-Index", base64.b64encode(bytes.fromhex(H("ti", mid, n=44))).decode()))
        hs.append(("Date", format_datetime(date)))
        hs.append(("Message-ID", mid))
        if refs:
            hs.append(("References", " ".join(refs)))
        if irt:
            hs.append(("In-Reply-To", irt))
        if reply_to:
            hs.append(("Reply-To", reply_to))
        hs.append(("Accept-Language", f"{lang or 'en-US'}, en-US"))
        hs.append(("Content-Language", lang or "en-US"))
        hs.append(("X-MS-Has-Attach", "yes" if has_attach else ""))
        hs.append(("X-MS-TNEF-Correlator", ""))
    else:
        hs.append(("Date", format_datetime(date)))
        hs.append(("From", one(frm)))
        hs.append(("To", many(to)))
        if cc:
            hs.append(("Cc", many(cc)))
        if reply_to:
            hs.append(("Reply-To", reply_to))
        hs.append(("Message-ID", mid))
        if irt:
            hs.append(("In-Reply-To", irt))
        if refs:
            hs.append(("References", " ".join(refs)))
        hs.append(("Subject", enc(subject, subject_charset or charset)))
        if client == "thunderbird":
            hs.append(("User-Agent", "Mozilla Thunderbird"))
            if lang:
                hs.append(("Content-Language", lang))
        elif client == "apple":
            hs.append(("X-Mailer", "iPhone Mail (21D61)" if "iphone" in str(extra) else "Apple Mail (2.3774.300.61.1.2)"))
        elif client == "lotus":
            hs.append(("X-Mailer", "HCL Notes Release 12.0.2 FP1 March 22, 2023"))
        elif client == "foxmail":
            hs.append(("X-Mailer", "Foxmail 7.2.25.228[cn]"))
        elif client == "gmail":
            pass
    for k, v in extra:
        if k == "iphone":
            continue
        hs.append((k, v))
    return hs


def reply_refs(p):
    return dict(irt=p["request_message_id"], refs=[p["request_message_id"]])


# --------------------------------------------------------------------------
# attachments: PDF and XLSX written by hand
# --------------------------------------------------------------------------


def _pdf_str(s):
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(rows, title="", author="", creator="", when=None):
    """rows: list of rows, each row = str | list of (x, text) ; prefix '*' in str -> bold, '#' -> big bold
    one A4 page, Helvetica / Helvetica-Bold, WinAnsiEncoding, uncompressed content stream."""
    y = 800
    ops = [b"BT"]
    for r in rows:
        if isinstance(r, str):
            r = [(50, r)]
        big = any(t.startswith("#") for _, t in r)
        size = 15 if big else 9.5
        lead = 22 if big else 13
        for x, t in r:
            font = b"/F2" if t[:1] in "*#" else b"/F1"
            t = t[1:] if t[:1] in "*#" else t
            ops.append(font + b" %s Tf 1 0 0 1 %d %d Tm " % (str(size).encode(), x, y) + _pdf_str(t) + b" Tj")
        y -= lead
        assert y > 40, "PDF page overflow"
    ops.append(b"ET")
    content = b"\n".join(ops) + b"\n"
    when = when or dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc)
    off = when.utcoffset() or dt.timedelta(0)
    tzs = "Z" if not off else "%+03d'%02d'" % (off.total_seconds() // 3600, (abs(off.total_seconds()) % 3600) // 60)
    pdfdate = when.strftime("D:%Y%m%d%H%M%S") + tzs
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) + b" /Creator " + _pdf_str(creator)
        + b" /Producer (Halvorsen-free minimal writer) /CreationDate " + _pdf_str(pdfdate) + b" >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, len(objs), xref)
    return bytes(out)


def _col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1", when=(2027, 1, 1, 9, 0, 0), shared=True):
    """rows: list of lists; str -> string cell, int/float/Decimal -> number, dt.date -> date serial (style 1)"""
    strings, sidx = [], {}
    sheet_rows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if v is None or v == "":
                continue
            if isinstance(v, dt.date):
                serial = (v - dt.date(1899, 12, 30)).days
                cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
            elif isinstance(v, (int, float, Decimal)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif shared:
                if v not in sidx:
                    sidx[v] = len(strings)
                    strings.append(v)
                cells.append(f'<c r="{ref}" t="s"><v>{sidx[v]}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{xml_escape(v)}</t></is></c>')
        sheet_rows.append(f'<row r="{ri}">{"".join(cells)}</row>')
    ncols = max(len(r) for r in rows)
    dim = f"A1:{_col(ncols - 1)}{len(rows)}"
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                 f'<dimension ref="{dim}"/><sheetData>{"".join(sheet_rows)}</sheetData></worksheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' if shared else '')
          + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{xml_escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              + ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' if shared else '')
              + '</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f'<si><t xml:space="preserve">{xml_escape(s)}</t></si>' for s in strings) + '</sst>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles),
                 ("xl/worksheets/sheet1.xml", sheet_xml)]
        if shared:
            files.append(("xl/sharedStrings.xml", sst))
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


# --------------------------------------------------------------------------
# DSN / MDN
# --------------------------------------------------------------------------


def dsn(text, per_msg, per_rcpt, original, seed, headers_only=False, text_charset="us-ascii"):
    root = MIMEMultipart("report", boundary=boundary(seed, "report"), report_type="delivery-status")
    del root["MIME-Version"]
    root.attach(text_part(text, "plain", text_charset, "7bit" if text_charset == "us-ascii" else "quoted-printable"))
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    blocks = []
    for fields in [per_msg] + per_rcpt:
        b = Message()
        for k, v in fields:
            b[k] = v
        blocks.append(b)
    ds.set_payload(blocks)
    root.attach(ds)
    if headers_only:
        rh = Message()
        rh["Content-Type"] = 'text/rfc822-headers'
        hb = "".join(f"{k}: {v}\n" for k, v in original.items())
        rh.set_payload(hb)
        root.attach(rh)
    else:
        root.attach(MIMEMessage(original))
        del root.get_payload()[-1]["MIME-Version"]
    return root


# --------------------------------------------------------------------------
# case registry
# --------------------------------------------------------------------------


def case(num, slug, category, locale, what, pos_list, msg, expected, attachments_check=()):
    CASES.append(dict(num=num, slug=slug, category=category, locale=locale, what=what, pos=pos_list,
                      msg=msg, expected=expected))


# --------------------------------------------------------------------------
# bodies: plain text -> HTML as the clients render it
# --------------------------------------------------------------------------


def _qdepth(line):
    d = 0
    rest = line
    while True:
        m = re.match(r"^ ?>", rest)
        if not m:
            break
        d += 1
        rest = rest[m.end():]
    return d, rest[1:] if rest.startswith(" ") else rest


def text_to_html(plain, style="outlook", charset="utf-8", lang="en-US"):
    body = []
    depth = 0
    for line in plain.split("\n"):
        d, rest = _qdepth(line)
        while depth < d:
            body.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            depth += 1
        while depth > d:
            body.append("</blockquote>")
            depth -= 1
        if re.fullmatch(r"_{20,}", rest.strip()):
            body.append('<hr style="display:inline-block;width:98%" tabindex="-1">')
            continue
        esc = xml_escape(rest).replace("  ", "&nbsp; ")
        if re.match(r"^\s+>> ", rest):
            esc = f'<b><span style="color:#C00000">{esc}</span></b>'

        if style == "outlook":
            body.append(f'<p class="MsoNormal">{esc or "&nbsp;"}<o:p></o:p></p>')
        else:
            body.append(f"<div>{esc or '<br>'}</div>")
    while depth > 0:
        body.append("</blockquote>")
        depth -= 1
    inner = "\n".join(body)
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
                '\tfont-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')
    if style == "gmail":
        return f'<div dir="ltr">{inner}</div>\n'
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                f"\n{inner}\n</body></html>\n")
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f"</head>\n<body>\n{inner}\n</body>\n</html>\n")


def build(*, style, frm, to, date, subject, plain, seed, mid, html=None, auto_html=True, charset="utf-8",
          cte="quoted-printable", html_cte=None, attachments=(), irt=None, refs=None, cc=None, lang=None,
          extra=(), client=None, flowed=False, mta=None, ip="203.0.113.45", subject_charset=None,
          html_only=False, reply_to=None, envelope_from=None, thread_topic=None, rcpt=None):
    client = client or style
    date = T(date) if isinstance(date, str) else date
    if html_only:
        body = text_part(html if html is not None else text_to_html(plain, style, charset, lang or "en-US"),
                         "html", charset, html_cte or cte)
    elif html is not None or auto_html:
        h = html if html is not None else text_to_html(plain, style, charset, lang or "en-US")
        body = alternative(text_part(plain, "plain", charset, cte, flowed),
                           text_part(h, "html", charset, html_cte or cte), seed)
    else:
        body = text_part(plain, "plain", charset, cte, flowed)
    root = mixed(body, attachments, seed) if attachments else body
    hs = headers_for(frm=frm, to=to, subject=subject, date=date, mid=mid, irt=irt, refs=refs, cc=cc,
                     client=client, lang=lang, charset=charset, extra=extra, mta=mta, ip=ip,
                     subject_charset=subject_charset, has_attach=bool(attachments), reply_to=reply_to,
                     envelope_from=envelope_from, thread_topic=thread_topic, rcpt=rcpt)
    return to_bytes(finalize(root, hs))


def S(p):
    """supplier (name, email) of a PO"""
    return (p["supplier"]["name"], p["supplier"]["email"])


def B(p):
    return (p["buyer"]["name"], p["buyer"]["email"])


def outlook_top(p, lang, reply, *, req_lang="en", contact=None, sep="_" * 32, orig=None, to=None, cc=None):
    """Outlook top-posting: reply, separator, header block, unprefixed original"""
    hdr = outlook_hdr(lang, req_from(p), p["_req_dt"], to or sup_to(p), req_subject(p, req_lang), cc=cc)
    return f"{reply}\n\n{sep}\n{hdr}\n\n{orig or req_text(p, req_lang, contact)}"


def prefixed_top(reply, attribution, orig):
    """Gmail / Thunderbird / Apple top-posting with '> ' quoting"""
    return f"{reply}\n\n{attribution}\n{quote(orig)}\n"


def gmail_attr(lang, p, name=None, email=None):
    d = p["_req_dt"]
    n = name or p["buyer"]["name"]
    e = email or p["buyer"]["email"]
    t = d.strftime("%H:%M")
    if lang == "en-GB":
        return f"On {d.strftime('%a')}, {d.day} {d.strftime('%b')} {d.year} at {t}, {n} <{e}> wrote:"
    if lang == "en-US":
        return f"On {d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')} {n} <{e}> wrote:"
    if lang == "nl":
        wd = ["ma", "di", "wo", "do", "vr", "za", "zo"][d.weekday()]
        mo = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"][d.month - 1]
        return f"Op {wd} {d.day} {mo} {d.year} om {t} schreef {n} <{e}>:"
    if lang == "es":
        wd = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][d.weekday()]
        mo = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"][d.month - 1]
        return f"El {wd}, {d.day} {mo} {d.year} a las {d.hour}:{d.minute:02d}, {n} (<{e}>) escribió:"
    if lang == "pt":
        wd = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."][d.weekday()]
        mo = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."][d.month - 1]
        return f"Em {wd}, {d.day} de {mo} de {d.year} às {t}, {n} <{e}> escreveu:"
    if lang == "de":
        wd = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."][d.weekday()]
        return f"Am {wd}, {d.day}. {MON['de'][d.month - 1]} {d.year} um {t} Uhr schrieb {n} <{e}>:"
    if lang == "hr":
        return f"{n} <{e}> je napisao/la {d.strftime('%a')}, {d.day}. {d.month}. {d.year}. u {t}:"
    raise ValueError(lang)


# ==========================================================================
# CASES
# ==========================================================================


# --------------------------------------------------------------------------
# 001  de-AT  flavours, full confirmation with lot numbers and best-before dates
# --------------------------------------------------------------------------
def c001():
    s = sup("AROMA-STEINER", "Aromahaus Steiner GmbH", "verkauf@aromahaus-steiner.example", "de-AT")
    p = po("4500031207", s, "pichler", "EUR", "2027-01-25", [
        ("FL-VAN-NAT", "Vanillearoma natürlich, Kanister 20 kg", 120, "KG", "18.40", "2027-02-15"),
        ("FL-STR-WONF", "Erdbeeraroma WONF, Kanister 10 kg", 60, "KG", "22.75", "2027-02-15"),
        ("COL-E150D", "Zuckerkulör E150d, Fass 25 kg", 200, "KG", "3.10", "2027-02-15"),
    ])
    check_wd("2027-02-15", 0)
    reply = """Sehr geehrte Frau Pichler,

vielen Dank für Ihre Bestellung 4500031207, die wir hiermit wie folgt bestätigen:

Pos. 1  Vanillearoma natürlich   120 kg (6 Kanister à 20 kg)   € 18,40/kg   Charge V-2701-14, MHD 30.09.2028
Pos. 2  Erdbeeraroma WONF         60 kg (6 Kanister à 10 kg)   € 22,75/kg   Charge E-2612-03, MHD 31.12.2027
Pos. 3  Zuckerkulör E150d        200 kg (8 Fässer à 25 kg)     €  3,10/kg   Charge K-2701-02, MHD 15.01.2029

Liefertermin für alle Positionen: Montag, 15. Feber 2027, frei Haus Linz (Anlieferung zwischen 7 und 12 Uhr).
Die Analysenzertifikate (CoA) liegen der Lieferung bei.

Mit freundlichen Grüßen aus Wien

Mag. Birgit Hofer
Innendienst / Customer Service

Aromahaus Steiner GmbH
Simmeringer Hauptstraße 188, 1110 Wien
T +43 1 769 42 10-23 | F +43 1 769 42 10-99
b.hofer@aromahaus-steiner.example
FN 184733 k, Handelsgericht Wien | UID ATU48213907"""
    plain = outlook_top(p, "de-AT", reply, req_lang="de")
    mid = msgid("outlook", "c001", "eu")
    msg = build(style="outlook", frm=("Birgit Hofer", "b.hofer@aromahaus-steiner.example"), to=B(p),
                date="2027-01-26 10:47:12 +0100", subject="AW: " + req_subject(p, "de"), plain=plain,
                seed="c001", mid=mid, lang="de-AT", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2), l3=acc(p, 3))],
                   "All three lines confirmed as ordered. Austrian 'Feber' = February. The MHD (best-before) "
                   "dates 30.09.2028 / 31.12.2027 / 15.01.2029 and lot numbers are not delivery dates; the "
                   "delivery date is Monday 15 Feb 2027.")
    case(1, "flavours-full-confirm-mhd-dates", "confirmation", "de-AT",
         "Outlook top-post, all lines accepted; best-before (MHD) dates and 'Feber' must not be read as delivery",
         [p], msg, exp)


c001()


# --------------------------------------------------------------------------
# 002  de-CH  labels priced per 1000, KW dates, Swiss number format
# --------------------------------------------------------------------------
def c002():
    s = sup("BRUNNER-ETI", "Brunner Etiketten AG", "auftrag@brunner-etiketten.example", "de-CH")
    p = po("4500031455", s, "keller", "CHF", "2027-02-08", [
        ("LBL-100150-TH", "Thermoetikette 100 x 150 mm, Rolle à 1'000, Kern 76 mm", 48000, "EA", "0.0385", "2027-03-05"),
        ("LBL-5030-GL", "Etikette 50 x 30 mm, Hochglanz, 4-farbig, Rolle à 4'000", 120000, "EA", "0.0142", "2027-03-05"),
    ])
    reply = """Grüezi Frau Keller

Besten Dank für Ihre Bestellung 4500031455. Gerne bestätigen wir:

Pos. 1: 48'000 Thermoetiketten 100 x 150 mm, 48 Rollen à 1'000 Stk.
        Preis CHF 38.50 pro 1'000 Stk., Lieferung KW 9

Pos. 2: 120'000 Etiketten 50 x 30 mm Hochglanz, 30 Rollen à 4'000 Stk.
        Preis neu CHF 15.20 pro 1'000 Stk. (Papierzuschlag gemäss unserem Schreiben vom 12.01.2027)
        Lieferung KW 10

Das Gut zum Druck für Pos. 2 erhalten Sie morgen per Mail.

Freundliche Grüsse

Sandra Meier
Auftragsabwicklung

Brunner Etiketten AG | Industriestrasse 14 | 8604 Volketswil
Tel. +41 44 908 31 20 | www.brunner-etiketten.example"""
    plain = outlook_top(p, "de-CH", reply)
    msg = build(style="outlook", frm=("Sandra Meier", "sandra.meier@brunner-etiketten.example"), to=B(p),
                date="2027-02-09 14:22:40 +0100", subject="AW: " + req_subject(p), plain=plain, seed="c002",
                mid=msgid("outlook", "c002", "ch"), lang="de-CH", charset="iso-8859-1", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=chg(p, 2, unit_price="0.0152", date=kw(2027, 10)))],
                   "Prices are quoted per 1'000 labels: CHF 38.50/1000 = 0.0385 (as ordered), CHF 15.20/1000 = "
                   "0.0152 (changed). KW 9 -> Fri 2027-03-05 (= requested), KW 10 -> Fri 2027-03-12. Swiss "
                   "apostrophe thousands separator; the letter date 12.01.2027 is not a delivery date.")
    case(2, "labels-per-1000-kw-swiss", "confirmation", "de-CH",
         "price per 1'000 labels vs PO price per piece, KW 9/KW 10, one price increase", [p], msg, exp)


c002()


# --------------------------------------------------------------------------
# 003  pl  rebar in tonnes: split delivery, one line rejected
# --------------------------------------------------------------------------
def c003():
    s = sup("STALBUD", "Stalbud Dystrybucja Sp. z o.o.", "handlowy@stalbud.example", "pl-PL")
    p = po("4500031602", s, "wrobel", "PLN", "2027-03-22", [
        ("PR-B500SP-12", "Pręt żebrowany B500SP fi 12 mm, L=12 m", 18, "T", "3450.00", "2027-04-12"),
        ("PR-B500SP-16", "Pręt żebrowany B500SP fi 16 mm, L=12 m", 24, "T", "3420.00", "2027-04-12"),
        ("SZ-150-6", "Siatka zgrzewana 150x150 mm, drut 6 mm, arkusz 2,15 x 5 m", 300, "M2", "14.80", "2027-04-12"),
    ])
    check_wd("2027-04-12", 0)
    reply = """Dzień dobry Panie Tomaszu,

dziękujemy za zamówienie nr 4500031602. Potwierdzamy realizację:

poz. 1 – pręt fi 12, 18 t, 3 450,00 zł/t netto – dostawa 12.04.2027 (poniedziałek)
poz. 2 – pręt fi 16, łącznie 24 t, 3 420,00 zł/t netto – ze względu na ładowność auta dzielimy na dwie dostawy:
         12 t w dniu 12.04.2027 oraz 12 t w dniu 19.04.2027
poz. 3 – siatki zgrzewanej 150x150x6 niestety nie mamy w ofercie od początku roku, prosimy o zamówienie u innego dostawcy.

Ceny netto, do cen należy doliczyć 23% VAT. Transport samochodem z HDS w cenie.

Pozdrawiam
Agnieszka Zielińska
Specjalista ds. sprzedaży
Stalbud Dystrybucja Sp. z o.o.
ul. Kolejowa 41, 55-040 Bielany Wrocławskie
tel. +48 71 311 42 07, kom. 605 118 224
NIP 896-152-37-44, KRS 0000281123, kapitał zakładowy 1 500 000,00 zł"""
    plain = outlook_top(p, "pl", reply)
    msg = build(style="outlook", frm=("Agnieszka Zielińska", "a.zielinska@stalbud.example"), to=B(p),
                date="2027-03-23 09:05:31 +0100", subject="ODP: " + req_subject(p), plain=plain, seed="c003",
                mid=msgid("outlook", "c003", "eu"), lang="pl-PL", charset="windows-1250", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1),
                         l2=chg(p, 2, date="2027-04-19", schedule=[(12, "2027-04-12"), (12, "2027-04-19")]),
                         l3=rej())],
                   "Line 2 split 12 t + 12 t, last delivery 19.04. Line 3 (welded mesh) explicitly not supplied. "
                   "Share capital '1 500 000,00 zł' and VAT 23% in the signature/body are not prices of a line.")
    case(3, "rebar-tonnes-split-and-rejected", "confirmation", "pl-PL",
         "tonnes of rebar: one line accepted, one split over two trucks, mesh line rejected; windows-1250", [p], msg, exp)


c003()


# --------------------------------------------------------------------------
# 004  cs  cement bags rounded up to full pallets (Thunderbird, 8bit, flowed)
# --------------------------------------------------------------------------
def c004():
    s = sup("CEMSTAV", "CEMSTAV stavebniny s.r.o.", "obchod@cemstav.example", "cs-CZ")
    p = po("4500031388", s, "novakova", "CZK", "2027-03-08", [
        ("CEM-II-32R-25", "Cement CEM II/B-M 32,5 R, pytel 25 kg", 1180, "BAG", "142.50", "2027-03-18"),
        ("MALTA-MVC5-25", "Malta zdicí MVC 5, pytel 25 kg", 400, "BAG", "96.00", "2027-03-18"),
    ])
    check_wd("2027-03-18", 3)
    reply = """Dobrý den paní Nováková,

potvrzujeme Vaši objednávku č. 4500031388:

1) Cement CEM II/B-M 32,5 R – expedujeme pouze celé palety po 40 pytlích, proto jsme množství zaokrouhlili nahoru na 30 palet = 1 200 pytlů. Cena beze změny 142,50 Kč/pytel bez DPH.
2) Malta zdicí MVC 5 – 400 pytlů (10 palet), 96,00 Kč/pytel bez DPH.

Závoz obou položek ve čtvrtek 18.3. na stavbu Brno-Líšeň, vykládka hydraulickou rukou.
Palety jsou zálohované (EUR paleta 390 Kč/ks), při vrácení vystavíme dobropis.

S pozdravem

Ing. Pavel Dvořák
obchodní oddělení
CEMSTAV stavebniny s.r.o.
Průmyslová 1512/7, 628 00 Brno
tel.: +420 544 212 870
IČO: 25531271, DIČ: CZ25531271
Společnost zapsána v OR vedeném KS v Brně, oddíl C, vložka 31854"""
    d = p["_req_dt"]
    attr = f"Dne {d.strftime('%d.%m.%Y')} v {d.hour}:{d.minute:02d} {p['buyer']['name']} napsal(a):"
    plain = prefixed_top(reply, attr, req_text(p))
    msg = build(style="thunderbird", frm=("Pavel Dvořák", "dvorak@cemstav.example"), to=B(p),
                date="2027-03-09 07:41:55 +0100", subject="Re: " + req_subject(p), plain=plain, seed="c004",
                mid=msgid("uuid", "c004", "cemstav.example"), lang="cs", auto_html=False, cte="8bit",
                flowed=True, **reply_refs(p))
    exp = exp_conf([conf(p, l1=chg(p, 1, quantity=1200), l2=acc(p, 2))],
                   "Line 1 rounded up to full pallets: 30 x 40 = 1 200 bags (ordered 1 180), price unchanged. "
                   "'čtvrtek 18.3.' has no year -> 2027-03-18 (the requested date). Pallet deposit 390 Kč is "
                   "not a line price.")
    case(4, "cement-bags-full-pallet-rounding", "confirmation", "cs-CZ",
         "Thunderbird 8bit format=flowed; quantity rounded up to full pallets (1 180 -> 1 200 bags)", [p], msg, exp)


c004()


# --------------------------------------------------------------------------
# 005  en-GB  lab supplies, answers typed into the quoted PO table
# --------------------------------------------------------------------------
def inline_answers(text, answers, marker="    >> "):
    out = []
    for line in text.split("\n"):
        out.append(line)
        m = re.match(r"^(\d+)\s{2,}", line)
        if m and int(m.group(1)) in answers:
            out.append(marker + answers[int(m.group(1))])
    return "\n".join(out)


def c005():
    s = sup("THORNBURY", "Thornbury Scientific Ltd", "sales@thornbury-scientific.example", "en-GB")
    p = po("4500031520", s, "clarke", "GBP", "2027-03-01", [
        ("FP-WH1-125", "Filter paper Grade 1, 125 mm, pack of 100", 30, "PK", "12.40", "2027-03-12"),
        ("NACL-AR-500", "Sodium chloride AR grade, 500 g", 24, "EA", "8.95", "2027-03-12"),
        ("ELISA-IL6-96", "Human IL-6 ELISA kit, 96 tests", 4, "KIT", "389.00", "2027-03-12"),
        ("TUBE-50-PP25", "Centrifuge tube 50 mL PP, sterile, pack of 25", 40, "PK", "9.60", "2027-03-12"),
    ], req_tz="+0000")
    orig = inline_answers(req_text(p), {
        1: "CONFIRMED",
        2: "BACKORDERED - 12 from stock for 12/03, remaining 12 on 26/03",
        3: "CONFIRMED for 12/03. Lot 22A417, exp 31/08/2027, shipped on dry ice",
        4: "CONFIRMED 12/03 - NB price is now GBP 9.90 per pack (2027 list price)",
    })
    reply = """Hi Emma,

Thanks for the order - answers in red below (in capitals for the plain text version).

Best regards,
Oliver

Oliver Grant | Customer Services
Thornbury Scientific Ltd | Unit 7, Cambridge Research Park, Waterbeach CB25 9PD
T: 01223 861 440 | Registered in England & Wales No. 04417230 | VAT GB 812 3340 17"""
    hdr = outlook_hdr("en-GB", req_from(p), p["_req_dt"], sup_to(p), req_subject(p))
    plain = f"{reply}\n\n-----Original Message-----\n{hdr}\n\n{orig}"
    msg = build(style="outlook", frm=("Oliver Grant", "o.grant@thornbury-scientific.example"), to=B(p),
                date="2027-03-02 11:20:03 +0000", subject="RE: " + req_subject(p), plain=plain, seed="c005",
                mid=msgid("outlook", "c005", "uk"), lang="en-GB", charset="us-ascii", cte="7bit",
                html_cte="quoted-printable", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1),
                         l2=chg(p, 2, date="2027-03-26", schedule=[(12, "2027-03-12"), (12, "2027-03-26")]),
                         l3=acc(p, 3),
                         l4=chg(p, 4, unit_price="9.90"))],
                   "Answers are written into the quoted PO table (inline). Line 2 split 12 + 12 (26/03 is "
                   "day-first). Line 3: lot expiry 31/08/2027 is not a delivery date. Line 4: price 9.90 "
                   "instead of 9.60.")
    case(5, "lab-inline-answers-in-quoted-table", "confirmation", "en-GB",
         "answers typed into our quoted PO table ('-----Original Message-----'); backorder split, expiry date, price change",
         [p], msg, exp)


c005()


# --------------------------------------------------------------------------
# 006  de  cable: price incl. copper surcharge given per km, Lotus Notes
# --------------------------------------------------------------------------
def lotus_hdr(p, lang="de", subject=None):
    d = p["_req_dt"]
    if lang == "de":
        return (f"Von:\t\"{p['buyer']['name']}\" <{p['buyer']['email']}>\n"
                f"An:\t\"{p['supplier']['name']}\" <{p['supplier']['email']}>\n"
                f"Datum:\t{d.strftime('%d.%m.%Y %H:%M')}\n"
                f"Betreff:\t{subject or req_subject(p)}")
    return (f"From:\t\"{p['buyer']['name']}\" <{p['buyer']['email']}>\n"
            f"To:\t\"{p['supplier']['name']}\" <{p['supplier']['email']}>\n"
            f"Date:\t{d.strftime('%d/%m/%Y %H:%M')}\n"
            f"Subject:\t{subject or req_subject(p)}")


def c006():
    s = sup("HANSA-KABEL", "Hansa Kabelhandel GmbH & Co. KG", "vertrieb@hansa-kabel.example", "de-DE")
    p = po("4500031710", s, "weber", "EUR", "2027-03-15", [
        ("NYM-J-3X2.5", "NYM-J 3x2,5 mm², Ring 100 m, Preis inkl. Cu-Zuschlag", 500, "M", "1.12", "2027-03-31"),
        ("NYY-J-5X16", "NYY-J 5x16 mm² 0,6/1 kV, Trommel, Preis inkl. Cu-Zuschlag", 1000, "M", "9.85", "2027-03-31"),
        ("H07RN-F-5G2.5", "H07RN-F 5G2,5 mm², Trommel 500 m, Preis inkl. Cu-Zuschlag", 500, "M", "3.95", "2027-03-31"),
    ])
    reply = """Sehr geehrter Herr Weber,

vielen Dank für Ihre Bestellung 4500031710. Wir bestätigen wie folgt:

Pos. 1  NYM-J 3x2,5     500 m (5 Ringe à 100 m)   1,12 EUR/m inkl. Cu          Liefertermin 31.03.2027
Pos. 2  NYY-J 5x16    1.000 m auf Einwegtrommel   Grundpreis 4,35 EUR/m
                                                  zzgl. Cu-Zuschlag 5.600,00 EUR/km
                                                  (Cu-Zahl 768 kg/km, DEL-Notiz vom 15.03.2027: 879,17 EUR/100 kg)
                                                                               Liefertermin 31.03.2027
Pos. 3  H07RN-F 5G2,5   500 m                     3,95 EUR/m inkl. Cu
        Die 500-m-Trommel ist derzeit nicht am Lager, Lieferung in KW 15.

Der Kupferzuschlag für Pos. 2 ist auf Basis der DEL-Notiz vom 15.03.2027 fixiert.

Mit freundlichen Grüßen

i. A. Jens Petersen
Vertriebsinnendienst Kabel
Hansa Kabelhandel GmbH & Co. KG
Billbrookdeich 210 · 22113 Hamburg
Tel. +49 40 731 19-240 · Fax +49 40 731 19-299
Sitz Hamburg · Registergericht Hamburg HRA 98765
phG: Hansa Kabel Verwaltungs-GmbH, Hamburg, HRB 54321 · GF: Dirk Claußen"""
    plain = f"{reply}\n\n\n\n{lotus_hdr(p)}\n\n{req_text(p)}"
    msg = build(style="lotus", frm=("Jens Petersen", "jens.petersen@hansa-kabel.example"), to=B(p),
                date="2027-03-16 13:05:18 +0100", subject="Antwort: " + req_subject(p), plain=plain,
                seed="c006", mid=msgid("lotus", "c006", "hansa-kabel.example"), charset="iso-8859-1",
                **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=chg(p, 2, unit_price="9.95"), l3=chg(p, 3, date=kw(2027, 15)))],
                   "Line 2: PO price includes copper; supplier gives base 4.35 EUR/m + copper surcharge "
                   "5,600.00 EUR/km = 5.60 EUR/m -> 9.95 EUR/m (PO 9.85). Surcharge is fixed, so the price is "
                   "firm. DEL quotation date 15.03.2027 is not a delivery date. Line 3: KW 15 -> Fri 2027-04-16.")
    case(6, "cable-copper-surcharge-per-km", "confirmation", "de-DE",
         "Lotus Notes; cable price = base per m + copper surcharge per km (sum differs from PO); KW 15", [p], msg, exp)


c006()


# --------------------------------------------------------------------------
# 007  fr-BE  tiles in m², rounded to full boxes
# --------------------------------------------------------------------------
def c007():
    s = sup("DELVAUX-CERAM", "Céramiques Delvaux SA", "commandes@delvaux-ceramiques.example", "fr-BE")
    p = po("4500031790", s, "lambert", "EUR", "2027-04-01", [
        ("CER-6060-ANTH", "Carrelage grès cérame 60x60 anthracite R10, boîte 1,44 m²", 340, "M2", "24.90", "2027-04-13"),
        ("PLINT-ANTH-60", "Plinthe grès cérame 8x60 anthracite", 180, "EA", "3.40", "2027-04-13"),
    ], req_tz="+0200")
    check_wd("2027-04-13", 1)
    reply = """Bonjour Madame Lambert,

Nous vous remercions pour votre commande 4500031790 et vous la confirmons comme suit :

- Carrelage 60x60 anthracite R10 : le conditionnement étant de 1,44 m² par boîte, nous arrondissons à 237 boîtes, soit 341,28 m², au prix inchangé de 24,90 €/m² HTVA.
- Plinthes 8x60 anthracite : 180 pièces à 3,40 € HTVA la pièce.

Livraison le mardi 13 avril sur chantier (rue de la Station 12, 4430 Ans), camion avec grue. Merci de prévoir quelqu'un sur place dès 7h30.
Les palettes sont consignées (15,00 € pièce) et reprises lors d'une prochaine livraison.

Bien à vous,

Nathalie Lejeune
Service commandes
Céramiques Delvaux SA
Zoning des Hauts-Sarts, 2e Avenue 65 – 4040 Herstal
Tél. +32 4 248 71 30
N° d'entreprise BE 0412.345.678 – RPM Liège"""
    plain = outlook_top(p, "fr-BE", reply)
    msg = build(style="outlook", frm=("Nathalie Lejeune", "n.lejeune@delvaux-ceramiques.example"), to=B(p),
                date="2027-04-02 10:31:09 +0200", subject="RE: " + req_subject(p), plain=plain, seed="c007",
                mid=msgid("outlook", "c007", "eu"), lang="fr-BE", charset="windows-1252", **reply_refs(p))
    exp = exp_conf([conf(p, l1=chg(p, 1, quantity=341.28), l2=acc(p, 2))],
                   "Tiles rounded up to full boxes: 237 x 1,44 m² = 341,28 m² (ordered 340 m²); decimal comma. "
                   "'mardi 13 avril' without year -> 2027-04-13. Pallet deposit 15,00 € is not a line price.")
    case(7, "tiles-m2-rounded-to-boxes", "confirmation", "fr-BE",
         "m² rounded up to full boxes (340 -> 341,28 m²), Belgian French, windows-1252", [p], msg, exp)


c007()


# --------------------------------------------------------------------------
# 008  it  cosmetics tubes: MOQ raises quantity; supplier asks for artwork
# --------------------------------------------------------------------------
def c008():
    s = sup("TUBLOMB", "Tubettificio Lombardo S.r.l.", "ordini@tubettificiolombardo.example", "it-IT")
    p = po("4500031845", s, "greco", "EUR", "2027-03-29", [
        ("TUB-PE-50-WH", "Tubo PE 50 ml Ø30, bianco, stampa offset 4 colori, tappo flip-top", 8000, "EA", "0.1850", "2027-04-23"),
        ("PMP-023-BK", "Pompa dosatrice 0,23 ml, ghiera 24/410, nera", 8000, "EA", "0.0960", "2027-04-23"),
    ], req_tz="+0200")
    reply = """Gentile Dott.ssa Greco,

grazie per l'ordine n. 4500031845 che confermiamo alle seguenti condizioni:

pos. 1 – tubo PE 50 ml bianco, stampa offset 4 colori: il nostro minimo d'ordine per la stampa offset è di 10.000 pezzi, pertanto confermiamo 10.000 pz a € 0,1850 cad. Consegna settimana 16.
pos. 2 – pompa dosatrice 0,23 ml 24/410 nera: 8.000 pz a € 0,0960 cad. Consegna settimana 16.

Restiamo in attesa del file esecutivo definitivo per la stampa (PDF vettoriale con i Pantone indicati): può inviarcelo a grafica@tubettificiolombardo.example?

Cordiali saluti

Giulia Ferraris
Ufficio Commerciale
Tubettificio Lombardo S.r.l.
Via per Cassano 22 – 20060 Pozzo d'Adda (MI)
Tel. +39 02 909 6651 – P.IVA 09812330151
Capitale sociale € 100.000,00 i.v. – REA MI-1317622"""
    plain = outlook_top(p, "it", reply)
    msg = build(style="outlook", frm=("Giulia Ferraris", "g.ferraris@tubettificiolombardo.example"), to=B(p),
                date="2027-03-30 16:48:27 +0200", subject="R: " + req_subject(p), plain=plain, seed="c008",
                mid=msgid("outlook", "c008", "eu"), lang="it-IT", **reply_refs(p))
    exp = exp_conf([conf(p, l1=chg(p, 1, quantity=10000), l2=acc(p, 2))],
                   "MOQ 10.000 for offset print: line 1 confirmed with 10 000 instead of 8 000. 'settimana 16' "
                   "-> Fri 2027-04-23 (= requested). The request for the print artwork does not make the "
                   "confirmation conditional.")
    case(8, "cosmetic-tubes-moq-and-artwork-request", "confirmation", "it-IT",
         "MOQ raises quantity, 'settimana 16', supplier asks for print artwork in the same mail", [p], msg, exp)


c008()


# --------------------------------------------------------------------------
# 009  nl  corrugated boxes priced per 1.000, week numbers (Gmail)
# --------------------------------------------------------------------------
def c009():
    s = sup("DEVRIES-KART", "Kartonnagefabriek De Vries B.V.", "verkoop@devries-kartonnage.example", "nl-NL")
    p = po("4500031601", s, "leeuwen", "EUR", "2027-03-03", [
        ("DOOS-F0201-400", "Vouwdoos F0201 400x300x250 mm, dubbelgolf BC, bruin", 5000, "EA", "0.412", "2027-03-26"),
        ("DOOS-F0427-220", "Verzenddoos F0427 220x160x80 mm, E-golf wit, 1-kleur druk", 12000, "EA", "1.050", "2027-03-26"),
        ("TUSS-390", "Tussenvel 390x290 mm, golfkarton", 5000, "EA", "0.085", "2027-03-26"),
    ])
    reply = """Goedemorgen Sanne,

Bedankt voor je order. Hierbij bevestigen we PO 4500031601:

Pos. 1 – F0201 400x300x250 BC bruin: 5.000 st. à € 412,00 per 1.000 st. – levering week 12
Pos. 2 – F0427 220x160x80 E-golf wit met druk: 12.000 st. à € 1.085,00 per 1.000 st. (nieuwe prijs i.v.m. de hogere papierprijs, zie onze mail van januari) – levering week 12
Pos. 3 – tussenvellen: 5.000 st. à € 85,00 per 1.000 – levering week 12

Alles wordt geleverd op pallets van 120x80, max. hoogte 1,80 m.

Met vriendelijke groet,

Jeroen Bakker
Binnendienst
Kartonnagefabriek De Vries B.V. | Industrieweg 31 | 7951 DG Staphorst
T +31 522 46 12 90 | KvK 05032781 | BTW NL001234567B01"""
    plain = prefixed_top(reply, gmail_attr("nl", p), req_text(p))
    msg = build(style="gmail", frm=("Jeroen Bakker", "jeroen.devrieskartonnage@gmail.example"), to=B(p),
                date="2027-03-04 09:14:50 +0100", subject="Re: " + req_subject(p), plain=plain, seed="c009",
                mid=msgid("gmail", "c009", ""), cc=("Verkoop De Vries", "verkoop@devries-kartonnage.example"),
                mta="mail-sor-f41.google.example", ip="198.51.100.41", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=chg(p, 2, unit_price="1.085"), l3=acc(p, 3))],
                   "Prices per 1.000 pieces with Dutch thousands dot: € 412,00/1.000 = 0.412, € 1.085,00/1.000 = "
                   "1.085 (PO 1.050, changed), € 85,00/1.000 = 0.085. Week 12 -> Fri 2027-03-26. Sent from a "
                   "personal Gmail address of the supplier's sales clerk with the order desk in Cc.")
    case(9, "corrugated-per-1000-week-numbers", "confirmation", "nl-NL",
         "Gmail reply; '€ 1.085,00 per 1.000' must become 1.085 per piece; week 12", [p], msg, exp)


c009()


# --------------------------------------------------------------------------
# 010  fr-CA  agricultural spare parts: only lines 1 and 3 answered
# --------------------------------------------------------------------------
def c010():
    s = sup("PIECES-BEAUCE", "Pièces Agricoles Beauce inc.", "pieces@piecesbeauce.example", "fr-CA")
    p = po("4500031655", s, "dubois", "CAD", "2027-03-10", [
        ("JD-AH212345", "Section de couteau de faucheuse John Deere AH212345", 50, "EA", "6.85", "2027-03-24"),
        ("JD-RE504836", "Filtre à huile moteur John Deere RE504836", 24, "EA", "18.40", "2027-03-24"),
        ("KV-073301", "Pointe de versoir charrue Kverneland, réf. 073301", 16, "EA", "42.90", "2027-03-24"),
        ("BRG-6206-2RS", "Roulement 6206-2RS", 30, "EA", "7.25", "2027-03-24"),
    ], req_tz="-0500")
    reply = """Bonjour M. Dubois,

Merci pour la commande 4500031655.

Les sections de couteau AH212345 (ligne 1) sont en stock : 50 mcx à 6,85 $ chacun, livraison le 24 mars comme demandé.
Pour les pointes de versoir Kverneland (ligne 3), on en a seulement 10 en inventaire; les 6 autres arrivent de notre fournisseur en Ontario, donc on va vous livrer les 16 ensemble le 31 mars. Prix : 42,90 $ l'unité.

Je vous reviens pour le reste de la commande dès que j'ai des nouvelles de l'entrepôt.

Bonne journée,

Mathieu Poulin
Comptoir des pièces
Pièces Agricoles Beauce inc.
1450, boul. Vachon Nord, Sainte-Marie (Québec)  G6E 1M3
Tél. : 418 387-5521, poste 224 | Sans frais : 1 800 463-2290"""
    plain = outlook_top(p, "fr-CA", reply)
    msg = build(style="outlook", frm=("Mathieu Poulin", "mpoulin@piecesbeauce.example"), to=B(p),
                date="2027-03-11 15:02:44 -0500", subject="RE: " + req_subject(p), plain=plain, seed="c010",
                mid=msgid("outlook", "c010", "us"), lang="fr-CA", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=unc(), l3=chg(p, 3, date="2027-03-31"), l4=unc())],
                   "Only lines 1 and 3 are answered; 'Je vous reviens pour le reste' = lines 2 and 4 not "
                   "confirmed. Line 3 all 16 together on 31 March. 'mcx' = morceaux.")
    case(10, "ag-parts-only-some-lines-answered", "confirmation", "fr-CA",
         "Quebec French; answers lines 1 and 3, silent on 2 and 4 ('je vous reviens pour le reste')", [p], msg, exp)


c010()


# --------------------------------------------------------------------------
# 011  es-MX  garden furniture, one line later (Gmail)
# --------------------------------------------------------------------------
def c011():
    s = sup("MUEBLES-TLAQ", "Muebles de Exterior Tlaquepaque S.A. de C.V.", "ventas@mueblestlaquepaque.example", "es-MX")
    p = po("4500031733", s, "garcia", "USD", "2027-03-17", [
        ("SET-BALI-4", "Juego de terraza Bali (sofá 3 plazas, 2 sillones, mesa de centro), ratán sintético gris", 12, "SET", "1250.00", "2027-04-15"),
        ("SOMB-3M-BEI", "Sombrilla de aluminio 3 m, lona beige", 30, "EA", "89.50", "2027-04-15"),
        ("COJ-EXT-45", "Cojín exterior 45x45 cm, tela Sunbrella", 120, "EA", "14.20", "2027-04-15"),
    ], req_tz="-0600")
    reply = """Hola Lucía, buenas tardes.

Te confirmo la orden de compra 4500031733:

- 12 juegos Bali gris a $1,250.00 USD c/u, entrega 15/04/2027 ✔
- Sombrillas 3 m beige: la lona beige nos llega hasta finales de mes, te las podemos entregar el 30/04/2027, mismo precio $89.50 USD.
- 120 cojines 45x45 Sunbrella a $14.20 USD, entrega 15/04/2027.

Los precios no incluyen IVA. El flete a su almacén de Zapopan va por nuestra cuenta.

Saludos cordiales,
Fernanda Ruiz Ochoa
Ejecutiva de Ventas
Muebles de Exterior Tlaquepaque S.A. de C.V.
Tel. 33 3635 1208 | Cel. 33 1422 8790"""
    plain = prefixed_top(reply, gmail_attr("es", p), req_text(p))
    msg = build(style="gmail", frm=("Fernanda Ruiz Ochoa", "fernanda.ruiz@mueblestlaquepaque.example"), to=B(p),
                date="2027-03-18 18:40:02 -0600", subject="Re: " + req_subject(p), plain=plain, seed="c011",
                mid=msgid("gmail", "c011", ""), mta="mail-yw1-f170.google.example", ip="198.51.100.170",
                **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=chg(p, 2, date="2027-04-30"), l3=acc(p, 3))],
                   "Mexican number format ($1,250.00), day-first dates. Umbrellas move to 30/04/2027; 'finales "
                   "de mes' is only the reason.")
    case(11, "garden-furniture-one-line-later", "confirmation", "es-MX",
         "Gmail, '$1,250.00 USD' format, dd/mm/yyyy, one line delayed to 30/04", [p], msg, exp)


c011()


# --------------------------------------------------------------------------
# 012  en-US  dental supplies answered from a ticket system, ship date only
# --------------------------------------------------------------------------
def c012():
    s = sup("BRIGHTSMILE", "BrightSmile Dental Supply Inc.", "orders@brightsmile-dental.example", "en-US")
    p = po("4500031760", s, "morgan", "USD", "2027-03-01", [
        ("BUR-FG-330-100", "Carbide bur FG 330, box of 100", 6, "BX", "84.00", "2027-03-10"),
        ("GLV-NIT-M-100", "Nitrile exam gloves size M, box of 100", 80, "BX", "7.35", "2027-03-10"),
        ("IMP-PVS-LB", "PVS impression material light body, 2 x 50 ml", 40, "PK", "21.90", "2027-03-10"),
    ], req_tz="-0600")
    check_wd("2027-03-05", 4)
    reply = """##- Please type your reply above this line -##

Ticket #48213: Purchase order 4500031760 - please confirm
Status: Solved

Kevin Liu (BrightSmile Customer Care)
Mar 2, 2027, 2:37 PM CST

Hi Ryan,

Thank you for your order! PO 4500031760 has been entered as Sales Order SO-2271893.

- FG 330 carbide burs, 6 boxes @ $84.00 - ships 03/05/2027
- Nitrile gloves M, 80 boxes @ $7.35 - ships 03/05/2027
- PVS light body 2x50 ml, 40 packs @ $21.90 - ships 03/05/2027

All items ship together via UPS Ground from our Memphis, TN warehouse; transit is typically 3-5 business days. You will receive a tracking number by email once the order ships.

Best,
Kevin Liu
Customer Care Specialist
BrightSmile Dental Supply Inc. | 1-800-555-0142 | Mon-Fri 7:00 AM - 6:00 PM CST

--------------------------------

Ryan Morgan
Mar 1, 2027, 8:12 AM CST

""" + req_text(p) + """

--------------------------------
This email is a service from BrightSmile Customer Care. [8QZ1X4-K7M2]"""
    msg = build(style="ticket", frm=("BrightSmile Customer Care", "support@brightsmile-dental.example"), to=B(p),
                date="2027-03-02 14:37:21 -0600", subject="[BrightSmile] Re: " + req_subject(p), plain=reply,
                seed="c012", mid=f"<{H('c012', n=14).upper()}_{H('c012b', n=8)}@sortinghat.brightsmile-dental.example>",
                client="ticket", mta="outbound.mailer.helpdesk.example", ip="192.0.2.88",
                envelope_from="bounces+48213@brightsmile-dental.example",
                extra=[("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "f2b91c4"),
                       ("Reply-To", "BrightSmile Customer Care <support+id48213@brightsmile-dental.example>")],
                **reply_refs(p))
    d = "2027-03-05"
    exp = exp_conf([conf(p, l1=chg(p, 1, date=d), l2=chg(p, 2, date=d), l3=chg(p, 3, date=d))],
                   "Answer comes from a helpdesk ticket (status 'Solved'). Only a ship date is given "
                   "(03/05/2027, US month-first = 5 March); the 3-5 business day transit is an estimate, so per "
                   "the rules date = ship date 2027-03-05, which differs from the need-by 2027-03-10.")
    case(12, "dental-ticket-system-ship-date-only", "confirmation", "en-US",
         "helpdesk (Zendesk-style) reply with ticket number and status; US dates; ship date only", [p], msg, exp)


c012()


BUYERS.update({
    "virtanen": ("Mikko Virtanen", "mikko.virtanen"),
    "park": ("Ji-woo Park", "jiwoo.park"),
    "lin": ("Mei-ling Lin", "meiling.lin"),
    "akhmetova": ("Dana Akhmetova", "dana.akhmetova"),
    "dimitrova": ("Maria Dimitrova", "maria.dimitrova"),
    "botha": ("Johan Botha", "johan.botha"),
})


# --------------------------------------------------------------------------
# 013  sv  vet supplies confirmed by a colleague of the contact, 'v. 11'
# --------------------------------------------------------------------------
def c013():
    s = sup("VETMEDIC", "Vetmedic Nordic AB", "order@vetmedic-nordic.example", "sv-SE")
    p = po("4500031577", s, "eriksson", "SEK", "2027-03-02", [
        ("VET-SUT-3-0", "Sutur PGA 3-0, 75 cm, ask à 12", 20, "BX", "465.00", "2027-03-19"),
        ("VET-CAT-22G", "Venkateter 22G, ask à 50", 15, "BX", "389.00", "2027-03-19"),
        ("VET-BAND-10", "Självhäftande bandage 10 cm, ask à 18", 40, "BX", "212.00", "2027-03-19"),
    ])
    reply = """Hej Lars,

Anna är på semester den här veckan, så jag tar hand om er order 4500031577.

Vi bekräftar ordern enligt nedan:
Rad 1  Sutur PGA 3-0: 20 ask à 465,00 kr, leverans v. 11
Rad 2  Venkateter 22G: 15 ask à 389,00 kr, leverans v. 11
Rad 3  Bandage 10 cm: tyvärr restnoterad hos tillverkaren – vi kan leverera 20 ask v. 11 och resterande 20 ask v. 13. Pris 212,00 kr/ask.

Med vänliga hälsningar
Johan Sjöberg
Kundtjänst

Vetmedic Nordic AB | Box 1142 | 751 41 Uppsala
Tel 018-480 22 10 | Org.nr 556712-3344"""
    plain = outlook_top(p, "sv", reply, to=addr("Anna Lindberg", "anna.lindberg@vetmedic-nordic.example"))
    msg = build(style="outlook", frm=("Johan Sjöberg", "johan.sjoberg@vetmedic-nordic.example"), to=B(p),
                cc=("Anna Lindberg", "anna.lindberg@vetmedic-nordic.example"),
                date="2027-03-03 10:02:36 +0100", subject="SV: " + req_subject(p), plain=plain, seed="c013",
                mid=msgid("outlook", "c013", "eu"), lang="sv-SE", charset="windows-1252", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2),
                         l3=chg(p, 3, date=kw(2027, 13), schedule=[(20, kw(2027, 11)), (20, kw(2027, 13))]))],
                   "Answered by a colleague (Johan) because the usual contact Anna is on holiday; Anna in Cc. "
                   "v. 11 -> Fri 2027-03-19 (= requested), v. 13 -> Fri 2027-04-02. Line 3 split 20 + 20.")
    case(13, "vet-supplies-colleague-confirms-week", "confirmation", "sv-SE",
         "colleague answers for the contact on holiday; 'v. 11' / 'v. 13'; backorder split", [p], msg, exp)


c013()


# --------------------------------------------------------------------------
# 014  tr  glass bottles split over two dates, caps with the first lot
# --------------------------------------------------------------------------
def c014():
    s = sup("ANADOLU-CAM", "Anadolu Cam Ambalaj San. ve Tic. A.Ş.", "ihracat@anadolucamambalaj.example", "tr-TR")
    p = po("4500031480", s, "yilmaz", "EUR", "2027-02-22", [
        ("BTL-AMB-100", "Amber cam şişe 100 ml, DIN 18 ağız", 40000, "EA", "0.142", "2027-03-26"),
        ("DRP-18-WH", "Damlalıklı kapak DIN 18, beyaz, emniyet halkalı", 40000, "EA", "0.061", "2027-03-26"),
    ], req_tz="+0300")
    reply = """Sayın Emre Bey,

4500031480 numaralı siparişiniz için teşekkür ederiz. Siparişinizi aşağıdaki şekilde onaylıyoruz:

1. Amber şişe 100 ml DIN 18 – 40.000 adet, birim fiyat 0,142 EUR
   Fırın planımız nedeniyle iki parti halinde sevk edilecektir:
   20.000 adet – 19.03.2027 teslim
   20.000 adet – 02.04.2027 teslim
2. Damlalıklı kapak DIN 18 beyaz – 40.000 adet, birim fiyat 0,061 EUR, tamamı ilk parti ile 19.03.2027 teslim.

Teslim şekli: DAP İstanbul deponuz.

Saygılarımızla,

Burcu Aydın
İhracat Satış Temsilcisi
Anadolu Cam Ambalaj San. ve Tic. A.Ş.
Organize Sanayi Bölgesi 3. Cad. No:14, 16140 Nilüfer/Bursa
Tel: +90 224 411 52 60 | Mersis No: 0068012345600015"""
    plain = outlook_top(p, "tr", reply)
    msg = build(style="outlook", frm=("Burcu Aydın", "burcu.aydin@anadolucamambalaj.example"), to=B(p),
                date="2027-02-23 11:26:14 +0300", subject="YNT: " + req_subject(p), plain=plain, seed="c014",
                mid=msgid("outlook", "c014", "eu"), lang="tr-TR", charset="windows-1254", **reply_refs(p))
    exp = exp_conf([conf(p, l1=chg(p, 1, date="2027-04-02", schedule=[(20000, "2027-03-19"), (20000, "2027-04-02")]),
                         l2=chg(p, 2, date="2027-03-19"))],
                   "Line 1 split 20.000 + 20.000 (Turkish thousands dot), last lot 02.04.2027 (later than the "
                   "need-by). Line 2 complete with the first lot on 19.03.2027 (earlier than requested).")
    case(14, "glass-bottles-split-lots", "confirmation", "tr-TR",
         "Turkish, windows-1254; split delivery 20.000 + 20.000, caps all with first lot", [p], msg, exp)


c014()


# --------------------------------------------------------------------------
# 015  English by a Chinese CNC shop: confirms, asks for deposit and STEP file
# --------------------------------------------------------------------------
def c015():
    s = sup("HONGDA-PREC", "Shenzhen Hongda Precision Machining Co., Ltd.", "sales3@hongda-precision.example", "zh-CN")
    p = po("4500031812", s, "weber", "USD", "2027-03-22", [
        ("CNC-BRK-2231-C", "Bracket, AL6061-T6, black anodized, drawing 2231 rev. C", 500, "EA", "4.80", "2027-04-23"),
        ("CNC-SHF-2240-B", "Shaft Ø12 h6, SS304, drawing 2240 rev. B", 200, "EA", "7.35", "2027-04-23"),
        ("3DP-HSG-2251-A", "Housing, SLS PA12, dyed black, drawing 2251 rev. A", 150, "EA", "11.20", "2027-04-23"),
    ])
    reply = """Dear Daniel,

Good day! Thanks for your PO 4500031812, we are glad to confirm as below:

1. Bracket 2231 rev.C     500pcs   USD4.80/pc    delivery date: Apr.23th
2. Shaft 2240 rev.B       200pcs   USD7.35/pc    delivery date: Apr.23th
3. Housing 2251 rev.A     150pcs   USD11.80/pc   delivery date: Apr.23th
   (sorry, SLS PA12 powder cost is raising since Feb., we can not keep the old price)

Kindly please arrange 30% deposit (USD1,692.00) before Mar.31th so we can start material purchasing, balance 70% before shipment. Our bank information is in the PI attached.

For item 2, could you please send us the STEP file of rev.B? We only have PDF drawing. It will not affect the delivery time.

Any question pls feel free to contact me.

Best regards
Lily Zhang
Sales Manager
Shenzhen Hongda Precision Machining Co., Ltd.
Add: No.18 Fuyuan 1st Road, Fuyong Town, Bao'an District, Shenzhen, China
Tel: +86-755-2761 8830   Mob/WeChat: +86 138 2874 1125"""
    pdf = make_pdf([
        "#PROFORMA INVOICE",
        "*Shenzhen Hongda Precision Machining Co., Ltd.",
        "No.18 Fuyuan 1st Road, Fuyong Town, Bao'an District, Shenzhen 518103, China",
        "",
        [(50, "PI No.: HD-PI-20270323-07"), (330, "Date: 2027-03-23")],
        [(50, "Buyer: Halvorsen Group, Procurement (Mr. Daniel Weber)"), (330, "Customer PO: 4500031812")],
        "",
        [(50, "*Item"), (80, "*Description"), (330, "*Qty"), (390, "*Unit price USD"), (480, "*Amount USD")],
        [(50, "1"), (80, "Bracket 2231 rev.C, AL6061-T6 black anodized"), (330, "500"), (390, "4.80"), (480, "2,400.00")],
        [(50, "2"), (80, "Shaft 2240 rev.B, SS304"), (330, "200"), (390, "7.35"), (480, "1,470.00")],
        [(50, "3"), (80, "Housing 2251 rev.A, SLS PA12 dyed black"), (330, "150"), (390, "11.80"), (480, "1,770.00")],
        [(330, "*Total"), (480, "*5,640.00")],
        "",
        "Delivery date: 2027-04-23, DAP Hamburg (air freight)",
        "Payment terms: 30% deposit USD 1,692.00 before 2027-03-31, balance 70% USD 3,948.00 before shipment",
        "",
        "*Beneficiary bank information",
        "Beneficiary: Shenzhen Hongda Precision Machining Co., Ltd.",
        "Bank: Example Commercial Bank, Shenzhen Bao'an Sub-branch",
        "Account No.: 4000 0000 0000 0000 123   SWIFT: EXAMCNSZXXX",
        "",
        "This PI is valid until 2027-04-07.",
    ], title="Proforma Invoice HD-PI-20270323-07", author="Lily Zhang", creator="WPS Writer",
        when=T("2027-03-23 15:58:00 +0800"))
    plain = prefixed_top(reply, f"------------------ Original ------------------\nFrom: \"{p['buyer']['name']}\"<{p['buyer']['email']}>;\nDate: Mon, Mar 22, 2027 03:12 PM\nTo: \"sales3\"<sales3@hongda-precision.example>;\nSubject: {req_subject(p)}\n", req_text(p)).replace("\n> ", "\n").replace("\n>\n", "\n\n")
    msg = build(style="foxmail", frm=("Lily Zhang", "sales3@hongda-precision.example"), to=B(p),
                date="2027-03-23 16:05:44 +0800", subject="Re: " + req_subject(p), plain=plain, seed="c015",
                mid=msgid("foxmail", "c015", "hongda-precision.example"), client="foxmail", cte="base64",
                attachments=[attachment(pdf, "application/pdf", "PI HD-PI-20270323-07.pdf")], **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2), l3=chg(p, 3, unit_price="11.80"))],
                   "Non-native English. Confirmation with a request for a 30% deposit and a STEP file in the "
                   "same mail; the delivery date Apr 23 is stated firmly (the STEP file 'will not affect the "
                   "delivery time'). 'Mar.31th' is the deposit deadline, not a delivery date. Line 3 price "
                   "11.80 instead of 11.20; the attached PI repeats the same figures.")
    case(15, "cnc-confirm-asks-deposit-and-step-file", "confirmation", "zh-CN",
         "English by non-native writer (Shenzhen CNC/SLS shop), Foxmail; confirms, asks deposit + STEP file; PI PDF attached",
         [p], msg, exp)


c015()


# --------------------------------------------------------------------------
# 016  de  office furniture: answer only in the attached PDF (AB), pos 10/20/30/40
# --------------------------------------------------------------------------
def c016():
    s = sup("BUEROFORM", "Büroform Objekteinrichtung GmbH", "auftrag@bueroform.example", "de-DE")
    p = po("4500031744", s, "weber", "EUR", "2027-03-12", [
        ("BF-ST-ERGO-24", "Bürodrehstuhl Ergo 24h, Stoff anthrazit, Armlehnen 4D", 24, "EA", "389.00", "2027-04-16"),
        ("BF-TI-HV-1600", "Schreibtisch elektr. höhenverstellbar 1600x800, Platte weiß, Gestell silber", 24, "EA", "548.00", "2027-04-16"),
        ("BF-RC-3OH", "Rollcontainer 3 Schübe, abschließbar, weiß", 24, "EA", "164.00", "2027-04-16"),
        ("BF-MO-HH", "Lieferung und Montage Standort Hamburg-Hammerbrook", 1, "LS", "850.00", "2027-04-16"),
    ])
    reply = """Sehr geehrter Herr Weber,

anbei erhalten Sie unsere Auftragsbestätigung AB-27-01184 zu Ihrer Bestellung 4500031744.
Bitte prüfen Sie diese auf Richtigkeit.

Mit freundlichen Grüßen

i. A. Melanie Krause
Auftragsbearbeitung

Büroform Objekteinrichtung GmbH
Industriestraße 12 · 33609 Bielefeld
Tel. 0521 93 18 40-17 · www.bueroform.example
Geschäftsführer: Stefan Ahlers · Amtsgericht Bielefeld HRB 45127 · USt-IdNr. DE 812 345 678"""
    pdf = make_pdf([
        "#Auftragsbestätigung AB-27-01184",
        "Büroform Objekteinrichtung GmbH · Industriestraße 12 · 33609 Bielefeld",
        "",
        [(50, "Kunde: Halvorsen Group, Einkauf, Herr Daniel Weber"), (330, "Kundennr.: 20417")],
        [(50, "Lieferanschrift: Hammerbrookstraße 90, 20097 Hamburg"), (330, "Datum: 15.03.2027")],
        [(50, "Ihre Bestellung: 4500031744 vom 12.03.2027"), (330, "Sachbearbeiterin: M. Krause")],
        "",
        [(50, "*Pos"), (80, "*Artikel"), (150, "*Bezeichnung"), (345, "*Menge"), (395, "*EP EUR"), (450, "*Gesamt EUR"), (515, "*Termin")],
        [(50, "10"), (80, "ST-ERGO-24"), (150, "Bürodrehstuhl Ergo 24h, anthrazit"), (345, "24 Stk"), (395, "389,00"), (450, "9.336,00"), (515, "KW 15")],
        [(50, "20"), (80, "TI-HV-1600"), (150, "Schreibtisch el. höhenv. 1600x800"), (345, "24 Stk"), (395, "548,00"), (450, "13.152,00"), (515, "KW 17")],
        [(50, "30"), (80, "RC-3OH"), (150, "Rollcontainer 3 Schübe, weiß"), (345, "24 Stk"), (395, "164,00"), (450, "3.936,00"), (515, "KW 15")],
        [(50, "40"), (80, "MONTAGE"), (150, "Lieferung und Montage Hamburg"), (345, "1 psch"), (395, "850,00"), (450, "850,00"), (515, "KW 17")],
        "",
        [(330, "Nettobetrag"), (450, "27.274,00")],
        [(330, "zzgl. 19 % MwSt."), (450, "5.182,06")],
        [(330, "*Gesamtbetrag EUR"), (450, "*32.456,06")],
        "",
        "Hinweis: Aufgrund eines Lieferengpasses unseres Vorlieferanten bei den Tischgestellen erfolgt eine",
        "Teillieferung: Stühle und Rollcontainer in KW 15, Schreibtische inkl. Montage in KW 17.",
        "Zahlungsbedingungen: 14 Tage 2 % Skonto, 30 Tage netto. Es gelten unsere AGB (Stand 01.01.2026).",
        "Preise verstehen sich netto ab Werk zzgl. gesetzlicher MwSt.; Lieferung frei Verwendungsstelle.",
    ], title="Auftragsbestätigung AB-27-01184", author="Büroform", creator="Microsoft Dynamics 365 Business Central",
        when=T("2027-03-15 09:30:00 +0100"))
    plain = outlook_top(p, "de", reply)
    msg = build(style="outlook", frm=("Melanie Krause", "m.krause@bueroform.example"), to=B(p),
                date="2027-03-15 09:33:47 +0100", subject="AW: " + req_subject(p), plain=plain, seed="c016",
                mid=msgid("outlook", "c016", "eu"), lang="de-DE",
                attachments=[attachment(pdf, "application/pdf", "AB-27-01184.pdf")], **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=chg(p, 2, date=kw(2027, 17)), l3=acc(p, 3), l4=chg(p, 4, date=kw(2027, 17)))],
                   "The mail itself only says 'see attachment'; all facts are in the PDF. Supplier positions "
                   "10/20/30/40 map to PO lines 1-4. KW 15 -> Fri 2027-04-16 (= requested), KW 17 -> Fri "
                   "2027-04-30 for desks and installation. AGB date 01.01.2026 is not a delivery date.")
    case(16, "office-furniture-pdf-ab-only", "confirmation", "de-DE",
         "short cover mail, answer only in attached PDF order confirmation; positions 10/20/30/40; KW dates", [p], msg, exp)


c016()


# --------------------------------------------------------------------------
# 017  en-IE  promotional goods: confirmation sheet as XLSX
# --------------------------------------------------------------------------
def c017():
    s = sup("EMERALD-PROMO", "Emerald Promotional Products Ltd", "orders@emeraldpromo.example", "en-IE")
    p = po("4500031699", s, "oneill", "EUR", "2027-03-08", [
        ("MUG-CER-11-PR", "Ceramic mug 11 oz, white, 1-colour print, HG logo", 1500, "EA", "2.35", "2027-04-09"),
        ("TOTE-COT-140", "Cotton tote bag 140 g/m², natural, 2-colour print", 2000, "EA", "1.85", "2027-04-09"),
        ("PEN-ALU-BLU", "Aluminium ballpen, blue barrel, laser engraved", 5000, "EA", "0.62", "2027-04-09"),
        ("LANY-20-SUB", "Lanyard 20 mm, full colour sublimation, safety break", 1000, "EA", "0.98", "2027-04-09"),
    ], req_tz="+0000")
    xlsx = make_xlsx([
        ["Order confirmation - Emerald Promotional Products Ltd"],
        ["Customer", "Halvorsen Group"],
        ["Customer PO", "4500031699"],
        ["Our ref", "EPP-27-0318"],
        ["Date", dt.date(2027, 3, 9)],
        [],
        ["PO line", "Item", "Description", "Qty ordered", "Qty confirmed", "Unit price EUR", "Delivery date", "Comment"],
        [1, "MUG-CER-11-PR", "Ceramic mug 11oz white, 1 col print", 1500, 1500, 2.35, dt.date(2027, 4, 9), ""],
        [2, "TOTE-COT-140", "Cotton tote natural, 2 col print", 2000, 2000, 1.85, dt.date(2027, 4, 9), ""],
        [3, "PEN-ALU-BLU", "Alu ballpen blue, laser engraved", 5000, 4200, 0.62, dt.date(2027, 4, 9), "stock limited - balance in black on request"],
        [4, "LANY-20-SUB", "Lanyard 20mm sublimation, safety break", 1000, 1000, 1.02, dt.date(2027, 4, 16), "price as per quote Q-2211; sublimation slot wk 15"],
        [],
        ["Proofs to follow by e-mail. Prices ex VAT, delivery to Dublin 12 included."],
    ], sheet="Confirmation", when=(2027, 3, 9, 12, 5, 0))
    reply = """Hi Siobhan,

Please see the attached confirmation sheet for PO 4500031699.

Just one thing - we only have 4,200 of the aluminium pens in blue, so that's the qty we've confirmed. Let us know if you want the balance in black and I'll add it on.

Proofs to follow tomorrow.

Thanks a million,
Ciarán

Ciarán Byrne | Account Manager
Emerald Promotional Products Ltd
Unit 4B, Ballymount Industrial Estate, Dublin 12, D12 X2Y3
T: +353 1 456 2210 | M: +353 87 123 4567
Registered in Ireland No. 512345 | VAT IE 9512345K"""
    plain = outlook_top(p, "en-GB", reply)
    msg = build(style="outlook", frm=("Ciarán Byrne", "ciaran.byrne@emeraldpromo.example"), to=B(p),
                date="2027-03-09 12:14:08 +0000", subject="RE: " + req_subject(p), plain=plain, seed="c017",
                mid=msgid("outlook", "c017", "uk"), lang="en-IE",
                attachments=[attachment(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                        "OC_4500031699.xlsx")], **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2), l3=chg(p, 3, quantity=4200),
                         l4=chg(p, 4, unit_price="1.02", date="2027-04-16"))],
                   "Line details are only in the XLSX (dates stored as real Excel dates). Pens reduced to 4,200; "
                   "the balance in black is only offered ('on request'), not confirmed. Lanyards at 1.02 and "
                   "16 Apr. The sheet date 2027-03-09 is the document date.")
    case(17, "promo-goods-xlsx-confirmation", "confirmation", "en-IE",
         "Irish English cover + XLSX confirmation sheet (shared strings, Excel date cells); qty cut, price/date change",
         [p], msg, exp)


c017()


# --------------------------------------------------------------------------
# 018  fi  sheets priced per 1000, 'viikolla 14', partial stock
# --------------------------------------------------------------------------
def c018():
    s = sup("PAPERITUKKU", "Paperitukku Saarinen Oy", "myynti@paperitukku-saarinen.example", "fi-FI")
    p = po("4500031610", s, "virtanen", "EUR", "2027-03-29", [
        ("PAP-SRA3-300", "Päällystetty kartonki SRA3 300 g/m², silk", 20000, "SHT", "0.1160", "2027-04-09"),
        ("PAP-A4-80", "Kopiopaperi A4 80 g, 500 arkin riisi", 400, "REAM", "4.25", "2027-04-09"),
    ], req_tz="+0300")
    reply = """Hei Mikko,

kiitos tilauksesta 4500031610. Vahvistamme sen seuraavasti:

Rivi 1: SRA3 300 g silk, 20 000 arkkia, hinta 116,00 € / 1000 arkkia, toimitus viikolla 14.
Rivi 2: A4 80 g kopiopaperi – varastossa on tällä hetkellä vain 240 riisiä (1 lava). Ne toimitamme viikolla 14 rivin 1 kanssa, loput 160 riisiä viikolla 16. Hinta 4,25 € / riisi.

Ystävällisin terveisin

Sari Lehtonen
myyntisihteeri
Paperitukku Saarinen Oy
Hatanpään valtatie 40, 33900 Tampere
puh. 010 432 1120 | Y-tunnus 1234567-8"""
    plain = outlook_top(p, "fi", reply)
    msg = build(style="outlook", frm=("Sari Lehtonen", "sari.lehtonen@paperitukku-saarinen.example"), to=B(p),
                date="2027-03-30 08:55:20 +0300", subject="VS: " + req_subject(p), plain=plain, seed="c018",
                mid=msgid("outlook", "c018", "eu"), lang="fi-FI", charset="utf-8", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1),
                         l2=chg(p, 2, date=kw(2027, 16), schedule=[(240, kw(2027, 14)), (160, kw(2027, 16))]))],
                   "116,00 € / 1000 sheets = 0.116 per sheet, equal to the PO's 0.1160. 'viikolla 14' -> Fri "
                   "2027-04-09; week 16 -> Fri 2027-04-23. Line 2 split 240 + 160 reams.")
    case(18, "paper-sheets-per-1000-viikko", "confirmation", "fi-FI",
         "price per 1000 sheets equals PO 0.1160; 'viikolla 14/16'; split", [p], msg, exp)


c018()


# --------------------------------------------------------------------------
# 019  da  garden pots, one line discontinued
# --------------------------------------------------------------------------
def c019():
    s = sup("HAVEGROSS", "Havegrossisten Jylland A/S", "ordre@havegrossisten.example", "da-DK")
    p = po("4500031702", s, "eriksson", "DKK", "2027-03-15", [
        ("POT-TERRA-30", "Terrakottakrukke Ø30 cm, frostsikker", 200, "EA", "89.00", "2027-04-16"),
        ("POT-TERRA-45", "Terrakottakrukke Ø45 cm, frostsikker", 80, "EA", "179.00", "2027-04-16"),
        ("SOIL-POT-50L", "Pottemuld 50 L, sæk", 600, "BAG", "42.50", "2027-04-16"),
        ("SAUC-30", "Underskål Ø30 cm, terrakotta", 200, "EA", "24.00", "2027-04-16"),
    ])
    reply = """Hej Lars

Tak for ordren. Vi bekræfter ordre nr. 4500031702 således:

Pos. 1: 200 stk. krukke Ø30 à kr. 89,00 – levering uge 15
Pos. 2: krukke Ø45 er desværre udgået af sortimentet og kan ikke leveres.
Pos. 3: 600 sække pottemuld 50 L (15 paller à 40 sække) à kr. 42,50 – levering uge 15
Pos. 4: 200 stk. underskål Ø30 à kr. 24,00 – levering uge 15

Venlig hilsen
Mette Kjær
Salgsassistent

Havegrossisten Jylland A/S · Industrivej 8 · 8660 Skanderborg
Tlf. 86 52 11 40 · CVR 27 41 15 93"""
    plain = outlook_top(p, "da", reply)
    msg = build(style="outlook", frm=("Mette Kjær", "mk@havegrossisten.example"), to=B(p),
                date="2027-03-16 13:20:51 +0100", subject="SV: " + req_subject(p), plain=plain, seed="c019",
                mid=msgid("outlook", "c019", "eu"), lang="da-DK", charset="windows-1252", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=rej(), l3=acc(p, 3), l4=acc(p, 4))],
                   "Uge 15 -> Fri 2027-04-16 (= requested). Line 2 discontinued ('udgået ... kan ikke leveres').")
    case(19, "garden-pots-one-line-discontinued", "confirmation", "da-DK",
         "Danish, 'uge 15', one line discontinued (rejected)", [p], msg, exp)


c019()


# --------------------------------------------------------------------------
# 020  zh-CN  flavours: ship dates (发货), shelf-life dates, Foxmail gb18030
# --------------------------------------------------------------------------
def c020():
    s = sup("XIANGYUAN", "上海香源香精香料有限公司", "sales@xiangyuan-flavor.example", "zh-CN")
    p = po("4500031670", s, "chen", "CNY", "2027-03-10", [
        ("FL-MILK-CN", "牛奶香精 (Milk flavour) 25kg/桶", 500, "KG", "68.00", "2027-03-25"),
        ("FL-MANGO-CN", "芒果香精 (Mango flavour) 25kg/桶", 250, "KG", "92.00", "2027-03-25"),
        ("FL-COCO-CN", "椰子香精 (Coconut flavour) 20kg/桶", 200, "KG", "75.50", "2027-03-25"),
    ], req_tz="+0800")
    reply = """陈先生，您好！

感谢贵司的订单（PO 4500031670），现确认如下：

1. 牛奶香精：500公斤（20桶×25公斤），单价68.00元/公斤，3月25日发货。
2. 芒果香精：250公斤（10桶×25公斤），单价由92.00元调整为96.00元/公斤（原料芒果浓缩汁涨价），3月25日发货。
3. 椰子香精：200公斤（10桶×20公斤），单价75.50元/公斤，因原料短缺，4月8日发货。

批号及保质期：牛奶香精批号XY20270311-02，生产日期2027年3月11日，保质期至2028年3月10日；其余批号发货时随COA提供。

以上价格均含13%增值税，送货到贵司嘉定仓库。

如有问题请随时联系。

祝好！
王丽娟
销售部
上海香源香精香料有限公司
地址：上海市奉贤区金汇镇工业路588号
电话：021-5748 3210  手机：139 1827 6604"""
    hdr = ("------------------ 原始邮件 ------------------\n"
           f"发件人: \"{p['buyer']['name']}\"<{p['buyer']['email']}>;\n"
           "发送时间: 2027年3月10日(星期三) 上午8:12\n"
           f"收件人: \"sales\"<{s['email']}>;\n"
           f"主题: {req_subject(p)}\n")
    check_wd("2027-03-10", 2)
    plain = f"{reply}\n\n\n{hdr}\n\n{req_text(p, contact='Sales team')}"
    msg = build(style="foxmail", frm=("王丽娟", "wanglj@xiangyuan-flavor.example"), to=B(p),
                date="2027-03-11 10:31:07 +0800", subject="回复：" + req_subject(p), plain=plain, seed="c020",
                mid=msgid("foxmail", "c020", "xiangyuan-flavor.example"), charset="gb18030", cte="base64",
                **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=chg(p, 2, unit_price="96.00"), l3=chg(p, 3, date="2027-04-08"))],
                   "Only ship dates (发货) are given, so date = ship date. 3月25日 = 2027-03-25 (= requested). "
                   "Production date 2027年3月11日 and shelf life 2028年3月10日 are not delivery dates. Line 2 "
                   "price 92.00 -> 96.00, line 3 ships 4月8日 due to raw material shortage.")
    case(20, "flavours-ship-dates-shelf-life", "confirmation", "zh-CN",
         "Chinese (Foxmail, gb18030 base64); ship dates, shelf-life dates as distractors, price change", [p], msg, exp)


c020()


# --------------------------------------------------------------------------
# 021  ja  lab plasticware: one line 'delivery date will follow' (iso-2022-jp)
# --------------------------------------------------------------------------
def c021():
    s = sup("KANTO-LABO", "関東ラボサプライ株式会社", "order@kanto-labo.example", "ja-JP")
    p = po("4500031688", s, "tanaka", "JPY", "2027-03-12", [
        ("TIP-200-960", "ピペットチップ 200μL ラック 96本×10", 20, "PK", "4800", "2027-03-26"),
        ("PLT-96-F", "96穴マイクロプレート 平底 滅菌 50枚入", 10, "BX", "12500", "2027-03-26"),
        ("TUBE-15-500", "遠沈管 15mL 滅菌 500本入", 6, "CS", "9800", "2027-03-26"),
    ], req_tz="+0900")
    check_wd("2027-03-26", 4)
    reply = """ハルヴォルセン・グループ
田中 様

いつもお世話になっております。
関東ラボサプライの佐藤でございます。

この度はご注文（注文番号：4500031688）をいただき、誠にありがとうございます。
下記の通りご注文をお受けいたします。

１．ピペットチップ 200μL　20パック　単価 4,800円　納期：3月26日（金）
２．96穴マイクロプレート　10箱　単価 12,500円
　　→ メーカー欠品中のため、入荷次第、改めて納期をご連絡いたします。
３．遠沈管 15mL　6ケース　単価 9,800円　納期：3月26日（金）

ご不明な点がございましたら、お気軽にお問い合わせください。
今後ともよろしくお願い申し上げます。

――――――――――――――――――
関東ラボサプライ株式会社
営業部　佐藤 健一
〒113-0033 東京都文京区本郷3-21-7
TEL：03-3812-4470　FAX：03-3812-4471
――――――――――――――――――"""
    hdr = ("On Fri, 12 Mar 2027 08:12:05 +0900\n"
           f"\"{p['buyer']['name']}\" <{p['buyer']['email']}> wrote:")
    plain = f"{reply}\n\n{hdr}\n{quote(req_text(p))}\n"
    msg = build(style="becky", frm=("佐藤 健一", "k-sato@kanto-labo.example"), to=B(p),
                date="2027-03-15 09:40:12 +0900", subject="Re: " + req_subject(p), plain=plain, seed="c021",
                mid=f"<20270315094012.{H('c021', n=8).upper()}.k-sato@kanto-labo.example>", client="becky",
                charset="iso-2022-jp", cte="7bit", auto_html=False,
                extra=[("X-Mailer", "Becky! ver. 2.81.04 [ja]")], **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=unc(), l3=acc(p, 3))],
                   "Japanese business mail in ISO-2022-JP. Line 2 is out of stock at the maker: 'the delivery "
                   "date will be notified once it arrives' -> not committed (unconfirmed). 3月26日（金） = "
                   "2027-03-26.")
    case(21, "lab-plasticware-date-to-follow", "confirmation", "ja-JP",
         "Japanese ISO-2022-JP, Becky!; one line 'will notify delivery date later' -> unconfirmed", [p], msg, exp)


c021()


# --------------------------------------------------------------------------
# 022  ko  cosmetic pumps: MOQ, later date (Outlook, ks_c_5601-1987)
# --------------------------------------------------------------------------
def c022():
    s = sup("HANBIT-PKG", "한빛패키징 주식회사", "export@hanbitpkg.example", "ko-KR")
    p = po("4500031725", s, "park", "KRW", "2027-03-16", [
        ("AIRLESS-30-WH", "에어리스 용기 30ml 화이트", 5000, "EA", "620", "2027-04-09"),
        ("PUMP-LOT-24", "로션 펌프 24/410 화이트, 튜브 길이 180mm", 7500, "EA", "210", "2027-04-09"),
        ("CAP-DROP-20", "스포이드 캡 20/410 블랙", 3000, "EA", "185", "2027-04-09"),
    ], req_tz="+0900")
    check_wd("2027-03-16", 1)
    reply = """박지우 님, 안녕하세요.
한빛패키징 해외영업팀 김민수입니다.

발주서(PO 4500031725) 잘 받았습니다. 아래와 같이 확정 회신드립니다.

1. 에어리스 용기 30ml 화이트: 5,000개, 단가 620원, 납기 2027년 4월 9일
2. 로션 펌프 24/410: 최소 생산 수량(MOQ)이 10,000개이므로 10,000개로 생산하겠습니다. 단가 210원, 납기 2027년 4월 16일
3. 스포이드 캡 20/410 블랙: 3,000개, 단가 185원, 납기 2027년 4월 9일

부가세 별도이며, 납품은 김포 물류센터로 진행하겠습니다.

감사합니다.

김민수 드림
한빛패키징 주식회사 | 해외영업팀 과장
경기도 화성시 팔탄면 공단로 112
Tel. 031-8059-2210 | Mobile 010-4432-8871"""
    hdr = (f"보낸 사람: {p['buyer']['name']} <{p['buyer']['email']}>\n"
           "보낸 날짜: 2027년 3월 16일 화요일 오전 8:12\n"
           f"받는 사람: 한빛패키징 <{s['email']}>\n"
           f"제목: {req_subject(p)}")
    plain = f"{reply}\n\n-----Original Message-----\n{hdr}\n\n{req_text(p)}"
    msg = build(style="outlook", frm=("김민수", "minsu.kim@hanbitpkg.example"), to=B(p),
                date="2027-03-17 11:15:30 +0900", subject="RE: " + req_subject(p), plain=plain, seed="c022",
                mid=msgid("outlook", "c022", "ap"), lang="ko-KR", charset="ks_c_5601-1987", cte="base64",
                **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=chg(p, 2, quantity=10000, date="2027-04-16"), l3=acc(p, 3))],
                   "Korean (ks_c_5601-1987, base64). Line 2 raised to the MOQ of 10,000 and delivered "
                   "2027-04-16; other lines as ordered (2027년 4월 9일).")
    case(22, "cosmetic-pumps-moq-korean", "confirmation", "ko-KR",
         "Korean Outlook (ks_c_5601-1987); MOQ raises quantity, later date", [p], msg, exp)


c022()


# --------------------------------------------------------------------------
# 023  zh-TW  promotional goods with ROC (Minguo) years, Big5
# --------------------------------------------------------------------------
def c023():
    s = sup("HONGSHENG", "宏昇禮品股份有限公司", "service@hongsheng-gifts.example", "zh-TW")
    p = po("4500031740", s, "lin", "TWD", "2027-03-15", [
        ("UMB-AUTO-23", "自動摺疊傘 23吋 印LOGO", 800, "EA", "265", "2027-04-12"),
        ("BOTL-SS-500", "不鏽鋼保溫瓶 500ml 雷射雕刻", 600, "EA", "318", "2027-04-12"),
        ("NOTE-A5-PU", "A5 PU皮筆記本 燙金LOGO", 1000, "EA", "142", "2027-04-12"),
    ], req_tz="+0800")
    check_wd("2027-03-15", 0)
    reply = """林小姐 您好：

感謝您的訂購，貴公司訂單編號 4500031740 確認如下：

一、自動摺疊傘 23吋：800支，單價NT$265，交期116年4月12日。
二、不鏽鋼保溫瓶 500ml：600支，單價NT$318，因雷雕排程較滿，交期延至116年4月19日。
三、A5 PU皮筆記本：1,000本，單價NT$142，交期116年4月12日。

以上單價均未稅（營業稅5%外加）。打樣稿將於3/18前提供給您確認。

敬祝 商祺

宏昇禮品股份有限公司
業務部 張雅婷
台北市內湖區瑞光路76巷33號5樓
TEL：(02) 2799-3018 分機 215
統一編號：24681357"""
    hdr = (f"寄件者: {p['buyer']['name']} <{p['buyer']['email']}>\n"
           "寄件日期: 2027年3月15日 星期一 上午 08:12\n"
           f"收件者: 宏昇禮品 <{s['email']}>\n"
           f"主旨: {req_subject(p)}")
    plain = f"{reply}\n\n{'_' * 32}\n{hdr}\n\n{req_text(p)}"
    msg = build(style="outlook", frm=("張雅婷", "yating.chang@hongsheng-gifts.example"), to=B(p),
                date="2027-03-16 17:20:45 +0800", subject="回覆: " + req_subject(p), plain=plain, seed="c023",
                mid=msgid("outlook", "c023", "ap"), lang="zh-TW", charset="big5", cte="base64", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=chg(p, 2, date="2027-04-19"), l3=acc(p, 3))],
                   "Dates use the ROC calendar: 116年 = 2027. Line 2 postponed to 116年4月19日 = 2027-04-19. "
                   "The proof date 3/18 is not a delivery date; prices exclude 5% business tax.")
    case(23, "promo-goods-roc-year-big5", "confirmation", "zh-TW",
         "Traditional Chinese, Big5; ROC (Minguo) year 116 = 2027; one line later", [p], msg, exp)


c023()


# --------------------------------------------------------------------------
# 024  ru-KZ  cable priced per km, one line partly later (windows-1251)
# --------------------------------------------------------------------------
def c024():
    s = sup("KAZKABEL", "ТОО «КазКабельСнаб»", "sales@kazkabelsnab.example", "ru-KZ")
    p = po("4500031770", s, "akhmetova", "KZT", "2027-03-18", [
        ("VVG-3X2.5", "Кабель ВВГнг(А)-LS 3х2,5 ок(N,PE)-0,66 кВ", 2000, "M", "612.00", "2027-04-05"),
        ("VVG-5X10", "Кабель ВВГнг(А)-LS 5х10 мк(N,PE)-0,66 кВ", 800, "M", "3150.00", "2027-04-05"),
        ("APVBSHV-4X95", "Кабель АПвБШв 4х95 мс(N)-1 кВ", 350, "M", "4880.00", "2027-04-05"),
    ], req_tz="+0500")
    reply = """Добрый день, Дана!

Благодарим за заказ № 4500031770. Подтверждаем поставку:

1. ВВГнг(А)-LS 3х2,5 — 2 000 м (барабан), цена 612 000 тенге за 1 км, срок поставки — 05.04.2027.
2. ВВГнг(А)-LS 5х10 — 800 м, цена 3 150 000 тенге/км, срок поставки — 05.04.2027.
3. АПвБШв 4х95 — в наличии только 250 м на барабане; 250 м поставим 05.04.2027, оставшиеся 100 м — до 30.04.2027. Цена 4 880 000 тенге/км.

Цены указаны с НДС 12%. Барабаны возвратные, залоговая стоимость 85 000 тенге за барабан.

С уважением,
Ержан Нурланов
менеджер по продажам
ТОО «КазКабельСнаб»
г. Алматы, ул. Толе би, 286/4
тел.: +7 727 312 45 67, моб.: +7 701 555 12 34
БИН 120540012345"""
    hdr = (f"От: {p['buyer']['name']} <{p['buyer']['email']}>\n"
           "Отправлено: 18 марта 2027 г. 8:12\n"
           f"Кому: {s['email']}\n"
           f"Тема: {req_subject(p)}")
    plain = f"{reply}\n\n-----Original Message-----\n{hdr}\n\n{req_text(p)}"
    msg = build(style="outlook", frm=("Ержан Нурланов", "e.nurlanov@kazkabelsnab.example"), to=B(p),
                date="2027-03-19 12:40:09 +0500", subject="RE: " + req_subject(p), plain=plain, seed="c024",
                mid=msgid("outlook", "c024", "eu"), lang="ru-RU", charset="windows-1251", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2),
                         l3=chg(p, 3, date="2027-04-30", schedule=[(250, "2027-04-05"), (100, "2027-04-30")]))],
                   "Prices per km with space thousands separator: 612 000 тенге/км = 612.00 per m, 3 150 000/км "
                   "= 3150.00, 4 880 000/км = 4880.00 (all as ordered). Line 3 split 250 m + 100 m 'до "
                   "30.04.2027'. Drum deposit 85 000 is not a line price.")
    case(24, "cable-price-per-km-russian", "confirmation", "ru-KZ",
         "Russian (Kazakhstan), windows-1251; price per km vs PO per m; partial split", [p], msg, exp)


c024()


# --------------------------------------------------------------------------
# 025  uk  agricultural parts: ship + delivery date, one line rejected (Gmail)
# --------------------------------------------------------------------------
def c025():
    s = sup("AGROZAP", "ТОВ «Агрозапчастина Поділля»", "zbut@agrozapchastyna.example", "uk-UA")
    p = po("4500031795", s, "petrenko", "UAH", "2027-03-24", [
        ("DISC-510-65G", "Диск борони ромашка 510 мм, сталь 65Г", 60, "EA", "1450.00", "2027-04-09"),
        ("BELT-SPB-2500", "Ремінь клиновий SPB 2500", 24, "EA", "386.00", "2027-04-09"),
        ("HORSCH-00310512", "Стійка культиватора Horsch, ориг. 00310512", 12, "EA", "3980.00", "2027-04-09"),
    ], req_tz="+0200")
    reply = """Доброго дня, пані Оксано!

Дякуємо за замовлення № 4500031795. Підтверджуємо:

1. Диск борони 510 мм — 60 шт. по 1 450,00 грн, відвантаження 07.04.2027, доставка Новою поштою до 09.04.2027.
2. Ремінь SPB 2500 — 24 шт. по 386,00 грн, відправимо разом із позицією 1.
3. Стійка Horsch 00310512 — на жаль, постачання неможливе: виробник припинив випуск, аналогів на складі немає.

Ціни з ПДВ. Рахунок на оплату надішлемо окремим листом.

З повагою,
Богдан Кравчук
менеджер відділу збуту
ТОВ «Агрозапчастина Поділля»
м. Вінниця, вул. Немирівське шосе, 84
тел. +380 43 265 18 40, моб. +380 67 431 22 09"""
    attr = f"ср, 24 бер. 2027 р. о 08:12 {p['buyer']['name']} <{p['buyer']['email']}> пише:"
    check_wd("2027-03-24", 2)
    plain = prefixed_top(reply, attr, req_text(p))
    msg = build(style="gmail", frm=("Богдан Кравчук", "b.kravchuk@agrozapchastyna.example"), to=B(p),
                date="2027-03-25 10:12:33 +0200", subject="Re: " + req_subject(p), plain=plain, seed="c025",
                mid=msgid("gmail", "c025", ""), cte="base64", mta="mail-ej1-f52.google.example", ip="198.51.100.52",
                **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2), l3=rej())],
                   "Ship date 07.04 and delivery 'до 09.04.2027' are both given; the delivery date wins -> "
                   "2027-04-09 (= requested). Line 2 ships together with line 1. Line 3 cannot be supplied "
                   "(discontinued).")
    case(25, "ag-parts-ship-and-delivery-date", "confirmation", "uk-UA",
         "Ukrainian Gmail (base64); ship + delivery date given (delivery wins); 'together with item 1'; one rejected",
         [p], msg, exp)


c025()


# --------------------------------------------------------------------------
# 026  ro  ready-mix concrete in m³ poured in two stages
# --------------------------------------------------------------------------
def c026():
    s = sup("BETON-TRANS", "Beton Transilvania SRL", "dispecerat@betontransilvania.example", "ro-RO")
    p = po("4500031800", s, "popescu", "RON", "2027-03-26", [
        ("BET-C25-30", "Beton C25/30 XC2 S3 Dmax 16, livrat cu autobetonieră", 48, "M3", "465.00", "2027-04-14"),
        ("POMPA-36M", "Pompă beton 36 m, tarif per intervenție", 2, "EA", "1850.00", "2027-04-14"),
    ], req_tz="+0200")
    check_wd("2027-04-14", 2)
    check_wd("2027-04-16", 4)
    reply = """Bună ziua domnule Popescu,

Vă mulțumim pentru comanda nr. 4500031800 și vă confirmăm:

- Beton C25/30 XC2 S3: 48 mc, preț 465,00 lei/mc fără TVA. Turnarea se face în două etape, conform discuției cu șeful de șantier: 24 mc miercuri 14.04.2027 și 24 mc vineri 16.04.2027, începând cu ora 7:00.
- Pompă 36 m: 2 intervenții (câte una la fiecare turnare), 1.850,00 lei/intervenție.

Vă rugăm să asigurați accesul autobetonierelor în șantier (str. Fabricii nr. 7, Cluj-Napoca).

Cu stimă,
Ioana Mureșan
Dispecerat vânzări
Beton Transilvania SRL
Tel.: 0264 431 220 | Mobil: 0745 118 902
CUI RO18234567 | J12/1234/2006"""
    hdr = (f"De la: {p['buyer']['name']} <{p['buyer']['email']}>\n"
           "Trimis: vineri, 26 martie 2027 08:12\n"
           f"Către: Beton Transilvania <{s['email']}>\n"
           f"Subiect: {req_subject(p)}")
    check_wd("2027-03-26", 4)
    plain = f"{reply}\n\n{'_' * 32}\n{hdr}\n\n{req_text(p)}"
    msg = build(style="outlook", frm=("Ioana Mureșan", "ioana.muresan@betontransilvania.example"), to=B(p),
                date="2027-03-29 08:20:11 +0300", subject="RE: " + req_subject(p), plain=plain, seed="c026",
                mid=msgid("outlook", "c026", "eu"), lang="ro-RO", **reply_refs(p))
    exp = exp_conf([conf(p,
                         l1=chg(p, 1, date="2027-04-16", schedule=[(24, "2027-04-14"), (24, "2027-04-16")]),
                         l2=chg(p, 2, date="2027-04-16", schedule=[(1, "2027-04-14"), (1, "2027-04-16")]))],
                   "Concrete poured in two stages 24 + 24 m³ (14.04 and 16.04); the pump is booked once per pour, "
                   "so line 2 follows the same split. Price in 'lei/mc' = RON per m³.")
    case(26, "concrete-m3-two-pours", "confirmation", "ro-RO",
         "ready-mix concrete m³ split over two pour days, pump service split with it", [p], msg, exp)


c026()


# --------------------------------------------------------------------------
# 027  hr  tile adhesive: short Gmail reply, 'do petka' (relative weekday)
# --------------------------------------------------------------------------
def c027():
    s = sup("GRADMAT", "Gradmat d.o.o.", "prodaja@gradmat.example", "hr-HR")
    p = po("4500031815", s, "horvat", "EUR", "2027-04-01", [
        ("LJEP-C2TE-25", "Ljepilo za pločice C2TE S1, vreća 25 kg", 160, "BAG", "11.90", "2027-04-09"),
        ("FUG-CG2WA-5", "Fugirna masa CG2WA siva, 5 kg", 60, "EA", "7.40", "2027-04-09"),
        ("HYD-2K-15", "Hidroizolacija dvokomponentna, set 15 kg", 20, "SET", "46.50", "2027-04-09"),
    ], req_tz="+0200")
    check_wd("2027-04-06", 1)
    reply = """Poštovana gospođo Horvat,

potvrđujemo narudžbu 4500031815 u cijelosti – sve tri stavke po cijenama iz narudžbe. Isporuka na gradilište do petka.

Lijep pozdrav,
Marko Jurić
Gradmat d.o.o. | Slavonska avenija 52, Zagreb | +385 1 2406 118 | OIB 51234567890"""
    attr = f"čet, 1. tra 2027. u 08:12 {p['buyer']['name']} <{p['buyer']['email']}> napisao je:"
    plain = prefixed_top(reply, attr, req_text(p))
    msg = build(style="gmail", frm=("Marko Jurić", "marko.juric@gradmat.example"), to=B(p),
                date="2027-04-06 07:58:40 +0200", subject="Re: " + req_subject(p), plain=plain, seed="c027",
                mid=msgid("gmail", "c027", ""), mta="mail-wm1-f44.google.example", ip="198.51.100.44",
                **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2), l3=acc(p, 3))],
                   "Whole order confirmed in one sentence. 'do petka' (by Friday) relative to the mail date "
                   "Tue 2027-04-06 -> Fri 2027-04-09 = requested date.")
    case(27, "tile-adhesive-by-friday-relative", "confirmation", "hr-HR",
         "one-sentence confirmation, relative 'do petka' resolved from the Date header", [p], msg, exp)


c027()


# --------------------------------------------------------------------------
# 028  sl  garden hoses, bottom-posted Thunderbird reply, signature with amounts/dates
# --------------------------------------------------------------------------
def c028():
    s = sup("VRTNAR", "Vrtnar Plus d.o.o.", "narocila@vrtnarplus.example", "sl-SI")
    p = po("4500031822", s, "horvat", "EUR", "2027-03-30", [
        ("HOSE-19-25", "Vrtna cev 3/4\" (19 mm), 25 m, 4-slojna", 150, "EA", "24.80", "2027-04-20"),
        ("REEL-60", "Voziček za cev, kapaciteta 60 m", 40, "EA", "38.00", "2027-04-20"),
        ("SPRAY-8F", "Pištola za zalivanje, 8 funkcij", 200, "EA", "5.60", "2027-04-20"),
    ], req_tz="+0200")
    check_wd("2027-04-20", 1)
    attr = f"Dne 30. 03. 2027 ob 08:12 je {p['buyer']['name']} napisal(a):"
    reply = """Spoštovana ga. Horvat,

potrjujemo naročilo 4500031822: vse postavke v celoti po navedenih cenah, dobava v torek, 20. 4. 2027.

Lep pozdrav,

Tina Kos
prodaja

-- 
Vrtnar Plus d.o.o. | Letališka cesta 29, 1000 Ljubljana | tel. 01 520 44 10
Osnovni kapital: 250.000,00 EUR | Vpis v sodni register: Okrožno sodišče v Ljubljani, Srg 2009/41235, dne 14. 7. 2009
ID za DDV: SI12345678 | Matična številka: 2345678000"""
    plain = f"{attr}\n{quote(req_text(p))}\n\n{reply}\n"
    msg = build(style="thunderbird", frm=("Tina Kos", "tina.kos@vrtnarplus.example"), to=B(p),
                date="2027-03-31 13:44:02 +0200", subject="Re: " + req_subject(p), plain=plain, seed="c028",
                mid=msgid("uuid", "c028", "vrtnarplus.example"), lang="sl", auto_html=False, cte="8bit",
                flowed=True, **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2), l3=acc(p, 3))],
                   "Bottom-posted reply below the quote. Delivery 'torek, 20. 4. 2027' = requested. The signature "
                   "carries share capital 250.000,00 EUR and a register date 14. 7. 2009 - neither is a price "
                   "nor a delivery date.")
    case(28, "garden-hoses-bottom-post-signature-amounts", "confirmation", "sl-SI",
         "Thunderbird bottom-posting; full acceptance; signature with capital amount and register date", [p], msg, exp)


c028()


# --------------------------------------------------------------------------
# 029  bg  insulation boards in m², one price increase
# --------------------------------------------------------------------------
def c029():
    s = sup("IZOTERM-BG", "Изотерм БГ ЕООД", "office@izoterm-bg.example", "bg-BG")
    p = po("4500031833", s, "dimitrova", "EUR", "2027-04-05", [
        ("EPS-100-10", "EPS 100 топлоизолационни плочи, 10 cm, 1000x500 mm", 620, "M2", "8.40", "2027-04-22"),
        ("XPS-300-5", "XPS 300 плочи, 5 cm, с фалц", 180, "M2", "9.90", "2027-04-22"),
        ("DUBEL-160", "Дюбел за изолация 160 mm, кутия 200 бр.", 12, "BX", "21.00", "2027-04-22"),
    ], req_tz="+0300")
    reply = """Здравейте, г-жо Димитрова,

Благодаря за поръчка № 4500031833. Потвърждаваме:

1. EPS 100, 10 cm – 620 m², цена 8,40 €/m², доставка 22.04.2027 г.
2. XPS 300, 5 cm – 180 m², цена 10,35 €/m² (поскъпване от производителя от 01.04.2027 г.), доставка 22.04.2027 г.
3. Дюбели 160 mm – 12 кутии по 21,00 €, доставка 22.04.2027 г.

Цените са без ДДС. Доставката е с наш транспорт до обекта в гр. София, кв. Лозенец.

Поздрави,
Георги Петков
Търговски отдел
Изотерм БГ ЕООД, ЕИК 204512378
гр. София, бул. Ботевградско шосе 247
тел.: 02 945 31 20, моб.: 0888 412 307"""
    hdr = (f"От: {p['buyer']['name']} <{p['buyer']['email']}>\n"
           "Изпратено: понеделник, 5 април 2027 г. 8:12\n"
           f"До: Изотерм БГ <{s['email']}>\n"
           f"Относно: {req_subject(p)}")
    check_wd("2027-04-05", 0)
    plain = f"{reply}\n\n{'_' * 32}\n{hdr}\n\n{req_text(p)}"
    msg = build(style="outlook", frm=("Георги Петков", "g.petkov@izoterm-bg.example"), to=B(p),
                date="2027-04-06 11:05:27 +0300", subject="RE: " + req_subject(p), plain=plain, seed="c029",
                mid=msgid("outlook", "c029", "eu"), lang="bg-BG", charset="utf-8", cte="base64", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=chg(p, 2, unit_price="10.35"), l3=acc(p, 3))],
                   "Bulgarian (UTF-8, base64). XPS price 10,35 €/m² instead of 9,90; '01.04.2027' is the date of "
                   "the maker's price increase, not a delivery date.")
    case(29, "insulation-m2-price-increase", "confirmation", "bg-BG",
         "Bulgarian Outlook (UTF-8 base64); m² prices, one price increase with an effective date", [p], msg, exp)


c029()


# --------------------------------------------------------------------------
# 030  el  olive oil: lot numbers and best-before dates, CoA PDF attached
# --------------------------------------------------------------------------
def c030():
    s = sup("ELAIA-KRITIS", "Ελαιουργία Κρήτης Α.Ε.", "sales@elaiourgia-kritis.example", "el-GR")
    p = po("4500031650", s, "papa", "EUR", "2027-03-09", [
        ("EVOO-BULK-IBC", "Εξαιρετικό παρθένο ελαιόλαδο, IBC 1000 L (≈915 kg)", 2745, "KG", "8.95", "2027-03-30"),
        ("EVOO-TIN-5L", "Εξαιρετικό παρθένο ελαιόλαδο, δοχείο 5 L", 480, "EA", "46.50", "2027-03-30"),
    ], req_tz="+0200")
    check_wd("2027-03-09", 1)
    reply = """Αγαπητή κα Παπαδοπούλου,

Σας ευχαριστούμε για την παραγγελία σας αρ. 4500031650. Επιβεβαιώνουμε:

1. Ελαιόλαδο χύμα σε 3 IBC – 2.745 kg, τιμή 8,95 €/kg. Παρτίδα L27-031, ανάλωση κατά προτίμηση πριν από 31/03/2029. Παράδοση 30/03/2027.
2. Δοχεία 5 L – 480 τεμ., τιμή 46,50 €/τεμ. Παρτίδα L27-044, ανάλωση κατά προτίμηση πριν από 28/02/2029. Παράδοση 30/03/2027.

Επισυνάπτεται το πιστοποιητικό ανάλυσης της παρτίδας L27-031.

Με εκτίμηση,
Νίκος Μαυρογιάννης
Τμήμα Πωλήσεων
Ελαιουργία Κρήτης Α.Ε.
Βιομηχανική Περιοχή Ηρακλείου, 714 08 Ηράκλειο Κρήτης
Τηλ. +30 2810 382 410 | ΑΦΜ 094512376 | ΓΕΜΗ 123456727000"""
    pdf = make_pdf([
        "#Certificate of Analysis",
        "*Elaiourgia Kritis S.A. - Heraklion Industrial Area, 714 08 Heraklion, Crete, Greece",
        "",
        [(50, "Product: Extra virgin olive oil (bulk, IBC)"), (330, "Lot: L27-031")],
        [(50, "Production / bottling date: 02/03/2027"), (330, "Best before: 31/03/2029")],
        [(50, "Customer: Halvorsen Group"), (330, "Customer order: 4500031650")],
        "",
        [(50, "*Parameter"), (250, "*Result"), (370, "*Limit (EU 2022/2104)")],
        [(50, "Free acidity (% oleic acid)"), (250, "0.28"), (370, "<= 0.80")],
        [(50, "Peroxide value (meq O2/kg)"), (250, "7.4"), (370, "<= 20.0")],
        [(50, "K232"), (250, "1.86"), (370, "<= 2.50")],
        [(50, "K270"), (250, "0.14"), (370, "<= 0.22")],
        [(50, "Delta K"), (250, "0.002"), (370, "<= 0.01")],
        [(50, "Waxes (mg/kg)"), (250, "71"), (370, "<= 150")],
        "",
        "Sensory analysis: median of defect 0.0, median of fruity 4.2 - Extra virgin.",
        "Analysis date: 05/03/2027. Laboratory accredited ISO/IEC 17025, certificate 1178-3 valid until 30/09/2028.",
        "",
        "Quality Manager: Dr. Maria Vlachaki",
    ], title="CoA L27-031", author="Elaiourgia Kritis QA", creator="Microsoft Word",
        when=T("2027-03-10 11:50:00 +0200"))
    hdr = (f"Από: {p['buyer']['name']} <{p['buyer']['email']}>\n"
           "Στάλθηκε: Τρίτη, 9 Μαρτίου 2027 8:12 πμ\n"
           f"Προς: {s['email']}\n"
           f"Θέμα: {req_subject(p)}")
    plain = f"{reply}\n\n{'_' * 32}\n{hdr}\n\n{req_text(p)}"
    msg = build(style="outlook", frm=("Νίκος Μαυρογιάννης", "n.mavrogiannis@elaiourgia-kritis.example"), to=B(p),
                date="2027-03-10 12:20:16 +0200", subject="RE: " + req_subject(p), plain=plain, seed="c030",
                mid=msgid("outlook", "c030", "eu"), lang="el-GR", charset="utf-8", cte="base64",
                attachments=[attachment(pdf, "application/pdf", "CoA_L27-031.pdf")], **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2))],
                   "Both lines as ordered, delivery 30/03/2027 (day-first). Best-before dates 31/03/2029 and "
                   "28/02/2029, and all dates in the attached certificate of analysis (production, analysis, "
                   "accreditation), are not delivery dates.")
    case(30, "olive-oil-lots-best-before-coa", "confirmation", "el-GR",
         "Greek (UTF-8 base64); lot numbers and best-before dates in body, CoA PDF with more dates", [p], msg, exp)


c030()


# --------------------------------------------------------------------------
# 031  hu  label rolls: year-first Hungarian dates, price per 1000
# --------------------------------------------------------------------------
def c031():
    s = sup("CIMKENYOMDA", "Címkenyomda Kft.", "rendeles@cimkenyomda.example", "hu-HU")
    p = po("4500031540", s, "kovacs", "HUF", "2027-03-01", [
        ("CIM-PP-80X120", "Öntapadós PP címke 80x120 mm, tekercsenként 1000 db", 60000, "EA", "9.80", "2027-03-19"),
        ("CIM-PAP-40X25", "Papír címke 40x25 mm, 4 szín, tekercsenként 5000 db", 250000, "EA", "2.15", "2027-03-19"),
        ("RIB-WAX-110", "Hőtranszfer szalag, wax, 110 mm x 450 m", 40, "ROLL", "3900.00", "2027-03-19"),
    ])
    reply = """Tisztelt Kovács Úr!

Köszönjük megrendelését (4500031540). Az alábbiak szerint visszaigazoljuk:

1. PP címke 80x120 mm – 60 000 db (60 tekercs), 9 800 Ft / 1000 db, szállítás: 2027. március 19.
2. Papír címke 40x25 mm – 250 000 db (50 tekercs), 2 150 Ft / 1000 db, szállítás: 2027. március 26.
3. Hőtranszfer szalag 110 mm x 450 m – 40 tekercs, 3 900 Ft/tekercs, szállítás: 2027. március 19.

Az árak az áfát nem tartalmazzák.

Üdvözlettel:
Szabó Eszter
értékesítési asszisztens
Címkenyomda Kft. | 2040 Budaörs, Gyár utca 2.
Tel.: +36 23 415 220 | Adószám: 12345678-2-13 | Cégjegyzékszám: 13-09-123456"""
    plain = outlook_top(p, "hu", reply)
    msg = build(style="outlook", frm=("Szabó Eszter", "szabo.eszter@cimkenyomda.example"), to=B(p),
                date="2027-03-02 10:03:55 +0100", subject="VS: " + req_subject(p), plain=plain, seed="c031",
                mid=msgid("outlook", "c031", "eu"), lang="hu-HU", charset="windows-1250", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=chg(p, 2, date="2027-03-26"), l3=acc(p, 3))],
                   "Hungarian year-first dates ('2027. március 26.'), Hungarian name order. Label prices per "
                   "1000 pcs: 9 800 Ft/1000 = 9.80, 2 150 Ft/1000 = 2.15 (as ordered). Line 2 one week later.")
    case(31, "label-rolls-hungarian-year-first", "confirmation", "hu-HU",
         "Hungarian year-first dates, HUF per 1000 labels, one line later", [p], msg, exp)


c031()


# --------------------------------------------------------------------------
# 032  sk  petri dishes: 'koncom budúceho týždňa' (end of next week)
# --------------------------------------------------------------------------
def c032():
    s = sup("LABMARKET-SK", "LabMarket Slovakia s.r.o.", "objednavky@labmarket.example", "sk-SK")
    p = po("4500031590", s, "novakova", "EUR", "2027-03-04", [
        ("PETRI-90-500", "Petriho misky 90 mm, sterilné, bal. 500 ks", 8, "CS", "58.00", "2027-03-19"),
        ("LOOP-10-1000", "Očkovacie kľučky 10 µl, bal. 1000 ks", 5, "PK", "24.50", "2027-03-19"),
    ])
    check_wd("2027-03-08", 0)
    reply = """Dobrý deň pani Nováková,

ďakujeme za objednávku č. 4500031590. Obe položky potvrdzujeme v plnom rozsahu za uvedené ceny, tovar Vám dodáme koncom budúceho týždňa.

S pozdravom

Lucia Horváthová
obchodné oddelenie
LabMarket Slovakia s.r.o.
Einsteinova 23, 851 01 Bratislava
tel.: +421 2 3210 4455 | IČO: 46123456 | IČ DPH: SK2023123456
Spoločnosť je zapísaná v OR OS Bratislava I, oddiel Sro, vložka č. 74321/B"""
    hdr = (f"Od: {p['buyer']['name']} <{p['buyer']['email']}>\n"
           "Odoslané: štvrtok 4. marca 2027 8:12\n"
           f"Komu: objednavky@labmarket.example\n"
           f"Predmet: {req_subject(p)}")
    check_wd("2027-03-04", 3)
    plain = f"{reply}\n\n{'_' * 32}\n{hdr}\n\n{req_text(p)}"
    msg = build(style="outlook", frm=("Lucia Horváthová", "lucia.horvathova@labmarket.example"), to=B(p),
                date="2027-03-08 14:10:42 +0100", subject="RE: " + req_subject(p), plain=plain, seed="c032",
                mid=msgid("outlook", "c032", "eu"), lang="sk-SK", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2))],
                   "'koncom budúceho týždňa' (end of next week) from Mon 2027-03-08 (ISO week 10) -> Friday of "
                   "week 11 = 2027-03-19 = requested date.")
    case(32, "petri-dishes-end-of-next-week", "confirmation", "sk-SK",
         "Slovak supplier to Czech buyer; relative 'end of next week' -> Friday of next ISO week", [p], msg, exp)


c032()


# --------------------------------------------------------------------------
# 033  lt  spices in 25 kg sacks: rounded down to full sacks, best-before dates
# --------------------------------------------------------------------------
def c033():
    s = sup("BALT-PRIESK", "UAB „Baltijos prieskoniai“", "uzsakymai@baltijosprieskoniai.example", "lt-LT")
    p = po("4500031630", s, "tamm", "EUR", "2027-03-08", [
        ("PEP-BLK-25", "Juodieji pipirai, malti, maišas 25 kg", 300, "KG", "7.80", "2027-03-22"),
        ("PAP-SWT-25", "Saldžioji paprika, malta, ASTA 120, maišas 25 kg", 410, "KG", "6.20", "2027-03-22"),
        ("COR-GRD-20", "Kalendra, malta, maišas 20 kg", 100, "KG", "4.95", "2027-03-22"),
    ], req_tz="+0200")
    reply = """Laba diena,

dėkojame už užsakymą Nr. 4500031630. Patvirtiname:

1. Juodieji pipirai, malti – 300 kg (12 maišų po 25 kg), 7,80 EUR/kg, pristatymas 2027-03-22. Partija BP-2702, tinka vartoti iki 2028-08-31.
2. Saldžioji paprika ASTA 120 – tiekiame tik pilnais maišais po 25 kg, todėl 400 kg (16 maišų), 6,20 EUR/kg, pristatymas 2027-03-22. Partija PA-2611, tinka vartoti iki 2028-05-31.
3. Kalendra – 100 kg (5 maišai po 20 kg), 4,95 EUR/kg, pristatymas 2027-03-22.

Pagarbiai
Rasa Petrauskienė
Pardavimų vadybininkė
UAB „Baltijos prieskoniai“
Pramonės g. 16, LT-51329 Kaunas
Tel. +370 37 451 220
Įmonės kodas 302451234, PVM mokėtojo kodas LT100004512311"""
    hdr = (f"Nuo: {p['buyer']['name']} <{p['buyer']['email']}>\n"
           "Išsiųsta: 2027 m. kovo 8 d. 08:12\n"
           f"Kam: {s['email']}\n"
           f"Tema: {req_subject(p)}")
    plain = f"{reply}\n\n{'_' * 32}\n{hdr}\n\n{req_text(p)}"
    msg = build(style="outlook", frm=("Rasa Petrauskienė", "rasa.petrauskiene@baltijosprieskoniai.example"),
                to=B(p), date="2027-03-09 09:30:08 +0200", subject="RE: " + req_subject(p), plain=plain,
                seed="c033", mid=msgid("outlook", "c033", "eu"), lang="lt-LT", charset="windows-1257",
                **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=chg(p, 2, quantity=400), l3=acc(p, 3))],
                   "ISO dates (Lithuanian habit). Paprika rounded DOWN to full 25 kg sacks: 410 -> 400 kg. "
                   "'tinka vartoti iki' (best before) dates 2028-08-31 / 2028-05-31 are not delivery dates.")
    case(33, "spices-sacks-rounded-down-best-before", "confirmation", "lt-LT",
         "Lithuanian (windows-1257); full-sack rounding down 410 -> 400 kg; best-before dates in ISO format", [p], msg, exp)


c033()


# --------------------------------------------------------------------------
# 034  lv  board sheets: one line substituted pending buyer approval
# --------------------------------------------------------------------------
def c034():
    s = sup("RIGAS-KARTONS", "SIA „Rīgas Kartons“", "pasutijumi@rigaskartons.example", "lv-LV")
    p = po("4500031642", s, "tamm", "EUR", "2027-03-09", [
        ("GC2-350-70100", "Kartons GC2 350 g/m², loksne 70x100 cm", 8000, "SHT", "0.385", "2027-03-31"),
        ("GD2-300-72102", "Kartons GD2 300 g/m², loksne 72x102 cm", 5000, "SHT", "0.298", "2027-03-31"),
    ], req_tz="+0200")
    reply = """Labdien!

Paldies par pasūtījumu Nr. 4500031642. Apstiprinām:

1. GC2 350 g/m², 70x100 cm – 8000 loksnes, cena 385,00 EUR par 1000 loksnēm, piegāde 31.03.2027.
2. GD2 300 g/m², 72x102 cm – diemžēl šobrīd nav pieejams. Varam piedāvāt GD2 300 g/m² formātā 70x100 cm par to pašu cenu un ar to pašu piegādes datumu. Lūdzu, apstipriniet, vai tas Jums der.

Ar cieņu
Jānis Ozols
Pārdošanas nodaļa
SIA „Rīgas Kartons“ | Dzelzavas iela 120, Rīga, LV-1021
Tālr. +371 67 123 456 | Reģ. Nr. 40003123456"""
    hdr = (f"No: {p['buyer']['name']} <{p['buyer']['email']}>\n"
           "Nosūtīts: otrdiena, 2027. gada 9. martā 08:12\n"
           f"Kam: {s['email']}\n"
           f"Tēma: {req_subject(p)}")
    check_wd("2027-03-09", 1)
    plain = f"{reply}\n\n{'_' * 32}\n{hdr}\n\n{req_text(p)}"
    msg = build(style="outlook", frm=("Jānis Ozols", "janis.ozols@rigaskartons.example"), to=B(p),
                date="2027-03-10 15:45:19 +0200", subject="RE: " + req_subject(p), plain=plain, seed="c034",
                mid=msgid("outlook", "c034", "eu"), lang="lv-LV", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=unc())],
                   "Line 1 as ordered (385,00 EUR per 1000 sheets = 0.385). Line 2: the ordered format is not "
                   "available; a substitute (70x100 instead of 72x102) is proposed and the supplier waits for "
                   "our approval, so nothing is committed for that line yet -> unconfirmed (not rejected, "
                   "because the line is still open pending our answer).")
    case(34, "board-sheets-substitution-pending", "confirmation", "lv-LV",
         "Latvian; one line accepted, other offered as substitute 'please confirm if OK' -> unconfirmed", [p], msg, exp)


c034()


# --------------------------------------------------------------------------
# 035  et  CNC: lead time counts from drawing approval that is still open -> needs_review
# --------------------------------------------------------------------------
def c035():
    s = sup("TAPPSEP", "Täppsep OÜ", "info@tappsep.example", "et-EE")
    p = po("4500031861", s, "tamm", "EUR", "2027-04-06", [
        ("CNC-PLT-3310-C", "Kinnitusplaat S355, tsingitud, joonis 3310 rev. C", 120, "EA", "18.60", "2027-04-30"),
        ("CNC-FLG-3312-B", "Äärik AISI 316L, joonis 3312 rev. B", 40, "EA", "64.00", "2027-04-30"),
    ], req_tz="+0300")
    reply = """Tere Kadri,

aitäh tellimuse eest. Hinnad ja kogused sobivad meile (120 tk à 18,60 € ja 40 tk à 64,00 €).

Joonisel 3312 rev. B on meie arvates vastuolu: vaates on äärikul 8 ava, aga lõikes A-A on näha 6 ava. Palun saatke parandatud joonis või kinnitage, kumb on õige.

Valmistusaeg on mõlemale detailile 15 tööpäeva pärast joonise kinnitamist, kuna teeme need ühe partiina. Tellimuse kinnituse koos kuupäevaga saadame kohe pärast Teie vastust.

Parimate soovidega
Margus Kask
tootmisjuht
Täppsep OÜ | Peterburi tee 71, 11415 Tallinn | +372 600 4411 | reg. kood 12345678"""
    hdr = (f"Saatja: {p['buyer']['name']} <{p['buyer']['email']}>\n"
           "Saadetud: teisipäev, 6. aprill 2027 08:12\n"
           f"Adressaat: {s['email']}\n"
           f"Teema: {req_subject(p)}")
    check_wd("2027-04-06", 1)
    plain = f"{reply}\n\n{'_' * 32}\n{hdr}\n\n{req_text(p)}"
    msg = build(style="outlook", frm=("Margus Kask", "margus@tappsep.example"), to=B(p),
                date="2027-04-07 10:20:38 +0300", subject="RE: " + req_subject(p), plain=plain, seed="c035",
                mid=msgid("outlook", "c035", "eu"), lang="et-EE", **reply_refs(p))
    exp = exp_kind("needs_review",
                   "Supplier agrees to quantities and prices but asks a drawing question; lead time is '15 "
                   "working days after drawing approval' and the approval has not happened, so no delivery "
                   "date exists. They explicitly say the order confirmation with a date follows after our answer.")
    case(35, "cnc-drawing-question-lead-time-after-approval", "needs_review", "et-EE",
         "Estonian; question on drawing revision; '15 tööpäeva pärast joonise kinnitamist' -> no date -> needs_review",
         [p], msg, exp)


c035()


# --------------------------------------------------------------------------
# 036  nb  garden products: seasonal allocation cuts quantity, one price change
# --------------------------------------------------------------------------
def c036():
    s = sup("HAGELAND", "Hageland Engros AS", "ordre@hagelandengros.example", "nb-NO")
    p = po("4500031705", s, "eriksson", "NOK", "2027-03-15", [
        ("SOIL-GJ-40L", "Gjødslet plantejord 40 L", 900, "BAG", "39.90", "2027-04-06"),
        ("SEED-POT-5KG", "Settepoteter Mandel, sekk 5 kg", 300, "BAG", "69.00", "2027-04-06"),
        ("BARK-70L", "Dekorbark furu 70 L", 400, "BAG", "59.00", "2027-04-06"),
    ])
    check_wd("2027-04-06", 1)
    reply = """Hei Lars,

Takk for bestillingen. Vi bekrefter ordre 4500031705 slik:

Linje 1 – plantejord 40 L: 900 sekker (18 paller à 50), kr 39,90 pr. sekk, levering tirsdag 6. april.
Linje 2 – settepoteter Mandel: sesongvare, vi har fått tildelt bare 200 sekker fra pakkeriet. 200 sekker à kr 69,00 leveres 6. april, resten kan vi dessverre ikke levere denne sesongen.
Linje 3 – dekorbark: 400 sekker à kr 62,00 (ny pris fra 1. mars, se vedlagte prisliste fra januar), levering 6. april.

Mvh
Kari Nordby
Kundeservice
Hageland Engros AS | Brobekkveien 40, 0598 Oslo | tlf. 22 64 31 00 | org.nr. 912 345 678 MVA"""
    plain = outlook_top(p, "nb", reply)
    msg = build(style="outlook", frm=("Kari Nordby", "kari.nordby@hagelandengros.example"), to=B(p),
                date="2027-03-16 08:15:44 +0100", subject="SV: " + req_subject(p), plain=plain, seed="c036",
                mid=msgid("outlook", "c036", "eu"), lang="nb-NO", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=chg(p, 2, quantity=200), l3=chg(p, 3, unit_price="62.00"))],
                   "Seed potatoes allocated: only 200 of 300 bags, the rest explicitly not delivered this season "
                   "-> confirmed quantity 200. Bark at kr 62,00 ('ny pris fra 1. mars' is the price's "
                   "effective date). 'tirsdag 6. april' = 2027-04-06. The price list mentioned is not attached.")
    case(36, "garden-seasonal-allocation-price", "confirmation", "nb-NO",
         "Norwegian; seasonal allocation cuts qty, price change with effective date", [p], msg, exp)


c036()


# --------------------------------------------------------------------------
# 037  pt-BR  cocoa powder: 940 kg rounded to 38 sacks = 950 kg (Gmail)
# --------------------------------------------------------------------------
def c037():
    s = sup("CACAU-BAHIA", "Cacau Bahia Ingredientes Ltda.", "vendas@cacaubahia.example", "pt-BR")
    p = po("4500031718", s, "souza", "BRL", "2027-03-15", [
        ("COC-ALK-1012", "Cacau em pó alcalino 10/12, saco 25 kg", 940, "KG", "38.50", "2027-04-05"),
        ("COC-NAT-1012", "Cacau em pó natural 10/12, saco 25 kg", 500, "KG", "34.90", "2027-04-05"),
        ("GOTAS-CHOC-50", "Gotas de chocolate meio amargo forneáveis, caixa 10 kg", 300, "KG", "41.20", "2027-04-05"),
    ], req_tz="-0300")
    reply = """Olá Ana, bom dia!

Segue a confirmação do pedido 4500031718:

• Cacau em pó alcalino 10/12: como trabalhamos só com sacos fechados de 25 kg, arredondamos para 950 kg (38 sacos). Preço R$ 38,50/kg. Entrega 05/04.
• Cacau em pó natural 10/12: 500 kg (20 sacos), R$ 34,90/kg, entrega 05/04.
• Gotas de chocolate: 300 kg (30 caixas), R$ 41,20/kg, entrega 05/04.

Lotes: CA-27031 (validade 03/2028), CN-27029 (validade 02/2028), GC-27018 (validade 09/2027).

Frete CIF São Paulo. Pagamento 28 dias DDL.

Abraço,
Rafael Menezes
Comercial – Cacau Bahia Ingredientes Ltda.
CNPJ 12.345.678/0001-90 | (71) 3344-2210 | WhatsApp (71) 99812-4455
Rod. BA-262, km 4, Ilhéus – BA"""
    plain = prefixed_top(reply, gmail_attr("pt", p), req_text(p))
    msg = build(style="gmail", frm=("Rafael Menezes", "rafael.menezes@cacaubahia.example"), to=B(p),
                date="2027-03-16 11:32:18 -0300", subject="Re: " + req_subject(p), plain=plain, seed="c037",
                mid=msgid("gmail", "c037", ""), mta="mail-pj1-f47.google.example", ip="198.51.100.47",
                **reply_refs(p))
    exp = exp_conf([conf(p, l1=chg(p, 1, quantity=950), l2=acc(p, 2), l3=acc(p, 3))],
                   "940 kg rounded UP to full 25 kg sacks: 38 x 25 = 950 kg. 'Entrega 05/04' is day-first "
                   "(5 April 2027). Lot validity dates (03/2028 etc.) and '28 dias DDL' payment term are not "
                   "delivery dates.")
    case(37, "cocoa-sacks-940-to-950", "confirmation", "pt-BR",
         "Brazilian Portuguese Gmail; 940 kg -> 950 kg (38 sacks of 25 kg); 'validade' dates", [p], msg, exp)


c037()


# --------------------------------------------------------------------------
# 038  es-AR  veterinary supplies: voseo, USD with decimal comma, one price change
# --------------------------------------------------------------------------
def c038():
    s = sup("VETSUR", "Vetsur Distribuidora S.A.", "pedidos@vetsur.example", "es-AR")
    p = po("4500031880", s, "garcia", "USD", "2027-04-05", [
        ("VAC-AFTOSA-50", "Vacuna antiaftosa oleosa, frasco 50 dosis", 400, "EA", "38.00", "2027-04-26"),
        ("IVER-1-500", "Ivermectina 1% inyectable, frasco 500 ml", 120, "EA", "22.40", "2027-04-26"),
        ("JER-DOS-50", "Jeringa dosificadora automática 50 ml", 30, "EA", "64.00", "2027-04-26"),
    ], req_tz="-0300")
    check_wd("2027-04-26", 0)
    reply = """Hola Lucía, ¿cómo andás?

Te confirmo el pedido 4500031880:

1) Vacuna antiaftosa 50 dosis – 400 frascos a USD 38,00 – entrega lunes 26/4 (cadena de frío, va en camión refrigerado).
2) Ivermectina 1% 500 ml – 120 frascos; el precio se actualizó a USD 23,50 por la suba del principio activo – entrega 26/4.
3) Jeringas dosificadoras 50 ml – 30 unidades a USD 64,00 – entrega 26/4.

Cualquier cosa avisame.

Saludos,
Martín Gómez
Vetsur Distribuidora S.A.
Av. Juan B. Justo 3120, Rosario, Santa Fe
Tel. (0341) 456-2210 | CUIT 30-71234567-8"""
    plain = outlook_top(p, "es-AR", reply)
    msg = build(style="outlook", frm=("Martín Gómez", "mgomez@vetsur.example"), to=B(p),
                date="2027-04-06 17:05:51 -0300", subject="RE: " + req_subject(p), plain=plain, seed="c038",
                mid=msgid("outlook", "c038", "us"), lang="es-AR", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=chg(p, 2, unit_price="23.50"), l3=acc(p, 3))],
                   "Argentine Spanish (voseo). 'USD 38,00' uses a decimal comma. '26/4' = 26 April 2027 "
                   "(day-first, no year). Ivermectin price updated to USD 23,50.")
    case(38, "vet-supplies-voseo-decimal-comma-usd", "confirmation", "es-AR",
         "Argentine Spanish; USD with decimal comma; d/m without year; one price change", [p], msg, exp)


c038()


# --------------------------------------------------------------------------
# 039  en-IN  dental burs: Indian English, lakh grouping, dispatch + delivery
# --------------------------------------------------------------------------
def c039():
    s = sup("SHREE-DENTAL", "Shree Dental Products Pvt. Ltd.", "sales@shreedental.example", "en-IN")
    p = po("4500031726", s, "nair", "INR", "2027-03-16", [
        ("DB-DIA-FG-BR", "Diamond bur FG round, medium grit, pack of 5", 400, "PK", "185.00", "2027-03-29"),
        ("DB-DIA-FG-TF", "Diamond bur FG taper flat end, pack of 5", 300, "PK", "185.00", "2027-03-29"),
        ("ETCH-37-GEL", "Etchant gel 37% phosphoric acid, 5 ml syringe, pack of 4", 250, "PK", "320.00", "2027-03-29"),
    ], req_tz="+0530")
    reply = """Dear Madam,

Greetings from Shree Dental!

With reference to your PO No. 4500031726 dated 16/03/2027, we are pleased to confirm the same as under:

1) Diamond bur FG round - 400 packs @ Rs. 185/- per pack
2) Diamond bur FG taper flat end - 300 packs @ Rs. 185/- per pack
3) Etchant gel 37% - 250 packs @ Rs. 335/- per pack (revised as per our price circular dated 01/03/2027)

Total order value: Rs. 2,13,250/- plus GST @ 12%.

Material will be dispatched on 26/03/2027 through Blue Dart and will reach your Pune facility by 29/03/2027.

Kindly do the needful and acknowledge.

Thanks & Regards,
Ramesh Iyer
Sr. Executive - Sales & Dispatch
Shree Dental Products Pvt. Ltd.
Plot No. 47, MIDC Ambad, Nashik - 422010, Maharashtra
Ph: +91 253 238 4410 | Mob: +91 98220 41763
GSTIN: 27AABCS1234F1Z5 | CIN: U33112MH2004PTC123456"""
    plain = outlook_top(p, "en-GB", reply)
    msg = build(style="outlook", frm=("Ramesh Iyer", "ramesh.iyer@shreedental.example"), to=B(p),
                date="2027-03-17 12:47:03 +0530", subject="RE: " + req_subject(p), plain=plain, seed="c039",
                mid=msgid("outlook", "c039", "ap"), lang="en-IN", charset="us-ascii", cte="7bit",
                html_cte="quoted-printable", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2), l3=chg(p, 3, unit_price="335.00"))],
                   "Indian English; 'Rs. 2,13,250/-' uses lakh grouping (213,250 = 400x185 + 300x185 + 250x335). "
                   "Dispatch 26/03 and delivery by 29/03 are given; the delivery date wins -> 2027-03-29 "
                   "(= requested). Price circular date 01/03/2027 is not a delivery date.")
    case(39, "dental-burs-indian-english-lakh", "confirmation", "en-IN",
         "Indian English ('do the needful', Rs. 2,13,250/-); dispatch vs delivery date; one price revision", [p], msg, exp)


c039()


# --------------------------------------------------------------------------
# 040  en-ZA  pavers: yyyy/mm/dd dates, load-shedding delay for one line
# --------------------------------------------------------------------------
def c040():
    s = sup("HIGHVELD", "Highveld Paving & Bricks (Pty) Ltd", "orders@highveldpaving.example", "en-ZA")
    p = po("4500031748", s, "botha", "ZAR", "2027-03-11", [
        ("PAV-INT-80-CH", "Interlocking paver 80 mm, charcoal, per m²", 450, "M2", "189.00", "2027-03-25"),
        ("KERB-BAR-1M", "Barrier kerb 1 m, grey", 120, "EA", "96.50", "2027-03-25"),
        ("SAND-RIV-T", "River sand, bulk, per tonne", 40, "T", "310.00", "2027-03-25"),
    ], req_tz="+0200")
    check_wd("2027-03-25", 3)
    reply = """Hi Johan

Thanks for the order, PO 4500031748 confirmed as follows:

- Pavers 80 mm charcoal: 450 m² @ R189,00/m², delivery Thursday 2027/03/25
- Barrier kerbs: 120 @ R96,50 each, delivery 2027/03/25
- River sand: 40 t @ R310,00/t - our quarry supplier has been hit hard by load shedding (stage 4 this week), so the sand will only come on 2027/03/31. Sorry about that.

Please make sure there is a forklift or TLB on site to offload the pallets.

Cheers
Thandiwe Mokoena
Sales Administrator
Highveld Paving & Bricks (Pty) Ltd
14 Nywerheid Street, Kempton Park, 1619 | Tel 011 394 8820
Reg. No. 2009/012345/07 | VAT No. 4123456789"""
    plain = outlook_top(p, "en-GB", reply)
    msg = build(style="outlook", frm=("Thandiwe Mokoena", "thandiwe@highveldpaving.example"), to=B(p),
                date="2027-03-12 10:22:47 +0200", subject="RE: " + req_subject(p), plain=plain, seed="c040",
                mid=msgid("outlook", "c040", "eu"), lang="en-ZA", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2), l3=chg(p, 3, date="2027-03-31"))],
                   "South African yyyy/mm/dd dates and 'R189,00' decimal comma. Sand delayed to 2027/03/31 "
                   "because of load shedding. The company registration number 2009/012345/07 looks like a date "
                   "but is not one.")
    case(40, "pavers-load-shedding-yyyy-mm-dd", "confirmation", "en-ZA",
         "South African English; yyyy/mm/dd; 'R96,50'; load-shedding delay; reg. no. 2009/012345/07 distractor",
         [p], msg, exp)


c040()


# --------------------------------------------------------------------------
# 041  en-SG  BOPP labels priced per 1,000 ('SGD 52/k'), one price correction
# --------------------------------------------------------------------------
def c041():
    s = sup("LIONCITY", "Lion City Labels Pte. Ltd.", "cs@lioncitylabels.example", "en-SG")
    p = po("4500031771", s, "nguyen", "SGD", "2027-03-18", [
        ("LBL-BOPP-60X40", "BOPP label 60x40 mm, white, permanent adhesive, 3,000 per roll", 90000, "EA", "0.021", "2027-04-08"),
        ("LBL-VOID-30X15", "Tamper-evident VOID label 30x15 mm, silver", 20000, "EA", "0.048", "2027-04-08"),
    ], req_tz="+0800")
    reply = """Hi Minh,

Noted with thanks on PO 4500031771. Can confirm both items:

1) BOPP 60x40 white - 90,000 pcs (30 rolls x 3,000), SGD 21.00 per 1,000 pcs, delivery 8 Apr
2) VOID 30x15 silver - 20,000 pcs, SGD 52.00 per 1,000 pcs, delivery 8 Apr
   (our quote QT-2703-114 was SGD 52/k, I think your PO took the old price)

Please revert if any issue. Thanks!

Regards,
Jasmine Tan
Customer Service Executive
Lion City Labels Pte. Ltd. | 10 Ubi Crescent #05-41, Ubi Techpark, Singapore 408564
T: +65 6743 2210 | UEN 201012345K"""
    plain = outlook_top(p, "en-GB", reply)
    msg = build(style="outlook", frm=("Jasmine Tan", "jasmine.tan@lioncitylabels.example"), to=B(p),
                date="2027-03-19 15:12:26 +0800", subject="RE: " + req_subject(p), plain=plain, seed="c041",
                mid=msgid("outlook", "c041", "ap"), lang="en-SG", charset="us-ascii", cte="7bit",
                html_cte="quoted-printable", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=chg(p, 2, unit_price="0.052"))],
                   "Per-1,000 pricing: SGD 21.00/1,000 = 0.021 (as ordered), SGD 52.00/1,000 = 0.052 (PO 0.048). "
                   "'8 Apr' without year -> 2027-04-08. 'Please revert if any issue' is a courtesy, not an "
                   "open question.")
    case(41, "labels-per-k-singapore", "confirmation", "en-SG",
         "Singapore English ('Noted with thanks', 'revert'); per-1,000 prices; price corrected to quote", [p], msg, exp)


c041()


# --------------------------------------------------------------------------
# 042  vi  rattan garden furniture: Vietnamese date words, one line later
# --------------------------------------------------------------------------
def c042():
    s = sup("PHU-MINH", "Công ty TNHH Mây Tre Xuất Khẩu Phú Minh", "sales@phuminh-rattan.example", "vi-VN")
    p = po("4500031781", s, "nguyen", "USD", "2027-03-19", [
        ("RAT-CHAIR-ST", "Ghế mây xếp chồng, khung nhôm (stackable rattan chair)", 240, "EA", "38.50", "2027-05-14"),
        ("RAT-TABLE-80", "Bàn mây tròn Ø80 cm, mặt kính (round rattan table, glass top)", 60, "EA", "72.00", "2027-05-14"),
    ], req_tz="+0800")
    reply = """Kính gửi anh Minh,

Công ty Phú Minh xin cảm ơn đơn đặt hàng số 4500031781. Chúng tôi xác nhận như sau:

1. Ghế mây xếp chồng: 240 chiếc, đơn giá 38,50 USD/chiếc, giao hàng ngày 14 tháng 5 năm 2027.
2. Bàn mây tròn Ø80 cm: 60 chiếc, đơn giá 72,00 USD/chiếc. Do thiếu kính cường lực, ngày giao hàng là ngày 28 tháng 5 năm 2027.

Điều kiện giao hàng: FOB Cát Lái, TP. Hồ Chí Minh.

Trân trọng,
Nguyễn Thị Thu Hà
Phòng Kinh doanh Xuất khẩu
Công ty TNHH Mây Tre Xuất Khẩu Phú Minh
Lô B4, KCN Tân Tạo, Q. Bình Tân, TP. HCM
ĐT: (028) 3754 2210 | MST: 0312345678"""
    attr = f"Vào Th 6, 19 thg 3, 2027 vào lúc 07:12 {p['buyer']['name']} <{p['buyer']['email']}> đã viết:"
    check_wd("2027-03-19", 4)
    plain = prefixed_top(reply, attr, req_text(p))
    msg = build(style="gmail", frm=("Nguyễn Thị Thu Hà", "thuha.nguyen@phuminh-rattan.example"), to=B(p),
                date="2027-03-22 09:05:34 +0700", subject="Re: " + req_subject(p), plain=plain, seed="c042",
                mid=msgid("gmail", "c042", ""), cte="base64", mta="mail-oi1-f178.google.example", ip="198.51.100.178",
                **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=chg(p, 2, date="2027-05-28"))],
                   "Vietnamese date words 'ngày 14 tháng 5 năm 2027', decimal comma in '38,50 USD'. Tables move "
                   "to 28 May 2027 because of tempered-glass shortage. FOB terms: the given date is the agreed "
                   "delivery date under FOB.")
    case(42, "rattan-furniture-vietnamese-dates", "confirmation", "vi-VN",
         "Vietnamese Gmail (base64); 'ngày .. tháng .. năm' dates; one line later", [p], msg, exp)


c042()


# --------------------------------------------------------------------------
# 043  id  desiccated coconut: ETD (ship date) only
# --------------------------------------------------------------------------
def c043():
    s = sup("KELAPA-NM", "PT Kelapa Nusantara Makmur", "marketing@kelapanusantara.example", "id-ID")
    p = po("4500031783", s, "nguyen", "USD", "2027-03-22", [
        ("DC-FINE-HF", "Desiccated coconut fine grade, high fat, 25 kg bag", 5000, "KG", "2.95", "2027-04-30"),
        ("CMP-60-25", "Coconut milk powder 60% fat, 25 kg bag", 2000, "KG", "4.40", "2027-04-30"),
    ], req_tz="+0800")
    check_wd("2027-03-22", 0)
    reply = """Yth. Bapak Minh,

Terima kasih atas pesanan Bapak dengan nomor PO 4500031783. Dengan ini kami konfirmasi:

1. Desiccated coconut fine grade – 5.000 kg (200 karung @ 25 kg), harga USD 2,95/kg, ETD Surabaya 23 April 2027.
2. Coconut milk powder 60% – 2.000 kg (80 karung @ 25 kg), harga USD 4,40/kg, ETD Surabaya 23 April 2027.

Masa kedaluwarsa: 12 bulan sejak tanggal produksi (produksi April 2027).

Hormat kami,
Dewi Lestari
Marketing Ekspor
PT Kelapa Nusantara Makmur
Jl. Raya Gempol Km 32, Pasuruan, Jawa Timur 67155
Telp. +62 343 851 220 | NPWP 01.234.567.8-624.000"""
    attr = f"Pada tanggal Sen, 22 Mar 2027 pukul 07.12 {p['buyer']['name']} <{p['buyer']['email']}> menulis:"
    plain = prefixed_top(reply, attr, req_text(p))
    msg = build(style="gmail", frm=("Dewi Lestari", "dewi.lestari@kelapanusantara.example"), to=B(p),
                date="2027-03-23 10:40:50 +0700", subject="Re: " + req_subject(p), plain=plain, seed="c043",
                mid=msgid("gmail", "c043", ""), mta="mail-pf1-f181.google.example", ip="198.51.100.181",
                **reply_refs(p))
    d = "2027-04-23"
    exp = exp_conf([conf(p, l1=chg(p, 1, date=d), l2=chg(p, 2, date=d))],
                   "Indonesian, decimal comma and dot thousands ('5.000 kg', 'USD 2,95'). Only an ETD (ship date) "
                   "23 April 2027 is given, so date = ship date, which differs from the need-by 2027-04-30. "
                   "Shelf life / production month are not delivery dates.")
    case(43, "coconut-etd-ship-date-only", "confirmation", "id-ID",
         "Indonesian; only ETD (ship date) given -> date = ship date", [p], msg, exp)


c043()


# --------------------------------------------------------------------------
# 044  ms  nitrile gloves (dental): one size split in two shipments
# --------------------------------------------------------------------------
def c044():
    s = sup("GETAH-PRIMA", "Syarikat Getah Prima Sdn. Bhd.", "jualan@getahprima.example", "ms-MY")
    p = po("4500031786", s, "nguyen", "USD", "2027-03-23", [
        ("GLV-NIT-S", "Nitrile examination gloves, size S, box of 100", 2000, "BX", "3.15", "2027-04-16"),
        ("GLV-NIT-M", "Nitrile examination gloves, size M, box of 100", 4000, "BX", "3.15", "2027-04-16"),
        ("GLV-NIT-L", "Nitrile examination gloves, size L, box of 100", 2000, "BX", "3.15", "2027-04-16"),
    ], req_tz="+0800")
    check_wd("2027-03-23", 1)
    reply = """Tuan Minh yang dihormati,

Terima kasih atas pesanan tuan (PO 4500031786). Kami mengesahkan pesanan seperti berikut:

1. Sarung tangan nitril saiz S – 2,000 kotak (200 karton x 10 kotak), USD 3.15 sekotak, penghantaran 16/04/2027.
2. Sarung tangan nitril saiz M – 4,000 kotak, USD 3.15 sekotak, penghantaran 16/04/2027.
3. Sarung tangan nitril saiz L – stok terhad. 1,500 kotak akan dihantar pada 16/04/2027 dan baki 500 kotak pada 30/04/2027. Harga USD 3.15 sekotak.

Sekian, terima kasih.

Yang benar,
Nurul Aini binti Hassan
Eksekutif Jualan
Syarikat Getah Prima Sdn. Bhd. (No. Syarikat 200501012345)
Lot 2231, Kawasan Perindustrian Kamunting, 34600 Taiping, Perak
Tel: +605-891 2210"""
    hdr = (f"Daripada: {p['buyer']['name']} <{p['buyer']['email']}>\n"
           "Dihantar: Selasa, 23 Mac 2027 8:12 PG\n"
           f"Kepada: Getah Prima Jualan <{s['email']}>\n"
           f"Subjek: {req_subject(p)}")
    plain = f"{reply}\n\n{'_' * 32}\n{hdr}\n\n{req_text(p)}"
    msg = build(style="outlook", frm=("Nurul Aini Hassan", "nurul.aini@getahprima.example"), to=B(p),
                date="2027-03-24 16:20:13 +0800", subject="RE: " + req_subject(p), plain=plain, seed="c044",
                mid=msgid("outlook", "c044", "ap"), lang="ms-MY", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2),
                         l3=chg(p, 3, date="2027-04-30", schedule=[(1500, "2027-04-16"), (500, "2027-04-30")]))],
                   "Malay; comma thousands and dot decimals ('2,000 kotak', 'USD 3.15'). Size L split 1,500 + 500. "
                   "The company number 200501012345 in the signature starts with a year but is not a date.")
    case(44, "nitrile-gloves-malay-split", "confirmation", "ms-MY",
         "Malay Outlook; boxes of 100; one size split across two dates", [p], msg, exp)


c044()


# --------------------------------------------------------------------------
# 045  pl  phone reply without diacritics, typos, 'w srode' (iPhone)
# --------------------------------------------------------------------------
def c045():
    s = sup("DREWBUD", "Drewbud Hurtownia Budowlana Sp.j.", "biuro@drewbud.example", "pl-PL")
    p = po("4500031877", s, "wrobel", "PLN", "2027-04-02", [
        ("OSB3-18-2500", "Płyta OSB/3 18 mm 2500x1250", 120, "EA", "96.00", "2027-04-07"),
        ("KANT-C24-50X100", "Kantówka C24 50x100 mm, 4 m, strugana", 200, "EA", "38.50", "2027-04-07"),
    ], req_tz="+0200")
    check_wd("2027-04-05", 0)
    check_wd("2027-04-07", 2)
    reply = """Dzien dobry panie Tomku
potwierdzam zamowinie 4500031877, osb 120 szt po 96 zl, kantowka 200szt po 38,50. dostawa w srode rano na budowe
pozdrawiam
Krzysztof

Wysłane z iPhone'a"""
    attr = f"Wiadomość napisana przez {p['buyer']['name']} <{p['buyer']['email']}> w dniu 02.04.2027, o godz. 08:12:"
    plain = f"{reply}\n\n> {attr}\n>\n{quote(req_text(p))}\n"
    msg = build(style="apple", frm=("Krzysztof Malinowski", "k.malinowski@drewbud.example"), to=B(p),
                date="2027-04-05 07:12:09 +0200", subject="Re: " + req_subject(p), plain=plain, seed="c045",
                mid=msgid("apple", "c045", "drewbud.example"), client="apple", auto_html=False,
                extra=[("iphone", "1")], **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2))],
                   "Typed on a phone: no diacritics, typo 'zamowinie'. 'w srode' (on Wednesday) from Mon "
                   "2027-04-05 -> Wed 2027-04-07 = requested. Prices '96 zl' and '38,50' as ordered.")
    case(45, "timber-phone-no-diacritics-wednesday", "confirmation", "pl-PL",
         "iPhone reply without Polish diacritics and with typos; weekday-only date 'w srode'", [p], msg, exp)


c045()


# --------------------------------------------------------------------------
# 046  de-AT  reply to our reminder; PO number written as 'Best.-Nr. 31598'
# --------------------------------------------------------------------------
def c046():
    s = sup("BIOMUEHLE", "Biomühle Waldviertel GmbH", "office@biomuehle-waldviertel.example", "de-AT")
    p = po("4500031598", s, "pichler", "EUR", "2027-03-03", [
        ("MEHL-DINKEL-630", "Dinkelmehl Type 630, bio, Sack 25 kg", 1500, "KG", "1.28", "2027-03-22"),
        ("HAFER-FLOCK-KL", "Haferflocken kleinblatt, bio, Sack 20 kg", 800, "KG", "1.64", "2027-03-22"),
    ])
    check_wd("2027-03-22", 0)
    rem_id = f"<reminder-4500031598.{H('rem', 'c046', n=8)}@{HG}>"
    rem_dt = T("2027-03-10 08:05:00 +0100")
    rem_subject = "Erinnerung: Bestellung 4500031598 – Auftragsbestätigung ausständig"
    reply = """Grüß Gott Frau Pichler,

Entschuldigung für die Verspätung – Ihre Best.-Nr. 31598 ist bei uns unter Auftrag 27/0412 erfasst und wird wie bestellt geliefert:
1.500 kg Dinkelmehl T630 zu € 1,28/kg und 800 kg Haferflocken kleinblatt zu € 1,64/kg, Zustellung am Montag, 22. März.

Schöne Grüße aus dem Waldviertel

Franz Haider
Verkauf & Disposition
Biomühle Waldviertel GmbH | Mühlweg 3 | 3910 Zwettl
Tel. +43 2822 524 60 | AT-BIO-301 | FN 289811 s, LG Krems"""
    hdr = outlook_hdr("de-AT", req_from(p), rem_dt, sup_to(p), rem_subject)
    orig = req_text(p, "de", reminder=True)
    plain = f"{reply}\n\n{'_' * 32}\n{hdr}\n\n{orig}"
    msg = build(style="outlook", frm=("Franz Haider", "f.haider@biomuehle-waldviertel.example"), to=B(p),
                date="2027-03-10 11:37:29 +0100", subject="AW: " + rem_subject, plain=plain, seed="c046",
                mid=msgid("outlook", "c046", "eu"), lang="de-AT", irt=rem_id,
                refs=[p["request_message_id"], rem_id])
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2))],
                   "Reply to our reminder (In-Reply-To = reminder, References include the original request). The "
                   "supplier writes the PO number shortened as 'Best.-Nr. 31598' and adds its own order number "
                   "27/0412. 'Montag, 22. März' -> 2027-03-22.")
    case(46, "flour-reply-to-reminder-short-po-number", "confirmation", "de-AT",
         "answer to our reminder; PO number shortened to 'Best.-Nr. 31598'; supplier order no. 27/0412", [p], msg, exp)


c046()


# --------------------------------------------------------------------------
# 047  en-GB  two open POs, the reply confirms one and defers the other
# --------------------------------------------------------------------------
def c047():
    s = sup("ASHDOWN", "Ashdown Board & Packaging Ltd", "salesoffice@ashdownboard.example", "en-GB")
    pa = po("4500031612", s, "clarke", "GBP", "2027-03-08", [
        ("SBS-350-B1", "SBS board 350 gsm, B1 (700x1000 mm)", 6000, "SHT", "0.412", "2027-03-24"),
        ("GREY-1500-B1", "Greyboard 1500 micron, B1", 2500, "SHT", "0.365", "2027-03-24"),
    ], req_tz="+0000")
    pb = po("4500031640", s, "clarke", "GBP", "2027-03-10", [
        ("KRAFT-LINER-125", "Kraft liner 125 gsm, reel width 1600 mm", 4, "T", "785.00", "2027-04-07"),
    ], req_tz="+0000")
    check_wd("2027-03-24", 2)
    reply = """Hi Emma,

Thanks for both orders.

4500031612 is fine - 6,000 sheets SBS 350 at £412.00/1000 and 2,500 sheets greyboard at £365.00/1000, both for delivery Wed 24th March.

The kraft liner order (4500031640) I'll need to check with the mill - reel widths are on allocation at the moment. I'll come back to you on that one by Monday.

Kind regards,
Tom

Tom Whitfield | Sales Office
Ashdown Board & Packaging Ltd | Crowborough Road, Uckfield TN22 1QR
01825 760 300 | Company No. 02345678"""
    d = pa["_req_dt"]
    attr = f"On {d.day} Mar 2027, at {d.strftime('%H:%M')}, {pa['buyer']['name']} <{pa['buyer']['email']}> wrote:"
    plain = f"{reply}\n\n{attr}\n\n{quote(req_text(pa))}\n"
    msg = build(style="apple", frm=("Tom Whitfield", "tom.whitfield@ashdownboard.example"), to=B(pa),
                date="2027-03-11 14:05:37 +0000", subject="Re: " + req_subject(pa), plain=plain, seed="c047",
                mid=msgid("apple", "c047", "ashdownboard.example"), client="apple",
                irt=pa["request_message_id"], refs=[pa["request_message_id"]])
    exp = exp_conf([conf(pa, l1=acc(pa, 1), l2=acc(pa, 2))],
                   "Two open POs from the same supplier. PO 4500031612 is confirmed (£412.00/1000 = 0.412, "
                   "£365.00/1000 = 0.365, Wed 24 March). PO 4500031640 is only mentioned ('will come back by "
                   "Monday') and is therefore left out of the confirmations.")
    case(47, "board-two-pos-confirm-one", "confirmation", "en-GB",
         "Apple Mail; two open POs, one confirmed, the other only mentioned -> omitted", [pa, pb], msg, exp)


c047()


# --------------------------------------------------------------------------
# 048  nl-BE  one new mail confirming two POs (no In-Reply-To)
# --------------------------------------------------------------------------
def c048():
    s = sup("VANDAMME", "Verpakkingen Van Damme NV", "orders@vandamme-verpakking.example", "nl-BE")
    pa = po("4500031704", s, "lambert", "EUR", "2027-03-15", [
        ("CAP-PUMP-28-BK", "Pomp 28/410 zwart, 1,2 ml", 10000, "EA", "0.118", "2027-04-09"),
        ("BTL-PET-250-AM", "PET-fles 250 ml, amber, 28/410", 10000, "EA", "0.094", "2027-04-09"),
    ])
    pb = po("4500031719", s, "lambert", "EUR", "2027-03-17", [
        ("JAR-PP-50-WH", "PP-pot 50 ml dubbelwandig, wit, met deksel", 6000, "EA", "0.265", "2027-04-16"),
    ])
    check_wd("2027-04-09", 4)
    reply = """Goeiemorgen Claire,

Hierbij de bevestiging van jullie twee bestellingen:

Bestelling 4500031704:
- pomp 28/410 zwart: 10.000 st. à € 0,118 – levering vrijdag 9 april
- PET-fles 250 ml amber: 10.000 st. à € 0,094 – levering vrijdag 9 april

Bestelling 4500031719:
- PP-pot 50 ml dubbelwandig wit: we hebben er nog 4.000 in stock, die kunnen mee met de levering van 9 april. De resterende 2.000 volgen op 23 april. Prijs € 0,265/st.

Met vriendelijke groeten,

Wouter Peeters
Customer Service
Verpakkingen Van Damme NV | Industriepark Noord 18 | 9100 Sint-Niklaas
T +32 3 776 41 20 | BTW BE 0456.789.123 | RPR Gent, afdeling Dendermonde"""
    msg = build(style="outlook", frm=("Wouter Peeters", "wouter.peeters@vandamme-verpakking.example"), to=B(pa),
                date="2027-03-18 10:10:02 +0100", subject="Orderbevestiging 4500031704 + 4500031719", plain=reply,
                seed="c048", mid=msgid("outlook", "c048", "eu"), lang="nl-BE")
    exp = exp_conf([conf(pa, l1=acc(pa, 1), l2=acc(pa, 2)),
                    conf(pb, l1=chg(pb, 1, date="2027-04-23", schedule=[(4000, "2027-04-09"), (2000, "2027-04-23")]))],
                   "New mail (no In-Reply-To/References) that answers two POs; matching must use the PO numbers "
                   "in subject/body. PO 4500031719 split 4.000 + 2.000.")
    case(48, "packaging-one-mail-two-pos", "confirmation", "nl-BE",
         "Flemish; fresh mail without threading headers confirming two POs at once", [pa, pb], msg, exp)


c048()


# --------------------------------------------------------------------------
# 049  de  HTML-only Outlook reply, answers written into our PO table (red column)
# --------------------------------------------------------------------------
OUTLOOK_HTML_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                     'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                     'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                     '<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
                     '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                     '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n'
                     '\tfont-family:"Calibri",sans-serif;}}\n--></style>\n</head>\n'
                     '<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                     '<div class="WordSection1">\n')


def html_p(text):
    return "\n".join(f'<p class="MsoNormal">{xml_escape(l) if l else "&nbsp;"}<o:p></o:p></p>' for l in text.split("\n"))


def html_outlook_quote_hdr(labels, values):
    inner = "<br>\n".join(f"<b>{xml_escape(k)}</b> {xml_escape(v)}" for k, v in zip(labels, values))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal">{inner}<o:p></o:p></p>\n</div>\n')


def c049():
    s = sup("GLASTECHNIK-W", "Glastechnik Wertheim GmbH", "vertrieb@glastechnik-wertheim.example", "de-DE")
    p = po("4500031766", s, "weber", "EUR", "2027-03-17", [
        ("BG-250-BORO", "Becherglas 250 ml, Borosilikat 3.3, niedrige Form, VE 10", 30, "PK", "19.80", "2027-04-01"),
        ("EK-500-NS29", "Erlenmeyerkolben 500 ml, NS 29/32", 40, "EA", "6.45", "2027-04-01"),
        ("MZ-100-A", "Messzylinder 100 ml, Klasse A, mit DAkkS-Kalibrierschein", 20, "EA", "28.90", "2027-04-01"),
        ("LF-GL45-1000", "Laborflasche 1000 ml GL45 mit Kappe, VE 10", 12, "PK", "42.00", "2027-04-01"),
    ])
    answers = ["OK, Liefertermin 01.04.", "OK", "Liefertermin KW 15 (DAkkS-Kalibrierung)",
               "Preis 2027: 44,10 € / VE, Termin OK"]
    reply = """Hallo Herr Weber,

vielen Dank für die Bestellung. Unsere Rückmeldung haben wir rot in Ihre Tabelle eingetragen.

Mit freundlichen Grüßen
Sabine Roth
Vertriebsinnendienst

Glastechnik Wertheim GmbH | Am Mainufer 7 | 97877 Wertheim
Tel. 09342 918 55-12 | Amtsgericht Würzburg HRB 4711 | GF: Dr. Uwe Brenner"""
    d = p["_req_dt"]
    html = (OUTLOOK_HTML_HEAD.format(cs="utf-8", lang="DE") + html_p(reply) + "\n<p class=\"MsoNormal\">&nbsp;</p>\n"
            + html_outlook_quote_hdr(["Von:", "Gesendet:", "An:", "Betreff:"],
                                     [req_from(p), f"Mittwoch, {d.day}. März 2027 {d.strftime('%H:%M')}", sup_to(p), req_subject(p)])
            + "<p class=\"MsoNormal\">&nbsp;</p>\n"
            + html_p("Dear Sir or Madam,\n\nplease confirm our purchase order 4500031766 of 2027-03-17 (quantities, prices and delivery dates).\n")
            + "\n" + req_html_table(p, "Bestätigung Lieferant", [xml_escape(a) for a in answers])
            + "\n" + html_p("\nThank you and kind regards\nDaniel Weber\nProcurement | Halvorsen Group")
            + "\n</div>\n</body>\n</html>\n")
    check_wd("2027-03-17", 2)
    msg = build(style="outlook", frm=("Sabine Roth", "s.roth@glastechnik-wertheim.example"), to=B(p),
                date="2027-03-18 09:25:40 +0100", subject="AW: " + req_subject(p), plain="", html=html,
                html_only=True, seed="c049", mid=msgid("outlook", "c049", "eu"), lang="de-DE", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2), l3=chg(p, 3, date=kw(2027, 15)),
                         l4=chg(p, 4, unit_price="44.10"))],
                   "HTML-only mail; the answers are an added red column in our quoted HTML table. 'OK' = as "
                   "ordered. KW 15 -> Fri 2027-04-16. Line 4: 44,10 € per pack of 10 (PO unit is the pack).")
    case(49, "lab-glass-html-only-answer-column", "confirmation", "de-DE",
         "HTML-only Outlook; supplier adds a red answer column to our quoted HTML PO table", [p], msg, exp)


c049()


# --------------------------------------------------------------------------
# 050  fr-FR  printing: force majeure, part quantity not guaranteed
# --------------------------------------------------------------------------
def c050():
    s = sup("ROUSSEL", "Imprimerie Roussel SAS", "adv@imprimerie-roussel.example", "fr-FR")
    p = po("4500031851", s, "lambert", "EUR", "2027-03-22", [
        ("CAT-A4-48P", "Catalogue A4, 48 pages, couché mat 135 g, couverture 300 g pelliculée", 5000, "EA", "1.92", "2027-04-23"),
        ("FLY-A5-RV", "Flyer A5 recto-verso, couché brillant 170 g", 20000, "EA", "0.048", "2027-04-23"),
        ("AFF-A1-115", "Affiche A1, papier dos bleu 115 g", 300, "EA", "1.35", "2027-04-23"),
    ])
    reply = """Madame,

Nous accusons réception de votre commande n° 4500031851 et vous en remercions.

En raison de la grève en cours dans les papeteries finlandaises (cas de force majeure, cf. article 9 de nos CGV), nos approvisionnements en couché mat 135 g sont fortement perturbés. Nous pouvons néanmoins vous confirmer :

- Catalogue A4 48 pages : 3 000 ex. livrés le 23 avril au prix unitaire de 1,92 € HT ; les 2 000 ex. restants ne peuvent pas être garantis à ce jour, nous ne les confirmons donc pas.
- Flyers A5 : 20 000 ex. à 48,00 € HT le mille, livraison le 23 avril.
- Affiches A1 : 300 ex. à 1,35 € HT pièce, livraison le 16 avril.

Merci de nous retourner les BAT signés avant le 2 avril.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Sandrine Morel
Administration des ventes
Imprimerie Roussel SAS – 14 rue des Artisans – 69800 Saint-Priest
Tél. 04 78 20 41 90 – SAS au capital de 480 000 € – RCS Lyon 412 345 678 – TVA FR42412345678"""
    plain = outlook_top(p, "fr", reply)
    msg = build(style="outlook", frm=("Sandrine Morel", "s.morel@imprimerie-roussel.example"), to=B(p),
                date="2027-03-23 17:02:21 +0100", subject="RE: " + req_subject(p), plain=plain, seed="c050",
                mid=msgid("outlook", "c050", "eu"), lang="fr-FR", **reply_refs(p))
    exp = exp_conf([conf(p, l1=chg(p, 1, quantity=3000), l2=acc(p, 2), l3=chg(p, 3, date="2027-04-16"))],
                   "Force majeure (paper strike): only 3 000 of 5 000 catalogues confirmed, the rest explicitly "
                   "not confirmed -> quantity 3000. Flyers '48,00 € HT le mille' = 0.048 per piece. Posters a "
                   "week early (16 April). The proof (BAT) deadline 2 April is not a delivery date; capital "
                   "480 000 € in the footer is not a price.")
    case(50, "printing-force-majeure-partial", "confirmation", "fr-FR",
         "force-majeure paper shortage: partial quantity; price per thousand ('le mille'); BAT deadline distractor",
         [p], msg, exp)


c050()


# --------------------------------------------------------------------------
# 051  it  glass jars: short confirmation, long disclaimer with dates and amounts
# --------------------------------------------------------------------------
def c051():
    s = sup("VETRERIA-COMO", "Vetreria Artistica Comasca S.p.A.", "customer.service@vetreriacomasca.example", "it-IT")
    p = po("4500031856", s, "greco", "EUR", "2027-03-24", [
        ("JAR-GL-50-SAT", "Vasetto vetro 50 ml satinato, ghiera 58 mm", 12000, "EA", "0.42", "2027-04-30"),
        ("CAP-58-GOLD", "Tappo alluminio 58 mm oro lucido con sottotappo", 12000, "EA", "0.19", "2027-04-30"),
    ])
    reply = """Buongiorno Sofia,

confermo l'ordine 4500031856 come da vostra richiesta: 12.000 vasetti 50 ml satinati a € 0,42 e 12.000 tappi oro a € 0,19, consegna il 30 aprile.

Un saluto,
Paolo Bernasconi
Customer Service

Vetreria Artistica Comasca S.p.A. – Via per Cernobbio 41, 22100 Como
Tel. +39 031 573 220
Capitale Sociale € 2.500.000,00 i.v. – Registro Imprese di Como n. 01234560134 – REA CO-178432
Certificazione ISO 9001:2015 n. 12345-Q valida fino al 14/06/2028
Chiusura stabilimento per ferie estive: dal 9 al 27 agosto 2027 – ordini con consegna in tale periodo non potranno essere evasi.

AVVISO DI RISERVATEZZA: questo messaggio e gli eventuali allegati sono destinati esclusivamente ai destinatari indicati e possono contenere informazioni riservate. Se avete ricevuto questo messaggio per errore, vi preghiamo di informarci immediatamente e di cancellarlo. Ai sensi del Regolamento UE 2016/679 (GDPR) vi informiamo che i vostri dati sono trattati per finalità contrattuali. Prima di stampare questa e-mail pensate all'ambiente."""
    plain = outlook_top(p, "it", reply)
    msg = build(style="outlook", frm=("Paolo Bernasconi", "p.bernasconi@vetreriacomasca.example"), to=B(p),
                date="2027-03-25 11:05:57 +0100", subject="R: " + req_subject(p), plain=plain, seed="c051",
                mid=msgid("outlook", "c051", "eu"), lang="it-IT", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2))],
                   "One-sentence confirmation, '30 aprile' -> 2027-04-30. The footer is full of distracting "
                   "amounts and dates (share capital € 2.500.000,00, ISO certificate valid until 14/06/2028, "
                   "summer closure 9-27 August 2027, GDPR 2016/679).")
    case(51, "glass-jars-disclaimer-dates-amounts", "confirmation", "it-IT",
         "short confirmation with a footer full of amounts and dates (capital, ISO validity, summer closure)", [p], msg, exp)


c051()


# --------------------------------------------------------------------------
# 052  en-US  HTML-only promo goods confirmation + future price increase notice
# --------------------------------------------------------------------------
def c052():
    s = sup("SUMMIT-PROMO", "Summit Promotional Group, LLC", "orders@summitpromo.example", "en-US")
    p = po("4500031763", s, "morgan", "USD", "2027-03-01", [
        ("TSH-ORG-BLK", "Organic cotton T-shirt, black, 1-color front print (S-XXL mix)", 600, "EA", "6.75", "2027-03-26"),
        ("CAP-TRK-NVY", "Trucker cap, navy, embroidered logo", 300, "EA", "5.90", "2027-03-26"),
        ("BOT-TRI-24", "Tritan water bottle 24 oz, 1-color pad print", 500, "EA", "4.25", "2027-03-26"),
    ], req_tz="-0600")
    html = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<div>Hi Ryan,</div>
<div><br></div>
<div>Your PO <b>#4500031763</b> is confirmed as written &mdash; all three items, quantities and pricing exactly as on your PO, in-hands date <b>3/26/2027</b>.</div>
<div><br></div>
<div>Digital proofs will follow by Wednesday; production starts as soon as you approve them.</div>
<div><br></div>
<div style="background:#FFF4CE;border-left:4px solid #F2B705;padding:8px 12px">
<b>Heads-up:</b> effective <b>April 15, 2027</b> our blank apparel pricing will increase by approximately 4&ndash;6% due to cotton costs.
This does <u>not</u> affect orders placed before April 15.
</div>
<div><br></div>
<div>Thanks for your business!</div>
<div><br></div>
<table cellpadding="0" cellspacing="0" style="font-size:12px;color:#555">
<tr><td style="padding-right:12px"><b style="color:#0B5394">Megan O'Connor</b><br>Account Executive<br>Summit Promotional Group, LLC<br>
2150 W. Peachtree Industrial Blvd, Suite 300, Atlanta, GA 30341<br>
O: (404) 555-0187 &nbsp;|&nbsp; M: (678) 555-0133<br>
<a href="https://www.summitpromo.example">summitpromo.example</a> &nbsp;|&nbsp; PPAI #412345 &nbsp;|&nbsp; ASI #78123</td></tr>
</table>
<div><br></div>
<div style="border-top:1px solid #ccc;padding-top:6px;font-size:12px;color:#777">
<b>From:</b> Ryan Morgan &lt;ryan.morgan@halvorsen-group.example&gt;<br>
<b>Sent:</b> Monday, March 1, 2027 8:12 AM<br>
<b>To:</b> Summit Promotional Group, LLC &lt;orders@summitpromo.example&gt;<br>
<b>Subject:</b> Purchase order 4500031763 - please confirm</div>
<div style="font-size:12px;color:#777">Dear Sir or Madam,<br>please confirm our purchase order 4500031763 of 2027-03-01 (quantities, prices and delivery dates).<br>
""" + req_html_table(p) + """
<br>Thank you and kind regards<br>Ryan Morgan<br>Procurement | Halvorsen Group</div>
</body></html>
"""
    check_wd("2027-03-01", 0)
    msg = build(style="generic", frm=("Megan O'Connor", "megan@summitpromo.example"), to=B(p),
                date="2027-03-02 10:40:03 -0600", subject="RE: " + req_subject(p), plain="", html=html,
                html_only=True, seed="c052", mid=msgid("uuid", "c052", "summitpromo.example"), client="generic",
                extra=[("X-Mailer", "Microsoft Outlook for Mac 16.82")], **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2), l3=acc(p, 3))],
                   "HTML-only. 'Confirmed as written', in-hands date 3/26/2027 (US month-first) = requested. The "
                   "price increase effective April 15, 2027 explicitly does not affect this order.")
    case(52, "promo-html-only-price-increase-notice", "confirmation", "en-US",
         "HTML-only, 'confirmed as written', in-hands date; unrelated future price-increase banner", [p], msg, exp)


c052()


# --------------------------------------------------------------------------
# 053  de  3D printing: '10 Arbeitstage nach Zahlungseingang', payment received today
# --------------------------------------------------------------------------
def c053():
    s = sup("ADDITIVWERK", "Additiv Werk Augsburg GmbH", "service@additivwerk.example", "de-DE")
    p = po("4500031873", s, "weber", "EUR", "2027-04-06", [
        ("3DP-GRP-4410-B", "Greiferfinger, MJF PA12, Zeichnung 4410 Rev. B", 80, "EA", "14.20", "2027-04-23"),
        ("3DP-ADP-4415-A", "Adapterplatte, SLM AlSi10Mg, Zeichnung 4415 Rev. A", 10, "EA", "96.00", "2027-04-23"),
    ], req_tz="+0200")
    check_wd("2027-04-12", 0)
    reply = """Hallo Herr Weber,

Ihre Vorauszahlung zur Bestellung 4500031873 ist heute bei uns eingegangen – vielen Dank.

Damit bestätigen wir beide Positionen zu den bestellten Mengen und Preisen (80 Stk. Greiferfinger 4410 Rev. B à 14,20 € und 10 Stk. Adapterplatte 4415 Rev. A à 96,00 €). Die Lieferzeit beträgt wie angeboten 10 Arbeitstage nach Zahlungseingang.

Viele Grüße

Tobias Maier
Projektmanagement Additive Fertigung
Additiv Werk Augsburg GmbH
Gutenbergstraße 9 · 86156 Augsburg
Tel. +49 821 455 07-30 · Amtsgericht Augsburg HRB 33210"""
    plain = outlook_top(p, "de", reply)
    msg = build(style="outlook", frm=("Tobias Maier", "t.maier@additivwerk.example"), to=B(p),
                date="2027-04-12 10:15:48 +0200", subject="AW: " + req_subject(p), plain=plain, seed="c053",
                mid=msgid("outlook", "c053", "eu"), lang="de-DE", **reply_refs(p))
    d = add_workdays("2027-04-12", 10)
    assert d == "2027-04-26"
    exp = exp_conf([conf(p, l1=chg(p, 1, date=d), l2=chg(p, 2, date=d))],
                   "Lead time '10 Arbeitstage nach Zahlungseingang' and the payment arrived 'heute' = mail date "
                   "Mon 2027-04-12; 10 working days later = Mon 2027-04-26 (no public holiday in between). "
                   "Requested was 2027-04-23, so both lines change date.")
    case(53, "3d-print-working-days-after-payment", "confirmation", "de-DE",
         "'10 working days after receipt of payment' with payment received today -> computed date", [p], msg, exp)


c053()


# --------------------------------------------------------------------------
# 054  es-ES  agricultural parts: interleaved answers under the quoted rows (Gmail)
# --------------------------------------------------------------------------
def c054():
    s = sup("RECAMBIOS-EBRO", "Recambios Agrícolas del Ebro S.L.", "pedidos@recambiosebro.example", "es-ES")
    p = po("4500031868", s, "garcia", "EUR", "2027-03-29", [
        ("CUCH-TRIT-Y60", "Cuchilla trituradora tipo Y, 60 mm", 72, "EA", "4.60", "2027-04-07"),
        ("CARD-1100-S4", "Cardán 1100 mm serie 4 con limitador de fricción", 4, "EA", "289.00", "2027-04-07"),
        ("RODAM-UCP208", "Soporte con rodamiento UCP208", 20, "EA", "17.80", "2027-04-07"),
    ], req_tz="+0200")
    check_wd("2027-04-06", 1)
    check_wd("2027-04-07", 2)
    lines = req_text(p).split("\n")
    answers = {
        "1": "OK, 72 uds. salen el martes 6/4 y os llegan el miércoles 7/4.",
        "2": "Este lo tenemos que pedir a Italia (Bondioli), plazo unas 3 semanas. Te confirmo la fecha en cuanto me la den.",
        "3": "OK, 20 uds. a 17,80 €, van con el resto.",
    }
    out = []
    for l in lines:
        out.append("> " + l if l.strip() else ">")
        m = re.match(r"^(\d+)\s{2,}", l)
        if m and m.group(1) in answers:
            out.append("")
            out.append(answers[m.group(1)])
            out.append("")
    attr = gmail_attr("es", p)
    plain = ("Hola Lucía,\n\nte contesto entre líneas.\n\nUn saludo,\nJavier\n\n" + attr + "\n"
             + "\n".join(out) + "\n\n-- \nJavier Lasheras\nRecambios Agrícolas del Ebro S.L.\n"
             "Ctra. de Logroño km 9, 50180 Utebo (Zaragoza) · Tel. 976 77 21 40 · CIF B50123456\n")
    msg = build(style="gmail", frm=("Javier Lasheras", "javier@recambiosebro.example"), to=B(p),
                date="2027-03-30 09:40:17 +0200", subject="Re: " + req_subject(p), plain=plain, seed="c054",
                mid=msgid("gmail", "c054", ""), mta="mail-wr1-f53.google.example", ip="198.51.100.53",
                **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=unc(), l3=acc(p, 3))],
                   "Answers interleaved under the quoted rows. Line 1 ships 6/4 and arrives 7/4 (delivery wins, "
                   "= requested). Line 2 must be ordered from Italy, date promised later -> unconfirmed. Line 3 "
                   "'van con el resto' = same delivery 7/4.")
    case(54, "ag-parts-interleaved-answers", "confirmation", "es-ES",
         "Spanish Gmail with answers interleaved under quoted rows; one line 'te confirmo la fecha' -> unconfirmed",
         [p], msg, exp)


c054()


# --------------------------------------------------------------------------
# 055  cs  glassworks declines the whole order (furnace shutdown)
# --------------------------------------------------------------------------
def c055():
    s = sup("SKLARNA-BOR", "Sklárna Bor a.s.", "obchod@sklarnabor.example", "cs-CZ")
    p = po("4500031735", s, "novakova", "CZK", "2027-03-15", [
        ("SKL-VAZA-25", "Váza foukané sklo, výška 25 cm, čirá", 300, "EA", "245.00", "2027-04-20"),
        ("SKL-MISA-30", "Mísa foukané sklo Ø30 cm, kouřová", 150, "EA", "310.00", "2027-04-20"),
    ])
    reply = """Dobrý den paní Nováková,

děkujeme za Vaši objednávku č. 4500031735. Bohužel Vám musíme sdělit, že z důvodu odstávky naší tavicí pece (rekonstrukce plánovaná do konce června 2027) nemůžeme objednávku realizovat. Obě položky proto nepotvrzujeme.

Jakmile obnovíme výrobu, rádi Vám zašleme novou nabídku.

S pozdravem

Mgr. Petra Šimková
obchodní oddělení
Sklárna Bor a.s. | Sklářská 112, 473 01 Nový Bor
tel.: +420 487 722 310 | IČO: 27312345"""
    plain = outlook_top(p, "cs", reply)
    msg = build(style="outlook", frm=("Petra Šimková", "simkova@sklarnabor.example"), to=B(p),
                date="2027-03-16 10:05:12 +0100", subject="RE: " + req_subject(p), plain=plain, seed="c055",
                mid=msgid("outlook", "c055", "eu"), lang="cs-CZ", **reply_refs(p))
    exp = exp_conf([conf(p, l1=rej(), l2=rej())],
                   "The supplier declines the whole order (furnace rebuild until end of June 2027). A rejection "
                   "is an answer -> kind confirmation with both lines rejected. 'konce června 2027' is not a "
                   "delivery date.")
    case(55, "glassworks-declines-whole-order", "confirmation", "cs-CZ",
         "whole order declined (both lines rejected)", [p], msg, exp)


c055()


# --------------------------------------------------------------------------
# 056  English by a Polish CNC shop: changes per line, week number
# --------------------------------------------------------------------------
def c056():
    s = sup("PRECYZJA-CNC", "Precyzja CNC Sp. z o.o.", "office@precyzja-cnc.example", "pl-PL")
    p = po("4500031879", s, "clarke", "EUR", "2027-04-07", [
        ("CNC-SPC-5520-D", "Spacer, POM-C black, drawing 5520 rev. D", 1000, "EA", "0.86", "2027-04-30"),
        ("CNC-HUB-5524-B", "Hub, 42CrMo4 QT, drawing 5524 rev. B", 60, "EA", "23.40", "2027-04-30"),
        ("CNC-COV-5530-A", "Cover plate, EN AW-5083, drawing 5530 rev. A", 60, "EA", "11.10", "2027-04-30"),
    ], req_tz="+0100")
    reply = """Hello Mrs. Clarke,

thank you for order. We confirm you the order 4500031879 with following changes:

- pos. 1 spacer acc. drawing rev. D - OK, 1000 pcs, 0,86 EUR, delivery 30.04.
- pos. 2 hub - price must be 24,10 EUR/pc because 42CrMo4 material is more expensive since our offer. Quantity and date OK.
- pos. 3 cover plate - material AW-5083 plates 12 mm we must order, delivery possible in week 19. Price OK.

If you have questions please call me.

Best regards / Z poważaniem
Paweł Kaczmarek
Kierownik Sprzedaży / Sales Manager
Precyzja CNC Sp. z o.o. | ul. Fabryczna 8, 43-100 Tychy | tel. +48 32 219 40 10"""
    plain = outlook_top(p, "en-GB", reply)
    msg = build(style="outlook", frm=("Paweł Kaczmarek", "p.kaczmarek@precyzja-cnc.example"), to=B(p),
                date="2027-04-08 13:30:26 +0200", subject="RE: " + req_subject(p), plain=plain, seed="c056",
                mid=msgid("outlook", "c056", "eu"), lang="pl-PL", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=chg(p, 2, unit_price="24.10"), l3=chg(p, 3, date=kw(2027, 19)))],
                   "English written by a Polish speaker, decimal commas ('0,86 EUR'). '30.04.' = 2027-04-30. "
                   "Line 2 price 24,10; line 3 'week 19' -> Fri 2027-05-14.")
    case(56, "cnc-non-native-english-week-19", "confirmation", "pl-PL",
         "English by a non-native (Polish) writer with decimal commas; price change and 'week 19'", [p], msg, exp)


c056()


# --------------------------------------------------------------------------
# 057  de-CH  ERP-generated order confirmation (automatic mail + PDF) -> confirmation
# --------------------------------------------------------------------------
def c057():
    s = sup("ALPINA-LAB", "Alpina Laborbedarf AG", "verkauf@alpina-labor.example", "de-CH")
    p = po("4500031820", s, "keller", "CHF", "2027-03-22", [
        ("ALP-PIP-1000", "Pipettenspitzen 1000 µl, Rack à 96, 10 Racks", 25, "PK", "64.50", "2027-04-06"),
        ("ALP-CRYO-2", "Kryoröhrchen 2 ml, steril, Btl. à 500", 6, "BG", "118.00", "2027-04-06"),
        ("ALP-NITR-L", "Nitrilhandschuhe Gr. L, Box à 100", 50, "BX", "9.80", "2027-04-06"),
    ])
    body = """Sehr geehrte Damen und Herren

Im Anhang erhalten Sie die Auftragsbestätigung 7100284412 zu Ihrer Bestellung 4500031820.

Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail. Bei Fragen wenden Sie sich bitte an verkauf@alpina-labor.example oder +41 44 276 11 00.

Alpina Laborbedarf AG, Hardturmstrasse 161, 8005 Zürich, CHE-105.123.456 MWST"""
    pdf = make_pdf([
        "#Auftragsbestätigung 7100284412",
        "Alpina Laborbedarf AG · Hardturmstrasse 161 · 8005 Zürich",
        "",
        [(50, "Halvorsen Group, Einkauf, Frau Nina Keller"), (350, "Datum: 22.03.2027")],
        [(50, "Ihre Bestellung: 4500031820 vom 22.03.2027"), (350, "Kunden-Nr.: 104452")],
        [(50, "Lieferbedingung: DAP, Versand per Post / Planzer"), (350, "Zahlung: 30 Tage netto")],
        "",
        [(50, "*Pos."), (85, "*Material"), (160, "*Bezeichnung"), (355, "*Menge"), (405, "*Preis CHF"), (470, "*Liefertermin")],
        [(50, "10"), (85, "ALP-PIP-1000"), (160, "Pipettenspitzen 1000 µl, 10 Racks"), (355, "25 PAK"), (405, "64.50"), (470, "06.04.2027")],
        [(50, "20"), (85, "ALP-CRYO-2"), (160, "Kryoröhrchen 2 ml steril, Btl. 500"), (355, "4 BTL"), (405, "118.00"), (470, "06.04.2027")],
        [(50, ""), (85, ""), (160, "Restmenge"), (355, "2 BTL"), (405, "118.00"), (470, "20.04.2027")],
        [(50, "30"), (85, "ALP-NITR-L"), (160, "Nitrilhandschuhe Gr. L, Box 100"), (355, "50 BOX"), (405, "9.80"), (470, "06.04.2027")],
        "",
        [(300, "Total netto CHF"), (470, "2'810.50")],
        [(300, "MWST 8.1 %"), (470, "227.65")],
        [(300, "*Total CHF"), (470, "*3'038.15")],
        "",
        "Pos. 20: Teillieferung, Restmenge folgt automatisch ohne zusätzliche Versandkosten.",
        "Es gelten unsere Allgemeinen Geschäftsbedingungen, Ausgabe 2026.",
    ], title="Auftragsbestätigung 7100284412", author="SAP", creator="SAP NetWeaver 7.50 / SAPscript",
        when=T("2027-03-22 16:40:00 +0100"))
    msg = build(style="generic", frm=("Alpina Laborbedarf AG", "no-reply@alpina-labor.example"), to=B(p),
                date="2027-03-22 16:41:05 +0100", subject="Auftragsbestätigung 7100284412 zu Ihrer Bestellung 4500031820",
                plain=body, seed="c057", mid=f"<{H('c057', n=32).upper()}@sapmail.alpina-labor.example>",
                client="generic", auto_html=False, charset="iso-8859-1", mta="sapmail.alpina-labor.example",
                extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "SAP NetWeaver 7.50")],
                attachments=[attachment(pdf, "application/pdf", "AB_7100284412.pdf")])
    total = 25 * Decimal("64.50") + 6 * Decimal("118.00") + 50 * Decimal("9.80")
    assert total == Decimal("2810.50")
    exp = exp_conf([conf(p, l1=acc(p, 1),
                         l2=chg(p, 2, date="2027-04-20", schedule=[(4, "2027-04-06"), (2, "2027-04-20")]),
                         l3=acc(p, 3))],
                   "Automatic ERP mail (Auto-Submitted: auto-generated, 'do not reply') with the order "
                   "confirmation PDF: per FORMAT this is a confirmation, not an auto_reply. No In-Reply-To; the PO "
                   "number is in the subject and PDF. Pos. 20 is split 4 + 2 bags (second on 20.04.2027).")
    case(57, "lab-erp-generated-ab-pdf", "confirmation", "de-CH",
         "ERP-generated automatic mail with AB PDF (Auto-Submitted) -> still a confirmation; split in PDF", [p], msg, exp)


c057()


# --------------------------------------------------------------------------
# 058  pt-PT  cork stoppers priced per thousand ('milheiro'), FOB ship date
# --------------------------------------------------------------------------
def c058():
    s = sup("CORTICEIRA-FEIRA", "Corticeira da Feira, Lda.", "encomendas@corticeirafeira.example", "pt-PT")
    p = po("4500031730", s, "souza", "EUR", "2027-03-16", [
        ("ROLHA-NAT-45", "Rolha natural 45x24 mm, classe 2, lavação clara", 50000, "EA", "0.168", "2027-04-13"),
        ("ROLHA-TEC-38", "Rolha técnica 1+1 38x24 mm", 100000, "EA", "0.072", "2027-04-13"),
    ], req_tz="-0300")
    reply = """Exma. Sra. Ana Souza,

Agradecemos a encomenda n.º 4500031730, que confirmamos nas seguintes condições:

1. Rolha natural 45x24 mm, classe 2 – 50.000 unid. a 168,00 € o milheiro – expedição FOB Leixões a 13 de abril.
2. Rolha técnica 1+1 38x24 mm – 100.000 unid. a 74,00 € o milheiro (nova tabela de preços em vigor desde 1 de março) – expedição FOB Leixões a 13 de abril.

Os certificados de conformidade alimentar seguem com a documentação de embarque.

Com os melhores cumprimentos,
Joana Pinho
Departamento Comercial – Exportação
Corticeira da Feira, Lda. | Rua da Cortiça 210, 4520-101 Santa Maria da Feira
Tel. +351 256 371 220 | NIPC 501234567 | Capital social 500.000,00 €"""
    plain = outlook_top(p, "pt", reply)
    msg = build(style="outlook", frm=("Joana Pinho", "joana.pinho@corticeirafeira.example"), to=B(p),
                date="2027-03-17 09:48:30 +0000", subject="RE: " + req_subject(p), plain=plain, seed="c058",
                mid=msgid("outlook", "c058", "eu"), lang="pt-PT", **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=chg(p, 2, unit_price="0.074"))],
                   "Prices per 'milheiro' (per 1,000): 168,00 € = 0.168, 74,00 € = 0.074 (PO 0.072). Only an FOB "
                   "shipment date (13 April) is given -> date = ship date = requested 2027-04-13.")
    case(58, "cork-stoppers-per-milheiro-fob", "confirmation", "pt-PT",
         "European Portuguese; price per 'milheiro'; FOB shipment date only", [p], msg, exp)


c058()


# --------------------------------------------------------------------------
# 059  de  de-icing salt in December: split with 'KW 2' of the next year
# --------------------------------------------------------------------------
def c059():
    s = sup("SALZKONTOR", "Salzkontor Nord GmbH", "dispo@salzkontor-nord.example", "de-DE")
    p = po("4500029944", s, "weber", "EUR", "2026-12-07", [
        ("STREU-25", "Streusalz (Auftausalz), Sack 25 kg", 2400, "BAG", "6.90", "2026-12-18"),
        ("SPLITT-2-5-BB", "Streusplitt 2-5 mm, BigBag 1 t", 10, "EA", "118.00", "2026-12-18"),
    ])
    check_wd("2026-12-11", 4)
    reply = """Moin Herr Weber,

danke für die Bestellung 4500029944. Nach dem Wintereinbruch ist die Nachfrage enorm, daher können wir wie folgt liefern:

- Streusalz: 1.200 Sack noch diese Woche am Freitag, 11.12., die restlichen 1.200 Sack in KW 2. Preis bleibt bei 6,90 €/Sack.
- Streusplitt: alle 10 BigBags ebenfalls am Freitag, 11.12., zu 118,00 €/BigBag.

Bitte beachten: Zwischen dem 23.12. und dem 03.01. ist unser Lager geschlossen.

Schöne Grüße aus Hamburg
Ole Jensen
Disposition
Salzkontor Nord GmbH · Kattwykdamm 12 · 21107 Hamburg · Tel. 040 752 18-0"""
    plain = outlook_top(p, "de", reply)
    msg = build(style="outlook", frm=("Ole Jensen", "o.jensen@salzkontor-nord.example"), to=B(p),
                date="2026-12-08 15:20:09 +0100", subject="AW: " + req_subject(p), plain=plain, seed="c059",
                mid=msgid("outlook", "c059", "eu"), lang="de-DE", **reply_refs(p))
    exp = exp_conf([conf(p,
                         l1=chg(p, 1, date=kw(2027, 2), schedule=[(1200, "2026-12-11"), (1200, kw(2027, 2))]),
                         l2=chg(p, 2, date="2026-12-11"))],
                   "Mail of 2026-12-08. 'Freitag, 11.12.' -> 2026-12-11. 'KW 2' has no year; the next week 2 "
                   "after the mail date is in 2027 -> Fri 2027-01-15. Warehouse closure 23.12.-03.01. is not a "
                   "delivery date.")
    case(59, "deicing-salt-kw2-year-rollover", "confirmation", "de-DE",
         "December mail, split with 'KW 2' that falls in the next year; warehouse-closure dates distractor", [p], msg, exp)


c059()


# --------------------------------------------------------------------------
# 060  en-IE  builders' merchant, iPhone, 'Thursday morning'
# --------------------------------------------------------------------------
def c060():
    s = sup("MCGRATH-BP", "McGrath Builders Providers Ltd", "sales@mcgrathbp.example", "en-IE")
    p = po("4500031870", s, "oneill", "EUR", "2027-04-06", [
        ("BLK-SOLID-100", "Concrete block 100 mm solid", 1440, "EA", "1.45", "2027-04-08"),
        ("CEM-CEMII-25", "Cement CEM II 25 kg bag", 80, "BAG", "8.20", "2027-04-08"),
        ("SAND-PLAST-BB", "Plastering sand, bulk bag approx. 0.85 t", 6, "EA", "62.00", "2027-04-08"),
    ], req_tz="+0100")
    check_wd("2027-04-06", 1)
    check_wd("2027-04-08", 3)
    d = p["_req_dt"]
    reply = """All grand Siobhan, confirmed as per your PO, we'll drop it out Thursday morning.

Declan

Sent from my iPhone"""
    plain = f"{reply}\n\n> On {d.day} Apr 2027, at {d.strftime('%H:%M')}, {p['buyer']['name']} <{p['buyer']['email']}> wrote:\n>\n{quote(req_text(p))}\n"
    msg = build(style="apple", frm=("Declan McGrath", "declan@mcgrathbp.example"), to=B(p),
                date="2027-04-06 18:50:11 +0100", subject="Re: " + req_subject(p), plain=plain, seed="c060",
                mid=msgid("apple", "c060", "mcgrathbp.example"), client="apple", extra=[("iphone", "1")],
                **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2), l3=acc(p, 3))],
                   "Irish colloquial one-liner from an iPhone: 'confirmed as per your PO', 'Thursday morning' "
                   "from Tue 2027-04-06 -> Thu 2027-04-08 = requested.")
    case(60, "builders-merchant-iphone-thursday", "confirmation", "en-IE",
         "iPhone one-liner 'All grand ... drop it out Thursday morning'", [p], msg, exp)


c060()


# --------------------------------------------------------------------------
# 061  en-US  reagents: acknowledgment as CSV attachment with lot/expiry columns
# --------------------------------------------------------------------------
def c061():
    s = sup("PACIFIC-REAGENTS", "Pacific Reagents Corp.", "customerservice@pacificreagents.example", "en-US")
    p = po("4500031810", s, "morgan", "USD", "2027-03-22", [
        ("PR-TRIS-1KG", "Tris base, molecular biology grade, 1 kg", 12, "EA", "142.00", "2027-04-01"),
        ("PR-EDTA-500", "EDTA disodium salt dihydrate, 500 g", 10, "EA", "58.50", "2027-04-01"),
        ("PR-AGAR-LB-500", "LB agar (Miller), 500 g", 8, "EA", "96.00", "2027-04-01"),
        ("PR-ETOH-4L", "Ethanol 200 proof, ACS grade, 4 L", 6, "EA", "189.00", "2027-04-01"),
    ], req_tz="-0500")
    rows = [
        ["PO Number", "PO Line", "Item", "Description", "Qty Ordered", "Qty Confirmed", "UOM", "Unit Price",
         "Ship Date", "Est Delivery", "Lot", "Expiry"],
        ["4500031810", "1", "PR-TRIS-1KG", "Tris base, mol bio grade, 1 kg", "12", "12", "EA", "142.00",
         "03/30/2027", "04/01/2027", "TB2703A", "03/31/2030"],
        ["4500031810", "2", "PR-EDTA-500", "EDTA disodium salt dihydrate, 500 g", "10", "10", "EA", "58.50",
         "03/30/2027", "04/01/2027", "ED2611C", "11/30/2029"],
        ["4500031810", "3", "PR-AGAR-LB-500", "LB agar (Miller), 500 g", "8", "8", "EA", "99.00",
         "03/30/2027", "04/01/2027", "LB2702B", "02/28/2029"],
        ["4500031810", "4", "PR-ETOH-4L", "Ethanol 200 proof, ACS, 4 L", "6", "6", "EA", "189.00",
         "04/06/2027", "04/09/2027", "", ""],
    ]
    buf = io.StringIO()
    import csv
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    csv_bytes = buf.getvalue().encode("utf-8")
    body = """Hello Ryan,

Please find attached the order acknowledgment for PO 4500031810 (our SO 88120417).

Please note line 4: ethanol 200 proof is hazmat and ships separately by ground freight; estimated delivery 04/09/2027. Everything else ships 03/30/2027 via FedEx 2Day, est. delivery 04/01/2027.

Regards,

Alicia Romero
Customer Service Representative
Pacific Reagents Corp. | 9950 Scripps Lake Dr, San Diego, CA 92131
Phone (858) 555-0176 | Fax (858) 555-0177"""
    plain = f"{body}\n\n{'_' * 32}\n{outlook_hdr('en-US', req_from(p), p['_req_dt'], sup_to(p), req_subject(p))}\n\n{req_text(p)}"
    msg = build(style="outlook", frm=("Alicia Romero", "aromero@pacificreagents.example"), to=B(p),
                date="2027-03-23 11:02:46 -0700", subject="RE: " + req_subject(p), plain=plain, seed="c061",
                mid=msgid("outlook", "c061", "us"), lang="en-US",
                attachments=[attachment(csv_bytes, "text/csv", "ACK_4500031810_SO88120417.csv")], **reply_refs(p))
    exp = exp_conf([conf(p, l1=acc(p, 1), l2=acc(p, 2), l3=chg(p, 3, unit_price="99.00"),
                         l4=chg(p, 4, date="2027-04-09"))],
                   "Details are in the CSV: ship date and estimated delivery per line (delivery wins). Lines 1-2 "
                   "arrive 04/01/2027 = requested; line 3 at 99.00 instead of 96.00; line 4 (hazmat, ground) "
                   "arrives 04/09/2027. Lot expiry dates (2029/2030) are not delivery dates. US month-first.")
    case(61, "reagents-csv-acknowledgment-lot-expiry", "confirmation", "en-US",
         "CSV acknowledgment attachment with ship/est. delivery/lot/expiry columns; price and date changes", [p], msg, exp)


c061()


# ==========================================================================
# non-confirmations: needs_review
# ==========================================================================

# --------------------------------------------------------------------------
# 062  English by a Chinese supplier: qty/price OK, delivery '35 days after deposit'
# --------------------------------------------------------------------------
def c062():
    s = sup("GREENLEAF", "Ningbo Greenleaf Garden Tools Co., Ltd.", "export@greenleaf-tools.example", "zh-CN")
    p = po("4500031858", s, "morgan", "USD", "2027-04-01", [
        ("GT-PRUNER-8", "Bypass pruner 8\", SK5 blade, TPR handle", 3000, "EA", "2.85", "2027-05-14"),
        ("GT-NOZZLE-8P", "Hose nozzle, 8 patterns, zinc alloy", 2000, "EA", "1.95", "2027-05-14"),
    ], req_tz="-0500")
    reply = """Dear Ryan,

Thanks for your PO 4500031858. Price and quantity is OK for us.

Please find attached our PI No. GL20270402 for your checking. Delivery time is 35 days after receiving your 30% deposit, so please arrange the deposit as soon as possible, then we can book the production line.

Waiting for your reply.

Best regards
Sunny Chen
Export Dept.
Ningbo Greenleaf Garden Tools Co., Ltd.
Tel: +86-574-8822 6610  Fax: +86-574-8822 6611
WhatsApp/WeChat: +86 135 8671 0923"""
    pdf = make_pdf([
        "#PROFORMA INVOICE",
        "*Ningbo Greenleaf Garden Tools Co., Ltd.",
        "No. 66 Binhai 2nd Road, Hangzhou Bay New Zone, Ningbo, Zhejiang, China",
        "",
        [(50, "PI No.: GL20270402"), (330, "Date: APR. 02, 2027")],
        [(50, "To: Halvorsen Group (Mr. Ryan Morgan)"), (330, "Your PO: 4500031858")],
        "",
        [(50, "*No."), (80, "*Description"), (320, "*Qty (pcs)"), (390, "*Unit USD"), (470, "*Amount USD")],
        [(50, "1"), (80, "Bypass pruner 8\" SK5 blade, TPR handle"), (320, "3,000"), (390, "2.85"), (470, "8,550.00")],
        [(50, "2"), (80, "Hose nozzle 8 patterns, zinc alloy"), (320, "2,000"), (390, "1.95"), (470, "3,900.00")],
        [(320, "*TOTAL"), (470, "*12,450.00")],
        "",
        "Price term: FOB Ningbo",
        "Payment: 30% T/T deposit (USD 3,735.00) in advance, balance 70% against B/L copy",
        "Delivery time: within 35 days after receipt of deposit",
        "Packing: 1 pc/blister card, 48 pcs/carton",
        "",
        "Bank: Example Bank of Ningbo, Beilun Branch   SWIFT: EXAMCNNBXXX   A/C: 0000 0000 0000 0666",
    ], title="PI GL20270402", author="Sunny Chen", creator="Microsoft Excel", when=T("2027-04-02 09:20:00 +0800"))
    hdr = (f"From: \"{p['buyer']['name']}\"<{p['buyer']['email']}>;\nDate: Thu, Apr 1, 2027 09:12 PM\n"
           f"To: \"export\"<{s['email']}>;\nSubject: {req_subject(p)}")
    plain = f"{reply}\n\n------------------ Original ------------------\n{hdr}\n\n{req_text(p)}"
    msg = build(style="foxmail", frm=("Sunny Chen", "export@greenleaf-tools.example"), to=B(p),
                date="2027-04-02 09:30:12 +0800", subject="Re: " + req_subject(p), plain=plain, seed="c062",
                mid=msgid("foxmail", "c062", "greenleaf-tools.example"), cte="base64",
                attachments=[attachment(pdf, "application/pdf", "PI GL20270402.pdf")], **reply_refs(p))
    exp = exp_kind("needs_review",
                   "Quantity and price are accepted, but the only delivery term is '35 days after receiving your "
                   "30% deposit' and no deposit has been paid; the mail asks us to act ('waiting for your "
                   "reply'). No delivery date can be derived, so a careful buyer cannot record a commitment yet.")
    case(62, "garden-tools-days-after-deposit", "needs_review", "zh-CN",
         "English by Chinese exporter: qty/price OK but delivery '35 days after deposit' + PI -> no date -> needs_review",
         [p], msg, exp)


c062()


# --------------------------------------------------------------------------
# 063  de  question back: fabric colour and cable tray option
# --------------------------------------------------------------------------
def c063():
    s = sup("SITZWERK", "Sitzwerk Objektmöbel GmbH", "innendienst@sitzwerk.example", "de-DE")
    p = po("4500031846", s, "weber", "EUR", "2027-03-23", [
        ("SW-FS-CURA", "Konferenzstuhl Freischwinger, Gestell verchromt, Bezug Stoff", 40, "EA", "219.00", "2027-04-30"),
        ("SW-KT-3212-EI", "Konferenztisch 3200x1200, Eiche furniert", 2, "EA", "2480.00", "2027-04-30"),
    ])
    reply = """Guten Morgen Herr Weber,

vielen Dank für Ihre Bestellung 4500031846.

Bevor wir den Auftrag einplanen können, benötigen wir noch zwei Angaben:
1. die Stofffarbe für die Freischwinger (Kollektion Cura, bitte Farbnummer angeben – Musterkarte anbei als Link: www.sitzwerk.example/cura),
2. ob die Konferenztische mit Elektrifizierung (Kabelwanne + Steckdosenleiste, Aufpreis 185,00 € je Tisch) geliefert werden sollen.

Die Lieferzeit beträgt derzeit ca. 5 Wochen nach Klärung aller technischen Details. Die Auftragsbestätigung erhalten Sie umgehend nach Ihrer Rückmeldung.

Mit freundlichen Grüßen

Carina Vogt
Innendienst
Sitzwerk Objektmöbel GmbH · Gewerbepark 3 · 32108 Bad Salzuflen
Tel. 05222 79 41-0 · HRB 9876 Amtsgericht Lemgo"""
    plain = outlook_top(p, "de", reply)
    msg = build(style="outlook", frm=("Carina Vogt", "c.vogt@sitzwerk.example"), to=B(p),
                date="2027-03-24 08:50:31 +0100", subject="AW: " + req_subject(p), plain=plain, seed="c063",
                mid=msgid("outlook", "c063", "eu"), lang="de-DE", **reply_refs(p))
    exp = exp_kind("needs_review",
                   "The supplier asks two questions (fabric colour, optional electrification at 185 € extra) "
                   "and says the order confirmation follows after our answer; lead time 'approx. 5 weeks after "
                   "clarification' is not a commitment.")
    case(63, "office-chairs-question-back", "needs_review", "de-DE",
         "questions back to the buyer (fabric colour, option); AB promised after answer", [p], msg, exp)


c063()


# --------------------------------------------------------------------------
# 064  fr  'bien reçu, nous revenons vers vous d'ici vendredi'
# --------------------------------------------------------------------------
def c064():
    s = sup("SEMENCES-VDL", "Semences & Jardins du Val de Loire SARL", "commercial@semences-valdeloire.example", "fr-FR")
    p = po("4500031622", s, "lambert", "EUR", "2027-03-08", [
        ("GAZON-SPORT-10", "Semences gazon sport et jeux, sac 10 kg", 120, "BAG", "54.00", "2027-03-26"),
        ("ENGR-NPK-25", "Engrais gazon NPK 20-5-8, sac 25 kg", 80, "BAG", "31.50", "2027-03-26"),
    ])
    reply = """Bonjour Madame Lambert,

Bien reçu votre commande 4500031622, merci.
Je vérifie les disponibilités avec notre entrepôt d'Angers et je reviens vers vous d'ici vendredi avec la confirmation des délais.

Bonne journée,

Julien Tessier
Commercial sédentaire
Semences & Jardins du Val de Loire SARL
ZA des Landes, 49800 Trélazé – Tél. 02 41 69 20 30"""
    plain = outlook_top(p, "fr", reply)
    msg = build(style="outlook", frm=("Julien Tessier", "j.tessier@semences-valdeloire.example"), to=B(p),
                date="2027-03-09 11:20:44 +0100", subject="RE: " + req_subject(p), plain=plain, seed="c064",
                mid=msgid("outlook", "c064", "eu"), lang="fr-FR", **reply_refs(p))
    exp = exp_kind("needs_review",
                   "Human acknowledgment of receipt: availability being checked, answer promised by Friday. "
                   "Nothing is committed; 'vendredi' is the date of the promised answer, not a delivery date.")
    case(64, "seeds-received-will-revert-friday", "needs_review", "fr-FR",
         "'Bien reçu ... je reviens vers vous d'ici vendredi' - receipt only, no commitment", [p], msg, exp)


c064()


# --------------------------------------------------------------------------
# 065  it  contradiction between mail body (12 April) and attached PDF (26/04)
# --------------------------------------------------------------------------
def c065():
    s = sup("ETI-VENETO", "Etichettificio Veneto S.r.l.", "commerciale@etichettificioveneto.example", "it-IT")
    p = po("4500031862", s, "greco", "EUR", "2027-03-25", [
        ("ETI-VINO-FRONT", "Etichetta vino fronte 90x120 mm, carta vergata, oro a caldo", 30000, "EA", "0.0620", "2027-04-12"),
        ("ETI-VINO-RETRO", "Retroetichetta 70x90 mm, carta vergata", 30000, "EA", "0.0280", "2027-04-12"),
    ])
    check_wd("2027-04-12", 0)
    reply = """Buongiorno Sofia,

in allegato la nostra conferma d'ordine n. 27/0815.
Consegna confermata per lunedì 12 aprile come richiesto.

Cordiali saluti,
Elena Zanin
Ufficio Commerciale
Etichettificio Veneto S.r.l. – Via dell'Artigianato 14, 31030 Dosson di Casier (TV)
Tel. +39 0422 490 211 – P.IVA 03456780264"""
    pdf = make_pdf([
        "#CONFERMA D'ORDINE N. 27/0815",
        "Etichettificio Veneto S.r.l. - Via dell'Artigianato 14 - 31030 Dosson di Casier (TV)",
        "",
        [(50, "Cliente: Halvorsen Group - Ufficio Acquisti"), (340, "Data: 26/03/2027")],
        [(50, "Vs. ordine: 4500031862 del 25/03/2027"), (340, "Pagamento: RB 60 gg d.f.f.m.")],
        "",
        [(50, "*Pos."), (85, "*Descrizione"), (300, "*Q.ta"), (360, "*Prezzo/1000"), (440, "*Data consegna")],
        [(50, "1"), (85, "Etichetta vino fronte 90x120 vergata oro"), (300, "30.000"), (360, "62,00"), (440, "26/04/2027")],
        [(50, "2"), (85, "Retroetichetta 70x90 vergata"), (300, "30.000"), (360, "28,00"), (440, "26/04/2027")],
        "",
        "Prezzi in Euro per 1000 etichette, IVA esclusa. Tolleranza quantita' +/- 10%.",
        "Bozza di stampa da approvare entro 5 giorni lavorativi dal ricevimento.",
    ], title="Conferma d'ordine 27/0815", author="Etichettificio Veneto", creator="Zucchetti Ad Hoc",
        when=T("2027-03-26 12:05:00 +0100"))
    plain = outlook_top(p, "it", reply)
    msg = build(style="outlook", frm=("Elena Zanin", "e.zanin@etichettificioveneto.example"), to=B(p),
                date="2027-03-26 12:10:19 +0100", subject="R: " + req_subject(p), plain=plain, seed="c065",
                mid=msgid("outlook", "c065", "eu"), lang="it-IT",
                attachments=[attachment(pdf, "application/pdf", "Conferma_ordine_27-0815.pdf")], **reply_refs(p))
    exp = exp_kind("needs_review",
                   "Contradiction: the mail says delivery Monday 12 April 'as requested', the attached order "
                   "confirmation says 26/04/2027 for both lines (and adds a +/-10% quantity tolerance). A careful "
                   "buyer cannot tell which date is binding.")
    case(65, "labels-body-vs-pdf-date-conflict", "needs_review", "it-IT",
         "mail body date contradicts the attached order-confirmation PDF -> needs_review", [p], msg, exp)


c065()


# --------------------------------------------------------------------------
# 066  en-GB  empty reply that only quotes our own mail (iPhone)
# --------------------------------------------------------------------------
def c066():
    s = sup("CASTLEGATE", "Castlegate Office Interiors Ltd", "sales@castlegate-interiors.example", "en-GB")
    p = po("4500031859", s, "clarke", "GBP", "2027-04-01", [
        ("CG-DESK-1400", "Bench desk 1400x800, white top, white frame", 16, "EA", "210.00", "2027-04-30"),
        ("CG-PED-3D", "Mobile pedestal, 3 drawers, lockable", 16, "EA", "98.00", "2027-04-30"),
    ], req_tz="+0100")
    d = p["_req_dt"]
    plain = (f"\n\nSent from my iPhone\n\n> On {d.day} Apr 2027, at {d.strftime('%H:%M')}, {p['buyer']['name']} "
             f"<{p['buyer']['email']}> wrote:\n>\n{quote(req_text(p))}\n")
    msg = build(style="apple", frm=("Gareth Hughes", "gareth.hughes@castlegate-interiors.example"), to=B(p),
                date="2027-04-01 17:33:02 +0100", subject="Re: " + req_subject(p), plain=plain, seed="c066",
                mid=msgid("apple", "c066", "castlegate-interiors.example"), client="apple", extra=[("iphone", "1")],
                **reply_refs(p))
    exp = exp_kind("needs_review",
                   "The reply contains no text of its own, only 'Sent from my iPhone' and our quoted request "
                   "(probably sent by mistake). The quoted quantities, prices and dates are ours and must not be "
                   "read as the supplier's commitment.")
    case(66, "office-desks-empty-reply-only-quote", "needs_review", "en-GB",
         "empty iPhone reply that only quotes our own PO text -> nothing committed", [p], msg, exp)


c066()


# --------------------------------------------------------------------------
# 067  pl  supplier's internal forward with us in Cc
# --------------------------------------------------------------------------
def c067():
    s = sup("MCPAPIER", "Mazowieckie Centrum Papieru S.A.", "zamowienia@mcpapier.example", "pl-PL")
    p = po("4500031866", s, "wrobel", "PLN", "2027-03-29", [
        ("KART-3W-B-600", "Karton klapowy 3W fala B 600x400x400 mm", 3000, "EA", "3.85", "2027-04-16"),
        ("TASMA-48-PP", "Taśma pakowa PP 48 mm x 66 m, brązowa", 720, "EA", "2.10", "2027-04-16"),
    ], req_tz="+0200")
    body = """Marek,
sprawdź proszę stany na kartonach 600x400x400 i potwierdź klientowi termin. Taśmy mamy na magazynie.
Cena wg cennika 2027 – jak będzie różnica, daj znać, to porozmawiam z klientem.

Ewa"""
    hdr = outlook_hdr("pl", req_from(p), p["_req_dt"], sup_to(p), req_subject(p))
    plain = f"{body}\n\n{'_' * 32}\n{hdr}\n\n{req_text(p)}"
    msg = build(style="outlook", frm=("Ewa Kowalczyk", "e.kowalczyk@mcpapier.example"),
                to=("Marek Nowicki", "m.nowicki@mcpapier.example"), cc=B(p), rcpt=p["buyer"]["email"],
                date="2027-03-30 08:40:55 +0200", subject="PD: " + req_subject(p), plain=plain, seed="c067",
                mid=msgid("outlook", "c067", "eu"), lang="pl-PL")
    exp = exp_kind("needs_review",
                   "Internal forward (PD:) from the supplier's order desk to a colleague, with our buyer in Cc. "
                   "It instructs the colleague to check stock and confirm to us; 'Taśmy mamy na magazynie' "
                   "(tape is in stock) is internal information, not a commitment to us.")
    case(67, "cartons-internal-forward-cc-buyer", "needs_review", "pl-PL",
         "supplier's internal forward to a colleague, buyer only in Cc; no commitment", [p], msg, exp)


c067()


# --------------------------------------------------------------------------
# 068  nl  counter-offer: cannot deliver at PO prices, asks whether to book
# --------------------------------------------------------------------------
def c068():
    s = sup("TUINHOUT", "Tuinhout Brabant B.V.", "verkoop@tuinhoutbrabant.example", "nl-NL")
    p = po("4500031853", s, "leeuwen", "EUR", "2027-03-30", [
        ("SCHERM-180-GR", "Tuinscherm grenen geïmpregneerd 180x180 cm", 120, "EA", "34.50", "2027-04-23"),
        ("PAAL-9X9-270", "Tuinpaal grenen 9x9x270 cm", 140, "EA", "11.90", "2027-04-23"),
    ], req_tz="+0200")
    reply = """Beste Sanne,

Dank voor de bestelling. Helaas kunnen we niet leveren tegen de prijzen op jullie order; die zijn nog gebaseerd op onze prijslijst 2026. Per 1 maart gelden:
- tuinscherm 180x180: € 37,90
- tuinpaal 9x9x270: € 12,95

Levering zou dan in week 16 kunnen. Laat je even weten of we het zo mogen boeken? Dan stuur ik je direct de orderbevestiging.

Groet,
Bram Verhoeven
Tuinhout Brabant B.V. | Hoogeind 12 | 5482 AB Schijndel | 073 549 22 10"""
    plain = outlook_top(p, "nl", reply)
    msg = build(style="outlook", frm=("Bram Verhoeven", "bram@tuinhoutbrabant.example"), to=B(p),
                date="2027-03-31 10:15:08 +0200", subject="RE: " + req_subject(p), plain=plain, seed="c068",
                mid=msgid("outlook", "c068", "eu"), lang="nl-NL", **reply_refs(p))
    exp = exp_kind("needs_review",
                   "Counter-offer: the supplier will not deliver at the PO prices, proposes new prices and week "
                   "16, and asks whether it may book the order that way. Nothing is committed until we agree, "
                   "so no line is confirmed or definitively rejected.")
    case(68, "garden-timber-counter-offer", "needs_review", "nl-NL",
         "counter-offer with new prices and 'mogen we zo boeken?' -> awaiting buyer decision", [p], msg, exp)


c068()


# --------------------------------------------------------------------------
# 069  en-US  'Got it, thanks!'
# --------------------------------------------------------------------------
def c069():
    s = sup("GREATLAKES", "Great Lakes Wire & Cable Inc.", "inside.sales@glwire.example", "en-US")
    p = po("4500031712", s, "morgan", "USD", "2027-03-15", [
        ("THHN-12-BLK-500", "THHN 12 AWG stranded, black, 500 ft spool", 40, "SPL", "74.00", "2027-03-31"),
        ("SO-14-3-250", "SO cord 14/3, 250 ft reel", 12, "REEL", "186.00", "2027-03-31"),
    ], req_tz="-0500")
    d = p["_req_dt"]
    plain = (f"Got it, thanks Ryan!\n\n-Mike\n\nSent from my iPhone\n\n> On {d.strftime('%b')} {d.day}, {d.year}, at "
             f"{d.strftime('%I:%M %p').lstrip('0')}, {p['buyer']['name']} <{p['buyer']['email']}> wrote:\n>\n{quote(req_text(p))}\n")
    msg = build(style="apple", frm=("Mike Kowalski", "mkowalski@glwire.example"), to=B(p),
                date="2027-03-15 09:48:27 -0500", subject="Re: " + req_subject(p), plain=plain, seed="c069",
                mid=msgid("apple", "c069", "glwire.example"), client="apple", extra=[("iphone", "1")],
                **reply_refs(p))
    exp = exp_kind("needs_review",
                   "'Got it, thanks' acknowledges receipt only; it does not confirm quantities, prices or dates.")
    case(69, "wire-got-it-thanks", "needs_review", "en-US",
         "'Got it, thanks Ryan!' from an iPhone - receipt, not confirmation", [p], msg, exp)


c069()


# --------------------------------------------------------------------------
# 070  ro  'we confirm the order' without PO number, two open POs, new thread
# --------------------------------------------------------------------------
def c070():
    s = sup("ROMCERAM", "Romceram Industries SRL", "vanzari@romceram.example", "ro-RO")
    pa = po("4500031823", s, "popescu", "EUR", "2027-03-22", [
        ("FAIANTA-2540-AL", "Faianță 25x40 albă lucioasă", 420, "M2", "11.20", "2027-04-12"),
    ], req_tz="+0200")
    pb = po("4500031838", s, "popescu", "EUR", "2027-03-24", [
        ("GRESIE-33-GRI", "Gresie 33x33 gri antiderapantă", 380, "M2", "12.60", "2027-04-14"),
    ], req_tz="+0200")
    body = """Bună ziua,

Vă confirmăm comanda, livrarea va fi pe 15 aprilie.

Mulțumim,
Ioan Dobre
Romceram Industries SRL
Tel. 0251 415 300"""
    msg = build(style="generic", frm=("Ioan Dobre", "ioan.dobre@romceram.example"), to=B(pa),
                date="2027-03-25 09:12:40 +0200", subject="Confirmare comandă", plain=body, seed="c070",
                mid=msgid("uuid", "c070", "romceram.example"), client="thunderbird", lang="ro", auto_html=False)
    exp = exp_kind("needs_review",
                   "Two POs are open with this supplier (4500031823 wall tiles, 4500031838 floor tiles). The mail "
                   "is a new thread without In-Reply-To, names no PO, product or quantity, and the date 15 April "
                   "matches neither need-by date. It cannot be assigned to a PO with confidence.")
    case(70, "tiles-confirm-without-po-two-open", "needs_review", "ro-RO",
         "'Vă confirmăm comanda' without PO number while two POs are open; no threading headers", [pa, pb], msg, exp)


c070()


# --------------------------------------------------------------------------
# 071  de  cable: price and date only after copper price fixing
# --------------------------------------------------------------------------
def c071():
    s = sup("HANSA-KABEL", "Hansa Kabelhandel GmbH & Co. KG", "vertrieb@hansa-kabel.example", "de-DE")
    p = po("4500031872", s, "weber", "EUR", "2027-04-06", [
        ("NYY-J-4X95", "NYY-J 4x95 SE 0,6/1 kV, Trommel, Preis inkl. Cu-Zuschlag", 600, "M", "38.40", "2027-04-30"),
        ("NYY-J-4X50", "NYY-J 4x50 SE 0,6/1 kV, Trommel, Preis inkl. Cu-Zuschlag", 400, "M", "21.10", "2027-04-30"),
    ], req_tz="+0200")
    reply = """Sehr geehrter Herr Weber,

vielen Dank für Ihre Bestellung 4500031872.

Die Großquerschnitte werden bei uns auftragsbezogen gefertigt. Preis und Liefertermin können wir Ihnen daher erst nach der Kupferfixierung am Donnerstag verbindlich bestätigen.

Bitte teilen Sie uns bis dahin mit, ob Sie Einweg- oder Leihtrommeln wünschen.

Mit freundlichen Grüßen

i. A. Jens Petersen
Vertriebsinnendienst Kabel
Hansa Kabelhandel GmbH & Co. KG · Billbrookdeich 210 · 22113 Hamburg
Tel. +49 40 731 19-240"""
    plain = f"{reply}\n\n\n\n{lotus_hdr(p)}\n\n{req_text(p)}"
    msg = build(style="lotus", frm=("Jens Petersen", "jens.petersen@hansa-kabel.example"), to=B(p),
                date="2027-04-06 15:12:03 +0200", subject="Antwort: " + req_subject(p), plain=plain,
                seed="c071", mid=msgid("lotus", "c071", "hansa-kabel.example"), charset="iso-8859-1",
                **reply_refs(p))
    exp = exp_kind("needs_review",
                   "Price and delivery date will only be confirmed after the copper price fixing on Thursday; "
                   "the supplier also asks a question (disposable or returnable drums). No commitment yet.")
    case(71, "cable-waiting-for-copper-fixing", "needs_review", "de-DE",
         "Lotus Notes; price/date only after copper fixing on Thursday + question -> needs_review", [p], msg, exp)


c071()


# ==========================================================================
# non-confirmations: auto replies
# ==========================================================================

def auto_headers(extra=()):
    return [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")] + list(extra)


# --------------------------------------------------------------------------
# 072  de-AT  Exchange out-of-office with return date and deputy
# --------------------------------------------------------------------------
def c072():
    s = sup("AROMA-STEINER", "Aromahaus Steiner GmbH", "b.hofer@aromahaus-steiner.example", "de-AT")
    p = po("4500031905", s, "pichler", "EUR", "2027-03-15", [
        ("FL-VAN-NAT", "Vanillearoma natürlich, Kanister 20 kg", 100, "KG", "18.40", "2027-04-06"),
        ("FL-HAZ-NAT", "Haselnussaroma natürlich, Kanister 10 kg", 40, "KG", "26.90", "2027-04-06"),
    ])
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 19.03.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unseren Innendienst unter verkauf@aromahaus-steiner.example oder +43 1 769 42 10-0.

Mit freundlichen Grüßen
Birgit Hofer
Aromahaus Steiner GmbH"""
    check_wd("2027-03-19", 4)
    msg = build(style="outlook", frm=("Birgit Hofer", "b.hofer@aromahaus-steiner.example"), to=B(p),
                date="2027-03-15 08:12:09 +0100", subject="Automatische Antwort: " + req_subject(p, "de"),
                plain=body, seed="c072", mid=msgid("outlook", "c072", "eu"), lang="de-AT",
                extra=auto_headers([("X-MS-Exchange-Inbox-Rules-Loop", "b.hofer@aromahaus-steiner.example")]),
                **reply_refs(p))
    exp = exp_kind("auto_reply",
                   "Exchange out-of-office (Auto-Submitted: auto-replied). The return date 19.03.2027 is not a "
                   "delivery date.")
    case(72, "flavours-out-of-office-return-date", "auto_reply", "de-AT",
         "Exchange OOF 'Automatische Antwort' with return date and deputy address", [p], msg, exp)


c072()


# --------------------------------------------------------------------------
# 073  fr  out-of-office 'absente jusqu'au lundi 12 avril inclus'
# --------------------------------------------------------------------------
def c073():
    s = sup("ROUSSEL", "Imprimerie Roussel SAS", "s.morel@imprimerie-roussel.example", "fr-FR")
    p = po("4500031899", s, "lambert", "EUR", "2027-04-02", [
        ("DEP-A4-3V", "Dépliant A4 3 volets, couché mat 135 g", 10000, "EA", "0.094", "2027-04-30"),
    ], req_tz="+0200")
    check_wd("2027-04-12", 0)
    body = """Bonjour,

Je suis absente du bureau jusqu'au lundi 12 avril inclus, avec un accès limité à ma messagerie.
Pour toute demande concernant une commande en cours, merci de contacter l'ADV : adv@imprimerie-roussel.example – 04 78 20 41 90.

Cordialement,
Sandrine Morel"""
    msg = build(style="outlook", frm=("Sandrine Morel", "s.morel@imprimerie-roussel.example"), to=B(p),
                date="2027-04-02 08:12:14 +0200", subject="Réponse automatique : " + req_subject(p), plain=body,
                seed="c073", mid=msgid("outlook", "c073", "eu"), lang="fr-FR", extra=auto_headers(),
                **reply_refs(p))
    exp = exp_kind("auto_reply", "French out-of-office; 'lundi 12 avril' is the return date, not a delivery date.")
    case(73, "printing-out-of-office-french", "auto_reply", "fr-FR",
         "'Réponse automatique' out-of-office with return weekday/date", [p], msg, exp)


c073()


# --------------------------------------------------------------------------
# 074  ja  automatic reply: on business trip until 3月29日（月）
# --------------------------------------------------------------------------
def c074():
    s = sup("KANTO-LABO", "関東ラボサプライ株式会社", "k-sato@kanto-labo.example", "ja-JP")
    p = po("4500031869", s, "tanaka", "JPY", "2027-03-24", [
        ("PIP-1000-ST", "ピペットチップ 1000μL 滅菌 ラック入", 30, "PK", "5200", "2027-04-09"),
    ], req_tz="+0900")
    check_wd("2027-03-29", 0)
    body = """【自動返信】

いつもお世話になっております。
関東ラボサプライの佐藤でございます。

誠に申し訳ございませんが、出張のため3月29日（月）まで不在にしております。
期間中はメールの確認が遅れる場合がございます。
お急ぎのご用件は、営業部（order@kanto-labo.example／03-3812-4470）までご連絡ください。

何卒よろしくお願い申し上げます。"""
    msg = build(style="outlook", frm=("佐藤 健一", "k-sato@kanto-labo.example"), to=B(p),
                date="2027-03-24 08:12:20 +0900", subject="自動応答: " + req_subject(p), plain=body, seed="c074",
                mid=msgid("outlook", "c074", "ap"), lang="ja-JP", charset="iso-2022-jp", cte="7bit",
                auto_html=False, extra=auto_headers(), **reply_refs(p))
    exp = exp_kind("auto_reply", "Japanese automatic reply (自動応答, business trip until 3月29日（月）).")
    case(74, "lab-japanese-auto-reply-business-trip", "auto_reply", "ja-JP",
         "Japanese ISO-2022-JP auto-reply '出張のため3月29日（月）まで不在'", [p], msg, exp)


c074()


# --------------------------------------------------------------------------
# 075  en-US  helpdesk automatic acknowledgment (ticket opened, status Open)
# --------------------------------------------------------------------------
def c075():
    s = sup("BRIGHTSMILE", "BrightSmile Dental Supply Inc.", "orders@brightsmile-dental.example", "en-US")
    p = po("4500031920", s, "morgan", "USD", "2027-04-05", [
        ("COMP-A2-4G", "Composite syringe A2, 4 g", 60, "EA", "18.90", "2027-04-16"),
        ("BOND-UNI-5ML", "Universal bonding agent, 5 ml", 24, "EA", "64.00", "2027-04-16"),
    ], req_tz="-0500")
    body = """##- Please type your reply above this line -##

Hi Ryan,

Thank you for contacting BrightSmile Customer Care. This is an automated response confirming that we have received your request.

Ticket #48311: Purchase order 4500031920 - please confirm
Status: Open
Priority: Normal

A member of our team will respond within 1 business day (Mon-Fri 7:00 AM - 6:00 PM CST). Please do not change the subject line when replying so that your message is added to this ticket.

BrightSmile Customer Care
1-800-555-0142

--------------------------------
This email is a service from BrightSmile Customer Care. [9RV2K7-P1D4]"""
    msg = build(style="ticket", frm=("BrightSmile Customer Care", "support@brightsmile-dental.example"), to=B(p),
                date="2027-04-05 07:12:31 -0500", subject="[BrightSmile] Request received: " + req_subject(p),
                plain=body, seed="c075", mid=f"<{H('c075', n=14).upper()}_{H('c075b', n=8)}@sortinghat.brightsmile-dental.example>",
                client="ticket", mta="outbound.mailer.helpdesk.example", ip="192.0.2.88",
                envelope_from="bounces+48311@brightsmile-dental.example",
                extra=[("X-Mailer", "Zendesk Mailer"), ("Auto-Submitted", "auto-generated"),
                       ("Reply-To", "BrightSmile Customer Care <support+id48311@brightsmile-dental.example>")],
                **reply_refs(p))
    exp = exp_kind("auto_reply",
                   "Automatic helpdesk acknowledgment (ticket created, status Open, 'automated response'); no "
                   "human answer and no commitment.")
    case(75, "dental-helpdesk-auto-ack-ticket-open", "auto_reply", "en-US",
         "helpdesk auto-acknowledgment with ticket number and 'Status: Open'", [p], msg, exp)


c075()


# --------------------------------------------------------------------------
# 076  sv  'this mailbox is no longer in use' auto reply
# --------------------------------------------------------------------------
def c076():
    s = sup("VETMEDIC", "Vetmedic Nordic AB", "bestallning@vetmedic-nordic.example", "sv-SE")
    p = po("4500031901", s, "eriksson", "SEK", "2027-03-29", [
        ("VET-GLV-M", "Undersökningshandskar nitril M, ask à 100", 60, "BX", "79.00", "2027-04-16"),
    ], req_tz="+0200")
    body = """Hej,

Denna e-postadress används inte längre. Från och med 1 mars 2027 ska alla beställningar skickas till order@vetmedic-nordic.example.

Ditt meddelande har INTE vidarebefordrats. Vänligen skicka det igen till rätt adress.

Med vänliga hälsningar
Vetmedic Nordic AB
Kundtjänst 018-480 22 10"""
    msg = build(style="generic", frm=("Vetmedic Nordic AB", "bestallning@vetmedic-nordic.example"), to=B(p),
                date="2027-03-29 08:12:40 +0200", subject="Autosvar: " + req_subject(p), plain=body, seed="c076",
                mid=msgid("uuid", "c076", "vetmedic-nordic.example"), client="generic", auto_html=False,
                charset="utf-8", extra=auto_headers([("Precedence", "auto_reply")]), **reply_refs(p))
    exp = exp_kind("auto_reply",
                   "Automatic 'address no longer in use, resend to order@...' reply; our message was not forwarded.")
    case(76, "vet-mailbox-no-longer-used", "auto_reply", "sv-SE",
         "auto-reply: mailbox no longer used, message not forwarded, new address given", [p], msg, exp)


c076()


# --------------------------------------------------------------------------
# 077  cs  read receipt (MDN, multipart/report disposition-notification)
# --------------------------------------------------------------------------
def c077():
    s = sup("CEMSTAV", "CEMSTAV stavebniny s.r.o.", "dvorak@cemstav.example", "cs-CZ")
    p = po("4500031852", s, "novakova", "CZK", "2027-03-22", [
        ("CEM-II-32R-25", "Cement CEM II/B-M 32,5 R, pytel 25 kg", 800, "BAG", "142.50", "2027-04-01"),
    ])
    text = f"""Vaše zpráva

  Komu: Pavel Dvořák
  Předmět: {req_subject(p)}
  Odesláno: pondělí 22. března 2027 8:12

byla přečtena dne pondělí 22. března 2027 9:03."""
    check_wd("2027-03-22", 0)
    root = MIMEMultipart("report", boundary=boundary("c077", "report"), report_type="disposition-notification")
    del root["MIME-Version"]
    root.attach(text_part(text, "plain", "utf-8", "quoted-printable"))
    dn = Message()
    dn["Content-Type"] = "message/disposition-notification"
    blk = Message()
    blk["Reporting-UA"] = "mail.cemstav.example; Microsoft Outlook 16.0"
    blk["Final-Recipient"] = "rfc822;dvorak@cemstav.example"
    blk["Original-Message-ID"] = p["request_message_id"]
    blk["Disposition"] = "manual-action/MDN-sent-automatically; displayed"
    dn.set_payload([blk])
    root.attach(dn)
    hs = headers_for(frm=("Pavel Dvořák", "dvorak@cemstav.example"), to=B(p), subject="Přečteno: " + req_subject(p),
                     date=T("2027-03-22 09:03:12 +0100"), mid=msgid("outlook", "c077", "eu"), client="outlook",
                     lang="cs-CZ", irt=p["request_message_id"], refs=[p["request_message_id"]])
    msg = to_bytes(finalize(root, hs))
    exp = exp_kind("auto_reply",
                   "Read receipt (MDN, multipart/report; report-type=disposition-notification) - an automatic "
                   "notice that our mail was displayed, no answer about the order.")
    case(77, "cement-read-receipt-mdn", "auto_reply", "cs-CZ",
         "Outlook read receipt 'Přečteno:' as multipart/report disposition-notification", [p], msg, exp)


c077()


# --------------------------------------------------------------------------
# 078  zh-CN  Chinese New Year holiday auto-reply
# --------------------------------------------------------------------------
def c078():
    s = sup("XIANGYUAN", "上海香源香精香料有限公司", "wanglj@xiangyuan-flavor.example", "zh-CN")
    p = po("4500031244", s, "chen", "CNY", "2027-02-08", [
        ("FL-MILK-CN", "牛奶香精 (Milk flavour) 25kg/桶", 300, "KG", "68.00", "2027-02-26"),
    ], req_tz="+0800")
    check_wd("2027-02-18", 3)
    body = """您好！

我司春节放假时间为2027年2月4日至2月17日，2月18日（星期四）正式上班。假期期间邮件无法及时回复，敬请谅解。
紧急事务请联系：139 1827 6604（王丽娟）。

祝您新春快乐，万事如意！

Dear customer,
Our office is closed for the Chinese New Year holiday from Feb 4 to Feb 17, 2027. We will reply to your email after we are back on Feb 18. Happy New Year!

上海香源香精香料有限公司"""
    msg = build(style="foxmail", frm=("王丽娟", "wanglj@xiangyuan-flavor.example"), to=B(p),
                date="2027-02-08 08:12:30 +0800", subject="自动回复: " + req_subject(p), plain=body, seed="c078",
                mid=msgid("foxmail", "c078", "xiangyuan-flavor.example"), charset="gb18030", cte="base64",
                extra=auto_headers(), **reply_refs(p))
    exp = exp_kind("auto_reply",
                   "Chinese New Year holiday auto-reply (自动回复); dates are the office closure, not delivery.")
    case(78, "flavours-chinese-new-year-auto-reply", "auto_reply", "zh-CN",
         "bilingual Chinese New Year holiday auto-reply with closure dates", [p], msg, exp)


c078()


# ==========================================================================
# non-confirmations: bounces
# ==========================================================================

# --------------------------------------------------------------------------
# 079  Exchange Online NDR: recipient not found
# --------------------------------------------------------------------------
def c079():
    s = sup("ASHDOWN", "Ashdown Board & Packaging Ltd", "tom.whitfield@ashdownboard.example", "en-GB")
    p = po("4500031874", s, "clarke", "GBP", "2027-04-06", [
        ("SBS-300-B1", "SBS board 300 gsm, B1 (700x1000 mm)", 8000, "SHT", "0.356", "2027-04-21"),
    ], req_tz="+0100")
    orig = req_message(p, contact="Tom")
    text = f"""Your message to tom.whitfield@ashdownboard.example couldn't be delivered.

tom.whitfield wasn't found at ashdownboard.example.

emma.clarke     Office 365     tom.whitfield
Action Required                Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact your helpdesk.

More Info for Email Admins
Status code: 550 5.1.10

Original Message Details
Created Date:     {format_datetime(p['_req_dt'])}
Sender Address:   emma.clarke@{HG}
Recipient Address: tom.whitfield@ashdownboard.example
Subject:          {req_subject(p)}

Error Details
Reported error:   550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient tom.whitfield@ashdownboard.example not found by SMTP address lookup
DSN generated by: LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM
Remote server:    mail.ashdownboard.example"""
    arr = format_datetime(p["_req_dt"] + dt.timedelta(seconds=3))
    root = dsn(text, [("Reporting-MTA", "dns;LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM"),
                      ("Received-From-MTA", "dns;LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM"),
                      ("Arrival-Date", arr)],
               [[("Original-Recipient", "rfc822;tom.whitfield@ashdownboard.example"),
                 ("Final-Recipient", "rfc822;tom.whitfield@ashdownboard.example"),
                 ("Action", "failed"), ("Status", "5.1.10"),
                 ("Remote-MTA", "dns;mail.ashdownboard.example"),
                 ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")]],
               orig, "c079")
    hs = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@halvorsen-group.example>"),
          ("To", fmt_addr(*B(p))), ("Date", format_datetime(p["_req_dt"] + dt.timedelta(seconds=9))),
          ("Subject", "Undeliverable: " + req_subject(p)),
          ("Message-ID", f"<{H('c079', n=32).upper()}@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM>"),
          ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
          ("Thread-Topic", req_subject(p)), ("Auto-Submitted", "auto-replied"),
          ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")]
    msg = to_bytes(finalize(root, hs))
    exp = exp_kind("bounce", "Exchange Online non-delivery report (550 5.1.10 recipient not found) with our "
                             "original request attached as message/rfc822; the quoted PO data is ours.")
    case(79, "board-exchange-ndr-recipient-not-found", "bounce", "en-GB",
         "Exchange Online NDR 'Undeliverable:' 5.1.10, original attached as message/rfc822", [p], msg, exp)


c079()


# --------------------------------------------------------------------------
# 080  Postfix bounce: user unknown, headers-only return (text/rfc822-headers)
# --------------------------------------------------------------------------
def c080():
    s = sup("STALBUD", "Stalbud Dystrybucja Sp. z o.o.", "a.zielinska@stalbud.example", "pl-PL")
    p = po("4500031876", s, "wrobel", "PLN", "2027-04-07", [
        ("PR-B500SP-10", "Pręt żebrowany B500SP fi 10 mm, L=12 m", 12, "T", "3480.00", "2027-04-19"),
    ], req_tz="+0200")
    orig = req_message(p)
    qid = "4F2B81C3A7"
    text = f"""This is the mail system at host mx1.{HG}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<a.zielinska@stalbud.example>: host mail.stalbud.example[203.0.113.60] said:
    550 5.1.1 <a.zielinska@stalbud.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)"""
    root = dsn(text, [("Reporting-MTA", f"dns; mx1.{HG}"), ("X-Postfix-Queue-ID", qid),
                      ("X-Postfix-Sender", f"rfc822; {p['buyer']['email']}"),
                      ("Arrival-Date", format_datetime(p["_req_dt"] + dt.timedelta(seconds=1)))],
               [[("Final-Recipient", "rfc822; a.zielinska@stalbud.example"),
                 ("Original-Recipient", "rfc822;a.zielinska@stalbud.example"),
                 ("Action", "failed"), ("Status", "5.1.1"),
                 ("Remote-MTA", "dns; mail.stalbud.example"),
                 ("Diagnostic-Code", "smtp; 550 5.1.1 <a.zielinska@stalbud.example>: Recipient address rejected: User unknown in virtual mailbox table")]],
               orig, "c080", headers_only=True)
    hs = [("Return-Path", "<>"),
          ("Received", f"by mx1.{HG} (Postfix)\n\tid 5A1C2D09B4; {format_datetime(cet(p['_req_dt'] + dt.timedelta(seconds=4)))}"),
          ("Date", format_datetime(cet(p["_req_dt"] + dt.timedelta(seconds=4)))),
          ("From", f"MAILER-DAEMON@mx1.{HG} (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("To", p["buyer"]["email"]), ("Auto-Submitted", "auto-replied"),
          ("Message-Id", f"<20270407061205.5A1C2D09B4@mx1.{HG}>")]
    msg = to_bytes(finalize(root, hs))
    exp = exp_kind("bounce", "Postfix DSN (550 5.1.1 user unknown); only the headers of our message are returned.")
    case(80, "rebar-postfix-bounce-user-unknown", "bounce", "pl-PL",
         "Postfix 'Undelivered Mail Returned to Sender', text/rfc822-headers", [p], msg, exp)


c080()


# --------------------------------------------------------------------------
# 081  Exim bounce from the supplier's provider: mailbox full
# --------------------------------------------------------------------------
def c081():
    s = sup("BIOMUEHLE", "Biomühle Waldviertel GmbH", "office@biomuehle-waldviertel.example", "de-AT")
    p = po("4500031883", s, "pichler", "EUR", "2027-04-07", [
        ("MEHL-ROGGEN-960", "Roggenmehl Type 960, bio, Sack 25 kg", 1000, "KG", "1.12", "2027-04-26"),
    ], req_tz="+0200")
    orig = req_message(p, "de")
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  office@biomuehle-waldviertel.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------"""
    root = dsn(text, [("Reporting-MTA", "dns; mx01.mailhost-provider.example")],
               [[("Action", "failed"), ("Final-Recipient", "rfc822;office@biomuehle-waldviertel.example"),
                 ("Status", "5.2.2"), ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full (quota exceeded)")]],
               orig, "c081")
    when = p["_req_dt"] + dt.timedelta(hours=4, minutes=2)
    hs = [("Return-Path", "<>"),
          ("Received", received("mx01.mailhost-provider.example", "203.0.113.99", when, p["buyer"]["email"])),
          ("From", "Mail Delivery System <Mailer-Daemon@mx01.mailhost-provider.example>"),
          ("To", p["buyer"]["email"]), ("Subject", "Mail delivery failed: returning message to sender"),
          ("Message-Id", f"<E1q{H('c081', n=6)}-000A1b-2C@mx01.mailhost-provider.example>"),
          ("Date", format_datetime(when)), ("Auto-Submitted", "auto-replied"),
          ("X-Failed-Recipients", "office@biomuehle-waldviertel.example")]
    msg = to_bytes(finalize(root, hs))
    exp = exp_kind("bounce", "Exim DSN from the supplier's mail provider: mailbox full (5.2.2); our German request "
                             "is attached.")
    case(81, "flour-exim-bounce-mailbox-full", "bounce", "de-AT",
         "Exim 'Mail delivery failed' (mailbox full 5.2.2), X-Failed-Recipients", [p], msg, exp)


c081()


# --------------------------------------------------------------------------
# 082  Postfix delay warning (Action: delayed)
# --------------------------------------------------------------------------
def c082():
    s = sup("HONGSHENG", "宏昇禮品股份有限公司", "service@hongsheng-gifts.example", "zh-TW")
    p = po("4500031884", s, "lin", "TWD", "2027-04-07", [
        ("PB-10000-LOGO", "行動電源 10000mAh 印LOGO", 500, "EA", "420", "2027-05-03"),
    ], req_tz="+0800")
    orig = req_message(p)
    text = f"""This is the mail system at host mx1.{HG}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<service@hongsheng-gifts.example>: connect to
    mail.hongsheng-gifts.example[203.0.113.77]:25: Connection timed out"""
    when = cet(p["_req_dt"] + dt.timedelta(hours=4, minutes=11))
    root = dsn(text, [("Reporting-MTA", f"dns; mx1.{HG}"), ("X-Postfix-Queue-ID", "7C1E40A2F9"),
                      ("X-Postfix-Sender", f"rfc822; {p['buyer']['email']}"),
                      ("Arrival-Date", format_datetime(cet(p["_req_dt"] + dt.timedelta(seconds=2))))],
               [[("Final-Recipient", "rfc822; service@hongsheng-gifts.example"),
                 ("Original-Recipient", "rfc822;service@hongsheng-gifts.example"),
                 ("Action", "delayed"), ("Status", "4.4.1"),
                 ("Diagnostic-Code", "X-Postfix; connect to mail.hongsheng-gifts.example[203.0.113.77]:25: Connection timed out"),
                 ("Will-Retry-Until", format_datetime(cet(p["_req_dt"] + dt.timedelta(days=5))))]],
               orig, "c082", headers_only=True)
    hs = [("Return-Path", "<>"), ("Date", format_datetime(when)),
          ("From", f"MAILER-DAEMON@mx1.{HG} (Mail Delivery System)"),
          ("Subject", "Delayed Mail (still being retried)"), ("To", p["buyer"]["email"]),
          ("Auto-Submitted", "auto-replied"), ("Message-Id", f"<20270407054312.9D3E10B7C1@mx1.{HG}>")]
    msg = to_bytes(finalize(root, hs))
    exp = exp_kind("bounce", "Delivery status notification of type 'delayed' (4.4.1, still being retried) - a DSN, "
                             "not an answer from the supplier.")
    case(82, "promo-postfix-delay-warning", "bounce", "zh-TW",
         "Postfix delay DSN (Action: delayed, 4.4.1) - warning only", [p], msg, exp)


c082()


# ==========================================================================
# non-confirmations: unrelated mail from the same suppliers
# ==========================================================================

# --------------------------------------------------------------------------
# 083  de-AT  invoice for an older, already delivered PO
# --------------------------------------------------------------------------
def c083():
    s = sup("AROMA-STEINER", "Aromahaus Steiner GmbH", "verkauf@aromahaus-steiner.example", "de-AT")
    p = po("4500031950", s, "pichler", "EUR", "2027-03-29", [
        ("FL-VAN-NAT", "Vanillearoma natürlich, Kanister 20 kg", 120, "KG", "18.40", "2027-04-19"),
        ("FL-LEM-OIL", "Zitronenöl kaltgepresst, Kanister 5 kg", 25, "KG", "31.20", "2027-04-19"),
    ], req_tz="+0200")
    body = """Sehr geehrte Damen und Herren,

anbei übermitteln wir Ihnen unsere Rechnung Nr. 2027-00418 zu Ihrer Bestellung 4500029871 (Lieferung vom 24.03.2027, Lieferschein LS-27-1180).

Wir ersuchen um Überweisung des Rechnungsbetrages von € 2.702,40 bis 29.04.2027 auf das in der Rechnung angeführte Konto.

Mit freundlichen Grüßen
Buchhaltung
Aromahaus Steiner GmbH
Simmeringer Hauptstraße 188, 1110 Wien | FN 184733 k | UID ATU48213907"""
    pdf = make_pdf([
        "#RECHNUNG Nr. 2027-00418",
        "Aromahaus Steiner GmbH · Simmeringer Hauptstraße 188 · 1110 Wien",
        "",
        [(50, "Halvorsen Foods Austria GmbH"), (340, "Rechnungsdatum: 30.03.2027")],
        [(50, "Industriezeile 47, 4020 Linz"), (340, "Lieferdatum: 24.03.2027")],
        [(50, "Ihre Bestellung: 4500029871 vom 01.03.2027"), (340, "Lieferschein: LS-27-1180")],
        "",
        [(50, "*Pos"), (80, "*Bezeichnung"), (320, "*Menge"), (380, "*Preis/kg"), (460, "*Betrag EUR")],
        [(50, "1"), (80, "Vanillearoma natürlich, Charge V-2702-08"), (320, "80 kg"), (380, "18,40"), (460, "1.472,00")],
        [(50, "2"), (80, "Zitronenöl kaltgepresst, Charge Z-2701-11"), (320, "25 kg"), (380, "31,20"), (460, "780,00")],
        "",
        [(320, "Nettobetrag"), (460, "2.252,00")],
        [(320, "USt. 20 %"), (460, "450,40")],
        [(320, "*Rechnungsbetrag"), (460, "*2.702,40")],
        "",
        "Zahlbar bis 29.04.2027 ohne Abzug.",
        "Bankverbindung: Erste Bank, IBAN AT00 2011 1000 0000 0000, BIC GIBAATWWXXX",
    ], title="Rechnung 2027-00418", author="Aromahaus Steiner", creator="BMD NTCS", when=T("2027-03-30 08:58:00 +0200"))
    msg = build(style="outlook", frm=("Aromahaus Steiner Buchhaltung", "buchhaltung@aromahaus-steiner.example"),
                to=B(p), date="2027-03-30 09:05:26 +0200",
                subject="Rechnung 2027-00418 zu Ihrer Bestellung 4500029871", plain=body, seed="c083",
                mid=msgid("outlook", "c083", "eu"), lang="de-AT",
                attachments=[attachment(pdf, "application/pdf", "RE_2027-00418.pdf")])
    exp = exp_kind("unrelated",
                   "Invoice for an older, already delivered order (4500029871, not among the open POs). It uses "
                   "the same item and price as open PO 4500031950 but is not an answer to it.")
    case(83, "flavours-invoice-for-older-po", "unrelated", "de-AT",
         "invoice (PDF) for a different, older PO; same items/prices as the open PO", [p], msg, exp)


c083()


# --------------------------------------------------------------------------
# 084  en-GB  new price list (CSV) effective 1 May
# --------------------------------------------------------------------------
def c084():
    s = sup("THORNBURY", "Thornbury Scientific Ltd", "sales@thornbury-scientific.example", "en-GB")
    p = po("4500031955", s, "clarke", "GBP", "2027-03-30", [
        ("FP-WH1-125", "Filter paper Grade 1, 125 mm, pack of 100", 20, "PK", "12.40", "2027-04-14"),
        ("TUBE-15-PP50", "Centrifuge tube 15 mL PP, sterile, pack of 50", 30, "PK", "11.20", "2027-04-14"),
    ], req_tz="+0100")
    rows = [["Cat No", "Description", "Pack", "List price 2026 GBP", "List price from 01/05/2027 GBP", "Change %"],
            ["FP-WH1-125", "Filter paper Grade 1, 125 mm", "100", "12.40", "12.85", "3.6"],
            ["FP-WH1-150", "Filter paper Grade 1, 150 mm", "100", "15.10", "15.60", "3.3"],
            ["TUBE-15-PP50", "Centrifuge tube 15 mL PP sterile", "50", "11.20", "11.60", "3.6"],
            ["TUBE-50-PP25", "Centrifuge tube 50 mL PP sterile", "25", "9.90", "10.25", "3.5"],
            ["NACL-AR-500", "Sodium chloride AR grade 500 g", "1", "8.95", "9.30", "3.9"],
            ["ELISA-IL6-96", "Human IL-6 ELISA kit 96 tests", "1", "389.00", "399.00", "2.6"]]
    buf = io.StringIO()
    import csv
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    body = """Dear Customer,

Please find attached our updated price list, which will take effect on 1 May 2027.

Owing to continued increases in raw material and energy costs, list prices will rise by an average of 3.5%. All orders received up to and including 30 April 2027 will be invoiced at current prices.

If you have any questions, please contact your account manager or our customer services team on 01223 861 440.

Kind regards,

Thornbury Scientific Ltd
Unit 7, Cambridge Research Park, Waterbeach CB25 9PD
Registered in England & Wales No. 04417230"""
    msg = build(style="generic", frm=("Thornbury Scientific", "marketing@thornbury-scientific.example"), to=B(p),
                date="2027-03-31 10:00:02 +0100", subject="Thornbury Scientific - price list 2027/28 (effective 1 May 2027)",
                plain=body, seed="c084", mid=msgid("uuid", "c084", "thornbury-scientific.example"), client="generic",
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Precedence", "bulk")],
                attachments=[attachment(buf.getvalue().encode("utf-8-sig"), "text/csv", "Thornbury_pricelist_2027-05.csv")])
    exp = exp_kind("unrelated",
                   "General price-list announcement sent to all customers; it mentions items of the open PO with "
                   "future prices but does not answer that PO. Orders up to 30 April keep current prices.")
    case(84, "lab-price-list-announcement-csv", "unrelated", "en-GB",
         "price-increase announcement with CSV price list containing the PO's items", [p], msg, exp)


c084()


# --------------------------------------------------------------------------
# 085  it  HTML newsletter (trade fair invitation)
# --------------------------------------------------------------------------
def c085():
    s = sup("TUBLOMB", "Tubettificio Lombardo S.r.l.", "ordini@tubettificiolombardo.example", "it-IT")
    p = po("4500031960", s, "greco", "EUR", "2027-03-03", [
        ("TUB-PE-30-WH", "Tubo PE 30 ml Ø25, bianco, stampa serigrafica 2 colori", 15000, "EA", "0.1480", "2027-03-31"),
    ])
    html = """<!DOCTYPE html>
<html lang="it"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Ci vediamo al Cosmoprof 2027!</title></head>
<body style="margin:0;background:#f3f3f3">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f3f3f3"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px;background:#1d3c6e;color:#fff;font-size:22px"><b>Tubettificio Lombardo</b> &ndash; News Marzo 2027</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px">
<p>Gentile Cliente,</p>
<p>siamo lieti di invitarLa al <b>Cosmoprof Worldwide Bologna</b>, dal <b>18 al 21 marzo 2027</b>, Padiglione 20, Stand B12.</p>
<p>Presenteremo i nuovi <b>tubi in PCR al 50%</b>, la gamma <b>mono-materiale riciclabile</b> e le nuove chiusure flip-top.
Prenoti un appuntamento con il Suo referente commerciale: Le offriamo un caff&egrave; e un campionario gratuito.</p>
<p style="text-align:center;padding:12px"><a href="https://www.tubettificiolombardo.example/cosmoprof2027" style="background:#e4572e;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Prenota il tuo appuntamento</a></p>
<p><b>Promo fiera:</b> sconto del 5% su tutti i nuovi ordini di tubi PCR confermati entro il 30 aprile 2027 (quantit&agrave; minima 10.000 pezzi).</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;background:#fafafa">
Tubettificio Lombardo S.r.l. &ndash; Via per Cassano 22 &ndash; 20060 Pozzo d'Adda (MI) &ndash; P.IVA 09812330151<br>
Ha ricevuto questa e-mail perch&eacute; &egrave; cliente o ha richiesto informazioni. <a href="https://news.tubettificiolombardo.example/unsubscribe?u=8f3a2c">Annulla l'iscrizione</a>
</td></tr></table></td></tr></table>
<img src="https://news.tubettificiolombardo.example/open.gif?u=8f3a2c&amp;c=27031" width="1" height="1" alt="">
</body></html>
"""
    msg = build(style="generic", frm=("Tubettificio Lombardo", "news@tubettificiolombardo.example"), to=B(p),
                date="2027-03-08 10:30:00 +0100", subject="Ci vediamo al Cosmoprof 2027! Pad. 20 – Stand B12",
                plain="", html=html, html_only=True, seed="c085",
                mid=f"<{H('c085', n=20)}.{H('c085b', n=10)}@mail.newsletter-service.example>", client="generic",
                mta="mta-212.newsletter-service.example", ip="192.0.2.212",
                envelope_from="bounce-27031-8f3a2c@newsletter-service.example",
                extra=[("List-Unsubscribe", "<https://news.tubettificiolombardo.example/unsubscribe?u=8f3a2c>, <mailto:unsubscribe-8f3a2c@newsletter-service.example>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                       ("X-Campaign-ID", "27031")])
    exp = exp_kind("unrelated",
                   "Marketing newsletter (trade-fair invitation, HTML-only, List-Unsubscribe, Precedence: bulk) "
                   "from a supplier with an open PO; its dates and the 5% promo are not about the PO.")
    case(85, "tubes-newsletter-trade-fair", "unrelated", "it-IT",
         "HTML-only newsletter with List-Unsubscribe from a supplier that has an open PO", [p], msg, exp)


c085()


# --------------------------------------------------------------------------
# 086  nl  payment reminder for older invoices
# --------------------------------------------------------------------------
def c086():
    s = sup("DEVRIES-KART", "Kartonnagefabriek De Vries B.V.", "verkoop@devries-kartonnage.example", "nl-NL")
    p = po("4500031962", s, "leeuwen", "EUR", "2027-03-29", [
        ("DOOS-F0201-300", "Vouwdoos F0201 300x200x200 mm, enkelgolf B, bruin", 8000, "EA", "0.268", "2027-04-16"),
    ], req_tz="+0200")
    body = """Geachte heer/mevrouw,

Bij het nazien van onze administratie is ons gebleken dat de onderstaande facturen nog niet zijn voldaan:

Factuur      Datum        Uw order     Vervaldatum   Bedrag
2027-0211    28-01-2027   4500030844   27-02-2027    € 6.412,80
2027-0298    11-02-2027   4500031120   13-03-2027    € 2.176,35
                                                     --------------
Totaal openstaand                                     € 8.589,15

Wij verzoeken u vriendelijk het openstaande bedrag binnen 8 dagen over te maken op IBAN NL00 BANK 0123 4567 89 t.n.v. Kartonnagefabriek De Vries B.V., onder vermelding van de factuurnummers.

Mocht uw betaling deze herinnering hebben gekruist, dan kunt u dit bericht als niet verzonden beschouwen.

Met vriendelijke groet,

Afdeling Debiteuren
Kartonnagefabriek De Vries B.V. | Industrieweg 31 | 7951 DG Staphorst | T +31 522 46 12 90"""
    msg = build(style="outlook", frm=("De Vries Debiteuren", "debiteuren@devries-kartonnage.example"), to=B(p),
                date="2027-04-01 09:45:12 +0200", subject="Betalingsherinnering openstaande facturen", plain=body,
                seed="c086", mid=msgid("outlook", "c086", "eu"), lang="nl-NL")
    exp = exp_kind("unrelated",
                   "Payment reminder for two older invoices (other PO numbers); amounts and due dates have "
                   "nothing to do with the open PO 4500031962.")
    case(86, "boxes-payment-reminder", "unrelated", "nl-NL",
         "payment reminder listing older invoices, PO numbers, due dates and amounts", [p], msg, exp)


c086()


# --------------------------------------------------------------------------
# 087  pl  notice of new bank account
# --------------------------------------------------------------------------
def c087():
    s = sup("STALBUD", "Stalbud Dystrybucja Sp. z o.o.", "handlowy@stalbud.example", "pl-PL")
    p = po("4500031964", s, "wrobel", "PLN", "2027-03-29", [
        ("PR-B500SP-8", "Pręt żebrowany B500SP fi 8 mm, L=12 m", 6, "T", "3520.00", "2027-04-15"),
    ], req_tz="+0200")
    body = """Szanowni Państwo,

uprzejmie informujemy, że od dnia 1 kwietnia 2027 r. zmianie ulega numer rachunku bankowego naszej spółki.

Nowy rachunek: 00 1020 0000 0000 0000 0000 0000 (PKO BP S.A.)
Rachunek ten jest zgłoszony do wykazu podatników VAT („biała lista”).

Płatności za faktury wystawione przed 1 kwietnia 2027 r. prosimy kierować jeszcze na dotychczasowy rachunek. Oficjalne pismo podpisane przez Zarząd prześlemy pocztą.

Z poważaniem
Dział Księgowości
Stalbud Dystrybucja Sp. z o.o.
ul. Kolejowa 41, 55-040 Bielany Wrocławskie
NIP 896-152-37-44, KRS 0000281123"""
    msg = build(style="outlook", frm=("Stalbud Księgowość", "ksiegowosc@stalbud.example"), to=B(p),
                date="2027-03-31 12:30:45 +0200", subject="Zmiana numeru rachunku bankowego od 01.04.2027",
                plain=body, seed="c087", mid=msgid("outlook", "c087", "eu"), lang="pl-PL", charset="utf-8")
    exp = exp_kind("unrelated", "Administrative notice of a new bank account; not about the open PO.")
    case(87, "rebar-bank-account-change", "unrelated", "pl-PL",
         "supplier's bank-account change notice with effective date", [p], msg, exp)


c087()


# --------------------------------------------------------------------------
# 088  en-US  shipping notification for a different PO
# --------------------------------------------------------------------------
def c088():
    s = sup("BRIGHTSMILE", "BrightSmile Dental Supply Inc.", "orders@brightsmile-dental.example", "en-US")
    p = po("4500031966", s, "morgan", "USD", "2027-04-05", [
        ("PROPHY-MINT-200", "Prophy paste mint, medium, cups x 200", 10, "BX", "32.50", "2027-04-16"),
        ("GLV-NIT-M-100", "Nitrile exam gloves size M, box of 100", 50, "BX", "7.35", "2027-04-16"),
    ], req_tz="-0500")
    text = """Your order has shipped!

Hi Ryan,

Good news - the following order is on its way.

Sales order:    SO-2270114
Your PO:        4500029990
Shipped:        04/06/2027 via UPS Ground
Tracking:       1Z999AA10123456784
Est. delivery:  04/09/2027

Items shipped
  Qty  Item             Description
  20   GLV-NIT-M-100    Nitrile exam gloves size M, box of 100
  12   IMP-PVS-HB       PVS impression material heavy body, 2x50 ml

Track your package: https://www.ups.example/track?tracknum=1Z999AA10123456784

Questions? Reply to this email or call 1-800-555-0142.

BrightSmile Dental Supply Inc. | 4100 Distribution Pkwy, Memphis, TN 38118"""
    msg = build(style="generic", frm=("BrightSmile Shipping", "shipping@brightsmile-dental.example"), to=B(p),
                date="2027-04-06 16:22:08 -0500", subject="Your BrightSmile order SO-2270114 has shipped (PO 4500029990)",
                plain=text, seed="c088", mid=msgid("uuid", "c088", "notify.brightsmile-dental.example"),
                client="generic", mta="notify.brightsmile-dental.example",
                extra=[("X-Mailer", "NetSuite Mailer"), ("Auto-Submitted", "auto-generated")])
    exp = exp_kind("unrelated",
                   "Shipping notification for a different PO (4500029990, not open here) although it contains an "
                   "item of the open PO 4500031966 (gloves) with quantities and dates.")
    case(88, "dental-shipping-notice-other-po", "unrelated", "en-US",
         "automatic shipping notice for another PO with tracking, quantities and est. delivery", [p], msg, exp)


c088()


# --------------------------------------------------------------------------
# 089  hu  ISO 9001 certificate renewal notice with PDF
# --------------------------------------------------------------------------
def c089():
    s = sup("CIMKENYOMDA", "Címkenyomda Kft.", "rendeles@cimkenyomda.example", "hu-HU")
    p = po("4500031968", s, "kovacs", "HUF", "2027-03-30", [
        ("CIM-PP-80X120", "Öntapadós PP címke 80x120 mm, tekercsenként 1000 db", 40000, "EA", "9.80", "2027-04-16"),
    ], req_tz="+0200")
    body = """Tisztelt Partnerünk!

Örömmel tájékoztatjuk, hogy cégünk sikeresen megújította ISO 9001:2015 minőségirányítási tanúsítványát. Az új tanúsítvány 2027. március 15-től 2030. március 14-ig érvényes.

A tanúsítvány másolatát csatoltan küldjük. Kérjük, frissítsék beszállítói nyilvántartásukat.

Üdvözlettel:
Kiss Andrea
minőségügyi vezető
Címkenyomda Kft. | 2040 Budaörs, Gyár utca 2. | Tel.: +36 23 415 220"""
    pdf = make_pdf([
        "#CERTIFICATE",
        "*Quality Management System - ISO 9001:2015",
        "",
        "This is to certify that",
        "*Címkenyomda Kft.",
        "Gyár utca 2., 2040 Budaörs, Hungary",
        "",
        "has implemented and maintains a quality management system for the scope:",
        "Design and manufacture of self-adhesive labels and thermal transfer ribbons.",
        "",
        [(50, "Certificate No.: QMS-HU-27-04417"), (330, "Initial certification: 14/03/2012")],
        [(50, "Valid from: 15/03/2027"), (330, "Valid until: 14/03/2030")],
        "",
        "Example Certification Body Ltd., Budapest - accredited by NAH",
    ], title="ISO 9001 certificate", author="Example Certification Body", creator="Adobe InDesign",
        when=T("2027-03-15 10:00:00 +0100"))
    msg = build(style="outlook", frm=("Kiss Andrea", "kiss.andrea@cimkenyomda.example"), to=B(p),
                date="2027-04-02 13:15:37 +0200", subject="ISO 9001 tanúsítvány megújítása", plain=body, seed="c089",
                mid=msgid("outlook", "c089", "eu"), lang="hu-HU",
                attachments=[attachment(pdf, "application/pdf", "ISO9001_Cimkenyomda_2027-2030.pdf")])
    exp = exp_kind("unrelated", "Quality-certificate renewal notice with certificate PDF; validity dates are not "
                                "about the open PO.")
    case(89, "labels-iso-certificate-renewal", "unrelated", "hu-HU",
         "ISO 9001 certificate renewal notice with PDF (validity dates)", [p], msg, exp)


c089()


# ==========================================================================
# RUNNER
# ==========================================================================

STATUSES = {"accepted", "changed", "rejected", "unconfirmed"}
KINDS = {"confirmation", "needs_review", "auto_reply", "bounce", "unrelated"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DEC = re.compile(r"^\d+(\.\d+)?$")


def validate_expected(c):
    e = c["expected"]
    pos = {p["po_number"]: p for p in c["pos"]}
    assert e["kind"] in KINDS, c["slug"]
    assert isinstance(e.get("notes"), str) and e["notes"].strip(), c["slug"]
    assert set(e) <= {"kind", "confirmations", "notes"}, c["slug"]
    if e["kind"] != "confirmation":
        assert "confirmations" not in e, c["slug"]
        return
    assert e["confirmations"], c["slug"]
    seen = set()
    for cf in e["confirmations"]:
        pn = cf["po_number"]
        assert pn in pos and pn not in seen, (c["slug"], pn)
        seen.add(pn)
        p = pos[pn]
        assert set(cf["lines"]) == {str(l["line"]) for l in p["lines"]}, (c["slug"], pn)
        for l in p["lines"]:
            v = cf["lines"][str(l["line"])]
            st = v["status"]
            assert st in STATUSES, (c["slug"], pn, l["line"])
            if st in ("rejected", "unconfirmed"):
                assert set(v) == {"status"}, (c["slug"], pn, l["line"])
                continue
            assert set(v) <= {"status", "quantity", "unit_price", "date", "schedule"}, (c["slug"], l["line"])
            assert isinstance(v["quantity"], (int, float)) and v["quantity"] > 0
            assert isinstance(v["unit_price"], str) and DEC.match(v["unit_price"]), (c["slug"], v)
            assert ISO.match(v["date"]) and D(v["date"])
            same = (Decimal(str(v["quantity"])) == Decimal(str(l["quantity"]))
                    and Decimal(v["unit_price"]) == Decimal(l["unit_price"])
                    and v["date"] == l["requested_date"])
            if st == "accepted":
                assert same and "schedule" not in v, (c["slug"], pn, l["line"])
                assert v["quantity"] == l["quantity"] and v["unit_price"] == l["unit_price"]
            else:
                assert not same or "schedule" in v, (c["slug"], pn, l["line"], "changed but identical")
            if "schedule" in v:
                sch = v["schedule"]
                assert len(sch) >= 2
                assert sum(Decimal(str(s["quantity"])) for s in sch) == Decimal(str(v["quantity"]))
                assert all(ISO.match(s["date"]) for s in sch)
                assert max(s["date"] for s in sch) == v["date"], (c["slug"], l["line"])


def validate_pos(c):
    for p in c["pos"]:
        assert re.match(r"^[A-Za-z0-9/_.-]+$", p["po_number"])
        assert set(p["supplier"]) == {"id", "name", "email", "locale"}
        assert set(p["buyer"]) == {"name", "email"}
        assert ISO.match(p["issued"])
        for l in p["lines"]:
            assert DEC.match(l["unit_price"]), l
            assert ISO.match(l["requested_date"])
            assert isinstance(l["quantity"], (int, float))


def validate_pdf(data, where):
    assert data.startswith(b"%PDF-1.")
    sx = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    assert data[sx:sx + 4] == b"xref", where
    m = re.match(rb"xref\n0 (\d+)\n", data[sx:])
    n = int(m.group(1))
    pos = sx + m.end()
    for i in range(n):
        ent = data[pos + 20 * i: pos + 20 * (i + 1)]
        assert len(ent) == 20, where
        if i == 0:
            continue
        off = int(ent[:10])
        assert data[off:].startswith(b"%d 0 obj" % i), (where, i)
    for m in re.finditer(rb"<< /Length (\d+) >>\nstream\n", data):
        ln = int(m.group(1))
        assert data[m.end() + ln: m.end() + ln + 9] == b"endstream", where


def validate_xlsx(data, where):
    import xml.dom.minidom
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        assert "[Content_Types].xml" in names and "xl/workbook.xml" in names, where
        for n in names:
            xml.dom.minidom.parseString(z.read(n))


def validate_eml(c, raw):
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), c["slug"]
    m = message_from_bytes(raw)
    for h in ("From", "To", "Date", "Subject"):
        assert m[h], (c["slug"], h)
    assert m["Message-ID"] or m["Message-Id"], c["slug"]
    from email.utils import parsedate_to_datetime
    sent = parsedate_to_datetime(m["Date"])
    for p in c["pos"]:
        assert sent.date() >= D(p["issued"]), (c["slug"], "mail before PO")
    irt = m["In-Reply-To"]
    if irt:
        known = {p.get("request_message_id") for p in c["pos"]}
        assert irt in known or irt.startswith("<reminder-"), (c["slug"], irt)
    for line in raw.split(b"\r\n"):
        assert len(line) <= 998, (c["slug"], "line too long")
    for part in m.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("message/") or ct == "text/rfc822-headers":
            continue
        data = part.get_payload(decode=True)
        assert data is not None, (c["slug"], ct)
        if part.get_content_maintype() == "text" and not part.get_filename():
            data.decode(codec(part.get_content_charset() or "us-ascii"))
        fn = part.get_filename() or ""
        if ct == "application/pdf":
            validate_pdf(data, (c["slug"], fn))
        if fn.endswith(".xlsx"):
            validate_xlsx(data, (c["slug"], fn))
    return m


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    nums = [c["num"] for c in CASES]
    assert len(nums) == len(set(nums)), "duplicate case numbers"
    assert sorted(nums) == list(range(1, len(nums) + 1)), "case numbers must be contiguous"
    all_po = [p["po_number"] for c in CASES for p in c["pos"]]
    assert len(all_po) == len(set(all_po)), "a PO number is used in two cases"
    slugs = [c["slug"] for c in CASES]
    assert len(slugs) == len(set(slugs))
    readme = ["# Held-out batch O", "",
              "Supplier replies to purchase orders: food & flavours, labels & printing, construction materials, "
              "lab supplies, cable, glass & ceramics, paper & board, agricultural and garden products, dental & "
              "veterinary supplies, cosmetics packaging, CNC / 3D printing, office furniture, promotional goods.",
              "", "Regenerate with `python3 make_batch.py` (standard library only, deterministic).", "",
              "Format: see FORMAT.md of the shared corpus. One line per case:", ""]
    for c in sorted(CASES, key=lambda c: c["num"]):
        name = f"{c['num']:03d}-{c['slug']}"
        d = os.path.join(OUT, name)
        os.makedirs(d)
        validate_pos(c)
        validate_expected(c)
        raw = c["msg"]
        validate_eml(c, raw)
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump([public_po(p) for p in c["pos"]], f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(c["expected"], f, ensure_ascii=False, indent=2)
            f.write("\n")
        readme.append(f"- `{name}` | {c['category']}/{c['locale']} | {c['what']}")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    kinds = {}
    for c in CASES:
        kinds[c["expected"]["kind"]] = kinds.get(c["expected"]["kind"], 0) + 1
    print(f"{len(CASES)} cases written to {OUT}")
    print("kinds:", dict(sorted(kinds.items())))
    print("locales:", len({c['locale'] for c in CASES}))


if __name__ == "__main__":
    main()
