"""Registry, PO / label helpers, request text and the generic reply builder."""
import datetime as dt
import hashlib
import html as _html
from decimal import Decimal
from email.utils import format_datetime

from .mime import Part, Multi, message, addr, ew

REG = []  # (slug, "kind/locale", what makes it hard, builder)


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


# ---------------------------------------------------------------- parties
BUYER_CO = "Halvard Trading B.V."
BUYER_DOM = "halvard-trading.example"
BUYERS = {
    "jb": ("Jonas Becker", "jonas.becker@" + BUYER_DOM),
    "ml": ("Mira Lindqvist", "mira.lindqvist@" + BUYER_DOM),
    "tf": ("Tomás Ferreira", "tomas.ferreira@" + BUYER_DOM),
    "pn": ("Priya Natarajan", "priya.natarajan@" + BUYER_DOM),
    "og": ("Oliver Grant", "oliver.grant@" + BUYER_DOM),
}


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(num, s, cur, issued, lines, buyer="jb", rid=True, rseq=1):
    bn, be = BUYERS[buyer]
    p = {"po_number": num, "supplier": s, "buyer": {"name": bn, "email": be},
         "currency": cur, "issued": issued}
    if rid:
        p["request_message_id"] = "<po-%s.%d@%s>" % (num.lower().replace("/", "-"), rseq, BUYER_DOM)
    p["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        assert isinstance(qty, int) and qty > 0
        assert len(desc) <= 44, desc
        Decimal(price)
        dt.date.fromisoformat(date)
        p["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty,
                           "uom": uom, "unit_price": price, "requested_date": date})
    return p


# ---------------------------------------------------------------- labels
REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def D(x):
    return Decimal(str(x))


def price_str(v):
    v = D(v)
    s = format(v, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".") if len(s.split(".")[1]) > 2 else s
        if "." in s and len(s.split(".")[1]) < 2:
            s = s + "0" * (2 - len(s.split(".")[1]))
    else:
        s += ".00"
    return s


def L(p, n, q=None, price=None, date=None, sched=None):
    ln = p["lines"][n - 1]
    assert ln["line"] == n
    q = ln["quantity"] if q is None else q
    price = ln["unit_price"] if price is None else price_str(price)
    if sched:
        sched = sorted(({"quantity": a, "date": b} for a, b in sched), key=lambda s: s["date"])
        assert sum(s["quantity"] for s in sched) == q, (sched, q)
        if date is None:
            date = sched[-1]["date"]
        assert date == sched[-1]["date"]
    date = ln["requested_date"] if date is None else date
    dt.date.fromisoformat(date)
    if not sched and q == ln["quantity"] and D(price) == D(ln["unit_price"]) and date == ln["requested_date"]:
        return {"status": "accepted", "quantity": q, "unit_price": ln["unit_price"], "date": date}
    out = {"status": "changed", "quantity": q, "unit_price": price, "date": date}
    if sched:
        out["schedule"] = sched
    return out


def conf(notes, *answers):
    """answers: (po, {line_no: label})"""
    cs = []
    for p, labels in answers:
        assert sorted(labels) == [l["line"] for l in p["lines"]], (p["po_number"], labels)
        cs.append({"po_number": p["po_number"], "lines": {str(k): labels[k] for k in sorted(labels)}})
    return {"kind": "confirmation", "confirmations": cs, "notes": notes}


def other(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------- dates / ids
def wk(year, week, day=5):
    return dt.date.fromisocalendar(year, week, day).isoformat()


def mdate(s):
    """'2026-11-12T10:41:07+01:00' -> RFC 5322 date"""
    return format_datetime(dt.datetime.fromisoformat(s))


def h(slug, n=12, salt=""):
    return hashlib.sha1((slug + salt).encode()).hexdigest()[:n]


def msgid(slug, client, domain):
    x = hashlib.sha1(slug.encode()).hexdigest().upper()
    if client == "outlook":
        return "<%s%s@%s.eurprd%s.prod.outlook.com>" % ("DB9PR0%sMB%s" % (x[0:1], x[1:5]), x[5:25], "DB9PR0%sMB%s" % (x[0:1], x[1:5]), "%02d" % (int(x[25:27], 16) % 10))
    if client == "gmail":
        return "<CA%s+%s@mail.gmail.com>" % (x[:10].lower() + "Xq", x[10:36].lower())
    if client == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)
    if client == "thunderbird":
        xl = x.lower()
        return "<%s-%s-%s-%s-%s@%s>" % (xl[:8], xl[8:12], xl[12:16], xl[16:20], xl[20:32], domain)
    return "<%s.%s@%s>" % (x[:16].lower(), x[16:24].lower(), domain)


