"""PO builders, date/number helpers, our own acknowledgement-request text and
the expected-label helpers shared by all case modules (stdlib only)."""

import datetime as dt
import hashlib
from decimal import Decimal

BUYER_CO = "Brightwater Civic & Leisure Supply Ltd"
BUYER_DOMAIN = "brightwater-supply.example"
BUYER_SITE = "Unit 7, Harbour Road, Felixstowe IP11 3XX, United Kingdom"
BUYER_MX = "mx1.brightwater-supply.example"

BUYERS = {
    "HA": ("Helen Achterberg", "helen.achterberg@brightwater-supply.example", "+44 1394 555 0182"),
    "MF": ("Marco Feliciano", "marco.feliciano@brightwater-supply.example", "+44 1394 555 0175"),
    "PR": ("Priya Raman", "priya.raman@brightwater-supply.example", "+44 1394 555 0191"),
    "TW": ("Tomasz Wierzbicki", "tomasz.wierzbicki@brightwater-supply.example", "+44 1394 555 0166"),
    "JO": ("Joanne Okafor", "joanne.okafor@brightwater-supply.example", "+44 1394 555 0143"),
}

UTC = dt.timezone.utc


def tz(hours, minutes=0):
    return dt.timezone(dt.timedelta(hours=hours, minutes=minutes))


# ---------------------------------------------------------------- PO builders

def supplier(sid, name, email, locale, tzh=0.0):
    return {"id": sid, "name": name, "email": email, "locale": locale, "_tz": tzh}


def L(n, item, desc, qty, uom, price, date):
    return {"line": n, "item": item, "description": desc, "quantity": qty,
            "uom": uom, "unit_price": price, "requested_date": date}


def PO(number, sup, buyer_key, currency, issued, lines, req_time="09:30", request=True):
    name, email, phone = BUYERS[buyer_key]
    d = dt.date.fromisoformat(issued)
    hh, mm = (int(x) for x in req_time.split(":"))
    req_dt = dt.datetime(d.year, d.month, d.day, hh, mm, 17, tzinfo=UTC)
    po = {
        "po_number": number,
        "supplier": sup,
        "buyer": {"name": name, "email": email},
        "currency": currency,
        "issued": issued,
    }
    if request:
        po["request_message_id"] = "<PO%s.%s.ack@mail.%s>" % (
            number, req_dt.strftime("%Y%m%d%H%M%S"), BUYER_DOMAIN)
    po["lines"] = lines
    po["_req_dt"] = req_dt
    po["_buyer_phone"] = phone
    po["_buyer_key"] = buyer_key
    for ln in lines:
        assert dt.date.fromisoformat(ln["requested_date"]) >= dt.date(2026, 12, 1), ln
        assert dt.date.fromisoformat(ln["requested_date"]) <= dt.date(2027, 1, 31), ln
        Decimal(ln["unit_price"])
    return po


def strip_private(obj):
    if isinstance(obj, dict):
        return {k: strip_private(v) for k, v in obj.items() if not k.startswith("_")}
    if isinstance(obj, list):
        return [strip_private(v) for v in obj]
    return obj


