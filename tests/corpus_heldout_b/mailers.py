"""Reply builders imitating concrete mail clients (batch B)."""
from __future__ import annotations

import hashlib
import html as H
import random

from lib_b import *  # noqa: F401,F403
from lib_b import (build, buyer_addr, gmail_attrib, gt, outlook_quote, req_sent, req_subject, request_html,
                   request_text, rfcdate, std_headers, text_to_html, when, html_doc)


def rng_for(key):
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:12], 16))


def hexs(r, n):
    return "".join(r.choice("0123456789ABCDEF") for _ in range(n))


def msgid_for(style, key, dom):
    r = rng_for(key)
    if style in ("outlook", "owa"):
        pre = r.choice(["AM9PR03MB", "DB8PR10MB", "PAXPR08MB", "VI1PR06MB", "GV1PR02MB"])
        box = pre + str(r.randint(1000, 9999))
        return f"<{box}{hexs(r, 8)}{hexs(r, 8)}@{box}.eurprd0{r.randint(1, 9)}.prod.outlook.com>"
    if style == "outlook-desktop":
        return f"<00{hexs(r, 2).lower()}01db{hexs(r, 4).lower()}${hexs(r, 8).lower()}${hexs(r, 8).lower()}@{dom}>"
    if style in ("gmail", "gmail-mobile"):
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
        return "<CA" + "".join(r.choice(alphabet) for _ in range(44)) + "@mail.gmail.com>"
    if style in ("apple", "iphone"):
        return f"<{hexs(r, 8)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 12)}@{dom}>"
    if style == "thunderbird":
        return f"<{hexs(r, 8).lower()}-{hexs(r, 4).lower()}-{hexs(r, 4).lower()}-{hexs(r, 4).lower()}-{hexs(r, 12).lower()}@{dom}>"
    if style in ("foxmail", "qq"):
        return f"<tencent_{hexs(r, 40)}@qq.example>" if style == "qq" else f"<2026{r.randint(10**9, 10**10 - 1)}{r.randint(1000, 9999)}@{dom}>"
    if style == "notes":
        return f"<OF{hexs(r, 8)}.{hexs(r, 8)}-ONC1258A{hexs(r, 2)}.00{hexs(r, 6)}-C1258A{hexs(r, 2)}.00{hexs(r, 6)}@{dom}>"
    if style == "zoho":
        return f"<{r.randint(10**12, 10**13 - 1)}.{r.randint(10**17, 10**18 - 1)}.{r.randint(10**17, 10**18 - 1)}@zoho.example>"
    return f"<{r.randint(10**11, 10**12 - 1)}.{hexs(r, 10).lower()}@{dom}>"


