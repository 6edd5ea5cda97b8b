"""Hand-rolled, byte-deterministic MIME assembly."""
import base64
import datetime as dt
import html as _html
import quopri
from email.header import Header
from email.utils import formataddr

from .common import BUYERS, D, seed_hex

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def date_hdr(s):
    """'2026-11-12 10:41:07 +0100' -> RFC 5322 date."""
    d, t, z = s.split()
    day = D(d)
    return f"{WD[day.weekday()]}, {day.day} {MON[day.month - 1]} {day.year} {t} {z}"


def enc_hdr(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode(maxlinelen=76)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


# ------------------------------------------------------------------ parts

class Leaf:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body


class Multi:
    def __init__(self, subtype, parts, boundary, params=""):
        self.subtype, self.parts, self.boundary, self.params = subtype, parts, boundary, params


def _encode(data, cte):
    if cte == "base64":
        b = base64.b64encode(data).decode()
        return "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n"
    if cte == "quoted-printable":
        return quopri.encodestring(data.replace(b"\r\n", b"\n")).decode("ascii") + ("" if data.endswith(b"\n") else "\n")
    # 7bit / 8bit
    return data.decode("latin-1") + ("" if data.endswith(b"\n") else "\n")


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    data = body.encode(charset)
    ct = f"text/{subtype}; charset=\"{charset}\""
    if flowed:
        ct += "; format=flowed"
    return Leaf([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], _encode(data, cte))


def attachment(data, ctype, filename, cte="base64", inline=False):
    disp = "inline" if inline else "attachment"
    return Leaf([("Content-Type", f"{ctype}; name=\"{filename}\""),
                 ("Content-Disposition", f"{disp}; filename=\"{filename}\""),
                 ("Content-Transfer-Encoding", cte)], _encode(data, cte))


def raw_leaf(headers, body):
    return Leaf(headers, body if body.endswith("\n") else body + "\n")


def multi(subtype, parts, boundary, params=""):
    return Multi(subtype, parts, boundary, params)


def _ser(part):
    out = []
    if isinstance(part, Leaf):
        for k, v in part.headers:
            out.append(f"{k}: {v}\n")
        out.append("\n")
        out.append(part.body)
        return "".join(out)
    out.append(f"Content-Type: multipart/{part.subtype};{part.params}\n\tboundary=\"{part.boundary}\"\n\n")
    out.append(_ser_body(part))
    return "".join(out)


def _ser_body(part):
    out = []
    for p in part.parts:
        out.append(f"--{part.boundary}\n")
        out.append(_ser(p))
        if not out[-1].endswith("\n"):
            out.append("\n")
    out.append(f"--{part.boundary}--\n")
    return "".join(out)


def message(headers, body, preamble=None):
    """headers: list of (name, value) in order; body: Leaf or Multi. Returns CRLF bytes."""
    out = [f"{k}: {v}\n" for k, v in headers]
    out.append("MIME-Version: 1.0\n")
    if isinstance(body, Multi):
        out.append(f"Content-Type: multipart/{body.subtype};{body.params}\n\tboundary=\"{body.boundary}\"\n")
        out.append("\n")
        if preamble:
            out.append(preamble + "\n\n")
        out.append(_ser_body(body))
    else:
        for k, v in body.headers:
            out.append(f"{k}: {v}\n")
        out.append("\n")
        out.append(body.body)
    s = "".join(out)
    return s.encode("latin-1").replace(b"\n", b"\r\n")


# ------------------------------------------------------------------ request / quotes

OUTLOOK_WORDS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "pt": ("De", "Enviado", "Para", "Assunto"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Subiect"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Zadeva"),
}

GMAIL_ATTR = {
    "en": "On {wd}, {d} {mon} {y} at {t}, {name} <{email}> wrote:",
    "en-US": "On {wd}, {mon} {d}, {y} at {t}, {name} <{email}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {t} schrieb {name} <{email}>:",
    "fr": "Le {dd}/{mm}/{y} à {t}, {name} <{email}> a écrit :",
    "es": "El {d}/{mm}/{y} a las {t}, {name} (<{email}>) escribió:",
    "it": "Il giorno {d}/{mm}/{y} alle ore {t} {name} <{email}> ha scritto:",
    "nl": "Op {d}-{mm}-{y} om {t} schreef {name} <{email}>:",
    "pt": "Em {dd}/{mm}/{y} {t}, {name} <{email}> escreveu:",
    "sv": "Den {y}-{mm}-{dd} kl. {t} skrev {name} <{email}>:",
    "pl": "W dniu {dd}.{mm}.{y} o {t} {name} <{email}> pisze:",
}


