"""Registry, purchase-order data, request texts, quoting and label helpers."""
import base64
import datetime as dt
import html as _html
from email.utils import format_datetime

from . import mime

REG = []


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


COMPANY = "Halvorsen Trading Group"
DOMAIN = "halvorsen-group.example"
ADDRESS = "Brobekkveien 80, 0582 Oslo, Norway"
PHONE = "+47 22 81 40 00"

BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@halvorsen-group.example"),
    "mikkel": ("Mikkel Brandt", "mikkel.brandt@halvorsen-group.example"),
    "sofia": ("Sofia Lindqvist", "sofia.lindqvist@halvorsen-group.example"),
    "tomasz": ("Tomasz Wren", "tomasz.wren@halvorsen-group.example"),
    "ines": ("Ines Okafor", "ines.okafor@halvorsen-group.example"),
}


def D(s):
    return dt.date.fromisoformat(s)


def iso(d):
    return d.isoformat()


def kw_friday(year, week, day=5):
    return dt.date.fromisocalendar(year, week, day)


def when(y, m, d, H, M, tzh=1, tzm=0, S=0):
    sign = 1 if tzh >= 0 else -1
    tz = dt.timezone(dt.timedelta(hours=tzh, minutes=sign * tzm))
    return dt.datetime(y, m, d, H, M, S, tzinfo=tz)


def rfcdate(w):
    return format_datetime(w)


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(num, supplier, buyer, cur, issued, lines, rid=True, seq=1):
    bn, be = BUYERS[buyer]
    d = {"po_number": num, "supplier": supplier, "buyer": {"name": bn, "email": be},
         "currency": cur, "issued": issued}
    if rid:
        d["request_message_id"] = "<po-%s.%d@%s>" % (num.replace("/", "-"), seq, DOMAIN)
    d["lines"] = [{"line": i + 1, "item": it, "description": de, "quantity": q, "uom": u,
                   "unit_price": pr, "requested_date": rd}
                  for i, (it, de, q, u, pr, rd) in enumerate(lines)]
    return d


# ---------------------------------------------------------------- labels

