"""Registry, PO model, quoting and reply-assembly helpers shared by all cases."""
import datetime as dt
import html as _html
from decimal import Decimal, ROUND_HALF_UP

from . import mime

REG = []  # (slug, "kind/locale", "what makes it hard", builder)


def case(slug, kind_locale, hard):
    def deco(fn):
        REG.append((slug, kind_locale, hard, fn))
        return fn
    return deco


BUYER_DOMAIN = "kestrel-trading.example"
BUYERS = {
    "mira": ("Mira Holst", "mira.holst@kestrel-trading.example"),
    "jonas": ("Jonas Verbeek", "jonas.verbeek@kestrel-trading.example"),
    "priya": ("Priya Raman", "priya.raman@kestrel-trading.example"),
    "tomas": ("Tomas Lindqvist", "tomas.lindqvist@kestrel-trading.example"),
}
BUYER_SIG = {
    "mira": "+31 13 555 0142", "jonas": "+31 13 555 0177",
    "priya": "+31 13 555 0190", "tomas": "+31 13 555 0163",
}


# ---------------------------------------------------------------- dates
def D(s):
    return dt.date.fromisoformat(s)


def kw(year, week, dow=5):
    """ISO week -> date (default Friday)."""
    return dt.date.fromisocalendar(year, week, dow).isoformat()


def next_dm(day, month, mail_date):
    """A date without a year: next such date on or after the mail's date."""
    md = D(mail_date[:10])
    d = dt.date(md.year, month, day)
    if d < md:
        d = dt.date(md.year + 1, month, day)
    return d.isoformat()


def weekday_after(mail_date, dow):
    """next given weekday (0=Mon) strictly after the mail date."""
    md = D(mail_date[:10])
    delta = (dow - md.weekday()) % 7 or 7
    return (md + dt.timedelta(days=delta)).isoformat()


