"""Outbound connectors: one confirmation -> 855, ORDRSP and ConfirmationRequest that agree.

The confirmation changes a date (line 1), shorts a quantity (line 2), changes
a price (line 3) and rejects a line (line 4). Each document is written by
write-back through the folder transport, then read back by parsers nobody
here wrote: pyx12 (X12 envelope, counts, and the X12 data-element dictionary
it ships), pydifact (EDIFACT) and lxml against the cXML 1.2.063 Fulfill.dtd.
"""

from __future__ import annotations

import io
import os
import threading
import warnings
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from agent import writeback
from agent.config import settings_from_dict
from agent.importer import apply_import, parse_file
from agent.models import AuditLog, DeliveryState, PurchaseOrder, WebhookDelivery
from tests import confirmation_rows as rows

FIXTURES = Path(__file__).parent / "fixtures"
FULFILL_DTD = FIXTURES / "cxml" / "1.2.063" / "Fulfill.dtd"
T0 = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
PARTNER = {"x12_id": "ERPSYS", "edifact_id": "ERPSYS", "cxml_identity": "ERPSYS",
           "x12_gs_id": "ERPAPP", "unit_codes": {"EA": "EA", "PCE": "EA"}}  # fmt: skip

# What the documents must say, line by line: status code (X12 ACK01), confirmed quantity,
# confirmed unit price and confirmed delivery date.
EXPECTED = {
    1: ("DR", Decimal("40"), Decimal("312.50"), date(2026, 12, 22)),
    2: ("IQ", Decimal("1000"), Decimal("0.1160"), date(2027, 1, 8)),
    3: ("IP", Decimal("1250"), Decimal("0.06"), date(2027, 1, 8)),
    4: ("IR", Decimal("0"), None, None),
}
ORDERED = {1: Decimal("40"), 2: Decimal("1250"), 3: Decimal("1250"), 4: Decimal("500")}


@pytest.fixture
def db(db_url: str, session_factory: Any) -> Any:
    return db_url, session_factory


def make_settings(url: str, out: Path, **extra: Any) -> Any:
    connectors = {
        fmt: {"format": fmt, "transport": "folder", "folder": str(out / fmt), "partner": "erp"}
        for fmt in ("x12", "edifact", "cxml")
    }
    connectors.update(extra.pop("connectors", {}))
    return settings_from_dict({
        "database": {"url": url},
        "partners": {"erp": {**PARTNER, **extra.pop("partner", {})}},
        "connectors": connectors,
        "writeback": {"retry_base_seconds": 30, "max_attempts": 5, "timeout_seconds": 3},
        **extra,
    })  # fmt: skip


def import_pos(factory: Any, settings: Any) -> None:
    parsed = parse_file(FIXTURES / "connectors" / "pos.json")
    summary = apply_import(factory, settings, parsed, T0 - timedelta(days=2), queue_requests=False)
    assert summary.created == 2


def confirm_with_exceptions(factory: Any, settings: Any, version: int = 1) -> list[Any]:
    with factory() as session:
        po = session.exec(
            select(PurchaseOrder).where(PurchaseOrder.po_number == "4500012345")
        ).one()
        conf = rows.confirm(
            session,
            po,
            version,
            [
                {"line": 1, "status": "changed", "date": date(2026, 12, 22)},
                {"line": 2, "status": "changed", "quantity": 1000},
                {"line": 3, "status": "changed", "unit_price": "0.06"},
                {"line": 4, "status": "rejected"},
            ],
            at=T0,
            supplier_reference="SO-77",
        )
        queued = writeback.enqueue_all(session, conf, settings, now=T0)
        session.commit()
        return [(r.connector, r.idempotency_key) for r in queued]


# ----------------------------------------------------------------- independent readers


