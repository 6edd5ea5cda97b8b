"""Registry, PO/label helpers and a mail-client style reply builder."""
import datetime as dt
from decimal import Decimal
from email.utils import format_datetime
from html import escape

from . import mime as M

REG = []  # (slug, "kind/locale", "what makes it hard", builder)


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


# ---------------------------------------------------------------- buyers
# key: (company, contact, email, tz, address, phone)
BUYERS = {
    "bee": ("Lindqvist Apiaries AB", "Marta Holm", "marta.holm@lindqvist-apiaries.example", "+0100",
            "Kungsgatan 48, 753 21 Uppsala, Sweden", "+46 18 555 0142"),
    "grease": ("Rivercity Tramways Ltd", "Owen Pratt", "owen.pratt@rivercity-trams.example", "+0000",
               "Depot Road 12, Sheffield S9 3RP, United Kingdom", "+44 114 496 0183"),
    "dental": ("Brightsmile Dental Equipment GmbH", "Nadia Keller", "n.keller@brightsmile-dental.example", "+0100",
               "Industriestr. 21, 70565 Stuttgart, Germany", "+49 711 555 2040"),
    "curl": ("Glenmore Ice Sports Ltd", "Fiona Reid", "fiona.reid@glenmore-ice.example", "+0000",
             "Rink Lane 3, Perth PH1 5XB, United Kingdom", "+44 1738 555 211"),
    "saffron": ("Casa Ambra Foods S.r.l.", "Luca Ferri", "l.ferri@casa-ambra.example", "+0100",
                "Via dei Mercanti 18, 40121 Bologna, Italy", "+39 051 555 7734"),
    "cable": ("Tidelink Offshore B.V.", "Erik Vos", "erik.vos@tidelink-offshore.example", "+0100",
              "Havenweg 40, 1976 AB IJmuiden, Netherlands", "+31 255 555 880"),
    "puppet": ("Marionette Works Ltd", "Clara Bloom", "clara.bloom@marionette-works.example", "+0000",
               "7 Playhouse Yard, Bristol BS1 4QA, United Kingdom", "+44 117 496 0755"),
    "insole": ("Stridewell Clinics GmbH", "Priya Nair", "priya.nair@stridewell.example", "+0100",
               "Lindenallee 9, 60311 Frankfurt am Main, Germany", "+49 89 555 6120"),
    "pepper": ("Greenhollow Growers Ltd", "Tom Baker", "tom.baker@greenhollow.example", "+0000",
               "Glasshouse Row 2, Chichester PO20 1AA, United Kingdom", "+44 1243 555 309"),
    "trellis": ("Clos Verano Estates SA", "Ana Ruiz", "ana.ruiz@closverano.example", "+0100",
                "Chemin des Vignes 11, 1260 Nyon, Switzerland", "+41 22 555 4410"),
    "rink": ("Polar Arena Systems Oy", "Jonas Berg", "jonas.berg@polar-arena.example", "+0200",
             "Hallikatu 5, 33100 Tampere, Finland", "+358 3 555 0190"),
    "archive": ("Heritage Archive Services Ltd", "Helen Marsh", "h.marsh@heritage-archive.example", "+0000",
                "Record House, 14 Kew Road, Richmond TW9 2AA, United Kingdom", "+44 20 7946 0321"),
    "linen": ("St Aldric Health Trust", "Mark Doyle", "mark.doyle@staldric-health.example", "+0000",
              "Supplies Dept, Aldric Way, Leeds LS9 7TF, United Kingdom", "+44 113 496 0622"),
    "harmonica": ("Bluesfield Instruments GmbH", "Sam Carter", "sam.carter@bluesfield.example", "+0100",
                  "Musikweg 3, 78647 Trossingen, Germany", "+49 7425 555 310"),
    "salt": ("Northshire Highways Depot", "Greta Lund", "greta.lund@northshire-highways.example", "+0000",
             "Winter Road 2, Harrogate HG1 2AB, United Kingdom", "+44 1423 555 197"),
    "pipette": ("Kestrel Biolabs GmbH", "Irene Cho", "irene.cho@kestrel-bio.example", "+0100",
                "Forschungsallee 7, 69120 Heidelberg, Germany", "+49 6221 555 4471"),
    "chess": ("Gambit Tournament Supply Inc.", "Victor Hale", "victor.hale@gambit-supply.example", "-0500",
              "220 Rook Street, Saint Louis, MO 63103, USA", "+1 314 555 0148"),
    "keg": ("Hopwell Brewing Co.", "Daniel Frey", "daniel.frey@hopwell-brewing.example", "+0100",
            "Brauhausgasse 6, 1050 Wien, Austria", "+43 1 555 2290"),
    "kiln": ("Claymoor Studios Ltd", "Ruth Ellison", "ruth.ellison@claymoor.example", "+0000",
             "Unit 4, Kiln Yard, Stoke-on-Trent ST4 2RR, United Kingdom", "+44 1782 555 614"),
    "cord": ("Skyreach Rigging S.A.", "Paul Okafor", "paul.okafor@skyreach-rigging.example", "+0100",
             "Avenue Lavoisier 9, 1300 Wavre, Belgium", "+32 10 555 731"),
}