def acc(p, n):
    ln = p["lines"][n - 1]
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def chg(p, n, q=None, price=None, d=None, sched=None):
    ln = p["lines"][n - 1]
    out = {"status": "changed",
           "quantity": q if q is not None else ln["quantity"],
           "unit_price": price if price is not None else ln["unit_price"],
           "date": d if d is not None else ln["requested_date"]}
    if sched:
        out["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
        if q is None:
            out["quantity"] = sum(a for a, _ in sched)
        if d is None:
            out["date"] = max(b for _, b in sched)
    return out


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(p, labels):
    return {"po_number": p["po_number"], "lines": {str(k): v for k, v in sorted(labels.items())}}


def expc(notes, *confs):
    return {"kind": "confirmation", "confirmations": list(confs), "notes": notes}


def expk(kind, notes):
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------- request text

def req_subject(p):
    return "Order acknowledgement request - PO %s" % p["po_number"]


def req_sent(p):
    return when(*map(int, p["issued"].split("-")), 9, 12, 1)


def req_table(p):
    hdr = ("Ln", "Item", "Description", "Qty", "UoM", "Unit price", "Req. date")
    rows = [(str(l["line"]), l["item"], l["description"], str(l["quantity"]), l["uom"],
             "%s %s" % (l["unit_price"], p["currency"]), l["requested_date"]) for l in p["lines"]]
    w = [max(len(r[i]) for r in rows + [hdr]) for i in range(7)]
    fmt = lambda r: "  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip()
    return "\n".join([fmt(hdr), fmt(tuple("-" * x for x in w))] + [fmt(r) for r in rows])


def req_text(p, contact="Sir or Madam"):
    bn, _ = BUYERS_by_email(p)
    return ("Dear %s,\n\n"
            "please find below our purchase order %s of %s. Kindly confirm quantities,\n"
            "unit prices and delivery dates line by line by return e-mail.\n\n"
            "%s\n\n"
            "Delivery to: %s, Central Warehouse, %s\n"
            "Incoterms: DAP Oslo. Our general purchasing conditions apply.\n\n"
            "Best regards\n%s\nPurchasing | %s\n%s | %s\n") % (
        contact, p["po_number"], p["issued"], req_table(p), COMPANY, ADDRESS, bn, COMPANY, ADDRESS, PHONE)


def BUYERS_by_email(p):
    return p["buyer"]["name"], p["buyer"]["email"]


def e(s):
    return _html.escape(s, quote=False)


def req_html(p, contact="Sir or Madam"):
    bn, _ = BUYERS_by_email(p)
    th = "".join('<th style="border:1px solid #999;padding:2px 6px">%s</th>' % h for h in
                 ("Ln", "Item", "Description", "Qty", "UoM", "Unit price", "Req. date"))
    trs = []
    for l in p["lines"]:
        cells = (str(l["line"]), l["item"], l["description"], str(l["quantity"]), l["uom"],
                 "%s %s" % (l["unit_price"], p["currency"]), l["requested_date"])
        trs.append("<tr>%s</tr>" % "".join('<td style="border:1px solid #999;padding:2px 6px">%s</td>' % e(c) for c in cells))
    return ('<p>Dear %s,</p><p>please find below our purchase order %s of %s. Kindly confirm quantities, '
            'unit prices and delivery dates line by line by return e-mail.</p>'
            '<table style="border-collapse:collapse;font-size:10pt"><tr>%s</tr>%s</table>'
            '<p>Delivery to: %s, Central Warehouse, %s<br>Incoterms: DAP Oslo. Our general purchasing conditions apply.</p>'
            '<p>Best regards<br>%s<br>Purchasing | %s<br>%s | %s</p>') % (
        e(contact), p["po_number"], p["issued"], th, "".join(trs), COMPANY, ADDRESS, e(bn), COMPANY, ADDRESS, PHONE)


def request_message(p, contact="Sir or Madam", client="outlook"):
    """The buyer's original acknowledgment request, as sent."""
    bn, be = BUYERS_by_email(p)
    seed = "req" + p["po_number"]
    sent = req_sent(p)
    if client == "gmail":
        b = mime.boundary("gmail", seed)
        hs = [("MIME-Version", "1.0"), ("From", mime.addr(bn, be)), ("Date", rfcdate(sent)),
              ("Message-ID", p.get("request_message_id") or mime.message_id("gmail", seed, DOMAIN)),
              ("Subject", req_subject(p)), ("To", p["supplier"]["email"])]
    else:
        b = mime.boundary("outlook", seed)
        hs = [("From", mime.addr(bn, be)), ("To", p["supplier"]["email"]), ("Subject", req_subject(p)),
              ("Thread-Topic", req_subject(p)), ("Date", rfcdate(sent)),
              ("Message-ID", p.get("request_message_id") or mime.message_id("outlook", seed, DOMAIN)),
              ("Accept-Language", "en-GB, nb-NO"), ("Content-Language", "en-GB")]
    root = mime.multi("alternative", [
        mime.text(req_text(p, contact), cs="us-ascii", cte="quoted-printable"),
        mime.text("<html><body>%s</body></html>" % req_html(p, contact), sub="html", cs="us-ascii",
                  cte="quoted-printable")], b)
    return mime.message(hs, root)


# ---------------------------------------------------------------- quoting

OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
}


def sent_str(p, lang):
    s = req_sent(p)
    if lang == "en":
        return s.strftime("%A, %B ") + str(s.day) + s.strftime(", %Y %H:%M")
    return s.strftime("%d.%m.%Y %H:%M") if lang not in ("fr", "es", "it", "pt", "tr") else s.strftime("%d/%m/%Y %H:%M")


def quote_outlook(p, lang="en", contact="Sir or Madam"):
    lab = OUTLOOK_LABELS[lang]
    bn, be = BUYERS_by_email(p)
    return ("________________________________\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n%s" % (
        lab[0], bn, be, lab[1], sent_str(p, lang), lab[2], p["supplier"]["email"], lab[3], req_subject(p),
        req_text(p, contact)))


def quote_outlook_html(p, lang="en", contact="Sir or Madam"):
    lab = OUTLOOK_LABELS[lang]
    bn, be = BUYERS_by_email(p)
    return ('<hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
            '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>%s:</b> %s &lt;%s&gt;<br>'
            '<b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s</font><div>&nbsp;</div></div><div>%s</div>') % (
        e(lab[0]), e(bn), be, e(lab[1]), sent_str(p, lang), e(lab[2]), p["supplier"]["email"], e(lab[3]),
        e(req_subject(p)), req_html(p, contact))


