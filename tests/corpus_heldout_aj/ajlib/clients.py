"""Mail-client flavoured reply builders (Outlook, Gmail, Apple Mail, Thunderbird, plain)."""
from __future__ import annotations

import html

from .mime import hexid, multipart, text, Part, addr, enc_header
from .po import quote_gt

OUTLOOK_LABELS = {
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
    "hr": ("Šalje", "Poslano", "Prima", "Kopija", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Kp", "Zadeva"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "bg": ("От", "Изпратено", "До", "Як", "Относно"),
    "uk": ("Від", "Надіслано", "Кому", "Копія", "Тема"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Kopija", "Tema"),
    "lv": ("No", "Nosūtīts", "Kam", "Kopija", "Tēma"),
    "et": ("Saatja", "Saadetud", "Adressaat", "Koopia", "Teema"),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名"),
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "zht": ("寄件者", "寄件日期", "收件者", "副本", "主旨"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목"),
    "he": ("מאת", "נשלח", "אל", "עותק", "נושא"),
    "ar": ("من", "تم الإرسال", "إلى", "نسخة", "الموضوع"),
    "vi": ("Từ", "Đã gửi", "Đến", "Cc", "Chủ đề"),
    "th": ("จาก", "ส่ง", "ถึง", "สำเนา", "เรื่อง"),
    "id": ("Dari", "Terkirim", "Kepada", "Cc", "Subjek"),
}

WRAP = '<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head>\n<body{attrs}>\n{body}\n</body></html>\n'


def doc(body_html, charset="utf-8", attrs=""):
    return WRAP.format(cs=charset, attrs=attrs, body=body_html)


def paras(txt, style="outlook"):
    """Plain reply text -> HTML paragraphs."""
    out = []
    for block in txt.strip("\n").split("\n\n"):
        inner = "<br>\n".join(html.escape(l) for l in block.split("\n"))
        if style == "outlook":
            out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
        else:
            out.append(f"<div>{inner}</div><div><br></div>")
    return "\n".join(out)


def outlook_ids(seed):
    pre = "AM9PR0%sMB%s" % (hexid(seed + "p", 1).translate(str.maketrans("abcdef0", "1234567")),
                            str(int(hexid(seed + "n", 6), 16) % 9000 + 1000))
    mid = "<%s%s@%s.eurprd0%s.prod.outlook.com>" % (pre, hexid(seed, 24, True), pre, pre[6])
    bnd = "_000_%s%s_" % (pre, hexid(seed + "b", 24, True))
    return mid, bnd, pre


def gmail_ids(seed):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    h = hexid(seed, 64)
    s = "".join(alphabet[int(h[i:i + 2], 16) % 62] for i in range(0, 64, 2))
    mid = "<CA%s@mail.gmail.com>" % (s[:10] + "+" + s[10:30] + "=" + s[30:32])
    bnd = "000000000000" + hexid(seed + "b", 12)
    return mid, bnd


def uuid_like(seed, upper=True):
    h = hexid(seed, 32, upper)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def outlook_block_text(lang, frm, sent, to, subject, cc=None):
    lb = OUTLOOK_LABELS[lang]
    sep = " :" if lang == "fr" else ":"
    lines = ["________________________________", f"{lb[0]}{sep} {frm}", f"{lb[1]}{sep} {sent}", f"{lb[2]}{sep} {to}"]
    if cc:
        lines.append(f"{lb[3]}{sep} {cc}")
    lines.append(f"{lb[4]}{sep} {subject}")
    return "\n".join(lines)


def outlook_block_html(lang, frm, sent, to, subject, cc=None):
    lb = OUTLOOK_LABELS[lang]
    sep = "&nbsp;:" if lang == "fr" else ":"
    e = html.escape
    rows = [f"<b>{lb[0]}{sep}</b> {e(frm)}", f"<b>{lb[1]}{sep}</b> {e(sent)}", f"<b>{lb[2]}{sep}</b> {e(to)}"]
    if cc:
        rows.append(f"<b>{lb[3]}{sep}</b> {e(cc)}")
    rows.append(f"<b>{lb[4]}{sep}</b> {e(subject)}")
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p class="MsoNormal"><span style="font-family:&quot;Calibri&quot;,sans-serif">'
            + "<br>\n".join(rows) + "<o:p></o:p></span></p></div>")


OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}\n'
                'span.EmailStyle19 {{mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:windowtext;}}\n'
                '--></style>\n</head>\n<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"{attrs}>\n'
                '<div class="WordSection1">\n')


