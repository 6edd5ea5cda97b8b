"""A day, a month's abbreviation and a year joined by slashes ("embarque 11/dic/2026, entrega
18/dic/2026", as Mexican ERPs print them; batch AY 052) is a date, as "18-Dec-2026" is."""

from __future__ import annotations

from datetime import UTC, date, datetime

from agent.reading.dates import find_dates
from tests.test_extract import lines_of, make_po, read


def test_slashed_month_abbreviations_are_dates() -> None:
    ref = datetime(2026, 11, 20, tzinfo=UTC)
    hits, _ = find_dates("entrega 22/ene/2027, embarque 18/DEC/2026", "es-MX", ref)
    assert [h.date for h in hits] == [date(2027, 1, 22), date(2026, 12, 18)]
    # a fraction before a month's name stays no day of that month
    assert [h.text for h in find_dates("tubo 1/2 mar abierto", "es-ES", ref)[0]] != ["2 mar"]


def test_a_reply_dated_with_slashed_month_names() -> None:
    res = read(
        "Hola Dana,\n\nConfirmamos la orden 4500012345 a los precios y cantidades del pedido, "
        "embarque 10/dic/2026, entrega en destino 17/dic/2026.\n\nSaludos",
        [make_po(locale="es-MX")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 17)}