def line_of(po, n):
    for ln in po["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


def buyer_addr(po):
    return po["buyer"]["name"], po["buyer"]["email"]


# -------------------------------------------------------------- date helpers

def D(s):
    return dt.date.fromisoformat(s)


def week_day(year, week, weekday=5):
    """ISO calendar week -> date (weekday 1=Mon .. 5=Fri)."""
    return dt.date.fromisocalendar(year, week, weekday).isoformat()


def mail_dt(s, tzh=0.0):
    """'2026-12-01 09:14:33' in the sender's UTC offset (hours, may be fractional)."""
    d = dt.datetime.fromisoformat(s)
    h = int(tzh)
    m = int(round((tzh - h) * 60))
    return d.replace(tzinfo=tz(h, m))


def rfc_date(d):
    from email.utils import format_datetime
    return format_datetime(d)


# ------------------------------------------------------------ number helpers

def num(v, style="en", dec=2):
    """Format a number the way a locale writes it.
    styles: en 1,234.56 | de 1.234,56 | fr 1 234,56 (narrow nbsp) | sp 1 234,56 |
    nb 1 234,56 (nbsp) | ch 1'234.56 | in 1,23,456.78 | plain 1234.56 | pt 1234,56"""
    q = Decimal(str(v)).quantize(Decimal(1) if dec == 0 else Decimal("1." + "0" * dec))
    neg = q < 0
    q = abs(q)
    s = "{:f}".format(q)
    if "." in s:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""

    def group3(ip, sep):
        out = []
        while len(ip) > 3:
            out.insert(0, ip[-3:])
            ip = ip[:-3]
        out.insert(0, ip)
        return sep.join(out)

    if style == "in":
        if len(ip) > 3:
            head, tail = ip[:-3], ip[-3:]
            parts = []
            while len(head) > 2:
                parts.insert(0, head[-2:])
                head = head[:-2]
            if head:
                parts.insert(0, head)
            ip = ",".join(parts) + "," + tail
        g, dsep = None, "."
    else:
        seps = {"en": (",", "."), "de": (".", ","), "fr": ("\u202f", ","), "sp": (" ", ","),
                "nb": ("\u00a0", ","), "ch": ("'", "."), "plain": ("", "."), "pt": ("", ","),
                "sp_dot": (" ", ".")}
        g, dsep = seps[style]
        ip = group3(ip, g) if g else ip
    r = ip + (dsep + fp if fp else "")
    return ("-" if neg else "") + r


def price_en(po, price):
    p = Decimal(price)
    if p == p.to_integral_value() and po["currency"] in ("JPY", "KRW", "ISK", "IDR", "VND", "HUF", "TWD"):
        dec = 0
    else:
        dec = max(2, -p.as_tuple().exponent)
    return "%s %s" % (po["currency"], num(p, "en", dec))


# ------------------------------------------------ our acknowledgement request

def request_subject(po):
    return "Purchase order %s - please confirm" % po["po_number"]


def request_plain(po):
    """The text of the acknowledgement request we sent (what suppliers quote)."""
    name, email = buyer_addr(po)
    d = D(po["issued"])
    rows = [("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Need by")]
    for ln in po["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"],
                     num(ln["quantity"], "en", 0), ln["uom"], price_en(po, ln["unit_price"]),
                     D(ln["requested_date"]).strftime("%d %b %Y")))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    out = []
    for r in rows:
        out.append("  ".join([r[0].rjust(w[0]), r[1].ljust(w[1]), r[2].ljust(w[2]),
                              r[3].rjust(w[3]), r[4].ljust(w[4]), r[5].rjust(w[5]),
                              r[6].rjust(w[6])]).rstrip())
    text = (
        "Dear Sir or Madam,\n\n"
        "Please confirm our purchase order %s of %s line by line\n"
        "(quantity, unit price and delivery date) by replying to this e-mail.\n\n"
        "%s\n\n"
        "Delivery: DAP %s,\n%s\n"
        "Our terms and conditions of purchase apply.\n\n"
        "Kind regards\n\n"
        "%s\nPurchasing | %s\nTel. %s\n"
    ) % (po["po_number"], d.strftime("%d %b %Y"), "\n".join(out), BUYER_CO, BUYER_SITE,
         name, BUYER_CO, po["_buyer_phone"])
    return text


def request_lines(po):
    """The table rows of request_plain (for inline answers)."""
    t = request_plain(po).split("\n")
    i = next(k for k, s in enumerate(t) if s.lstrip().startswith("Line"))
    rows = []
    for s in t[i + 1:]:
        if not s.strip():
            break
        rows.append(s)
    return t[:i + 1], rows, t[i + 1 + len(rows):]


# ------------------------------------------------------------ localisation

WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "cs": ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
    "sk": ["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
}
MON = {
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
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
           "září", "října", "listopadu", "prosince"],
    "sk": ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta",
           "septembra", "októbra", "novembra", "decembra"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"],
}

OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject", "Cc"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Cc"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0", "Cc\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto", "CC"),
    "it": ("Da", "Inviato", "A", "Oggetto", "Cc"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "CC"),
    "pt": ("De", "Enviada em", "Para", "Assunto", "Cc"),
    "pl": ("Od", "Wysłano", "Do", "Temat", "DW"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět", "Kopie"),
    "sk": ("Od", "Odoslané", "Komu", "Predmet", "Kópia"),
    "sv": ("Från", "Skickat", "Till", "Ämne", "Kopia"),
}


