"""IMAP adapter (imapclient): connect, search, fetch, move. Nothing else.

The periodic ``UID SEARCH`` is the source of truth for what is in the inbox;
IDLE is only a hint that something may have arrived, and is re-issued at least
every ``idle_renew_seconds`` because servers and middleboxes drop idle
connections silently. Every socket operation has a hard timeout so a hung
server can never hang the daemon.

Mail is moved out of the inbox only *after* its result is committed to the
database (the caller decides when). Where the server has no MOVE, it is copied
and expunged (UIDPLUS) or, as the last resort, only flagged with
``PROCESSED_KEYWORD`` so it is not searched again.
"""

from __future__ import annotations

import contextlib
import logging
import random
import socket
import ssl
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from agent.config import ImapSettings

log = logging.getLogger(__name__)

# Set on mail we could neither move nor copy away, so it is not searched again.
PROCESSED_KEYWORD = b"$PoagentProcessed"


class MailboxError(Exception):
    """A mailbox operation failed (connection lost, timeout, server refused)."""


@dataclass(frozen=True)
class FolderState:
    name: str
    uidvalidity: int
    uidnext: int | None
    exists: int


@dataclass(frozen=True)
class FetchedMail:
    uid: int
    raw: bytes
    internal_date: datetime | None
    flags: tuple[bytes, ...]


def _errors() -> tuple[type[BaseException], ...]:
    import imaplib

    import imapclient.exceptions as ie

    return (OSError, socket.timeout, ssl.SSLError, imaplib.IMAP4.error, ie.IMAPClientError)


