#!/usr/bin/env python3
"""Batch S of the supplier-reply corpus.

Writes every case into cases/NNN-slug/ (message.eml, pos.json, expected.json).
Standard library only, fully deterministic (fixed boundaries, Message-IDs,
zip timestamps).  Run:  python3 make_batch.py

Themes: agricultural inputs, corrugated packaging and pallets, plastics resin,
solar, tyres, paper, wood, pharma excipients, cables, tools, hotel supplies,
toys, optics, railway parts, mining consumables, dairy/meat, fresh produce,
musical instruments and promotional merchandise.
"""
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import re
import shutil
import zipfile
from email import encoders
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases"

# --------------------------------------------------------------------------
# small date helpers
# --------------------------------------------------------------------------
D = dt.date


def T(y, mo, d, h, mi, tzh=1, tzm=0, s=0):
    """aware datetime in a fixed UTC offset (tzh hours, tzm minutes)."""
    sign = -1 if tzh < 0 else 1
    off = dt.timedelta(hours=tzh, minutes=sign * tzm)
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(off))


def kw(year, week, day=5):
    """ISO week -> date (default Friday, as FORMAT.md reads a bare week)."""
    return dt.date.fromisocalendar(year, week, day)


def iso(d):
    return d.isoformat()


def check_wd(d, wd):
    """assert that date d is weekday wd (0=Monday) - guards hand-written text."""
    assert d.weekday() == wd, (d, d.weekday(), wd)
    return d


# localized weekday / month names used in quote headers and texts
WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "cs": ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "nb": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "fi": ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"],
    "hu": ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
    "ro": ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"],
    "hr": ["ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"],
    "sr": ["ponedeljak", "utorak", "sreda", "četvrtak", "petak", "subota", "nedelja"],
    "sl": ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"],
    "sk": ["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"],
    "el": ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
    "bg": ["понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"],
    "uk": ["понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"],
    "zh": ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"],
    "ko": ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"],
}
MON = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "pl_gen": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
               "września", "października", "listopada", "grudnia"],
    "cs_gen": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
               "září", "října", "listopadu", "prosince"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
           "september", "oktober", "november", "december"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
           "september", "oktober", "november", "desember"],
    "fi_ta": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
              "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus",
           "szeptember", "október", "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
           "Ekim", "Kasım", "Aralık"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
           "septembrie", "octombrie", "noiembrie", "decembrie"],
    "hr_gen": ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja",
               "kolovoza", "rujna", "listopada", "studenoga", "prosinca"],
    "el_gen": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου",
               "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "bg": ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември",
           "октомври", "ноември", "декември"],
    "uk_gen": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
               "вересня", "жовтня", "листопада", "грудня"],
    "sk_gen": ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta",
               "septembra", "októbra", "novembra", "decembra"],
    "sl": ["januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust",
           "september", "oktober", "november", "december"],
}


def hm(t):
    return t.strftime("%H:%M")


# --------------------------------------------------------------------------
# deterministic identifiers
# --------------------------------------------------------------------------
def hx(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def uuid_like(seed, upper=False):
    h = hashlib.sha256(seed.encode()).hexdigest()
    u = f"{h[0:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    return u.upper() if upper else u


def msgid(style, seed, domain="mail.example"):
    h = hashlib.sha256(seed.encode()).hexdigest().upper()
    if style == "outlook":
        srv = "AM" + str(int(h[0:2], 16) % 9) + "PR0" + str(int(h[2:3], 16) % 9) + "MB" + str(1000 + int(h[3:6], 16) % 9000)
        reg = ["eurprd04", "eurprd05", "eurprd06", "eurprd07", "eurprd08"][int(h[6], 16) % 5]
        return f"<{srv}{h[8:28]}@{srv}.{reg}.prod.outlook.com>"
    if style == "outlook_onprem":
        return f"<{h[0:8].lower()}{h[8:16].lower()}{h[16:24].lower()}@{domain}>"
    if style == "gmail":
        b = hashlib.sha256(seed.encode()).digest()
        import base64
        s = base64.b64encode(b + b[:12]).decode().replace("/", "_").replace("+", "-").rstrip("=")
        return f"<CA{s[:44]}@mail.gmail.com>"
    if style == "apple":
        return f"<{uuid_like(seed, upper=True)}@{domain}>"
    if style == "thunderbird":
        return f"<{uuid_like(seed)}@{domain}>"
    if style == "lotus":
        return f"<OF{h[0:8]}.{h[8:16]}-ONC{h[16:23]}.{h[23:29]}-C{h[29:36]}.{h[36:44]}@{domain}>"
    if style == "foxmail":
        return f"<tencent_{h[0:32]}@qq.com>" if domain == "qq.com" else f"<{dt_stamp(seed)}{h[0:10].lower()}@{domain}>"
    if style == "erp":
        return f"<{h[0:12].lower()}.{int(h[12:18], 16)}.JavaMail.sapcpi@{domain}>"
    return f"<{h[0:24].lower()}@{domain}>"


def dt_stamp(seed):
    return "2026" + str(int(hx(seed, 6), 16))[:10]


def boundary(style, seed):
    h = hashlib.sha256(("b" + seed).encode()).hexdigest()
    if style == "outlook":
        return f"_000_{h[:16].upper()}{h[16:28].upper()}_"
    if style == "gmail":
        return "000000000000" + h[:16]
    if style == "apple":
        return f"Apple-Mail={uuid_like(seed + 'b', upper=True)}"
    if style == "thunderbird":
        return "------------" + h[:24].upper()
    if style == "lotus":
        return f"=_alternative 00{h[:6].upper()}C1258D{h[6:8].upper()}_="
    return f"----=_Part_{int(h[:5], 16)}_{int(h[5:14], 16)}.{1700000000000 + int(h[14:22], 16) % 99999999999}"


# --------------------------------------------------------------------------
# PO model and expected-answer helpers
# --------------------------------------------------------------------------
def supplier(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def buyer(name, email):
    return {"name": name, "email": email}


def line(n, item, desc, qty, uom, price, date):
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": iso(date) if isinstance(date, dt.date) else date}


def po(number, sup, buy, currency, issued, lines, req_id=True):
    d = {"po_number": number, "supplier": sup, "buyer": buy, "currency": currency,
         "issued": iso(issued)}
    if req_id:
        d["request_message_id"] = req_id if isinstance(req_id, str) else \
            f"<po-{re.sub(r'[^0-9A-Za-z]', '', number)}.{hx(number, 6)}@{buy['email'].split('@')[1]}>"
    d["lines"] = lines
    return d


def A(ln):
    """accepted line (values equal the PO's)."""
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def C(qty, price, date, schedule=None):
    d = {"status": "changed", "quantity": qty, "unit_price": price,
         "date": iso(date) if isinstance(date, dt.date) else date}
    if schedule:
        d["schedule"] = [{"quantity": q, "date": iso(x) if isinstance(x, dt.date) else x}
                         for q, x in schedule]
    return d


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(*entries, notes=""):
    return {"kind": "confirmation",
            "confirmations": [{"po_number": p, "lines": {str(k): v for k, v in ls.items()}}
                              for p, ls in entries],
            "notes": notes}


def other(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


# --------------------------------------------------------------------------
# attachments: minimal PDF, XLSX, CSV
# --------------------------------------------------------------------------
def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def make_pdf(items, title="Document", author="", page=(595, 842)):
    """items: list of (font, size, x, y, text); font 'R' Helvetica, 'B' Helvetica-Bold.
    Also accepts ('line', x1, y1, x2, y2).  Uncompressed stream, WinAnsiEncoding."""
    ops = []
    for it in items:
        if it[0] == "line":
            _, x1, y1, x2, y2 = it
            ops.append(f"0.5 w {x1} {y1} m {x2} {y2} l S".encode())
            continue
        font, size, x, y, text = it
        f = "/F1" if font == "R" else "/F2"
        ops.append(b"BT " + f.encode() + f" {size} Tf {x} {y} Td ".encode() + _pdf_str(text) + b" Tj ET")
    stream = b"\n".join(ops) + b"\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {page[0]} {page[1]}] "
        f"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>".encode(),
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) +
        b" /Producer (Batch-S PDF writer) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def pdf_doc(lines, title, author="", left=50, top=790, lh=14):
    """simple text page: lines is a list of str or (font, size, text) or None (blank)."""
    items = []
    y = top
    for ln in lines:
        if ln is None:
            y -= lh // 2
            continue
        if ln == "---":
            items.append(("line", left, y + 4, 545, y + 4))
            y -= lh // 2
            continue
        if isinstance(ln, tuple):
            font, size, text = ln
        else:
            font, size, text = "R", 9, ln
        items.append((font, size, left, y, text))
        y -= max(lh, size + 4)
    return make_pdf(items, title=title, author=author)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1", date_fmt="dd.mm.yyyy", bold_first=True):
    """rows: list of lists of str / int / float / datetime.date / None."""
    strings, sidx = [], {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(strings)
            strings.append(s)
        return sidx[s]

    xml_rows = []
    maxc = 0
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            if v is None:
                continue
            ref = f"{_col(c)}{r}"
            st = ' s="2"' if (bold_first and r == 1) else ""
            if isinstance(v, dt.date):
                serial = (v - dt.date(1899, 12, 30)).days
                cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"{st}><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="s"{st}><v>{si(str(v))}</v></c>')
            maxc = max(maxc, c + 1)
        xml_rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    dim = f"A1:{_col(maxc - 1)}{len(rows)}"
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                 f'<dimension ref="{dim}"/><sheetData>' + "".join(xml_rows) + "</sheetData></worksheet>")
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" '
           f'uniqueCount="{len(strings)}">' +
           "".join(f'<si><t xml:space="preserve">{htmlmod.escape(s, quote=False)}</t></si>' for s in strings) +
           "</sst>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              f'<numFmts count="1"><numFmt numFmtId="164" formatCode="{date_fmt}"/></numFmts>'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>')
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                f'<sheets><sheet name="{htmlmod.escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
               '</Relationships>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
              '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
              '</Types>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in [("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                           ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", wb_rels),
                           ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst),
                           ("xl/worksheets/sheet1.xml", sheet_xml)]:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# --------------------------------------------------------------------------
# mail composition
# --------------------------------------------------------------------------


def cs(name, body="qp", header="q"):
    c = Charset(name)
    if c.output_charset and c.output_codec and c.output_codec != c.output_charset:
        try:
            import codecs
            codecs.lookup(c.output_charset)
            c.output_codec = c.output_charset
        except LookupError:
            pass
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None, "7bit": None}[body]
    c.header_encoding = {"q": QP, "b": BASE64}[header]
    return c


def hdr(value, charset="utf-8", enc="q"):
    """encode a header value the way clients do (only when not ASCII)."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs(charset, header=enc))


def addr(name, email, charset="utf-8", enc="q"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=cs(charset, header=enc))


def text_part(text, subtype="plain", charset="utf-8", cte="qp", flowed=False, delsp=False):
    part = MIMEText(text, subtype, cs(charset, body=cte))
    if flowed:
        part.set_param("format", "flowed")
        if delsp:
            part.set_param("delsp", "yes")
    return part


def attachment(filename, mimetype, data, charset=None):
    """base64 attachment as mail clients send them (RFC 2231 names when not ASCII)."""
    main, sub = mimetype.split("/")
    part = MIMEBase(main, sub)
    if charset:
        part.set_param("charset", charset)
    part.set_payload(data)
    encoders.encode_base64(part)
    try:
        filename.encode("ascii")
        part.set_param("name", filename)
        part.add_header("Content-Disposition", "attachment", filename=filename)
    except UnicodeEncodeError:
        part.set_param("name", ("utf-8", "", filename))
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    return part


def esc(s):
    return htmlmod.escape(s, quote=False)


def text_to_html_block(text):
    return "<br>\n".join(esc(l) if l.strip() else "" for l in text.split("\n"))


def flow(text, width=76):
    """RFC 3676 format=flowed soft line breaks (trailing space) for unquoted lines."""
    out = []
    for l in text.split("\n"):
        if l.startswith(">") or len(l) <= width or l == "-- ":
            out.append(l)
            continue
        words = l.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def gt(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.split("\n"))


class Mail:
    """Collects the pieces of one inbound mail and renders RFC 5322 bytes."""

    def __init__(self, seed, client, frm, to, date, subject, cc=None, charset="utf-8",
                 cte="qp", hcharset=None, henc="q", lang="en"):
        self.seed, self.client, self.frm, self.to = seed, client, frm, to
        self.cc, self.date, self.subject = cc, date, subject
        self.charset, self.cte, self.lang = charset, cte, lang
        self.hcharset = hcharset or charset
        self.henc = henc
        self.in_reply_to = None
        self.references = []
        self.attachments = []
        self.extra = []
        self.msgid = None
        self.text = None
        self.html = None
        self.flowed = False
        self.root_override = None
        self.return_path = None
        self.relay = None
        self.local = False
        self.rcpt = None
        self.domain = frm[1].split("@")[1]

    def reply_to(self, mid, refs=None):
        self.in_reply_to = mid
        self.references = (refs or []) + [mid]
        return self

    def attach(self, filename, mimetype, data, charset=None):
        self.attachments.append(attachment(filename, mimetype, data, charset))
        return self

    def custom(self, root):
        """use a prebuilt MIME tree (reports, forwards) instead of text/html."""
        self.root_override = root
        return self

    def header(self, name, value):
        self.extra.append((name, value))
        return self

    # ---- body builders ------------------------------------------------------
    def body(self, text, html=None, flowed=False):
        self.text, self.html, self.flowed = text, html, flowed
        return self

    def html_only(self, html):
        self.text, self.html = None, html
        return self

    # ---- rendering ---------------------------------------------------------
    def _body_part(self):
        parts = []
        if self.text is not None:
            parts.append(text_part(flow(self.text) if self.flowed else self.text, "plain", self.charset,
                                   self.cte, flowed=self.flowed))
        if self.html is not None:
            parts.append(text_part(self.html, "html", self.charset, self.cte))
        if len(parts) == 1:
            return parts[0]
        alt = MIMEMultipart("alternative", _subparts=parts)
        alt.set_boundary(boundary(self.client, self.seed + "alt"))
        return alt

    def render(self):
        body = self.root_override if self.root_override is not None else self._body_part()
        if self.attachments:
            root = MIMEMultipart("mixed", _subparts=[body] + self.attachments)
            root.set_boundary(boundary(self.client, self.seed + "mix"))
        else:
            root = body
        for sub in root.walk():
            if sub is not root:
                del sub["MIME-Version"]
        # collect content headers, then rebuild the header list in client order
        content = [(k, v) for k, v in root._headers if k.lower() in
                   ("content-type", "content-transfer-encoding", "mime-version")]
        root._headers = []
        if self.msgid is None:
            style = {"outlook": "outlook", "gmail": "gmail", "apple": "apple",
                     "thunderbird": "thunderbird", "lotus": "lotus", "foxmail": "foxmail"}.get(self.client, "generic")
            self.msgid = msgid(style, self.seed, self.domain)
        fdom = self.domain
        env = self.rcpt or self.to[0][1]
        tdom = env.split("@")[1]
        h = []
        h.append(("Return-Path", self.return_path if self.return_path is not None else f"<{self.frm[1]}>"))
        rcv = self.date.astimezone(dt.timezone.utc) + dt.timedelta(seconds=3 + int(hx(self.seed, 2), 16) % 40)
        h.append(("Received", f"from mx.{tdom} (mx.{tdom} [10.20.0.{int(hx(self.seed, 2), 16) % 200 + 10}])\n"
                              f"\tby imap.{tdom} with LMTP\n\tid {hx(self.seed + 'lm', 22)}\n"
                              f"\tfor <{env}>; {format_datetime(rcv)}"))
        ip = f"{int(hx(self.seed + 'ip', 2), 16) % 180 + 20}.{int(hx(self.seed + 'ip2', 2), 16)}.{int(hx(self.seed + 'ip3', 2), 16)}.{int(hx(self.seed + 'ip4', 2), 16) % 250 + 2}"
        if not self.local:
            h.append(("Received", f"from {self._relay()} ({self._relay()} [{ip}])\n"
                                  f"\tby mx.{tdom} (Postfix) with ESMTPS id {hx(self.seed + 'q', 10).upper()}\n"
                                  f"\tfor <{env}>; {format_datetime(rcv - dt.timedelta(seconds=2))}"))
        h.append(("From", addr(self.frm[0], self.frm[1], self.hcharset, self.henc)))
        if self.to:
            h.append(("To", ", ".join(addr(n, e, self.hcharset, self.henc) for n, e in self.to)))
        if self.cc:
            h.append(("CC" if self.client == "outlook" else "Cc",
                      ", ".join(addr(n, e, self.hcharset, self.henc) for n, e in self.cc)))
        h.append(("Subject", hdr(self.subject, self.hcharset, self.henc)))
        if self.client == "outlook":
            topic = re.sub(r"^(\s*(RE|AW|SV|VS|R|RES|Odp|ODP|Odg|YNT|Vá|ΑΠ|TR|WG|FW|Fwd|Antw|Re|回复|答复)\s*[:：]\s*)+", "", self.subject)
            h.append(("Thread-Topic", hdr(topic, self.hcharset, self.henc)))
            h.append(("Thread-Index", "A" + hx(self.seed + "ti", 10).upper() + "QdGv" + hx(self.seed + "t2", 20)))
        h.append(("Date", format_datetime(self.date)))
        h.append(("Message-ID", self.msgid))
        if self.references:
            h.append(("References", " ".join(self.references)))
        if self.in_reply_to:
            h.append(("In-Reply-To", self.in_reply_to))
        if self.client == "outlook":
            h.append(("Accept-Language", f"{self.lang}, en-US"))
            h.append(("Content-Language", self.lang))
            h.append(("X-MS-Has-Attach", "yes" if self.attachments else ""))
            h.append(("X-MS-TNEF-Correlator", ""))
        elif self.client == "apple":
            h.append(("X-Mailer", "iPhone Mail (22D82)" if "iphone" in self.seed else "Apple Mail (2.3826.400.131.1.6)"))
        elif self.client == "thunderbird":
            h.append(("User-Agent", "Mozilla Thunderbird"))
            h.append(("Content-Language", self.lang))
        elif self.client == "lotus":
            h.append(("X-Mailer", "HCL Notes Release 12.0.2 FP3 March 13, 2024"))
            h.append(("X-MIMETrack", f"Serialize by Router on NOTES01/{fdom.split('.')[0].upper()} at "
                                     f"{self.date.strftime('%d.%m.%Y %H:%M:%S')}"))
        elif self.client == "foxmail":
            h.append(("X-Priority", "3"))
            h.append(("X-GUID", uuid_like(self.seed + "g", upper=True)))
            h.append(("X-Has-Attach", "yes" if self.attachments else "no"))
            h.append(("X-Mailer", "Foxmail 7.2.25.375[cn]"))
        elif self.client == "roundcube":
            h.append(("User-Agent", "Roundcube Webmail/1.6.9"))
        elif self.client == "samsung":
            h.append(("X-Mailer", "Samsung Mail"))
        for k, v in self.extra:
            h.append((k, v))
        if self.client == "outlook":
            h += content
        else:
            mv = [x for x in content if x[0].lower() == "mime-version"]
            rest = [x for x in content if x[0].lower() != "mime-version"]
            h = h + mv + rest if self.client != "apple" else h + rest + [("Mime-Version", "1.0 (1.0)")]
        for k, v in h:
            root[k] = v
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=78, policy=compat32).flatten(root)
        data = buf.getvalue()
        data = re.sub(rb"\r?\n", b"\r\n", data)
        return data

    def _relay(self):
        if self.relay:
            return self.relay
        c = self.client
        if c == "outlook":
            return f"EUR0{int(hx(self.seed, 1), 16) % 5 + 1}-AM{int(hx(self.seed, 3), 16) % 9}-obe.outbound.protection.outlook.com"
        if c == "gmail":
            return f"mail-wr1-f{int(hx(self.seed, 2), 16) % 70 + 10}.google.com"
        return f"mail.{self.domain}"


# --------------------------------------------------------------------------
# quoted originals (what the buyer sent) and quote headers per client/language
# --------------------------------------------------------------------------
def fmt_qty(q):
    if isinstance(q, float) and not q.is_integer():
        return f"{q:,.3f}".rstrip("0").rstrip(".")
    return f"{int(q):,}"


def request_text(p, lang="en", greeting=None, extra=None):
    """the acknowledgment request the agent (buyer) sent for PO p."""
    b = p["buyer"]
    comp = BUYER_COMPANY.get(b["email"].split("@")[1], "")
    issued = dt.date.fromisoformat(p["issued"])
    rows = []
    if lang == "de":
        rows.append(greeting or "Sehr geehrte Damen und Herren,")
        rows.append("")
        rows.append(f"anbei erhalten Sie unsere Bestellung {p['po_number']} vom {issued.strftime('%d.%m.%Y')}.")
        rows.append("Bitte bestätigen Sie Menge, Preis und Liefertermin je Position per Antwort auf diese E-Mail.")
        rows.append("")
        rows.append("Pos.  Artikel          Bezeichnung                                   Menge   ME    Preis        Liefertermin")
        for l in p["lines"]:
            d = dt.date.fromisoformat(l["requested_date"])
            rows.append(f"{l['line']:<5} {l['item']:<16} {l['description'][:44]:<44} {fmt_qty(l['quantity']).replace(',', '.'):>7} {l['uom']:<5} "
                        f"{l['unit_price'].replace('.', ',')} {p['currency']:<4} {d.strftime('%d.%m.%Y')}")
        rows.append("")
        if extra:
            rows += [extra, ""]
        rows.append("Mit freundlichen Grüßen")
        rows.append(b["name"])
        rows.append(f"Einkauf | {comp}")
    else:
        rows.append(greeting or "Dear Sir or Madam,")
        rows.append("")
        rows.append(f"Please find attached our purchase order {p['po_number']} dated {issued.strftime('%d %b %Y')}.")
        rows.append("Kindly confirm quantity, unit price and delivery date for each line by replying to this e-mail.")
        rows.append("")
        rows.append("Line  Item             Description                                   Qty      UoM   Unit price      Delivery")
        for l in p["lines"]:
            rows.append(f"{l['line']:<5} {l['item']:<16} {l['description'][:44]:<44} {fmt_qty(l['quantity']):>8} {l['uom']:<5} "
                        f"{p['currency']} {l['unit_price']:<10} {l['requested_date']}")
        rows.append("")
        if extra:
            rows += [extra, ""]
        rows.append("Best regards,")
        rows.append(b["name"])
        rows.append(f"Purchasing | {comp}")
    return "\n".join(rows)


def request_subject(p, lang="en"):
    if lang == "de":
        return f"Bestellung {p['po_number']} - Bitte um Auftragsbestätigung"
    return f"Purchase order {p['po_number']} - please confirm"


BUYER_COMPANY = {}

OUTLOOK_LBL = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "pt": ("De", "Enviada em", "Para", "Cc", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Kopie", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Kópia", "Predmet"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Cc", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Kopi", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu"),
    "ro": ("De la", "Trimis", "Către", "Cc", "Subiect"),
    "hr": ("Šalje", "Poslano", "Prima", "Kopija", "Predmet"),
    "sr": ("Od", "Poslato", "Za", "Cc", "Tema"),
    "sl": ("Od", "Poslano", "Za", "Kp", "Zadeva"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "bg": ("От", "Изпратено", "До", "Копие", "Тема"),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名"),
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "zh_tw": ("寄件者", "寄件日期", "收件者", "副本", "主旨"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Kopija", "Tema"),
    "lv": ("No", "Nosūtīts", "Kam", "Kopija", "Tēma"),
    "et": ("Saatja", "Saadetud", "Adressaat", "Koopia", "Teema"),
    "uk": ("Від", "Надіслано", "Кому", "Копія", "Тема"),
    "vi": ("From", "Sent", "To", "Cc", "Subject"),
    "th": ("จาก", "ส่ง", "ถึง", "สำเนาถึง", "เรื่อง"),
    "id": ("Dari", "Dikirim", "Kepada", "Cc", "Perihal"),
}


def long_date(lang, t):
    """Outlook style long date of the sender's locale."""
    d = t.date() if isinstance(t, dt.datetime) else t
    w = d.weekday()
    if lang == "en":
        return f"{WD['en'][w]}, {MON['en'][d.month - 1]} {d.day}, {d.year} {t.strftime('%I:%M %p').lstrip('0')}"
    if lang == "en_gb":
        return f"{WD['en'][w]}, {d.day} {MON['en'][d.month - 1]} {d.year} {hm(t)}"
    if lang == "de":
        return f"{WD['de'][w]}, {d.day}. {MON['de'][d.month - 1]} {d.year} {hm(t)}"
    if lang == "fr":
        return f"{WD['fr'][w]} {d.day} {MON['fr'][d.month - 1]} {d.year} {hm(t)}"
    if lang == "es":
        return f"{WD['es'][w]}, {d.day} de {MON['es'][d.month - 1]} de {d.year} {hm(t)}"
    if lang == "it":
        return f"{WD['it'][w]} {d.day} {MON['it'][d.month - 1]} {d.year} {hm(t)}"
    if lang == "pt":
        return f"{WD['pt'][w]}, {d.day} de {MON['pt'][d.month - 1]} de {d.year} {hm(t)}"
    if lang == "nl":
        return f"{WD['nl'][w]} {d.day} {MON['nl'][d.month - 1]} {d.year} {hm(t)}"
    if lang == "pl":
        return f"{WD['pl'][w]}, {d.day} {MON['pl_gen'][d.month - 1]} {d.year} {hm(t)}"
    if lang == "cs":
        return f"{WD['cs'][w]} {d.day}. {MON['cs_gen'][d.month - 1]} {d.year} {hm(t)}"
    if lang == "sk":
        return f"{WD['sk'][w]}, {d.day}. {MON['sk_gen'][d.month - 1]} {d.year} {hm(t)}"
    if lang in ("sv",):
        return f"den {d.day} {MON['sv'][d.month - 1]} {d.year} {hm(t)}"
    if lang == "da":
        return f"{d.day}. {MON['da'][d.month - 1]} {d.year} {hm(t)}"
    if lang == "nb":
        return f"{WD['nb'][w]} {d.day}. {MON['nb'][d.month - 1]} {d.year} {hm(t)}"
    if lang == "fi":
        return f"{WD['fi'][w]} {d.day}. {MON['fi_ta'][d.month - 1]} {d.year} {t.strftime('%H.%M')}"
    if lang == "hu":
        return f"{d.year}. {MON['hu'][d.month - 1]} {d.day}., {WD['hu'][w]} {hm(t)}"
    if lang == "tr":
        return f"{d.day} {MON['tr'][d.month - 1]} {d.year} {WD['tr'][w]} {hm(t)}"
    if lang == "ro":
        return f"{WD['ro'][w]}, {d.day} {MON['ro'][d.month - 1]} {d.year} {hm(t)}"
    if lang == "hr":
        return f"{WD['hr'][w]}, {d.day}. {MON['hr_gen'][d.month - 1]} {d.year}. {hm(t)}"
    if lang == "el":
        return f"{WD['el'][w]}, {d.day} {MON['el_gen'][d.month - 1]} {d.year} {t.strftime('%I:%M')} {'π.μ.' if t.hour < 12 else 'μ.μ.'}"
    if lang == "bg":
        return f"{WD['bg'][w]}, {d.day} {MON['bg'][d.month - 1]} {d.year} г. {hm(t)}"
    if lang == "ja":
        return f"{d.year}年{d.month}月{d.day}日 {t.hour}:{t.minute:02d}"
    if lang in ("zh", "zh_tw"):
        return f"{d.year}年{d.month}月{d.day}日 {t.hour}:{t.minute:02d}"
    if lang == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일 {WD['ko'][w]} {'오전' if t.hour < 12 else '오후'} {t.hour % 12 or 12}:{t.minute:02d}"
    if lang == "uk":
        return f"{WD['uk'][w]}, {d.day} {MON['uk_gen'][d.month - 1]} {d.year} р. {hm(t)}"
    return f"{d.strftime('%d.%m.%Y')} {hm(t)}"


def outlook_quote(lang, frm, t, to, subject, original, cc=None, sep="_" * 32, dlang=None):
    """plain-text part of an Outlook reply header + unquoted original."""
    L = OUTLOOK_LBL[lang]
    colon = " :" if lang == "fr" else ":"
    rows = [sep] if sep else []
    rows.append(f"{L[0]}{colon} {frm[0]} <{frm[1]}>")
    rows.append(f"{L[1]}{colon} {long_date(dlang or lang, t)}")
    rows.append(f"{L[2]}{colon} {to[0]} <{to[1]}>" if isinstance(to, tuple) else f"{L[2]}{colon} {to}")
    if cc:
        rows.append(f"{L[3]}{colon} {cc}")
    rows.append(f"{L[4]}{colon} {subject}")
    rows.append("")
    rows.append(original)
    return "\n".join(rows)


