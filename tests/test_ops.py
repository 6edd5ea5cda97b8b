"""Putting poagent into service: the built wheel, which config/database, never chasing blind."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from agent.cli import main
from tests.conftest import write_toml
from tests.loop_helpers import seed_po

ROOT = Path(__file__).resolve().parent.parent
CSV = (
    "PO_Number,Line,Item,Description,Quantity,UOM,Unit Price,Requested Date,Currency,"
    "Supplier ID,Supplier Name,Supplier Email,Supplier Locale,Buyer Email,Buyer Name\n"
    "4500077001,1,CAST-7781,Gearbox housing,40,EA,312.50,2027-03-15,USD,"
    "ACME,Acme Castings Ltd,orders@acme.example,en-GB,dana@buyer.example,Dana Ruiz\n"
    "4500077002,1,PIN-4,Dowel pin,100,PC,1.05,2027-03-20,EUR,"
    "BRANDT,Brandt GmbH,verkauf@brandt.example,de-DE,lee@buyer.example,Lee Chen\n"
)


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> Any:
    full = {k: v for k, v in os.environ.items() if k != "POAGENT_CONFIG"}
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "agent", *args],
        cwd=cwd,
        env=full,
        capture_output=True,
        text=True,
        timeout=300,
    )


# ----------------------------------------------------------------- the wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    out = tmp_path_factory.mktemp("wheel")
    # An in-tree build leaves build/ behind; a stale copy could ship deleted modules.
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    proc = subprocess.run(
        # No build isolation: the test extra holds setuptools, so no index is needed.
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    [built] = out.glob("poagent-*.whl")
    return built


def test_the_wheel_carries_the_default_templates(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in (ROOT / "templates").glob("*.j2"):
        assert f"agent/templates_default/{template.name}" in names, template.name
    assert not any(n.startswith("templates/") for n in names)


def test_installed_wheel_imports_and_sends_from_outside_the_checkout(
    wheel: Path, tmp_path: Path, smtp_server: Any, tls_ca: Any
) -> None:
    """What `pip install poagent-*.whl` gives a user: import a PO file and send its requests."""
    site = tmp_path / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site),
         str(wheel)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    work = tmp_path / "work"
    work.mkdir()
    (work / "pos.csv").write_text(CSV, encoding="utf-8")
    config = write_toml(
        work / "poagent.toml",
        {
            "company": {"from_address": "purchasing@buyer.example"},
            "database": {"url": f"sqlite:///{work / 'poagent.db'}"},
            "schedule": {"business_hours_only": False},
            "smtp": {
                **smtp_server.smtp_settings(),
                "password_env": "WHEEL_SMTP_PASSWORD",
                "ca_file": tls_ca.ca_file,
            },
        },
    )
    env = {"PYTHONPATH": str(site), "WHEEL_SMTP_PASSWORD": smtp_server.password}
    where = run_cli("-c", "x", cwd=work, env=env)  # argparse error: just prove the import works
    assert where.returncode == 2
    located = subprocess.run(
        [sys.executable, "-c", "import agent.templates as t; print(t.builtin_dir())"],
        cwd=work, env={**os.environ, **env}, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert located.stdout.strip() == str(site / "agent" / "templates_default"), located.stderr
    imported = run_cli("import", "pos.csv", "--config", str(config), cwd=work, env=env)
    assert imported.returncode == 0, imported.stderr
    assert "requests queued 2" in imported.stdout
    sent = run_cli("send", "--config", str(config), cwd=work, env=env)
    assert sent.returncode == 0, sent.stderr
    mails = smtp_server.wait_for(2)
    subjects = sorted(str(m.message["Subject"]) for m in mails)
    assert subjects[0].startswith("PO 4500077001") and subjects[1].startswith("PO 4500077002")


# -------------------------------------------------- which config, which database


def test_every_command_says_which_config_and_database_it_uses(tmp_path: Path) -> None:
    bare = run_cli("status", cwd=tmp_path)
    assert bare.returncode == 0, bare.stderr
    assert "no config file: built-in defaults" in bare.stderr
    assert f"database {tmp_path / 'poagent.db'}" in bare.stderr
    config = write_toml(
        tmp_path / "c.toml", {"database": {"url": f"sqlite:///{tmp_path / 'other.db'}"}}
    )
    for command in (["status"], ["report"], ["exceptions"], ["migrate"]):
        proc = run_cli(*command, "--config", str(config), cwd=tmp_path)
        assert proc.returncode == 0, (command, proc.stderr)
        assert f"poagent: config {config}; database {tmp_path / 'other.db'}" in proc.stderr
    checked = run_cli("check-config", "--config", str(config), cwd=tmp_path)
    assert f"poagent: config {config}" in checked.stderr


# ----------------------------------------------------------- never chase blind


def test_without_a_mailbox_nobody_is_chased_and_everyone_says_so(
    tmp_path: Path, session_factory: Any, settings_factory: Any, db_url: str, capsys: Any
) -> None:
    from agent.models import AckState, OutboundKind, OutboundMessage, OutboundState, PurchaseOrder
    from agent.scheduler import Agent

    settings = settings_factory(db_url=db_url, schedule={"follow_up_after": "48h"})
    sent_at = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    with session_factory() as s:
        po = seed_po(s, "4500077101", supplier_id="ACME", supplier_email="orders@acme.example",
                     lines=[("A-1", "10", "5.00", date(2027, 1, 10))])  # fmt: skip
        s.flush()
        s.add(OutboundMessage(
            kind=OutboundKind.request, state=OutboundState.sent, po_id=po.id,
            po_revision=po.revision, recipients=["orders@acme.example"], subject="PO 4500077101",
            body_text="please confirm", message_id="<r1@buyer.example>", sent_at=sent_at,
            created_at=sent_at, updated_at=sent_at,
        ))  # fmt: skip
        po.ack_state = AckState.requested
        s.commit()
    # Ten days later a follow-up and an escalation would be long due; with no mailbox neither.
    summary = Agent(settings, session_factory).cycle(sent_at + timedelta(days=10))
    assert summary.steps["cadence"] == {"skipped": "mailbox: not configured — nobody is chased"}
    assert "chasing=off (mailbox: not configured — nobody is chased)" in summary.line()
    with session_factory() as s:
        kinds = [m.kind for m in s.execute(select(OutboundMessage)).scalars()]
        assert kinds == [OutboundKind.request]
        assert s.execute(select(PurchaseOrder)).scalar_one().escalated_at is None

    config = write_toml(tmp_path / "c.toml", {"database": {"url": db_url}})
    capsys.readouterr()
    assert main(["status", "--config", str(config)]) == 0
    assert "mailbox: not configured — nobody is chased" in capsys.readouterr().out
    assert main(["check-config", "--config", str(config)]) == 0
    assert "WARNING: mailbox: not configured — nobody is chased" in capsys.readouterr().err


# ------------------------------------------------ expected failures: one line each


def test_mailbox_down_and_smtp_tls_mismatch_log_one_line_with_the_next_try(
    tmp_path: Path, smtp_server: Any, tls_ca: Any
) -> None:
    from tests.conftest import free_port

    (tmp_path / "pos.csv").write_text(CSV, encoding="utf-8")
    config = write_toml(
        tmp_path / "c.toml",
        {
            "company": {"from_address": "purchasing@buyer.example"},
            "database": {"url": f"sqlite:///{tmp_path / 'p.db'}"},
            "schedule": {"business_hours_only": False},
            # The relay wants STARTTLS; we speak implicit TLS to it: a TLS mismatch.
            "smtp": {"host": smtp_server.host, "port": smtp_server.port, "security": "ssl",
                     "ca_file": tls_ca.ca_file, "timeout_seconds": 5},
            "imap": {"host": "127.0.0.1", "port": free_port(), "username": "buyer",
                     "security": "none"},
        },
    )  # fmt: skip
    assert run_cli("import", "pos.csv", "--config", str(config), cwd=tmp_path).returncode == 0
    proc = run_cli("run", "--once", "--config", str(config), cwd=tmp_path)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr, proc.stderr
    mailbox = [ln for ln in proc.stderr.splitlines() if "Connection refused" in ln]
    assert len(mailbox) == 1 and "step mailbox:" in mailbox[0], proc.stderr
    assert "next try in" in mailbox[0]
    smtp = [ln for ln in proc.stderr.splitlines() if "cannot connect to" in ln]
    assert smtp and all("next try at 20" in ln for ln in smtp), proc.stderr
    debug = run_cli("run", "--once", "--log-level", "DEBUG", "--config", str(config), cwd=tmp_path)
    assert "Traceback" in debug.stderr


# ------------------------------------------------------------------ small items


def test_import_messages_name_a_decimal_comma_an_unknown_currency_and_an_old_date(
    tmp_path: Path,
) -> None:
    from agent.importer import parse_file

    rows = CSV.splitlines()
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "\n".join([rows[0], rows[1].replace("312.50", '"12,50"'),
                   rows[2].replace(",EUR,", ",XYZ,")]) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    problems = [str(p) for p in parse_file(bad).problems]
    assert any("'12,50' uses a decimal comma: write 12.50" in p for p in problems), problems
    assert not any("thousands" in p for p in problems)
    assert any("'XYZ' is not an ISO 4217 currency code" in p for p in problems), problems
    old = tmp_path / "old.csv"
    old.write_text(CSV.replace("2027-03-15", "2017-03-15"), encoding="utf-8")
    parsed = parse_file(old)
    assert not parsed.problems
    assert any("2017-03-15 is 9 years in the past (PO 4500077001)" in n for n in parsed.notes)


def test_subjects_never_say_po_twice_and_status_shows_the_suppliers_answer(
    tmp_path: Path, session_factory: Any, settings_factory: Any, db_url: str, capsys: Any
) -> None:
    from agent.ack_requests import queue_request
    from agent.models import OutboundMessage, PurchaseOrder
    from agent.reading.types import ExtractionResult, LineConfirmation, POConfirmation
    from agent.workflow import apply_result

    settings = settings_factory(db_url=db_url)
    t0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    with session_factory() as s:
        seed_po(s, "PO-24001", supplier_id="ACME", supplier_email="orders@acme.example",
                lines=[("A-1", "10", "5.00", date(2027, 1, 10))])  # fmt: skip
        s.commit()
        po = s.execute(select(PurchaseOrder)).scalar_one()
        queue_request(s, settings, po, t0)
        s.commit()
        [mail] = s.execute(select(OutboundMessage)).scalars()
        assert mail.subject == "PO-24001 – please confirm"
        mail.state, mail.sent_at = "sent", t0
        s.commit()
        result = ExtractionResult(
            kind="confirmation",
            confirmations=[POConfirmation(po_number="PO-24001", status="accepted",
                                          lines=[LineConfirmation(line=1, status="accepted")])],
            matched_po_numbers=["PO-24001"],
        )  # fmt: skip
        raw = b"From: orders@acme.example\r\nSubject: RE\r\nMessage-ID: <a1@acme>\r\n\r\nok\r\n"
        apply_result(s, settings, result, raw, t0 + timedelta(hours=3))
        s.commit()
    config = write_toml(tmp_path / "c.toml", {"database": {"url": db_url}})
    capsys.readouterr()
    assert main(["status", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "reply received (confirmation accepted)" in out
    assert "request sent" not in out


def test_report_reconciles_with_the_exceptions_list(
    tmp_path: Path, session_factory: Any, db_url: str, capsys: Any
) -> None:
    """A bounced request (PO never requested) and mail without a PO are open exceptions too."""
    import json

    from agent.models import ExceptionType, POException, PurchaseOrder

    now = datetime.now(UTC)
    with session_factory() as s:
        asked = seed_po(s, "4500077301", supplier_id="ACME", supplier_email="o@acme.example",
                        lines=[("A-1", "1", "5.00", date(2027, 1, 10))])  # fmt: skip
        bounced = seed_po(s, "4500077302", supplier_id="ACME", supplier_email="o@acme.example",
                          lines=[("A-2", "1", "5.00", date(2027, 1, 10))])  # fmt: skip
        s.flush()
        s.get(PurchaseOrder, asked.id).requested_at = now - timedelta(days=2)
        for po_id, kind in ((asked.id, ExceptionType.needs_review),
                            (bounced.id, ExceptionType.undeliverable), (None, ExceptionType.needs_review)):  # fmt: skip
            s.add(POException(po_id=po_id, type=kind, created_at=now - timedelta(days=1),
                              updated_at=now - timedelta(days=1)))  # fmt: skip
        s.commit()
    config = write_toml(tmp_path / "c.toml", {"database": {"url": db_url}})
    capsys.readouterr()
    assert main(["exceptions", "--config", str(config), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 3
    assert main(["report", "--config", str(config), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["overall"]["exceptions"] == 1
    assert report["open_exceptions"] == {
        "total": 3, "of_these_pos": 1, "without_po": 1, "of_other_pos": 1,
    }  # fmt: skip
    assert main(["report", "--config", str(config)]) == 0
    text = capsys.readouterr().out
    assert "open now (poagent exceptions) 3: 1 of these POs, 1 of other POs" in text


def test_the_daemon_says_at_start_that_nobody_is_chased(tmp_path: Path) -> None:
    import signal

    config = write_toml(
        tmp_path / "c.toml", {"database": {"url": f"sqlite:///{tmp_path / 'd.db'}"}}
    )
    env = {k: v for k, v in os.environ.items() if k != "POAGENT_CONFIG"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "agent", "run", "--config", str(config)],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    lines: list[str] = []
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line)
            if "poagent running" in line:
                break
    finally:
        proc.send_signal(signal.SIGTERM)
        _, rest = proc.communicate(timeout=60)
    text = "".join(lines) + rest
    assert proc.returncode == 0, text
    warning = [ln for ln in text.splitlines() if "nobody is chased" in ln]
    assert warning and "no follow-ups and no escalations" in warning[0], text


def test_check_config_warns_when_the_mailbox_cannot_be_read(
    tmp_path: Path, capsys: Any, monkeypatch: Any
) -> None:
    monkeypatch.delenv("NOBODY_SET_THIS", raising=False)
    config = write_toml(
        tmp_path / "c.toml",
        {"imap": {"username": "buyer", "password_env": "NOBODY_SET_THIS"}},
    )
    assert main(["check-config", "--config", str(config)]) == 1
    err = capsys.readouterr().err
    assert "WARNING: mailbox: not readable — nobody is chased" in err
    assert "imap.password_env: environment variable NOBODY_SET_THIS is not set" in err
