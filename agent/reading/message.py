"""Raw RFC 5322 bytes → a normalized ``Message``.

``normalize`` never raises on bad input: a truncated MIME tree, a wrong or
missing charset, absurd nesting, an oversized attachment or plain binary junk
all give a ``Message`` whose ``defects`` say what was wrong (the pipeline turns
defects into review reasons). Work is bounded by ``ReadingLimits``: the bytes
parsed, the MIME parts visited, the nesting depth followed, the attachment
bytes decoded and the characters of text kept.

Body choice: in ``multipart/alternative`` the ``text/plain`` part is preferred
(it is what the sender's client wrote for text readers, and hidden HTML tricks
do not reach it) unless it is empty or much poorer than the HTML part, or the
supplier says it answered inside the quote ("answers in red below") and the
HTML shows those answers in colour; the HTML is rendered by
``agent.reading.html`` with table rows kept. HTML without a MIME charset uses
its ``<meta charset>``. Inline text parts
of a ``multipart/mixed`` are joined in order. An attached ``message/rfc822``
(forwarded mail, a bounce's returned original) is never the sender's words: its
text is appended to ``quoted_text``.

Delivery reports (``multipart/report; report-type=delivery-status``) are
parsed here into ``Message.delivery_status``; ``classify`` decides on top.
Read receipts' ``message/disposition-notification`` fields are skipped.

Base64 bodies larger than the attachment limit are cut out of the raw bytes
before parsing (the stdlib parser would hold several copies): a 30 MB
attachment costs about 1 MB and half a second, and is reported on its
``Attachment.error``.
"""

from __future__ import annotations

import codecs
import email
import email.header
import email.utils
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy as email_policy
from email.message import Message as EmailMessage

from agent.reading.addresses import MalformedAddress, parse_mailbox, raw_header_text
from agent.reading.headers import header_text, mime_value, part_filename, part_header
from agent.reading.limits import MAX_SCAN_CHARS, ReadingLimits, bound_runs, limit_reason
from agent.reading.startup_cache import compile_re
from agent.reading.types import Attachment, DeliveryStatus, Message, Segment

# Charsets that mail clients declare but mean a superset of.
_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "ansi_x3.4-1968": "cp1252",
    "iso-8859-8-i": "iso-8859-8",
    "big5": "big5hkscs",
    "tis-620": "cp874",
    "windows-874": "cp874",
    "utf8": "utf-8",
    "unicode-1-1-utf-7": "utf-7",
}

_TEXT_TYPES = ("text/plain", "text/html", "text/enriched", "text/markdown")
_REPORT_TYPES = ("message/delivery-status", "message/global-delivery-status")
# machine fields of a read receipt: neither text nor an embedded message
_SKIP_TYPES = ("message/disposition-notification", "message/global-disposition-notification")
_RFC822_TYPES = ("message/rfc822", "message/global", "text/rfc822-headers")


def _codec_for(charset: str | None) -> str | None:
    if not charset:
        return None
    name = charset.strip().strip('"').strip("'").lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


_SINGLE_BYTE = frozenset(
    {"cp1252", "cp1250", "cp1251", "cp1257", "latin_1"} | {f"iso8859-{n}" for n in range(1, 17)}
)