def boundary(slug, n=0, style="outlook"):
    x = hashlib.sha1(("%s/%d" % (slug, n)).encode()).hexdigest()
    if style == "outlook":
        return "_%03d_%s%s_" % (n, x[:16].upper(), x[16:24].upper())
    if style == "gmail":
        return "0000000000" + x[:18]
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(), x[20:32].upper())
    if style == "thunderbird":
        return "------------" + x[:24]
    return "----=_Part_%d_%s.%s" % (n, int(x[:8], 16), int(x[8:20], 16))


# ---------------------------------------------------------------- our request
def fmt_day(iso):
    d = dt.date.fromisoformat(iso)
    return d.strftime("%d-%b-%Y")


def fmt_money(v):
    v = D(v)
    q = v.quantize(Decimal("0.01")) if v == v.quantize(Decimal("0.01")) else v
    s = "{:,}".format(q)
    return s


def request_subject(p):
    return "Order acknowledgement request - PO %s" % p["po_number"]


def request_table(p):
    fmt = "%-3s  %-14s  %-44s  %6s  %-4s  %10s  %s"
    rows = [fmt % ("Pos", "Item", "Description", "Qty", "UoM", "Unit price", "Requested"),
            fmt % ("---", "-" * 14, "-" * 44, "-" * 6, "-" * 4, "-" * 10, "-" * 11)]
    for l in p["lines"]:
        rows.append("%-3d  %-14s  %-44s  %6d  %-4s  %10s  %s" % (
            l["line"], l["item"], l["description"][:44], l["quantity"], l["uom"],
            fmt_money(l["unit_price"]), fmt_day(l["requested_date"])))
    return rows


def request_text(p):
    bn, be = p["buyer"]["name"], p["buyer"]["email"]
    t = ["Dear %s team," % p["supplier"]["name"], "",
         "please find below our purchase order %s of %s. Kindly confirm quantities," % (p["po_number"], fmt_day(p["issued"])),
         "unit prices and delivery dates by return mail.", "",
         "PO %s - currency %s - delivery DAP Rotterdam (Incoterms 2020)" % (p["po_number"], p["currency"]), ""]
    t += request_table(p)
    t += ["", "Please quote our PO number on all documents.", "", "Best regards",
          bn, "Purchasing | %s" % BUYER_CO, "Waalhaven Z.z. 44, 3089 JH Rotterdam, The Netherlands",
          "T +31 10 555 0142 | %s" % be]
    return "\n".join(t) + "\n"


def request_html(p):
    e = _html.escape
    rows = "".join(
        "<tr><td>%d</td><td>%s</td><td>%s</td><td align=\"right\">%d</td><td>%s</td>"
        "<td align=\"right\">%s</td><td>%s</td></tr>" % (
            l["line"], e(l["item"]), e(l["description"]), l["quantity"], l["uom"],
            fmt_money(l["unit_price"]), fmt_day(l["requested_date"])) for l in p["lines"])
    return ("<p>Dear %s team,</p><p>please find below our purchase order %s of %s. Kindly confirm quantities, "
            "unit prices and delivery dates by return mail.</p><p>PO %s - currency %s - delivery DAP Rotterdam (Incoterms 2020)</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>Pos</th><th>Item</th><th>Description</th>"
            "<th>Qty</th><th>UoM</th><th>Unit price</th><th>Requested</th></tr>%s</table>"
            "<p>Please quote our PO number on all documents.</p><p>Best regards<br>%s<br>Purchasing | %s<br>"
            "Waalhaven Z.z. 44, 3089 JH Rotterdam, The Netherlands<br>T +31 10 555 0142 | %s</p>" % (
                e(p["supplier"]["name"]), e(p["po_number"]), fmt_day(p["issued"]), e(p["po_number"]),
                p["currency"], rows, e(p["buyer"]["name"]), BUYER_CO, e(p["buyer"]["email"])))


def request_dt(p):
    return dt.datetime.fromisoformat(p["issued"] + "T09:14:22+01:00")


def request_eml(p, slug):
    """The original request as we sent it (used inside bounces)."""
    bn, be = p["buyer"]["name"], p["buyer"]["email"]
    hdr = [("From", addr(bn, be)), ("To", addr(p["supplier"]["name"], p["supplier"]["email"])),
           ("Subject", request_subject(p)), ("Date", format_datetime(request_dt(p))),
           ("Message-ID", p.get("request_message_id", "<po-%s@%s>" % (p["po_number"].lower(), BUYER_DOM))),
           ("X-Mailer", "Halvard P2P 4.2")]
    root = Multi("alternative", [Part("text/plain", request_text(p), "utf-8", "quoted-printable"),
                                 Part("text/html", "<html><body>%s</body></html>" % request_html(p), "utf-8", "quoted-printable")],
                 boundary("req-" + slug, 0, "java"))
    return message(hdr, root)


