"""PO builders, date helpers, our own request mail, quoting styles, the mail
builder and the expected.json helpers shared by all case modules."""
import datetime as dt
import hashlib
import html as _html
from decimal import Decimal

from . import mime

DOMAIN = "fernhill-trading.example"
COMPANY = "Fernhill Trading Ltd"
MX = "mx1." + DOMAIN
DELIVERY = ["Fernhill Trading Ltd - Goods In", "Unit 4, Harbour Road Business Park",
            "Ringaskiddy, Co. Cork, P43 X2Y3, Ireland"]


class Person:
    def __init__(self, name, email, phone=""):
        self.name, self.email, self.phone = name, email, phone

    @property
    def pair(self):
        return (self.name, self.email)


BUYERS = {
    "dana": Person("Dana Ruiz", "dana.ruiz@" + DOMAIN, "+353 21 555 0142"),
    "tomas": Person("Tomas Lindqvist", "tomas.lindqvist@" + DOMAIN, "+353 21 555 0147"),
    "priya": Person("Priya Raman", "priya.raman@" + DOMAIN, "+353 21 555 0151"),
    "aoife": Person("Aoife Brennan", "aoife.brennan@" + DOMAIN, "+353 21 555 0139"),
    "marek": Person("Marek Novak", "marek.novak@" + DOMAIN, "+353 21 555 0163"),
}


# ---------------------------------------------------------------- dates

def D(s):
    return dt.date.fromisoformat(s)


def isoweek(year, week, weekday=5):
    """ISO week -> date; weekday 1=Mon .. 7=Sun, Friday when no day is named."""
    return dt.date.fromisocalendar(year, week, weekday)


def T(s, tz_hours=0, tz_minutes=0):
    """'2026-11-30 14:22:05' at a fixed UTC offset."""
    sign = -1 if tz_hours < 0 else 1
    tz = dt.timezone(dt.timedelta(hours=tz_hours, minutes=sign * tz_minutes))
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(t):
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (_WD[t.weekday()], t.day, _MO[t.month - 1], t.year,
                                                      t.hour, t.minute, t.second, sign, mins // 60, mins % 60)


def local(t, tz_hours, tz_minutes=0):
    sign = -1 if tz_hours < 0 else 1
    return t.astimezone(dt.timezone(dt.timedelta(hours=tz_hours, minutes=sign * tz_minutes)))


# ---------------------------------------------------------------- ids

def _h(seed, n=32):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def msgid(style, seed, domain):
    h = _h(seed, 40)
    if style == "outlook":
        srv = "%s%sPR%02dMB%04d" % (["AM", "DB", "VI", "PA", "AS", "GV"][int(h[0], 16) % 6], str(int(h[1], 16) % 9 + 1),
                                    int(h[2:4], 16) % 10, int(h[4:8], 16) % 10000)
        return "<%s%s@%s.%s.prod.outlook.com>" % (srv, h[8:36].upper(), srv, ["eurprd0%d" % (int(h[36], 16) % 9 + 1), "namprd1%d" % (int(h[37], 16) % 9)][int(h[38], 16) % 2])
    if style == "gmail":
        import base64
        b = base64.b64encode(bytes.fromhex(h + _h(seed + "x", 20))).decode().replace("/", "_").replace("+", "-").rstrip("=")
        return "<CA%s@mail.gmail.com>" % b[:46]
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper(), domain)
    if style == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    if style == "erp":
        return "<%d.%s.JavaMail.erp@%s>" % (1764000000 + int(h[:6], 16), h[6:14], domain)
    return "<%s.%s@%s>" % (h[:12], h[12:20], domain)


def ip(seed):
    h = int(_h(seed, 4), 16)
    return "%s.%d" % (["198.51.100", "203.0.113", "192.0.2"][h % 3], h % 250 + 3)


# ---------------------------------------------------------------- POs

class Supplier:
    def __init__(self, sid, name, email, locale):
        self.id, self.name, self.email, self.locale = sid, name, email, locale

    @property
    def domain(self):
        return self.email.split("@", 1)[1]

    def json(self):
        return {"id": self.id, "name": self.name, "email": self.email, "locale": self.locale}


