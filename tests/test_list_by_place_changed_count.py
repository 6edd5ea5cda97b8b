"""A bulleted list naming the goods only in the supplier's language, one item per PO line in
the PO's order, is read item by item as the lines in order when its counts show the order:
at least two items carry their own line's quantity, one may carry a changed count (held-out
AD 059, BC 007). A count that is another line's quantity, or two changed counts, leave the
order unproven and the list unplaced. An item whose words name its own line (a size that is
in the description) does not stop the list; one naming another line does."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

ORGAN = [
    ("OP-FELT-12", "Felt washer 12 mm for organ pipes", 40, "EA", "2.10", "2026-12-15"),
    ("OP-FLAP-L", "Leather pallet flap, large", 30, "EA", "3.40", "2026-12-15"),
    ("OP-SPR-08", "Pallet spring 0.8 mm", 100, "EA", "0.80", "2026-12-15"),
]


def _reply(second: str) -> str:
    return (
        "Dobrý den,\n\npotvrzujeme objednávku 4500012345:\n\n"
        "- Plstěné podložky: 40 ks, 2,10 EUR/ks\n"
        f"- Kožené klapky: {second}, 3,40 EUR/ks\n"
        "- Pružiny: 100 ks, 0,80 EUR/ks\n\n"
        "Dodání 15.12.2026.\n\nS pozdravem\nJana Nováková"
    )


def test_a_list_in_the_po_s_order_with_one_changed_count() -> None:
    res = read(_reply("25 ks"), [make_po(locale="cs-CZ", lines=ORGAN)])
    assert res.kind == "confirmation", res.review_reasons
    lines = lines_of(res)
    assert lines[2].quantity == 25 and lines[2].status == "changed"
    assert lines[1].quantity == 40 and lines[3].quantity == 100
    assert lines[3].unit_price == Decimal("0.80")
