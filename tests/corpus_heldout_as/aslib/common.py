"""Registry, buyers, POs, labels, our request mails and reply assembly."""
from __future__ import annotations

import datetime as dt
import html as _html
from decimal import Decimal

from . import mime

REG: list = []  # (slug, "kind/locale", what makes it hard, builder)


def case(slug: str, kindloc: str, hard: str):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


# ---------------------------------------------------------------------------
# time
# ---------------------------------------------------------------------------

def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(minutes=int(round(hours * 60))))


def at(s: str, offset: float) -> dt.datetime:
    """at("2026-11-11 11:05", 1) -> aware datetime (seconds allowed)."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(s, fmt).replace(tzinfo=tz(offset))


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def kw_friday(year: int, week: int) -> str:
    return dt.date.fromisocalendar(year, week, 5).isoformat()


EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


# ---------------------------------------------------------------------------
# buyers
# ---------------------------------------------------------------------------

class Buyer:
    def __init__(self, name, email, company, dept, phone, address, offset, datestyle, msgid_style):
        self.name, self.email, self.company, self.dept = name, email, company, dept
        self.phone, self.address, self.offset = phone, address, offset
        self.datestyle, self.msgid_style = datestyle, msgid_style
        self.domain = email.split("@")[1]

    def fmt_date(self, iso: str) -> str:
        d = D(iso)
        if self.datestyle == "dmy-text":
            return f"{d.day:02d} {EN_MONTHS[d.month - 1][:3]} {d.year}"
        return iso

    def signature(self) -> str:
        return f"{self.name}\n{self.dept}\n{self.company}\n{self.address}\nPhone {self.phone}"


KESTREL_ADDR = "Unit 4, Calder Park, Wakefield WF2 7AW, United Kingdom"
DANA = Buyer("Dana Ruiz", "dana.ruiz@kestrel-group.example", "Kestrel Facility Group Ltd", "Group Purchasing",
             "+44 1924 555 210", KESTREL_ADDR, 0, "dmy-text", "kfg")
TOM = Buyer("Tom Ashby", "tom.ashby@kestrel-group.example", "Kestrel Facility Group Ltd", "Group Purchasing",
            "+44 1924 555 214", KESTREL_ADDR, 0, "dmy-text", "kfg")
CORVANE_ADDR = "Industriestrasse 12, 33602 Bielefeld, Germany"
JANA = Buyer("Jana Becker", "j.becker@corvane.example", "Corvane Manufacturing GmbH", "Strategic Sourcing",
             "+49 521 555 3140", CORVANE_ADDR, 1, "iso", "sap")
MARKUS = Buyer("Markus Voigt", "m.voigt@corvane.example", "Corvane Manufacturing GmbH", "Einkauf / Purchasing",
               "+49 521 555 3152", CORVANE_ADDR, 1, "iso", "sap")
PIETER = Buyer("Pieter de Wit", "p.dewit@halden-labs.example", "Halden Life Science B.V.", "Procurement",
               "+31 71 555 0192", "Zernikedreef 9, 2333 CK Leiden, The Netherlands", 1, "iso", "hls")
MEGAN = Buyer("Megan Clarke", "megan.clarke@brightmoor-foods.example", "Brightmoor Foods Ltd", "Purchasing",
              "+44 161 555 0148", "Trafford Wharf Road 21, Manchester M17 1EX, United Kingdom", 0, "iso", "bmf")
OLU = Buyer("Olu Adeyemi", "olu.adeyemi@brightmoor-foods.example", "Brightmoor Foods Ltd", "Purchasing",
            "+44 161 555 0163", "Trafford Wharf Road 21, Manchester M17 1EX, United Kingdom", 0, "iso", "bmf")


# ---------------------------------------------------------------------------
# POs
# ---------------------------------------------------------------------------

def sup(id_, name, email, locale):
    return {"id": id_, "name": name, "email": email, "locale": locale}


def L(n, item, desc, qty, uom, price, date):
    Decimal(price)
    D(date)
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom, "unit_price": price,
            "requested_date": date}


def request_id(number: str, buyer: Buyer, issued: str, seq: int = 1) -> str:
    stamp = issued.replace("-", "")
    if buyer.msgid_style == "sap":
        return f"<SAP{stamp}.PO{number}.{seq}@sap.{buyer.domain}>"
    return f"<po-{number}.{stamp}.{seq}@{buyer.domain}>"


def PO(number, supplier, buyer: Buyer, currency, issued, lines, *, req=True, req_time="10:05",
       ship_to=None, terms=None):
    po = {"po_number": number, "supplier": supplier, "buyer": {"name": buyer.name, "email": buyer.email},
          "currency": currency, "issued": issued}
    if req:
        po["request_message_id"] = request_id(number, buyer, issued)
    po["lines"] = lines
    po["_buyer"] = buyer
    po["_req_when"] = at(f"{issued} {req_time}", buyer.offset)
    po["_ship_to"] = ship_to or f"{buyer.company}, {buyer.address}"
    po["_terms"] = terms or "DAP, Incoterms 2020"
    return po


def public(pos):
    return [{k: v for k, v in po.items() if not k.startswith("_")} for po in pos]


def line_of(po, n):
    for ln in po["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------

def chg(q, p, d, sched=None):
    out = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if sched:
        out["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
        assert sum(a for a, _ in sched) == q, "schedule sum"
        assert max(b for _, b in sched) == d, "schedule end"
    Decimal(p)
    D(d)
    return out


def conf(po, spec: dict):
    lines = {}
    for ln in po["lines"]:
        n = ln["line"]
        v = spec.get(n, "unc")
        if v == "acc":
            v = {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
                 "date": ln["requested_date"]}
        elif v == "rej":
            v = {"status": "rejected"}
        elif v == "unc":
            v = {"status": "unconfirmed"}
        else:
            same = (v["quantity"] == ln["quantity"] and Decimal(v["unit_price"]) == Decimal(ln["unit_price"])
                    and v["date"] == ln["requested_date"])
            assert not same or "schedule" in v, f"line {n} labelled changed but equal to PO"
        lines[str(n)] = v
    assert set(spec) <= {ln["line"] for ln in po["lines"]}
    return {"po_number": po["po_number"], "lines": lines}


def expected(kind, notes, confs=None):
    out = {"kind": kind}
    if confs is not None:
        out["confirmations"] = confs
    out["notes"] = notes
    return out


# ---------------------------------------------------------------------------
# our own request mail (quoted below replies, attached to bounces)
# ---------------------------------------------------------------------------

def request_subject(po, reminder=False):
    s = f"Purchase order {po['po_number']} - please confirm"
    return "Reminder: " + s if reminder else s


def _pad(s, w, right=False):
    return s.rjust(w) if right else s.ljust(w)


def request_table_rows(po):
    b = po["_buyer"]
    head = ["Line", "Item", "Description", "Qty", "UoM", f"Unit price {po['currency']}", "Requested date"]
    rows = []
    for ln in po["lines"]:
        rows.append([str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     ln["unit_price"], b.fmt_date(ln["requested_date"])])
    return head, rows


def text_table(head, rows, right=()):
    allrows = ([head] if head else []) + rows
    widths = [max(len(r[i]) for r in allrows) for i in range(len(allrows[0]))]
    out = []
    for k, r in enumerate(allrows):
        out.append("  ".join(_pad(c, widths[i], i in right) for i, c in enumerate(r)).rstrip())
        if k == 0 and head:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def request_total(po):
    tot = sum(Decimal(ln["unit_price"]) * ln["quantity"] for ln in po["lines"])
    return f"{tot:,.2f}"


def request_text(po, reminder=False, reminder_when=None):
    b = po["_buyer"]
    head, rows = request_table_rows(po)
    t = []
    if reminder:
        t.append("Hello,")
        t.append("")
        t.append(f"we have not yet received your confirmation of our purchase order {po['po_number']} sent on "
                 f"{b.fmt_date(po['issued'])}.")
        t.append("Please confirm quantities, prices and delivery dates as soon as possible.")
        t.append("")
        t.append("Thank you and best regards")
        t.append(b.signature())
        return "\n".join(t) + "\n"
    t.append("Hello,")
    t.append("")
    t.append(f"please find below our purchase order {po['po_number']}. Kindly confirm quantities, unit prices")
    t.append("and delivery dates for every line by return e-mail.")
    t.append("")
    t.append(f"Purchase order: {po['po_number']}")
    t.append(f"Order date:     {b.fmt_date(po['issued'])}")
    t.append(f"Currency:       {po['currency']} (prices net, excl. VAT)")
    t.append(f"Delivery terms: {po['_terms']}")
    t.append(f"Ship to:        {po['_ship_to']}")
    t.append("")
    t.append(text_table(head, rows, right=(0, 3, 5)))
    t.append("")
    t.append(f"Total order value: {po['currency']} {request_total(po)}")
    t.append("")
    t.append("Please quote our PO number on all documents and invoices.")
    t.append("")
    t.append("Best regards")
    t.append(b.signature())
    t.append("")
    t.append(f"This purchase order is subject to the general purchasing conditions of {b.company}.")
    return "\n".join(t) + "\n"


def esc(s):
    return _html.escape(s, quote=False)


def html_table(head, rows, style="outlook"):
    if style == "outlook":
        td = ('<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
              '<p class="MsoNormal">{}<o:p></o:p></p></td>')
        th = ('<td style="border:solid windowtext 1.0pt;background:#D9E1F2;padding:0cm 5.4pt 0cm 5.4pt">'
              '<p class="MsoNormal"><b>{}</b><o:p></o:p></p></td>')
        out = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" '
               'style="border-collapse:collapse;border:none">']
    else:
        td = '<td style="border:1px solid #999;padding:2px 6px">{}</td>'
        th = '<th style="border:1px solid #999;padding:2px 6px;background:#eee">{}</th>'
        out = ['<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">']
    if head:
        out.append("<tr>\n" + "\n".join(th.format(esc(c)) for c in head) + "\n</tr>")
    for r in rows:
        out.append("<tr>\n" + "\n".join(td.format(esc(c)) for c in r) + "\n</tr>")
    out.append("</table>")
    return "\n".join(out)


def request_html(po, style="outlook"):
    b = po["_buyer"]
    head, rows = request_table_rows(po)
    ps = ["Hello,", "",
          f"please find below our purchase order {po['po_number']}. Kindly confirm quantities, unit prices and "
          "delivery dates for every line by return e-mail.", "",
          f"Purchase order: {po['po_number']}", f"Order date: {b.fmt_date(po['issued'])}",
          f"Currency: {po['currency']} (prices net, excl. VAT)", f"Delivery terms: {po['_terms']}",
          f"Ship to: {po['_ship_to']}", ""]
    tail = ["", f"Total order value: {po['currency']} {request_total(po)}", "",
            "Please quote our PO number on all documents and invoices.", "", "Best regards"] + \
        b.signature().split("\n") + ["", f"This purchase order is subject to the general purchasing conditions of "
                                         f"{b.company}."]
    if style == "outlook":
        p = lambda s: f'<p class="MsoNormal">{esc(s) if s else "&nbsp;"}<o:p></o:p></p>'
    else:
        p = lambda s: f"<div>{esc(s) if s else '<br>'}</div>"
    return "\n".join([p(s) for s in ps] + [html_table(head, rows, style)] + [p(s) for s in tail])


def request_message(po, reminder=False, reminder_when=None, reminder_id=None, multipart=False) -> bytes:
    """Our own outgoing request as it left our server (used inside bounces)."""
    b = po["_buyer"]
    when = reminder_when if reminder else po["_req_when"]
    mid = reminder_id if reminder else po["request_message_id"]
    hs = [("Date", mime.fmt_date(when)),
          ("From", mime.addr(b.name, b.email)),
          ("To", mime.addr(po["supplier"]["name"], po["supplier"]["email"])),
          ("Subject", request_subject(po, reminder)),
          ("Message-ID", mid)]
    text = request_text(po, reminder)
    cs, cte = ("us-ascii", "7bit") if mime.is_ascii(text) else ("utf-8", "quoted-printable")
    if multipart:
        bnd = "=_req_" + mime.hexid(mid, 24)
        root = mime.Multi("alternative", [
            mime.text_part(text, "plain", cs, cte),
            mime.text_part("<html><body>\n" + request_html(po, "plain") + "\n</body></html>", "html", cs,
                           cte)], bnd)
    else:
        root = mime.text_part(text, "plain", cs, cte)
    return mime.message(hs, root)


# ---------------------------------------------------------------------------
# reply bodies: blocks rendered to text and to HTML
# ---------------------------------------------------------------------------

class P:
    def __init__(self, text):
        self.text = text


class T:
    def __init__(self, head, rows, right=()):
        self.head, self.rows, self.right = head, rows, right


class H:
    """Raw block: explicit text and HTML."""

    def __init__(self, text, html):
        self.text, self.html = text, html


def render_text(blocks) -> str:
    out = []
    for bl in blocks:
        if isinstance(bl, P):
            out.append(bl.text)
        elif isinstance(bl, T):
            out.append(text_table(bl.head, bl.rows, bl.right))
        else:
            out.append(bl.text)
    return "\n\n".join(out) + "\n"


def render_html(blocks, style="outlook") -> str:
    out = []
    for bl in blocks:
        if isinstance(bl, P):
            if style == "outlook":
                out.append("\n".join(f'<p class="MsoNormal">{esc(s) if s else "&nbsp;"}<o:p></o:p></p>'
                                     for s in bl.text.split("\n")))
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            elif style == "gmail":
                out.append("<div>" + "<br>".join(esc(s) for s in bl.text.split("\n")) + "</div><div><br></div>")
            else:
                out.append("<div>" + "<br>".join(esc(s) for s in bl.text.split("\n")) + "</div><div><br></div>")
        elif isinstance(bl, T):
            out.append(html_table(bl.head, bl.rows, "outlook" if style == "outlook" else "plain"))
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' if style == "outlook" else "<div><br></div>")
        else:
            out.append(bl.html)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# quoting
# ---------------------------------------------------------------------------

OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De\u00a0", "Envoy\u00e9\u00a0", "\u00c0\u00a0", "Cc\u00a0", "Objet\u00a0"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "pt": ("De", "Enviada em", "Para", "Cc", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "pl": ("Od", "Wys\u0142ano", "Do", "DW", "Temat"),
    "cs": ("Od", "Odesl\u00e1no", "Komu", "Kopie", "P\u0159edm\u011bt"),
    "sk": ("Od", "Odoslan\u00e9", "Komu", "K\u00f3pia", "Predmet"),
    "hu": ("Felad\u00f3", "Elk\u00fcldve", "C\u00edmzett", "M\u00e1solatot kap", "T\u00e1rgy"),
    "ro": ("De la", "Trimis", "C\u0103tre", "Cc", "Subiect"),
    "bg": ("\u041e\u0442", "\u0418\u0437\u043f\u0440\u0430\u0442\u0435\u043d\u043e", "\u0414\u043e", "\u0421\u0442.",
           "\u0422\u0435\u043c\u0430"),
    "hr": ("\u0160alje", "Poslano", "Prima", "Cc", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Kp", "Zadeva"),
    "sr": ("\u041e\u0434", "\u041f\u043e\u0441\u043b\u0430\u0442\u043e", "\u0417\u0430", "\u041a\u043e\u043f\u0438\u0458\u0430",
           "\u0422\u0435\u043c\u0430"),
    "el": ("\u0391\u03c0\u03cc", "\u03a3\u03c4\u03ac\u03bb\u03b8\u03b7\u03ba\u03b5", "\u03a0\u03c1\u03bf\u03c2", "\u039a\u03bf\u03b9\u03bd.",
           "\u0398\u03ad\u03bc\u03b1"),
    "tr": ("Kimden", "G\u00f6nderildi", "Kime", "Bilgi", "Konu"),
    "sv": ("Fr\u00e5n", "Skickat", "Till", "Kopia", "\u00c4mne"),
    "da": ("Fra", "Sendt", "Til", "Cc", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Kopi", "Emne"),
    "fi": ("L\u00e4hett\u00e4j\u00e4", "L\u00e4hetetty", "Vastaanottaja", "Kopio", "Aihe"),
    "et": ("Saatja", "Saadetud", "Adressaat", "Koopia", "Teema"),
    "lv": ("No", "Nos\u016bt\u012bts", "Kam", "Kopija", "T\u0113ma"),
    "lt": ("Nuo", "I\u0161si\u0173sta", "Kam", "Kopija", "Tema"),
    "uk": ("\u0412\u0456\u0434", "\u041d\u0430\u0434\u0456\u0441\u043b\u0430\u043d\u043e", "\u041a\u043e\u043c\u0443",
           "\u041a\u043e\u043f\u0456\u044f", "\u0422\u0435\u043c\u0430"),
    "ru": ("\u041e\u0442", "\u041e\u0442\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u043e", "\u041a\u043e\u043c\u0443",
           "\u041a\u043e\u043f\u0438\u044f", "\u0422\u0435\u043c\u0430"),
    "he": ("\u05de\u05d0\u05ea", "\u05e0\u05e9\u05dc\u05d7", "\u05d0\u05dc", "\u05e2\u05d5\u05ea\u05e7",
           "\u05e0\u05d5\u05e9\u05d0"),
    "ar": ("\u0645\u0646", "\u062a\u0645 \u0627\u0644\u0625\u0631\u0633\u0627\u0644", "\u0625\u0644\u0649",
           "\u0646\u0633\u062e\u0629", "\u0627\u0644\u0645\u0648\u0636\u0648\u0639"),
    "ja": ("\u5dee\u51fa\u4eba", "\u9001\u4fe1\u65e5\u6642", "\u5b9b\u5148", "CC", "\u4ef6\u540d"),
    "zh": ("\u53d1\u4ef6\u4eba", "\u53d1\u9001\u65f6\u95f4", "\u6536\u4ef6\u4eba", "\u6284\u9001", "\u4e3b\u9898"),
    "zh-TW": ("\u5bc4\u4ef6\u8005", "\u5bc4\u4ef6\u65e5\u671f", "\u6536\u4ef6\u8005", "\u526f\u672c",
              "\u4e3b\u65e8"),
    "ko": ("\ubcf4\ub0b8 \uc0ac\ub78c", "\ubcf4\ub0b8 \ub0a0\uc9dc", "\ubc1b\ub294 \uc0ac\ub78c", "\ucc38\uc870",
           "\uc81c\ubaa9"),
    "vi": ("T\u1eeb", "\u0110\u00e3 g\u1eedi", "\u0110\u1ebfn", "Cc", "Ch\u1ee7 \u0111\u1ec1"),
    "th": ("\u0e08\u0e32\u0e01", "\u0e2a\u0e48\u0e07", "\u0e16\u0e36\u0e07", "\u0e2a\u0e33\u0e40\u0e19\u0e32",
           "\u0e40\u0e23\u0e37\u0e48\u0e2d\u0e07"),
    "id": ("Dari", "Dikirim", "Kepada", "Cc", "Perihal"),
    "ms": ("Daripada", "Dihantar", "Kepada", "Sk", "Subjek"),
    "hi": ("\u092a\u094d\u0930\u0947\u0937\u0915", "\u092d\u0947\u091c\u093e \u0917\u092f\u093e",
           "\u092a\u094d\u0930\u0924\u093f", "\u092a\u094d\u0930\u0924\u093f\u0932\u093f\u092a\u093f",
           "\u0935\u093f\u0937\u092f"),
}

LONG_NAMES = {
    "de": (["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
           ["Januar", "Februar", "M\u00e4rz", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember"], "{wd}, {d}. {m} {y} {H}:{M}"),
    "fr": (["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
           ["janvier", "f\u00e9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\u00fbt", "septembre",
            "octobre", "novembre", "d\u00e9cembre"], "{wd} {d} {m} {y} {H}:{M}"),
    "es": (["lunes", "martes", "mi\u00e9rcoles", "jueves", "viernes", "s\u00e1bado", "domingo"],
           ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre"], "{wd}, {d} de {m} de {y} {h}:{M}"),
    "it": (["luned\u00ec", "marted\u00ec", "mercoled\u00ec", "gioved\u00ec", "venerd\u00ec", "sabato", "domenica"],
           ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
            "ottobre", "novembre", "dicembre"], "{wd} {d} {m} {y} {H}:{M}"),
    "nl": (["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
           ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december"], "{wd} {d} {m} {y} {H}:{M}"),
    "pt": (["segunda-feira", "ter\u00e7a-feira", "quarta-feira", "quinta-feira", "sexta-feira", "s\u00e1bado",
            "domingo"],
           ["janeiro", "fevereiro", "mar\u00e7o", "abril", "maio", "junho", "julho", "agosto", "setembro",
            "outubro", "novembro", "dezembro"], "{wd}, {d} de {m} de {y} {H}:{M}"),
    "sv": (["m\u00e5ndag", "tisdag", "onsdag", "torsdag", "fredag", "l\u00f6rdag", "s\u00f6ndag"],
           ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
            "november", "december"], "den {d} {m} {y} {H}:{M}"),
    "da": (["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "l\u00f8rdag", "s\u00f8ndag"],
           ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
            "november", "december"], "{wd} den {d}. {m} {y} {H}:{M}"),
    "en": (EN_DAYS, EN_MONTHS, "{wd}, {d} {m} {y} {H}:{M}"),
    "en-US": (EN_DAYS, EN_MONTHS, "{wd}, {m} {d}, {y} {h12}:{M} {ampm}"),
}


def sent_str(lang: str, w: dt.datetime) -> str:
    if lang in LONG_NAMES:
        days, months, fmt = LONG_NAMES[lang]
        h12 = w.hour % 12 or 12
        return fmt.format(wd=days[w.weekday()], d=w.day, m=months[w.month - 1], y=w.year, H=f"{w.hour:02d}",
                          h=w.hour, M=f"{w.minute:02d}", h12=h12, ampm="AM" if w.hour < 12 else "PM")
    if lang in ("ja", "zh", "zh-TW"):
        return f"{w.year}\u5e74{w.month}\u6708{w.day}\u65e5 {w.hour}:{w.minute:02d}"
    if lang == "ko":
        return f"{w.year}\ub144 {w.month}\uc6d4 {w.day}\uc77c {w.hour}:{w.minute:02d}"
    if lang in ("hu", "lt"):
        return f"{w.year}. {w.month:02d}. {w.day:02d}. {w.hour}:{w.minute:02d}" if lang == "hu" else \
            f"{w.year}-{w.month:02d}-{w.day:02d} {w.hour:02d}:{w.minute:02d}"
    if lang in ("he", "ar", "vi", "th", "id", "ms", "hi", "el"):
        return f"{w.day:02d}/{w.month:02d}/{w.year} {w.hour:02d}:{w.minute:02d}"
    return f"{w.day:02d}.{w.month:02d}.{w.year} {w.hour:02d}:{w.minute:02d}"


def outlook_quote_header(po, lang, when=None, subject=None, frm=None, to=None, cc=None):
    b = po["_buyer"]
    f_, s_, t_, c_, sub_ = OUTLOOK_LABELS["en" if lang.startswith("en") else lang]
    when = when or po["_req_when"]
    frm = frm or f"{b.name} <{b.email}>"
    to = to or f"{po['supplier']['email']}"
    subject = subject or request_subject(po)
    rows = [(f_, frm), (s_, sent_str(lang, when)), (t_, to)]
    if cc:
        rows.append((c_, cc))
    rows.append((sub_, subject))
    return rows


def quote_outlook(po, lang, text_body=None, html_body=None, **kw):
    """Returns (text, html) for an Outlook-style quoted original (no prefixing)."""
    rows = outlook_quote_header(po, lang, **kw)
    sep = ":" if lang != "fr" else ":"
    text = "\n________________________________\n" + "\n".join(f"{k}{sep} {v}" for k, v in rows) + "\n\n" + \
        (text_body if text_body is not None else request_text(po))
    hrows = "<br>\n".join(f"<b>{esc(k)}{sep}</b> {esc(v)}" for k, v in rows)
    html = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal">{hrows}<o:p></o:p></p>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            + (html_body if html_body is not None else request_html(po, "outlook")))
    return text, html


def prefix_lines(text: str, prefix="> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.rstrip("\n").split("\n"))


def quote_gmail(po, attrib, text_body=None, html_body=None):
    body = text_body if text_body is not None else request_text(po)
    text = f"\n{attrib}\n\n" + prefix_lines(body) + "\n"
    html = ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            f'{esc(attrib)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + (html_body if html_body is not None else request_html(po, "plain")) + "</blockquote></div>")
    return text, html


def quote_apple(po, attrib, text_body=None):
    body = text_body if text_body is not None else request_text(po)
    text = f"\n> {attrib}\n> \n" + prefix_lines(body) + "\n"
    html = (f'<div><br><blockquote type="cite"><div>{esc(attrib)}</div><br>'
            + request_html(po, "plain") + "</blockquote></div>")
    return text, html


def quote_tb(po, attrib, text_body=None):
    body = text_body if text_body is not None else request_text(po)
    text = f"\n{attrib}\n" + prefix_lines(body) + "\n"
    html = (f'<div class="moz-cite-prefix">{esc(attrib)}<br></div>\n<blockquote type="cite" '
            f'cite="mid:{po.get("request_message_id", "<x@y>")[1:-1]}">' + request_html(po, "plain")
            + "</blockquote>")
    return text, html


# ---------------------------------------------------------------------------
# HTML documents per client
# ---------------------------------------------------------------------------

def outlook_doc(inner, charset, lang="EN-GB"):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.EmailStyle20
	{{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
{inner}
</div>
</body>
</html>
"""


