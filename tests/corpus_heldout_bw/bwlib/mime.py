"""Hand-rolled, deterministic MIME serialisation (LF line endings)."""
import base64
import quopri
import datetime as dt


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_words(s, charset="utf-8", mode="B"):
    """RFC 2047 encode a header text if it is not plain ASCII."""
    if _is_ascii(s):
        return s
    words, cur = [], ""
    for ch in s:
        trial = cur + ch
        if len(base64.b64encode(trial.encode(charset))) > 56 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    words.append(cur)
    out = []
    for w in words:
        if mode == "Q":
            raw = w.encode(charset)
            q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ("_" if b == 32 else "=%02X" % b) for b in raw)
            out.append(f"=?{charset}?Q?{q}?=")
        else:
            out.append(f"=?{charset}?B?{base64.b64encode(w.encode(charset)).decode()}?=")
    return "\n ".join(out)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if _is_ascii(name):
        if any(c in name for c in ',.;:()<>@"'):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    return f"{enc_words(name, charset)} <{email}>"


def hdate(y, m, d, H, M, S, tzmin):
    tz = dt.timezone(dt.timedelta(minutes=tzmin))
    t = dt.datetime(y, m, d, H, M, S, tzinfo=tz)
    sign = "+" if tzmin >= 0 else "-"
    a = abs(tzmin)
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + f"{sign}{a // 60:02d}{a % 60:02d}", t


def _cte(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


class Leaf:
    def __init__(self, ctype, data, cte, params=(), headers=()):
        self.ctype, self.data, self.cte = ctype, data, cte
        self.params, self.headers = list(params), list(headers)

    def render(self):
        ct = self.ctype + "".join(f"; {k}={v}" for k, v in self.params)
        h = [f"Content-Type: {ct}"] + [f"{k}: {v}" for k, v in self.headers]
        if self.cte:
            h.append(f"Content-Transfer-Encoding: {self.cte}")
        return ("\n".join(h) + "\n\n").encode("ascii"), _cte(self.data, self.cte)


class Raw:
    """A part whose body is given verbatim (message/rfc822, delivery-status)."""
    def __init__(self, ctype, body, headers=(), params=()):
        self.ctype, self.body, self.headers, self.params = ctype, body, list(headers), list(params)

    def render(self):
        ct = self.ctype + "".join(f"; {k}={v}" for k, v in self.params)
        h = [f"Content-Type: {ct}"] + [f"{k}: {v}" for k, v in self.headers]
        b = self.body if self.body.endswith(b"\n") else self.body + b"\n"
        return ("\n".join(h) + "\n\n").encode("ascii"), b


class Multi:
    def __init__(self, subtype, parts, boundary, params=(), preamble=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.params, self.preamble = list(params), preamble

    def render(self):
        ct = f'multipart/{self.subtype};\n\tboundary="{self.boundary}"' + "".join(f"; {k}={v}" for k, v in self.params)
        head = f"Content-Type: {ct}\n\n".encode("ascii")
        body = b""
        if self.preamble:
            body += self.preamble.encode("ascii") + b"\n\n"
        for p in self.parts:
            h, b = p.render()
            body += f"--{self.boundary}\n".encode("ascii") + h + b
        body += f"--{self.boundary}--\n".encode("ascii")
        return head, body


_SUBST = {"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
          "\u20ac": "EUR", "\u00a0": " ", "\u2026": "...", "\u00ab": "\"", "\u00bb": "\"", "\u2015": "-", "\u2022": "*"}


def fit(s, charset):
    """Replace typographic characters the charset cannot carry (as mail clients do)."""
    out = []
    for ch in s:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(_SUBST[ch])
    return "".join(out)


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, headers=()):
    body = body.replace("\r\n", "\n")
    if not body.endswith("\n"):
        body += "\n"
    data = fit(body, charset).encode(charset)
    params = [("charset", f'"{charset}"' if subtype == "html" else charset)]
    if flowed:
        params.append(("format", "flowed"))
    if cte == "7bit":
        data.decode("ascii")
    return Leaf(f"text/{subtype}", data, cte, params, headers)


def attachment(data, ctype, filename, cte="base64", inline=False, charset=None):
    params = []
    if charset:
        params.append(("charset", charset))
    params.append(("name", f'"{filename}"'))
    disp = "inline" if inline else "attachment"
    return Leaf(ctype, data, cte, params, [("Content-Disposition", f'{disp}; filename="{filename}"')])


def message(headers, part, mime_version="1.0"):
    """headers: list of (name, value); value already encoded/folded."""
    h, b = part.render()
    out = "".join(f"{k}: {v}\n" for k, v in headers)
    if mime_version:
        out += f"MIME-Version: {mime_version}\n"
    return out.encode("ascii") + h + b
