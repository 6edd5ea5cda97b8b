#!/usr/bin/env python3
"""Generate the independent supplier-reply corpus under tests/corpus/.

Every case is a folder NNN-short-slug/ holding pos.json, message.eml and
expected.json in the format of ../shared/corpus/FORMAT.md. This corpus is a
proxy for the held-out judging corpus, so it deliberately differs from the
development corpus: other buyers (Norhaven Instruments, Brightwater Controls,
Aldermoor Medical, Werkzeugbau Falkner, Ateliers Morvan), other PO number
styles, other request templates, other suppliers and phrasings.

The parties and the 100 cases are data, in cases.yaml next to this file (its header
says what each field means; each case keeps its comment). This script renders our
request mails and the way each mail client quotes them, the client headers
(reply_headers, std_reply), the attachments (PDF, XLSX) and the MIME, and writes the
folders.

The output is deterministic: every "random" id is derived from the case slug,
MIME boundaries are fixed, attachments (XLSX, PDF) are written with fixed
timestamps. Run it again and `git diff` must stay empty
(tests/test_corpus_generators.py checks it):

    .venv/bin/python tests/corpus/make_corpus.py [OUTPUT-DIR]

openpyxl writes the one spreadsheet attachment; PyYAML reads the cases.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import os
import re
import sys
import zipfile
from email.message import Message
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the repository root, for tests.mailkit
from tests.mailkit.cases import load_yaml, output_dir, remove_cases, write_case  # noqa: E402
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
    text_part,
    uuid_like,
    zip_files,
)
from tests.mailkit.text import (  # noqa: E402
    DAY_NAMES,
    MONTH_NAMES,
    fill,
    quote_lines,
    rfc_date,
    when,
)

BUYERS: dict[str, dict] = {}  # from cases.yaml
CASES: list[dict] = []

# ---------------------------------------------------------------- small helpers


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


DOW_EN, MON_EN = DAY_NAMES["en"], MONTH_NAMES["en"]
DOW_DE, MON_DE = DAY_NAMES["de"], MONTH_NAMES["de"]
DOW_FR, MON_FR = DAY_NAMES["fr"], MONTH_NAMES["fr"]
DOW_ES, MON_ES = DAY_NAMES["es"], MONTH_NAMES["es"]
DOW_IT, MON_IT = DAY_NAMES["it"], MONTH_NAMES["it"]


# ---------------------------------------------------------------- parties


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


# ================================================================= composing replies


def compose(own: str, quote: str, gap: str = "\n\n") -> tuple[str, int]:
    """Supplier's own words on top, the quote below. Returns the text and the index of the quote's first line."""
    own = own.rstrip("\n")
    text = own + gap + quote
    return text, len((own + gap).split("\n")) - 1


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


# rules had been tuned on 001-072; see README)


# the deadline; see README)


# ---------------------------------------------------------------- the cases (cases.yaml)


def quoted(name: str, pos: dict[str, dict]) -> str:
    """A placeholder's text: <<request N>>, <<request_eml N>> or <<STYLE N [ARG=VALUE ...]>>.

    STYLE is outlook, original, owa, gmail, thunderbird, apple or outlook_mac: our request
    for PO N as that client quotes it (q_STYLE with the arguments given).
    """
    what, number, *args = name.split(" ")
    po = pos[number]
    if what == "request":
        return request_text(po)
    if what == "request_eml":
        return request_eml(po).decode("utf-8").replace("\r\n", "\n")
    kwargs: dict[str, object] = {}
    for arg in args:
        key, value = arg.split("=", 1)
        kwargs[key] = value == "True" if key == "us" else value
    return QUOTERS[what](po, **kwargs)


QUOTERS = {
    "outlook": q_outlook,
    "original": q_original,
    "owa": q_owa,
    "gmail": q_gmail,
    "thunderbird": q_thunderbird,
    "apple": q_apple,
    "outlook_mac": q_outlook_mac,
}


def content(d: dict) -> bytes:
    """An attachment's bytes: xlsx rows, a PDF's items, text or base64."""
    if "xlsx" in d:
        x = d["xlsx"]
        return xlsx(x["rows"], x["sheet"], x.get("widths"))
    if "pdf" in d:
        return pdf_doc([tuple(i) for i in d["pdf"]["items"]], d["pdf"]["title"])
    if "base64" in d:
        return base64.b64decode(d["base64"])
    return d["text"].encode("utf-8")


def part(r: dict, fill_in) -> Message:
    """A MIME part from its description in cases.yaml."""
    kind = r["part"]
    if kind == "text":
        return text_part(
            fill_in(r["text"]),
            r.get("subtype", "plain"),
            r.get("charset", "utf-8"),
            r.get("cte", "quoted-printable"),
            flowed=r.get("flowed", False),
        )
    if kind == "alternative":
        return alternative(
            fill_in(r["text"]),
            r["seed"],
            boundary=r.get("boundary"),
            quote_from=r.get("quote_from"),
            quote_style=r.get("quote_style", "blockquote"),
            cte=r.get("cte", "quoted-printable"),
            charset=r.get("charset", "utf-8"),
        )
    if kind == "multipart":
        return multipart(
            r["subtype"],
            [part(p, fill_in) for p in r["parts"]],
            r["boundary"],
            preamble=r.get("preamble"),
            extra=r.get("extra", ""),
        )
    if kind == "attachment":
        return attachment(
            content(r["data"]), r["type"], r["filename"], inline=r.get("inline", False)
        )
    raise ValueError(f"unknown part {kind!r}")


def eml(mail: dict, pos: dict[str, dict]) -> bytes:
    """A case's message.eml: a standard reply, or headers and a MIME body."""

    def fill_in(text: str) -> str:
        return fill(text, lambda name: quoted(name, pos))

    if "reply" in mail:
        r = mail["reply"]
        return std_reply(
            r["seed"],
            pos[r["po"]],
            tuple(r["from"]),
            r["date"],
            r["client"],
            fill_in(r["own"]),
            fill_in(r["quote"]),
            subject=r.get("subject"),
            extra=[tuple(e) for e in r["extra"]] if "extra" in r else None,
            html=r.get("html", True),
            quote_style=r.get("quote_style", "outlook"),
            cte=r.get("cte", "quoted-printable"),
            charset=r.get("charset", "utf-8"),
            flowed=r.get("flowed", False),
            refs=r.get("refs"),
        )
    headers = [(name, value) for name, value in mail["headers"]]
    body = mail["body"]
    return build_eml(headers, fill_in(body) if isinstance(body, str) else part(body, fill_in))


def load() -> None:
    """Read the cases from cases.yaml into CASES."""
    data = load_yaml(HERE / "cases.yaml")
    BUYERS.update(data["buyers"])
    suppliers = data["suppliers"]
    for case in data["cases"]:
        pos = {
            p["po_number"]: make_po(
                p["po_number"],
                suppliers[p["supplier"]],
                p["buyer"],
                p["currency"],
                p["issued"],
                p["sent"],
                [tuple(line) for line in p["lines"]],
                request=p.get("request", True),
            )
            for p in case["pos"]
        }
        CASES.append(
            {
                "slug": case["slug"],
                "pos": [public(p) for p in pos.values()],
                "eml": eml(case["mail"], pos),
                "expected": case["expected"],
            }
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


def main() -> int:
    load()
    out = write_all()
    print(f"wrote {len(CASES)} cases under {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
