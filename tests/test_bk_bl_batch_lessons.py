"""What batches BK and BL taught on first sight, each in a phrasing of its own:

- BK 002: Polish "w 51 tygodniu" (the week's ordinal in the locative, without a dot) is week
  51's Friday.
- BK 035 (false): a postscript below the signature with a date no line carries ("P.S. … only
  after 11.12.") sends the reply to a person.
- BK 051 (false): a price "updated as per the table below", when the only table below is our
  own quoted request, refers elsewhere.
- BL 019: "the other 15 no" after a partial count is the rest refused, not the line (its
  test guards the line against a refusal; it passes on the commit before too, where the
  reply already went to a person for its two counts).
- BL 047 (false): "please God" hedges a promise.
"""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read


def test_a_polish_week_in_the_locative_without_its_dot() -> None:
    res = read(
        "Dzień dobry,\n\npotwierdzamy zamówienie 4500012345 w całości, dostawa w 50 tygodniu."
        "\n\nPozdrawiam\nEwa",
        [make_po(locale="pl-PL")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 11)}


def test_a_postscript_with_a_later_date_goes_to_a_person() -> None:
    res = read(
        "Hello Dana,\n\nPO 4500012345 confirmed as ordered, delivery 15/12/2026.\n\nBest regards"
        "\nTom Reid\nAcme Castings Ltd\n\nP.S. The housings only reach our store on 21/12, so "
        "the order cannot leave before that.",
        [make_po(locale="en-GB")],
    )
    assert res.kind == "needs_review"


def test_a_price_as_per_the_table_below_refers_to_our_quoted_table() -> None:
    res = read(
        "Boa tarde,\n\nconfirmamos a encomenda 4500012345, mas o preço da linha 2 mudou "
        "conforme a tabela abaixo. O prazo mantém-se.\n\nCumprimentos\nRui",
        [make_po(locale="pt-PT")],
    )
    assert res.kind == "needs_review"


def test_the_other_count_refused_after_a_partial_count_is_a_rest() -> None:
    res = read(
        "Olá,\n\nencomenda 4500012345: linha 1 e linha 3 confirmadas. Linha 2: só podemos "
        "fornecer 60 unidades a 15/12/2026; as outras 40 não, o modelo foi descontinuado."
        "\n\nCumprimentos\nRui",
        [make_po(locale="pt-PT")],
    )
    got = {ln.line: ln.status for c in res.confirmations for ln in c.lines}
    assert got.get(2) != "rejected", got


def test_please_god_hedges_a_promise() -> None:
    res = read(
        "Hi Dana,\n\nall confirmed as per your PO, we'll have them with you 15/12/2026, please "
        "God.\n\nCheers, Seán",
        [make_po(locale="en-IE")],
    )
    assert res.kind == "needs_review"
