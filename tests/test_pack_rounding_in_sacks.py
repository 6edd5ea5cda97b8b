"""A quantity rounded up to whole sacks ("nur in ganzen Säcken à 25 kg … auf 39 Sack = 975 kg
aufgerundet") is the line's new quantity: "Säcken" is a sack in the dative, and "39 Sack"
counts sacks, it does not name the line whose description says "Sack". Every phrasing is
written for these tests."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

SUGAR = [
    ("ZU-EG2", "Kristallzucker EG2, 25-kg-Papiersack", 960, "KG", "0.92", "2026-12-15"),
    ("DX-MH", "Dextrose Monohydrat, 25-kg-Sack", 500, "KG", "1.38", "2026-12-15"),
]


def test_a_quantity_rounded_to_whole_sacks_is_the_new_quantity() -> None:
    body = (
        "Hallo Frau Ruiz,\n\ndanke für die Bestellung 4500012345.\n\n"
        "Zucker EG2 liefern wir nur in vollen Säcken à 25 kg, daher aufgerundet auf\n"
        "39 Sack = 975 kg (Preis bleibt 0,92 €/kg).\n"
        "Dextrose: 20 Sack = 500 kg, wie bestellt.\n\n"
        "Liefertermin für beide Positionen: 15.12.2026.\n\nGruß"
    )
    res = read(body, [make_po(locale="de-DE", lines=SUGAR)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "changed" and got[1].quantity == Decimal(975)
    assert got[2].status == "accepted"