def outlook_sent(d, lang):
    base = lang.split("-")[0]
    wd = WD[base][d.weekday()]
    mo = MON[base][d.month - 1]
    if lang == "en":
        return "%s, %s %d, %d %d:%02d %s" % (wd, mo, d.day, d.year, (d.hour % 12) or 12, d.minute,
                                              "AM" if d.hour < 12 else "PM")
    if lang == "en-AU":
        return "%s, %d %s %d %d:%02d %s" % (wd, d.day, mo, d.year, (d.hour % 12) or 12, d.minute,
                                             "AM" if d.hour < 12 else "PM")
    if lang == "sv":
        return "den %d %s %d %02d:%02d" % (d.day, mo, d.year, d.hour, d.minute)
    if lang == "en-GB":
        return "%02d %s %d %02d:%02d" % (d.day, mo, d.year, d.hour, d.minute)
    if lang == "de":
        return "%s, %d. %s %d %02d:%02d" % (wd, d.day, mo, d.year, d.hour, d.minute)
    if lang == "fr":
        return "%s %d %s %d %02d:%02d" % (wd, d.day, mo, d.year, d.hour, d.minute)
    if lang == "es":
        return "%s, %d de %s de %d %d:%02d" % (wd, d.day, mo, d.year, d.hour, d.minute)
    if lang == "it":
        return "%s %d %s %d %02d:%02d" % (wd, d.day, mo, d.year, d.hour, d.minute)
    if lang == "nl":
        return "%s %d %s %d %02d:%02d" % (wd, d.day, mo, d.year, d.hour, d.minute)
    if lang == "pt":
        return "%s, %d de %s de %d %02d:%02d" % (wd, d.day, mo, d.year, d.hour, d.minute)
    if lang == "pl":
        return "%s, %d %s %d %02d:%02d" % (wd, d.day, mo, d.year, d.hour, d.minute)
    if lang in ("cs", "sk"):
        return "%s %d. %s %d %d:%02d" % (wd, d.day, mo, d.year, d.hour, d.minute)
    raise KeyError(lang)


def local_req_dt(po, tzh=None):
    if tzh is None:
        tzh = po["supplier"]["_tz"]
    h = int(tzh)
    m = int(round((tzh - h) * 60))
    return po["_req_dt"].astimezone(tz(h, m))


def quote_outlook(po, lang="en", sep="_", to=None, gb=False):
    """Outlook-style header block followed by the unprefixed original."""
    lab = OUTLOOK_LABELS[lang]
    name, email = buyer_addr(po)
    d = local_req_dt(po)
    sent = outlook_sent(d, gb if isinstance(gb, str) else ("en-GB" if (lang == "en" and gb) else lang))
    to = to or po["supplier"]["email"]
    head = []
    if sep == "_":
        head.append("_" * 32)
    elif sep == "orig":
        head.append("-----Original Message-----")
    head += ["%s: %s <%s>" % (lab[0], name, email),
             "%s: %s" % (lab[1], sent),
             "%s: %s" % (lab[2], to),
             "%s: %s" % (lab[3], request_subject(po))]
    return "\n".join(head) + "\n\n" + request_plain(po)


def quote_outlook_html(po, lang="en", to=None, gb=False):
    lab = OUTLOOK_LABELS[lang]
    name, email = buyer_addr(po)
    d = local_req_dt(po)
    sent = outlook_sent(d, gb if isinstance(gb, str) else ("en-GB" if (lang == "en" and gb) else lang))
    to = to or po["supplier"]["email"]
    h = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
         '<p class="MsoNormal"><b>%s:</b> %s &lt;%s&gt;<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s<br>\n'
         '<b>%s:</b> %s</p>\n</div>\n' % (lab[0], esc(name), email, lab[1], esc(sent), lab[2], esc(to),
                                          lab[3], esc(request_subject(po))))
    return h + '<p class="MsoNormal">&nbsp;</p>\n' + pre_html(request_plain(po))


GMAIL_ATTR = {
    "en-US": lambda d, n, e: "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
        d.strftime("%a"), d.strftime("%b"), d.day, d.year, (d.hour % 12) or 12, d.minute,
        "AM" if d.hour < 12 else "PM", n, e),
    "en-GB": lambda d, n, e: "On %s, %d %s %d at %02d:%02d, %s <%s> wrote:" % (
        d.strftime("%a"), d.day, d.strftime("%b"), d.year, d.hour, d.minute, n, e),
    "de": lambda d, n, e: "Am %s., %d. %s %d um %02d:%02d Uhr schrieb %s <%s>:" % (
        ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"][d.weekday()], d.day,
        ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."][d.month - 1],
        d.year, d.hour, d.minute, n, e),
    "es": lambda d, n, e: "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
        ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][d.weekday()], d.day,
        ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"][d.month - 1],
        d.year, d.hour, d.minute, n, e),
    "fr": lambda d, n, e: "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
        ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][d.weekday()], d.day,
        ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."][d.month - 1],
        d.year, d.hour, d.minute, n, e),
    "it": lambda d, n, e: "Il giorno %s %d %s %d alle ore %02d:%02d %s <%s> ha scritto:" % (
        ["lun", "mar", "mer", "gio", "ven", "sab", "dom"][d.weekday()], d.day,
        ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"][d.month - 1],
        d.year, d.hour, d.minute, n, e),
    "pt-BR": lambda d, n, e: "Em %s, %d de %s de %d às %02d:%02d, %s <%s> escreveu:" % (
        ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."][d.weekday()], d.day,
        ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."][d.month - 1],
        d.year, d.hour, d.minute, n, e),
}


def gmail_attr(po, lang="en-US"):
    name, email = buyer_addr(po)
    return GMAIL_ATTR[lang](local_req_dt(po), name, email)


