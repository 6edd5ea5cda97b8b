"""What the first scores of held-out batches AM and AN taught, as general rules. Every
phrasing here is written for these tests, in other words than the batches' cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

PAINT = [
    ("PNT-W-10", "Interior paint white, tin 10 l", 40, "TIN", "38.90", "2026-11-30"),
    ("PRM-G-10", "Alkyd primer grey, tin 10 l", 10, "TIN", "52.00", "2026-11-30"),
]


def test_a_slovak_withdrawn_line_is_refused() -> None:
    # batch AM 019: "výrobok sme … stiahli z predaja a už ho nevyrábame" was accepted
    res = read(
        "Dobrý deň, potvrdzujeme objednávku:\n"
        "pol. 1 - farba biela 10 l: 40 ks á 38,90 EUR, dodanie 30.11.2026\n"
        "pol. 2 - základ sivý 10 l: tento výrobok sme stiahli z ponuky, už ho nevyrábame.",
        [make_po(locale="sk-SK", lines=PAINT)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].status == "rejected"


TYRES = [
    ("TY-195", "Tyre 195/65 R15 91H, summer", 40, "PCE", "61.00", "2026-11-24"),
    ("TY-225", "Tyre 225/45 R17 94W XL, summer", 16, "PCE", "88.00", "2026-11-24"),
]


def test_an_amount_after_a_price_word_without_currency_is_a_price() -> None:
    # batch AM 035: "kinnitame 12 tk, hind 148,00 (…), tarne 24.11." was accepted at the PO's
    # price: an amount after a price word, with no currency, was no price
    res = read(
        "Tere, kinnitame tellimuse, tarne 24.11.\n"
        "Rida 1: 40 tk, hind 61,00.\n"
        "Rida 2: 16 tk, hind 91,50 (uus hinnakiri).",
        [make_po(locale="et-EE", lines=TYRES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].status, got[2].unit_price) == ("accepted", Decimal("91.50"))


PEAS = [
    ("FV-BEAN-10", "Green beans, frozen, carton 10 kg", 150, "CT", "15.20", "2026-12-16"),
    ("FV-CARR-10", "Carrot slices, frozen, carton 10 kg", 80, "CT", "12.40", "2026-12-16"),
]


def test_a_count_restated_in_another_pack_no_line_carries_goes_to_a_person() -> None:
    # batch AN 055: "arredondámos para 2 paletes = 160 caixas" was accepted at 150
    res = read(
        "Confirmamos a encomenda. O feijão verde só sai em paletes completas, pelo que "
        "arredondámos para 3 paletes = 180 caixas. As cenouras seguem como pedido. Entrega a "
        "16 de dezembro, preços conforme a encomenda.",
        [make_po(locale="pt-PT", lines=PEAS)],
    )
    assert res.kind == "needs_review"


SYRINGES = [
    ("SYR-5", "Syringe 5 ml Luer slip, box of 100", 150, "BOX", "7.40", "2026-12-15"),
    ("SYR-1", "Syringe 1 ml tuberculin, box of 100", 60, "BOX", "9.90", "2026-12-15"),
]


def test_hebrew_packs_and_counts_with_a_prefix() -> None:
    # batch AN 046: "בקרטונים של 20 קופסאות … ל-160 קופסאות" was read as 20 boxes
    res = read(
        "שלום, אנו מאשרים את ההזמנה:\n"
        'שורה 1 - מזרקים 5 מ"ל: המוצר נארז בקרטונים של 30 קופסאות, ולכן הכמות עודכנה ל-180 '
        "קופסאות (6 קרטונים), מחיר 7.40$ לקופסה.\n"
        'שורה 2 - מזרקים 1 מ"ל: 60 קופסאות, 9.90$ לקופסה.\n'
        "מועד אספקה לשתי השורות: 15/12/2026.",
        [make_po(locale="he-IL", currency="USD", lines=SYRINGES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].status, got[1].quantity) == ("changed", Decimal(180))
    assert got[1].date == date(2026, 12, 15)
