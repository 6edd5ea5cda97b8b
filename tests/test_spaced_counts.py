"""A count written with spaced thousands ("80 000") whose first group is also a number of
the goods' name ("gobelet 80 ml") is the count, not the name. Written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.test_extract import lines_of, make_po, read

CUPS = [
    ("CUP-80", "Paper cup 80 ml, white", 80000, "EA", "0.021", "2026-12-04"),
    ("LID-80", "Lid for cup 80 ml", 20000, "EA", "0.009", "2026-12-04"),
]


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        (
            "fr-FR",
            "Bonjour,\nnous confirmons :\n- gobelets 80 ml : 80 000 pièces, 21,00 € le mille ;\n"
            "- couvercles 80 ml : 20 000 pièces, 9,00 € le mille.\nLivraison le 04/12.",
        ),
        (
            "sv-SE",
            "Hej!\nVi bekräftar:\n1. Pappersmugg 80 ml: 80 000 st, 21,00 EUR/1000 st\n"
            "2. Lock 80 ml: 20 000 st, 9,00 EUR/1000 st\nLeverans 04.12.",
        ),
    ],
)
def test_a_spaced_count_is_read_whole_beside_the_same_number_in_the_name(
    locale: str, body: str
) -> None:
    res = read(body, [make_po(locale=locale, currency="EUR", lines=CUPS)])
    assert res.kind == "confirmation", res.review_reasons
    lines = lines_of(res)
    assert (lines[1].quantity, lines[1].unit_price) == (80000, Decimal("0.021"))
    assert lines[2].date == date(2026, 12, 4)
