"""Tiny deterministic MIME writer (LF internally, CRLF on output)."""
import base64
import hashlib
import html as _html
import quopri

_STATE = {"seed": "x", "n": 0}


def reset(seed):
    _STATE["seed"] = seed
    _STATE["n"] = 0


def _h(tag, n=16):
    _STATE["n"] += 1
    return hashlib.sha1(f"{_STATE['seed']}|{tag}|{_STATE['n']}".encode()).hexdigest()[:n]


def boundary(style="outlook"):
    if style == "outlook":
        h = _h("b", 24).upper()
        return f"_000_{h}{'EXCH'}_"
    if style == "gmail":
        return "000000000000" + _h("b", 16)
    if style == "apple":
        h = _h("b", 32).upper()
        return f"Apple-Mail={h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    if style == "thunderbird":
        return "------------" + _h("b", 24)
    if style == "legacy":
        h = _h("b", 16).upper()
        return f"----=_NextPart_000_{h[:4]}_{h[4:12]}.{h[12:16]}"
    return "=_" + _h("b", 20)


def ew(s, charset="utf-8", enc="B"):
    """RFC 2047 encoded words (folded) for a non-ASCII string."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    limit = 40 if enc == "B" else 30
    for ch in s:
        if len((cur + ch).encode(charset)) > limit:
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
            q = "".join(chr(c) if (chr(c).isalnum() and c < 128) else ("_" if c == 32 else f"={c:02X}") for c in b)
            out.append(f"=?{charset}?Q?{q}?=")
    return "\n ".join(out)


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"&'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{ew(name, charset, enc)} <{email}>"


def _encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None):
        self.headers = headers  # list of (name, value)
        self.body = body
        self.parts = parts
        self.boundary = boundary

    def render(self):
        out = []
        for k, v in self.headers:
            out.append(f"{k}: {v}".encode("ascii"))
        out.append(b"")
        if self.parts is None:
            body = self.body
            if not body.endswith(b"\n"):
                body += b"\n"
            return b"\n".join(out) + b"\n" + body
        chunks = [b"\n".join(out)]
        chunks.append(b"\n")
        if self.preamble:
            chunks.append(self.preamble.encode("ascii") + b"\n")
        for p in self.parts:
            chunks.append(f"--{self.boundary}\n".encode())
            chunks.append(p.render())
        chunks.append(f"--{self.boundary}--\n".encode())
        return b"".join(chunks)

    preamble = ""


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", params="", disp=None, lang=None):
    body = body.replace("\r\n", "\n")
    if subtype == "html":
        data = body.encode(charset, errors="xmlcharrefreplace")
    else:
        data = body.encode(charset)
    if cte == "7bit":
        data.decode("ascii")
    hs = [("Content-Type", f'text/{subtype}; charset="{charset}"{params}'),
          ("Content-Transfer-Encoding", cte)]
    if lang:
        hs.insert(1, ("Content-Language", lang))
    if disp:
        hs.append(("Content-Disposition", disp))
    return Part(hs, _encode_body(data, cte))


def attach(data, ctype, filename, cte="base64", inline=False, extra=(), fname_charset="utf-8"):
    fn = filename
    try:
        filename.encode("ascii")
        fnp = f'"{fn}"'
    except UnicodeEncodeError:
        fnp = '"' + ew(filename, fname_charset).replace("\n ", "") + '"'
    hs = [("Content-Type", f"{ctype}; name={fnp}"),
          ("Content-Disposition", f"{'inline' if inline else 'attachment'}; filename={fnp}"),
          ("Content-Transfer-Encoding", cte)]
    hs.extend(extra)
    return Part(hs, _encode_body(data, cte))


def multi(subtype, parts, style="outlook", params="", preamble=""):
    b = boundary(style)
    p = Part([("Content-Type", f'multipart/{subtype};{params}\n\tboundary="{b}"')], parts=parts, boundary=b)
    p.preamble = preamble
    return p


def raw_part(headers, body_bytes):
    return Part(headers, body_bytes)


def message(headers, body_part):
    """headers: list of (name, value); body_part: Part. Returns CRLF bytes."""
    out = []
    for k, v in headers:
        out.append(f"{k}: {v}".encode("ascii"))
    top = b"\n".join(out) + b"\n"
    data = top + b"MIME-Version: 1.0\n" + body_part.render()
    assert b"\r" not in data
    return data.replace(b"\n", b"\r\n")


def inner_message(headers, body_part):
    out = []
    for k, v in headers:
        out.append(f"{k}: {v}".encode("ascii"))
    return b"\n".join(out) + b"\nMIME-Version: 1.0\n" + body_part.render()


def html_of(txt, charset="utf-8", font="Calibri, sans-serif", size="11pt"):
    out, depth = [], 0
    for line in txt.split("\n"):
        d, s = 0, line
        while s.startswith(">"):
            d += 1
            s = s[1:]
            if s.startswith(" "):
                s = s[1:]
        while depth < d:
            out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        e = _html.escape(s, quote=False).replace("  ", "&nbsp; ")
        out.append(e + "<br>")
    while depth:
        out.append("</blockquote>")
        depth -= 1
    return (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n</head>\n'
            f'<body>\n<div style="font-family:{font};font-size:{size}">\n' + "\n".join(out) + "\n</div>\n</body>\n</html>\n")
