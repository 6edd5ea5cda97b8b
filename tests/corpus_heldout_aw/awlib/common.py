"""Registry, PO and label helpers, and the reply / bounce builders."""
import datetime as dt
import html as _html
from decimal import Decimal

from . import mime
from .mime import addr, attachment, ew, hx, message, multipart, textpart

REG = []  # (slug, "kind/locale", hard, builder)

BUYERS = [
    {"name": "Maren Holt", "email": "maren.holt@buyer.example"},
    {"name": "Jonas Ekberg", "email": "jonas.ekberg@buyer.example"},
    {"name": "Priya Natarajan", "email": "priya.natarajan@buyer.example"},
]
COMPANY = ["Corvane Trading B.V.", "Purchasing Department", "Distributieweg 8, 3199 LC Rotterdam, Netherlands",
           "Tel. +31 10 555 0142"]


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


def S(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def PO(num, sup, cur, lines, issued="2026-11-03", buyer=0, rid=True):
    po = {"po_number": num, "supplier": sup, "buyer": BUYERS[buyer], "currency": cur, "issued": issued}
    if rid:
        po["request_message_id"] = f"<po-{num}.{issued.replace('-', '')}@buyer.example>"
    po["lines"] = [{"line": i, "item": it, "description": de, "quantity": q, "uom": u,
                    "unit_price": p, "requested_date": d}
                   for i, (it, de, q, u, p, d) in enumerate(lines, 1)]
    return po


def kwfri(year, week, day=5):
    return dt.date.fromisocalendar(year, week, day).isoformat()


def mul(price, factor, places="0.0001"):
    v = (Decimal(price) * Decimal(factor)).quantize(Decimal(places))
    return format(v.normalize(), "f") if v == v.to_integral() else format(v, "f").rstrip("0").rstrip(".") if "." in format(v, "f") else format(v, "f")


def conf(po, spec):
    """spec: {line: "A" | "R" | ("C", qty|None, price|None, date|None[, [(q, d), ...]])}; others unconfirmed."""
    out = {}
    for ln in po["lines"]:
        n = ln["line"]
        s = spec.get(n, "U")
        if s == "A":
            out[str(n)] = {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
                           "date": ln["requested_date"]}
        elif s == "R":
            out[str(n)] = {"status": "rejected"}
        elif s == "U":
            out[str(n)] = {"status": "unconfirmed"}
        else:
            q, p, d = s[1], s[2], s[3]
            lab = {"status": "changed",
                   "quantity": ln["quantity"] if q is None else q,
                   "unit_price": ln["unit_price"] if p is None else p,
                   "date": ln["requested_date"] if d is None else d}
            if len(s) > 4 and s[4]:
                lab["schedule"] = [{"quantity": a, "date": b} for a, b in s[4]]
            out[str(n)] = lab
    return {"po_number": po["po_number"], "lines": out}


def E(kind, notes, *confs):
    e = {"kind": kind}
    if confs:
        e["confirmations"] = list(confs)
    e["notes"] = notes
    return e


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

def rfcdate(s):
    """'2026-11-10 09:14 +0100' -> 'Tue, 10 Nov 2026 09:14:00 +0100'"""
    d, t, z = s.split()
    if len(t) == 5:
        t += ":%02d" % (int(hx(s, n=4), 16) % 60)
    x = dt.date.fromisoformat(d)
    return f"{x.strftime('%a')}, {x.day} {x.strftime('%b')} {x.year} {t} {z}"


def sent_of(po):
    x = dt.date.fromisoformat(po["issued"])
    return x, f"{x.strftime('%a')}, {x.day} {x.strftime('%b')} {x.year} 10:12:07 +0100"


# ---------------------------------------------------------------------------
# our request (quoted in replies, carried in bounces)
# ---------------------------------------------------------------------------

def req_subject(po):
    return f"Purchase order {po['po_number']} - request for order acknowledgment"


HEAD = ("Pos", "Item", "Description", "Qty", "Unit", "Unit price", "Requested date")


def req_rows(po):
    rows = []
    for ln in po["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     f"{ln['unit_price']} {po['currency']}", ln["requested_date"]))
    return rows


def fmt_table(head, rows):
    w = [max(len(str(r[i])) for r in [head] + rows) for i in range(len(head))]
    out = ["  ".join(str(c).ljust(w[i]) for i, c in enumerate(head)).rstrip()]
    out.append("  ".join("-" * x for x in w))
    for r in rows:
        out.append("  ".join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
    return out


def req_text(po):
    b = po["buyer"]
    t = ["Dear Sir or Madam,", "",
         f"please find below our purchase order {po['po_number']} dated {po['issued']}.",
         "Kindly confirm quantities, unit prices and delivery dates for each position by return e-mail.", ""]
    t += fmt_table(HEAD, req_rows(po))
    t += ["", f"Currency: {po['currency']}. Delivery DAP Rotterdam, Incoterms 2020.",
          "Please quote our PO number on all documents.", "", "Kind regards", b["name"]] + COMPANY
    return "\n".join(t) + "\n"


def req_html(po):
    b = po["buyer"]
    e = _html.escape
    rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in req_rows(po))
    return (f"<p>Dear Sir or Madam,</p><p>please find below our purchase order {e(po['po_number'])} dated "
            f"{po['issued']}.<br>Kindly confirm quantities, unit prices and delivery dates for each position "
            "by return e-mail.</p>"
            '<table border="1" cellspacing="0" cellpadding="3"><tr>' + "".join(f"<th>{h}</th>" for h in HEAD) +
            "</tr>" + rows + "</table>"
            f"<p>Currency: {po['currency']}. Delivery DAP Rotterdam, Incoterms 2020.<br>"
            "Please quote our PO number on all documents.</p>"
            f"<p>Kind regards<br>{e(b['name'])}<br>" + "<br>".join(e(x) for x in COMPANY) + "</p>")


def request_message(po):
    """The original request as it left our server (for bounces)."""
    b = po["buyer"]
    _, sent = sent_of(po)
    bnd = "=_req_" + hx("req", po["po_number"], n=24)
    part = multipart("alternative", [textpart(req_text(po), "utf-8", "quoted-printable"),
                                     textpart("<html><body>" + req_html(po) + "</body></html>", "utf-8",
                                              "quoted-printable", "html")], bnd)
    hdrs = [("From", addr(b["name"], b["email"])), ("To", po["supplier"]["email"]),
            ("Subject", req_subject(po)), ("Date", sent),
            ("Message-ID", po.get("request_message_id", f"<req-{po['po_number']}@buyer.example>"))]
    return message(hdrs, part)


# ---------------------------------------------------------------------------
# reply builder
# ---------------------------------------------------------------------------

OUTLOOK_HDR = {
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Oggetto"), "es": ("De", "Enviado el", "Para", "Asunto"),
    "pl": ("Od", "Wysłano", "Do", "Temat"), "sv": ("Från", "Skickat", "Till", "Ämne"),
    "pt": ("De", "Enviada em", "Para", "Assunto"), "cs": ("Od", "Odesláno", "Komu", "Předmět"),
}

PROFILES = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", ""),
                ("X-MS-TNEF-Correlator", "")],
    "owa": [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Has-Attach", "")],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird 128.4.2")],
    "android": [("User-Agent", "Android")],
    "erp": [("X-Mailer", "SAP NetWeaver 7.50"), ("Auto-Submitted", "auto-generated")],
    "web": [("X-Mailer", "Zimbra 10.0.8_GA_4614 (ZimbraWebClient - FF133)")],
}


