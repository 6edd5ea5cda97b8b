"""Our own acknowledgment-request mail (what suppliers quote) and mail-client quoting styles."""
from __future__ import annotations

import datetime as dt
import html as _html

from .case import BUYER_ORG

ADDRESSES = {
    "rotterdam": "Kestrel Supply Group, Distribution Centre, Waalhaven Z.z. 41, 3089 JH Rotterdam, NL",
    "leeds": "Kestrel Supply Group, Unit 7 Cross Green Way, Leeds LS9 0SE, UK",
    "duisburg": "Kestrel Supply Group GmbH, Am Parallelhafen 12, 47059 Duisburg, DE",
    "gary": "Kestrel Supply Group Inc., Rail Siding 3, 5400 W 5th Ave, Gary, IN 46406, USA",
    "sydney": "Kestrel Supply Group Pty Ltd, 22 Foundry Rd, Seven Hills NSW 2147, Australia",
    "lyon": "Kestrel Supply Group SAS, 18 rue de Gerland, 69007 Lyon, FR",
}


def _w(s, n):
    s = str(s)
    return s[:n].ljust(n)


def request_text(po, greeting="Dear Sir or Madam,", ship_to="rotterdam", date_style="iso",
                 extra=None):
    """Plain-text body of our PO acknowledgment request."""
    cur = po["currency"]
    dw = max([40] + [len(ln["description"]) for ln in po["lines"]])
    iw = max([16] + [len(ln["item"]) for ln in po["lines"]])
    lines = [greeting, "",
             "please acknowledge the purchase order below within 3 working days and state",
             "the confirmed quantity, unit price and delivery date for every line.", "",
             f"Purchase order:  {po['po_number']}",
             f"Order date:      {fmt_date(po['issued'], date_style)}",
             f"Deliver to:      {ADDRESSES[ship_to]}", "",
             f"Line  {_w('Item', iw)}  {_w('Description', dw)}  Qty       UoM   Unit price      Need-by",
             f"----  {'-' * iw}  {'-' * dw}  --------  ----  --------------  ----------"]
    for ln in po["lines"]:
        lines.append(f"{_w(ln['line'], 4)}  {_w(ln['item'], iw)}  {_w(ln['description'], dw)}  "
                     f"{_w(ln['quantity'], 8)}  {_w(ln['uom'], 4)}  {_w(ln['unit_price'] + ' ' + cur, 14)}  "
                     f"{fmt_date(ln['requested_date'], date_style)}")
    lines.append("")
    if extra:
        lines += extra + [""]
    lines += ["Prices as agreed, terms per our general purchasing conditions.", "",
              "Kind regards", "", po["buyer"]["name"], f"Purchasing | {BUYER_ORG}",
              "+31 10 555 0142"]
    return "\n".join(lines)


def request_html(po, greeting="Dear Sir or Madam,", ship_to="rotterdam", date_style="iso"):
    cur = po["currency"]
    e = _html.escape
    rows = "".join(
        f"<tr><td>{ln['line']}</td><td>{e(ln['item'])}</td><td>{e(ln['description'])}</td>"
        f"<td align=\"right\">{ln['quantity']}</td><td>{e(ln['uom'])}</td>"
        f"<td align=\"right\">{ln['unit_price']} {cur}</td><td>{fmt_date(ln['requested_date'], date_style)}</td></tr>"
        for ln in po["lines"])
    return (f"<p class=\"MsoNormal\">{e(greeting)}<br><br>please acknowledge the purchase order below within 3 working days "
            f"and state the confirmed quantity, unit price and delivery date for every line.</p>"
            f"<p class=\"MsoNormal\">Purchase order: <b>{e(po['po_number'])}</b><br>Order date: {fmt_date(po['issued'], date_style)}"
            f"<br>Deliver to: {e(ADDRESSES[ship_to])}</p>"
            f"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>Line</th><th>Item</th><th>Description</th>"
            f"<th>Qty</th><th>UoM</th><th>Unit price</th><th>Need-by</th></tr>{rows}</table>"
            f"<p class=\"MsoNormal\">Prices as agreed, terms per our general purchasing conditions.</p>"
            f"<p class=\"MsoNormal\">Kind regards<br><br>{e(po['buyer']['name'])}<br>Purchasing | {BUYER_ORG}<br>+31 10 555 0142</p>")


def fmt_date(iso, style="iso"):
    x = dt.date.fromisoformat(iso)
    if style == "iso":
        return iso
    if style == "dmy":
        return x.strftime("%d.%m.%Y")
    if style == "dmy/":
        return x.strftime("%d/%m/%Y")
    if style == "dmon":
        return x.strftime("%d %b %Y")
    raise ValueError(style)


