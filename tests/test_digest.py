"""Buyer digests: contents, phone-friendly rendering, once a day at digest_time in the buyer's zone."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from agent import digest
from agent.models import AckState
from tests import confirmation_rows as rows
from tests.conftest import write_toml

DANA = "dana.ruiz@buyer.example"
TOM = "tom.aldridge@buyer.example"
PLANNER = "planning@buyer.example"
CHICAGO = ZoneInfo("America/Chicago")
# 07:45 in Chicago on Tuesday 1 Dec 2026 (digest_time is 07:30 there).
NOW = datetime(2026, 12, 1, 7, 45, tzinfo=CHICAGO)
SINCE = NOW - timedelta(days=1)


@pytest.fixture
def seeded(session_factory: Any) -> Any:
    T = NOW.astimezone(rows.T0.tzinfo)
    with session_factory() as s:
        rows.supplier(s, "MIDLAND", "Midland Castings Ltd")
        rows.supplier(s, "KEYSTONE", "Keystone Industrial Supply")
        rows.buyer(s, DANA, "Dana Ruiz", "America/Chicago")
        rows.buyer(s, TOM, "Tom Aldridge", "Europe/London")
        a = rows.purchase_order(
            s,
            "4500010003",
            "MIDLAND",
            DANA,
            [(40, "312.50", date(2026, 12, 21)), (80, "48.20", date(2026, 12, 21))],
            items=["CAST-7781", "CAST-7790"],
            ack_state=AckState.acknowledged,
        )
        b = rows.purchase_order(
            s,
            "4500010005",
            "MIDLAND",
            DANA,
            [(5000, "1.28", date(2026, 12, 28))],
            ack_state=AckState.acknowledged,
        )
        c = rows.purchase_order(
            s,
            "4500010008",
            "KEYSTONE",
            DANA,
            [(60, "9.75", date(2026, 12, 11))],
            requested_at=T - timedelta(days=3, hours=2),
            ack_state=AckState.followed_up,
        )
        c.follow_ups_sent = 2
        d = rows.purchase_order(
            s,
            "4500010006",
            "KEYSTONE",
            DANA,
            [(240, "7.85", date(2026, 12, 22))],
            requested_at=T - timedelta(hours=30),
        )
        other = rows.purchase_order(s, "4500019999", "MIDLAND", TOM, [(1, "1", date(2026, 12, 22))])
        rows.exception(
            s,
            a,
            "date_late",
            at=T - timedelta(hours=5),
            priority="high",
            owner=PLANNER,
            line=1,
            po_value="2026-12-21",
            confirmed_value="2027-01-11",
            evidence="Line 1 (CAST-7781): we can deliver the 40 EA on 11 January 2027 at the earliest.",
        )
        rows.exception(
            s,
            b,
            "price_variance",
            at=T - timedelta(days=3),
            priority="medium",
            owner=DANA,
            line=1,
            po_value="1.28",
            confirmed_value="1.41",
            evidence="the unit price is now USD 1.41 per EA <due to resin>",
        )
        rows.exception(
            s,
            c,
            "needs_review",
            at=T - timedelta(hours=2),
            priority="medium",
            owner=DANA,
            evidence="the supplier asks a question instead of confirming\n---\nCan you send revision C of the drawing first?",
        )
        rows.exception(
            s,
            d,
            "undeliverable",
            at=T - timedelta(hours=29),
            priority="high",
            owner=DANA,
            evidence="550 5.1.1 <orders@keystone.example>: Recipient address rejected",
        )
        rows.exception(
            s,
            a,
            "date_early",
            at=T - timedelta(hours=5),
            state="auto_accepted",
            priority="low",
            owner=DANA,
            line=2,
            po_value="2026-12-21",
            confirmed_value="2026-12-20",
            evidence="Line 2: confirmed, ready one day early.",
        )
        rows.exception(
            s,
            b,
            "quantity_short",
            at=T - timedelta(hours=3),
            resolved_at=T - timedelta(hours=1),
            owner=DANA,
            line=1,
        )
        rows.exception(
            s,
            other,
            "date_late",
            at=T - timedelta(hours=1),
            owner=TOM,
            line=1,
            evidence="Tom's only",
        )
        s.commit()
    return session_factory


def test_collect_puts_each_item_in_its_section(
    seeded: Any, settings_factory: Any, db_url: str
) -> None:
    settings = settings_factory(db_url=db_url)
    with seeded() as s:
        person = digest.find_recipient(s, settings, DANA)
        assert person is not None and person.timezone == "America/Chicago"
        data = digest.collect(s, settings, person, NOW.astimezone(rows.T0.tzinfo), since=SINCE)
    new = {
        p: [(i["po_number"], i["type"]) for i in items] for p, items in data.new_by_priority.items()
    }
    # The 3-day-old price change is not new; the resolved one and Tom's are not Dana's business.
    assert new == {
        "high": [("4500010003", "date_late")],
        "medium": [("4500010008", "needs_review")],
        "low": [],
    }
    assert [(i["po_number"], i["type"]) for i in data.changes] == [
        ("4500010003", "date_late"),
        ("4500010005", "price_variance"),
    ]
    late = data.changes[0]
    assert (late["po_value"], late["confirmed_value"], late["item"]) == (
        "2026-12-21",
        "2027-01-11",
        "CAST-7781",
    )
    assert late["owner"] == PLANNER and not late["owner_is_recipient"]
    [review] = data.review
    assert review["reason"] == "the supplier asks a question instead of confirming"
    assert review["evidence"] == "Can you send revision C of the drawing first?"
    assert [i["po_number"] for i in data.undeliverable] == ["4500010006"]
    assert [(i["po_number"], i["line"]) for i in data.auto_accepted] == [("4500010003", 2)]
    assert [(a["po_number"], a["age"], a["follow_ups"]) for a in data.awaiting] == [
        ("4500010008", "3 days", 2),
        ("4500010006", "30 h", 0),
    ]

    # The planner who owns the date slip gets it in their own digest.
    with seeded() as s:
        planner = digest.find_recipient(s, settings, PLANNER)
        assert planner is not None and not planner.is_buyer
        pdata = digest.collect(s, settings, planner, NOW, since=SINCE)
    assert [i["po_number"] for i in pdata.changes] == ["4500010003"]
    assert pdata.awaiting == [] and pdata.review == []


def test_rendering_is_phone_friendly_and_escaped(
    seeded: Any, settings_factory: Any, db_url: str
) -> None:
    settings = settings_factory(db_url=db_url)
    with seeded() as s:
        data, rendered = digest.preview(s, settings, DANA, NOW)  # type: ignore[misc]
    assert "1 high" in rendered.subject and "2 to approve" in rendered.subject
    text = rendered.text
    for heading in (
        "== NEW EXCEPTIONS (2) ==",
        "== CHANGES WAITING FOR APPROVAL (2) ==",
        "== REPLIES WAITING FOR REVIEW (1) ==",
        "== UNDELIVERABLE REQUESTS (1) ==",
        "== POS AWAITING ACKNOWLEDGMENT (2) ==",
        "== AUTO-ACCEPTED WITHIN TOLERANCE (1) ==",
    ):
        assert heading in text
    assert "High priority (1)" in text
    assert "[HIGH] PO 4500010003 · line 1 · CAST-7781" in text
    assert "Ordered:   2026-12-21\n  Confirmed: 2027-01-11" in text
    assert (
        'Supplier wrote: "Line 1 (CAST-7781): we can deliver the 40 EA on 11 January 2027' in text
    )
    assert "Owner: planning@buyer.example" in text
    assert "Reason: the supplier asks a question instead of confirming" in text
    assert (
        "PO 4500010008 — Keystone Industrial Supply\n  waiting 3 days · 2 follow-ups sent" in text
    )
    assert "Tom's only" not in text
    # Readable on a phone: short lines, no tables.
    long_lines = [ln for ln in text.splitlines() if len(ln) > 100 and "Supplier wrote" not in ln]
    assert long_lines == []
    html = rendered.html
    assert html and '<meta name="viewport"' in html and "<table" not in html
    assert "max-width:600px" in html
    assert "&lt;due to resin&gt;" in html and "<due to resin>" not in html
    assert "Can you send revision C of the drawing first?" in html


def test_sent_once_a_day_at_digest_time_in_each_buyers_zone(
    seeded: Any, settings_factory: Any, db_url: str, smtp_server: Any
) -> None:
    from sqlmodel import select

    from agent import outbox
    from agent.models import OutboundMessage, PurchaseOrder

    settings = settings_factory(db_url=db_url, smtp=smtp_server, schedule={"digest_time": "07:30"})
    before = datetime(2026, 12, 1, 7, 20, tzinfo=CHICAGO)
    s1 = digest.send_due_digests(seeded, settings, before)
    # 07:20 in Chicago is 13:20 in London and UTC (the planner has the company's zone):
    # Tom's and the planner's digests are due, Dana's is not yet.
    assert sorted(s1.recipients) == sorted([TOM, PLANNER])
    with seeded() as s:
        # Opened in the very instant of the digest run: in today's digest, not "new" tomorrow.
        po = s.exec(select(PurchaseOrder).where(PurchaseOrder.po_number == "4500010005")).one()
        rows.exception(
            s,
            po,
            "quantity_short",
            at=NOW,
            owner=DANA,
            line=1,
            po_value="5000",
            confirmed_value="4000",
        )
        s.commit()
    s2 = digest.send_due_digests(seeded, settings, NOW)
    assert s2.recipients == [DANA]
    s3 = digest.send_due_digests(seeded, settings, NOW + timedelta(minutes=30))
    assert s3.queued == 0 and s3.already_sent >= 2
    outbox.send_due(seeded, settings, NOW)
    got = smtp_server.wait_for(len(s1.recipients) + len(s2.recipients))
    to_dana = [m for m in got if DANA in m.rcpt_tos]
    assert len(to_dana) == 1
    msg = BytesParser(policy=policy.default).parsebytes(to_dana[0].data)
    assert msg.get_content_type() == "multipart/alternative"
    assert "PO 4500010003" in msg.get_body(("plain",)).get_content()
    # The next morning brings the next one, and "new" starts after yesterday's digest.
    tomorrow = NOW + timedelta(days=1)
    s4 = digest.send_due_digests(seeded, settings, tomorrow, only=[DANA])
    assert s4.recipients == [DANA]
    with seeded() as s:
        person = digest.find_recipient(s, settings, DANA)
        data = digest.collect(s, settings, person, tomorrow)  # type: ignore[arg-type]
    assert data.new_count == 0 and len(data.changes) == 3
    with seeded() as s:
        [queued] = s.exec(
            select(OutboundMessage).where(OutboundMessage.due_key == f"digest:{DANA}:2026-12-01")
        ).all()
    assert "quantity_short" not in queued.body_text and "Less quantity" in queued.body_text


def test_cli_dry_run_prints_and_sends_nothing(seeded: Any, db_url: str, tmp_path: Path) -> None:
    config = write_toml(tmp_path / "poagent.toml", {"database": {"url": db_url}})
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "agent",
            "digest",
            "--config",
            str(config),
            "--buyer",
            DANA,
            "--dry-run",
            "--now",
            NOW.isoformat(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"To: {DANA}\nSubject: ")
    assert "== CHANGES WAITING FOR APPROVAL (2) ==" in proc.stdout
    with seeded() as s:
        from sqlmodel import select

        from agent.models import OutboundMessage

        assert s.exec(select(OutboundMessage)).all() == []
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "agent",
            "digest",
            "--config",
            str(config),
            "--buyer",
            "nobody@x.example",
            "--dry-run",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2 and "nobody@x.example" in bad.stderr and DANA in bad.stderr


def test_cli_without_dry_run_queues_only_the_digest(
    seeded: Any, db_url: str, tmp_path: Path
) -> None:
    from sqlmodel import select

    from agent.models import OutboundKind, OutboundMessage, OutboundState

    config = write_toml(tmp_path / "poagent.toml", {"database": {"url": db_url}})
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "agent",
            "digest",
            "--config",
            str(config),
            "--buyer",
            DANA.upper(),
            "--now",
            NOW.isoformat(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "queued" in proc.stdout
    with seeded() as s:
        [msg] = s.exec(select(OutboundMessage)).all()
    assert msg.kind == OutboundKind.digest and msg.state == OutboundState.queued
    assert msg.recipients == [DANA]
    assert msg.body_html and "Changes waiting for approval (2)" in msg.body_html


def test_one_agent_cycle_at_digest_time_delivers_the_digest(
    seeded: Any, settings_factory: Any, db_url: str, smtp_server: Any
) -> None:
    """The digest queued by a cycle goes out in that same cycle, and only once."""
    from sqlmodel import select

    from agent.models import OutboundKind, OutboundMessage, OutboundState
    from agent.scheduler import Agent

    settings = settings_factory(db_url=db_url, smtp=smtp_server, schedule={"digest_time": "07:30"})
    agent = Agent(settings, seeded)
    first = agent.cycle(NOW)
    assert not first.errors, first.errors
    assert first.steps["digests"]["queued"] >= 1
    got = smtp_server.wait_for(first.steps["digests"]["queued"])
    assert [m for m in got if DANA in m.rcpt_tos], [m.rcpt_tos for m in got]
    assert f"digests={first.steps['digests']['queued']}" in first.line()
    with seeded() as s:
        digests = s.exec(
            select(OutboundMessage).where(OutboundMessage.kind == OutboundKind.digest)
        ).all()
    assert digests and all(m.state == OutboundState.sent for m in digests)
    # The next cycle (still inside the digest window) sends nothing again.
    count = len(smtp_server.messages())
    again = agent.cycle(NOW + timedelta(minutes=5))
    assert again.steps["digests"]["queued"] == 0
    assert len(smtp_server.messages()) == count
