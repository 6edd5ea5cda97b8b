"""What batches BQ and BR taught on first sight, each in a phrasing of its own (BR's one
wrong answer, a person's holiday greeting classified as an auto-reply, is a strict expected
failure in test_corpus_heldout.py):

- BQ 005: the Nordic "om 3 veckor" (in three weeks) is a lead time from the mail's date, and
  "räknat från idag" (counted from today) is what it counts from, not a date of its own.
- BQ 029: French "les 200 autres suivront le 13/01/2027" delivers the rest on that date; only
  "suivra" without a date promises an answer.
- BQ 070: "please source line 1 of 4500012346 elsewhere" and a row's "not supplied" refuse the
  line; the line's number after its order's number in a row ("4500012346  1  CODE") is no
  value.
"""

from __future__ import annotations

from datetime import date, datetime

from agent.reading.dates import find_dates
from tests.test_extract import lines_of, make_po, read


def test_a_nordic_lead_time_counted_from_today() -> None:
    ref = datetime(2026, 11, 18)
    for text, locale, want in [
        ("Levering om 2 uger regnet fra i dag.", "da-DK", date(2026, 12, 2)),
        ("Leverans om 3 veckor räknat från idag.", "sv-SE", date(2026, 12, 9)),
    ]:
        hits = find_dates(text, locale, ref)[0]
        assert [h.date for h in hits] == [want], text
    res = read(
        "Hej Dana,\n\nvi bekräftar order 4500012345 med antal och priser enligt er order. "
        "Leverans om 3 veckor räknat från idag.\n\nMed vänliga hälsningar\nErik",
        [make_po(locale="sv-SE")],
    )
    assert res.kind == "confirmation", res.review_reasons
    # three weeks from the mail's day (4 November in these tests)
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 11, 25)}


def test_the_rest_will_follow_on_a_date_is_a_second_delivery() -> None:
    res = read(
        "Bonjour Dana,\n\ncommande 4500012345 :\n1. 40 unités à 312,50 €, livraison le "
        "15/12/2026\n2. livraison partielle de 60 unités le 15/12/2026 (12,10 €); les 40 "
        "autres suivront le 13/01/2027\n3. 60 unités à 8,40 €, livraison le 15/12/2026\n\n"
        "Cordialement\nGeneviève",
        [make_po(locale="fr-CA")],
    )
    assert res.kind == "confirmation", res.review_reasons
    line2 = lines_of(res)[2]
    assert line2.status == "changed"
    assert [(s.quantity, s.date) for s in line2.schedule] == [
        (60, date(2026, 12, 15)),
        (40, date(2027, 1, 13)),
    ]


def test_a_line_to_source_elsewhere_in_a_two_order_table_is_refused() -> None:
    po2 = make_po(
        "4500012346",
        lines=[("GCT-UPST-100", "Granite upstand 100 mm", 8, "EA", "96.00", "2027-01-15")],
    )
    res = read(
        "Hi Dana,\n\nConfirmation for your two orders from last week:\n\n"
        "PO          Line Item        Qty  Price    Delivery\n"
        "4500012345  1    CAST-7781   40   €312.50  15/12/2026\n"
        "4500012345  2    CAST-7782   100  €12.10   15/12/2026\n"
        "4500012345  3    CAST-7790   60   €8.40    15/12/2026\n"
        "4500012346  1    GCT-UPST-100  -  -        n/a\n\n"
        "We no longer cut upstands in-house, so please source line 1 of 4500012346 elsewhere."
        "\n\nBest regards\nFiona",
        [make_po(locale="en-GB"), po2],
    )
    got = [ln.status for c in res.confirmations if c.po_number == "4500012346" for ln in c.lines]
    assert "accepted" not in got and (res.kind == "needs_review" or got == ["rejected"])
