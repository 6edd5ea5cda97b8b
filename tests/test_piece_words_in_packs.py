"""Malay and Indonesian count gloves and masks in "helai" and "lembar" (sheets, pieces): a
box of "50 lembar/kotak" holds 50 of a PO counted in pieces, so a price per box is a price
per piece. The phrasing is written for this test."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read


def test_pieces_per_box_in_indonesian_turn_a_box_price_into_a_piece_price() -> None:
    masks = [("MSK-3PLY", "Masker medis 3 ply, earloop", 10000, "EA", "900", "2027-01-20")]
    res = read(
        "Dengan hormat,\n\nkami konfirmasi PO 4500012345:\nMasker medis 3 ply - 200 kotak "
        "(50 lembar/kotak) @ IDR 45.000/kotak, kirim tanggal 20 Januari 2027.\n\nSalam",
        [make_po(locale="id-ID", currency="IDR", lines=masks)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)[1]
    assert got.status == "accepted"
    assert got.quantity == 10000 and got.unit_price == Decimal("900")
