"""Registry, PO / label helpers and a reply builder that imitates real mail clients."""
import datetime as dt
import html as _html
from decimal import Decimal

from . import mime

REG = []  # (slug, "kind/locale", "what makes it hard", builder)


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


# --------------------------------------------------------------------------- buyers
# key: (company, person, mail, tz, address, phone)
BUY = {
    "cinch": ("Copperline Western Supply", "Dana Ruiz", "dana.ruiz@copperline-western.example", "-0600",
              "1420 Stockyard Rd, Amarillo TX 79107, USA", "+1 806 555 0142"),
    "bell": ("Minster Bell Restoration Trust", "Hugh Padgett", "h.padgett@minsterbells.example", "+0000",
             "Unit 4, Deangate Yard, York YO1 7HH, UK", "+44 1904 555 231"),
    "tray": ("Greenfold Nurseries B.V.", "Anke Visser", "a.visser@greenfold.example", "+0100",
             "Kasweg 12, 2671 Naaldwijk, NL", "+31 174 555 120"),
    "o2": ("Medline Ambulance Fleet Services", "Priya Natarajan", "p.natarajan@medline-fleet.example", "+0000",
           "7 Beacon Park, Leeds LS11 5RT, UK", "+44 113 555 0190"),
    "bamboo": ("Scaffrite Asia Pacific Ltd", "Kenji Lau", "kenji.lau@scaffrite.example", "+0800",
               "18/F Harbour Ctr, 25 Harbour Rd, Wan Chai, Hong Kong", "+852 5550 4412"),
    "puppet": ("Marionettentheater Werkstatt GmbH", "Lotte Brandt", "l.brandt@marionette-werk.example", "+0100",
               "Theaterstr. 9, 80331 Muenchen, DE", "+49 89 555 3310"),
    "fish": ("Northsmoke Seafood Ltd", "Ewan Gray", "ewan.gray@northsmoke.example", "+0000",
             "Pier Road 3, Peterhead AB42 1DU, UK", "+44 1779 555 010"),
    "pin": ("Harmonia Piano Works GmbH", "Clara Weiss", "c.weiss@harmonia-piano.example", "+0100",
            "Klavierweg 4, 38100 Braunschweig, DE", "+49 531 555 8710"),
    "wax": ("Swellhouse Surf Co.", "Jake Moreno", "jake@swellhouse-surf.example", "-0800",
            "220 Pacific Coast Hwy, Oceanside CA 92054, USA", "+1 760 555 0199"),
    "bee": ("Hivecraft Supplies Ltd", "Marta Kowal", "marta.kowal@hivecraft.example", "+0000",
            "Orchard Barn, Evesham WR11 4TS, UK", "+44 1386 555 404"),
    "cricket": ("Longroom Cricket Equipment Ltd", "Sam Whitby", "sam.whitby@longroom-cricket.example", "+0000",
                "12 Pavilion Way, Taunton TA1 1JT, UK", "+44 1823 555 600"),
    "curtain": ("Wardline Hospital Interiors Inc.", "Noor Haddad", "n.haddad@wardline.example", "-0500",
                "880 Medical Dr, Toronto ON M5G 1X8, Canada", "+1 416 555 0177"),
    "opera": ("Proscenium Seating GmbH", "Felix Aurich", "f.aurich@proscenium-seating.example", "+0100",
              "Buehnenring 21, 01067 Dresden, DE", "+49 351 555 2040"),
    "fume": ("Labvent Systems Kft.", "Ines Varga", "ines.varga@labvent.example", "+0100",
             "Vaci ut 88, 1133 Budapest, HU", "+36 1 555 7301"),
    "clay": ("Highfield Shooting Grounds LLC", "Tom Okafor", "tom.okafor@highfield-shooting.example", "-0500",
             "4100 County Rd 19, Lexington KY 40511, USA", "+1 859 555 0133"),
    "lube": ("Velotrade Distribution AG", "Ruth Keller", "r.keller@velotrade.example", "+0100",
             "Industriestrasse 7, 8604 Volketswil, CH", "+41 44 555 6620"),
    "cork": ("Cellar & Vine Bottling Ltd", "Paolo Ferri", "p.ferri@cellarvine.example", "+0000",
             "Vineyard Lane 2, Faversham ME13 8QS, UK", "+44 1795 555 311"),
    "ski": ("Alpenlift Services AG", "Mara Lindqvist", "m.lindqvist@alpenlift.example", "+0100",
            "Talstation 1, 6370 Kitzbuehel, AT", "+43 5356 555 19"),
    "marble": ("Stoneworks Restoration Ltd", "Leo Brandao", "leo.brandao@stoneworks-resto.example", "+0000",
               "3 Quarry Mews, Bath BA2 3LP, UK", "+44 1225 555 780"),
    "sled": ("Polar Trail Outfitters AS", "Sigrid Aune", "sigrid.aune@polartrail.example", "+0100",
             "Storgata 40, 9008 Tromsoe, NO", "+47 77 55 50 12"),
}


