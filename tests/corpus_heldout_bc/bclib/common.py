"""Registry, PO helpers, our request text, reply assembly and label helpers."""
from __future__ import annotations

import datetime as dt
import html as _html
from decimal import Decimal

from . import mime
from .mime import hexid

REG: list = []          # (slug, "kind/locale", what makes it hard, builder)
CUR = {"slug": "none"}  # set by make_batch.py before each builder runs


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


def seed(*extra) -> str:
    return "|".join([CUR["slug"], *map(str, extra)])


# ------------------------------------------------------------------ buyer / PO

CO = "Larkspur Trading Co."
DOM = "larkspur-trading.example"
BUYERS = {
    "mara": ("Mara Okafor", f"mara.okafor@{DOM}"),
    "jonas": ("Jonas Feld", f"jonas.feld@{DOM}"),
    "priya": ("Priya Raman", f"priya.raman@{DOM}"),
    "elin": ("Elin Sandberg", f"elin.sandberg@{DOM}"),
}
ADDRESS = "Unit 4, Avonside Park, Feeder Road, Bristol BS2 0JZ, United Kingdom"


def sup(sid, name, email, locale, contact=None):
    d = {"id": sid, "name": name, "email": email, "locale": locale}
    if contact:
        d["_contact"] = contact
    return d


def L(item, desc, qty, uom, price, date):
    return (item, desc, qty, uom, price, date)


def po(num, s, cur, issued, lines, buyer="mara", req=True, rev=None, req_time="09:15"):
    b = BUYERS[buyer]
    d = {
        "po_number": num,
        "supplier": {k: v for k, v in s.items() if not k.startswith("_")},
        "buyer": {"name": b[0], "email": b[1]},
        "currency": cur,
        "issued": issued,
    }
    safe = "".join(c if c.isalnum() else "-" for c in num)
    if req:
        d["request_message_id"] = f"<ackreq.{safe}.{issued.replace('-', '')}{'.r' + str(rev) if rev else ''}@{DOM}>"
    d["lines"] = [
        {"line": i, "item": it, "description": de, "quantity": q, "uom": u, "unit_price": pr,
         "requested_date": rd}
        for i, (it, de, q, u, pr, rd) in enumerate(lines, 1)
    ]
    d["_rev"] = rev
    d["_contact"] = s.get("_contact")
    d["_req_time"] = req_time
    return d


def public(p):
    return {k: v for k, v in p.items() if not k.startswith("_")}


def line(p, n):
    return p["lines"][n - 1]


def req_subject(p):
    rev = f" Rev. {p['_rev']}" if p.get("_rev") else ""
    return f"Purchase order {p['po_number']}{rev} - please confirm"


def req_dt(p):
    d = dt.date.fromisoformat(p["issued"])
    h, m = map(int, p["_req_time"].split(":"))
    return dt.datetime(d.year, d.month, d.day, h, m, tzinfo=dt.timezone.utc)


def long_date_en(d):
    return f"{d.day} {d.strftime('%B')} {d.year}"


def request_text(p):
    rev = p.get("_rev")
    issued = dt.date.fromisoformat(p["issued"])
    hdr = ["Line", "Item", "Description", "Qty", "UoM", f"Price {p['currency']}", "Req. date"]
    rows = [[str(l["line"]), l["item"], l["description"], f"{l['quantity']:,}", l["uom"], l["unit_price"],
             l["requested_date"]] for l in p["lines"]]
    w = [max(len(r[i]) for r in rows + [hdr]) for i in range(len(hdr))]
    right = {0, 3, 5}

    def fmt(r):
        return "  ".join(c.rjust(w[i]) if i in right else c.ljust(w[i]) for i, c in enumerate(r)).rstrip()

    contact = p.get("_contact") or "Sir or Madam"
    out = [f"Dear {contact},", ""]
    if rev:
        out += [f"please find below revision {rev} of our purchase order {p['po_number']} (Rev. {rev}), "
                f"which replaces all earlier versions.", ""]
        if p.get("_revnote"):
            out += [p["_revnote"], ""]
    out += [f"please confirm our purchase order {p['po_number']}{' Rev. ' + str(rev) if rev else ''} "
            f"of {long_date_en(issued)} with quantities, unit prices and delivery dates by replying to this e-mail.", "",
            fmt(hdr), "  ".join("-" * x for x in w)]
    out += [fmt(r) for r in rows]
    b = p["buyer"]
    out += ["", f"Prices in {p['currency']} per unit of measure shown. Requested date = delivery date at our warehouse.",
            f"Delivery address: {CO}, {ADDRESS}",
            "Please quote our PO number on the order acknowledgement, delivery note and invoice.", "",
            "Kind regards", "", b["name"], "Purchasing", CO, "Tel. +44 117 496 0321"]
    return "\n".join(out)


