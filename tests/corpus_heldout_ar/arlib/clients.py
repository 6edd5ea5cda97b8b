"""Reply layouts of common mail clients (Outlook, Gmail, Apple Mail, Thunderbird)."""
from __future__ import annotations

from .mime import text, multipart, esc, text_to_html, quote_gt, pre_html

OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "pt": ("De", "Enviado", "Para", "Cc", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Kopie", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Kópia", "Predmet"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Cc", "Subiect"),
    "hr": ("Šalje", "Poslano", "Prima", "Kopija", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Kp", "Zadeva"),
    "bg": ("От", "Изпратено", "До", "Копие", "Тема"),
    "el": ("Από", "Αποστολή", "Προς", "Κοιν.", "Θέμα"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu"),
    "da": ("Fra", "Sendt", "Til", "Cc", "Emne"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    "nb": ("Fra", "Sendt", "Til", "Kopi", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Kopija", "Tema"),
    "lv": ("No", "Nosūtīts", "Kam", "Kopija", "Tēma"),
    "et": ("Saatja", "Saadetud", "Adressaat", "Koopia", "Teema"),
    "uk": ("Від", "Надіслано", "Кому", "Копія", "Тема"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목"),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名"),
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "he": ("מאת", "נשלח", "אל", "עותק", "נושא"),
    "ar": ("من", "تاريخ الإرسال", "إلى", "نسخة", "الموضوع"),
    "id": ("Dari", "Terkirim", "Kepada", "Cc", "Subjek"),
    "vi": ("Từ", "Đã gửi", "Đến", "Cc", "Chủ đề"),
    "th": ("จาก", "ส่ง", "ถึง", "สำเนา", "เรื่อง"),
}


def outlook_block_text(orig, lang="en", sep="line"):
    f, s, t, c, sub = OUTLOOK_LABELS[lang]
    out = []
    if sep == "line":
        out.append("________________________________")
    elif sep == "orig":
        out.append("-----Original Message-----")
    out.append(f"{f}: {orig['from']}")
    out.append(f"{s}: {orig['sent']}")
    out.append(f"{t}: {orig['to']}")
    if orig.get("cc"):
        out.append(f"{c}: {orig['cc']}")
    out.append(f"{sub}: {orig['subject']}")
    return "\n".join(out) + "\n\n" + orig["body"]


def outlook_block_html(orig, lang="en"):
    f, s, t, c, sub = OUTLOOK_LABELS[lang]
    rows = [f"<b>{esc(f)}:</b> {esc(orig['from'])}", f"<b>{esc(s)}:</b> {esc(orig['sent'])}",
            f"<b>{esc(t)}:</b> {esc(orig['to'])}"]
    if orig.get("cc"):
        rows.append(f"<b>{esc(c)}:</b> {esc(orig['cc'])}")
    rows.append(f"<b>{esc(sub)}:</b> {esc(orig['subject'])}")
    body_html = orig.get("body_html") or text_to_html(orig["body"], '<p class="MsoNormal">', "</p>")
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'
            + "<br>\n".join(rows) + "</span></p>\n</div>\n" + body_html + "\n")


def outlook_html_doc(inner, charset="utf-8", lang_attr="EN-GB"):
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            f'<body lang="{lang_attr}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')


def outlook(reply_txt, orig, boundary, lang="en", charset="utf-8", cte="quoted-printable",
            reply_html=None, sep="line", lang_attr="EN-GB", quoted=True):
    """multipart/alternative as Outlook writes it: top-posted answer, header block, original below."""
    plain = reply_txt.rstrip("\n") + "\n\n"
    if quoted:
        plain += outlook_block_text(orig, lang, sep)
    rh = reply_html or text_to_html(reply_txt, '<p class="MsoNormal">', "</p>")
    inner = rh + '\n<p class="MsoNormal">&nbsp;</p>\n'
    if quoted:
        inner += outlook_block_html(orig, lang)
    html = outlook_html_doc(inner, charset, lang_attr)
    return multipart("alternative", [text(plain, "plain", charset, cte), text(html, "html", charset, cte)], boundary)


def gmail(reply_txt, attribution, quoted_txt, boundary, charset="UTF-8", cte="quoted-printable", reply_html=None):
    plain = reply_txt.rstrip("\n") + "\n\n" + attribution + "\n\n" + quote_gt(quoted_txt)
    rh = reply_html or "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in reply_txt.rstrip("\n").split("\n"))
    html = (f'<div dir="ltr">{rh}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'{esc(attribution)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{pre_html(quoted_txt)}</blockquote></div>\n')
    return multipart("alternative", [text(plain, "plain", charset, cte), text(html, "html", charset, cte)], boundary)


def apple(reply_txt, attribution, quoted_txt, boundary, charset="utf-8", cte="quoted-printable", html=True):
    plain = reply_txt.rstrip("\n") + "\n\n" + attribution + "\n\n" + quote_gt(quoted_txt)
    if not html:
        return text(plain, "plain", charset, cte)
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=' + charset + '"></head>'
         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
         + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in reply_txt.rstrip("\n").split("\n"))
         + f'<div><br><blockquote type="cite"><div>{esc(attribution)}</div><br><div><div>{pre_html(quoted_txt)}</div></div></blockquote></div></body></html>\n')
    return multipart("alternative", [text(plain, "plain", charset, cte), text(h, "html", charset, cte)], boundary)


def thunderbird(reply_txt, attribution, quoted_txt, charset="UTF-8", cte="8bit", bottom=False):
    if bottom:
        plain = attribution + "\n" + quote_gt(quoted_txt) + "\n" + reply_txt.rstrip("\n") + "\n"
    else:
        plain = reply_txt.rstrip("\n") + "\n\n" + attribution + "\n" + quote_gt(quoted_txt)
    return text(plain, "plain", charset, cte, flowed=True)
