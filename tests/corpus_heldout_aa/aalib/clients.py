"""Reply builders imitating common mail clients."""
from __future__ import annotations

from . import mime
from .model import (BUYERS, gmail_html, outlook_html, outlook_text, quote, reqid, request_subject, request_text,
                    div_lines)
from .registry import hdrs

HB = {
    "en": ("From:", "Sent:", "To:", "Subject:", "Cc:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:", "Cc:"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :", "Cc :"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:", "CC:"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:", "CC:"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:", "Cc:"),
    "pt": ("De:", "Enviada em:", "Para:", "Assunto:", "Cc:"),
    "sk": ("Od:", "Odoslané:", "Komu:", "Predmet:", "Kópia:"),
    "cs": ("Od:", "Odesláno:", "Komu:", "Předmět:", "Kopie:"),
    "pl": ("Od:", "Wysłano:", "Do:", "Temat:", "DW:"),
    "ro": ("De la:", "Trimis:", "Către:", "Subiect:", "Cc:"),
    "bg": ("От:", "Изпратено:", "До:", "Тема:", "Як:"),
    "uk": ("Від:", "Надіслано:", "Кому:", "Тема:", "Копія:"),
    "sl": ("Od:", "Poslano:", "Za:", "Zadeva:", "Kp:"),
    "hr": ("Šalje:", "Poslano:", "Prima:", "Predmet:", "Kopija:"),
    "da": ("Fra:", "Sendt:", "Til:", "Emne:", "Cc:"),
    "sv": ("Från:", "Skickat:", "Till:", "Ämne:", "Kopia:"),
    "nb": ("Fra:", "Sendt:", "Til:", "Emne:", "Kopi:"),
    "fi": ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Aihe:", "Kopio:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Konu:", "Bilgi:"),
    "el": ("Από:", "Στάλθηκε:", "Προς:", "Θέμα:", "Κοιν.:"),
    "lt": ("Nuo:", "Išsiųsta:", "Kam:", "Tema:", "Kopija:"),
    "lv": ("No:", "Nosūtīts:", "Kam:", "Tēma:", "Kopija:"),
    "et": ("Saatja:", "Saadetud:", "Adressaat:", "Teema:", "Koopia:"),
}


def outlook_reply(p, sender, new, lang, sent_str, date, msgid, boundary, *, charset="utf-8", html_lang="EN-US",
                  cte="quoted-printable", to=None, cc=None, prefix="RE: ", extra=(), attachments=(),
                  mixed_boundary=None, quoted=None, subject=None, block_to=None, html=True, irt=True,
                  subj_charset="utf-8", subj_enc="B", font="Calibri"):
    """Outlook-style reply: new text, header block of the quoted mail, quoted request."""
    lab = HB[lang]
    bname, bemail = p["buyer"]["name"], p["buyer"]["email"]
    hb = [(lab[0], f"{bname} <{bemail}>"), (lab[1], sent_str),
          (lab[2], block_to or f"{p['supplier']['name']} <{p['supplier']['email']}>"),
          (lab[3], request_subject(p))]
    q = quoted if quoted is not None else request_text(p)
    parts = [mime.text(outlook_text(new, hb, q), "plain", charset, cte)]
    if html:
        hh = outlook_html(new, hb, q, html_lang, font)
        if charset.lower() != "utf-8":
            hh = hh.replace("charset=utf-8", f"charset={charset}")
        parts.append(mime.text(hh, "html", charset, cte))
    body = mime.Multi("alternative", parts, boundary) if len(parts) > 1 else parts[0]
    if attachments:
        body = mime.Multi("mixed", [body] + list(attachments), mixed_boundary)
    rid = reqid(p["po_number"], p["issued"])
    ex = [("Thread-Topic", request_subject(p)), ("Content-Language", html_lang.lower() if "-" in html_lang
                                                 else html_lang.lower())] + list(extra)
    if attachments:
        ex.append(("X-MS-Has-Attach", "yes"))
    return mime.message(hdrs(mime.addr(sender[0], sender[1], subj_charset, subj_enc), to or mime.addr(bname, bemail),
                             subject or (prefix + request_subject(p)), date, msgid,
                             rid if irt else None, rid if irt else None, cc=cc, extra=ex,
                             subj_charset=subj_charset, subj_enc=subj_enc), body)


def gmail_reply(p, sender, new, attrib, date, msgid, boundary, *, charset="UTF-8", to=None, cc=None,
                prefix="Re: ", extra=(), attachments=(), mixed_boundary=None, quoted=None, subject=None,
                cte="quoted-printable", html=True):
    bname, bemail = p["buyer"]["name"], p["buyer"]["email"]
    q = quoted if quoted is not None else request_text(p)
    txt = new.rstrip("\n") + "\n\n" + attrib + "\n\n" + quote(q)
    parts = [mime.text(txt, "plain", charset, cte)]
    if html:
        parts.append(mime.text(gmail_html(div_lines(new), attrib, q), "html", charset, cte))
    body = mime.Multi("alternative", parts, boundary) if len(parts) > 1 else parts[0]
    if attachments:
        body = mime.Multi("mixed", [body] + list(attachments), mixed_boundary)
    rid = reqid(p["po_number"], p["issued"])
    return mime.message(hdrs(mime.addr(sender[0], sender[1]), to or mime.addr(bname, bemail),
                             subject or (prefix + request_subject(p)), date, msgid, rid, rid, cc=cc,
                             extra=list(extra)), body)
