"""Building real RFC 5322 / MIME messages with the standard `email` package.

Everything is deterministic: boundaries, Message-IDs and dates are given by
the caller, nothing is random and nothing depends on the clock.
"""
import base64
import io
import quopri
from email import policy as _policy
from email.generator import BytesGenerator
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email import message_from_bytes
from email.utils import formataddr

POLICY = _policy.compat32.clone(linesep="\r\n", max_line_length=78)


# ---------------------------------------------------------------- headers
def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded words for `text` (several words if needed, each one
    holding whole characters, so that stateful charsets stay valid)."""
    if all(ord(c) < 128 for c in text) and "=?" not in text:
        return text
    words = []
    chunk = ""

    def word(s):
        raw = s.encode(charset)
        if enc == "B":
            body = base64.b64encode(raw).decode("ascii")
        else:
            body = "".join(
                c if (c.isalnum() and ord(c) < 128) else ("_" if c == " " else "=%02X" % ord(c))
                for c in raw.decode("latin-1"))
        return "=?%s?%s?%s?=" % (charset, enc, body)

    for ch in text:
        cand = chunk + ch
        if len(word(cand)) > 74 and chunk:
            words.append(word(chunk))
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(word(chunk))
    return " ".join(words)


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "%s <%s>" % (ew(name, charset, enc), email)


# ---------------------------------------------------------------- bodies
def _encode_payload(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte in ("7bit", "8bit"):
        return raw.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def text_part(body, subtype="plain", charset="utf-8", cte="quoted-printable", params=None):
    """A text/* part; `body` is a str that is encoded in `charset`."""
    raw = body.replace("\r\n", "\n").encode(charset)  # strict: fails loudly
    if cte == "7bit":
        raw.decode("ascii")
    part = MIMENonMultipart("text", subtype)
    del part["MIME-Version"]
    part.set_param("charset", charset)
    for k, v in (params or {}).items():
        part.set_param(k, v)
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(_encode_payload(raw, cte))
    return part


def plain(body, charset="utf-8", cte="quoted-printable", **kw):
    return text_part(body, "plain", charset, cte, **kw)


def html(body, charset="utf-8", cte="quoted-printable", **kw):
    return text_part(body, "html", charset, cte, **kw)


def multipart(subtype, parts, boundary, **params):
    m = MIMEMultipart(subtype, boundary=boundary)
    for k, v in params.items():
        m.set_param(k, v)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def alternative(parts, boundary):
    return multipart("alternative", parts, boundary)


def mixed(parts, boundary):
    return multipart("mixed", parts, boundary)


def related(parts, boundary):
    return multipart("related", parts, boundary, type="text/html")


def attachment(data, ctype, filename, inline=False, cid=None, name_charset=None):
    maintype, subtype = ctype.split("/")
    part = MIMEBase(maintype, subtype)
    del part["MIME-Version"]
    if name_charset:
        part.set_param("name", (name_charset, "", filename))
    else:
        part.set_param("name", filename)
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    disp = "inline" if inline else "attachment"
    if name_charset:
        part.add_header("Content-Disposition", disp, filename=(name_charset, "", filename))
    else:
        part.add_header("Content-Disposition", disp, filename=filename)
    if cid:
        part["Content-ID"] = "<%s>" % cid
    return part


def rfc822(msg_bytes):
    inner = message_from_bytes(msg_bytes)
    part = MIMEMessage(inner)
    del part["MIME-Version"]
    return part


# ---------------------------------------------------------------- message
def build(headers, body):
    """`headers`: list of (name, value) in order; `body`: a MIME part.
    Returns the message as bytes with CRLF line ends."""
    content = [(k, v) for k, v in body.items() if k.lower() != "mime-version"]
    del body["MIME-Version"]
    for k in list(dict.fromkeys(k for k, _ in content)):
        del body[k]
    for k, v in headers:
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in content:
        body[k] = v
    fp = io.BytesIO()
    BytesGenerator(fp, mangle_from_=False, policy=POLICY).flatten(body)
    out = fp.getvalue()
    if not out.endswith(b"\r\n"):
        out += b"\r\n"
    return out


def raw(text):
    """A message written out by hand (bounces): normalise to CRLF, ASCII."""
    lines = text.replace("\r\n", "\n").split("\n")
    out = "\r\n".join(lines)
    if not out.endswith("\r\n"):
        out += "\r\n"
    return out.encode("ascii")
