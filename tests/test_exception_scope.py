"""An exception names the lines it takes out of a whole-order answer, and what follows it is
said of those lines: "except line 2, which we cannot supply" refuses line 2 and confirms the
others; "Except for line 2 (delivery 15/01/2027), all other items as ordered" dates line 2
and accepts the rest as ordered. CU 059 ("除第3項…外，其餘品項均依訂單") showed it in
Chinese; these are the same shapes in other words."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_extract import lines_of, make_po, read


@pytest.mark.parametrize(
    "text, locale",
    [
        ("We confirm the order except line 2, which we cannot supply.", "en-GB"),
        ("We confirm the order except line 2 which we are unable to supply.", "en-US"),
        ("Wir bestätigen die Bestellung, außer Pos. 2, die wir nicht liefern können.", "de-DE"),
    ],
)
def test_a_refusal_after_except_refuses_the_named_line_and_confirms_the_rest(
    text: str, locale: str
) -> None:
    res = read(f"Hello,\n\n{text}\n\nRegards\nSam", [make_po(locale=locale)])
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "rejected", "accepted"], (
        res.review_reasons
    )


@pytest.mark.parametrize(
    "text, locale",
    [
        ("Except for line 2 (delivery 08/01/2027), all other items as ordered.", "en-GB"),
        ("Apart from line 2, which ships 08/01/2027, everything else as per your PO.", "en-GB"),
        ("Bis auf Pos. 2 (Liefertermin 08.01.2027) alles wie bestellt.", "de-DE"),
    ],
)
def test_an_exception_that_opens_the_sentence_is_the_named_lines_own(
    text: str, locale: str
) -> None:
    res = read(f"Hello,\n\n{text}\n\nRegards\nSam", [make_po(locale=locale)])
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "changed", "accepted"], (
        res.review_reasons
    )
    assert got[2].date == date(2027, 1, 8)
    assert got[1].date == got[3].date == date(2026, 12, 15)


def test_an_exception_with_no_word_of_what_becomes_of_the_line_leaves_it_open() -> None:
    # "except line 2" and nothing about line 2: line 2 is not confirmed, whatever else is
    res = read("Hello,\n\nAll lines confirmed except line 2.\n\nSam", [make_po()])
    for conf in res.confirmations:
        assert all(ln.status != "accepted" for ln in conf.lines if ln.line == 2)
