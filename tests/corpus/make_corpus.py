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

    .venv/bin/python tests/corpus/make_corpus.py [OUTPUT-DIR]

Standard library only, except openpyxl for the one spreadsheet attachment.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import os
import re
import sys
import zipfile
from email.message import Message
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the repository root, for tests.mailkit
from tests.mailkit.cases import output_dir, remove_cases, write_case  # noqa: E402
from tests.mailkit.mime import (  # noqa: E402
    addr,
    alternative,
    attachment,
    b32ish,
    build_eml,
    h,
    hdr,
    hu,
    multipart,
    serialize,
    text_part,
    uuid_like,
    zip_files,
)
from tests.mailkit.text import kw, quote_lines, rfc_date, to_html, when  # noqa: E402

CRLF = "\r\n"
CASES: list[dict] = []

# ---------------------------------------------------------------- small helpers


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


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
    elif lang == "it":
        head = (
            f"Da: {name} <{email}>\nInviato: {DOW_IT[t.weekday()]} {t.day} {MON_IT[t.month - 1]} {t.year} "
            f"{t:%H:%M}\nA: {_to(po)}\nOggetto: {subj}"
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
    return attr + "\n\n" + quote_lines(request_text(po))


def q_thunderbird(po: dict, lang: str = "en") -> str:
    name, _ = _who(po)
    t = po["_sent"]
    if lang == "de":
        attr = f"Am {t:%d.%m.%y} um {t:%H:%M} schrieb {name}:"
    else:
        attr = f"On {t:%d/%m/%Y %H:%M}, {name} wrote:"
    return attr + "\n" + quote_lines(request_text(po))


def q_apple(po: dict, us: bool = False) -> str:
    name, email = _who(po)
    t = po["_sent"]
    if us:
        attr = f"On {MON_EN[t.month - 1][:3]} {t.day}, {t.year}, at {t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}, {name} <{email}> wrote:"
    else:
        attr = (
            f"On {t.day} {MON_EN[t.month - 1][:3]} {t.year}, at {t:%H:%M}, {name} <{email}> wrote:"
        )
    return quote_lines(attr + "\n\n" + request_text(po))


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


def write_all() -> Path:
    out = output_dir(HERE)
    seen = set()
    for i, c in enumerate(CASES, 1):
        assert c["slug"] not in seen, c["slug"]
        seen.add(c["slug"])
        write_case(out / f"{i:03d}-{c['slug']}", c["pos"], c["expected"], c["eml"])
    # remove folders of cases that no longer exist
    remove_cases(out, keep=[f"{i:03d}-{c['slug']}" for i, c in enumerate(CASES, 1)])
    return out


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
        "2026-11-12 12:25:14 +0000",
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


# ================================================================= attachments: PDF, XLSX, CSV


def _pdf_str(s: str) -> str:
    raw = s.encode("cp1252")
    out = []
    for b in raw:
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append(f"\\{b:03o}")
    return "(" + "".join(out) + ")"


def pdf_doc(items: list[tuple[float, float, str, float, str]], title: str) -> bytes:
    """A one-page PDF with a real text layer: items are (x, y, font 'F1'|'F2', size, text)."""
    ops = ["BT"]
    for x, y, font, size, text in items:
        ops.append(f"/{font} {size:g} Tf 1 0 0 1 {x:g} {y:g} Tm {_pdf_str(text)} Tj")
    ops.append("ET")
    ops.append("0.5 w 40 700 m 555 700 l S")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + _pdf_str(title).encode("latin-1") + b" /Producer (abas ERP Belegdruck 2024)"
        b" /CreationDate (D:20261116061502+01'00') >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip (XLSX) with fixed timestamps so the bytes are reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))

    def content(name: str) -> bytes:
        data = src.read(name)
        if name == "docProps/core.xml":  # openpyxl stamps "modified" with the clock at save
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-11-17T09:30:00Z", data)
        return data

    entries = [(info.filename, content(info.filename)) for info in src.infolist()]
    return zip_files(entries, (2026, 11, 17, 9, 30, 0), mode=0o600)


def xlsx(rows: list[list[object]], sheet: str, widths: dict[str, int] | None = None) -> bytes:
    # openpyxl writes its XML with lxml when that is installed and with the standard
    # library otherwise, and the two differ in bytes: the committed file is the latter.
    os.environ.setdefault("OPENPYXL_LXML", "False")
    import openpyxl  # only this attachment needs it

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(r)
    for cell in ws[1]:
        cell.font = openpyxl.styles.Font(bold=True)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, dt.date):
                cell.number_format = "DD/MM/YYYY"
    for col, w in (widths or {}).items():
        ws.column_dimensions[col].width = w
    stamp = dt.datetime(2026, 11, 17, 9, 30, 0)
    wb.properties.creator = "Tom Hadley"
    wb.properties.lastModifiedBy = "Tom Hadley"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    buf = io.BytesIO()
    wb.save(buf)
    return fixed_zip(buf.getvalue())


def mixed(parts: list[Message], boundary: str) -> Message:
    return multipart("mixed", parts, boundary)


# ================================================================= cases 021-043 (confirmations)

VANDIJK = supplier(
    "VANDIJK",
    "Van Dijk Precisietechniek B.V.",
    "verkoop@vandijk-precisie.example",
    "en-GB",
    "Ingrid",
)
NORTHGATE = supplier(
    "NORTHGATE", "Northgate Labware Ltd", "sales@northgate-labware.example", "en-GB", "Tom"
)
ROTTAL = supplier(
    "ROTTAL", "Maschinenbau Rottal GmbH", "verkauf@rottal-mb.example", "de-DE", "Frau Huber"
)
GREATLAKES = supplier(
    "GREATLAKES", "Great Lakes Bearing & PT", "orders@greatlakesbearing.example", "en-US", "Jim"
)
BALTIC = supplier(
    "BALTIC", "Baltic Metalworks UAB", "sales@baltic-metalworks.example", "en-GB", "Tomas"
)
DELTA = supplier(
    "DELTA", "Delta Motion Components Inc.", "orders@deltamotion.example", "en-US", "Rachel"
)
HOLLINS = supplier(
    "HOLLINS", "Hollins Medical Textiles Ltd", "orders@hollins-textiles.example", "en-GB", "Anne"
)
MIDWEST = supplier(
    "MIDWEST", "Midwest Motion Supply", "sales@midwestmotion.example", "en-US", "Brad"
)
BAYVIEW = supplier(
    "BAYVIEW", "Bayview Industrial Supply", "orders@bayview-industrial.example", "en-US", "Carla"
)
BRACKLEY = supplier(
    "BRACKLEY", "Brackley Cable & Wire Ltd", "sales@brackley-cable.example", "en-GB", "Gary"
)
HARTMANN = supplier(
    "HARTMANN", "Hartmann Messtechnik GmbH", "sales@hartmann-mt.example", "de-DE", "Mr Vogel"
)
LONESTAR = supplier(
    "LONESTAR", "Lone Star Valve & Fitting", "orders@lonestar-valve.example", "en-US", "Ray"
)
FENWICK = supplier(
    "FENWICK", "Fenwick Surgical Supplies Ltd", "sales@fenwick-surgical.example", "en-GB", "Mark"
)
MORAVIA = supplier(
    "MORAVIA", "Moravské strojírny a.s.", "obchod@moravske-strojirny.example", "cs-CZ", "Petr"
)
SHAKTI = supplier(
    "SHAKTI", "Shakti Forgings Pvt. Ltd.", "export@shaktiforgings.example", "en-IN", "Sir"
)
COPPERLINE = supplier(
    "COPPERLINE", "Copperline Electronics", "sales@copperline-elec.example", "en-US", "Jen"
)
SVENSSON = supplier(
    "SVENSSON", "Svensson Gummi AB", "order@svensson-gummi.example", "en-GB", "Ingrid"
)
WEXFORD = supplier(
    "WEXFORD", "Wexford Packaging Ltd", "orders@wexford-packaging.example", "en-GB", "Siobhan"
)
PINNACLE = supplier(
    "PINNACLE", "Pinnacle Plastics Corp.", "cs@pinnacleplastics.example", "en-US", "Diane"
)


def c021() -> None:
    po = make_po(
        "4500012415",
        VANDIJK,
        "norhaven",
        "EUR",
        "2026-11-13",
        "2026-11-13 09:12:00 +0100",
        [
            (10, "NH-800-101", "Sensor bracket, anodised AlMg3", 250, "PC", "14.90", "2026-12-18"),
            (20, "NH-800-115", "Cover plate 2 mm, anodised AlMg3", 250, "PC", "9.75", "2026-12-18"),
        ],
    )
    slug = "vandijk-html-only"
    req = html.escape(request_text(po)).replace("\n", "<br>\n")
    t = po["_sent"]
    body_html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
        '</head><body lang="NL" link="#0563C1"><div class="WordSection1">\n'
        '<p class="MsoNormal">Dear Ingrid,</p><p class="MsoNormal">&nbsp;</p>\n'
        '<p class="MsoNormal">Please find our confirmation of order 4500012415 below. Item 20: our anodising '
        'line is fully booked before Christmas.</p><p class="MsoNormal">&nbsp;</p>\n'
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
        "<tr><td><b>Item</b></td><td><b>Material</b></td><td><b>Qty</b></td><td><b>Price EUR</b></td>"
        "<td><b>Delivery date</b></td></tr>\n"
        "<tr><td>10</td><td>NH-800-101</td><td>250</td><td>14.90</td><td>18-12-2026</td></tr>\n"
        "<tr><td>20</td><td>NH-800-115</td><td>250</td><td>9.75</td><td>08-01-2027</td></tr>\n"
        '</table>\n<p class="MsoNormal">&nbsp;</p>\n'
        '<p class="MsoNormal">Met vriendelijke groet / Kind regards,</p>\n'
        '<p class="MsoNormal"><b>Ingrid de Boer</b><br>Verkoop binnendienst<br>Van Dijk Precisietechniek B.V.'
        "<br>Industrieweg 21, 7521 PH Enschede<br>T +31 53 555 0123</p>\n"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><b>From:</b> Ingrid Solberg &lt;ingrid.solberg@norhaven.example&gt;<br>'
        f"<b>Sent:</b> {DOW_EN[t.weekday()]}, {t.day} {MON_EN[t.month - 1]} {t.year} {t:%H:%M}<br>"
        f"<b>To:</b> Verkoop &lt;verkoop@vandijk-precisie.example&gt;<br>"
        f"<b>Subject:</b> {html.escape(request_subject(po))}</p></div>\n"
        f'<p class="MsoNormal" style="font-family:Consolas,monospace">{req}</p>\n'
        "</div></body></html>\n"
    )
    headers = reply_headers(
        slug,
        po,
        ("Ingrid de Boer", "i.deboer@vandijk-precisie.example"),
        "2026-11-16 13:48:22 +0100",
        "RE: " + request_subject(po),
        "outlook365",
    )
    add(
        "vandijk-outlook-html-only-table",
        [po],
        build_eml(headers, text_part(body_html, "html")),
        "confirmation",
        "HTML-only reply (no text/plain part) from Outlook: the answer is an HTML table with dd-mm-yyyy dates; item "
        "10 as ordered, item 20 moves to 08-01-2027. The quoted request below is HTML too, with its own table "
        "values.",
        [conf(po, {20: chg(po, 20, date="2027-01-08")})],
    )


def c022() -> None:
    po = make_po(
        "AM/PO/26/0952",
        NORTHGATE,
        "aldermoor",
        "GBP",
        "2026-11-16",
        "2026-11-16 10:20:00 +0000",
        [
            (
                1,
                "ALM-5101",
                "Centrifuge tube 15 ml PP, sterile, bag of 50",
                100,
                "BG",
                "2.35",
                "2026-12-04",
            ),
            (
                2,
                "ALM-5120",
                "Cryovial 2 ml, external thread, rack of 100",
                50,
                "RK",
                "6.10",
                "2026-12-04",
            ),
            (
                3,
                "ALM-5188",
                "Pipette tip 1000 ul, filtered, box of 96",
                20,
                "BX",
                "18.00",
                "2026-12-04",
            ),
        ],
    )
    slug = "northgate-xlsx"
    rows = [
        [
            "Line",
            "Item",
            "Description",
            "Qty ordered",
            "Unit price GBP",
            "Required",
            "Qty confirmed",
            "Confirmed price GBP",
            "Confirmed delivery",
            "Comment",
        ]
    ]
    conf_vals = {
        1: (100, 2.35, dt.date(2026, 12, 4), ""),
        2: (50, 6.40, dt.date(2026, 12, 4), "price increase"),
        3: (20, 18.00, dt.date(2027, 1, 8), "4 weeks lead time"),
    }
    for x in po["lines"]:
        q, p, d, note = conf_vals[x["line"]]
        rows.append(
            [
                x["line"],
                x["item"],
                x["description"],
                x["quantity"],
                float(x["unit_price"]),
                D(x["requested_date"]),
                q,
                p,
                d,
                note,
            ]
        )
    data = xlsx(rows, "PO lines", {"C": 44, "J": 20})
    own = (
        "Hi Priya,\n\nPlease find attached our confirmation - your order lines with our confirmed quantities, "
        "prices and delivery dates filled in.\n\nRegards,\nTom\n\nTom Hadley\nSales Office | Northgate Labware "
        "Ltd\n01908 555 014"
    )
    text, qidx = compose(own, q_outlook(po, "en-gb"))
    headers = reply_headers(
        slug,
        po,
        ("Tom Hadley", "t.hadley@northgate-labware.example"),
        "2026-11-17 09:41:10 +0000",
        "RE: " + request_subject(po),
        "outlook365",
        extra=[("X-MS-Has-Attach", "yes")],
    )
    headers = [hh for hh in headers if not (hh[0] == "X-MS-Has-Attach" and hh[1] == "")]
    body = mixed(
        [
            alternative(text, slug, quote_from=qidx, quote_style="outlook"),
            attachment(
                data,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "AM-PO-26-0952 confirmation.xlsx",
            ),
        ],
        f"_004_{hu(slug, 30)}_",
    )
    add(
        "northgate-outlook-xlsx-filled-in",
        [po],
        build_eml(headers, body),
        "confirmation",
        "The answer is only in the attached XLSX (our lines with 'Qty confirmed / Confirmed price / Confirmed "
        "delivery' columns, dates as real date cells): line 1 as ordered, line 2 price 6.40 (PO 6.10), line 3 "
        "delivery 2027-01-08. The mail body says nothing line-specific.",
        [conf(po, {2: chg(po, 2, unit_price="6.40"), 3: chg(po, 3, date="2027-01-08")})],
    )


def c023() -> None:
    po = make_po(
        "B2026-0063",
        ROTTAL,
        "falkner",
        "EUR",
        "2026-11-13",
        "2026-11-13 11:00:00 +0100",
        [
            (1, "FW-30-0101", "Rundtisch RT-250, pneumatisch", 2, "ST", "1190.00", "2026-12-18"),
            (2, "FW-30-0140", "Spannpratze SP-20", 40, "ST", "18.40", "2026-12-18"),
        ],
    )
    slug = "rottal-pdf-ab"
    F1, F2 = "F1", "F2"
    items = [
        (40, 800, F2, 14, "Maschinenbau Rottal GmbH"),
        (40, 786, F1, 8, "Rottalstraße 4 · 84307 Eggenfelden · Tel. +49 8721 555-0"),
        (40, 740, F1, 9, "Werkzeugbau Falkner GmbH"),
        (40, 729, F1, 9, "Einkauf, Herr Weber"),
        (40, 718, F1, 9, "Am Kalkofen 12, 57439 Attendorn"),
        (360, 740, F2, 12, "AUFTRAGSBESTÄTIGUNG"),
        (360, 726, F1, 9, "Nr. AB-26-11873"),
        (360, 715, F1, 9, "Datum: 16.11.2026"),
        (360, 704, F1, 9, "Ihre Bestellung: B2026-0063 vom 13.11.2026"),
        (
            40,
            680,
            F1,
            9,
            "Wir danken für Ihren Auftrag, den wir zu unseren Verkaufs- und Lieferbedingungen wie folgt bestätigen:",
        ),
        (40, 655, F2, 9, "Pos"),
        (70, 655, F2, 9, "Artikel"),
        (140, 655, F2, 9, "Bezeichnung"),
        (300, 655, F2, 9, "Menge"),
        (340, 655, F2, 9, "ME"),
        (370, 655, F2, 9, "Preis/ME EUR"),
        (440, 655, F2, 9, "Gesamt EUR"),
        (505, 655, F2, 9, "Liefertermin"),
        (40, 640, F1, 9, "1"),
        (70, 640, F1, 9, "FW-30-0101"),
        (140, 640, F1, 9, "Rundtisch RT-250, pneumatisch"),
        (300, 640, F1, 9, "2"),
        (340, 640, F1, 9, "ST"),
        (370, 640, F1, 9, "1.250,00"),
        (440, 640, F1, 9, "2.500,00"),
        (505, 640, F1, 9, "KW 02/2027"),
        (40, 626, F1, 9, "2"),
        (70, 626, F1, 9, "FW-30-0140"),
        (140, 626, F1, 9, "Spannpratze SP-20"),
        (300, 626, F1, 9, "40"),
        (340, 626, F1, 9, "ST"),
        (370, 626, F1, 9, "18,40"),
        (440, 626, F1, 9, "736,00"),
        (505, 626, F1, 9, "KW 51/2026"),
        (370, 600, F1, 9, "Nettowert"),
        (440, 600, F1, 9, "3.236,00"),
        (370, 588, F1, 9, "MwSt. 19 %"),
        (440, 588, F1, 9, "614,84"),
        (370, 574, F2, 9, "Gesamtbetrag"),
        (440, 574, F2, 9, "3.850,84"),
        (40, 550, F1, 8, "Pos. 1: Preisanpassung gemäß Materialteuerungszuschlag Aluminium."),
        (
            40,
            538,
            F1,
            8,
            "Lieferbedingung: FCA Eggenfelden (Incoterms 2020). Zahlung: 30 Tage netto.",
        ),
        (
            40,
            60,
            F1,
            7,
            "Maschinenbau Rottal GmbH · Sitz Eggenfelden · Amtsgericht Landshut HRB 5512 · "
            "Geschäftsführer: Anton Rottal",
        ),
    ]
    pdf = pdf_doc(items, "Auftragsbestätigung AB-26-11873")
    text = (
        "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung AB-26-11873 zu Ihrer "
        "Bestellung B2026-0063.\n\nBitte prüfen Sie die Angaben. Diese E-Mail wurde automatisch erstellt.\n\n"
        "Mit freundlichen Grüßen\nMaschinenbau Rottal GmbH\nVertrieb Innendienst\n"
    )
    mid = f"<AB2611873.{h(slug, 12)}@erp.rottal-mb.example>"
    headers = auto_headers(
        slug,
        ("Maschinenbau Rottal GmbH", "verkauf@rottal-mb.example"),
        (BUYERS["falkner"]["name"], BUYERS["falkner"]["email"]),
        "2026-11-16 06:15:02 +0100",
        "Auftragsbestätigung AB-26-11873 zu Ihrer Bestellung B2026-0063",
        mid,
        extra_top=[
            (
                "Received",
                "from erp.rottal-mb.example (erp.rottal-mb.example [192.0.2.77])\n"
                "\tby mx.falkner-wzb.example (Postfix) with ESMTPS id 4DfV3q2Bn1z8Rw\n"
                "\tfor <j.weber@falkner-wzb.example>; Mon, 16 Nov 2026 05:15:04 +0000 (UTC)",
            )
        ],
        extra=[("X-Mailer", "abas ERP Mailversand 2024r4")],
    )
    body = mixed(
        [
            text_part(text, "plain", "iso-8859-1", "quoted-printable"),
            attachment(pdf, "application/pdf", "AB-26-11873.pdf"),
        ],
        f"=_mixed {hu(slug, 16)}_=",
    )
    add(
        "rottal-erp-pdf-auftragsbestaetigung",
        [po],
        build_eml(headers, body),
        "confirmation",
        "ERP mail ('Diese E-Mail wurde automatisch erstellt', no In-Reply-To) carrying a real PDF order "
        "confirmation with a text layer: pos 1 at 1.250,00 (PO 1190.00) in 'KW 02/2027' (Friday 2027-01-15), pos 2 "
        "at 18,40 in 'KW 51/2026' = Friday 2026-12-18 = the PO date, so accepted. A supplier's ERP confirmation "
        "is a confirmation, not an auto-reply. Totals/VAT in the PDF are not prices.",
        [conf(po, {1: chg(po, 1, unit_price="1250.00", date=kw(2027, 2))})],
    )


