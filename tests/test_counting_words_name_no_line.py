"""A word another line's description counts in ("caja tabaco 250 tallos") names no line when
the reply counts in it ("Clavel selecto blanco 70 cm: 6.000 tallos"): the goods named first
are the line. A word that is the goods' own name after a count ("2.000 Isolationskittel")
still names its line. Every phrasing is written for these tests."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

FLOWERS = [
    (
        "ROSA-60",
        "Rosa Freedom roja 60 cm, caja tabaco 250 tallos",
        12000,
        "STEM",
        "0.42",
        "2026-12-15",
    ),
    ("CLAV-70", "Clavel selecto blanco 70 cm", 6000, "STEM", "0.19", "2026-12-15"),
]


def test_a_counting_word_of_another_line_names_no_line() -> None:
    body = (
        "Buenos días Dana,\n\nconfirmamos la orden 4500012345:\n\n"
        "Rosa Freedom 60 cm: 12.000 tallos a USD 0,42\n"
        "Clavel selecto blanco 70 cm: 6.000 tallos a USD 0,19\n\n"
        "Llegan a Miami el martes 15 de diciembre.\n\nSaludos"
    )
    res = read(body, [make_po(locale="es-CO", currency="USD", lines=FLOWERS)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].unit_price == Decimal("0.42") and got[2].unit_price == Decimal("0.19")


def test_the_goods_name_after_a_count_still_names_its_line() -> None:
    lines = [
        ("MASK", "OP-Maske Typ IIR, Box à 50", 600, "BOX", "4.10", "2026-12-15"),
        ("GOWN", "Isolationskittel PP 40 g, einzeln verpackt", 2000, "EA", "0.78", "2026-12-15"),
    ]
    body = (
        "Hallo Frau Ruiz,\n\nIhre Bestellung 4500012345 ist bestätigt: 600 Boxen OP-Masken "
        "zu 4,10 € und 2.000 Isolationskittel zu 0,78 €, Lieferung 15.12.2026.\n\nGruß"
    )
    res = read(body, [make_po(locale="de-DE", lines=lines)])
    assert res.kind == "confirmation", res.review_reasons
