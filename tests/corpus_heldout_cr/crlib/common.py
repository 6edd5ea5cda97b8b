"""PO builders, date helpers, request texts, quoting helpers and label helpers."""
import datetime as _dt
import hashlib
from decimal import Decimal

# ---------------------------------------------------------------- registry
CASES = []


def case(slug, kind, locale, hard):
    """Register a case builder. The builder returns (pos, eml_bytes, expected)."""
    def deco(fn):
        CASES.append(dict(slug=slug, kind=kind, locale=locale, hard=hard, build=fn))
        return fn
    return deco


# ---------------------------------------------------------------- buyer side
BUYER_ORG = "Meridian Heritage Supply B.V."
BUYER_DOMAIN = "meridian-supply.example"
BUYERS = {
    "ingrid": ("Ingrid Solberg", "ingrid.solberg@meridian-supply.example"),
    "tomas": ("Tomás Herrera", "tomas.herrera@meridian-supply.example"),
    "priya": ("Priya Nair", "priya.nair@meridian-supply.example"),
    "michael": ("Michael Brandt", "michael.brandt@meridian-supply.example"),
    "marek": ("Marek Novák", "marek.novak@meridian-supply.example"),
    "femke": ("Femke de Wit", "femke.dewit@meridian-supply.example"),
}
BUYER_TZ = {"michael": -6}          # everybody else sits in Rotterdam (+01:00)


def tz(hours, minutes=0):
    return _dt.timezone(_dt.timedelta(hours=hours, minutes=minutes))


def dt(y, mo, d, h, mi, s=0, off=1, offmin=0):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=tz(off, offmin))


def d(iso):
    return _dt.date.fromisoformat(iso)


def week_day(year, week, weekday=5):
    """ISO week -> date. weekday 1=Mon .. 5=Fri (default: Friday)."""
    return _dt.date.fromisocalendar(year, week, weekday).isoformat()


def add_days(iso, n):
    return (d(iso) + _dt.timedelta(days=n)).isoformat()


def h(seed, n=16, alphabet="0123456789ABCDEF"):
    """Deterministic pseudo-random token."""
    raw = hashlib.sha256(seed.encode("utf-8")).digest()
    out = []
    i = 0
    while len(out) < n:
        if i >= len(raw):
            raw = hashlib.sha256(raw).digest()
            i = 0
        out.append(alphabet[raw[i] % len(alphabet)])
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- PO builders
def supplier(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(number, sup, buyer, currency, issued, lines, request=True, req_seq=1):
    bname, bmail = BUYERS[buyer]
    out = {
        "po_number": str(number),
        "supplier": sup,
        "buyer": {"name": bname, "email": bmail},
        "currency": currency,
        "issued": issued,
    }
    if request:
        out["request_message_id"] = "<po-%s.%d@%s>" % (number, req_seq, BUYER_DOMAIN)
    out["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        out["lines"].append({
            "line": i, "item": item, "description": desc, "quantity": qty,
            "uom": uom, "unit_price": price, "requested_date": date,
        })
    return out


def buyer_key(p):
    for k, (n, m) in BUYERS.items():
        if m == p["buyer"]["email"]:
            return k
    raise KeyError(p["buyer"]["email"])


def request_dt(p):
    """When our acknowledgment request went out (buyer's local time)."""
    n = int(p["po_number"])
    off = BUYER_TZ.get(buyer_key(p), 1)
    base = d(p["issued"])
    return _dt.datetime(base.year, base.month, base.day, 8 + n % 7, 3 + (n * 7) % 55, n % 60,
                        tzinfo=tz(off))


def request_subject(p):
    return "Order acknowledgement request - PO %s" % p["po_number"]


def us_date(iso):
    x = d(iso)
    return "%02d/%02d/%04d" % (x.month, x.day, x.year)


