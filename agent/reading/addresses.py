"""Strict reading of the one mailbox in a From header (RFC 5322 §3.4), and who may claim a domain.

``email.utils.getaddresses`` before the CVE-2023-27043 fix (Python < 3.11.10 / 3.12.6) reads
``orders@acme.example <attacker@evil.example>`` or ``attacker@evil.example@acme.example`` as
the supplier's address, and the decoded display name of
``=?utf-8?q?smallshop=2Eorders=40gmail=2Ecom?= <mallory@gmail.com>`` can be mistaken for an
address once it is decoded. Identity is decided here instead, on the raw (still encoded)
header: exactly one mailbox, ``[phrase] <addr-spec>`` or a bare ``addr-spec``, comments
allowed between tokens; anything else is malformed and the caller sends the mail to review.
The display name is decoded only after parsing, for showing, never for identity.
"""

from __future__ import annotations

import email.header
from dataclasses import dataclass
from importlib import resources

# atext of RFC 5322 §3.2.3; 8-bit text is allowed as well (RFC 6532, internationalized mail).
_ATEXT_SPECIAL = set("!#$%&'*+-/=?^_`{|}~")
_SPECIALS = set('()<>[]:;@\\,."')


class MalformedAddress(ValueError):
    """The header is not one well-formed mailbox; the message names what is wrong."""


@dataclass(frozen=True)
class Mailbox:
    address: str  # lower-cased addr-spec
    display_name: str  # decoded, for display only

    @property
    def domain(self) -> str:
        return self.address.rsplit("@", 1)[1]


def _is_atext(ch: str) -> bool:
    return ch.isalnum() or ch in _ATEXT_SPECIAL or ord(ch) > 127


def _tokens(value: str) -> list[tuple[str, str]]:
    """(kind, text) tokens: atom, quoted, literal, special; comments and whitespace dropped.

    One pass over the input: linear in its length whatever it holds.
    """
    out: list[tuple[str, str]] = []
    i, n = 0, len(value)
    while i < n:
        ch = value[i]
        if ch in " \t\r\n":
            i += 1
        elif ch == "(":
            depth = 0
            while i < n:
                c = value[i]
                if c == "\\":
                    i += 2
                    continue
                if c == "(":
                    depth += 1
                elif c == ")":
                    depth -= 1
                    if depth == 0:
                        break
                i += 1
            if i >= n:
                raise MalformedAddress("unclosed comment '('")
            i += 1
        elif ch == ")":
            raise MalformedAddress("')' without '('")
        elif ch == '"':
            j, buf = i + 1, []
            while j < n and value[j] != '"':
                if value[j] == "\\" and j + 1 < n:
                    j += 1
                buf.append(value[j])
                j += 1
            if j >= n:
                raise MalformedAddress("unclosed quoted string '\"'")
            out.append(("quoted", "".join(buf)))
            i = j + 1
        elif ch == "[":
            j = value.find("]", i)
            if j < 0:
                raise MalformedAddress("unclosed domain literal '['")
            out.append(("literal", value[i : j + 1]))
            i = j + 1
        elif ch in _SPECIALS:
            out.append(("special", ch))
            i += 1
        elif _is_atext(ch):
            j = i
            while j < n and _is_atext(value[j]):
                j += 1
            out.append(("atom", value[i:j]))
            i = j
        else:
            raise MalformedAddress(f"character {ch!r} is not allowed here")
    return out


def _addr_spec(tokens: list[tuple[str, str]]) -> str:
    """local-part "@" domain, from exactly these tokens."""
    ats = [k for k, tok in enumerate(tokens) if tok == ("special", "@")]
    if len(ats) != 1:
        raise MalformedAddress(
            "no '@' in the address" if not ats else "more than one '@' in the address"
        )
    at = ats[0]
    local, domain = tokens[:at], tokens[at + 1 :]
    if not local or not domain:
        raise MalformedAddress("empty local part or domain")
    if len(local) == 1 and local[0][0] == "quoted":
        local_text = '"' + local[0][1] + '"'
    else:
        local_text = _dot_atom(local, "local part")
    if any(kind == "literal" for kind, _ in domain):
        raise MalformedAddress("a domain literal ([...]) is not a mail domain")
    domain_text = _dot_atom(domain, "domain")
    if "." not in domain_text:
        raise MalformedAddress(f"domain {domain_text!r} has no dot")
    return f"{local_text}@{domain_text}".lower()


def _dot_atom(tokens: list[tuple[str, str]], what: str) -> str:
    parts: list[str] = []
    want_atom = True
    for kind, text in tokens:
        if want_atom and kind == "atom":
            parts.append(text)
        elif not want_atom and (kind, text) == ("special", "."):
            parts.append(".")
        else:
            raise MalformedAddress(f"unexpected {text!r} in the {what}")
        want_atom = not want_atom
    if want_atom:
        raise MalformedAddress(f"the {what} ends with '.'")
    return "".join(parts)


