"""A count restated in another unit states what a pack holds: "5 cases (50 racks)" is a case
of 10 racks, "194 paket = 582 m²" a pack of 3 m². A price per that pack is then a price per the
PO's unit (held-out AR 004, BB 064 were sent to a person for "a price far from the PO's").
The implied size converts prices only: the counts it comes from are already the quantity, and
a restatement whose pack is the smaller unit ("1000 packs (4 pallets)") states no size."""

from __future__ import annotations

from decimal import Decimal

from agent.reading.units import restated_packs
from tests.test_extract import lines_of, make_po, read

TRAYS = [("SD-TRAY-72", "Seed tray 72 cells, black PP", 120, "EA", "1.45", "2026-12-16")]


def test_a_price_per_case_converts_by_the_restated_count() -> None:
    res = read(
        "Hi Dana,\n\nthanks for PO 4500012345. The trays only come in full cases, so we "
        "booked 6 cases (120 pcs) at USD 29.00 per case, delivery 16 December 2026.\n\n"
        "Regards, Mel",
        [make_po(locale="en-AU", currency="USD", lines=TRAYS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert line.unit_price == Decimal("1.45") and line.quantity == 120


def test_restated_counts_in_brackets_or_after_an_equals_sign() -> None:
    (pack,) = restated_packs("194 paket = 582 m² à 37,20 €", "M2", "sv-SE")
    assert pack.size == 3 and pack.kinds == {"pack"} and pack.price_only
    (pack,) = restated_packs("500개(50박스)로 변경", "EA", "ko-KR")
    assert pack.size == 10 and pack.kinds == {"box"}
    # the pack is the smaller unit: no size; a pack restated as itself: none
    assert restated_packs("patvirtiname 1000 pakų (4 padėklai)", "RM", "lt-LT") == []
    assert restated_packs("2 pallets (1 pallet = 40 boxes)", "EA", "en-GB") == []
