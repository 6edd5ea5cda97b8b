"""Shared pieces for batch AT: registry, PO and label helpers, the buyer's
request mail, quoting styles of common mail clients, dates and numbers."""
from __future__ import annotations

import datetime as dt
import hashlib
import html as _html
from decimal import Decimal

from . import mime

# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

REG = []  # (slug, "kind/locale", "what makes it hard", builder)


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


class Out:
    def __init__(self, pos, eml, kind, notes, confs=None):
        self.pos = pos
        self.eml = eml
        self.kind = kind
        self.notes = notes
        self.confs = confs

    def expected(self):
        d = {"kind": self.kind}
        if self.kind == "confirmation":
            d["confirmations"] = self.confs
        d["notes"] = self.notes
        return d


# --------------------------------------------------------------------------
# dates and time zones
# --------------------------------------------------------------------------

def D(s):
    return dt.date.fromisoformat(s)


def at(s, tzh=0, tzm=0):
    """at("2026-11-17 09:42:13", 1) -> aware datetime."""
    d = dt.datetime.fromisoformat(s)
    sign = -1 if tzh < 0 else 1
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=tzh, minutes=sign * tzm)))


def kw_fri(year, week):
    return dt.date.fromisocalendar(year, week, 5)


def kw_day(year, week, weekday):
    return dt.date.fromisocalendar(year, week, weekday)


# --------------------------------------------------------------------------
# parties
# --------------------------------------------------------------------------

BUYER_CO = "Brightmoor Group"
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@buyer.example", "+49 211 5584 213"),
    "jonas": ("Jonas Keller", "jonas.keller@buyer.example", "+49 211 5584 227"),
    "priya": ("Priya Nair", "priya.nair@buyer.example", "+49 211 5584 236"),
    "tom": ("Tom Whitfield", "tom.whitfield@buyer.example", "+44 161 496 0732"),
    "sofia": ("Sofia Marques", "sofia.marques@buyer.example", "+31 10 799 4410"),
    "lena": ("Lena Hoffmann", "lena.hoffmann@buyer.example", "+49 211 5584 241"),
}

SITES = {
    "dus": "Brightmoor Group, Central Warehouse, Hansaallee 190, 40549 Duesseldorf, Germany",
    "rtm": "Brightmoor Logistics B.V., Distributieweg 12, 3199 LM Rotterdam-Maasvlakte, Netherlands",
    "man": "Brightmoor UK Ltd, Unit 4 Trafford Park Road, Manchester M17 1HH, United Kingdom",
    "lnz": "Brightmoor Austria GmbH, Lager Linz, Industriezeile 47, 4020 Linz, Austria",
    "waw": "Brightmoor Polska Sp. z o.o., ul. Logistyczna 8, 05-090 Raszyn, Poland",
    "chi": "Brightmoor Inc., 2250 Busse Road, Elk Grove Village, IL 60007, USA",
    "buc": "Brightmoor Romania SRL, Depozit Chiajna, Str. Industriilor 5, 077040 Chiajna, Romania",
}


