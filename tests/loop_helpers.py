"""Helpers for the agent-loop tests: seed POs in the database, write supplier replies."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

from sqlalchemy import select

from agent.models import Buyer, POLine, PurchaseOrder, Supplier


def seed_po(
    session: Any,
    po_number: str,
    *,
    supplier_id: str,
    supplier_email: str,
    lines: list[tuple[str, str, str, date] | tuple[str, str, str, date, str | None]],
    buyer_email: str = "dana.ruiz@buyer.example",
    tier: str | None = None,
    timezone: str | None = None,
    currency: str = "USD",
    issue_date: date | None = None,
    now: datetime | None = None,
) -> PurchaseOrder:
    """A supplier (created once), a buyer and a PO with ``lines`` (item, qty, price, date[, criticality])."""
    now = now or datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    supplier = session.get(Supplier, supplier_id)
    if supplier is None:
        supplier = Supplier(
            id=supplier_id,
            name=f"{supplier_id.title()} Ltd",
            emails=[supplier_email],
            domains=[supplier_email.rsplit("@", 1)[1]],
            locale="en-US",
            timezone=timezone,
            tier=tier,
            created_at=now,
            updated_at=now,
        )
        session.add(supplier)
    buyer = session.execute(select(Buyer).where(Buyer.email == buyer_email)).scalars().first()
    if buyer is None:
        buyer = Buyer(email=buyer_email, name="Dana Ruiz", created_at=now)
        session.add(buyer)
    session.flush()
    po = PurchaseOrder(
        po_number=po_number,
        supplier_id=supplier_id,
        buyer_id=buyer.id,
        currency=currency,
        issue_date=issue_date or now.date(),
        content_hash="x" * 64,
        created_at=now,
        updated_at=now,
    )
    session.add(po)
    session.flush()
    for n, spec in enumerate(lines, start=1):
        item, qty, price, when = spec[:4]
        criticality = spec[4] if len(spec) > 4 else None  # type: ignore[misc]
        session.add(
            POLine(
                po_id=po.id,
                line_number=n,
                item=item,
                description=f"{item} description",
                quantity=Decimal(qty),
                uom="EA",
                unit_price=Decimal(price),
                requested_date=when,
                criticality=criticality,
                updated_at=now,
            )
        )
    session.flush()
    return po


def reply(
    original: EmailMessage,
    body: str,
    *,
    from_addr: str | None = None,
    when: datetime | None = None,
    extra_headers: dict[str, str] | None = None,
    quote: bool = True,
) -> bytes:
    """A supplier's reply to ``original`` (a mail our SMTP server received), threaded on it."""
    msg = EmailMessage()
    sender = from_addr or str(original["To"]).split(",")[0].strip()
    msg["From"] = sender
    msg["To"] = str(original["From"])
    subject = str(original["Subject"])
    msg["Subject"] = subject if subject.lower().startswith("re:") else f"RE: {subject}"
    msg["Date"] = format_datetime(when or datetime(2026, 11, 3, 10, 0, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1].strip(">"))
    mid = str(original["Message-ID"])
    msg["In-Reply-To"] = mid
    refs = str(original.get("References", "") or "").split()
    msg["References"] = " ".join([*refs, mid])
    for key, value in (extra_headers or {}).items():
        msg[key] = value
    text = body
    if quote:
        part = original.get_body(preferencelist=("plain",))
        quoted = part.get_content() if part is not None else ""
        text += (
            f"\n\nOn {original['Date']}, {original['From']} wrote:\n"
            + "\n".join("> " + line for line in quoted.splitlines())
            + "\n"
        )
    msg.set_content(text)
    return bytes(msg)


# ------------------------------------------------------------------ the daemon


