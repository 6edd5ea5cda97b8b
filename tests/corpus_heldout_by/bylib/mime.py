"""Tiny deterministic MIME writer (byte-exact control over charsets and encodings)."""
import base64
import quopri


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=None):
        self.headers = list(headers)
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble


def _enc_body(data, cte):
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


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra=()):
    if not s.endswith("\n"):
        s += "\n"
    data = s.encode(charset)
    if cte == "7bit":
        assert all(b < 128 for b in data), "7bit body with 8-bit bytes"
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), _enc_body(data, cte))


def attachment(data, ctype, filename, cte="base64", inline=False, params=""):
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", f'{ctype}{params}; name="{filename}"'),
                 ("Content-Disposition", f'{disp}; filename="{filename}"'),
                 ("Content-Transfer-Encoding", cte)], _enc_body(data, cte))


def multipart(subtype, parts, boundary, params="", preamble=None):
    return Part([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{params}')],
                children=list(parts), boundary=boundary, preamble=preamble)


def raw_part(ctype, body_text, extra=()):
    data = body_text.encode("utf-8") if isinstance(body_text, str) else body_text
    if not data.endswith(b"\n"):
        data += b"\n"
    return Part([("Content-Type", ctype)] + list(extra), data)


def encode_word(s, charset="utf-8"):
    """RFC 2047 B-encoded words (each <= 75 chars), folded with CRLF SP."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, chunk = [], ""
    prefix = f"=?{charset}?B?"
    for ch in s:
        cand = chunk + ch
        if len(prefix) + len(base64.b64encode(cand.encode(charset))) + 2 > 75:
            words.append(chunk)
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(chunk)
    return "\n ".join(prefix + base64.b64encode(w.encode(charset)).decode() + "?=" for w in words)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()"@<>[]'):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{encode_word(name, charset)} <{email}>"


def _ser(part, out):
    for k, v in part.headers:
        out.append(f"{k}: {v}\n".encode("ascii"))
    out.append(b"\n")
    if part.children is not None:
        if part.preamble:
            out.append(part.preamble.encode("ascii") + b"\n\n")
        for c in part.children:
            out.append(f"--{part.boundary}\n".encode("ascii"))
            _ser(c, out)
            out.append(b"\n") if not out[-1].endswith(b"\n") else None
        out.append(f"--{part.boundary}--\n".encode("ascii"))
    else:
        out.append(part.body)


def message(headers, body, mime_version=True):
    """headers: list of (name, value) with ASCII values (use encode_word)."""
    hs = list(headers)
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    top = Part(hs + body.headers, body.body, body.children, body.boundary, body.preamble)
    out = []
    _ser(top, out)
    data = b"".join(out)
    # canonical CRLF line endings as delivered over IMAP
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data
