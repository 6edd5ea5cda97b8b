"""Inbound connectors: an 850, ORDERS or OrderRequest imports the same POs as the JSON.

Bad partner documents are refused with the segment (or element) and its
position named, and nothing is imported.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from agent.config import ConfigError, settings_from_dict
from agent.importer import parse_file
from agent.models import POLine, PurchaseOrder, Supplier
from tests.conftest import write_toml

FIXTURES = Path(__file__).parent / "fixtures" / "connectors"
PARTNER = {
    "x12_id": "ERPSYS",
    "edifact_id": "ERPSYS",
    "cxml_identity": "ERPSYS",
    "unit_codes": {"EA": "EA", "PCE": "EA"},
}
DOCUMENTS = ["pos.850.x12", "pos.orders.edi", "po1.orderrequest.xml", "po2.orderrequest.xml"]


def settings(**partner: Any) -> Any:
    return settings_from_dict({"partners": {"erp": {**PARTNER, **partner}}})


def shape(result: Any) -> dict[str, dict[str, Any]]:
    """The parsed POs without where they came from, keyed by PO number."""
    out = {}
    for po in result.pos:
        fields = {k: v for k, v in vars(po).items() if k != "ref"}
        fields["lines"] = [{k: v for k, v in vars(ln).items() if k != "ref"} for ln in po.lines]
        out[po.po_number] = fields
    return out


@pytest.mark.parametrize("name", DOCUMENTS)
def test_partner_document_parses_to_the_same_pos_as_the_json(name: str) -> None:
    expected = shape(parse_file(FIXTURES / "pos.json"))
    result = parse_file(FIXTURES / name, settings=settings())
    assert result.problems == []
    got = shape(result)
    assert got, "no PO read"
    for number, po in got.items():
        assert po == expected[number], f"{name}: PO {number} differs from the JSON"
    if name.startswith("pos."):
        assert sorted(got) == ["4500012345", "4500012346"]  # several POs per interchange


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agent", *args], capture_output=True, text=True, timeout=120
    )


def _db_pos(url: str) -> dict[str, Any]:
    from agent.db import make_engine, session_factory

    engine = make_engine(url)
    try:
        with session_factory(engine)() as session:
            out = {}
            for po in session.exec(select(PurchaseOrder)).all():
                lines = session.exec(
                    select(POLine).where(POLine.po_id == po.id).order_by(POLine.line_number)
                ).all()
                out[po.po_number] = (
                    po.supplier_id, po.currency, po.issue_date, po.content_hash, po.site,
                    [(ln.line_number, ln.item, ln.description, ln.quantity, ln.uom,
                      ln.unit_price, ln.requested_date) for ln in lines],
                )  # fmt: skip
            suppliers = {s.id: (s.name, s.emails) for s in session.exec(select(Supplier)).all()}
            return {"pos": out, "suppliers": suppliers}
    finally:
        engine.dispose()


def test_poagent_import_of_partner_documents_writes_the_same_rows_as_the_json(
    tmp_path: Path,
) -> None:
    results = {}
    for name in ("pos.json", "pos.850.x12", "pos.orders.edi"):
        url = f"sqlite:///{tmp_path / (name + '.db')}"
        config = write_toml(tmp_path / f"{name}.toml", {"database": {"url": url},
                                                        "partners": {"erp": PARTNER}})  # fmt: skip
        proc = _run("import", str(FIXTURES / name), "--config", str(config), "--no-requests",
                    "--now", "2026-11-23T09:00:00Z")  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        assert "created 2" in proc.stdout
        results[name] = _db_pos(url)
    assert results["pos.850.x12"] == results["pos.json"]
    assert results["pos.orders.edi"] == results["pos.json"]
    # cXML carries one OrderRequest per document: import both into one database.
    url = f"sqlite:///{tmp_path / 'cxml.db'}"
    config = write_toml(tmp_path / "cxml.toml", {"database": {"url": url},
                                                 "partners": {"erp": PARTNER}})  # fmt: skip
    for name in ("po1.orderrequest.xml", "po2.orderrequest.xml"):
        proc = _run("import", str(FIXTURES / name), "--config", str(config), "--no-requests",
                    "--now", "2026-11-23T09:00:00Z")  # fmt: skip
        assert proc.returncode == 0, proc.stderr
    assert _db_pos(url) == results["pos.json"]


def _x12() -> str:
    return (FIXTURES / "pos.850.x12").read_text()


def _edifact() -> str:
    return (FIXTURES / "pos.orders.edi").read_text()


BAD_DOCUMENTS = [
    # (file name, content, the location and words the message must contain)
    ("bad-se.x12", _x12().replace("SE*20*0001", "SE*19*0001"),
     "segment SE at position 22, element SE01", "says 19 segments, the transaction set has 20"),
    ("bad-iea.x12", _x12().replace("IEA*1*000000042", "IEA*1*000000043"),
     "segment IEA at position 36, element IEA02", "!= ISA13"),
    ("bad-ge.x12", _x12().replace("GE*2*17", "GE*3*17"),
     "segment GE at position 35, element GE01", "says 3 transaction sets, the group has 2"),
    ("no-iea.x12", _x12().replace("IEA*1*000000042~\n", ""),
     "segment GE at position 35", "does not end with IEA"),
    ("short-isa.x12", "ISA*00*short~GS*PO~",
     "segment ISA at position 1", "106 characters"),
    ("bad-dtm.x12", _x12().replace("DTM*002*20261215", "DTM*999*20261215"),
     "segment DTM at position 14, element DTM01", "unknown date qualifier '999'"),
    ("bad-n1.x12", _x12().replace("N1*SE*Acme", "N1*XX*Acme"),
     "segment N1 at position 9, element N101", "unknown entity identifier code 'XX'"),
    ("bad-unit.x12", _x12().replace("PO1*2*1250*EA", "PO1*2*1250*KG"),
     "segment PO1 at position 15, element PO103", "'KG' is not in unit_codes"),
    ("bad-date.x12", _x12().replace("DTM*002*20261215", "DTM*002*20261315"),
     "segment DTM at position 14, element DTM02", "not a date"),
    ("bad-ctt.x12", _x12().replace("CTT*4", "CTT*5"),
     "segment CTT at position 21, element CTT01", "says 5 line items, found 4"),
    ("bad-unt.edi", _edifact().replace("UNT+31+1", "UNT+30+1"),
     "segment UNT at position 32, element 1", "says 30 segments, the message has 31"),
    ("bad-unz.edi", _edifact().replace("UNZ+2+REF42", "UNZ+2+REF43"),
     "segment UNZ at position 49, element 2", "!= UNB"),
    ("bad-nad.edi", _edifact().replace("NAD+SU+ACME", "NAD+ZZ+ACME"),
     "segment NAD at position 10, element 1", "unknown party qualifier 'ZZ'"),
    ("bad-dtm.edi", _edifact().replace("DTM+2:20261215:102", "DTM+2:20261215:999"),
     "segment DTM at position 17, element 1", "unknown date format '999'"),
    ("bad-qty.xml", (FIXTURES / "po1.orderrequest.xml").read_text().replace(
        'quantity="40"', 'quantity="forty"'),
     "element ItemOut at line 18", "quantity 'forty' is not a number"),
    ("broken.xml", (FIXTURES / "po1.orderrequest.xml").read_text().replace("</Header>", ""),
     "line ", "not well-formed XML"),
]  # fmt: skip


CLI_CASES = {"bad-se.x12", "bad-unt.edi", "bad-qty.xml"}


@pytest.mark.parametrize(("name", "content", "where", "words"), BAD_DOCUMENTS,
                         ids=[b[0] for b in BAD_DOCUMENTS])  # fmt: skip
def test_bad_partner_document_names_the_segment_and_imports_nothing(
    tmp_path: Path, name: str, content: str, where: str, words: str
) -> None:
    path = tmp_path / name
    path.write_text(content)
    result = parse_file(path, settings=settings())
    assert result.pos == []
    [problem] = result.problems
    assert problem.where.startswith(where), str(problem)
    assert words in problem.message, str(problem)

    if name not in CLI_CASES:
        return  # one CLI run per format is enough to show the command imports nothing
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    config = write_toml(tmp_path / "c.toml", {"database": {"url": url},
                                              "partners": {"erp": PARTNER}})  # fmt: skip
    proc = _run("import", str(path), "--config", str(config))
    assert proc.returncode == 1
    assert where in proc.stderr and "nothing imported" in proc.stderr
    assert _db_pos(url)["pos"] == {}


def test_a_value_the_importer_rejects_is_reported_at_its_transaction_set(tmp_path: Path) -> None:
    path = tmp_path / "no-email.x12"
    path.write_text(_x12().replace("PER*IC**EM*orders@acme.example", "PER*IC**TE*5551234"))
    result = parse_file(path, settings=settings())
    # The importer checks the whole document: PO 4500012346 lacks a supplier email.
    assert any(str(p).startswith("ST 0002 at position 23 (4500012346), supplier.email")
               for p in result.problems), [str(p) for p in result.problems]  # fmt: skip


def test_unknown_sender_is_refused_naming_the_configured_partners(tmp_path: Path) -> None:
    result = parse_file(FIXTURES / "pos.850.x12", settings=settings(x12_id="OTHER"))
    [problem] = result.problems
    assert "sender ID 'ERPSYS'" in problem.message and "erp (OTHER)" in problem.message


def test_ship_date_partner_reads_the_ship_date_qualifier(tmp_path: Path) -> None:
    path = tmp_path / "ship.x12"
    path.write_text(_x12().replace("DTM*002*20261215", "DTM*010*20261210"))
    result = parse_file(path, settings=settings(requested_date="ship"))
    # Only line 1 has a ship date; the others have none and the PO has no header ship date.
    [problem] = result.problems
    assert problem.where == "segment PO1 at position 15"
    assert "no ship date (DTM*010)" in problem.message


def test_partner_config_errors_name_the_key() -> None:
    with pytest.raises(ConfigError) as err:
        settings_from_dict({
            "partners": {"erp": {"x12_qualifier": "Z", "x12_element_separator": "AB",
                                 "requested_date": "pickup", "x12_id": "X" * 16}},
            "connectors": {"out": {"format": "x12", "transport": "sftp", "partner": "erp",
                                   "sftp_host": "h"},
                           "bad": {"format": "x13", "transport": "folder", "folder": "/tmp"}},
        })  # fmt: skip
    text = "\n".join(err.value.problems)
    assert "partners.erp.x12_qualifier: must be a 2-character ISA qualifier" in text
    assert "partners.erp.x12_element_separator: must be one character" in text
    assert "partners.erp.requested_date: must be one of" in text
    assert "partners.erp.x12_id: must be at most 15 characters" in text
    assert "connectors.out: transport 'sftp' needs sftp_username, sftp_known_hosts" in text
    assert "connectors.bad.format: must be one of" in text
    with pytest.raises(ConfigError) as err:
        settings_from_dict({"connectors": {"out": {"format": "x12", "transport": "folder",
                                                   "folder": "/tmp", "partner": "nope"}}})  # fmt: skip
    assert "connectors.out.partner: no [partners.nope] table" in str(err.value)
    with pytest.raises(ConfigError) as err:
        settings_from_dict({"partners": {"erp": {"cxml_shared_secret": "hunter2"}}})
    assert "partners.erp.cxml_shared_secret: secrets are not read from the config file" in str(
        err.value
    )
    assert "hunter2" not in str(err.value)
