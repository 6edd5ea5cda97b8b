"""A line's total beside its unit price is no second price: an amount that is exactly the
line's count times the unit price the same words give is read as the line's total (DH 058's
"@ R6,90 = R3 450,00", DB 035's "@ ₹14.50 – कुल ₹72,500.00" went to a person for "several
prices"). An amount that is not that product still goes to a person."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

_LINES = [
    ("CAST-7781", "Gearbox housing, ductile iron", 40, "EA", "312.50", "2026-12-15"),
    ("CAST-7782", "Gearbox cover, ductile iron", 100, "EA", "12.10", "2026-12-15"),
    ("CAST-7790", "Mounting foot, grey iron", 60, "EA", "8.40", "2026-12-15"),
]


def _za(body: str):
    return read(body, [make_po(locale="en-ZA", currency="ZAR", lines=_LINES)])


def test_unit_price_then_the_line_total_after_an_equals_sign() -> None:
    res = _za(
        "Hi Dana, confirmed as follows:\n\n"
        "Line 1 - 40 x housings @ R312,50 = R12 500,00\n"
        "Line 2 - 100 x covers @ R12,60 = R1 260,00\n"
        "Line 3 - 60 x feet @ R8,40 = R504,00\n\n"
        "Delivery on 15 December.\n"
    )
    assert res.kind == "confirmation", res.review_reasons
    got = {n: (ln.status, ln.unit_price) for n, ln in lines_of(res).items()}
    assert got == {
        1: ("accepted", Decimal("312.50")),
        2: ("changed", Decimal("12.60")),
        3: ("accepted", Decimal("8.40")),
    }


def test_a_total_in_a_clause_of_its_own_after_a_dash() -> None:
    res = read(
        "नमस्ते Dana जी,\n\nहम निम्नानुसार पुष्टि करते हैं:\n\n"
        "1. Gearbox housing – 40 नग @ ₹312.50 – कुल ₹12,500.00 – डिलीवरी 15/12/2026\n"
        "2. Gearbox cover – 100 नग @ ₹12.60 – कुल ₹1,260.00 – डिलीवरी 15/12/2026\n"
        "3. Mounting foot – 60 नग @ ₹8.40 – कुल ₹504.00 – डिलीवरी 15/12/2026\n",
        [make_po(locale="hi-IN", currency="INR", lines=_LINES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].unit_price == Decimal("12.60")
    assert lines_of(res)[1].unit_price == Decimal("312.50")


def test_a_second_amount_that_is_not_the_lines_total_still_goes_to_a_person() -> None:
    # 100 x 12.60 is 1 260,00, not 1 300,00: two prices, and no telling which holds
    res = _za(
        "Hi Dana, confirmed as follows:\n\n"
        "Line 1 - 40 x housings @ R312,50 = R12 500,00\n"
        "Line 2 - 100 x covers @ R12,60 = R1 300,00\n"
        "Line 3 - 60 x feet @ R8,40 = R504,00\n\n"
        "Delivery on 15 December.\n"
    )
    assert res.kind == "needs_review"
    assert any("line 2" in r for r in res.review_reasons), res.review_reasons
