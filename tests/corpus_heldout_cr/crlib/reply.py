"""High-level assembly of a supplier's reply as a given mail client would send it."""
from . import mime as M
from .common import h, BUYER_DOMAIN, esc

OUT_HOSTS = {
    "outlook": ("EUR03-AM7-obe.outbound.protection.outlook.com", "40.107.105.%d"),
    "gmail": ("mail-sor-f41.google.com", "209.85.220.%d"),
}


_REGIONS = [("eurprd", "EUR05-AM6"), ("EURP", "EUR02-VI1"), ("jpnprd", "JPN01-TYC"), ("apcprd", "APC01-TYZ"),
            ("KORP", "KOR01-SL2"), ("INDPRD", "IND01-PN3"), ("CANPRD", "CAN01-YT3"), ("GBRP", "GBR01-LO2"),
            ("DEUP", "DEU01-FR3"), ("namprd", "NAM12-BN8"), ("AUSP", "AUS01-SY4"), ("ZAFP", "ZAF01-JN2")]


def outlook_out_host(host):
    for key, reg in _REGIONS:
        if key in host:
            return "%s-obe.outbound.protection.outlook.com" % reg
    return "EUR03-AM7-obe.outbound.protection.outlook.com"


def _ip(seed, pattern):
    return pattern % (int(h(seed + "ip", 2), 16) % 200 + 20)


