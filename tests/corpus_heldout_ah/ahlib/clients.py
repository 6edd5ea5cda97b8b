"""How common mail clients lay out a reply (plain + HTML), deterministic."""
from __future__ import annotations

from .common import buyer_of, gmail_attrib, gt, outlook_block, request_dt, request_subject, request_text
from .mime import Multi, Text, addr, hdr, html_escape, text_to_html


def reply_headers(po, from_name, from_email, date, msgid, subject=None, charset="utf-8", to=None,
                  cc=None, extra=None, thread=True, refs=None, prefix="RE: "):
    b = buyer_of(po)
    subject = subject if subject is not None else prefix + request_subject(po)
    hs = [("From", addr(from_name, from_email, charset)),
          ("To", to or addr(b["name"], b["email"]))]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", hdr(subject, charset)), ("Date", date), ("Message-ID", msgid)]
    if thread:
        r = refs or [po["request_message_id"]]
        hs.append(("In-Reply-To", r[-1]))
        hs.append(("References", " ".join(r)))
    return hs + (extra or [])


def gmail(body, po, boundary, charset="utf-8", cte="quoted-printable", quoted=None, attrib=None):
    quoted = quoted if quoted is not None else request_text(po)
    attrib = attrib or gmail_attrib(po)
    plain = body.rstrip("\n") + "\n\n" + attrib + "\n\n" + gt(quoted)
    html = ('<div dir="ltr">' + "".join(f"<div>{html_escape(l) or '<br>'}</div>" for l in body.rstrip("\n").split("\n"))
            + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html_escape(attrib)
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + text_to_html(quoted) + "</blockquote></div>\n")
    return Multi("alternative", [Text(plain, "plain", charset, cte), Text(html, "html", charset, cte)], boundary)


def outlook(body, po, boundary, lang="en", charset="utf-8", cte="quoted-printable", sent=None, quoted=None,
            html_only=False, to=None, subject=None, font="Calibri"):
    quoted = quoted if quoted is not None else request_text(po)
    block = outlook_block(po, lang, sent=sent, to=to, subject=subject)
    plain = body.rstrip("\n") + "\n\n" + block + "\n" + quoted
    hb = "".join(f'<p class="MsoNormal">{html_escape(l) if l else "&nbsp;"}<o:p></o:p></p>\n'
                 for l in body.rstrip("\n").split("\n"))
    bl = "<br>\n".join(
        (f"<b>{html_escape(l.split(':', 1)[0])}:</b>{html_escape(l.split(':', 1)[1])}" if ":" in l else html_escape(l))
        for l in block.rstrip("\n").split("\n"))
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"' + font + '",sans-serif;} --></style></head>'
            '<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n' + hb +
            '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal">{bl}</p></div></div>\n<p class="MsoNormal">&nbsp;</p>\n'
            f'<p class="MsoNormal">{text_to_html(quoted)}</p>\n</div></body></html>\n')
    if html_only:
        return Text(html, "html", charset, cte)
    return Multi("alternative", [Text(plain, "plain", charset, cte), Text(html, "html", charset, cte)], boundary)


def plain_reply(body, po, charset="utf-8", cte="quoted-printable", quoted=None, attrib=None, params=""):
    quoted = quoted if quoted is not None else request_text(po)
    attrib = attrib or gmail_attrib(po)
    return Text(body.rstrip("\n") + "\n\n" + attrib + "\n" + gt(quoted), "plain", charset, cte, params=params)
