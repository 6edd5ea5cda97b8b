"""Hand-built MIME so that every byte (boundaries, encodings) is deterministic."""
import base64
import datetime as dt
import email.utils
import html as _html
import quopri

from .common import DOMAIN, req_subject


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body if isinstance(body, bytes) else body.encode("ascii")

    def bytes(self):
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def ew(s, charset="utf-8"):
    """RFC 2047 encoded words (B), split on character boundaries."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""
    for ch in s:
        if cur and len(base64.b64encode((cur + ch).encode(charset))) > 44:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return "\n ".join(f"=?{charset}?B?{base64.b64encode(w.encode(charset)).decode()}?=" for w in words)


def addr(name, mail, charset="utf-8"):
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()"@'):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    return f"{ew(name, charset)} <{mail}>"


def hdate(s, tz="+0100"):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return email.utils.format_datetime(d.replace(tzinfo=dt.timezone(off)))


def encode_body(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw if raw.endswith(b"\n") else raw + b"\n"


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", params=""):
    if not s.endswith("\n"):
        s += "\n"
    raw = s.encode(charset)
    if cte in ("7bit", "8bit") and cte == "7bit":
        assert all(b < 128 for b in raw)
    return Part([f'Content-Type: text/{subtype}; charset="{charset}"{params}',
                 f"Content-Transfer-Encoding: {cte}"], encode_body(raw, cte))


def attach(data, ctype, filename, cte="base64", disposition="attachment", extra=()):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return Part([f'Content-Type: {ctype}; name="{filename}"',
                 f"Content-Transfer-Encoding: {cte}",
                 f'Content-Disposition: {disposition}; filename="{filename}"'] + list(extra),
                encode_body(data, cte))


def multi(subtype, parts, boundary, params="", preamble=None):
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p.bytes()
        if not out.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return Part([f'Content-Type: multipart/{subtype};{params}\n\tboundary="{boundary}"'], out)


def rfc822(inner_bytes, ctype="message/rfc822"):
    return Part([f"Content-Type: {ctype}"], inner_bytes)


def message(headers, root, crlf=True):
    hl = [f"{k}: {v}" for k, v in headers]
    if not any(k.lower() == "mime-version" for k, _ in headers):
        hl.append("MIME-Version: 1.0")
    b = ("\n".join(hl + root.headers) + "\n\n").encode("ascii") + root.body
    if crlf:
        b = b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return b


def html_from_text(txt, charset="utf-8", font="Calibri,sans-serif", size="11pt"):
    out = []
    quote = False
    for ln in txt.split("\n"):
        if ln.startswith(">") and not quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            quote = True
        if quote and not ln.startswith(">"):
            out.append("</blockquote>")
            quote = False
        s = ln[1:].lstrip(" ") if quote else ln
        out.append((_html.escape(s).replace("  ", "&nbsp; ") or "&nbsp;") + "<br>")
    if quote:
        out.append("</blockquote>")
    return ("<html>\n<head>\n"
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            "</head>\n"
            f'<body>\n<div style="font-family:{font};font-size:{size}">\n'
            + "\n".join(out) + "\n</div>\n</body>\n</html>\n")


def reply(po, *, date, tz, frm, body, mid, charset="utf-8", cte="quoted-printable",
          html=True, html_only=False, html_cte=None, attachments=(), subject=None, prefix="RE: ",
          mailer=("X-Mailer", "Microsoft Outlook 16.0"), thread=True, extra=(), to=None,
          tag="a", flowed=False, refs=None, preamble=True, lang=None):
    """A supplier reply. frm = (name, email). Returns message bytes."""
    name, mail = frm
    b = po["buyer"]
    subj = subject if subject is not None else prefix + req_subject(po)
    hdrs = [("From", addr(name, mail, charset if charset != "iso-2022-jp" else "utf-8")),
            ("To", to or addr(b["name"], b["email"])),
            ("Subject", ew(subj, "utf-8")),
            ("Date", hdate(date, tz)),
            ("Message-ID", mid)]
    if thread and po.get("request_message_id"):
        rid = po["request_message_id"]
        hdrs += [("In-Reply-To", rid), ("References", refs or rid)]
    if mailer:
        hdrs.append(mailer)
    if lang:
        hdrs.append(("Content-Language", lang))
    hdrs += list(extra)
    params = '; format=flowed' if flowed else ''
    hc = html_cte or cte
    if html_only:
        h = html if isinstance(html, str) else html_from_text(body, charset)
        root = text(h, "html", charset, hc)
    else:
        tp = text(body, "plain", charset, cte, params)
        if html:
            h = html if isinstance(html, str) else html_from_text(body, charset)
            root = multi("alternative", [tp, text(h, "html", charset, hc)], f"_000_{tag}_alt_")
        else:
            root = tp
    if attachments:
        root = multi("mixed", [root] + list(attachments), f"_004_{tag}_mix_",
                     preamble="This is a multi-part message in MIME format." if preamble else None)
    return message(hdrs, root)