def S(sid, name, mail, locale):
    return {"id": sid, "name": name, "email": mail, "locale": locale}


def P(num, sup, bkey, cur, issued, lines, rid=True):
    comp, person, bmail, tz, adr, ph = BUY[bkey]
    po = {"po_number": num, "supplier": sup, "buyer": {"name": person, "email": bmail},
          "currency": cur, "issued": issued}
    if rid:
        dom = bmail.split("@")[1]
        po["request_message_id"] = "<po-%s.%s@%s>" % (num.lower().replace("/", "-").replace(" ", ""),
                                                        issued.replace("-", ""), dom)
    po["lines"] = [{"line": i + 1, "item": it, "description": de, "quantity": q, "uom": u,
                    "unit_price": p, "requested_date": d}
                   for i, (it, de, q, u, p, d) in enumerate(lines)]
    po["_bkey"] = bkey
    return po


def clean(po):
    return {k: v for k, v in po.items() if not k.startswith("_")}


def D(s):
    return dt.date.fromisoformat(s)


def kw(year, week, day=5):
    return dt.date.fromisocalendar(year, week, day)


def at(s, tz):
    """'2026-11-12 09:14:22', '+0100' -> aware datetime"""
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone(off))


# --------------------------------------------------------------------------- labels
def A(po, n):
    ln = po["lines"][n - 1]
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def C(po, n, q=None, p=None, d=None, sched=None):
    ln = po["lines"][n - 1]
    lab = {"status": "changed"}
    if sched:
        sch = [{"quantity": a, "date": str(b)} for a, b in sched]
        if q is None:
            q = sum(a for a, _ in sched)
        if d is None:
            d = max(str(b) for _, b in sched)
        assert q == sum(a for a, _ in sched), (po["po_number"], n)
    lab["quantity"] = ln["quantity"] if q is None else q
    lab["unit_price"] = ln["unit_price"] if p is None else str(p)
    lab["date"] = ln["requested_date"] if d is None else str(d)
    if sched:
        lab["schedule"] = sch
    else:
        assert (lab["quantity"], Decimal(lab["unit_price"]), lab["date"]) != \
            (ln["quantity"], Decimal(ln["unit_price"]), ln["requested_date"]), (po["po_number"], n)
    return lab


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(notes, *pairs):
    out = []
    for po, labs in pairs:
        assert sorted(labs) == [l["line"] for l in po["lines"]], po["po_number"]
        out.append({"po_number": po["po_number"], "lines": {str(k): labs[k] for k in sorted(labs)}})
    return {"kind": "confirmation", "confirmations": out, "notes": notes}