def supplier(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def buyer(key):
    n, e, _ = BUYERS[key]
    return {"name": n, "email": e}


class PO:
    def __init__(self, number, sup, buyer_key, currency, issued, lines, rid="auto", site="dus",
                 incoterms="DAP", payment="30 days net", req_time=None, subject=None):
        self.number = number
        self.sup = sup
        self.buyer_key = buyer_key
        self.currency = currency
        self.issued = issued
        self.site = site
        self.incoterms = incoterms
        self.payment = payment
        self.lines = []
        for i, ln in enumerate(lines, start=1):
            item, desc, qty, uom, price, date = ln
            Decimal(price)
            D(date)
            self.lines.append({"line": i, "item": item, "description": desc, "quantity": qty,
                               "uom": uom, "unit_price": price, "requested_date": date})
        if rid == "auto":
            rid = "<po-%s.1@buyer.example>" % number.replace("/", "-")
        self.rid = rid
        self.req_time = req_time or at(issued + " 10:14:00", 1)
        self.subject = subject or "Purchase order %s - please confirm" % number

    @property
    def buyer(self):
        return BUYERS[self.buyer_key]

    def json(self):
        d = {"po_number": self.number, "supplier": self.sup, "buyer": buyer(self.buyer_key),
             "currency": self.currency, "issued": self.issued}
        if self.rid:
            d["request_message_id"] = self.rid
        d["lines"] = self.lines
        return d

    def line(self, n):
        return self.lines[n - 1]


# --------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------

ACC = "accepted"
REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def CHG(q, p, d, sched=None):
    lab = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if sched:
        lab["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
    return lab


def conf(po, labels):
    out = {}
    for ln in po.lines:
        lab = labels.get(ln["line"], UNC)
        if lab == ACC:
            lab = {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
                   "date": ln["requested_date"]}
        out[str(ln["line"])] = dict(lab)
    return {"po_number": po.number, "lines": out}


def all_acc(po):
    return conf(po, {ln["line"]: ACC for ln in po.lines})


# --------------------------------------------------------------------------
# numbers and dates in text
# --------------------------------------------------------------------------

def num(v, dec=2, th=",", dp="."):
    v = Decimal(str(v))
    s = f"{v:,.{dec}f}" if dec is not None else f"{v:,}"
    return s.replace(",", "\x00").replace(".", dp).replace("\x00", th)


def qty(v, th=","):
    return f"{v:,}".replace(",", th)


def dmy(d, sep="."):
    d = D(d) if isinstance(d, str) else d
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def mdy(d, sep="/"):
    d = D(d) if isinstance(d, str) else d
    return f"{d.month:02d}{sep}{d.day:02d}{sep}{d.year}"


MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def long_en(d):
    d = D(d) if isinstance(d, str) else d
    return f"{d.day} {MON_EN[d.month - 1]} {d.year}"


def h(s):
    return _html.escape(s, quote=False)


# --------------------------------------------------------------------------
# deterministic ids
# --------------------------------------------------------------------------

def hx(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def HX(seed, n=16):
    return hx(seed, n).upper()


def mid_outlook(seed, host="AM0PR04MB7265", region="eurprd04"):
    return "<%s%s@%s.%s.prod.outlook.com>" % (host, HX(seed, 28), host, region)


def mid_gmail(seed):
    s = hashlib.sha256(seed.encode()).digest()
    import base64
    b = base64.b64encode(s + s[:12]).decode().replace("+", "A").replace("/", "b").rstrip("=")
    return "<CA%s@mail.gmail.com>" % b[:56]


def mid_apple(seed, domain):
    x = HX(seed, 32)
    return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)


def mid_tb(seed, domain):
    x = hx(seed, 32)
    return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)


def bnd_outlook(seed, n="000"):
    return "_%s_%s%s_" % (n, "DB9PR07MB", HX(seed, 30))


def bnd_gmail(seed):
    return "0000000000" + hx(seed, 16)


def bnd_apple(seed):
    x = HX(seed, 32)
    return "Apple-Mail=_%s-%s-%s-%s-%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32])


def bnd_tb(seed):
    return "------------" + HX(seed, 24)


def bnd_next(seed, n="000"):
    x = HX(seed, 16)
    return "----=_NextPart_%s_%s_%s.%s" % (n, x[:4], x[4:12], x[12:16])


def received(when, helo, ip, by="mx1.buyer.example", seed="x", rcpt="purchasing@buyer.example"):
    """Our MX (Duesseldorf, CET) logging the hand-over; the time is shown in CET."""
    w = (when + dt.timedelta(seconds=7)).astimezone(dt.timezone(dt.timedelta(hours=1)))
    return ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (helo, helo, ip, by, HX(seed + "q", 11), rcpt, mime.date(w)))


# --------------------------------------------------------------------------
# the buyer's request mail
# --------------------------------------------------------------------------

def fmt_req_date(d, style):
    if style == "iso":
        return d
    if style == "dmy":
        return dmy(d)
    if style == "mon":
        x = D(d)
        return f"{x.day:02d}-{MON_EN[x.month - 1][:3]}-{x.year}"
    raise ValueError(style)