def c024() -> None:
    po = make_po(
        "PUR-118915",
        GREATLAKES,
        "brightwater",
        "USD",
        "2026-11-16",
        "2026-11-16 13:30:00 -0500",
        [
            (1, "BWC-90012", "Pillow block bearing UCP205-16", 50, "EA", "12.80", "2026-12-11"),
            (2, "BWC-90033", "Flange bearing UCF207-20", 24, "EA", "31.50", "2026-12-11"),
            (3, "BWC-90047", "Take-up bearing UCT204-12", 10, "EA", "27.90", "2026-12-11"),
        ],
    )
    slug = "greatlakes-csv"
    csv_text = (
        "PO,Line,Part,Description,Qty,UOM,Unit Price,Due Date,Conf Qty,Conf Price,Conf Ship Date,Notes\r\n"
        "PUR-118915,1,BWC-90012,Pillow block bearing UCP205-16,50,EA,12.80,12/11/2026,50,12.80,12/09/2026,\r\n"
        "PUR-118915,2,BWC-90033,Flange bearing UCF207-20,24,EA,31.50,12/11/2026,24,33.00,12/11/2026,"
        "new mfr price\r\n"
        "PUR-118915,3,BWC-90047,Take-up bearing UCT204-12,10,EA,27.90,12/11/2026,0,,,"
        "discontinued by mfr - no replacement\r\n"
    )
    own = (
        "Marcus -\n\nAttached is your PO back with our confirmation columns filled in.\n\nThanks,\nJim Kowalski\n"
        "Great Lakes Bearing & PT\n(313) 555-0124"
    )
    text, qidx = compose(own, q_original(po))
    headers = reply_headers(
        slug,
        po,
        ("Jim Kowalski", "jkowalski@greatlakesbearing.example"),
        "2026-11-17 11:02:45 -0500",
        "RE: " + request_subject(po),
        "outlook",
    )
    body = mixed(
        [
            text_part(text, "plain", "us-ascii", "7bit"),
            attachment(csv_text.encode("ascii"), "text/csv", "PUR-118915_confirmed.csv"),
        ],
        f"----=_NextPart_000_{hu(slug, 4)}_01DC{hu(slug + 'b', 4)}.{hu(slug + 'c', 8)}",
    )
    body.preamble = "This is a multipart message in MIME format."
    add(
        "greatlakes-outlook-csv-attachment",
        [po],
        build_eml(headers, body),
        "confirmation",
        "CSV attachment with the PO lines and Conf Qty / Conf Price / Conf Ship Date columns (US dates): line 1 "
        "ships 12/09/2026 (ship date only, so that is the date), line 2 price 33.00, line 3 confirmed qty 0 "
        "'discontinued by mfr' -> rejected. The PO's own Qty/Price/Due columns sit in the same rows.",
        [conf(po, {1: chg(po, 1, date="2026-12-09"), 2: chg(po, 2, unit_price="33.00"), 3: REJ})],
    )


def c025() -> None:
    po1 = make_po(
        "4500012420",
        BALTIC,
        "norhaven",
        "EUR",
        "2026-11-16",
        "2026-11-16 08:05:00 +0100",
        [
            (10, "NH-950-010", "Welded frame S355, primed", 20, "PC", "148.00", "2026-12-11"),
            (20, "NH-950-022", "Mounting plate 10 mm S355", 40, "PC", "22.50", "2026-12-11"),
        ],
    )
    po2 = make_po(
        "4500012426",
        BALTIC,
        "norhaven",
        "EUR",
        "2026-11-16",
        "2026-11-16 08:07:00 +0100",
        [
            (10, "NH-950-101", "Bracket L 80x80x8", 500, "PC", "3.20", "2026-12-11"),
            (20, "NH-950-117", "Gusset plate 6 mm", 500, "PC", "1.85", "2026-12-11"),
        ],
    )
    po3 = make_po(
        "4500012431",
        BALTIC,
        "norhaven",
        "EUR",
        "2026-11-17",
        "2026-11-17 14:30:00 +0100",
        [
            (
                10,
                "NH-950-300",
                "Base frame, welded, hot-dip galvanised",
                4,
                "PC",
                "890.00",
                "2027-01-15",
            ),
        ],
    )
    own = (
        "Hello Ingrid,\n\n4500012420 is confirmed as ordered.\n\n4500012426: item 10 OK. Item 20 we can make "
        "300 pcs for 11 December, the remaining 200 pcs in week 3.\n\nThe third order we will answer "
        "separately.\n\nBest regards\nTomas Kazlauskas\nBaltic Metalworks UAB\n+370 37 555 018"
    )
    eml = std_reply(
        "baltic-two-pos",
        po1,
        ("Tomas Kazlauskas", "t.kazlauskas@baltic-metalworks.example"),
        "2026-11-18 10:14:33 +0200",
        "gmail",
        own,
        q_gmail(po1),
        quote_style="blockquote",
    )
    add(
        "baltic-gmail-two-pos-one-reply",
        [po1, po2, po3],
        eml,
        "confirmation",
        "One reply (threaded on the request for 4500012420) answers two POs by number: 4500012420 fully accepted; "
        "4500012426 item 10 accepted, item 20 split 300 on 2026-12-11 + 200 in 'week 3' (Friday 2027-01-22). The "
        "third open PO is only mentioned ('will answer separately') and is left out.",
        [
            conf(po1, {}),
            conf(
                po2,
                {
                    20: chg(
                        po2,
                        20,
                        date=kw(2027, 3),
                        schedule=[(300, "2026-12-11"), (200, kw(2027, 3))],
                    )
                },
            ),
        ],
    )


def c026() -> None:
    po = make_po(
        "PUR-118922",
        DELTA,
        "brightwater",
        "USD",
        "2026-11-17",
        "2026-11-17 09:40:00 -0500",
        [
            (1, "BWC-70110", "Linear guide rail HGR20, 1000 mm", 8, "EA", "74.00", "2026-12-14"),
            (2, "BWC-70125", "Carriage HGW20CC flanged", 16, "EA", "41.25", "2026-12-14"),
            (3, "BWC-70190", "End seal kit HG20", 16, "EA", "3.10", "2026-12-14"),
        ],
    )
    quote = inline(
        q_gmail(po),
        [
            ("BWC-70110", "OK"),
            (
                "BWC-70125",
                "Discontinued by the manufacturer, sorry - BWC-70240 (HGW20CA) is the replacement, I can "
                "quote it if you want.",
            ),
        ],
    )
    own = "Marcus, my answers are below.\n\nRachel"
    text = (
        own + "\n\n" + quote + "\n\n-- \nRachel Kim\nDelta Motion Components Inc.\n(480) 555-0175\n"
    )
    headers = reply_headers(
        "delta-inline",
        po,
        ("Rachel Kim", "rachel.kim@deltamotion.example"),
        "2026-11-17 14:25:51 -0700",
        "Re: " + request_subject(po),
        "gmail",
    )
    add(
        "delta-gmail-inline-discontinued",
        [po],
        build_eml(headers, alternative(text, "delta-inline")),
        "confirmation",
        "Inline answers under a Gmail quote: line 1 'OK' (accepted), line 2 discontinued with a suggested "
        "replacement (rejected; the replacement offer is not a confirmation), line 3 gets no answer -> unconfirmed.",
        [conf(po, {2: REJ, 3: UNC})],
    )


def c027() -> None:
    po = make_po(
        "AM/PO/26/0945",
        HOLLINS,
        "aldermoor",
        "GBP",
        "2026-11-16",
        "2026-11-16 15:10:00 +0000",
        [
            (
                1,
                "ALM-2201",
                "Nonwoven swab 10x10 cm, 4-ply, sterile",
                200,
                "PK",
                "3.15",
                "2026-12-11",
            ),
            (
                2,
                "ALM-2205",
                "Nonwoven swab 7.5x7.5 cm, 4-ply, sterile",
                200,
                "PK",
                "2.40",
                "2026-12-11",
            ),
        ],
    )
    own = (
        "Dear Priya,\n\nThank you for order AM/PO/26/0945. Unfortunately we are no longer able to supply either "
        "item - we ceased production of our nonwoven swab range at the end of October.\n\nApologies for the "
        "inconvenience.\n\nBest wishes,\nAnne\n\nAnne Cartwright\nCustomer Services\nHollins Medical Textiles Ltd"
    )
    text, qidx = compose(own, q_apple(po))
    headers = reply_headers(
        "hollins-apple",
        po,
        ("Anne Cartwright", "anne.cartwright@hollins-textiles.example"),
        "2026-11-17 10:22:07 +0000",
        "Re: " + request_subject(po),
        "apple",
    )
    body = multipart(
        "alternative",
        [text_part(text), text_part(to_html(text), "html")],
        f"Apple-Mail={uuid_like('hollins', True)}",
    )
    add(
        "hollins-apple-mail-order-declined",
        [po],
        build_eml(headers, body),
        "confirmation",
        "The supplier declines the whole order (range discontinued): an answer, so kind confirmation with every "
        "line rejected.",
        [conf(po, {1: REJ, 2: REJ})],
    )


def c028() -> None:
    po = make_po(
        "PUR-118928",
        MIDWEST,
        "brightwater",
        "USD",
        "2026-11-17",
        "2026-11-17 10:00:00 -0500",
        [
            (1, "BWC-33018", "Timing belt pulley HTD 5M 24T", 200, "EA", "8.45", "2026-12-04"),
            (2, "BWC-33040", "Timing belt HTD 5M-450-15", 100, "EA", "11.20", "2026-12-04"),
        ],
    )
    own = (
        "Marcus,\n\nLine 1: 150 pcs in stock, they ship today. The remaining 50 are on backorder and will ship "
        "Dec 18.\nLine 2 OK as ordered.\n\nBrad Jensen\nMidwest Motion Supply\n(402) 555-0110"
    )
    eml = std_reply(
        "midwest-backorder",
        po,
        ("Brad Jensen", "brad.jensen@midwestmotion.example"),
        "2026-11-18 08:55:12 -0600",
        "outlook365",
        own,
        q_outlook(po, "en"),
    )
    add(
        "midwest-outlook365-backorder",
        [po],
        eml,
        "confirmation",
        "Backorder: line 1 150 ship 'today' (the Date header's day, 2026-11-18) and 50 on backorder shipping Dec 18 "
        "(2026-12-18); ship dates only, so they are the dates. Line 2 accepted.",
        [
            conf(
                po,
                {
                    1: chg(
                        po, 1, date="2026-12-18", schedule=[(150, "2026-11-18"), (50, "2026-12-18")]
                    )
                },
            )
        ],
    )


def c029() -> None:
    po = make_po(
        "4500012437",
        KERRIGAN,
        "norhaven",
        "EUR",
        "2026-11-17",
        "2026-11-17 08:30:00 +0100",
        [
            (10, "NH-300-131", "Shaft seal 50x72x8 FKM", 300, "PC", "3.40", "2026-12-18"),
            (20, "NH-300-255", "Bearing bush 30x36x25 bronze", 150, "PC", "5.25", "2026-12-18"),
            (30, "NH-300-118", "Shaft seal 40x62x8 FKM", 600, "PC", "2.85", "2026-12-18"),
        ],
    )
    own = (
        "Hi Ingrid,\n\nNH-300-131 and NH-300-118 go up to EUR 3.55 and EUR 2.98 per piece respectively (FKM "
        "compound increase, letter sent last month). NH-300-255 confirmed. Quantities and delivery as per your "
        "order.\n\nKind regards,\nNiamh\n\nNiamh Byrne\nCustomer Service | Kerrigan Precision Ltd"
    )
    text, _ = compose(own, q_thunderbird(po))
    headers = reply_headers(
        "kerrigan-item-codes",
        po,
        ("Niamh Byrne", "niamh.byrne@kerrigan-precision.example"),
        "2026-11-18 12:10:40 +0000",
        "Re: " + request_subject(po),
        "thunderbird",
    )
    add(
        "kerrigan-thunderbird-by-item-code",
        [po],
        build_eml(headers, text_part(text, cte="8bit", flowed=True)),
        "confirmation",
        "Lines named by item code only, out of PO order, with 'respectively': NH-300-131 (item 10) 3.55, NH-300-118 "
        "(item 30) 2.98, NH-300-255 (item 20) as ordered.",
        [conf(po, {10: chg(po, 10, unit_price="3.55"), 30: chg(po, 30, unit_price="2.98")})],
    )


def c030() -> None:
    po = make_po(
        "PUR-118933",
        BAYVIEW,
        "brightwater",
        "USD",
        "2026-11-17",
        "2026-11-17 11:45:00 -0500",
        [
            (1, "BWC-12050", "Hex bolt 1/2-13 x 2 Gr5 zinc", 1500, "EA", "0.38", "2026-12-10"),
            (2, "BWC-12077", "Flat washer 1/2 USS zinc", 4500, "EA", "0.05", "2026-12-10"),
            (3, "BWC-12089", "Hex nut 1/2-13 Gr5 zinc", 1500, "EA", "0.09", "2026-12-10"),
        ],
    )
    own = (
        "Hi Marcus,\n\nThe flat washers only come in boxes of 1,000, so we'll ship 5,000 instead of 4,500. "
        "Everything else as ordered.\n\nCarla Reyes\nBayview Industrial Supply\n(510) 555-0148"
    )
    eml = std_reply(
        "bayview-moq",
        po,
        ("Carla Reyes", "creyes@bayview-industrial.example"),
        "2026-11-18 09:31:20 -0800",
        "outlook",
        own,
        q_original(po),
    )
    add(
        "bayview-outlook-original-message-moq-by-description",
        [po],
        eml,
        "confirmation",
        "Line addressed by description only ('the flat washers') with a pack-size round-up 4,500 -> 5,000 "
        "(thousands separator); other lines accepted. Quote under '-----Original Message-----'.",
        [conf(po, {2: chg(po, 2, quantity=5000)})],
    )


def c031() -> None:
    po = make_po(
        "AM/PO/26/0958",
        BRACKLEY,
        "aldermoor",
        "GBP",
        "2026-11-17",
        "2026-11-17 14:05:00 +0000",
        [
            (
                1,
                "ALM-6610",
                "Heat shrink sleeve 6.4 mm black, 1.2 m",
                200,
                "EA",
                "0.95",
                "2026-12-08",
            ),
            (2, "ALM-6642", "Hook-up wire 0.5 mm² PVC blue", 600, "M", "0.21", "2026-12-08"),
        ],
    )
    own = (
        "Hi Priya,\n\nLine 2 - the wire comes on 305 m drums, so we'll supply 2 drums = 610 m rather than 600 m, "
        "same price per metre. Line 1 fine.\n\nCheers,\nGary\n\nGary Holt | Sales | Brackley Cable & Wire Ltd\n"
        "01280 555 061"
    )
    eml = std_reply(
        "brackley-over",
        po,
        ("Gary Holt", "gary.holt@brackley-cable.example"),
        "2026-11-18 15:20:02 +0000",
        "outlook",
        own,
        q_outlook(po, "en-gb"),
    )
    add(
        "brackley-outlook-over-quantity-drums",
        [po],
        eml,
        "confirmation",
        "Over-delivery to a full pack: 2 drums of 305 m = 610 m instead of 600 m (the total is stated); price and "
        "date as ordered. '305' and '2' are not the confirmed quantity.",
        [conf(po, {2: chg(po, 2, quantity=610)})],
    )


def c032() -> None:
    po = make_po(
        "4500012444",
        HARTMANN,
        "norhaven",
        "EUR",
        "2026-11-17",
        "2026-11-17 15:20:00 +0100",
        [
            (
                10,
                "NH-120-400",
                "Pressure transmitter 0-16 bar 4-20 mA",
                4,
                "PC",
                "1190.00",
                "2026-12-16",
            ),
            (20, "NH-120-455", "Process display DIN 48x96", 4, "PC", "236.50", "2026-12-16"),
        ],
    )
    own = (
        "Dear Ms Solberg,\n\nwe confirm your order 4500012444. Item 10: price EUR 1.250,00 per unit (our offer "
        "2026-117 did not yet include the 2027 price list), delivery as requested. Item 20 as ordered.\n\n"
        "Kind regards\n\nThomas Vogel\nVertriebsinnendienst\nHartmann Messtechnik GmbH | Siemensstraße 19 | "
        "35394 Gießen\nTel. +49 641 555 27-0"
    )
    eml = std_reply(
        "hartmann-eur",
        po,
        ("Vogel, Thomas", "t.vogel@hartmann-mt.example"),
        "2026-11-18 13:05:51 +0100",
        "outlook",
        own,
        q_outlook(po, "de"),
        subject="AW: " + request_subject(po),
    )
    add(
        "hartmann-outlook-de-client-english-eur-price",
        [po],
        eml,
        "confirmation",
        "German supplier writing English through a German Outlook (AW:, Von:/Gesendet:). 'EUR 1.250,00' is "
        "1250.00 in the de-DE locale (not 1.25); the offer number 2026-117 is neither a date nor a price.",
        [conf(po, {10: chg(po, 10, unit_price="1250.00")})],
    )


def c033() -> None:
    po = make_po(
        "PUR-118941",
        LONESTAR,
        "brightwater",
        "USD",
        "2026-11-18",
        "2026-11-18 08:50:00 -0500",
        [
            (1, "BWC-21004", "Ball valve 1in NPT 316SS 2000 WOG", 30, "EA", "46.80", "2026-12-08"),
            (2, "BWC-21011", "Ball valve 2in NPT 316SS 2000 WOG", 12, "EA", "118.00", "2026-12-08"),
            (3, "BWC-21120", "Check valve 1in NPT brass", 30, "EA", "19.25", "2026-12-08"),
        ],
    )
    own = (
        "Marcus - confirmed on all three lines, qty and pricing per your PO. We'll ship 12/04 and it delivers "
        "to Dayton 12/09 (3-day ground).\n\nRay\n\nRay Dominguez\nLone Star Valve & Fitting\n(713) 555-0190"
    )
    eml = std_reply(
        "lonestar-ship-deliver",
        po,
        ("Ray Dominguez", "ray@lonestar-valve.example"),
        "2026-11-18 16:44:09 -0600",
        "gmail",
        own,
        q_gmail(po),
        quote_style="blockquote",
    )
    add(
        "lonestar-gmail-ship-and-delivery-us-dates",
        [po],
        eml,
        "confirmation",
        "US month-first year-less dates: ship 12/04, deliver 12/09. The delivery date wins -> 2026-12-09 on all "
        "three lines (PO 12/08, so each line is changed).",
        [conf(po, {n: chg(po, n, date="2026-12-09") for n in (1, 2, 3)})],
    )


