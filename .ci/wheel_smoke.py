"""CI: an import and a send from an installed wheel, against a loopback aiosmtpd.

Run with the *fresh* venv's python from a directory outside the checkout:
    <venv>/bin/python .ci/wheel_smoke.py <venv>/bin/poagent
It imports nothing from the checkout (only aiosmtpd, a poagent dependency).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from aiosmtpd.controller import Controller

CSV = (
    "PO_Number,Line,Item,Description,Quantity,UOM,Unit Price,Requested Date,Currency,"
    "Supplier ID,Supplier Name,Supplier Email,Supplier Locale,Buyer Email,Buyer Name\n"
    "4500099001,1,CAST-7781,Gearbox housing,40,EA,312.50,2027-03-15,USD,"
    "ACME,Acme Castings Ltd,orders@acme.example,en-GB,dana@buyer.example,Dana Ruiz\n"
    "4500099002,1,PIN-4,Dowel pin,100,PC,1.05,2027-03-20,EUR,"
    "BRANDT,Brandt GmbH,verkauf@brandt.example,de-DE,lee@buyer.example,Lee Chen\n"
)


class Keep:
    def __init__(self) -> None:
        self.received: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201
        self.received.append(envelope.content)
        return "250 OK"


def main() -> int:
    poagent = sys.argv[1]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    handler = Keep()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        work = Path(tempfile.mkdtemp(prefix="poagent-wheel-"))
        (work / "pos.csv").write_text(CSV, encoding="utf-8")
        (work / "poagent.toml").write_text(
            f'[company]\nfrom_address = "purchasing@buyer.example"\n'
            f'[database]\nurl = "sqlite:///{work / "poagent.db"}"\n'
            f"[schedule]\nbusiness_hours_only = false\n"
            f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n',
            encoding="utf-8",
        )
        env = {k: v for k, v in os.environ.items() if k not in ("POAGENT_CONFIG", "PYTHONPATH")}
        env["POAGENT_CONFIG"] = str(work / "poagent.toml")
        for args in (["import", "pos.csv"], ["send", "-v"]):
            proc = subprocess.run([poagent, *args], cwd=work, env=env, capture_output=True,
                                  text=True, timeout=300)  # fmt: skip
            print(proc.stdout, end="")
            if proc.returncode != 0:
                print(proc.stderr, file=sys.stderr)
                return 1
        deadline = time.monotonic() + 10
        while len(handler.received) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        if len(handler.received) != 2:
            print(f"expected 2 mails, the relay got {len(handler.received)}", file=sys.stderr)
            return 1
        print("wheel smoke test: import + send from the installed wheel OK (2 mails)")
        return 0
    finally:
        controller.stop()


if __name__ == "__main__":
    sys.exit(main())
