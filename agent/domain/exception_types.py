"""The exception types: one entry each, read by every module that treats them differently.

An entry says what a person sees (label, the digest group it is listed in, the hint
of what to do), how the workflow treats it (is it a difference between the PO and a
confirmation, which PO value it is about, which ``[tolerances]`` key may accept it,
a fixed priority or the value rules, an owner rule), and whether its evidence is the
supplier's own words. Adding a type: a member of ``agent.models.ExceptionType`` (the
stored value) and one entry here; tests/test_exception_types.py fails until both exist
and the entry is complete. A new *difference* is also a ``DifferenceType`` of the
reading (``agent.reading.types``), which finds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from agent.models import ExceptionType

DigestGroup = Literal["changes", "review", "undeliverable", "escalations"]
Compares = Literal["price", "quantity", "date"]
OwnerRule = Literal["planners", "finance"]
Priority = Literal["high", "medium", "low"]


@dataclass(frozen=True)
class ExceptionKind:
    type: ExceptionType
    label: str  # what a person reads (digest, console)
    group: DigestGroup  # the digest section it is listed in
    hint: str  # the template text: what the owner is asked to do
    # Found by comparing a confirmation with the PO (agent.reading.compare): superseded by a
    # later confirmation of the line or by a PO revision.
    difference: bool = False
    # The PO value the supplier's answer differs in: sets the value at risk (a price or a
    # quantity difference; else the whole line) and what "accept" takes over.
    compares: Compares | None = None
    # The [tolerances] key within which it is accepted without a person (pct for prices
    # and quantities, days for dates); None = never accepted automatically.
    tolerance: str | None = None
    # A fixed priority; None = by value at risk, the need date, criticality and tier
    # (agent.priority.priority_for).
    priority: Priority | None = None
    # Beyond the high-priority rule and the default owner: dates go to the planners,
    # price changes worth [routing] finance_price_threshold to finance.
    owner_rule: OwnerRule | None = None
    # The evidence is the supplier's own words (not our bounce or our "no answer").
    supplier_words: bool = True

    @property
    def value(self) -> str:
        return self.type.value


_T = ExceptionType
# In report order (agent.reports).
KINDS: tuple[ExceptionKind, ...] = (
    ExceptionKind(
        _T.date_late, "Later delivery date", "changes",
        "accept the later date, or reject it and ask the supplier again",
        difference=True, compares="date", tolerance="date_late_days", owner_rule="planners",
    ),
    ExceptionKind(
        _T.date_early, "Earlier delivery date", "changes",
        "accept the earlier date, or reject it and ask the supplier again",
        difference=True, compares="date", tolerance="date_early_days", owner_rule="planners",
    ),
    ExceptionKind(
        _T.price_variance, "Price change", "changes",
        "accept the supplier's price, or reject it and ask again",
        difference=True, compares="price", tolerance="price_pct", owner_rule="finance",
    ),
    ExceptionKind(
        _T.quantity_short, "Less quantity", "changes",
        "accept the smaller quantity, or reject it and ask again",
        difference=True, compares="quantity", tolerance="quantity_pct",
    ),
    ExceptionKind(
        _T.quantity_over, "More quantity", "changes",
        "accept the larger quantity, or reject it and ask again",
        difference=True, compares="quantity", tolerance="quantity_pct",
    ),
    ExceptionKind(
        _T.line_rejected, "Line rejected", "changes",
        "find another source for the line, or reject and ask the supplier again",
        difference=True,
    ),
    ExceptionKind(
        _T.undeliverable, "Request undeliverable", "undeliverable",
        "check the supplier's contact address and resend",
        priority="high", supplier_words=False,
    ),
    ExceptionKind(
        _T.no_response_escalation, "No answer from supplier", "escalations",
        "call the supplier: the request and its follow-ups are unanswered",
        supplier_words=False,
    ),
    ExceptionKind(
        _T.needs_review, "Reply needs review", "review",
        "read the reply and record what the supplier said",
        priority="medium",
    ),
    ExceptionKind(
        _T.quarantined, "Unreadable mail", "review",
        "open the stored mail; reprocess it once it can be read",
        priority="medium",
    ),
)  # fmt: skip

REGISTRY: dict[ExceptionType, ExceptionKind] = {k.type: k for k in KINDS}


def kind_of(type_: ExceptionType | str) -> ExceptionKind:
    """The entry for a type (an ``ExceptionType`` or its stored value)."""
    return REGISTRY[ExceptionType(type_)]


def types_where(**match: object) -> tuple[ExceptionType, ...]:
    """The types whose entries have these attribute values, in registry order."""
    return tuple(k.type for k in KINDS if all(getattr(k, a) == v for a, v in match.items()))


# Read by the workflow, the importer, the digest and the reports.
DIFFERENCE_TYPES = types_where(difference=True)
TYPE_ORDER = tuple(k.value for k in KINDS)
LABELS = {k.value: k.label for k in KINDS}


def label(type_: ExceptionType | str) -> str:
    try:
        return kind_of(type_).label
    except ValueError:
        return str(type_).replace("_", " ")


def group_types(group: DigestGroup) -> frozenset[ExceptionType]:
    return frozenset(types_where(group=group))
