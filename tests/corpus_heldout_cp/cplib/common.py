"""PO builders, date and number helpers, the acknowledgment request we send,
the ways mail clients quote it, reply headers, and expected-label builders."""
import datetime
import hashlib
import html as _html
from decimal import Decimal
from email.utils import format_datetime

from . import mime

BUYER_CO = "Tarnwell Engineering Ltd"
DOMAIN = "tarnwell.example"
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@tarnwell.example", "+44 113 496 0712"),
    "jonas": ("Jonas Ekberg", "jonas.ekberg@tarnwell.example", "+44 113 496 0718"),
    "priya": ("Priya Natarajan", "priya.natarajan@tarnwell.example", "+44 113 496 0725"),
    "marta": ("Marta Kowalczyk", "marta.kowalczyk@tarnwell.example", "+44 113 496 0731"),
    "tom": ("Tom Okafor", "tom.okafor@tarnwell.example", "+44 113 496 0740"),
}
D = datetime.date


# ------------------------------------------------------------------ dates
def iso(d):
    return d.isoformat() if isinstance(d, datetime.date) else d


def day(s):
    return datetime.date.fromisoformat(s)


def kw(year, week, weekday=5):
    """ISO calendar week -> date (Friday unless a day is named)."""
    return datetime.date.fromisocalendar(year, week, weekday)


def dt(s):
    """'2026-12-01 09:14:33 +0100' -> aware datetime"""
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def rfcdate(s):
    return format_datetime(dt(s))


def hid(seed, n=12, alphabet="0123456789ABCDEF"):
    h = hashlib.sha256(seed.encode()).digest()
    out = ""
    i = 0
    while len(out) < n:
        out += alphabet[h[i % len(h)] % len(alphabet)]
        i += 1
        if i % len(h) == 0:
            h = hashlib.sha256(h).digest()
    return out


# ---------------------------------------------------------------- numbers
def num(x, dec=2, group=",", point=".", indian=False):
    v = Decimal(str(x)).quantize(Decimal(1).scaleb(-dec)) if dec else Decimal(str(x)).quantize(Decimal(1))
    neg = v < 0
    s = "%.*f" % (dec, abs(v))
    ip, _, fp = s.partition(".")
    if indian and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        ip = group.join(parts + [tail])
    else:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = group.join(parts)
    return ("-" if neg else "") + ip + ((point + fp) if dec else "")


def n_en(x, dec=2):
    return num(x, dec, ",", ".")


def n_de(x, dec=2):
    return num(x, dec, ".", ",")


def n_fr(x, dec=2, sep="\u202f"):
    return num(x, dec, sep, ",")


def n_ch(x, dec=2):
    return num(x, dec, "'", ".")


def n_in(x, dec=2):
    return num(x, dec, ",", ".", indian=True)


# ----------------------------------------------------------------- model
def S(id, name, email, locale, contact=None):
    s = {"id": id, "name": name, "email": email, "locale": locale}
    return s


def L(item, description, quantity, uom, unit_price, requested_date):
    return {"item": item, "description": description, "quantity": quantity, "uom": uom,
            "unit_price": unit_price, "requested_date": iso(requested_date)}


_SENT = {}


def PO(number, supplier, buyer, currency, issued, lines, request=True, sent="09:12:40", to=None):
    b = BUYERS[buyer]
    po = {"po_number": str(number), "supplier": supplier,
          "buyer": {"name": b[0], "email": b[1]}, "currency": currency, "issued": iso(issued)}
    if request:
        po["request_message_id"] = "<po-%s.1@%s>" % (number, DOMAIN)
    po["lines"] = []
    for i, l in enumerate(lines, 1):
        d = {"line": i}
        d.update(l)
        po["lines"].append(d)
    _SENT[str(number)] = (sent, to or supplier["email"])
    return po


def line(po, n):
    return po["lines"][n - 1]


def request_subject(po):
    return "Purchase order %s - please confirm quantity, price and delivery date" % po["po_number"]


def request_dt(po):
    sent, _ = _SENT[po["po_number"]]
    return dt("%s %s +0000" % (po["issued"], sent))


def buyer_of(po):
    for k, v in BUYERS.items():
        if v[1] == po["buyer"]["email"]:
            return v
    raise KeyError


def _fmt_price(p):
    return p


