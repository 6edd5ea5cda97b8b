"""Our acknowledgment requests and the supplier replies as various mail clients write them."""
from __future__ import annotations

import datetime as dt
import hashlib
import html as _html

from . import mime
from .locale_data import OUTLOOK_LABELS, REPLY_PREFIX, gmail_attrib, outlook_sent
from .model import PO

SHIP_TO = {
    "bakery": "Castellan Bakery Services, Tor 3, Kaiserswerther Str. 115, 40474 Düsseldorf, Germany",
    "facilities": "Castellan Facility Services, Dock 7, Waalhaven Z.z. 48, 3089 JH Rotterdam, Netherlands",
    "care": "Castellan Care Clinics - Central Store, Unit 12, Parkway Business Centre, Dublin 24, D24 X5K7, Ireland",
    "workshop": "Castellan Logistics, Werkstatt Halle 2, Am Hafen 21, 28217 Bremen, Germany",
    "grounds": "Castellan Grounds & Estates, Yard B, 14 Mill Lane, Leicester LE3 5DJ, United Kingdom",
    "pharma": "Castellan Contract Manufacturing, Goods-in Bay 2, Rheinstrasse 9, 4058 Basel, Switzerland",
    "usa": "Castellan Group US, Receiving Door 12, 4400 Commerce Pkwy, Columbus, OH 43228, USA",
}
PHONE = "+49 211 5550 31{:02d}"


def hx(seed: str, n: int = 16, upper=False) -> str:
    s = hashlib.md5(seed.encode()).hexdigest()
    while len(s) < n:
        s += hashlib.md5(s.encode()).hexdigest()
    s = s[:n]
    return s.upper() if upper else s


def fmt_date(iso: str, style: str) -> str:
    d = dt.date.fromisoformat(iso)
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    return {"iso": iso, "dmy": f"{d.day:02d}.{d.month:02d}.{d.year}", "dmy/": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}", "long": f"{d.day} {mon} {d.year}"}[style]


def fmt_price(p: str, lang: str) -> str:
    return p.replace(".", ",") if lang == "de" else p


# ---------------------------------------------------------------- our request

def date_style(po: PO) -> str:
    if po.req_lang == "de":
        return "dmy"
    if po.supplier.locale in ("en-US", "en-CA"):
        return "mdy"
    return {"table": "long", "list": "dmy", "iso": "iso"}.get(po.req_style, "long")


def request_subject(po: PO) -> str:
    if po.req_subject:
        return po.req_subject
    if po.req_lang == "de":
        return f"Bestellung {po.number} - Bitte um Auftragsbestätigung"
    return f"Purchase order {po.number} - please confirm"


def _rows(po: PO):
    ds, lang = date_style(po), po.req_lang
    head = (["Pos.", "Artikel", "Bezeichnung", "Menge", "ME", f"Preis {po.currency}", "Wunschtermin"] if lang == "de"
            else ["Line", "Item", "Description", "Qty", "UoM", f"Unit price {po.currency}", "Requested date"])
    rows = [[str(l.n), l.item, l.desc, str(l.qty), l.uom, fmt_price(l.price, lang), fmt_date(l.date, ds)]
            for l in po.lines]
    return head, rows


def request_text(po: PO) -> str:
    b, lang, ds = po.buyer, po.req_lang, date_style(po)
    head, rows = _rows(po)
    issued = fmt_date(po.issued, ds)
    if po.req_style == "list":
        tbl = []
        for l in po.lines:
            if lang == "de":
                tbl.append(f"Pos. {l.n}: {l.item} - {l.desc}\n  Menge {l.qty} {l.uom}, Preis {fmt_price(l.price, lang)} {po.currency}/{l.uom}, Wunschtermin {fmt_date(l.date, ds)}")
            else:
                tbl.append(f"Line {l.n}: {l.item} - {l.desc}\n  Qty {l.qty} {l.uom} @ {l.price} {po.currency}/{l.uom}, requested delivery {fmt_date(l.date, ds)}")
        table = "\n".join(tbl)
    else:
        w = [max(len(r[i]) for r in [head] + rows) for i in range(len(head))]
        fmt = lambda r: "  ".join(c.ljust(w[i]) if i in (1, 2, 4) or i == 0 else c.rjust(w[i]) if i in (3, 5) else c
                                  for i, c in enumerate(r)).rstrip()
        table = "\n".join([fmt(head)] + [fmt(r) for r in rows])
    addr = SHIP_TO[po.ship_to]
    idx = sum(map(ord, b.name)) % 40
    if lang == "de":
        greet = f"Guten Tag {po.contact}," if po.contact else "Sehr geehrte Damen und Herren,"
        return (f"{greet}\n\nanbei unsere Bestellung {po.number} vom {issued}. Bitte bestätigen Sie uns Menge, "
                f"Preis und Liefertermin je Position.\n\n{table}\n\nLieferanschrift: {addr}\n"
                f"Zahlungsbedingungen: 30 Tage netto. Teillieferungen nur nach Absprache.\n\n"
                f"Mit freundlichen Grüßen\n{b.name}\n{b.title} | Castellan Group\nTel. {PHONE.format(idx)}")
    greet = f"Dear {po.contact}," if po.contact else "Dear Sir or Madam,"
    return (f"{greet}\n\nplease find below our purchase order {po.number} dated {issued}. Kindly confirm "
            f"quantities, unit prices and delivery dates for each line by return e-mail.\n\n{table}\n\n"
            f"Delivery address: {addr}\nTerms: payment 30 days net; DAP our site (Incoterms 2020). "
            f"Partial deliveries only by agreement.\n\nBest regards\n{b.name}\n{b.title} | Castellan Group\n"
            f"Tel. {PHONE.format(idx)}")


