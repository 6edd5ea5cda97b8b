"""Registry, PO builders, quoted request text and reply assembly for batch BE."""
import datetime as dt
import html as _html
from decimal import Decimal

from . import mime

REG = []  # (slug, "kind/locale", what makes it hard, builder)


def case(slug, kind_locale, hard):
    def deco(fn):
        REG.append((slug, kind_locale, hard, fn))
        return fn
    return deco


BUYERS = {
    "mara": ("Mara Lindqvist", "mara.lindqvist@kestrel-group.example"),
    "tobias": ("Tobias Feld", "tobias.feld@kestrel-group.example"),
    "priya": ("Priya Natarajan", "priya.natarajan@kestrel-group.example"),
    "sam": ("Sam Okafor", "sam.okafor@harbourline.example"),
    "claire": ("Claire Dubois", "claire.dubois@harbourline.example"),
}
ORGS = {
    "kestrel-group.example": ("Kestrel Group B.V.", "Strategic Purchasing | Kestrel Group B.V.\nEuropaweg 14, 2711 AH Zoetermeer, The Netherlands\nT +31 79 555 0142 | www.kestrel-group.example",
                              "DAP Kestrel central warehouse, Zoetermeer (Incoterms 2020)"),
    "harbourline.example": ("Harbourline Supplies Ltd", "Procurement | Harbourline Supplies Ltd\nUnit 3, Quay Street, Bristol BS1 4DJ, United Kingdom\nT +44 117 496 0381",
                            "DAP Harbourline DC Avonmouth (Incoterms 2020)"),
}
TERMS = {}  # po_number -> delivery terms override


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def mkpo(num, supplier, buyer, cur, issued, lines, req=True, seq=1, terms=None):
    bname, bmail = BUYERS[buyer]
    dom = bmail.split("@")[1]
    po = {"po_number": num, "supplier": supplier, "buyer": {"name": bname, "email": bmail},
          "currency": cur, "issued": issued}
    if req:
        po["request_message_id"] = "<po-%s.%d@%s>" % (num.lower(), seq, dom)
    po["lines"] = []
    for i, (item, desc, qty, uom, price, rdate) in enumerate(lines, 1):
        assert isinstance(qty, int) and qty > 0
        Decimal(price)
        dt.date.fromisoformat(rdate)
        po["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty, "uom": uom,
                            "unit_price": price, "requested_date": rdate})
    if terms:
        TERMS[num] = terms
    return po


def bdomain(po):
    return po["buyer"]["email"].split("@")[1]


# ---------------------------------------------------------------- dates
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WDL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MOL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]


def rdate(stamp, tz):
    """'2026-11-12 10:14:33', '+0100' -> RFC 5322 date with the right weekday."""
    d = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    assert dt.date(2026, 11, 9) <= d.date() <= dt.date(2026, 12, 4), stamp
    return "%s, %d %s %d %02d:%02d:%02d %s" % (WD[d.weekday()], d.day, MO[d.month - 1], d.year, d.hour, d.minute,
                                              d.second, tz)


def kw(year, week, day=5):
    return dt.date.fromisocalendar(year, week, day).isoformat()


def req_time(po):
    d = dt.date.fromisoformat(po["issued"])
    return dt.datetime(d.year, d.month, d.day, 9, 12, 4)


# ---------------------------------------------------------------- our request
def money(p):
    q = Decimal(p)
    s = "{:,.2f}".format(q) if q == q.quantize(Decimal("0.01")) else "{:,}".format(q)
    return s


def req_subject(po):
    if bdomain(po) == "harbourline.example":
        return "Purchase order %s - please confirm" % po["po_number"]
    return "Order acknowledgment request - PO %s" % po["po_number"]