def S(id_, name, email, locale):
    return {"id": id_, "name": name, "email": email, "locale": locale}


def L(item, desc, qty, uom, price, date):
    return {"item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def PO(num, supplier, bkey, cur, issued, lines, rid=True):
    b = BUYERS[bkey]
    d = {"po_number": num, "supplier": supplier, "buyer": {"name": b[1], "email": b[2]},
         "currency": cur, "issued": issued}
    if rid:
        d["request_message_id"] = f"<po-{num}.1@{b[2].split('@')[1]}>"
    d["lines"] = [dict(line=i + 1, **ln) for i, ln in enumerate(lines)]
    d["_bkey"] = bkey
    return d


def clean_pos(pos):
    return [{k: v for k, v in p.items() if not k.startswith("_")} for p in pos]


def buyer(po):
    return BUYERS[po["_bkey"]]


# ---------------------------------------------------------------- labels

def acc(po, n):
    ln = po["lines"][n - 1]
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def chg(q, p, d, sched=None):
    r = {"status": "changed", "quantity": q, "unit_price": str(p), "date": d}
    if sched:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
    return r


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(notes, *pairs):
    return {"kind": "confirmation",
            "confirmations": [{"po_number": po["po_number"], "lines": {str(k): v for k, v in lines.items()}}
                              for po, lines in pairs],
            "notes": notes}


def other(kind, notes):
    return {"kind": kind, "notes": notes}


def D(s):
    return Decimal(s)


def q2(x):
    return str(Decimal(x).quantize(Decimal("0.01")))


def week_fri(year, week):
    return dt.date.fromisocalendar(year, week, 5).isoformat()


def assert_wd(iso, wd):
    """wd: 0=Monday."""
    assert dt.date.fromisoformat(iso).weekday() == wd, (iso, wd)


# ---------------------------------------------------------------- dates

def mdate(s, tz):
    """'2026-11-12 09:14' + '+0100' -> RFC 5322 date."""
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(second=int(M.hx(s, 2), 16) % 60,
                                                          tzinfo=dt.timezone(off))
    return format_datetime(d)


def req_when(po):
    return mdate(po["issued"] + " 10:05", buyer(po)[3])


# ---------------------------------------------------------------- our request

def req_subject(po):
    return f"Purchase order {po['po_number']} - please confirm"


def req_table(po):
    rows = [("Line", "Item", "Description", "Qty", "UoM", f"Unit price {po['currency']}", "Requested date")]
    for ln in po["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     ln["unit_price"], ln["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    out = []
    for j, r in enumerate(rows):
        out.append(" | ".join(c.ljust(w[i]) if i not in (3, 5) else c.rjust(w[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            out.append("-+-".join("-" * x for x in w))
    return "\n".join(out)


def req_text(po, contact="Sir or Madam", reminder=False):
    b = buyer(po)
    intro = (f"this is a friendly reminder: we have not yet received your confirmation of purchase order "
             f"{po['po_number']}." if reminder else
             f"please confirm our purchase order {po['po_number']} of {po['issued']} by return mail, "
             "stating for each line the quantity, unit price and delivery date you can commit to.")
    return (f"Dear {contact},\n\n{intro}\n\n{req_table(po)}\n\n"
            f"All prices in {po['currency']}, excl. VAT. Delivery to: {b[4]}.\n\n"
            f"Kind regards\n{b[1]}\nPurchasing | {b[0]}\n{b[4]}\nPhone {b[5]}\n")


def req_html(po, contact="Sir or Madam", reminder=False):
    b = buyer(po)
    intro = (f"this is a friendly reminder: we have not yet received your confirmation of purchase order "
             f"{po['po_number']}." if reminder else
             f"please confirm our purchase order {po['po_number']} of {po['issued']} by return mail, "
             "stating for each line the quantity, unit price and delivery date you can commit to.")
    th = "".join(f"<th style=\"border:1px solid #999;padding:2px 6px\">{escape(h)}</th>" for h in
                 ("Line", "Item", "Description", "Qty", "UoM", f"Unit price {po['currency']}", "Requested date"))
    trs = ""
    for ln in po["lines"]:
        tds = "".join(f"<td style=\"border:1px solid #999;padding:2px 6px\">{escape(str(v))}</td>" for v in
                      (ln["line"], ln["item"], ln["description"], ln["quantity"], ln["uom"], ln["unit_price"],
                       ln["requested_date"]))
        trs += f"<tr>{tds}</tr>\n"
    return (f"<p>Dear {escape(contact)},</p>\n<p>{escape(intro)}</p>\n"
            f"<table style=\"border-collapse:collapse\">\n<tr>{th}</tr>\n{trs}</table>\n"
            f"<p>All prices in {po['currency']}, excl. VAT. Delivery to: {escape(b[4])}.</p>\n"
            f"<p>Kind regards<br>\n{escape(b[1])}<br>\nPurchasing | {escape(b[0])}<br>\n{escape(b[4])}<br>\n"
            f"Phone {escape(b[5])}</p>\n")


def request_message(po, contact="Sir or Madam", lf=True):
    """The original request as our mail system sent it (for bounces / forwards)."""
    b = buyer(po)
    hdrs = [("From", M.addr(b[1], b[2])), ("To", po["supplier"]["email"]),
            ("Subject", req_subject(po)), ("Date", req_when(po)),
            ("Message-ID", po.get("request_message_id") or f"<po-{po['po_number']}.1@{b[2].split('@')[1]}>")]
    bd = "----=_Part_" + M.hx("req" + po["po_number"], 16)
    body = M.multi("alternative", [M.text(req_text(po, contact), cte="quoted-printable"),
                                   M.text("<html><body>\n" + req_html(po, contact) + "</body></html>\n", "html",
                                          cte="quoted-printable")], bd)
    return M.message(hdrs, body)


# ---------------------------------------------------------------- localisation of quoting

RE = {"de": "AW:", "fr": "RE :", "it": "R:", "es": "RE:", "pt": "RE:", "nl": "RE:", "pl": "Odp:", "cs": "Re:",
      "sk": "Re:", "sv": "SV:", "da": "SV:", "nb": "SV:", "fi": "VS:", "hu": "Vá:", "ro": "Re:", "tr": "YNT:",
      "el": "ΑΠ:", "ru": "RE:", "uk": "RE:", "ja": "RE:", "zh": "回复:", "ko": "RE:", "zt": "回覆:", "hr": "Odg:", "sl": "RE:",
      "sr": "Одг:", "bg": "RE:", "et": "Vs:", "lv": "RE:", "lt": "RE:", "he": "RE:", "ar": "رد:", "vi": "RE:",
      "th": "RE:", "id": "RE:", "ms": "RE:", "hi": "RE:", "en": "RE:"}

OL = {  # Outlook header block labels
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "it": ("Da", "Inviato", "A", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "Asunto"), "pt": ("De", "Enviado", "Para", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"), "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "sv": ("Från", "Skickat", "Till", "Ämne"), "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"), "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"), "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "ru": ("От", "Отправлено", "Кому", "Тема"), "uk": ("Від", "Надіслано", "Кому", "Тема"),
    "ja": ("差出人", "送信日時", "宛先", "件名"), "zh": ("发件人", "发送时间", "收件人", "主题"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"), "zt": ("寄件者", "寄件日期", "收件者", "主旨"), "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
    "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"), "ro": ("De la", "Trimis", "Către", "Subiect"),
    "bg": ("От", "Изпратено", "До", "Тема"),
}

WROTE = {  # Gmail / Apple / Thunderbird attribution, {d}=date {n}=name {e}=email
    "en": "On {d}, {n} <{e}> wrote:", "de": "Am {d} schrieb {n} <{e}>:", "fr": "Le {d}, {n} <{e}> a écrit :",
    "it": "Il giorno {d} {n} <{e}> ha scritto:", "es": "El {d}, {n} (<{e}>) escribió:",
    "pt": "Em {d}, {n} <{e}> escreveu:", "nl": "Op {d} schreef {n} <{e}>:", "pl": "W dniu {d} {n} <{e}> napisał(a):",
    "cs": "Dne {d} {n} <{e}> napsal(a):", "sv": "Den {d} skrev {n} <{e}>:", "da": "Den {d} skrev {n} <{e}>:",
    "nb": "Den {d} skrev {n} <{e}>:", "fi": "{n} <{e}> kirjoitti {d}:", "hu": "{n} <{e}> ezt írta ({d}):",
    "ru": "{d}, {n} <{e}> пишет:", "uk": "{d} {n} <{e}> пише:", "sr": "{n} <{e}> је написао/ла {d}:",
    "hr": "{n} <{e}> napisao je {d}:", "sl": "{n} <{e}> je {d} napisal:", "et": "{n} <{e}> kirjutas {d}:",
    "lt": "{d}, {n} <{e}> rašė:", "lv": "{n} <{e}> rakstīja {d}:", "sk": "{d} {n} <{e}> napísal(a):",
    "vi": "Vào {d}, {n} <{e}> đã viết:", "id": "Pada {d}, {n} <{e}> menulis:", "ms": "Pada {d}, {n} <{e}> menulis:",
    "tr": "{n} <{e}>, {d} tarihinde şunu yazdı:", "ro": "În {d}, {n} <{e}> a scris:",
    "el": "Στις {d}, ο/η {n} <{e}> έγραψε:", "he": "בתאריך {d}, מאת {n} <{e}>:", "ar": "في {d}، كتب {n} <{e}>:",
    "ja": "{d} {n} <{e}>:", "zh": "在 {d}，{n} <{e}> 写道：", "ko": "{d}, {n} <{e}>님이 작성:",
    "th": "เมื่อ {d} {n} <{e}> เขียนว่า:", "bg": "На {d}, {n} <{e}> написа:", "hi": "On {d}, {n} <{e}> wrote:",
}


def _reqdate_short(po):
    d = dt.date.fromisoformat(po["issued"])
    return f"{d.day:02d}.{d.month:02d}.{d.year} 10:05"


def outlook_block(po, lang="en"):
    lab = OL.get(lang, OL["en"])
    b = buyer(po)
    d = dt.date.fromisoformat(po["issued"])
    if lab == OL["en"]:
        sent = d.strftime("%A, %B ") + f"{d.day}, {d.year} 10:05 AM"
    else:
        sent = _reqdate_short(po)
    return (f"{lab[0]}: {b[1]} <{b[2]}>\n{lab[1]}: {sent}\n{lab[2]}: {po['supplier']['email']}\n"
            f"{lab[3]}: {req_subject(po)}\n")


def attribution(po, lang="en"):
    b = buyer(po)
    d = dt.date.fromisoformat(po["issued"])
    ds = d.strftime("%a, %d %b %Y") + " at 10:05" if lang in ("en", "hi") else _reqdate_short(po)
    return WROTE.get(lang, WROTE["en"]).format(d=ds, n=b[1], e=b[2])


def quote_gt(s):
    return "\n".join(("> " + x) if x else ">" for x in s.rstrip("\n").split("\n")) + "\n"


def txt2html(s):
    paras = s.strip("\n").split("\n\n")
    return "\n".join("<p>" + "<br>\n".join(escape(x) for x in p.split("\n")) + "</p>" for p in paras) + "\n"


# ---------------------------------------------------------------- client flavours

def _mid(client, slug, dom):
    h = M.hx(slug, 40)
    if client in ("outlook", "outlook-mobile"):
        return f"<DB9PR0{int(h[0], 16) % 9 + 1}MB{int(h[1:5], 16) % 9000 + 1000}{h[:20].upper()}@DB9PR0{int(h[0], 16) % 9 + 1}MB{int(h[1:5], 16) % 9000 + 1000}.eurprd0{int(h[5], 16) % 8 + 1}.prod.outlook.com>"
    if client in ("gmail", "android"):
        import base64
        t = base64.b64encode(bytes.fromhex(h + h[:14])).decode().replace("/", "_").replace("+", "-").rstrip("=")
        return f"<CA+{t}@mail.gmail.com>"
    if client in ("apple", "iphone"):
        return f"<{M.uuid(slug)}@{dom}>"
    if client == "tb":
        return f"<{M.uuid(slug, upper=False)}@{dom}>"
    return f"<{h[:12].upper()}.{h[12:20]}@{dom}>"


def _bnd(client, slug, n=0):
    h = M.hx(f"{slug}#{n}", 28)
    if client in ("outlook", "outlook-mobile"):
        return f"_00{n}_DB9PR02MB{h[:16].upper()}_"
    if client in ("gmail", "android"):
        return f"000000000000{h[:12]}"
    if client in ("apple", "iphone"):
        return f"Apple-Mail={M.uuid(slug + str(n))}"
    if client == "tb":
        return f"------------{h[:24]}"
    return f"----=_NextPart_{h[:3]}_{h[3:7]}_{h[7:15].upper()}.{h[15:23].upper()}"


def reply(po, *, slug, date, body, lang="en", client="outlook", frm=None, cs="utf-8", cte="quoted-printable",
          html=True, html_only=False, html_body=None, quote=True, atts=(), subject=None, to=None, cc=None,
          irt=True, refs=None, extra=(), sig="", hcs="utf-8", contact="Sir or Madam", quote_html=None,
          mid=None, reminder=False, ct_cs=None, bottom=False, irt_id=None):
    sup = po["supplier"]
    frm = frm or (sup["name"], sup["email"])
    dom = frm[1].split("@")[1]
    b = buyer(po)
    to = to or [(b[1], b[2])]
    subject = subject or f"{RE.get(lang, 'RE:')} {req_subject(po)}"
    mid = mid or _mid(client, slug, dom)
    rtext = req_text(po, contact, reminder)
    full = body.rstrip("\n") + "\n"
    if sig:
        full += "\n" + sig.rstrip("\n") + "\n"
    qhtml = ""
    if quote:
        if client in ("outlook", "outlook-mobile", "erp"):
            full += "\n________________________________\n" + outlook_block(po, lang) + "\n" + rtext
            qhtml = ("<hr style=\"display:inline-block;width:98%\"><div id=\"divRplyFwdMsg\"><font face=\"Calibri\">"
                     + txt2html(outlook_block(po, lang)) + "</font></div>\n" + (quote_html or req_html(po, contact, reminder)))
        elif bottom:
            full = attribution(po, lang) + "\n" + quote_gt(rtext) + "\n" + full
        else:
            full += "\n" + attribution(po, lang) + "\n" + quote_gt(rtext)
            qhtml = (f"<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{escape(attribution(po, lang))}</div>"
                     "<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">\n"
                     + (quote_html or req_html(po, contact, reminder)) + "</blockquote></div>\n")
    params = "; format=flowed" if client == "tb" else ""
    tpart = M.text(full, "plain", cs, cte, params=params if cte != "base64" else "", ct_cs=ct_cs)
    if html or html_only:
        hb = html_body if html_body is not None else txt2html(body) + (txt2html(sig) if sig else "")
        dirattr = ' dir="rtl"' if lang in ("he", "ar") else ""
        hdoc = (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={ct_cs or cs}\"></head>"
                f"<body{dirattr}>\n<div>\n{hb}</div>\n{qhtml}</body></html>\n")
        if bottom and quote:
            hdoc = hdoc.replace(f"<div>\n{hb}</div>\n{qhtml}", f"{qhtml}<div>\n{hb}</div>\n")
        hpart = M.text(hdoc, "html", cs, cte, ct_cs=ct_cs)
        main = hpart if html_only else M.multi("alternative", [tpart, hpart], _bnd(client, slug, 1))
    else:
        main = tpart
    if atts:
        main = M.multi("mixed", [main] + list(atts), _bnd(client, slug, 0))
    hdrs = [("From", M.addr(frm[0], frm[1], hcs)),
            ("To", ", ".join(M.addr(n, e) for n, e in to))]
    if cc:
        hdrs.append(("Cc", ", ".join(M.addr(n, e, hcs) for n, e in cc)))
    hdrs += [("Subject", M.enc_word(subject, hcs)), ("Date", date), ("Message-ID", mid)]
    rid = po.get("request_message_id")
    if irt and rid:
        hdrs.append(("In-Reply-To", irt_id or rid))
        hdrs.append(("References", refs or rid))
    if client in ("outlook", "outlook-mobile"):
        hdrs += [("Thread-Topic", M.enc_word(req_subject(po), hcs)),
                 ("Thread-Index", "AQH" + M.hx(slug + "ti", 26).upper()[:26] + "=="),
                 ("Accept-Language", f"{sup['locale']}, en-US"),
                 ("Content-Language", sup["locale"]),
                 ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
    elif client == "apple":
        hdrs += [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    elif client == "iphone":
        hdrs += [("X-Mailer", "iPhone Mail (22B91)")]
    elif client == "tb":
        hdrs += [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", sup["locale"])]
    hdrs = [(k, v) for k, v in hdrs if v != "" or k.startswith("X-MS")]
    hdrs += list(extra)
    return M.crlf(M.message(hdrs, main))


def pdf_att(data, name):
    return M.attach(data, "application/pdf", name)


XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