STYLE_HEADERS = {
    "outlook-desktop": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "{lang}")],
    "outlook": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("msip_labels", ""),
                ("Content-Language", "{lang}")],
    "owa": [("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "1"), ("X-Originating-IP", "[203.0.113.45]"),
            ("Content-Language", "{lang}")],
    "gmail": [],
    "gmail-mobile": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "foxmail": [("X-Priority", "3"), ("X-GUID", "{guid}"), ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.228[cn]")],
    "qq": [("X-QQ-FEAT", "3n4wMkq9d1Ls0Qz8Yy1rR2o7Wf1JmT5n"), ("X-QQ-SSF", "00000000000000F0"), ("X-QQ-mid", "xmsezb{mid}")],
    "notes": [("X-Mailer", "IBM Notes Release 9.0.1FP10 SHF68 February 06, 2018"),
              ("X-MIMETrack", "Serialize by Router on MAILSRV01/SRV/Schmitz(Release 9.0.1FP10|February 06, 2018) at 24.11.2026 08:37:51"),
              ("X-KeepSent", "{guid}:{guid}-ONC1258A4E:00354F0A; type=4; name=$KeepSent")],
    "zoho": [("X-Mailer", "Zoho Mail"), ("User-Agent", "Zoho Mail")],
    "plain": [],
}

BOUNDARIES = {
    "outlook-desktop": ("----=_NextPart_000_{a}_01DB3F2A.5C1E7B40", "----=_NextPart_001_{a}_01DB3F2A.5C1E7B40"),
    "outlook": ("_004_{b}_", "_000_{b}_"),
    "owa": ("_004_{b}_", "_000_{b}_"),
    "gmail": ("000000000000{c}a", "000000000000{c}b"),
    "gmail-mobile": ("000000000000{c}a", "000000000000{c}b"),
    "apple": ("Apple-Mail=_{u}", "Apple-Mail=_{v}"),
    "iphone": ("Apple-Mail-{u}", "Apple-Mail-{v}"),
    "foxmail": ("----=_NextPart_{a}_0A2B3C40_{b}", "----=_NextPart_{a}_0A2B3C40_{c}"),
    "qq": ("----=_NextPart_{a}_0B3C4D50_{b}", "----=_NextPart_{a}_0B3C4D50_{c}"),
    "notes": ("=_mixed {a}C1258A4E_=", "=_alternative {a}C1258A4E_="),
    "zoho": ("----=_Part_{a}_{b}.1764226200000", "----=_Part_{a}_{c}.1764226200001"),
    "thunderbird": ("------------{b}", "------------{c}"),
    "plain": ("=_{b}", "=_{c}"),
}


def boundaries_for(style, key):
    r = rng_for("b" + key)
    fill = dict(a=hexs(r, 4), b=hexs(r, 32), c=hexs(r, 12).lower(), u=f"{hexs(r, 8)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 12)}",
                v=f"{hexs(r, 8)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 12)}")
    a, b = BOUNDARIES.get(style, BOUNDARIES["plain"])
    return (a.format(**fill), b.format(**fill), "=_c" + fill["c"])


def quote_block(style, po, lang, text=None, html_=None):
    """Returns (text_quote, html_quote) of our request in the given client's style."""
    sent = req_sent(po)
    b = po["buyer"]
    subj = req_subject(po)
    req = text if text is not None else request_text(po)
    rhtml = html_ if html_ is not None else request_html(po)
    to = f"{po['supplier']['name']} <{po['supplier']['email']}>"
    frm = f"{b['name']} <{b['email']}>"
    if style in ("outlook", "owa", "outlook-desktop"):
        t = outlook_quote(lang, frm, sent, to, subj, req, owa=(style == "owa"))
        head = t.split("\n\n", 1)[0].split("\n")[1:]
        hh = "<br>\n".join("<b>" + H.escape(x.split(":", 1)[0]) + ":</b>" + H.escape(x.split(":", 1)[1]) for x in head)
        h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             f'<p class="MsoNormal">{hh}</p></div></div>' + rhtml)
        return t, h
    if style in ("gmail", "gmail-mobile"):
        at = gmail_attrib(sent, b["name"], b["email"], lang if lang in ("es", "pt", "en-GB") else "en")
        t = at + "\n\n" + gt(req)
        h = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{H.escape(at)}<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
             f'padding-left:1ex">{rhtml}</blockquote></div>')
        return t, h
    if style in ("apple", "iphone"):
        if style == "iphone":
            at = f"On {sent.strftime('%b')} {sent.day}, {sent.year}, at {sent.strftime('%I:%M %p').lstrip('0')}, {b['name']} <{b['email']}> wrote:"
        else:
            at = f"On {sent.day} {sent.strftime('%b')} {sent.year}, at {sent.strftime('%H:%M')}, {b['name']} <{b['email']}> wrote:"
        t = "> " + at + "\n> \n" + gt(req)
        h = f'<div><br><blockquote type="cite"><div>{H.escape(at)}</div><br>{rhtml}</blockquote></div>'
        return t, h
    if style == "thunderbird":
        if lang == "de":
            at = f"Am {sent.strftime('%d.%m.%Y')} um {sent.strftime('%H:%M')} schrieb {b['name']}:"
        elif lang == "cs":
            at = f"Dne {sent.day}. {sent.month}. {sent.year} v {sent.strftime('%H:%M')} {b['name']} napsal(a):"
        else:
            at = f"On {sent.strftime('%d/%m/%Y %H:%M')}, {b['name']} wrote:"
        return at + "\n" + gt(req), None
    if style in ("foxmail", "qq"):
        hdr = (f"------------------ Original ------------------\nFrom: \"{b['name']}\"<{b['email']}>;\n"
               f"Date: {sent.strftime('%a, %b %d, %Y %I:%M %p')}\nTo: \"{po['supplier']['name']}\"<{po['supplier']['email']}>;\n"
               f"Subject: {subj}\n")
        h = ('<div style="font-size:12px;font-family:Arial Narrow;padding:2px 0 2px 0;">'
             '------------------&nbsp;Original&nbsp;------------------</div><div style="font-size:12px;background:#efefef;'
             f'padding:8px;">{H.escape(hdr.split(chr(10), 1)[1]).replace(chr(10), "<br>")}</div><div><br></div>{rhtml}')
        return hdr + "\n" + req, h
    if style == "notes":
        hdr = (f"\n\n\nVon:\t{b['name']} <{b['email']}>\nAn:\t{to}\n"
               f"Datum:\t{sent.strftime('%d.%m.%Y %H:%M')}\nBetreff:\t{subj}\n\n\n\n")
        h = ('<br><br><br><font size=1 color=#5f5f5f face="sans-serif">Von:        </font><font size=1 face="sans-serif">'
             f'{H.escape(b["name"])} &lt;{b["email"]}&gt;</font><br><font size=1 color=#5f5f5f face="sans-serif">Datum:'
             f'        </font><font size=1 face="sans-serif">{sent.strftime("%d.%m.%Y %H:%M")}</font><br>'
             f'<font size=1 color=#5f5f5f face="sans-serif">Betreff:        </font><font size=1 face="sans-serif">'
             f'{H.escape(subj)}</font><br><hr noshade><br>{rhtml}')
        return hdr.lstrip("\n") + req, h
    if style == "zoho":
        at = f"---- On {sent.strftime('%a, %d %b %Y %H:%M:%S %z')} {b['name']} <{b['email']}> wrote ----"
        return at + "\n\n" + req, f'<div class="zmail_extra"><div>{H.escape(at)}</div><blockquote style="border-left:1px solid #ccc;padding-left:6px">{rhtml}</blockquote></div>'
    raise ValueError(style)


