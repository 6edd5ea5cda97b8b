#!/usr/bin/env python3
"""Generate the independent supplier-reply corpus under tests/corpus/.

Every case is a folder NNN-short-slug/ holding pos.json, message.eml and
expected.json in the format of ../shared/corpus/FORMAT.md. This corpus is a
proxy for the held-out judging corpus, so it deliberately differs from the
development corpus: other buyers (Norhaven Instruments, Brightwater Controls,
Aldermoor Medical, Werkzeugbau Falkner, Ateliers Morvan), other PO number
styles, other request templates, other suppliers and phrasings.

The output is deterministic: every "random" id is derived from the case slug,
MIME boundaries are fixed, attachments (XLSX, PDF) are written with fixed
timestamps. Run it again and `git diff` must stay empty:

    .venv/bin/python tests/corpus/make_corpus.py

Standard library only, except openpyxl for the one spreadsheet attachment.
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
import sys
import zipfile
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.policy import compat32
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRLF = "\r\n"
CASES: list[dict] = []

# ---------------------------------------------------------------- small helpers


def h(seed: str, n: int = 16) -> str:
    """Deterministic hex string derived from a seed."""
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def hu(seed: str, n: int = 16) -> str:
    return h(seed, n).upper()


def uuid_like(seed: str, upper: bool = False) -> str:
    x = h(seed, 32)
    s = f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"
    return s.upper() if upper else s


def b32ish(seed: str, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    digest = hashlib.sha256(seed.encode()).digest() * 4
    return "".join(alphabet[b % len(alphabet)] for b in digest[:n])


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def kw(year: int, week: int, day: int = 5) -> str:
    """ISO week -> date (Friday unless a day is named): the labels' reading rule."""
    return dt.date.fromisocalendar(year, week, day).isoformat()


DOW_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DOW_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MON_DE = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
DOW_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MON_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
DOW_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MON_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
DOW_IT = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
MON_IT = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]


