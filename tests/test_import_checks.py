"""The fast row checks for CSV (PO-level columns checked once per distinct combination,
plain decimals without normalising) report exactly what the column-by-column checks report."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from agent.importer import _Bad, _build, _csv_where, _decimal, parse_csv_bytes

HEADER = (
    "po_number,line,item,description,quantity,uom,unit_price,requested_date,currency,"
    "supplier_id,supplier_name,supplier_email,supplier_locale,supplier_timezone,buyer_email,"
    "buyer_name,issue_date,site,criticality"
)
CHOICES = {
    "po_number": ["4500000001", "4500000002", "4500000003", "45\u200b00", "", "4500O1\u041e"],
    "line": ["1", "2", "3", "2", "0", "x", ""],
    "item": ["CAST-1", "CAST-2", "", "X" * 129],
    "description": ["Part", "", "Part, grade 2", "nul\0"],
    "quantity": ["40", "1.5000000", "0.0000001", "12,5", "0", "-3", "1e3", "", "1" + "0" * 12],
    "uom": ["EA", "KG", ""],
    "unit_price": ["10.50", "0", "1.0000000000000000000000000000001", "0.1234567", "abc"],
    "requested_date": ["2026-12-11", "2026-13-11", "11/12/2026", "2020-01-01", ""],
    "currency": ["EUR", "USD", "eur", "XXY", ""],
    "supplier_id": ["ACME", "BRANDT", ""],
    "supplier_name": ["Acme Ltd", ""],
    "supplier_email": ["orders@acme.example", "a@acme.example;b@acme.example", "nope", ""],
    "supplier_locale": ["en-GB", "", "english!"],
    "supplier_timezone": ["Europe/Berlin", "", "Mars/Base"],
    "buyer_email": ["dana@buyer.example", "", "dana"],
    "buyer_name": ["Dana", ""],
    "issue_date": ["2026-11-20", "", "2026-11-31"],
    "site": ["P1", "P2", ""],
    "criticality": ["high", ""],
}


def messy_rows(seed: int, count: int) -> list[dict[str, str]]:
    rnd = random.Random(seed)
    rows = []
    for _ in range(count):
        # Mostly the first (valid) choice, so POs have several good rows to compare.
        rows.append({c: (v[0] if rnd.random() < 0.7 else rnd.choice(v)) for c, v in CHOICES.items()})  # fmt: skip
    return rows


@pytest.mark.parametrize("seed", range(8))
def test_fast_checks_report_what_the_column_by_column_checks_report(seed: int) -> None:
    rows = [(f"row {n}", raw) for n, raw in enumerate(messy_rows(seed, 300), start=2)]
    full = _build(list(rows), [], _csv_where, text=False)
    fast = _build(list(rows), [], _csv_where, text=True)
    assert fast.problems, "the rows do have problems"
    assert [(str(p), p.po_number) for p in fast.problems] == [
        (str(p), p.po_number) for p in full.problems
    ]
    assert [p.__dict__ for p in fast.pos] == [p.__dict__ for p in full.pos]
    assert (fast.rows, fast.notes) == (full.rows, full.notes)


def test_a_row_of_a_csv_file_reports_every_problem_of_the_row_in_column_order() -> None:
    text = HEADER + "\n" + ",".join([
        "4500000001", "1", "CAST-1", "Part", "\"12,5\"", "EA", "0.1234567", "2026-12-11", "EUR",
        "ACME", "Acme", "nope", "en-GB", "", "", "", "", "P1", "",
    ]) + "\n"  # fmt: skip
    parsed = parse_csv_bytes(text.encode())
    assert [str(p) for p in parsed.problems] == [
        "row 2, column quantity: '12,5' uses a decimal comma: write 12.5 (a point as the "
        "decimal separator)",
        "row 2, column unit_price: has more than 6 decimal places",
        "row 2, column supplier_email: 'nope' is not an email address",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.5000000", Decimal("1.5000000")),  # 7 places, but the 7th and 6th are zeros
        ("0.000001", Decimal("0.000001")),
        ("1.", Decimal("1")),
        (".25", Decimal("0.25")),
        ("+7", Decimal("7")),
        # 32 digits: normalising rounds to the context's 28, which has no 7th place any more
        ("1.0000000000000000000000000000001", Decimal("1.0000000000000000000000000000001")),
        ("0.1234567", "has more than 6 decimal places"),
        ("0.0000001", "has more than 6 decimal places"),
        ("1000000000000", "is too large"),
        ("999999999999.999999", Decimal("999999999999.999999")),
        ("-1", "must not be negative, got -1"),
        ("1e3", "'1e3' is not a number (write it like 1250.50: no thousands separators)"),
    ],
)
def test_decimal_checks(text: str, expected: Decimal | str) -> None:
    if isinstance(expected, Decimal):
        assert _decimal(text, positive=False) == expected
        assert str(_decimal(text, positive=False)) == str(Decimal(text))
    else:
        with pytest.raises(_Bad) as info:
            _decimal(text, positive=False)
        assert str(info.value) == expected
