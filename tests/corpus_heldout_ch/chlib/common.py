"""Shared helpers: case registry, PO/label builders, our request text, reply composer."""
import base64
import datetime as dt
import hashlib
import html as H
from decimal import Decimal

from . import mime

REG = []  # (slug, "kind/locale", "what makes it hard", builder)


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


# ---------------------------------------------------------------- parties
DOM = "northgate-supply.example"
CO = "Northgate Supply Group"
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@" + DOM),
    "ines": ("Ines Haldane", "ines.haldane@" + DOM),
    "marc": ("Marc Oyelaran", "marc.oyelaran@" + DOM),
    "sofia": ("Sofia Lindqvist", "sofia.lindqvist@" + DOM),
    "piet": ("Piet van Aarle", "piet.vanaarle@" + DOM),
}
BUYER_SIG = {
    "dana": "Dana Ruiz\nSenior Buyer | Northgate Supply Group\nT +44 20 7946 0321",
    "ines": "Ines Haldane\nBuyer, Indirect Materials | Northgate Supply Group\nT +44 20 7946 0388",
    "marc": "Marc Oyelaran\nCategory Buyer | Northgate Supply Group\nT +44 20 7946 0415",
    "sofia": "Sofia Lindqvist\nBuyer | Northgate Supply Group\nT +44 20 7946 0452",
    "piet": "Piet van Aarle\nBuyer | Northgate Supply Group\nT +44 20 7946 0470",
}


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(n, item, desc, qty, uom, price, date):
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def PO(num, supplier, buyer, cur, issued, lines, rid=True, rev=1):
    b = BUYERS[buyer]
    d = {"po_number": num, "supplier": supplier, "buyer": {"name": b[0], "email": b[1]},
         "currency": cur, "issued": issued}
    if rid:
        d["request_message_id"] = "<po-%s.%d@%s>" % (num, rev, DOM)
    d["lines"] = lines
    d["_bkey"] = buyer
    return d


def clean(pos):
    return [{k: v for k, v in p.items() if not k.startswith("_")} for p in pos]


def line(po, n):
    for ln in po["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


# ---------------------------------------------------------------- labels
def acc(po, n):
    ln = line(po, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def chg(po, n, q=None, p=None, d=None, sched=None):
    ln = line(po, n)
    q = ln["quantity"] if q is None else q
    p = ln["unit_price"] if p is None else p
    if sched:
        sched = [{"quantity": a, "date": b} for a, b in sched]
        assert sum(s["quantity"] for s in sched) == q, (po["po_number"], n, "schedule sum")
        d2 = max(s["date"] for s in sched)
        assert d is None or d == d2
        d = d2
    d = ln["requested_date"] if d is None else d
    dt.date.fromisoformat(d)
    Decimal(p)
    r = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if sched:
        r["schedule"] = sched
    else:
        assert (q, Decimal(p), d) != (ln["quantity"], Decimal(ln["unit_price"]), ln["requested_date"]), \
            (po["po_number"], n, "changed but equal")
    return r


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po, labels):
    assert sorted(labels) == sorted(ln["line"] for ln in po["lines"]), po["po_number"]
    return {"po_number": po["po_number"], "lines": {str(k): v for k, v in sorted(labels.items())}}


def all_acc(po):
    return conf(po, {ln["line"]: acc(po, ln["line"]) for ln in po["lines"]})


def exp_conf(confs, notes):
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


def exp(kind, notes):
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------- dates
def iso_day(year, week, wd=5):
    return dt.date.fromisocalendar(year, week, wd).isoformat()


def hdate(y, m, d, hh, mm, ss=0, tz="+0100"):
    wd = dt.date(y, m, d).strftime("%a")
    assert dt.date(2026, 11, 9) <= dt.date(y, m, d) <= dt.date(2026, 12, 4)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (wd, d, dt.date(y, m, d).strftime("%b"), y, hh, mm, ss, tz)


def rq(po):
    """When our acknowledgment request went out (issued date, 14:05 CET)."""
    return dt.datetime.fromisoformat(po["issued"] + "T14:05:00")


# ---------------------------------------------------------------- ids
def hx(seed, n=32):
    s = ""
    i = 0
    while len(s) < n:
        s += hashlib.sha256(("%s/%d" % (seed, i)).encode()).hexdigest()
        i += 1
    return s[:n]


def uuid(seed, upper=False):
    h = hx(seed, 32)
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], "4" + h[13:16], "a" + h[17:20], h[20:32])
    return u.upper() if upper else u


