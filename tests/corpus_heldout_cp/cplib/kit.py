"""Shortcuts used by the case files: Message-IDs and boundaries in the
style of real clients, and whole reply bodies (plain + HTML + quote)."""
import html as _html

from . import common as C
from . import mime

B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"


def mid(style, seed, domain="example"):
    if style == "outlook":  # Exchange Online
        box = "AM" + C.hid(seed + "b", 1, "0689") + "PR0" + C.hid(seed + "c", 1, "1234") + "MB" + C.hid(seed + "d", 4, "0123456789")
        return "<%s%s@%s.eurprd0%s.prod.outlook.com>" % (box, C.hid(seed, 24, "0123456789ABCDEF"), box, C.hid(seed, 1, "1234"))
    if style == "outlook-us":
        box = "SN" + C.hid(seed + "b", 1, "4567") + "PR1" + C.hid(seed + "c", 1, "1234") + "MB" + C.hid(seed + "d", 4, "0123456789")
        return "<%s%s@%s.namprd1%s.prod.outlook.com>" % (box, C.hid(seed, 24, "0123456789ABCDEF"), box, C.hid(seed, 1, "1234"))
    if style == "exchange":  # on-premises
        return "<%s@%s>" % (C.hid(seed, 32, "0123456789ABCDEF"), domain)
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % C.hid(seed, 52, B62 + "+_-")
    if style == "apple":
        h = C.hid(seed, 32, "0123456789ABCDEF")
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    if style == "tb":
        h = C.hid(seed, 32, HEX)
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    if style == "plain":
        return "<%s.%s@%s>" % (C.hid(seed, 14, "0123456789"), C.hid(seed + "x", 8, HEX), domain)
    raise ValueError(style)


def bnd(style, seed, n=0):
    if style == "outlook":
        return "_%03d_%s_" % (n, C.hid(seed, 40, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    if style == "gmail":
        return "0000000000%s" % C.hid(seed + str(n), 16, HEX)
    if style == "apple":
        h = C.hid(seed + str(n), 32, "0123456789ABCDEF")
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
    if style == "tb":
        return "------------%s" % C.hid(seed + str(n), 24, B62)
    return "----=_Part_%s_%s.%s" % (C.hid(seed + str(n), 6, "0123456789"), C.hid(seed, 9, "0123456789"), C.hid(seed + "t", 13, "0123456789"))


def outlook_body(po, reply, *, lang="en-GB", tz=0, charset="utf-8", cte="quoted-printable",
                 hlang="EN-GB", seed="", attachments=(), quote=True, html_reply=None, labels=None,
                 plain_quote=None, html_quote=None, plain_only=False, sep="_" * 32, sent=None):
    """Outlook reply: multipart/alternative (plain + Word HTML), optionally
    wrapped in multipart/mixed with attachments."""
    q = (plain_quote if plain_quote is not None else C.q_outlook(po, lang, tz, labels=labels, sep=sep, sent=sent)) if quote else ""
    text = reply + ("\n\n" + q if q else "") + "\n"
    if plain_only:
        body = mime.plain(text, charset, cte)
    else:
        hq = (html_quote if html_quote is not None else C.q_html_outlook(po, lang, tz, labels, sent)) if quote else ""
        h = C.outlook_html_doc((html_reply if html_reply is not None else C.t2h(reply)) + "\n" + hq, charset, hlang)
        body = mime.alternative([mime.plain(text, charset, cte), mime.html(h, charset, cte)], bnd("outlook", seed, 0))
    if attachments:
        body = mime.mixed([body] + list(attachments), bnd("outlook", seed, 4))
    return body


def gmail_body(po, reply, attribution, *, charset="UTF-8", cte="quoted-printable", seed="",
               attachments=(), html_reply=None):
    text = reply + "\n\n" + C.q_prefix(po, attribution) + "\n"
    hr = html_reply if html_reply is not None else "<br>".join(_html.escape(l) for l in reply.split("\n"))
    h = C.gmail_html_doc(hr) + "<br>" + C.q_html_gmail(po, attribution) + "\n"
    body = mime.alternative([mime.plain(text, charset, cte), mime.html(h, charset, cte)], bnd("gmail", seed, 0))
    if attachments:
        body = mime.mixed([body] + list(attachments), bnd("gmail", seed, 1))
    return body


def inline_quote(po, attribution, answers, prefix="> ", after_text=None):
    """Quote the request with `prefix` and insert the supplier's answers
    after the table row of each line (answers: {line_no: text})."""
    rows = C.request_text(po).split("\n")
    out = [attribution] if attribution else []
    table = C.request_table(po)
    for r in rows:
        out.append((prefix + r).rstrip() if r else prefix.rstrip())
        for n, a in answers.items():
            if isinstance(n, int) and r == table[n]:
                out.append("")
                out.extend(a.split("\n"))
                out.append("")
        if after_text and r in after_text:
            out.append("")
            out.extend(after_text[r].split("\n"))
            out.append("")
    return "\n".join(out)
