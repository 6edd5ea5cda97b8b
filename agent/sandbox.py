"""Run one piece of pure work in a child process under a wall-clock and memory budget.

Reading a mail is the one step whose cost the sender controls. The daemon reads each mail in a
child process (see :func:`agent.workflow.read`): with ``RLIMIT_AS`` a memory bomb ends in a
``MemoryError`` in the child, not in the daemon; past the time budget the child is killed; a
stop request (SIGTERM) kills it at once. The parent stays free to notice all of that, and the
other steps of the daemon keep running meanwhile.

Children are forks of the daemon (ready in a few milliseconds, nothing re-imported). A fork of
a threaded process is safe for this work: CPython re-initialises the import lock and logging's
locks in the child, the child touches neither the database nor the network, and a child that
hangs anyway is killed at the deadline like any other.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Callable
from typing import Any

# Imported once in the parent so that every fork starts with them loaded (a lazy import in
# each child would cost every mail the import time again).
_WARM = (
    "agent.reading.pipeline",
    "agent.reading.message",
    "agent.reading.extract",
    "agent.reading.guards",
    "agent.reading.classify",
    "agent.reading.attachments",
    "pypdf",
    "openpyxl",
    "dateparser",
)
_context_lock = threading.Lock()
_context: Any = None
# Set by the daemon's SIGTERM/SIGINT handler: whatever is being read is abandoned at once.
STOP = threading.Event()


class BudgetExceeded(Exception):
    """The work took too long, too much memory, or killed its process; the text says which."""


class Interrupted(Exception):
    """A stop was requested while the work ran; it was abandoned, not failed."""


def _ctx() -> Any:
    global _context
    with _context_lock:
        if _context is None:
            import contextlib
            import importlib

            for name in _WARM:
                # An optional reader that is missing is the reading's business, not ours.
                with contextlib.suppress(ImportError):
                    importlib.import_module(name)
            _context = multiprocessing.get_context("fork")
        return _context


def _nothing() -> None:
    return None


def warm_up() -> None:
    """Import what every child starts with and start one child, before the first mail needs it.

    Without this the first mail after a start pays for both (the reading modules alone take
    most of a second), on the way to its write-back.
    """
    run_bounded(_nothing, seconds=60, memory_bytes=0)


def _child(conn: Any, fn: Callable[..., Any], args: tuple[Any, ...], memory_bytes: int) -> None:
    import resource

    try:
        if memory_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        result = fn(*args)
        conn.send(("ok", result))
    except MemoryError:
        conn.send(("memory", None))
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def run_bounded(
    fn: Callable[..., Any],
    *args: Any,
    seconds: float,
    memory_bytes: int,
    stop: threading.Event | None = None,
) -> Any:
    """``fn(*args)`` in a child; its return value, or BudgetExceeded / Interrupted / RuntimeError.

    ``fn`` and its arguments and result must pickle. ``memory_bytes`` = 0 sets no memory limit.
    """
    stop = stop or STOP
    ctx = _ctx()
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn, args, memory_bytes), daemon=True)
    proc.start()
    child.close()
    deadline = time.monotonic() + seconds
    try:
        while True:
            if stop.is_set():
                raise Interrupted("stop requested while reading")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BudgetExceeded(f"reading took longer than {seconds:g} s")
            if parent.poll(min(0.2, remaining)):
                try:
                    status, value = parent.recv()
                except EOFError:
                    proc.join(5)
                    raise BudgetExceeded(_death(proc.exitcode)) from None
                break
            if not proc.is_alive() and not parent.poll(0):
                proc.join(1)
                raise BudgetExceeded(_death(proc.exitcode))
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        parent.close()
    if status == "ok":
        return value
    if status == "memory":
        raise BudgetExceeded(f"reading needed more than {memory_bytes // 2**20} MB of memory")
    raise RuntimeError(value)


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        return f"the reading process was killed by signal {-exitcode}"
    return f"the reading process ended without an answer (exit code {exitcode})"
