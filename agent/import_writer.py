"""Writing parsed POs in batches: the fast path behind :func:`agent.importer.apply_import`.

New POs (the bulk of a large first import) are written with SQLAlchemy Core
``executemany`` — POs, lines, request mails and their audit entries — instead
of one ORM object and one flush per row. Everything else (suppliers, buyers,
revisions, in-place updates) keeps the ORM code in :mod:`agent.importer`.

The rows written are the ones the one-by-one path writes, in the same id
order: a run of consecutive new POs is written as one block, and the block is
closed before anything that writes through the ORM (an existing PO, a supplier
or buyer seen for the first time), so ids and audit entries keep file order.
The whole import is still one transaction; only the ORM identity map is
emptied between batches, so memory stays flat.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, inspect, select
from sqlmodel import Session, col

from agent import audit
from agent.config import Settings
from agent.dbtypes import Money
from agent.models import (
    AckState,
    AuditLog,
    Buyer,
    OutboundKind,
    OutboundMessage,
    OutboundState,
    POLine,
    PurchaseOrder,
    Supplier,
)

# Columns of a new line and of an audit entry that vary from row to row (the rest are
# the same for the whole import: defaults and the import's time).
_LINE_VARYING = ("po_id", "line_number", "item", "description", "quantity", "uom", "unit_price",
                 "requested_date", "criticality", "category")  # fmt: skip
_PO_VARYING = ("po_number", "supplier_id", "buyer_id", "site", "currency", "issue_date",
               "content_hash")  # fmt: skip
_MESSAGE_VARYING = ("po_id", "buyer_id", "message_id", "recipients", "subject", "body_text",
                    "body_html", "body_pending", "next_attempt_at", "due_key")  # fmt: skip
_AUDIT_VARYING = ("actor", "entity", "entity_id", "action", "from_state", "to_state", "details")

BATCH_SIZE = 2000  # POs per batch: a few MB of rows, big enough to amortise each round trip


@dataclass
class _NewPO:
    po_in: Any  # importer.POIn
    supplier: Supplier
    buyer: Buyer | None
    content_hash: str


def _column_defaults(model: Any, **required: Any) -> dict[str, Any]:
    """Every column's value on a fresh model object, so Core inserts write what the ORM would."""
    obj = model(**required)
    mapper = inspect(model)
    out = {}
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        if column.primary_key:
            continue
        out[column.key] = getattr(obj, prop.key)
    for key in required:
        out.pop(key, None)
    return out