def when(s: str) -> dt.datetime:
    """'2026-11-03 09:14:05 +0100' -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def rfc_date(t: dt.datetime) -> str:
    off = t.strftime("%z")
    return (
        f"{DOW_EN[t.weekday()][:3]}, {t.day} {MON_EN[t.month - 1][:3]} {t.year} {t:%H:%M:%S} {off}"
    )


def hdr(value: str) -> str:
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(linesep=CRLF)


def addr(name: str, email: str) -> str:
    try:
        name.encode("ascii")
        if any(c in name for c in ",.()&"):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return formataddr((name, email), charset="utf-8")


def prefix(text: str, mark: str = ">") -> str:
    return "\n".join(f"{mark} {ln}" if ln else mark for ln in text.split("\n"))


# ---------------------------------------------------------------- MIME building


def text_part(
    text: str,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    flowed: bool = False,
) -> Message:
    m = Message()
    ctype = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ctype += "; format=flowed"
    m["Content-Type"] = ctype
    m["Content-Transfer-Encoding"] = cte
    data = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte in ("7bit", "8bit"):
        # raw bytes through the generator untouched (surrogateescape is how email keeps 8-bit data)
        payload = data.decode("ascii", "surrogateescape")
        if cte == "7bit":
            data.decode("ascii")
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def multipart(
    subtype: str, parts: list[Message], boundary: str, preamble: str | None = None, extra: str = ""
) -> Message:
    m = Message()
    m["Content-Type"] = f'multipart/{subtype};{extra} boundary="{boundary}"'
    m.set_payload(parts)
    if preamble is not None:
        m.preamble = preamble
    return m


def attachment(data: bytes, ctype: str, filename: str, inline: bool = False) -> Message:
    m = Message()
    m["Content-Type"] = f'{ctype}; name="{filename}"'
    m["Content-Description"] = filename
    m["Content-Disposition"] = (
        f'{"inline" if inline else "attachment"}; filename="{filename}"; size={len(data)}'
    )
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def serialize(part: Message) -> bytes:
    buf = io.BytesIO()
    BytesGenerator(
        buf, mangle_from_=False, policy=compat32.clone(linesep=CRLF, max_line_length=998)
    ).flatten(part)
    return buf.getvalue()


def build_eml(headers: list[tuple[str, str]], body: Message | str) -> bytes:
    """Headers exactly as given (in order), then the MIME body (its own Content-* headers)."""
    lines = []
    for name, value in headers:
        value = value.replace("\r\n", "\n").replace("\n", CRLF)
        lines.append(f"{name}: {value}")
    head = CRLF.join(lines) + CRLF
    if isinstance(body, str):  # a hand-written MIME body (DSNs): Content-* headers included
        return (head + body.replace("\r\n", "\n").replace("\n", CRLF)).encode("utf-8")
    return head.encode("ascii") + serialize(body)


def to_html(text: str, quote_from: int | None = None, quote_style: str = "blockquote") -> str:
    """Render a plain reply as the HTML alternative a client would send alongside it.

    Lines after ``quote_from`` (index) are the quoted part. '>'-prefixed runs become
    blockquotes; an Outlook header block gets the usual top border.
    """
    out = []
    lines = text.split("\n")
    in_bq = False
    for i, ln in enumerate(lines):
        if quote_from is not None and i == quote_from and quote_style == "outlook":
            out.append(
                '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            )
        is_q = ln.startswith(">")
        if is_q and not in_bq:
            out.append(
                '<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
            )
            in_bq = True
        if not is_q and in_bq:
            out.append("</blockquote>")
            in_bq = False
        content = ln[1:].lstrip(" ") if is_q else ln
        out.append(f"<div>{html.escape(content) or '<br>'}</div>")
    if in_bq:
        out.append("</blockquote>")
    if quote_from is not None and quote_style == "outlook":
        out.append("</div>")
    body = "\n".join(out)
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
        + body
        + "\n</body></html>\n"
    )


def alternative(
    text: str,
    seed: str,
    boundary: str | None = None,
    quote_from: int | None = None,
    quote_style: str = "blockquote",
    cte: str = "quoted-printable",
    charset: str = "utf-8",
) -> Message:
    return multipart(
        "alternative",
        [
            text_part(text, "plain", charset, cte),
            text_part(to_html(text, quote_from, quote_style), "html", "utf-8", cte),
        ],
        boundary or f"_000_{hu(seed, 24)}_",
    )


# ---------------------------------------------------------------- parties

BUYERS = {
    "norhaven": dict(
        company="Norhaven Instruments AS",
        name="Ingrid Solberg",
        email="ingrid.solberg@norhaven.example",
        domain="norhaven.example",
        mx="mx01.norhaven.example",
    ),
    "brightwater": dict(
        company="Brightwater Controls Inc.",
        name="Marcus Delgado",
        email="mdelgado@brightwater-controls.example",
        domain="brightwater-controls.example",
        mx="inbound.brightwater-controls.example",
    ),
    "aldermoor": dict(
        company="Aldermoor Medical Ltd",
        name="Priya Natarajan",
        email="p.natarajan@aldermoor-medical.example",
        domain="aldermoor-medical.example",
        mx="mail.aldermoor-medical.example",
    ),
    "falkner": dict(
        company="Werkzeugbau Falkner GmbH",
        name="Jonas Weber",
        email="j.weber@falkner-wzb.example",
        domain="falkner-wzb.example",
        mx="mx.falkner-wzb.example",
    ),
    "morvan": dict(
        company="Ateliers Morvan SAS",
        name="Claire Dumont",
        email="achats@ateliers-morvan.example",
        domain="ateliers-morvan.example",
        mx="mx1.ateliers-morvan.example",
    ),
}


def supplier(sid: str, name: str, email: str, locale: str, contact: str) -> dict:
    return dict(id=sid, name=name, email=email, locale=locale, contact=contact)


def make_po(
    number: str,
    sup: dict,
    buyer: str,
    currency: str,
    issued: str,
    sent: str,
    lines: list[tuple],
    request: bool = True,
) -> dict:
    b = BUYERS[buyer]
    po = {
        "po_number": number,
        "supplier": {k: sup[k] for k in ("id", "name", "email", "locale")},
        "buyer": {"name": b["name"], "email": b["email"]},
        "currency": currency,
        "issued": issued,
    }
    if request:
        po["request_message_id"] = (
            f"<req.{number.replace('/', '-').lower()}.{h(number + sent, 10)}@{b['domain']}>"
        )
    po["lines"] = [
        {
            "line": n,
            "item": item,
            "description": desc,
            "quantity": qty,
            "uom": uom,
            "unit_price": price,
            "requested_date": date,
        }
        for (n, item, desc, qty, uom, price, date) in lines
    ]
    # not written to pos.json: needed to render the request
    po["_buyer"] = buyer
    po["_sent"] = when(sent)
    po["_contact"] = sup["contact"]
    return po


def public(po: dict) -> dict:
    return {k: v for k, v in po.items() if not k.startswith("_")}


# ---------------------------------------------------------------- our request mails (what suppliers quote)


def fmt_money_en(p: str, sym: str = "") -> str:
    whole, _, frac = p.partition(".")
    frac = (frac + "00")[: max(2, len(frac))]
    return f"{sym}{int(whole):,}.{frac}"


def fmt_money_de(p: str) -> str:
    return fmt_money_en(p).replace(",", "X").replace(".", ",").replace("X", ".")


def d_dmy(d: str, sep: str = ".") -> str:
    x = D(d)
    return f"{x.day:02d}{sep}{x.month:02d}{sep}{x.year}"


def d_us(d: str) -> str:
    x = D(d)
    return f"{x.month:02d}/{x.day:02d}/{x.year}"


def d_long_gb(d: str) -> str:
    x = D(d)
    return f"{x.day} {MON_EN[x.month - 1]} {x.year}"


def request_subject(po: dict) -> str:
    b = po["_buyer"]
    n = po["po_number"]
    return {
        "norhaven": f"Purchase order {n} - confirmation requested",
        "brightwater": f"Brightwater Controls PO {n} - please confirm",
        "aldermoor": f"Order acknowledgement required: {n}",
        "falkner": f"Bestellung {n} - Bitte um Auftragsbestätigung",
        "morvan": f"Commande {n} - demande de confirmation",
    }[b]


def request_text(po: dict) -> str:
    b = po["_buyer"]
    n = po["po_number"]
    c = po["_contact"]
    L = po["lines"]
    if b == "norhaven":
        rows = "\n".join(
            f"{x['line']:<5} {x['item']:<12} {x['description']:<34} {x['quantity']:>6} {x['uom']:<3} "
            f"{x['unit_price']:>10}  {d_dmy(x['requested_date'])}"
            for x in L
        )
        return (
            f"Dear {c},\n\nPlease find below our purchase order {n} of {d_dmy(po['issued'])}.\n"
            "Kindly confirm quantity, price and delivery date for each item by\nreplying to this e-mail.\n\n"
            f"Item  Material     Description                        Quantity   Price {po['currency']}  Delivery\n"
            f"{rows}\n\nIncoterms: DAP Kongsberg\nPayment terms: 30 days net\n\n"
            "Best regards\nIngrid Solberg\nProcurement | Norhaven Instruments AS\n"
            "Kirkegardsveien 45, 3616 Kongsberg, Norway\n"
        )
    if b == "brightwater":
        rows = "\n".join(
            f"{x['line']:>2}  {x['item']:<12} {x['description']:<32} {x['quantity']:>5}  {x['uom']:<3} "
            f"{fmt_money_en(x['unit_price'], '$'):>11}   {d_us(x['requested_date'])}"
            for x in L
        )
        return (
            f"Hi {c},\n\nBrightwater Controls purchase order {n} is below. Please reply to confirm\n"
            "each line (qty / unit price / due date) or tell us what you can do.\n\n"
            " #  Part No.     Description                        Qty  UOM   Unit Price   Due Date\n"
            f"{rows}\n\nShip to: Brightwater Controls Inc., 2250 Industrial Pkwy, Dayton OH 45414\n\n"
            "Thanks,\nMarcus Delgado\nBuyer, Brightwater Controls Inc.\n(937) 555-0142\n"
        )
    if b == "aldermoor":
        sym = {"GBP": "£", "EUR": "€", "USD": "$"}[po["currency"]]
        rows = "\n\n".join(
            f"Line {x['line']} - {x['item']} - {x['description']}\n"
            f"        Quantity: {x['quantity']} {x['uom']}   Price: {sym}{fmt_money_en(x['unit_price'])} per {x['uom']}"
            f"   Required: {d_long_gb(x['requested_date'])}"
            for x in L
        )
        return (
            f"Good morning {c},\n\nWe would be grateful if you could acknowledge purchase order {n}\n"
            f"(raised {d_long_gb(po['issued'])}). Please confirm, or advise any changes to quantity,\n"
            "price or delivery, for each line.\n\n"
            f"{rows}\n\nMany thanks,\nPriya Natarajan\nSenior Buyer | Aldermoor Medical Ltd\n"
            "Unit 4, Severn Park, Gloucester GL2 5JQ\n"
        )
    if b == "falkner":
        rows = "\n".join(
            f"{x['line']:<5} {x['item']:<12} {x['description']:<34} {x['quantity']:>5} {x['uom']:<3} "
            f"{fmt_money_de(x['unit_price']):>12}   {d_dmy(x['requested_date'])}"
            for x in L
        )
        return (
            "Sehr geehrte Damen und Herren,\n\n"
            f"bitte bestätigen Sie uns die folgende Bestellung {n} vom {d_dmy(po['issued'])}\n"
            "positionsweise (Menge, Preis, Liefertermin) per Antwort auf diese E-Mail.\n\n"
            f"Pos.  Artikel      Bezeichnung                        Menge ME   Preis/ME {po['currency']}  Termin\n"
            f"{rows}\n\nLieferanschrift: Werkzeugbau Falkner GmbH, Am Kalkofen 12, 57439 Attendorn\n\n"
            "Mit freundlichen Grüßen\nJonas Weber\nEinkauf | Werkzeugbau Falkner GmbH\nTel. +49 2722 5550-31\n"
        )
    if b == "morvan":
        rows = "\n".join(
            f"{x['line']:<6} {x['item']:<11} {x['description']:<32} {x['quantity']:>5} {x['uom']:<3} "
            f"{fmt_money_de(x['unit_price']).replace('.', ' '):>10}   {d_dmy(x['requested_date'], '/')}"
            for x in L
        )
        return (
            "Bonjour,\n\n"
            f"Merci de bien vouloir nous confirmer la commande {n} du {d_dmy(po['issued'], '/')}\n"
            "(quantité, prix unitaire et date de livraison pour chaque ligne) en répondant à ce message.\n\n"
            f"Ligne  Réf.        Désignation                       Qté   U   PU HT {po['currency']}   Livraison\n"
            f"{rows}\n\nCordialement,\nClaire Dumont\nService Achats - Ateliers Morvan SAS\n"
            "ZI des Grands Prés, 58120 Château-Chinon\n"
        )
    raise KeyError(b)


def request_eml(po: dict) -> bytes:
    """Our own outbound request (embedded in bounces)."""
    b = BUYERS[po["_buyer"]]
    sup = po["supplier"]
    headers = [
        ("From", addr(b["name"], b["email"])),
        ("To", addr(sup["name"], sup["email"])),
        ("Subject", hdr(request_subject(po))),
        ("Date", rfc_date(po["_sent"])),
        ("Message-ID", po["request_message_id"]),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "poagent"),
    ]
    return build_eml(headers, text_part(request_text(po)))


# ---------------------------------------------------------------- quoting styles of the mail clients


def _who(po: dict) -> tuple[str, str]:
    b = BUYERS[po["_buyer"]]
    return b["name"], b["email"]


def _to(po: dict) -> str:
    s = po["supplier"]
    return f"{s['name']} <{s['email']}>"


def q_outlook(po: dict, lang: str = "en", sep: str = "") -> str:
    """Outlook desktop / OWA header block (no '>' prefixes)."""
    name, email = _who(po)
    t = po["_sent"]
    subj = request_subject(po)
    if lang == "en":
        head = (
            f"From: {name} <{email}>\nSent: {DOW_EN[t.weekday()]}, {MON_EN[t.month - 1]} {t.day}, {t.year} "
            f"{t:%I:%M %p}".replace(" 0", " ")
            + f"\nTo: {_to(po)}\nSubject: {subj}"
        )
    elif lang == "en-gb":
        head = (
            f"From: {name} <{email}>\nSent: {DOW_EN[t.weekday()]}, {t.day} {MON_EN[t.month - 1]} {t.year} "
            f"{t:%H:%M}\nTo: {_to(po)}\nSubject: {subj}"
        )
    elif lang == "de":
        head = (
            f"Von: {name} <{email}>\nGesendet: {DOW_DE[t.weekday()]}, {t.day}. {MON_DE[t.month - 1]} {t.year} "
            f"{t:%H:%M}\nAn: {_to(po)}\nBetreff: {subj}"
        )
    elif lang == "fr":
        head = (
            f"De : {name} <{email}>\nEnvoyé : {DOW_FR[t.weekday()]} {t.day} {MON_FR[t.month - 1]} {t.year} "
            f"{t:%H:%M}\nÀ : {_to(po)}\nObjet : {subj}"
        )
    elif lang == "es":
        head = (
            f"De: {name} <{email}>\nEnviado el: {DOW_ES[t.weekday()]}, {t.day} de {MON_ES[t.month - 1]} de "
            f"{t.year} {t.hour}:{t:%M}\nPara: {_to(po)}\nAsunto: {subj}"
        )
    else:
        raise KeyError(lang)
    return (sep + "\n" if sep else "") + head + "\n\n" + request_text(po)


def q_original(po: dict) -> str:
    return "-----Original Message-----\n" + q_outlook(po, "en")


def q_owa(po: dict, lang: str = "en") -> str:
    return q_outlook(po, lang, sep="________________________________")


def q_gmail(po: dict, lang: str = "en") -> str:
    name, email = _who(po)
    t = po["_sent"]
    if lang == "en":
        attr = (
            f"On {DOW_EN[t.weekday()][:3]}, {MON_EN[t.month - 1][:3]} {t.day}, {t.year} at "
            f"{t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'} {name} <{email}> wrote:"
        )
    elif lang == "fr":
        attr = f"Le {DOW_FR[t.weekday()][:3]}. {t.day} {MON_FR[t.month - 1][:4].rstrip('.')}. {t.year} à {t:%H:%M}, {name} <{email}> a écrit :"
    elif lang == "es":
        attr = f"El {DOW_ES[t.weekday()][:3]}, {t.day} {MON_ES[t.month - 1][:3]} {t.year} a las {t.hour}:{t:%M}, {name} (<{email}>) escribió:"
    elif lang == "it":
        attr = f"Il giorno {DOW_IT[t.weekday()][:3]} {t.day} {MON_IT[t.month - 1][:3]} {t.year} alle ore {t:%H:%M} {name} <{email}> ha scritto:"
    elif lang == "de":
        attr = f"Am {DOW_DE[t.weekday()][:2]}., {t.day}. {MON_DE[t.month - 1][:3]}. {t.year} um {t:%H:%M} Uhr schrieb {name} <{email}>:"
    else:
        raise KeyError(lang)
    return attr + "\n\n" + prefix(request_text(po))


def q_thunderbird(po: dict, lang: str = "en") -> str:
    name, _ = _who(po)
    t = po["_sent"]
    if lang == "de":
        attr = f"Am {t:%d.%m.%y} um {t:%H:%M} schrieb {name}:"
    else:
        attr = f"On {t:%d/%m/%Y %H:%M}, {name} wrote:"
    return attr + "\n" + prefix(request_text(po))


def q_apple(po: dict, us: bool = False) -> str:
    name, email = _who(po)
    t = po["_sent"]
    if us:
        attr = f"On {MON_EN[t.month - 1][:3]} {t.day}, {t.year}, at {t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}, {name} <{email}> wrote:"
    else:
        attr = (
            f"On {t.day} {MON_EN[t.month - 1][:3]} {t.year}, at {t:%H:%M}, {name} <{email}> wrote:"
        )
    return prefix(attr + "\n\n" + request_text(po))


def q_outlook_mac(po: dict) -> str:
    name, email = _who(po)
    t = po["_sent"]
    return (
        f"From: {name} <{email}>\nDate: {DOW_EN[t.weekday()]}, {t.day} {MON_EN[t.month - 1]} {t.year} at {t:%H:%M}\n"
        f"To: {_to(po)}\nSubject: {request_subject(po)}\n\n" + request_text(po)
    )


# ---------------------------------------------------------------- headers of the reply (per client)


def reply_headers(
    slug: str,
    po: dict | None,
    sender: tuple[str, str],
    date: str,
    subject: str,
    client: str,
    in_reply: bool = True,
    extra: list[tuple[str, str]] | None = None,
    to: tuple[str, str] | None = None,
    refs: list[str] | None = None,
    cc: str | None = None,
) -> list[tuple[str, str]]:
    name, email = sender
    dom = email.split("@", 1)[1]
    if to is None:
        b = BUYERS[po["_buyer"]]
        to = (b["name"], b["email"])
    bdom = to[1].split("@", 1)[1]
    mx = next((x["mx"] for x in BUYERS.values() if x["domain"] == bdom), f"mx.{bdom}")
    t = when(date)
    utc = t.astimezone(dt.UTC)
    arrive = rfc_date(utc + dt.timedelta(seconds=3)).replace(" +0000", " +0000 (UTC)")
    ip = f"198.51.100.{int(h(slug + 'ip', 2), 16) % 200 + 20}"
    qid = b32ish(slug + "qid", 14)
    out: list[tuple[str, str]] = [("Return-Path", f"<{email}>"), ("Delivered-To", to[1])]
    if client == "gmail":
        gw = f"mail-{['ej1', 'wr1', 'pj1', 'qt1'][int(h(slug, 1), 16) % 4]}-f{40 + int(h(slug, 2), 16) % 50}.google.com"
        out += [
            (
                "Received",
                f"from {gw} ({gw} [209.85.{int(h(slug, 2), 16) % 200}.{int(h(slug + 'x', 2), 16) % 250}])\n"
                f"\tby {mx} (Postfix) with ESMTPS id {qid}\n\tfor <{to[1]}>; {arrive}",
            ),
            (
                "Authentication-Results",
                f"{mx};\n\tdkim=pass (2048-bit key) header.d={dom} header.s=google;\n"
                f"\tspf=pass (sender SPF authorized) smtp.mailfrom={dom};\n"
                f"\tdmarc=pass (p=none dis=none) header.from={dom}",
            ),
            (
                "Received",
                f"by {gw} with SMTP id {h(slug + 'g', 16)}\n\tfor <{to[1]}>; {rfc_date(t)}",
            ),
            ("MIME-Version", "1.0"),
        ]
    elif client in ("outlook365", "owa", "outlook_mac"):
        pod = ["AM9PR04MB", "DB8PR10MB", "PAXPR07MB", "VI1PR02MB", "BY5PR11MB", "SJ0PR13MB"][
            int(h(slug, 1), 16) % 6
        ]
        host = f"{pod}{int(h(slug, 4), 16) % 9000 + 1000}"
        region = "namprd11" if pod.startswith(("BY", "SJ")) else "eurprd04"
        out += [
            (
                "Received",
                f"from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2110.outbound.protection.outlook.com [40.107.105.110])\n"
                f"\tby {mx} (Postfix) with ESMTPS id {qid}\n\tfor <{to[1]}>; {arrive}",
            ),
            (
                "Authentication-Results",
                f"{mx};\n\tdkim=pass (2048-bit key) header.d={dom} header.s=selector2;\n"
                f"\tspf=pass smtp.mailfrom={dom};\n\tdmarc=pass (p=reject dis=none) header.from={dom}",
            ),
            (
                "Received",
                f"from {host}.{region}.prod.outlook.com (2603:10a6:20b:5a1::14) by\n"
                f" {host}.{region}.prod.outlook.com (2603:10a6:20b:5a1::14) with\n"
                f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.21; {rfc_date(utc)}",
            ),
        ]
    else:
        relay = f"smtp.{dom}"
        out += [
            (
                "Received",
                f"from {relay} ({relay} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n"
                f"\t(No client certificate requested)\n\tby {mx} (Postfix) with ESMTPS id {qid}\n"
                f"\tfor <{to[1]}>; {arrive}",
            ),
            (
                "Authentication-Results",
                f"{mx};\n\tdkim=pass (2048-bit key; unprotected) header.d={dom} header.s=mail;\n"
                f"\tspf=pass (sender SPF authorized) smtp.mailfrom={dom}",
            ),
            (
                "Received",
                f"from [192.168.{int(h(slug, 2), 16) % 50}.{int(h(slug + 'y', 2), 16) % 250 + 2}] (unknown [{ip}])\n"
                f"\t(Authenticated sender: {email})\n\tby {relay} (Postfix) with ESMTPSA id {b32ish(slug + 'q2', 10)}\n"
                f"\tfor <{to[1]}>; {rfc_date(t)}",
            ),
        ]
    out += [("From", addr(name, email)), ("To", addr(*to))]
    if cc:
        out.append(("Cc", cc))
    out += [("Subject", hdr(subject)), ("Date", rfc_date(t))]
    # Message-ID in the client's own style
    if client == "gmail":
        mid = f"<CA{b32ish(slug + 'mid', 12)}+{b32ish(slug + 'mid2', 22)}@mail.gmail.com>"
    elif client in ("outlook365", "owa"):
        mid = f"<{hu(slug + 'm', 8)}{hu(slug + 'n', 30)}@{hu(slug, 4)}PR{int(h(slug, 2), 16) % 90 + 10}MB{int(h(slug, 4), 16) % 9000 + 1000}.eurprd04.prod.outlook.com>"
    elif client == "outlook":
        x = h(slug + "o", 28)
        mid = f"<00{x[:2]}01dc{x[2:6]}${x[6:14]}${x[14:22]}$@{dom}>"
    elif client in ("apple", "iphone", "outlook_mac"):
        mid = f"<{uuid_like(slug, upper=True)}@{dom}>"
    elif client == "thunderbird":
        mid = f"<{uuid_like(slug)}@{dom}>"
    else:
        mid = f"<{h(slug + 'w', 24)}@{dom}>"
    out.append(("Message-ID", mid))
    if po is not None and in_reply:
        ids = refs if refs is not None else [po["request_message_id"]]
        out.append(("In-Reply-To", ids[-1]))
        out.append(("References", " ".join(ids)))
    if client != "gmail":
        out.append(("MIME-Version", "1.0"))
    mailers = {
        "outlook": [
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AQH" + b32ish(slug + "ti", 30) + "=="),
            ("Content-Language", "en-us"),
        ],
        "outlook365": [
            ("Thread-Topic", hdr(subject.split(": ", 1)[-1])),
            ("Thread-Index", "AQH" + b32ish(slug + "ti", 30) + "=="),
            ("Accept-Language", "en-US"),
            ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ],
        "owa": [
            ("Thread-Topic", hdr(subject.split(": ", 1)[-1])),
            ("Thread-Index", "AQH" + b32ish(slug + "ti", 30) + "=="),
            ("Accept-Language", "en-GB, en-US"),
            ("Content-Language", "en-GB"),
            ("X-MS-Has-Attach", ""),
            ("X-Originating-IP", f"[{ip}]"),
        ],
        "outlook_mac": [
            ("User-Agent", "Microsoft-MacOutlook/16.91.24111020"),
            ("Thread-Topic", hdr(subject.split(": ", 1)[-1])),
            ("Thread-Index", "AQH" + b32ish(slug + "ti", 22) + "=="),
        ],
        "apple": [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
        "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
        "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")],
        "thunderbird_de": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")],
        "roundcube": [("User-Agent", "Roundcube Webmail/1.6.9")],
        "gmail": [],
        "plain": [],
    }
    out += mailers.get(client, [])
    out += extra or []
    return out


# ---------------------------------------------------------------- labels


def acc(po: dict, n: int) -> dict:
    ln = next(x for x in po["lines"] if x["line"] == n)
    return {
        "status": "accepted",
        "quantity": ln["quantity"],
        "unit_price": ln["unit_price"],
        "date": ln["requested_date"],
    }


def chg(
    po: dict,
    n: int,
    quantity: int | None = None,
    unit_price: str | None = None,
    date: str | None = None,
    schedule: list[tuple[int, str]] | None = None,
) -> dict:
    ln = next(x for x in po["lines"] if x["line"] == n)
    out = {
        "status": "changed",
        "quantity": quantity if quantity is not None else ln["quantity"],
        "unit_price": unit_price if unit_price is not None else ln["unit_price"],
        "date": date if date is not None else ln["requested_date"],
    }
    if schedule:
        out["schedule"] = [{"quantity": q, "date": d} for q, d in schedule]
    return out


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po: dict, lines: dict) -> dict:
    """lines: {n: label}; lines not given are accepted."""
    out = {}
    for x in po["lines"]:
        lab = lines.get(x["line"])
        out[str(x["line"])] = lab if lab is not None else acc(po, x["line"])
    return {"po_number": po["po_number"], "lines": out}


def add(
    slug: str,
    pos: list[dict],
    eml: bytes,
    kind: str,
    notes: str,
    confirmations: list[dict] | None = None,
) -> None:
    exp: dict = {"kind": kind}
    if kind == "confirmation":
        assert confirmations, slug
        exp["confirmations"] = confirmations
    exp["notes"] = notes
    CASES.append({"slug": slug, "pos": [public(p) for p in pos], "eml": eml, "expected": exp})


def sig(*lines: str) -> str:
    return "\n".join(lines)


# ================================================================= suppliers

CASCADE = supplier(
    "CASCADE", "Cascade Gasket & Seal Co.", "orders@cascadegasket.example", "en-US", "Dave"
)
PENROSE = supplier(
    "PENROSE", "Penrose Tubing Ltd", "sales@penrose-tubing.example", "en-GB", "Helen"
)
KERRIGAN = supplier(
    "KERRIGAN", "Kerrigan Precision Ltd", "orders@kerrigan-precision.example", "en-GB", "Niamh"
)
RIDGELINE = supplier(
    "RIDGELINE", "Ridgeline Electric Supply", "quotes@ridgeline-electric.example", "en-US", "Tanya"
)
HESSLER = supplier(
    "HESSLER",
    "Hessler Antriebstechnik GmbH",
    "vertrieb@hessler-antriebe.example",
    "de-DE",
    "Herr Brandl",
)
KUEBLER = supplier(
    "KUEBLER",
    "Kübler & Sohn Normteile KG",
    "auftrag@kuebler-normteile.example",
    "de-DE",
    "Frau Lenz",
)
BERTHIER = supplier(
    "BERTHIER", "Roulements Berthier SA", "adv@roulements-berthier.example", "fr-FR", "Mme Roux"
)
GARNIER = supplier(
    "GARNIER",
    "Transmissions Garnier SARL",
    "commandes@garnier-transmissions.example",
    "fr-FR",
    "M. Petit",
)
ARANDIA = supplier("ARANDIA", "Industrias Arandia S.L.", "pedidos@arandia.example", "es-ES", "Iker")
EBRO = supplier("EBRO", "Válvulas Ebro S.A.", "comercial@valvulas-ebro.example", "es-ES", "Lucía")
VITERIA = supplier(
    "VITERIA",
    "Viteria Lombarda S.p.A.",
    "ordini@viteria-lombarda.example",
    "it-IT",
    "Sig.ra Colombo",
)
HARBOR = supplier(
    "HARBOR", "Harbor Point Fasteners LLC", "sales@harborpointfasteners.example", "en-US", "Kevin"
)
CALDWELL = supplier(
    "CALDWELL", "Caldwell Plastics Ltd", "orders@caldwell-plastics.example", "en-GB", "Rob"
)


def write_all() -> None:
    seen = set()
    for i, c in enumerate(CASES, 1):
        folder = HERE / f"{i:03d}-{c['slug']}"
        assert c["slug"] not in seen, c["slug"]
        seen.add(c["slug"])
        folder.mkdir(exist_ok=True)
        (folder / "pos.json").write_text(
            json.dumps(c["pos"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        (folder / "message.eml").write_bytes(c["eml"])
        (folder / "expected.json").write_text(
            json.dumps(c["expected"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    # remove folders of cases that no longer exist
    wanted = {f"{i:03d}-{c['slug']}" for i, c in enumerate(CASES, 1)}
    for p in HERE.iterdir():
        if p.is_dir() and p.name[:3].isdigit() and p.name not in wanted:
            shutil.rmtree(p)


# ================================================================= composing replies


def compose(own: str, quote: str, gap: str = "\n\n") -> tuple[str, int]:
    """Supplier's own words on top, the quote below. Returns the text and the index of the quote's first line."""
    own = own.rstrip("\n")
    text = own + gap + quote
    return text, len((own + gap).split("\n")) - 1


def inline(quote: str, answers: list[tuple[str, str]]) -> str:
    """Insert the supplier's answers right after the quoted line containing each key."""
    lines = quote.split("\n")
    out = []
    pending = list(answers)
    for ln in lines:
        out.append(ln)
        for key, ans in list(pending):
            if key in ln:
                out.append("")
                out.extend(ans.split("\n"))
                out.append("")
                pending.remove((key, ans))
    assert not pending, pending
    return "\n".join(out)


