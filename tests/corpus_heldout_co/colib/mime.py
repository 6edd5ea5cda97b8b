"""Tiny, deterministic MIME builder.

Messages are assembled by hand (so that header order, boundaries and
transfer encodings are exactly what a given mail client would produce) and
every piece of encoding is done with the standard library (`base64`,
`quopri`, `email.utils`).  `make_batch.py` re-parses every result with the
`email` package as a sanity check.
"""
import base64
import quopri
import email.utils

CRLF = "\r\n"

# --------------------------------------------------------------------------
# header helpers
# --------------------------------------------------------------------------

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_word(raw):
    out = []
    for b in raw:
        if b == 0x20:
            out.append("_")
        elif b in _Q_SAFE:
            out.append(chr(b))
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encoded_words(text, charset="utf-8", enc=None, first_len=0):
    """RFC 2047 encode `text`; returns the words joined by CRLF-SPACE.

    `enc` is 'B' or 'Q' (default: Q for single-byte charsets, B otherwise).
    Chunks never split a character and every word stays <= 75 chars.
    """
    if enc is None:
        enc = "Q" if charset.lower().startswith(("iso-8859", "windows-", "koi8")) else "B"
    words = []
    chunk = ""

    def render(s):
        raw = s.encode(charset)
        body = base64.b64encode(raw).decode() if enc == "B" else _q_word(raw)
        return "=?%s?%s?%s?=" % (charset, enc, body)

    for ch in text:
        cand = chunk + ch
        if chunk and len(render(cand)) > 75:
            words.append(render(chunk))
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(render(chunk))
    return (CRLF + " ").join(words)


def _ascii(s):
    return all(ord(c) < 128 for c in s)


def hdr(text, charset="utf-8", enc=None, whole=False):
    """Header value: plain if ASCII, otherwise the span of words from the
    first to the last non-ASCII word is encoded (as mail clients do);
    `whole` encodes everything (as some Asian clients do)."""
    if _ascii(text):
        return text
    if whole:
        return encoded_words(text, charset, enc)
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if not _ascii(w)]
    a, b = idx[0], idx[-1]
    pre = " ".join(words[:a])
    mid = encoded_words(" ".join(words[a:b + 1]), charset, enc)
    post = " ".join(words[b + 1:])
    out = mid
    if pre:
        out = pre + " " + out
    if post:
        out = out + " " + post
    return out


def addr(name, address, charset="utf-8", enc=None, quote=False):
    """A mailbox `Name <addr>` with the display name encoded if needed."""
    if not name:
        return address
    try:
        name.encode("ascii")
        if quote or any(c in name for c in ',.;:@()<>[]"'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), address)
        return "%s <%s>" % (name, address)
    except UnicodeEncodeError:
        return "%s <%s>" % (encoded_words(name, charset, enc), address)


def date_hdr(y, mo, d, h, mi, s=0, tz="+0000"):
    """RFC 5322 date for the given local time and numeric zone."""
    import datetime as _dt
    sign = 1 if tz[0] == "+" else -1
    off = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    t = _dt.datetime(y, mo, d, h, mi, s, tzinfo=_dt.timezone(off))
    return email.utils.format_datetime(t)


def fold(name, value, width=78):
    """Fold a long ASCII header at spaces (keeps existing folds)."""
    if CRLF in value:
        return "%s: %s" % (name, value)
    line = "%s:" % name
    out = []
    for tok in value.split(" "):
        if len(line) + 1 + len(tok) > width and line.strip() != name + ":":
            out.append(line)
            line = " " + tok
        else:
            line = line + " " + tok
    out.append(line)
    return CRLF.join(out)


# --------------------------------------------------------------------------
# parts
# --------------------------------------------------------------------------

