"""A price's pack with its size in brackets ("USD 30.50 per karton (10 kotak)") holds that
many, while "400 cajas (40.000 uds)" restates the total; an item's list number is no line
number when the item names another line's garment size ("2) Size XL: discontinued" where XL
is line 3). Every phrasing is written for these tests."""

from __future__ import annotations

from agent.reading.units import pack_sizes
from tests.test_extract import make_po, read

GLOVES = [
    ("GL-S", "Nitrile glove S, box 100", 1000, "BX", "3.10", "2026-12-18"),
    ("GL-M", "Nitrile glove M, box 100", 1500, "BX", "3.10", "2026-12-18"),
    ("GL-XL", "Nitrile glove XL, box 90", 300, "BX", "3.10", "2026-12-18"),
]


def test_a_pack_size_in_brackets_after_a_price_per_pack() -> None:
    (pack,) = pack_sizes("Harga USD 29.00 per karton (10 kotak).", "BX", "ms-MY")
    assert pack.size == 10
    assert pack_sizes("400 cajas (40.000 uds) a 68,00 €/1000 uds", "BOX", "es-ES") == []


def test_a_list_number_is_no_line_number_when_the_item_names_another_size() -> None:
    res = read(
        "Hi Dana,\n\nPO 4500012345:\n1) Sizes S and M: confirmed as ordered.\n"
        "2) Size XL: discontinued since October, sorry, we cannot supply.\n\nRegards",
        [make_po(lines=GLOVES)],
    )
    got = {ln.line: ln.status for c in res.confirmations for ln in c.lines}
    assert got.get(2) != "rejected", (res.kind, got, res.review_reasons)
