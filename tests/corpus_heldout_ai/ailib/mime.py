"""Hand-rolled, deterministic MIME assembly (standard library only).

Everything is built with LF line endings and converted to CRLF once, at the
end, by build().  Bodies are always transfer-encoded before that conversion,
so the conversion never touches payload bytes except line breaks.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import quopri
import re

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------- headers

def mdate(y, m, d, hh, mm, ss=0, tz="+0100"):
    """RFC 5322 date string; the weekday is computed, never typed."""
    day = dt.date(y, m, d)
    return f"{WEEKDAYS[day.weekday()]}, {d} {MONTHS[m - 1]} {y} {hh:02d}:{mm:02d}:{ss:02d} {tz}"


def hexid(seed: str, n=16) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def ew(s: str, charset="utf-8", enc="B") -> str:
    """RFC 2047 encoded words (folded) for a non-ASCII header value."""
    if all(ord(c) < 128 for c in s):
        return s
    overhead = len(f"=?{charset}?{enc}??=")
    words, cur = [], ""

    def enc_len(t):
        b = t.encode(charset)
        if enc == "B":
            return len(base64.b64encode(b))
        return len(_q(b))

    for ch in s:
        if cur and enc_len(cur + ch) + overhead > 75:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(charset)
        if enc == "B":
            out.append(f"=?{charset}?B?{base64.b64encode(b).decode()}?=")
        else:
            out.append(f"=?{charset}?Q?{_q(b)}?=")
    return "\n ".join(out)


def _q(b: bytes) -> str:
    res = []
    for c in b:
        ch = chr(c)
        if ch == " ":
            res.append("_")
        elif ch.isalnum() and c < 128:
            res.append(ch)
        elif ch in "-!*+/" and c < 128:
            res.append(ch)
        else:
            res.append(f"={c:02X}")
    return "".join(res)


def addr(name: str | None, email: str, charset="utf-8", enc="B") -> str:
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    return f"{ew(name, charset, enc)} <{email}>"


def subj(s: str, charset="utf-8", enc="B") -> str:
    if all(ord(c) < 128 for c in s):
        return fold(s)
    return ew(s, charset, enc)


def fold(s: str, width=76) -> str:
    """Fold a long ASCII header value at spaces."""
    if len(s) <= width:
        return s
    parts, cur = [], ""
    for w in s.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            parts.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    parts.append(cur)
    return "\n ".join(parts)


# ---------------------------------------------------------------- parts

class Part:
    def __init__(self, headers, body: bytes):
        self.headers = list(headers)
        self.body = body

    def render(self) -> bytes:
        head = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii")
        return head + b"\n" + self.body


def _encode_text(body: str, charset: str, cte: str) -> bytes:
    if not body.endswith("\n"):
        body += "\n"
    raw = body.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw.replace(b"\n", b"\r\n"))
    if cte == "7bit":
        assert all(b < 128 for b in raw), "7bit body with 8-bit bytes"
        return raw
    if cte == "8bit":
        return raw
    raise ValueError(cte)


def text(body: str, subtype="plain", charset="utf-8", cte="quoted-printable",
         flowed=False, csname=None, extra=None) -> Part:
    cs = csname or charset
    ct = f'text/{subtype}; charset="{cs}"'
    if flowed:
        ct += "; format=flowed"
    hdr = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hdr += extra
    return Part(hdr, _encode_text(body, charset, cte))


def b64lines(data: bytes) -> bytes:
    return base64.encodebytes(data)


def attachment(data: bytes, ctype: str, filename: str, inline=False, extra=None,
               name_param=True) -> Part:
    if all(ord(c) < 128 for c in filename):
        fn = f'filename="{filename}"'
        nm = f'; name="{filename}"' if name_param else ""
    else:
        from urllib.parse import quote
        fn = f"filename*=utf-8''{quote(filename)}"
        nm = f'; name="{ew(filename)}"' if name_param else ""
    disp = "inline" if inline else "attachment"
    hdr = [("Content-Type", f"{ctype}{nm}"),
           ("Content-Disposition", f"{disp};\n {fn}"),
           ("Content-Transfer-Encoding", "base64")]
    if extra:
        hdr += extra
    return Part(hdr, b64lines(data))


def multipart(subtype: str, boundary: str, parts, preamble=None, params="") -> Part:
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n"
    for p in parts:
        body += b"\n--" + boundary.encode() + b"\n" + p.render()
    body += b"\n--" + boundary.encode() + b"--\n"
    if body.startswith(b"\n"):
        body = body[1:]
    return Part([("Content-Type", f'multipart/{subtype};{params}\n boundary="{boundary}"')], body)


def rfc822(msg_bytes_lf: bytes) -> Part:
    return Part([("Content-Type", "message/rfc822")], msg_bytes_lf)


def rfc822_headers(headers_lf: str) -> Part:
    return Part([("Content-Type", "text/rfc822-headers")], headers_lf.encode("ascii"))


def delivery_status(per_message: list[tuple], recipients: list[list[tuple]]) -> Part:
    blocks = ["".join(f"{k}: {v}\n" for k, v in per_message)]
    for r in recipients:
        blocks.append("".join(f"{k}: {v}\n" for k, v in r))
    return Part([("Content-Type", "message/delivery-status")], "\n".join(blocks).encode("ascii"))


def build_lf(headers, root: Part) -> bytes:
    """Top-level message with LF endings (used for embedding in bounces)."""
    head = ""
    for k, v in headers:
        head += f"{k}: {v}\n"
    head += "MIME-Version: 1.0\n"
    return head.encode("ascii") + root.render()


def build(headers, root: Part) -> bytes:
    raw = build_lf(headers, root)
    assert b"\r" not in raw
    return raw.replace(b"\n", b"\r\n")


# ---------------------------------------------------------------- bodies

def quote_gt(s: str, prefix=">") -> str:
    out = []
    for ln in s.rstrip("\n").split("\n"):
        if ln.startswith(">"):
            out.append(prefix + ln)
        elif ln:
            out.append(prefix + " " + ln)
        else:
            out.append(prefix)
    return "\n".join(out)


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def html_lines(s: str, p_open="<div>", p_close="</div>") -> str:
    """Plain text -> one block per line (as Gmail/Apple produce)."""
    out = []
    for ln in s.rstrip("\n").split("\n"):
        out.append(f"{p_open}{esc(ln) if ln.strip() else '<br>'}{p_close}")
    return "\n".join(out)


def html_blockquote(s: str, style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex") -> str:
    return f'<blockquote class="gmail_quote" style="{style}">\n{html_lines(s)}\n</blockquote>'


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
span.EmailStyle17
	{{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_p(s: str) -> str:
    out = []
    for ln in s.rstrip("\n").split("\n"):
        out.append(f'<p class="MsoNormal">{esc(ln) if ln.strip() else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>')
    return "\n".join(out)


def outlook_html(reply: str, hdr_block: list[tuple[str, str]] | None = None, quoted: str = "",
                 cs="utf-8", lang="EN-US", reply_html: str | None = None) -> str:
    h = OUTLOOK_HEAD.format(cs=cs, lang=lang)
    h += reply_html if reply_html is not None else outlook_p(reply)
    if hdr_block:
        h += '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        h += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
              '<p class="MsoNormal">')
        h += "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in hdr_block)
        h += "<o:p></o:p></p>\n</div>\n"
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        h += outlook_p(quoted)
    h += "\n</div>\n</body>\n</html>\n"
    return h


def outlook_plain(reply: str, hdr_block: list[tuple[str, str]] | None = None, quoted: str = "") -> str:
    s = reply.rstrip("\n") + "\n"
    if hdr_block:
        s += "\n" + "".join(f"{k} {v}\n" for k, v in hdr_block) + "\n" + quoted.rstrip("\n") + "\n"
    return s


def simple_html(body_html: str, cs="utf-8") -> str:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head>'
            f'<body>{body_html}</body></html>\n')


def table_html(rows, border=1, header=True) -> str:
    out = [f'<table border="{border}" cellspacing="0" cellpadding="3" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(str(c))}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)
