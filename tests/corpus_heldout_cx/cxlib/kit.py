"""Composite helpers: header sets, reply skeletons of common mail clients, request mail."""
from .common import (BUYER_DOMAIN, req_text, req_html, quote_gt, outlook_block,
                     outlook_block_html, esc, h, hu, CET)
from .mime import (Part, text, multipart, message, date_hdr, msgid, boundary, ew, addr,
                   html_doc, p_html, br_html)
import base64
import datetime as _dt

MX = "mx1.northgate-sourcing.example"


def received(helo, ip, when, rcpt, seed, by=MX):
    arr = (when + _dt.timedelta(seconds=3 + int(h(seed, 2), 16) % 40)).astimezone(CET)
    qid = "4" + hu(seed + "q", 11).replace("0", "Q")
    return ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CET)"
            % (helo, helo, ip, by, qid, rcpt, date_hdr(arr)))


def hdrs(frm, to, subject, when, mid, irt=None, refs=None, cc=None, extra=(), recv=None,
         thread_topic=None, seed=None, reply_to=None):
    hs = []
    if recv:
        hs.append(recv)
    hs += [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("Subject", subject))
    if thread_topic is not None:
        hs.append(("Thread-Topic", thread_topic))
        tix = base64.b64encode(bytes.fromhex(h(seed or subject, 44))).decode()
        hs.append(("Thread-Index", tix))
    hs += [("Date", date_hdr(when)), ("Message-ID", mid)]
    if refs:
        hs.append(("References", refs))
    if irt:
        hs.append(("In-Reply-To", irt))
    hs += list(extra)
    return hs


def outlook_extra(lang="en-US", has_att=False):
    return [("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"),
            ("Content-Language", lang),
            ("X-MS-Has-Attach", "yes" if has_att else ""),
            ("X-MS-TNEF-Correlator", ""),
            ("x-originating-ip", "[198.51.100.%d]" % (17 + len(lang)))]


def outlook_alt(po, labels, sent, top, seed, charset="utf-8", cte="quoted-printable",
                top_html=None, to_line=None, sep=": ", style="outlook", quote_from=None,
                html_lang=None, dir_=None, extra_quote_text="", extra_quote_html="", subject=None):
    """Outlook-style multipart/alternative reply with the request quoted below a header block."""
    frm = quote_from or "%s <%s>" % (po.buyer_name, po.buyer_email)
    to_line = to_line or po.supplier["email"]
    subj = subject or po.subject
    qb = outlook_block(labels, frm, sent, to_line, subj, sep=sep)
    if style == "owa":
        sepline = "________________________________\n"
    elif style == "old":
        sepline = "-----Original Message-----\n"
    else:
        sepline = ""
    plain = top.rstrip("\n") + "\n\n" + extra_quote_text + sepline + qb + "\n" + req_text(po)
    hb = outlook_block_html(labels, frm, sent, to_line, subj, sep=sep)
    inner = (top_html if top_html is not None else p_html(top.rstrip("\n"))) + \
        '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + extra_quote_html + hb + \
        '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + req_html(po)
    html = html_doc(inner, lang=html_lang, outlook=True, charset=charset, dir_=dir_)
    return multipart("alternative", [text(plain, "plain", charset, cte),
                                     text(html, "html", charset, cte)], boundary("outlook", seed))


def gmail_alt(po, attribution, top, seed, charset="UTF-8", cte="quoted-printable",
              top_html=None):
    plain = top.rstrip("\n") + "\n\n" + attribution + "\n" + quote_gt(req_text(po))
    th = top_html if top_html is not None else '<div dir="ltr">' + "".join(
        "<div>%s</div>" % (esc(l) if l else "<br>") for l in top.rstrip("\n").split("\n")) + "</div>"
    html = (th + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
            % (esc(attribution), req_html(po)))
    return multipart("alternative", [text(plain, "plain", charset, cte, quoted_charset=True),
                                     text(html, "html", charset, cte, quoted_charset=True)],
                     boundary("gmail", seed))


def plain_reply(po, attribution, top, charset="utf-8", cte="quoted-printable", flowed=False,
                prefix="> ", quoted_charset=False):
    body = top.rstrip("\n") + "\n\n" + attribution + "\n" + quote_gt(req_text(po), prefix)
    return text(body, "plain", charset, cte, flowed=flowed, quoted_charset=quoted_charset)


def request_message(po, to=None, when=None):
    """The acknowledgment request as we sent it (for bounces / helpdesk copies)."""
    when = when or po.req_dt
    hs = [("From", "%s <%s>" % (po.buyer_name, po.buyer_email)),
          ("To", to or po.supplier["email"]),
          ("Subject", po.subject), ("Date", date_hdr(when)), ("Message-ID", po.request_id),
          ("X-Mailer", "Northgate P2P Notifier 4.2")]
    body = multipart("alternative", [text(req_text(po), "plain", "utf-8", "quoted-printable"),
                                     text(html_doc(req_html(po)), "html", "utf-8", "quoted-printable")],
                     boundary("other", "req" + po.number))
    return message(hs, body, crlf=False)


def request_headers_text(po, when=None, to=None):
    when = when or po.req_dt
    return ("Return-Path: <%s>\nReceived: from p2p01.northgate-sourcing.example (p2p01.northgate-sourcing.example [192.0.2.41])\n"
            "\tby mx-out1.northgate-sourcing.example (Postfix) with ESMTPS id 4Q%s\n\tfor <%s>; %s (CET)\n"
            "From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: multipart/alternative; boundary=\"%s\"\n"
            % (po.buyer_email, hu(po.number, 10), to or po.supplier["email"], date_hdr(when),
               po.buyer_name, po.buyer_email, to or po.supplier["email"], po.subject,
               date_hdr(when), po.request_id, boundary("other", "req" + po.number)))