def std_reply(
    slug: str,
    po: dict,
    sender: tuple[str, str],
    date: str,
    client: str,
    own: str,
    quote: str,
    subject: str | None = None,
    extra: list[tuple[str, str]] | None = None,
    html: bool = True,
    quote_style: str = "outlook",
    cte: str = "quoted-printable",
    charset: str = "utf-8",
    flowed: bool = False,
    refs: list[str] | None = None,
) -> bytes:
    subj = subject or (
        "RE: " if client.startswith("outlook") or client == "owa" else "Re: "
    ) + request_subject(po)
    text, qidx = compose(own, quote)
    headers = reply_headers(slug, po, sender, date, subj, client, extra=extra, refs=refs)
    if html:
        body = alternative(
            text, slug, quote_from=qidx, quote_style=quote_style, cte=cte, charset=charset
        )
    else:
        body = text_part(text, "plain", charset, cte, flowed=flowed)
    return build_eml(headers, body)


# ================================================================= cases 001-020


def c001() -> None:
    po = make_po(
        "PUR-118842",
        CASCADE,
        "brightwater",
        "USD",
        "2026-11-02",
        "2026-11-02 09:14:22 -0500",
        [
            (1, "BWC-44017", "Gasket, EPDM, 4in ANSI 150 flange", 120, "EA", "3.85", "2026-12-04"),
            (2, "BWC-44102", "O-ring kit, Viton, 382 pcs", 6, "KT", "142.00", "2026-12-04"),
        ],
    )
    own = "Confirmed.\n\n" + sig(
        "Dave Whitaker", "Inside Sales | Cascade Gasket & Seal Co.", "503-555-0187"
    )
    eml = std_reply(
        "cascade-terse",
        po,
        ("Dave Whitaker", "dwhitaker@cascadegasket.example"),
        "2026-11-03 14:22:09 -0800",
        "outlook",
        own,
        q_outlook(po, "en"),
    )
    add(
        "cascade-outlook-confirmed-terse",
        [po],
        eml,
        "confirmation",
        "One word over an Outlook desktop From:/Sent: quote block (no '>' prefixes): every line accepted at PO "
        "values; the PO's own numbers sit in the quote and are the same, so nothing is read from there. Sender is "
        "a person at the supplier's domain, not the orders@ address on file.",
        [conf(po, {})],
    )


