"""A date the supplier says it can only tell later ("De leverdata kunnen wij pas volgende week
doorgeven", held-out BF 018, a false confirmation on first sight) is no delivery next week:
prices confirmed with the dates to follow is a reply for a person, in Dutch, German and
English alike."""

from __future__ import annotations

import pytest

from tests.test_extract import make_po, read

REPLIES = {
    "nl-BE": "Beste,\n\nDe prijzen van bestelling 4500012345 bevestigen wij. De leveringsdatum "
    "kunnen we u pas maandag 7 december doorgeven.\n\nMet vriendelijke groeten\nAn",
    "de-DE": "Guten Tag,\n\ndie Preise der Bestellung 4500012345 bestätigen wir. Die Liefertermine "
    "können wir Ihnen erst nächste Woche mitteilen.\n\nGruß\nJan",
    "en-GB": "Hi Dana,\n\nprices on PO 4500012345 are fine. We can only give you firm delivery "
    "dates next week.\n\nBest, Tom",
}


@pytest.mark.parametrize("locale", sorted(REPLIES))
def test_prices_confirmed_dates_told_later_is_review(locale: str) -> None:
    res = read(REPLIES[locale], [make_po(locale=locale)])
    assert res.kind == "needs_review", [
        (ln.line, ln.status, ln.date) for c in res.confirmations for ln in c.lines
    ]
