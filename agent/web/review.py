"""Settling a ``needs_review`` reply by hand, and keeping it as a labelled example.

The buyer's reading goes through the same path as a machine reading
(``workflow.apply_confirmation`` with method ``manual``), the review exception
is closed with ``workflow.resolve`` (so the audit records are the CLI's), and
the reply plus the buyer's labels are stored in the corpus format of
``shared/corpus/FORMAT.md`` so ``poagent examples export`` can write test cases.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select

from agent import audit
from agent.ingest import load_raw
from agent.models import (
    Buyer,
    ExceptionType,
    InboundMessage,
    LabelledExample,
    OutboundKind,
    OutboundMessage,
    POException,
    POLine,
    PurchaseOrder,
    Supplier,
)

KINDS = ("confirmation", "needs_review", "auto_reply", "unrelated")
LINE_STATUSES = ("accepted", "changed", "rejected", "unconfirmed")


class ReviewError(Exception):
    """The correction can't be taken as given (names the field)."""


@dataclass
class LineForm:
    line: int
    item: str
    ordered_quantity: str
    ordered_price: str
    ordered_date: str
    status: str = "unconfirmed"
    quantity: str = ""
    unit_price: str = ""
    date: str = ""


@dataclass
class ReviewForm:
    kind: str
    po_number: str
    lines: list[LineForm] = field(default_factory=list)
    supplier_reference: str = ""


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return (
            format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
        )
    return str(value)


def format_price(value: Any) -> str:
    """A price as people write it: at least two decimals, no trailing zeros beyond."""
    if value is None or value == "":
        return ""
    d = Decimal(str(value))
    return f"{d:.2f}" if d == d.quantize(Decimal("0.01")) else format(d.normalize(), "f")


def prefill(session: Any, exc: POException, inbound: InboundMessage | None) -> ReviewForm:
    """What the rules (or the model) read, for this PO, as form values."""
    po = session.get(PurchaseOrder, exc.po_id) if exc.po_id is not None else None
    if po is None:
        raise ReviewError("this review is not tied to a PO; reassign it or note it instead")
    result = (inbound.result_json if inbound is not None else None) or {}
    read_lines: dict[int, dict[str, Any]] = {}
    supplier_reference = ""
    for conf in result.get("confirmations") or []:
        if conf.get("po_number") == po.po_number:
            supplier_reference = conf.get("supplier_reference") or ""
            for ln in conf.get("lines") or []:
                read_lines[int(ln.get("line", 0))] = ln
    lines = []
    for row in session.execute(
        select(POLine).where(POLine.po_id == po.id).order_by(POLine.line_number)
    ).scalars():
        got = read_lines.get(row.line_number, {})
        lines.append(
            LineForm(
                line=row.line_number,
                item=row.item,
                ordered_quantity=_plain(row.quantity),
                ordered_price=format_price(row.unit_price),
                ordered_date=row.requested_date.isoformat(),
                status=got.get("status") or "unconfirmed",
                quantity=_plain(got.get("quantity")) or _plain(row.quantity),
                unit_price=format_price(got.get("unit_price")) or format_price(row.unit_price),
                date=got.get("date") or row.requested_date.isoformat(),
            )
        )
    kind = result.get("kind") if result.get("kind") in KINDS else "confirmation"
    return ReviewForm(kind=kind or "confirmation", po_number=po.po_number, lines=lines,
                      supplier_reference=supplier_reference)  # fmt: skip


