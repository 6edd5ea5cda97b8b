"""Expected operational failures: a server down, a login refused, a TLS mismatch.

They are part of running a mail agent, not bugs: logged as one line naming the
cause and when the next try is, with the traceback only at DEBUG.
"""

from __future__ import annotations

import ssl
import time
from typing import Any


def is_operational(exc: BaseException) -> bool:
    """A failure of the outside world (network, server, credentials), not of poagent."""
    from agent.mailbox import MailboxError

    if isinstance(exc, MailboxError | OSError | ssl.SSLError | TimeoutError):
        return True
    try:
        import aiosmtplib
    except ImportError:  # pragma: no cover - a declared dependency
        return False
    return isinstance(exc, aiosmtplib.SMTPException)


def next_try(agent: Any, step: str) -> str:
    """When the agent tries ``step`` again, in words."""
    if step == "mailbox":
        wait = getattr(agent, "_mailbox_next_try", 0.0) - time.monotonic()
        if wait > 0:
            return f"next try in {wait:.0f}s"
        return f"next try at the next poll (every {agent.settings.imap.poll_interval_seconds:g}s)"
    return "next try in the next cycle"
