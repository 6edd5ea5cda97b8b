"""A split delivery whose first part restates its count in another unit in brackets ("12 t
(20 BB) in KW 10 und die restlichen 12 t in KW 12") is two parts of 12 t: the bracketed count
is no part, "BB" (big bags) is no best-before date, and "restlichen" is a rest. Every
phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

from agent.reading.phrases import shelf_life_before
from tests.test_extract import lines_of, make_po, read

FERTILISER = [
    ("KAS-27", "Calcium ammonium nitrate 27 N, big bags", 24, "T", "318.00", "2026-12-18"),
    ("UREA-46", "Urea 46 N granular, big bags", 10, "T", "455.00", "2026-12-18"),
]


def test_a_count_restated_in_brackets_is_no_part_of_the_split() -> None:
    body = (
        "Hallo Frau Ruiz,\n\nzu Ihrer Bestellung 4500012345:\n\n"
        "Pos. 1: wir liefern in zwei Partien - 12 t (20 BB) in KW 51 und die restlichen 12 t "
        "in KW 53. Preis bleibt.\nPos. 2: 10 t wie bestellt in KW 51.\n\nGruß"
    )
    res = read(body, [make_po(locale="de-DE", lines=FERTILISER)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)[1]
    assert got.quantity == 24
    assert [(p.quantity, p.date) for p in got.schedule] == [
        (12, date(2026, 12, 18)),
        (12, date(2027, 1, 1)),
    ]


def test_best_before_abbreviations_name_only_the_date_right_after_them() -> None:
    assert shelf_life_before("Lot 2701, BB: ", len("Lot 2701, BB: "))
    assert not shelf_life_before("12 t (20 BB) in ", len("12 t (20 BB) in "))
