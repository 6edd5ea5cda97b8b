"""Registry, PO / label helpers and the buyer's original request text."""
import datetime as dt
import html as _html
from decimal import Decimal

from . import mime

REG = []  # (slug, "kind/locale", what makes it hard, builder)


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


BUYER_DOMAIN = "kestrel-supply.example"
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@kestrel-supply.example"),
    "tomasz": ("Tomasz Nowicki", "tomasz.nowicki@kestrel-supply.example"),
    "ingrid": ("Ingrid Salo", "ingrid.salo@kestrel-supply.example"),
    "marcus": ("Marcus Obi", "marcus.obi@kestrel-supply.example"),
    "helen": ("Helen Park", "helen.park@kestrel-supply.example"),
    "lucia": ("Lucia Ferrante", "lucia.ferrante@kestrel-supply.example"),
}
PHONES = {"dana": "+31 10 555 0142", "tomasz": "+31 10 555 0177", "ingrid": "+31 10 555 0163",
          "marcus": "+31 10 555 0120", "helen": "+31 10 555 0158", "lucia": "+31 10 555 0185"}


def S(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(item, desc, qty, uom, price, date):
    return (item, desc, qty, uom, price, date)


def PO(num, sup, buyer, cur, issued, lines, reqid=True):
    b = BUYERS[buyer]
    po = {"po_number": num, "supplier": sup, "buyer": {"name": b[0], "email": b[1]}, "currency": cur,
          "issued": issued}
    if reqid:
        po["request_message_id"] = "<po-%s.%s@%s>" % (num.lower().replace("/", "-"), issued.replace("-", ""), BUYER_DOMAIN)
    po["lines"] = [{"line": i, "item": it, "description": de, "quantity": q, "uom": u, "unit_price": p,
                    "requested_date": d} for i, (it, de, q, u, p, d) in enumerate(lines, 1)]
    po["_buyer_key"] = buyer
    return po


def clean(po):
    return {k: v for k, v in po.items() if not k.startswith("_")}


class C:
    """A changed line: anything left None keeps the PO value."""

    def __init__(self, q=None, p=None, d=None, s=None):
        self.q, self.p, self.d, self.s = q, p, d, s


def conf(po, spec):
    out = {}
    for ln in po["lines"]:
        n = ln["line"]
        v = spec.get(n, "U")
        if v == "A":
            out[str(n)] = {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
                           "date": ln["requested_date"]}
        elif v == "R":
            out[str(n)] = {"status": "rejected"}
        elif v == "U":
            out[str(n)] = {"status": "unconfirmed"}
        else:
            q = v.q if v.q is not None else ln["quantity"]
            p = v.p if v.p is not None else ln["unit_price"]
            d = v.d
            if d is None:
                d = max(x[1] for x in v.s) if v.s else ln["requested_date"]
            e = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
            if v.s:
                assert sum(x[0] for x in v.s) == q, (po["po_number"], n, "schedule sum")
                assert max(x[1] for x in v.s) == d
                e["schedule"] = [{"quantity": a, "date": b} for a, b in v.s]
            else:
                assert (q, Decimal(p), d) != (ln["quantity"], Decimal(ln["unit_price"]), ln["requested_date"]), \
                    (po["po_number"], n, "changed equals PO")
            dt.date.fromisoformat(d)
            out[str(n)] = e
    for k in spec:
        assert any(ln["line"] == k for ln in po["lines"]), (po["po_number"], k)
    return {"po_number": po["po_number"], "lines": out}


def E(kind, notes, *confs):
    e = {"kind": kind}
    if kind == "confirmation":
        assert confs
        e["confirmations"] = list(confs)
    else:
        assert not confs
    e["notes"] = notes
    return e


WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def wd(iso, name):
    """Assert that the weekday written in a text matches the date."""
    assert WD[dt.date.fromisoformat(iso).weekday()] == name, (iso, name)


# --------------------------------------------------------------------------
# the buyer's original request
# --------------------------------------------------------------------------

DELIVERY = "Kestrel Supply Group, Distribution Centre, Waalhaven Z.z. 41, 3089 JH Rotterdam, Netherlands"


def req_subject(po):
    return "Order confirmation request - PO %s" % po["po_number"]


def req_date(po):
    d = dt.date.fromisoformat(po["issued"])
    return dt.datetime(d.year, d.month, d.day, 9, 14, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def req_text(po):
    b = po["buyer"]
    rows = [("Pos", "Item", "Description", "Qty", "UoM", "Unit price", "Req. date")]
    for ln in po["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     "%s %s" % (ln["unit_price"], po["currency"]), ln["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    table = "\n".join("  ".join(c.ljust(w[i]) if i not in (3, 5) else c.rjust(w[i]) for i, c in enumerate(r)).rstrip()
                      for r in rows)
    key = po["_buyer_key"]
    return ("Dear %s team,\n\n"
            "please confirm our purchase order %s of %s (quantities, unit prices and delivery dates) by return mail.\n\n"
            "%s\n\n%s"
            "Prices in %s, per unit of measure shown. Requested date = delivery at our site.\n"
            "Delivery address: %s\n\n"
            "Kind regards\n%s\nPurchasing | Kestrel Supply Group\nTel. %s\n"
            % (po["supplier"]["name"], po["po_number"], po["issued"], table,
               (po["_note"] + "\n\n") if po.get("_note") else "", po["currency"], DELIVERY, b["name"],
               PHONES[key]))


def req_html(po):
    b = po["buyer"]
    esc = _html.escape
    trs = "".join(
        "<tr><td>%d</td><td>%s</td><td>%s</td><td align=\"right\">%d</td><td>%s</td><td align=\"right\">%s %s</td><td>%s</td></tr>"
        % (ln["line"], esc(ln["item"]), esc(ln["description"]), ln["quantity"], ln["uom"], ln["unit_price"],
           po["currency"], ln["requested_date"]) for ln in po["lines"])
    return ("<p>Dear %s team,</p><p>please confirm our purchase order %s of %s (quantities, unit prices and delivery dates) by return mail.</p>"
            "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>Pos</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Req. date</th></tr>%s</table>"
            "<p>Prices in %s, per unit of measure shown. Requested date = delivery at our site.<br>Delivery address: %s</p>"
            "<p>Kind regards<br>%s<br>Purchasing | Kestrel Supply Group<br>Tel. %s</p>"
            % (esc(po["supplier"]["name"]), po["po_number"], po["issued"], trs, po["currency"], esc(DELIVERY),
               esc(b["name"]), PHONES[po["_buyer_key"]]))


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Oggetto"), "es": ("De", "Enviado el", "Para", "Asunto"),
    "pt": ("De", "Enviada em", "Para", "Assunto"), "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"), "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"), "nb": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"), "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Subiect"), "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "ru": ("От", "Отправлено", "Кому", "Тема"), "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"),
    "ja": ("差出人", "送信日時", "宛先", "件名"), "zh": ("发件人", "发送时间", "收件人", "主题"),
    "sk": ("Od", "Odoslané", "Komu", "Predmet"), "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Zadeva"), "bg": ("От", "Изпратено", "До", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Тема"), "lt": ("Nuo", "Išsiųsta", "Kam", "Tema"),
    "lv": ("No", "Nosūtīts", "Kam", "Tēma"), "et": ("Saatja", "Saadetud", "Adressaat", "Teema"),
}


