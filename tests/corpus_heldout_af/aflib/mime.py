"""Hand-rolled MIME writer: fixed boundaries, chosen charsets and transfer encodings.

A part is a tuple (header_lines, body_bytes).  Everything is produced with LF line
ends and converted to CRLF once at the end (safe: no encoded body contains a bare CR,
and none of the multibyte charsets used has 0x0A as a trail byte).
"""
import base64
import hashlib
import quopri
from email.header import Header
from email.utils import format_datetime
import datetime as dt


# ---------------------------------------------------------------- headers

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encode_words(value, charset="utf-8", q=False):
    """RFC 2047 encoded words (B or Q), never splitting a character, each word <= 75 chars."""
    import binascii
    words, cur = [], b""
    prefix = f"=?{charset}?{'Q' if q else 'B'}?"

    def enc(b):
        if q:
            out = []
            for c in b:
                ch = chr(c)
                if ch == " ":
                    out.append("_")
                elif ch.isalnum() and c < 128:
                    out.append(ch)
                else:
                    out.append("=%02X" % c)
            return "".join(out)
        return base64.b64encode(b).decode()

    for ch in value:
        b = ch.encode(charset)
        if len(prefix) + len(enc(cur + b)) + 2 > 75:
            words.append(prefix + enc(cur) + "?=")
            cur = b
        else:
            cur += b
    if cur:
        words.append(prefix + enc(cur) + "?=")
    return "\n ".join(words)


def hdr(value, charset="utf-8", q=False):
    """Header value; RFC 2047-encoded when not ASCII."""
    if is_ascii(value):
        return value
    return encode_words(value, charset, q)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if is_ascii(name):
        if any(c in name for c in ',.;:()<>@"'):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    return f"{encode_words(name, charset)} <{email}>"


def date_hdr(y, mo, d, h, mi, s, tz_minutes):
    tz = dt.timezone(dt.timedelta(minutes=tz_minutes))
    when = dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)
    return format_datetime(when), when


def _h(seed, n=16, alphabet="0123456789ABCDEF"):
    digest = hashlib.sha256(seed.encode()).digest()
    out = []
    i = 0
    while len(out) < n:
        b = digest[i % len(digest)] + i // len(digest) * 7
        out.append(alphabet[b % len(alphabet)])
        i += 1
    return "".join(out)


def mid_outlook(seed, region="eurprd07"):
    a = "AM" + _h(seed + "a", 1, "0123456789") + "PR" + _h(seed + "b", 2, "0123456789") + "MB" + _h(seed + "c", 4, "0123456789")
    return f"<{a}{_h(seed, 20)}@{a}.{region}.prod.outlook.com>"


def mid_gmail(seed):
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return f"<CA{_h(seed, 38, alpha)}+{_h(seed + 'x', 4, alpha)}@mail.gmail.com>"


def mid_apple(seed, domain):
    h = _h(seed, 32)
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def mid_uuid(seed, domain):
    h = _h(seed, 32, "0123456789abcdef")
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def mid_plain(seed, domain, prefix=""):
    return f"<{prefix}{_h(seed, 12, '0123456789abcdef')}.{_h(seed + 'z', 6, '0123456789')}@{domain}>"


