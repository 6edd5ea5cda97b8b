"""Registry, PO/label helpers and the standard reply composer."""
import datetime as dt
from html import escape as hesc

from . import mime

REG = []  # (slug, "kind/locale", "what makes it hard", builder)


def case(slug, kind_locale, hard):
    def deco(fn):
        REG.append((slug, kind_locale, hard, fn))
        return fn
    return deco


BUYER_DOMAIN = "brightwater-trading.example"
BUYERS = {
    "dana": {"name": "Dana Ruiz", "email": "dana.ruiz@" + BUYER_DOMAIN},
    "jonas": {"name": "Jonas Petersen", "email": "jonas.petersen@" + BUYER_DOMAIN},
    "mira": {"name": "Mira Koenig", "email": "mira.koenig@" + BUYER_DOMAIN},
    "tom": {"name": "Tom Achterberg", "email": "tom.achterberg@" + BUYER_DOMAIN},
}
SHIP_TO = "Brightwater Trading GmbH, Hafenstrasse 12, 28217 Bremen, Germany"


def iso(y, m, d):
    return dt.date(y, m, d).isoformat()


def kw(week, year=2026, day=5):
    return dt.date.fromisocalendar(year, week, day).isoformat()


def plus_days(isodate, n):
    return (dt.date.fromisoformat(isodate) + dt.timedelta(days=n)).isoformat()


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(n, item, desc, qty, uom, price, date):
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def PO(num, supplier, currency, issued, lines, buyer="dana", rid=True, ship_to=SHIP_TO):
    d = {"po_number": num, "supplier": supplier, "buyer": dict(BUYERS[buyer]), "currency": currency,
         "issued": issued}
    if rid:
        d["request_message_id"] = "<po-%s.ack1@%s>" % (num, BUYER_DOMAIN)
    d["lines"] = lines
    d["_ship_to"] = ship_to
    return d


def clean_pos(pos):
    return [{k: v for k, v in p.items() if not k.startswith("_")} for p in pos]


def ln(po, n):
    return [x for x in po["lines"] if x["line"] == n][0]


def acc(po, n):
    x = ln(po, n)
    return {"status": "accepted", "quantity": x["quantity"], "unit_price": x["unit_price"],
            "date": x["requested_date"]}


def chg(q, p, d, schedule=None):
    r = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if schedule:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in schedule]
    return r


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po, labels):
    return {"po_number": po["po_number"], "lines": {str(k): v for k, v in labels.items()}}


def exp_conf(notes, *confs):
    return {"kind": "confirmation", "confirmations": list(confs), "notes": notes}


def exp(kind, notes):
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------- our request

def req_dt(po):
    d = dt.date.fromisoformat(po["issued"]) + dt.timedelta(days=1)
    if d.weekday() >= 5:
        d += dt.timedelta(days=7 - d.weekday())
    return dt.datetime(d.year, d.month, d.day, 9, 12, 0)


def req_subject(po):
    return "Order acknowledgment request - PO %s" % po["po_number"]