def parse_form(base: ReviewForm, form: Any) -> ReviewForm:
    """The posted form over ``base`` (its lines), each value checked; ReviewError names the field."""
    kind = str(form.get("kind") or "")
    if kind not in KINDS:
        raise ReviewError(f"kind: must be one of {', '.join(KINDS)}")
    lines = []
    for ln in base.lines:
        prefix = f"line{ln.line}_"
        status = str(form.get(prefix + "status") or "unconfirmed")
        if status not in LINE_STATUSES:
            raise ReviewError(f"line {ln.line} status: must be one of {', '.join(LINE_STATUSES)}")
        qty = str(form.get(prefix + "quantity") or "").strip()
        price = str(form.get(prefix + "unit_price") or "").strip()
        when = str(form.get(prefix + "date") or "").strip()
        if status in ("accepted", "changed"):
            try:
                if Decimal(qty) <= 0:
                    raise InvalidOperation
            except (InvalidOperation, ValueError):
                raise ReviewError(
                    f"line {ln.line} quantity: not a positive number: {qty!r}"
                ) from None
            try:
                if Decimal(price) < 0:
                    raise InvalidOperation
            except (InvalidOperation, ValueError):
                raise ReviewError(f"line {ln.line} unit price: not a price: {price!r}") from None
            try:
                date.fromisoformat(when)
            except ValueError:
                raise ReviewError(f"line {ln.line} date: not a date YYYY-MM-DD: {when!r}") from None
        lines.append(LineForm(**{**ln.__dict__, "status": status, "quantity": qty,
                                 "unit_price": price, "date": when}))  # fmt: skip
    if kind == "confirmation" and all(ln.status == "unconfirmed" for ln in lines):
        raise ReviewError("a confirmation answers at least one line (or choose needs_review)")
    if kind != "confirmation" and any(ln.status != "unconfirmed" for ln in lines):
        raise ReviewError(f"lines are answered, so the reply is a confirmation, not {kind}")
    ref = str(form.get("supplier_reference") or "").strip()[:128]
    return ReviewForm(kind=kind, po_number=base.po_number, lines=lines, supplier_reference=ref)


def _po_status(lines: list[LineForm]) -> str:
    answered = [ln for ln in lines if ln.status != "unconfirmed"]
    if len(answered) < len(lines):
        return "partial"
    if all(ln.status == "rejected" for ln in lines):
        return "rejected"
    if all(ln.status == "accepted" for ln in lines):
        return "accepted"
    return "changed"


def corpus_pos(session: Any, po: PurchaseOrder) -> list[dict[str, Any]]:
    """The PO as FORMAT.md's pos.json describes it."""
    supplier = session.get(Supplier, po.supplier_id)
    buyer = session.get(Buyer, po.buyer_id) if po.buyer_id is not None else None
    request = (
        session.execute(
            select(OutboundMessage.message_id)
            .where(
                OutboundMessage.po_id == po.id,
                OutboundMessage.kind.in_([OutboundKind.request, OutboundKind.revision]),
            )
            .order_by(OutboundMessage.id.desc())
        )
        .scalars()
        .first()
    )
    entry: dict[str, Any] = {
        "po_number": po.po_number,
        "supplier": {
            "id": po.supplier_id,
            "name": supplier.name if supplier else po.supplier_id,
            "email": (supplier.emails or [""])[0] if supplier else "",
            "locale": supplier.locale if supplier else "en-US",
        },
        "buyer": {"name": buyer.name or "", "email": buyer.email} if buyer else None,
        "currency": po.currency,
        "issued": po.issue_date.isoformat() if po.issue_date else None,
        "lines": [
            {
                "line": ln.line_number,
                "item": ln.item,
                "description": ln.description,
                "quantity": _number(ln.quantity),
                "uom": ln.uom,
                "unit_price": format(ln.unit_price, "f"),
                "requested_date": ln.requested_date.isoformat(),
            }
            for ln in session.execute(
                select(POLine).where(POLine.po_id == po.id).order_by(POLine.line_number)
            ).scalars()
        ],
    }
    if request:
        entry["request_message_id"] = request
    return [{k: v for k, v in entry.items() if v is not None}]


def _number(value: Decimal) -> int | str:
    return int(value) if value == value.to_integral_value() else format(value.normalize(), "f")


