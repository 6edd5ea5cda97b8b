"""Generate tests/corpus_blind2/: 15 held-out supplier replies (labels per shared FORMAT.md).

Written without looking at the other corpora or their generators. The cases are data, in
cases.yaml next to this file; this script turns each into pos.json, message.eml and
expected.json. Deterministic: fixed Message-IDs, dates and MIME boundaries, so re-running
rewrites identical files (tests/test_corpus_generators.py checks it).
Run: python3 tests/corpus_blind2/make_blind2.py [OUTPUT-DIR]
"""

from __future__ import annotations

import sys
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the repository root, for tests.mailkit
from tests.mailkit.cases import load_cases, output_dir, remove_cases, write_case  # noqa: E402
from tests.mailkit.mime import new_message  # noqa: E402
from tests.mailkit.text import fill, quote_lines  # noqa: E402

BUYER = {"name": "Marta Novak", "email": "marta.novak@northwind-mfg.example"}
OURS = "purchasing@northwind-mfg.example"


def po(data: dict) -> dict:
    """A pos.json entry from a case's ``pos`` item."""
    number = data["po_number"]
    out = {
        "po_number": number,
        "supplier": data["supplier"],
        "buyer": BUYER,
        "currency": data["currency"],
        "issued": "2026-11-16",
        "lines": [
            {
                "line": i,
                "item": item,
                "description": desc,
                "quantity": qty,
                "uom": uom,
                "unit_price": price,
                "requested_date": date,
            }
            for i, (item, desc, qty, uom, price, date) in enumerate(data["lines"], 1)
        ],
    }
    if data.get("request", True):
        out["request_message_id"] = f"<po-{number}.1@northwind-mfg.example>"
    return out


def request_text(p: dict) -> str:
    """Our acknowledgment request for ``p``, as the suppliers quote it."""
    rows = [
        f"Purchase order {p['po_number']} - please confirm each line (quantity, price, date):",
        "",
    ]
    for ln in p["lines"]:
        rows.append(
            f"Line {ln['line']}: {ln['item']} {ln['description']}, {ln['quantity']} {ln['uom']}"
            f" @ {ln['unit_price']} {p['currency']}, need by {ln['requested_date']}"
        )
    rows += ["", "Thank you,", "Marta Novak", "Northwind Manufacturing - Purchasing"]
    return "\n".join(rows)


def mail(n: int, case: dict, pos: list[dict]) -> EmailMessage:
    """The supplier's mail of case ``n``."""
    requests = {}
    for p in pos:
        text = request_text(p)
        requests[f"request {p['po_number']}"] = text
        requests[f"request {p['po_number']}, quoted"] = quote_lines("\n".join(text.splitlines()))
    answered = next((p for p in pos if p["po_number"] == case.get("in_reply_to")), None)
    reply_id = answered["request_message_id"] if answered else None
    sender = case["from"]
    m = new_message(
        [
            ("From", sender),
            ("To", case.get("to", OURS)),
            ("Subject", case["subject"]),
            ("Date", case["date"]),
            ("Message-ID", f"<blind2-{n:03d}@{sender.split('@')[1].rstrip('>')}>"),
            ("In-Reply-To", reply_id),
            ("References", reply_id),
            *case.get("headers", {}).items(),
        ]
    )
    m.set_content(fill(case["text"], requests))
    if case.get("html"):
        m.add_alternative(case["html"], subtype="html")
        m.set_boundary(f"=_blind2_{n:03d}")
    return m


def main() -> None:
    cases = load_cases(HERE / "cases.yaml")
    out = output_dir(HERE)
    remove_cases(out, keep=[c["slug"] for c in cases])
    for n, case in enumerate(cases, 1):
        assert case["slug"].startswith(f"{n:03d}-"), case["slug"]
        pos = [po(p) for p in case["pos"]]
        eml = mail(n, case, pos).as_bytes(policy=SMTP)
        write_case(out / case["slug"], pos, case["expected"], eml)


if __name__ == "__main__":
    main()
