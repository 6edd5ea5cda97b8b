"""Tiny deterministic MIME writer.

Everything is built as str/bytes with LF line ends and converted to CRLF at
the very end (mail as it arrives over IMAP).  Boundaries, Message-IDs and all
other values are passed in by the caller, so output is byte-for-byte stable.
"""
from __future__ import annotations

import base64
import quopri
from email.header import Header


# --------------------------------------------------------------------- headers

def ew(text: str, charset: str = "utf-8", enc: str = "B") -> str:
    """RFC 2047 encoded word(s) for text; plain ASCII stays as is."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    raw = text.encode(charset)
    if enc == "B":
        # split into chunks so each encoded word stays <= 75 chars
        words, chunk = [], b""
        limit = 42 - len(charset)
        for ch in text:
            b = ch.encode(charset)
            if len(chunk) + len(b) > limit and chunk:
                words.append(chunk)
                chunk = b""
            chunk += b
        if chunk:
            words.append(chunk)
        if charset.lower() == "iso-2022-jp":
            # stateful encoding: encode each word separately so it ends in ASCII
            words, cur, out = [], "", []
            for ch in text:
                if len((cur + ch).encode(charset)) > limit and cur:
                    out.append(cur)
                    cur = ""
                cur += ch
            if cur:
                out.append(cur)
            words = [w.encode(charset) for w in out]
        return "\n ".join(f"=?{charset}?B?{base64.b64encode(w).decode()}?=" for w in words)
    h = Header(text, charset, maxlinelen=76)
    return h.encode(linesep="\n")


def addr(name: str | None, email: str, charset: str = "utf-8", enc: str = "B") -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"[]'):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{ew(name, charset, enc)} <{email}>"


def fold(name: str, value: str) -> str:
    """Fold a long ASCII header at spaces (only used for plain ASCII values)."""
    line = f"{name}: {value}"
    if len(line) <= 78 or "\n" in value:
        return line
    out, cur = [], ""
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > 76:
            out.append(cur)
            cur = " " + word
        else:
            cur = word if not cur else cur + " " + word
    out.append(cur)
    return "\n".join(out)


# ----------------------------------------------------------------------- parts

class Leaf:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        h = "\n".join(fold(k, v) for k, v in self.headers)
        return h.encode("ascii") + b"\n\n" + self.body


class Multi:
    def __init__(self, subtype: str, parts: list, boundary: str, params: str = "",
                 headers: list[tuple[str, str]] | None = None, preamble: str | None = None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.params, self.extra, self.preamble = params, headers or [], preamble

    @property
    def headers(self):
        ct = f"multipart/{self.subtype};" + (f" {self.params};" if self.params else "") + f'\n\tboundary="{self.boundary}"'
        return [("Content-Type", ct)] + self.extra

    def render(self) -> bytes:
        h = "\n".join(fold(k, v) for k, v in self.headers)
        out = h.encode("ascii") + b"\n\n"
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        b = self.boundary.encode("ascii")
        for p in self.parts:
            out += b"--" + b + b"\n" + p.render() + b"\n"
        out += b"--" + b + b"--\n"
        return out


def b64lines(data: bytes) -> bytes:
    s = base64.b64encode(data)
    return b"\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + b"\n"


def qp(data: bytes) -> bytes:
    out = quopri.encodestring(data, quotetabs=False)
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         flowed: bool = False, extra: list[tuple[str, str]] | None = None,
         disposition: str | None = None) -> Leaf:
    body = body.replace("\r\n", "\n")
    raw = body.encode(charset)
    if cte == "quoted-printable":
        enc = qp(raw)
    elif cte == "base64":
        enc = b64lines(raw)
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        enc = raw if raw.endswith(b"\n") else raw + b"\n"
    else:
        raise ValueError(cte)
    ct = f"text/{subtype}; charset=\"{charset}\""
    if flowed:
        ct += "; format=flowed"
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disposition:
        hs.append(("Content-Disposition", disposition))
    hs += extra or []
    return Leaf(hs, enc)


def attachment(data: bytes, ctype: str, filename: str, inline: bool = False,
               extra: list[tuple[str, str]] | None = None, cid: str | None = None) -> Leaf:
    fn = filename
    try:
        fn.encode("ascii")
        fnq = f'"{fn}"'
    except UnicodeEncodeError:
        fnq = '"' + ew(fn) + '"'
    hs = [("Content-Type", f"{ctype};\n\tname={fnq}"),
          ("Content-Disposition", f"{'inline' if inline else 'attachment'};\n\tfilename={fnq}"),
          ("Content-Transfer-Encoding", "base64")]
    if cid:
        hs.append(("Content-ID", f"<{cid}>"))
    hs += extra or []
    return Leaf(hs, b64lines(data))


def rfc822(inner: bytes, ctype: str = "message/rfc822", desc: str | None = None) -> Leaf:
    hs = [("Content-Type", ctype)]
    if desc:
        hs.append(("Content-Description", desc))
    # inner must be 7bit-safe here
    inner.decode("ascii")
    return Leaf(hs, inner if inner.endswith(b"\n") else inner + b"\n")


def delivery_status(per_message: list[tuple[str, str]], per_rcpt: list[list[tuple[str, str]]]) -> Leaf:
    blocks = ["\n".join(f"{k}: {v}" for k, v in per_message)]
    for r in per_rcpt:
        blocks.append("\n".join(f"{k}: {v}" for k, v in r))
    body = "\n\n".join(blocks) + "\n"
    return Leaf([("Content-Type", "message/delivery-status"), ("Content-Description", "Delivery report")],
                body.encode("ascii"))


# -------------------------------------------------------------------- message

def message(headers: list[tuple[str, str]], body, crlf: bool = True) -> bytes:
    """headers: ordered (name, value) pairs, values already RFC 2047-safe ASCII."""
    hs = list(headers)
    if not any(k.lower() == "mime-version" for k, _ in hs):
        hs.append(("MIME-Version", "1.0"))
    h = "\n".join(fold(k, v) for k, v in hs)
    for k, _ in hs:
        assert k.isascii()
    h.encode("ascii")
    out = h.encode("ascii") + b"\n" + body.render()
    assert b"\r" not in out
    return out.replace(b"\n", b"\r\n") if crlf else out