def c034() -> None:
    po = make_po(
        "AM/PO/26/0963",
        FENWICK,
        "aldermoor",
        "GBP",
        "2026-11-18",
        "2026-11-18 09:00:00 +0000",
        [
            (
                1,
                "ALM-8801",
                "Scalpel blade No. 11, sterile, box of 100",
                30,
                "BX",
                "9.80",
                "2026-12-14",
            ),
            (2, "ALM-8815", "Suture removal kit, sterile", 120, "EA", "2.65", "2026-12-14"),
        ],
    )
    own = (
        "Hi Priya,\n\nConfirmed as per PO.\n\nRegards\nMark\n\nMark Ellison | Sales Administrator | Fenwick "
        "Surgical Supplies Ltd\nt: 0191 555 0177\nPlease note our offices will be closed from 24/12/2026 to "
        "04/01/2027 inclusive. Orders received after 18/12 will be processed from 05/01.\n\nFenwick Surgical "
        "Supplies Ltd is registered in England No. 03381920. This email is confidential."
    )
    eml = std_reply(
        "fenwick-sig-dates",
        po,
        ("Mark Ellison", "mark.ellison@fenwick-surgical.example"),
        "2026-11-18 11:37:15 +0000",
        "outlook",
        own,
        q_original(po),
    )
    add(
        "fenwick-original-message-signature-dates",
        [po],
        eml,
        "confirmation",
        "'Confirmed as per PO' -> both lines accepted. The signature carries a holiday notice full of dates "
        "(24/12/2026, 04/01/2027, 18/12, 05/01) and a company number: none of them is a delivery date.",
        [conf(po, {})],
    )


def c035() -> None:
    po = make_po(
        "PUR-118946",
        RIDGELINE,
        "brightwater",
        "USD",
        "2026-11-18",
        "2026-11-18 10:10:00 -0500",
        [
            (1, "BWC-51220", "Terminal block 4-pole 600V", 500, "EA", "2.15", "2026-12-15"),
            (2, "BWC-51377", "Cable gland PG11 nylon", 400, "EA", "0.62", "2026-12-15"),
            (3, "BWC-51402", "DIN rail 35mm perforated, 2m", 40, "EA", "6.90", "2026-12-15"),
        ],
    )
    own = "All good except line 3 - that one will be the 17th instead of the 15th.\n\nSent from my iPhone"
    eml = std_reply(
        "ridgeline-iphone",
        po,
        ("Tanya Morales", "tanya@ridgeline-electric.example"),
        "2026-11-19 07:12:44 -0500",
        "iphone",
        own,
        q_apple(po, us=True),
        html=False,
    )
    add(
        "ridgeline-iphone-day-only-date",
        [po],
        eml,
        "confirmation",
        "iPhone one-liner: lines 1-2 accepted, line 3 'the 17th instead of the 15th' - a day-of-month only; the "
        "next 17th on/after the Date (2026-11-19) is 2026-12-17, which also fits 'instead of the 15th' (PO "
        "2026-12-15).",
        [conf(po, {3: chg(po, 3, date="2026-12-17")})],
    )


def c036() -> None:
    po = make_po(
        "4500012452",
        MORAVIA,
        "norhaven",
        "EUR",
        "2026-11-18",
        "2026-11-18 09:25:00 +0100",
        [
            (10, "NH-230-025", "Turned shaft D25 C45, L=310", 120, "PC", "11.90", "2026-12-11"),
            (20, "NH-230-030", "Turned shaft D30 C45, L=410", 80, "PC", "15.30", "2026-12-11"),
        ],
    )
    own = (
        "Dear Ingrid,\n\nwe confirm the order 4500012452 with following changes:\nitem 10 - unit price 12,40 EUR "
        "(instead of 11,90 EUR)\nitem 20 - delivery 17.12.2026\n\nBest regards\nPetr Novák\nsales department\n"
        "Moravské strojírny a.s., Tovární 1102, 686 01 Uherské Hradiště\ntel. +420 572 555 318"
    )
    text, _ = compose(own, q_thunderbird(po))
    headers = reply_headers(
        "moravia-cz",
        po,
        ("Petr Novák", "novak@moravske-strojirny.example"),
        "2026-11-19 08:03:29 +0100",
        "Re: " + request_subject(po),
        "thunderbird",
    )
    add(
        "moravia-thunderbird-cs-decimal-comma",
        [po],
        build_eml(headers, text_part(text, cte="quoted-printable")),
        "confirmation",
        "Czech supplier (cs-CZ: decimal comma, day-first) writing English: item 10 '12,40 EUR' = 12.40, item 20 "
        "'17.12.2026'. Everything else as ordered.",
        [conf(po, {10: chg(po, 10, unit_price="12.40"), 20: chg(po, 20, date="2026-12-17")})],
    )


def c037() -> None:
    po = make_po(
        "PUR-118931",
        SHAKTI,
        "brightwater",
        "USD",
        "2026-11-17",
        "2026-11-17 12:00:00 -0500",
        [
            (
                1,
                "BWC-80110",
                "Flange forging ASTM A105 2in CL150 RF",
                300,
                "EA",
                "14.20",
                "2027-01-15",
            ),
            (
                2,
                "BWC-80114",
                "Flange forging ASTM A105 3in CL150 RF",
                200,
                "EA",
                "19.60",
                "2027-01-15",
            ),
        ],
    )
    own = (
        "Dear Sir,\n\nGreetings from Shakti Forgings!\n\nWe are pleased to confirm your PO No. PUR-118931 as "
        "below:\n1) BWC-80110 Flange forging 2in - 300 Nos @ USD 14.20 - dispatch by 05/12/2026\n2) BWC-80114 "
        "Flange forging 3in - 200 Nos @ USD 19.60 - dispatch by 05/12/2026\n\nKindly note dispatch date is "
        "ex-works Pune; sea freight transit is approx. 5 weeks.\n\nThanks & Regards,\nAnil Deshpande\n"
        "Export Department | Shakti Forgings Pvt. Ltd.\nMIDC Chakan, Pune 410501, India\n+91 20 5555 0142"
    )
    eml = std_reply(
        "shakti-in",
        po,
        ("Anil Deshpande", "anil.d@shaktiforgings.example"),
        "2026-11-19 11:46:03 +0530",
        "outlook365",
        own,
        q_outlook(po, "en"),
    )
    add(
        "shakti-outlook-en-in-dispatch-date",
        [po],
        eml,
        "confirmation",
        "en-IN supplier (day-first): 'dispatch by 05/12/2026' is 5 December, a ship date and the only date given, "
        "so date = 2026-12-05 (the PO asked 2027-01-15). The transit time must not be added; 'Nos' = pieces.",
        [conf(po, {1: chg(po, 1, date="2026-12-05"), 2: chg(po, 2, date="2026-12-05")})],
    )


def c038() -> None:
    po = make_po(
        "PUR-118938",
        COPPERLINE,
        "brightwater",
        "USD",
        "2026-11-19",
        "2026-11-19 15:30:00 -0500",
        [
            (1, "BWC-64010", "PCB assembly, relay driver rev C", 40, "EA", "56.00", "2026-12-04"),
            (
                2,
                "BWC-64022",
                "Ribbon cable assembly 16-pin, 300 mm",
                80,
                "EA",
                "3.75",
                "2026-12-04",
            ),
        ],
    )
    own = (
        "Hi Marcus,\n\nConfirming PUR-118938 - we can deliver next Friday, qty and prices as on the PO.\n\n"
        "Have a good weekend,\nJen\n\n--\nJennifer Walsh | Copperline Electronics\n(978) 555-0136"
    )
    eml = std_reply(
        "copperline-next-friday",
        po,
        ("Jennifer Walsh", "jwalsh@copperline-elec.example"),
        "2026-11-21 10:18:37 -0500",
        "gmail",
        own,
        q_gmail(po),
        quote_style="blockquote",
    )
    add(
        "copperline-gmail-next-friday-saturday",
        [po],
        eml,
        "confirmation",
        "Relative date from the Date header: written Saturday 2026-11-21, 'next Friday' = 2026-11-27 (the coming "
        "Friday; this week's Friday has passed). Both lines change date only.",
        [conf(po, {1: chg(po, 1, date="2026-11-27"), 2: chg(po, 2, date="2026-11-27")})],
    )


def c039() -> None:
    po = make_po(
        "AM/PO/26/0966",
        PENROSE,
        "aldermoor",
        "GBP",
        "2026-11-11",
        "2026-11-11 11:30:00 +0000",
        [
            (
                1,
                "ALM-7720",
                "Silicone tubing 6x9mm, medical grade, 25 m coil",
                60,
                "RL",
                "38.60",
                "2026-12-07",
            ),
            (
                2,
                "ALM-7734",
                "Silicone tubing 3x5mm, medical grade, 25 m coil",
                30,
                "RL",
                "24.10",
                "2026-12-07",
            ),
        ],
    )
    own = (
        "Hi Priya,\n\nHappy to confirm this one. Both items are in the next extrusion run, so delivery in 2 weeks "
        "from today, prices as quoted on your PO.\n\nKind regards\nHelen\n\nHelen Marsh\nSales Coordinator | "
        "Penrose Tubing Ltd"
    )
    eml = std_reply(
        "penrose-2-weeks",
        po,
        ("Helen Marsh", "helen.marsh@penrose-tubing.example"),
        "2026-11-12 14:55:00 +0000",
        "owa",
        own,
        q_owa(po, "en-gb"),
    )
    add(
        "penrose-owa-in-two-weeks",
        [po],
        eml,
        "confirmation",
        "'delivery in 2 weeks from today', written Thursday 2026-11-12 -> 2026-11-26 for both lines (PO "
        "2026-12-07); quantities and prices as ordered.",
        [conf(po, {1: chg(po, 1, date="2026-11-26"), 2: chg(po, 2, date="2026-11-26")})],
    )


def c040() -> None:
    po = make_po(
        "PUR-118911",
        CASCADE,
        "brightwater",
        "USD",
        "2026-11-16",
        "2026-11-16 09:05:00 -0500",
        [
            (1, "BWC-44102", "O-ring kit, Viton, 382 pcs", 4, "KT", "142.00", "2026-11-30"),
            (2, "BWC-44230", "Spiral wound gasket 2in CL300", 40, "EA", "9.60", "2026-11-30"),
        ],
    )
    own = "Marcus - both lines in stock, shipping tomorrow FedEx Ground. Prices per PO.\n\nDave"
    eml = std_reply(
        "cascade-tomorrow",
        po,
        ("Dave Whitaker", "dwhitaker@cascadegasket.example"),
        "2026-11-16 15:10:26 -0800",
        "outlook",
        own,
        q_outlook(po, "en"),
    )
    add(
        "cascade-outlook-ships-tomorrow",
        [po],
        eml,
        "confirmation",
        "'shipping tomorrow' written Monday 2026-11-16 15:10 Pacific (23:10 UTC, still the 16th where it was "
        "written) -> ship date 2026-11-17 is the date for both lines (ship date only).",
        [conf(po, {1: chg(po, 1, date="2026-11-17"), 2: chg(po, 2, date="2026-11-17")})],
    )


def c041() -> None:
    po = make_po(
        "4500012458",
        SVENSSON,
        "norhaven",
        "EUR",
        "2026-11-18",
        "2026-11-18 13:00:00 +0100",
        [
            (10, "NH-640-012", "O-ring 45x3 NBR70", 2000, "PC", "0.09", "2026-12-04"),
            (20, "NH-640-019", "Flat gasket DN80 EPDM 3 mm", 400, "PC", "0.74", "2026-12-04"),
        ],
    )
    own = (
        "Hi Ingrid,\n\nItem 10 delivery CW 50, item 20 will be week 2 due to our Christmas shutdown. Prices and "
        "quantities as ordered.\n\nBest regards\nIngrid Lindqvist\nOrder desk | Svensson Gummi AB\n"
        "+46 36 555 0171"
    )
    eml = std_reply(
        "svensson-cw",
        po,
        ("Ingrid Lindqvist", "ingrid.lindqvist@svensson-gummi.example"),
        "2026-11-19 15:02:11 +0100",
        "outlook365",
        own,
        q_outlook(po, "en-gb"),
    )
    add(
        "svensson-outlook365-cw-and-week",
        [po],
        eml,
        "confirmation",
        "Calendar weeks without a weekday: 'CW 50' = Friday 2026-12-11, 'week 2' (after the new year) = Friday "
        "2027-01-15. Supplier contact and buyer share a first name (Ingrid), which must not confuse anything.",
        [conf(po, {10: chg(po, 10, date=kw(2026, 50)), 20: chg(po, 20, date=kw(2027, 2))})],
    )


def c042() -> None:
    po = make_po(
        "AM/PO/26/0970",
        WEXFORD,
        "aldermoor",
        "GBP",
        "2026-11-18",
        "2026-11-18 16:00:00 +0000",
        [
            (
                1,
                "ALM-9102",
                "Shipping carton 600x400x400 double wall",
                500,
                "EA",
                "1.40",
                "2026-12-10",
            ),
            (2, "ALM-9130", "Void fill paper roll 380 mm", 20, "RL", "27.50", "2026-12-10"),
        ],
    )
    own = (
        "Hi Priya,\n\nThanks for the order. As it is a repeat we can give you 5% off line 1 (i.e. -5% on your "
        "PO price). Line 2 will be delivered on 03/12, the rest as ordered.\n\nKind regards,\nSiobhan\n\n"
        "Siobhan Keane\nWexford Packaging Ltd"
    )
    text, _ = compose(own, q_thunderbird(po))
    headers = reply_headers(
        "wexford-discount",
        po,
        ("Siobhan Keane", "siobhan@wexford-packaging.example"),
        "2026-11-19 09:40:18 +0000",
        "Re: " + request_subject(po),
        "thunderbird",
    )
    add(
        "wexford-thunderbird-discount-gb-date",
        [po],
        build_eml(headers, text_part(text, cte="quoted-printable")),
        "confirmation",
        "'-5%' on line 1 applies to the PO price: 1.40 -> 1.33. Line 2 '03/12' in en-GB is 3 December (not "
        "March 12) -> 2026-12-03.",
        [conf(po, {1: chg(po, 1, unit_price="1.33"), 2: chg(po, 2, date="2026-12-03")})],
    )


def c043() -> None:
    po = make_po(
        "PUR-118950",
        PINNACLE,
        "brightwater",
        "USD",
        "2026-11-19",
        "2026-11-19 10:30:00 -0500",
        [
            (1, "BWC-15500", "Cable tie 8in black UV, 50 lb", 1000, "EA", "0.04", "2026-12-08"),
            (2, "BWC-15562", "Edge grommet strip, per ft", 200, "FT", "0.55", "2026-12-08"),
        ],
    )
    own = (
        "Hi Marcus,\n\nLine 2 has an MOQ of 250 ft, so we'll need to bump that to 250. Both lines will deliver "
        "12/03.\n\nRegards,\nDiane\n\nDiane Foster | Customer Service\nPinnacle Plastics Corp.\n(616) 555-0152"
    )
    eml = std_reply(
        "pinnacle-moq",
        po,
        ("Diane Foster", "dfoster@pinnacleplastics.example"),
        "2026-11-19 14:20:30 -0500",
        "outlook",
        own,
        q_outlook(po, "en"),
    )
    add(
        "pinnacle-outlook-moq-us-date",
        [po],
        eml,
        "confirmation",
        "MOQ round-up on line 2 (200 -> 250 ft) and a US month-first year-less date '12/03' = 2026-12-03 for both "
        "lines (PO 12/08).",
        [
            conf(
                po,
                {1: chg(po, 1, date="2026-12-03"), 2: chg(po, 2, quantity=250, date="2026-12-03")},
            )
        ],
    )


# ================================================================= cases 044-058 (not confirmations)

LINDNER = supplier(
    "LINDNER",
    "Lindner Hydraulik GmbH",
    "auftrag@lindner-hydraulik.example",
    "de-DE",
    "Herr Lindner",
)
MARCHAND = supplier(
    "MARCHAND", "Tôlerie Marchand", "contact@tolerie-marchand.example", "fr-FR", "Monsieur Marchand"
)
APEX = supplier("APEX", "Apex Sensor Corp.", "orders@apexsensor.example", "en-US", "Mike")


def dsn_body(
    boundary: str,
    human: list[Message],
    per_message: str,
    per_recipient: list[str],
    returned_type: str,
    returned: str,
) -> str:
    """A multipart/report; report-type=delivery-status body, written out by hand like an MTA does."""
    human_text = "".join(
        f"--{boundary}\n" + serialize(p).decode("ascii").replace("\r\n", "\n") + "\n" for p in human
    )
    status = (
        per_message.strip("\n") + "\n\n" + "\n\n".join(r.strip("\n") for r in per_recipient) + "\n"
    )
    return (
        f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{boundary}"\n'
        "Content-Transfer-Encoding: 7bit\n\nThis is a MIME-encapsulated message.\n\n"
        f"{human_text}"
        f"--{boundary}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n{status}\n"
        f"--{boundary}\nContent-Description: Undelivered Message\nContent-Type: {returned_type}\n\n"
        f"{returned.rstrip(chr(10))}\n\n--{boundary}--\n"
    )


def original_headers(po: dict) -> str:
    raw = request_eml(po).decode("utf-8").replace("\r\n", "\n")
    return raw.split("\n\n", 1)[0] + "\n"


def c044() -> None:
    po = make_po(
        "CA-26-1201",
        BERTHIER,
        "morvan",
        "EUR",
        "2026-11-19",
        "2026-11-19 09:10:00 +0100",
        [
            (1, "MV-5521", "Roulement 6205-2RS", 400, "PCE", "2.60", "2026-12-18"),
        ],
    )
    slug = "berthier-ooo-fr"
    text = (
        "Bonjour,\n\nJe suis absente du bureau jusqu'au mercredi 2 décembre inclus, avec un accès limité à ma "
        "messagerie.\nPour toute question urgente concernant vos commandes, merci de contacter "
        "adv@roulements-berthier.example ou le 04 72 55 50 10.\n\nCordialement,\nSophie Roux\n"
    )
    headers = reply_headers(
        slug,
        po,
        ("Sophie Roux", "s.roux@roulements-berthier.example"),
        "2026-11-19 09:10:06 +0100",
        "Réponse automatique : " + request_subject(po),
        "outlook365",
        extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    )
    add(
        "berthier-outlook365-reponse-automatique",
        [po],
        build_eml(headers, alternative(text, slug)),
        "auto_reply",
        "French Exchange out-of-office ('Réponse automatique :', Auto-Submitted) with a return date "
        "('jusqu'au mercredi 2 décembre inclus'); the date must not be taken as a delivery date.",
    )


def c045() -> None:
    po = make_po(
        "4500012463",
        ARANDIA,
        "norhaven",
        "EUR",
        "2026-11-19",
        "2026-11-19 10:00:00 +0100",
        [
            (10, "NH-520-031", "Machined flange AISI 316 DN50", 80, "PC", "38.50", "2026-12-18"),
        ],
    )
    slug = "arandia-gmail-vacation"
    text = (
        "Hola,\n\nEstaré fuera de la oficina hasta el 1 de diciembre, sin acceso al correo. Durante mi ausencia "
        "puede contactar con pedidos@arandia.example o llamar al +34 943 555 200.\n\nGracias,\nIker\n"
    )
    headers = reply_headers(
        slug,
        po,
        ("Iker Etxeberria", "iker.etxeberria@arandia.example"),
        "2026-11-19 10:00:41 +0100",
        "Re: " + request_subject(po),
        "gmail",
        extra=[("Auto-Submitted", "auto-replied")],
    )
    add(
        "arandia-gmail-vacation-responder-es",
        [po],
        build_eml(headers, alternative(text, slug)),
        "auto_reply",
        "Gmail vacation responder in Spanish: the subject is a plain 'Re:' of our request and it is threaded by "
        "In-Reply-To, only Auto-Submitted: auto-replied and the body ('Estaré fuera de la oficina hasta el 1 de "
        "diciembre') tell it is automatic.",
    )