def _is_multibyte_utf8(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# Full-width digits and the marks between them ("数量：２，０００本", "８，４００円") as the
# ASCII ones, one character for one so every offset holds: "，" in a number is its thousands
# mark, not the Chinese comma that ends a clause; "．" between digits a decimal ("１．LSH-PW-330"
# keeps its list mark)
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_FULLWIDTH_DIGIT = compile_re(r"[０-９]")
_FULLWIDTH_MARK = compile_re(r"(?<=\d)(?:，(?=\d{3}(?!\d))|．(?=\d))")


def _halfwidth_numbers(text: str) -> str:
    # one scan in C, not a generator step per character of every decoded part
    if text.isascii() or _FULLWIDTH_DIGIT.search(text) is None:
        return text
    text = text.translate(_FULLWIDTH_DIGITS)
    return _FULLWIDTH_MARK.sub(lambda m: "," if m.group(0) == "，" else ".", text)


def decode_bytes(data: bytes, charset: str | None, defects: list[str], what: str) -> str:
    """Decode ``data`` with the declared charset, falling back with a defect noted; full-width
    numbers read as ASCII ones."""
    return _halfwidth_numbers(_decode_bytes(data, charset, defects, what))


def _decode_bytes(data: bytes, charset: str | None, defects: list[str], what: str) -> str:
    codec = _codec_for(charset)
    if codec in _SINGLE_BYTE and _is_multibyte_utf8(data):
        # UTF-8 sent under a Latin label is common (webmail, ERP mailers); Latin
        # text that happens to be valid multi-byte UTF-8 practically never is
        defects.append(f"{what}: declared charset {charset!r} is wrong, read as UTF-8")
        return data.decode("utf-8")
    if charset and codec is None:
        defects.append(f"{what}: unknown charset {charset!r}, decoded by guessing")
    if codec:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            if codec != "utf-8":
                try:
                    text = data.decode("utf-8")
                    defects.append(f"{what}: declared charset {charset!r} is wrong, read as UTF-8")
                    return text
                except UnicodeDecodeError:
                    pass
            else:
                defects.append(f"{what}: declared charset {charset!r} does not match the bytes")
    else:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            if not charset:
                defects.append(f"{what}: 8-bit text without a declared charset")
    # best effort: let charset-normalizer guess, else Windows-1252 never fails on a byte
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best() if data else None
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:  # noqa: BLE001 - a guesser crash must not lose the mail
        pass
    return data.decode("cp1252", errors="replace")


# ----------------------------------------------------------------------- headers


def _header_str(value: object, defects: list[str]) -> str:
    """A header value as text; see agent.reading.headers (the one accessor)."""
    return header_text(value, defects)


def _addresses(values: list[str]) -> list[tuple[str, str]]:
    pairs = email.utils.getaddresses(values)
    out = []
    for name, addr in pairs:
        addr = (addr or "").strip().strip("<>").lower()
        if addr and "@" in addr:
            out.append((name.strip(), addr))
    return out


def _from_mailbox(values: list[object], defects: list[str]) -> tuple[str | None, str | None]:
    """(display name, address) of the one From mailbox, parsed strictly before decoding.

    A malformed From leaves the address unknown (so nobody is identified by it) and is a
    defect, i.e. a review reason.
    """
    if not values:
        return None, None
    text = raw_header_text(values[0])
    try:
        box = parse_mailbox(text)
    except MalformedAddress as exc:
        defects.append(f"From header {text[:120]!r} is malformed ({exc})")
        return None, None
    if len(values) > 1:
        defects.append("more than one From header")
        return None, None
    return box.display_name or None, box.address


_MSGID = compile_re(r"<[^<>\s]+>")


def _message_ids(value: str | None) -> list[str]:
    if not value:
        return []
    ids = _MSGID.findall(value)
    if not ids and value.strip():
        ids = [f"<{token.strip('<>')}>" for token in value.split() if "@" in token]
    return ids


def _parse_date(value: str | None, defects: list[str]) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        parsed = None
    if parsed is None:
        try:
            import dateparser

            # known languages only: without them dateparser tries ~200 locales (seconds)
            parsed = dateparser.parse(
                value[:100],
                languages=["en", "de", "fr", "es"],
                settings={"RETURN_AS_TIMEZONE_AWARE": True},
            )
        except Exception:  # noqa: BLE001
            parsed = None
        if parsed is None:
            defects.append(f"Date header {value!r} could not be read")
            return None
    if parsed.tzinfo is None:
        defects.append("Date header has no time zone; UTC assumed")
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


# ----------------------------------------------------------------- format=flowed


def unflow(text: str, delsp: bool = False) -> str:
    """Undo RFC 3676 format=flowed: join soft-broken lines, keep quote depth."""
    out: list[str] = []
    buf: str | None = None
    buf_depth = 0
    for raw in text.split("\n"):
        line = raw.rstrip("\r")
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        if body.startswith(" ") and (depth or body.startswith(" ")):
            body = body[1:]  # space-stuffing
        elif body.startswith(" ") and depth == 0:
            body = body[1:]
        flowed = body.endswith(" ") and body != "-- "
        if buf is not None and depth != buf_depth:
            out.append((">" * buf_depth + (" " if buf_depth else "")) + buf)
            buf = None
        if flowed:
            piece = body[:-1] if delsp else body
            buf = (buf or "") + piece
            buf_depth = depth
            continue
        full = (buf or "") + body
        buf = None
        out.append((">" * depth + (" " if depth and full else "")) + full)
    if buf is not None:
        out.append((">" * buf_depth + (" " if buf_depth else "")) + buf)
    return "\n".join(out)


# ---------------------------------------------------------------------- walking


@dataclass
class _Walk:
    limits: ReadingLimits
    defects: list[str] = field(default_factory=list)
    parts_seen: int = 0
    depth_exceeded: bool = False
    parts_exceeded: bool = False
    # (text, quote_start, highlight-coloured line indexes) per body part
    text_parts: list[tuple[str, int | None, dict[int, str]]] = field(default_factory=list)
    quoted_extra: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    reports: list[EmailMessage] = field(default_factory=list)
    returned: list[EmailMessage] = field(default_factory=list)
    text_chars: int = 0
    # the multipart/alternative version not chosen as body: (text, quote_start)
    other_alternative: tuple[str, int | None] | None = None
    is_report: bool = False


def _payload_bytes(part: EmailMessage, walk: _Walk, what: str) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception as exc:  # noqa: BLE001
        walk.defects.append(f"{what}: payload could not be decoded ({exc.__class__.__name__})")
        return b""
    if data is None:
        payload = part.get_payload()
        if isinstance(payload, str):
            return payload.encode("utf-8", "surrogateescape")
        return b""
    for defect in getattr(part, "defects", []) or []:
        name = defect.__class__.__name__
        if name in (
            "InvalidBase64PaddingDefect",
            "InvalidBase64CharactersDefect",
            "InvalidBase64LengthDefect",
        ):
            walk.defects.append(f"{what}: damaged base64 ({name})")
    return data


_META_CHARSET = compile_re(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def _part_text(part: EmailMessage, walk: _Walk, what: str) -> str:
    data = _payload_bytes(part, walk, what)
    ctype = part.get_content_type()
    charset = part.get_content_charset()
    if charset is None and ctype == "text/html":
        # HTML often names its charset only in a <meta> tag
        m = _META_CHARSET.search(data[:4096])
        charset = m.group(1).decode("ascii", "replace") if m else None
    text = decode_bytes(data, charset, walk.defects, what)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if ctype == "text/plain":
        try:
            raw_params = part.get_params() or []
        except Exception:  # noqa: BLE001 - an unreadable Content-Type is plain text
            raw_params = []
        params = {k.lower(): header_text(v).lower() for k, v in raw_params[1:]}
        if params.get("format") == "flowed":
            text = unflow(text, delsp=params.get("delsp") == "yes")
    # composed letters: Vietnamese (and others) typed on some systems arrive decomposed, and
    # every word list is written composed
    return _GREEK_QUESTION.sub("?", unicodedata.normalize("NFC", text))


# Greek ends a question with ";" (or its own U+037E): after a Greek word it is the question
# mark every reader of questions looks for (one character for one: spans stay put)
_GREEK_QUESTION = compile_re(r"(?<=[\u0370-\u03ff\u1f00-\u1fff])[;\u037e](?=\s|$)")


def _is_attachment(part: EmailMessage) -> bool:
    disposition = mime_value(part, "Content-Disposition")
    if disposition == "attachment":
        return True
    ctype = part.get_content_type()
    if ctype in _TEXT_TYPES and disposition in ("", "inline"):
        # a named inline text part (an attached .csv/.txt) is still an attachment
        name = part.get_filename() if disposition == "inline" else None
        return bool(name) and not ctype.startswith("text/html")
    return ctype not in _TEXT_TYPES


def _render_html(html: str, walk: _Walk) -> tuple[str, int | None, dict[int, str]]:
    from agent.reading.html import html_to_text

    try:
        rendered = html_to_text(html, walk.limits.max_text_chars)
    except Exception as exc:  # noqa: BLE001 - broken markup must not lose the mail
        walk.defects.append(f"HTML part could not be rendered ({exc.__class__.__name__})")
        return _HTML_TAG.sub(" ", html[: walk.limits.max_text_chars]), None, {}
    if rendered.truncated:
        walk.defects.append(limit_reason(rendered.truncated))
    return rendered.text, rendered.quote_start, rendered.line_colors


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


_HTML_INVISIBLE_START = compile_re(r"<!--|<(head|style|script|title)\b", re.IGNORECASE)
# "[^<>]" keeps an unclosed "<" from scanning to the end of the text, once per "<"
_HTML_TAG = compile_re(r"<[^<>]*>")


def _strip_invisible(html: str) -> str:
    """``html`` without comments and head/style/script/title elements, in one pass.

    The closer is looked up with ``str.find`` from each opener, and an opener
    without a closer ends the visible text, so unclosed comments cost one scan,
    not one scan each (a lazy ``.*?`` regex is quadratic on them).
    """
    lower = html.lower()
    out: list[str] = []
    pos = 0
    while True:
        m = _HTML_INVISIBLE_START.search(html, pos)
        if m is None:
            out.append(html[pos:])
            break
        out.append(html[pos : m.start()])
        closer = "-->" if m.group(1) is None else f"</{m.group(1).lower()}"
        end = lower.find(closer, m.end())
        if end == -1:
            break
        gt = lower.find(">", end + len(closer) - 1)
        pos = len(html) if gt == -1 else gt + 1
        out.append(" ")
    return "".join(out)


def _rough_html_words(html: str) -> int:
    return _words(_HTML_TAG.sub(" ", _strip_invisible(html)))


def _announces_inline(text: str) -> bool:
    from agent.reading.quotes import announces_inline_answers

    return announces_inline_answers(text)


def _first_html(part: EmailMessage, depth: int = 0) -> EmailMessage | None:
    if depth > 5:
        return None
    if part.get_content_type() == "text/html":
        return part
    if part.is_multipart() and not part.get_content_type().startswith("message/"):
        payload = part.get_payload()
        if isinstance(payload, list):
            for child in payload[:20]:
                if isinstance(child, EmailMessage):
                    found = _first_html(child, depth + 1)
                    if found is not None:
                        return found
    return None


def _choose_alternative(part: EmailMessage, walk: _Walk, depth: int) -> None:
    children = _children(part, walk)
    plain: EmailMessage | None = None
    html: EmailMessage | None = None
    other: list[EmailMessage] = []
    for child in children:
        ctype = child.get_content_type()
        if ctype == "text/plain" and plain is None:
            plain = child
        elif ctype == "text/html" and html is None:
            html = child
        elif child.is_multipart() or ctype.startswith("message/"):
            other.append(child)
    plain_text = _part_text(plain, walk, "text/plain part") if plain is not None else ""
    pw = _words(plain_text)
    announced = pw > 0 and _announces_inline(plain_text)
    if html is None and announced and other:
        # Outlook with images: the HTML sits in multipart/related next to the plain part
        html = _first_html(other[-1])
    html_text, quote_start, colored, hw = "", None, {}, 0
    if html is not None:
        html_raw = _part_text(html, walk, "text/html part")
        # rendering is the costly step: skip it when a rough word count already
        # shows the plain part is not much poorer, unless the supplier says it
        # answered inside the quote (the HTML's colours show where)
        if pw == 0 or announced or pw < _rough_html_words(html_raw) * 0.3:
            html_text, quote_start, colored = _render_html(html_raw, walk)
            hw = _words(html_text)
    if announced and colored and hw:
        walk.text_parts.append((html_text, quote_start, colored))
        _keep_other_alternative(walk, plain_text, None)
    elif plain is not None and pw > 0 and not (hw > 30 and pw < hw * 0.3):
        walk.text_parts.append((plain_text, None, {}))
        if html is not None and walk.other_alternative is None:
            # kept for the guard, which compares what the two versions say; rendering is
            # only paid for when the HTML has words the plain part has not
            if html_text:
                _keep_other_alternative(walk, html_text, quote_start)
            elif _word_set(_rough_html_text(html_raw)) - _word_set(plain_text):
                html_text, quote_start, _ = _render_html(html_raw, walk)
                _keep_other_alternative(walk, html_text, quote_start)
    elif html is not None and hw > 0:
        walk.text_parts.append((html_text, quote_start, colored))
        _keep_other_alternative(walk, plain_text, None)
    elif other:
        # e.g. alternative of multipart/related: follow the richest branch
        _visit(other[-1], walk, depth + 1)
    elif plain_text.strip():
        walk.text_parts.append((plain_text, None, {}))
    # attachments hidden inside related branches of the chosen alternative
    for child in other:
        if child is not (other[-1] if (pw == 0 and hw == 0) else None):
            _collect_attachments_only(child, walk, depth + 1)


def _rough_html_text(html: str) -> str:
    import html as html_lib

    return html_lib.unescape(_HTML_TAG.sub(" ", _strip_invisible(html)))


def _word_set(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _keep_other_alternative(walk: _Walk, text: str, quote_start: int | None) -> None:
    if walk.other_alternative is None and text.strip():
        walk.other_alternative = (text[: walk.limits.max_text_chars], quote_start)


def _collect_attachments_only(part: EmailMessage, walk: _Walk, depth: int) -> None:
    if depth > walk.limits.max_mime_depth:
        walk.depth_exceeded = True
        return
    if part.is_multipart():
        for child in _children(part, walk):
            _collect_attachments_only(child, walk, depth + 1)
        return
    if _is_attachment(part) and not part.get_content_type().startswith("image/"):
        _add_attachment(part, walk)


def _children(part: EmailMessage, walk: _Walk) -> list[EmailMessage]:
    payload = part.get_payload()
    if not isinstance(payload, list):
        return []
    out = []
    for child in payload:
        walk.parts_seen += 1
        if walk.parts_seen > walk.limits.max_mime_parts:
            walk.parts_exceeded = True
            break
        if isinstance(child, EmailMessage):
            out.append(child)
    return out


def _add_attachment(part: EmailMessage, walk: _Walk) -> None:
    from agent.reading.attachments import read_attachment_checked

    filename = part_filename(part, walk.defects)
    ctype = part.get_content_type()
    encoded = part.get_payload()
    encoded_len = len(encoded) if isinstance(encoded, str) else 0
    cte = mime_value(part, "Content-Transfer-Encoding")
    if isinstance(encoded, str) and encoded.startswith(ELIDED_MARKER):
        encoded_len = int(encoded.split()[1])
    estimate = encoded_len * 3 // 4 if cte == "base64" else encoded_len
    if estimate > walk.limits.max_attachment_bytes:
        walk.attachments.append(
            Attachment(
                filename=filename,
                content_type=ctype,
                size=estimate,
                error=f"attachment is about {estimate // (1024 * 1024)} MB, over the "
                f"{walk.limits.max_attachment_bytes // (1024 * 1024)} MB limit; not read",
            )
        )
        return
    data = _payload_bytes(part, walk, f"attachment {filename or ctype}")
    att, notes = read_attachment_checked(
        data, filename, ctype, part.get_content_charset(), walk.limits
    )
    walk.attachments.append(att)
    walk.defects.extend(n for n in notes if n not in walk.defects)


def _visit(part: EmailMessage, walk: _Walk, depth: int) -> None:
    if depth > walk.limits.max_mime_depth:
        walk.depth_exceeded = True
        return
    ctype = part.get_content_type()
    # message/* parts look multipart to the compat32 parser: route them first
    if ctype in _REPORT_TYPES:
        walk.reports.append(part)
        return
    if ctype in _SKIP_TYPES:
        return
    if ctype in _RFC822_TYPES or ctype.startswith("message/"):
        _visit_embedded(part, walk, depth)
        return
    if part.is_multipart():
        if ctype == "multipart/alternative":
            _choose_alternative(part, walk, depth)
            return
        if ctype == "multipart/report":
            walk.is_report = True
        children = _children(part, walk)
        if ctype == "multipart/related" and children:
            # the root (first) part is the body; the rest are its inline images
            _visit(children[0], walk, depth + 1)
            for child in children[1:]:
                _collect_attachments_only(child, walk, depth + 1)
            return
        for child in children:
            _visit(child, walk, depth + 1)
        return
    if _is_attachment(part):
        if ctype.startswith("image/") and not part.get_filename():
            return  # inline logo without a name: not worth keeping
        _add_attachment(part, walk)
        return
    text = _part_text(part, walk, f"{ctype} part")
    if ctype == "text/html":
        walk.text_parts.append(_render_html(text, walk))
    else:
        walk.text_parts.append((text, None, {}))


def _visit_embedded(part: EmailMessage, walk: _Walk, depth: int) -> None:
    """An embedded message (forward as attachment, bounce's returned mail): quoted only."""
    payload = part.get_payload()
    inner: EmailMessage | None = None
    if isinstance(payload, list) and payload and isinstance(payload[0], EmailMessage):
        inner = payload[0]
    elif isinstance(payload, str):
        try:
            inner = email.message_from_string(payload, policy=email_policy.compat32)
        except Exception:  # noqa: BLE001
            inner = None
    if inner is None:
        return
    walk.returned.append(inner)
    sub = _Walk(limits=walk.limits, parts_seen=walk.parts_seen)
    _visit(inner, sub, depth + 1)
    walk.parts_seen = sub.parts_seen
    walk.depth_exceeded |= sub.depth_exceeded
    walk.parts_exceeded |= sub.parts_exceeded
    head = []
    for name in ("From", "Date", "To", "Subject"):
        value = part_header(inner, name, walk.defects)
        if value:
            head.append(f"{name}: {value}")
    body = "\n\n".join(t for t, _, _ in sub.text_parts)
    walk.quoted_extra.append("\n".join(head) + ("\n\n" + body if body else ""))
    # attachments of a forwarded mail are kept but marked as coming from it
    for att in sub.attachments:
        att.error = att.error or None
        walk.attachments.append(att)


# ------------------------------------------------------------- delivery reports

_STATUS = compile_re(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")


def _report_fields(part: EmailMessage) -> list[dict[str, str]]:
    """Per-message and per-recipient field groups of a message/delivery-status part."""
    payload = part.get_payload()
    texts: list[str] = []
    if isinstance(payload, list):
        for block in payload:
            if isinstance(block, EmailMessage):
                texts.append("\n".join(f"{k}: {header_text(v)}" for k, v in block.items()))
    elif isinstance(payload, str):
        texts.append(payload)
    groups: list[dict[str, str]] = []
    for text in texts:
        for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
            fields: dict[str, str] = {}
            key = None
            for line in chunk.split("\n"):
                if line[:1] in (" ", "\t") and key:
                    fields[key] += " " + line.strip()
                    continue
                if ":" in line:
                    k, v = line.split(":", 1)
                    key = k.strip().lower()
                    fields[key] = v.strip()
            if fields:
                groups.append(fields)
    return groups


def permanent_for(status: str | None, action: str | None = None) -> bool:
    """5.x.x is permanent, 4.x.x temporary; a full mailbox (x.2.2) is temporary."""
    if action and action.lower().startswith("delayed"):
        return False
    if not status:
        return bool(action and action.lower().startswith("failed"))
    if status.endswith(".2.2") or status == "5.2.2":
        return False
    return status.startswith("5")


def _delivery_status(walk: _Walk, defects: list[str]) -> DeliveryStatus | None:
    if not walk.reports:
        return None
    recipients: list[str] = []
    statuses: list[tuple[str | None, str | None]] = []
    diagnostic = None
    for part in walk.reports:
        for fields in _report_fields(part):
            rcpt = fields.get("final-recipient") or fields.get("original-recipient")
            if not rcpt:
                continue
            action = fields.get("action")
            if action and action.lower() in ("delivered", "relayed", "expanded"):
                continue
            addr = rcpt.split(";", 1)[-1].strip().strip("<>").lower()
            if addr and addr not in recipients:
                recipients.append(addr)
            status = fields.get("status")
            m = _STATUS.search(status or "") or _STATUS.search(fields.get("diagnostic-code", ""))
            statuses.append((m.group(0) if m else None, action))
            if fields.get("diagnostic-code") and not diagnostic:
                diagnostic = fields["diagnostic-code"]
    if not statuses:
        defects.append("delivery report without recipient fields")
        return None
    status = next((s for s, _ in statuses if s), None)
    permanent = any(permanent_for(s, a) for s, a in statuses)
    original_id = original_subject = None
    if walk.returned:
        inner = walk.returned[0]
        ids = _message_ids(part_header(inner, "Message-ID"))
        original_id = ids[0] if ids else None
        original_subject = part_header(inner, "Subject", defects) or None
    return DeliveryStatus(
        permanent=permanent,
        recipients=recipients,
        status=status,
        diagnostic=diagnostic,
        original_message_id=original_id,
        original_subject=original_subject,
    )


# -------------------------------------------------------------------- normalize


def _empty_message(raw_size: int, defects: list[str]) -> Message:
    return Message(
        message_id=None,
        subject="",
        from_addr=None,
        from_name=None,
        to=[],
        cc=[],
        reply_to=[],
        date=None,
        in_reply_to=[],
        references=[],
        headers={},
        content_type="application/octet-stream",
        body_text="",
        own_segments=[],
        quoted_text="",
        signature=None,
        attachments=[],
        defects=defects,
        raw_size=raw_size,
    )


def _looks_like_mail(raw: bytes) -> bool:
    head = raw[:4096]
    return bool(re.search(rb"^[A-Za-z][A-Za-z0-9-]{0,60}:", head, re.MULTILINE))


def normalize(raw: bytes, limits: ReadingLimits | None = None) -> Message:
    """Parse ``raw`` mail bytes into a ``Message``; problems go to ``defects``, never raised."""
    limits = limits or ReadingLimits()
    defects: list[str] = []
    if isinstance(raw, (bytearray, memoryview)):
        raw = bytes(raw)
    elif not isinstance(raw, bytes):
        raw = str(raw).encode("utf-8", "surrogateescape")
    raw_size = len(raw)
    if raw_size == 0:
        return _empty_message(0, ["message is empty (0 bytes)"])
    if raw_size > limits.max_message_bytes:
        defects.append(
            limit_reason(
                f"message is {raw_size // (1024 * 1024)} MB, over the "
                f"{limits.max_message_bytes // (1024 * 1024)} MB limit; only the start was read"
            )
        )
        raw = raw[: limits.max_message_bytes]
    if b"\x00" in raw[:65536] or not _looks_like_mail(raw):
        defects.append("input does not look like an e-mail message (no header lines)")
    try:
        return _normalize(raw, raw_size, limits, defects)
    except Exception as exc:  # noqa: BLE001 - the contract: never raise on bad input
        defects.append(f"message could not be parsed ({exc.__class__.__name__}: {exc})"[:300])
        msg = _empty_message(raw_size, defects)
        text = decode_bytes(raw[: limits.max_text_chars], None, [], "raw")
        msg.body_text = text
        msg.quoted_text = ""
        msg.own_segments = []
        return msg


def _count_nesting(raw: bytes, limits: ReadingLimits) -> int:
    """How many multipart boundaries the message declares (cheap pre-check)."""
    return len(re.findall(rb"(?i)boundary\s*=", memoryview(raw)[: 16 * 1024 * 1024]))


def _normalize(raw: bytes, raw_size: int, limits: ReadingLimits, defects: list[str]) -> Message:
    raw = _elide_huge_parts(raw, limits)
    boundaries = _count_nesting(raw, limits)
    if boundaries > limits.max_mime_parts:
        defects.append(
            limit_reason(
                f"message declares {boundaries} multipart boundaries, over the limit of "
                f"{limits.max_mime_parts}; only the headers and readable text were used"
            )
        )
    # The stdlib parser recurses per nesting level. The recursion limit is left
    # alone (process-wide, and the daemon may read in threads): too deep a tree
    # ends in the headers-only reading below.
    try:
        if boundaries > max(limits.max_mime_parts, 2 * limits.max_mime_depth):
            parsed = _parse_headers_only(raw)
        else:
            parsed = email.message_from_bytes(raw, policy=email_policy.compat32)
    except RecursionError:
        defects.append("MIME structure nested too deeply to parse; headers only")
        parsed = _parse_headers_only(raw)

    for defect in parsed.defects or []:
        name = defect.__class__.__name__
        label = {
            "StartBoundaryNotFoundDefect": "multipart start boundary missing (truncated MIME?)",
            "CloseBoundaryNotFoundDefect": "multipart end boundary missing (truncated MIME)",
            "MultipartInvariantViolationDefect": "multipart without parts",
            "MissingHeaderBodySeparatorDefect": "header and body not separated",
            "NoBoundaryInMultipartDefect": "multipart without a boundary parameter",
            "FirstHeaderLineIsContinuationDefect": "first header line is a continuation",
        }.get(name)
        if label:
            defects.append(label)
    _collect_nested_defects(parsed, defects, limits)

    headers: dict[str, list[str]] = {}
    for key, value in parsed.items():
        headers.setdefault(key.lower(), []).append(_header_str(value, defects))
        if len(headers) > 500:
            defects.append(limit_reason("more than 500 distinct header names; rest ignored"))
            break

    def first(name: str) -> str | None:
        values = headers.get(name.lower())
        return values[0] if values else None

    from_name, from_addr = _from_mailbox(parsed.get_all("from") or [], defects)
    walk = _Walk(limits=limits)
    _visit(parsed, walk, 0)
    if walk.depth_exceeded:
        defects.append(
            limit_reason(
                f"MIME parts nested deeper than {limits.max_mime_depth} levels were not read"
            )
        )
    if walk.parts_exceeded:
        defects.append(
            limit_reason(f"more than {limits.max_mime_parts} MIME parts; the rest were not read")
        )
    defects.extend(walk.defects)

    from agent.reading.quotes import is_forward_subject, split_quotes

    own_segments: list[Segment] = []
    quoted: list[str] = []
    signatures: list[str] = []
    bodies: list[str] = []
    total = 0
    for text, quote_start, colored in walk.text_parts:
        text = text.replace("\x00", "")
        if total + len(text) > limits.max_text_chars:
            text = text[: max(0, limits.max_text_chars - total)]
            defects.append(
                limit_reason(f"body text longer than {limits.max_text_chars} characters; truncated")
            )
            quote_start = None if quote_start is None else min(quote_start, text.count("\n"))
        text = text.translate(_WESTERN_DIGITS)  # "٨٫٢٥" is 8.25: one character for one
        total += len(text)
        bodies.append(text)
        split = split_quotes(
            text,
            quote_start,
            sender=from_addr,
            forwarded=is_forward_subject(first("subject") or ""),
            sender_name=from_name,
            answer_lines=colored,
        )
        own_segments.extend(split.own_segments)
        if split.quoted_text:
            quoted.append(split.quoted_text)
        if split.signature:
            signatures.append(split.signature)
        if total >= limits.max_text_chars:
            break
    quoted.extend(walk.quoted_extra)
    own_segments = _cap_own_text(own_segments, defects)

    alternative_text = None
    if walk.other_alternative is not None:
        alt, alt_start = walk.other_alternative
        alt_split = split_quotes(alt.replace("\x00", ""), alt_start, sender=from_addr)
        alternative_text = "\n\n".join(s.text for s in alt_split.own_segments if s.text.strip())

    if not any(b.strip() for b in bodies) and not walk.attachments and not walk.reports:
        defects.append("message has no readable body")

    ctype = parsed.get_content_type()
    msg = Message(
        message_id=(_message_ids(first("message-id")) or [None])[0],
        subject=first("subject") or "",
        from_addr=from_addr,
        from_name=from_name or None,
        to=[a for _, a in _addresses(headers.get("to", []))],
        cc=[a for _, a in _addresses(headers.get("cc", []))],
        reply_to=[a for _, a in _addresses(headers.get("reply-to", []))],
        date=_parse_date(first("date"), defects),
        in_reply_to=_message_ids(first("in-reply-to")),
        references=_message_ids(" ".join(headers.get("references", []))),
        headers=headers,
        content_type=ctype,
        body_text="\n\n".join(bodies),
        own_segments=own_segments,
        quoted_text="\n\n".join(q for q in quoted if q.strip()),
        signature="\n\n".join(signatures) if signatures else None,
        attachments=walk.attachments,
        defects=_dedupe(defects),
        raw_size=raw_size,
        alternative_text=alternative_text,
    )
    msg.delivery_status = _delivery_status(walk, msg.defects)
    msg.mime = parsed
    return msg


# Arabic-Indic, Persian, Devanagari and Thai digits, the Arabic decimal and thousands signs
# and superscript two and three, as the digits and signs every reader downstream knows (one character for one, so
# offsets stay the same)
_WESTERN_DIGITS = str.maketrans(
    {
        **{chr(base + i): str(i) for base in (0x660, 0x6F0, 0x966, 0xE50) for i in range(10)},
        "\u066b": ".",
        "\u066c": ",",
        # "22,5 m³" on a PO counted in M3
        "\u00b2": "2",
        "\u00b3": "3",
    }
)


def _cap_own_text(segments: list[Segment], defects: list[str]) -> list[Segment]:
    """At most ``MAX_SCAN_CHARS`` of the supplier's own words, with a limit defect past it,
    and no run of blanks or digits that would make the scanners slow (``bound_runs``).

    Every value scanner reads the own text several times over; a "reply" of
    megabytes of numbers or dates is not one a rule should apply, and cutting it
    keeps reading bounded. The cut is reported, so the mail goes to review.
    """
    out: list[Segment] = []
    left = MAX_SCAN_CHARS
    total = 0
    cut = False
    for seg in segments:
        total += len(seg.text)
        if left <= 0:
            cut = True
            continue
        # runs are bounded before the cut, so a run that shrinks does not count against it
        text, notes = bound_runs(seg.text[: 4 * MAX_SCAN_CHARS])
        cut = cut or len(seg.text) > 4 * MAX_SCAN_CHARS or len(text) > left
        seg.text = text[:left]
        defects.extend(n for n in notes if n not in defects)
        if seg.quoted_context:
            seg.quoted_context, _ = bound_runs(seg.quoted_context[: 4 * MAX_SCAN_CHARS])
        out.append(seg)
        left -= len(seg.text)
    if cut:
        defects.append(
            limit_reason(
                f"the sender's own text is {total} characters, over the {MAX_SCAN_CHARS}-character "
                "scanning limit; only the start was read"
            )
        )
    return out


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _collect_nested_defects(
    parsed: EmailMessage, defects: list[str], limits: ReadingLimits
) -> None:
    stack = [(parsed, 0)]
    count = 0
    while stack and count < limits.max_mime_parts:
        part, depth = stack.pop()
        count += 1
        for defect in getattr(part, "defects", []) or []:
            name = defect.__class__.__name__
            if name == "CloseBoundaryNotFoundDefect":
                defects.append("multipart end boundary missing (truncated MIME)")
            elif name == "StartBoundaryNotFoundDefect":
                defects.append("multipart start boundary missing (truncated MIME?)")
        if depth < limits.max_mime_depth and part.is_multipart():
            payload = part.get_payload()
            if isinstance(payload, list):
                stack.extend((p, depth + 1) for p in payload if isinstance(p, EmailMessage))


def _parse_headers_only(raw: bytes) -> EmailMessage:
    """Headers plus the body's text lines, without following the MIME structure."""
    from email.parser import BytesHeaderParser

    msg = BytesHeaderParser(policy=email_policy.compat32).parsebytes(raw[:1_000_000])
    m = re.search(rb"\r?\n\r?\n", raw)
    body = raw[m.end() :] if m else b""
    kept = [
        line
        for line in body[:2_000_000].decode("utf-8", "replace").splitlines()
        if not _MIME_NOISE.match(line)
    ]
    plain = email.message.Message()
    for k, v in msg.items():
        if k.lower() not in ("content-type", "content-transfer-encoding"):
            plain[k] = v
    plain["Content-Type"] = "text/plain; charset=utf-8"
    plain.set_payload("\n".join(kept))
    return plain


_MIME_NOISE = compile_re(
    r"^\s*(?:--\S+\s*$|content-[\w-]+\s*:|mime-version\s*:|\s*boundary=)", re.IGNORECASE
)

# A long run of base64 text and line breaks: the body of one encoded part. A
# single character class keeps the regex engine from stacking state per line.
_BASE64_RUN = compile_re(rb"[A-Za-z0-9+/=\r\n]{65536,}")
ELIDED_MARKER = "POAGENT-ELIDED-BASE64"


def _elide_huge_parts(raw: bytes, limits: ReadingLimits) -> bytes:
    """Replace base64 bodies too large to read by a marker before parsing.

    The stdlib parser keeps several copies of every body in memory; an
    attachment over the size limit is never decoded anyway, so its bytes need
    not be parsed at all. The marker keeps the encoded size for the report.
    """
    if len(raw) <= limits.max_attachment_bytes:
        return raw
    threshold = limits.max_attachment_bytes * 4 // 3
    out: list[bytes] = []
    pos = 0
    for m in _BASE64_RUN.finditer(raw):
        if m.end() - m.start() <= threshold:
            continue
        # cut whole lines only: the run may begin inside "…: base64" and its blank line
        start = raw.find(b"\n", m.start(), m.end())
        while start != -1:
            nxt = raw.find(b"\n", start + 1, m.end())
            if nxt == -1 or nxt - start > 40:
                break
            start = nxt
        end = raw.rfind(b"\n", m.start(), m.end())
        if start == -1 or end <= start:
            continue
        start += 1
        size = end + 1 - start
        if size <= threshold:
            continue
        out.append(raw[pos:start])
        out.append(f"{ELIDED_MARKER} {size}\n".encode())
        pos = end + 1
    if not out:
        return raw
    out.append(raw[pos:])
    return b"".join(out)
