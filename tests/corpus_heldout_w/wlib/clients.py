"""How common mail clients lay out a reply (text + HTML, quoting, header blocks)."""
from __future__ import annotations

import html as _html

from . import mime
from .core import Orig, h8

# Outlook header-block labels, by language
OL = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "pt": ("De", "Enviado", "Para", "Cc", "Assunto"),
    "cs": ("Od", "Odesláno", "Komu", "Kopie", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Kópia", "Predmet"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Cc", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Kopi", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Cc", "Subiect"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Копія", "Тема"),
    "hr": ("Šalje", "Poslano", "Prima", "Kopija", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Kp", "Zadeva"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "bg": ("От", "Изпратено", "До", "Копие", "Тема"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Kopija", "Tema"),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목"),
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "et": ("Saatja", "Saadetud", "Adressaat", "Koopia", "Teema"),
    "lv": ("No", "Nosūtīts", "Kam", "Kopija", "Tēma"),
    "sr": ("Od", "Poslato", "Za", "Cc", "Tema"),
    "is": ("Frá", "Sent", "Til", "Afrit", "Efni"),
    "id": ("Dari", "Dikirim", "Kepada", "Cc", "Subjek"),
    "ms": ("Daripada", "Dihantar", "Kepada", "Sk", "Perkara"),
    "vi": ("Từ", "Đã gửi", "Đến", "Cc", "Chủ đề"),
}

WDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle".split(),
    "sk": "pondelok utorok streda štvrtok piatok sobota nedeľa".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai".split(),
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap".split(),
    "ro": "luni marți miercuri joi vineri sâmbătă duminică".split(),
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье".split(),
    "uk": "понеділок вівторок середа четвер пʼятниця субота неділя".split(),
    "hr": "ponedjeljak utorak srijeda četvrtak petak subota nedjelja".split(),
    "sl": "ponedeljek torek sreda četrtek petek sobota nedelja".split(),
    "el": "Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή".split(),
    "bg": "понеделник вторник сряда четвъртък петък събота неделя".split(),
    "lt": "pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis".split(),
}
# only October / November occur in the quoted requests
MONTHS = {
    "en": {10: "October", 11: "November"}, "de": {10: "Oktober", 11: "November"},
    "fr": {10: "octobre", 11: "novembre"}, "es": {10: "octubre", 11: "noviembre"},
    "it": {10: "ottobre", 11: "novembre"}, "nl": {10: "oktober", 11: "november"},
    "pt": {10: "outubro", 11: "novembro"}, "pl": {10: "października", 11: "listopada"},
    "cs": {10: "října", 11: "listopadu"}, "sk": {10: "októbra", 11: "novembra"},
    "sv": {10: "oktober", 11: "november"}, "da": {10: "oktober", 11: "november"},
    "nb": {10: "oktober", 11: "november"}, "fi": {10: "lokakuuta", 11: "marraskuuta"},
    "hu": {10: "október", 11: "november"}, "ro": {10: "octombrie", 11: "noiembrie"},
    "tr": {10: "Ekim", 11: "Kasım"}, "ru": {10: "октября", 11: "ноября"}, "uk": {10: "жовтня", 11: "листопада"},
    "hr": {10: "listopada", 11: "studenoga"}, "sl": {10: "oktober", 11: "november"},
    "el": {10: "Οκτωβρίου", 11: "Νοεμβρίου"}, "bg": {10: "октомври", 11: "ноември"},
    "lt": {10: "spalio", 11: "lapkričio"},
}


