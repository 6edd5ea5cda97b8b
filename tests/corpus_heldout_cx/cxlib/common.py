"""PO builders, date helpers, request texts and label helpers."""
import datetime as _dt
import hashlib
from decimal import Decimal

BUYER_COMPANY = "Northgate Sourcing GmbH"
BUYER_DOMAIN = "northgate-sourcing.example"
BUYERS = {
    "cv": ("Clara Vennet", "clara.vennet@northgate-sourcing.example"),
    "tr": ("Tomasz Rybak", "tomasz.rybak@northgate-sourcing.example"),
    "pn": ("Priya Natarajan", "priya.natarajan@northgate-sourcing.example"),
    "ja": ("Jonas Albrecht", "jonas.albrecht@northgate-sourcing.example"),
    "mo": ("Marisol Ortega", "marisol.ortega@northgate-sourcing.example"),
}
PURCHASING = "purchasing@northgate-sourcing.example"

CET = _dt.timezone(_dt.timedelta(hours=1))


def tz(hours, minutes=0):
    sign = 1 if hours >= 0 else -1
    return _dt.timezone(_dt.timedelta(hours=hours, minutes=sign * minutes))


def dt(y, mo, d, h=0, mi=0, s=0, tzinfo=CET):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=tzinfo)


def d(iso):
    return _dt.date.fromisoformat(iso)


def iso(date):
    return date.isoformat()


def week_friday(year, week):
    return _dt.date.fromisocalendar(year, week, 5)


def add_days(iso_date, n):
    return (d(iso_date) + _dt.timedelta(days=n)).isoformat()


def h(seed, n=16):
    """Deterministic hex string."""
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def hu(seed, n=16):
    return h(seed, n).upper()


class Line:
    def __init__(self, line, item, description, quantity, uom, unit_price, requested_date):
        self.line = line
        self.item = item
        self.description = description
        self.quantity = quantity
        self.uom = uom
        self.unit_price = unit_price
        self.requested_date = requested_date

    def to_json(self):
        return {
            "line": self.line,
            "item": self.item,
            "description": self.description,
            "quantity": self.quantity,
            "uom": self.uom,
            "unit_price": self.unit_price,
            "requested_date": self.requested_date,
        }


class PO:
    def __init__(self, number, supplier, buyer, currency, issued, lines,
                 request=True, req_dt=None, req_seq=1, contact=None):
        self.number = number
        self.supplier = supplier  # dict id,name,email,locale
        self.buyer_key = buyer
        self.buyer_name, self.buyer_email = BUYERS[buyer]
        self.currency = currency
        self.issued = issued
        self.lines = [Line(i + 1, *l) for i, l in enumerate(lines)]
        self.request = request
        self.req_seq = req_seq
        self.contact = contact
        if req_dt is None:
            y, m, dd = map(int, issued.split("-"))
            req_dt = dt(y, m, dd, 9, 42, 17)
        self.req_dt = req_dt

    @property
    def request_id(self):
        return "<po-%s.%d@%s>" % (self.number, self.req_seq, BUYER_DOMAIN)

    @property
    def subject(self):
        return "Order acknowledgement request - PO %s" % self.number

    def line(self, n):
        return self.lines[n - 1]

    def to_json(self):
        j = {
            "po_number": self.number,
            "supplier": dict(self.supplier),
            "buyer": {"name": self.buyer_name, "email": self.buyer_email},
            "currency": self.currency,
            "issued": self.issued,
        }
        if self.request:
            j["request_message_id"] = self.request_id
        j["lines"] = [l.to_json() for l in self.lines]
        return j


