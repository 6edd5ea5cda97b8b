"""Goods "conforme alla norma EN 10204" or a safety data sheet "conforme al Regolamento (CE)"
vouch for nothing about the order ("conforme al vostro ordine" does); a document's own print or
revision date ("Data di stampa: 08.12.2026") is no delivery date. Every phrasing is written for
these tests."""

from __future__ import annotations

from datetime import date

from agent.reading import phrases as P
from tests.test_extract import lines_of, make_po, read


def test_conforming_to_a_standard_is_no_claim_about_the_order() -> None:
    assert not P.STRONG_CLAIM.search("Materiale conforme alla norma EN 10204 3.1")
    assert not P.STRONG_CLAIM.search("Ficha de seguridad conforme al Reglamento (CE) 1907/2006")
    assert P.STRONG_CLAIM.search("tutto conforme al vostro ordine")
    assert P.STRONG_CLAIM.search("Todo conforme.")


def test_a_line_moved_beside_a_standard_and_a_print_date_stays_moved() -> None:
    body = (
        "Buongiorno,\n\nconfermiamo il Vs. ordine 4500012345:\n"
        "- pos. 1: consegna 15.12.\n- pos. 2: consegna 15.12.\n"
        "- pos. 3: consegna il 22.12. (fonderia in manutenzione)\n\n"
        "Prezzi come da ordine. Materiale conforme alla norma EN 10204 3.1.\n"
        "Scheda tecnica allegata, data di stampa: 06.12.2026.\n\nCordiali saluti"
    )
    res = read(body, [make_po(locale="it-IT")])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[3].status == "changed" and got[3].date == date(2026, 12, 22)
    assert got[1].status == got[2].status == "accepted"
