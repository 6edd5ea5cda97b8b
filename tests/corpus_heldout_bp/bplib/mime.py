"""Tiny deterministic MIME writer (byte-exact, fixed boundaries)."""
import base64
import datetime as dt
import hashlib
import quopri
from email.utils import format_datetime

_state = {"seed": "x", "n": 0}


def reset(seed):
    _state["seed"] = seed
    _state["n"] = 0


def _hex(k=16):
    _state["n"] += 1
    return hashlib.sha1(f"{_state['seed']}/{_state['n']}".encode()).hexdigest()[:k]


def boundary(style="generic"):
    h = _hex(32)
    if style == "outlook":
        return f"_000_{h[:12].upper()}{h[12:20].upper()}EXMB01_"
    if style == "gmail":
        return "0000000000" + h[:18]
    if style == "apple":
        u = h.upper()
        return f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
    if style == "thunderbird":
        return "------------" + h[:24]
    if style == "erp":
        return "=_NextPart_" + h[:20]
    return "----=_Part_" + h[:8] + "_" + h[8:20]


class Part:
    def __init__(self, headers, body=b"", children=None, bnd=None, preamble=None):
        self.headers = headers  # list of (name, value)
        self.body = body
        self.children = children
        self.bnd = bnd
        self.preamble = preamble

    def render(self):
        out = []
        for k, v in self.headers:
            out.append(f"{k}: {v}\n".encode("ascii"))
        out.append(b"\n")
        if self.children is None:
            b = self.body
            if b and not b.endswith(b"\n"):
                b += b"\n"
            out.append(b)
        else:
            if self.preamble:
                out.append(self.preamble.encode("ascii") + b"\n")
            for c in self.children:
                out.append(f"--{self.bnd}\n".encode("ascii"))
                out.append(c.render())
            out.append(f"--{self.bnd}--\n".encode("ascii"))
        return b"".join(out)


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", flowed=False, extra=None):
    data = s.replace("\r\n", "\n").encode(cs)
    if cte in ("7bit",):
        data.decode("ascii")
    ct = f"text/{sub}; charset=\"{cs}\"" if sub == "html" else f"text/{sub}; charset={cs}"
    if flowed:
        ct += "; format=flowed"
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    return Part(h, encode_body(data, cte))


def html(s, cs="utf-8", cte="quoted-printable"):
    return text(s, "html", cs, cte)


def multi(sub, parts, style="generic", extra_ct=""):
    b = boundary(style)
    return Part([("Content-Type", f"multipart/{sub};{extra_ct}\n\tboundary=\"{b}\"")], children=list(parts), bnd=b)


def alt(*parts, style="generic"):
    return multi("alternative", parts, style)


def mixed(*parts, style="generic"):
    return multi("mixed", parts, style)


def attachment(data: bytes, ctype, name, cte="base64", inline=False, params=""):
    disp = "inline" if inline else "attachment"
    h = [("Content-Type", f"{ctype}; name=\"{name}\"{params}"),
         ("Content-Description", name),
         ("Content-Disposition", f"{disp}; filename=\"{name}\"; size={len(data)}"),
         ("Content-Transfer-Encoding", cte)]
    return Part(h, encode_body(data, cte))


def ew(s, cs="utf-8", enc="B"):
    """RFC 2047 encoded words, folded."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    lim = 42 if enc == "B" else 20
    for ch in s:
        if len((cur + ch).encode(cs)) > lim and cur:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        raw = w.encode(cs)
        if enc == "B":
            out.append(f"=?{cs}?B?{base64.b64encode(raw).decode()}?=")
        else:
            q = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else ("_" if c == 32 else f"={c:02X}") for c in raw)
            out.append(f"=?{cs}?Q?{q}?=")
    return "\n ".join(out)


def addr(name, email, cs="utf-8", enc="B"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return f"\"{name}\" <{email}>"
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{ew(name, cs, enc)} <{email}>"


def date(s, tz="+0100"):
    """'2026-11-17 09:14:22' + '+0100' -> RFC 5322 date."""
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone(off))
    return format_datetime(d)


def message(headers, body: Part, mime_version=True):
    hs = list(headers)
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    top = Part(hs + body.headers, body.body, body.children, body.bnd, body.preamble)
    return top.render()
