"""Romanian "restul de 150 de cutii nu le mai putem produce" (the rest we can no longer make):
the pronoun between "nu" and "mai putem" hid the refusal, so the rest of a partial line read as
a part still to come (batch AZ 032)."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read


def test_the_rest_refused_with_a_pronoun_before_the_verb() -> None:
    res = read(
        "Bună ziua,\n\nVă confirmăm comanda 4500012345:\n\n"
        "Poziția 1: putem livra doar 30 de bucăți, până pe 15 decembrie, la prețul din comandă; "
        "restul de 10 bucăți nu le mai putem livra anul acesta.\n"
        "Poziția 2: conform comenzii.\nPoziția 3: conform comenzii.\n\nCu stimă",
        [make_po(locale="ro-RO")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].quantity == 30 and got[1].status == "changed"
    assert got[1].date == date(2026, 12, 15)