def c046() -> None:
    po = make_po(
        "PUR-118957",
        LONESTAR,
        "brightwater",
        "USD",
        "2026-11-19",
        "2026-11-19 11:05:00 -0600",
        [
            (1, "BWC-21004", "Ball valve 1in NPT 316SS 2000 WOG", 20, "EA", "46.80", "2026-12-15"),
            (2, "BWC-21120", "Check valve 1in NPT brass", 20, "EA", "19.25", "2026-12-15"),
        ],
    )
    slug = "lonestar-helpdesk"
    t = po["_sent"]
    text = (
        "##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being "
        "reviewed by our order desk team.\n\nTo add additional comments, reply to this email.\n\n"
        "This email is a service from Lone Star Order Desk.\n\n"
        "----------------------------------------------\n\n"
        f"Marcus Delgado, {MON_EN[t.month - 1][:3]} {t.day}, {t.year}, {t.hour % 12 or 12}:{t:%M} "
        f"{'AM' if t.hour < 12 else 'PM'} CST\n\n" + request_text(po) + "\n[YXQ8R2-MK4V]\n"
    )
    headers = reply_headers(
        slug,
        po,
        ("Lone Star Order Desk", "orders@lonestar-valve.example"),
        "2026-11-19 11:05:52 -0600",
        "[Lone Star Order Desk] Re: " + request_subject(po),
        "plain",
        extra=[
            ("Auto-Submitted", "auto-generated"),
            ("X-Mailer", "Zendesk Mailer"),
            ("X-Zendesk-From-Account-Id", "8c1f2e"),
        ],
    )
    add(
        "lonestar-helpdesk-request-received",
        [po],
        build_eml(headers, alternative(text, slug)),
        "auto_reply",
        "Help-desk auto-acknowledgement ('Your request (48213) has been received'), Auto-Submitted: "
        "auto-generated. Our whole request is repeated below as conversation history WITHOUT '>' quoting - "
        "every PO value is there, none is the supplier's.",
    )


def c047() -> None:
    po = make_po(
        "B2026-0066",
        LINDNER,
        "falkner",
        "EUR",
        "2026-11-19",
        "2026-11-19 14:02:10 +0100",
        [
            (1, "FW-40-1100", "Hydraulikzylinder CD70 40/28-200", 2, "ST", "312.00", "2026-12-17"),
        ],
    )
    slug = "lindner-postfix-dsn"
    rcpt = LINDNER["email"]
    notice = (
        "This is the mail system at host mx.falkner-wzb.example.\n\nI'm sorry to have to inform you that your "
        "message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further "
        "assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You "
        "can\ndelete your own text from the attached returned message.\n\n                   The mail "
        f"system\n\n<{rcpt}>: host mail.lindner-hydraulik.example[192.0.2.150]\n    said: 550 5.1.1 <{rcpt}>: "
        "Recipient address rejected: User unknown in\n    local recipient table (in reply to RCPT TO command)\n"
    )
    p1 = text_part(notice, "plain", "us-ascii", "7bit")
    p1["Content-Description"] = "Notification"
    qid = "4DhK7c0Xy2z5Tq"
    body = dsn_body(
        f"{qid}.1795611731/mx.falkner-wzb.example",
        [p1],
        f"Reporting-MTA: dns; mx.falkner-wzb.example\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; "
        "j.weber@falkner-wzb.example\nArrival-Date: Thu, 19 Nov 2026 13:02:10 +0000 (UTC)",
        [
            f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.1.1\n"
            "Remote-MTA: dns; mail.lindner-hydraulik.example\nDiagnostic-Code: smtp; 550 5.1.1 "
            f"<{rcpt}>: Recipient address\n    rejected: User unknown in local recipient table"
        ],
        "text/rfc822-headers",
        original_headers(po),
    )
    headers = auto_headers(
        slug,
        ("Mail Delivery System", "MAILER-DAEMON@mx.falkner-wzb.example"),
        (BUYERS["falkner"]["name"], BUYERS["falkner"]["email"]),
        "2026-11-19 13:02:11 +0000",
        "Undelivered Mail Returned to Sender",
        f"<20261119130211.{qid}@mx.falkner-wzb.example>",
        return_path="<>",
        extra=[("Auto-Submitted", "auto-replied")],
    )
    add(
        "lindner-postfix-dsn-user-unknown-headers-only",
        [po],
        build_eml(headers, body),
        "bounce",
        "Postfix DSN, permanent 5.1.1 user unknown, returning only the headers of our request "
        "(text/rfc822-headers): the PO number is in the returned Subject, the 'From' is MAILER-DAEMON.",
    )


def c048() -> None:
    po = make_po(
        "CA-26-1206",
        MARCHAND,
        "morvan",
        "EUR",
        "2026-11-20",
        "2026-11-20 08:40:00 +0100",
        [
            (
                1,
                "MV-9010",
                "Tôle pliée inox 304 ép. 2 mm, plan 9010-B",
                24,
                "PCE",
                "41.00",
                "2026-12-18",
            ),
            (
                2,
                "MV-9014",
                "Capot acier peint RAL 7035, plan 9014-A",
                12,
                "PCE",
                "66.50",
                "2026-12-18",
            ),
        ],
    )
    slug = "marchand-gmail-bounce"
    rcpt = MARCHAND["email"]
    text = (
        f"\n** Address not found **\n\nYour message wasn't delivered to {rcpt} because the address couldn't be "
        "found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser"
        f"\n\nThe response from the remote server was:\n550 5.1.1 <{rcpt}>: Recipient address rejected: User "
        "unknown in virtual mailbox table\n"
    )
    alt = multipart(
        "alternative",
        [
            text_part(text, "plain", "UTF-8", "7bit"),
            text_part(to_html(text), "html", "UTF-8", "quoted-printable"),
        ],
        f"000000000000{h(slug, 16)}",
    )
    orig = request_eml(po).decode("utf-8").replace("\r\n", "\n")
    body = dsn_body(
        f"000000000000{h(slug + 'r', 16)}",
        [alt],
        "Reporting-MTA: dns; googlemail.com\nArrival-Date: Fri, 20 Nov 2026 00:40:03 -0800 (PST)\n"
        "X-Original-Message-ID: " + po["request_message_id"],
        [
            f"Final-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; "
            "mx1.tolerie-marchand.example. (192.0.2.201, the server for the domain tolerie-marchand.example.)\n"
            f"Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual\n"
            " mailbox table\nLast-Attempt-Date: Fri, 20 Nov 2026 00:40:04 -0800 (PST)"
        ],
        "message/rfc822",
        orig,
    )
    body = body.replace("Content-Description: Delivery report\n", "").replace(
        "Content-Description: Undelivered Message\n", ""
    )
    headers = auto_headers(
        slug,
        ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
        (BUYERS["morvan"]["name"], BUYERS["morvan"]["email"]),
        "2026-11-20 00:40:04 -0800",
        "Delivery Status Notification (Failure)",
        f"<{h(slug + 'mid', 8)}.{h(slug + 'mid2', 16)}.{int(h(slug, 5), 16)}.GMR@mx.google.com>",
        return_path="<>",
        extra_top=[
            (
                "Received",
                "by 2002:a05:6a10:8c44:b0:5e1:1f2a:77d0 with SMTP id "
                f"{b32ish(slug, 10)};\n\tFri, 20 Nov 2026 00:40:04 -0800 (PST)",
            )
        ],
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("In-Reply-To", po["request_message_id"]),
            ("References", po["request_message_id"]),
        ],
    )
    add(
        "marchand-gmail-dsn-address-not-found",
        [po],
        build_eml(headers, body),
        "bounce",
        "Google Workspace bounce ('Delivery Status Notification (Failure)', Address not found, 5.1.1) to a French "
        "buyer, with the whole original (our French request with its table) returned as message/rfc822 and "
        "In-Reply-To pointing at the request.",
    )


def c049() -> None:
    po = make_po(
        "PUR-118960",
        GREATLAKES,
        "brightwater",
        "USD",
        "2026-11-19",
        "2026-11-19 08:12:31 -0500",
        [
            (1, "BWC-90012", "Pillow block bearing UCP205-16", 80, "EA", "12.80", "2026-12-18"),
        ],
    )
    slug = "greatlakes-delayed"
    rcpt = GREATLAKES["email"]
    notice = (
        "This is the mail system at host mail.brightwater-controls.example.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 "
        "day(s) old.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please "
        "include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        f"                   The mail system\n\n<{rcpt}>: connect to\n    mx.greatlakesbearing.example"
        "[192.0.2.233]:25: Connection timed out\n"
    )
    p1 = text_part(notice, "plain", "us-ascii", "7bit")
    p1["Content-Description"] = "Notification"
    qid = "4DhM1r6Pk8z3Wd"
    body = dsn_body(
        f"{qid}.1795622000/mail.brightwater-controls.example",
        [p1],
        f"Reporting-MTA: dns; mail.brightwater-controls.example\nX-Postfix-Queue-ID: {qid}\n"
        "X-Postfix-Sender: rfc822; mdelgado@brightwater-controls.example\n"
        "Arrival-Date: Thu, 19 Nov 2026 13:12:31 +0000 (UTC)",
        [
            f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: delayed\nStatus: 4.4.1\n"
            "Diagnostic-Code: X-Postfix; connect to mx.greatlakesbearing.example[192.0.2.233]:25:\n"
            "    Connection timed out\nWill-Retry-Until: Tue, 24 Nov 2026 13:12:31 +0000 (UTC)"
        ],
        "text/rfc822-headers",
        original_headers(po),
    )
    body = body.replace(
        "Content-Description: Undelivered Message",
        "Content-Description: Undelivered Message Headers",
    )
    headers = auto_headers(
        slug,
        ("Mail Delivery System", "MAILER-DAEMON@mail.brightwater-controls.example"),
        (BUYERS["brightwater"]["name"], BUYERS["brightwater"]["email"]),
        "2026-11-19 17:22:40 +0000",
        "Delayed Mail (still being retried)",
        f"<20261119172240.{qid}@mail.brightwater-controls.example>",
        return_path="<>",
        extra=[("Auto-Submitted", "auto-replied")],
    )
    add(
        "greatlakes-postfix-delayed-4-4-1",
        [po],
        build_eml(headers, body),
        "bounce",
        "Postfix 'Delayed Mail (still being retried)' warning: Action: delayed, Status 4.4.1 - a temporary "
        "delivery problem, still a bounce report (not a human answer, nothing confirmed).",
    )


def c050() -> None:
    po = make_po(
        "AM/PO/26/0975",
        CALDWELL,
        "aldermoor",
        "GBP",
        "2026-11-20",
        "2026-11-20 10:30:00 +0000",
        [
            (
                1,
                "ALM-3310",
                "Polycarbonate housing, front, RAL 9003",
                1000,
                "EA",
                "4.92",
                "2027-01-08",
            ),
        ],
    )
    slug = "caldwell-exim-full"
    rcpt = CALDWELL["email"]
    orig = request_eml(po).decode("utf-8").replace("\r\n", "\n")
    text = (
        "This message was created automatically by mail delivery software.\n\nA message that you sent could not "
        "be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
        f"failed:\n\n  {rcpt}\n    host mx.caldwell-plastics.example [192.0.2.91]\n    SMTP error from remote "
        f"mail server after RCPT TO:<{rcpt}>:\n    552 5.2.2 <{rcpt}>: Mailbox full\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n" + orig
    )
    headers = auto_headers(
        slug,
        ("Mail Delivery System", "Mailer-Daemon@mail.aldermoor-medical.example"),
        (BUYERS["aldermoor"]["name"], BUYERS["aldermoor"]["email"]),
        "2026-11-20 10:30:09 +0000",
        "Mail delivery failed: returning message to sender",
        f"<E1vM{b32ish(slug, 10)}-000Ab3-1Q@mail.aldermoor-medical.example>",
        return_path="<>",
        extra=[("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied")],
    )
    add(
        "caldwell-exim-plain-bounce-mailbox-full",
        [po],
        build_eml(headers, text_part(text, "plain", "utf-8", "8bit")),
        "bounce",
        "Exim bounce as plain text (no multipart/report): 552 5.2.2 mailbox full (temporary by its status class "
        "although Exim calls it permanent). The copy of our request follows inline, unquoted, with all PO values.",
    )


def c051() -> None:
    po = make_po(
        "PUR-118964",
        DELTA,
        "brightwater",
        "USD",
        "2026-11-19",
        "2026-11-19 13:00:00 -0500",
        [
            (1, "BWC-70110", "Linear guide rail HGR20, 1000 mm", 10, "EA", "74.00", "2026-12-04"),
            (2, "BWC-70130", "Carriage HGH20CA", 100, "EA", "38.90", "2026-12-04"),
            (3, "BWC-70190", "End seal kit HG20", 20, "EA", "3.10", "2026-12-04"),
        ],
    )
    own = (
        "Hi Marcus,\n\nPUR-118964 confirmed in full, all 3 lines ship Dec 4.\n\nNote: on line 2 we only have 60 "
        "of the 100 left and that part is being phased out.\n\nRachel"
    )
    eml = std_reply(
        "delta-contradiction",
        po,
        ("Rachel Kim", "rachel.kim@deltamotion.example"),
        "2026-11-20 09:15:33 -0700",
        "gmail",
        own,
        q_gmail(po),
        quote_style="blockquote",
    )
    add(
        "delta-gmail-confirmed-in-full-but-only-60",
        [po],
        eml,
        "needs_review",
        "Contradiction: 'confirmed in full, all 3 lines' and then 'on line 2 we only have 60 of the 100 left, being "
        "phased out' - whether line 2 is 100, 60 or rejected is not knowable; a human must ask.",
    )


def c052() -> None:
    po = make_po(
        "4500012466",
        SVENSSON,
        "norhaven",
        "EUR",
        "2026-11-19",
        "2026-11-19 08:20:00 +0100",
        [
            (10, "NH-640-012", "O-ring 45x3 NBR70", 3000, "PC", "0.09", "2026-12-11"),
            (20, "NH-640-027", "Flat gasket DN100 EPDM 3 mm", 300, "PC", "0.96", "2026-12-11"),
        ],
    )
    own = (
        "Hi Ingrid,\n\nUnfortunately our moulding press is down for maintenance. We can deliver the complete "
        "order mid January, prices as per your order.\n\nBest regards\nIngrid Lindqvist\nOrder desk | Svensson "
        "Gummi AB"
    )
    eml = std_reply(
        "svensson-mid-january",
        po,
        ("Ingrid Lindqvist", "ingrid.lindqvist@svensson-gummi.example"),
        "2026-11-20 10:41:09 +0100",
        "outlook365",
        own,
        q_outlook(po, "en-gb"),
    )
    add(
        "svensson-outlook365-mid-january",
        [po],
        eml,
        "needs_review",
        "'mid January' for the whole order is not a date: the only delivery commitment is vague, so the answer "
        "needs a human (ask for a date) rather than a guessed 2027-01-15.",
    )


def c053() -> None:
    po = make_po(
        "4500012470",
        KERRIGAN,
        "norhaven",
        "EUR",
        "2026-11-20",
        "2026-11-20 09:00:00 +0100",
        [
            (10, "NH-300-118", "Shaft seal 40x62x8 FKM", 800, "PC", "2.85", "2026-12-18"),
            (20, "NH-410-007", "Retaining ring DIN 471 A40", 2000, "PC", "0.14", "2026-12-18"),
        ],
    )
    own = sig("Niamh Byrne", "Customer Service", "Kerrigan Precision Ltd", "T +353 21 555 0140")
    eml = std_reply(
        "kerrigan-empty",
        po,
        ("Niamh Byrne", "niamh.byrne@kerrigan-precision.example"),
        "2026-11-20 10:02:55 +0000",
        "outlook",
        own,
        q_outlook(po, "en-gb"),
    )
    add(
        "kerrigan-outlook-empty-reply-signature-only",
        [po],
        eml,
        "needs_review",
        "The reply holds nothing but the sender's signature above the Outlook quote (sent too early). The quote "
        "holds every PO value; nothing was committed.",
    )


def c054() -> None:
    po = make_po(
        "PUR-118963",
        HARBOR,
        "brightwater",
        "USD",
        "2026-11-19",
        "2026-11-19 16:00:00 -0500",
        [
            (1, "BWC-60114", "Shoulder bolt 3/8 x 1-1/2 alloy", 200, "EA", "1.92", "2026-12-11"),
            (2, "BWC-60190", "Hex nut 1/4-20 SS", 1000, "EA", "0.07", "2026-12-11"),
        ],
    )
    own = "Marcus, see below.\n\nKevin"
    eml = std_reply(
        "harbor-see-below",
        po,
        ("Kevin O'Neill", "kevin@harborpointfasteners.example"),
        "2026-11-20 08:05:10 -0500",
        "gmail",
        own,
        q_gmail(po),
        quote_style="blockquote",
    )
    add(
        "harbor-gmail-see-below-nothing-below",
        [po],
        eml,
        "needs_review",
        "'see below' - but below is only our own quoted request, with no inline answers. Reading the quote would "
        "'confirm' every line at PO values; nothing was actually said.",
    )


def c055() -> None:
    po = make_po(
        "4500012474",
        APEX,
        "norhaven",
        "EUR",
        "2026-11-19",
        "2026-11-19 17:10:00 +0100",
        [
            (
                10,
                "NH-120-610",
                "Thermocouple type K, 6 mm, 300 mm",
                20,
                "PC",
                "44.00",
                "2026-12-16",
            ),
            (
                20,
                "NH-120-622",
                "Compression fitting 1/4 NPT for 6 mm",
                20,
                "PC",
                "19.80",
                "2026-12-16",
            ),
        ],
    )
    own = (
        "Hi Ingrid,\n\nConfirmed. Please note our pricing is in USD: item 10 USD 48.00/ea, item 20 USD 21.50/ea, "
        "delivery as requested.\n\nBest,\nMike\n\nMike Sorensen | Apex Sensor Corp. | (763) 555-0183"
    )
    eml = std_reply(
        "apex-usd",
        po,
        ("Mike Sorensen", "msorensen@apexsensor.example"),
        "2026-11-20 08:33:47 -0600",
        "outlook365",
        own,
        q_outlook(po, "en"),
    )
    add(
        "apex-outlook365-prices-in-other-currency",
        [po],
        eml,
        "needs_review",
        "'Confirmed' but with prices in USD on a EUR purchase order: the confirmed price cannot be expressed in "
        "the PO currency without an exchange rate - a review reason, not a confident answer.",
    )