def req_table(po):
    rows = [("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Requested")]
    for x in po["lines"]:
        rows.append((str(x["line"]), x["item"], x["description"], str(x["quantity"]), x["uom"],
                     "%s %s" % (x["unit_price"], po["currency"]), x["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    out = []
    for r in rows:
        out.append("  ".join(r[i].rjust(w[i]) if i in (3,) else r[i].ljust(w[i]) for i in range(7)).rstrip())
    return "\n".join(out)


def req_text(po):
    b = po["buyer"]
    return ("Dear Sir or Madam,\n\n"
            "please confirm our purchase order %s of %s (quantities, unit prices and delivery dates) "
            "by return e-mail.\n\n%s\n\nDelivery address: %s\n\n"
            "Kind regards\n%s\nPurchasing | Brightwater Trading GmbH\nPhone +49 421 5570 %s\n"
            % (po["po_number"], po["issued"], req_table(po), po.get("_ship_to", SHIP_TO), b["name"],
               str(200 + len(b["name"]))))


def req_html(po):
    b = po["buyer"]
    th = "".join("<th style=\"border:1px solid #999;padding:2px 6px\">%s</th>" % c for c in
                 ("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Requested"))
    trs = ""
    for x in po["lines"]:
        cells = (str(x["line"]), x["item"], x["description"], str(x["quantity"]), x["uom"],
                 "%s %s" % (x["unit_price"], po["currency"]), x["requested_date"])
        trs += "<tr>%s</tr>" % "".join("<td style=\"border:1px solid #999;padding:2px 6px\">%s</td>" % hesc(c)
                                        for c in cells)
    return ("<p>Dear Sir or Madam,</p><p>please confirm our purchase order %s of %s (quantities, unit prices "
            "and delivery dates) by return e-mail.</p><table style=\"border-collapse:collapse\"><tr>%s</tr>%s"
            "</table><p>Delivery address: %s</p><p>Kind regards<br>%s<br>Purchasing | Brightwater Trading GmbH"
            "<br>Phone +49 421 5570 %s</p>" % (po["po_number"], po["issued"], th, trs,
                                                hesc(po.get("_ship_to", SHIP_TO)), hesc(b["name"]),
                                                str(200 + len(b["name"]))))


def request_eml(po, extra_to=None):
    """Our outgoing acknowledgment request, as it would be embedded in a bounce/forward."""
    b = po["buyer"]
    s = po["supplier"]
    hdrs = [("From", mime.addr(b["name"], b["email"])),
            ("To", extra_to or s["email"]),
            ("Subject", req_subject(po)),
            ("Date", mime.rfc_date(req_dt(po).strftime("%Y-%m-%d %H:%M:%S"))),
            ("Message-ID", po.get("request_message_id") or "<po-%s.x@%s>" % (po["po_number"], BUYER_DOMAIN))]
    return mime.message(hdrs, mime.text(req_text(po), charset="us-ascii", cte="7bit"))


# ---------------------------------------------------------------- quoting

OL_LABELS = {
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"), "pt": ("De", "Enviada", "Para", "Assunto"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"), "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"), "nb": ("Fra", "Sendt", "Til", "Emne"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"), "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet"), "sl": ("Od", "Poslano", "Za", "Zadeva"),
    "ro": ("De la", "Trimis", "Către", "Subiect"), "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "ja": ("差出人", "送信日時", "宛先", "件名"), "ru": ("От", "Отправлено", "Кому", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Тема"), "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
}
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_req(po, pattern):
    d = req_dt(po)
    b = po["buyer"]
    return pattern.format(
        dd="%02d" % d.day, d=d.day, mm="%02d" % d.month, m=d.month, yyyy=d.year, HH="%02d" % d.hour,
        MM="%02d" % d.minute, wd=DAYS_EN[d.weekday()], wd3=DAYS_EN[d.weekday()][:3], mon=MONTHS_EN[d.month - 1],
        mon3=MONTHS_EN[d.month - 1][:3], name=b["name"], email=b["email"], sup=po["supplier"]["email"])


def outlook_header(po, lang="en", sent=None):
    f, s, t, sj = OL_LABELS[lang]
    b = po["buyer"]
    if sent is None:
        sent = "{wd}, {mon} {d}, {yyyy} 9:12 AM" if lang == "en" else "{dd}.{mm}.{yyyy} {HH}:{MM}"
    return "%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s" % (
        f, b["name"], b["email"], s, fmt_req(po, sent), t, po["supplier"]["email"], sj, req_subject(po))


def quoted_text(po, style="outlook", lang="en", intro=None, sent=None):
    if style == "none":
        return ""
    if style == "outlook":
        return ("-----Original Message-----\n" if lang == "orig" else "") + \
            outlook_header(po, "en" if lang == "orig" else lang, sent) + "\n\n" + req_text(po)
    # prefix styles (gmail, apple, thunderbird, mobile)
    intro = intro or "On {wd3}, {d} {mon3} {yyyy} at {HH}:{MM}, {name} <{email}> wrote:"
    body = "\n".join(("> " + x) if x else ">" for x in req_text(po).rstrip("\n").split("\n"))
    return fmt_req(po, intro) + "\n" + body + "\n"


def quoted_html(po, style="outlook", lang="en", intro=None, sent=None):
    if style == "none":
        return ""
    if style == "outlook":
        f, s, t, sj = OL_LABELS["en" if lang == "orig" else lang]
        b = po["buyer"]
        if sent is None:
            sent = "{wd}, {mon} {d}, {yyyy} 9:12 AM" if lang in ("en", "orig") else "{dd}.{mm}.{yyyy} {HH}:{MM}"
        hdr = ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
               "<p class=\"MsoNormal\"><b>%s:</b> %s &lt;%s&gt;<br><b>%s:</b> %s<br><b>%s:</b> %s<br>"
               "<b>%s:</b> %s</p></div>" % (f, hesc(b["name"]), b["email"], s, hesc(fmt_req(po, sent)), t,
                                             po["supplier"]["email"], sj, hesc(req_subject(po))))
        return "<div>" + hdr + req_html(po) + "</div>"
    intro = intro or "On {wd3}, {d} {mon3} {yyyy} at {HH}:{MM}, {name} <{email}> wrote:"
    return ("<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
            "rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>" % (hesc(fmt_req(po, intro)), req_html(po)))


def text_to_html(s):
    paras = s.strip("\n").split("\n\n")
    return "".join("<p class=\"MsoNormal\">%s</p>\n" % "<br>\n".join(hesc(x) for x in p.split("\n")) for p in paras)


def html_doc(inner, charset="utf-8", lang=None, rtl=False):
    return ("<html%s><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">"
            "<style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:Calibri,sans-serif}</style></head>\n"
            "<body%s>\n%s\n</body></html>\n" % (' lang="%s"' % lang if lang else "", charset,
                                                 ' dir="rtl"' if rtl else "", inner))


