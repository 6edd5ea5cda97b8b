"""JSON files are read one PO at a time (ijson) and staged like CSV: the same problems, POs
and notes as the in-memory parser, and memory that does not grow with the file."""

from __future__ import annotations

import json
import random
import tracemalloc
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from agent.import_stream import StreamedCSV, read_file, stream_json
from agent.importer import parse_json_bytes


def po(number: str, lines: int = 2, **extra: Any) -> dict[str, Any]:
    doc = {
        "po_number": number, "currency": "EUR", "issued": "2026-11-20", "site": "P1",
        "supplier": {"id": "ACME", "name": "Acme Ltd", "email": "orders@acme.example",
                     "locale": "en-GB", "domains": ["@Acme.example"]},
        "buyer": {"email": "dana@buyer.example", "name": "Dana"},
        "lines": [
            {"line": n, "item": f"CAST-{n}", "description": "Part", "quantity": 40,
             "uom": "EA", "unit_price": Decimal("10.50"), "requested_date": "2026-12-11"}
            for n in range(1, lines + 1)
        ],
    }  # fmt: skip
    doc.update(extra)
    return doc


def messy(seed: int) -> list[Any]:
    rnd = random.Random(seed)
    pos: list[Any] = []
    for i in range(60):
        doc = po(f"45{i % 50:08d}", rnd.randint(1, 3))
        roll = rnd.random()
        if roll < 0.05:
            doc = "not an object"
        elif roll < 0.1:
            doc["lines"] = []
        elif roll < 0.15:
            doc["supplier"] = "ACME"
        elif roll < 0.2:
            doc["lines"][0]["quantity"] = "12,5"
        elif roll < 0.25:
            doc["currency"] = "XXY"
        elif roll < 0.3:
            doc["lines"].append(dict(doc["lines"][0]))  # a duplicate line
        elif roll < 0.35:
            doc["lines"][-1]["requested_date"] = "2020-01-01"  # a note, not a problem
        elif roll < 0.4:
            doc["supplier"]["emails"] = ["a@acme.example", "b@acme.example"]
        pos.append(doc)
    return pos


def dumps(doc: Any) -> str:
    return json.dumps(doc, default=str, indent=1)


def write(tmp_path: Path, text: str | bytes, name: str = "pos.json") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def same(path: Path) -> StreamedCSV:
    streamed = stream_json(path)
    assert isinstance(streamed, StreamedCSV), streamed.problems
    in_memory = parse_json_bytes(path.read_bytes())
    assert [(str(p), p.po_number) for p in streamed.problems] == [
        (str(p), p.po_number) for p in in_memory.problems
    ]
    assert streamed.rows == in_memory.rows
    assert streamed.notes == in_memory.notes
    assert streamed.valid_po_count() == in_memory.valid_po_count()
    assert streamed.rejected_po_numbers == in_memory.rejected_po_numbers
    assert [p.__dict__ for p in streamed.valid_pos()] == [p.__dict__ for p in in_memory.valid_pos()]
    return streamed


@pytest.mark.parametrize("seed", range(6))
def test_streamed_json_reports_and_reads_what_the_in_memory_parser_does(tmp_path, seed) -> None:
    pos = messy(seed)
    with same(write(tmp_path, dumps(pos))) as streamed:
        assert streamed.problems
    with same(write(tmp_path, dumps({"purchase_orders": pos, "exported": "x"}), "b.json")):
        pass


def test_quantities_and_prices_keep_their_digits(tmp_path) -> None:
    doc = [po("4500000001", 1)]
    text = dumps(doc).replace('"quantity": 40', '"quantity": 1.50').replace('"10.50"', "0.1250")
    with same(write(tmp_path, text)) as streamed:
        (line,) = next(streamed.valid_pos()).lines
        assert (str(line.quantity), str(line.unit_price)) == ("1.50", "0.1250")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "[]",
        "{}",
        '{"purchase_orders": {"a": 1}}',
        '{"purchase_orders": []}',
        "[1, 2",  # cut off
        '[{"po_number": "1"}] trailing',
        '[{"po_number": "1",}]',
        "\ufeff[]",
        b'[{"po_number": "\xff"}]',
        "[" * 100_000 + "]" * 100_000,  # nested too deeply for json.loads
        '[{"po_number": "1", "lines": [{"quantity": ' + "9" * 5000 + "}]}]",
        '[{"po_number": "1", "line": ' + "9" * 5000 + "}]",
        '[{"po_number": "1", "lines": [{"quantity": NaN}]}]',
        '"a string"',
    ],
)
def test_a_file_that_is_not_a_readable_list_of_pos_gets_the_in_memory_message(tmp_path, text) -> None:  # fmt: skip
    path = write(tmp_path, text)
    result = read_file(path)
    expected = parse_json_bytes(path.read_bytes())
    assert [str(p) for p in result.problems] == [str(p) for p in expected.problems]
    assert result.problems
    assert result.valid_po_count() == expected.valid_po_count() == 0 or text.endswith("NaN}]}]")
    getattr(result, "close", lambda: None)()


def big_json(path: Path, pos: int) -> int:
    with path.open("w") as f:
        f.write('{"purchase_orders": [\n')
        for i in range(pos):
            doc = po(f"45{i:08d}", 10)
            for line in doc["lines"]:
                line["description"] = f"Part {line['line']}, grade {i % 7} " + "x" * 500
            f.write(("," if i else "") + dumps(doc))
        f.write("]}\n")
    return path.stat().st_size


def peak_reading(path: Path, pos: int) -> int:
    tracemalloc.start()
    try:
        result = stream_json(path)
        assert isinstance(result, StreamedCSV)
        with result:
            assert (result.rows, result.valid_po_count(), result.problems) == (pos * 10, pos, [])
            assert sum(len(p.lines) for p in result.valid_pos()) == pos * 10
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak


def test_memory_does_not_grow_with_the_json_file(tmp_path) -> None:
    """Twice the POs (2,000 -> 4,000; +14 MB of JSON) cost only what is kept per PO and per
    line (its reference, for a duplicate line's message: a few hundred bytes), not the
    added file. Read whole, the file would cost several times its size."""
    small, large = tmp_path / "small.json", tmp_path / "large.json"
    small_size, large_size = big_json(small, 2000), big_json(large, 4000)
    growth = peak_reading(large, 4000) - peak_reading(small, 2000)
    assert growth < 20_000 * 400, growth  # 20,000 more lines
    assert growth < (large_size - small_size) / 2, (growth, large_size - small_size)