def c056() -> None:
    po = make_po(
        "PUR-118968",
        CASCADE,
        "brightwater",
        "USD",
        "2026-11-20",
        "2026-11-20 09:00:00 -0500",
        [
            (1, "BWC-44017", "Gasket, EPDM, 4in ANSI 150 flange", 120, "EA", "3.85", "2026-12-18"),
        ],
    )
    slug = "cascade-invoice"
    items = [
        (40, 800, "F2", 14, "Cascade Gasket & Seal Co."),
        (40, 786, "F1", 8, "4410 NW Yeon Ave, Portland OR 97210"),
        (400, 800, "F2", 14, "INVOICE"),
        (400, 784, "F1", 9, "Invoice no. 90231"),
        (400, 772, "F1", 9, "Invoice date 11/20/2026"),
        (400, 760, "F1", 9, "Terms: Net 30 - due 12/20/2026"),
        (
            40,
            740,
            "F1",
            9,
            "Bill to: Brightwater Controls Inc., 2250 Industrial Pkwy, Dayton OH 45414",
        ),
        (40, 726, "F1", 9, "Customer PO: PUR-118790        Shipped: 11/06/2026 via FedEx Ground"),
        (40, 690, "F2", 9, "Item"),
        (130, 690, "F2", 9, "Description"),
        (360, 690, "F2", 9, "Qty"),
        (410, 690, "F2", 9, "Unit price"),
        (490, 690, "F2", 9, "Amount"),
        (40, 676, "F1", 9, "BWC-44017"),
        (130, 676, "F1", 9, "Gasket, EPDM, 4in ANSI 150 flange"),
        (360, 676, "F1", 9, "240"),
        (410, 676, "F1", 9, "3.85"),
        (490, 676, "F1", 9, "924.00"),
        (40, 662, "F1", 9, "BWC-44230"),
        (130, 662, "F1", 9, "Spiral wound gasket 2in CL300"),
        (360, 662, "F1", 9, "84"),
        (410, 662, "F1", 9, "9.60"),
        (490, 662, "F1", 9, "806.40"),
        (410, 640, "F1", 9, "Freight"),
        (490, 640, "F1", 9, "3.60"),
        (410, 626, "F2", 9, "Total USD"),
        (490, 626, "F2", 9, "1,734.00"),
    ]
    pdf = pdf_doc(items, "Invoice 90231")
    text = (
        "Hello,\n\nPlease find attached invoice 90231 for your PO PUR-118790 (shipped 11/06/2026).\nAmount due: "
        "$1,734.00, due 12/20/2026 (net 30).\n\nRemit to: Cascade Gasket & Seal Co., PO Box 4410, Portland OR "
        "97208\n\nThank you for your business!\nAccounts Receivable\nCascade Gasket & Seal Co.\n"
    )
    headers = auto_headers(
        slug,
        ("Cascade Gasket & Seal - Accounts Receivable", "ar@cascadegasket.example"),
        (BUYERS["brightwater"]["name"], BUYERS["brightwater"]["email"]),
        "2026-11-20 12:01:15 -0800",
        "Invoice 90231 - PO PUR-118790",
        f"<{uuid_like(slug)}@cascadegasket.example>",
        extra_top=[
            (
                "Received",
                "from smtp.cascadegasket.example (smtp.cascadegasket.example "
                "[198.51.100.138])\n\tby inbound.brightwater-controls.example (Postfix) with "
                "ESMTPS id 4DhQ8n2Tc5z1Ys\n\tfor <mdelgado@brightwater-controls.example>; "
                "Fri, 20 Nov 2026 20:01:18 +0000 (UTC)",
            )
        ],
        extra=[("X-Mailer", "QuickBooks Online Mailer")],
    )
    body = mixed(
        [
            text_part(text, "plain", "us-ascii", "7bit"),
            attachment(pdf, "application/pdf", "Invoice_90231.pdf"),
        ],
        f"=_{h(slug, 24)}",
    )
    add(
        "cascade-invoice-for-other-po",
        [po],
        build_eml(headers, body),
        "unrelated",
        "Invoice (with a PDF) from the supplier's accounts department for an older, already shipped PO "
        "PUR-118790 - not the open PUR-118968, though the same item BWC-44017 at the same price appears in it. "
        "Not an answer about the open order.",
    )


def c057() -> None:
    po = make_po(
        "B2026-0070",
        HESSLER,
        "falkner",
        "EUR",
        "2026-11-20",
        "2026-11-20 08:00:00 +0100",
        [
            (1, "FW-10-2231", "Kugelgewindetrieb SFU1605, L=600", 6, "ST", "86.00", "2026-12-18"),
        ],
    )
    own = (
        "Sehr geehrte Damen und Herren,\n\naufgrund weiter gestiegener Material- und Energiekosten sehen wir uns "
        "gezwungen, unsere Listenpreise zum 01.01.2027 um durchschnittlich 4,5 % anzupassen. Bereits bestätigte "
        "Aufträge mit Liefertermin bis 31.03.2027 sind davon nicht betroffen.\n\nDie neue Preisliste 2027 "
        "erhalten Sie in den nächsten Tagen. Für Rückfragen stehen wir Ihnen gerne zur Verfügung.\n\n"
        "Mit freundlichen Grüßen\n\nDr. Eva Hessler\nGeschäftsführerin\nHessler Antriebstechnik GmbH"
    )
    slug = "hessler-price-letter"
    headers = reply_headers(
        slug,
        None,
        ("Hessler Antriebstechnik Vertrieb", "vertrieb@hessler-antriebe.example"),
        "2026-11-23 07:30:00 +0100",
        "Preisanpassung zum 01.01.2027",
        "outlook",
        to=("Einkauf Falkner", "einkauf@falkner-wzb.example"),
        cc="Jonas Weber <j.weber@falkner-wzb.example>",
    )
    add(
        "hessler-outlook-de-price-increase-letter",
        [po],
        build_eml(headers, alternative(own, slug)),
        "unrelated",
        "Circular letter announcing a 4,5 % list-price increase from 01.01.2027, sent to the buyer's purchasing "
        "address by the supplier of an open PO. It does not answer the order: the percentage must not be applied "
        "to B2026-0070 and 'bestätigte Aufträge' is not a confirmation.",
    )


def c058() -> None:
    po = make_po(
        "4500012461",
        KERRIGAN,
        "norhaven",
        "EUR",
        "2026-11-18",
        "2026-11-18 10:30:00 +0100",
        [
            (10, "NH-300-240", "Bearing bush 25x30x20 bronze", 400, "PC", "4.10", "2026-12-18"),
        ],
    )
    slug = "trondheim-other-supplier"
    other_req = "<req.4500012416.5f0c9e21aa@norhaven.example>"
    own = (
        "Hei Ingrid,\n\nOrder 4500012416 is confirmed, delivery week 51 as requested.\n\nMvh\nKnut Aasen\n"
        "Trondheim Stål AS"
    )
    headers = reply_headers(
        slug,
        po,
        ("Knut Aasen", "knut.aasen@trondheim-staal.example"),
        "2026-11-19 13:14:02 +0100",
        "Re: Purchase order 4500012416 - confirmation requested",
        "roundcube",
        refs=[other_req],
    )
    add(
        "trondheim-other-company-near-po-number",
        [po],
        build_eml(headers, text_part(own, cte="quoted-printable")),
        "unrelated",
        "A different company (another supplier's domain) confirms ITS order 4500012416, threaded on a request "
        "that is not among these open POs. The number is one transposition away from the open 4500012461 of "
        "Kerrigan: a near match across suppliers must not be made.",
    )


# ================================================================= cases 059-065 (added second round)

MAYER = supplier(
    "MAYER", "Schrauben Mayer e.K.", "info@schrauben-mayer.example", "de-DE", "Herr Mayer"
)
TOWNSEND = supplier(
    "TOWNSEND", "Townsend Lab Supplies Ltd", "orders@townsend-lab.example", "en-GB", "Chloe"
)


def c059() -> None:
    po = make_po(
        "PUR-118975",
        HARBOR,
        "brightwater",
        "USD",
        "2026-11-20",
        "2026-11-20 10:00:00 -0500",
        [
            (1, "BWC-60114", "Shoulder bolt 3/8 x 1-1/2 alloy", 300, "EA", "1.92", "2026-12-11"),
            (2, "BWC-60131", "Shoulder bolt 1/2 x 2 alloy", 150, "EA", "2.64", "2026-12-11"),
        ],
    )
    b = BUYERS["brightwater"]
    t = po["_sent"]
    fwd = (
        "---------- Forwarded message ---------\nFrom: Luis Ortega <lortega@harborpointfasteners.example>\n"
        "Date: Mon, Nov 23, 2026 at 7:52 AM\nSubject: RE: PUR-118975 Brightwater\n"
        "To: Kevin O'Neill <kevin@harborpointfasteners.example>\n\n"
        "Kevin - both lines can ship Dec 15, full quantities. The heat treat batch is booked.\n\nLuis\nPlant "
        "scheduling\n\n"
    )
    quote = (
        f"On {DOW_EN[t.weekday()][:3]}, {MON_EN[t.month - 1][:3]} {t.day}, {t.year} at 10:00 AM {b['name']} "
        f"<{b['email']}> wrote:\n\n" + quote_lines(request_text(po))
    )
    own = (
        "Marcus,\n\nSee below from our plant - confirmed on that basis, pricing per your PO.\n\nKevin\n\n"
        "Kevin O'Neill\nHarbor Point Fasteners LLC\n(216) 555-0163"
    )
    text = own + "\n\n" + fwd + quote
    headers = reply_headers(
        "harbor-forwarded-plant",
        po,
        ("Kevin O'Neill", "kevin@harborpointfasteners.example"),
        "2026-11-23 09:05:41 -0500",
        "Re: " + request_subject(po),
        "gmail",
    )
    add(
        "harbor-gmail-forwarded-plant-answer",
        [po],
        build_eml(headers, alternative(text, "harbor-fwd")),
        "confirmation",
        "The sales rep commits ('confirmed on that basis, pricing per your PO') to what the plant wrote in a "
        "forwarded internal message just below: both lines ship Dec 15 (ship date only -> 2026-12-15), full "
        "quantities. The forwarded text is the supplier's own; our request quoted under it is not.",
        [conf(po, {1: chg(po, 1, date="2026-12-15"), 2: chg(po, 2, date="2026-12-15")})],
    )


def c060() -> None:
    po = make_po(
        "B2026-0074",
        MAYER,
        "falkner",
        "EUR",
        "2026-11-23",
        "2026-11-23 09:14:00 +0100",
        [
            (
                1,
                "FW-20-0810",
                "Zylinderschraube ISO 4762 M8x30 12.9",
                1000,
                "ST",
                "0.09",
                "2026-12-16",
            ),
            (2, "FW-20-0655", "Gewindestift ISO 4026 M6x10", 500, "ST", "0.06", "2026-12-16"),
        ],
    )
    own = "Bestätigt, danke.\n\nGruß\nT. Mayer\n\n--\nSchrauben Mayer e.K. | Inh. Thomas Mayer\nHagener Str. 88, 58642 Iserlohn"
    eml = std_reply(
        "mayer-gmail-de",
        po,
        ("Thomas Mayer", "info@schrauben-mayer.example"),
        "2026-11-23 11:30:09 +0100",
        "gmail",
        own,
        q_gmail(po, "de"),
        quote_style="blockquote",
    )
    add(
        "mayer-gmail-de-bestaetigt",
        [po],
        eml,
        "confirmation",
        "Terse German 'Bestätigt, danke.' over a German Gmail quote ('Am Mo., 23. Nov. 2026 um 09:14 Uhr schrieb "
        "...'): all lines accepted at PO values.",
        [conf(po, {})],
    )


def c061() -> None:
    po1 = make_po(
        "4500012480",
        VANDIJK,
        "norhaven",
        "EUR",
        "2026-11-19",
        "2026-11-19 09:00:00 +0100",
        [
            (10, "NH-800-101", "Sensor bracket, anodised AlMg3", 100, "PC", "14.90", "2027-01-08"),
        ],
    )
    po2 = make_po(
        "4500012481",
        VANDIJK,
        "norhaven",
        "EUR",
        "2026-11-19",
        "2026-11-19 09:02:00 +0100",
        [
            (10, "NH-800-130", "Mounting rail 500 mm, anodised", 60, "PC", "11.20", "2027-01-08"),
            (20, "NH-800-131", "End cap for mounting rail", 120, "PC", "0.85", "2027-01-08"),
        ],
    )
    slug = "vandijk-new-thread"
    own = (
        "Dear Ingrid,\n\nHerewith we confirm order 4500012481, all items as per your purchase order.\n\n"
        "Met vriendelijke groet / Kind regards,\n\nIngrid de Boer\nVerkoop binnendienst\nVan Dijk "
        "Precisietechniek B.V."
    )
    headers = reply_headers(
        slug,
        po2,
        ("Ingrid de Boer", "i.deboer@vandijk-precisie.example"),
        "2026-11-23 14:12:50 +0100",
        "Order confirmation 4500012481",
        "outlook365",
        in_reply=False,
    )
    add(
        "vandijk-new-thread-po-in-subject",
        [po1, po2],
        build_eml(headers, alternative(own, slug)),
        "confirmation",
        "A new mail, not a reply (no In-Reply-To/References, no quote): the PO is found by the number in the "
        "subject and body among two open POs of the same supplier; only 4500012481 is answered.",
        [conf(po2, {})],
    )


def c062() -> None:
    po = make_po(
        "4500012486",
        BALTIC,
        "norhaven",
        "EUR",
        "2026-11-20",
        "2026-11-20 08:30:00 +0100",
        [
            (10, "NH-950-010", "Welded frame S355, primed", 40, "PC", "148.00", "2027-01-15"),
            (20, "NH-950-022", "Mounting plate 10 mm S355", 80, "PC", "22.50", "2027-01-15"),
        ],
    )
    slug = "baltic-loose-po"
    own = (
        "Hello Ingrid,\n\nregarding your P.O. #4500-012486: item 10 we can deliver 36 pcs instead of 40 (we are "
        "short of tube material), item 20 complete. Both on 15 January as requested.\n\nBest regards\n"
        "Tomas Kazlauskas\nBaltic Metalworks UAB"
    )
    headers = reply_headers(
        slug,
        po,
        ("Tomas Kazlauskas", "t.kazlauskas@baltic-metalworks.example"),
        "2026-11-23 16:40:12 +0200",
        "order confirmation",
        "outlook",
        in_reply=False,
    )
    add(
        "baltic-outlook-loose-po-number-cp1252",
        [po],
        build_eml(headers, text_part(own, "plain", "windows-1252", "base64")),
        "confirmation",
        "New thread with a generic subject; the PO is written loosely in the body ('P.O. #4500-012486'). Item 10 "
        "short (36 of 40), item 20 complete, both on '15 January' (-> 2027-01-15, the PO date). Body is "
        "windows-1252 in base64.",
        [conf(po, {10: chg(po, 10, quantity=36)})],
    )


def c063() -> None:
    po = make_po(
        "AM/PO/26/0981",
        TOWNSEND,
        "aldermoor",
        "GBP",
        "2026-11-20",
        "2026-11-20 11:15:00 +0000",
        [
            (
                1,
                "ALM-5188",
                "Pipette tip 1000 ul, filtered, box of 96",
                40,
                "BX",
                "18.00",
                "2026-12-09",
            ),
            (
                2,
                "ALM-5190",
                "Pipette tip 200 ul, filtered, box of 96",
                40,
                "BX",
                "6.90",
                "2026-12-09",
            ),
            (3, "ALM-5205", "Nitrile gloves M, box of 100", 60, "BX", "4.35", "2026-12-09"),
        ],
    )
    quote = inline(
        q_thunderbird(po),
        [
            ("ALM-5188", "OK"),
            ("ALM-5190", "price is now £7.20 per box"),
            ("ALM-5205", "OK"),
        ],
    )
    own = "Hi Priya,\n\nsee my comments inline."
    text = (
        own + "\n\n" + quote + "\n\n-- \nChloe Barnes\nTownsend Lab Supplies Ltd\n01223 555 0190\n"
    )
    headers = reply_headers(
        "townsend-inline",
        po,
        ("Chloe Barnes", "chloe.barnes@townsend-lab.example"),
        "2026-11-23 10:05:27 +0000",
        "Re: " + request_subject(po),
        "thunderbird",
    )
    add(
        "townsend-thunderbird-inline-two-row-lines",
        [po],
        build_eml(headers, text_part(text, cte="8bit", flowed=True)),
        "confirmation",
        "Inline answers placed between the two rows of each quoted line block (right under 'Line n - item - "
        "description', above the quoted 'Quantity/Price/Required' row): line 2 new price '£7.20 per box' (PO "
        "6.90); lines 1 and 3 'OK'. The quoted row after each answer belongs to the PO, not to the answer.",
        [conf(po, {2: chg(po, 2, unit_price="7.20")})],
    )


def c064() -> None:
    po = make_po(
        "4500012490",
        VANDIJK,
        "norhaven",
        "EUR",
        "2026-11-20",
        "2026-11-20 13:45:00 +0100",
        [
            (10, "NH-800-115", "Cover plate 2 mm, anodised AlMg3", 300, "PC", "9.75", "2027-01-08"),
        ],
    )
    slug = "vandijk-read-receipt"
    t = po["_sent"]
    text = (
        f"Your message\n\n  To: Verkoop\n  Subject: {request_subject(po)}\n  Sent: "
        f"{DOW_EN[t.weekday()]}, {t.day} {MON_EN[t.month - 1]} {t.year} {t:%H:%M}:00 (UTC+01:00) Amsterdam, Berlin\n"
        "\n was read on Monday, 23 November 2026 08:31:12 (UTC+01:00) Amsterdam, Berlin.\n"
    )
    bnd = f"----=_NextPart_000_{hu(slug, 4)}_01DC{hu(slug + 'x', 4)}.{hu(slug + 'y', 8)}"
    body = (
        f'Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary="{bnd}"\n\n'
        "This is a multipart message in MIME format.\n\n"
        f'--{bnd}\nContent-Type: text/plain;\n\tcharset="us-ascii"\nContent-Transfer-Encoding: 7bit\n\n{text}\n'
        f"--{bnd}\nContent-Type: message/disposition-notification\n\n"
        "Reporting-UA: DESKTOP-VD0412; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;verkoop@vandijk-precisie."
        f"example\nOriginal-Message-ID: {po['request_message_id']}\nDisposition: manual-action/MDN-sent-manually; "
        f"displayed\n\n--{bnd}--\n"
    )
    headers = reply_headers(
        slug,
        po,
        ("Verkoop", "verkoop@vandijk-precisie.example"),
        "2026-11-23 08:31:14 +0100",
        "Read: " + request_subject(po),
        "outlook",
    )
    headers = [x for x in headers if x[0] not in ("Content-Language",)]
    add(
        "vandijk-outlook-read-receipt-mdn",
        [po],
        build_eml(headers, body),
        "auto_reply",
        "Outlook read receipt (multipart/report; report-type=disposition-notification, 'Read:' subject, threaded "
        "by In-Reply-To): an automatic notice that the request was displayed, not an answer.",
    )


def c065() -> None:
    po1 = make_po(
        "PUR-118980",
        MIDWEST,
        "brightwater",
        "USD",
        "2026-11-20",
        "2026-11-20 14:00:00 -0500",
        [
            (1, "BWC-33018", "Timing belt pulley HTD 5M 24T", 100, "EA", "8.45", "2026-12-09"),
        ],
    )
    po2 = make_po(
        "PUR-118984",
        MIDWEST,
        "brightwater",
        "USD",
        "2026-11-20",
        "2026-11-20 14:20:00 -0500",
        [
            (1, "BWC-33040", "Timing belt HTD 5M-450-15", 60, "EA", "11.20", "2026-12-14"),
        ],
    )
    own = (
        "Marcus,\n\nWould it be OK to ship PUR-118980 together with PUR-118984 on Dec 14 to save you a freight "
        "charge? Let me know and I'll confirm both.\n\nBrad Jensen\nMidwest Motion Supply"
    )
    eml = std_reply(
        "midwest-consolidate",
        po1,
        ("Brad Jensen", "brad.jensen@midwestmotion.example"),
        "2026-11-23 10:22:05 -0600",
        "outlook365",
        own,
        q_outlook(po1, "en"),
    )
    add(
        "midwest-outlook365-proposal-question",
        [po1, po2],
        eml,
        "needs_review",
        "A proposal put as a question ('Would it be OK to ship ... together on Dec 14? Let me know and I'll "
        "confirm both'): a date is offered but nothing is committed until the buyer answers.",
    )


# ================================================================= cases 066-071 (third round)

ASHBY = supplier(
    "ASHBY", "Ashby Electronics Ltd", "sales@ashby-electronics.example", "en-GB", "Sam"
)
GREATPLAINS = supplier(
    "GREATPLAINS",
    "Great Plains Fastener Co.",
    "orders@greatplainsfastener.example",
    "en-US",
    "Bill",
)
HOFFMANN = supplier(
    "HOFFMANN",
    "Hoffmann Pneumatik GmbH",
    "vertrieb@hoffmann-pneumatik.example",
    "de-DE",
    "Frau Koch",
)


