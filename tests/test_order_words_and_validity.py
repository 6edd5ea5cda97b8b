""" "n." before a number ends no sentence; an order keyword is a word of its own (the "Po" of
"Pompe 24/410" names no other order); an offer's validity written as a noun ("validità fino
al 31/12") is no delivery date. Phrasings written for these tests, not the batches' cases."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read

PUMPS = [
    ("PMP-28410", "Lotion pump 28/410 white", 10000, "EA", "0.120", "2026-12-04"),
    ("CAP-63", "Cap 63 mm aluminium, silver", 5000, "EA", "0.150", "2026-12-04"),
]


def test_a_line_led_by_pompe_and_a_size_is_read() -> None:
    res = read(
        "Gentile Sofia, confermiamo l'ordine n. 4500012345 ai prezzi dell'offerta n. 212/26 "
        "(validità fino al 31/12/2026), quantità come da ordine.\n"
        "- Pompe 28/410: consegna settimana 50\n"
        "- Tappi 63 mm: consegna come richiesto (04/12)",
        [make_po(locale="it-IT", lines=PUMPS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].status, got[1].date) == ("changed", date(2026, 12, 11))
    assert (got[2].status, got[2].date) == ("accepted", date(2026, 12, 4))
