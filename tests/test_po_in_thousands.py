"""A PO counted in thousands of pieces (SAP's "TH"): "250.000 Stück" is 250 of its unit, a
price per 1000 pieces ("12,40 EUR je 1.000 Stück", "31,00 € el millar", "ανά 1.000 τεμ.") is
its own price, and the count a price is per is no quantity. Every phrasing is written for these
tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agent.reading.units import in_po_units, is_thousand_unit
from tests.test_extract import lines_of, make_po, read

LABELS = [("LBL-50", "Self-adhesive label 50x30 mm", 250, "TH", "12.40", "2026-12-15")]


def test_pieces_convert_to_thousands() -> None:
    assert is_thousand_unit("TH") and is_thousand_unit("Tsd") and not is_thousand_unit("T")
    assert in_po_units(Decimal(250000), "Stück", "TH", []) == 250
    assert in_po_units(Decimal(250000), "kg", "TH", []) is None


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Guten Tag,\n\nwir bestätigen Ihre Bestellung 4500012345: 250.000 Stück Etiketten "
            "50x30 mm zu 12,40 EUR je 1.000 Stück, Lieferung am 15.12.2026.\n\nGrüße",
            "de-DE",
        ),
        (
            "Estimados:\n\nConfirmamos el pedido 4500012345: 250.000 etiquetas 50x30 mm a "
            "12,40 € el millar, entrega el 15/12/2026.\n\nSaludos",
            "es-ES",
        ),
        (
            "Καλησπέρα,\n\nΕπιβεβαιώνουμε την παραγγελία 4500012345: 250.000 τεμ. ετικέτες, "
            "τιμή 12,40 € ανά 1.000 τεμ., παράδοση 15/12/2026.\n\nΜε εκτίμηση",
            "el-GR",
        ),
    ],
)
def test_a_confirmation_in_pieces_of_a_po_in_thousands_is_as_ordered(
    body: str, locale: str
) -> None:
    res = read(body, [make_po(locale=locale, lines=LABELS)])
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert line.status == "accepted"
    assert line.quantity == 250 and line.unit_price == Decimal("12.40")


def test_fewer_pieces_of_a_po_in_thousands_is_a_smaller_quantity() -> None:
    body = (
        "Guten Tag,\n\nzu Bestellung 4500012345 können wir nur 200.000 Stück liefern, Preis "
        "12,40 EUR je 1.000 Stück, Lieferung am 15.12.2026.\n\nGrüße"
    )
    res = read(body, [make_po(locale="de-DE", lines=LABELS)])
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert line.status == "changed" and line.quantity == 200