class _BulkInsert:
    """One INSERT run through the DB-API's ``executemany``, for rows of one table.

    SQLAlchemy's ``session.execute(insert(table), rows)`` builds and converts a
    dict per row; for a million lines that is most of an import's time. Here the
    statement is compiled once for the dialect, the constant columns are converted
    once, and each row's varying values go through the same bind processors
    (the column types' own, so what is stored is what the ORM would store).
    """

    def __init__(self, session: Session, table: Any, varying: Sequence[str],
                 constants: dict[str, Any]) -> None:  # fmt: skip
        dialect = session.get_bind().dialect
        self._session = session
        self._table = table
        self._sqlite = dialect.name == "sqlite"
        self._varying = list(varying)
        self._constants = dict(constants)
        keys = [*varying, *constants]
        compiled = insert(table).compile(dialect=dialect, column_keys=keys)
        self._sql = str(compiled)
        names = list(compiled.positiontup or []) if compiled.positional else keys
        if sorted(names) != sorted(keys):  # a bind name that is not its column's key
            raise RuntimeError(f"unexpected bind names for {table.name}: {names}")
        self._names = names
        self._positional = compiled.positional
        index = {key: i for i, key in enumerate(varying)}
        template: list[Any] = []
        self._copy: list[tuple[int, int]] = []  # (slot, index in the row)
        self._convert: list[tuple[int, int, Callable[[Any], Any]]] = []
        for slot, name in enumerate(names):
            process = table.c[name].type._cached_bind_processor(dialect)
            if name in constants:
                value = constants[name]
                template.append(process(value) if process is not None else value)
                continue
            template.append(None)
            if process is None:
                self._copy.append((slot, index[name]))
            else:
                self._convert.append((slot, index[name], process))
        self._template = template

    def run(self, rows: Iterable[Sequence[Any]]) -> None:
        template, copy, convert = self._template, self._copy, self._convert
        params: list[Any] = []
        for row in rows:
            out = template.copy()
            for slot, i in copy:
                out[slot] = row[i]
            for slot, i, process in convert:
                out[slot] = process(row[i])
            params.append(
                tuple(out) if self._positional else dict(zip(self._names, out, strict=True))
            )
        if params:
            self._session.connection().exec_driver_sql(self._sql, params)

    def insert_ids(self, rows: list[Sequence[Any]], key: str) -> list[int]:
        """Insert ``rows`` and return their ids in order. SQLite: executemany, then the ids
        looked up by the unique column ``key``. Elsewhere SQLAlchemy's INSERT .. RETURNING
        (PostgreSQL would run the look-up as a prepared statement whose plan was made while
        the table was still small, and scan the whole table for every batch)."""
        if self._sqlite:
            self.run(rows)
            index = self._varying.index(key)
            return self.ids(key, [row[index] for row in rows])
        table = self._table
        params = [{**self._constants, **dict(zip(self._varying, row, strict=True))} for row in rows]
        result = self._session.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), params
        )
        return [row[0] for row in result]

    def ids(self, key: str, values: list[Any]) -> list[int]:
        """The ids of the rows just inserted, in the order of ``values`` (of a unique column)."""
        table = self._table
        found: dict[Any, int] = {}
        for start in range(0, len(values), 500):
            chunk = values[start : start + 500]
            found.update(
                (k, i)
                for i, k in self._session.execute(
                    select(table.c.id, table.c[key]).where(table.c[key].in_(chunk))
                )
            )
        return [found[v] for v in values]


