"""Transports against real servers on loopback: cXML over HTTP POST, SFTP (asyncssh).

The cXML receiver checks the shared secret and answers with a cXML Response
whose Status code decides: 200 delivered, 4xx refused for good, 5xx retried.
The SFTP server is asyncssh's, run in-process with a chrooted SFTP root; the
client verifies its host key against a known_hosts file.
"""

from __future__ import annotations

import asyncio
import os
import socket
import threading
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from agent import writeback
from agent.config import settings_from_dict
from agent.importer import apply_import, parse_file
from agent.models import DeliveryState, PurchaseOrder, WebhookDelivery
from tests import confirmation_rows as rows

FIXTURES = Path(__file__).parent / "fixtures"
T0 = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
SECRET = "cxml-shared-s3cret"
PARTNER = {"x12_id": "ERPSYS", "cxml_identity": "ERPSYS", "cxml_shared_secret_env":
           "POAGENT_TEST_CXML_SECRET"}  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def setup(url: str, factory: Any, connector: dict[str, Any], secret: str = SECRET) -> Any:
    os.environ["POAGENT_TEST_CXML_SECRET"] = secret
    settings = settings_from_dict({
        "database": {"url": url},
        "partners": {"erp": PARTNER},
        "connectors": {"erp": {"partner": "erp", **connector}},
        "writeback": {"retry_base_seconds": 30, "max_attempts": 4, "timeout_seconds": 3},
    })  # fmt: skip
    parsed = parse_file(FIXTURES / "connectors" / "pos.json")
    apply_import(factory, settings, parsed, T0 - timedelta(days=1), queue_requests=False)
    with factory() as session:
        po = session.exec(
            select(PurchaseOrder).where(PurchaseOrder.po_number == "4500012346")
        ).one()
        conf = rows.confirm(session, po, 1, [{"line": 1, "date": date(2026, 12, 28),
                                              "status": "changed"}], at=T0)  # fmt: skip
        writeback.enqueue_all(session, conf, settings, now=T0)
        session.commit()
    return settings


class CxmlReceiver:
    def __init__(self) -> None:
        self.port = free_port()
        self.bodies: list[bytes] = []
        self.content_types: list[str] = []
        self.status = "200"
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                from lxml import etree

                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.bodies.append(body)
                outer.content_types.append(self.headers["Content-Type"])
                root = etree.fromstring(body, etree.XMLParser(load_dtd=False, no_network=True))
                secret = root.findtext("Header/Sender/Credential/SharedSecret")
                code, text = (outer.status, "OK") if secret == SECRET else ("401", "Unauthorized")
                answer = (f'<?xml version="1.0"?><cXML payloadID="r@erp" timestamp="{T0.isoformat()}">'
                          f'<Response><Status code="{code}" text="{text}">detail {code}</Status>'
                          "</Response></cXML>").encode()  # fmt: skip
                self.send_response(200)  # cXML puts the verdict in the body, not the HTTP status
                self.send_header("Content-Type", "text/xml")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/cxml"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def cxml_receiver() -> Any:
    r = CxmlReceiver()
    yield r
    r.stop()


def _row(factory: Any) -> WebhookDelivery:
    with factory() as session:
        return session.exec(select(WebhookDelivery)).one()


def test_cxml_is_posted_with_the_shared_secret_and_the_status_is_checked(
    sqlite_url: str, cxml_receiver: CxmlReceiver
) -> None:
    from agent.db import make_engine, session_factory

    engine = make_engine(sqlite_url)
    factory = session_factory(engine)
    settings = setup(sqlite_url, factory,
                     {"format": "cxml", "transport": "http", "url": cxml_receiver.url})  # fmt: skip
    # 500 in the cXML Status: the receiver's trouble, retried later.
    cxml_receiver.status = "500"
    summary = writeback.deliver_due(factory, settings, T0)
    assert (summary.retrying, summary.delivered) == (1, 0)
    assert "cXML status 500" in (_row(factory).last_error or "")
    # 200: delivered; the same payloadID both times (the document was frozen at enqueue).
    cxml_receiver.status = "200"
    summary = writeback.deliver_due(factory, settings, T0 + timedelta(minutes=1))
    assert summary.delivered == 1
    assert len(cxml_receiver.bodies) == 2 and cxml_receiver.bodies[0] == cxml_receiver.bodies[1]
    assert cxml_receiver.content_types[0].startswith("text/xml")
    assert b"<SharedSecret>cxml-shared-s3cret</SharedSecret>" in cxml_receiver.bodies[0]
    assert b'deliveryDate="2026-12-28T00:00:00+00:00"' in cxml_receiver.bodies[0]
    row = _row(factory)
    assert row.state == DeliveryState.delivered
    assert SECRET not in row.document["body"]  # the secret is filled in on the way out only
    engine.dispose()


def test_cxml_refusal_fails_at_once_and_wrong_secret_is_refused(
    sqlite_url: str, cxml_receiver: CxmlReceiver
) -> None:
    from agent.db import make_engine, session_factory

    engine = make_engine(sqlite_url)
    factory = session_factory(engine)
    settings = setup(sqlite_url, factory,
                     {"format": "cxml", "transport": "http", "url": cxml_receiver.url},
                     secret="wrong")  # fmt: skip
    summary = writeback.deliver_due(factory, settings, T0)
    assert summary.failed == 1
    row = _row(factory)
    assert row.state == DeliveryState.failed
    assert row.last_error == "cXML status 401 Unauthorized: detail 401"
    assert SECRET not in (row.last_error or "")
    engine.dispose()


# ----------------------------------------------------------------------------- SFTP


