"""A size run answered as a list, each item led by its size ("39 - 24 pares", "42: discontinued"),
names the PO line of that size; a refusal that names neither a line nor the order is no
refusal of the whole order. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read

BOOTS = [
    (f"WB-OAK-{n}", f"Work boot S3, oak leather, size {n} EU", q, "PR", "44.00", "2027-01-15")
    for n, q in ((40, 20), (41, 30), (42, 30), (43, 20))
]


def test_a_size_run_list_names_each_line_by_its_size() -> None:
    res = read(
        "Hi Dana,\n\norder 4500012345, size run confirmed:\n40 - 20 pairs\n41 - 30 pairs\n"
        "42 - 24 pairs (only enough soles for 24)\n43 - sorry, the last for size 43 broke and "
        "will not be replaced, we cannot make this size\n\nAll at EUR 44.00 per pair, "
        "delivered 15/01/2027.\n\nBest regards",
        [make_po(locale="en-GB", lines=BOOTS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3, 4)] == ["accepted", "accepted", "changed", "rejected"]
    assert got[3].quantity == 24 and got[1].date == date(2027, 1, 15)


def test_an_unplaced_refusal_beside_confirmed_counts_rejects_nothing() -> None:
    # the counts name no line and the refusal names a last, not a line: rejecting every line
    # of the order would be a confident wrong answer
    res = read(
        "Olá Dana,\n\npedido 4500012345 confirmado:\n20 pares\n30 pares\n30 pares\n"
        "Infelizmente a forma 43 foi descontinuada e não vamos conseguir produzir essa "
        "numeração.\nPreço mantido: EUR 44,00 o par, entrega 15/01/2027.\n\nAbraço",
        [make_po(locale="pt-BR", lines=BOOTS)],
    )
    assert res.kind == "needs_review"
    assert any("names no line nor the order" in r for r in res.review_reasons)
