"""Registry, PO / label helpers, quoting helpers and the reply builder shared by all cases."""
import base64
import datetime as dt
import html as _html

from . import mime
from .mime import addr, ew, hx, alnum, uuid_from, rfcdate

REG = []  # (slug, "kind/locale", "what makes it hard", builder)


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


BUYERS = {
    "dana": {"name": "Dana Ruiz", "email": "dana.ruiz@buyer.example"},
    "martin": {"name": "Martin Keller", "email": "martin.keller@buyer.example"},
    "priya": {"name": "Priya Nair", "email": "priya.nair@buyer.example"},
    "sofie": {"name": "Sofie Lund", "email": "sofie.lund@buyer.example"},
    "jonas": {"name": "Jonas Weber", "email": "jonas.weber@buyer.example"},
    "elena": {"name": "Elena Costa", "email": "elena.costa@buyer.example"},
}
COMPANY = "Kestrel Procurement B.V."
COMPANY_ADDR = "Waalhaven Z.z. 41, 3089 JH Rotterdam, Netherlands"


def sup(id_, name, email, locale):
    return {"id": id_, "name": name, "email": email, "locale": locale}


def PO(num, supplier, currency, issued, lines, buyer="dana", reqid=True, rev=1):
    po = {"po_number": num, "supplier": supplier, "buyer": dict(BUYERS[buyer]),
          "currency": currency, "issued": issued}
    if reqid:
        po["request_message_id"] = f"<po-{num}.r{rev}@buyer.example>"
    po["lines"] = [{"line": i + 1, "item": it, "description": de, "quantity": q, "uom": u,
                    "unit_price": p, "requested_date": d}
                   for i, (it, de, q, u, p, d) in enumerate(lines)]
    return po


def L(po, n):
    return next(x for x in po["lines"] if x["line"] == n)


def acc(po, n):
    x = L(po, n)
    return {"status": "accepted", "quantity": x["quantity"], "unit_price": x["unit_price"],
            "date": x["requested_date"]}


def chg(po, n, q=None, p=None, d=None, sched=None):
    x = L(po, n)
    lab = {"status": "changed", "quantity": x["quantity"] if q is None else q,
           "unit_price": x["unit_price"] if p is None else p,
           "date": x["requested_date"] if d is None else d}
    if sched:
        lab["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
    return lab


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po, labels):
    return {"po_number": po["po_number"], "lines": {str(k): v for k, v in labels.items()}}


def all_acc(po):
    return conf(po, {x["line"]: acc(po, x["line"]) for x in po["lines"]})


def expect(kind, notes, *confs):
    e = {"kind": kind}
    if kind == "confirmation":
        e["confirmations"] = list(confs)
    e["notes"] = notes
    return e


# ---------------------------------------------------------------- our request

def req_dt(po):
    d = dt.date.fromisoformat(po["issued"])
    return dt.datetime(d.year, d.month, d.day, 10, 14)


def req_subject(po):
    return f"Purchase order {po['po_number']} - request for order acknowledgment"


def fmt_qty(q):
    return f"{q:,}".replace(",", ",")


