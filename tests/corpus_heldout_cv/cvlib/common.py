"""Shared builders: buyers, suppliers, purchase orders, our acknowledgment
request (as the supplier would quote it), expected labels and date helpers."""
import datetime as dt
import hashlib
import base64
import html as _html
from decimal import Decimal


def tz(hours, minutes=0):
    return dt.timezone(dt.timedelta(hours=hours, minutes=minutes))


CET = tz(1)
DOMAIN = "brightwater-supply.example"
COMPANY = "Brightwater Supply Group B.V."
ADDRESS = "Waalhaven Zuidzijde 40, 3089 JH Rotterdam, The Netherlands"
PURCHASING = ("Brightwater Purchasing", "purchasing@" + DOMAIN)

BUYERS = {
    "karin": ("Karin Holt", "karin.holt@" + DOMAIN, "+31 10 555 0142", "Senior Buyer"),
    "marcus": ("Marcus Dell", "marcus.dell@" + DOMAIN, "+31 10 555 0155", "Buyer"),
    "priya": ("Priya Raman", "priya.raman@" + DOMAIN, "+31 10 555 0163", "Buyer, Asia sourcing"),
    "jonas": ("Jonas Albrecht", "jonas.albrecht@" + DOMAIN, "+31 10 555 0171", "Buyer"),
    "elena": ("Elena Sokolova", "elena.sokolova@" + DOMAIN, "+31 10 555 0138", "Buyer, Eastern Europe"),
    "tom": ("Tomás Ferreira", "tomas.ferreira@" + DOMAIN, "+31 10 555 0149", "Buyer"),
}


def when(y, mo, d, h=9, mi=0, s=0, off=1.0):
    hours = int(off)
    minutes = int(round((off - hours) * 60))
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz(hours, minutes))


def D(s):
    return dt.date.fromisoformat(s)


def iso_week_day(year, week, weekday=5):
    """weekday 1=Monday .. 5=Friday"""
    return dt.date.fromisocalendar(year, week, weekday).isoformat()


