"""Hand-rolled, deterministic MIME writer (fixed boundaries, Message-IDs, dates)."""
import base64
import binascii
import datetime as dt

from .common import (BUYER_CO, BUYER_DOMAIN, Table, h, html_escape, huuid, render_html_blocks,
                     render_plain, request_blocks)

WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
WD_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def when(s, tz="+0100"):
    """'2026-11-12 09:14' + '+0100' -> aware datetime."""
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    sec = (sum(map(ord, s)) * 7) % 60
    return d.replace(second=sec, tzinfo=dt.timezone(off))


def rfc_date(t):
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][t.weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][t.month - 1]
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{wd}, {t.day:02d} {mon} {t.year} {t:%H:%M:%S} {sign}{mins // 60:02d}{mins % 60:02d}"


def to_utc(t):
    return t.astimezone(dt.timezone.utc)


# ------------------------------------------------------------------ headers

def ew(s, cs="utf-8"):
    """RFC 2047 B-encoding (only when needed), folded into several words."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode(cs)) > 39:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return "\n ".join(f"=?{cs}?B?{base64.b64encode(w.encode(cs)).decode()}?=" for w in words)


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{ew(name, cs)} <{email}>"
    if any(c in name for c in ',.;:()"@'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def fold(name, value):
    """Fold a long header made of space-separated tokens."""
    out, line = [], f"{name}: "
    for tok in value.split(" "):
        if len(line) + len(tok) > 76 and line.strip().endswith(":") is False and len(line) > len(name) + 2:
            out.append(line.rstrip())
            line = " " + tok + " "
        else:
            line += tok + " "
    out.append(line.rstrip())
    return "\n".join(out)


# ------------------------------------------------------------------ parts

class Leaf:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body  # body: str (ascii-safe) or bytes


class Multi:
    def __init__(self, subtype, parts, boundary, params="", headers=()):
        self.subtype, self.parts, self.boundary, self.params = subtype, parts, boundary, params
        self.headers = list(headers)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", ct_extra="", headers=()):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = binascii.b2a_qp(raw, istext=True).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw.replace(b"\n", b"\r\n")).decode("ascii")
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")
        body = raw
    else:
        raise ValueError(cte)
    hd = [("Content-Type", f'text/{subtype}; charset="{charset}"{ct_extra}'),
          ("Content-Transfer-Encoding", cte)] + list(headers)
    return Leaf(hd, body)


def att_part(data, ctype, filename, inline=False, extra=()):
    body = base64.encodebytes(data).decode("ascii")
    disp = "inline" if inline else "attachment"
    hd = [("Content-Type", f'{ctype}; name="{filename}"'),
          ("Content-Description", filename),
          ("Content-Disposition", f'{disp}; filename="{filename}"; size={len(data)}'),
          ("Content-Transfer-Encoding", "base64")] + list(extra)
    return Leaf(hd, body)


def text_att(text, ctype, filename, charset="utf-8", cte="base64"):
    p = text_part(text, "plain", charset, cte)
    p.headers[0] = ("Content-Type", f'{ctype}; charset="{charset}"; name="{filename}"')
    p.headers.append(("Content-Disposition", f'attachment; filename="{filename}"'))
    return p


def msg_part(raw, ctype="message/rfc822"):
    if isinstance(raw, bytes):
        raw = raw.replace(b"\r\n", b"\n")
    return Leaf([("Content-Type", ctype), ("Content-Disposition", "attachment" if ctype == "message/rfc822" else "inline")],
                raw)


def raw_leaf(headers, body):
    return Leaf(headers, body)


def _ser(part):
    out = []
    if isinstance(part, Leaf):
        for k, v in part.headers:
            out.append(f"{k}: {v}\n".encode("ascii"))
        out.append(b"\n")
        b = part.body
        out.append(b if isinstance(b, bytes) else b.encode("ascii"))
        if not out[-1].endswith(b"\n"):
            out.append(b"\n")
        return b"".join(out)
    hd = list(part.headers) + [("Content-Type", f'multipart/{part.subtype};{part.params}\n\tboundary="{part.boundary}"')]
    for k, v in hd:
        out.append(f"{k}: {v}\n".encode("ascii"))
    out.append(b"\n")
    for p in part.parts:
        out.append(f"--{part.boundary}\n".encode())
        out.append(_ser(p))
        out.append(b"\n")
    out.append(f"--{part.boundary}--\n".encode())
    return b"".join(out)


def message(headers, root, crlf=True):
    """headers: list of (name, value) already encoded; root: Leaf/Multi."""
    top = []
    for k, v in headers:
        if v is None:
            continue
        top.append(f"{k}: {v}\n".encode("ascii"))
    top.append(b"MIME-Version: 1.0\n")
    body = _ser(root)
    raw = b"".join(top) + body
    assert b"\r" not in raw
    return raw.replace(b"\n", b"\r\n") if crlf else raw


# ------------------------------------------------------------------ quoting / clients

OL_LABELS = {
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pt": ("De", "Enviada", "Para", "Assunto"), "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"), "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "sv": ("Från", "Skickat", "Till", "Ämne"), "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"), "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"), "ro": ("De la", "Trimis", "Către", "Subiect"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"), "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
    "ja": ("差出人", "送信日時", "宛先", "件名"), "zh": ("发件人", "发送时间", "收件人", "主题"),
    "zt": ("寄件者", "寄件日期", "收件者", "主旨"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"), "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"),
    "ru": ("От", "Отправлено", "Кому", "Тема"), "uk": ("Від", "Надіслано", "Кому", "Тема"),
    "bg": ("От", "Изпратено", "До", "Относно"), "lt": ("Nuo", "Išsiųsta", "Kam", "Tema"),
    "lv": ("No", "Nosūtīts", "Kam", "Tēma"), "et": ("Saatja", "Saadetud", "Adressaat", "Teema"),
    "sl": ("Pošiljatelj", "Poslano", "Prejemnik", "Zadeva"), "sr": ("Od", "Poslato", "Za", "Tema"),
}


def sent_str(t, lang):
    h12 = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    if lang == "en":
        return f"{WD_EN[t.weekday()]}, {MON_EN[t.month - 1]} {t.day}, {t.year} {h12}:{t.minute:02d} {ampm}"
    if lang == "de":
        return f"{WD_DE[t.weekday()]}, {t.day}. {MON_DE[t.month - 1]} {t.year} {t:%H:%M}"
    if lang == "fr":
        return f"{WD_FR[t.weekday()]} {t.day} {MON_FR[t.month - 1]} {t.year} {t:%H:%M}"
    if lang in ("ja", "zh", "zt"):
        return f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
    if lang == "ko":
        return f"{t.year}년 {t.month}월 {t.day}일 {t:%H:%M}"
    if lang in ("hu", "lt", "sv"):
        return f"{t:%Y-%m-%d %H:%M}" if lang != "hu" else f"{t:%Y. %m. %d. %H:%M}"
    if lang in ("nl", "es", "it", "pt", "el", "ro", "tr"):
        return f"{t:%d-%m-%Y %H:%M}" if lang == "nl" else f"{t:%d/%m/%Y %H:%M}"
    return f"{t:%d.%m.%Y %H:%M}"


def attribution(client, lang, t, buyer):
    b = f"{buyer.name} <{buyer.email}>"
    mon3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][t.month - 1]
    wd3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][t.weekday()]
    if client == "gmail":
        if lang == "de":
            return f"Am {WD_DE[t.weekday()][:2]}., {t.day}. {MON_DE[t.month - 1][:3]}. {t.year} um {t:%H:%M} Uhr schrieb {b}:"
        if lang == "fr":
            return f"Le {WD_FR[t.weekday()][:3]}. {t.day} {MON_FR[t.month - 1][:4]}. {t.year} à {t:%H:%M}, {b} a écrit :"
        if lang == "es":
            return f"El mar, {t.day} nov {t.year} a las {t:%H:%M}, {b} escribió:" if t.weekday() == 1 else \
                f"El {t.day} nov {t.year} a las {t:%H:%M}, {b} escribió:"
        if lang == "pt":
            return f"Em {t.day} de nov. de {t.year}, às {t:%H:%M}, {b} escreveu:"
        return f"On {wd3}, {mon3} {t.day}, {t.year} at {t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'} {b} wrote:"
    if client in ("apple", "iphone"):
        if lang == "de":
            return f"Am {t.day}.{t.month}.{t.year} um {t:%H:%M} schrieb {b}:"
        if lang == "fr":
            return f"Le {t.day} nov. {t.year} à {t:%H:%M}, {b} a écrit :"
        return f"On {t.day} {mon3} {t.year}, at {t:%H:%M}, {b} wrote:"
    if client == "thunderbird":
        if lang == "fr":
            return f"Le {t:%d/%m/%Y} à {t:%H:%M}, {buyer.name} a écrit :"
        if lang == "de":
            return f"Am {t:%d.%m.%y} um {t:%H:%M} schrieb {buyer.name}:"
        return f"On {t:%d/%m/%Y %H:%M}, {buyer.name} wrote:"
    return f"On {t:%Y-%m-%d %H:%M}, {buyer.name} wrote:"


def q_prefix(text):
    return "\n".join(("> " + x) if x else ">" for x in text.split("\n"))


CLIENTS = {
    "outlook": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "webmail": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "android": [("X-Mailer", "Outlook for Android")],
    "zimbra": [("X-Mailer", "Zimbra 10.0.8_GA_4629 (ZimbraWebClient - GC130 (Win)/10.0.8_GA_4629)")],
}


def boundaries(slug, client):
    x = h(slug, client, 24)
    if client in ("outlook", "android"):
        tag = "DB9PR02MB" + h(slug, "ol", 4).upper() + "EURPRD02PROD"
        return lambda k: f"_{k:03d}_{tag}{x[:12].upper()}_"
    if client == "gmail":
        return lambda k: "0000000000" + h(slug, f"g{k}", 16)
    if client in ("apple", "iphone"):
        return lambda k: "Apple-Mail=_" + huuid(slug, f"b{k}")
    if client == "thunderbird":
        return lambda k: "------------" + h(slug, f"t{k}", 24).upper()[:24]
    return lambda k: "=_" + h(slug, f"w{k}", 32)


def make_msgid(slug, client, domain):
    x = h(slug, "mid", 32)
    if client in ("outlook", "android"):
        return f"<DB9PR02MB{x[:4].upper()}{x[4:20].upper()}@DB9PR02MB{x[:4].upper()}.eurprd02.prod.outlook.com>"
    if client == "gmail":
        return f"<CAJ{x[:20]}{x[20:30].upper()}+w@mail.gmail.com>"
    if client in ("apple", "iphone"):
        return f"<{huuid(slug, 'mid')}@{domain}>"
    if client == "thunderbird":
        return f"<{huuid(slug, 'tb').lower()}@{domain}>"
    return f"<{x}@{domain}>"


def received(slug, sup_domain, t):
    ip = int(h(slug, "ip", 4), 16)
    t2 = t + dt.timedelta(seconds=3)
    return (f"from mail.{sup_domain} (mail.{sup_domain} [198.51.100.{ip % 250 + 2}])\n"
            f"\tby mx1.{BUYER_DOMAIN} (Postfix) with ESMTPS id 4{h(slug, 'q', 9).upper()}\n"
            f"\tfor <{{to}}>; {rfc_date(t2)}")


def quote_parts(client, lang, po, quote_blocks=None):
    """Returns (plain, html) of the quoted original request."""
    t = po.req_time()
    b = po.buyer
    blocks = quote_blocks or request_blocks(po)
    plain_req = render_plain(blocks)
    html_req = render_html_blocks(blocks)
    if client in ("outlook", "android"):
        lab = OL_LABELS.get(lang, OL_LABELS["en"])
        ts = sent_str(t, lang if lang in OL_LABELS else "en")
        sep = ":" if lang != "fr" else " :"
        head = (f"{lab[0]}{sep} {b.name} <{b.email}>\n{lab[1]}{sep} {ts}\n{lab[2]}{sep} {po.sup.name} <{po.sup.email}>\n"
                f"{lab[3]}{sep} {po.subject}")
        plain = "\n" + ("________________________________\n" if client == "android" else "") + head + "\n\n" + plain_req
        hh = "<br>\n".join(f"<b>{html_escape(x.split(':', 1)[0])}:</b>{html_escape(x.split(':', 1)[1])}" for x in head.split("\n"))
        html = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                f'<p class="MsoNormal"><span style="font-size:11.0pt">{hh}</span></p></div>\n{html_req}')
        return plain, html
    att = attribution(client, lang, t, b)
    plain = att + "\n\n" + q_prefix(plain_req)
    if client == "gmail":
        html = (f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{html_escape(att)}<br></div>'
                f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                f'{html_req}\n</blockquote></div>')
    else:
        html = f'<div>{html_escape(att)}<br></div>\n<blockquote type="cite" cite="mid:{po.rid[1:-1] if po.rid else ""}">\n{html_req}\n</blockquote>'
    return plain, html


def reply(slug, po, *, date, client, body, tz=None, frm=None, to=None, cc=None, subject=None, prefix="RE: ",
          charset="utf-8", cte="quoted-printable", fmt="alt", attachments=(), quote=True, lang=None,
          threaded=True, extra_headers=(), html_body=None, quote_blocks=None, refs=None, html_cte=None,
          flowed=False):
    sup = po.sup
    lang = lang or sup.lang
    tz = tz or sup.tz
    t = when(date, tz)
    hdr_t = to_utc(t) if client == "outlook" else t
    fname, femail = frm or (sup.sign, sup.email)
    domain = femail.split("@")[1]
    to = to or [(po.buyer.name, po.buyer.email)]
    subj = subject if subject is not None else prefix + po.subject
    blocks = [body] if isinstance(body, str) else list(body)
    plain = render_plain(blocks)
    html = html_body if html_body is not None else render_html_blocks(blocks)
    if quote:
        qp_, qh = quote_parts(client, lang, po, quote_blocks)
        plain = plain + "\n\n" + qp_
        html = html + "\n" + qh
    html_doc = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n'
                '</head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + html + "\n</body></html>")
    B = boundaries(slug, client)
    ct_extra = "; format=flowed" if flowed else ""
    if fmt == "plain":
        root = text_part(plain, "plain", charset, cte, ct_extra)
    elif fmt == "html":
        root = text_part(html_doc, "html", charset, html_cte or cte)
    else:
        root = Multi("alternative", [text_part(plain, "plain", charset, cte, ct_extra),
                                     text_part(html_doc, "html", charset, html_cte or cte)], B(0))
    if attachments:
        root = Multi("mixed", [root] + list(attachments), B(4))
    hd = [("Return-Path", f"<{femail}>"),
          ("Received", received(slug, domain, t).replace("{to}", to[0][1]))]
    hd.append(("From", addr(fname, femail, charset if charset not in ("iso-2022-jp",) else "iso-2022-jp")))
    hd.append(("To", ", ".join(addr(n, e) for n, e in to)))
    if cc:
        hd.append(("Cc", ", ".join(addr(n, e, charset) for n, e in cc)))
    hd.append(("Subject", ew(subj, charset)))
    if client == "outlook":
        hd.append(("Thread-Topic", ew(po.subject, charset)))
        hd.append(("Thread-Index", base64.b64encode(bytes.fromhex(h(slug, "ti", 44))).decode()))
    hd.append(("Date", rfc_date(hdr_t)))
    hd.append(("Message-ID", make_msgid(slug, client, domain)))
    if threaded and po.rid:
        r = refs or [po.rid]
        hd.append(("References", "\n ".join(r)))
        hd.append(("In-Reply-To", r[-1]))
    if client == "outlook":
        hd.append(("Accept-Language", f"{sup.locale}, en-US"))
        hd.append(("Content-Language", sup.locale))
        hd.append(("X-MS-Has-Attach", "yes" if attachments else ""))
        hd.append(("X-MS-TNEF-Correlator", ""))
    else:
        hd += CLIENTS.get(client, [])
    hd += list(extra_headers)
    return message(hd, root)


# ------------------------------------------------------------------ original request (for bounces)

def request_mail(po, plain_only=False, slug="req"):
    t = po.req_time()
    b = po.buyer
    blocks = request_blocks(po)
    plain = render_plain(blocks)
    hd = [("From", addr(b.name, b.email)), ("To", addr(po.sup.name, po.sup.email)),
          ("Subject", po.subject), ("Date", rfc_date(t)), ("Message-ID", po.rid or f"<req-{po.number}@{BUYER_DOMAIN}>")]
    try:
        plain.encode("ascii")
        cs, cte = "us-ascii", "7bit"
    except UnicodeEncodeError:
        cs, cte = "utf-8", "quoted-printable"
    if plain_only:
        root = text_part(plain, "plain", cs, cte)
    else:
        html_doc = "<html><body>\n" + render_html_blocks(blocks) + "\n</body></html>"
        root = Multi("alternative", [text_part(plain, "plain", cs, cte),
                                     text_part(html_doc, "html", cs, cte)],
                     "=_req_" + h(po.number, "reqb", 20))
    hd.append(("X-Mailer", "Halden eProcurement 4.2 (mail gateway)"))
    return message(hd, root, crlf=False)


def bounce_headers(slug, *, frm, to, subject, date, tz, msgid, extra=()):
    t = when(date, tz)
    hd = [("Return-Path", "<>"), ("From", frm), ("To", to), ("Subject", subject),
          ("Date", rfc_date(t)), ("Message-ID", msgid), ("Auto-Submitted", "auto-replied")]
    return hd + list(extra)


def inline_quote(po, client, lang, answers, trailer=True):
    """Quoted request (prefixed '> ') with the supplier's answers inserted after table rows.
    answers: {line_no: text}."""
    t = po.req_time()
    blocks = request_blocks(po)
    plain = render_plain(blocks)
    out = [attribution(client, lang, t, po.buyer)]
    for row in plain.split("\n"):
        out.append(("> " + row) if row else ">")
        parts = row.split()
        if len(parts) > 1 and parts[0].isdigit() and int(parts[0]) in answers and parts[1] == po.line(int(parts[0])).item:
            out.append("")
            out.append(answers[int(parts[0])])
            out.append("")
    return "\n".join(out)


def auto_reply(slug, po, *, date, tz, frm, subject, body, charset="utf-8", cte="quoted-printable",
               client="outlook", extra=(), fmt="plain", threaded=True, html=None):
    t = when(date, tz)
    hdr_t = to_utc(t) if client == "outlook" else t
    fname, femail = frm
    domain = femail.split("@")[1]
    if fmt == "plain":
        root = text_part(body, "plain", charset, cte)
    else:
        html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + charset + '"></head>'
                    "<body>\n" + (html or "<p>" + html_escape(body).replace("\n", "<br>\n") + "</p>") + "\n</body></html>")
        if fmt == "html":
            root = text_part(html_doc, "html", charset, cte)
        else:
            root = Multi("alternative", [text_part(body, "plain", charset, cte),
                                         text_part(html_doc, "html", charset, cte)], boundaries(slug, client)(0))
    hd = [("Return-Path", f"<{femail}>"), ("From", addr(fname, femail, charset)),
          ("To", addr(po.buyer.name, po.buyer.email)), ("Subject", ew(subject, charset)),
          ("Date", rfc_date(hdr_t)), ("Message-ID", make_msgid(slug, client, domain))]
    if threaded and po.rid:
        hd += [("In-Reply-To", po.rid), ("References", po.rid)]
    hd += list(extra)
    return message(hd, root)
