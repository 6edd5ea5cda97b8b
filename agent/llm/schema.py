"""The strict JSON schema the model must answer in.

Strict structured output: every property is required, "not stated" is
``null``, no extra properties. Every value travels with the exact words of the
email it was read from (``*_quote``), because the grounding check, not the
model, decides what is accepted. Numbers are strings so no float ever touches
a price.

Bump ``SCHEMA_VERSION`` whenever the schema or the prompt changes meaning: it
is part of the cache key, so old cached answers are not reused.
"""

from __future__ import annotations

from typing import Any

SCHEMA_VERSION = "po-answer-1"
SCHEMA_NAME = "supplier_po_answer"


def _nullable(kind: str, description: str) -> dict[str, Any]:
    return {"type": [kind, "null"], "description": description}


def _quote(what: str) -> dict[str, Any]:
    return _nullable(
        "string",
        f"The exact words copied from the supplier's text that state {what}; null when not stated.",
    )


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": list(properties),
        "properties": properties,
    }


_SPLIT = _object(
    {
        "quantity": {"type": "string", "description": "Quantity of this delivery, digits only."},
        "quantity_quote": {"type": "string", "description": "Exact words stating it."},
        "date": {"type": "string", "description": "Date of this delivery, YYYY-MM-DD."},
        "date_quote": {"type": "string", "description": "Exact words stating it."},
    }
)

_LINE = _object(
    {
        "line": {"type": "integer", "description": "PO line number as listed in the instructions."},
        "line_quote": _quote(
            "which PO line this is (line number, item code or description); null when the PO "
            "has a single line or a statement answers all lines at once"
        ),
        "status": {
            "type": "string",
            "enum": ["accepted", "changed", "rejected", "unconfirmed"],
            "description": "accepted = exactly as ordered; changed = committed with a different "
            "quantity, price or date; rejected = will not supply; unconfirmed = not answered or "
            "not committed.",
        },
        "status_quote": _quote("the acceptance, change or rejection of this line"),
        "quantity": _nullable("string", "Total committed quantity, digits only."),
        "quantity_quote": _quote("the quantity"),
        "unit_price": _nullable("string", "Committed unit price per PO unit, e.g. '4.25'."),
        "unit_price_quote": _quote("the price (or the percentage change)"),
        "currency": _nullable("string", "ISO 4217 code of the stated price."),
        "currency_quote": _quote("the currency"),
        "date": _nullable("string", "Committed delivery (or ship) date, YYYY-MM-DD."),
        "date_quote": _quote("the date"),
        "date_kind": {
            "type": ["string", "null"],
            "enum": ["delivery", "ship", None],
            "description": "delivery = arrival at the buyer; ship = leaves the supplier.",
        },
        "schedule": {
            "type": "array",
            "items": _SPLIT,
            "description": "Several deliveries of this line; empty when one delivery.",
        },
        "reason": _nullable("string", "Why the line is rejected or changed, in a few words."),
        "reason_quote": _quote("the reason"),
    }
)

_PO = _object(
    {
        "po_number": {"type": "string", "description": "One of the open PO numbers listed."},
        "po_number_quote": _quote("the PO number, when the supplier wrote it"),
        "all_lines_quote": _quote(
            "a statement that answers every line of this PO at once (e.g. 'confirmed as per PO')"
        ),
        "lines": {"type": "array", "items": _LINE},
    }
)

ANSWER_SCHEMA: dict[str, Any] = _object(
    {
        "kind": {
            "type": "string",
            "enum": ["confirmation", "needs_review", "unrelated"],
            "description": "confirmation = the supplier commits to (or declines) order lines; "
            "needs_review = a question, a promise to answer later, or anything unclear; "
            "unrelated = not about these orders.",
        },
        "reason": _nullable("string", "For needs_review: what a person must look at."),
        "purchase_orders": {"type": "array", "items": _PO},
    }
)


def response_format() -> dict[str, Any]:
    return {
        "type": "json_schema",
        "json_schema": {"name": SCHEMA_NAME, "strict": True, "schema": ANSWER_SCHEMA},
    }