def c066() -> None:
    po = make_po(
        "AM/PO/26/0988",
        ASHBY,
        "aldermoor",
        "GBP",
        "2026-11-20",
        "2026-11-20 15:30:00 +0000",
        [
            (1, "ALM-4410", "Membrane keypad 4x3, IP65", 40, "EA", "11.20", "2026-12-11"),
            (2, "ALM-4425", "LCD module 16x2, white backlight", 25, "EA", "7.85", "2026-12-11"),
            (3, "ALM-4431", "Ribbon cable assembly 10-way, 150 mm", 80, "EA", "1.45", "2026-12-11"),
        ],
    )
    slug = "ashby-red-inline"
    answers = {
        1: "SH: OK",
        2: "SH: 20 only, the remainder is cancelled",
        3: "SH: OK, but delivery 16 December",
    }
    own = "Hi Priya,\n\nAnswers in red below.\n\nRegards,\nSam\n\nSam Hughes\nAshby Electronics Ltd\n01530 555 0147"
    quote = q_outlook(po, "en-gb")
    pairs = [
        (f"Price: £{fmt_money_en(x['unit_price'])} per", answers[x["line"]]) for x in po["lines"]
    ]
    plain_quote = inline(quote, pairs)
    text, qidx = compose(own, plain_quote)
    # HTML: the same, with the answers in red inside the (unprefixed) Outlook quote
    parts = []
    for i, ln in enumerate(text.split("\n")):
        if i == qidx:
            parts.append(
                '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            )
        if ln in answers.values():
            parts.append(
                f'<p class="MsoNormal"><b><span style="color:red">{html.escape(ln)}</span></b></p>'
            )
        else:
            parts.append(f'<p class="MsoNormal">{html.escape(ln) or "&nbsp;"}</p>')
    parts.append("</div>")
    body_html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body lang="EN-GB"><div class="WordSection1">\n'
        + "\n".join(parts)
        + "\n</div></body></html>\n"
    )
    headers = reply_headers(
        slug,
        po,
        ("Sam Hughes", "sam.hughes@ashby-electronics.example"),
        "2026-11-23 12:44:03 +0000",
        "RE: " + request_subject(po),
        "outlook",
    )
    body = multipart(
        "alternative",
        [text_part(text), text_part(body_html, "html")],
        f"----=_NextPart_000_{hu(slug, 4)}_01DC{hu(slug + 'z', 4)}.{hu(slug + 'w', 8)}",
    )
    add(
        "ashby-outlook-answers-in-red-inside-quote",
        [po],
        build_eml(headers, body),
        "confirmation",
        "Outlook 'answers in red below': the answers (initials 'SH:') sit inside the unprefixed Outlook quote, "
        "after each quoted line block; in the text/plain part only their position shows they are new. Line 1 OK, "
        "line 2 20 of 25 (rest cancelled), line 3 delivery 16 December (2026-12-16).",
        [conf(po, {2: chg(po, 2, quantity=20), 3: chg(po, 3, date="2026-12-16")})],
    )


def c067() -> None:
    po = make_po(
        "PUR-118987",
        GREATPLAINS,
        "brightwater",
        "USD",
        "2026-11-20",
        "2026-11-20 16:10:00 -0600",
        [
            (
                1,
                "BWC-12310",
                "Hex cap screw 5/16-18 x 1 Gr5 zinc",
                2000,
                "EA",
                "0.11",
                "2026-12-11",
            ),
            (2, "BWC-12322", "Split lock washer 5/16 zinc", 2000, "EA", "0.02", "2026-12-11"),
            (3, "BWC-12330", "Hex nut 5/16-18 Gr5 zinc", 2000, "EA", "0.068", "2026-12-11"),
        ],
    )
    own = (
        "Marcus,\n\nAll 3 lines confirmed for 12/11. Note line 3 is priced at $72.00/M now, the $68/M on your PO "
        "is last year's price.\n\nBill Hanson\nGreat Plains Fastener Co.\n(316) 555-0129"
    )
    eml = std_reply(
        "greatplains-per-m",
        po,
        ("Bill Hanson", "bhanson@greatplainsfastener.example"),
        "2026-11-23 08:50:26 -0600",
        "gmail",
        own,
        q_gmail(po),
        quote_style="blockquote",
    )
    add(
        "greatplains-gmail-price-per-thousand",
        [po],
        eml,
        "confirmation",
        "US fastener pricing per thousand: '$72.00/M' = 0.072 per EA (PO 0.068, which the supplier calls "
        "'$68/M' - a PO value restated, not a new one). '12/11' = 2026-12-11 = the PO date.",
        [conf(po, {3: chg(po, 3, unit_price="0.072")})],
    )


def c068() -> None:
    po = make_po(
        "B2026-0079",
        HOFFMANN,
        "falkner",
        "EUR",
        "2026-11-23",
        "2026-11-23 10:14:20 +0100",
        [
            (
                1,
                "FW-50-2010",
                "Pneumatikzylinder ISO 15552 D50x100",
                4,
                "ST",
                "96.40",
                "2026-12-18",
            ),
            (2, "FW-50-2044", "5/2-Wegeventil G1/4, 24 V DC", 4, "ST", "58.00", "2026-12-18"),
        ],
    )
    slug = "hoffmann-exchange-ndr-de"
    b = BUYERS["falkner"]
    rcpt = HOFFMANN["email"]
    host = "EXCH01.falkner.local"
    orig = request_eml(po).decode("utf-8").replace("\r\n", "\n")
    text = (
        "Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.\n\n"
        f"      Betreff:    {request_subject(po)}\n      Gesendet:   23.11.2026 10:14\n\n"
        "Die folgenden Empfänger können nicht erreicht werden:\n\n"
        f"      {rcpt} am 23.11.2026 10:14\n"
        "            Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die "
        "E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden.\n"
        f"            <mx.falkner-wzb.example #5.1.1 smtp;550 5.1.1 <{rcpt}>: Recipient address rejected: "
        "User unknown in virtual mailbox table>\n"
    )
    p1 = text_part(text, "plain", "iso-8859-1", "quoted-printable")
    dsn = dsn_body(
        f"_000_{hu(slug, 28)}_",
        [p1],
        f"Reporting-MTA: dns;{host}\nReceived-From-MTA: dns;{host}\nArrival-Date: Mon, 23 Nov 2026 09:14:20 +0000",
        [
            f"Final-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.1.1\n"
            f"Diagnostic-Code: smtp;550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox"
            " table\nRemote-MTA: dns;mx.hoffmann-pneumatik.example"
        ],
        "message/rfc822",
        orig,
    )
    dsn = (
        dsn.replace("Content-Description: Delivery report\n", "")
        .replace("Content-Description: Undelivered Message\n", "")
        .replace("This is a MIME-encapsulated message.\n\n", "")
    )
    headers = auto_headers(
        slug,
        (
            "Microsoft Outlook",
            "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@falkner-wzb.example",
        ),
        (b["name"], b["email"]),
        "2026-11-23 09:14:27 +0000",
        "Unzustellbar: " + request_subject(po),
        f"<{uuid_like(slug)}@{host}>",
        in_reply=po["request_message_id"],
        return_path="<>",
        extra=[
            ("Content-Language", "de-DE"),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Auto-Submitted", "auto-replied"),
            ("Thread-Topic", hdr(request_subject(po))),
        ],
    )
    add(
        "hoffmann-exchange-ndr-unzustellbar-de",
        [po],
        build_eml(headers, dsn),
        "bounce",
        "German on-premises Exchange NDR ('Unzustellbar:', body in German, ISO-8859-1) with delivery-status 5.1.1 "
        "and our German request attached as message/rfc822.",
    )


def c069() -> None:
    po = make_po(
        "PUR-118990",
        COPPERLINE,
        "brightwater",
        "USD",
        "2026-11-20",
        "2026-11-20 11:00:00 -0500",
        [
            (1, "BWC-64010", "PCB assembly, relay driver rev C", 25, "EA", "56.00", "2026-12-11"),
            (
                2,
                "BWC-64022",
                "Ribbon cable assembly 16-pin, 300 mm",
                50,
                "EA",
                "3.75",
                "2026-12-11",
            ),
        ],
    )
    own = (
        "Hi Marcus,\n\nLine 1 confirmed as ordered. Line 2 (the ribbon cables) to be confirmed next week - we are "
        "waiting on connector stock.\n\nJen\n\n--\nJennifer Walsh | Copperline Electronics\n(978) 555-0136"
    )
    eml = std_reply(
        "copperline-tbc",
        po,
        ("Jennifer Walsh", "jwalsh@copperline-elec.example"),
        "2026-11-23 13:20:45 -0500",
        "gmail",
        own,
        q_gmail(po),
        quote_style="blockquote",
    )
    add(
        "copperline-gmail-one-line-tbc-next-week",
        [po],
        eml,
        "confirmation",
        "Partial answer: line 1 confirmed as ordered; line 2 'to be confirmed next week' is addressed without a "
        "commitment -> unconfirmed (FORMAT.md), and the message is still a confirmation for line 1.",
        [conf(po, {2: UNC})],
    )


def c070() -> None:
    po = make_po(
        "AM/PO/26/0991",
        FENWICK,
        "aldermoor",
        "GBP",
        "2026-11-20",
        "2026-11-20 12:00:00 +0000",
        [
            (
                1,
                "ALM-8801",
                "Scalpel blade No. 11, sterile, box of 100",
                20,
                "BX",
                "9.80",
                "2026-12-14",
            ),
            (2, "ALM-8840", "Disposable scalpel No. 15, sterile", 200, "EA", "0.74", "2026-12-14"),
        ],
    )
    own = (
        "Hi Priya,\n\nLine 1 will be delivered on Wednesday 9th December and line 2 on Friday 11th December. "
        "Prices and quantities as per your order.\n\nRegards\nMark\n\nMark Ellison | Sales Administrator | "
        "Fenwick Surgical Supplies Ltd"
    )
    eml = std_reply(
        "fenwick-ordinals",
        po,
        ("Mark Ellison", "mark.ellison@fenwick-surgical.example"),
        "2026-11-23 14:02:11 +0000",
        "owa",
        own,
        q_owa(po, "en-gb"),
    )
    add(
        "fenwick-owa-ordinal-dates",
        [po],
        eml,
        "confirmation",
        "Ordinal en-GB dates with weekday and no year: 'Wednesday 9th December' -> 2026-12-09, 'Friday 11th "
        "December' -> 2026-12-11 (both earlier than the PO's 14 December).",
        [conf(po, {1: chg(po, 1, date="2026-12-09"), 2: chg(po, 2, date="2026-12-11")})],
    )


def c071() -> None:
    po = make_po(
        "AM/PO/26/0994",
        CALDWELL,
        "aldermoor",
        "GBP",
        "2026-11-23",
        "2026-11-23 15:05:00 +0000",
        [
            (
                1,
                "ALM-3311",
                "Polycarbonate housing, rear, RAL 9003",
                800,
                "EA",
                "12.71",
                "2027-01-15",
            ),
        ],
    )
    slug = "caldwell-autorespond"
    text = (
        "Thank you for your order, which has been received by Caldwell Plastics Ltd.\n\nOur sales office will "
        "send you an order acknowledgement within 2 working days. Office hours: Monday to Friday, 8:00 - "
        "17:00.\n\nPlease do not reply to this message.\n"
    )
    headers = auto_headers(
        slug,
        ("Caldwell Plastics Ltd", "orders@caldwell-plastics.example"),
        (BUYERS["aldermoor"]["name"], BUYERS["aldermoor"]["email"]),
        "2026-11-23 15:05:09 +0000",
        "Thank you for your order",
        f"<autoresp.{h(slug, 14)}@caldwell-plastics.example>",
        in_reply=po["request_message_id"],
        extra_top=[
            (
                "Received",
                "from smtp.caldwell-plastics.example (smtp.caldwell-plastics.example "
                "[198.51.100.77])\n\tby mail.aldermoor-medical.example (Postfix) with ESMTPS id "
                "4DjR5m0Vb3z2Kp\n\tfor <p.natarajan@aldermoor-medical.example>; Mon, 23 Nov 2026 "
                "15:05:11 +0000 (UTC)",
            )
        ],
        extra=[
            ("X-Autoreply", "yes"),
            ("X-Autorespond", "Thank you for your order"),
            ("Precedence", "auto_reply"),
        ],
    )
    add(
        "caldwell-autoresponder-order-received",
        [po],
        build_eml(headers, text_part(text, "plain", "us-ascii", "7bit")),
        "auto_reply",
        "Order-desk autoresponder (X-Autoreply, X-Autorespond, Precedence: auto_reply, no Auto-Submitted): "
        "'Thank you for your order ... received', an acknowledgement will follow - receipt, not a commitment.",
    )


def c072() -> None:
    po = make_po(
        "4500012497",
        VITERIA,
        "norhaven",
        "EUR",
        "2026-11-20",
        "2026-11-20 10:30:00 +0100",
        [
            (10, "NH-700-812", "Hex nut DIN 934 M12 A2", 3000, "PC", "0.125", "2026-12-11"),
            (20, "NH-700-845", "Spring washer DIN 127 M12 A2", 3000, "PC", "0.038", "2026-12-11"),
        ],
    )
    own = (
        "Buongiorno Ingrid,\n\nconfermiamo l'ordine 4500012497: pos. 10 e 20 consegna settimana 51, quantità e "
        "prezzi come da ordine.\n\nCordiali saluti\nPaola Colombo\nUfficio Vendite - Viteria Lombarda S.p.A."
    )
    eml = std_reply(
        "viteria-outlook-it",
        po,
        ("Paola Colombo", "p.colombo@viteria-lombarda.example"),
        "2026-11-23 15:40:19 +0100",
        "outlook",
        own,
        q_outlook(po, "it"),
        subject="R: " + request_subject(po),
    )
    add(
        "viteria-outlook-it-settimana",
        [po],
        eml,
        "confirmation",
        "Italian Outlook ('R:' subject, Da:/Inviato:/Oggetto: block). 'settimana 51' is a calendar week without a "
        "weekday -> Friday 2026-12-18 for both items (PO 2026-12-11).",
        [conf(po, {10: chg(po, 10, date=kw(2026, 51)), 20: chg(po, 20, date=kw(2026, 51))})],
    )


# ================================================================= cases 073-088 (fresh round, written after the
# rules had been tuned on 001-072; see README)

SUMMITVIEW = supplier(
    "SUMMITVIEW", "Summitview Hydraulics Inc.", "orders@summitview-hyd.example", "en-US", "Greg"
)
KRAUSE = supplier(
    "KRAUSE", "Krause Blechbearbeitung GmbH", "info@krause-blech.example", "de-DE", "Herr Krause"
)
LEBLANC = supplier(
    "LEBLANC", "Leblanc Usinage SAS", "contact@leblanc-usinage.example", "fr-FR", "M. Leblanc"
)
DUNMORE = supplier(
    "DUNMORE", "Dunmore Instruments Ltd", "sales@dunmore-instruments.example", "en-GB", "Fiona"
)
ORTIZ = supplier(
    "ORTIZ", "Componentes Ortiz S.L.", "ventas@componentes-ortiz.example", "es-ES", "Marta"
)
VYSOKA = supplier(
    "VYSOKA", "Vysoká Přesnost s.r.o.", "prodej@vysoka-presnost.example", "cs-CZ", "Jana"
)
PRAIRIEWIND = supplier(
    "PRAIRIEWIND", "Prairie Wind Packaging", "orders@prairiewindpack.example", "en-US", "Lisa"
)
NILGIRI = supplier(
    "NILGIRI", "Nilgiri Castings Pvt. Ltd.", "sales@nilgiricastings.example", "en-IN", "Sir"
)
WENDT = supplier(
    "WENDT", "Wendt Verpackung GmbH", "vertrieb@wendt-verpackung.example", "de-DE", "Frau Wendt"
)


def c073() -> None:
    po = make_po(
        "PUR-119002",
        SUMMITVIEW,
        "brightwater",
        "USD",
        "2026-11-23",
        "2026-11-23 09:00:00 -0600",
        [
            (
                1,
                "BWC-40110",
                "Hydraulic hose 1/2in 2-wire, 36in assy",
                30,
                "EA",
                "24.60",
                "2026-12-18",
            ),
            (2, "BWC-40135", "JIC swivel fitting 1/2in", 60, "EA", "4.15", "2026-12-18"),
        ],
    )
    own = "PO accepted. ETA 12/16.\n\nGreg Lindqvist\nSummitview Hydraulics Inc.\n(605) 555-0117"
    eml = std_reply(
        "summitview-eta",
        po,
        ("Greg Lindqvist", "greg@summitview-hyd.example"),
        "2026-11-24 07:48:12 -0600",
        "outlook",
        own,
        q_original(po),
    )
    add(
        "summitview-outlook-accepted-eta",
        [po],
        eml,
        "confirmation",
        "'PO accepted. ETA 12/16.': the estimated arrival is a delivery date -> 2026-12-16 on both lines (PO "
        "12/18); quantities and prices as ordered.",
        [conf(po, {1: chg(po, 1, date="2026-12-16"), 2: chg(po, 2, date="2026-12-16")})],
    )


def c074() -> None:
    po = make_po(
        "B2026-0083",
        KRAUSE,
        "falkner",
        "EUR",
        "2026-11-23",
        "2026-11-23 11:20:00 +0100",
        [
            (
                1,
                "FW-60-0110",
                "Abdeckblech 2 mm DC01, pulverbeschichtet",
                50,
                "ST",
                "12.40",
                "2026-12-16",
            ),
            (2, "FW-60-0125", "Winkelkonsole 4 mm S235, verzinkt", 100, "ST", "6.80", "2026-12-16"),
        ],
    )
    own = (
        "Sehr geehrter Herr Weber,\n\nwir bestätigen Ihnen die Bestellung zum Wunschtermin und zu den genannten "
        "Preisen.\n\nMit freundlichen Grüßen\nK. Krause\nKrause Blechbearbeitung GmbH"
    )
    eml = std_reply(
        "krause-wunschtermin",
        po,
        ("Klaus Krause", "k.krause@krause-blech.example"),
        "2026-11-24 08:12:40 +0100",
        "outlook",
        own,
        q_outlook(po, "de"),
        subject="AW: " + request_subject(po),
    )
    add(
        "krause-outlook-de-zum-wunschtermin",
        [po],
        eml,
        "confirmation",
        "German 'wir bestätigen ... zum Wunschtermin und zu den genannten Preisen' = as ordered: both lines accepted.",
        [conf(po, {})],
    )


def c075() -> None:
    po = make_po(
        "CA-26-1215",
        LEBLANC,
        "morvan",
        "EUR",
        "2026-11-23",
        "2026-11-23 14:00:00 +0100",
        [
            (1, "MV-3301", "Axe usiné 42CrMo4 D20 L=250", 40, "PCE", "18.60", "2026-12-18"),
            (2, "MV-3302", "Axe usiné 42CrMo4 D25 L=300", 40, "PCE", "22.90", "2026-12-18"),
            (3, "MV-3310", "Entretoise acier D30x20", 200, "PCE", "1.75", "2026-12-18"),
        ],
    )
    own = (
        "Bonjour,\n\nBon pour accord sur l'ensemble, sauf ligne 3 : nous ne pouvons livrer que 150 pièces.\n\n"
        "Bien à vous,\nPierre Leblanc\nLeblanc Usinage SAS"
    )
    eml = std_reply(
        "leblanc-bon-pour-accord",
        po,
        ("Pierre Leblanc", "p.leblanc@leblanc-usinage.example"),
        "2026-11-24 09:30:00 +0100",
        "gmail",
        own,
        q_gmail(po, "fr"),
        quote_style="blockquote",
    )
    add(
        "leblanc-gmail-fr-bon-pour-accord-short",
        [po],
        eml,
        "confirmation",
        "French 'Bon pour accord sur l'ensemble, sauf ligne 3 : ... que 150 pièces' -> lines 1-2 accepted, line 3 "
        "short (150 of 200), same price and date.",
        [conf(po, {3: chg(po, 3, quantity=150)})],
    )


