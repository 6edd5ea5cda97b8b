"""A lead time counted from the order's own date ("6 weeks from the order date", "ab
Bestelldatum", "nuo užsakymo datos") is a date on any day, counted from the PO's issue date;
one counted from the order's receipt is a date only on the day the PO went out. A price's
start written right before a date ("o aumento entra em vigor em 01/03") is no delivery.
Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.reading.dates import lead_times
from tests.test_extract import lines_of, make_po, read

# make_po issues the PO on 2026-11-02; make_mail sends the reply on 2026-11-04


def test_weeks_from_the_order_date_count_from_the_issue_date() -> None:
    res = read(
        "Hi Dana,\n\norder 4500012345 confirmed, quantities and prices as per your PO. Our "
        "lead time is 6 weeks from the order date.\n\nSam"
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 14)}


def test_a_german_lead_time_ab_bestelldatum() -> None:
    res = read(
        "Hallo Frau Ruiz,\n\nwir bestätigen die Bestellung 4500012345 zu Ihren Preisen und "
        "Mengen, Lieferzeit 6 Wochen ab Bestelldatum.\n\nGruß"
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 14)}


def test_weeks_after_receipt_on_a_later_day_give_no_date() -> None:
    res = read(
        "Hi Dana,\n\norder 4500012345 confirmed, quantities and prices as per your PO. Our "
        "lead time is 6 weeks after receipt of order.\n\nSam"
    )
    assert res.kind == "needs_review"


def test_lead_time_words_of_more_languages() -> None:
    found = lead_times("pristatymo terminas yra 6 savaitės nuo užsakymo datos")
    assert [(lt.days, lt.from_order_date) for lt in found] == [(42, True)]
    found = lead_times("leveringstid 3 uker etter ordremottak")
    assert [(lt.days, lt.from_order_date) for lt in found] == [(21, False)]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Buenos días,\n\nconfirmamos el pedido 4500012345, entrega el 15/12. La línea 2 "
            "pasa a 12,60 € según la nueva lista de precios vigente desde el 01/12.\n\nSaludos",
            "es-ES",
        ),
        (
            "Bom dia,\n\nconfirmamos o pedido 4500012345, entrega 15/12. Linha 2: a tabela nova "
            "entrou em vigor em 01/11, o preço passa para 12,60 €.\n\nAtenciosamente",
            "pt-PT",
        ),
    ],
)
def test_a_price_start_before_a_date_is_no_delivery(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert {ln.date for ln in got.values()} == {date(2026, 12, 15)}
    assert got[2].unit_price == Decimal("12.60")


@pytest.mark.parametrize(
    "body",
    [
        "Buenos días,\n\nconfirmamos el pedido 4500012345 a sus precios, entrega a partir del "
        "18/12.\n\nSaludos",
        "Hello,\n\nwe confirm order 4500012345 at your prices, delivery from 18/12.\n\nRegards",
    ],
)
def test_a_delivery_from_a_later_date_never_keeps_the_pos_date(body: str) -> None:
    # "from" also opens closures and price notices; after a word of delivery it says when
    # the goods come, and the PO's 15/12 is not what the supplier wrote
    res = read(body, [make_po(locale="es-ES")])
    if res.kind == "confirmation":
        assert date(2026, 12, 15) not in {ln.date for ln in lines_of(res).values()}
    else:
        assert res.kind == "needs_review"
        assert any("18/12" in r for r in res.review_reasons)
