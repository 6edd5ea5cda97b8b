"""Hand-rolled MIME builder: exact control over charsets, transfer encodings,
boundaries and header encoding, fully deterministic. Lines are built with LF
and converted to CRLF once, for the whole message, in `message()`."""
import base64
import html as _html
import quopri

_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _ew_one(s, charset, enc):
    data = s.encode(charset)
    if enc == "B":
        payload = base64.b64encode(data).decode("ascii")
    else:
        payload = "".join(
            "_" if b == 0x20 else (chr(b) if b in _QSAFE else f"={b:02X}") for b in data)
    return f"=?{charset}?{enc}?{payload}?="


def ew(s, charset="utf-8", enc="B", maxlen=75):
    """RFC 2047 encoded words, split on character boundaries, folded with LF+space."""
    words, cur = [], ""
    for ch in s:
        if cur and len(_ew_one(cur + ch, charset, enc)) > maxlen:
            words.append(_ew_one(cur, charset, enc))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew_one(cur, charset, enc))
    return "\n ".join(words)


def hdr(s, charset="utf-8", enc="B"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return ew(s, charset, enc)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in _SPECIALS for c in name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{ew(name, charset, enc)} <{email}>"


def encode_body(data, cte):
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


class Part:
    def __init__(self, ctype, params=None, headers=None, body=b"", parts=None,
                 boundary=None, cte=None, preamble=None):
        self.ctype = ctype
        self.params = list(params or [])
        self.headers = list(headers or [])
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.cte = cte
        self.preamble = preamble

    def content_headers(self):
        if self.ctype is None:  # bare body, no MIME headers (e.g. a qmail bounce)
            return list(self.headers)
        params = list(self.params)
        if self.parts is not None:
            params.append(("boundary", self.boundary))
        ct = self.ctype
        line = ct
        pieces = []
        for k, v in params:
            if k.endswith("*") or v.startswith("=?"):
                pieces.append(f'{k}={v}' if k.endswith("*") else f'{k}="{v}"')
            elif k in ("boundary", "name", "filename") or any(c in v for c in ' ()<>@,;:\\"/[]?='):
                pieces.append(f'{k}="{v}"')
            else:
                pieces.append(f"{k}={v}")
        for p in pieces:
            if len(line) + len(p) + 2 > 76:
                line += ";\n\t" + p
            else:
                line += "; " + p
        out = [("Content-Type", line)]
        if self.cte:
            out.append(("Content-Transfer-Encoding", self.cte))
        return out + self.headers

    def render(self):
        out = []
        for k, v in self.content_headers():
            out.append(f"{k}: {v}\n".encode("ascii"))
        out.append(b"\n")
        out.append(self.render_body())
        return b"".join(out)

    def render_body(self):
        if self.parts is None:
            return self.body
        out = []
        if self.preamble:
            out.append(self.preamble.encode("ascii") + b"\n")
        for p in self.parts:
            out.append(f"\n--{self.boundary}\n".encode("ascii") if out else f"--{self.boundary}\n".encode("ascii"))
            r = p.render()
            if r.endswith(b"\n"):
                r = r[:-1]
            out.append(r)
        out.append(f"\n--{self.boundary}--\n".encode("ascii"))
        return b"".join(out)


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False,
         headers=None, extra_params=None):
    data = s.replace("\r\n", "\n").encode(charset)
    params = [("charset", charset)]
    if flowed:
        params.append(("format", "flowed"))
    params += list(extra_params or [])
    return Part(f"text/{subtype}", params, headers, encode_body(data, cte), cte=cte)


