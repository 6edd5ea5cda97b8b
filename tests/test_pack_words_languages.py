"""Pack words of many languages: a price per pack whose size the reply states ("vreće od 25
kg, 13,75 EUR/vreća") is a price per the PO's unit. Each reply names its pack with a word
the lexicon lacked (a can, a pail, a jerrycan, a sack in a plural or a case form that follows
a number). Written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_extract import lines_of, make_po, read

CASES = [
    # Polish cans: "puszek" after a number, "puszkę" after "za"
    (
        "Dzień dobry,\npotwierdzamy zamówienie: farba podkładowa szara - 40 puszek po 2,5 kg, "
        "cena 31,25 zł za puszkę. Dostawa 9.12.2026.",
        "pl-PL",
        "PLN",
        100,
        "KG",
        "12.10",
        Decimal("12.50"),
    ),
    # Czech cans
    (
        "Dobrý den,\npotvrzujeme objednávku: základní barva šedá - 30 plechovek po 2,5 kg, "
        "cena 310,00 Kč/plechovka. Dodání 9. 12. 2026.",
        "cs-CZ",
        "CZK",
        75,
        "KG",
        "121.00",
        Decimal("124.00"),
    ),
    # Slovenian drums: "sod" as the price's unit
    (
        "Pozdravljeni,\npotrjujemo naročilo: osnovna barva - 15 sodov po 180 kg, "
        "cena 396,00 EUR/sod. Dobava 9. 12. 2026.",
        "sl-SI",
        "EUR",
        2700,
        "KG",
        "2.10",
        Decimal("2.20"),
    ),
    # Croatian sacks "od" (of) their weight
    (
        "Poštovani,\npotvrđujemo narudžbu: cementno ljepilo - 40 vreća od 25 kg, "
        "13,75 EUR/vreća. Isporuka 9.12.2026.",
        "hr-HR",
        "EUR",
        1000,
        "KG",
        "0.52",
        Decimal("0.55"),
    ),
    # Hungarian pails
    (
        "Tisztelt Hölgyem/Uram!\nA rendelést visszaigazoljuk: alapozó festék - 20 vödör à 10 kg, "
        "48,00 EUR/vödör. Szállítás: 2026. december 9.",
        "hu-HU",
        "EUR",
        200,
        "KG",
        "4.60",
        Decimal("4.80"),
    ),
    # Dutch tins
    (
        "Goedemiddag,\nwij bevestigen uw bestelling: grondverf grijs - 30 blikken à 2,5 kg, "
        "€ 26,25/blik. Levering 9-12-2026.",
        "nl-NL",
        "EUR",
        75,
        "KG",
        "10.20",
        Decimal("10.50"),
    ),
    # German pails (Hobbocks)
    (
        "Guten Tag,\nwir bestätigen Ihre Bestellung: Fließfett - 12 Hobbocks à 25 kg, "
        "62,50 €/Hobbock. Liefertermin 09.12.2026.",
        "de-DE",
        "EUR",
        300,
        "KG",
        "2.40",
        Decimal("2.50"),
    ),
    # French jerrycans
    (
        "Bonjour,\nnous confirmons votre commande : dégraissant - 12 jerricans de 20 kg, "
        "38,00 €/jerrican. Livraison le 09/12/2026.",
        "fr-FR",
        "EUR",
        240,
        "KG",
        "1.80",
        Decimal("1.90"),
    ),
    # Spanish bags
    (
        "Buenos días,\nconfirmamos su pedido: mortero cola - 40 bolsas de 25 kg, "
        "18,75 €/bolsa. Entrega 09/12/2026.",
        "es-ES",
        "EUR",
        1000,
        "KG",
        "0.72",
        Decimal("0.75"),
    ),
    # Italian jerrycans
    (
        "Buongiorno,\nconfermiamo il Vs. ordine: sgrassante - 10 taniche da 25 kg, "
        "45,00 €/tanica. Consegna 09/12/2026.",
        "it-IT",
        "EUR",
        250,
        "KG",
        "1.75",
        Decimal("1.80"),
    ),
    # Portuguese jerrycans, "por" (per) one
    (
        "Bom dia,\nconfirmamos o pedido: desengordurante - 20 bombonas de 20 kg, "
        "R$ 150,00 por bombona. Entrega 09/12/2026.",
        "pt-BR",
        "BRL",
        400,
        "KG",
        "7.20",
        Decimal("7.50"),
    ),
    # Lithuanian cans: genitive plural after the number, accusative after the price
    (
        "Laba diena,\npatvirtiname užsakymą: gruntas pilkas - 30 skardinių po 2,5 kg, "
        "31,25 EUR/skardinę. Pristatymas 2026-12-09.",
        "lt-LT",
        "EUR",
        75,
        "KG",
        "12.10",
        Decimal("12.50"),
    ),
    # Finnish pails: the partitive after the number
    (
        "Hei,\nvahvistamme tilauksen: pohjamaali - 20 sankoa à 10 kg, 48,00 €/sanko. "
        "Toimitus 9.12.2026.",
        "fi-FI",
        "EUR",
        200,
        "KG",
        "4.60",
        Decimal("4.80"),
    ),
    # Vietnamese sacks
    (
        "Chào anh,\nchúng tôi xác nhận đơn hàng: hạt tiêu đen - 20 bao x 50 kg, "
        "giá 240 USD/bao. Giao hàng ngày 09/12/2026.",
        "vi-VN",
        "USD",
        1000,
        "KG",
        "4.60",
        Decimal("4.80"),
    ),
    # Swedish cans
    (
        "Hej,\nvi bekräftar er order: grundfärg grå - 30 burkar à 2,5 kg, 310 kr/burk. "
        "Leverans 2026-12-09.",
        "sv-SE",
        "SEK",
        75,
        "KG",
        "121.00",
        Decimal("124.00"),
    ),
]


@pytest.mark.parametrize(
    ("body", "locale", "currency", "qty", "uom", "po_price", "price"),
    CASES,
    ids=[c[1] for c in CASES],
)
def test_a_price_per_pack_of_stated_weight_is_a_price_per_kilogram(
    body: str, locale: str, currency: str, qty: int, uom: str, po_price: str, price: Decimal
) -> None:
    res = read(
        body,
        [
            make_po(
                locale=locale,
                currency=currency,
                lines=[("PK-1", "Primer grey", qty, uom, po_price, "2026-12-09")],
            )
        ],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert (line.status, line.quantity, line.unit_price) == ("changed", qty, price)


def test_a_slovak_price_per_box_of_stated_count_is_a_price_per_piece() -> None:
    # "krabíc": the genitive plural after a number
    res = read(
        "Dobrý deň,\npotvrdzujeme objednávku: rukavice nitrilové M - 20 krabíc po 100 ks, "
        "9,00 EUR/krabica. Dodanie 9. 12. 2026.",
        [
            make_po(
                locale="sk-SK",
                currency="EUR",
                lines=[("GL-M", "Nitrile gloves, size M", 2000, "PCS", "0.085", "2026-12-09")],
            )
        ],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert (line.status, line.quantity, line.unit_price) == ("changed", 2000, Decimal("0.09"))