def outlook_html(body_text, quote_text, lang="en", charset="utf-8", body_html=None):
    """HTML alternative for an Outlook reply (WordSection, border-top quote header)."""
    head = (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}}\n'
            f'--></style>\n</head>\n<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n')
    if body_html is None:
        paras = []
        for l in body_text.split("\n"):
            paras.append(f'<p class="MsoNormal">{esc(l) if l.strip() else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>')
        body_html = "\n".join(paras)
    q = ""
    if quote_text:
        qlines = quote_text.split("\n")
        if qlines and set(qlines[0]) <= set("_-"):
            qlines = qlines[1:]
        # first block (header) bold labels
        hdr_rows, rest, in_hdr = [], [], True
        for l in qlines:
            if in_hdr and l.strip() == "":
                in_hdr = False
                continue
            (hdr_rows if in_hdr else rest).append(l)
        hh = "<br>\n".join(("<b>" + esc(r.split(":", 1)[0]) + ":</b>" + esc(r.split(":", 1)[1])) if ":" in r else esc(r)
                           for r in hdr_rows)
        q = ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             f'<p class="MsoNormal">{hh}<o:p></o:p></p>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' +
             "\n".join(f'<p class="MsoNormal">{esc(l) if l.strip() else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for l in rest))
    return head + body_html + q + "\n</div>\n</body>\n</html>\n"


def gmail_html(body_text, attribution=None, quoted=None, body_html=None):
    bh = body_html if body_html is not None else "".join(
        f"<div>{esc(l)}</div>" if l.strip() else "<div><br></div>" for l in body_text.split("\n"))
    h = f'<div dir="ltr">{bh}</div>'
    if attribution:
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              f'{esc(attribution)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
              f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{text_to_html_block(quoted)}</blockquote></div>')
    return h + "\n"


def gmail_attr(lang, t, name, email):
    d = t.date()
    w = d.weekday()
    if lang == "en":
        return f"On {WD['en'][w][:3]}, {MON['en'][d.month - 1][:3]} {d.day}, {d.year} at {t.strftime('%I:%M %p').lstrip('0')} {name} <{email}> wrote:"
    if lang == "en_gb":
        return f"On {WD['en'][w][:3]}, {d.day} {MON['en'][d.month - 1][:3]} {d.year} at {hm(t)}, {name} <{email}> wrote:"
    if lang == "de":
        return f"Am {WD['de'][w][:2]}., {d.day}. {MON['de'][d.month - 1]} {d.year} um {hm(t)} Uhr schrieb {name} <{email}>:"
    if lang == "es":
        return f"El {WD['es'][w][:3]}, {d.day} {MON['es'][d.month - 1][:3]} {d.year} a las {hm(t)}, {name} (<{email}>) escribió:"
    if lang == "pt":
        return f"Em {WD['pt'][w][:3]}., {d.day} de {MON['pt'][d.month - 1][:3]}. de {d.year} às {hm(t)}, {name} <{email}> escreveu:"
    if lang == "fr":
        return f"Le {WD['fr'][w][:3]}. {d.day} {MON['fr'][d.month - 1]} {d.year} à {hm(t)}, {name} <{email}> a écrit :"
    if lang == "it":
        return f"Il giorno {WD['it'][w][:3]} {d.day} {MON['it'][d.month - 1][:3]} {d.year} alle ore {hm(t)} {name} <{email}> ha scritto:"
    if lang == "sk":
        return f"{WD['sk'][w].capitalize()} {d.day}. {d.month}. {d.year} o {hm(t)} {name} <{email}> napísal(a):"
    if lang == "nl":
        return f"Op {WD['nl'][w][:2]} {d.day} {MON['nl'][d.month - 1][:3]} {d.year} om {hm(t)} schreef {name} <{email}>:"
    if lang == "tr":
        return f"{name} <{email}>, {d.day} {MON['tr'][d.month - 1][:3]} {d.year} {WD['tr'][w][:3]}, {hm(t)} tarihinde şunu yazdı:"
    if lang == "vi":
        return f"Vào {hm(t)} Th {w + 2 if w < 6 else 'CN'}, {d.day} thg {d.month}, {d.year} {name} <{email}> đã viết:"
    if lang == "id":
        return f"Pada {['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min'][w]}, {d.day} {['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'][d.month - 1]} {d.year} pukul {hm(t)}, {name} <{email}> menulis:"
    if lang == "ro":
        return f"În {WD['ro'][w][:3]}., {d.day} {MON['ro'][d.month - 1][:3]}. {d.year} la {hm(t)}, {name} <{email}> a scris:"
    if lang == "lt":
        return f"{d.year}-{d.month:02d}-{d.day:02d}, {['pr', 'an', 'tr', 'kt', 'pn', 'š', 'sk'][w]}, {hm(t)}, {name} <{email}> rašė:"
    raise KeyError(lang)


def apple_attr(lang, t, name, email):
    d = t.date()
    if lang == "en":
        return f"On {MON['en'][d.month - 1][:3]} {d.day}, {d.year}, at {t.strftime('%I:%M %p').lstrip('0')}, {name} <{email}> wrote:"
    if lang == "en_gb":
        return f"On {d.day} {MON['en'][d.month - 1][:3]} {d.year}, at {hm(t)}, {name} <{email}> wrote:"
    if lang == "de":
        return f"Am {d.strftime('%d.%m.%Y')} um {hm(t)} schrieb {name} <{email}>:"
    if lang == "fr":
        return f"Le {d.day} {MON['fr'][d.month - 1][:4].rstrip('.')}. {d.year} à {hm(t)}, {name} <{email}> a écrit :"
    if lang == "es":
        return f"El {d.day} {MON['es'][d.month - 1][:3]} {d.year}, a las {hm(t)}, {name} <{email}> escribió:"
    if lang == "da":
        return f"Den {d.day}. {MON['da'][d.month - 1][:3]}. {d.year} kl. {t.strftime('%H.%M')} skrev {name} <{email}>:"
    if lang == "pl":
        mm = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"][d.month - 1]
        return f"Wiadomość napisana przez {name} <{email}> w dniu {d.day} {mm} {d.year}, o godz. {hm(t)}:"
    if lang == "tl":
        return f"On {MON['en'][d.month - 1][:3]} {d.day}, {d.year}, at {t.strftime('%I:%M %p').lstrip('0')}, {name} <{email}> wrote:"
    raise KeyError(lang)


def tb_attr(lang, t, name, email=None):
    d = t.date()
    if lang == "de":
        return f"Am {d.strftime('%d.%m.%y')} um {hm(t)} schrieb {name}:"
    if lang == "en":
        return f"On {d.strftime('%d/%m/%Y')} {hm(t)}, {name} wrote:"
    if lang == "cs":
        return f"Dne {d.day:02d}. {d.month:02d}. {d.year} v {hm(t)} {name} napsal(a):"
    if lang == "hu":
        return f"{d.strftime('%Y.%m.%d.')} {hm(t)} keltezéssel, {name} írta:"
    if lang == "pl":
        return f"W dniu {d.strftime('%d.%m.%Y')} o {hm(t)}, {name} pisze:"
    if lang == "fr":
        return f"Le {d.strftime('%d/%m/%Y')} à {hm(t)}, {name} a écrit :"
    if lang == "et":
        return f"{name} kirjutas {d.strftime('%d.%m.%Y')} {hm(t)}:"
    if lang == "sl":
        return f"Dne {d.day}. {d.month}. {d.year} ob {hm(t)} je {name} napisal(a):"
    raise KeyError(lang)


# --------------------------------------------------------------------------
# case registry
# --------------------------------------------------------------------------
CASES = []


def case(slug, category, locale, what):
    def deco(fn):
        CASES.append({"slug": slug, "category": category, "locale": locale, "what": what, "fn": fn})
        return fn
    return deco


# --------------------------------------------------------------------------
# buyer companies, request texts in more languages, generic reply builder
# --------------------------------------------------------------------------
BUYER_COMPANY.update({
    "nordacker-agrar.example": "Nordacker Agrarhandel GmbH",
    "fermes-boreales.example": "Fermes Boréales Coop",
    "brightline-fulfillment.example": "Brightline Fulfillment Inc.",
    "greenacre-farms.example": "Greenacre Farm Supplies Ltd",
    "polyform.example": "Polyform Kunststofftechnik AG",
    "heliobuild.example": "HelioBuild Solar GmbH",
    "elmont-brno.example": "Elektromontáže Brno a.s.",
    "transkarpaty.example": "TransKarpaty Logistics a.s.",
    "pannon-nyomda.example": "Pannon Nyomda Zrt.",
    "mobila-transilvania.example": "Mobila Transilvania SA",
    "adriapharm.example": "Adriapharm d.d.",
    "gradnja-sistem.example": "Gradnja Sistem d.o.o.",
    "hoteli-triglav.example": "Hoteli Triglav d.d.",
    "kidsworld.example": "Kidsworld Retail Ltd",
    "clearview-optical.example": "Clearview Optical Labs Ltd",
    "ege-demiryolu.example": "Ege Demiryolu Bakım A.Ş.",
    "lumenfoods.example": "Lumen Foods B.V.",
    "nordhavn-catering.example": "Nordhavn Catering ApS",
    "rgnorr.example": "Restauranggruppen Norr AB",
    "musikkhuset-bergen.example": "Musikkhuset Bergen AS",
    "pakkaustalo.example": "Pakkaustalo Oy",
    "parnumoobel.example": "Pärnu Mööbel AS",
    "daugavafoods.example": "Daugava Foods SIA",
    "vmtinklas.example": "UAB Vilniaus Maisto Tinklas",
    "polissia-agro.example": "Polissia Agro LLC",
    "sunshine-green.example": "陽光綠能工程有限公司",
    "hengda-plastics.example": "苏州恒达塑胶制品有限公司",
    "toho-kogaku.example": "東邦光学工業株式会社",
    "seoul-elec.example": "서울전기공사(주)",
    "bienxanh-hotels.example": "Công ty CP Khách sạn Biển Xanh",
    "northern-transport.example": "Northern Transport Co., Ltd.",
    "kemasanprima.example": "PT Kemasan Prima",
    "seripantai.example": "Hotel Seri Pantai Sdn Bhd",
    "pacific-outsourcing.example": "Pacific Outsourcing Inc.",
    "laaurora.example": "Estancia La Aurora S.A.",
    "florallatino.example": "Floral Latino Distributors LLC",
    "hotelesmediterraneo.example": "Hoteles Mediterráneo S.A.",
    "lumenalimentos.example": "Lumen Alimentos Ltda.",
    "moveisatlantico.example": "Móveis Atlântico, S.A.",
    "ridgeline-mining.example": "Ridgeline Mining Services Pty Ltd",
    "riverstone-dairy.example": "Riverstone Dairy Farms Ltd",
    "feinkost-hanse.example": "Feinkost Hanse GmbH",
    "toolboxdirect.example": "Toolbox Direct Ltd",
    "hotellskargarden.example": "Hotell Skärgården AB",
    "metallbau-henrichs.example": "Metallbau Henrichs GmbH",
    "brandwerk.example": "Brandwerk Agentur AG",
    "sabordaterra.example": "Restaurante Sabor da Terra Ltda.",
    "spiceroute-exports.example": "Spice Route Exports Pvt Ltd",
    "northstar-instruments.example": "Northstar Instruments Corp.",
    "railtec.example": "Railtec Maintenance GmbH",
    "voltnet.example": "Voltnet Elektrotechnik GmbH",
    "bouwmarkt-delta.example": "Delta Bouwmaterialen B.V.",
    "kids-corner.example": "Kids Corner Toys Ltd",
    "bergsport-tirol.example": "Bergbau Tirol Sicherheitstechnik GmbH",
    "plastiformas.example": "Plastiformas Ibéricas S.L.",
    "harbour-mining.example": "Harbour Mining Supplies Ltd",
    "hoteli-wroclaw.example": "Hotel Odra Wrocław Sp. z o.o.",
    "midlands-rail.example": "Midlands Rail Overhaul Ltd",
    "tavastia-promo.example": "Tavastia Promo Oy",
    "cafe-andino.example": "Café Andino S.A.S.",
})


def request_text_x(p, lang):
    """request texts for languages not covered by request_text()."""
    b = p["buyer"]
    comp = BUYER_COMPANY.get(b["email"].split("@")[1], "")
    issued = dt.date.fromisoformat(p["issued"])
    t = {
        "fr": ("Bonjour,", f"Veuillez trouver ci-joint notre bon de commande {p['po_number']} du {issued.strftime('%d/%m/%Y')}.",
               "Merci de nous confirmer quantités, prix et dates de livraison par retour de courriel.",
               "Ligne Article          Désignation                                   Qté      Unité Prix unitaire   Livraison",
               "Meilleures salutations,", "Approvisionnement"),
        "es": ("Buenos días:", f"Adjuntamos nuestra orden de compra {p['po_number']} del {issued.strftime('%d/%m/%Y')}.",
               "Por favor confirmen cantidades, precios y fechas de entrega respondiendo a este correo.",
               "Línea Artículo        Descripción                                   Cant.    Unid. Precio unit.    Entrega",
               "Saludos cordiales,", "Compras"),
        "pt": ("Prezados,", f"Segue em anexo nosso pedido de compra {p['po_number']} de {issued.strftime('%d/%m/%Y')}.",
               "Favor confirmar quantidades, preços e datas de entrega respondendo a este e-mail.",
               "Item  Código           Descrição                                     Qtd.     Un.   Preço unit.     Entrega",
               "Atenciosamente,", "Compras"),
    }[lang]
    rows = [t[0], "", t[1], t[2], "", t[3]]
    for l in p["lines"]:
        d = dt.date.fromisoformat(l["requested_date"])
        rows.append(f"{l['line']:<5} {l['item']:<16} {l['description'][:44]:<44} {fmt_qty(l['quantity']).replace(',', '.'):>8} {l['uom']:<5} "
                    f"{p['currency']} {l['unit_price'].replace('.', ','):<10} {d.strftime('%d/%m/%Y')}")
    rows += ["", t[4], b["name"], f"{t[5]} | {comp}"]
    return "\n".join(rows)


def request_subject_x(p, lang):
    return {"fr": f"Bon de commande {p['po_number']} - confirmation demandée",
            "es": f"Orden de compra {p['po_number']} - favor confirmar",
            "pt": f"Pedido de compra {p['po_number']} - favor confirmar"}[lang]


def orig_for(p, blang):
    if blang in ("en", "de"):
        return request_text(p, blang), request_subject(p, blang)
    return request_text_x(p, blang), request_subject_x(p, blang)


def sent_time(p, tzh=1, h=None, m=None):
    d = dt.date.fromisoformat(p["issued"])
    s = int(hx(p["po_number"], 4), 16)
    return T(d.year, d.month, d.day, h if h is not None else 8 + s % 8, m if m is not None else s % 60, tzh)


def lotus_quote(frm, t, to, subject, original, lang="de"):
    if lang == "de":
        rows = [f"Von:\t\"{frm[0]}\" <{frm[1]}>", f"An:\t{to[1]}", f"Datum:\t{t.strftime('%d.%m.%Y %H:%M')}",
                f"Betreff:\t{subject}", "", ""]
    else:
        rows = [f"From:\t\"{frm[0]}\" <{frm[1]}>", f"To:\t{to[1]}", f"Date:\t{t.strftime('%d/%m/%Y %H:%M')}",
                f"Subject:\t{subject}", "", ""]
    return "\n".join(rows) + original


def foxmail_quote(frm, t, to, subject, original):
    d = t.date()
    rows = ["------------------ 原始邮件 ------------------",
            f"发件人: \"{frm[0]}\"<{frm[1]}>;",
            f"发送时间: {d.year}年{d.month}月{d.day}日({WD['zh'][d.weekday()]}) {hm(t)}",
            f"收件人: \"{to[0]}\"<{to[1]}>;", f"主题: {subject}", "", original]
    return "\n".join(rows)


def reply(slug, p, client, when, body, *, qlang="en", lang="en", prefix="RE: ", charset="utf-8",
          cte="qp", hcharset=None, henc="q", blang="en", orig=None, orig_subject=None, orig_when=None,
          sender=None, to=None, cc=None, post="top", html=True, attachments=(), subject=None,
          in_reply=True, refs=None, orig_from=None, seed_extra="", tb_lang=None, extra_headers=()):
    """Build the bytes of a typical reply to the buyer's request for PO p."""
    sup = p["supplier"]
    b = p["buyer"]
    sender = sender or (sup["name"], sup["email"])
    to = to or [(b["name"], b["email"])]
    o_text, o_subj = orig_for(p, blang) if orig is None else (orig, orig_subject)
    if orig is not None and orig_subject is None:
        o_subj = request_subject(p)
    if orig_subject is not None:
        o_subj = orig_subject
    o_when = orig_when or sent_time(p, int(when.utcoffset().total_seconds() // 3600))
    o_from = orig_from or (b["name"], b["email"])
    assert o_when < when, (slug, o_when, when)
    subj = subject if subject is not None else prefix + o_subj
    m = Mail(slug + seed_extra, client, sender, to, when, subj, cc=cc, charset=charset, cte=cte,
             hcharset=hcharset, henc=henc, lang=lang)
    qtext = None
    if client == "outlook":
        qtext = outlook_quote(qlang, o_from, o_when, (sup["name"], sup["email"]), o_subj, o_text,
                              dlang=("en_gb" if qlang == "en" and lang != "en-US" else None))
        text = body + "\n\n" + qtext
        h = outlook_html(body, qtext, lang=lang.split("-")[0], charset=charset) if html else None
    elif client == "gmail":
        at = gmail_attr(qlang, o_when, o_from[0], o_from[1])
        text = body + "\n\n" + at + "\n\n" + gt(o_text) + "\n"
        h = gmail_html(body, at, o_text) if html else None
    elif client == "apple":
        at = apple_attr(qlang, o_when, o_from[0], o_from[1])
        text = body + "\n\n" + at + "\n\n" + gt(o_text) + "\n"
        h = None
    elif client == "thunderbird":
        at = tb_attr(tb_lang or qlang, o_when, o_from[0])
        if post == "bottom":
            text = at + "\n" + gt(o_text) + "\n\n" + body + "\n"
        else:
            text = body + "\n\n" + at + "\n" + gt(o_text) + "\n"
        h = None
    elif client == "lotus":
        text = body + "\n\n\n\n" + lotus_quote(o_from, o_when, (sup["name"], sup["email"]), o_subj, o_text, qlang)
        h = outlook_html(body, None, lang=lang.split("-")[0], charset=charset).replace(
            "</div>\n</body>", "<br><br>" + text_to_html_block(lotus_quote(o_from, o_when, (sup["name"], sup["email"]), o_subj, o_text, qlang)) + "</div>\n</body>") if html else None
    elif client == "foxmail":
        q = foxmail_quote(o_from, o_when, (sup["name"], sup["email"]), o_subj, o_text)
        text = body + "\n\n" + q
        h = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=" + charset + "\"></head><body>"
             + "".join(f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in body.split("\n"))
             + "<div><br></div><div style=\"font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;\">"
             + text_to_html_block(q) + "</div></body></html>") if html else None
    elif client == "samsung":
        q = ("-------- Mensagem original --------\n" if qlang == "pt" else "-------- Original message --------\n") + \
            (f"De: {o_from[0]} <{o_from[1]}>\nData: {o_when.strftime('%d/%m/%Y %H:%M')} (GMT-03:00)\nPara: {sup['email']}\nAssunto: {o_subj}\n\n"
             if qlang == "pt" else
             f"From: {o_from[0]} <{o_from[1]}>\nDate: {o_when.strftime('%d/%m/%Y %H:%M')}\nTo: {sup['email']}\nSubject: {o_subj}\n\n") + o_text
        text = body + "\n\n" + q
        h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body dir=\"auto\">"
             + "".join(f"<div dir=\"auto\">{esc(l) if l.strip() else '<br>'}</div>" for l in body.split("\n"))
             + "<div><br></div><div class=\"gmail_quote\">" + text_to_html_block(q) + "</div></body></html>") if html else None
    elif client == "roundcube":
        at = f"Am {o_when.strftime('%Y-%m-%d %H:%M')}, schrieb {o_from[0]}:" if qlang == "de" else \
             f"On {o_when.strftime('%Y-%m-%d %H:%M')}, {o_from[0]} wrote:"
        text = body + "\n\n" + at + "\n" + gt(o_text) + "\n"
        h = None
    else:
        raise ValueError(client)
    m.body(text, h, flowed=(client == "thunderbird"))
    if in_reply:
        req = p.get("request_message_id")
        if req:
            m.reply_to(req, refs)
    for a in attachments:
        m.attach(*a)
    for k, v in extra_headers:
        m.header(k, v)
    return m.render()


# --------------------------------------------------------------------------
# validation and output
# --------------------------------------------------------------------------
DEC = re.compile(r"^\d+(\.\d+)?$")


def _num(x):
    from decimal import Decimal
    return Decimal(str(x))


def validate(name, pos, exp, eml):
    from email import policy
    from email.parser import BytesParser
    assert isinstance(pos, list) and pos, name
    ponos = {}
    for p in pos:
        for k in ("po_number", "supplier", "buyer", "currency", "issued", "lines"):
            assert k in p, (name, k)
        dt.date.fromisoformat(p["issued"])
        assert set(p["supplier"]) == {"id", "name", "email", "locale"}, name
        for l in p["lines"]:
            assert DEC.match(l["unit_price"]), (name, l)
            dt.date.fromisoformat(l["requested_date"])
            assert isinstance(l["quantity"], (int, float))
        assert len({l["line"] for l in p["lines"]}) == len(p["lines"]), name
        ponos[p["po_number"]] = p
    assert exp["kind"] in ("confirmation", "needs_review", "auto_reply", "bounce", "unrelated"), name
    assert isinstance(exp.get("notes"), str) and exp["notes"], name
    if exp["kind"] != "confirmation":
        assert "confirmations" not in exp, name
    else:
        assert exp["confirmations"], name
        for c in exp["confirmations"]:
            p = ponos[c["po_number"]]
            assert set(c["lines"]) == {str(l["line"]) for l in p["lines"]}, (name, "every line listed")
            committed = False
            for l in p["lines"]:
                e = c["lines"][str(l["line"])]
                st = e["status"]
                assert st in ("accepted", "changed", "rejected", "unconfirmed"), name
                if st in ("rejected", "unconfirmed"):
                    assert set(e) == {"status"}, (name, e)
                    committed |= st == "rejected"
                    continue
                committed = True
                assert DEC.match(e["unit_price"]), (name, e)
                dt.date.fromisoformat(e["date"])
                if st == "accepted":
                    assert e["quantity"] == l["quantity"] and _num(e["unit_price"]) == _num(l["unit_price"]) \
                        and e["date"] == l["requested_date"] and "schedule" not in e, (name, l["line"], e)
                else:
                    same = e["quantity"] == l["quantity"] and _num(e["unit_price"]) == _num(l["unit_price"]) \
                        and e["date"] == l["requested_date"]
                    assert not same or "schedule" in e, (name, "changed but equal", l["line"])
                    if "schedule" in e:
                        sc = e["schedule"]
                        assert len(sc) >= 2, name
                        assert abs(sum(x["quantity"] for x in sc) - e["quantity"]) < 1e-9, (name, "schedule sum")
                        ds = [x["date"] for x in sc]
                        assert ds == sorted(ds) and ds[-1] == e["date"], (name, "schedule dates")
            assert committed, (name, "confirmation without any commitment")
    msg = BytesParser(policy=policy.default).parsebytes(eml)
    for h in ("From", "Date", "Message-ID"):
        assert msg[h], (name, h)
    assert b"\r\n" in eml and not re.search(rb"[^\r]\n", eml), (name, "CRLF")
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") and part.get_content_disposition() != "attachment":
            part.get_content()
        elif ct == "application/pdf":
            data = part.get_content()
            assert data.startswith(b"%PDF-1.4")
            sx = int(data.rsplit(b"startxref", 1)[1].split()[0])
            assert data[sx:sx + 4] == b"xref"
            offs = re.findall(rb"(\d{10}) 00000 n", data)
            for i, o in enumerate(offs, 1):
                assert data[int(o):].startswith(f"{i} 0 obj".encode()), (name, "pdf offset")
        elif ct == XLSX_MIME:
            z = zipfile.ZipFile(io.BytesIO(part.get_content()))
            assert z.testzip() is None
            import xml.dom.minidom
            for n in z.namelist():
                xml.dom.minidom.parseString(z.read(n))
    return msg


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    readme = ["# Batch S - supplier replies (agriculture, packaging, plastics, solar, tyres, paper, wood,",
              "# pharma, cables, tools, hotel, toys, optics, rail, mining, food, music, promo)", "",
              "Generated by `make_batch.py` (standard library only, deterministic). One line per case:", "",
              ]
    seen = set()
    for i, c in enumerate(CASES, 1):
        name = f"{i:03d}-{c['slug']}"
        assert c["slug"] not in seen, c["slug"]
        seen.add(c["slug"])
        eml, pos, exp = c["fn"]()
        validate(name, pos, exp, eml)
        assert c["category"] == exp["kind"], (name, c["category"], exp["kind"])
        d = OUT / name
        d.mkdir()
        (d / "message.eml").write_bytes(eml)
        (d / "pos.json").write_text(json.dumps(pos, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        readme.append(f"- `{name}` | {c['category']}/{c['locale']} | {c['what']}")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {OUT}")


# ==========================================================================
# CASES
# ==========================================================================

@case("seed-all-lines-ab-number-de-AT", "confirmation", "de-AT",
      "Austrian seed house confirms all 3 lines; AB number, AB date '14. Jänner' and price-list validity date sit next to the delivery date")
def c_seed_at():
    sup = supplier("SZDT", "Saatzucht Donautal GmbH", "verkauf@saatzucht-donautal.example", "de-AT")
    buy = buyer("Jana Petersen", "jana.petersen@nordacker-agrar.example")
    P = po("4500031877", sup, buy, "EUR", D(2026, 1, 12), [
        line(1, "SM-MZ-290", "Saatmais DT 290 (FAO 290), Einheit 50.000 Korn", 80, "EH", "128.50", D(2026, 3, 16)),
        line(2, "SM-SOJ-000", "Sojabohne Merlin 000, Sack 25 kg", 1200, "KG", "1.95", D(2026, 3, 16)),
        line(3, "ZF-HUMUS-7", "Zwischenfrucht-Mischung Humus 7, Sack 25 kg", 500, "KG", "4.20", D(2026, 3, 16)),
    ])
    body = """Sehr geehrte Frau Petersen,

vielen Dank für Ihre Bestellung Nr. 4500031877 vom 12.01.2026.

Wir bestätigen alle drei Positionen mit Menge und Preis laut Ihrer Bestellung. Die Ware wird am 16. März 2026 frei Haus an Ihr Lager in Husum angeliefert (Saatmais 80 Einheiten auf 2 Paletten, Soja 48 Sack, Zwischenfrucht 20 Sack).

Unsere Auftragsbestätigung AB-26-00157 vom 14. Jänner 2026 geht Ihnen zusätzlich mit der Post zu. Bitte beachten Sie, dass die Preise unserer Saatgutliste 2026 nur bis 31. Jänner 2026 gelten; für Nachbestellungen ab Februar gilt die neue Liste.

Mit freundlichen Grüßen aus dem Tullnerfeld

Ing. Martina Huber
Verkaufsinnendienst

Saatzucht Donautal GmbH
Feldgasse 12, 3430 Tulln an der Donau, Österreich
Tel. +43 2272 61480-22 | Fax +43 2272 61480-29
www.saatzucht-donautal.example
FN 245871m, Landesgericht St. Pölten | UID ATU58123456"""
    eml = reply("seed-at", P, "outlook", T(2026, 1, 14, 9, 37, 1), body, qlang="de", lang="de-AT",
                blang="de", prefix="AW: ", charset="windows-1252",
                sender=("Huber Martina", sup["email"]))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1]), 3: A(L[2])}),
               notes="All three lines confirmed as ordered for 16 March. The AB number, the AB date in Austrian "
                     "'14. Jänner 2026' and the price-list validity '31. Jänner 2026' are not delivery dates.")
    return eml, [P], exp


@case("fertiliser-big-bags-kw-split-de-DE", "confirmation", "de-DE",
      "fertiliser in big bags: one line split into KW 10 + KW 12 (bare weeks -> Fridays), other line 'wie bestellt in KW 10'")
def c_fert_de():
    sup = supplier("AHKW", "Agrochem Handelskontor Weser GmbH", "dispo@ahk-weser.example", "de-DE")
    buy = buyer("Jana Petersen", "jana.petersen@nordacker-agrar.example")
    P = po("4500031902", sup, buy, "EUR", D(2026, 2, 2), [
        line(1, "DU-KAS-27", "Kalkammonsalpeter KAS 27 % N, Big Bag 600 kg", 24, "T", "318.00", kw(2026, 10)),
        line(2, "DU-HST-46", "Harnstoff 46 % N granuliert, Big Bag 500 kg", 10, "T", "455.00", kw(2026, 10)),
    ])
    body = """Hallo Frau Petersen,

zu Ihrer Bestellung 4500031902:

Pos. 1 KAS: wegen der Verladesituation in Brake liefern wir in zwei Partien - 12 t (20 BB) in KW 10 und die restlichen 12 t in KW 12. Preis 318,00 EUR/t bleibt.
Pos. 2 Harnstoff: 10 t wie bestellt in KW 10, 455,00 EUR/t.

Anlieferung jeweils Mo-Fr 7-15 Uhr, bitte Stapler mit Big-Bag-Gabel bereithalten.

Gruß
Sven Albers
Disposition Dünger
--
Agrochem Handelskontor Weser GmbH
Hafenstraße 41 · 26919 Brake (Unterweser)
Tel. 04401 55 318-40
Amtsgericht Oldenburg HRB 204711"""
    eml = reply("fert-de", P, "thunderbird", T(2026, 2, 3, 14, 12, 1), body, qlang="de", lang="de-DE",
                blang="de", prefix="Re: ", cte="8bit", sender=("Sven Albers", "s.albers@ahk-weser.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {
        1: C(24, "318.00", kw(2026, 12), [(12, kw(2026, 10)), (12, kw(2026, 12))]),
        2: A(L[1])}),
        notes="Bare calendar weeks read as Fridays: KW 10 = 2026-03-06 (the requested date), KW 12 = 2026-03-20. "
              "'Mo-Fr 7-15 Uhr' is an unloading window, not a date.")
    return eml, [P], exp


@case("crop-protection-backorder-no-date-fr-CA", "confirmation", "fr-CA",
      "Quebec distributor: litres in 20 L / 10 L jugs; one line short (60 of 120 L), rest back-ordered without a date")
def c_crop_frca():
    sup = supplier("AGLA", "Distributions Agro-Laurentides inc.", "commandes@agrolaurentides.example", "fr-CA")
    buy = buyer("Marc-André Gagnon", "achats@fermes-boreales.example")
    P = po("PO-26-0418", sup, buy, "CAD", D(2026, 3, 23), [
        line(1, "HB-GLY-20", "Herbicide glyphosate 540 g/L, bidon 20 L", 400, "L", "9.85", D(2026, 4, 17)),
        line(2, "FG-AZX-10", "Fongicide azoxystrobine 250 SC, bidon 10 L", 120, "L", "41.60", D(2026, 4, 17)),
        line(3, "AD-SURF-10", "Adjuvant surfactant non ionique, bidon 10 L", 60, "L", "7.20", D(2026, 4, 17)),
    ])
    body = """Bonjour M. Gagnon,

Merci pour la commande PO-26-0418.

- Glyphosate 540 : 400 L (20 bidons de 20 L) à 9,85 $/L, livraison le 17 avril tel que demandé.
- Azoxystrobine 250 SC : on est en rupture chez le fabricant. On peut vous envoyer 60 L (6 bidons) avec le même camion le 17 avril; les 60 L restants sont en commande arrière, on n'a pas encore de date de notre côté.
- Adjuvant : OK, 60 L le 17 avril.

Je vous reviens dès que j'ai une date pour le reste de l'azoxy.

Bonne journée,

Julie Tremblay
Service à la clientèle
Distributions Agro-Laurentides inc.
1450, boul. des Laurentides, Saint-Jérôme (Québec)  J7Z 4M2
Tél. : 450 555-0142, poste 221"""
    eml = reply("crop-frca", P, "outlook", T(2026, 3, 24, 10, 5, -4), body, qlang="fr", lang="fr-CA",
                blang="fr", prefix="RE : ", sender=("Julie Tremblay", "j.tremblay@agrolaurentides.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: C(60, "41.60", D(2026, 4, 17)), 3: A(L[2])}),
               notes="Line 2: only 60 L committed for 17 April; the back-ordered 60 L have no date, so they are not "
                     "part of the commitment (no schedule).")
    return eml, [P], exp


@case("corrugated-bundles-of-25-ship-vs-deliver-en-US", "confirmation", "en-US",
      "corrugated boxes rounded up to full bundles of 25 (2,010 -> 2,025); 'Ships 4/22, delivers 4/24' month-first, delivery wins")
def c_corr_us():
    sup = supplier("KEYC", "Keystone Corrugated LLC", "orders@keystonecorrugated.example", "en-US")
    buy = buyer("Megan Schultz", "mschultz@brightline-fulfillment.example")
    P = po("BF-PO-20417", sup, buy, "USD", D(2026, 4, 6), [
        line(1, "RSC-181212-32", "RSC box 18x12x12 in, 32 ECT kraft, 1-color print", 2010, "EA", "1.12", D(2026, 4, 24)),
        line(2, "PLT-FLEXO-01", "Flexo print plate (one-time charge)", 1, "EA", "285.00", D(2026, 4, 24)),
        line(3, "DIV-181212-6", "Partition insert 6-cell for 18x12x12", 1000, "EA", "0.38", D(2026, 4, 24)),
    ])
    body = """Hi Megan,

Thanks for PO BF-PO-20417. Confirming:

Line 1 - 18x12x12 RSC: we bundle 25/bdl so we'll run 2,025 (81 bundles) at $1.12
Line 2 - print plate $285.00, we'll use your artwork from the March job, no proof needed unless you changed it
Line 3 - 6-cell partitions 1,000 @ $0.38

Ships 4/22, delivers 4/24 on our truck.

Rick

Rick Delgado | Customer Service
Keystone Corrugated LLC
2200 Industrial Hwy, York, PA 17402
(717) 555-0133"""
    eml = reply("corr-us", P, "gmail", T(2026, 4, 7, 11, 48, -4), body, qlang="en", lang="en-US",
                prefix="Re: ", sender=("Rick Delgado", "rdelgado@keystonecorrugated.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: C(2025, "1.12", D(2026, 4, 24)), 2: A(L[1]), 3: A(L[2])}),
               notes="Ship date 4/22 and delivery date 4/24 are both given; the delivery date wins. Line 1 rounded up "
                     "to full bundles of 25 (81 x 25 = 2,025).")
    return eml, [P], exp


@case("pallets-all-confirmed-then-split-en-GB", "confirmation", "en-GB",
      "'all lines confirmed' in the first sentence, then the heat-treated pallets are split 180 + 120 over two Thursdays")
def c_pallet_gb():
    sup = supplier("MPAL", "Midlands Pallet Company Ltd", "sales@midlandspallets.example", "en-GB")
    buy = buyer("Owen Pritchard", "o.pritchard@greenacre-farms.example")
    P = po("GFS-PO-7731", sup, buy, "GBP", D(2026, 5, 11), [
        line(1, "PAL-EUR-NEW", "EUR pallet 1200x800, new, EPAL", 300, "EA", "14.20", D(2026, 5, 21)),
        line(2, "PAL-1210-HT", "Pallet 1200x1000 4-way, heat treated ISPM 15", 300, "EA", "16.75", D(2026, 5, 21)),
        line(3, "TOP-1210", "Top frame / lid 1200x1000", 150, "EA", "6.40", D(2026, 5, 21)),
    ])
    check_wd(D(2026, 5, 21), 3)
    check_wd(D(2026, 5, 28), 3)
    body = """Hi Owen,

Thanks for the order, all lines confirmed at your prices for delivery Thursday 21st May.

Just one thing on the heat treated 1200x1000s - the kiln is booked solid this week so we can only get 180 of those to you on the 21st, the other 120 will follow on Thursday 28th. Everything else comes on the 21st as planned.

Kind regards

Gemma Rowley
Sales Office
Midlands Pallet Company Ltd
Unit 4, Brindley Road, Coventry CV7 9EP
T: 024 7655 0871
Registered in England No. 04417728 | VAT GB 812 4471 09"""
    eml = reply("pallet-gb", P, "outlook", T(2026, 5, 12, 16, 20, 1), body, qlang="en", lang="en-GB",
                prefix="RE: ", sender=("Gemma Rowley", "gemma.rowley@midlandspallets.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]),
                                 2: C(300, "16.75", D(2026, 5, 28), [(180, D(2026, 5, 21)), (120, D(2026, 5, 28))]),
                                 3: A(L[2])}),
               notes="The blanket 'all lines confirmed' is overridden for line 2 by the later sentence: 180 on 21 May, "
                     "120 on 28 May.")
    return eml, [P], exp


@case("resin-silo-truck-max-24t-it-CH", "confirmation", "it-CH",
      "PP resin by silo truck capped at 24 t (ordered 25 t), masterbatch in octabins/bags with lot numbers; Swiss 1'385.00 number format")
def c_resin_ch():
    sup = supplier("POTI", "Polimeri Ticino SA", "ordini@polimeri-ticino.example", "it-CH")
    buy = buyer("Markus Eder", "m.eder@polyform.example")
    P = po("4700008812", sup, buy, "CHF", D(2026, 3, 2), [
        line(1, "PP-H-350", "PP Homopolymer MFI 12, Silo lose", 25, "T", "1385.00", D(2026, 3, 17)),
        line(2, "MB-WH-70", "Masterbatch weiss 70 % TiO2, Oktabin 1000 kg", 2000, "KG", "3.45", D(2026, 3, 17)),
        line(3, "MB-BK-40", "Masterbatch schwarz 40 % Russ, Sack 25 kg", 500, "KG", "2.90", D(2026, 3, 17)),
    ])
    body = """Buongiorno signor Eder,

confermiamo il vostro ordine 4700008812 come segue:

pos. 1  PP omopolimero MFI 12 - un'autosilo carica al massimo 24 t, quindi consegniamo 24 t il 17.03.2026 a CHF 1'385.00/t (lotto previsto 26-0345).
pos. 2  Masterbatch bianco 70% - 2'000 kg in 2 octabin da 1'000 kg, CHF 3.45/kg, consegna 17.03.2026, lotto MBW-2609.
pos. 3  Masterbatch nero 40% - 500 kg (20 sacchi da 25 kg), CHF 2.90/kg, consegna 17.03.2026.

Se vi serve la tonnellata mancante possiamo aggiungerla al prossimo carico di aprile, fateci sapere.

Cordiali saluti

Luca Bernasconi
Servizio clienti
Polimeri Ticino SA | Via Cantonale 24 | CH-6814 Lamone
Tel. +41 91 605 32 10 | IDI CHE-105.418.227 IVA"""
    eml = reply("resin-ch", P, "outlook", T(2026, 3, 3, 8, 55, 1), body, qlang="it", lang="it-CH",
                blang="de", prefix="R: ", charset="windows-1252",
                sender=("Bernasconi Luca", "l.bernasconi@polimeri-ticino.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: C(24, "1385.00", D(2026, 3, 17)), 2: A(L[1]), 3: A(L[2])}),
               notes="Line 1 reduced to one full silo truck (24 t). The missing tonne is only offered for April, not "
                     "committed. Lot numbers 26-0345 / MBW-2609 are not dates.")
    return eml, [P], exp


@case("pv-modules-full-pallets-of-31-pl", "confirmation", "pl",
      "solar: 600 modules rounded to 20 pallets x 31 = 620, '450 Wp' in descriptions, rail price raised, Polish 1 148,00 format")
def c_solar_pl():
    sup = supplier("SHPL", "SolarHurt Polska Sp. z o.o.", "zamowienia@solarhurt.example", "pl")
    buy = buyer("Katrin Vogel", "k.vogel@heliobuild.example")
    P = po("HB-2026-0331", sup, buy, "EUR", D(2026, 4, 13), [
        line(1, "MOD-450-BF", "PV module 450 Wp bifacial glass-glass, 1903x1134 mm", 600, "EA", "96.50", D(2026, 5, 15)),
        line(2, "INV-10K-3P", "Hybrid inverter 10 kW 3-phase", 20, "EA", "1148.00", D(2026, 5, 15)),
        line(3, "RAIL-40-4200", "Mounting rail alu 40x40, 4200 mm", 360, "EA", "21.90", D(2026, 5, 15)),
    ])
    check_wd(D(2026, 5, 15), 4)
    body = """Dzień dobry Pani Katrin,

dziękujemy za zamówienie HB-2026-0331. Potwierdzamy:

1. Moduł 450 Wp bifacial - moduły pakowane są po 31 szt. na palecie, dlatego wysyłamy 20 palet = 620 szt. w cenie 96,50 EUR/szt.
2. Falownik hybrydowy 10 kW - 20 szt., 1 148,00 EUR/szt.
3. Szyna montażowa 40x40, 4200 mm - 360 szt., cena 23,40 EUR/szt. zamiast 21,90 EUR (nowy cennik aluminium obowiązuje od 1 maja).

Termin dostawy dla wszystkich pozycji: 15.05.2026 (piątek), transport własny.

Pozdrawiam
Agnieszka Wróbel
Dział Sprzedaży
SolarHurt Polska Sp. z o.o.
ul. Przemysłowa 18, 62-080 Tarnowo Podgórne
tel. +48 61 555 20 14
NIP 777-32-45-118, KRS 0000581234"""
    eml = reply("solar-pl", P, "outlook", T(2026, 4, 14, 12, 31, 2), body, qlang="pl", lang="pl-PL",
                prefix="RE: ", sender=("Agnieszka Wróbel", "a.wrobel@solarhurt.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: C(620, "96.50", D(2026, 5, 15)), 2: A(L[1]),
                                 3: C(360, "23.40", D(2026, 5, 15))}),
               notes="Modules rounded up to full pallets (20 x 31 = 620). '1 May' is the effective date of the new "
                     "aluminium price list, not a delivery date. '450 Wp', '10 kW', '40x40' are not quantities.")
    return eml, [P], exp


@case("cable-drums-copper-surcharge-per-m-cs", "confirmation", "cs",
      "cable on 500 m drums with a fixed copper surcharge in CZK per metre added to the unit price; ship 23.3. and delivery 24.3. both labelled")
def c_cable_cs():
    sup = supplier("KSMO", "Kabelservis Morava s.r.o.", "objednavky@kabelservis-morava.example", "cs")
    buy = buyer("Lenka Horáková", "nakup@elmont-brno.example")
    P = po("EB-4410-26", sup, buy, "CZK", D(2026, 3, 9), [
        line(1, "CYKY-J-5x2.5", "Kabel CYKY-J 5x2,5 mm2, buben 500 m", 2000, "M", "38.50", D(2026, 3, 24)),
        line(2, "CYKY-J-3x1.5", "Kabel CYKY-J 3x1,5 mm2, buben 500 m", 3000, "M", "16.20", D(2026, 3, 24)),
        line(3, "H07V-K-16-ZZ", "Vodič H07V-K 16 mm2 zelenožlutý, cívka 100 m", 500, "M", "41.80", D(2026, 3, 24)),
    ])
    body = """Dobrý den paní Horáková,

potvrzujeme objednávku EB-4410-26:

pol. 1  CYKY-J 5x2,5 - 2 000 m (4 bubny à 500 m), 38,50 Kč/m + příplatek Cu 4,20 Kč/m
pol. 2  CYKY-J 3x1,5 - 3 000 m (6 bubnů), 16,20 Kč/m + příplatek Cu 1,65 Kč/m
pol. 3  H07V-K 16 - 500 m (5 cívek), 41,80 Kč/m, příplatek Cu je již v ceně

Expedice z našeho skladu v Olomouci 23. 3., dodání na stavbu Brno-Slatina 24. 3. 2026.
Příplatek za měď je počítán podle notace DEL ke dni potvrzení (DEL 1 012 EUR/100 kg).

S pozdravem

Ing. Petr Dvořák
obchodní oddělení
Kabelservis Morava s.r.o., Holická 1173/47, 779 00 Olomouc
tel.: +420 585 555 301, IČO: 27845120"""
    eml = reply("cable-cs", P, "thunderbird", T(2026, 3, 10, 13, 2, 1), body, qlang="en", tb_lang="cs",
                lang="cs", prefix="Re: ", cte="8bit", sender=("Petr Dvořák", "dvorak@kabelservis-morava.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: C(2000, "42.70", D(2026, 3, 24)), 2: C(3000, "17.85", D(2026, 3, 24)),
                                 3: A(L[2])}),
               notes="Fixed per-metre copper surcharges are added to the unit price: 38.50+4.20 = 42.70, "
                     "16.20+1.65 = 17.85 CZK/m. Line 3 surcharge already included. Ship 23.3., delivery 24.3. "
                     "(delivery wins = requested date). DEL 1 012 EUR/100 kg is a reference quote, not a price.")
    return eml, [P], exp


