"""The connector seam: what every format module implements.

A connector turns partner documents into POs (inbound, for the importer) and
a stored confirmation version into a document (outbound, for write-back).
Delivery of that document (retries, ordering, exactly-once keys, audit) is not
the connector's business: agent/writeback.py does it the same way for every
format, through a transport (connectors/transports.py).

A new format is one module in this package defining one subclass of
:class:`Connector` with a unique ``format``; connectors/registry.py finds it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from agent.config import PartnerSettings


class DocumentError(ValueError):
    """A partner document that cannot be read; ``where`` names the segment and position."""

    def __init__(self, where: str, message: str) -> None:
        self.where = where
        self.message = message
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Document:
    """One outbound document, frozen at enqueue time so every retry sends the same bytes."""

    body: bytes
    filename: str
    media_type: str
    # Interchange control number (X12 ISA13, EDIFACT UNB05, cXML payloadID) if the format has one.
    control_number: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "body": self.body.decode("utf-8"),
            "filename": self.filename,
            "media_type": self.media_type,
            "control_number": self.control_number,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        return cls(
            data["body"].encode("utf-8"),
            data["filename"],
            data["media_type"],
            data.get("control_number"),
        )


@dataclass(frozen=True)
class RenderContext:
    """What rendering may need beyond the confirmation: the clock and fresh control numbers."""

    now: datetime
    # next_number(scope) -> an integer never handed out before for that scope (persisted).
    next_number: Callable[[str], int]
    # The [partners.NAME] key, for messages naming a config key.
    partner_name: str = ""


@dataclass(frozen=True)
class Inbound:
    """POs read from one document, in the JSON import format, each with where it came from."""

    records: list[dict[str, Any]]
    sources: list[str]


class Connector:
    """Base class; a subclass sets ``format`` and implements what it supports."""

    format: ClassVar[str] = ""
    # File name endings `poagent import` recognises for this format.
    extensions: ClassVar[tuple[str, ...]] = ()
    media_type: ClassVar[str] = "application/octet-stream"

    @classmethod
    def sniff(cls, data: bytes) -> bool:
        """True when ``data`` looks like this format (used when the file name says nothing)."""
        return False

    @classmethod
    def sender_id(cls, data: bytes) -> str | None:
        """The partner identifier in the document's envelope, to pick the partner mapping."""
        return None

    @classmethod
    def partner_key(cls, partner: PartnerSettings) -> str | None:
        """The partner's identifier as :meth:`sender_id` reads it from a document."""
        return None

    def parse(self, data: bytes, partner: PartnerSettings) -> Inbound:
        """Partner document -> POs. Raises :class:`DocumentError` for anything malformed."""
        raise NotImplementedError(f"the {self.format} connector does not read documents")

    def render(
        self, confirmation: dict[str, Any], partner: PartnerSettings, ctx: RenderContext
    ) -> Document:
        """A confirmation version (the write-back payload) -> one outbound document."""
        raise NotImplementedError(f"the {self.format} connector does not write documents")

    def finalize(self, doc: Document, partner: PartnerSettings, partner_name: str) -> Document:
        """The document as sent: fill in what must not be stored (a secret) at send time."""
        return doc

    def check_response(self, status_code: int, body: bytes) -> tuple[str, bool] | None:
        """For HTTP delivery: (error, retryable) when a 2xx answer still means "not accepted"."""
        return None
