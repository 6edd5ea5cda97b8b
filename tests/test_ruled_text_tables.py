"""A plain-text acknowledgment table ruled under its header, as ERP systems print them: its
cells are cut where the ruler's columns are, so header words one space apart ("Qty Unit")
and a row's "40 EA" are read as the columns they stand in; a row with no position of its own
is a second delivery of the row above; the ERP's positions 10/20/30 and the count a price
is per ("Per") are no quantities. Every table is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

RULER = "--- --------- --------- ------------------------ --- ---- -------- ---- ----------"


def _row(
    pos: str, ours: str, yours: str, desc: str, qty: str, unit: str, price: str, per: str, when: str
) -> str:
    return (
        f"{pos:>3} {ours:<9} {yours:<9} {desc:<24} {qty:>3} {unit:<4} {price:>8} {per:>4} {when:<10}"
    ).rstrip()


HEADER = "Pos Our part  Your part Description              Qty Unit    Price  Per Delivery"


def _ack(*rows: str, note: str = "") -> str:
    return "\n".join(
        [
            "AUFTRAGSBESTÄTIGUNG 88-40211",
            "Ihre Bestellung: 4500012345",
            "",
            HEADER,
            RULER,
            *rows,
            "Summe netto: EUR 14.230,00",
            "",
            note or "Dies ist eine automatisch erzeugte Nachricht.",
        ]
    )


HOUSING = _row(
    "10", "AC-H-7781", "CAST-7781", "Gearbox housing", "40", "EA", "312,50", "1", "15.12.2026"
)
COVER = _row(
    "20", "AC-C-7782", "CAST-7782", "Gearbox cover", "60", "EA", "1.210,00", "100", "15.12.2026"
)
FOOT = _row("30", "AC-F-7790", "CAST-7790", "Mounting foot", "60", "EA", "8,40", "1", "15.12.2026")


def _second_delivery(qty: str) -> str:
    """A row with no position of its own: a second delivery of the cover's row."""
    return _row("", "", "", "2. Teillieferung", qty, "EA", "", "", "12.01.2027")


def test_a_ruled_table_is_read_column_by_column() -> None:
    body = _ack(HOUSING, COVER, _second_delivery("40"), FOOT)
    res = read(body, [make_po(locale="de-DE")], quote=False)
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[3].status == "accepted"
    cover = got[2]
    assert cover.unit_price == Decimal("12.10")  # 1.210,00 per 100
    assert cover.quantity == 100
    assert [(s.quantity, s.date) for s in cover.schedule] == [
        (60, date(2026, 12, 15)),
        (40, date(2027, 1, 12)),
    ]
    assert cover.date == date(2027, 1, 12)


def test_a_second_delivery_that_does_not_add_up_is_not_confirmed() -> None:
    body = _ack(HOUSING, COVER, _second_delivery("30"), FOOT)
    res = read(body, [make_po(locale="de-DE")], quote=False)
    assert res.kind == "needs_review"
    assert any("line 2" in r for r in res.review_reasons), res.review_reasons


def test_text_under_the_table_is_still_read_as_text() -> None:
    body = _ack(
        HOUSING,
        _row(
            "20",
            "AC-C-7782",
            "CAST-7782",
            "Gearbox cover",
            "100",
            "EA",
            "1.210,00",
            "100",
            "15.12.2026",
        ),
        FOOT,
        note="Achtung: Position 30 kann erst im Januar geliefert werden, Termin folgt.",
    )
    res = read(body, [make_po(locale="de-DE")], quote=False)
    got = {ln.line: ln for c in res.confirmations for ln in c.lines}
    assert res.kind == "needs_review" or got[3].status != "accepted", (res.kind, got)
