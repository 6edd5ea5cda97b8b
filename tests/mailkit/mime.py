"""MIME for the corpus generators: built part by part, or fixed up, so the bytes never change.

The hand-built parts (``text_part``, ``multipart``, ``attachment``, ``build_eml``) keep
headers exactly as written and serialize with CRLF line ends and no re-wrapping, as a
real client's mail arrives. ``set_boundaries`` fixes the boundaries of an
``EmailMessage`` tree; ``zip_files`` writes a zip (an XLSX) with fixed timestamps;
``h``/``hu``/``uuid_like``/``b32ish`` derive "random" ids from a seed.
"""

from __future__ import annotations

import base64
import hashlib
import io
import quopri
import zipfile
from collections.abc import Callable, Iterable
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage, Message
from email.policy import compat32
from email.utils import formataddr

from .text import to_html

CRLF = "\r\n"

# ---------------------------------------------------------------- seeded ids


def h(seed: str, n: int = 16) -> str:
    """Deterministic hex string derived from a seed."""
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def hu(seed: str, n: int = 16) -> str:
    return h(seed, n).upper()


def uuid_like(seed: str, upper: bool = False) -> str:
    x = h(seed, 32)
    s = f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"
    return s.upper() if upper else s


def b32ish(seed: str, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    digest = hashlib.sha256(seed.encode()).digest() * 4
    return "".join(alphabet[b % len(alphabet)] for b in digest[:n])


# ---------------------------------------------------------------- headers


def hdr(value: str) -> str:
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(linesep=CRLF)


def addr(name: str, email: str) -> str:
    try:
        name.encode("ascii")
        if any(c in name for c in ",.()&"):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return formataddr((name, email), charset="utf-8")


# ---------------------------------------------------------------- hand-built MIME


def text_part(
    text: str,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    flowed: bool = False,
) -> Message:
    m = Message()
    ctype = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ctype += "; format=flowed"
    m["Content-Type"] = ctype
    m["Content-Transfer-Encoding"] = cte
    data = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte in ("7bit", "8bit"):
        # raw bytes through the generator untouched (surrogateescape is how email keeps 8-bit data)
        payload = data.decode("ascii", "surrogateescape")
        if cte == "7bit":
            data.decode("ascii")
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def multipart(
    subtype: str, parts: list[Message], boundary: str, preamble: str | None = None, extra: str = ""
) -> Message:
    m = Message()
    m["Content-Type"] = f'multipart/{subtype};{extra} boundary="{boundary}"'
    m.set_payload(parts)
    if preamble is not None:
        m.preamble = preamble
    return m


def attachment(data: bytes, ctype: str, filename: str, inline: bool = False) -> Message:
    m = Message()
    m["Content-Type"] = f'{ctype}; name="{filename}"'
    m["Content-Description"] = filename
    m["Content-Disposition"] = (
        f'{"inline" if inline else "attachment"}; filename="{filename}"; size={len(data)}'
    )
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def serialize(part: Message) -> bytes:
    buf = io.BytesIO()
    BytesGenerator(
        buf, mangle_from_=False, policy=compat32.clone(linesep=CRLF, max_line_length=998)
    ).flatten(part)
    return buf.getvalue()


def build_eml(headers: list[tuple[str, str]], body: Message | str) -> bytes:
    """Headers exactly as given (in order), then the MIME body (its own Content-* headers)."""
    lines = []
    for name, value in headers:
        value = value.replace("\r\n", "\n").replace("\n", CRLF)
        lines.append(f"{name}: {value}")
    head = CRLF.join(lines) + CRLF
    if isinstance(body, str):  # a hand-written MIME body (DSNs): Content-* headers included
        return (head + body.replace("\r\n", "\n").replace("\n", CRLF)).encode("utf-8")
    return head.encode("ascii") + serialize(body)


def alternative(
    text: str,
    seed: str,
    boundary: str | None = None,
    quote_from: int | None = None,
    quote_style: str = "blockquote",
    cte: str = "quoted-printable",
    charset: str = "utf-8",
) -> Message:
    return multipart(
        "alternative",
        [
            text_part(text, "plain", charset, cte),
            text_part(to_html(text, quote_from, quote_style), "html", "utf-8", cte),
        ],
        boundary or f"_000_{hu(seed, 24)}_",
    )


# ---------------------------------------------------------------- EmailMessage trees


def new_message(headers: Iterable[tuple[str, str | None]], **kwargs: object) -> EmailMessage:
    """An ``EmailMessage`` with these headers in this order (a None value is left out)."""
    m = EmailMessage(**kwargs)  # type: ignore[arg-type]
    for name, value in headers:
        if value is not None:
            m[name] = value
    return m


def set_boundaries(message: Message, boundary: Callable[[int], str]) -> None:
    """Give every multipart in ``message`` (walk order, index i) the boundary ``boundary(i)``."""
    for i, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(boundary(i))


# ---------------------------------------------------------------- zips


def zip_files(
    files: Iterable[tuple[str, bytes | str]],
    date_time: tuple[int, int, int, int, int, int],
    mode: int | None = None,
) -> bytes:
    """A deflated zip of ``files`` (name, data) in order, every entry dated ``date_time``."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            if mode is not None:
                info.external_attr = mode << 16
            z.writestr(info, data)
    return buf.getvalue()
