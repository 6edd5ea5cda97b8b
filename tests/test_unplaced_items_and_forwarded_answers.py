"""Four gaps batch T showed, each in a new phrasing: a count in Cyrillic kilograms ("800 кг")
is a count of a PO in KG; Norwegian and Danish put the verb before the subject after an
adverbial ("I morgen kommer vi tilbake"), and that is still a promise for later; a list item
with values that names no line, beside items that do, goes to a person when lines are left
unconfirmed; "below I send our production's answer" in Czech, Polish or Slovene refers to
content that is not the supplier's own words."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

SPICES = [
    ("PEP-BLK-500", "Black pepper whole, 500 g/l", 1200, "KG", "6.10", "2026-12-15"),
    ("CUM-SEED", "Cumin seed whole", 900, "KG", "3.40", "2026-12-15"),
]


def test_cyrillic_kilograms_count_a_po_in_kg() -> None:
    res = read(
        "Добрый день!\n\nПо заказу 4500012345:\nПоз. 1 — подтверждаем 1200 кг по 6,10 EUR, "
        "поставка 15.12.2026.\nПоз. 2 — из-за неурожая можем поставить только 700 кг, поставка "
        "также 15.12.2026.\n\nС уважением",
        [make_po(locale="ru-RU", lines=SPICES)],
    )
    got = lines_of(res)
    assert res.kind == "confirmation", res.review_reasons
    assert got[1].status == "accepted"
    assert got[2].status == "changed" and got[2].quantity == Decimal(700)


def test_a_promise_for_later_with_the_verb_first_is_still_one() -> None:
    for body, locale in (
        (
            "Hei,\n\nordre 4500012345 bekreftet som bestilt. Angående ordre 4500012399 kommer "
            "vi tilbake til deg i morgen.",
            "nb-NO",
        ),
        (
            "Hej,\n\nordre 4500012345 bekræftet som bestilt. Angående ordre 4500012399 vender "
            "vi tilbage til dig i morgen.",
            "da-DK",
        ),
    ):
        pos = [make_po(locale=locale), make_po("4500012399", locale=locale)]
        res = read(body, pos)
        answered = {c.po_number for c in res.confirmations}
        assert "4500012399" not in answered, (locale, res.kind, res.review_reasons)


def test_a_list_item_with_values_naming_no_line_goes_to_a_person() -> None:
    labels = [
        (
            "LBL-DE-30",
            "Etiket crème 50 ml DE, 30x50 mm, rol 500",
            12000,
            "EA",
            "0.0280",
            "2026-12-04",
        ),
        (
            "LBL-FR-30",
            "Etiket crème 50 ml FR, 30x50 mm, rol 500",
            8000,
            "EA",
            "0.0280",
            "2026-12-04",
        ),
        ("FLD-A5-3L", "Folder A5, 3 talen", 20000, "EA", "0.0190", "2026-12-04"),
    ]
    res = read(
        "Dag Dana,\n\nde stand van zaken:\n"
        "- Etiketten DE en FR (30x50 mm, rollen van 500): levering week 50, aan de bestelde "
        "prijs.\n- Folders A5: 12.000 st. in week 49, de resterende 8.000 st. in week 51.\n\n"
        "Groeten",
        [make_po(locale="nl-BE", lines=labels)],
    )
    assert res.kind == "needs_review", [(ln.line, ln.status) for ln in lines_of(res).values()]
    assert any("names no line" in r for r in res.review_reasons), res.review_reasons


def test_our_productions_answer_below_is_not_the_suppliers_own_words() -> None:
    for body, locale in (
        (
            "Dobrý den,\n\nníže posílám odpověď naší výroby k objednávce 4500012345, takto "
            "potvrzujeme.\n\nS pozdravem",
            "cs-CZ",
        ),
        (
            "Dzień dobry,\n\nponiżej przesyłam odpowiedź naszej produkcji do zamówienia "
            "4500012345 - tak potwierdzamy.\n\nPozdrawiam",
            "pl-PL",
        ),
    ):
        res = read(body, [make_po(locale=locale)])
        assert res.kind == "needs_review", (locale, res.kind)
        assert any("not the supplier's own" in r for r in res.review_reasons), res.review_reasons
