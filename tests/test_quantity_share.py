"""A percentage after a quantity word ("Menge +10 %", "qty -5%") changes the quantity, never
the price. Phrasings written for these tests, not the batches' cases."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

LABELS = [
    ("LBL-A5", "Label A5, 80 g/m2, printed 4/0", 2000, "SHT", "0.21", "2026-12-04"),
    ("LBL-A4", "Label A4, 80 g/m2, printed 4/0", 500, "SHT", "0.35", "2026-12-04"),
]


def test_a_share_after_a_quantity_word_changes_the_quantity() -> None:
    res = read(
        "Order confirmed for 04/12.\nPos. 1: quantity +5% (make-ready overs, invoiced), price per "
        "sheet stays 0.21.\nPos. 2 as ordered.",
        [make_po(lines=LABELS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].status, got[1].quantity, got[1].unit_price) == (
        "changed",
        Decimal(2100),
        Decimal("0.21"),
    )
    assert got[2].status == "accepted"


def test_a_german_share_after_menge_changes_the_quantity() -> None:
    res = read(
        "Auftrag bestätigt für 04.12.\nPos. 1 wie bestellt.\nPos. 2: Menge +3 %, Preis unverändert.",
        [make_po(locale="de-DE", lines=LABELS)],
    )
    # 500 and 3 % are 515
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].quantity == Decimal(515)


CABLES = [
    ("BC-1520", "Brake cable inner, stainless 1.5 x 2000 mm", 240, "EA", "0.95", "2026-12-04"),
    ("CR-42T", "Chainring 42T 110 BCD, black", 30, "EA", "18.40", "2026-12-04"),
]


def test_a_count_restated_in_dozens_is_the_pieces() -> None:
    # batch AK 005: "your 240 pcs = 20 dz" was read as 20 pieces
    res = read(
        "Thanks for the PO, all good for 12/4. The brake cables go by the dozen now, $11.10/dz, "
        "so your 240 pcs = 20 dz. Chainrings at your PO price.",
        [make_po(locale="en-US", currency="USD", lines=CABLES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].quantity, got[1].unit_price) == (Decimal(240), Decimal("0.925"))
    assert got[2].status == "accepted"


def test_a_share_that_makes_no_whole_count_goes_to_a_person() -> None:
    # 333 sheets and 3 % are 342.99: no count the supplier can deliver, never the PO's 333
    lines = [
        *LABELS[:1],
        ("LBL-A4", "Label A4, 80 g/m2, printed 4/0", 333, "SHT", "0.35", "2026-12-04"),
    ]
    res = read(
        "Auftrag bestätigt für 04.12.\nPos. 1 wie bestellt.\nPos. 2: Menge +3 %, Preis unverändert.",
        [make_po(locale="de-DE", lines=lines)],
    )
    assert res.kind == "needs_review"
    assert any("makes no whole count" in r for r in res.review_reasons)
