"""REST inbound: `poagent api` serves POST /api/pos on loopback, behind a bearer token."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlmodel import select

from agent.models import PurchaseOrder
from tests.conftest import write_toml

FIXTURES = Path(__file__).parent / "fixtures" / "connectors"
TOKEN = "api-t0ken-for-tests"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def api(tmp_path: Path) -> Any:
    port = free_port()
    url = f"sqlite:///{tmp_path / 'api.db'}"
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    config = write_toml(tmp_path / "poagent.toml", {
        "database": {"url": url},
        "api": {"host": "127.0.0.1", "port": port, "token_file": str(token_file)},
        "partners": {"erp": {"x12_id": "ERPSYS", "unit_codes": {"EA": "EA"}}},
    })  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, "-m", "agent", "api", "--config", str(config)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if proc.poll() is not None:
                raise AssertionError(proc.stderr.read() if proc.stderr else "api exited") from None
            time.sleep(0.2)
    else:
        proc.kill()
        raise AssertionError("poagent api did not start listening")
    yield f"http://127.0.0.1:{port}/api/pos", url, proc
    proc.terminate()
    out, err = proc.communicate(timeout=30)
    assert TOKEN not in out + err


def po_numbers(url: str) -> list[str]:
    from agent.db import make_engine, session_factory

    engine = make_engine(url)
    try:
        with session_factory(engine)() as session:
            return sorted(p.po_number for p in session.exec(select(PurchaseOrder)).all())
    finally:
        engine.dispose()


def test_push_pos_with_a_token_and_get_errors_with_locations(api: Any) -> None:
    endpoint, url, _ = api
    body = (FIXTURES / "pos.json").read_bytes()
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}

    assert httpx.post(endpoint, content=body).status_code == 401
    wrong = httpx.post(endpoint, content=body, headers={**auth, "Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"

    # One bad value anywhere refuses the whole document, with where it is.
    bad = json.loads(body)
    bad[1]["lines"][0]["quantity"] = "lots"
    del bad[0]["supplier"]["email"]
    answer = httpx.post(endpoint, json=bad, headers=auth)
    assert answer.status_code == 422
    problems = answer.json()["problems"]
    wheres = {p["where"] for p in problems}
    assert "PO 1 (4500012345), supplier.email" in wheres
    assert "PO 2 (4500012346), lines[0].quantity" in wheres
    assert po_numbers(url) == []

    answer = httpx.post(endpoint, content=body, headers=auth)
    assert answer.status_code == 200, answer.text
    assert answer.json()["created"] == 2 and answer.json()["imported"] is True
    assert po_numbers(url) == ["4500012345", "4500012346"]

    # The same POs as an 850: recognised by content, nothing changes.
    x12 = (FIXTURES / "pos.850.x12").read_bytes()
    answer = httpx.post(endpoint, content=x12,
                        headers={**auth, "Content-Type": "application/edi-x12"})  # fmt: skip
    assert answer.status_code == 200, answer.text
    assert answer.json()["unchanged"] == 2

    broken = x12.replace(b"SE*20*0001", b"SE*2*0001")
    answer = httpx.post(endpoint, content=broken,
                        headers={**auth, "Content-Type": "application/edi-x12"})  # fmt: skip
    assert answer.status_code == 422
    assert answer.json()["problems"][0]["where"] == "segment SE at position 22, element SE01"

    answer = httpx.post(endpoint, content=b"hello", headers={**auth, "Content-Type": "text/plain"})
    assert answer.status_code == 415


def test_api_refuses_to_start_without_a_token(tmp_path: Path) -> None:
    config = write_toml(tmp_path / "c.toml", {"database": {"url": f"sqlite:///{tmp_path}/x.db"}})
    proc = subprocess.run(
        [sys.executable, "-m", "agent", "api", "--config", str(config)],
        capture_output=True, text=True, timeout=60, env={**os.environ},
    )  # fmt: skip
    assert proc.returncode == 2
    assert "token_env or token_file" in proc.stderr