def reply(key, po, sender, date_s, tz, top, style, lang="en", subject=None, atts=(), extra=(), html=True,
          in_reply=True, refs=None, to=None, cc=None, quote=True, charset="utf-8", cte=None, top_html=None,
          quote_text=None, quote_html=None, sig_html_font="Calibri,sans-serif"):
    """sender = (display name, address)."""
    w = when(date_s, tz)
    dom = sender[1].split("@")[1]
    ms = style if style != "outlook-desktop" else "outlook-desktop"
    mid = msgid_for(ms, key, dom)
    subj = subject or ("RE: " + req_subject(po))
    rid = po.get("request_message_id") if in_reply else None
    ex = []
    r = rng_for("h" + key)
    for k, v in STYLE_HEADERS.get(style, []):
        ex.append((k, v.format(lang=LANGTAG.get(lang, lang), guid=hexs(r, 8) + "-" + hexs(r, 4),
                               mid=f"t{r.randint(10**9, 10**10 - 1)}t{r.randint(10**9, 10**10 - 1)}")))
    if style in ("outlook", "owa", "outlook-desktop") and rid:
        ex.insert(0, ("Thread-Topic", req_subject(po)))
        ex.insert(1, ("Thread-Index", "AQHbX" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(26)) + "=="))
    ex += list(extra)
    headers = std_headers(sender[0], sender[1], to or buyer_addr(po), subj, w, mid, in_reply=rid,
                          refs=refs or rid, extra=ex, cc=cc, qid=hexs(r, 14))
    qt, qh = (quote_block(style, po, lang, quote_text, quote_html) if quote else (None, None))
    if qt is None:
        text = top
    elif style in ("iphone",):
        text = top.rstrip("\n") + "\n\n" + qt + "\n"
    else:
        text = top.rstrip("\n") + "\n\n" + qt + "\n"
    bnd = boundaries_for(style, key)
    c = cte or ("base64" if charset.lower() in ("gb18030", "gbk", "gb2312") else "quoted-printable")
    if style == "thunderbird" or not html:
        return build(headers, text=text, atts=atts, charset=charset, cte=c, boundaries=bnd,
                     text_params={"format": "flowed"} if style == "thunderbird" else None)
    th = top_html or text_to_html(top, font=sig_html_font)
    hbody = html_doc(th + (qh or ""))
    return build(headers, text=text, html_body=hbody, atts=atts, charset=charset, cte=c, boundaries=bnd)


LANGTAG = {"en": "en-US", "de": "de-DE", "pl": "pl-PL", "cs": "cs-CZ", "nl": "nl-NL", "it": "it-IT", "es": "es-ES",
           "fr": "fr-FR", "pt": "pt-BR", "en-GB": "en-GB"}