def supplier(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


# ---------------------------------------------------------------- request text

def _fmt_date_long(iso_date):
    x = d(iso_date)
    return x.strftime("%d %b %Y").lstrip("0")


def req_table_rows(po):
    rows = [("Line", "Item", "Description", "Qty", "UoM",
             "Unit price (%s)" % po.currency, "Req. date")]
    for l in po.lines:
        rows.append((str(l.line), l.item, l.description, str(l.quantity), l.uom,
                     l.unit_price, l.requested_date))
    return rows


def req_table_text(po):
    rows = req_table_rows(po)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            if i in (3, 5):
                cells.append(c.rjust(widths[i]))
            else:
                cells.append(c.ljust(widths[i]))
        out.append("  ".join(cells).rstrip())
    return "\n".join(out)


def req_text(po, greeting=None):
    g = greeting or ("Dear %s," % po.contact if po.contact else "Dear Sir or Madam,")
    reminder = ""
    if po.req_seq > 1:
        reminder = ("This is a reminder: we have not yet received your confirmation.\n\n")
    return (
        "%s\n\n%s"
        "Please find attached our purchase order %s dated %s.\n"
        "Kindly confirm quantity, unit price and delivery date for each line\n"
        "by replying to this e-mail.\n\n"
        "%s\n\n"
        "Delivery address: %s, Goods-in Gate 3, Kanalstrasse 41, 22085 Hamburg, Germany\n"
        "Terms: as per our general terms of purchase.\n\n"
        "Best regards\n%s\nPurchasing | %s\n"
        "Tel. +49 40 5550 1200\n"
        % (g, reminder, po.number, _fmt_date_long(po.issued), req_table_text(po),
           BUYER_COMPANY, po.buyer_name, BUYER_COMPANY)
    )


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def req_html(po):
    g = "Dear %s," % po.contact if po.contact else "Dear Sir or Madam,"
    rows = req_table_rows(po)
    trs = []
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        trs.append("<tr>" + "".join(
            '<%s style="border:1px solid #999;padding:2px 6px">%s</%s>' % (tag, esc(c), tag)
            for c in r) + "</tr>")
    return (
        "<p>%s</p><p>Please find attached our purchase order %s dated %s.<br>"
        "Kindly confirm quantity, unit price and delivery date for each line by replying to this e-mail.</p>"
        '<table style="border-collapse:collapse;font-size:10pt">%s</table>'
        "<p>Delivery address: %s, Goods-in Gate 3, Kanalstrasse 41, 22085 Hamburg, Germany<br>"
        "Terms: as per our general terms of purchase.</p>"
        "<p>Best regards<br>%s<br>Purchasing | %s<br>Tel. +49 40 5550 1200</p>"
        % (esc(g), po.number, _fmt_date_long(po.issued), "\n".join(trs), BUYER_COMPANY,
           esc(po.buyer_name), BUYER_COMPANY)
    )


def quote_gt(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line == "":
            out.append(prefix.rstrip())
        elif line.startswith(">"):
            out.append(prefix.rstrip() + line)
        else:
            out.append(prefix + line)
    return "\n".join(out) + "\n"


def outlook_block(labels, from_, sent, to, subject, cc=None, sep=": "):
    """Plain-text Outlook quote header. labels = (From, Sent, To, Cc, Subject)."""
    lines = ["%s%s%s" % (labels[0], sep, from_), "%s%s%s" % (labels[1], sep, sent),
             "%s%s%s" % (labels[2], sep, to)]
    if cc:
        lines.append("%s%s%s" % (labels[3], sep, cc))
    lines.append("%s%s%s" % (labels[4], sep, subject))
    return "\n".join(lines) + "\n"


def outlook_block_html(labels, from_, sent, to, subject, cc=None, sep=": "):
    parts = ["<b>%s%s</b>%s" % (esc(labels[0]), sep, esc(from_)),
             "<b>%s%s</b>%s" % (esc(labels[1]), sep, esc(sent)),
             "<b>%s%s</b>%s" % (esc(labels[2]), sep, esc(to))]
    if cc:
        parts.append("<b>%s%s</b>%s" % (esc(labels[3]), sep, esc(cc)))
    parts.append("<b>%s%s</b>%s" % (esc(labels[4]), sep, esc(subject)))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p class="MsoNormal">' + "<br>\n".join(parts) + "</p></div>")


OUTLOOK = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "pt": ("De", "Enviada", "Para", "Cc", "Assunto"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Kopie", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Kópia", "Predmet"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy"),
    "da": ("Fra", "Sendt", "Til", "Cc", "Emne"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    "nb": ("Fra", "Sendt", "Til", "Kopi", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Копія", "Тема"),
    "ro": ("De la", "Trimis", "Către", "Cc", "Subiect"),
    "sl": ("Od", "Poslano", "Za", "Kp", "Zadeva"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Kopija", "Tema"),
    "bg": ("От", "Изпратено", "До", "Копие", "Относно"),
    "he": ("מאת", "נשלח", "אל", "עותק", "נושא"),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목"),
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "ar": ("من", "تم الإرسال", "إلى", "نسخة", "الموضوع"),
    "hr": ("Šalje", "Poslano", "Prima", "Kopija", "Predmet"),
    "lv": ("No", "Nosūtīts", "Kam", "Kopija", "Tēma"),
}


def buyer_addr(po):
    return "%s <%s>" % (po.buyer_name, po.buyer_email)


# ---------------------------------------------------------------- labels

def dec_eq(a, b):
    return Decimal(str(a)) == Decimal(str(b))


class _L:
    def __init__(self, status, quantity=None, unit_price=None, date=None, schedule=None):
        self.status = status
        self.quantity = quantity
        self.unit_price = unit_price
        self.date = date
        self.schedule = schedule


def acc():
    return _L("accepted")


def rej():
    return _L("rejected")


def unc():
    return _L("unconfirmed")


def chg(q=None, p=None, date=None, sched=None):
    return _L("changed", q, p, date, sched)


def _resolve(po, n, lab):
    ln = po.line(n)
    if lab.status == "accepted":
        return {"status": "accepted", "quantity": ln.quantity,
                "unit_price": ln.unit_price, "date": ln.requested_date}
    if lab.status in ("rejected", "unconfirmed"):
        return {"status": lab.status}
    sched = None
    if lab.schedule:
        sched = [{"quantity": q, "date": dd} for q, dd in lab.schedule]
    q = lab.quantity if lab.quantity is not None else (
        sum(s["quantity"] for s in sched) if sched else ln.quantity)
    p = lab.unit_price if lab.unit_price is not None else ln.unit_price
    date = lab.date if lab.date is not None else (
        sched[-1]["date"] if sched else ln.requested_date)
    out = {"status": "changed", "quantity": q, "unit_price": p, "date": date}
    if sched:
        out["schedule"] = sched
    if not sched and q == ln.quantity and dec_eq(p, ln.unit_price) and date == ln.requested_date:
        raise ValueError("changed label equals PO for %s line %d" % (po.number, n))
    return out


def conf(answers, notes):
    """answers: list of (po, {line: label})."""
    confs = []
    for po, labs in answers:
        if sorted(labs) != [l.line for l in po.lines]:
            raise ValueError("not every line of %s labelled" % po.number)
        confs.append({"po_number": po.number,
                      "lines": {str(n): _resolve(po, n, labs[n]) for n in sorted(labs)}})
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


def other(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


def all_acc(po):
    return {l.line: acc() for l in po.lines}


class Case:
    def __init__(self, num, slug, kind_locale, hard, pos, eml, expected):
        self.num = num
        self.slug = slug
        self.kind_locale = kind_locale
        self.hard = hard
        self.pos = pos
        self.eml = eml
        self.expected = expected

    @property
    def dirname(self):
        return "%03d-%s" % (self.num, self.slug)