def read_855(text: str) -> tuple[dict[str, Any], dict[int, tuple[Any, ...]]]:
    """Parse with pyx12: envelope errors must be none; returns BAK and line values."""
    import pyx12.dataele
    import pyx12.validation
    import pyx12.x12file

    dictionary = pyx12.dataele.DataElements(os.path.join(os.path.dirname(pyx12.__file__), "map"))
    # (segment, position) -> X12 data element number, for the elements pyx12's dictionary
    # defines; ACK01 (668) and BAK02 (587) are not in it and are checked against CODES.
    elements = {("BAK", 1): "353", ("BAK", 3): "324", ("BAK", 4): "373", ("BAK", 8): "127",
                ("CUR", 1): "98", ("CUR", 2): "100", ("PO1", 1): "350", ("PO1", 3): "355",
                ("PO1", 4): "212", ("PO1", 6): "235", ("PO1", 7): "234", ("ACK", 2): "380",
                ("ACK", 3): "355", ("ACK", 4): "374", ("ACK", 5): "373", ("CTT", 1): "354"}  # fmt: skip
    codes = {("ACK", 1): {"IA", "IC", "IR", "IB", "DR", "IP", "IQ", "AC", "AR", "ID", "IE",
                          "IF", "IH", "IS", "IW", "R1", "R2", "R3", "R4", "SP"},
             ("BAK", 2): {"AC", "AD", "AE", "AH", "AK", "AP", "AT", "NA", "RD", "RF", "RJ",
                          "RN", "RO", "RV", "ZZ"}}  # fmt: skip
    reader = pyx12.x12file.X12Reader(io.StringIO(text))
    bak: dict[str, Any] = {}
    lines: dict[int, tuple[Any, ...]] = {}
    current: int | None = None
    price: Decimal | None = None
    tags = []
    for seg in reader:
        assert reader.pop_errors() == [], f"pyx12 error at {seg.get_seg_id()}"
        tag = seg.get_seg_id()
        tags.append(tag)
        for n in range(1, seg.get_seg_count() + 1 if hasattr(seg, "get_seg_count") else 20):
            value = seg.get_value(f"{tag}{n:02d}")
            if not value:
                continue
            if (tag, n) in elements:
                spec = dictionary.get_by_elem_num(elements[(tag, n)])
                assert pyx12.validation.IsValidDataType(value, spec["data_type"], "E"), (tag, n)
                assert spec["min_len"] <= len(value) <= spec["max_len"], (tag, n, value)
            if (tag, n) in codes:
                assert value in codes[(tag, n)], (tag, n, value)
        if tag == "ISA":
            bak["isa13"] = seg.get_value("ISA13")
            bak["isa08"] = seg.get_value("ISA08").strip()
        elif tag == "GS":
            bak["gs03"] = seg.get_value("GS03")
        elif tag == "BAK":
            bak.update(code=seg.get_value("BAK02"), po=seg.get_value("BAK03"),
                       ref=seg.get_value("BAK08"))  # fmt: skip
        elif tag == "PO1":
            current = int(seg.get_value("PO101"))
            price = Decimal(seg.get_value("PO104")) if seg.get_value("PO104") else None
        elif tag == "ACK":
            assert current is not None
            when = seg.get_value("ACK05")
            lines[current] = (
                seg.get_value("ACK01"),
                Decimal(seg.get_value("ACK02")),
                price if seg.get_value("ACK01") != "IR" else None,
                datetime.strptime(when, "%Y%m%d").date() if when else None,
            )
    assert tags[:3] == ["ISA", "GS", "ST"] and tags[-3:] == ["SE", "GE", "IEA"]
    return bak, lines


def read_ordrsp(text: str) -> tuple[dict[str, Any], dict[int, tuple[Any, ...]]]:
    from pydifact.segmentcollection import Interchange

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pydifact ships no D.96A directory to warn about
        interchange = Interchange.from_str(text)
        interchange.validate()
        [message] = list(interchange.get_messages())
    assert message.type == "ORDRSP" and message.version == "D.96A"
    unt = interchange.segments[-1] if interchange.segments[-1].tag == "UNT" else None
    assert unt is not None and int(unt.elements[0]) == len(message.segments) + 2
    assert interchange.get_footer_segment().elements[1] == interchange.control_reference
    head: dict[str, Any] = {"ref": interchange.control_reference,
                            "recipient": interchange.recipient}  # fmt: skip
    lines: dict[int, list[Any]] = {}
    current: int | None = None
    for seg in message.segments:
        el = seg.elements
        if seg.tag == "BGM":
            head["function"] = el[2]
        elif seg.tag == "RFF" and el[0][0] == "ON":
            head["po"] = el[0][1]
        elif seg.tag == "LIN":
            current = int(el[0])
            lines[current] = [el[1], None, None, None, None]
        elif current is not None and seg.tag == "QTY":
            lines[current][1 if el[0][0] == "21" else 2] = Decimal(el[0][1])
        elif current is not None and seg.tag == "PRI":
            lines[current][3] = Decimal(el[0][1])
        elif current is not None and seg.tag == "DTM":
            lines[current][4] = datetime.strptime(el[0][1], "%Y%m%d").date()
    return head, {n: tuple(v) for n, v in lines.items()}


