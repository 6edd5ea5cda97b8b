"""Value types shared by the reading pipeline (normalize → classify → match → extract → compare).

Everything here is plain data: no I/O, no clock. The daemon builds ``OpenPO``
objects from the database; ``poagent extract`` builds them from a ``pos.json``
file. Both feed the same pure functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

MessageKind = Literal["confirmation", "needs_review", "auto_reply", "bounce", "unrelated"]
POStatus = Literal["accepted", "changed", "partial", "rejected"]
LineStatus = Literal["accepted", "changed", "rejected", "unconfirmed"]
DateKind = Literal["delivery", "ship"]
DifferenceType = Literal[
    "price_variance",
    "quantity_short",
    "quantity_over",
    "date_late",
    "date_early",
    "line_rejected",
]


# --------------------------------------------------------------------------- POs


@dataclass(frozen=True)
class SupplierInfo:
    id: str
    name: str
    emails: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    locale: str = "en-US"
    timezone: str | None = None
    tier: str | None = None


@dataclass(frozen=True)
class POLine:
    line: int
    item: str
    description: str
    quantity: Decimal
    uom: str
    unit_price: Decimal
    requested_date: date
    criticality: str | None = None
    category: str | None = None


@dataclass(frozen=True)
class OpenPO:
    po_number: str
    supplier: SupplierInfo
    currency: str
    lines: tuple[POLine, ...]
    buyer_name: str | None = None
    buyer_email: str | None = None
    issued: date | None = None
    revision: int = 0
    # Message-IDs (with angle brackets) of every request/follow-up we sent for this PO.
    request_message_ids: tuple[str, ...] = ()

    def line_by_number(self, number: int) -> POLine | None:
        for line in self.lines:
            if line.line == number:
                return line
        return None


# ---------------------------------------------------------------------- messages


@dataclass
class Attachment:
    filename: str | None
    content_type: str
    size: int
    # Text layer (PDF), or the rows of a spreadsheet/CSV joined by tabs, one row per line.
    text: str | None = None
    # For spreadsheets/CSV: the cell grid, so extraction can read columns.
    rows: list[list[str]] | None = None
    # Why the attachment could not be read (kept as a review reason, never fatal).
    error: str | None = None


@dataclass
class Segment:
    """A run of the supplier's own words.

    ``quoted_context`` is the quoted text this segment directly follows when the
    supplier answered inline (``> Line 2 ... 500 pcs`` then ``only 400``): the
    context tells which line the answer belongs to, but no value may ever be
    read from it.
    """

    text: str
    quoted_context: str | None = None


@dataclass
class DeliveryStatus:
    """What a bounce (DSN / NDR) tells about one or more recipients."""

    permanent: bool
    recipients: list[str] = field(default_factory=list)
    status: str | None = None  # e.g. "5.1.1"
    diagnostic: str | None = None
    # Message-ID / Subject of the returned original, when the report carries it.
    original_message_id: str | None = None
    original_subject: str | None = None


@dataclass
class Message:
    """A normalized inbound email."""

    message_id: str | None
    subject: str
    from_addr: str | None  # lower-cased address only
    from_name: str | None
    to: list[str]
    cc: list[str]
    reply_to: list[str]
    date: datetime | None  # timezone-aware
    in_reply_to: list[str]  # Message-IDs with angle brackets
    references: list[str]
    headers: dict[str, list[str]]  # lower-cased header name -> raw values
    content_type: str
    # The full body as text (plain part, or HTML rendered to text with table rows kept).
    body_text: str
    # The supplier's own words, in order; never includes quoted text or the signature.
    own_segments: list[Segment]
    # Everything recognised as quoted (previous messages, forwarded chains).
    quoted_text: str
    signature: str | None
    attachments: list[Attachment]
    # Problems met while normalizing (bad charset, truncated MIME, ...): review reasons.
    defects: list[str] = field(default_factory=list)
    # Set when the message is a delivery status notification / non-delivery report.
    delivery_status: DeliveryStatus | None = None
    raw_size: int = 0
    # The sender's own words in the multipart/alternative version that was NOT chosen as
    # the body (text/html when text/plain was read, or the reverse); None when there is
    # none. Versions that disagree in substance are a review reason (reading.guards).
    alternative_text: str | None = None
    # The parsed MIME tree (email.message.Message) normalize read, for detectors
    # that read structure (flufl.bounce in reading.classify); None when built by hand.
    mime: Any = field(default=None, repr=False, compare=False)

    @property
    def own_text(self) -> str:
        return "\n\n".join(s.text for s in self.own_segments if s.text.strip())

    def header(self, name: str) -> str | None:
        values = self.headers.get(name.lower())
        return values[0] if values else None


# ----------------------------------------------------------------------- results


@dataclass
class ScheduleSplit:
    quantity: Decimal
    date: date


@dataclass
class LineConfirmation:
    line: int
    status: LineStatus
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    currency: str | None = None
    date: date | None = None
    date_kind: DateKind | None = None
    schedule: list[ScheduleSplit] = field(default_factory=list)
    reason: str | None = None
    evidence: str | None = None


@dataclass
class POConfirmation:
    po_number: str
    status: POStatus
    lines: list[LineConfirmation]
    supplier_reference: str | None = None  # the supplier's own order number, when given


@dataclass
class Difference:
    po_number: str
    line: int
    type: DifferenceType
    po_value: str | None
    confirmed_value: str | None


@dataclass
class ExtractionResult:
    kind: MessageKind
    confirmations: list[POConfirmation] = field(default_factory=list)
    exceptions: list[Difference] = field(default_factory=list)
    method: Literal["rules", "llm"] = "rules"
    confidence: float = 0.0
    review_reasons: list[str] = field(default_factory=list)
    bounce: DeliveryStatus | None = None
    auto_reply_return_date: date | None = None
    # POs the message was matched to (also for needs_review / auto_reply / bounce),
    # so the daemon can schedule around them.
    matched_po_numbers: list[str] = field(default_factory=list)
    # "will revert by Friday": when the supplier promised to answer.
    promised_reply_date: date | None = None

    def to_json(self) -> dict[str, Any]:
        """The `poagent extract` JSON object (without the "file" key)."""

        def num(value: Decimal | None) -> int | float | str | None:
            if value is None:
                return None
            if value == value.to_integral_value():
                return int(value)
            return format(value.normalize(), "f")

        def price(value: Decimal | None) -> str | None:
            return None if value is None else format(value, "f")

        out: dict[str, Any] = {"kind": self.kind}
        if self.kind == "confirmation":
            out["confirmations"] = [
                {
                    "po_number": c.po_number,
                    "status": c.status,
                    **(
                        {"supplier_reference": c.supplier_reference} if c.supplier_reference else {}
                    ),
                    "lines": [
                        {
                            k: v
                            for k, v in {
                                "line": ln.line,
                                "status": ln.status,
                                "quantity": num(ln.quantity),
                                "unit_price": price(ln.unit_price),
                                "currency": ln.currency,
                                "date": ln.date.isoformat() if ln.date else None,
                                "date_kind": ln.date_kind,
                                "schedule": [
                                    {"quantity": num(s.quantity), "date": s.date.isoformat()}
                                    for s in ln.schedule
                                ]
                                or None,
                                "reason": ln.reason,
                                "evidence": ln.evidence,
                            }.items()
                            if v is not None
                        }
                        for ln in c.lines
                    ],
                }
                for c in self.confirmations
            ]
            out["exceptions"] = [
                {
                    "po_number": d.po_number,
                    "line": d.line,
                    "type": d.type,
                    "po_value": d.po_value,
                    "confirmed_value": d.confirmed_value,
                }
                for d in self.exceptions
            ]
        out["method"] = self.method
        out["confidence"] = round(self.confidence, 3)
        if self.review_reasons:
            out["review_reasons"] = list(self.review_reasons)
        if self.matched_po_numbers:
            out["po_numbers"] = list(self.matched_po_numbers)
        if self.bounce is not None:
            out["bounce"] = {
                "permanent": self.bounce.permanent,
                "recipients": list(self.bounce.recipients),
                "status": self.bounce.status,
            }
        if self.kind == "auto_reply":
            out["auto_reply"] = {
                "return_date": self.auto_reply_return_date.isoformat()
                if self.auto_reply_return_date
                else None
            }
        if self.promised_reply_date is not None:
            out["promised_reply_date"] = self.promised_reply_date.isoformat()
        return out
