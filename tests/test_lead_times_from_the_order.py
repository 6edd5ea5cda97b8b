"""A lead time counted from our order ("4 Wochen nach Auftragseingang", "6-8 weeks ARO",
"30 días naturales desde la recepción del pedido") is a date when the reply comes the day
the PO was issued: that day plus the lead time, a range at its latest end. On a later day
the order's receipt date is not known, and the line is review; working days are no
calendar count. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from agent.reading.dates import lead_times
from tests.test_extract import lines_of, make_po, read

SAME_DAY = datetime(2026, 11, 2, 15, 0, tzinfo=UTC)  # the PO's issue day in make_po


@pytest.mark.parametrize(
    ("said", "locale", "want"),
    [
        ("Die Lieferzeit beträgt 4 Wochen nach Auftragseingang.", "de-DE", date(2026, 11, 30)),
        ("Lead time is 6-8 weeks ARO.", "en-US", date(2026, 12, 28)),
        (
            "El plazo de entrega es de 30 días naturales desde la recepción del pedido.",
            "es-ES",
            date(2026, 12, 2),
        ),
    ],
)
def test_a_lead_time_from_the_order_on_its_issue_day_is_a_date(
    said: str, locale: str, want: date
) -> None:
    body = f"Hello Dana,\n\nthank you for order 4500012345, received today. Prices as per PO. {said}\n\nSam"
    res = read(body, [make_po(locale=locale)], when=SAME_DAY)
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {want}


def test_a_lead_time_on_a_later_day_is_review() -> None:
    body = "Hello Dana,\n\nthank you for order 4500012345. Prices as per PO. Lead time is 6-8 weeks ARO.\n\nSam"
    res = read(body, [make_po(locale="en-US")], when=datetime(2026, 11, 9, 15, 0, tzinfo=UTC))
    assert res.kind == "needs_review"


def test_working_days_are_no_calendar_count() -> None:
    assert lead_times("10 Arbeitstage nach Auftragseingang") == []
    assert lead_times("15 business days ARO") == []
    assert lead_times("收到订单后30天")[0].days == 30


def test_a_vague_time_the_supplier_says_is_impossible_is_no_answer() -> None:
    body = (
        "Bonjour Dana,\n\nnous confirmons votre commande 4500012345 de ce jour. Délai : 4 semaines "
        "après réception de commande. Une livraison mi-novembre n'est malheureusement pas "
        "possible.\n\nCordialement"
    )
    res = read(body, [make_po(locale="fr-FR")], when=SAME_DAY)
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 11, 30)}
