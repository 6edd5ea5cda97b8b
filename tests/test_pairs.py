"""A count of pairs ("20 paires", "30 Paare", "15 pares") is a count of a PO line counted in
pairs (PR), and no count of one counted in pieces."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agent.reading.units import in_po_units, same_unit


@pytest.mark.parametrize("word", ["paires", "Paare", "pares", "pairs", "paia", "pary"])
def test_pairs_are_the_unit_of_a_po_in_pairs(word: str) -> None:
    assert same_unit(word, "PR")
    assert in_po_units(Decimal(20), word, "PR", []) == 20
    assert not same_unit(word, "EA")