ATTRIB = {
    "en": "On {wd}, {d} {mon} {y} at {hm}, {n} <{a}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {hm} schrieb {n} <{a}>:",
    "fr": "Le {dd}/{mm}/{y} à {hm}, {n} <{a}> a écrit :",
    "nl": "Op {dd}-{mm}-{y} om {hm} schreef {n} <{a}>:",
    "es": "El {dd}/{mm}/{y} a las {hm}, {n} <{a}> escribió:",
    "it": "Il giorno {dd}/{mm}/{y} alle ore {hm} {n} <{a}> ha scritto:",
    "pt": "Em {dd}/{mm}/{y}, às {hm}, {n} <{a}> escreveu:",
    "sv": "Den {dd}-{mm}-{y} kl. {hm} skrev {n} <{a}>:",
    "pl": "W dniu {dd}.{mm}.{y} o {hm}, {n} <{a}> pisze:",
    "ru": "{dd}.{mm}.{y} {hm}, {n} <{a}> пишет:",
}


def attrib(p, lang="en"):
    s = req_sent(p)
    bn, be = BUYERS_by_email(p)
    return ATTRIB[lang].format(wd=s.strftime("%a"), d=s.day, mon=s.strftime("%b"), y=s.year,
                               dd="%02d" % s.day, mm="%02d" % s.month, hm=s.strftime("%H:%M"), n=bn, a=be)


def quote_gt(p, lang="en", contact="Sir or Madam"):
    body = req_text(p, contact)
    return attrib(p, lang) + "\n" + "\n".join(("> " + l) if l else ">" for l in body.rstrip("\n").split("\n"))


def quote_gt_html(p, lang="en", contact="Sir or Madam"):
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">%s</blockquote></div>') % (e(attrib(p, lang)), req_html(p, contact))


# ---------------------------------------------------------------- reply builder

def body_html(body, client):
    paras = body.strip("\n").split("\n")
    if client == "outlook":
        inner = "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (e(l) if l.strip() else "&nbsp;") for l in paras)
        return '<div class="WordSection1">%s</div>' % inner
    inner = "".join("<div>%s</div>" % (e(l) if l.strip() else "<br>") for l in paras)
    return '<div dir="ltr">%s</div>' % inner


def html_doc(inner, cs, client):
    if client == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
                '</head><body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n%s\n</body></html>') % (cs, inner)
    if client == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n%s\n</body></html>') % (cs, inner)
    return '<div dir="ltr">\n%s\n</div>' % inner


def headers_for(client, *, frm, to, subject, date, msgid, irt=None, refs=None, cc=None, lang="en-GB", extra=()):
    hs = []
    if client == "outlook":
        hs += [("From", frm), ("To", to)]
        if cc:
            hs.append(("CC", cc))
        hs += [("Subject", subject), ("Thread-Topic", subject.split(": ", 1)[-1] if "=?" not in subject else subject),
               ("Thread-Index", base64.b64encode(bytes.fromhex(mime.hx(msgid, 44))).decode()),
               ("Date", date), ("Message-ID", msgid)]
        if refs:
            hs.append(("References", refs))
        if irt:
            hs.append(("In-Reply-To", irt))
        hs += [("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    elif client == "gmail":
        hs.append(("MIME-Version", "1.0"))
        if refs:
            hs.append(("References", refs))
        if irt:
            hs.append(("In-Reply-To", irt))
        hs += [("From", frm), ("Date", date), ("Message-ID", msgid), ("Subject", subject), ("To", to)]
        if cc:
            hs.append(("Cc", cc))
    elif client in ("apple", "iphone"):
        hs += [("From", frm), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))" if client == "apple" else "1.0 (1.0)"),
               ("Subject", subject), ("Date", date)]
        if irt:
            hs.append(("In-Reply-To", irt))
        if cc:
            hs.append(("Cc", cc))
        hs.append(("To", to))
        if refs:
            hs.append(("References", refs))
        hs += [("Message-Id", msgid),
               ("X-Mailer", "Apple Mail (2.3826.200.121)" if client == "apple" else "iPhone Mail (22B91)")]
    elif client == "thunderbird":
        hs += [("Message-ID", msgid), ("Date", date), ("MIME-Version", "1.0"),
               ("User-Agent", "Mozilla Thunderbird"), ("Subject", subject), ("To", to)]
        if cc:
            hs.append(("Cc", cc))
        if refs:
            hs.append(("References", refs))
        hs += [("Content-Language", lang), ("From", frm)]
        if irt:
            hs.append(("In-Reply-To", irt))
    else:  # erp / generic system
        hs += [("From", frm), ("To", to)]
        if cc:
            hs.append(("Cc", cc))
        hs += [("Subject", subject), ("Date", date), ("Message-ID", msgid)]
        if irt:
            hs.append(("In-Reply-To", irt))
        if refs:
            hs.append(("References", refs))
    hs.extend(extra)
    return hs


