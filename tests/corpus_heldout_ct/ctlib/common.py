"""PO builders, expected-label helpers, our own acknowledgment request (as the
agent sends it) and the quoting styles of common mail clients."""
import datetime as dt
import html as _html
from dataclasses import dataclass
from decimal import Decimal

from . import mime

CET = dt.timezone(dt.timedelta(hours=1))
ORG = "Corvane Trading & MRO B.V."
DOMAIN = "corvane.example"
ADDRESS = "Waalhaven Z.z. 41, 3089 JH Rotterdam, The Netherlands"

BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@corvane.example", "+31 10 555 0142"),
    "jonas": ("Jonas Weber", "jonas.weber@corvane.example", "+31 10 555 0147"),
    "laura": ("Laura Bianchi", "laura.bianchi@corvane.example", "+31 10 555 0151"),
    "mikkel": ("Mikkel Strand", "mikkel.strand@corvane.example", "+31 10 555 0139"),
    "priya": ("Priya Natarajan", "priya.natarajan@corvane.example", "+31 10 555 0163"),
    "tomas": ("Tomás Herrera", "tomas.herrera@corvane.example", "+31 10 555 0158"),
    "emma": ("Emma Novak", "emma.novak@corvane.example", "+31 10 555 0144"),
    "kenji": ("Kenji Mori", "kenji.mori@corvane.example", "+31 10 555 0171"),
    "arjun": ("Arjun Mehta", "arjun.mehta@corvane-india.example", "+91 22 5555 0142"),
}

REGISTRY = []


def case(fn):
    REGISTRY.append(fn)
    return fn


@dataclass
class Case:
    slug: str
    kind: str
    locale: str
    hard: str
    pos: list
    eml: bytes
    expected: dict


def S(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


class PO:
    def __init__(self, number, supplier, buyer, currency, issued, lines, req=None, ship_to=None,
                 has_request=True):
        self.number = number
        self.supplier = supplier
        self.buyer_key = buyer
        self.currency = currency
        self.issued = issued
        self.ship_to = ship_to or ADDRESS
        self.lines = []
        for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
            Decimal(price)
            dt.date.fromisoformat(date)
            self.lines.append({"line": i, "item": item, "description": desc, "quantity": qty, "uom": uom,
                               "unit_price": price, "requested_date": date})
        assert 1 <= len(self.lines) <= 5
        if req is None:
            req = issued + " 09:00"
        self.req_sent = dt.datetime.strptime(req, "%Y-%m-%d %H:%M").replace(tzinfo=CET)
        self.has_request = has_request

    @property
    def buyer(self):
        return BUYERS[self.buyer_key]

    @property
    def request_id(self):
        return "<ack-%s.%s@%s>" % (self.number, self.req_sent.strftime("%Y%m%d%H%M"),
                                   self.buyer[1].split("@")[1])

    @property
    def subject(self):
        return "Order acknowledgment request: PO %s" % self.number

    def line(self, n):
        return self.lines[n - 1]

    def json(self):
        d = {"po_number": self.number, "supplier": dict(self.supplier),
             "buyer": {"name": self.buyer[0], "email": self.buyer[1]},
             "currency": self.currency, "issued": self.issued}
        if self.has_request:
            d["request_message_id"] = self.request_id
        d["lines"] = [dict(l) for l in self.lines]
        return d

    def sent_in(self, tzh, tzm=0):
        return self.req_sent.astimezone(dt.timezone(dt.timedelta(hours=tzh, minutes=tzm)))


# ------------------------------------------------------------ expected labels

def acc(po, n):
    l = po.line(n)
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
            "date": l["requested_date"]}


def chg(po, n, quantity=None, unit_price=None, date=None, schedule=None):
    l = po.line(n)
    q = l["quantity"] if quantity is None else quantity
    p = l["unit_price"] if unit_price is None else unit_price
    d = l["requested_date"] if date is None else date
    dt.date.fromisoformat(d)
    assert (q != l["quantity"] or Decimal(p) != Decimal(l["unit_price"]) or d != l["requested_date"]), \
        "changed line %s/%d equals PO" % (po.number, n)
    r = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if schedule:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in schedule]
        assert sum(a for a, _ in schedule) == q, "schedule qty"
        assert max(b for _, b in schedule) == d, "schedule date"
    return r


def rej():
    return {"status": "rejected"}


def unc():
    return {"status": "unconfirmed"}


def confirmation(notes, *entries):
    confs = []
    for po, lines in entries:
        assert sorted(lines) == [l["line"] for l in po.lines], "lines of %s" % po.number
        confs.append({"po_number": po.number, "lines": {str(k): lines[k] for k in sorted(lines)}})
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


