"""``poagent demo``: the real agent loop against simulated suppliers, on this machine only.

Everything runs in this process on 127.0.0.1: a pymap IMAP server (the
company mailbox), an aiosmtpd SMTP server (the outgoing relay, where the
simulated suppliers read the requests), a stand-in ERP webhook, and a SQLite
database in a temporary folder. The agent is the same ``Agent.cycle`` that
``poagent run`` uses; only the clock is simulated, advancing a few hours per
cycle, so a week of follow-ups and escalations passes in seconds.

What is printed comes from the database (the audit log the agent writes),
not from the simulation, so the demo shows what the agent actually did.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from importlib.resources import files
from pathlib import Path
from typing import Any, TextIO

from agent.demo.suppliers import Answer, SupplierSimulator

COMPANY_ADDRESS = "purchasing@demo-buyer.example"
BUYER_TIMEZONES = {
    "dana.ruiz@demo-buyer.example": "America/Chicago",
    "tom.aldridge@demo-buyer.example": "Europe/London",
}
CONTACTS = {
    "LAKESHORE": "Rick Dombrowski",
    "MIDLAND": "Gareth Hughes",
    "OHIOVALLEY": "Jenna Kowalski",
    "SEVERN": "Orders Desk",
    "VANDERSTEEN": "Eva de Vries",
    "KEYSTONE": "Customer Service",
    "PENNINE": "Lisa Barraclough",
}
# How each simulated supplier answers: a PO number or supplier id -> answers to the
# first request, the first follow-up, ... (see agent.demo.suppliers).
SCRIPT: dict[str, tuple[Answer, ...]] = {
    "LAKESHORE": (Answer("confirm", delay_hours=5),),
    # 1 day early: inside the demo's date_early_days tolerance, so it is auto-accepted.
    "4500010002": (Answer("change_date", line=1, days=-1, delay_hours=7),),
    "4500010003": (
        Answer(
            "change_date",
            line=1,
            days=21,
            delay_hours=20,
            note="The moulding line is fully booked until the new year.",
        ),
    ),
    "4500010004": (Answer("confirm", delay_hours=22),),
    "OHIOVALLEY": (
        Answer(
            "change_price",
            line=1,
            price="1.41",
            delay_hours=26,
            note="This reflects the resin surcharge announced in October.",
        ),
    ),
    "SEVERN": (Answer("bounce", delay_hours=0.02),),
    "VANDERSTEEN": (
        Answer("out_of_office", days=3, delay_hours=0.05),
        Answer("confirm", delay_hours=4),
    ),
    "KEYSTONE": (Answer("silent"),),
    # Answers the first follow-up with a question: not an acknowledgment, a reply to review.
    "4500010009": (
        Answer("silent"),
        Answer(
            "question",
            delay_hours=5,
            note="Before we confirm: should this ship to your Joliet plant or to the "
            "Aurora warehouse? We have both addresses on file for your account.",
        ),
    ),
    "PENNINE": (Answer("silent"), Answer("confirm", delay_hours=3)),
}
PERSONAS = {
    "LAKESHORE": "confirms both POs within hours (one a day early: inside tolerance)",
    "MIDLAND": "confirms one PO, moves a critical line three weeks later on the other",
    "OHIOVALLEY": "confirms with a higher unit price on one line",
    "SEVERN": "the address bounces (a real DSN comes back)",
    "VANDERSTEEN": "out of office for three days, then confirms",
    "KEYSTONE": "never answers one PO; asks a question about the other",
    "PENNINE": "answers only after a follow-up",
}
# What the people do in the demo week: (hours after the start, PO, exception type, action,
# who, root cause). Decisions go through the same function as `poagent resolve`.
DECISIONS = (
    (50, "4500010003", "date_late", "accept", "planning@demo-buyer.example", "supplier capacity"),
)
SAMPLE_BASE = date(2026, 11, 30)  # the Monday the sample file's dates are written for


@dataclass
class DemoOptions:
    hours_per_cycle: float = 3.0
    days: float = 7.0
    keep: Path | None = None
    start: datetime | None = None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    verbose: bool = False


def sample_pos(shift_days: int = 0) -> list[dict[str, Any]]:
    """The demo's purchase orders (pos.json format), with every date moved by ``shift_days``."""
    data = json.loads(files("agent.demo").joinpath("sample_pos.json").read_text("utf-8"))
    for po in data:
        if po.get("issued"):
            po["issued"] = (
                date.fromisoformat(po["issued"]) + timedelta(days=shift_days)
            ).isoformat()
        for line in po["lines"]:
            need = date.fromisoformat(line["requested_date"]) + timedelta(days=shift_days)
            line["requested_date"] = need.isoformat()
        po["supplier"]["contact"] = CONTACTS.get(po["supplier"]["id"])
    return data