def req_date(po):
    return D(po["issued"])


def request_lines(po, ind=None, greeting=None):
    ind = ind or po["_ind"]
    b = BUYERS[ind]
    cur = po["currency"]
    iss = req_date(po)
    L = []
    L.append(greeting or f"Dear {po['supplier']['name']} team,")
    L.append("")
    L.append(f"please confirm our purchase order {po['po_number']} dated {iss.day} {MONTHS_EN[iss.month-1]} {iss.year}:")
    L.append("quantities, unit prices and delivery dates for each line.")
    L.append("")
    rows = [("Line", "Item", "Description", "Qty", "Unit", f"Price {cur}", "Requested")]
    for ln in po["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     ln["unit_price"], ln["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    for r in rows:
        L.append("  ".join(c.ljust(w[i]) if i not in (3, 5) else c.rjust(w[i]) for i, c in enumerate(r)).rstrip())
    L.append("")
    L.append(f"Prices are per unit of measure shown, in {cur}. Please reply to this e-mail.")
    L.append("")
    L.append("Kind regards")
    L.append(b[0])
    L.append(f"Purchasing | {b[2]}")
    return L


def request_html_table(po):
    cur = po["currency"]
    h = ["<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">",
         f"<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit</th><th>Price {cur}</th><th>Requested</th></tr>"]
    for ln in po["lines"]:
        h.append("<tr>" + "".join(f"<td>{_html.escape(str(ln[k]))}</td>" for k in
                                   ("line", "item", "description", "quantity", "uom", "unit_price", "requested_date")) + "</tr>")
    h.append("</table>")
    return "\n".join(h)


def req_sent(po):
    b = BUYERS[po["_ind"]]
    iss = req_date(po)
    return iss, "09:12", b


def outlook_header_block(po, lang="en", subject=None):
    iss, t, b = req_sent(po)
    w = OUTLOOK_WORDS.get(lang, OUTLOOK_WORDS["en"])
    if lang == "en":
        sent = f"{WEEKDAYS_EN[iss.weekday()]}, {MONTHS_EN[iss.month-1]} {iss.day}, {iss.year} 9:12 AM"
    else:
        sent = f"{iss.day:02d}.{iss.month:02d}.{iss.year} 09:12"
    subj = subject or req_subject(po)
    return [f"{w[0]}: {b[0]} <{b[1]}>", f"{w[1]}: {sent}", f"{w[2]}: {po['supplier']['email']}",
            f"{w[3]}: {subj}"]


def req_subject(po):
    return f"Order confirmation request - PO {po['po_number']}"


def quote_outlook(po, lang="en"):
    L = ["", "-----Original Message-----" if lang == "en" else "-----Ursprüngliche Nachricht-----" if lang == "de" else "________________________________"]
    L += outlook_header_block(po, lang)
    L.append("")
    L += request_lines(po)
    return L


def gmail_attr(po, lang="en", locale=None):
    iss, t, b = req_sent(po)
    fmt = GMAIL_ATTR.get(locale) or GMAIL_ATTR.get(lang) or GMAIL_ATTR["en"]
    return fmt.format(wd=WD[iss.weekday()], d=iss.day, dd=f"{iss.day:02d}", mm=f"{iss.month:02d}",
                      mon=MON[iss.month-1], y=iss.year, t=t, name=b[0], email=b[1])


def quote_gt(po, lang="en", locale=None):
    L = ["", gmail_attr(po, lang, locale), ""]
    L[1:2] = [gmail_attr(po, lang, locale)]
    return ["", gmail_attr(po, lang, locale)] + ["> " + x if x else ">" for x in request_lines(po)]


def html_from_text(lines, quote_lines=None, quote_style="outlook", font="Calibri"):
    esc = lambda s: _html.escape(s).replace("  ", "&nbsp; ")
    body = "<br>\n".join(esc(x) for x in lines)
    h = [f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>",
         f"<body><div style=\"font-family:{font},sans-serif;font-size:11pt\">", body, "</div>"]
    if quote_lines:
        q = "<br>\n".join(esc(x) for x in quote_lines)
        if quote_style == "outlook":
            h.append("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">")
            h.append(f"<p style=\"font-family:monospace\">{q}</p></div>")
        else:
            h.append(f"<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\"><pre>{q}</pre></blockquote>")
    h.append("</body></html>")
    return "\n".join(h)


def strip_gt(lines):
    return [x[2:] if x.startswith("> ") else (x[1:] if x.startswith(">") else x) for x in lines]


# ------------------------------------------------------------------ standard reply

CLIENTS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", None)],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3774.200.91.1.1)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "android": [("User-Agent", "Android")],
    "erp": [("X-Mailer", "SAP NetWeaver 7.50")],
}


def boundary(style, seed):
    h = seed_hex("b", style, seed, n=28)
    if style == "outlook":
        return f"----=_NextPart_000_{h[:4].upper()}_01DB{h[4:8].upper()}.{h[8:16].upper()}"
    if style == "gmail":
        return f"0000000000{h[:16]}"
    if style in ("apple", "iphone"):
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:28].upper()}"
    if style == "thunderbird":
        return f"------------{h[:24]}"
    return f"=_{h[:20]}"


