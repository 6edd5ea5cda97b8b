"""Hand-rolled, byte-exact MIME assembly (deterministic, CRLF line ends)."""
import base64
import binascii
import hashlib
import datetime as dt

CRLF = "\r\n"


def h(seed, n=16):
    """Deterministic hex string derived from seed."""
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def rfc_date(y, mo, d, hh, mi, ss, tz="+0100"):
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    t = dt.datetime(y, mo, d, hh, mi, ss, tzinfo=dt.timezone(off))
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[t.weekday()]}, {d:02d} {mons[mo-1]} {y} {hh:02d}:{mi:02d}:{ss:02d} {tz}"


def _is_plain(s):
    return all(32 <= ord(c) < 127 for c in s)


def _qword(b):
    out = ""
    for byte in b:
        c = chr(byte)
        if c.isalnum() and byte < 128:
            out += c
        elif c == " ":
            out += "_"
        elif c in "-!*+/":
            out += c
        else:
            out += "=%02X" % byte
    return out


def enc_header(text, charset="utf-8", mode="B", first_len=0):
    """RFC 2047 encode (whole value) when non-ASCII; fold into several words."""
    if _is_plain(text):
        return text
    words, cur = [], ""

    def enc(s):
        b = s.encode(charset)
        if charset.lower() == "iso-2022-jp":
            b = s.encode(charset)
        if mode == "B":
            return f"=?{charset}?B?{base64.b64encode(b).decode()}?="
        return f"=?{charset}?Q?{_qword(b)}?="

    limit = 74
    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return (CRLF + " ").join(words)


def addr(name, email, charset="utf-8", mode="B"):
    if not name:
        return email
    if _is_plain(name):
        if any(c in name for c in ',.;:()<>@"[]'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{enc_header(name, charset, mode)} <{email}>"


def fold_ids(name, ids):
    return f"{name}: " + (CRLF + " ").join(ids)


def body_bytes(text, charset, cte):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    if charset.lower() == "iso-2022-jp":
        raw = b"\n".join(x.encode(charset) for x in text.split("\n"))
    else:
        raw = text.encode(charset)
    if cte == "base64":
        raw = raw.replace(b"\n", b"\r\n")
        return _b64(raw)
    if cte == "quoted-printable":
        out = []
        for line in raw.split(b"\n")[:-1]:
            q = binascii.b2a_qp(line, quotetabs=False, istext=False, header=False)
            out.append(q.replace(b"\n", b"\r\n"))
        return b"\r\n".join(out) + b"\r\n"
    # 7bit / 8bit
    for line in raw.split(b"\n"):
        assert len(line) < 990, "line too long for 8bit"
    return raw.replace(b"\n", b"\r\n")


def _b64(data):
    enc = base64.b64encode(data)
    return b"\r\n".join(enc[i:i + 76] for i in range(0, len(enc), 76)) + b"\r\n"


class Part:
    """headers: list of header lines (str, may contain CRLF folds); body: bytes"""

    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def to_bytes(self):
        hb = "".join(x + CRLF for x in self.headers).encode("ascii")
        return hb + CRLF.encode() + self.body


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="", extra=()):
    if cte == "7bit":
        assert all(b < 128 for b in body_bytes(text, charset, "8bit")), "7bit body must be ASCII"
    ct = f"Content-Type: text/{subtype}; charset=\"{charset}\"{params}"
    hs = [ct, f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return Part(hs, body_bytes(text, charset, cte))


def attach_part(ctype, filename, data, inline=False, extra=(), cte="base64", name_charset="utf-8"):
    fn = filename
    if _is_plain(filename):
        ctl = f"Content-Type: {ctype}; name=\"{fn}\""
        cdl = f"Content-Disposition: {'inline' if inline else 'attachment'}; filename=\"{fn}\""
    else:
        e = enc_header(filename, name_charset)
        ctl = f"Content-Type: {ctype};{CRLF}\tname=\"{e}\""
        cdl = f"Content-Disposition: {'inline' if inline else 'attachment'};{CRLF}\tfilename=\"{e}\""
    if cte == "base64":
        body = _b64(data)
    else:
        body = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return Part([ctl, cdl] + list(extra) + [f"Content-Transfer-Encoding: {cte}"], body)


def multipart(subtype, boundary, parts, params="", preamble=None, extra=()):
    hs = [f"Content-Type: multipart/{subtype};{CRLF}\tboundary=\"{boundary}\"{params}"] + list(extra)
    out = b""
    if preamble:
        out += preamble.encode() + b"\r\n"
    for p in parts:
        out += b"\r\n--" + boundary.encode() + b"\r\n" if out else b"--" + boundary.encode() + b"\r\n"
        out += p.to_bytes()
    out += b"\r\n--" + boundary.encode() + b"--\r\n"
    return Part(hs, out)


def message(headers, part):
    """Top-level message: headers + MIME-Version + part's Content-* headers."""
    hs = list(headers)
    return Part(hs + part.headers, part.body).to_bytes()


def rfc822_part(msg_bytes):
    return Part(["Content-Type: message/rfc822", "Content-Disposition: inline"], msg_bytes)


def raw_part(headers, body_text):
    return Part(headers, body_text.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii"))