def request_table(po):
    rows = [("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Need by")]
    for l in po["lines"]:
        rows.append((str(l["line"]), l["item"], l["description"], str(l["quantity"]), l["uom"],
                     "%s %s" % (po["currency"], l["unit_price"]), l["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    out = []
    for r in rows:
        out.append("  ".join([r[0].rjust(w[0]), r[1].ljust(w[1]), r[2].ljust(w[2]), r[3].rjust(w[3]),
                              r[4].ljust(w[4]), r[5].rjust(w[5]), r[6]]).rstrip())
    return out


def request_text(po, greeting=None):
    name, email, phone = buyer_of(po)
    d = day(po["issued"])
    lines = [greeting or "Dear Sir or Madam,", "",
             "Please find below our purchase order %s dated %s (PDF attached)." % (
                 po["po_number"], d.strftime("%d %b %Y").lstrip("0")),
             "Kindly confirm each line - quantity, unit price and delivery date - by",
             "replying to this e-mail within 3 working days.", ""]
    lines += request_table(po)
    lines += ["",
              "Prices in %s, excl. VAT, DAP Leeds (Incoterms 2020)." % po["currency"],
              "Delivery address: %s, Unit 4 Riverside Park, Leeds LS10 1AB, United Kingdom" % BUYER_CO,
              "Please quote our PO number on all documents.", "",
              "Kind regards", name, "Purchasing | %s" % BUYER_CO, "Tel. %s" % phone]
    return "\n".join(lines)


def request_html_table(po):
    th = "".join('<th style="border:1px solid #999;padding:2px 6px;background:#e7ecf3">%s</th>' % h
                 for h in ("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Need by"))
    trs = []
    for l in po["lines"]:
        tds = [str(l["line"]), l["item"], _html.escape(l["description"]), str(l["quantity"]), l["uom"],
               "%s %s" % (po["currency"], l["unit_price"]), l["requested_date"]]
        trs.append("<tr>%s</tr>" % "".join('<td style="border:1px solid #999;padding:2px 6px">%s</td>' % t for t in tds))
    return '<table style="border-collapse:collapse;font-size:10pt"><tr>%s</tr>%s</table>' % (th, "".join(trs))


def request_html(po):
    name, email, phone = buyer_of(po)
    d = day(po["issued"])
    return ("<p>Dear Sir or Madam,</p><p>Please find below our purchase order %s dated %s (PDF attached).<br>"
            "Kindly confirm each line - quantity, unit price and delivery date - by replying to this e-mail "
            "within 3 working days.</p>%s<p>Prices in %s, excl. VAT, DAP Leeds (Incoterms 2020).<br>"
            "Delivery address: %s, Unit 4 Riverside Park, Leeds LS10 1AB, United Kingdom<br>"
            "Please quote our PO number on all documents.</p><p>Kind regards<br>%s<br>Purchasing | %s<br>Tel. %s</p>") % (
        po["po_number"], d.strftime("%d %b %Y").lstrip("0"), request_html_table(po), po["currency"],
        BUYER_CO, _html.escape(name), BUYER_CO, phone)


def request_message(po):
    """Our original request as it left our server (for bounces)."""
    name, email, phone = buyer_of(po)
    _, to = _SENT[po["po_number"]]
    body = mime.plain(request_text(po), "us-ascii", "7bit")
    hdrs = [("From", mime.addr(name, email)), ("To", to), ("Subject", request_subject(po)),
            ("Date", format_datetime(request_dt(po))), ("Message-ID", po["request_message_id"]),
            ("X-Mailer", "Tarnwell P2P 4.2")]
    return mime.build(hdrs, body)


# ------------------------------------------------------------ date words
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
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split(),
}
WEEKDAYS = {
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
    "ca": "dilluns dimarts dimecres dijous divendres dissabte diumenge".split(),
}

# Outlook's localized header block for a quoted message: labels and the
# format of the "Sent:" line.
OUTLOOK = {
    "en-US": (("From:", "Sent:", "To:", "Subject:"), lambda t: "%s, %s %d, %d %d:%02d %s" % (
        WEEKDAYS["en"][t.weekday()], MONTHS["en"][t.month - 1], t.day, t.year, (t.hour % 12) or 12, t.minute,
        "AM" if t.hour < 12 else "PM")),
    "en-GB": (("From:", "Sent:", "To:", "Subject:"), lambda t: "%s, %d %s %d %02d:%02d" % (
        WEEKDAYS["en"][t.weekday()], t.day, MONTHS["en"][t.month - 1], t.year, t.hour, t.minute)),
    "de": (("Von:", "Gesendet:", "An:", "Betreff:"), lambda t: "%s, %d. %s %d %02d:%02d" % (
        WEEKDAYS["de"][t.weekday()], t.day, MONTHS["de"][t.month - 1], t.year, t.hour, t.minute)),
    "fr": (("De :", "Envoyé :", "À :", "Objet :"), lambda t: "%s %d %s %d %02d:%02d" % (
        WEEKDAYS["fr"][t.weekday()], t.day, MONTHS["fr"][t.month - 1], t.year, t.hour, t.minute)),
    "es": (("De:", "Enviado el:", "Para:", "Asunto:"), lambda t: "%s, %d de %s de %d %d:%02d" % (
        WEEKDAYS["es"][t.weekday()], t.day, MONTHS["es"][t.month - 1], t.year, t.hour, t.minute)),
    "it": (("Da:", "Inviato:", "A:", "Oggetto:"), lambda t: "%s %d %s %d %02d:%02d" % (
        WEEKDAYS["it"][t.weekday()], t.day, MONTHS["it"][t.month - 1], t.year, t.hour, t.minute)),
    "nl": (("Van:", "Verzonden:", "Aan:", "Onderwerp:"), lambda t: "%s %d %s %d %02d:%02d" % (
        WEEKDAYS["nl"][t.weekday()], t.day, MONTHS["nl"][t.month - 1], t.year, t.hour, t.minute)),
    "pt": (("De:", "Enviada em:", "Para:", "Assunto:"), lambda t: "%s, %d de %s de %d %02d:%02d" % (
        WEEKDAYS["pt"][t.weekday()], t.day, MONTHS["pt"][t.month - 1], t.year, t.hour, t.minute)),
    "sv": (("Från:", "Skickat:", "Till:", "Ämne:"), lambda t: "den %d %s %d %02d:%02d" % (
        t.day, MONTHS["sv"][t.month - 1], t.year, t.hour, t.minute)),
    "pl": (("Od:", "Wysłano:", "Do:", "Temat:"), lambda t: "%s, %d %s %d %02d:%02d" % (
        WEEKDAYS["pl"][t.weekday()], t.day, MONTHS["pl"][t.month - 1], t.year, t.hour, t.minute)),
    "cs": (("Od:", "Odesláno:", "Komu:", "Předmět:"), lambda t: "%s %d. %s %d %d:%02d" % (
        WEEKDAYS["cs"][t.weekday()], t.day, MONTHS["cs"][t.month - 1], t.year, t.hour, t.minute)),
    "ca": (("De:", "Enviat el:", "Per a:", "Assumpte:"), lambda t: "%s, %d de %s de %d %d:%02d" % (
        WEEKDAYS["ca"][t.weekday()], t.day, MONTHS["ca"][t.month - 1], t.year, t.hour, t.minute)),
}


def local_request_dt(po, tz_hours):
    return request_dt(po).astimezone(datetime.timezone(datetime.timedelta(hours=tz_hours)))


def outlook_header(po, lang="en-GB", tz=0, labels=None, sent=None):
    (lf, ls, lt, lsub), fmt = OUTLOOK[lang]
    if labels:
        lf, ls, lt, lsub = labels
    name, email, _ = buyer_of(po)
    t = local_request_dt(po, tz)
    _, to = _SENT[po["po_number"]]
    return [
        "%s %s <%s>" % (lf, name, email),
        "%s %s" % (ls, sent or fmt(t)),
        "%s %s" % (lt, to),
        "%s %s" % (lsub, request_subject(po)),
    ]


def q_outlook(po, lang="en-GB", tz=0, sep="_" * 32, labels=None, sent=None):
    """Outlook puts the header block below a rule and does not prefix lines."""
    return "\n".join(([sep] if sep else []) + outlook_header(po, lang, tz, labels, sent) + ["", request_text(po)])


def q_prefix(po, attribution, prefix="> "):
    body = request_text(po).split("\n")
    return attribution + "\n" + "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in body)


def gmail_attr_en(po, tz=0):
    t = local_request_dt(po, tz)
    name, email, _ = buyer_of(po)
    return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
        t.strftime("%a"), t.strftime("%b"), t.day, t.year, (t.hour % 12) or 12, t.minute,
        "AM" if t.hour < 12 else "PM", name, email)


def q_html_outlook(po, lang="en-GB", tz=0, labels=None, sent=None):
    hdr = outlook_header(po, lang, tz, labels, sent)
    bold = []
    for h in hdr:
        k, _, v = h.partition(" ")
        bold.append("<b>%s</b> %s" % (_html.escape(k), _html.escape(v)))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">%s'
            '<o:p></o:p></span></p></div><p class="MsoNormal"><o:p>&nbsp;</o:p></p>%s') % (
        "<br>".join(bold), request_html(po))


