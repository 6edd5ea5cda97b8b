"""Tiny deterministic MIME writer (standard library only)."""
import base64
import quopri
import datetime as dt
from email.utils import format_datetime


def _b(s):
    return s.encode("ascii") if isinstance(s, str) else s


def encword(s, charset="utf-8", enc="B", budget=None):
    """RFC 2047 encode s (folded into several encoded words when long)."""
    if s.isascii():
        return s
    words, cur = [], ""
    if budget is None:
        budget = 39 if enc == "B" else 15

    def flush(chunk):
        raw = chunk.encode(charset)
        if enc == "B":
            payload = base64.b64encode(raw).decode("ascii")
        else:
            out = []
            for byte in raw:
                c = chr(byte)
                if c == " ":
                    out.append("_")
                elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                    out.append(c)
                else:
                    out.append("=%02X" % byte)
            payload = "".join(out)
        words.append(f"=?{charset}?{enc}?{payload}?=")

    for ch in s:
        if len((cur + ch).encode(charset)) > budget:
            flush(cur)
            cur = ""
        cur += ch
    if cur:
        flush(cur)
    return "\n ".join(words)


def hdr_text(s, charset="utf-8", enc="B"):
    """Encode a header value only where needed (keeps an ASCII prefix like 'RE: ')."""
    if s.isascii():
        return s
    # keep leading ASCII words readable
    parts = s.split(" ")
    i = 0
    while i < len(parts) and parts[i].isascii():
        i += 1
    head = " ".join(parts[:i])
    tail = " ".join(parts[i:])
    return (head + " " if head else "") + encword(tail, charset, enc)


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    if name.isascii():
        if any(c in name for c in ',.;:()[]<>@"'):
            name = '"' + name.replace('"', '') + '"'
        return f"{name} <{email}>"
    return f"{encword(name, charset, enc, budget=200)} <{email}>"


def date_hdr(y, mo, d, h, mi, tz="+0100", s=0):
    sign = 1 if tz[0] == "+" else -1
    off = sign * (int(tz[1:3]) * 60 + int(tz[3:5]))
    when = dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(minutes=off)))
    return format_datetime(when)


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=b""):
        self.headers = list(headers)
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble

    def render(self):
        out = b"".join(_b(f"{k}: {v}\n") if isinstance(v, str) else _b(f"{k}: ") + v + b"\n"
                       for k, v in self.headers)
        out += b"\n"
        if self.children is not None:
            out += self.preamble
            for c in self.children:
                out += _b(f"--{self.boundary}\n") + c.render()
                if not out.endswith(b"\n"):
                    out += b"\n"
            out += _b(f"--{self.boundary}--\n")
        else:
            out += self.body
            if not out.endswith(b"\n"):
                out += b"\n"
        return out


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data, quotetabs=False)
    for line in data.split(b"\n"):
        assert len(line) < 990, "line too long for 7bit/8bit"
    if cte == "7bit":
        assert data.isascii()
    return data


def text(s, subtype="plain", charset="utf-8", cte=None, flowed=False, delsp=False):
    data = s.encode(charset)
    if cte is None:
        cte = "7bit" if data.isascii() else "quoted-printable"
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
        if delsp:
            ct += "; delsp=yes"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], encode_body(data, cte))


def attach(data, ctype, filename, disposition="attachment", cte="base64", extra=()):
    hs = [("Content-Type", f'{ctype}; name="{filename}"'),
          ("Content-Disposition", f'{disposition}; filename="{filename}"'),
          ("Content-Transfer-Encoding", cte)]
    hs += list(extra)
    return Part(hs, encode_body(data, cte))


def multi(subtype, children, boundary, params="", preamble=True):
    pre = b"This is a multi-part message in MIME format.\n\n" if preamble else b""
    return Part([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{params}')],
                children=children, boundary=boundary, preamble=pre)


def rfc822(inner_bytes, headers_only=False):
    if headers_only:
        return Part([("Content-Type", "text/rfc822-headers")], inner_bytes)
    return Part([("Content-Type", "message/rfc822")], inner_bytes)


def delivery_status(text_blocks):
    return Part([("Content-Type", "message/delivery-status")], _b(text_blocks))


def message(headers, body_part, mime=True):
    hs = list(headers)
    if mime:
        hs.append(("MIME-Version", "1.0"))
    top = Part(hs + body_part.headers, body_part.body, body_part.children,
               body_part.boundary, body_part.preamble)
    raw = top.render()
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def inner_message(headers, body_part):
    """A message as embedded in message/rfc822 (LF line ends; converted later)."""
    top = Part(list(headers) + [("MIME-Version", "1.0")] + body_part.headers, body_part.body,
               body_part.children, body_part.boundary, body_part.preamble)
    return top.render()
