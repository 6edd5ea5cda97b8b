"""A pack's word in the singular names the pack as its plural does: German "Packung" (the
lexicon had "packunge(n)"), Portuguese "embalagem" (it had "embalagen(s)"). A price per one
pack of a stated size is then a price per piece (batch AL 061 and AA 052 showed the price
per pack sent to a person as 'far from the PO's')."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

SWABS = [("SW-2040", "Sterile swab, cotton tip", 400, "EA", "0.65", "2026-12-15")]


def test_a_german_price_per_packung_of_a_stated_size() -> None:
    res = read(
        "Guten Tag,\n\nwir bestätigen Ihre Bestellung 4500012345: 400 Stück (40 Packungen à 10 "
        "Stück) zu 6,50 € je Packung, Liefertermin 15.12.2026.\n\nMit freundlichen Grüßen",
        [make_po(locale="de-DE", lines=SWABS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert line.unit_price == Decimal("0.65") and line.quantity == 400


def test_a_portuguese_price_per_embalagem_of_a_stated_size() -> None:
    res = read(
        "Bom dia,\n\nconfirmamos a encomenda 4500012345: 400 unidades, vendidas em embalagens de "
        "20 unidades, a 13,40 € por embalagem. Entrega a 15/12/2026.\n\nCumprimentos",
        [make_po(locale="pt-PT", lines=SWABS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert line.unit_price == Decimal("0.67") and line.status == "changed"
