"""Registry, PO model, label helpers, the buyer's request text and the mail
assembler shared by all case modules of batch AY."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal

from . import mime
from .body import P, Q, Raw, Sig, T, render_html, render_plain  # noqa: F401  (re-exported)

# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

REG: list[tuple[str, str, str, object]] = []


def case(slug: str, kindloc: str, hard: str):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


# ---------------------------------------------------------------------------
# buyer side
# ---------------------------------------------------------------------------

BUYER_CO = "Kestrel Sourcing Ltd"
BUYER_DOMAIN = "kestrel-sourcing.example"
BUYER_ADDR = "Central Warehouse, Avonmouth Way, Bristol BS11 9YA, United Kingdom"
BUYERS = {
    "hp": ("Hannah Pike", "hannah.pike@kestrel-sourcing.example", "+44 117 496 0731"),
    "mv": ("Marco Vidal", "marco.vidal@kestrel-sourcing.example", "+44 117 496 0745"),
    "ik": ("Ines Kowalski", "ines.kowalski@kestrel-sourcing.example", "+44 117 496 0752"),
    "do": ("David Osei", "david.osei@kestrel-sourcing.example", "+44 117 496 0768"),
}


@dataclass
class Supplier:
    id: str
    name: str
    email: str
    locale: str
    contact: str = ""

    def json(self):
        return {"id": self.id, "name": self.name, "email": self.email, "locale": self.locale}


@dataclass
class Line:
    line: int
    item: str
    desc: str
    qty: int
    uom: str
    price: str
    date: str

    def json(self):
        return {"line": self.line, "item": self.item, "description": self.desc, "quantity": self.qty,
                "uom": self.uom, "unit_price": self.price, "requested_date": self.date}


@dataclass
class PO:
    number: str
    sup: Supplier
    buyer: str
    currency: str
    issued: str
    lines: list
    req_time: str = "09:12:00"       # time of the acknowledgement request (UK time)
    req_day: str | None = None        # date of the request; default: issued
    has_request: bool = True
    subject: str | None = None
    note: str | None = None           # extra paragraph in the request

    @property
    def req_id(self):
        d = (self.req_day or self.issued).replace("-", "")
        return f"<po-{self.number}.{d}.ack@{BUYER_DOMAIN}>" if self.has_request else None

    @property
    def req_subject(self):
        return self.subject or f"Purchase order {self.number} - request for order confirmation"

    @property
    def req_dt(self):
        d = dt.date.fromisoformat(self.req_day or self.issued)
        h, m, s = map(int, self.req_time.split(":"))
        return dt.datetime(d.year, d.month, d.day, h, m, s, tzinfo=dt.timezone.utc)

    @property
    def b(self):
        return BUYERS[self.buyer]

    def L(self, n):
        return self.lines[n - 1]

    def json(self):
        d = {"po_number": self.number, "supplier": self.sup.json(),
             "buyer": {"name": self.b[0], "email": self.b[1]}, "currency": self.currency,
             "issued": self.issued}
        if self.has_request:
            d["request_message_id"] = self.req_id
        d["lines"] = [ln.json() for ln in self.lines]
        return d


def lines(*rows):
    return [Line(i, *r) for i, r in enumerate(rows, 1)]


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------

def dec(x) -> str:
    d = Decimal(str(x))
    s = format(d.normalize(), "f")
    if "." in s:
        ip, fp = s.split(".")
        fp = fp.ljust(2, "0")
        s = ip + "." + fp
    else:
        s = s + ".00"
    return s


def acc(po: PO, n: int):
    ln = po.L(n)
    return {"status": "accepted", "quantity": ln.qty, "unit_price": ln.price, "date": ln.date}


def chg(po: PO, n: int, q=None, p=None, d=None, sched=None):
    ln = po.L(n)
    q = ln.qty if q is None else q
    p = ln.price if p is None else (p if isinstance(p, str) else dec(p))
    assert p.replace(".", "", 1).isdigit(), p
    if sched:
        assert sum(x[0] for x in sched) == q, (po.number, n, "schedule sum")
        d = d or max(x[1] for x in sched)
        assert d == max(x[1] for x in sched)
    d = ln.date if d is None else d
    dt.date.fromisoformat(d)
    out = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if sched:
        out["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
    assert sched or (q != ln.qty or Decimal(p) != Decimal(ln.price) or d != ln.date), (po.number, n, "not changed")
    return out


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po: PO, labels: dict):
    assert sorted(labels) == [ln.line for ln in po.lines], (po.number, "labels must cover every line")
    return {"po_number": po.number, "lines": {str(k): v for k, v in sorted(labels.items())}}


def expected(kind: str, notes: str, confs=None):
    d = {"kind": kind}
    if kind == "confirmation":
        assert confs
        d["confirmations"] = confs
    else:
        assert not confs
    d["notes"] = notes
    return d


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def D(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def wd(iso: str) -> str:
    return WD_EN[D(iso).weekday()]


def check_wd(iso: str, name: str):
    assert wd(iso).startswith(name), (iso, wd(iso), name)


def iso_friday(year: int, week: int) -> str:
    return dt.date.fromisocalendar(year, week, 5).isoformat()


def plus_days(iso: str, n: int) -> str:
    return (D(iso) + dt.timedelta(days=n)).isoformat()


def rfc_date(local: str) -> str:
    """'2026-11-10 14:32:05 +0100' -> 'Tue, 10 Nov 2026 14:32:05 +0100'"""
    d, t, z = local.split()
    x = D(d)
    return f"{WD_EN[x.weekday()][:3]}, {x.day} {MON_EN[x.month - 1][:3]} {x.year} {t} {z}"


def parse_local(local: str) -> dt.datetime:
    d, t, z = local.split()
    sign = 1 if z[0] == "+" else -1
    off = dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])) * sign
    return dt.datetime.fromisoformat(f"{d}T{t}").replace(tzinfo=dt.timezone(off))


def utc_str(local: str, plus_seconds=0) -> str:
    x = parse_local(local).astimezone(dt.timezone.utc) + dt.timedelta(seconds=plus_seconds)
    return f"{WD_EN[x.weekday()][:3]}, {x.day} {MON_EN[x.month - 1][:3]} {x.year} {x:%H:%M:%S} +0000"


# Localised pieces for quote headers -----------------------------------------

_OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
    "ca": ("De:", "Enviat el:", "Per a:", "A/c:", "Assumpte:"),
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"),
    "pt": ("De:", "Enviado:", "Para:", "Cc:", "Assunto:"),
    "pl": ("Od:", "Wysłano:", "Do:", "DW:", "Temat:"),
    "cs": ("Od:", "Odesláno:", "Komu:", "Kopie:", "Předmět:"),
    "sk": ("Od:", "Odoslané:", "Komu:", "Kópia:", "Predmet:"),
    "hu": ("Feladó:", "Elküldve:", "Címzett:", "Másolatot kap:", "Tárgy:"),
    "ro": ("De la:", "Trimis:", "Către:", "Cc:", "Subiect:"),
    "sv": ("Från:", "Skickat:", "Till:", "Kopia:", "Ämne:"),
    "da": ("Fra:", "Sendt:", "Til:", "Cc:", "Emne:"),
    "nb": ("Fra:", "Sendt:", "Til:", "Kopi:", "Emne:"),
    "fi": ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Kopio:", "Aihe:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Bilgi:", "Konu:"),
    "hr": ("Šalje:", "Poslano:", "Prima:", "Cc:", "Predmet:"),
    "sl": ("Od:", "Poslano:", "Za:", "Kp:", "Zadeva:"),
    "sr": ("Od:", "Poslato:", "Za:", "Cc:", "Tema:"),
    "bg": ("От:", "Изпратено:", "До:", "Копие:", "Тема:"),
    "ru": ("От:", "Отправлено:", "Кому:", "Копия:", "Тема:"),
    "uk": ("Від:", "Надіслано:", "Кому:", "Копія:", "Тема:"),
    "el": ("Από:", "Στάλθηκε:", "Προς:", "Κοιν.:", "Θέμα:"),
    "et": ("Saatja:", "Saadetud:", "Adressaat:", "Koopia:", "Teema:"),
    "lv": ("No:", "Nosūtīts:", "Kam:", "Kopija:", "Tēma:"),
    "lt": ("Nuo:", "Išsiųsta:", "Kam:", "Kopija:", "Tema:"),
    "he": ("מאת:", "נשלח:", "אל:", "עותק:", "נושא:"),
    "ar": ("من:", "تم الإرسال:", "إلى:", "نسخة:", "الموضوع:"),
    "ja": ("差出人:", "送信日時:", "宛先:", "CC:", "件名:"),
    "zh": ("发件人:", "发送时间:", "收件人:", "抄送:", "主题:"),
    "zt": ("寄件者:", "寄件日期:", "收件者:", "副本:", "主旨:"),
    "ko": ("보낸 사람:", "보낸 날짜:", "받는 사람:", "참조:", "제목:"),
    "id": ("Dari:", "Dikirim:", "Kepada:", "Cc:", "Perihal:"),
    "ms": ("Daripada:", "Dihantar:", "Kepada:", "Sk:", "Subjek:"),
    "vi": ("Từ:", "Đã gửi:", "Đến:", "Cc:", "Chủ đề:"),
    "th": ("จาก:", "ส่ง:", "ถึง:", "สำเนาถึง:", "เรื่อง:"),
    "lt2": ("Nuo:", "Išsiųsta:", "Kam:", "Kopija:", "Tema:"),
}

_LONG = {
    "de": (["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
           ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember"], "{W}, {d}. {M} {y} {t}"),
    "fr": (["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
           ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre"], "{W} {d} {M} {y} {t}"),
    "es": (["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
           ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre"], "{W}, {d} de {M} de {y} {t}"),
    "ca": (["dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"],
           ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre",
            "novembre", "desembre"], "{W}, {d} de {M} de {y} {t}"),
    "it": (["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
           ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
            "ottobre", "novembre", "dicembre"], "{W} {d} {M} {y} {t}"),
    "nl": (["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
           ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december"], "{W} {d} {M} {y} {t}"),
    "pt": (["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
           ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro"], "{W}, {d} de {M} de {y} {t}"),
    "sv": (["den"] * 7, ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                         "oktober", "november", "december"], "{W} {d} {M} {y} {t}"),
    "da": (["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
           ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
            "november", "december"], "{W} den {d}. {M} {y} {t}"),
    "nb": (["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
           ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
            "november", "desember"], "{W} {d}. {M} {y} {t}"),
    "pl": (["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
           ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
            "października", "listopada", "grudnia"], "{W}, {d} {M} {y} {t}"),
    "cs": (["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
           ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
            "listopadu", "prosince"], "{W} {d}. {M} {y} {t}"),
    "sk": (["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"],
           ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
            "novembra", "decembra"], "{W} {d}. {M} {y} {t}"),
    "sr": (["ponedeljak", "utorak", "sreda", "četvrtak", "petak", "subota", "nedelja"],
           ["januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar", "oktobar",
            "novembar", "decembar"], "{W}, {d}. {M} {y}. {t}"),
    "bg": (["понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"],
           ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
            "ноември", "декември"], "{W}, {d} {M} {y} г. {t}"),
    "uk": (["понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя"],
           ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
            "листопада", "грудня"], "{W}, {d} {M} {y} р. {t}"),
    "el": (["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
           ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
            "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"], "{W}, {d} {M} {y} {t}"),
    "et": (["esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev"],
           ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
            "november", "detsember"], "{W}, {d}. {M} {y} {t}"),
    "ar": (["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
           ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
            "ديسمبر"], "{W}، {d} {M} {y} {t}"),
    "ms": (["Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad"],
           ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober",
            "November", "Disember"], "{W}, {d} {M} {y} {t}"),
    "en-GB": (WD_EN, MON_EN, "{W}, {d} {M} {y} {t}"),
}


def sent_str(lang: str, when: dt.datetime) -> str:
    t = f"{when:%H:%M}"
    if lang == "en":
        h = when.hour % 12 or 12
        return f"{WD_EN[when.weekday()]}, {MON_EN[when.month - 1]} {when.day}, {when.year} {h}:{when:%M} " \
               f"{'AM' if when.hour < 12 else 'PM'}"
    if lang in _LONG:
        W, M, fmt = _LONG[lang]
        return fmt.format(W=W[when.weekday()], d=when.day, M=M[when.month - 1], y=when.year, t=t)
    return f"{when:%d.%m.%Y} {t}"


def outlook_header(po: PO, lang: str = "en", sent: str | None = None, to: str | None = None,
                   cc: str | None = None, subject: str | None = None, tz: float = 0) -> list[str]:
    """Outlook's 'From/Sent/To/Subject' block; tz = the quoting client's UTC offset in hours."""
    lab = _OUTLOOK_LABELS[lang]
    name, email, _ = po.b
    fr = f"{name} <{email}>"
    s = sent or sent_str(lang if lang != "en" else "en-GB", po.req_dt + dt.timedelta(hours=tz))
    out = [f"{lab[0]} {fr}", f"{lab[1]} {s}", f"{lab[2]} {to or po.sup.email}"]
    if cc:
        out.append(f"{lab[3]} {cc}")
    out.append(f"{lab[4]} {subject or po.req_subject}")
    return out


# ---------------------------------------------------------------------------
# the buyer's acknowledgement request
# ---------------------------------------------------------------------------

def fmt_iso_long(iso: str) -> str:
    x = D(iso)
    return f"{x.day} {MON_EN[x.month - 1][:3]} {x.year}"


def request_table(po: PO, pipes=False) -> T:
    rows = [["Line", "Item", "Description", "Qty", "UoM", f"Unit price {po.currency}", "Requested date"]]
    for ln in po.lines:
        rows.append([str(ln.line), ln.item, ln.desc, str(ln.qty), ln.uom, ln.price, ln.date])
    return T(rows, pipes=pipes, right={3, 5})


def request_blocks(po: PO, greeting: str | None = None) -> list:
    name, email, phone = po.b
    g = greeting or (f"Dear {po.sup.contact}," if po.sup.contact else "Dear Sir or Madam,")
    out = [P(g),
           P(f"Please find below our purchase order {po.number} dated {fmt_iso_long(po.issued)}. "
             "Kindly confirm quantities, unit prices and delivery dates by return mail, line by line."),
           request_table(po),
           P(f"Delivery address: {BUYER_CO}, {BUYER_ADDR}\nIncoterms: DAP Bristol - payment 60 days net")]
    if po.note:
        out.append(P(po.note))
    out.append(P(f"Kind regards\n{name}\nPurchasing | {BUYER_CO}\nT {phone}\n{email}"))
    return out


def request_plain(po: PO) -> str:
    return render_plain(request_blocks(po))


def request_message(po: PO, to: str | None = None) -> bytes:
    """Our own outgoing request as it left the buyer's Outlook (used inside bounces and forwards)."""
    name, email, _ = po.b
    blocks = request_blocks(po)
    plain = render_plain(blocks)
    html = render_html(blocks, "outlook", lang="EN-GB")
    bnd = "_000_" + hashlib.sha1(po.number.encode()).hexdigest()[:32].upper() + "LO2P265MB_"
    root = mime.multipart("alternative", [mime.text(plain, "plain", "us-ascii" if plain.isascii() else "utf-8"),
                                          mime.text(html, "html", "us-ascii" if html.isascii() else "utf-8")], bnd)
    when = po.req_dt
    hdrs = [("From", mime.addr(name, email)), ("To", to or po.sup.email), ("Subject", po.req_subject),
            ("Thread-Topic", po.req_subject),
            ("Thread-Index", base64.b64encode(hashlib.sha1(("ti" + po.number).encode()).digest()[:22]).decode()),
            ("Date", rfc_date(f"{when:%Y-%m-%d %H:%M:%S} +0000")),
            ("Message-ID", po.req_id or f"<po-{po.number}@{BUYER_DOMAIN}>"),
            ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return mime.message(hdrs, root)


# ---------------------------------------------------------------------------
# deterministic ids
# ---------------------------------------------------------------------------

class Ctx:
    def __init__(self, slug: str):
        self.slug = slug

    def hx(self, salt: str, n: int = 16, upper=False) -> str:
        h = hashlib.sha256((self.slug + "|" + salt).encode()).hexdigest()
        while len(h) < n:
            h += hashlib.sha256(h.encode()).hexdigest()
        h = h[:n]
        return h.upper() if upper else h

    def b64(self, salt: str, n: int) -> str:
        raw = hashlib.sha256((self.slug + "|" + salt).encode()).digest() * 4
        s = base64.b64encode(raw).decode().replace("+", "").replace("/", "").replace("=", "")
        return s[:n]

    def uuid(self, salt: str, upper=True) -> str:
        h = self.hx(salt, 32, upper)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'A' if upper else 'a'}{h[17:20]}-{h[20:32]}"

    def boundary(self, client: str, n: int = 0) -> str:
        s = f"b{n}"
        if client == "outlook":
            return f"_{n:03d}_" + self.hx(s, 24, True) + "PR3P192MB_"
        if client in ("gmail", "gmail-android"):
            return "0000000000" + self.hx(s, 18)
        if client in ("apple", "iphone"):
            return "Apple-Mail=_" + self.uuid(s)
        if client == "thunderbird":
            return "------------" + self.b64(s, 24)
        return "----=_Part_" + str(int(self.hx(s, 8), 16) % 900000 + 100000) + "_" + \
               str(int(self.hx(s + "x", 8), 16)) + ".17" + str(int(self.hx(s + "y", 6), 16) % 10 ** 11)

    def msgid(self, client: str, domain: str) -> str:
        if client == "outlook":
            p = "AS8PR0" + str(int(self.hx("m1", 2), 16) % 9 + 1) + "MB" + str(int(self.hx("m2", 4), 16) % 9000 + 1000)
            return f"<{p}{self.hx('mid', 24, True)}@{p}.eurprd0{int(self.hx('m3', 1), 16) % 8 + 1}.prod.outlook.com>"
        if client == "outlook-onprem":
            return f"<{self.hx('mid', 32)}@{domain.split('.')[0].upper()}-EX01.{domain}>"
        if client in ("gmail", "gmail-android"):
            return f"<CA{self.b64('mid', 52)}@mail.gmail.com>"
        if client in ("apple", "iphone"):
            return f"<{self.uuid('mid')}@{domain}>"
        if client == "thunderbird":
            return f"<{self.uuid('mid', upper=False)}@{domain}>"
        return f"<{self.hx('mid', 20)}.{int(self.hx('m9', 6), 16)}@{domain}>"