class Line:
    def __init__(self, n, item, description, quantity, uom, unit_price, requested_date):
        self.line, self.item, self.description = n, item, description
        self.quantity, self.uom, self.unit_price, self.requested_date = quantity, uom, unit_price, requested_date

    def json(self):
        return {"line": self.line, "item": self.item, "description": self.description, "quantity": self.quantity,
                "uom": self.uom, "unit_price": self.unit_price, "requested_date": self.requested_date}


class PO:
    def __init__(self, number, supplier, buyer, currency, issued, lines, request=True, sent=None):
        self.number = number
        self.supplier = supplier
        self.buyer = BUYERS[buyer] if isinstance(buyer, str) else buyer
        self.currency = currency
        self.issued = issued
        self.lines = [Line(i + 1, *l) for i, l in enumerate(lines)]
        if request is True:
            self.request_message_id = "<po-%s.1@%s>" % (number, DOMAIN)
        else:
            self.request_message_id = request or None
        if sent is None:
            m = int(number[-3:]) % 47 + 7
            sent = dt.datetime.fromisoformat("%s 09:%02d:%02d" % (issued, m, (m * 7) % 60)).replace(tzinfo=dt.timezone.utc)
        self.sent = sent

    def line(self, n):
        return self.lines[n - 1]

    def json(self):
        d = {"po_number": self.number, "supplier": self.supplier.json(),
             "buyer": {"name": self.buyer.name, "email": self.buyer.email},
             "currency": self.currency, "issued": self.issued}
        if self.request_message_id:
            d["request_message_id"] = self.request_message_id
        d["lines"] = [l.json() for l in self.lines]
        return d

    def total(self):
        return sum(Decimal(l.unit_price) * l.quantity for l in self.lines)


def fmt_amount(v):
    v = Decimal(v).quantize(Decimal("0.01"))
    return "{:,.2f}".format(v)


def subject(po):
    return "PO %s - request for order confirmation" % po.number


def _issued_words(po):
    d = D(po.issued)
    return "%d %s %d" % (d.day, _MO[d.month - 1], d.year)


TERMS = """Purchasing conditions (extract): Partial deliveries only after written
agreement. Delivery dates are arrival dates at the address above. For late
delivery we reserve the right to charge 0.5% of the order value per
started week, max. 5%. Payment 60 days net or 30 days 2% discount.
Invoices must show our PO number and line number. Certificates (EN 10204
3.1 where applicable) to be sent with the goods."""


def request_text(po, long=False):
    b = po.buyer
    head = ["Line", "Item", "Description", "Qty", "UoM", "Unit price", "Need by"]
    rows = [[str(l.line), l.item, l.description, str(l.quantity), l.uom,
             "%s %s" % (l.unit_price, po.currency), l.requested_date] for l in po.lines]
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
    right = {3, 5}

    def fmt(r):
        cells = []
        for i, c in enumerate(r):
            cells.append(c.rjust(widths[i]) if i in right else c.ljust(widths[i]))
        return "  ".join(cells).rstrip()

    table = "\n".join([fmt(head)] + [fmt(r) for r in rows])
    txt = ("Dear Sir or Madam,\n\n"
           "please confirm our purchase order below line by line (quantity, unit\n"
           "price and delivery date) by return mail, quoting our PO number.\n\n"
           "Purchase order %s of %s\n\n%s\n\n"
           "Order total: %s %s\n\n"
           "Delivery address:\n%s\n\n" % (po.number, _issued_words(po), table, fmt_amount(po.total()), po.currency,
                                          "\n".join(DELIVERY)))
    if long:
        txt += TERMS + "\n\n"
    txt += ("Kind regards\n%s\nPurchasing | %s\nTel. %s | %s\n" % (b.name, COMPANY, b.phone, b.email))
    return txt