# ---------------------------------------------------------------- quoting
OL_LABELS = {
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pt": ("De", "Enviado", "Para", "Assunto"), "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"), "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"), "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"), "nb": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"), "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"), "ru": ("От", "Отправлено", "Кому", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Тема"), "bg": ("От", "Изпратено", "До", "Относно"),
    "ja": ("差出人", "送信日時", "宛先", "件名"), "zh": ("发件人", "发送时间", "收件人", "主题"),
    "zt": ("寄件者", "寄件日期", "收件者", "主旨"), "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet"), "sl": ("Od", "Poslano", "Za", "Zadeva"),
    "ro": ("De la", "Trimis", "Către", "Subiect"), "et": ("Saatja", "Saadetud", "Adressaat", "Teema"),
    "lv": ("No", "Nosūtīts", "Kam", "Tēma"), "lt": ("Nuo", "Išsiųsta", "Kam", "Tema"),
}

WROTE = {
    "en": "On {d}, {n} <{e}> wrote:", "de": "Am {d} schrieb {n} <{e}>:",
    "fr": "Le {d}, {n} <{e}> a écrit :", "es": "El {d}, {n} (<{e}>) escribió:",
    "it": "Il giorno {d} {n} <{e}> ha scritto:", "pt": "Em {d}, {n} <{e}> escreveu:",
    "nl": "Op {d} schreef {n} <{e}>:", "sv": "Den {d} skrev {n} <{e}>:",
    "nb": "{d} skrev {n} <{e}>:", "da": "Den {d} skrev {n} <{e}>:",
}


def ol_quote(p, lang="en", datefmt=None, prefix=""):
    f, s, t, sub = OL_LABELS.get(lang, OL_LABELS["en"])
    d = request_dt(p)
    ds = datefmt or d.strftime("%A, %d %B %Y %H:%M")
    return ("%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s%s\n\n" % (
        f, p["buyer"]["name"], p["buyer"]["email"], s, ds, t, p["supplier"]["email"], sub, prefix,
        request_subject(p))) + request_text(p)


def attribution(p, lang="en", datefmt=None):
    d = request_dt(p)
    ds = datefmt or d.strftime("%a, %d %b %Y at %H:%M")
    return WROTE.get(lang, WROTE["en"]).format(d=ds, n=p["buyer"]["name"], e=p["buyer"]["email"])


def gt_quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


# ---------------------------------------------------------------- html
def esc(s):
    return _html.escape(s, quote=False)


def paras_html(text, tag="p", cls=""):
    out = []
    for block in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(esc(l) for l in block.split("\n"))
        out.append("<%s%s>%s</%s>" % (tag, (' class="%s"' % cls) if cls else "", inner, tag))
    return "\n".join(out)


def html_doc(client, body_text, p=None, lang="en", charset="utf-8", quote_hdr=None, extra_html="", olfmt=None):
    """Build the HTML alternative a given client would send."""
    q = request_html(p) if p is not None else ""
    if client == "outlook":
        f, s, t, sub = OL_LABELS.get(lang, OL_LABELS["en"])
        qh = ""
        if p is not None:
            d = olfmt or request_dt(p).strftime("%A, %d %B %Y %H:%M")
            qh = ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
                  "<p class=\"MsoNormal\"><b>%s:</b> %s &lt;%s&gt; <br><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s</p></div>" % (
                      f, esc(p["buyer"]["name"]), p["buyer"]["email"], s, esc(d), t, p["supplier"]["email"], sub,
                      esc(request_subject(p))))
        return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
                "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n"
                "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
                "<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style></head>\n"
                "<body lang=\"%s\" link=\"#0563C1\" vlink=\"#954F72\"><div class=\"WordSection1\">\n%s\n%s\n%s\n%s</div></body></html>\n" % (
                    charset, lang.upper(), paras_html(body_text, "p", "MsoNormal"), extra_html, qh, q))
    if client == "gmail":
        att = esc(attribution(p, lang)) if p is not None else ""
        qb = ("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>"
              "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>" % (att, q)) if p is not None else ""
        return "<div dir=\"ltr\">%s%s</div>%s\n" % (paras_html(body_text, "div"), extra_html, qb)
    if client == "apple":
        att = esc(attribution(p, lang)) if p is not None else ""
        qb = ("<div><br><blockquote type=\"cite\"><div>%s</div><br><div>%s</div></blockquote></div>" % (att, q)) if p is not None else ""
        return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=%s\"></head>"
                "<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
                "%s%s%s</body></html>\n" % (charset, paras_html(body_text, "div"), extra_html, qb))
    # thunderbird and generic
    att = esc(attribution(p, lang)) if p is not None else ""
    qb = ("<div class=\"moz-cite-prefix\">%s<br></div><blockquote type=\"cite\" cite=\"mid:%s\">%s</blockquote>" % (
        att, esc(p.get("request_message_id", "")[1:-1]), q)) if p is not None else ""
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>"
            "<body>%s%s\n%s</body></html>\n" % (charset, paras_html(body_text, "p"), extra_html, qb))


