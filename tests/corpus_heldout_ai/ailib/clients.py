"""Mail-client flavoured message builders (Outlook, Gmail, Apple Mail,
Thunderbird, mobile, generic ERP)."""
from __future__ import annotations

import base64
import hashlib

from . import mime as M
from .core import OURDOM


def headers(frm, to, subject, date, msgid, irt=None, refs=None, cc=None, extra=(), pre=()):
    h = list(pre)
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Date", date), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", M.fold(refs) if isinstance(refs, str) else M.fold(" ".join(refs))))
    h += list(extra)
    return h


def received(by, frm_host, ip, date, id_seed):
    return ("Received", f"from {frm_host} ({frm_host} [{ip}])\n\tby {by} with ESMTPS id "
                        f"{M.hexid(id_seed, 12)}\n\tfor <inbox@{OURDOM}>; {date}")


def _bnd(seed, style):
    h = M.hexid(seed, 32)
    if style == "outlook":
        return f"_000_{h[:24].upper()}_"
    if style == "gmail":
        return f"000000000000{h[:12]}"
    if style == "apple":
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
    if style == "tb":
        return f"------------{h[:24]}"
    return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{int(h[14:22], 16)}"


def _wrap(alt_or_text, attachments, seed, style, related=None):
    if not attachments:
        return alt_or_text
    b = _bnd(seed + "mixed", style)
    if style == "outlook":
        b = "_004_" + b[5:]
    return M.multipart("mixed", b, [alt_or_text] + list(attachments))


def outlook_msg(*, seed, frm, to, subject, date, msgid, irt=None, refs=None, cc=None,
                reply, hdr_block=None, quoted="", cs="utf-8", cte="quoted-printable",
                lang="EN-US", clang="en-US", attachments=(), reply_html=None, plain=True, extra=()):
    html = M.outlook_html(reply, hdr_block, quoted, cs=cs, lang=lang, reply_html=reply_html)
    parts = []
    if plain:
        parts.append(M.text(M.outlook_plain(reply, hdr_block, quoted), "plain", cs, cte))
    parts.append(M.text(html, "html", cs, cte))
    body = M.multipart("alternative", _bnd(seed, "outlook"), parts) if len(parts) > 1 else parts[0]
    body = _wrap(body, attachments, seed, "outlook")
    ti = base64.b64encode(hashlib.sha1(seed.encode()).digest()[:22]).decode()
    ex = [("Thread-Topic", M.fold(subject) if subject.isascii() else subject.split("\n")[0]),
          ("Thread-Index", ti),
          ("Accept-Language", f"{clang}, en-US"),
          ("Content-Language", clang),
          ("X-MS-Has-Attach", "yes" if attachments else ""),
          ("X-MS-TNEF-Correlator", "")]
    ex = [(k, v) for k, v in ex if v != "" or k in ("X-MS-TNEF-Correlator",)]
    h = headers(frm, to, subject, date, msgid, irt, refs, cc, extra=ex + list(extra))
    h = [(k, v) if v else (k, "") for k, v in h]
    return M.build([(k, v) for k, v in h if v != ""], body)


def gmail_msg(*, seed, frm, to, subject, date, msgid, irt=None, refs=None, cc=None,
              reply, attr=None, quoted="", cs="UTF-8", cte="quoted-printable",
              attachments=(), reply_html=None, extra=()):
    plain = reply.rstrip("\n") + "\n"
    if attr:
        plain += "\n" + attr + "\n\n" + M.quote_gt(quoted) + "\n"
    rh = reply_html if reply_html is not None else M.html_lines(reply)
    html = f'<div dir="ltr">{rh}</div>'
    if attr:
        html += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                 f'{M.esc(attr)}<br></div>{M.html_blockquote(quoted)}</div>')
    html += "\n"
    alt = M.multipart("alternative", _bnd(seed, "gmail"),
                      [M.text(plain, "plain", cs, cte), M.text(html, "html", cs, cte)])
    body = _wrap(alt, attachments, seed, "gmail")
    return M.build(headers(frm, to, subject, date, msgid, irt, refs, cc, extra=extra), body)


