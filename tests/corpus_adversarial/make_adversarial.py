#!/usr/bin/env python3
"""Generate the adversarial supplier-reply corpus under tests/corpus_adversarial/.

Every case is a folder NNN-short-slug/ holding pos.json, message.eml and
expected.json in the format of ../shared/corpus/FORMAT.md, labeled by its
reading rules. The cases are traps: mails in which a careless reader would
find a confirmation, or a value, that the supplier never gave (values only in
our quoted request, receipt acknowledgements, conditional offers, questions
with numbers, negations, numbers that are phone numbers or part numbers,
per-1000 prices, day/month order, superseded answers, look-alike senders,
auto-replies and bounces carrying the whole PO, prompt injection, other
revisions ...). Labels are what a careful human reading FORMAT.md records:
often needs_review, sometimes a confirmation with unconfirmed lines.

The parties, POs and cases are data, in cases.yaml next to this file (its header says
what each field means, and each case keeps its comment); this script builds our request
as each client quotes it and each mail (message()), and writes the folders.

Deterministic: fixed Message-IDs, dates and MIME boundaries. Run it again and
`git diff` must stay empty (tests/test_corpus_generators.py checks it):

    .venv/bin/python tests/corpus_adversarial/make_adversarial.py [OUTPUT-DIR]

The email package builds and serializes the MIME; PyYAML reads the cases.
"""

from __future__ import annotations

import datetime as dt
import sys
from email import policy
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the repository root, for tests.mailkit
from tests.mailkit.cases import load_yaml, output_dir, remove_cases, write_case  # noqa: E402
from tests.mailkit.text import (  # noqa: E402
    DAY_NAMES,
    MONTH_NAMES,
    fill,
    quote_lines,
    rfc_date,
    to_html,
    when,
)

POLICY = policy.SMTP.clone(max_line_length=78)

BUYER = {
    "name": "Renee Okafor",
    "email": "renee.okafor@tidewater-hyd.example",
    "company": "Tidewater Hydraulics Inc.",
    "domain": "tidewater-hyd.example",
}

MONTH, DOW = MONTH_NAMES["en"], DAY_NAMES["en"]
MON = [m[:3] for m in MONTH]
DOW_DE, MON_DE = DAY_NAMES["de"], MONTH_NAMES["de"]
DOW_FR, MON_FR = DAY_NAMES["fr"], MONTH_NAMES["fr"]
DOW_ES, MON_ES = DAY_NAMES["es"], MONTH_NAMES["es"]


