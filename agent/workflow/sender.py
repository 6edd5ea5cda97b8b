"""Who wrote a mail: the From mailbox parsed strictly from the raw header, what our
mail server's Authentication-Results say, and whether the address is the supplier's.
"""

from __future__ import annotations

from collections.abc import Iterable
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import TYPE_CHECKING, Any

from agent import mailauth
from agent.reading.addresses import (
    MalformedAddress,
    own_domains_of,
    parse_mailbox,
    raw_header_text,
)
from agent.reading.types import (
    SupplierInfo,
)

if TYPE_CHECKING:  # pragma: no cover
    from agent.config import Settings


# --------------------------------------------------------------- sender check


def _headers(raw: bytes) -> Any:
    return BytesHeaderParser(policy=compat32).parsebytes(raw[:256_000])


def read_sender(raw: bytes, *, headers: Any = None) -> tuple[str | None, str | None]:
    """(address, problem): the From mailbox parsed strictly, or why it could not be.

    The raw header is parsed before any decoding (see agent.reading.addresses): neither a
    display name nor Reply-To ever says who wrote the mail. ``headers``: the mail's
    header block already parsed by :func:`_headers`.
    """
    values = (headers if headers is not None else _headers(raw)).get_all("From") or []
    if not values:
        return None, "the mail has no From header"
    if len(values) > 1:
        return None, "the mail has more than one From header"
    value = raw_header_text(values[0])
    try:
        return parse_mailbox(value).address, None
    except MalformedAddress as exc:
        return None, f"the From header {value[:120]!r} is malformed ({exc})"


def sender_address(raw: bytes) -> str | None:
    return read_sender(raw)[0]


def authentication(
    raw: bytes, settings: Settings, sender: str | None, *, headers: Any = None
) -> mailauth.Verdict:
    domain = sender.rsplit("@", 1)[1] if sender and "@" in sender else None
    head = headers if headers is not None else _headers(raw)
    return mailauth.judge(
        head.get_all("Authentication-Results") or [],
        domain,
        settings.security.authserv_ids,
    )


def authentication_failures(raw: bytes, settings: Settings | None = None) -> list[str]:
    """ "dmarc=fail" / "spf=fail" reported by a server we listen to (see agent.mailauth)."""
    ids = settings.security.authserv_ids if settings is not None else ()
    return mailauth.judge(_headers(raw).get_all("Authentication-Results") or [], None, ids).failures


def sender_is_supplier(
    sender: str | None, supplier: SupplierInfo, shared_domains: Iterable[str] = ()
) -> bool:
    """The exact address is the supplier's, or its domain is the supplier's own.

    A free-mail or shared-provider domain never vouches for an address: two strangers at
    gmail.com are not one supplier.
    """
    if not sender or "@" not in sender:
        return False
    sender = sender.lower()
    if sender in (e.lower() for e in supplier.emails):
        return True
    domain = sender.rsplit("@", 1)[1]
    return domain in own_domains_of(supplier.emails, supplier.domains, set(shared_domains))
