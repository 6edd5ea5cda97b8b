"""Shared registry, PO/label helpers and the buyer's original request text."""
import datetime as dt
import hashlib
import html as _html
from decimal import Decimal

from . import mime

REG = []


def case(slug, kind_locale, hard):
    def deco(fn):
        REG.append((slug, kind_locale, hard, fn))
        return fn
    return deco


BUYER_CO = "Brightwater Trading GmbH"
BUYER_DOMAIN = "brightwater-trading.example"
BUYERS = {
    "dana": {"name": "Dana Ruiz", "email": "dana.ruiz@brightwater-trading.example"},
    "jonas": {"name": "Jonas Albrecht", "email": "jonas.albrecht@brightwater-trading.example"},
    "priya": {"name": "Priya Nair", "email": "priya.nair@brightwater-trading.example"},
    "tomasz": {"name": "Tomasz Wolski", "email": "tomasz.wolski@brightwater-trading.example"},
    "claire": {"name": "Claire Dubois", "email": "claire.dubois@brightwater-trading.example"},
}
BUYER_SIG = ("{name}\nStrategic Purchasing\n" + BUYER_CO +
             "\nSandtorkai 41, 20457 Hamburg, Germany\nPhone +49 40 3861 2200")


def S(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def PO(num, sup, cur, issued, lines, buyer="dana", rid=True, rid_n=1):
    d = {"po_number": num, "supplier": sup, "buyer": dict(BUYERS[buyer]), "currency": cur, "issued": issued}
    if rid:
        d["request_message_id"] = "<po-%s.%d@%s>" % (num.replace("/", "-").replace(" ", ""), rid_n, BUYER_DOMAIN)
    out = []
    for i, ln in enumerate(lines, 1):
        if len(ln) == 7:
            n, item, desc, q, u, p, date = ln
        else:
            n = i
            item, desc, q, u, p, date = ln
        out.append({"line": n, "item": item, "description": desc, "quantity": q, "uom": u,
                    "unit_price": p, "requested_date": date})
    d["lines"] = out
    return d


def line(po, n):
    for ln in po["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


def C(q=None, p=None, d=None, sched=None):
    return {"q": q, "p": p, "d": d, "sched": sched}


def conf(po, spec):
    """spec: {line_no: 'A' | 'R' | 'U' | C(...)}; every PO line must be given."""
    lines = {}
    nums = [ln["line"] for ln in po["lines"]]
    assert sorted(spec) == sorted(nums), (po["po_number"], sorted(spec), nums)
    for n in nums:
        s = spec[n]
        ln = line(po, n)
        if s == "A":
            lines[str(n)] = {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
                             "date": ln["requested_date"]}
        elif s == "R":
            lines[str(n)] = {"status": "rejected"}
        elif s == "U":
            lines[str(n)] = {"status": "unconfirmed"}
        else:
            q = s["q"] if s["q"] is not None else ln["quantity"]
            p = s["p"] if s["p"] is not None else ln["unit_price"]
            sched = s["sched"]
            d = s["d"]
            if sched:
                sched = [{"quantity": a, "date": b} for a, b in sched]
                if s["q"] is None:
                    q = sum(x["quantity"] for x in sched)
                if d is None:
                    d = max(x["date"] for x in sched)
                assert sum(x["quantity"] for x in sched) == q, (po["po_number"], n)
            if d is None:
                d = ln["requested_date"]
            same = q == ln["quantity"] and Decimal(p) == Decimal(ln["unit_price"]) and d == ln["requested_date"]
            assert not same or sched, ("changed equals PO", po["po_number"], n)
            lab = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
            if sched:
                lab["schedule"] = sched
            lines[str(n)] = lab
    return {"po_number": po["po_number"], "lines": lines}


def expected(kind, notes, *confs):
    e = {"kind": kind}
    if confs:
        e["confirmations"] = list(confs)
    e["notes"] = notes
    return e


# ---------------------------------------------------------------- dates

def when(s, tz="+0100"):
    """'2026-11-16 09:12:33' + '+0100' -> RFC 5322 date string."""
    d = dt.datetime.fromisoformat(s)
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = d.replace(tzinfo=dt.timezone(off))
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def req_dt(po):
    d = dt.date.fromisoformat(po["issued"]) + dt.timedelta(days=1)
    h = int(hashlib.md5(po["po_number"].encode()).hexdigest()[:2], 16) % 50
    return dt.datetime(d.year, d.month, d.day, 9, 10 + h % 40, 0)


def req_date_hdr(po):
    return req_dt(po).strftime("%a, %d %b %Y %H:%M:%S +0100")


def req_subject(po):
    return "Order confirmation request - PO %s" % po["po_number"]


# ---------------------------------------------------------------- request text

def fmt_price(p, cur):
    return "%s %s" % (p, cur)


def po_table_rows(po):
    rows = [("Pos", "Item", "Description", "Qty", "UoM", "Unit price", "Requested date")]
    for ln in po["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     fmt_price(ln["unit_price"], po["currency"]), ln["requested_date"]))
    return rows


def po_table_text(po):
    rows = po_table_rows(po)
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append("  ".join(c.ljust(w[i]) if i not in (3, 5) else c.rjust(w[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


def po_table_html(po):
    rows = po_table_rows(po)
    h = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-family:Arial;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        h.append("<tr>" + "".join("<%s>%s</%s>" % (tag, _html.escape(c), tag) for c in r) + "</tr>")
    h.append("</table>")
    return "\n".join(h)


def contact_first(po):
    return ""


def req_body_text(po, contact="Sir or Madam"):
    b = po["buyer"]
    due = req_dt(po).date() + dt.timedelta(days=5)
    return ("Dear %s,\n\nplease find below our purchase order %s dated %s.\n"
            "Kindly confirm quantities, prices and delivery dates by return e-mail by %s.\n\n"
            "%s\n\nDelivery address: %s, Warehouse 3, Am Veringhafen 12, 21107 Hamburg, Germany\n"
            "Please quote our PO number on all documents.\n\nKind regards\n\n%s\n"
            % (contact, po["po_number"], po["issued"], due.isoformat(), po_table_text(po),
               BUYER_CO, BUYER_SIG.format(name=b["name"])))


def req_body_html(po, contact="Sir or Madam"):
    b = po["buyer"]
    due = req_dt(po).date() + dt.timedelta(days=5)
    sig = "<br>\n".join(_html.escape(x) for x in BUYER_SIG.format(name=b["name"]).split("\n"))
    return ("<p>Dear %s,</p>\n<p>please find below our purchase order %s dated %s.<br>\n"
            "Kindly confirm quantities, prices and delivery dates by return e-mail by %s.</p>\n%s\n"
            "<p>Delivery address: %s, Warehouse 3, Am Veringhafen 12, 21107 Hamburg, Germany<br>\n"
            "Please quote our PO number on all documents.</p>\n<p>Kind regards</p>\n<p>%s</p>\n"
            % (_html.escape(contact), po["po_number"], po["issued"], due.isoformat(), po_table_html(po),
               BUYER_CO, sig))


def request_mail(po, contact="Sir or Madam"):
    """The acknowledgment request exactly as we sent it (used inside bounces)."""
    b = po["buyer"]
    sup = po["supplier"]
    mid = po.get("request_message_id") or "<po-%s.0@%s>" % (po["po_number"], BUYER_DOMAIN)
    headers = [
        ("From", mime.addr(b["name"], b["email"])),
        ("To", sup["email"]),
        ("Subject", req_subject(po)),
        ("Date", req_date_hdr(po)),
        ("Message-ID", mid),
        ("MIME-Version", "1.0"),
    ]
    body = mime.text(req_body_text(po, contact), charset="us-ascii", cte="7bit")
    return mime.message(headers, body, mid).replace(b"\r\n", b"\n")


# ---------------------------------------------------------------- quoting

OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "it": ("Da", "Inviato", "A", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "Asunto"), "pt": ("De", "Enviada em", "Para", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"), "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"), "ro": ("De la", "Trimis", "Către", "Subiect"),
    "bg": ("От", "Изпратено", "До", "Тема"), "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Zadeva"), "sr": ("Od", "Poslato", "Za", "Tema"),
    "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"), "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "sv": ("Från", "Skickat", "Till", "Ämne"), "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"), "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "et": ("Saatja", "Saadetud", "Adressaat", "Teema"), "lv": ("No", "Nosūtīts", "Kam", "Tēma"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Tema"), "uk": ("Від", "Надіслано", "Кому", "Тема"),
    "ru": ("От", "Отправлено", "Кому", "Тема"), "he": ("מאת", "נשלח", "אל", "נושא"),
    "ar": ("من", "تم الإرسال", "إلى", "الموضوع"), "ja": ("差出人", "送信日時", "宛先", "件名"),
    "zh-CN": ("发件人", "发送时间", "收件人", "主题"), "zh-TW": ("寄件者", "寄件日期", "收件者", "主旨"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"), "vi": ("Từ", "Đã gửi", "Đến", "Chủ đề"),
    "th": ("จาก", "ส่ง", "ถึง", "เรื่อง"), "id": ("Dari", "Dikirim", "Kepada", "Subjek"),
    "ms": ("Daripada", "Dihantar", "Kepada", "Subjek"),
}


def outlook_header(po, lang="en"):
    f, s, t, subj = OUTLOOK_LABELS[lang]
    d = req_dt(po)
    if lang == "en":
        sent = d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y %I:%M %p").replace(" 0", " ")
    elif lang in ("ja", "zh-CN", "zh-TW"):
        sent = "%d年%d月%d日 %d:%02d" % (d.year, d.month, d.day, d.hour, d.minute)
    elif lang == "ko":
        sent = "%d년 %d월 %d일 %d:%02d" % (d.year, d.month, d.day, d.hour, d.minute)
    else:
        sent = d.strftime("%d.%m.%Y %H:%M")
    b = po["buyer"]
    return "%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n" % (f, b["name"], b["email"], s, sent, t,
                                                       po["supplier"]["email"], subj, req_subject(po))


def quote_outlook(po, lang="en", contact="Sir or Madam"):
    return ("\n________________________________\n" if lang != "en" else "\n-----Original Message-----\n") + \
        outlook_header(po, lang) + "\n" + req_body_text(po, contact)


def quote_outlook_html(po, lang="en", contact="Sir or Madam"):
    hdr = "<br>\n".join("<b>%s</b> %s" % (_html.escape(x.split(": ", 1)[0] + ":"), _html.escape(x.split(": ", 1)[1]))
                        for x in outlook_header(po, lang).strip().split("\n"))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p>%s</p>\n</div>\n%s'
            % (hdr, req_body_html(po, contact)))


def gmail_attr(po):
    d = req_dt(po)
    b = po["buyer"]
    return "On %s, %d %s at %s, %s <%s> wrote:" % (d.strftime("%a"), d.day, d.strftime("%b %Y"),
                                                   d.strftime("%H:%M"), b["name"], b["email"])


def quote_gt(po, attribution=None, contact="Sir or Madam"):
    attribution = attribution or gmail_attr(po)
    q = "\n".join(("> " + x) if x else ">" for x in req_body_text(po, contact).rstrip("\n").split("\n"))
    return "\n" + attribution + "\n" + q + "\n"


def quote_gt_html(po, attribution=None, contact="Sir or Madam"):
    attribution = attribution or gmail_attr(po)
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s</blockquote></div>'
            % (_html.escape(attribution), req_body_html(po, contact)))


def html_doc(inner, charset="utf-8", dir_rtl=False):
    d = ' dir="rtl"' if dir_rtl else ""
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body%s>\n%s\n</body>\n</html>\n' % (charset, d, inner))


def paras(txt):
    """Plain text -> simple HTML paragraphs (line breaks kept)."""
    blocks = txt.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % "<br>\n".join(_html.escape(l) for l in b.split("\n")) for b in blocks)


# ---------------------------------------------------------------- message ids and headers

def mid_for(style, seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "outlook":
        return "<%s%s@%s>" % ("DB9PR0%sMB%s" % (h[0:1].upper().replace("A", "7"), h[1:5].upper()),
                              h[5:25].upper(), "DB9PR07MB" + h[25:29].upper() + ".eurprd07.prod.outlook.com")
    if style == "gmail":
        return "<CA%s+%s@mail.gmail.com>" % (h[:10].upper(), h[10:30])
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(),
                                        h[20:32].upper(), domain)
    if style == "tb":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


CLIENT_HEADERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", None), ("Thread-Index", "AdtS{h}=="),
                ("Content-Language", None), ("X-MS-Has-Attach", None), ("X-MS-TNEF-Correlator", "")],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.200.121)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "tb": [("User-Agent", "Mozilla Thunderbird")],
    "android": [("X-Mailer", "Samsung Email 6.1.97.1")],
    "erp": [("X-Mailer", "SAP NetWeaver 7.50"), ("Auto-Submitted", "auto-generated")],
    "plain": [],
}


def mail(frm, to, subject, date, body, *, po=None, style="outlook", client=None, domain=None,
         subj_charset="utf-8", name_charset=None, cc=None, refs=None, irt=None, extra=None,
         lang=None, has_attach=False, seed=None, threaded=True):
    """Assemble a full message. frm/to: (name, address). Returns CRLF bytes."""
    client = client or style
    domain = domain or frm[1].split("@")[1]
    seed = seed or (frm[1] + date + subject)
    mid = mid_for("outlook" if style == "outlook" else style, seed, domain)
    h = [("From", mime.addr(frm[0], frm[1], name_charset or subj_charset)),
         ("To", mime.addr(to[0], to[1]))]
    if cc:
        h.append(("CC", ", ".join(mime.addr(n, a) for n, a in cc)))
    h += [("Subject", mime.ew(subject, subj_charset)), ("Date", date), ("Message-ID", mid)]
    if threaded and po is not None and po.get("request_message_id"):
        irt = irt or po["request_message_id"]
        refs = refs or po["request_message_id"]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    for k, v in CLIENT_HEADERS.get(client, []):
        if k == "Thread-Topic":
            v = mime.ew(subject.split(": ", 1)[-1], subj_charset)
        elif k == "Thread-Index":
            v = "AdtS" + hashlib.md5(seed.encode()).hexdigest()[:20] + "=="
            v = v.replace("AdtS{h}", "")
        elif k == "Content-Language":
            v = lang or "en-US"
        elif k == "X-MS-Has-Attach":
            v = "yes" if has_attach else ""
            if not v:
                continue
        elif k == "X-MS-TNEF-Correlator":
            continue
        h.append((k, v))
    for k, v in (extra or []):
        h.append((k, v))
    h.append(("MIME-Version", "1.0"))
    bstyle = None
    if style == "gmail":
        hh = hashlib.sha1(seed.encode()).hexdigest()
        bstyle = lambda x: "0000000000%s" % x[:18]
    elif style in ("apple", "iphone"):
        bstyle = lambda x: "Apple-Mail=_%s-%s-%s-%s-%s" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(),
                                                          x[16:20].upper(), x[20:32].upper())
    elif style == "tb":
        bstyle = lambda x: "------------%s" % x[:24]
    return mime.message(h, body, seed, bstyle)


