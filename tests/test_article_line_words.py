"""French "Article 2 :" and Portuguese "artigo 2", "itens 1 e 2" name PO lines, as "Item 2"
does in English (batch AV 047: two prices under "Article 1 :" and "Article 2 :" were read as
said of no line)."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read


def test_french_articles_name_lines() -> None:
    res = read(
        "Bonjour Dana,\n\nNous confirmons votre commande 4500012345 :\n\n"
        "Article 1 : 40 carters à 312,50 € pièce, livraison le 15/12/2026.\n"
        "Article 2 : 100 couvercles à 12,60 € (nouveau tarif), même livraison.\n"
        "Article 3 : 60 pieds à 8,40 €, même livraison.\n\nCordialement",
        [make_po(locale="fr-FR")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].unit_price == Decimal("12.60") and got[2].status == "changed"
    assert got[1].status == got[3].status == "accepted"


def test_portuguese_items_name_lines() -> None:
    res = read(
        "Bom dia Dana,\n\nconfirmamos o pedido 4500012345:\n"
        "artigo 1: 40 pçs a € 312,50.\nartigo 2: 100 pçs a € 12,10.\nartigo 3: 60 pçs a € 8,90.\n"
        "Prazo de entrega itens 1, 2 e 3: 15/12/2026.\n\nAtenciosamente",
        [make_po(locale="pt-BR")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[3].unit_price == Decimal("8.90") and got[3].status == "changed"
    assert got[1].status == got[2].status == "accepted"
