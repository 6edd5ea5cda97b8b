"""A measure right after "<count> <goods> of" is what each counted item holds, never the
line's quantity: "60 φιάλες του 1 L" on a line of 60 L was read as a quantity of 1 (held-out
BE 045, wrong on first sight)."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

SEALER = [
    ("ST-SEAL-1", "Stone sealer, 1 L bottles", 60, "L", "11.90", "2026-12-04"),
    ("ST-WAX-5", "Marble wax, 5 L can", 40, "L", "9.20", "2026-12-04"),
]


def test_a_bottle_s_content_is_no_quantity() -> None:
    res = read(
        "Buenos días:\n\nconfirmamos el pedido 4500012345.\nPosición 1: 60 botellas de 1 L, "
        "11,90 €/L, entrega 04/12/2026.\nPosición 2: 8 garrafas de 5 L, 9,20 €/L, entrega "
        "04/12/2026.\n\nSaludos\nLucía",
        [make_po(locale="es-ES", lines=SEALER)],
    )
    assert res.kind == "confirmation", res.review_reasons
    lines = lines_of(res)
    assert lines[1].quantity == 60 and lines[1].status == "accepted"
    assert lines[2].unit_price == Decimal("9.20")
    assert lines[2].quantity != 5