def req_table_rows(po, style="iso"):
    head = ["Line", "Item", "Description", "Qty", "Unit", "Unit price", "Need by"]
    rows = []
    for ln in po.lines:
        rows.append([str(ln["line"]), ln["item"], ln["description"], qty(ln["quantity"]), ln["uom"],
                     "%s %s" % (ln["unit_price"], po.currency), fmt_req_date(ln["requested_date"], style)])
    return head, rows


def text_table(head, rows, right=(3, 5)):
    w = [max(len(r[i]) for r in [head] + rows) for i in range(len(head))]
    out = []
    for r in [head] + rows:
        cells = [(c.rjust(w[i]) if i in right else c.ljust(w[i])) for i, c in enumerate(r)]
        out.append("  ".join(cells).rstrip())
    return "\n".join(out)


class Request:
    """The acknowledgment request we sent for a PO (text, HTML, or a full message)."""

    def __init__(self, po, style="iso", intro=None, extra=None, subject=None, when=None, greeting=None):
        self.po = po
        self.style = style
        self.when = when or po.req_time
        self.subject = subject or po.subject
        b = po.buyer
        self.greeting = greeting or "Dear Sir or Madam,"
        self.intro = intro or ("Please find below our purchase order %s dated %s.\n"
                               "Kindly confirm quantities, unit prices and delivery dates by return e-mail."
                               % (po.number, fmt_req_date(po.issued, style)))
        self.extra = extra
        self.sig = "%s\nPurchasing | %s\nT %s\n%s" % (b[0], BUYER_CO, b[2], b[1])

    @property
    def from_addr(self):
        return mime.addr(self.po.buyer[0], self.po.buyer[1])

    @property
    def to_addr(self):
        return mime.addr(self.po.sup["name"], self.po.sup["email"])

    def text(self):
        po = self.po
        head, rows = req_table_rows(po, self.style)
        parts = [self.greeting, "", self.intro, "",
                 "PO %s | Supplier no. %s | Currency %s" % (po.number, po.sup["id"], po.currency),
                 "", text_table(head, rows), "",
                 "Delivery address: %s" % SITES[po.site],
                 "Incoterms: %s   Payment terms: %s" % (po.incoterms, po.payment)]
        if self.extra:
            parts += ["", self.extra]
        parts += ["", "Best regards", "", self.sig]
        return "\n".join(parts)

    def html_inner(self):
        po = self.po
        head, rows = req_table_rows(po, self.style)
        th = "".join('<th style="border:1px solid #999;padding:2px 6px;text-align:left">%s</th>' % h(c) for c in head)
        trs = "".join("<tr>%s</tr>" % "".join(
            '<td style="border:1px solid #999;padding:2px 6px">%s</td>' % h(c) for c in r) for r in rows)
        intro = "<br>\n".join(h(x) for x in self.intro.split("\n"))
        extra = "<p>%s</p>\n" % "<br>\n".join(h(x) for x in self.extra.split("\n")) if self.extra else ""
        sig = "<br>\n".join(h(x) for x in self.sig.split("\n"))
        return ("<p>%s</p>\n<p>%s</p>\n<p><b>PO %s</b> | Supplier no. %s | Currency %s</p>\n"
                '<table style="border-collapse:collapse;font-family:Arial;font-size:10pt">\n<tr>%s</tr>\n%s\n</table>\n'
                "<p>Delivery address: %s<br>\nIncoterms: %s &nbsp; Payment terms: %s</p>\n%s"
                "<p>Best regards</p>\n<p>%s</p>\n"
                % (h(self.greeting), intro, h(po.number), h(po.sup["id"]), h(po.currency), th, trs,
                   h(SITES[po.site]), h(po.incoterms), h(po.payment), extra, sig))

    def eml(self, to_override=None):
        po = self.po
        body_t = self.text()
        body_h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                  '<body style="font-family:Arial;font-size:10pt">\n%s</body></html>\n' % self.html_inner())
        alt = mime.multipart("alternative", [mime.text(body_t, "plain", "utf-8", "quoted-printable"),
                                             mime.text(body_h, "html", "utf-8", "quoted-printable")],
                             "=_bm_" + HX(po.number + "req", 20))
        hdrs = [("From", self.from_addr), ("To", to_override or self.to_addr),
                ("Subject", mime.fold_ascii(self.subject)), ("Date", mime.date(self.when)),
                ("Message-ID", po.rid or "<%s@buyer.example>" % hx(po.number)),
                ("MIME-Version", "1.0"), ("X-Mailer", "Brightmoor P2P Notifier 4.2")]
        return mime.message(hdrs, alt)


