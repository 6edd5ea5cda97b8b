"""Reads the vendored peer fixtures (tests/fixtures/peers) three ways and counts.

Each message is read as sent (from an unknown sender), from a supplier's address
(the PO's supplier owns the sender's address), and threaded on our request for
that supplier's PO (In-Reply-To our request's Message-ID). Used by
tests/test_peer_fixtures.py; runnable alone to print the figures:
``.venv/bin/python -m tests.peer_corpus``.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from agent.reading.classify import Classification, classify
from agent.reading.message import normalize
from agent.reading.pipeline import read_parsed
from agent.reading.types import ExtractionResult, OpenPO, POLine, SupplierInfo

PEERS = Path(__file__).parent / "fixtures" / "peers"
OWN = ("buyer@ours.example",)
REQUEST_ID = "<poreq.4500012345.20260302@ours.example>"
WAYS = ("unknown", "supplier", "threaded")


@dataclass
class Sample:
    name: str  # "<project>/<file>"
    raw: bytes
    kind: str  # bounce | auto_reply | automatic | human
    recipients: tuple[str, ...] = ()
    temporary: bool | None = None


def _human_body(text: str) -> bytes:
    head = (
        "From: Dana Reyes <dana@supplier-peer.example>\r\nTo: buyer@ours.example\r\n"
        "Subject: Re: your question\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n"
        "Message-ID: <peer-human@supplier-peer.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    return head.encode() + text.replace("\n", "\r\n").encode("utf-8", "surrogateescape")


def samples() -> list[Sample]:
    out: list[Sample] = []
    flufl = PEERS / "flufl.bounce"
    labels = tomllib.loads((flufl / "labels.toml").read_text())
    for name, label in sorted(labels.items()):
        out.append(
            Sample(
                f"flufl.bounce/{name}",
                (flufl / "data" / name).read_bytes(),
                label["kind"],
                tuple(label.get("recipients", ())),
                # a full mailbox is temporary by poagent's rule (the address is right)
                label.get("temporary") or label.get("mailbox_full", False),
            )
        )
    for path in sorted((PEERS / "sisimai" / "maildir").glob("*.eml")):
        if path.name.startswith("rfc3834-"):
            kind = "auto_reply"
        elif path.name.startswith("arf-"):
            kind = "automatic"  # abuse/feedback reports: automatic, about no order
        else:
            kind = "bounce"
        out.append(Sample(f"sisimai/{path.name}", path.read_bytes(), kind))
    for path in sorted((PEERS / "sisimai").glob("not-*.eml")):
        # Sisimai's "not a bounce" set; its rb-issue-368 sample is a real mailbox-full
        # bounce kept there for a parser bug of theirs
        bounce = "rb-issue-368" in path.name
        out.append(
            Sample(
                f"sisimai/{path.name}",
                path.read_bytes(),
                "bounce" if bounce else "human",
                ("xxxx@yyyyyy.net",) if bounce else (),
                True if bounce else None,
            )
        )
    for path in sorted((PEERS / "talon" / "standard_replies").glob("*.eml")):
        out.append(Sample(f"talon/{path.name}", path.read_bytes(), "human"))
    for path in sorted((PEERS / "email_reply_parser" / "emails").glob("*.txt")):
        body = path.read_bytes().decode("utf-8", "surrogateescape")
        out.append(Sample(f"email_reply_parser/{path.name}", _human_body(body), "human"))
    return out


def open_po(supplier_addr: str | None, *, threaded: bool) -> OpenPO:
    addr = supplier_addr or "orders@unrelated-supplier.example"
    domain = addr.rsplit("@", 1)[-1]
    return OpenPO(
        po_number="4500012345",
        supplier=SupplierInfo(id="S-PEER", name="Peer Supplier", emails=(addr,), domains=(domain,)),
        currency="USD",
        lines=(
            POLine(1, "KMS-100", "Bearing", Decimal(100), "EA", Decimal("4.35"), date(2026, 4, 1)),
            POLine(2, "KMS-200", "Seal", Decimal(50), "EA", Decimal("1.20"), date(2026, 4, 1)),
        ),
        buyer_email=OWN[0],
        issued=date(2026, 3, 1),
        request_message_ids=(REQUEST_ID,) if threaded else (),
    )


@dataclass
class Reading:
    sample: Sample
    way: str
    cls: Classification
    result: ExtractionResult
    error: str | None = None


def read_three_ways(sample: Sample) -> list[Reading]:
    readings = []
    for way in WAYS:
        raw = sample.raw
        if way == "threaded":
            raw = f"In-Reply-To: {REQUEST_ID}\r\nReferences: {REQUEST_ID}\r\n".encode() + sample.raw
        msg = normalize(raw)
        sender = msg.from_addr if way != "unknown" else None
        pos = [open_po(sender, threaded=way == "threaded")]
        error = next((d for d in msg.defects if "could not be parsed" in d), None)
        cls = classify(msg, OWN)
        result = read_parsed(msg, pos, own_addresses=OWN)
        readings.append(Reading(sample, way, cls, result, error))
    return readings


def is_answer(result: ExtractionResult) -> bool:
    """Read as a confirmation or a rejection of any line."""
    return result.kind == "confirmation" or any(c.lines for c in result.confirmations)


@dataclass
class Figures:
    readings: list[Reading] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)

    def ratio(self, hit: str, total: str) -> float:
        return self.counts[hit] / self.counts[total] if self.counts[total] else 1.0


def figures() -> Figures:
    fig = Figures()
    for sample in samples():
        readings = read_three_ways(sample)
        fig.readings.extend(readings)
        first = readings[0]
        c = fig.counts
        flufl = sample.name.startswith("flufl.bounce/")
        if sample.kind == "bounce":
            c["bounce_total"] += 1
            got = first.cls.kind == "bounce"
            c["bounce_hit"] += got
            if flufl:
                c["flufl_bounce_total"] += 1
                c["flufl_bounce_hit"] += got
                if got and sample.temporary is not None:
                    c["flufl_tp_total"] += 1
                    permanent = bool(
                        first.cls.delivery_status and first.cls.delivery_status.permanent
                    )
                    c["flufl_tp_hit"] += permanent == (not sample.temporary)
                if sample.recipients:
                    c["flufl_rcpt_total"] += 1
                    found = {
                        r.lower()
                        for r in (
                            first.cls.delivery_status.recipients
                            if got and first.cls.delivery_status
                            else []
                        )
                    }
                    c["flufl_rcpt_hit"] += bool(found & set(sample.recipients))
        elif sample.kind == "auto_reply":
            c["auto_total"] += 1
            c["auto_hit"] += first.cls.kind == "auto_reply"
        if sample.kind != "human":
            c["automatic_total"] += 1
            c["automatic_hit"] += first.cls.kind in ("bounce", "auto_reply", "bulk")
            for r in readings:
                c["automatic_answers"] += is_answer(r.result)
                c["automatic_review"] += r.result.kind == "needs_review"
        else:
            c["human_total"] += 1
            c["human_called_automatic"] += first.cls.kind in ("bounce", "auto_reply", "bulk")
        c["errors"] += sum(1 for r in readings if r.error)
    return fig


def main() -> None:  # pragma: no cover - a report for people
    fig = figures()
    c = fig.counts
    print(dict(c))
    print(
        f"bounce recall (flufl.bounce samples): {fig.ratio('flufl_bounce_hit', 'flufl_bounce_total'):.1%}"
    )
    print(f"temporary/permanent right: {fig.ratio('flufl_tp_hit', 'flufl_tp_total'):.1%}")
    print(f"failed recipient found: {fig.ratio('flufl_rcpt_hit', 'flufl_rcpt_total'):.1%}")
    print(f"bounce recall (all): {fig.ratio('bounce_hit', 'bounce_total'):.1%}")
    print(f"auto-reply recall: {fig.ratio('auto_hit', 'auto_total'):.1%}")
    print(f"automatic recognised: {fig.ratio('automatic_hit', 'automatic_total'):.1%}")
    for r in fig.readings:
        s = r.sample
        if r.way != "unknown" and not is_answer(r.result):
            continue
        wrong = (
            (s.kind == "bounce" and r.cls.kind != "bounce")
            or (s.kind == "auto_reply" and r.cls.kind != "auto_reply")
            or (s.kind == "automatic" and r.cls.kind not in ("bounce", "auto_reply", "bulk"))
            or (s.kind == "human" and r.cls.kind != "human")
            or (s.kind != "human" and is_answer(r.result))
        )
        if wrong:
            print(
                f"  {r.way:9} {s.name:45} want {s.kind:10} got {r.cls.kind:10} -> {r.result.kind}"
            )


if __name__ == "__main__":  # pragma: no cover
    main()
