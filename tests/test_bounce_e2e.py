"""End to end on Dovecot: bounces that are no RFC 3464 report (recognised by
flufl.bounce's detectors and our own rules) suppress the address and open
`undeliverable` when permanent, note a retry when temporary; a delivery report
saying "250 2.0.0 Ok" threaded on our request confirms nothing; a person who
confirms before going on leave is read as a confirmation with the absence noted.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest
from sqlalchemy import select

from agent.models import (
    AuditLog,
    Confirmation,
    ExceptionType,
    POException,
    PurchaseOrder,
    Supplier,
    SuppressedAddress,
)
from tests.loop_helpers import LoopHarness, import_pos, po_json, reply

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # Monday


def po_number(i: int) -> str:
    return f"46000{i:05d}"


def supplier_email(i: int) -> str:
    return f"orders@supplier{i:02d}.example"


def _returned(original: EmailMessage) -> str:
    keep = ("Return-Path", "From", "To", "Subject", "Message-ID", "Date")
    head = "".join(f"{k}: {v}\r\n" for k, v in original.items() if k in keep)
    return head + "\r\nPlease confirm the purchase order.\r\n"


def qmail_bounce(original: EmailMessage, recipient: str) -> bytes:
    """qmail's plain-text failure notice: no multipart/report, no Auto-Submitted."""
    domain = recipient.rsplit("@", 1)[1]
    return (
        f"From: MAILER-DAEMON@mx.{domain}\r\nTo: {original['From']}\r\n"
        "Subject: failure notice\r\n"
        f"Date: {format_datetime(T0 + timedelta(minutes=5))}\r\n"
        f"Message-ID: {make_msgid(domain=f'mx.{domain}')}\r\n\r\n"
        f"Hi. This is the qmail-send program at mx.{domain}.\r\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\r\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n"
        f"<{recipient}>:\r\nSorry, no mailbox here by that name. (#5.1.1)\r\n\r\n"
        "--- Below this line is a copy of the message.\r\n\r\n" + _returned(original)
    ).encode()


def exim_mailbox_full(original: EmailMessage, recipient: str) -> bytes:
    """Exim's plain-text failure: "permanent" in its words, but the mailbox is only full."""
    domain = recipient.rsplit("@", 1)[1]
    return (
        f"From: Mail Delivery System <Mailer-Daemon@mx.{domain}>\r\nTo: {original['From']}\r\n"
        "Subject: Mail delivery failed: returning message to sender\r\n"
        f"Date: {format_datetime(T0 + timedelta(minutes=6))}\r\n"
        f"Message-ID: {make_msgid(domain=f'mx.{domain}')}\r\n\r\n"
        "This message was created automatically by mail delivery software.\r\n\r\n"
        "A message that you sent could not be delivered to one or more of its\r\n"
        "recipients. This is a permanent error. The following address(es) failed:\r\n\r\n"
        f"  {recipient}\r\n    Mailbox is full / Quota exceeded\r\n\r\n"
        "------ This is a copy of the message, including all the headers. ------\r\n\r\n"
        + _returned(original)
    ).encode()


def smtp_transcript(original: EmailMessage, recipient: str) -> bytes:
    """A MAILER-DAEMON report threaded on our request whose transcript says '250 2.0.0 Ok'."""
    domain = recipient.rsplit("@", 1)[1]
    return (
        f"From: Mail Delivery System <MAILER-DAEMON@mx.{domain}>\r\nTo: {original['From']}\r\n"
        f"Subject: Re: {original['Subject']}\r\n"
        f"In-Reply-To: {original['Message-ID']}\r\nReferences: {original['Message-ID']}\r\n"
        f"Date: {format_datetime(T0 + timedelta(minutes=7))}\r\n"
        f"Message-ID: {make_msgid(domain=f'mx.{domain}')}\r\n\r\n"
        f"Unable to deliver message to <{recipient}>.\r\n"
        "Transcript of the session:\r\n"
        f"<<< 250 2.1.0 Ok\r\n<<< 250 2.0.0 Ok: queued as 4711 - confirmed\r\n"
        f"<<< 550 5.1.1 <{recipient}>: Recipient address rejected\r\n"
    ).encode()


