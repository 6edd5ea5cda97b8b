"""Fields said to be "as per PO" speak for those fields only: "prices and quantities as per
PO 4500012345" leaves the date unsaid, so the reply is not a confirmation of the dates. The
whole order "as per PO" still is. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_extract import lines_of, make_po, read


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hi Dana,\n\nprices and quantities as per PO 4500012345.\n\nSam", "en-GB"),
        ("Hallo Frau Ruiz,\n\nPreise und Mengen laut Bestellung.\n\nGruß\nSam", "de-DE"),
        ("Hola Dana,\n\nprecios y cantidades según pedido.\n\nSaludos", "es-ES"),
        ("Hola Dana,\n\nprecios y cantidades de acuerdo con el pedido.\n\nSaludos", "es-ES"),
    ],
)
def test_fields_as_per_the_order_leave_the_date_unsaid(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "needs_review"
    assert any("nothing said about the date" in r for r in res.review_reasons), res.review_reasons


def test_a_romance_of_is_no_hungarian_but() -> None:
    """Spanish "de acuerdo" is not "de" (but): the reason names the unsaid date, not a
    "but" that was never written."""
    body = "Hola Dana,\n\nprecios y cantidades de acuerdo con el pedido.\n\nSaludos"
    res = read(body, [make_po(locale="es-ES")])
    assert not any("but not the date" in r for r in res.review_reasons), res.review_reasons


def test_the_whole_order_as_per_po_is_still_confirmed() -> None:
    res = read("Hi Dana,\n\nOrder 4500012345 confirmed as per PO.\n\nSam")
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


def test_fields_as_per_po_with_a_date_stated_are_confirmed() -> None:
    body = (
        "Hi Dana,\n\nthanks for the order. Confirmed all 3 lines: quantities 40/100/60 pcs, "
        "prices according to PO, delivery 15.12.2026.\n\nSam"
    )
    res = read(body)
    assert res.kind == "confirmation", res.review_reasons
    assert [ln.status for ln in lines_of(res).values()] == ["accepted"] * 3


def test_a_lead_time_said_to_be_ok_is_no_date_change() -> None:
    """ "délai OK" approves the date; a new price in the same sentence changes the price only."""
    body = (
        "Bonjour Dana,\n\nCommande 4500012345 : lignes 1 et 2 confirmées.\n"
        "Ligne 3 : prix 8,90 €, délai OK.\n\nCordialement"
    )
    res = read(body, [make_po(locale="fr-FR")])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[3].status == "changed" and str(got[3].unit_price) == "8.90"
    assert got[3].date == date(2026, 12, 15)
