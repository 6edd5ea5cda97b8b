"""Mail-client reply styles built on core.compose."""
from __future__ import annotations

import base64
import datetime as dt

from . import mime
from .core import (compose, gmail_quote_html, outlook_doc, outlook_quote_html, outlook_quote_text, outlook_sent,
                   paras_html, request_html, request_subject, request_text, simple_html, When, BUYERS)
from .mime import esc, quote_gt


def buyer_pair(po):
    return (po["buyer"]["name"], po["buyer"]["email"])


def thread(po):
    rid = po.get("request_message_id")
    return (rid, [rid]) if rid else (None, None)


def req_from(po) -> str:
    return "%s <%s>" % (po["buyer"]["name"], po["buyer"]["email"])


def thread_index(seed: str) -> str:
    return base64.b64encode(bytes.fromhex(mime.stable_hex("ti", seed, n=44))).decode()


def geo_of(lang_tag: str) -> str:
    if lang_tag in ("en-US", "es-MX", "en-CA", "pt-BR"):
        return "na"
    if lang_tag.split("-")[0] in ("ja", "zh", "ko", "th", "vi", "id", "ms") or lang_tag in ("en-SG", "en-AU", "en-NZ", "en-IN"):
        return "apac"
    return "eu"


def outlook_reply(po, *, frm, when, lang, top, sent, seed, prefix="RE: ", lang_tag="en-GB", top_html=None,
                  attachments=(), charset="utf-8", cte="quoted-printable", cc=None, to=None, quoted_text=None,
                  quoted_html=None, quoted_from=None, quoted_to=None, quoted_subject=None, extra=(), rtl=False,
                  subject=None, irt=None, refs=None, hcharset="utf-8"):
    """Top-posted Outlook reply with the request (or given quoted text) below a header block."""
    qsubj = quoted_subject or request_subject(po)
    qfrom = quoted_from or req_from(po)
    qto = quoted_to or po["supplier"]["email"]
    qtext = quoted_text if quoted_text is not None else request_text(po)
    qhtml = quoted_html if quoted_html is not None else request_html(po)
    text = top.rstrip("\n") + "\n\n" + outlook_quote_text(lang, qfrom, sent, qto, qsubj, qtext) + "\n"
    inner = (top_html if top_html is not None else paras_html(top.rstrip("\n"))) + "\n<p class=\"MsoNormal\">&nbsp;</p>\n" + \
        outlook_quote_html(lang, qfrom, sent, qto, qsubj, qhtml)
    html = outlook_doc(inner, lang_tag.upper(), rtl)
    subj = subject or (prefix + qsubj)
    i, r = thread(po)
    heads = [("Thread-Topic", mime.subject(qsubj, hcharset)), ("Thread-Index", thread_index(seed)),
             ("Accept-Language", "%s, en-US" % lang_tag), ("Content-Language", lang_tag)]
    if attachments:
        heads.append(("X-MS-Has-Attach", "yes"))
    heads.append(("X-MS-TNEF-Correlator", ""))
    heads.append(("X-MS-Exchange-Organization-SCL", "1"))
    heads += list(extra)
    # header values must not be empty: drop empty ones
    heads = [(k, v) for k, v in heads if v]
    return compose(frm=frm, to=to or [buyer_pair(po)], cc=cc, subject=subj, when=when,
                   msg_id=mime.msgid("outlook", seed, geo=geo_of(lang_tag)), text=text, html=html, attachments=attachments,
                   irt=irt if irt is not None else i, refs=refs if refs is not None else r,
                   charset=charset, cte=cte, html_charset=charset, extra=heads, seed=seed, bstyle="outlook",
                   hcharset=hcharset)


def gmail_reply(po, *, frm, when, attrib, top, seed, prefix="Re: ", top_html=None, attachments=(),
                charset="UTF-8", cte="quoted-printable", quoted_text=None, quoted_html=None, cc=None,
                subject=None, extra=(), to=None):
    qtext = quoted_text if quoted_text is not None else request_text(po)
    qhtml = quoted_html if quoted_html is not None else request_html(po)
    text = top.rstrip("\n") + "\n\n" + attrib + "\n\n" + quote_gt(qtext.rstrip("\n")) + "\n"
    html = "<div dir=\"ltr\">%s</div><br>%s\n" % (
        top_html if top_html is not None else "".join(
            "<div>%s</div>" % (esc(x) if x.strip() else "<br>") for x in top.rstrip("\n").split("\n")),
        gmail_quote_html(attrib, qhtml))
    i, r = thread(po)
    return compose(frm=frm, to=to or [buyer_pair(po)], cc=cc, subject=subject or (prefix + request_subject(po)),
                   when=when, msg_id=mime.msgid("gmail", seed), text=text, html=html, attachments=attachments,
                   irt=i, refs=r, charset=charset, cte=cte, seed=seed, bstyle="gmail", extra=extra)


def plain_reply(po, *, frm, when, body, seed, subject=None, prefix="Re: ", charset="utf-8", cte="quoted-printable",
                flowed=False, style="thunderbird", extra=(), attachments=(), html=None, to=None, cc=None,
                irt=None, refs=None, threaded=True, hcharset="utf-8", hmode="B", delsp=False):
    i, r = thread(po) if threaded else (None, None)
    dom = frm[1].split("@")[1]
    return compose(frm=frm, to=to or [buyer_pair(po)], cc=cc,
                   subject=subject or (prefix + request_subject(po)), when=when,
                   msg_id=mime.msgid(style, seed, dom), text=body, html=html, attachments=attachments,
                   irt=irt if irt is not None else i, refs=refs if refs is not None else r, charset=charset, cte=cte,
                   flowed=flowed, extra=extra, seed=seed, bstyle=style, hcharset=hcharset, hmode=hmode, delsp=delsp)


def tb_attrib(po, qdt: dt.datetime, lang="en") -> str:
    if lang == "de":
        return "Am %02d.%02d.%d um %02d:%02d schrieb %s:" % (qdt.day, qdt.month, qdt.year, qdt.hour, qdt.minute, po["buyer"]["name"])
    return "On %02d/%02d/%d %02d:%02d, %s wrote:" % (qdt.day, qdt.month, qdt.year, qdt.hour, qdt.minute, po["buyer"]["name"])


TB_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"
APPLE_XM = "Apple Mail (2.3826.200.121)"
IPHONE_XM = "iPhone Mail (22B91)"


def request_message(po, when: When, crlf_strip=True) -> bytes:
    """Our own acknowledgment request as it left our server (for bounces)."""
    data = compose(frm=buyer_pair(po), to=[(None, po["supplier"]["email"])], subject=request_subject(po), when=when,
                   msg_id=po["request_message_id"], text=request_text(po), html=None, seed="req" + po["po_number"],
                   bstyle="outlook", received=False, cte="7bit",
                   extra=[("X-Mailer", "Procurement Agent 2.4")])
    return data.replace(b"\r\n", b"\n")


def request_headers(po, when: When) -> bytes:
    data = request_message(po, when)
    return data.split(b"\n\n", 1)[0] + b"\n"
