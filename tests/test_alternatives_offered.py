"""Two offers joined by "or" ("1) 800 vests in yellow by 11 Dec., or / 2) the full quantity in
orange by 22 Dec.") are a choice for the buyer, not a confirmation of either: the numbered
options are no line numbers (held-out BE 044, a false confirmation on first sight). A clause
that ends with "or", in any lexicon language, sends the reply to a person."""

from __future__ import annotations

import pytest

from tests.test_extract import make_po, read

VESTS = [
    ("RV-OR-M", "Hi-vis vest class 2, orange, M", 400, "PCS", "2.90", "2026-12-11"),
    ("RV-OR-L", "Hi-vis vest class 2, orange, L", 400, "PCS", "2.90", "2026-12-11"),
]

REPLIES = {
    "en-GB": "Hello Tobias,\n\nthank you for PO 4500012345. We confirm as follows:\n"
    "1) 800 vests in yellow, delivery 11/12/2026, same price, or\n"
    "2) the full quantity in orange, delivery 22/12/2026.\n\nKind regards\nMia",
    "pl-PL": "Dzień dobry,\n\npotwierdzamy zamówienie 4500012345:\n"
    "1) 800 szt. w kolorze żółtym, dostawa 11.12.2026, ta sama cena, lub\n"
    "2) całą ilość w kolorze pomarańczowym, dostawa 22.12.2026.\n\nPozdrawiam\nEwa",
}


@pytest.mark.parametrize("locale", sorted(REPLIES))
def test_numbered_alternatives_joined_by_or_confirm_nothing(locale: str) -> None:
    res = read(REPLIES[locale], [make_po(locale=locale, lines=VESTS)])
    assert res.kind == "needs_review", [
        (ln.line, ln.status, ln.quantity, ln.date) for c in res.confirmations for ln in c.lines
    ]