# --------------------------------------------------------------------------
# quoting styles
# --------------------------------------------------------------------------

def prefix(text, p="> "):
    return "\n".join((p + ln) if ln else p.rstrip() for ln in text.split("\n"))


OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:"),
    "pt": ("De:", "Enviada:", "Para:", "Assunto:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "pl": ("Od:", "Wysłano:", "Do:", "Temat:"),
    "cs": ("Od:", "Odesláno:", "Komu:", "Předmět:"),
    "sk": ("Od:", "Odoslané:", "Komu:", "Predmet:"),
    "sv": ("Från:", "Skickat:", "Till:", "Ämne:"),
    "da": ("Fra:", "Sendt:", "Til:", "Emne:"),
    "nb": ("Fra:", "Sendt:", "Til:", "Emne:"),
    "fi": ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Aihe:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Konu:"),
    "hu": ("Feladó:", "Elküldve:", "Címzett:", "Tárgy:"),
    "ru": ("От:", "Отправлено:", "Кому:", "Тема:"),
    "uk": ("Від:", "Надіслано:", "Кому:", "Тема:"),
    "el": ("Από:", "Στάλθηκε:", "Προς:", "Θέμα:"),
    "ro": ("De la:", "Trimis:", "Către:", "Subiect:"),
    "hr": ("Šalje:", "Poslano:", "Prima:", "Predmet:"),
    "bg": ("От:", "Изпратено:", "До:", "Относно:"),
    "sr": ("Од:", "Послато:", "За:", "Тема:"),
    "ja": ("差出人:", "送信日時:", "宛先:", "件名:"),
    "zh-CN": ("发件人:", "发送时间:", "收件人:", "主题:"),
    "zh-TW": ("寄件者:", "寄件日期:", "收件者:", "主旨:"),
    "ko": ("보낸 사람:", "보낸 날짜:", "받는 사람:", "제목:"),
    "he": ("מאת:", "נשלח:", "אל:", "נושא:"),
    "ar": ("من:", "تاريخ الإرسال:", "إلى:", "الموضوع:"),
    "th": ("จาก:", "ส่ง:", "ถึง:", "เรื่อง:"),
    "vi": ("Từ:", "Đã gửi:", "Đến:", "Chủ đề:"),
    "id": ("Dari:", "Dikirim:", "Kepada:", "Subjek:"),
    "lv": ("No:", "Nosūtīts:", "Kam:", "Tēma:"),
    "lt": ("Nuo:", "Išsiųsta:", "Kam:", "Tema:"),
    "et": ("Saatja:", "Saadetud:", "Adressaat:", "Teema:"),
    "sl": ("Od:", "Poslano:", "Za:", "Zadeva:"),
}

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"],
}
WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "nb": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
}


def outlook_sent(when, lang):
    d = when
    hm = f"{d.hour:02d}:{d.minute:02d}"
    wd = d.weekday()
    if lang == "en":
        h12 = d.hour % 12 or 12
        return f"{DAY_EN[wd]}, {MON_EN[d.month - 1]} {d.day}, {d.year} {h12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    if lang == "en-GB":
        return f"{DAY_EN[wd]}, {d.day} {MON_EN[d.month - 1]} {d.year} {hm}"
    if lang == "de":
        return f"{WEEKDAYS['de'][wd]}, {d.day}. {MONTHS['de'][d.month - 1]} {d.year} {hm}"
    if lang == "fr":
        return f"{WEEKDAYS['fr'][wd]} {d.day} {MONTHS['fr'][d.month - 1]} {d.year} {hm}"
    if lang == "it":
        return f"{WEEKDAYS['it'][wd]} {d.day} {MONTHS['it'][d.month - 1]} {d.year} {hm}"
    if lang == "es":
        return f"{WEEKDAYS['es'][wd]}, {d.day} de {MONTHS['es'][d.month - 1]} de {d.year} {hm}"
    if lang == "pt":
        return f"{WEEKDAYS['pt'][wd]}, {d.day} de {MONTHS['pt'][d.month - 1]} de {d.year} {hm}"
    if lang == "nl":
        return f"{WEEKDAYS['nl'][wd]} {d.day} {MONTHS['nl'][d.month - 1]} {d.year} {hm}"
    if lang == "sv":
        return f"den {d.day} {MONTHS['sv'][d.month - 1]} {d.year} {hm}"
    if lang == "da":
        return f"{d.day}. {MONTHS['da'][d.month - 1]} {d.year} {hm}"
    if lang == "nb":
        return f"{WEEKDAYS['nb'][wd]} {d.day}. {MONTHS['nb'][d.month - 1]} {d.year} {hm}"
    if lang in ("ja", "zh-CN"):
        return f"{d.year}年{d.month}月{d.day}日 {hm}"
    return f"{d.day:02d}.{d.month:02d}.{d.year} {hm}"


