"""The importer's hook for partner documents: pick the connector and the partner, read the POs.

The POs then go through the importer's own checks (agent/importer.parse_records)
exactly like a JSON file, so an 850 and the equivalent JSON import the same.
A document error (broken envelope, wrong count, unknown qualifier) refuses the
whole file: nothing is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from connectors import registry
from connectors.base import Connector, DocumentError

if TYPE_CHECKING:
    from agent.config import PartnerSettings, Settings
    from agent.importer import ParseResult


def find_partner(
    connector: Connector, data: bytes, settings: Settings | None
) -> tuple[str, PartnerSettings] | str:
    """The partner whose ID is the document's sender; an error message when none is."""
    from agent.config import PartnerSettings

    partners: dict[str, Any] = dict(settings.partners) if settings is not None else {}
    if not partners:
        return "", PartnerSettings()  # no mapping configured: the standard codes
    sender = connector.sender_id(data)
    for name, partner in partners.items():
        if sender is not None and connector.partner_key(partner) == sender:
            return name, partner
    known = ", ".join(f"{n} ({connector.partner_key(p)})" for n, p in partners.items())
    return (
        f"no [partners] entry has the sender ID {sender!r} of this {connector.format} "
        f"document (configured: {known})"
    )


def parse_document(name: str, data: bytes, settings: Settings | None) -> ParseResult | None:
    """POs from a partner document; None when no connector recognises the file."""
    from agent.importer import ParseResult, Problem, parse_records

    connector = registry.for_file(name, data)
    if connector is None:
        return None
    found = find_partner(connector, data, settings)
    try:
        if isinstance(found, str):
            if connector.sender_id(data) is None:
                # No readable sender: the envelope itself is broken; let the parser say where.
                from agent.config import PartnerSettings

                connector.parse(data, PartnerSettings())
            return ParseResult([], [Problem("envelope", found)])
        inbound = connector.parse(data, found[1])
    except DocumentError as exc:
        return ParseResult([], [Problem(exc.where, exc.message)])
    result = parse_records(inbound.records, inbound.sources)
    result.notes.append(f"read as {connector.format}: {len(inbound.records)} PO(s)")
    return result
