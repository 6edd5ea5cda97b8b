"""PO import from CSV (one row per PO line) or JSON (the corpus ``pos.json`` format).

The whole file is parsed and checked first (:func:`parse_file`): every problem
is reported with its row (CSV; the header is row 1) or PO/line (JSON) and the
column. :func:`apply_import` then writes everything in one transaction — or
nothing, if there were problems and ``skip_invalid`` is off. With
``skip_invalid`` a PO is imported only when all of its rows are valid (a PO
with a missing line would be a wrong PO).

Re-importing identical content changes nothing. When the lines as the
supplier sees them change (item, description, quantity, unit, price, date,
currency, lines added or removed), the PO becomes a new revision: its
acknowledgment state returns to ``new``, earlier confirmations are superseded,
unsent mail about it is cancelled and a "PO revised" request is queued.
Changes only we care about (buyer, site, criticality, category) are updated
in place without bothering the supplier.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from agent import audit, domain
from agent.config import Settings
from agent.domain import exception_types
from agent.models import (
    AckState,
    Buyer,
    Confirmation,
    ExceptionState,
    LineStatus,
    OutboundKind,
    POException,
    POLine,
    PurchaseOrder,
    Supplier,
)

ACTOR = "import"

# CSV columns: canonical name -> accepted header spellings (compared case-insensitively,
# with spaces and hyphens read as underscores).
COLUMNS: dict[str, tuple[str, ...]] = {
    "po_number": ("po_number", "po", "po_no", "purchase_order", "order_number"),
    "line": ("line", "line_number", "line_no", "po_line", "item_no"),
    "item": ("item", "item_number", "material", "part_number", "sku"),
    "description": ("description", "item_description", "text"),
    "quantity": ("quantity", "qty", "order_quantity"),
    "uom": ("uom", "unit", "unit_of_measure"),
    "unit_price": ("unit_price", "price", "net_price"),
    "requested_date": ("requested_date", "need_by_date", "delivery_date", "due_date"),
    "currency": ("currency", "curr"),
    "supplier_id": ("supplier_id", "supplier", "vendor_id", "vendor", "supplier_code"),
    "supplier_name": ("supplier_name", "vendor_name"),
    "supplier_email": ("supplier_email", "supplier_emails", "vendor_email"),
    "supplier_locale": ("supplier_locale", "locale"),
    "supplier_tier": ("supplier_tier", "tier"),
    "supplier_timezone": ("supplier_timezone",),
    "buyer_email": ("buyer_email",),
    "buyer_name": ("buyer_name", "buyer"),
    "issue_date": ("issue_date", "issued", "po_date", "order_date"),
    "site": ("site", "plant", "ship_to"),
    "criticality": ("criticality",),
    "category": ("category", "item_category"),
}
REQUIRED = (
    "po_number", "line", "item", "quantity", "uom", "unit_price", "requested_date",
    "currency", "supplier_id", "supplier_email",
)  # fmt: skip

_EMAIL = re.compile(r"^[^@\s<>\"(),;]+@[^@\s<>\"(),;]+\.[^@\s<>\"(),;]+$")
_LOCALE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A revision supersedes what a confirmation's differences opened (the registry says which).
_DIFFERENCE_TYPES = list(exception_types.DIFFERENCE_TYPES)


# --------------------------------------------------------------------- data shapes


@dataclass
class Problem:
    where: str  # "row 3, column quantity" / "PO 2 (4500012345), lines[1].unit_price"
    message: str
    po_number: str | None = None  # None: the problem concerns the whole file

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class LineIn:
    line: int
    item: str
    description: str
    quantity: Decimal
    uom: str
    unit_price: Decimal
    requested_date: date
    criticality: str | None = None
    category: str | None = None
    ref: str = ""

    def supplier_view(self) -> list[str]:
        return [
            str(self.line), self.item, self.description, _canon(self.quantity), self.uom,
            _canon(self.unit_price), self.requested_date.isoformat(),
        ]  # fmt: skip


@dataclass
class POIn:
    po_number: str
    supplier_id: str
    supplier_name: str
    supplier_emails: list[str]
    currency: str
    lines: list[LineIn]
    supplier_locale: str | None = None
    supplier_tier: str | None = None
    supplier_timezone: str | None = None
    supplier_domains: list[str] = field(default_factory=list)
    buyer_email: str | None = None
    buyer_name: str | None = None
    issue_date: date | None = None
    site: str | None = None
    ref: str = ""

    def content_hash(self) -> str:
        """Hash of what the supplier sees: equal hash = same order, no revision."""
        view = {
            "supplier": self.supplier_id,
            "currency": self.currency,
            "lines": [ln.supplier_view() for ln in sorted(self.lines, key=lambda x: x.line)],
        }
        return hashlib.sha256(json.dumps(view, sort_keys=True).encode()).hexdigest()


@dataclass
class ParseResult:
    pos: list[POIn]
    problems: list[Problem]
    rows: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def file_problems(self) -> list[Problem]:
        return [p for p in self.problems if p.po_number is None]

    @property
    def rejected_po_numbers(self) -> set[str]:
        return {p.po_number for p in self.problems if p.po_number is not None}

    # The interface apply_import and the CLI use, shared with a streamed file (import_stream).
    def po_numbers(self) -> set[str]:
        return {p.po_number for p in self.pos}

    def valid_po_count(self) -> int:
        return len(self.po_numbers() - self.rejected_po_numbers)

    def valid_pos(self) -> Iterator[POIn]:
        rejected = self.rejected_po_numbers
        return (p for p in self.pos if p.po_number not in rejected)


@dataclass
class ImportSummary:
    created: int = 0
    revised: int = 0
    unchanged: int = 0
    updated: int = 0
    rejected: int = 0
    requests_queued: int = 0
    problems: list[Problem] = field(default_factory=list)
    imported: bool = False

    def __str__(self) -> str:
        return (
            f"created {self.created}, revised {self.revised}, unchanged {self.unchanged}, "
            f"updated {self.updated}, rejected {self.rejected}"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "created": self.created, "revised": self.revised, "unchanged": self.unchanged,
            "updated": self.updated, "rejected": self.rejected,
            "requests_queued": self.requests_queued, "imported": self.imported,
            "problems": [str(p) for p in self.problems],
        }  # fmt: skip


def _canon(value: Decimal) -> str:
    return format(value.normalize(), "f")


# -------------------------------------------------------------------- field checks


class _Bad(ValueError):
    pass


def _text(value: Any, max_len: int, required: bool = True) -> str | None:
    if value is None:
        value = ""
    if not isinstance(value, str | int):
        raise _Bad("must be text")
    text = str(value).strip()
    if not text:
        if required:
            raise _Bad("is empty")
        return None
    if len(text) > max_len:
        raise _Bad(f"is longer than {max_len} characters")
    if "\0" in text:
        raise _Bad("contains a NUL character")
    return text


def _decimal(value: Any, *, positive: bool) -> Decimal:
    if isinstance(value, bool) or value is None:
        raise _Bad("is empty" if value is None else "must be a number")
    if isinstance(value, Decimal | int):
        dec = Decimal(value)
        few_places = False
    elif isinstance(value, float):
        dec = Decimal(repr(value))
        few_places = False
    else:
        text = str(value).strip()
        if not text:
            raise _Bad("is empty")
        if not _DECIMAL.match(text):
            if re.fullmatch(r"[+-]?\d+,\d{1,2}|[+-]?\d+,\d{4,6}", text):
                # "12,50": a decimal comma (de/fr/es...), not a thousands separator.
                raise _Bad(
                    f"{text!r} uses a decimal comma: write {text.replace(',', '.')} "
                    "(a point as the decimal separator)"
                )
            raise _Bad(f"{text!r} is not a number (write it like 1250.50: no thousands separators)")
        try:
            dec = Decimal(text)
        except InvalidOperation:
            raise _Bad(f"{text!r} is not a number") from None
        point = text.find(".")
        # Plain digits (the pattern allows no exponent): at most 6 after the point is
        # within the limit whatever trailing zeros normalising would drop.
        few_places = point < 0 or len(text) - point <= 7
    if not dec.is_finite():
        raise _Bad("must be a finite number")
    if positive and dec <= 0:
        raise _Bad(f"must be greater than 0, got {_canon(dec)}")
    if dec < 0:
        raise _Bad(f"must not be negative, got {_canon(dec)}")
    if not few_places:
        exponent = dec.normalize().as_tuple().exponent
        if isinstance(exponent, int) and exponent < -6:
            raise _Bad("has more than 6 decimal places")
    if dec >= _TOO_LARGE:
        raise _Bad("is too large")
    return dec


_TOO_LARGE = Decimal(10) ** 12


def _int(value: Any) -> int:
    if isinstance(value, bool):
        raise _Bad("must be a whole number")
    if isinstance(value, int):
        number = value
    else:
        text = str(value if value is not None else "").strip()
        if not text:
            raise _Bad("is empty")
        if not text.isdigit():
            raise _Bad(f"{text!r} is not a whole number")
        number = int(text)
    if number <= 0:
        raise _Bad("must be 1 or more")
    return number


def _date(value: Any, required: bool = True) -> date | None:
    text = str(value if value is not None else "").strip()
    if not text:
        if required:
            raise _Bad("is empty")
        return None
    if not _ISO_DATE.match(text):
        raise _Bad(f"{text!r} is not a date as YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _Bad(f"{text!r} is not a valid date") from None


def _currency(value: Any) -> str:
    text = str(value if value is not None else "").strip().upper()
    if not text:
        raise _Bad("is empty")
    if not re.fullmatch(r"[A-Z]{3}", text):
        raise _Bad(f"{text!r} is not a 3-letter currency code like EUR")
    if text not in _iso_currencies():
        raise _Bad(f"{text!r} is not an ISO 4217 currency code (like EUR, USD, GBP)")
    return text


@functools.lru_cache(maxsize=1)
def _iso_currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


# A requested date further back than this is most likely a typo (2016 for 2026): warn.
PAST_DATE_WARNING_DAYS = 180


def _emails(value: Any) -> list[str]:
    items = value if isinstance(value, list) else re.split(r"[;,\s]+", str(value or ""))
    out: list[str] = []
    for item in items:
        text = str(item).strip()
        if not text:
            continue
        if not _EMAIL.match(text):
            raise _Bad(f"{text!r} is not an email address")
        text = text.lower()
        if text not in out:
            out.append(text)
    if not out:
        raise _Bad("is empty")
    return out


def _email(value: Any) -> str | None:
    text = str(value or "").strip()
    if not text:
        return None
    if not _EMAIL.match(text):
        raise _Bad(f"{text!r} is not an email address")
    return text.lower()


def _locale(value: Any) -> str | None:
    text = str(value or "").strip()
    if not text:
        return None
    if not _LOCALE.match(text):
        raise _Bad(f"{text!r} is not a locale like en-US or de-DE")
    return text.replace("_", "-")


def _timezone(value: Any) -> str | None:
    text = str(value or "").strip()
    if not text:
        return None
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(text)
    except Exception:
        raise _Bad(f"{text!r} is not a time zone like Europe/Berlin") from None
    return text


def _script(ch: str) -> str | None:
    """The script of a letter (LATIN, CYRILLIC, GREEK, CJK, ...); None for digits and signs."""
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def _po_number(value: Any) -> str:
    """Printable characters of one script: a PO number is what buyers, suppliers and the ERP
    type and compare. A line break would forge rows in listings; a zero-width or look-alike
    letter ('4500O12' with a Cyrillic O) makes two numbers that read the same."""
    text = _text(value, 64)
    for ch in text:
        category = unicodedata.category(ch)
        if category[0] in "CZ" and ch != " ":
            raise _Bad(f"{text!r} contains the invisible or control character U+{ord(ch):04X}")
    scripts = {sc for sc in map(_script, text) if sc}
    if len(scripts) > 1:
        raise _Bad(f"{text!r} mixes letters of several scripts ({', '.join(sorted(scripts))})")
    return text


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "po_number": _po_number,
    "line": _int,
    "item": lambda v: _text(v, 128),
    "description": lambda v: _text(v, 4000, required=False) or "",
    "quantity": lambda v: _decimal(v, positive=True),
    "uom": lambda v: _text(v, 16),
    "unit_price": lambda v: _decimal(v, positive=False),
    "requested_date": _date,
    "currency": _currency,
    "supplier_id": lambda v: _text(v, 64),
    "supplier_name": lambda v: _text(v, 255, required=False),
    "supplier_email": _emails,
    "supplier_locale": _locale,
    "supplier_tier": lambda v: _text(v, 16, required=False),
    "supplier_timezone": _timezone,
    "buyer_email": _email,
    "buyer_name": lambda v: _text(v, 255, required=False),
    "issue_date": lambda v: _date(v, required=False),
    "site": lambda v: _text(v, 64, required=False),
    "criticality": lambda v: _text(v, 32, required=False),
    "category": lambda v: _text(v, 64, required=False),
}
# Fields that must agree on every row of one PO.
_PO_FIELDS = ("supplier_id", "currency", "buyer_email", "issue_date", "site")
_po_fields = operator.itemgetter(*_PO_FIELDS)
# Columns that repeat on every row of a PO: checked together, once per distinct combination.
_GROUPED = frozenset({
    "po_number", "currency", "supplier_id", "supplier_name", "supplier_email", "supplier_locale",
    "supplier_tier", "supplier_timezone", "buyer_email", "buyer_name", "issue_date", "site",
})  # fmt: skip


# ------------------------------------------------------------------------- parsing


def parse_file(
    path: str | Path, encoding: str = "utf-8", settings: Settings | None = None
) -> ParseResult:
    """Read and check a CSV, JSON, X12, EDIFACT or cXML file; never raises for bad content."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ParseResult([], [Problem(str(path), f"cannot read: {exc.strerror}")])
    if path.suffix.lower() not in (".csv", ".json", ".txt", ".tsv"):
        # Inbound hook: partner documents go through their connector (connectors/inbound.py).
        from connectors.inbound import parse_document

        parsed = parse_document(path.name, data, settings)
        if parsed is not None:
            return parsed
    kind = path.suffix.lower()
    if kind not in (".csv", ".json", ".txt", ".tsv"):
        kind = ".json" if data.lstrip()[:1] in (b"[", b"{") else ".csv"
    if kind == ".json":
        return parse_json_bytes(data)
    return parse_csv_bytes(data, encoding)


