#!/usr/bin/env python3
"""Held-out batch U: supplier replies to purchase orders (pet food, bottling,
garden furniture, bicycles, sports, stationery, appliances, lighting, plumbing,
paints, adhesives, batteries, harnesses, hospital furniture, veterinary,
jewellery findings, furniture fasteners, event equipment).

Standard library only, deterministic: fixed boundaries, Message-IDs, zip
timestamps, PDF dates.  Run:  python3 make_batch.py   -> writes ./cases/
"""
from __future__ import annotations

import base64
import datetime as dt
import html
import io
import json
import quopri
import random
import shutil
import zipfile
from decimal import Decimal
from email.header import Header
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases"

D = dt.date.fromisoformat
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def wd(iso):
    return WD[D(iso).weekday()]


def kw(year, week, day=5):
    """ISO week -> date (default Friday)."""
    return dt.date.fromisocalendar(year, week, day).isoformat()


def plus_days(iso, n):
    return (D(iso) + dt.timedelta(days=n)).isoformat()


def next_weekday(iso, weekday, strictly_after=True):
    """weekday 0=Mon.  'next Tuesday' from a date."""
    d = D(iso)
    delta = (weekday - d.weekday()) % 7
    if delta == 0 and strictly_after:
        delta = 7
    return (d + dt.timedelta(days=delta)).isoformat()


def hdate(iso, hms, tz):
    """RFC 5322 date with the right weekday."""
    d = D(iso)
    return f"{WD[d.weekday()]}, {d.day} {MON[d.month - 1]} {d.year} {hms} {tz}"


# ---------------------------------------------------------------- parties
BDOM = "northgate-sourcing.example"
BUYERS = {
    "mk": ("Marta Keller", f"marta.keller@{BDOM}"),
    "ta": ("Tom Ashby", f"tom.ashby@{BDOM}"),
    "pn": ("Priya Nair", f"priya.nair@{BDOM}"),
    "jw": ("Jonas Weber", f"jonas.weber@{BDOM}"),
    "er": ("Elena Rossi", f"elena.rossi@{BDOM}"),
    "so": ("Sam Okafor", f"sam.okafor@{BDOM}"),
}


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(n, item, desc, qty, uom, price, date):
    assert isinstance(qty, int) and Decimal(price) > 0
    D(date)
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def PO(num, supplier, buyer, cur, issued, lines, req=True):
    b = BUYERS[buyer]
    po = {"po_number": num, "supplier": supplier, "buyer": {"name": b[0], "email": b[1]},
          "currency": cur, "issued": issued}
    if req:
        po["request_message_id"] = f"<po-{num}.1@{BDOM}>"
    po["lines"] = lines
    return po


def req_id(po):
    return po.get("request_message_id") or f"<po-{po['po_number']}.0@{BDOM}>"


# ---------------------------------------------------------------- labels
def acc(po, n):
    l = po["lines"][n - 1]
    assert l["line"] == n
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
            "date": l["requested_date"]}


def chg(po, n, q=None, p=None, d=None, sched=None):
    l = po["lines"][n - 1]
    assert l["line"] == n
    if sched:
        sched = [{"quantity": a, "date": b} for a, b in sched]
        if q is None:
            q = sum(s["quantity"] for s in sched)
        if d is None:
            d = max(s["date"] for s in sched)
        assert q == sum(s["quantity"] for s in sched), (po["po_number"], n)
        assert d == max(s["date"] for s in sched)
    out = {"status": "changed",
           "quantity": l["quantity"] if q is None else q,
           "unit_price": l["unit_price"] if p is None else p,
           "date": l["requested_date"] if d is None else d}
    D(out["date"])
    if sched:
        out["schedule"] = sched
    else:
        assert (out["quantity"], Decimal(out["unit_price"]), out["date"]) != \
            (l["quantity"], Decimal(l["unit_price"]), l["requested_date"]), (po["po_number"], n)
    return out


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po, labels):
    """labels: dict line-number -> label (or 'A' for accepted)."""
    out = {}
    for l in po["lines"]:
        lab = labels.get(l["line"], UNC)
        if lab == "A":
            lab = acc(po, l["line"])
        out[str(l["line"])] = lab
    assert set(labels) <= {l["line"] for l in po["lines"]}
    return {"po_number": po["po_number"], "lines": out}


def pmul(price, factor, places=None):
    v = Decimal(price) * Decimal(factor)
    if places is not None:
        v = v.quantize(Decimal(1).scaleb(-places))
    return fmt_dec(v)


def pdiv(total, n):
    v = Decimal(total) / Decimal(n)
    return fmt_dec(v)


def fmt_dec(v):
    s = format(Decimal(v).normalize(), "f")
    if "." not in s:
        s += ".00"
    elif len(s.split(".")[1]) == 1:
        s += "0"
    return s


# ---------------------------------------------------------------- MIME
def enc_hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    return formataddr((name, email), charset=charset)


def leaf(ctype, body, charset="utf-8", cte="quoted-printable", filename=None, inline=False,
         extra_headers=(), params=""):
    if isinstance(body, str):
        data = body.encode(charset)
        ct = f"{ctype}; charset=\"{charset}\"{params}"
    else:
        data = body
        ct = f"{ctype}{params}"
        if filename:
            ct += f"; name=\"{filename}\"" if _ascii(filename) else ""
    h = [f"Content-Type: {ct}"]
    if filename:
        if _ascii(filename):
            h.append(f"Content-Disposition: {'inline' if inline else 'attachment'}; filename=\"{filename}\"")
        else:
            from urllib.parse import quote
            h.append(f"Content-Disposition: attachment; filename*=utf-8''{quote(filename)}")
    h.append(f"Content-Transfer-Encoding: {cte}")
    h.extend(extra_headers)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
    elif cte == "base64":
        enc = base64.encodebytes(data)
    elif cte == "7bit":
        data.decode("ascii")
        enc = data
    else:
        enc = data
    if not enc.endswith(b"\n"):
        enc += b"\n"
    return ("\n".join(h) + "\n\n").encode("ascii") + enc


def _ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def multipart(sub, boundary, parts, params=""):
    out = [f"Content-Type: multipart/{sub}; boundary=\"{boundary}\"{params}\n\n".encode()]
    if sub != "alternative":
        out.append(b"This is a multi-part message in MIME format.\n\n")
    for p in parts:
        out.append(f"--{boundary}\n".encode())
        out.append(p)
        if not p.endswith(b"\n"):
            out.append(b"\n")
        out.append(b"\n")
    out.append(f"--{boundary}--\n".encode())
    return b"".join(out)


def message(hdrs, body):
    """hdrs: list of (name, value) already encoded/ASCII.  body: a part (headers+body)."""
    lines = []
    for k, v in hdrs:
        v.encode("ascii")
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    raw = ("\n".join(lines) + "\n").encode("ascii") + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def reply_headers(frm, to, subject, date, mid, po=None, refs=None, cc=None, extra=()):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", enc_hdr(subject)), ("Date", date), ("Message-ID", mid)]
    if po is not None or refs:
        ids = refs if refs else [req_id(po)]
        h.append(("In-Reply-To", ids[-1]))
        h.append(("References", " ".join(ids)))
    h += list(extra)
    return h


def html_doc(inner, lang="en"):
    return (f"<html lang=\"{lang}\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"</head>\n<body>\n{inner}\n</body></html>\n")


def text_to_html(text):
    """Each line as a div, blank line as <br>; '> ' quoting as blockquote."""
    out = []
    quote = False
    for ln in text.split("\n"):
        q = ln.startswith(">")
        if q and not quote:
            out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">")
            quote = True
        if not q and quote:
            out.append("</blockquote>")
            quote = False
        if q:
            ln = ln[1:].lstrip(" ")
        out.append(f"<div>{html.escape(ln) if ln.strip() else '<br>'}</div>")
    if quote:
        out.append("</blockquote>")
    return "\n".join(out)


def alt(boundary, text, html_inner, charset="utf-8", cte="quoted-printable", lang="en"):
    return multipart("alternative", boundary, [
        leaf("text/plain", text, charset, cte),
        leaf("text/html", html_doc(html_inner, lang), charset, cte),
    ])


# ---------------------------------------------------------------- quoted PO
def fmt_req_date(iso):
    d = D(iso)
    return f"{d.day:02d} {MON[d.month - 1]} {d.year}"


def po_request_text(po, sent=None):
    b = po["buyer"]
    rows = []
    for l in po["lines"]:
        rows.append(f"{l['line']:>3}  {l['item']:<14} {l['description'][:46]:<46} {l['quantity']:>8} {l['uom']:<4}"
                    f" {po['currency']} {l['unit_price']:>9}  {fmt_req_date(l['requested_date'])}")
    return (f"Dear {po['supplier']['name']} team,\n\n"
            f"please find below our purchase order {po['po_number']} of {fmt_req_date(po['issued'])}.\n"
            f"Kindly confirm quantities, prices and delivery dates by return e-mail.\n\n"
            f"Line Item           Description                                         Qty UoM  Unit price     Requested\n"
            + "\n".join(rows) +
            f"\n\nDelivery to: Northgate Sourcing DC, Unit 4 Harbour Park, Rotterdam (NL)\n"
            f"Incoterms: DAP; payment: 60 days net\n\n"
            f"Best regards\n{b['name']}\nPurchasing | Northgate Sourcing\n")


def po_subject(po):
    return f"Purchase order {po['po_number']} - please confirm"


def gmail_quote(text, intro):
    q = "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))
    return f"{intro}\n\n{q}\n"


def req_sent(po, hms="09:12"):
    d = D(po["issued"])
    return d, hms


def outlook_block(po, labels=("From", "Sent", "To", "Subject"), sent=None, to=None):
    b = po["buyer"]
    sent = sent or f"{wd(po['issued'])}, {fmt_req_date(po['issued'])} 09:12"
    to = to or po["supplier"]["email"]
    return (f"{labels[0]}: {b['name']} <{b['email']}>\n{labels[1]}: {sent}\n"
            f"{labels[2]}: {to}\n{labels[3]}: {po_subject(po)}\n\n" + po_request_text(po))


# ---------------------------------------------------------------- PDF
def _pdf_ascii_fold(s):
    """Base-14 fonts with WinAnsiEncoding: fold characters outside cp1252 (as many ERPs do)."""
    import unicodedata
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            f = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D"}.get(ch)
            if f is None:
                f = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            out.append(f)
    return "".join(out)