def read_confirmation_request(body: bytes) -> tuple[dict[str, Any], dict[int, list[Any]]]:
    from lxml import etree

    parser = etree.XMLParser(load_dtd=False, no_network=True, resolve_entities=False)
    doc = etree.fromstring(body, parser).getroottree()
    dtd = etree.DTD(str(FULFILL_DTD))
    assert dtd.validate(doc), dtd.error_log.filter_from_errors()
    root = doc.getroot()
    header = root.find("Request/ConfirmationRequest/ConfirmationHeader")
    head = {"type": header.get("type"),
            "po": root.find("Request/ConfirmationRequest/OrderReference").get("orderID"),
            "to": root.findtext("Header/To/Credential/Identity"),
            "secret": root.findtext("Header/Sender/Credential/SharedSecret")}  # fmt: skip
    lines = {}
    for item in root.iter("ConfirmationItem"):
        statuses = [
            (s.get("type"), Decimal(s.get("quantity")), s.findtext("UnitPrice/Money"),
             s.get("deliveryDate"))
            for s in item.findall("ConfirmationStatus")
        ]  # fmt: skip
        assert sum(q for _, q, _, _ in statuses) == Decimal(item.get("quantity"))
        lines[int(item.get("lineNumber"))] = statuses
    return head, lines


# ----------------------------------------------------------------------------- tests


def test_one_confirmation_becomes_three_documents_that_agree_line_by_line(
    db: Any, tmp_path: Path
) -> None:
    url, factory = db
    settings = make_settings(url, tmp_path)
    import_pos(factory, settings)
    queued = confirm_with_exceptions(factory, settings)
    assert sorted(queued) == [("cxml", "4500012345:r0:v1@cxml"),
                              ("edifact", "4500012345:r0:v1@edifact"),
                              ("x12", "4500012345:r0:v1@x12")]  # fmt: skip
    summary = writeback.deliver_due(factory, settings, T0)
    assert (summary.delivered, summary.failed) == (3, 0)

    [x12_file] = list((tmp_path / "x12").iterdir())
    assert x12_file.name == "4500012345_r0_v1.855.x12"
    bak, x12_lines = read_855(x12_file.read_text())
    assert bak["code"] == "AC" and bak["po"] == "4500012345" and bak["ref"] == "SO-77"
    assert bak["isa08"] == "ERPSYS" and bak["gs03"] == "ERPAPP"
    assert x12_lines == EXPECTED

    [edi_file] = list((tmp_path / "edifact").iterdir())
    head, edi_lines = read_ordrsp(edi_file.read_text())
    assert head["po"] == "4500012345" and head["function"] == "4"
    assert head["recipient"] == ["ERPSYS", "ZZZ"]
    action = {"DR": "3", "IQ": "3", "IP": "3", "IR": "7"}
    for n, (code, qty, price, when) in EXPECTED.items():
        assert edi_lines[n] == (action[code], ORDERED[n], qty, price, when), n

    [xml_file] = list((tmp_path / "cxml").iterdir())
    head, xml_lines = read_confirmation_request(xml_file.read_bytes())
    assert head == {"type": "detail", "po": "4500012345", "to": "ERPSYS", "secret": None}
    assert xml_lines == {
        1: [("detail", Decimal("40"), None, "2026-12-22T00:00:00+00:00")],
        2: [("detail", Decimal("1000"), None, "2027-01-08T00:00:00+00:00"),
            ("reject", Decimal("250"), None, None)],
        3: [("detail", Decimal("1250"), "0.06", "2027-01-08T00:00:00+00:00")],
        4: [("reject", Decimal("500"), None, None)],
    }  # fmt: skip

    with factory() as session:
        trail = session.exec(
            select(AuditLog.action, AuditLog.details).where(AuditLog.entity == "webhook_delivery")
        ).all()
    assert sorted(a for a, _ in trail) == ["delivered"] * 3 + ["queued"] * 3
    assert {d["connector"] for _, d in trail} == {"x12", "edifact", "cxml"}


