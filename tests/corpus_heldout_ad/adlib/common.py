"""Purchase orders, label helpers, calendar helpers, quoting and case writing."""
import datetime as dt
import html as _html
import json
from decimal import Decimal
from pathlib import Path

D = dt.date
BUYER_DOMAIN = "kestrel-group.example"

# ---------------------------------------------------------------- calendar

def kw(year, week, weekday=5):
    """Date of an ISO week; default Friday (FORMAT.md reading rule)."""
    return dt.date.fromisocalendar(year, week, weekday)


def next_md(month, day, ref):
    """A date without a year: next such date on/after ref (the mail's Date)."""
    d = dt.date(ref.year, month, day)
    return d if d >= ref else dt.date(ref.year + 1, month, day)


def next_weekday(ref, weekday):
    """'next Tuesday' style: first such weekday strictly after ref (0=Mon)."""
    n = (weekday - ref.weekday()) % 7 or 7
    return ref + dt.timedelta(days=n)


def is_wd(d, weekday):
    assert d.weekday() == weekday, (d, d.weekday(), weekday)
    return d


# ---------------------------------------------------------------- purchase orders

def supplier(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def buyer(name, local):
    return {"name": name, "email": f"{local}@{BUYER_DOMAIN}"}


def ln(n, item, desc, qty, uom, price, date):
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date.isoformat() if isinstance(date, dt.date) else date}


def po(number, sup, buy, currency, issued, lines, req=True, req_id=None):
    p = {"po_number": number, "supplier": sup, "buyer": buy, "currency": currency,
         "issued": issued.isoformat() if isinstance(issued, dt.date) else issued}
    if req:
        p["request_message_id"] = req_id or f"<ackreq.{number.replace('/', '-')}.1@{BUYER_DOMAIN}>"
    p["lines"] = lines
    return p


# ---------------------------------------------------------------- expected labels

def acc(line):
    return {"status": "accepted", "quantity": line["quantity"], "unit_price": line["unit_price"],
            "date": line["requested_date"]}


def chg(qty, price, date, schedule=None):
    d = {"status": "changed", "quantity": qty, "unit_price": str(price),
         "date": date.isoformat() if isinstance(date, dt.date) else date}
    if schedule:
        d["schedule"] = [{"quantity": q, "date": x.isoformat() if isinstance(x, dt.date) else x}
                         for q, x in schedule]
        assert sum(q for q, _ in schedule) == qty, (schedule, qty)
        assert d["schedule"][-1]["date"] == d["date"]
    return d


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(p, labels):
    """labels: dict line-number -> label (or list in line order)."""
    if isinstance(labels, list):
        labels = {l["line"]: lab for l, lab in zip(p["lines"], labels)}
    assert set(labels) == {l["line"] for l in p["lines"]}, (p["po_number"], labels.keys())
    return {"po_number": p["po_number"], "lines": {str(k): v for k, v in sorted(labels.items())}}


def expected(kind, notes, confirmations=None):
    e = {"kind": kind}
    if confirmations is not None:
        e["confirmations"] = confirmations
    e["notes"] = notes
    return e


def money(x, places=2):
    """Decimal arithmetic result as a canonical decimal string."""
    q = Decimal(x).quantize(Decimal(1).scaleb(-places))
    return str(q)


# ---------------------------------------------------------------- buyer's request mail

def fmt_qty(q):
    return f"{q:,}"


PLANTS = {
    "EUR": "Kestrel Group GmbH, Goods-in Gate 3, Industriestrasse 14, 79539 Loerrach, Germany",
    "USD": "Kestrel Inc., Receiving Dock 2, 2200 Commerce Drive, Columbus, OH 43219, USA",
    "GBP": "Kestrel UK Ltd, Unit 4 Centurion Park, Coventry CV3 4PE, United Kingdom",
}