def default_start(today: date | None = None) -> datetime:
    """08:00 UTC on the Monday of this week: a working week ahead, weekday names stay true."""
    today = today or datetime.now(UTC).date()
    monday = today - timedelta(days=today.weekday())
    return datetime(monday.year, monday.month, monday.day, 8, 0, tzinfo=UTC)


def _toml_config(
    db: Path,
    imap: Any,
    smtp: Any,
    webhook: Any,
    secrets_dir: Path,
    export_dir: Path,
    store: Path,
) -> str:
    return f"""# Written by `poagent demo`: the embedded servers are gone when the demo ends,
# but the database can still be inspected, e.g. `poagent report --config <this file>`.
[company]
name = "Demo Buyer Inc."
from_address = "{COMPANY_ADDRESS}"
own_addresses = ["demo-buyer.example"]
timezone = "Europe/London"

[database]
url = "sqlite:///{db.as_posix()}"

[smtp]
host = "{smtp.host}"
port = {smtp.port}
security = "none"
timeout_seconds = 10
retry_base_seconds = 60

[imap]
host = "{imap.host}"
port = {imap.port}
security = "none"
username = "{imap.user}"
password_file = "{(secrets_dir / "imap-password").as_posix()}"
idle = false
socket_timeout_seconds = 10
retry_base_seconds = 60
message_store = "{store.as_posix()}"

[schedule]
# Business days skip weekends and the supplier's public holidays (its time zone's hours).
follow_up_after = "2 business days"
max_follow_ups = 2
escalate_after = "4 business days"
business_hours_only = true
digest_time = "07:30"

[tolerances]
price_pct = 0
quantity_pct = 0
date_late_days = 2
date_early_days = 3

[routing]
planners = "planning@demo-buyer.example"
finance = "finance@demo-buyer.example"
finance_price_threshold = 5000

[llm]
enabled = false

[writeback]
export_dir = "{export_dir.as_posix()}"
webhook_url = "{webhook.url}"
webhook_secret_file = "{(secrets_dir / "webhook-secret").as_posix()}"
timeout_seconds = 5
retry_base_seconds = 60
"""


