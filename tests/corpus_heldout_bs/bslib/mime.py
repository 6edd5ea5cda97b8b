"""Tiny deterministic MIME writer (LF while building, CRLF on output)."""
import base64
import binascii
import hashlib


def hx(seed, n=32):
    """Deterministic hex string derived from a seed."""
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def uuid(seed, upper=True):
    h = hx(seed, 32)
    s = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    return s.upper() if upper else s


def enc_word(s, cs="utf-8"):
    """RFC 2047 B-encoding of a header text, split into words of <= 75 chars."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""
    for ch in s:
        t = cur + ch
        if len(base64.b64encode(t.encode(cs))) > 44 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = t
    words.append(cur)
    return "\n ".join(f"=?{cs}?B?{base64.b64encode(w.encode(cs)).decode()}?=" for w in words)


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@"[]'):
            return '"' + name.replace('"', '') + f'" <{email}>'
        return f"{name} <{email}>"
    return f"{enc_word(name, cs)} <{email}>"


def b64lines(data):
    e = base64.b64encode(data).decode()
    return ("\n".join(e[i:i + 76] for i in range(0, len(e), 76)) + "\n").encode()


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes, LF line ends

    def render(self):
        h = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii")
        return h + b"\n" + self.body


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", params="", ct_cs=None, extra=()):
    s = s.replace("\r\n", "\n")
    for a, b in (("\u2013", "-"), ("\u2022", "*"), ("\u2019", "'")):
        try:
            a.encode(cs)
        except UnicodeEncodeError:
            s = s.replace(a, b)
    raw = s.encode(cs)
    if cte == "quoted-printable":
        body = binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False)
        if not body.endswith(b"\n"):
            body += b"\n"
    elif cte == "base64":
        body = b64lines(s.replace("\n", "\r\n").encode(cs))
    else:
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    label = ct_cs or cs
    hdrs = [("Content-Type", f'text/{sub}; charset="{label}"{params}'),
            ("Content-Transfer-Encoding", cte)]
    return Part(hdrs + list(extra), body)


def attach(data, ctype, filename, disp="attachment", extra=()):
    if all(ord(c) < 128 for c in filename):
        ct = f'{ctype}; name="{filename}"'
        cd = f'{disp}; filename="{filename}"'
    else:
        from urllib.parse import quote
        q = quote(filename.encode("utf-8"), safe="")
        ct = f'{ctype}; name="{enc_word(filename)}"'
        cd = f"{disp};\n filename*=utf-8''{q}"
    hdrs = [("Content-Type", ct), ("Content-Disposition", cd),
            ("Content-Transfer-Encoding", "base64")] + list(extra)
    return Part(hdrs, b64lines(data))


def rfc822(raw_lf_bytes, ctype="message/rfc822", extra=()):
    b = raw_lf_bytes.replace(b"\r\n", b"\n")
    if not b.endswith(b"\n"):
        b += b"\n"
    return Part([("Content-Type", ctype)] + list(extra), b)


def raw_part(headers, body_str, cs="us-ascii"):
    b = body_str.encode(cs)
    if not b.endswith(b"\n"):
        b += b"\n"
    return Part(headers, b)


def multi(sub, parts, boundary, params="", preamble=None):
    hdrs = [("Content-Type", f'multipart/{sub};\n\tboundary="{boundary}"{params}')]
    body = b""
    if preamble:
        body += preamble.encode() + b"\n\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + p.render()
        if not body.endswith(b"\n"):
            body += b"\n"
        body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return Part(hdrs, body)


def message(headers, body_part, mime_version="1.0"):
    """headers: list of (name, value); returns bytes with LF line ends."""
    hs = list(headers)
    if mime_version and not any(k.lower() == "mime-version" for k, _ in hs):
        hs.append(("MIME-Version", mime_version))
    h = "".join(f"{k}: {v}\n" for k, v in hs).encode("ascii")
    return h + body_part.render()


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
