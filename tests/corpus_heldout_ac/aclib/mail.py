"""Mail-client flavoured builders: our acknowledgment request, Outlook / Gmail / Apple replies."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from . import mime
from .po import BUYERS, D, WD, rfc_date

SIG_BUYER = "Purchasing | Halden Group AB\nHamngatan 14, 411 06 Gothenburg, Sweden"

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

LOC = {
    "en": (("From", "Sent", "To", "Cc", "Subject"), lambda d, t: f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month-1]} {d.day}, {d.year} {t}"),
    "de": (("Von", "Gesendet", "An", "Cc", "Betreff"),
           lambda d, t: f"{['Montag','Dienstag','Mittwoch','Donnerstag','Freitag','Samstag','Sonntag'][d.weekday()]}, {d.day}. {['Januar','Februar','März','April','Mai','Juni','Juli','August','September','Oktober','November','Dezember'][d.month-1]} {d.year} {t}"),
    "fr": (("De", "Envoyé", "À", "Cc", "Objet"),
           lambda d, t: f"{['lundi','mardi','mercredi','jeudi','vendredi','samedi','dimanche'][d.weekday()]} {d.day} {['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre'][d.month-1]} {d.year} {t}"),
    "it": (("Da", "Inviato", "A", "Cc", "Oggetto"),
           lambda d, t: f"{['lunedì','martedì','mercoledì','giovedì','venerdì','sabato','domenica'][d.weekday()]} {d.day} {['gennaio','febbraio','marzo','aprile','maggio','giugno','luglio','agosto','settembre','ottobre','novembre','dicembre'][d.month-1]} {d.year} {t}"),
    "es": (("De", "Enviado el", "Para", "CC", "Asunto"),
           lambda d, t: f"{['lunes','martes','miércoles','jueves','viernes','sábado','domingo'][d.weekday()]}, {d.day} de {['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre'][d.month-1]} de {d.year} {t}"),
    "nl": (("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
           lambda d, t: f"{['maandag','dinsdag','woensdag','donderdag','vrijdag','zaterdag','zondag'][d.weekday()]} {d.day} {['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december'][d.month-1]} {d.year} {t}"),
    "pt": (("De", "Enviada", "Para", "Cc", "Assunto"),
           lambda d, t: f"{['segunda-feira','terça-feira','quarta-feira','quinta-feira','sexta-feira','sábado','domingo'][d.weekday()]}, {d.day} de {['janeiro','fevereiro','março','abril','maio','junho','julho','agosto','setembro','outubro','novembro','dezembro'][d.month-1]} de {d.year} {t}"),
    "pl": (("Od", "Wysłano", "Do", "DW", "Temat"),
           lambda d, t: f"{['poniedziałek','wtorek','środa','czwartek','piątek','sobota','niedziela'][d.weekday()]}, {d.day} {['stycznia','lutego','marca','kwietnia','maja','czerwca','lipca','sierpnia','września','października','listopada','grudnia'][d.month-1]} {d.year} {t}"),
    "cs": (("Od", "Odesláno", "Komu", "Kopie", "Předmět"),
           lambda d, t: f"{['pondělí','úterý','středa','čtvrtek','pátek','sobota','neděle'][d.weekday()]} {d.day}. {['ledna','února','března','dubna','května','června','července','srpna','září','října','listopadu','prosince'][d.month-1]} {d.year} {t}"),
}


def outlook_header_block(lang, frm, sent_date, sent_time, to, subject, cc=None):
    """(plain, html) of an Outlook 'From: / Sent:' block; sent_date ISO, sent_time 'HH:MM'."""
    labels, fmt = LOC[lang]
    d = D(sent_date)
    sp = " " if lang == "fr" else ""
    sent = fmt(d, sent_time)
    rows = [(labels[0], frm), (labels[1], sent), (labels[2], to)]
    if cc:
        rows.append((labels[3], cc))
    rows.append((labels[4], subject))
    plain = "\n".join(f"{k}{sp}: {v}" for k, v in rows)
    html = "<br>\n".join(f"<b>{mime.esc(k)}{sp}:</b> {mime.esc(v)}" for k, v in rows)
    return plain, html


def fmt_qty(q):
    return f"{q:,}".replace(",", ",")


def request_text(pos, buyer_key, greeting="Dear Sir or Madam,", reminder=False):
    """Plain text of the acknowledgment request our system sent (one or more POs)."""
    b = BUYERS[buyer_key]
    out = [greeting, ""]
    for p in pos:
        if reminder:
            out.append(f"Reminder: we have not yet received your order acknowledgment for purchase order "
                       f"{p['po_number']} of {p['issued']}. Please confirm quantities, prices and delivery dates.")
        else:
            out.append(f"Please find attached our purchase order {p['po_number']} dated {p['issued']}. "
                       f"Kindly confirm quantities, prices and delivery dates by return.")
        out.append("")
        out.append("Line  Item                  Qty        Unit price      Requested date")
        for ln in p["lines"]:
            out.append(f"{ln['line']:<5} {ln['item']:<21} {ln['quantity']:>6} {ln['uom']:<4} "
                       f"{ln['unit_price']:>9} {p['currency']}   {ln['requested_date']}")
            out.append(f"      {ln['description']}")
        out.append("")
    out += ["Best regards", b[0], SIG_BUYER]
    return "\n".join(out)


def paras_html(text: str) -> str:
    """Blank-line separated paragraphs -> Outlook-like <p class=MsoNormal> HTML."""
    out = []
    for para in text.split("\n\n"):
        lines = [mime.esc(x) for x in para.split("\n")]
        out.append("<p class=MsoNormal>" + "<br>\n".join(lines) + "<o:p></o:p></p>")
    return "\n".join(out)


def pre_html(text: str) -> str:
    return "<br>\n".join(mime.esc(x) for x in text.split("\n"))


def outlook_alt(body: str, quoted_plain_hdr: str, quoted_html_hdr: str, quoted: str, boundary: str,
                charset="utf-8", cte="quoted-printable", body_html=None, lang_attr="EN-US",
                html_cte=None) -> mime.Part:
    """Top-posted Outlook reply: multipart/alternative (plain + html) with original below."""
    plain = body.rstrip("\n") + "\n\n" + quoted_plain_hdr + "\n\n" + quoted + "\n"
    bh = body_html if body_html is not None else paras_html(body)
    html = (f"<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n"
            f"<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n"
            f"<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            f"<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}} --></style></head>\n"
            f"<body lang={lang_attr} link=\"#0563C1\" vlink=\"#954F72\"><div class=WordSection1>\n{bh}\n"
            f"<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
            f"<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
            f"<p class=MsoNormal>{quoted_html_hdr}<o:p></o:p></p></div>\n"
            f"<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<p class=MsoNormal>{pre_html(quoted)}<o:p></o:p></p>\n"
            f"</div></body></html>")
    return mime.multipart("alternative", boundary, [
        mime.text(plain, "plain", charset, cte),
        mime.html(html, charset, html_cte or cte),
    ])


def gmail_alt(body: str, attribution: str, quoted: str, boundary: str, charset="utf-8",
              cte="quoted-printable", body_html=None, bottom=False) -> mime.Part:
    """Gmail-style reply: plain with '> ' quoting and html with gmail_quote blockquote."""
    q = mime.quote_lines(quoted)
    if bottom:
        plain = attribution + "\n" + q + "\n\n" + body.rstrip("\n") + "\n"
    else:
        plain = body.rstrip("\n") + "\n\n" + attribution + "\n" + q + "\n"
    bh = body_html if body_html is not None else "".join(
        f"<div>{'<br>'.join(mime.esc(x) for x in para.split(chr(10)))}</div><div><br></div>" for para in body.split("\n\n"))
    quote_html = (f"<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{mime.esc(attribution)}<br></div>"
                  f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                  f"{pre_html(quoted)}</blockquote></div>")
    if bottom:
        html = f"<div dir=\"ltr\">{quote_html}<br>{bh}</div>"
    else:
        html = f"<div dir=\"ltr\">{bh}</div><br>{quote_html}"
    return mime.multipart("alternative", boundary, [
        mime.text(plain, "plain", charset, cte),
        mime.html(html + "\n", charset, cte),
    ])


def headers(frm, to, subject, date, msgid, in_reply_to=None, references=None, cc=None, extra=(),
            subject_charset="utf-8"):
    hs = [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", mime.h(subject, subject_charset)))
    hs.append(("Date", date))
    hs.append(("Message-ID", msgid))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    if references:
        hs.append(("References", references))
    hs += list(extra)
    return hs


def buyer_addr(key):
    n, e = BUYERS[key]
    return mime.addr(n, e)