def mid(style, seed, domain="mail.example"):
    if style == "outlook":
        srv = "DB9PR0%dMB%s" % (int(hx(seed + "s", 2), 16) % 9 + 1, str(int(hx(seed + "n", 8), 16))[:4])
        return "<%s%s@%s.eurprd0%s.prod.outlook.com>" % (srv, hx(seed, 24).upper(), srv, srv[6])
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(hx(seed, 48))).decode().replace("/", "_")
        return "<CA%s@mail.gmail.com>" % b[:44]
    if style == "apple":
        return "<%s@%s>" % (uuid(seed, True), domain)
    if style == "tb":
        return "<%s@%s>" % (uuid(seed), domain)
    return "<%s.%s@%s>" % (hx(seed, 12), hx(seed + "x", 8), domain)


def bnd(style, seed):
    if style == "outlook":
        return "_000_%s_" % hx(seed + "b", 40).upper()
    if style == "gmail":
        return "000000000000%s" % hx(seed + "b", 16)
    if style == "apple":
        return "Apple-Mail=_%s" % uuid(seed + "b", True)
    if style == "tb":
        return "------------%s" % hx(seed + "b", 24)
    return "----=_Part_%d_%d.%d" % (int(hx(seed + "b", 4), 16), int(hx(seed + "c", 7), 16), 1763000000000 + int(hx(seed, 5), 16))


# ---------------------------------------------------------------- our request
def req_subject(po):
    return "Order acknowledgment request - PO %s" % po["po_number"]