class Mailbox:
    """One authenticated IMAP connection to one account."""

    def __init__(self, settings: ImapSettings, *, password: str | None = None) -> None:
        self.settings = settings
        self._password = password
        self._client: Any = None
        self.selected: FolderState | None = None
        self._capabilities: frozenset[bytes] = frozenset()

    # -------------------------------------------------------------- connection

    @property
    def account(self) -> str:
        return self.settings.account_name

    def _ssl_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context()
        if self.settings.ca_file:
            ctx.load_verify_locations(self.settings.ca_file)
        if not self.settings.verify_tls:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        return ctx

    def connect(self) -> Mailbox:
        import imapclient

        s = self.settings
        timeout = float(s.socket_timeout_seconds)
        try:
            if s.security == "ssl":
                client = imapclient.IMAPClient(
                    s.host, port=s.port, ssl=True, ssl_context=self._ssl_context(), timeout=timeout
                )
            else:
                client = imapclient.IMAPClient(s.host, port=s.port, ssl=False, timeout=timeout)
                if s.security == "starttls":
                    client.starttls(self._ssl_context())
            password = self._password
            if password is None:
                secret = s.password()
                password = secret.reveal() if secret is not None else ""
            client.login(s.username, password)
            self._capabilities = frozenset(c.upper() for c in client.capabilities())
        except _errors() as exc:
            # The message names the server, never the password.
            raise MailboxError(f"IMAP connect to {s.host}:{s.port} failed: {exc}") from exc
        self._client = client
        self.selected = None
        return self

    def close(self) -> None:
        client, self._client = self._client, None
        self.selected = None
        if client is None:
            return
        with contextlib.suppress(Exception):
            client.logout()
        with contextlib.suppress(Exception):
            client.shutdown()

    def __enter__(self) -> Mailbox:
        if self._client is None:
            self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connected(self) -> bool:
        return self._client is not None

    def has(self, capability: str) -> bool:
        return capability.upper().encode() in self._capabilities

    def _call(self, what: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if self._client is None:
            raise MailboxError(f"IMAP {what}: not connected")
        try:
            return fn(*args, **kwargs)
        except _errors() as exc:
            # A failed command leaves the connection in an unknown state: drop it,
            # the caller reconnects.
            self.close()
            raise MailboxError(f"IMAP {what} failed: {exc}") from exc

    # ----------------------------------------------------------------- folders

    def ensure_folder(self, name: str) -> None:
        c = self._client
        if not self._call("LIST", c.folder_exists, name):
            try:
                c.create_folder(name)
            except _errors() as exc:
                # Another worker may have created it between LIST and CREATE.
                if not self._call("LIST", c.folder_exists, name):
                    self.close()
                    raise MailboxError(f"IMAP CREATE {name!r} failed: {exc}") from exc

    def select(self, folder: str | None = None) -> FolderState:
        name = folder or self.settings.folder
        info = self._call("SELECT", self._client.select_folder, name)
        state = FolderState(
            name=name,
            uidvalidity=int(info[b"UIDVALIDITY"]),
            uidnext=int(info[b"UIDNEXT"]) if b"UIDNEXT" in info else None,
            exists=int(info.get(b"EXISTS", 0)),
        )
        self.selected = state
        return state

    # ------------------------------------------------------------------- mail

    def search_unprocessed(self) -> list[int]:
        """UIDs of every mail still in the selected folder that we have not flagged done."""
        criteria = ["NOT", "DELETED", "NOT", "KEYWORD", PROCESSED_KEYWORD.decode()]
        return sorted(int(u) for u in self._call("UID SEARCH", self._client.search, criteria))

    def fetch(self, uids: Sequence[int]) -> list[FetchedMail]:
        if not uids:
            return []
        # BODY.PEEK keeps \\Seen untouched: a human reading the same mailbox still
        # sees what is new.
        data = self._call(
            "UID FETCH", self._client.fetch, list(uids), [b"BODY.PEEK[]", b"INTERNALDATE", b"FLAGS"]
        )
        out = []
        for uid in sorted(data):
            item = data[uid]
            raw = item.get(b"BODY[]")
            if raw is None:
                continue  # expunged between SEARCH and FETCH
            out.append(
                FetchedMail(
                    uid=int(uid),
                    raw=bytes(raw),
                    internal_date=item.get(b"INTERNALDATE"),
                    flags=tuple(item.get(b"FLAGS", ())),
                )
            )
        return out

    def move(self, uids: Iterable[int], folder: str) -> str:
        """Move mail out of the selected folder; returns how: "move", "copy", or "flag"."""
        uid_list = sorted(set(uids))
        if not uid_list:
            return "move"
        c = self._client
        self.ensure_folder(folder)
        if self.has("MOVE"):
            self._call("UID MOVE", c.move, uid_list, folder)
            return "move"
        try:
            self._call("UID COPY", c.copy, uid_list, folder)
        except MailboxError:
            self.connect()
            if self.selected is not None:
                self.select(self.selected.name)
            self.flag_processed(uid_list)
            return "flag"
        self._call("STORE", c.add_flags, uid_list, [b"\\Deleted", PROCESSED_KEYWORD])
        if self.has("UIDPLUS"):
            self._call("UID EXPUNGE", c.uid_expunge, uid_list)
        # Without UIDPLUS a plain EXPUNGE could remove mail someone else marked
        # deleted; leave ours flagged (\\Deleted + keyword) so it is never searched again.
        return "copy"

    def flag_processed(self, uids: Iterable[int]) -> None:
        uid_list = sorted(set(uids))
        if uid_list:
            self._call("STORE", self._client.add_flags, uid_list, [PROCESSED_KEYWORD])

    # ------------------------------------------------------------------- IDLE

    def wait_for_mail(self, seconds: float, *, stop: Callable[[], bool] | None = None) -> bool:
        """Block up to ``seconds`` (IDLE where offered, else sleep); True when the server hinted new mail.

        The hint only shortens the wait: the caller always re-runs the UID SEARCH.
        """
        deadline = time.monotonic() + seconds
        if not self.settings.idle or not self.has("IDLE"):
            while time.monotonic() < deadline:
                if stop is not None and stop():
                    return False
                time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))
            return False
        c = self._client
        renew = float(self.settings.idle_renew_seconds)
        while time.monotonic() < deadline:
            if stop is not None and stop():
                return False
            chunk_end = min(deadline, time.monotonic() + renew)
            self._call("IDLE", c.idle)
            try:
                while time.monotonic() < chunk_end:
                    if stop is not None and stop():
                        break
                    responses = self._call(
                        "IDLE", c.idle_check, timeout=min(1.0, chunk_end - time.monotonic())
                    )
                    if any(
                        isinstance(r, tuple) and len(r) >= 2 and r[1] in (b"EXISTS", b"RECENT")
                        for r in responses
                    ):
                        self._call("IDLE DONE", c.idle_done)
                        return True
            except MailboxError:
                raise
            if self._client is not None:
                self._call("IDLE DONE", c.idle_done)
        return False


def connect_with_backoff(
    settings: ImapSettings,
    *,
    attempts: int = 5,
    base_delay: float = 1.0,
    max_delay: float = 60.0,
    sleep: Callable[[float], None] = time.sleep,
    stop: Callable[[], bool] | None = None,
    password: str | None = None,
) -> Mailbox:
    """Connect, retrying with exponential backoff and jitter; raise the last error after ``attempts``."""
    last: MailboxError | None = None
    for attempt in range(attempts):
        if stop is not None and stop():
            break
        try:
            return Mailbox(settings, password=password).connect()
        except MailboxError as exc:
            last = exc
            if attempt + 1 < attempts:
                delay = min(max_delay, base_delay * (2**attempt)) * (0.5 + random.random() / 2)
                # DEBUG: the caller logs the outcome once, with its own next try.
                log.debug(
                    "imap connect failed (attempt %d): %s; retry in %.1fs", attempt + 1, exc, delay
                )
                sleep(delay)
    raise last or MailboxError("IMAP connect interrupted")
