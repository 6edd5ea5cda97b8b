"""PO builders, date helpers, request-mail rendering and expected-label helpers.

Everything here is deterministic: no clocks, no randomness.
"""
import datetime as dt
from decimal import Decimal

DOMAIN = "northfield-group.example"
COMPANY = "Northfield Supply Group B.V."
COMPANY_ADDR = "Waalhaven Zuidzijde 44, 3089 JH Rotterdam, The Netherlands"

BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@" + DOMAIN, "+31 10 799 4412"),
    "tom": ("Tom Achterberg", "tom.achterberg@" + DOMAIN, "+31 10 799 4417"),
    "priya": ("Priya Nair", "priya.nair@" + DOMAIN, "+31 10 799 4421"),
    "martin": ("Martin Holm", "martin.holm@" + DOMAIN, "+31 10 799 4409"),
    "sofia": ("Sofia Lindqvist", "sofia.lindqvist@" + DOMAIN, "+31 10 799 4426"),
}

# --------------------------------------------------------------------------
# registry of cases
# --------------------------------------------------------------------------
CASES = []


def case(slug, kind, locale, hard):
    """Decorator: register a case builder returning (pos, eml_bytes, expected)."""
    def deco(fn):
        CASES.append({"slug": slug, "kind": kind, "locale": locale,
                      "hard": hard, "build": fn})
        return fn
    return deco


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
def tz(hours, minutes=0):
    return dt.timezone(dt.timedelta(hours=hours, minutes=minutes))


def at(stamp, tzh=1.0):
    """'2026-11-30 09:15' (+ offset in hours) -> aware datetime."""
    h = int(tzh)
    m = int(round((tzh - h) * 60))
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz(h, m))


def D(s):
    return dt.date.fromisoformat(s)


def iso_friday(year, week):
    return dt.date.fromisocalendar(year, week, 5).isoformat()


def iso_day(year, week, weekday):
    return dt.date.fromisocalendar(year, week, weekday).isoformat()


def add_days(s, n):
    return (D(s) + dt.timedelta(days=n)).isoformat()


WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "cs": ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "nb": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
    "hu": ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"],
    "ro": ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"],
    "sl": ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"],
    "hr": ["ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
    "uk": ["понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"],
    "bg": ["понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"],
    "fi": ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"],
    "et": ["esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev"],
    "lv": ["pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena", "svētdiena"],
    "sk": ["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"],
    "el": ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
    "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
    "ms": ["Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad"],
    "is": ["mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur", "sunnudagur"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"],
}

MONTHS = {
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
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
           "september", "oktober", "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
           "Eylül", "Ekim", "Kasım", "Aralık"],
    "hu": ["január", "február", "március", "április", "május", "június", "július",
           "augusztus", "szeptember", "október", "november", "december"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
           "septembrie", "octombrie", "noiembrie", "decembrie"],
    "sl": ["januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust",
           "september", "oktober", "november", "december"],
    # genitive forms, as used in a full date
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
           "září", "října", "listopadu", "prosince"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"],
    "hr": ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja",
           "kolovoza", "rujna", "listopada", "studenoga", "prosinca"],
}


def wd(date, lang="en"):
    """Weekday name of a date (date, datetime or ISO string)."""
    if isinstance(date, str):
        date = D(date)
    return WEEKDAYS[lang][date.weekday()]


