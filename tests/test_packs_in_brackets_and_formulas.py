"""A count restated in packs in brackets after the line's count ("500 kg (20 db 25 kg-os
zsák)") is not another quantity, and a formula the PO's description writes ("Gyeptrágya
20-5-8") is not a date left unread. Every phrasing is written for these tests."""

from __future__ import annotations

from tests.test_extract import lines_of, make_po, read

SEED = [
    ("FUMAG-SP", "Fűmag sport keverék", 500, "KG", "4.80", "2026-12-15"),
    ("TRAGYA-2058", "Gyeptrágya 20-5-8, 20 kg zsák", 800, "KG", "1.20", "2026-12-15"),
]


def test_packs_in_brackets_and_the_goods_formula_are_no_values() -> None:
    body = (
        "Tisztelt Dana,\n\nVisszaigazoljuk a 4500012345 számú rendelést:\n"
        "1. Fűmag sport keverék: 500 kg (20 db 25 kg-os zsák), 4,80 EUR/kg\n"
        "2. Gyeptrágya 20-5-8: 800 kg (40 db 20 kg-os zsák), 1,20 EUR/kg\n"
        "Szállítás: 2026. december 15.\n\nÜdvözlettel"
    )
    res = read(body, [make_po(locale="hu-HU", lines=SEED)])
    assert res.kind == "confirmation", res.review_reasons
    assert [ln.quantity for ln in lines_of(res).values()] == [500, 800]