def c002() -> None:
    po = make_po(
        "AM/PO/26/0917",
        PENROSE,
        "aldermoor",
        "GBP",
        "2026-11-03",
        "2026-11-03 09:12:40 +0000",
        [
            (
                1,
                "ALM-7720",
                "Silicone tubing 6x9mm, medical grade, 25 m coil",
                40,
                "RL",
                "38.60",
                "2026-12-07",
            ),
        ],
    )
    own = "ok, thx\n\nSent from my iPhone"
    eml = std_reply(
        "penrose-iphone",
        po,
        ("Helen Marsh", "helen.marsh@penrose-tubing.example"),
        "2026-11-03 12:40:51 +0000",
        "iphone",
        own,
        q_apple(po),
        html=False,
    )
    add(
        "penrose-iphone-ok-thx",
        [po],
        eml,
        "confirmation",
        "Two-word iPhone answer 'ok, thx' to a one-line PO with a slash-style PO number; the iOS attribution line "
        "sits inside the '>' quote. Accepted at PO values (matched by In-Reply-To).",
        [conf(po, {})],
    )


def c003() -> None:
    po = make_po(
        "4500012345",
        KERRIGAN,
        "norhaven",
        "EUR",
        "2026-11-02",
        "2026-11-02 08:15:03 +0100",
        [
            (10, "NH-300-118", "Shaft seal 40x62x8 FKM", 500, "PC", "2.85", "2026-12-11"),
            (20, "NH-300-240", "Bearing bush 25x30x20 bronze", 300, "PC", "4.10", "2026-12-11"),
            (30, "NH-410-007", "Retaining ring DIN 471 A40", 1000, "PC", "0.14", "2026-12-11"),
        ],
    )
    own = "As per PO, thanks.\n\n" + sig(
        "Niamh Byrne", "Customer Service", "Kerrigan Precision Ltd", "T +353 21 555 0140"
    )
    eml = std_reply(
        "kerrigan-owa",
        po,
        ("Niamh Byrne", "niamh.byrne@kerrigan-precision.example"),
        "2026-11-02 11:47:30 +0000",
        "owa",
        own,
        q_owa(po, "en-gb"),
    )
    add(
        "kerrigan-owa-as-per-po",
        [po],
        eml,
        "confirmation",
        "'As per PO' over an OWA quote (underscore separator, en-GB Sent: line). SAP-style PO with item numbers "
        "10/20/30 as line numbers; all three accepted.",
        [conf(po, {})],
    )


