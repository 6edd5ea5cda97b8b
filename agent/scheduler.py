"""The agent loop: every job is "find due work in the database, do it".

``Agent.cycle(now)`` runs one full pass in a fixed order (send →
mailbox → mail the model could not read yet → follow-ups/escalations →
digests → send → write-back); ``poagent
run --once`` calls it once. ``Agent.run_forever()`` lets APScheduler (v3) tick
the same steps on their intervals, one at a time on a single worker thread.

Steps also wake the steps that follow them (:class:`Wakeups`): IDLE wakes the
mailbox step, a committed confirmation version wakes write-back, a queued
follow-up or digest wakes send. A wake-up only runs the step sooner (the
database still decides what is due), on a thread of its own that takes the
same one-step-at-a-time lock; the intervals stay as the safety net for retries,
for work other workers or commands committed, and for hints lost to a crash.

No due work lives in memory: a step that is interrupted (SIGTERM, SIGKILL,
a crash) is simply found due again on the next start. A failing step is
logged and the others still run.

The steps are an explicit list (:data:`STEPS`, :meth:`Agent.steps`) and the modules
they call are imported here: a module that is missing fails the start, it never
turns a step into a silent no-op.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from agent import cadence, digest, ingest, outbox, writeback

if TYPE_CHECKING:  # pragma: no cover
    from agent.config import Settings
    from agent.db import SessionFactory
    from agent.mailbox import Mailbox

log = logging.getLogger("poagent.run")

# Requests are queued by the import itself (agent.importer); sending marks a PO requested.
# "send_queued" sends what this cycle queued (follow-ups, escalation digests) in the
# same cycle; the outbox sends each message once, whichever send step finds it.
STEPS = ("send", "mailbox", "llm_retry", "cadence", "digests", "send_queued", "writeback")
SEND_STEPS = ("send", "send_queued")
# A step whose result says it queued work for another step wakes that step:
# (step, field of its result, step to wake). A committed confirmation version
# wakes "writeback" from the commit itself (agent.writeback.on_queued).
FOLLOW_ON: tuple[tuple[str, str, str], ...] = (
    ("cadence", "follow_ups", "send"),
    ("digests", "queued", "send"),
)

# Read (against one PO of the database, without the model, nothing stored) when the
# daemon starts: see Agent._warm_up. PO_NUMBER and SENDER become that PO's number and
# its supplier's address (a reply from anyone else stops before the lines are read).
WARM_UP_MAIL = (
    b"From: Orders <SENDER>\r\nTo: purchasing@buyer.example\r\n"
    b"Subject: RE: PO PO_NUMBER - please confirm\r\n"
    b"Date: Mon, 02 Nov 2026 10:00:00 +0000\r\nMessage-ID: <warm-up@supplier.example>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Hello,\r\n\r\nWe confirm PO PO_NUMBER, line 1: 40 pcs at 12.50 USD, delivery "
    b"15 December 2026.\r\n\r\nRegards\r\n"
)


class Wakeups:
    """Steps asked to run now rather than at their next interval; safe from any thread.

    ``wake(step)`` only records the request (a set, so a burst of requests runs the
    step once) and returns at once: it is called from the IDLE thread and from
    inside a commit. :meth:`run` (its own thread) runs the requested steps in
    :data:`STEPS` order. A request made while that step is running is kept and
    runs it again afterwards, so a hint is never lost to a step that had already
    looked at the database.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._wanted: set[str] = set()
        self._closed = False

    def wake(self, step: str) -> None:
        with self._cond:
            self._wanted.add(step)
            self._cond.notify()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def take(self, timeout: float | None = None) -> list[str]:
        """The steps requested so far (cleared), waiting up to ``timeout`` for one."""
        with self._cond:
            if not self._wanted and not self._closed:
                self._cond.wait(timeout)
            wanted, self._wanted = self._wanted, set()
        return [name for name in STEPS if name in wanted]

    def run(self, run_step: Callable[[str], Any], stopped: Callable[[], bool]) -> None:
        while not stopped() and not self._closed:
            for name in self.take(timeout=1.0):
                if stopped() or self._closed:
                    return
                run_step(name)