def alt(plain, html, charset="utf-8", cte="quoted-printable", html_cte=None):
    return mime.Multi("alternative", [mime.text(plain, "plain", charset, cte),
                                      mime.text(html, "html", charset, html_cte or cte)])


def std_body(po, reply, lang="en", quote="outlook", charset="utf-8", cte="quoted-printable", html=True,
             attribution=None, rtl=False, html_cte=None):
    """Reply text on top, our request quoted below (Outlook block or '>' quoting)."""
    if quote == "outlook":
        qt, qh = quote_outlook(po, lang), quote_outlook_html(po, lang)
    elif quote == "gt":
        qt, qh = quote_gt(po, attribution), quote_gt_html(po, attribution)
    else:
        qt = qh = ""
    plain = reply.rstrip("\n") + "\n" + qt
    if not html:
        return mime.text(plain, "plain", charset, cte)
    h = html_doc(paras(reply) + "\n" + qh, charset, rtl)
    return alt(plain, h, charset, cte, html_cte)


def quote_inline(po, answers, attribution, head=""):
    """Our request quoted with '>' and the supplier's answers typed under table rows."""
    out = [head.rstrip("\n"), "", attribution] if head else [attribution]
    for raw_line in req_body_text(po).rstrip("\n").split("\n"):
        out.append(("> " + raw_line) if raw_line else ">")
        first = raw_line.split(" ", 1)[0]
        if first.isdigit() and int(first) in answers and raw_line.split()[1:2] == [line(po, int(first))["item"]]:
            out.append("")
            out.append(answers[int(first)])
            out.append("")
    return "\n".join(out) + "\n"


def buyer_of(po):
    return (po["buyer"]["name"], po["buyer"]["email"])