def c004() -> None:
    po = make_po(
        "PUR-118860",
        RIDGELINE,
        "brightwater",
        "USD",
        "2026-11-04",
        "2026-11-04 13:02:11 -0500",
        [
            (1, "BWC-51220", "Terminal block 4-pole 600V", 200, "EA", "2.15", "2026-12-08"),
            (2, "BWC-51301", "Pilot light 22mm 24V green LED", 150, "EA", "3.95", "2026-12-08"),
            (3, "BWC-51377", "Cable gland PG11 nylon", 400, "EA", "0.62", "2026-12-08"),
        ],
    )
    own = (
        "Hi Marcus,\n\nLines 1 and 3 are good to go. Line 2 is $4.25/ea now (copper went up again), same qty "
        "and date.\n\nThanks!\nTanya\n\n-- \nTanya Morales | Inside Sales\nRidgeline Electric Supply\n"
        "(614) 555-0199"
    )
    eml = std_reply(
        "ridgeline-gmail-price",
        po,
        ("Tanya Morales", "tanya@ridgeline-electric.example"),
        "2026-11-04 15:40:02 -0500",
        "gmail",
        own,
        q_gmail(po),
        quote_style="blockquote",
    )
    add(
        "ridgeline-gmail-price-each",
        [po],
        eml,
        "confirmation",
        "Gmail reply: line 2 new price '$4.25/ea' (PO $3.95), qty and date unchanged; lines 1 and 3 confirmed by "
        "number. The quoted table repeats $3.95 for line 2 and must not win.",
        [conf(po, {2: chg(po, 2, unit_price="4.25")})],
    )


def c005() -> None:
    po = make_po(
        "B2026-0042",
        HESSLER,
        "falkner",
        "EUR",
        "2026-11-03",
        "2026-11-03 14:31:00 +0100",
        [
            (1, "FW-10-2231", "Kugelgewindetrieb SFU1605, L=600", 12, "ST", "86.00", "2026-12-10"),
            (2, "FW-10-2240", "Lagereinheit BK12/BF12", 12, "ST", "54.50", "2026-12-10"),
            (3, "FW-10-3105", "Klauenkupplung 19/24", 24, "ST", "17.90", "2026-12-10"),
        ],
    )
    own = (
        "Guten Tag Herr Weber,\n\nvielen Dank für Ihre Bestellung. Pos. 2 können wir leider erst in KW 3 "
        "liefern, alle anderen Positionen bestätigen wir wie bestellt.\n\nMit freundlichen Grüßen\n\n"
        "i. A. Markus Brandl\nInnendienst\nHessler Antriebstechnik GmbH\nGewerbestraße 8 | 73430 Aalen\n"
        "Tel. +49 7361 555-214\nGeschäftsführer: Dr. Eva Hessler | Amtsgericht Ulm HRB 712345"
    )
    eml = std_reply(
        "hessler-outlook-de",
        po,
        ("Brandl, Markus", "m.brandl@hessler-antriebe.example"),
        "2026-11-04 10:05:44 +0100",
        "outlook",
        own,
        q_outlook(po, "de"),
        subject="AW: " + request_subject(po),
    )
    add(
        "hessler-outlook-de-kw-next-year",
        [po],
        eml,
        "confirmation",
        "German Outlook (Von:/Gesendet:/AW:). 'KW 3' without a weekday = Friday of ISO week 3; week 3 of 2026 is "
        "long past, so 2027 -> 2027-01-22. Lines 1 and 3 accepted.",
        [conf(po, {2: chg(po, 2, date=kw(2027, 3))})],
    )


def c006() -> None:
    po = make_po(
        "B2026-0047",
        KUEBLER,
        "falkner",
        "EUR",
        "2026-11-04",
        "2026-11-04 16:20:00 +0100",
        [
            (
                1,
                "FW-20-0810",
                "Zylinderschraube ISO 4762 M8x30 12.9",
                2000,
                "ST",
                "0.09",
                "2026-12-04",
            ),
            (2, "FW-20-0822", "Scheibe DIN 433 M8", 500, "ST", "0.035", "2026-12-04"),
            (3, "FW-20-0915", "Passfeder DIN 6885 A 8x7x40", 300, "ST", "0.42", "2026-12-04"),
        ],
    )
    quote = inline(
        q_thunderbird(po, "de"),
        [
            ("FW-20-0810", "ok"),
            ("FW-20-0822", "nur 400 Stk. lieferbar, Rest entfällt"),
            ("FW-20-0915", "Liefertermin Dienstag KW 51"),
        ],
    )
    own = "Hallo Herr Weber,\n\nAntworten unten im Text."
    text = (
        own
        + "\n\n"
        + quote
        + "\n\n-- \nSabine Lenz\nAuftragsabwicklung\nKübler & Sohn Normteile KG\n"
    )
    headers = reply_headers(
        "kuebler-tb-inline",
        po,
        ("Sabine Lenz", "s.lenz@kuebler-normteile.example"),
        "2026-11-05 07:48:12 +0100",
        "Re: " + request_subject(po),
        "thunderbird_de",
    )
    eml = build_eml(headers, text_part(text, "plain", "utf-8", "8bit", flowed=True))
    add(
        "kuebler-thunderbird-de-inline",
        [po],
        eml,
        "confirmation",
        "Thunderbird (German 'Am ... schrieb'), answers written between the quoted order rows: pos 1 'ok', pos 2 "
        "'nur 400 Stk.' (short, rest cancelled), pos 3 'Dienstag KW 51' = Tuesday of ISO week 51 = 2026-12-15. "
        "Each answer belongs to the quoted row above it; no value comes from the quote.",
        [conf(po, {2: chg(po, 2, quantity=400), 3: chg(po, 3, date=kw(2026, 51, 2))})],
    )


def c007() -> None:
    po = make_po(
        "CA-26-1187",
        BERTHIER,
        "morvan",
        "EUR",
        "2026-11-05",
        "2026-11-05 10:02:00 +0100",
        [
            (1, "MV-5521", "Roulement 6205-2RS", 200, "PCE", "2.60", "2026-12-11"),
            (2, "MV-5534", "Roulement 6306-ZZ", 120, "PCE", "3.90", "2026-12-11"),
            (3, "MV-6010", "Palier UCP 205", 40, "PCE", "11.80", "2026-12-11"),
        ],
    )
    own = (
        "Bonjour Madame Dumont,\n\nNous vous confirmons la commande CA-26-1187 avec les modifications "
        "suivantes :\n- ligne 2 : prix unitaire 4,25 € HT au lieu de 3,90 € (hausse de l'acier) ;\n"
        "- livraison de l'ensemble le 18/12.\n\nBien cordialement,\n\nSophie Roux\nAdministration des ventes\n"
        "Roulements Berthier SA - 12 rue de l'Industrie - 69200 Vénissieux\nTél. : 04 72 55 50 18"
    )
    eml = std_reply(
        "berthier-outlook-fr",
        po,
        ("Sophie Roux", "s.roux@roulements-berthier.example"),
        "2026-11-06 11:32:05 +0100",
        "outlook",
        own,
        q_outlook(po, "fr"),
        subject="RE: " + request_subject(po),
    )
    add(
        "berthier-outlook-fr-price-and-date",
        [po],
        eml,
        "confirmation",
        "French Outlook (De :/Envoyé :/Objet :). Line 2 price '4,25 €' (decimal comma, PO 3,90); one year-less "
        "date '18/12' (day first) applies to every line -> 2026-12-18, so all three lines change date.",
        [
            conf(
                po,
                {
                    1: chg(po, 1, date="2026-12-18"),
                    2: chg(po, 2, unit_price="4.25", date="2026-12-18"),
                    3: chg(po, 3, date="2026-12-18"),
                },
            )
        ],
    )