def req_table(po):
    rows = [("Pos", "Item", "Description", "Qty", "UoM", "Unit price", "Req. date")]
    for x in po["lines"]:
        rows.append((str(x["line"]), x["item"], x["description"], str(x["quantity"]), x["uom"],
                     f"{x['unit_price']} {po['currency']}", x["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            cells.append(c.rjust(w[i]) if i in (3, 5) else c.ljust(w[i]))
        out.append("  ".join(cells).rstrip())
    return "\n".join(out)


def req_text(po, reminder=None):
    b = po["buyer"]
    first = po["supplier"]["name"]
    t = [f"Dear {first} team,", ""]
    if reminder:
        t += [reminder, ""]
    t += [f"please confirm our purchase order {po['po_number']} dated {po['issued']}",
          "(quantities, unit prices and delivery dates) by reply to this e-mail.", "",
          req_table(po), "",
          f"All prices in {po['currency']}, delivery DAP our warehouse, {COMPANY_ADDR}.",
          "Please quote our PO number on all documents.", "",
          "Kind regards,", b["name"], "Purchasing", COMPANY, "Tel. +31 10 240 7700"]
    return "\n".join(t)


def req_html(po, reminder=None):
    b = po["buyer"]
    e = _html.escape
    rows = "".join(
        f"<tr><td>{x['line']}</td><td>{e(x['item'])}</td><td>{e(x['description'])}</td>"
        f"<td align=\"right\">{x['quantity']}</td><td>{x['uom']}</td>"
        f"<td align=\"right\">{x['unit_price']} {po['currency']}</td><td>{x['requested_date']}</td></tr>\n"
        for x in po["lines"])
    rem = f"<p>{e(reminder)}</p>\n" if reminder else ""
    return (f"<p>Dear {e(po['supplier']['name'])} team,</p>\n{rem}"
            f"<p>please confirm our purchase order {po['po_number']} dated {po['issued']}<br>\n"
            f"(quantities, unit prices and delivery dates) by reply to this e-mail.</p>\n"
            f"<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">\n"
            f"<tr><th>Pos</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th>"
            f"<th>Unit price</th><th>Req. date</th></tr>\n{rows}</table>\n"
            f"<p>All prices in {po['currency']}, delivery DAP our warehouse, {e(COMPANY_ADDR)}.<br>\n"
            f"Please quote our PO number on all documents.</p>\n"
            f"<p>Kind regards,<br>\n{e(b['name'])}<br>\nPurchasing<br>\n{e(COMPANY)}<br>\nTel. +31 10 240 7700</p>\n")


def request_eml(po, reminder=None, when=None, rev=None):
    """Our original request as it left our server (used inside bounces)."""
    b = po["buyer"]
    w = when or req_dt(po)
    mid = po.get("request_message_id") or f"<po-{po['po_number']}.r1@buyer.example>"
    subj = req_subject(po) if not reminder else "Reminder: " + req_subject(po)
    hdrs = [("From", addr(b["name"], b["email"])), ("To", po["supplier"]["email"]),
            ("Subject", subj), ("Date", rfcdate(w.year, w.month, w.day, w.hour, w.minute, 3, "+0100")),
            ("Message-ID", mid), ("MIME-Version", "1.0")]
    body = req_text(po, reminder)
    if body.isascii():
        top = mime.text_leaf(body, charset="us-ascii", cte="7bit")
    else:
        top = mime.text_leaf(body, charset="utf-8", cte="quoted-printable")
    raw = ("\n".join(f"{k}: {v}" for k, v in hdrs) + "\n").encode() + top
    return raw


# ---------------------------------------------------------------- quoting

DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "cs": ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září",
           "října", "listopadu", "prosince"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"],
}
OL_LABELS = {
    "en": ("From", "Sent", "To", "Subject", "{D}, {M} {d}, {y} {h}:{mi} {ap}", ": "),
    "de": ("Von", "Gesendet", "An", "Betreff", "{D}, {d}. {M} {y} {H}:{mi}", ": "),
    "fr": ("De", "Envoyé", "À", "Objet", "{D} {d} {M} {y} {H}:{mi}", " : "),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "{D} {d} {M} {y} {H}:{mi}", ": "),
    "it": ("Da", "Inviato", "A", "Oggetto", "{D} {d} {M} {y} {H}:{mi}", ": "),
    "es": ("De", "Enviado el", "Para", "Asunto", "{D}, {d} de {M} de {y} {H}:{mi}", ": "),
    "pt": ("De", "Enviada em", "Para", "Assunto", "{D}, {d} de {M} de {y} {H}:{mi}", ": "),
    "pl": ("Od", "Wysłano", "Do", "Temat", "{D}, {d} {M} {y} {H}:{mi}", ": "),
    "cs": ("Od", "Odesláno", "Komu", "Předmět", "{D} {d}. {M} {y} {H}:{mi}", ": "),
    "sv": ("Från", "Skickat", "Till", "Ämne", "den {d} {M} {y} {H}:{mi}", ": "),
}


def _ol_date(w, lang):
    fmt = OL_LABELS[lang][4]
    h12 = w.hour % 12 or 12
    return fmt.format(D=DAYS[lang][w.weekday()], M=MONTHS[lang][w.month - 1], d=w.day, y=w.year,
                      H=f"{w.hour:02d}", h=h12, mi=f"{w.minute:02d}", ap="AM" if w.hour < 12 else "PM")


def oq(po, lang="en", when=None, reminder=None, style="365", subject=None):
    """Outlook-style quoted original (plain text)."""
    lang = lang if lang in OL_LABELS else "en"
    f, s, t, sub, _, sep = OL_LABELS[lang]
    w = when or req_dt(po)
    b = po["buyer"]
    top = "________________________________" if style == "365" else {
        "en": "-----Original Message-----", "de": "-----Ursprüngliche Nachricht-----",
        "fr": "-----Message d'origine-----", "nl": "-----Oorspronkelijk bericht-----",
        "it": "-----Messaggio originale-----", "es": "-----Mensaje original-----",
        "pt": "-----Mensagem original-----", "pl": "-----Oryginalna wiadomość-----",
        "cs": "-----Původní zpráva-----", "sv": "-----Ursprungligt meddelande-----"}[lang]
    subj = subject or (("Reminder: " if reminder else "") + req_subject(po))
    return (f"{top}\n{f}{sep}{b['name']} <{b['email']}>\n{s}{sep}{_ol_date(w, lang)}\n"
            f"{t}{sep}{po['supplier']['email']}\n{sub}{sep}{subj}\n\n{req_text(po, reminder)}\n")


def gq(po, intro, reminder=None, prefix="> "):
    """'>'-quoted original preceded by an attribution line."""
    body = req_text(po, reminder)
    q = "\n".join((prefix + x).rstrip() if x else prefix.rstrip() for x in body.split("\n"))
    return f"{intro}\n{q}\n"


def html_from_text(text, style="plain", dir_=None):
    """Turn a plain body into the HTML alternative a client would send."""
    e = _html.escape
    out = []
    in_q = False
    for ln in text.split("\n"):
        is_q = ln.startswith(">")
        if is_q and not in_q:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            in_q = True
        elif not is_q and in_q:
            out.append("</blockquote>")
            in_q = False
        if is_q:
            ln = ln[1:].lstrip(" ")
        if style == "outlook":
            out.append(f'<p class="MsoNormal">{e(ln) if ln.strip() else "&nbsp;"}</p>')
        else:
            out.append(f"<div>{e(ln) if ln.strip() else '<br>'}</div>")
    if in_q:
        out.append("</blockquote>")
    inner = "\n".join(out)
    d = f' dir="{dir_}"' if dir_ else ""
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=CHARSET">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                f'</head>\n<body lang="EN-US"{d}>\n<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')
    if style == "gmail":
        return f'<div dir="{dir_ or "ltr"}">\n{inner}\n</div>\n'
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=CHARSET"></head>'
            f'<body{d}>\n{inner}\n</body></html>\n')