def other(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


# ------------------------------------------------------------ our request

def _grid(po):
    rows = [("Ln", "Item", "Description", "Qty", "UoM", "Unit price", "Need-by")]
    for l in po.lines:
        rows.append((str(l["line"]), l["item"], l["description"], str(l["quantity"]), l["uom"],
                     "%s %s" % (l["unit_price"], po.currency), l["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    out = []
    for r in rows:
        cells = [r[0].rjust(w[0]), r[1].ljust(w[1]), r[2].ljust(w[2]), r[3].rjust(w[3]), r[4].ljust(w[4]),
                 r[5].rjust(w[5]), r[6]]
        out.append("  ".join(cells).rstrip())
    return out


def request_text(po):
    b = po.buyer
    issued = dt.date.fromisoformat(po.issued)
    t = ["Dear Sir or Madam,", "",
         "Please confirm our purchase order %s of %s line by line" % (po.number, issued.strftime("%d %b %Y")),
         "(quantity, unit price and delivery date) by replying to this e-mail.", ""]
    t += _grid(po)
    t += ["", "Delivery address: %s" % po.ship_to,
          "Please quote our PO number in all correspondence.", "",
          "Kind regards", b[0], "Purchasing", ORG, "T %s" % b[2]]
    return "\n".join(t) + "\n"


def request_html(po):
    b = po.buyer
    e = _html.escape
    issued = dt.date.fromisoformat(po.issued)
    rows = "".join(
        "<tr><td>%d</td><td>%s</td><td>%s</td><td align=\"right\">%d</td><td>%s</td>"
        "<td align=\"right\">%s %s</td><td>%s</td></tr>" % (
            l["line"], e(l["item"]), e(l["description"]), l["quantity"], l["uom"], l["unit_price"],
            po.currency, l["requested_date"]) for l in po.lines)
    return ("<p>Dear Sir or Madam,</p>"
            "<p>Please confirm our purchase order <b>%s</b> of %s line by line (quantity, unit price and "
            "delivery date) by replying to this e-mail.</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse:collapse\">"
            "<tr><th>Ln</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th>"
            "<th>Need-by</th></tr>%s</table>"
            "<p>Delivery address: %s<br>Please quote our PO number in all correspondence.</p>"
            "<p>Kind regards<br>%s<br>Purchasing<br>%s<br>T %s</p>" % (
                po.number, issued.strftime("%d %b %Y"), rows, e(po.ship_to), e(b[0]), e(ORG), b[2]))


def request_message(po, crlf=False):
    """Our acknowledgment request exactly as it left the buyer's system."""
    b = po.buyer
    alt = mime.multipart("alternative", [
        mime.text(request_text(po), "plain", "utf-8", "quoted-printable"),
        mime.text("<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\">%s</body></html>"
                  % request_html(po), "html", "utf-8", "quoted-printable"),
    ], mime.bnd("java", po.number))
    return mime.mail((b[0], b[1]), (po.supplier["name"], po.supplier["email"]), po.subject, po.req_sent,
                     po.request_id, alt, extra=[("X-Mailer", "Corvane PO-Agent 2.4")], crlf=crlf)


# ------------------------------------------------------------ quoting styles

def gt(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(prefix.rstrip() if not line else prefix + line)
    return "\n".join(out) + "\n"


DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle".split(),
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap".split(),
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье".split(),
    "uk": "понеділок вівторок середа четвер п'ятниця субота неділя".split(),
    "ko": "월요일 화요일 수요일 목요일 금요일 토요일 일요일".split(),
    "sk": "pondelok utorok streda štvrtok piatok sobota nedeľa".split(),
}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "fi": ("tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
           "syyskuuta lokakuuta marraskuuta joulukuuta").split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "nb": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra".split(),
}

LABELS = {
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "pt": ("De:", "Enviado:", "Para:", "Assunto:"),
    "sv": ("Från:", "Skickat:", "Till:", "Ämne:"),
    "pl": ("Od:", "Wysłano:", "Do:", "Temat:"),
    "cs": ("Od:", "Odesláno:", "Komu:", "Předmět:"),
    "fi": ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Aihe:"),
    "da": ("Fra:", "Sendt:", "Til:", "Emne:"),
    "nb": ("Fra:", "Sendt:", "Til:", "Emne:"),
    "hu": ("Feladó:", "Elküldve:", "Címzett:", "Tárgy:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Konu:"),
    "ru": ("От:", "Отправлено:", "Кому:", "Тема:"),
    "uk": ("Від:", "Надіслано:", "Кому:", "Тема:"),
    "ja": ("差出人:", "送信日時:", "宛先:", "件名:"),
    "zh-CN": ("发件人:", "发送时间:", "收件人:", "主题:"),
    "zh-TW": ("寄件者:", "寄件日期:", "收件者:", "主旨:"),
    "ko": ("보낸 사람:", "보낸 날짜:", "받는 사람:", "제목:"),
    "sk": ("Od:", "Odoslané:", "Komu:", "Predmet:"),
}


def outlook_date(t, lang):
    wd, d, m, y = t.weekday(), t.day, t.month, t.year
    hm = "%02d:%02d" % (t.hour, t.minute)
    if lang == "en-US":
        h12 = t.hour % 12 or 12
        return "%s, %s %d, %d %d:%02d %s" % (DAYS["en"][wd], MONTHS["en"][m - 1], d, y, h12, t.minute,
                                             "AM" if t.hour < 12 else "PM")
    if lang == "en":
        return "%s, %d %s %d %s" % (DAYS["en"][wd], d, MONTHS["en"][m - 1], y, hm)
    if lang == "de":
        return "%s, %d. %s %d %s" % (DAYS["de"][wd], d, MONTHS["de"][m - 1], y, hm)
    if lang in ("fr", "it", "nl"):
        return "%s %d %s %d %s" % (DAYS[lang][wd], d, MONTHS[lang][m - 1], y, hm)
    if lang in ("es", "pt"):
        return "%s, %d de %s de %d %s" % (DAYS[lang][wd], d, MONTHS[lang][m - 1], y, hm)
    if lang == "sv":
        return "den %d %s %d %s" % (d, MONTHS["sv"][m - 1], y, hm)
    if lang == "pl":
        return "%s, %d %s %d %s" % (DAYS["pl"][wd], d, MONTHS["pl"][m - 1], y, hm)
    if lang in ("cs", "sk"):
        return "%s %d. %s %d %s" % (DAYS[lang][wd], d, MONTHS[lang][m - 1], y, hm)
    if lang == "fi":
        return "%s %d. %s %d %d.%02d" % (DAYS["fi"][wd], d, MONTHS["fi"][m - 1], y, t.hour, t.minute)
    if lang == "da":
        return "%d. %s %d %s" % (d, MONTHS["da"][m - 1], y, hm)
    if lang == "nb":
        return "%s %d. %s %d %s" % (DAYS["nb"][wd], d, MONTHS["nb"][m - 1], y, hm)
    if lang == "hu":
        return "%d. %s %d., %s %s" % (y, MONTHS["hu"][m - 1], d, DAYS["hu"][wd], hm)
    if lang == "tr":
        return "%d %s %d %s %s" % (d, MONTHS["tr"][m - 1], y, DAYS["tr"][wd], hm)
    if lang == "ru":
        return "%s, %d %s %d г. %s" % (DAYS["ru"][wd], d, MONTHS["ru"][m - 1], y, hm)
    if lang == "uk":
        return "%s, %d %s %d р. %s" % (DAYS["uk"][wd], d, MONTHS["uk"][m - 1], y, hm)
    if lang in ("ja", "zh-CN"):
        return "%d年%d月%d日 %s" % (y, m, d, hm)
    if lang == "zh-TW":
        ap = "上午" if t.hour < 12 else "下午"
        return "%d年%d月%d日 %s %02d:%02d" % (y, m, d, ap, t.hour % 12 or 12, t.minute)
    if lang == "ko":
        ap = "오전" if t.hour < 12 else "오후"
        return "%d년 %d월 %d일 %s %s %d:%02d" % (y, m, d, DAYS["ko"][wd], ap, t.hour % 12 or 12, t.minute)
    raise KeyError(lang)


def _lab(lang):
    return LABELS["en" if lang == "en-US" else lang]


def outlook_plain(po, lang, tzh, tzm=0, to=None, sep="________________________________"):
    """Outlook's quoted header block + our request (text/plain alternative)."""
    lf, ls, lt, lsub = _lab(lang)
    b = po.buyer
    t = po.sent_in(tzh, tzm)
    to = to or "%s <%s>" % (po.supplier["name"], po.supplier["email"])
    head = "%s %s <%s>\n%s %s\n%s %s\n%s %s\n" % (lf, b[0], b[1], ls, outlook_date(t, lang), lt, to, lsub,
                                                 po.subject)
    return (sep + "\n" if sep else "") + head + "\n" + request_text(po)


def outlook_html(po, lang, tzh, tzm=0, to=None):
    lf, ls, lt, lsub = _lab(lang)
    e = _html.escape
    b = po.buyer
    t = po.sent_in(tzh, tzm)
    to = to or "%s <%s>" % (po.supplier["name"], po.supplier["email"])
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p class="MsoNormal"><b>%s</b> %s &lt;%s&gt; <br><b>%s</b> %s<br><b>%s</b> %s<br><b>%s</b> %s</p>'
            '</div><p class="MsoNormal">&nbsp;</p>%s' % (
                e(lf), e(b[0]), b[1], e(ls), e(outlook_date(t, lang)), e(lt), e(to), e(lsub), e(po.subject),
                request_html(po)))


def html_doc(inner, charset="utf-8", rtl=False, font="Calibri,sans-serif"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:%s} --></style></head>'
            '<body%s lang="EN-US" link="#0563C1">%s</body></html>' % (
                charset, font, ' dir="rtl"' if rtl else "", inner))


def text_to_html(t):
    paras = []
    for block in t.strip("\n").split("\n\n"):
        paras.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(_html.escape(x, quote=False) for x in block.split("\n")))
    return '\n<p class="MsoNormal">&nbsp;</p>\n'.join(paras)