def req_table(po):
    hdr = ["Line", "Item", "Description", "Qty", "UoM", "Unit price", "Req. date"]
    rows = [[str(l["line"]), l["item"], l["description"], "{:,}".format(l["quantity"]), l["uom"],
             "%s %s" % (money(l["unit_price"]), po["currency"]), l["requested_date"]] for l in po["lines"]]
    w = [max(len(r[i]) for r in rows + [hdr]) for i in range(len(hdr))]
    right = {0, 3, 5}

    def fmt(r):
        return "  ".join(c.rjust(w[i]) if i in right else c.ljust(w[i]) for i, c in enumerate(r)).rstrip()
    out = [fmt(hdr), "  ".join("-" * x for x in w)]
    out += [fmt(r) for r in rows]
    return "\n".join(out)


def req_text(po):
    name, sig, terms = ORGS[bdomain(po)]
    terms = TERMS.get(po["po_number"], terms)
    return ("Dear %s team,\n\n"
            "please find below our purchase order %s of %s. Kindly confirm quantity, unit price\n"
            "and delivery date for every line by return e-mail, quoting our PO number.\n\n"
            "%s\n\n"
            "Delivery terms: %s. Payment: 30 days net.\n"
            "Dates are requested delivery dates at our site.\n\n"
            "Kind regards\n%s\n%s\n" % (po["supplier"]["name"], po["po_number"], po["issued"], req_table(po), terms,
                                         po["buyer"]["name"], sig))


def esc(s):
    return _html.escape(s, quote=False)


def req_html(po):
    name, sig, terms = ORGS[bdomain(po)]
    terms = TERMS.get(po["po_number"], terms)
    th = "".join('<th style="border:1px solid #999;padding:2px 6px">%s</th>' % h for h in
                 ["Line", "Item", "Description", "Qty", "UoM", "Unit price", "Req. date"])
    trs = []
    for l in po["lines"]:
        cells = [str(l["line"]), l["item"], l["description"], "{:,}".format(l["quantity"]), l["uom"],
                 "%s %s" % (money(l["unit_price"]), po["currency"]), l["requested_date"]]
        trs.append("<tr>" + "".join('<td style="border:1px solid #999;padding:2px 6px">%s</td>' % esc(c)
                                    for c in cells) + "</tr>")
    return ("<p>Dear %s team,</p>\n<p>please find below our purchase order %s of %s. Kindly confirm quantity, "
            "unit price and delivery date for every line by return e-mail, quoting our PO number.</p>\n"
            '<table style="border-collapse:collapse;font-family:Arial;font-size:10pt">\n<tr>%s</tr>\n%s\n</table>\n'
            "<p>Delivery terms: %s. Payment: 30 days net.<br>\nDates are requested delivery dates at our site.</p>\n"
            "<p>Kind regards<br>\n%s<br>\n%s</p>" % (esc(po["supplier"]["name"]), po["po_number"], po["issued"], th,
                                                     "\n".join(trs), esc(terms), esc(po["buyer"]["name"]),
                                                     "<br>\n".join(esc(x) for x in sig.split("\n"))))


def req_date_hdr(po):
    d = req_time(po)
    return "%s, %d %s %d %02d:%02d:%02d +0100" % (WD[d.weekday()], d.day, MO[d.month - 1], d.year, d.hour,
                                                  d.minute, d.second)


def request_eml(po, to=None):
    """Our original acknowledgment request, as sent (LF line ends, for embedding)."""
    b = po["buyer"]
    bnd = "=_kg_" + mime.hexid("req" + po["po_number"], 24)
    alt = mime.multipart("alternative", [
        mime.text(req_text(po), cte="quoted-printable", charset="utf-8"),
        mime.text("<html><body style=\"font-family:Arial;font-size:10pt\">\n" + req_html(po) + "\n</body></html>",
                  subtype="html", charset="utf-8", cte="quoted-printable")], bnd)
    hs = [("From", mime.addr(b["name"], b["email"])),
          ("To", mime.addr(po["supplier"]["name"], to or po["supplier"]["email"])),
          ("Subject", req_subject(po)), ("Date", req_date_hdr(po)),
          ("Message-ID", po.get("request_message_id") or "<po-%s.0@%s>" % (po["po_number"].lower(), bdomain(po))),
          ("X-Mailer", "Kestrel P2P Mailer 4.2"), ("MIME-Version", "1.0")]
    return mime.message(hs, alt, crlf=False)


