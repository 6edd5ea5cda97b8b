"""Shared data helpers, the case registry and mail builders for batch BW."""
import datetime as dt
import hashlib
import html as _html
from decimal import Decimal

from . import mime

REG = []  # (slug, "kind/locale", "what makes it hard", builder)


def case(slug, kind_locale, hard):
    def deco(fn):
        REG.append((slug, kind_locale, hard, fn))
        fn.slug = slug
        return fn
    return deco


DOMAIN = "brightwell-sourcing.example"
COMPANY = "Brightwell Sourcing Ltd"
BUYERS = {
    "maren": ("Maren Solberg", "maren.solberg@" + DOMAIN, "+44 1482 550 214"),
    "tomasz": ("Tomasz Quill", "tomasz.quill@" + DOMAIN, "+44 1482 550 237"),
    "priya": ("Priya Anand", "priya.anand@" + DOMAIN, "+44 1482 550 219"),
    "oliver": ("Oliver Brandt", "oliver.brandt@" + DOMAIN, "+44 1482 550 241"),
    "leah": ("Leah Okafor", "leah.okafor@" + DOMAIN, "+44 1482 550 226"),
}

TZ = {  # minutes east of UTC in November
    "en-GB": 0, "en-IE": 0, "pt-PT": 0, "en-US": -300, "es-MX": -360, "fr-CA": -300, "pt-BR": -180,
    "fi-FI": 120, "et-EE": 120, "lv-LV": 120, "lt-LT": 120, "ro-RO": 120, "bg-BG": 120, "el-GR": 120,
    "uk-UA": 120, "he-IL": 120, "en-ZA": 120, "ru-RU": 180, "tr-TR": 180, "ar-AE": 240, "hi-IN": 330,
    "en-IN": 330, "th-TH": 420, "vi-VN": 420, "id-ID": 420, "zh-CN": 480, "zh-TW": 480, "ms-MY": 480,
    "en-SG": 480, "ja-JP": 540, "ko-KR": 540, "en-AU": 660, "en-NZ": 780,
}


def tz_of(locale):
    return TZ.get(locale, 60)


def sup(sid, name, email, locale, contact=None):
    d = {"id": sid, "name": name, "email": email, "locale": locale}
    d["_contact"] = contact or name
    return d


def line(n, item, desc, qty, uom, price, date):
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def po(num, supplier, currency, issued, lines, buyer="maren", rid=True, rid_n=1):
    b = BUYERS[buyer]
    d = {"po_number": num,
         "supplier": {k: v for k, v in supplier.items() if not k.startswith("_")},
         "buyer": {"name": b[0], "email": b[1]},
         "currency": currency, "issued": issued}
    if rid:
        d["request_message_id"] = f"<po-{num}.{rid_n}@{DOMAIN}>"
    d["lines"] = lines
    d["_buyer"] = buyer
    d["_contact"] = supplier["_contact"]
    return d


def clean_po(p):
    return {k: v for k, v in p.items() if not k.startswith("_")}


def L(P, n):
    return next(x for x in P["lines"] if x["line"] == n)


# ---------------------------------------------------------------- labels
def acc(P, n):
    x = L(P, n)
    return {"status": "accepted", "quantity": x["quantity"], "unit_price": x["unit_price"], "date": x["requested_date"]}