def _pdf_str(s):
    b = _pdf_ascii_fold(s).encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def make_pdf(lines, producer="ERP", created="20261105093000+01'00'", size=9):
    """lines: str (Tj) or list of (str|int) for a TJ array; '' for blank."""
    content = [b"BT", f"/F1 {size} Tf".encode(), f"{size + 3} TL".encode(), b"40 800 Td"]
    for ln in lines:
        if isinstance(ln, list):
            arr = b" ".join(_pdf_str(x) if isinstance(x, str) else str(x).encode() for x in ln)
            content.append(b"[" + arr + b"] TJ T*")
        elif ln == "":
            content.append(b"T*")
        else:
            content.append(_pdf_str(ln) + b" Tj T*")
    content.append(b"ET")
    stream = b"\n".join(content) + b"\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Producer " + _pdf_str(producer) + b" /CreationDate (D:" + created.encode() + b") >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode() + b"0000000000 65535 f \n"
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# ---------------------------------------------------------------- XLSX
def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1", stamp=(2026, 11, 5, 10, 0, 0)):
    strings, sidx = [], {}
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, dt.date):
                serial = (v - dt.date(1899, 12, 30)).days
                cells.append(f"<c r=\"{ref}\" s=\"1\"><v>{serial}</v></c>")
            elif isinstance(v, (int, float, Decimal)):
                cells.append(f"<c r=\"{ref}\"><v>{v}</v></c>")
            else:
                if v not in sidx:
                    sidx[v] = len(strings)
                    strings.append(v)
                cells.append(f"<c r=\"{ref}\" t=\"s\"><v>{sidx[v]}</v></c>")
        xml_rows.append(f"<row r=\"{r}\">{''.join(cells)}</row>")
    X = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = {
        "[Content_Types].xml": X + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        "</Types>",
        "_rels/.rels": X + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        "</Relationships>",
        "xl/workbook.xml": X + f"<workbook xmlns=\"{ns}\" xmlns:r=\"{rns}\"><sheets>"
        f"<sheet name=\"{html.escape(sheet)}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
        "xl/_rels/workbook.xml.rels": X + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        "</Relationships>",
        "xl/styles.xml": X + f"<styleSheet xmlns=\"{ns}\"><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
        "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>",
        "xl/worksheets/sheet1.xml": X + f"<worksheet xmlns=\"{ns}\"><sheetData>{''.join(xml_rows)}</sheetData></worksheet>",
        "xl/sharedStrings.xml": X + f"<sst xmlns=\"{ns}\" count=\"{len(strings)}\" uniqueCount=\"{len(strings)}\">"
        + "".join(f"<si><t xml:space=\"preserve\">{html.escape(s, quote=False)}</t></si>" for s in strings) + "</sst>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ---------------------------------------------------------------- registry
CASES = []


def case(slug, locale, kind, hard, pos, raw, confirmations=None, notes=None):
    exp = {"kind": kind}
    if kind == "confirmation":
        assert confirmations
        exp["confirmations"] = confirmations
    else:
        assert not confirmations
    exp["notes"] = notes or hard
    CASES.append({"slug": slug, "locale": locale, "kind": kind, "hard": hard,
                  "pos": pos, "raw": raw, "expected": exp})


# ======================================================================
# CONFIRMATIONS
# ======================================================================

# ---------------------------------------------------------------- pet food, all accepted, Outlook
def c_petfood_outlook():
    s = sup("HOLLYB", "Hollybrook Pet Nutrition Ltd", "orders@hollybrook-pet.example", "en-GB")
    po = PO("4520017701", s, "mk", "GBP", "2026-11-02", [
        L(1, "HB-AK12", "Adult dry dog food chicken & rice 12 kg", 480, "BAG", "21.40", "2026-12-07"),
        L(2, "HB-PK02", "Puppy dry food 2 kg", 960, "BAG", "5.85", "2026-12-07"),
        L(3, "HB-CT15", "Cat treats salmon 15 x 60 g", 1200, "EA", "1.12", "2026-12-07"),
    ])
    assert wd("2026-12-07") == "Mon"
    date = hdate("2026-11-04", "11:47:03", "+0000")
    top = ("Hi Marta,\n\nThank you for your order.\n\n"
           "I'm pleased to confirm PO 4520017701 in full - all three lines at the prices on your order, "
           "for delivery to your Rotterdam DC on Monday 7th December.\n\n"
           "Our sales order ref: SO-118204. It will go as 12 mixed pallets; best before on the kibble is "
           "at least 12 months from delivery (BB 12/2027).\n\n"
           "Kind regards,\nGemma Hartley\nCustomer Service Team Leader\nHollybrook Pet Nutrition Ltd | Unit 9, Riverside Way, Shrewsbury SY1 3QT\n"
           "T: +44 1743 555 210\n\n"
           "This e-mail and any attachments are confidential and intended solely for the addressee.\n")
    quoted = outlook_block(po, sent="Monday, November 2, 2026 9:12 AM", to="Hollybrook Orders <orders@hollybrook-pet.example>")
    text = top + "\n________________________________\n" + quoted
    hin = (text_to_html(top) + "\n<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n"
           "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
           + text_to_html(quoted) + "</font></div>")
    body = alt("_000_AM9PR03MB7112A1C3D4E5F60718293A4B5C6D7E8AM9PR03MB7112_", text, hin)
    raw = message(reply_headers(addr("Gemma Hartley", "orders@hollybrook-pet.example"), addr("Marta Keller", po["buyer"]["email"]),
                                "RE: " + po_subject(po), date, "<AM9PR03MB7112A1C3D4E5F607@AM9PR03MB7112.eurprd03.prod.outlook.example>", po,
                                extra=[("Content-Language", "en-GB"), ("X-MS-Has-Attach", "")]), body)
    case("petfood-all-accepted-outlook", "en-GB", "confirmation",
         "Plain full confirmation, but pack sizes (12 kg, 15 x 60 g) and a best-before 12/2027 sit next to the real date.",
         [po], raw, [conf(po, {1: "A", 2: "A", 3: "A"})])


# ---------------------------------------------------------------- crowns, price per 1000, KW
def c_crowns_per_thousand():
    s = sup("KKWL", "Kronkorkenwerk Lindau GmbH", "vertrieb@kkw-lindau.example", "de-DE")
    po = PO("4520017715", s, "jw", "EUR", "2026-11-03", [
        L(1, "KK-26-R", "Kronkorken 26 mm, PVC-frei, rot lackiert", 250000, "EA", "0.0185", "2026-12-07"),
        L(2, "KK-26-G", "Kronkorken 26 mm, PVC-frei, gold", 150000, "EA", "0.0185", "2026-12-07"),
        L(3, "KK-29-B", "Kronkorken 29 mm, blank", 60000, "EA", "0.0210", "2026-12-07"),
    ])
    date = hdate("2026-11-05", "08:03:41", "+0100")
    body = ("Sehr geehrter Herr Weber,\n\n"
            "vielen Dank für Ihre Bestellung 4520017715, die wir wie folgt bestätigen:\n\n"
            "Pos. 1 - 250.000 Stück Kronkorken 26 mm rot lackiert\n"
            "         Preis 19,20 EUR / 1.000 Stück (inkl. Lackzuschlag), Liefertermin KW 50\n"
            "Pos. 2 - 150.000 Stück Kronkorken 26 mm gold\n"
            "         Preis 18,50 EUR / 1.000 Stück, Liefertermin KW 50\n"
            "Pos. 3 - 60.000 Stück 29 mm blank\n"
            "         leider erst ab KW 2/2027 lieferbar, Preis wie bestellt\n\n"
            "Lieferung frei Haus (DAP Rotterdam), Zahlung 30 Tage 2 % Skonto, 60 Tage netto.\n\n"
            "Mit freundlichen Grüßen\n\nSabine Hummel\nInnendienst Vertrieb\n"
            "Kronkorkenwerk Lindau GmbH · Bregenzer Str. 112 · 88131 Lindau\n"
            "Tel. +49 8382 555-31 · Amtsgericht Kempten HRB 4711\n\n"
            + gmail_quote(po_request_text(po), "Am 03.11.2026 um 09:12 schrieb Jonas Weber:"))
    raw = message(reply_headers(addr("Sabine Hummel", "vertrieb@kkw-lindau.example"), addr("Jonas Weber", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<3f9c2a71-5b0e-4c1d-9e11-0a7d2c4b8e51@kkw-lindau.example>", po,
                                extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")]),
                  leaf("text/plain", body, "utf-8", "8bit", params="; format=flowed"))
    assert kw(2026, 50) == "2026-12-11" and kw(2027, 2) == "2027-01-15"
    case("crowns-per-thousand-kw", "de-DE", "confirmation",
         "Prices per 1.000 Stück must be converted to the PO's per-piece price; KW 50 and KW 2/2027 without day mean Fridays.",
         [po], raw, [conf(po, {1: chg(po, 1, p="0.0192", d="2026-12-11"),
                               2: chg(po, 2, d="2026-12-11"),
                               3: chg(po, 3, d="2027-01-15")})])


# ---------------------------------------------------------------- labels, +4.5 % on two lines
def c_labels_percent():
    s = sup("ETQRH", "Étiquettes du Rhône SAS", "adv@etiquettes-rhone.example", "fr-FR")
    po = PO("4520017730", s, "er", "EUR", "2026-11-02", [
        L(1, "ETQ-750-AV", "Étiquette avant bouteille 75 cl, papier vergé", 120000, "EA", "0.0400", "2026-12-14"),
        L(2, "ETQ-750-CE", "Contre-étiquette 75 cl", 120000, "EA", "0.0250", "2026-12-14"),
        L(3, "ETQ-COL-01", "Collerette millésime 2026", 60000, "EA", "0.0180", "2026-12-14"),
    ])
    assert wd("2026-12-14") == "Mon"
    date = hdate("2026-11-04", "15:22:10", "+0100")
    top = ("Bonjour Madame Rossi,\n\n"
           "Nous accusons réception de votre commande n° 4520017730 et vous en remercions.\n\n"
           "Suite à la nouvelle hausse du papier vergé, nous sommes contraints d'appliquer une majoration de 4,5 % "
           "sur les lignes 1 et 2 (étiquette avant et contre-étiquette). La collerette reste au prix commandé.\n\n"
           "Livraison confirmée pour le lundi 14 décembre 2026 pour l'ensemble de la commande "
           "(BAT validé par vos soins le 28/10).\n\n"
           "Restant à votre disposition,\n\nCordialement,\n\nNathalie Perrin\nAdministration des ventes\n"
           "ÉTIQUETTES DU RHÔNE SAS - 14 chemin des Mûriers - 69540 Irigny\nTél. : 04 72 55 18 40\n")
    quoted = outlook_block(po, labels=("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
                           sent="lundi 2 novembre 2026 09:12", to="ADV <adv@etiquettes-rhone.example>")
    quoted = quoted.replace("De\u00a0:", "De\u00a0:")
    text = top + "\n-----Message d'origine-----\n" + quoted
    hin = text_to_html(top) + "\n<div style=\"border-top:solid #E1E1E1 1.0pt\"></div>\n" + text_to_html(quoted)
    raw = message(reply_headers(addr("Nathalie Perrin", "adv@etiquettes-rhone.example"), addr("Elena Rossi", po["buyer"]["email"]),
                                "RE: " + po_subject(po), date, "<PR1P264MB3301E0F1A2B3C4D5@PR1P264MB3301.FRAP264.prod.outlook.example>", po,
                                extra=[("Content-Language", "fr-FR")]),
                  alt("_000_PR1P264MB3301E0F1A2B3C4D5PR1P264MB3301FRAP_", text, hin, lang="fr"))
    case("labels-percent-two-lines", "fr-FR", "confirmation",
         "A 4,5 % increase applies to lines 1 and 2 only; the BAT date 28/10 and 'millésime 2026' are not delivery data.",
         [po], raw, [conf(po, {1: chg(po, 1, p=pmul("0.0400", "1.045")), 2: chg(po, 2, p=pmul("0.0250", "1.045")), 3: "A"})])


# ---------------------------------------------------------------- preforms, pallet rounding, ship vs arrival
def c_preforms_pallet():
    s = sup("PREPAU", "Preformas Paulista Ltda.", "vendas@preformaspaulista.example", "pt-BR")
    po = PO("4520017742", s, "pn", "USD", "2026-11-04", [
        L(1, "PF-28-25", "PET preform 25 g, PCO 1881 28 mm neck, clear", 100000, "EA", "0.0380", "2027-01-11"),
        L(2, "PF-28-42", "PET preform 42 g, PCO 1881, green", 50000, "EA", "0.0610", "2027-01-11"),
    ])
    date = hdate("2026-11-06", "16:40:12", "-0300")
    body = ("Prezada Priya, boa tarde.\n\n"
            "Confirmamos o pedido 4520017742 conforme abaixo:\n\n"
            "Item 1 - pré-forma 25 g cristal: trabalhamos com pallet fechado de 28.800 unidades, por isso ajustamos "
            "para 4 pallets = 115.200 un. Preço mantido US$ 0,038/un.\n"
            "Item 2 - pré-forma 42 g verde: 50.000 un. conforme pedido, US$ 0,061/un.\n\n"
            "Embarque previsto em 04/12/2026 (Santos), chegada em Rotterdam 11/01/2027.\n\n"
            "Qualquer dúvida estou à disposição.\n\nAtt.,\nRafael Nogueira\nComercial Exportação\n"
            "Preformas Paulista Ltda. | Rod. Anhanguera km 104 | Sumaré - SP\n+55 19 5555-4410\n\n"
            + gmail_quote(po_request_text(po), "Em qua., 4 de nov. de 2026 às 09:12, Priya Nair <priya.nair@northgate-sourcing.example> escreveu:"))
    raw = message(reply_headers(addr("Rafael Nogueira", "vendas@preformaspaulista.example"), addr("Priya Nair", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAK7x9Qm2+pR0vN4tY8bq1Zc@mail.preformaspaulista.example>", po),
                  alt("000000000000a1b2c3d4e5f60718", body, text_to_html(body), lang="pt"))
    case("preforms-pallet-rounding", "pt-BR", "confirmation",
         "Quantity rounded up to full pallets (4 x 28.800); ship date 04/12 vs arrival 11/01/2027 - arrival wins and equals the request.",
         [po], raw, [conf(po, {1: chg(po, 1, q=115200), 2: "A"})])


# ---------------------------------------------------------------- garden chairs, split
def c_garden_split():
    s = sup("MELEV", "Mobiliario Exterior Levante S.L.", "pedidos@melevante.example", "es-ES")
    po = PO("4520017760", s, "ta", "EUR", "2026-11-05", [
        L(1, "MX-SIL-ANT", "Silla apilable aluminio antracita", 120, "EA", "38.50", "2026-12-15"),
        L(2, "MX-MES-160", "Mesa extensible 160/220 cm teca", 20, "EA", "265.00", "2026-12-15"),
        L(3, "MX-COJ-45", "Cojín asiento 45x45 cm gris", 120, "EA", "6.90", "2026-12-15"),
    ])
    date = hdate("2026-11-09", "12:30:55", "+0100")
    body = ("Hola Tom,\n\nTe confirmo el pedido 4520017760:\n\n"
            "- Sillas apilables: 60 uds. el 15/12 y las 60 restantes el 12/01/2027 (nos falta perfil de aluminio).\n"
            "- Mesas 160/220: ok, 15/12.\n"
            "- Cojines 45x45: ok, 15/12, van en el mismo camión que las mesas.\n\n"
            "Precios según vuestro pedido.\n\nUn saludo,\nLucía Ferrer\nDpto. Comercial\nMobiliario Exterior Levante S.L.\n"
            "Pol. Ind. Els Mollons, C/ 7, 46970 Alaquàs (Valencia)\n\n"
            + gmail_quote(po_request_text(po), "El 5 nov 2026, a las 9:12, Tom Ashby <tom.ashby@northgate-sourcing.example> escribió:"))
    raw = message(reply_headers(addr("Lucía Ferrer", "pedidos@melevante.example"), addr("Tom Ashby", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<8E4B1C2A-77D0-4F35-9A1E-3C6B5D2E9F10@melevante.example>", po,
                                extra=[("X-Mailer", "Apple Mail (2.3774.200.91.1.1)")]),
                  leaf("text/plain", body, "utf-8", "quoted-printable"))
    case("garden-chairs-split", "es-ES", "confirmation",
         "Chairs split 60 + 60 over two dates, the second with year given; sizes 160/220 and 45x45 look like dates/quantities.",
         [po], raw, [conf(po, {1: chg(po, 1, sched=[(60, "2026-12-15"), (60, "2027-01-12")]), 2: "A", 3: "A"})])


# ---------------------------------------------------------------- bicycle ERP PDF with positions 10/20/30
def c_bike_erp_pdf():
    s = sup("CCBRI", "Componenti Ciclo Brianza S.p.A.", "ordini@ccbrianza.example", "it-IT")
    po = PO("4520017781", s, "er", "EUR", "2026-11-03", [
        L(1, "NG-BK-1102", "Crankset 170 mm 2x11, 50/34T", 200, "EA", "54.20", "2026-12-18"),
        L(2, "NG-BK-1140", "Cassette 11-speed 11-32T", 400, "EA", "21.75", "2026-12-18"),
        L(3, "NG-BK-1188", "Bottom bracket BSA 68 mm", 300, "EA", "7.40", "2026-12-18"),
    ])
    pdf = make_pdf([
        "COMPONENTI CICLO BRIANZA S.p.A. - Via Valassina 221 - 20843 Verano Brianza (MB)",
        "P.IVA IT01234560967",
        "",
        "CONFERMA D'ORDINE / ORDER CONFIRMATION      N. OV26-04417      Data 06/11/2026",
        "Cliente: Northgate Sourcing - Rotterdam (NL)       Cod. cliente 10482",
        "Vs. ordine: 4520017781 del 03/11/2026",
        "",
        ["Pos", -800, "Ns. codice", -800, "Vs. codice", -800, "Descrizione", -3000, "Q.ta", -300, "UM", -400, "Prezzo unit.", -400, "Consegna"],
        "10   CB-GU-17050   NG-BK-1102   Guarnitura 170 mm 2x11 50/34     200  PZ   54,20   18/12/2026",
        "20   CB-PC-1132    NG-BK-1140   Pacco pignoni 11v 11-32          250  PZ   21,75   18/12/2026",
        "20   CB-PC-1132    NG-BK-1140   Pacco pignoni 11v 11-32          150  PZ   21,75   22/01/2027",
        "30   CB-MC-6873    NG-BK-1188   Movimento centrale BSA 68x73     300  PZ    7,90   18/12/2026",
        "",
        "Resa: DAP Rotterdam      Pagamento: 60 gg d.f.f.m.      Valuta: EUR",
        "Le date di consegna si intendono franco destino.",
        "Rif. interno: AM/OV",
    ], producer="Zucchetti Ad Hoc Revolution")
    date = hdate("2026-11-06", "07:15:22", "+0100")
    text = ("Gentile Cliente,\n\nin allegato trasmettiamo la nostra conferma d'ordine n. OV26-04417 relativa al Vs. ordine 4520017781.\n\n"
            "Vi preghiamo di verificarne il contenuto e di segnalarci eventuali discrepanze entro 48 ore.\n\n"
            "Distinti saluti\nUfficio Commerciale - Componenti Ciclo Brianza S.p.A.\n\n"
            "Messaggio generato automaticamente. Si prega di non rispondere a questo indirizzo.\n")
    body = multipart("mixed", "----=_Part_41172_1846290133.1794463522000", [
        leaf("text/plain", text, "iso-8859-1", "quoted-printable"),
        leaf("application/pdf", pdf, cte="base64", filename="OV26-04417.pdf"),
    ])
    raw = message(reply_headers(addr("Componenti Ciclo Brianza", "noreply-erp@ccbrianza.example"), po["buyer"]["email"],
                                "Conferma d'ordine OV26-04417 - Vs. ordine 4520017781", date,
                                "<1846290133.41172.1794463522000@erp.ccbrianza.example>", None,
                                extra=[("Reply-To", "ordini@ccbrianza.example"), ("Auto-Submitted", "auto-generated")]), body)
    case("bike-erp-pdf-positions", "it-IT", "confirmation",
         "Automatic ERP mail with a PDF: own positions 10/20/30 and own codes beside ours, position 20 repeated for a split, price change on 30.",
         [po], raw, [conf(po, {1: "A", 2: chg(po, 2, sched=[(250, "2026-12-18"), (150, "2027-01-22")]),
                               3: chg(po, 3, p="7.90")})])


# ---------------------------------------------------------------- team wear, one line rejected
def c_teamwear_rejected():
    s = sup("VEENS", "Sportkleding Veenstra B.V.", "verkoop@veenstra-sport.example", "nl-NL")
    po = PO("4520017795", s, "so", "EUR", "2026-11-06", [
        L(1, "VS-SHIRT-M", "Wedstrijdshirt dry-fit, maat M, blauw", 300, "EA", "11.80", "2026-12-11"),
        L(2, "VS-SHIRT-L", "Wedstrijdshirt dry-fit, maat L, blauw", 300, "EA", "11.80", "2026-12-11"),
        L(3, "VS-SHORT-XL", "Short, maat XL, wit", 150, "EA", "7.25", "2026-12-11"),
        L(4, "VS-SOK-3942", "Sportsokken maat 39-42", 600, "PR", "2.10", "2026-12-11"),
    ])
    assert wd("2026-12-11") == "Fri"
    date = hdate("2026-11-09", "10:05:33", "+0100")
    top = ("Beste Sam,\n\nDank voor je order 4520017795.\n\n"
           "De shirts in M en L zijn akkoord, levering vrijdag 11 december.\n"
           "De witte short in XL is helaas uit de collectie; die kunnen we niet meer leveren, regel 3 vervalt dus.\n"
           "Sokken 39-42: akkoord, gaan mee met dezelfde levering.\n\n"
           "Met sportieve groet,\n\nMirjam de Boer\nBinnendienst\nSportkleding Veenstra B.V. | Industrieweg 18 | 8401 JK Gorredijk\n")
    quoted = outlook_block(po, labels=("Van", "Verzonden", "Aan", "Onderwerp"), sent="vrijdag 6 november 2026 09:12",
                           to="Verkoop Veenstra <verkoop@veenstra-sport.example>")
    text = top + "\n" + quoted
    hin = text_to_html(top) + "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"></div>" + text_to_html(quoted)
    raw = message(reply_headers(addr("Mirjam de Boer", "verkoop@veenstra-sport.example"), addr("Sam Okafor", po["buyer"]["email"]),
                                "RE: " + po_subject(po), date, "<DB9PR07MB8860F00A11B22C33@DB9PR07MB8860.eurprd07.prod.outlook.example>", po),
                  alt("_000_DB9PR07MB8860F00A11B22C33DB9PR07MB8860eurp_", text, hin, lang="nl"))
    case("teamwear-line-rejected", "nl-NL", "confirmation",
         "One line discontinued (rejected) among accepted ones; the sock size '39-42' is not a quantity or date.",
         [po], raw, [conf(po, {1: "A", 2: "A", 3: REJ, 4: "A"})])


# ---------------------------------------------------------------- stationery, partial quantity, szt.
def c_stationery_partial():
    s = sup("PAPIER", "Papiernik Sp. z o.o.", "zamowienia@papiernik.example", "pl-PL")
    po = PO("4520017808", s, "jw", "EUR", "2026-11-04", [
        L(1, "PP-ZES-A5", "Zeszyt A5 60 kartek kratka", 5000, "EA", "0.62", "2026-12-04"),
        L(2, "PP-KRED-12", "Kredki ołówkowe 12 kolorów", 2000, "EA", "1.35", "2026-12-04"),
        L(3, "PP-KLEJ-21", "Klej w sztyfcie 21 g", 3000, "EA", "0.48", "2026-12-04"),
    ])
    date = hdate("2026-11-05", "13:18:07", "+0100")
    body = ("Dzień dobry,\n\n"
            "potwierdzamy zamówienie nr 4520017808 z następującymi zmianami:\n\n"
            "poz. 1 zeszyt A5 60 kartek - dostępne jest tylko 3 000 szt., pozostałe 2 000 szt. nie zostaną zrealizowane "
            "(koniec nakładu, wznowienia nie planujemy);\n"
            "poz. 2 i 3 - zgodnie z zamówieniem.\n\n"
            "Termin dostawy wszystkich pozycji: 4 grudnia 2026 r.\n\n"
            "Pozdrawiamy serdecznie\nKatarzyna Wójcik\nDział Obsługi Klienta\nPapiernik Sp. z o.o., ul. Fabryczna 12, 97-200 Tomaszów Mazowiecki\n\n"
            + gmail_quote(po_request_text(po), "W dniu śr., 4.11.2026 o 09:12 Jonas Weber <jonas.weber@northgate-sourcing.example> napisał(a):"))
    raw = message(reply_headers(addr("Katarzyna Wójcik", "zamowienia@papiernik.example", "iso-8859-2"), addr("Jonas Weber", po["buyer"]["email"]),
                                "Odp: " + po_subject(po), date, "<CAF3kL0r7Yq9n2Vd+ZtQ5mW@mail.papiernik.example>", po),
                  leaf("text/plain", body, "iso-8859-2", "quoted-printable"))
    case("stationery-partial-szt", "pl-PL", "confirmation",
         "Only 3 000 of 5 000 szt. available and the rest explicitly dropped; '60 kartek', '12 kolorów', '21 g' are product data.",
         [po], raw, [conf(po, {1: chg(po, 1, q=3000), 2: "A", 3: "A"})])


# ---------------------------------------------------------------- kettles, date without year
def c_kettles_noyear():
    s = sup("ESBRNO", "Elektro Spotřebiče Brno s.r.o.", "obchod@esbrno.example", "cs-CZ")
    po = PO("4520017822", s, "mk", "EUR", "2026-11-09", [
        L(1, "ESB-KV17", "Rychlovarná konvice 1,7 l nerez", 400, "EA", "14.90", "2026-12-11"),
        L(2, "ESB-TS2", "Topinkovač 2 plátky, černý", 250, "EA", "12.30", "2026-12-11"),
    ])
    date = hdate("2026-11-10", "14:02:19", "+0100")
    body = ("Dobrý den, paní Kellerová,\n\n"
            "děkujeme za objednávku č. 4520017822.\n\n"
            "Konvice 1,7 l potvrzujeme v plném množství 400 ks, cena 14,90 EUR/ks, dodání 18. 12.\n"
            "Topinkovače potvrzujeme dle objednávky, termín 11. 12.\n\n"
            "S pozdravem\n\nPetr Dvořák\nobchodní oddělení\nElektro Spotřebiče Brno s.r.o., Vídeňská 55, 639 00 Brno\n"
            "tel.: +420 543 555 120\n\n"
            + gmail_quote(po_request_text(po), "Dne po 9. 11. 2026 9:12 uživatel Marta Keller <marta.keller@northgate-sourcing.example> napsal:"))
    raw = message(reply_headers(addr("Petr Dvořák", "obchod@esbrno.example", "windows-1250"), addr("Marta Keller", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<b7e1f0d2-4a8c-11f1-9c3e-esbrno@esbrno.example>", po),
                  leaf("text/plain", body, "windows-1250", "quoted-printable"))
    case("kettles-date-without-year", "cs-CZ", "confirmation",
         "Dates '18. 12.' and '11. 12.' carry no year; '1,7 l' and '2 plátky' are product data; windows-1250 QP.",
         [po], raw, [conf(po, {1: chg(po, 1, d="2026-12-18"), 2: "A"})])


# ---------------------------------------------------------------- LED drivers, MOQ + price per 100
def c_led_moq_per100():
    s = sup("STZIL", "Svetelná technika Žilina s.r.o.", "predaj@stzilina.example", "sk-SK")
    po = PO("4520017836", s, "pn", "EUR", "2026-11-05", [
        L(1, "STZ-DRV-40", "LED driver 40 W, 1050 mA, DALI", 150, "EA", "12.80", "2026-12-16"),
        L(2, "STZ-DRV-75", "LED driver 75 W, 700 mA, 1-10 V", 300, "EA", "18.60", "2026-12-16"),
    ])
    date = hdate("2026-11-09", "09:41:50", "+0100")
    top = ("Dobrý deň pani Nair,\n\nďakujeme za objednávku 4520017836.\n\n"
           "Pol. 1 (driver 40 W DALI): minimálne odberné množstvo je 200 ks (kartón), potvrdzujeme preto 200 ks, "
           "cena 1 245,00 EUR / 100 ks.\n"
           "Pol. 2 (driver 75 W 1-10 V): 300 ks, cena podľa objednávky 18,60 EUR/ks.\n\n"
           "Termín dodania oboch položiek 16.12.2026.\n\n"
           "S pozdravom\nMartina Hudecová\nobchodné oddelenie\nSvetelná technika Žilina s.r.o.\n")
    quoted = outlook_block(po, labels=("Od", "Odoslané", "Komu", "Predmet"), sent="štvrtok 5. novembra 2026 9:12")
    text = top + "\n" + quoted
    raw = message(reply_headers(addr("Martina Hudecová", "predaj@stzilina.example"), addr("Priya Nair", po["buyer"]["email"]),
                                "RE: " + po_subject(po), date, "<VI1PR02MB5521AB0C1D2E3F40@VI1PR02MB5521.eurprd02.prod.outlook.example>", po),
                  alt("_000_VI1PR02MB5521AB0C1D2E3F40VI1PR02MB5521eurp_", text, text_to_html(top) + "<hr>" + text_to_html(quoted), lang="sk"))
    case("led-driver-moq-per100", "sk-SK", "confirmation",
         "MOQ raises 150 to 200 ks and the price is quoted per 100 ks (1 245,00 -> 12.45/EA); 1050 mA / 1-10 V are specs.",
         [po], raw, [conf(po, {1: chg(po, 1, q=200, p="12.45"), 2: "A"})])


# ---------------------------------------------------------------- luminaires, HTML only, hu date
def c_luminaires_hu_html():
    s = sup("FENYF", "Fényforrás Világítástechnika Kft.", "rendeles@fenyforras.example", "hu-HU")
    po = PO("4520017850", s, "ta", "EUR", "2026-11-06", [
        L(1, "FF-LUM-1200", "Linear LED luminaire 1200 mm, 36 W, 4000 K", 240, "EA", "29.50", "2026-12-09"),
        L(2, "FF-PAN-6060", "LED panel 600x600, 40 W, UGR<19", 180, "EA", "24.80", "2026-12-09"),
    ])
    assert wd("2026-12-16") == "Wed"
    date = hdate("2026-11-10", "08:55:40", "+0100")
    inner = ("<div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
             "<p>Tisztelt Ashby Úr!</p>"
             "<p>Köszönjük megrendelését (<b>4520017850</b>).</p>"
             "<p>Mindkét tételt visszaigazoljuk a megrendelt mennyiségben és áron. A gyártási kapacitás miatt a szállítási "
             "határidő mindkét tételre: <b>2026. 12. 16. (szerda)</b>.</p>"
             "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
             "<tr><th>Tétel</th><th>Cikkszám</th><th>Mennyiség</th><th>Egységár</th></tr>"
             "<tr><td>1</td><td>FF-LUM-1200 (1200 mm, 36 W, 4000 K)</td><td>240 db</td><td>29,50 EUR</td></tr>"
             "<tr><td>2</td><td>FF-PAN-6060 (600x600, 40 W)</td><td>180 db</td><td>24,80 EUR</td></tr></table>"
             "<p>Üdvözlettel:<br>Kovács Eszter<br>értékesítési asszisztens<br>Fényforrás Világítástechnika Kft. | 9027 Győr, Puskás Tivadar u. 8.</p>"
             "</div><hr><div><b>Feladó:</b> Tom Ashby &lt;tom.ashby@northgate-sourcing.example&gt;<br>"
             "<b>Elküldve:</b> 2026. november 6., péntek 9:12<br><b>Tárgy:</b> " + html.escape(po_subject(po)) + "</div>"
             + text_to_html(po_request_text(po)))
    raw = message(reply_headers(addr("Kovács Eszter", "rendeles@fenyforras.example", "iso-8859-2"), addr("Tom Ashby", po["buyer"]["email"]),
                                "VS: " + po_subject(po), date, "<AS8PR10MB6600C0FFEE12@AS8PR10MB6600.eurprd10.prod.outlook.example>", po),
                  leaf("text/html", html_doc(inner, "hu"), "iso-8859-2", "base64"))
    case("luminaires-html-only-hu-date", "hu-HU", "confirmation",
         "HTML-only base64 body in iso-8859-2; Hungarian date form '2026. 12. 16.' moves both lines; 4000 K / 600x600 are specs.",
         [po], raw, [conf(po, {1: chg(po, 1, d="2026-12-16"), 2: chg(po, 2, d="2026-12-16")})])


# ---------------------------------------------------------------- plumbing, answers typed inline
def c_plumbing_inline():
    s = sup("INSCL", "Instal Sanitar Cluj S.R.L.", "comenzi@instalsanitar.example", "ro-RO")
    po = PO("4520017867", s, "mk", "EUR", "2026-11-05", [
        L(1, "IS-BAT-35", "Basin mixer single lever, 35 mm cartridge", 300, "EA", "18.40", "2026-12-10"),
        L(2, "IS-SIF-40", "Basin trap 1 1/4\" x 40 mm", 600, "EA", "3.20", "2026-12-10"),
        L(3, "IS-VAS-WC", "Wall-hung WC pan rimless, white", 80, "EA", "72.00", "2026-12-10"),
        L(4, "IS-RAC-12", "Flexible connector 1/2\" 40 cm", 1200, "EA", "1.15", "2026-12-10"),
    ])
    date = hdate("2026-11-06", "11:31:02", "+0200")
    req = po_request_text(po).split("\n")
    answers = {
        "  1  IS-BAT-35": "confirmat",
        "  2  IS-SIF-40": "confirmat, pret nou 3,45 EUR/buc (crestere PP)",
        "  3  IS-VAS-WC": "termen livrare 22.01.2027 - furnizorul de ceramica intarzie",
        "  4  IS-RAC-12": "600 buc la 10.12.2026 si 600 buc la 07.01.2027",
    }
    out = []
    for ln in req:
        out.append("> " + ln if ln else ">")
        for k, a in answers.items():
            if ln.startswith(k):
                out.append("")
                out.append(">>> " + a)
                out.append("")
    body = ("Buna ziua doamna Keller,\n\nraspunsurile noastre sunt mai jos, in textul comenzii (marcate cu >>>).\n\n"
            "Cu stima,\nAndrei Pop\nDepartament Vanzari\nInstal Sanitar Cluj S.R.L. | Str. Fabricii 45 | 400620 Cluj-Napoca\n\n"
            "On Thu, 5 Nov 2026 at 09:12, Marta Keller <marta.keller@northgate-sourcing.example> wrote:\n\n" + "\n".join(out) + "\n")
    raw = message(reply_headers(addr("Andrei Pop", "comenzi@instalsanitar.example"), addr("Marta Keller", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAJx2+Rm9wQ4ZpVb7Tn0LcK1@mail.instalsanitar.example>", po),
                  leaf("text/plain", body, "utf-8", "7bit"))
    case("plumbing-inline-answers", "ro-RO", "confirmation",
         "Answers typed inline under each quoted PO line (price, date, split); inch sizes 1 1/4\" and 1/2\" in descriptions.",
         [po], raw, [conf(po, {1: "A", 2: chg(po, 2, p="3.45"), 3: chg(po, 3, d="2027-01-22"),
                               4: chg(po, 4, sched=[(600, "2026-12-10"), (600, "2027-01-07")])})])


# ---------------------------------------------------------------- feed, PO in tonnes, price per kg
def c_feed_per_kg():
    s = sup("KRSLA", "Krmiva Slavonija d.o.o.", "prodaja@krmiva-slavonija.example", "hr-HR")
    po = PO("4520017879", s, "so", "EUR", "2026-11-09", [
        L(1, "KS-PEL-BR", "Pelleted broiler starter feed, bulk", 24, "TNE", "410.00", "2026-12-03"),
        L(2, "KS-PEL-NS", "Layer hen feed, bulk", 36, "TNE", "385.00", "2026-12-03"),
    ])
    date = hdate("2026-11-10", "10:14:26", "+0100")
    body = ("Poštovani gospodine Okafor,\n\n"
            "zahvaljujemo na narudžbi br. 4520017879. Potvrđujemo kako slijedi:\n\n"
            "Stavka 1 - 24 t startera za brojlere (sirovi proteini 21 %), cijena 0,43 EUR/kg zbog poskupljenja kukuruza.\n"
            "Stavka 2 - 36 t smjese za nesilice po 0,385 EUR/kg, bez promjene.\n\n"
            "Isporuka u rinfuzi, autocisternom, 3. prosinca 2026. Plaćanje 30 dana od isporuke.\n\n"
            "Srdačan pozdrav,\nIvana Marić\nProdaja\nKrmiva Slavonija d.o.o., Vukovarska 210, 31000 Osijek\n\n"
            + gmail_quote(po_request_text(po), "pon, 9. stu 2026. u 09:12 Sam Okafor <sam.okafor@northgate-sourcing.example> napisao je:"))
    raw = message(reply_headers(addr("Ivana Marić", "prodaja@krmiva-slavonija.example"), addr("Sam Okafor", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAP1v8kD3=Hq7LwZ0x5RbnMj@mail.krmiva-slavonija.example>", po),
                  alt("000000000000f3e2d1c0b9a87654", body, text_to_html(body), cte="base64", lang="hr"))
    case("feed-tonnes-priced-per-kg", "hr-HR", "confirmation",
         "PO counts tonnes, supplier prices per kg: 0,43 EUR/kg = 430.00/t (changed), 0,385 EUR/kg = 385.00/t (unchanged); '21 %' is protein.",
         [po], raw, [conf(po, {1: chg(po, 1, p="430.00"), 2: "A"})])


# ---------------------------------------------------------------- paint, price per pack of 6
def c_paint_per_pack():
    s = sup("BARVS", "Barve Savinja d.o.o.", "prodaja@barve-savinja.example", "sl-SI")
    po = PO("4520017888", s, "jw", "EUR", "2026-11-06", [
        L(1, "BS-LAK-075", "Wood varnish, clear, 0.75 l tin", 1200, "EA", "8.90", "2026-12-08"),
        L(2, "BS-FAS-10", "Facade paint white 10 l", 400, "EA", "31.20", "2026-12-08"),
    ])
    date = hdate("2026-11-09", "13:07:44", "+0100")
    top = ("Spoštovani g. Weber,\n\npotrjujemo naročilo 4520017888.\n\n"
           "Poz. 1: lak 0,75 l pakiramo po 6 kosov v kartonu; cena za paket (6 kosov) je 55,20 EUR. "
           "Količina 1.200 kosov = 200 paketov, ostane nespremenjena.\n"
           "Poz. 2: 400 kosov po 31,20 EUR.\n\n"
           "Dobava obeh pozicij 8. 12. 2026.\n\n"
           "Lep pozdrav,\nMaja Kranjc\nProdaja / Sales\nBarve Savinja d.o.o., Celjska cesta 7, 3310 Žalec\n")
    quoted = outlook_block(po, labels=("Od", "Poslano", "Za", "Zadeva"), sent="petek, 6. november 2026 09:12")
    text = top + "\n" + quoted
    raw = message(reply_headers(addr("Maja Kranjc", "prodaja@barve-savinja.example"), addr("Jonas Weber", po["buyer"]["email"]),
                                "RE: " + po_subject(po), date, "<AM0PR01MB4422D0D1E2F3A4B5@AM0PR01MB4422.eurprd01.prod.outlook.example>", po),
                  alt("_000_AM0PR01MB4422D0D1E2F3A4B5AM0PR01MB4422eurp_", text, text_to_html(top) + "<hr>" + text_to_html(quoted), lang="sl"))
    case("paint-price-per-pack-of-6", "sl-SI", "confirmation",
         "Price per carton of 6 tins (55,20 EUR) converts to 9.20 per tin; '1.200 kosov = 200 paketov' must not change the quantity.",
         [po], raw, [conf(po, {1: chg(po, 1, p=pdiv("55.20", 6)), 2: "A"})])


# ---------------------------------------------------------------- tapes, two POs in one mail
def c_tapes_two_pos():
    s = sup("LEPLN", "Лепилни ленти България ООД", "office@lepilni-lenti.example", "bg-BG")
    po1 = PO("4520017902", s, "pn", "EUR", "2026-11-03", [
        L(1, "LL-PP-48", "Packing tape PP 48 mm x 66 m, brown", 3600, "RL", "0.92", "2026-12-04"),
        L(2, "LL-MSK-25", "Masking tape 25 mm x 50 m", 2400, "RL", "1.05", "2026-12-04"),
    ])
    po2 = PO("4520017915", s, "pn", "EUR", "2026-11-06", [
        L(1, "LL-DS-19", "Double-sided tape 19 mm x 25 m", 1000, "RL", "2.40", "2026-12-11"),
    ])
    date = hdate("2026-11-11", "16:45:09", "+0200")
    body = ("Здравейте, г-жо Наир,\n\n"
            "Потвърждаваме и двете поръчки:\n\n"
            "Поръчка 4520017902\n"
            "  ред 1 - 3 600 ролки опаковъчна лента 48 mm x 66 m по 0,92 EUR, доставка 04.12.2026 г.\n"
            "  ред 2 - 2 400 ролки малярска лента, цена 1,09 EUR (нова цена на хартиената основа), доставка 04.12.2026 г.\n\n"
            "Поръчка 4520017915\n"
            "  1 000 ролки двойнозалепваща лента 19 mm, цена без промяна, доставка 18.12.2026 г. вместо 11.12.\n\n"
            "Поздрави,\nГергана Петрова\nТърговски отдел\nЛепилни ленти България ООД, гр. Пловдив, бул. Кукленско шосе 17\n")
    raw = message(reply_headers(addr("Гергана Петрова", "office@lepilni-lenti.example"), addr("Priya Nair", po1["buyer"]["email"]),
                                "RE: Поръчки 4520017902 и 4520017915", date, "<000001dc5a2b$7c1e4d30$74a2e790$@lepilni-lenti.example>",
                                refs=[req_id(po1), req_id(po2)], extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
                  alt("----=_NextPart_000_0001_01DC5A2B.7C1E4D30", body, text_to_html(body), cte="base64", lang="bg"))
    case("tapes-two-pos-one-mail", "bg-BG", "confirmation",
         "One Bulgarian mail answers two POs with different changes; tape sizes '48 mm x 66 m' look like quantities.",
         [po1, po2], raw, [conf(po1, {1: "A", 2: chg(po1, 2, p="1.09")}),
                           conf(po2, {1: chg(po2, 1, d="2026-12-18")})])


# ---------------------------------------------------------------- batteries, answers one of three POs
def c_batteries_one_of_three():
    s = sup("HELLB", "Ελληνικές Μπαταρίες Α.Ε.", "orders@hellbatt.example", "el-GR")
    po1 = PO("4520017921", s, "ta", "EUR", "2026-10-28", [
        L(1, "HB-AA-LR6", "Alkaline battery AA LR6, 4-pack", 5000, "PK", "1.48", "2026-12-02"),
        L(2, "HB-AAA-LR03", "Alkaline battery AAA LR03, 4-pack", 3000, "PK", "1.44", "2026-12-02"),
    ])
    po2 = PO("4520017934", s, "ta", "EUR", "2026-11-02", [
        L(1, "HB-CR2032", "Lithium coin cell CR2032, 5-pack", 4000, "PK", "1.95", "2026-12-09"),
    ])
    po3 = PO("4520017946", s, "ta", "EUR", "2026-11-05", [
        L(1, "HB-9V-6LR61", "Alkaline 9V 6LR61, single", 1500, "EA", "1.10", "2026-12-16"),
    ])
    date = hdate("2026-11-10", "12:20:31", "+0200")
    body = ("Αγαπητέ κύριε Ashby,\n\n"
            "σχετικά με την παραγγελία σας 4520017934: επιβεβαιώνουμε 4.000 συσκευασίες CR2032 (5 τεμ.), "
            "τιμή 1,95 EUR ανά συσκευασία, παράδοση 09/12/2026.\n\n"
            "Για τις άλλες δύο ανοιχτές παραγγελίες (4520017921 και 4520017946) θα σας απαντήσουμε μέχρι την Παρασκευή.\n\n"
            "Με εκτίμηση,\nΔήμητρα Παπαδοπούλου\nΤμήμα Πωλήσεων\nΕλληνικές Μπαταρίες Α.Ε. | ΒΙ.ΠΕ. Σίνδου, Θεσσαλονίκη\n\n"
            + gmail_quote(po_request_text(po2), "Στις Δευ 2 Νοε 2026 στις 9:12 π.μ., ο/η Tom Ashby <tom.ashby@northgate-sourcing.example> έγραψε:"))
    raw = message(reply_headers(addr("Δήμητρα Παπαδοπούλου", "orders@hellbatt.example", "iso-8859-7"), addr("Tom Ashby", po2["buyer"]["email"]),
                                "Re: " + po_subject(po2), date, "<CAGr8pX1nM2k=Yb7Q0tVz4dW@mail.hellbatt.example>", po2),
                  leaf("text/plain", body, "iso-8859-7", "quoted-printable"))
    case("batteries-one-of-three-pos", "el-GR", "confirmation",
         "Three open POs; only 4520017934 is answered, the other two are merely mentioned ('by Friday') and must be left out.",
         [po1, po2, po3], raw, [conf(po2, {1: "A"})])


# ---------------------------------------------------------------- harnesses, correction to this morning
def c_harness_correction():
    s = sup("ANAKAB", "Anadolu Kablo Demetleri A.Ş.", "siparis@anadolukablo.example", "tr-TR")
    po = PO("4520017958", s, "jw", "EUR", "2026-11-04", [
        L(1, "AK-HRN-2210", "Wiring harness, rear lamp, 7-pin", 800, "EA", "6.75", "2026-12-15"),
        L(2, "AK-HRN-3305", "Engine wiring harness 12V, 2.5 mm2", 400, "EA", "23.40", "2026-12-15"),
    ])
    date = hdate("2026-11-12", "15:20:48", "+0300")
    morning = ("Sayın Jonas Weber,\n\n4520017958 numaralı siparişiniz onaylanmıştır. Teslim tarihi her iki pozisyon için "
               "15.12.2026, fiyatlar siparişteki gibidir.\n\nSaygılarımızla,\nElif Yıldız\n")
    body = ("Sayın Jonas Weber,\n\n"
            "Düzeltme: bu sabahki e-postamda bir hata oldu, özür dileriz.\n\n"
            "Pozisyon 2 (motor kablo demeti 12V) için teslim tarihi 15.12 değil, 22.12.2026 olacaktır; bakır fiyatı nedeniyle "
            "birim fiyat 24,10 EUR'dur.\n"
            "Pozisyon 1 (7 pinli arka lamba demeti) değişmedi: 800 adet, 6,75 EUR, 15.12.2026.\n\n"
            "Saygılarımızla,\nElif Yıldız\nSatış Destek\nAnadolu Kablo Demetleri A.Ş. | Bursa OSB, Mavi Cad. No:14 | Nilüfer/Bursa\n\n"
            + gmail_quote(morning + "\n" + gmail_quote(po_request_text(po), "4 Kas 2026 Çar 09:12 tarihinde Jonas Weber <jonas.weber@northgate-sourcing.example> şunu yazdı:"),
                          "12 Kas 2026 Per 09:40 tarihinde Elif Yıldız <siparis@anadolukablo.example> şunu yazdı:"))
    raw = message(reply_headers(addr("Elif Yıldız", "siparis@anadolukablo.example"), addr("Jonas Weber", po["buyer"]["email"]),
                                "Ynt: Re: " + po_subject(po), date, "<CAE9wq4T0vB=kP3mYx7LhZc2@mail.anadolukablo.example>",
                                refs=[req_id(po), "<CAE9wq4R7sN1=Qd2Vh0FfUu8@mail.anadolukablo.example>"]),
                  alt("0000000000007d8c9bae0f1a2b3c", body, text_to_html(body), lang="tr"))
    case("harness-correction-same-day", "tr-TR", "confirmation",
         "Correction to this morning's confirmation: the quoted earlier mail still says 15.12 for line 2; the new date and price win.",
         [po], raw, [conf(po, {1: "A", 2: chg(po, 2, p="24.10", d="2026-12-22")})])


# ---------------------------------------------------------------- hospital beds, weekday in week
def c_hospital_week_day():
    s = sup("NORDH", "Nordisk Hospitalsinventar A/S", "ordre@nordhosp.example", "da-DK")
    po = PO("4520017967", s, "mk", "EUR", "2026-11-09", [
        L(1, "NH-SENG-90", "Hospital bed electric height adj., 90x200 cm", 24, "EA", "1840.00", "2026-12-18"),
        L(2, "NH-BORD-45", "Bedside cabinet on castors, 45 cm", 24, "EA", "210.00", "2026-12-18"),
        L(3, "NH-MADR-14", "Pressure-relief mattress 14 cm", 24, "EA", "295.00", "2026-12-18"),
    ])
    date = hdate("2026-11-11", "14:48:12", "+0100")
    top = ("Hej Marta\n\nTak for ordren.\n\nVi kan bekræfte alle tre linjer til de aftalte priser. "
           "Senge og sengeborde leveres tirsdag i uge 51. Madrasserne kommer fra vores underleverandør og kan "
           "først leveres i uge 2, 2027.\n\n"
           "Venlig hilsen\nMads Kjær\nOrdrekontor\nNordisk Hospitalsinventar A/S · Industrivej 40 · 7100 Vejle\n")
    quoted = outlook_block(po, labels=("Fra", "Sendt", "Til", "Emne"), sent="9. november 2026 09:12")
    raw = message(reply_headers(addr("Mads Kjær", "ordre@nordhosp.example"), addr("Marta Keller", po["buyer"]["email"]),
                                "SV: " + po_subject(po), date, "<HE1PR0601MB2211A9B8C7D6E5F4@HE1PR0601MB2211.eurprd06.prod.outlook.example>", po),
                  alt("_000_HE1PR0601MB2211A9B8C7D6E5F4HE1PR0601MB2211_", top + "\n" + quoted,
                      text_to_html(top) + "<hr>" + text_to_html(quoted), cte="quoted-printable", lang="da"))
    d1, d3 = kw(2026, 51, 2), kw(2027, 2)
    assert (d1, d3) == ("2026-12-15", "2027-01-15")
    case("hospital-beds-weekday-in-week", "da-DK", "confirmation",
         "'tirsdag i uge 51' is the Tuesday of week 51, 'uge 2, 2027' without day is its Friday; 90x200 is a size.",
         [po], raw, [conf(po, {1: chg(po, 1, d=d1), 2: chg(po, 2, d=d1), 3: chg(po, 3, d=d3)})])


# ---------------------------------------------------------------- veterinary, lots and expiry, accepted
def c_vet_lots_accepted():
    s = sup("VETSK", "Veterinärprodukter Skåne AB", "order@vetskane.example", "sv-SE")
    po = PO("4520017975", s, "er", "EUR", "2026-11-10", [
        L(1, "VS-DEW-10", "Equine dewormer paste 10 x 25 g", 200, "PK", "18.60", "2026-12-02"),
        L(2, "VS-BAND-75", "Elastic bandage 7.5 cm x 4.5 m", 1000, "EA", "0.95", "2026-12-02"),
        L(3, "VS-SPR-5", "Disposable syringe 5 ml, Luer", 5000, "EA", "0.07", "2026-12-02"),
    ])
    assert wd("2026-12-02") == "Wed"
    date = hdate("2026-11-11", "09:03:17", "+0100")
    body = ("Hej Elena!\n\nTack för beställningen. Vi bekräftar order 4520017975, samtliga rader enligt beställning "
            "(antal och priser), leverans onsdag 2 december.\n\n"
            "Avmaskningspastan levereras från batch L2611-07, utgångsdatum 2028-03-31.\n"
            "Sprutorna: lot 26-0945, bäst före 2031-06.\n"
            "Analyscertifikat (CoA) daterat 2026-10-19 bifogas med leveransen.\n\n"
            "Med vänlig hälsning\nJohanna Lindgren\nKundservice\nVeterinärprodukter Skåne AB, Malmö\n\n"
            + gmail_quote(po_request_text(po), "Den tis 10 nov. 2026 kl 09:12 skrev Elena Rossi <elena.rossi@northgate-sourcing.example>:"))
    raw = message(reply_headers(addr("Johanna Lindgren", "order@vetskane.example"), addr("Elena Rossi", po["buyer"]["email"]),
                                "Sv: " + po_subject(po), date, "<CABn3xW0qL7=TzR4vYp1KmHd@mail.vetskane.example>", po),
                  leaf("text/plain", body, "iso-8859-1", "quoted-printable"))
    case("vet-lots-expiry-accepted", "sv-SE", "confirmation",
         "Full acceptance surrounded by batch L2611-07, expiry 2028-03-31, lot 26-0945 and a CoA date that are not delivery dates.",
         [po], raw, [conf(po, {1: "A", 2: "A", 3: "A"})])


# ---------------------------------------------------------------- jewellery findings, price per 100 stk, partial + week
def c_jewellery_per100():
    s = sup("SMYBG", "Smykkedeler Bergen AS", "ordre@smykkedeler.example", "nb-NO")
    po = PO("4520017989", s, "so", "EUR", "2026-11-06", [
        L(1, "SB-OR-925", "Ear wire hooks silver 925, 18 mm", 5000, "EA", "0.85", "2026-12-04"),
        L(2, "SB-LAS-10", "Lobster clasp 10 mm, gold plated", 3000, "EA", "0.42", "2026-12-04"),
        L(3, "SB-KJ-45", "Chain 45 cm, silver 925, 1.2 mm", 500, "EA", "6.80", "2026-12-04"),
    ])
    date = hdate("2026-11-10", "19:02:55", "+0100")
    body = ("Hei Sam,\n\ntakk for bestillingen!\n\n"
            "Linje 1: pris per 100 stk er nå 82,00 EUR (sølvprisen har gått litt ned).\n"
            "Linje 2: OK.\n"
            "Linje 3: OK, men vi har bare 350 stk på lager. Resten, 150 stk, kan leveres uke 51.\n\n"
            "Alt annet sendes slik at det er hos dere fredag 4. desember.\n\n"
            "Mvh\nIngrid Solheim\nSmykkedeler Bergen AS\n\n"
            + gmail_quote(po_request_text(po), "fre. 6. nov. 2026 kl. 09:12 skrev Sam Okafor <sam.okafor@northgate-sourcing.example>:"))
    raw = message(reply_headers(addr("Ingrid Solheim", "ordre@smykkedeler.example"), addr("Sam Okafor", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAHs9eK2zQ1=Wv5nRt0XbM7y@mail.smykkedeler.example>", po),
                  alt("000000000000b0c1d2e3f4a5b6c7", body, text_to_html(body), lang="nb"))
    assert kw(2026, 51) == "2026-12-18"
    case("jewellery-per-100-stk-partial", "nb-NO", "confirmation",
         "Price per 100 stk converts to 0.82/EA; line 3 split 350 now + 150 in 'uke 51' (Friday); 925/18 mm/1,2 mm are specs.",
         [po], raw, [conf(po, {1: chg(po, 1, p="0.82"), 2: "A",
                               3: chg(po, 3, sched=[(350, "2026-12-04"), (150, "2026-12-18")])})])


# ---------------------------------------------------------------- furniture fasteners, ship vs delivery
def c_fasteners_ship_delivery():
    s = sup("KALHE", "Kalustehelat Oy", "myynti@kalustehelat.example", "fi-FI")
    po = PO("4520018002", s, "ta", "EUR", "2026-11-09", [
        L(1, "KH-EX-M6", "Cam lock 15 mm + dowel M6", 20000, "EA", "0.065", "2026-12-04"),
        L(2, "KH-SAR-35", "Concealed hinge 35 mm, 110 deg", 8000, "EA", "0.38", "2026-12-04"),
        L(3, "KH-KAP-8", "Wooden dowel 8 x 30 mm", 50000, "EA", "0.006", "2026-12-04"),
    ])
    assert wd("2026-12-02") == "Wed" and wd("2026-12-07") == "Mon"
    date = hdate("2026-11-10", "10:26:03", "+0200")
    body = ("Hei Tom,\n\nkiitos tilauksesta 4520018002.\n\n"
            "Vahvistamme kaikki rivit tilatuin määrin ja hinnoin. Toimitus lähtee tehtaaltamme keskiviikkona 2.12. "
            "ja on perillä Rotterdamissa maanantaina 7.12.\n\n"
            "Maksuehto 14 pv -2 % / 45 pv netto.\n\n"
            "Ystävällisin terveisin\nAnni Virtanen\nMyynti\nKalustehelat Oy | Teollisuustie 6 | 15560 Nastola\n\n"
            + gmail_quote(po_request_text(po), "ma 9.11.2026 klo 9.12 Tom Ashby (tom.ashby@northgate-sourcing.example) kirjoitti:"))
    raw = message(reply_headers(addr("Anni Virtanen", "myynti@kalustehelat.example"), addr("Tom Ashby", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAM5tY8u1Lq=Xp0bZr3KdWn6@mail.kalustehelat.example>", po),
                  leaf("text/plain", body, "iso-8859-15", "quoted-printable"))
    case("fasteners-ship-vs-arrival", "fi-FI", "confirmation",
         "Ship date 2.12. and arrival 7.12. both given without year: arrival wins for all lines; '14 pv -2 %' is a payment term.",
         [po], raw, [conf(po, {n: chg(po, n, d="2026-12-07") for n in (1, 2, 3)})])


# ---------------------------------------------------------------- event barriers, "next Tuesday"
def c_event_next_tuesday():
    s = sup("LAVAT", "Lava ja Tarvik OÜ", "myyk@lavatarvik.example", "et-EE")
    po = PO("4520018017", s, "so", "EUR", "2026-11-06", [
        L(1, "LT-BAR-200", "Crowd barrier steel 2.0 m", 150, "EA", "89.00", "2026-11-13"),
        L(2, "LT-CAB-PRO", "Cable protector 5-channel, 1 m", 60, "EA", "64.50", "2026-11-13"),
    ])
    date = hdate("2026-11-12", "11:40:27", "+0200")
    nt = next_weekday("2026-11-12", 1)
    assert nt == "2026-11-17"
    body = ("Tere Sam,\n\nkinnitame tellimuse 4520018017: piirded 150 tk ja kaablikaitsmed 60 tk, hinnad vastavalt tellimusele.\n\n"
            "Homseks me kahjuks ei jõua - kaablikaitsmed tulevad Poolast. Saame kogu kauba teile kohale toimetada "
            "järgmisel teisipäeval.\n\n"
            "Parimat\nKristjan Tamm\nLava ja Tarvik OÜ | Peterburi tee 71, Tallinn | +372 5555 1234\n")
    raw = message(reply_headers(addr("Kristjan Tamm", "myyk@lavatarvik.example"), addr("Sam Okafor", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<E3D9A2B1-4C5F-4A8E-9B7D-1F2E3D4C5B6A@lavatarvik.example>", po,
                                extra=[("X-Mailer", "iPhone Mail (22B91)")]),
                  leaf("text/plain", body, "utf-8", "quoted-printable"))
    case("event-barriers-next-tuesday", "et-EE", "confirmation",
         "Relative date 'järgmisel teisipäeval' measured from the Date header (Thu 12 Nov) -> Tue 17 Nov; 'homseks' refers to the requested date.",
         [po], raw, [conf(po, {1: chg(po, 1, d=nt), 2: chg(po, 2, d=nt)})])


# ---------------------------------------------------------------- bike tyres, lead time weeks from order date
def c_tyres_leadtime():
    s = sup("DVPAD", "Dviračių Padangos UAB", "pardavimai@dvpadangos.example", "lt-LT")
    po = PO("4520018025", s, "er", "EUR", "2026-11-03", [
        L(1, "DP-700-32", "Tyre 700x32C, reflective strip", 1000, "EA", "8.40", "2026-12-04"),
        L(2, "DP-29-225", "Tyre 29x2.25, MTB", 600, "EA", "14.20", "2026-12-04"),
        L(3, "DP-KAM-700", "Inner tube 700x28/32, Presta 48 mm", 2000, "EA", "2.05", "2026-12-04"),
    ])
    date = hdate("2026-11-09", "15:12:44", "+0200")
    lt = plus_days("2026-11-03", 42)
    assert lt == "2026-12-15"
    body = ("Laba diena,\n\ndėkojame už užsakymą Nr. 4520018025 (2026-11-03).\n\n"
            "Visos eilutės patvirtinamos pagal užsakymą - kiekiai ir kainos nesikeičia. Tačiau gruodžio 4 d. nespėsime: "
            "mūsų pristatymo terminas yra 6 savaitės nuo užsakymo datos.\n\n"
            "Pagarbiai\nRūta Kazlauskienė\nPardavimų vadybininkė\nDviračių Padangos UAB, Savanorių pr. 178, Kaunas\n\n"
            + gmail_quote(po_request_text(po), "2026-11-03, an, 09:12 Elena Rossi <elena.rossi@northgate-sourcing.example> rašė:"))
    raw = message(reply_headers(addr("Rūta Kazlauskienė", "pardavimai@dvpadangos.example"), addr("Elena Rossi", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAN8q2Vw5=Rk1mZt0YbLp9Xs@mail.dvpadangos.example>", po),
                  alt("0000000000004e5f6a7b8c9d0e1f", body, text_to_html(body), charset="iso-8859-13", lang="lt"))
    case("tyres-lead-time-weeks", "lt-LT", "confirmation",
         "No date given: '6 savaitės nuo užsakymo datos' counts from the order date 2026-11-03 -> 2026-12-15; tyre sizes 700x32C/29x2.25.",
         [po], raw, [conf(po, {n: chg(po, n, d=lt) for n in (1, 2, 3)})])


# ---------------------------------------------------------------- stationery lv, one line left open
def c_stationery_lv_open_line():
    s = sup("BIROP", "Biroja Preces SIA", "pasutijumi@birojapreces.example", "lv-LV")
    po = PO("4520018033", s, "pn", "EUR", "2026-11-05", [
        L(1, "BP-MAP-A4", "Elastic folder A4, blue", 3000, "EA", "0.74", "2026-12-01"),
        L(2, "BP-PILD-07", "Ballpoint pen 0.7 mm, blue", 10000, "EA", "0.11", "2026-12-01"),
        L(3, "BP-LIN-30", "Ruler 30 cm, transparent", 2500, "EA", "0.29", "2026-12-01"),
    ])
    date = hdate("2026-11-06", "13:33:21", "+0200")
    top = ("Labdien, Priya!\n\n"
           "Apstiprinām pasūtījumu Nr. 4520018033:\n"
           " - 1. un 3. pozīcija - pēc pasūtījuma (daudzums un cena), piegāde 2026. gada 9. decembrī;\n"
           " - 2. pozīcija - lodīšu pildspalvas 0,7 mm pašlaik nav noliktavā, par piegādes termiņu informēsim nākamnedēļ.\n\n"
           "Ar cieņu\nLiene Bērziņa\nKlientu apkalpošana\nBiroja Preces SIA, Rīga\n")
    quoted = outlook_block(po, labels=("No", "Nosūtīts", "Kam", "Tēma"), sent="ceturtdiena, 2026. gada 5. novembris 09:12")
    raw = message(reply_headers(addr("Liene Bērziņa", "pasutijumi@birojapreces.example"), addr("Priya Nair", po["buyer"]["email"]),
                                "RE: " + po_subject(po), date, "<DU2PR04MB8822B1C2D3E4F5A6@DU2PR04MB8822.eurprd04.prod.outlook.example>", po),
                  alt("_000_DU2PR04MB8822B1C2D3E4F5A6DU2PR04MB8822eurp_", top + "\n" + quoted,
                      text_to_html(top) + "<hr>" + text_to_html(quoted), lang="lv"))
    case("stationery-line-left-open-lv", "lv-LV", "confirmation",
         "Latvian long date '2026. gada 9. decembrī' for lines 1 and 3; line 2 promised 'next week' stays unconfirmed.",
         [po], raw, [conf(po, {1: chg(po, 1, d="2026-12-09"), 2: UNC, 3: chg(po, 3, d="2026-12-09")})])


# ---------------------------------------------------------------- garden furniture uk, price + ship/delivery
def c_garden_uk():
    s = sup("KARPM", "Садові Меблі Карпати ТОВ", "zakaz@karpaty-mebli.example", "uk-UA")
    po = PO("4520018041", s, "ta", "EUR", "2026-11-04", [
        L(1, "KM-LAV-150", "Garden bench wooden 150 cm", 80, "EA", "64.00", "2026-12-10"),
        L(2, "KM-KR-02", "Folding garden chair", 200, "EA", "22.50", "2026-12-10"),
    ])
    date = hdate("2026-11-06", "17:05:38", "+0200")
    body = ("Добрий день, пане Ешбі!\n\n"
            "Підтверджуємо замовлення № 4520018041:\n"
            "поз. 1 - лава садова 150 см, 80 шт., ціна 66,50 EUR/шт. (подорожчання деревини);\n"
            "поз. 2 - крісло розкладне, 200 шт., ціна без змін.\n\n"
            "Відвантаження обох позицій - 3 грудня, доставка до складу в Роттердамі - 14 грудня 2026 р.\n\n"
            "З повагою,\nОксана Мельник\nвідділ продажів\nСадові Меблі Карпати ТОВ, м. Івано-Франківськ\n\n"
            + gmail_quote(po_request_text(po), "ср, 4 лист. 2026 р. о 09:12 Tom Ashby <tom.ashby@northgate-sourcing.example> пише:"))
    raw = message(reply_headers(addr("Оксана Мельник", "zakaz@karpaty-mebli.example"), addr("Tom Ashby", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAL4hR7y2=Tn9kWb0XzQm3Vp@mail.karpaty-mebli.example>", po),
                  leaf("text/plain", body, "windows-1251", "8bit"))
    case("garden-furniture-price-ship-delivery", "uk-UA", "confirmation",
         "Ukrainian genitive month names; ship date 3 грудня vs delivery 14 грудня (delivery wins) plus a bench price increase; windows-1251 8bit.",
         [po], raw, [conf(po, {1: chg(po, 1, p="66.50", d="2026-12-14"), 2: chg(po, 2, d="2026-12-14")})])


# ---------------------------------------------------------------- pet food ingredients ru, PO in kg, price per tonne
def c_petfood_ru_per_tonne():
    s = sup("ZOOKP", "ООО \"ЗооКорм Поволжье\"", "sales@zookorm.example", "ru-RU")
    po = PO("4520018058", s, "jw", "EUR", "2026-11-05", [
        L(1, "ZK-RYB-MUK", "Fish meal 65 % protein, 50 kg bags", 20000, "KG", "1.12", "2026-12-14"),
        L(2, "ZK-SOY-46", "Soybean meal 46 %", 40000, "KG", "0.49", "2026-12-14"),
    ])
    date = hdate("2026-11-09", "11:58:02", "+0300")
    body = ("Здравствуйте, Йонас!\n\n"
            "Подтверждаем заказ N 4520018058.\n\n"
            "Позиция 1: рыбная мука, 20 тонн (400 мешков по 50 кг), цена 1 180 евро за тонну.\n"
            "Позиция 2: соевый шрот, 40 тонн, цена 490 евро за тонну - без изменений.\n\n"
            "Отгрузка 7 декабря, доставка на склад в Роттердаме - 14.12.2026.\n\n"
            "С уважением,\nАнна Соколова\nменеджер ВЭД\nООО \"ЗооКорм Поволжье\", г. Самара\nтел. +7 846 555-20-31\n\n"
            + gmail_quote(po_request_text(po), "чт, 5 нояб. 2026 г. в 09:12, Jonas Weber <jonas.weber@northgate-sourcing.example>:"))
    raw = message(reply_headers(addr("Анна Соколова", "sales@zookorm.example", "koi8-r"), addr("Jonas Weber", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<1762678682.884213.5521@mail.zookorm.example>", po),
                  leaf("text/plain", body, "koi8-r", "base64"))
    case("feed-ingredients-kg-priced-per-tonne", "ru-RU", "confirmation",
         "PO in kg, prices per tonne: 1 180 €/t = 1.18/kg (changed), 490 €/t = 0.49/kg (same); 400 мешков по 50 кг is not a new quantity.",
         [po], raw, [conf(po, {1: chg(po, 1, p="1.18"), 2: "A"})])


# ---------------------------------------------------------------- luminaires zh-CN, XLSX with Excel dates, split rows
def c_lighting_cn_xlsx():
    s = sup("GYLIT", "深圳光影照明有限公司", "sales@gy-lighting.example", "zh-CN")
    po = PO("4520018066", s, "pn", "USD", "2026-11-02", [
        L(1, "GY-DL-12W", "LED downlight 12 W, 3000 K, cut-out 105 mm", 2000, "EA", "3.15", "2027-01-08"),
        L(2, "GY-TR-30W", "LED track light 30 W, black", 800, "EA", "9.80", "2027-01-08"),
        L(3, "GY-HB-150", "LED high bay 150 W, IP65", 150, "EA", "38.00", "2027-01-08"),
    ])
    x = make_xlsx([
        ["深圳光影照明有限公司  订单确认书 / Order Confirmation"],
        ["客户 Customer:", "Northgate Sourcing", "", "客户订单号 PO No.:", "4520018066"],
        ["确认书编号 OC No.:", "GY-OC-2611-058", "", "日期 Date:", dt.date(2026, 11, 6)],
        [],
        ["序号 No.", "我司型号 Our model", "客户料号 Customer item", "数量 Qty (PCS)", "单价 Unit price (USD)", "金额 Amount (USD)", "到港日期 ETA Rotterdam"],
        [1, "GYD-0312-30", "GY-DL-12W", 2000, 3.15, 6300, dt.date(2027, 1, 8)],
        [2, "GYT-3030-BK", "GY-TR-30W", 500, 9.8, 4900, dt.date(2027, 1, 8)],
        [2, "GYT-3030-BK", "GY-TR-30W", 300, 9.8, 2940, dt.date(2027, 1, 29)],
        [3, "GYH-150-65", "GY-HB-150", 150, 36.5, 5475, dt.date(2027, 1, 8)],
        [],
        ["贸易条款 Terms: FOB Shenzhen; 付款 Payment: 30% T/T deposit, 70% against B/L copy"],
    ], sheet="OC")
    date = hdate("2026-11-06", "17:22:09", "+0800")
    text = ("Priya 您好，\n\n附件是贵司订单 4520018066 的订单确认书，请查收。\n\n"
            "轨道灯 30W 因芯片短缺分两批出货，详见附件；高天棚灯单价调整为 36.50 美元。\n"
            "确认书中的日期为到港日期（鹿特丹）。\n\n"
            "温馨提示：我司春节放假时间为 2027年2月5日 至 2月20日，请提前安排订单。\n\n"
            "祝好！\n李娜 Lina Li\n外贸部 | 深圳光影照明有限公司\nTel: +86 755 5555 6688\n")
    body = multipart("mixed", "----=_NextPart_6A1F0E2B_0C3D_4E5F_8A9B_7C6D5E4F3A2B", [
        alt("----=_NextPart_1B2C3D4E_5F6A_7B8C_9D0E_1F2A3B4C5D6E", text, text_to_html(text), charset="gb18030", cte="base64", lang="zh-CN"),
        leaf(XLSX_CT, x, cte="base64", filename="OC_4520018066.xlsx"),
    ])
    raw = message(reply_headers(addr("李娜 Lina Li", "sales@gy-lighting.example"), addr("Priya Nair", po["buyer"]["email"]),
                                "回复: " + po_subject(po), date, "<202611061722090931581@gy-lighting.example>", po,
                                extra=[("X-Mailer", "Foxmail 7.2.25.375[cn]")]), body)
    case("lighting-xlsx-excel-dates", "zh-CN", "confirmation",
         "XLSX confirmation with Excel serial dates, own model codes beside ours and a repeated row for a split; Spring Festival dates in the body are no delivery.",
         [po], raw, [conf(po, {1: "A", 2: chg(po, 2, sched=[(500, "2027-01-08"), (300, "2027-01-29")]),
                               3: chg(po, 3, p="36.50")})])


# ---------------------------------------------------------------- bicycle hubs zh-TW, split + price
def c_hubs_tw():
    s = sup("TCPRE", "台中精密自行車零件股份有限公司", "sales@tc-precision.example", "zh-TW")
    po = PO("4520018074", s, "er", "USD", "2026-11-04", [
        L(1, "TC-HUB-F100", "Front hub 100 mm, 32H, disc", 600, "EA", "11.20", "2026-12-21"),
        L(2, "TC-HUB-R142", "Rear hub 142x12 mm, 32H, disc", 600, "EA", "24.60", "2026-12-21"),
        L(3, "TC-QR-5", "Quick release skewer 5 mm", 1200, "EA", "1.35", "2026-12-21"),
    ])
    date = hdate("2026-11-09", "16:03:12", "+0800")
    body = ("Elena 您好：\n\n感謝您的訂單 4520018074，確認如下：\n\n"
            "1. 前花鼓 100mm 32H：600 個，單價 USD 11.20，交期 2026/12/21。\n"
            "2. 後花鼓 142x12：因零件缺料，本批只能出 400 個，其餘 200 個於 2027/1/18 交貨，單價不變。\n"
            "3. 快拆桿 5mm：1,200 個，單價調整為 USD 1.42。\n\n"
            "以上交期皆為到貨日（鹿特丹倉庫）。\n\n"
            "敬祝 商祺\n陳怡君 Yi-Chun Chen\n業務部\n台中精密自行車零件股份有限公司\n\n"
            + gmail_quote(po_request_text(po), "Elena Rossi <elena.rossi@northgate-sourcing.example> 於 2026年11月4日 週三 上午9:12 寫道："))
    raw = message(reply_headers(addr("陳怡君", "sales@tc-precision.example", "big5"), addr("Elena Rossi", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAB7tW3k9=Yp2nQx0VrLm8Zc@mail.tc-precision.example>", po),
                  leaf("text/plain", body, "big5", "base64"))
    case("bike-hubs-split-tw", "zh-TW", "confirmation",
         "Big5 text: rear hubs split 400 + 200 with a year-first slash date, skewer price change; '142x12', '32H', '5mm' are specs.",
         [po], raw, [conf(po, {1: "A", 2: chg(po, 2, sched=[(400, "2026-12-21"), (200, "2027-01-18")]),
                               3: chg(po, 3, p="1.42")})])


# ---------------------------------------------------------------- adhesives ja, case rounding, ship vs arrival
def c_adhesives_ja():
    s = sup("TOWAS", "株式会社東和接着", "eigyo@towa-setchaku.example", "ja-JP")
    po = PO("4520018082", s, "mk", "USD", "2026-11-05", [
        L(1, "TW-EP-50", "Epoxy adhesive 2-component, 50 ml cartridge", 1000, "EA", "4.60", "2026-12-18"),
        L(2, "TW-CA-20", "Cyanoacrylate instant adhesive 20 g", 3000, "EA", "1.25", "2026-12-18"),
    ])
    date = hdate("2026-11-09", "10:15:47", "+0900")
    body = ("Northgate Sourcing\nMarta Keller様\n\n"
            "いつもお世話になっております。株式会社東和接着の佐藤でございます。\n\n"
            "ご注文番号4520018082につきまして、下記の通りお請けいたします。\n\n"
            "1. エポキシ接着剤 50ml：24個入り×42ケース＝1,008個（ケース単位での出荷となります）、単価4.60ドル\n"
            "2. 瞬間接着剤 20g：3,000個、単価1.25ドル\n\n"
            "出荷日：12月11日\n貴社ロッテルダム倉庫着：12月18日\n\n"
            "以上、よろしくお願い申し上げます。\n\n"
            "──────────────\n株式会社東和接着 営業部\n佐藤 健一\nTEL 06-5555-3120\n──────────────\n")
    raw = message(reply_headers(addr("佐藤 健一", "eigyo@towa-setchaku.example", "iso-2022-jp"), addr("Marta Keller", po["buyer"]["email"]),
                                "RE: " + po_subject(po), date, "<20261109101547.5A3C.EIGYO@towa-setchaku.example>", po,
                                extra=[("X-Mailer", "Becky! ver. 2.81.04")]),
                  leaf("text/plain", body, "iso-2022-jp", "7bit"))
    case("adhesives-case-rounding-ja", "ja-JP", "confirmation",
         "ISO-2022-JP: quantity rounded to whole cases (24個入り×42 = 1,008); ship date 12月11日 vs arrival 12月18日 without year.",
         [po], raw, [conf(po, {1: chg(po, 1, q=1008), 2: "A"})])


# ---------------------------------------------------------------- batteries ko, three deliveries
def c_cells_ko_three_dates():
    s = sup("HANBT", "한빛배터리 주식회사", "export@hanbit-battery.example", "ko-KR")
    po = PO("4520018090", s, "ta", "USD", "2026-11-06", [
        L(1, "HBB-18650-30", "Li-ion cell 18650, 3000 mAh", 30000, "EA", "2.35", "2026-12-11"),
        L(2, "HBB-PACK-36", "E-bike battery pack 36V 13Ah", 200, "EA", "148.00", "2026-12-11"),
    ])
    date = hdate("2026-11-10", "14:30:00", "+0900")
    top = ("Tom Ashby 님,\n\n안녕하세요. 한빛배터리 해외영업팀 김지현입니다.\n"
           "발주서 4520018090 잘 받았습니다. 아래와 같이 확인드립니다.\n\n"
           "1. 18650 셀 (3000mAh) 30,000개: 3회 분할 납품\n"
           "   - 2026년 12월 11일 10,000개\n   - 2026년 12월 23일 10,000개\n   - 2027년 1월 8일 10,000개\n"
           "   단가 변동 없음.\n"
           "2. 36V 13Ah 배터리 팩 200개: 12월 11일 전량 납품, 단가 US$152.00 (BMS 사양 변경).\n\n"
           "감사합니다.\n김지현 드림\n한빛배터리 주식회사 | 충북 청주시 흥덕구\n")
    quoted = outlook_block(po, labels=("보낸 사람", "보낸 날짜", "받는 사람", "제목"), sent="2026년 11월 6일 금요일 오전 9:12")
    raw = message(reply_headers(addr("김지현", "export@hanbit-battery.example", "euc-kr"), addr("Tom Ashby", po["buyer"]["email"]),
                                "RE: " + po_subject(po), date, "<SL2P216MB1188E1F2A3B4C5D6@SL2P216MB1188.KORP216.prod.outlook.example>", po),
                  alt("_000_SL2P216MB1188E1F2A3B4C5D6SL2P216MB1188KORP_", top + "\n" + quoted,
                      text_to_html(top) + "<hr>" + text_to_html(quoted), charset="euc-kr", lang="ko"))
    case("cells-three-deliveries-ko", "ko-KR", "confirmation",
         "EUC-KR: cells split into three dated deliveries, pack price change; '18650', '3000mAh', '36V 13Ah' are specs.",
         [po], raw, [conf(po, {1: chg(po, 1, sched=[(10000, "2026-12-11"), (10000, "2026-12-23"), (10000, "2027-01-08")]),
                               2: chg(po, 2, p="152.00")})])


# ---------------------------------------------------------------- footballs vi, all accepted, ship date differs
def c_footballs_vi():
    s = sup("SGSPT", "Công ty TNHH Dụng cụ Thể thao Sài Gòn", "sales@saigonsport.example", "vi-VN")
    po = PO("4520018105", s, "so", "USD", "2026-11-05", [
        L(1, "SG-BALL-5", "Football size 5, PU, hand-stitched", 2000, "EA", "6.40", "2027-01-15"),
        L(2, "SG-BALL-4", "Football size 4, PU", 1000, "EA", "5.90", "2027-01-15"),
        L(3, "SG-PUMP-01", "Ball pump with needle", 500, "EA", "1.10", "2027-01-15"),
    ])
    date = hdate("2026-11-10", "15:44:18", "+0700")
    body = ("Kính gửi anh Sam,\n\n"
            "Cảm ơn anh đã gửi đơn hàng số 4520018105. Chúng tôi xác nhận toàn bộ đơn hàng theo đúng số lượng và đơn giá:\n"
            "- Bóng số 5: 2.000 quả, 6,40 USD/quả\n- Bóng số 4: 1.000 quả, 5,90 USD/quả\n- Bơm bóng: 500 cái, 1,10 USD/cái\n\n"
            "Hàng sẽ xuất từ cảng Cát Lái ngày 05/12/2026, ngày giao hàng tại kho Rotterdam: 15/01/2027.\n\n"
            "Trân trọng,\nNguyễn Thị Thu Hà\nPhòng Kinh doanh Xuất khẩu\nCông ty TNHH Dụng cụ Thể thao Sài Gòn\n\n"
            + gmail_quote(po_request_text(po), "Vào Th 5, 5 thg 11, 2026 lúc 09:12 Sam Okafor <sam.okafor@northgate-sourcing.example> đã viết:"))
    raw = message(reply_headers(addr("Nguyễn Thị Thu Hà", "sales@saigonsport.example"), addr("Sam Okafor", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAD2mX8p4=Wq7nLb0RzTk5Yv@mail.saigonsport.example>", po),
                  alt("000000000000c4d5e6f7a8b9c0d1", body, text_to_html(body), cte="base64", lang="vi"))
    case("footballs-all-accepted-vi", "vi-VN", "confirmation",
         "Full acceptance; ship date 05/12/2026 from Cát Lái differs from the delivery date 15/01/2027, which equals the request.",
         [po], raw, [conf(po, {1: "A", 2: "A", 3: "A"})])


# ---------------------------------------------------------------- team jerseys th, Buddhist year
def c_jerseys_th_buddhist():
    s = sup("THSPW", "บริษัท ไทยสปอร์ตแวร์ จำกัด", "export@thaisportwear.example", "th-TH")
    po = PO("4520018113", s, "pn", "USD", "2026-11-06", [
        L(1, "TSW-JER-S", "Team jersey sublimated, size S", 400, "EA", "7.80", "2026-12-11"),
        L(2, "TSW-JER-M", "Team jersey sublimated, size M", 600, "EA", "7.80", "2026-12-11"),
    ])
    date = hdate("2026-11-11", "10:05:51", "+0700")
    body = ("เรียน คุณ Priya\n\n"
            "ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4520018113\n\n"
            "บริษัทฯ ขอยืนยันคำสั่งซื้อทั้งสองรายการตามจำนวนและราคาที่สั่ง (ไซซ์ S 400 ตัว, ไซซ์ M 600 ตัว, ราคา 7.80 USD/ตัว) "
            "แต่เนื่องจากผ้ามาล่าช้า กำหนดส่งสินค้าถึงคลังสินค้ารอตเตอร์ดัมจะเป็นวันที่ 18 ธันวาคม 2569\n\n"
            "ขอแสดงความนับถือ\nสุดารัตน์ ศรีสุข\nฝ่ายขายต่างประเทศ\nบริษัท ไทยสปอร์ตแวร์ จำกัด\n")
    raw = message(reply_headers(addr("สุดารัตน์ ศรีสุข", "export@thaisportwear.example"), addr("Priya Nair", po["buyer"]["email"]),
                                "ตอบกลับ: " + po_subject(po), date, "<TYZPR01MB5566F7E8D9C0B1A2@TYZPR01MB5566.apcprd01.prod.outlook.example>", po),
                  leaf("text/plain", body, "tis-620", "quoted-printable"))
    assert 2569 - 543 == 2026
    case("jerseys-buddhist-year-th", "th-TH", "confirmation",
         "Thai date in the Buddhist era: '18 ธันวาคม 2569' is 2026-12-18; TIS-620 quoted-printable body.",
         [po], raw, [conf(po, {1: chg(po, 1, d="2026-12-18"), 2: chg(po, 2, d="2026-12-18")})])


# ---------------------------------------------------------------- coatings id, price + rejected
def c_coatings_id():
    s = sup("CWNUS", "PT Cat Warna Nusantara", "penjualan@catwarna.example", "id-ID")
    po = PO("4520018121", s, "mk", "USD", "2026-11-04", [
        L(1, "CWN-EPX-20", "Epoxy floor coating grey, 20 kg kit", 150, "EA", "86.00", "2026-12-18"),
        L(2, "CWN-PRM-5", "Anti-rust primer red oxide 5 l", 400, "EA", "14.50", "2026-12-18"),
        L(3, "CWN-THN-1", "Thinner 1 l", 600, "EA", "2.20", "2026-12-18"),
    ])
    date = hdate("2026-11-09", "14:11:30", "+0700")
    top = ("Dengan hormat Ibu Marta,\n\nTerima kasih atas PO No. 4520018121. Kami konfirmasi sebagai berikut:\n\n"
           "1. Epoxy 20 kg: 150 set, harga naik menjadi USD 89,50/set karena kenaikan harga resin.\n"
           "2. Primer 5 l: 400 kaleng @ USD 14,50.\n"
           "3. Thinner 1 l: mohon maaf tidak bisa kami kirim (barang berbahaya kelas 3, tidak dapat digabung dalam kontainer yang sama) - "
           "mohon dibeli dari pemasok lokal.\n\n"
           "Estimasi tiba di Rotterdam: 18 Desember 2026.\n\n"
           "Hormat kami,\nDewi Lestari\nSales Export\nPT Cat Warna Nusantara, Cikarang - Bekasi\n")
    quoted = outlook_block(po, sent="Wednesday, November 4, 2026 3:12 PM")
    raw = message(reply_headers(addr("Dewi Lestari", "penjualan@catwarna.example"), addr("Marta Keller", po["buyer"]["email"]),
                                "RE: " + po_subject(po), date, "<SG2PR06MB3344A5B6C7D8E9F0@SG2PR06MB3344.apcprd06.prod.outlook.example>", po),
                  alt("_000_SG2PR06MB3344A5B6C7D8E9F0SG2PR06MB3344apcp_", top + "\n" + quoted,
                      text_to_html(top) + "<hr>" + text_to_html(quoted), lang="id"))
    case("coatings-price-and-rejection-id", "id-ID", "confirmation",
         "Price increase with decimal comma (USD 89,50), thinner refused as dangerous goods; 'kelas 3' and '20 kg' are not quantities.",
         [po], raw, [conf(po, {1: chg(po, 1, p="89.50"), 2: "A", 3: REJ})])


# ---------------------------------------------------------------- vet gloves ms, week number
def c_vet_gloves_ms():
    s = sup("STPGL", "Sarung Tangan Perubatan Sdn. Bhd.", "sales@stp-gloves.example", "ms-MY")
    po = PO("4520018139", s, "er", "USD", "2026-11-02", [
        L(1, "STP-NIT-M", "Nitrile examination gloves, size M, box of 100", 3000, "BX", "3.40", "2026-12-16"),
        L(2, "STP-LONG-90", "Veterinary obstetric glove shoulder length 90 cm, pk 50", 400, "PK", "6.20", "2026-12-16"),
    ])
    date = hdate("2026-11-04", "16:27:40", "+0800")
    body = ("Salam sejahtera Cik Elena,\n\n"
            "Terima kasih atas pesanan belian 4520018139. Kami sahkan seperti berikut:\n\n"
            "Item 1 - sarung tangan nitril saiz M (100 helai/kotak): 3,000 kotak @ USD 3.40\n"
            "Item 2 - sarung tangan obstetrik 90 cm (50 helai/pek): 400 pek @ USD 6.20\n\n"
            "Penghantaran: minggu 51 (ETA Rotterdam).\nTerma pembayaran: 30 hari dari tarikh invois.\n\n"
            "Sekian, terima kasih.\n\nNurul Aina binti Hassan\nEksekutif Jualan\nSarung Tangan Perubatan Sdn. Bhd., Klang, Selangor\n\n"
            + gmail_quote(po_request_text(po), "Pada Isn, 2 Nov 2026 pada 4:12 PTG Elena Rossi <elena.rossi@northgate-sourcing.example> menulis:"))
    raw = message(reply_headers(addr("Nurul Aina binti Hassan", "sales@stp-gloves.example"), addr("Elena Rossi", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAF6yK1n0=Pq3vXb8RtLm2Wz@mail.stp-gloves.example>", po),
                  leaf("text/plain", body, "us-ascii", "7bit"))
    assert kw(2026, 51) == "2026-12-18"
    case("vet-gloves-week-number-ms", "ms-MY", "confirmation",
         "'minggu 51' with no day is Friday 2026-12-18; pack contents (100 helai/kotak, 50 helai/pek) and '30 hari' are no quantities or dates.",
         [po], raw, [conf(po, {1: chg(po, 1, d="2026-12-18"), 2: chg(po, 2, d="2026-12-18")})])


# ---------------------------------------------------------------- harness en-IN, lakh
def c_wiring_en_in():
    s = sup("SHAKT", "Shakti Auto Wiring Pvt. Ltd.", "sales@shaktiwiring.example", "en-IN")
    po = PO("4520018147", s, "jw", "USD", "2026-11-03", [
        L(1, "SAW-TRM-250", "Crimp terminal 6.3 mm (250 series), tin plated", 120000, "EA", "0.012", "2026-12-10"),
        L(2, "SAW-HRN-BK", "Motorcycle main harness, BS-VI", 1500, "EA", "9.60", "2026-12-10"),
        L(3, "SAW-GRM-8", "Rubber grommet 8 mm", 50000, "EA", "0.009", "2026-12-10"),
    ])
    date = hdate("2026-11-05", "12:48:33", "+0530")
    body = ("Dear Sir,\n\nGreetings from Shakti Auto Wiring!\n\n"
            "We are pleased to confirm your PO No. 4520018147 dtd. 03.11.2026 as under:\n\n"
            "1) Crimp terminal 6.3 mm - 1.2 lakh nos. @ USD 0.012 per no.\n"
            "2) Main harness BS-VI - 1,500 nos., revised rate USD 9.85 per no. due to hike in copper LME.\n"
            "3) Rubber grommet 8 mm - against your qty of 50,000 nos. we can supply 40,000 nos. only; balance 10,000 nos. "
            "we are regretting due to mould breakdown.\n\n"
            "All material will be despatched on 30.11.2026 and will reach your Rotterdam warehouse by 10.12.2026.\n\n"
            "Thanks & Regards,\nR. Venkatesh\nAsst. Manager - Exports\nShakti Auto Wiring Pvt. Ltd. | Plot 22, MIDC Chakan, Pune 410501\n"
            "Mob: +91 98 5555 0192\n\n"
            + gmail_quote(po_request_text(po), "On Tue, Nov 3, 2026 at 1:42 PM Jonas Weber <jonas.weber@northgate-sourcing.example> wrote:"))
    raw = message(reply_headers(addr("R. Venkatesh", "sales@shaktiwiring.example"), addr("Jonas Weber", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAH0tB5m8=Lq2yVx9RkWn4Zd@mail.shaktiwiring.example>", po),
                  alt("0000000000009a8b7c6d5e4f3a2b", body, text_to_html(body)))
    case("harness-lakh-quantities-en-in", "en-IN", "confirmation",
         "'1.2 lakh nos.' equals the ordered 120,000; grommets cut to 40,000 with the balance 'regretted'; despatch 30.11 vs arrival 10.12.",
         [po], raw, [conf(po, {1: "A", 2: chg(po, 2, p="9.85"), 3: chg(po, 3, q=40000)})])


# ---------------------------------------------------------------- PEX en-US, bottom-posted, month-first
def c_pex_us_bottom():
    s = sup("LAKPS", "Lakeshore Plumbing Supply Co.", "orders@lakeshoreplumbing.example", "en-US")
    po = PO("4520018155", s, "ta", "USD", "2026-11-06", [
        L(1, "LPS-PX-12", "PEX-A tubing 1/2\" x 100 ft coil, red", 250, "RL", "38.90", "2026-12-04"),
        L(2, "LPS-PX-34", "PEX-A tubing 3/4\" x 100 ft coil, blue", 150, "RL", "61.20", "2026-12-04"),
        L(3, "LPS-VLV-12", "Ball valve 1/2\" PEX x 1/2\" PEX, lead free", 800, "EA", "6.75", "2026-12-04"),
    ])
    date = hdate("2026-11-06", "13:37:05", "-0600")
    body = (gmail_quote(po_request_text(po), "On Fri, Nov 6, 2026 at 2:12 AM Tom Ashby <tom.ashby@northgate-sourcing.example> wrote:")
            + "\nHi Tom,\n\nLines 1 and 3 are good to go and will deliver 12/4.\n\n"
            "The 3/4\" blue coil is on backorder from the mill - best I can do is 12/18 for all 150.\n\n"
            "Pricing as per your PO.\n\nThanks,\nMike Kowalczyk\nInside Sales | Lakeshore Plumbing Supply Co.\n"
            "2200 W Fulton St, Chicago, IL 60612 | (312) 555-0148\n")
    raw = message(reply_headers(addr("Mike Kowalczyk", "orders@lakeshoreplumbing.example"), addr("Tom Ashby", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAJ9rT2w6=Mn4kYb1QzXp7Lc@mail.lakeshoreplumbing.example>", po),
                  alt("000000000000e5f6a7b8c9d0e1f2", body, text_to_html(body)))
    case("pex-bottom-posted-us-dates", "en-US", "confirmation",
         "Bottom-posted answer under the quoted PO; month-first '12/4' and '12/18'; 1/2\" and 3/4\" sizes look like dates.",
         [po], raw, [conf(po, {1: "A", 2: chg(po, 2, d="2026-12-18"), 3: "A"})])


# ---------------------------------------------------------------- hospital furniture en-CA, partial commit, price list validity
def c_hospital_ca():
    s = sup("MAPLE", "Maple Medical Furnishings Inc.", "orders@maplemedfurn.example", "en-CA")
    po = PO("4520018163", s, "mk", "USD", "2026-11-09", [
        L(1, "MMF-OB-24", "Overbed table, tilt top, 24 in", 60, "EA", "148.00", "2026-12-14"),
        L(2, "MMF-REC-1", "Patient recliner, vinyl, bariatric 500 lb", 20, "EA", "920.00", "2026-12-14"),
        L(3, "MMF-SCR-3", "Privacy screen, 3-panel on castors", 40, "EA", "215.00", "2026-12-14"),
    ])
    date = hdate("2026-11-10", "16:20:12", "-0500")
    top = ("Hello Marta,\n\nThank you for PO 4520018163. Confirmed as follows:\n\n"
           "- Overbed tables: 60 @ $148.00, ready to ship Dec 4, arriving Rotterdam Dec 14.\n"
           "- Recliners: we can commit to 12 units from current stock, same arrival. The remaining 8 would need a new "
           "production run (week 4 at the earliest) and we'd rather not commit to those until we see our vinyl allocation.\n"
           "- Privacy screens: 40 @ $219.50 - the 2026 price list applies (valid to Dec 31, 2026), same arrival.\n\n"
           "Regards,\nJennifer Tremblay\nCustomer Care | Maple Medical Furnishings Inc.\n1450 Industrial Pkwy, Mississauga ON L5T 1B2\n")
    quoted = outlook_block(po, sent="Monday, November 9, 2026 3:12 AM")
    raw = message(reply_headers(addr("Jennifer Tremblay", "orders@maplemedfurn.example"), addr("Marta Keller", po["buyer"]["email"]),
                                "RE: " + po_subject(po), date, "<YT3PR01MB6011C1D2E3F4A5B6@YT3PR01MB6011.CANPRD01.PROD.OUTLOOK.example>", po),
                  alt("_000_YT3PR01MB6011C1D2E3F4A5B6YT3PR01MB6011CANP_", top + "\n" + quoted,
                      text_to_html(top) + "<hr>" + text_to_html(quoted)))
    case("hospital-partial-commit-ca", "en-CA", "confirmation",
         "Recliners committed only 12 of 20 (rest explicitly not committed); price-list validity Dec 31 and 'week 4' are not commitments.",
         [po], raw, [conf(po, {1: "A", 2: chg(po, 2, q=12), 3: chg(po, 3, p="219.50")})])


# ---------------------------------------------------------------- stationery en-IE, mobile one-liner
def c_pads_ie_mobile():
    s = sup("SHANN", "Shannon Stationers Ltd", "sales@shannonstationers.example", "en-IE")
    po = PO("4520018171", s, "pn", "EUR", "2026-11-10", [
        L(1, "SS-PAD-A4", "Refill pad A4, 160 pages, ruled", 2400, "EA", "1.15", "2026-12-03"),
        L(2, "SS-HL-4", "Highlighter wallet, 4 colours", 1200, "EA", "2.05", "2026-12-03"),
    ])
    date = hdate("2026-11-11", "07:52:16", "+0000")
    body = ("All good Priya, confirmed as per PO. Thanks\nDeclan\n\nSent from my iPhone\n\n"
            + gmail_quote(po_request_text(po), "On 10 Nov 2026, at 09:12, Priya Nair <priya.nair@northgate-sourcing.example> wrote:"))
    raw = message(reply_headers(addr("Declan Murphy", "sales@shannonstationers.example"), addr("Priya Nair", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<5C2E8F1A-9B3D-4E6F-A7C8-D9E0F1A2B3C4@shannonstationers.example>", po,
                                extra=[("X-Mailer", "iPhone Mail (22B91)")]),
                  leaf("text/plain", body, "us-ascii", "7bit"))
    case("pads-mobile-one-liner-ie", "en-IE", "confirmation",
         "A one-line mobile 'confirmed as per PO': every value comes from the PO; the only dates in the mail are our own requested ones.",
         [po], raw, [conf(po, {1: "A", 2: "A"})])


# ---------------------------------------------------------------- batteries en-AU, carton rounding, day-first
def c_dcells_au():
    s = sup("SCPOW", "Southern Cross Power Pty Ltd", "orders@southerncrosspower.example", "en-AU")
    po = PO("4520018189", s, "so", "USD", "2026-11-05", [
        L(1, "SCP-LR20-D", "Alkaline D cell LR20", 1000, "EA", "0.95", "2026-12-11"),
        L(2, "SCP-LAN-6V", "Lantern battery 6V 4R25", 300, "EA", "4.40", "2026-12-11"),
    ])
    date = hdate("2026-11-06", "10:03:29", "+1100")
    body = ("G'day Sam,\n\nPO 4520018189 is confirmed.\n\n"
            "D cells only come in shipper cartons of 40 so we'll send 26 ctns (1,040 ea) - hope that's OK.\n"
            "Lantern batteries 300 as ordered.\n\nBoth on the boat to arrive 11/12.\n\n"
            "Cheers,\nBruce\n\nBruce Hallam | Southern Cross Power Pty Ltd | 14 Foundry Rd, Seven Hills NSW 2147\n\n"
            + gmail_quote(po_request_text(po), "On Thu, 5 Nov 2026 at 19:12, Sam Okafor <sam.okafor@northgate-sourcing.example> wrote:"))
    raw = message(reply_headers(addr("Bruce Hallam", "orders@southerncrosspower.example"), addr("Sam Okafor", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAK1zP7v3=Qm8nXr2TbWy5Ld@mail.southerncrosspower.example>", po),
                  leaf("text/plain", body, "utf-8", "7bit"))
    case("d-cells-carton-rounding-au", "en-AU", "confirmation",
         "Carton rounding 26 x 40 = 1,040; Australian day-first '11/12' is 11 December (equal to the request), not 12 November.",
         [po], raw, [conf(po, {1: chg(po, 1, q=1040), 2: "A"})])


# ---------------------------------------------------------------- polos en-PH, numbers as words
def c_polos_ph():
    s = sup("VISGM", "Visayas Garment Makers Inc.", "sales@visayasgarments.example", "en-PH")
    po = PO("4520018197", s, "er", "USD", "2026-11-04", [
        L(1, "VGM-POLO-L", "Polo shirt pique, L, navy, embroidered logo", 1200, "EA", "4.85", "2026-12-18"),
        L(2, "VGM-CAP-01", "Baseball cap 6-panel, navy", 800, "EA", "1.90", "2026-12-18"),
    ])
    date = hdate("2026-11-06", "18:15:02", "+0800")
    body = ("Good day Ma'am Elena!\n\nThank you for your PO 4520018197. Kindly note our confirmation:\n\n"
            "Polo shirts - we can produce twelve hundred (1,200) pcs but at USD 5.05/pc since the logo embroidery has 9 colors "
            "(your quotation was for up to 6 colors).\n"
            "Caps - eight hundred pcs at the PO price.\n\n"
            "Target ex-factory is December 4; arrival Rotterdam on or before December 28, 2026.\n\n"
            "Thank you and God bless!\n\nMa. Theresa Villanueva\nMerchandiser | Visayas Garment Makers Inc.\nMandaue City, Cebu\n\n"
            + gmail_quote(po_request_text(po), "On Wed, Nov 4, 2026 at 4:12 PM Elena Rossi <elena.rossi@northgate-sourcing.example> wrote:"))
    raw = message(reply_headers(addr("Ma. Theresa Villanueva", "sales@visayasgarments.example"), addr("Elena Rossi", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAM3qW9x1=Rt6bLp4YzKn8Vc@mail.visayasgarments.example>", po),
                  alt("000000000000f1e2d3c4b5a69788", body, text_to_html(body)))
    case("polos-words-and-arrival-ph", "en-PH", "confirmation",
         "Quantities written as words ('twelve hundred', 'eight hundred'); ex-factory Dec 4 vs arrival on or before Dec 28; '9 colors' is no quantity.",
         [po], raw, [conf(po, {1: chg(po, 1, p="5.05", d="2026-12-28"), 2: chg(po, 2, d="2026-12-28")})])


# ---------------------------------------------------------------- labels de-AT, Jänner
def c_labels_at_jaenner():
    s = sup("ETSTE", "Etikettendruck Steiner GmbH", "auftrag@etiketten-steiner.example", "de-AT")
    po = PO("4520018205", s, "jw", "EUR", "2026-11-06", [
        L(1, "ES-RL-0330", "Wrap-around label 0.33 l can, 4c", 200000, "EA", "0.0095", "2026-12-16"),
        L(2, "ES-RL-0500", "Wrap-around label 0.5 l PET, 4c + gold foil", 150000, "EA", "0.0124", "2026-12-16"),
    ])
    assert wd("2027-01-13") == "Wed" and D("2027-01-13").isocalendar()[1] == 2
    date = hdate("2026-11-10", "09:47:25", "+0100")
    top = ("Sehr geehrter Herr Weber,\n\ndanke für Ihren Auftrag 4520018205.\n\n"
           "Pos. 1 (Rundumetikett 0,33 l Dose) können wir zum gewünschten Termin 16.12. liefern.\n"
           "Pos. 2 (0,5 l PET mit Goldfolie): die Folie ist derzeit nicht lagernd, Liefertermin daher Mittwoch, 13. Jänner 2027 (KW 2).\n\n"
           "Mengen und Preise lt. Bestellung.\n\n"
           "Freundliche Grüße aus Wels\nKarin Huber\nAuftragsabwicklung\nEtikettendruck Steiner GmbH · Salzburger Straße 201 · 4600 Wels\n"
           "FN 123456a · LG Wels\n")
    quoted = outlook_block(po, labels=("Von", "Gesendet", "An", "Betreff"), sent="Freitag, 6. November 2026 09:12")
    raw = message(reply_headers(addr("Karin Huber", "auftrag@etiketten-steiner.example"), addr("Jonas Weber", po["buyer"]["email"]),
                                "AW: " + po_subject(po), date, "<VI1PR08MB3322E4F5A6B7C8D9@VI1PR08MB3322.eurprd08.prod.outlook.example>", po),
                  alt("_000_VI1PR08MB3322E4F5A6B7C8D9VI1PR08MB3322eurp_", top + "\n" + quoted,
                      text_to_html(top) + "<hr>" + text_to_html(quoted), lang="de-AT"))
    case("labels-jaenner-at", "de-AT", "confirmation",
         "Austrian 'Jänner' month name; '16.12.' without year confirms the request; '0,33 l' and '0,5 l' are container sizes.",
         [po], raw, [conf(po, {1: "A", 2: chg(po, 2, d="2027-01-13")})])


# ---------------------------------------------------------------- fasteners de-CH, apostrophes, per 1'000
def c_screws_ch():
    s = sup("BZUER", "Beschläge Zürcher AG", "verkauf@beschlaege-zuercher.example", "de-CH")
    po = PO("4520018213", s, "mk", "EUR", "2026-11-05", [
        L(1, "BZ-SCH-4x16", "Chipboard screw 4 x 16 mm, zinc plated", 250000, "EA", "0.0041", "2026-12-11"),
        L(2, "BZ-VB-M6", "Connector fitting M6 x 30", 40000, "EA", "0.052", "2026-12-11"),
        L(3, "BZ-BOD-5", "Shelf support pin 5 mm, nickel", 100000, "EA", "0.0068", "2026-12-11"),
    ])
    date = hdate("2026-11-09", "15:06:11", "+0100")
    body = ("Grüezi Frau Keller\n\nBesten Dank für Ihre Bestellung 4520018213. Gerne bestätigen wir:\n\n"
            "Pos. 1: 250'000 Stk. à EUR 4.30 pro 1'000 Stk.\n"
            "Pos. 2: 40'000 Stk. à EUR 52.00 pro 1'000 Stk.\n"
            "Pos. 3: 100'000 Stk. à EUR 6.80 pro 1'000 Stk.\n\n"
            "Liefertermin für alle Positionen: 11.12.2026 (Versand ab Werk Dietikon am 8.12.2026).\n\n"
            "Freundliche Grüsse\n\nUrs Brunner\nVerkaufsinnendienst\nBeschläge Zürcher AG | Riedstrasse 9 | 8953 Dietikon\n\n"
            + gmail_quote(po_request_text(po), "Am 05.11.2026 um 09:12 schrieb Marta Keller <marta.keller@northgate-sourcing.example>:"))
    raw = message(reply_headers(addr("Urs Brunner", "verkauf@beschlaege-zuercher.example"), addr("Marta Keller", po["buyer"]["email"]),
                                "AW: " + po_subject(po), date, "<a91c3e5f-7b2d-4f80-9e6a-1c2d3e4f5a6b@beschlaege-zuercher.example>", po,
                                extra=[("User-Agent", "Mozilla Thunderbird")]),
                  leaf("text/plain", body, "iso-8859-1", "quoted-printable", params="; format=flowed"))
    case("screws-swiss-apostrophes-per-1000", "de-CH", "confirmation",
         "Swiss 250'000 and per-1'000 prices: only line 1 changes (4.30/1'000 = 0.0043); item code '4x16' and 'M6 x 30' look like numbers.",
         [po], raw, [conf(po, {1: chg(po, 1, p="0.0043"), 2: "A", 3: "A"})])


# ---------------------------------------------------------------- lighting fr-BE, septante/nonante
def c_lighting_be_words():
    s = sup("LUMWA", "Luminaires Wallons SPRL", "commandes@luminaires-wallons.example", "fr-BE")
    po = PO("4520018221", s, "so", "EUR", "2026-11-09", [
        L(1, "LW-SPOT-GU10", "Recessed spot GU10, white", 900, "EA", "4.20", "2026-12-17"),
        L(2, "LW-APP-IP44", "Outdoor wall light IP44, anthracite", 90, "EA", "27.80", "2026-12-17"),
        L(3, "LW-SUSP-40", "Pendant 40 cm, brass", 70, "EA", "64.00", "2026-12-17"),
    ])
    assert wd("2026-12-17") == "Thu" and wd("2027-01-08") == "Fri"
    date = hdate("2026-11-10", "11:22:48", "+0100")
    top = ("Bonjour Monsieur Okafor,\n\nNous confirmons votre commande 4520018221 :\n\n"
           "- spots GU10 : les neuf cents pièces, prix inchangé, livraison le jeudi 17 décembre ;\n"
           "- appliques IP44 : septante-cinq pièces le 17/12, le solde de quinze pièces le vendredi 8 janvier ;\n"
           "- suspensions laiton 40 cm : les septante pièces le 17/12, mais au prix de 66,50 EUR (hausse du laiton).\n\n"
           "Bien à vous,\n\nFrançoise Lambert\nService commandes\nLuminaires Wallons SPRL - Rue de l'Industrie 12 - 5000 Namur\n")
    quoted = outlook_block(po, labels=("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"), sent="lundi 9 novembre 2026 09:12")
    raw = message(reply_headers(addr("Françoise Lambert", "commandes@luminaires-wallons.example"), addr("Sam Okafor", po["buyer"]["email"]),
                                "RE: " + po_subject(po), date, "<AM6PR02MB4411F6A7B8C9D0E1@AM6PR02MB4411.eurprd02.prod.outlook.example>", po),
                  alt("_000_AM6PR02MB4411F6A7B8C9D0E1AM6PR02MB4411eurp_", top + "\n" + quoted,
                      text_to_html(top) + "<hr>" + text_to_html(quoted), charset="windows-1252", lang="fr-BE"))
    case("lighting-septante-nonante-be", "fr-BE", "confirmation",
         "Belgian number words ('septante-cinq', 'quinze', 'neuf cents') carry the split and quantities; GU10/IP44 are specs.",
         [po], raw, [conf(po, {1: "A", 2: chg(po, 2, sched=[(75, "2026-12-17"), (15, "2027-01-08")]),
                               3: chg(po, 3, p="66.50")})])


# ---------------------------------------------------------------- sanitary nl-BE, forwarded internal chain, second PO untouched
def c_sanitary_be_forward():
    s = sup("SANVL", "Sanitair Vlaanderen NV", "verkoop@sanitair-vlaanderen.example", "nl-BE")
    po = PO("4520018239", s, "ta", "EUR", "2026-11-05", [
        L(1, "SV-KRAAN-K", "Kitchen tap with pull-out spray", 120, "EA", "42.00", "2026-12-09"),
        L(2, "SV-DOUCHE-90", "Shower channel stainless 90 cm", 60, "EA", "55.00", "2026-12-09"),
        L(3, "SV-WCZ-SC", "Toilet seat soft-close", 200, "EA", "16.40", "2026-12-09"),
    ])
    po2 = PO("4520018240", s, "ta", "EUR", "2026-11-06", [
        L(1, "SV-SIF-32", "Bottle trap 32 mm chrome", 300, "EA", "7.10", "2026-12-16"),
    ])
    date = hdate("2026-11-11", "08:31:57", "+0100")
    inner = ("Pieter,\n\nKranen: 120 stuks ok, leveren wij op 9/12.\n"
             "Douchegoten 90 cm: maar 40 op voorraad, die gaan mee op 9/12. De andere 20 komen bij ons binnen in week 52, "
             "dus levering klant 8/01.\nWC-zittingen: ok, alles op 9/12.\n\nMvg,\nSofie\nLogistiek\n\n"
             "> Sofie, kan je de Northgate bestelling 4520018239 even checken? Ze willen alles op 9 december.\n> Pieter\n")
    body = ("Dag Tom,\n\nHieronder het antwoord van onze logistiek op jullie bestelling 4520018239. Prijzen blijven zoals besteld. "
            "Excuses voor de vertraging!\n\nGroeten,\nPieter Claes\nAccount manager\nSanitair Vlaanderen NV | Antwerpsesteenweg 301 | 2800 Mechelen\n\n"
            "---------- Doorgestuurd bericht ---------\n"
            "Van: Logistiek Sanitair Vlaanderen <logistiek@sanitair-vlaanderen.example>\n"
            "Date: di 10 nov 2026 om 16:02\nSubject: RE: bestelling Northgate 4520018239\n"
            "To: Pieter Claes <pieter.claes@sanitair-vlaanderen.example>\n\n" + inner)
    raw = message(reply_headers(addr("Pieter Claes", "pieter.claes@sanitair-vlaanderen.example"), addr("Tom Ashby", po["buyer"]["email"]),
                                "Fwd: RE: bestelling Northgate 4520018239", date, "<CAG4nR2x7=Kp1mWb9QzTv3Yh@mail.sanitair-vlaanderen.example>"),
                  alt("000000000000a9b8c7d6e5f40312", body, text_to_html(body), lang="nl-BE"))
    case("sanitary-forwarded-internal-be", "nl-BE", "confirmation",
         "Forwarded internal chain with no threading; 'week 52' is when stock reaches the supplier, the customer date is 8/01; second open PO untouched.",
         [po, po2], raw, [conf(po, {1: "A", 2: chg(po, 2, sched=[(40, "2026-12-09"), (20, "2027-01-08")]), 3: "A"})])


# ---------------------------------------------------------------- closures es-CL, price per box of 2.500, el millar
def c_closures_cl():
    s = sup("TAPAC", "Tapas y Envases del Pacífico SpA", "ventas@tapaspacifico.example", "es-CL")
    po = PO("4520018247", s, "er", "USD", "2026-11-04", [
        L(1, "TEP-ROSCA-30", "Aluminium screw cap 30x60 mm, Saranex liner", 300000, "EA", "0.028", "2027-01-20"),
        L(2, "TEP-SINT-45", "Synthetic cork 45 mm", 150000, "EA", "0.041", "2027-01-20"),
    ])
    date = hdate("2026-11-06", "12:09:38", "-0300")
    body = ("Hola Elena, junto con saludar:\n\nConfirmamos la OC 4520018247 de la siguiente forma:\n\n"
            "- Tapas rosca 30x60: 300.000 unidades (120 cajas de 2.500 un.), precio US$ 72,50 por caja.\n"
            "- Corchos sintéticos 45 mm: 150.000 unidades, US$ 41,00 el millar.\n\n"
            "Zarpe desde San Antonio el 10-12-2026, fecha de entrega en Rotterdam 20-01-2027.\n\n"
            "Saludos cordiales,\nCamila Rojas\nEjecutiva Comercial\nTapas y Envases del Pacífico SpA - Quilicura, Santiago\n\n"
            + gmail_quote(po_request_text(po), "El mié, 4 nov 2026 a las 5:12, Elena Rossi (<elena.rossi@northgate-sourcing.example>) escribió:"))
    raw = message(reply_headers(addr("Camila Rojas", "ventas@tapaspacifico.example"), addr("Elena Rossi", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAB5pX3v8=Nq6mTr1YzWk2Ld@mail.tapaspacifico.example>", po),
                  alt("000000000000d1c2b3a4f5e6d7c8", body, text_to_html(body), lang="es-CL"))
    case("closures-per-box-and-millar-cl", "es-CL", "confirmation",
         "Price per box of 2.500 (72,50 -> 0.029, changed) next to a price per millar equal to the PO; sailing date vs delivery date.",
         [po], raw, [conf(po, {1: chg(po, 1, p=pdiv("72.50", 2500)), 2: "A"})])


# ---------------------------------------------------------------- school supplies es-CO, date/reject/open
def c_school_co():
    s = sup("UANDI", "Útiles Escolares Andinos S.A.S.", "ventas@utilesandinos.example", "es-CO")
    po = PO("4520018255", s, "pn", "USD", "2026-11-06", [
        L(1, "UEA-CUAD-100", "Sewn notebook 100 sheets, squared", 6000, "EA", "0.85", "2027-01-11"),
        L(2, "UEA-COLB-24", "Colour pencils box of 24", 3000, "EA", "1.60", "2027-01-11"),
        L(3, "UEA-TIJ-5", "School scissors round tip 5\"", 2000, "EA", "0.55", "2027-01-11"),
        L(4, "UEA-MORR-18", "School backpack 18 litres", 800, "EA", "6.90", "2027-01-11"),
    ])
    date = hdate("2026-11-10", "15:51:26", "-0500")
    top = ("Buenas tardes Priya, cordial saludo.\n\nLe confirmamos la orden 4520018255 así:\n\n"
           "- Cuadernos cosidos 100 hojas: 6.000 und. a USD 0,85, entrega 25 de enero de 2027.\n"
           "- Colores x 24: 3.000 cajas, entrega 11 de enero de 2027, precio sin cambio.\n"
           "- Tijeras punta roma: ya no las fabricamos, no podemos atender esta referencia.\n"
           "- Morrales 18 L: estamos validando con la planta de Bucaramanga; le confirmo la próxima semana.\n\n"
           "Quedo atenta a cualquier inquietud.\n\nAtentamente,\nDiana Marcela Gómez\nCoordinadora Comercial Exportaciones\n"
           "Útiles Escolares Andinos S.A.S. - Medellín, Colombia\n")
    quoted = outlook_block(po, labels=("De", "Enviado el", "Para", "Asunto"), sent="viernes, 6 de noviembre de 2026 3:12 a. m.")
    raw = message(reply_headers(addr("Diana Marcela Gómez", "ventas@utilesandinos.example"), addr("Priya Nair", po["buyer"]["email"]),
                                "RE: " + po_subject(po), date, "<CO1PR13MB4455A1B2C3D4E5F6@CO1PR13MB4455.namprd13.prod.outlook.example>", po),
                  alt("_000_CO1PR13MB4455A1B2C3D4E5F6CO1PR13MB4455namp_", top + "\n" + quoted,
                      text_to_html(top) + "<hr>" + text_to_html(quoted), lang="es-CO"))
    case("school-supplies-mixed-co", "es-CO", "confirmation",
         "Four lines, four outcomes: later date, accepted, rejected, and 'le confirmo la próxima semana' (unconfirmed).",
         [po], raw, [conf(po, {1: chg(po, 1, d="2027-01-25"), 2: "A", 3: REJ, 4: UNC})])


# ---------------------------------------------------------------- corks pt-PT, correction of price per milheiro
def c_corks_pt_correction():
    s = sup("CORMO", "Cortiças do Montijo, Lda.", "encomendas@corticasmontijo.example", "pt-PT")
    po = PO("4520018263", s, "jw", "EUR", "2026-11-05", [
        L(1, "CM-ROL-45", "Natural cork stopper 45 x 24 mm, grade 2", 100000, "EA", "0.145", "2026-12-21"),
        L(2, "CM-CAP-T", "Bar-top stopper, wooden head", 40000, "EA", "0.088", "2026-12-21"),
    ])
    date = hdate("2026-11-09", "15:42:10", "+0000")
    morning = ("Caro Jonas,\n\nConfirmamos a encomenda 4520018263: rolhas naturais 45 x 24 a 145,00 EUR/milheiro, "
               "rolhas capsuladas a 88,00 EUR/milheiro, entrega a 21/12/2026.\n\nCumprimentos,\nTiago Mendes\n")
    body = ("Caro Jonas,\n\nPeço desculpa, há um erro no e-mail que lhe enviei esta manhã: o preço das rolhas naturais 45 x 24 "
            "é de 152,00 EUR por milheiro e não 145,00 EUR (a tabela de 2027 entrou em vigor a 1 de novembro).\n\n"
            "O resto mantém-se: 100.000 rolhas naturais e 40.000 capsuladas, entrega a 21 de dezembro.\n\n"
            "Cumprimentos,\nTiago Mendes\nDep. Comercial\nCortiças do Montijo, Lda. | Estrada Nacional 4, km 12 | 2870 Montijo\n\n"
            + gmail_quote(morning, "Em 09/11/2026 09:05, Tiago Mendes escreveu:"))
    raw = message(reply_headers(addr("Tiago Mendes", "encomendas@corticasmontijo.example"), addr("Jonas Weber", po["buyer"]["email"]),
                                "Re: Confirmação encomenda 4520018263", date, "<6b2d9f41-c3a8-4e71-8f05-2a9c1e7d3b60@corticasmontijo.example>",
                                refs=[req_id(po), "<1f3e5a7c-9b2d-4c6e-8a0f-1b3d5f7a9c2e@corticasmontijo.example>"],
                                extra=[("User-Agent", "Mozilla Thunderbird")]),
                  leaf("text/plain", body, "iso-8859-1", "8bit", params="; format=flowed"))
    case("corks-price-correction-pt", "pt-PT", "confirmation",
         "Correction of this morning's mail (quoted below with the old 145,00): 152,00 EUR per milheiro = 0.152 per piece; '45 x 24' is a size.",
         [po], raw, [conf(po, {1: chg(po, 1, p="0.152"), 2: "A"})])


# ---------------------------------------------------------------- pet food en-NZ, words, date without year in January
def c_petfood_nz():
    s = sup("KIWIP", "Kiwi Pet Foods Ltd", "orders@kiwipetfoods.example", "en-NZ")
    po = PO("4520018271", s, "so", "USD", "2026-11-09", [
        L(1, "KPF-LMB-20", "Dog food lamb & rice 20 kg", 1600, "BAG", "34.50", "2027-01-22"),
        L(2, "KPF-VEN-2", "Cat food venison 2 kg", 1200, "BAG", "9.80", "2027-01-22"),
    ])
    date = hdate("2026-11-11", "09:30:44", "+1300")
    body = ("Kia ora Sam,\n\nThanks for the order - we can do it.\n\n"
            "Forty pallets of the lamb & rice (40 bags a pallet, so the full 1,600 bags) at the PO price, and all the venison "
            "cat food, but at US$10.20 a bag - venison's gone up again, sorry.\n\n"
            "Vessel ETA Rotterdam 22 January. MPI export certificate will be dated 18/11.\n\n"
            "Cheers,\nAroha Ngata\nExport Coordinator | Kiwi Pet Foods Ltd | Hastings, NZ\n\n"
            + gmail_quote(po_request_text(po), "On Mon, 9 Nov 2026 at 21:12, Sam Okafor <sam.okafor@northgate-sourcing.example> wrote:"))
    raw = message(reply_headers(addr("Aroha Ngata", "orders@kiwipetfoods.example"), addr("Sam Okafor", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAE2kQ8w5=Rm3nVb7XtLp1Zc@mail.kiwipetfoods.example>", po),
                  alt("000000000000b7a6c5d4e3f2a1b0", body, text_to_html(body), lang="en-NZ"))
    case("petfood-words-january-nz", "en-NZ", "confirmation",
         "'Forty pallets ... 40 bags a pallet' restates the PO quantity; '22 January' has no year (next one is 2027); certificate date 18/11 is a trap.",
         [po], raw, [conf(po, {1: "A", 2: chg(po, 2, p="10.20")})])


# ---------------------------------------------------------------- hospital sr-RS cyrillic
def c_hospital_sr():
    s = sup("BONSA", "Болничка опрема Нови Сад д.о.о.", "prodaja@bolnicka-oprema.example", "sr-RS")
    po = PO("4520018289", s, "mk", "EUR", "2026-11-04", [
        L(1, "BO-KR-3F", "Hospital bed 3-function, manual", 30, "EA", "610.00", "2026-12-18"),
        L(2, "BO-STAL-IV", "IV pole stainless, 4 hooks", 60, "EA", "38.00", "2026-12-18"),
        L(3, "BO-KOL-TOA", "Commode wheelchair", 20, "EA", "145.00", "2026-12-18"),
    ])
    date = hdate("2026-11-06", "13:14:09", "+0100")
    body = ("Поштована госпођо Келер,\n\nзахваљујемо на поруџбини бр. 4520018289. Потврђујемо:\n\n"
            "1. Болнички кревет са 3 функције - 30 ком., цена 610,00 EUR, испорука 15.01.2027.\n"
            "3. Тоалетна колица - 20 ком., цена 152,00 EUR, испорука 18.12.2026.\n\n"
            "Срдачан поздрав,\nМилица Јовановић\nКомерцијала\nБолничка опрема Нови Сад д.о.о., Руменачки пут 34, Нови Сад\n\n"
            + gmail_quote(po_request_text(po), "сре, 4. нов 2026. у 09:12 Marta Keller <marta.keller@northgate-sourcing.example> је написао/ла:"))
    raw = message(reply_headers(addr("Милица Јовановић", "prodaja@bolnicka-oprema.example"), addr("Marta Keller", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAA9vL4m2=Tq8kXb5RzWn7Yp@mail.bolnicka-oprema.example>", po),
                  leaf("text/plain", body, "utf-8", "base64"))
    case("hospital-cyrillic-sr", "sr-RS", "confirmation",
         "Serbian Cyrillic with trailing-dot dates '15.01.2027.'; line 2 (IV poles) is silently skipped, so it stays unconfirmed; '3 функције' is a feature.",
         [po], raw, [conf(po, {1: chg(po, 1, d="2027-01-15"), 2: UNC, 3: chg(po, 3, p="152.00")})])


# ---------------------------------------------------------------- event staging en-ZA, week 3
def c_staging_za():
    s = sup("CAPEV", "Cape Event Structures (Pty) Ltd", "sales@capeevent.example", "en-ZA")
    po = PO("4520018297", s, "ta", "USD", "2026-11-10", [
        L(1, "CES-TRS-3M", "Aluminium box truss 290 mm, 3 m", 40, "EA", "265.00", "2027-01-15"),
        L(2, "CES-STG-2x1", "Stage deck 2 x 1 m, adjustable legs", 50, "EA", "310.00", "2027-01-15"),
    ])
    date = hdate("2026-11-12", "12:55:31", "+0200")
    wk3 = kw(2027, 3)
    assert wk3 == "2027-01-22"
    body = ("Hi Tom\n\nThanks for the order.\n\nTruss: 40 x 3 m lengths confirmed at $265.00.\n"
            "Stage decks 2x1: 50 at $310.00.\n\n"
            "Because of our builders' holiday (factory closed 16 Dec - 11 Jan) we'll have everything landed in Rotterdam "
            "in week 3 rather than on the 15th.\n\n"
            "Regards\nThabo Nkosi\nCape Event Structures (Pty) Ltd | Montague Gardens, Cape Town\n\n"
            + gmail_quote(po_request_text(po), "On Tue, 10 Nov 2026 at 10:12, Tom Ashby <tom.ashby@northgate-sourcing.example> wrote:"))
    raw = message(reply_headers(addr("Thabo Nkosi", "sales@capeevent.example"), addr("Tom Ashby", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAF8mW1q6=Pn2vYb4TzXk9Ld@mail.capeevent.example>", po),
                  leaf("text/plain", body, "us-ascii", "7bit"))
    case("staging-week-3-za", "en-ZA", "confirmation",
         "'week 3' (2027) with no day -> Friday 22 Jan; the factory holiday '16 Dec - 11 Jan' and '40 x 3 m' are traps.",
         [po], raw, [conf(po, {1: chg(po, 1, d=wk3), 2: chg(po, 2, d=wk3)})])


# ---------------------------------------------------------------- closures de-DE, KW 53
def c_closures_kw53():
    s = sup("VTRM", "Verschlusstechnik Rhein-Main GmbH", "vertrieb@vt-rheinmain.example", "de-DE")
    po = PO("4520018304", s, "jw", "EUR", "2026-11-10", [
        L(1, "VT-PCO-28-B", "Screw cap PCO 1881, 28 mm, blue", 500000, "EA", "0.0112", "2026-12-18"),
        L(2, "VT-SPC-38", "Sports cap 38 mm, transparent", 80000, "EA", "0.0390", "2026-12-18"),
    ])
    date = hdate("2026-11-12", "10:18:40", "+0100")
    k51, k53 = kw(2026, 51), kw(2026, 53)
    assert (k51, k53) == ("2026-12-18", "2027-01-01")
    top = ("Hallo Herr Weber,\n\ndanke für die Bestellung 4520018304.\n\n"
           "Pos. 1: 500 Tsd. Stück bestätigt zu 11,20 EUR/Tsd., Lieferung KW 51.\n"
           "Pos. 2: Die Sportverschlüsse 38 mm laufen erst Mitte Dezember vom Werkzeug; Lieferung KW 53, "
           "Preis 41,00 EUR/Tsd. wegen des neuen Masterbatch.\n\n"
           "Viele Grüße\nThomas Becker\nVertrieb Innendienst\nVerschlusstechnik Rhein-Main GmbH · Industriestraße 14 · 63110 Rodgau\n")
    quoted = outlook_block(po, labels=("Von", "Gesendet", "An", "Betreff"), sent="Dienstag, 10. November 2026 09:12")
    raw = message(reply_headers(addr("Thomas Becker", "vertrieb@vt-rheinmain.example"), addr("Jonas Weber", po["buyer"]["email"]),
                                "AW: " + po_subject(po), date, "<FR3P281MB2233B2C3D4E5F6A7@FR3P281MB2233.DEUP281.PROD.OUTLOOK.example>", po),
                  alt("_000_FR3P281MB2233B2C3D4E5F6A7FR3P281MB2233DEUP_", top + "\n" + quoted,
                      text_to_html(top) + "<hr>" + text_to_html(quoted), lang="de"))
    case("closures-kw53", "de-DE", "confirmation",
         "2026 has 53 ISO weeks: 'KW 53' is Friday 2027-01-01; prices per Tsd. (11,20 = PO, 41,00 -> 0.041); PCO 1881 is a thread standard.",
         [po], raw, [conf(po, {1: "A", 2: chg(po, 2, p="0.041", d=k53)})])


# ---------------------------------------------------------------- bottling en-US, ERP CSV acknowledgment
def c_bottling_csv():
    s = sup("GLLAB", "Great Lakes Label & Closure Corp.", "edi@glclabel.example", "en-US")
    po = PO("4520018312", s, "pn", "USD", "2026-11-06", [
        L(1, "GLC-NL-12OZ", "Neck label 12 oz longneck, foil", 500000, "EA", "0.0062", "2026-12-14"),
        L(2, "GLC-BL-12OZ", "Body label 12 oz, paper, 4-color", 500000, "EA", "0.0088", "2026-12-14"),
        L(3, "GLC-CR-26", "Bottle crown 26 mm, oxygen scavenging liner", 750000, "EA", "0.0165", "2026-12-14"),
    ])
    csv = ("SO_Number,SO_Line,Cust_PO,Cust_PO_Line,Our_Part,Cust_Part,Qty_Ordered,Qty_Confirmed,UOM,Unit_Price,Price_UOM,Ship_Date,Due_Date,Status\r\n"
           "SO-771204,1,4520018312,1,NL-12LN-FOIL,GLC-NL-12OZ,500000,500000,EA,6.20,M,12/07/2026,12/14/2026,CONFIRMED\r\n"
           "SO-771204,2,4520018312,2,BL-12-4C,GLC-BL-12OZ,500000,500000,EA,9.10,M,12/07/2026,12/14/2026,CONFIRMED\r\n"
           "SO-771204,3,4520018312,3,CR26-OS,GLC-CR-26,750000,450000,EA,16.50,M,12/07/2026,12/14/2026,PARTIAL\r\n"
           "SO-771204,4,4520018312,3,CR26-OS,GLC-CR-26,750000,300000,EA,16.50,M,01/04/2027,01/11/2027,BACKORDER\r\n")
    date = hdate("2026-11-09", "06:02:17", "-0500")
    text = ("*** This is an automated message from Great Lakes Label & Closure Corp. ***\n\n"
            "Order acknowledgment SO-771204 for customer PO 4520018312 is attached (CSV).\n"
            "Price_UOM: EA = each, M = per thousand. Due_Date = scheduled delivery at ship-to.\n\n"
            "Questions? Contact customer service at cs@glclabel.example or (616) 555-0190.\n"
            "Please do not reply to this mailbox.\n")
    body = multipart("mixed", "==_GLC_ACK_SO771204_0001", [
        leaf("text/plain", text, "us-ascii", "7bit"),
        leaf("text/csv", csv.encode("ascii"), cte="base64", filename="ACK_SO-771204.csv"),
    ])
    raw = message(reply_headers(addr("GLC Order Acknowledgment", "edi@glclabel.example"), po["buyer"]["email"],
                                "Order Acknowledgment SO-771204 / PO 4520018312", date, "<ack.SO-771204.20261109060217@glclabel.example>", None,
                                extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]), body)
    case("bottling-erp-csv-per-thousand", "en-US", "confirmation",
         "ERP CSV with prices per M (thousand), ship vs due dates, and PO line 3 on two SO lines (partial + backorder).",
         [po], raw, [conf(po, {1: "A", 2: chg(po, 2, p="0.0091"),
                               3: chg(po, 3, sched=[(450000, "2026-12-14"), (300000, "2027-01-11")])})])


# ---------------------------------------------------------------- veterinary fr-FR, whole order declined
def c_vet_declined_fr():
    s = sup("LVBVE", "Laboratoires Vétérinaires de Bretagne", "commandes@lvb-veto.example", "fr-FR")
    po = PO("4520018320", s, "er", "EUR", "2026-11-06", [
        L(1, "LVB-SHP-250", "Antiparasitic dog shampoo 250 ml", 1200, "EA", "5.40", "2026-12-11"),
        L(2, "LVB-COL-35", "Antiparasitic cat collar 35 cm", 2000, "EA", "3.10", "2026-12-11"),
    ])
    date = hdate("2026-11-10", "17:36:02", "+0100")
    body = ("Madame,\n\nNous avons bien reçu votre commande n° 4520018320 du 6 novembre et vous en remercions.\n\n"
            "Malheureusement, suite à la suspension de l'autorisation de mise sur le marché de ces deux références "
            "(décision de l'ANMV du 2 novembre 2026), nous ne sommes pas en mesure d'y donner suite, ni pour le shampooing "
            "250 ml ni pour le collier 35 cm. Nous vous remercions d'annuler cette commande de votre côté.\n\n"
            "Nous reviendrons vers vous dès qu'une nouvelle formulation sera disponible (pas avant le 2e trimestre 2027).\n\n"
            "Veuillez agréer, Madame, nos salutations distinguées.\n\nHervé Le Goff\nResponsable ADV\n"
            "Laboratoires Vétérinaires de Bretagne - ZI de Kerpont - 56850 Caudan\n")
    raw = message(reply_headers(addr("Hervé Le Goff", "commandes@lvb-veto.example"), addr("Elena Rossi", po["buyer"]["email"]),
                                "RE: " + po_subject(po), date, "<000a01dc5b3c$4e2f1a90$ea8d4fb0$@lvb-veto.example>", po,
                                extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
                  alt("----=_NextPart_000_000B_01DC5B3C.4E2F1A90", body, text_to_html(body), charset="iso-8859-15", lang="fr"))
    case("vet-order-declined-fr", "fr-FR", "confirmation",
         "The whole order is declined (both lines rejected) - still a confirmation; the dates in the mail are regulatory, not deliveries.",
         [po], raw, [conf(po, {1: REJ, 2: REJ})])


# ======================================================================
# NEEDS REVIEW
# ======================================================================

def c_nr_driver_question_us():
    s = sup("BRPWR", "Brightline Power Electronics Inc.", "orders@brightlinepower.example", "en-US")
    po = PO("4520018405", s, "pn", "USD", "2026-11-09", [
        L(1, "BPE-CC700-40", "LED driver constant current 700 mA, 40 W", 500, "EA", "9.40", "2026-12-11"),
        L(2, "BPE-CV12-60", "LED driver constant voltage 24 V, 60 W", 300, "EA", "11.90", "2026-12-11"),
    ])
    date = hdate("2026-11-10", "08:44:51", "-0800")
    top = ("Hi Priya,\n\nBefore I can confirm this one I need a clarification on line 2: the description says 24 V, 60 W, "
           "but BPE-CV12-60 is our 12 V model (the 24 V version is BPE-CV24-60, same price).\n\n"
           "Which voltage do you want? As soon as I have your answer I'll send the acknowledgment for the whole PO. "
           "Both models are in stock, so 12/11 should be OK either way.\n\n"
           "Thanks,\nKevin Alvarez\nInside Sales | Brightline Power Electronics Inc. | San Jose, CA\n")
    quoted = outlook_block(po, sent="Monday, November 9, 2026 12:12 AM")
    raw = message(reply_headers(addr("Kevin Alvarez", "orders@brightlinepower.example"), addr("Priya Nair", po["buyer"]["email"]),
                                "RE: " + po_subject(po), date, "<BY5PR11MB4120A0B1C2D3E4F5@BY5PR11MB4120.namprd11.prod.outlook.example>", po),
                  alt("_000_BY5PR11MB4120A0B1C2D3E4F5BY5PR11MB4120namp_", top + "\n" + quoted, text_to_html(top) + "<hr>" + text_to_html(quoted)))
    case("nr-driver-voltage-question-us", "en-US", "needs_review",
         "A question about 12 V vs 24 V blocks the acknowledgment; '12/11 should be OK either way' is not a commitment.", [po], raw)


def c_nr_saddles_revert_de():
    s = sup("SATOB", "Sattelmanufaktur Oberland GmbH", "auftrag@sattel-oberland.example", "de-DE")
    po = PO("4520018413", s, "jw", "EUR", "2026-11-09", [
        L(1, "SO-TREK-155", "Trekking saddle 155 mm, gel", 400, "EA", "17.80", "2026-12-18"),
        L(2, "SO-RACE-143", "Road saddle 143 mm, carbon rails", 150, "EA", "42.50", "2026-12-18"),
    ])
    date = hdate("2026-11-11", "16:12:08", "+0100")
    body = ("Hallo Herr Weber,\n\nvielen Dank für Ihre Bestellung 4520018413.\n\n"
            "Wir klären gerade mit unserem Zulieferer die Verfügbarkeit der Carbonstreben und melden uns spätestens am "
            "Freitag, 13.11., mit einer verbindlichen Auftragsbestätigung. Die Trekkingsättel sind voraussichtlich kein Problem.\n\n"
            "Viele Grüße aus Murnau\nAnna Gruber\nAuftragsannahme\nSattelmanufaktur Oberland GmbH\n\n"
            + gmail_quote(po_request_text(po), "Am 09.11.2026 um 09:12 schrieb Jonas Weber <jonas.weber@northgate-sourcing.example>:"))
    raw = message(reply_headers(addr("Anna Gruber", "auftrag@sattel-oberland.example"), addr("Jonas Weber", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f@sattel-oberland.example>", po,
                                extra=[("User-Agent", "Mozilla Thunderbird")]),
                  leaf("text/plain", body, "utf-8", "quoted-printable", params="; format=flowed"))
    case("nr-saddles-will-revert-de", "de-DE", "needs_review",
         "Promises a binding confirmation by Friday 13.11.; 'voraussichtlich kein Problem' for one line commits to nothing.", [po], raw)


def c_nr_umbrellas_contradict_it():
    s = sup("OMBRI", "Ombrelloni Riviera S.r.l.", "ordini@ombrelloniriviera.example", "it-IT")
    po = PO("4520018421", s, "er", "EUR", "2026-11-05", [
        L(1, "OR-OMB-300", "Parasol aluminium 300 cm, ecru", 150, "EA", "58.00", "2026-12-15"),
        L(2, "OR-BAS-40", "Parasol base granite 40 kg", 150, "EA", "31.00", "2026-12-15"),
    ])
    pdf = make_pdf([
        "OMBRELLONI RIVIERA S.r.l. - Via Aurelia Ponente 88 - 17031 Albenga (SV)",
        "",
        "CONFERMA D'ORDINE N. 2026/1187 del 09/11/2026",
        "Vs. ordine 4520018421 del 05/11/2026",
        "",
        "Riga  Articolo      Descrizione                      Q.ta   Prezzo   Consegna",
        "1     OR-OMB-300    Ombrellone alluminio 300 cm      150    60,50    22/01/2027",
        "2     OR-BAS-40     Base granito 40 kg               150    31,00    22/01/2027",
        "",
        "Pagamento: RiBa 60 gg f.m.   Resa: franco destino",
    ], producer="TeamSystem Enterprise", created="20261109101500+01'00'")
    date = hdate("2026-11-09", "10:21:36", "+0100")
    text = ("Buongiorno Elena,\n\nconfermiamo l'ordine 4520018421, consegna 15/12 come richiesto.\n"
            "In allegato la nostra conferma d'ordine.\n\nCordiali saluti\nGiulia Bianchi\nUfficio Ordini - Ombrelloni Riviera S.r.l.\n")
    body = multipart("mixed", "----=_Part_99012_552901887.1794216096000", [
        alt("----=_Part_99013_1207734589.1794216096000", text, text_to_html(text), lang="it"),
        leaf("application/pdf", pdf, cte="base64", filename="Conferma_2026-1187.pdf"),
    ])
    raw = message(reply_headers(addr("Giulia Bianchi", "ordini@ombrelloniriviera.example"), addr("Elena Rossi", po["buyer"]["email"]),
                                "R: " + po_subject(po), date, "<1794216096000.99012.ordini@ombrelloniriviera.example>", po), body)
    case("nr-parasols-text-vs-pdf-it", "it-IT", "needs_review",
         "The body confirms 15/12 as requested but the attached PDF says 22/01/2027 and a higher price: contradictory, needs a human.", [po], raw)


def c_nr_faucets_conditional_mx():
    s = sup("GRBAJ", "Grifería del Bajío S.A. de C.V.", "ventas@griferiabajio.example", "es-MX")
    po = PO("4520018439", s, "ta", "USD", "2026-11-04", [
        L(1, "GB-MONO-LAV", "Single-lever basin mixer, chrome", 500, "EA", "24.30", "2027-01-08"),
        L(2, "GB-REG-20", "Shower head 20 cm, stainless", 500, "EA", "11.60", "2027-01-08"),
    ])
    date = hdate("2026-11-06", "11:47:15", "-0600")
    body = ("Estimado Tom:\n\nRecibimos su orden de compra 4520018439, muchas gracias.\n\n"
            "Le comento que los precios de su OC corresponden a nuestra lista 2025; con la lista vigente tendríamos un "
            "incremento de 8 %. Podemos confirmar el pedido con entrega el 8 de enero siempre y cuando nos acepten dicho "
            "incremento.\n\nQuedo en espera de su visto bueno para liberar la producción.\n\n"
            "Saludos cordiales,\nLic. Fernando Ramírez\nGerente de Exportaciones\nGrifería del Bajío S.A. de C.V. | León, Gto.\n\n"
            + gmail_quote(po_request_text(po), "El mié, 4 nov 2026 a las 2:12, Tom Ashby (<tom.ashby@northgate-sourcing.example>) escribió:"))
    raw = message(reply_headers(addr("Fernando Ramírez", "ventas@griferiabajio.example"), addr("Tom Ashby", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAC3nT6y0=Wm5kRb2QzLp8Xv@mail.griferiabajio.example>", po),
                  alt("000000000000a0b1c2d3e4f5a6b7", body, text_to_html(body), lang="es-MX"))
    case("nr-faucets-conditional-increase-mx", "es-MX", "needs_review",
         "Conditional: 'podemos confirmar ... siempre y cuando' an 8 % increase is accepted; nothing is committed yet.", [po], raw)


def c_nr_batteries_receipt_ja():
    s = sup("HINOD", "株式会社日乃出電池", "order@hinode-denchi.example", "ja-JP")
    po = PO("4520018447", s, "so", "USD", "2026-11-10", [
        L(1, "HD-CR123A", "Lithium battery CR123A", 2000, "EA", "1.85", "2026-12-16"),
        L(2, "HD-LR44-10", "Alkaline button cell LR44, 10-pack", 1500, "PK", "0.95", "2026-12-16"),
    ])
    date = hdate("2026-11-11", "09:20:03", "+0900")
    body = ("Northgate Sourcing\nSam Okafor様\n\n"
            "いつも大変お世話になっております。日乃出電池の山田でございます。\n\n"
            "ご注文書（No. 4520018447）を確かに受領いたしました。\n"
            "納期・価格につきましては工場に確認の上、改めてご連絡申し上げます。\n"
            "今しばらくお待ちくださいませ。\n\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "株式会社日乃出電池 営業部\n山田 花子\n〒532-0011 大阪市淀川区西中島\n")
    raw = message(reply_headers(addr("山田 花子", "order@hinode-denchi.example", "shift_jis"), addr("Sam Okafor", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<20261111092003.8B7A.ORDER@hinode-denchi.example>", po),
                  leaf("text/plain", body, "shift_jis", "base64"))
    case("nr-receipt-only-ja", "ja-JP", "needs_review",
         "Shift_JIS mail that only acknowledges receipt of the PO; delivery and price 'will follow' after checking with the factory.", [po], raw)


def c_nr_prepayment_pl():
    s = sup("MEBMA", "Meble Ogrodowe Mazury Sp. z o.o.", "biuro@meblemazury.example", "pl-PL")
    po = PO("4520018455", s, "mk", "EUR", "2026-11-05", [
        L(1, "MM-LEZ-01", "Wooden garden lounger", 100, "EA", "49.00", "2026-12-10"),
        L(2, "MM-HUS-2", "Garden swing 2-seater", 30, "EA", "189.00", "2026-12-10"),
    ])
    pdf = make_pdf([
        "MEBLE OGRODOWE MAZURY Sp. z o.o.  ul. Leśna 4, 11-500 Giżycko  NIP 845-000-12-34",
        "",
        "FAKTURA PROFORMA nr PF/112/2026",
        "Data wystawienia: 06.11.2026          Termin płatności: 13.11.2026",
        "Nabywca: Northgate Sourcing, Rotterdam     Dotyczy zamówienia: 4520018455",
        "",
        "Lp.  Nazwa                         Ilość   J.m.   Cena netto   Wartość netto",
        "1    Leżak ogrodowy drewniany        100    szt.     49,00       4 900,00",
        "2    Huśtawka ogrodowa 2-os.          30    szt.    189,00       5 670,00",
        "",
        "Razem netto: 10 570,00 EUR      Przedpłata 30 %: 3 171,00 EUR",
        "Termin realizacji: ok. 3 tygodnie od zaksięgowania przedpłaty.",
    ], producer="Comarch ERP Optima", created="20261106120000+01'00'")
    date = hdate("2026-11-06", "12:04:49", "+0100")
    text = ("Dzień dobry Pani Marto,\n\ndziękujemy za zamówienie nr 4520018455.\n\n"
            "Ponieważ jest to pierwsze zamówienie, realizujemy je po otrzymaniu przedpłaty 30 % zgodnie z fakturą proforma "
            "w załączniku. Potwierdzenie terminu dostawy prześlemy po zaksięgowaniu wpłaty.\n\n"
            "Z poważaniem\nMagdalena Zielińska\nBiuro Obsługi Klienta\nMeble Ogrodowe Mazury Sp. z o.o.\n")
    body = multipart("mixed", "------------0A1B2C3D4E5F60718293A4B5", [
        leaf("text/plain", text, "utf-8", "8bit"),
        leaf("application/pdf", pdf, cte="base64", filename="Proforma_PF-112-2026.pdf"),
    ])
    raw = message(reply_headers(addr("Magdalena Zielińska", "biuro@meblemazury.example"), addr("Marta Keller", po["buyer"]["email"]),
                                "Odp: " + po_subject(po), date, "<7c3a1e90-2d4b-4f6c-9e8a-0b1c2d3e4f50@meblemazury.example>", po,
                                extra=[("User-Agent", "Mozilla Thunderbird")]), body)
    case("nr-prepayment-proforma-pl", "pl-PL", "needs_review",
         "A proforma repeating the PO quantities and prices is attached, but the delivery date is confirmed only after a 30 % prepayment.", [po], raw)


def c_nr_proof_approval_ca():
    s = sup("AGBOR", "Agendas Boréal inc.", "commandes@agendasboreal.example", "fr-CA")
    po = PO("4520018463", s, "pn", "USD", "2026-11-06", [
        L(1, "AB-AGD-2728", "School planner 2027-2028, printed cover", 5000, "EA", "2.75", "2026-12-18"),
        L(2, "AB-CAH-80", "Exercise book 80 pages, 4-pack", 8000, "PK", "1.20", "2026-12-18"),
    ])
    date = hdate("2026-11-09", "14:38:22", "-0500")
    body = ("Bonjour Priya,\n\nMerci pour votre bon de commande 4520018463.\n\n"
            "Avant de pouvoir confirmer les dates, nous avons besoin de votre approbation de l'épreuve numérique de la couverture "
            "de l'agenda 2027-2028 (envoyée par WeTransfer ce matin). La livraison se fait 15 jours ouvrables après l'approbation.\n\n"
            "Pour les cahiers, pouvez-vous nous confirmer si vous voulez l'emballage de 4 ou de 10? Le code AB-CAH-80 existe dans les deux formats.\n\n"
            "Merci et bonne journée!\n\nIsabelle Gagnon\nService à la clientèle\nAgendas Boréal inc. | Saint-Jérôme (Québec)\n\n"
            + gmail_quote(po_request_text(po), "Le ven. 6 nov. 2026, à 03 h 12, Priya Nair <priya.nair@northgate-sourcing.example> a écrit :"))
    raw = message(reply_headers(addr("Isabelle Gagnon", "commandes@agendasboreal.example"), addr("Priya Nair", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<CAD7pV2k4=Xn9mQb1TzRw6Lc@mail.agendasboreal.example>", po),
                  alt("000000000000c8d7e6f5a4b3c2d1", body, text_to_html(body), lang="fr-CA"))
    case("nr-proof-approval-and-pack-question-ca", "fr-CA", "needs_review",
         "Dates depend on a proof approval and the pack size is asked; '2027-2028' in the item is a school year, not a date.", [po], raw)


def c_nr_strips_vague_gb():
    s = sup("ALBLI", "Albion Lighting Components Ltd", "sales@albionlighting.example", "en-GB")
    po = PO("4520018471", s, "ta", "GBP", "2026-11-10", [
        L(1, "ALC-STRIP-5M", "LED strip 24 V, 5 m reel, 4000 K", 600, "RL", "14.20", "2026-12-04"),
        L(2, "ALC-PROF-2M", "Aluminium profile 2 m with diffuser", 1200, "EA", "5.60", "2026-12-04"),
        L(3, "ALC-PSU-100", "Power supply 24 V 100 W", 300, "EA", "16.80", "2026-12-04"),
    ])
    date = hdate("2026-11-10", "17:58:40", "+0000")
    body = ("Hi Tom, got it thanks. Should be fine for most of it I think, might be tight on the strips for the 4th as "
            "we're waiting on a container. Will let you know.\n\nCheers\nGareth\n\nSent from Outlook for Android\n")
    raw = message(reply_headers(addr("Gareth Price", "sales@albionlighting.example"), addr("Tom Ashby", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<LO2P265MB5511C3D4E5F6A7B8@LO2P265MB5511.GBRP265.PROD.OUTLOOK.example>", po),
                  alt("_000_LO2P265MB5511C3D4E5F6A7B8LO2P265MB5511GBRP_", body, text_to_html(body)))
    case("nr-vague-should-be-fine-gb", "en-GB", "needs_review",
         "'Should be fine for most of it ... might be tight ... will let you know' commits to nothing a buyer could record.", [po], raw)


def c_nr_incoterm_tr():
    s = sup("EGEBA", "Ege Bahçe Mobilyaları Ltd. Şti.", "ihracat@egebahce.example", "tr-TR")
    po = PO("4520018489", s, "jw", "EUR", "2026-11-06", [
        L(1, "EB-SET-4", "Garden lounge set 4-piece, rattan", 40, "SET", "420.00", "2027-01-15"),
        L(2, "EB-SEZ-01", "Sun lounger aluminium", 120, "EA", "68.00", "2027-01-15"),
    ])
    date = hdate("2026-11-09", "10:02:57", "+0300")
    body = ("Sayın Weber,\n\nsiparişiniz için teşekkür ederiz.\n\n"
            "Teklifimiz (TK-2026-311, geçerlilik 30.11.2026) EXW İzmir fiyatlarıydı; siparişinizde ise DAP Rotterdam yazıyor. "
            "DAP olacaksa navlun ve sigorta farkı olarak birim fiyatlara yaklaşık %6 eklememiz gerekecek.\n\n"
            "Hangi teslim şeklini istediğinizi teyit eder misiniz? Teyidinizden sonra sipariş onayını göndereceğiz.\n\n"
            "Saygılarımızla,\nMehmet Kaya\nİhracat Sorumlusu\nEge Bahçe Mobilyaları Ltd. Şti. | Kemalpaşa OSB, İzmir\n")
    raw = message(reply_headers(addr("Mehmet Kaya", "ihracat@egebahce.example", "iso-8859-9"), addr("Jonas Weber", po["buyer"]["email"]),
                                "YNT: " + po_subject(po), date, "<AS4PR09MB6677D4E5F6A7B8C9@AS4PR09MB6677.eurprd09.prod.outlook.example>", po),
                  leaf("text/plain", body, "iso-8859-9", "quoted-printable"))
    case("nr-incoterm-question-tr", "tr-TR", "needs_review",
         "Asks whether EXW or DAP applies before confirming; the quotation validity 30.11.2026 and '%6' are not commitments.", [po], raw)


def c_nr_address_cz():
    s = sup("LEPMO", "Lepidla Morava a.s.", "obchod@lepidla-morava.example", "cs-CZ")
    po = PO("4520018497", s, "mk", "EUR", "2026-11-09", [
        L(1, "LM-PVAC-5", "PVAc wood glue D3, 5 kg", 600, "EA", "9.80", "2026-12-09"),
        L(2, "LM-KONT-1", "Contact adhesive 1 l", 400, "EA", "6.40", "2026-12-09"),
    ])
    date = hdate("2026-11-10", "11:16:30", "+0100")
    body = ("Dobrý den paní Kellerová,\n\nděkujeme za objednávku 4520018497.\n\n"
            "Na objednávce je dodací adresa Rotterdam, ale zboží pro Vás jsme dosud vždy vozili do skladu ve Venlo. "
            "Můžete nám prosím potvrdit správnou adresu?\n\n"
            "Upozorňujeme také, že lepidlo D3 je citlivé na mráz - od 1. 12. jej přepravujeme jen v temperovaném voze "
            "(příplatek 85 EUR za zásilku).\n\nPo Vašem potvrzení pošleme potvrzení objednávky.\n\n"
            "S pozdravem\nJana Horáková\nprodej\nLepidla Morava a.s., Olomouc\n")
    raw = message(reply_headers(addr("Jana Horáková", "obchod@lepidla-morava.example", "iso-8859-2"), addr("Marta Keller", po["buyer"]["email"]),
                                "Re: " + po_subject(po), date, "<e1d2c3b4-a596-4877-8695-a4b3c2d1e0f9@lepidla-morava.example>", po),
                  leaf("text/plain", body, "iso-8859-2", "base64"))
    case("nr-delivery-address-question-cz", "cs-CZ", "needs_review",
         "Asks to confirm the delivery address first; '1. 12.' is a frost-transport rule and 85 EUR a surcharge, not a confirmation.", [po], raw)


def c_nr_new_quote_cn():
    s = sup("HYOUT", "宁波海韵户外用品有限公司", "sales@haiyun-outdoor.example", "zh-CN")
    po = PO("4520018501", s, "so", "USD", "2026-11-04", [
        L(1, "HY-CHR-FOLD", "Folding camping chair, 600D", 2000, "EA", "5.60", "2027-01-29"),
        L(2, "HY-TBL-120", "Folding table 120 cm aluminium", 500, "EA", "17.40", "2027-01-29"),
    ])
    pdf = make_pdf([
        "NINGBO HAIYUN OUTDOOR PRODUCTS CO., LTD.",
        "QUOTATION  No. HY-Q-26-0931      Date: 2026-11-06",
        "To: Northgate Sourcing (Mr. Sam Okafor)",
        "",
        "Item          Description                         MOQ     FOB Ningbo USD",
        "HY-CHR-FOLD   Folding camping chair, 600D         1000    5.95",
        "HY-TBL-120    Folding table 120 cm aluminium       300    18.20",
        "",
        "Validity: until 2026-12-31.  Lead time: 45 days after deposit.",
        "Payment: 30% T/T deposit, balance against B/L copy.",
    ], producer="WPS Office", created="20261106160000+08'00'")
    date = hdate("2026-11-06", "16:40:12", "+0800")
    text = ("Sam 您好，\n\n订单 4520018501 已收到，谢谢！\n\n"
            "不过订单价格是按我们 2026年5月 的报价（有效期至 2026年8月31日），已经过期。"
            "附件是最新报价单，有效期至 2026年12月31日：折叠椅 USD 5.95，折叠桌 USD 18.20。\n\n"
            "请确认是否接受新价格，或者修改订单后重新发给我们，我们再安排生产并确认交期。\n\n"
            "谢谢！\n王芳 Fiona Wang\n宁波海韵户外用品有限公司\n")
    body = multipart("mixed", "----=_NextPart_5F4E3D2C_1B0A_4987_A6B5_C4D3E2F1A0B9", [
        leaf("text/plain", text, "gb18030", "base64"),
        leaf("application/pdf", pdf, cte="base64", filename="HY-Q-26-0931.pdf"),
    ])
    raw = message(reply_headers(addr("王芳 Fiona Wang", "sales@haiyun-outdoor.example"), addr("Sam Okafor", po["buyer"]["email"]),
                                "回复：" + po_subject(po), date, "<tencent_8A7B6C5D4E3F2A1B0C9D8E7F@haiyun-outdoor.example>", po), body)
    case("nr-expired-quote-new-prices-cn", "zh-CN", "needs_review",
         "Asks to accept a new quotation (attached, valid to 2026-12-31) or reissue the PO; lead time and validity dates are not commitments.", [po], raw)


# ======================================================================
# AUTO REPLIES
# ======================================================================
AUTO_HDRS = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


def c_ooo_de():
    s = sup("RADLT", "Radlicht Technik GmbH", "info@radlicht.example", "de-DE")
    po = PO("4520018510", s, "jw", "EUR", "2026-11-10", [
        L(1, "RL-FRONT-70", "Bicycle front light 70 lux, dynamo", 800, "EA", "18.90", "2026-12-11"),
        L(2, "RL-REAR-STV", "Rear light with stand light", 800, "EA", "6.40", "2026-12-11"),
    ])
    date = hdate("2026-11-10", "09:12:31", "+0100")
    body = ("Vielen Dank für Ihre Nachricht.\n\n"
            "Ich bin vom 09.11. bis einschließlich 20.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. "
            "Ihre Nachricht wird nicht weitergeleitet.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Schäfer (schaefer@radlicht.example, Tel. 0711 555 214).\n\n"
            "Mit freundlichen Grüßen\nMarkus Vogel\n")
    raw = message(reply_headers(addr("Markus Vogel", "info@radlicht.example"), addr("Jonas Weber", po["buyer"]["email"]),
                                "Automatische Antwort: " + po_subject(po), date,
                                "<FR2P281MB0099AA11BB22CC33@FR2P281MB0099.DEUP281.PROD.OUTLOOK.example>", po,
                                extra=AUTO_HDRS + [("Content-Language", "de-DE")]),
                  alt("_000_FR2P281MB0099AA11BB22CC33FR2P281MB0099DEUP_", body, text_to_html(body), lang="de"))
    case("ooo-de-with-deputy", "de-DE", "auto_reply",
         "Outlook out-of-office in German; the absence dates 09.11.-20.11.2026 are not delivery dates.", [po], raw)


def c_ooo_fr():
    s = sup("CROAD", "Colles et Rubans de l'Ouest", "contact@cro-adhesifs.example", "fr-FR")
    po = PO("4520018521", s, "er", "EUR", "2026-11-12", [
        L(1, "CRO-ALU-50", "Aluminium tape 50 mm x 50 m", 1000, "RL", "4.80", "2026-12-15"),
    ])
    date = hdate("2026-11-12", "09:13:02", "+0100")
    body = ("Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 23 novembre inclus.\n"
            "Pour toute commande urgente, merci d'écrire à adv@cro-adhesifs.example qui traitera votre demande.\n\n"
            "Cordialement,\nSophie Martin\n")
    raw = message(reply_headers(addr("Sophie Martin", "contact@cro-adhesifs.example"), addr("Elena Rossi", po["buyer"]["email"]),
                                "Réponse automatique : " + po_subject(po), date, "<OOO.20261112.091302.sm@cro-adhesifs.example>", po,
                                extra=AUTO_HDRS),
                  leaf("text/plain", body, "iso-8859-1", "quoted-printable"))
    case("ooo-fr-return-date", "fr-FR", "auto_reply",
         "French absence notice with a return day and a redirect address; nothing about the order.", [po], raw)


def c_ooo_es():
    s = sup("PINLE", "Pinturas Levante S.A.", "comercial@pinturaslevante.example", "es-ES")
    po = PO("4520018533", s, "ta", "EUR", "2026-11-11", [
        L(1, "PL-ESM-4L", "Enamel paint gloss white 4 l", 500, "EA", "21.30", "2026-12-14"),
        L(2, "PL-IMP-15", "Waterproofing coating 15 l", 120, "EA", "58.00", "2026-12-14"),
    ])
    date = hdate("2026-11-11", "09:12:44", "+0100")
    body = ("Gracias por su correo.\n\nEstaré fuera de la oficina hasta el 16/11/2026 con acceso limitado al correo electrónico. "
            "Le responderé a mi regreso.\n\nPara pedidos urgentes puede contactar con pedidos@pinturaslevante.example o llamar al 961 555 020.\n\n"
            "Un saludo,\nJavier Soler\n")
    raw = message(reply_headers(addr("Javier Soler", "comercial@pinturaslevante.example"), addr("Tom Ashby", po["buyer"]["email"]),
                                "Respuesta automática: " + po_subject(po), date, "<DB8PR05MB6655E0F1A2B3C4D5@DB8PR05MB6655.eurprd05.prod.outlook.example>", po,
                                extra=AUTO_HDRS),
                  alt("_000_DB8PR05MB6655E0F1A2B3C4D5DB8PR05MB6655eurp_", body, text_to_html(body), lang="es"))
    case("ooo-es-until-date", "es-ES", "auto_reply",
         "Spanish out-of-office; '16/11/2026' is a return date, not a delivery commitment.", [po], raw)


def c_ooo_ja():
    s = sup("SAKBU", "株式会社さくら文具", "kaigai@sakura-bungu.example", "ja-JP")
    po = PO("4520018545", s, "pn", "USD", "2026-11-09", [
        L(1, "SB-PEN-05", "Gel pen 0.5 mm, black", 12000, "EA", "0.38", "2026-12-18"),
    ])
    date = hdate("2026-11-09", "17:12:09", "+0900")
    body = ("【自動返信】\n\nメールありがとうございます。\n"
            "誠に恐れ入りますが、11月16日（月）まで海外出張のため不在にしております。\n"
            "いただいたメールは帰社後に順次確認させていただきます。\n\n"
            "お急ぎの場合は、海外営業部 代表アドレス（kaigai-eigyo@sakura-bungu.example）までご連絡ください。\n\n"
            "株式会社さくら文具 海外営業部\n高橋 誠\n")
    raw = message(reply_headers(addr("高橋 誠", "kaigai@sakura-bungu.example", "iso-2022-jp"), addr("Priya Nair", po["buyer"]["email"]),
                                "【自動返信】不在のお知らせ Re: " + po_subject(po), date, "<20261109171209.AUTO.kaigai@sakura-bungu.example>", po,
                                extra=AUTO_HDRS),
                  leaf("text/plain", body, "iso-2022-jp", "7bit"))
    case("ooo-ja-business-trip", "ja-JP", "auto_reply",
         "Japanese auto-reply (ISO-2022-JP subject and body) announcing absence until 11月16日.", [po], raw)


def c_ticket_zendesk_us():
    s = sup("SUMSP", "Summit Sports Supply Co.", "support@summitsports.example", "en-US")
    po = PO("4520018557", s, "so", "USD", "2026-11-12", [
        L(1, "SSS-BB-7", "Basketball size 7, composite", 600, "EA", "12.40", "2026-12-18"),
        L(2, "SSS-NET-PRO", "Basketball net, heavy duty", 300, "EA", "3.10", "2026-12-18"),
    ])
    date = hdate("2026-11-12", "03:12:55", "-0500")
    text = ("##- Please type your reply above this line -##\n\n"
            "Your request (48213) has been received and is being reviewed by our support staff.\n\n"
            "To add additional comments, reply to this email.\n\n"
            "Our team typically responds within 1-2 business days (Mon-Fri, 8 AM - 5 PM ET).\n\n"
            "----------------------------------------------\n\n"
            "Sam Okafor, Nov 12, 2026, 3:12 AM EST\n\n" + po_request_text(po) + "\n[4DK9QX-7WP2]\n")
    raw = message(reply_headers(addr("Summit Sports Support", "support@summitsports.example"), addr("Sam Okafor", po["buyer"]["email"]),
                                "[Summit Sports] Re: " + po_subject(po), date, "<4DK9QX7WP2_6736ab1f2c9e1_48213_sprut@zendesk.example>", po,
                                extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"), ("Precedence", "bulk")]),
                  alt("--==_mimepart_6736ab1f2d4a7_1d2e3f4a5b6c", text, text_to_html(text)))
    case("ticket-auto-ack-zendesk-us", "en-US", "auto_reply",
         "Help-desk ticket acknowledgment quoting our whole PO (with its requested dates) - no human answer yet.", [po], raw)


def c_ticket_freshdesk_nl():
    s = sup("TUIHO", "Tuinmeubelen Holland B.V.", "service@tuinmeubelenholland.example", "nl-NL")
    po = PO("4520018569", s, "mk", "EUR", "2026-11-11", [
        L(1, "TH-LOUNGE-3", "Lounge sofa 3-seater, rope", 25, "EA", "395.00", "2027-01-20"),
        L(2, "TH-HOES-L", "Furniture cover large", 50, "EA", "24.00", "2027-01-20"),
    ])
    date = hdate("2026-11-11", "09:13:40", "+0100")
    body = ("Beste klant,\n\nBedankt voor je bericht. We hebben je verzoek ontvangen onder ticketnummer #20931.\n\n"
            "Onze binnendienst reageert binnen 2 werkdagen. Gemiddelde reactietijd deze week: 1,5 dag.\n\n"
            "Let op: dit is een automatisch bericht, je hoeft hier niet op te reageren.\n\n"
            "Met vriendelijke groet,\nKlantenservice Tuinmeubelen Holland\n")
    raw = message(reply_headers(addr("Tuinmeubelen Holland Klantenservice", "service@tuinmeubelenholland.example"), addr("Marta Keller", po["buyer"]["email"]),
                                "Ticket ontvangen: [#20931] " + po_subject(po), date, "<20931.1794384820@tuinmeubelenholland.freshdesk.example>", po,
                                extra=[("Auto-Submitted", "auto-generated"), ("X-FD-Email", "true")]),
                  alt("----=_Part_20931_1794384820", body, text_to_html(body), lang="nl"))
    case("ticket-auto-ack-nl", "nl-NL", "auto_reply",
         "Dutch ticket-system acknowledgment; '2 werkdagen' and '1,5 dag' are response times, not delivery terms.", [po], raw)


def c_ooo_ptbr():
    s = sup("TINSG", "Tintas Serra Gaúcha Ltda.", "exportacao@tintasserragaucha.example", "pt-BR")
    po = PO("4520018571", s, "jw", "USD", "2026-11-09", [
        L(1, "TSG-ACR-18", "Acrylic wall paint 18 l, matt white", 300, "EA", "27.50", "2027-01-18"),
    ])
    date = hdate("2026-11-09", "05:12:27", "-0300")
    body = ("Olá!\n\nEstou de férias de 02/11 a 27/11/2026, retornando em 30/11.\n"
            "Para pedidos e cotações, favor contatar comercial@tintasserragaucha.example.\n\nObrigado,\nLuiz Fernando Costa\n")
    raw = message(reply_headers(addr("Luiz Fernando Costa", "exportacao@tintasserragaucha.example"), addr("Jonas Weber", po["buyer"]["email"]),
                                "Resposta automática: Férias", date, "<CAOOO9x1=Qv3TsG7bLm2@mail.tintasserragaucha.example>", po,
                                extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")]),
                  leaf("text/plain", body, "utf-8", "quoted-printable"))
    case("ooo-ptbr-vacation", "pt-BR", "auto_reply",
         "Gmail vacation responder with its own subject ('Férias'), threaded on our PO; dates are holiday dates.", [po], raw)


# ======================================================================
# BOUNCES
# ======================================================================
def original_request(po, date_hdr):
    b = po["buyer"]
    h = [("From", addr(b["name"], b["email"])), ("To", po["supplier"]["email"]), ("Subject", po_subject(po)),
         ("Date", date_hdr), ("Message-ID", req_id(po))]
    return message(h, leaf("text/plain", po_request_text(po), "utf-8", "quoted-printable"))


def original_headers_text(po, date_hdr):
    b = po["buyer"]
    return (f"From: {b['name']} <{b['email']}>\nTo: {po['supplier']['email']}\nSubject: {po_subject(po)}\n"
            f"Date: {date_hdr}\nMessage-ID: {req_id(po)}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n")


def c_bounce_postfix():
    s = sup("TVFAS", "Thames Valley Fasteners Ltd", "orders@tvfasteners.example", "en-GB")
    po = PO("4520018580", s, "ta", "GBP", "2026-11-10", [
        L(1, "TVF-CONF-7x50", "Confirmat screw 7 x 50 mm", 100000, "EA", "0.021", "2026-12-07"),
        L(2, "TVF-CAM-15", "Cam fitting 15 mm zinc", 40000, "EA", "0.058", "2026-12-07"),
    ])
    sent = hdate("2026-11-10", "09:12:03", "+0100")
    date = hdate("2026-11-10", "09:12:06", "+0100")
    human = ("This is the mail system at host mx1.northgate-sourcing.example.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<orders@tvfasteners.example>: host mx.tvfasteners.example[203.0.113.25] said:\n"
             "    550 5.1.1 <orders@tvfasteners.example>: Recipient address rejected: User\n"
             "    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mx1.northgate-sourcing.example\nX-Postfix-Queue-ID: 4Q2bXk1Zz3z9rtP\n"
              "X-Postfix-Sender: rfc822; tom.ashby@northgate-sourcing.example\n"
              f"Arrival-Date: {sent}\n\n"
              "Final-Recipient: rfc822; orders@tvfasteners.example\nOriginal-Recipient: rfc822;orders@tvfasteners.example\n"
              "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.tvfasteners.example\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <orders@tvfasteners.example>: Recipient address\n"
              "    rejected: User unknown in virtual mailbox table\n")
    body = multipart("report", "4Q2bXk1Zz3z9rtP.1794302726/mx1.northgate-sourcing.example", [
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n".encode() + human.encode(),
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n".encode() + status.encode(),
        "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n".encode()
        + original_headers_text(po, sent).encode(),
    ], params="; report-type=delivery-status")
    raw = message([("From", "MAIL-DAEMON@mx1.northgate-sourcing.example (Mail Delivery System)"),
                   ("To", po["buyer"]["email"]), ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date),
                   ("Message-ID", "<20261110081206.5A1B2C3D4E@mx1.northgate-sourcing.example>"),
                   ("Auto-Submitted", "auto-replied")], body)
    case("bounce-postfix-user-unknown", "en-GB", "bounce",
         "Postfix DSN (multipart/report) for our PO mail; the PO number appears only in the returned headers.", [po], raw)


def c_bounce_exchange_online():
    s = sup("EHHUN", "Elektro Harness Hungary Kft.", "beszerzes@eh-hungary.example", "hu-HU")
    po = PO("4520018592", s, "jw", "EUR", "2026-11-11", [
        L(1, "EHH-TRL-13P", "Trailer harness 13-pin, 2.5 m", 1200, "EA", "11.40", "2026-12-16"),
    ])
    sent = hdate("2026-11-11", "09:12:44", "+0100")
    date = hdate("2026-11-11", "08:12:49", "+0000")
    html_body = ("<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Your message to beszerzes@eh-hungary.example couldn't be delivered.</font></b></p>"
                 "<p>beszerzes wasn't found at eh-hungary.example.</p>"
                 "<p><b>Action Required</b><br>Unknown To address</p>"
                 "<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following: "
                 "retype the recipient's address, then resend the message; or contact the recipient by some other means.</p>"
                 "<p>Original Message Details<br>Created Date: 11/11/2026 8:12:44 AM<br>Sender Address: jonas.weber@northgate-sourcing.example<br>"
                 "Recipient Address: beszerzes@eh-hungary.example<br>Subject: " + html.escape(po_subject(po)) + "</p>"
                 "<p>Error Details<br>Error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup<br>"
                 "Message rejected by: VI1EUR04HT123.mail.protection.outlook.example</p>")
    text_body = ("Your message to beszerzes@eh-hungary.example couldn't be delivered.\n\n"
                 "beszerzes wasn't found at eh-hungary.example.\n\nAction Required: Unknown To address\n\n"
                 "Error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    status = ("Reporting-MTA: dns;AM9PR07MB7771.eurprd07.prod.outlook.example\nReceived-From-MTA: dns;AM9PR07MB7771.eurprd07.prod.outlook.example\n"
              f"Arrival-Date: {date}\n\n"
              "Final-Recipient: rfc822;beszerzes@eh-hungary.example\nAction: failed\nStatus: 5.1.10\n"
              "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    body = multipart("report", "_000_AM9PR07MB7771NDRa1b2c3d4e5f6_", [
        alt("_001_AM9PR07MB7771NDRa1b2c3d4e5f6_", text_body, html_body, charset="us-ascii", cte="7bit"),
        "Content-Type: message/delivery-status\n\n".encode() + status.encode(),
        b"Content-Type: message/rfc822\n\n" + original_request(po, sent).replace(b"\r\n", b"\n"),
    ], params="; report-type=delivery-status")
    raw = message([("From", "Microsoft Outlook <postmaster@northgate-sourcing.example>"), ("To", addr("Jonas Weber", po["buyer"]["email"])),
                   ("Subject", "Undeliverable: " + po_subject(po)), ("Date", date),
                   ("Message-ID", "<7f3e2d1c-NDR-4b5a-9c8d-AM9PR07MB7771@northgate-sourcing.example>"),
                   ("In-Reply-To", req_id(po)), ("References", req_id(po)),
                   ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")], body)
    case("bounce-exchange-online-ndr", "hu-HU", "bounce",
         "Exchange Online NDR threaded on our PO (In-Reply-To) with the original PO attached as message/rfc822 - still a bounce.", [po], raw)


def c_bounce_de_mailbox_full():
    s = sup("FAHES", "Farbenhaus Elbe GmbH", "einkauf@farbenhaus-elbe.example", "de-DE")
    po = PO("4520018604", s, "mk", "EUR", "2026-11-12", [
        L(1, "FE-DISP-12", "Interior paint white 12.5 l", 240, "EA", "23.60", "2026-12-10"),
    ])
    sent = hdate("2026-11-12", "09:12:15", "+0100")
    date = hdate("2026-11-12", "09:14:02", "+0100")
    text_body = ("Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:\n\n"
                 "einkauf@farbenhaus-elbe.example\n"
                 "Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. "
                 "Versuchen Sie es später erneut, oder wenden Sie sich direkt an den Empfänger.\n\n"
                 "Diagnoseinformationen für Administratoren:\n"
                 "Generierender Server: MAIL01.farbenhaus-elbe.example\n"
                 "einkauf@farbenhaus-elbe.example\n"
                 "Remoteserver hat '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException' zurückgegeben\n")
    status = ("Reporting-MTA: dns;MAIL01.farbenhaus-elbe.example\n\n"
              "Final-Recipient: rfc822;einkauf@farbenhaus-elbe.example\nAction: failed\nStatus: 5.2.2\n"
              "Diagnostic-Code: smtp;552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\n")
    body = multipart("report", "_000_MAIL01farbenhauselbeNDR20261112_", [
        leaf("text/plain", text_body, "utf-8", "quoted-printable"),
        "Content-Type: message/delivery-status\n\n".encode() + status.encode(),
        "Content-Type: text/rfc822-headers\n\n".encode() + original_headers_text(po, sent).encode(),
    ], params="; report-type=delivery-status")
    raw = message([("From", "Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@farbenhaus-elbe.example>"),
                   ("To", addr("Marta Keller", po["buyer"]["email"])), ("Subject", enc_hdr("Unzustellbar: " + po_subject(po))),
                   ("Date", date), ("Message-ID", "<a8b7c6d5-e4f3-4a2b-9c1d-0e9f8a7b6c5d@MAIL01.farbenhaus-elbe.example>"),
                   ("Auto-Submitted", "auto-replied"), ("Content-Language", "de-DE")], body)
    case("bounce-de-mailbox-full", "de-DE", "bounce",
         "German on-premise Exchange NDR 'Unzustellbar' (5.2.2 Postfach voll) sent by the supplier's server, not ours.", [po], raw)


def c_bounce_delayed():
    s = sup("PACBT", "Pacific Rim Battery Supply LLC", "orders@pacrimbattery.example", "en-US")
    po = PO("4520018616", s, "so", "USD", "2026-11-09", [
        L(1, "PRB-LFP-100", "LiFePO4 battery 12 V 100 Ah", 120, "EA", "214.00", "2027-01-11"),
    ])
    sent = hdate("2026-11-09", "09:12:30", "+0100")
    date = hdate("2026-11-09", "13:12:41", "+0100")
    human = ("This is the mail system at host mx1.northgate-sourcing.example.\n\n"
             "####################################################################\n"
             "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
             "####################################################################\n\n"
             "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
             "                   The mail system\n\n"
             "<orders@pacrimbattery.example>: connect to mx.pacrimbattery.example[198.51.100.7]:25:\n    Connection timed out\n")
    status = ("Reporting-MTA: dns; mx1.northgate-sourcing.example\nX-Postfix-Queue-ID: 4Q1kR02cTnz1xvB\n"
              f"Arrival-Date: {sent}\n\n"
              "Final-Recipient: rfc822; orders@pacrimbattery.example\nAction: delayed\nStatus: 4.4.1\n"
              "Diagnostic-Code: X-Postfix; connect to mx.pacrimbattery.example[198.51.100.7]:25:\n    Connection timed out\n"
              "Will-Retry-Until: " + hdate("2026-11-14", "09:12:30", "+0100") + "\n")
    body = multipart("report", "4Q1kR02cTnz1xvB.1794226361/mx1.northgate-sourcing.example", [
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n".encode() + human.encode(),
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n".encode() + status.encode(),
        "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n".encode()
        + original_headers_text(po, sent).encode(),
    ], params="; report-type=delivery-status")
    raw = message([("From", "MAIL-DAEMON@mx1.northgate-sourcing.example (Mail Delivery System)"),
                   ("To", po["buyer"]["email"]), ("Subject", "Delayed Mail (still being retried)"), ("Date", date),
                   ("Message-ID", "<20261109121241.7C8D9E0F1A@mx1.northgate-sourcing.example>"),
                   ("Auto-Submitted", "auto-replied")], body)
    case("bounce-delayed-warning", "en-US", "bounce",
         "A delay DSN (Action: delayed, 4.4.1) - a warning, not a failure, but still a delivery status notification, not a reply.", [po], raw)


# ======================================================================
# UNRELATED
# ======================================================================
def c_unrel_newsletter():
    s = sup("SUMTW", "Summit Teamwear UK Ltd", "sales@summitteamwear.example", "en-GB")
    po = PO("4520018628", s, "so", "GBP", "2026-11-10", [
        L(1, "STW-HOOD-M", "Club hoodie, M, navy", 250, "EA", "14.90", "2026-12-11"),
        L(2, "STW-TRK-L", "Tracksuit bottoms, L", 250, "EA", "11.20", "2026-12-11"),
    ])
    date = hdate("2026-11-12", "07:00:00", "+0000")
    text = ("SUMMIT TEAMWEAR - NEW FOR 2027\n\n"
            "The Pro-Series 2027 catalogue is here! 240 pages of kits, training wear and accessories.\n\n"
            "* Order by 18 December for delivery in January\n"
            "* 15% off all orders over GBP 2,000 placed before 30 November\n"
            "* Free club crest embroidery on hoodies (min. 50 pcs)\n\n"
            "Download the catalogue: https://summitteamwear.example/catalogue-2027\n\n"
            "You are receiving this because you are a Summit Teamwear trade customer.\n"
            "Unsubscribe: https://summitteamwear.example/u/8f2a91\n"
            "Summit Teamwear UK Ltd, 3 Mill Lane, Leicester LE2 7HU\n")
    hin = ("<table width=\"600\" align=\"center\" style=\"font-family:Arial\"><tr><td>"
           "<h1 style=\"color:#0a2d5c\">New for 2027</h1><p>The <b>Pro-Series 2027</b> catalogue is here! 240 pages of kits, training wear and accessories.</p>"
           "<ul><li>Order by <b>18 December</b> for delivery in January</li><li><b>15% off</b> all orders over &pound;2,000 placed before 30 November</li>"
           "<li>Free club crest embroidery on hoodies (min. 50 pcs)</li></ul>"
           "<p><a href=\"https://summitteamwear.example/catalogue-2027\">Download the catalogue</a></p>"
           "<p style=\"font-size:10px;color:#888\">You are receiving this because you are a Summit Teamwear trade customer. "
           "<a href=\"https://summitteamwear.example/u/8f2a91\">Unsubscribe</a><br>Summit Teamwear UK Ltd, 3 Mill Lane, Leicester LE2 7HU</p>"
           "</td></tr></table>")
    raw = message([("From", addr("Summit Teamwear", "news@summitteamwear.example")), ("To", po["buyer"]["email"]),
                   ("Subject", "New for 2027: the Pro-Series teamwear catalogue is here"), ("Date", date),
                   ("Message-ID", "<20261112070000.8f2a91.c2027@mailer.summitteamwear.example>"),
                   ("List-Unsubscribe", "<https://summitteamwear.example/u/8f2a91>, <mailto:unsubscribe@summitteamwear.example>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
                  alt("=_mc_8f2a91_b", text, hin))
    case("unrelated-newsletter-same-supplier", "en-GB", "unrelated",
         "Marketing newsletter from the supplier of an open PO, full of dates, discounts and minimums that answer nothing.", [po], raw)


def c_unrel_invoice_de():
    s = sup("FARSA", "Farbenwerk Sachsen GmbH", "vertrieb@farbenwerk-sachsen.example", "de-DE")
    po = PO("4520018630", s, "jw", "EUR", "2026-11-09", [
        L(1, "FWS-GRD-10", "Primer for wood, 10 l", 200, "EA", "36.40", "2026-12-09"),
        L(2, "FWS-LAS-25", "Wood stain, 2.5 l, teak", 600, "EA", "17.10", "2026-12-09"),
    ])
    pdf = make_pdf([
        "Farbenwerk Sachsen GmbH - Chemnitzer Str. 88 - 09120 Chemnitz",
        "",
        "RECHNUNG Nr. RE-2026-10871          Rechnungsdatum: 10.11.2026",
        "Ihre Bestellung: 4520016650 vom 05.10.2026     Lieferschein: LS-2026-22817 vom 06.11.2026",
        "Leistungsdatum: 06.11.2026",
        "",
        "Pos  Artikel      Bezeichnung                    Menge   Einzelpreis   Gesamt",
        "1    FWS-LAS-25   Holzlasur 2,5 l teak            480      17,10      8.208,00",
        "2    FWS-GRD-10   Holzgrund 10 l                  150      36,40      5.460,00",
        "",
        "Nettobetrag 13.668,00 EUR   USt 0 % (innergemeinschaftliche Lieferung)",
        "Zahlbar bis 09.01.2027 ohne Abzug, bei Zahlung bis 20.11.2026 2 % Skonto.",
    ], producer="DATEV Auftragswesen", created="20261110080000+01'00'")
    date = hdate("2026-11-10", "08:05:12", "+0100")
    text = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung RE-2026-10871 zu Ihrer Bestellung 4520016650.\n\n"
            "Mit freundlichen Grüßen\nBuchhaltung Farbenwerk Sachsen GmbH\n")
    body = multipart("mixed", "----=_Part_RE2026108710_1794297912", [
        leaf("text/plain", text, "utf-8", "quoted-printable"),
        leaf("application/pdf", pdf, cte="base64", filename="RE-2026-10871.pdf"),
    ])
    raw = message([("From", addr("Farbenwerk Sachsen Buchhaltung", "rechnung@farbenwerk-sachsen.example")),
                   ("To", "ap@northgate-sourcing.example"), ("Cc", po["buyer"]["email"]),
                   ("Subject", "Rechnung RE-2026-10871 zu Ihrer Bestellung 4520016650"), ("Date", date),
                   ("Message-ID", "<RE-2026-10871.1794297912@farbenwerk-sachsen.example>")], body)
    case("unrelated-invoice-other-po-de", "de-DE", "unrelated",
         "Invoice PDF for an older PO (4520016650) with the same items and prices as the open PO - it answers nothing about the open one.", [po], raw)


def c_unrel_shipping_us():
    s = sup("PACBS", "Pacific Coast Batteries Inc.", "orders@pacificcoastbatteries.example", "en-US")
    po = PO("4520018642", s, "pn", "USD", "2026-11-10", [
        L(1, "PCB-AGM-12-9", "AGM battery 12 V 9 Ah", 400, "EA", "17.80", "2026-12-17"),
    ])
    date = hdate("2026-11-11", "14:30:08", "-0800")
    text = ("Shipment Notification\n\nGood news - your order has shipped.\n\n"
            "Customer PO: 4520015530\nSales order: 552187\nShip date: 11/11/2026\n"
            "Carrier: Maersk Line / booking MAEU-2611-88431\nContainer: MSKU 7712048\n"
            "Estimated arrival Rotterdam: 12/14/2026\n\n"
            "Items: PCB-AGM-12-7 AGM battery 12 V 7 Ah - 600 EA\n\n"
            "Track your shipment: https://pacificcoastbatteries.example/track/552187\n\n"
            "This is an automated message. Please do not reply.\n")
    raw = message([("From", addr("Pacific Coast Batteries Shipping", "shipping@pacificcoastbatteries.example")),
                   ("To", po["buyer"]["email"]), ("Subject", "Your order has shipped - PO 4520015530 / SO 552187"), ("Date", date),
                   ("Message-ID", "<ship.552187.20261111143008@pacificcoastbatteries.example>"),
                   ("Auto-Submitted", "auto-generated")],
                  alt("b1_552187_shipnotice", text, text_to_html(text)))
    case("unrelated-shipping-notice-other-po-us", "en-US", "unrelated",
         "Shipping notice from the same supplier for a different PO (4520015530) with an ETA that looks like an answer to the open PO.", [po], raw)


def c_unrel_pricelist_it():
    s = sup("VITLO", "Viteria Lombarda S.r.l.", "commerciale@viterialombarda.example", "it-IT")
    po = PO("4520018654", s, "er", "EUR", "2026-11-09", [
        L(1, "VL-EUR-6.3x13", "Euro screw 6.3 x 13 mm, zinc", 200000, "EA", "0.0085", "2026-12-14"),
        L(2, "VL-MINI-15", "Minifix cam 15 mm", 60000, "EA", "0.046", "2026-12-14"),
    ])
    pdf = make_pdf([
        "VITERIA LOMBARDA S.r.l. - LISTINO PREZZI 2027",
        "Valido dal 01/01/2027 al 31/12/2027 - prezzi in EUR per 1.000 pezzi, franco nostro magazzino",
        "",
        "Codice           Descrizione                        Conf.     EUR/1000",
        "VL-EUR-6.3x13    Vite euro 6,3 x 13 zincata         5.000      9,10",
        "VL-MINI-15       Eccentrico minifix 15 mm           2.000     48,50",
        "VL-SPIN-8x30     Spina legno 8 x 30                10.000      6,40",
        "",
        "Aumento medio rispetto al listino 2026: +6,5 %. Ordini minimi: 500 EUR.",
    ], producer="Microsoft Word", created="20261112090000+01'00'")
    date = hdate("2026-11-12", "09:30:40", "+0100")
    text = ("Gentili Clienti,\n\nin allegato trasmettiamo il nuovo listino prezzi 2027, valido dal 1° gennaio 2027.\n"
            "Gli ordini ricevuti entro il 31 dicembre 2026 saranno evasi ai prezzi 2026.\n\n"
            "Cordiali saluti\nUfficio Commerciale\nViteria Lombarda S.r.l. - Lumezzane (BS)\n")
    body = multipart("mixed", "----=_NextPart_000_0042_01DC5C1A.3B2A1F00", [
        alt("----=_NextPart_001_0043_01DC5C1A.3B2A1F00", text, text_to_html(text), lang="it"),
        leaf("application/pdf", pdf, cte="base64", filename="Listino_2027.pdf"),
    ])
    raw = message([("From", addr("Viteria Lombarda - Commerciale", "commerciale@viterialombarda.example")),
                   ("To", "undisclosed-recipients:;"), ("Subject", "Listino prezzi 2027"), ("Date", date),
                   ("Message-ID", "<004201dc5c1a$3b2a1f00$b17e5d00$@viterialombarda.example>")], body)
    case("unrelated-price-list-2027-it", "it-IT", "unrelated",
         "2027 price list for the same items (per 1.000, valid from 01/01/2027) sent to all customers; it does not answer the open PO.", [po], raw)


def c_unrel_reminder_fr():
    s = sup("MOBHC", "Mobilier Hospitalier du Centre SAS", "adv@mobilier-hospitalier.example", "fr-FR")
    po = PO("4520018666", s, "mk", "EUR", "2026-11-06", [
        L(1, "MHC-FAUT-REP", "Recliner chair for patients", 15, "EA", "640.00", "2026-12-18"),
        L(2, "MHC-CHEV-TAB", "Bedside table with tray", 30, "EA", "185.00", "2026-12-18"),
    ])
    date = hdate("2026-11-13", "10:45:19", "+0100")
    body = ("Madame, Monsieur,\n\nSauf erreur de notre part, la facture ci-dessous reste impayée à ce jour :\n\n"
            "  Facture n° F26-1187 du 30/09/2026 - votre commande 4520014420\n"
            "  Montant TTC : 9 840,00 EUR - échéance : 30/10/2026\n\n"
            "Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais. "
            "Si ce paiement a été effectué entre-temps, merci de ne pas tenir compte de ce courrier.\n\n"
            "Cordialement,\nService Recouvrement\nMobilier Hospitalier du Centre SAS - 18000 Bourges\n")
    raw = message([("From", addr("Mobilier Hospitalier du Centre - Comptabilité", "compta@mobilier-hospitalier.example")),
                   ("To", "ap@northgate-sourcing.example"), ("Cc", po["buyer"]["email"]),
                   ("Subject", enc_hdr("Relance : facture F26-1187 échue", "iso-8859-15")), ("Date", date),
                   ("Message-ID", "<relance.F26-1187.20261113@mobilier-hospitalier.example>")],
                  leaf("text/plain", body, "iso-8859-15", "quoted-printable"))
    case("unrelated-payment-reminder-fr", "fr-FR", "unrelated",
         "Payment reminder for an older invoice and PO (4520014420) from a supplier with an open PO.", [po], raw)


# ======================================================================
ORDER = [
    c_petfood_outlook, c_ooo_de, c_crowns_per_thousand, c_labels_percent, c_nr_driver_question_us, c_preforms_pallet,
    c_garden_split, c_bounce_postfix, c_bike_erp_pdf, c_teamwear_rejected, c_unrel_newsletter, c_stationery_partial,
    c_kettles_noyear, c_nr_saddles_revert_de, c_led_moq_per100, c_luminaires_hu_html, c_ooo_fr, c_plumbing_inline,
    c_feed_per_kg, c_nr_umbrellas_contradict_it, c_paint_per_pack, c_tapes_two_pos, c_unrel_invoice_de,
    c_batteries_one_of_three, c_harness_correction, c_ticket_zendesk_us, c_hospital_week_day, c_vet_lots_accepted,
    c_nr_faucets_conditional_mx, c_jewellery_per100, c_fasteners_ship_delivery, c_bounce_exchange_online,
    c_event_next_tuesday, c_tyres_leadtime, c_nr_batteries_receipt_ja, c_stationery_lv_open_line, c_garden_uk,
    c_ooo_es, c_petfood_ru_per_tonne, c_lighting_cn_xlsx, c_nr_prepayment_pl, c_hubs_tw, c_adhesives_ja,
    c_unrel_shipping_us, c_cells_ko_three_dates, c_footballs_vi, c_ticket_freshdesk_nl, c_jerseys_th_buddhist,
    c_nr_proof_approval_ca, c_coatings_id, c_vet_gloves_ms, c_bounce_de_mailbox_full, c_wiring_en_in,
    c_pex_us_bottom, c_nr_strips_vague_gb, c_hospital_ca, c_ooo_ja, c_pads_ie_mobile, c_dcells_au,
    c_unrel_pricelist_it, c_polos_ph, c_nr_incoterm_tr, c_labels_at_jaenner, c_screws_ch, c_ooo_ptbr,
    c_lighting_be_words, c_sanitary_be_forward, c_nr_address_cz, c_closures_cl, c_bounce_delayed, c_school_co,
    c_corks_pt_correction, c_unrel_reminder_fr, c_petfood_nz, c_nr_new_quote_cn, c_hospital_sr, c_staging_za,
    c_closures_kw53, c_bottling_csv, c_vet_declined_fr,
]


def main():
    defined = {n for n, f in globals().items() if n.startswith("c_") and callable(f)}
    assert defined == {f.__name__ for f in ORDER} and len(ORDER) == len(set(ORDER)), defined ^ {f.__name__ for f in ORDER}
    for f in ORDER:
        f()
    assert len(CASES) == 80, len(CASES)
    slugs = [c["slug"] for c in CASES]
    assert len(set(slugs)) == len(slugs)
    pos_numbers = [p["po_number"] for c in CASES for p in c["pos"]]
    assert len(set(pos_numbers)) == len(pos_numbers), "PO numbers must be unique across the batch"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    readme = ["# Batch U - held-out supplier replies", "",
              "Generated by `make_batch.py` (standard library only, deterministic). One line per case:", "",
              "`NNN-slug` | kind/locale | what makes it hard", ""]
    for i, c in enumerate(CASES, 1):
        name = f"{i:03d}-{c['slug']}"
        d = OUT / name
        d.mkdir()
        (d / "message.eml").write_bytes(c["raw"])
        (d / "pos.json").write_text(json.dumps(c["pos"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (d / "expected.json").write_text(json.dumps(c["expected"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        readme.append(f"- `{name}` | {c['kind']}/{c['locale']} | {c['hard']}")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    kinds = {}
    for c in CASES:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    print(f"wrote {len(CASES)} cases to {OUT}: {kinds}; locales: {len({c['locale'] for c in CASES})}")


if __name__ == "__main__":
    main()