def test_all_accepted_and_all_rejected_set_the_whole_po_code(db: Any, tmp_path: Path) -> None:
    url, factory = db
    settings = make_settings(url, tmp_path)
    import_pos(factory, settings)
    with factory() as session:
        pos = {p.po_number: p for p in session.exec(select(PurchaseOrder)).all()}
        a = rows.confirm(session, pos["4500012346"], 1, [{"line": 1}], at=T0)
        writeback.enqueue_all(session, a, settings, now=T0)
        r = rows.confirm(session, pos["4500012345"], 1,
                         [{"line": n, "status": "rejected"} for n in (1, 2, 3, 4)], at=T0)  # fmt: skip
        writeback.enqueue_all(session, r, settings, now=T0)
        session.commit()
    assert writeback.deliver_due(factory, settings, T0).delivered == 6
    bak, lines = read_855((tmp_path / "x12" / "4500012346_r0_v1.855.x12").read_text())
    assert bak["code"] == "AD" and lines == {
        1: ("IA", Decimal("100"), Decimal("1.05"), date(2026, 12, 20))
    }
    bak, lines = read_855((tmp_path / "x12" / "4500012345_r0_v1.855.x12").read_text())
    assert bak["code"] == "RJ" and {v[0] for v in lines.values()} == {"IR"}
    head, _ = read_ordrsp((tmp_path / "edifact" / "4500012346_r0_v1.ordrsp.edi").read_text())
    assert head["function"] == "29"
    head, _ = read_confirmation_request(
        (tmp_path / "cxml" / "4500012346_r0_v1.confirmation.xml").read_bytes()
    )
    assert head["type"] == "accept"
    head, _ = read_confirmation_request(
        (tmp_path / "cxml" / "4500012345_r0_v1.confirmation.xml").read_bytes()
    )
    assert head["type"] == "reject"


def test_separators_and_ids_come_from_the_partner_mapping(db: Any, tmp_path: Path) -> None:
    url, factory = db
    settings = make_settings(url, tmp_path, partner={
        "x12_element_separator": "|", "x12_segment_terminator": "'",
        "x12_component_separator": "^", "x12_our_id": "BUYERCO", "x12_our_qualifier": "01",
        "unit_codes": {"PC": "EA"},
    })  # fmt: skip
    import_pos(factory, settings)
    confirm_with_exceptions(factory, settings)
    writeback.deliver_due(factory, settings, T0)
    text = (tmp_path / "x12" / "4500012345_r0_v1.855.x12").read_text()
    assert text.startswith("ISA|00|") and text[104:106] == "^'"
    assert "|01|BUYERCO        |" in text[:106]
    bak, lines = read_855(text)
    assert lines == EXPECTED
    assert "ACK|IQ|1000|PC|067|20270108'" in text


def test_control_numbers_never_repeat_across_versions_and_retries(db: Any, tmp_path: Path) -> None:
    url, factory = db
    settings = make_settings(url, tmp_path)
    import_pos(factory, settings)
    blocker = tmp_path / "x12"
    blocker.write_text("a file where the folder should be")  # the first delivery fails
    confirm_with_exceptions(factory, settings, version=1)
    first = writeback.deliver_due(factory, settings, T0)
    assert first.retrying == 1 and first.delivered == 2
    with factory() as session:
        row = session.exec(select(WebhookDelivery).where(WebhookDelivery.connector == "x12")).one()
        frozen = row.document
        assert row.state == DeliveryState.pending and "x12" in (row.last_error or "")
    blocker.unlink()
    confirm_with_exceptions(factory, settings, version=2)
    writeback.deliver_due(factory, settings, T0 + timedelta(minutes=5))
    v1 = (tmp_path / "x12" / "4500012345_r0_v1.855.x12").read_text()
    v2 = (tmp_path / "x12" / "4500012345_r0_v2.855.x12").read_text()
    assert v1 == frozen["body"]  # the retry sent the bytes frozen at enqueue time
    numbers = [read_855(t)[0]["isa13"] for t in (v1, v2)]
    assert numbers == ["000000001", "000000002"]


