"""Hand-rolled, deterministic MIME composition (standard library only).

Every builder returns bytes with bare LF line ends; `message()` converts the
finished message to CRLF, as it would arrive over IMAP.
"""
from __future__ import annotations

import base64
import datetime as dt
import html
import quopri
from email.utils import formataddr

_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(y, m, d, hh=9, mm=0, ss=0, tz="+0100"):
    """RFC 5322 date with the correct weekday."""
    wd = _WD[dt.date(y, m, d).weekday()]
    return f"{wd}, {d} {_MON[m - 1]} {y} {hh:02d}:{mm:02d}:{ss:02d} {tz}"


_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
_LATIN = ("iso-8859", "windows-125", "us-ascii", "utf-8-q")


def _qword(b: bytes) -> str:
    return "".join("_" if c == 32 else chr(c) if c in _Q_SAFE else "=%02X" % c for c in b)


def hdr(value: str, charset: str = "utf-8", name: str = "Subject") -> str:
    """Header value, RFC 2047 encoded (Q for Latin charsets, B otherwise) when not plain ASCII.

    Splits on character boundaries so no encoded word exceeds 75 characters; folds with CRLF SP."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        pass
    mode = "q" if charset.lower().startswith(_LATIN) else "b"
    words, cur = [], ""
    prefix = f"=?{charset}?{mode}?"

    def enc(t):
        b = t.encode(charset)
        return _qword(b) if mode == "q" else base64.b64encode(b).decode("ascii")

    for ch in value:
        if cur and len(prefix) + len(enc(cur + ch)) + 2 > 75:
            words.append(prefix + enc(cur) + "?=")
            cur = ""
        cur += ch
    if cur:
        words.append(prefix + enc(cur) + "?=")
    return "\n ".join(words)


def addr(name: str, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return f"{hdr(name, charset)} <{email}>"


def _encode_body(data: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
    elif cte == "base64":
        out = base64.encodebytes(data)
    elif cte in ("7bit", "8bit"):
        out = data
    else:
        raise ValueError(cte)
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def part(headers, body: bytes) -> bytes:
    h = b"".join(f"{k}: {v}\n".encode("ascii") for k, v in headers)
    return h + b"\n" + body


def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         flowed: bool = False, extra_headers=()) -> bytes:
    data = body.replace("\r\n", "\n").encode(charset)
    if cte == "7bit":
        data.decode("ascii")
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra_headers)
    return part(headers, _encode_body(data, cte))


def multipart(subtype: str, boundary: str, parts, preamble: str | None = None, extra_ct: str = "") -> bytes:
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        body += b"--" + boundary.encode("ascii") + b"\n" + p
        if not p.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode("ascii") + b"--\n"
    ct = f'multipart/{subtype}; boundary="{boundary}"{extra_ct}'
    return part([("Content-Type", ct)], body)


def attachment(data: bytes, ctype: str, filename: str, cte: str = "base64", inline: bool = False,
               extra_headers=()) -> bytes:
    disp = "inline" if inline else "attachment"
    headers = [("Content-Type", f'{ctype}; name="{filename}"'),
               ("Content-Disposition", f'{disp}; filename="{filename}"'),
               ("Content-Transfer-Encoding", cte)] + list(extra_headers)
    return part(headers, _encode_body(data, cte))


def rfc822(inner: bytes, ctype: str = "message/rfc822") -> bytes:
    """Embed a finished message (LF line ends) as message/rfc822 or text/rfc822-headers."""
    headers = [("Content-Type", ctype)]
    if ctype.startswith("text/"):
        headers = [("Content-Type", f'{ctype}; charset="us-ascii"'), ("Content-Transfer-Encoding", "7bit")]
    return part(headers, inner if inner.endswith(b"\n") else inner + b"\n")


def delivery_status(text_: str) -> bytes:
    return part([("Content-Type", "message/delivery-status")], text_.encode("ascii"))


def headers_block(headers) -> bytes:
    return b"".join(f"{k}: {v}\n".encode("ascii") for k, v in headers)


def message(headers, body_part: bytes, mime_version: bool = True) -> bytes:
    """headers: list of (name, value); values must already be ASCII (use hdr/addr)."""
    hs = list(headers)
    if mime_version and not any(k.lower() == "mime-version" for k, _ in hs):
        hs.append(("MIME-Version", "1.0"))
    raw = headers_block(hs) + body_part
    raw = raw.replace(b"\r\n", b"\n")
    return raw.replace(b"\n", b"\r\n")


# --------------------------------------------------------------------------
# Quoting helpers as mail clients produce them
# --------------------------------------------------------------------------

def quote_gt(txt: str, prefix: str = "> ") -> str:
    out = []
    for ln in txt.rstrip("\n").split("\n"):
        out.append((prefix.rstrip() if not ln else prefix + ln) if not ln.startswith(">") else ">" + ln)
    return "\n".join(out) + "\n"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def html_paras(txt: str, pclass: str = "") -> str:
    """Plain text to simple HTML paragraphs (keeps line breaks)."""
    cls = f' class="{pclass}"' if pclass else ""
    blocks = txt.strip("\n").split("\n\n")
    return "\n".join(f"<p{cls}>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>" for b in blocks)


def outlook_html(body_html: str, quoted_html: str = "", lang: str = "EN-US") -> str:
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailStyle17
	{{mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body_html}
{quoted_html}
</div>
</body>
</html>
"""


def outlook_quote_header_html(frm: str, sent: str, to: str, subject: str, cc: str = "",
                              labels=("From", "Sent", "To", "Cc", "Subject")) -> str:
    lf, ls, lt, lc, lsub = labels
    cc_html = f"<b>{lc}:</b> {esc(cc)}<br>\n" if cc else ""
    return f"""<div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b><span lang="EN-US">{lf}:</span></b><span lang="EN-US"> {esc(frm)}<br>
<b>{ls}:</b> {esc(sent)}<br>
<b>{lt}:</b> {esc(to)}<br>
{cc_html}<b>{lsub}:</b> {esc(subject)}<o:p></o:p></span></p>
</div>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
"""


def outlook_quote_header_text(frm: str, sent: str, to: str, subject: str, cc: str = "",
                              labels=("From", "Sent", "To", "Cc", "Subject")) -> str:
    lf, ls, lt, lc, lsub = labels
    s = f"{lf}: {frm}\n{ls}: {sent}\n{lt}: {to}\n"
    if cc:
        s += f"{lc}: {cc}\n"
    s += f"{lsub}: {subject}\n"
    return s
