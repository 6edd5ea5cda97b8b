"""Tiny deterministic MIME writer (byte-exact control over charsets and encodings)."""
import base64
import quopri


def _enc_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    # 7bit / 8bit: raw
    return data if data.endswith(b"\n") else data + b"\n"


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary

    def render(self):
        out = b"".join(f"{k}: {v}\n".encode("ascii") for k, v in self.headers) + b"\n"
        if self.children is None:
            return out + self.body
        out += b"This is a multi-part message in MIME format.\n\n" if self.boundary.startswith("----=") else b""
        for c in self.children:
            out += b"--" + self.boundary.encode() + b"\n" + c.render()
            if not out.endswith(b"\n"):
                out += b"\n"
            out += b"\n" if not out.endswith(b"\n\n") else b""
        out += b"--" + self.boundary.encode() + b"--\n"
        return out


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", flowed=False, codec=None):
    data = s.encode(codec or cs)
    ct = f'text/{sub}; charset="{cs}"'
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], _enc_body(data, cte))


def html(s, cs="utf-8", cte="quoted-printable", codec=None):
    return text(s, "html", cs, cte, codec=codec)


def att(data, ctype, filename, inline=False, extra=None):
    hdrs = [("Content-Type", f'{ctype}; name="{filename}"'),
            ("Content-Disposition", f'{"inline" if inline else "attachment"}; filename="{filename}"'),
            ("Content-Transfer-Encoding", "base64")]
    if extra:
        hdrs += extra
    return Part(hdrs, base64.encodebytes(data))


def mp(sub, parts, boundary, params=""):
    return Part([("Content-Type", f'multipart/{sub};{params} boundary="{boundary}"')], children=parts, boundary=boundary)


def rfc822(raw, ctype="message/rfc822"):
    raw = raw.replace(b"\r\n", b"\n")
    return Part([("Content-Type", ctype), ("Content-Disposition", "inline")] if ctype == "message/rfc822"
                else [("Content-Type", ctype)], raw)


def dsn(text_block):
    return Part([("Content-Type", "message/delivery-status")], text_block.encode("ascii"))


def ew(s, cs="utf-8", enc="B", codec=None):
    """RFC 2047 encode s (if needed), chunked on character boundaries, folded."""
    if all(ord(c) < 128 for c in s):
        return s
    codec = codec or cs
    words, chunk = [], ""
    limit = 10 if enc == "B" else 18
    for ch in s:
        chunk += ch
        if len(chunk) >= limit:
            words.append(chunk)
            chunk = ""
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        b = w.encode(codec)
        if enc == "B":
            out.append(f"=?{cs}?B?{base64.b64encode(b).decode()}?=")
        else:
            q = "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else
                        ("_" if x == 32 else f"={x:02X}") for x in b)
            out.append(f"=?{cs}?Q?{q}?=")
    return "\n ".join(out)


def addr(name, email, cs="utf-8", enc="B", codec=None):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()"@'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    # one encoded word for the whole display name (as mail clients do for short names)
    b = name.encode(codec or cs)
    if enc == "B":
        word = f"=?{cs}?B?{base64.b64encode(b).decode()}?="
    else:
        word = f"=?{cs}?Q?" + "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else
                                      ("_" if x == 32 else f"={x:02X}") for x in b) + "?="
    return f"{word} <{email}>"


def build(headers, root):
    """headers: list of (name, value); root: Part. Returns CRLF bytes."""
    head = b"".join(f"{k}: {v}\n".encode("ascii") for k, v in headers)
    if root is None:
        raise ValueError
    raw = head + root.render()
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
