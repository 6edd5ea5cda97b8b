"""Our quoted table with a column headed for the supplier's answer ("Bestätigung
Lieferant", "Confirmación proveedor", "Confirmation fournisseur"): what the supplier typed in
that column, row by row, is its answer to that row's line, whatever its colour and wherever
the quote's header block ends. Every table is written for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime

from agent.reading.pipeline import read_message
from agent.reading.pos_json import load_pos
from tests.test_extract import BUYER, REQUEST_ID, lines_of, make_po

_CELL = '<td style="border:1px solid #999">{}</td>'


def _mail(header: str, answers: list[str], intro: str) -> bytes:
    rows = [
        ("1", "CAST-7781", "Gearbox housing, ductile iron", "40", "312.50", "2026-12-15"),
        ("2", "CAST-7782", "Gearbox cover, ductile iron", "100", "12.10", "2026-12-15"),
        ("3", "CAST-7790", "Mounting foot, grey iron", "60", "8.40", "2026-12-15"),
    ]
    head = "".join(
        _CELL.format(f"<b>{h}</b>")
        for h in ("Line", "Item", "Description", "Qty", "Price", "Need-by", header)
    )
    body = "".join(
        "<tr>"
        + "".join(_CELL.format(v) for v in row)
        # a dark blue that is no highlight colour
        + f'<td style="color:#1F4E79"><b>{answer}</b></td></tr>'
        for row, answer in zip(rows, answers, strict=True)
    )
    html = (
        f"<html><body><div>{intro}</div><div>Sam</div><hr>"
        "<div><b>From:</b> Dana Ruiz &lt;dana.ruiz@buyer.example&gt;<br>"
        "<b>Sent:</b> Monday, November 2, 2026 9:00<br>"
        "<b>Subject:</b> Purchase order 4500012345 - please confirm</div>"
        "<div>Please confirm our purchase order 4500012345 in the last column.</div>"
        f"<table><tr>{head}</tr>{body}</table><div>Best regards<br>Dana</div></body></html>"
    )
    msg = EmailMessage()
    msg["From"] = "Sam Jones <sam.jones@acme-castings.example>"
    msg["To"] = f"Dana Ruiz <{BUYER}>"
    msg["Subject"] = "RE: Purchase order 4500012345 - please confirm"
    msg["Date"] = format_datetime(datetime(2026, 11, 4, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<reply.1@acme-castings.example>"
    msg["In-Reply-To"] = REQUEST_ID
    msg.set_content(html, subtype="html")
    return bytes(msg)


def test_answers_typed_in_the_suppliers_column_answer_their_rows() -> None:
    raw = _mail(
        "Bestätigung Lieferant",
        ["OK", "OK, Preis 2027: 12,60 €", "Liefertermin 22.12.2026"],
        "Hallo Frau Ruiz, unsere Antworten stehen in Ihrer Tabelle.",
    )
    res = read_message(raw, load_pos([make_po(locale="de-DE")]))
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted"
    assert got[2].unit_price == Decimal("12.60")
    assert got[3].date == date(2026, 12, 22)


def test_a_refusal_in_the_column_rejects_its_row_only() -> None:
    raw = _mail(
        "Confirmación proveedor",
        ["OK", "OK", "Sin stock - anulada"],
        "Hola Dana, te contesto en la tabla.",
    )
    res = read_message(raw, load_pos([make_po(locale="es-ES")]))
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "accepted", "rejected"]


def test_a_column_not_headed_for_the_supplier_is_still_ours() -> None:
    raw = _mail("Remarks", ["OK", "OK", "OK"], "Hello Dana, see below.")
    res = read_message(raw, load_pos([make_po()]))
    assert res.kind == "needs_review"