def other(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


# --------------------------------------------------------------------------- our request
def req_subject(po):
    return f"Purchase order {po['po_number']} - please confirm"


def req_sent(po):
    comp, person, bmail, tz, adr, ph = BUY[po["_bkey"]]
    return at(po["issued"] + " 09:30:00", tz)


def _rows(po):
    cur = po["currency"]
    rows = [("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Req. date")]
    for l in po["lines"]:
        rows.append((str(l["line"]), l["item"], l["description"], str(l["quantity"]), l["uom"],
                     f"{cur} {l['unit_price']}", l["requested_date"]))
    return rows


def req_table(po):
    rows = _rows(po)
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    right = {0, 3, 5}
    out = []
    for r in rows:
        out.append("  ".join(r[i].rjust(w[i]) if i in right else r[i].ljust(w[i]) for i in range(7)).rstrip())
    return "\n".join(out)


def req_text(po):
    comp, person, bmail, tz, adr, ph = BUY[po["_bkey"]]
    d = D(po["issued"])
    return (f"Dear Sir or Madam,\n\n"
            f"please confirm our purchase order {po['po_number']} dated {d.day} {d:%b %Y} "
            f"(quantity, unit price and delivery date for every line) by replying to this e-mail.\n\n"
            f"{req_table(po)}\n\n"
            f"Delivery address: {comp}, {adr}\n"
            f"Prices in {po['currency']}, delivery terms as per frame agreement.\n\n"
            f"Kind regards\n{person}\nPurchasing | {comp}\nTel. {ph}\n")


def req_html(po):
    comp, person, bmail, tz, adr, ph = BUY[po["_bkey"]]
    d = D(po["issued"])
    e = _html.escape
    rows = _rows(po)
    t = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        t.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
    t.append("</table>")
    return (f"<p>Dear Sir or Madam,</p><p>please confirm our purchase order <b>{e(po['po_number'])}</b> dated "
            f"{d.day} {d:%b %Y} (quantity, unit price and delivery date for every line) by replying to this e-mail.</p>"
            + "".join(t) +
            f"<p>Delivery address: {e(comp)}, {e(adr)}<br>Prices in {po['currency']}, delivery terms as per frame agreement.</p>"
            f"<p>Kind regards<br>{e(person)}<br>Purchasing | {e(comp)}<br>Tel. {e(ph)}</p>")


def request_eml(po, crlf=False):
    """Our own outgoing request, as embedded in bounces."""
    comp, person, bmail, tz, adr, ph = BUY[po["_bkey"]]
    b = "==_req_" + mime.hx(po["po_number"], 20)
    alt = mime.multipart("alternative", [
        mime.text(req_text(po), "plain", "utf-8", "quoted-printable"),
        mime.text("<html><body>" + req_html(po) + "</body></html>", "html", "utf-8", "quoted-printable")], b)
    hdrs = [("From", mime.addr(person, bmail)), ("To", po["supplier"]["email"]),
            ("Subject", req_subject(po)), ("Date", mime.fmt_date(req_sent(po))),
            ("Message-ID", po.get("request_message_id", f"<req.{mime.hx(po['po_number'])}@{bmail.split('@')[1]}>")),
            ("X-Mailer", "PurchaseDesk 4.2")]
    return mime.message(hdrs, alt, crlf=crlf)


# --------------------------------------------------------------------------- quoting
OL = {  # Outlook header labels
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"), "pt": ("De", "Enviado", "Para", "Assunto"),
    "sv": ("Från", "Skickat", "Till", "Ämne"), "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"), "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"), "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "sk": ("Od", "Odoslané", "Komu", "Predmet"), "ro": ("De la", "Trimis", "Către", "Subiect"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet"), "sl": ("Od", "Poslano", "Za", "Zadeva"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"), "ru": ("От", "Отправлено", "Кому", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Тема"), "bg": ("От", "Изпратено", "До", "Относно"),
    "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"), "et": ("Saatja", "Saadetud", "Adressaat", "Teema"),
    "lv": ("No", "Nosūtīts", "Kam", "Tēma"), "lt": ("Nuo", "Išsiųsta", "Kam", "Tema"),
}
RE = {"de": "AW:", "nl": "RE:", "sv": "SV:", "da": "SV:", "nb": "SV:", "fi": "VS:", "pl": "Odp:",
      "it": "R:", "es": "RE:", "pt": "RE:", "cs": "RE:", "hu": "Vá:", "tr": "YNT:", "el": "ΑΠ:",
      "hr": "Odg:", "sl": "RE:", "et": "RE:", "lv": "RE:", "lt": "RE:"}