def supplier(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def _h(seed, n=40):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def mid_outlook(seed):
    h = _h(seed, 40).upper()
    host = "%sPR%02dMB%04d" % (["AM", "DB", "VI", "PA", "AS", "DU", "GV"][int(h[0], 16) % 7],
                               int(h[1:3], 16) % 10, int(h[3:7], 16) % 9000 + 1000)
    region = ["eurprd04", "eurprd05", "eurprd07", "eurprd08", "namprd11", "apcprd06"][int(h[7], 16) % 6]
    return "<%s%s@%s.%s.prod.outlook.com>" % (host, h[8:32], host, region)


def mid_gmail(seed):
    raw = hashlib.sha256(seed.encode()).digest()
    s = base64.b64encode(raw + raw[:9]).decode().rstrip("=")
    return "<CA%s@mail.gmail.com>" % s[:56]


def mid_generic(seed, domain, style="dots"):
    h = _h(seed, 32)
    if style == "dots":
        return "<%s.%s@%s>" % (h[:12], h[12:20], domain)
    if style == "dollar":
        return "<%s$%s$%s@%s>" % (h[:12], h[12:20], h[20:28], domain)
    if style == "upper":
        return "<%s@%s>" % (h.upper(), domain)
    return "<%s@%s>" % (h, domain)


def thread_index(seed):
    return base64.b64encode(hashlib.sha1(seed.encode()).digest() + b"\x01\xdb").decode()


# --------------------------------------------------------------------------
# purchase orders


class PO:
    def __init__(self, number, sup, buyer, currency, issued, lines, req_sent=None,
                 contact=None, incoterms="DAP Rotterdam", to=None):
        self.number = number
        self.sup = sup
        self.buyer_key = buyer
        self.buyer_name, self.buyer_email, self.buyer_phone, self.buyer_title = BUYERS[buyer]
        self.currency = currency
        self.issued = issued
        self.lines = []
        for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
            self.lines.append({"line": i, "item": item, "description": desc, "quantity": qty,
                               "uom": uom, "unit_price": price, "requested_date": date})
        self.req_sent = req_sent
        self.req_id = ("<ack.%s.%s@%s>" % (number, req_sent.strftime("%Y%m%d%H%M%S"), DOMAIN)
                       if req_sent else None)
        self.contact = contact
        self.incoterms = incoterms
        self.to = to or sup["email"]

    def json(self):
        d = {"po_number": self.number,
             "supplier": dict(self.sup),
             "buyer": {"name": self.buyer_name, "email": self.buyer_email},
             "currency": self.currency,
             "issued": self.issued}
        if self.req_id:
            d["request_message_id"] = self.req_id
        d["lines"] = [dict(l) for l in self.lines]
        return d

    def line(self, n):
        return self.lines[n - 1]

    @property
    def subject(self):
        return "PO %s - request for order confirmation" % self.number

    @property
    def buyer_addr(self):
        return "%s <%s>" % (self.buyer_name, self.buyer_email)

    def issued_text(self):
        return D(self.issued).strftime("%d %b %Y").lstrip("0")

    def table_text(self):
        hdr = ["Line", "Item", "Description", "Qty", "UoM", "Unit price", "Need-by"]
        rows = [[str(l["line"]), l["item"], l["description"], str(l["quantity"]), l["uom"],
                 l["unit_price"], l["requested_date"]] for l in self.lines]
        w = [max(len(r[i]) for r in rows + [hdr]) for i in range(7)]
        right = {0, 3, 5}

        def fmt(r):
            out = []
            for i, c in enumerate(r):
                out.append(c.rjust(w[i]) if i in right else c.ljust(w[i]))
            return "  ".join(out).rstrip()
        sep = "  ".join("-" * x for x in w)
        return "\n".join([fmt(hdr), sep] + [fmt(r) for r in rows])

    def request_text(self):
        greet = "Dear %s," % self.contact if self.contact else "Dear Sir or Madam,"
        return (
            "%s\n\n"
            "Please confirm our purchase order %s of %s line by line - quantity,\n"
            "unit price (%s) and delivery date - by replying to this e-mail.\n\n"
            "%s\n\n"
            "Delivery terms: %s, Brightwater DC. Please quote our PO number on\n"
            "all documents.\n\n"
            "Kind regards\n\n"
            "%s\n"
            "%s | Purchasing\n"
            "%s\n"
            "%s\n"
            "T %s\n"
        ) % (greet, self.number, self.issued_text(), self.currency, self.table_text(),
             self.incoterms, self.buyer_name, self.buyer_title, COMPANY, ADDRESS, self.buyer_phone)

    def request_html(self):
        e = _html.escape
        greet = "Dear %s," % self.contact if self.contact else "Dear Sir or Madam,"
        rows = "".join(
            "<tr><td>%d</td><td>%s</td><td>%s</td><td align=right>%s</td><td>%s</td>"
            "<td align=right>%s</td><td>%s</td></tr>\n" % (
                l["line"], e(l["item"]), e(l["description"]), l["quantity"], l["uom"],
                l["unit_price"], l["requested_date"]) for l in self.lines)
        return (
            "<p>%s</p>\n<p>Please confirm our purchase order %s of %s line by line - quantity, "
            "unit price (%s) and delivery date - by replying to this e-mail.</p>\n"
            "<table border=1 cellspacing=0 cellpadding=3 style='border-collapse:collapse;font-size:10pt'>\n"
            "<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th>"
            "<th>Unit price</th><th>Need-by</th></tr>\n%s</table>\n"
            "<p>Delivery terms: %s, Brightwater DC. Please quote our PO number on all documents.</p>\n"
            "<p>Kind regards</p>\n<p>%s<br>\n%s | Purchasing<br>\n%s<br>\n%s<br>\nT %s</p>\n"
        ) % (e(greet), self.number, self.issued_text(), self.currency, rows, e(self.incoterms),
             e(self.buyer_name), e(self.buyer_title), e(COMPANY), e(ADDRESS), self.buyer_phone)


# --------------------------------------------------------------------------
# expected labels


def chg(q=None, p=None, d=None, sched=None):
    return {"q": q, "p": p, "d": d, "sched": sched}


def po_lines(po, spec):
    nums = [l["line"] for l in po.lines]
    assert sorted(spec) == nums, (po.number, sorted(spec), nums)
    out = {}
    for l in po.lines:
        s = spec[l["line"]]
        if s == "A":
            out[str(l["line"])] = {"status": "accepted", "quantity": l["quantity"],
                                   "unit_price": l["unit_price"], "date": l["requested_date"]}
        elif s == "R":
            out[str(l["line"])] = {"status": "rejected"}
        elif s == "U":
            out[str(l["line"])] = {"status": "unconfirmed"}
        else:
            q = s["q"] if s["q"] is not None else l["quantity"]
            p = s["p"] if s["p"] is not None else l["unit_price"]
            d = s["d"] if s["d"] is not None else l["requested_date"]
            assert (q != l["quantity"] or Decimal(p) != Decimal(l["unit_price"])
                    or d != l["requested_date"] or s["sched"]), (po.number, l["line"], "no change")
            e = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
            if s["sched"]:
                sch = [{"quantity": a, "date": b} for a, b in s["sched"]]
                assert sum(x["quantity"] for x in sch) == q, (po.number, l["line"], "schedule sum")
                assert max(x["date"] for x in sch) == d, (po.number, l["line"], "schedule date")
                e["schedule"] = sch
            out[str(l["line"])] = e
    return {"po_number": po.number, "lines": out}


def confirmation(notes, *pairs):
    return {"kind": "confirmation",
            "confirmations": [po_lines(po, spec) for po, spec in pairs],
            "notes": notes}


def other(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


# --------------------------------------------------------------------------
# quoting


def quote(text, prefix="> "):
    out = []
    for ln in text.rstrip("\n").split("\n"):
        out.append((prefix + ln) if ln.strip() else prefix.rstrip())
    return "\n".join(out) + "\n"


WD = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle".split(),
    "sk": "pondelok utorok streda štvrtok piatok sobota nedeľa".split(),
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap".split(),
    "ro": "luni marți miercuri joi vineri sâmbătă duminică".split(),
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
    "bg": "понеделник вторник сряда четвъртък петък събота неделя".split(),
    "el": "Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή".split(),
    "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai".split(),
    "ko": "월요일 화요일 수요일 목요일 금요일 토요일 일요일".split(),
    "he": ["יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון"],
}
MON = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "nb": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split(),
    "he": "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split(),
}

LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Cc\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "pt": ("De", "Enviado", "Para", "Cc", "Assunto"),
    "pt-BR": ("De", "Enviado em", "Para", "Cc", "Assunto"),
    "cs": ("Od", "Odesláno", "Komu", "Kopie", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Kópia", "Predmet"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Cc", "Subiect"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Копія", "Тема"),
    "bg": ("От", "Изпратено", "До", "Як", "Относно"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "nb": ("Fra", "Sendt", "Til", "Kopi", "Emne"),
    "da": ("Fra", "Sendt", "Til", "Cc", "Emne"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Kopija", "Tema"),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名"),
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "zh-TW": ("寄件者", "寄件日期", "收件者", "副本", "主旨"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목"),
    "he": ("מאת", "נשלח", "אל", "עותק", "נושא"),
}


def outlook_date(lang, t):
    wd, d, m, y = t.weekday(), t.day, t.month, t.year
    hm = "%02d:%02d" % (t.hour, t.minute)
    hm1 = "%d:%02d" % (t.hour, t.minute)
    if lang == "en":
        h12 = t.hour % 12 or 12
        return "%s, %s %d, %d %d:%02d %s" % (WD["en"][wd], MON["en"][m - 1], d, y, h12, t.minute,
                                             "AM" if t.hour < 12 else "PM")
    if lang == "de":
        return "%s, %d. %s %d %s" % (WD["de"][wd], d, MON["de"][m - 1], y, hm)
    if lang == "fr":
        return "%s %d %s %d %s" % (WD["fr"][wd], d, MON["fr"][m - 1], y, hm)
    if lang == "es":
        return "%s, %d de %s de %d %s" % (WD["es"][wd], d, MON["es"][m - 1], y, hm1)
    if lang == "it":
        return "%s %d %s %d %s" % (WD["it"][wd], d, MON["it"][m - 1], y, hm)
    if lang == "nl":
        return "%s %d %s %d %s" % (WD["nl"][wd], d, MON["nl"][m - 1], y, hm)
    if lang == "pl":
        return "%s, %d %s %d %s" % (WD["pl"][wd], d, MON["pl"][m - 1], y, hm)
    if lang in ("pt", "pt-BR"):
        return "%s, %d de %s de %d %s" % (WD["pt"][wd], d, MON["pt"][m - 1], y, hm)
    if lang == "cs":
        return "%s %d. %s %d %s" % (WD["cs"][wd], d, MON["cs"][m - 1], y, hm1)
    if lang == "sk":
        return "%s %d. %s %d %s" % (WD["sk"][wd], d, MON["sk"][m - 1], y, hm1)
    if lang == "hu":
        return "%d. %s %d., %s %s" % (y, MON["hu"][m - 1], d, WD["hu"][wd], hm1)
    if lang == "ro":
        return "%s, %d %s %d %s" % (WD["ro"][wd], d, MON["ro"][m - 1], y, hm)
    if lang == "tr":
        return "%d %s %d %s %s" % (d, MON["tr"][m - 1], y, WD["tr"][wd], hm)
    if lang == "ru":
        return "%d %s %d г. %s" % (d, MON["ru"][m - 1], y, hm1)
    if lang == "uk":
        return "%d %s %d р. %s" % (d, MON["uk"][m - 1], y, hm1)
    if lang == "bg":
        return "%s, %d %s %d г. %s" % (WD["bg"][wd], d, MON["bg"][m - 1], y, hm1)
    if lang == "el":
        h12 = t.hour % 12 or 12
        return "%s, %d %s %d %d:%02d %s" % (WD["el"][wd], d, MON["el"][m - 1], y, h12, t.minute,
                                            "πμ" if t.hour < 12 else "μμ")
    if lang == "nb":
        return "%s %d. %s %d %s" % (WD["nb"][wd], d, MON["nb"][m - 1], y, hm)
    if lang == "da":
        return "%d. %s %d %s" % (d, MON["da"][m - 1], y, hm)
    if lang == "sv":
        return "den %d %s %d %s" % (d, MON["sv"][m - 1], y, hm)
    if lang == "fi":
        return "%s %d. %s %d %d.%02d" % (WD["fi"][wd], d, MON["fi"][m - 1], y, t.hour, t.minute)
    if lang == "lt":
        return "%d m. %s %d d. %s" % (y, MON["lt"][m - 1], d, hm)
    if lang in ("ja", "zh"):
        return "%d年%d月%d日 %s" % (y, m, d, hm1)
    if lang == "zh-TW":
        return "%d年%d月%d日 %s %02d:%02d" % (y, m, d, "上午" if t.hour < 12 else "下午",
                                            t.hour % 12 or 12, t.minute)
    if lang == "ko":
        return "%d년 %d월 %d일 %s %s %d:%02d" % (y, m, d, WD["ko"][wd], "오전" if t.hour < 12 else "오후",
                                             t.hour % 12 or 12, t.minute)
    if lang == "he":
        return "%s %d %s %d %s" % (WD["he"][wd], d, MON["he"][m - 1], y, hm)
    raise KeyError(lang)


def outlook_header(lang, frm, sent, to, subject, cc=None, style="new"):
    lab = LABELS[lang]
    sep = "" if lang == "fr" else ""
    lines = []
    if style == "old":
        lines.append("-----Original Message-----")
    elif style == "new":
        lines.append("________________________________")
    else:
        lines.append("")
    lines.append("%s:%s %s" % (lab[0], sep, frm))
    lines.append("%s: %s" % (lab[1], sent))
    lines.append("%s: %s" % (lab[2], to))
    if cc:
        lines.append("%s: %s" % (lab[3], cc))
    lines.append("%s: %s" % (lab[4], subject))
    return "\n".join(lines) + "\n"


def outlook_quote(po, lang, local_tz, style="new", frm=None, to=None, subject=None, old_addr=False):
    t = po.req_sent.astimezone(local_tz)
    if frm is None:
        frm = ("%s [mailto:%s]" % (po.buyer_name, po.buyer_email) if old_addr else po.buyer_addr)
    to = to or po.to
    return outlook_header(lang, frm, outlook_date(lang, t), to, subject or po.subject,
                          style=style) + "\n" + po.request_text()


def html_from_text(text, charset="utf-8", lang="EN-US", font="Calibri", quoted_from=None):
    """Outlook-like HTML rendering of a plain text reply; lines after the line index
    quoted_from are put into the bordered 'original message' block."""
    e = _html.escape
    lines = text.rstrip("\n").split("\n")

    def para(ln):
        if not ln.strip():
            return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        lead = len(ln) - len(ln.lstrip(" "))
        return "<p class=MsoNormal>%s%s<o:p></o:p></p>\n" % ("&nbsp;" * lead, e(ln.lstrip(" ")))
    head = lines if quoted_from is None else lines[:quoted_from]
    tail = [] if quoted_from is None else lines[quoted_from:]
    body = "".join(para(ln) for ln in head)
    if tail:
        body += ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
                 + "".join(para(ln) for ln in tail) + "</div>\n")
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:\"Cambria Math\";}\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:\"%s\",sans-serif;}\n"
            "a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n"
            "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
            "<body lang=%s link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>\n"
            "<div class=WordSection1>\n%s</div>\n</body>\n</html>\n") % (charset, font, lang, body)