# ---------------------------------------------------------------- clients

CLIENTS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "outlook365": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.200.121)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "android": [("X-Mailer", "Android Mail")],
    "erp": [],
}


def msg_id(client, seed, domain):
    x = mime.h(seed, 32)
    if client in ("outlook", "outlook365"):
        return "<%sMB%s@%s>" % (x[:6].upper(), x[6:16].upper(), "PR3P195MB" + x[16:20].upper() + ".EURP195.PROD.OUTLOOK.COM")
    if client == "gmail":
        return "<CAH%s+%s@mail.gmail.com>" % (x[:20], x[20:28])
    if client in ("apple", "iphone"):
        return "<%s@%s>" % (mime.uuid_like(seed), domain)
    if client == "thunderbird":
        return "<%s@%s>" % (mime.uuid_like(seed).lower(), domain)
    return "<%s.%s@%s>" % (x[:12], x[12:20], domain)


def boundary(client, seed, n=0):
    x = mime.h(seed + str(n), 24)
    if client in ("outlook", "outlook365"):
        return "_%03d_%s_" % (n, x.upper())
    if client == "gmail":
        return "000000000000%s" % x[:12]
    if client in ("apple", "iphone"):
        return "Apple-Mail=_%s" % mime.uuid_like(seed + str(n))
    if client == "thunderbird":
        return "------------%s" % x[:24]
    return "=_Part_%d_%s" % (n, x[:16])


def reply(po, top, date, frm, *, tz="+0100", client="outlook", charset="utf-8", cte="quoted-printable",
          html=True, html_only=False, quote="outlook", qlang="en", intro=None, sent=None, subject=None,
          attachments=(), top_html=None, thread=True, extra=(), content_lang=None, to=None, cc=None,
          quote_above=False, rtl=False, seed=None, refs=None, html_charset=None, html_cte=None):
    """Compose a supplier reply to our acknowledgment request for `po`.
    frm = (display name, address). attachments = [(bytes, ctype, filename)]."""
    seed = seed or (po["po_number"] + date + frm[1])
    domain = frm[1].split("@")[1]
    qt = quoted_text(po, quote, qlang, intro, sent)
    if quote == "none":
        body = top
    elif quote_above:
        body = qt.rstrip("\n") + "\n\n" + top
    else:
        body = top.rstrip("\n") + "\n\n" + qt
    hc = html_charset or charset
    parts_html = None
    if html or html_only:
        inner = top_html if top_html is not None else text_to_html(top)
        qh = quoted_html(po, quote, qlang, intro, sent)
        inner = (qh + inner) if quote_above else (inner + qh)
        parts_html = html_doc(inner, hc, content_lang, rtl)
    if html_only:
        root = mime.text(parts_html, "html", hc, html_cte or cte)
    elif parts_html is not None:
        root = mime.multipart("alternative", [mime.text(body, "plain", charset, cte),
                                              mime.text(parts_html, "html", hc, html_cte or cte)],
                              boundary(client, seed, 1))
    else:
        root = mime.text(body, "plain", charset, cte,
                         params="; format=flowed" if client == "thunderbird" else "")
    if attachments:
        parts = [root] + [mime.attachment(d, ct, fn) for d, ct, fn in attachments]
        root = mime.multipart("mixed", parts, boundary(client, seed, 0))
    b = po["buyer"]
    subj = subject if subject is not None else "RE: " + req_subject(po)
    hdrs = [("From", mime.addr(frm[0], frm[1], charset if not charset.startswith("us") else "utf-8")),
            ("To", mime.addr(b["name"], b["email"]) if to is None else to)]
    if cc:
        hdrs.append(("CC", cc))
    hdrs += [("Subject", mime.enc(subj, charset if charset not in ("us-ascii",) else "utf-8")),
             ("Date", mime.rfc_date(date, tz)),
             ("Message-ID", msg_id(client, seed, domain))]
    rid = po.get("request_message_id")
    if thread and rid:
        hdrs.append(("In-Reply-To", rid))
        hdrs.append(("References", refs or rid))
    if client in ("outlook", "outlook365"):
        hdrs.append(("Thread-Topic", mime.enc(req_subject(po))))
        hdrs.append(("Thread-Index", "AdtP" + mime.h(seed, 20)[:20] + "=="))
        if content_lang:
            hdrs.append(("Content-Language", content_lang))
    hdrs += CLIENTS.get(client, [])
    if client == "thunderbird" and content_lang:
        hdrs.append(("Content-Language", content_lang))
    hdrs += list(extra)
    hdrs = [(k, v) for k, v in hdrs if v != "" or k.startswith("X-MS")]
    hdrs = [(k, ("yes" if attachments else "no")) if k == "X-MS-Has-Attach" else (k, v) for k, v in hdrs]
    hdrs = [(k, v) for k, v in hdrs if not (k == "X-MS-TNEF-Correlator")]
    return mime.message(hdrs, root)