def attachment(data, ctype, filename, inline=False, charset="utf-8", style="rfc2231",
               cte="base64", headers=None, name_param=True):
    """style: 'ascii' plain filename, 'rfc2231' (Thunderbird/Gmail), 'ew' (Outlook encoded-word)."""
    try:
        filename.encode("ascii")
        ascii_name = True
    except UnicodeEncodeError:
        ascii_name = False
    params = []
    disp = "inline" if inline else "attachment"
    if ascii_name:
        if name_param:
            params.append(("name", filename))
        disp_h = f'{disp};\n filename="{filename}"'
    elif style == "ew":
        enc = ew(filename, charset, "B").replace("\n ", "")
        if name_param:
            params.append(("name", enc))
        disp_h = f'{disp};\n filename="{enc}"'
    else:
        pct = "".join(c if (c.isascii() and (c.isalnum() or c in "-._")) else
                      "".join(f"%{b:02X}" for b in c.encode(charset)) for c in filename)
        if name_param:
            params.append(("name", ew(filename, charset, "B").replace("\n ", "")))
        disp_h = f"{disp};\n filename*={charset}''{pct}"
    hs = [("Content-Disposition", disp_h)] + list(headers or [])
    return Part(ctype, params, hs, encode_body(data, cte), cte=cte)


def multipart(subtype, parts, boundary, params=None, preamble=None):
    return Part(f"multipart/{subtype}", params, None, parts=parts, boundary=boundary,
                preamble=preamble)


def rfc822(msg_bytes_lf, cte=None, headers=None):
    """message/rfc822 part (msg_bytes_lf: LF line endings, from message(..., crlf=False))."""
    return Part("message/rfc822", None, headers, msg_bytes_lf if msg_bytes_lf.endswith(b"\n") else msg_bytes_lf + b"\n", cte=cte)


def raw_part(ctype, body_text, params=None, headers=None, cte=None, charset="us-ascii"):
    b = body_text.encode(charset)
    if not b.endswith(b"\n"):
        b += b"\n"
    return Part(ctype, params, headers, b, cte=cte)


def message(headers, root, crlf=True, mime_version="1.0"):
    """headers: list of (name, value) already encoded (use hdr/addr). Returns bytes."""
    out = []
    for k, v in headers:
        out.append(f"{k}: {v}\n".encode("ascii"))
    if mime_version:
        out.append(f"MIME-Version: {mime_version}\n".encode("ascii"))
    r = root.render()
    data = b"".join(out) + r
    if crlf:
        assert b"\r" not in data
        data = data.replace(b"\n", b"\r\n")
    return data


def esc(s):
    return _html.escape(s, quote=False)


def html_doc(inner, charset, lang=None, dir_=None, outlook=False, font="Calibri,sans-serif"):
    l = f' lang="{lang}"' if lang else ""
    dr = f' dir="{dir_}"' if dir_ else ""
    if outlook:
        head = (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                f'<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                f'\t{{margin:0cm;font-size:11.0pt;font-family:"{font.split(",")[0]}",sans-serif;}}\n'
                f'a:link, span.MsoHyperlink\n\t{{color:#0563C1;text-decoration:underline;}}\n--></style>\n</head>\n'
                f'<body{l}{dr} link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n')
        return head + inner + "\n</div>\n</body>\n</html>\n"
    return (f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n</head>\n'
            f'<body{l}{dr}>\n' + inner + "\n</body></html>\n")


def plain_to_html(t, outlook=False, quote_from=None):
    """Simple conversion of a plain body to HTML paragraphs; '>'-quoted runs become blockquotes.
    quote_from: index of the line where an Outlook-style (unprefixed) quote starts."""
    lines = t.rstrip("\n").split("\n")
    out = []
    inq = False
    for i, line in enumerate(lines):
        if quote_from is not None and i == quote_from:
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' if outlook
                       else '<div class="gmail_quote">')
            inq = "div"
            if line.startswith("____"):
                continue
        if inq != "div":
            if line.startswith(">") and not inq:
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
                inq = True
            elif not line.startswith(">") and inq is True:
                out.append("</blockquote>")
                inq = False
            if line.startswith(">"):
                line = line[1:].lstrip(" ") if not line.startswith(">>") else line[1:]
        if outlook:
            out.append(f'<p class="MsoNormal">{esc(line) if line.strip() else "&nbsp;"}<o:p></o:p></p>')
        else:
            out.append(f"<div>{esc(line) if line.strip() else '<br>'}</div>")
    if inq is True:
        out.append("</blockquote>")
    if inq == "div":
        out.append("</div>")
    return "\n".join(out)