class SftpServer:
    """asyncssh's SSH/SFTP server on 127.0.0.1 in a background event loop."""

    def __init__(self, root: Path, tmp: Path) -> None:
        import asyncssh

        self.root = root
        self.port = free_port()
        host_key = asyncssh.generate_private_key("ssh-ed25519")
        client_key = asyncssh.generate_private_key("ssh-ed25519")
        self.client_key_file = tmp / "client_key"
        client_key.write_private_key(str(self.client_key_file))
        self.known_hosts = tmp / "known_hosts"
        self.known_hosts.write_text(
            f"[127.0.0.1]:{self.port} " + host_key.export_public_key().decode()
        )
        authorized = asyncssh.import_authorized_keys(client_key.export_public_key().decode())
        self.loop = asyncio.new_event_loop()
        ready = threading.Event()

        class Chroot(asyncssh.SFTPServer):
            def __init__(self, chan: Any) -> None:
                super().__init__(chan, chroot=str(root).encode())

        async def start() -> None:
            self.server = await asyncssh.listen(
                "127.0.0.1", self.port, server_host_keys=[host_key],
                authorized_client_keys=authorized, sftp_factory=Chroot,
                allow_scp=False,
            )  # fmt: skip
            ready.set()

        threading.Thread(target=self.loop.run_forever, daemon=True).start()
        asyncio.run_coroutine_threadsafe(start(), self.loop)
        assert ready.wait(10)

    def stop(self) -> None:
        async def close() -> None:
            self.server.close()
            await self.server.wait_closed()

        asyncio.run_coroutine_threadsafe(close(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)


@pytest.fixture
def sftp_server(tmp_path: Path) -> Any:
    root = tmp_path / "sftp-root"
    (root / "inbound").mkdir(parents=True)
    server = SftpServer(root, tmp_path)
    yield server
    server.stop()


def sftp_connector(server: SftpServer, **over: Any) -> dict[str, Any]:
    return {"format": "x12", "transport": "sftp", "sftp_host": "127.0.0.1",
            "sftp_port": server.port, "sftp_username": "poagent",
            "sftp_key_file": str(server.client_key_file),
            "sftp_known_hosts": str(server.known_hosts), "sftp_dir": "/inbound", **over}  # fmt: skip


def test_sftp_uploads_the_855_atomically_into_the_partner_folder(
    sqlite_url: str, sftp_server: SftpServer
) -> None:
    from agent.db import make_engine, session_factory

    engine = make_engine(sqlite_url)
    factory = session_factory(engine)
    settings = setup(sqlite_url, factory, sftp_connector(sftp_server))
    summary = writeback.deliver_due(factory, settings, T0)
    assert summary.delivered == 1, summary.errors
    files = sorted(p.name for p in (sftp_server.root / "inbound").iterdir())
    assert files == ["4500012346_r0_v1.855.x12"]  # no temporary file left behind
    text = (sftp_server.root / "inbound" / files[0]).read_text()
    assert text == _row(factory).document["body"]
    assert "ACK*DR*100*EA*067*20261228~" in text
    engine.dispose()


def test_sftp_with_an_unknown_host_key_is_refused_and_not_retried(
    sqlite_url: str, sftp_server: SftpServer, tmp_path: Path
) -> None:
    import asyncssh

    from agent.db import make_engine, session_factory

    other = tmp_path / "other_known_hosts"
    other.write_text(f"[127.0.0.1]:{sftp_server.port} "
                     + asyncssh.generate_private_key("ssh-ed25519").export_public_key().decode())  # fmt: skip
    engine = make_engine(sqlite_url)
    factory = session_factory(engine)
    settings = setup(sqlite_url, factory, sftp_connector(sftp_server, sftp_known_hosts=str(other)))
    summary = writeback.deliver_due(factory, settings, T0)
    assert summary.failed == 1
    assert "host key" in (_row(factory).last_error or "")
    assert list((sftp_server.root / "inbound").iterdir()) == []
    engine.dispose()


def test_sftp_server_down_is_retried(sqlite_url: str, tmp_path: Path) -> None:
    from agent.db import make_engine, session_factory

    engine = make_engine(sqlite_url)
    factory = session_factory(engine)
    import asyncssh

    key = tmp_path / "k"
    asyncssh.generate_private_key("ssh-ed25519").write_private_key(str(key))
    hosts = tmp_path / "kh"
    hosts.write_text("")
    settings = setup(sqlite_url, factory, {
        "format": "x12", "transport": "sftp", "sftp_host": "127.0.0.1",
        "sftp_port": free_port(), "sftp_username": "u", "sftp_key_file": str(key),
        "sftp_known_hosts": str(hosts)})  # fmt: skip
    summary = writeback.deliver_due(factory, settings, T0)
    assert summary.retrying == 1
    assert "sftp 127.0.0.1" in (_row(factory).last_error or "")
    engine.dispose()


def test_a_missing_shared_secret_fails_the_delivery_naming_the_key(
    sqlite_url: str, cxml_receiver: CxmlReceiver
) -> None:
    from agent.db import make_engine, session_factory

    engine = make_engine(sqlite_url)
    factory = session_factory(engine)
    settings = setup(sqlite_url, factory,
                     {"format": "cxml", "transport": "http", "url": cxml_receiver.url})  # fmt: skip
    del os.environ["POAGENT_TEST_CXML_SECRET"]
    summary = writeback.deliver_due(factory, settings, T0)
    assert summary.failed == 1 and cxml_receiver.bodies == []
    assert _row(factory).last_error == (
        "partners.erp.cxml_shared_secret_env: environment variable "
        "POAGENT_TEST_CXML_SECRET is not set"
    )
    engine.dispose()
