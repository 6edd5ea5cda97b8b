"""A day followed by its calendar week ("Montag, 14. Dezember (KW 51)") is that day, and the
week no later date; certificates that "follow with the goods" hold no line; a best-before date
in French or Spanish ("meilleur avant", "consumir antes del") is no delivery date. Every
phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read


def test_a_day_with_its_calendar_week_in_brackets_is_that_day() -> None:
    body = (
        "Sehr geehrte Frau Ruiz,\n\nwir bestätigen alle drei Positionen zu den genannten Preisen, "
        "Anlieferung wie gewünscht am Dienstag, 15. Dezember (KW 51).\n\nFreundliche Grüße"
    )
    res = read(body, [make_po(locale="de-AT")])
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


def test_papers_to_follow_and_best_before_dates_leave_the_confirmation_alone() -> None:
    body = (
        "Bonjour Dana,\n\nTout est confirmé aux prix de la commande 4500012345.\n"
        "Date de livraison prévue : 2026-12-18.\n"
        "Lot L2611-04 (meilleur avant 2028-05-31).\n"
        "Les certificats matière suivront avec la marchandise.\n\nCordialement"
    )
    res = read(body, [make_po(locale="fr-CA")])
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 18)}


def test_a_spanish_best_before_date_is_no_delivery_date() -> None:
    body = (
        "Hola Dana,\n\nconfirmamos el pedido 4500012345 tal cual, entrega el 15/12/2026.\n"
        "Lote 2611-B, consumir antes del 30/06/2028.\n\nSaludos"
    )
    res = read(body, [make_po(locale="es-ES")])
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.status for ln in lines_of(res).values()} == {"accepted"}
