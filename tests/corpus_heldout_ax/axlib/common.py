"""Registry, PO / label helpers and a reply builder shared by the case modules."""
import datetime as dt
import hashlib
import html as _html
from decimal import Decimal
from email.utils import format_datetime

from .mime import Leaf, Multi, Raw, addr, ew, message

REG = []  # (slug, "kind/locale", "what makes it hard", builder)


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


D = dt.date


def kw(week, day=5, year=2026):
    return dt.date.fromisocalendar(year, week, day)


BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@buyer.example"),
    "jonas": ("Jonas Keller", "jonas.keller@buyer.example"),
    "priya": ("Priya Nair", "priya.nair@buyer.example"),
    "lea": ("Léa Martin", "lea.martin@buyer.example"),
}
BUYER_CO = "Meridian Supply Group"


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def PO(num, supplier, currency, lines, issued="2026-11-02", buyer="dana", rid=True):
    bn, be = BUYERS[buyer]
    po = {"po_number": num, "supplier": supplier, "buyer": {"name": bn, "email": be},
          "currency": currency, "issued": issued}
    if rid:
        po["request_message_id"] = "<po-%s.1@buyer.example>" % num
    po["lines"] = [{"line": i, "item": it, "description": de, "quantity": q, "uom": u,
                    "unit_price": p, "requested_date": str(r)}
                   for i, (it, de, q, u, p, r) in enumerate(lines, 1)]
    return po


# ---- labels -------------------------------------------------------------
A, R, U = "A", "R", "U"


def C(q=None, p=None, d=None, s=None):
    return {"q": q, "p": p, "d": d, "s": s}


def conf(po, spec):
    out = {}
    for ln in po["lines"]:
        n = ln["line"]
        v = spec.get(n, U)
        if v == A:
            out[str(n)] = {"status": "accepted", "quantity": ln["quantity"],
                           "unit_price": ln["unit_price"], "date": ln["requested_date"]}
        elif v == R:
            out[str(n)] = {"status": "rejected"}
        elif v == U:
            out[str(n)] = {"status": "unconfirmed"}
        else:
            sch = v["s"]
            q = v["q"] if v["q"] is not None else (sum(a for a, _ in sch) if sch else ln["quantity"])
            d = v["d"] if v["d"] is not None else (max(b for _, b in sch) if sch else ln["requested_date"])
            p = v["p"] if v["p"] is not None else ln["unit_price"]
            lab = {"status": "changed", "quantity": q, "unit_price": str(p), "date": str(d)}
            if sch:
                assert sum(a for a, _ in sch) == q, (po["po_number"], n)
                lab["schedule"] = [{"quantity": a, "date": str(b)} for a, b in sch]
            else:
                assert (q, Decimal(str(p)), str(d)) != (ln["quantity"], Decimal(ln["unit_price"]),
                                                       ln["requested_date"]), (po["po_number"], n)
            out[str(n)] = lab
    return {"po_number": po["po_number"], "lines": out}


def exp(kind, notes, *confs):
    e = {"kind": kind}
    if confs:
        e["confirmations"] = list(confs)
    e["notes"] = notes
    return e


# ---- our request --------------------------------------------------------
def req_subject(po):
    return "Purchase order %s - please confirm" % po["po_number"]


def request_text(po):
    cur = po["currency"]
    rows = [("Line", "Item", "Description", "Qty", "UoM", "Price " + cur, "Requested")]
    for l in po["lines"]:
        rows.append((str(l["line"]), l["item"], l["description"], str(l["quantity"]), l["uom"],
                     l["unit_price"], l["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    table = "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)
    return ("Hello,\n\nplease find below our purchase order %s of %s. Kindly confirm quantities, "
            "prices and delivery dates by return mail.\n\n%s\n\n"
            "Delivery address: Meridian Supply Group, Dock Road 14, 2030 Antwerp, Belgium\n"
            "Incoterms DAP, payment 30 days net. Please quote our PO number on all documents.\n\n"
            "Best regards\n%s\nProcurement | %s\n+32 3 555 01 20\n"
            % (po["po_number"], po["issued"], table, po["buyer"]["name"], BUYER_CO))


def request_message(po, date="10:05"):
    """The request as an RFC 822 message (for bounces)."""
    d = dt.datetime.fromisoformat(po["issued"] + "T" + date + ":00+01:00")
    hdr = ["From: %s" % addr(po["buyer"]["name"], po["buyer"]["email"]),
           "To: %s" % po["supplier"]["email"],
           "Subject: %s" % req_subject(po),
           "Date: %s" % format_datetime(d),
           "Message-ID: %s" % (po.get("request_message_id") or "<po-%s.1@buyer.example>" % po["po_number"]),
           "MIME-Version: 1.0",
           'Content-Type: text/plain; charset="utf-8"',
           "Content-Transfer-Encoding: 8bit"]
    return hdr, request_text(po)


# ---- helpers for replies ---------------------------------------------------
def rfcdate(s):
    return format_datetime(dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z"))


def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def msgid(seed, domain, style="generic"):
    x = h(seed, 32).upper()
    if style == "outlook":
        return "<%sPR0%sMB%s%s@%sPR0%sMB%s.eurprd0%s.prod.outlook.com>" % (
            "AM6", x[0], x[1:5], x[5:29], "AM6", x[0], x[1:5], int(x[6], 16) % 9 + 1)
    if style == "gmail":
        return "<CA%s+%s@mail.gmail.com>" % (x[:12], h(seed + "g", 20))
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)
    return "<%s.%s@%s>" % (h(seed, 12), h(seed + "x", 8), domain)


CLIENT_HDR = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", None)],
    "thunderbird": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.200.121)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "gmail": [],
    "android": [("X-Mailer", "Samsung Email 6.1.97")],
    "erp": [],
    "web": [("User-Agent", "Roundcube Webmail/1.6.9")],
}

OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"), "sv": ("Från", "Skickat", "Till", "Ämne"),
    "pt": ("De", "Enviado", "Para", "Assunto"), "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"), "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"), "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
}


def quote_block(po, style, lang="en", attrib=None):
    rt = request_text(po)
    b = po["buyer"]
    iss = dt.date.fromisoformat(po["issued"])
    if style == "outlook":
        lab = OUTLOOK_LABELS.get(lang, OUTLOOK_LABELS["en"])
        when = iss.strftime("%A, %d %B %Y") + " 10:05" if lang == "en" else iss.strftime("%d.%m.%Y") + " 10:05"
        return ("\n\n________________________________\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n" % (
            lab[0], b["name"], b["email"], lab[1], when, lab[2], po["supplier"]["email"], lab[3], req_subject(po))) + rt
    if style == "gt":
        at = attrib or "On %s at 10:05, %s <%s> wrote:" % (iss.strftime("%a, %d %b %Y"), b["name"], b["email"])
        return "\n\n" + at + "\n" + "\n".join(("> " + l).rstrip() for l in rt.split("\n")) + "\n"
    if style == "orig":
        return "\n\n-----Original Message-----\nFrom: %s <%s>\nSent: %s 10:05\nTo: %s\nSubject: %s\n\n%s" % (
            b["name"], b["email"], iss.isoformat(), po["supplier"]["email"], req_subject(po), rt)
    return ""


def html_of(text, charset="utf-8", font="Calibri, sans-serif"):
    body = "<br>\n".join(_html.escape(l).replace("  ", "&nbsp; ") for l in text.rstrip("\n").split("\n"))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body>\n<div style="font-family: %s; font-size: 11pt">\n%s\n</div>\n</body>\n</html>\n'
            % (charset, font, body))


def reply(seed, po, date, text, *, frm=None, subject=None, prefix="RE:", charset="utf-8",
          cte="quoted-printable", html=None, html_only=False, quote="outlook", lang="en", attrib=None,
          attachments=(), client="outlook", thread=True, to=None, extra=(), bottom=False,
          quote_po=None, html_cte=None, mid_style=None, refs=None):
    """Build a supplier reply. text: body written by the supplier (incl. signature)."""
    s = po["supplier"]
    fname, femail = frm or (s["name"], s["email"])
    domain = femail.split("@")[1]
    q = quote_block(quote_po or po, quote, lang, attrib) if quote else ""
    if bottom and q:
        full = q.lstrip("\n") + "\n" + text
    else:
        full = text + q
    hdrs = [("From", addr(fname, femail, charset if charset != "iso-2022-jp" else charset)),
            ("To", addr(*(to or (po["buyer"]["name"], po["buyer"]["email"])), "utf-8")),
            ("Subject", ew(subject or "%s %s" % (prefix, req_subject(quote_po or po)), charset)),
            ("Date", rfcdate(date))]
    style = mid_style or {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "iphone": "apple"}.get(client, "generic")
    hdrs.append(("Message-ID", msgid(seed, domain, style)))
    rid = (quote_po or po).get("request_message_id")
    if thread and rid:
        hdrs.append(("In-Reply-To", rid))
        hdrs.append(("References", refs or rid))
    for k, v in CLIENT_HDR.get(client, []):
        if k == "Thread-Index":
            v = "AQH" + h(seed + "ti", 20).upper() + "=="
        if k == "Content-Language":
            v = s["locale"]
        hdrs.append((k, v))
    hdrs.extend(extra)
    bseed = h(seed + "b", 24)
    if client == "outlook":
        bnd = lambda i: "_%03d_%s_" % (i, bseed)
    elif client in ("gmail", "android"):
        bnd = lambda i: "0000000000%s%s" % (i, bseed[:15])
    elif client in ("apple", "iphone"):
        bnd = lambda i: "Apple-Mail=_%s-%s-%s" % (bseed[:8].upper(), bseed[8:12].upper(), i)
    else:
        bnd = lambda i: "------------%s%d" % (bseed[:20], i)
    if html is True:
        html = html_of(full, charset)
    if html_only:
        body = Leaf("text/html", html, charset, html_cte or cte)
    elif html:
        body = Multi("alternative", [Leaf("text/plain", full, charset, cte),
                                     Leaf("text/html", html, charset, html_cte or cte)], bnd(1))
    else:
        body = Leaf("text/plain", full, charset, cte)
    if attachments:
        body = Multi("mixed", [body] + list(attachments), bnd(0))
    return message(hdrs, body)


def att(data, filename, ctype=None):
    if ctype is None:
        ext = filename.rsplit(".", 1)[-1].lower()
        ctype = {"pdf": "application/pdf",
                 "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "csv": "text/csv", "png": "image/png"}[ext]
    return Leaf(ctype, data, None, "base64", filename)


def simple_msg(headers, body):
    return message(headers, body)


__all__ = ["REG", "case", "D", "kw", "sup", "PO", "A", "R", "U", "C", "conf", "exp", "reply", "att",
           "request_text", "request_message", "req_subject", "rfcdate", "msgid", "h", "html_of",
           "Leaf", "Multi", "Raw", "addr", "ew", "message", "Decimal", "BUYER_CO", "quote_block"]