def request_html(po, long=False):
    b = po.buyer
    esc = _html.escape
    rows = "".join(
        "<tr><td>%d</td><td>%s</td><td>%s</td><td align=\"right\">%s</td><td>%s</td><td align=\"right\">%s %s</td><td>%s</td></tr>\n"
        % (l.line, esc(l.item), esc(l.description), l.quantity, l.uom, l.unit_price, po.currency, l.requested_date)
        for l in po.lines)
    terms = "<p style=\"font-size:9pt;color:#555\">%s</p>\n" % esc(TERMS.replace("\n", " ")) if long else ""
    return ("<p>Dear Sir or Madam,</p>\n<p>please confirm our purchase order below line by line (quantity, unit price "
            "and delivery date) by return mail, quoting our PO number.</p>\n"
            "<p><b>Purchase order %s of %s</b></p>\n"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse:collapse;font-size:10pt\">\n"
            "<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>\n"
            "%s</table>\n<p>Order total: %s %s</p>\n<p>Delivery address:<br>%s</p>\n%s"
            "<p>Kind regards<br>%s<br>Purchasing | %s<br>Tel. %s | %s</p>\n"
            % (po.number, _issued_words(po), rows, fmt_amount(po.total()), po.currency, "<br>".join(DELIVERY), terms,
               esc(b.name), COMPANY, b.phone, b.email))


def request_eml(po, crlf=False, long=False):
    """Our own outgoing request (embedded in bounces)."""
    b = po.buyer
    bnd = mime.boundary("req" + po.number, "outlook")
    body = mime.multi("alternative", [
        mime.text(request_text(po, long), "us-ascii", "7bit"),
        mime.html("<html><body style=\"font-family:Calibri,sans-serif\">\n" + request_html(po, long) + "</body></html>\n",
                  "us-ascii", "quoted-printable")], bnd)
    hs = [("From", mime.addr(b.name, b.email)), ("To", po.supplier.email), ("Subject", subject(po)),
          ("Date", rfcdate(po.sent)), ("Message-ID", po.request_message_id or msgid("outlook", "req" + po.number, DOMAIN)),
          ("Content-Language", "en-IE"), ("X-Mailer", "Microsoft Outlook 16.0")]
    return mime.message(hs, body, crlf=crlf)


# ---------------------------------------------------------------- quoting

def quote(text, p="> "):
    lines = text.rstrip("\n").split("\n")
    return "\n".join((p + l) if l else p.rstrip() for l in lines) + "\n"