def gmail_doc(inner, quote_html=""):
    return f'<div dir="ltr">{inner}</div><br>{quote_html}\n'


def apple_doc(inner, charset="utf-8"):
    return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f'{inner}</body></html>\n')


def tb_doc(inner, charset="UTF-8"):
    return ("<!DOCTYPE html>\n<html>\n  <head>\n"
            f'    <meta http-equiv="Content-Type" content="text/html; charset={charset}">\n  </head>\n'
            f"  <body>\n{inner}\n  </body>\n</html>\n")


# ---------------------------------------------------------------------------
# transport headers
# ---------------------------------------------------------------------------

def received(slug, from_addr, to_addr, when: dt.datetime, hops=2):
    sdom = from_addr.split("@")[1]
    bdom = to_addr.split("@")[1]
    h = mime.hexid(slug + from_addr, 16)
    ip = f"198.51.100.{int(h[:2], 16) % 250 + 2}"
    w1 = when + dt.timedelta(seconds=3 + int(h[2], 16))
    w2 = w1 + dt.timedelta(seconds=1)
    out = [("Return-Path", f"<{from_addr}>")]
    if hops >= 2:
        out.append(("Received", f"from mx1.{bdom} (mx1.{bdom} [192.0.2.25])\r\n\tby imap.{bdom} (Dovecot) "
                                f"with LMTP id {mime.b64id(slug + 'lmtp', 22)}\r\n\tfor <{to_addr}>; "
                                f"{mime.fmt_date(w2)}"))
    out.append(("Received", f"from mail.{sdom} (mail.{sdom} [{ip}])\r\n\tby mx1.{bdom} (Postfix) with ESMTPS id "
                            f"{mime.b32id(slug + 'q', 11)}\r\n\tfor <{to_addr}>; {mime.fmt_date(w1)}"))
    return out