def dec(x, places="0.01"):
    return str(Decimal(x).quantize(Decimal(places), rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------- POs
def sup(sid, name, email, locale, contact=None):
    return {"id": sid, "name": name, "email": email, "locale": locale, "_contact": contact}


def L(n, item, desc, qty, uom, price, date):
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def PO(num, supplier, buyer, currency, issued, lines, req=True, rev=1):
    b = BUYERS[buyer]
    d = {"po_number": num,
         "supplier": {k: v for k, v in supplier.items() if not k.startswith("_")},
         "buyer": {"name": b[0], "email": b[1]},
         "currency": currency, "issued": issued}
    if req:
        d["request_message_id"] = "<po-%s.r%d@%s>" % (num, rev, BUYER_DOMAIN)
    d["lines"] = lines
    d["_buyer"] = buyer
    d["_sup"] = supplier
    return d


def clean(pos):
    return [{k: v for k, v in p.items() if not k.startswith("_")} for p in pos]


def req_sent(P):
    m = int(mime.h(P["po_number"], 4), 16) % 420
    t = dt.datetime.fromisoformat(P["issued"] + "T08:05:00+01:00") + dt.timedelta(minutes=m)
    return t


def req_subject(P):
    return "Purchase order %s - please confirm" % P["po_number"]


def fmt_price(p, cur):
    return "%s %s" % (p, cur)


def request_text(P, extra=""):
    bname, bmail = BUYERS[P["_buyer"]]
    rows = []
    hdr = "%-5s %-14s %-44s %7s %-5s %14s  %s" % ("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Req. date")
    rows.append(hdr)
    rows.append("-" * len(hdr))
    for ln in P["lines"]:
        rows.append("%-5s %-14s %-44s %7s %-5s %14s  %s" % (
            ln["line"], ln["item"], ln["description"][:44], ln["quantity"], ln["uom"],
            fmt_price(ln["unit_price"], P["currency"]), ln["requested_date"]))
    contact = P["_sup"].get("_contact")
    greet = "Dear %s," % contact if contact else "Dear %s team," % P["_sup"]["name"]
    t = ("%s\n\nPlease find below our purchase order %s of %s. Kindly confirm quantities,\n"
         "unit prices and delivery dates for each line by return e-mail.\n\n%s\n\n"
         "Delivery address: Kestrel Trading B.V., DC Tilburg, Dock 4,\n"
         "Vossenbergselaan 27, 5047 ST Tilburg, Netherlands\n"
         "Incoterms: DAP Tilburg unless agreed otherwise.\n%s\n"
         "Kind regards\n%s\nPurchasing | Kestrel Trading B.V.\nT %s\n") % (
        greet, P["po_number"], P["issued"], "\n".join(rows), extra, bname, BUYER_SIG[P["_buyer"]])
    return t


EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]

OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject", ":"),
    "de": ("Von", "Gesendet", "An", "Betreff", ":"),
    "fr": ("De", "Envoyé", "À", "Objet", " :"),
    "es": ("De", "Enviado el", "Para", "Asunto", ":"),
    "it": ("Da", "Inviato", "A", "Oggetto", ":"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", ":"),
    "pl": ("Od", "Wysłano", "Do", "Temat", ":"),
    "pt": ("De", "Enviada", "Para", "Assunto", ":"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět", ":"),
    "sv": ("Från", "Skickat", "Till", "Ämne", ":"),
    "da": ("Fra", "Sendt", "Til", "Emne", ":"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy", ":"),
}


def sent_str(t, lang):
    if lang == "en":
        hr = t.hour % 12 or 12
        return "%s, %s %d, %d %d:%02d %s" % (EN_DAYS[t.weekday()], EN_MON[t.month - 1], t.day, t.year, hr,
                                             t.minute, "AM" if t.hour < 12 else "PM")
    if lang == "de":
        return "%s, %d. %s %d %02d:%02d" % (DE_DAYS[t.weekday()], t.day, DE_MON[t.month - 1], t.year, t.hour, t.minute)
    if lang == "fr":
        return "%s %d %s %d %02d:%02d" % (FR_DAYS[t.weekday()], t.day, FR_MON[t.month - 1], t.year, t.hour, t.minute)
    if lang == "nl":
        return "%s %d %s %d %02d:%02d" % (NL_DAYS[t.weekday()], t.day, NL_MON[t.month - 1], t.year, t.hour, t.minute)
    if lang == "sv":
        return "den %d %s %d %02d:%02d" % (t.day, ["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                                   "augusti", "september", "oktober", "november", "december"][t.month - 1],
                                           t.year, t.hour, t.minute)
    return "%02d.%02d.%d %02d:%02d" % (t.day, t.month, t.year, t.hour, t.minute)


def outlook_quote(P, lang="en", to=None, extra=""):
    f, s, t_, sub, colon = OUTLOOK_LABELS[lang]
    bname, bmail = BUYERS[P["_buyer"]]
    to = to or P["supplier"]["email"]
    return ("________________________________\n%s%s %s <%s>\n%s%s %s\n%s%s %s\n%s%s %s\n\n%s" % (
        f, colon, bname, bmail, s, colon, sent_str(req_sent(P), lang), t_, colon, to, sub, colon,
        req_subject(P), request_text(P, extra)))


def original_quote(P, extra=""):
    bname, bmail = BUYERS[P["_buyer"]]
    return ("-----Original Message-----\nFrom: %s [mailto:%s]\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
        bname, bmail, sent_str(req_sent(P), "en"), P["supplier"]["email"], req_subject(P), request_text(P, extra)))


ATTRIB = {
    "en": "On {wd}, {d} {mon} {y} at {hm}, {name} <{mail}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {hm} schrieb {name} <{mail}>:",
    "fr": "Le {dd}/{mm}/{y} à {hm}, {name} <{mail}> a écrit :",
    "es": "El {dd}/{mm}/{y} a las {hm}, {name} (<{mail}>) escribió:",
    "it": "Il giorno {dd}/{mm}/{y} alle ore {hm} {name} <{mail}> ha scritto:",
    "pt": "Em {dd}/{mm}/{y} {hm}, {name} <{mail}> escreveu:",
    "nl": "Op {dd}-{mm}-{y} om {hm} schreef {name} <{mail}>:",
    "pl": "W dniu {dd}.{mm}.{y} o {hm}, {name} <{mail}> pisze:",
    "cs": "Dne {dd}.{mm}.{y} v {hm} {name} napsal(a):",
    "sk": "Dňa {dd}.{mm}.{y} o {hm} {name} napísal(a):",
    "sv": "Den {y}-{mm}-{dd} kl. {hm} skrev {name} <{mail}>:",
    "da": "Den {dd}.{mm}.{y} kl. {hm} skrev {name} <{mail}>:",
    "nb": "Den {dd}.{mm}.{y} kl. {hm} skrev {name} <{mail}>:",
    "fi": "{name} <{mail}> kirjoitti {dd}.{mm}.{y} kello {hm}:",
    "hu": "{name} <{mail}> ezt írta ({y}. {mm}. {dd}. {hm}):",
    "ro": "În {dd}.{mm}.{y} {hm}, {name} <{mail}> a scris:",
    "hr": "{name} <{mail}> je napisao/la {dd}.{mm}.{y}. u {hm}:",
}


def gt_quote(P, lang="en", extra="", mark="> "):
    bname, bmail = BUYERS[P["_buyer"]]
    t = req_sent(P)
    a = ATTRIB.get(lang, ATTRIB["en"]).format(
        wd=EN_DAYS[t.weekday()][:3], d=t.day, mon=EN_MON[t.month - 1][:3], y=t.year, hm="%02d:%02d" % (t.hour, t.minute),
        dd="%02d" % t.day, mm="%02d" % t.month, name=bname, mail=bmail)
    body = request_text(P, extra)
    q = "\n".join((mark + ln) if ln else mark.rstrip() for ln in body.rstrip("\n").split("\n"))
    return a + "\n" + q + "\n"


# ---------------------------------------------------------------- HTML
def to_html(text, charset="utf-8", rtl=False, font="Calibri, sans-serif"):
    out, inq, inhdr = [], False, False
    for ln in text.rstrip("\n").split("\n"):
        if ln.startswith(">"):
            if not inq:
                out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
                inq = True
            ln = ln[1:].lstrip(" ") if not ln.startswith("> ") else ln[2:]
            out.append(_html.escape(ln).replace("  ", "&nbsp; ") + "<br>")
            continue
        if inq:
            out.append("</blockquote>")
            inq = False
        if ln.startswith("________________________________") or ln.startswith("-----Original"):
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"></div>')
            if ln.startswith("-----"):
                out.append("<p>" + _html.escape(ln) + "</p>")
            continue
        out.append(_html.escape(ln).replace("  ", "&nbsp; ") + "<br>")
    if inq:
        out.append("</blockquote>")
    d = ' dir="rtl"' if rtl else ""
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body%s><div style="font-family:%s;font-size:11pt">\n%s\n</div></body></html>\n' % (
                charset, d, font, "\n".join(out)))


# ---------------------------------------------------------------- message assembly
def msgid(seed, client, domain):
    x = mime.h(seed + client, 32)
    if client == "outlook":
        return "<%sPR%s%s@%sPR%s.eurprd0%s.prod.outlook.com>" % (
            x[:2].upper() + "9", x[2:4].upper(), x[4:16].upper(), x[:2].upper() + "9", x[2:4].upper(), int(x[5], 16) % 9 + 1)
    if client == "exchange":
        return "<%s@EXCH0%d.%s>" % (x[:20].upper(), int(x[0], 16) % 3 + 1, domain)
    if client == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (x[:14].upper(), x[14:30])
    if client in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(),
                                        x[20:32].upper(), domain)
    if client == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)
    return "<%s.%s@%s>" % (x[:16], x[16:24], domain)