def boundary(seed, style="outlook"):
    if style == "outlook":
        return "_000_" + _h(seed, 28) + "_"
    if style == "gmail":
        return "000000000000" + _h(seed, 16, "0123456789abcdef")
    if style == "apple":
        return "Apple-Mail=_" + _h(seed, 8) + "-" + _h(seed + "1", 4) + "-" + _h(seed + "2", 4) + "-" + _h(seed + "3", 4) + "-" + _h(seed + "4", 12)
    if style == "tb":
        return "------------" + _h(seed, 24, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return "=_" + _h(seed, 24, "0123456789abcdef")


# ---------------------------------------------------------------- bodies

def _encode(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        if not data.endswith(b"\n"):
            data += b"\n"
        return quopri.encodestring(data)
    if cte in ("7bit", "8bit"):
        if not data.endswith(b"\n"):
            data += b"\n"
        return data
    raise ValueError(cte)


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra=None):
    data = s.replace("\r\n", "\n").encode(charset)
    if cte == "7bit" and any(b > 127 for b in data):
        raise ValueError("7bit with non-ASCII bytes")
    ct = f'Content-Type: text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    heads = [ct, f"Content-Transfer-Encoding: {cte}"]
    if extra:
        heads += extra
    return (heads, _encode(data, cte))


def html(s, charset="utf-8", cte="quoted-printable"):
    return text(s, "html", charset, cte)


def attachment(data, ctype, filename, cte="base64", inline=False, content_id=None, extra_params=""):
    disp = "inline" if inline else "attachment"
    if is_ascii(filename):
        fn_ct = f'; name="{filename}"'
        fn_cd = f'; filename="{filename}"'
    else:
        from urllib.parse import quote
        fn_ct = f'; name="{Header(filename, "utf-8").encode()}"'
        fn_cd = f"; filename*=utf-8''{quote(filename)}"
    heads = [f"Content-Type: {ctype}{fn_ct}{extra_params}",
             f"Content-Disposition: {disp}{fn_cd}",
             f"Content-Transfer-Encoding: {cte}"]
    if content_id:
        heads.append(f"Content-ID: <{content_id}>")
    return (heads, _encode(data, cte))


def raw_part(ctype_line, body_text, extra=None):
    heads = [ctype_line] + (extra or [])
    b = body_text.encode("utf-8") if isinstance(body_text, str) else body_text
    if not b.endswith(b"\n"):
        b += b"\n"
    return (heads, b)


def multipart(subtype, bnd, parts, params="", preamble=None):
    heads = [f'Content-Type: multipart/{subtype};{params}\n\tboundary="{bnd}"']
    body = b""
    if preamble:
        body += preamble.encode() + b"\n"
    for h, b in parts:
        body += b"\n--" + bnd.encode() + b"\n" + "\n".join(h).encode() + b"\n\n" + b
        if not b.endswith(b"\n"):
            body += b"\n"
    body += b"\n--" + bnd.encode() + b"--\n"
    if not preamble:
        body = body[1:]
    return (heads, body)


def message(headers, part, mime_version="1.0"):
    """headers: list of (name, value). Returns CRLF bytes."""
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    if mime_version and not any(k.lower() == "mime-version" for k, _ in headers):
        lines.append(f"MIME-Version: {mime_version}")
    ph, pb = part
    lines += ph
    raw = ("\n".join(lines) + "\n\n").encode("ascii") + pb
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def to_bytes(part):
    h, b = part
    return ("\n".join(h) + "\n\n").encode("ascii") + b


# ---------------------------------------------------------------- quoting helpers

def gt(textblock, prefix="> "):
    out = []
    for ln in textblock.rstrip("\n").split("\n"):
        if ln.startswith(">"):
            out.append(">" + ln)
        else:
            out.append((prefix + ln).rstrip() if ln else prefix.rstrip())
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def p_html(textblock, cls="MsoNormal"):
    """Plain text -> Outlook-like paragraphs."""
    out = []
    for ln in textblock.split("\n"):
        if ln.strip():
            out.append(f'<p class="{cls}">{esc(ln)}<o:p></o:p></p>')
        else:
            out.append(f'<p class="{cls}"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def outlook_html(body_text, hdr_block, quoted_text, lang="EN-GB", extra_html="", charset="utf-8"):
    """body_text: supplier's words (plain); hdr_block: list of (label, value); quoted_text: original."""
    hb = "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in hdr_block)
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
@page WordSection1
	{{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{p_html(body_text)}
{extra_html}
<div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal">{hb}<o:p></o:p></p>
</div>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
{p_html(quoted_text)}
</div>
</body>
</html>
"""


def outlook_text(body_text, hdr_block, quoted_text):
    hb = "\n".join(f"{k} {v}" for k, v in hdr_block)
    return f"{body_text}\n\n{hb}\n\n{quoted_text}\n"


def simple_html(body_text, quoted_html="", div_style="font-family:Arial,sans-serif;font-size:10pt"):
    paras = "".join(f"<div>{esc(ln) if ln.strip() else '<br>'}</div>\n" for ln in body_text.split("\n"))
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="{div_style}">\n{paras}</div>{quoted_html}</body></html>\n'


def gmail_html(body_text, attribution, quoted_text):
    paras = "".join(f"<div>{esc(ln) if ln.strip() else '<br>'}</div>" for ln in body_text.split("\n"))
    q = "<br>".join(esc(ln) for ln in quoted_text.split("\n"))
    return (f'<div dir="ltr">{paras}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(attribution)}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>\n')