def sent_str(lang: str, when, us=False) -> str:
    d = when.dt
    wd = WDAYS[lang][d.weekday()]
    mo = MONTHS[lang][d.month]
    hm = f"{d.hour:02d}:{d.minute:02d}"
    if lang == "en":
        if us:
            h12 = d.hour % 12 or 12
            return f"{wd}, {mo} {d.day}, {d.year} {h12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
        return f"{wd}, {d.day} {mo} {d.year} {hm}"
    return {
        "de": f"{wd}, {d.day}. {mo} {d.year} {hm}",
        "fr": f"{wd} {d.day} {mo} {d.year} {hm}",
        "es": f"{wd}, {d.day} de {mo} de {d.year} {hm}",
        "it": f"{wd} {d.day} {mo} {d.year} {hm}",
        "nl": f"{wd} {d.day} {mo} {d.year} {hm}",
        "pt": f"{wd}, {d.day} de {mo} de {d.year} {hm}",
        "pl": f"{wd}, {d.day} {mo} {d.year} {hm}",
        "cs": f"{wd} {d.day}. {mo} {d.year} {hm}",
        "sk": f"{wd} {d.day}. {mo} {d.year} {hm}",
        "sv": f"den {d.day} {mo} {d.year} {hm}",
        "da": f"{d.day}. {mo} {d.year} {hm}",
        "nb": f"{wd} {d.day}. {mo} {d.year} {hm}",
        "fi": f"{wd} {d.day}. {mo} {d.year} {d.hour}.{d.minute:02d}",
        "hu": f"{d.year}. {mo} {d.day}., {wd} {hm}",
        "ro": f"{wd}, {d.day} {mo} {d.year} {hm}",
        "tr": f"{d.day} {mo} {d.year} {wd} {hm}",
        "ru": f"{wd}, {d.day} {mo} {d.year} г. {hm}",
        "uk": f"{wd}, {d.day} {mo} {d.year} р. {hm}",
        "hr": f"{wd}, {d.day}. {mo} {d.year}. {hm}",
        "sl": f"{wd}, {d.day}. {mo} {d.year} {hm}",
        "el": f"{wd}, {d.day} {mo} {d.year} {hm} μμ" if d.hour >= 12 else f"{wd}, {d.day} {mo} {d.year} {hm} πμ",
        "bg": f"{wd}, {d.day} {mo} {d.year} г. {hm}",
        "lt": f"{d.year} m. {mo} {d.day} d., {wd} {hm}",
    }[lang]


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def pre_html(s: str) -> str:
    """Plain text -> HTML keeping runs of spaces (as Outlook/Gmail do with &nbsp;)."""
    out = []
    for line in s.split("\n"):
        e = esc(line)
        while "  " in e:
            e = e.replace("  ", "&nbsp; ")
        out.append(e)
    return out


def quote(body: str, prefix=">") -> str:
    return "\n".join((prefix + " " + ln) if ln.strip() else prefix for ln in body.rstrip("\n").split("\n"))


# ---------------------------------------------------------------- Outlook

def outlook_block(o: Orig, lang="en", us=False, sent=None):
    L = OL[lang]
    sep = " " if lang == "fr" else ""
    to = "; ".join(f"{n} <{e}>" if n else e for n, e in o.to)
    cc = "; ".join(f"{n} <{e}>" if n else e for n, e in o.cc)
    s = sent or sent_str(lang, o.when, us)
    rows = [(L[0], f"{o.from_name} <{o.from_addr}>"), (L[1], s), (L[2], to)]
    if cc:
        rows.append((L[3], cc))
    rows.append((L[4], o.subject))
    plain = "\n".join(f"{k}{sep}: {v}" for k, v in rows)
    htm = "<br>\n".join(f"<b>{esc(k)}{sep}:</b> {esc(v)}" for k, v in rows)
    return plain, htm


def para_html(text: str, cls="MsoNormal") -> str:
    out = []
    for line in pre_html(text.rstrip("\n")):
        out.append(f'<p class="{cls}">{line if line else "<o:p>&nbsp;</o:p>"}</p>')
    return "\n".join(out)