# ---------------------------------------------------------------------------
# mail assembly
# ---------------------------------------------------------------------------

CLIENT_FLAVOR = {"outlook": "outlook", "outlook-onprem": "outlook", "gmail": "gmail", "gmail-android": "gmail",
                 "apple": "apple", "iphone": "apple", "thunderbird": "thunderbird"}


def mail(c: Ctx, *, client: str, frm: tuple, to: list, subject: str, date: str,
         blocks=None, plain: str | None = None, html: str | None = None,
         charset: str = "utf-8", cte: str = "quoted-printable", html_cte: str | None = None,
         html_charset: str | None = None, reply_to=None, refs=None, cc=None, lang: str | None = None,
         attachments=(), html_only=False, plain_only=False, rtl=False, extra=(), mid: str | None = None,
         name_charset: str | None = None, flowed=False, related=(), mailer: str | None = None,
         received=True, hdr_enc="B", rcpt: str | None = None) -> bytes:
    """frm = (name, email); to = [(name, email), ...]; reply_to = PO | msg-id | None."""
    flavor = CLIENT_FLAVOR.get(client, "generic")
    hcs = name_charset or charset
    if charset.lower() in ("us-ascii",):
        hcs = "utf-8"
    if plain is None and blocks is not None:
        plain = render_plain(blocks)
    if html is None and blocks is not None and not plain_only:
        html = render_html(blocks, flavor, lang=lang, rtl=rtl, charset=html_charset or charset)
    hcs_html = html_charset or charset
    parts = []
    if not html_only:
        parts.append(mime.text(plain, "plain", charset, cte, flowed=flowed))
    if html is not None and not plain_only:
        parts.append(mime.text(html, "html", hcs_html, html_cte or cte))
    if len(parts) == 2:
        body = mime.multipart("alternative", parts, c.boundary(client, 1))
    else:
        body = parts[0]
    if related:
        body = mime.multipart("related", [body] + list(related), c.boundary(client, 2), 'type="multipart/alternative"'
                              if len(parts) == 2 else 'type="text/html"')
    if attachments:
        root = mime.multipart("mixed", [body] + list(attachments), c.boundary(client, 0))
    else:
        root = body

    domain = frm[1].split("@")[1]
    mid = mid or c.msgid(client, domain)
    in_reply, references = None, None
    if reply_to is not None:
        rid = reply_to.req_id if isinstance(reply_to, PO) else reply_to
        if rid:
            in_reply = rid
            references = " ".join(([refs] if isinstance(refs, str) else list(refs or [])) + [rid]) if refs else rid
    fr = mime.addr(frm[0], frm[1], hcs, hdr_enc)
    tos = ", ".join(mime.addr(n, e, hcs, hdr_enc) for n, e in to)
    ccs = ", ".join(mime.addr(n, e, hcs, hdr_enc) for n, e in cc) if cc else None
    subj = mime.hval(subject, hcs if hcs.lower() != "us-ascii" else "utf-8", hdr_enc)
    date_h = rfc_date(date)

    trace = []
    if received:
        rcpt = rcpt or to[0][1]
        trace = [("Return-Path", f"<{frm[1]}>"),
                 ("Delivered-To", rcpt),
                 ("Received", f"from mail.{domain} (mail.{domain} [198.51.100.{int(c.hx('ip', 2), 16) % 200 + 20}])\r\n"
                              f"\tby mx1.{BUYER_DOMAIN} (Postfix) with ESMTPS id {c.hx('qid', 10, True)}\r\n"
                              f"\tfor <{rcpt}>; {utc_str(date, 4 + int(c.hx('dl', 2), 16) % 40)}")]
    h = []
    if client in ("outlook", "outlook-onprem"):
        h = [("From", fr), ("To", tos)] + ([("CC", ccs)] if ccs else []) + [
            ("Subject", subj), ("Thread-Topic", mime.hval(subject.split(": ", 1)[-1], hcs if hcs.lower() != "us-ascii" else "utf-8")),
            ("Thread-Index", "A" + c.b64("ti", 23) + "==")]
        h.append(("Date", date_h))
        h.append(("Message-ID", mid))
        if references:
            h.append(("References", references))
        if in_reply:
            h.append(("In-Reply-To", in_reply))
        h += [("Accept-Language", f"{lang or 'en-US'}, en-US"), ("Content-Language", lang or "en-US"),
              ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
        if client == "outlook":
            h.append(("x-ms-exchange-organization-authas", "Anonymous"))
        h += list(extra)
        hs = trace + h + root.headers + [("MIME-Version", "1.0")]
    elif client in ("gmail", "gmail-android"):
        h = [("MIME-Version", "1.0")]
        if references:
            h.append(("References", references))
        if in_reply:
            h.append(("In-Reply-To", in_reply))
        h += [("From", fr), ("Date", date_h), ("Message-ID", mid), ("Subject", subj), ("To", tos)]
        if ccs:
            h.append(("Cc", ccs))
        h += list(extra)
        hs = trace + h + root.headers
    elif client in ("apple", "iphone"):
        h = [("Content-Type", None)]
        h += [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))" if client == "apple"
               else "1.0 (1.0)"),
              ("Subject", subj), ("From", fr), ("In-Reply-To", in_reply), ("Date", date_h)]
        if ccs:
            h.append(("Cc", ccs))
        h += [("Content-Transfer-Encoding", None), ("Message-Id", mid), ("References", references), ("To", tos),
              ("X-Mailer", mailer or ("Apple Mail (2.3826.300.87.4.3)" if client == "apple" else "iPhone Mail (22B91)"))]
        h += list(extra)
        rh = dict(root.headers)
        out = []
        for n, v in h:
            if n == "Content-Type":
                out.append((n, rh["Content-Type"]))
            elif n == "Content-Transfer-Encoding":
                if "Content-Transfer-Encoding" in rh:
                    out.append((n, rh["Content-Transfer-Encoding"]))
            elif v is not None:
                out.append((n, v))
        for n, v in root.headers:
            if n not in ("Content-Type", "Content-Transfer-Encoding"):
                out.append((n, v))
        hs = trace + out
    else:
        h = [("Message-ID", mid), ("Date", date_h)]
        if client == "thunderbird":
            h += [("MIME-Version", "1.0"), ("User-Agent", mailer or "Mozilla Thunderbird")]
        else:
            h += [("MIME-Version", "1.0")]
            if mailer:
                h.append(("X-Mailer", mailer))
        if lang and client == "thunderbird":
            h.append(("Content-Language", lang))
        if references:
            h.append(("References", references))
        if in_reply:
            h.append(("In-Reply-To", in_reply))
        h += [("From", fr), ("To", tos)]
        if ccs:
            h.append(("Cc", ccs))
        h += [("Subject", subj)] + list(extra)
        hs = trace + h + root.headers
    p = mime.Part(hs, root.body, root.parts, root.boundary, root.preamble, root.epilogue)
    return p.to_bytes()


def q_gt(po: PO, header: str) -> Q:
    return Q(header, request_blocks(po), "gt")


def q_outlook(po: PO, lang: str = "en", **kw) -> Q:
    return Q(outlook_header(po, lang, **kw), request_blocks(po), "outlook")


def buyer(po: PO):
    n, e, _ = po.b
    return (n, e)


def reply_subject(po: PO, prefix="RE: ") -> str:
    return prefix + po.req_subject