def chg(P, n, q=None, p=None, d=None, sched=None):
    x = L(P, n)
    lab = {"status": "changed",
           "quantity": x["quantity"] if q is None else q,
           "unit_price": x["unit_price"] if p is None else p,
           "date": x["requested_date"] if d is None else d}
    if sched:
        lab["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
        assert sum(a for a, _ in sched) == lab["quantity"], (P["po_number"], n)
        assert max(b for _, b in sched) == lab["date"], (P["po_number"], n)
    assert (lab["quantity"], Decimal(lab["unit_price"]), lab["date"]) != \
        (x["quantity"], Decimal(x["unit_price"]), x["requested_date"]) or sched, (P["po_number"], n)
    return lab


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(P, labels):
    out = {}
    for x in P["lines"]:
        lab = labels.get(x["line"], "acc")
        if lab == "acc":
            lab = acc(P, x["line"])
        out[str(x["line"])] = dict(lab)
    return {"po_number": P["po_number"], "lines": out}


def expected(kind, confs=None, notes=""):
    d = {"kind": kind}
    if kind == "confirmation":
        d["confirmations"] = confs
    d["notes"] = notes
    return d


# ---------------------------------------------------------------- our request
def req_sent(P):
    d = dt.date.fromisoformat(P["issued"])
    h = int(hashlib.md5(P["po_number"].encode()).hexdigest()[:4], 16)
    return dt.datetime(d.year, d.month, d.day, 8 + h % 3, 5 + h % 50, h % 60, tzinfo=dt.timezone.utc)


def req_subject(P):
    return f"Purchase order {P['po_number']} - please confirm"


def _table_rows(P):
    rows = [("Pos", "Item", "Description", "Qty", "UoM", "Unit price", "Req. date")]
    for x in P["lines"]:
        rows.append((str(x["line"]), x["item"], x["description"], str(x["quantity"]), x["uom"],
                     f"{x['unit_price']} {P['currency']}", x["requested_date"]))
    return rows


def request_text(P):
    b = BUYERS[P["_buyer"]]
    rows = _table_rows(P)
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    right = {0, 3, 5}

    def fmt(r):
        return " | ".join(r[i].rjust(w[i]) if i in right else r[i].ljust(w[i]) for i in range(7)).rstrip()
    table = [fmt(rows[0]), "-+-".join("-" * w[i] for i in range(7))] + [fmt(r) for r in rows[1:]]
    return (f"Dear {P['_contact']},\n\n"
            f"Please confirm our purchase order {P['po_number']} dated {P['issued']} with quantities,\n"
            f"unit prices and delivery dates by return e-mail.\n\n"
            + "\n".join(table) +
            "\n\nDelivery to: Brightwell Sourcing Ltd, Goods-in Gate 3, 14 Quayside Road,\n"
            "Hull HU9 1TA, United Kingdom. Please quote our PO number on all documents.\n\n"
            f"Kind regards\n{b[0]}\nBuyer | {COMPANY}\n{b[2]}\n")


def request_html(P):
    b = BUYERS[P["_buyer"]]
    rows = _table_rows(P)
    th = "".join(f"<th style=\"border:1px solid #999;padding:2px 6px\">{_html.escape(c)}</th>" for c in rows[0])
    trs = "".join("<tr>" + "".join(f"<td style=\"border:1px solid #999;padding:2px 6px\">{_html.escape(c)}</td>" for c in r) + "</tr>\n"
                  for r in rows[1:])
    return (f"<p>Dear {_html.escape(P['_contact'])},</p>\n"
            f"<p>Please confirm our purchase order <b>{P['po_number']}</b> dated {P['issued']} with quantities, "
            f"unit prices and delivery dates by return e-mail.</p>\n"
            f"<table style=\"border-collapse:collapse;font-size:10pt\">\n<tr>{th}</tr>\n{trs}</table>\n"
            "<p>Delivery to: Brightwell Sourcing Ltd, Goods-in Gate 3, 14 Quayside Road, Hull HU9 1TA, United Kingdom. "
            "Please quote our PO number on all documents.</p>\n"
            f"<p>Kind regards<br>\n{b[0]}<br>\nBuyer | {COMPANY}<br>\n{b[2]}</p>\n")


def request_message(P):
    """The request as we sent it (used inside bounces)."""
    b = BUYERS[P["_buyer"]]
    t = req_sent(P)
    date = t.strftime("%a, %d %b %Y %H:%M:%S +0000")
    sup_ = P["supplier"]
    rt = request_text(P)
    cs, cte = ("us-ascii", "7bit") if rt.isascii() else ("utf-8", "quoted-printable")
    alt = mime.Multi("alternative", [
        mime.text(rt, charset=cs, cte=cte),
        mime.text("<html><body style=\"font-family:Calibri,sans-serif\">\n" + request_html(P) + "</body></html>\n",
                  "html", charset=cs, cte=cte)], f"_000_req{P['po_number']}_")
    hdrs = [("From", mime.addr(b[0], b[1])), ("To", mime.addr(sup_["name"], sup_["email"])),
            ("Subject", req_subject(P)), ("Date", date),
            ("Message-ID", P.get("request_message_id") or f"<po-{P['po_number']}.0@{DOMAIN}>"),
            ("X-Mailer", "Microsoft Outlook 16.0")]
    return mime.message(hdrs, alt)


# ---------------------------------------------------------------- replies
RE = {"de": "AW:", "fr": "RE :", "it": "R:", "es": "RE:", "pt": "RES:", "nl": "RE:", "pl": "Odp:", "cs": "Odp:",
      "sk": "RE:", "hu": "Vá:", "sv": "SV:", "da": "SV:", "nb": "SV:", "fi": "VS:", "tr": "YNT:", "el": "ΑΠ:",
      "zh-CN": "回复:", "zh-TW": "回覆:", "ko": "회신:", "ja": "RE:", "he": "תשובה:", "ar": "رد:"}

OL_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
}

