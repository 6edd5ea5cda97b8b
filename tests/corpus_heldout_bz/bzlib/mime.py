"""Hand-rolled, deterministic MIME serialisation (no randomness, fixed boundaries)."""
import base64
import datetime as dt
import hashlib
import quopri

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc_date(y, m, d, hh, mm, ss=0, tz="+0100"):
    wd = WEEKDAYS[dt.date(y, m, d).weekday()]
    return f"{wd}, {d:02d} {MONTHS[m - 1]} {y} {hh:02d}:{mm:02d}:{ss:02d} {tz}"


def h(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_words(s, charset="utf-8", mode="B", limit=75):
    """RFC 2047 encode s into a list of encoded words, splitting on character boundaries."""
    words, cur = [], ""

    def word(t):
        raw = t.encode(charset)
        if mode == "B":
            return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
        out = []
        for b in raw:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isalnum() and b < 128:
                out.append(c)
            else:
                out.append(f"={b:02X}")
        return f"=?{charset}?Q?{''.join(out)}?="

    for ch in s:
        if cur and len(word(cur + ch)) > limit:
            words.append(word(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(word(cur))
    return words


def enc_header(s, charset="utf-8", mode="B"):
    if is_ascii(s):
        return s
    return "\n ".join(enc_words(s, charset, mode))


def addr(name, email, charset="utf-8", mode="B"):
    if not name:
        return email
    if is_ascii(name):
        if any(c in name for c in ',.;:()<>@"[]'):
            return '"' + name.replace('"', '') + '" <' + email + ">"
        return f"{name} <{email}>"
    return enc_header(name, charset, mode) + f" <{email}>"


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes

    def to_bytes(self):
        out = b""
        for k, v in self.headers:
            out += f"{k}: {v}\n".encode("ascii")
        return out + b"\n" + self.body


def b64lines(data):
    enc = base64.b64encode(data).decode()
    return ("\n".join(enc[i:i + 76] for i in range(0, len(enc), 76)) + "\n").encode()


def encode_body(text, charset, cte):
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "base64":
        return b64lines(raw)
    if cte == "quoted-printable":
        q = quopri.encodestring(raw)
        if not q.endswith(b"\n"):
            q += b"\n"
        return q
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")
        return raw if raw.endswith(b"\n") else raw + b"\n"
    raise ValueError(cte)


def text(content, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra=None):
    ct = f"text/{subtype}; charset=\"{charset}\""
    if flowed:
        ct = f"text/{subtype}; charset={charset}; format=flowed; delsp=yes"
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hs += extra
    return Part(hs, encode_body(content, charset, cte))


def attachment(data, ctype, filename, disposition="attachment", extra=None, cte="base64"):
    fname = filename if is_ascii(filename) else enc_header(filename)
    hs = [("Content-Type", f'{ctype}; name="{fname}"'),
          ("Content-Disposition", f'{disposition}; filename="{fname}"'),
          ("Content-Transfer-Encoding", cte)]
    if extra:
        hs += extra
    if cte == "base64":
        body = b64lines(data)
    else:
        body = data if data.endswith(b"\n") else data + b"\n"
    return Part(hs, body)


def multipart(subtype, parts, boundary, params="", preamble=None):
    ct = f'multipart/{subtype};{params} boundary="{boundary}"' if params else f'multipart/{subtype}; boundary="{boundary}"'
    body = b""
    if preamble:
        body += preamble.encode() + b"\n"
    for p in parts:
        body += f"--{boundary}\n".encode() + p.to_bytes()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += f"--{boundary}--\n".encode()
    return Part([("Content-Type", ct)], body)


def raw_part(headers, body_bytes):
    return Part(headers, body_bytes if body_bytes.endswith(b"\n") else body_bytes + b"\n")


def message(headers, part, mime_version=True, crlf=True):
    hs = list(headers)
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    out = b""
    for k, v in hs:
        out += f"{k}: {v}\n".encode("ascii")
    out += part.to_bytes()
    if crlf:
        out = out.replace(b"\n", b"\r\n")
    return out