def boundary(client, seed):
    h = hx(client, seed, n=32)
    if client in ("outlook", "owa"):
        return f"_000_{h[:20].upper()}prod_"
    if client == "gmail":
        return "000000000000" + h[:16]
    if client in ("apple", "iphone"):
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}"
    if client == "thunderbird":
        return "------------" + h[:24].upper()
    return "----=_Part_" + str(int(h[:8], 16)) + "_" + str(int(h[8:14], 16)) + "." + "17627" + str(int(h[14:19], 16))


def msgid(client, seed, domain):
    h = hx("mid", seed, n=32)
    if client in ("outlook", "owa"):
        return f"<DB9PR0{h[:1]}MB{h[1:5].upper()}{h[5:17].upper()}@{domain.split('.')[0].upper()}PR0{h[17]}MB{h[18:22].upper()}.eurprd0{h[22]}.prod.outlook.com>"
    if client == "gmail":
        return f"<CA+{h[:22]}{h[22:30].upper()}@mail.gmail.com>"
    if client in ("apple", "iphone"):
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{domain}>"
    return f"<{h[:12]}.{h[12:20]}@{domain}>"


def text_to_html(text, client):
    e = _html.escape
    out, table = [], []

    def flush():
        if table:
            rows = "".join("<tr>" + "".join(f"<td>{e(c.strip())}</td>" for c in r.strip().strip('|').split("|"))
                           + "</tr>" for r in table)
            out.append(f'<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">{rows}</table>')
            table.clear()

    for line in text.split("\n"):
        if "|" in line and line.count("|") >= 2:
            if set(line.replace("|", "").strip()) <= set("-+ "):
                continue
            table.append(line)
            continue
        flush()
        if client in ("outlook", "owa"):
            out.append(f'<p class="MsoNormal">{e(line) if line else "&nbsp;"}<o:p></o:p></p>')
        else:
            out.append(f"<div>{e(line) if line else '<br>'}</div>")
    flush()
    return "\n".join(out)