def apple_msg(*, seed, frm, to, subject, date, msgid, irt=None, refs=None, cc=None,
              reply, attr=None, quoted="", cs="utf-8", cte="quoted-printable", iphone=False,
              attachments=(), html_too=True, extra=()):
    plain = reply.rstrip("\n") + "\n"
    if attr:
        plain += "\n" + attr + "\n\n" + M.quote_gt(quoted) + "\n"
    parts = [M.text(plain, "plain", cs, cte)]
    if html_too:
        html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=' + cs + '"></head>'
                '<body dir="auto">' + M.html_lines(reply) )
        if attr:
            html += (f'<div dir="ltr"><br><blockquote type="cite">{M.esc(attr)}<br><br>'
                     + M.html_lines(quoted) + "</blockquote></div>")
        html += "</body></html>\n"
        parts.append(M.text(html, "html", cs, cte))
    body = M.multipart("alternative", _bnd(seed, "apple"), parts) if len(parts) > 1 else parts[0]
    body = _wrap(body, attachments, seed, "apple")
    mailer = "iPhone Mail (22B91)" if iphone else "Apple Mail (2.3826.200.121)"
    return M.build(headers(frm, to, subject, date, msgid, irt, refs, cc,
                           extra=[("X-Mailer", mailer)] + list(extra)), body)


def tb_msg(*, seed, frm, to, subject, date, msgid, irt=None, refs=None, cc=None,
           reply, attr=None, quoted="", cs="UTF-8", cte="8bit", attachments=(), bottom=False,
           ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2",
           lang="en-US", extra=(), flowed=True):
    if attr and bottom:
        plain = attr + "\n" + M.quote_gt(quoted) + "\n\n" + reply.rstrip("\n") + "\n"
    elif attr:
        plain = reply.rstrip("\n") + "\n\n" + attr + "\n" + M.quote_gt(quoted) + "\n"
    else:
        plain = reply.rstrip("\n") + "\n"
    part = M.text(plain, "plain", cs, cte, flowed=flowed)
    part.headers.insert(1, ("Content-Language", lang))
    body = _wrap(part, attachments, seed, "tb")
    return M.build(headers(frm, to, subject, date, msgid, irt, refs, cc,
                           extra=[("User-Agent", ua)] + list(extra)), body)


def plain_msg(*, seed, frm, to, subject, date, msgid, irt=None, refs=None, cc=None, body_text,
              cs="utf-8", cte="quoted-printable", attachments=(), extra=(), style="java", subtype="plain"):
    part = M.text(body_text, subtype, cs, cte)
    body = _wrap(part, attachments, seed, style)
    return M.build(headers(frm, to, subject, date, msgid, irt, refs, cc, extra=extra), body)


def html_only_msg(*, seed, frm, to, subject, date, msgid, irt=None, refs=None, cc=None, html,
                  cs="utf-8", cte="quoted-printable", attachments=(), extra=(), style="java"):
    return plain_msg(seed=seed, frm=frm, to=to, subject=subject, date=date, msgid=msgid, irt=irt,
                     refs=refs, cc=cc, body_text=html, cs=cs, cte=cte, attachments=attachments,
                     extra=extra, style=style, subtype="html")


def alt_msg(*, seed, frm, to, subject, date, msgid, irt=None, refs=None, cc=None, plain, html,
            cs="utf-8", cte="quoted-printable", attachments=(), extra=(), style="java"):
    alt = M.multipart("alternative", _bnd(seed, style), [M.text(plain, "plain", cs, cte),
                                                          M.text(html, "html", cs, cte)])
    body = _wrap(alt, attachments, seed, style)
    return M.build(headers(frm, to, subject, date, msgid, irt, refs, cc, extra=extra), body)


def our_addr(p):
    return M.addr(p["buyer"]["name"], p["buyer"]["email"])


def sent_line_en(p, hhmm="09:12"):
    import datetime as dt
    d = dt.date.fromisoformat(p["issued"])
    h, m = map(int, hhmm.split(":"))
    ap = "AM" if h < 12 else "PM"
    h12 = h if 1 <= h <= 12 else (h - 12 if h > 12 else 12)
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year} {h12}:{m:02d} {ap}"


# ---------------------------------------------------------------- ids

def mid_outlook(seed, region="eurprd03"):
    h = M.hexid(seed, 40).upper()
    srv = f"{['AM', 'DB', 'PA', 'VI', 'GV', 'FR'][int(h[0], 16) % 6]}{int(h[1:2], 16) % 9 + 1}PR0{int(h[2], 16) % 9 + 1}MB{int(h[3:7], 16) % 9000 + 1000}"
    return f"<{srv}{h[8:30]}@{srv}.{region}.prod.outlook.com>"


def mid_gmail(seed):
    raw = hashlib.sha256(seed.encode()).digest()
    tail = base64.b64encode(raw[:33]).decode().replace("/", "_").replace("=", "")
    return f"<CA{tail[:2]}+{tail[2:44]}@mail.gmail.com>"


def mid_uuid(seed, domain):
    h = M.hexid(seed, 32)
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def mid_plain(seed, domain, prefix=""):
    return f"<{prefix}{M.hexid(seed, 20)}@{domain}>"