def sent_str(po):
    d = req_date(po)
    return "%s, %s %d, %d 9:14 AM" % (["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][d.weekday()],
                                      ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                       "October", "November", "December"][d.month - 1], d.day, d.year)


def gdate(po):
    d = req_date(po)
    return "%s, %d %s %d at %02d:%02d" % (WD[d.weekday()], d.day, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                                                   "Sep", "Oct", "Nov", "Dec"][d.month - 1], d.year, d.hour, d.minute)


def quote_text(po, style, lang="en", attribution=None):
    t = req_text(po)
    b = po["buyer"]
    if style == "outlook":
        f, s, to, sub = OUTLOOK_LABELS.get(lang, OUTLOOK_LABELS["en"])
        sp = " " if lang == "fr" else ""
        return ("\n\n________________________________\n%s%s: %s <%s>\n%s%s: %s\n%s%s: %s\n%s%s: %s\n\n%s"
                % (f, sp, b["name"], b["email"], s, sp, sent_str(po), to, sp, po["supplier"]["email"], sub, sp,
                   req_subject(po), t))
    if style == "gmail":
        att = attribution or "On %s, %s <%s> wrote:" % (gdate(po), b["name"], b["email"])
        return "\n\n" + att + "\n" + "\n".join(("> " + x) if x else ">" for x in t.rstrip("\n").split("\n")) + "\n"
    if style == "none":
        return ""
    raise ValueError(style)


