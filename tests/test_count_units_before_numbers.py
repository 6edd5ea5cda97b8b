"""A count's abbreviated unit ("400 gab.", "300 szt.") followed by a number ("5. nedēļā",
"12.03.2027") ends no sentence: the parts of a split delivery stay in one sentence, each count
with its date. The phrasing is written for this test."""

from __future__ import annotations

from datetime import date

from agent.reading.extract import _split_sentences
from tests.test_extract import lines_of, make_po, read


def test_an_abbreviated_count_unit_before_a_date_ends_no_sentence() -> None:
    text = "Dostawa w częściach: 300 szt. 12.03.2027, 200 szt. 26.03.2027."
    assert _split_sentences(text) == [text]
    # a word that is no unit still ends its sentence before a number
    assert len(_split_sentences("Dostawa bez zmian. 12.03.2027 wysyłamy.")) == 2


def test_a_split_in_three_parts_with_abbreviated_units() -> None:
    sleepers = [("PAL-EUR", "Paleta EUR 1200x800", 900, "EA", "48.00", "2027-03-26")]
    res = read(
        "Dzień dobry,\n\npotwierdzamy zamówienie 4500012345 w cenie 48,00 EUR. Dostawa w "
        "częściach: 300 szt. 12.03.2027, 300 szt. 19.03.2027 i 300 szt. 26.03.2027.\n\n"
        "Pozdrawiamy",
        [make_po(locale="pl-PL", lines=sleepers)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)[1]
    assert [(s.quantity, s.date) for s in got.schedule] == [
        (300, date(2027, 3, 12)),
        (300, date(2027, 3, 19)),
        (300, date(2027, 3, 26)),
    ]