def c008() -> None:
    po = make_po(
        "CA-26-1192",
        GARNIER,
        "morvan",
        "EUR",
        "2026-11-06",
        "2026-11-06 15:45:00 +0100",
        [
            (1, "MV-7702", "Courroie crantée HTD 8M-1200-30", 30, "PCE", "27.40", "2026-12-11"),
            (2, "MV-7715", "Poulie HTD 8M 32 dents", 10, "PCE", "46.00", "2026-12-11"),
        ],
    )
    own = (
        "Bonjour Claire,\n\nCommande bien reçue et confirmée, quantités et prix conformes.\nExpédition le "
        "9 décembre, livraison chez vous le 14 décembre.\n\nCordialement\nJulien Petit\nTransmissions Garnier "
        "SARL\n06 55 50 12 34"
    )
    eml = std_reply(
        "garnier-gmail-fr",
        po,
        ("Julien Petit", "julien.petit@garnier-transmissions.example"),
        "2026-11-09 08:57:31 +0100",
        "gmail",
        own,
        q_gmail(po, "fr"),
        quote_style="blockquote",
    )
    add(
        "garnier-gmail-fr-ship-vs-delivery",
        [po],
        eml,
        "confirmation",
        "French Gmail ('Le ... a écrit :'). Both a ship date (9 décembre) and a delivery date (14 décembre) for the "
        "whole order: the delivery date wins -> 2026-12-14 on both lines; quantities and prices as ordered.",
        [conf(po, {1: chg(po, 1, date="2026-12-14"), 2: chg(po, 2, date="2026-12-14")})],
    )


def c009() -> None:
    po = make_po(
        "4500012371",
        ARANDIA,
        "norhaven",
        "EUR",
        "2026-11-06",
        "2026-11-06 09:30:00 +0100",
        [
            (10, "NH-520-031", "Machined flange AISI 316 DN50", 60, "PC", "38.50", "2026-12-18"),
            (20, "NH-520-044", "Machined flange AISI 316 DN80", 40, "PC", "52.75", "2026-12-18"),
        ],
    )
    own = (
        "Hola Ingrid,\n\nConfirmamos el pedido 4500012371. Posición 20: plazo de entrega 15/01/2027 por falta "
        "de material. El resto según pedido.\n\nUn saludo,\nIker Etxeberria\nDpto. Comercial - Industrias "
        "Arandia S.L.\nTel. +34 943 555 210"
    )
    eml = std_reply(
        "arandia-gmail-es",
        po,
        ("Iker Etxeberria", "iker.etxeberria@arandia.example"),
        "2026-11-10 09:05:19 +0100",
        "gmail",
        own,
        q_gmail(po, "es"),
        quote_style="blockquote",
    )
    add(
        "arandia-gmail-es-late-item",
        [po],
        eml,
        "confirmation",
        "Spanish Gmail ('El ... escribió:'). Item 20 moves to 15/01/2027 (day first); 'el resto según pedido' "
        "accepts item 10.",
        [conf(po, {20: chg(po, 20, date="2027-01-15")})],
    )


def c010() -> None:
    po = make_po(
        "4500012388",
        EBRO,
        "norhaven",
        "EUR",
        "2026-11-06",
        "2026-11-06 11:10:00 +0100",
        [
            (10, "NH-610-200", "Ball valve 1/2in SS316 PN40", 50, "PC", "18.90", "2026-12-14"),
            (20, "NH-610-220", "Ball valve 3/4in SS316 ISO top", 30, "PC", "26.40", "2026-12-14"),
            (30, "NH-610-310", "Check valve 1/2in brass", 80, "PC", "7.35", "2026-12-14"),
        ],
    )
    own = (
        "Buenos días Ingrid:\n\nLe confirmamos las posiciones 10 y 30 según su pedido.\nLa posición 20 "
        "(ref. NH-610-220) está descatalogada y no podemos suministrarla; le enviaremos una oferta del modelo "
        "sustituto.\n\nSaludos cordiales,\n\nLucía Fernández\nDepartamento Comercial\nVálvulas Ebro S.A.\n"
        "Pol. Ind. La Cartuja, 50720 Zaragoza"
    )
    eml = std_reply(
        "ebro-outlook-es",
        po,
        ("Lucía Fernández", "lfernandez@valvulas-ebro.example"),
        "2026-11-10 12:20:48 +0100",
        "outlook365",
        own,
        q_outlook(po, "es"),
        subject="RE: " + request_subject(po),
    )
    add(
        "ebro-outlook-es-line-discontinued",
        [po],
        eml,
        "confirmation",
        "Spanish Outlook ('De:'/'Enviado el:'). Items 10 and 30 confirmed as ordered, item 20 discontinued "
        "('descatalogada, no podemos suministrarla') -> rejected. The promise of an offer for a substitute is not "
        "a commitment.",
        [conf(po, {20: REJ})],
    )


def c011() -> None:
    po = make_po(
        "4500012395",
        VITERIA,
        "norhaven",
        "EUR",
        "2026-11-09",
        "2026-11-09 08:40:00 +0100",
        [
            (10, "NH-700-812", "Hex nut DIN 934 M12 A2", 5000, "PC", "0.118", "2026-12-16"),
            (20, "NH-700-830", "Washer DIN 125 M12 A2", 5000, "PC", "0.045", "2026-12-16"),
        ],
    )
    own = (
        "Buongiorno Ingrid,\n\nconfermiamo l'ordine 4500012395.\nPos. 10: prezzo € 12,50 / 100 pz (non 11,80 "
        "come da vecchio listino), consegna come richiesto.\nPos. 20: confermata come da ordine.\n\nCordiali "
        "saluti\nPaola Colombo\nUfficio Vendite - Viteria Lombarda S.p.A.\nVia dei Mille 41, 20871 Vimercate (MB)"
    )
    eml = std_reply(
        "viteria-gmail-it",
        po,
        ("Paola Colombo", "p.colombo@viteria-lombarda.example"),
        "2026-11-10 14:02:37 +0100",
        "gmail",
        own,
        q_gmail(po, "it"),
        quote_style="blockquote",
    )
    add(
        "viteria-gmail-it-price-per-100",
        [po],
        eml,
        "confirmation",
        "Italian Gmail ('Il giorno ... ha scritto:'). Price given per 100 pieces with decimal comma: "
        "'€ 12,50 / 100 pz' = 0.125 per PC (PO 0.118). Item 20 as ordered.",
        [conf(po, {10: chg(po, 10, unit_price="0.125")})],
    )


def c012() -> None:
    po = make_po(
        "PUR-118871",
        HARBOR,
        "brightwater",
        "USD",
        "2026-11-10",
        "2026-11-10 16:20:00 -0500",
        [
            (1, "BWC-60114", "Shoulder bolt 3/8 x 1-1/2 alloy", 100, "EA", "1.92", "2026-12-04"),
            (2, "BWC-60190", "Hex nut 1/4-20 SS", 500, "EA", "0.07", "2026-12-04"),
        ],
    )
    own = (
        "Hi Marcus,\n\nLine 1: we have 60 on the shelf that can ship Nov 20, the other 40 will ship by Jan 8.\n"
        "Line 2 is fine as ordered.\n\nKevin\n\nKevin O'Neill\nHarbor Point Fasteners LLC\n(216) 555-0163"
    )
    text, qidx = compose(own, q_apple(po, us=True))
    headers = reply_headers(
        "harbor-apple",
        po,
        ("Kevin O'Neill", "kevin@harborpointfasteners.example"),
        "2026-11-12 10:31:58 -0500",
        "Re: " + request_subject(po),
        "apple",
    )
    body = multipart(
        "alternative",
        [
            text_part(text, "plain", "us-ascii", "7bit"),
            text_part(to_html(text), "html", "us-ascii", "quoted-printable"),
        ],
        f"Apple-Mail={uuid_like('harbor', True)}",
    )
    add(
        "harbor-apple-mail-split-shipment",
        [po],
        build_eml(headers, body),
        "confirmation",
        "Apple Mail, en-US. Line 1 split: 60 ship Nov 20, 40 ship by Jan 8 (year-less: 2026-11-20 and "
        "2027-01-08, ship dates only so they are the dates). Total 100 = PO qty, last date 2027-01-08.",
        [
            conf(
                po,
                {
                    1: chg(
                        po, 1, date="2027-01-08", schedule=[(60, "2026-11-20"), (40, "2027-01-08")]
                    )
                },
            )
        ],
    )