def outlook_html(reply_html: str, o: Orig | None, lang, us=False, sent=None, body_lang="EN-GB", quoted_html=None,
                 charset="utf-8"):
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'p.MsoPlainText\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            f'<body lang="{body_lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n')
    out = head + reply_html + "\n"
    if o is not None:
        _, blk = outlook_block(o, lang, us, sent)
        out += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                f'<p class="MsoNormal">{blk}<o:p></o:p></p>\n</div>\n'
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        out += (quoted_html if quoted_html is not None else (o.html or para_html(o.body, "MsoPlainText"))) + "\n"
    out += "</div>\n</body>\n</html>\n"
    return out


def outlook(reply: str, o: Orig | None, lang="en", *, us=False, sent=None, charset="utf-8", cte="quoted-printable",
            reply_html=None, bnd="x", body_lang="EN-GB", html_only=False, quoted_plain=None, lossy=False):
    plain = reply.rstrip("\n") + "\n"
    if o is not None:
        blk, _ = outlook_block(o, lang, us, sent)
        plain += "\n" + "_" * 32 + "\n" + blk + "\n\n" + (quoted_plain if quoted_plain is not None else o.body)
    htm = outlook_html(reply_html if reply_html is not None else para_html(reply), o, lang, us, sent, body_lang,
                       charset=charset)
    hpart = mime.html(htm, charset, cte, lossy=lossy)
    if html_only:
        return hpart
    return mime.alternative(f"_000_{bnd}_", mime.text(plain, "plain", charset, cte, lossy=lossy), hpart)


def outlook_headers(case_key, topic, lang_tag="en-US", has_attach=False):
    t = h8("ti", case_key)
    import base64
    ti = base64.b64encode(bytes.fromhex(t[:32]) + bytes.fromhex(t[:12])).decode()
    return [("Thread-Topic", topic), ("Thread-Index", ti),
            ("Accept-Language", f"{lang_tag}, en-US"), ("Content-Language", lang_tag),
            ("X-MS-Has-Attach", "yes" if has_attach else ""), ("X-MS-TNEF-Correlator", ""),
            ("X-Mailer", "Microsoft Outlook 16.0")]


# ---------------------------------------------------------------- Gmail

def gmail(reply: str, o: Orig, attribution: str, *, charset="utf-8", cte="quoted-printable", bnd="0", reply_html=None):
    plain = reply.rstrip("\n") + "\n\n" + attribution + "\n\n" + quote(o.body) + "\n"
    rh = reply_html or "\n".join(f"<div>{ln if ln else '<br>'}</div>" for ln in pre_html(reply.rstrip("\n")))
    qh = "<br>\n".join(pre_html(o.body.rstrip("\n")))
    htm = (f'<div dir="ltr">{rh}</div><br><div class="gmail_quote gmail_quote_container">'
           f'<div dir="ltr" class="gmail_attr">{esc(attribution)}<br></div>'
           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
           f'padding-left:1ex">{qh}</blockquote></div>\n')
    b = f"000000000000{h8('g', bnd)[:12]}"
    return mime.alternative(b, mime.text(plain, "plain", charset, cte), mime.html(htm, charset, cte))


# ---------------------------------------------------------------- Thunderbird / plain clients