GMAIL_ATTR = {
    "en": "On {wd}, {d} {mon} {y} at {hm}, {name} <{email}> wrote:",
    "de": "Am {d}.{m}.{y} um {hm} schrieb {name} <{email}>:",
    "fr": "Le {d}/{m}/{y} à {hm}, {name} <{email}> a écrit :",
    "it": "Il giorno {d}/{m}/{y} alle ore {hm} {name} <{email}> ha scritto:",
    "es": "El {d}/{m}/{y} a las {hm}, {name} (<{email}>) escribió:",
    "pt": "Em {d}/{m}/{y} {hm}, {name} <{email}> escreveu:",
    "nl": "Op {d}-{m}-{y} om {hm} schreef {name} <{email}>:",
}


def lang_of(locale):
    base = locale.split("-")[0]
    return locale if locale in ("zh-CN", "zh-TW") else base


def _hash(slug, n=16):
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


def make_msgid(slug, client, domain):
    h = _hash(slug, 32)
    if client == "outlook":
        return f"<{h[:4].upper()}PR0{int(h[4], 16) % 9 + 1}MB{h[5:9].upper()}{h[9:21].upper()}@{h[:4].upper()}PR0{int(h[4], 16) % 9 + 1}MB{h[5:9].upper()}.eurprd0{int(h[21], 16) % 8 + 1}.prod.outlook.com>"
    if client == "gmail":
        return f"<CAK{h[:6]}+{h[6:22]}Xq{h[22:30]}@mail.gmail.com>"
    if client in ("apple", "iphone"):
        u = h.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if client == "thunderbird":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{h[:20]}.{client}@{domain}>"


def _fmt_sent(t, lang):
    if lang == "en":
        return t.strftime("%A, %B ") + str(t.day) + t.strftime(", %Y %I:%M %p").replace(" 0", " ")
    return t.strftime("%d.%m.%Y %H:%M")


def quote_block(P, client, lang, gt=True):
    b = BUYERS[P["_buyer"]]
    t = req_sent(P)
    sup_ = P["supplier"]
    if client == "outlook":
        lab = OL_LABELS.get(lang, OL_LABELS["en"])
        return ("\n" + "_" * 32 + "\n"
                f"{lab[0]}: {b[0]} <{b[1]}>\n{lab[1]}: {_fmt_sent(t, lang)}\n"
                f"{lab[2]}: {sup_['name']} <{sup_['email']}>\n{lab[3]}: {req_subject(P)}\n\n" + request_text(P))
    tmpl = GMAIL_ATTR.get(lang, GMAIL_ATTR["en"])
    attr = tmpl.format(wd=t.strftime("%a"), d=t.day, m=f"{t.month:02d}", mon=t.strftime("%b"), y=t.year,
                       hm=t.strftime("%H:%M"), name=b[0], email=b[1])
    q = request_text(P)
    if gt:
        q = "\n".join(("> " + x) if x else ">" for x in q.rstrip("\n").split("\n")) + "\n"
    return "\n" + attr + "\n\n" + q


