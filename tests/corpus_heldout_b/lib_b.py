"""Framework for the held-out batch B corpus (Noordkaap Technical Supply world).

Deterministic: every Message-ID, boundary, timestamp and attachment byte is
fixed by the case definitions.
"""
from __future__ import annotations

import datetime as dt
import email.policy
import html
import io
import json
import os
import random
import re
import zipfile
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)

OUR_DOMAIN = "noordkaap.example"
COMPANY = "Noordkaap Technical Supply B.V."
ADDRESS = "Hurksestraat 41, 5652 AJ Eindhoven, Netherlands"

BUYERS = {
    "femke": {"name": "Femke de Graaf", "email": "f.degraaf@noordkaap.example", "title": "Category Buyer Packaging & Chemicals"},
    "rahul": {"name": "Rahul Menon", "email": "r.menon@noordkaap.example", "title": "Buyer Electronics & Components"},
    "aga": {"name": "Agnieszka Wróbel", "email": "a.wrobel@noordkaap.example", "title": "Senior Buyer Industrial Parts"},
}

MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def nice(date: str) -> str:
    x = d(date)
    return f"{x.day} {MONTHS_EN[x.month - 1]} {x.year}"


def when(s: str, tz: str = "+0100") -> dt.datetime:
    """'2026-11-24 09:12:05' + '+0100' -> aware datetime."""
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone(off))


def rfcdate(w: dt.datetime) -> str:
    return format_datetime(w)


# ---------------------------------------------------------------------------
# purchase orders and our request mail
# ---------------------------------------------------------------------------

def make_po(number, sup, buyer, currency, issued, lines, request=True, req_time="09:14:22"):
    po = {
        "po_number": number,
        "supplier": {k: sup[k] for k in ("id", "name", "email", "locale")},
        "buyer": {"name": BUYERS[buyer]["name"], "email": BUYERS[buyer]["email"]},
        "currency": currency,
        "issued": issued,
    }
    if request:
        stamp = issued.replace("-", "") + "T" + req_time.replace(":", "")
        po["request_message_id"] = f"<ack.{number}.{stamp}@{OUR_DOMAIN}>"
    po["lines"] = []
    for i, ln in enumerate(lines, 1):
        item, desc, qty, uom, price, date = ln
        po["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty,
                            "uom": uom, "unit_price": price, "requested_date": date})
    po["_req_time"] = req_time
    return po


def clean_po(po):
    return {k: v for k, v in po.items() if not k.startswith("_")}


def req_subject(po):
    return f"Order acknowledgment requested - PO {po['po_number']}"


def req_sent(po) -> dt.datetime:
    return when(f"{po['issued']} {po['_req_time']}", "+0100")


def request_text(po, greeting=None):
    sup = po["supplier"]
    b = [v for v in BUYERS.values() if v["email"] == po["buyer"]["email"]][0]
    out = [greeting or f"Dear {sup['name']} team,", "",
           f"please confirm our purchase order {po['po_number']} of {nice(po['issued'])} by replying to this e-mail.",
           "For every line, please state the quantity, unit price and delivery date you commit to.", "",
           f"{'Ln':<3} {'Our item':<16} {'Qty':>8} {'UoM':<4} {'Price ' + po['currency']:>11}  {'Need-by':<11}  Description"]
    for ln in po["lines"]:
        out.append(f"{ln['line']:<3} {ln['item']:<16} {ln['quantity']:>8} {ln['uom']:<4} {ln['unit_price']:>11}  "
                   f"{nice(ln['requested_date']):<11}  {ln['description']}")
    out += ["", f"Ship to: {COMPANY}, Goods receipt dock 3, {ADDRESS}",
            "Terms: as per our framework agreement / general purchasing conditions.", "",
            "Kind regards,", b["name"], b["title"], COMPANY, "T +31 40 555 0" + str(100 + len(b["name"])),
            ""]
    return "\n".join(out)


def request_html(po):
    sup = po["supplier"]
    b = [v for v in BUYERS.values() if v["email"] == po["buyer"]["email"]][0]
    rows = "".join(
        f"<tr><td>{ln['line']}</td><td>{html.escape(ln['item'])}</td><td align=\"right\">{ln['quantity']}</td>"
        f"<td>{ln['uom']}</td><td align=\"right\">{ln['unit_price']}</td><td>{nice(ln['requested_date'])}</td>"
        f"<td>{html.escape(ln['description'])}</td></tr>" for ln in po["lines"])
    return (f"<p>Dear {html.escape(sup['name'])} team,</p><p>please confirm our purchase order <b>{po['po_number']}</b> "
            f"of {nice(po['issued'])} by replying to this e-mail. For every line, please state the quantity, unit price "
            f"and delivery date you commit to.</p><table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">"
            f"<tr><th>Ln</th><th>Our item</th><th>Qty</th><th>UoM</th><th>Price {po['currency']}</th><th>Need-by</th>"
            f"<th>Description</th></tr>{rows}</table><p>Ship to: {COMPANY}, Goods receipt dock 3, {ADDRESS}</p>"
            f"<p>Kind regards,<br>{html.escape(b['name'])}<br>{html.escape(b['title'])}<br>{COMPANY}</p>")