def request_html(p):
    t = request_text(p).split("\n")
    # paragraphs before the table, table, paragraphs after
    esc = _html.escape
    i = next(k for k, s in enumerate(t) if s.startswith("Line"))
    pre = "<br>\n".join(esc(s) for s in t[:i])
    rows = "".join(
        f"<tr><td>{l['line']}</td><td>{esc(l['item'])}</td><td>{esc(l['description'])}</td>"
        f"<td align=\"right\">{l['quantity']:,}</td><td>{l['uom']}</td><td align=\"right\">{l['unit_price']}</td>"
        f"<td>{l['requested_date']}</td></tr>\n" for l in p["lines"])
    table = ("<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\" style=\"border-collapse:collapse\">\n"
             f"<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th>"
             f"<th>Price {p['currency']}</th><th>Req. date</th></tr>\n{rows}</table>")
    j = i + 2 + len(p["lines"])
    post = "<br>\n".join(esc(s) for s in t[j:])
    return f"<div>{pre}</div>\n{table}\n<div>{post}</div>"


# ------------------------------------------------------------------ dates

def rfcdate(s):
    """'2026-11-10 09:42:17 +0100' -> RFC 5322 date."""
    d, t, z = s.split()
    y, mo, da = map(int, d.split("-"))
    hh, mm, ss = map(int, t.split(":"))
    wd = dt.date(y, mo, da).strftime("%a")
    return f"{wd}, {da} {dt.date(y, mo, da).strftime('%b')} {y} {hh:02d}:{mm:02d}:{ss:02d} {z}"


WD = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
}
MO = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
}
OL_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "en_gb": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "pt": ("De", "Enviado", "Para", "Assunto"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
}


def ol_date(d: dt.datetime, lang):
    wd, mo = d.weekday(), d.month - 1
    hm = f"{d.hour:02d}:{d.minute:02d}"
    if lang == "en":
        h12 = d.hour % 12 or 12
        return f"{WD['en'][wd]}, {MO['en'][mo]} {d.day}, {d.year} {h12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    if lang == "en_gb":
        return f"{WD['en'][wd]}, {d.day:02d} {MO['en'][mo]} {d.year} {hm}"
    if lang == "de":
        return f"{WD['de'][wd]}, {d.day}. {MO['de'][mo]} {d.year} {hm}"
    if lang in ("fr", "it", "nl"):
        return f"{WD[lang][wd]} {d.day} {MO[lang][mo]} {d.year} {hm}"
    if lang == "es":
        return f"{WD['es'][wd]}, {d.day} de {MO['es'][mo]} de {d.year} {d.hour}:{d.minute:02d}"
    if lang == "pt":
        return f"{WD['pt'][wd]}, {d.day} de {MO['pt'][mo]} de {d.year} {hm}"
    if lang == "pl":
        return f"{WD['pl'][wd]}, {d.day} {MO['pl'][mo]} {d.year} {hm}"
    if lang == "cs":
        return f"{WD['cs'][wd]} {d.day}. {MO['cs'][mo]} {d.year} {d.hour}:{d.minute:02d}"
    if lang == "sv":
        return f"den {d.day} {MO['sv'][mo]} {d.year} {hm}"
    if lang == "da":
        return f"{d.day}. {MO['da'][mo]} {d.year} {hm}"
    raise KeyError(lang)


def tz_of(date_str):
    z = date_str.split()[-1]
    sign = -1 if z[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))