def c013() -> None:
    po = make_po(
        "AM/PO/26/0931",
        CALDWELL,
        "aldermoor",
        "GBP",
        "2026-11-10",
        "2026-11-10 10:05:00 +0000",
        [
            (
                1,
                "ALM-3310",
                "Polycarbonate housing, front, RAL 9003",
                500,
                "EA",
                "4.80",
                "2026-12-09",
            ),
            (
                2,
                "ALM-3311",
                "Polycarbonate housing, rear, RAL 9003",
                500,
                "EA",
                "12.40",
                "2026-12-09",
            ),
        ],
    )
    own = (
        "Hi Priya,\n\nAll lines confirmed as ordered, but please note we have to add a +2.5% energy surcharge "
        "on all lines from this month.\n\nKind regards,\nRob\n--\nRob Fairclough\nSales Office\nCaldwell "
        "Plastics Ltd\n0161 555 0192"
    )
    text, qidx = compose(own, q_outlook_mac(po))
    headers = reply_headers(
        "caldwell-mac",
        po,
        ("Rob Fairclough", "rob.fairclough@caldwell-plastics.example"),
        "2026-11-12 16:05:21 +0000",
        "Re: " + request_subject(po),
        "outlook_mac",
    )
    body = multipart(
        "alternative",
        [text_part(text), text_part(to_html(text, qidx, "outlook"), "html")],
        f"B_3{int(h('caldwell', 8), 16) % 10**9:09d}_{int(h('caldwell2', 6), 16) % 10**7:07d}",
    )
    add(
        "caldwell-outlook-mac-surcharge",
        [po],
        build_eml(headers, body),
        "confirmation",
        "Outlook for Mac ('From:/Date: ... at ...' block). '+2.5% energy surcharge on all lines' applies to the PO "
        "price: 4.80 -> 4.92 and 12.40 -> 12.71; quantities and dates as ordered.",
        [conf(po, {1: chg(po, 1, unit_price="4.92"), 2: chg(po, 2, unit_price="12.71")})],
    )


NORDLYS = supplier("NORDLYS", "Nordlys Kabel AS", "ordre@nordlys-kabel.example", "en-GB", "Ola")


def auto_headers(
    slug: str,
    frm: tuple[str, str],
    to: tuple[str, str],
    date: str,
    subject: str,
    mid: str,
    extra_top: list[tuple[str, str]] | None = None,
    extra: list[tuple[str, str]] | None = None,
    in_reply: str | None = None,
    return_path: str | None = None,
) -> list[tuple[str, str]]:
    """Headers of machine-made mail (auto replies, DSNs, newsletters)."""
    t = when(date)
    out = [
        ("Return-Path", return_path if return_path is not None else f"<{frm[1]}>"),
        ("Delivered-To", to[1]),
    ]
    out += extra_top or []
    out += [
        ("From", addr(*frm) if frm[0] else frm[1]),
        ("To", addr(*to)),
        ("Subject", hdr(subject)),
        ("Date", rfc_date(t)),
        ("Message-ID", mid),
    ]
    if in_reply:
        out += [("In-Reply-To", in_reply), ("References", in_reply)]
    out.append(("MIME-Version", "1.0"))
    out += extra or []
    return out


def c014() -> None:
    po = make_po(
        "4500012402",
        KERRIGAN,
        "norhaven",
        "EUR",
        "2026-11-12",
        "2026-11-12 13:25:10 +0100",
        [
            (10, "NH-300-131", "Shaft seal 50x72x8 FKM", 300, "PC", "3.40", "2026-12-18"),
            (20, "NH-300-255", "Bearing bush 30x36x25 bronze", 150, "PC", "5.25", "2026-12-18"),
        ],
    )
    slug = "kerrigan-ooo"
    text = (
        "Thank you for your email.\n\nI am out of the office until Friday 27 November with limited access to "
        "email. For urgent order queries please contact our customer service team at "
        "orders@kerrigan-precision.example or call +353 21 555 0140.\n\nI will respond to your message on my "
        "return on Monday 30 November.\n\nKind regards,\nNiamh Byrne\n"
    )
    headers = reply_headers(
        slug,
        po,
        ("Niamh Byrne", "niamh.byrne@kerrigan-precision.example"),
        "2026-11-12 13:25:14 +0000",
        "Automatic reply: " + request_subject(po),
        "owa",
        extra=[
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "niamh.byrne@kerrigan-precision.example"),
        ],
    )
    add(
        "kerrigan-exchange-out-of-office",
        [po],
        build_eml(headers, alternative(text, slug)),
        "auto_reply",
        "Exchange 'Automatic reply:' with Auto-Submitted: auto-generated and X-Auto-Response-Suppress; return "
        "date Monday 30 November (2026-11-30). In-Reply-To points at our request, so it matches the PO, but it "
        "commits to nothing.",
    )


def c015() -> None:
    po = make_po(
        "B2026-0051",
        HESSLER,
        "falkner",
        "EUR",
        "2026-11-12",
        "2026-11-12 09:02:00 +0100",
        [
            (1, "FW-10-2260", "Linearführung HGR15, L=800", 6, "ST", "64.20", "2026-12-11"),
            (2, "FW-10-2261", "Führungswagen HGH15CA", 12, "ST", "23.80", "2026-12-11"),
        ],
    )
    slug = "hessler-notes-ooo"
    text = (
        "Ich bin bis einschließlich 27.11.2026 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.\n\n"
        "In dringenden Fällen wenden Sie sich bitte an vertrieb@hessler-antriebe.example oder "
        "Tel. +49 7361 555-200.\n\nAb dem 30.11.2026 bin ich wieder für Sie erreichbar.\n\n"
        "Mit freundlichen Grüßen\nMarkus Brandl\n"
    )
    mid = f"<OF{hu(slug, 8)}.{hu(slug + '1', 8)}-ONC1258C{hu(slug + '2', 2)}.00{hu(slug + '3', 6)}-C1258C{hu(slug + '4', 2)}.00{hu(slug + '5', 6)}@hessler-antriebe.example>"
    headers = auto_headers(
        slug,
        ("Markus Brandl", "m.brandl@hessler-antriebe.example"),
        (BUYERS["falkner"]["name"], BUYERS["falkner"]["email"]),
        "2026-11-12 09:02:31 +0100",
        "Abwesenheitsnotiz: " + request_subject(po),
        mid,
        extra_top=[
            (
                "Received",
                "from notes01.hessler-antriebe.example ([192.0.2.44])\n\tby "
                "mx.falkner-wzb.example (Postfix) with ESMTPS id 4DfQ1x0Lr7z9tK\n\tfor "
                "<j.weber@falkner-wzb.example>; Thu, 12 Nov 2026 08:02:33 +0000 (UTC)",
            )
        ],
        extra=[
            ("X-Mailer", "HCL Notes Release 12.0.2FP2 March 2, 2023"),
            (
                "X-MIMETrack",
                "Serialize by Router on NOTES01/Hessler(Release 12.0.2FP2|March 2, "
                "2023) at 12.11.2026 09:02:31",
            ),
        ],
    )
    add(
        "hessler-notes-abwesenheit-no-headers",
        [po],
        build_eml(headers, text_part(text, cte="quoted-printable", charset="iso-8859-1")),
        "auto_reply",
        "German HCL Notes absence notice: no Auto-Submitted/Precedence header and no In-Reply-To; only the "
        "'Abwesenheitsnotiz:' subject and the body say it is automatic. Return 30.11.2026. Body in ISO-8859-1.",
    )


def c016() -> None:
    po = make_po(
        "4500012410",
        NORDLYS,
        "norhaven",
        "EUR",
        "2026-11-13",
        "2026-11-13 10:44:07 +0100",
        [
            (
                10,
                "NH-900-016",
                "Instrument cable 2x2x0.5 shielded",
                1500,
                "M",
                "1.38",
                "2026-12-15",
            ),
        ],
    )
    slug = "nordlys-exchange-ndr"
    b = BUYERS["norhaven"]
    rcpt = NORDLYS["email"]
    host = "DB8PR10MB3977.eurprd10.prod.outlook.com"
    orig = request_eml(po).decode("utf-8").replace("\r\n", "\n")
    text = (
        f"Your message to {rcpt} couldn't be delivered.\n\nordre wasn't found at nordlys-kabel.example.\n\n"
        "Ingrid.Solberg    Office 365    ordre\nAction Required                 Recipient\n\n"
        "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of "
        "the following:\n- Retype the recipient's address, then resend the message.\n- If you're using the "
        "Auto-Complete List in Outlook, delete the entry and type the address again.\n\n"
        "More Info for Email Admins\nStatus code: 550 5.1.10\n\nThis error occurs because the sender sent a "
        "message to an email address hosted by Office 365 but the address is incorrect or doesn't exist at the "
        "destination domain.\n\nOriginal Message Details\nCreated Date:    13/11/2026 09:44:07\nSender Address:  "
        f"{b['email']}\nRecipient Address:    {rcpt}\nSubject:    {request_subject(po)}\n\n"
        "Error Details\nReported error:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
        f"address lookup\nDSN generated by:    {host}\n"
    )
    bnd = f"_000_{hu(slug, 30)}_"
    alt = f"_001_{hu(slug + 'a', 30)}_"
    html_part = serialize(text_part(to_html(text), "html", "us-ascii", "quoted-printable")).decode()
    text_qp = serialize(text_part(text, "plain", "us-ascii", "quoted-printable")).decode()
    body = (
        f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{bnd}"\n\n'
        f'--{bnd}\nContent-Type: multipart/alternative;\n\tboundary="{alt}"\n\n'
        f"--{alt}\n{text_qp}\n--{alt}\n{html_part}\n--{alt}--\n\n"
        f"--{bnd}\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns;{host}\nReceived-From-MTA: dns;{host}\n"
        f"Arrival-Date: Fri, 13 Nov 2026 09:44:07 +0000\n\n"
        f"Final-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.1.10\n"
        f"Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP\n"
        " address lookup\n\n"
        f"--{bnd}\nContent-Type: message/rfc822\n\n{orig}\n--{bnd}--\n"
    )
    headers = auto_headers(
        slug,
        ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@norhaven.example"),
        (b["name"], b["email"]),
        "2026-11-13 09:44:09 +0000",
        "Undeliverable: " + request_subject(po),
        f"<{hu(slug + 'm', 36)}@{host}>",
        in_reply=po["request_message_id"],
        return_path="<>",
        extra=[
            ("Content-Language", "en-US"),
            ("Auto-Submitted", "auto-replied"),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("X-MS-PublicTrafficType", "Email"),
        ],
    )
    add(
        "nordlys-exchange-ndr-recipient-not-found",
        [po],
        build_eml(headers, body),
        "bounce",
        "Exchange Online NDR ('Undeliverable:'), multipart/report with a text+HTML explanation, a delivery-status "
        "part (5.1.10, permanent) and the whole original request attached: the attached original carries the PO "
        "table and our Message-ID, which must not be read as an answer.",
    )


