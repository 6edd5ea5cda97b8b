"""Answers written into our own quoted request (an arrow beside a changed value, "see the
corrections in your table below") go to a person; a number a PO description holds beside
the same word is no date ("Ne 30/1"); a price per a pack written before the price ("bobin
başına 8,00 USD"); Chinese "both items"; Czech "in full" against a table that differs; a
French refusal with an adverb inside; Latvian "we will be able to confirm". Every phrasing is
written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.reading.pipeline import read_message
from agent.reading.pos_json import load_pos
from tests.test_extract import BUYER, lines_of, make_mail, make_po, read

EDITED_REQUEST = """

-----Original Message-----
From: Dana Ruiz <{buyer}>
Sent: Monday, November 2, 2026 9:00 AM
Subject: Please confirm purchase order 4500012345

Line | Item | Description | Qty | UoM | Unit price EUR | Need-by
1 | CAST-7781 | Gearbox housing, ductile iron | 40 | EA | 312.50 | 2026-12-15
2 | CAST-7782 | Gearbox cover, ductile iron | 100 | EA | 12.10 | 2027-01-12   <-- tooling repair
3 | CAST-7790 | Mounting foot, grey iron | 60 | EA | 8.40 | 2026-12-15
"""


@pytest.mark.parametrize(
    "body",
    [
        "Hi Dana,\n\nAll good, confirmed, delivery 15/12 as requested.\n\nSam",
        "Hej Dana,\n\nOrdren er bekræftet, se rettelser med pil i din tabel nedenfor.\n\nSam",
    ],
)
def test_an_answer_written_into_our_quoted_request_goes_to_a_person(body: str) -> None:
    res = read_message(
        make_mail(body + EDITED_REQUEST.format(buyer=BUYER), quote=False), load_pos([make_po()])
    )
    assert res.kind == "needs_review"
    assert any("quoted request" in r or "refers to content" in r for r in res.review_reasons)


YARN = [
    ("Y-30", "Cotton yarn combed Ne 30/1", 1200, "KG", "23.40", "2026-12-15"),
    ("Y-20", "Cotton yarn open-end Ne 20/1", 800, "KG", "14.90", "2026-12-15"),
]


def test_a_count_a_description_holds_beside_the_same_word_is_no_date() -> None:
    res = read(
        "Bom dia Dana,\n\nConfirmamos o pedido 4500012345: 1.200 kg de Ne 30/1 a 23,40/kg e "
        "800 kg de Ne 20/1 a 14,90/kg, entrega 15/12.\n\nAbs",
        [make_po(locale="pt-BR", lines=YARN)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


def test_chinese_both_items_covers_every_line() -> None:
    two = [
        ("OP-1", "Optical window N-BK7 D50", 100, "EA", "18.60", "2026-12-15"),
        ("OP-2", "Right-angle prism 25 mm", 40, "EA", "42.00", "2026-12-15"),
    ]
    res = read(
        "Dana 您好：\n\n確認訂單 4500012345：\n項次1：光學窗片，100 片，單價 USD 18.60\n"
        "項次2：直角稜鏡，40 個，單價 USD 42.00\n交期：兩項均為12月22日出貨。",
        [make_po(locale="zh-TW", currency="USD", lines=two)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 22)}


def test_in_full_against_a_table_that_differs_goes_to_a_person() -> None:
    res = read(
        "Dobrý den,\n\nobjednávku 4500012345 potvrzujeme v plném rozsahu dle Vašeho zadání."
        "\n\npol.  zboží       množství  cena/ks   termín\n"
        "1     CAST-7781   40 ks     312,50    15.12.2026\n"
        "2     CAST-7782   80 ks     12,10     8.1.2027\n"
        "3     CAST-7790   60 ks     8,40      15.12.2026\n\nS pozdravem",
        [make_po(locale="cs-CZ")],
    )
    assert res.kind == "needs_review"
    assert any("v plném rozsahu" in r and "line 2" in r for r in res.review_reasons), (
        res.review_reasons
    )


def test_a_promise_to_confirm_the_date_later_is_no_confirmation() -> None:
    res = read(
        "Labdien!\n\nPaldies par pasūtījumu 4500012345. Piegādes termiņu varēsim apstiprināt "
        "līdz piektdienai. Cena paliek kā piedāvājumā.\n\nAr cieņu",
        [make_po(locale="lv-LV")],
    )
    assert res.kind == "needs_review"
    assert res.confirmations == []


def test_a_french_refusal_with_an_adverb_inside_rejects_the_line() -> None:
    res = read(
        "Bonjour,\n\nCommande 4500012345 :\n- Poste 1 : OK, livraison le 15/12.\n- Poste 2 : "
        "nous ne pouvons malheureusement pas fournir cette pièce. Poste annulé de notre côté.\n"
        "- Poste 3 : OK, livraison le 15/12.\n\nCordialement",
        [make_po(locale="fr-FR")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].status == "rejected"


def test_a_language_without_word_boundaries_holds_no_latin_word() -> None:
    # its patterns match inside any word: an "OK" there found "ok" in "look"
    import re

    from agent.reading import lexicon as L

    allowed = {"pcs", "ea", "x"}  # units and the pack's "x" right after a number
    for lang, tables in L.languages().items():
        if tables["_boundaries"] == ["yes"]:
            continue
        for name, patterns in tables.items():
            if name.startswith("_"):
                continue
            latin = [p for p in patterns if re.fullmatch(r"[A-Za-z]{2,}", p) and p not in allowed]
            assert not latin, f"{lang} [{name}]: {latin}"
    assert L.search("agreement", "if you want us to look at a partial") is None


@pytest.mark.parametrize(
    ("body", "locale", "line", "price"),
    [
        # the price per a cone, written before the price ("bobin başına")
        (
            "Sayın Dana Ruiz,\n\n4500012345 numaralı siparişinizi teyit ederiz.\nMiktar: 1.200 "
            "bobin x 1,25 kg = 1.500 kg\nFiyat: bobin başına 8,00 EUR\nTeslim tarihi: 15 Aralık "
            "2026\n\nSaygılarımızla",
            "tr-TR",
            ("Y-1", "Polyester yarn 150D", 1500, "KG", "6.40", "2026-12-15"),
            "6.40",
        ),
        # a drum of kilograms written in Cyrillic ("варела по 200 кг")
        (
            "Здравейте,\n\nПотвърждаваме поръчка 4500012345:\n- Лимонена киселина – 5 варела "
            "по 200 кг = 1000 кг, 84,00 EUR/варел\nДоставка: 15.12.2026 г.\n\nПоздрави",
            "bg-BG",
            ("CH-1", "Citric acid solution 50%", 1000, "KG", "0.42", "2026-12-15"),
            "0.42",
        ),
    ],
)
def test_a_price_per_pack_is_converted_to_the_po_unit(
    body: str, locale: str, line: tuple, price: str
) -> None:
    res = read(body, [make_po(locale=locale, lines=[line])])
    assert res.kind == "confirmation", res.review_reasons
    (got,) = lines_of(res).values()
    assert got.status == "accepted" and got.unit_price == Decimal(price)