def request_text(p, datefmt=None, greeting=None):
    """Plain-text body of our acknowledgment request (contains the PO's own figures)."""
    if datefmt is None:
        datefmt = "us" if buyer_key(p) == "michael" else "iso"
    bname, bmail = p["buyer"]["name"], p["buyer"]["email"]
    us = datefmt == "us"
    issued = us_date(p["issued"]) if us else p["issued"]
    g = greeting or "Dear %s team," % p["supplier"]["name"]
    out = [g, "",
           "Please confirm our purchase order %s of %s line by line (quantity," % (p["po_number"], issued),
           "unit price, delivery date). If a line differs from our order, please",
           "give the new values for that line.", ""]
    for ln in p["lines"]:
        date = us_date(ln["requested_date"]) if us else ln["requested_date"]
        out.append("Line %d: %s - %s" % (ln["line"], ln["item"], ln["description"]))
        out.append("        %s %s x %s %s, %s %s" % (
            ln["quantity"], ln["uom"], ln["unit_price"], p["currency"],
            "need by" if us else "requested delivery", date))
    out += ["", "Please reply to this e-mail within three working days.", "",
            "Best regards", bname, "Purchasing",
            BUYER_ORG if not us else "Meridian Heritage Supply Inc. - Chicago office",
            "Waalhaven Z.z. 41, 3089 JH Rotterdam, Netherlands" if not us
            else "320 W Ohio St, Suite 4E, Chicago, IL 60654",
            "+31 10 555 0142" if not us else "+1 312 555 0187"]
    return "\n".join(out)


def request_html(p, datefmt=None):
    """Our request as the HTML a mail client would quote."""
    if datefmt is None:
        datefmt = "us" if buyer_key(p) == "michael" else "iso"
    us = datefmt == "us"
    issued = us_date(p["issued"]) if us else p["issued"]
    rows = []
    for ln in p["lines"]:
        date = us_date(ln["requested_date"]) if us else ln["requested_date"]
        rows.append("<tr><td>%d</td><td>%s</td><td>%s</td><td align=\"right\">%s</td><td>%s</td>"
                    "<td align=\"right\">%s %s</td><td>%s</td></tr>" % (
                        ln["line"], esc(ln["item"]), esc(ln["description"]), ln["quantity"],
                        ln["uom"], ln["unit_price"], p["currency"], date))
    return ("<p>Dear %s team,</p>\n<p>Please confirm our purchase order %s of %s line by line "
            "(quantity, unit price, delivery date). If a line differs from our order, please give "
            "the new values for that line.</p>\n"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n"
            "<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th>"
            "<th>Unit price</th><th>%s</th></tr>\n%s\n</table>\n"
            "<p>Please reply to this e-mail within three working days.</p>\n"
            "<p>Best regards<br>%s<br>Purchasing<br>%s</p>" % (
                esc(p["supplier"]["name"]), p["po_number"], issued,
                "Need by" if us else "Requested delivery", "\n".join(rows),
                esc(p["buyer"]["name"]), BUYER_ORG))


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


# ---------------------------------------------------------------- quoting
_WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "ca": ["dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "nb": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "fi": ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "cs": ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
    "sk": ["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"],
    "hu": ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
    "el": ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
    "uk": ["понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"],
    "bg": ["понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"],
    "hr": ["ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"],
    "ro": ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"],
    "lt": ["pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis",
           "šeštadienis", "sekmadienis"],
    "et": ["esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev"],
    "is": ["mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur",
           "laugardagur", "sunnudagur"],
    "ko": ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"],
}
# November only: all our requests went out in November 2026.
_NOV = {"en": "November", "de": "November", "fr": "novembre", "es": "noviembre", "ca": "de novembre",
        "it": "novembre", "pt": "novembro", "nl": "november", "nb": "november", "da": "november",
        "sv": "november", "fi": "marraskuuta", "pl": "listopada", "cs": "listopadu",
        "sk": "novembra", "hu": "november", "tr": "Kasım", "el": "Νοεμβρίου", "ru": "ноября",
        "uk": "листопада", "bg": "ноември", "hr": "studenoga", "ro": "noiembrie",
        "lt": "lapkričio", "et": "november", "is": "nóvember"}

OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "ca": ("De", "Enviat el", "Per a", "Assumpte"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "nb": ("Fra", "Sendt", "Til", "Emne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"),
    "ru": ("От", "Отправлено", "Кому", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Тема"),
    "bg": ("От", "Изпратено", "До", "Относно"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
    "ro": ("De la", "Trimis", "Către", "Subiect"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Tema"),
    "et": ("Saatja", "Saadetud", "Adressaat", "Teema"),
    "is": ("Frá", "Sent", "Til", "Efni"),
    "ja": ("差出人", "送信日時", "宛先", "件名"),
    "zh-CN": ("发件人", "发送时间", "收件人", "主题"),
    "zh-TW": ("寄件者", "寄件日期", "收件者", "主旨"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"),
}


def outlook_sent(lang, t):
    """Format the 'Sent:' date the way Outlook does in that UI language."""
    wd = t.weekday()
    D, M, Y, H, Mi = t.day, t.month, t.year, t.hour, t.minute
    assert M == 11, "requests are all from November"
    if lang == "en":
        ap = "AM" if H < 12 else "PM"
        hh = H % 12 or 12
        return "%s, November %d, %d %d:%02d %s" % (_WD["en"][wd], D, Y, hh, Mi, ap)
    if lang == "en-GB":
        return "%s, %d November %d %02d:%02d" % (_WD["en"][wd], D, Y, H, Mi)
    if lang == "de":
        return "%s, %d. November %d %02d:%02d" % (_WD["de"][wd], D, Y, H, Mi)
    if lang == "fr":
        return "%s %d novembre %d %02d:%02d" % (_WD["fr"][wd], D, Y, H, Mi)
    if lang in ("es",):
        return "%s, %d de noviembre de %d %d:%02d" % (_WD["es"][wd], D, Y, H, Mi)
    if lang == "ca":
        return "%s, %d de novembre de %d %d:%02d" % (_WD["ca"][wd], D, Y, H, Mi)
    if lang == "it":
        return "%s %d novembre %d %02d:%02d" % (_WD["it"][wd], D, Y, H, Mi)
    if lang == "pt":
        return "%s, %d de novembro de %d %02d:%02d" % (_WD["pt"][wd], D, Y, H, Mi)
    if lang == "nl":
        return "%s %d november %d %02d:%02d" % (_WD["nl"][wd], D, Y, H, Mi)
    if lang in ("nb", "da"):
        return "%s %d. november %d %02d:%02d" % (_WD[lang][wd], D, Y, H, Mi)
    if lang == "sv":
        return "den %d november %d %02d:%02d" % (D, Y, H, Mi)
    if lang == "fi":
        return "%s %d. marraskuuta %d %d.%02d" % (_WD["fi"][wd], D, Y, H, Mi)
    if lang == "pl":
        return "%s, %d listopada %d %02d:%02d" % (_WD["pl"][wd], D, Y, H, Mi)
    if lang == "cs":
        return "%s %d. listopadu %d %d:%02d" % (_WD["cs"][wd], D, Y, H, Mi)
    if lang == "sk":
        return "%s %d. novembra %d %d:%02d" % (_WD["sk"][wd], D, Y, H, Mi)
    if lang == "hu":
        return "%d. november %d., %s %d:%02d" % (Y, D, _WD["hu"][wd], H, Mi)
    if lang == "tr":
        return "%d Kasım %d %s %02d:%02d" % (D, Y, _WD["tr"][wd], H, Mi)
    if lang == "el":
        ap = "πμ" if H < 12 else "μμ"
        return "%s, %d Νοεμβρίου %d %d:%02d %s" % (_WD["el"][wd], D, Y, H % 12 or 12, Mi, ap)
    if lang == "ru":
        return "%s, %d ноября %d г. %d:%02d" % (_WD["ru"][wd], D, Y, H, Mi)
    if lang == "uk":
        return "%s, %d листопада %d р. %d:%02d" % (_WD["uk"][wd], D, Y, H, Mi)
    if lang == "bg":
        return "%s, %d ноември %d г. %d:%02d" % (_WD["bg"][wd], D, Y, H, Mi)
    if lang == "hr":
        return "%s, %d. studenoga %d. %d:%02d" % (_WD["hr"][wd], D, Y, H, Mi)
    if lang == "ro":
        return "%s, %d noiembrie %d %02d:%02d" % (_WD["ro"][wd], D, Y, H, Mi)
    if lang == "lt":
        return "%d m. lapkričio %d d., %s %02d:%02d" % (Y, D, _WD["lt"][wd], H, Mi)
    if lang == "et":
        return "%s, %d. november %d %d:%02d" % (_WD["et"][wd], D, Y, H, Mi)
    if lang == "is":
        return "%s, %d. nóvember %d %02d:%02d" % (_WD["is"][wd], D, Y, H, Mi)
    if lang == "ja":
        return "%d年%d月%d日 %d:%02d" % (Y, M, D, H, Mi)
    if lang == "zh-CN":
        return "%d年%d月%d日 %d:%02d" % (Y, M, D, H, Mi)
    if lang == "zh-TW":
        return "%d年%d月%d日 %s %02d:%02d" % (Y, M, D, "上午" if H < 12 else "下午", H % 12 or 12, Mi)
    if lang == "ko":
        return "%d년 %d월 %d일 %s %s %d:%02d" % (Y, M, D, _WD["ko"][wd], "오전" if H < 12 else "오후",
                                             H % 12 or 12, Mi)
    raise KeyError(lang)


def local(t, off_hours, off_min=0):
    return t.astimezone(tz(off_hours, off_min))


def outlook_header_lines(lang, p, sup_off, to_display=None, fmt_lang=None, style="new"):
    """The From:/Sent:/To:/Subject: block Outlook puts above the quoted original."""
    labels = OUTLOOK_LABELS[lang if lang in OUTLOOK_LABELS else lang.split("-")[0]]
    t = local(request_dt(p), sup_off)
    sent = outlook_sent(fmt_lang or lang, t)
    bname, bmail = p["buyer"]["name"], p["buyer"]["email"]
    to = to_display or "%s <%s>" % (p["supplier"]["name"], p["supplier"]["email"])
    sep = ": " if not labels[0].endswith("\u00a0") else ": "
    return ["%s%s%s <%s>" % (labels[0], sep, bname, bmail),
            "%s%s%s" % (labels[1], sep, sent),
            "%s%s%s" % (labels[2], sep, to),
            "%s%s%s" % (labels[3], sep, request_subject(p))]


def outlook_quote(lang, p, sup_off, datefmt=None, fmt_lang=None, to_display=None,
                  rule="_" * 32):
    """Plain-text Outlook quote: header block + unprefixed original."""
    lines = []
    if rule:
        lines.append(rule)
    lines += outlook_header_lines(lang, p, sup_off, to_display=to_display, fmt_lang=fmt_lang)
    lines.append("")
    return "\n".join(lines) + "\n" + request_text(p, datefmt)


def outlook_quote_html(lang, p, sup_off, datefmt=None, fmt_lang=None, to_display=None):
    hl = outlook_header_lines(lang, p, sup_off, to_display=to_display, fmt_lang=fmt_lang)
    inner = "<br>\n".join("<b>%s</b>%s" % (esc(x.split(":", 1)[0]) + ":", esc(x.split(":", 1)[1]))
                         for x in hl)
    return ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n"
            "<p class=\"MsoNormal\">%s</p>\n</div>\n<div>%s</div>" % (inner, request_html(p, datefmt)))


def prefix(text, pfx="> "):
    return "\n".join((pfx + l) if l else pfx.rstrip() for l in text.split("\n"))


def gmail_attr(lang, p, sup_off):
    t = local(request_dt(p), sup_off)
    n, m = p["buyer"]["name"], p["buyer"]["email"]
    wd = t.weekday()
    if lang == "en":
        return "On %s, Nov %d, %d at %d:%02d %s %s <%s> wrote:" % (
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][wd], t.day, t.year, t.hour % 12 or 12,
            t.minute, "AM" if t.hour < 12 else "PM", n, m)
    if lang == "pt-BR":
        return "Em %s., %d de nov. de %d às %02d:%02d, %s <%s> escreveu:" % (
            ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"][wd], t.day, t.year, t.hour, t.minute, n, m)
    if lang == "es":
        return "El %s, %d nov %d a las %d:%02d, %s (<%s>) escribió:" % (
            ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][wd], t.day, t.year, t.hour, t.minute, n, m)
    if lang == "id":
        return "Pada %s, %d Nov %d pukul %02d.%02d %s <%s> menulis:" % (
            ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"][wd], t.day, t.year, t.hour, t.minute, n, m)
    if lang == "vi":
        return "Vào %s, %d thg 11, %d vào lúc %02d:%02d %s <%s> đã viết:" % (
            ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"][wd], t.day, t.year, t.hour, t.minute,
            n, m)
    if lang == "ro":
        return "În %s, %d nov. %d la %02d:%02d, %s <%s> a scris:" % (
            ["lun.", "mar.", "mie.", "joi", "vin.", "sâm.", "dum."][wd], t.day, t.year, t.hour, t.minute,
            n, m)
    if lang == "th":
        return "เมื่อ %s %d พ.ย. %d เวลา %02d:%02d %s <%s> เขียนว่า:" % (
            ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."][wd], t.day, t.year + 543, t.hour, t.minute, n, m)
    raise KeyError(lang)


def gmail_quote(lang, p, sup_off, datefmt=None):
    return gmail_attr(lang, p, sup_off) + "\n\n" + prefix(request_text(p, datefmt)) + "\n"


def gmail_quote_html(lang, p, sup_off, datefmt=None):
    return ("<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
            "rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>" % (
                esc(gmail_attr(lang, p, sup_off)), request_html(p, datefmt)))


def apple_attr(p, sup_off, lang="en"):
    t = local(request_dt(p), sup_off)
    n, m = p["buyer"]["name"], p["buyer"]["email"]
    if lang == "en":
        return "On %d Nov %d, at %02d:%02d, %s <%s> wrote:" % (t.day, t.year, t.hour, t.minute, n, m)
    if lang == "en-US":
        return "On Nov %d, %d, at %d:%02d %s, %s <%s> wrote:" % (
            t.day, t.year, t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM", n, m)
    if lang == "sv":
        return "%d nov. %d kl. %02d:%02d skrev %s <%s>:" % (t.day, t.year, t.hour, t.minute, n, m)
    if lang == "en-NZ":
        return "On %d/%02d/%d, at %d:%02d %s, %s <%s> wrote:" % (
            t.day, t.month, t.year, t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM", n, m)
    raise KeyError(lang)


def tb_attr(lang, p, sup_off):
    """Thunderbird attribution line."""
    t = local(request_dt(p), sup_off)
    n = p["buyer"]["name"]
    if lang == "cs":
        return "Dne %d. %d. %d v %d:%02d %s napsal(a):" % (t.day, t.month, t.year, t.hour, t.minute, n)
    if lang == "de":
        return "Am %02d.%02d.%d um %02d:%02d schrieb %s:" % (t.day, t.month, t.year, t.hour, t.minute, n)
    if lang == "en":
        return "On %02d/%02d/%d %02d:%02d, %s wrote:" % (t.day, t.month, t.year, t.hour, t.minute, n)
    if lang == "lt":
        return "%d-%02d-%02d %02d:%02d, %s rašė:" % (t.year, t.month, t.day, t.hour, t.minute, n)
    if lang == "ru":
        return "%02d.%02d.%d %02d:%02d, %s пишет:" % (t.day, t.month, t.year, t.hour, t.minute, n)
    if lang == "uk":
        return "%02d.%02d.%d %02d:%02d, %s пише:" % (t.day, t.month, t.year, t.hour, t.minute, n)
    if lang == "hu":
        return "%d. %02d. %02d. %d:%02d keltezéssel, %s írta:" % (t.year, t.month, t.day, t.hour,
                                                                    t.minute, n)
    if lang == "sk":
        return "Dňa %d. %d. %d o %d:%02d %s napísal(a):" % (t.day, t.month, t.year, t.hour, t.minute, n)
    if lang == "bg":
        return "На %d.%d.%d г. в %d:%02d ч., %s написа:" % (t.day, t.month, t.year, t.hour, t.minute, n)
    raise KeyError(lang)


# ---------------------------------------------------------------- labels
def _line(p, n):
    for ln in p["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


def A(p, n):
    ln = _line(p, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def C(p, n, quantity=None, unit_price=None, date=None, schedule=None):
    ln = _line(p, n)
    out = {"status": "changed",
           "quantity": ln["quantity"] if quantity is None else quantity,
           "unit_price": ln["unit_price"] if unit_price is None else unit_price,
           "date": ln["requested_date"] if date is None else date}
    if schedule:
        out["schedule"] = [{"quantity": q, "date": dd} for q, dd in schedule]
        assert sum(q for q, _ in schedule) == out["quantity"], "schedule must add up"
        assert max(dd for _, dd in schedule) == out["date"], "date is the last delivery"
    same = (out["quantity"] == ln["quantity"]
            and Decimal(out["unit_price"]) == Decimal(ln["unit_price"])
            and out["date"] == ln["requested_date"])
    assert not same or schedule, "changed line %s equals the PO" % n
    return out


R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def confirmation(notes, *entries):
    """entries: (po, {line_no: 'A' | 'R' | 'U' | dict})"""
    confs = []
    for p, spec in entries:
        lines = {}
        for ln in p["lines"]:
            n = ln["line"]
            v = spec.get(n, "missing")
            if v == "A":
                v = A(p, n)
            elif v == "R":
                v = dict(R)
            elif v == "U":
                v = dict(U)
            assert isinstance(v, dict), "line %s of %s not labelled" % (n, p["po_number"])
            lines[str(n)] = v
        assert set(spec) == {ln["line"] for ln in p["lines"]}, "extra labels"
        confs.append({"po_number": p["po_number"], "lines": lines})
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


def other(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}
