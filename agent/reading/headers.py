"""The one way a header value is read as text.

The stdlib's compat32 parser hands back a ``str`` for a clean header, an
``email.header.Header`` for one with raw 8-bit bytes in it, and leaves RFC 2047
encoded words as they are; real mail adds unknown charsets, broken encoded
words and lone surrogates. Every reader of a header (normalize, the bounce and
auto-reply classifier, the MIME walk) goes through ``header_text`` or
``part_header`` so none of them meets a ``Header`` object or a decode error.
"""

from __future__ import annotations

import email.header
from email.message import Message as MimeMessage

from agent.reading.startup_cache import compile_re

__all__ = ["header_text", "mime_value", "part_filename", "part_header", "part_headers"]

_FOLD = compile_re(r"\s*\r?\n\s*")


def _decode(raw: bytes, charset: str | None, defects: list[str] | None) -> str:
    # decode_bytes lives with the body decoding (charset guessing); imported late
    # because message.py imports this module
    from agent.reading.message import decode_bytes

    return decode_bytes(raw, charset, defects if defects is not None else [], "header")


def _from_header_object(value: email.header.Header, defects: list[str] | None) -> str:
    pieces: list[str] = []
    try:
        chunks = email.header.decode_header(value)
    except Exception:  # noqa: BLE001 - a Header that cannot even be split
        chunks = [(str(value).encode("utf-8", "replace"), "utf-8")]
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            if charset and charset != "unknown-8bit":
                pieces.append(_decode(chunk, charset, defects))
                continue
            # raw 8-bit bytes in a header are common (Latin-1 clients) and harmless:
            # UTF-8 when they are, else a guess, and no defect for it
            try:
                pieces.append(chunk.decode("utf-8"))
            except UnicodeDecodeError:
                pieces.append(_decode(chunk, None, None))
        else:
            pieces.append(chunk)
    return "".join(pieces)


# raw 8-bit bytes that reached a str as surrogate escapes
_SURROGATE = compile_re("[\udc80-\udcff]")


def header_text(value: object, defects: list[str] | None = None) -> str:
    """A header value as one line of text: RFC 2047 words decoded, raw 8-bit bytes
    read as UTF-8 (or guessed), folding removed. Never raises."""
    if value is None:
        return ""
    try:
        if isinstance(value, email.header.Header):
            text = _from_header_object(value, defects)
        elif isinstance(value, bytes):
            text = _decode(value, "utf-8", defects)
        else:
            text = str(value)
        if _SURROGATE.search(text):
            text = _decode(text.encode("utf-8", "surrogateescape"), "utf-8", defects)
        if "=?" in text:
            text = _decode_words(text, defects)
        return _FOLD.sub(" ", text).strip()
    except Exception:  # noqa: BLE001 - the contract: a header never breaks the reading
        if defects is not None:
            defects.append("header: value could not be decoded")
        try:
            return _FOLD.sub(" ", repr(value)[:500]).strip()
        except Exception:  # noqa: BLE001
            return ""


def _decode_words(text: str, defects: list[str] | None) -> str:
    try:
        parts = email.header.decode_header(text)
    except Exception:  # noqa: BLE001 - malformed encoded words: keep as is
        if defects is not None:
            defects.append("header: malformed encoded word")
        return text
    try:
        return str(email.header.make_header(parts))
    except (LookupError, UnicodeDecodeError, ValueError):
        pieces = [
            _decode(chunk, cs, defects) if isinstance(chunk, bytes) else chunk
            for chunk, cs in parts
        ]
        return " ".join(p.strip() for p in pieces)


def part_header(part: MimeMessage, name: str, defects: list[str] | None = None) -> str:
    """The first ``name`` header of a parsed MIME part as text ("" when absent)."""
    try:
        value = part.get(name)
    except Exception:  # noqa: BLE001
        return ""
    return header_text(value, defects)


def part_headers(part: MimeMessage, name: str, defects: list[str] | None = None) -> list[str]:
    """Every ``name`` header of a parsed MIME part as text."""
    try:
        values = part.get_all(name) or []
    except Exception:  # noqa: BLE001
        return []
    return [header_text(v, defects) for v in values]


def mime_value(part: MimeMessage, name: str) -> str:
    """The lower-cased main value of a structured header ("attachment" of
    ``Content-Disposition: attachment; filename=...``)."""
    return part_header(part, name).split(";", 1)[0].strip().lower()


_FILENAME = compile_re(r"""(?i)\b(?:file)?name\*?\s*=\s*(?:"([^"]*)"|([^;\s]+))""")


def part_filename(part: MimeMessage, defects: list[str] | None = None) -> str | None:
    """A part's file name. The stdlib replaces raw 8-bit bytes in it with U+FFFD;
    then the name is read again from the header text, bytes decoded as above."""
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001 - a broken parameter is no name
        name = None
    if name is not None and not isinstance(name, str):
        name = header_text(name, defects)
    if name and "\ufffd" not in name:
        return header_text(name, defects)
    for header in ("Content-Disposition", "Content-Type"):
        m = _FILENAME.search(part_header(part, header, defects))
        if m:
            return (m.group(1) or m.group(2) or "").strip() or name
    return name
