"""Hand-rolled MIME writer (so that boundaries, charsets and transfer encodings are
exactly what a given mail client would produce).  Everything is assembled with LF
and converted to CRLF at the very end."""
import base64
import quopri
import email.utils
import codecs


def codec_for(charset):
    c = charset.lower()
    return {"ks_c_5601-1987": "cp949", "windows-874": "cp874", "x-mac-roman": "mac_roman"}.get(c, c)


def ew(text, charset="utf-8", mode="B"):
    """RFC 2047 encoded words, folded; plain text returned untouched when ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    cod = codec_for(charset)
    words = []
    chunk = ""
    limit = 75 - len(charset) - 7

    def enc(s):
        b = s.encode(cod)
        if mode == "B":
            return base64.b64encode(b).decode()
        out = []
        for byte in b:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif ch.isalnum() and byte < 128 or ch in "!*+-/":
                out.append(ch)
            else:
                out.append("=%02X" % byte)
        return "".join(out)
    for ch in text:
        if chunk and len(enc(chunk + ch)) > limit:
            words.append(chunk)
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(chunk)
    return "\n ".join("=?%s?%s?%s?=" % (charset, mode, enc(w)) for w in words)


def addr(name, address, charset="utf-8", mode="B", quote=False):
    if not name:
        return address
    try:
        name.encode("ascii")
        if quote or any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), address)
        return "%s <%s>" % (name, address)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, charset, mode), address)


def date(t):
    return email.utils.format_datetime(t)


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body if isinstance(body, bytes) else body.encode("ascii")

    def render(self):
        h = "".join("%s: %s\n" % (k, v) for k, v in self.headers).encode("ascii")
        return h + b"\n" + self.body


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
        return enc if enc.endswith(b"\n") else enc + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", quoted_charset=True,
         extra_params="", headers=(), errors="strict"):
    data = s.encode(codec_for(charset), errors)
    cs = '"%s"' % charset if quoted_charset else charset
    ct = "text/%s; charset=%s%s" % (subtype, cs, extra_params)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(headers),
                encode_body(data, cte))


def html(s, charset="utf-8", cte="quoted-printable", **kw):
    return text(s, "html", charset, cte, errors="xmlcharrefreplace", **kw)


def _fname_params(filename, style):
    try:
        filename.encode("ascii")
        return 'name="%s"' % filename, 'filename="%s"' % filename
    except UnicodeEncodeError:
        pass
    if style == "ew":
        e = ew(filename, "utf-8", "B").replace("\n ", "")
        return 'name="%s"' % e, 'filename="%s"' % e
    from urllib.parse import quote as q
    v = "utf-8''" + q(filename.encode("utf-8"), safe="")
    return 'name="%s"' % ew(filename).replace("\n ", ""), "filename*=%s" % v


def attachment(data, ctype, filename, cte="base64", disposition="attachment", cid=None,
               fname_style="rfc2231", extra_headers=(), size=True):
    npar, fpar = _fname_params(filename, fname_style)
    disp = "%s;\n\t%s" % (disposition, fpar)
    if size and disposition == "attachment":
        disp += ";\n\tsize=%d" % len(data)
    hdr = [("Content-Type", "%s;\n\t%s" % (ctype, npar)),
           ("Content-Description", filename) if False else None,
           ("Content-Disposition", disp),
           ("Content-Transfer-Encoding", cte)]
    hdr = [h for h in hdr if h]
    if cid:
        hdr.append(("Content-ID", "<%s>" % cid))
    hdr.extend(extra_headers)
    return Part(hdr, encode_body(data, cte))


def multipart(subtype, parts, boundary, preamble=None, params="", headers=()):
    ct = 'multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary)
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n"
    for p in parts:
        body += b"\n--" + boundary.encode() + b"\n" + p.render()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"\n--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", ct)] + list(headers), body)


def embedded(raw, ctype="message/rfc822", cte=None, headers=()):
    hdr = [("Content-Type", ctype)]
    if cte:
        hdr.append(("Content-Transfer-Encoding", cte))
    hdr += list(headers)
    raw = raw.replace(b"\r\n", b"\n")
    return Part(hdr, raw if raw.endswith(b"\n") else raw + b"\n")


def plain_part(ctype, body_text, cte="7bit", headers=()):
    return Part([("Content-Type", ctype)] + ([("Content-Transfer-Encoding", cte)] if cte else [])
                + list(headers), body_text.encode("utf-8") if isinstance(body_text, str) else body_text)


def _ascii_header(k, v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        pass
    if k.lower() in ("from", "to", "cc", "reply-to", "sender"):
        pairs = email.utils.getaddresses([v])
        return ",\n ".join(addr(n, a) for n, a in pairs)
    return ew(v, "utf-8")


def build(headers, root, mime_version=True):
    """headers: list of (name, value) for the top-level message."""
    h = ""
    for k, v in headers:
        if v is None:
            continue
        h += "%s: %s\n" % (k, _ascii_header(k, v))
    if mime_version:
        h += "MIME-Version: 1.0\n"
    raw = h.encode("ascii") + root.render()
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def raw_message(headers, body_bytes):
    """Non-MIME message (e.g. a qmail bounce); headers list, body already encoded bytes."""
    h = "".join("%s: %s\n" % (k, v) for k, v in headers if v is not None)
    raw = h.encode("ascii") + b"\n" + body_bytes
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def refs(*ids):
    ids = [i for i in ids if i]
    return "\n ".join(ids)


CLIENTS = {
    "outlook": lambda lang: [("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
                             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "outlook-att": lambda lang: [("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
                                 ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")],
    "thunderbird": lambda lang: [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang)],
    "thunderbird-win": lambda lang: [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) "
                                                    "Gecko/20100101 Thunderbird/128.5.0"), ("Content-Language", lang)],
    "apple": lambda lang: [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "iphone": lambda lang: [("X-Mailer", "iPhone Mail (22B91)")],
    "gmail": lambda lang: [],
    "foxmail": lambda lang: [("X-Mailer", "Foxmail 7.2.25.254[cn]")],
    "thebat": lambda lang: [("X-Mailer", "The Bat! (v10.5.3) Professional")],
    "becky": lambda lang: [("X-Mailer", "Becky! ver. 2.81.05")],
    "none": lambda lang: [],
}


def hdrs(frm, to, subject, sent, mid, in_reply=None, references=None, cc=None, client="none",
         lang="en-US", extra=(), received=(), thread=None, reply_to=None):
    h = [("Received", r) for r in received]
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", subject)]
    if thread:
        h += [("Thread-Topic", thread[0]), ("Thread-Index", thread[1])]
    h += [("Date", date(sent)), ("Message-ID", mid)]
    if in_reply:
        h.append(("In-Reply-To", in_reply))
    if references:
        h.append(("References", references))
    h += CLIENTS[client](lang)
    h += list(extra)
    return h


def recv(sent, from_host, ip, rcpt, by="mx01.brightwater-supply.example", qid="4Qx", delay=3, tls=True):
    import datetime as _dt
    t = sent + _dt.timedelta(seconds=delay)
    return ("from %s (%s [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s"
            % (from_host, from_host, ip, by, "ESMTPS" if tls else "ESMTP", qid, rcpt, date(t)))