def request_text(p, contact=None, reminder=False, plant=None):
    b = p["buyer"]
    lines = []
    lines.append(f"Dear {contact or 'Sir or Madam'},")
    lines.append("")
    if reminder:
        lines.append(f"we have not yet received your order acknowledgement for purchase order {p['po_number']} "
                     f"of {p['issued']}.")
        lines.append("Could you please confirm quantities, prices and delivery dates at your earliest convenience?")
    else:
        lines.append(f"please find our purchase order {p['po_number']} of {p['issued']} below. Kindly confirm "
                     "quantities, unit prices and delivery dates by return.")
    lines.append("")
    lines.append(f"{'Line':<5} {'Item':<18} {'Description':<40} {'Qty':>8} {'UoM':<4} {'Unit price':>12}  Requested")
    for l in p["lines"]:
        lines.append(f"{l['line']:<5} {l['item']:<18} {l['description'][:40]:<40} {fmt_qty(l['quantity']):>8} "
                     f"{l['uom']:<4} {l['unit_price'] + ' ' + p['currency']:>12}  {l['requested_date']}")
    lines.append("")
    lines.append("Delivery address: " + (plant or PLANTS[p["currency"]]))
    lines.append("Please quote our PO number on all documents.")
    lines.append("")
    lines.append("Kind regards")
    lines.append(b["name"])
    lines.append("Purchasing | Kestrel Group")
    return "\n".join(lines) + "\n"


def request_html(p, contact=None, reminder=False, plant=None):
    b = p["buyer"]
    e = _html.escape
    intro = (f"we have not yet received your order acknowledgement for purchase order {p['po_number']} of "
             f"{p['issued']}. Could you please confirm quantities, prices and delivery dates at your earliest "
             "convenience?") if reminder else (
        f"please find our purchase order {p['po_number']} of {p['issued']} below. Kindly confirm quantities, "
        "unit prices and delivery dates by return.")
    rows = "".join(
        f"<tr><td>{l['line']}</td><td>{e(l['item'])}</td><td>{e(l['description'])}</td>"
        f"<td align=right>{fmt_qty(l['quantity'])}</td><td>{e(l['uom'])}</td>"
        f"<td align=right>{l['unit_price']} {p['currency']}</td><td>{l['requested_date']}</td></tr>"
        for l in p["lines"])
    return (f"<p>Dear {e(contact or 'Sir or Madam')},</p><p>{e(intro)}</p>"
            "<table border=1 cellspacing=0 cellpadding=3 style='border-collapse:collapse'>"
            "<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th>"
            f"<th>Requested</th></tr>{rows}</table>"
            f"<p>Delivery address: {e(plant or PLANTS[p['currency']])}<br>"
            "Please quote our PO number on all documents.</p>"
            f"<p>Kind regards<br>{e(b['name'])}<br>Purchasing | Kestrel Group</p>")


def request_subject(p, reminder=False):
    return (f"Reminder: order acknowledgement PO {p['po_number']}" if reminder
            else f"Purchase order {p['po_number']} - request for order acknowledgement")


# ---------------------------------------------------------------- quoting

def quote(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out) + "\n"


_OL = {
    "en-US": ("From", "Sent", "To", "Cc", "Subject", ": "),
    "en-GB": ("From", "Sent", "To", "Cc", "Subject", ": "),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff", ": "),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet", " : "),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto", ": "),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto", ": "),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp", ": "),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat", ": "),
    "pt": ("De", "Enviada em", "Para", "Cc", "Assunto", ": "),
    "cs": ("Od", "Odesláno", "Komu", "Kopie", "Předmět", ": "),
    "sk": ("Od", "Odoslané", "Komu", "Kópia", "Predmet", ": "),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne", ": "),
    "da": ("Fra", "Sendt", "Til", "Cc", "Emne", ": "),
    "hu": ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy", ": "),
    "ro": ("De la", "Trimis", "Către", "Cc", "Subiect", ": "),
    "hr": ("Šalje", "Poslano", "Prima", "Kopija", "Predmet", ": "),
    "sl": ("Od", "Poslano", "Za", "Kp", "Zadeva", ": "),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe", ": "),
}

_MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca".split(),
    "sl": "januar februar marec april maj junij julij avgust september oktober november december".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
}
_DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle".split(),
    "sk": "pondelok utorok streda štvrtok piatok sobota nedeľa".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap".split(),
    "ro": "luni marți miercuri joi vineri sâmbătă duminică".split(),
    "hr": "ponedjeljak utorak srijeda četvrtak petak subota nedjelja".split(),
    "sl": "ponedeljek torek sreda četrtek petek sobota nedelja".split(),
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai".split(),
}


def day_name(d, lang):
    return _DAYS[lang][d.weekday()]


def month_name(m, lang):
    return _MONTHS[lang][m - 1]