EN_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NAMES = {
    "de": (["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
           ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]),
    "fr": (["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
           ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]),
    "it": (["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
           ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]),
    "es": (["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
           ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]),
    "pt": (["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
           ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]),
    "nl": (["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
           ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]),
    "pl": (["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
           ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]),
    "cs": (["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
           ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"]),
    "sk": (["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"],
           ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra"]),
    "fi": (["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"],
           ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]),
    "sv": (["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
           ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]),
    "nb": (["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
           ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]),
    "da": (["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
           ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]),
    "hu": (["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"],
           ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"]),
    "tr": (["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
           ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]),
    "el": (["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
           ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]),
    "ro": (["luni", "marţi", "miercuri", "joi", "vineri", "sâmbătă", "duminică"],
           ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"]),
    "hr": (["ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"],
           ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"]),
    "lt": (["pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis", "šeštadienis", "sekmadienis"],
           ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"]),
    "uk": (["понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя"],
           ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"]),
    "he": (["יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון"],
           ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"]),
}

LABELS = {
    "en": ("From:", "Sent:", "To:", "Subject:", "Cc:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:", "Cc:"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :", "Cc :"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:", "Cc:"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:", "CC:"),
    "pt": ("De:", "Enviado:", "Para:", "Assunto:", "Cc:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:", "CC:"),
    "pl": ("Od:", "Wysłano:", "Do:", "Temat:", "DW:"),
    "cs": ("Od:", "Odesláno:", "Komu:", "Předmět:", "Kopie:"),
    "sk": ("Od:", "Odoslané:", "Komu:", "Predmet:", "Kópia:"),
    "fi": ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Aihe:", "Kopio:"),
    "sv": ("Från:", "Skickat:", "Till:", "Ämne:", "Kopia:"),
    "nb": ("Fra:", "Sendt:", "Til:", "Emne:", "Kopi:"),
    "da": ("Fra:", "Sendt:", "Til:", "Emne:", "Cc:"),
    "hu": ("Feladó:", "Elküldve:", "Címzett:", "Tárgy:", "Másolatot kap:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Konu:", "Bilgi:"),
    "el": ("Από:", "Στάλθηκε:", "Προς:", "Θέμα:", "Κοιν.:"),
    "ro": ("De la:", "Trimis:", "Către:", "Subiect:", "Cc:"),
    "hr": ("Šalje:", "Poslano:", "Prima:", "Predmet:", "Kopija:"),
    "lt": ("Nuo:", "Išsiųsta:", "Kam:", "Tema:", "Kopija:"),
    "uk": ("Від:", "Надіслано:", "Кому:", "Тема:", "Копія:"),
    "ja": ("差出人:", "送信日時:", "宛先:", "件名:", "CC:"),
    "zh-TW": ("寄件者:", "寄件日期:", "收件者:", "主旨:", "副本:"),
    "he": ("מאת:", "נשלח:", "אל:", "נושא:", "עותק:"),
}


def _h12(t):
    h = t.hour % 12 or 12
    return "%d:%02d %s" % (h, t.minute, "AM" if t.hour < 12 else "PM")


def fmt_sent(lang, t):
    """The 'Sent:' value as that language's Outlook writes it."""
    if lang == "en-US":
        return "%s, %s %d, %d %s" % (EN_DAY[t.weekday()], EN_MON[t.month - 1], t.day, t.year, _h12(t))
    if lang in ("en-GB", "en"):
        return "%d %s %d %02d:%02d" % (t.day, EN_MON[t.month - 1], t.year, t.hour, t.minute)
    if lang == "en-AU":
        return "%s, %d %s %d %s" % (EN_DAY[t.weekday()], t.day, EN_MON[t.month - 1], t.year, _h12(t))
    hm = "%02d:%02d" % (t.hour, t.minute)
    hm1 = "%d:%02d" % (t.hour, t.minute)
    if lang == "ja":
        return "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    if lang == "zh-TW":
        return "%d年%d月%d日 %s %02d:%02d" % (t.year, t.month, t.day, "上午" if t.hour < 12 else "下午", t.hour % 12 or 12, t.minute)
    day, mon = NAMES[lang]
    wd, mn = day[t.weekday()], mon[t.month - 1]
    return {
        "de": "%s, %d. %s %d %s" % (wd, t.day, mn, t.year, hm),
        "fr": "%s %d %s %d %s" % (wd, t.day, mn, t.year, hm),
        "it": "%s %d %s %d %s" % (wd, t.day, mn, t.year, hm),
        "es": "%s, %d de %s de %d %s" % (wd, t.day, mn, t.year, hm),
        "pt": "%s, %d de %s de %d %s" % (wd, t.day, mn, t.year, hm),
        "nl": "%s %d %s %d %s" % (wd, t.day, mn, t.year, hm),
        "pl": "%s, %d %s %d %s" % (wd, t.day, mn, t.year, hm),
        "cs": "%s %d. %s %d %s" % (wd, t.day, mn, t.year, hm1),
        "sk": "%s %d. %s %d %s" % (wd, t.day, mn, t.year, hm1),
        "fi": "%s %d. %s %d %d.%02d" % (wd, t.day, mn, t.year, t.hour, t.minute),
        "sv": "den %d %s %d %s" % (t.day, mn, t.year, hm),
        "nb": "%s %d. %s %d %s" % (wd, t.day, mn, t.year, hm),
        "da": "%s den %d. %s %d %s" % (wd, t.day, mn, t.year, hm),
        "hu": "%d. %s %d., %s %s" % (t.year, mn, t.day, wd, hm),
        "tr": "%d %s %d %s %s" % (t.day, mn, t.year, wd, hm),
        "el": "%s, %d %s %d %d:%02d %s" % (wd, t.day, mn, t.year, t.hour % 12 or 12, t.minute, "πμ" if t.hour < 12 else "μμ"),
        "ro": "%s, %d %s %d %s" % (wd, t.day, mn, t.year, hm),
        "hr": "%s, %d. %s %d. %s" % (wd, t.day, mn, t.year, hm),
        "lt": "%d m. %s %d d. %s" % (t.year, mn, t.day, hm),
        "uk": "%s, %d %s %d р. %s" % (wd, t.day, mn, t.year, hm),
        "he": "%s %d %s %d %s" % (wd, t.day, mn, t.year, hm),
    }[lang]


def outlook_header(lang, frm, sent, to, subj, cc=None):
    lab = LABELS.get(lang, LABELS.get(lang.split("-")[0], LABELS["en"]))
    if lang.startswith("en"):
        lab = LABELS["en"]
    f = frm if isinstance(frm, str) else "%s <%s>" % frm
    lines = ["%s %s" % (lab[0], f), "%s %s" % (lab[1], fmt_sent(lang, sent)), "%s %s" % (lab[2], to)]
    if cc:
        lines.append("%s %s" % (lab[4], cc))
    lines.append("%s %s" % (lab[3], subj))
    return "\n".join(lines) + "\n"


SEPARATORS = {
    "en": "-----Original Message-----", "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----", "it": "-----Messaggio originale-----",
    "es": "-----Mensaje original-----", "pt": "-----Mensagem original-----",
    "nl": "-----Oorspronkelijk bericht-----", "pl": "-----Wiadomość oryginalna-----",
    "cs": "-----Původní zpráva-----", "sv": "-----Ursprungligt meddelande-----",
    "ja": "-----Original Message-----", "tr": "-----Özgün İleti-----",
}


def outlook_quote(po, lang, tz_hours, tz_minutes=0, sep="line", long=False, to=None):
    """Outlook-style (top-posted, unprefixed) quote of our request."""
    b = po.buyer
    sent = local(po.sent, tz_hours, tz_minutes)
    head = outlook_header(lang, (b.name, b.email), sent, to or po.supplier.email, subject(po))
    if sep == "line":
        s = "________________________________\n"
    elif sep == "orig":
        s = SEPARATORS.get(lang, SEPARATORS.get(lang.split("-")[0], SEPARATORS["en"])) + "\n"
    else:
        s = ""
    return s + head + "\n" + request_text(po, long)


def outlook_html_quote(po, lang, tz_hours, tz_minutes=0, long=False, to=None):
    b = po.buyer
    sent = local(po.sent, tz_hours, tz_minutes)
    head = outlook_header(lang, (b.name, b.email), sent, to or po.supplier.email, subject(po))
    hl = []
    for line in head.strip().split("\n"):
        k, v = line.split(":", 1) if ":" in line else (line, "")
        hl.append("<b>%s:</b>%s" % (_html.escape(k), _html.escape(v)))
    return ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n"
            "<p class=\"MsoNormal\">%s</p>\n</div>\n%s" % ("<br>\n".join(hl), request_html(po, long)))


def text_to_html(txt, charset="utf-8", font="Calibri,sans-serif"):
    """Plain text (with '> ' quotes) to simple HTML as a mail client would send it."""
    lines = txt.rstrip("\n").split("\n")

    def render(ls):
        out = []
        i = 0
        while i < len(ls):
            if ls[i].startswith(">"):
                j = i
                block = []
                while j < len(ls) and ls[j].startswith(">"):
                    block.append(ls[j][2:] if ls[j].startswith("> ") else ls[j][1:])
                    j += 1
                out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">\n"
                           + render(block) + "</blockquote>\n")
                i = j
            else:
                l = ls[i]
                out.append("<div>%s</div>\n" % (_html.escape(l).replace("  ", "&nbsp; ") if l.strip() else "<br>"))
                i += 1
        return "".join(out)

    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>\n"
            "<body><div style=\"font-family:%s\">\n%s</div></body></html>\n" % (charset, font, render(lines)))


def html_doc(inner, charset="utf-8", font="Calibri,sans-serif", lang=None, dir=None):
    attrs = (' lang="%s"' % lang if lang else "") + (' dir="%s"' % dir if dir else "")
    return ("<html%s><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>\n"
            "<body><div style=\"font-family:%s;font-size:11pt\">\n%s</div></body></html>\n" % (attrs, charset, font, inner))


def paras_html(txt):
    """Unquoted text block to <p> paragraphs with <br> line breaks."""
    out = []
    for para in txt.strip("\n").split("\n\n"):
        out.append("<p class=\"MsoNormal\">%s</p>" % "<br>\n".join(_html.escape(l) for l in para.split("\n")))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- mail

def mail(frm, to, subj, date, mid, body, cc=None, irt=None, refs=None, extra=(), hcs="utf-8", hmode="B",
         received=True, return_path=None, sender_ip=None, envelope_to=None):
    """Inbound mail as our IMAP server stores it.  frm/to: (name,email) pairs or strings."""
    fe = frm[1] if isinstance(frm, tuple) else frm
    to_list = to if isinstance(to, list) else [to]
    first_to = envelope_to or (to_list[0][1] if isinstance(to_list[0], tuple) else to_list[0])
    hs = []
    if return_path is not False:
        hs.append(("Return-Path", "<%s>" % (return_path or fe)))
    if received:
        dom = fe.split("@", 1)[1]
        utc = date.astimezone(dt.timezone.utc) + dt.timedelta(seconds=3)
        hs.append(("Received", "from mail.%s (mail.%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                   % (dom, dom, sender_ip or ip(mid), MX, _h(mid, 10).upper(), first_to, rfcdate(utc))))
    hs.append(("From", mime.addrs([frm], hcs, hmode)))
    hs.append(("To", mime.addrs(to_list, hcs, hmode)))
    if cc:
        hs.append(("Cc", mime.addrs(cc if isinstance(cc, list) else [cc], hcs, hmode)))
    hs.append(("Subject", mime.hdr(subj, hcs, hmode)))
    hs.append(("Date", rfcdate(date)))
    hs.append(("Message-ID", mid))
    if irt:
        r = irt.request_message_id if isinstance(irt, PO) else irt
        hs.append(("In-Reply-To", r))
        rl = refs or [r]
        hs.append(("References", "\n ".join(rl)))
    elif refs:
        hs.append(("References", "\n ".join(refs)))
    hs.extend(extra)
    return mime.message(hs, body)


# ---------------------------------------------------------------- expected

def _norm_price(p):
    return format(Decimal(p).normalize(), "f") if Decimal(p) != Decimal(p).to_integral() else str(Decimal(p).quantize(Decimal(1)))


def conf(po, spec):
    """spec: {line: 'A' | 'R' | 'U' | dict(q=, p=, d=, s=[(qty, 'YYYY-MM-DD'), ...])}"""
    lines = {}
    if set(spec) != {l.line for l in po.lines}:
        raise ValueError("PO %s: spec lines %s != PO lines" % (po.number, sorted(spec)))
    for l in po.lines:
        s = spec[l.line]
        if s == "A":
            lines[str(l.line)] = {"status": "accepted", "quantity": l.quantity, "unit_price": l.unit_price,
                                  "date": l.requested_date}
        elif s == "R":
            lines[str(l.line)] = {"status": "rejected"}
        elif s == "U":
            lines[str(l.line)] = {"status": "unconfirmed"}
        else:
            sched = s.get("s")
            q = s.get("q", sum(x[0] for x in sched) if sched else l.quantity)
            p = s.get("p", l.unit_price)
            d = s.get("d", max(x[1] for x in sched) if sched else l.requested_date)
            e = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
            if sched:
                e["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
                assert sum(x[0] for x in sched) == q, (po.number, l.line)
                assert max(x[1] for x in sched) == d, (po.number, l.line)
            elif q == l.quantity and Decimal(p) == Decimal(l.unit_price) and d == l.requested_date:
                raise ValueError("PO %s line %d marked changed but equals the PO" % (po.number, l.line))
            lines[str(l.line)] = e
    return {"po_number": po.number, "lines": lines}


def expected_conf(items, notes):
    return {"kind": "confirmation", "confirmations": [conf(po, spec) for po, spec in items], "notes": notes}


def expected_kind(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------- registry

REGISTRY = []


def case(slug, kind, locale, hard):
    def deco(fn):
        REGISTRY.append({"slug": slug, "kind": kind, "locale": locale, "hard": hard, "fn": fn})
        return fn
    return deco


def alt(txt, charset, cte, seed, style="outlook", html_body=None):
    """multipart/alternative with the text and an HTML rendering of it."""
    h = html_body if html_body is not None else text_to_html(txt, charset)
    return mime.multi("alternative", [mime.text(txt, charset, cte), mime.html(h, charset, cte)],
                      mime.boundary(seed, style))


def outlook_headers(lang, subj_plain, attach=False):
    hs = []
    if all(ord(c) < 128 for c in subj_plain):
        hs.append(("Thread-Topic", subj_plain.split(": ", 1)[-1]))
    hs += [("Content-Language", lang), ("X-MS-Has-Attach", "yes" if attach else ""),
           ("X-MS-TNEF-Correlator", "")]
    return hs
