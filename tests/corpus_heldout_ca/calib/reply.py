"""Assemble realistic replies in the style of a few mail clients (deterministic)."""
import hashlib

from . import mime
from .common import (BUYER_DOMAIN, D, MON_EN, WD_EN, esc, html_doc, outlook_header, request_html,
                     request_subject, request_text, quote_gt, rid, text_to_html)


def hx(seed, n, salt=""):
    s = ""
    i = 0
    while len(s) < n:
        s += hashlib.sha1(("%s|%s|%d" % (seed, salt, i)).encode()).hexdigest()
        i += 1
    return s[:n]


def uuid_like(seed, salt="u"):
    h = hx(seed, 32, salt).upper()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def mid_for(client, seed, domain):
    if client == "outlook":
        h = hx(seed, 30, "m").upper()
        return "<%s@%s.eurprd04.prod.outlook.com>" % ("AM9PR04MB" + h[:20], "AM9PR04MB" + h[20:24])
    if client == "gmail":
        import base64
        b = base64.b64encode(bytes.fromhex(hx(seed, 48, "g"))).decode().replace("/", "_").replace("+", "-")
        return "<CA%s@mail.gmail.com>" % b
    if client in ("apple", "iphone"):
        return "<%s@%s>" % (uuid_like(seed), domain)
    if client == "tb":
        return "<%s@%s>" % (uuid_like(seed).lower(), domain)
    return "<%s.%s@%s>" % (hx(seed, 16, "e"), hx(seed, 6, "f"), domain)


def boundary_for(client, seed, k=0):
    if client == "outlook":
        return "_%03d_%s_" % (k, "AM9PR04MB" + hx(seed, 24, "b%d" % k).upper())
    if client == "gmail":
        return "0000000000%s" % hx(seed, 18, "b%d" % k)
    if client in ("apple", "iphone"):
        return "Apple-Mail=_%s" % uuid_like(seed, "b%d" % k)
    if client == "tb":
        return "------------%s" % hx(seed, 24, "b%d" % k).upper()[:24]
    return "=_NextPart_%s_%s" % (hx(seed, 8, "b%d" % k), hx(seed, 8, "c%d" % k))


XMAILER = {
    "outlook": None, "gmail": None,
    "apple": "Apple Mail (2.3826.200.121)", "iphone": "iPhone Mail (22B91)",
    "tb": "Mozilla Thunderbird", "erp": None,
}
ORDER = {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "iphone": "apple", "tb": "thunderbird",
         "erp": "apple"}


def req_dt(p):
    d = D(p["issued"])
    return d


def attribution(p, client, lang_attrib=None):
    d = req_dt(p)
    b = p["buyer"]
    if lang_attrib:
        return lang_attrib
    if client == "gmail":
        return "On %s, %d %s %d at 09:14, %s <%s> wrote:" % (WD_EN[d.weekday()][:3], d.day, MON_EN[d.month - 1][:3],
                                                             d.year, b["name"], b["email"])
    if client in ("apple", "iphone"):
        return "On %d %s %d, at 09:14, %s <%s> wrote:" % (d.day, MON_EN[d.month - 1][:3], d.year, b["name"], b["email"])
    return "On %02d.%02d.%d 09:14, %s wrote:" % (d.day, d.month, d.year, b["name"])