CLIENT_HDR = {
    "outlook": [("X-MS-Has-Attach", "{att}"), ("X-MS-TNEF-Correlator", ""), ("Thread-Topic", "{topic}"),
                ("Thread-Index", "AdtU{ti}=="), ("Content-Language", "{lang}"), ("X-Mailer", "Microsoft Outlook 16.0")],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "{lang}")],
}


def reply(pos, slug, *, frm, date, body, client="outlook", lang="en", locale="en-GB", charset="utf-8",
          cte="quoted-printable", html=True, html_only=False, quote="bottom", attachments=(),
          subject=None, prefix="RE: ", thread=True, to=None, cc=None, extra=(), olfmt=None,
          wrote_fmt=None, hcs=None, html_extra="", quote_prefix="", refs=None, text_override=None,
          html_override=None):
    """Generic supplier reply. pos: the PO whose request is quoted (or a list, first quoted)."""
    p = pos[0] if isinstance(pos, list) else pos
    exchange = client == "exchange"
    if exchange:
        client = "outlook"
    fname, femail = frm
    domain = femail.split("@")[1]
    hcs = hcs or ("iso-8859-1" if charset.lower().startswith(("iso-8859-1", "windows-1252")) and False else charset)
    subj = subject if subject is not None else prefix + request_subject(p)
    text = body.rstrip("\n") + "\n"
    qp = p if quote != "none" else None
    if quote == "top":
        text = attribution(p, lang, wrote_fmt) + "\n" + gt_quote(request_text(p)) + "\n" + text
    elif quote == "bottom":
        if client == "outlook":
            text += "\n" + ("_" * 32 if lang not in ("en",) else "-----Original Message-----") + "\n" + \
                ol_quote(p, lang, olfmt, quote_prefix)
        else:
            text += "\n" + attribution(p, lang, wrote_fmt) + "\n" + gt_quote(request_text(p))
    if text_override is not None:
        text = text_override
    htxt = html_override if html_override is not None else html_doc("apple" if client == "iphone" else client, body, qp, lang if lang in OL_LABELS else "en",
                    charset, extra_html=html_extra, olfmt=olfmt)
    slugb = lambda n: boundary(slug, n, {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "iphone": "apple",
                                         "thunderbird": "thunderbird"}.get(client, "java"))
    if html_only:
        root = Part("text/html", htxt, charset, cte)
    elif html:
        root = Multi("alternative", [Part("text/plain", text, charset, cte, ctparams=[("format", "flowed")] if client in ("apple", "thunderbird", "iphone") and cte != "base64" and False else []),
                                     Part("text/html", htxt, charset, cte)], slugb(0))
    else:
        root = Part("text/plain", text, charset, cte,
                    ctparams=[("format", "flowed")] if client == "thunderbird" and cte == "8bit" else [])
    if attachments:
        root = Multi("mixed", [root] + list(attachments), slugb(1))
    hdr = [("From", addr(fname, femail, hcs)),
           ("To", addr(p["buyer"]["name"], p["buyer"]["email"], "utf-8"))]
    if cc:
        hdr.append(("Cc", cc))
    hdr += [("Subject", ew(subj, hcs)), ("Date", mdate(date)), ("Message-ID", msgid(slug, client, domain))]
    if thread and p.get("request_message_id"):
        hdr += [("In-Reply-To", p["request_message_id"]), ("References", refs or p["request_message_id"])]
    for k, v in ([] if exchange else CLIENT_HDR.get(client, [])):
        v = v.format(att="yes" if attachments else "no", topic=ew(request_subject(p), hcs),
                     ti=h(slug, 24).upper(), lang=locale)
        if v == "" and k == "X-MS-TNEF-Correlator":
            continue
        hdr.append((k, v))
    hdr += list(extra)
    return message(hdr, root)


def attach(data, ctype, filename, cte="base64"):
    return Part(ctype, data, None, cte, filename=filename, disp="attachment")


def text_attach(text, ctype, filename, charset):
    return Part(ctype, text, charset, "base64", filename=filename, disp="attachment")


def inline_quote(p, answers, marker="> "):
    """Our request quoted with '> ', the supplier's answer typed under each PO line row."""
    out = []
    rows = request_text(p).rstrip("\n").split("\n")
    items = {l["line"]: l["item"] for l in p["lines"]}
    for r in rows:
        out.append((marker + r) if r else marker.rstrip())
        for n, it in items.items():
            if r.startswith("%-3d  %s " % (n, it)) and n in answers:
                out.append(answers[n])
    return "\n".join(out) + "\n"