def outlook_quote_text(req, lang="en", sent=None, rule=True, when=None):
    L = OUTLOOK_LABELS[lang.split("-")[0] if lang not in OUTLOOK_LABELS else lang]
    sent = sent or outlook_sent(when or req.when, lang)
    b = req.po.buyer
    head = "\n".join([f"{L[0]} {b[0]} <{b[1]}>", f"{L[1]} {sent}",
                      f"{L[2]} {req.po.sup['name']} <{req.po.sup['email']}>", f"{L[3]} {req.subject}"])
    sep = "________________________________\n" if rule else "-----Original Message-----\n"
    return sep + head + "\n\n" + req.text()


def outlook_quote_html(req, lang="en", sent=None, when=None):
    L = OUTLOOK_LABELS[lang.split("-")[0] if lang not in OUTLOOK_LABELS else lang]
    sent = sent or outlook_sent(when or req.when, lang)
    b = req.po.buyer
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal"><b>%s</b> %s &lt;%s&gt;<br>\n<b>%s</b> %s<br>\n<b>%s</b> %s &lt;%s&gt;<br>\n'
            '<b>%s</b> %s</p>\n</div>\n<div>%s</div>\n'
            % (h(L[0]), h(b[0]), h(b[1]), h(L[1]), h(sent), h(L[2]), h(req.po.sup["name"]),
               h(req.po.sup["email"]), h(L[3]), h(req.subject), req.html_inner()))


def gmail_attr_en(req):
    d = req.when
    h12 = d.hour % 12 or 12
    return (f"On {DAY_EN[d.weekday()][:3]}, {MON_EN[d.month - 1][:3]} {d.day}, {d.year} at "
            f"{h12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'} {req.po.buyer[0]} <{req.po.buyer[1]}> wrote:")


def gt_quote_text(req, attribution):
    return attribution + "\n\n" + prefix(req.text())


def gmail_quote_html(req, attribution):
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n' % (h(attribution), req.html_inner()))


def bq_quote_html(req, attribution):
    return ('<div>%s<br></div>\n<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:2px solid '
            '#1010ff;padding-left:1ex">%s</blockquote>\n' % (h(attribution), req.html_inner()))


# --------------------------------------------------------------------------
# turning reply text into HTML
# --------------------------------------------------------------------------

def mso(text):
    """Outlook-style paragraphs."""
    out = []
    for ln in text.split("\n"):
        out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (h(ln).replace("  ", " &nbsp;") if ln.strip() else "&nbsp;"))
    return "\n".join(out) + "\n"


def divs(text):
    """Gmail / Apple style: one <div> per line, <br> for empty lines."""
    out = []
    for ln in text.split("\n"):
        out.append("<div>%s</div>" % (h(ln) if ln.strip() else "<br>"))
    return "\n".join(out) + "\n"


def outlook_doc(inner, charset="utf-8", lang="EN-GB", dir_rtl=False):
    d = ' dir="rtl"' if dir_rtl else ""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"%s>\n'
            '<div class="WordSection1">\n%s</div>\n</body>\n</html>\n' % (charset, lang, d, inner))