NOT_CHASED = "mailbox: not configured — nobody is chased"


class Clock:
    """Real time, or real time shifted so that it started at ``--now``."""

    def __init__(self, start: datetime | None = None) -> None:
        self._start = start
        self._t0 = time.monotonic()

    def __call__(self) -> datetime:
        if self._start is None:
            return datetime.now(UTC)
        return self._start + timedelta(seconds=time.monotonic() - self._t0)


def _brief(value: Any) -> Any:
    """A loggable summary of whatever a step returned."""
    if value is None:
        return None
    if hasattr(value, "__dataclass_fields__"):
        out = {}
        for key in value.__dataclass_fields__:
            v = getattr(value, key)
            if isinstance(v, list | tuple | set):
                out[key] = len(v)
            elif isinstance(v, dict):
                out[key] = v if len(v) <= 10 else len(v)
            elif isinstance(v, int | float | str | bool) or v is None:
                out[key] = v
        return out
    if isinstance(value, int | float | str | bool | dict | list):
        return value
    return str(value)


@dataclass
class CycleSummary:
    now: datetime
    steps: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    stopped: bool = False

    def line(self) -> str:
        def count(step: str, key: str) -> int:
            v = self.steps.get(step)
            if isinstance(v, dict):
                x = v.get(key, 0)
                return x if isinstance(x, int) else 0
            return 0

        sent = sum(count(step, "sent") for step in SEND_STEPS)
        parts = [
            f"cycle {self.now.isoformat(timespec='seconds')}",
            f"sent={sent}",
            f"mail_new={count('mailbox', 'new')}",
            f"processed={count('mailbox', 'processed')}",
            f"duplicates={count('mailbox', 'duplicates')}",
            f"quarantined={count('mailbox', 'quarantined')}",
            f"follow_ups={count('cadence', 'follow_ups')}",
            f"escalations={count('cadence', 'escalations')}",
            f"llm_retried={count('llm_retry', 'applied')}",
            f"digests={count('digests', 'queued')}",
        ]
        waiting = sum(count(step, "retrying") for step in SEND_STEPS)
        if waiting:
            parts.append(f"send_retrying={waiting}")
        cadence = self.steps.get("cadence")
        if isinstance(cadence, dict) and cadence.get("skipped"):
            parts.append(f"chasing=off ({cadence['skipped']})")
        if self.errors:
            parts.append("errors=" + ",".join(sorted(self.errors)))
        if self.stopped:
            parts.append("stopped")
        return " ".join(parts)


READING_STEPS = ("mailbox", "llm_retry")
LANES = ("reading", "default")


def lane_of(step: str) -> str:
    """The thread (and lock) a step runs on: reading mail, or everything else."""
    return "reading" if step in READING_STEPS else "default"