def req_rows(po):
    rows = [("Line", "Item", "Description", "Qty", "Unit", "Unit price", "Requested")]
    for ln in po["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     "%s %s" % (ln["unit_price"], po["currency"]), ln["requested_date"]))
    return rows


def table_text(rows):
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append(" | ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            out.append("-+-".join("-" * x for x in w))
    return "\n".join(out)


def table_html(rows, style='border-collapse:collapse;font-family:Arial,sans-serif;font-size:10pt'):
    td = 'style="border:1px solid #999;padding:2px 6px"'
    out = ['<table %s>' % ('style="%s"' % style)]
    for k, r in enumerate(rows):
        tag = "th" if k == 0 else "td"
        out.append("<tr>" + "".join("<%s %s>%s</%s>" % (tag, td, H.escape(c), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def req_text(po, greet="Dear Sir or Madam,"):
    issued = dt.date.fromisoformat(po["issued"])
    return ("%s\n\nPlease confirm our purchase order %s of %s: quantity, unit price and delivery date for "
            "every line.\n\n%s\n\nAll prices in %s, per unit shown, delivery DAP our warehouse.\n"
            "Please reply to this e-mail and keep the PO number in the subject.\n\nKind regards\n%s\n"
            % (greet, po["po_number"], "%d %s %d" % (issued.day, issued.strftime("%B"), issued.year),
               table_text(req_rows(po)), po["currency"], BUYER_SIG[po["_bkey"]]))


def req_html(po, greet="Dear Sir or Madam,"):
    issued = dt.date.fromisoformat(po["issued"])
    sig = "<br>\n".join(H.escape(x) for x in BUYER_SIG[po["_bkey"]].split("\n"))
    return ("<p>%s</p>\n<p>Please confirm our purchase order %s of %s: quantity, unit price and delivery date for "
            "every line.</p>\n%s\n<p>All prices in %s, per unit shown, delivery DAP our warehouse.<br>\n"
            "Please reply to this e-mail and keep the PO number in the subject.</p>\n<p>Kind regards<br>\n%s</p>\n"
            % (H.escape(greet), po["po_number"], "%d %s %d" % (issued.day, issued.strftime("%B"), issued.year),
               table_html(req_rows(po)), po["currency"], sig))


def request_eml(po, greet="Dear Sir or Madam,"):
    """The acknowledgment request as we sent it (used inside bounces)."""
    b = BUYERS[po["_bkey"]]
    t = rq(po)
    date = "%s, %d %s %d 14:05:00 +0100" % (t.strftime("%a"), t.day, t.strftime("%b"), t.year)
    seed = "req" + po["po_number"]
    root = mime.multi("alternative", bnd("outlook", seed), [
        mime.text(req_text(po, greet), cs="us-ascii", cte="quoted-printable"),
        mime.text("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head>"
                  "<body>\n" + req_html(po, greet) + "</body></html>\n", "html", cs="us-ascii"),
    ])
    hs = [("From", mime.addr(b[0], b[1])), ("To", mime.addr(po["supplier"]["name"], po["supplier"]["email"])),
          ("Subject", req_subject(po)), ("Date", date),
          ("Message-ID", po.get("request_message_id") or "<po-%s.0@%s>" % (po["po_number"], DOM)),
          ("Content-Language", "en-GB")]
    return mime.message(hs, root)


# ---------------------------------------------------------------- replies
OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "it": ("Da", "Inviato", "A", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "Asunto"), "pt": ("De", "Enviada", "Para", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"), "sv": ("Från", "Skickat", "Till", "Ämne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"), "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"), "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"), "ro": ("De la", "Trimis", "Către", "Subiect"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet"), "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"), "ru": ("От", "Отправлено", "Кому", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Тема"), "bg": ("От", "Изпратено", "До", "Относно"),
    "et": ("Saatja", "Saadetud", "Adressaat", "Teema"), "lv": ("No", "Nosūtīts", "Kam", "Tēma"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Tema"), "sl": ("Od", "Poslano", "Za", "Zadeva"),
    "ja": ("差出人", "送信日時", "宛先", "件名"), "zh": ("发件人", "发送时间", "收件人", "主题"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"),
    "zhtw": ("寄件者", "寄件日期", "收件者", "主旨"),
    "he": ("מאת", "נשלח", "אל", "נושא"), "ar": ("من", "تم الإرسال", "إلى", "الموضوع"),
    "vi": ("Từ", "Đã gửi", "Đến", "Chủ đề"), "th": ("จาก", "ส่ง", "ถึง", "เรื่อง"),
    "sr": ("Од", "Послато", "За", "Тема"), "id": ("Dari", "Dikirim", "Kepada", "Perihal"),
    "ms": ("Daripada", "Dihantar", "Kepada", "Subjek"), "hi": ("प्रेषक", "भेजा गया", "प्रति", "विषय"),
}


def outlook_sent_en(po):
    t = rq(po)
    return "%s, %s %d, %d 2:05 PM" % (t.strftime("%A"), t.strftime("%B"), t.day, t.year)


def quote_block(po, style, lang="en", sent=None, intro=None, greet="Dear Sir or Madam,", html=False):
    b = BUYERS[po["_bkey"]]
    s = po["supplier"]
    t = rq(po)
    if style == "outlook":
        lab = OUTLOOK_LABELS[lang]
        sent = sent or outlook_sent_en(po)
        hdr = [(lab[0], "%s <%s>" % b), (lab[1], sent), (lab[2], "%s <%s>" % (s["name"], s["email"])),
               (lab[3], req_subject(po))]
        if html:
            inner = "<br>\n".join("<b>%s:</b> %s" % (H.escape(k), H.escape(v)) for k, v in hdr)
            return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                    '<p class="MsoNormal">%s</p>\n</div>\n%s' % (inner, req_html(po, greet)))
        return "________________________________\n" + "\n".join("%s: %s" % kv for kv in hdr) + "\n\n" + \
            req_text(po, greet)
    if intro is None:
        if style == "gmail":
            intro = "On %s, %d %s %d at 14:05, %s <%s> wrote:" % (t.strftime("%a"), t.day, t.strftime("%b"), t.year, b[0], b[1])
        elif style == "apple":
            intro = "On %d %s %d, at 14:05, %s <%s> wrote:" % (t.day, t.strftime("%b"), t.year, b[0], b[1])
        else:
            intro = "On %s 14:05, %s wrote:" % (t.strftime("%d/%m/%Y"), b[0])
    if html:
        cls = "gmail_quote" if style == "gmail" else "moz-cite-prefix"
        return ('<div class="%s"><div dir="ltr">%s<br></div>\n<blockquote style="margin:0 0 0 .8ex;border-left:1px '
                'solid #ccc;padding-left:1ex" type="cite">\n%s</blockquote></div>' % (cls, H.escape(intro), req_html(po, greet)))
    q = "\n".join(("> " + x) if x else ">" for x in req_text(po, greet).rstrip("\n").split("\n"))
    return intro + "\n\n" + q + "\n"


def text2html(t):
    paras = t.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % "<br>\n".join(H.escape(x) for x in p.split("\n")) for p in paras)


def html_doc(inner, cs="utf-8", dir_=None, lang=None):
    d = ' dir="%s"' % dir_ if dir_ else ""
    lg = ' lang="%s"' % lang if lang else ""
    return ('<html%s><head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<style>p{margin:0 0 8px 0} body{font-family:Calibri,Arial,sans-serif;font-size:11pt}</style>\n'
            '</head>\n<body%s>\n%s\n</body>\n</html>\n' % (lg, cs, d, inner))


def reply(po, frm, body, date, seed, *, sig="", style="outlook", lang="en", cs="utf-8", cte="quoted-printable",
          html=True, html_cte=None, body_html=None, sig_html=None, attachments=(), subject=None, re_="RE:",
          msgid=None, mailer=None, extra=(), thread=True, quote=True, sent=None, intro=None,
          greet="Dear Sir or Madam,", to=None, cc=None, html_only=False, dir_=None, quote_cs=True,
          refs=None, top_quote=None, after_quote=None):
    """Compose a reply to our request for `po`. Returns the raw message bytes."""
    dom = frm[1].split("@")[1]
    buyer = BUYERS[po["_bkey"]]
    qt = quote_block(po, style, lang, sent, intro, greet) if quote else ""
    sep = "\n\n" if style == "outlook" else "\n\n"
    ptxt = body.rstrip("\n") + "\n"
    if sig:
        ptxt += "\n" + ("-- \n" if style in ("tb", "gmail_dash") else "") + sig.rstrip("\n") + "\n"
    if top_quote:
        ptxt += "\n" + top_quote.rstrip("\n") + "\n"
    if qt:
        ptxt += sep + qt
    if after_quote:
        ptxt += "\n" + after_quote
    phtml = body_html if body_html is not None else text2html(body)
    if sig:
        phtml += "\n<div>" + (sig_html if sig_html is not None else text2html(sig)) + "</div>"
    if top_quote:
        phtml += "\n<div>" + text2html(top_quote) + "</div>"
    if qt:
        phtml += "\n<div><br></div>\n" + quote_block(po, style, lang, sent, intro, greet, html=True)
    if after_quote:
        phtml += "\n" + text2html(after_quote)
    hcte = html_cte or cte
    parts = []
    tp = mime.text(ptxt, "plain", cs, cte, quote_cs)
    hp = mime.text(html_doc(phtml, cs, dir_), "html", cs, hcte, quote_cs)
    if html_only:
        body_part = hp
    elif html:
        body_part = mime.multi("alternative", bnd(style, seed), [tp, hp])
    else:
        body_part = tp
    if attachments:
        root = mime.multi("mixed", bnd(style, seed + "m"), [body_part] + list(attachments))
    else:
        root = body_part
    subj = subject if subject is not None else "%s %s" % (re_, req_subject(po))
    hs = [("From", mime.addr(frm[0], frm[1], cs if _enc_ok(frm[0], cs) else "utf-8")),
          ("To", to or mime.addr(buyer[0], buyer[1]))]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", mime.ew(subj, cs if _enc_ok(subj, cs) else "utf-8")), ("Date", date),
           ("Message-ID", msgid or mid(style, seed, dom))]
    rid = po.get("request_message_id")
    if thread and rid:
        r = refs or [rid]
        hs.append(("In-Reply-To", r[-1]))
        hs.append(("References", mime.fold_ids(r)))
    if mailer:
        hs.append(mailer if isinstance(mailer, tuple) else ("X-Mailer", mailer))
    hs += list(extra)
    return mime.message(hs, root)


def _enc_ok(s, cs):
    try:
        s.encode(cs)
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def pdf_att(data, name):
    return mime.attach(data, "application/pdf", name)


def xlsx_att(data, name):
    return mime.attach(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)


def csv_att(text_, name, cs="utf-8"):
    return mime.attach(text_.encode(cs), 'text/csv; charset="%s"' % cs, name, cte="base64")
