"""What batch CE taught on first sight (CF had no wrong value and no false confirmation), each
in a phrasing of its own:

- CE 068 (a false confirmation): a "Price list 2027" mail in a thread of its own, naming no
  order, matched to a PO only by the item codes in its sheet, is a notice to every customer:
  unrelated.
- CE 020: Danish, Norwegian and Swedish "den 15." / "den 15:e" (on the 15th) is a day of the
  month; "med samme bil som linje 1" (on the same truck as line 1) ties a line to another's
  date.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from agent.reading.dates import find_dates
from agent.reading.pipeline import read_message
from agent.reading.pos_json import load_pos
from tests.test_extract import lines_of, make_mail, make_po, read


def test_a_price_list_matched_only_by_its_goods_is_unrelated() -> None:
    raw = make_mail(
        "Dear customer,\n\nplease find below our prices for 2027, valid from 1 January 2027. "
        "Orders confirmed before 31 December 2026 are invoiced at 2026 prices.\n\nCAST-7781  "
        "Gearbox housing  EUR 321.90\nCAST-7782  Gearbox cover  EUR 12.45\n\nKind regards",
        subject="Price list 2027",
        in_reply_to=None,
        quote=False,
    )
    res = read_message(raw, load_pos([make_po()]))
    assert res.kind == "unrelated", (res.kind, res.review_reasons)


def test_nordic_den_15_is_a_day_of_the_month() -> None:
    ref = date(2026, 11, 24)
    for text, locale in (
        ("Vi kan levere linje 1 den 16. og linje 2 den 21.", "da-DK"),
        ("Vi leverer linje 1 den 16. og linje 2 den 21.", "nb-NO"),
        ("Vi levererar rad 1 den 16:e och rad 2 den 21:a", "sv-SE"),
    ):
        hits, _ = find_dates(text, locale, ref)
        assert [h.date for h in hits] == [date(2026, 12, 16), date(2026, 12, 21)], text
    # "den 15. december" is read whole, "den 15.12." as day and month
    hits, _ = find_dates("levering den 15. december", "da-DK", ref)
    assert [(h.date, h.text) for h in hits] == [(date(2026, 12, 15), "15. december")]


def test_on_the_same_truck_as_another_line_takes_its_date() -> None:
    res = read(
        "Hej Dana\n\nTak for ordren 4500012345. Antal og priser er som bestilt. Vi kan levere "
        "linje 1 den 16. og linje 2 den 21. Fødderne på linje 3 sender vi med samme bil som "
        "linje 1.\n\nVenlig hilsen",
        [make_po(locale="da-DK")],
        when=datetime(2026, 11, 24, 9, 0, tzinfo=UTC),
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].date for n in (1, 2, 3)] == [
        date(2026, 12, 16),
        date(2026, 12, 21),
        date(2026, 12, 16),
    ]
