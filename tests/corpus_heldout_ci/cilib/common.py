"""Registry, PO/label helpers and mail-client style reply composers."""
import datetime as dt
import html as _html
import uuid as _uuid

from .mime import (CRLF, Part, addr, attach_part, enc_header, fold_ids, h, message,
                   multipart, rfc_date, text_part)

REG = []  # (slug, "kind/locale", what makes it hard, builder)


def case(slug, kind_locale, hard):
    def deco(fn):
        REG.append((slug, kind_locale, hard, fn))
        return fn
    return deco


BUYER_CO = "Halvorsen Trading Group"
BDOM = "halvorsen-trading.example"
BUYERS = {
    "im": {"name": "Ingrid Moe", "email": f"ingrid.moe@{BDOM}"},
    "tb": {"name": "Tomas Berg", "email": f"tomas.berg@{BDOM}"},
    "pn": {"name": "Priya Nair", "email": f"priya.nair@{BDOM}"},
    "lw": {"name": "Lukas Weber", "email": f"lukas.weber@{BDOM}"},
    "cs": {"name": "Clara Santos", "email": f"clara.santos@{BDOM}"},
}
BUYER_SIG = {
    "im": "Tel. +47 22 61 40 12",
    "tb": "Tel. +47 22 61 40 27",
    "pn": "Tel. +47 22 61 40 35",
    "lw": "Tel. +47 22 61 40 44",
    "cs": "Tel. +47 22 61 40 51",
}


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(num, supplier, cur, issued, lines, buyer="im", rid=True, step=1):
    out = {"po_number": num, "supplier": supplier, "buyer": dict(BUYERS[buyer]), "currency": cur,
           "issued": issued}
    if rid:
        out["request_message_id"] = f"<po-{num}.1@{BDOM}>"
    ls = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        ls.append({"line": i * step, "item": item, "description": desc, "quantity": qty, "uom": uom,
                   "unit_price": price, "requested_date": date})
    out["lines"] = ls
    return out


def _ln(p, n):
    for x in p["lines"]:
        if x["line"] == n:
            return x
    raise KeyError(n)


def A(p, n):
    x = _ln(p, n)
    return {"status": "accepted", "quantity": x["quantity"], "unit_price": x["unit_price"],
            "date": x["requested_date"]}