def ol_sent(t, lang):
    """Outlook 'Sent:' value as that language's Outlook writes it. t: datetime."""
    d, hm = t.date(), t.strftime("%H:%M")
    L = lang.split("-")[0]
    dn, mn = (_DAYS[L][d.weekday()] if L in _DAYS else None), (_MONTHS[L][d.month - 1] if L in _MONTHS else None)
    if lang == "en-US":
        h = t.hour % 12 or 12
        return f"{dn}, {mn} {d.day}, {d.year} {h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
    if lang == "en-GB":
        return f"{dn}, {d.day} {mn} {d.year} {hm}"
    return {
        "de": f"{dn}, {d.day}. {mn} {d.year} {hm}",
        "fr": f"{dn} {d.day} {mn} {d.year} {hm}",
        "it": f"{dn} {d.day} {mn} {d.year} {hm}",
        "es": f"{dn}, {d.day} de {mn} de {d.year} {hm}",
        "nl": f"{dn} {d.day} {mn} {d.year} {hm}",
        "pl": f"{dn}, {d.day} {mn} {d.year} {hm}",
        "pt": f"{dn}, {d.day} de {mn} de {d.year} {hm}",
        "cs": f"{dn} {d.day}. {mn} {d.year} {hm}",
        "sk": f"{dn} {d.day}. {mn} {d.year} {hm}",
        "sv": f"den {d.day} {mn} {d.year} {hm}",
        "da": f"{d.day}. {mn} {d.year} {hm}",
        "hu": f"{d.year}. {mn} {d.day}., {dn} {hm}",
        "ro": f"{dn}, {d.day} {mn} {d.year} {hm}",
        "hr": f"{dn}, {d.day}. {mn} {d.year}. {hm}",
        "sl": f"{dn}, {d.day}. {mn} {d.year} {hm}",
        "fi": f"{dn} {d.day}. {mn} {d.year} {hm}",
    }[L]


def ol_block(lang, frm, sent, to, subject, cc=None):
    """Plain-text Outlook header block of the quoted original."""
    key = lang if lang in _OL else lang.split("-")[0]
    f, s, t, c, sub, sep = _OL[key]
    out = [f"{f}{sep}{frm}", f"{s}{sep}{ol_sent(sent, lang)}", f"{t}{sep}{to}"]
    if cc:
        out.append(f"{c}{sep}{cc}")
    out.append(f"{sub}{sep}{subject}")
    return "\n".join(out) + "\n"


def ol_block_html(lang, frm, sent, to, subject, cc=None):
    key = lang if lang in _OL else lang.split("-")[0]
    f, s, t, c, sub, sep = _OL[key]
    e = _html.escape
    rows = [(f, frm), (s, ol_sent(sent, lang)), (t, to)] + ([(c, cc)] if cc else []) + [(sub, subject)]
    inner = "<br>\n".join(f"<b>{e(k)}{e(sep.rstrip())}</b> {e(v)}" for k, v in rows)
    return ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
            f"<p class=MsoNormal>{inner}</p>\n</div>\n")


def outlook_html(body_html, quoted_block_html="", quoted_html="", lang="en-GB", font="Calibri"):
    """Outlook/Word style HTML body with optional quoted original."""
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
        "<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
        "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
        "<style><!--\n/* Font Definitions */\n"
        f"p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:\"{font}\",sans-serif;}}\n"
        "a:link, span.MsoHyperlink {mso-style-priority:99;color:#0563C1;text-decoration:underline;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f"<body lang={lang.split('-')[0].upper()} link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>\n"
        "<div class=WordSection1>\n" + body_html + "\n" +
        (quoted_block_html + quoted_html if quoted_block_html else "") +
        "</div>\n</body>\n</html>\n")


def paras(text, cls="MsoNormal"):
    """Plain text -> Outlook paragraphs (one <p> per line)."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(f"<p class={cls}>{_html.escape(line) if line.strip() else '&nbsp;'}</p>")
    return "\n".join(out)


def simple_html(text):
    """Plain text -> simple HTML with <br> (Gmail/Apple style)."""
    return "<br>\n".join(_html.escape(l) for l in text.rstrip("\n").split("\n"))


# ---------------------------------------------------------------- writing

def write_case(root, slug, pos, eml, exp):
    d = Path(root) / slug
    d.mkdir(parents=True, exist_ok=True)
    (d / "pos.json").write_text(json.dumps(pos, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (d / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (d / "message.eml").write_bytes(eml)


def who(person):
    """'Name <email>' for a buyer or supplier-contact dict."""
    return f"{person['name']} <{person['email']}>"


def gmail_html(reply_html, attribution, quoted_html):
    return ('<div dir="ltr">' + reply_html + '</div><br><div class="gmail_quote"><div dir="ltr" '
            'class="gmail_attr">' + _html.escape(attribution) + '<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + quoted_html + '</blockquote></div>\n')
