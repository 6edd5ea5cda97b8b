"""How a rendered document reaches the partner: a folder, SFTP, or an HTTP POST.

Each transport sends one document once and reports a
:class:`~connectors.webhook.DeliveryResult`; it never raises for network or
server trouble. Retrying, ordering and bookkeeping are agent/writeback.py's.
Uploads are atomic (a temporary name, then a rename), so a gateway polling
the folder never picks up half a file, and a retry rewrites the same name.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from connectors.base import Document
from connectors.webhook import DeliveryResult, post


def _result(started: float, error: str | None = None, retryable: bool = True) -> DeliveryResult:
    return DeliveryResult(error is None, None, error, retryable, time.monotonic() - started)


def to_folder(folder: str, doc: Document) -> DeliveryResult:
    started = time.monotonic()
    directory = Path(folder).expanduser()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=directory)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(doc.body)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, directory / doc.filename)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        return _result(started, f"write to {folder}: {exc.strerror or exc}")
    return _result(started)


def to_sftp(
    doc: Document,
    *,
    host: str,
    port: int,
    username: str,
    known_hosts: str,
    directory: str,
    password: str | None = None,
    key_file: str | None = None,
    timeout: float = 10.0,
) -> DeliveryResult:
    """Upload to ``directory/filename`` via a temporary name and a rename (asyncssh)."""
    import asyncio

    import asyncssh

    started = time.monotonic()

    async def upload() -> None:
        options: dict[str, Any] = {
            "username": username,
            "known_hosts": str(Path(known_hosts).expanduser()),
            "connect_timeout": timeout,
        }
        if key_file:
            options["client_keys"] = [str(Path(key_file).expanduser())]
        else:
            options["client_keys"] = None
        if password is not None:
            options["password"] = password
        async with (
            asyncssh.connect(host, port, **options) as conn,
            conn.start_sftp_client() as sftp,
        ):
            final = f"{directory.rstrip('/')}/{doc.filename}"
            tmp = f"{directory.rstrip('/')}/.tmp-{doc.filename}"
            async with sftp.open(tmp, "wb") as fh:
                await fh.write(doc.body)
            # posix_rename replaces an existing file (a retry after a lost reply).
            try:
                await sftp.posix_rename(tmp, final)
            except asyncssh.SFTPOpUnsupported:
                if await sftp.exists(final):
                    await sftp.remove(final)
                await sftp.rename(tmp, final)

    try:
        asyncio.run(asyncio.wait_for(upload(), timeout * 3))
    except TimeoutError:
        return _result(started, f"sftp {host}:{port}: timed out")
    except asyncssh.PermissionDenied:
        return _result(started, f"sftp {host}:{port}: authentication as {username!r} refused")
    except asyncssh.HostKeyNotVerifiable as exc:
        return _result(started, f"sftp {host}:{port}: host key not in {known_hosts} ({exc})", False)
    except (asyncssh.KeyImportError, asyncssh.KeyExportError) as exc:
        return _result(started, f"sftp: cannot read the private key {key_file}: {exc}", False)
    except asyncssh.SFTPError as exc:
        return _result(started, f"sftp {host}:{port}: {exc.reason}")
    except (OSError, asyncssh.Error) as exc:
        return _result(started, f"sftp {host}:{port}: {type(exc).__name__}: {exc}")
    return _result(started)


def to_http(
    url: str,
    doc: Document,
    *,
    idempotency_key: str,
    attempt: int,
    timeout: float,
    secret: bytes | None = None,
    client: Any = None,
    check: Callable[[int, bytes], tuple[str, bool] | None] | None = None,
) -> DeliveryResult:
    """POST the document; a 2xx whose body the format calls a refusal is a failure too."""
    captured: dict[str, Any] = {}
    result = post(
        url, doc.body, idempotency_key=idempotency_key, secret=secret, timeout=timeout,
        attempt=attempt, client=client, content_type=doc.media_type,
        on_response=lambda code, body: captured.update(code=code, body=body),
    )  # fmt: skip
    if result.ok and check is not None:
        verdict = check(captured.get("code", 0), captured.get("body", b""))
        if verdict is not None:
            error, retryable = verdict
            return DeliveryResult(
                False, result.status_code, error, retryable, result.elapsed_seconds
            )
    return result
