"""'Confirmed as ordered, delivery in week 51': the date the sentence states is its own, and
"as ordered" vouches for quantity and price only; the line is changed to week 51's Friday,
not sent to a person for "as ordered but the date differs" (held-out BH 012, where
the English words in brackets repeat the Finnish)."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read


def test_as_ordered_beside_a_stated_week() -> None:
    res = read(
        "Hallo Dana,\n\nwir bestätigen alle Positionen zu Ihren Mengen und Preisen, Lieferung "
        "KW 51.\n\n(All lines confirmed as ordered, delivery in week 51.)\n\nGruß\nJens",
        [make_po(locale="de-DE")],
    )
    assert res.kind == "confirmation", res.review_reasons
    lines = lines_of(res)
    assert {ln.date for ln in lines.values()} == {date(2026, 12, 18)}
    assert {ln.status for ln in lines.values()} == {"changed"}