def boundary(seed, client, n=0):
    x = mime.h("%s|%s|%d" % (seed, client, n), 32)
    if client in ("outlook", "exchange"):
        return "_%03d_%s%s_" % (n * 2, x[:12].upper(), x[12:24].upper())
    if client == "gmail":
        return "0000000000%s" % x[:16]
    if client in ("apple", "iphone"):
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(),
                                              x[16:20].upper(), x[20:32].upper())
    if client == "thunderbird":
        return "------------%s" % x[:24]
    return "=_%s_%s" % (x[:10], x[10:20])


CLIENT_HDRS = {
    "outlook": [("X-MS-Has-Attach", None), ("X-MS-TNEF-Correlator", ""), ("X-Mailer", None)],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "android": [("User-Agent", "Android")],
    "exchange": [("X-Mailer", "Microsoft Outlook 16.0")],
    "erp": [],
    "webmail": [("User-Agent", "Roundcube Webmail/1.6.9")],
}


def reply(P, *, when, body, seed, frm=None, to=None, subject=None, quote="outlook", qlang="en",
          client="outlook", charset="utf-8", cte="quoted-printable", html=True, html_only=False,
          atts=(), thread=True, cc=None, extra_headers=(), below="", qextra="", rtl=False,
          content_language=None, html_body=None, prefix="RE: "):
    s = P["_sup"] if P else None
    if frm is None:
        frm = (s.get("_contact") or s["name"], s["email"])
    to = to or BUYERS[P["_buyer"]]
    subject = subject if subject is not None else prefix + req_subject(P)
    domain = frm[1].split("@")[1]
    text_body = body.rstrip("\n") + "\n" if body.strip() else ""
    if quote == "outlook":
        text_body += "\n" + outlook_quote(P, qlang, extra=qextra)
    elif quote == "orig":
        text_body += "\n" + original_quote(P, extra=qextra)
    elif quote == "gt":
        text_body += "\n" + gt_quote(P, qlang, extra=qextra)
    if below:
        text_body += "\n" + below
    parts = []
    hb = html_body or to_html(text_body, charset, rtl=rtl)
    if html_only:
        core = mime.text(hb, "html", charset, cte)
    elif html:
        core = mime.multi("alternative", [mime.text(text_body, "plain", charset, cte),
                                          mime.text(hb, "html", charset, cte)], boundary(seed, client, 0))
    else:
        core = mime.text(text_body, "plain", charset, cte, flowed=(client == "thunderbird"))
    if atts:
        root = mime.multi("mixed", [core] + list(atts), boundary(seed, client, 1))
    else:
        root = core
    hdrs = [("From", mime.addr(frm[0], frm[1], charset)),
            ("To", mime.addr(to[0], to[1]))]
    if cc:
        hdrs.append(("Cc", ", ".join(mime.addr(n, e, charset) for n, e in cc)))
    hdrs.append(("Subject", mime.ew(subject, charset)))
    if client in ("outlook", "exchange"):
        hdrs.append(("Thread-Topic", mime.ew(subject[len(prefix):] if subject.startswith(prefix) else subject, charset)))
        hdrs.append(("Thread-Index", "AdtV" + mime.h(seed, 20)))
    hdrs.append(("Date", mime.rfcdate(when)))
    hdrs.append(("Message-ID", msgid(seed, client, domain)))
    if thread and P and P.get("request_message_id"):
        hdrs.append(("References", P["request_message_id"]))
        hdrs.append(("In-Reply-To", P["request_message_id"]))
    if client in ("outlook", "exchange"):
        hdrs.append(("Accept-Language", "%s, en-US" % (content_language or s["locale"] if s else "en-US")))
        hdrs.append(("Content-Language", content_language or (s["locale"] if s else "en-US")))
        hdrs.append(("X-MS-Has-Attach", "yes" if atts else ""))
        hdrs.append(("X-MS-TNEF-Correlator", ""))
    else:
        for k, v in CLIENT_HDRS.get(client, []):
            hdrs.append((k, v))
    hdrs.extend(extra_headers)
    hdrs.append(("MIME-Version", "1.0"))
    return mime.message(hdrs, root)


