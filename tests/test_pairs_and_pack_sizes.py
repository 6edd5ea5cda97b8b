"""A count of pairs ("20 paires", "30 Paare", "15 pares") is a count of a PO line counted in
pairs (PR), and no count of one counted in pieces; a pack's approximate size ("rollen van ± 25
kg", "bags of approx. 25 kg") is its size, not a quantity."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agent.reading.units import in_po_units, pack_sizes, same_unit


@pytest.mark.parametrize("word", ["paires", "Paare", "pares", "pairs", "paia", "pary"])
def test_pairs_are_the_unit_of_a_po_in_pairs(word: str) -> None:
    assert same_unit(word, "PR")
    assert in_po_units(Decimal(20), word, "PR", []) == 20
    assert not same_unit(word, "EA")


@pytest.mark.parametrize(
    ("text", "locale"),
    [("40 rollen van ± 25 kg", "nl-BE"), ("40 bags of approx. 25 kg", "en-GB")],
)
def test_an_approximate_pack_size_is_a_pack_size(text: str, locale: str) -> None:
    (pack,) = pack_sizes(text, "KG", locale)
    assert pack.size == 25 and pack.unit == "kg"