def simple_doc(inner, charset="utf-8", dir_rtl=False):
    d = ' dir="rtl"' if dir_rtl else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body%s>%s</body></html>\n' % (charset, d, inner))


# --------------------------------------------------------------------------
# assembling a reply
# --------------------------------------------------------------------------

def std_headers(*, frm, to, subject, when, msgid, irt=None, refs=None, cc=None, extra=(), rcv=None,
                subj_charset="utf-8", subj_mode="B"):
    hd = []
    if rcv:
        from email.utils import getaddresses
        rc = [a for _, a in getaddresses([to]) if "@" in a]
        hd.append(("Return-Path", "<%s>" % rcv[0]))
        hd.append(received(when, rcv[1], rcv[2], seed=msgid,
                           rcpt=rcv[3] if len(rcv) > 3 else (rc[0] if rc else "purchasing@buyer.example")))
    hd += [("From", frm), ("To", to)]
    if cc:
        hd.append(("Cc", cc))
    hd += [("Subject", mime.ew(subject, subj_charset, subj_mode)), ("Date", mime.date(when)),
           ("Message-ID", msgid)]
    if irt:
        hd.append(("In-Reply-To", irt))
    if refs:
        hd.append(("References", refs))
    hd += list(extra)
    return hd


def outlook_extra(subject_topic, seed, lang="en-US", has_attach=False, topic_charset="utf-8"):
    import base64
    ti = base64.b64encode(bytes.fromhex("01DB" + hx(seed + "ti", 40))).decode()
    return [("Thread-Topic", mime.ew(subject_topic, topic_charset, "B")), ("Thread-Index", ti),
            ("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"),
            ("Content-Language", lang),
            ("X-MS-Has-Attach", "yes" if has_attach else ""), ("X-MS-TNEF-Correlator", ""),
            ("MIME-Version", "1.0")]


def alt(text_part, html_part, boundary):
    return mime.multipart("alternative", [text_part, html_part], boundary)


def mixed(parts, boundary, preamble=None):
    return mime.multipart("mixed", parts, boundary, preamble=preamble)


# --------------------------------------------------------------------------
# whole replies as common clients write them
# --------------------------------------------------------------------------

def _ip(seed, net="203.0.113"):
    return "%s.%d" % (net, int(hx(seed, 4), 16) % 200 + 20)


def _wrap(alt_part, attachments, seed, btype="outlook"):
    if not attachments:
        return alt_part
    if btype == "outlook":
        b = bnd_outlook(seed, "004")
    elif btype == "gmail":
        b = bnd_gmail(seed + "mixed")
    elif btype == "apple":
        b = bnd_apple(seed + "mixed")
    elif btype == "tb":
        b = bnd_tb(seed + "mixed")
    else:
        b = bnd_next(seed, "001")
    pre = "This is a multi-part message in MIME format." if btype in ("tb", "next") else None
    return mixed([alt_part] + list(attachments), b, preamble=pre)


