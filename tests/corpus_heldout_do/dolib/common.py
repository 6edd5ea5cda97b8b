"""Helpers to build held-out supplier-reply cases (standard library only)."""
import base64
import datetime as dt
import io
import quopri
import zipfile
from email.header import Header
from email.utils import formataddr

OURS = "kestrelworks.example"
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@kestrelworks.example"),
    "tomasz": ("Tomasz Weber", "tomasz.weber@kestrelworks.example"),
    "priya": ("Priya Nair", "priya.nair@kestrelworks.example"),
    "lena": ("Lena Holt", "lena.holt@kestrelworks.example"),
}
REG = []


def case(slug, kl, desc):
    def deco(fn):
        REG.append((slug, kl, desc, fn))
        return fn
    return deco


# ---------------------------------------------------------------- POs
def S(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(item, desc, qty, uom, price, date):
    return {"item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def PO(num, sup, lines, cur, issued, buyer="dana", rid=True):
    b = BUYERS[buyer]
    d = {"po_number": num, "supplier": sup, "buyer": {"name": b[0], "email": b[1]},
         "currency": cur, "issued": issued}
    if rid:
        d["request_message_id"] = rid if isinstance(rid, str) else f"<poack.{num}.{issued.replace('-', '')}@mail.{OURS}>"
    d["lines"] = [dict(line=i + 1, **ln) for i, ln in enumerate(lines)]
    return d


# ---------------------------------------------------------------- expected
A, R, U = "A", "R", "U"


class C:
    def __init__(self, q=None, p=None, d=None, s=None):
        self.q, self.p, self.d, self.s = q, p, d, s


def CONF(pos, answers, notes):
    byn = {p["po_number"]: p for p in pos}
    confs = []
    for num, labs in answers.items():
        po = byn[num]
        out = {}
        for ln in po["lines"]:
            lab = labs.get(ln["line"], U)
            if lab == A:
                out[str(ln["line"])] = {"status": "accepted", "quantity": ln["quantity"],
                                        "unit_price": ln["unit_price"], "date": ln["requested_date"]}
            elif lab == R:
                out[str(ln["line"])] = {"status": "rejected"}
            elif lab == U:
                out[str(ln["line"])] = {"status": "unconfirmed"}
            else:
                e = {"status": "changed"}
                if lab.s:
                    sch = [{"quantity": q, "date": d} for q, d in lab.s]
                    q = lab.q if lab.q is not None else sum(x["quantity"] for x in sch)
                    d = lab.d or max(x["date"] for x in sch)
                else:
                    sch = None
                    q = lab.q if lab.q is not None else ln["quantity"]
                    d = lab.d or ln["requested_date"]
                e["quantity"] = q
                e["unit_price"] = lab.p or ln["unit_price"]
                e["date"] = d
                if sch:
                    e["schedule"] = sch
                out[str(ln["line"])] = e
        confs.append({"po_number": num, "lines": out})
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


def OTHER(kind, notes):
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------- dates
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def DH(s, tz="+0100"):
    """'2026-11-10 14:22' -> RFC 5322 date string."""
    t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return f"{WD_EN[t.weekday()]}, {t.day:02d} {MO_EN[t.month - 1]} {t.year} {t:%H:%M}:{(t.minute * 7) % 60:02d} {tz}"


def long_en(iso, hm="09:05"):
    t = dt.date.fromisoformat(iso)
    full_wd = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][t.weekday()]
    full_mo = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"][t.month - 1]
    h, m = map(int, hm.split(":"))
    ap = "AM" if h < 12 else "PM"
    return f"{full_wd}, {full_mo} {t.day}, {t.year} {(h - 1) % 12 + 1}:{m:02d} {ap}"


# ---------------------------------------------------------------- our request (quoted by suppliers)
def req_subject(po):
    return f"Purchase order {po['po_number']} - confirmation requested"


def req_table(po):
    rows = [("Ln", "Item", "Description", "Qty", "UoM", "Unit price", "Need-by")]
    for ln in po["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     f"{ln['unit_price']} {po['currency']}", ln["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    return "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def req_text(po):
    b = po["buyer"]
    return (f"Hello {po['supplier']['name']} team,\n\n"
            f"Please confirm our purchase order {po['po_number']} dated {po['issued']}:\n"
            f"quantity, unit price and delivery date for each line.\n\n"
            f"{req_table(po)}\n\n"
            f"Delivery to: Kestrel Works B.V., Dock 4, Waalhaven Z.z. 21, 3089 JH Rotterdam, NL\n"
            f"Please quote our PO number on all documents.\n\n"
            f"Kind regards,\n{b['name']}\nPurchasing | Kestrel Works B.V.\n+31 10 555 0142\n")


def req_html_table(po):
    th = "".join(f"<th style=\"border:1px solid #999;padding:2px 6px\">{h}</th>" for h in
                 ("Ln", "Item", "Description", "Qty", "UoM", "Unit price", "Need-by"))
    trs = ""
    for ln in po["lines"]:
        cells = (ln["line"], ln["item"], ln["description"], ln["quantity"], ln["uom"],
                 f"{ln['unit_price']} {po['currency']}", ln["requested_date"])
        trs += "<tr>" + "".join(f"<td style=\"border:1px solid #999;padding:2px 6px\">{c}</td>" for c in cells) + "</tr>\n"
    return f"<table style=\"border-collapse:collapse\">\n<tr>{th}</tr>\n{trs}</table>"


def req_html(po):
    b = po["buyer"]
    return (f"<p>Hello {po['supplier']['name']} team,</p>\n<p>Please confirm our purchase order <b>{po['po_number']}</b> "
            f"dated {po['issued']}: quantity, unit price and delivery date for each line.</p>\n{req_html_table(po)}\n"
            f"<p>Delivery to: Kestrel Works B.V., Dock 4, Waalhaven Z.z. 21, 3089 JH Rotterdam, NL</p>\n"
            f"<p>Kind regards,<br>{b['name']}<br>Purchasing | Kestrel Works B.V.</p>")


OLH = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "ru": ("От", "Отправлено", "Кому", "Тема"),
}


def q_outlook(po, lang="en", sent=None, sep="________________________________"):
    h = OLH[lang]
    b = po["buyer"]
    sent = sent or long_en(po["issued"])
    return (f"{sep}\n{h[0]}: {b['name']} <{b['email']}>\n{h[1]}: {sent}\n"
            f"{h[2]}: {po['supplier']['email']}\n{h[3]}: {req_subject(po)}\n\n{req_text(po)}")


def q_gt(po, intro):
    return intro + "\n" + "\n".join(("> " + x).rstrip() for x in req_text(po).split("\n")) + "\n"


def q_html(po, intro, style="gmail"):
    if style == "gmail":
        return (f"<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{intro}<br></div>"
                f"<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
                f"{req_html(po)}</blockquote></div>")
    return (f"<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
            f"<p class=\"MsoNormal\">{intro}</p></div>\n{req_html(po)}")


# ---------------------------------------------------------------- MIME building
_bcount = [0]


class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def bytes(self):
        h = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii")
        return h + b"\n" + self.body


def _cte(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return raw


def T(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None, flowed=False, extra=()):
    raw = text.encode(codec or charset)
    ct = f"text/{subtype}; charset=\"{charset}\"" if subtype == "html" or not flowed else \
        f"text/{subtype}; charset={charset}; format=flowed"
    if cte in ("7bit",):
        assert raw.isascii()
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), _cte(raw, cte))


