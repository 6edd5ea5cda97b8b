"""Purchase orders, labels, date arithmetic and our own outgoing request text."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

D = dt.date
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ------------------------------------------------------------------ dates

def iso(d: dt.date) -> str:
    return d.isoformat()


def wd(d: dt.date, name: str) -> dt.date:
    """Assert that d falls on the named weekday (English) and return it."""
    assert WD[d.weekday()] == name, f"{d} is a {WD[d.weekday()]}, not {name}"
    return d


def week_day(year: int, week: int, weekday: int = 5) -> dt.date:
    """ISO week -> date (weekday 1=Mon .. 5=Fri)."""
    return dt.date.fromisocalendar(year, week, weekday)


def next_on_or_after(mail: dt.date, month: int, day: int) -> dt.date:
    d = dt.date(mail.year, month, day)
    if d < mail:
        d = dt.date(mail.year + 1, month, day)
    return d


def next_weekday(mail: dt.date, weekday: int) -> dt.date:
    """The first given weekday (0=Mon) strictly after the mail date."""
    n = (weekday - mail.weekday()) % 7 or 7
    return mail + dt.timedelta(days=n)


def money(x) -> str:
    """Decimal string with 2 places (or more if needed)."""
    q = Decimal(str(x))
    if q == q.quantize(Decimal("0.01")):
        return str(q.quantize(Decimal("0.01")))
    return str(q.normalize())


def per(price, n) -> str:
    """Price for n units -> price per unit, exact."""
    v = Decimal(str(price)) / Decimal(n)
    return money(v)


def pct(price, p) -> str:
    """PO unit price changed by p percent, exact (asserts at most 4 decimals)."""
    v = Decimal(str(price)) * (Decimal(100) + Decimal(str(p))) / Decimal(100)
    assert v == v.quantize(Decimal("0.0001")), v
    return money(v)


# ------------------------------------------------------------------ parties

class Supplier:
    def __init__(self, id, name, email, locale):
        self.id, self.name, self.email, self.locale = id, name, email, locale

    def json(self):
        return {"id": self.id, "name": self.name, "email": self.email, "locale": self.locale}


class Buyer:
    def __init__(self, name, email, company, phone="", address=""):
        self.name, self.email, self.company, self.phone, self.address = name, email, company, phone, address

    def json(self):
        return {"name": self.name, "email": self.email}


class Line:
    def __init__(self, n, item, desc, qty, uom, price, date):
        self.n, self.item, self.desc, self.qty, self.uom, self.price, self.date = \
            n, item, desc, qty, uom, price, date
        assert isinstance(qty, int) and qty > 0
        Decimal(price)
        dt.date.fromisoformat(date)

    def json(self):
        return {"line": self.n, "item": self.item, "description": self.desc, "quantity": self.qty,
                "uom": self.uom, "unit_price": self.price, "requested_date": self.date}


class PO:
    def __init__(self, number, supplier: Supplier, buyer: Buyer, currency, issued, lines,
                 rid: bool | str = True, sent_time=(9, 30), line_step=1):
        self.number, self.supplier, self.buyer, self.currency, self.issued = number, supplier, buyer, currency, issued
        self.lines = []
        for i, ln in enumerate(lines):
            if isinstance(ln, Line):
                self.lines.append(ln)
            else:
                self.lines.append(Line((i + 1) * line_step, *ln))
        dom = buyer.email.split("@")[1]
        if rid is True:
            self.rid = f"<po-{number}.1@{dom}>"
        elif rid:
            self.rid = rid
        else:
            self.rid = None
        self.sent_time = sent_time

    def line(self, n) -> Line:
        for ln in self.lines:
            if ln.n == n:
                return ln
        raise KeyError(n)

    @property
    def issued_date(self):
        return dt.date.fromisoformat(self.issued)

    @property
    def subject(self):
        return f"Purchase order {self.number} - please confirm"

    def json(self):
        d = {"po_number": self.number, "supplier": self.supplier.json(), "buyer": self.buyer.json(),
             "currency": self.currency, "issued": self.issued}
        if self.rid:
            d["request_message_id"] = self.rid
        d["lines"] = [ln.json() for ln in self.lines]
        return d

    # -------------------------------------------------------------- our request mail
    def request_text(self, greeting="Hello,", sign=True) -> str:
        b = self.buyer
        rows = []
        w_item = max(len("Item"), *(len(ln.item) for ln in self.lines))
        w_desc = max(len("Description"), *(len(ln.desc) for ln in self.lines))
        rows.append(f"{'Ln':<3} {'Item':<{w_item}}  {'Description':<{w_desc}}  {'Qty':>6} {'UoM':<4} "
                    f"{'Price ' + self.currency:>11}  Need by")
        for ln in self.lines:
            rows.append(f"{ln.n:<3} {ln.item:<{w_item}}  {ln.desc:<{w_desc}}  {ln.qty:>6} {ln.uom:<4} "
                        f"{ln.price:>11}  {ln.date}")
        body = (f"{greeting}\n\n"
                f"please find below our purchase order {self.number} dated {self.issued}.\n"
                f"Kindly confirm quantities, unit prices and delivery dates by return mail.\n\n"
                + "\n".join(rows) + "\n\n"
                f"Prices in {self.currency}, per unit of measure shown. Please quote our PO number on all documents.\n")
        if sign:
            body += f"\nBest regards\n{b.name}\nPurchasing | {b.company}\n"
            if b.phone:
                body += f"{b.phone}\n"
        return body

    def sent_dt(self):
        return dt.datetime.combine(self.issued_date, dt.time(*self.sent_time))


# ------------------------------------------------------------------ quoted-header blocks

_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject", "Cc"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Cc"),
    "fr": ("De", "Envoyé", "À", "Objet", "Cc"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "CC"),
    "es": ("De", "Enviado el", "Para", "Asunto", "CC"),
    "it": ("Da", "Inviato", "A", "Oggetto", "Cc"),
    "pt": ("De", "Enviada em", "Para", "Assunto", "Cc"),
    "pl": ("Od", "Wysłano", "Do", "Temat", "DW"),
    "sv": ("Från", "Skickat", "Till", "Ämne", "Kopia"),
    "da": ("Fra", "Sendt", "Til", "Emne", "Cc"),
    "nb": ("Fra", "Sendt", "Til", "Emne", "Kopi"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět", "Kopie"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy", "Másolatot kap"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe", "Kopio"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu", "Bilgi"),
    "ro": ("De la", "Trimis", "Către", "Subiect", "Cc"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet", "Kopija"),
}

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
}
_DAYS = {
    "en": WD,
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
}


def sent_stamp(t: dt.datetime, lang: str = "en-US") -> str:
    lg = lang.split("-")[0]
    if lang == "en-US":
        h = t.hour % 12 or 12
        ap = "AM" if t.hour < 12 else "PM"
        return f"{WD[t.weekday()]}, {_MONTHS['en'][t.month - 1]} {t.day}, {t.year} {h}:{t.minute:02d} {ap}"
    if lg == "en":
        return f"{WD[t.weekday()]}, {t.day} {_MONTHS['en'][t.month - 1]} {t.year} {t.hour:02d}:{t.minute:02d}"
    if lg == "de":
        return f"{_DAYS['de'][t.weekday()]}, {t.day}. {_MONTHS['de'][t.month - 1]} {t.year} {t.hour:02d}:{t.minute:02d}"
    if lg in ("fr", "nl", "it"):
        return f"{_DAYS[lg][t.weekday()]} {t.day} {_MONTHS[lg][t.month - 1]} {t.year} {t.hour:02d}:{t.minute:02d}"
    if lg in ("es", "pt"):
        return f"{_DAYS[lg][t.weekday()]}, {t.day} de {_MONTHS[lg][t.month - 1]} de {t.year} {t.hour:02d}:{t.minute:02d}"
    return f"{t.day:02d}.{t.month:02d}.{t.year} {t.hour:02d}:{t.minute:02d}"


def outlook_block(po: PO, lang: str = "en-US", to_name: str | None = None) -> str:
    """The 'From: / Sent: / To: / Subject:' block Outlook puts above the quoted mail."""
    lg = lang.split("-")[0]
    f, s, t, sub, _cc = _OUTLOOK_LABELS.get(lg, _OUTLOOK_LABELS["en"])
    sp = " " if lg == "fr" else ""
    sup = po.supplier
    return (f"{f}{sp}: {po.buyer.name} <{po.buyer.email}>\n"
            f"{s}{sp}: {sent_stamp(po.sent_dt(), lang)}\n"
            f"{t}{sp}: {to_name or sup.name} <{sup.email}>\n"
            f"{sub}{sp}: {po.subject}\n")


def outlook_block_html(po: PO, lang: str = "en-US", to_name: str | None = None) -> str:
    from .mime import esc
    lines = outlook_block(po, lang, to_name).strip().split("\n")
    out = []
    for ln in lines:
        k, v = ln.split(":", 1)
        out.append(f"<b>{esc(k)}:</b>{esc(v)}")
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal">' + "<br>\n".join(out) + "</p>\n</div>")


def gmail_attrib(po: PO, lang: str = "en") -> str:
    t = po.sent_dt()
    b = po.buyer
    lg = lang.split("-")[0]
    if lg == "en":
        h = t.hour % 12 or 12
        ap = "AM" if t.hour < 12 else "PM"
        return (f"On {WD[t.weekday()][:3]}, {_MONTHS['en'][t.month - 1][:3]} {t.day}, {t.year} at "
                f"{h}:{t.minute:02d} {ap} {b.name} <{b.email}> wrote:")
    if lg == "de":
        return (f"Am {_DAYS['de'][t.weekday()][:2]}., {t.day}. {_MONTHS['de'][t.month - 1][:3]}. {t.year} um "
                f"{t.hour:02d}:{t.minute:02d} Uhr schrieb {b.name} <{b.email}>:")
    if lg == "fr":
        fr_abbr = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
        return (f"Le {_DAYS['fr'][t.weekday()][:3]}. {t.day} {fr_abbr[t.month - 1]} {t.year} à "
                f"{t.hour:02d}:{t.minute:02d}, {b.name} <{b.email}> a écrit :")
    if lg == "es":
        return (f"El {_DAYS['es'][t.weekday()][:3]}, {t.day} {_MONTHS['es'][t.month - 1][:3]} {t.year} a las "
                f"{t.hour}:{t.minute:02d}, {b.name} (<{b.email}>) escribió:")
    if lg == "pt":
        return (f"Em {_DAYS['pt'][t.weekday()][:3]}., {t.day} de {_MONTHS['pt'][t.month - 1][:3]}. de {t.year} "
                f"às {t.hour:02d}:{t.minute:02d}, {b.name} <{b.email}> escreveu:")
    if lg == "it":
        return (f"Il giorno {_DAYS['it'][t.weekday()][:3]} {t.day} {_MONTHS['it'][t.month - 1][:3]} {t.year} alle "
                f"ore {t.hour:02d}:{t.minute:02d} {b.name} <{b.email}> ha scritto:")
    if lg == "nl":
        return (f"Op {_DAYS['nl'][t.weekday()][:2]} {t.day} {_MONTHS['nl'][t.month - 1][:3]} {t.year} om "
                f"{t.hour:02d}:{t.minute:02d} schreef {b.name} <{b.email}>:")
    raise ValueError(lang)


def apple_attrib(po: PO) -> str:
    t = po.sent_dt()
    return (f"On {t.day} {_MONTHS['en'][t.month - 1][:3]} {t.year}, at {t.hour:02d}:{t.minute:02d}, "
            f"{po.buyer.name} <{po.buyer.email}> wrote:")


# ------------------------------------------------------------------ labels

ACC = "A"
REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def chg(quantity, unit_price, date, schedule=None):
    d = {"status": "changed", "quantity": quantity, "unit_price": str(unit_price),
         "date": date.isoformat() if isinstance(date, dt.date) else date}
    if schedule:
        d["schedule"] = [{"quantity": q, "date": x.isoformat() if isinstance(x, dt.date) else x}
                         for q, x in schedule]
        assert sum(q for q, _ in schedule) == quantity
        assert d["schedule"][-1]["date"] == d["date"]
    return d


def conf(po: PO, labels: dict) -> dict:
    out = {}
    nums = [ln.n for ln in po.lines]
    assert set(labels) == set(nums), (po.number, sorted(labels), nums)
    for ln in po.lines:
        lab = labels[ln.n]
        if lab == ACC:
            lab = {"status": "accepted", "quantity": ln.qty, "unit_price": ln.price, "date": ln.date}
        elif lab["status"] == "changed":
            same = (lab["quantity"] == ln.qty and Decimal(lab["unit_price"]) == Decimal(ln.price)
                    and lab["date"] == ln.date)
            assert not same or "schedule" in lab, f"{po.number} line {ln.n}: changed equals PO"
        out[str(ln.n)] = lab
    return {"po_number": po.number, "lines": out}


def confirmation(notes: str, *confs) -> dict:
    return {"kind": "confirmation", "confirmations": list(confs), "notes": notes}


def other(kind: str, notes: str) -> dict:
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}