def reply(p, seed, client, frm, date, body, *, html="alt", quote="auto", attrib=None, labels=None,
          sent=None, cs="utf-8", cte="quoted-printable", html_cs=None, html_cte=None, subject=None,
          attachments=(), thread=True, to=None, cc=None, extra=None, html_body=None, subj_cs=None,
          domain=None, quote_text=None, msgid=None, lang_hdr=None):
    """Build a reply to our request for PO p.

    frm: (display name, address). body: supplier's own text incl. signature.
    quote: 'outlook' | 'gmail' | 'apple' | 'tb' | None | 'auto' (client default).
    html: 'alt' (text+html), 'only' (html only), None (plain only).
    """
    name, addr = frm
    domain = domain or addr.split("@")[1]
    if quote == "auto":
        quote = {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "iphone": "apple", "tb": "tb",
                 "erp": None}[client]
    req = quote_text if quote_text is not None else request_text(p)
    # ---- plain text
    if quote == "outlook":
        plain = body.rstrip("\n") + "\n\n" + "\n".join(outlook_header(p, labels or ("From", "Sent", "To", "Subject"), sent)) + "\n" + req
    elif quote in ("gmail", "apple", "tb"):
        plain = body.rstrip("\n") + "\n\n" + attribution(p, client, attrib) + "\n\n" + quote_gt(req.rstrip("\n")) + "\n"
    else:
        plain = body
    # ---- html
    if html:
        if html_body is None:
            hb = text_to_html(body.rstrip("\n"), "Calibri, sans-serif" if client == "outlook" else "Arial, sans-serif")
            rq = request_html(p) if quote_text is None else text_to_html(req)
            if quote == "outlook":
                f, s, t, su = labels or ("From", "Sent", "To", "Subject")
                hd = outlook_header(p, labels or ("From", "Sent", "To", "Subject"), sent)
                hb += ('\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                       '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                       "<b>%s</b>%s<br>\n<b>%s</b>%s<br>\n<b>%s</b>%s<br>\n<b>%s</b>%s</font>\n<div>&nbsp;</div></div>\n<div>%s</div>"
                       % (esc(f + ":"), esc(hd[1][len(f) + 1:]), esc(s + ":"), esc(hd[2][len(s) + 1:]),
                          esc(t + ":"), esc(hd[3][len(t) + 1:]), esc(su + ":"), esc(hd[4][len(su) + 1:]), rq))
            elif quote == "gmail":
                hb = '<div dir="ltr">' + hb + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>' \
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' \
                     % (esc(attribution(p, client, attrib)), rq)
            elif quote in ("apple", "tb"):
                hb += '<div><br><blockquote type="cite"><div>%s</div><br>%s</blockquote></div>' % (esc(attribution(p, client, attrib)), rq)
            html_body = html_doc(hb, charset=html_cs or cs)
        hpart = mime.html(html_body, html_cs or cs, html_cte or cte)
    if html == "only":
        bodypart = hpart
    elif html:
        bodypart = mime.alt(mime.text(plain, cs=cs, cte=cte), hpart, boundary_for(client, seed, 1))
    else:
        bodypart = mime.text(plain, cs=cs, cte=cte, flowed=(client in ("tb", "apple", "iphone")))
    if attachments:
        bodypart = mime.mixed([bodypart] + list(attachments), boundary_for(client, seed, 0))
    if subject is None:
        subject = ("RE: " if client == "outlook" else "Re: ") + request_subject(p)
    irt = rid(p) if thread and "request_message_id" in p else None
    frm_h = mime.addr(name, addr, subj_cs or cs)
    to_h = to if to is not None else mime.addr(p["buyer"]["name"], p["buyer"]["email"])
    h = mime.std_headers(frm_h, to_h, subject, date, msgid or mid_for(client, seed, domain), in_reply_to=irt,
                         cc=cc, xmailer=XMAILER.get(client), extra=extra, subj_cs=subj_cs or cs,
                         order=ORDER[client])
    if lang_hdr and client == "outlook":
        h = [(k, lang_hdr if k == "Content-Language" else v) for k, v in h]
    return mime.message(h, bodypart)


def new_mail(seed, client, frm, to, subject, date, part, extra=None, cs="utf-8", msgid=None, domain=None,
             irt=None, cc=None):
    name, addr = frm
    domain = domain or addr.split("@")[1]
    h = mime.std_headers(mime.addr(name, addr, cs), to, subject, date, msgid or mid_for(client, seed, domain),
                         in_reply_to=irt, cc=cc, xmailer=XMAILER.get(client), extra=extra, subj_cs=cs,
                         order=ORDER[client])
    return mime.message(h, part)


def request_message(p, date, extra_text=None):
    """Our original request as it left our server (for bounces)."""
    txt = request_text(p)
    body = mime.alt(mime.text(txt, cs="utf-8", cte="quoted-printable"),
                    mime.html(html_doc(request_html(p)), "utf-8", "quoted-printable"),
                    "_000_PR3P192MB" + hx(p["po_number"], 20, "req").upper() + "_")
    h = [("From", mime.addr(p["buyer"]["name"], p["buyer"]["email"])),
         ("To", mime.addr(p["supplier"]["name"], p["supplier"]["email"])),
         ("Subject", request_subject(p)), ("Thread-Topic", request_subject(p)), ("Date", date),
         ("Message-ID", rid(p)), ("Accept-Language", "en-GB"), ("Content-Language", "en-GB")]
    return mime.message(h, body, crlf=False)