def test_control_numbers_are_unique_under_concurrent_workers(db: Any) -> None:
    from connectors.control_numbers import next_number

    _, factory = db
    got: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def worker() -> None:
        try:
            for _ in range(15):
                with factory() as session:
                    n = next_number(session, "x12:isa:ZZ:POAGENT")
                    session.commit()
                with lock:
                    got.append(n)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert sorted(got) == list(range(1, 61))


def test_webhook_file_export_and_edi_connectors_each_get_their_own_row(
    db: Any, tmp_path: Path
) -> None:
    url, factory = db
    settings = make_settings(url, tmp_path, writeback={"export_dir": str(tmp_path / "json"),
                                                       "retry_base_seconds": 30})  # fmt: skip
    import_pos(factory, settings)
    queued = confirm_with_exceptions(factory, settings)
    assert sorted(k for _, k in queued) == [
        "4500012345:r0:v1@cxml", "4500012345:r0:v1@edifact", "4500012345:r0:v1@file",
        "4500012345:r0:v1@x12",
    ]  # fmt: skip
    # Enqueueing again (a retried transaction, a second worker) adds nothing.
    with factory() as session:
        from agent.models import Confirmation

        conf = session.exec(select(Confirmation)).one()
        again = writeback.enqueue_all(session, conf, settings, now=T0)
        assert sorted(r.idempotency_key for r in again) == sorted(k for _, k in queued)
        session.commit()
    assert writeback.deliver_due(factory, settings, T0).delivered == 4
    exported = (tmp_path / "json" / "4500012345_r0_v1.json").read_text()
    assert '"po_line_count":4' in exported and '"status":"rejected"' in exported


def acks_855(text: str) -> dict[int, list[tuple[str, Decimal, str]]]:
    import pyx12.x12file

    reader = pyx12.x12file.X12Reader(io.StringIO(text))
    out: dict[int, list[tuple[str, Decimal, str]]] = {}
    line = 0
    for seg in reader:
        assert reader.pop_errors() == []
        if seg.get_seg_id() == "PO1":
            line = int(seg.get_value("PO101"))
        elif seg.get_seg_id() == "ACK":
            out.setdefault(line, []).append(
                (seg.get_value("ACK01"), Decimal(seg.get_value("ACK02")), seg.get_value("ACK05"))
            )
    return out


def test_a_split_delivery_is_acknowledged_in_parts_with_the_rest_backordered(
    db: Any, tmp_path: Path
) -> None:
    from agent.models import ConfirmationLine

    url, factory = db
    settings = make_settings(url, tmp_path)
    import_pos(factory, settings)
    with factory() as session:
        po = session.exec(
            select(PurchaseOrder).where(PurchaseOrder.po_number == "4500012346")
        ).one()
        conf = rows.confirm(session, po, 1, [{"line": 1, "status": "changed"}], at=T0)
        line = session.exec(
            select(ConfirmationLine).where(ConfirmationLine.confirmation_id == conf.id)
        ).one()
        line.schedule = [{"quantity": "60", "date": "2026-12-20"},
                         {"quantity": "40", "date": "2027-01-15"}]  # fmt: skip
        session.add(line)
        session.flush()
        writeback.enqueue_all(session, conf, settings, now=T0)
        session.commit()
    assert writeback.deliver_due(factory, settings, T0).delivered == 3
    x12 = (tmp_path / "x12" / "4500012346_r0_v1.855.x12").read_text()
    assert read_855(x12)[0]["code"] == "AC"
    assert acks_855(x12) == {1: [("IA", Decimal("60"), "20261220"),
                                 ("IB", Decimal("40"), "20270115")]}  # fmt: skip
    _, xml_lines = read_confirmation_request(
        (tmp_path / "cxml" / "4500012346_r0_v1.confirmation.xml").read_bytes()
    )
    assert xml_lines == {1: [("accept", Decimal("60"), None, "2026-12-20T00:00:00+00:00"),
                             ("backordered", Decimal("40"), None, "2027-01-15T00:00:00+00:00")]}  # fmt: skip
    edi = (tmp_path / "edifact" / "4500012346_r0_v1.ordrsp.edi").read_text()
    read_ordrsp(edi)  # parses and counts check
    assert (
        "SCC+1'\nQTY+113:60:EA'\nDTM+2:20261220:102'\nSCC+1'\nQTY+113:40:EA'\nDTM+2:20270115:102'"
        in edi
    )