def reply_ids(po):
    return {"in_reply_to": po.request_id, "references": po.request_id}


def buyer_addr(po):
    return (po.buyer[0], po.buyer[1])


def trace(sender, host, ip, t, rcpt, sid):
    """Return-Path + the Received line our MX adds."""
    return [("Return-Path", "<%s>" % sender), mime.received(host, ip, "mx1.corvane.example", t, rcpt, sid=sid)]


import base64 as _b64
import re as _re
import hashlib as _hl

_HOSTS = {
    "outlook": ("mail-%s.outbound.protection.outlook.example", "198.51.100.%d"),
    "gmail": ("mail-%s.google.example", "209.85.%d.44"),
}


def reply(po, frm, date, body, subject=None, prefix="RE: ", style="outlook", seed=None, hdr_charset="utf-8",
          hdr_mode="B", extra=(), to=None, cc=None, thread=True, crlf=False, mailer=None, lang_tag=None,
          in_reply_to=None, references=None):
    """A supplier's mail to us (usually a reply to our request for ``po``)."""
    dom = frm[1].split("@")[1]
    subject = subject if subject is not None else prefix + po.subject
    seed = seed or (po.number + subject)
    h = _hl.sha1(seed.encode()).hexdigest()
    msgid = mime.mid(style, seed, dom)
    ex = []
    if style == "outlook":
        ti = _b64.b64encode(bytes.fromhex(h[:44])).decode()
        ex += [("Thread-Topic", mime.ew(_re.sub(r"^(?:(?:[^\s:]{1,4}|Automatische Antwort) ?: ?)+", "", subject), hdr_charset, hdr_mode)),
               ("Thread-Index", ti)]
        if lang_tag:
            ex += [("Accept-Language", "%s, en-US" % lang_tag), ("Content-Language", lang_tag)]
    ex += list(extra)
    if mailer:
        ex.append(("X-Mailer", mailer))
    rcpt = to if to else buyer_addr(po)
    rcpt_mail = rcpt[1] if isinstance(rcpt, tuple) else rcpt[0][1]
    if style in _HOSTS:
        host = _HOSTS[style][0] % h[:6]
        ip = _HOSTS[style][1] % (int(h[6:8], 16) % 200 + 20)
    else:
        host = "mail." + dom
        ip = "203.0.113.%d" % (int(h[6:8], 16) % 200 + 20)
    pre = trace(frm[1], host, ip, date, rcpt_mail, "4%s" % h[8:20].upper())
    irt = in_reply_to if in_reply_to is not None else (po.request_id if thread else None)
    refs = references if references is not None else (po.request_id if thread else None)
    return mime.mail(frm, rcpt, subject, date, msgid, body, cc=cc, in_reply_to=irt, references=refs,
                     extra=ex, pre=pre, hdr_charset=hdr_charset, hdr_mode=hdr_mode, crlf=crlf)


def outlook_alt(po, reply_txt, lang, tzh, tzm=0, charset="utf-8", cte="quoted-printable", seed="x",
                html_reply=None, to=None):
    plain = reply_txt.rstrip("\n") + "\n\n" + outlook_plain(po, lang, tzh, tzm, to=to)
    inner = (html_reply if html_reply is not None else text_to_html(reply_txt))
    html = html_doc(inner + '\n<p class="MsoNormal">&nbsp;</p>\n' + outlook_html(po, lang, tzh, tzm, to=to), charset)
    return mime.multipart("alternative", [mime.text(plain, "plain", charset, cte),
                                          mime.text(html, "html", charset, cte)], mime.bnd("outlook", seed))
