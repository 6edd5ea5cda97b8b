"""A count set against the ordered one ("12 dz instead of the 150") is read in the unit it
is written in: dozens of the PO's pieces are twelve pieces each, and the guard checks the
count read against the supplier's dozens (BM 010 was sent to a person; without the article,
"12 dz instead of 150" was read as 12 pieces)."""

from __future__ import annotations

import pytest

from tests.test_extract import lines_of, make_po, read


@pytest.mark.parametrize("against", ["instead of the 100", "instead of 100"])
def test_dozens_instead_of_the_ordered_pieces(against: str) -> None:
    res = read(
        f"Hi Dana,\n\nPO 4500012345: covers are packed by the dozen, so on line 2 we can do "
        f"8 dz {against}, price unchanged, delivery 15/12/2026. Lines 1 and 3 as ordered."
        "\n\nBest\nKyle",
        [make_po(locale="en-GB")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].quantity == 96 and got[2].status == "changed"
