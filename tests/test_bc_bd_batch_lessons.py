"""What the first scores of held-out batches BC and BD taught, as general rules. Every
phrasing here is written for these tests, in other words than the batches' cases."""

from __future__ import annotations

from agent.reading import phrases as P
from tests.test_extract import lines_of, make_po, read


def test_a_confirmation_put_off_to_next_week_in_the_present_tense() -> None:
    # batch BC 015 (false confirmation): "Wij bevestigen u de volledige bestelling volgende
    # week" read as a commitment dated next week
    res = read(
        "Guten Tag,\n\nIhre Bestellung 4500012345 haben wir erhalten. Die Termine der Gehäuse "
        "klären wir noch mit dem Werk. Wir bestätigen Ihnen den gesamten Auftrag nächste "
        "Woche.\n\nFreundliche Grüße",
        [make_po(locale="de-DE")],
    )
    assert res.kind == "needs_review"
    assert res.confirmations == [] or not any(
        ln.status in ("accepted", "changed") for c in res.confirmations for ln in c.lines
    )
    # a delivery next week is no confirmation put off
    assert not P.HOLD.search("We confirm your order, delivery next week.")


def test_a_spanish_refusal_with_its_pronoun() -> None:
    # batch BC 010: "Esta referencia ya no la fabricamos" left the line unconfirmed
    res = read(
        "Hola Dana,\n\nPedido 4500012345:\n- CAST-7781: 40 uds. a 312,50 €, entrega 15/12/2026.\n"
        "- CAST-7782: 100 uds. a 12,10 €, entrega 15/12/2026.\n"
        "- CAST-7790: este artículo ya no lo fabricamos, lo siento.\n\nUn saludo",
        [make_po(locale="es-ES")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[3].status == "rejected"


def test_portuguese_only_is_no_spanish_as_soon_as() -> None:
    # batch BC 013: Portuguese "confirmamos apenas 3 caixas" (only 3) read as Spanish
    # "confirmamos apenas …" (as soon as): the line held for later
    assert not P.holds_line("Posição 2: confirmamos apenas 3 caixas, mesma data e preço.")
    assert P.holds_line("Le confirmamos la fecha apenas tengamos la respuesta de fábrica.")


def test_goods_in_unknown_words_one_kept_one_moved_go_to_a_person() -> None:
    # batch BC 028: "Julekalenderkortene … først levere i uge 50. Nytårskortene leveres som
    # ønsket.": both lines moved to week 50
    res = read(
        "Hej Dana\n\nTak for ordren 4500012345.\n\nHusene kan vi desværre først levere i uge 51. "
        "Dækslerne og fødderne leveres som ønsket. Priser og antal er som i ordren.\n\n"
        "Med venlig hilsen",
        [make_po(locale="da-DK")],
    )
    assert res.kind == "needs_review"
    assert any("as requested" in r for r in res.review_reasons), res.review_reasons