def request_html(po: PO) -> str:
    text = request_text(po)
    head, rows = _rows(po)
    # greeting/intro paragraphs, an HTML table, and the closing
    parts = text.split("\n\n")
    intro = parts[:2]
    tail = parts[3:]
    cell = 'style="border:1px solid #999;padding:2px 6px"'
    t = ['<table style="border-collapse:collapse;font-family:Arial;font-size:10pt">']
    t.append("<tr>" + "".join(f"<th {cell}>{_html.escape(c)}</th>" for c in head) + "</tr>")
    for r in rows:
        t.append("<tr>" + "".join(f"<td {cell}>{_html.escape(c)}</td>" for c in r) + "</tr>")
    t.append("</table>")
    ps = "".join(f"<p>{_html.escape(p).replace(chr(10), '<br>')}</p>" for p in intro)
    ts = "".join(f"<p>{_html.escape(p).replace(chr(10), '<br>')}</p>" for p in tail)
    return f'<div style="font-family:Arial;font-size:10pt">{ps}{"".join(t)}{ts}</div>'


def request_meta(po: PO):
    s = po.supplier
    return {"from_name": po.buyer.name, "from_email": po.buyer.email, "to": s.email,
            "sent": mime.parse_dt(po.sent), "subject": request_subject(po)}


# ---------------------------------------------------------------- html helpers

def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def outlook_paras(text: str, lang_attr="EN-GB") -> str:
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append('<p class="MsoNormal"><span lang="%s">&nbsp;</span></p>' % lang_attr)
        else:
            out.append('<p class="MsoNormal"><span lang="%s">%s</span></p>' % (lang_attr, esc(line)))
    return "\n".join(out)


def div_lines(text: str) -> str:
    out = []
    for line in text.split("\n"):
        out.append("<div><br></div>" if line.strip() == "" else f"<div>{esc(line)}</div>")
    return "\n".join(out)


def quote_gt(text: str) -> str:
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.split("\n"))


# ---------------------------------------------------------------- reply builder