# ---------------------------------------------------------------- expected
def A(P, n):
    ln = P["lines"][n - 1]
    assert ln["line"] == n
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"], "date": ln["requested_date"]}


def C(q, p, d, sched=None):
    x = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if sched:
        x["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
        assert sum(a for a, b in sched) == q and max(b for a, b in sched) == d
    return x


R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def conf(P, lines):
    return {"po_number": P["po_number"], "lines": {str(k): v for k, v in lines.items()}}


def out(pos, eml, kind, notes, confs=None):
    exp = {"kind": kind}
    if confs:
        exp["confirmations"] = confs
    exp["notes"] = notes
    return {"pos": clean(pos), "eml": eml, "exp": exp}


def inline_quote(P, answers, lang="en", mark="> "):
    """Quote our request with the supplier's answers written under each PO line."""
    q = gt_quote(P, lang, mark=mark).rstrip("\n").split("\n")
    outl = []
    items = {ln["item"]: ln["line"] for ln in P["lines"]}
    for row in q:
        outl.append(row)
        body = row[len(mark):] if row.startswith(mark) else ""
        parts = body.split()
        if len(parts) > 1 and parts[0].isdigit() and parts[1] in items and int(parts[0]) in answers:
            outl.append("")
            outl.append(answers[int(parts[0])])
            outl.append("")
    return "\n".join(outl) + "\n"


def table(rows, sep="  "):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(sep.join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def orig_request(P, html=False):
    """The acknowledgment request exactly as we sent it (bytes), for bounces."""
    bname, bmail = BUYERS[P["_buyer"]]
    sent = req_sent(P)
    hdrs = [("From", mime.addr(bname, bmail)), ("To", P["supplier"]["email"]), ("Subject", req_subject(P)),
            ("Date", mime.rfcdate(sent.isoformat())), ("Message-ID", P["request_message_id"])]
    if html:
        t = request_text(P)
        root = mime.multi("alternative", [mime.text(t, "plain", "utf-8", "quoted-printable"),
                                          mime.text(to_html(t), "html", "utf-8", "quoted-printable")],
                          boundary(P["po_number"], "outlook", 7))
        hdrs += [("Content-Language", "en-US")]
    else:
        t = request_text(P)
        if t.isascii():
            root = mime.text(t, "plain", "us-ascii", "7bit")
        else:
            root = mime.text(t, "plain", "utf-8", "quoted-printable")
    return mime.message(hdrs + [("MIME-Version", "1.0")], root)