def C(p, n, q=None, pr=None, d=None, sched=None):
    x = _ln(p, n)
    out = {"status": "changed", "quantity": q if q is not None else x["quantity"],
           "unit_price": pr if pr is not None else x["unit_price"],
           "date": d if d is not None else x["requested_date"]}
    if sched:
        out["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
        if d is None:
            out["date"] = max(b for a, b in sched)
        if q is None:
            out["quantity"] = sum(a for a, b in sched)
    return out


R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def conf(p, labels):
    return {"po_number": p["po_number"], "lines": {str(k): v for k, v in labels.items()}}


def EC(notes, *confs):
    return {"kind": "confirmation", "confirmations": list(confs), "notes": notes}


def EK(kind, notes):
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------------------
# our acknowledgment request (what gets quoted)

def req_subject(p):
    return f"Purchase order {p['po_number']} - please confirm"


def req_sent(p):
    d = dt.date.fromisoformat(p["issued"])
    return (d.year, d.month, d.day, 10, 14, 0)


def request_text(p, contact=None):
    cur = p["currency"]
    rows = [("Pos", "Item", "Description", "Qty", "UoM", f"Price {cur}", "Need by")]
    for x in p["lines"]:
        rows.append((str(x["line"]), x["item"], x["description"], str(x["quantity"]), x["uom"],
                     x["unit_price"], x["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    def fmt(r):
        return " | ".join(r[i].ljust(w[i]) for i in range(7)).rstrip()
    tbl = [fmt(rows[0]), "-+-".join("-" * w[i] for i in range(7))] + [fmt(r) for r in rows[1:]]
    b = p["buyer"]
    bk = [k for k, v in BUYERS.items() if v["email"] == b["email"]][0]
    return "\n".join([
        f"Dear {contact or 'Sir or Madam'},",
        "",
        f"please find below our purchase order {p['po_number']} dated {p['issued']}.",
        "Kindly confirm quantities, unit prices and delivery dates by return e-mail.",
        "",
        *tbl,
        "",
        "Delivery address: Halvorsen Trading Group, Goods-in Gate 3, Industriveien 14, 0668 Oslo, Norway",
        "Prices are net, per unit of measure shown. Our general purchasing conditions apply.",
        "",
        "Best regards",
        b["name"],
        "Purchasing",
        BUYER_CO,
        BUYER_SIG[bk],
    ])


def request_html(p, contact=None):
    e = _html.escape
    cur = p["currency"]
    b = p["buyer"]
    bk = [k for k, v in BUYERS.items() if v["email"] == b["email"]][0]
    rows = "".join(
        f"<tr><td>{x['line']}</td><td>{e(x['item'])}</td><td>{e(x['description'])}</td>"
        f"<td align=\"right\">{x['quantity']}</td><td>{x['uom']}</td><td align=\"right\">{x['unit_price']}</td>"
        f"<td>{x['requested_date']}</td></tr>" for x in p["lines"])
    return (f"<p>Dear {e(contact or 'Sir or Madam')},</p>"
            f"<p>please find below our purchase order {p['po_number']} dated {p['issued']}.<br>"
            "Kindly confirm quantities, unit prices and delivery dates by return e-mail.</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse:collapse\">"
            f"<tr><th>Pos</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Price {cur}</th>"
            f"<th>Need by</th></tr>{rows}</table>"
            "<p>Delivery address: Halvorsen Trading Group, Goods-in Gate 3, Industriveien 14, 0668 Oslo, Norway<br>"
            "Prices are net, per unit of measure shown. Our general purchasing conditions apply.</p>"
            f"<p>Best regards<br>{e(b['name'])}<br>Purchasing<br>{BUYER_CO}<br>{BUYER_SIG[bk]}</p>")


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Subiect"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
}

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _sent_str(t, lang):
    d = dt.date(t[0], t[1], t[2])
    if lang == "en":
        hh = t[3] % 12 or 12
        ap = "AM" if t[3] < 12 else "PM"
        return f"{EN_DAYS[d.weekday()]}, {EN_MON[d.month-1]} {d.day}, {d.year} {hh}:{t[4]:02d} {ap}"
    return f"{d.day:02d}.{d.month:02d}.{d.year} {t[3]:02d}:{t[4]:02d}"


def quote_block(p, style, lang="en", attrib=None, contact=None):
    """Returns (plain, html) of our quoted request in the given client style."""
    b = p["buyer"]
    s = req_sent(p)
    d = dt.date(s[0], s[1], s[2])
    rq = request_text(p, contact)
    rh = request_html(p, contact)
    e = _html.escape
    if style == "outlook":
        lab = OUTLOOK_LABELS.get(lang, OUTLOOK_LABELS["en"])
        hdr = [f"{lab[0]}: {b['name']} <{b['email']}>", f"{lab[1]}: {_sent_str(s, lang)}",
               f"{lab[2]}: {p['supplier']['email']}", f"{lab[3]}: {req_subject(p)}"]
        plain = "\n" + "_" * 32 + "\n" + "\n".join(hdr) + "\n\n" + rq
        hh = "<br>".join(f"<b>{e(x.split(': ', 1)[0])}:</b> {e(x.split(': ', 1)[1])}" for x in hdr)
        html = ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
                f"<p class=\"MsoNormal\">{hh}</p></div>{rh}")
        return plain, html
    if attrib is None:
        dd = EN_DAYS[d.weekday()][:3]
        if style == "apple":
            attrib = f"On {d.day} {EN_MON[d.month-1][:3]} {d.year}, at {s[3]:02d}:{s[4]:02d}, {b['name']} <{b['email']}> wrote:"
        elif style == "tb":
            attrib = f"On {d.day:02d}/{d.month:02d}/{d.year} {s[3]:02d}:{s[4]:02d}, {b['name']} wrote:"
        else:
            attrib = f"On {dd}, {d.day} {EN_MON[d.month-1][:3]} {d.year} at {s[3]:02d}:{s[4]:02d}, {b['name']} <{b['email']}> wrote:"
    q = "\n".join(("> " + x) if x else ">" for x in rq.split("\n"))
    if style == "apple":
        plain = "\n> " + attrib + "\n> \n" + q
    else:
        plain = "\n" + attrib + "\n\n" + q
    html = (f"<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{e(attrib)}<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
            f"rgb(204,204,204);padding-left:1ex\">{rh}</blockquote></div>")
    return plain, html


def text_to_html(text, client):
    e = _html.escape
    lines = text.split("\n")
    if client == "outlook":
        return "".join(f"<p class=\"MsoNormal\">{e(x) if x else '&nbsp;'}<o:p></o:p></p>" for x in lines)
    return "".join(f"<div>{e(x) if x else '<br>'}</div>" for x in lines)


def html_doc(inner, charset, client, lang="en"):
    if client == "outlook":
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
                f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n"
                "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
                "<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}--></style>\n"
                f"</head>\n<body lang=\"{lang.upper()}\" link=\"#0563C1\" vlink=\"#954F72\">\n"
                f"<div class=\"WordSection1\">\n{inner}\n</div>\n</body>\n</html>\n")
    if client == "gmail":
        return f"<div dir=\"ltr\">{inner}</div>\n"
    return ("<html><head>\n"
            f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n"
            f"</head><body>{inner}</body></html>\n")


def wrap_html(html):
    """Keep HTML lines short (8bit limits) by breaking after tags."""
    out = html.replace("</p>", "</p>\n").replace("</div>", "</div>\n").replace("</tr>", "</tr>\n")
    return out


# ---------------------------------------------------------------------------
# identities per client

def msgid(client, seed, domain):
    x = h(seed, 40)
    if client == "outlook":
        pfx = "AM9PR07MB" if int(x[0], 16) < 8 else "DB8PR02MB"
        n = str(int(x[1:5], 16) % 9000 + 1000)
        return f"<{pfx}{n}{x[5:29].upper()}@{pfx}{n}.eurprd0{int(x[30],16)%9+1}.prod.outlook.com>"
    if client == "gmail":
        import base64
        b = base64.b64encode(bytes.fromhex(x[:36])).decode().replace("/", "_")
        return f"<CA{b}@mail.gmail.com>"
    if client in ("apple", "iphone"):
        return f"<{str(_uuid.UUID(x[:32])).upper()}@{domain}>"
    if client == "tb":
        return f"<{str(_uuid.UUID(x[:32]))}@{domain}>"
    return f"<{x[:20]}.{int(x[20:26],16)}@{domain}>"


def boundary(client, seed, level):
    x = h(f"{seed}/b{level}", 32)
    if client == "outlook":
        return f"_{level:03d}_{x[:28].upper()}_"
    if client == "gmail":
        return "0000000000" + x[:16]
    if client in ("apple", "iphone"):
        return "Apple-Mail=_" + str(_uuid.UUID(x)).upper()
    if client == "tb":
        return "------------" + x[:24]
    return f"----=_Part_{int(x[:4],16)}_{int(x[4:12],16)}.{1763000000000 + int(x[12:18],16)}"


CLIENT_HDRS = {
    "outlook": ["X-MS-Has-Attach: {att}", "X-MS-TNEF-Correlator:", "Accept-Language: {lang}, en-US",
                "Content-Language: {lang}"],
    "gmail": [],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "tb": ["User-Agent: Mozilla Thunderbird", "Content-Language: {lang}"],
}


def mail(ctx, *, frm, to, subject, date, tz, client="outlook", body=None, html=None,
         charset="utf-8", cte="quoted-printable", html_cte=None, attachments=(), irt=None, refs=None,
         cc=None, extra=(), lang="en-US", hmode=None, domain=None, flowed=False, received=True):
    """Assemble a complete message; body=plain text or None; html=html doc or None."""
    seed = ctx
    domain = domain or frm[1].split("@")[1]
    mid = msgid(client, seed, domain)
    hmode = hmode or ("B" if charset.lower() in ("utf-8", "shift_jis", "iso-2022-jp", "gb2312", "big5",
                                                  "euc-kr", "koi8-r", "koi8-u", "tis-620", "windows-1256",
                                                  "iso-8859-8", "windows-1255", "iso-8859-7", "windows-1251",
                                                  "iso-8859-5", "windows-1253") else "Q")
    ds = rfc_date(*date, tz=tz)
    hs = []
    if received:
        rip = int(h(seed + "ip", 4), 16) % 200 + 20
        hs.append(f"Received: from {('mail-eopbgr' + str(rip) + '.outbound.protection.outlook.com') if client == 'outlook' else ('mail.' + domain)}"
                  f" ({'198.51.100.' + str(rip)}){CRLF}\tby mx1.{BDOM} (Postfix) with ESMTPS id {h(seed+'q',10).upper()}{CRLF}"
                  f"\tfor <{to[1]}>; {ds}")
    hs.append("From: " + addr(frm[0], frm[1], charset if charset != "iso-2022-jp" else "iso-2022-jp", hmode))
    hs.append("To: " + addr(to[0], to[1]))
    if cc:
        hs.append("Cc: " + ", ".join(addr(a, b, charset, hmode) for a, b in cc))
    hs.append("Subject: " + enc_header(subject, charset, hmode))
    if client == "outlook":
        hs.append("Thread-Topic: " + enc_header(subject.split(": ", 1)[-1], charset, hmode))
        hs.append("Thread-Index: AQH" + h(seed + "ti", 24).upper().replace("0", "b") + "==")
    hs.append("Date: " + ds)
    hs.append("Message-ID: " + mid)
    if refs:
        hs.append(fold_ids("References", refs))
    if irt:
        hs.append("In-Reply-To: " + irt)
    for x in CLIENT_HDRS.get(client, []):
        hs.append(x.format(att="yes" if attachments else "no", lang=lang))
    hs.extend(extra)
    if client in ("apple", "iphone"):
        hs.append("Mime-Version: 1.0 (1.0)" if client == "iphone" else "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))")
    else:
        hs.append("MIME-Version: 1.0")
    params = "; format=flowed" if flowed else ""
    parts = []
    if body is not None:
        parts.append(text_part(body, "plain", charset, cte, params=params))
    if html is not None:
        parts.append(text_part(wrap_html(html), "html", charset, html_cte or cte))
    if len(parts) == 2:
        core = multipart("alternative", boundary(client, seed, 0), parts)
    else:
        core = parts[0]
    if attachments:
        core = multipart("mixed", boundary(client, seed, 4), [core] + list(attachments))
    return message(hs, core)


def reply(ctx, p, *, top, date, tz="+0100", client="outlook", quote="outlook", qlang="en", attrib=None,
          charset="utf-8", cte="quoted-printable", html=True, attachments=(), frm=None, subject=None,
          prefix="RE:", threaded=True, to=None, cc=None, bottom=False, extra=(), lang="en-US",
          contact=None, html_only=False, hmode=None, flowed=False, html_cte=None):
    s = p["supplier"]
    frm = frm or (s["name"], s["email"])
    to = to or (p["buyer"]["name"], p["buyer"]["email"])
    subject = subject or f"{prefix} {req_subject(p)}"
    if quote in (None, "none"):
        qp, qh = "", ""
    else:
        qp, qh = quote_block(p, quote, qlang, attrib, contact)
    if bottom:
        plain = qp.lstrip("\n") + "\n\n" + top
    else:
        plain = top + ("\n" + qp if qp else "")
    hdoc = None
    if html:
        hc = "outlook" if client == "outlook" else ("gmail" if client == "gmail" else "other")
        th = text_to_html(top, hc)
        inner = (qh + th) if bottom else (th + ("<br>" if qh else "") + qh)
        hdoc = html_doc(inner, charset, hc, lang.split("-")[0])
    irt = refs = None
    if threaded and "request_message_id" in p:
        irt = p["request_message_id"]
        refs = [irt]
    return mail(ctx, frm=frm, to=to, subject=subject, date=date, tz=tz, client=client,
                body=None if html_only else plain, html=hdoc, charset=charset, cte=cte,
                attachments=attachments, irt=irt, refs=refs, cc=cc, extra=extra, lang=lang, hmode=hmode,
                flowed=flowed, html_cte=html_cte)


def att(ctype, name, data, **kw):
    return attach_part(ctype, name, data, **kw)


PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv"


def original_request_msg(p, contact=None):
    """The request as we sent it (for bounces)."""
    s = req_sent(p)
    b = p["buyer"]
    hs = [f"From: {b['name']} <{b['email']}>", f"To: {p['supplier']['email']}",
          f"Subject: {req_subject(p)}", "Date: " + rfc_date(*s, tz="+0100"),
          f"Message-ID: {p['request_message_id']}", "MIME-Version: 1.0"]
    return message(hs, text_part(request_text(p, contact), "plain", "utf-8", "quoted-printable"))
