"""A real Dovecot IMAP server for tests, started from a private configuration.

Debian's ``dovecot-imapd`` is run from a temporary directory on a free loopback
port: plaintext auth on loopback, a passwd-file user database mapping the mail
user to the ``dovecot`` system user (never root), Maildir storage in the temp
directory. Helpers append messages, list folders, restart the server and force
a UIDVALIDITY reset.

Registered as a pytest plugin from ``tests/conftest.py`` (``pytest_plugins``).
In CI (``CI=true``) a missing Dovecot fails the test instead of skipping it.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

DOVECOT_CANDIDATES = ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot")


def find_dovecot() -> str | None:
    for candidate in DOVECOT_CANDIDATES:
        if os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("dovecot")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_port(host: str, port: int, timeout: float, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"dovecot exited with status {proc.returncode}")
        try:
            with socket.create_connection((host, port), timeout=0.5) as sock:
                sock.settimeout(2)
                if sock.recv(100).startswith(b"* OK"):
                    return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"dovecot did not listen on {host}:{port} within {timeout}s")


@dataclass
class DovecotServer:
    root: Path
    user: str = "agent@buyer.example"
    password: str = "imap-secret-1"
    host: str = "127.0.0.1"
    port: int = 0
    binary: str = "/usr/sbin/dovecot"
    # (certificate PEM path, key PEM path): also serve IMAPS on ``ssl_port`` and STARTTLS.
    tls: tuple[str, str] | None = None
    ssl_port: int = 0
    _proc: subprocess.Popen | None = field(default=None, repr=False)

    # ---------------------------------------------------------------- lifecycle

    @property
    def config_path(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def mail_dir(self) -> Path:
        return self.root / "mail" / self.user

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    def _write_config(self) -> None:
        mail_uid = pwd.getpwnam("dovecot").pw_uid
        mail_gid = grp.getgrnam("dovecot").gr_gid
        for sub in ("run", "state", "mail"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        os.chown(self.root / "mail", mail_uid, mail_gid)
        (self.root / "passwd").write_text(
            f"{self.user}:{{PLAIN}}{self.password}:{mail_uid}:{mail_gid}::{self.mail_dir}::\n"
        )
        self.config_path.write_text(
            f"""