def c017() -> None:
    po = make_po(
        "PUR-118884",
        RIDGELINE,
        "brightwater",
        "USD",
        "2026-11-13",
        "2026-11-13 11:20:00 -0500",
        [
            (1, "BWC-52010", "Contactor 3P 40A 24VDC coil", 25, "EA", "68.50", "2026-12-11"),
            (2, "BWC-52088", "Contactor 3P 65A 480VAC coil", 10, "EA", "112.00", "2026-12-11"),
        ],
    )
    own = (
        "Hi Marcus,\n\nThanks for the PO. I need to check with production on the coil lead times before I can "
        "confirm anything - will revert by Friday.\n\nTanya\n\n-- \nTanya Morales | Inside Sales\nRidgeline "
        "Electric Supply\n(614) 555-0199"
    )
    eml = std_reply(
        "ridgeline-revert",
        po,
        ("Tanya Morales", "tanya@ridgeline-electric.example"),
        "2026-11-16 09:12:40 -0500",
        "gmail",
        own,
        q_gmail(po),
        quote_style="blockquote",
    )
    add(
        "ridgeline-gmail-will-revert-friday",
        [po],
        eml,
        "needs_review",
        "Holding answer: 'need to check with production ... will revert by Friday' (Friday = 2026-11-20). Commits "
        "to nothing; the quote below holds every PO value a naive parser could 'confirm'.",
    )


def c018() -> None:
    po = make_po(
        "B2026-0055",
        KUEBLER,
        "falkner",
        "EUR",
        "2026-11-13",
        "2026-11-13 08:15:00 +0100",
        [
            (1, "FW-20-1030", "Sechskantmutter DIN 934 M10", 1000, "ST", "0.04", "2026-12-09"),
            (2, "FW-20-1044", "Gewindestange DIN 976 M10x1000", 50, "ST", "1.65", "2026-12-09"),
        ],
    )
    own = (
        "Hallo Herr Weber,\n\nzu Pos. 2: meinen Sie die Ausführung verzinkt oder blank? Die Artikelnummer passt "
        "bei uns zu beiden. Sobald wir das wissen, bestätigen wir die Bestellung komplett.\n\nGruß\nSabine Lenz\n"
        "Kübler & Sohn Normteile KG"
    )
    text, _ = compose(own, q_thunderbird(po, "de"))
    headers = reply_headers(
        "kuebler-question",
        po,
        ("Sabine Lenz", "s.lenz@kuebler-normteile.example"),
        "2026-11-13 10:41:09 +0100",
        "Re: " + request_subject(po),
        "thunderbird_de",
    )
    add(
        "kuebler-thunderbird-de-question",
        [po],
        build_eml(headers, text_part(text, cte="8bit", flowed=True)),
        "needs_review",
        "German question about pos 2 (galvanised or plain?) and 'once we know, we confirm the whole order': no "
        "line is committed yet, not even pos 1.",
    )


def c019() -> None:
    po = make_po(
        "PUR-118890",
        RIDGELINE,
        "brightwater",
        "USD",
        "2026-11-13",
        "2026-11-13 14:00:00 -0500",
        [
            (1, "BWC-51220", "Terminal block 4-pole 600V", 300, "EA", "2.15", "2026-12-15"),
        ],
    )
    slug = "ridgeline-newsletter"
    text = (
        "Ridgeline Electric Supply - Customer News, November 2026\n\nHOLIDAY HOURS\nOrder by Friday, Dec 18 "
        "for delivery before the holidays. Our branches are closed Dec 24 - Jan 1.\n\nTHE 2027 CATALOG IS "
        "HERE\nOver 42,000 items, new terminal block and pilot light ranges. Request your printed copy.\n\n"
        "THIS MONTH ONLY\nSave 10% on all terminal blocks with code WINTER10 - e.g. 4-pole 600V now $1.94/ea.\n\n"
        "You are receiving this email because you are a Ridgeline customer.\nUnsubscribe: "
        "https://news.ridgeline-electric.example/u/8f2c1a\nRidgeline Electric Supply, 880 Taylor Station Rd, "
        "Columbus OH 43230\n"
    )
    html_body = (
        '<html><body style="margin:0;background:#f2f2f2"><table width="600" align="center" '
        'style="background:#fff;font-family:Helvetica,Arial">'
        '<tr><td><img src="https://news.ridgeline-electric.example/img/logo.png" alt="Ridgeline"></td></tr>'
        "<tr><td><h2>Holiday hours</h2><p>Order by <b>Friday, Dec 18</b> for delivery before the holidays. "
        "Our branches are closed Dec 24 - Jan 1.</p></td></tr>"
        "<tr><td><h2>The 2027 catalog is here</h2><p>Over 42,000 items, new terminal block and pilot light "
        "ranges.</p></td></tr><tr><td><h2>This month only</h2><p>Save 10% on all terminal blocks with code "
        "<b>WINTER10</b> - e.g. 4-pole 600V now $1.94/ea.</p></td></tr>"
        '<tr><td style="font-size:10px">You are receiving this email because you are a Ridgeline customer. '
        '<a href="https://news.ridgeline-electric.example/u/8f2c1a">Unsubscribe</a></td></tr>'
        "</table></body></html>\n"
    )
    body = multipart(
        "alternative",
        [text_part(text, cte="quoted-printable"), text_part(html_body, "html")],
        f"--==_mimepart_{h(slug, 13)}_{int(h(slug, 4), 16)}",
    )
    headers = auto_headers(
        slug,
        ("Ridgeline Electric Supply", "news@ridgeline-electric.example"),
        (BUYERS["brightwater"]["name"], BUYERS["brightwater"]["email"]),
        "2026-11-17 15:00:12 +0000",
        "Holiday hours + our 2027 catalog is here",
        f"<{h(slug, 24)}.{int(h(slug, 6), 16)}@mailer.ridgeline-electric.example>",
        return_path=f"<bounce-{h(slug, 10)}@mailer.ridgeline-electric.example>",
        extra_top=[
            (
                "Received",
                "from mailer.ridgeline-electric.example (mailer.ridgeline-electric."
                "example [203.0.113.87])\n\tby inbound.brightwater-controls.example (Postfix) "
                "with ESMTPS id 4DgT2k1Qw9z7Lm\n\tfor <mdelgado@brightwater-controls.example>; "
                "Tue, 17 Nov 2026 15:00:14 +0000 (UTC)",
            )
        ],
        extra=[
            (
                "List-Unsubscribe",
                "<https://news.ridgeline-electric.example/u/8f2c1a>, "
                "<mailto:unsubscribe@mailer.ridgeline-electric.example>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
            ("X-Campaign-ID", "nov26-customer-news"),
        ],
    )
    add(
        "ridgeline-newsletter-holiday-hours",
        [po],
        build_eml(headers, body),
        "unrelated",
        "Marketing newsletter from the supplier's own domain (List-Unsubscribe, Precedence: bulk) full of dates and "
        "prices, one of them for the very item on the open PO ($1.94/ea): not an answer about the order.",
    )


def c020() -> None:
    po = make_po(
        "PUR-118902",
        CASCADE,
        "brightwater",
        "USD",
        "2026-11-16",
        "2026-11-16 08:30:00 -0500",
        [
            (1, "BWC-44017", "Gasket, EPDM, 4in ANSI 150 flange", 240, "EA", "3.85", "2026-12-18"),
            (2, "BWC-44230", "Spiral wound gasket 2in CL300", 60, "EA", "9.60", "2026-12-18"),
        ],
    )
    own = (
        "Hi Marcus,\n\nReceived, thank you. Our order acknowledgement will follow once the order has been "
        "entered in our system.\n\nBest regards,\n\nDave Whitaker\nInside Sales | Cascade Gasket & Seal Co."
    )
    eml = std_reply(
        "cascade-received",
        po,
        ("Dave Whitaker", "dwhitaker@cascadegasket.example"),
        "2026-11-16 08:02:19 -0800",
        "owa",
        own,
        q_owa(po, "en"),
    )
    add(
        "cascade-owa-received-ack-will-follow",
        [po],
        eml,
        "needs_review",
        "'Received, thank you. Our order acknowledgement will follow': receipt of the PO, not a commitment. The "
        "OWA quote below carries all PO values.",
    )


def main() -> int:
    for _name, fn in sorted(
        (n, f) for n, f in globals().items() if n.startswith("c") and n[1:].isdigit()
    ):
        fn()
    write_all()
    print(f"wrote {len(CASES)} cases under {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
