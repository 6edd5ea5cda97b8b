"""Hand-made MIME serialisation (fixed boundaries, CRLF), header encoding and mail-client presets."""
from __future__ import annotations

import base64
import datetime as dt
from email.utils import format_datetime

from .common import Ctx, PO, tz
from .render import (Quote, attribution, esc, outlook_header_html, outlook_header_text, prefix_lines,
                     render_html, render_text)

CRLF = "\r\n"


# ---------------------------------------------------------------- encodings
def qp(data: bytes) -> bytes:
    """Quoted-printable for data with CRLF line breaks (RFC 2045, 76-char lines)."""
    out = []
    for line in data.split(b"\r\n"):
        toks = []
        n = len(line)
        for i, b in enumerate(line):
            if b in (9, 32):
                toks.append("=%02X" % b if i == n - 1 else chr(b))
            elif 33 <= b <= 126 and b != 61:
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out).encode("ascii")


def b64(data: bytes) -> bytes:
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii") + b"\r\n"


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_body(text: str, charset: str, cte: str, errors="strict") -> bytes:
    raw = crlf(text).encode(charset, errors)
    if cte == "quoted-printable":
        return qp(raw) + (b"" if raw.endswith(b"\r\n") else b"\r\n")
    if cte == "base64":
        return b64(raw)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        for ln in raw.split(b"\r\n"):
            assert len(ln) < 998
        return raw if raw.endswith(b"\r\n") else raw + b"\r\n"
    raise ValueError(cte)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _qword(b: bytes) -> str:
    out = []
    for x in b:
        c = chr(x)
        if c.isalnum() and x < 128 or c in "!*+-/":
            out.append(c)
        elif x == 32:
            out.append("_")
        else:
            out.append("=%02X" % x)
    return "".join(out)


def ew(text: str, charset="utf-8", mode="B") -> str:
    """RFC 2047 encoded words, each <= 75 chars, never splitting a character."""
    if is_ascii(text):
        return text

    def make(c):
        b = c.encode(charset)
        if mode == "B":
            return f"=?{charset}?B?{base64.b64encode(b).decode()}?="
        return f"=?{charset}?Q?{_qword(b)}?="

    words, chunk = [], ""
    for ch in text:
        if chunk and len(make(chunk + ch)) > 75:
            words.append(make(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(make(chunk))
    return (CRLF + " ").join(words)


def fold(value: str, first=0, width=76) -> str:
    """Fold an ASCII header value at spaces."""
    if len(value) + first <= width:
        return value
    words = value.split(" ")
    lines, cur = [], ""
    lim = width - first
    for w in words:
        if cur and len(cur) + 1 + len(w) > lim:
            lines.append(cur)
            cur = w
            lim = width - 1
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return (CRLF + " ").join(lines)


SPECIALS = set('()<>@,;:\\".[]')


def addr(name, email, charset="utf-8", mode="B", quote_always=False):
    if not name:
        return email
    if is_ascii(name):
        if quote_always or any(c in SPECIALS for c in name):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, charset, mode)} <{email}>"


def addrs(lst, charset="utf-8", mode="B", quote_always=False):
    return ("," + CRLF + " ").join(addr(n, e, charset, mode, quote_always) for n, e in lst)


def date_hdr(d: dt.datetime) -> str:
    return format_datetime(d)


# ---------------------------------------------------------------- parts
class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=b"", epilogue=b""):
        self.headers = list(headers)
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def head_bytes(self):
        return "".join(f"{k}: {v}\r\n" for k, v in self.headers).encode("ascii")

    def body_bytes(self):
        if self.children is None:
            return self.body
        b = self.boundary.encode("ascii")
        out = self.preamble
        for c in self.children:
            out += b"--" + b + b"\r\n" + c.to_bytes()
            if not out.endswith(b"\r\n"):
                out += b"\r\n"
        out += b"--" + b + b"--\r\n" + self.epilogue
        return out

    def to_bytes(self):
        return self.head_bytes() + b"\r\n" + self.body_bytes()


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="", style="quoted",
              errors="strict", extra=()):
    cs = f'"{charset}"' if style == "quoted" else charset
    sep = ";\r\n\t" if style == "apple" else "; "
    ct = f"text/{subtype}{sep}charset={cs}{params}"
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hdrs, encode_body(text, charset, cte, errors))


def multipart(subtype, children, boundary, params="", style="quoted", extra=(), preamble=b""):
    sep = ";\r\n\t" if style == "apple" else ";\r\n\t"
    ct = f'multipart/{subtype}{sep}boundary="{boundary}"{params}'
    return Part([("Content-Type", ct)] + list(extra), children=children, boundary=boundary, preamble=preamble)