def text_to_html(s):
    out = []
    for para in s.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(_html.escape(x) for x in para.split("\n")) + "</p>")
    return "\n".join(out)


def html_quote(P, client, lang):
    b = BUYERS[P["_buyer"]]
    t = req_sent(P)
    sup_ = P["supplier"]
    if client == "outlook":
        lab = OL_LABELS.get(lang, OL_LABELS["en"])
        return ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n"
                f"<p class=\"MsoNormal\"><b>{lab[0]}:</b> {_html.escape(b[0])} &lt;{b[1]}&gt;<br>\n"
                f"<b>{lab[1]}:</b> {_fmt_sent(t, lang)}<br>\n<b>{lab[2]}:</b> {_html.escape(sup_['name'])} &lt;{sup_['email']}&gt;<br>\n"
                f"<b>{lab[3]}:</b> {_html.escape(req_subject(P))}</p>\n</div>\n" + request_html(P))
    tmpl = GMAIL_ATTR.get(lang, GMAIL_ATTR["en"])
    attr = tmpl.format(wd=t.strftime("%a"), d=t.day, m=f"{t.month:02d}", mon=t.strftime("%b"), y=t.year,
                       hm=t.strftime("%H:%M"), name=b[0], email=b[1])
    if client == "gmail":
        return (f"<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{_html.escape(attr)}<br></div>"
                "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">\n"
                + request_html(P) + "</blockquote></div>\n")
    return (f"<div><br><blockquote type=\"cite\"><div>{_html.escape(attr)}</div><br>\n"
            + request_html(P) + "</blockquote></div>\n")


CLIENT_HDR = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.200.121)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "android": [("X-Mailer", "Samsung Email 6.1.97")],
    "webmail": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "erp": [("X-Mailer", "SAP NetWeaver 7.50")],
    "odoo": [("X-Mailer", "Odoo 17.0")],
}


def reply(slug, P, body, when, client="outlook", charset="utf-8", cte="quoted-printable",
          sender=None, subject=None, quote="below", html=True, html_body=None, attachments=(),
          extra_headers=(), threaded=True, lang=None, to=None, cc=None, subj_charset=None, flowed=False,
          in_reply_ids=None):
    sup_ = P["supplier"]
    locale = sup_["locale"]
    lang = lang or lang_of(locale)
    name, email = sender or (P["_contact"], sup_["email"])
    y, mo, d, H, M, S = when
    date, _ = mime.hdate(y, mo, d, H, M, S, tz_of(locale))
    if subject is None:
        pre = RE.get(lang, "RE:") if client == "outlook" else "Re:"
        subject = f"{pre} {req_subject(P)}"
    subj_charset = subj_charset or charset
    domain = email.split("@")[1]
    # text body
    txt = body.rstrip("\n") + "\n"
    if quote in ("below", "gt"):
        txt += quote_block(P, client, lang, gt=(client != "outlook"))
    elif quote == "above":
        txt = quote_block(P, client, lang, gt=True).lstrip("\n") + "\n" + txt
    parts = []
    if html:
        hb = html_body if html_body is not None else text_to_html(body)
        if quote in ("below", "gt"):
            hb += "\n" + html_quote(P, client, lang)
        elif quote == "above":
            hb = html_quote(P, client, lang) + "\n" + hb
        if client == "outlook":
            hdoc = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
                    f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n"
                    "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n</head>\n"
                    f"<body lang=\"{locale}\" link=\"#0563C1\"><div class=\"WordSection1\">\n{hb}\n</div>\n</body>\n</html>\n")
        elif client == "gmail":
            hdoc = f"<div dir=\"ltr\">{hb}</div>\n"
        else:
            hdoc = f"<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset={charset}\"></head><body>\n{hb}\n</body></html>\n"
    body_part = mime.text(txt, charset=charset, cte=cte, flowed=flowed) if html != "only" else None
    if html == "only":
        body_part = mime.text(hdoc, "html", charset=charset, cte=cte)
    elif html:
        b = "00000000000" + _hash(slug + "alt", 17) if client == "gmail" else (
            "Apple-Mail=_" + _hash(slug + "alt", 32).upper() if client in ("apple", "iphone") else "_000_" + _hash(slug + "alt", 24).upper() + "_")
        body_part = mime.Multi("alternative", [mime.text(txt, charset=charset, cte=cte, flowed=flowed),
                                               mime.text(hdoc, "html", charset=charset, cte=cte)], b)
    if attachments:
        b = "00000000000" + _hash(slug + "mix", 17) if client == "gmail" else "_004_" + _hash(slug + "mix", 24).upper() + "_"
        top = mime.Multi("mixed", [body_part] + list(attachments), b)
    else:
        top = body_part
    b_ = BUYERS[P["_buyer"]]
    hdrs = [("From", mime.addr(name, email, charset if charset not in ("us-ascii",) else "utf-8")),
            ("To", to or mime.addr(b_[0], b_[1]))]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs += [("Subject", mime.enc_words(subject, subj_charset)), ("Date", date),
             ("Message-ID", make_msgid(slug, client, domain))]
    if threaded and P.get("request_message_id"):
        ids = in_reply_ids or [P["request_message_id"]]
        hdrs += [("In-Reply-To", ids[-1]), ("References", "\n ".join(ids))]
    if client == "outlook":
        topic = req_subject(P) if threaded and P.get("request_message_id") else subject
        hdrs.append(("Thread-Topic", mime.enc_words(topic, subj_charset)))
        hdrs.append(("Thread-Index", "AdtV" + _hash(slug + "ti", 20)))
        hdrs.append(("Content-Language", locale))
    names = {k.lower() for k, _ in extra_headers}
    hdrs += [h for h in CLIENT_HDR.get(client, []) if h[0].lower() not in names] + list(extra_headers)
    return mime.message(hdrs, top)


