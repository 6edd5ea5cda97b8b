"""A small deterministic MIME serializer (no random boundaries, no clock)."""
import base64
import quopri

PYCS = {"windows-1250": "cp1250", "windows-1251": "cp1251", "windows-1252": "cp1252",
        "windows-1253": "cp1253", "windows-1254": "cp1254", "windows-1255": "cp1255",
        "windows-1256": "cp1256", "windows-1257": "cp1257", "tis-620": "tis_620",
        "shift_jis": "shift_jis", "iso-2022-jp": "iso2022_jp", "euc-kr": "euc_kr",
        "gb2312": "gb2312", "gbk": "gbk", "big5": "big5", "koi8-r": "koi8_r", "koi8-u": "koi8_u"}


def pycs(cs):
    return PYCS.get(cs.lower(), cs.lower())


def ew(text, cs="utf-8", enc="B"):
    """RFC 2047 encoded words (space separated, each <= 75 chars) or the plain text if ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    pre = "=?%s?%s?" % (cs, enc)

    def enc_chunk(t):
        b = t.encode(pycs(cs))
        if enc == "B":
            return pre + base64.b64encode(b).decode() + "?="
        q = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else ("_" if c == 32 else "=%02X" % c) for c in b)
        return pre + q + "?="

    for ch in text:
        if len(enc_chunk(cur + ch)) > 75:
            words.append(enc_chunk(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc_chunk(cur))
    return "\n ".join(words)


def addr(name, email, cs="utf-8", enc="B"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:@()<>[]"'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, cs, enc), email)


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=None):
        self.headers = list(headers)
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble

    def render(self):
        out = "".join("%s: %s\n" % (k, v) for k, v in self.headers).encode("ascii") + b"\n"
        if self.children is None:
            return out + self.body
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        for c in self.children:
            out += b"\n--" + self.boundary.encode() + b"\n" + c.render()
        out += b"\n--" + self.boundary.encode() + b"--\n"
        return out


def encode_body(data, cte):
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return enc
    if cte == "base64":
        return base64.encodebytes(data)
    if cte in ("7bit", "8bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def text(body, subtype="plain", cs="utf-8", cte="quoted-printable", flowed=False, extra=None, disp=None):
    data = body.encode(pycs(cs))
    ct = "text/%s; charset=%s" % (subtype, cs if cs.lower() != "utf-8" else "UTF-8")
    if cs.lower() in ("us-ascii",):
        ct = "text/%s; charset=us-ascii" % subtype
    if flowed:
        ct += "; format=flowed"
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disp:
        h.append(("Content-Disposition", disp))
    if extra:
        h += extra
    return Part(h, encode_body(data, cte))


def html(body, cs="utf-8", cte="quoted-printable"):
    return text(body, "html", cs, cte)


def multi(subtype, children, boundary, extra_params="", preamble=None, extra=None):
    h = [("Content-Type", 'multipart/%s;%s boundary="%s"' % (subtype, extra_params, boundary))]
    if extra:
        h += extra
    return Part(h, children=children, boundary=boundary, preamble=preamble)


def alt(plain, htm, boundary):
    return multi("alternative", [plain, htm], boundary)


def mixed(children, boundary, preamble=None):
    return multi("mixed", children, boundary, preamble=preamble)


def attach(data, ctype, filename, inline=False, cs="utf-8", cid=None):
    try:
        filename.encode("ascii")
        fn = '"%s"' % filename
        disp = '%s; filename="%s"' % ("inline" if inline else "attachment", filename)
        ctn = '%s; name="%s"' % (ctype, filename)
    except UnicodeEncodeError:
        from urllib.parse import quote
        disp = "%s; filename*=%s''%s" % ("inline" if inline else "attachment", cs, quote(filename.encode(pycs(cs))))
        ctn = '%s; name="%s"' % (ctype, ew(filename, cs))
    h = [("Content-Type", ctn), ("Content-Transfer-Encoding", "base64"), ("Content-Disposition", disp)]
    if cid:
        h.append(("Content-ID", "<%s>" % cid))
    return Part(h, base64.encodebytes(data))


def rfc822(msg_bytes, ctype="message/rfc822"):
    return Part([("Content-Type", ctype)], msg_bytes if msg_bytes.endswith(b"\n") else msg_bytes + b"\n")


def raw_part(headers, body_bytes):
    return Part(headers, body_bytes)


def message(headers, part, crlf=True):
    """headers: list of (name, value) in order; MIME-Version is added before the body headers."""
    h = "".join("%s: %s\n" % (k, v) for k, v in headers if v is not None)
    out = h.encode("ascii") + b"MIME-Version: 1.0\n" + part.render()
    out = out.replace(b"\r\n", b"\n")
    if crlf:
        out = out.replace(b"\n", b"\r\n")
    return out


def std_headers(frm, to, subject, date, msgid, in_reply_to=None, references=None, cc=None,
                xmailer=None, extra=None, subj_cs="utf-8", subj_enc="B", order="outlook"):
    """Produce an ordered header list in the style of a few clients."""
    subj = ew(subject, subj_cs, subj_enc)
    base = subject
    if ": " in subject[:16]:
        base = subject.split(": ", 1)[1]
    topic = ew(base, subj_cs, subj_enc)
    refs = references if references is not None else in_reply_to
    h = []
    if order == "outlook":
        h += [("From", frm), ("To", to)]
        if cc:
            h.append(("Cc", cc))
        h += [("Subject", subj), ("Thread-Topic", topic), ("Date", date), ("Message-ID", msgid)]
        if refs:
            h.append(("References", refs))
        if in_reply_to:
            h.append(("In-Reply-To", in_reply_to))
        h += [("Accept-Language", "en-US"), ("Content-Language", "en-US")]
    elif order == "gmail":
        if refs:
            h.append(("References", refs))
        if in_reply_to:
            h.append(("In-Reply-To", in_reply_to))
        h += [("From", frm), ("Date", date), ("Message-ID", msgid), ("Subject", subj), ("To", to)]
        if cc:
            h.append(("Cc", cc))
    else:  # thunderbird / apple / generic
        h += [("Message-ID", msgid), ("Date", date)]
        if xmailer:
            h.append(("User-Agent" if order == "thunderbird" else "X-Mailer", xmailer))
        h += [("Subject", subj), ("From", frm), ("To", to)]
        if cc:
            h.append(("Cc", cc))
        if in_reply_to:
            h.append(("In-Reply-To", in_reply_to))
        if refs:
            h.append(("References", refs))
    if xmailer and order in ("outlook", "gmail"):
        h.append(("X-Mailer", xmailer))
    if extra:
        h += extra
    return h
