"""A deposit for returnable packaging ("statiegeld € 35 per krat", "kaucja 120 zł za paletę",
"ein Pfand von EUR 150 je IBC") is money but no price of the goods; and a long line a mail
client wrapped mid-sentence ("… wir verrechnen ein Pfand von" over "EUR 150,-- je IBC") is
read as one line. Every phrasing is written for these tests."""

from __future__ import annotations

from decimal import Decimal

from agent.reading import lexicon as L
from agent.reading.extract import _logical_lines
from tests.test_extract import lines_of, make_po, read

CRATES = [
    ("KRAT-24", "Flessenkrat 24 x 0,33 l", 200, "EA", "4.80", "2026-12-15"),
    ("KRAT-12", "Flessenkrat 12 x 0,75 l", 100, "EA", "5.60", "2026-12-15"),
]


def test_every_language_names_a_deposit() -> None:
    for lang, tables in L.languages().items():
        assert tables["deposit"], lang


def test_a_deposit_per_crate_is_no_price_of_a_line() -> None:
    res = read(
        "Goedemorgen,\n\nwij bevestigen beide regels van order 4500012345 zoals besteld, "
        "levering 15 december.\nPer krat rekenen wij statiegeld van € 3,50, dat wordt "
        "teruggestort bij retour.\n\nMet vriendelijke groet",
        [make_po(locale="nl-NL", lines=CRATES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].unit_price == Decimal("4.80") and got[2].unit_price == Decimal("5.60")


def test_a_line_wrapped_mid_sentence_is_one_line() -> None:
    para = (
        "Die Gebinde bleiben unser Eigentum, daher berechnen wir zusätzlich ein Pfand von\n"
        "EUR 150,-- je IBC, das bei Rückgabe gutgeschrieben wird."
    )
    assert len(_logical_lines(para)) == 1
    # lines of one shape stay apart
    rows = (
        "Container 1 - arrives 20 January 2027: size M 2,000 boxes, size L 1,500 boxes\n"
        "Container 2 - arrives 17 February 2027: size M 2,000 boxes, size L 1,500 boxes"
    )
    assert len(_logical_lines(rows)) == 2
