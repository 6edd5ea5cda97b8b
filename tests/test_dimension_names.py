"""A dimension only one line's description has names that line, in any language ("Spültische
1600 x 700" of "Double sink unit 1600 x 700 mm"), also when the others have none and when the
description writes it before a comma; a dimension two lines share names neither. Every
phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

KITCHEN = [
    ("KT-PAN-80", "Tilting bratt pan 80 l, electric", 1, "EA", "9860.00", "2026-12-18"),
    ("KT-SINK-2B", "Double sink unit 1600 x 700 mm, stainless", 2, "EA", "1180.00", "2026-12-18"),
]


def test_one_lines_dimension_names_it() -> None:
    body = (
        "Guten Tag,\n\nzu Ihrer Bestellung 4500012345:\n"
        "- Kippbratpfanne 80 l: wie bestellt, Liefertermin 18.12.\n"
        "- Spültische 1600 x 700: 2 Stück zum 18.12., allerdings zu 1.245,00 € je Stück\n\nGruß"
    )
    res = read(body, [make_po(locale="de-DE", currency="EUR", lines=KITCHEN)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].unit_price == Decimal("1245.00") and got[2].date == date(2026, 12, 18)


def test_a_dimension_two_lines_share_names_neither() -> None:
    lines = [
        ("BTL-200", "Bottle PET 200 ml, clear, 24/410", 8000, "EA", "0.142", "2027-05-24"),
        ("PMP-24410", "Pump 24/410, white, 2 cc", 8000, "EA", "0.198", "2027-05-24"),
    ]
    body = (
        "Hello,\n\nPO 4500012345: the bottles are confirmed, 8,000 pcs, delivery 24/05/2027.\n"
        "For the pumps 24/410 the minimum order is 10,000 pcs, so we confirm 10,000 pcs at the "
        "same price, also 24/05/2027.\n\nRegards"
    )
    res = read(body, [make_po(locale="en-GB", currency="EUR", lines=lines)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].quantity, got[2].quantity) == (Decimal(8000), Decimal(10000))


def test_a_short_goods_word_after_a_bullet_leads_its_item() -> None:
    lines = [
        ("GF-TBL", "Mesa extensible teca", 20, "EA", "265.00", "2026-12-15"),
        ("GF-CHR", "Silla apilable aluminio", 120, "EA", "38.50", "2026-12-15"),
    ]
    body = (
        "Hola Tom,\n\nTe confirmo el pedido 4500012345:\n- Mesas: ok, 15/12.\n"
        "- Sillas: 60 uds. el 15/12 y las 60 restantes el 12/01/2027.\n\nSaludos"
    )
    res = read(body, [make_po(locale="es-ES", currency="EUR", lines=lines)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[1].date == date(2026, 12, 15)
    assert [p.quantity for p in got[2].schedule] == [60, 60]


def test_a_number_designation_names_its_line_in_the_suppliers_own_form() -> None:
    lines = [
        ("HK-BAIT-10", "Baitholder hook 1/0, bronze", 10000, "EA", "0.034", "2026-12-11"),
        ("HK-ABD-4", "Aberdeen hook #4, gold", 5000, "EA", "0.029", "2026-12-11"),
        ("SN-DUO-2", "Duo-lock snap #2, black", 3000, "EA", "0.047", "2026-12-11"),
    ]
    body = (
        "Hej Ilse\n\nTak for ordren 4500012345. Vi bekræfter:\n"
        "Kroge 1/0 bronze: 10.000 stk, pris 34,00 EUR pr. 1000 stk, levering 11.12.\n"
        "Kroge nr. 4 guld: 5.000 stk, pris 31,50 EUR pr. 1000 stk, levering uge 2.\n"
        "Snaplåse nr. 2: 3.000 stk à 0,047 EUR, levering 11.12.\n\nHilsen"
    )
    res = read(body, [make_po(locale="da-DK", currency="EUR", lines=lines)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].unit_price == Decimal("0.034") and got[1].status == "accepted"
    assert got[2].unit_price == Decimal("0.0315") and got[2].date == date(2027, 1, 15)
    assert got[3].status == "accepted"


def test_a_fraction_size_no_date_can_be_names_its_line() -> None:
    lines = [
        ("JIG-150", "Pirk jig 150 g, silver", 200, "EA", "3.40", "2026-12-04"),
        ("HOOK-4/0", "Treble hook 4/0, stainless", 800, "EA", "0.52", "2026-12-04"),
        ("BRAID-25", "Braided line 0.25 mm, 300 m", 60, "EA", "19.10", "2026-12-04"),
    ]
    body = (
        "Hei,\n\nVi bekrefter bestilling 4500012345:\n"
        "- Pilker 150 g sølv: 200 stk à 3,40 EUR, levering 4. desember\n"
        "- Trekroker 4/0 rustfri: 800 stk à 0,55 EUR, levering 4. desember\n"
        "- Flettesene 0,25 mm: 60 spoler à 19,10 EUR, levering uke 50\n\nHilsen"
    )
    res = read(body, [make_po(locale="nb-NO", currency="EUR", lines=lines)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].unit_price == Decimal("0.55")
    assert got[3].date == date(2026, 12, 11)
