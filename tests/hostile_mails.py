"""Hostile and careless mails, generated: the families issue 14 measured as stalls.

Each family is a small function returning the raw RFC 5322 bytes of one mail
addressed to the supplier of ``hostile_pos()``'s PO 4500012345, threaded on
nothing, so that only the text decides. Used by tests/test_hostile_input.py
(each mail through ``poagent extract`` under a memory limit) and by
benchmarks/bench_extract.py (the slowest single message).
"""

from __future__ import annotations

import io
import json
import zipfile
from base64 import encodebytes
from collections.abc import Callable
from pathlib import Path

SUPPLIER = "orders@acme-fasteners.example"
PO = "4500012345"


def hostile_pos() -> list[dict]:
    """One open PO of one supplier, in the corpus pos.json format."""
    return [
        {
            "po_number": PO,
            "supplier": {
                "id": "ACME",
                "name": "Acme Fasteners",
                "email": SUPPLIER,
                "locale": "en-US",
            },
            "buyer": {"name": "Buyer", "email": "buyer@kestrel-motion.example"},
            "currency": "USD",
            "issued": "2026-11-03",
            "request_message_id": "<poack.4500012345@kestrel-motion.example>",
            "lines": [
                {
                    "line": 1,
                    "item": "KMS-1021",
                    "description": "Hex cap screw M8x40",
                    "quantity": 2000,
                    "uom": "EA",
                    "unit_price": "0.34",
                    "requested_date": "2026-12-01",
                }
            ],
        }
    ]


def write_pos(path: Path) -> Path:
    path.write_text(json.dumps(hostile_pos()), encoding="utf-8")
    return path


def _headers(subject: str, ctype: str) -> str:
    return (
        f"From: Acme Orders <{SUPPLIER}>\r\n"
        "To: buyer@kestrel-motion.example\r\n"
        f"Subject: {subject}\r\n"
        "Date: Tue, 10 Nov 2026 09:12:44 +0000\r\n"
        "Message-ID: <hostile@acme-fasteners.example>\r\n"
        "MIME-Version: 1.0\r\n"
        f"Content-Type: {ctype}\r\n"
    )


def _plain(subject: str, body: str) -> bytes:
    return (
        _headers(subject, "text/plain; charset=utf-8")
        + "Content-Transfer-Encoding: 8bit\r\n\r\n"
        + body
    ).encode("utf-8")


def _html(subject: str, html: str) -> bytes:
    return (
        _headers(subject, "text/html; charset=utf-8")
        + "Content-Transfer-Encoding: 8bit\r\n\r\n"
        + html
    ).encode("utf-8")


def _with_attachment(subject: str, body: str, filename: str, data: bytes) -> bytes:
    boundary = "hostile-boundary-1"
    head = _headers(subject, f'multipart/mixed; boundary="{boundary}"')
    parts = (
        f"\r\n--{boundary}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
        f"--{boundary}\r\n"
        "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n"
        f'Content-Disposition: attachment; filename="{filename}"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n"
        + encodebytes(data).decode("ascii")
        + f"\r\n--{boundary}--\r\n"
    )
    return (head + parts).encode("utf-8")


# ------------------------------------------------------------------ xlsx by hand

_CT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WB = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WB_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _xlsx(sheet_xml: str, shared_xml: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        z.writestr(
            "xl/sharedStrings.xml",
            shared_xml or f'<?xml version="1.0"?><sst {_NS} count="0" uniqueCount="0"></sst>',
        )
    return buf.getvalue()


def _sheet(rows_xml: str, dimension: str = "A1:B2") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}>'
        f'<dimension ref="{dimension}"/><sheetData>{rows_xml}</sheetData></worksheet>'
    )


# ----------------------------------------------------------------------- families

_BODY = f"Hello,\r\nplease see the attached sheet for PO {PO}.\r\n"


def po_spaces() -> bytes:
    """ "PO" followed by 10,000 spaces: the order-number pattern backtracked cubically."""
    return _plain(f"PO {PO}", "PO" + " " * 10_000 + "1\r\n")


def unclosed_cells() -> bytes:
    """57 kB of unclosed <td>: html.parser nests each cell in the previous one."""
    return _html(f"PO {PO}", "<html><body><table><tr>" + "<td>7" * 14_000 + "</body></html>")


def nested_tables() -> bytes:
    """72 kB of tables nested in cells."""
    return _html(f"PO {PO}", "<html><body>" + "<table><tr><td>1" * 4_000 + "</body></html>")


def digit_run() -> bytes:
    """One run of 20,000 digits."""
    return _plain(f"PO {PO}", f"Confirmed PO {PO}.\r\n" + "9" * 20_000 + "\r\n")


def xlsx_dimensions() -> bytes:
    """A 7 kB workbook whose sheet claims (and uses) the last row and column."""
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>PO</t></is></c></row>'
        '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    )
    data = _xlsx(_sheet(rows, "A1:XFD1048576"))
    return _with_attachment(f"PO {PO}", _BODY, "confirmation.xlsx", data)