# ---------------------------------------------------------------- quoting
OL = {
    "en": ("From", "Sent", "To", "Subject", ": "),
    "de": ("Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("De", "Envoyé", "À", "Objet", " : "),
    "es": ("De", "Enviado el", "Para", "Asunto", ": "),
    "it": ("Da", "Inviato", "A", "Oggetto", ": "),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "pl": ("Od", "Wysłano", "Do", "Temat", ": "),
    "pt": ("De", "Enviada", "Para", "Assunto", ": "),
    "sv": ("Från", "Skickat", "Till", "Ämne", ": "),
    "cs": ("Od", "Odesláno", "Komu", "Předmět", ": "),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy", ": "),
    "da": ("Fra", "Sendt", "Til", "Emne", ": "),
    "nb": ("Fra", "Sendt", "Til", "Emne", ": "),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe", ": "),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu", ": "),
    "ro": ("De la", "Trimis", "Către", "Subiect", ": "),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet", ": "),
    "el": ("Από", "Εστάλη", "Προς", "Θέμα", ": "),
    "ru": ("От", "Отправлено", "Кому", "Тема", ": "),
    "bg": ("От", "Изпратено", "До", "Относно", ": "),
    "sk": ("Od", "Odoslané", "Komu", "Predmet", ": "),
}


def sent_str(po, lang):
    d = req_time(po)
    if lang == "en":
        return "%s, %s %d, %d 9:12 AM" % (WDL[d.weekday()], MOL[d.month - 1], d.day, d.year)
    return "%02d.%02d.%d 09:12" % (d.day, d.month, d.year)


def quoted(po, style, lang="en", attribution=None):
    """Return (text, html) of our request quoted the way the client does it."""
    b = po["buyer"]
    rt = req_text(po)
    rh = req_html(po)
    if style == "none":
        return "", ""
    if style == "outlook":
        f, s, t, sub, sep = OL[lang]
        head = "%s%s%s <%s>\n%s%s%s\n%s%s%s\n%s%s%s" % (f, sep, b["name"], b["email"], s, sep, sent_str(po, lang),
                                                       t, sep, po["supplier"]["email"], sub, sep, req_subject(po))
        txt = "\n\n" + "_" * 32 + "\n" + head + "\n\n" + rt
        hh = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
              '<p class="MsoNormal"><b>%s%s</b>%s &lt;%s&gt;<br>\n<b>%s%s</b>%s<br>\n<b>%s%s</b>%s<br>\n'
              '<b>%s%s</b>%s</p>\n</div>\n%s' % (f, sep, esc(b["name"]), b["email"], s, sep, sent_str(po, lang), t, sep,
                                               po["supplier"]["email"], sub, sep, esc(req_subject(po)), rh))
        return txt, hh
    d = req_time(po)
    if attribution is None:
        if style == "gmail":
            attribution = "On %s, %d %s %d at 09:12, %s <%s> wrote:" % (WD[d.weekday()], d.day, MO[d.month - 1], d.year,
                                                                       b["name"], b["email"])
        else:
            attribution = "On %d %s %d, at 09:12, %s <%s> wrote:" % (d.day, MO[d.month - 1], d.year, b["name"],
                                                                    b["email"])
    q = "\n".join(("> " + x) if x else ">" for x in rt.rstrip("\n").split("\n"))
    txt = "\n\n" + attribution + "\n" + q + "\n"
    if style == "gmail":
        hh = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
              'padding-left:1ex">\n%s\n</blockquote></div>' % (esc(attribution), rh))
    else:
        hh = '<br><div>%s<br></div><blockquote type="cite">\n%s\n</blockquote>' % (esc(attribution), rh)
    return txt, hh


def text_to_html(body, client):
    lines = body.rstrip("\n").split("\n")
    if client == "outlook":
        return "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(l) if l.strip() else
                         '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for l in lines)
    if client == "gmail":
        return "\n".join("<div>%s</div>" % esc(l) if l.strip() else "<div><br></div>" for l in lines)
    return "<br>\n".join(esc(l) for l in lines) + "<br>"


