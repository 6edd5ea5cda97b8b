"""PO builders, date helpers, quoting helpers and expected-label builders."""
import datetime as dt
from decimal import Decimal

BUYER_CO = "Larkspur Trading Group"
BUYER_DOMAIN = "larkspur-trading.example"
PURCHASING = ("Larkspur Purchasing", "purchasing@larkspur-trading.example")

BUYERS = {
    "maren": ("Maren Oyelaran", "m.oyelaran@larkspur-trading.example", "+31 10 555 0142"),
    "felix": ("Felix Brandauer", "f.brandauer@larkspur-trading.example", "+31 10 555 0157"),
    "aiko": ("Aiko Lindqvist", "a.lindqvist@larkspur-trading.example", "+31 10 555 0163"),
    "samuel": ("Samuel Okafor", "s.okafor@larkspur-trading.example", "+31 10 555 0171"),
}

WAREHOUSE = "Larkspur Trading Group, Central Warehouse, Waalhaven Z.z. 48, 3089 JH Rotterdam, NL"

WEEKDAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS_EN_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]


def d(s):
    return dt.date.fromisoformat(s)


def iso_week_day(year, week, weekday=5):
    """Date of weekday (1=Mon..7=Sun) in ISO week; default Friday."""
    return dt.date.fromisocalendar(year, week, weekday).isoformat()


def rfc_date(y, mo, da, h, mi, s=0, tz="+0100"):
    wd = WEEKDAYS_EN[dt.date(y, mo, da).weekday()]
    return f"{wd}, {da} {MONTHS_EN[mo - 1]} {y} {h:02d}:{mi:02d}:{s:02d} {tz}"


