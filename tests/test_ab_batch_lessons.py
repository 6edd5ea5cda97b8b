"""What batch AB's first score taught, each in a phrasing written for these tests: the part
of a month in Portuguese, Italian, Dutch, Polish and the Nordic languages is vague, a
Lithuanian line label without the dot before a bracket, a confirmed count of packs the PO's
unit cannot be matched to, and the sender's own earlier answer quoted below a follow-up."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.test_extract import make_po, read

SYRUP = [
    ("SYR-COLA", "Cola syrup concentrate, IBC 1000 l", 6, "IBC", "1840.00", "2027-01-15"),
    ("SYR-LEM", "Lemon syrup concentrate, 25 l drum", 40, "DR", "96.50", "2027-01-15"),
]


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        (
            "pt-PT",
            "Bom dia,\n\nEncomenda 4500012345: linha 2 confirmada. Linha 1: quantidade e preço "
            "confirmados, mas a entrega só será possível em finais de janeiro.\n\nCumprimentos",
        ),
        (
            "it-IT",
            "Buongiorno,\n\nordine 4500012345: riga 2 confermata. Riga 1: quantità e prezzo "
            "confermati, consegna possibile solo a fine gennaio.\n\nSaluti",
        ),
        (
            "nl-NL",
            "Beste,\n\nOrder 4500012345: regel 2 akkoord. Regel 1: aantal en prijs akkoord, "
            "levering pas eind januari mogelijk.\n\nGroet",
        ),
        (
            "pl-PL",
            "Dzień dobry,\n\nZamówienie 4500012345: pozycja 2 potwierdzona. Pozycja 1: ilość i "
            "cena potwierdzone, dostawa możliwa dopiero koniec stycznia.\n\nPozdrawiam",
        ),
    ],
)
def test_the_part_of_a_month_is_no_date(locale: str, body: str) -> None:
    res = read(body, [make_po(locale=locale, currency="EUR", lines=SYRUP)])
    assert res.kind == "needs_review"
    assert any("not a date" in r for r in res.review_reasons), res.review_reasons


def test_a_lithuanian_line_label_before_a_bracket_and_a_confirmed_count_of_packs() -> None:
    lines = [
        ("PAP-A4", "Copy paper A4 80 g/m2, ream of 500 sheets", 1100, "RM", "3.05", "2026-12-09"),
        ("PAP-A3", "Copy paper A3 80 g/m2, ream of 500 sheets", 200, "RM", "6.20", "2026-12-09"),
    ]
    body = (
        "Laba diena,\n\ndėkojame už užsakymą Nr. 4500012345.\n"
        "1 eilutė (A4 80 g/m2): tiekiame tik pilnais padėklais, todėl patvirtiname 1000 pakų. "
        "Kaina 3,05 EUR/pakas.\n2 eilutė (A3 80 g/m2): 200 pakų, 6,20 EUR/pakas - kaip "
        "užsakyta.\nPristatymas 2026-12-09.\n\nPagarbiai"
    )
    res = read(body, [make_po(locale="lt-LT", currency="EUR", lines=lines)])
    assert res.kind == "needs_review"
    assert any("pakų" in r for r in res.review_reasons), res.review_reasons


def test_the_senders_earlier_answer_quoted_below_a_follow_up_goes_to_a_person() -> None:
    lines = [
        ("SF-COD", "Cod loins skinless, IQF, 5 kg carton", 200, "CT", "92.00", "2026-12-09"),
        ("SF-SHR", "Northern prawns cooked, 3 kg carton", 150, "CT", "48.00", "2026-12-09"),
    ]
    body = (
        "Hi again,\n\nthe cold store came back: the prawns (line 2) we can deliver 9 December as "
        "well, price unchanged.\n\nIngrid\n\n"
        "From: Ingrid Solberg <sam.jones@acme-castings.example>\n"
        "Sent: Thursday, 26 November 2026 10:05\nTo: Dana Ruiz <dana.ruiz@buyer.example>\n"
        "Subject: RE: Purchase order 4500012345\n\n"
        "Hi Dana,\n\nLine 1 (cod loins) is confirmed as ordered, delivery 9 December. Line 2 I "
        "must check with the cold store, I will come back to you.\n\nIngrid\n"
    )
    res = read(
        body,
        [make_po(locale="en-GB", currency="EUR", lines=lines)],
        quote=False,
        when=datetime(2026, 11, 26, 11, 0, tzinfo=UTC),
    )
    assert res.kind == "needs_review"
    assert any("earlier mail" in r for r in res.review_reasons), res.review_reasons