def build_reply(seed, client, frm, subject, t, body, p=None, quote_text=None, quote_html=None,
                to=None, cc=None, charset="utf-8", cte="quoted-printable", html_cte=None,
                html_charset=None, html_body=None, with_html=True, html_only=False,
                attachments=(), inline=(), lang=None, extra=(), in_reply_to=None, references=None,
                host=None, domain=None, flowed=False, header_charset=None, x_mailer=None,
                body_html=None, sep="\n\n", received=True, msgid=None, outlook_lang="EN-US",
                quote_charset=True):
    """Returns the message bytes."""
    domain = domain or frm[1].split("@", 1)[1]
    hc = header_charset or charset
    to = to or ([(p["buyer"]["name"], p["buyer"]["email"])] if p else [])
    text = body if quote_text is None else body + sep + quote_text
    html_charset = html_charset or charset
    html_cte = html_cte or cte

    # ---------------- html
    hb = None
    if (with_html or html_only) and client != "plain":
        if html_body is not None:
            hb = html_body
        else:
            if client == "outlook":
                bh = body_html or M.text_to_html_paras(body, "MsoNormal")
                hb = M.outlook_html(bh, quote_html, html_charset, outlook_lang)
            elif client == "gmail":
                bh = body_html or M.text_to_html_paras(body)
                hb = M.gmail_html(bh, quote_html)
            else:
                bh = body_html or M.text_to_html_paras(body)
                q = ("<div><br><blockquote type=\"cite\">%s</blockquote></div>" % quote_html
                     if quote_html else "")
                hb = M.simple_html("<div>%s</div>%s" % (bh, q), html_charset)

    style = {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "iphone": "apple",
             "tb": "tb"}.get(client, "generic")
    parts_text = M.text(text, charset, cte, flowed=flowed, quote_charset=quote_charset)
    if html_only:
        core = M.html(hb, html_charset, html_cte, quote_charset=quote_charset)
    elif hb is not None:
        core = M.multipart("alternative", [parts_text, M.html(hb, html_charset, html_cte,
                                                             quote_charset=quote_charset)],
                           seed, style, 0)
    else:
        core = parts_text
    if inline:
        core = M.multipart("related", [core] + list(inline), seed, style, 1,
                           params=';\n\ttype="multipart/alternative"' if hb and not html_only else "")
    if attachments:
        core = M.multipart("mixed", [core] + list(attachments), seed, style, 2,
                           preamble="This is a multi-part message in MIME format." if client == "tb" else None)

    # ---------------- headers
    if msgid is None:
        if client == "outlook":
            msgid = M.mid_outlook(seed, host or "AM6PR07MB4417.eurprd07.prod.outlook.com")
        elif client == "gmail":
            msgid = M.mid_gmail(seed)
        elif client in ("apple", "iphone"):
            msgid = M.mid_apple(seed, domain)
        elif client == "tb":
            msgid = M.mid_tb(seed, domain)
        else:
            msgid = M.mid_generic(seed, host or ("mail." + domain), t)
    irt = in_reply_to if in_reply_to is not None else (p.get("request_message_id") if p else None)
    refs = references if references is not None else irt
    irt = irt or None          # "" means: this client sets no threading headers (forwards, ERP mails)
    refs = refs or None
    from_h = M.addr(frm[0], frm[1], hc)
    to_h = M.addrs(*to, charset=hc)
    cc_h = M.addrs(*cc, charset=hc) if cc else None
    subj = M.hdr(subject, hc)
    bmail = to[0][1] if to else None
    hdrs = []
    if received:
        if client == "outlook":
            oh = outlook_out_host(host or "")
            pat = "40.107.%d." % (int(h(seed + "o3", 2), 16) % 250) + "%d"
        elif client in OUT_HOSTS:
            oh, pat = OUT_HOSTS[client]
        else:
            oh, pat = (host or ("mail." + domain)), "203.0.113.%d"
        import datetime as _d
        from .common import tz as _tz
        rt = (t + _d.timedelta(seconds=3 + int(h(seed + 'lag', 2), 16) % 40)).astimezone(_tz(1))
        hdrs.append(("Return-Path", "<%s>" % frm[1]))
        hdrs.append(("Received", M.received(oh, _ip(seed, pat), "mx1." + BUYER_DOMAIN, rt,
                                            h(seed + "rid", 12, M.ALNUM), for_addr=bmail)))
    if client == "outlook":
        hdrs += [("From", from_h), ("To", to_h), ("CC", cc_h), ("Subject", subj),
                 ("Thread-Topic", M.hdr(subject.split(":", 1)[-1].strip(), hc)),
                 ("Thread-Index", M.thread_index(seed)), ("Date", M.date(t)), ("Message-ID", msgid),
                 ("References", refs), ("In-Reply-To", irt),
                 ("Accept-Language", lang or "en-US"), ("Content-Language", lang or "en-US"),
                 ("X-MS-Has-Attach", "yes" if attachments else None),
                 ("X-MS-TNEF-Correlator", ""),
                 ]
    elif client == "gmail":
        hdrs += [("MIME-Version", "1.0"), ("References", refs), ("In-Reply-To", irt),
                 ("From", from_h), ("Date", M.date(t)), ("Message-ID", msgid), ("Subject", subj),
                 ("To", to_h), ("Cc", cc_h)]
    elif client in ("apple", "iphone"):
        hdrs += [("From", from_h), ("Mime-Version", "1.0 (1.0)" if client == "iphone" else "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"),
                 ("Subject", subj), ("Date", M.date(t)), ("Message-Id", msgid),
                 ("References", refs), ("Cc", cc_h), ("In-Reply-To", irt), ("To", to_h),
                 ("X-Mailer", x_mailer or ("iPhone Mail (22B91)" if client == "iphone"
                                           else "Apple Mail (2.3826.300.87.4.3)"))]
    elif client == "tb":
        hdrs += [("Message-ID", msgid), ("Date", M.date(t)), ("MIME-Version", "1.0"),
                 ("User-Agent", x_mailer or "Mozilla Thunderbird"), ("Subject", subj), ("To", to_h),
                 ("Cc", cc_h), ("References", refs), ("Content-Language", lang),
                 ("From", from_h), ("In-Reply-To", irt)]
    else:
        hdrs += [("Date", M.date(t)), ("From", from_h), ("To", to_h), ("Cc", cc_h),
                 ("Subject", subj), ("Message-ID", msgid), ("In-Reply-To", irt),
                 ("References", refs), ("X-Mailer", x_mailer)]
    hdrs += list(extra)
    return M.to_bytes(M.finish(core, hdrs))