def xlsx_shared_strings_bomb() -> bytes:
    """About 700 kB of compressed shared strings that expand to hundreds of MB."""
    count = 2_000_000
    one = "<si><t>" + "A" * 60 + "</t></si>"
    shared = f'<?xml version="1.0"?><sst {_NS} count="{count}" uniqueCount="{count}">'
    shared += one * count + "</sst>"
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    data = _xlsx(_sheet(rows), shared)
    return _with_attachment(f"PO {PO}", _BODY, "confirmation.xlsx", data)


def xlsx_huge_cell() -> bytes:
    """One inline-string cell of 200 million characters (a small zip)."""
    cell = "A" * 200_000_000
    rows = f'<row r="1"><c r="A1" t="inlineStr"><is><t>{cell}</t></is></c></row>'
    data = _xlsx(_sheet(rows))
    return _with_attachment(f"PO {PO}", _BODY, "confirmation.xlsx", data)


def many_tags() -> bytes:
    """8 MB of HTML tags."""
    return _html(f"PO {PO}", "<html><body>" + "<b><i>" * 1_400_000 + "x</body></html>")


def many_numbers() -> bytes:
    """1.8 MB of numbers."""
    line = " ".join(str(1000 + i % 9000) for i in range(20)) + "\r\n"
    return _plain(f"PO {PO}", f"PO {PO} confirmed.\r\n" + line * (1_800_000 // len(line)))


def many_dates() -> bytes:
    """870 kB of dates in every form the reader knows."""
    chunk = "12/01/2026 01.12.2026 Dec 1 1st December KW 49 2026-12-01 next Monday\r\n"
    return _plain(f"PO {PO}", f"PO {PO}: delivery\r\n" + chunk * (870_000 // len(chunk)))


def long_quoted_line() -> bytes:
    """A 770 kB reply whose quoted history holds one 700,000-character line."""
    quoted = "> " + ("qty 2000 pcs on 12/01/2026 at $0.34 " * 20_000)[:700_000]
    filler = "".join(f"> line {i} of our request, 12/01/2026, 2000 pcs\r\n" for i in range(1500))
    body = (
        f"We confirm PO {PO} as ordered.\r\n\r\n"
        "On Tue, 3 Nov 2026 at 14:14, Buyer <buyer@kestrel-motion.example> wrote:\r\n"
        + filler
        + quoted
        + "\r\n"
    )
    return _plain(f"RE: PO {PO}", body)


def xlsx_many_shared_strings() -> bytes:
    """Shared strings under the byte cap but declaring a million entries."""
    count = 1_000_000
    shared = f'<?xml version="1.0"?><sst {_NS} count="{count}" uniqueCount="{count}">'
    shared += "<si><t>a</t></si>" * 300_000 + "</sst>"
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    data = _xlsx(_sheet(rows), shared)
    return _with_attachment(f"PO {PO}", _BODY, "confirmation.xlsx", data)


def xlsx_long_cell_under_caps() -> bytes:
    """One shared string of 6 million characters: under the byte caps, over the cell cap."""
    shared = f'<?xml version="1.0"?><sst {_NS} count="1" uniqueCount="1">'
    shared += "<si><t>" + "PO 12/01/2026 " * 430_000 + "</t></si></sst>"
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    data = _xlsx(_sheet(rows), shared)
    return _with_attachment(f"PO {PO}", _BODY, "confirmation.xlsx", data)


def unclosed_comments() -> bytes:
    """100,000 HTML comments that never close."""
    return _html(f"PO {PO}", f"<html><body><p>PO {PO}</p>" + "<!--" * 100_000)


def signoff_lines() -> bytes:
    """A sign-off on each of 30,000 lines."""
    return _plain(f"PO {PO}", f"PO {PO}\r\n" + "Thanks\r\n" * 30_000)


def attribution_lines() -> bytes:
    """10,000 lines that look like the start of an attribution ("On 1 … wrote")."""
    line = "On 12 2026 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 wrote more\r\n"
    return _plain(f"PO {PO}", f"PO {PO} confirmed\r\n" + line * 10_000)


FAMILIES: dict[str, Callable[[], bytes]] = {
    "xlsx_many_shared_strings": xlsx_many_shared_strings,
    "xlsx_long_cell_under_caps": xlsx_long_cell_under_caps,
    "unclosed_comments": unclosed_comments,
    "signoff_lines": signoff_lines,
    "attribution_lines": attribution_lines,
    "po_spaces": po_spaces,
    "unclosed_cells": unclosed_cells,
    "nested_tables": nested_tables,
    "digit_run": digit_run,
    "xlsx_dimensions": xlsx_dimensions,
    "xlsx_shared_strings_bomb": xlsx_shared_strings_bomb,
    "xlsx_huge_cell": xlsx_huge_cell,
    "many_tags": many_tags,
    "many_numbers": many_numbers,
    "many_dates": many_dates,
    "long_quoted_line": long_quoted_line,
}