def gt(text, prefix="> "):
    """Quote with '>' the way Gmail / Thunderbird / Apple Mail do."""
    out = []
    for ln in text.split("\n"):
        out.append(prefix.rstrip() if not ln else prefix + ln)
    return "\n".join(out)


OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"),
    "pl": ("Od:", "Wysłano:", "Do:", "DW:", "Temat:"),
    "pt": ("De:", "Enviada:", "Para:", "Cc:", "Assunto:"),
    "cs": ("Od:", "Odesláno:", "Komu:", "Kopie:", "Předmět:"),
    "sk": ("Od:", "Odoslané:", "Komu:", "Kópia:", "Predmet:"),
    "sv": ("Från:", "Skickat:", "Till:", "Kopia:", "Ämne:"),
    "da": ("Fra:", "Sendt:", "Til:", "Cc:", "Emne:"),
    "nb": ("Fra:", "Sendt:", "Til:", "Kopi:", "Emne:"),
    "fi": ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Kopio:", "Aihe:"),
    "hu": ("Feladó:", "Elküldve:", "Címzett:", "Másolatot kap:", "Tárgy:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Bilgi:", "Konu:"),
    "ja": ("差出人:", "送信日時:", "宛先:", "CC:", "件名:"),
    "zh": ("发件人:", "发送时间:", "收件人:", "抄送:", "主题:"),
    "ro": ("De la:", "Trimis:", "Către:", "Cc:", "Subiect:"),
    "hr": ("Šalje:", "Poslano:", "Prima:", "Kopija:", "Predmet:"),
    "el": ("Από:", "Στάλθηκε:", "Προς:", "Κοιν.:", "Θέμα:"),
    "ko": ("보낸 사람:", "보낸 날짜:", "받는 사람:", "참조:", "제목:"),
}


def outlook_header_text(lang, frm, sent, to, subject, cc=None):
    f, s, t, c, j = OUTLOOK_LABELS[lang]
    out = [f"{f} {frm}", f"{s} {sent}", f"{t} {to}"]
    if cc:
        out.append(f"{c} {cc}")
    out.append(f"{j} {subject}")
    return "\n".join(out)


def outlook_header_html(lang, frm, sent, to, subject, cc=None):
    f, s, t, c, j = OUTLOOK_LABELS[lang]
    e = _html.escape
    cc_html = f"<br><b>{e(c)}</b> {e(cc)}" if cc else ""
    return ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
            f"<p class=\"MsoNormal\"><b>{e(f)}</b> {e(frm)}<br><b>{e(s)}</b> {e(sent)}<br><b>{e(t)}</b> {e(to)}"
            f"{cc_html}<br><b>{e(j)}</b> {e(subject)}</p></div>")


OUTLOOK_HEAD = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
                "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n"
                "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
                "<style><!--\n/* Font Definitions */\n@font-face\n\t{{font-family:Calibri;}}\n"
                "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}}\n"
                "span.EmailStyle19\n\t{{mso-style-type:personal-reply;color:windowtext;}}\n"
                "--></style>\n</head>\n<body lang=\"{lang}\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
                "<div class=\"WordSection1\">\n")


def outlook_html(reply_html, header_html, quoted_html, lang="EN-US", charset="utf-8", signature_html=""):
    return (OUTLOOK_HEAD.format(charset=charset, lang=lang) + reply_html + signature_html
            + "\n<p class=\"MsoNormal\">&nbsp;</p>\n<div>\n" + header_html + "\n</div>\n"
            + "<p class=\"MsoNormal\">&nbsp;</p>\n" + quoted_html + "\n</div>\n</body>\n</html>\n")


def paras_html(text):
    """Turn plain paragraphs into Outlook MsoNormal paragraphs."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(_html.escape(x) for x in para.split("\n"))
        out.append(f"<p class=\"MsoNormal\">{inner}</p>")
    return "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)


def simple_html(text, font="Arial, sans-serif"):
    """A plain HTML alternative as Gmail / Apple Mail write it."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        inner = "<br>".join(_html.escape(x) for x in para.split("\n"))
        out.append(f"<div>{inner}</div>")
    return f"<div dir=\"ltr\" style=\"font-family:{font}\">" + "<div><br></div>".join(out) + "</div>\n"


def gmail_html(reply_text, attribution, quoted_text):
    e = _html.escape
    quoted = "<br>".join(e(x) for x in quoted_text.split("\n"))
    return (simple_html(reply_text)
            + f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{e(attribution)}<br></div>"
            + "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
            + f"padding-left:1ex\">{quoted}</blockquote></div>\n")