@case("truck-tyres-sizes-look-like-dates-sk", "confirmation", "sk",
      "tyre sizes 315/80 R22.5, 385/65 R22.5 look like dates/fractions; one price up, one line later ('až 26.5.')")
def c_tyre_sk():
    sup = supplier("PNZA", "Pneuservis Žilina s.r.o.", "predaj@pneu-zilina.example", "sk")
    buy = buyer("Zuzana Bieliková", "nakup@transkarpaty.example")
    P = po("TK-PO-0926", sup, buy, "EUR", D(2026, 5, 4), [
        line(1, "315/80R22.5-DRV", "Tyre 315/80 R22.5 156/150L drive, M+S", 24, "EA", "389.00", D(2026, 5, 12)),
        line(2, "385/65R22.5-TRL", "Tyre 385/65 R22.5 164K trailer", 36, "EA", "402.00", D(2026, 5, 12)),
        line(3, "295/60R22.5-STR", "Tyre 295/60 R22.5 150/147L steer", 8, "EA", "371.00", D(2026, 5, 12)),
    ])
    body = """Dobrý deň pani Bieliková,

potvrdzujem objednávku TK-PO-0926:

315/80 R22.5 záberové - 24 ks à 389,00 €, dodanie 12.5.
385/65 R22.5 návesové - 36 ks, cena od výrobcu stúpla, môžeme dať za 412,00 €/ks, dodanie 12.5.
295/60 R22.5 riadiace - momentálne nie sú skladom u distribútora, 8 ks vieme doviezť až 26.5., cena 371,00 € ostáva.

S pozdravom
Marek Kováč
Pneuservis Žilina s.r.o.
Bratislavská 2/B, 010 01 Žilina
+421 41 555 7720"""
    eml = reply("tyre-sk", P, "gmail", T(2026, 5, 5, 9, 14, 2), body, qlang="sk", lang="sk",
                prefix="Re: ", sender=("Marek Kováč", "marek.kovac@pneu-zilina.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: C(36, "412.00", D(2026, 5, 12)),
                                 3: C(8, "371.00", D(2026, 5, 26))}),
               notes="Dates without year (12.5., 26.5.) resolve to May 2026. Tyre sizes like 315/80 and R22.5 are "
                     "not dates or quantities.")
    return eml, [P], exp


@case("paper-reels-grammage-line-rejected-hu", "confirmation", "hu",
      "newsprint reels in tonnes with g/m2 and reel widths; Hungarian '2026. április 27-én'; second width cannot be produced -> rejected")
