"""Mail-client flavoured message builders (Outlook, Gmail, Apple Mail, Thunderbird,
mobile, ERP senders) on top of anlib.mime.  All boundaries derive from a seed."""
from __future__ import annotations

import hashlib
import html as _h

from . import mime
from .case import BUYER_DOMAIN, maildate, req_id, request_subject, request_text, quote


def seedhex(seed, n=28):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def esc(s):
    return _h.escape(s, quote=False)


def plain_to_html(s):
    """Plain text -> HTML paragraphs the way webmailers do it."""
    return "<br>\n".join(esc(x) if x else "" for x in s.split("\n"))


def headers(frm, to, subject, date, mid, irt=None, refs=None, cc=None, extra=(), charset="utf-8"):
    hs = [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", mime.enc_header(subject, charset)), ("Date", date), ("Message-ID", mid)]
    if irt:
        hs.append(("In-Reply-To", irt))
        hs.append(("References", refs or irt))
    hs += list(extra)
    return hs


def reply_to(po):
    """In-Reply-To / References for a reply on the PO's acknowledgment request."""
    return req_id(po["po_number"])


def body(plain=None, html=None, attachments=(), seed="x", style="outlook",
         charset="utf-8", cte="quoted-printable", html_cte=None, related=()):
    """Assemble text/plain + text/html (+ inline images) + attachments."""
    h = seedhex(seed)
    if style == "outlook":
        b_alt, b_mix, b_rel = f"_000_{h[:20]}EXCH_", f"_004_{h[:20]}EXCH_", f"_003_{h[:20]}EXCH_"
    elif style == "gmail":
        b_alt, b_mix, b_rel = f"000000000000{h[:16]}", f"000000000000{h[4:20]}", f"000000000000{h[8:24]}"
    elif style == "apple":
        u = h[:8].upper() + "-" + h[8:12].upper() + "-" + h[12:16].upper() + "-" + h[16:20].upper() + "-" + h[20:28].upper()
        b_alt, b_mix, b_rel = f"Apple-Mail={u}", f"Apple-Mail=_{u}", f"Apple-Mail=_R{u}"
    elif style == "thunderbird":
        b_alt, b_mix, b_rel = f"------------{h[:24]}", f"------------{h[2:26]}", f"------------{h[4:28]}"
    else:
        b_alt, b_mix, b_rel = f"=_alt_{h}", f"=_mix_{h}", f"=_rel_{h}"
    parts = []
    if plain is not None:
        parts.append(mime.text(plain, "plain", charset, cte))
    if html is not None:
        if charset.lower() != "utf-8":
            html = html.replace("charset=utf-8", f"charset={charset}")
        hp = mime.html(html, charset, html_cte or cte)
        if related:
            hp = mime.multipart("related", [hp] + list(related), b_rel, '; type="text/html"')
        parts.append(hp)
    if len(parts) == 2:
        core = mime.multipart("alternative", parts, b_alt)
    else:
        core = parts[0]
    if attachments:
        return mime.multipart("mixed", [core] + list(attachments), b_mix)
    return core


# ---------------------------------------------------------------- quoting
OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "pt": ("De", "Enviada", "Para", "Assunto"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Subiect"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Zadeva"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"),
    "bg": ("От", "Изпратено", "До", "Относно"),
    "uk": ("Від", "Надіслано", "Кому", "Тема"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Tema"),
    "lv": ("No", "Nosūtīts", "Kam", "Tēma"),
    "et": ("Saatja", "Saadetud", "Adressaat", "Teema"),
    "zh": ("发件人", "发送时间", "收件人", "主题"),
    "ja": ("差出人", "送信日時", "宛先", "件名"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"),
}


def outlook_quote_plain(po, lang, sent):
    f, s, t, sub = OUTLOOK_LABELS[lang]
    b = po["buyer"]
    return (f"{f}: {b['name']} <{b['email']}>\n{s}: {sent}\n{t}: {po['supplier']['name']} "
            f"<{po['supplier']['email']}>\n{sub}: {request_subject(po)}\n\n" + request_text(po))


def outlook_quote_html(po, lang, sent):
    f, s, t, sub = OUTLOOK_LABELS[lang]
    b = po["buyer"]
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal"><b>{f}:</b> {esc(b["name"])} &lt;{b["email"]}&gt;<br>'
            f'<b>{s}:</b> {esc(sent)}<br><b>{t}:</b> {esc(po["supplier"]["name"])} &lt;{po["supplier"]["email"]}&gt;<br>'
            f'<b>{sub}:</b> {esc(request_subject(po))}</p></div>\n'
            f'<p class="MsoNormal">{plain_to_html(request_text(po))}</p>')


def outlook_html(top_html, quoted_html="", lang="en-GB"):
    return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            f'<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            f'<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}} --></style></head>'
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
            f'{top_html}\n<p class="MsoNormal">&nbsp;</p>\n{quoted_html}\n</div></body></html>')


def gmail_attr(po, lang_line):
    """lang_line: e.g. 'On Mon, 2 Nov 2026 at 09:14, {name} <{email}> wrote:'"""
    b = po["buyer"]
    return lang_line.format(name=b["name"], email=b["email"])


def gmail_html(top_html, attr, quoted_plain):
    q = plain_to_html(quoted_plain)
    return (f'<div dir="ltr">{top_html}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'{esc(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>')


def request_sent(po, hhmm="09:12"):
    return maildate(f"{po['issued']} {hhmm}")


def req_mid(po):
    return req_id(po["po_number"])


def buyer_to(po):
    b = po["buyer"]
    return mime.addr(b["name"], b["email"])


def outlook_extra(lang, topic, has_attach=False):
    return [("Thread-Topic", mime.enc_header(topic)),
            ("Thread-Index", "AQHc" + seedhex(topic, 18)),
            ("Content-Language", lang),
            ("X-MS-Has-Attach", "yes" if has_attach else ""),
            ("X-MS-TNEF-Correlator", "")]


def msgid(style, seed, domain):
    h = seedhex(seed, 40)
    if style == "outlook":
        box = "AM9PR07MB" + h[:4].upper()
        return f"<{box}{h[4:28].upper()}@{box}.eurprd07.prod.outlook.com>"
    if style == "exchange":
        return f"<{h[:8]}{h[8:16]}.{h[16:20]}@{domain}>"
    if style == "gmail":
        return f"<CA+{h[:6]}{h[6:30]}Qx{h[30:38]}@mail.gmail.com>"
    if style == "apple":
        u = "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:32]]).upper()
        return f"<{u}@{domain}>"
    if style == "thunderbird":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{h[:24]}.{h[24:32]}@{domain}>"


def p_mso(plain):
    """Plain text -> Outlook paragraphs."""
    out = []
    for para in plain.split("\n"):
        out.append(f'<p class="MsoNormal">{esc(para) if para else "&nbsp;"}</p>')
    return "\n".join(out)
