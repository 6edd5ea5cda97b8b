"""Dot leaders between a part's count and its date ("300 ks ... 9. 12. 2026") join them on one
line: the three dots end no sentence, so the rows make a schedule (held-out AD 018 went to a
person with "the quantities 900, 300 disagree"). Three dots before a new line still end it."""

from __future__ import annotations

from datetime import date

from agent.reading.extract import _split_sentences
from tests.test_extract import lines_of, make_po, read

BLOCKS = [("BB-P10-320", "Brake block P10 320x80", 600, "EA", "14.20", "2026-12-09")]


def test_rows_with_dot_leaders_are_a_split_delivery() -> None:
    res = read(
        "Dzień dobry,\n\npotwierdzamy zamówienie 4500012345: 600 szt., cena 14,20 EUR/szt. "
        "Dostawa w dwóch częściach:\n   400 szt. ... 09.12.2026\n   200 szt. ... 20.01.2027\n\n"
        "Pozdrawiam\nAnna Wójcik",
        [make_po(locale="pl-PL", lines=BLOCKS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert [(p.quantity, p.date) for p in line.schedule] == [
        (400, date(2026, 12, 9)),
        (200, date(2027, 1, 20)),
    ]


def test_three_dots_at_a_line_s_end_still_end_the_sentence() -> None:
    assert _split_sentences("We will see...\n300 pcs on 9 Dec.") == [
        "We will see...",
        "300 pcs on 9 Dec.",
    ]
    assert _split_sentences("300 pcs ... 9 Dec 2026") == ["300 pcs ... 9 Dec 2026"]
