"""Counts written in words are read as counts (batch AU 057 and AW 002 showed them ignored:
the PO's quantity was kept). The phrasings here are written for these tests."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

TRAYS = [
    ("ST-4040", "Seed tray 40 cells, box of 50", 30, "BOX", "18.00", "2026-12-15"),
    ("ST-4060", "Seed tray 60 cells, box of 50", 12, "BOX", "21.00", "2026-12-15"),
]


def test_an_italian_partial_count_in_words_is_the_line_s_new_quantity() -> None:
    res = read(
        "Buongiorno Dana,\n\nvi confermiamo l'ordine 4500012345:\n"
        "- ST-4040: possiamo spedire soltanto ventisei scatole, le altre quattro non le "
        "avremo prima di marzo e le annulliamo.\n"
        "- ST-4060: dodici scatole come da ordine.\n"
        "Prezzi invariati, consegna il 15/12/2026.\n\nCordiali saluti\nLuca",
        [make_po(locale="it-IT", lines=TRAYS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].quantity == 26 and got[1].status == "changed"
    assert got[2].quantity == 12 and got[2].status == "accepted"
    assert got[1].unit_price == Decimal("18.00")


def test_an_english_count_in_words_changes_the_quantity() -> None:
    res = read(
        "Hi Dana,\n\nPO 4500012345: for ST-4040 we can ship twenty-eight boxes only.\n"
        "ST-4060 as ordered. Prices as per PO, delivery 15/12/2026.",
        [make_po(lines=TRAYS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].quantity == 28 and got[1].status == "changed"


def test_only_counts_are_rewritten() -> None:
    from agent.reading.spelled_counts import with_digits

    # a count before what it counts becomes digits
    assert with_digits("wir liefern zweihundert Stück", ["de"]) == "wir liefern 200 Stück"
    assert with_digits("ciento veinte unidades", ["es"]) == "120 unidades"
    # articles, ordinals, time and verbs stay words: no count is made up
    assert with_digits("one box per line", ["en"]) == "one box per line"
    assert with_digits("the third line ships in two weeks", ["en"]) == (
        "the third line ships in two weeks"
    )
    assert with_digits("all three can go on Monday", ["en"]) == "all three can go on Monday"
    # a word that is a number only in another language is left alone
    assert with_digits("once pallets are loaded we call", ["en"]) == (
        "once pallets are loaded we call"
    )
    assert with_digits("once palés", ["es"]) == "11 palés"
