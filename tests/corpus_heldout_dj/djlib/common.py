"""Helpers for the batch-dj held-out corpus: POs, labels and raw RFC 5322 mail."""
import base64
import datetime as dt
import hashlib
import html
import io
import quopri
import zipfile
from decimal import Decimal
from email.header import Header
from email.utils import formataddr, format_datetime

CASES = []
STATE = {"n": 0, "k": 0, "b": 0}

BUYERS = {
    "mira": ("Mira Lindqvist", "mira.lindqvist@buyer.example"),
    "dana": ("Dana Ruiz", "dana.ruiz@buyer.example"),
    "jonas": ("Jonas Berger", "jonas.berger@buyer.example"),
    "priya": ("Priya Raman", "priya.raman@buyer.example"),
}
COMPANY = "Harbor & Vale Supply Co."


def case(slug, kind, locale, desc):
    def deco(fn):
        CASES.append(dict(slug=slug, kind=kind, locale=locale, desc=desc, fn=fn))
        return fn
    return deco


def start_case(n):
    STATE["n"] = n
    STATE["k"] = 0
    STATE["b"] = 0


def _h(s):
    return hashlib.sha1(f"{STATE['n']}:{s}".encode()).hexdigest()


# ---------------------------------------------------------------- dates
def D(s):
    """'2026-11-05 09:14 +0100' -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def kw(year, week, day=5):
    return dt.date.fromisocalendar(year, week, day).isoformat()


def add_days(date_s, n):
    if isinstance(date_s, dt.datetime):
        date_s = date_s.date()
    if isinstance(date_s, str):
        date_s = dt.date.fromisoformat(date_s[:10])
    return (date_s + dt.timedelta(days=n)).isoformat()


# ---------------------------------------------------------------- POs
def S(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


class PO:
    def __init__(self, sup, cur, issued, lines, buyer="mira", num=None, msgid=True):
        STATE["k"] += 1
        self.num = num or str(4500300000 + STATE["n"] * 137 + STATE["k"] * 11)
        self.sup = sup
        self.cur = cur
        self.issued = issued
        self.buyer = BUYERS[buyer]
        self.lines = []
        for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
            self.lines.append(dict(line=i, item=item, description=desc, quantity=qty,
                                   uom=uom, unit_price=price, requested_date=date))
        self.msgid = f"<po-{self.num}.1@buyer.example>" if msgid else None

    @property
    def domain(self):
        return self.sup["email"].split("@")[1]

    def L(self, n):
        return self.lines[n - 1]

    def json(self):
        d = {"po_number": self.num, "supplier": self.sup,
             "buyer": {"name": self.buyer[0], "email": self.buyer[1]},
             "currency": self.cur, "issued": self.issued}
        if self.msgid:
            d["request_message_id"] = self.msgid
        d["lines"] = self.lines
        return d

    @property
    def subject(self):
        return f"Purchase order {self.num} - please confirm"

    @property
    def req_dt(self):
        mins = int(_h(self.num)[:4], 16) % 50
        return D(f"{self.issued} 08:{mins + 5:02d} +0100")


# ---------------------------------------------------------------- labels
def acc():
    return {"status": "accepted"}


def chg(q=None, p=None, d=None, sched=None):
    return {"status": "changed", "q": q, "p": p, "d": d, "sched": sched}


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po, *specs):
    assert len(specs) == len(po.lines), (po.num, len(specs))
    out = {}
    for ln, sp in zip(po.lines, specs):
        st = sp["status"]
        if st == "accepted":
            e = {"status": "accepted", "quantity": ln["quantity"],
                 "unit_price": ln["unit_price"], "date": ln["requested_date"]}
        elif st == "changed":
            sched = sp["sched"]
            q = sp["q"] if sp["q"] is not None else (
                sum(x for x, _ in sched) if sched else ln["quantity"])
            p = sp["p"] if sp["p"] is not None else ln["unit_price"]
            d = sp["d"] if sp["d"] is not None else (
                max(y for _, y in sched) if sched else ln["requested_date"])
            e = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
            if sched:
                e["schedule"] = [{"quantity": x, "date": y} for x, y in sched]
                assert sum(x for x, _ in sched) == q
                assert max(y for _, y in sched) == d
            same = (q == ln["quantity"] and Decimal(p) == Decimal(ln["unit_price"])
                    and d == ln["requested_date"])
            assert not same or sched, f"changed line equals PO: {po.num}/{ln['line']}"
        else:
            e = {"status": st}
        out[str(ln["line"])] = e
    return {"po_number": po.num, "lines": out}


def exp_conf(notes, *entries):
    return {"kind": "confirmation", "confirmations": list(entries), "notes": notes}


def exp(kind, notes):
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------- MIME
def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()


def ad(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=cs)


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def render(self):
        out = b"".join(f"{k}: {v}\n".encode("ascii") for k, v in self.headers)
        return out + b"\n" + self.body


def b64lines(raw):
    s = base64.b64encode(raw).decode()
    return ("\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n").encode()


def T(text, sub="plain", cs="utf-8", cte="qp", flowed=False, extra=()):
    text = text.replace("\r\n", "\n")
    raw = text.encode(cs)
    if cte == "qp":
        body, name = quopri.encodestring(raw), "quoted-printable"
        if not body.endswith(b"\n"):
            body += b"\n"
    elif cte == "b64":
        body, name = b64lines(raw.replace(b"\n", b"\r\n")), "base64"
    elif cte == "8bit":
        body, name = raw if raw.endswith(b"\n") else raw + b"\n", "8bit"
    else:
        raw.decode("ascii")
        body, name = raw if raw.endswith(b"\n") else raw + b"\n", "7bit"
    ct = f'text/{sub}; charset="{cs}"'
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", name)] + list(extra), body)


def A(data, ctype, filename, inline=False, cte="b64"):
    disp = "inline" if inline else "attachment"
    fn = hdr(filename)
    if cte == "b64":
        body, name = b64lines(data), "base64"
    else:
        body, name = quopri.encodestring(data), "quoted-printable"
    return Part([("Content-Type", f'{ctype}; name="{fn}"'),
                 ("Content-Disposition", f'{disp}; filename="{fn}"'),
                 ("Content-Transfer-Encoding", name)], body)


def M(sub, *parts, params="", preamble=True):
    STATE["b"] += 1
    b = f"----=_Part_{STATE['b']}_{_h('b' + str(STATE['b']))[:16]}"
    body = b"This is a multi-part message in MIME format.\n\n" if preamble else b""
    for p in parts:
        body += f"--{b}\n".encode() + p.render() + b"\n"
    body += f"--{b}--\n".encode()
    return Part([("Content-Type", f'multipart/{sub}; boundary="{b}"{params}')], body)


def raw_part(ctype, body_bytes, extra=()):
    return Part([("Content-Type", ctype)] + list(extra), body_bytes)


def mid(domain, style="plain"):
    h = _h("mid" + domain + style)
    if style == "outlook":
        return f"<{h[:4].upper()}PR0{h[5]}MB{int(h[6:10], 16)}{h[10:30].upper()}@AM{h[30:32].upper()}PR0{h[33]}MB.eurprd0{int(h[34], 16) % 9 + 1}.prod.outlook.com>"
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h + h[:8]))[:34].decode().replace("/", "_")
        return f"<CA+{b}@mail.gmail.com>"
    return f"<{h[:12]}.{h[12:20]}@{domain}>"


def mail(headers, root):
    hs = list(headers)
    names = [k.lower() for k, _ in hs]
    if "mime-version" not in names:
        hs.append(("MIME-Version", "1.0"))
    out = b"".join(f"{k}: {v}\n".encode("ascii") for k, v in hs)
    out += b"".join(f"{k}: {v}\n".encode("ascii") for k, v in root.headers)
    out += b"\n" + root.body
    out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def reply(po, frm, date, root, subj=None, prefix="RE:", thread=True, to=None,
          extra=(), cs="utf-8", style="plain", refs=None, frm_email=None):
    """Headers of a supplier reply. frm = display name."""
    email = frm_email or po.sup["email"]
    domain = email.split("@")[1]
    subject = subj if subj is not None else f"{prefix} {po.subject}"
    h = [("From", ad(frm, email, cs)),
         ("To", to or ad(po.buyer[0], po.buyer[1])),
         ("Subject", hdr(subject, cs)),
         ("Date", format_datetime(D(date))),
         ("Message-ID", mid(domain, style))]
    if thread and po.msgid:
        h.append(("In-Reply-To", po.msgid))
        h.append(("References", refs or po.msgid))
    h += list(extra)
    return mail(h, root)


# ---------------------------------------------------------------- our request
def fmt_table(po, sep="  "):
    rows = [["Line", "Item", "Description", "Qty", "UoM", f"Unit price ({po.cur})", "Requested date"]]
    for l in po.lines:
        rows.append([str(l["line"]), l["item"], l["description"], str(l["quantity"]),
                     l["uom"], l["unit_price"], l["requested_date"]])
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    return "\n".join(sep.join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def req_text(po):
    return (f"Hello,\n\nplease confirm our purchase order {po.num} dated {po.issued} "
            f"(quantity, unit price and delivery date for each line) by replying to this e-mail.\n\n"
            f"{fmt_table(po)}\n\n"
            f"Delivery address: {COMPANY}, Dock 4, Industrieweg 12, 3044 AS Rotterdam, NL\n"
            f"Please quote our PO number on all documents.\n\n"
            f"Kind regards\n{po.buyer[0]}\nPurchasing | {COMPANY}\n")


def req_html_table(po):
    th = "".join(f"<th>{x}</th>" for x in ["Line", "Item", "Description", "Qty", "UoM", f"Unit price ({po.cur})", "Requested date"])
    trs = "".join("<tr>" + "".join(f"<td>{html.escape(str(l[k]))}</td>" for k in
                                   ["line", "item", "description", "quantity", "uom", "unit_price", "requested_date"]) + "</tr>\n"
                  for l in po.lines)
    return f'<table border="1" cellpadding="3" cellspacing="0">\n<tr>{th}</tr>\n{trs}</table>'


def req_html(po):
    return (f"<p>Hello,</p><p>please confirm our purchase order {po.num} dated {po.issued} "
            f"(quantity, unit price and delivery date for each line) by replying to this e-mail.</p>\n"
            f"{req_html_table(po)}\n<p>Delivery address: {html.escape(COMPANY)}, Dock 4, Industrieweg 12, "
            f"3044 AS Rotterdam, NL<br>Please quote our PO number on all documents.</p>\n"
            f"<p>Kind regards<br>{po.buyer[0]}<br>Purchasing | {html.escape(COMPANY)}</p>")


def req_mail(po):
    root = T(req_text(po), cs="utf-8", cte="7bit")
    h = [("From", ad(po.buyer[0], po.buyer[1])), ("To", po.sup["email"]),
         ("Subject", po.subject), ("Date", format_datetime(po.req_dt)),
         ("Message-ID", po.msgid or mid("buyer.example"))]
    return mail(h, root)


OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "ru": ("От", "Отправлено", "Кому", "Тема"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
    "ro": ("De la", "Trimis", "Către", "Subiect"),
}


def q_outlook(po, lang="en", sent=None, sep="_" * 32):
    f, s, t, sub = OUTLOOK[lang]
    sent = sent or po.req_dt.strftime("%A, %B %-d, %Y %-I:%M %p")
    return (f"\n{sep}\n{f}: {po.buyer[0]} <{po.buyer[1]}>\n{s}: {sent}\n{t}: {po.sup['email']}\n"
            f"{sub}: {po.subject}\n\n{req_text(po)}")


def q_gt(po, intro=None):
    intro = intro or (po.req_dt.strftime("On %a, %b %-d, %Y at %-I:%M %p ") + f"{po.buyer[0]} <{po.buyer[1]}> wrote:")
    body = "\n".join(("> " + l).rstrip() for l in req_text(po).split("\n"))
    return f"\n{intro}\n{body}\n"


def q_html(po, intro=None):
    intro = intro or (po.req_dt.strftime("On %a, %b %-d, %Y at %-I:%M %p ") + f"{html.escape(po.buyer[0])} &lt;{po.buyer[1]}&gt; wrote:")
    return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{intro}<br></div>\n'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
            f"{req_html(po)}\n</blockquote></div>")


def q_outlook_html(po, lang="en", sent=None):
    f, s, t, sub = OUTLOOK[lang]
    sent = sent or po.req_dt.strftime("%A, %B %-d, %Y %-I:%M %p")
    return (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f"<p><b>{f}:</b> {html.escape(po.buyer[0])} &lt;{po.buyer[1]}&gt;<br><b>{s}:</b> {sent}<br>"
            f"<b>{t}:</b> {po.sup['email']}<br><b>{sub}:</b> {po.subject}</p></div>\n{req_html(po)}")


def t2h(text):
    return "<br>\n".join(html.escape(l) for l in text.strip("\n").split("\n"))


def hdoc(inner, cs="utf-8"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head>\n'
            f'<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n{inner}\n</body></html>\n')


def htable(rows, header=True):
    out = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{html.escape(str(c))}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


# ---------------------------------------------------------------- attachments
def pdf(lines, font="Courier", size=9):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = f"BT /F1 {size} Tf {size + 3} TL 40 800 Td\n"
    content += "".join(f"({esc(s)}) Tj T*\n" for s in lines) + "ET\n"
    cbytes = content.encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(cbytes)).encode() + b" >>\nstream\n" + cbytes + b"endstream",
        f"<< /Type /Font /Subtype /Type1 /BaseFont /{font} /Encoding /WinAnsiEncoding >>".encode(),
        b"<< /Producer (ERP Print Service 7.2) /Creator (Report Writer) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def xlsx(rows, sheet="Sheet1"):
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, r in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(r):
            ref = f"{col(ci)}{ri}"
            if v is None or v == "":
                continue
            if isinstance(v, tuple) and v[0] == "date":
                serial = (dt.date.fromisoformat(v[1]) - dt.date(1899, 12, 30)).days
                cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
            elif isinstance(v, (int, float, Decimal)):
                cells.append(f'<c r="{ref}" s="2"><v>{v}</v></c>' if isinstance(v, (float, Decimal)) else f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{html.escape(str(v))}</t></is></c>')
        xr.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                 + "".join(xr) + "</sheetData></worksheet>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 5, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- bounces
def dsn(po, date, mta_from, subject, human_text, reporting_mta, status, diag, rcpt=None,
        returned="full", arrival=None, extra=(), human_cs="us-ascii", human_cte="7bit"):
    rcpt = rcpt or po.sup["email"]
    ds = (f"Reporting-MTA: dns; {reporting_mta}\n"
          f"X-Postfix-Queue-ID: {_h('q')[:10].upper()}\n" if "postfix" in mta_from.lower() else f"Reporting-MTA: dns; {reporting_mta}\n")
    if arrival:
        ds += f"Arrival-Date: {arrival}\n"
    ds += (f"\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: failed\n"
           f"Status: {status}\nDiagnostic-Code: smtp; {diag}\n")
    orig = req_mail(po)
    if returned == "full":
        op = raw_part("message/rfc822", orig.replace(b"\r\n", b"\n"))
    else:
        hdrs = orig.split(b"\r\n\r\n", 1)[0].replace(b"\r\n", b"\n") + b"\n"
        op = raw_part("text/rfc822-headers", hdrs)
    root = M("report", T(human_text, cs=human_cs, cte=human_cte, extra=[("Content-Description", "Notification")]),
             raw_part("message/delivery-status", ds.encode(), [("Content-Description", "Delivery report")]),
             op, params="; report-type=delivery-status", preamble=True)
    h = [("From", mta_from), ("To", ad(po.buyer[0], po.buyer[1])), ("Subject", hdr(subject)),
         ("Date", format_datetime(D(date))), ("Message-ID", mid(reporting_mta)),
         ("Auto-Submitted", "auto-replied")] + list(extra)
    return mail(h, root)


def after(po, minutes=1, tz_hours=1):
    """A date string a few minutes after our request was sent (for bounces)."""
    t = po.req_dt + dt.timedelta(minutes=minutes)
    t = t.astimezone(dt.timezone(dt.timedelta(hours=tz_hours)))
    return t.strftime("%Y-%m-%d %H:%M %z")


def format_datetime_safe(s):
    return format_datetime(D(s))
