"""Acknowledgment requests sent over real SMTP (aiosmtpd on loopback), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import col, select

from agent.importer import apply_import, parse_file
from agent.models import (
    AckState,
    AttemptOutcome,
    AuditLog,
    ExceptionType,
    OutboundKind,
    OutboundMessage,
    OutboundState,
    POException,
    PurchaseOrder,
    SendAttempt,
    SuppressedAddress,
)
from agent.outbox import enqueue, send_due

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def po_doc(number="4500012345", description="Gearbox housing, ductile iron", price="312.50",
           email="orders@acme-castings.example", quantity=40):  # fmt: skip
    return {
        "po_number": number,
        "supplier": {"id": "ACME", "name": "Acme Castings Ltd", "email": email, "locale": "en-GB"},
        "buyer": {"name": "Dana Ruiz", "email": "dana.ruiz@buyer.example"},
        "currency": "USD",
        "issued": "2026-11-02",
        "lines": [
            {"line": 1, "item": "CAST-7781", "description": description, "quantity": quantity,
             "uom": "EA", "unit_price": price, "requested_date": "2026-12-15"},
            {"line": 2, "item": "BOLT-M12", "description": "Hex bolt M12x40 <zinc> & washer",
             "quantity": 1250, "uom": "PC", "unit_price": "0.1160", "requested_date": "2027-01-08"},
        ],
    }  # fmt: skip


def import_docs(tmp_path: Path, factory, settings, docs, now=NOW, name="pos.json"):
    path = tmp_path / name
    path.write_text(json.dumps(docs), encoding="utf-8")
    parsed = parse_file(path)
    assert not parsed.problems, [str(p) for p in parsed.problems]
    return apply_import(factory, settings, parsed, now)


def test_request_arrives_with_headers_threading_bodies_and_line_table(
    tmp_path, db_url, session_factory, smtp_server, settings_factory
):
    settings = settings_factory(
        db_url, smtp_server, company={"reply_to": "po-replies@buyer.example"}
    )
    # A description with CR/LF must not become a header.
    evil = "Gearbox housing\r\nBcc: attacker@evil.example\r\nX-Injected: yes"
    summary = import_docs(tmp_path, session_factory, settings, [po_doc(description=evil)])
    assert (summary.created, summary.requests_queued) == (1, 1)

    result = send_due(session_factory, settings, NOW)
    assert result.sent == 1 and result.failed == 0
    (mail,) = smtp_server.wait_for(1)
    assert mail.authenticated_as == "mailer"
    assert mail.mail_from == "purchasing@buyer.example"
    assert mail.rcpt_tos == ["orders@acme-castings.example"]
    msg = mail.message
    assert msg["Subject"] == "PO 4500012345 – please confirm"
    assert msg["From"] == "Buyer Example GmbH <purchasing@buyer.example>"
    assert msg["To"] == "orders@acme-castings.example"
    assert msg["Reply-To"] == "po-replies@buyer.example"
    assert msg["Bcc"] is None and msg["X-Injected"] is None
    assert "attacker@evil.example" not in mail.rcpt_tos
    with session_factory() as s:
        row = s.exec(select(OutboundMessage)).one()
        po = s.exec(select(PurchaseOrder)).one()
    assert msg["Message-ID"] == row.message_id
    assert row.message_id.endswith("@buyer.example>") and "4500012345" in row.message_id
    assert msg["In-Reply-To"] is None  # a first request starts the thread
    assert row.state == OutboundState.sent and row.sent_at == NOW
    assert po.ack_state == AckState.requested and po.requested_at == NOW

    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "reply to this email: confirm as is, or tell us per line what changes" in text.lower()
    # en-GB supplier: their own number and date formats.
    table = [ln for ln in text.splitlines() if "CAST-7781" in ln or "BOLT-M12" in ln]
    assert len(table) == 2
    assert all(w in table[0] for w in ("1", "CAST-7781", "40", "EA", "312.50", "15 Dec 2026"))
    assert "Bcc: attacker" in table[0]  # kept as text on the same line, harmless in a body
    assert all(w in table[1] for w in ("BOLT-M12", "1,250", "PC", "0.116", "8 Jan 2027"))
    assert "Hex bolt M12x40 &lt;zinc&gt; &amp; washer" in html
    assert "<zinc>" not in html
    assert "<td>CAST-7781</td>" in html and "312.50" in html


def test_revision_goes_out_in_the_same_thread(
    tmp_path, db_url, session_factory, smtp_server, settings_factory
):
    settings = settings_factory(db_url, smtp_server)
    import_docs(tmp_path, session_factory, settings, [po_doc()])
    send_due(session_factory, settings, NOW)
    later = NOW + timedelta(hours=2)
    summary = import_docs(tmp_path, session_factory, settings, [po_doc(price="300.00")], later)
    assert summary.revised == 1
    send_due(session_factory, settings, later)
    first, second = (m.message for m in smtp_server.wait_for(2))
    assert second["Subject"] == "PO 4500012345 (revision 1) – revised, please confirm"
    assert second["In-Reply-To"] == first["Message-ID"]
    assert first["Message-ID"] in second["References"]
    text = second.get_body(("plain",)).get_content()
    assert "revised" in text and "1*" in text  # line 1 changed and is marked
    assert "300.00" in text
    with session_factory() as s:
        po = s.exec(select(PurchaseOrder)).one()
        assert (po.revision, po.ack_state) == (1, AckState.requested)


# aiosmtpd does not count implicit TLS as TLS and warns about AUTH without it.
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
@pytest.mark.parametrize("security", ["ssl", "none"])
def test_implicit_tls_and_plain_relay(tmp_path, sqlite_url, smtp_server_factory, settings_factory,
                                      security):  # fmt: skip
    from agent.db import make_engine, session_factory

    server = smtp_server_factory(security=security, auth=security == "ssl")
    settings = settings_factory(sqlite_url, server)
    factory = session_factory(make_engine(sqlite_url))
    import_docs(tmp_path, factory, settings, [po_doc()])
    assert send_due(factory, settings, NOW).sent == 1
    (mail,) = server.wait_for(1)
    assert mail.authenticated_as == ("mailer" if security == "ssl" else None)


def test_wrong_smtp_password_retries_and_never_shows_the_password(
    tmp_path, sqlite_url, smtp_server, settings_factory, monkeypatch
):
    from agent.db import make_engine, session_factory

    settings = settings_factory(sqlite_url, smtp_server)
    monkeypatch.setenv("POAGENT_TEST_SMTP_PASSWORD", "wrong-pass-77")
    factory = session_factory(make_engine(sqlite_url))
    import_docs(tmp_path, factory, settings, [po_doc()])
    result = send_due(factory, settings, NOW)
    assert (result.sent, result.retrying) == (0, 1)
    assert "login as mailer refused" in result.errors[0]
    with factory() as s:
        row = s.exec(select(OutboundMessage)).one()
        assert row.state == OutboundState.retrying
        texts = [row.last_error or ""] + [a.detail or "" for a in s.exec(select(SendAttempt))]
        texts += [json.dumps(a.details) for a in s.exec(select(AuditLog))]
    assert not any("wrong-pass-77" in t for t in texts)


def test_temporary_failure_retries_with_exponential_backoff(
    tmp_path, db_url, session_factory, smtp_server, settings_factory
):
    settings = settings_factory(db_url, smtp_server, smtp_options={"retry_base_seconds": 60})
    import_docs(tmp_path, session_factory, settings, [po_doc()])
    smtp_server.data_replies.extend(["451 4.3.0 mailbox busy", "421 4.7.0 try again later"])

    assert send_due(session_factory, settings, NOW).retrying == 1
    with session_factory() as s:
        row = s.exec(select(OutboundMessage)).one()
        assert row.next_attempt_at == NOW + timedelta(seconds=60)
        assert "451" in (row.last_error or "")
    # Not due yet: nothing happens.
    assert send_due(session_factory, settings, NOW + timedelta(seconds=30)).retrying == 0
    assert send_due(session_factory, settings, NOW + timedelta(seconds=61)).retrying == 1
    with session_factory() as s:
        row = s.exec(select(OutboundMessage)).one()
        # Second failure waits twice as long.
        assert row.next_attempt_at == NOW + timedelta(seconds=61 + 120)
    assert send_due(session_factory, settings, NOW + timedelta(seconds=200)).sent == 1
    assert len(smtp_server.wait_for(1)) == 1
    with session_factory() as s:
        outcomes = [a.outcome for a in s.exec(select(SendAttempt).order_by(col(SendAttempt.id)))]
        ids = {a.message_id for a in s.exec(select(SendAttempt))}
    assert outcomes == [AttemptOutcome.temporary_failure, AttemptOutcome.temporary_failure,
                        AttemptOutcome.sent]  # fmt: skip
    assert len(ids) == 1  # every attempt carried the same Message-ID


def test_permanent_failure_marks_failed_and_opens_undeliverable_for_the_buyer(
    tmp_path, db_url, session_factory, smtp_server, settings_factory
):
    settings = settings_factory(db_url, smtp_server)
    smtp_server.rcpt_replies["gone@acme-castings.example"] = "550 5.1.1 no such user"
    import_docs(tmp_path, session_factory, settings, [po_doc(email="gone@acme-castings.example")])
    result = send_due(session_factory, settings, NOW)
    assert (result.sent, result.failed) == (0, 1)
    assert smtp_server.received == []
    with session_factory() as s:
        row = s.exec(select(OutboundMessage)).one()
        assert row.state == OutboundState.failed and "5.1.1" in (row.last_error or "")
        exc = s.exec(select(POException)).one()
        assert exc.type == ExceptionType.undeliverable
        assert exc.owner == "dana.ruiz@buyer.example" and exc.priority.value == "high"
        assert exc.po_id == s.exec(select(PurchaseOrder)).one().id
        assert s.get(SuppressedAddress, "gone@acme-castings.example") is not None
        po = s.exec(select(PurchaseOrder)).one()
        assert po.ack_state == AckState.new  # nothing reached the supplier
    # Mail queued later to the suppressed address fails without another SMTP attempt.
    with session_factory() as s:
        enqueue(s, kind="follow_up", to=["Gone@ACME-castings.example"], subject="s", text="t",
                now=NOW, domain="buyer.example")  # fmt: skip
        s.commit()
    assert send_due(session_factory, settings, NOW).failed == 1
    assert smtp_server.received == []


def test_policy_refusal_does_not_suppress_the_address(
    tmp_path, sqlite_url, smtp_server, settings_factory
):
    from agent.db import make_engine, session_factory

    settings = settings_factory(sqlite_url, smtp_server)
    factory = session_factory(make_engine(sqlite_url))
    smtp_server.data_replies.append("554 5.7.1 message rejected by policy")
    import_docs(tmp_path, factory, settings, [po_doc()])
    assert send_due(factory, settings, NOW).failed == 1
    with factory() as s:
        assert s.exec(select(SuppressedAddress)).all() == []


def test_server_down_retries_then_gives_up_with_an_exception(
    tmp_path, sqlite_url, settings_factory
):
    from agent.db import make_engine, session_factory
    from tests.conftest import free_port

    settings = settings_factory(
        sqlite_url,
        {"host": "127.0.0.1", "port": free_port(), "security": "none", "max_attempts": 2,
         "retry_base_seconds": 10, "timeout_seconds": 2},
    )  # fmt: skip
    factory = session_factory(make_engine(sqlite_url))
    import_docs(tmp_path, factory, settings, [po_doc()])
    assert send_due(factory, settings, NOW).retrying == 1
    assert send_due(factory, settings, NOW + timedelta(seconds=11)).failed == 1
    with factory() as s:
        row = s.exec(select(OutboundMessage)).one()
        assert row.state == OutboundState.failed and row.attempts == 2
        assert "gave up after 2 attempts" in (row.last_error or "")
        assert s.exec(select(POException)).one().type == ExceptionType.undeliverable


def test_business_hours_hold_supplier_mail(tmp_path, sqlite_url, smtp_server, settings_factory):
    from agent.db import make_engine, session_factory

    settings = settings_factory(
        sqlite_url, smtp_server,
        schedule={"business_hours_only": True, "business_start": "08:00", "business_end": "17:00"},
        company={"timezone": "Europe/Berlin"},
    )  # fmt: skip
    factory = session_factory(make_engine(sqlite_url))
    import_docs(tmp_path, factory, settings, [po_doc()])
    saturday = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
    assert send_due(factory, settings, saturday).held == 1
    monday_0630_berlin = datetime(2026, 11, 30, 5, 30, tzinfo=UTC)
    assert send_due(factory, settings, monday_0630_berlin).held == 1
    assert send_due(factory, settings, datetime(2026, 11, 30, 7, 30, tzinfo=UTC)).sent == 1


def test_due_key_queues_at_most_once(db_url, session_factory):
    with session_factory() as s:
        a = enqueue(s, kind=OutboundKind.follow_up, to=["a@b.example"], subject="s", text="t",
                    due_key="follow_up:1:r0:1", now=NOW, domain="buyer.example")  # fmt: skip
        s.commit()
    with session_factory() as s:
        b = enqueue(s, kind=OutboundKind.follow_up, to=["a@b.example"], subject="other",
                    text="t", due_key="follow_up:1:r0:1", now=NOW, domain="buyer.example")  # fmt: skip
        s.commit()
        assert b.id == a.id and b.subject == "s"
        assert len(s.exec(select(OutboundMessage)).all()) == 1


def test_subject_and_recipients_cannot_inject_headers(sqlite_url, smtp_server, settings_factory):
    from agent.db import make_engine, session_factory
    from agent.outbox import InvalidRecipient

    settings = settings_factory(sqlite_url, smtp_server)
    factory = session_factory(make_engine(sqlite_url))
    with factory() as s:
        with pytest.raises(InvalidRecipient):
            enqueue(s, kind="request", to=["a@b.example\r\nBcc: x@evil.example"], subject="s",
                    text="t", now=NOW, domain="buyer.example")  # fmt: skip
        enqueue(s, kind="digest", to=["Dana <DANA@Buyer.example>"],
                subject="Digest\r\nBcc: x@evil.example", text="body", now=NOW,
                domain="buyer.example")  # fmt: skip
        s.commit()
    send_due(factory, settings, NOW)
    (mail,) = smtp_server.wait_for(1)
    assert mail.rcpt_tos == ["DANA@buyer.example"]
    assert mail.message["Subject"] == "Digest Bcc: x@evil.example"
    assert mail.message["Bcc"] is None


def test_two_workers_at_once_send_each_mail_exactly_once(
    tmp_path, db_url, session_factory, smtp_server_factory, settings_factory
):
    server = smtp_server_factory(security="none", auth=False)
    settings = settings_factory(db_url, server)
    docs = [po_doc(number=f"45000{n:05d}") for n in range(12)]
    import_docs(tmp_path, session_factory, settings, docs)
    results = []
    barrier = threading.Barrier(3)

    def worker(name):
        barrier.wait()
        results.append(send_due(session_factory, settings, NOW, worker=name))

    threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sum(r.sent for r in results) == 12
    received = server.wait_for(12)
    ids = [m.message["Message-ID"] for m in received]
    assert len(ids) == len(set(ids)) == 12
    with session_factory() as s:
        attempts = s.exec(select(SendAttempt)).all()
    assert len(attempts) == 12


def test_money_stays_decimal_through_the_request(tmp_path, db_url, session_factory):
    from agent.config import settings_from_dict

    settings = settings_from_dict({"database": {"url": db_url}})
    import_docs(tmp_path, session_factory, settings, [po_doc(price="312.125", quantity=40)])
    with session_factory() as s:
        row = s.exec(select(OutboundMessage)).one()
        from agent.models import POLine

        line = s.exec(select(POLine).where(POLine.line_number == 1)).one()
    assert line.unit_price == Decimal("312.125")
    assert "312.125" in row.body_text


def test_follow_up_goes_in_the_request_thread(tmp_path, sqlite_url, smtp_server, settings_factory):
    from agent.ack_requests import queue_follow_up
    from agent.db import make_engine, session_factory

    settings = settings_factory(sqlite_url, smtp_server)
    factory = session_factory(make_engine(sqlite_url))
    import_docs(tmp_path, factory, settings, [po_doc()])
    send_due(factory, settings, NOW)
    later = NOW + timedelta(days=2)
    with factory() as s:
        po = s.exec(select(PurchaseOrder)).one()
        first = queue_follow_up(s, settings, po, later, 1)
        again = queue_follow_up(s, settings, po, later, 1)  # same due moment: same mail
        s.commit()
    assert again.id == first.id
    send_due(factory, settings, later)
    request, reminder = (m.message for m in smtp_server.wait_for(2))
    assert reminder["Subject"] == "Re: PO 4500012345 – please confirm"
    assert reminder["In-Reply-To"] == request["Message-ID"]
    assert reminder["References"] == request["Message-ID"]
    text = reminder.get_body(("plain",)).get_content()
    assert "friendly reminder" in text and "on 23 Nov 2026" in text
    assert "confirm as is, or tell us per line what changes" in text
    assert "CAST-7781" in text and "BOLT-M12" in text


@settings(max_examples=200, deadline=None)
@given(subject=st.text(), description=st.text(), name=st.text())
def test_no_data_can_add_a_header(subject, description, name):
    from email import message_from_bytes, policy

    from agent.config import settings_from_dict
    from agent.outbox import build_email

    settings = settings_from_dict({"company": {"name": name or "x"}})
    msg = OutboundMessage(
        message_id="<a.1@buyer.example>", recipients=["orders@acme.example"],
        subject=subject, body_text=f"line: {description}\n", body_html=f"<p>{description}</p>",
        in_reply_to="<p.0@buyer.example>", references=["<p.0@buyer.example>"],
    )  # fmt: skip
    raw = build_email(msg, settings, NOW).as_bytes()
    parsed = message_from_bytes(raw, policy=policy.default)
    assert sorted(k.lower() for k in parsed) == sorted(
        ["from", "to", "subject", "date", "message-id", "in-reply-to", "references",
         "content-type", "mime-version"]
    )  # fmt: skip
    assert parsed["To"] == "orders@acme.example"


def test_cli_send_lists_what_went_out(tmp_path, sqlite_url, smtp_server, settings_factory,
                                      tls_ca, capsys):  # fmt: skip
    from agent.cli import main
    from agent.db import make_engine, session_factory
    from tests.conftest import write_toml

    settings = settings_factory(sqlite_url, smtp_server)
    import_docs(tmp_path, session_factory(make_engine(sqlite_url)), settings, [po_doc()])
    config = write_toml(tmp_path / "c.toml", {
        "company": {"from_address": "purchasing@buyer.example"},
        "database": {"url": sqlite_url},
        "schedule": {"business_hours_only": False},
        "smtp": {**smtp_server.smtp_settings(), "password_env": "POAGENT_TEST_SMTP_PASSWORD",
                 "ca_file": tls_ca.ca_file},
    })  # fmt: skip
    assert main(["send", "--config", str(config), "-v"]) == 0
    out = capsys.readouterr().out
    assert "sent request <po-4500012345.r0.r." in out
    assert "'PO 4500012345 – please confirm' to orders@acme-castings.example" in out
    assert "sent 1, retrying 0, failed 0" in out
    assert main(["send", "--config", str(config)]) == 0
    assert "sent 0," in capsys.readouterr().out
    assert len(smtp_server.received) == 1


def test_missing_smtp_password_claims_nothing(tmp_path, sqlite_url, smtp_server,
                                              settings_factory, monkeypatch):  # fmt: skip
    from agent.db import make_engine, session_factory

    settings = settings_factory(sqlite_url, smtp_server)
    monkeypatch.delenv("POAGENT_TEST_SMTP_PASSWORD")
    factory = session_factory(make_engine(sqlite_url))
    import_docs(tmp_path, factory, settings, [po_doc()])
    result = send_due(factory, settings, NOW)
    assert result.sent == 0
    assert result.errors == [
        "smtp.password_env: environment variable POAGENT_TEST_SMTP_PASSWORD is not set"
    ]
    with factory() as s:
        row = s.exec(select(OutboundMessage)).one()
        assert (row.state, row.attempts) == (OutboundState.queued, 0)