def sent_stamp(lang, when):
    """How Outlook desktop writes the 'Sent:' value in a given UI language."""
    w = WEEKDAYS.get(lang, WEEKDAYS["en"])[when.weekday()]
    d, y = when.day, when.year
    hm = "%02d:%02d" % (when.hour, when.minute)
    hm1 = "%d:%02d" % (when.hour, when.minute)
    m = when.month - 1
    if lang == "en-US":
        h12 = when.hour % 12 or 12
        ap = "AM" if when.hour < 12 else "PM"
        return "%s, %s %d, %d %d:%02d %s" % (WEEKDAYS["en"][when.weekday()], MONTHS["en"][m],
                                             d, y, h12, when.minute, ap)
    if lang == "en":
        return "%s, %d %s %d %s" % (w, d, MONTHS["en"][m], y, hm)
    if lang == "de":
        return "%s, %d. %s %d %s" % (w, d, MONTHS["de"][m], y, hm)
    if lang == "fr":
        return "%s %d %s %d %s" % (w, d, MONTHS["fr"][m], y, hm)
    if lang == "es":
        return "%s, %d de %s de %d %s" % (w, d, MONTHS["es"][m], y, hm1)
    if lang == "it":
        return "%s %d %s %d %s" % (w, d, MONTHS["it"][m], y, hm)
    if lang == "nl":
        return "%s %d %s %d %s" % (w, d, MONTHS["nl"][m], y, hm)
    if lang == "pt":
        return "%s, %d de %s de %d %s" % (w, d, MONTHS["pt"][m], y, hm)
    if lang == "pl":
        return "%s, %d %s %d %s" % (w, d, MONTHS["pl"][m], y, hm)
    if lang == "cs":
        return "%s %d. %s %d %s" % (w, d, MONTHS["cs"][m], y, hm1)
    if lang == "sv":
        return "den %d %s %d %s" % (d, MONTHS["sv"][m], y, hm)
    if lang == "da":
        return "%s den %d. %s %d %s" % (w, d, MONTHS["da"][m], y, hm)
    if lang == "tr":
        return "%d %s %d %s %s" % (d, MONTHS["tr"][m], y, w, hm)
    if lang == "hu":
        return "%d. %s %d., %s %s" % (y, MONTHS["hu"][m], d, w, hm1)
    if lang == "ro":
        return "%s, %d %s %d %s" % (w, d, MONTHS["ro"][m], y, hm)
    if lang == "sl":
        return "%s, %d. %s %d %s" % (w, d, MONTHS["sl"][m], y, hm)
    if lang == "hr":
        return "%s, %d. %s %d. %s" % (w, d, MONTHS["hr"][m], y, hm)
    if lang == "ru":
        return "%s, %d %s %d г. %s" % (w, d, MONTHS["ru"][m], y, hm1)
    raise KeyError(lang)


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "en-US": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Cc\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "pt": ("De", "Enviada em", "Para", "Cc", "Assunto"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Kopie", "Předmět"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Cc", "Emne"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Cc", "Subiect"),
    "sl": ("Od", "Poslano", "Za", "Kp", "Zadeva"),
    "hr": ("Šalje", "Poslano", "Prima", "Kopija", "Predmet"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
}


# --------------------------------------------------------------------------
# purchase orders
# --------------------------------------------------------------------------
_REQ_AT = {}


def supplier(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def make_po(number, sup, buyer, currency, issued, lines, req_at="09:12", request=True):
    """lines: (item, description, quantity, uom, unit_price, requested_date)."""
    bname, bmail, _ = BUYERS[buyer]
    po = {
        "po_number": number,
        "supplier": dict(sup),
        "buyer": {"name": bname, "email": bmail},
        "currency": currency,
        "issued": issued,
    }
    if request:
        po["request_message_id"] = "<%s%s.po%s@mail.%s>" % (
            issued.replace("-", ""), req_at.replace(":", ""), number, DOMAIN)
    po["lines"] = []
    for i, (item, desc, qty, uom, price, req) in enumerate(lines, 1):
        Decimal(price)
        D(req)
        po["lines"].append({"line": i, "item": item, "description": desc,
                            "quantity": qty, "uom": uom, "unit_price": price,
                            "requested_date": req})
    _REQ_AT[number] = at("%s %s" % (issued, req_at), 1)
    return po


def buyer_of(po):
    for k, v in BUYERS.items():
        if v[1] == po["buyer"]["email"]:
            return v
    raise KeyError(po["buyer"])


def req_sent(po, tzh=1.0):
    """When our acknowledgment request went out, in the reader's time zone."""
    h = int(tzh)
    m = int(round((tzh - h) * 60))
    return _REQ_AT[po["po_number"]].astimezone(tz(h, m))


def req_subject(po):
    return "Purchase order %s - please confirm" % po["po_number"]


def req_msgid(po):
    return po["request_message_id"]


def req_body(po, salutation=None):
    """Plain text of the acknowledgment request our system sent."""
    bname, bmail, bphone = buyer_of(po)
    cur = po["currency"]
    out = [salutation or "Dear Sir or Madam,", "",
           "Please find attached our purchase order %s dated %s." % (po["po_number"], po["issued"]),
           "Kindly confirm quantity, unit price and delivery date for every line by",
           "return e-mail.", "",
           "Purchase order %s - %s" % (po["po_number"], po["supplier"]["name"])]
    for ln in po["lines"]:
        out.append("Line %d: %s  %s" % (ln["line"], ln["item"], ln["description"]))
        out.append("        Qty %s %s | Unit price %s %s | Requested delivery %s"
                   % (ln["quantity"], ln["uom"], ln["unit_price"], cur, ln["requested_date"]))
    out += ["",
            "Delivery to: %s, %s" % (COMPANY, COMPANY_ADDR),
            "Incoterms: DAP Rotterdam. Payment: 60 days net.",
            "",
            "Kind regards",
            bname,
            "Purchasing | " + COMPANY,
            "T " + bphone]
    return "\n".join(out)


def quote_gt(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        if line == "":
            out.append(prefix.rstrip())
        elif line.startswith(">"):
            out.append(prefix.rstrip() + line)
        else:
            out.append(prefix + line)
    return "\n".join(out)


def outlook_header(po, lang, to_display, tzh=1.0, rule=False, cc=None):
    """The 'From:/Sent:/To:/Subject:' block Outlook puts above a quoted mail."""
    lab = OUTLOOK_LABELS[lang]
    bname, bmail, _ = buyer_of(po)
    when = req_sent(po, tzh)
    lines = []
    if rule:
        lines.append("_" * 32)
    lines.append("%s: %s <%s>" % (lab[0], bname, bmail))
    lines.append("%s: %s" % (lab[1], sent_stamp(lang, when)))
    lines.append("%s: %s" % (lab[2], to_display))
    if cc:
        lines.append("%s: %s" % (lab[3], cc))
    lines.append("%s: %s" % (lab[4], req_subject(po)))
    return "\n".join(lines)


def outlook_quote(po, lang, to_display, tzh=1.0, rule=False, salutation=None, cc=None):
    return outlook_header(po, lang, to_display, tzh, rule, cc) + "\n\n" + req_body(po, salutation)


# --------------------------------------------------------------------------
# expected labels
# --------------------------------------------------------------------------
ACC = "accepted"
REJ = "rejected"
UNC = "unconfirmed"


class chg:
    def __init__(self, qty=None, price=None, date=None, schedule=None):
        self.qty, self.price, self.date, self.schedule = qty, price, date, schedule


def _line_label(ln, spec):
    if spec == ACC:
        return {"status": "accepted", "quantity": ln["quantity"],
                "unit_price": ln["unit_price"], "date": ln["requested_date"]}
    if spec in (REJ, UNC):
        return {"status": spec}
    assert isinstance(spec, chg), spec
    q = ln["quantity"] if spec.qty is None else spec.qty
    p = ln["unit_price"] if spec.price is None else spec.price
    d = ln["requested_date"] if spec.date is None else spec.date
    Decimal(p)
    D(d)
    out = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if spec.schedule:
        sched = [{"quantity": a, "date": b} for a, b in spec.schedule]
        assert sum(s["quantity"] for s in sched) == q, (ln, spec.schedule)
        assert max(s["date"] for s in sched) == d, (ln, spec.schedule)
        assert len(sched) >= 2
        out["schedule"] = sched
    differs = (q != ln["quantity"] or Decimal(p) != Decimal(ln["unit_price"])
               or d != ln["requested_date"])
    assert differs, ("changed line equal to PO", ln)
    return out


def confirmation(notes, *answers):
    """answers: (po, {line_no: ACC | REJ | UNC | chg(...)}) for each answered PO."""
    confs = []
    for po, spec in answers:
        nums = [ln["line"] for ln in po["lines"]]
        assert sorted(spec) == nums, (po["po_number"], sorted(spec), nums)
        lines = {}
        for ln in po["lines"]:
            lines[str(ln["line"])] = _line_label(ln, spec[ln["line"]])
        confs.append({"po_number": po["po_number"], "lines": lines})
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


def other(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}
