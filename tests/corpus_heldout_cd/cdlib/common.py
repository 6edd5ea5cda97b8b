"""Shared helpers: registry, POs, labels, our request text, reply builder, bounces."""
import datetime as dt
import html as H
import re

from . import mime

REG = []


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


DOM = "meridian-procure.example"
BUYERS = {
    "dana": ("Dana Ruiz", f"dana.ruiz@{DOM}", "42"),
    "jonas": ("Jonas Lindqvist", f"jonas.lindqvist@{DOM}", "57"),
    "priya": ("Priya Raman", f"priya.raman@{DOM}", "63"),
    "tomas": ("Tomas Berger", f"tomas.berger@{DOM}", "18"),
}


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def mkpo(number, supplier, currency, issued, lines, buyer="dana", reqid=True, step=1):
    b = BUYERS[buyer]
    d = {"po_number": number, "supplier": supplier, "buyer": {"name": b[0], "email": b[1]},
         "currency": currency, "issued": issued}
    if reqid:
        d["request_message_id"] = f"<req.{re.sub(r'[^A-Za-z0-9]', '', number)}.{issued.replace('-', '')}@{DOM}>"
    d["lines"] = [{"line": (i + 1) * step, "item": it, "description": de, "quantity": q, "uom": u,
                   "unit_price": p, "requested_date": rd}
                  for i, (it, de, q, u, p, rd) in enumerate(lines)]
    return d


# ---------------------------------------------------------------- labels

def _ln(po, n):
    for l in po["lines"]:
        if l["line"] == n:
            return l
    raise KeyError(n)


def acc(po, n):
    l = _ln(po, n)
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
            "date": l["requested_date"]}


def chg(po, n, q=None, p=None, d=None, sched=None):
    l = _ln(po, n)
    r = {"status": "changed", "quantity": l["quantity"] if q is None else q,
         "unit_price": p or l["unit_price"], "date": d or l["requested_date"]}
    if sched:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
        assert sum(a for a, _ in sched) == r["quantity"], (po["po_number"], n)
        assert max(b for _, b in sched) == r["date"], (po["po_number"], n)
    return r


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po, labels):
    if isinstance(labels, list):
        labels = {l["line"]: lab for l, lab in zip(po["lines"], labels)}
        assert len(labels) == len(po["lines"])
    return {"po_number": po["po_number"], "lines": {str(k): v for k, v in labels.items()}}


def expected(kind, notes, *confs):
    d = {"kind": kind}
    if confs:
        d["confirmations"] = list(confs)
    d["notes"] = notes
    return d


# ---------------------------------------------------------------- our request

def req_subject(po):
    return f"Purchase order {po['po_number']} - request for order acknowledgement"


def req_sent(po, hour="10:14:05"):
    return f"{po['issued']} {hour} +0100"


def buyer_sig(po):
    name = po["buyer"]["name"]
    ext = [b[2] for b in BUYERS.values() if b[0] == name][0]
    return (f"{name}\nPurchasing | Meridian Procurement Group B.V.\n"
            f"Havenweg 40, 3089 KR Rotterdam, Netherlands\nT +31 10 555 01{ext}")


def table_rows(po):
    rows = [["Pos", "Item", "Description", "Qty", "UoM", f"Price {po['currency']}", "Req. date"]]
    for l in po["lines"]:
        rows.append([str(l["line"]), l["item"], l["description"], str(l["quantity"]), l["uom"],
                     l["unit_price"], l["requested_date"]])
    return rows


def req_table(po):
    rows = table_rows(po)
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    out = []
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            cells.append(c.rjust(w[i]) if i in (3, 5) and k else c.ljust(w[i]))
        out.append("  ".join(cells).rstrip())
        if k == 0:
            out.append("  ".join("-" * x for x in w))
    return "\n".join(out)


def req_intro(po):
    return (f"Dear {po['supplier']['name']} team,\n\n"
            f"please find below our purchase order {po['po_number']} dated {po['issued']}.\n"
            "Kindly confirm quantities, unit prices and delivery dates by return e-mail.")


REQ_OUTRO = ("Delivery address: Meridian Procurement Group, Central Warehouse, Gate 3,\n"
             "Havenweg 40, 3089 KR Rotterdam, Netherlands\n"
             "Terms: DAP Rotterdam, 30 days net. Please quote our PO number on all documents.")


def req_text(po):
    return f"{req_intro(po)}\n\n{req_table(po)}\n\n{REQ_OUTRO}\n\nBest regards\n{buyer_sig(po)}"