def supplier(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def ln(n, item, desc, qty, uom, price, date):
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def mkpo(number, sup, buyer, currency, issued, lines, request=True):
    name, email, _ = BUYERS[buyer]
    po = {"po_number": number, "supplier": sup, "buyer": {"name": name, "email": email},
          "currency": currency, "issued": issued}
    if request:
        po["request_message_id"] = f"<ack-{number}.{issued.replace('-', '')}@{BUYER_DOMAIN}>"
    po["lines"] = lines
    return po


def req_time(po):
    """Deterministic time of day our acknowledgment request was sent (local +0100)."""
    n = int(po["po_number"][-4:])
    return 8 + n % 7, 3 + (n * 7) % 55


def req_rfc_date(po):
    y, m, dd = (int(x) for x in po["issued"].split("-"))
    h, mi = req_time(po)
    return rfc_date(y, m, dd, h, mi, (int(po["po_number"][-2:]) * 3) % 60)


def req_subject(po):
    return f"PO {po['po_number']} - please confirm quantity, price and delivery date"


def fmt_money(s):
    q = Decimal(s)
    return f"{q:,.2f}"


def request_text(po, greeting="Dear Sir or Madam,"):
    """Plain-text body of our acknowledgment request (contains the PO's own figures)."""
    name, email, phone = None, po["buyer"]["email"], None
    for k, v in BUYERS.items():
        if v[1] == email:
            name, _, phone = v
    cur = po["currency"]
    rows = []
    w_item = max(len("Item"), max(len(l["item"]) for l in po["lines"]))
    w_desc = max(len("Description"), max(len(l["description"]) for l in po["lines"]))
    head = f"{'Line':<5} {'Item':<{w_item}}  {'Description':<{w_desc}}  {'Qty':>6} {'UoM':<4} {'Unit price':>16}  Need by"
    rows.append(head)
    for l in po["lines"]:
        price = f"{fmt_money(l['unit_price'])} {cur}"
        rows.append(f"{l['line']:<5} {l['item']:<{w_item}}  {l['description']:<{w_desc}}  "
                    f"{l['quantity']:>6} {l['uom']:<4} {price:>16}  {l['requested_date']}")
    table = "\n".join(rows)
    return (f"{greeting}\n\n"
            f"Please find attached our purchase order {po['po_number']} dated {po['issued']}.\n"
            f"Kindly confirm quantity, unit price and delivery date for each line by\n"
            f"return email.\n\n"
            f"{table}\n\n"
            f"Delivery address: {WAREHOUSE}\n"
            f"Incoterms: DAP Rotterdam. Please quote our PO number on all documents.\n\n"
            f"Thank you and kind regards\n"
            f"{name}\n"
            f"Purchasing | {BUYER_CO}\n"
            f"Tel. {phone}\n")


def buyer_name(po):
    return po["buyer"]["name"]


def prefix(text, p="> ", blank=">"):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((p + line) if line.strip() else blank)
    return "\n".join(out) + "\n"


# Outlook reply-header labels per language: From, Sent, To, Cc, Subject
OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Kopie", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Kópia", "Predmet"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy"),
    "pt": ("De", "Enviada", "Para", "Cc", "Assunto"),
    "ptbr": ("De", "Enviado", "Para", "Cc", "Assunto"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Cc", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Kopi", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Копія", "Тема"),
    "bg": ("От", "Изпратено", "До", "Копие", "Относно"),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목"),
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "he": ("מאת", "נשלח", "אל", "עותק", "נושא"),
    "hr": ("Šalje", "Poslano", "Prima", "Kopija", "Predmet"),
    "ro": ("De la", "Trimis", "Către", "Cc", "Subiect"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Kopija", "Tema"),
    "th": ("จาก", "ส่ง", "ถึง", "สำเนา", "เรื่อง"),
    "ar": ("من", "تم الإرسال", "إلى", "نسخة", "الموضوع"),
}


def outlook_header(lang, frm, sent, to, subject, cc=None, sep=":"):
    fl, sl, tl, cl, subl = OUTLOOK_LABELS[lang]
    sp = " " if lang == "fr" else ""
    out = [f"{fl}{sp}{sep} {frm}", f"{sl}{sp}{sep} {sent}", f"{tl}{sp}{sep} {to}"]
    if cc:
        out.append(f"{cl}{sp}{sep} {cc}")
    out.append(f"{subl}{sp}{sep} {subject}")
    return "\n".join(out) + "\n"


def outlook_quote(lang, po, sent, greeting="Dear Sir or Madam,", to=None, rule=True, subject=None):
    """Our request as quoted by Outlook below a reply (no '>' prefixes)."""
    name, email = po["buyer"]["name"], po["buyer"]["email"]
    to = to or f"{po['supplier']['name']} <{po['supplier']['email']}>"
    head = outlook_header(lang, f"{name} <{email}>", sent, to, subject or req_subject(po))
    bar = "________________________________\n" if rule else "-----Original Message-----\n"
    return bar + head + "\n" + request_text(po, greeting)


# ---------------------------------------------------------------- expected labels

def _dec(s):
    return Decimal(str(s))


def conf(po, *specs):
    """Build one confirmation entry. specs per PO line, in order:
    'A' accepted, 'R' rejected, 'U' unconfirmed, or dict(q=, p=, d=, s=[(q, d), ...]) changed."""
    assert len(specs) == len(po["lines"]), (po["po_number"], len(specs))
    out = {}
    for l, sp in zip(po["lines"], specs):
        key = str(l["line"])
        if sp == "A":
            out[key] = {"status": "accepted", "quantity": l["quantity"],
                        "unit_price": l["unit_price"], "date": l["requested_date"]}
        elif sp == "R":
            out[key] = {"status": "rejected"}
        elif sp == "U":
            out[key] = {"status": "unconfirmed"}
        else:
            q = sp.get("q", l["quantity"])
            p = str(sp.get("p", l["unit_price"]))
            dd = sp.get("d", l["requested_date"])
            dt.date.fromisoformat(dd)
            assert (q != l["quantity"] or _dec(p) != _dec(l["unit_price"])
                    or dd != l["requested_date"]), f"changed line equals PO: {po['po_number']}/{key}"
            e = {"status": "changed", "quantity": q, "unit_price": p, "date": dd}
            if "s" in sp:
                sched = [{"quantity": sq, "date": sd} for sq, sd in sp["s"]]
                assert sum(x["quantity"] for x in sched) == q, (po["po_number"], key)
                assert max(x["date"] for x in sched) == dd, (po["po_number"], key)
                e["schedule"] = sched
            out[key] = e
    return {"po_number": po["po_number"], "lines": out}


def pct(price, percent):
    """PO price changed by percent (e.g. -4 for a 4 % discount); must be exact to the cent."""
    v = Decimal(price) * (Decimal(100) + Decimal(str(percent))) / Decimal(100)
    q = v.quantize(Decimal("0.01"))
    assert q == v, (price, percent, v)
    return f"{q}"


def case(slug, kind, locale, hard, pos, eml, confirmations=None, notes=""):
    exp = {"kind": kind}
    if kind == "confirmation":
        assert confirmations, slug
        exp["confirmations"] = confirmations
    else:
        assert not confirmations, slug
    exp["notes"] = notes
    return {"slug": slug, "kind": kind, "locale": locale, "hard": hard, "pos": pos,
            "eml": eml, "expected": exp}


def req_dt(po):
    """Aware datetime of our acknowledgment request (sent at +0100)."""
    y, m, dd = (int(x) for x in po["issued"].split("-"))
    h, mi = req_time(po)
    return dt.datetime(y, m, dd, h, mi, (int(po["po_number"][-2:]) * 3) % 60,
                       tzinfo=dt.timezone(dt.timedelta(hours=1)))


def req_local(po, hours, minutes=0):
    return req_dt(po).astimezone(dt.timezone(dt.timedelta(hours=hours, minutes=minutes)))


def h12(t):
    """(hour12, 'AM'/'PM')"""
    h = t.hour % 12 or 12
    return h, ("AM" if t.hour < 12 else "PM")


def interleave(quoted, answers):
    """Insert answer blocks after the first quoted line containing each marker."""
    lines = quoted.rstrip("\n").split("\n")
    out = []
    pending = dict(answers)
    for line in lines:
        out.append(line)
        for mk in list(pending):
            if mk in line:
                out.append("")
                out.append(pending.pop(mk).rstrip("\n"))
                out.append("")
    assert not pending, pending
    return "\n".join(out) + "\n"


def after_req(po, minutes, tz_hours, tz_minutes=0, seconds=0, weekday=True, suffix=""):
    """RFC 5322 date string `minutes` after our request, rendered in the given UTC offset."""
    t = req_local(po, tz_hours, tz_minutes) + dt.timedelta(minutes=minutes, seconds=seconds)
    sign = "+" if tz_hours >= 0 and not (tz_hours == 0 and tz_minutes < 0) else "-"
    off = f"{sign}{abs(tz_hours):02d}{abs(tz_minutes):02d}"
    s = f"{t.day} {MONTHS_EN[t.month - 1]} {t.year} {t.hour:02d}:{t.minute:02d}:{t.second:02d} {off}"
    if weekday:
        s = f"{WEEKDAYS_EN[t.weekday()]}, " + s
    return s + suffix
