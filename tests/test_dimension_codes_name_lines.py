"""A dimension code only one line's description has ("Tyre 315/80 R22.5 …", "Chapa
1200x800") names that line where the supplier writes it, and a new line after a dated
sentence ("… dodanie 12.5." over "385/65 R22.5 …") starts a new sentence. Every phrasing is
written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.reading.extract import distinct_names
from agent.reading.guards import sentences
from tests.test_extract import lines_of, make_po, read

TYRES = [
    ("315/80-DRV", "Tyre 315/80 R22.5 156/150L drive", 24, "EA", "389.00", "2026-12-15"),
    ("385/65-TRL", "Tyre 385/65 R22.5 164K trailer", 36, "EA", "398.00", "2026-12-15"),
    ("295/60-STR", "Tyre 295/60 R22.5 150/147L steer", 8, "EA", "371.00", "2026-12-15"),
]


def test_tyre_sizes_name_their_lines_and_a_new_line_a_new_sentence() -> None:
    body = (
        "Dobrý deň,\n\npotvrdzujem objednávku 4500012345:\n\n"
        "315/80 R22.5 záberové - 24 ks à 389,00 €, dodanie 15.12.\n"
        "385/65 R22.5 návesové - 36 ks, cena stúpla, môžeme dať za 412,00 €/ks, dodanie 15.12.\n"
        "295/60 R22.5 riadiace - 8 ks vieme doviezť až 22.12., cena 371,00 € ostáva.\n\n"
        "S pozdravom"
    )
    res = read(body, [make_po(locale="sk-SK", lines=TYRES)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted"
    assert got[2].unit_price == Decimal("412.00")
    assert got[3].date == date(2026, 12, 22)


def test_a_code_every_line_shares_names_none() -> None:
    described = tuple((n, d) for n, (_, d, *_rest) in enumerate(TYRES, 1))
    assert {line for _, line in distinct_names(described, "315/80 R22.5")} == {1}
    assert distinct_names(described, "R22.5 all sizes") == []


def test_a_spaced_date_across_dots_is_still_one_sentence() -> None:
    assert sentences("dodání 8. 1. 2027, děkujeme.") == ["dodání 8. 1. 2027, děkujeme."]
