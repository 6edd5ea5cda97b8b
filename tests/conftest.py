"""Shared fixtures: real servers on loopback, real databases.

- ``smtp_server``: aiosmtpd with STARTTLS (trustme certificate) and AUTH; records
  every message it accepts and can be told to answer 4xx/5xx or stall.
  ``smtp_server_factory(security=..., auth=...)`` for other variants.
- ``pg_server`` / ``pg_url``: a throwaway PostgreSQL 15 cluster (initdb + pg_ctl
  in a temp dir, as the ``postgres`` user when running as root); ``pg_url`` is a
  fresh database per test. In CI (``CI=true``) missing binaries fail, not skip.
- ``sqlite_url``, and ``db_url`` parametrized over sqlite and postgresql, both
  already migrated to head.
- ``settings_factory(**sections)``: validated Settings pointing at those.

Dovecot fixtures live in tests/dovecot.py (registered below).
"""

from __future__ import annotations

import asyncio
import glob
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import uuid
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

pytest_plugins = ["tests.dovecot"]


@pytest.fixture(autouse=True)
def _root_logger_restored() -> Iterator[None]:
    """A command run in-process installs a log handler on pytest's captured stderr; once
    that stream is closed, a server thread still logging (aiosmtpd's "EOF received") would
    print "--- Logging error ---" into the run. Each test leaves the root logger as it was."""
    import logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for h in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(h)
    root.setLevel(level)


IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# The reading's start-up cache (compiled patterns) goes to a folder of this test run, not
# to the user's ~/.cache; the commands the tests start share it, so only the first pays.
_TEST_CACHE = ""
if "POAGENT_CACHE_DIR" not in os.environ:
    _TEST_CACHE = os.environ["POAGENT_CACHE_DIR"] = tempfile.mkdtemp(prefix="poagent-test-cache-")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _TEST_CACHE:
        shutil.rmtree(_TEST_CACHE, ignore_errors=True)


def _missing(what: str) -> None:
    """Skip locally, fail in CI: CI must never silently skip a real-server test."""
    if IN_CI:
        pytest.fail(f"{what} (CI=true: these tests must run; install it, see .ci/run)")
    pytest.skip(what)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --------------------------------------------------------------------- TLS / SMTP


