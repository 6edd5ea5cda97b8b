"""Helpers to build held-out cases: POs, raw e-mails, attachments, labels."""
import base64
import datetime as dt
import hashlib
import io
import quopri
import unicodedata
import zipfile
from email.header import Header
from email.utils import formataddr

DOMAIN = "kestrel-mro.example"
COMPANY = "Kestrel MRO Supply B.V."
BUYERS = {
    "mara": ("Mara Lindqvist", "mara.lindqvist@kestrel-mro.example", "+31 10 555 0142"),
    "tom": ("Tom Okafor", "tom.okafor@kestrel-mro.example", "+31 10 555 0177"),
    "ines": ("Ines Varga", "ines.varga@kestrel-mro.example", "+31 10 555 0163"),
}
REG = []


def add(slug, kl, desc, pos, eml, expected):
    REG.append(dict(slug=slug, kl=kl, desc=desc, pos=pos, eml=eml, expected=expected))


# ---------------------------------------------------------------- POs
def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(n, item, desc, qty, uom, price, date):
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def po(num, supplier, lines, cur="EUR", issued="2026-11-03", buyer="mara", req=True):
    b = BUYERS[buyer]
    d = {"po_number": num, "supplier": supplier, "buyer": {"name": b[0], "email": b[1]},
         "currency": cur, "issued": issued}
    if req:
        d["request_message_id"] = f"<po-{num}.1@{DOMAIN}>"
    d["lines"] = lines
    return d


def rid(p):
    return f"<po-{p['po_number']}.1@{DOMAIN}>"


def buyer_of(p):
    for k, b in BUYERS.items():
        if b[1] == p["buyer"]["email"]:
            return b
    raise KeyError


# ---------------------------------------------------------------- labels
def C(q=None, p=None, d=None, s=None):
    r = {}
    if q is not None:
        r["quantity"] = q
    if p is not None:
        r["unit_price"] = p
    if d is not None:
        r["date"] = d
    if s is not None:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in s]
    return r


def conf(p, spec):
    out = {}
    for ln in p["lines"]:
        v = spec.get(ln["line"], "U")
        if v == "A":
            out[str(ln["line"])] = {"status": "accepted", "quantity": ln["quantity"],
                                   "unit_price": ln["unit_price"], "date": ln["requested_date"]}
        elif v == "R":
            out[str(ln["line"])] = {"status": "rejected"}
        elif v == "U":
            out[str(ln["line"])] = {"status": "unconfirmed"}
        else:
            lab = {"status": "changed", "quantity": v.get("quantity", ln["quantity"]),
                   "unit_price": v.get("unit_price", ln["unit_price"]),
                   "date": v.get("date", ln["requested_date"])}
            if "schedule" in v:
                lab["schedule"] = v["schedule"]
                lab["date"] = max(x["date"] for x in v["schedule"])
                lab["quantity"] = v.get("quantity", sum(x["quantity"] for x in v["schedule"]))
            out[str(ln["line"])] = lab
    return {"po_number": p["po_number"], "lines": out}


def exp(kind, notes, *confs):
    d = {"kind": kind}
    if confs:
        d["confirmations"] = list(confs)
    d["notes"] = notes
    return d


# ---------------------------------------------------------------- dates
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(y, m, d, hh, mi, tz="+0100", ss=0):
    w = dt.date(y, m, d).weekday()
    return f"{WD[w]}, {d} {MO[m-1]} {y} {hh:02d}:{mi:02d}:{ss:02d} {tz}"


def iso(s):
    return dt.date.fromisoformat(s)


def fmt(s, pat):
    """pat tokens: DD MM YYYY YY D M"""
    x = iso(s)
    return (pat.replace("YYYY", f"{x.year}").replace("YY", f"{x.year % 100:02d}")
            .replace("DD", f"{x.day:02d}").replace("MM", f"{x.month:02d}")
            .replace("D", str(x.day)).replace("M", str(x.month)))


def num(v, dec=",", grp=".", places=2):
    s = f"{float(v):,.{places}f}"
    return s.replace(",", "\x00").replace(".", dec).replace("\x00", grp)


