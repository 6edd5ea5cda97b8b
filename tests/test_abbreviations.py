"""Both sentence splitters, the reader's and the segments', know the same abbreviations:
a dot after one ends no sentence."""

from __future__ import annotations

import pytest

from agent.reading.extract import _split_sentences
from agent.reading.segments import sentence_spans

KEPT_WHOLE = [
    "Item 4411 Rev. 2 is confirmed for 12/12/2026.",
    "Delivery in KW. 50 as requested, thanks.",
    "Our ref. 88-1202 covers your order.",
    "Approx. 300 pcs ship on 4/12/2026.",
    "Lieferung ca. 300 Stück, Pos. 2 bzw. Pos. 3 folgen.",
    "Fax. 0049 711 2244, Tel. 0049 711 2200.",
]


@pytest.mark.parametrize("text", KEPT_WHOLE)
def test_the_reader_reads_on_after_an_abbreviation(text: str) -> None:
    assert _split_sentences(text) == [text]


@pytest.mark.parametrize("text", KEPT_WHOLE)
def test_the_segments_read_on_after_an_abbreviation(text: str) -> None:
    assert [text[a:b].strip() for a, b in sentence_spans(text)] == [text]


def test_a_full_stop_after_a_word_still_ends_a_sentence() -> None:
    text = "Order confirmed. Delivery on 12/12/2026."
    assert len(_split_sentences(text)) == 2
    assert len(list(sentence_spans(text))) == 2
