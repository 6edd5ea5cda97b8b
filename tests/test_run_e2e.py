"""End to end: `poagent run --once --now ...` against Dovecot, aiosmtpd and SQLite / PostgreSQL.

Twenty POs to twenty suppliers. The requests arrive at the SMTP server;
realistic supplier replies, threaded on those requests, are appended to the
IMAP inbox; cycles run with the clock advancing. Checked: confirmations,
exceptions, follow-ups (in thread, only to those who did not answer),
escalations, the mailbox folders, the CLI listing.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from agent.models import (
    AckState,
    Confirmation,
    ExceptionState,
    InboundMessage,
    LineStatus,
    OutboundKind,
    OutboundMessage,
    POException,
    POLine,
    PurchaseOrder,
    SuppressedAddress,
)
from tests.loop_helpers import LoopHarness, dsn_bounce, import_pos, out_of_office, po_json, reply

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # Monday


def hours(n: float) -> datetime:
    return T0 + timedelta(hours=n)


def po_number(i: int) -> str:
    return f"45000{i:05d}"


def supplier_email(i: int) -> str:
    return f"orders@supplier{i:02d}.example"


def twenty_pos() -> list[dict]:
    return [
        po_json(po_number(i), f"SUP{i:02d}", supplier_email(i), [
            (f"ITEM-{i}-1", "100", "4.25", "2027-01-15"),
            (f"ITEM-{i}-2", "40", "312.50", "2027-01-22"),
        ])
        for i in range(1, 21)
    ]  # fmt: skip


@pytest.fixture
def harness(db_url, smtp_server, dovecot, tmp_path, tls_ca):
    h = LoopHarness(
        db_url=db_url, smtp=smtp_server, dovecot=dovecot, tmp_path=tmp_path, ca_file=tls_ca.ca_file
    )
    import_pos(h, tmp_path, twenty_pos(), T0)
    return h


def requests_by_po(smtp) -> dict[str, object]:
    out = {}
    for m in smtp.messages():
        for i in range(1, 21):
            if po_number(i) in str(m["Subject"]) and not str(m["Subject"]).lower().startswith("re"):
                out[po_number(i)] = m
    return out


def test_twenty_pos_end_to_end(harness, smtp_server, dovecot, session_factory):
    # Cycle 1: every PO gets its request.
    harness.run_once(T0)
    smtp_server.wait_for(20)
    requests = requests_by_po(smtp_server)
    # Monday 09:00, past the 07:30 digest time: the buyer's digest (20 POs awaiting an
    # answer) is queued and sent in this same cycle, not the next one.
    digests = [m for m in smtp_server.messages() if str(m["To"]) == "dana.ruiz@buyer.example"]
    assert len(digests) == 1, [str(m["To"]) for m in smtp_server.messages()]
    assert sorted(requests) == [po_number(i) for i in range(1, 21)]
    for i in range(1, 21):
        assert str(requests[po_number(i)]["To"]) == supplier_email(i)

    def req(i):
        return requests[po_number(i)]

    # The suppliers answer.
    confirm = "Hello,\n\nWe confirm the order as per PO.\n\nBest regards\nJohn Miller\nSales"
    for i in range(1, 9):
        dovecot.append(reply(req(i), confirm, when=hours(2)))
    # The same reply delivered twice (a second copy of supplier 1's mail).
    dovecot.append(dovecot.messages()[0])
    dovecot.append(
        reply(
            req(9),
            "Hi,\n\nLine 1 confirmed.\nLine 2: delivery on Feb 15, 2027 instead.\n\nRegards\nAnna",
            when=hours(2),
        )  # fmt: skip
    )
    dovecot.append(
        reply(
            req(10),
            "Hi,\n\nLine 1 is confirmed.\nLine 2 we still need to check, will come back to you.\n\nJohn",
            when=hours(2),
        )  # fmt: skip
    )
    dovecot.append(out_of_office(req(11), supplier_email(11), "November 16, 2026"))
    dovecot.append(dsn_bounce(req(12), supplier_email(12)))
    dovecot.append(
        reply(
            req(13),
            "Confirmed as per PO.\n\nMike",
            from_addr="mike.private@gmail.example",
            when=hours(2),
        )  # fmt: skip
    )
    dovecot.append(
        reply(
            req(14),
            "Hello, we will check with production and revert by Friday.\n\nJohn",
            when=hours(2),
        )  # fmt: skip
    )
    assert len(dovecot.messages()) == 15

    # Cycle 2: everything read and applied once, then moved out of the inbox.
    proc = harness.run_once(hours(4))
    cycle = [json.loads(x) for x in proc.stderr.splitlines() if x.startswith("{")]
    assert any(c.get("event") == "cycle" for c in cycle)
    assert "processed=14" in proc.stdout and "duplicates=1" in proc.stdout
    assert dovecot.messages("INBOX") == []
    assert len(dovecot.messages("Processed")) == 13
    assert len(dovecot.messages("Auto-replies")) == 2

    with session_factory() as s:
        pos = {p.po_number: p for p in s.execute(select(PurchaseOrder)).scalars()}
        confs = s.execute(select(Confirmation)).scalars().all()
        assert sorted(pos_of(s, c.po_id) for c in confs) == [po_number(i) for i in range(1, 11)]
        for i in range(1, 10):
            assert pos[po_number(i)].ack_state == AckState.acknowledged, i
        assert pos[po_number(10)].ack_state == AckState.partially_acknowledged
        for i in (11, 12, 13, 14, 15):
            assert pos[po_number(i)].ack_state == AckState.requested, i
        line = s.execute(
            select(POLine).where(POLine.po_id == pos[po_number(9)].id, POLine.line_number == 2)
        ).scalar_one()
        assert line.promised_date == date(2027, 2, 15) and line.line_status == LineStatus.changed
        open_exc = {
            (pos_of(s, e.po_id), e.type.value)
            for e in s.execute(
                select(POException).where(POException.state == ExceptionState.open)
            ).scalars()  # fmt: skip
        }
        assert open_exc == {
            (po_number(9), "date_late"),
            (po_number(12), "undeliverable"),
            (po_number(13), "needs_review"),
        }
        assert s.get(SuppressedAddress, supplier_email(12)) is not None
        assert pos[po_number(11)].snoozed_until == datetime(2026, 11, 16, 8, 0, tzinfo=UTC)
        assert pos[po_number(14)].next_reply_expected == date(2026, 11, 6)
        kinds = [m.kind for m in s.execute(select(InboundMessage)).scalars()]
        assert kinds.count("duplicate") == 1 and len(kinds) == 15

    # Cycle 3 (+50h): follow-ups only to the six who said nothing, in their threads.
    before = len(smtp_server.messages())
    harness.run_once(hours(50))
    # (Buyer digests may go out too; here only mail to suppliers counts.)
    new = [m for m in smtp_server.messages()[before:] if "supplier" in str(m["To"])]
    assert sorted(str(m["To"]) for m in new) == [supplier_email(i) for i in range(15, 21)]
    for m in new:
        i = int(str(m["To"])[len("orders@supplier") :][:2])
        assert m["In-Reply-To"] == req(i)["Message-ID"]
        assert req(i)["Message-ID"] in str(m["References"])
        assert po_number(i) in str(m["Subject"])

    # +53h: the partially confirmed PO is chased for its open line only.
    before = len(smtp_server.messages())
    harness.run_once(hours(53))
    new = smtp_server.messages()[before:]
    to_suppliers = [m for m in new if "supplier" in str(m["To"])]
    assert len(to_suppliers) == 1, [(str(m["To"]), str(m["Subject"])) for m in new]
    (partial,) = to_suppliers
    assert str(partial["To"]) == supplier_email(10)
    text = partial.get_body(preferencelist=("plain",)).get_content()
    assert "ITEM-10-2" in text and "ITEM-10-1" not in text

    # +121h: no answer for 120 hours -> escalation to the buyer (once); the supplier who
    # promised an answer by Friday gets a follow-up at that date instead.
    before = len(smtp_server.messages())
    harness.run_once(hours(121))
    harness.run_once(hours(122))
    followed = sorted(str(m["To"]) for m in smtp_server.messages()[before:])
    assert supplier_email(14) in followed
    assert supplier_email(11) not in followed  # out of office until Nov 16
    assert supplier_email(12) not in followed  # bounced, suppressed
    assert supplier_email(13) not in followed  # their reply waits for review
    with session_factory() as s:
        esc = [
            pos_of(s, e.po_id)
            for e in s.execute(
                select(POException).where(POException.type == "no_response_escalation")
            ).scalars()
        ]
        # Not the bounced PO 12: its open undeliverable exception already asks the buyer.
        assert sorted(esc) == sorted([po_number(i) for i in (11, *range(15, 21))])
        follow_ups = (
            s.execute(select(OutboundMessage).where(OutboundMessage.kind == OutboundKind.follow_up))
            .scalars()
            .all()
        )
        # Never two mails for the same due moment.
        assert len({m.due_key for m in follow_ups}) == len(follow_ups)
        to_confirmed = [m for m in follow_ups if m.recipients[0] in {supplier_email(i) for i in range(1, 10)}]  # fmt: skip
        assert to_confirmed == []

    # After the return date the out-of-office supplier is chased again.
    before = len(smtp_server.messages())
    harness.run_once(datetime(2026, 11, 16, 9, 0, tzinfo=UTC))
    assert supplier_email(11) in [str(m["To"]) for m in smtp_server.messages()[before:]]

    # The CLI lists the open exceptions, highest priority first.
    listed = harness.cli("exceptions", "--json", now=hours(122))
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert {r["type"] for r in rows} >= {"date_late", "undeliverable", "needs_review", "no_response_escalation"}  # fmt: skip
    order = {"high": 0, "medium": 1, "low": 2}
    assert [order[r["priority"]] for r in rows] == sorted(order[r["priority"]] for r in rows)

    # A person accepts the date change.
    date_exc = next(r for r in rows if r["type"] == "date_late")
    done = harness.cli(
        "resolve", str(date_exc["id"]), "--action", "accept", "--root-cause", "capacity"
    )
    assert done.returncode == 0, done.stderr
    with session_factory() as s:
        assert s.get(POException, date_exc["id"]).state == ExceptionState.resolved


def pos_of(s, po_id):
    return s.get(PurchaseOrder, po_id).po_number if po_id is not None else None