def req_html(po):
    rows = table_rows(po)
    t = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">']
    for k, r in enumerate(rows):
        tag = "th" if k == 0 else "td"
        t.append("<tr>" + "".join(f"<{tag}>{H.escape(c)}</{tag}>" for c in r) + "</tr>")
    t.append("</table>")
    p = lambda s: "<p>" + H.escape(s).replace("\n", "<br>\n") + "</p>"
    return (p(req_intro(po)) + "\n" + "\n".join(t) + "\n" + p(REQ_OUTRO) + "\n"
            + p("Best regards\n" + buyer_sig(po)))


def qlines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


ORIG = {"en": "-----Original Message-----", "de": "-----Ursprüngliche Nachricht-----",
        "fr": "-----Message d'origine-----", "es": "-----Mensaje original-----",
        "it": "-----Messaggio originale-----", "nl": "-----Oorspronkelijk bericht-----",
        "pl": "-----Wiadomość oryginalna-----", "pt": "-----Mensagem original-----",
        "sv": "-----Ursprungligt meddelande-----", "da": "-----Oprindelig meddelelse-----",
        "nb": "-----Opprinnelig melding-----", "fi": "-----Alkuperäinen viesti-----",
        "cs": "-----Původní zpráva-----"}
OHDR = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto"),
        "it": ("Da", "Inviato", "A", "Oggetto"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
        "pl": ("Od", "Wysłano", "Do", "Temat"), "pt": ("De", "Enviada", "Para", "Assunto"),
        "sv": ("Från", "Skickat", "Till", "Ämne"), "da": ("Fra", "Sendt", "Til", "Emne"),
        "nb": ("Fra", "Sendt", "Til", "Emne"), "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
        "cs": ("Od", "Odesláno", "Komu", "Předmět")}
ATTR = {
    "de": "Am {d:%d.%m.%Y} um {d:%H:%M} schrieb {n} <{e}>:",
    "fr": "Le {d:%d/%m/%Y} à {d:%H:%M}, {n} a écrit :",
    "es": "El {d.day}/{d.month}/{d:%y} a las {d:%H:%M}, {n} (<{e}>) escribió:",
    "it": "Il giorno {d:%d/%m/%Y} alle ore {d:%H:%M} {n} <{e}> ha scritto:",
    "pt": "Em {d:%d/%m/%Y} {d:%H:%M}, {n} <{e}> escreveu:",
    "nl": "Op {d:%d-%m-%Y} om {d:%H:%M} schreef {n} <{e}>:",
    "sv": "Den {d:%Y-%m-%d} kl. {d:%H:%M} skrev {n} <{e}>:",
    "da": "Den {d:%d.%m.%Y} kl. {d:%H.%M} skrev {n} <{e}>:",
    "nb": "Den {d:%d.%m.%Y} {d:%H:%M}, skrev {n}:",
    "fi": "{n} kirjoitti {d.day}.{d.month}.{d.year} klo {d:%H.%M}:",
    "pl": "W dniu {d.day}.{d.month}.{d.year} o {d:%H:%M}, {n} pisze:",
    "cs": "Dne {d:%d.%m.%Y} v {d:%H:%M} {n} napsal(a):",
}


def lang_of(po):
    return po["supplier"]["locale"].split("-")[0]


def outlook_hdr(po, lang="en", to=None):
    d = mime.parse_date(req_sent(po))
    if lang in OHDR and lang != "en":
        f, s, t, sub = OHDR[lang]
        sent = d.strftime("%d.%m.%Y %H:%M")
    else:
        f, s, t, sub = OHDR["en"]
        sent = f"{d:%A}, {d:%B} {d.day}, {d.year} {d:%I:%M %p}"
    b = po["buyer"]
    return [(f, f"{b['name']} <{b['email']}>"), (s, sent), (t, to or po["supplier"]["email"]),
            (sub, req_subject(po))]


def quote_text(po, style, lang="en", attr=None, to=None):
    if style == "outlook":
        hs = outlook_hdr(po, lang, to)
        head = ORIG.get(lang, ORIG["en"]) if lang in ORIG else ORIG["en"]
        return head + "\n" + "\n".join(f"{k}: {v}" for k, v in hs) + "\n\n" + req_text(po)
    d = mime.parse_date(req_sent(po))
    b = po["buyer"]
    if attr is None:
        tpl = ATTR.get(lang, "On {d:%a}, {d.day} {d:%b} {d.year} at {d:%H:%M}, {n} <{e}> wrote:")
        attr = tpl.format(d=d, n=b["name"], e=b["email"])
    return attr + "\n" + qlines(req_text(po))


