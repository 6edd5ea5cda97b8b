"""How common mail clients lay out a reply (quoting, HTML skeletons, headers)."""
from __future__ import annotations

from .mime import (MailDate, Part, addr, esc, hdr, html, message, multipart, quote_gt, text,
                   text_to_html_lines)
from .model import PO, apple_attrib, gmail_attrib, outlook_block, outlook_block_html, sent_stamp

OUTLOOK_STYLE = """<style><!--
@font-face {font-family:"Cambria Math";}
@font-face {font-family:Calibri;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {color:#0563C1;text-decoration:underline;}
span.EmailStyle19 {mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:windowtext;}
.MsoChpDefault {mso-style-type:export-only;font-size:10.0pt;}
@page WordSection1 {size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style>"""


def request_message(po: PO, date: MailDate | None = None) -> bytes:
    """Our own outgoing acknowledgment request (used inside bounces and forwards)."""
    if date is None:
        t = po.sent_dt()
        date = MailDate(t.year, t.month, t.day, t.hour, t.minute, 0, "+0000")
    body = text(po.request_text(greeting="Dear Sir or Madam,"), charset="utf-8", cte="quoted-printable")
    hdrs = [("From", addr(po.buyer.name, po.buyer.email)),
            ("To", addr(po.supplier.name, po.supplier.email)),
            ("Subject", po.subject),
            ("Date", date.header),
            ("Message-ID", po.rid or f"<po-{po.number}.1@{po.buyer.email.split('@')[1]}>")]
    return message(hdrs, body)


def reply_headers(po: PO, frm: tuple[str, str], date: MailDate, msgid: str, subject: str | None = None,
                  to: list[tuple[str, str]] | None = None, cc: list[tuple[str, str]] | None = None,
                  extra: list[tuple[str, str]] | None = None, threaded: bool = True, charset: str = "utf-8",
                  prefix: str = "RE: ", refs_before: list[str] | None = None) -> list[tuple[str, str]]:
    to = to or [(po.buyer.name, po.buyer.email)]
    subj = subject if subject is not None else prefix + po.subject
    h = [("From", addr(frm[0], frm[1], charset)),
         ("To", ", ".join(addr(n, e, charset) for n, e in to))]
    if cc:
        h.append(("Cc", ", ".join(addr(n, e, charset) for n, e in cc)))
    h += [("Subject", hdr(subj, charset)),
          ("Date", date.header),
          ("Message-ID", msgid)]
    if threaded and po.rid:
        h.append(("In-Reply-To", po.rid))
        refs = (refs_before or []) + [po.rid]
        h.append(("References", "\n ".join(refs)))
    h += extra or []
    return h


def outlook_html_doc(inner: str, charset: str = "utf-8", lang: str = "EN-GB") -> str:
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" '
            f'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
            f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n{OUTLOOK_STYLE}\n</head>\n'
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')


def mso_paras(s: str) -> str:
    out = []
    for ln in s.split("\n"):
        out.append(f'<p class="MsoNormal">{esc(ln) if ln.strip() else "&nbsp;"}<o:p></o:p></p>')
    return "\n".join(out)


def outlook_alt(po: PO, body: str, lang: str = "en-GB", charset: str = "utf-8", cte: str = "quoted-printable",
                boundary: str = "_000_outlook_", body_html: str | None = None, quote: bool = True,
                html_lang: str = "EN-GB", to_name: str | None = None, quoted_text: str | None = None) -> Part:
    """Outlook top-posted reply: text/plain + text/html, original below a From/Sent block."""
    q = quoted_text if quoted_text is not None else po.request_text()
    plain = body.rstrip("\n") + "\n\n"
    if quote:
        plain += outlook_block(po, lang, to_name) + "\n" + q
    inner = body_html if body_html is not None else mso_paras(body.rstrip("\n"))
    if quote:
        inner += ("\n<p class=\"MsoNormal\">&nbsp;</p>\n" + outlook_block_html(po, lang, to_name) +
                  "\n<p class=\"MsoNormal\">&nbsp;</p>\n" + mso_paras(q.rstrip("\n")))
    hdoc = outlook_html_doc(inner, charset, html_lang)
    return multipart("alternative", [text(plain, charset=charset, cte=cte), html(hdoc, charset=charset, cte=cte)],
                     boundary)


def gmail_alt(po: PO, body: str, lang: str = "en", charset: str = "UTF-8", cte: str = "quoted-printable",
              boundary: str = "000000000000a1b2c3d4e5f60001", body_html: str | None = None, quote: bool = True,
              quoted_text: str | None = None) -> Part:
    q = quoted_text if quoted_text is not None else po.request_text()
    att = gmail_attrib(po, lang)
    plain = body.rstrip("\n") + "\n"
    if quote:
        plain += "\n" + att + "\n\n" + quote_gt(q) + "\n"
    inner = body_html if body_html is not None else text_to_html_lines(body.rstrip("\n"))
    hdoc = f'<div dir="ltr">{inner}</div>'
    if quote:
        hdoc += (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(att)}<br></div>'
                 f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 f'rgb(204,204,204);padding-left:1ex">{text_to_html_lines(q.rstrip())}</blockquote></div>')
    hdoc += "\n"
    return multipart("alternative", [text(plain, charset=charset, cte=cte), html(hdoc, charset=charset, cte=cte)],
                     boundary)


def apple_plain(po: PO, body: str, charset: str = "utf-8", cte: str = "quoted-printable",
                attrib: str | None = None, quoted_text: str | None = None) -> Part:
    q = quoted_text if quoted_text is not None else po.request_text()
    att = attrib or apple_attrib(po)
    s = body.rstrip("\n") + "\n\n" + att + "\n\n" + quote_gt(q) + "\n"
    return text(s, charset=charset, cte=cte)


def thunderbird_plain(po: PO, body: str, charset: str = "UTF-8", cte: str = "8bit", attrib: str | None = None,
                      bottom: bool = False, quoted_text: str | None = None) -> Part:
    q = quoted_text if quoted_text is not None else po.request_text()
    t = po.sent_dt()
    att = attrib or f"On {t.day:02d}/{t.month:02d}/{t.year} {t.hour:02d}:{t.minute:02d}, {po.buyer.name} wrote:"
    if bottom:
        s = att + "\n" + quote_gt(q) + "\n\n" + body.rstrip("\n") + "\n"
    else:
        s = body.rstrip("\n") + "\n\n" + att + "\n" + quote_gt(q) + "\n"
    return text(s, charset=charset, cte=cte, params="; format=flowed", quote_charset=False)


__all__ = ["request_message", "reply_headers", "outlook_alt", "outlook_html_doc", "mso_paras", "gmail_alt",
           "apple_plain", "thunderbird_plain", "sent_stamp"]