def _decode(data: bytes, encoding: str) -> tuple[str | None, Problem | None]:
    if encoding.lower().replace("-", "") in ("utf8", "utf8sig"):
        encoding = "utf-8-sig"  # tolerate the BOM Excel writes
    try:
        return data.decode(encoding), None
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start : exc.start + 1].hex().upper()
        return None, Problem(
            f"line {line}",
            f"not valid {encoding.removesuffix('-sig')} text (byte 0x{bad} at offset {exc.start});"
            " save the file as UTF-8, or name its encoding with --encoding (e.g. cp1252)",
        )
    except LookupError:
        return None, Problem("file", f"unknown encoding {encoding!r}")


def _header_key(name: str) -> str:
    return re.sub(r"[\s\-./]+", "_", name.strip().lower()).strip("_")


def parse_csv_bytes(data: bytes, encoding: str = "utf-8") -> ParseResult:
    text, problem = _decode(data, encoding)
    if problem is not None or text is None:
        return ParseResult([], [problem] if problem else [])
    if not text.strip():
        return ParseResult([], [Problem("file", "is empty: expected a header row and PO lines")])
    first_line = text.lstrip("\ufeff").splitlines()[0]
    try:
        delimiter = csv.Sniffer().sniff(first_line, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        records = list(reader)
    except csv.Error as exc:
        return ParseResult([], [Problem(f"row {reader.line_num}", f"malformed CSV: {exc}")])
    header = records[0]
    columns, problems, notes = _csv_columns(header)
    if problems:
        return ParseResult([], problems, notes=notes)
    rows = list(_csv_rows(records[1:], header, columns, problems))
    if not rows and not problems:
        return ParseResult([], [Problem("file", "has a header but no PO lines")], notes=notes)
    result = _build(rows, problems, _csv_where, text=True)
    result.notes = [*notes, *result.notes]
    return result


def _csv_where(ref: str, column: str) -> str:
    return f"{ref}, column {column}"


def _csv_columns(header: list[str]) -> tuple[dict[str, int], list[Problem], list[str]]:
    """Map the header to canonical columns: (column -> index, problems, notes)."""
    aliases = {alias: canon for canon, names in COLUMNS.items() for alias in names}
    columns: dict[str, int] = {}
    problems: list[Problem] = []
    notes: list[str] = []
    for index, raw_name in enumerate(header):
        key = _header_key(raw_name)
        canon = aliases.get(key)
        if canon is None:
            if key:
                notes.append(f"column {raw_name.strip()!r} is not used")
            continue
        if canon in columns:
            problems.append(
                Problem("row 1", f"columns {header[columns[canon]]!r} and {raw_name!r} both mean {canon}")
            )  # fmt: skip
            continue
        columns[canon] = index
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        problems.append(Problem("row 1", f"missing column(s): {', '.join(missing)}"))
    return columns, problems, notes


def _csv_rows(
    records: Iterable[list[str]], header: list[str], columns: dict[str, int],
    problems: list[Problem],
) -> Iterator[tuple[str, dict[str, Any]]]:  # fmt: skip
    """The data records as (ref, values); blank records skipped, over-long ones reported."""
    names = list(columns)
    # Two or more columns (the required ones always are): itemgetter gives a tuple.
    pick = operator.itemgetter(*columns.values()) if len(columns) > 1 else None
    width = len(header)
    for number, record in enumerate(records, start=2):
        if not "".join(record).strip():  # no cell with anything but white space
            continue
        if len(record) == width and pick is not None:
            yield f"row {number}", dict(zip(names, pick(record), strict=True))
            continue
        if len(record) > len(header):
            problems.append(
                Problem(
                    f"row {number}",
                    f"{len(record)} values but the header has {len(header)} columns",
                    _po_hint(record, columns),
                )  # fmt: skip
            )
            continue
        yield (
            f"row {number}",
            {c: (record[i] if i < len(record) else "") for c, i in columns.items()},
        )


def _po_hint(record: Sequence[str], columns: dict[str, int]) -> str | None:
    i = columns.get("po_number")
    if i is not None and i < len(record) and record[i].strip():
        return record[i].strip()
    return ""


def _build(
    rows: Iterable[tuple[str, dict[str, Any]]],
    problems: list[Problem],
    where: Callable[[str, str], str],
    text: bool = False,
) -> ParseResult:
    """Check each flat row and group rows into POs (shared by CSV and JSON)."""
    checker = _RowChecker(problems, where, text)
    pos: dict[str, POIn] = {}
    for ref, raw in rows:
        checked = checker.check(ref, raw)
        if checked is None:
            continue
        clean, line = checked
        number = clean["po_number"]
        po = pos.get(number)
        if po is None:
            pos[number] = _new_po(clean, raw, line, ref)
        else:
            po.lines.append(line)
            for address in clean["supplier_email"]:
                if address not in po.supplier_emails:
                    po.supplier_emails.append(address)
    return ParseResult(list(pos.values()), problems, rows=checker.count, notes=checker.warnings)


def _new_po(clean: dict[str, Any], raw: dict[str, Any], line: LineIn, ref: str) -> POIn:
    return POIn(
        po_number=clean["po_number"],
        supplier_id=clean["supplier_id"],
        supplier_name=clean["supplier_name"] or clean["supplier_id"],
        supplier_emails=clean["supplier_email"],
        currency=clean["currency"],
        lines=[line],
        supplier_locale=clean["supplier_locale"],
        supplier_tier=clean["supplier_tier"],
        supplier_timezone=clean["supplier_timezone"],
        supplier_domains=list(raw.get("supplier_domains") or []),
        buyer_email=clean["buyer_email"],
        buyer_name=clean["buyer_name"],
        issue_date=clean["issue_date"],
        site=clean["site"],
        ref=ref,
    )


_MEMO_SIZE = 4096  # remembered texts per column; cleared when full, so memory stays bounded
_CHURN = 4  # a memo that filled up this often holds mostly distinct values: stop keeping it

# Plain numbers as an ERP writes them: digits, at most 12 before and 6 after the point.
_PLAIN_DECIMAL = re.compile(r"\d{1,12}(?:\.\d{1,6})?")


def _fast_decimal(check: Callable[[Any], Decimal], positive: bool) -> Callable[[Any], Decimal]:
    """``check`` for a CSV cell, with plain numbers accepted without the general checks
    (they pass them all: finite, not negative, few places, not too large); anything else,
    and zero where it must be positive, goes through ``check`` itself."""

    def fast(value: Any) -> Decimal:
        if _PLAIN_DECIMAL.fullmatch(value):
            dec = Decimal(value)
            if dec or not positive:
                return dec
        return check(value)

    return fast


# Used by the fast path for texts only (CSV): the same value, or the same _Bad.
_FAST_CHECKS: dict[str, Callable[[Any], Any]] = {
    "quantity": _fast_decimal(_CHECKS["quantity"], positive=True),
    "unit_price": _fast_decimal(_CHECKS["unit_price"], positive=False),
}


class _RowChecker:
    """Checks flat rows one at a time, keeping only what later rows of a PO are compared
    with (its PO-level values and which line numbers it has), so a file can be streamed."""

    def __init__(self, problems: list[Problem], where: Callable[[str, str], str],
                 text: bool = False) -> None:  # fmt: skip
        self.problems = problems
        self.where = where
        # PO number -> (the row it was first seen in, its _PO_FIELDS values there)
        self.po_values: dict[str, tuple[str, tuple[Any, ...]]] = {}
        self.line_refs: dict[str, dict[int, str]] = {}
        self.count = 0
        # Notes for the user that do not refuse the row (a requested date long past).
        self.warnings: list[str] = []
        # column -> raw text -> (ok, checked value or message); the checks are pure functions.
        self.memos: dict[str, dict[str, tuple[bool, Any]]] = {c: {} for c in _CHECKS}
        self.today = date.today()
        # text: every value is a str (CSV). Then the PO-level columns of a row, which repeat
        # on every row of a PO, are checked together once per distinct combination.
        self._text = text
        self._plan_keys: Any = None
        self._plan: tuple[Callable[[dict[str, Any]], Any], list[str], list[str],
                          list[tuple[str, Callable[[Any], Any], dict[str, Any]]]] | None = None  # fmt: skip
        self._groups: dict[Any, dict[str, Any]] = {}
        self._cleared: dict[str, int] = {}  # column -> times its memo filled up

    def _make_plan(self, raw: dict[str, Any]) -> None:
        self._plan_keys = raw.keys()
        self._plan = None
        if any(c not in raw for c in REQUIRED):
            return  # a required column is missing: every row takes the full path
        group = [c for c in _CHECKS if c in _GROUPED and c in raw]
        absent = [c for c in _CHECKS if c not in raw]
        lines = [
            (c, _FAST_CHECKS.get(c, check),
             None if self._cleared.get(c, 0) >= _CHURN else self.memos[c])
            for c, check in _CHECKS.items() if c not in _GROUPED and c in raw
        ]  # fmt: skip
        self._plan = (operator.itemgetter(*group), group, absent, lines)

    def _fast(self, raw: dict[str, Any]) -> dict[str, Any] | None:
        """The checked values of a row of texts whose every value passes, else None."""
        if raw.keys() != self._plan_keys:
            self._make_plan(raw)
        if self._plan is None:
            return None
        key_of, group, absent, lines = self._plan
        key = key_of(raw)
        cached = self._groups.get(key)
        if cached is None:
            cached = {}
            for column in group:
                ok, result = self._outcome(column, raw[column])
                if not ok:
                    return None
                cached[column] = result
            for column in absent:
                cached[column] = None
            if len(self._groups) >= _MEMO_SIZE:
                self._groups.clear()
            self._groups[key] = cached
        clean = cached.copy()
        clean["supplier_email"] = list(clean["supplier_email"])
        for column, check, memo in lines:
            value = raw[column]
            if memo is None:  # a column of mostly distinct values: a memo would only churn
                try:
                    clean[column] = check(value)
                except _Bad:
                    return None
                continue
            outcome = memo.get(value)
            if outcome is None:
                try:
                    outcome = (True, check(value))
                except _Bad as exc:
                    outcome = (False, str(exc))
                if len(memo) >= _MEMO_SIZE:
                    memo.clear()
                    self._cleared[column] = self._cleared.get(column, 0) + 1
                    if self._cleared[column] >= _CHURN:
                        self._plan_keys = None  # plan again, without this memo
                memo[value] = outcome
            if not outcome[0]:
                return None
            clean[column] = outcome[1]
        return clean

    def _outcome(self, column: str, value: Any) -> tuple[bool, Any]:
        memo = self.memos[column]
        outcome = memo.get(value)
        if outcome is None:
            try:
                outcome = (True, _CHECKS[column](value))
            except _Bad as exc:
                outcome = (False, str(exc))
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[value] = outcome
        return outcome

    def check(self, ref: str, raw: dict[str, Any]) -> tuple[dict[str, Any], LineIn] | None:
        """The checked values and line of one row, or None (its problems recorded)."""
        self.count += 1
        clean = self._fast(raw) if self._text else None
        if clean is None:
            clean = self._full(ref, raw)
            if clean is None:
                return None
        return self._relate(ref, clean)

    def _full(self, ref: str, raw: dict[str, Any]) -> dict[str, Any] | None:
        """Every column checked in turn, each problem recorded; None if there was one."""
        problems, where = self.problems, self.where
        po_hint = str(raw.get("po_number") or "").strip()
        clean: dict[str, Any] = {}
        row_ok = True
        memos = self.memos
        for column, check in _CHECKS.items():
            if column not in raw and column not in REQUIRED:
                clean[column] = None
                continue
            value = raw.get(column)
            # Most columns repeat (supplier, currency, dates, units): check each text once.
            memo = memos[column] if type(value) is str else None
            outcome = memo.get(value) if memo is not None else None
            if outcome is None:
                try:
                    outcome = (True, check(value))
                except _Bad as exc:
                    outcome = (False, str(exc))
                if memo is not None:
                    if len(memo) >= _MEMO_SIZE:
                        memo.clear()
                    memo[value] = outcome
            ok, result = outcome
            if ok:
                clean[column] = list(result) if type(result) is list else result
            else:
                problems.append(Problem(where(ref, column), result, po_hint))
                row_ok = False
        if not row_ok:
            return None
        return clean

    def _relate(self, ref: str, clean: dict[str, Any]) -> tuple[dict[str, Any], LineIn] | None:
        """The checks of a row against the PO's other rows (duplicate line, PO-level values)."""
        problems, where = self.problems, self.where
        number = clean["po_number"]
        requested = clean.get("requested_date")
        if requested is not None:
            age = (self.today - requested).days
            if age > PAST_DATE_WARNING_DAYS:
                when = f"{age // 365} years" if age >= 730 else f"{age} days"
                self.warnings.append(
                    f"{where(ref, 'requested_date')}: {requested.isoformat()} is {when} in the "
                    f"past (PO {number}): imported as given; check it is not a typo"
                )
        refs = self.line_refs.setdefault(number, {})
        if clean["line"] in refs:
            problems.append(
                Problem(
                    where(ref, "line"),
                    f"line {clean['line']} of PO {number} is already given in {refs[clean['line']]}",
                    number,
                )  # fmt: skip
            )
            return None
        refs[clean["line"]] = ref
        values = _po_fields(clean)
        first = self.po_values.get(number)
        if first is None:
            self.po_values[number] = (ref, values)
        elif first[1] != values:
            for column, value, other in zip(_PO_FIELDS, values, first[1], strict=True):
                if value == other:
                    continue
                shown = value.isoformat() if isinstance(value, date) else value
                other = other.isoformat() if isinstance(other, date) else other
                problems.append(
                    Problem(
                        where(ref, column),
                        f"{shown!r} differs from {other!r} in {first[0]} (PO {number})",
                        number,
                    )  # fmt: skip
                )
            return None
        line = LineIn(
            line=clean["line"], item=clean["item"], description=clean["description"],
            quantity=clean["quantity"], uom=clean["uom"], unit_price=clean["unit_price"],
            requested_date=clean["requested_date"], criticality=clean["criticality"],
            category=clean["category"], ref=ref,
        )  # fmt: skip
        return clean, line


def parse_json_bytes(data: bytes) -> ParseResult:
    text, problem = _decode(data, "utf-8")
    if problem is not None or text is None:
        return ParseResult([], [problem] if problem else [])
    if not text.strip():
        return ParseResult([], [Problem("file", "is empty: expected a JSON list of POs")])
    try:
        doc = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        return ParseResult([], [Problem(f"line {exc.lineno}, column {exc.colno}", f"invalid JSON: {exc.msg}")])  # fmt: skip
    except RecursionError:
        return ParseResult([], [Problem("file", "nests lists or objects too deeply to read")])
    except ValueError as exc:
        # Python refuses integers of more than 4300 digits (CVE-2020-10735): say so plainly.
        return ParseResult([], [Problem("file", f"holds a number that cannot be read ({str(exc).split(':')[0]})")])  # fmt: skip
    if isinstance(doc, dict) and isinstance(doc.get("purchase_orders"), list):
        doc = doc["purchase_orders"]
    if not isinstance(doc, list):
        return ParseResult([], [Problem("file", "must be a JSON list of purchase orders")])
    if not doc:
        return ParseResult([], [Problem("file", "lists no purchase orders")])
    return parse_records(doc)


def parse_records(doc: list[Any], sources: Sequence[str] | None = None) -> ParseResult:
    """Check POs already in the JSON import shape (a JSON file, a connector, the REST API).

    ``sources`` names where each PO came from ("ST 0001 at position 3") for the messages.
    """
    problems: list[Problem] = []
    name = (lambda index: sources[index - 1]) if sources is not None else None
    rows = list(json_rows(doc, problems, name))
    result = _build(rows, problems, json_where)
    result.problems = unique_problems(result.problems)
    return result


def unique_problems(problems: list[Problem]) -> list[Problem]:
    """A PO-level problem of a JSON PO is reported once per line otherwise: keep the first."""
    unique: list[Problem] = []
    seen: set[str] = set()
    for p in problems:
        if str(p) not in seen:
            seen.add(str(p))
            unique.append(p)
    return unique


def json_rows(
    pos: Iterable[Any], problems: list[Problem], sources: Callable[[int], str] | None = None
) -> Iterator[tuple[str, dict[str, Any]]]:
    """The flat rows (one per line) of POs in the JSON import shape, one PO at a time;
    a PO that is not shaped right is a problem appended to ``problems``."""
    numbers_seen: dict[str, str] = {}
    for index, po in enumerate(pos, start=1):
        if not isinstance(po, dict):
            problems.append(Problem(f"PO {index}", "must be an object"))
            continue
        number = str(po.get("po_number") or "").strip()
        label = f"PO {index} ({number})" if number else f"PO {index}"
        if sources is not None:
            label = f"{sources(index)} ({number})"
        if number in numbers_seen:
            problems.append(Problem(label, f"PO {number} is already given as {numbers_seen[number]}", number))  # fmt: skip
            continue
        numbers_seen[number] = label
        supplier = po.get("supplier")
        buyer = po.get("buyer") or {}
        if not isinstance(supplier, dict):
            problems.append(Problem(f"{label}, supplier", "must be an object with id, name, email", number))  # fmt: skip
            continue
        if not isinstance(buyer, dict):
            problems.append(Problem(f"{label}, buyer", "must be an object with name and email", number))  # fmt: skip
            continue
        lines = po.get("lines")
        if not isinstance(lines, list) or not lines:
            problems.append(Problem(f"{label}, lines", "must be a non-empty list", number))
            continue
        emails = (
            supplier.get("emails") if supplier.get("emails") is not None else supplier.get("email")
        )
        common = {
            "po_number": po.get("po_number"),
            "currency": po.get("currency"),
            "supplier_id": supplier.get("id"),
            "supplier_name": supplier.get("name"),
            "supplier_email": emails,
            "supplier_locale": supplier.get("locale"),
            "supplier_tier": supplier.get("tier"),
            "supplier_timezone": supplier.get("timezone"),
            "supplier_domains": [str(d).lower().lstrip("@") for d in supplier.get("domains") or []],
            "buyer_email": buyer.get("email"),
            "buyer_name": buyer.get("name"),
            "issue_date": po.get("issued", po.get("issue_date")),
            "site": po.get("site"),
        }
        for li, line in enumerate(lines):
            if not isinstance(line, dict):
                problems.append(Problem(f"{label}, lines[{li}]", "must be an object", number))
                continue
            values = dict(common)
            values.update({
                "line": line.get("line", line.get("line_number")),
                "item": line.get("item"),
                "description": line.get("description"),
                "quantity": line.get("quantity"),
                "uom": line.get("uom"),
                "unit_price": line.get("unit_price"),
                "requested_date": line.get("requested_date"),
                "criticality": line.get("criticality"),
                "category": line.get("category"),
            })  # fmt: skip
            yield f"{label}, lines[{li}]", values


_JSON_NAMES = {
    "supplier_id": "supplier.id", "supplier_name": "supplier.name",
    "supplier_email": "supplier.email", "supplier_locale": "supplier.locale",
    "supplier_tier": "supplier.tier", "supplier_timezone": "supplier.timezone",
    "buyer_email": "buyer.email", "buyer_name": "buyer.name", "issue_date": "issued",
}  # fmt: skip
_JSON_PO_LEVEL = {"po_number", "currency", "site", *_JSON_NAMES}


def json_where(ref: str, column: str) -> str:
    name = _JSON_NAMES.get(column, column)
    if column in _JSON_PO_LEVEL:
        return f"{ref.rsplit(', lines[', 1)[0]}, {name}"
    return f"{ref}.{name}"


# ------------------------------------------------------------------------ applying


def _request_not_before(settings: Settings, issue_date: date | None, now: datetime) -> datetime | None:  # fmt: skip
    if settings.schedule.request_on != "issue_date" or issue_date is None:
        return None
    tz = settings.company.tzinfo
    start = datetime.combine(issue_date, settings.schedule.business_start_time or time(0), tz)
    return start if start > now else None


def apply_import(
    session_factory: Callable[[], Session],
    settings: Settings,
    parsed: ParseResult,
    now: datetime,
    *,
    skip_invalid: bool = False,
    progress: bool | None = None,
    queue_requests: bool = True,
    batch_size: int = 0,
    defer_render: bool = False,
) -> ImportSummary:
    """Write the parsed POs (all-or-nothing unless ``skip_invalid``), in batches of POs.

    ``parsed`` is a :class:`ParseResult` or a streamed file (``agent.import_stream``);
    either way only one batch of POs is in memory at a time. ``defer_render``: the
    request of a new PO is queued without its text, which the sender writes when it
    first claims the mail (rendering costs more than the import itself).
    """
    from agent.ack_requests import queue_request
    from agent.import_writer import BATCH_SIZE, BatchWriter, _Progress, batches
    from agent.outbox import cancel_pending

    summary = ImportSummary(problems=list(parsed.problems))
    rejected = parsed.rejected_po_numbers
    if parsed.file_problems or (parsed.problems and not skip_invalid):
        summary.rejected = len(parsed.po_numbers() | rejected)
        return summary
    summary.rejected = len(rejected)

    def apply_existing(session: Session, po_in: POIn, current: PurchaseOrder,
                       supplier: Supplier, buyer: Buyer | None, new_hash: str,
                       summary: ImportSummary) -> None:  # fmt: skip
        if current.content_hash != new_hash:
            changed, removed = _revise_po(session, current, po_in, supplier, buyer, new_hash, now)
            cancel_pending(
                session, current.id or 0, f"superseded by revision {current.revision}", now,
                kinds=(OutboundKind.request, OutboundKind.revision, OutboundKind.follow_up),
            )  # fmt: skip
            summary.revised += 1
            if queue_requests:
                queue_request(session, settings, current, now, changed_lines=changed,
                              removed_lines=removed,
                              not_before=_request_not_before(settings, current.issue_date, now))  # fmt: skip
                summary.requests_queued += 1
        elif _update_internal(session, current, po_in, buyer, now):
            summary.updated += 1
        else:
            summary.unchanged += 1

    bar = _Progress(parsed.valid_po_count(), progress, "importing")
    try:
        with session_factory() as session:
            writer = BatchWriter(
                session, settings, now, queue_requests=queue_requests,
                defer_render=defer_render, actor=ACTOR,
                upsert_supplier=_upsert_supplier, upsert_buyer=_upsert_buyer,
                apply_existing=apply_existing, request_not_before=_request_not_before,
            )  # fmt: skip
            for batch in batches(parsed.valid_pos(), batch_size or BATCH_SIZE):
                writer.apply(batch, summary)
                bar.update(len(batch))
            session.commit()
    finally:
        bar.close()
    summary.imported = True
    return summary


def _load_existing(session: Session, numbers: list[str]) -> dict[str, PurchaseOrder]:
    found: dict[str, PurchaseOrder] = {}
    for start in range(0, len(numbers), 500):
        chunk = numbers[start : start + 500]
        for po in session.exec(
            select(PurchaseOrder).where(col(PurchaseOrder.po_number).in_(chunk))
        ):
            found[po.po_number] = po
    return found


def _upsert_supplier(session: Session, cache: dict[str, Supplier], po_in: POIn, now: datetime) -> Supplier:  # fmt: skip
    supplier = cache.get(po_in.supplier_id) or session.get(Supplier, po_in.supplier_id)
    if supplier is None:
        supplier = Supplier(
            id=po_in.supplier_id, name=po_in.supplier_name, emails=list(po_in.supplier_emails),
            domains=_domains(po_in), locale=po_in.supplier_locale or "en-US",
            timezone=po_in.supplier_timezone, tier=po_in.supplier_tier, created_at=now, updated_at=now,
        )  # fmt: skip
        session.add(supplier)
        session.flush()
        audit.record(session, "supplier", supplier.id, "created", actor=ACTOR,
                     details={"name": supplier.name, "emails": supplier.emails}, at=now)  # fmt: skip
    elif supplier.id not in cache:
        # The ERP is the source of truth for contacts; the first PO of a supplier in the file wins.
        wanted = {
            "name": po_in.supplier_name,
            "emails": list(po_in.supplier_emails),
            "domains": sorted(set(supplier.domains) | set(_domains(po_in))),
            "locale": po_in.supplier_locale or supplier.locale,
            "timezone": po_in.supplier_timezone or supplier.timezone,
            "tier": po_in.supplier_tier or supplier.tier,
        }
        changes = {k: v for k, v in wanted.items() if getattr(supplier, k) != v}
        if changes:
            before = {k: getattr(supplier, k) for k in changes}
            for k, v in changes.items():
                setattr(supplier, k, v)
            supplier.updated_at = now
            audit.record(session, "supplier", supplier.id, "updated", actor=ACTOR,
                         details={"before": before, "after": changes}, at=now)  # fmt: skip
    cache[supplier.id] = supplier
    return supplier


def _domains(po_in: POIn) -> list[str]:
    domains = list(po_in.supplier_domains)
    for address in po_in.supplier_emails:
        domain = address.rsplit("@", 1)[1]
        if domain not in domains:
            domains.append(domain)
    return domains


def _upsert_buyer(session: Session, cache: dict[str, Buyer], po_in: POIn, now: datetime) -> Buyer:
    email = po_in.buyer_email or ""
    buyer = cache.get(email) or session.exec(select(Buyer).where(Buyer.email == email)).first()
    if buyer is None:
        buyer = Buyer(email=email, name=po_in.buyer_name, created_at=now)
        session.add(buyer)
        session.flush()
        audit.record(session, "buyer", buyer.id, "created", actor=ACTOR,
                     details={"email": email}, at=now)  # fmt: skip
    elif po_in.buyer_name and buyer.name != po_in.buyer_name:
        audit.record(session, "buyer", buyer.id, "updated", actor=ACTOR,
                     details={"name": [buyer.name, po_in.buyer_name]}, at=now)  # fmt: skip
        buyer.name = po_in.buyer_name
    cache[email] = buyer
    return buyer


def _new_line(po_id: int, ln: LineIn, now: datetime) -> POLine:
    return POLine(
        po_id=po_id, line_number=ln.line, item=ln.item, description=ln.description,
        quantity=ln.quantity, uom=ln.uom, unit_price=ln.unit_price,
        requested_date=ln.requested_date, criticality=ln.criticality, category=ln.category,
        updated_at=now,
    )  # fmt: skip


def _create_po(session: Session, po_in: POIn, supplier: Supplier, buyer: Buyer | None,
               content_hash: str, now: datetime) -> PurchaseOrder:  # fmt: skip
    po = PurchaseOrder(
        po_number=po_in.po_number, revision=0, supplier_id=supplier.id,
        buyer_id=buyer.id if buyer else None, site=po_in.site, currency=po_in.currency,
        issue_date=po_in.issue_date, ack_state=AckState.new, content_hash=content_hash,
        created_at=now, updated_at=now,
    )  # fmt: skip
    session.add(po)
    session.flush()
    assert po.id is not None
    for ln in po_in.lines:
        session.add(_new_line(po.id, ln, now))
    domain.created(session, po, action="created", actor=ACTOR, now=now,
                   details={"po_number": po.po_number, "lines": len(po_in.lines)})  # fmt: skip
    return po


def _revise_po(session: Session, po: PurchaseOrder, po_in: POIn, supplier: Supplier,
               buyer: Buyer | None, content_hash: str, now: datetime) -> tuple[list[int], list[int]]:  # fmt: skip
    """Make ``po`` the next revision; returns (changed or added lines, removed lines)."""
    assert po.id is not None
    old_lines = {
        ln.line_number: ln for ln in session.exec(select(POLine).where(POLine.po_id == po.id))
    }
    new_lines = {ln.line: ln for ln in po_in.lines}
    changed: list[int] = []
    for number, ln in sorted(new_lines.items()):
        old = old_lines.get(number)
        if old is None:
            session.add(_new_line(po.id, ln, now))
            changed.append(number)
            continue
        before = LineIn(old.line_number, old.item, old.description, old.quantity, old.uom,
                        old.unit_price, old.requested_date)  # fmt: skip
        if before.supplier_view() != ln.supplier_view():
            changed.append(number)
        old.item, old.description, old.quantity, old.uom = (
            ln.item,
            ln.description,
            ln.quantity,
            ln.uom,
        )
        old.unit_price, old.requested_date = ln.unit_price, ln.requested_date
        old.criticality, old.category = ln.criticality, ln.category
        # The supplier's earlier promise was for the earlier revision.
        old.promised_quantity = old.promised_price = None
        old.promised_date = None
        old.line_status = LineStatus.unconfirmed
        old.confirmation_version = None
        old.updated_at = now
    removed = sorted(set(old_lines) - set(new_lines))
    for number in removed:
        session.delete(old_lines[number])
    old_revision = po.revision
    po.revision += 1
    po.content_hash = content_hash
    po.supplier_id = supplier.id
    po.buyer_id = buyer.id if buyer else po.buyer_id
    po.currency, po.site, po.issue_date = po_in.currency, po_in.site, po_in.issue_date
    po.requested_at = po.acknowledged_at = po.escalated_at = po.next_follow_up_at = None
    po.snoozed_until = None
    po.next_reply_expected = None
    po.follow_ups_sent = 0
    po.updated_at = now
    for conf in session.exec(
        select(Confirmation).where(
            Confirmation.po_id == po.id, col(Confirmation.superseded_at).is_(None)
        )
    ):
        conf.superseded_at = now
    for exc in session.exec(
        select(POException).where(
            POException.po_id == po.id,
            col(POException.state).in_([ExceptionState.open, ExceptionState.acknowledged]),
            col(POException.type).in_(_DIFFERENCE_TYPES),
        )
    ):
        exc.root_cause = "po_revised"
        exc.action = f"superseded by PO revision {po.revision}"
        exc.resolved_at = exc.updated_at = now
        domain.transition(session, exc, ExceptionState.resolved, action="resolved", actor=ACTOR,
                          now=now, details={"reason": "po_revised", "revision": po.revision})  # fmt: skip
    # A revision returns the PO to "new" from any state (a new request goes out).
    domain.transition(session, po, AckState.new, action="revised", actor=ACTOR, now=now,
                      details={"from_revision": old_revision, "to_revision": po.revision,
                               "changed_lines": changed, "removed_lines": removed})  # fmt: skip
    session.flush()
    return changed, removed


def _update_internal(session: Session, po: PurchaseOrder, po_in: POIn, buyer: Buyer | None,
                     now: datetime) -> bool:  # fmt: skip
    """Apply changes the supplier does not see (buyer, site, dates of issue, line tags)."""
    changes: dict[str, Any] = {}
    buyer_id = buyer.id if buyer else None
    for attr, value in (
        ("buyer_id", buyer_id),
        ("site", po_in.site),
        ("issue_date", po_in.issue_date),
    ):
        if getattr(po, attr) != value:
            changes[attr] = value
            setattr(po, attr, value)
    new_lines = {ln.line: ln for ln in po_in.lines}
    for line in session.exec(select(POLine).where(POLine.po_id == po.id)):
        src = new_lines.get(line.line_number)
        if src is None:
            continue
        for attr in ("criticality", "category"):
            if getattr(line, attr) != getattr(src, attr):
                changes[f"line {line.line_number} {attr}"] = getattr(src, attr)
                setattr(line, attr, getattr(src, attr))
                line.updated_at = now
    if changes:
        po.updated_at = now
        audit.record(session, "purchase_order", po.id, "updated", actor=ACTOR,
                     details={"changes": changes}, at=now)  # fmt: skip
    return bool(changes)
