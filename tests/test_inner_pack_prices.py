"""A price per the pieces inside a PO's pack ("per roll" on bales of 48 rolls, "/pc" on trays
of 140) is converted through the pack's stated content; a number after a pack word is a
size only with a unit or a word of ("Toilet roll 2-ply" is no roll of 2). Phrasings written
for these tests, not the batches' cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read


def test_a_price_per_roll_on_a_po_counted_in_bales_of_rolls() -> None:
    po = make_po(
        lines=[("KR-24", "Kitchen roll 2-ply, bale of 24 rolls", 40, "BAL", "13.20", "2026-12-10")]
    )
    res = read("Confirmed: 40 bales at EUR 0.60 per roll, delivery 10/12.", [po])
    assert res.kind == "confirmation", res.review_reasons
    (ln,) = lines_of(res).values()
    assert (ln.status, ln.unit_price) == ("changed", Decimal("14.40"))


def test_a_price_per_piece_on_a_po_counted_in_trays() -> None:
    po = make_po(
        locale="en-US",
        currency="USD",
        lines=[("EGG-M", "Free-range eggs size M, tray of 30", 120, "TRAY", "4.50", "2026-12-10")],
    )
    res = read("PO confirmed - 120 trays @ $0.16/pc, delivered 12/10.", [po])
    assert res.kind == "confirmation", res.review_reasons
    (ln,) = lines_of(res).values()
    assert (ln.status, ln.unit_price) == ("changed", Decimal("4.80"))


def test_a_ply_count_after_a_pack_word_is_no_pack_size() -> None:
    # "roll 3-ply" once made a roll of 3, which disagreed with the pack of 8 rolls
    po = make_po(
        lines=[("KR-8", "Kitchen roll 3-ply, pack of 8 rolls", 60, "PAK", "3.60", "2026-12-10")]
    )
    res = read("Order confirmed, price now EUR 0.50 per roll, delivery 10/12.", [po])
    assert res.kind == "confirmation", res.review_reasons
    (ln,) = lines_of(res).values()
    assert (ln.status, ln.unit_price) == ("changed", Decimal("4.00"))


def test_a_fraction_of_the_description_beside_its_size_is_no_date() -> None:
    # the supplier translates the words, not the sizes: "1/8" is the gasket's thickness
    po = make_po(
        locale="es-ES",
        lines=[
            ("GSK-50", "Gasket sheet 50x50 cm 1/8 inch thick", 100, "EA", "3.10", "2026-12-10"),
            ("GSK-80", "Gasket sheet 80x80 cm 1/4 inch thick", 50, "EA", "6.20", "2026-12-10"),
        ],
    )
    res = read(
        "Confirmamos el pedido completo, entrega el 10/12.\n"
        "Junta 50x50 espesor 1/8: sin cambios.\n"
        "Junta 80x80 espesor 1/4: sin cambios.",
        [po],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {n: (ln.status, ln.date) for n, ln in lines_of(res).items()} == {
        1: ("accepted", date(2026, 12, 10)),
        2: ("accepted", date(2026, 12, 10)),
    }


def test_an_indonesian_no_longer_sold_rejects_the_line() -> None:
    po = make_po(
        locale="id-ID",
        lines=[
            ("TS-1", "Facial tissue 2-ply, bale of 48 packs", 150, "BAL", "16.80", "2026-12-10"),
            ("NP-1", "Dinner napkin 33x33, case of 2000", 80, "CS", "21.00", "2026-12-10"),
        ],
    )
    res = read(
        "Terima kasih, kami konfirmasi:\n"
        "1. Tisu wajah: 150 bal, harga sesuai PO, pengiriman 10 Desember 2026.\n"
        "2. Serbet makan: mohon maaf, barang ini sudah tidak kami jual lagi.",
        [po],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].status == "rejected"


def test_a_box_price_on_a_po_counted_in_its_pieces_follows_the_pos_price() -> None:
    # batch AM 013: "USD 4.10/盒" with "100只/盒" on gloves counted in PCE at 0.038: whether
    # the PO's piece is the glove or the box, its own price says the glove
    po = make_po(
        locale="en-SG",
        currency="USD",
        lines=[
            ("GLV-M", "Nitrile gloves, size M, box of 100", 20000, "PCE", "0.038", "2026-12-18"),
            ("GLV-L", "Nitrile gloves, size L, box of 100", 15000, "PCE", "0.038", "2026-12-18"),
        ],
    )
    res = read(
        "Confirmed as follows:\n1. Gloves size M (100 pcs/box): 200 boxes, USD 3.80/box\n"
        "2. Gloves size L (100 pcs/box): 150 boxes, USD 4.10/box (raw material)\n"
        "Delivery 18 Dec 2026.",
        [po],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].status, got[1].unit_price) == ("accepted", Decimal("0.038"))
    assert (got[2].status, got[2].unit_price) == ("changed", Decimal("0.041"))


def test_a_count_of_the_described_pack_that_fits_neither_reading_goes_to_a_person() -> None:
    # "230 boxes" on gloves "box of 100" counted in PCE (20000): 230 of the PO's unit or
    # 23000 gloves is a person's call, never 230 gloves
    po = make_po(
        locale="en-SG",
        currency="USD",
        lines=[
            ("GLV-M", "Nitrile gloves, size M, box of 100", 20000, "PCE", "0.038", "2026-12-18")
        ],
    )
    res = read("Confirmed: gloves size M, 230 boxes at USD 3.80/box, delivery 18 Dec 2026.", [po])
    assert res.kind == "needs_review"


def test_a_price_per_bar_on_a_po_counted_in_metres() -> None:
    # batch AM 014: "cena 77,40 EUR/tyč" on profiles "bar 6 m" counted in metres
    po = make_po(
        locale="cs-CZ",
        lines=[
            ("PRF-40", "Aluminium profile 40x40, bar 6 m", 240, "M", "7.40", "2026-12-09"),
            ("FLT-30", "Flat bar 30x3 mm, bar 6 m", 120, "M", "1.85", "2026-12-09"),
        ],
    )
    res = read(
        "Dobrý den, potvrzujeme objednávku, termín dodání 9. 12. 2026:\n"
        "1) Profil 40x40: 40 tyčí = 240 m, cena 46,20 EUR/tyč\n"
        "2) Plochá tyč 30x3: 20 tyčí = 120 m, cena 11,10 EUR/tyč\n",
        [po],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].status, got[1].unit_price) == ("changed", Decimal("7.70"))
    assert (got[2].status, got[2].unit_price) == ("accepted", Decimal("1.85"))


def test_a_pressure_in_bar_is_no_pack() -> None:
    po = make_po(
        lines=[("HOSE-250", "Hydraulic hose 1/2in, 250 bar", 100, "M", "4.20", "2026-12-09")]
    )
    res = read("Confirmed as ordered: 100 m at EUR 4.20, rated 250 bar, delivery 09/12.", [po])
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].status == "accepted"