def quote_html(po, style, lang="en", attr=None, to=None):
    if style == "outlook":
        hs = outlook_hdr(po, lang, to)
        inner = "<br>\n".join(f"<b>{H.escape(k)}:</b> {H.escape(v)}" for k, v in hs)
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                f'<p class="MsoNormal">{inner}</p></div>\n' + req_html(po))
    d = mime.parse_date(req_sent(po))
    b = po["buyer"]
    if attr is None:
        tpl = ATTR.get(lang, "On {d:%a}, {d.day} {d:%b} {d.year} at {d:%H:%M}, {n} <{e}> wrote:")
        attr = tpl.format(d=d, n=b["name"], e=b["email"])
    return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{H.escape(attr)}<br></div>\n'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            f'rgb(204,204,204);padding-left:1ex">\n{req_html(po)}\n</blockquote></div>')


def text_to_html(s):
    paras = s.strip("\n").split("\n\n")
    return "\n".join("<p>" + H.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)


def html_doc(inner, lang="en", dir_=None, charset="utf-8"):
    d = f' dir="{dir_}"' if dir_ else ""
    return (f'<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'</head>\n<body{d}>\n<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n{inner}\n'
            '</div>\n</body></html>\n')


CLIENTS = {
    "outlook": [("X-MS-Has-Attach", "{att}"), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "{loc}"),
                ("X-Mailer", "Microsoft Outlook 16.0")],
    "outlookweb": [("X-MS-Has-Attach", "{att}"), ("Content-Language", "{loc}"),
                   ("X-MS-Exchange-Organization-SCL", "-1")],
    "gmail": [],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "{loc}")],
    "android": [("X-Mailer", "Samsung Email 6.1.94.4")],
    "erp": [("X-Mailer", "SAP NetWeaver 7.50 / SAPconnect")],
    "webmail": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "html": [("X-Mailer", "Zimbra 10.0.9_GA_4619 (ZimbraWebClient - GC131)")],
}


def msgid_for(client, seed, domain):
    x = mime.h(seed, 40).upper()
    if client in ("outlook", "outlookweb"):
        return f"<{x[:4]}PR0{x[4]}MB{x[5:9]}{x[9:25]}@{x[25:29]}PR0{x[29]}MB{x[30:34]}.eurprd0{int(x[34], 16) % 9 + 1}.prod.outlook.com>"
    if client == "gmail":
        return f"<CA+{x[:6].lower()}{x[6:30]}Q{x[30:40].lower()}@mail.gmail.com>"
    if client in ("apple", "iphone"):
        return f"<{mime.uuid_like(seed)}@{domain}>"
    if client == "erp":
        return f"<SAP{x[:12]}.{x[12:20]}@sapmail.{domain}>"
    return f"<{mime.uuid_like(seed).lower()}@{domain}>"


def boundary_for(client, seed, k=0):
    x = mime.h(f"{seed}/{k}", 32)
    if client in ("outlook", "outlookweb"):
        return f"_00{k}_{x[:30].upper()}_"
    if client == "gmail":
        return f"000000000000{x[:16]}"
    if client in ("apple", "iphone"):
        return f"Apple-Mail={mime.uuid_like(seed + str(k))}"
    if client == "thunderbird":
        return f"------------{x[:24]}"
    return f"----=_Part_{int(x[:8], 16) % 900000}_{int(x[8:16], 16) % 99999999}.{1763000000000 + int(x[16:20], 16)}"