def outlook_html(reply_html, block_html, quoted_html, charset="utf-8", lang="EN-GB", attrs="", sig_html=""):
    return (OUTLOOK_HEAD.format(cs=charset, lang=lang, attrs=attrs) + reply_html + "\n" + sig_html +
            '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + block_html +
            '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + quoted_html + "\n</div>\n</body>\n</html>\n")


def outlook_reply(seed, reply_text, lang, frm, sent, to, subject, quoted_text, quoted_html, cc=None,
                  charset="utf-8", cte="quoted-printable", html_lang="EN-GB", attrs="", reply_html=None,
                  sig_text="", sig_html=None):
    _, bnd, _ = outlook_ids(seed)
    plain = (reply_text.rstrip("\n") + "\n\n" + (sig_text.rstrip("\n") + "\n\n" if sig_text else "")
             + outlook_block_text(lang, frm, sent, to, subject, cc) + "\n\n" + quoted_text)
    rh = reply_html if reply_html is not None else paras(reply_text)
    sh = sig_html if sig_html is not None else (paras(sig_text) if sig_text else "")
    h = outlook_html(rh, outlook_block_html(lang, frm, sent, to, subject, cc), quoted_html, charset, html_lang, attrs, sh)
    return multipart("alternative", bnd, [text(plain, "plain", charset, cte), text(h, "html", charset, cte)], preamble=None)


def gmail_reply(seed, reply_text, attribution, quoted_text, quoted_html, charset="UTF-8", cte="quoted-printable",
                reply_html=None, attrs=""):
    _, bnd = gmail_ids(seed)
    plain = reply_text.rstrip("\n") + "\n\n" + attribution + "\n\n" + quote_gt(quoted_text) + "\n"
    rh = reply_html if reply_html is not None else '<div dir="ltr">' + paras(reply_text, "gmail") + "</div>"
    h = (rh + '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
         + html.escape(attribution) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
         'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + quoted_html + "</blockquote></div>\n")
    if attrs:
        h = f"<div{attrs}>" + h + "</div>"
    return multipart("alternative", bnd, [text(plain, "plain", charset, cte), text(h, "html", charset, cte)], preamble=None)


def hdrs(frm, to, subject, date, mid, irt=None, refs=None, cc=None, extra=None, subj_charset="utf-8",
         from_charset="utf-8"):
    """frm/to: (name, email) tuples or strings."""
    def a(x, cs="utf-8"):
        return addr(*x, charset=cs) if isinstance(x, tuple) else x
    h = [("From", a(frm, from_charset)), ("To", a(to))]
    if cc:
        h.append(("Cc", a(cc)))
    h += [("Subject", enc_header(subject, subj_charset)), ("Date", date), ("Message-ID", mid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    if extra:
        h += extra
    return h


OUTLOOK_X = [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "en-GB")]


def outlook_extra(lang_tag="en-GB", attach=False, thread_topic=None):
    x = []
    if thread_topic:
        x.append(("Thread-Topic", enc_header(thread_topic)))
    x += [("Thread-Index", "AQHb" + hexid(thread_topic or lang_tag, 20, False) + "=="),
          ("Accept-Language", f"{lang_tag}, en-US"), ("Content-Language", lang_tag)]
    if attach:
        x.append(("X-MS-Has-Attach", "yes"))
    x.append(("X-MS-Exchange-Organization-SCL", "-1"))
    return x
