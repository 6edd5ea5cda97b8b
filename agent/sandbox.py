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

import contextlib
import multiprocessing
import os
import signal
import sys
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


def _prctl() -> Any:
    """libc's prctl on Linux, looked up in the parent so that no child pays for the lookup."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


_PRCTL = _prctl()
_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent_pid: int) -> None:
    """End this child when the daemon that forked it dies, even by SIGKILL.

    A child outlives a killed daemon otherwise, and holds what it inherited with the fork:
    the mailbox lease (an flock, or the PostgreSQL connection holding the advisory lock),
    so the restarted daemon finds the mailbox "being read by another worker" for good.
    On Linux the kernel sends SIGKILL when the forking thread ends; that thread is the one
    waiting for the child's answer, so it never ends first. Elsewhere the child still sees
    end-of-file on its job pipe (see _serve) once the daemon is gone.
    """
    if _PRCTL is not None:
        with contextlib.suppress(Exception):
            _PRCTL(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent_pid:
        # The daemon died before the line above took effect.
        os._exit(1)


def _nothing() -> None:
    return None


def warm_up() -> None:
    """Import what every child starts with and start one child, before the first mail needs it.

    Without this the first mail after a start pays for both (the reading modules alone take
    most of a second), on the way to its write-back.
    """
    run_bounded(_nothing, seconds=60, memory_bytes=0)


def _inherited_out_of_gc() -> None:
    """Keep the child's garbage collector off the objects inherited from the daemon.

    A full collection in a fork walks all ~100k of them and writes to each one's header:
    every page of the daemon's heap is copied, 100-300 ms on a busy machine (more under
    memory pressure), and the child inherits the daemon's allocation counters, so any
    child may be the one that collects. Frozen, they are never walked (Python's gc docs
    advise gc.freeze() for forks); the child is short-lived and never frees them anyway.
    """
    import gc

    gc.freeze()


def _child(
    conn: Any, fn: Callable[..., Any], args: tuple[Any, ...], memory_bytes: int, parent_pid: int
) -> None:
    import resource

    _die_with_parent(parent_pid)
    _inherited_out_of_gc()
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


def _await(parent: Any, proc: Any, seconds: float, memory_bytes: int, stop: threading.Event) -> Any:
    """The child's answer to the work it was given, within ``seconds``; raises as run_bounded."""
    deadline = time.monotonic() + seconds
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
    if status == "ok":
        return value
    if status == "memory":
        raise BudgetExceeded(f"reading needed more than {memory_bytes // 2**20} MB of memory")
    raise RuntimeError(value)


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
    proc = ctx.Process(
        target=_child, args=(child, fn, args, memory_bytes, os.getpid()), daemon=True
    )
    proc.start()
    child.close()
    try:
        return _await(parent, proc, seconds, memory_bytes, stop)
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        parent.close()


class _Previous:
    """Stands, in a job sent to a :class:`Child`, for the result of its previous job."""


# A job whose arguments pickle to more than this (or do not pickle) goes to a fresh fork
# instead, which shares them with the daemon for free (e.g. a mail read against every open PO).
MAX_SENT_BYTES = 1 << 20


def _serve(
    results: Any,
    jobs: Any,
    fn: Callable[..., Any],
    args: tuple[Any, ...],
    memory_bytes: int,
    parent_pid: int,
    daemon_ends: tuple[Any, ...],
) -> None:
    import resource

    _die_with_parent(parent_pid)
    # The fork also copied the daemon's ends of both pipes. Closed here, a daemon that
    # dies leaves no writer on the job pipe, and the wait for the next job ends.
    for end in daemon_ends:
        end.close()
    _inherited_out_of_gc()
    previous: Any = None
    try:
        if memory_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        while True:
            try:
                previous = fn(*(previous if isinstance(a, _Previous) else a for a in args))
                results.send(("ok", previous))
            except MemoryError:
                results.send(("memory", None))
                return
            except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent
                results.send(("error", f"{type(exc).__name__}: {exc}"))
                return
            try:
                job = jobs.recv()
            except EOFError:
                return
            if job is None:
                return
            fn, args = job
    finally:
        results.close()
        jobs.close()


class Child:
    """Several pieces of one mail's work, one after the other, in one child process.

    Each :meth:`run` is bounded like :func:`run_bounded` (``seconds`` each, the memory
    limit for the process), but only the first forks: forking the daemon costs tens of
    milliseconds on a busy machine, and reading one mail takes two pieces (parse, then
    read against the POs the parent looked up meanwhile). The first job's arguments are
    inherited with the fork; later jobs are pickled to the child, except an argument that
    is the previous job's result, which the child still holds. A failed or overrun job
    ends the child; use it as a context manager so it never outlives the mail.
    """

    def __init__(
        self, *, seconds: float, memory_bytes: int, stop: threading.Event | None = None
    ) -> None:
        self.seconds = seconds
        self.memory_bytes = memory_bytes
        self.stop = stop or STOP
        self._proc: Any = None
        self._results: Any = None
        self._jobs: Any = None
        self._previous: Any = _Previous  # nothing returned yet

    def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        if self._proc is None:
            ctx = _ctx()
            self._results, results_w = ctx.Pipe(duplex=False)
            jobs_r, self._jobs = ctx.Pipe(duplex=False)
            self._proc = ctx.Process(
                target=_serve,
                args=(
                    results_w,
                    jobs_r,
                    fn,
                    args,
                    self.memory_bytes,
                    os.getpid(),
                    (self._results, self._jobs),
                ),
                daemon=True,
            )
            self._proc.start()
            results_w.close()
            jobs_r.close()
        else:
            import pickle

            sent = tuple(_Previous() if a is self._previous else a for a in args)
            try:
                data: bytes | None = pickle.dumps((fn, sent), protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:  # noqa: BLE001 - what does not pickle is inherited by a fork
                data = None
            if data is None or len(data) > MAX_SENT_BYTES:
                self.close()
                return run_bounded(
                    fn, *args, seconds=self.seconds, memory_bytes=self.memory_bytes, stop=self.stop
                )
            self._jobs.send_bytes(data)
        try:
            self._previous = _await(
                self._results, self._proc, self.seconds, self.memory_bytes, self.stop
            )
        except BaseException:
            self.close()
            raise
        return self._previous

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        # Nothing is left for it to do: no need to wait for it to notice. Nor for its exit:
        # tearing down a fork of the daemon takes 10-30 ms on a busy machine, on the way
        # to the write-back. multiprocessing reaps it, once it has died, when a later child
        # starts (or at exit): only children still being torn down wait to be reaped.
        if proc.is_alive():
            proc.kill()
        self._results.close()
        self._jobs.close()

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        return f"the reading process was killed by signal {-exitcode}"
    return f"the reading process ended without an answer (exit code {exitcode})"