def c076() -> None:
    po = make_po(
        "AM/PO/26/1002",
        DUNMORE,
        "aldermoor",
        "GBP",
        "2026-11-23",
        "2026-11-23 10:00:00 +0000",
        [
            (1, "ALM-1105", "Infusion pump test analyser", 1, "EA", "1050.00", "2027-01-15"),
            (2, "ALM-1120", "Calibration certificate, UKAS", 1, "EA", "185.00", "2027-01-15"),
        ],
    )
    own = (
        "Dear Priya,\n\nThank you for your order. The analyser is now £1,085.00 each following our January price "
        "review; the certificate is confirmed at your price. Both will be delivered by 15 January.\n\nKind "
        "regards,\nFiona Grant\nDunmore Instruments Ltd"
    )
    eml = std_reply(
        "dunmore-gbp-thousands",
        po,
        ("Fiona Grant", "fiona.grant@dunmore-instruments.example"),
        "2026-11-24 11:05:00 +0000",
        "outlook365",
        own,
        q_outlook(po, "en-gb"),
    )
    add(
        "dunmore-outlook365-gbp-thousands-by-description",
        [po],
        eml,
        "confirmation",
        "Lines referred to by description ('the analyser', 'the certificate'); '£1,085.00 each' with a thousands "
        "comma (PO 1050.00); 'by 15 January' = 2027-01-15 = the PO date.",
        [conf(po, {1: chg(po, 1, unit_price="1085.00")})],
    )


def c077() -> None:
    po = make_po(
        "4500012503",
        ORTIZ,
        "norhaven",
        "EUR",
        "2026-11-23",
        "2026-11-23 09:30:00 +0100",
        [
            (10, "NH-330-501", "Spur gear m2 z40, C45", 20, "PC", "31.00", "2026-12-18"),
            (20, "NH-330-512", "Spur gear m2 z20, C45", 20, "PC", "17.50", "2026-12-18"),
            (30, "NH-330-530", "Gear rack m2 L=1000", 10, "PC", "48.00", "2026-12-18"),
        ],
    )
    own = (
        "Buenas tardes Ingrid,\n\nConfirmamos todo excepto la posición 30, que ya no fabricamos.\n\n"
        "Saludos,\nMarta Ortiz\nComponentes Ortiz S.L."
    )
    eml = std_reply(
        "ortiz-es-no-fabricamos",
        po,
        ("Marta Ortiz", "marta@componentes-ortiz.example"),
        "2026-11-24 16:20:00 +0100",
        "outlook365",
        own,
        q_outlook(po, "es"),
        subject="RE: " + request_subject(po),
    )
    add(
        "ortiz-outlook-es-all-but-one-rejected",
        [po],
        eml,
        "confirmation",
        "Spanish 'Confirmamos todo excepto la posición 30, que ya no fabricamos' -> items 10 and 20 accepted, "
        "item 30 rejected (no longer made).",
        [conf(po, {30: REJ})],
    )


def c078() -> None:
    po = make_po(
        "4500012507",
        VYSOKA,
        "norhaven",
        "EUR",
        "2026-11-23",
        "2026-11-23 13:00:00 +0100",
        [
            (10, "NH-230-040", "Ground shaft D40 h6, L=500", 30, "PC", "27.80", "2026-12-11"),
            (20, "NH-230-041", "Ground shaft D40 h6, L=800", 20, "PC", "39.50", "2026-12-11"),
        ],
    )
    own = (
        "Dobrý den,\n\npotvrzujeme objednávku 4500012507. Položka 10 množství a cena dle objednávky, položka 20 cena 41,20 EUR/ks, "
        "dodání obou položek 18.12.2026.\n\nS pozdravem\nJana Dvořáková\nVysoká Přesnost s.r.o."
    )
    text, _ = compose(own, q_thunderbird(po))
    headers = reply_headers(
        "vysoka-cz",
        po,
        ("Jana Dvořáková", "dvorakova@vysoka-presnost.example"),
        "2026-11-24 10:10:10 +0100",
        "Re: " + request_subject(po),
        "thunderbird",
    )
    add(
        "vysoka-thunderbird-czech-language",
        [po],
        build_eml(headers, text_part(text, cte="quoted-printable")),
        "confirmation",
        "Czech-language answer (cs-CZ): item 10 'množství a cena dle objednávky' (quantity and price as ordered) while the common delivery date "
        "18.12.2026 applies to both items -> item 10 date changes too; item 20 price '41,20 EUR/ks' (PO 39.50).",
        [
            conf(
                po,
                {
                    10: chg(po, 10, date="2026-12-18"),
                    20: chg(po, 20, unit_price="41.20", date="2026-12-18"),
                },
            )
        ],
    )


def c079() -> None:
    po = make_po(
        "B2026-0086",
        WENDT,
        "falkner",
        "EUR",
        "2026-11-23",
        "2026-11-23 15:00:00 +0100",
        [
            (1, "FW-70-0010", "Faltkarton 400x300x200, 2-wellig", 1000, "ST", "0.98", "2026-12-09"),
            (2, "FW-70-0022", "Luftpolsterfolie 1000 mm x 100 m", 10, "RL", "24.50", "2026-12-09"),
        ],
    )
    own = (
        "Hallo Herr Weber,\n\nPos. 1: 600 Stk. in KW 50, die restlichen 400 Stk. folgen in KW 2 (insgesamt "
        "1.000 Stk. wie bestellt). Pos. 2 Liefertermin 14.12.\n\nViele Grüße\n"
        "Anja Wendt\nWendt Verpackung GmbH"
    )
    eml = std_reply(
        "wendt-split-kw",
        po,
        ("Anja Wendt", "a.wendt@wendt-verpackung.example"),
        "2026-11-24 13:45:00 +0100",
        "gmail",
        own,
        q_gmail(po, "de"),
        quote_style="blockquote",
    )
    add(
        "wendt-gmail-de-split-over-and-yearless",
        [po],
        eml,
        "confirmation",
        "German: pos 1 split - 600 in KW 50 (Friday 2026-12-11) + 400 in KW 2 (Friday 2027-01-15), 'insgesamt "
        "1.000 Stk. wie bestellt' (thousands dot); pos 2 year-less '14.12.' -> 2026-12-14.",
        [
            conf(
                po,
                {
                    1: chg(
                        po, 1, date=kw(2027, 2), schedule=[(600, kw(2026, 50)), (400, kw(2027, 2))]
                    ),
                    2: chg(po, 2, date="2026-12-14"),
                },
            )
        ],
    )


def c080() -> None:
    po = make_po(
        "PUR-119010",
        PRAIRIEWIND,
        "brightwater",
        "USD",
        "2026-11-24",
        "2026-11-24 08:00:00 -0600",
        [
            (1, "BWC-95010", "Corrugated box 12x10x8 200#", 1000, "EA", "0.62", "2026-12-10"),
            (2, "BWC-95044", "Stretch film 18in x 1500ft 80ga", 24, "RL", "21.40", "2026-12-10"),
        ],
    )
    own = (
        "Hi Marcus,\n\nHere's what we can do:\n\nLine  Qty   Price   Ship\n1     1000  0.64    12/08\n"
        "2     24    21.40   12/08\n\nLisa\nPrairie Wind Packaging\n(402) 555-0166"
    )
    eml = std_reply(
        "prairiewind-own-table",
        po,
        ("Lisa Brandt", "lisa@prairiewindpack.example"),
        "2026-11-24 15:33:09 -0600",
        "gmail",
        own,
        q_gmail(po),
        quote_style="blockquote",
    )
    add(
        "prairiewind-gmail-own-plain-table",
        [po],
        eml,
        "confirmation",
        "The supplier's own small plain-text table (Line/Qty/Price/Ship): line 1 price 0.64 (PO 0.62), both ship "
        "12/08 -> 2026-12-08 (ship date only).",
        [
            conf(
                po,
                {
                    1: chg(po, 1, unit_price="0.64", date="2026-12-08"),
                    2: chg(po, 2, date="2026-12-08"),
                },
            )
        ],
    )


def c081() -> None:
    po = make_po(
        "AM/PO/26/1006",
        PENROSE,
        "aldermoor",
        "GBP",
        "2026-11-24",
        "2026-11-24 09:00:00 +0000",
        [
            (
                1,
                "ALM-7720",
                "Silicone tubing 6x9mm, medical grade, 25 m coil",
                30,
                "RL",
                "38.60",
                "2026-12-11",
            ),
        ],
    )
    own = "Yes confirmed all\n\nSent from my iPhone"
    eml = std_reply(
        "penrose-yes-all",
        po,
        ("Helen Marsh", "helen.marsh@penrose-tubing.example"),
        "2026-11-24 18:02:00 +0000",
        "iphone",
        own,
        q_apple(po),
        html=False,
    )
    add(
        "penrose-iphone-yes-confirmed-all",
        [po],
        eml,
        "confirmation",
        "'Yes confirmed all' from an iPhone: the single line accepted at PO values.",
        [conf(po, {})],
    )


def c082() -> None:
    po = make_po(
        "PUR-119014",
        SUMMITVIEW,
        "brightwater",
        "USD",
        "2026-11-24",
        "2026-11-24 10:00:00 -0600",
        [
            (
                1,
                "BWC-40110",
                "Hydraulic hose 1/2in 2-wire, 36in assy",
                50,
                "EA",
                "24.60",
                "2026-12-11",
            ),
        ],
    )
    own = (
        "Marcus,\n\nCould you live with delivery two weeks later than requested? Our crimp machine is down. Let "
        "me know and I will send the acknowledgement.\n\nGreg"
    )
    eml = std_reply(
        "summitview-two-weeks-later-q",
        po,
        ("Greg Lindqvist", "greg@summitview-hyd.example"),
        "2026-11-25 08:10:00 -0600",
        "outlook",
        own,
        q_outlook(po, "en"),
    )
    add(
        "summitview-outlook-asks-two-weeks-later",
        [po],
        eml,
        "needs_review",
        "A question ('Could you live with delivery two weeks later than requested?') - nothing committed; the "
        "relative 'two weeks later' must not become a confirmed date.",
    )


def c083() -> None:
    po = make_po(
        "CA-26-1219",
        LEBLANC,
        "morvan",
        "EUR",
        "2026-11-24",
        "2026-11-24 09:00:00 +0100",
        [
            (1, "MV-3301", "Axe usiné 42CrMo4 D20 L=250", 60, "PCE", "18.60", "2026-12-18"),
        ],
    )
    own = (
        "Bonjour Claire,\n\nNous vérifions le stock matière et revenons vers vous demain.\n\nCordialement,\n"
        "Pierre Leblanc"
    )
    eml = std_reply(
        "leblanc-revenons",
        po,
        ("Pierre Leblanc", "p.leblanc@leblanc-usinage.example"),
        "2026-11-24 17:40:00 +0100",
        "gmail",
        own,
        q_gmail(po, "fr"),
        quote_style="blockquote",
    )
    add(
        "leblanc-gmail-fr-revenons-demain",
        [po],
        eml,
        "needs_review",
        "French holding answer ('Nous vérifions le stock matière et revenons vers vous demain') - promises an "
        "answer tomorrow (2026-11-25), commits to nothing.",
    )


def c084() -> None:
    po = make_po(
        "PUR-119018",
        PRAIRIEWIND,
        "brightwater",
        "USD",
        "2026-11-24",
        "2026-11-24 11:00:00 -0600",
        [
            (1, "BWC-95010", "Corrugated box 12x10x8 200#", 2000, "EA", "0.62", "2026-12-18"),
        ],
    )
    slug = "prairiewind-ooo-plain"
    text = (
        "Hi,\n\nI'm out of the office and will be back on Tuesday, December 1. I will have limited access to "
        "email. For anything urgent please call our main line at (402) 555-0100.\n\nThanks,\nLisa\n"
    )
    headers = reply_headers(
        slug,
        po,
        ("Lisa Brandt", "lisa@prairiewindpack.example"),
        "2026-11-24 11:00:20 -0600",
        "Out of Office: " + request_subject(po),
        "outlook",
    )
    add(
        "prairiewind-outlook-out-of-office-subject-only",
        [po],
        build_eml(headers, alternative(text, slug)),
        "auto_reply",
        "Out-of-office with no automatic-reply header at all; the 'Out of Office:' subject prefix and the body "
        "give it away. Return Tuesday, December 1 (2026-12-01).",
    )


def c085() -> None:
    po = make_po(
        "4500012511",
        DUNMORE,
        "norhaven",
        "EUR",
        "2026-11-24",
        "2026-11-24 12:00:00 +0100",
        [
            (10, "NH-120-700", "Flow meter, magnetic, DN25", 2, "PC", "880.00", "2027-01-15"),
        ],
    )
    slug = "dunmore-policy-reject"
    rcpt = DUNMORE["email"]
    notice = (
        "This is the mail system at host mx01.norhaven.example.\n\nI'm sorry to have to inform you that your "
        "message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further "
        "assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You "
        "can\ndelete your own text from the attached returned message.\n\n                   The mail "
        f"system\n\n<{rcpt}>: host mx.dunmore-instruments.example[192.0.2.18] said:\n    554 5.7.1 Service "
        "unavailable; Client host [203.0.113.9] blocked using\n    zen.spamhaus.example (in reply to RCPT TO "
        "command)\n"
    )
    p1 = text_part(notice, "plain", "us-ascii", "7bit")
    p1["Content-Description"] = "Notification"
    qid = "4DkB2w5Rt9z4Nc"
    body = dsn_body(
        f"{qid}.1796040000/mx01.norhaven.example",
        [p1],
        f"Reporting-MTA: dns; mx01.norhaven.example\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; "
        "ingrid.solberg@norhaven.example\nArrival-Date: Tue, 24 Nov 2026 11:00:03 +0000 (UTC)",
        [
            f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.7.1\n"
            "Remote-MTA: dns; mx.dunmore-instruments.example\nDiagnostic-Code: smtp; 554 5.7.1 Service unavailable; "
            "Client host\n    [203.0.113.9] blocked using zen.spamhaus.example"
        ],
        "message/rfc822",
        request_eml(po).decode("utf-8").replace("\r\n", "\n"),
    )
    headers = auto_headers(
        slug,
        ("Mail Delivery System", "MAILER-DAEMON@mx01.norhaven.example"),
        (BUYERS["norhaven"]["name"], BUYERS["norhaven"]["email"]),
        "2026-11-24 11:00:04 +0000",
        "Undelivered Mail Returned to Sender",
        f"<20261124110004.{qid}@mx01.norhaven.example>",
        return_path="<>",
        extra=[("Auto-Submitted", "auto-replied")],
    )
    add(
        "dunmore-postfix-dsn-5-7-1-policy",
        [po],
        build_eml(headers, body),
        "bounce",
        "Postfix DSN for a policy rejection (554 5.7.1, our host on a blocklist): permanent, and the supplier "
        "never saw the request. The returned original carries the PO.",
    )


def c086() -> None:
    po = make_po(
        "PUR-119021",
        SUMMITVIEW,
        "brightwater",
        "USD",
        "2026-11-24",
        "2026-11-24 13:00:00 -0600",
        [
            (1, "BWC-40135", "JIC swivel fitting 1/2in", 200, "EA", "4.15", "2026-12-18"),
        ],
    )
    slug = "summitview-asn-other"
    text = (
        "Shipment notification\n\nYour order PUR-118795 has shipped.\n\nCarrier: UPS Ground\nTracking: "
        "1Z 999 AA1 01 2345 6784\nShip date: 11/24/2026\nEstimated delivery: 11/30/2026\n\nItems:\n"
        "BWC-40135  JIC swivel fitting 1/2in   qty 120\n\nSummitview Hydraulics Inc. - this is an automated "
        "notification, replies are not monitored.\n"
    )
    headers = auto_headers(
        slug,
        ("Summitview Hydraulics", "shipping@summitview-hyd.example"),
        (BUYERS["brightwater"]["name"], BUYERS["brightwater"]["email"]),
        "2026-11-24 16:02:00 -0600",
        "Your order PUR-118795 has shipped",
        f"<asn.{h(slug, 16)}@summitview-hyd.example>",
        extra=[("X-Mailer", "Summitview WMS notifier")],
    )
    add(
        "summitview-shipping-notice-other-po",
        [po],
        build_eml(headers, text_part(text, "plain", "us-ascii", "7bit")),
        "unrelated",
        "Automated shipment notice for an older PO (PUR-118795, not open) from the supplier's warehouse system; "
        "same item as the open PO, with ship and delivery dates. Not an answer about the open order.",
    )


def c087() -> None:
    po = make_po(
        "PUR-119025",
        NILGIRI,
        "brightwater",
        "USD",
        "2026-11-24",
        "2026-11-24 09:00:00 -0600",
        [
            (
                1,
                "BWC-80210",
                "Valve body casting ASTM A216 WCB 2in",
                100,
                "EA",
                "38.50",
                "2027-01-29",
            ),
        ],
    )
    own = (
        "Dear Sir,\n\nGood day! Thank you for the PO. Kindly note the castings will be ready in 2nd week of "
        "January; we shall confirm exact dispatch date after pouring.\n\nWarm regards,\nRavi Kumar\nNilgiri "
        "Castings Pvt. Ltd., Coimbatore"
    )
    eml = std_reply(
        "nilgiri-second-week",
        po,
        ("Ravi Kumar", "ravi.k@nilgiricastings.example"),
        "2026-11-25 10:30:00 +0530",
        "outlook365",
        own,
        q_outlook(po, "en"),
    )
    add(
        "nilgiri-outlook365-second-week-of-january",
        [po],
        eml,
        "needs_review",
        "'ready in 2nd week of January; we shall confirm exact dispatch date after pouring' - a vague week and an "
        "explicit promise to confirm later: nothing committed.",
    )


def c088() -> None:
    po = make_po(
        "PUR-119030",
        PRAIRIEWIND,
        "brightwater",
        "USD",
        "2026-11-24",
        "2026-11-24 14:00:00 -0600",
        [
            (1, "BWC-95060", "Packing tape 2in x 110yd clear", 144, "RL", "1.95", "2026-12-11"),
            (2, "BWC-95071", "Kraft paper roll 30in x 900ft", 6, "RL", "48.00", "2026-12-11"),
        ],
    )
    own = (
        "Marcus,\n\nLine 1: 144 rolls, total $295.20. Line 2 OK. Both deliver 12/11.\n\nLisa\nPrairie Wind "
        "Packaging"
    )
    eml = std_reply(
        "prairiewind-line-total",
        po,
        ("Lisa Brandt", "lisa@prairiewindpack.example"),
        "2026-11-25 09:12:00 -0600",
        "gmail",
        own,
        q_gmail(po),
        quote_style="blockquote",
    )
    add(
        "prairiewind-gmail-line-total-not-unit",
        [po],
        eml,
        "confirmation",
        "Line 1 gives the line total ($295.20 for 144 rolls = 2.05 per roll, PO 1.95), not a unit price; line 2 "
        "as ordered; '12/11' = the PO date.",
        [conf(po, {1: chg(po, 1, unit_price="2.05")})],
    )


# ================================================================= cases 089-100 (private round, scored only at
# the deadline; see README)