base_dir = {self.root}/run
state_dir = {self.root}/state
log_path = {self.log_path}
protocols = imap
listen = {self.host}
{self._ssl_settings()}
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = dovenull
default_internal_user = dovecot
first_valid_uid = {min(mail_uid, 100)}
first_valid_gid = {min(mail_gid, 100)}
mail_location = maildir:~/Maildir
mail_plugins =
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {self.root}/passwd
}}
service imap-login {{
  inet_listener imap {{
    address = {self.host}
    port = {self.port}
  }}
  inet_listener imaps {{
    address = {self.host}
    port = {self.ssl_port if self.tls else 0}
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0600
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
protocol imap {{
  imap_idle_notify_interval = 1 secs
}}
"""
        )

    def _ssl_settings(self) -> str:
        if not self.tls:
            return "ssl = no"
        cert, key = self.tls
        return f"ssl = yes\nssl_cert = <{cert}\nssl_key = <{key}\nssl_min_protocol = TLSv1.2"

    def start(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            return
        if not self.port:
            self.port = free_port()
        if self.tls and not self.ssl_port:
            self.ssl_port = free_port()
        if not self.config_path.exists():
            self._write_config()
        self._proc = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.config_path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            _wait_for_port(self.host, self.port, 15, self._proc)
        except RuntimeError as exc:
            err = b""
            if self._proc.poll() is not None and self._proc.stderr:
                err = self._proc.stderr.read()
            log = self.log_path.read_text() if self.log_path.exists() else ""
            raise RuntimeError(f"{exc}\n{err.decode(errors='replace')}\n{log[-3000:]}") from exc

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        # The master forwards SIGTERM to its children and removes its pid file.
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
        # Connection processes (imap, imap-login) live in the master's process
        # group; a restart must cut existing sessions like a real server restart.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        # Wait for the listener to be released so a restart can reuse the port.
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                with socket.create_connection((self.host, self.port), timeout=0.2):
                    pass
            except OSError:
                return
            time.sleep(0.05)

    def restart(self) -> None:
        self.stop()
        self.start()

    # ------------------------------------------------------------------ helpers

    def client(self):
        import imapclient

        client = imapclient.IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        client.login(self.user, self.password)
        return client

    def append(
        self, raw: bytes | str, folder: str = "INBOX", flags: tuple[bytes, ...] = ()
    ) -> int | None:
        """APPEND a message; returns its UID (from APPENDUID) when the server reports it."""
        if isinstance(raw, str):
            raw = raw.encode()
        client = self.client()
        try:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            response = client.append(folder, raw, flags=flags)
        finally:
            with contextlib.suppress(Exception):
                client.logout()
        # b"[APPENDUID 1700000000 3] Append completed."
        if isinstance(response, bytes) and b"APPENDUID" in response:
            try:
                return int(response.split(b"APPENDUID", 1)[1].split(b"]", 1)[0].split()[1])
            except (IndexError, ValueError):
                return None
        return None

    def folders(self) -> list[str]:
        client = self.client()
        try:
            return sorted(name for _flags, _delim, name in client.list_folders())
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def messages(self, folder: str = "INBOX") -> list[bytes]:
        """Raw bytes of every message in ``folder`` (deleted ones excluded), in UID order."""
        client = self.client()
        try:
            if not client.folder_exists(folder):
                return []
            client.select_folder(folder, readonly=True)
            uids = client.search(["NOT", "DELETED"])
            data = client.fetch(uids, [b"BODY.PEEK[]"]) if uids else {}
            return [data[uid][b"BODY[]"] for uid in sorted(data)]
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def uidvalidity(self, folder: str = "INBOX") -> int:
        client = self.client()
        try:
            return int(client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def reset_uidvalidity(self, folder: str = "INBOX") -> None:
        """Make the server assign a new UIDVALIDITY (and new UIDs) to ``folder``'s messages.

        What happens in real life when a mailbox is restored or migrated: the
        same mails reappear under new UIDs.
        """
        self.stop()
        folder_dir = self.mail_dir / "Maildir"
        if folder != "INBOX":
            folder_dir = folder_dir / f".{folder.replace('/', '.')}"
        for name in os.listdir(folder_dir):
            if name.startswith("dovecot-uidlist") or name.startswith("dovecot.index"):
                os.unlink(folder_dir / name)
        # UIDVALIDITY is derived from the clock in seconds; make sure it moves.
        time.sleep(1.1)
        self.start()


def dovecot_available() -> bool:
    if find_dovecot() is None:
        return False
    try:
        pwd.getpwnam("dovecot")
        pwd.getpwnam("dovenull")
    except KeyError:
        return False
    return True


def _require_dovecot() -> str:
    binary = find_dovecot()
    if binary is None or not dovecot_available():
        message = "Dovecot (Debian package dovecot-imapd) is not installed"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{message}; CI must run the Dovecot tests", pytrace=False)
        pytest.skip(message)
    if os.geteuid() != 0:
        # The master must switch to dovenull/dovecot; without root it cannot.
        message = "the Dovecot fixture needs root to drop privileges to dovecot/dovenull"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return binary


@pytest.fixture
def dovecot() -> Iterator[DovecotServer]:
    """A fresh Dovecot server with an empty mailbox, stopped after the test."""
    binary = _require_dovecot()
    # Not under pytest's basetemp: that is 0700 root-only, and the mail
    # processes run as the unprivileged ``dovecot`` user.
    root = Path(tempfile.mkdtemp(prefix="poagent-dovecot-"))
    os.chmod(root, 0o755)
    server = DovecotServer(root=root, binary=binary)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
