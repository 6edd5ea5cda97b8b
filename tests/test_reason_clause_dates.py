"""Two ways a date was misread next to a whole-order delivery date (batch AZ 007, "Toimitus:
viikko 50 (kaikki rivit samassa lähetyksessä). Valitettavasti 4.12. ei onnistu, koska
pumppujen moottorit saapuvat meille vasta viikolla 49."):

- a bracketed aside after a labelled date ("(all lines in one shipment)") does not make the
  delivery date a ship date;
- a date in a clause of reasons ("because our motors only reach us in week 50") is the
  reason's, never the delivery's.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.test_extract import lines_of, make_po, read

WHEN = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_an_aside_about_the_shipment_keeps_a_delivery_date_a_delivery_date() -> None:
    res = read(
        "Hi Dana,\n\nWe confirm PO 4500012345 at your prices and quantities.\n\n"
        "Delivery: 18/12/2026 (all three lines in one shipment).\n\nBest regards",
        [make_po()],
        when=WHEN,
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert {ln.date for ln in got.values()} == {date(2026, 12, 18)}
    assert {ln.date_kind for ln in got.values()} == {"delivery"}


def test_a_date_in_a_clause_of_reasons_is_not_the_delivery() -> None:
    res = read(
        "Hallo Dana,\n\nwir bestätigen Ihre Bestellung 4500012345 zu Ihren Preisen und Mengen.\n"
        "Liefertermin: KW 51.\nDer 15.12. klappt leider nicht, weil die Gussteile erst in KW 50 "
        "bei uns eintreffen.\n\nGruß",
        [make_po(locale="de-DE")],
        when=WHEN,
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 18)}
