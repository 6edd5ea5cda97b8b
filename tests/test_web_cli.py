"""`poagent user`, `poagent examples export` and `poagent web` as a user runs them."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from agent.models import AuditLog, WebUser
from tests.conftest import write_toml
from tests.web_helpers import free_port


def poagent(config: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("poagent")
    return subprocess.run([str(exe), *args, "--config", str(config)], capture_output=True,
                          text=True, timeout=timeout)  # fmt: skip


def test_user_add_hashes_and_refuses_bad_input(
    tmp_path: Path, db_url: str, session_factory: Any
) -> None:
    config = write_toml(tmp_path / "poagent.toml", {"database": {"url": db_url}})
    secret = tmp_path / "pw"
    secret.write_text("a long enough password\n")
    r = poagent(config, "user", "add", "Dana.Ruiz@Buyer.example", "--role", "buyer",
                "--password-file", str(secret))  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "dana.ruiz@buyer.example (buyer) created" in r.stdout
    again = poagent(config, "user", "add", "dana.ruiz@buyer.example", "--role", "lead",
                    "--password-file", str(secret))  # fmt: skip
    assert again.returncode == 1 and "already exists" in again.stderr
    short = tmp_path / "short"
    short.write_text("tiny\n")
    r = poagent(config, "user", "add", "x@buyer.example", "--role", "buyer",
                "--password-file", str(short))  # fmt: skip
    assert r.returncode == 1 and "at least 10 characters" in r.stderr
    r = poagent(config, "user", "add", "x@buyer.example", "--role", "buyer",
                "--password-file", str(tmp_path / "missing"))  # fmt: skip
    assert r.returncode == 2 and "cannot read" in r.stderr
    r = poagent(config, "user", "add", "sso@buyer.example", "--role", "lead", "--no-password")
    assert r.returncode == 0, r.stderr
    assert poagent(config, "user", "list").stdout.split() == [
        "dana.ruiz@buyer.example", "buyer", "sso@buyer.example", "lead",
    ]  # fmt: skip
    with session_factory() as s:
        users = {u.email: u for u in s.execute(select(WebUser)).scalars()}
        assert users["dana.ruiz@buyer.example"].password_hash.startswith("$argon2id$")
        assert users["sso@buyer.example"].password_hash is None
        created = s.execute(select(AuditLog).where(AuditLog.entity == "web_user")).scalars().all()
        assert len(created) == 2
        assert all("long enough" not in str(a.details) for a in created)


def test_poagent_web_serves_and_export_of_nothing_is_clear(tmp_path: Path, sqlite_url: str) -> None:
    port = free_port()
    config = write_toml(tmp_path / "poagent.toml", {"database": {"url": sqlite_url},
                                                    "web": {"port": port}})  # fmt: skip
    r = poagent(config, "examples", "export", str(tmp_path / "cases"))
    assert r.returncode == 0 and "0 example(s) written" in r.stderr
    exe = Path(sys.executable).with_name("poagent")
    proc = subprocess.Popen([str(exe), "web", "--config", str(config)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.communicate()
                assert time.monotonic() < deadline, "poagent web did not start"
                time.sleep(0.2)
        assert r.text == "ok\n"
        login = httpx.get(f"http://127.0.0.1:{port}/", follow_redirects=True, timeout=5)
        assert login.url.path == "/login"
        assert "script-src 'self'" in login.headers["content-security-policy"]
        assert "secure" in login.headers["set-cookie"].lower()
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def test_run_with_web_serves_next_to_the_daemon_and_stops_on_sigterm(
    tmp_path: Path, sqlite_url: str
) -> None:
    port = free_port()
    config = write_toml(tmp_path / "poagent.toml", {"database": {"url": sqlite_url},
                                                    "web": {"port": port}})  # fmt: skip
    exe = Path(sys.executable).with_name("poagent")
    proc = subprocess.Popen([str(exe), "run", "--web", "--config", str(config)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.communicate()
                assert time.monotonic() < deadline, "the console did not start"
                time.sleep(0.2)
        assert r.text == "ok\n"
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "stopped" in err