def quote_block(po, style, lang="en", attribution=None):
    comp, person, bmail, tz, adr, ph = BUY[po["_bkey"]]
    sent = req_sent(po)
    body = req_text(po)
    if style in ("outlook", "outlook-old"):
        f, s, t, sj = OL.get(lang, OL["en"])
        if lang == "en":
            when = f"{sent:%A}, {sent:%B} {sent.day}, {sent.year} {sent:%I:%M %p}".replace(" 0", " ")
        else:
            when = f"{sent:%d.%m.%Y %H:%M}" if lang not in ("fr", "es", "it", "pt", "el", "ro", "tr", "he", "ar") \
                else f"{sent:%d/%m/%Y %H:%M}"
        head = "-----Original Message-----" if style == "outlook-old" else "_" * 32
        if style == "outlook-old" and lang == "de":
            head = "-----Ursprüngliche Nachricht-----"
        return (f"\n{head}\n{f}: {person} <{bmail}>\n{s}: {when}\n{t}: {po['supplier']['email']}\n"
                f"{sj}: {req_subject(po)}\n\n{body}")
    attr = attribution or (f"On {sent:%a}, {sent.day} {sent:%b %Y} at {sent:%H:%M}, {person} <{bmail}> wrote:")
    if style == "apple":
        attr = attribution or f"On {sent.day} {sent:%b %Y}, at {sent:%H:%M}, {person} <{bmail}> wrote:"
    if style == "tb":
        attr = attribution or f"On {sent:%d/%m/%Y} {sent:%H:%M}, {person} wrote:"
    q = "\n".join(("> " + l) if l else ">" for l in body.rstrip("\n").split("\n"))
    return f"\n{attr}\n{q}\n"


def quote_html(po, style, lang="en", attribution=None):
    comp, person, bmail, tz, adr, ph = BUY[po["_bkey"]]
    e = _html.escape
    if style in ("outlook", "outlook-old"):
        qb = quote_block(po, style, lang).strip("\n").split("\n")
        hdr = "<br>\n".join(f"<b>{e(l.split(':', 1)[0])}:</b>{e(l.split(':', 1)[1])}" for l in qb[1:5])
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                f'<p class="MsoNormal">{hdr}</p></div>\n' + req_html(po))
    attr = quote_block(po, style, lang, attribution).strip("\n").split("\n")[0]
    if style == "apple":
        return f'<div><br><blockquote type="cite"><div>{e(attr)}</div><br>{req_html(po)}</blockquote></div>'
    return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{e(attr)}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            f'rgb(204,204,204);padding-left:1ex">{req_html(po)}</blockquote></div>')


def text2html(t):
    e = _html.escape
    paras = [p for p in t.strip("\n").split("\n\n")]
    return "\n".join("<p>" + "<br>\n".join(e(l) for l in p.split("\n")) + "</p>" for p in paras)


# --------------------------------------------------------------------------- reply builder
CLIENTS = {
    "outlook": [("X-MS-Has-Attach", None), ("X-MS-TNEF-Correlator", ""),
                ("X-Mailer", None)],
}