def c_paper_hu():
    sup = supplier("DUPA", "Dunapapír Kft.", "ertekesites@dunapapir.example", "hu")
    buy = buyer("Szabó Gábor", "beszerzes@pannon-nyomda.example")
    P = po("PN-26-0512", sup, buy, "EUR", D(2026, 4, 8), [
        line(1, "NP-45-1260", "Newsprint 45 g/m2, reel width 1260 mm, core 76 mm", 18, "T", "612.00", D(2026, 4, 27)),
        line(2, "UWF-80-880", "Uncoated woodfree 80 g/m2, reel 880 mm", 6, "T", "1040.00", D(2026, 4, 27)),
    ])
    check_wd(D(2026, 4, 27), 0)
    body = """Tisztelt Szabó Úr!

A PN-26-0512 számú megrendelését köszönjük.

1. tétel - 45 g/m² újságnyomó, 1260 mm tekercs: 18 t, 612,00 EUR/t, szállítás 2026. április 27-én (hétfő).
2. tétel - 80 g/m² famentes ofszet, 880 mm: sajnos ezt a szélességet a gépünk jelenleg nem gyártja, ezt a tételt nem tudjuk vállalni.

Üdvözlettel:
Kovács Eszter
értékesítési koordinátor
Dunapapír Kft. | 2400 Dunaújváros, Papírgyári út 42.
Tel.: +36 25 555 180 | Cégjegyzékszám: 07-09-012345"""
    eml = reply("paper-hu", P, "thunderbird", T(2026, 4, 9, 10, 40, 2), body, qlang="en", tb_lang="hu",
                lang="hu", prefix="Re: ", cte="8bit", sender=("Kovács Eszter", "kovacs.eszter@dunapapir.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: REJ}),
               notes="Hungarian year-first date '2026. április 27-én'. Line 2 explicitly declined.")
    return eml, [P], exp


@case("oak-boards-m3-short-ro", "confirmation", "ro",
      "sawn oak in m3 with decimal comma (11,8 m³ of 12.5 ordered), veneer in m2 confirmed; Romanian 'joi 30 aprilie'")
def c_wood_ro():
    sup = supplier("CALE", "Carpatia Lemn SRL", "vanzari@carpatialemn.example", "ro")
    buy = buyer("Ioana Mureșan", "achizitii@mobila-transilvania.example")
    P = po("MT-2026-0175", sup, buy, "EUR", D(2026, 4, 6), [
        line(1, "STJ-KD-27", "Cherestea stejar uscată 27 mm, clasa A/B", 12.5, "M3", "690.00", D(2026, 4, 30)),
        line(2, "FURN-STJ-06", "Furnir stejar 0,6 mm, pachete", 800, "M2", "3.15", D(2026, 4, 30)),
    ])
    check_wd(D(2026, 4, 30), 3)
    body = """Bună ziua doamna Mureșan,

Confirmăm comanda MT-2026-0175:
- cherestea stejar 27 mm: avem disponibil uscat doar 11,8 m³, la 690 EUR/m³, livrare joi 30 aprilie;
- furnir stejar 0,6 mm: 800 m², 3,15 EUR/m², livrare tot pe 30 aprilie.

Cu stimă,
Andrei Popescu
Carpatia Lemn SRL
Str. Fabricii nr. 7, Vatra Dornei, jud. Suceava
Tel: 0230 555 318 | CUI RO14523871 | J33/412/2002"""
    eml = reply("wood-ro", P, "gmail", T(2026, 4, 7, 11, 20, 3), body, qlang="ro", lang="ro",
                prefix="Re: ", sender=("Andrei Popescu", "andrei.popescu@carpatialemn.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: C(11.8, "690.00", D(2026, 4, 30)), 2: A(L[1])}),
               notes="Line 1 short: 11.8 m3 instead of 12.5 m3 (decimal comma). '0,6 mm', '27 mm' are dimensions.")
    return eml, [P], exp


@case("excipients-gmp-retest-date-short-hr", "confirmation", "hr",
      "pharma excipients: retest date 03/2029, batch number, GMP/CoA beside the delivery date; magnesium stearate 40 of 50 kg, rest undated")
def c_pharma_hr():
    sup = supplier("FMKM", "Farmakem d.o.o.", "prodaja@farmakem.example", "hr")
    buy = buyer("Marko Babić", "nabava@adriapharm.example")
    P = po("AP-PO-26-0291", sup, buy, "EUR", D(2026, 5, 25), [
        line(1, "EXC-MCC-102", "Microcrystalline cellulose PH 102, drum 25 kg", 500, "KG", "6.80", D(2026, 6, 18)),
        line(2, "EXC-MGST-VEG", "Magnesium stearate, vegetable grade, bag 10 kg", 50, "KG", "14.90", D(2026, 6, 18)),
        line(3, "EXC-CCS", "Croscarmellose sodium, drum 25 kg", 100, "KG", "19.40", D(2026, 6, 18)),
    ])
    body = """Poštovani g. Babić,

zahvaljujemo na narudžbi AP-PO-26-0291. Potvrđujemo:

1. Mikrokristalna celuloza PH 102 - 500 kg (20 bačvi à 25 kg), 6,80 EUR/kg, isporuka 18.06.2026. Serija 2605-114, datum retesta 03/2029; GMP certifikat proizvođača i CoA šaljemo uz robu.
2. Magnezijev stearat - na zalihi imamo samo 40 kg (4 vreće), isporučujemo ih 18.06. Preostalih 10 kg čekamo od proizvođača, termin još nije poznat.
3. Kroskarmeloza natrij - 100 kg, 19,40 EUR/kg, isporuka 18.06.2026.

Lijep pozdrav,

Ivana Horvat
Prodaja | Farmakem d.o.o.
Radnička cesta 52, 10000 Zagreb
T: +385 1 555 6123 | OIB: 12345678903"""
    eml = reply("pharma-hr", P, "outlook", T(2026, 5, 26, 11, 22, 2), body, qlang="hr", lang="hr-HR",
                prefix="RE: ", sender=("Ivana Horvat", "ivana.horvat@farmakem.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: C(40, "14.90", D(2026, 6, 18)), 3: A(L[2])}),
               notes="Retest date 03/2029 and batch 2605-114 are not delivery data. Line 2: 40 kg committed; the "
                     "remaining 10 kg have no date and are not committed.")
    return eml, [P], exp


@case("screws-box-of-100-rounding-sr-Latn", "confirmation", "sr-Latn",
      "fixings sold only in boxes of 100: 2.550 pcs rounded to 26 boxes = 2.600; Serbian dot thousands, 'u sredu 10.06.'")
def c_fix_sr():
    sup = supplier("ALPL", "Alati Plus d.o.o.", "prodaja@alatiplus.example", "sr-Latn")
    buy = buyer("Milica Petrović", "nabavka@gradnja-sistem.example")
    P = po("GS-0457/26", sup, buy, "EUR", D(2026, 6, 1), [
        line(1, "VIJ-6x60-TX", "Vijak za drvo 6x60 TX30, pocinkovan", 2550, "PCS", "0.085", D(2026, 6, 10)),
        line(2, "TIP-10-NYL", "Tipla najlon 10 mm", 1200, "PCS", "0.042", D(2026, 6, 10)),
        line(3, "KLJ-13-VIL", "Viljuškasti ključ 13 mm, CrV", 12, "PCS", "4.60", D(2026, 6, 10)),
    ])
    check_wd(D(2026, 6, 10), 2)
    body = """Poštovana gospođo Petrović,

potvrđujemo porudžbinu GS-0457/26, isporuka u sredu 10.06.

Vijci 6x60 se pakuju isključivo u kutije po 100 kom, pa šaljemo 26 kutija = 2.600 kom po 0,085 EUR/kom. Tiplovi 1.200 kom i ključevi 12 kom kako ste naručili.

Srdačan pozdrav,
Nikola Jovanović

Alati Plus d.o.o.
Bulevar oslobođenja 112, 21000 Novi Sad
Tel: +381 21 555 4410 | PIB: 101234567 | MB: 08123456"""
    eml = reply("fix-sr", P, "outlook", T(2026, 6, 2, 9, 5, 2), body, qlang="sr", lang="sr-Latn-RS",
                prefix="RE: ", sender=("Nikola Jovanović", "nikola.jovanovic@alatiplus.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: C(2600, "0.085", D(2026, 6, 10)), 2: A(L[1]), 3: A(L[2])}),
               notes="Pack-size rounding stated by the supplier: 26 boxes x 100 = 2,600 pcs. '2.600' uses a dot as "
                     "thousands separator. '10.06.' without year = 2026-06-10.")
    return eml, [P], exp


@case("hotel-consumables-weekday-date-sl", "confirmation", "sl",
      "hotel supplies all confirmed 'v četrtek, 19. 3.' with an 8-12 h time window; Thunderbird bottom-post")
def c_hotel_sl():
    sup = supplier("HOBL", "Hotelska oprema Bled d.o.o.", "narocila@hotelska-oprema.example", "sl")
    buy = buyer("Rok Kranjc", "nabava@hoteli-triglav.example")
    P = po("HT-26-1184", sup, buy, "EUR", D(2026, 3, 12), [
        line(1, "TP-3SL-72", "Toaletni papir 3-slojni, paket 72 rol", 40, "PAK", "31.50", D(2026, 3, 19)),
        line(2, "BT-KOP-70", "Kopalna brisača 70x140, bela, 500 g/m2", 200, "PCS", "7.90", D(2026, 3, 19)),
        line(3, "MIL-30ML", "Milo za roke 30 ml, škatla 400 kos", 6, "BOX", "52.00", D(2026, 3, 19)),
    ])
    check_wd(D(2026, 3, 19), 3)
    body = """Pozdravljeni g. Kranjc,

hvala za naročilo HT-26-1184. Vse postavke potrjujemo po cenah iz naročila, dobava v četrtek, 19. 3., med 8. in 12. uro.

Lep pozdrav,
Maja Novak

--
Hotelska oprema Bled d.o.o.
Ljubljanska cesta 5, 4260 Bled
T: 04 555 71 20"""
    eml = reply("hotel-sl", P, "thunderbird", T(2026, 3, 13, 8, 47, 1), body, qlang="en", tb_lang="sl",
                lang="sl", prefix="Re: ", post="bottom", cte="qp", sender=("Maja Novak", "maja.novak@hotelska-oprema.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1]), 3: A(L[2])}),
               notes="Answer sits below the quote. '19. 3.' = 2026-03-19; 'med 8. in 12. uro' is a time window.")
    return eml, [P], exp


@case("christmas-toys-deadline-line-sold-out-bg", "confirmation", "bg",
      "seasonal toys in Bulgarian (windows-1251): 'доставка до 1 октомври' ok, plush moved to 15 October, advent calendar sold out -> rejected")
def c_toys_bg():
    sup = supplier("IGBA", "Играчки Балкан ЕООД", "sales@igrachki-balkan.example", "bg")
    buy = buyer("Elena Georgieva", "e.georgieva@kidsworld.example")
    P = po("KW-XMAS-2026-014", sup, buy, "EUR", D(2026, 8, 24), [
        line(1, "WOOD-TRAIN-24", "Wooden train set 24 pcs", 300, "EA", "18.40", D(2026, 10, 1)),
        line(2, "PLUSH-REIN-30", "Plush reindeer 30 cm", 500, "EA", "6.75", D(2026, 10, 1)),
        line(3, "ADV-CAL-PUZ", "Advent calendar puzzle 24 days", 400, "EA", "9.20", D(2026, 10, 1)),
    ])
    body = """Здравейте г-жо Георгиева,

Благодарим за поръчка KW-XMAS-2026-014.

Потвърждаваме:
- Дървен влак 24 части - 300 бр. по 18,40 EUR, доставка до 1 октомври.
- Плюшен елен 30 см - 500 бр. по 6,75 EUR, но фабриката може да ги изпрати чак за 15 октомври.
- Адвент календар пъзел - изчерпан, производителят го спря за този сезон. Не можем да го доставим.

Поздрави,
Десислава Петрова
Търговски отдел
Играчки Балкан ЕООД, бул. „Цариградско шосе“ 115, 1784 София
тел. +359 2 955 4410, ЕИК 204567891"""
    eml = reply("toys-bg", P, "outlook", T(2026, 8, 25, 15, 30, 3), body, qlang="bg", lang="bg-BG",
                prefix="RE: ", charset="windows-1251", cte="qp", henc="b",
                sender=("Десислава Петрова", "d.petrova@igrachki-balkan.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: C(500, "6.75", D(2026, 10, 15)), 3: REJ}),
               notes="'доставка до 1 октомври' = by the requested date. Plush reindeer moved to 15 October (the "
                     "factory ships 'for 15 October'; no other date given). Advent calendar sold out -> rejected.")
    return eml, [P], exp


@case("lens-blanks-price-up-el", "confirmation", "el",
      "optical lens blanks in pairs, Greek ISO-8859-7 Outlook mail, dd/mm without year, polycarbonate price raised 7,10 -> 7,45")
def c_optics_el():
    sup = supplier("OPAI", "Οπτική Αιγαίου Α.Ε.", "orders@optiki-aigaiou.example", "el")
    buy = buyer("Andreas Christou", "a.christou@clearview-optical.example")
    P = po("CV-0662", sup, buy, "EUR", D(2026, 5, 11), [
        line(1, "LNS-CR39-165", "Lens blank CR-39 1.5, 65 mm, single vision", 400, "PR", "3.85", D(2026, 5, 27)),
        line(2, "LNS-PC-170-HC", "Lens blank polycarbonate 1.59, 70 mm, hard coat", 200, "PR", "7.10", D(2026, 5, 27)),
    ])
    body = """Καλημέρα κ. Χρήστου,

Επιβεβαιώνουμε την παραγγελία CV-0662:
- CR-39 1.5 65mm: 400 ζεύγη, 3,85 € /ζεύγος, παράδοση 27/05.
- Polycarbonate 1.59 70mm HC: 200 ζεύγη, νέα τιμή 7,45 € /ζεύγος λόγω αύξησης κόστους επίστρωσης, παράδοση 27/05.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων
Οπτική Αιγαίου Α.Ε. - Λ. Βουλιαγμένης 212, 173 43 Άγιος Δημήτριος
Τηλ. 210 555 9341 | ΑΦΜ 094512378"""
    eml = reply("optics-el", P, "outlook", T(2026, 5, 12, 10, 12, 3), body, qlang="el", lang="el-GR",
                prefix="ΑΠ: ", charset="iso-8859-7", henc="b", html=True,
                sender=("Γιώργος Παπαδόπουλος", "g.papadopoulos@optiki-aigaiou.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: C(200, "7.45", D(2026, 5, 27))}),
               notes="'1.5' and '1.59' are refractive indices, '65mm/70mm' diameters. 27/05 = 2026-05-27.")
    return eml, [P], exp


@case("brake-blocks-two-deliveries-tr", "confirmation", "tr",
      "railway spare parts in Turkish: brake blocks split 400 on 10.07 + 400 on 24.07, two other lines as ordered")
def c_rail_tr():
    sup = supplier("ANRS", "Anadolu Raylı Sistemler A.Ş.", "satis@anadolu-rayli.example", "tr")
    buy = buyer("Ayşe Demir", "satinalma@ege-demiryolu.example")
    P = po("RT-4500-2211", sup, buy, "EUR", D(2026, 6, 8), [
        line(1, "BB-COMP-K", "Composite brake block K-type, UIC 541-4", 800, "EA", "24.60", D(2026, 7, 10)),
        line(2, "SPR-PRIM-Y25", "Primary suspension spring, Y25 bogie", 64, "EA", "118.00", D(2026, 7, 10)),
        line(3, "PAD-DISC-590", "Brake pad set for disc 590x110", 120, "SET", "87.50", D(2026, 7, 10)),
    ])
    body = """Sayın Ayşe Hanım,

RT-4500-2211 numaralı siparişiniz için teşekkür ederiz. Teyidimiz aşağıdadır:

1) Kompozit fren pabucu K tipi: 800 adet, 24,60 EUR/adet. 400 adet 10.07.2026 tarihinde, kalan 400 adet 24.07.2026 tarihinde teslim edilecektir.
2) Y25 primer süspansiyon yayı: 64 adet, 118,00 EUR/adet, teslim 10.07.2026.
3) Disk fren balatası 590x110: 120 takım, 87,50 EUR/takım, teslim 10.07.2026.

Saygılarımızla,
Mehmet Yılmaz
Satış Sorumlusu
Anadolu Raylı Sistemler A.Ş.
Organize Sanayi Bölgesi 3. Cad. No:14, 26110 Eskişehir
Tel: +90 222 555 41 00 | Vergi No: 0680512345"""
    eml = reply("rail-tr", P, "outlook", T(2026, 6, 9, 9, 48, 3), body, qlang="tr", lang="tr-TR",
                prefix="YNT: ", sender=("Mehmet Yılmaz", "mehmet.yilmaz@anadolu-rayli.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: C(800, "24.60", D(2026, 7, 24), [(400, D(2026, 7, 10)), (400, D(2026, 7, 24))]),
                                 2: A(L[1]), 3: A(L[2])}),
               notes="'UIC 541-4', '590x110', 'No:14' are not dates or quantities.")
    return eml, [P], exp


@case("produce-weekly-calloffs-tuesdays-nl-NL", "confirmation", "nl-NL",
      "fresh produce: both lines delivered in three weekly call-offs 'week 14 (31/3)', 'week 15 (7/4)', 'week 16 (14/4)' on Tuesdays")
def c_produce_nl():
    sup = supplier("WVGR", "Westland Verse Groenten B.V.", "orders@westlandvers.example", "nl-NL")
    buy = buyer("Sanne Bakker", "inkoop@lumenfoods.example")
    P = po("LF-45-11872", sup, buy, "EUR", D(2026, 3, 23), [
        line(1, "TOM-TROS-6", "Trostomaten klasse I, krat 6 kg - afroep wk 14-16", 360, "CRT", "9.40", D(2026, 4, 17)),
        line(2, "PAP-MIX-5", "Paprika mix rood/geel/groen, krat 5 kg - afroep wk 14-16", 240, "CRT", "11.20", D(2026, 4, 17)),
    ])
    for d in (D(2026, 3, 31), D(2026, 4, 7), D(2026, 4, 14)):
        check_wd(d, 1)
    body = """Hoi Sanne,

Bedankt voor order LF-45-11872. We leveren in drie ritten, telkens op dinsdag:

week 14 (31/3): 120 kratten trostomaat + 80 kratten paprika mix
week 15 (7/4): 120 kratten trostomaat + 80 kratten paprika mix
week 16 (14/4): 120 kratten trostomaat + 80 kratten paprika mix

Prijzen zoals op de order.

Groet,
Bram Visser
Verkoop binnenland | Westland Verse Groenten B.V.
Naaldwijkseweg 210, 2691 RZ 's-Gravenzande
T 0174 555 820 | KvK 27123456"""
    eml = reply("produce-nl", P, "outlook", T(2026, 3, 24, 7, 58, 1), body, qlang="nl", lang="nl-NL",
                prefix="RE: ", sender=("Bram Visser", "b.visser@westlandvers.example"))
    sched1 = [(120, D(2026, 3, 31)), (120, D(2026, 4, 7)), (120, D(2026, 4, 14))]
    sched2 = [(80, D(2026, 3, 31)), (80, D(2026, 4, 7)), (80, D(2026, 4, 14))]
    exp = conf((P["po_number"], {1: C(360, "9.40", D(2026, 4, 14), sched1), 2: C(240, "11.20", D(2026, 4, 14), sched2)}),
               notes="Day given with the week ('op dinsdag', dd/m in brackets), so the Tuesdays count, not the "
                     "Fridays. Last delivery 14/4 is before the requested 17/4, so both lines are changed with schedules.")
    return eml, [P], exp


@case("dairy-chilled-shelf-life-days-da", "confirmation", "da",
      "chilled dairy, all confirmed for 'tirsdag d. 10. marts'; shelf life '21 dages' and '45 dage', temperature 2-5 °C as number traps; iPhone")
def c_dairy_da():
    sup = supplier("VJMJ", "Vestjysk Mejeri A/S", "ordre@vestjysk-mejeri.example", "da")
    buy = buyer("Lars Holm", "indkob@nordhavn-catering.example")
    P = po("NC-26-0388", sup, buy, "DKK", D(2026, 3, 2), [
        line(1, "SM-SKYR-1KG", "Skyr naturel 1 kg, kølevare", 240, "EA", "21.50", D(2026, 3, 10)),
        line(2, "OST-DANBO-45", "Danbo 45+ skiveost 1 kg", 120, "EA", "58.00", D(2026, 3, 10)),
        line(3, "SMOR-250-ECO", "Økologisk smør 250 g", 480, "EA", "17.25", D(2026, 3, 10)),
    ])
    check_wd(D(2026, 3, 10), 1)
    body = """Hej Lars

Tak for ordren NC-26-0388. Vi bekræfter alle tre linjer til de aftalte priser med levering tirsdag d. 10. marts mellem kl. 6 og 9 (køl 2-5 °C).

Skyr leveres med min. 21 dages holdbarhed, smør og ost med min. 45 dage.

Venlig hilsen
Mette Jensen
Ordrekontoret
Vestjysk Mejeri A/S · Mejerivej 3 · 6950 Ringkøbing
Tlf. 97 55 12 40 · CVR 12345678

Sendt fra min iPhone"""
    eml = reply("dairy-da-iphone", P, "apple", T(2026, 3, 3, 7, 41, 1), body, qlang="da", lang="da",
                prefix="Sv: ", sender=("Mette Jensen", "mette.jensen@vestjysk-mejeri.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1]), 3: A(L[2])}),
               notes="Shelf-life days (21, 45), times (kl. 6-9) and temperatures are not quantities or dates.")
    return eml, [P], exp


@case("meat-vecka-price-plus-2kr-sv", "confirmation", "sv",
      "chilled meat: 'Leverans sker v. 12' (bare week = Friday = requested), one line +2 kr/kg absolute increase")
def c_meat_sv():
    sup = supplier("SMCH", "Smålands Chark AB", "order@smalandschark.example", "sv")
    buy = buyer("Karin Ek", "inkop@rgnorr.example")
    P = po("RGN-26-1040", sup, buy, "SEK", D(2026, 3, 9), [
        line(1, "FL-KARRE-BF", "Fläskkarré benfri, kyld, ca 2,5 kg/st", 150, "KG", "89.00", kw(2026, 12)),
        line(2, "NOT-FARS-10", "Nötfärs 10 %, 1 kg tråg", 200, "KG", "112.00", kw(2026, 12)),
    ])
    body = """Hej Karin!

Tack för beställningen RGN-26-1040. Leverans sker v. 12 enligt önskemål.

Fläskkarré 150 kg - 89,00 kr/kg, ok.
Nötfärs 200 kg - pga höjda råvarupriser blir priset 114,00 kr/kg (+2 kr/kg).

Hållbarhet vid leverans minst 10 dagar.

Med vänlig hälsning
Erik Lindqvist
Innesälj | Smålands Chark AB
Industrigatan 8, 331 41 Värnamo
Tel 0370-55 12 80"""
    eml = reply("meat-sv", P, "outlook", T(2026, 3, 10, 13, 15, 1), body, qlang="sv", lang="sv-SE",
                prefix="SV: ", sender=("Erik Lindqvist", "erik.lindqvist@smalandschark.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: C(200, "114.00", kw(2026, 12))}),
               notes="v. 12 = Friday 2026-03-20, the requested date. '2,5 kg/st' and '10 dagar' are not quantities.")
    return eml, [P], exp


@case("guitar-discontinued-successor-offered-nb", "confirmation", "nb",
      "musical instruments: one guitar model discontinued, successor 'ST-3 Pro' only offered (buyer must decide) -> rejected; others confirmed")
def c_music_nb():
    sup = supplier("NOMU", "Nordisk Musikkimport AS", "ordre@nordiskmusikk.example", "nb")
    buy = buyer("Henrik Dahl", "innkjop@musikkhuset-bergen.example")
    P = po("MHB-26-077", sup, buy, "NOK", D(2026, 9, 7), [
        line(1, "GIT-AC-D28S", "Akustisk gitar dreadnought, gran/mahogni", 6, "EA", "4890.00", D(2026, 9, 25)),
        line(2, "GIT-EL-ST3-SB", "El-gitar ST-3 sunburst", 10, "EA", "3250.00", D(2026, 9, 25)),
        line(3, "STR-1047-12", "Gitarstrenger 10-47 akustisk, 12-pk", 20, "PK", "499.00", D(2026, 9, 25)),
    ])
    check_wd(D(2026, 9, 25), 4)
    body = """Hei Henrik,

Takk for bestillingen MHB-26-077.

Pos. 1: 6 stk dreadnought, kr 4 890,00, levering fredag 25. september.
Pos. 2: ST-3 sunburst er dessverre utgått hos produsenten. Etterfølgeren er ST-3 Pro (samme farge, nye pickuper) til kr 3 490,00. Gi beskjed om dere ønsker den, så legger jeg inn ordre.
Pos. 3: 20 pk strenger, kr 499,00, levering 25. september.

Mvh
Ingrid Solberg
Nordisk Musikkimport AS
Stålfjæra 14, 0975 Oslo
Tlf 22 55 40 10 | Org.nr. 912 345 678 MVA"""
    eml = reply("music-nb", P, "outlook", T(2026, 9, 8, 10, 2, 2), body, qlang="nb", lang="nb-NO",
                prefix="SV: ", sender=("Ingrid Solberg", "ingrid.solberg@nordiskmusikk.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: REJ, 3: A(L[2])}),
               notes="Line 2 cannot be supplied (discontinued). The successor at kr 3 490 is only an offer awaiting "
                     "the buyer's decision, so nothing is committed for line 2. '10-47' is a string gauge.")
    return eml, [P], exp


@case("kraftliner-reels-viikolla-split-fi", "confirmation", "fi",
      "paper reels in tonnes, Finnish 'toimitus viikolla 14' and a machine-stop split 20 t wk 14 + 10 t wk 16")
def c_paper_fi():
    sup = supplier("KYSE", "Kymin Sellu Oy", "myynti@kyminsellu.example", "fi")
    buy = buyer("Laura Nieminen", "osto@pakkaustalo.example")
    P = po("PT-26-0402", sup, buy, "EUR", D(2026, 3, 16), [
        line(1, "KL-140-1600", "Kraftliner 140 g/m2, rulla 1600 mm", 40, "T", "745.00", kw(2026, 14)),
        line(2, "FL-112-1600", "Fluting 112 g/m2, rulla 1600 mm", 30, "T", "520.00", kw(2026, 14)),
    ])
    body = """Hei Laura,

kiitos tilauksesta PT-26-0402. Vahvistamme:

rivi 1: kraftliner 140 g/m², 40 t, 745,00 EUR/t, toimitus viikolla 14
rivi 2: fluting 112 g/m², 30 t, 520,00 EUR/t - koneseisokin takia 20 t viikolla 14 ja loput 10 t viikolla 16

Ystävällisin terveisin
Mikko Virtanen
Myyntipalvelu
Kymin Sellu Oy, Tehtaantie 2, 45700 Kuusankoski
puh. 020 555 3140 | Y-tunnus 1234567-8"""
    eml = reply("paper-fi", P, "outlook", T(2026, 3, 17, 14, 26, 2), body, qlang="fi", lang="fi-FI",
                prefix="VS: ", sender=("Mikko Virtanen", "mikko.virtanen@kyminsellu.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: C(30, "520.00", kw(2026, 16), [(20, kw(2026, 14)), (10, kw(2026, 16))])}),
               notes="Week 14 = Friday 2026-04-03 (requested), week 16 = 2026-04-17.")
    return eml, [P], exp


@case("birch-boards-bottom-post-et", "confirmation", "et",
      "Estonian sawmill answers below the quoted PO (bottom-post), m3 and pieces, 'reedel 24.04'")
def c_wood_et():
    sup = supplier("SAPU", "Saaremaa Puit OÜ", "myyk@saaremaapuit.example", "et")
    buy = buyer("Tõnu Kask", "ost@parnumoobel.example")
    P = po("PM-2026-221", sup, buy, "EUR", D(2026, 4, 13), [
        line(1, "KASE-25-KD", "Kasepruss 25 mm, kuivatatud", 8, "M3", "540.00", D(2026, 4, 24)),
        line(2, "MANT-18-LPK", "Männi liimpuitkilp 18x600x2400", 150, "PCS", "28.40", D(2026, 4, 24)),
    ])
    check_wd(D(2026, 4, 24), 4)
    body = """Tere, Tõnu!

Kinnitame tellimuse PM-2026-221: kask 8 m³ ja männi liimpuitkilp 150 tk tellimuse hindadega, tarne reedel 24.04.

Lugupidamisega
Kadri Tamm
Saaremaa Puit OÜ
Tööstuse 4, 93815 Kuressaare
tel +372 455 1234 | reg.kood 10987654"""
    eml = reply("wood-et", P, "thunderbird", T(2026, 4, 14, 9, 3, 3), body, qlang="en", tb_lang="et", lang="et",
                prefix="Re: ", post="bottom", cte="8bit", sender=("Kadri Tamm", "kadri.tamm@saaremaapuit.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1])}),
               notes="Reply below the quote; '18x600x2400' is a board size.")
    return eml, [P], exp


@case("pallets-oc-number-valid-until-lv", "confirmation", "lv",
      "Latvian pallet maker: OC number, OC date and 'derīgs līdz' validity date next to '2026. gada 8. maijā'; one line moved to 12. maijā")
def c_pallet_lv():
    sup = supplier("BAPA", "SIA Baltijas Paletes", "pasutijumi@baltijaspaletes.example", "lv")
    buy = buyer("Ilze Kalniņa", "iepirkumi@daugavafoods.example")
    P = po("DF-26-0913", sup, buy, "EUR", D(2026, 4, 27), [
        line(1, "PAL-EPAL-1", "EPAL 1 palete 1200x800, jauna", 500, "EA", "13.60", D(2026, 5, 8)),
        line(2, "PAL-1210-LT", "Vienreizējā palete 1200x1000, viegla", 200, "EA", "7.90", D(2026, 5, 8)),
    ])
    body = """Labdien, Ilze!

Paldies par pasūtījumu DF-26-0913. Pasūtījuma apstiprinājums Nr. BP-2604-118 no 28.04.2026 (cenas derīgas līdz 05.05.2026):

EPAL 1 paletes - 500 gab. par 13,60 EUR, piegāde 2026. gada 8. maijā.
Vienreizējās 1200x1000 - 200 gab. par 7,90 EUR, bet piegāde tikai 12. maijā (kaltē nav vietas).

Ar cieņu
Jānis Bērziņš
SIA Baltijas Paletes
Rūpniecības iela 21, Jelgava, LV-3001
Tālr. +371 63 055 210 | Reģ. Nr. 40003456789"""
    eml = reply("pallet-lv", P, "outlook", T(2026, 4, 28, 11, 9, 3), body, qlang="lv", lang="lv-LV",
                prefix="RE: ", sender=("Jānis Bērziņš", "janis.berzins@baltijaspaletes.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: C(200, "7.90", D(2026, 5, 12))}),
               notes="Confirmation number BP-2604-118, its date 28.04.2026 and the price validity 05.05.2026 are "
                     "not delivery dates.")
    return eml, [P], exp


@case("dairy-shelf-life-days-lt", "confirmation", "lt",
      "Lithuanian dairy: everything 'birželio 19 d. (penktadienį)', shelf lives 14/21/12 d. as number traps")
def c_dairy_lt():
    sup = supplier("PISL", "UAB Pieno Slėnis", "uzsakymai@pienoslenis.example", "lt")
    buy = buyer("Tomas Petrauskas", "pirkimai@vmtinklas.example")
    P = po("VMT-26-5521", sup, buy, "EUR", D(2026, 6, 15), [
        line(1, "VAR-200-9", "Varškė 9 %, 200 g", 1200, "EA", "0.98", D(2026, 6, 19)),
        line(2, "GRI-30-400", "Grietinė 30 %, 400 g", 600, "EA", "1.65", D(2026, 6, 19)),
        line(3, "KEF-25-1L", "Kefyras 2,5 %, 1 l", 800, "EA", "1.12", D(2026, 6, 19)),
    ])
    check_wd(D(2026, 6, 19), 4)
    body = """Laba diena,

patvirtiname užsakymą VMT-26-5521: visos prekės bus pristatytos birželio 19 d. (penktadienį), kainos pagal užsakymą. Varškės galiojimo terminas - 14 d., grietinės - 21 d., kefyro - 12 d. nuo pagaminimo.

Pagarbiai
Rūta Kazlauskienė
Pardavimų vadybininkė
UAB „Pieno Slėnis“, Pramonės g. 15, LT-35100 Panevėžys
Tel. +370 45 555 612"""
    eml = reply("dairy-lt", P, "gmail", T(2026, 6, 16, 8, 30, 3), body, qlang="lt", lang="lt",
                prefix="Re: ", sender=("Rūta Kazlauskienė", "ruta.kazlauskiene@pienoslenis.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1]), 3: A(L[2])}),
               notes="'14 d.', '21 d.', '12 d.' are shelf lives in days, not dates.")
    return eml, [P], exp


@case("sunflower-seed-ship-and-delivery-uk", "confirmation", "uk",
      "Ukrainian seed supplier gives shipment 20.03.2026 and delivery 23.03.2026 (labelled); delivery earlier than requested -> changed")
def c_seed_uk():
    sup = supplier("AGSV", "ТОВ «Агросвіт Насіння»", "sales@agrosvit-seeds.example", "uk")
    buy = buyer("Andrii Kovalenko", "zakupivli@polissia-agro.example")
    P = po("PA-2026-0044", sup, buy, "USD", D(2026, 2, 16), [
        line(1, "SUN-HY-8120", "Sunflower hybrid 8120, unit 150,000 seeds", 120, "UNIT", "118.00", D(2026, 3, 27)),
        line(2, "CORN-FAO-350", "Maize hybrid FAO 350, unit 80,000 seeds", 200, "UNIT", "96.00", D(2026, 3, 27)),
    ])
    body = """Доброго дня, пане Андрію!

Підтверджуємо замовлення PA-2026-0044:
1) Соняшник 8120 - 120 п.о. (посівних одиниць) по 118,00 USD;
2) Кукурудза ФАО 350 - 200 п.о. по 96,00 USD.

Відвантаження зі складу в Черкасах - 20.03.2026, доставка до вашого господарства - 23.03.2026.

З повагою,
Олена Шевченко
менеджер з продажу
ТОВ «Агросвіт Насіння»
вул. Промислова, 7, м. Черкаси, 18000
тел. +380 472 55 12 34 | ЄДРПОУ 38123456"""
    eml = reply("seed-uk", P, "outlook", T(2026, 2, 17, 10, 2, 2), body, qlang="uk", lang="uk-UA",
                prefix="RE: ", henc="b", sender=("Олена Шевченко", "o.shevchenko@agrosvit-seeds.example"))
    exp = conf((P["po_number"], {1: C(120, "118.00", D(2026, 3, 23)), 2: C(200, "96.00", D(2026, 3, 23))}),
               notes="Both a shipment date (20.03) and a delivery date (23.03) are given; the delivery date wins. "
                     "It is earlier than the requested 27.03, so the lines are 'changed'. 'ФАО 350' is a maturity class.")
    return eml, [P], exp


def cjk_table(p, hdr, cur_fmt, date_fmt):
    rows = [hdr]
    for l in p["lines"]:
        d = dt.date.fromisoformat(l["requested_date"])
        rows.append(f"{l['line']}  {l['item']}  {l['description']}  {fmt_qty(l['quantity'])} {l['uom']}  "
                    f"{cur_fmt(l['unit_price'])}  {date_fmt(d)}")
    return "\n".join(rows)


@case("inverters-md-dates-big5-zh-TW", "confirmation", "zh-TW",
      "Taiwanese inverter distributor, Big5-encoded Outlook reply, month/day dates '6/5', '6/26'; 100 kW model delayed")
def c_inv_tw():
    sup = supplier("TWPT", "台灣電能科技股份有限公司", "sales@twpowertech.example", "zh-TW")
    buy = buyer("陳志明", "purchase@sunshine-green.example")
    P = po("SG-PO-260421", sup, buy, "TWD", D(2026, 4, 21), [
        line(1, "INV-50K-3P", "組串式逆變器 50kW 三相", 12, "EA", "72500.00", D(2026, 6, 5)),
        line(2, "WIFI-DG-01", "監控模組 Wi-Fi", 12, "EA", "1150.00", D(2026, 6, 5)),
        line(3, "INV-100K-3P", "組串式逆變器 100kW 三相", 4, "EA", "121000.00", D(2026, 6, 5)),
    ])
    orig = ("林小姐 您好：\n\n附件為本公司採購單 SG-PO-260421，請確認數量、單價及交期後回覆，謝謝。\n\n" +
            cjk_table(P, "項次  料號  品名  數量  單價  交期", lambda x: "NT$" + f"{float(x):,.0f}",
                      lambda d: f"{d.year}/{d.month}/{d.day}") +
            "\n\n陳志明\n採購部 陽光綠能工程有限公司")
    body = """陳先生 您好：

感謝貴公司訂單 SG-PO-260421，回覆如下：

1. 50kW 逆變器 12 台，單價 NT$72,500，交期 6/5。
2. Wi-Fi 監控模組 12 個，單價 NT$1,150，交期 6/5。
3. 100kW 逆變器 4 台：原廠缺貨，交期延至 6/26，單價不變。

如有問題請再聯繫。

林怡君 Eva Lin
業務部
台灣電能科技股份有限公司
桃園市龜山區興邦路 31 號
TEL: 03-555-1288 #215
統一編號：24567890"""
    eml = reply("inv-tw", P, "outlook", T(2026, 4, 21, 16, 40, 8), body, qlang="zh_tw", lang="zh-TW",
                prefix="RE: ", charset="big5", cte="b64", henc="b", orig=orig,
                orig_subject="採購單 SG-PO-260421 請確認", orig_when=T(2026, 4, 21, 9, 12, 8),
                sender=("林怡君 Eva Lin", "eva.lin@twpowertech.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1]), 3: C(4, "121000.00", D(2026, 6, 26))}),
               notes="Month/day without year (Taiwanese usage): 6/5 = 2026-06-05, 6/26 = 2026-06-26. "
                     "'50kW'/'100kW' are ratings.")
    return eml, [P], exp


@case("masterbatch-two-batches-gb2312-zh-CN", "confirmation", "zh-CN",
      "Chinese masterbatch maker (Foxmail, GB2312 base64): price raised and split '2026年4月10日 3000kg, 2026年4月24日 2000kg'")
def c_mb_cn():
    sup = supplier("HCMB", "宁波华彩色母粒有限公司", "sales@huacai-mb.example", "zh-CN")
    buy = buyer("张伟", "purchasing@hengda-plastics.example")
    P = po("HD-PO-2026-0318", sup, buy, "CNY", D(2026, 3, 18), [
        line(1, "MB-BLUE-3021", "蓝色母粒 3021，25kg/袋", 2000, "KG", "28.50", D(2026, 4, 10)),
        line(2, "MB-WHITE-7050", "白色母粒 7050（钛白粉70%），25kg/袋", 5000, "KG", "19.80", D(2026, 4, 10)),
    ])
    orig = ("王经理：\n\n您好！附件是我司采购订单 HD-PO-2026-0318，请确认数量、单价和交期。\n\n" +
            cjk_table(P, "行号  物料编码  品名  数量  单价(元)  要求交期", lambda x: x,
                      lambda d: f"{d.year}-{d.month:02d}-{d.day:02d}") +
            "\n\n谢谢！\n张伟\n采购部 苏州恒达塑胶制品有限公司")
    body = """张经理，您好！

贵司订单 HD-PO-2026-0318 已收到，确认如下：

1. 蓝色母粒 3021：2000kg，单价 28.50 元/kg（含税），交货日期 2026年4月10日。
2. 白色母粒 7050：5000kg，因钛白粉涨价单价调整为 20.60 元/kg，分两批交货：2026年4月10日 3000kg，2026年4月24日 2000kg。

批号随货提供，附COA。

王丽
销售部
宁波华彩色母粒有限公司
电话：0574-5555 8866  手机：138 0574 5566
地址：浙江省宁波市北仑区大港工业城 8 号"""
    eml = reply("mb-cn", P, "foxmail", T(2026, 3, 19, 10, 26, 8), body, lang="zh-CN", prefix="回复：",
                charset="gb2312", cte="b64", henc="b", orig=orig, orig_subject="采购订单 HD-PO-2026-0318",
                orig_when=T(2026, 3, 18, 15, 5, 8), sender=("王丽", "wangli@huacai-mb.example"),
                to=[("张伟", "purchasing@hengda-plastics.example")])
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]),
                                 2: C(5000, "20.60", D(2026, 4, 24), [(3000, D(2026, 4, 10)), (2000, D(2026, 4, 24))])}),
               notes="Chinese full dates. '70%', '25kg/袋' are composition / pack size.")
    return eml, [P], exp


@case("lenses-one-line-date-pending-iso2022jp-ja", "confirmation", "ja",
      "Japanese optics maker (ISO-2022-JP): '納期：6月19日（金）', one line moved to 7月3日, prism date 'under confirmation' -> unconfirmed")
def c_lens_ja():
    sup = supplier("HKSK", "株式会社光精機", "eigyo@hikari-seiki.example", "ja")
    buy = buyer("鈴木 美穂", "kobai@toho-kogaku.example")
    P = po("TK-2605-0119", sup, buy, "JPY", D(2026, 5, 18), [
        line(1, "LEN-BK7-25-100", "平凸レンズ BK7 φ25 f=100", 200, "EA", "1850", D(2026, 6, 19)),
        line(2, "LEN-ACH-50-200", "アクロマートレンズ φ50 f=200", 50, "EA", "12400", D(2026, 6, 19)),
        line(3, "PRM-RA-20", "直角プリズム 20mm", 100, "EA", "3600", D(2026, 6, 19)),
    ])
    check_wd(D(2026, 6, 19), 4)
    check_wd(D(2026, 7, 3), 4)
    orig = ("株式会社光精機\n営業部 御中\n\nいつもお世話になっております。\n下記の通り注文いたしますので、数量・単価・納期をご回答ください。\n\n" +
            cjk_table(P, "No.  品番  品名  数量  単価  希望納期", lambda x: f"{int(x):,}円",
                      lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}") +
            "\n\n東邦光学工業株式会社\n購買部 鈴木 美穂")
    body = """東邦光学工業株式会社
購買部 鈴木様

いつもお世話になっております。光精機の佐藤です。

注文書 TK-2605-0119 につきまして、下記の通りご回答いたします。

1. 平凸レンズ BK7 φ25 f=100　200個　単価1,850円　納期：6月19日（金）
2. アクロマートレンズ φ50 f=200　50個　単価12,400円　納期：7月3日（金）
3. 直角プリズム 20mm　100個　納期につきましては硝材メーカーに確認中のため、来週中に改めてご連絡いたします。

以上、よろしくお願いいたします。

--
株式会社光精機　営業部
佐藤 健一
〒399-0702 長野県塩尻市広丘野村 1234-5
TEL 0263-55-1234 / FAX 0263-55-1235"""
    eml = reply("lens-ja", P, "outlook", T(2026, 5, 19, 17, 32, 9), body, qlang="ja", lang="ja-JP",
                prefix="RE: ", charset="iso-2022-jp", cte="7bit", henc="b", orig=orig,
                orig_subject="注文書 TK-2605-0119 送付の件", orig_when=T(2026, 5, 18, 10, 15, 9),
                sender=("佐藤 健一", "k.sato@hikari-seiki.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: C(50, "12400", D(2026, 7, 3)), 3: UNC}),
               notes="Japanese month/day with weekday in brackets. Line 3: delivery date still being checked, the "
                     "supplier will reply next week -> unconfirmed. 'f=100', 'φ25' are optics data.")
    return eml, [P], exp


@case("cable-copper-price-request-ks_c_5601-ko", "confirmation", "ko",
      "Korean cable maker, Outlook with ks_c_5601-1987 charset: '2026년 7월 31일', one unit price raised per copper (counter-offer)")
def c_cable_ko():
    sup = supplier("HBCB", "한빛케이블(주)", "sales@hanbit-cable.example", "ko")
    buy = buyer("이지은", "purchase@seoul-elec.example")
    P = po("SE-26-0712", sup, buy, "KRW", D(2026, 7, 13), [
        line(1, "FCV-4C-16", "F-CV 0.6/1kV 4C 16SQ, 드럼 500m", 1000, "M", "14200", D(2026, 7, 31)),
        line(2, "HFIX-2.5-GY", "HFIX 450/750V 2.5SQ 회색, 300m 롤", 3000, "M", "420", D(2026, 7, 31)),
    ])
    orig = ("한빛케이블 영업팀 담당자님께,\n\n발주서 SE-26-0712 송부드립니다. 수량, 단가, 납기 확인 후 회신 부탁드립니다.\n\n" +
            cjk_table(P, "No  품번  품명  수량  단가(원)  납기", lambda x: f"{int(x):,}",
                      lambda d: f"{d.year}-{d.month:02d}-{d.day:02d}") +
            "\n\n이지은 대리\n구매팀 서울전기공사(주)")
    body = """이지은 대리님 안녕하세요,
한빛케이블 김민수입니다.

발주서 SE-26-0712 관련 회신드립니다.

1. F-CV 4C 16SQ 1,000m (500m 드럼 2개): 단가 14,200원/m, 납기 2026년 7월 31일
2. HFIX 2.5SQ 회색 3,000m: 동 가격 상승으로 단가 450원/m 로 조정 요청드립니다. 납기 2026년 7월 31일

확인 부탁드립니다.
감사합니다.

김민수 과장
한빛케이블(주) 영업팀
경기도 안산시 단원구 산단로 123
Tel. 031-555-7890 | Mobile 010-5555-1234"""
    eml = reply("cable-ko", P, "outlook", T(2026, 7, 14, 14, 3, 9), body, qlang="ko", lang="ko-KR",
                prefix="RE: ", charset="ks_c_5601-1987", cte="b64", henc="b", orig=orig,
                orig_subject="[발주] SE-26-0712 전선 발주의 건", orig_when=T(2026, 7, 13, 16, 20, 9),
                sender=("김민수", "minsu.kim@hanbit-cable.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: C(3000, "450", D(2026, 7, 31))}),
               notes="Line 2 is confirmed at a higher price (copper) - the supplier's terms are recorded as a "
                     "change even though phrased as a request. '0.6/1kV', '450/750V', '16SQ' are ratings.")
    return eml, [P], exp


@case("teak-furniture-dd-m-yyyy-vi", "confirmation", "vi",
      "Vietnamese furniture factory: VND prices with dot thousands '2.450.000 đ', one table delayed to 10/7/2026 (day-first)")
def c_furn_vi():
    sup = supplier("GOVI", "Công ty TNHH Nội thất Gỗ Việt", "sales@goviet-furniture.example", "vi")
    buy = buyer("Trần Văn Minh", "muahang@bienxanh-hotels.example")
    P = po("BX-PO-2606-015", sup, buy, "VND", D(2026, 6, 1), [
        line(1, "GH-TEAK-01", "Ghế gỗ teak ngoài trời", 80, "EA", "2450000", D(2026, 6, 30)),
        line(2, "BAN-TEAK-90", "Bàn gỗ teak tròn 90 cm", 20, "EA", "4800000", D(2026, 6, 30)),
    ])
    body = """Kính gửi anh Minh,

Cảm ơn anh đã đặt hàng (PO BX-PO-2606-015). Bên em xác nhận:
- Ghế gỗ teak ngoài trời: 80 cái, đơn giá 2.450.000 đ, giao hàng ngày 30/6/2026.
- Bàn teak tròn 90 cm: 20 cái, đơn giá 4.800.000 đ, giao ngày 10/7/2026 do gỗ đang sấy.

Trân trọng,
Nguyễn Thị Lan
Phòng Kinh doanh - Công ty TNHH Nội thất Gỗ Việt
KCN Tân Uyên, Bình Dương | ĐT: 0274 3555 789"""
    eml = reply("furn-vi", P, "gmail", T(2026, 6, 2, 9, 44, 7), body, qlang="vi", lang="vi",
                prefix="Re: ", sender=("Nguyễn Thị Lan", "lan.nguyen@goviet-furniture.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: C(20, "4800000", D(2026, 7, 10))}),
               notes="Day-first dates; 10/7/2026 = 10 July. Dots are thousands separators in VND amounts.")
    return eml, [P], exp


@case("truck-tyres-buddhist-year-th", "confirmation", "th",
      "Thai tyre dealer dates delivery '22 พ.ค. 2569' (Buddhist era = 2026); PO number contains BE year 69; sizes 11R22.5 / 215/75R17.5")
def c_tyre_th():
    sup = supplier("SYRT", "บริษัท สยามยางรถ จำกัด", "sales@siamyangrot.example", "th")
    buy = buyer("Wipada Srisuk", "purchasing@northern-transport.example")
    P = po("NT-PO-69-0152", sup, buy, "THB", D(2026, 5, 11), [
        line(1, "TYR-11R22.5-D", "Tyre 11R22.5 16PR drive", 20, "EA", "8950.00", D(2026, 5, 22)),
        line(2, "TYR-215/75R17.5", "Tyre 215/75 R17.5 steer", 12, "EA", "5400.00", D(2026, 5, 22)),
    ])
    body = """เรียน คุณวิภาดา

บริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ NT-PO-69-0152 ดังนี้
1. ยาง 11R22.5 16PR ดอกขับ จำนวน 20 เส้น ราคาเส้นละ 8,950 บาท
2. ยาง 215/75R17.5 ดอกหน้า จำนวน 12 เส้น ราคาเส้นละ 5,400 บาท
กำหนดส่งสินค้าวันที่ 22 พ.ค. 2569

ขอแสดงความนับถือ
สมชาย ใจดี
ฝ่ายขาย บริษัท สยามยางรถ จำกัด
โทร 02-555-1234"""
    eml = reply("tyre-th", P, "outlook", T(2026, 5, 12, 11, 5, 7), body, qlang="th", lang="th-TH",
                prefix="RE: ", henc="b", sender=("สมชาย ใจดี", "somchai@siamyangrot.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1])}),
               notes="Thai Buddhist-era year: 2569 BE = 2026 CE, so 22 พ.ค. 2569 = 2026-05-22 (requested). "
                     "Tyre sizes are not dates.")
    return eml, [P], exp


@case("pulp-duplex-partial-second-date-id", "confirmation", "id",
      "Indonesian paper mill: pulp confirmed, duplex board 12 t on 22 Mei + 8 t on 12 Juni 2026; 'gsm' and '@ USD 640/ton'")
def c_pulp_id():
    sup = supplier("KNJA", "PT Kertas Nusantara Jaya", "sales@kertasnusantara.example", "id")
    buy = buyer("Dewi Lestari", "purchasing@kemasanprima.example")
    P = po("KP/PO/2026/0415", sup, buy, "USD", D(2026, 4, 15), [
        line(1, "BKP-ACACIA", "Bleached kraft pulp, acacia, bale 250 kg", 50, "T", "640.00", D(2026, 5, 22)),
        line(2, "DUPLEX-250", "Duplex board 250 gsm grey back, sheet 79x109 cm", 20, "T", "705.00", D(2026, 5, 22)),
    ])
    body = """Dengan hormat Ibu Dewi,

Terima kasih atas PO KP/PO/2026/0415. Kami konfirmasi:
1. Pulp akasia 50 ton @ USD 640/ton - pengiriman tgl 22 Mei 2026.
2. Duplex 250 gsm @ USD 705/ton - stok hanya tersedia 12 ton, dikirim bersama tgl 22 Mei. Sisa 8 ton menyusul tgl 12 Juni 2026 setelah jadwal produksi.

Salam,
Budi Santoso
Marketing - PT Kertas Nusantara Jaya
Jl. Raya Serang Km 25, Tangerang, Banten
Telp. (021) 5555 0123"""
    eml = reply("pulp-id", P, "gmail", T(2026, 4, 16, 13, 52, 7), body, qlang="id", lang="id",
                prefix="Re: ", sender=("Budi Santoso", "budi.santoso@kertasnusantara.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]),
                                 2: C(20, "705.00", D(2026, 6, 12), [(12, D(2026, 5, 22)), (8, D(2026, 6, 12))])}),
               notes="Only shipping dates ('pengiriman', 'dikirim') are given, so they are the dates. 'Km 25' is an "
                     "address.")
    return eml, [P], exp


@case("nitrile-gloves-all-then-size-L-short-ms", "confirmation", "ms",
      "Malay: 'Kami sahkan semua item' then size L only 100 boxes now, balance 50 on 10 Julai; boxes of 100 gloves")
def c_gloves_ms():
    sup = supplier("STPK", "Sarung Tangan Perak Sdn. Bhd.", "jualan@sarungtanganperak.example", "ms")
    buy = buyer("Lim Wei Ling", "purchasing@seripantai.example")
    P = po("SP-PO-26-0633", sup, buy, "MYR", D(2026, 6, 22), [
        line(1, "GLV-NIT-M", "Nitrile gloves size M, box of 100", 200, "BOX", "18.50", D(2026, 7, 3)),
        line(2, "GLV-NIT-L", "Nitrile gloves size L, box of 100", 150, "BOX", "18.50", D(2026, 7, 3)),
        line(3, "APR-PE-WH", "PE apron white, pack of 100", 50, "PK", "22.00", D(2026, 7, 3)),
    ])
    check_wd(D(2026, 7, 3), 4)
    body = """Salam sejahtera Cik Lim,

Terima kasih atas pesanan SP-PO-26-0633. Kami sahkan semua item mengikut harga dalam PO, penghantaran pada Jumaat 3 Julai.

Untuk saiz L, stok kami hanya 100 kotak sekarang; baki 50 kotak akan dihantar pada 10 Julai.

Sekian, terima kasih.

Nurul Aisyah binti Ahmad
Eksekutif Jualan
Sarung Tangan Perak Sdn. Bhd. (123456-X)
Lot 12, Kawasan Perindustrian Kamunting, 34600 Taiping, Perak
Tel: 05-555 2211"""
    eml = reply("gloves-ms", P, "outlook", T(2026, 6, 23, 10, 18, 8), body, qlang="en", lang="ms-MY",
                prefix="RE: ", sender=("Nurul Aisyah binti Ahmad", "nurul.aisyah@sarungtanganperak.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: C(150, "18.50", D(2026, 7, 10), [(100, D(2026, 7, 3)), (50, D(2026, 7, 10))]),
                                 3: A(L[2])}),
               notes="Blanket confirmation overridden for size L by the second paragraph. 'box of 100' is the pack, "
                     "quantities are in boxes.")
    return eml, [P], exp


@case("office-supplies-taglish-po-iphone-tl", "confirmation", "tl",
      "Taglish phone reply 'Noted po ... ma-deliver namin sa Friday Aug 7, same price po as PO' - all accepted")
def c_office_tl():
    sup = supplier("LODT", "Luzon Office Depot Trading", "orders@luzonofficedepot.example", "tl")
    buy = buyer("Maricel Santos", "procurement@pacific-outsourcing.example")
    P = po("POI-2026-0877", sup, buy, "PHP", D(2026, 8, 3), [
        line(1, "PPR-A4-80", "Bond paper A4 80gsm, ream of 500", 200, "REAM", "245.00", D(2026, 8, 7)),
        line(2, "TNR-58A-CMP", "Toner 58A compatible", 10, "EA", "1850.00", D(2026, 8, 7)),
    ])
    check_wd(D(2026, 8, 7), 4)
    body = """Hi Ma'am Maricel,

Noted po ang PO POI-2026-0877. Available po lahat, ma-deliver namin sa Friday Aug 7, same price po as PO. Yung toner po 58A compatible, 10 pcs available.

Thank you po!
Jhun

Sent from my iPhone"""
    eml = reply("office-tl-iphone", P, "apple", T(2026, 8, 3, 15, 12, 8), body, qlang="tl", lang="tl",
                prefix="Re: ", sender=("Jhun Reyes", "jhun.reyes@luzonofficedepot.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1])}),
               notes="Code-switched Tagalog/English; 'Friday Aug 7' = 2026-08-07 = requested.")
    return eml, [P], exp


@case("agro-inputs-3pct-surcharge-voseo-es-AR", "confirmation", "es-AR",
      "Argentine agro dealer (voseo, '15/9'), MAP fertiliser gets '+3% recargo' stated and pre-computed as USD 710,70/t")
def c_agro_ar():
    sup = supplier("AGPA", "Agroinsumos Pampa S.A.", "ventas@agroinsumos-pampa.example", "es-AR")
    buy = buyer("Lucía Romero", "compras@laaurora.example")
    P = po("LA-OC-2026-112", sup, buy, "USD", D(2026, 8, 17), [
        line(1, "SEM-SOJA-4618", "Semilla soja grupo 4.6, bolsa 40 kg", 300, "BOL", "38.00", D(2026, 9, 15)),
        line(2, "HERB-ATZ-90", "Atrazina 90 WG, bolsa 10 kg", 400, "KG", "6.80", D(2026, 9, 15)),
        line(3, "FERT-MAP", "Fosfato monoamónico MAP 11-52-0, big bag 1 t", 30, "T", "690.00", D(2026, 9, 15)),
    ])
    body = """Hola Lucía, ¿cómo andás?

Te confirmo la OC LA-OC-2026-112:

- Soja grupo 4.6: 300 bolsas a USD 38, entrega el 15/9 en el campo.
- Atrazina 90 WG: 400 kg a USD 6,80, mismo día.
- MAP: las 30 t te las puedo entregar el 15/9 pero la fábrica nos pasó un recargo del 3% por flete desde Bahía Blanca, así que queda en USD 710,70 la tonelada.

Cualquier cosa avisame.

Saludos,
Martín Fernández
Agroinsumos Pampa S.A.
Ruta 5 km 312, Pehuajó, Buenos Aires
Cel. +54 9 2396 55-1234"""
    eml = reply("agro-ar", P, "gmail", T(2026, 8, 18, 10, 15, -3), body, qlang="es", lang="es-AR", blang="es",
                prefix="RE: ", sender=("Martín Fernández", "mfernandez@agroinsumos-pampa.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1]), 3: C(30, "710.70", D(2026, 9, 15))}),
               notes="3% surcharge on 690.00 = 710.70 (stated). '11-52-0' is the NPK grade, 'grupo 4.6' a "
                     "maturity group; 15/9 = 2026-09-15.")
    return eml, [P], exp


@case("roses-ship-saturday-arrive-monday-es-CO", "confirmation", "es-CO",
      "Colombian flower exporter: 'sale de Bogotá el sábado 7 de febrero ... llega a Miami el lunes 9' (unlabelled by field names, verbs only); arrival = requested")
def c_flowers_co():
    sup = supplier("FLSA", "Flores de la Sabana S.A.S.", "exportaciones@floresdelasabana.example", "es-CO")
    buy = buyer("Andrea Morales", "compras@florallatino.example")
    P = po("FLD-26-0205", sup, buy, "USD", D(2026, 2, 2), [
        line(1, "ROSA-FRD-60", "Rosa Freedom roja 60 cm, caja tabaco 250 tallos", 12000, "STEM", "0.42", D(2026, 2, 9)),
        line(2, "CLAV-SEL-70", "Clavel selecto blanco 70 cm", 6000, "STEM", "0.19", D(2026, 2, 9)),
    ])
    check_wd(D(2026, 2, 7), 5)
    check_wd(D(2026, 2, 9), 0)
    body = """Buenos días Andrea,

Con gusto confirmamos la orden FLD-26-0205 para San Valentín:

Rosa Freedom 60 cm: 12.000 tallos (48 cajas tabaco) a USD 0,42
Clavel selecto blanco 70 cm: 6.000 tallos a USD 0,19

La carga sale de Bogotá el sábado 7 de febrero por vuelo de carga y llega a Miami el lunes 9.

Saludos cordiales,

Catalina Gómez
Coordinadora de Exportaciones
Flores de la Sabana S.A.S. · Km 7 vía Facatativá, Madrid (Cundinamarca)
Tel. +57 601 555 8899 · NIT 900.123.456-7"""
    eml = reply("flowers-co", P, "outlook", T(2026, 2, 3, 8, 20, -5), body, qlang="es", lang="es-CO", blang="es",
                prefix="RE: ", sender=("Catalina Gómez", "cgomez@floresdelasabana.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1])}),
               notes="Departure Saturday 7 Feb is the ship date; arrival Monday 9 Feb is the delivery date and wins "
                     "(= requested). '12.000' uses a dot as thousands separator; NIT is a tax id.")
    return eml, [P], exp


@case("hotel-linen-30-dias-naturales-es-ES", "confirmation", "es-ES",
      "Spanish textile mill answers the same day: 'plazo de entrega 30 días naturales desde la recepción del pedido' (lead time, no date)")
def c_linen_es():
    sup = supplier("TXHL", "Textil Hostelería Levante S.L.", "pedidos@textil-levante.example", "es-ES")
    buy = buyer("Javier Ruiz", "compras@hotelesmediterraneo.example")
    P = po("HM-2026-0388", sup, buy, "EUR", D(2026, 9, 14), [
        line(1, "SAB-150-PER", "Sábana percal 200 hilos 150x280 blanca", 600, "EA", "9.80", D(2026, 10, 16)),
        line(2, "FUN-ALM-50", "Funda de almohada 50x80 percal", 1200, "EA", "2.35", D(2026, 10, 16)),
    ])
    body = """Buenas tardes Javier,

Recibido hoy el pedido HM-2026-0388, muchas gracias. Confirmamos cantidades y precios. El plazo de entrega es de 30 días naturales desde la recepción del pedido, entrega en vuestro almacén de Benidorm.

Un saludo,

Pilar Martínez
Dpto. Comercial
Textil Hostelería Levante S.L.
C/ del Tint, 14 - 46870 Ontinyent (Valencia)
Tel. 96 555 21 40 - CIF B46123456

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de Textil Hostelería Levante S.L. Si usted no es el destinatario final por favor elimínelo e infórmenos por esta vía."""
    eml = reply("linen-es", P, "outlook", T(2026, 9, 14, 17, 20, 2), body, qlang="es", lang="es-ES", blang="es",
                prefix="RE: ", sender=("Pilar Martínez", "pmartinez@textil-levante.example"))
    exp = conf((P["po_number"], {1: C(600, "9.80", D(2026, 10, 14)), 2: C(1200, "2.35", D(2026, 10, 14))}),
               notes="Order received 'hoy' = 2026-09-14 (mail date, same as PO date); 30 calendar days -> "
                     "2026-10-14, two days before the requested 16 Oct. '150x280', '200 hilos' are specs.")
    return eml, [P], exp


@case("one-of-three-pos-in-subject-pt-BR", "confirmation", "pt-BR",
      "subject lists three POs (LA-4501/4502/4503); the reply confirms only LA-4502 (sheets + printing plate), the other two 'em análise'")
def c_pack_br():
    sup = supplier("EMPA", "Embalagens Paulista Ltda.", "vendas@embpaulista.example", "pt-BR")
    buy = buyer("Fernanda Costa", "compras@lumenalimentos.example")
    rid = "<po-batch-0412.5c1e9a@lumenalimentos.example>"
    P1 = po("LA-4501", sup, buy, "BRL", D(2026, 5, 4), [
        line(1, "CX-403020", "Caixa papelão ondulado 40x30x20, onda BC", 3000, "UN", "2.15", D(2026, 5, 18))], req_id=rid)
    P2 = po("LA-4502", sup, buy, "BRL", D(2026, 5, 4), [
        line(1, "CH-1200x800", "Chapa papelão ondulado 1200x800, onda C", 5000, "UN", "1.08", D(2026, 5, 18)),
        line(2, "CLICHE-LA02", "Clichê flexográfico 2 cores", 1, "UN", "480.00", D(2026, 5, 18))], req_id=rid)
    P3 = po("LA-4503", sup, buy, "BRL", D(2026, 5, 4), [
        line(1, "BDJ-3020", "Bandeja papelão 30x20x5", 2000, "UN", "0.95", D(2026, 5, 18))], req_id=rid)
    orig = """Prezados,

Seguem em anexo nossos pedidos de compra LA-4501, LA-4502 e LA-4503 de 04/05/2026.
Favor confirmar quantidades, preços e datas de entrega respondendo a este e-mail.

LA-4501  item 1  CX-403020    Caixa papelão ondulado 40x30x20      3.000 UN  R$ 2,15    18/05/2026
LA-4502  item 1  CH-1200x800  Chapa papelão ondulado 1200x800      5.000 UN  R$ 1,08    18/05/2026
LA-4502  item 2  CLICHE-LA02  Clichê flexográfico 2 cores              1 UN  R$ 480,00  18/05/2026
LA-4503  item 1  BDJ-3020     Bandeja papelão 30x20x5              2.000 UN  R$ 0,95    18/05/2026

Atenciosamente,
Fernanda Costa
Compras | Lumen Alimentos Ltda."""
    body = """Bom dia Fernanda,

O pedido LA-4502 está confirmado: 5.000 chapas 1200x800 onda C a R$ 1,08 e o clichê 2 cores a R$ 480,00, entrega dia 18/05.

Os pedidos LA-4501 e LA-4503 ainda estão em análise com a engenharia (mudança de onda), te retorno até quinta-feira.

Abs,
Rafael Oliveira
Embalagens Paulista Ltda. | Vendas
Av. Industrial, 1500 - Diadema/SP
(11) 5555-4321 | CNPJ 12.345.678/0001-90"""
    eml = reply("pack-br", P2, "outlook", T(2026, 5, 5, 9, 33, -3), body, qlang="pt", lang="pt-BR",
                prefix="RES: ", orig=orig, orig_subject="Pedidos LA-4501 / LA-4502 / LA-4503",
                sender=("Rafael Oliveira", "rafael.oliveira@embpaulista.example"))
    L = P2["lines"]
    exp = conf(("LA-4502", {1: A(L[0]), 2: A(L[1])}),
               notes="Only LA-4502 is answered. LA-4501 and LA-4503 are only mentioned ('em análise', answer by "
                     "Thursday) and are therefore left out of the confirmations.")
    return eml, [P1, P2, P3], exp


@case("cork-boards-semana-18-19-pt-PT", "confirmation", "pt-PT",
      "Portuguese cork mill: 'seguem na semana 18' / 'só na semana 19' (bare weeks -> Fridays 1 May, 8 May)")
def c_cork_pt():
    sup = supplier("COMO", "Corticeira do Montado, Lda.", "encomendas@corticeiramontado.example", "pt-PT")
    buy = buyer("Rui Almeida", "compras@moveisatlantico.example")
    P = po("MA-26/0147", sup, buy, "EUR", D(2026, 4, 6), [
        line(1, "AGL-COR-4", "Aglomerado de cortiça 4 mm, placa 915x610", 500, "EA", "4.60", D(2026, 4, 30)),
        line(2, "AGL-COR-10", "Aglomerado de cortiça 10 mm, placa 915x610", 300, "EA", "9.90", D(2026, 4, 30)),
    ])
    body = """Bom dia Sr. Rui Almeida,

Confirmamos a encomenda MA-26/0147. As placas de 4 mm (500 un. a 4,60 €) seguem na semana 18; as de 10 mm (300 un. a 9,90 €) só conseguimos na semana 19, por falta de granulado.

Com os melhores cumprimentos,
Joana Ferreira
Corticeira do Montado, Lda.
Zona Industrial de Coruche, Lote 9 · 2100-051 Coruche
Tel. 243 555 610 · NIF 501 234 567"""
    eml = reply("cork-pt", P, "gmail", T(2026, 4, 7, 10, 11, 1), body, qlang="pt", lang="pt-PT", blang="pt",
                prefix="Re: ", sender=("Joana Ferreira", "joana.ferreira@corticeiramontado.example"))
    exp = conf((P["po_number"], {1: C(500, "4.60", kw(2026, 18)), 2: C(300, "9.90", kw(2026, 19))}),
               notes="Bare weeks read as Fridays per the corpus rule: week 18 = 2026-05-01, week 19 = 2026-05-08 "
                     "(1 May is a public holiday in Portugal, but the rule is applied as written).")
    return eml, [P], exp


@case("api-dispatch-eta-retest-gmp-en-IN", "confirmation", "en-IN",
      "Indian API maker: dd/mm dates for PO date, Mfg, retest, batch release, GMP validity, dispatch and ETA; ETA = requested -> accepted")
def c_api_in():
    sup = supplier("SRLS", "Sunrise Life Sciences Pvt. Ltd.", "exports@sunrise-lifesci.example", "en-IN")
    buy = buyer("Marko Babić", "nabava@adriapharm.example")
    P = po("AP-PO-26-0307", sup, buy, "USD", D(2026, 6, 1), [
        line(1, "API-MET-HCL", "Metformin HCl USP, fibre drum 50 kg", 2000, "KG", "4.85", D(2026, 7, 10)),
        line(2, "API-ATV-CA", "Atorvastatin calcium EP, drum 10 kg", 40, "KG", "210.00", D(2026, 7, 10)),
    ])
    body = """Dear Sir,

Greetings from Sunrise Life Sciences!

We thank you for your valued PO No. AP-PO-26-0307 dated 01/06/2026 and are pleased to confirm the same as under:

1) Metformin HCl USP - 2000 kg (40 drums x 50 kg) @ USD 4.85/kg. Batch no. MH/26/0412, Mfg. 04/2026, Retest 03/2031.
2) Atorvastatin Calcium EP - 40 kg @ USD 210.00/kg. Batch release by QA expected on 20/06/2026.

Dispatch by sea from Nhava Sheva on 12/06/2026, ETA at your warehouse 10/07/2026 (DAP Zagreb). Both items will move in the same container. WHO-GMP certificate (valid till 18/11/2027) and CoA will be enclosed with the shipping documents.

Kindly do the needful and arrange the import licence at your end.

Thanks & Regards,
Rajesh Kumar Sharma
Manager - Exports
Sunrise Life Sciences Pvt. Ltd.
Plot No. 45, GIDC Phase II, Ankleshwar - 393002, Gujarat, India
Tel: +91 2646 555 123 | Mob: +91 98765 43210
CIN: U24230GJ2008PTC054321"""
    eml = reply("api-in", P, "outlook", T(2026, 6, 2, 15, 47, 5, 30), body, qlang="en", lang="en-IN",
                prefix="RE: ", sender=("Rajesh Kumar Sharma", "rajesh.sharma@sunrise-lifesci.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1])}),
               notes="Many dd/mm/yyyy dates: PO date, Mfg, retest, batch release, GMP validity, dispatch 12/06; the "
                     "delivery commitment is the ETA at the warehouse 10/07/2026 = requested.")
    return eml, [P], exp


@case("drill-bits-shortage-eta-plus-two-days-en-AU", "confirmation", "en-AU",
      "Aussie mining supplier: 'all good except the bits' - 40 now, 20 from Sweden 'call it 17/08 at site'; dd/mm dates, arvo")
def c_mining_au():
    sup = supplier("PDBS", "Pilbara Drill & Blast Supplies Pty Ltd", "sales@pilbaradrill.example", "en-AU")
    buy = buyer("Kylie Nguyen", "procurement@ridgeline-mining.example")
    P = po("RMS-PO-44187", sup, buy, "AUD", D(2026, 7, 20), [
        line(1, "DB-T45-102", "Button bit T45 102 mm retrac", 60, "EA", "412.00", D(2026, 7, 30)),
        line(2, "DR-T45-3660", "Drill rod T45 MF 3660 mm", 24, "EA", "968.00", D(2026, 7, 30)),
        line(3, "SH-T45-HL", "Shank adaptor T45 for HL-type rock drill", 6, "EA", "1250.00", D(2026, 7, 30)),
    ])
    check_wd(D(2026, 7, 30), 3)
    body = """G'day Kylie,

PO RMS-PO-44187 is all good except the bits.

- Rods and shank adaptors: full qty, your prices, on the truck to site Thu 30/07.
- 102 mm bits: only 40 on the shelf in Welshpool, sending those with the rest on 30/07. The other 20 are on a boat from Sweden, ETA our yard 14/08 and we'll send them straight up - allow 2 days so call it 17/08 at site.

Any dramas give me a bell this arvo.

Cheers,
Shane O'Brien
Pilbara Drill & Blast Supplies Pty Ltd
12 Kewdale Rd, Welshpool WA 6106 | ABN 12 345 678 901
M 0412 555 019"""
    eml = reply("mining-au", P, "outlook", T(2026, 7, 21, 11, 40, 8), body, qlang="en", lang="en-AU",
                prefix="RE: ", sender=("Shane O'Brien", "shane@pilbaradrill.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: C(60, "412.00", D(2026, 8, 17), [(40, D(2026, 7, 30)), (20, D(2026, 8, 17))]),
                                 2: A(L[1]), 3: A(L[2])}),
               notes="14/08 is the ETA at the supplier's yard; the site delivery is given as 17/08, which wins. "
                     "'102 mm', '3660 mm', 'T45' are sizes.")
    return eml, [P], exp


@case("fencing-all-good-see-you-friday-en-NZ", "confirmation", "en-NZ",
      "two-line phone answer 'All good, see you Friday 👍' to a PO requested for that Friday")
def c_fence_nz():
    sup = supplier("CFFS", "Canterbury Fencing & Farm Supplies Ltd", "orders@cantyfencing.example", "en-NZ")
    buy = buyer("Aroha Walker", "aroha@riverstone-dairy.example")
    P = po("RDF-0392", sup, buy, "NZD", D(2026, 10, 12), [
        line(1, "POST-H4-125", "Fence post H4 treated 125mm x 1.8m", 200, "EA", "11.90", D(2026, 10, 16)),
        line(2, "WIRE-HT-25", "HT wire 2.5mm, 25kg coil", 10, "EA", "139.00", D(2026, 10, 16)),
        line(3, "STAPLE-40-5", "Galvanised staples 40mm, 5kg box", 4, "EA", "42.50", D(2026, 10, 16)),
    ])
    check_wd(D(2026, 10, 16), 4)
    body = """All good, see you Friday 👍

Hamish

Sent from my iPhone"""
    eml = reply("fence-nz-iphone", P, "apple", T(2026, 10, 12, 19, 5, 13), body, qlang="en_gb", lang="en-NZ",
                prefix="Re: ", sender=("Hamish McKenzie", "hamish@cantyfencing.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1]), 3: A(L[2])}),
               notes="'see you Friday' from a Monday mail = Friday 2026-10-16, the requested date; 'all good' accepts "
                     "quantities and prices.")
    return eml, [P], exp


@case("erp-pdf-ab-own-positions-de-DE", "confirmation", "de-DE",
      "automatic ERP mail with a PDF Auftragsbestätigung: supplier positions 10/20/30 mapped to our lines 1/2/3; one later date, one higher plate price")
def c_erp_de():
    sup = supplier("RHWP", "Rheinische Wellpappe GmbH & Co. KG", "verkauf@rh-wellpappe.example", "de-DE")
    buy = buyer("Birte Claussen", "einkauf@feinkost-hanse.example")
    P = po("4500077120", sup, buy, "EUR", D(2026, 10, 5), [
        line(1, "FK-0427", "Faltkiste 400x300x200, 2.40 BC, 2-farbig, Bündel 25", 5000, "ST", "0.86", D(2026, 10, 23)),
        line(2, "ZL-0427", "Zwischenlage 390x290, 1.30 B", 10000, "ST", "0.11", D(2026, 10, 23)),
        line(3, "KL-0427", "Druckklischee 2-farbig für FK-0427", 1, "ST", "340.00", D(2026, 10, 16)),
    ])
    pdf = pdf_doc([
        ("B", 14, "Rheinische Wellpappe GmbH & Co. KG"),
        ("R", 8, "Industriestraße 88 · 47829 Krefeld · Tel. 02151 5550-0 · www.rh-wellpappe.example"),
        None,
        ("R", 9, "Feinkost Hanse GmbH"), ("R", 9, "Einkauf - Frau Birte Claussen"),
        ("R", 9, "Am Fischereihafen 12"), ("R", 9, "27572 Bremerhaven"),
        None,
        ("B", 13, "AUFTRAGSBESTÄTIGUNG  Nr. 2610458"),
        ("R", 9, "Datum: 06.10.2026          Kunden-Nr.: 40117          Sachbearbeiter: T. Kühn"),
        ("R", 9, "Ihre Bestellung: 4500077120 vom 05.10.2026"),
        ("R", 9, "Lieferbedingung: frei Haus (DAP)     Zahlung: 30 Tage netto"),
        "---",
        ("B", 9, "Pos.  Ihre Pos.  Artikel    Bezeichnung                              Menge       Preis/ME   Liefertermin"),
        "---",
        ("R", 9, "10    1          FK-0427    Faltkiste 400x300x200, 2.40 BC, 2-fbg.   5.000 St    0,86 EUR   KW 43 (23.10.2026)"),
        ("R", 9, "20    2          ZL-0427    Zwischenlage 390x290, 1.30 B            10.000 St    0,11 EUR   30.10.2026"),
        ("R", 9, "30    3          KL-0427    Druckklischee 2-farbig                       1 St  365,00 EUR   16.10.2026"),
        "---",
        ("R", 9, "Hinweis zu Pos. 20: Zwischenlagen werden auf einer separaten Tour geliefert."),
        ("R", 9, "Hinweis zu Pos. 30: Klischeepreis gemäß aktueller Preisliste (2 Farben à 182,50 EUR)."),
        None,
        ("R", 9, "Nettowert: 5.765,00 EUR      zzgl. 19 % MwSt."),
        ("R", 9, "Preise freibleibend bis 31.12.2026. Es gelten unsere AGB (Stand 01/2026)."),
        None,
        ("R", 8, "Sitz Krefeld · Amtsgericht Krefeld HRA 4471 · USt-IdNr. DE 812 345 678"),
    ], title="Auftragsbestätigung 2610458", author="RHWP ERP")
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 2610458 zu Ihrer Bestellung 4500077120.
Bitte prüfen Sie die Angaben. Sollten wir innerhalb von 3 Werktagen nichts von Ihnen hören, gilt die Auftragsbestätigung als angenommen.

Diese E-Mail wurde automatisch erstellt. Bei Rückfragen wenden Sie sich bitte an Ihren Ansprechpartner im Verkaufsinnendienst, Herrn Thomas Kühn (Tel. 02151 5550-214).

Mit freundlichen Grüßen
Rheinische Wellpappe GmbH & Co. KG"""
    m = Mail("erp-de", "generic", ("Rheinische Wellpappe - Auftragsbearbeitung", "noreply-ab@rh-wellpappe.example"),
             [(None, "einkauf@feinkost-hanse.example")], T(2026, 10, 6, 6, 2, 2),
             "Auftragsbestätigung 2610458 zu Ihrer Bestellung 4500077120", charset="iso-8859-1", cte="qp")
    m.msgid = msgid("erp", "erp-de", "rh-wellpappe.example")
    m.body(body)
    m.header("X-Mailer", "proALPHA ERP Mailservice 8.0")
    m.header("Auto-Submitted", "auto-generated")
    m.attach("AB_2610458.pdf", "application/pdf", pdf)
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: C(10000, "0.11", D(2026, 10, 30)), 3: C(1, "365.00", D(2026, 10, 16))}),
               notes="ERP-generated AB in a PDF is a confirmation, not an auto-reply. Supplier positions 10/20/30 map "
                     "to our lines via 'Ihre Pos.'. AB date, PO date, price validity 31.12.2026 and AGB date are not "
                     "delivery dates. No In-Reply-To: matching is by PO number.")
    return m.render(), [P], exp


@case("hand-tools-xlsx-confirmed-columns-zh-CN", "confirmation", "zh-CN",
      "Chinese tool exporter, non-native English cover 'pls check attached PI confirm'; XLSX with Confirmed Qty / Price / ETD columns, carton rounding")
def c_tools_xlsx():
    sup = supplier("EBHT", "Ningbo Everbright Hardware Tools Co., Ltd.", "sales3@everbright-tools.example", "zh-CN")
    buy = buyer("Sarah Mitchell", "sarah.mitchell@toolboxdirect.example")
    P = po("TBD-PO-3318", sup, buy, "USD", D(2026, 9, 1), [
        line(1, "HAM-16OZ-FG", "Claw hammer 16oz fibreglass handle", 1200, "EA", "3.45", D(2026, 10, 20)),
        line(2, "SCR-SET-6PC", "Screwdriver set 6 pc CrV", 800, "SET", "4.10", D(2026, 10, 20)),
        line(3, "PLR-COMB-8", "Combination pliers 8 in", 1000, "EA", "2.95", D(2026, 10, 20)),
        line(4, "TM-5M-19", "Tape measure 5 m x 19 mm", 1500, "EA", "1.60", D(2026, 10, 20)),
    ])
    rows = [["PO No.", "Line", "Item No.", "Description", "Order Qty", "Unit Price (USD)", "Confirmed Qty",
             "Confirmed Price (USD)", "Confirmed ETD", "Remark"],
            ["TBD-PO-3318", 1, "HAM-16OZ-FG", "Claw hammer 16oz fibreglass handle", 1200, 3.45, 1200, 3.45, D(2026, 10, 20), "OK"],
            ["TBD-PO-3318", 2, "SCR-SET-6PC", "Screwdriver set 6 pc CrV", 800, 4.10, 800, 4.10, D(2026, 10, 20), "OK"],
            ["TBD-PO-3318", 3, "PLR-COMB-8", "Combination pliers 8 in", 1000, 2.95, 1000, 3.05, D(2026, 10, 20), "steel price up"],
            ["TBD-PO-3318", 4, "TM-5M-19", "Tape measure 5 m x 19 mm", 1500, 1.60, 1512, 1.60, D(2026, 10, 27),
             "full carton 72pcs/ctn, 21 ctns; new blade supplier"],
            [],
            ["PI No.", "EB-PI-260905", None, "PI Date", D(2026, 9, 5), None, "Valid until", D(2026, 9, 30)],
            ["Port of loading", "Ningbo", None, "Payment", "30% T/T deposit, 70% against B/L copy"]]
    xlsx = make_xlsx(rows, sheet="PI confirm", date_fmt="yyyy-mm-dd")
    body = """Dear Sarah,

Good day!

Please kindly find attached PI confirm for your PO TBD-PO-3318, pls check.
Item 3 price have little up because steel price, item 4 we pack full carton, pls note.

Any question pls feel free contact me.

Best regards
Cindy Zhou
Sales Dept.
Ningbo Everbright Hardware Tools Co., Ltd.
Tel: +86-574-5555 3120  Wechat/Whatsapp: +86 138 5555 0188"""
    eml = reply("tools-xlsx", P, "foxmail", T(2026, 9, 5, 16, 22, 8), body, lang="zh-CN", prefix="Re:",
                charset="utf-8", cte="b64", sender=("Cindy Zhou", "sales3@everbright-tools.example"),
                attachments=[("TBD-PO-3318 PI confirm.xlsx", XLSX_MIME, xlsx)])
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1]), 3: C(1000, "3.05", D(2026, 10, 20)),
                                 4: C(1512, "1.60", D(2026, 10, 27))}),
               notes="Answer only in the XLSX. Only ETD (ship date) is given, so it is the date. PI date 2026-09-05 and "
                     "'valid until' 2026-09-30 are not delivery dates. Line 4 rounded to 21 cartons x 72 = 1,512.")
    return eml, [P], exp


@case("office-csv-semicolon-backorder-sv", "confirmation", "sv",
      "Swedish wholesaler: two-line cover, windows-1252 CSV with ';', decimal commas, 'Bekräftat antal' column and a back-order remark without date")
def c_office_csv():
    sup = supplier("KGNO", "Kontorsgrossisten Norden AB", "order@kontorsgrossisten.example", "sv")
    buy = buyer("Johan Lund", "inkop@hotellskargarden.example")
    P = po("HS-26-0219", sup, buy, "SEK", D(2026, 2, 16), [
        line(1, "KOP-A4-80", "Kopieringspapper A4 80 g, 5x500 ark/kartong", 60, "KRT", "289.00", D(2026, 2, 24)),
        line(2, "PENN-BL-50", "Kulspetspenna blå, 50-pack", 10, "PK", "119.00", D(2026, 2, 24)),
        line(3, "PARM-A4-80", "Gaffelpärm A4 80 mm svart", 40, "EA", "34.90", D(2026, 2, 24)),
        line(4, "TONER-26X", "Toner HP 26X original", 4, "EA", "1695.00", D(2026, 2, 24)),
    ])
    csv = ("Ordernr;Radnr;Artikelnr;Benämning;Beställt antal;Bekräftat antal;Enhet;Pris;Leveransdatum;Kommentar\r\n"
           "HS-26-0219;1;KOP-A4-80;Kopieringspapper A4 80 g;60;60;KRT;289,00;2026-02-24;\r\n"
           "HS-26-0219;2;PENN-BL-50;Kulspetspenna blå 50-p;10;10;PK;119,00;2026-02-24;\r\n"
           "HS-26-0219;3;PARM-A4-80;Gaffelpärm A4 80 mm svart;40;40;ST;34,90;2026-02-24;\r\n"
           "HS-26-0219;4;TONER-26X;Toner HP 26X original;4;2;ST;1 695,00;2026-02-24;Restnoterad 2 st, leveransdatum ej känt\r\n")
    body = """Hej Johan,

orderbekräftelse bifogas som fil.

/Anna

Anna Berg
Kundtjänst | Kontorsgrossisten Norden AB
Box 1142, 172 23 Sundbyberg | 08-555 120 00"""
    eml = reply("office-csv", P, "outlook", T(2026, 2, 17, 8, 12, 1), body, qlang="sv", lang="sv-SE",
                prefix="SV: ", sender=("Anna Berg", "anna.berg@kontorsgrossisten.example"),
                attachments=[("Orderbekraftelse_HS-26-0219.csv", "text/csv", csv.encode("cp1252"), "windows-1252")])
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1]), 3: A(L[2]), 4: C(2, "1695.00", D(2026, 2, 24))}),
               notes="Answer only in the CSV attachment. Line 4: 2 of 4 confirmed, the back-ordered 2 have no date "
                     "('leveransdatum ej känt'). '1 695,00' uses a space thousands separator.")
    return eml, [P], exp


@case("fixings-answers-typed-into-quoted-table-de-DE", "confirmation", "de-DE",
      "supplier types 'OK' / remarks under each line of our quoted '>' table; price per 1000 ('12,00 €/Tsd.') equals 0.012/pc; one line 300 now + 200 in KW 12")
def c_fix_inline():
    sup = supplier("SKEL", "Schrauben Keller GmbH", "vertrieb@schrauben-keller.example", "de-DE")
    buy = buyer("Sabine Henrichs", "einkauf@metallbau-henrichs.example")
    P = po("B-26-01412", sup, buy, "EUR", D(2026, 2, 23), [
        line(1, "DIN933-M12x40", "Sechskantschraube DIN 933 M12x40 8.8 verz.", 2000, "ST", "0.145", D(2026, 3, 6)),
        line(2, "DIN934-M12", "Sechskantmutter DIN 934 M12 Kl. 8 verz.", 2000, "ST", "0.038", D(2026, 3, 6)),
        line(3, "DIN125-A13", "Unterlegscheibe DIN 125 A13 verz.", 4000, "ST", "0.012", D(2026, 3, 6)),
        line(4, "DIN912-M8x30", "Zylinderschraube DIN 912 M8x30 12.9 blank", 500, "ST", "0.092", D(2026, 3, 6)),
    ])
    ow = sent_time(P, 1)
    q = request_text(P, "de").split("\n")
    out = []
    for l in q:
        out.append(("> " + l) if l.strip() else ">")
        if l.startswith("1     DIN933"):
            out += ["", "OK", ""]
        elif l.startswith("2     DIN934"):
            out += ["", "OK", ""]
        elif l.startswith("3     DIN125"):
            out += ["", "OK - 12,00 €/Tsd., VPE 1000, 4 VPE", ""]
        elif l.startswith("4     DIN912"):
            out += ["", "nur 300 St. am Lager, die gehen mit raus. Rest 200 St. KW 12", ""]
    body = ("Hallo Frau Henrichs,\n\nAntworten unten im Text.\n\nGruß\nUwe Keller\n\n" +
            tb_attr("de", ow, "Sabine Henrichs") + "\n" + "\n".join(out) + "\n\n-- \nSchrauben Keller GmbH · Vertrieb\n"
            "Gewerbering 7 · 42699 Solingen · Tel. 0212 555 4430\nGeschäftsführer: Uwe Keller · HRB 18822 Wuppertal\n")
    m = Mail("fix-inline", "thunderbird", ("Uwe Keller", "u.keller@schrauben-keller.example"),
             [("Sabine Henrichs", buy["email"])], T(2026, 2, 24, 7, 55, 1),
             "Re: " + request_subject(P, "de"), cte="8bit", lang="de-DE")
    m.body(body, flowed=True)
    m.reply_to(P["request_message_id"])
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1]), 3: A(L[2]),
                                 4: C(500, "0.092", kw(2026, 12), [(300, D(2026, 3, 6)), (200, kw(2026, 12))])}),
               notes="Answers are typed between the quoted '>' lines. Line 3: 12,00 EUR per thousand = 0.012 per "
                     "piece (unchanged). Line 4: 300 'go out' with the order (requested date 06.03.), 200 in KW 12 = "
                     "2026-03-20.")
    return m.render(), [P], exp


@case("promo-html-table-confirmation-column-fr-CH", "confirmation", "fr-CH",
      "HTML-only reply: supplier fills a 'Confirmation fournisseur' column in our HTML table; BAT approval date 15.05 as trap; one line 12.06.")
def c_promo_html():
    sup = supplier("PRLE", "Promo Léman SA", "commandes@promoleman.example", "fr-CH")
    buy = buyer("Nina Keller", "n.keller@brandwerk.example")
    P = po("BW-2026-118", sup, buy, "CHF", D(2026, 5, 18), [
        line(1, "MUG-CER-WH", "Tasse céramique blanche, impression 1 couleur", 500, "EA", "4.20", D(2026, 6, 5)),
        line(2, "USB-16-ALU", "Clé USB 16 GB alu, gravure laser", 300, "EA", "6.90", D(2026, 6, 5)),
        line(3, "TOTE-CTN-NAT", "Sac coton naturel, sérigraphie 2 couleurs", 1000, "EA", "2.85", D(2026, 6, 5)),
    ])
    conf_col = {1: "OK - 05.06.", 2: "OK 300 pces, CHF 6.90, 05.06.",
                3: "1&#39;000 pces, CHF 2.85 - livraison 12.06. (sérigraphie 2 couleurs = temps de séchage)"}
    rows = "".join(
        f"<tr><td style=\"border:1px solid #999;padding:3px\">{l['line']}</td>"
        f"<td style=\"border:1px solid #999;padding:3px\">{l['item']}</td>"
        f"<td style=\"border:1px solid #999;padding:3px\">{esc(l['description'])}</td>"
        f"<td style=\"border:1px solid #999;padding:3px\">{l['quantity']}</td>"
        f"<td style=\"border:1px solid #999;padding:3px\">CHF {l['unit_price']}</td>"
        f"<td style=\"border:1px solid #999;padding:3px\">{dt.date.fromisoformat(l['requested_date']).strftime('%d.%m.%Y')}</td>"
        f"<td style=\"border:1px solid #999;padding:3px;color:#1F4E79\"><b>{conf_col[l['line']]}</b></td></tr>"
        for l in P["lines"])
    ow = sent_time(P, 2)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<div>Bonjour Madame Keller,</div>
<div><br></div>
<div>Merci pour votre commande. Voir nos réponses dans le tableau ci-dessous (colonne «&nbsp;Confirmation fournisseur&nbsp;»). Le BAT a été validé le 15.05., merci.</div>
<div><br></div>
<div>Meilleures salutations</div>
<div>Sophie Rochat<br>Promo Léman SA · Chemin du Closel 5 · 1020 Renens VD<br>+41 21 555 48 20</div>
<div><br></div>
<hr>
<div><b>De&nbsp;:</b> Nina Keller &lt;n.keller@brandwerk.example&gt;<br>
<b>Envoyé&nbsp;:</b> {WD['fr'][ow.weekday()]} {ow.day} {MON['fr'][ow.month - 1]} {ow.year} {hm(ow)}<br>
<b>À&nbsp;:</b> Promo Léman SA &lt;commandes@promoleman.example&gt;<br>
<b>Objet&nbsp;:</b> Purchase order BW-2026-118 - please confirm</div>
<div><br></div>
<div>Dear Sir or Madam,</div>
<div>Please confirm our purchase order BW-2026-118 in the last column of the table.</div>
<table style="border-collapse:collapse;font-size:9pt">
<tr><th style="border:1px solid #999">Line</th><th style="border:1px solid #999">Item</th><th style="border:1px solid #999">Description</th><th style="border:1px solid #999">Qty</th><th style="border:1px solid #999">Unit price</th><th style="border:1px solid #999">Delivery</th><th style="border:1px solid #999">Confirmation fournisseur</th></tr>
{rows}
</table>
<div><br></div>
<div>Best regards<br>Nina Keller<br>Purchasing | Brandwerk Agentur AG</div>
</body></html>
"""
    m = Mail("promo-html", "outlook", ("Sophie Rochat", "s.rochat@promoleman.example"), [("Nina Keller", buy["email"])],
             T(2026, 5, 19, 14, 7, 2), "RE: Purchase order BW-2026-118 - please confirm", lang="fr-CH")
    m.html_only(html)
    m.reply_to(P["request_message_id"])
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1]), 3: C(1000, "2.85", D(2026, 6, 12))}),
               notes="HTML-only mail; the answers are in the last table column. The artwork (BAT) approval date 15.05. "
                     "is not a delivery date. Swiss 1'000.")
    return m.render(), [P], exp


@case("produce-ok-thumbs-up-samsung-pt-BR", "confirmation", "pt-BR",
      "phone reply 'ok 👍' from Samsung Email over the quoted PO - full acceptance")
def c_produce_ok():
    sup = supplier("HFSV", "Hortifruti Serra Verde Ltda.", "pedidos@serraverde-hf.example", "pt-BR")
    buy = buyer("Patrícia Lima", "compras@sabordaterra.example")
    P = po("SDT-0931", sup, buy, "BRL", D(2026, 9, 28), [
        line(1, "TOM-ITA-CX", "Tomate italiano, caixa 20 kg", 15, "CX", "98.00", D(2026, 9, 30)),
        line(2, "ALF-CRE-UN", "Alface crespa, unidade", 120, "UN", "2.40", D(2026, 9, 30)),
    ])
    body = "ok 👍\n\n\n\nEnviado do meu Galaxy"
    eml = reply("produce-ok", P, "samsung", T(2026, 9, 28, 18, 47, -3), body, qlang="pt", lang="pt-BR", blang="pt",
                prefix="RE: ", html=True, sender=("Carlos Serra Verde", "carlos@serraverde-hf.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1])}),
               notes="'ok' with a thumbs-up directly above the quoted PO is a plain acceptance of all lines.")
    return eml, [P], exp


@case("boxes-one-word-confirmed-to-reminder-en-IN", "confirmation", "en-IN",
      "answer 'Confirmed.' to our reminder 'any update?'; the reminder quotes the original PO lines")
def c_boxes_confirmed():
    sup = supplier("SGPI", "Shree Ganesh Packaging Industries", "sales@sgpackaging.example", "en-IN")
    buy = buyer("Neha Iyer", "purchase@spiceroute-exports.example")
    P = po("SRE/PO/26-27/0142", sup, buy, "INR", D(2026, 7, 6), [
        line(1, "BOX-5PLY-18", "5-ply corrugated box 18x12x10 in, printed", 4000, "EA", "38.50", D(2026, 7, 24)),
        line(2, "PAD-3PLY", "3-ply separator pad 17.5x11.5 in", 8000, "EA", "6.20", D(2026, 7, 24)),
    ])
    ow = sent_time(P, 5, h=11, m=2)
    rem_id = "<reminder-SREPO26270142.1@spiceroute-exports.example>"
    rem_when = T(2026, 7, 13, 10, 30, 5, 30)
    reminder = ("Dear Amit ji,\n\nAny update on the below PO? We have not received your confirmation yet.\n"
                "Kindly confirm at the earliest.\n\nRegards,\nNeha Iyer\nPurchase | Spice Route Exports Pvt Ltd\n\n"
                + outlook_quote("en", ("Neha Iyer", buy["email"]), ow, (sup["name"], sup["email"]),
                                request_subject(P), request_text(P), dlang="en_gb"))
    body = """Confirmed.

Regards
Amit Patel
Shree Ganesh Packaging Industries
Plot 78, MIDC Bhosari, Pune 411026
Mob. 98220 55123 | GSTIN 27ABCDE1234F1Z5"""
    eml = reply("boxes-in", P, "outlook", T(2026, 7, 13, 12, 2, 5, 30), body, qlang="en", lang="en-IN",
                prefix="RE: ", orig=reminder, orig_subject="Reminder: " + request_subject(P), orig_when=rem_when,
                sender=("Amit Patel", "amit.patel@sgpackaging.example"), in_reply=False)
    # replying to the reminder, not to the original request
    eml = eml.replace(f"References: {P['request_message_id']}".encode(), b"")
    m_refs = f"{P['request_message_id']} {rem_id}"
    eml = eml.replace(b"\r\nAccept-Language:", f"\r\nReferences: {m_refs}\r\nIn-Reply-To: {rem_id}\r\nAccept-Language:".encode(), 1)
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1])}),
               notes="One-word 'Confirmed.' in reply to our reminder; the quoted thread carries the PO, so all lines "
                     "are accepted as ordered. In-Reply-To points to the reminder, References to both mails.")
    return eml, [P], exp


@case("implement-wheels-4-wochen-nach-auftragseingang-lotus-de-DE", "confirmation", "de-DE",
      "Lotus Notes reply the same day: 'Lieferzeit 4 Wochen nach Auftragseingang'; wheel sizes 11.5/80-15.3 and rims 9.00x15.3 look like dates")
def c_wheels_lotus():
    sup = supplier("HORR", "Hofmann Räder und Reifen GmbH", "verkauf@hofmann-raeder.example", "de-DE")
    buy = buyer("Jana Petersen", "jana.petersen@nordacker-agrar.example")
    P = po("4500032214", sup, buy, "EUR", D(2026, 6, 15), [
        line(1, "KR-11.5/80-15.3", "Komplettrad 11.5/80-15.3 14PR, Felge 9.00x15.3, 6-Loch", 16, "ST", "238.00", D(2026, 7, 10)),
        line(2, "KR-10.0/75-15.3", "Komplettrad 10.0/75-15.3 12PR, Felge 9.00x15.3, 6-Loch", 8, "ST", "196.00", D(2026, 7, 10)),
    ])
    body = """Sehr geehrte Frau Petersen,

vielen Dank für Ihre Bestellung 4500032214 über 16 Kompletträder 11.5/80-15.3 und 8 Kompletträder 10.0/75-15.3.

Die Preise bestätigen wir wie bestellt. Die Lieferzeit beträgt derzeit 4 Wochen nach Auftragseingang, da die Felgen 9.00x15.3 erst noch verzinkt werden müssen.

Mit freundlichen Grüßen

Klaus Hofmann
Verkauf Landtechnik

Hofmann Räder und Reifen GmbH
Raiffeisenstraße 21, 49661 Cloppenburg
Telefon 04471 555 63-0, Telefax 04471 555 63-99
Registergericht Oldenburg HRB 110487, Geschäftsführer Klaus Hofmann"""
    eml = reply("wheels-lotus", P, "lotus", T(2026, 6, 15, 16, 42, 2), body, qlang="de", lang="de-DE", blang="de",
                prefix="Antwort: ", charset="iso-8859-1", orig_when=T(2026, 6, 15, 9, 20, 2),
                sender=("Klaus Hofmann", "k.hofmann@hofmann-raeder.example"))
    exp = conf((P["po_number"], {1: C(16, "238.00", D(2026, 7, 13)), 2: C(8, "196.00", D(2026, 7, 13))}),
               notes="Order received on 2026-06-15 (PO sent 09:20, reply 16:42 the same day); 4 weeks later = "
                     "2026-07-13, after the requested 10 July. Tyre/rim sizes are not dates.")
    return eml, [P], exp


@case("optics-6-8-weeks-aro-en-US", "confirmation", "en-US",
      "lead time range '6-8 weeks ARO' given on the day the PO arrived; the latest end (8 weeks) is the commitment")
def c_optics_aro():
    sup = supplier("POSI", "Precision Optics Supply Inc.", "orders@precisionoptics-supply.example", "en-US")
    buy = buyer("Kevin Brooks", "kbrooks@northstar-instruments.example")
    P = po("NSI-PO-88412", sup, buy, "USD", D(2026, 1, 20), [
        line(1, "ASPH-25-F20", "Aspheric lens 25 mm, f=20 mm, NIR coated", 50, "EA", "142.00", D(2026, 3, 6)),
        line(2, "BPF-532-10", "Bandpass filter 532 nm, 10 nm FWHM, 25 mm", 30, "EA", "189.00", D(2026, 3, 6)),
    ])
    body = """Hi Kevin,

Thank you for PO NSI-PO-88412, received today. Pricing is confirmed as per PO. Lead time on both items is 6-8 weeks ARO; we'll send tracking as soon as they ship.

Regards,
Diane Walsh
Customer Service | Precision Optics Supply Inc.
1420 Commerce Dr, Rochester, NY 14623
P: (585) 555-0190"""
    eml = reply("optics-aro", P, "outlook", T(2026, 1, 20, 16, 5, -5), body, qlang="en", lang="en-US",
                prefix="RE: ", orig_when=T(2026, 1, 20, 9, 40, -5),
                sender=("Diane Walsh", "dwalsh@precisionoptics-supply.example"))
    exp = conf((P["po_number"], {1: C(50, "142.00", D(2026, 3, 17)), 2: C(30, "189.00", D(2026, 3, 17))}),
               notes="ARO = after receipt of order = 2026-01-20 ('received today'). A range is committed at its latest "
                     "end: 8 weeks -> 2026-03-17, later than the requested 6 March. '532 nm', 'f=20 mm' are specs.")
    return eml, [P], exp


@case("plush-per-colour-lot-ship-dates-vi-en", "confirmation", "vi",
      "Vietnamese toy factory in non-native English: one line split per colour lot (pink+blue 800 pcs 15 Sep, beige 400 pcs 29 Sep); ETD only")
def c_plush_vi():
    sup = supplier("SGTF", "Saigon Toys Factory Co., Ltd.", "export@saigontoys.example", "vi")
    buy = buyer("Laura Bennett", "laura.bennett@kids-corner.example")
    P = po("KC-26-0712", sup, buy, "USD", D(2026, 8, 10), [
        line(1, "PL-BEAR-25-AS", "Plush bear 25 cm, assorted colours pink/blue/beige", 1200, "EA", "2.85", D(2026, 9, 15)),
        line(2, "PL-BUNNY-30", "Plush bunny 30 cm, white", 600, "EA", "3.40", D(2026, 9, 15)),
    ])
    body = """Dear Ms Laura,

Thank for your PO KC-26-0712, we confirm as below:

- Bear 25cm assorted: 1200pcs @USD2.85. Color pink and blue total 800pcs ready ETD 15/9. Color beige 400pcs fabric come late, ETD 29/9.
- Bunny 30cm white: 600pcs @USD3.40, ETD 15/9.

Ship FOB Cat Lai, HCMC. Please advise forwarder.

Best regards,
Ms. Pham Thu Trang (Jenny)
Export Dept. - Saigon Toys Factory Co., Ltd.
Lot C5, Tan Binh Industrial Park, HCMC, Vietnam
Tel: +84 28 5555 6789"""
    eml = reply("plush-vi", P, "gmail", T(2026, 8, 11, 9, 12, 7), body, qlang="en_gb", lang="en",
                prefix="Re: ", sender=("Jenny Pham", "export@saigontoys.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: C(1200, "2.85", D(2026, 9, 29), [(800, D(2026, 9, 15)), (400, D(2026, 9, 29))]),
                                 2: A(L[1])}),
               notes="FOB order with ETD (ship) dates only, so the ship dates are the dates. Line 1 is split per "
                     "colour lot; day-first 15/9 and 29/9.")
    return eml, [P], exp


@case("safety-boots-dates-per-size-de-AT", "confirmation", "de-AT",
      "safety boots for a mine: one line split by size range (Gr. 39-44 on 12.5., Gr. 45-47 on 26.5.); 'S3 SRC' and EN ISO 20345:2022 as traps")
def c_boots_at():
    sup = supplier("ARSI", "Arbeitsschutz Steiner GmbH", "office@arbeitsschutz-steiner.example", "de-AT")
    buy = buyer("Florian Mair", "einkauf@bergsport-tirol.example")
    P = po("BT-26-0388", sup, buy, "EUR", D(2026, 4, 27), [
        line(1, "SB-S3-MIX", "Sicherheitsstiefel S3 SRC, Größen 39-47 laut Größenschlüssel", 120, "PR", "64.90", D(2026, 5, 12)),
        line(2, "HH-GRUBE-WS", "Grubenhelm mit Lampenhalterung, weiß", 40, "ST", "38.50", D(2026, 5, 12)),
    ])
    body = """Grüß Gott Herr Mair,

danke für die Bestellung BT-26-0388.

Helme: 40 Stk. à EUR 38,50, Lieferung am 12.5. wie gewünscht.

Stiefel S3 SRC (EN ISO 20345:2022): die Größen 39-44 (96 Paar) liefern wir am 12.5., die großen Größen 45-47 (24 Paar) kommen erst aus dem Werk in Portugal, die können wir Ihnen für den 26.5. zusagen. Preis bleibt EUR 64,90/Paar.

Freundliche Grüße

Gabriele Steiner
Arbeitsschutz Steiner GmbH
Industriezone 4, 6176 Völs, Tirol
T +43 512 555 302 | office@arbeitsschutz-steiner.example
FN 123456x LG Innsbruck"""
    eml = reply("boots-at", P, "outlook", T(2026, 4, 28, 8, 15, 2), body, qlang="de", lang="de-AT", blang="de",
                prefix="AW: ", sender=("Gabriele Steiner", "g.steiner@arbeitsschutz-steiner.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: C(120, "64.90", D(2026, 5, 26), [(96, D(2026, 5, 12)), (24, D(2026, 5, 26))]),
                                 2: A(L[1])}),
               notes="Per-size split of one line: 96 pairs on 12.5., 24 pairs on 26.5. 'Größen 39-47', "
                     "'20345:2022' are not quantities/dates.")
    return eml, [P], exp


@case("resin-order-declined-force-majeure-es-ES", "confirmation", "es-ES",
      "Spanish compounder declines the whole order: force majeure at the polymer supplier -> every line rejected (an answer, not needs_review)")
def c_resin_fm_es():
    sup = supplier("COMV", "Compuestos Mediterráneo S.A.", "pedidos@compuestos-med.example", "es-ES")
    buy = buyer("Alberto Sanz", "compras@plastiformas.example")
    P = po("PF-OC-26-0931", sup, buy, "EUR", D(2026, 11, 2), [
        line(1, "PA6-GF30-BK", "PA6 30 % fibra de vidrio, negro, octabín 1.000 kg", 4000, "KG", "3.15", D(2026, 11, 27)),
        line(2, "PA66-GF25-NT", "PA66 25 % fibra de vidrio, natural, saco 25 kg", 1500, "KG", "3.90", D(2026, 11, 27)),
    ])
    body = """Estimado Alberto:

Lamentamos comunicarle que no podemos atender su pedido PF-OC-26-0931. Nuestro proveedor de poliamida base ha declarado fuerza mayor tras el incendio en su planta de Tarragona del pasado 28 de octubre y no tenemos asignación de material para noviembre ni diciembre.

Anulamos por tanto ambas posiciones (PA6 GF30 y PA66 GF25). En cuanto se normalice el suministro le enviaremos una nueva oferta.

Disculpe las molestias.

Atentamente,

Elena Navarro
Atención al Cliente
Compuestos Mediterráneo S.A.
Polígono Industrial El Serrallo, parcela 14 - 12100 Castellón
Tel. 964 555 730"""
    eml = reply("resin-fm-es", P, "outlook", T(2026, 11, 3, 12, 40, 1), body, qlang="es", lang="es-ES", blang="es",
                prefix="RE: ", sender=("Elena Navarro", "enavarro@compuestos-med.example"))
    exp = conf((P["po_number"], {1: REJ, 2: REJ}),
               notes="An explicit refusal of the whole order is a confirmation-kind answer with all lines rejected. "
                     "28 October is the date of the fire, not a delivery date.")
    return eml, [P], exp


@case("po-number-spaced-two-similar-pos-nl-NL", "confirmation", "nl-NL",
      "fresh mail (not a reply) confirming 'uw order 4500 033 107'; a second open PO 4500033170 with the same digits must stay out")
def c_pack_nl():
    sup = supplier("VPBR", "Verpakkingen Brabant B.V.", "verkoop@verpakkingenbrabant.example", "nl-NL")
    buy = buyer("Kees van Dijk", "inkoop@bouwmarkt-delta.example")
    P1 = po("4500033107", sup, buy, "EUR", D(2026, 3, 2), [
        line(1, "VD-604040", "Verhuisdoos 60x40x40 cm, dubbele golf, per 25 gebundeld", 1000, "ST", "0.89", D(2026, 3, 12)),
        line(2, "TAPE-50-66-BR", "Verpakkingstape 50 mm x 66 m bruin", 144, "ROL", "1.35", D(2026, 3, 12)),
    ])
    P2 = po("4500033170", sup, buy, "EUR", D(2026, 3, 4), [
        line(1, "STRF-23-500", "Stretchfolie 23 my, 500 mm, rol 270 m", 60, "ROL", "7.40", D(2026, 3, 19)),
    ])
    check_wd(D(2026, 3, 12), 3)
    body = """Geachte heer Van Dijk,

Hierbij bevestigen wij uw order 4500 033 107 van 2 maart:

- 1.000 verhuisdozen 60x40x40 (40 bundels à 25 st.) à € 0,89
- 144 rollen tape 50 mm x 66 m bruin à € 1,35

Levering donderdag 12 maart, tussen 7.00 en 11.00 uur.

Met vriendelijke groet,

Femke de Graaf
Binnendienst
Verpakkingen Brabant B.V. | Industrieweg 33 | 5145 PD Waalwijk
T 0416 555 700 | KvK 17123456 | BTW NL812345678B01

Op al onze aanbiedingen en overeenkomsten zijn de Metaalunievoorwaarden niet van toepassing; wij leveren uitsluitend volgens onze algemene voorwaarden, gedeponeerd bij de KvK."""
    m = Mail("pack-nl", "outlook", ("Femke de Graaf", "f.degraaf@verpakkingenbrabant.example"),
             [("Kees van Dijk", buy["email"])], T(2026, 3, 3, 10, 25, 1), "Orderbevestiging 4500 033 107", lang="nl-NL")
    m.body(body, outlook_html(body, None, lang="nl"))
    L = P1["lines"]
    exp = conf(("4500033107", {1: A(L[0]), 2: A(L[1])}),
               notes="PO number written with spaces ('4500 033 107'), new thread without In-Reply-To. The similar open "
                     "PO 4500033170 is not answered and is left out. '2 maart' is the PO date.")
    return m.render(), [P1, P2], exp


@case("crop-protection-pack-change-price-per-kg-de-DE", "confirmation", "de-DE",
      "20 L canisters delivered as 2 x 10 L (same litres, same price) and a per-bag price restated per kg (0,96 €/kg x 25 kg = 24,00 €/Sack) -> all accepted")
def c_crop_de():
    sup = supplier("PSNO", "Pflanzenschutz Nord Handels GmbH", "auftrag@psnord.example", "de-DE")
    buy = buyer("Jana Petersen", "jana.petersen@nordacker-agrar.example")
    P = po("4500032480", sup, buy, "EUR", D(2026, 3, 16), [
        line(1, "PS-FUNG-20", "Fungizid Prothioconazol 250 EC, Kanister 20 L", 200, "L", "28.40", D(2026, 3, 24)),
        line(2, "BD-BITTER-25", "Bittersalz Blattdünger, Sack 25 kg", 40, "SACK", "24.00", D(2026, 3, 24)),
        line(3, "NM-ADJ-5", "Netzmittel / Additiv, Kanister 5 L", 30, "L", "9.80", D(2026, 3, 24)),
    ])
    check_wd(D(2026, 3, 24), 1)
    body = """Guten Tag Frau Petersen,

Ihre Bestellung 4500032480 bestätigen wir wie folgt:

Pos. 1: Der Hersteller hat die Gebinde umgestellt, wir liefern daher 20 x 10-L-Kanister statt 10 x 20 L. Menge 200 L und Preis 28,40 EUR/L bleiben unverändert.
Pos. 2: 40 Sack à 25 kg = 1.000 kg zu 0,96 EUR/kg.
Pos. 3: wie bestellt, 30 L (6 Kanister) zu 9,80 EUR/L.

Liefertermin für alle Positionen: Dienstag, 24.03.

Mit freundlichen Grüßen
i. A. Kerstin Lüders
Auftragsbearbeitung

Pflanzenschutz Nord Handels GmbH · Ringstraße 5 · 24768 Rendsburg
Tel. 04331 5550-12 · Sachkunde-Nr. SH-2211-04
Amtsgericht Kiel HRB 9981 RD"""
    eml = reply("crop-de", P, "outlook", T(2026, 3, 17, 11, 3, 1), body, qlang="de", lang="de-DE", blang="de",
                prefix="AW: ", charset="iso-8859-1", sender=("Kerstin Lüders", "k.lueders@psnord.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1]), 3: A(L[2])}),
               notes="Pack change 2 x 10 L keeps the ordered 200 L and EUR/L price. Line 2 priced per kg: "
                     "0.96 x 25 = 24.00 per bag = PO price; 1,000 kg = 40 bags. Nothing actually changes.")
    return eml, [P], exp


@case("grinding-media-force-majeure-one-line-open-tr-en", "confirmation", "tr",
      "Turkish foundry in non-native English: line 1 loads 18.09.2026 as planned, line 2 no date because of port strike (force majeure) -> unconfirmed")
def c_grind_tr():
    sup = supplier("EGDS", "Ege Döküm Sanayi A.Ş.", "export@egedokum.example", "tr")
    buy = buyer("Callum Reid", "c.reid@harbour-mining.example")
    P = po("HMS-PO-2026-0517", sup, buy, "EUR", D(2026, 8, 31), [
        line(1, "GB-FORG-80", "Forged grinding ball 80 mm, HRC 60-65, bulk bag 1 t", 40, "T", "1045.00", D(2026, 9, 18)),
        line(2, "GB-CAST-30", "Cast grinding ball 30 mm, high chrome, steel drum", 12, "T", "1380.00", D(2026, 9, 18)),
    ])
    body = """Dear Mr. Callum,

Thank you for your order HMS-PO-2026-0517.

Line 1, forged balls 80mm, 40 tons with price 1.045,00 EUR/ton as your PO, we will load on 18.09.2026 as planned.

For line 2, cast balls 30mm high chrome, unfortunately there is strike in Izmir port since last week, it is force majeure situation for us. We can not give firm date now for this line. We will inform you new date when port is working normal again.

Best Regards,
Serkan Aydın
Export Manager
Ege Döküm Sanayi A.Ş.
Kemalpaşa OSB, 35730 İzmir / TÜRKİYE
Tel: +90 232 555 12 12"""
    eml = reply("grind-tr", P, "outlook", T(2026, 9, 1, 10, 50, 3), body, qlang="en", lang="tr-TR",
                prefix="YNT: ", sender=("Serkan Aydın", "serkan.aydin@egedokum.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: UNC}),
               notes="Line 1: loading date only (= requested) is the date. Line 2 addressed but explicitly without "
                     "a commitment -> unconfirmed. '1.045,00' uses Turkish separators; 'HRC 60-65' is hardness.")
    return eml, [P], exp


@case("cables-confirmed-plus-2027-price-increase-de-DE", "confirmation", "de-DE",
      "order confirmed as ordered; the same mail announces +4,5 % list prices from 01.01.2027 and attaches a price-info PDF (not about this order)")
def c_cable_de():
    sup = supplier("EKHS", "Elektro-Kabel Handel Süd GmbH", "innendienst@ekh-sued.example", "de-DE")
    buy = buyer("Stefan Gruber", "s.gruber@voltnet.example")
    P = po("7700-2291", sup, buy, "EUR", D(2026, 9, 28), [
        line(1, "NYM-J-3x1.5", "Mantelleitung NYM-J 3x1,5 mm2, Ring 100 m, Cu-Basis 150 EUR/100 kg", 1000, "M", "0.62", D(2026, 10, 8)),
        line(2, "NYM-J-5x2.5", "Mantelleitung NYM-J 5x2,5 mm2, Trommel 500 m, Cu-Basis 150 EUR/100 kg", 500, "M", "1.84", D(2026, 10, 8)),
    ])
    pdf = pdf_doc([
        ("B", 13, "Preisinformation 2027"), None,
        ("R", 9, "Sehr geehrte Kundin, sehr geehrter Kunde,"), None,
        ("R", 9, "aufgrund gestiegener Energie- und Logistikkosten passen wir unsere Listenpreise zum 01.01.2027"),
        ("R", 9, "um durchschnittlich 4,5 % an. Bestehende Aufträge mit Liefertermin bis 31.12.2026 sind nicht betroffen."),
        ("R", 9, "Die Kupferbasis bleibt unverändert bei 150 EUR/100 kg; der Kupferzuschlag wird weiterhin nach"),
        ("R", 9, "DEL-Notiz am Tag nach Auftragseingang berechnet."), None,
        ("R", 9, "Elektro-Kabel Handel Süd GmbH, Augsburg, im September 2026"),
    ], title="Preisinformation 2027", author="EKH Süd")
    body = """Sehr geehrter Herr Gruber,

wir bestätigen Ihre Bestellung 7700-2291 zu den bestellten Konditionen (Cu-Basis 150, Zuschlag nach DEL wie vereinbart). Liefertermin 08.10.2026 frei Baustelle.

Bitte beachten Sie unsere beiliegende Preisinformation: Ab 01.01.2027 erhöhen sich unsere Listenpreise um durchschnittlich 4,5 %. Ihr aktueller Auftrag ist davon nicht betroffen.

Mit freundlichen Grüßen

Melanie Wagner
Innendienst
Elektro-Kabel Handel Süd GmbH
Hery-Park 3000, 86368 Gersthofen
Tel. 0821 555 71-30
Sitz: Gersthofen, AG Augsburg HRB 27711"""
    eml = reply("cable-de", P, "outlook", T(2026, 9, 29, 9, 31, 2), body, qlang="de", lang="de-DE", blang="de",
                prefix="AW: ", sender=("Melanie Wagner", "m.wagner@ekh-sued.example"),
                attachments=[("Preisinformation_2027.pdf", "application/pdf", pdf)])
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1])}),
               notes="Confirmed as ordered; the copper surcharge per DEL was already agreed in the PO. The 4.5 % "
                     "increase from 01.01.2027 applies to future orders only.")
    return eml, [P], exp


@case("solar-mixed-german-english-optimizers-open-de-CH", "confirmation", "de-CH",
      "Swiss distributor mixes English and Swiss German: modules and rails for 'Mittwoch 10. Juni', optimizers 'backordered, ETA Ende Juni, I'll let you know' -> unconfirmed")
def c_solar_ch():
    sup = supplier("ALSO", "Alpensolar AG", "orders@alpensolar.example", "de-CH")
    buy = buyer("Katrin Vogel", "k.vogel@heliobuild.example")
    P = po("HB-2026-0402", sup, buy, "EUR", D(2026, 5, 26), [
        line(1, "MOD-430-BK", "PV module 430 Wp full black, 31 pcs/pallet", 62, "EA", "104.00", D(2026, 6, 10)),
        line(2, "OPT-600W", "Power optimizer 600 W", 62, "EA", "47.50", D(2026, 6, 10)),
        line(3, "RAIL-40-3300", "Mounting rail alu 40x40, 3300 mm", 48, "EA", "17.80", D(2026, 6, 10)),
    ])
    check_wd(D(2026, 6, 10), 2)
    body = """Hoi Katrin

Order HB-2026-0402 confirmed, merci vielmal! Die Module (2 Paletten à 31 Stk) und die Schienen liefern wir am Mittwoch 10. Juni, prices as per PO.

The optimizers are backordered at the manufacturer, ETA irgendwann Ende Juni - I'll let you know as soon as I have a date.

Liebe Grüess
Reto Brunner
Alpensolar AG | Sales
Industriestrasse 12 | 8604 Volketswil
+41 44 555 62 80 | CHE-112.345.678 MWST"""
    eml = reply("solar-ch", P, "gmail", T(2026, 5, 27, 7, 49, 2), body, qlang="de", lang="de-CH",
                prefix="Re: ", sender=("Reto Brunner", "reto.brunner@alpensolar.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: UNC, 3: A(L[2])}),
               notes="German/English mix. Line 2: 'ETA irgendwann Ende Juni, I'll let you know' is no commitment -> "
                     "unconfirmed. '430 Wp', '600 W', '31 Stk' per pallet are not quantities.")
    return eml, [P], exp


@case("hotel-chemicals-phone-no-diacritics-pl", "confirmation", "pl",
      "Polish phone reply without diacritics and with typos ('potwierdzam zamowienie ... w piatek 17.04 rano')")
def c_chem_pl():
    sup = supplier("CHHO", "Chemia Hotelowa Sp. z o.o.", "biuro@chemiahotelowa.example", "pl")
    buy = buyer("Joanna Kowalczyk", "zaopatrzenie@hoteli-wroclaw.example")
    P = po("HO/26/114", sup, buy, "PLN", D(2026, 4, 13), [
        line(1, "PL-NACZ-10", "Płyn do zmywarek, kanister 10 l", 12, "EA", "64.00", D(2026, 4, 17)),
        line(2, "PR-PODL-5", "Środek do podłóg, kanister 5 l", 20, "EA", "38.50", D(2026, 4, 17)),
        line(3, "RECZ-PAP-2W", "Ręcznik papierowy ZZ, karton 4000 listków", 30, "KRT", "52.90", D(2026, 4, 17)),
    ])
    check_wd(D(2026, 4, 17), 4)
    body = """Dzien dobry, potwierdzam zamowienie nr HO/26/114 , wszystko bedzie w piatek 17.04 rano. Ceny jak w zamowieniu, recznikow tez mamy 30 kartonow.
Pozdr
Tomek

Wysłane z iPhone'a"""
    eml = reply("chem-pl-iphone", P, "apple", T(2026, 4, 14, 7, 12, 2), body, qlang="pl", lang="pl",
                prefix="Re: ", sender=("Tomasz Nowicki", "t.nowicki@chemiahotelowa.example"))
    L = P["lines"]
    exp = conf((P["po_number"], {1: A(L[0]), 2: A(L[1]), 3: A(L[2])}),
               notes="Phone typing without Polish diacritics ('zamowienie', 'piatek'); 17.04 = 2026-04-17, a Friday.")
    return eml, [P], exp


@case("rail-bearings-end-of-next-week-en-GB", "confirmation", "en-GB",
      "'all 3 lines fine at your prices' but bearings arrive 'Wednesday', seals and grease 'end of next week' (read as Friday of next week)")
def c_bearings_gb():
    sup = supplier("NBSL", "Northern Bearings & Seals Ltd", "sales@northernbearings.example", "en-GB")
    buy = buyer("Priya Shah", "priya.shah@midlands-rail.example")
    P = po("MRO-PO-10583", sup, buy, "GBP", D(2026, 11, 6), [
        line(1, "AXB-130x240", "Axle box bearing, tapered roller unit 130x240", 8, "EA", "612.00", D(2026, 11, 13)),
        line(2, "SEAL-LAB-130", "Labyrinth seal for 130 mm axle box", 16, "EA", "48.60", D(2026, 11, 13)),
        line(3, "GRS-RAIL-18", "Axle box grease, 18 kg keg", 4, "EA", "96.00", D(2026, 11, 13)),
    ])
    check_wd(D(2026, 11, 9), 0)
    check_wd(D(2026, 11, 11), 2)
    body = """Hi Priya,

All 3 lines fine at your prices. The axle box bearings are in stock and will go out tomorrow for Wednesday delivery; the seals and the grease will be with you end of next week.

Thanks
Dave

David Holt
Sales Engineer | Northern Bearings & Seals Ltd
Unit 9, Calder Park, Wakefield WF2 7AN
Tel 01924 555 210 | Mob 07700 900 314

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Northern Bearings & Seals Ltd, registered in England & Wales no. 03112244."""
    eml = reply("bearings-gb", P, "outlook", T(2026, 11, 9, 14, 26, 0), body, qlang="en", lang="en-GB",
                prefix="RE: ", sender=("David Holt", "d.holt@northernbearings.example"))
    exp = conf((P["po_number"], {1: C(8, "612.00", D(2026, 11, 11)), 2: C(16, "48.60", D(2026, 11, 20)),
                                 3: C(4, "96.00", D(2026, 11, 20))}),
               notes="Mail of Monday 9 Nov: 'Wednesday delivery' = 2026-11-11 (ship 'tomorrow' = 10 Nov is only the "
                     "ship date); 'end of next week' read as Friday of next week = 2026-11-20, after the requested 13 Nov.")
    return eml, [P], exp


# ==========================================================================
# helpers for non-confirmation mails
# ==========================================================================
def po_pdf(p):
    b = p["buyer"]
    comp = BUYER_COMPANY.get(b["email"].split("@")[1], "")
    rows = [("B", 14, comp), None, ("B", 12, f"PURCHASE ORDER {p['po_number']}"),
            ("R", 9, f"Date: {p['issued']}    Supplier: {p['supplier']['name']}    Currency: {p['currency']}"), "---",
            ("B", 9, "Line  Item                Qty        UoM   Unit price   Delivery date")]
    for l in p["lines"]:
        rows.append(("R", 9, f"{l['line']:<5} {l['item']:<19} {fmt_qty(l['quantity']):>9}  {l['uom']:<5} {l['unit_price']:>10}   {l['requested_date']}"))
    rows += ["---", ("R", 8, f"Buyer: {b['name']} <{b['email']}>")]
    return pdf_doc([r if not isinstance(r, tuple) else (r[0], r[1], r[2].encode('cp1252', 'replace').decode('cp1252')) for r in rows],
                   title=f"PO {p['po_number']}", author=comp.encode('cp1252', 'replace').decode('cp1252'))


def orig_po_mail(p, to_addr=None, blang="en", with_pdf=True, when=None):
    """our own PO request mail as a Message (for bounces / forwards)."""
    text, subj = orig_for(p, blang)
    body = text_part(text, "plain", "utf-8", "qp")
    if with_pdf:
        m = MIMEMultipart("mixed", _subparts=[body, attachment(f"PO_{re.sub('[^0-9A-Za-z-]', '_', p['po_number'])}.pdf",
                                                                 "application/pdf", po_pdf(p))])
        m.set_boundary("----=_Part_PO_" + hx(p["po_number"], 12))
    else:
        m = body
    hdrs = [(k, v) for k, v in m._headers]
    m._headers = []
    w = when or sent_time(p, 1)
    m["From"] = addr(p["buyer"]["name"], p["buyer"]["email"])
    m["To"] = to_addr or p["supplier"]["email"]
    m["Subject"] = hdr(subj)
    m["Date"] = format_datetime(w)
    m["Message-ID"] = p["request_message_id"]
    m["X-Mailer"] = "PurchaseAgent/2.3"
    for k, v in hdrs:
        if k.lower() != "mime-version":
            m[k] = v
    m["MIME-Version"] = "1.0"
    for sub in m.walk():
        if sub is not m:
            del sub["MIME-Version"]
    return m, w, subj


def headers_text(msg):
    """the header block of a Message, encoded as on the wire."""
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78, policy=compat32).flatten(msg)
    return buf.getvalue().decode("ascii").split("\n\n", 1)[0] + "\n"


def ds_block(pairs):
    b = Message()
    for k, v in pairs:
        b[k] = v
    return b


def report(kind, parts):
    r = MIMEMultipart("report", _subparts=parts, report_type=kind)
    return r


def auto_reply_mail(seed, client, sender, to, when, subject, body, *, lang="en", charset="utf-8", cte="qp",
                    henc="q", in_reply_to=None, auto="auto-replied", html=True, extra=()):
    m = Mail(seed, client, sender, to, when, subject, charset=charset, cte=cte, henc=henc, lang=lang)
    h = None
    if html and client == "outlook":
        h = outlook_html(body, None, lang=lang.split("-")[0], charset=charset)
    m.body(body, h)
    if in_reply_to:
        m.reply_to(in_reply_to)
    m.header("Auto-Submitted", auto)
    m.header("X-Auto-Response-Suppress", "All")
    for k, v in extra:
        m.header(k, v)
    return m


# ---------------------------------------------------------------- auto-replies
@case("ooo-exchange-return-date-deputy-de-DE", "auto_reply", "de-DE",
      "Exchange out-of-office 'Automatische Antwort:' with absence dates 10.08.-21.08.2026 and a deputy with phone number")
def a_ooo_de():
    sup = supplier("AHKW", "Agrochem Handelskontor Weser GmbH", "dispo@ahk-weser.example", "de-DE")
    buy = buyer("Jana Petersen", "jana.petersen@nordacker-agrar.example")
    P = po("4500033412", sup, buy, "EUR", D(2026, 8, 12), [
        line(1, "DU-KAS-27", "Kalkammonsalpeter KAS 27 % N, Big Bag 600 kg", 24, "T", "305.00", D(2026, 9, 4)),
        line(2, "DU-DAP-18", "Diammonphosphat DAP 18-46, Big Bag 600 kg", 12, "T", "612.00", D(2026, 9, 4)),
    ])
    body = """Vielen Dank für Ihre Nachricht.

Ich bin vom 10.08. bis einschließlich 21.08.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 24.08.2026 bin ich wieder für Sie da.

In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Tobias Brandt (t.brandt@ahk-weser.example, Tel. 04401 55 318-41) oder an dispo@ahk-weser.example.

Ihre Nachricht wird nicht automatisch weitergeleitet.

Mit freundlichen Grüßen
Sven Albers"""
    m = auto_reply_mail("ooo-de", "outlook", ("Sven Albers", "s.albers@ahk-weser.example"),
                        [("Jana Petersen", buy["email"])], T(2026, 8, 12, 10, 3, 2),
                        "Automatische Antwort: " + request_subject(P, "de"), body, lang="de-DE",
                        in_reply_to=P["request_message_id"], auto="auto-generated",
                        extra=[("X-MS-Exchange-Inbox-Rules-Loop", "s.albers@ahk-weser.example")])
    return m.render(), [P], other("auto_reply", "Out-of-office notice: the dates are the absence period and return "
                                                "date, not delivery dates; nothing about the order is committed.")


@case("ooo-bilingual-fr-de-deputy-fr-CH", "auto_reply", "fr-CH",
      "Swiss French/German out-of-office 'absente jusqu'au lundi 3 août / abwesend bis Montag, 3. August' with a deputy")
def a_ooo_frch():
    sup = supplier("PRLE", "Promo Léman SA", "commandes@promoleman.example", "fr-CH")
    buy = buyer("Nina Keller", "n.keller@brandwerk.example")
    P = po("BW-2026-161", sup, buy, "CHF", D(2026, 7, 22), [
        line(1, "CAP-CTN-NVY", "Casquette coton navy, broderie 1 couleur", 400, "EA", "5.60", D(2026, 8, 21)),
        line(2, "BTL-INOX-05", "Gourde inox 0,5 l, gravure laser", 250, "EA", "8.90", D(2026, 8, 21)),
    ])
    check_wd(D(2026, 8, 3), 0)
    body = """Bonjour,

Je suis absente jusqu'au lundi 3 août inclus. Pour toute commande urgente, merci de contacter M. Julien Favre (j.favre@promoleman.example, +41 21 555 48 22).

Guten Tag,

ich bin bis und mit Montag, 3. August abwesend. In dringenden Fällen wenden Sie sich bitte an Herrn Julien Favre (j.favre@promoleman.example, +41 21 555 48 22).

Meilleures salutations / Freundliche Grüsse
Sophie Rochat"""
    m = auto_reply_mail("ooo-frch", "outlook", ("Sophie Rochat", "s.rochat@promoleman.example"),
                        [("Nina Keller", buy["email"])], T(2026, 7, 22, 15, 44, 2),
                        "Réponse automatique : Purchase order BW-2026-161 - please confirm", body, lang="fr-CH",
                        in_reply_to=P["request_message_id"], auto="auto-replied")
    return m.render(), [P], other("auto_reply", "Bilingual out-of-office; 'lundi 3 août' is the return date.")


@case("ooo-fuera-de-oficina-es-en-es-ES", "auto_reply", "es-ES",
      "Spanish/English out-of-office from Outlook with the order e-mail address to use instead; return date 24 de agosto")
def a_ooo_es():
    sup = supplier("TXHL", "Textil Hostelería Levante S.L.", "pedidos@textil-levante.example", "es-ES")
    buy = buyer("Javier Ruiz", "compras@hotelesmediterraneo.example")
    P = po("HM-2026-0402", sup, buy, "EUR", D(2026, 8, 10), [
        line(1, "TOA-LAV-30", "Toalla lavabo 50x100, 500 g/m2, blanca", 2000, "EA", "3.40", D(2026, 9, 11)),
    ])
    body = """Gracias por su mensaje. Estaré fuera de la oficina hasta el 24 de agosto, sin acceso al correo. Para pedidos y confirmaciones, por favor escriba a pedidos@textil-levante.example o llame al 96 555 21 40.

Thank you for your e-mail. I am out of the office until 24 August with no access to e-mail. For orders and confirmations please write to pedidos@textil-levante.example.

Pilar Martínez"""
    m = auto_reply_mail("ooo-es", "outlook", ("Pilar Martínez", "pmartinez@textil-levante.example"),
                        [("Javier Ruiz", buy["email"])], T(2026, 8, 10, 11, 0, 2),
                        "Respuesta automática: " + request_subject_x(P, "es"), body, lang="es-ES",
                        in_reply_to=P["request_message_id"], auto="auto-replied")
    return m.render(), [P], other("auto_reply", "Out-of-office in Spanish and English; '24 de agosto' is the return date.")


@case("holiday-autoreply-spring-festival-zh-CN", "auto_reply", "zh-CN",
      "Chinese New Year auto-reply '自动回复' (2027年2月5日至2月14日放假, 2月15日上班) in Chinese and English, year 2027")
def a_cny():
    sup = supplier("HCMB", "宁波华彩色母粒有限公司", "sales@huacai-mb.example", "zh-CN")
    buy = buyer("张伟", "purchasing@hengda-plastics.example")
    P = po("HD-PO-2027-0203", sup, buy, "CNY", D(2027, 2, 3), [
        line(1, "MB-BLUE-3021", "蓝色母粒 3021，25kg/袋", 3000, "KG", "28.50", D(2027, 3, 5)),
    ])
    body = """您好！

春节放假通知：我司于2027年2月5日至2月14日放假，2月15日（星期一）正常上班。放假期间邮件将延迟回复，敬请谅解。紧急事务请联系王丽 138 0574 5566。

Dear customer, our office is closed for Spring Festival from Feb 5 to Feb 14, 2027 and will reopen on Feb 15. Your e-mail will be answered after the holiday.

宁波华彩色母粒有限公司"""
    m = auto_reply_mail("cny", "foxmail", ("王丽", "wangli@huacai-mb.example"), [("张伟", buy["email"])],
                        T(2027, 2, 6, 9, 15, 8), "自动回复: 采购订单 HD-PO-2027-0203", body, lang="zh-CN",
                        charset="gb2312", cte="b64", henc="b", in_reply_to=P["request_message_id"], html=False)
    check_wd(D(2027, 2, 15), 0)
    return m.render(), [P], other("auto_reply", "Holiday auto-reply; the holiday dates and the reopening date are not "
                                                "delivery dates.")


@case("ticket-system-request-received-en-US", "auto_reply", "en-US",
      "helpdesk auto-answer '[Request #48213] ... has been received', response time 1-2 business days, quotes the PO subject")
def a_ticket():
    sup = supplier("POSI", "Precision Optics Supply Inc.", "orders@precisionoptics-supply.example", "en-US")
    buy = buyer("Kevin Brooks", "kbrooks@northstar-instruments.example")
    P = po("NSI-PO-88590", sup, buy, "USD", D(2026, 2, 9), [
        line(1, "ACH-50-F150", "Achromatic doublet 50 mm, f=150 mm, VIS coated", 20, "EA", "118.00", D(2026, 3, 20)),
        line(2, "MIR-AL-50", "Protected aluminium mirror 50 mm", 40, "EA", "36.50", D(2026, 3, 20)),
    ])
    body = """##- Please type your reply above this line -##

Your request (#48213) has been received and is being reviewed by our Customer Service team.

Subject: Purchase order NSI-PO-88590 - please confirm
Priority: Normal
Status: Open

Our typical response time is 1-2 business days. To add additional comments, simply reply to this email.

Thank you,
Precision Optics Supply - Customer Service
This is an automated message. Ticket ID 48213."""
    m = auto_reply_mail("ticket", "generic", ("Precision Optics Supply Support", "support@precisionoptics-supply.example"),
                        [("Kevin Brooks", buy["email"])], T(2026, 2, 9, 14, 2, -5),
                        "[Request #48213] Re: Purchase order NSI-PO-88590 - please confirm", body, lang="en-US",
                        in_reply_to=P["request_message_id"], auto="auto-generated", html=False,
                        extra=[("X-Ticket-ID", "48213"), ("Precedence", "bulk")])
    return m.render(), [P], other("auto_reply", "Ticket-system acknowledgment of receipt; no commitment on any line.")


@case("read-receipt-mdn-cs", "auto_reply", "cs",
      "Outlook read receipt 'Přečteno:' as multipart/report disposition-notification (MDN) with the original Message-ID")
def a_mdn():
    sup = supplier("KSMO", "Kabelservis Morava s.r.o.", "objednavky@kabelservis-morava.example", "cs")
    buy = buyer("Lenka Horáková", "nakup@elmont-brno.example")
    P = po("EB-4488-26", sup, buy, "CZK", D(2026, 4, 20), [
        line(1, "CYKY-J-3x2.5", "Kabel CYKY-J 3x2,5 mm2, buben 500 m", 1500, "M", "24.90", D(2026, 5, 5)),
    ])
    ow = sent_time(P, 2, h=9, m=12)
    rd = T(2026, 4, 20, 13, 48, 2)
    text = (f"Vaše zpráva\n\n  Komu: Kabelservis Morava s.r.o.\n  Předmět: {request_subject(P)}\n"
            f"  Odesláno: {ow.day}. {ow.month}. {ow.year} {hm(ow)}\n\nbyla přečtena dne {rd.day}. {rd.month}. {rd.year} {hm(rd)}.")
    dn = MIMEBase("message", "disposition-notification")
    dn.set_payload("Reporting-UA: mail.kabelservis-morava.example; Microsoft Outlook 16.0\n"
                   "Final-Recipient: rfc822;objednavky@kabelservis-morava.example\n"
                   f"Original-Message-ID: {P['request_message_id']}\n"
                   "Disposition: manual-action/MDN-sent-manually; displayed\n")
    root = report("disposition-notification", [text_part(text, "plain", "utf-8", "qp"), dn])
    root.set_boundary("----=_NextPart_000_00A1_" + hx("mdn", 8).upper())
    m = Mail("mdn-cs", "generic", ("Objednávky Kabelservis", "objednavky@kabelservis-morava.example"),
             [("Lenka Horáková", buy["email"])], rd, "Přečteno: " + request_subject(P), lang="cs")
    m.custom(root)
    m.reply_to(P["request_message_id"])
    m.header("X-Mailer", "Microsoft Outlook 16.0")
    return m.render(), [P], other("auto_reply", "A read receipt (MDN) only says the request was displayed; it is an "
                                                "automatic notification, not a bounce and not a confirmation.")


@case("ooo-urlop-mentions-order-pl", "auto_reply", "pl",
      "Polish out-of-office that mentions orders ('zamówienia proszę kierować na ...') and a return date 17.07.2026 - still no commitment")
def a_ooo_pl():
    sup = supplier("SHPL", "SolarHurt Polska Sp. z o.o.", "zamowienia@solarhurt.example", "pl")
    buy = buyer("Katrin Vogel", "k.vogel@heliobuild.example")
    P = po("HB-2026-0461", sup, buy, "EUR", D(2026, 7, 6), [
        line(1, "MOD-450-BF", "PV module 450 Wp bifacial glass-glass", 310, "EA", "94.80", D(2026, 7, 31)),
    ])
    body = """Dzień dobry,

dziękuję za wiadomość. Jestem na urlopie do 17.07.2026 włącznie. Zamówienia i potwierdzenia zamówień proszę kierować na adres zamowienia@solarhurt.example - koledzy z działu sprzedaży odpowiedzą najszybciej jak to możliwe.

Pozdrawiam
Agnieszka Wróbel"""
    m = auto_reply_mail("ooo-pl", "outlook", ("Agnieszka Wróbel", "a.wrobel@solarhurt.example"),
                        [("Katrin Vogel", buy["email"])], T(2026, 7, 6, 9, 12, 2),
                        "Odpowiedź automatyczna: " + request_subject(P), body, lang="pl-PL",
                        in_reply_to=P["request_message_id"])
    return m.render(), [P], other("auto_reply", "Out-of-office mentioning orders; 17.07.2026 is the end of the leave.")


@case("franvarande-swedish-english-sv", "auto_reply", "sv",
      "Swedish/English out-of-office 'Frånvarande:' back 'måndag 10 augusti / Monday 10 August'")
def a_ooo_sv():
    sup = supplier("SMCH", "Smålands Chark AB", "order@smalandschark.example", "sv")
    buy = buyer("Karin Ek", "inkop@rgnorr.example")
    P = po("RGN-26-1377", sup, buy, "SEK", D(2026, 7, 27), [
        line(1, "KYC-FILE-KY", "Kycklingfilé kyld, 2 kg påse", 120, "KG", "94.00", D(2026, 8, 7)),
    ])
    check_wd(D(2026, 8, 10), 0)
    body = """Hej!

Jag är på semester och tillbaka måndag 10 augusti. Brådskande ärenden: ring växeln 0370-55 12 00 eller maila order@smalandschark.example.

I am on holiday and back on Monday 10 August. For urgent matters please contact order@smalandschark.example.

Erik Lindqvist"""
    m = auto_reply_mail("ooo-sv", "outlook", ("Erik Lindqvist", "erik.lindqvist@smalandschark.example"),
                        [("Karin Ek", buy["email"])], T(2026, 7, 27, 6, 30, 2),
                        "Frånvarande: " + request_subject(P), body, lang="sv-SE",
                        in_reply_to=P["request_message_id"])
    return m.render(), [P], other("auto_reply", "Holiday auto-reply in two languages.")


@case("summer-closure-notice-iso2022jp-ja", "auto_reply", "ja",
      "Japanese auto-reply '夏季休業のお知らせ' (8月8日（土）-8月16日（日）, reopening 8月17日（月）) in ISO-2022-JP")
def a_ooo_ja():
    sup = supplier("HKSK", "株式会社光精機", "eigyo@hikari-seiki.example", "ja")
    buy = buyer("鈴木 美穂", "kobai@toho-kogaku.example")
    P = po("TK-2608-0031", sup, buy, "JPY", D(2026, 8, 10), [
        line(1, "LEN-BK7-25-100", "平凸レンズ BK7 φ25 f=100", 300, "EA", "1850", D(2026, 9, 18)),
    ])
    for d, w in ((D(2026, 8, 8), 5), (D(2026, 8, 16), 6), (D(2026, 8, 17), 0)):
        check_wd(d, w)
    body = """※本メールは自動返信です。

平素より格別のお引き立てを賜り、誠にありがとうございます。
誠に勝手ながら、弊社は下記の期間を夏季休業とさせていただきます。

休業期間：8月8日（土）〜8月16日（日）

休業期間中にいただいたお問い合わせ・ご注文につきましては、8月17日（月）より順次対応させていただきます。
ご迷惑をおかけいたしますが、何卒よろしくお願い申し上げます。

株式会社光精機　営業部"""
    m = auto_reply_mail("ooo-ja", "generic", ("株式会社光精機 営業部", "eigyo@hikari-seiki.example"),
                        [("鈴木 美穂", buy["email"])], T(2026, 8, 10, 9, 1, 9),
                        "夏季休業のお知らせ（自動返信）", body, lang="ja", charset="iso-2022-jp", cte="7bit",
                        henc="b", in_reply_to=P["request_message_id"], html=False)
    return m.render(), [P], other("auto_reply", "Summer-closure auto-reply; closure and reopening dates are not "
                                                "delivery dates.")


# ---------------------------------------------------------------- bounces
@case("dsn-postfix-user-unknown-returns-po-pdf", "bounce", "pl",
      "Postfix DSN 'Undelivered Mail Returned to Sender' (550 5.1.1 user unknown, typo in supplier domain); returned message carries our PO text and PDF")
def b_postfix():
    sup = supplier("SHPL", "SolarHurt Polska Sp. z o.o.", "zamowienia@solarhurt.example", "pl")
    buy = buyer("Katrin Vogel", "k.vogel@heliobuild.example")
    P = po("HB-2026-0388", sup, buy, "EUR", D(2026, 4, 14), [
        line(1, "MOD-450-BF", "PV module 450 Wp bifacial glass-glass", 310, "EA", "96.50", D(2026, 5, 22)),
        line(2, "INV-10K-3P", "Hybrid inverter 10 kW 3-phase", 10, "EA", "1148.00", D(2026, 5, 22)),
    ])
    bad = "zamowienia@solarhurt-pl.example"
    ow = T(2026, 4, 14, 10, 31, 2)
    orig, _, _ = orig_po_mail(P, to_addr=bad, when=ow)
    qid = "5A2B31C0F3"
    note = f"""This is the mail system at host mx.heliobuild.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{bad}>: host mx1.solarhurt-pl.example[185.41.20.7] said:
    550 5.1.1 <{bad}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    n = text_part(note, "plain", "us-ascii", "7bit")
    n.add_header("Content-Description", "Notification")
    ds = MIMEBase("message", "delivery-status")
    ds.add_header("Content-Description", "Delivery report")
    ds.set_payload([ds_block([("Reporting-MTA", "dns; mx.heliobuild.example"), ("X-Postfix-Queue-ID", qid),
                              ("X-Postfix-Sender", "rfc822; k.vogel@heliobuild.example"),
                              ("Arrival-Date", format_datetime(ow) + " (CEST)")]),
                    ds_block([("Final-Recipient", f"rfc822; {bad}"), ("Original-Recipient", f"rfc822;{bad}"),
                              ("Action", "failed"), ("Status", "5.1.1"),
                              ("Remote-MTA", "dns; mx1.solarhurt-pl.example"),
                              ("Diagnostic-Code", f"smtp; 550 5.1.1 <{bad}>: Recipient address rejected: User unknown in virtual mailbox table")])])
    rm = MIMEMessage(orig)
    rm.add_header("Content-Description", "Undelivered Message")
    root = report("delivery-status", [n, ds, rm])
    root.set_boundary(f"{qid}.1776155473/mx.heliobuild.example")
    m = Mail("dsn-postfix", "generic", ("Mail Delivery System", "MAILER-DAEMON@mx.heliobuild.example"),
             [(None, buy["email"])], T(2026, 4, 14, 10, 31, 2, s=13), "Undelivered Mail Returned to Sender")
    m.msgid = f"<20260414083113.{qid}@mx.heliobuild.example>"
    m.local = True
    m.return_path = "<>"
    m.custom(root)
    m.header("Auto-Submitted", "auto-replied")
    return m.render(), [P], other("bounce", "Our own PO mail came back undelivered (550 5.1.1). The embedded PO "
                                            "text/PDF is our own data, not a supplier answer.")


@case("ndr-exchange-mailbox-full-de-DE", "bounce", "de-DE",
      "Exchange NDR 'Unzustellbar:' in German, 554 5.2.2 mailbox full, with text/rfc822-headers of our request")
def b_exchange():
    sup = supplier("RHWP", "Rheinische Wellpappe GmbH & Co. KG", "verkauf@rh-wellpappe.example", "de-DE")
    buy = buyer("Birte Claussen", "einkauf@feinkost-hanse.example")
    P = po("4500077355", sup, buy, "EUR", D(2026, 11, 16), [
        line(1, "FK-0427", "Faltkiste 400x300x200, 2.40 BC, 2-farbig, Bündel 25", 6000, "ST", "0.86", D(2026, 12, 4)),
    ])
    ow = T(2026, 11, 16, 8, 44, 1)
    orig, _, subj = orig_po_mail(P, blang="de", when=ow, with_pdf=False)
    text = f"""Die Nachricht konnte an folgende Empfänger nicht zugestellt werden:

verkauf@rh-wellpappe.example
Das Postfach des Empfängers ist voll und kann momentan keine Nachrichten annehmen. Versuchen Sie später, die Nachricht erneut zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: DB9PR08MB6714.eurprd08.prod.outlook.com

verkauf@rh-wellpappe.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Ursprüngliche Nachrichtenkopfzeilen:

From: Birte Claussen <einkauf@feinkost-hanse.example>
To: verkauf@rh-wellpappe.example
Subject: {subj}
Date: {format_datetime(ow)}
Message-ID: {P['request_message_id']}
"""
    ds = MIMEBase("message", "delivery-status")
    ds.set_payload([ds_block([("Reporting-MTA", "dns;DB9PR08MB6714.eurprd08.prod.outlook.com"),
                              ("Received-From-MTA", "dns;mx.feinkost-hanse.example"),
                              ("Arrival-Date", format_datetime(ow))]),
                    ds_block([("Original-Recipient", "rfc822;verkauf@rh-wellpappe.example"),
                              ("Final-Recipient", "rfc822;verkauf@rh-wellpappe.example"),
                              ("Action", "failed"), ("Status", "5.2.2"),
                              ("Diagnostic-Code", "smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException")])])
    hdrs = text_part(headers_text(orig), "rfc822-headers", "us-ascii", "7bit")
    root = report("delivery-status", [text_part(text, "plain", "utf-8", "qp"), ds, hdrs])
    root.set_boundary("_000_DB9PR08MB6714" + hx("ndr", 12).upper() + "_")
    m = Mail("ndr-exch", "generic", ("Microsoft Outlook", "postmaster@rh-wellpappe.example"),
             [(None, buy["email"])], T(2026, 11, 16, 8, 44, 1, s=31), "Unzustellbar: " + subj, lang="de-DE")
    m.msgid = msgid("outlook", "ndr-exch")
    m.relay = "mail-db9eur08on2071.outbound.protection.outlook.com"
    m.return_path = "<>"
    m.custom(root)
    m.reply_to(P["request_message_id"])
    m.header("Auto-Submitted", "auto-replied")
    m.header("X-MS-Exchange-Message-Is-Ndr", "")
    m.header("Content-Language", "de-DE")
    return m.render(), [P], other("bounce", "Non-delivery report (recipient mailbox full, 5.2.2).")


@case("gmail-dsn-domain-not-found-es-CO", "bounce", "es-CO",
      "Google Workspace DSN 'Delivery Status Notification (Failure)' - domain of the supplier address could not be found; Spanish original returned")
def b_gmail():
    sup = supplier("FLSA", "Flores de la Sabana S.A.S.", "exportaciones@floresdelasabana.example", "es-CO")
    buy = buyer("Andrea Morales", "compras@florallatino.example")
    P = po("FLD-26-0430", sup, buy, "USD", D(2026, 4, 27), [
        line(1, "ROSA-EXP-50", "Rosa Explorer roja 50 cm", 8000, "STEM", "0.36", D(2026, 5, 5)),
    ])
    bad = "exportaciones@floresdelasabana-sas.example"
    ow = T(2026, 4, 27, 9, 5, -4)
    orig, _, subj = orig_po_mail(P, to_addr=bad, blang="es", when=ow, with_pdf=False)
    text = f"""
** No se ha encontrado la dirección **

Tu mensaje no se ha entregado a {bad} porque no se ha encontrado el dominio floresdelasabana-sas.example. Comprueba si hay errores de escritura o espacios innecesarios y vuelve a intentarlo.

La respuesta ha sido:

DNS Error: DNS type 'mx' lookup of floresdelasabana-sas.example responded with code NXDOMAIN
Domain name not found: floresdelasabana-sas.example
"""
    html = ("<html><head></head><body><div style=\"font-family:Google Sans,Roboto,Arial\"><h2>No se ha encontrado la dirección</h2>"
            f"<p>Tu mensaje no se ha entregado a <b>{bad}</b> porque no se ha encontrado el dominio "
            "floresdelasabana-sas.example.</p><p>DNS Error: DNS type 'mx' lookup of floresdelasabana-sas.example "
            "responded with code NXDOMAIN</p></div></body></html>")
    alt = MIMEMultipart("alternative", _subparts=[text_part(text, "plain", "utf-8", "qp"), text_part(html, "html", "utf-8", "qp")])
    alt.set_boundary("000000000000" + hx("gdsn-alt", 16))
    ds = MIMEBase("message", "delivery-status")
    ds.set_payload([ds_block([("Reporting-MTA", "dns; googlemail.com"), ("Arrival-Date", format_datetime(ow))]),
                    ds_block([("Final-Recipient", f"rfc822; {bad}"), ("Action", "failed"), ("Status", "5.1.2"),
                              ("Diagnostic-Code", "smtp; DNS Error: Domain name not found"),
                              ("Last-Attempt-Date", format_datetime(ow + dt.timedelta(seconds=2)))])])
    root = report("delivery-status", [alt, ds, MIMEMessage(orig)])
    root.set_boundary("000000000000" + hx("gdsn", 16))
    m = Mail("gdsn", "generic", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
             [(None, buy["email"])], ow + dt.timedelta(seconds=3), "Delivery Status Notification (Failure)", lang="es")
    m.msgid = "<" + hx("gdsnid", 24) + ".BOUNCE@mx.google.com>"
    m.relay = "mail-sor-f69.google.com"
    m.return_path = "<>"
    m.custom(root)
    m.reply_to(P["request_message_id"])
    m.header("Auto-Submitted", "auto-replied")
    return m.render(), [P], other("bounce", "Gmail DSN, domain not found (5.1.2); the returned original is our own "
                                            "Spanish PO request.")


@case("dsn-delayed-still-retrying-fi", "bounce", "fi",
      "Postfix delay warning 'Delayed Mail (still being retried)' (Action: delayed, 4.4.1): a DSN without a final failure")
def b_delay():
    sup = supplier("KYSE", "Kymin Sellu Oy", "myynti@kyminsellu.example", "fi")
    buy = buyer("Laura Nieminen", "osto@pakkaustalo.example")
    P = po("PT-26-0511", sup, buy, "EUR", D(2026, 5, 4), [
        line(1, "KL-140-1600", "Kraftliner 140 g/m2, rulla 1600 mm", 40, "T", "752.00", kw(2026, 21)),
    ])
    ow = T(2026, 5, 4, 9, 12, 3)
    orig, _, subj = orig_po_mail(P, when=ow, with_pdf=False)
    qid = "4F1C2A0B77"
    note = f"""This is the mail system at host mx.pakkaustalo.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<myynti@kyminsellu.example>: connect to mx.kyminsellu.example[194.100.12.40]:25:
    Connection timed out
"""
    n = text_part(note, "plain", "us-ascii", "7bit")
    n.add_header("Content-Description", "Notification")
    ds = MIMEBase("message", "delivery-status")
    ds.add_header("Content-Description", "Delivery report")
    ds.set_payload([ds_block([("Reporting-MTA", "dns; mx.pakkaustalo.example"), ("X-Postfix-Queue-ID", qid),
                              ("X-Postfix-Sender", "rfc822; osto@pakkaustalo.example"),
                              ("Arrival-Date", format_datetime(ow))]),
                    ds_block([("Final-Recipient", "rfc822; myynti@kyminsellu.example"),
                              ("Original-Recipient", "rfc822;myynti@kyminsellu.example"),
                              ("Action", "delayed"), ("Status", "4.4.1"),
                              ("Diagnostic-Code", "X-Postfix; connect to mx.kyminsellu.example[194.100.12.40]:25: Connection timed out"),
                              ("Will-Retry-Until", format_datetime(ow + dt.timedelta(days=5)))])])
    hd = text_part(headers_text(orig), "rfc822-headers", "us-ascii", "7bit")
    hd.add_header("Content-Description", "Undelivered Message Headers")
    root = report("delivery-status", [n, ds, hd])
    root.set_boundary(f"{qid}.1777900000/mx.pakkaustalo.example")
    m = Mail("dsn-delay", "generic", ("Mail Delivery System", "MAILER-DAEMON@mx.pakkaustalo.example"),
             [(None, buy["email"])], T(2026, 5, 4, 13, 20, 3), "Delayed Mail (still being retried)")
    m.msgid = f"<20260504102000.{qid}@mx.pakkaustalo.example>"
    m.local = True
    m.return_path = "<>"
    m.custom(root)
    m.header("Auto-Submitted", "auto-replied")
    return m.render(), [P], other("bounce", "A delivery-status notification with Action: delayed. It is not a final "
                                            "failure, but it is a DSN about our own mail, not an answer -> bounce.")


# ---------------------------------------------------------------- unrelated
@case("invoice-earlier-order-pdf-de-AT", "unrelated", "de-AT",
      "seed house sends an invoice PDF for last spring's PO 4500031877 (delivered 16.03.); the open PO 4500033350 is not mentioned")
def u_invoice():
    sup = supplier("SZDT", "Saatzucht Donautal GmbH", "verkauf@saatzucht-donautal.example", "de-AT")
    buy = buyer("Jana Petersen", "jana.petersen@nordacker-agrar.example")
    P = po("4500033350", sup, buy, "EUR", D(2026, 8, 31), [
        line(1, "SW-WW-AXL", "Winterweizen Z-Saatgut, Big Bag 500 kg", 12, "T", "585.00", D(2026, 9, 18)),
        line(2, "SW-WG-ZZ", "Wintergerste zweizeilig Z-Saatgut, Sack 25 kg", 4, "T", "560.00", D(2026, 9, 18)),
    ])
    pdf = pdf_doc([
        ("B", 14, "Saatzucht Donautal GmbH"), ("R", 8, "Feldgasse 12 · 3430 Tulln an der Donau · Österreich · UID ATU58123456"),
        None, ("R", 9, "Nordacker Agrarhandel GmbH"), ("R", 9, "Buchhaltung / Kreditoren"), ("R", 9, "Hafenweg 3, 25813 Husum, Deutschland"),
        None, ("B", 13, "RECHNUNG Nr. 26-004812"),
        ("R", 9, "Rechnungsdatum: 02.09.2026     Kunden-Nr.: 20417"),
        ("R", 9, "Ihre Bestellung: 4500031877 vom 12.01.2026     Lieferschein: LS-26-01433 vom 16.03.2026"), "---",
        ("B", 9, "Pos.  Artikel        Bezeichnung                              Menge      Preis       Betrag"), "---",
        ("R", 9, "1     SM-MZ-290      Saatmais DT 290, Einheit 50.000 Korn      80 EH    128,50     10.280,00"),
        ("R", 9, "2     SM-SOJ-000     Sojabohne Merlin 000, Sack 25 kg       1.200 kg      1,95      2.340,00"),
        ("R", 9, "3     ZF-HUMUS-7     Zwischenfrucht-Mischung Humus 7          500 kg      4,20      2.100,00"), "---",
        ("R", 9, "Nettobetrag EUR 14.720,00   -   steuerfreie innergemeinschaftliche Lieferung"),
        ("R", 9, "Zahlbar bis 02.10.2026 ohne Abzug, bei Zahlung bis 12.09.2026 abzüglich 2 % Skonto."),
        ("R", 8, "Raiffeisenbank Tulln · IBAN AT12 3200 0000 1234 5678 · BIC RLNWATWW"),
    ], title="Rechnung 26-004812", author="Saatzucht Donautal")
    body = """Sehr geehrte Damen und Herren,

anbei übermitteln wir Ihnen unsere Rechnung Nr. 26-004812 vom 02.09.2026 zu Ihrer Bestellung 4500031877.

Zahlbar bis 02.10.2026 ohne Abzug, bei Zahlung bis 12.09.2026 gewähren wir 2 % Skonto.

Mit freundlichen Grüßen
Buchhaltung
Saatzucht Donautal GmbH
Tel. +43 2272 61480-40"""
    m = Mail("invoice-at", "outlook", ("Saatzucht Donautal - Buchhaltung", "buchhaltung@saatzucht-donautal.example"),
             [(None, "jana.petersen@nordacker-agrar.example")], T(2026, 9, 2, 7, 30, 2),
             "Rechnung 26-004812 - Saatzucht Donautal GmbH", lang="de-AT")
    m.body(body, outlook_html(body, None, lang="de"))
    m.attach("Rechnung_26-004812.pdf", "application/pdf", pdf)
    return m.render(), [P], other("unrelated", "Invoice for an earlier, already delivered order (4500031877), not an "
                                               "answer about the open PO 4500033350. Quantities/prices in the PDF belong "
                                               "to the old order.")


@case("price-list-next-season-xlsx-es-AR", "unrelated", "es-AR",
      "dealer sends the 2026/27 price list (XLSX) with the same items as the open PO at other prices, 'válidos hasta el 30/09' - not an answer")
def u_pricelist():
    sup = supplier("AGPA", "Agroinsumos Pampa S.A.", "ventas@agroinsumos-pampa.example", "es-AR")
    buy = buyer("Lucía Romero", "compras@laaurora.example")
    P = po("LA-OC-2026-131", sup, buy, "USD", D(2026, 9, 1), [
        line(1, "HERB-ATZ-90", "Atrazina 90 WG, bolsa 10 kg", 600, "KG", "6.80", D(2026, 10, 2)),
        line(2, "HERB-GLI-66", "Glifosato 66,2 %, bidón 20 L", 1000, "L", "4.10", D(2026, 10, 2)),
    ])
    xlsx = make_xlsx([
        ["Código", "Producto", "Presentación", "Precio USD", "Unidad", "Observaciones"],
        ["HERB-ATZ-90", "Atrazina 90 WG", "bolsa 10 kg", 6.95, "kg", ""],
        ["HERB-GLI-66", "Glifosato 66,2 %", "bidón 20 L", 4.25, "L", ""],
        ["HERB-2,4D-LV", "2,4-D éster LV", "bidón 20 L", 5.60, "L", ""],
        ["FERT-MAP", "MAP 11-52-0", "big bag 1 t", 705.00, "t", "entrega en campo +3 %"],
        ["FERT-UREA", "Urea granulada 46-0-0", "big bag 1 t", 560.00, "t", ""],
        [],
        ["Lista válida hasta", dt.date(2026, 9, 30)],
    ], sheet="Gruesa 2026-27", date_fmt="dd/mm/yyyy")
    body = """Hola Lucía,

te paso la lista de precios actualizada para la campaña gruesa 2026/27. Los precios están en USD + IVA y son válidos hasta el 30/09.

Cualquier consulta me avisás.

Saludos,
Martín Fernández
Agroinsumos Pampa S.A.
Cel. +54 9 2396 55-1234"""
    m = Mail("pricelist-ar", "gmail", ("Martín Fernández", "mfernandez@agroinsumos-pampa.example"),
             [("Lucía Romero", buy["email"])], T(2026, 9, 3, 17, 8, -3), "Lista de precios campaña gruesa 2026/27",
             lang="es-AR")
    m.body(body, gmail_html(body))
    m.attach("Lista_precios_gruesa_2026-27.xlsx", XLSX_MIME, xlsx)
    return m.render(), [P], other("unrelated", "Price list mail in a new thread; it lists the PO's items at new prices "
                                               "but does not answer PO LA-OC-2026-131.")


@case("newsletter-html-only-list-unsubscribe-pl", "unrelated", "pl",
      "HTML-only marketing newsletter from the solar supplier ('Moduły 450 Wp dostępne od ręki - dostawa w 48h') with List-Unsubscribe")
def u_newsletter():
    sup = supplier("SHPL", "SolarHurt Polska Sp. z o.o.", "zamowienia@solarhurt.example", "pl")
    buy = buyer("Katrin Vogel", "k.vogel@heliobuild.example")
    P = po("HB-2026-0505", sup, buy, "EUR", D(2026, 6, 1), [
        line(1, "MOD-450-BF", "PV module 450 Wp bifacial glass-glass", 620, "EA", "95.90", D(2026, 6, 26)),
    ])
    html = """<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>SolarHurt Newsletter 06/2026</title></head>
<body style="margin:0;background:#f2f4f7"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:Arial,sans-serif">
<tr><td style="padding:24px;background:#0b3d91;color:#fff;font-size:22px"><b>SolarHurt</b> Newsletter 06/2026</td></tr>
<tr><td style="padding:24px;font-size:15px">
<h2 style="margin-top:0">Moduły 450 Wp dostępne od ręki - dostawa w 48h!</h2>
<p>Nowa dostawa modułów bifacial 450 Wp i 480 Wp już w magazynie w Tarnowie Podgórnym. Przy zamówieniu min. 2 palet (62 szt.) transport gratis.</p>
<p><b>Promocja czerwca:</b> falowniki hybrydowe 10 kW -5 % do 30.06.2026.</p>
<p>Szkolenie dla instalatorów: 18 czerwca 2026, Poznań - zapisy na stronie.</p>
<p style="text-align:center"><a href="https://www.solarhurt.example/promocje?utm_source=newsletter&amp;utm_campaign=2026-06" style="background:#f5a300;color:#000;padding:12px 24px;text-decoration:none">Zobacz ofertę</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#666">SolarHurt Polska Sp. z o.o., ul. Przemysłowa 18, 62-080 Tarnowo Podgórne, NIP 777-32-45-118.<br>
Otrzymujesz tę wiadomość, ponieważ jesteś naszym klientem. <a href="https://www.solarhurt.example/newsletter/wypisz?u=8812">Wypisz się</a></td></tr>
</table></td></tr></table></body></html>
"""
    m = Mail("newsletter-pl", "generic", ("SolarHurt Polska", "newsletter@solarhurt.example"),
             [(None, buy["email"])], T(2026, 6, 3, 10, 0, 2), "☀️ Newsletter 06/2026: moduły 450 Wp od ręki, -5 % na falowniki",
             lang="pl", cte="qp")
    m.html_only(html)
    m.header("List-Unsubscribe", "<https://www.solarhurt.example/newsletter/wypisz?u=8812>, <mailto:unsubscribe@solarhurt.example?subject=unsubscribe>")
    m.header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
    m.header("Precedence", "bulk")
    m.header("X-Mailer", "SolarHurt Mailing 3.1")
    return m.render(), [P], other("unrelated", "Marketing newsletter; '48h', '18 czerwca', '30.06.2026' are promotional, "
                                               "not about PO HB-2026-0505.")


@case("payment-reminder-old-invoice-de-DE", "unrelated", "de-DE",
      "Zahlungserinnerung for invoice 2026-10877 (earlier order 7700-2188) with due dates and amounts; open PO 7700-2340 untouched")
def u_dunning():
    sup = supplier("EKHS", "Elektro-Kabel Handel Süd GmbH", "innendienst@ekh-sued.example", "de-DE")
    buy = buyer("Stefan Gruber", "s.gruber@voltnet.example")
    P = po("7700-2340", sup, buy, "EUR", D(2026, 10, 12), [
        line(1, "NYM-J-3x2.5", "Mantelleitung NYM-J 3x2,5 mm2, Ring 100 m, Cu-Basis 150 EUR/100 kg", 2000, "M", "0.91", D(2026, 10, 23)),
    ])
    body = """Sehr geehrte Damen und Herren,

sicher haben Sie es im Tagesgeschäft übersehen: Zu unserer Rechnung 2026-10877 vom 14.08.2026 (Ihre Bestellung 7700-2188) konnten wir bis heute keinen Zahlungseingang feststellen.

Rechnungsbetrag: 4.812,40 EUR
fällig seit: 13.09.2026

Bitte überweisen Sie den offenen Betrag bis zum 23.10.2026 auf unser Konto bei der Stadtsparkasse Augsburg, IBAN DE12 7205 0000 0001 2345 67. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie diese Erinnerung bitte als gegenstandslos.

Mit freundlichen Grüßen
Debitorenbuchhaltung
Elektro-Kabel Handel Süd GmbH
Tel. 0821 555 71-60"""
    m = Mail("dunning-de", "outlook", ("EKH Süd Buchhaltung", "buchhaltung@ekh-sued.example"),
             [(None, "rechnungen@voltnet.example"), ("Stefan Gruber", buy["email"])], T(2026, 10, 14, 8, 5, 2),
             "Zahlungserinnerung Rechnung 2026-10877", lang="de-DE", charset="iso-8859-1")
    m.body(body, outlook_html(body, None, lang="de", charset="iso-8859-1"))
    return m.render(), [P], other("unrelated", "Payment reminder for an old invoice; '23.10.2026' is the payment "
                                               "deadline and coincides with the open PO's requested date by chance.")


@case("despatch-advice-earlier-order-en-GB", "unrelated", "en-GB",
      "despatch advice/POD for last month's order GFS-PO-7654 ('despatched today, 2 loads'); open PO GFS-PO-7790 is a different order")
def u_despatch():
    sup = supplier("MPAL", "Midlands Pallet Company Ltd", "sales@midlandspallets.example", "en-GB")
    buy = buyer("Owen Pritchard", "o.pritchard@greenacre-farms.example")
    P = po("GFS-PO-7790", sup, buy, "GBP", D(2026, 6, 15), [
        line(1, "PAL-EUR-NEW", "EUR pallet 1200x800, new, EPAL", 400, "EA", "14.20", D(2026, 7, 2)),
    ])
    body = """DESPATCH ADVICE DN-55812

Customer: Greenacre Farm Supplies Ltd
Your order: GFS-PO-7654
Despatched: 16/06/2026, 2 loads (Midlands Pallet transport, driver K. Singh)

  PAL-1210-HT   Pallet 1200x1000 4-way, heat treated   240
  TOP-1210      Top frame / lid 1200x1000               120

Expected at Greenacre depot, Leominster: 17/06/2026 AM.
Please sign the POD on delivery. Any shortages or damage must be reported within 48 hours.

This is an automated message from our despatch system. Please do not reply.
Midlands Pallet Company Ltd, Unit 4, Brindley Road, Coventry CV7 9EP"""
    m = Mail("despatch-gb", "generic", ("Midlands Pallet Despatch", "despatch@midlandspallets.example"),
             [(None, buy["email"])], T(2026, 6, 16, 5, 48, 1), "Despatch advice DN-55812 - your order GFS-PO-7654",
             lang="en-GB")
    m.body(body)
    m.header("Auto-Submitted", "auto-generated")
    return m.render(), [P], other("unrelated", "Shipping notice for an earlier order (GFS-PO-7654), not for the open "
                                               "PO GFS-PO-7790; its dates and quantities must not be applied.")


@case("works-holiday-circular-cs", "unrelated", "cs",
      "circular to all customers about the summer works holiday 20. 7.-31. 7. 2026 (BCC, undisclosed recipients); not an answer to the open PO")
def u_holiday():
    sup = supplier("KSMO", "Kabelservis Morava s.r.o.", "objednavky@kabelservis-morava.example", "cs")
    buy = buyer("Lenka Horáková", "nakup@elmont-brno.example")
    P = po("EB-4460-26", sup, buy, "CZK", D(2026, 7, 6), [
        line(1, "CYKY-J-5x4", "Kabel CYKY-J 5x4 mm2, buben 500 m", 1000, "M", "58.40", D(2026, 7, 24)),
    ])
    body = """Vážení zákazníci,

dovolujeme si Vás informovat, že v termínu od 20. 7. do 31. 7. 2026 bude naše společnost uzavřena z důvodu celozávodní dovolené. Objednávky přijaté v tomto období vyřídíme od pondělí 3. 8. 2026.

Děkujeme za pochopení a přejeme příjemné léto.

Kabelservis Morava s.r.o.
Holická 1173/47, 779 00 Olomouc
tel.: +420 585 555 300"""
    m = Mail("holiday-cs", "outlook", ("Kabelservis Morava s.r.o.", "info@kabelservis-morava.example"),
             [(None, "undisclosed-recipients:;")], T(2026, 7, 8, 9, 0, 2),
             "Celozávodní dovolená 20. 7. - 31. 7. 2026", lang="cs-CZ", charset="iso-8859-2")
    m.body(body, outlook_html(body, None, lang="cs", charset="iso-8859-2"))
    m.to = [("", "undisclosed-recipients:;")]
    m.rcpt = buy["email"]
    return m.render(), [P], other("unrelated", "Generic holiday circular sent to all customers; it does not answer "
                                               "PO EB-4460-26 even though the closure overlaps its requested date.")


# ---------------------------------------------------------------- needs review
@case("question-cep-and-retest-before-confirming-hr", "needs_review", "hr",
      "pharma distributor asks back (CEP needed? minimum remaining retest period? two batches 11/2027 vs 02/2029) before confirming")
def r_question():
    sup = supplier("FMKM", "Farmakem d.o.o.", "prodaja@farmakem.example", "hr")
    buy = buyer("Marko Babić", "nabava@adriapharm.example")
    P = po("AP-PO-26-0355", sup, buy, "EUR", D(2026, 6, 22), [
        line(1, "EXC-CCS", "Croscarmellose sodium, drum 25 kg", 150, "KG", "19.40", D(2026, 7, 16)),
        line(2, "EXC-MCC-102", "Microcrystalline cellulose PH 102, drum 25 kg", 750, "KG", "6.80", D(2026, 7, 16)),
    ])
    body = """Poštovani g. Babić,

prije potvrde narudžbe AP-PO-26-0355 molimo Vas dvije informacije:

1. Trebate li uz GMP certifikat proizvođača i CEP (Certificate of Suitability) za kroskarmelozu?
2. Koji minimalni preostali rok do retesta prihvaćate? Kroskarmelozu imamo odmah na zalihi iz serije s retestom 11/2027, a nova serija s retestom 02/2029 stiže krajem srpnja.

Čim dobijemo Vaš odgovor, šaljemo potvrdu s rokovima isporuke.

Lijep pozdrav,
Ivana Horvat
Prodaja | Farmakem d.o.o.
T: +385 1 555 6123"""
    eml = reply("question-hr", P, "outlook", T(2026, 6, 23, 9, 40, 2), body, qlang="hr", lang="hr-HR",
                prefix="RE: ", sender=("Ivana Horvat", "ivana.horvat@farmakem.example"))
    return eml, [P], other("needs_review", "Questions back to the buyer; the supplier explicitly confirms only after "
                                           "an answer. Retest dates 11/2027, 02/2029 and 'krajem srpnja' are not commitments.")


@case("order-received-will-confirm-by-friday-tr", "needs_review", "tr",
      "'Siparişiniz alınmıştır ... teyidimizi en geç Cuma gününe kadar ileteceğiz' - received, confirmation to follow")
def r_received():
    sup = supplier("ANRS", "Anadolu Raylı Sistemler A.Ş.", "satis@anadolu-rayli.example", "tr")
    buy = buyer("Ayşe Demir", "satinalma@ege-demiryolu.example")
    P = po("RT-4500-2298", sup, buy, "EUR", D(2026, 9, 14), [
        line(1, "BB-COMP-K", "Composite brake block K-type, UIC 541-4", 1200, "EA", "24.60", D(2026, 10, 30)),
        line(2, "PAD-DISC-590", "Brake pad set for disc 590x110", 80, "SET", "87.50", D(2026, 10, 30)),
    ])
    body = """Sayın Ayşe Hanım,

RT-4500-2298 numaralı siparişiniz tarafımıza ulaşmıştır, teşekkür ederiz. Üretim planlamamız ile kontrol ettikten sonra teyidimizi en geç Cuma gününe kadar ileteceğiz.

Saygılarımızla,
Mehmet Yılmaz
Anadolu Raylı Sistemler A.Ş.
Tel: +90 222 555 41 00"""
    eml = reply("received-tr", P, "outlook", T(2026, 9, 15, 11, 2, 3), body, qlang="tr", lang="tr-TR",
                prefix="YNT: ", sender=("Mehmet Yılmaz", "mehmet.yilmaz@anadolu-rayli.example"))
    return eml, [P], other("needs_review", "Human acknowledgment of receipt; the confirmation is promised for Friday, "
                                           "nothing is committed yet.")


@case("two-possible-dates-linz-or-wels-de-AT", "needs_review", "de-AT",
      "Austrian dealer: 'entweder am 15.05. oder am 22.05., je nachdem ob die Ware aus Linz oder aus Wels kommt' - ambiguous date")
def r_ambiguous():
    sup = supplier("AGMV", "Agrarhandel Mostviertel GmbH", "verkauf@agrar-mostviertel.example", "de-AT")
    buy = buyer("Jana Petersen", "jana.petersen@nordacker-agrar.example")
    P = po("4500032655", sup, buy, "EUR", D(2026, 5, 4), [
        line(1, "DU-NAC-27", "Nitramoncal NAC 27 % N, Big Bag 500 kg", 20, "T", "322.00", D(2026, 5, 15)),
    ])
    body = """Grüß Gott Frau Petersen,

danke für die Bestellung 4500032655 über 20 t NAC. Preis passt so.

Liefern können wir entweder am 15.05. oder am 22.05., je nachdem ob die Ware aus Linz oder aus Wels kommt. Ich sag Ihnen Bescheid, sobald ich von der Disposition Rückmeldung habe.

Schöne Grüße
Christoph Haider
Agrarhandel Mostviertel GmbH
Bahnhofstraße 8, 3300 Amstetten
Tel. +43 7472 555 81"""
    eml = reply("ambig-at", P, "outlook", T(2026, 5, 5, 10, 26, 2), body, qlang="de", lang="de-AT", blang="de",
                prefix="AW: ", sender=("Christoph Haider", "c.haider@agrar-mostviertel.example"))
    return eml, [P], other("needs_review", "Two alternative dates, decision still open; the price is accepted but no "
                                           "delivery date is committed. A human has to follow up.")


@case("forward-of-our-own-po-no-text-de-DE", "needs_review", "de-DE",
      "supplier forwards our PO mail ('WG:') to us and the warehouse without writing anything; only our own text is in the mail")
def r_forward():
    sup = supplier("SKEL", "Schrauben Keller GmbH", "vertrieb@schrauben-keller.example", "de-DE")
    buy = buyer("Sabine Henrichs", "einkauf@metallbau-henrichs.example")
    P = po("B-26-01533", sup, buy, "EUR", D(2026, 4, 13), [
        line(1, "DIN933-M16x50", "Sechskantschraube DIN 933 M16x50 8.8 verz.", 1000, "ST", "0.31", D(2026, 4, 24)),
        line(2, "DIN985-M16", "Sicherungsmutter DIN 985 M16 verz.", 1000, "ST", "0.12", D(2026, 4, 24)),
    ])
    ow = sent_time(P, 2)
    q = outlook_quote("de", ("Sabine Henrichs", buy["email"]), ow, (sup["name"], sup["email"]),
                      request_subject(P, "de"), request_text(P, "de"), sep="", dlang="de")
    body = "\n\n"
    text = body + "-----Ursprüngliche Nachricht-----\n" + q
    m = Mail("fwd-de", "outlook", ("Uwe Keller", "u.keller@schrauben-keller.example"),
             [("Sabine Henrichs", buy["email"])], T(2026, 4, 14, 7, 31, 2), "WG: " + request_subject(P, "de"),
             cc=[("Lager Schrauben Keller", "lager@schrauben-keller.example")], lang="de-DE")
    m.body(text, outlook_html("", "-----\n" + q, lang="de"))
    m.references = [P["request_message_id"]]
    return m.render(), [P], other("needs_review", "A forward with no text of the supplier's own: it only repeats our "
                                                  "PO. Human-sent, commits to nothing.")


@case("proof-approval-needed-lead-time-after-approval-fi", "needs_review", "fi",
      "printer sends a PDF proof ('VEDOS') and asks for approval; 'toimitusaika 3 viikkoa vedoksen hyväksynnästä' depends on the buyer")
def r_proof():
    sup = supplier("PHAM", "Painotalo Häme Oy", "tilaukset@painotalohame.example", "fi")
    buy = buyer("Sari Laine", "sari.laine@tavastia-promo.example")
    P = po("TP-26-0912", sup, buy, "EUR", D(2026, 9, 7), [
        line(1, "KASSI-PUU-2V", "Puuvillakassi 38x42 cm, 2-värinen silkkipaino", 1500, "EA", "2.35", D(2026, 10, 2)),
        line(2, "MUKI-KER-1V", "Keraaminen muki 3 dl, 1-värinen painatus", 600, "EA", "3.90", D(2026, 10, 2)),
    ])
    pdf = pdf_doc([("B", 16, "VEDOS / PROOF"), None,
                   ("R", 10, "Asiakas: Tavastia Promo Oy     Tilaus: TP-26-0912"),
                   ("R", 10, "Tuote: Puuvillakassi 38x42 cm, painoala 25x30 cm"),
                   ("R", 10, "Värit: PMS 286 C / Cool Gray 9 C"),
                   ("R", 10, "Tuote: Keraaminen muki 3 dl, painoala 8x6 cm, väri PMS 286 C"), None,
                   ("B", 10, "Hyväksyn vedoksen painoon:  ____________________   pvm ________"),
                   None, ("R", 8, "Painotalo Häme Oy · Hämeenlinna · Vedos 1/2026-0912 · 08.09.2026")],
                  title="Vedos TP-26-0912", author="Painotalo Häme")
    body = """Hei Sari,

kiitos tilauksesta TP-26-0912. Liitteenä vedos kassista ja mukista. Hyväksyttekö vedoksen?

Toimitusaika on 3 viikkoa vedoksen hyväksynnästä. Hinnat tilauksen mukaan.

Terveisin
Jari Koskinen
Painotalo Häme Oy
Parolantie 104, 13130 Hämeenlinna
puh. 03 555 4720"""
    eml = reply("proof-fi", P, "outlook", T(2026, 9, 8, 13, 5, 3), body, qlang="fi", lang="fi-FI",
                prefix="VS: ", sender=("Jari Koskinen", "jari.koskinen@painotalohame.example"),
                attachments=[("Vedos_TP-26-0912.pdf", "application/pdf", pdf)])
    return eml, [P], other("needs_review", "Approval request: the delivery date depends on when the buyer approves "
                                           "the proof, so no date can be recorded yet; a human must answer.")


@case("price-in-chf-on-eur-po-de-CH", "needs_review", "de-CH",
      "Swiss tool supplier 'bestätigt' but quotes CHF 118.50 on a EUR 124.00 PO - the unit price cannot be stated in the PO currency")
def r_currency():
    sup = supplier("WZME", "Werkzeug Meier AG", "verkauf@werkzeug-meier.example", "de-CH")
    buy = buyer("Sabine Henrichs", "einkauf@metallbau-henrichs.example")
    P = po("B-26-02044", sup, buy, "EUR", D(2026, 9, 28), [
        line(1, "AKKU-BS-18V", "Akku-Bohrschrauber 18 V, 2 Akkus 5,0 Ah, Koffer", 6, "ST", "124.00", D(2026, 10, 14)),
    ])
    body = """Grüezi Frau Henrichs

Bestätigt: 6 Stk. Akku-Bohrschrauber 18 V mit 2 Akkus 5,0 Ah im Koffer, CHF 118.50/Stk., Lieferung 14.10.

Freundliche Grüsse
Patrick Meier
Werkzeug Meier AG
Zürcherstrasse 57, 9500 Wil SG
Tel. +41 71 555 20 30"""
    eml = reply("chf-ch", P, "gmail", T(2026, 9, 29, 10, 14, 2), body, qlang="de", lang="de-CH", blang="de",
                prefix="Re: ", sender=("Patrick Meier", "p.meier@werkzeug-meier.example"))
    return eml, [P], other("needs_review", "Quantity and date match, but the price is given only in CHF while the PO "
                                           "is in EUR (124.00). Whether CHF 118.50 is a price change or a conversion "
                                           "cannot be decided from the text, so a human must review.")


@case("one-word-manana-to-reminder-es-CO", "needs_review", "es-CO",
      "reply 'Mañana.' to our reminder '¿alguna novedad?' - could mean 'I will answer tomorrow' or 'delivery tomorrow'")
def r_manana():
    sup = supplier("TRHU", "Trilladora del Huila S.A.S.", "ventas@trilladorahuila.example", "es-CO")
    buy = buyer("Diego Rincón", "compras@cafe-andino.example")
    P = po("CA-OC-0877", sup, buy, "COP", D(2026, 10, 5), [
        line(1, "CAF-EXC-70", "Café verde excelso, saco 70 kg", 60, "SACO", "1450000", D(2026, 10, 16)),
    ])
    ow = sent_time(P, -5)
    rem_id = "<reminder-CAOC0877.1@cafe-andino.example>"
    rem_when = T(2026, 10, 9, 8, 10, -5)
    reminder = ("Hola Diego, buen día.\n\n¿Alguna novedad con la OC CA-OC-0877? Necesitamos la confirmación para "
                "programar el tostado.\n\nGracias,\nDiego Rincón\nCompras | Café Andino S.A.S.\n\n" +
                outlook_quote("es", ("Diego Rincón", buy["email"]), ow, (sup["name"], sup["email"]),
                              request_subject_x(P, "es"), request_text_x(P, "es")))
    body = "Mañana.\n\nEnviado desde mi iPhone"
    eml = reply("manana-co-iphone", P, "apple", T(2026, 10, 9, 19, 41, -5), body, qlang="es", lang="es-CO",
                prefix="Re: ", orig=reminder, orig_subject="Recordatorio: " + request_subject_x(P, "es"),
                orig_when=rem_when, sender=("Hernán Trujillo", "ventas@trilladorahuila.example"), in_reply=False)
    eml = eml.replace(b"\r\nX-Mailer:", f"\r\nReferences: {P['request_message_id']} {rem_id}\r\nIn-Reply-To: {rem_id}\r\nX-Mailer:".encode(), 1)
    return eml, [P], other("needs_review", "One word that cannot be resolved: promise to answer tomorrow, or delivery "
                                           "tomorrow (10 Oct, a Saturday, instead of 16 Oct)? Not a commitment a "
                                           "careful buyer would record.")


@case("body-says-as-ordered-pdf-says-otherwise-de-DE", "needs_review", "de-DE",
      "mail text 'wie bestellt' but the attached AB PDF shows 3,6 t instead of 4 t and KW 50 instead of 27.11. - contradictory")
def r_contra():
    sup = supplier("PFEL", "Papierfabrik Elbtal GmbH", "auftrag@papierfabrik-elbtal.example", "de-DE")
    buy = buyer("Birte Claussen", "einkauf@feinkost-hanse.example")
    P = po("4500077402", sup, buy, "EUR", D(2026, 11, 2), [
        line(1, "PP-80-1000", "Packpapier braun 80 g/m2, Rolle 1000 mm, Hülse 76 mm", 4, "T", "1120.00", D(2026, 11, 27)),
    ])
    pdf = pdf_doc([("B", 13, "Papierfabrik Elbtal GmbH"), ("R", 8, "Elbstraße 40 · 01796 Pirna"), None,
                   ("B", 12, "Auftragsbestätigung 81-22719"),
                   ("R", 9, "Datum 03.11.2026    Ihre Bestellung 4500077402 vom 02.11.2026"), "---",
                   ("B", 9, "Pos.  Artikel       Bezeichnung                          Menge     Preis/t      Termin"), "---",
                   ("R", 9, "1     PP-80-1000    Packpapier braun 80 g/m2, 1000 mm     3,6 t   1.120,00 EUR   KW 50/2026"),
                   "---", ("R", 8, "Mengentoleranz +/- 10 % gemäß unseren Lieferbedingungen.")],
                  title="AB 81-22719", author="Papierfabrik Elbtal")
    body = """Sehr geehrte Frau Claussen,

hiermit bestätigen wir Ihre Bestellung 4500077402 wie bestellt. Die Auftragsbestätigung finden Sie im Anhang.

Mit freundlichen Grüßen
Heike Berger
Auftragsabwicklung
Papierfabrik Elbtal GmbH
Tel. 03501 555 60-21"""
    eml = reply("contra-de", P, "outlook", T(2026, 11, 3, 14, 55, 1), body, qlang="de", lang="de-DE", blang="de",
                prefix="AW: ", sender=("Heike Berger", "h.berger@papierfabrik-elbtal.example"),
                attachments=[("AB_81-22719.pdf", "application/pdf", pdf)])
    return eml, [P], other("needs_review", "The text says 'as ordered' (4 t, 27.11.) but the attached AB says 3.6 t "
                                           "and KW 50 (11.12.2026). The two contradict each other, so a human must check.")


@case("castings-expected-mid-january-en-GB", "needs_review", "en-GB",
      "'We expect the castings mid-January; I'll confirm an exact date once the foundry has a slot' across the year end")
def r_midjan():
    sup = supplier("BCCL", "Black Country Castings Ltd", "sales@bccastings.example", "en-GB")
    buy = buyer("Priya Shah", "priya.shah@midlands-rail.example")
    P = po("MRO-PO-10702", sup, buy, "GBP", D(2026, 12, 10), [
        line(1, "AXB-HSG-130", "Axle box housing, SG iron casting, machined", 12, "EA", "386.00", D(2027, 1, 8)),
    ])
    body = """Hi Priya,

Thanks for the order. We're waiting on the pattern repair, so realistically we expect the castings mid-January. I'll confirm an exact date once the foundry has given us a pouring slot - hopefully before we close on the 23rd.

Price is fine.

Regards,
Mark
--
Mark Evans
Black Country Castings Ltd | Dudley DY2 0XW | 01384 555 660"""
    eml = reply("midjan-gb", P, "outlook", T(2026, 12, 15, 16, 12, 0), body, qlang="en", lang="en-GB",
                prefix="RE: ", sender=("Mark Evans", "mark.evans@bccastings.example"))
    return eml, [P], other("needs_review", "Only an expectation ('mid-January', 'hopefully') with an exact date "
                                           "promised later; the price remark alone is not a line commitment.")


if __name__ == "__main__":
    main()