def quote_block(p, style, lang="en", attrib=None, to_name=None, tz=None):
    """Return (text, html) of the quoted original request (times shown in the replier's zone tz)."""
    b = p["buyer"]
    rd = req_dt(p)
    if tz is not None:
        rd = rd.astimezone(tz)
    txt = request_text(p)
    html_req = request_html(p)
    sname = to_name or p["supplier"]["name"]
    semail = p["supplier"]["email"]
    if style == "outlook":
        f, s, t, su = OL_LABELS[lang]
        head = (f"{f}: {b['name']} <{b['email']}>\n{s}: {ol_date(rd, lang)}\n{t}: {sname} <{semail}>\n"
                f"{su}: {req_subject(p)}")
        text = "________________________________\n" + head + "\n\n" + txt
        hh = "<br>\n".join(f"<b>{_html.escape(x.split(': ', 1)[0])}:</b> {_html.escape(x.split(': ', 1)[1])}"
                           for x in head.split("\n"))
        h = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             f'<p class="MsoNormal"><span style="font-size:11.0pt">{hh}</span></p></div>\n{html_req}')
        return text, h
    if style == "fwd":
        f, s, t, su = OL_LABELS[lang]
        head = (f"{f}: {b['name']} <{b['email']}>\n{s}: {ol_date(rd, lang)}\n{t}: {sname} <{semail}>\n"
                f"{su}: {req_subject(p)}")
        return head + "\n\n" + txt, None
    if attrib is None:
        if style == "gmail":
            attrib = (f"On {rd.strftime('%a')}, {rd.day} {rd.strftime('%b')} {rd.year} at {rd.hour:02d}:{rd.minute:02d}, "
                      f"{b['name']} <{b['email']}> wrote:")
        elif style == "tb":
            attrib = f"On {rd.day:02d}/{rd.month:02d}/{rd.year} {rd.hour:02d}:{rd.minute:02d}, {b['name']} wrote:"
        else:  # apple
            attrib = (f"On {rd.day} {rd.strftime('%b')} {rd.year}, at {rd.hour:02d}:{rd.minute:02d}, "
                      f"{b['name']} <{b['email']}> wrote:")
    q = "\n".join(("> " + s) if s else ">" for s in txt.split("\n"))
    text = attrib + "\n\n" + q if style == "apple" else attrib + "\n" + q
    esc_attr = _html.escape(attrib)
    if style == "gmail":
        h = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc_attr}<br></div>'
             f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
             f'padding-left:1ex">{html_req}</blockquote></div>')
    elif style == "tb":
        h = (f'<div class="moz-cite-prefix">{esc_attr}<br></div>\n'
             f'<blockquote type="cite" cite="mid:{p.get("request_message_id", "")[1:-1]}">{html_req}</blockquote>')
    else:
        h = f'<div><br><blockquote type="cite"><div>{esc_attr}</div><br>{html_req}</blockquote></div>'
    return text, h


# ------------------------------------------------------------------ reply assembly

def txt2html(s):
    paras = s.strip("\n").split("\n\n")
    return "\n".join("<p>" + "<br>\n".join(_html.escape(x) for x in para.split("\n")) + "</p>" for para in paras)


CLIENTS = {
    "outlook": "outlook", "outlook_classic": "classic", "gmail": "gmail", "android": "gmail",
    "apple": "apple", "iphone": "apple", "tb": "tb", "erp": "erp", "webmail": "erp", "foxmail": "classic",
}


def ids(client, domain, n=0):
    h = hexid(seed("mid", n), 40).upper()
    hl = h.lower()
    if client == "outlook":
        srv = f"{['DB9PR04', 'AM6PR02', 'PAXPR08', 'VI1PR03', 'AS8PR07'][int(h[0], 16) % 5]}MB{int(h[1:5], 16) % 9000 + 1000}"
        mid = f"<{srv}{h[:20]}@{srv}.eurprd0{int(h[5], 16) % 9 + 1}.prod.outlook.com>"
        return mid, f"_000_{srv}{h[:20]}{srv.lower()}prodo_", f"_004_{srv}{h[:20]}{srv.lower()}prodo_"
    if client == "gmail":
        return (f"<CA{h[:2]}+{hl[2:30]}{h[30:36]}@mail.gmail.com>", "000000000000" + hl[:12], "000000000000" + hl[12:24])
    if client == "apple":
        u = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
        u2 = f"{h[8:16]}-{h[16:20]}-{h[20:24]}-{h[24:28]}-{h[28:40]}"
        return f"<{u}@{domain}>", f"Apple-Mail={u2}", f"Apple-Mail={u}"
    if client == "tb":
        u = f"{hl[:8]}-{hl[8:12]}-{hl[12:16]}-{hl[16:20]}-{hl[20:32]}"
        return f"<{u}@{domain}>", f"------------{h[:24]}", f"------------{h[16:40]}"
    if client == "classic":
        return (f"<00{hl[:3]}01db{hl[4:12]}${hl[12:20]}${hl[20:28]}@{domain}>",
                f"----=_NextPart_001_00{h[:2]}_01DB{h[2:6]}.{h[6:14]}",
                f"----=_NextPart_000_00{h[:2]}_01DB{h[2:6]}.{h[6:14]}")
    return f"<{hl[:24]}.{hl[24:32]}@{domain}>", f"=_{hl[:28]}", f"=_mixed_{hl[8:36]}"


