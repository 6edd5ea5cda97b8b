"""A price notice that starts after every date the order is needed is the price of later
orders, not the line's; a price given with the line's count is the line's whatever list it
comes from. French "1er" dates are read with their year, and "réf." ends no sentence.
Phrasings written for these tests, not the batches' cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

SOLVENTS = [
    ("SOL-ETH-1L", "Ethanol absolute, bottle 1 l", 40, "BOT", "14.20", "2026-12-03"),
    ("SOL-ACN-2.5L", "Acetonitrile HPLC, bottle 2.5 l", 12, "BOT", "61.80", "2026-12-03"),
]


def test_a_price_from_after_the_order_is_later_orders_price() -> None:
    res = read(
        "Bonjour, nous vous confirmons la commande aux prix et quantités indiqués, livraison le "
        "03/12/2026.\nPour information : à compter du 1er mars 2027, le prix de l'acétonitrile "
        "(réf. SOL-ACN-2.5L) passera à 66,40 € HT.",
        [make_po(locale="fr-FR", lines=SOLVENTS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[2].status, got[2].unit_price) == ("accepted", Decimal("61.80"))


def test_a_price_given_with_the_lines_count_is_not_left_at_the_pos() -> None:
    res = read(
        "Bonjour, commande confirmée, livraison le 03/12/2026 :\n"
        "- éthanol : 40 flacons, prix inchangé\n"
        "- acétonitrile : 12 flacons à 66,40 € HT (nouveau tarif à compter du 1er mars 2027)",
        [make_po(locale="fr-FR", lines=SOLVENTS)],
    )
    # the supplier prices this order's line: never the PO's price, and here a person's call
    assert res.kind == "needs_review"
    assert any("66,40" in r for r in res.review_reasons)


def test_a_french_first_of_the_month_with_its_year_is_a_date() -> None:
    res = read(
        "Bonjour, commande confirmée aux prix indiqués, livraison le 1er décembre 2026.",
        [make_po(locale="fr-FR", lines=SOLVENTS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 1)}
