"""Reply shapes of common mail clients (Outlook, Gmail, Apple Mail, Thunderbird)."""
from . import mime
from .core import request_text, request_html, BUYER_DOMAIN

E = mime.html_escape

OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject", "Cc"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Cc"),
    "fr": ("De", "Envoyé", "À", "Objet", "Cc"),
    "it": ("Da", "Inviato", "A", "Oggetto", "Cc"),
    "es": ("De", "Enviado el", "Para", "Asunto", "CC"),
    "pt": ("De", "Enviado", "Para", "Assunto", "Cc"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "CC"),
    "pl": ("Od", "Wysłano", "Do", "Temat", "DW"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět", "Kopie"),
    "sv": ("Från", "Skickat", "Till", "Ämne", "Kopia"),
    "da": ("Fra", "Sendt", "Til", "Emne", "Cc"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy", "Másolatot kap"),
    "ro": ("De la", "Trimis", "Către", "Subiect", "Cc"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu", "Bilgi"),
    "el": ("Από", "Στάλθηκε", "Προς", "Θέμα", "Κοιν."),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe", "Kopio"),
    "sk": ("Od", "Odoslané", "Komu", "Predmet", "Kópia"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet", "Kopija"),
    "bg": ("От", "Изпратено", "До", "Тема", "Як"),
    "uk": ("Від", "Надіслано", "Кому", "Тема", "Копія"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Tema", "Kopija"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목", "참조"),
}

STYLE = ("<style><!--\n@font-face {font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal "
         "{margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;}\n"
         "span.EmailStyle19 {mso-style-type:personal-reply; color:windowtext;}\n--></style>")


def subj(po_number):
    return f"PO {po_number} - please confirm"


def outlook(new_text, po, sent_line, lang="en", charset="utf-8", cte="quoted-printable",
            boundary="_000_", to_line=None, contact="", html_only=False, reminder=False,
            new_html=None, body_lang="EN-GB", signature_html=None, orig_subject=None):
    """new_text: supplier's plain text (may contain signature). Returns a Part."""
    f, s, t, sub, _ = OUTLOOK_LABELS[lang]
    b = po["buyer"]
    to_line = to_line or po["supplier"]["email"]
    orig_subject = orig_subject or (("Reminder: " if reminder else "") + subj(po["po_number"]))
    orig = request_text(po, contact, reminder)
    plain = (new_text.rstrip("\n") + "\n\n________________________________\n"
             f"{f}: {b['name']} <{b['email']}>\n{s}: {sent_line}\n{t}: {to_line}\n{sub}: {orig_subject}\n\n" + orig)
    if new_html is None:
        new_html = "".join(f"<p class=MsoNormal>{E(l) if l else '&nbsp;'}<o:p></o:p></p>\n"
                           for l in new_text.rstrip("\n").split("\n"))
    html = (f"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
            f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">"
            f"<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">{STYLE}</head>\n"
            f"<body lang={body_lang} link=\"#0563C1\" vlink=\"#954F72\"><div class=WordSection1>\n{new_html}\n"
            + (signature_html or "") +
            f"<div><div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
            f"<p class=MsoNormal><b>{f}:</b> {E(b['name'])} &lt;{b['email']}&gt;<br><b>{s}:</b> {E(sent_line)}<br>"
            f"<b>{t}:</b> {E(to_line)}<br><b>{sub}:</b> {E(orig_subject)}<o:p></o:p></p></div></div>\n"
            f"<div>{request_html(po, contact, reminder)}</div></div></body></html>\n")
    hp = mime.text(html, "html", charset, cte)
    if html_only:
        return hp
    return mime.multipart("alternative", [mime.text(plain, "plain", charset, cte), hp], boundary)


def gmail(new_text, po, attribution, charset="UTF-8", boundary="000000000000", contact="",
          reminder=False, cte="quoted-printable", with_html=True, extra_quote=None):
    orig = extra_quote if extra_quote is not None else request_text(po, contact, reminder)
    plain = new_text.rstrip("\n") + "\n\n" + attribution + "\n\n" + mime.quote(orig) + "\n"
    if not with_html:
        return mime.text(plain, "plain", charset, cte)
    new_html = "".join(f"<div>{E(l) if l else '<br>'}</div>" for l in new_text.rstrip("\n").split("\n"))
    html = (f"<div dir=\"ltr\">{new_html}</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
            f"{E(attribution)}<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
            f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
            + "".join(f"{E(l)}<br>" for l in orig.split("\n")) + "</blockquote></div>\n")
    return mime.multipart("alternative", [mime.text(plain, "plain", charset, cte),
                                          mime.text(html, "html", charset, cte)], boundary)


def thread_headers(po, frm, to, subject, date, msgid, extra_refs=(), cc=None, mailer=None, reply=True):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Date", date), ("Message-ID", msgid)]
    if reply and po.get("request_message_id"):
        refs = list(extra_refs) + [po["request_message_id"]]
        h.append(("In-Reply-To", refs[-1]))
        h.append(("References", " ".join(refs)))
    if mailer:
        h.append(mailer)
    return h