# ---------------------------------------------------------------- clients

def _profile(client, seed, dom, lang, has_att):
    h = []
    if client == "o365":
        code = f"{['AM9PR04', 'DB9PR08', 'PAXPR02', 'VI1PR06', 'AS8PR03'][int(hx(seed, 2), 16) % 5]}MB{int(hx(seed + 'n', 4), 16) % 9000 + 1000}"
        mid = f"<{code}{hx(seed, 20, True)}@{code}.eurprd0{int(hx(seed, 1), 16) % 9 + 1}.prod.outlook.com>"
        ba = f"_000_{code}{hx(seed + 'a', 20, True)}{code.lower()}_"
        bm = f"_004_{code}{hx(seed + 'a', 20, True)}{code.lower()}_"
        ti = base64.b64encode(bytes.fromhex(hx(seed + "ti", 44))).decode()
        h += [("Thread-Index", ti), ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
              ("X-MS-Has-Attach", "yes" if has_att else ""), ("X-MS-TNEF-Correlator", "")]
        return mid, ba, bm, h, "outlook"
    if client == "outlook":
        mid = f"<{hx(seed, 12)}${hx(seed + 'x', 8)}${hx(seed + 'y', 8)}@{dom}>"
        ba = f"----=_NextPart_001_{hx(seed, 4, True)}_01DB{hx(seed + 'q', 4, True)}.{hx(seed + 'r', 8, True)}"
        bm = f"----=_NextPart_000_{hx(seed, 4, True)}_01DB{hx(seed + 'q', 4, True)}.{hx(seed + 'r', 8, True)}"
        ti = base64.b64encode(bytes.fromhex(hx(seed + "ti", 44))).decode()
        h += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", ti), ("Content-Language", lang)]
        return mid, ba, bm, h, "outlook"
    if client == "gmail":
        mid = f"<CA{alnum(seed, 2)}+{alnum(seed + 'g', 38)}@mail.gmail.com>"
        ba = f"000000000000{hx(seed, 16)}"
        bm = f"000000000000{hx(seed + 'm', 16)}"
        return mid, ba, bm, h, "gmail"
    if client in ("apple", "iphone"):
        mid = f"<{uuid_from(seed)}@{dom}>"
        ba = f"Apple-Mail={uuid_from(seed + 'a')}"
        bm = f"Apple-Mail={uuid_from(seed + 'm')}"
        h += [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)" if client == "apple" else "iPhone Mail (22B91)")]
        return mid, ba, bm, h, "plain"
    if client == "thunderbird":
        mid = f"<{uuid_from(seed, False)}@{dom}>"
        ba = f"------------{alnum(seed, 24)}"
        bm = f"------------{alnum(seed + 'm', 24)}"
        h += [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang)]
        return mid, ba, bm, h, "plain"
    if client == "roundcube":
        mid = f"<{hx(seed, 32)}@{dom}>"
        ba = f"=_{hx(seed + 'a', 32)}"
        bm = f"=_{hx(seed + 'm', 32)}"
        h += [("User-Agent", "Roundcube Webmail/1.6.9")]
        return mid, ba, bm, h, "plain"
    if client == "foxmail":
        mid = f"<2026{hx(seed, 14)}{int(hx(seed, 4), 16)}@{dom}>"
        ba = f"----=_001_NextPart{int(hx(seed, 8), 16) % 10**12:012d}_=----"
        bm = f"----=_001_NextPart{int(hx(seed + 'm', 8), 16) % 10**12:012d}_=----"
        h += [("X-Mailer", "Foxmail 7.2.25.228[cn]")]
        return mid, ba, bm, h, "plain"
    if client == "erp":
        mid = f"<{int(hx(seed, 10), 16) % 10**12}.{int(hx(seed, 3), 16)}.JavaMail.erpadm@{dom}>"
        ba = f"----=_Part_{int(hx(seed, 4), 16)}_{int(hx(seed + 'a', 8), 16)}.1789{int(hx(seed, 6), 16) % 10**9:09d}"
        bm = f"----=_Part_{int(hx(seed + 'm', 4), 16)}_{int(hx(seed + 'b', 8), 16)}.1789{int(hx(seed, 6), 16) % 10**9:09d}"
        return mid, ba, bm, h, "plain"
    raise ValueError(client)


