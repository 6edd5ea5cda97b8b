"""A reference to a price list that states the amount right after it ("al prezzo di listino
di € 325,00") gives the supplier's own value; a bare reference ("al prezzo di listino") still
sends the reply to a person. Every phrasing is written for these tests."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

LINES = [("CAST-7781", "Corpo riduttore, ghisa sferoidale", 40, "EA", "312.50", "2026-12-15")]


def _read(body: str):
    return read(body, [make_po(locale="it-IT", lines=LINES)])


def test_a_list_price_stated_after_its_reference_is_read() -> None:
    res = _read(
        "Buongiorno,\n\nconfermiamo l'ordine 4500012345: 40 pezzi, consegna il 15/12, al "
        "prezzo di listino di € 325,00 al pezzo.\n\nSaluti"
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].unit_price == Decimal("325.00")


def test_a_bare_list_price_reference_goes_to_a_person() -> None:
    res = _read(
        "Buongiorno,\n\nconfermiamo l'ordine 4500012345: 40 pezzi, consegna il 15/12, al "
        "prezzo di listino.\n\nSaluti"
    )
    assert res.kind == "needs_review"
    assert any("prezzo di listino" in r for r in res.review_reasons)