class Part:
    def __init__(self, headers, body=None, parts=None, boundary=None,
                 preamble=None, epilogue=None):
        self.headers = list(headers)      # list of (name, value)
        self.body = body                  # str (already transfer-encoded)
        self.parts = parts                # list of Part / None
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self, top_headers=()):
        lines = []
        for k, v in list(top_headers) + self.headers:
            lines.append(fold(k, v))
        out = CRLF.join(lines) + CRLF + CRLF
        if self.parts is None:
            body = self.body or ""
            body = body.replace("\r\n", "\n").replace("\n", CRLF)
            if not body.endswith(CRLF):
                body += CRLF
            out += body
        else:
            if self.preamble:
                out += self.preamble + CRLF + CRLF
            for p in self.parts:
                out += "--" + self.boundary + CRLF + p.render()
                if not out.endswith(CRLF):
                    out += CRLF
            out += "--" + self.boundary + "--" + CRLF
            if self.epilogue:
                out += CRLF + self.epilogue + CRLF
        return out


def _cte_encode(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte in ("7bit", "8bit"):
        return raw.decode("ascii" if cte == "7bit" else "latin-1")
    raise ValueError(cte)


def text_part(text, charset="utf-8", cte="quoted-printable", subtype="plain",
              flowed=False, delsp=False, headers=(), quoted=True):
    raw = text.replace("\r\n", "\n").encode(charset)
    cs = '"%s"' % charset if quoted else charset
    ct = "text/%s; charset=%s" % (subtype, cs)
    if flowed:
        ct += "; format=flowed"
        if delsp:
            ct += "; delsp=yes"
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(headers)
    return Part(h, _cte_encode(raw, cte))


def html_part(html, charset="utf-8", cte="quoted-printable", headers=(), quoted=True):
    return text_part(html, charset, cte, subtype="html", headers=headers, quoted=quoted)


def multipart(subtype, parts, boundary, params="", headers=(), preamble=True):
    ct = 'multipart/%s;%s boundary="%s"' % (subtype, params, boundary)
    pre = "This is a multi-part message in MIME format." if preamble is True else preamble
    return Part([("Content-Type", ct)] + list(headers), parts=parts,
                boundary=boundary, preamble=pre or None)


def attachment(data, ctype, filename, cte="base64", inline=False,
               name_charset=None, headers=(), size=True):
    fname = filename
    try:
        filename.encode("ascii")
        fn_param = 'filename="%s"' % filename
        name_param = 'name="%s"' % filename
    except UnicodeEncodeError:
        cs = name_charset or "utf-8"
        enc = encoded_words(filename, cs, "B")
        fn_param = 'filename="%s"' % enc
        name_param = 'name="%s"' % enc
    disp = "inline" if inline else "attachment"
    if size:
        disp_v = '%s;%s %s; size=%d' % (disp, CRLF + "\t", fn_param, len(data))
    else:
        disp_v = '%s; %s' % (disp, fn_param)
    h = [("Content-Type", '%s;%s %s' % (ctype, CRLF + "\t", name_param)),
         ("Content-Description", fname if all(ord(c) < 128 for c in fname) else "attachment"),
         ("Content-Disposition", disp_v),
         ("Content-Transfer-Encoding", cte)] + list(headers)
    if isinstance(data, str):
        data = data.encode("utf-8")
    return Part(h, _cte_encode(data, cte))


def raw_part(ctype, body, cte="7bit", headers=()):
    """A part whose body is given verbatim (e.g. message/delivery-status)."""
    h = [("Content-Type", ctype)]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    return Part(h + list(headers), body)


def rfc822_part(inner_bytes, description=None, filename=None, inline=True):
    h = [("Content-Type", "message/rfc822")]
    if description:
        h.append(("Content-Description", description))
    if filename:
        h.append(("Content-Disposition", '%s; filename="%s"' % ("inline" if inline else "attachment", filename)))
    return Part(h, inner_bytes.decode("ascii"))


def message(headers, body, mime_version=True):
    """Serialise a complete message: `headers` then the root part."""
    hs = list(headers)
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    return body.render(hs).encode("ascii")


def received(text, date):
    """A Received header; `text` uses \n for its own folds."""
    v = text.replace("\n", CRLF + "\t") + ";" + CRLF + "\t" + date
    return ("Received", v)
