"""Shared model, registry and mail-building helpers for batch BA."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html as htmlmod
from dataclasses import dataclass, field
from decimal import Decimal

from . import mime

# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

REG: list[tuple[str, str, str, object]] = []


def case(slug: str, kindloc: str, hard: str):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


class Ctx:
    """Deterministic token source for one case."""

    def __init__(self, slug: str):
        self.slug = slug

    def _h(self, tag: str) -> bytes:
        return hashlib.sha256(f"batch-ba/{self.slug}/{tag}".encode()).digest()

    def hex(self, tag: str, n: int, upper=False) -> str:
        s = hashlib.sha256(f"batch-ba/{self.slug}/{tag}".encode()).hexdigest()
        while len(s) < n:
            s += hashlib.sha256(s.encode()).hexdigest()
        s = s[:n]
        return s.upper() if upper else s

    def alnum(self, tag: str, n: int) -> str:
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        raw = self._h(tag) + self._h(tag + "+")
        return "".join(alphabet[b % 62] for b in raw)[:n]

    def digits(self, tag: str, n: int) -> str:
        raw = self._h(tag) + self._h(tag + "+")
        return "".join(str(b % 10) for b in raw)[:n]

    def uuid(self, tag: str, upper=True) -> str:
        h = self.hex(tag, 32, upper)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def num(self, tag: str, lo: int, hi: int) -> int:
        return lo + int(self.hex(tag, 8), 16) % (hi - lo + 1)

    # ---- message ids -------------------------------------------------------
    region = "eurprd04"

    def exch_server(self):
        pres = {"eur": ["AM0PR", "DB9PR", "PAXPR", "VI1PR", "AS8PR", "DU0PR", "GV1PR", "PA4PR"],
                "apc": ["SG2PR", "TYZPR", "KL1PR", "SEZPR", "PSAPR"],
                "nam": ["BN8PR", "CH3PR", "MN2PR", "SA1PR", "DM6PR"],
                "gbr": ["LO2P", "CWLP", "LO4P"],
                "jpn": ["TYCPR", "OS3PR"],
                "aus": ["SY4PR", "ME3PR"]}[self.region[:3]]
        pre = pres[self.num("srvp", 0, len(pres) - 1)]
        if self.region.startswith("gbr"):
            return f"{pre}{self.num('srvn', 100, 300)}MB{self.num('srvm', 1000, 9999)}"
        return f"{pre}{self.num('srvn', 1, 9):02d}MB{self.num('srvm', 1000, 9999)}"

    def msgid(self, client: str, domain: str, when: dt.datetime | None = None, region=None) -> str:
        if client in ("outlook", "outlook_android", "owa", "outlook_ooo"):
            if region:
                self.region = region
            srv = self.exch_server()
            return f"<{srv}{self.hex('mid', 32, True)}@{srv}.{self.region}.prod.outlook.com>"
        if client == "gmail":
            return f"<CA{self.alnum('gm', 1)}{self.alnum('gm2', 44)}@mail.gmail.com>".replace("+", "")
        if client in ("apple", "iphone"):
            return f"<{self.uuid('apple')}@{domain}>"
        if client == "thunderbird":
            return f"<{self.uuid('tb', upper=False)}@{domain}>"
        if client == "foxmail":
            return f"<{when.strftime('%Y%m%d%H%M%S')}{self.digits('fx', 8)}@{domain}>"
        return f"<{when.strftime('%Y%m%d%H%M%S')}.{self.hex('gen', 12, True)}@{domain}>"

    def boundary(self, client: str, kind: str = "alt") -> str:
        if client in ("outlook", "outlook_android", "owa", "outlook_ooo"):
            code = {"alt": "000", "rel": "002", "mixed": "004", "mixed2": "005"}[kind]
            return f"_{code}_{self.exch_server()}{self.hex('mid', 32, True)}_"
        if client == "gmail":
            return "000000000000" + self.hex("gmb" + kind, 12)
        if client in ("apple", "iphone"):
            return "Apple-Mail=_" + self.uuid("ab" + kind)
        if client == "thunderbird":
            return "------------" + self.alnum("tbb" + kind, 24)
        if client == "foxmail":
            return f"----=_001_NextPart{self.digits('fxb' + kind, 12)}_=----"
        return f"----=_Part_{self.num('jp' + kind, 10000, 99999)}_{self.num('jq' + kind, 100000000, 999999999)}.{self.digits('jr' + kind, 13)}"


# --------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------

BUYER_DOMAIN = "kestrel-supply.example"
COMPANY = "Kestrel Supply Group B.V."
DELIVERY = ["Kestrel Supply Group B.V., DC Waalhaven", "Waalhaven Z.z. 41, 3089 JH Rotterdam, Netherlands"]
BUYER_TZ = dt.timezone(dt.timedelta(hours=1))


@dataclass
class Buyer:
    key: str
    name: str
    email: str
    title: str
    phone: str


BUYERS = {
    "mara": Buyer("mara", "Mara Lindqvist", "mara.lindqvist@kestrel-supply.example", "Senior Buyer", "+31 10 555 0142"),
    "tomasz": Buyer("tomasz", "Tomasz Wren", "tomasz.wren@kestrel-supply.example", "Buyer MRO & Packaging", "+31 10 555 0157"),
    "priya": Buyer("priya", "Priya Castellano", "priya.castellano@kestrel-supply.example", "Category Buyer", "+31 10 555 0163"),
    "jonas": Buyer("jonas", "Jonas Feldmann", "jonas.feldmann@kestrel-supply.example", "Buyer Food Ingredients", "+31 10 555 0171"),
}


@dataclass
class Supplier:
    id: str
    name: str
    email: str
    locale: str

    @property
    def domain(self):
        return self.email.split("@", 1)[1]

    def json(self):
        return {"id": self.id, "name": self.name, "email": self.email, "locale": self.locale}


@dataclass
class Line:
    line: int
    item: str
    description: str
    quantity: int
    uom: str
    unit_price: str
    requested_date: str

    def json(self):
        return {"line": self.line, "item": self.item, "description": self.description,
                "quantity": self.quantity, "uom": self.uom, "unit_price": self.unit_price,
                "requested_date": self.requested_date}


@dataclass
class PO:
    number: str
    supplier: Supplier
    buyer: Buyer
    currency: str
    issued: str
    lines: list[Line]
    rid: str | None = None
    req_time: tuple[int, int] = (9, 12)
    subject: str | None = None

    def __post_init__(self):
        if self.subject is None:
            self.subject = f"Order acknowledgment request - PO {self.number}"

    def line(self, n) -> Line:
        for ln in self.lines:
            if ln.line == n:
                return ln
        raise KeyError(n)

    @property
    def req_dt(self) -> dt.datetime:
        d = dt.date.fromisoformat(self.issued)
        return dt.datetime(d.year, d.month, d.day, self.req_time[0], self.req_time[1], 0, tzinfo=BUYER_TZ)

    def json(self):
        out = {"po_number": self.number, "supplier": self.supplier.json(),
               "buyer": {"name": self.buyer.name, "email": self.buyer.email},
               "currency": self.currency, "issued": self.issued}
        if self.rid:
            out["request_message_id"] = self.rid
        out["lines"] = [ln.json() for ln in self.lines]
        return out


def mkpo(number, supplier, buyer, currency, issued, lines, rid=True, req_time=(9, 12), subject=None):
    ls = [Line(i + 1, *l) if len(l) == 6 else Line(*l) for i, l in enumerate(lines)]
    for ln in ls:
        Decimal(ln.unit_price)
        dt.date.fromisoformat(ln.requested_date)
    b = BUYERS[buyer] if isinstance(buyer, str) else buyer
    if rid is True:
        rid = f"<po-{number}.{issued.replace('-', '')}.1@{BUYER_DOMAIN}>"
    return PO(number, supplier, b, currency, issued, ls, rid or None, req_time, subject)


# --------------------------------------------------------------------------
# expected labels
# --------------------------------------------------------------------------

def dstr(x) -> str:
    """Decimal string; computed values lose trailing zeros beyond two decimals (10.45000 -> 10.45)."""
    d = Decimal(str(x))
    if -d.as_tuple().exponent > 2:
        d = d.normalize()
        if -d.as_tuple().exponent < 2:
            d = d.quantize(Decimal("0.01"))
    return format(d, "f")


def acc(po: PO, n: int) -> dict:
    ln = po.line(n)
    return {"status": "accepted", "quantity": ln.quantity, "unit_price": ln.unit_price, "date": ln.requested_date}


def chg(po: PO, n: int, quantity=None, unit_price=None, date=None, schedule=None) -> dict:
    ln = po.line(n)
    q = ln.quantity if quantity is None else quantity
    p = ln.unit_price if unit_price is None else dstr(unit_price)
    d = ln.requested_date if date is None else str(date)
    out = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if schedule:
        out["schedule"] = [{"quantity": a, "date": str(b)} for a, b in schedule]
        assert sum(a for a, _ in schedule) == q, "schedule does not add up"
        assert max(str(b) for _, b in schedule) == d, "schedule end != date"
    else:
        assert not (q == ln.quantity and Decimal(p) == Decimal(ln.unit_price) and d == ln.requested_date), \
            f"line {n}: changed but equal to PO"
    assert len(Decimal(p).as_tuple().digits) < 20
    return out


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def confirmation(entries, notes: str) -> dict:
    confs = []
    for po, lines in entries:
        assert set(lines) == {ln.line for ln in po.lines}, f"PO {po.number}: lines incomplete"
        confs.append({"po_number": po.number, "lines": {str(k): dict(v) for k, v in sorted(lines.items())}})
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


def other(kind: str, notes: str) -> dict:
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


# --------------------------------------------------------------------------
# formatting helpers
# --------------------------------------------------------------------------

def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def when(s: str, tz: str) -> dt.datetime:
    """when('2026-11-16 09:41:12', '+0100')"""
    d = dt.datetime.fromisoformat(s)
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return d.replace(tzinfo=dt.timezone(off))


def num_en(x, places=None) -> str:
    d = Decimal(str(x))
    if places is None:
        places = max(0, -d.as_tuple().exponent)
    return f"{d:,.{places}f}"


def num_eu(x, places=None, thou=".", dec=",") -> str:
    s = num_en(x, places)
    return s.replace(",", "\x00").replace(".", dec).replace("\x00", thou)


def esc(s: str) -> str:
    return htmlmod.escape(s, quote=False)


# --------------------------------------------------------------------------
# our request mail (what the supplier quotes)
# --------------------------------------------------------------------------

def request_table_rows(po: PO):
    head = ["Ln", "Item code", "Description", "Qty", "UoM", "Unit price", "Req. date"]
    rows = [[str(ln.line), ln.item, ln.description, num_en(ln.quantity, 0), ln.uom,
             num_en(ln.unit_price), ln.requested_date] for ln in po.lines]
    return head, rows


def request_plain(po: PO) -> str:
    head, rows = request_table_rows(po)
    widths = [max(len(r[i]) for r in [head] + rows) for i in range(len(head))]
    right = {0, 3, 5}

    def fmt(r):
        cells = [r[i].rjust(widths[i]) if i in right else r[i].ljust(widths[i]) for i in range(len(r))]
        return " | ".join(cells).rstrip()

    sep = "-+-".join("-" * w for w in widths)
    b = po.buyer
    lines = [
        "Dear Sales Team,",
        "",
        "Please confirm the following purchase order by return e-mail, stating",
        "quantities, unit prices and delivery dates for each line.",
        "",
        f"Purchase order: {po.number}",
        f"Order date:     {po.issued}",
        f"Currency:       {po.currency}",
        "Incoterms:      DAP Rotterdam",
        "",
        fmt(head),
        sep,
    ] + [fmt(r) for r in rows] + [
        "",
        "Delivery address:",
        DELIVERY[0],
        DELIVERY[1],
        "",
        "Please quote our PO number on all documents and delivery notes.",
        "",
        "Kind regards",
        "",
        b.name,
        f"{b.title} | {COMPANY}",
        f"T {b.phone} | {b.email}",
    ]
    return "\n".join(lines) + "\n"


def request_html(po: PO) -> str:
    head, rows = request_table_rows(po)
    b = po.buyer
    th = "".join(f'<th style="border:1px solid #999;padding:2px 6px;text-align:left">{esc(h)}</th>' for h in head)
    trs = "".join("<tr>" + "".join(f'<td style="border:1px solid #999;padding:2px 6px">{esc(c)}</td>' for c in r) + "</tr>"
                  for r in rows)
    return (
        '<div style="font-family:Arial,sans-serif;font-size:10pt">'
        "<p>Dear Sales Team,</p>"
        "<p>Please confirm the following purchase order by return e-mail, stating quantities, unit prices and delivery dates for each line.</p>"
        f"<p>Purchase order: <b>{po.number}</b><br>Order date: {po.issued}<br>Currency: {po.currency}<br>Incoterms: DAP Rotterdam</p>"
        f'<table style="border-collapse:collapse;font-size:9pt"><tr>{th}</tr>{trs}</table>'
        f"<p>Delivery address:<br>{esc(DELIVERY[0])}<br>{esc(DELIVERY[1])}</p>"
        "<p>Please quote our PO number on all documents and delivery notes.</p>"
        f"<p>Kind regards</p><p>{esc(b.name)}<br>{esc(b.title)} | {esc(COMPANY)}<br>T {esc(b.phone)} | "
        f'<a href="mailto:{b.email}">{b.email}</a></p></div>'
    )


def request_message(c: Ctx, po: PO, to_addr: str | None = None) -> bytes:
    """The original request as it left our MTA (used inside bounces)."""
    b = po.buyer
    to_addr = to_addr or po.supplier.email
    bnd = f"=_kestrel_{c.hex('reqb', 16)}"
    body = mime.multipart("alternative", [
        mime.text(request_plain(po), "plain", "utf-8", "quoted-printable"),
        mime.text("<html><body>" + request_html(po) + "</body></html>", "html", "utf-8", "quoted-printable"),
    ], bnd)
    hdrs = [
        ("From", mime.addr(b.name, b.email)),
        ("To", mime.addr(po.supplier.name, to_addr)),
        ("Subject", po.subject),
        ("Date", mime.date_header(po.req_dt)),
        ("Message-ID", po.rid or f"<po-{po.number}.{c.hex('rq', 8)}@{BUYER_DOMAIN}>"),
        ("X-Mailer", "Kestrel P2P Agent 3.4"),
    ]
    return mime.message(hdrs, body)


# --------------------------------------------------------------------------
# quote headers (localised)
# --------------------------------------------------------------------------

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "nb": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "fi": ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "cs": ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
    "hr": ["ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"],
    "sr": ["ponedeljak", "utorak", "sreda", "četvrtak", "petak", "subota", "nedelja"],
    "hu": ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
    "el": ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
    "uk": ["понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"],
    "bg": ["понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"],
    "lv": ["pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena", "svētdiena"],
    "he": ["יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
}

NOV = {"en": "November", "de": "November", "fr": "novembre", "it": "novembre", "es": "noviembre",
       "pt": "novembro", "nl": "november", "sv": "november", "nb": "november", "fi": "marraskuuta",
       "pl": "listopada", "cs": "listopadu", "hr": "studenoga", "sr": "novembar", "hu": "november",
       "tr": "Kasım", "el": "Νοεμβρίου", "ru": "ноября", "uk": "листопада", "bg": "ноември",
       "lv": "novembris", "he": "נובמבר", "ar": "نوفمبر"}

LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "pt": ("De", "Enviada", "Para", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
    "sr": ("Od", "Poslato", "Za", "Tema"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"),
    "ru": ("От", "Отправлено", "Кому", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Тема"),
    "bg": ("От", "Изпратено", "До", "Относно"),
    "lv": ("No", "Nosūtīts", "Kam", "Tēma"),
    "ja": ("差出人", "送信日時", "宛先", "件名"),
    "he": ("מאת", "נשלח", "אל", "נושא"),
    "ar": ("من", "تم الإرسال", "إلى", "الموضوع"),
}


def outlook_sent(lang: str, t: dt.datetime, us=False) -> str:
    wd = WEEKDAYS.get(lang, WEEKDAYS["en"])[t.weekday()]
    mo = NOV.get(lang, "November")
    assert t.month == 11, "quote headers only localised for November requests"
    d, y, hm, h = t.day, t.year, t.strftime("%H:%M"), t.hour
    if lang == "en":
        if us:
            ap = "AM" if h < 12 else "PM"
            return f"{wd}, {mo} {d}, {y} {(h - 1) % 12 + 1}:{t.minute:02d} {ap}"
        return f"{wd}, {d} {mo} {y} {hm}"
    return {
        "de": f"{wd}, {d}. {mo} {y} {hm}",
        "fr": f"{wd} {d} {mo} {y} {hm}",
        "it": f"{wd} {d} {mo} {y} {hm}",
        "es": f"{wd}, {d} de {mo} de {y} {h}:{t.minute:02d}",
        "pt": f"{wd}, {d} de {mo} de {y} {hm}",
        "nl": f"{wd} {d} {mo} {y} {hm}",
        "sv": f"den {d} {mo} {y} {hm}",
        "nb": f"{wd} {d}. {mo} {y} {hm}",
        "fi": f"{wd} {d}. {mo} {y} {h}.{t.minute:02d}",
        "pl": f"{wd}, {d} {mo} {y} {hm}",
        "cs": f"{wd} {d}. {mo} {y} {h}:{t.minute:02d}",
        "hr": f"{wd}, {d}. {mo} {y}. {h}:{t.minute:02d}",
        "sr": f"{wd}, {d}. {mo} {y}. {h}:{t.minute:02d}",
        "hu": f"{y}. {mo} {d}., {wd} {h}:{t.minute:02d}",
        "tr": f"{d} {mo} {y} {wd} {hm}",
        "el": f"{wd}, {d} {mo} {y} {h}:{t.minute:02d} {'πμ' if h < 12 else 'μμ'}",
        "ru": f"{wd}, {d} {mo} {y} г. {h}:{t.minute:02d}",
        "uk": f"{wd}, {d} {mo} {y} р. {h}:{t.minute:02d}",
        "bg": f"{wd}, {d} {mo} {y} г. {h}:{t.minute:02d}",
        "lv": f"{wd}, {y}. gada {d}. {mo} {h}:{t.minute:02d}",
        "ja": f"{y}年{t.month}月{d}日 {h}:{t.minute:02d}",
        "he": f"{wd} {d:02d} {mo} {y} {hm}",
        "ar": f"{wd}، {d:02d} {mo}، {y} {hm}",
    }[lang]


def outlook_header_block(po: PO, lang: str, tz: dt.tzinfo, us=False, to_name=None, to_addr=None):
    lab = LABELS.get(lang, LABELS["en"])
    t = po.req_dt.astimezone(tz)
    sep = " : " if lang == "fr" else ": "
    b = po.buyer
    to_name = to_name or po.supplier.name
    to_addr = to_addr or po.supplier.email
    return [
        (lab[0], f"{b.name} <{b.email}>"),
        (lab[1], outlook_sent(lang, t, us)),
        (lab[2], f"{to_name} <{to_addr}>"),
        (lab[3], po.subject),
    ], sep


def foxmail_header(po: PO, tz) -> list[tuple[str, str]]:
    t = po.req_dt.astimezone(tz)
    return [("发件人", po.buyer.name), ("发送时间", t.strftime("%Y-%m-%d %H:%M")),
            ("收件人", po.supplier.email), ("主题", po.subject)]


def quote_plain(po: PO, style: str, lang: str, tz, *, us=False, attribution: str | None = None) -> str:
    req = request_plain(po)
    if style == "foxmail":
        block = "".join(f"{k}： {v}\n" for k, v in foxmail_header(po, tz))
        return " \n" + block + " \n" + req
    if style.startswith("outlook"):
        hdr, sep = outlook_header_block(po, lang, tz, us)
        lead = {"outlook": "", "outlook_line": "________________________________\n",
                "outlook_orig": {"de": "-----Ursprüngliche Nachricht-----\n", "en": "-----Original Message-----\n",
                                 "fr": "-----Message d'origine-----\n", "nl": "-----Oorspronkelijk bericht-----\n",
                                 "it": "-----Messaggio originale-----\n", "es": "-----Mensaje original-----\n",
                                 "pl": "-----Wiadomość oryginalna-----\n", "cs": "-----Původní zpráva-----\n"
                                 }.get(lang, "-----Original Message-----\n")}[style]
        block = "".join(f"{k}{sep}{v}\n" for k, v in hdr)
        return lead + block + "\n" + req
    assert attribution is not None
    quoted = "\n".join(("> " + ln) if ln else ">" for ln in req.rstrip("\n").split("\n"))
    return attribution + "\n" + quoted + "\n"


def quote_html(po: PO, style: str, lang: str, tz, *, us=False, attribution: str | None = None) -> str:
    req = request_html(po)
    if style == "foxmail":
        inner = "<br>".join(f"<b>{esc(k)}：</b>&nbsp;{esc(v)}" for k, v in foxmail_header(po, tz))
        return ('<div><br></div><blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit">'
                '<div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                f'<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">{inner}</div></div>'
                f"<div>&nbsp;</div>{req}</blockquote>\n")
    if style.startswith("outlook"):
        hdr, sep = outlook_header_block(po, lang, tz, us)
        inner = "<br>\n".join(f"<b>{esc(k)}{esc(sep.rstrip())}</b> {esc(v)}" for k, v in hdr)
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                f'<p class="MsoNormal">{inner}<o:p></o:p></p>\n</div>\n'
                f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n{req}\n')
    if style == "gmail":
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(attribution) + '<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                'padding-left:1ex">' + req + "</blockquote></div>\n")
    if style in ("apple", "iphone"):
        return ('<div><br><blockquote type="cite"><div>' + esc(attribution) + '</div><br class="Apple-interchange-newline">'
                + req + "</blockquote></div>\n")
    return ('<div class="moz-cite-prefix">' + esc(attribution) + '<br></div>\n<blockquote type="cite" cite="mid:'
            + esc((po.rid or "")[1:-1]) + '">' + req + "</blockquote>\n")


# --------------------------------------------------------------------------
# HTML of the new text
# --------------------------------------------------------------------------

def html_from_plain(body: str, client: str) -> str:
    lines = body.rstrip("\n").split("\n")
    if client in ("outlook", "outlook_android", "owa"):
        out = []
        for ln in lines:
            if ln.strip():
                out.append(f'<p class="MsoNormal">{esc(ln)}<o:p></o:p></p>')
            else:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return "\n".join(out) + "\n"
    if client == "gmail":
        return '<div dir="ltr">' + "".join((esc(ln) + "<br>") if ln.strip() else "<br>" for ln in lines) + "</div>"
    if client in ("apple", "iphone"):
        return "".join(f"<div>{esc(ln)}</div>" if ln.strip() else "<div><br></div>" for ln in lines)
    if client == "foxmail":
        return "".join(f"<div>{esc(ln)}</div>" if ln.strip() else "<div><br></div>" for ln in lines)
    return "<p>" + "<br>\n".join(esc(ln) for ln in lines) + "</p>\n"


def wrap_html(inner: str, client: str, charset: str, lang_attr: str = "EN-GB", rtl=False) -> str:
    d = ' dir="rtl"' if rtl else ""
    if client in ("outlook", "outlook_android", "owa"):
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                f'<body lang="{lang_attr}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"{d}>\n'
                f'<div class="WordSection1"{d}>\n{inner}</div>\n</body>\n</html>\n')
    if client == "gmail":
        return inner + "\n"
    if client in ("apple", "iphone"):
        return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head>'
                f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"{d}>'
                + inner + "</body></html>\n")
    if client == "thunderbird":
        return ('<!DOCTYPE html>\n<html>\n  <head>\n'
                f'    <meta http-equiv="Content-Type" content="text/html; charset={charset}">\n  </head>\n'
                f'  <body{d}>\n' + inner + "  </body>\n</html>\n")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
            f'<body{d}>' + inner + "</body></html>\n")


# --------------------------------------------------------------------------
# envelope headers
# --------------------------------------------------------------------------

RCV_HOST = {
    "outlook": "mail-{x}.outbound.protection.outlook.com",
    "outlook_android": "mail-{x}.outbound.protection.outlook.com",
    "gmail": "mail-{x}.google.com",
}


def received(c: Ctx, client: str, sender_domain: str, rcpt: str, date: dt.datetime, ip_tag="ip") -> list[tuple[str, str]]:
    arr = date.astimezone(BUYER_TZ) + dt.timedelta(seconds=c.num("rcvdelay", 2, 14))
    if client in ("outlook", "outlook_android", "outlook_ooo"):
        host = f"mail-{['db8eur05on2071', 'am0eur02on2118', 'fra01on2139', 'eur03on2102', 'vi1eur04on2047'][c.num('h', 0, 4)]}.outbound.protection.outlook.com"
        ip = f"40.107.{c.num('o3', 1, 254)}.{c.num('o4', 1, 254)}"
    elif client == "gmail":
        host = f"mail-{['wm1-f54', 'ej1-f49', 'lf1-f43', 'pl1-f177', 'qt1-f171'][c.num('h', 0, 4)]}.google.com"
        ip = f"209.85.{c.num('o3', 128, 254)}.{c.num('o4', 1, 254)}"
    else:
        host = f"mail.{sender_domain}"
        ip = f"{['192.0.2', '198.51.100', '203.0.113'][c.num('net', 0, 2)]}.{c.num('o4', 1, 254)}"
    qid = c.hex("qid", 10, True)
    return [("Received", f"from {host} ({host} [{ip}]) by mx1.{BUYER_DOMAIN} (Postfix) with ESMTPS id {qid} "
                         f"for <{rcpt}>; {mime.date_header(arr)}")]


def thread_index(c: Ctx) -> str:
    raw = bytes.fromhex(c.hex("ti", 44))
    return base64.b64encode(raw).decode("ascii")


# --------------------------------------------------------------------------
# the generic reply builder
# --------------------------------------------------------------------------

@dataclass
class Att:
    data: bytes
    ctype: str
    filename: str
    cte: str = "base64"
    params: list = field(default_factory=list)


def reply(c: Ctx, po: PO, *, frm: tuple[str, str], date: dt.datetime, body: str, client: str = "outlook",
          lang: str = "en", locale: str | None = None, charset: str = "utf-8", cte: str = "quoted-printable",
          html_cte: str | None = None, html: bool | str = True, quote: str = "below", qstyle: str | None = None,
          prefix: str = "RE:", subject: str | None = None, attachments: list[Att] = (), to=None, cc=None,
          html_body: str | None = None, extra_headers=(), threaded: bool = True, flowed: bool = False,
          attribution: str | None = None, us=False, rtl=False, hdr_charset: str | None = None,
          hdr_mode: str = "B", region="eurprd04", tz_quote=None, mixed_preamble=None,
          return_path: str | None = None) -> bytes:
    """Build a reply to `po`'s request.  body = the new text incl. signature."""
    c.region = region
    hdr_charset = hdr_charset or charset
    if hdr_charset.lower() in ("us-ascii",):
        hdr_charset = "utf-8"
    tzq = tz_quote or date.tzinfo
    qstyle = qstyle or {"outlook": "outlook", "outlook_android": "outlook", "gmail": "gmail", "apple": "apple",
                        "iphone": "apple", "thunderbird": "thunderbird", "foxmail": "foxmail"}.get(client, "outlook")
    # plain text
    if quote == "none":
        plain = body
    else:
        qp_ = quote_plain(po, qstyle, lang, tzq, us=us, attribution=attribution)
        if quote == "below":
            if qstyle.startswith("outlook"):
                plain = body.rstrip("\n") + "\n\n" + qp_
            else:
                plain = body.rstrip("\n") + "\n\n" + qp_
        else:  # above (bottom posting)
            plain = qp_.rstrip("\n") + "\n\n" + body
    parts_alt = []
    if html != "only":
        parts_alt.append(mime.text(plain, "plain", charset, cte, flowed=flowed))
    if html:
        inner = html_body if html_body is not None else html_from_plain(body, client)
        if quote != "none":
            qh = quote_html(po, qstyle if qstyle.startswith("outlook") or qstyle == "foxmail" else client,
                            lang, tzq, us=us, attribution=attribution)
            inner = (inner + "\n" + qh) if quote == "below" else (qh + "\n" + inner)
        lang_attr = (locale or po.supplier.locale).upper()
        parts_alt.append(mime.text(wrap_html(inner, client, charset, lang_attr, rtl), "html", charset, html_cte or cte))
    if len(parts_alt) == 1:
        core = parts_alt[0]
    else:
        core = mime.multipart("alternative", parts_alt, c.boundary(client, "alt"))
    if attachments:
        atts = [mime.attachment(a.data, a.ctype, a.filename, a.cte, params=a.params) for a in attachments]
        top = mime.multipart("mixed", [core] + atts, c.boundary(client, "mixed"), preamble=mixed_preamble)
    else:
        top = core
    # headers
    to_ = to or mime.addr(po.buyer.name, po.buyer.email)
    subj = subject if subject is not None else f"{prefix} {po.subject}".strip()
    mid = c.msgid(client, po.supplier.domain if "@" not in frm[1] else frm[1].split("@")[1], date, region)
    h = [("Return-Path", return_path if return_path is not None else f"<{frm[1]}>")]
    h += received(c, client, frm[1].split("@")[1], po.buyer.email, date)
    h += [("From", mime.addr(frm[0], frm[1], hdr_charset, hdr_mode)), ("To", to_)]
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", mime.enc_words(subj, hdr_charset, hdr_mode)))
    if client in ("outlook", "outlook_android"):
        h.append(("Thread-Topic", mime.enc_words(po.subject, hdr_charset, hdr_mode)))
        h.append(("Thread-Index", thread_index(c)))
    h.append(("Date", mime.date_header(date)))
    h.append(("Message-ID", mid))
    if threaded and po.rid:
        h.append(("References", po.rid))
        h.append(("In-Reply-To", po.rid))
    if client in ("outlook", "outlook_android"):
        loc = locale or po.supplier.locale
        h += [("Accept-Language", f"{loc}, en-US"), ("Content-Language", loc),
              ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
        h = [(k, v) for k, v in h if v != "" or k in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator")]
    elif client == "apple":
        h.append(("X-Mailer", "Apple Mail (2.3826.200.121)"))
    elif client == "iphone":
        h.append(("X-Mailer", "iPhone Mail (22B91)"))
    elif client == "thunderbird":
        h.append(("User-Agent", "Mozilla Thunderbird"))
        h.append(("Content-Language", locale or po.supplier.locale))
    elif client == "foxmail":
        h.append(("X-Priority", "3"))
        h.append(("X-GUID", c.uuid("guid")))
        h.append(("X-Has-Attach", "yes" if attachments else "no"))
        h.append(("X-Mailer", "Foxmail 7.2.25.375[cn]"))
    h += list(extra_headers)
    return mime.message(h, top)


# --------------------------------------------------------------------------
# attribution lines of non-Outlook clients
# --------------------------------------------------------------------------

_WD_ABBR = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "ro": ["lun.", "mar.", "mie.", "joi", "vin.", "sâm.", "dum."],
    "vi": ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"],
    "sk": ["po", "ut", "st", "št", "pi", "so", "ne"],
    "lt": ["pr", "an", "tr", "kt", "pn", "št", "sk"],
    "id": ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}


def attribution(style: str, lang: str, po: PO, tz) -> str:
    t = po.req_dt.astimezone(tz)
    b = po.buyer
    who = f"{b.name} <{b.email}>"
    d, y, h, m = t.day, t.year, t.hour, t.minute
    assert t.month == 11
    wd = _WD_ABBR.get(lang.split("-")[0], _WD_ABBR["en"])[t.weekday()]
    if style == "gmail":
        if lang == "en-US":
            ap = "AM" if h < 12 else "PM"
            return f"On {wd}, Nov {d}, {y} at {(h - 1) % 12 + 1}:{m:02d} {ap} {who} wrote:"
        return {
            "en": f"On {wd}, {d} Nov {y} at {h:02d}:{m:02d}, {who} wrote:",
            "pt": f"Em {wd}, {d} de nov. de {y} às {h:02d}:{m:02d}, {who} escreveu:",
            "ro": f"În {wd}, {d} nov. {y} la {h:02d}:{m:02d}, {who} a scris:",
            "vi": f"Vào {wd}, {d} thg 11, {y} vào lúc {h:02d}:{m:02d} {who} đã viết:",
            "sk": f"{wd} {d}. 11. {y} o {h}:{m:02d} {who} napísal(a):",
            "lt": f"{y}-11-{d:02d}, {wd}, {h:02d}:{m:02d} {who} rašė:",
            "id": f"Pada {wd}, {d} Nov {y} pukul {h:02d}.{m:02d}, {who} menulis:",
            "es": f"El {wd}, {d} nov {y} a las {h}:{m:02d}, {b.name} (<{b.email}>) escribió:",
        }[lang.split("-")[0]]
    if style in ("apple", "iphone"):
        if lang == "en-AU":
            ap = "am" if h < 12 else "pm"
            return f"On {d} Nov {y}, at {(h - 1) % 12 + 1}:{m:02d} {ap}, {who} wrote:"
        return {
            "en": f"On {d} Nov {y}, at {h:02d}:{m:02d}, {who} wrote:",
            "da": f"Den {d}. nov. {y} kl. {h:02d}.{m:02d} skrev {who}:",
            "sl": f"Dne {d}. nov. {y} ob {h:02d}:{m:02d} je oseba {who} napisala:",
        }[lang.split("-")[0]]
    if style == "thunderbird":
        return {
            "fr": f"Le {d:02d}/11/{y} à {h:02d}:{m:02d}, {b.name} a écrit :",
            "et": f"{d:02d}.11.{y} {h:02d}:{m:02d}, {b.name} kirjutas:",
            "en": f"On {d:02d}/11/{y} {h:02d}:{m:02d}, {b.name} wrote:",
        }[lang.split("-")[0]]
    raise ValueError(style)


def tz(s: str) -> dt.timezone:
    sign = 1 if s[0] == "+" else -1
    return dt.timezone(sign * dt.timedelta(hours=int(s[1:3]), minutes=int(s[3:5])))