MSGID_STYLE = {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "iphone": "apple",
               "thunderbird": "thunderbird"}
BND_STYLE = {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "iphone": "apple",
             "thunderbird": "thunderbird"}


def reply(p, *, frm_name, frm_addr=None, w, body, client="outlook", cs="utf-8", cte="quoted-printable",
          html=True, quote="outlook", qlang="en", contact="Sir or Madam", atts=(), subject=None,
          prefix="RE: ", thread=True, html_inner=None, to=None, cc=None, extra=(), lang="en-GB",
          subj_cs=None, name_cs=None, plain=True, quote_pos="below", irt=None, refs=None, body_ptxt=None):
    """Standard supplier reply to the PO request p. Returns eml bytes."""
    frm_addr = frm_addr or p["supplier"]["email"]
    dom = frm_addr.split("@")[1]
    seed = "%s|%s|%s" % (p["po_number"], frm_addr, rfcdate(w))
    msgid = mime.message_id(MSGID_STYLE.get(client, "generic"), seed, dom)
    bst = BND_STYLE.get(client, "java")
    subj = subject if subject is not None else prefix + req_subject(p)
    # texts
    qp = qh = ""
    if quote == "outlook":
        qp, qh = quote_outlook(p, qlang, contact), quote_outlook_html(p, qlang, contact)
    elif quote == "gt":
        qp, qh = quote_gt(p, qlang, contact), quote_gt_html(p, qlang, contact)
    if body_ptxt is not None:
        ptxt = body_ptxt
    elif quote_pos == "above" and qp:
        ptxt = qp.rstrip("\n") + "\n\n" + body.strip("\n") + "\n"
    else:
        ptxt = body.rstrip("\n") + ("\n\n" + qp if qp else "\n")
    inner = html_inner if html_inner is not None else body_html(body, client)
    if qh:
        inner = (qh + "<br>" + inner) if quote_pos == "above" else (inner + "<br>" + qh)
    parts_body = None
    if html and plain:
        parts_body = mime.multi("alternative", [
            mime.text(ptxt, cs=cs, cte=cte),
            mime.text(html_doc(inner, cs, client), sub="html", cs=cs, cte=cte)], mime.boundary(bst, seed + "alt"))
    elif html:
        parts_body = mime.text(html_doc(inner, cs, client), sub="html", cs=cs, cte=cte)
    else:
        parts_body = mime.text(ptxt, cs=cs, cte=cte, params="; format=flowed" if client == "thunderbird" else "")
    root = parts_body
    if atts:
        root = mime.multi("mixed", [parts_body] + list(atts), mime.boundary(bst, seed + "mix"))
    rid = p.get("request_message_id") if thread else None
    ncs = name_cs or (cs if cs not in ("us-ascii",) else "utf-8")
    hs = headers_for(client, frm=mime.addr(frm_name, frm_addr, ncs),
                     to=to or mime.addr(*BUYERS_by_email(p)), subject=mime.ew(subj, subj_cs or ncs),
                     date=rfcdate(w), msgid=msgid, irt=irt or rid, refs=refs or rid, cc=cc, lang=lang, extra=extra)
    if atts and client == "outlook":
        hs = [(k, "yes" if k == "X-MS-Has-Attach" else v) for k, v in hs]
    return mime.message(hs, root)


def inline_quote(p, answers, lang="en", contact="Sir or Madam", mark="> "):
    """Quote the request with '>' and put answers (dict line_no -> text) under each table row."""
    out = [attrib(p, lang)]
    for l in req_text(p, contact).rstrip("\n").split("\n"):
        out.append((mark + l) if l else mark.rstrip())
        parts = l.split()
        if parts and parts[0].isdigit() and len(parts) > 3 and int(parts[0]) in answers \
                and parts[1] == p["lines"][int(parts[0]) - 1]["item"]:
            out.append("")
            out.append(answers[int(parts[0])])
            out.append("")
    return "\n".join(out) + "\n"