# ---------------------------------------------------------------- bounces
def postfix_dsn(slug, P, when, status="5.1.1", diag=None, host="mx1." + DOMAIN, remote=None, lang_text=None,
                subject="Undelivered Mail Returned to Sender"):
    y, mo, d, H, M, S = when
    date, t = mime.hdate(y, mo, d, H, M, S, 0)
    rcpt = P["supplier"]["email"]
    rdom = rcpt.split("@")[1]
    remote = remote or f"mx01.{rdom}"
    diag = diag or f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"
    qid = _hash(slug + "q", 10).upper()
    expl = lang_text or (
        f"This is the mail system at host {host}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{rcpt}>: host {remote}[203.0.113.{int(qid[:2], 16) % 200 + 10}] said: {diag.split('; ', 1)[1]} (in reply to RCPT TO command)\n")
    arr = req_sent(P).strftime("%a, %d %b %Y %H:%M:%S +0000")
    ds = (f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; {BUYERS[P['_buyer']][1]}\n"
          f"Arrival-Date: {arr}\n\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
          f"Action: failed\nStatus: {status}\nRemote-MTA: dns; {remote}\nDiagnostic-Code: {diag}\n")
    rep = mime.Multi("report", [
        (mime.Raw("text/plain", expl.encode("ascii"), [("Content-Description", "Notification")], [("charset", "us-ascii")])
         if expl.isascii() else mime.text(expl, charset="iso-8859-1", cte="8bit",
                                           headers=[("Content-Description", "Notification")])),
        mime.Raw("message/delivery-status", ds.encode("ascii"), [("Content-Description", "Delivery report")]),
        mime.Raw("message/rfc822", request_message(P), [("Content-Description", "Undelivered Message")]),
    ], f"{qid}.{int(t.timestamp())}/{host}", params=[("report-type", "delivery-status")])
    b = BUYERS[P["_buyer"]]
    hdrs = [("Return-Path", "<>"), ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
            ("To", b[1]), ("Subject", subject), ("Date", date),
            ("Message-ID", f"<{qid}.{int(t.timestamp())}@{host}>"), ("Auto-Submitted", "auto-replied")]
    return mime.message(hdrs, rep)
