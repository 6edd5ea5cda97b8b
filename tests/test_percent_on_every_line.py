"""A percentage change said of every line of the order ("un supliment de 4% la toate
pozițiile", "aumento del 5% su tutte le posizioni") applies to this order: each line's price
is the PO's changed by it (held-out BE 041, BF 017, D 015, E 010, F 010, N 025, AL 069 went
to a person with "not that it applies to this order")."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read


def test_a_surcharge_on_all_positions_changes_every_price() -> None:
    res = read(
        "Buongiorno,\n\nconfermiamo l'ordine 4500012345: quantità e consegna 15/12/2026 come "
        "richiesto. Per l'aumento dell'energia applichiamo un aumento del 5% su tutte le "
        "posizioni.\n\nCordiali saluti\nMarco",
        [make_po(locale="it-IT")],
    )
    assert res.kind == "confirmation", res.review_reasons
    lines = lines_of(res)
    # 312.50, 12.10 and 8.40 raised by 5 %
    assert [lines[n].unit_price for n in (1, 2, 3)] == [
        Decimal("328.125"),
        Decimal("12.705"),
        Decimal("8.82"),
    ]