def us_date(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{MON[d.month - 1]} {d.day}, {d.year}"


# ---------------------------------------------------------------- suppliers and POs

# The parties, the POs and the cases are data: cases.yaml next to this file.
DATA = load_yaml(HERE / "cases.yaml")
SUPPLIERS: dict[str, dict] = DATA["suppliers"]
# PO number -> (supplier, currency, issued, request sent, lines)
PO_DEFS = {
    number: (d["supplier"], d["currency"], d["issued"], d["sent"], [tuple(ln) for ln in d["lines"]])
    for number, d in DATA["pos"].items()
}


def po(number: str) -> dict:
    sup_key, currency, issued, sent, lines = PO_DEFS[number]
    sup = SUPPLIERS[sup_key]
    return {
        "po_number": number,
        "supplier": {k: sup[k] for k in ("id", "name", "email", "locale")},
        "buyer": {"name": BUYER["name"], "email": BUYER["email"]},
        "currency": currency,
        "issued": issued,
        "request_message_id": f"<po-ack.{number}.1@{BUYER['domain']}>",
        "lines": [
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
        ],
    }


def sent_at(number: str) -> dt.datetime:
    return when(PO_DEFS[number][3])


def contact(number: str) -> str:
    return SUPPLIERS[PO_DEFS[number][0]]["contact"]


# ---------------------------------------------------------------- our request (what gets quoted)


def request_subject(number: str) -> str:
    return f"Tidewater PO {number} - please confirm"


def request_text(number: str, extra: str = "") -> str:
    p = po(number)
    rows = "\n".join(
        f"{ln['line']:<5} {ln['item']:<12} {ln['description']:<28} {ln['quantity']:>5}  {ln['uom']:<3} "
        f"{ln['unit_price']:>10}  {us_date(ln['requested_date'])}"
        for ln in p["lines"]
    )
    return (
        f"Hello {contact(number)},\n\n"
        "Please confirm the purchase order below by replying to this email: for each\n"
        "line, the quantity, unit price and delivery date you can commit to.\n\n"
        f"Purchase order: {number}   Date: {us_date(p['issued'])}   Currency: {p['currency']}\n\n"
        "Line  Item         Description                    Qty  UOM  Unit price  Delivery\n"
        f"{rows}\n\n"
        f"{extra}"
        "Ship to: Tidewater Hydraulics Inc., 88 Harbor Point Blvd, Norfolk VA 23510\n"
        "Terms: Net 45\n\n"
        "Thank you,\nRenee Okafor\nPurchasing | Tidewater Hydraulics Inc.\n+1 757 555 0190\n"
    )


def gt(text: str) -> str:
    return quote_lines(text.rstrip("\n"))


def buyer_addr() -> str:
    return f"{BUYER['name']} <{BUYER['email']}>"


def sup_addr(number: str) -> str:
    s = SUPPLIERS[PO_DEFS[number][0]]
    return f"{s['name']} <{s['email']}>"


def q_outlook(number: str, body: str | None = None, lang: str = "en") -> str:
    """Outlook desktop: a header block, the quoted text without '>' prefixes."""
    t = sent_at(number)
    body = body if body is not None else request_text(number)
    subj = request_subject(number)
    if lang == "en":
        head = (
            f"From: {buyer_addr()}\nSent: {DOW[t.weekday()]}, {MONTH[t.month - 1]} {t.day}, {t.year} "
            f"{t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}\nTo: {sup_addr(number)}\nSubject: {subj}"
        )
    elif lang == "en-gb":
        head = (
            f"From: {buyer_addr()}\nSent: {DOW[t.weekday()]}, {t.day} {MONTH[t.month - 1]} {t.year} "
            f"{t:%H:%M}\nTo: {sup_addr(number)}\nSubject: {subj}"
        )
    elif lang == "de":
        head = (
            f"Von: {buyer_addr()}\nGesendet: {DOW_DE[t.weekday()]}, {t.day}. {MON_DE[t.month - 1]} {t.year} "
            f"{t:%H:%M}\nAn: {sup_addr(number)}\nBetreff: {subj}"
        )
    elif lang == "fr":
        head = (
            f"De : {buyer_addr()}\nEnvoyé : {DOW_FR[t.weekday()]} {t.day} {MON_FR[t.month - 1]} {t.year} "
            f"{t:%H:%M}\nÀ : {sup_addr(number)}\nObjet : {subj}"
        )
    else:
        raise KeyError(lang)
    return "________________________________\n" + head + "\n\n" + body


def q_original(number: str) -> str:
    t = sent_at(number)
    return (
        "-----Original Message-----\n"
        f"From: Renee Okafor [mailto:{BUYER['email']}]\n"
        f"Sent: {DOW[t.weekday()]}, {MONTH[t.month - 1]} {t.day}, {t.year} "
        f"{t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}\n"
        f"To: {sup_addr(number)}\nSubject: {request_subject(number)}\n\n" + request_text(number)
    )


def q_gmail(number: str, lang: str = "en", body: str | None = None) -> str:
    t = sent_at(number)
    body = body if body is not None else request_text(number)
    if lang == "en":
        attr = (
            f"On {DOW[t.weekday()][:3]}, {MON[t.month - 1]} {t.day}, {t.year} at "
            f"{t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'} {BUYER['name']} <{BUYER['email']}> wrote:"
        )
    elif lang == "es":
        attr = (
            f"El {DOW_ES[t.weekday()][:3]}, {t.day} {MON_ES[t.month - 1][:3]} {t.year} a las "
            f"{t.hour}:{t:%M}, {BUYER['name']} (<{BUYER['email']}>) escribió:"
        )
    elif lang == "fr":
        attr = (
            f"Le {DOW_FR[t.weekday()][:3]}. {t.day} {MON_FR[t.month - 1][:4]}. {t.year} à {t:%H:%M}, "
            f"{BUYER['name']} <{BUYER['email']}> a écrit :"
        )
    else:
        raise KeyError(lang)
    return attr + "\n\n" + gt(body)


# ---------------------------------------------------------------- MIME


def message(
    slug: str,
    *,
    frm: str,
    to: str,
    subject: str,
    date: str,
    text: str | None = None,
    html_body: str | None = None,
    alternative: bool = True,
    reply_to_po: str | None = None,
    in_reply_to: str | None = None,
    references: list[str] | None = None,
    extra: list[tuple[str, str]] | None = None,
    cc: str | None = None,
    mailer: str = "Microsoft Outlook 16.0",
    attachments: list[tuple[bytes, str, str, str]] | None = None,
) -> EmailMessage:
    m = EmailMessage(policy=POLICY)
    sender_email = frm.rsplit("<", 1)[-1].rstrip(">")
    dom = sender_email.split("@", 1)[1]
    m["Return-Path"] = f"<{sender_email}>"
    m["Received"] = (
        f"from smtp.{dom} (smtp.{dom} [198.51.100.{20 + sum(map(ord, slug)) % 200}]) "
        f"by mx1.{BUYER['domain']} (Postfix) with ESMTPS for <{BUYER['email']}>; {rfc_date(when(date))}"
    )
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = rfc_date(when(date))
    m["Message-ID"] = f"<{slug.replace('-', '.')}.{sum(map(ord, slug)) * 7919 % 10**8:08d}@{dom}>"
    if reply_to_po:
        rid = po(reply_to_po)["request_message_id"]
        refs = references if references is not None else [rid]
        m["In-Reply-To"] = in_reply_to or refs[-1]
        m["References"] = " ".join(refs)
    if mailer:
        m["X-Mailer"] = mailer
    for k, v in extra or []:
        m[k] = v
    if text is not None and (html_body is not None or alternative):
        m.set_content(text, cte="quoted-printable")
        m.add_alternative(
            html_body if html_body is not None else to_html(text, cite=False),
            subtype="html",
            cte="quoted-printable",
        )
        m.set_boundary(f"----=_Part_{sum(map(ord, slug)) * 104729 % 10**9:09d}")
    elif text is not None:
        m.set_content(text, cte="quoted-printable")
    else:
        m.set_content(html_body, subtype="html", cte="quoted-printable")
    for data, maintype, subtype, filename in attachments or []:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    if attachments:
        m.set_boundary(f"----=_Mixed_{sum(map(ord, slug)) * 7727 % 10**9:09d}")
    return m


# ---------------------------------------------------------------- the cases (cases.yaml)


def quoted(name: str) -> str:
    """A placeholder's text: <<request N>>, <<outlook N [LANG]>>, <<original N>>, <<gmail N [LANG]>>."""
    what, number, *lang = name.split(" ")
    if what == "request":
        return request_text(number)
    if what == "outlook":
        return q_outlook(number, lang=lang[0] if lang else "en")
    if what == "original":
        return q_original(number)
    if what == "gmail":
        return q_gmail(number, lang=lang[0] if lang else "en")
    raise KeyError(name)


def eml(entry: dict) -> bytes:
    """The message.eml of a case."""
    if "raw_crlf" in entry:
        return entry["raw_crlf"].replace("\n", "\r\n").encode("utf-8")
    if "raw" in entry:
        return entry["raw"].encode("utf-8")
    m = entry["mail"]
    attachments = []
    for a in m.get("attachments", []):
        data = a["text_crlf"].replace("\n", "\r\n") if "text_crlf" in a else a["text"]
        maintype, subtype = a["type"].split("/")
        attachments.append((data.encode("utf-8"), maintype, subtype, a["filename"]))
    msg = message(
        m["id"],
        frm=m["from"],
        to=m["to"],
        cc=m.get("cc"),
        subject=m["subject"],
        date=m["date"],
        text=fill(m["text"], quoted) if "text" in m else None,
        html_body=fill(m["html"], quoted) if "html" in m else None,
        alternative=m.get("alternative", True),
        reply_to_po=m.get("reply_to_po"),
        in_reply_to=m.get("in_reply_to"),
        references=m.get("references"),
        extra=[tuple(h) for h in m.get("headers", [])],
        mailer=m.get("mailer", "Microsoft Outlook 16.0"),
        attachments=attachments or None,
    )
    return msg.as_bytes(policy=POLICY)


def write() -> Path:
    out = output_dir(HERE)
    cases = DATA["cases"]
    slugs = [c["slug"] for c in cases]
    assert len(slugs) == len(set(slugs))
    remove_cases(out)
    for c in cases:
        write_case(out / c["slug"], [po(n) for n in c["pos"]], c["expected"], eml(c))
    return out


if __name__ == "__main__":
    out = write()
    print(f"wrote {len(DATA['cases'])} cases under {out}")
