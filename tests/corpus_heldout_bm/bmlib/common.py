"""Registry, PO / label helpers and the reply composer shared by all case modules."""
import datetime as dt
import html as _html
from decimal import Decimal
from email.utils import format_datetime

from . import mime
from .mime import hexid

REG = []   # (slug, "kind/locale", "what makes it hard", builder)


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


BUYER_DOMAIN = "kestrelgroup.example"
BUYERS = {
    "mh": ("Maren Holt", "maren.holt@kestrelgroup.example"),
    "jw": ("Jonas Weber", "jonas.weber@kestrelgroup.example"),
    "pn": ("Priya Nair", "priya.nair@kestrelgroup.example"),
    "tl": ("Tomas Lindqvist", "tomas.lindqvist@kestrelgroup.example"),
}


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(num, supplier, currency, issued, lines, buyer="mh", rid=True):
    b = BUYERS[buyer]
    d = {"po_number": num, "supplier": supplier, "buyer": {"name": b[0], "email": b[1]},
         "currency": currency, "issued": issued}
    if rid:
        d["request_message_id"] = "<ack-req.%s.%s@%s>" % (num, issued.replace("-", ""), BUYER_DOMAIN)
    d["lines"] = [{"line": i, "item": it, "description": de, "quantity": q, "uom": u, "unit_price": p,
                   "requested_date": rd} for i, (it, de, q, u, p, rd) in enumerate(lines, 1)]
    return d


def L(p, n):
    return p["lines"][n - 1]


# ---------------------------------------------------------------- labels
def acc(p, n):
    ln = L(p, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def chg(p, n, q=None, price=None, d=None, sched=None):
    ln = L(p, n)
    lab = {"status": "changed"}
    if sched:
        sched = [{"quantity": a, "date": b} for a, b in sched]
        q = q if q is not None else sum(s["quantity"] for s in sched)
        d = d if d is not None else max(s["date"] for s in sched)
    lab["quantity"] = q if q is not None else ln["quantity"]
    lab["unit_price"] = price if price is not None else ln["unit_price"]
    lab["date"] = d if d is not None else ln["requested_date"]
    if sched:
        lab["schedule"] = sched
    return lab


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(p, labels):
    """labels: dict line-number -> label or 'A' (accepted) / 'R' / 'U'."""
    out = {}
    for ln in p["lines"]:
        n = ln["line"]
        v = labels.get(n, "U")
        if v == "A":
            v = acc(p, n)
        elif v == "R":
            v = dict(REJ)
        elif v == "U":
            v = dict(UNC)
        out[str(n)] = v
    return {"po_number": p["po_number"], "lines": out}


def all_acc(p):
    return conf(p, {ln["line"]: "A" for ln in p["lines"]})


def exp_conf(confs, notes):
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


def exp_kind(kind, notes):
    return {"kind": kind, "notes": notes}


def pct(price, percent, places="0.0001"):
    v = (Decimal(price) * (Decimal(100) + Decimal(percent)) / Decimal(100)).quantize(Decimal(places))
    s = format(v.normalize(), "f")
    if "." not in s:
        s += ".00"
    elif len(s.split(".")[1]) < 2:
        s += "0"
    return s


# ---------------------------------------------------------------- dates
def parse_when(s):
    """'2026-11-16 09:12:44 +0100' -> aware datetime"""
    d, t, z = s.split()
    sign = 1 if z[0] == "+" else -1
    off = dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])) * sign
    return dt.datetime.fromisoformat(d + "T" + t).replace(tzinfo=dt.timezone(off))


def rfcdate(s):
    return format_datetime(parse_when(s))


def req_when(p):
    """When our acknowledgment request went out (issued day, morning, CET)."""
    d = dt.date.fromisoformat(p["issued"])
    h = 8 + int(hexid(p["po_number"], 2), 16) % 3
    m = int(hexid(p["po_number"] + "m", 2), 16) % 60
    return dt.datetime(d.year, d.month, d.day, h, m, 7, tzinfo=dt.timezone(dt.timedelta(hours=1)))


# ---------------------------------------------------------------- our request mail
def req_subject(p):
    return "Order acknowledgment request - PO %s" % p["po_number"]