# ---------------------------------------------------------------- localized "sent" dates

WD = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle".split(),
    "sk": "pondelok utorok streda štvrtok piatok sobota nedeľa".split(),
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai".split(),
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap".split(),
    "hr": "ponedjeljak utorak srijeda četvrtak petak subota nedjelja".split(),
    "sl": "ponedeljek torek sreda četrtek petek sobota nedelja".split(),
    "ro": "luni marți miercuri joi vineri sâmbătă duminică".split(),
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
    "el": "Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή".split(),
    "bg": "понеделник вторник сряда четвъртък петък събота неделя".split(),
    "uk": "понеділок вівторок середа четвер пʼятниця субота неділя".split(),
}
MN = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "nb": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември".split(),
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
}


def sent_local(iso_date, lang, hhmm="09:12"):
    import datetime as dt
    d = dt.date.fromisoformat(iso_date)
    w = WD[lang][d.weekday()]
    mo = MN[lang][d.month - 1]
    h, m = hhmm.split(":")
    if lang == "en":
        hh = int(h)
        ap = "AM" if hh < 12 else "PM"
        h12 = hh if 1 <= hh <= 12 else (hh - 12 if hh > 12 else 12)
        return f"{w}, {mo} {d.day}, {d.year} {h12}:{m} {ap}"
    if lang == "de":
        return f"{w}, {d.day}. {mo} {d.year} {hhmm}"
    if lang in ("fr", "it", "nl"):
        return f"{w} {d.day} {mo} {d.year} {hhmm}"
    if lang == "es":
        return f"{w}, {d.day} de {mo} de {d.year} {int(h)}:{m}"
    if lang == "pt":
        return f"{w}, {d.day} de {mo} de {d.year} {hhmm}"
    if lang == "sv":
        return f"den {d.day} {mo} {d.year} {hhmm}"
    if lang in ("da", "nb"):
        return f"{w} {d.day}. {mo} {d.year} {hhmm}"
    if lang in ("pl",):
        return f"{w}, {d.day} {mo} {d.year} {hhmm}"
    if lang in ("cs", "sk", "hr"):
        return f"{w} {d.day}. {mo} {d.year} {int(h)}:{m}"
    if lang == "sl":
        return f"{w}, {d.day}. {d.month}. {d.year} {hhmm}"
    if lang == "fi":
        return f"{w} {d.day}. {mo} {d.year} {int(h)}.{m}"
    if lang == "hu":
        return f"{d.year}. {mo} {d.day}., {w} {int(h)}:{m}"
    if lang == "ro":
        return f"{w}, {d.day} {mo} {d.year} {hhmm}"
    if lang == "tr":
        return f"{d.day} {mo} {d.year} {w} {hhmm}"
    if lang in ("el", "bg", "uk"):
        return f"{w}, {d.day} {mo} {d.year} {hhmm}"
    raise KeyError(lang)


OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:"),
    "pt": ("De:", "Enviado:", "Para:", "Assunto:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "sv": ("Från:", "Skickat:", "Till:", "Ämne:"),
    "da": ("Fra:", "Sendt:", "Til:", "Emne:"),
    "nb": ("Fra:", "Sendt:", "Til:", "Emne:"),
    "pl": ("Od:", "Wysłano:", "Do:", "Temat:"),
    "cs": ("Od:", "Odesláno:", "Komu:", "Předmět:"),
    "sk": ("Od:", "Odoslané:", "Komu:", "Predmet:"),
    "fi": ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Aihe:"),
    "hu": ("Feladó:", "Elküldve:", "Címzett:", "Tárgy:"),
    "hr": ("Šalje:", "Poslano:", "Prima:", "Predmet:"),
    "sl": ("Od:", "Poslano:", "Za:", "Zadeva:"),
    "ro": ("De la:", "Trimis:", "Către:", "Subiect:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Konu:"),
    "el": ("Από:", "Αποστολή:", "Προς:", "Θέμα:"),
    "bg": ("От:", "Изпратено:", "До:", "Тема:"),
    "uk": ("Від:", "Надіслано:", "Кому:", "Тема:"),
}


def outlook_block(p, lang="en", hhmm="09:12", to=None, subject=None):
    lab = OUTLOOK_LABELS[lang]
    b = p["buyer"]
    sent = sent_local(p["issued"], lang, hhmm)
    return [(lab[0], f"{b['name']} <{b['email']}>"), (lab[1], sent),
            (lab[2], to or p["supplier"]["email"]), (lab[3], subject or f"Purchase order {p['po_number']} - please confirm")]