def html_doc(inner, charset, client, lang="EN-GB", rtl=False):
    d = ' dir="rtl"' if rtl else ""
    if client == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"%s>\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (charset, lang, d, inner))
    if client == "gmail":
        return '<div dir="%s">%s</div>\n' % ("rtl" if rtl else "ltr", inner)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body%s style="word-wrap: break-word;">\n%s\n</body></html>\n' % (charset, d, inner))


CLIENT_HDRS = {
    "outlook": [],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.200.121)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "android": [("User-Agent", "Android")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "zimbra": [("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC130 (Win)/10.0.8_GA_4611)")],
    "owa": [],
    "foxmail": [("X-Mailer", "Foxmail 7.2.25.254[cn]")],
}


def ids(client, seed, domain):
    """(message-id, alt boundary, mixed boundary)"""
    h = mime.hexid(seed, 40)
    if client in ("outlook", "owa"):
        host = "%sPR%02dMB%s" % (["AM6", "DB9", "VI1", "PAXP", "GV0", "FR4"][int(h[0], 16) % 6],
                                 int(h[1:3], 16) % 10, str(int(h[3:7], 16) % 9000 + 1000))
        mid = "<%s%s@%s.eurprd%02d.prod.outlook.com>" % (host, h[7:27].upper(), host, int(h[27:29], 16) % 9 + 1)
        return mid, "_000_%s%s_" % (host, h[7:27].upper()), "_004_%s%s_" % (host, h[7:27].upper())
    if client in ("gmail", "android"):
        mid = "<CA%s@mail.gmail.com>" % mime.b64id(seed, 46).replace("_", "+").replace("-", "=")[:46]
        mid = mid.replace("=", "x")
        return mid, "0000000000%s" % h[:18], "0000000000%s" % h[18:36]
    if client in ("apple", "iphone"):
        u = h[:32].upper()
        uu = "%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
        return "<%s@%s>" % (uu, domain), "Apple-Mail=_%s" % uu, "Apple-Mail=_%s" % mime.hexid(seed + "m", 32).upper()
    if client == "thunderbird":
        u = h[:32]
        uu = "%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
        return "<%s@%s>" % (uu, domain), "------------%s" % mime.b64id(seed, 24).replace("-", "0").replace("_", "1"), \
            "------------%s" % mime.b64id(seed + "m", 24).replace("-", "0").replace("_", "1")
    return "<%s.%s@%s>" % (h[:14].upper(), h[14:22], domain), "=_%s" % h[:32], "=_%s" % h[8:40]