def req_table_text(p):
    rows = [("Pos", "Item", "Description", "Qty", "UoM", "Unit price", "Requested date")]
    for ln in p["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     "%s %s" % (ln["unit_price"], p["currency"]), ln["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    out = []
    for r in rows:
        cells = [r[i].rjust(w[i]) if i in (3, 5) else r[i].ljust(w[i]) for i in range(7)]
        out.append("  ".join(cells).rstrip())
    return "\n".join(out)


def req_text(p):
    b = p["buyer"]
    return ("Dear %s team,\n\nplease confirm the purchase order below (quantities, unit prices and delivery "
            "dates) by replying to this e-mail.\n\nPurchase order: %s\nOrder date: %s\nCurrency: %s\n\n%s\n\n"
            "Delivery address: Kestrel Group, Central Warehouse, Hafenstrasse 12, 20457 Hamburg, Germany\n"
            "Incoterms: DAP Hamburg. Payment terms: 60 days net.\n\nBest regards\n%s\nPurchasing | Kestrel Group\n"
            "+49 40 555 0190\n" % (p["supplier"]["name"], p["po_number"], p["issued"], p["currency"],
                                   req_table_text(p), b["name"]))


def req_html(p):
    e = _html.escape
    rows = "".join(
        "<tr><td>%d</td><td>%s</td><td>%s</td><td align=\"right\">%d</td><td>%s</td><td align=\"right\">%s %s</td>"
        "<td>%s</td></tr>" % (ln["line"], e(ln["item"]), e(ln["description"]), ln["quantity"], ln["uom"],
                              ln["unit_price"], p["currency"], ln["requested_date"]) for ln in p["lines"])
    b = p["buyer"]
    return ("<p>Dear %s team,</p><p>please confirm the purchase order below (quantities, unit prices and delivery "
            "dates) by replying to this e-mail.</p><p>Purchase order: %s<br>Order date: %s<br>Currency: %s</p>"
            "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>Pos</th><th>Item</th><th>Description"
            "</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Requested date</th></tr>%s</table>"
            "<p>Delivery address: Kestrel Group, Central Warehouse, Hafenstrasse 12, 20457 Hamburg, Germany<br>"
            "Incoterms: DAP Hamburg. Payment terms: 60 days net.</p><p>Best regards<br>%s<br>Purchasing | Kestrel "
            "Group<br>+49 40 555 0190</p>" % (e(p["supplier"]["name"]), p["po_number"], p["issued"], p["currency"],
                                              rows, e(b["name"])))


def request_message(p):
    """Our original request as a complete RFC 5322 message (for bounces)."""
    b = p["buyer"]
    s = p["supplier"]
    hs = [("From", mime.addr(b["name"], b["email"])), ("To", s["email"]), ("Subject", req_subject(p)),
          ("Date", format_datetime(req_when(p))), ("Message-ID", p["request_message_id"])]
    return mime.message(hs, mime.text(req_text(p), charset="us-ascii", cte="7bit"))


# ---------------------------------------------------------------- quoting
OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"), "pt": ("De", "Enviado", "Para", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"), "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "sv": ("Från", "Skickat", "Till", "Ämne"), "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"), "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"), "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Zadeva"), "ro": ("De la", "Trimis", "Către", "Subiect"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"), "ru": ("От", "Отправлено", "Кому", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Тема"), "bg": ("От", "Изпратено", "До", "Относно"),
    "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"), "ja": ("差出人", "送信日時", "宛先", "件名"),
    "zh": ("发件人", "发送时间", "收件人", "主题"), "tw": ("寄件者", "寄件日期", "收件者", "主旨"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"),
}


def outlook_quote(p, lang):
    lab = OUTLOOK_LABELS.get(lang, OUTLOOK_LABELS["en"])
    b = p["buyer"]
    w = req_when(p)
    sent = w.strftime("%A, %B %-d, %Y %-I:%M %p") if lang == "en" else w.strftime("%d.%m.%Y %H:%M")
    colon = " :" if lang == "fr" else ":"
    head = "%s%s %s <%s>\n%s%s %s\n%s%s %s\n%s%s %s\n" % (
        lab[0], colon, b["name"], b["email"], lab[1], colon, sent, lab[2], colon, p["supplier"]["email"],
        lab[3], colon, req_subject(p))
    txt = "________________________________\n" + head + "\n" + req_text(p)
    e = _html.escape
    hh = ("<div id=\"divRplyFwdMsg\" dir=\"ltr\"><hr style=\"display:inline-block;width:98%%\" tabindex=\"-1\">"
          "<font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\"><b>%s%s</b> %s &lt;%s&gt;"
          "<br><b>%s%s</b> %s<br><b>%s%s</b> %s<br><b>%s%s</b> %s</font><div>&nbsp;</div></div>" % (
              e(lab[0]), colon, e(b["name"]), b["email"], e(lab[1]), colon, sent, e(lab[2]), colon,
              p["supplier"]["email"], e(lab[3]), colon, e(req_subject(p))))
    return txt, hh + "<div>" + req_html(p) + "</div>"


