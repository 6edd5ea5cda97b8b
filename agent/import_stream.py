"""Streaming CSV and JSON import: a file of a million lines checked and imported in
bounded memory.

:func:`stream_csv` reads the file once, checking each row as it comes with the
same checks as :func:`agent.importer.parse_csv_bytes` (same problems, same
order); :func:`stream_json` does the same for a JSON file, one PO at a time
(ijson), with the checks of :func:`agent.importer.parse_json_bytes`. A valid
row goes to a *staging table*: a throw-away SQLite file in the temporary
directory, never the agent's database. In memory stay only the problems and,
per PO, what later rows are compared with (its PO-level values, and per line
the row it was given in, for a duplicate's message) — a few hundred bytes per
PO and about a hundred per line, not the parsed rows.

Rows of one PO need not be next to each other in the file. The staging table
is read back ordered by (PO in order of first appearance, row), through an
index SQLite builds on disk, so :meth:`StreamedCSV.valid_pos` yields whole
POs one at a time in the order the in-memory parser would list them.

Anything unusual at the file level (not decodable, blank first line, bad
header; JSON that is invalid, not a list of POs, or nested far deeper than a
PO) falls back to the in-memory parser, which reports it exactly as before;
such a file is rejected anyway.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from agent.config import Settings
from agent.importer import (
    LineIn,
    ParseResult,
    POIn,
    Problem,
    _csv_columns,
    _csv_rows,
    _csv_where,
    _new_po,
    _RowChecker,
    json_rows,
    json_where,
    parse_csv_bytes,
    parse_file,
    unique_problems,
)

_FLUSH_ROWS = 5000


class StreamedCSV:
    """A checked CSV file whose valid rows wait in a staging table (same interface as
    :class:`agent.importer.ParseResult` for the CLI and ``apply_import``)."""

    def __init__(self, staging: Path, problems: list[Problem], rows: int, notes: list[str],
                 numbers: dict[str, int]) -> None:  # fmt: skip
        self._staging = staging
        self.problems = problems
        self.rows = rows
        self.notes = notes
        self._numbers = numbers  # PO number -> its index (order of first appearance)

    @property
    def file_problems(self) -> list[Problem]:
        return [p for p in self.problems if p.po_number is None]

    @property
    def rejected_po_numbers(self) -> set[str]:
        return {p.po_number for p in self.problems if p.po_number is not None}

    def po_numbers(self) -> set[str]:
        return set(self._numbers)

    def valid_po_count(self) -> int:
        return len(self.po_numbers() - self.rejected_po_numbers)

    def valid_pos(self) -> Iterator[POIn]:
        """Whole POs in order of first appearance, rejected ones left out."""
        rejected = self.rejected_po_numbers
        db = sqlite3.connect(self._staging)
        try:
            heads = db.execute("SELECT idx, number, head FROM po ORDER BY idx")
            lines = db.execute("SELECT po, data FROM line ORDER BY po, seq")
            pending = next(lines, None)
            for idx, number, head in heads:
                po_lines: list[LineIn] = []
                while pending is not None and pending[0] == idx:
                    po_lines.append(_line(pending[1]))
                    pending = next(lines, None)
                if number in rejected:
                    continue
                yield _po(head, po_lines)
        finally:
            db.close()

    def close(self) -> None:
        self._staging.unlink(missing_ok=True)

    def __enter__(self) -> StreamedCSV:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_file(path: str | Path, encoding: str = "utf-8", settings: Settings | None = None,
              progress: bool | None = None) -> StreamedCSV | ParseResult:  # fmt: skip
    """What ``poagent import`` reads: CSV and JSON files streamed, anything else through
    parse_file."""
    suffix = Path(path).suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        return stream_csv(path, encoding, progress=progress)
    if suffix == ".json":
        return stream_json(path, progress=progress)
    return parse_file(path, encoding, settings)


# A JSON file the streaming reader cannot read is read whole, for the in-memory parser's
# exact message (line and column, the byte that is not UTF-8, ...), up to this size.
_JSON_FALLBACK_BYTES = 256 * 1024 * 1024


def stream_json(path: str | Path, *, progress: bool | None = False) -> StreamedCSV | ParseResult:
    """Check a JSON file of POs (a list, or an object whose ``purchase_orders`` is one) one PO
    at a time with ijson; the valid lines are staged on disk as for CSV. Anything unusual
    about the file as a whole (not a list of POs, none, invalid JSON) is reported by the
    in-memory parser, exactly as before."""
    import ijson

    path = Path(path)
    try:
        with path.open("rb") as f:
            head = f.read(4096).lstrip(b" \t\r\n")
    except OSError:
        return parse_file(path)
    if head[:1] not in (b"[", b"{"):
        return parse_file(path)
    fd, name = tempfile.mkstemp(prefix="poagent-import-", suffix=".sqlite")
    os.close(fd)
    staging = Path(name)
    shape_problems: list[Problem] = []
    check_problems: list[Problem] = []
    checker = _RowChecker(check_problems, json_where)
    try:
        with path.open("rb") as f:
            pos = _json_pos(ijson.basic_parse(f, use_float=False))
            staged = _stage_rows(json_rows(pos, shape_problems), checker, staging, progress)
    # SystemError: ijson's C backend reports Python's refusal of an integer of more than
    # 4,300 digits that way.
    except (ijson.JSONError, ValueError, RecursionError, OSError, SystemError,
            _NotStreamable) as exc:  # fmt: skip
        # Invalid JSON (or nesting too deep, or a number too long): the file is rejected;
        # the in-memory parser says where and why, as it always did.
        staging.unlink(missing_ok=True)
        try:
            small = path.stat().st_size <= _JSON_FALLBACK_BYTES
        except OSError:
            small = True
        if small:
            return parse_file(path)
        return ParseResult([], [Problem("file", f"invalid JSON: {exc}")])
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    if checker.count == 0 and not shape_problems:
        # No PO at all (an empty list, no "purchase_orders" list): the in-memory message.
        staging.unlink(missing_ok=True)
        return parse_file(path)
    problems = unique_problems(shape_problems + check_problems)
    return staged.finish(problems, checker.warnings)


def stream_csv(path: str | Path, encoding: str = "utf-8", *,
               progress: bool | None = False) -> StreamedCSV | ParseResult:  # fmt: skip
    """Check a CSV file in one pass; the valid rows are staged on disk, not held in memory."""
    path = Path(path)
    if encoding.lower().replace("-", "") in ("utf8", "utf8sig"):
        encoding = "utf-8-sig"  # tolerate the BOM Excel writes
    try:
        with path.open(encoding=encoding, newline="") as f:
            first = f.readline()
    except (OSError, LookupError, UnicodeDecodeError):
        return _fallback(path, encoding)
    first_line = first.lstrip("\ufeff").splitlines()[0] if first.strip() else ""
    if not first_line.strip():
        return _fallback(path, encoding)
    try:
        delimiter = csv.Sniffer().sniff(first_line, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    fd, name = tempfile.mkstemp(prefix="poagent-import-", suffix=".sqlite")
    os.close(fd)
    staging = Path(name)
    try:
        result = _stage(path, encoding, delimiter, staging, progress)
    except UnicodeDecodeError:
        staging.unlink(missing_ok=True)
        return _fallback(path, encoding)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    if isinstance(result, ParseResult):
        staging.unlink(missing_ok=True)
    return result


class _NotStreamable(Exception):
    """A JSON file whose shape only the in-memory parser reports exactly (nesting deeper
    than any PO, "purchase_orders" twice or not a list)."""


_MAX_DEPTH = 64  # a PO nests 4 deep; anything far deeper goes to the in-memory parser
_SCALARS = frozenset({"null", "boolean", "integer", "double", "number", "string"})


def _json_pos(events: Iterator[tuple[str, Any]]) -> Iterator[Any]:
    """The POs of a JSON document from ijson's basic events: the elements of the top-level
    list, or of the top-level object's ``purchase_orders`` list, each built on its own.

    The events are read to the end, so invalid JSON anywhere is an error. ijson's own
    ``items`` builds a path string per level, which a deeply nested file makes quadratic:
    here nesting is only counted, and refused past :data:`_MAX_DEPTH`.
    """
    event, _ = _next(events)
    if event == "start_array":
        yield from _elements(events)
    elif event == "start_map":
        found = False
        for event, value in events:
            if event == "end_map":
                break
            # event is "map_key": the value follows
            event, _ = _next(events)
            if value != "purchase_orders":
                _skip(event, events)
            elif found or event != "start_array":
                raise _NotStreamable("purchase_orders twice, or not a list")
            else:
                found = True
                yield from _elements(events)
    else:
        raise _NotStreamable("not a list or an object")
    for _ in events:  # anything after the document is an error ijson raises
        pass


def _elements(events: Iterator[tuple[str, Any]]) -> Iterator[Any]:
    for event, value in events:
        if event == "end_array":
            return
        yield _value(event, value, events)


def _value(event: str, value: Any, events: Iterator[tuple[str, Any]]) -> Any:
    """One JSON value as json.loads builds it (the last of repeated keys wins)."""
    if event in _SCALARS:
        return value
    root: Any = {} if event == "start_map" else []
    stack: list[Any] = [root]
    keys: list[Any] = [None]
    for event, value in events:
        top = stack[-1]
        if event == "map_key":
            keys[-1] = value
        elif event == "end_map" or event == "end_array":
            stack.pop()
            keys.pop()
            if not stack:
                return root
        else:
            if event == "start_map" or event == "start_array":
                if len(stack) >= _MAX_DEPTH:
                    raise _NotStreamable("nested too deeply")
                value = {} if event == "start_map" else []
            if type(top) is list:
                top.append(value)
            else:
                top[keys[-1]] = value
            if event == "start_map" or event == "start_array":
                stack.append(value)
                keys.append(None)
    raise _NotStreamable("the document ends inside a value")


def _next(events: Iterator[tuple[str, Any]]) -> tuple[str, Any]:
    # A StopIteration must not end the generator that asked (it would pass for the end).
    try:
        return next(events)
    except StopIteration:
        raise _NotStreamable("the document ends early") from None


def _skip(event: str, events: Iterator[tuple[str, Any]]) -> None:
    depth = 1 if event in ("start_map", "start_array") else 0
    while depth:
        event, _ = _next(events)
        if event == "start_map" or event == "start_array":
            depth += 1
            if depth > _MAX_DEPTH:
                raise _NotStreamable("nested too deeply")
        elif event == "end_map" or event == "end_array":
            depth -= 1


def _fallback(path: Path, encoding: str) -> ParseResult:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ParseResult([], [Problem(str(path), f"cannot read: {exc.strerror}")])
    return parse_csv_bytes(data, encoding)


def _stage(path: Path, encoding: str, delimiter: str, staging: Path,
           progress: bool | None) -> StreamedCSV | ParseResult:  # fmt: skip
    with path.open(encoding=encoding, newline="") as f:
        reader = csv.reader(f, delimiter=delimiter, strict=True)
        try:
            header = next(reader)
        except csv.Error as exc:
            return ParseResult([], [Problem(f"row {reader.line_num}", f"malformed CSV: {exc}")])
        columns, header_problems, notes = _csv_columns(header)
        if header_problems:
            return ParseResult([], header_problems, notes=notes)
        shape_problems: list[Problem] = []  # listed first, as the in-memory parser does
        check_problems: list[Problem] = []
        checker = _RowChecker(check_problems, _csv_where, text=True)
        try:
            result = _stage_rows(_csv_rows(reader, header, columns, shape_problems), checker,
                                 staging, progress)  # fmt: skip
        except csv.Error as exc:
            return ParseResult([], [Problem(f"row {reader.line_num}", f"malformed CSV: {exc}")])
    if checker.count == 0 and not shape_problems:
        staging.unlink(missing_ok=True)
        return ParseResult([], [Problem("file", "has a header but no PO lines")], notes=notes)
    return result.finish(shape_problems + check_problems, [*notes, *checker.warnings])


class _Staged:
    """What :func:`_stage_rows` leaves: the staging file and the PO index, problems to come."""

    def __init__(self, staging: Path, rows: int, numbers: dict[str, int]) -> None:
        self.staging, self.rows, self.numbers = staging, rows, numbers

    def finish(self, problems: list[Problem], notes: list[str]) -> StreamedCSV:
        return StreamedCSV(self.staging, problems, self.rows, notes, self.numbers)


def _stage_rows(rows: Iterator[tuple[str, dict[str, Any]]], checker: _RowChecker,
                staging: Path, progress: bool | None) -> _Staged:  # fmt: skip
    """Check flat rows one at a time (as :func:`agent.importer._build` does) and stage the
    valid ones; only the problems and a few values per PO stay in memory."""
    db = sqlite3.connect(staging)
    try:
        db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
            "CREATE TABLE po (idx INTEGER PRIMARY KEY, number TEXT NOT NULL, head TEXT NOT NULL);"
            "CREATE TABLE line (seq INTEGER PRIMARY KEY, po INTEGER NOT NULL, data TEXT NOT NULL);"
        )
        numbers: dict[str, int] = {}
        emails: dict[str, list[str]] = {}
        heads: list[tuple[int, str, str]] = []
        lines: list[tuple[int, str]] = []
        shared: dict[str, str] = {}
        grown: set[str] = set()
        bar, bar_at = _RowProgress(progress), 0
        try:
            for ref, raw in rows:
                checked = checker.check(ref, raw)
                if checked is None:
                    continue
                clean, line = checked
                number = clean["po_number"]
                idx = numbers.get(number)
                if idx is None:
                    idx = numbers[number] = len(numbers)
                    po = _new_po(clean, raw, line, ref)
                    emails[number] = [shared.setdefault(a, a) for a in po.supplier_emails]
                    heads.append((idx, number, _head_json(po)))
                else:
                    known = emails[number]
                    for address in clean["supplier_email"]:
                        if address not in known:
                            known.append(shared.setdefault(address, address))
                            grown.add(number)
                lines.append((idx, _line_json(line)))
                if len(lines) >= _FLUSH_ROWS:
                    bar.update(checker.count - bar_at)
                    bar_at = checker.count
                    _flush(db, heads, lines)
        finally:
            bar.close()
        _flush(db, heads, lines)
        # A PO's later rows may add supplier addresses: its head keeps the union, in order.
        _merge_emails(db, numbers, emails, grown)
        db.execute("CREATE INDEX line_po ON line (po, seq)")
        db.commit()
    finally:
        db.close()
    return _Staged(staging, checker.count, numbers)


def _flush(db: sqlite3.Connection, heads: list[tuple[int, str, str]],
           lines: list[tuple[int, str]]) -> None:  # fmt: skip
    db.executemany("INSERT INTO po (idx, number, head) VALUES (?, ?, ?)", heads)
    db.executemany("INSERT INTO line (po, data) VALUES (?, ?)", lines)
    heads.clear()
    lines.clear()


def _merge_emails(db: sqlite3.Connection, numbers: dict[str, int],
                  emails: dict[str, list[str]], grown: set[str]) -> None:  # fmt: skip
    updates = []
    for number in grown:
        idx = numbers[number]
        (head,) = db.execute("SELECT head FROM po WHERE idx = ?", (idx,)).fetchone()
        data = json.loads(head)
        data["supplier_emails"] = emails[number]
        updates.append((json.dumps(data), idx))
    db.executemany("UPDATE po SET head = ? WHERE idx = ?", updates)


class _RowProgress:
    """Rows checked so far, on stderr (the total is unknown until the file is read)."""

    def __init__(self, enabled: bool | None) -> None:
        if enabled is None:
            enabled = sys.stderr.isatty()
        self._bar = None
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(desc="checking", unit=" rows", file=sys.stderr, leave=False)

    def update(self, n: int) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _head_json(po: POIn) -> str:
    return json.dumps({
        "po_number": po.po_number, "supplier_id": po.supplier_id,
        "supplier_name": po.supplier_name, "supplier_emails": po.supplier_emails,
        "currency": po.currency, "supplier_locale": po.supplier_locale,
        "supplier_tier": po.supplier_tier, "supplier_timezone": po.supplier_timezone,
        "supplier_domains": po.supplier_domains, "buyer_email": po.buyer_email,
        "buyer_name": po.buyer_name, "issue_date": _iso(po.issue_date), "site": po.site,
        "ref": po.ref,
    })  # fmt: skip


def _po(head: str, lines: list[LineIn]) -> POIn:
    data: dict[str, Any] = json.loads(head)
    issue = data.pop("issue_date")
    return POIn(lines=lines, issue_date=date.fromisoformat(issue) if issue else None, **data)


# Fields of a staged line, joined by NUL: the checks refuse NUL in every text field.
def _line_json(ln: LineIn) -> str:
    # str(Decimal) keeps the exact digits and exponent ("1.50" stays "1.50").
    return "\0".join((
        str(ln.line), ln.item, ln.description, str(ln.quantity), ln.uom, str(ln.unit_price),
        ln.requested_date.isoformat(), ln.criticality or "", ln.category or "", ln.ref,
    ))  # fmt: skip


def _line(data: str) -> LineIn:
    n, item, desc, qty, uom, price, due, crit, cat, ref = data.split("\0")
    return LineIn(
        line=int(n), item=item, description=desc, quantity=Decimal(qty), uom=uom,
        unit_price=Decimal(price), requested_date=date.fromisoformat(due),
        criticality=crit or None, category=cat or None, ref=ref,
    )  # fmt: skip