def msgid(style, seed, dom):
    h = seed_hex("m", style, seed, n=32)
    if style == "outlook":
        return f"<{h[:4].upper()}PR0{h[4]}MB{h[5:9].upper()}{h[9:20].upper()}@{h[:4].upper()}PR0{h[4]}MB{h[5:9].upper()}.eurprd0{int(h[20], 16) % 9 + 1}.prod.outlook.com>"
    if style == "gmail":
        return f"<CA{h[:6].upper()}{h[6:30]}+Q@mail.gmail.com>"
    if style in ("apple", "iphone"):
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{dom}>"
    return f"<{h[:12]}.{h[12:20]}@{dom}>"


def reply(po, body, *, slug, date, frm=None, frm_name=None, subject=None, client="outlook",
          charset="utf-8", cte="quoted-printable", quote="outlook", lang="en", locale=None,
          html=True, html_body=None, attachments=(), threaded=True, extra_headers=(),
          to=None, quote_lines=None, html_charset=None, refs=None, cc=None):
    """Compose a typical supplier reply. body: list of lines (the new text)."""
    s = po["supplier"]
    b = BUYERS[po["_ind"]]
    frm = frm or s["email"]
    dom = frm.split("@")[1]
    if quote_lines is None:
        if quote == "outlook":
            quote_lines = quote_outlook(po, lang)
        elif quote == "gt":
            quote_lines = quote_gt(po, lang, locale)
        else:
            quote_lines = []
    plain = "\n".join(list(body) + list(quote_lines)) + "\n"
    parts = []
    if html:
        hq = quote_lines
        if quote == "gt":
            hq = strip_gt(quote_lines)
        hb = html_body if html_body is not None else html_from_text(body, hq, "outlook" if quote == "outlook" else "gmail")
        hcs = html_charset or charset
        hb = hb.replace("charset=utf-8", f"charset={hcs}")
        alt = multi("alternative", [text(plain, "plain", charset, cte), text(hb, "html", hcs, cte)],
                    boundary(client, slug + "alt"))
        main = alt
    else:
        main = text(plain, "plain", charset, cte, flowed=(client == "thunderbird" and cte != "base64"))
    if attachments:
        main = multi("mixed", [main] + list(attachments), boundary(client, slug + "mix"))
    hdrs = []
    mid = msgid(client, slug, dom)
    hdrs.append(("From", addr(frm_name, frm, charset if charset.lower() != "us-ascii" else "utf-8")))
    hdrs.append(("To", to or addr(b[0], b[1])))
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", enc_hdr(subject or f"RE: {req_subject(po)}", "utf-8" if charset in ("us-ascii",) else charset)))
    hdrs.append(("Date", date_hdr(date)))
    hdrs.append(("Message-ID", mid))
    if threaded and "request_message_id" in po:
        hdrs.append(("In-Reply-To", po["request_message_id"]))
        hdrs.append(("References", refs or po["request_message_id"]))
    for k, v in CLIENTS.get(client, []):
        if k == "Thread-Index":
            v = "AQH" + seed_hex("ti", slug, n=20).upper() + "=="
        if k == "Content-Language":
            v = (locale or "en-US")
        hdrs.append((k, v))
    hdrs += list(extra_headers)
    return message(hdrs, main)