def flow(text: str, width: int = 72) -> str:
    """format=flowed wrapping as Thunderbird does it: soft breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width + 6 or line.startswith(">"):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def plain_reply(reply: str, o: Orig | None, attribution: str | None, *, charset="utf-8", cte="8bit",
                bottom=False, flowed=True):
    if flowed:
        reply = flow(reply)
    if o is None:
        body = reply.rstrip("\n") + "\n"
    elif bottom:
        body = attribution + "\n" + quote(o.body) + "\n\n" + reply.rstrip("\n") + "\n"
    else:
        body = reply.rstrip("\n") + "\n\n" + attribution + "\n" + quote(o.body) + "\n"
    return mime.text(body, "plain", charset, cte, flowed=flowed)


# ---------------------------------------------------------------- Apple Mail

def apple(reply: str, o: Orig, attribution: str, *, charset="utf-8", cte="quoted-printable", bnd="a", bottom=False):
    q = quote(o.body)
    plain = (attribution + "\n\n" + q + "\n\n" + reply.rstrip("\n") + "\n") if bottom else \
        (reply.rstrip("\n") + "\n\n" + attribution + "\n\n" + q + "\n")
    rh = "".join(f"<div>{ln if ln else '<br>'}</div>" for ln in pre_html(reply.rstrip("\n")))
    qh = "".join(f"<div>{ln if ln else '<br>'}</div>" for ln in pre_html(o.body.rstrip("\n")))
    quoted = (f'<div><br><blockquote type="cite"><div>{esc(attribution)}</div><br>'
              f'<div>{qh}</div></blockquote></div>')
    body = (quoted + "<br>" + rh) if bottom else (rh + quoted)
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=' + charset + '"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           + body + "</body></html>\n")
    b = f"Apple-Mail={h8('ap', bnd)[:8].upper()}-{h8('ap2', bnd)[:4].upper()}-4F2E-9C1B-{h8('ap3', bnd)[:12].upper()}"
    return mime.alternative(b, mime.text(plain, "plain", charset, cte), mime.html(htm, charset, cte))


def received(frm_host, ip, by_host, when, key):
    return (f"from {frm_host} ({frm_host} [{ip}])\n\tby {by_host} with ESMTPS id {h8('rcv', key)[:12]};\n"
            f"\t{when.hdr}")


def msgid(style, key, domain="example.com"):
    x = h8("mid", key)
    if style == "outlook":
        return f"<DB9PR0{x[:2].upper()}MB{x[2:6].upper()}{x[6:22].upper()}@DB9PR0{x[:2].upper()}MB{x[2:6].upper()}.eurprd0{int(x[22], 16) % 9 + 1}.prod.outlook.com>"
    if style == "gmail":
        return f"<CA+{x[:10]}{x[10:20].upper()}_{x[20:30]}@mail.gmail.com>"
    if style == "apple":
        return f"<{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:20].upper()}-{x[20:32].upper()}@{domain}>"
    if style == "tb":
        return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{domain}>"
    return f"<{x[:20]}.{x[20:28]}@{domain}>"


# ---------------------------------------------------------------- assembling whole mails

def request_mail(po) -> "mime.Mail":
    """The acknowledgment request as the agent sent it (for bounces / forwards)."""
    o = po.orig
    return mime.Mail(frm=(o.from_name, o.from_addr), to=o.to, subject=o.subject, date=o.when.hdr,
                     msgid=o.msgid, body=mime.text(o.body, "plain", "utf-8", "quoted-printable"),
                     extra=[("X-Mailer", "Harbour PO Agent 2.3")])


def reply(key, po, frm, when, body, *, style="outlook", prefix="RE: ", subject=None, to=None, cc=None,
          charset="utf-8", extra=None, thread=True, lang_tag="en-US", has_attach=False, orig=None):
    """A reply to the agent's request for po: threading headers, Received, client headers."""
    o = orig or po.orig
    x = list(extra or [])
    if style == "outlook":
        x = outlook_headers(key, o.subject, lang_tag, has_attach) + x
    elif style == "tb":
        x = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang_tag)] + x
    elif style == "apple":
        x = [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")] + x
    elif style == "iphone":
        x = [("X-Mailer", "iPhone Mail (22B91)")] + x
    mid_style = {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "iphone": "apple", "tb": "tb"}.get(style, "x")
    dom = frm[1].split("@")[1]
    return mime.Mail(
        frm=frm, to=to or [(po.buyer.name, po.buyer.email)], cc=cc,
        subject=subject if subject is not None else prefix + o.subject,
        date=when.hdr, msgid=msgid(mid_style, key, dom),
        in_reply_to=o.msgid if thread and o.msgid else None,
        references=o.msgid if thread and o.msgid else None,
        charset=charset, extra=x,
        received=[received(f"mail.{dom}", f"203.0.113.{int(h8('ip', key)[:2], 16) % 200 + 20}",
                           f"mx1.{po.buyer.company.domain}", when, key)],
        body=body)