class Agent:
    def __init__(
        self,
        settings: Settings,
        session_factory: SessionFactory,
        *,
        clock: Callable[[], datetime] | None = None,
        worker: str | None = None,
        stop_event: threading.Event | None = None,
    ) -> None:
        from agent.ingest import worker_id

        self.settings = settings
        self.session_factory = session_factory
        self.clock = clock or Clock()
        self.worker = worker or worker_id()
        self.stop_event = stop_event or threading.Event()
        self._mailbox: Mailbox | None = None
        self._mailbox_failures = 0
        self._mailbox_next_try = 0.0
        # One step at a time per lane, whichever thread asks. Reading mail is a lane of its
        # own: a mail that uses its whole reading budget does not hold up sending.
        self._locks = {lane: threading.Lock() for lane in LANES}
        self._wakeups: dict[str, Wakeups] | None = None  # one per lane while run_forever runs
        self._http_client: Any = None  # the webhook client, kept while run_forever runs
        self._last_poll_ok: float | None = None

    # ------------------------------------------------------------------ steps

    def stopped(self) -> bool:
        return self.stop_event.is_set()

    def steps(self) -> dict[str, Callable[[datetime], Any]]:
        """Every step by name, in cycle order (:data:`STEPS`); a subclass (the dry run)
        overrides the methods, never this list."""
        return {
            "send": self.step_send,
            "mailbox": self.step_mailbox,
            "llm_retry": self.step_llm_retry,
            "cadence": self.step_cadence,
            "digests": self.step_digests,
            "send_queued": self.step_send,  # what this cycle queued goes out in this cycle
            "writeback": self.step_writeback,
        }

    def step_send(self, now: datetime) -> Any:
        return outbox.send_due(self.session_factory, self.settings, now)

    def _connected_mailbox(self) -> Mailbox | None:
        from agent.mailbox import MailboxError, connect_with_backoff

        if self._mailbox is not None and self._mailbox.connected:
            return self._mailbox
        if time.monotonic() < self._mailbox_next_try:
            return None
        try:
            self._mailbox = connect_with_backoff(
                self.settings.imap, attempts=2, base_delay=0.5, stop=self.stopped
            )
            self._mailbox_failures = 0
            return self._mailbox
        except MailboxError:
            self._mailbox_failures += 1
            delay = min(300.0, 2.0 ** min(self._mailbox_failures, 8))
            self._mailbox_next_try = time.monotonic() + delay
            raise  # run_step logs it once, with the next try

    def step_mailbox(self, now: datetime) -> Any:
        from agent.mailbox import MailboxError

        if not self.settings.imap.username:
            return {"skipped": "no [imap] username configured"}
        box = self._connected_mailbox()
        if box is None:
            return {"skipped": "waiting to reconnect"}
        try:
            summary = ingest.poll_once(
                box, self.session_factory, self.settings, now, worker=self.worker, stop=self.stopped
            )
            self._last_poll_ok = time.monotonic()
            return summary
        except MailboxError:
            # Dropped connection: reconnect on the next poll. Everything committed so
            # far stays; the next poll finds the rest from the UID SEARCH.
            self.close_mailbox()
            self._mailbox_next_try = 0.0
            raise

    def step_llm_retry(self, now: datetime) -> Any:
        if not self.settings.llm.enabled:
            return None
        if not self.settings.imap.username:
            return ingest.retry_llm_readings(
                self.session_factory, self.settings, now, stop=self.stopped
            )
        # With the mailbox read by no one else: a newer reply of the same supplier being
        # applied at this moment must not race with an older one read again.
        with ingest.mailbox_lease(
            self.session_factory,
            self.settings.imap.account_name,
            self.settings.imap.folder,
            wait=30.0,
        ) as mine:
            if not mine:
                return {"skipped": "the mailbox is being read by another worker"}
            return ingest.retry_llm_readings(
                self.session_factory, self.settings, now, stop=self.stopped
            )

    def step_cadence(self, now: datetime) -> Any:
        if not self.settings.imap.username:
            # Never chase blind: the supplier may have answered in a mailbox nobody reads.
            return {"skipped": NOT_CHASED}
        # A reply may be waiting in a mailbox we could not read: chasing now could
        # remind a supplier who already answered. Wait for a successful read.
        fresh = max(600.0, 3 * self.settings.imap.poll_interval_seconds)
        if self._last_poll_ok is None or time.monotonic() - self._last_poll_ok > fresh:
            return {"skipped": "the mailbox has not been read successfully just now"}
        # Chase only with the mailbox read: while another worker is reading it, a
        # reply may be sitting there unapplied. That worker chases after its read.
        with ingest.mailbox_lease(
            self.session_factory,
            self.settings.imap.account_name,
            self.settings.imap.folder,
            wait=30.0,
        ) as mine:
            if not mine:
                return {"skipped": "the mailbox is being read by another worker"}
            return cadence.run_cadence(self.session_factory, self.settings, now)

    def step_digests(self, now: datetime) -> Any:
        return digest.send_due_digests(self.session_factory, self.settings, now)

    def step_writeback(self, now: datetime) -> Any:
        if self._http_client is not None:
            return writeback.deliver_due(
                self.session_factory, self.settings, now, client=self._http_client
            )
        return writeback.deliver_due(self.session_factory, self.settings, now)

    def close_mailbox(self) -> None:
        box, self._mailbox = self._mailbox, None
        if box is not None:
            box.close()

    def wake(self, step: str) -> None:
        """Ask for ``step`` to run now, on its lane's wake-up thread (a no-op outside run_forever)."""
        wakeups = self._wakeups
        if wakeups is not None:
            wakeups[lane_of(step)].wake(step)

    def run_step(self, name: str, now: datetime | None = None) -> tuple[Any, str | None]:
        method = self.steps()[name]
        with self._locks[lane_of(name)]:
            now = now or self.clock()
            started = time.monotonic()
            try:
                result = method(now)
            except Exception as exc:  # noqa: BLE001 - one failing step never stops the others
                from agent.ops_errors import is_operational, next_try

                if is_operational(exc):
                    # Expected (server down, auth refused, TLS mismatch): one line with the
                    # cause and the next try; the traceback only at DEBUG.
                    log.warning(
                        "step %s: %s; %s",
                        name,
                        exc,
                        next_try(self, name),
                        exc_info=log.isEnabledFor(logging.DEBUG),
                        extra={"fields": {"event": "step_unavailable", "step": name}},
                    )
                else:
                    log.error(
                        "step %s failed: %s",
                        name,
                        exc,
                        exc_info=True,
                        extra={"fields": {"event": "step_failed", "step": name}},
                    )
                return None, f"{type(exc).__name__}: {exc}"
            brief = _brief(result)
            for step, key, then in FOLLOW_ON:
                if step == name and getattr(result, key, None):
                    self.wake(then)
            log.debug(
                "step %s done",
                name,
                extra={
                    "fields": {
                        "event": "step",
                        "step": name,
                        "seconds": round(time.monotonic() - started, 3),
                        "result": brief,
                    }
                },
            )
            return brief, None

    def cycle(self, now: datetime | None = None) -> CycleSummary:
        """One full pass, in order. ``now`` fixed for the whole cycle (``--now``)."""
        summary = CycleSummary(now=now or self.clock())
        for name in STEPS:
            if self.stopped():
                summary.stopped = True
                break
            result, error = self.run_step(name, now)
            summary.steps[name] = result
            if error:
                summary.errors[name] = error
        log.info(
            summary.line(),
            extra={
                "fields": {
                    "event": "cycle",
                    "now": summary.now.isoformat(),
                    "steps": summary.steps,
                    "errors": summary.errors,
                }
            },
        )
        return summary

    # ----------------------------------------------------------------- daemon

    def _warm_up(self) -> None:
        """Read one made-up reply before the first real one, so that the first supplier
        is not the one who waits for the reading code to load (modules, date and
        number patterns, locale data: about a second)."""
        from sqlalchemy import select

        from agent import workflow
        from agent.models import PurchaseOrder
        from agent.reading.pipeline import read_message

        started = time.monotonic()
        try:
            with self.session_factory() as session:
                ids = list(session.execute(select(PurchaseOrder.id).limit(1)).scalars())
                pos = workflow.open_pos(session, po_ids=ids) if ids else []
            number = pos[0].po_number if pos else "4500000001"
            emails = pos[0].supplier.emails if pos else ()
            sender = emails[0] if emails else "orders@supplier.example"
            raw = WARM_UP_MAIL.replace(b"PO_NUMBER", number.encode("utf-8", "replace"))
            read_message(
                raw.replace(b"SENDER", sender.encode("utf-8", "replace")),
                pos,
                own_addresses=self.settings.own_addresses(),
                limits=self.settings.reading.limits(),
                fallback=None,
            )
            # Mail is read in child processes (agent.sandbox) that start with the reading
            # modules (PDF, spreadsheet, dates) imported, and confirmations are rendered by
            # the connectors: load both now, not on the first supplier's reply.
            if self.settings.reading.isolate:
                from agent.sandbox import warm_up as warm_up_sandbox

                warm_up_sandbox()
            from agent import writeback

            writeback.warm_up(self.settings)
        except Exception as exc:  # noqa: BLE001 - only the first mail's speed depends on it
            log.warning("warming up the reading code failed: %s", exc)
            return
        log.debug(
            "reading code loaded",
            extra={
                "fields": {"event": "warmed_up", "seconds": round(time.monotonic() - started, 3)}
            },
        )

    def _idle_watcher(self, wake: Callable[[], None]) -> None:
        """Hold a second connection in IDLE and wake the poll job when mail arrives."""
        from agent.mailbox import MailboxError, connect_with_backoff

        failures = 0
        while not self.stopped():
            try:
                box = connect_with_backoff(self.settings.imap, attempts=1, stop=self.stopped)
            except MailboxError:
                failures += 1
                self.stop_event.wait(min(300.0, 2.0 ** min(failures, 8)))
                continue
            failures = 0
            try:
                box.select()
                if not box.has("IDLE"):
                    return
                # Mail that arrived while no IDLE was watching (start, reconnect) is read now.
                wake()
                while not self.stopped():
                    if box.wait_for_mail(
                        self.settings.imap.poll_interval_seconds, stop=self.stopped
                    ):
                        wake()
            except MailboxError as exc:
                log.info("IDLE connection dropped (%s); reconnecting", exc)
            finally:
                box.close()

    def run_forever(self) -> int:
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.schedulers.background import BackgroundScheduler

        s = self.settings
        scheduler = BackgroundScheduler(
            # Reading mail has its own thread: a mail that takes its whole reading budget
            # must not hold up sending, follow-ups and write-backs meanwhile.
            executors={
                "default": ThreadPoolExecutor(max_workers=1),
                "reading": ThreadPoolExecutor(max_workers=1),
            },
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            timezone=UTC,
        )
        first = datetime.now(UTC)
        intervals = {
            "send": s.schedule.send_interval_seconds,
            "mailbox": s.imap.poll_interval_seconds,
            "llm_retry": 60.0,
            "cadence": 60.0,
            "digests": 60.0,
            "writeback": max(15.0, s.writeback.retry_base_seconds),
        }
        for offset, (name, seconds) in enumerate(intervals.items()):
            scheduler.add_job(
                self.run_step,
                "interval",
                seconds=seconds,
                args=[name],
                id=name,
                executor=lane_of(name),
                next_run_time=first + timedelta(milliseconds=10 * offset),
            )

        self._warm_up()
        if s.writeback.webhook_url:
            self._http_client = writeback.new_http_client(s)
        wakeups = self._wakeups = {lane: Wakeups() for lane in LANES}
        stop_listening = writeback.on_queued(lambda: self.wake("writeback"))
        runners = [
            threading.Thread(
                target=w.run, args=(self.run_step, self.stopped), name=f"poagent-wakeups-{lane}"
            )
            for lane, w in wakeups.items()
        ]
        scheduler.start()
        for runner in runners:
            runner.start()
        log.info(
            "poagent running",
            extra={"fields": {"event": "started", "worker": self.worker, "intervals": intervals}},
        )
        watcher = None
        if s.imap.idle and s.imap.username:
            watcher = threading.Thread(
                target=self._idle_watcher, args=(lambda: self.wake("mailbox"),), daemon=True
            )
            watcher.start()
        try:
            while not self.stop_event.wait(1.0):
                pass
        finally:
            log.info("stopping after the current step", extra={"fields": {"event": "stopping"}})
            stop_listening()
            for w in wakeups.values():
                w.close()
            # wait=True lets the running step finish; queued ones are dropped (they are
            # found due again on the next start).
            scheduler.shutdown(wait=True)
            for runner in runners:
                runner.join()
            self._wakeups = None
            if self._http_client is not None:
                self._http_client.close()
                self._http_client = None
            self.close_mailbox()
            log.info("stopped", extra={"fields": {"event": "stopped"}})
        return 0