def _decode_phrase(words: list[str]) -> str:
    text = " ".join(words)
    if "=?" not in text:
        return text
    try:
        return str(email.header.make_header(email.header.decode_header(text)))
    except Exception:  # noqa: BLE001 - a broken encoded word is shown as it came
        return text


def raw_header_text(value: object) -> str:
    """A From header as it came, from what ``email`` (compat32) hands back.

    8-bit bytes come back as an ``email.header.Header`` whose chunks are the raw text, or as
    surrogate escapes; both are read as UTF-8. Encoded words stay encoded.
    """
    if isinstance(value, email.header.Header):
        return "".join(
            chunk.decode("utf-8", "replace") if isinstance(chunk, bytes) else chunk
            for chunk, _charset in email.header.decode_header(value)
        )
    text = str(value)
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        text = text.encode("ascii", "surrogateescape").decode("utf-8", "replace")
    return text


def parse_mailbox(value: str) -> Mailbox:
    """The single mailbox of a raw From header value; MalformedAddress otherwise.

    ``value`` is the header as it came (encoded words not yet decoded): decoding first would
    let an encoded display name pose as an address.
    """
    if len(value) > 4096:
        raise MalformedAddress("the header is longer than 4096 characters")
    tokens = _tokens(value)
    if not tokens:
        raise MalformedAddress("no address")
    opens = [k for k, tok in enumerate(tokens) if tok == ("special", "<")]
    # Outlook writes "Last, First <addr>" with the comma outside the (encoded) name: a comma
    # in the display name before the one <address> is still one mailbox, since the name is
    # only words (no '@') and identity comes from inside the brackets alone.
    name_end = opens[0] if len(opens) == 1 else 0
    if any(
        tok in (("special", ";"), ("special", ":")) or (tok == ("special", ",") and k >= name_end)
        for k, tok in enumerate(tokens)
    ):
        raise MalformedAddress("more than one address, or a group, where one mailbox is expected")
    closes = [k for k, tok in enumerate(tokens) if tok == ("special", ">")]
    if not opens and not closes:
        return Mailbox(_addr_spec(tokens), "")
    if len(opens) != 1 or len(closes) != 1 or closes[0] < opens[0]:
        raise MalformedAddress("expected exactly one <address>")
    if closes[0] != len(tokens) - 1:
        raise MalformedAddress("text after the <address>")
    phrase = tokens[: opens[0]]
    for kind, text in phrase:
        # obs-phrase allows "." ("John Q. Public"); any other special, '@' above all, means
        # the display name is pretending to be an address.
        if kind not in ("atom", "quoted") and (kind, text) not in (
            ("special", "."),
            ("special", ","),
        ):
            raise MalformedAddress(f"unexpected {text!r} in the display name")
    address = _addr_spec(tokens[opens[0] + 1 : closes[0]])
    words: list[str] = []
    for kind, text in phrase:
        if (kind, text) == ("special", ".") and words:
            words[-1] += "."
        else:
            words.append(text)
    return Mailbox(address, _decode_phrase(words).replace(" ,", ","))


def _load_free_mail() -> tuple[frozenset[str], frozenset[str]]:
    """The free-mail domains, and the brands written ``brand.*`` (any country domain)."""
    text = resources.files("agent.reading").joinpath("free_mail_domains.txt").read_text("utf-8")
    entries = [
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    domains = frozenset(e for e in entries if not e.endswith(".*"))
    brands = frozenset(e[:-2] for e in entries if e.endswith(".*"))
    return domains, brands


FREE_MAIL_DOMAINS, FREE_MAIL_BRANDS = _load_free_mail()


def registrable_domain(domain: str) -> str:
    """The registrable part: "mail.acme.co.uk" and "acme.co.uk" are one organisation."""
    labels = domain.lower().strip(".").split(".")
    if (
        len(labels) >= 3
        and len(labels[-1]) == 2
        and labels[-2] in ("co", "com", "ac", "org", "net", "gov", "ne", "or")
    ):
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def is_free_mail(domain: str) -> bool:
    """A free-mail provider's domain (gmail.com, or a listed brand under any country domain)."""
    domain = domain.lower().rstrip(".")
    return (
        domain in FREE_MAIL_DOMAINS or registrable_domain(domain).split(".")[0] in FREE_MAIL_BRANDS
    )


def is_shared_domain(domain: str, extra: frozenset[str] | set[str] = frozenset()) -> bool:
    """A free-mail or shared-provider domain: its users are strangers to each other."""
    domain = domain.lower().rstrip(".")
    return is_free_mail(domain) or domain in extra


def own_domains_of(
    emails: tuple[str, ...] | list[str],
    domains: tuple[str, ...] | list[str],
    extra_shared: frozenset[str] | set[str] = frozenset(),
) -> set[str]:
    """The domains that identify an organisation: never a shared provider's."""
    found = {d.lower().lstrip("@") for d in domains if d}
    found |= {e.rsplit("@", 1)[1].lower() for e in emails if "@" in e}
    return {d for d in found if not is_shared_domain(d, extra_shared)}
