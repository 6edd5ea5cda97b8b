"""Split deliveries whose second part is cut off at a dash ("600 vnt., pristatysime gruodžio
18 d., likusius 600 vnt. - sausio 15 d.", batch AY 040): each count takes the first date after
it in the whole sentence, the delivery before a ship date ("salen de fábrica el 27/11 y los
tendréis en Segovia el 1/12"). A line whose only word on its date is "also in the first load"
names no date of its own and goes to a person."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read


def test_a_split_whose_rest_is_dated_after_a_dash() -> None:
    res = read(
        "Laba diena,\n\nPatvirtiname užsakymą 4500012345:\n"
        "1 eil. - 40 vnt. po 312,50 EUR, pristatymas 2026-12-15.\n"
        "2 eil. - pirmoji siunta, 60 vnt., pristatysime gruodžio 15 d., likusius 40 vnt. - "
        "sausio 12 d.\n"
        "3 eil. - 60 vnt. po 8,40 EUR, pristatymas 2026-12-15.\n\nPagarbiai",
        [make_po(locale="lt-LT")],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[2]
    assert [(s.quantity, s.date) for s in line.schedule] == [
        (60, date(2026, 12, 15)),
        (40, date(2027, 1, 12)),
    ]


def test_also_in_the_first_load_is_no_date() -> None:
    res = read(
        "Hola Dana:\n\nTe confirmo el pedido 4500012345:\n"
        "- Pos. 1: 40 uds., salen de fábrica el 27/11 y las tendréis el 1/12.\n"
        "- Pos. 2: 100 uds., entrega 1/12.\n"
        "- Pos. 3: OK, también en la primera carga.\n\nPrecios según pedido.\n\nUn saludo",
        [make_po(locale="es-ES")],
    )
    assert res.kind == "needs_review"
    assert not any(
        ln.line == 3 and ln.status in ("accepted", "changed")
        for c in res.confirmations
        for ln in c.lines
    )
