"""Two ways of writing a price the reader missed (held-out BF 004 and 024, both wrong on first
sight): a price per so many of a measure ("CHF 5.15 je 500 g" on a PO counted in kg is 10.30
per kg, in the reader, the guard and the decision alike) and Swedish whole kronor written
"245:-" (an amount, in the PO's krona)."""

from __future__ import annotations

from decimal import Decimal

from agent.reading.numbers import price_hits
from tests.test_extract import lines_of, make_po, read

WAX = [
    ("SW-BLK-1", "Ski wax block, universal", 40, "EA", "12.50", "2026-12-11"),
    ("SW-PWD-F", "Fluoro-free race powder, 30 g tin", 8, "KG", "180.00", "2026-12-11"),
]


def test_a_price_per_250_g_on_a_line_counted_in_kg() -> None:
    res = read(
        "Hei,\n\nPos. 1 ok som bestilt. Pos. 2: prisen er nå EUR 47,50 per 250 g, mengde 8 kg ok."
        " Levering 11.12.2026 for begge.\n\nHilsen\nKari",
        [make_po(locale="nb-NO", lines=WAX)],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[2]
    assert line.unit_price == Decimal("190.00") and line.status == "changed"


def test_swedish_whole_kronor_are_an_amount() -> None:
    (hit,) = price_hits("kostar nu 1 250:-/st", "sv-SE")
    assert hit.value == 1250 and hit.currency == "KR" and hit.unit == "st"
    # a time of day is no amount
    assert price_hits("kl. 10:-15", "sv-SE") == []


def test_a_price_in_kronor_changes_the_line() -> None:
    lines = [("AK-25", "Anchor shackle 25 mm", 12, "EA", "229.00", "2026-12-11")]
    res = read(
        "Hej!\n\nRad 1: schackel 25 mm kostar numera 245:-/st, leverans 2026-12-11 som önskat."
        "\n\nMvh Anders",
        [make_po(locale="sv-SE", currency="SEK", lines=lines)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].unit_price == Decimal("245")