class LoopHarness:
    """Runs the real ``poagent`` against a Dovecot mailbox, an aiosmtpd server and a database."""

    def __init__(self, *, db_url: str, smtp: Any, dovecot: Any, tmp_path: Any, ca_file: str,
                 extra: dict[str, Any] | None = None) -> None:  # fmt: skip
        import os

        from tests.conftest import write_toml

        self.db_url = db_url
        self.smtp = smtp
        self.dovecot = dovecot
        self.env = {
            **os.environ,
            "POAGENT_TEST_SMTP_PASSWORD": smtp.password,
            "POAGENT_TEST_IMAP_PASSWORD": dovecot.password,
        }
        self.env.pop("POAGENT_CONFIG", None)
        data: dict[str, Any] = {
            "company": {
                "name": "Buyer Example Inc.",
                "from_address": "purchasing@buyer.example",
                "own_addresses": ["buyer.example"],
            },
            "database": {"url": db_url},
            "smtp": {
                **smtp.smtp_settings(),
                "password_env": "POAGENT_TEST_SMTP_PASSWORD",
                "ca_file": ca_file,
            },
            "imap": {
                "host": dovecot.host,
                "port": dovecot.port,
                "security": "none",
                "username": dovecot.user,
                "password_env": "POAGENT_TEST_IMAP_PASSWORD",
                "socket_timeout_seconds": 10,
                "idle": False,
                "retry_base_seconds": 60,
            },
            "schedule": {
                "follow_up_after_hours": 48,
                "max_follow_ups": 2,
                "escalate_after_hours": 120,
                "business_hours_only": False,
            },
        }
        for section, values in (extra or {}).items():
            data.setdefault(section, {}).update(values)
        self.config = write_toml(tmp_path / "poagent.toml", data)

    def command(self, *args: str) -> list[str]:
        import sys
        from pathlib import Path

        poagent = Path(sys.executable).with_name("poagent")
        return [str(poagent), *args]

    def run_once(self, now: datetime, *, check: bool = True, timeout: float = 120) -> Any:
        import subprocess

        proc = subprocess.run(
            self.command("run", "--once", "--now", now.isoformat(), "--allow-clock-skew",
                         "--config", str(self.config),
                         "--log-json"),
            env=self.env, capture_output=True, text=True, timeout=timeout,
        )  # fmt: skip
        if check and proc.returncode != 0:
            raise AssertionError(
                f"poagent run failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr[-5000:]}"
            )
        return proc

    def cli(self, *args: str, now: datetime | None = None) -> Any:
        import subprocess

        extra = ["--now", now.isoformat(), "--allow-clock-skew"] if now else []
        return subprocess.run(
            self.command(*args, "--config", str(self.config), *extra),
            env=self.env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip


def dsn_bounce(original: EmailMessage, recipient: str, *, status: str = "5.1.1",
               when: datetime | None = None) -> bytes:  # fmt: skip
    """An RFC 3464 delivery status notification for ``original`` (as Postfix sends it)."""
    domain = recipient.rsplit("@", 1)[1]
    action = "failed" if status.startswith("5") else "delayed"
    boundary = "DSN.boundary.4711"
    headers = "".join(
        f"{k}: {v}\r\n" for k, v in original.items() if k in ("From", "To", "Subject", "Message-ID", "Date")
    )  # fmt: skip
    text = (
        f"From: MAILER-DAEMON@mx.{domain} (Mail Delivery System)\r\n"
        f"To: {original['From']}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Date: {format_datetime(when or datetime(2026, 11, 2, 9, 5, tzinfo=UTC))}\r\n"
        f"Message-ID: {make_msgid(domain=f'mx.{domain}')}\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\r\n'
        "\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
        f"This is the mail system at host mx.{domain}.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients.\r\n\r\n"
        f"<{recipient}>: host mx.{domain} said: 550 {status} <{recipient}>:\r\n"
        "    Recipient address rejected: User unknown in virtual mailbox table\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Type: message/delivery-status\r\n\r\n"
        f"Reporting-MTA: dns; mx.{domain}\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\n"
        f"Original-Recipient: rfc822;{recipient}\r\n"
        f"Action: {action}\r\n"
        f"Status: {status}\r\n"
        f"Diagnostic-Code: smtp; 550 {status} User unknown\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/rfc822-headers\r\n\r\n"
        f"{headers}\r\n"
        f"--{boundary}--\r\n"
    )
    return text.encode()


def out_of_office(original: EmailMessage, sender: str, back: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = str(original["From"])
    msg["Subject"] = f"Automatic reply: {original['Subject']}"
    msg["Date"] = format_datetime(datetime(2026, 11, 2, 9, 3, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[1])
    msg["In-Reply-To"] = str(original["Message-ID"])
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(
        f"Thank you for your email. I am out of the office until {back} with no access to email.\n"
        "Your message will not be forwarded.\n"
    )
    return bytes(msg)


def po_json(number: str, supplier_id: str, email: str, lines: list[tuple[str, str, str, str]],
            *, issued: str = "2026-11-02", tier: str | None = None) -> dict[str, Any]:  # fmt: skip
    """One PO in the pos.json import format; lines are (item, quantity, unit price, requested date)."""
    supplier: dict[str, Any] = {
        "id": supplier_id,
        "name": f"{supplier_id.title()} Ltd",
        "email": email,
        "locale": "en-US",
    }
    if tier:
        supplier["tier"] = tier
    return {
        "po_number": number,
        "supplier": supplier,
        "buyer": {"name": "Dana Ruiz", "email": "dana.ruiz@buyer.example"},
        "currency": "USD",
        "issued": issued,
        "lines": [
            {"line": n, "item": item, "description": f"{item} description", "quantity": qty,
             "uom": "EA", "unit_price": price, "requested_date": when}
            for n, (item, qty, price, when) in enumerate(lines, start=1)
        ],
    }  # fmt: skip


def import_pos(
    harness: LoopHarness, tmp_path: Any, pos: list[dict[str, Any]], now: datetime
) -> None:
    """``poagent import pos.json``: creates the POs and queues their requests."""
    import json

    path = tmp_path / "pos.json"
    path.write_text(json.dumps(pos), encoding="utf-8")
    proc = harness.cli("import", str(path), "--no-progress", now=now)
    if proc.returncode != 0:
        raise AssertionError(f"poagent import failed:\n{proc.stdout}\n{proc.stderr}")