def q_html_gmail(po, attribution):
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>') % (_html.escape(attribution), request_html(po))


def t2h(text):
    """Plain reply text -> Outlook-ish paragraphs."""
    out = []
    for l in text.split("\n"):
        if l.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _html.escape(l).replace("  ", "&nbsp; "))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def outlook_html_doc(inner, charset, lang="EN-GB"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'a:link, span.MsoHyperlink {color:#0563C1;text-decoration:underline;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (charset, lang, inner)


def gmail_html_doc(inner):
    return '<div dir="ltr">%s</div>\n' % inner


# ---------------------------------------------------------------- headers
def received(sender_host, ip, to_addr, when, our_mx="mx1.tarnwell.example", seed=""):
    t = dt(when).astimezone(datetime.timezone.utc) + datetime.timedelta(seconds=2)
    qid = hid(seed + sender_host, 12, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")
    return ("Received", "from %s (%s [%s]) by %s (Postfix) with ESMTPS id 4%s for <%s>; %s" % (
        sender_host, sender_host, ip, our_mx, qid, to_addr, format_datetime(t)))


def reply_headers(po, frm, date, msgid, *, to=None, cc=None, subject=None, prefix="RE: ",
                  client="outlook", reply=True, ip="198.51.100.23", host=None, extra=(),
                  name_charset="utf-8", name_enc="B", subj_charset=None, lang_tag=None, refs=None):
    """frm = (display name, address).  Returns ordered header list."""
    name, email, _ = buyer_of(po)
    to = to or mime.addr(name, email)
    dom = frm[1].split("@")[1]
    host = host or "mail.%s" % dom
    first_to = to.split("<")[-1].rstrip(">").strip() if "<" in to else to.split(",")[0].strip()
    hd = [("Return-Path", "<%s>" % frm[1]),
          received(host, ip, first_to, date, seed=msgid)]
    subj = subject if subject is not None else prefix + request_subject(po)
    if subj_charset:
        subj = mime.ew(subj, subj_charset)
    hd += [("From", mime.addr(frm[0], frm[1], name_charset, name_enc)), ("To", to)]
    if cc:
        hd.append(("Cc", cc))
    hd += [("Subject", subj), ("Date", rfcdate(date)), ("Message-ID", msgid)]
    if reply and po.get("request_message_id"):
        hd.append(("In-Reply-To", po["request_message_id"]))
        hd.append(("References", refs or po["request_message_id"]))
    elif refs:
        hd.append(("References", refs))
    if client == "outlook":
        hd += [("Thread-Topic", request_subject(po)),
               ("Thread-Index", "AQH" + hid(msgid, 25, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "=="),
               ("X-Mailer", "Microsoft Outlook 16.0")]
        if lang_tag:
            hd.append(("Content-Language", lang_tag))
    elif client == "outlook365":
        hd += [("Thread-Topic", request_subject(po)),
               ("Thread-Index", "AQH" + hid(msgid, 25, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "=="),
               ("Accept-Language", lang_tag or "en-US"), ("Content-Language", lang_tag or "en-US"),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    elif client == "thunderbird":
        hd.append(("User-Agent", "Mozilla Thunderbird"))
        if lang_tag:
            hd.append(("Content-Language", lang_tag))
    elif client == "iphone":
        hd.append(("X-Mailer", "iPhone Mail (22B91)"))
    elif client == "gmail":
        pass
    else:
        hd.append(("X-Mailer", client))
    hd += list(extra)
    return hd


# --------------------------------------------------------------- expected
ACC, REJ, UNC = "A", "R", "U"


def chg(quantity=None, unit_price=None, date=None, schedule=None):
    return {"_chg": True, "quantity": quantity, "unit_price": unit_price, "date": iso(date) if date else None,
            "schedule": schedule}


def sched(*pairs):
    return [{"quantity": q, "date": iso(d)} for q, d in pairs]


def answer(po, spec):
    lines = {}
    assert sorted(spec) == [l["line"] for l in po["lines"]], (po["po_number"], sorted(spec))
    for l in po["lines"]:
        s = spec[l["line"]]
        if s == ACC:
            lines[str(l["line"])] = {"status": "accepted", "quantity": l["quantity"],
                                     "unit_price": l["unit_price"], "date": l["requested_date"]}
        elif s == REJ:
            lines[str(l["line"])] = {"status": "rejected"}
        elif s == UNC:
            lines[str(l["line"])] = {"status": "unconfirmed"}
        else:
            q = s["quantity"] if s["quantity"] is not None else l["quantity"]
            p = s["unit_price"] if s["unit_price"] is not None else l["unit_price"]
            d = s["date"] if s["date"] is not None else l["requested_date"]
            e = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
            if s["schedule"]:
                sc = [{"quantity": x["quantity"], "date": iso(x["date"])} for x in s["schedule"]]
                assert sum(x["quantity"] for x in sc) == q, (po["po_number"], l["line"], "schedule sum")
                assert max(x["date"] for x in sc) == d, (po["po_number"], l["line"], "schedule date")
                e["schedule"] = sc
            else:
                assert (q != l["quantity"] or Decimal(p) != Decimal(l["unit_price"]) or d != l["requested_date"]), \
                    (po["po_number"], l["line"], "changed but equal")
            lines[str(l["line"])] = e
    return {"po_number": po["po_number"], "lines": lines}


# -------------------------------------------------------------- registry
CASES = {}


def case(num, slug, kind, locale, hard):
    def deco(fn):
        assert num not in CASES, num
        CASES[num] = dict(num=num, slug=slug, kind=kind, locale=locale, hard=hard, fn=fn)
        return fn
    return deco