def reply(pos, *, date, body, name, frm=None, subj=None, prefix="RE:", cs="utf-8", cte="quoted-printable",
          client="outlook", quote="outlook", qlang="en", attrib=None, html=True, atts=(), to=None, cc=None,
          thread=True, qpo=None, htmlbody=None, extra=(), lang=None, html_cte=None, seed=None):
    po = pos[0] if isinstance(pos, list) else pos
    qpo = qpo or po
    sup = po["supplier"]
    frm = frm or sup["email"]
    domain = frm.split("@")[1]
    buyer = po["buyer"]
    subject = subj if subj is not None else f"{prefix} {req_subject(qpo)}".strip()
    seed = seed or (frm + date + subject)
    rdate = rfcdate(date)
    sdate, sent = sent_of(qpo)
    # --- plain text
    text = body.rstrip("\n") + "\n"
    quote_html = ""
    if quote in ("outlook", "outlook-above"):
        f, s, t, sj = OUTLOOK_HDR[qlang]
        sep = ["", "________________________________" if client != "outlook" else "-----Original Message-----" if qlang == "en-old" else "________________________________",
               f"{f}: {buyer['name']} <{buyer['email']}>",
               f"{s}: {sdate.strftime('%A, %d %B %Y') if qlang == 'en' else sdate.strftime('%d.%m.%Y')} 10:12",
               f"{t}: {qpo['supplier']['email']}", f"{sj}: {req_subject(qpo)}", ""]
        qt = "\n".join(sep) + "\n" + req_text(qpo)
        text = text + qt
        quote_html = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                      + "<br>".join(_html.escape(x) for x in sep[2:6]) + "</div>" + req_html(qpo))
    elif quote in ("gmail", "above"):
        at = attrib or f"On {sdate.strftime('%a')}, {sdate.day} {sdate.strftime('%b')} {sdate.year} at 10:12, {buyer['name']} <{buyer['email']}> wrote:"
        q = "\n".join(("> " + x) if x else ">" for x in req_text(qpo).rstrip("\n").split("\n"))
        if quote == "gmail":
            text = text + "\n" + at + "\n" + q + "\n"
        else:
            text = at + "\n" + q + "\n\n" + text
        quote_html = (f'<div class="gmail_quote"><div class="gmail_attr">{_html.escape(at)}</div>'
                      f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                      + req_html(qpo) + "</blockquote></div>")
    # --- html
    if htmlbody is None:
        hb = text_to_html(body.rstrip("\n"), client)
    else:
        hb = htmlbody
    if quote == "above":
        hbody = quote_html + hb
    else:
        hbody = hb + ("<br>" + quote_html if quote_html else "")
    htmldoc = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head>'
               f'<body>\n{hbody}\n</body></html>\n')
    parts_text = textpart(text, cs, cte)
    hcte = html_cte or cte
    if html == "only":
        main = textpart(htmldoc, cs, hcte, "html")
    elif html:
        main = multipart("alternative", [parts_text, textpart(htmldoc, cs, hcte, "html")],
                         boundary(client, seed + "alt"))
    else:
        main = parts_text
    if atts:
        main = multipart("mixed", [main] + [attachment(*a) for a in atts], boundary(client, seed + "mix"))
    hdrs = [("From", addr(name, frm, cs)), ("To", to or addr(buyer["name"], buyer["email"]))]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs += [("Subject", ew(subject, cs)), ("Date", rdate), ("Message-ID", msgid(client, seed, domain))]
    rid = qpo.get("request_message_id")
    if thread and rid:
        hdrs += [("In-Reply-To", rid), ("References", rid)]
    if client in ("outlook", "owa"):
        hdrs += [("Thread-Topic", ew(req_subject(qpo), cs)), ("Thread-Index", "AQHb" + hx("ti", seed, n=24))]
        if lang:
            hdrs.append(("Content-Language", lang))
    hdrs += [(k, v) for k, v in PROFILES.get(client, []) if v != ""]
    if client in ("outlook",) and atts:
        hdrs.append(("X-MS-Has-Attach", "yes"))
    hdrs += list(extra)
    return mime.crlf(message(hdrs, main))