def attachment(data: bytes, ctype, filename, cte="base64", inline=False, cid=None, extra_params="",
               disp_extra="", desc=None, charset=None):
    ct = f'{ctype}; name="{filename}"' if charset is None else f'{ctype}; charset="{charset}"; name="{filename}"'
    hdrs = [("Content-Type", ct + extra_params)]
    if desc:
        hdrs.append(("Content-Description", desc))
    hdrs.append(("Content-Disposition", f'{"inline" if inline else "attachment"};\r\n\tfilename="{filename}"{disp_extra}'))
    if cid:
        hdrs.append(("Content-ID", f"<{cid}>"))
    hdrs.append(("Content-Transfer-Encoding", cte))
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = qp(data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")) + b"\r\n"
    else:
        body = data if data.endswith(b"\r\n") else data + b"\r\n"
    return Part(hdrs, body)


def message(headers, root: Part, mime_version="1.0") -> bytes:
    """Top-level message: given headers (in order), then the root part's content headers."""
    hs = list(headers)
    names = [k.lower() for k, _ in hs]
    if "mime-version" not in names:
        hs.append(("MIME-Version", mime_version))
    hs += root.headers
    head = "".join(f"{k}: {v}\r\n" for k, v in hs).encode("ascii")
    return head + b"\r\n" + root.body_bytes()


def raw_part(headers, body: bytes):
    return Part(headers, body if body.endswith(b"\r\n") else body + b"\r\n")


# ---------------------------------------------------------------- client presets
OUTLOOK_STYLE = ("<style><!--\n/* Font Definitions */\n@font-face {font-family:\"Cambria Math\";}\n"
                 "@font-face {font-family:Aptos;}\n/* Style Definitions */\n"
                 "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Aptos\",sans-serif;}\n"
                 "a:link, span.MsoHyperlink {color:#467886;text-decoration:underline;}\n"
                 "span.EmailStyle19 {mso-style-type:personal-reply;font-family:\"Aptos\",sans-serif;color:windowtext;}\n"
                 ".MsoChpDefault {mso-style-type:export-only;font-size:10.0pt;}\n"
                 "@page WordSection1 {size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
                 "div.WordSection1 {page:WordSection1;}\n--></style>")


def received(ctx: Ctx, frm_email, to_email, d: dt.datetime, hop="mail"):
    sdom = frm_email.split("@")[1]
    rdom = to_email.split("@")[1]
    ip = f"192.0.2.{ctx.num('ip', 10, 250)}"
    when = d + dt.timedelta(seconds=ctx.num("lag", 2, 9))
    return ("Received", f"from {hop}.{sdom} ({hop}.{sdom} [{ip}])\r\n\tby mx1.{rdom} with ESMTPS id "
                        f"{ctx.hex('rid', 12).upper()}\r\n\tfor <{to_email}>; {date_hdr(when)}")


def msgid(ctx: Ctx, client, domain, d: dt.datetime):
    if client == "outlook365":
        p = f"{ctx.hex('srv', 2, True)}{ctx.num('srvn', 1, 9)}PR{ctx.num('srvm', 10, 99)}MB{ctx.num('srvk', 1000, 9999)}"
        pfx = ["DB", "AM", "PA", "VI", "GV", "AS"][ctx.num("srvp", 0, 5)]
        host = pfx + p[2:]
        return f"<{host}{ctx.hex('mid', 24, True)}@{host}.eurprd{ctx.num('rg', 1, 9):02d}.prod.outlook.com>", host
    if client == "outlook-desktop":
        return f"<0000{ctx.hex('m1', 8)}${ctx.hex('m2', 8)}${ctx.hex('m3', 8)}$@{domain}>", None
    if client in ("gmail", "android-gmail"):
        alpha = base64.b64encode(bytes.fromhex(ctx.hex("gm", 60))).decode().replace("/", "_").replace("=", "")
        return f"<CA{alpha[:2].upper()}{alpha[2:46]}@mail.gmail.com>", None
    if client in ("apple", "iphone"):
        return f"<{ctx.uuid('mid')}@{domain}>", None
    if client == "thunderbird":
        return f"<{ctx.uuid('mid').lower()}@{domain}>", None
    if client == "foxmail":
        return f"<{d.strftime('%Y%m%d%H%M%S')}{ctx.num('fx', 1000000, 9999999)}@{domain}>", None
    return f"<{ctx.hex('mid', 32)}@{domain}>", None


def boundaries(ctx: Ctx, client, host=None):
    if client == "outlook365":
        core = f"{host}{ctx.hex('mid', 24, True)}{host[:4].lower()}prod_"
        return {"alt": f"_000_{core}", "mixed": f"_004_{core}", "rel": f"_005_{core}"}
    if client == "outlook-desktop":
        x = ctx.hex("bd", 8, True)
        return {"mixed": f"----=_NextPart_000_0001_01DB{x[:4]}.{x}", "alt": f"----=_NextPart_001_0002_01DB{x[:4]}.{x}",
                "rel": f"----=_NextPart_002_0003_01DB{x[:4]}.{x}"}
    if client in ("gmail", "android-gmail"):
        return {"alt": "000000000000" + ctx.hex("ba", 16), "mixed": "000000000000" + ctx.hex("bm", 16),
                "rel": "000000000000" + ctx.hex("br", 16)}
    if client == "apple":
        return {"alt": f"Apple-Mail=_{ctx.uuid('ba')}", "mixed": f"Apple-Mail=_{ctx.uuid('bm')}",
                "rel": f"Apple-Mail=_{ctx.uuid('br')}"}
    if client == "iphone":
        return {"alt": f"Apple-Mail-{ctx.uuid('ba')}", "mixed": f"Apple-Mail-{ctx.uuid('bm')}",
                "rel": f"Apple-Mail-{ctx.uuid('br')}"}
    if client == "thunderbird":
        return {"alt": "------------" + ctx.hex("ba", 24), "mixed": "------------" + ctx.hex("bm", 24),
                "rel": "------------" + ctx.hex("br", 24)}
    if client == "foxmail":
        n = ctx.num("fb", 100000000000, 999999999999)
        return {"alt": f"----=_001_NextPart{n}_=----", "mixed": f"----=_002_NextPart{n}_=----",
                "rel": f"----=_003_NextPart{n}_=----"}
    return {"alt": "=_" + ctx.hex("ba", 32), "mixed": "=_" + ctx.hex("bm", 32), "rel": "=_" + ctx.hex("br", 32)}


def quote_style_of(client):
    return {"outlook365": "outlook", "outlook-desktop": "outlook", "gmail": "gmail", "android-gmail": "gmail",
            "apple": "apple", "iphone": "apple", "thunderbird": "thunderbird", "foxmail": "outlook",
            "webmail": "gmail"}.get(client, "outlook")


def html_flavor(client):
    return {"outlook365": "outlook", "outlook-desktop": "outlook", "gmail": "gmail", "android-gmail": "gmail",
            "apple": "apple", "iphone": "apple"}.get(client, "plain")


def wrap_html(client, inner, charset, lang="EN-GB", dir_rtl=False):
    dr = ' dir="rtl"' if dir_rtl else ""
    if client in ("outlook365", "outlook-desktop", "foxmail"):
        if client == "foxmail":
            return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}">'
                    f'<style>body {{ line-height: 1.5; }}body {{ font-size: 10.5pt; font-family: 微软雅黑; color: rgb(0, 0, 0); line-height: 1.5; }}</style>'
                    f'</head><body{dr}>\n{inner}\n</body></html>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                f'{OUTLOOK_STYLE}\n</head>\n<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word"{dr}>\n'
                f'<div class="WordSection1"{dr}>\n{inner}\n</div>\n</body>\n</html>')
    if client in ("gmail", "android-gmail"):
        return inner
    if client in ("apple", "iphone"):
        return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head>'
                f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"{dr}>'
                f'{inner}</body></html>')
    return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}" /></head>'
            f'<body{dr} style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">\n{inner}\n</body></html>')


