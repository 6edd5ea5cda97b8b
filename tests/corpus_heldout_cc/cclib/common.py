"""Registry, PO builders, request text, reply assembly, label helpers."""
import hashlib
import html as _html
from decimal import Decimal

from . import mime

REG = []  # (slug, "kind/locale", "what makes it hard", builder)


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


BUYER_CO = "Halvorsen & Pike Trading Ltd"
BUYER_DOM = "halvorsen-pike.example"
B_LENA = {"name": "Lena Marsh", "email": "lena.marsh@halvorsen-pike.example"}
B_JONAS = {"name": "Jonas Weber", "email": "jonas.weber@halvorsen-pike.example"}
B_PRIYA = {"name": "Priya Nair", "email": "priya.nair@halvorsen-pike.example"}


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(num, supplier, currency, issued, lines, buyer=B_LENA, rid=True):
    d = {"po_number": num, "supplier": supplier, "buyer": buyer, "currency": currency, "issued": issued}
    if rid:
        d["request_message_id"] = "<ackreq-%s.1@%s>" % (num.replace("/", "-"), BUYER_DOM)
    d["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        d["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty,
                           "uom": uom, "unit_price": price, "requested_date": date})
    return d


# ---------------------------------------------------------------- labels

def acc(p, n):
    ln = p["lines"][n - 1]
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def chg(q, price, date, sched=None):
    d = {"status": "changed", "quantity": q, "unit_price": str(price), "date": date}
    if sched:
        d["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
    return d


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(p, labels):
    out = {}
    for ln in p["lines"]:
        lab = labels.get(ln["line"], UNC)
        if lab == "acc":
            lab = acc(p, ln["line"])
        out[str(ln["line"])] = lab
    return {"po_number": p["po_number"], "lines": out}


def q2(x):
    return str(Decimal(x).quantize(Decimal("0.01")))


# ---------------------------------------------------------------- request text

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def request_subject(p):
    return "Order acknowledgment request - PO %s" % p["po_number"]


def request_text(p):
    b = p["buyer"]
    rows = []
    rows.append("Pos  Item            Description                                 Qty  UoM   Unit price  Requested")
    for ln in p["lines"]:
        rows.append("%-4s %-15s %-42s %5s  %-4s %11s  %s" % (
            ln["line"], ln["item"], ln["description"], ln["quantity"], ln["uom"],
            ln["unit_price"], ln["requested_date"]))
    return ("Dear %s team,\n\n"
            "please confirm our purchase order %s of %s (quantities, unit prices in %s and\n"
            "delivery dates). Reply to this e-mail; partial confirmations are welcome.\n\n"
            "%s\n\n"
            "Delivery: DAP Rotterdam warehouse, Incoterms 2020. Please quote our PO number on all documents.\n\n"
            "Kind regards\n%s\nPurchasing | %s\nWaalhaven Z.z. 44, 3089 JH Rotterdam, NL | +31 10 555 0142\n"
            % (p["supplier"]["name"], p["po_number"], p["issued"], p["currency"], "\n".join(rows),
               b["name"], BUYER_CO))


def request_date_str(p):
    y, m, d = map(int, p["issued"].split("-"))
    import datetime as dt
    wd = dt.date(y, m, d).strftime("%a")
    return wd, "%d %s %d" % (d, MON[m - 1], y), "%02d/%02d/%d" % (d, m, y)


# ---------------------------------------------------------------- quoting

OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Subiect"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "ru": ("От", "Отправлено", "Кому", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Тема"),
    "bg": ("От", "Изпратено", "До", "Относно"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Zadeva"),
    "sr": ("Од", "Послато", "За", "Тема"),
    "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"),
}


def outlook_quote(p, lang="en"):
    f, s, t, sub = OUTLOOK_LABELS.get(lang, OUTLOOK_LABELS["en"])
    wd, long, _ = request_date_str(p)
    b = p["buyer"]
    return ("________________________________\n"
            "%s: %s <%s>\n%s: %s, %s 10:12\n%s: %s <%s>\n%s: %s\n\n%s" % (
                f, b["name"], b["email"], s, wd, long, t, p["supplier"]["name"], p["supplier"]["email"],
                sub, request_subject(p), request_text(p)))


def gt_quote(p, wrote_line=None):
    wd, long, _ = request_date_str(p)
    b = p["buyer"]
    head = wrote_line or "On %s, %s at 10:12, %s <%s> wrote:" % (wd, long, b["name"], b["email"])
    q = "\n".join(("> " + l) if l else ">" for l in request_text(p).split("\n"))
    return head + "\n" + q


