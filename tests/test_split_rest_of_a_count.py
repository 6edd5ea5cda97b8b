"""The rest of a split delivery named as "the balance of 300", "die Restmenge von 300 kg", "het
restant van 300" is a part of the split, not the whole that "80 of 100" names. Every phrasing
is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_extract import lines_of, make_po, read

RESIN = [("EP-RES-20", "Epoxy resin 20 kg pail", 800, "KG", "6.40", "2026-12-11")]

BODIES = {
    "de-DE": (
        "Guten Tag Frau Brandt,\n\nIhre Bestellung 4500012345 bestätigen wir zu 6,40 €/kg. "
        "Wir liefern 500 kg am 11.12.2026 und die Restmenge von 300 kg am 08.01.2027.\n\n"
        "Mit freundlichen Grüßen"
    ),
    "nl-NL": (
        "Beste Anna,\n\nOrder 4500012345 bevestigd tegen € 6,40/kg. Wij leveren 500 kg op "
        "11-12-2026 en het restant van 300 kg op 08-01-2027.\n\nMet vriendelijke groet"
    ),
    "en-GB": (
        "Hi Anna,\n\nPO 4500012345 confirmed at 6.40/kg. We deliver 500 kg on 11/12/2026 and "
        "the balance of 300 kg on 08/01/2027.\n\nRegards"
    ),
}


@pytest.mark.parametrize("locale", sorted(BODIES))
def test_a_rest_named_before_of_is_a_part_of_the_split(locale: str) -> None:
    res = read(BODIES[locale], [make_po(locale=locale, currency="EUR", lines=RESIN)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)[1]
    assert [(p.quantity, p.date) for p in got.schedule] == [
        (500, date(2026, 12, 11)),
        (300, date(2027, 1, 8)),
    ]
    assert got.date == date(2027, 1, 8)


def test_a_whole_after_of_is_still_not_a_part() -> None:
    body = (
        "Hi Anna,\n\nPO 4500012345: we can only do 500 of 800 kg on 11/12/2026, the other "
        "300 kg follow on 08/01/2027.\n\nRegards"
    )
    res = read(body, [make_po(locale="en-GB", currency="EUR", lines=RESIN)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)[1]
    assert [(p.quantity, p.date) for p in got.schedule] == [
        (500, date(2026, 12, 11)),
        (300, date(2027, 1, 8)),
    ]
