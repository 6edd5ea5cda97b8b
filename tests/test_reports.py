"""`poagent report` figures on a known history, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from agent.reports import build_report, format_text
from tests import confirmation_rows as rows

T0 = rows.T0
H = timedelta(hours=1)
D1 = date(2026, 12, 20)


@pytest.fixture
def history(session_factory: Any) -> Any:
    """Four POs requested in the week from T0, one before and one after (outside the window)."""
    with session_factory() as s:
        rows.supplier(s, "SUP1", "Alpha Castings")
        rows.supplier(s, "SUP2", "Beta Plastics")
        a = rows.purchase_order(s, "A", "SUP1", "b1@buyer.example", [(1, 10, D1)], requested_at=T0)
        b = rows.purchase_order(
            s, "B", "SUP1", "b2@buyer.example", [(1, 10, D1)], requested_at=T0 + H
        )
        c = rows.purchase_order(
            s, "C", "SUP2", "b1@buyer.example", [(1, 10, D1)], requested_at=T0 + 2 * H
        )
        d = rows.purchase_order(
            s, "D", "SUP2", "b1@buyer.example", [(1, 10, D1)], requested_at=T0 + 3 * H
        )
        old = rows.purchase_order(
            s,
            "OLD",
            "SUP2",
            "b1@buyer.example",
            [(1, 10, D1)],
            requested_at=T0 - timedelta(days=40),
        )
        late = rows.purchase_order(
            s,
            "LATE",
            "SUP1",
            "b1@buyer.example",
            [(1, 10, D1)],
            requested_at=T0 + timedelta(days=9),
        )
        rows.confirm(
            s, a, 1, [{"line": 1, "status": "changed", "date": date(2027, 1, 5)}], at=T0 + 6 * H
        )
        rows.confirm(
            s, b, 1, [{"line": 1, "status": "changed", "unit_price": "10.01"}], at=T0 + 25 * H
        )
        rows.confirm(s, d, 1, [{"line": 1, "status": "changed"}], at=T0 + 51 * H)
        rows.confirm(s, old, 1, [{"line": 1}], at=T0 - timedelta(days=39))
        rows.confirm(s, late, 1, [{"line": 1}], at=T0 + timedelta(days=9, hours=1))
        rows.exception(s, a, "date_late", at=T0 + 6 * H, resolved_at=T0 + 30 * H)
        rows.exception(s, b, "price_variance", at=T0 + 25 * H, state="auto_accepted")
        rows.exception(s, c, "no_response_escalation", at=T0 + timedelta(days=5))
        rows.exception(s, d, "date_late", at=T0 + 51 * H, resolved_at=T0 + 61 * H)
        rows.exception(s, d, "price_variance", at=T0 + 51 * H)
        rows.exception(s, old, "date_late", at=T0 - timedelta(days=39))
        s.commit()
    return session_factory


def test_figures_overall_per_supplier_and_per_buyer(history: Any) -> None:
    with history() as s:
        report = build_report(s, T0.date(), None, now=T0 + timedelta(days=7))
    o = report["overall"]
    assert (o["requested"], o["acknowledged"]) == (4, 3)
    assert o["ack_rate"] == 0.75
    assert o["median_hours_to_ack"] == 24.0  # 6 h, 24 h, 48 h
    assert o["exceptions"] == 4 and o["auto_accepted"] == 1
    assert o["exceptions_by_type"] == {
        "date_late": 2,
        "price_variance": 1,
        "no_response_escalation": 1,
    }
    assert o["exception_rate_by_type"] == {
        "date_late": 0.5,
        "price_variance": 0.25,
        "no_response_escalation": 0.25,
    }
    assert o["resolved"] == 2 and o["median_hours_to_resolve"] == 17.0  # 24 h and 10 h

    sup = {g["id"]: g for g in report["suppliers"]}
    assert sup["SUP1"]["name"] == "Alpha Castings"
    assert (sup["SUP1"]["requested"], sup["SUP1"]["acknowledged"], sup["SUP1"]["ack_rate"]) == (
        2,
        2,
        1.0,
    )
    assert sup["SUP1"]["median_hours_to_ack"] == 15.0
    assert (sup["SUP2"]["requested"], sup["SUP2"]["acknowledged"], sup["SUP2"]["ack_rate"]) == (
        2,
        1,
        0.5,
    )
    assert sup["SUP2"]["exceptions"] == 3

    buyers = {g["email"]: g for g in report["buyers"]}
    assert (
        buyers["b1@buyer.example"]["requested"],
        buyers["b1@buyer.example"]["acknowledged"],
    ) == (3, 2)
    assert buyers["b1@buyer.example"]["median_hours_to_ack"] == 27.0
    assert buyers["b2@buyer.example"]["exceptions"] == 0

    text = format_text(report)
    assert "acknowledged                3 (75.0%)" in text
    assert "median time to acknowledge  24.0h" in text
    assert "date_late" in text and "50.0% of POs" in text


def test_an_acknowledgment_after_the_window_does_not_count(history: Any) -> None:
    with history() as s:
        report = build_report(s, T0, T0 + timedelta(hours=24), now=T0 + timedelta(days=30))
    o = report["overall"]
    assert (o["requested"], o["acknowledged"], o["median_hours_to_ack"]) == (4, 1, 6.0)
    assert o["exceptions_by_type"] == {"date_late": 1}  # the others were opened later


def test_cli_json_and_csv(history: Any, db_url: str, tmp_path: Path) -> None:
    config = tmp_path / "poagent.toml"
    config.write_text(f'[database]\nurl = "{db_url}"\n')

    def run(*extra: str) -> str:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "agent",
                "report",
                "--config",
                str(config),
                "--since",
                "2026-11-30",
                "--until",
                "2026-12-06",
                *extra,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    data = json.loads(run("--json"))
    assert data["overall"]["ack_rate"] == 0.75
    assert data["until"].startswith("2026-12-07T00:00")  # --until is inclusive of that day
    assert data["llm"]["calls"] == 0
    table = list(csv.DictReader(io.StringIO(run("--csv"))))
    scopes = [(r["scope"], r["key"]) for r in table]
    assert scopes == [
        ("overall", ""),
        ("supplier", "SUP1"),
        ("supplier", "SUP2"),
        ("buyer", "b1@buyer.example"),
        ("buyer", "b2@buyer.example"),
    ]
    assert table[0]["exceptions_date_late"] == "2"
    assert table[2]["ack_rate"] == "0.5"
    text = run()
    assert "By supplier" in text and "SUP2" in text and "By buyer" in text

    bad = subprocess.run(
        [sys.executable, "-m", "agent", "report", "--config", str(config), "--since", "last week"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2 and "--since" in bad.stderr


def test_empty_database_prints_dashes_not_errors(session_factory: Any) -> None:
    with session_factory() as s:
        report = build_report(s, now=T0)
    assert report["overall"]["requested"] == 0
    assert report["overall"]["ack_rate"] is None
    assert "—" in format_text(report)


def test_llm_usage_counts_calls_tokens_and_share_of_replies(session_factory: Any) -> None:
    from agent.models import InboundMessage, InboundState, LlmCall

    with session_factory() as s:
        for n in range(4):
            s.add(
                InboundMessage(
                    account="a",
                    folder="INBOX",
                    uidvalidity=1,
                    uid=n + 1,
                    sha256=f"h{n}",
                    state=InboundState.processed,
                    kind="confirmation" if n < 3 else "auto_reply",
                    processed_at=T0 + n * H,
                    created_at=T0,
                )
            )
        s.add(
            LlmCall(
                message_hash="h1",
                model="m",
                prompt_tokens=900,
                completion_tokens=100,
                outcome="accepted",
                created_at=T0 + H,
            )
        )
        s.add(
            LlmCall(
                message_hash="h1",
                model="m",
                prompt_tokens=50,
                completion_tokens=0,
                outcome="cached",
                created_at=T0 + 2 * H,
            )
        )
        s.add(
            LlmCall(
                message_hash="old",
                model="m",
                prompt_tokens=5,
                completion_tokens=5,
                outcome="accepted",
                created_at=T0 - timedelta(days=90),
            )
        )
        s.commit()
        report = build_report(s, T0, T0 + timedelta(days=1), now=T0 + timedelta(days=2))
    llm = report["llm"]
    assert llm["calls"] == 2
    assert llm["prompt_tokens"] + llm["completion_tokens"] == 1050
    assert (llm["human_replies"], llm["replies_needing_llm"]) == (3, 1)
    assert abs(llm["share_needing_llm"] - 1 / 3) < 1e-9
    text = format_text(report)
    assert "calls 2, tokens 1050, replies that needed it 1 of 3 (33.3%)" in text