# --------------------------------------------------------------------------
# number formatting


def num(value, dec=2, dsep=",", gsep=".", group=True, indian=False):
    v = Decimal(str(value)).quantize(Decimal(1).scaleb(-dec)) if dec else Decimal(str(value)).quantize(Decimal(1))
    neg = v < 0
    s = "%.*f" % (dec, abs(v)) if dec else "%d" % abs(v)
    ip, _, fp = s.partition(".")
    if group:
        if indian and len(ip) > 3:
            head, tail = ip[:-3], ip[-3:]
            parts = []
            while len(head) > 2:
                parts.insert(0, head[-2:])
                head = head[:-2]
            if head:
                parts.insert(0, head)
            ip = gsep.join(parts + [tail])
        else:
            parts = []
            while len(ip) > 3:
                parts.insert(0, ip[-3:])
                ip = ip[:-3]
            parts.insert(0, ip)
            ip = gsep.join(parts)
    out = ip + (dsep + fp if dec else "")
    return ("-" if neg else "") + out


def dec(s):
    return Decimal(s)


# --------------------------------------------------------------------------
# case registry

CASES = []


def case(num, slug, hard):
    def deco(fn):
        CASES.append({"num": num, "slug": slug, "hard": hard, "fn": fn})
        return fn
    return deco