def quote_html(po, style, lang="en", attribution=None):
    b = po["buyer"]
    esc = _html.escape
    if style == "outlook":
        f, s, to, sub = OUTLOOK_LABELS.get(lang, OUTLOOK_LABELS["en"])
        sp = " " if lang == "fr" else ""
        return ("<hr style=\"display:inline-block;width:98%%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
                "<b>%s%s:</b> %s &lt;%s&gt;<br><b>%s%s:</b> %s<br><b>%s%s:</b> %s<br><b>%s%s:</b> %s</font><div>&nbsp;</div></div><div>%s</div>"
                % (esc(f), sp, esc(b["name"]), b["email"], esc(s), sp, sent_str(po), esc(to), sp, po["supplier"]["email"],
                   esc(sub), sp, esc(req_subject(po)), req_html(po)))
    if style == "gmail":
        att = attribution or "On %s, %s &lt;%s&gt; wrote:" % (gdate(po), esc(b["name"]), b["email"])
        return ("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>"
                "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>"
                % (esc(att) if attribution else att, req_html(po)))
    return ""


def text2html(t):
    paras = t.strip("\n").split("\n\n")
    return "".join("<p>%s</p>" % "<br>\n".join(_html.escape(x) for x in p.split("\n")) for p in paras)


# --------------------------------------------------------------------------
# assembling a reply
# --------------------------------------------------------------------------

CLIENT_HDRS = {
    "outlook": [("X-Mailer", None)],
}