@pytest.fixture(scope="session")
def tls_ca(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A test CA and a server certificate for 127.0.0.1/localhost; ``.ca_file`` is the PEM path."""
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    path = tmp_path_factory.mktemp("tls") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))

    class _TLS:
        ca_file = str(path)

        @staticmethod
        def server_context() -> ssl.SSLContext:
            ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            cert.configure_cert(ctx)
            return ctx

    return _TLS()


@dataclass
class ReceivedMail:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    authenticated_as: str | None

    @property
    def message(self) -> EmailMessage:
        return message_from_bytes(self.data, policy=policy.default)  # type: ignore[return-value]


@dataclass
class SmtpServer:
    host: str
    port: int
    security: str
    username: str
    password: str
    received: list[ReceivedMail] = field(default_factory=list)
    # Replies to use instead of "250 OK" for the next DATA commands, e.g. "451 4.3.0 later".
    data_replies: list[str] = field(default_factory=list)
    # Per-recipient RCPT replies, e.g. {"gone@x.example": "550 5.1.1 no such user"}.
    rcpt_replies: dict[str, str] = field(default_factory=dict)
    # When set, MAIL FROM (before any data) / DATA (after the message arrived) waits on the
    # event, once ``stall_after`` messages have been received.
    stall_mail: threading.Event | None = None
    stall_data: threading.Event | None = None
    stall_after: int = 0
    stalled: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def messages(self) -> list[EmailMessage]:
        with self.lock:
            return [m.message for m in self.received]

    def wait_for(self, count: int, timeout: float = 10.0) -> list[ReceivedMail]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.received) >= count:
                    return list(self.received)
            time.sleep(0.02)
        raise AssertionError(f"expected {count} messages, got {len(self.received)}")

    def smtp_settings(self) -> dict[str, Any]:
        """Keys for the ``[smtp]`` section (set the password env var yourself, see factory)."""
        return {
            "host": self.host,
            "port": self.port,
            "security": self.security,
            "username": self.username,
            "timeout_seconds": 5,
        }


class _Handler:
    def __init__(self, server: SmtpServer) -> None:
        self.server = server

    async def _stall(self, event: threading.Event) -> None:
        self.server.stalled.set()
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, event.wait)

    async def handle_MAIL(self, srv, session, envelope, address, mail_options):  # noqa: ANN001
        event = self.server.stall_mail
        if event is not None and len(self.server.received) >= self.server.stall_after:
            await self._stall(event)
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, srv, session, envelope, address, rcpt_options):  # noqa: ANN001
        reply = self.server.rcpt_replies.get(address.lower())
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, srv, session, envelope):  # noqa: ANN001
        with self.server.lock:
            reply = self.server.data_replies.pop(0) if self.server.data_replies else None
            if reply is None:
                self.server.received.append(
                    ReceivedMail(
                        mail_from=envelope.mail_from,
                        rcpt_tos=list(envelope.rcpt_tos),
                        data=bytes(envelope.original_content or envelope.content),
                        authenticated_as=session.auth_data,
                    )
                )
        if reply is not None:
            return reply
        event = self.server.stall_data
        if event is not None and len(self.server.received) > self.server.stall_after:
            # The message is in, the "250" is not out yet: the ambiguous window.
            await self._stall(event)
        return "250 OK"


@pytest.fixture
def smtp_server_factory(tls_ca: Any) -> Iterator[Callable[..., SmtpServer]]:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    controllers: list[Any] = []
    servers: list[SmtpServer] = []

    def start(
        security: str = "starttls",
        auth: bool = True,
        username: str = "mailer",
        password: str = "smtp-secret-9",
    ) -> SmtpServer:
        server = SmtpServer(
            "127.0.0.1", free_port(), security, username if auth else "", password if auth else ""
        )

        def authenticator(srv, session, envelope, mechanism, data):  # noqa: ANN001
            ok = (
                isinstance(data, LoginPassword)
                and data.login.decode() == username
                and data.password.decode() == password
            )
            return AuthResult(success=ok, handled=False, auth_data=username if ok else None)

        kwargs: dict[str, Any] = {"hostname": server.host, "port": server.port}
        smtp_kwargs: dict[str, Any] = {}
        if security == "starttls":
            smtp_kwargs.update(tls_context=tls_ca.server_context(), require_starttls=True)
        elif security == "ssl":
            kwargs["ssl_context"] = tls_ca.server_context()
        if auth:
            smtp_kwargs.update(
                authenticator=authenticator,
                auth_required=True,
                # aiosmtpd only recognises STARTTLS as "TLS"; implicit TLS is encrypted anyway.
                auth_require_tls=security == "starttls",
            )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "AUTH without STARTTLS" (implicit TLS)
            controller = Controller(_Handler(server), **kwargs, **smtp_kwargs)
        controller.start()
        controllers.append(controller)
        servers.append(server)
        return server

    yield start
    for server in servers:
        # Release anything still stalled so the server thread can stop.
        for event in (server.stall_mail, server.stall_data):
            if event is not None:
                event.set()
    for controller in controllers:
        controller.stop()


@pytest.fixture
def smtp_server(smtp_server_factory: Callable[..., SmtpServer]) -> SmtpServer:
    """STARTTLS (required) + AUTH LOGIN/PLAIN on loopback."""
    return smtp_server_factory()


# -------------------------------------------------------------------- PostgreSQL


def _pg_bindir() -> str | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.access(os.path.join(candidate, "initdb"), os.X_OK):
            return candidate
    found = shutil.which("initdb")
    return os.path.dirname(found) if found else None


@dataclass
class PgServer:
    host: str
    port: int
    user: str

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host=self.host, port=self.port, user=self.user, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One PostgreSQL cluster for the whole session, removed afterwards."""
    bindir = _pg_bindir()
    if bindir is None:
        _missing("PostgreSQL server binaries (initdb) not found")
    assert bindir is not None
    root = Path(tempfile.mkdtemp(prefix="poagent-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        # initdb refuses to run as root: the cluster belongs to the postgres user.
        import pwd

        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            _missing("running as root but there is no 'postgres' user to own the cluster")
        os.chown(root, pw.pw_uid, pw.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data = root / "data"
    port = free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    subprocess.run(
        [*prefix, f"{bindir}/initdb", "-D", str(data), "-A", "trust", "-U", "postgres",
         "-E", "UTF8", "--no-sync"],
        check=True, capture_output=True, env=env,
    )  # fmt: skip
    options = (
        f"-k {root} -c listen_addresses=127.0.0.1 -p {port} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    result = subprocess.run(
        [*prefix, f"{bindir}/pg_ctl", "-D", str(data), "-o", options,
         "-l", str(root / "log"), "-w", "-t", "60", "start"],
        capture_output=True, env=env,
    )  # fmt: skip
    if result.returncode != 0:
        log = (root / "log").read_text(errors="replace") if (root / "log").exists() else ""
        pytest.fail(f"pg_ctl start failed: {result.stderr.decode()}\n{log}")
    try:
        yield PgServer("127.0.0.1", port, "postgres")
    finally:
        subprocess.run(
            [*prefix, f"{bindir}/pg_ctl", "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_empty_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty PostgreSQL database (no migrations run)."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    pg_server.admin(f'CREATE DATABASE "{name}"')
    yield pg_server.url(name)
    pg_server.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_empty_url: str) -> str:
    """A fresh PostgreSQL database migrated to head."""
    from agent.db import upgrade

    upgrade(pg_empty_url)
    return pg_empty_url


@pytest.fixture
def sqlite_empty_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'poagent.db'}"


@pytest.fixture
def sqlite_url(sqlite_empty_url: str) -> str:
    from agent.db import upgrade

    upgrade(sqlite_empty_url)
    return sqlite_empty_url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def empty_db_url(db_backend: str, request: pytest.FixtureRequest) -> str:
    """An empty database on each backend (for migration tests)."""
    if db_backend == "sqlite":
        return request.getfixturevalue("sqlite_empty_url")
    return request.getfixturevalue("pg_empty_url")


@pytest.fixture
def db_url(db_backend: str, request: pytest.FixtureRequest) -> str:
    """A migrated database, once on SQLite and once on PostgreSQL."""
    if db_backend == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def session_factory(db_url: str) -> Iterator[Callable[[], Any]]:
    from agent.db import make_engine
    from agent.db import session_factory as make_factory

    engine = make_engine(db_url)
    yield make_factory(engine)
    engine.dispose()


# ----------------------------------------------------------------------- settings


@pytest.fixture
def settings_factory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tls_ca: Any
) -> Callable[..., Any]:
    """Build validated Settings: ``settings_factory(db_url=..., smtp=server, company={...})``.

    ``smtp`` may be an ``SmtpServer`` (host/port/security/credentials filled in, the
    password handed over through an environment variable) or a dict of ``[smtp]`` keys;
    ``smtp_options`` adds/overrides ``[smtp]`` keys. Other keyword arguments are whole
    sections as dicts. Business hours are off unless a test turns them on.
    """
    from agent.config import settings_from_dict

    def make(
        db_url: str | None = None,
        smtp: SmtpServer | dict[str, Any] | None = None,
        smtp_options: dict[str, Any] | None = None,
        **sections: Any,
    ) -> Any:
        data: dict[str, Any] = {k: dict(v) for k, v in sections.items()}
        data.setdefault("company", {}).setdefault("from_address", "purchasing@buyer.example")
        data["company"].setdefault("name", "Buyer Example GmbH")
        data.setdefault("database", {})["url"] = db_url or f"sqlite:///{tmp_path / 'poagent.db'}"
        data.setdefault("schedule", {}).setdefault("business_hours_only", False)
        smtp_values: dict[str, Any] = {}
        if isinstance(smtp, SmtpServer):
            smtp_values = smtp.smtp_settings()
            if smtp.username:
                monkeypatch.setenv("POAGENT_TEST_SMTP_PASSWORD", smtp.password)
                smtp_values["password_env"] = "POAGENT_TEST_SMTP_PASSWORD"
            smtp_values["ca_file"] = tls_ca.ca_file
        elif smtp:
            smtp_values = dict(smtp)
        data["smtp"] = {**smtp_values, **(smtp_options or {})}
        return settings_from_dict(data)

    return make


def write_toml(path: Path, data: dict[str, Any]) -> Path:
    """Write a small nested dict as TOML (enough for test configs: str/int/float/bool/lists)."""

    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int | float):
            return repr(v)
        if isinstance(v, list | tuple):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines: list[str] = []

    def emit(prefix: str, table: dict[str, Any]) -> None:
        scalars = {k: v for k, v in table.items() if not isinstance(v, dict)}
        if prefix:
            lines.append(f"[{prefix}]")
        lines.extend(f"{k} = {value(v)}" for k, v in scalars.items())
        for k, v in table.items():
            if isinstance(v, dict):
                emit(f"{prefix}.{k}" if prefix else k, v)

    emit("", data)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