def H(html, charset="utf-8", cte="quoted-printable", codec=None, full=True):
    if full and "<html" not in html:
        html = (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\"></head>"
                f"<body>\n{html}\n</body></html>\n")
    return T(html, "html", charset, cte, codec)


def ATT(data, ctype, filename, inline=False):
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", f"{ctype}; name=\"{filename}\""), ("Content-Transfer-Encoding", "base64"),
                 ("Content-Disposition", f"{disp}; filename=\"{filename}\"")], base64.encodebytes(data))


def RAW(ctype, body_bytes, extra=()):
    return Part([("Content-Type", ctype)] + list(extra), body_bytes)


def M(subtype, *parts, boundary=None, params="", preamble=True):
    _bcount[0] += 1
    b = boundary or f"=_b{_bcount[0]:03d}_{sum(map(ord, subtype)) * 97 % 99991:05d}_NextPart"
    body = b"This is a multi-part message in MIME format.\n\n" if preamble else b""
    for p in parts:
        body += f"--{b}\n".encode() + p.bytes() + b"\n"
    body += f"--{b}--\n".encode()
    return Part([("Content-Type", f"multipart/{subtype}; boundary=\"{b}\"{params}")], body)


def hdr(s, charset="utf-8"):
    if s.isascii():
        return s
    return Header(s, charset).encode()


def AD(name, email, charset="utf-8"):
    if not name:
        return email
    if name.isascii():
        return formataddr((name, email))
    return formataddr((name, email), charset=charset)


def MAIL(frm, to, subject, date, body, msgid, irt=None, refs=None, cc=None, extra=(), subj_charset="utf-8",
         pre=()):
    hs = list(pre)
    hs += [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", hdr(subject, subj_charset)), ("Date", date), ("Message-ID", msgid)]
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", refs))
    hs += list(extra)
    hs.append(("MIME-Version", "1.0"))
    top = Part(hs + body.headers, body.body)
    raw = top.bytes()
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def reply_hdrs(po):
    """In-Reply-To / References for a reply to our request."""
    return po["request_message_id"], po["request_message_id"]


def buyer_to(po):
    b = po["buyer"]
    return AD(b["name"], b["email"])


# ---------------------------------------------------------------- attachments
def _pdfesc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def PDF(lines, title="Order confirmation", producer="ERP report writer"):
    content = "BT\n/F1 10 Tf\n12 TL\n40 800 Td\n"
    for ln in lines:
        if ln.startswith("#"):
            content += f"/F2 13 Tf\n({_pdfesc(ln[1:])}) Tj T*\n/F1 10 Tf\n"
        else:
            content += f"({_pdfesc(ln)}) Tj T*\n"
    content += "ET\n"
    cb = content.encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(cb)).encode() + b" >>\nstream\n" + cb + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + _pdfesc(title).encode("cp1252") + b") /Producer (" + producer.encode() + b") /CreationDate (D:20261110083000+01'00') >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += f"{i + 1} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def _xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def XLSX(rows, sheet="Sheet1"):
    """rows: lists of str | int | float | datetime.date (dates stored as serials with a date style)."""
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
            if v is None or v == "":
                continue
            if isinstance(v, dt.date):
                cells.append(f'<c r="{ref}" s="1"><v>{(v - dt.date(1899, 12, 30)).days}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_xesc(v)}</t></is></c>')
        xr.append(f'<row r="{ri}">{"".join(cells)}</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                 + "".join(xr) + "</sheetData></worksheet>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{_xesc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            # a fixed time stamp: the same bytes on every run
            z.writestr(zipfile.ZipInfo(n, date_time=(2026, 11, 20, 9, 0, 0)), c, zipfile.ZIP_DEFLATED)
    return bio.getvalue()


XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