def reply(slug, po, frm, body, date, client="outlook", cs="utf-8", cte="quoted-printable", quote="outlook", lang="en",
          attribution=None, html=None, html_only=False, text_only=False, attachments=(), subject=None, to=None, cc=(),
          threaded=True, extra=(), refs=None, flowed=False, html_cs=None, html_cte=None, content_lang=None,
          hdr_cs=None, quote_above=False, msgid_domain=None):
    """Build a reply mail. frm = (name, email); date = (y, m, d, h, mi, tzmin)."""
    hdr_cs = hdr_cs or cs
    html_cs = html_cs or cs
    html_cte = html_cte or cte
    buyer = po["buyer"] if po else {"name": BUYERS["dana"][0], "email": BUYERS["dana"][1]}
    to = to or (buyer["name"], buyer["email"])
    dom = msgid_domain or frm[1].split("@")[1]
    style = {"iphone": "apple", "android": "gmail", "erp": "erp", "webmail": "erp"}.get(client, client)
    qt = quote_text(po, quote, lang, attribution) if po else ""
    full_text = (qt.lstrip("\n") + "\n" + body) if quote_above else (body + qt)
    parts = []
    if not html_only:
        parts.append(mime.text(full_text, "plain", cs, cte, flowed=flowed))
    if not text_only:
        hb = html if html is not None else text2html(body)
        qh = quote_html(po, quote, lang, attribution) if po else ""
        inner = (qh + hb) if quote_above else (hb + qh)
        if client == "outlook":
            doc = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">"
                   "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif}</style></head>"
                   "<body lang=\"%s\" link=\"#0563C1\" vlink=\"#954F72\"><div class=\"WordSection1\">%s</div></body></html>"
                   % (html_cs, (content_lang or "EN-GB").upper(), inner))
        elif client in ("gmail", "android"):
            doc = "<div dir=\"ltr\">%s</div>" % inner
        elif client in ("apple", "iphone"):
            doc = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=%s\"></head>"
                   "<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">%s</body></html>" % (html_cs, inner))
        else:
            doc = ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head><body>%s</body></html>"
                   % (html_cs, inner))
        parts.append(mime.text(doc, "html", html_cs, html_cte))
    if len(parts) == 2:
        body_part = mime.multipart("alternative", parts, mime.boundary(slug, style, 1))
    else:
        body_part = parts[0]
    if attachments:
        body_part = mime.multipart("mixed", [body_part] + list(attachments), mime.boundary(slug, style, 0))
    subj = subject if subject is not None else "RE: " + req_subject(po)
    mid = mime.msgid(slug, style, dom)
    H = []
    fr = mime.addr(frm[0], frm[1], hdr_cs)
    tos = mime.addr(to[0], to[1], hdr_cs)
    ccs = ", ".join(mime.addr(n, e, hdr_cs) for n, e in cc)
    rid = po.get("request_message_id") if po else None
    refs_v = refs if refs is not None else rid
    when = mime.rfcdate(*date)
    if client == "outlook":
        H += [("From", fr), ("To", tos)]
        if ccs:
            H.append(("CC", ccs))
        H += [("Subject", mime.ew(subj, hdr_cs)), ("Thread-Topic", mime.ew(subj.split(": ", 1)[-1], hdr_cs)),
              ("Thread-Index", "AQH" + mime.h(slug, 26, "ti").upper() + "=="), ("Date", when), ("Message-ID", mid)]
        if threaded and rid:
            H += [("References", refs_v), ("In-Reply-To", rid)]
        H += [("Accept-Language", (content_lang or "en-GB") + ", en-US"), ("Content-Language", content_lang or "en-GB"),
              ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
        H = [x for x in H if x[1] != "" or x[0].startswith("X-MS")]
    else:
        H.append(("MIME-Version", "1.0")) if client in ("gmail", "android") else None
        if threaded and rid:
            H += [("References", refs_v), ("In-Reply-To", rid)]
        H += [("From", fr), ("Date", when), ("Message-ID", mid), ("Subject", mime.ew(subj, hdr_cs)), ("To", tos)]
        if ccs:
            H.append(("Cc", ccs))
        if client in ("apple", "iphone"):
            H.append(("X-Mailer", "iPhone Mail (22B91)" if client == "iphone" else "Apple Mail (2.3826.300.87.4.3)"))
        elif client == "thunderbird":
            H.append(("User-Agent", "Mozilla Thunderbird"))
            H.append(("Content-Language", content_lang or "en-GB"))
        elif client == "webmail":
            H.append(("User-Agent", "Roundcube Webmail/1.6.9"))
        elif client == "erp":
            pass
    H += list(extra)
    H = [(n, v if v != "" else "") for n, v in H]
    tophdr = []
    for n, v in H:
        tophdr.append((n, v) if v != "" else (n, ""))
    # body part headers go on top level
    ctype_hdrs = body_part.headers
    body_part.headers = []
    final = [(n, v) for n, v in tophdr if v != ""] + ([("X-MS-Has-Attach", "")] if False else [])
    if client not in ("gmail", "android"):
        final.append(("MIME-Version", "1.0"))
    final += ctype_hdrs
    return _assemble(final, body_part)


def _assemble(headers, body_part):
    top = "\n".join(mime.fold(n, v) for n, v in headers).encode("ascii")
    rendered = body_part.render()  # starts with "\n\n" after the (now empty) part header block
    assert rendered.startswith(b"\n\n")
    data = top + rendered
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def assemble(headers, body_part):
    ctype_hdrs = body_part.headers
    body_part.headers = []
    return _assemble(list(headers) + [("MIME-Version", "1.0")] + ctype_hdrs, body_part)


def pdfdate(y, m, d, h=9, mi=0, tz="+01'00'"):
    return "D:%04d%02d%02d%02d%02d00%s" % (y, m, d, h, mi, tz)


def request_message(po):
    """The buyer's original request as it left our server (for bounces)."""
    b = po["buyer"]
    hs = [("From", mime.addr(b["name"], b["email"])), ("To", po["supplier"]["email"]), ("Subject", req_subject(po)),
          ("Date", mime.format_datetime(req_date(po))), ("Message-ID", po["request_message_id"]),
          ("MIME-Version", "1.0")]
    t = req_text(po)
    try:
        t.encode("ascii")
        hs += [("Content-Type", 'text/plain; charset="us-ascii"'), ("Content-Transfer-Encoding", "7bit")]
        body = t
    except UnicodeEncodeError:
        hs += [("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "quoted-printable")]
        body = mime.qp(t.encode("utf-8"))
    return ("\n".join(mime.fold(n, v) for n, v in hs) + "\n\n" + body).encode("ascii")


def rfc822_part(po, headers_only=False):
    data = request_message(po)
    if headers_only:
        data = data.split(b"\n\n", 1)[0] + b"\n"
        return mime.raw_part([("Content-Type", "text/rfc822-headers")], data)
    return mime.raw_part([("Content-Type", "message/rfc822")], data)


AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
