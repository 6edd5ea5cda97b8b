"""Registry, PO model, buyer data, quoting helpers and label helpers."""
import datetime as dt
import html as _html
from decimal import Decimal

REG = []  # (slug, "kind/locale", "what makes it hard", builder)


def case(slug, kind_locale, hard):
    def deco(fn):
        REG.append((slug, kind_locale, hard, fn))
        return fn
    return deco


BUYER_CO = "Calder & Finch Trading B.V."
BUYER_DOMAIN = "calder-finch.example"
BUYER_ADDR = "Waalhaven Z.z. 42, 3089 JH Rotterdam, Netherlands"
BUYERS = {
    "mk": ("Morag Keane", "morag.keane@calder-finch.example"),
    "tl": ("Tobias Lind", "tobias.lind@calder-finch.example"),
    "ab": ("Aylin Bakker", "aylin.bakker@calder-finch.example"),
    "rs": ("Rafael Soto", "rafael.soto@calder-finch.example"),
    "jv": ("Joost van Dam", "joost.vandam@calder-finch.example"),
}

WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def D(s):
    return dt.date.fromisoformat(s)


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(item, desc, qty, uom, price, date):
    return (item, desc, qty, uom, price, date)


def po(num, supplier, buyer, currency, issued, lines, rid=True, seq=1):
    bname, bmail = BUYERS[buyer]
    p = {
        "po_number": num,
        "supplier": supplier,
        "buyer": {"name": bname, "email": bmail},
        "currency": currency,
        "issued": issued,
    }
    if rid:
        p["request_message_id"] = "<po-%s.%d@%s>" % (num, seq, BUYER_DOMAIN)
    p["lines"] = [
        {"line": i + 1, "item": it, "description": de, "quantity": q, "uom": u,
         "unit_price": pr, "requested_date": d}
        for i, (it, de, q, u, pr, d) in enumerate(lines)
    ]
    return p


def rid(p):
    return "<po-%s.1@%s>" % (p["po_number"], BUYER_DOMAIN)


# ---------------------------------------------------------------- labels
def acc(p, n):
    ln = p["lines"][n - 1]
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def chg(q, price, date, schedule=None):
    d = {"status": "changed", "quantity": q, "unit_price": price, "date": date}
    if schedule:
        d["schedule"] = [{"quantity": a, "date": b} for a, b in schedule]
        assert sum(a for a, _ in schedule) == q, (schedule, q)
        assert max(b for _, b in schedule) == date
    return d


def chgp(p, n, q=None, price=None, date=None, schedule=None):
    ln = p["lines"][n - 1]
    return chg(ln["quantity"] if q is None else q,
               ln["unit_price"] if price is None else price,
               ln["requested_date"] if date is None else date, schedule)


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(p, lines):
    """lines: dict n -> label; every line of p must be present."""
    assert sorted(lines) == [l["line"] for l in p["lines"]], (p["po_number"], sorted(lines))
    return {"po_number": p["po_number"], "lines": {str(k): lines[k] for k in sorted(lines)}}


def allacc(p):
    return conf(p, {l["line"]: acc(p, l["line"]) for l in p["lines"]})


def exp_conf(confs, notes):
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