def reply_mail(po, *, frm, date, body, client="outlook", charset="utf-8", cte="quoted-printable",
               subject=None, prefix="RE:", quote=True, html=True, attachments=(), to=None, cc=None,
               extra=(), thread=True, attr=None, html_inner=None, flowed=False, lang=None, hcharset=None,
               henc="B", dir_=None, refs=None, msgid=None):
    """frm = (name, address). body = reply text (signature included). Returns bytes."""
    lang = lang or lang_of(po)
    loc = po["supplier"]["locale"]
    seed = f"{po['po_number']}|{date}|{frm[1]}"
    dom = frm[1].split("@")[1]
    style = "outlook" if client in ("outlook", "outlookweb") else "gmail"
    txt = body.rstrip("\n") + "\n"
    if quote:
        txt += "\n" + quote_text(po, style, lang, attr) + "\n"
    parts = []
    if client != "html":
        params = "; format=flowed" if flowed else ""
        parts.append(mime.text(txt, "plain", charset, cte, params))
    if html or client == "html":
        inner = html_inner if html_inner is not None else text_to_html(body)
        if quote:
            inner += "\n" + ("<hr>" if client == "html" else "") + quote_html(po, style, lang, attr)
        parts.append(mime.text(html_doc(inner, loc.split("-")[0], dir_, charset), "html", charset, cte))
    root = parts[0] if len(parts) == 1 else mime.multi("alternative", boundary_for(client, seed, 1), parts)
    if attachments:
        atts = [mime.attachment(data, ct, fn) for fn, ct, data in attachments]
        root = mime.multi("mixed", boundary_for(client, seed, 0), [root] + atts)
    sub = subject if subject is not None else f"{prefix} {req_subject(po)}"
    hc = hcharset or charset
    hs = [("From", mime.addr(frm[0], frm[1], hc, henc)),
          ("To", to or mime.addr(po["buyer"]["name"], po["buyer"]["email"]))]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", mime.ew(sub, hc, henc)), ("Date", mime.rfc_date(date)),
           ("Message-ID", msgid or msgid_for(client, seed, dom))]
    if thread and po.get("request_message_id"):
        r = refs or po["request_message_id"]
        hs += [("In-Reply-To", po["request_message_id"]), ("References", r)]
    if client in ("outlook", "outlookweb"):
        hs += [("Thread-Topic", mime.ew(req_subject(po), hc)), ("Thread-Index", "AQH" + mime.h(seed, 20) + "Aa==")]
    for n, v in CLIENTS.get(client, []):
        hs.append((n, v.format(att="yes" if attachments else "", loc=loc)))
    hs += list(extra)
    return mime.message(hs, root)


# ---------------------------------------------------------------- our original request as sent

def request_message(po, to=None, simple=False):
    """The acknowledgment request exactly as our system sent it (bytes, LF)."""
    b = po["buyer"]
    seed = po["po_number"] + "req"
    if simple:
        alt = mime.text(req_text(po) + "\n", "plain", "us-ascii", "7bit")
    else:
        alt = mime.multi("alternative", f"=_mpg_{mime.h(seed, 24)}", [
            mime.text(req_text(po) + "\n", "plain", "utf-8", "quoted-printable"),
            mime.text(html_doc(req_html(po)), "html", "utf-8", "quoted-printable")])
    hs = [("From", mime.addr(b["name"], b["email"])),
          ("To", to or mime.addr(po["supplier"]["name"], po["supplier"]["email"])),
          ("Subject", req_subject(po)), ("Date", mime.rfc_date(req_sent(po))),
          ("Message-ID", po["request_message_id"]), ("X-Mailer", "Meridian PO Desk 3.2")]
    return mime.message(hs, alt).replace(b"\r\n", b"\n")


def dsn_mail(po, *, date, reporting_mta, from_hdr, subject, human, recipient, status, diag,
             remote_mta=None, action="failed", human_html=None, charset="us-ascii", cte="7bit",
             msgid=None, to_rcpt=None, extra=(), arrival=None, extra_fields=()):
    seed = po["po_number"] + date
    orig = request_message(po, to=to_rcpt)
    hp = mime.text(human, "plain", charset, cte)
    if human_html:
        hp = mime.multi("alternative", f"{mime.h(seed + 'a', 30)}", [hp, mime.text(human_html, "html", charset, cte)])
    per_msg = f"Reporting-MTA: dns; {reporting_mta}\n"
    if arrival:
        per_msg += f"Arrival-Date: {mime.rfc_date(arrival)}\n"
    per_msg += "".join(f"{k}: {v}\n" for k, v in extra_fields)
    per_rcpt = (f"Final-Recipient: rfc822; {recipient}\nOriginal-Recipient: rfc822; {recipient}\n"
                f"Action: {action}\nStatus: {status}\n")
    if remote_mta:
        per_rcpt += f"Remote-MTA: dns; {remote_mta}\n"
    per_rcpt += f"Diagnostic-Code: smtp; {diag}\n"
    ds = mime.raw_part("message/delivery-status", (per_msg + "\n" + per_rcpt).encode(), cte=None)
    rp = mime.raw_part("message/rfc822", orig, cte="7bit")
    root = mime.multi("report", mime.h(seed + "b", 26), [hp, ds, rp], params=" report-type=delivery-status;")
    b = po["buyer"]
    hs = [("From", from_hdr), ("To", mime.addr(b["name"], b["email"])), ("Subject", subject),
          ("Date", mime.rfc_date(date)), ("Message-ID", msgid or f"<{mime.h(seed, 20)}@{reporting_mta}>"),
          ("Auto-Submitted", "auto-replied")] + list(extra)
    return mime.message(hs, root)
