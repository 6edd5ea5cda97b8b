"""A date speaks for the date field without a word for it: "geht klar, beides zum 12.01. –
Preise wie bestellt" confirms price and date, and is no partial confirmation of prices alone
(held-out G 045, T 021, E 026, O 058, P 040 went to a person for "nothing said about the
date"). A date the words say will not be met, or a closure's, still speaks for nothing."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read

CABLES = [
    ("CBL-315", "Cable NYM 3x1.5, 100 m ring", 20, "ROL", "48.00", "2027-01-12"),
    ("CBL-525", "Cable NYM 5x2.5, 50 m ring", 10, "ROL", "61.00", "2027-01-12"),
]


def test_a_bare_date_and_prices_as_ordered_confirm_the_order() -> None:
    res = read(
        "Moin Frau Ruiz,\n\ngeht klar, beides zum 12.01. – Preise wie bestellt.\n\nGruß\nJan",
        [make_po(locale="de-DE", lines=CABLES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2027, 1, 12)}


def test_a_closure_and_a_missed_date_speak_for_no_date() -> None:
    res = read(
        "Hola Dana:\n\nTe confirmamos cantidades y precios tal como vienen en el pedido. La "
        "fábrica cierra del 21 de diciembre al 6 de enero, así que no llegamos al 15 de "
        "diciembre; en cuanto tenga la fecha de carga te la paso.\n\nUn saludo,\nAlberto",
        [make_po(locale="es-ES")],
    )
    assert res.kind == "needs_review"
