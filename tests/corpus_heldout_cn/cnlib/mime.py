"""Building RFC 5322 / MIME messages byte by byte with the email package's
header and address helpers, so that charsets, transfer encodings, boundaries
and client quirks stay under control and the output is deterministic."""

import base64
import datetime as _dt
import html as _html
import quopri
import re
from email.utils import format_datetime

from . import common as C

# --------------------------------------------------------------------------
# headers


Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
LATIN = ("iso-8859", "windows-125", "cp125")


def _ew(chunk, charset, mode):
    data = chunk.encode(charset)
    if mode == "B":
        return f"=?{charset}?B?{base64.b64encode(data).decode()}?="
    q = "".join("_" if b == 32 else (chr(b) if b in Q_SAFE else f"={b:02X}") for b in data)
    return f"=?{charset}?Q?{q}?="


def enc(value, charset="utf-8", mode=None, maxlen=66):
    """RFC 2047-encode a header value when it is not plain ASCII. The
    charset label is written exactly as given (no Python alias names)."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        pass
    if mode is None:
        mode = "Q" if charset.lower().startswith(LATIN) else "B"
    words, cur = [], ""
    for ch in value:
        if cur and len(_ew(cur + ch, charset, mode)) > maxlen:
            words.append(_ew(cur, charset, mode))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew(cur, charset, mode))
    return "\n ".join(words)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{enc(name, charset)} <{email}>"


def fold(name, items, sep=" "):
    """Fold a header made of atoms (References) over several lines."""
    out, cur = [], f"{name}:"
    for it in items:
        if len(cur) + 1 + len(it) > 76 and cur != f"{name}:":
            out.append(cur)
            cur = " " + it
        else:
            cur += sep + it if cur != f"{name}:" else " " + it
    out.append(cur)
    return "\n".join(out)


def date_hdr(when):
    return format_datetime(when)


# --------------------------------------------------------------------------
# ids and boundaries


def msgid(style, seed, domain, when=None):
    h = C.hexid(seed, 64)
    if style == "outlook":
        host = "AM" + str(int(h[0], 16) % 9 + 1) + "PR0" + str(int(h[1], 16) % 9 + 1) + "MB" + str(1000 + int(h[2:5], 16) % 9000)
        off = when.utcoffset().total_seconds() / 3600 if when else 0
        region = "namprd" if off <= -3 else ("apcprd" if off >= 5 else "eurprd")
        host = {"namprd": "SN", "apcprd": "SG"}.get(region, "AM") + host[2:]
        return f"<{host}{h[5:37]}@{host}.{region}0{int(h[6], 16) % 8 + 1}.prod.outlook.com>"
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h[:60])).decode().replace("/", "_")[:44]
        return f"<CA{b}@mail.gmail.com>"
    if style == "apple":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "foxmail":
        n = int(h[:12], 16)
        stamp = when.strftime("%Y%m%d%H%M%S") if when else "2026"
        return f"<{stamp}{n % 10**7:07d}@{domain}>"
    if style == "tbird":
        return f"<{h[:8].lower()}-{h[8:12].lower()}-{h[12:16].lower()}-{h[16:20].lower()}-{h[20:32].lower()}@{domain}>"
    if style == "sap":
        return f"<{h[:32]}{h[32:40]}@{domain}>"
    return f"<{int(h[:10], 16)}.{h[10:22].lower()}@{domain}>"


def boundary(style, seed):
    h = C.hexid("b" + seed, 48)
    if style == "outlook":
        return f"_000_{h[:32]}_"
    if style == "gmail":
        return "0000000000" + h[:16].lower()
    if style == "apple":
        return f"Apple-Mail-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    if style == "tbird":
        return "------------" + h[:24]
    if style == "foxmail":
        return f"----=_NextPart_{h[:8]}_{h[8:16]}_{h[16:24]}"
    return f"----=_Part_{int(h[:8], 16) % 100000}_{int(h[8:16], 16)}.{int(h[16:26], 16)}"


# --------------------------------------------------------------------------
# MIME parts


class Part:
    def __init__(self, ctype, params=None, body=b"", cte=None, headers=None, parts=None,
                 bnd=None, preamble=None):
        self.ctype, self.params = ctype, list(params or [])
        self.body, self.cte = body, cte
        self.headers = list(headers or [])
        self.parts = parts
        self.bnd = bnd
        self.preamble = preamble

    def header_block(self):
        p = "".join(f'; {k}="{v}"' if needs_q(v) else f"; {k}={v}" for k, v in self.params)
        if self.parts is not None:
            p += f'; boundary="{self.bnd}"'
        lines = [f"Content-Type: {self.ctype}{p}"]
        if self.cte:
            lines.append(f"Content-Transfer-Encoding: {self.cte}")
        lines += [f"{k}: {v}" for k, v in self.headers]
        return "\n".join(lines).encode("ascii")

    def render_body(self):
        if self.parts is None:
            b = self.body
            return b if b.endswith(b"\n") else b + b"\n"
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        for i, p in enumerate(self.parts):
            out += (b"\n" if (i or self.preamble) else b"") + b"--" + self.bnd.encode() + b"\n" + p.render()
        out += b"\n--" + self.bnd.encode() + b"--\n"
        return out

    def render(self):
        return self.header_block() + b"\n\n" + self.render_body()


def needs_q(v):
    return bool(re.search(r'[()<>@,;:\\"/\[\]?= ]', v))


def encode_body(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False,
         headers=None, errors="strict"):
    data = s.encode(charset, errors)
    params = [("charset", charset)]
    if flowed:
        params.append(("format", "flowed"))
    if cte in ("7bit",) and any(b > 127 for b in data):
        raise ValueError("7bit body with 8-bit data")
    return Part(f"text/{subtype}", params, encode_body(data, cte), cte, headers)


def html_part(s, charset="utf-8", cte="quoted-printable"):
    return text(s, "html", charset, cte, errors="xmlcharrefreplace")


def attachment(data, ctype, filename, cte="base64", inline=False, name_charset="utf-8", params=None):
    try:
        filename.encode("ascii")
        fn_param = f'"{filename}"'
        name_enc = filename
    except UnicodeEncodeError:
        name_enc = enc(filename, name_charset).replace("\n ", " ")
        fn_param = f'"{name_enc}"'
    disp = "inline" if inline else "attachment"
    ps = list(params or []) + [("name", name_enc)]
    headers = [("Content-Disposition", f"{disp}; filename={fn_param}")]
    return Part(ctype, ps, encode_body(data, cte), cte, headers)


def multipart(subtype, parts, bnd, params=None, preamble=None):
    return Part(f"multipart/{subtype}", params, parts=parts, bnd=bnd, preamble=preamble)


def message(headers, root, bare=False):
    """headers: list of (name, value) in order; values already encoded.
    bare=True writes a pre-MIME message (no MIME-Version / Content-Type)."""
    out = []
    for k, v in headers:
        if v is None:
            continue
        if k == "_raw":
            out.append(v)
        else:
            out.append(f"{k}: {v}")
    if bare:
        raw = "\n".join(out).encode("ascii") + b"\n\n" + root.render_body()
    else:
        out.append("MIME-Version: 1.0")
        raw = "\n".join(out).encode("ascii") + b"\n" + root.render()
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# --------------------------------------------------------------------------
# text -> html

OUTLOOK_HTML_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                     'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                     'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                     '<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
                     '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                     '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}\n'
                     '--></style>\n</head>\n<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                     '<div class="WordSection1">\n')


def esc(s):
    return _html.escape(s, quote=False)


def outlook_paras(txt):
    out = []
    for line in txt.rstrip("\n").split("\n"):
        if line.strip():
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def div_lines(txt):
    out = []
    for line in txt.rstrip("\n").split("\n"):
        out.append(f"<div>{esc(line)}</div>" if line.strip() else "<div><br></div>")
    return "\n".join(out)


def quoted_text_to_html(txt):
    """Plain text with '>' quote levels -> nested blockquotes."""
    lines = txt.rstrip("\n").split("\n")
    out, i = [], 0
    while i < len(lines):
        if lines[i].startswith(">"):
            block = []
            while i < len(lines) and lines[i].startswith(">"):
                l = lines[i][1:]
                block.append(l[1:] if l.startswith(" ") else l)
                i += 1
            out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + quoted_text_to_html("\n".join(block)) + "</blockquote>")
        else:
            l = lines[i]
            out.append(f"{esc(l)}<br>" if l.strip() else "<br>")
            i += 1
    return "\n".join(out)


def quote_lines(txt, prefix="> "):
    out = []
    for line in txt.rstrip("\n").split("\n"):
        out.append((prefix + line) if line.strip() else prefix.rstrip())
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# a reply to our acknowledgment request, as a given mail client writes it

DEFAULT_ATTRIB = {
    "gmail": "On {a}, {b} {d}, {Y} at {I}:{MM} {p} {name} <{email}> wrote:",
    "apple": "On {b} {d}, {Y}, at {I}:{MM} {p}, {name} <{email}> wrote:",
    "tbird": "On {dd}/{mm}/{Y} {HH}:{MM}, {name} wrote:",
}

MAILER = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "apple": ("X-Mailer", "iPhone Mail (22B91)"),
    "tbird": ("User-Agent", "Mozilla Thunderbird"),
    "foxmail": ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
}


def received(sender_domain, when, seed, ip_last=None, for_addr=None):
    h = C.hexid("r" + seed, 16)
    n = ip_last if ip_last is not None else int(h[:2], 16) % 250 + 2
    t = when + _dt.timedelta(seconds=37 + int(h[2], 16))
    r1 = (f"Received: from mail.{sender_domain} (mail.{sender_domain} [203.0.113.{n}])\n"
          f"\tby mx1.{C.BUYER_DOMAIN} (Postfix) with ESMTPS id 4{h[3:13]}\n"
          + (f"\tfor <{for_addr}>" if for_addr else "\t")
          + f"; {format_datetime(t.astimezone(C.tz(1)))}")
    return r1


def reply(P, *, sender, when, body, style="outlook", lang="en_US", alang="en", charset="utf-8",
          cte="quoted-printable", html=True, html_only=False, subject=None, prefix="RE: ",
          attachments=(), mailer=None, to=None, cc=None, attrib=None, sep=None,
          reminder=False, qwhen=None, extra_headers=(), mid=None, hdr_charset=None,
          greet="Sir or Madam", body_html=None, seed=None, thread=True, html_charset=None,
          html_cte=None, quote=True, mid_style=None, flowed=False, lang_tag=None,
          qto=None):
    """Compose a supplier's reply to P's request (or reminder)."""
    seed = seed or f"{P.number}-{when.isoformat()}-{sender[1]}"
    hdr_charset = hdr_charset or charset
    name, email = sender
    buyer = P.buyer
    qsubject = ("REMINDER: " + P.subject) if reminder else P.subject
    qwhen = (qwhen or P.issued).astimezone(when.tzinfo)
    req_txt = C.request_text(P, reminder=reminder, greet=greet)
    req_htm = C.request_html(P, reminder=reminder, greet=greet)
    buyer_disp = f"{buyer['name']} <{buyer['email']}>"
    to_disp = qto or P.supplier.email

    text_body = body.rstrip("\n") + "\n"
    html_quote = ""
    if quote and style == "outlook":
        hl = C.outlook_header_lines(lang, buyer_disp, qwhen, to_disp, qsubject)
        sepl = sep if sep is not None else "________________________________"
        text_body += "\n" + (sepl + "\n" if sepl else "") + "".join(f"{k} {v}\n" for k, v in hl) + "\n" + req_txt
        hh = "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in hl)
        html_quote = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                      f'<p class="MsoNormal">{hh}<o:p></o:p></p>\n</div>\n' + req_htm)
    elif quote and style in ("gmail", "apple", "tbird"):
        pat = attrib or DEFAULT_ATTRIB[style]
        at = C.fmt_dt(pat, qwhen, alang, name=buyer["name"], email=buyer["email"])
        q = quote_lines(req_txt)
        text_body += "\n" + at + "\n" + ("" if style == "tbird" else "\n") + q
        if style == "gmail":
            html_quote = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(at)}<br></div>'
                          '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                          f"{req_htm}</blockquote></div>")
        else:
            html_quote = f'<div dir="ltr"><br><blockquote type="cite">{esc(at)}<br><br>{req_htm}</blockquote></div>'
    elif quote and style == "foxmail":
        wk = C.L10N["zh"]["A"][qwhen.weekday()]
        ap = "上午" if qwhen.hour < 12 else "下午"
        h12 = qwhen.hour % 12 or 12
        hl = [("发件人:", f"\"{buyer['name']}\"<{buyer['email']}>;"),
              ("发送时间:", f"{qwhen.year}年{qwhen.month}月{qwhen.day}日({wk}) {ap}{h12}:{qwhen.minute:02d}"),
              ("收件人:", f"\"{P.supplier.email}\"<{P.supplier.email}>;"),
              ("主题:", qsubject)]
        text_body += "\n\n------------------&nbsp;原始邮件&nbsp;------------------\n".replace("&nbsp;", " ")
        text_body += "".join(f"{k} {v}\n" for k, v in hl) + "\n" + req_txt
        hh = "<br>".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in hl)
        html_quote = ('<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
                      '------------------&nbsp;原始邮件&nbsp;------------------</div>'
                      f'<div style="font-size: 12px;background:#efefef;padding:8px;">{hh}</div><div><br></div>' + req_htm)

    # html alternative
    if style == "outlook":
        bh = body_html if body_html is not None else outlook_paras(body)
        cs = html_charset or charset
        htm = OUTLOOK_HTML_HEAD.format(cs=cs, lang=lang_tag or "EN-US") + bh + "\n" + html_quote + "\n</div>\n</body>\n</html>\n"
    elif style == "custom":
        bh = body_html if body_html is not None else quoted_text_to_html(body)
        htm = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={html_charset or charset}"></head><body><div dir="ltr">{bh}</div></body></html>\n'
    else:
        bh = body_html if body_html is not None else div_lines(body)
        htm = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={html_charset or charset}"></head>'
               f'<body><div dir="ltr">{bh}</div>{html_quote}</body></html>\n')

    mstyle = mid_style or {"custom": "other", "none": "other"}.get(style, style)
    bstyle = mstyle
    parts_text = text(text_body, "plain", charset, cte, flowed=flowed)
    parts_html = html_part(htm, html_charset or charset, html_cte or cte)
    if html_only:
        core = parts_html
    elif html:
        core = multipart("alternative", [parts_text, parts_html], boundary(bstyle, seed + "alt"))
    else:
        core = parts_text
    if attachments:
        root = multipart("mixed", [core] + list(attachments), boundary(bstyle, seed + "mix"))
    else:
        root = core

    subj = subject if subject is not None else prefix + qsubject
    refs = None
    irt = None
    if thread and P.request:
        if reminder:
            irt = P.reminder_msgid
            refs = [P.msgid, P.reminder_msgid]
        else:
            irt = P.msgid
            refs = [P.msgid]
    mid = mid or msgid(mstyle, seed, email.split("@")[1], when)
    hdrs = [("Return-Path", f"<{email}>"),
            ("_raw", received(email.split("@")[1], when, seed, for_addr=buyer["email"]))]
    hdrs += [("From", addr(name, email, hdr_charset)),
             ("To", to or addr(buyer["name"], buyer["email"])),
             ("Cc", cc),
             ("Subject", enc(subj, hdr_charset)),
             ("Date", date_hdr(when)),
             ("Message-ID", mid)]
    if irt:
        hdrs.append(("In-Reply-To", irt))
        hdrs.append(("_raw", fold("References", refs)))
    m = mailer if mailer is not None else MAILER.get(style)
    if m:
        hdrs.append(m)
    if style == "outlook":
        hdrs.append(("Thread-Topic", enc(qsubject, hdr_charset)))
        hdrs.append(("Thread-Index", base64.b64encode(bytes.fromhex(C.hexid(seed + "ti", 44))).decode()))
        if lang_tag:
            hdrs.append(("Content-Language", lang_tag))
    hdrs += list(extra_headers)
    return message(hdrs, root)


def request_eml(P, reminder=False, when=None, lf=True):
    """Our own acknowledgment request as it left the buyer's system."""
    when = when or P.issued
    seed = f"req-{P.number}-{reminder}"
    alt = multipart("alternative", [text(C.request_text(P, reminder), "plain", "us-ascii", "7bit"),
                                    html_part("<html><body>" + C.request_html(P, reminder) + "</body></html>\n",
                                              "us-ascii", "7bit")],
                    boundary("other", seed))
    hdrs = [("From", addr(P.buyer["name"], P.buyer["email"])),
            ("To", addr(P.supplier.name if all(ord(c) < 128 for c in P.supplier.name) else "", P.supplier.email)),
            ("Subject", ("REMINDER: " if reminder else "") + P.subject),
            ("Date", date_hdr(when)),
            ("Message-ID", P.reminder_msgid if reminder else P.msgid),
            ("X-Mailer", "Brightwater P2P 4.2 (ack-request)")]
    raw = message(hdrs, alt)
    return raw.replace(b"\r\n", b"\n") if lf else raw
