"""Hand-rolled, byte-deterministic MIME assembly (LF internally, CRLF on output)."""
import base64
import hashlib
import quopri
import datetime as dt
from email.utils import format_datetime

__all__ = ["ew", "hdr", "addr", "leaf", "attach", "multipart", "message", "rfc822", "date_hdr", "hid"]


def hid(*parts, n=16):
    """Deterministic hex id from the given strings."""
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:n]


def date_hdr(stamp, zone):
    """'2026-11-10 09:14:22', '+0100' -> RFC 5322 date string."""
    sign = 1 if zone[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])))
    return format_datetime(dt.datetime.fromisoformat(stamp).replace(tzinfo=tz))


def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def ew(s, charset="utf-8", enc=None):
    """Encode s as one or more RFC 2047 encoded words, folded."""
    if enc is None:
        enc = "Q" if charset.lower().startswith(("iso-8859", "windows-125")) else "B"
    words, cur = [], ""
    limit = 75 - len(f"=?{charset}?{enc}??=")

    def enc_chunk(chunk):
        b = chunk.encode(charset)
        if enc == "B":
            return base64.b64encode(b).decode()
        out = []
        for byte in b:
            c = chr(byte)
            if c == " ":
                out.append("_")
            elif c.isalnum() and byte < 128:
                out.append(c)
            elif c in "!*+-/" and byte < 128:
                out.append(c)
            else:
                out.append("=%02X" % byte)
        return "".join(out)

    for ch in s:
        if len(enc_chunk(cur + ch)) > limit:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return "\n ".join(f"=?{charset}?{enc}?{enc_chunk(w)}?=" for w in words)


def hdr(name, value, charset="utf-8"):
    if _is_ascii(value):
        return f"{name}: {value}"
    return f"{name}: {ew(value, charset)}"


def addr(name, email, charset="utf-8", quote=True):
    if not name:
        return email
    if _is_ascii(name):
        if quote and any(c in name for c in ",.;:()@&"):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, charset)} <{email}>"


def _body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "7bit":
        data.decode("ascii")
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "8bit":
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def leaf(subtype, text, charset="utf-8", cte="quoted-printable", extra=(), ctype_style="quoted",
         maintype="text", params=""):
    """A text/* leaf part as bytes. HTML gets character references for unencodable chars."""
    if not text.endswith("\n"):
        text += "\n"
    errors = "xmlcharrefreplace" if subtype == "html" else "strict"
    data = text.encode(charset, errors)
    if ctype_style == "quoted":
        ct = f'Content-Type: {maintype}/{subtype}; charset="{charset}"{params}'
    elif ctype_style == "apple":
        ct = f"Content-Type: {maintype}/{subtype};\n\tcharset={charset}{params}"
    else:
        ct = f"Content-Type: {maintype}/{subtype}; charset={charset}{params}"
    lines = [ct, f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return ("\n".join(lines) + "\n\n").encode("ascii") + _body(data, cte)


def attach(ctype, filename, data, disposition="attachment", extra=(), name_charset="utf-8"):
    fn = filename if _is_ascii(filename) else ew(filename, name_charset)
    lines = [f'Content-Type: {ctype}; name="{fn}"',
             f'Content-Disposition: {disposition}; filename="{fn}"',
             "Content-Transfer-Encoding: base64"] + list(extra)
    return ("\n".join(lines) + "\n\n").encode("ascii") + base64.encodebytes(data)


def multipart(subtype, boundary, parts, params="", extra=(), preamble=""):
    head = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}'] + list(extra)
    out = "\n".join(head).encode("ascii") + b"\n\n"
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += f"--{boundary}\n".encode("ascii") + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += f"--{boundary}--\n".encode("ascii")
    return out


def rfc822(inner, extra=()):
    """A message/rfc822 part wrapping a complete message (bytes, LF)."""
    head = ["Content-Type: message/rfc822"] + list(extra)
    return ("\n".join(head) + "\n\n").encode("ascii") + inner


def message(headers, body):
    """headers: list of already formatted 'Name: value' strings; body: bytes of the top part
    (which starts with its own Content-* headers). Returns CRLF bytes."""
    raw = "\n".join(headers).encode("ascii") + b"\n" + body
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