# ---------------------------------------------------------------------------
# quoting styles
# ---------------------------------------------------------------------------

def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "pt": ("De", "Enviado", "Para", "Assunto"),
}


def outlook_quote(lang, frm, sent: dt.datetime, to, subject, body, owa=False):
    if lang == "en-GB":
        f, s, t, sub = OUTLOOK_LABELS["en"]
        ds = sent.strftime("%d %B %Y %H:%M")
    else:
        f, s, t, sub = OUTLOOK_LABELS[lang]
    if lang == "en-GB":
        pass
    elif lang == "en":
        ds = sent.strftime("%A, %B ") + str(sent.day) + sent.strftime(", %Y ") + sent.strftime("%I:%M %p").lstrip("0")
    else:
        ds = sent.strftime("%d.%m.%Y %H:%M")
    sep = "________________________________" if owa else "-----Original Message-----" if lang.startswith("en") else \
        "-----Ursprüngliche Nachricht-----" if lang == "de" else "-----Original Message-----"
    return f"{sep}\n{f}: {frm}\n{s}: {ds}\n{t}: {to}\n{sub}: {subject}\n\n{body}"


def gmail_attrib(sent: dt.datetime, name, addr, lang="en"):
    if lang == "en":
        return f"On {sent.strftime('%a')}, {sent.strftime('%b')} {sent.day}, {sent.year} at {sent.strftime('%I:%M %p').lstrip('0')} {name} <{addr}> wrote:"
    if lang == "es":
        return f"El {sent.strftime('%d/%m/%Y')} a las {sent.strftime('%H:%M')}, {name} (<{addr}>) escribió:"
    if lang == "pt":
        return f"Em {sent.strftime('%d/%m/%Y')} às {sent.strftime('%H:%M')}, {name} <{addr}> escreveu:"
    if lang == "en-GB":
        return f"On {sent.strftime('%a')}, {sent.day} {sent.strftime('%b')} {sent.year} at {sent.strftime('%H:%M')}, {name} <{addr}> wrote:"
    raise ValueError(lang)


def text_to_html(text, font="Calibri,sans-serif", size="11pt"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return f'<div style="font-family:{font};font-size:{size}">' + "\n".join(out) + "</div>"


def html_doc(inner, head_extra=""):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"{head_extra}</head><body>{inner}</body></html>")


# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------

class Att:
    def __init__(self, data: bytes, maintype, subtype, filename, disposition="attachment", cid=None):
        self.data, self.maintype, self.subtype, self.filename = data, maintype, subtype, filename
        self.disposition, self.cid = disposition, cid


def build(headers, text=None, html_body=None, atts=(), charset="utf-8", cte="quoted-printable",
          boundaries=("b1", "b2", "b3"), text_params=None, html_cte=None, raw_parts=None):
    """headers: list of (name, value). Returns EmailMessage."""
    msg = EmailMessage(policy=POLICY)
    for k, v in headers:
        msg[k] = v

    def set_text(part, body, subtype, c=cte):
        part.set_content(body, subtype=subtype, charset=charset, cte=c)
        if text_params and subtype == "plain":
            for pk, pv in text_params.items():
                part.set_param(pk, pv)

    if html_body is None and not atts:
        set_text(msg, text, "plain")
        return msg
    if html_body is not None and text is not None:
        body = EmailMessage(policy=POLICY) if atts else msg
        set_text(body, text, "plain")
        body.add_alternative(html_body, subtype="html", charset=charset, cte=html_cte or cte)
        body.set_boundary(boundaries[1] if atts else boundaries[0])
    elif html_body is not None:
        body = EmailMessage(policy=POLICY) if atts else msg
        set_text(body, html_body, "html")
    else:
        body = EmailMessage(policy=POLICY)
        set_text(body, text, "plain")
    if not atts:
        return msg
    saved = [(k, v) for k, v in msg.items() if k.lower().startswith("content-")]
    for k, _ in saved:
        del msg[k]
    msg.make_mixed()
    ct = msg["Content-Type"]
    del msg["Content-Type"]
    for k, v in saved:
        msg[k] = v
    msg["Content-Type"] = ct
    msg.attach(body)
    for a in atts:
        p = EmailMessage(policy=POLICY)
        if a.maintype == "text":
            p.set_content(a.data.decode("utf-8"), subtype=a.subtype, charset="utf-8", cte="base64",
                          disposition=a.disposition, filename=a.filename)
        else:
            p.set_content(a.data, maintype=a.maintype, subtype=a.subtype, disposition=a.disposition,
                          filename=a.filename, cid=a.cid)
        msg.attach(p)
    msg.set_boundary(boundaries[0])
    return msg