def outlook_reply(po, req, *, frm, email, when, body, sig="", lang="en", olang="en-GB", charset="utf-8",
                  cte="quoted-printable", prefix_="RE: ", subject=None, attachments=(), quote=True,
                  quote_lang=None, sent=None, cc=None, hdr_charset=None, host="AM0PR04MB7265",
                  region="eurprd04", html_body=None, rtl=False, extra_headers=(), irt="auto", refs="auto",
                  seed=None, html_cte=None):
    seed = seed or po.number + email + str(when)
    if host == "AM0PR04MB7265":
        k = int(hx(seed + "host", 6), 16)
        pre, reg = [("AM0PR04MB", "eurprd04"), ("DB9PR07MB", "eurprd07"), ("PAXPR08MB", "eurprd08"),
                    ("VI1PR03MB", "eurprd03"), ("AS8PR10MB", "eurprd10"), ("DU2PR04MB", "eurprd04"),
                    ("GV1PR02MB", "eurprd02"), ("PR3PR09MB", "eurprd09")][k % 8]
        host, region = "%s%04d" % (pre, k % 9000 + 1000), reg
    ql = quote_lang or lang
    text_body = body + ("\n\n" + sig if sig else "")
    t = text_body
    hb = html_body if html_body is not None else mso(text_body)
    if quote:
        t += "\n\n" + outlook_quote_text(req, ql, sent)
        hb += '<p class="MsoNormal">&nbsp;</p>\n<div>\n' + outlook_quote_html(req, ql, sent) + "</div>\n"
    html_doc = outlook_doc(hb, charset, olang.upper(), dir_rtl=rtl)
    msgid = mid_outlook(seed, host, region)
    local = msgid[1:].split("@")[0]
    a = alt(mime.text(t + "\n", "plain", charset, cte),
            mime.text(html_doc, "html", charset, html_cte or cte), "_000_%s_" % local)
    body_part = mixed([a] + list(attachments), "_004_%s_" % local) if attachments else a
    subject = subject if subject is not None else prefix_ + req.subject
    hc = hdr_charset or charset
    hdrs = std_headers(frm=mime.addr(frm, email, hc), to=mime.addr(po.buyer[0], po.buyer[1]), subject=subject,
                       when=when, msgid=msgid,
                       irt=po.rid if irt == "auto" else irt, refs=po.rid if refs == "auto" else refs,
                       cc=cc, rcv=(email, "%s-obe.outbound.protection.outlook.com" % host,
                                   _ip(seed, "40.107.22")), subj_charset=hc)
    hdrs += list(extra_headers)
    hdrs += outlook_extra(subject[len(prefix_):] if subject.startswith(prefix_) else subject, seed, olang,
                          bool(attachments), hc)
    return mime.message(hdrs, body_part)


def gmail_reply(po, req, *, frm, email, when, body, sig="", attribution=None, charset="UTF-8",
                cte="quoted-printable", prefix_="Re: ", subject=None, attachments=(), quote=True,
                cc=None, html_body=None, rtl=False, irt="auto", refs="auto", seed=None, hdr_charset=None,
                text_cte=None):
    seed = seed or po.number + email + str(when)
    attribution = attribution or gmail_attr_en(req)
    text_body = body + ("\n\n-- \n" + sig if sig else "")
    t = text_body
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    hb = html_body if html_body is not None else divs(body) + (
        '<br><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">'
        + divs(sig) + "</div>" if sig else "")
    hb = "<div%s>%s</div>" % (d, hb)
    if quote:
        t += "\n\n" + gt_quote_text(req, attribution)
        hb += "<br>" + gmail_quote_html(req, attribution)
    a = alt(mime.text(t + "\n", "plain", charset, text_cte or cte, quote_charset=True),
            mime.text(hb + "\n", "html", charset, cte, quote_charset=True), bnd_gmail(seed))
    body_part = _wrap(a, attachments, seed, "gmail")
    subject = subject if subject is not None else prefix_ + req.subject
    hc = hdr_charset or "UTF-8"
    hdrs = std_headers(frm=mime.addr(frm, email, hc), to=mime.addr(po.buyer[0], po.buyer[1]), subject=subject,
                       when=when, msgid=mid_gmail(seed), irt=po.rid if irt == "auto" else irt,
                       refs=po.rid if refs == "auto" else refs, cc=cc,
                       rcv=(email, "mail-ej1-f%d.google.com" % (int(hx(seed, 2), 16) % 60 + 10),
                            _ip(seed, "209.85.218")), subj_charset=hc)
    hdrs += [("MIME-Version", "1.0")]
    return mime.message(hdrs, body_part)


