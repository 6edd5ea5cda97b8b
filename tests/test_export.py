"""`poagent export`: confirmed lines as CSV/JSON, from a real migrated database."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from connectors import export
from tests import confirmation_rows as rows


@pytest.fixture
def config(tmp_path: Path, db_url: str, session_factory: Any) -> Path:
    """A migrated database (SQLite and PostgreSQL) with confirmations, and a config naming it."""
    url, factory = db_url, session_factory
    with factory() as session:
        a = rows.purchase_order(
            session,
            "4500030001",
            "ACME",
            "dana@buyer.example",
            [
                (40, "312.50", date(2026, 12, 15)),
                (10, "0.1160", date(2026, 12, 20)),
                (3, "9", date(2026, 12, 20)),
            ],
        )
        rows.confirm(
            session, a, 1, [{"line": 1}, {"line": 2}], at=rows.T0, supplier_reference="SO-1"
        )
        # A later reply changes line 2 and rejects line 3: version 2 is what the ERP must get.
        rows.confirm(
            session,
            a,
            2,
            [
                {"line": 1},
                {"line": 2, "status": "changed", "quantity": 8, "date": date(2027, 1, 8)},
                {"line": 3, "status": "rejected"},
            ],
            at=rows.T0 + timedelta(days=2),
            supplier_reference="SO-1",
        )
        old = rows.purchase_order(
            session, "4500030002", "BETA", None, [(1, "5.00", date(2026, 12, 1))]
        )
        rows.confirm(session, old, 1, [{"line": 1}], at=rows.T0 - timedelta(days=10))
        # Requested but unanswered: nothing to export.
        rows.purchase_order(session, "4500030003", "BETA", None, [(1, "5.00", date(2026, 12, 1))])
        session.commit()
    path = tmp_path / "poagent.toml"
    path.write_text(f'[database]\nurl = "{url}"\n')
    return path


def poagent(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agent", *args], capture_output=True, text=True, timeout=120
    )


def test_csv_has_current_promise_per_line_with_reference_and_version(config: Path) -> None:
    proc = poagent("export", "--config", str(config), "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    table = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert list(table[0]) == list(export.COLUMNS)
    got = {(r["po_number"], r["line"]): r for r in table}
    assert sorted(got) == [
        ("4500030001", "1"),
        ("4500030001", "2"),
        ("4500030001", "3"),
        ("4500030002", "1"),
    ]
    line2 = got[("4500030001", "2")]
    assert line2["status"] == "changed"
    assert Decimal(line2["confirmed_quantity"]) == 8
    assert Decimal(line2["unit_price"]) == Decimal("0.116")
    assert line2["confirmed_date"] == "2027-01-08"
    assert line2["supplier_reference"] == "SO-1"
    assert line2["confirmation_version"] == "2"
    assert got[("4500030001", "3")]["status"] == "rejected"
    assert got[("4500030001", "3")]["confirmed_date"] == ""


def test_since_filters_by_confirmation_date_and_output_file_is_json(
    config: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "confirmed.json"
    since = rows.T0.date().isoformat()
    proc = poagent(
        "export",
        "--config",
        str(config),
        "--format",
        "json",
        "--since",
        since,
        "--output",
        str(out),
    )
    assert proc.returncode == 0, proc.stderr
    assert "3 confirmed lines written" in proc.stderr
    data: list[dict[str, Any]] = json.loads(out.read_text())
    assert {d["po_number"] for d in data} == {"4500030001"}
    assert [d["line"] for d in data] == [1, 2, 3]
    assert all(d["confirmation_version"] == 2 for d in data)
    assert data[0]["confirmed_at"].startswith("2026-12-02")


def test_bad_since_is_a_clear_error(config: Path) -> None:
    proc = poagent("export", "--config", str(config), "--since", "yesterday")
    assert proc.returncode == 2
    assert "--since" in proc.stderr and "yesterday" in proc.stderr


def test_writer_keeps_every_digit() -> None:
    text = export.render(
        [
            {
                "po_number": "1",
                "line": 1,
                "unit_price": Decimal("0.11600"),
                "confirmed_quantity": Decimal("1250.5"),
            }
        ],
        "csv",
    )
    assert "0.11600" in text and "1250.5" in text
    with pytest.raises(ValueError, match="unknown export format"):
        export.render([], "xml")
