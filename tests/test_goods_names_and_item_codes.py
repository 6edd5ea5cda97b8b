"""How the supplier names our goods and how our ERP names its units:

- a PO's "BTL" is a bottle (a German supplier's "Btl." is a bag): a price per carton of 6
  bottles is a sixth of it per bottle;
- the supplier's "Côtes du Rhône" names the PO's plain-ASCII "Cotes du Rhone" (in the
  reader and in the guard), and "nous ne pouvons pas le livrer" refuses it;
- in a list of the order's goods a short name ("Brie") names its line as a long one does;
- the bucket of a sized compound ("10-l-bucket") is the pack, not the goods: "in whole
  buckets" names no line;
- a designation the description holds ("RAL 9010") is no count where the reply repeats it;
- a charge for returnable pallets ("bancali a rendere … € 12,00 cad.") is no line's price.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read


def test_a_price_per_carton_of_bottles_on_a_po_in_btl() -> None:
    po = make_po(
        locale="de-AT",
        lines=[
            (
                "W-GV-24",
                "Gruener Veltliner Federspiel 2024, 75 cl",
                24,
                "BTL",
                "9.50",
                "2026-12-15",
            ),
            ("W-BF-23", "Blaufraenkisch Reserve 2023, 75 cl", 36, "BTL", "14.00", "2026-12-15"),
        ],
    )
    res = read(
        "Guten Tag,\n\nBestellung 4500012345 bestätigt, Lieferung am 15.12.2026:\n"
        "- Grüner Veltliner: 24 Flaschen à EUR 9.50\n"
        "- Blaufränkisch: nur im 6er-Karton, 6 Kartons = 36 Flaschen, EUR 84.00 pro Karton\n"
        "\nMit freundlichen Grüßen\nAnna Huber",
        [po],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].quantity == 36 and got[2].unit_price == Decimal("14.00")
    assert got[1].unit_price == Decimal("9.50")


def test_goods_named_with_accents_the_po_writes_without() -> None:
    po = make_po(
        locale="fr-FR",
        lines=[
            ("V-CDR-23", "Cotes du Rhone rouge 2023, 75 cl", 60, "EA", "7.20", "2026-12-15"),
            ("V-CHB-22", "Chablis Premier Cru 2022, 75 cl", 24, "EA", "21.00", "2026-12-15"),
        ],
    )
    res = read(
        "Bonjour,\n\ncommande 4500012345 :\n"
        "Côtes du Rhône : 60 bouteilles à 7,20 €, livraison le 15/12/2026.\n"
        "Chablis : nous ne pouvons pas le livrer.\n\nCordialement\nÉlodie",
        [po],
    )
    got = lines_of(res)
    assert got[1].status == "accepted" and got[1].quantity == 60, res.review_reasons
    assert got[2].status == "rejected"


def test_a_short_name_in_a_list_of_the_orders_goods_names_its_line() -> None:
    po = make_po(
        locale="fr-FR",
        lines=[
            ("FR-CMT", "Comte AOP 18 mois, meule", 320, "KG", "14.80", "2026-12-04"),
            ("FR-BRI", "Brie de Meaux AOP, carton de 8", 30, "CT", "38.40", "2026-12-04"),
            ("FR-MRB", "Morbier AOP, meule", 60, "KG", "11.90", "2026-12-04"),
        ],
    )
    res = read(
        "Bonjour,\n\ncommande 4500012345 : livraison chez vous le mardi 8 décembre 2026 "
        "(320 kg de Comté, 30 cartons de Brie et 60 kg de Morbier), prix inchangés.\n\n"
        "Cordialement\nSandrine",
        [po],
    )
    got = lines_of(res)
    assert {n: (ln.status, ln.date) for n, ln in got.items()} == {
        n: ("changed", date(2026, 12, 8)) for n in (1, 2, 3)
    }, res.review_reasons


def test_the_bucket_of_a_sized_compound_names_no_line() -> None:
    po = make_po(
        locale="en-GB",
        lines=[
            ("WP-9010", "Wall paint RAL 9010, matt", 400, "L", "4.20", "2026-12-11"),
            ("PR-GRY", "Primer grey, 10-l-bucket", 200, "L", "3.10", "2026-12-11"),
        ],
    )
    res = read(
        "Hello,\n\nPO 4500012345: the wall paint we only supply in whole buckets "
        "of 10 l, so 41 buckets = 410 l (price unchanged at 4.20/l).\n"
        "Primer: 20 buckets = 200 l, fine as ordered.\n\nDelivery for both lines: week 50."
        "\n\nRegards\nThomas",
        [po],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].quantity == 410 and got[2].quantity == 200
    assert got[2].status == "accepted"


def test_a_designation_the_description_holds_is_no_count() -> None:
    po = make_po(
        locale="en-GB",
        lines=[
            ("WP-9010", "Wall paint RAL 9010, matt", 400, "L", "4.20", "2026-12-11"),
            ("PR-GRY", "Primer grey, 10-l-bucket", 200, "L", "3.10", "2026-12-11"),
        ],
    )
    res = read(
        "Hello,\n\nPO 4500012345: the wall paint RAL 9010 we only supply in whole buckets of "
        "10 l, so 41 buckets = 410 l (price unchanged at 4.20/l).\nPrimer: 20 buckets = 200 l, "
        "fine as ordered.\n\nDelivery for both lines: week 50.\n\nRegards\nThomas",
        [po],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].quantity == 410


def test_a_charge_for_returnable_pallets_is_no_price_of_a_line() -> None:
    res = read(
        "Buongiorno,\n\nconfermiamo l'ordine 4500012345 come da Vostra richiesta, consegna "
        "15/12/2026.\n\nI bancali sono a rendere o verranno addebitati a € 12,00 cad.\n\n"
        "Cordiali saluti\nMarco",
        [make_po(locale="it-IT")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.status for ln in lines_of(res).values()} == {"accepted"}