GMAIL_ATTR = {
    "en": "On {wd}, {mon} {d}, {y} at {H}:{M}, {n} <{e}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {H}:{M} schrieb {n} <{e}>:",
    "fr": "Le {dd}/{mm}/{y} à {H}:{M}, {n} <{e}> a écrit :",
    "es": "El {dd}/{mm}/{y} a las {H}:{M}, {n} (<{e}>) escribió:",
    "it": "Il giorno {dd}/{mm}/{y} alle ore {H}:{M} {n} <{e}> ha scritto:",
    "pt": "Em {dd}/{mm}/{y} {H}:{M}, {n} <{e}> escreveu:",
    "nl": "Op {dd}-{mm}-{y} om {H}:{M} schreef {n} <{e}>:",
    "sv": "Den {dd} {mm} {y} kl. {H}:{M} skrev {n} <{e}>:",
    "id": "Pada {dd}/{mm}/{y} pukul {H}.{M}, {n} <{e}> menulis:",
    "vi": "Vào {dd}/{mm}/{y} lúc {H}:{M}, {n} <{e}> đã viết:",
}


def gmail_attr(p, lang):
    w = req_when(p)
    b = p["buyer"]
    f = GMAIL_ATTR.get(lang, GMAIL_ATTR["en"])
    return f.format(wd=w.strftime("%a"), mon=w.strftime("%b"), d=w.day, y=w.year, dd="%02d" % w.day,
                    mm="%02d" % w.month, H="%02d" % w.hour, M="%02d" % w.minute, n=b["name"], e=b["email"])


def gt_quote(p, attr):
    q = "\n".join(("> " + l) if l else ">" for l in req_text(p).rstrip("\n").split("\n"))
    txt = attr + "\n\n" + q + "\n"
    hh = ("<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div><blockquote "
          "class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
          "padding-left:1ex\">%s</blockquote></div>" % (_html.escape(attr), req_html(p)))
    return txt, hh


def text_to_html(t):
    out, inq = [], False
    for line in t.rstrip("\n").split("\n"):
        q = line.startswith(">")
        if q and not inq:
            out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">")
        if not q and inq:
            out.append("</blockquote>")
        inq = q
        s = line[1:].lstrip() if q else line
        out.append((_html.escape(s) if s else "") + "<br>")
    if inq:
        out.append("</blockquote>")
    return "<div>" + "\n".join(out) + "</div>"


# ---------------------------------------------------------------- clients
CLIENTS = {
    "outlook": [("X-MS-Has-Attach", "{att}"), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "{cl}")],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "android": [("X-Mailer", "Outlook for Android")],
}


def msgid_for(slug, client, dom):
    h = hexid(slug, 40).upper()
    if client in ("outlook", "android"):
        return "<%s%s@%s.eurprd0%s.prod.outlook.com>" % ("DB9PR0" + h[:2] + "MB", h[2:24], "DB9PR0" + h[:2] +
                                                         "MB" + h[24:28], h[28] if h[28].isdigit() else "4")
    if client == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (h[:20].replace("F", "x"), hexid(slug + "g", 20))
    if client in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], dom)
    return "<%s-%s@%s>" % (hexid(slug, 8), hexid(slug + "x", 12), dom)


def boundary_for(slug, client, k=0):
    h = hexid("%s/%d" % (slug, k), 24)
    if client in ("outlook", "android"):
        return "_%03d_DB9PR04MB%s_" % (k, h[:20].upper())
    if client == "gmail":
        return "0000000000%s" % h[:16]
    if client in ("apple", "iphone"):
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                               h[16:20].upper(), hexid(slug + "b%d" % k, 12).upper())
    if client == "thunderbird":
        return "------------%s" % h[:24]
    return "=_NextPart_%s_%s" % (h[:8].upper(), h[8:16].upper())