def finish(msg):
    """Move MIME-Version to the top level only (as real clients do)."""
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    if "MIME-Version" not in msg:
        ct = msg["Content-Type"]
        del msg["Content-Type"]
        cte = msg.get("Content-Transfer-Encoding")
        if cte:
            del msg["Content-Transfer-Encoding"]
        msg["MIME-Version"] = "1.0"
        msg["Content-Type"] = ct
        if cte:
            msg["Content-Transfer-Encoding"] = cte
    return msg


def received(by_host, from_host, ip, w: dt.datetime, qid):
    return (f"from {from_host} ({from_host} [{ip}]) by {by_host} (Postfix) with ESMTPS id {qid} "
            f"for <inbox@{OUR_DOMAIN}>; {rfcdate(w)}")


def std_headers(frm_name, frm_addr, to, subject, w: dt.datetime, msgid, in_reply=None, refs=None,
                extra=(), cc=None, mta_ip="198.51.100.23", qid="4Dq8xK1mZ2z7Tp"):
    dom = frm_addr.split("@")[1]
    h = [("Return-Path", f"<{frm_addr}>"),
         ("Received", received("mx2.noordkaap.example", f"mail.{dom}", mta_ip, w + dt.timedelta(seconds=3), qid)),
         ("From", formataddr((frm_name, frm_addr)) if frm_name else frm_addr),
         ("To", to),
         ]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Date", rfcdate(w)), ("Message-ID", msgid)]
    if in_reply:
        h.append(("In-Reply-To", in_reply))
    if refs:
        h.append(("References", refs))
    h += list(extra)
    return h


def buyer_addr(po):
    return formataddr((po["buyer"]["name"], po["buyer"]["email"]))


def sup_addr(po):
    return formataddr((po["supplier"]["name"], po["supplier"]["email"]))


# ---------------------------------------------------------------------------
# attachments
# ---------------------------------------------------------------------------

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED = dt.datetime(2026, 11, 20, 8, 0, 0, tzinfo=dt.timezone.utc)


def pdf_doc(build_fn, created=FIXED):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(created)
    pdf.set_producer("PDFlib+PDI 9.3")  # what many ERP print servers report
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 9)
    build_fn(pdf)
    return bytes(pdf.output())


def pdf_table(pdf, header, rows, widths, size=8):
    avail = pdf.w - pdf.l_margin - pdf.r_margin
    if sum(widths) > avail:
        widths = [w_ * avail / sum(widths) for w_ in widths]

    def fit(text, w_, style):
        s_ = size
        pdf.set_font("DejaVu", style, s_)
        while s_ > 5 and pdf.get_string_width(text) > w_ - 1.5:
            s_ -= 0.5
            pdf.set_font("DejaVu", style, s_)

    for h_, w_ in zip(header, widths):
        fit(h_, w_, "B")
        pdf.cell(w_, 6, h_, border=1)
    pdf.ln()
    for r in rows:
        for c, w_ in zip(r, widths):
            fit(c, w_, "")
            pdf.cell(w_, 6, c, border=1)
        pdf.ln()
    pdf.set_font("DejaVu", "", size)


def xlsx_doc(fill_fn):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = "ERP export"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    fill_fn(wb)
    buf = io.BytesIO()
    wb.save(buf)
    # normalise zip timestamps for determinism
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 8, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-11-20T08:00:00Z", data)
            z.writestr(ni, data)
    return out.getvalue()


# ---------------------------------------------------------------------------
# expected helpers
# ---------------------------------------------------------------------------

def acc(po, n):
    ln = po["lines"][n - 1]
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"], "date": ln["requested_date"]}


def chg(po, n, quantity=None, unit_price=None, date=None, schedule=None):
    ln = po["lines"][n - 1]
    r = {"status": "changed", "quantity": quantity if quantity is not None else ln["quantity"],
         "unit_price": unit_price if unit_price is not None else ln["unit_price"],
         "date": date if date is not None else ln["requested_date"]}
    if schedule:
        r["schedule"] = [{"quantity": q, "date": x} for q, x in schedule]
        if date is None:
            r["date"] = max(x for _, x in schedule)
        if quantity is None:
            r["quantity"] = sum(q for q, _ in schedule)
    return r


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po, lines: dict):
    return {"po_number": po["po_number"], "lines": {str(k): v for k, v in lines.items()}}


def write_case(root: Path, num: int, slug: str, pos, msg, expected):
    folder = root / f"{num:03d}-{slug}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pos.json").write_text(json.dumps([clean_po(p) for p in pos], indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    data = msg if isinstance(msg, bytes) else finish(msg).as_bytes(policy=POLICY)
    (folder / "message.eml").write_bytes(data)
    (folder / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