def _msgid(client: str, seed: str, domain: str) -> str:
    if client.startswith("outlook"):
        box = "DB9PR0%sMB%s" % (hx(seed + "n", 1).translate(str.maketrans("abcdef0", "1234561")), hx(seed + "b", 4, True))
        box = "".join(c if c.isalnum() else "7" for c in box)
        return f"<{box}{hx(seed, 24, True)}@{box}.eurprd0{int(hx(seed + 'x', 2), 16) % 8 + 1}.prod.outlook.com>"
    if client == "gmail":
        return f"<CA{hx(seed, 8, True)}+{hx(seed + 'g', 30)}@mail.gmail.com>"
    if client in ("apple", "iphone"):
        u = hx(seed, 32, True)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    if client == "thunderbird":
        u = hx(seed, 32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    return f"<{hx(seed, 20)}.{hx(seed + 'z', 6)}@{domain}>"


def _boundary(client: str, seed: str, n: int) -> str:
    if client.startswith("outlook"):
        return f"_00{n}_DB9PR04MB{hx(seed, 28, True)}_"
    if client == "gmail":
        return f"000000000000{hx(seed + str(n), 16)}"
    if client in ("apple", "iphone"):
        u = hx(seed + str(n), 32, True)
        return f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
    if client == "thunderbird":
        return f"------------{hx(seed + str(n), 24, True)}"
    return f"=_{hx(seed + str(n), 24)}"


def reply(seed, po: PO, frm, date, body, client="outlook", lang=None, *, subject=None, charset="utf-8",
          cte="quoted-printable", html=True, html_only=False, attachments=(), to=None, cc=None, extra_headers=(),
          quote=True, body_html=None, threading=True, msgid=None, quote_meta=None, quote_text=None,
          quote_html=None, sep=None, bottom=False, html_lang="EN-GB", flowed=False, html_cte=None,
          attrib=None):
    """Build a supplier reply.  frm = (display name, address); date = 'YYYY-MM-DD HH:MM +ZZZZ'."""
    lang = lang or po.supplier.locale
    l2 = lang.split("-")[0]
    t = mime.parse_dt(date)
    meta = quote_meta or request_meta(po)
    qtext = quote_text if quote_text is not None else request_text(po)
    qhtml = quote_html if quote_html is not None else request_html(po)
    domain = frm[1].split("@")[1]
    if subject is None:
        subject = REPLY_PREFIX.get(l2, "RE: ") + meta["subject"] if client.startswith("outlook") else "Re: " + meta["subject"]
    sent_local = meta["sent"].astimezone(t.tzinfo)
    custom_at = attrib(sent_local) if callable(attrib) else attrib

    # ---- plain text
    if not quote:
        full_text = body
        qblock_html = ""
    elif client.startswith("outlook"):
        lab = OUTLOOK_LABELS.get(l2, OUTLOOK_LABELS["en"])
        olang = lang if l2 in OUTLOOK_LABELS else "en-GB"
        sent = outlook_sent(olang, sent_local)
        colon = " :" if l2 == "fr" else ":"
        hdr = (f"{lab[0]}{colon} {meta['from_name']} <{meta['from_email']}>\n{lab[1]}{colon} {sent}\n"
               f"{lab[2]}{colon} {meta['to']}\n{lab[4]}{colon} {meta['subject']}")
        sepline = {"line": "________________________________\n", "orig": "-----Original Message-----\n",
                   None: ""}[sep]
        full_text = f"{body}\n\n{sepline}{hdr}\n\n{qtext}"
        qblock_html = (
            '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal"><b>{lab[0]}{colon}</b> {esc(meta["from_name"])} &lt;{meta["from_email"]}&gt; <br>'
            f'<b>{lab[1]}{colon}</b> {esc(sent)}<br><b>{lab[2]}{colon}</b> {esc(meta["to"])}<br>'
            f'<b>{lab[4]}{colon}</b> {esc(meta["subject"])}</p></div></div>\n'
            f'<p class="MsoNormal">&nbsp;</p>\n{qhtml}')
    elif client == "gmail":
        at = custom_at or gmail_attrib(lang if l2 in ("en", "de", "es", "pt", "fr", "it", "nb", "ro", "bg", "lv") else "en-GB",
                          sent_local, meta["from_name"], meta["from_email"])
        full_text = f"{body}\n\n{at}\n\n{quote_gt(qtext)}"
        qblock_html = (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(at)}<br></div>'
                       '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                       f'rgb(204,204,204);padding-left:1ex">{qhtml}</blockquote></div>')
    elif client in ("apple", "iphone"):
        at = custom_at or (
            f"On {sent_local.day} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][sent_local.month-1]} "
            f"{sent_local.year}, at {sent_local.hour:02d}:{sent_local.minute:02d}, {meta['from_name']} <{meta['from_email']}> wrote:")
        full_text = f"{body}\n\n> {at}\n> \n{quote_gt(qtext)}"
        qblock_html = (f'<div><br><blockquote type="cite"><div>{esc(at)}</div><br class="Apple-interchange-newline">'
                       f'{qhtml}</blockquote></div>')
    elif client == "thunderbird":
        at = custom_at or (f"On {sent_local.day:02d}/{sent_local.month:02d}/{sent_local.year} "
                                       f"{sent_local.hour:02d}:{sent_local.minute:02d}, {meta['from_name']} wrote:")
        if bottom:
            full_text = f"{at}\n{quote_gt(qtext)}\n\n{body}"
        else:
            full_text = f"{body}\n\n{at}\n{quote_gt(qtext)}"
        qblock_html = f'<div class="moz-cite-prefix">{esc(at)}<br></div><blockquote type="cite">{qhtml}</blockquote>'
    else:
        raise ValueError(client)

    # ---- html
    if body_html is None:
        if client.startswith("outlook"):
            bh = outlook_paras(body, html_lang)
        else:
            bh = div_lines(body)
    else:
        bh = body_html
    if client.startswith("outlook"):
        full_html = (f'<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                     f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                     f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                     '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                     'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                     '--></style>\n</head>\n'
                     f'<body lang="{html_lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                     f'<div class="WordSection1">\n{bh}\n<p class="MsoNormal">&nbsp;</p>\n{qblock_html}\n</div>\n</body>\n</html>')
    elif client == "gmail":
        full_html = f'<div dir="ltr">{bh}</div>{qblock_html}'
    elif client in ("apple", "iphone"):
        full_html = (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head>'
                     f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                     f'{bh}{qblock_html}</body></html>')
    else:
        full_html = (f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                     f'</head>\n<body>\n<p>{bh}</p>\n{qblock_html}\n</body>\n</html>')

    # ---- MIME structure
    tp = mime.text(full_text, "plain", charset, cte, flowed=flowed)
    hp = mime.text(full_html, "html", charset, html_cte or cte)
    if html_only:
        root = hp
    elif html:
        root = mime.alternative(tp, hp, _boundary(client, seed, 1))
    else:
        root = tp
    if attachments:
        root = mime.multipart("mixed", [root] + list(attachments), _boundary(client, seed, 2))

    headers = _headers(seed, client, po, frm, t, subject, meta, to, cc, msgid, threading, domain, lang,
                       bool(attachments), extra_headers)
    return mime.message(headers, root)


def _headers(seed, client, po, frm, t, subject, meta, to, cc, msgid, threading, domain, lang, has_att, extra):
    to = to if to is not None else mime.addr(po.buyer.name, po.buyer.email)
    hs = [("From", mime.addr(frm[0], frm[1])), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", mime.enc(subject)))
    if client.startswith("outlook"):
        hs.append(("Thread-Topic", mime.enc(meta["subject"])))
        hs.append(("Thread-Index", "AQH" + hx(seed + "ti", 20).upper() + "A=="))
    hs.append(("Date", mime.date_hdr(_fmt(t))))
    hs.append(("Message-ID", msgid or _msgid(client, seed, domain)))
    if threading and po.req_id:
        rid = po.req_id if threading is True else threading
        hs.append(("References", rid))
        hs.append(("In-Reply-To", rid))
    if client.startswith("outlook"):
        hs += [("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang)]
        if has_att:
            hs.append(("X-MS-Has-Attach", "yes"))
    elif client == "apple":
        hs.append(("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"))
    elif client == "iphone":
        hs.append(("X-Mailer", "iPhone Mail (22B91)"))
    elif client == "thunderbird":
        hs.append(("User-Agent", "Mozilla Thunderbird"))
        hs.append(("Content-Language", lang))
    hs += list(extra)
    return hs


def _fmt(t):
    z = t.strftime("%z")
    return f"{t.date().isoformat()} {t.hour:02d}:{t.minute:02d}:{t.second:02d} {z}"


def simple(seed, frm, to, date, subject, text_body=None, html_body=None, charset="utf-8", cte="quoted-printable",
           headers_extra=(), msgid=None, in_reply_to=None, attachments=(), client="generic"):
    """A standalone message (auto replies, newsletters, ERP mails)."""
    t = mime.parse_dt(date)
    parts = []
    if text_body is not None:
        parts.append(mime.text(text_body, "plain", charset, cte))
    if html_body is not None:
        parts.append(mime.text(html_body, "html", charset, cte))
    root = parts[0] if len(parts) == 1 else mime.alternative(parts[0], parts[1], _boundary(client, seed, 1))
    if attachments:
        root = mime.multipart("mixed", [root] + list(attachments), _boundary(client, seed, 2))
    hs = [("From", frm), ("To", to), ("Subject", mime.enc(subject)), ("Date", mime.date_hdr(_fmt(t))),
          ("Message-ID", msgid or _msgid(client, seed, frm.split("@")[-1].rstrip(">")))]
    if in_reply_to:
        hs += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    hs += list(headers_extra)
    return mime.message(hs, root)


def request_message(po: PO) -> bytes:
    """Our outgoing acknowledgment request as it left our server (for NDRs that return it)."""
    meta = request_meta(po)
    hs = [("From", mime.addr(po.buyer.name, po.buyer.email)), ("To", po.supplier.email),
          ("Subject", mime.enc(meta["subject"])), ("Date", mime.date_hdr(_fmt(meta["sent"]))),
          ("Message-ID", po.req_id or f"<po-{po.number}@castellan-group.example>")]
    return mime.message(hs, mime.text(request_text(po), "plain", "utf-8", "quoted-printable"))


def request_headers(po: PO, received=None) -> str:
    meta = request_meta(po)
    lines = []
    if received:
        lines.append(received)
    lines += [f"From: {mime.addr(po.buyer.name, po.buyer.email)}", f"To: {po.supplier.email}",
              f"Subject: {mime.enc(meta['subject'])}", f"Date: {mime.date_hdr(_fmt(meta['sent']))}",
              f"Message-ID: {po.req_id}", "MIME-Version: 1.0",
              'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"]
    return "\n".join(lines) + "\n"
