"""A promise to confirm by a day ("we will confirm by Thursday", "bestätigen bis spätestens
Donnerstag", "bevestigen uiterlijk donderdag", "legkésőbb csütörtökig visszaigazoljuk") is no
confirmation, and the day is no delivery date; "we confirm delivery by Thursday" still gives
one. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_extract import lines_of, make_po, read


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Danke, die Bestellung ist da. Den Termin stimmen wir noch mit dem Werk ab und "
            "bestätigen Ihnen bis spätestens Donnerstag.",
            "de-DE",
        ),
        (
            "Bedankt voor de order. We stemmen de levertijd nog af met de fabriek en "
            "bevestigen uiterlijk donderdag.",
            "nl-NL",
        ),
        ("Tak for ordren. Vi bekræfter senest torsdag, når værket har svaret.", "da-DK"),
        ("Tack för ordern! Vi bekräftar senast torsdag efter avstämning med fabriken.", "sv-SE"),
        (
            "Obrigado pela encomenda. Confirmamos até quinta-feira, após falar com a fábrica.",
            "pt-PT",
        ),
        ("Köszönjük a rendelést, legkésőbb csütörtökig visszaigazoljuk.", "hu-HU"),
        ("Thanks for the order - we'll confirm by Thursday once the mill replies.", "en-GB"),
    ],
)
def test_a_promise_to_confirm_by_a_day_confirms_nothing(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "needs_review", [
        (ln.line, ln.status, ln.date) for c in res.confirmations for ln in c.lines
    ]
    assert not any(
        ln.status in ("accepted", "changed") for c in res.confirmations for ln in c.lines
    )


def test_a_delivery_confirmed_by_a_day_still_dates_the_lines() -> None:
    res = read("Hi Dana,\n\nwe confirm delivery of PO 4500012345 by Friday 18 Dec 2026.\n\nSam")
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 18)}
