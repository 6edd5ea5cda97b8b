"""Simulated suppliers: they read the requests the agent sends and answer like real ones.

Each supplier (or single PO) follows a *script*: the answer it gives to the
first request for a PO, to the first follow-up, and so on (the last answer
repeats). An answer is one of:

- ``confirm``        "Confirmed as per PO", with the supplier's own order number;
- ``change_date``    one line confirmed for a later (or earlier) date, the rest as ordered;
- ``change_price``   one line at a new unit price, the rest as ordered;
- ``question``       a human reply that commits to nothing (``note`` is the question);
- ``bounce``         the address does not exist: a multipart/report DSN comes back;
- ``out_of_office``  an auto-reply (``Auto-Submitted: auto-replied``) with a return
                     date; requests before that date get nothing, the next one after it
                     gets the next answer in the script;
- ``silent``         nothing at all.

Replies are real RFC 5322 mail, threaded with In-Reply-To/References to the
request they answer and quoting it below the supplier's own words, the way a
mail client does. They are built when the request arrives and delivered into
the IMAP inbox when the simulated clock reaches their time (``deliver_due``).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses, make_msgid
from typing import Any, Literal

from agent.demo.servers import ReceivedMail

AnswerKind = Literal[
    "confirm", "change_date", "change_price", "question", "bounce", "out_of_office", "silent"
]


@dataclass(frozen=True)
class Answer:
    kind: AnswerKind
    line: int = 1  # the line that changes (change_date / change_price)
    days: int = 0  # date shift (change_date) or days away (out_of_office)
    price: str | None = None  # new unit price (change_price)
    delay_hours: float = 6.0  # how long the supplier takes to answer
    note: str | None = None  # the supplier's reason, in their words


@dataclass
class SentReply:
    """A reply the simulator built: what, to which PO, and when it lands in the inbox."""

    due: datetime
    supplier: str
    po_number: str
    kind: AnswerKind
    raw: bytes
    delivered: bool = False


@dataclass
class _POState:
    requests_seen: int = 0
    step: int = 0
    away_until: datetime | None = None


@dataclass
class SupplierSimulator:
    """Answers requests for the given POs (pos.json dicts) according to ``script``.

    ``script`` maps a PO number or a supplier id to its answers; a PO number
    wins. ``deliver(raw, when)`` puts a reply into the company's inbox;
    ``clock()`` is the simulated current time (timezone-aware).
    """

    pos: Sequence[Mapping[str, Any]]
    script: Mapping[str, Sequence[Answer]]
    deliver: Callable[[bytes, datetime], None]
    clock: Callable[[], datetime]
    mta_host: str = "mail.demo-buyer.example"
    replies: list[SentReply] = field(default_factory=list)
    requests: list[tuple[datetime, str, str]] = field(default_factory=list)  # (when, addr, po)
    ignored: list[ReceivedMail] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._by_address: dict[str, Mapping[str, Any]] = {}
        self._po_by_number: dict[str, Mapping[str, Any]] = {}
        for po in self.pos:
            self._po_by_number[str(po["po_number"])] = po
            self._by_address[po["supplier"]["email"].lower()] = po["supplier"]
        self._state: dict[tuple[str, str], _POState] = {}
        self._order_counter = 70411

    # ------------------------------------------------------------ SMTP side

    def on_message(self, mail: ReceivedMail) -> None:
        """EmbeddedSMTP hook: every accepted mail passes through here."""
        msg = BytesParser(policy=policy.default).parsebytes(mail.data)
        suppliers = [a.lower() for a in mail.rcpt_tos if a.lower() in self._by_address]
        if not suppliers:
            with self._lock:
                self.ignored.append(mail)  # digests, escalations to buyers: not for suppliers
            return
        po_numbers = self._po_numbers_in(msg)
        now = self.clock()
        with self._lock:
            for address in suppliers:
                for po_number in po_numbers:
                    po = self._po_by_number[po_number]
                    if po["supplier"]["email"].lower() != address:
                        continue
                    self.requests.append((now, address, po_number))
                    reply = self._answer(address, po, msg, mail, now)
                    if reply is not None:
                        self.replies.append(reply)

    def _po_numbers_in(self, msg: EmailMessage) -> list[str]:
        subject = str(msg.get("Subject", ""))
        found = [
            n for n in self._po_by_number if re.search(rf"(?<!\d){re.escape(n)}(?!\d)", subject)
        ]
        if not found:
            body = _plain_text(msg)
            found = [
                n for n in self._po_by_number if re.search(rf"(?<!\d){re.escape(n)}(?!\d)", body)
            ]
        return found

    def _answer(
        self,
        address: str,
        po: Mapping[str, Any],
        request: EmailMessage,
        mail: ReceivedMail,
        now: datetime,
    ) -> SentReply | None:
        supplier = po["supplier"]
        key = (address, str(po["po_number"]))
        state = self._state.setdefault(key, _POState())
        state.requests_seen += 1
        if state.away_until is not None:
            if now < state.away_until:
                return None  # an out-of-office answers a sender once
            state.away_until = None
        answers = self.script.get(str(po["po_number"])) or self.script.get(supplier["id"]) or ()
        if not answers:
            return None
        answer = answers[min(state.step, len(answers) - 1)]
        state.step += 1
        due = now + timedelta(hours=answer.delay_hours)
        if answer.kind == "silent":
            return None
        if answer.kind == "bounce":
            raw = build_bounce(request, mail, address, due, self.mta_host)
        elif answer.kind == "out_of_office":
            state.away_until = now + timedelta(days=answer.days or 3)
            raw = build_out_of_office(request, supplier, due, state.away_until.date())
        else:
            self._order_counter += 1
            raw = build_reply(request, po, answer, due, f"SO-{self._order_counter}")
        return SentReply(due, supplier["id"], str(po["po_number"]), answer.kind, raw)

    # ------------------------------------------------------------ IMAP side

    def deliver_due(self) -> list[SentReply]:
        """Put every reply whose time has come into the inbox; return them."""
        now = self.clock()
        with self._lock:
            due = [r for r in self.replies if not r.delivered and r.due <= now]
        for reply in sorted(due, key=lambda r: r.due):
            self.deliver(reply.raw, reply.due)
            reply.delivered = True
        return due

    def pending(self) -> list[SentReply]:
        with self._lock:
            return [r for r in self.replies if not r.delivered]


# ---------------------------------------------------------------- composing mail


def _plain_text(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    if part is None:
        return ""
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError):
        return ""


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1]


def _first_name(display: str, fallback: str = "there") -> str:
    name = display.strip().strip("'\"")
    return name.split()[0] if name else fallback


def _fmt_date(d: date, locale: str) -> str:
    if locale == "en-US":
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    return f"{d.day} {d.strftime('%B')} {d.year}"


def _quote(request: EmailMessage) -> str:
    sender = str(request.get("From", ""))
    when = str(request.get("Date", ""))
    quoted = "\n".join(("> " + ln) if ln else ">" for ln in _plain_text(request).splitlines())
    return f"On {when}, {sender} wrote:\n{quoted}\n"


def _threading_headers(reply: EmailMessage, request: EmailMessage) -> None:
    msgid = str(request.get("Message-ID", "")).strip()
    refs = str(request.get("References", "")).split()
    if msgid:
        reply["In-Reply-To"] = msgid
        reply["References"] = " ".join([*refs, msgid])
    subject = str(request.get("Subject", ""))
    reply["Subject"] = subject if subject.lower().startswith("re:") else f"Re: {subject}"


def _reply_to_address(request: EmailMessage) -> tuple[str, str]:
    for header in ("Reply-To", "From"):
        values = getaddresses([str(v) for v in request.get_all(header, [])])
        for name, addr in values:
            if addr:
                return name, addr
    return "", ""


def build_reply(
    request: EmailMessage,
    po: Mapping[str, Any],
    answer: Answer,
    when: datetime,
    order_ref: str,
) -> bytes:
    """A human reply from the supplier contact, own words on top, the request quoted below."""
    supplier = po["supplier"]
    locale = supplier.get("locale", "en-US")
    contact = supplier.get("contact") or supplier["name"].split()[0] + " Sales"
    to_name, to_addr = _reply_to_address(request)
    currency = po["currency"]
    lines = po["lines"]
    others = [ln for ln in lines if ln["line"] != answer.line]

    greeting = f"Hello {_first_name(to_name)},"
    if answer.kind == "question":
        body = (
            f"{greeting}\n\n"
            f"Thanks for PO {po['po_number']}. "
            f"{answer.note or 'Could you send us the drawing revision first?'}\n"
        )
    elif answer.kind == "confirm":
        body = (
            f"{greeting}\n\n"
            f"Thank you for the order. We confirm PO {po['po_number']} as ordered: "
            "all lines, quantities, prices and delivery dates as per your PO.\n\n"
            f"Our order confirmation number is {order_ref}.\n"
        )
    else:
        changed = next(ln for ln in lines if ln["line"] == answer.line)
        if answer.kind == "change_date":
            new_date = date.fromisoformat(changed["requested_date"]) + timedelta(days=answer.days)
            change = (
                f"Line {changed['line']} ({changed['item']}): we can deliver the "
                f"{changed['quantity']} {changed['uom']} on {_fmt_date(new_date, locale)} at the "
                f"earliest. Price as ordered."
            )
        else:
            price = Decimal(answer.price or changed["unit_price"])
            change = (
                f"Line {changed['line']} ({changed['item']}): the unit price is now "
                f"{currency} {price} per {changed['uom']}. Quantity and delivery date as ordered."
            )
        if answer.note:
            change += f" {answer.note}"
        rest = ""
        if others:
            numbers = ", ".join(str(ln["line"]) for ln in others)
            word = "Line" if len(others) == 1 else "Lines"
            rest = f"{word} {numbers}: confirmed as ordered.\n"
        body = (
            f"{greeting}\n\n"
            f"Thank you for PO {po['po_number']}. We can confirm it with one change:\n\n"
            f"{change}\n{rest}\n"
            f"Our order confirmation number is {order_ref}.\n"
        )
    signature = f"\nKind regards,\n{contact}\n{supplier['name']}\n"
    text = f"{body}{signature}\n{_quote(request)}"

    reply = EmailMessage(policy=policy.SMTP)
    reply["From"] = f"{contact} <{supplier['email']}>"
    reply["To"] = f"{to_name} <{to_addr}>" if to_name else to_addr
    reply["Date"] = format_datetime(when)
    reply["Message-ID"] = make_msgid(domain=_domain(supplier["email"]))
    _threading_headers(reply, request)
    reply["Authentication-Results"] = (
        f"mx.demo-buyer.example; spf=pass smtp.mailfrom={_domain(supplier['email'])}; "
        f"dkim=pass header.d={_domain(supplier['email'])}; "
        f"dmarc=pass header.from={_domain(supplier['email'])}"
    )
    reply.set_content(text)
    return reply.as_bytes()


def build_out_of_office(
    request: EmailMessage, supplier: Mapping[str, Any], when: datetime, back: date
) -> bytes:
    locale = supplier.get("locale", "en-US")
    to_name, to_addr = _reply_to_address(request)
    contact = supplier.get("contact") or supplier["name"]
    reply = EmailMessage(policy=policy.SMTP)
    reply["From"] = f"{contact} <{supplier['email']}>"
    reply["To"] = f"{to_name} <{to_addr}>" if to_name else to_addr
    reply["Date"] = format_datetime(when)
    reply["Message-ID"] = make_msgid(domain=_domain(supplier["email"]))
    _threading_headers(reply, request)
    reply.replace_header("Subject", "Automatic reply: " + str(request.get("Subject", "")))
    reply["Auto-Submitted"] = "auto-replied"
    reply["X-Auto-Response-Suppress"] = "All"
    reply.set_content(
        "Thank you for your email.\n\n"
        f"I am out of the office until {back.strftime('%A')} {_fmt_date(back, locale)} "
        "with limited access to email. I will answer your message when I am back.\n\n"
        f"Kind regards,\n{contact}\n"
    )
    return reply.as_bytes()


def build_bounce(
    request: EmailMessage, mail: ReceivedMail, recipient: str, when: datetime, mta_host: str
) -> bytes:
    """A Postfix-style multipart/report delivery status notification (RFC 3464)."""
    sender = mail.mail_from or _reply_to_address(request)[1]
    domain = _domain(recipient)
    diagnostic = (
        f"550 5.1.1 <{recipient}>: Recipient address rejected: User unknown in virtual "
        "mailbox table"
    )
    # Written out by hand, the way Postfix does: the stdlib cannot serialise a
    # message/delivery-status body from text.
    boundary = f"{make_msgid(domain=mta_host)[1:-1]}.report"
    header_block = mail.data.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    returned = header_block.decode("ascii", "replace")
    raw = f"""From: Mail Delivery System <MAILER-DAEMON@{mta_host}>
To: {sender}
Subject: Undelivered Mail Returned to Sender
Date: {format_datetime(when)}
Message-ID: {make_msgid(domain=mta_host)}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="{boundary}"

This is a MIME-encapsulated message.

--{boundary}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host {mta_host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<{recipient}>: host mx1.{domain}[192.0.2.188] said: {diagnostic}
    (in reply to RCPT TO command)

--{boundary}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; {mta_host}
Arrival-Date: {format_datetime(when)}

Final-Recipient: rfc822; {recipient}
Original-Recipient: rfc822;{recipient}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.{domain}
Diagnostic-Code: smtp; {diagnostic}

--{boundary}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{returned}

--{boundary}--
"""
    return raw.replace("\n", "\r\n").encode("utf-8")
