"""Mail servers that run inside the current process, on loopback, for the demo and tests.

``EmbeddedIMAP`` is pymap's in-memory (dict) backend; ``EmbeddedSMTP`` is aiosmtpd.
Both bind port 0 on 127.0.0.1 so several can run side by side and nothing on
the machine is touched; both run their asyncio loop in a daemon thread so the
caller's code (which is synchronous, like the agent) can talk to them normally.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any

LOOPBACK = "127.0.0.1"


class EmbeddedIMAP:
    """A pymap IMAP server (in-memory mailboxes, one user) on a free loopback port.

    Use as a context manager or call ``start()``/``stop()``. ``append()`` puts a
    raw message into a folder the way an MTA's local delivery would.
    """

    def __init__(self, user: str = "purchasing", password: str = "demo-password") -> None:
        self.user = user
        self.password = password
        self.host = LOOPBACK
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._error: BaseException | None = None
        self._backend: Any = None

    # -------------------------------------------------------------- lifecycle

    def start(self, timeout: float = 20.0) -> EmbeddedIMAP:
        self._thread = threading.Thread(target=self._run, name="demo-imap", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError("embedded IMAP server did not start in time")
        if self._error is not None:
            raise RuntimeError(f"embedded IMAP server failed to start: {self._error}")
        return self

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._thread = None

    def __enter__(self) -> EmbeddedIMAP:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        except BaseException as exc:  # reported to start() rather than lost in a thread
            self._error = exc
            self._ready.set()
        finally:
            loop.close()

    async def _serve(self) -> None:
        from argparse import Namespace

        from proxyprotocol.reader import ProxyProtocolReader
        from pymap.backend.dict import DictBackend
        from pymap.imap import IMAPServer

        self._stop = asyncio.Event()
        args = Namespace(
            host=self.host,
            port=0,
            debug=False,
            cert=None,
            key=None,
            tls=False,
            passlib_cfg=None,
            proxy_protocol=None,
            demo_data=False,
            demo_user=self.user,
            demo_password=self.password,
            inherited_sockets=None,
        )
        # invalid_user_sleep: pymap sleeps on a bad login to slow guessing; pointless here.
        backend, config = await DictBackend.init(args, invalid_user_sleep=0.0)
        config.apply_context()
        self._backend = backend
        async with AsyncExitStack() as stack:
            await backend.start(stack)
            # Started by hand (not IMAPService.start) so that port 0 works and
            # we can read back the port the kernel chose.
            callback = ProxyProtocolReader(config.proxy_protocol).get_callback(
                IMAPServer(backend.login, config)
            )
            server = await asyncio.start_server(callback, host=self.host, port=0)
            await stack.enter_async_context(server)
            self.port = server.sockets[0].getsockname()[1]
            self._ready.set()
            await self._stop.wait()

    # -------------------------------------------------------------- delivery

    def append(self, raw: bytes, folder: str = "INBOX", when: datetime | None = None) -> None:
        """Deliver ``raw`` into ``folder`` (created if missing), as unseen mail."""
        if self._loop is None:
            raise RuntimeError("IMAP server is not running")
        future = asyncio.run_coroutine_threadsafe(self._append(raw, folder, when), self._loop)
        future.result(timeout=20)

    async def _append(self, raw: bytes, folder: str, when: datetime | None) -> None:
        from pymap.exceptions import MailboxNotFound
        from pymap.parsing.message import AppendMessage

        identity = self._backend.login.demo_user_identity
        async with identity.new_session() as session:
            mailboxes = session.mailbox_set
            try:
                mbx = await mailboxes.get_mailbox(folder)
            except MailboxNotFound:
                await mailboxes.add_mailbox(folder)
                mbx = await mailboxes.get_mailbox(folder)
            msg = AppendMessage(raw, when or datetime.now(UTC), frozenset())
            await mbx.append(msg, recent=True)


@dataclass
class ReceivedMail:
    """One SMTP transaction as the server saw it."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    received_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def message(self) -> EmailMessage:
        from email import policy
        from email.parser import BytesParser

        return BytesParser(policy=policy.default).parsebytes(self.data)  # type: ignore[return-value]


class EmbeddedSMTP:
    """An aiosmtpd server on a free loopback port that keeps every mail it accepts.

    ``on_message`` (optional) is called for each accepted mail, in the server's
    thread; the simulated suppliers hook in there.
    """

    def __init__(self, on_message: Callable[[ReceivedMail], None] | None = None) -> None:
        self.host = LOOPBACK
        self.port = 0
        self.received: list[ReceivedMail] = []
        self.on_message = on_message
        self._lock = threading.Lock()
        self._controller: Any = None

    def start(self) -> EmbeddedSMTP:
        import socket

        from aiosmtpd.controller import Controller

        outer = self

        class _Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
                mail = ReceivedMail(
                    mail_from=envelope.mail_from,
                    rcpt_tos=list(envelope.rcpt_tos),
                    data=bytes(envelope.content),
                )
                if outer.on_message is not None:
                    try:
                        outer.on_message(mail)
                    except Exception as exc:
                        # Refuse with a temporary error so the sender keeps the mail
                        # and retries: a simulation fault must never look like delivery.
                        import logging

                        logging.getLogger(__name__).exception("supplier simulation failed")
                        return f"451 simulation error: {type(exc).__name__}"
                with outer._lock:
                    outer.received.append(mail)
                return "250 OK"

        # aiosmtpd's Controller needs a concrete port; take one the kernel frees for us.
        with socket.socket() as probe:
            probe.bind((self.host, 0))
            self.port = probe.getsockname()[1]
        self._controller = Controller(
            _Handler(), hostname=self.host, port=self.port, ready_timeout=10
        )
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> EmbeddedSMTP:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def messages(self) -> list[ReceivedMail]:
        with self._lock:
            return list(self.received)


class EmbeddedWebhookReceiver:
    """A stand-in ERP endpoint: checks the HMAC signature and applies each key once."""

    def __init__(self, secret: bytes) -> None:
        self.secret = secret
        self.host = LOOPBACK
        self.port = 0
        self.received = 0
        self.bad_signatures = 0
        self.applied: dict[str, dict[str, Any]] = {}
        self._server: Any = None
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/erp/po-confirmations"

    def start(self) -> EmbeddedWebhookReceiver:
        import json
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        from connectors.webhook import IDEMPOTENCY_HEADER, SIGNATURE_HEADER, verify_signature

        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                ok = verify_signature(outer.secret, body, self.headers.get(SIGNATURE_HEADER))
                key = self.headers.get(IDEMPOTENCY_HEADER, "")
                with outer._lock:
                    outer.received += 1
                    if not ok:
                        outer.bad_signatures += 1
                    elif key not in outer.applied:
                        outer.applied[key] = json.loads(body)
                self.send_response(200 if ok else 401)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer((self.host, 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, name="demo-erp", daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> EmbeddedWebhookReceiver:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