def reply(slug, *, po_=None, frm, subject, when, body, client="outlook", lang="en", charset="utf-8",
          cte="quoted-printable", html=True, html_only=False, quote="auto", attachments=(), to=None, cc=None,
          extra=(), thread=True, bottom=False, body_html=None, hcharset=None, refs=None, sig_sep=False):
    """frm = (name, email). quote: 'outlook' | 'gmail' | 'none' | 'auto'. body: new text (may quote inline)."""
    p = po_
    dom = frm[1].split("@")[1]
    if quote == "auto":
        quote = "outlook" if client in ("outlook", "android") else ("none" if p is None else "gmail")
    hcs = hcharset or ("utf-8" if charset in ("us-ascii",) else charset)
    if quote == "outlook" and p:
        qt, qh = outlook_quote(p, lang)
    elif quote == "gmail" and p:
        attr = gmail_attr(p, lang)
        if client in ("apple", "iphone"):
            w = req_when(p)
            attr = "On %d %s %d, at %02d:%02d, %s <%s> wrote:" % (w.day, w.strftime("%b"), w.year, w.hour, w.minute,
                                                                   p["buyer"]["name"], p["buyer"]["email"])
        qt, qh = gt_quote(p, attr)
    else:
        qt, qh = "", ""
    if bottom:
        txt = qt + "\n" + body
        hbody = qh + (body_html or text_to_html(body))
    else:
        txt = body.rstrip("\n") + "\n\n" + qt if qt else body
        hbody = (body_html or text_to_html(body)) + qh
    hdoc = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>"
            "<body>\n%s\n</body></html>" % (charset, hbody))
    if html_only:
        core = mime.html(hdoc, charset, cte)
    elif html:
        core = mime.multi("alternative", [mime.text(txt, "plain", charset, cte), mime.html(hdoc, charset, cte)],
                          boundary_for(slug, client, 1))
    else:
        core = mime.text(txt, "plain", charset, cte)
    if attachments:
        core = mime.multi("mixed", [core] + list(attachments), boundary_for(slug, client, 2))
    buyer = p["buyer"] if p else {"name": BUYERS["mh"][0], "email": BUYERS["mh"][1]}
    hs = [("From", mime.addr(frm[0], frm[1], hcs)),
          ("To", to or mime.addr(buyer["name"], buyer["email"])),
          ]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", mime.hdr(subject, hcs)), ("Date", rfcdate(when)),
           ("Message-ID", msgid_for(slug, client, dom))]
    if thread and p and p.get("request_message_id"):
        hs += [("In-Reply-To", p["request_message_id"]), ("References", refs or p["request_message_id"])]
    if client in ("outlook", "android"):
        hs += [("Thread-Topic", mime.hdr(subject.split(": ", 1)[-1], hcs)),
               ("Thread-Index", "AQH" + hexid(slug + "ti", 24)), ("Accept-Language", "%s, en-US" % lang)]
        if attachments:
            hs.append(("X-MS-Has-Attach", "yes"))
    else:
        for k, v in CLIENTS.get(client, []):
            hs.append((k, v))
    hs += list(extra)
    return mime.message(hs, core)


def pdf_att(data, name):
    return mime.attachment(data, "application/pdf", name)


def xlsx_att(data, name):
    return mime.attachment(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)


def csv_att(text_, name, charset="utf-8", cte="quoted-printable"):
    return mime.attachment(text_.replace("\n", "\r\n").encode(mime.codec(charset)), "text/csv", name, cte=cte,
                           charset=charset)


# ---------------------------------------------------------------- non-reply mails
def simple_mail(headers, core):
    return mime.message(headers, core)


def std_headers(slug, frm, to, subject, when, client="outlook", hcs="utf-8", p=None, thread=False, extra=()):
    dom = frm[1].split("@")[1]
    hs = [("From", mime.addr(frm[0], frm[1], hcs)), ("To", to), ("Subject", mime.hdr(subject, hcs)),
          ("Date", rfcdate(when)), ("Message-ID", msgid_for(slug, client, dom))]
    if thread and p is not None and p.get("request_message_id"):
        hs += [("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"])]
    return hs + list(extra)


def buyer_addr(p):
    return mime.addr(p["buyer"]["name"], p["buyer"]["email"])


def dsn_report(slug, p, *, human, status, diag, reporting_mta, remote_mta=None, arrival=None, extra_msg=(),
               human_part=None, action="failed", recipient=None):
    """multipart/report with human part, message/delivery-status and the original request."""
    rcpt = recipient or p["supplier"]["email"]
    arr = arrival or format_datetime(req_when(p))
    ds = "Reporting-MTA: dns; %s\n%sArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n" \
         "Action: %s\nStatus: %s\n%sDiagnostic-Code: smtp; %s\n" % (
             reporting_mta, "".join("%s: %s\n" % kv for kv in extra_msg), arr, rcpt, rcpt, action, status,
             ("Remote-MTA: dns; %s\n" % remote_mta) if remote_mta else "", diag)
    hp = human_part or mime.text(human, charset="us-ascii", cte="7bit", extra=[("Content-Description", "Notification")])
    parts = [hp, mime.raw_part("message/delivery-status", ds, [("Content-Description", "Delivery report")]),
             mime.rfc822(request_message(p), extra=[("Content-Description", "Undelivered Message")])]
    return mime.multi("report", parts, "%s.%s/%s" % (hexid(slug, 9).upper(), "1763", reporting_mta),
                      params=" report-type=delivery-status;")
