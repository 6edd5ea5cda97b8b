"""Priority and owner of an exception: pure functions over the configured rules.

A 5-day slip on a $200 fastener is low; the same slip on a $30,000 casting on
the critical path is high. Value at risk sets the base level; a line needed
soon is urgent (high); critical items and key-supplier tiers raise it by one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from agent.domain import exception_types

if TYPE_CHECKING:  # pragma: no cover
    from agent.config import PrioritySettings, RoutingSettings

LEVELS = ("low", "medium", "high")
ROLE_NAMES = ("buyer", "planners", "finance", "operations_manager")


def value_at_risk(
    kind: str,
    *,
    quantity: Decimal,
    unit_price: Decimal,
    confirmed_quantity: Decimal | None = None,
    confirmed_price: Decimal | None = None,
) -> Decimal:
    """Money at stake for one difference, in the PO currency.

    By what the type compares (agent.domain.exception_types): a price, the difference ×
    quantity; a quantity, the missing/extra units × price; a date, a rejection and
    anything else, the whole line.
    """
    compares = _entry(kind, "compares")
    if compares == "price" and confirmed_price is not None:
        qty = confirmed_quantity if confirmed_quantity is not None else quantity
        return abs(confirmed_price - unit_price) * qty
    if compares == "quantity" and confirmed_quantity is not None:
        return abs(quantity - confirmed_quantity) * unit_price
    return quantity * unit_price


def _entry(kind: str, attribute: str) -> object:
    """One attribute of the type's registry entry (None for a type not in the registry)."""
    try:
        return getattr(exception_types.kind_of(kind), attribute)
    except ValueError:
        return None


def priority_for(
    rules: PrioritySettings,
    *,
    value: Decimal,
    needed_by: date | None,
    today: date,
    criticality: str | None = None,
    tier: str | None = None,
) -> str:
    if value >= rules.high_value_at_risk:
        level = 2
    elif value >= rules.medium_value_at_risk:
        level = 1
    else:
        level = 0
    if needed_by is not None and (needed_by - today).days <= rules.critical_days:
        level = 2
    bumps = {c.lower() for c in rules.bump_criticalities}
    if criticality and criticality.lower() in bumps:
        level += 1
    if tier and tier in set(rules.bump_tiers):
        level += 1
    return LEVELS[min(level, 2)]


@dataclass(frozen=True)
class OwnerChoice:
    owner: str
    rule: str


def owner_for(
    routing: RoutingSettings,
    *,
    kind: str,
    priority: str,
    value: Decimal,
    buyer_email: str | None,
    fallback: str,
) -> OwnerChoice:
    """Who gets the exception: ops manager for high priority, then the type's owner rule
    (agent.domain.exception_types: planners for dates, finance for big price variances),
    otherwise the default (the PO's buyer)."""

    def resolve(name: str) -> str | None:
        if name == "buyer":
            return buyer_email
        if name in ROLE_NAMES:
            return getattr(routing, name) or None
        return name

    if priority == "high" and routing.operations_manager:
        return OwnerChoice(routing.operations_manager, "high_priority")
    rule = _entry(kind, "owner_rule")
    if rule == "planners" and routing.planners:
        return OwnerChoice(routing.planners, "date_change")
    if rule == "finance" and routing.finance and value >= routing.finance_price_threshold:
        return OwnerChoice(routing.finance, "price_variance_threshold")
    default = resolve(routing.default_owner) or buyer_email or fallback
    return OwnerChoice(default, "default")