BLUEWATER = supplier(
    "BLUEWATER", "Bluewater Seals LLC", "orders@bluewaterseals.example", "en-US", "Tom"
)
HALLAM = supplier(
    "HALLAM",
    "Hallam Precision Engineering Ltd",
    "sales@hallam-precision.example",
    "en-GB",
    "Graham",
)
STEINER = supplier(
    "STEINER",
    "Steiner Fördertechnik GmbH",
    "vertrieb@steiner-foerdertechnik.example",
    "de-DE",
    "Frau Maier",
)
DURAND2 = supplier(
    "MOREAU", "Moreau Électromécanique SA", "adv@moreau-em.example", "fr-FR", "Mme Moreau"
)
IBERTUB = supplier("IBERTUB", "Ibertub Tubos S.A.", "comercial@ibertub.example", "es-ES", "Javier")
CASCADIA = supplier(
    "CASCADIA", "Cascadia Motor Works", "sales@cascadiamotor.example", "en-US", "Nina"
)
BRUNNER = supplier(
    "BRUNNER", "Brunner Elektronik AG", "sales@brunner-elektronik.example", "de-DE", "Mr Brunner"
)
OSTRAVA = supplier(
    "OSTRAVA", "Ostravské kovárny a.s.", "sales@ostravske-kovarny.example", "cs-CZ", "Tomáš"
)


def c089() -> None:
    po = make_po(
        "PUR-119040",
        BLUEWATER,
        "brightwater",
        "USD",
        "2026-11-25",
        "2026-11-25 08:30:00 -0500",
        [
            (1, "BWC-44310", "Lip seal 2.000 x 2.500 x .250 NBR", 100, "EA", "3.40", "2026-12-11"),
            (2, "BWC-44322", "Lip seal 2.500 x 3.000 x .312 NBR", 100, "EA", "4.05", "2026-12-11"),
            (3, "BWC-44390", "Wear ring 2in PTFE bronze-filled", 50, "EA", "6.75", "2026-12-11"),
        ],
    )
    own = (
        "Marcus,\n\nWe're good on everything. Only change: line 2 will be 3 days late (12/14 instead of 12/11).\n\n"
        "Tom Reilly\nBluewater Seals LLC"
    )
    eml = std_reply(
        "bluewater-3-days-late",
        po,
        ("Tom Reilly", "treilly@bluewaterseals.example"),
        "2026-11-25 14:02:00 -0500",
        "outlook",
        own,
        q_outlook(po, "en"),
    )
    add(
        "bluewater-outlook-one-line-three-days-late",
        [po],
        eml,
        "confirmation",
        "'We're good on everything. Only change: line 2 ... (12/14 instead of 12/11)': lines 1 and 3 accepted, line "
        "2 date 2026-12-14; the restated PO date 12/11 is not the answer.",
        [conf(po, {2: chg(po, 2, date="2026-12-14")})],
    )


def c090() -> None:
    po = make_po(
        "AM/PO/26/1012",
        HALLAM,
        "aldermoor",
        "GBP",
        "2026-11-25",
        "2026-11-25 09:00:00 +0000",
        [
            (1, "ALM-6001", "Machined manifold block, 316L", 12, "EA", "148.00", "2026-12-11"),
            (2, "ALM-6004", "Manifold end cap, 316L", 24, "EA", "22.50", "2026-12-11"),
        ],
    )
    own = (
        "Hi Priya,\n\nConfirmed with thanks. Line 1 will now be despatched on 14/12 and delivered to you on 15/12; "
        "line 2 as per your order.\n\nBest regards\nGraham\n\nGraham Booth | Hallam Precision Engineering Ltd"
    )
    eml = std_reply(
        "hallam-despatched",
        po,
        ("Graham Booth", "graham.booth@hallam-precision.example"),
        "2026-11-25 16:40:00 +0000",
        "gmail",
        own,
        q_gmail(po),
        quote_style="blockquote",
    )
    add(
        "hallam-gmail-despatched-and-delivered",
        [po],
        eml,
        "confirmation",
        "British 'despatched on 14/12 and delivered ... on 15/12' (day-first, year-less): the delivery date wins "
        "-> 2026-12-15 for line 1; line 2 accepted.",
        [conf(po, {1: chg(po, 1, date="2026-12-15")})],
    )


def c091() -> None:
    po = make_po(
        "B2026-0091",
        STEINER,
        "falkner",
        "EUR",
        "2026-11-25",
        "2026-11-25 10:00:00 +0100",
        [
            (
                1,
                "FW-80-0101",
                "Förderband-Gurt PVC 400 mm, endlos",
                2,
                "ST",
                "312.00",
                "2026-12-16",
            ),
            (2, "FW-80-0115", "Antriebstrommel D113, L=420", 2, "ST", "268.00", "2026-12-16"),
            (3, "FW-80-0120", "Umlenktrommel D88, L=420", 2, "ST", "141.00", "2026-12-16"),
        ],
    )
    quote = inline(
        q_gmail(po, "de"), [("FW-80-0115", "geht erst zum 08.01.2027, Trommelrohr fehlt")]
    )
    own = "Hallo Herr Weber,\n\nPos. 1 und 3 ok, zu Pos. 2 siehe unten.\n\nGruß\nM. Maier"
    text = own + "\n\n" + quote
    headers = reply_headers(
        "steiner-inline-de",
        po,
        ("Monika Maier", "m.maier@steiner-foerdertechnik.example"),
        "2026-11-26 08:15:00 +0100",
        "Re: " + request_subject(po),
        "gmail",
    )
    add(
        "steiner-gmail-de-top-and-inline",
        [po],
        build_eml(headers, alternative(text, "steiner-inline-de")),
        "confirmation",
        "Answer split between the top ('Pos. 1 und 3 ok, zu Pos. 2 siehe unten') and one inline answer under the "
        "quoted pos 2 ('geht erst zum 08.01.2027') -> pos 2 date 2027-01-08.",
        [conf(po, {2: chg(po, 2, date="2027-01-08")})],
    )


def c092() -> None:
    po = make_po(
        "CA-26-1224",
        DURAND2,
        "morvan",
        "EUR",
        "2026-11-25",
        "2026-11-25 11:00:00 +0100",
        [
            (1, "MV-8801", "Motoréducteur 0,75 kW i=20", 2, "PCE", "1190.00", "2026-12-18"),
            (2, "MV-8820", "Variateur 0,75 kW mono 230 V", 2, "PCE", "412.00", "2026-12-18"),
        ],
    )
    own = (
        "Bonjour Madame Dumont,\n\nNous confirmons votre commande. Ligne 1 : prix unitaire 1 250,00 € HT (tarif "
        "2027). Ligne 2 conforme. Livraison semaine 51.\n\nCordialement,\nHélène Moreau\nMoreau "
        "Électromécanique SA"
    )
    eml = std_reply(
        "moreau-fr-space-thousands",
        po,
        ("Hélène Moreau", "h.moreau@moreau-em.example"),
        "2026-11-26 10:00:00 +0100",
        "outlook",
        own,
        q_outlook(po, "fr"),
        subject="RE: " + request_subject(po),
    )
    add(
        "moreau-outlook-fr-space-thousands-semaine",
        [po],
        eml,
        "confirmation",
        "French number with a space as thousands separator: '1 250,00 € HT' = 1250.00 (PO 1190.00); 'Livraison "
        "semaine 51' -> Friday 2026-12-18 = the PO date.",
        [conf(po, {1: chg(po, 1, unit_price="1250.00")})],
    )


def c093() -> None:
    po = make_po(
        "4500012520",
        IBERTUB,
        "norhaven",
        "EUR",
        "2026-11-25",
        "2026-11-25 09:00:00 +0100",
        [
            (10, "NH-880-010", "Stainless tube 316L 12x1, 6 m", 40, "PC", "38.00", "2026-12-18"),
            (20, "NH-880-016", "Stainless tube 316L 16x1.5, 6 m", 40, "PC", "54.00", "2026-12-18"),
        ],
    )
    own = (
        "Buenos días,\n\nConfirmamos cantidades y precios. Plazo de entrega: semana 2.\n\nAtentamente,\n"
        "Javier Ruiz\nIbertub Tubos S.A."
    )
    eml = std_reply(
        "ibertub-semana",
        po,
        ("Javier Ruiz", "jruiz@ibertub.example"),
        "2026-11-26 12:00:00 +0100",
        "gmail",
        own,
        q_gmail(po, "es"),
        quote_style="blockquote",
    )
    add(
        "ibertub-gmail-es-semana-2",
        [po],
        eml,
        "confirmation",
        "Spanish 'Plazo de entrega: semana 2' - calendar week 2 of the coming year without a weekday -> Friday "
        "2027-01-15 for both lines; quantities and prices confirmed.",
        [conf(po, {10: chg(po, 10, date=kw(2027, 2)), 20: chg(po, 20, date=kw(2027, 2))})],
    )


def c094() -> None:
    po = make_po(
        "PUR-119047",
        CASCADIA,
        "brightwater",
        "USD",
        "2026-11-25",
        "2026-11-25 12:00:00 -0800",
        [
            (1, "BWC-71010", "Gear motor 1/2 HP 60:1, 90VDC", 5, "EA", "612.00", "2026-12-18"),
            (2, "BWC-71033", "Motor brake kit 90VDC", 5, "EA", "88.00", "2026-12-18"),
        ],
    )
    own = (
        "Hi Marcus,\n\nWe can only do 3 of the 5 gear motors this year, the brake kits are fine. Pricing and date "
        "per your PO.\n\nNina Patel\nCascadia Motor Works"
    )
    eml = std_reply(
        "cascadia-3-of-5",
        po,
        ("Nina Patel", "npatel@cascadiamotor.example"),
        "2026-11-26 09:30:00 -0800",
        "outlook365",
        own,
        q_outlook(po, "en"),
    )
    add(
        "cascadia-outlook365-three-of-five",
        [po],
        eml,
        "confirmation",
        "'We can only do 3 of the 5 gear motors' -> line 1 (named by description) short: 3; the brake kits (line 2) "
        "as ordered.",
        [conf(po, {1: chg(po, 1, quantity=3)})],
    )


def c095() -> None:
    po = make_po(
        "4500012524",
        BRUNNER,
        "norhaven",
        "EUR",
        "2026-11-25",
        "2026-11-25 14:00:00 +0100",
        [
            (
                10,
                "NH-150-210",
                "Signal conditioner 4-20 mA, DIN rail",
                10,
                "PC",
                "118.00",
                "2026-12-16",
            ),
            (
                20,
                "NH-150-222",
                "Power supply 24 V DC 2.5 A, DIN rail",
                10,
                "PC",
                "12.40",
                "2026-12-16",
            ),
        ],
    )
    slug = "brunner-html-only-comma"
    body_html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div style="font-family:Arial;font-size:10pt"><p>Dear Mrs Solberg,</p>'
        "<p>All items confirmed except item 20: price EUR 12,90 per piece.</p>"
        "<p>Kind regards<br>Urs Brunner<br>Brunner Elektronik AG, Winterthur</p></div>"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        "<p><b>From:</b> Ingrid Solberg &lt;ingrid.solberg@norhaven.example&gt;<br><b>Sent:</b> Wednesday, "
        "25 November 2026 14:00<br><b>Subject:</b> "
        + html.escape(request_subject(po))
        + "</p></div>"
        "<pre>" + html.escape(request_text(po)) + "</pre></body></html>\n"
    )
    headers = reply_headers(
        slug,
        po,
        ("Urs Brunner", "u.brunner@brunner-elektronik.example"),
        "2026-11-26 07:55:00 +0100",
        "AW: " + request_subject(po),
        "outlook365",
    )
    add(
        "brunner-outlook-html-only-decimal-comma",
        [po],
        build_eml(headers, text_part(body_html, "html")),
        "confirmation",
        "HTML-only reply in English from a de-DE supplier: 'price EUR 12,90 per piece' for item 20 = 12.90 (PO "
        "12.40), decimal comma by locale; item 10 confirmed.",
        [conf(po, {20: chg(po, 20, unit_price="12.90")})],
    )


def c096() -> None:
    po = make_po(
        "4500012528",
        OSTRAVA,
        "norhaven",
        "EUR",
        "2026-11-25",
        "2026-11-25 15:00:00 +0100",
        [
            (10, "NH-240-100", "Forged flange blank C22.8, D180", 60, "PC", "24.30", "2026-12-18"),
        ],
    )
    own = (
        "Dear Ingrid,\n\nthe order 4500012528 is confirmed. Delivery Mon 14.12.\n\nBest regards\nTomáš Horák\n"
        "Ostravské kovárny a.s."
    )
    text, _ = compose(own, q_thunderbird(po))
    headers = reply_headers(
        "ostrava-mon",
        po,
        ("Tomáš Horák", "horak@ostravske-kovarny.example"),
        "2026-11-26 09:20:00 +0100",
        "Re: " + request_subject(po),
        "thunderbird",
    )
    add(
        "ostrava-thunderbird-weekday-dayfirst",
        [po],
        build_eml(headers, text_part(text, cte="quoted-printable")),
        "confirmation",
        "cs-CZ supplier: 'Delivery Mon 14.12.' (weekday, day-first, no year) -> 2026-12-14 (PO 2026-12-18).",
        [conf(po, {10: chg(po, 10, date="2026-12-14")})],
    )


def c097() -> None:
    po = make_po(
        "AM/PO/26/1015",
        HALLAM,
        "aldermoor",
        "GBP",
        "2026-11-25",
        "2026-11-25 10:00:00 +0000",
        [
            (
                1,
                "ALM-6010",
                "Machined housing, 6082-T6, drawing AM-6010",
                20,
                "EA",
                "86.00",
                "2026-12-18",
            ),
            (
                2,
                "ALM-6012",
                "Housing cover, 6082-T6, drawing AM-6012",
                20,
                "EA",
                "31.00",
                "2026-12-18",
            ),
        ],
    )
    own = (
        "Hi Priya,\n\nBefore we can confirm, could you send us drawing AM-6012 at revision C? We only have rev B "
        "on file and the tolerances changed.\n\nThanks\nGraham"
    )
    eml = std_reply(
        "hallam-drawing-q",
        po,
        ("Graham Booth", "graham.booth@hallam-precision.example"),
        "2026-11-26 11:00:00 +0000",
        "gmail",
        own,
        q_gmail(po),
        quote_style="blockquote",
    )
    add(
        "hallam-gmail-needs-drawing-first",
        [po],
        eml,
        "needs_review",
        "'Before we can confirm, could you send us drawing AM-6012 at revision C?' - a request for information, no "
        "commitment on any line.",
    )


def c098() -> None:
    po = make_po(
        "B2026-0094",
        STEINER,
        "falkner",
        "EUR",
        "2026-11-26",
        "2026-11-26 08:00:00 +0100",
        [
            (
                1,
                "FW-80-0101",
                "Förderband-Gurt PVC 400 mm, endlos",
                1,
                "ST",
                "312.00",
                "2026-12-18",
            ),
        ],
    )
    slug = "steiner-ooo-de"
    text = (
        "Vielen Dank für Ihre E-Mail.\n\nIch bin derzeit nicht im Büro und ab dem 07.12.2026 wieder für Sie "
        "da. Ihre E-Mail wird nicht automatisch weitergeleitet. In dringenden Fällen erreichen Sie unseren "
        "Vertrieb unter vertrieb@steiner-foerdertechnik.example.\n\nMit freundlichen Grüßen\nMonika Maier\n"
    )
    headers = reply_headers(
        slug,
        po,
        ("Monika Maier", "m.maier@steiner-foerdertechnik.example"),
        "2026-11-26 08:00:07 +0100",
        "Automatische Antwort: " + request_subject(po),
        "outlook365",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    )
    add(
        "steiner-outlook365-automatische-antwort",
        [po],
        build_eml(headers, alternative(text, slug)),
        "auto_reply",
        "German Exchange 'Automatische Antwort:' with Auto-Submitted, back on 07.12.2026.",
    )


def c099() -> None:
    po = make_po(
        "PUR-119052",
        CASCADIA,
        "brightwater",
        "USD",
        "2026-11-26",
        "2026-11-26 07:00:00 -0800",
        [
            (1, "BWC-71010", "Gear motor 1/2 HP 60:1, 90VDC", 2, "EA", "612.00", "2026-12-18"),
        ],
    )
    slug = "cascadia-ndr-access-denied"
    b = BUYERS["brightwater"]
    rcpt = CASCADIA["email"]
    host = "SJ0PR13MB5871.namprd13.prod.outlook.com"
    text = (
        f"Delivery has failed to these recipients or groups:\n\n{rcpt}\nYour message wasn't delivered because "
        "the recipient's email provider rejected it.\n\n\nDiagnostic information for administrators:\n\n"
        f"Generating server: {host}\n\n{rcpt}\nRemote server returned '550 5.4.1 Recipient address rejected: "
        "Access denied. [SN1PEPF0002BA4D.namprd03.prod.outlook.com]'\n\nOriginal message headers:\n\n"
        + original_headers(po)
    )
    p1 = text_part(text, "plain", "us-ascii", "7bit")
    body = dsn_body(
        f"_000_{hu(slug, 28)}_",
        [p1],
        f"Reporting-MTA: dns;{host}\nReceived-From-MTA: dns;{host}\nArrival-Date: Thu, 26 Nov 2026 15:00:02 +0000",
        [
            f"Final-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.4.1\nDiagnostic-Code: smtp;550 5.4.1 Recipient "
            "address rejected: Access denied."
        ],
        "text/rfc822-headers",
        original_headers(po),
    )
    body = body.replace("Content-Description: Delivery report\n", "").replace(
        "Content-Description: Undelivered Message\n", ""
    )
    headers = auto_headers(
        slug,
        ("Microsoft Outlook", "postmaster@brightwater-controls.example"),
        (b["name"], b["email"]),
        "2026-11-26 15:00:05 +0000",
        "Undeliverable: " + request_subject(po),
        f"<{hu(slug, 32)}@{host}>",
        in_reply=po["request_message_id"],
        return_path="<>",
        extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")],
    )
    add(
        "cascadia-exchange-online-ndr-5-4-1",
        [po],
        build_eml(headers, body),
        "bounce",
        "Exchange Online NDR 'Delivery has failed to these recipients or groups' with 550 5.4.1 'Access denied' "
        "and only the original headers returned.",
    )


def c100() -> None:
    po = make_po(
        "AM/PO/26/1018",
        HALLAM,
        "aldermoor",
        "GBP",
        "2026-11-26",
        "2026-11-26 09:00:00 +0000",
        [
            (1, "ALM-6001", "Machined manifold block, 316L", 6, "EA", "148.00", "2027-01-08"),
        ],
    )
    own = (
        "Dear customer,\n\nPlease note our Christmas opening hours: the works will close at 12:00 on Friday 18 "
        "December and reopen on Monday 4 January. Orders for delivery before Christmas must be confirmed by 4 "
        "December. Despatches resume on 5 January.\n\nWe wish you a merry Christmas and a prosperous New Year.\n\n"
        "Hallam Precision Engineering Ltd"
    )
    slug = "hallam-christmas-hours"
    headers = reply_headers(
        slug,
        None,
        ("Hallam Precision Engineering", "sales@hallam-precision.example"),
        "2026-11-26 12:00:00 +0000",
        "Christmas opening hours 2026/27",
        "outlook",
        to=("Priya Natarajan", "p.natarajan@aldermoor-medical.example"),
    )
    add(
        "hallam-outlook-christmas-hours-notice",
        [po],
        build_eml(headers, alternative(own, slug)),
        "unrelated",
        "A personal-looking (no bulk headers) notice of Christmas opening hours from the supplier of an open PO: "
        "many dates and 'must be confirmed', but no answer about the order.",
    )


def main() -> int:
    for _name, fn in sorted(
        (n, f) for n, f in globals().items() if n.startswith("c") and n[1:].isdigit()
    ):
        fn()
    out = write_all()
    print(f"wrote {len(CASES)} cases under {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
