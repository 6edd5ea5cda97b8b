"""A pack's size said in one sentence about a line and the price per that pack in the next
("solo in sacchi da 25 kg … Prezzo 18,50 € a sacco", batch P 005): the reader converted the
price, the checks behind it looked for the size in the price's sentence only and sent the
reply to a person."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

SALT = [("SAL-20", "Sal industrial gruesa", 600, "KG", "0.30", "2026-12-15")]


def test_a_price_per_sack_whose_size_the_sentence_before_states() -> None:
    res = read(
        "Buenos días,\n\nconfirmamos su pedido 4500012345:\n\n"
        "pos. 1 - la sal solo se sirve en sacos de 20 kg: 30 sacos = 600 kg. Precio 6,40 € por "
        "saco.\n\nEntrega el 15/12/2026.\n\nSaludos",
        [make_po(locale="es-ES", lines=SALT)],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert line.unit_price == Decimal("0.32") and line.quantity == 600
    assert line.status == "changed"