def msgid(client, seed, domain):
    h = mime.HX(seed, 32)
    if client == "outlook":
        return f"<AM9PR07MB{h[:4]}{h[4:24]}@AM9PR07MB{h[24:28]}.eurprd07.prod.outlook.com>"
    if client in ("gmail", "android"):
        return f"<CA+{mime.hx(seed + 'g', 20)}{mime.hx(seed + 'h', 14).upper()}=Q@mail.gmail.com>"
    if client in ("apple", "iphone"):
        u = mime.HX(seed, 32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if client == "tb":
        return f"<{mime.hx(seed, 8)}-{mime.hx(seed + 'x', 4)}-{mime.hx(seed + 'y', 4)}-{mime.hx(seed + 'z', 12)}@{domain}>"
    return f"<{mime.hx(seed, 24)}.{mime.hx(seed + 'e', 6)}@{domain}>"


def boundary(client, seed, i=0):
    h = mime.hx(f"{seed}/{i}", 32)
    if client == "outlook":
        return f"_00{i}_{h[:8].upper()}{h[8:20].upper()}EURPRD0{i}prod_"
    if client in ("gmail", "android"):
        return "00000000000" + h[:17]
    if client in ("apple", "iphone"):
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
    if client == "tb":
        return "------------" + h[:24]
    return f"=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{1794000000000 + int(h[14:20], 16)}"


def reply(*, seed, po, date, body, client="outlook", frm=None, subject=None, quote="auto", lang="en",
          charset="utf-8", cte="quoted-printable", html=True, atts=(), threaded=True, cc=None, to=None,
          extra=(), attribution=None, html_body=None, quote_above=False, hcharset=None, html_cte=None,
          dir_rtl=False, mid_domain=None, pos=None):
    """Build a reply mail; returns bytes.  body: the supplier's own text (incl. signature)."""
    sup = po["supplier"]
    comp, person, bmail, tz, adr, ph = BUY[po["_bkey"]]
    frm = frm or (sup["name"], sup["email"])
    hcs = hcharset or charset
    dom = mid_domain or frm[1].split("@")[1]
    if quote == "auto":
        quote = {"outlook": "outlook", "gmail": "gmail", "android": "gmail", "apple": "apple", "iphone": "apple",
                 "tb": "tb"}.get(client)
    qt = quote_block(po, quote, lang, attribution) if quote else ""
    full = (qt.lstrip("\n") + "\n" + body) if quote_above else (body.rstrip("\n") + "\n" + qt)
    parts = []
    tpart = mime.text(full, "plain", charset, cte)
    if html:
        hb = html_body if html_body is not None else text2html(body)
        qh = quote_html(po, quote, lang, attribution) if quote else ""
        d = ' dir="rtl"' if dir_rtl else ""
        if client == "outlook":
            doc = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
                   f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!-- p.MsoNormal'
                   f'{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}} --></style></head>'
                   f'<body lang="EN-GB" link="#0563C1" vlink="#954F72"{d}><div class="WordSection1">\n{hb}\n{qh}\n'
                   f'</div></body></html>')
        elif client in ("apple", "iphone"):
            doc = (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head>'
                   f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"{d}>'
                   f'\n{hb}\n{qh}\n</body></html>')
        else:
            doc = f'<div dir="{"rtl" if dir_rtl else "ltr"}">\n{hb}\n</div><br>\n{qh}\n'
        hpart = mime.text(doc, "html", charset, html_cte or cte)
        content = hpart if html == "only" else mime.multipart("alternative", [tpart, hpart], boundary(client, seed, 1))
    else:
        content = tpart
    if atts:
        parts = [content] + [mime.attachment(data, ct, fn) for fn, ct, data in atts]
        content = mime.multipart("mixed", parts, boundary(client, seed, 0))
    subj = subject if subject is not None else f"{RE.get(lang, 'RE:')} {req_subject(po)}"
    hdrs = [("From", mime.addr(frm[0], frm[1], hcs)),
            ("To", to or mime.addr(person, bmail))]
    if cc:
        hdrs.append(("CC", cc))
    hdrs += [("Subject", mime.ew(subj, hcs)), ("Date", mime.fmt_date(date)),
             ("Message-ID", msgid(client, seed, dom))]
    if threaded and po.get("request_message_id"):
        hdrs += [("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"])]
    if client == "outlook":
        hdrs += [("Thread-Topic", mime.ew(req_subject(po), hcs)),
                 ("Thread-Index", "AdtV" + mime.hx(seed + "ti", 20) + "=="),
                 ("Accept-Language", f"{lang}-{sup['locale'][-2:]}, en-US"),
                 ("Content-Language", sup["locale"]),
                 ("X-MS-Has-Attach", "yes" if atts else ""),
                 ("X-MS-TNEF-Correlator", "")]
    elif client == "apple":
        hdrs.append(("X-Mailer", "Apple Mail (2.3826.200.121)"))
    elif client == "iphone":
        hdrs.append(("X-Mailer", "iPhone Mail (22B91)"))
    elif client == "tb":
        hdrs.insert(0, ("User-Agent", "Mozilla Thunderbird"))
        hdrs.append(("Content-Language", sup["locale"]))
    hdrs += list(extra)
    mv = "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))" if client == "apple" else "1.0"
    return mime.message(hdrs, content, mime_version=mv)


def inline(po, answers, attribution, lead="", after=""):
    """Quote our request with '> ' and put the supplier's answer under each PO line row."""
    out = []
    rows = req_table(po).split("\n")
    for l in req_text(po).rstrip("\n").split("\n"):
        out.append(("> " + l) if l else ">")
        if l in rows[1:]:
            n = rows.index(l)
            if n in answers:
                out.append(answers[n])
                out.append("")
    return lead + attribution + "\n" + "\n".join(out) + "\n" + after


def ndate(date):
    return date
