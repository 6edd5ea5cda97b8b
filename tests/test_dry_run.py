"""An honest clock: --dry-run shows and changes nothing; --now refuses to act far from real time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from agent.cli import main
from tests.conftest import write_toml
from tests.test_ops import CSV


def snapshot(url: str) -> dict[str, Any]:
    """Everything a dry run must leave alone, as plain values."""
    from agent.db import make_engine, session_factory
    from agent.models import AuditLog, OutboundMessage, POException, PurchaseOrder

    engine = make_engine(url)
    try:
        with session_factory(engine)() as s:
            return {
                "audit": s.execute(select(func.count(AuditLog.id))).scalar(),
                "outbox": sorted(
                    (m.kind.value, m.state.value, str(m.sent_at))
                    for m in s.execute(select(OutboundMessage)).scalars()
                ),
                "pos": sorted(
                    (p.po_number, p.ack_state.value, p.follow_ups_sent, str(p.escalated_at))
                    for p in s.execute(select(PurchaseOrder)).scalars()
                ),
                "exceptions": s.execute(select(func.count(POException.id))).scalar(),
            }
    finally:
        engine.dispose()


@pytest.fixture
def live(tmp_path: Path, db_url: str, smtp_server: Any, tls_ca: Any, monkeypatch: Any) -> Any:
    """A database that has sent real mail: two POs imported and their requests sent now."""
    monkeypatch.delenv("POAGENT_CONFIG", raising=False)
    monkeypatch.setenv("DRY_SMTP_PASSWORD", smtp_server.password)
    (tmp_path / "pos.csv").write_text(CSV, encoding="utf-8")
    config = write_toml(
        tmp_path / "c.toml",
        {
            "company": {"from_address": "purchasing@buyer.example"},
            "database": {"url": db_url},
            "schedule": {"business_hours_only": False, "follow_up_after": "48h"},
            "smtp": {
                **smtp_server.smtp_settings(),
                "password_env": "DRY_SMTP_PASSWORD",
                "ca_file": tls_ca.ca_file,
            },
            # Configured (so chasing is on) but never reached: a dry run reads no mailbox.
            "imap": {"host": "127.0.0.1", "port": 9, "username": "buyer", "security": "none"},
        },
    )
    assert main(["import", str(tmp_path / "pos.csv"), "--config", str(config)]) == 0
    assert main(["send", "--config", str(config)]) == 0
    assert len(smtp_server.wait_for(2)) == 2
    return config


def later(days: float) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).isoformat()


def test_now_far_from_the_real_clock_is_refused_on_a_database_that_sent_mail(
    live: Path, db_url: str, smtp_server: Any, capsys: Any
) -> None:
    before = snapshot(db_url)
    capsys.readouterr()
    for command in (["run", "--once"], ["send"], ["digest", "--buyer", "dana@buyer.example"]):
        assert main([*command, "--config", str(live), "--now", later(10)]) == 2, command
        err = capsys.readouterr().err
        assert "hours ahead of the real clock, and this database has sent real mail" in err
        assert "--dry-run" in err and "--allow-clock-skew" in err
    assert main(["import", str(live.parent / "pos.csv"), "--config", str(live),
                 "--now", later(-3)]) == 2  # fmt: skip
    assert "hours behind the real clock" in capsys.readouterr().err
    assert snapshot(db_url) == before
    assert len(smtp_server.messages()) == 2
    # Within an hour of the real clock --now still acts (a test nudging the time).
    assert main(["send", "--config", str(live), "--now", later(0.02)]) == 0


def test_dry_run_shows_the_follow_ups_and_changes_nothing(
    live: Path, db_url: str, smtp_server: Any, capsys: Any
) -> None:
    before = snapshot(db_url)
    capsys.readouterr()
    assert main(["run", "--dry-run", "--config", str(live), "--now", later(10)]) == 0
    out = capsys.readouterr().out
    assert "nothing was sent, moved or written" in out
    assert "would queue follow-up for PO 4500077001" in out
    assert "would queue follow-up for PO 4500077002" in out
    assert "would escalate PO 4500077001 to its buyer" in out
    assert out.count("would send follow_up") == 2
    assert "follow_ups=2" in out and "escalations=2" in out
    assert snapshot(db_url) == before
    assert len(smtp_server.messages()) == 2

    # send / import / digest --dry-run: the same promise.
    assert main(["send", "--dry-run", "--config", str(live), "--now", later(10)]) == 0
    assert "dry run: would send 0, held 0; nothing sent" in capsys.readouterr().out
    changed = live.parent / "v2.csv"
    changed.write_text(CSV.replace("312.50", "300.00"), encoding="utf-8")
    assert main(["import", str(changed), "--dry-run", "--config", str(live)]) == 0
    out = capsys.readouterr().out
    assert "dry run, nothing written: would be created 0, revised 1" in out
    assert "requests that would be queued 1" in out
    assert main(["digest", "--buyer", "dana@buyer.example", "--dry-run", "--config", str(live),
                 "--now", later(10)]) == 0  # fmt: skip
    assert snapshot(db_url) == before
    assert len(smtp_server.messages()) == 2

    # --allow-clock-skew: the explicit "yes, act as if it were then" (a scratch database).
    assert main(["digest", "--buyer", "dana@buyer.example", "--allow-clock-skew",
                 "--config", str(live), "--now", later(10)]) == 0  # fmt: skip
    assert len(snapshot(db_url)["outbox"]) == len(before["outbox"]) + 1


def test_send_verbose_says_why_mail_is_held_and_until_when(
    tmp_path: Path, sqlite_url: str, capsys: Any, monkeypatch: Any
) -> None:
    monkeypatch.delenv("POAGENT_CONFIG", raising=False)
    (tmp_path / "pos.csv").write_text(CSV, encoding="utf-8")
    config = write_toml(
        tmp_path / "c.toml",
        {
            "company": {"from_address": "purchasing@buyer.example", "timezone": "Europe/Berlin"},
            "database": {"url": sqlite_url},
            "smtp": {"host": "127.0.0.1", "port": 9},
        },
    )
    saturday = "2026-11-07T12:00:00Z"
    assert main(["import", str(tmp_path / "pos.csv"), "--config", str(config),
                 "--now", saturday]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["send", "-v", "--config", str(config), "--now", saturday]) == 0
    out = capsys.readouterr().out
    assert out.count("held request") == 2
    reason = "outside business hours (Mon-Fri 08:00-17:00 Europe/Berlin) until 2026-11-09 08:00 CET"
    assert reason in out
    assert f"held 2 ({reason})" in out