def prefix(text, p="> "):
    out = []
    for s in text.rstrip("\n").split("\n"):
        out.append((p + s) if s else p.rstrip())
    return "\n".join(out) + "\n"


def quote_custom(po, labels, sent, sep="-----Original Message-----", to=None):
    """Outlook-like header block in any language, e.g. labels=("差出人", "送信日時", "宛先", "件名")."""
    name, email = buyer_addr(po)
    lines = [sep] if sep else []
    lines += ["%s: %s <%s>" % (labels[0], name, email), "%s: %s" % (labels[1], sent),
              "%s: %s" % (labels[2], to or po["supplier"]["email"]), "%s: %s" % (labels[3], request_subject(po))]
    return "\n".join(lines) + "\n\n" + request_plain(po)


def quote_gmail(po, lang="en-US", attr=None):
    return (attr or gmail_attr(po, lang)) + "\n\n" + prefix(request_plain(po))


def quote_gmail_html(po, lang="en-US", attr=None):
    a = attr or gmail_attr(po, lang)
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n' % (esc(a), pre_html(request_plain(po))))


# ------------------------------------------------------------ HTML helpers

def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def pre_html(text):
    """Plain text rendered as HTML keeping column layout (how HTML mail quotes a
    plain-text original)."""
    return ('<div style="font-family:Consolas,monospace;font-size:10pt;white-space:pre-wrap">%s</div>\n'
            % esc(text.rstrip("\n")).replace("\n", "<br>\n"))


def para_html(text, cls=None, tag="div"):
    """Paragraph-per-line HTML for a typed reply."""
    out = []
    for s in text.rstrip("\n").split("\n"):
        c = ' class="%s"' % cls if cls else ""
        out.append("<%s%s>%s</%s>" % (tag, c, esc(s) if s else "<br>", tag))
    return "\n".join(out) + "\n"


def blockquote_html(text):
    """Turn a '> '-quoted plain text into nested blockquotes (one level)."""
    out, q = [], []

    def flush():
        if q:
            inner = "<br>\n".join(esc(x) for x in q)
            out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       'padding-left:1ex">%s</blockquote>' % inner)
            q.clear()

    for s in text.rstrip("\n").split("\n"):
        if s.startswith(">"):
            q.append(s[2:] if s.startswith("> ") else s[1:])
        else:
            flush()
            out.append("<div>%s</div>" % (esc(s) if s else "<br>"))
    flush()
    return "\n".join(out) + "\n"


# ------------------------------------------------------------ expected labels

def acc(po, n):
    ln = line_of(po, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def chg(po, n, qty=None, price=None, date=None, schedule=None):
    ln = line_of(po, n)
    q = ln["quantity"] if qty is None else qty
    p = ln["unit_price"] if price is None else price
    d = ln["requested_date"] if date is None else date
    Decimal(p)
    D(d)
    r = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if schedule:
        sc = [{"quantity": a, "date": b} for a, b in schedule]
        assert len(sc) >= 2
        assert sum(x["quantity"] for x in sc) == q, (po["po_number"], n, sc, q)
        assert max(x["date"] for x in sc) == d, (po["po_number"], n, sc, d)
        r["schedule"] = sc
    assert (q != ln["quantity"] or Decimal(p) != Decimal(ln["unit_price"]) or d != ln["requested_date"]), \
        ("changed line equals PO", po["po_number"], n)
    return r


def rej():
    return {"status": "rejected"}


def unc():
    return {"status": "unconfirmed"}


def conf(po, mapping):
    nums = [ln["line"] for ln in po["lines"]]
    assert sorted(mapping) == sorted(nums), (po["po_number"], sorted(mapping), nums)
    return {"po_number": po["po_number"], "lines": {str(n): mapping[n] for n in nums}}


def all_acc(po):
    return conf(po, {ln["line"]: acc(po, ln["line"]) for ln in po["lines"]})


# ------------------------------------------------------------ determinism

def h(seed, n=16, alphabet="0123456789ABCDEF"):
    out = ""
    i = 0
    while len(out) < n:
        dig = hashlib.sha256(("%s/%d" % (seed, i)).encode()).digest()
        for b in dig:
            out += alphabet[b % len(alphabet)]
        i += 1
    return out[:n]


# ------------------------------------------------------------ case registry

REGISTRY = []


def case(fn):
    REGISTRY.append(fn)
    return fn


def result(slug, kind, hard, pos, eml, notes, confirmations=None):
    assert kind in ("confirmation", "needs_review", "auto_reply", "bounce", "unrelated")
    exp = {"kind": kind}
    if kind == "confirmation":
        assert confirmations, slug
        exp["confirmations"] = confirmations
    else:
        assert confirmations is None, slug
    exp["notes"] = notes
    return {"slug": slug, "kind": kind, "hard": hard, "pos": pos, "eml": eml, "expected": exp}