def compose(ctx: Ctx, *, client, frm, date, subject, body, po: PO | None = None, to=None, cc=None,
            sig=None, disclaimer=None, quote=True, quote_lang="en", attr=None, quote_pos="below",
            charset="utf-8", cte="quoted-printable", html_charset=None, html_cte=None, hdr_charset=None,
            hdr_mode="B", parts="alt", attachments=(), thread=True, extra_headers=(), lang_tag=None,
            bold="plain", rtl=False, flowed=False, received_hop="mail", reply_to=None, organization=None,
            in_reply_to=None, references=None, text_after_quote=None, html_after_quote=None):
    """Build a reply as the given mail client would send it. Returns bytes."""
    hdr_charset = hdr_charset or charset
    html_charset = html_charset or charset
    html_cte = html_cte or cte
    to = to or ([(po.buyer.name, po.buyer.email)] if po else [])
    sender_domain = frm[1].split("@")[1]
    mid, host = msgid(ctx, client, sender_domain, date)
    bnd = boundaries(ctx, client, host)
    tzh = date.utcoffset().total_seconds() / 3600
    style = quote_style_of(client)
    flavor = html_flavor(client)

    # ---- quotes
    if quote is True:
        quotes = [Quote.of_request(po)]
    elif quote:
        quotes = list(quote)
    else:
        quotes = []

    sig_blocks = [] if sig is None else ([sig] if isinstance(sig, str) else list(sig))
    disc_blocks = [disclaimer] if disclaimer else []
    own_text = render_text(list(body) + sig_blocks + disc_blocks, bold)
    if flavor == "outlook":
        own_html = render_html(list(body) + sig_blocks, flavor)
        if disclaimer:
            own_html += ('\n<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">'
                         + esc(disclaimer).replace("\n", "<br>\n") + "</span></p>")
    else:
        own_html = render_html(list(body) + sig_blocks, flavor)
        if disclaimer:
            own_html += ('\n<div style="font-size:8pt;color:#808080">' + esc(disclaimer).replace("\n", "<br>\n") + "</div>")

    q_text, q_html = "", ""
    if quotes:
        if style == "outlook":
            for i, q in enumerate(quotes):
                q_text += "\n\n" + outlook_header_text(q, quote_lang, tzh) + "\n\n" + q.text().rstrip("\n")
                q_html += "\n" + outlook_header_html(q, quote_lang, tzh) + "\n" + q.html()
        else:
            q = quotes[0]
            a = attribution(style, quote_lang, q, tzh, attr)
            if style == "apple":
                q_text = "\n\n" + prefix_lines(a + "\n\n" + q.text())
                q_html = (f'<div><br><blockquote type="cite"><div>{esc(a)}</div><br class="Apple-interchange-newline">'
                          f'<div>{q.html()}</div></blockquote></div>')
            elif style == "thunderbird":
                q_text = "\n\n" + a + "\n" + prefix_lines(q.text())
                q_html = f'<div class="moz-cite-prefix">{esc(a)}<br></div><blockquote type="cite">{q.html()}</blockquote>'
            else:
                q_text = "\n\n" + a + "\n\n" + prefix_lines(q.text())
                q_html = (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(a)}<br></div>'
                          '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                          f'{q.html()}</blockquote></div>')

    if quote_pos == "above" and quotes:
        text = q_text.lstrip("\n") + "\n\n" + own_text + "\n"
        html_inner = q_html + "\n" + own_html
    else:
        text = own_text + q_text + "\n"
        html_inner = (f'<div dir="{"rtl" if rtl else "ltr"}">{own_html}</div>' if flavor == "gmail" else own_html) + q_html
    if text_after_quote:
        text += text_after_quote
    if html_after_quote:
        html_inner += html_after_quote
    html = wrap_html(client, html_inner, html_charset, lang_tag or "EN-GB", rtl)

    # ---- body parts
    tstyle = "apple" if client in ("apple", "iphone") else "quoted"
    fparams = "; format=flowed" if flowed else ""
    if client in ("apple", "iphone") and flowed:
        fparams = ";\r\n\tdelsp=yes;\r\n\tformat=flowed"
    tp = text_part(text, "plain", charset, cte, fparams, tstyle)
    hp = text_part(html, "html", html_charset, html_cte, "", tstyle, errors="xmlcharrefreplace")
    if parts == "text":
        root = tp
    elif parts == "html":
        root = hp
    else:
        root = multipart("alternative", [tp, hp], bnd["alt"])
    if attachments:
        root = multipart("mixed", [root] + list(attachments), bnd["mixed"])

    # ---- headers
    H = []
    thread_ids = []
    if thread and po is not None and po.req_id:
        thread_ids = [po.req_id]
    irt = in_reply_to if in_reply_to is not None else (thread_ids[-1] if thread_ids else None)
    refs = references if references is not None else (" ".join(thread_ids) if thread_ids else None)
    H.append(("Return-Path", f"<{frm[1]}>"))
    H.append(received(ctx, frm[1], to[0][1], date, received_hop))
    from_h = addr(frm[0], frm[1], hdr_charset, hdr_mode)
    to_h = addrs(to, hdr_charset, hdr_mode)
    subj = ew(subject, hdr_charset, hdr_mode) if not is_ascii(subject) else fold(subject, 9)
    if client == "outlook365":
        H += [("From", from_h), ("To", to_h)]
        if cc:
            H.append(("CC", addrs(cc, hdr_charset, hdr_mode)))
        H += [("Subject", subj)]
        topic = po.req_subject if po else subject
        H += [("Thread-Topic", ew(topic, hdr_charset, hdr_mode) if not is_ascii(topic) else fold(topic, 14)),
              ("Thread-Index", base64.b64encode(bytes.fromhex("01db" + ctx.hex("ti", 40))).decode()),
              ("Date", date_hdr(date)), ("Message-ID", mid)]
        if refs:
            H.append(("References", refs))
        if irt:
            H.append(("In-Reply-To", irt))
        H += [("Accept-Language", f"{(lang_tag or 'en-GB').lower()}, en-US"),
              ("Content-Language", (lang_tag or "en-GB").lower()),
              ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    elif client == "outlook-desktop":
        H += [("From", from_h), ("To", to_h)]
        if cc:
            H.append(("Cc", addrs(cc, hdr_charset, hdr_mode)))
        if refs:
            H.append(("References", refs))
        if irt:
            H.append(("In-Reply-To", irt))
        H += [("Subject", subj), ("Date", date_hdr(date)), ("Message-ID", mid), ("MIME-Version", "1.0"),
              ("X-Mailer", "Microsoft Outlook 16.0"),
              ("Thread-Index", base64.b64encode(bytes.fromhex("01db" + ctx.hex("ti", 40))).decode()),
              ("Content-Language", (lang_tag or "en-gb").lower())]
    elif client in ("gmail", "android-gmail"):
        H.append(("MIME-Version", "1.0"))
        if refs:
            H.append(("References", refs))
        if irt:
            H.append(("In-Reply-To", irt))
        H += [("From", from_h), ("Date", date_hdr(date)), ("Message-ID", mid), ("Subject", subj), ("To", to_h)]
        if cc:
            H.append(("Cc", addrs(cc, hdr_charset, hdr_mode)))
    elif client in ("apple", "iphone"):
        H += [("From", from_h)]
        H.append(("Mime-Version", "1.0 (1.0)" if client == "iphone" else "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
        H += [("Subject", subj), ("Date", date_hdr(date))]
        if irt:
            H.append(("In-Reply-To", irt))
        if cc:
            H.append(("Cc", addrs(cc, hdr_charset, hdr_mode)))
        H.append(("To", to_h))
        if refs:
            H.append(("References", refs))
        H += [("Message-Id", mid), ("X-Mailer", "iPhone Mail (22B91)" if client == "iphone" else "Apple Mail (2.3826.300.87.4.3)")]
    elif client == "thunderbird":
        H += [("Message-ID", mid), ("Date", date_hdr(date)), ("MIME-Version", "1.0"),
              ("User-Agent", "Mozilla Thunderbird"), ("Subject", subj), ("To", to_h)]
        if cc:
            H.append(("Cc", addrs(cc, hdr_charset, hdr_mode)))
        if refs:
            H.append(("References", refs))
        H += [("Content-Language", lang_tag or "en-US"), ("From", from_h)]
        if organization:
            H.append(("Organization", ew(organization, hdr_charset, hdr_mode)))
        if irt:
            H.append(("In-Reply-To", irt))
    elif client == "foxmail":
        H += [("Date", date_hdr(date)), ("From", from_h), ("To", to_h)]
        if cc:
            H.append(("Cc", addrs(cc, hdr_charset, hdr_mode)))
        if refs:
            H.append(("References", refs))
        if irt:
            H.append(("In-Reply-To", irt))
        H += [("Subject", subj), ("X-Priority", "3"), ("X-GUID", ctx.uuid("guid")),
              ("X-Has-Attach", "yes" if attachments else "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
              ("Mime-Version", "1.0"), ("Message-ID", mid)]
    else:  # webmail (Roundcube-like)
        H += [("MIME-Version", "1.0"), ("Date", date_hdr(date)), ("From", from_h), ("To", to_h)]
        if cc:
            H.append(("Cc", addrs(cc, hdr_charset, hdr_mode)))
        H.append(("Subject", subj))
        if irt:
            H.append(("In-Reply-To", irt))
        if refs:
            H.append(("References", refs))
        H += [("User-Agent", "Roundcube Webmail/1.6.9"), ("Message-ID", mid)]
    if reply_to:
        H.append(("Reply-To", addr(reply_to[0], reply_to[1], hdr_charset, hdr_mode)))
    if organization and client != "thunderbird":
        H.append(("Organization", ew(organization, hdr_charset, hdr_mode)))
    H += list(extra_headers)
    return message(H, root)
