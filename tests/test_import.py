"""PO import: whole-file validation with row/column errors, idempotent re-import, revisions."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import col, select

from agent.cli import main
from agent.importer import apply_import, parse_file
from agent.models import (
    AckState,
    AuditLog,
    Buyer,
    Confirmation,
    ExceptionState,
    ExceptionType,
    LineStatus,
    OutboundKind,
    OutboundMessage,
    OutboundState,
    POException,
    POLine,
    PurchaseOrder,
    Supplier,
)
from tests.conftest import write_toml

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
CORPUS = Path("/work/shared/corpus/dev")

HEADER = (
    "PO_Number,Line,Item,Description,Quantity,UOM,Unit Price,Requested Date,Currency,"
    "Supplier ID,Supplier Name,Supplier Email,Supplier Locale,Buyer Email,Buyer Name,Criticality"
)
GOOD_ROWS = [
    '4500012345,1,CAST-7781,"Gearbox housing, ductile iron",40,EA,312.50,2026-12-15,USD,'
    "ACME,Acme Castings Ltd,orders@acme.example;sales@acme.example,en-GB,dana@buyer.example,"
    "Dana Ruiz,critical",
    "4500012345,2,BOLT-M12,Hex bolt,1250,PC,0.1160,2027-01-08,USD,ACME,Acme Castings Ltd,"
    "orders@acme.example,en-GB,dana@buyer.example,Dana Ruiz,",
    "4500012346,1,PIN-4,Dowel pin,100,PC,1.05,2026-12-20,EUR,BRANDT,Brandt GmbH,"
    "verkauf@brandt.example,de-DE,lee@buyer.example,Lee Chen,",
]


def write_csv(tmp_path: Path, rows: list[str], header: str = HEADER, name: str = "pos.csv",
              encoding: str = "utf-8") -> Path:  # fmt: skip
    path = tmp_path / name
    path.write_bytes(("\n".join([header, *rows]) + "\n").encode(encoding))
    return path


def problems(path: Path, **kwargs) -> list[str]:
    return [str(p) for p in parse_file(path, **kwargs).problems]


def counts(factory) -> tuple[int, int, int]:
    with factory() as s:
        return (
            len(s.exec(select(PurchaseOrder)).all()),
            len(s.exec(select(POLine)).all()),
            len(s.exec(select(OutboundMessage)).all()),
        )


def settings_for(db_url: str):
    from agent.config import settings_from_dict

    return settings_from_dict(
        {"database": {"url": db_url}, "company": {"from_address": "purchasing@buyer.example"}}
    )


def run_import(factory, db_url, path, now=NOW, **kwargs):
    return apply_import(factory, settings_for(db_url), parse_file(path), now, **kwargs)


# ------------------------------------------------------------------ validation


def test_good_tab_separated_file_with_any_header_case(tmp_path, db_url, session_factory):
    rows = [r.replace(",", "\t") for r in GOOD_ROWS]  # a tab-separated export works too
    rows = [
        r.replace('"Gearbox housing\t ductile iron"', "Gearbox housing, ductile iron") for r in rows
    ]
    path = write_csv(tmp_path, rows, header=HEADER.upper().replace(",", "\t"), name="pos.txt")
    summary = run_import(session_factory, db_url, path)
    assert (summary.created, summary.rejected, summary.requests_queued) == (2, 0, 2)
    with session_factory() as s:
        acme = s.get(Supplier, "ACME")
        assert acme.emails == ["orders@acme.example", "sales@acme.example"]
        assert acme.domains == ["acme.example"] and acme.locale == "en-GB"
        line = s.exec(select(POLine).where(POLine.item == "CAST-7781")).one()
        assert line.description == "Gearbox housing, ductile iron"
        assert line.unit_price == Decimal("312.50") and line.quantity == Decimal(40)
        assert line.requested_date == date(2026, 12, 15) and line.criticality == "critical"
        assert (
            s.exec(select(Buyer).where(Buyer.email == "dana@buyer.example")).one().name
            == "Dana Ruiz"
        )
        po = s.exec(select(PurchaseOrder).where(PurchaseOrder.po_number == "4500012345")).one()
        assert po.ack_state == AckState.new and po.currency == "USD"
        assert {a.action for a in s.exec(select(AuditLog))} >= {"created", "queued"}


def test_semicolon_csv_with_bom(tmp_path, sqlite_url):
    path = tmp_path / "excel.csv"
    text = "\n".join([HEADER.replace(",", ";"), *(r.replace(",", ";") for r in GOOD_ROWS[2:])])
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    parsed = parse_file(path)
    assert parsed.problems == [] and parsed.pos[0].po_number == "4500012346"


@pytest.mark.parametrize(
    ("rows", "header", "expected"),
    [
        (GOOD_ROWS, HEADER.replace(",Unit Price", ""),
         ["row 1: missing column(s): unit_price"]),
        ([GOOD_ROWS[0], GOOD_ROWS[1].replace(",1250,", ",ten,")], HEADER,
         ["row 3, column quantity: 'ten' is not a number (write it like 1250.50: no thousands "
          "separators)"]),
        ([GOOD_ROWS[0].replace("2026-12-15", "15/12/2026")], HEADER,
         ["row 2, column requested_date: '15/12/2026' is not a date as YYYY-MM-DD"]),
        ([GOOD_ROWS[0], GOOD_ROWS[1], GOOD_ROWS[0].replace("CAST-7781", "OTHER")], HEADER,
         ["row 4, column line: line 1 of PO 4500012345 is already given in row 2"]),
        ([GOOD_ROWS[0].replace("312.50", "1,312.50")], HEADER,
         ["row 2: 17 values but the header has 16 columns"]),
        ([GOOD_ROWS[0], GOOD_ROWS[1].replace(",USD,", ",EUR,")], HEADER,
         ["row 3, column currency: 'EUR' differs from 'USD' in row 2 (PO 4500012345)"]),
        ([GOOD_ROWS[0].replace(",40,", ",-4,").replace("orders@acme.example;", "not-an-email;")],
         HEADER,
         ["row 2, column quantity: must be greater than 0, got -4",
          "row 2, column supplier_email: 'not-an-email' is not an email address"]),
    ],
    ids=["missing-column", "bad-number", "bad-date", "duplicate-line", "extra-values",
         "inconsistent-po", "two-problems-one-row"],
)  # fmt: skip
def test_bad_csv_reports_row_and_column_and_imports_nothing(
    tmp_path, sqlite_url, rows, header, expected
):
    from agent.db import make_engine, session_factory

    factory = session_factory(make_engine(sqlite_url))
    path = write_csv(tmp_path, rows, header=header)
    assert problems(path) == expected
    summary = run_import(factory, sqlite_url, path)
    assert not summary.imported
    assert counts(factory) == (0, 0, 0)


def test_empty_file_and_header_only(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert problems(empty) == ["file: is empty: expected a header row and PO lines"]
    assert problems(write_csv(tmp_path, [], name="h.csv")) == ["file: has a header but no PO lines"]


def test_wrong_encoding_names_the_line_and_the_fix(tmp_path, sqlite_url):
    row = GOOD_ROWS[2].replace("Dowel pin", "Passstift Gehäuse")
    path = write_csv(tmp_path, [GOOD_ROWS[0], row], encoding="cp1252")
    (problem,) = problems(path)
    assert problem.startswith("line 3: not valid utf-8 text (byte 0xE4 at offset")
    assert "--encoding" in problem
    parsed = parse_file(path, encoding="cp1252")
    assert parsed.problems == []
    assert parsed.pos[1].lines[0].description == "Passstift Gehäuse"


def test_skip_invalid_imports_whole_good_pos_only(tmp_path, sqlite_url):
    from agent.db import make_engine, session_factory

    factory = session_factory(make_engine(sqlite_url))
    rows = [GOOD_ROWS[0], GOOD_ROWS[1].replace("0.1160", "abc"), GOOD_ROWS[2]]
    path = write_csv(tmp_path, rows)
    summary = run_import(factory, sqlite_url, path, skip_invalid=True)
    assert summary.imported and (summary.created, summary.rejected) == (1, 1)
    assert [str(p) for p in summary.problems] == [
        "row 3, column unit_price: 'abc' is not a number (write it like 1250.50: no thousands "
        "separators)"
    ]
    with factory() as s:
        # PO 4500012345 lost a line to the error, so none of it is imported.
        assert [p.po_number for p in s.exec(select(PurchaseOrder))] == ["4500012346"]


def test_json_errors_name_the_po_line_and_field(tmp_path):
    doc = json.loads((CORPUS / "001-lakeshore-confirmed-as-per-po" / "pos.json").read_text())
    doc[0]["lines"][1]["unit_price"] = "12,50"
    doc[0]["supplier"]["email"] = "nobody"
    path = tmp_path / "pos.json"
    path.write_text(json.dumps(doc))
    number = doc[0]["po_number"]
    assert problems(path) == [
        f"PO 1 ({number}), supplier.email: 'nobody' is not an email address",
        f"PO 1 ({number}), lines[1].unit_price: '12,50' uses a decimal comma: write 12.50 "
        "(a point as the decimal separator)",
    ]
    path.write_text('[{"po_number": "1",')
    assert problems(path)[0].startswith("line 1, column 20: invalid JSON")


def test_every_dev_corpus_pos_file_imports(tmp_path, sqlite_url):
    from agent.db import make_engine, session_factory

    factory = session_factory(make_engine(sqlite_url))
    docs, seen = [], set()
    for case in sorted(CORPUS.iterdir()):
        for po in json.loads((case / "pos.json").read_text()):
            if po["po_number"] not in seen:
                seen.add(po["po_number"])
                docs.append(po)
    path = tmp_path / "all.json"
    path.write_text(json.dumps(docs))
    summary = run_import(factory, sqlite_url, path)
    assert summary.problems == [] and summary.created == len(docs) >= 30
    assert counts(factory)[2] == len(docs)  # one request each


# -------------------------------------------------------------- re-import, revisions


def test_reimport_is_a_no_op(tmp_path, db_url, session_factory):
    path = write_csv(tmp_path, GOOD_ROWS)
    run_import(session_factory, db_url, path)
    with session_factory() as s:
        audit_before = len(s.exec(select(AuditLog)).all())
    before = counts(session_factory)
    summary = run_import(session_factory, db_url, path, now=NOW + timedelta(days=1))
    assert (summary.created, summary.revised, summary.unchanged, summary.updated) == (0, 0, 2, 0)
    assert counts(session_factory) == before
    with session_factory() as s:
        assert len(s.exec(select(AuditLog)).all()) == audit_before


def test_changed_lines_make_a_revision_that_resets_state_and_is_sent_again(
    tmp_path, db_url, session_factory
):
    run_import(session_factory, db_url, write_csv(tmp_path, GOOD_ROWS))
    with session_factory() as s:
        po = s.exec(select(PurchaseOrder).where(PurchaseOrder.po_number == "4500012345")).one()
        request = s.exec(select(OutboundMessage).where(OutboundMessage.po_id == po.id)).one()
        # As if the request went out and the supplier answered line 1 with a price change.
        request.state, request.sent_at = OutboundState.sent, NOW
        po.ack_state, po.requested_at = AckState.partially_acknowledged, NOW
        line = s.exec(select(POLine).where(POLine.po_id == po.id, POLine.line_number == 1)).one()
        line.line_status, line.promised_price = LineStatus.changed, Decimal("330")
        s.add(Confirmation(po_id=po.id, version=1, status="changed"))
        s.add(POException(po_id=po.id, line_number=1, type=ExceptionType.price_variance,
                          state=ExceptionState.open))  # fmt: skip
        s.add(OutboundMessage(kind=OutboundKind.follow_up, po_id=po.id, po_revision=0,
                              message_id="<f1@buyer.example>", subject="s", body_text="b",
                              recipients=["orders@acme.example"]))  # fmt: skip
        s.commit()

    later = NOW + timedelta(days=2)
    changed = [GOOD_ROWS[0].replace(",40,", ",45,"), GOOD_ROWS[2]]  # line 2 dropped, line 1 qty
    summary = run_import(
        session_factory, db_url, write_csv(tmp_path, changed, name="v2.csv"), later
    )
    assert (summary.revised, summary.unchanged, summary.requests_queued) == (1, 1, 1)
    with session_factory() as s:
        po = s.exec(select(PurchaseOrder).where(PurchaseOrder.po_number == "4500012345")).one()
        assert (po.revision, po.ack_state, po.requested_at) == (1, AckState.new, None)
        lines = s.exec(select(POLine).where(POLine.po_id == po.id)).all()
        assert [(ln.line_number, ln.quantity) for ln in lines] == [(1, Decimal(45))]
        assert lines[0].line_status == LineStatus.unconfirmed and lines[0].promised_price is None
        assert s.exec(select(Confirmation)).one().superseded_at == later
        exc = s.exec(select(POException)).one()
        assert exc.state == ExceptionState.resolved and exc.root_cause == "po_revised"
        mails = s.exec(
            select(OutboundMessage).where(OutboundMessage.po_id == po.id)
            .order_by(col(OutboundMessage.id))
        ).all()  # fmt: skip
        assert [(m.kind, m.state) for m in mails] == [
            (OutboundKind.request, OutboundState.sent),
            (OutboundKind.follow_up, OutboundState.cancelled),
            (OutboundKind.revision, OutboundState.queued),
        ]
        revision = mails[-1]
        assert revision.subject == "PO 4500012345 (revision 1) – revised, please confirm"
        assert revision.in_reply_to == mails[0].message_id
        assert "Line 2 is no longer part of this order." in revision.body_text
        assert revision.po_revision == 1
        entry = s.exec(select(AuditLog).where(AuditLog.action == "revised")).one()
        assert (entry.from_state, entry.to_state) == ("partially_acknowledged", "new")
        assert entry.details["changed_lines"] == [1] and entry.details["removed_lines"] == [2]
    # The same revised file again: nothing more.
    again = run_import(session_factory, db_url, write_csv(tmp_path, changed, name="v2.csv"), later)
    assert (again.revised, again.unchanged) == (0, 2)


def test_internal_only_change_updates_without_bothering_the_supplier(tmp_path, sqlite_url):
    from agent.db import make_engine, session_factory

    factory = session_factory(make_engine(sqlite_url))
    run_import(factory, sqlite_url, write_csv(tmp_path, GOOD_ROWS))
    rows = [GOOD_ROWS[0].replace(",critical", ",low"), *GOOD_ROWS[1:]]
    summary = run_import(factory, sqlite_url, write_csv(tmp_path, rows, name="v2.csv"))
    assert (summary.updated, summary.revised, summary.requests_queued) == (1, 0, 0)
    with factory() as s:
        assert s.exec(select(POLine).where(POLine.item == "CAST-7781")).one().criticality == "low"
        assert all(p.revision == 0 for p in s.exec(select(PurchaseOrder)))


def test_request_on_issue_date_waits_for_the_issue_date(tmp_path, sqlite_url):
    from agent.config import settings_from_dict
    from agent.db import make_engine, session_factory

    factory = session_factory(make_engine(sqlite_url))
    settings = settings_from_dict({"database": {"url": sqlite_url},
                                   "schedule": {"request_on": "issue_date"},
                                   "company": {"timezone": "Europe/Berlin"}})  # fmt: skip
    header = HEADER + ",Issue Date"
    path = write_csv(tmp_path, [GOOD_ROWS[2] + ",2026-12-01"], header=header)
    apply_import(factory, settings, parse_file(path), NOW)
    with factory() as s:
        msg = s.exec(select(OutboundMessage)).one()
    assert msg.next_attempt_at == datetime(2026, 12, 1, 7, 0, tzinfo=UTC)  # 08:00 in Berlin


# ------------------------------------------------------------------------- the CLI


def test_cli_import_reports_problems_and_summary(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("POAGENT_CONFIG", raising=False)
    db = tmp_path / "cli.db"
    config = write_toml(tmp_path / "c.toml", {"database": {"url": f"sqlite:///{db}"}})
    bad = write_csv(tmp_path, [GOOD_ROWS[0].replace("2026-12-15", "soon")], name="bad.csv")
    assert main(["import", str(bad), "--config", str(config)]) == 1
    err = capsys.readouterr().err
    assert "bad.csv: row 2, column requested_date: 'soon' is not a date as YYYY-MM-DD" in err
    assert "nothing imported" in err

    good = write_csv(tmp_path, GOOD_ROWS)
    assert main(["import", str(good), "--config", str(config), "--progress"]) == 0
    captured = capsys.readouterr()
    assert "created 2, revised 0, unchanged 0, updated 0, rejected 0" in captured.out
    assert "importing" in captured.err  # the progress bar (forced on) goes to stderr
    assert main(["import", str(good), "--config", str(config), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["unchanged"] == 2

    assert main(["status", "--config", str(config), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["po_number"], r["ack_state"], r["last_mail"]["state"]) for r in rows] == [
        ("4500012345", "new", "queued"), ("4500012346", "new", "queued")]  # fmt: skip
    assert main(["status", "--config", str(config)]) == 0
    table = capsys.readouterr().out
    assert "4500012345" in table and "request queued" in table and "new 2" in table


def test_revision_before_the_first_request_went_out_is_just_a_request(tmp_path, sqlite_url):
    from agent.db import make_engine, session_factory

    factory = session_factory(make_engine(sqlite_url))
    run_import(factory, sqlite_url, write_csv(tmp_path, GOOD_ROWS[:1]))
    changed = [GOOD_ROWS[0].replace("312.50", "300.00")]
    assert run_import(factory, sqlite_url, write_csv(tmp_path, changed, name="v2.csv")).revised == 1
    with factory() as s:
        mails = s.exec(select(OutboundMessage).order_by(col(OutboundMessage.id))).all()
    assert [(m.kind, m.state) for m in mails] == [
        (OutboundKind.request, OutboundState.cancelled),
        (OutboundKind.request, OutboundState.queued),
    ]
    # The supplier never saw revision 0: no "revised" wording, no thread to join.
    assert mails[1].subject == "PO 4500012345 – please confirm"
    assert mails[1].in_reply_to is None and "300.00" in mails[1].body_text


def test_cli_check_only_writes_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("POAGENT_CONFIG", raising=False)
    db = tmp_path / "check.db"
    config = write_toml(tmp_path / "c.toml", {"database": {"url": f"sqlite:///{db}"}})
    rows = [GOOD_ROWS[0], GOOD_ROWS[1].replace("PC", ""), GOOD_ROWS[2]]
    path = write_csv(tmp_path, rows)
    assert main(["import", str(path), "--config", str(config), "--check"]) == 1
    out, err = capsys.readouterr()
    assert "row 3, column uom: is empty" in err
    assert "3 rows, 1 valid POs, 1 problem(s); nothing written" in out
    assert not db.exists()