def reply(p, *, frm, date, body, client="outlook", lang="en", sig="", quote="auto", attrib=None,
          subject=None, re_prefix="RE:", charset="utf-8", cte="quoted-printable", html=True,
          html_body=None, attachments=(), to=None, cc=None, thread=True, extra_headers=(),
          text_only_body=None, content_lang=None, flowed=False, xmailer=None, html_cte=None,
          domain=None, refs=None):
    cl = CLIENTS[client]
    domain = domain or frm[1].split("@")[1]
    mid, b_alt, b_mix = ids(cl, domain)
    if quote == "auto":
        quote = {"outlook": "outlook", "classic": "outlook", "gmail": "gmail", "apple": "apple", "tb": "tb",
                 "erp": None}[cl]
    qtext = qhtml = None
    if quote and p is not None:
        qtext, qhtml = quote_block(p, quote, lang, attrib, tz=tz_of(date))
    text = body.rstrip("\n")
    if sig:
        text += "\n\n" + ("-- \n" if cl == "tb" else "") + sig.rstrip("\n")
    if qtext:
        text += "\n\n" + qtext
    if text_only_body is not None:
        text = text_only_body
    text += "\n"
    html_doc = None
    if html:
        inner = html_body if html_body is not None else txt2html(body) + (
            "\n" + txt2html(sig) if sig else "")
        if qhtml and html_body is None:
            inner += "\n" + qhtml
        if cl in ("outlook", "classic"):
            html_doc = (f'<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                        f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                        f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                        f'\t{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}\n--></style>\n</head>\n'
                        f'<body lang="{(content_lang or "en-GB").upper()}" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>')
        elif cl == "gmail":
            html_doc = f'<div dir="ltr">{inner}</div>'
        elif cl == "apple":
            html_doc = (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head>'
                        f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                        f'{inner}</body></html>')
        else:
            html_doc = (f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                        f'</head>\n<body>\n{inner}\n</body>\n</html>')
    tpart = mime.text(text, "plain", charset, cte, flowed=flowed)
    if html == "only":
        root = mime.text(html_doc, "html", charset, html_cte or cte)
    elif html:
        root = mime.multipart("alternative", [tpart, mime.text(html_doc, "html", charset, html_cte or cte)], b_alt)
    else:
        root = tpart
    if attachments:
        root = mime.multipart("mixed", [root, *attachments], b_mix)
    # headers
    fr = mime.addr(frm[0], frm[1], charset)
    if to is None:
        to = [(p["buyer"]["name"], p["buyer"]["email"])]
    to_h = ", ".join(mime.addr(n, e, charset) for n, e in to)
    cc_h = ", ".join(mime.addr(n, e, charset) for n, e in cc) if cc else None
    subj = mime.hval(subject if subject is not None else f"{re_prefix} {req_subject(p)}", charset)
    irt = ref = None
    if thread and p is not None and p.get("request_message_id"):
        irt = p["request_message_id"]
        ref = refs or irt
    H = []
    date_h = rfcdate(date)
    if cl in ("outlook", "classic"):
        H += [("From", fr), ("To", to_h)] + ([("CC", cc_h)] if cc_h else []) + [("Subject", subj), ("Date", date_h),
                                                                             ("Message-ID", mid)]
        if irt:
            H += [("References", ref), ("In-Reply-To", irt)]
        if cl == "outlook":
            H += [("Thread-Topic", mime.hval(req_subject(p) if p else "Thread", charset)),
                  ("Thread-Index", "AdtR" + hexid(seed("ti"), 24).upper() + "Q=="),
                  ("Accept-Language", f"{content_lang or 'en-GB'}, en-US"), ("Content-Language", content_lang or "en-GB"),
                  ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
        else:
            H += [("X-Mailer", xmailer or "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + hexid(seed("ti"), 22) + "A==")]
            if content_lang:
                H.append(("Content-Language", content_lang))
        H = [(k, v) for k, v in H if v != "" or k.startswith("X-MS")]
        H.append(("MIME-Version", "1.0"))
    elif cl == "gmail":
        H += [("MIME-Version", "1.0"), ("Date", date_h), ("Message-ID", mid)]
        if irt:
            H += [("References", ref), ("In-Reply-To", irt)]
        H += [("From", fr), ("Subject", subj), ("To", to_h)] + ([("Cc", cc_h)] if cc_h else [])
    elif cl == "apple":
        H += [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))" if client == "apple" else "1.0 (1.0)"),
              ("Subject", subj), ("From", fr)]
        if irt:
            H += [("In-Reply-To", irt)]
        H += [("Date", date_h)] + ([("Cc", cc_h)] if cc_h else []) + [("Message-Id", mid)]
        if irt:
            H += [("References", ref)]
        H += [("To", to_h), ("X-Mailer", xmailer or ("Apple Mail (2.3826.200.121)" if client == "apple" else "iPhone Mail (22B91)"))]
    elif cl == "tb":
        H += [("Message-ID", mid), ("Date", date_h), ("MIME-Version", "1.0"),
              ("User-Agent", xmailer or "Mozilla Thunderbird"), ("Subject", subj), ("To", to_h)]
        if cc_h:
            H.append(("Cc", cc_h))
        if irt:
            H += [("References", ref)]
        H += [("Content-Language", content_lang or "en-GB"), ("From", fr)]
        if irt:
            H += [("In-Reply-To", irt)]
    else:
        H += [("Date", date_h), ("From", fr), ("To", to_h)] + ([("Cc", cc_h)] if cc_h else []) + [
            ("Subject", subj), ("Message-ID", mid)]
        if irt:
            H += [("In-Reply-To", irt), ("References", ref)]
        H += [("MIME-Version", "1.0")]
        if xmailer:
            H.append(("X-Mailer", xmailer))
        elif client == "webmail":
            H.append(("User-Agent", "Roundcube Webmail/1.6.9"))
    H += list(extra_headers)
    return mime.message(H, root)


def request_message(p, date=None, plain=False, extra=()) -> bytes:
    """Our original outbound acknowledgment request, as sent."""
    b = p["buyer"]
    txt = request_text(p)
    h = f'<html><body style="font-family:Arial,sans-serif;font-size:10pt">\n{request_html(p)}\n</body></html>'
    hb = "b1_" + hexid(seed("req", p["po_number"]), 24)
    if plain:
        root = mime.text(txt, "plain", "us-ascii", "7bit")
    else:
        root = mime.multipart("alternative", [mime.text(txt, "plain", "utf-8", "quoted-printable"),
                                              mime.text(h, "html", "utf-8", "quoted-printable")], hb)
    rd = req_dt(p)
    H = [("Date", date or rfcdate(rd.strftime("%Y-%m-%d %H:%M:%S") + " +0000")),
         ("From", mime.addr(b["name"], b["email"])), ("To", mime.addr(p["supplier"]["name"], p["supplier"]["email"])),
         ("Subject", req_subject(p)), ("Message-ID", p.get("request_message_id") or f"<req.{hexid(seed('r'))}@{DOM}>"),
         ("X-Mailer", "Larkspur PO-Desk 3.2"), ("MIME-Version", "1.0")]
    return mime.message(list(extra) + H, root)


# ------------------------------------------------------------------ labels

def ans(p, spec):
    out = {}
    for l in p["lines"]:
        n = l["line"]
        sp = spec.get(n, "U")
        if sp == "A":
            out[str(n)] = {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
                           "date": l["requested_date"]}
        elif sp == "R":
            out[str(n)] = {"status": "rejected"}
        elif sp == "U":
            out[str(n)] = {"status": "unconfirmed"}
        else:
            sch = sp.get("s")
            q = sp.get("q", sum(x[0] for x in sch) if sch else l["quantity"])
            d = sp.get("d", max(x[1] for x in sch) if sch else l["requested_date"])
            pr = sp.get("p", l["unit_price"])
            lab = {"status": "changed", "quantity": q, "unit_price": pr, "date": d}
            if sch:
                assert sum(x[0] for x in sch) == q, (CUR, n)
                assert max(x[1] for x in sch) == d, (CUR, n)
                lab["schedule"] = [{"quantity": a, "date": b} for a, b in sch]
            else:
                assert (q, Decimal(pr), d) != (l["quantity"], Decimal(l["unit_price"]), l["requested_date"]), (CUR, n)
            dt.date.fromisoformat(d)
            out[str(n)] = lab
    for n in spec:
        assert 1 <= n <= len(p["lines"]), (CUR, n)
    return {"po_number": p["po_number"], "lines": out}


def conf(*answers, notes):
    return {"kind": "confirmation", "confirmations": list(answers), "notes": notes}


def other(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


def inline_quote(p, answers, attrib, prefix="> "):
    """Quote our request and put the supplier's answer under each table row."""
    out = [attrib]
    for s in request_text(p).split("\n"):
        out.append((prefix + s) if s else prefix.rstrip())
        for l in p["lines"]:
            if l["item"] in s and s.strip().startswith(str(l["line"]) + " ") and l["line"] in answers:
                out += ["", answers[l["line"]], ""]
    return "\n".join(out)
