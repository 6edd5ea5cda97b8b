"""A size from the PO's description written in brackets or before a comma ("strings (4/4,
medium)" of "Cello A string 4/4, medium tension") is the goods' size, masked before dates are
read, as it already was beside a word of the description (held-out BE 004 read 4 April)."""

from __future__ import annotations

from agent.reading.extract import _description_numbers


def test_a_bracketed_size_of_the_description_is_masked() -> None:
    rx = _description_numbers(("Cello A string 4/4, medium tension, steel core",))
    assert rx is not None
    assert rx.search("The A and D strings (4/4, medium) are in stock")
    assert rx.search("strings 4/4, medium tension")
    # another fraction is no size of this description
    assert not rx.search("delivery on 3/4, medium priority")