# ---------------------------------------------------------------------------
# full replies
# ---------------------------------------------------------------------------

def reply(po, slug, *, client, when, frm, blocks=None, text=None, html_inner=None, lang="en",
          charset="utf-8", cte="quoted-printable", html_cte=None, html=True,
          quote="default", attrib=None, quote_kw=None, subject=None, subj_prefix=None,
          attachments=(), to=None, cc=None, in_reply_to="auto", references="auto",
          extra_headers=(), content_language=None, body_lang_attr="EN-GB", mixed_boundary=None,
          signature_below_quote=False, html_quote=None, text_quote=None, from_charset=None, hdr_charset=None,
          hdr_mode="B", transport=True, mime_version=None, flowed=False,
          agent=("User-Agent", "Mozilla Thunderbird"), msgid=None, html_only=False):
    """Assemble a reply e-mail as a real client would.

    frm = (display name, address); blocks = list of P/T/H (reply text incl. signature)."""
    b = po["_buyer"]
    seed = slug
    hcs = hdr_charset or ("utf-8" if charset.lower() in ("us-ascii",) else charset)
    if hcs.lower() == "iso-2022-jp":
        hdr_mode = "B"
    # ---- body text / html
    body_text = text if text is not None else render_text(blocks)
    style = {"outlook": "outlook", "gmail": "gmail"}.get(client, "plain")
    if html_inner is not None:
        inner = html_inner
    elif blocks:
        inner = render_html(blocks, style)
    else:
        inner = render_html([P(par) for par in body_text.strip("\n").split("\n\n")], style)
    qt, qh = "", ""
    if quote == "default":
        quote = {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "iphone": "apple",
                 "thunderbird": "tb", "android": "gmail"}.get(client, None)
    qkw = dict(quote_kw or {})
    if quote == "outlook":
        qkw.setdefault("when", po["_req_when"].astimezone(when.tzinfo))
        qt, qh = quote_outlook(po, lang, **qkw)
    elif quote == "gmail":
        qt, qh = quote_gmail(po, attrib, **qkw)
    elif quote == "apple":
        qt, qh = quote_apple(po, attrib, **qkw)
    elif quote == "tb":
        qt, qh = quote_tb(po, attrib, **qkw)
    if text_quote is not None:
        qt = text_quote
    if html_quote is not None:
        qh = html_quote
    full_text = body_text.rstrip("\n") + "\n" + qt if qt else body_text
    if client == "outlook":
        full_html = outlook_doc(inner + "\n" + qh, charset, body_lang_attr)
    elif client in ("gmail", "android"):
        full_html = gmail_doc(inner, qh)
    elif client in ("apple", "iphone"):
        full_html = apple_doc(inner + qh, charset)
    else:
        full_html = tb_doc(inner + "\n" + qh, charset)
    # ---- MIME tree
    h = mime.hexid(seed, 40)
    if client == "outlook":
        alt_b = f"_000_{h[:32].upper()}_"
        mix_b = f"_004_{h[:32].upper()}_"
    elif client in ("gmail", "android"):
        alt_b = f"0000000000{h[:16]}"
        mix_b = f"0000000000{h[16:32]}"
    elif client in ("apple", "iphone"):
        alt_b = f"Apple-Mail={'_'}{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        mix_b = f"Apple-Mail={'_'}{h[1:9].upper()}-{h[9:13].upper()}-{h[13:17].upper()}-{h[17:21].upper()}-{h[21:33].upper()}"
    else:
        alt_b = f"------------{h[:24]}"
        mix_b = f"------------{h[24:40]}{h[:8]}"
    if mixed_boundary:
        mix_b = mixed_boundary
    hc = html_cte or cte
    ct_extra = "; format=flowed" if flowed else ""
    tpart = mime.text_part(full_text, "plain", charset, cte, ct_extra=ct_extra)
    if html_only:
        root = mime.text_part(full_html, "html", charset, hc)
    elif html:
        hpart = mime.text_part(full_html, "html", charset, hc)
        root = mime.Multi("alternative", [tpart, hpart], alt_b)
    else:
        root = tpart
    if attachments:
        root = mime.Multi("mixed", [root] + list(attachments), mix_b)
    # ---- headers
    fname, faddr = frm
    forced_msgid = msgid
    subj = subject
    if subj is None:
        pref = subj_prefix if subj_prefix is not None else ("Re: " if client in ("gmail", "android", "apple", "iphone", "thunderbird", "generic") else "RE: ")
        subj = pref + request_subject(po)
    irt = po.get("request_message_id") if in_reply_to == "auto" else in_reply_to
    refs = irt if references == "auto" else references
    to_h = to or mime.addr(b.name, b.email)
    from_h = mime.addr(fname, faddr, from_charset or hcs, hdr_mode)
    date_h = mime.fmt_date(when)
    hs = []
    if transport:
        hs += received(slug, faddr, b.email, when)
    if client == "outlook":
        hv = int(mime.hexid(seed + "srv", 12), 16)
        region = {"en-US": ("BY", "namprd"), "ja-JP": ("TY", "jpnprd"), "zh-TW": ("TY", "apcprd"),
                  "ko-KR": ("SL", "apcprd"), "en-SG": ("SG", "apcprd"), "th-TH": ("SG", "apcprd"),
                  "id-ID": ("SG", "apcprd"), "ms-MY": ("KL", "apcprd"), "en-ZA": ("JN", "zafprd"),
                  "es-MX": ("BY", "namprd"), "fr-CA": ("YT", "canprd")}.get(content_language or "",
                                                                            ("AM", "eurprd"))
        srv = f"{region[0]}{hv % 9 + 1}PR{hv % 17 + 1:02d}MB{hv % 9000 + 1000}"
        msgid = f"<{srv}{mime.hexid(seed + 'm', 28).upper()}@{srv}.{region[1]}{hv % 7 + 1:02d}.prod.outlook.com>"
        hs += [("From", from_h), ("To", to_h)]
        if cc:
            hs.append(("CC", cc))
        hs += [("Subject", mime.enc_text(subj, hcs, hdr_mode)),
               ("Thread-Topic", mime.enc_text(request_subject(po), hcs, hdr_mode)),
               ("Thread-Index", "A" + mime.b64id(seed + "ti", 30) + "=="),
               ("Date", date_h), ("Message-ID", msgid)]
        if refs:
            hs.append(("References", refs))
        if irt:
            hs.append(("In-Reply-To", irt))
        cl = content_language or "en-GB"
        hs += [("Accept-Language", f"{cl}, en-US"), ("Content-Language", cl)]
        if attachments:
            hs.append(("X-MS-Has-Attach", "yes"))
        hs += list(extra_headers)
    elif client in ("gmail", "android"):
        msgid = f"<CA{mime.b64id(seed + 'g', 40).replace('/', '-').replace('+', '_')}@mail.gmail.com>"
        hs.append(("MIME-Version", "1.0"))
        if refs:
            hs.append(("References", refs))
        if irt:
            hs.append(("In-Reply-To", irt))
        hs += [("From", from_h), ("Date", date_h), ("Message-ID", msgid),
               ("Subject", mime.enc_text(subj, hcs, hdr_mode)), ("To", to_h)]
        if cc:
            hs.append(("Cc", cc))
        hs += list(extra_headers)
    elif client in ("apple", "iphone"):
        dom = faddr.split("@")[1]
        msgid = f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{dom}>"
        mv = mime_version or ("1.0 (1.0)" if client == "iphone" else "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))")
        hs += [("Mime-Version", mv), ("Subject", mime.enc_text(subj, hcs, hdr_mode)), ("From", from_h)]
        if irt:
            hs.append(("In-Reply-To", irt))
        hs += [("Date", date_h)]
        if cc:
            hs.append(("Cc", cc))
        hs += [("Message-Id", msgid)]
        if refs:
            hs.append(("References", refs))
        hs += [("To", to_h),
               ("X-Mailer", "iPhone Mail (22B91)" if client == "iphone" else "Apple Mail (2.3826.300.87.4.3)")]
        hs += list(extra_headers)
    else:  # thunderbird or generic
        dom = faddr.split("@")[1]
        msgid = f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>"
        hs += [("Message-ID", msgid), ("Date", date_h), ("MIME-Version", "1.0"),
               agent, ("Subject", mime.enc_text(subj, hcs, hdr_mode)), ("To", to_h)]
        if cc:
            hs.append(("Cc", cc))
        if refs:
            hs.append(("References", refs))
        hs += [("Content-Language", content_language or "en-US"), ("From", from_h)]
        if irt:
            hs.append(("In-Reply-To", irt))
        hs += list(extra_headers)
    if forced_msgid:
        hs = [(n, forced_msgid if n.lower() == "message-id" else v) for n, v in hs]
    return mime.message(hs, root)


def pdf_att(data, filename):
    return mime.attachment(data, "application/pdf", filename)


def xlsx_att(data, filename):
    return mime.attachment(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename)