def _write_secret(path: Path, value: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(value)


# ----------------------------------------------------------------------- narration


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%a %d %b %H:%M")


class Narrator:
    """Prints what the agent did, read back from the audit log after each cycle."""

    def __init__(self, factory: Any, out: TextIO, verbose: bool = False) -> None:
        self.factory = factory
        self.out = out
        self.verbose = verbose
        self.last_id = 0
        self.counts: dict[str, int] = {}

    def say(self, when: datetime | None, arrow: str, text: str) -> None:
        stamp = _when(when) if when else " " * 16
        self.out.write(f"  {stamp}  {arrow} {text}\n")
        self.out.flush()

    def bump(self, key: str) -> None:
        self.counts[key] = self.counts.get(key, 0) + 1

    def _po_number(self, session: Any, entity_id: str) -> str:
        from agent.models import PurchaseOrder

        # A PO's audit subject is its id (agent.domain.subject).
        po = session.get(PurchaseOrder, int(entity_id)) if entity_id.isdigit() else None
        return po.po_number if po is not None else entity_id

    def catch_up(self) -> None:
        from sqlmodel import select

        from agent.models import AuditLog, OutboundMessage, POException, PurchaseOrder

        digests: list[tuple[datetime, str]] = []
        with self.factory() as session:
            entries = session.exec(
                select(AuditLog).where(AuditLog.id > self.last_id).order_by(AuditLog.id)  # type: ignore[arg-type]
            ).all()
            for e in entries:
                self.last_id = max(self.last_id, e.id or 0)
                d = e.details or {}
                if e.entity == "outbound_message" and e.action == "sent":
                    msg = session.get(OutboundMessage, int(e.entity_id))
                    if msg is None:
                        continue
                    kind = msg.kind.value if hasattr(msg.kind, "value") else str(msg.kind)
                    self.bump(f"sent_{kind}")
                    if kind == "digest":
                        digests.append((e.at, ", ".join(msg.recipients)))
                        continue
                    label = {
                        "request": "request sent  ",
                        "revision": "revision sent ",
                        "follow_up": "follow-up sent",
                        "escalation": "escalation    ",
                    }.get(kind, f"{kind} sent")
                    po = session.get(PurchaseOrder, msg.po_id) if msg.po_id else None
                    what = f"PO {po.po_number} " if po else ""
                    self.say(e.at, "→", f"{label} {what}to {', '.join(msg.recipients)}")
                elif e.entity == "exception" and e.action in ("opened", "auto_accepted"):
                    kind = str(d.get("type", "?"))
                    line = f" line {d['line']}" if d.get("line") else ""
                    values = ""
                    if d.get("po_value") or d.get("confirmed_value"):
                        values = f": {d.get('po_value') or '—'} → {d.get('confirmed_value') or '—'}"
                    if e.action == "auto_accepted":
                        self.bump("auto_accepted")
                        self.say(
                            e.at,
                            "✓",
                            f"auto-accepted  PO {d.get('po_number')}{line} {kind}{values} "
                            "(within tolerance)",
                        )
                    else:
                        self.bump(f"exception_{kind}")
                        exc = session.get(POException, int(e.entity_id))
                        po = session.get(PurchaseOrder, exc.po_id) if exc and exc.po_id else None
                        where = f"PO {po.po_number}" if po else "(no PO)"
                        priority = d.get("priority") or (exc.priority.value if exc else None)
                        owner = d.get("owner") or (exc.owner if exc else None)
                        reason = ""
                        if kind in ("quarantined", "needs_review") and exc and exc.evidence:
                            reason = ": " + exc.evidence.splitlines()[0][:90]
                        self.say(
                            e.at,
                            "!",
                            f"exception      {where}{line} {kind}{values}{reason}"
                            + (f" [{priority}]" if priority else "")
                            + (f" → {owner}" if owner else ""),
                        )
                elif e.entity == "exception" and e.action == "resolved":
                    exc = session.get(POException, int(e.entity_id))
                    po = session.get(PurchaseOrder, exc.po_id) if exc and exc.po_id else None
                    what = f"PO {po.po_number} " if po else ""
                    if exc is not None and exc.line_number:
                        what += f"line {exc.line_number} "
                    kind = exc.type.value if exc is not None else "exception"
                    self.bump("resolved")
                    self.say(
                        e.at,
                        "✓",
                        f"resolved       {what}{kind}: "
                        f"{_PAST.get(exc.action or '', exc.action) if exc else ''} by {e.actor}"
                        + (f" (root cause: {exc.root_cause})" if exc and exc.root_cause else ""),
                    )
                elif (
                    e.entity in ("purchase_order", "po")
                    and e.to_state in ("acknowledged", "partially_acknowledged", "escalated")
                    and e.from_state != e.to_state
                ):
                    number = self._po_number(session, e.entity_id)
                    self.bump(str(e.to_state))
                    label = str(e.to_state).replace("_", " ")
                    mark = "!" if e.to_state == "escalated" else "✓"
                    self.say(e.at, mark, f"{label:<14} PO {number}")
                elif (
                    e.entity == "webhook_delivery"
                    and e.action == "delivered"
                    # The export file is its own delivery row now: report each version once.
                    and d.get("connector", "webhook") == "webhook"
                ):
                    self.bump("written_back")
                    self.say(
                        e.at,
                        "⇒",
                        f"written back   {d.get('idempotency_key')} (ERP webhook + export file)",
                    )
                elif self.verbose:
                    self.say(
                        e.at,
                        " ",
                        f"{e.entity} {e.entity_id} {e.action} {e.from_state}→{e.to_state}",
                    )
        if digests:
            self.say(digests[0][0], "→", "digest sent    to " + "; ".join(r for _, r in digests))


_PAST = {"accept": "accepted", "reject": "rejected"}


def _describe_reply(kind: str) -> str:
    return {
        "confirm": "confirms as ordered",
        "change_date": "confirms with a date change",
        "change_price": "confirms with a price change",
        "bounce": "bounce (address does not exist)",
        "out_of_office": "out-of-office auto-reply",
        "question": "asks a question instead of confirming",
    }.get(kind, kind)


# ---------------------------------------------------------------------------- run


@dataclass
class DemoResult:
    cycles: int
    report: dict[str, Any]
    digest_text: str
    digest_buyer: str
    workdir: Path
    seconds: float
    webhook_applied: int
    counts: dict[str, int]


def run_demo(options: DemoOptions) -> DemoResult:
    from agent.config import load_settings
    from agent.db import open_database
    from agent.demo.servers import EmbeddedIMAP, EmbeddedSMTP, EmbeddedWebhookReceiver
    from agent.importer import apply_import, parse_json_bytes
    from agent.models import Buyer
    from agent.scheduler import Agent

    out = options.out
    started = time.monotonic()
    start = options.start or default_start()
    shift = (start.date() - timedelta(days=start.weekday()) - SAMPLE_BASE).days
    workdir = Path(options.keep) if options.keep else Path(tempfile.mkdtemp(prefix="poagent-demo-"))
    workdir.mkdir(parents=True, exist_ok=True)
    db_path = workdir / "demo.db"
    for stale in workdir.glob("demo.db*"):
        stale.unlink()
    secrets_dir = workdir / "secrets"
    secrets_dir.mkdir(exist_ok=True)
    imap_password = secrets.token_urlsafe(12)
    webhook_secret = secrets.token_hex(16)
    _write_secret(secrets_dir / "imap-password", imap_password)
    _write_secret(secrets_dir / "webhook-secret", webhook_secret)

    clock_now = [start]

    def clock() -> datetime:
        return clock_now[0]

    pos = sample_pos(shift)
    imap = EmbeddedIMAP(user=COMPANY_ADDRESS, password=imap_password)
    webhook = EmbeddedWebhookReceiver(webhook_secret.encode())
    simulator = SupplierSimulator(
        pos, SCRIPT, deliver=lambda raw, when: imap.append(raw, when=when), clock=clock
    )
    smtp = EmbeddedSMTP(on_message=simulator.on_message)
    engine = None
    try:
        imap.start()
        smtp.start()
        webhook.start()
        config_path = workdir / "poagent.toml"
        config_path.write_text(
            _toml_config(
                db_path, imap, smtp, webhook, secrets_dir, workdir / "export", workdir / "messages"
            ),
            encoding="utf-8",
        )
        settings = load_settings(config_path)
        out.write(
            "poagent demo: the real agent loop against simulated suppliers, all on 127.0.0.1\n"
            f"  IMAP (pymap)     {imap.host}:{imap.port}   mailbox {COMPANY_ADDRESS}\n"
            f"  SMTP (aiosmtpd)  {smtp.host}:{smtp.port}\n"
            f"  ERP webhook      {webhook.url}\n"
            f"  database         {db_path}"
            + ("\n" if options.keep else "  (removed at the end; --keep DIR keeps it)\n")
            + f"  simulated clock  starts {_when(start)} UTC, +{options.hours_per_cycle:g} h per "
            f"cycle, {options.days:g} days\n\n"
        )
        engine, factory = open_database(settings.database.url)

        parsed = parse_json_bytes(json.dumps(pos).encode("utf-8"))
        summary = apply_import(factory, settings, parsed, start, progress=False)
        if not summary.imported:
            raise RuntimeError(
                "the sample POs did not import: " + "; ".join(str(p) for p in summary.problems)
            )
        with factory() as session:
            from sqlmodel import select

            for buyer in session.exec(select(Buyer)).all():
                tz = BUYER_TIMEZONES.get(buyer.email.lower())
                if tz and buyer.timezone != tz:
                    buyer.timezone = tz
                    session.add(buyer)
            session.commit()
        suppliers = sorted({p["supplier"]["id"] for p in pos})
        names = {p["supplier"]["id"]: p["supplier"]["name"] for p in pos}
        width = max(len(n) for n in names.values())
        out.write(
            f"Imported {summary.created} sample POs from {len(suppliers)} suppliers "
            f"({summary.requests_queued} acknowledgment requests queued).\n"
            "The simulated suppliers:\n"
            + "".join(f"  {names[sid]:<{width}}  {PERSONAS.get(sid, '')}\n" for sid in suppliers)
            + "\n"
        )

        short = {sid: " ".join(name.split()[:2]) for sid, name in names.items()}
        narrator = Narrator(factory, out, options.verbose)
        agent = Agent(settings, factory, clock=clock, worker="demo")
        end = start + timedelta(days=options.days)
        step = timedelta(hours=options.hours_per_cycle)
        cycles = 0
        now = start
        done_decisions: set[int] = set()
        try:
            while clock_now[0] <= end:
                now = clock_now[0]
                for reply in simulator.deliver_due():
                    narrator.say(
                        reply.due,
                        "←",
                        f"mail in        PO {reply.po_number} from {short[reply.supplier]}: "
                        f"{_describe_reply(reply.kind)}",
                    )
                _decide(factory, settings, start, now, done_decisions)
                result = agent.cycle(now)
                cycles += 1
                for name, error in result.errors.items():
                    narrator.say(now, "✗", f"step {name} failed: {error}")
                narrator.catch_up()
                clock_now[0] = now + step
        finally:
            agent.close_mailbox()

        clock_now[0] = now  # the report and digest are as of the last cycle
        return _wrap_up(
            factory,
            settings,
            now,
            start,
            out,
            workdir=workdir,
            cycles=cycles,
            started=started,
            webhook=webhook,
            narrator=narrator,
            keep=options.keep is not None,
        )
    finally:
        if engine is not None:
            engine.dispose()
        webhook.stop()
        smtp.stop()
        imap.stop()
        if options.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)


