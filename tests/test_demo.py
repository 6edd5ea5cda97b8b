"""`poagent demo` as a user runs it: a subprocess, no mail account, no network beyond loopback.

The printed figures are checked against the scenario the simulated suppliers
play (10 POs, 7 suppliers) and against the database the demo kept, read back
through `poagent report --json` and `poagent export`.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], Path, float]:
    keep = tmp_path_factory.mktemp("demo-keep")
    env = {k: v for k, v in os.environ.items() if not k.startswith("POAGENT_")}
    started = time.monotonic()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "agent",
            "demo",
            "--keep",
            str(keep),
            "--start",
            "2026-11-30T08:00Z",
        ],
        capture_output=True,
        text=True,
        timeout=170,
        env=env,
        cwd=keep,  # nothing may be written to the working directory
    )
    return proc, keep, time.monotonic() - started


def test_demo_finishes_quickly_and_cleanly(
    demo: tuple[subprocess.CompletedProcess[str], Path, float],
) -> None:
    proc, keep, seconds = demo
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert seconds < 120
    assert "Traceback" not in proc.stdout + proc.stderr
    assert "failed" not in proc.stdout.replace("0 failed", "")
    names = {p.name for p in keep.iterdir()}
    assert {"demo.db", "export", "messages", "poagent.toml", "secrets"} <= names
    assert "poagent.db" not in names  # the default database was never touched
    # The secrets live in files named by the config, never in it or in the output.
    config = (keep / "poagent.toml").read_text()
    for secret_file in (keep / "secrets").iterdir():
        secret = secret_file.read_text()
        assert secret not in config and secret not in proc.stdout
        assert secret_file.stat().st_mode & 0o077 == 0


def test_narration_shows_the_agent_at_work(
    demo: tuple[subprocess.CompletedProcess[str], Path, float],
) -> None:
    out = demo[0].stdout
    assert out.count("→ request sent   PO") == 10
    assert (
        "← mail in        PO 4500010006 from Severn Resins: bounce (address does not exist)" in out
    )
    assert re.search(r"! exception      PO 4500010006 undeliverable \[\w+\]", out)
    assert (
        "← mail in        PO 4500010007 from Vandersteen Precisie: out-of-office auto-reply" in out
    )
    assert re.search(
        r"✓ auto-accepted  PO 4500010002 line 1 date_early: \S+ → \S+ \(within tolerance\)", out
    )
    assert re.search(
        r"! exception      PO 4500010003 line 1 date_late: 2026-12-21 → 2027-01-11 \[high\]", out
    )
    assert re.search(r"! exception      PO 4500010005 line 1 price_variance: 1\.28 → 1\.41", out)
    # Follow-ups go only to those who did not answer; the silent one is escalated.
    followed = set(re.findall(r"follow-up sent PO (\d+)", out))
    assert followed == {"4500010007", "4500010008", "4500010009", "4500010010"}
    assert "escalated      PO 4500010008" in out
    for answered in ("4500010001", "4500010002", "4500010003", "4500010004", "4500010005"):
        assert f"follow-up sent PO {answered}" not in out
    # The out-of-office supplier is chased only after the return date it gave.
    ooo_follow_up = re.search(r"(\w{3} \d\d \w{3}) \d\d:\d\d  → follow-up sent PO 4500010007", out)
    assert ooo_follow_up and ooo_follow_up.group(1) == "Thu 03 Dec"
    assert "digest sent    to" in out
    # The planner's decision, taken through the same function as `poagent resolve`.
    assert re.search(
        r"✓ resolved       PO 4500010003 line 1 date_late: accepted by planning@demo-buyer\.example",
        out,
    )


def test_printed_report_matches_the_scenario_and_the_database(
    demo: tuple[subprocess.CompletedProcess[str], Path, float],
) -> None:
    proc, keep, _ = demo
    out = proc.stdout
    assert "POs requested               10" in out
    assert "acknowledged                7 (70.0%)" in out
    for line in (
        "date_late                 1  (10.0% of POs)",
        "price_variance            1  (10.0% of POs)",
        "undeliverable             1  (10.0% of POs)",
        "needs_review              1  (10.0% of POs)",
    ):
        assert line in out
    assert "auto-accepted within tolerance: 1" in out
    assert re.search(r"median time to resolve      \d+\.\dh  \(1 resolved\)", out)
    assert re.search(r"KEYSTONE\s+2\s+0\s+0\.0%", out)
    assert re.search(r"LAKESHORE\s+2\s+2\s+100\.0%", out)
    assert "Write-back: 7 confirmation versions delivered to the ERP webhook" in out
    assert "7 applied once each), 0 pending, 0 failed" in out
    assert len(list((keep / "export").iterdir())) == 7

    # The same figures, recomputed from the kept database by the ordinary commands.
    config = str(keep / "poagent.toml")
    window = re.search(r"Acknowledgment report  (\S+) → (\S+) UTC", out)
    assert window
    report = subprocess.run(
        [
            sys.executable,
            "-m",
            "agent",
            "report",
            "--config",
            config,
            "--json",
            "--since",
            window.group(1),
            "--until",
            window.group(2) + "+00:00",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert report.returncode == 0, report.stderr
    data = json.loads(report.stdout)
    overall = data["overall"]
    assert (overall["requested"], overall["acknowledged"]) == (10, 7)
    hours = overall["median_hours_to_ack"]
    assert f"median time to acknowledge  {hours:.1f}h" in out
    assert overall["exceptions"] == int(
        re.search(r"exceptions for a person     (\d+)", out).group(1)
    )
    exported = subprocess.run(
        [sys.executable, "-m", "agent", "export", "--config", config, "--format", "csv"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    by_line = {(r["po_number"], r["line"]): r for r in rows}
    assert by_line[("4500010003", "1")]["confirmed_date"] == "2027-01-11"
    assert by_line[("4500010003", "1")]["status"] == "changed"
    assert by_line[("4500010005", "1")]["unit_price"] in ("1.41", "1.410000")
    assert by_line[("4500010001", "1")]["confirmation_version"] == "1"
    assert not any(r["po_number"] in ("4500010006", "4500010008", "4500010009") for r in rows)


def test_printed_digest_has_every_section_with_the_suppliers_words(
    demo: tuple[subprocess.CompletedProcess[str], Path, float],
) -> None:
    out = demo[0].stdout
    digest = out[out.index("The digest for ") :]
    assert "Subject: PO digest " in digest
    for heading in (
        "== NEW EXCEPTIONS (",
        "== CHANGES WAITING FOR APPROVAL (",
        "== REPLIES WAITING FOR REVIEW (",
        "== UNDELIVERABLE REQUESTS (",
        "== POS AWAITING ACKNOWLEDGMENT (",
        "== AUTO-ACCEPTED WITHIN TOLERANCE (",
    ):
        assert heading in digest
    if "dana.ruiz@" in digest.splitlines()[0]:
        assert "PO 4500010005 · line 1 · PL-5520" in digest
        assert 'Supplier wrote: "Line 1 (PL-5520): the unit price is now USD 1.41 per EA.' in digest
        assert "Joliet plant or to the Aurora warehouse" in digest
        assert "PO 4500010008 — Keystone Industrial Supply" in digest
    else:
        assert "PO 4500010003 · line 1 · CAST-7781" in digest
        assert "PO 4500010006" in digest


def test_simulated_suppliers_write_mail_the_reader_takes_for_what_it_is() -> None:
    """Bounce, out-of-office and human replies, threaded to the request, via a real SMTP relay
    and a real IMAP mailbox (the demo's embedded servers)."""
    import smtplib
    from datetime import UTC, datetime
    from email.message import EmailMessage

    from imapclient import IMAPClient

    from agent.demo.runner import SCRIPT, sample_pos
    from agent.demo.servers import EmbeddedIMAP, EmbeddedSMTP
    from agent.demo.suppliers import SupplierSimulator
    from agent.reading.classify import classify
    from agent.reading.message import normalize

    now = [datetime(2026, 11, 30, 8, 0, tzinfo=UTC)]
    pos = sample_pos()
    with EmbeddedIMAP(user="purchasing@demo-buyer.example", password="pw") as imap:
        sim = SupplierSimulator(
            pos, SCRIPT, deliver=lambda raw, when: imap.append(raw, when=when), clock=lambda: now[0]
        )
        with EmbeddedSMTP(on_message=sim.on_message) as smtp:
            for po in pos:
                req = EmailMessage()
                req["From"] = "Purchasing <purchasing@demo-buyer.example>"
                req["To"] = po["supplier"]["email"]
                req["Subject"] = f"PO {po['po_number']} – please confirm"
                req["Message-ID"] = f"<req.{po['po_number']}@demo-buyer.example>"
                req.set_content(
                    f"Please confirm PO {po['po_number']}.\nLine 1  qty 40  price 312.50\n"
                )
                with smtplib.SMTP(smtp.host, smtp.port, timeout=10) as client:
                    client.send_message(req)
            assert len(smtp.messages()) == 10
        now[0] = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)
        delivered = sim.deliver_due()
        # Keystone and Pennine stay silent on the first request.
        assert sorted(r.po_number for r in delivered) == sorted(
            p["po_number"] for p in pos if p["supplier"]["id"] not in ("KEYSTONE", "PENNINE")
        )
        with IMAPClient(imap.host, port=imap.port, ssl=False, timeout=10) as client:
            client.login(imap.user, imap.password)
            client.select_folder("INBOX")
            fetched = client.fetch(client.search(["ALL"]), ["RFC822"])
            raws = [v[b"RFC822"] for v in fetched.values()]
    assert len(raws) == len(delivered)
    kinds: dict[str, str] = {}
    for raw in raws:
        msg = normalize(raw)
        kinds[msg.subject] = classify(msg, ["demo-buyer.example"]).kind
        if msg.delivery_status is None:
            assert msg.in_reply_to and msg.in_reply_to[0].startswith("<req.")
            # The request is quoted, as a mail client does, and never counted as own words.
            assert "312.50" not in msg.own_text
    by_kind = sorted(kinds.values())
    assert by_kind.count("bounce") == 1
    assert by_kind.count("auto_reply") == 1
    assert by_kind.count("human") == 5
