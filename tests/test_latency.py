"""A supplier's answer reaches the ERP in seconds, not at the write-back job's next tick.

Steps wake the steps that follow them (agent.scheduler.Wakeups): IDLE wakes the
mailbox step and the commit of a confirmation version wakes write-back
(agent.writeback.on_queued). The end-to-end test runs the real daemon with
every interval at ten minutes: the POST can only arrive within seconds through
those wake-ups.
"""

from __future__ import annotations

import threading
import time
from datetime import date
from typing import Any

import pytest

from agent import writeback
from agent.config import settings_from_dict
from agent.scheduler import Wakeups
from tests import confirmation_rows as rows
from tests.latency_harness import (
    Appender,
    Daemon,
    an_hour_ago,
    delivery_key,
    seed_open_pos,
    timed_replies,
)
from tests.test_webhook import Receiver


def _settings(url: str, webhook_url: str) -> Any:
    return settings_from_dict({"database": {"url": url}, "writeback": {"webhook_url": webhook_url}})


def test_only_a_committed_delivery_tells_the_listeners(db_url: str, session_factory: Any) -> None:
    heard: list[str] = []
    settings = _settings(db_url, "http://127.0.0.1:9/erp")
    remove = writeback.on_queued(lambda: heard.append("queued"))
    try:
        with session_factory() as session:
            po = rows.purchase_order(session, "8001", "ACME", None, [(5, "1.00", date(2027, 1, 4))])
            session.commit()
            conf = rows.confirm(session, po, 1, [{"line": 1}], at=rows.T0)
            assert writeback.enqueue_confirmation(session, conf, settings, now=rows.T0)
            assert heard == []  # not before the commit: the row is not visible yet
            session.rollback()
        assert heard == []  # rolled back: nothing was queued
        with session_factory() as session:
            po = rows.purchase_order(session, "8002", "ACME", None, [(5, "1.00", date(2027, 1, 4))])
            conf = rows.confirm(session, po, 1, [{"line": 1}], at=rows.T0)
            writeback.enqueue_confirmation(session, conf, settings, now=rows.T0)
            session.commit()
            assert heard == ["queued"]
            # A later commit in the same session that queued nothing tells no one.
            po.currency = "EUR"
            session.commit()
        assert heard == ["queued"]
    finally:
        remove()
    with session_factory() as session:
        po = rows.purchase_order(session, "8003", "ACME", None, [(5, "1.00", date(2027, 1, 4))])
        conf = rows.confirm(session, po, 1, [{"line": 1}], at=rows.T0)
        writeback.enqueue_confirmation(session, conf, settings, now=rows.T0)
        session.commit()
    assert heard == ["queued"]  # removed listeners hear nothing


def test_a_wake_up_during_the_step_runs_it_again_and_bursts_run_it_once() -> None:
    wakeups = Wakeups()
    stop = threading.Event()
    ran: list[str] = []
    inside = threading.Event()
    release = threading.Event()

    def run_step(name: str) -> None:
        ran.append(name)
        if len(ran) == 1:
            inside.set()
            release.wait(10)

    runner = threading.Thread(target=wakeups.run, args=(run_step, stop.is_set))
    runner.start()
    try:
        wakeups.wake("writeback")
        assert inside.wait(10)
        # While write-back runs (it may already have read what is due), more hints
        # arrive from other threads: it runs once more afterwards, after the mailbox step.
        hinters = [
            threading.Thread(target=wakeups.wake, args=(step,))
            for step in ["writeback"] * 20 + ["mailbox"] * 5
        ]
        for t in hinters:
            t.start()
        for t in hinters:
            t.join()
        release.set()
        deadline = time.monotonic() + 10
        while len(ran) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.2)
        assert ran == ["writeback", "mailbox", "writeback"]
    finally:
        stop.set()
        wakeups.close()
        runner.join(10)
    assert not runner.is_alive()


@pytest.mark.dovecot
@pytest.mark.slow
def test_a_confirmation_is_posted_without_waiting_for_the_writeback_interval(
    db_url: str, session_factory: Any, smtp_server: Any, dovecot: Any, tls_ca: Any, tmp_path: Any
) -> None:
    seed_open_pos(session_factory, 20, an_hour_ago())
    receiver = Receiver().start()
    # Every interval ten minutes: only the wake-ups can bring the POST in seconds.
    daemon = Daemon(
        db_url=db_url,
        smtp=smtp_server,
        dovecot=dovecot,
        receiver=receiver,
        tmp_path=tmp_path,
        ca_file=tls_ca.ca_file,
        idle=True,
        poll_interval=600,
        writeback_interval=600,
    )
    appender = Appender(dovecot)
    try:
        daemon.start()
        assert receiver.requests == []
        # Fails when a POST has not arrived 15 s after its reply was appended.
        timed_replies(daemon, receiver, appender, [3, 11], gaps=[0.5, 0.5], timeout=15)
    finally:
        appender.close()
        code = daemon.stop()
        receiver.stop()
    assert code == 0, daemon.log_tail()
    assert [r["headers"]["Idempotency-Key"] for r in receiver.requests] == [
        delivery_key(3),
        delivery_key(11),
    ]


def test_warming_up_reads_without_storing_anything(db_url: str, session_factory: Any) -> None:
    from sqlalchemy import func, select

    from agent.models import AuditLog, Confirmation, InboundMessage, POException
    from agent.scheduler import Agent

    settings = _settings(db_url, "http://127.0.0.1:9/erp")
    Agent(settings, session_factory)._warm_up()  # an empty database: nothing to read against
    seed_open_pos(session_factory, 2, an_hour_ago())
    with session_factory() as session:
        before = session.execute(select(func.count()).select_from(AuditLog)).scalar_one()
    Agent(settings, session_factory)._warm_up()
    with session_factory() as session:
        for model in (InboundMessage, Confirmation, POException):
            assert session.execute(select(func.count()).select_from(model)).scalar_one() == 0
        assert session.execute(select(func.count()).select_from(AuditLog)).scalar_one() == before


def test_warming_up_loads_the_reading_children_and_the_connectors(
    db_url: str, session_factory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first reply after a start does not pay for the sandbox's imports (most of a
    second: PDF, spreadsheet and date modules) or the connectors' on its way to the ERP."""
    from agent import sandbox
    from agent.scheduler import Agent
    from connectors import registry

    seed_open_pos(session_factory, 2, an_hour_ago())
    started: list[str] = []
    real = sandbox.run_bounded

    def spy(fn: Any, *args: Any, **kwargs: Any) -> Any:
        started.append(fn.__name__)
        return real(fn, *args, **kwargs)

    monkeypatch.setattr(sandbox, "run_bounded", spy)
    monkeypatch.setattr(sandbox, "_context", None)
    registry.formats.cache_clear()
    Agent(_settings(db_url, "http://127.0.0.1:9/erp"), session_factory)._warm_up()
    assert started == ["_nothing"] and sandbox._context is not None
    assert registry.formats.cache_info().currsize == 1