def _decide(factory: Any, settings: Any, start: datetime, now: datetime, done: set[int]) -> None:
    """The buyers' and planners' decisions, once their time has come and the exception exists."""
    from sqlmodel import select

    from agent.models import ExceptionState, POException, PurchaseOrder
    from agent.workflow import resolve

    for index, (hours, po_number, kind, action, who, cause) in enumerate(DECISIONS):
        if index in done or now < start + timedelta(hours=hours):
            continue
        with factory() as session:
            exc = session.exec(
                select(POException)
                .join(PurchaseOrder, PurchaseOrder.id == POException.po_id)  # type: ignore[arg-type]
                .where(
                    PurchaseOrder.po_number == po_number,
                    POException.type == kind,
                    POException.state == ExceptionState.open,
                )
            ).first()
            if exc is None:
                continue
            resolve(session, settings, exc.id, action, root_cause=cause, actor=who, now=now)  # type: ignore[arg-type]
            session.commit()
        done.add(index)


def _wrap_up(
    factory: Any,
    settings: Any,
    now: datetime,
    start: datetime,
    out: TextIO,
    *,
    workdir: Path,
    cycles: int,
    started: float,
    webhook: Any,
    narrator: Narrator,
    keep: bool = False,
) -> DemoResult:
    from agent import digest
    from agent.reports import build_report, format_text
    from agent.writeback import count_by_state, export_rows

    with factory() as session:
        report = build_report(session, start, now, now=now)
        deliveries = count_by_state(session, connector="webhook")
        exported = export_rows(session, start.date())
        people = digest.recipients(session, settings)
        previews = []
        for person in people:
            if not person.is_buyer:
                continue
            # "New" = everything since the demo began, so the digest sums up the week.
            data = digest.collect(session, settings, person, now, since=start)
            size = (
                data.new_count
                + len(data.changes)
                + len(data.review)
                + len(data.undeliverable)
                + len(data.awaiting)
                + len(data.auto_accepted)
            )
            previews.append((size, person.email, data))
        previews.sort(key=lambda p: (-p[0], p[1]))
        _, buyer_email, data = previews[0]
        rendered = digest.render_digest(settings, data)

    out.write(f"\nSimulated {cycles} cycles ({_when(start)} → {_when(now)} UTC).\n\n")
    out.write("=" * 72 + "\n")
    out.write(format_text(report))
    out.write("=" * 72 + "\n\n")
    out.write(
        f"Write-back: {deliveries.get('delivered', 0)} confirmation versions delivered to the ERP "
        f"webhook (signature checked, {len(webhook.applied)} applied once each), "
        f"{deliveries.get('pending', 0)} pending, {deliveries.get('failed', 0)} failed; "
        f"{len(exported)} confirmed lines for `poagent export`.\n\n"
    )
    out.write(
        f"The digest for {buyer_email}, covering the whole simulated week\n"
        f"(`poagent digest --buyer {buyer_email} --dry-run` shows today's):\n"
    )
    out.write("-" * 72 + "\n")
    out.write(f"Subject: {rendered.subject}\n\n{rendered.text}")
    out.write("-" * 72 + "\n")
    seconds = time.monotonic() - started
    out.write(f"Demo finished in {seconds:.1f} s of wall time.\n")
    if keep:
        config = workdir / "poagent.toml"
        out.write(
            f"Kept in {workdir}: look around with, e.g.,\n"
            f"  poagent status --config {config}\n"
            f"  poagent exceptions --config {config}\n"
            f"  poagent export --config {config} --format csv\n"
        )
    return DemoResult(
        cycles=cycles,
        report=report,
        digest_text=rendered.text,
        digest_buyer=buyer_email,
        workdir=workdir,
        seconds=seconds,
        webhook_applied=len(webhook.applied),
        counts=dict(narrator.counts),
    )


def main(options: DemoOptions, on_result: Callable[[DemoResult], None] | None = None) -> int:
    result = run_demo(options)
    if on_result is not None:
        on_result(result)
    return 0