class _Progress:
    def __init__(self, total: int, enabled: bool | None, desc: str) -> None:
        if enabled is None:
            enabled = sys.stderr.isatty() and total >= 200
        self._bar = None
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=desc, unit="PO", file=sys.stderr, leave=False)

    def update(self, n: int) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class BatchWriter:
    """Applies POs batch by batch inside one session/transaction."""

    def __init__(
        self,
        session: Session,
        settings: Settings,
        now: datetime,
        *,
        queue_requests: bool,
        defer_render: bool = False,
        actor: str,
        upsert_supplier: Callable[..., Supplier],
        upsert_buyer: Callable[..., Buyer],
        apply_existing: Callable[..., None],
        request_not_before: Callable[[Settings, date | None, datetime], datetime | None],
    ) -> None:
        self.session = session
        self.settings = settings
        self.now = now
        self.queue_requests = queue_requests
        self.defer_render = defer_render
        self.actor = actor
        self.suppliers: dict[str, Supplier] = {}
        self.buyers: dict[str, Buyer] = {}
        self._upsert_supplier = upsert_supplier
        self._upsert_buyer = upsert_buyer
        self._apply_existing = apply_existing
        self._not_before = request_not_before
        self._dialect = session.get_bind().dialect
        self._money = Money()
        self._recipients: dict[tuple[str, ...], list[str]] = {}
        self._po_defaults = _column_defaults(
            PurchaseOrder, po_number="", supplier_id="", currency="", content_hash="",
            created_at=now, updated_at=now,
        )  # fmt: skip
        self._line_defaults = _column_defaults(
            POLine, po_id=0, line_number=1, item="", quantity=Decimal(1), uom="",
            unit_price=Decimal(0), requested_date=date(2000, 1, 1), updated_at=now,
        )  # fmt: skip
        self._msg_defaults = _column_defaults(
            OutboundMessage, message_id="", subject="", body_text="", created_at=now,
            updated_at=now,
        )  # fmt: skip
        self._pos = _BulkInsert(session, PurchaseOrder.__table__, _PO_VARYING, {  # type: ignore[attr-defined]
            **{k: v for k, v in self._po_defaults.items() if k not in _PO_VARYING},
            "revision": 0, "ack_state": AckState.new, "created_at": now, "updated_at": now,
        })  # fmt: skip
        self._messages = _BulkInsert(session, OutboundMessage.__table__, _MESSAGE_VARYING, {  # type: ignore[attr-defined]
            **{k: v for k, v in self._msg_defaults.items() if k not in _MESSAGE_VARYING},
            "kind": OutboundKind.request, "po_revision": 0, "in_reply_to": None,
            "references": [], "state": OutboundState.queued, "created_at": now,
            "updated_at": now,
        })  # fmt: skip
        self._lines = _BulkInsert(session, POLine.__table__, _LINE_VARYING, {  # type: ignore[attr-defined]
            **{k: v for k, v in self._line_defaults.items() if k not in _LINE_VARYING},
            "updated_at": now,
        })  # fmt: skip
        self._audit = _BulkInsert(session, AuditLog.__table__, _AUDIT_VARYING, {"at": now})  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ batches

    def apply(self, batch: list[Any], summary: Any) -> None:
        from agent.importer import POIn  # noqa: F401  (type only)

        session = self.session
        existing = _load_existing(session, [p.po_number for p in batch])
        pending: list[_NewPO] = []
        for po_in in batch:
            if not self._cached(po_in):
                # The upsert may write (and audit) through the ORM: keep file order.
                self._write_new(pending, summary)
            supplier = self._upsert_supplier(session, self.suppliers, po_in, self.now)
            buyer = (
                self._upsert_buyer(session, self.buyers, po_in, self.now)
                if po_in.buyer_email
                else None
            )
            current = existing.get(po_in.po_number)
            new_hash = po_in.content_hash()
            if current is None:
                pending.append(_NewPO(po_in, supplier, buyer, new_hash))
                continue
            self._write_new(pending, summary)
            self._apply_existing(session, po_in, current, supplier, buyer, new_hash, summary)
        self._write_new(pending, summary)
        session.flush()
        # Nothing of this batch is needed again; suppliers and buyers stay cached and attached.
        for obj in list(session.identity_map.values()):
            if not isinstance(obj, Supplier | Buyer):
                session.expunge(obj)

    def _cached(self, po_in: Any) -> bool:
        supplier = self.suppliers.get(po_in.supplier_id)
        if supplier is None:
            return False
        if po_in.buyer_email:
            buyer = self.buyers.get(po_in.buyer_email)
            if buyer is None or (po_in.buyer_name and buyer.name != po_in.buyer_name):
                return False
        return True

    # ------------------------------------------------------------------ new POs

    def _write_new(self, pending: list[_NewPO], summary: Any) -> None:
        if not pending:
            return
        session = self.session
        session.flush()  # ORM work queued before this block gets the lower ids
        now = self.now
        ids = self._pos.insert_ids([
            (item.po_in.po_number, item.supplier.id, item.buyer.id if item.buyer else None,
             item.po_in.site, item.po_in.currency, item.po_in.issue_date, item.content_hash)
            for item in pending
        ], "po_number")  # fmt: skip
        self._lines.run(
            (po_id, ln.line, ln.item, ln.description, ln.quantity, ln.uom, ln.unit_price,
             ln.requested_date, ln.criticality, ln.category)
            for item, po_id in zip(pending, ids, strict=True)
            for ln in item.po_in.lines
        )  # fmt: skip
        requests: dict[int, tuple[int, dict[str, Any]]] = {}
        if self.queue_requests:
            requests = self._queue_requests(pending, ids)
        audit_rows = []
        for item, po_id in zip(pending, ids, strict=True):
            audit_rows.append(audit.values(
                "purchase_order", po_id, "created", None, AckState.new, self.actor,
                {"po_number": item.po_in.po_number, "lines": len(item.po_in.lines)}, at=now,
            ))  # fmt: skip
            queued = requests.get(po_id)
            if queued is not None:
                msg_id, details = queued
                audit_rows.append(audit.values(
                    "outbound_message", msg_id, "queued", None, OutboundState.queued, "system",
                    details, at=now,
                ))  # fmt: skip
        self._audit.run([row[key] for key in _AUDIT_VARYING] for row in audit_rows)
        summary.created += len(pending)
        if self.queue_requests:
            summary.requests_queued += len(pending)
        pending.clear()

    def _queue_requests(
        self, pending: list[_NewPO], ids: list[int]
    ) -> dict[int, tuple[int, dict[str, Any]]]:
        """What ``ack_requests.queue_request`` writes for a PO's first revision, in bulk."""
        from agent.outbox import make_message_id
        from agent.templates import render

        settings, now = self.settings, self.now
        # ack_requests.request_due_key of revision 0
        keys = [f"request:{item.po_in.po_number}:r0" for item in pending]
        taken = _existing_due_keys(self.session, keys)
        rows = []
        owners = []
        for item, po_id, key in zip(pending, ids, keys, strict=True):
            if key in taken:  # queued once per revision: enqueue would return the old row
                continue
            p = item.po_in
            if self.defer_render:
                # Written by the sender on first claim (ack_requests.render_pending).
                subject, text, html, pending = "", "", None, True
            else:
                context = self._context(item)
                context["revised"] = False
                rendered = render(settings, "request", context)
                subject, text, html, pending = rendered.subject, rendered.text, rendered.html, None
            row = dict(
                po_id=po_id, buyer_id=item.buyer.id if item.buyer else None,
                message_id=make_message_id(settings.company.from_domain,
                                           f"po-{p.po_number}.r0.r"),
                recipients=self._normalized(item.supplier),
                subject=_one_line(subject), body_text=text, body_html=html,
                body_pending=pending, next_attempt_at=self._not_before(settings, p.issue_date, now),
                due_key=key,
            )  # fmt: skip
            rows.append(row)
            owners.append(po_id)
        if not rows:
            return {}
        msg_ids = self._messages.insert_ids(
            [[row[key] for key in _MESSAGE_VARYING] for row in rows], "message_id"
        )
        out = {}
        for po_id, msg_id, row in zip(owners, msg_ids, rows, strict=True):
            out[po_id] = (msg_id, {
                "kind": OutboundKind.request, "po_id": po_id, "message_id": row["message_id"],
                "due_key": row["due_key"], "recipients": row["recipients"],
            })  # fmt: skip
        return out

    def _normalized(self, supplier: Supplier) -> list[str]:
        from agent.outbox import InvalidRecipient, normalize_address

        key = tuple(supplier.emails)
        found = self._recipients.get(key)
        if found is None:
            found = []
            for addr in key:
                clean = normalize_address(addr)
                if clean not in found:
                    found.append(clean)
            if not found:
                raise InvalidRecipient("a mail needs at least one recipient")
            self._recipients[key] = found
        return list(found)

    def _stored(self, value: Decimal) -> Decimal:
        # What reading the line back from the database gives (the template sees that).
        return self._money.process_result_value(value, self._dialect)  # type: ignore[return-value]

    def _context(self, item: _NewPO) -> dict[str, Any]:
        """``ack_requests.po_context`` for a PO just created, from memory instead of queries."""
        p, supplier, buyer = item.po_in, item.supplier, item.buyer
        locale = supplier.locale or self.settings.company.default_locale
        return {
            "po": {
                "number": p.po_number, "revision": 0, "currency": p.currency,
                "issue_date": p.issue_date, "site": p.site,
            },
            "supplier": {"id": supplier.id, "name": supplier.name, "contact_name": None},
            "buyer": {"name": buyer.name, "email": buyer.email} if buyer else None,
            "locale": locale,
            "lines": [
                {
                    "number": ln.line, "item": ln.item, "description": ln.description,
                    "quantity": self._stored(ln.quantity), "uom": ln.uom,
                    "unit_price": self._stored(ln.unit_price),
                    "requested_date": ln.requested_date, "changed": False,
                }
                for ln in sorted(p.lines, key=lambda x: x.line)
            ],
            "any_changed": False,
            "removed_lines": [],
            "requested_at": None,
        }  # fmt: skip


def _one_line(value: str) -> str:
    from agent.outbox import _one_line as one_line

    return one_line(value)


def _existing_due_keys(session: Session, keys: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        found.update(
            session.execute(
                select(OutboundMessage.due_key).where(col(OutboundMessage.due_key).in_(chunk))
            ).scalars()
        )
    return found


def _load_existing(session: Session, numbers: list[str]) -> dict[str, PurchaseOrder]:
    from agent.importer import _load_existing as load

    return load(session, numbers)
