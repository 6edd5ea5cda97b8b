"""Hand-rolled, deterministic MIME assembly (LF internally, CRLF on output)."""
import base64
import binascii
import hashlib

B_CHARSETS = ("shift_jis", "iso-2022-jp", "gb2312", "big5", "euc-kr", "koi8-r", "koi8-u",
              "windows-1251", "iso-8859-7", "windows-1255", "windows-1256", "tis-620", "iso-8859-5")


def hx(*parts, n=16):
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:n]


def ew(s, cs="utf-8", mode=None):
    """Encode only the runs of words that need it."""
    if all(ord(c) < 128 for c in s):
        return s
    toks = s.split(" ")
    out, run = [], []
    for t in toks:
        if t.isascii():
            if run:
                out.append(_ew(" ".join(run), cs, mode))
                run = []
            out.append(t)
        else:
            run.append(t)
    if run:
        out.append(_ew(" ".join(run), cs, mode))
    return " ".join(out)


def _ew(s, cs="utf-8", mode=None):
    """RFC 2047 encode a header text if it is not pure ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    if mode is None:
        mode = "B" if cs.lower() in B_CHARSETS else "Q"
    words, chunk = [], ""
    limit = 12 if mode == "B" else 18
    for ch in s:
        chunk += ch
        if len(chunk) >= limit:
            words.append(chunk)
            chunk = ""
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        data = w.encode(cs)
        if mode == "B":
            enc = base64.b64encode(data).decode("ascii")
        else:
            enc = ""
            for b in data:
                c = chr(b)
                if c.isascii() and (c.isalnum() or c in "!*+-/"):
                    enc += c
                elif c == " ":
                    enc += "_"
                else:
                    enc += "=%02X" % b
        out.append(f"=?{cs}?{mode}?{enc}?=")
    return "\n ".join(out)


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, cs)} <{email}>"


def b64lines(data):
    return base64.encodebytes(data).decode("ascii")  # 76-char lines, trailing \n


def qp(data):
    out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False).decode("ascii")
    return out if out.endswith("\n") else out + "\n"


def body_bytes(text, cs, cte):
    if not text.endswith("\n"):
        text += "\n"
    if cte == "quoted-printable":
        return qp(text.encode(cs)).encode("ascii")
    if cte == "base64":
        return b64lines(text.replace("\n", "\r\n").encode(cs)).encode("ascii")
    data = text.encode(cs)
    if cte == "7bit":
        assert data.isascii(), "7bit body with 8-bit data"
    return data


def textpart(text, cs="utf-8", cte="quoted-printable", subtype="plain", params="", extra=()):
    head = f'Content-Type: text/{subtype}; charset="{cs}"{params}\n'
    for h in extra:
        head += h + "\n"
    head += f"Content-Transfer-Encoding: {cte}\n\n"
    return head.encode("ascii") + body_bytes(text, cs, cte)


def attachment(data, ctype, filename, disp="attachment", extra=()):
    head = f'Content-Type: {ctype}; name="{filename}"\n'
    for h in extra:
        head += h + "\n"
    head += (f'Content-Disposition: {disp}; filename="{filename}"; size={len(data)}\n'
             "Content-Transfer-Encoding: base64\n\n")
    return head.encode("ascii") + b64lines(data).encode("ascii")


def multipart(subtype, parts, boundary, params="", preamble=None):
    out = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"{params}\n\n'.encode("ascii")
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        if not p.endswith(b"\n"):
            p += b"\n"
        out += f"--{boundary}\n".encode("ascii") + p + b"\n"
    out += f"--{boundary}--\n".encode("ascii")
    return out


def message(headers, part, mime=True):
    """headers: list of (name, value); part: bytes starting with its Content-* headers."""
    out = b""
    for k, v in headers:
        line = f"{k}: {v}\n"
        assert line.isascii(), f"non-ASCII header {k}"
        out += line.encode("ascii")
    if mime:
        out += b"MIME-Version: 1.0\n"
    out += part
    return out


def crlf(raw):
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