def expected_json(form: ReviewForm, by: str) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": form.kind}
    if form.kind == "confirmation":
        lines: dict[str, Any] = {}
        for ln in form.lines:
            entry: dict[str, Any] = {"status": ln.status}
            if ln.status in ("accepted", "changed"):
                entry.update(quantity=_number(Decimal(ln.quantity)),
                             unit_price=format(Decimal(ln.unit_price), "f"), date=ln.date)  # fmt: skip
            lines[str(ln.line)] = entry
        out["confirmations"] = [{"po_number": form.po_number, "lines": lines}]
    out["notes"] = f"labelled in the web console by {by}"
    return out


def confirm_review(
    session: Any,
    settings: Any,
    exc: POException,
    form: ReviewForm,
    *,
    actor: str,
    now: datetime,
) -> LabelledExample:
    """Apply the buyer's reading, close the review, store the labelled example (caller commits)."""
    from agent.reading.types import ExtractionResult, LineConfirmation, POConfirmation
    from agent.workflow import apply_confirmation, open_pos, resolve

    if exc.type != ExceptionType.needs_review:
        raise ReviewError(f"exception #{exc.id} is a {exc.type.value}, not a review")
    if exc.inbound_message_id is None:
        raise ReviewError(f"exception #{exc.id} has no stored reply to label")
    inbound = session.get(InboundMessage, exc.inbound_message_id)
    po = session.get(PurchaseOrder, exc.po_id) if exc.po_id is not None else None
    if inbound is None or po is None:
        raise ReviewError(f"exception #{exc.id} has no reply or PO to label")
    pos_snapshot = corpus_pos(session, po)  # the PO as the supplier answered it
    if form.kind == "confirmation":
        lines = [
            LineConfirmation(
                line=ln.line,
                status=ln.status,  # type: ignore[arg-type]
                quantity=Decimal(ln.quantity) if ln.status in ("accepted", "changed") else None,
                unit_price=Decimal(ln.unit_price) if ln.status in ("accepted", "changed") else None,
                date=date.fromisoformat(ln.date) if ln.status in ("accepted", "changed") else None,
                evidence=f"read by {actor}",
            )
            for ln in form.lines
        ]
        pc = POConfirmation(po_number=po.po_number, status=_po_status(form.lines),  # type: ignore[arg-type]
                            lines=lines, supplier_reference=form.supplier_reference or None)  # fmt: skip
        result = ExtractionResult(kind="confirmation", confirmations=[pc], confidence=1.0,
                                  matched_po_numbers=[po.po_number])  # fmt: skip
        result.method = "manual"  # type: ignore[assignment]
        open_po = next(iter(open_pos(session, po_ids=[po.id])))
        apply_confirmation(session, settings, po, open_po, pc, result, inbound, now, actor=actor)
    resolve(session, settings, exc.id, "accept", root_cause=f"reviewed: {form.kind}",
            note=f"read by {actor} in the web console", actor=actor, now=now)  # fmt: skip
    example = LabelledExample(
        inbound_message_id=inbound.id,
        supplier_id=po.supplier_id,
        pos=pos_snapshot,
        expected=expected_json(form, actor),
        created_by=actor,
        created_at=now,
    )
    session.add(example)
    session.flush()
    audit.record(session, "labelled_example", example.id, "created", None, form.kind, actor,
                 {"inbound_message_id": inbound.id, "exception_id": exc.id}, at=now)  # fmt: skip
    return example


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "case"


def export_examples(session: Any, directory: Path) -> list[Path]:
    """Write each labelled example as a corpus case folder; returns the folders written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for ex in session.execute(select(LabelledExample).order_by(LabelledExample.id)).scalars():
        inbound = session.get(InboundMessage, ex.inbound_message_id)
        if inbound is None:
            continue
        case = directory / f"{ex.id:04d}-web-{_slug(ex.supplier_id or 'unknown')}"
        case.mkdir(exist_ok=True)
        (case / "message.eml").write_bytes(load_raw(inbound))
        (case / "pos.json").write_text(json.dumps(ex.pos, indent=2) + "\n", encoding="utf-8")
        (case / "expected.json").write_text(
            json.dumps(ex.expected, indent=2) + "\n", encoding="utf-8"
        )
        written.append(case)
    return written
