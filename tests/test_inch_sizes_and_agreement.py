"""Lines that differ only by an inch size are named by the size alone, in any language
("codo 3/4\""); and prices offered under a refusal with a question asking for our agreement,
in any lexicon language (the lines named by their numbers), are a proposal for a person, never a confirmation. Every phrasing is
written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.test_extract import lines_of, make_po, read

ELBOWS = [
    ("FIT-E12", 'Elbow 90° 1/2" brass, female', 500, "EA", "1.80", "2026-12-15"),
    ("FIT-E34", 'Elbow 90° 3/4" brass, female', 300, "EA", "2.40", "2026-12-15"),
    ("FIT-E1", 'Elbow 90° 1" brass, female', 200, "EA", "3.90", "2026-12-15"),
]


def test_lines_named_by_their_inch_size_alone() -> None:
    res = read(
        "Hola Dana,\n\nConfirmamos el pedido 4500012345:\n\n"
        '- codo 1/2": 500 uds a 1,80 EUR, entrega 15/12\n'
        '- codo 3/4": 300 uds a 2,40 EUR, entrega 22/12\n'
        '- codo 1": lo confirmaremos la semana que viene\n\nSaludos',
        [make_po(lines=ELBOWS, locale="es-ES")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[1].date == date(2026, 12, 15)
    assert got[2].status == "changed" and got[2].date == date(2026, 12, 22)
    assert got[2].unit_price == Decimal("2.40")
    assert got[3].status == "unconfirmed"


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Bună ziua,\n\nDin păcate nu putem livra comanda 4500012345 la prețurile din "
            "comandă. Prețurile actuale:\nPoziția 1: 2,10 EUR/buc\nPoziția 2: 2,75 EUR/buc\n"
            "Poziția 3: 4,20 EUR/buc\n\nVă rugăm să ne spuneți dacă sunteți de acord.\n\n"
            "Cu stimă",
            "ro-RO",
        ),
        (
            "Dzień dobry,\n\nniestety nie możemy zrealizować zamówienia 4500012345 w cenach z "
            "zamówienia. Aktualne ceny:\npoz. 1: 2,10 EUR/szt.\npoz. 2: 2,75 "
            "EUR/szt.\npoz. 3: 4,20 EUR/szt.\n\nProsimy o informację, czy wyrażają "
            "Państwo zgodę.\n\nPozdrawiam",
            "pl-PL",
        ),
    ],
)
def test_prices_offered_under_a_refusal_for_our_agreement_go_to_a_person(
    body: str, locale: str
) -> None:
    res = read(body, [make_po(lines=ELBOWS, locale=locale)])
    assert res.kind == "needs_review"
    assert not any(
        ln.status in ("accepted", "changed") for c in res.confirmations for ln in c.lines
    )