def apple_reply(po, req, *, frm, email, when, body, sig="", attribution=None, charset="utf-8",
                cte="quoted-printable", prefix_="Re: ", subject=None, attachments=(), quote=True, cc=None,
                iphone=None, irt="auto", refs="auto", seed=None, hdr_charset=None, html=True,
                mailer="Apple Mail (2.3826.500.181.1.5)"):
    seed = seed or po.number + email + str(when)
    if attribution is None:
        d = req.when
        attribution = "On %d %s %d, at %02d:%02d, %s <%s> wrote:" % (
            d.day, MON_EN[d.month - 1][:3], d.year, d.hour, d.minute, po.buyer[0], po.buyer[1])
    text_body = body + ("\n\n" + sig if sig else "")
    if iphone:
        text_body += "\n\n" + iphone
    t = text_body
    if quote:
        t += "\n\n" + prefix(attribution + "\n\n" + req.text(), "> ")
    parts_t = mime.text(t + "\n", "plain", charset, cte, quote_charset=False)
    if html:
        hb = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
              '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
              '%s' % (charset, divs(text_body)))
        if quote:
            hb += ('<div><br><blockquote type="cite"><div>%s</div><br>%s</blockquote></div>'
                   % (h(attribution), req.html_inner()))
        hb += "</body></html>"
        parts_h = mime.text(hb + "\n", "html", charset, cte, quote_charset=False)
        a = alt(parts_t, parts_h, bnd_apple(seed))
    else:
        a = parts_t
    body_part = _wrap(a, attachments, seed, "apple")
    subject = subject if subject is not None else prefix_ + req.subject
    hc = hdr_charset or "utf-8"
    hdrs = std_headers(frm=mime.addr(frm, email, hc), to=mime.addr(po.buyer[0], po.buyer[1]), subject=subject,
                       when=when, msgid=mid_apple(seed, email.split("@")[1]),
                       irt=po.rid if irt == "auto" else irt, refs=po.rid if refs == "auto" else refs, cc=cc,
                       rcv=(email, "mail." + email.split("@")[1], _ip(seed)), subj_charset=hc)
    if iphone:
        hdrs += [("Mime-Version", "1.0 (1.0)"), ("X-Mailer", "iPhone Mail (22B91)")]
    else:
        hdrs += [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"), ("X-Mailer", mailer)]
    return mime.message(hdrs, body_part)


def tb_reply(po, req, *, frm, email, when, body, sig="", attribution=None, charset="UTF-8", cte="8bit",
             prefix_="Re: ", subject=None, attachments=(), quote=True, cc=None, irt="auto", refs="auto",
             seed=None, hdr_charset=None, flowed=True, text=None, ua=None, lang="en-US", html=False):
    """Thunderbird, plain text by default.  ``text`` overrides the whole body (for inline answers)."""
    seed = seed or po.number + email + str(when)
    if attribution is None:
        d = req.when
        attribution = "On %d/%d/%d %d:%02d, %s wrote:" % (d.month, d.day, d.year % 100, d.hour, d.minute,
                                                         po.buyer[0])
    if text is None:
        t = body + ("\n\n-- \n" + sig if sig else "")
        if quote:
            t = t + "\n\n" + attribution + "\n" + prefix(req.text(), "> ")
    else:
        t = text
    tp = mime.text(t + "\n", "plain", charset, cte, quote_charset=False, flowed=flowed)
    if html:
        hb = simple_doc("<p>%s</p>" % "<br>\n".join(h(x) for x in t.split("\n")), charset)
        tp = alt(tp, mime.text(hb, "html", charset, cte, quote_charset=False), bnd_tb(seed + "alt"))
    body_part = _wrap(tp, attachments, seed, "tb")
    if attachments:
        body_part.preamble = "This is a multi-part message in MIME format."
    subject = subject if subject is not None else prefix_ + req.subject
    hc = hdr_charset or "UTF-8"
    hdrs = [("Message-ID", mid_tb(seed, email.split("@")[1])), ("Date", mime.date(when)),
            ("MIME-Version", "1.0"),
            ("User-Agent", ua or "Mozilla Thunderbird"),
            ("Subject", mime.ew(subject, hc, "B")),
            ("Content-Language", lang),
            ("To", mime.addr(po.buyer[0], po.buyer[1])),
            ("References", po.rid if refs == "auto" else refs) if (refs if refs != "auto" else po.rid) else None,
            ("In-Reply-To", po.rid if irt == "auto" else irt) if (irt if irt != "auto" else po.rid) else None,
            ("From", mime.addr(frm, email, hc))]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs = [x for x in hdrs if x]
    rc = [("Return-Path", "<%s>" % email), received(when, "mail." + email.split("@")[1], _ip(seed), seed=seed,
                                                    rcpt=po.buyer[1])]
    return mime.message(rc + hdrs, body_part)


def json_lines(po):
    return [po.json()]
