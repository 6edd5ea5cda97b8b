"""The streamed, batched import writes exactly the rows the one-PO-at-a-time import wrote.

The reference below is the import loop as it was before batching (in-memory
parser, one ORM object and flush per row, ``queue_request`` per PO), built from
the importer's own per-PO functions. Both run the same two files — rows of a PO
scattered through the file, invalid rows, duplicate lines, revisions, in-place
updates, unchanged POs — and every table they touch must come out the same,
ids and audit order included.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update
from sqlmodel import select

from agent.db import make_engine, session_factory, upgrade
from agent.import_stream import StreamedCSV, stream_csv
from agent.importer import (
    ImportSummary,
    _create_po,
    _request_not_before,
    _revise_po,
    _update_internal,
    _upsert_buyer,
    _upsert_supplier,
    apply_import,
    parse_csv_bytes,
)
from agent.models import (
    AuditLog,
    Buyer,
    OutboundKind,
    OutboundMessage,
    OutboundState,
    POLine,
    PurchaseOrder,
    Supplier,
)

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
LATER = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
HEADER = (
    "po_number,line,item,description,quantity,uom,unit_price,requested_date,currency,"
    "supplier_id,supplier_name,supplier_email,supplier_locale,buyer_email,buyer_name,site,"
    "issue_date"
)


def row(po: str, line: int, price: str = "10.50", qty: str = "40", *, supplier: str = "ACME",
        email: str = "orders@acme.example", buyer: str = "dana@buyer.example",
        buyer_name: str = "Dana Ruiz", site: str = "P1", item: str = "CAST-7781") -> str:  # fmt: skip
    locale = "de-DE" if supplier == "BRANDT" else "en-GB"
    return (
        f'{po},{line},{item},"Part {line}, cast",{qty},EA,{price},2026-12-{10 + line:02d},EUR,'
        f"{supplier},{supplier.title()} Ltd,{email},{locale},{buyer},{buyer_name},{site},2026-11-20"
    )


BRANDT = {"supplier": "BRANDT", "email": "verkauf@brandt.example", "buyer": "lee@buyer.example",
          "buyer_name": "Lee Chen"}  # fmt: skip
BRANDT_RENAMED = {**BRANDT, "buyer_name": "Lee C."}  # the buyer's name changes: updated, audited

# Rows of 4500000001 and 4500000002 interleave; 4500000003's second line comes last, with a
# second supplier address; 4500000004 has a bad quantity; 4500000005 a duplicate line.
FIRST = [
    row("4500000001", 1),
    row("4500000002", 1, **BRANDT),
    row("4500000001", 2, "0.1160", "1250"),
    row("4500000003", 1, "312.50"),
    row("4500000002", 2, "7", **BRANDT),
    row("4500000004", 1, qty="12,5"),
    row("4500000004", 2),
    row("4500000005", 1),
    row("4500000005", 1, "11"),
    row("4500000006", 1, supplier="ZETA", email="sales@zeta.example"),
    row("4500000001", 3, "3.000"),
    row("4500000003", 2, "1.5", email="orders@acme.example;sales@acme.example"),
]
# 0001: price changed (revision, its request was sent: a "revised" mail); 0002: line 2
# removed (revision, never sent: a plain request); 0003: unchanged; 0006: site changed
# (updated in place); 0007: new, its rows apart; 0008: invalid date.
SECOND = [
    row("4500000007", 1, **BRANDT_RENAMED),
    row("4500000001", 1, "10.75"),
    row("4500000003", 2, "1.5", email="orders@acme.example;sales@acme.example"),
    row("4500000001", 2, "0.1160", "1250"),
    row("4500000002", 1, **BRANDT),
    row("4500000006", 1, supplier="ZETA", email="sales@zeta.example", site="P2"),
    row("4500000008", 1).replace("2026-12-11", "2026-13-11"),
    row("4500000003", 1, "312.50"),
    row("4500000001", 3, "3.000"),
    row("4500000007", 2, "99", **BRANDT_RENAMED),
]
MODELS = [Supplier, Buyer, PurchaseOrder, POLine, OutboundMessage, AuditLog]


def write(tmp_path: Path, name: str, rows: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def settings(url: str) -> Any:
    from agent.config import settings_from_dict

    return settings_from_dict({
        "database": {"url": url},
        "company": {"from_address": "purchasing@buyer.example"},
    })  # fmt: skip


def reference_import(factory: Any, url: str, path: Path, now: datetime, conf: Any = None) -> ImportSummary:  # fmt: skip
    """The import as it was: whole file in memory, then one PO at a time through the ORM."""
    from agent.ack_requests import queue_request
    from agent.importer import _load_existing
    from agent.outbox import cancel_pending

    conf = conf or settings(url)
    parsed = parse_csv_bytes(path.read_bytes())
    rejected = parsed.rejected_po_numbers
    summary = ImportSummary(problems=list(parsed.problems), rejected=len(rejected))
    good = [p for p in parsed.pos if p.po_number not in rejected]
    with factory() as session:
        suppliers: dict[str, Any] = {}
        buyers: dict[str, Any] = {}
        existing = _load_existing(session, [p.po_number for p in good])
        for po_in in good:
            supplier = _upsert_supplier(session, suppliers, po_in, now)
            buyer = _upsert_buyer(session, buyers, po_in, now) if po_in.buyer_email else None
            current = existing.get(po_in.po_number)
            new_hash = po_in.content_hash()
            if current is None:
                po = _create_po(session, po_in, supplier, buyer, new_hash, now)
                summary.created += 1
                queue_request(session, conf, po, now,
                              not_before=_request_not_before(conf, po.issue_date, now))  # fmt: skip
                summary.requests_queued += 1
            elif current.content_hash != new_hash:
                changed, removed = _revise_po(session, current, po_in, supplier, buyer, new_hash, now)  # fmt: skip
                cancel_pending(session, current.id or 0, f"superseded by revision {current.revision}",
                               now, kinds=(OutboundKind.request, OutboundKind.revision,
                                           OutboundKind.follow_up))  # fmt: skip
                summary.revised += 1
                queue_request(session, conf, current, now, changed_lines=changed,
                              removed_lines=removed,
                              not_before=_request_not_before(conf, current.issue_date, now))  # fmt: skip
                summary.requests_queued += 1
            elif _update_internal(session, current, po_in, buyer, now):
                summary.updated += 1
            else:
                summary.unchanged += 1
        session.commit()
    summary.imported = True
    return summary


def streamed_import(factory: Any, url: str, path: Path, now: datetime, **kwargs: Any) -> ImportSummary:  # fmt: skip
    parsed = stream_csv(path)
    assert isinstance(parsed, StreamedCSV)  # the streaming path, not the fallback
    with parsed:
        return apply_import(factory, settings(url), parsed, now, skip_invalid=True,
                            progress=False, batch_size=2, **kwargs)  # fmt: skip


def mark_first_request_sent(factory: Any) -> None:
    with factory() as s:
        s.execute(
            update(OutboundMessage)
            .where(OutboundMessage.due_key == "request:4500000001:r0")
            .values(state=OutboundState.sent, sent_at=NOW)
        )
        s.commit()


_RANDOM = re.compile(r"\.[0-9a-f]{16}@")


def dump(factory: Any) -> dict[str, list[dict[str, Any]]]:
    """Every row of the tables an import writes, read through the models (so both backends
    compare), in id order; the random part of Message-IDs masked."""
    out = {}
    with factory() as s:
        for model in MODELS:
            rows = s.exec(select(model).order_by(model.id)).all()
            out[model.__tablename__] = [
                {k: _mask(v) for k, v in r.model_dump().items()} for r in rows
            ]
    return out


def _mask(value: Any) -> Any:
    if isinstance(value, str):
        return _RANDOM.sub(".<random>@", value)
    if isinstance(value, dict | list):
        return _mask(repr(value))
    return value


@pytest.fixture
def reference(tmp_path: Path) -> Any:
    url = f"sqlite:///{tmp_path / 'reference.db'}"
    upgrade(url)
    engine = make_engine(url)
    yield url, session_factory(engine)
    engine.dispose()


def test_streamed_batched_import_writes_the_same_rows_as_one_po_at_a_time(
    tmp_path, db_url, session_factory, reference
):
    ref_url, ref_factory = reference
    first, second = write(tmp_path, "v1.csv", FIRST), write(tmp_path, "v2.csv", SECOND)

    # The streaming check reports what the in-memory check reports, in the same order.
    for path in (first, second):
        streamed = stream_csv(path)
        assert isinstance(streamed, StreamedCSV)
        with streamed:
            in_memory = parse_csv_bytes(path.read_bytes())
            assert [str(p) for p in streamed.problems] == [str(p) for p in in_memory.problems]
            assert streamed.problems  # the files do have bad rows
            assert streamed.rows == in_memory.rows
            assert streamed.valid_po_count() == in_memory.valid_po_count()
            assert [p.__dict__ for p in streamed.valid_pos()] == [
                p.__dict__ for p in in_memory.valid_pos()
            ]

    got = streamed_import(session_factory, db_url, first, NOW)
    want = reference_import(ref_factory, ref_url, first, NOW)
    assert (got.created, got.rejected, got.requests_queued) == (4, 2, 4)
    assert str(got) == str(want)
    assert dump(session_factory) == dump(ref_factory)

    for factory in (session_factory, ref_factory):
        mark_first_request_sent(factory)
    got = streamed_import(session_factory, db_url, second, LATER)
    want = reference_import(ref_factory, ref_url, second, LATER)
    assert (got.created, got.revised, got.updated, got.unchanged, got.rejected) == (1, 2, 1, 1, 1)
    assert (got.requests_queued, str(got)) == (want.requests_queued, str(want))
    assert dump(session_factory) == dump(ref_factory)
    with session_factory() as s:
        kinds = {m.due_key: m.kind for m in s.exec(select(OutboundMessage))}
    assert kinds["request:4500000001:r1"] == OutboundKind.revision  # the supplier saw r0
    assert kinds["request:4500000002:r1"] == OutboundKind.request  # never sent: no "revised"


def test_deferred_request_text_is_what_the_import_would_have_written(
    tmp_path, db_url, session_factory, reference
):
    """`poagent import` queues requests without text; the sender writes the same text later."""
    from agent.ack_requests import render_pending

    ref_url, ref_factory = reference
    first = write(tmp_path, "v1.csv", FIRST)
    streamed_import(session_factory, db_url, first, NOW, defer_render=True)
    reference_import(ref_factory, ref_url, first, NOW)
    with session_factory() as s:
        pending = s.exec(select(OutboundMessage).order_by(OutboundMessage.id)).all()
        assert pending and all(m.body_pending and m.body_text == "" for m in pending)
        for msg in pending:
            render_pending(s, settings(db_url), msg)
        s.commit()
    assert dump(session_factory) == dump(ref_factory)


def test_cli_import_queues_requests_whose_text_the_sender_writes_once(
    tmp_path, db_url, session_factory, smtp_server, settings_factory, monkeypatch, reference
):
    """`poagent import` leaves the text to the sender: the mail that arrives, and the row
    kept for later attempts, hold exactly the text the inline import writes."""
    from agent.cli import main
    from agent.outbox import send_due
    from tests.conftest import write_toml

    monkeypatch.delenv("POAGENT_CONFIG", raising=False)
    ref_url, ref_factory = reference
    first = write(tmp_path, "v1.csv", FIRST)
    config = write_toml(tmp_path / "c.toml", {"database": {"url": db_url}})
    now = NOW.isoformat()
    assert main(["import", str(first), "--config", str(config), "--skip-invalid", "--now", now]) == 1  # fmt: skip
    conf = settings_factory(db_url, smtp_server)
    # The sender's settings (company name, templates) are the ones the text is written with.
    reference_import(ref_factory, ref_url, first, NOW, settings_factory(ref_url, smtp_server))
    with ref_factory() as s:
        want = {m.due_key: m for m in s.exec(select(OutboundMessage))}

    result = send_due(session_factory, conf, NOW)
    assert result.sent == 4 and not result.errors
    mails = smtp_server.wait_for(4)
    with session_factory() as s:
        rows = {m.due_key: m for m in s.exec(select(OutboundMessage))}
    for mail in mails:
        msg = mail.message
        row = next(r for r in rows.values() if r.message_id == msg["Message-ID"])
        assert not row.body_pending and row.state == OutboundState.sent
        expected = want[row.due_key]
        assert (row.subject, row.body_text, row.body_html) == (
            expected.subject, expected.body_text, expected.body_html,
        )  # fmt: skip
        assert msg["Subject"] == expected.subject
        sent_text = msg.get_body(("plain",)).get_content()
        assert sent_text.split() == expected.body_text.split()  # modulo the wire's line ends
