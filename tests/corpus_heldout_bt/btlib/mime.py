"""Deterministic MIME assembly (no email.generator, so bytes are fully under control)."""
import base64
import codecs
import datetime as dt
import hashlib
import quopri

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def hx(seed, n=16, upper=False):
    s = ""
    i = 0
    while len(s) < n:
        s += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    s = s[:n]
    return s.upper() if upper else s


def uuid_from(seed, upper=True):
    s = hx(seed, 32, upper)
    return f"{s[:8]}-{s[8:12]}-{s[12:16]}-{s[16:20]}-{s[20:]}"


def alnum(seed, n):
    abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    raw = hashlib.sha256(seed.encode()).digest() * 4
    return "".join(abc[b % len(abc)] for b in raw[:n])


def rfcdate(y, m, d, H, M, S=0, tz="+0100"):
    wd = WD[dt.date(y, m, d).weekday()]
    return f"{wd}, {d} {MO[m-1]} {y} {H:02d}:{M:02d}:{S:02d} {tz}"


def pycodec(charset):
    return codecs.lookup(charset).name


def _qword(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append(f"={c:02X}")
    return "".join(out)


def ew(s, charset="utf-8", enc="B"):
    """RFC 2047 encoded words (split so that each word stays <= 75 chars)."""
    if all(ord(c) < 128 for c in s):
        return s
    codec = pycodec(charset)

    def word(t):
        b = t.encode(codec)
        p = base64.b64encode(b).decode() if enc == "B" else _qword(b)
        return f"=?{charset}?{enc}?{p}?="

    words, cur = [], ""
    for ch in s:
        if cur and len(word(cur + ch)) > 75:
            words.append(word(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(word(cur))
    return "\n ".join(words)


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()@"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, charset, enc)} <{email}>"


def encode_body(data, cte):
    if cte == "base64":
        s = base64.b64encode(data).decode()
        return ("\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n").encode()
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        if not out.endswith(b"\n"):
            out += b"\n"
        return out
    return data if data.endswith(b"\n") else data + b"\n"


def leaf(ctype, data, cte, disp=None, extra=()):
    hdrs = [f"Content-Type: {ctype}"]
    if cte:
        hdrs.append(f"Content-Transfer-Encoding: {cte}")
    if disp:
        hdrs.append(f"Content-Disposition: {disp}")
    hdrs += list(extra)
    return ("\n".join(hdrs) + "\n\n").encode() + encode_body(data, cte or "7bit")


def text_leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, quote_cs=True, extra=()):
    cs = f'"{charset}"' if quote_cs else charset
    ct = f"text/{subtype}; charset={cs}"
    if flowed:
        ct += "; format=flowed"
    text = text.replace("\r\n", "\n")
    return leaf(ct, text.encode(pycodec(charset)), cte, extra=extra)


def attach(filename, ctype, data, inline=False, extra=()):
    disp = "inline" if inline else "attachment"
    return leaf(f'{ctype}; name="{filename}"', data, "base64",
                disp=f'{disp}; filename="{filename}"', extra=extra)


def multipart(subtype, boundary, parts, params="", preamble=None):
    head = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"{params}\n\n'
    body = b""
    if preamble:
        body += preamble.encode() + b"\n\n"
    for p in parts:
        body += f"--{boundary}\n".encode() + p + b"\n"
    body += f"--{boundary}--\n".encode()
    return head.encode() + body


def message(headers, top):
    names = {k.lower() for k, _ in headers}
    lines = [f"{k}: {v}" for k, v in headers]
    if "mime-version" not in names:
        lines.append("MIME-Version: 1.0")
    raw = ("\n".join(lines) + "\n").encode("ascii") + top
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