def exp_other(kind, notes):
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------- dates
def rfc_date(y, m, d, hh, mi, ss=0, tz="+0100"):
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][dt.date(y, m, d).weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (wd, d, mon, y, hh, mi, ss, tz)


def req_sent(p, hh=9, mi=14):
    """(date, 'Tuesday, November 10, 2026 9:14 AM'-style pieces) of our request mail."""
    return D(p["issued"]), hh, mi


# ---------------------------------------------------------------- our request text
def money(v, cur):
    return "%s %s" % (v, cur)


def request_subject(p):
    return "Order acknowledgement request - PO %s" % p["po_number"]


def request_table(p):
    rows = [("Pos", "Item", "Description", "Qty", "Unit", "Unit price", "Req. date")]
    for l in p["lines"]:
        rows.append((str(l["line"]), l["item"], l["description"], str(l["quantity"]), l["uom"],
                     "%s %s" % (l["unit_price"], p["currency"]), l["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    out = []
    for r in rows:
        out.append("  ".join(c.ljust(w[i]) if i not in (3, 5) else c.rjust(w[i]) for i, c in enumerate(r)).rstrip())
    return out


def request_lines(p, incoterm="DAP Rotterdam (Incoterms 2020)"):
    bname = p["buyer"]["name"]
    out = ["Dear %s team," % p["supplier"]["name"], "",
           "please find below our purchase order %s dated %s. Kindly confirm quantities, unit prices"
           % (p["po_number"], p["issued"]),
           "and delivery dates by return mail, referencing the PO number.", ""]
    out += request_table(p)
    out += ["", "Delivery terms: %s, to %s, %s." % (incoterm, BUYER_CO, BUYER_ADDR),
            "Payment terms: 30 days net. Prices in %s, excl. VAT." % p["currency"], "",
            "Kind regards", bname, "Purchasing | %s" % BUYER_CO, "Tel. +31 10 555 0142", ""]
    return out


def request_text(p, **kw):
    return "\n".join(request_lines(p, **kw))


def request_html_table(p):
    h = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">',
         "<tr><th>Pos</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit</th><th>Unit price</th><th>Req. date</th></tr>"]
    for l in p["lines"]:
        h.append("<tr><td>%d</td><td>%s</td><td>%s</td><td align=\"right\">%d</td><td>%s</td><td align=\"right\">%s %s</td><td>%s</td></tr>"
                 % (l["line"], esc(l["item"]), esc(l["description"]), l["quantity"], l["uom"], l["unit_price"],
                    p["currency"], l["requested_date"]))
    h.append("</table>")
    return "\n".join(h)


def request_html(p, incoterm="DAP Rotterdam (Incoterms 2020)"):
    bname = p["buyer"]["name"]
    return "\n".join([
        "<p>Dear %s team,</p>" % esc(p["supplier"]["name"]),
        "<p>please find below our purchase order %s dated %s. Kindly confirm quantities, unit prices and delivery dates by return mail, referencing the PO number.</p>"
        % (p["po_number"], p["issued"]),
        request_html_table(p),
        "<p>Delivery terms: %s, to %s, %s.<br>Payment terms: 30 days net. Prices in %s, excl. VAT.</p>"
        % (esc(incoterm), esc(BUYER_CO), esc(BUYER_ADDR), p["currency"]),
        "<p>Kind regards<br>%s<br>Purchasing | %s<br>Tel. +31 10 555 0142</p>" % (esc(bname), esc(BUYER_CO)),
    ])


def esc(s):
    return _html.escape(s, quote=False)


def quote_gt(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.split("\n"))


def outlook_header(p, labels=("From", "Sent", "To", "Subject"), sent=None, subj=None):
    """Outlook-style separator block. labels: localised From/Sent/To/Subject."""
    f, s, t, su = labels
    bname, bmail = p["buyer"]["name"], p["buyer"]["email"]
    if sent is None:
        d = D(p["issued"])
        sent = "%s, %s %d, %d 9:14 AM" % (WD_EN[d.weekday()], MON_EN[d.month - 1], d.day, d.year)
    return ["________________________________", "%s: %s <%s>" % (f, bname, bmail), "%s: %s" % (s, sent),
            "%s: %s <%s>" % (t, p["supplier"]["name"], p["supplier"]["email"]),
            "%s: %s" % (su, subj or request_subject(p)), ""]


def text_to_html(text, font="Calibri, sans-serif"):
    parts = []
    for l in text.split("\n"):
        parts.append("<div>%s</div>" % (esc(l) if l.strip() else "<br>"))
    return '<div style="font-family:%s;font-size:11pt">\n%s\n</div>' % (font, "\n".join(parts))


def html_doc(body, head_extra="", charset="utf-8"):
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n%s</head>\n"
            "<body>\n%s\n</body>\n</html>\n" % (charset, head_extra, body))


def dec(s):
    return Decimal(s)


# ---------------------------------------------------------------- localised Outlook separators
_LOC = {
    "de": (("Von", "Gesendet", "An", "Betreff"),
           ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
           ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
           "{wd}, {d}. {mon} {y} 09:14"),
    "fr": (("De", "Envoyé", "À", "Objet"),
           ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
           ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
           "{wd} {d} {mon} {y} 09:14"),
    "it": (("Da", "Inviato", "A", "Oggetto"),
           ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
           ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
           "{wd} {d} {mon} {y} 09:14"),
    "es": (("De", "Enviado el", "Para", "Asunto"),
           ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
           ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
           "{wd}, {d} de {mon} de {y} 9:14"),
    "pt": (("De", "Enviado", "Para", "Assunto"),
           ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
           ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
           "{wd}, {d} de {mon} de {y} 09:14"),
    "nl": (("Van", "Verzonden", "Aan", "Onderwerp"),
           ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
           ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
           "{wd} {d} {mon} {y} 09:14"),
    "sv": (("Från", "Skickat", "Till", "Ämne"),
           ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
           ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
           "den {d} {mon} {y} 09:14"),
    "pl": (("Od", "Wysłano", "Do", "Temat"),
           ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
           ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
           "{wd}, {d} {mon} {y} 09:14"),
    "cs": (("Od", "Odesláno", "Komu", "Předmět"),
           ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
           ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
           "{wd} {d}. {mon} {y} 9:14"),
    "tr": (("Kimden", "Gönderildi", "Kime", "Konu"),
           ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
           ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
           "{d} {mon} {y} {wd} 09:14"),
    "uk": (("Від", "Надіслано", "Кому", "Тема"),
           ["понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"],
           ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
           "{wd}, {d} {mon} {y} р. 9:14"),
    "ko": (("보낸 사람", "보낸 날짜", "받는 사람", "제목"),
           ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"],
           None, "{y}년 {m}월 {d}일 {wd} 오전 9:14"),
    "el": (("Από", "Στάλθηκε", "Προς", "Θέμα"),
           ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
           ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
           "{wd}, {d} {mon} {y} 9:14 πμ"),
    "ja": (("差出人", "送信日時", "宛先", "件名"),
           ["月", "火", "水", "木", "金", "土", "日"], None, "{y}年{m}月{d}日({wd}) 9:14"),
    "ar": (("من", "تاريخ الإرسال", "إلى", "الموضوع"),
           ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
           ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
           "{wd}، {d} {mon} {y} 09:14 ص"),
}


def outlook_loc(p, lang):
    """(labels, sent-string) for a localised Outlook reply separator about our request for p."""
    labels, wds, mons, fmt = _LOC[lang]
    d = D(p["issued"])
    sent = fmt.format(wd=wds[d.weekday()], d=d.day, m=d.month, y=d.year, mon=mons[d.month - 1] if mons else "")
    return labels, sent