def reply(seed, po, frm, date, body, *, client="outlook", charset="utf-8", cte="quoted-printable",
          html=True, html_body=None, quote=None, lang="en", attribution=None, attachments=(), to=None, cc=None,
          thread=True, extra_headers=(), subject=None, prefix="RE: ", hmode="B", html_lang="EN-GB", rtl=False,
          html_cte=None, flowed=False, mid=None, refs=None, top_pad=True):
    """Assemble a supplier reply. frm=(name, address)."""
    dom = frm[1].split("@")[1]
    if quote is None:
        quote = {"outlook": "outlook", "owa": "outlook", "gmail": "gmail", "android": "gmail"}.get(client, "apple")
    qt, qh = quoted(po, quote, lang, attribution)
    mid0, b_alt, b_mix = ids(client, seed, dom)
    mid = mid or mid0
    subj = subject if subject is not None else prefix + req_subject(po)
    text_body = body.rstrip("\n") + "\n" + qt
    parts = []
    params = "; format=flowed" if flowed else ""
    tpart = mime.text(text_body, charset=charset, cte=cte, params=params)
    if html:
        inner = html_body if html_body is not None else text_to_html(body, client)
        hdoc = html_doc(inner + "\n" + qh, charset, client, html_lang, rtl)
        hraw = hdoc.encode(charset, errors="xmlcharrefreplace").decode(charset)
        hpart = mime.text(hraw, subtype="html", charset=charset, cte=html_cte or cte)
        if html == "only":
            core = hpart
        else:
            core = mime.multipart("alternative", [tpart, hpart], b_alt)
    else:
        core = tpart
    if attachments:
        core = mime.multipart("mixed", [core] + list(attachments), b_mix)
    hs = [("From", mime.addr(frm[0], frm[1], charset if charset not in ("us-ascii",) else "utf-8", hmode)),
          ("To", mime.addr(po["buyer"]["name"], to or po["buyer"]["email"]))]
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", mime.enc_header(subj, charset if charset != "us-ascii" else "utf-8", hmode)))
    if client in ("outlook", "owa"):
        topic = subj
        for p in ("RE: ", "AW: ", "SV: ", "Re: ", "R: ", "TR: ", "WG: ", "Odp: ", "VS: ", "RV: ", "Antw: "):
            if topic.startswith(p):
                topic = topic[len(p):]
        hs.append(("Thread-Topic", mime.enc_header(topic, charset if charset != "us-ascii" else "utf-8", hmode)))
        hs.append(("Thread-Index", "AQH" + mime.b64id(seed + "ti", 27) + "=="))
    hs.append(("Date", date))
    hs.append(("Message-ID", mid))
    rid = po.get("request_message_id")
    if thread and rid:
        hs.append(("In-Reply-To", rid))
        hs.append(("References", refs or rid))
    if client in ("outlook", "owa"):
        loc = po["supplier"]["locale"]
        hs += [("Accept-Language", "%s, en-US" % loc if loc != "en-US" else "en-US"),
               ("Content-Language", loc),
               ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    hs += CLIENT_HDRS.get(client, [])
    hs += list(extra_headers)
    hs.append(("MIME-Version", "1.0"))
    return mime.message(hs, core)


# ---------------------------------------------------------------- labels
def L(po, n):
    return po["lines"][n - 1]


def A(po, n):
    l = L(po, n)
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"], "date": l["requested_date"]}


def C(po, n, q=None, p=None, d=None, sched=None):
    l = L(po, n)
    out = {"status": "changed", "quantity": q if q is not None else l["quantity"],
           "unit_price": p if p is not None else l["unit_price"], "date": d if d is not None else l["requested_date"]}
    if sched:
        out["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
        assert sum(a for a, _ in sched) == out["quantity"], (po["po_number"], n)
        assert max(b for _, b in sched) == out["date"], (po["po_number"], n)
    else:
        assert (out["quantity"], Decimal(out["unit_price"]), out["date"]) != (
            l["quantity"], Decimal(l["unit_price"]), l["requested_date"]), (po["po_number"], n)
    return out


R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def conf(*entries, notes=None):
    """entries: (po, {line: label}) ; every line of the PO must be given."""
    cs = []
    for po, lab in entries:
        assert sorted(lab) == [l["line"] for l in po["lines"]], po["po_number"]
        cs.append({"po_number": po["po_number"], "lines": {str(k): dict(v) for k, v in sorted(lab.items())}})
    out = {"kind": "confirmation", "confirmations": cs}
    if notes:
        out["notes"] = notes
    return out


def allacc(po):
    return {l["line"]: A(po, l["line"]) for l in po["lines"]}


def other(kind, notes=None):
    out = {"kind": kind}
    if notes:
        out["notes"] = notes
    return out


def attr(po, tmpl, wds=None, mons=None):
    """Localised 'On ... wrote:' line for the request of po."""
    d = req_time(po)
    b = po["buyer"]
    return tmpl.format(wd=(wds or WD)[d.weekday()], d=d.day, m=d.month, mm="%02d" % d.month, y=d.year,
                       yy=d.year % 100, mon=(mons or MO)[d.month - 1], name=b["name"], email=b["email"])


def build(slug, pos, frm, date, body, exp, po=None, **kw):
    eml = reply(slug, po or pos[0], frm, date, body, **kw)
    return pos, eml, exp


def auto_hdrs(kind="auto-replied"):
    return [("Auto-Submitted", kind), ("X-Auto-Response-Suppress", "All")]
