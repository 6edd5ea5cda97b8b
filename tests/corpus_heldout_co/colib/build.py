"""Reply builders shared by the case modules (mail-client styles)."""
import base64
import hashlib
from html import escape as E

from . import mime
from .common import gt, outlook_block, request_text, request_html, subject as po_subject

OUR_MX = "mx1.brightwater.example"


def tid(seed):
    """Deterministic Outlook Thread-Index."""
    return base64.b64encode(hashlib.sha1(seed.encode()).digest()[:22]).decode()


def qid(seed, n=12):
    return hashlib.sha1(seed.encode()).hexdigest()[:n].upper()


def rcv(host, ip, date, to, seed, proto="ESMTPS"):
    return mime.received("from %s (%s [%s])\nby %s (Postfix) with %s id 4%s\nfor <%s>"
                         % (host, host, ip, OUR_MX, proto, qid(seed, 10), to), date)


def headers(frm, to, subj, date, msgid, irt=None, refs=None, cc=None,
            before=(), after=()):
    h = list(before)
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subj), ("Date", date), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs if isinstance(refs, str) else " ".join(refs)))
    h += list(after)
    return h


def outlook_after(seed, topic, lang="en-US", attach=False):
    return [("Thread-Topic", topic), ("Thread-Index", tid(seed)),
            ("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"),
            ("Content-Language", lang),
            ("X-MS-Has-Attach", "yes" if attach else ""),
            ("X-MS-TNEF-Correlator", ""),
            ("X-Mailer", "Microsoft Outlook 16.0")]


# --------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------

def html_doc(inner, charset, lang="en"):
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
            '</head>\n<body lang="%s" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (charset, lang, inner))


def t2h(text):
    """Plain text -> Outlook-ish paragraphs."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append('<p class="MsoNormal">%s</p>' % (E(line).replace("  ", "&nbsp; ") if line else "&nbsp;"))
    return "\n".join(out)


def outlook_divider_html(lang, frm, sent, to, subj, cc=None):
    from .common import OUTLOOK_LABELS
    f, s, t, c, su = OUTLOOK_LABELS[lang]
    rows = ["<b>%s</b> %s" % (E(f), E(frm)), "<b>%s</b> %s" % (E(s), E(sent)), "<b>%s</b> %s" % (E(t), E(to))]
    if cc:
        rows.append("<b>%s</b> %s" % (E(c), E(cc)))
    rows.append("<b>%s</b> %s" % (E(su), E(subj)))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal">%s</p>\n</div>' % "<br>\n".join(rows))


def outlook_reply(body, lang, frm, sent, to, subj, quoted, charset="utf-8",
                  cte="quoted-printable", boundary="b", cc=None, html_lang="EN-US",
                  html_body=None, html_quoted=None, line="_" * 32):
    """Top-posted Outlook reply: text/plain + text/html alternative."""
    text = "%s\n\n%s\n\n%s\n" % (body.rstrip("\n"), outlook_block(lang, frm, sent, to, subj, cc, line=line), quoted.rstrip("\n"))
    inner = (html_body or t2h(body)) + '\n<p class="MsoNormal">&nbsp;</p>\n' + \
        outlook_divider_html(lang, frm, sent, to, subj, cc) + '\n<p class="MsoNormal">&nbsp;</p>\n' + \
        (html_quoted or t2h(quoted))
    html = html_doc(inner, charset, html_lang)
    return mime.multipart("alternative", [
        mime.text_part(text, charset, cte),
        mime.html_part(html, charset, cte)], boundary, preamble=False)


def gmail_reply(body, attribution, quoted, charset="UTF-8", cte="quoted-printable",
                boundary="000000000000", html_body=None, html_quoted=None):
    text = "%s\n\n%s\n\n%s\n" % (body.rstrip("\n"), attribution, gt(quoted))
    hb = html_body or "".join('<div>%s</div>' % (E(l) if l else "<br>") for l in body.rstrip("\n").split("\n"))
    hq = html_quoted or "".join('%s<br>' % E(l) for l in quoted.rstrip("\n").split("\n"))
    html = ('<div dir="ltr">%s</div><br><div class="gmail_quote gmail_quote_container">'
            '<div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            '%s</blockquote></div>\n' % (hb, E(attribution), hq))
    return mime.multipart("alternative", [
        mime.text_part(text, charset, cte),
        mime.html_part(html, charset, cte)], boundary, preamble=False)


def req_quote(p, greeting="Hello"):
    return request_text(p, greeting)


def mid_outlook(seed, region="eurprd04"):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    box = "AM9PR04MB%s" % h[:4]
    return "<%s%s@%s.%s.prod.outlook.com>" % (box, h[4:36], box, region)


def mid_gmail(seed):
    h = base64.b64encode(hashlib.sha1(seed.encode()).digest() + hashlib.md5(seed.encode()).digest()).decode()
    h = h.replace("/", "_").rstrip("=")
    return "<CA%s@mail.gmail.com>" % h[:44]


def mid_plain(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)