def send_raw(hdrs, part):
    return mime.crlf(message(hdrs, part))


def dsn(po, *, date, mta, rcpt_status, action, diag, human, human_cs="us-ascii", human_html=None,
        frm="MAILER-DAEMON@mx1.buyer.example", fname="Mail Delivery System", subject="Undelivered Mail Returned to Sender",
        arrival=None, remote_mta=None, headers_only=False, extra=(), mid_domain="mx1.buyer.example",
        bseed="dsn", extra_rcpt=()):
    """multipart/report; report-type=delivery-status, carrying our original request."""
    b = po["buyer"]
    rcpt = po["supplier"]["email"]
    _, sent = sent_of(po)
    human_part = textpart(human, human_cs if human_cs != "us-ascii" else "us-ascii",
                          "7bit" if human_cs == "us-ascii" else "quoted-printable",
                          params="", extra=("Content-Description: Notification",))
    if human_html:
        human_part = multipart("alternative", [human_part, textpart(human_html, "utf-8", "quoted-printable", "html")],
                               "alt_" + hx(bseed, po["po_number"], n=20))
    status = (f"Reporting-MTA: dns; {mta}\n"
              + (f"X-Postfix-Queue-ID: {hx('q', po['po_number'], n=10).upper()}\n" if "postfix" in bseed else "")
              + f"Arrival-Date: {arrival or sent}\n\n"
              f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: {action}\n"
              f"Status: {rcpt_status}\n"
              + (f"Remote-MTA: dns; {remote_mta}\n" if remote_mta else "")
              + f"Diagnostic-Code: smtp; {diag}\n" + "".join(extra_rcpt))
    ds = ("Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + status).encode("ascii")
    orig = request_message(po)
    if headers_only:
        op = b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + orig.split(b"\nMIME-Version")[0] + b"\n"
    else:
        op = b"Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + orig
    part = multipart("report", [human_part, ds, op], hx(bseed, po["po_number"], n=10).upper() + "." + "1763" + hx(bseed, n=6),
                     params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.")
    hdrs = [("Return-Path", "<>"), ("From", addr(fname, frm)), ("To", addr(b["name"], b["email"])),
            ("Subject", subject), ("Date", rfcdate(date)),
            ("Message-ID", f"<{hx('bm', po['po_number'], n=16)}.{hx(bseed, n=6)}@{mid_domain}>"),
            ("Auto-Submitted", "auto-replied")] + list(extra)
    return mime.crlf(message(hdrs, part))