@pytest.fixture
def harness(db_url, smtp_server, dovecot, tmp_path, tls_ca):
    h = LoopHarness(
        db_url=db_url, smtp=smtp_server, dovecot=dovecot, tmp_path=tmp_path, ca_file=tls_ca.ca_file
    )
    pos = [
        po_json(po_number(i), f"SUP{i:02d}", supplier_email(i), [
            (f"ITEM-{i}-1", "100", "4.25", "2027-01-15"),
        ])
        for i in range(1, 5)
    ]  # fmt: skip
    import_pos(h, tmp_path, pos, T0)
    return h


def _audit(s, action: str) -> list[AuditLog]:
    return list(s.execute(select(AuditLog).where(AuditLog.action == action)).scalars())


def _po(s, i: int) -> PurchaseOrder:
    return s.execute(
        select(PurchaseOrder).where(PurchaseOrder.po_number == po_number(i))
    ).scalar_one()


def test_bounces_without_a_report_and_a_person_going_on_leave(
    harness, smtp_server, dovecot, session_factory
):
    harness.run_once(T0)
    smtp_server.wait_for(4)
    requests = {}
    for m in smtp_server.messages():
        for i in range(1, 5):
            if po_number(i) in str(m["Subject"]):
                requests[i] = m
    assert sorted(requests) == [1, 2, 3, 4]

    dovecot.append(qmail_bounce(requests[1], supplier_email(1)))
    dovecot.append(exim_mailbox_full(requests[2], supplier_email(2)))
    dovecot.append(
        reply(
            requests[3],
            "Hi Dana,\n\nconfirming before I go on leave: PO "
            f"{po_number(3)} is confirmed as per your order, 100 EA at 4.25 USD, "
            "delivery 15.01.2027.\n\nI'm out of the office from tomorrow until 16 November; "
            "my colleague anna.berg@supplier03.example will handle anything urgent.\n\nSam",
            when=T0 + timedelta(hours=2),
        )
    )
    dovecot.append(smtp_transcript(requests[4], supplier_email(4)))
    harness.run_once(T0 + timedelta(hours=3))

    with session_factory() as s:
        # permanent: the address is suppressed and the buyer is asked for a new one
        suppressed = {a.address for a in s.execute(select(SuppressedAddress)).scalars()}
        assert supplier_email(1) in suppressed
        undeliverable = {
            e.po_id
            for e in s.execute(
                select(POException).where(POException.type == ExceptionType.undeliverable)
            ).scalars()
        }
        assert _po(s, 1).id in undeliverable
        # temporary (mailbox full): no suppression, no exception, a retry noted
        assert supplier_email(2) not in suppressed
        assert _po(s, 2).id not in undeliverable
        temporary = _audit(s, "temporary_bounce")
        assert any(supplier_email(2) in (a.details or {}).get("recipients", []) for a in temporary)
        assert any(po_number(2) in (a.details or {}).get("po_numbers", []) for a in temporary)
        # the person on leave: their confirmation stands and the absence is on record
        confirmations = (
            s.execute(select(Confirmation).where(Confirmation.po_id == _po(s, 3).id))
            .scalars()
            .all()
        )
        assert len(confirmations) == 1
        notes = [a for a in _audit(s, "absence_noted") if a.entity_id == str(_po(s, 3).id)]
        assert len(notes) == 1
        assert str(notes[0].details["return_date"]).startswith("2026-11-16")
        assert notes[0].details["alternate_contact"] == "anna.berg@supplier03.example"
        supplier = s.get(Supplier, "SUP03")
        assert "anna.berg@supplier03.example" in (supplier.alternate_emails or [])
        # the threaded report with "250 2.0.0 Ok" confirmed nothing and suppressed the address
        assert (
            s.execute(select(Confirmation).where(Confirmation.po_id == _po(s, 4).id)).first()
            is None
        )
        assert supplier_email(4) in suppressed
        assert _po(s, 4).id in undeliverable
