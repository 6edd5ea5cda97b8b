"""Two ways of writing a pack's size the reader missed: "40 cartons @ 500 pcs" (the "@" of an
Indonesian or Indian order line between a pack and its content, batch P 037 and AA 043) and
German "6er-Kartons" (batch AG 047). With the size read, a price per pack is a price per
piece; "@" before a bare amount stays a price."""

from __future__ import annotations

from decimal import Decimal

from agent.reading.units import pack_sizes
from tests.test_extract import lines_of, make_po, read

CUPS = [("CUP-250", "Paper cup 250 ml, white", 12000, "EA", "0.025", "2026-12-15")]


def test_cartons_at_a_count_of_pieces_state_the_carton_s_size() -> None:
    res = read(
        "Dear Dana,\n\nPO 4500012345 confirmed: 12,000 pcs (24 cartons @ 500 pcs), price USD "
        "13.00 per carton, delivery 15/12/2026.\n\nRegards, Arjun",
        [make_po(locale="en-IN", currency="USD", lines=CUPS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert line.unit_price == Decimal("0.026") and line.quantity == 12000


def test_a_german_6er_karton_holds_six_pieces() -> None:
    (pack,) = pack_sizes("nur in 6er-Kartons lieferbar", "EA", "de-DE")
    assert pack.size == 6 and pack.kinds == {"carton"} and pack.unit == ""
    (pack,) = pack_sizes("im 12er Karton", "EA", "de-DE")
    assert pack.size == 12
    # "@" before an amount is a price, no pack size
    assert pack_sizes("40 cajas @ 12,50 EUR", "EA", "es-ES") == []
    assert pack_sizes("boxes @ USD 4.20", "EA", "en-GB") == []
