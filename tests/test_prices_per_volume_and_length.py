"""A price per litre or per metre on a PO counted in drums, cans or rolls of a stated size is
converted to the PO's unit ("EUR 2,10 per litre" on 200 l drums is 420.00 a drum); a
cubic or square unit after "=" keeps its power ("= 12,54 m3" is no count of metres). Every
phrasing is written for these tests."""

from __future__ import annotations

from decimal import Decimal

from agent.reading.units import measure_ratio
from tests.test_extract import lines_of, make_po, read


def test_volume_and_length_words_convert_within_their_measure_only() -> None:
    assert measure_ratio("hl", "L") == 100
    assert measure_ratio("ltr", "l") == 1
    assert measure_ratio("mm", "M") == Decimal("0.001")
    assert measure_ratio("l", "KG") is None  # a litre weighs what the goods weigh


def test_a_price_per_litre_on_a_po_in_drums_of_a_stated_size() -> None:
    solvent = [("SOLV-200", "Isopropanol 99.9 %, 200 l drum", 12, "DRUM", "396.00", "2026-12-15")]
    res = read(
        "Hello,\n\nWe confirm order 4500012345: 12 drums of isopropanol. Because of the "
        "feedstock increase the price is EUR 2.10 per litre. Delivery 15/12 as requested.\n\n"
        "Regards",
        [make_po(lines=solvent)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)[1]
    assert got.unit_price == Decimal("420.00") and got.quantity == 12


def test_a_price_per_metre_on_a_po_in_rolls_of_a_stated_length() -> None:
    film = [("FLM-500", "Stretch film 500 mm x 23 my, 300 m roll", 40, "RL", "24.00", "2026-12-15")]
    res = read(
        "Hi,\n\norder 4500012345 confirmed: 40 rolls, delivery 15 December. New price "
        "EUR 0.09 per m from this order on.\n\nBest regards",
        [make_po(lines=film)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].unit_price == Decimal("27.00")


def test_a_cubic_unit_after_equals_is_the_lines_own() -> None:
    beams = [("KVH-80", "Structural timber 80x160 C24", 10.0, "M3", "410.00", "2026-12-15")]
    res = read(
        "Hello,\n\nwe confirm order 4500012345, rounded up to whole 12 m lengths: 66 pcs = 10,14 m3 "
        "at EUR 410.00/m3, delivery 15/12.\n\nRegards",
        [make_po(lines=beams)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].quantity == Decimal("10.14")


def test_a_price_per_bottle_on_a_po_in_cases_of_a_stated_count() -> None:
    wine = [("RIO-12", "Rioja Crianza 2021, 0.75 l, case of 12", 30, "CS", "150.00", "2026-12-15")]
    res = read(
        "Hi,\n\nwe confirm order 4500012345 for 30 cases, delivery 15/12. Please note the "
        "Crianza is now USD 14.50 a bottle.\n\nBest",
        [make_po(lines=wine, currency="USD")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)[1]
    assert got.unit_price == Decimal("174.00") and got.quantity == 30


def test_an_italian_price_a_pezzo_on_a_po_in_boxes() -> None:
    bulbs = [("LED-E27", "Lampadina LED E27 9 W, scatola da 10", 50, "BOX", "18.00", "2026-12-15")]
    res = read(
        "Buongiorno,\n\nconfermiamo l'ordine 4500012345: 50 scatole, consegna il 15/12. "
        "Prezzo aggiornato 1,95 € a pezzo.\n\nCordiali saluti",
        [make_po(locale="it-IT", lines=bulbs)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].unit_price == Decimal("19.50")
