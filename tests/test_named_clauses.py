"""One sentence that names two lines, each with its own value, is two statements; a
designation in mixed capitals names its line; Czech "a" joins line numbers."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read

BATTERIES = [
    ("BAT-GEL-200", "Block 12 V 200 Ah GiV gel", 16, "EA", "310.00", "2027-01-15"),
    (
        "BAT-FORK-80",
        "Forklift battery 80 V 620 Ah, 40 cells 5 PzB 620",
        1,
        "EA",
        "6150.00",
        "2027-01-15",
    ),
]


def test_two_goods_with_their_own_dates_in_one_sentence() -> None:
    res = read(
        "Hello, thank you for the order. The GiV units go out for delivery on 15/01/2027 as "
        "asked, the forklift battery only on 29/01/2027 because its cells come late.",
        [make_po(lines=BATTERIES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    lines = lines_of(res)
    assert lines[1].status == "accepted" and lines[1].date == date(2027, 1, 15)
    assert lines[2].status == "changed" and lines[2].date == date(2027, 1, 29)


def test_a_short_designation_in_mixed_capitals_names_its_line() -> None:
    # "PzB" has three letters: as a word it would name nothing; written as the description
    # writes it, it is the battery's type
    res = read(
        "Good morning, both positions confirmed. GiV blocks on 15/01/2027, the PzB unit on "
        "22/01/2027.",
        [make_po(lines=BATTERIES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    lines = lines_of(res)
    assert lines[1].date == date(2027, 1, 15)
    assert lines[2].date == date(2027, 1, 22)


CUTTERS = [
    ("INS-A", "Insert CNMG 120408 (box of 10)", 100, "EA", "8.90", "2026-12-18"),
    ("INS-B", "Insert DCMT 11T304 (box of 10)", 50, "EA", "8.60", "2026-12-18"),
    ("DRL-C", "Carbide drill 6.8 mm", 4, "EA", "61.00", "2026-12-18"),
]


def test_czech_a_joins_two_line_numbers() -> None:
    res = read(
        "Dobrý den,\npotvrzujeme objednávku. Dodání pol. 1 a 3: 18. 12. 2026.\n"
        "Pol. 2 dodáme až 8. 1. 2027. Ceny dle objednávky.",
        [make_po(locale="cs-CZ", lines=CUTTERS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    lines = lines_of(res)
    assert lines[1].date == date(2026, 12, 18) and lines[1].status == "accepted"
    assert lines[3].date == date(2026, 12, 18) and lines[3].status == "accepted"
    assert lines[2].date == date(2027, 1, 8) and lines[2].status == "changed"


def test_spanish_a_is_still_a_range_of_lines() -> None:
    res = read(
        "Buenos días: confirmamos el pedido. Posiciones 1 a 3 con entrega el 8/1/2027.",
        [make_po(locale="es-ES", lines=CUTTERS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {n: ln.date for n, ln in lines_of(res).items()} == {
        1: date(2027, 1, 8),
        2: date(2027, 1, 8),
        3: date(2027, 1, 8),
    }


FILTERS = [
    ("FC-10", "Filter cartridge 10 in", 20, "EA", "7.20", "2026-12-11"),
    ("FH-10", "Filter housing 10 in", 5, "EA", "39.00", "2026-12-11"),
]


def test_slovenian_both_items_in_the_dual_names_every_line() -> None:
    res = read(
        "Hvala za naročilo. Obe postavki dobavimo že 9. 12. 2026, cene ostanejo po naročilu.",
        [make_po(locale="sl-SI", lines=FILTERS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 9)}


def test_norwegian_both_entries_names_every_line() -> None:
    res = read(
        "Takk for ordren. Vi kan levere begge postene allerede 09.12.2026, priser som bestilt.",
        [make_po(locale="nb-NO", lines=FILTERS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 9)}