# ---------------------------------------------------------------- MIME
def hval(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(maxlinelen=76)


def addr(name, email, cs="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=cs)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes, or list of Part with boundary

    def render(self):
        out = b""
        for k, v in self.headers:
            out += f"{k}: {v}\n".encode("ascii")
        out += b"\n"
        if isinstance(self.body, tuple):
            boundary, parts, preamble = self.body
            if preamble:
                out += preamble.encode() + b"\n"
            for p in parts:
                out += f"--{boundary}\n".encode() + p.render()
                if not out.endswith(b"\n"):
                    out += b"\n"
            out += f"--{boundary}--\n".encode()
        else:
            out += self.body
            if not out.endswith(b"\n"):
                out += b"\n"
        return out


FALLBACK = {"\u2013": "-", "\u2014": "-", "\u00ab": '"', "\u00bb": '"', "\u201e": '"', "\u201c": '"',
            "\u201d": '"', "\u2019": "'", "\u20ac": "EUR", "\u2022": "*"}


def enc(text, cs):
    """Encode like a mail client would: typographic characters the charset lacks become ASCII."""
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(FALLBACK[ch])
    return "".join(out).encode(cs)


def T(text, sub="plain", cs="utf-8", cte="quoted-printable", flowed=False, extra=(), disp=None):
    raw = enc(text, cs)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = _b64(raw)
    else:
        body = raw
    ct = f'text/{sub}; charset="{cs}"' if not flowed else f'text/{sub}; charset="{cs}"; format=flowed'
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disp:
        h.append(("Content-Disposition", disp))
    return Part(h + list(extra), body)


def _b64(raw):
    s = base64.b64encode(raw).decode()
    return ("\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n").encode()


def M(sub, parts, boundary, preamble=None, extra_params=""):
    return Part([("Content-Type", f'multipart/{sub}; boundary="{boundary}"{extra_params}')],
                (boundary, parts, preamble))


def ATT(filename, ctype, data, inline=False):
    d = "inline" if inline else "attachment"
    return Part([("Content-Type", f'{ctype}; name="{filename}"'),
                 ("Content-Disposition", f'{d}; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")], _b64(data))


def RAW(headers, body_text):
    return Part(headers, body_text.encode("utf-8"))


def bnd(seed, style="outlook"):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "outlook":
        return f"_000_{h[:12].upper()}{h[12:20].upper()}_"
    if style == "gmail":
        return f"0000000000{h[:16]}"
    if style == "apple":
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}"
    if style == "tb":
        return f"------------{h[:24]}"
    return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{1764000000000 + int(h[14:19], 16)}"


def mail(frm, to, subject, date, mid, body, irt=None, refs=None, extra=(), cc=None, hcs="utf-8", xmailer=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hval(subject, hcs)), ("Date", date), ("Message-ID", mid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    if xmailer:
        h.append(("X-Mailer", xmailer))
    h += list(extra)
    h.append(("MIME-Version", "1.0"))
    top = Part(h + body.headers, body.body)
    return top.render().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# ---------------------------------------------------------------- our request mail, quoted
def req_subject(p):
    return f"Purchase order {p['po_number']} - please confirm"


def req_date(p, lang="en"):
    x = iso(p["issued"])
    return x


def req_table(p):
    rows = [("Ln", "Item", "Description", "Qty", "UoM", "Unit price", "Need by")]
    for ln in p["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     f"{p['currency']} {ln['unit_price']}", ln["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    return "\n".join("  ".join(r[i].ljust(w[i]) for i in range(7)).rstrip() for r in rows)


def req_text(p, contact="Hello"):
    b = buyer_of(p)
    return (f"{contact},\n\n"
            f"please find below our purchase order {p['po_number']} of {p['issued']}. Kindly confirm "
            f"quantity, unit price and delivery date for each line by return mail.\n\n"
            f"{req_table(p)}\n\n"
            f"Delivery to: {COMPANY}, Waalhaven Z.z. 19, 3089 JH Rotterdam, NL\n"
            f"Terms: DAP Rotterdam, 60 days net. Please quote our PO number on all documents.\n\n"
            f"Kind regards,\n{b[0]}\nBuyer | {COMPANY}\nT {b[2]}\n")


def req_html(p, contact="Hello"):
    b = buyer_of(p)
    rows = "".join(
        f"<tr><td>{ln['line']}</td><td>{ln['item']}</td><td>{ln['description']}</td><td align=\"right\">{ln['quantity']}</td>"
        f"<td>{ln['uom']}</td><td align=\"right\">{p['currency']} {ln['unit_price']}</td><td>{ln['requested_date']}</td></tr>"
        for ln in p["lines"])
    return (f"<p>{contact},</p><p>please find below our purchase order {p['po_number']} of {p['issued']}. Kindly confirm "
            f"quantity, unit price and delivery date for each line by return mail.</p>"
            f"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>Ln</th><th>Item</th><th>Description</th>"
            f"<th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>{rows}</table>"
            f"<p>Delivery to: {COMPANY}, Waalhaven Z.z. 19, 3089 JH Rotterdam, NL<br>Terms: DAP Rotterdam, 60 days net.</p>"
            f"<p>Kind regards,<br>{b[0]}<br>Buyer | {COMPANY}<br>T {b[2]}</p>")


OUTLOOK_HDRS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "ru": ("От", "Отправлено", "Кому", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Тема"),
    "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "ro": ("De la", "Trimis", "Către", "Subiect"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
    "lv": ("No", "Nosūtīts", "Kam", "Tēma"),
}


def outlook_quote(p, lang="en", sent=None, sep="underscore"):
    f, s, t, su = OUTLOOK_HDRS[lang]
    b = buyer_of(p)
    sent = sent or f"{p['issued']} 09:14"
    colon = " :" if lang == "fr" else ":"
    head = "________________________________\n" if sep == "underscore" else "-----Original Message-----\n"
    return (head + f"{f}{colon} {b[0]} <{b[1]}>\n{s}{colon} {sent}\n{t}{colon} {p['supplier']['email']}\n"
            f"{su}{colon} {req_subject(p)}\n\n" + req_text(p))


def gt(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def gmail_attr(p, lang="en"):
    b = buyer_of(p)
    x = iso(p["issued"])
    wd = WD[x.weekday()]
    if lang == "en":
        return f"On {wd}, {MO[x.month-1]} {x.day}, {x.year} at 9:14 AM {b[0]} <{b[1]}> wrote:"
    if lang == "en-gb":
        return f"On {wd}, {x.day} {MO[x.month-1]} {x.year} at 09:14, {b[0]} <{b[1]}> wrote:"
    raise KeyError(lang)


def html_wrap(inner, lang="en", dirn=None):
    d = f' dir="{dirn}"' if dirn else ""
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body{d}>\n{inner}\n</body></html>")


# ---------------------------------------------------------------- attachments
def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def make_pdf(lines, size=10):
    """Minimal one-page PDF with a real text layer (Helvetica, WinAnsi)."""
    def esc(t):
        t = ascii_fold(t).encode("latin-1", "replace").decode("latin-1")
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = [f"BT /F1 {size} Tf 14 TL 50 790 Td"]
    for ln in lines:
        content.append(f"({esc(ln)}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Producer (ERP Print Server 7.2) /CreationDate (D:20261110120000+01'00') >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def _xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_xlsx(rows, sheet="Sheet1"):
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{col(ci)}{ri}"
            if v is None:
                continue
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_xml_esc(str(v))}</t></is></c>')
        xr.append(f'<row r="{ri}">{"".join(cells)}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{_xml_esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(xr) + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 10, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


# ---------------------------------------------------------------- DSN
def dsn(report_text, reporting_mta, recipient, status, diag, orig_headers, boundary, action="failed",
        human_cs="us-ascii", arrival=None):
    human = T(report_text, cs=human_cs, cte="7bit" if human_cs == "us-ascii" else "quoted-printable")
    fields = f"Reporting-MTA: dns; {reporting_mta}\n"
    if arrival:
        fields += f"Arrival-Date: {arrival}\n"
    fields += (f"\nFinal-Recipient: rfc822; {recipient}\nOriginal-Recipient: rfc822;{recipient}\n"
               f"Action: {action}\nStatus: {status}\nDiagnostic-Code: smtp; {diag}\n")
    ds = Part([("Content-Type", "message/delivery-status")], fields.encode())
    oh = Part([("Content-Type", "text/rfc822-headers")], orig_headers.encode())
    return M("report", [human, ds, oh], boundary, extra_params="; report-type=delivery-status")


def our_headers(p, date=None, mid=None):
    b = buyer_of(p)
    x = iso(p["issued"])
    date = date or rfcdate(x.year, x.month, x.day, 9, 14)
    return (f"From: {b[0]} <{b[1]}>\nTo: {p['supplier']['email']}\nSubject: {req_subject(p)}\n"
            f"Date: {date}\nMessage-ID: {mid or rid(p)}\nMIME-Version: 1.0\n")


def txt2html(t, font="Calibri, sans-serif"):
    import html as _h
    return (f"<div style=\"font-family:{font};font-size:11pt\">" +
            "<br>\n".join(_h.escape(x) for x in t.split("\n")) + "</div>")


def alt(plain, html, seed, style="outlook", cs="utf-8", cte="quoted-printable"):
    return M("alternative", [T(plain, cs=cs, cte=cte), T(html, "html", cs=cs, cte=cte)], bnd(seed, style))
