"""A smaller count beside the ordered one, where the ordered count is only what it is measured
against ("only 32 of the 40 housings", "no podemos completar los 40"), is the line's quantity:
a change to the smaller count, not two quantities in doubt. Every phrasing is written for
these tests."""

from __future__ import annotations

import pytest

from tests.test_extract import lines_of, make_po, read


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        (
            "Line 1: we can only supply 32 of the 40 housings, the remaining 8 we cannot supply "
            "this year. 32 housings at 312.50, delivery 15.12.2026.",
            "en-GB",
        ),
        (
            "Pos. 1: vom Gehäuse haben wir nur 32 Stück am Lager, die 40 Stück können wir "
            "nicht erreichen. 32 Stück zu 312,50 liefern wir am 15.12.2026.",
            "de-DE",
        ),
        (
            "Línea 1: solo disponemos de 32 carcasas. No podemos completar las 40 con otro lote.",
            "es-ES",
        ),
    ],
)
def test_the_ordered_count_as_a_reference_leaves_the_smaller_one(said: str, locale: str) -> None:
    body = f"Hello Dana,\n\nPO 4500012345:\n{said}\nLines 2 and 3 as ordered.\n\nSam"
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "changed" and got[1].quantity == 32


def test_two_counts_both_said_as_commitments_still_disagree() -> None:
    body = (
        "Hello Dana,\n\nPO 4500012345:\nLine 1: we confirm 40 housings. We will deliver 32 "
        "housings on 15.12.2026.\nLines 2 and 3 as ordered.\n\nSam"
    )
    res = read(body)
    assert res.kind == "needs_review"


def test_a_plain_weave_is_no_drawing() -> None:
    """Spanish "tejido plano" (plain weave) is no "plano" (a drawing): the line's own words
    carry no value foreign to the PO."""
    po = make_po(
        locale="es-PE",
        currency="USD",
        lines=[
            ("FAB-1", "Alpaca plain weave, charcoal, 140 cm", 300, "M", "34.00", "2027-01-29"),
        ],
    )
    body = (
        "Estimada Dana:\n\nLe confirmamos su orden de compra 4500012345:\n\n"
        "1. Tejido plano carbón: 300 metros a USD 34.00 el metro.\n\n"
        "Sale el viernes 29 de enero.\n\nSaludos"
    )
    res = read(body, [po])
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].status == "accepted"