def text_to_html(t, quote_mode=None):
    """Plain text -> simple HTML; lines starting with '>' go to blockquote."""
    out, inq = [], False
    for line in t.split("\n"):
        isq = line.startswith(">")
        if isq and not inq:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            inq = True
        if not isq and inq:
            out.append("</blockquote>")
            inq = False
        content = line[1:].lstrip(" ") if isq else line
        if content.startswith("____"):
            out.append('<hr style="display:inline-block;width:98%" tabindex="-1">')
            continue
        esc = _html.escape(content).replace("  ", "&nbsp; ")
        out.append((esc or "&nbsp;") + "<br>")
    if inq:
        out.append("</blockquote>")
    return "\n".join(out)


def html_doc(inner, lang="en"):
    return ('<html lang="%s"><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n<div dir="auto">\n%s\n</div>\n</body>\n</html>\n'
            % (lang, inner))


# ---------------------------------------------------------------- assembly

def hx(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


CLIENT = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", None)],
    "outlook-web": [("X-MS-Exchange-Organization-AuthAs", None), ("X-Mailer", None)],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "android": [("X-Mailer", "Samsung Email (6.1.97.1)")],
    "erp": [("X-Mailer", "SAP NetWeaver 7.50"), ("Auto-Submitted", "auto-generated")],
    "plain": [],
}


def boundary(seed, client, k):
    h = hx("%s/%d" % (seed, k), 24)
    if client.startswith("outlook"):
        return "_%03d_%s_" % (k, h.upper())
    if client == "gmail":
        return "0000000000%s" % h[:16]
    if client in ("apple", "iphone"):
        return "Apple-Mail=_%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:20].upper())
    if client == "thunderbird":
        return "------------%s" % h[:24]
    return "----=_Part_%d_%s" % (k, h[:12])


def msgid(seed, client, domain):
    h = hx(seed, 32)
    if client == "gmail":
        return "<CAK%s+%s@mail.gmail.com>" % (h[:20], h[20:32])
    if client.startswith("outlook"):
        return "<%s%s@%s>" % (h[:8].upper(), h[8:24].upper(), domain.replace(".example", ".prod.outlook.example"))
    if client in ("apple", "iphone"):
        return "<%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper(), domain)
    return "<%s.%s@%s>" % (h[:12], h[12:20], domain)


def build(seed, *, frm, date, subject, body, to=None, cc=None, pos_reply=None, charset="utf-8",
          cte="quoted-printable", client="outlook", html="alt", html_body=None, attachments=(),
          lang="en", hdr_enc="B", extra_headers=(), thread=True, msg_id=None, html_charset=None,
          html_cte=None, root=None):
    """frm=(name,email); pos_reply = PO dict whose request we answer (for threading, To)."""
    domain = frm[1].split("@")[1]
    k = [0]

    def nb():
        k[0] += 1
        return boundary(seed, client, k[0])

    if root is None:
        parts_text = mime.text(body, "plain", charset, cte)
        if html == "alt" or html == "only":
            hb = html_body if html_body is not None else html_doc(text_to_html(body), lang)
            hcs = html_charset or charset
            hb = hb.replace("charset=utf-8", "charset=%s" % hcs)
            parts_html = mime.text(hb, "html", hcs, html_cte or cte)
        if html == "alt":
            body_part = mime.Multi("alternative", [parts_text, parts_html], nb())
        elif html == "only":
            body_part = parts_html
        else:
            body_part = parts_text
        if attachments:
            att = [mime.attachment(data, ct, fn) for (data, ct, fn) in attachments]
            root = mime.Multi("mixed", [body_part] + att, nb())
        else:
            root = body_part
    headers = []
    headers.append(("From", mime.addr(frm[0], frm[1], charset if charset not in ("us-ascii",) else "utf-8", hdr_enc)))
    if to is None and pos_reply is not None:
        b = pos_reply["buyer"]
        to = [(b["name"], b["email"])]
    headers.append(("To", ", ".join(mime.addr(n, e) for n, e in to)))
    if cc:
        headers.append(("Cc", ", ".join(mime.addr(n, e, charset if charset != "us-ascii" else "utf-8", hdr_enc) for n, e in cc)))
    headers.append(("Subject", mime.ew(subject, charset if charset != "us-ascii" else "utf-8", hdr_enc)))
    headers.append(("Date", date))
    headers.append(("Message-ID", msg_id or msgid(seed, client, domain)))
    if thread and pos_reply is not None and "request_message_id" in pos_reply:
        headers.append(("In-Reply-To", pos_reply["request_message_id"]))
        headers.append(("References", pos_reply["request_message_id"]))
    for n, v in CLIENT.get(client, []):
        if v is None:
            if n == "X-MS-Has-Attach" and attachments:
                headers.append((n, "yes"))
            continue
        headers.append((n, v))
    if client.startswith("outlook"):
        headers.append(("Thread-Index", "AQH" + hx(seed + "ti", 20)))
        headers.append(("Content-Language", {"en": "en-US"}.get(lang, lang)))
    for n, v in extra_headers:
        headers.append((n, v))
    headers.append(("MIME-Version", "1.0"))
    return mime.message(headers, root)


def reply_subject(p, prefix="RE:"):
    return "%s %s" % (prefix, request_subject(p))