def reply(*, po, frm, date, body, seed, subject=None, prefix="RE:", html=None, client="o365", lang="en-US",
          charset="utf-8", cte="quoted-printable", hcharset=None, henc="B", attachments=(), to=None, cc=None,
          threaded=True, refs=None, extra=(), html_only=False, text_only=False, html_cte=None, mailer=None,
          dir_=None, reply_to=None):
    """Build a supplier reply. frm = (name, email). attachments = [(filename, ctype, bytes)]."""
    dom = frm[1].split("@", 1)[1]
    mid, ba, bm, ph, hstyle = _profile(client, seed, dom, lang, bool(attachments))
    if mailer:
        ph = [x for x in ph if x[0] not in ("X-Mailer", "User-Agent")] + [("X-Mailer", mailer)]
    hcs = hcharset or charset
    if subject is None:
        subject = f"{prefix} {req_subject(po)}" if prefix else req_subject(po)
    b = po["buyer"]
    hdrs = [("From", addr(frm[0], frm[1], hcs, henc)),
            ("To", to or addr(b["name"], b["email"]))]
    if cc:
        hdrs.append(("Cc", cc))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs += [("Subject", ew(subject, hcs, henc)), ("Date", date), ("Message-ID", mid)]
    if threaded and po.get("request_message_id"):
        rid = po["request_message_id"]
        hdrs.append(("In-Reply-To", rid))
        hdrs.append(("References", refs or rid))
    if client == "o365":
        topic = subject.split(":", 1)[1].strip() if ":" in subject[:6] else subject
        ph = [("Thread-Topic", ew(topic, hcs, henc))] + ph
    hdrs += ph + list(extra)
    # bodies
    parts = []
    if not html_only:
        parts.append(mime.text_leaf(body, "plain", charset, cte, flowed=(client == "thunderbird" and cte == "8bit")))
    if not text_only:
        if html is None:
            html = html_from_text(body, hstyle, dir_)
        html = html.replace("CHARSET", charset)
        parts.append(mime.text_leaf(html, "html", charset, html_cte or cte))
    core = parts[0] if len(parts) == 1 else mime.multipart("alternative", ba, parts)
    if attachments:
        atts = [mime.attach(fn, ct, data) for fn, ct, data in attachments]
        core = mime.multipart("mixed", bm, [core] + atts)
    return mime.message(hdrs, core)
