"""File write-back: confirmed PO lines as CSV or JSON for an ERP import job.

Pure formatting: the caller (agent/writeback.py) reads the rows from the
database; this module only decides columns and encoding. Quantities and
prices are written as exact decimal strings, dates as ISO ``YYYY-MM-DD``,
times as ISO 8601 UTC, so an importer never has to guess a locale.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TextIO

from agent import csvsafe

# One row per confirmed PO line, from the latest confirmation version of each PO.
COLUMNS: tuple[str, ...] = (
    "po_number",
    "po_revision",
    "line",
    "item",
    "supplier_id",
    "status",
    "confirmed_quantity",
    "uom",
    "unit_price",
    "currency",
    "confirmed_date",
    "date_kind",
    "supplier_reference",
    "confirmation_version",
    "confirmed_at",
)

FORMATS = ("csv", "json")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def write_csv(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write a header and one line per row; returns the number of rows."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(csvsafe.row(_text(row.get(col)) for col in COLUMNS))
        count += 1
    return count


def write_json(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write a JSON array of objects with exactly the COLUMNS keys."""
    items = [{col: _json_value(row.get(col)) for col in COLUMNS} for row in rows]
    json.dump(items, out, indent=2, ensure_ascii=False)
    out.write("\n")
    return len(items)


def write(rows: Iterable[Mapping[str, Any]], out: TextIO, fmt: str) -> int:
    if fmt == "csv":
        return write_csv(rows, out)
    if fmt == "json":
        return write_json(rows, out)
    raise ValueError(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")


def render(rows: Iterable[Mapping[str, Any]], fmt: str) -> str:
    buf = io.StringIO(newline="")
    write(rows, buf, fmt)
    return buf.getvalue()
