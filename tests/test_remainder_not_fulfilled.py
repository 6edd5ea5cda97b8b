"""A short line whose rest "will not be supplied" / "nie zostaną zrealizowane" is a smaller
quantity, and that rest's count is accounted for; a rest that "will not be delivered before"
a date is no refusal. Every phrasing is written for these tests."""

from __future__ import annotations

from decimal import Decimal

from agent.reading import lexicon as L
from tests.test_extract import lines_of, make_po, read

BOOKS = [
    ("NB-A4-80", "Notebook A4, 80 sheets, squared", 500, "EA", "1.10", "2026-12-11"),
    ("NB-A5-60", "Notebook A5, 60 sheets, lined", 800, "EA", "0.70", "2026-12-11"),
]


def test_the_rest_will_not_be_supplied() -> None:
    for body, locale in (
        (
            "Hello,\n\nPO 4500012345: of the squared notebooks we can ship 350 pcs only, the "
            "remaining 150 pcs will not be supplied (the paper batch is sold out). The lined "
            "notebooks as ordered. Delivery of both on 11/12/2026.\n\nRegards",
            "en-GB",
        ),
        (
            "Dzień dobry,\n\nzamówienie 4500012345: poz. 1 - mamy tylko 350 szt., pozostałe 150 "
            "szt. nie zostaną dostarczone (papier wyprzedany). Poz. 2 zgodnie z zamówieniem. "
            "Dostawa obu pozycji 11.12.2026.\n\nPozdrawiam",
            "pl-PL",
        ),
    ):
        res = read(body, [make_po(locale=locale, lines=BOOKS)])
        assert res.kind == "confirmation", (locale, res.review_reasons)
        got = lines_of(res)
        assert got[1].status == "changed" and got[1].quantity == 350, locale
        assert got[2].status == "accepted" and got[2].unit_price == Decimal("0.70"), locale


def test_not_delivered_before_a_date_is_no_refusal() -> None:
    assert L.search("decline", "the rest will not be delivered before 15/12") is None
    assert L.search("decline", "pozostałe nie zostaną dostarczone przed 15.12") is None


def test_a_count_in_a_sentence_naming_no_line_goes_to_a_person() -> None:
    # "A4" and "A5" are too short to name a line: the 350 belongs to no line the reading
    # can find, so keeping the PO's 500 would be a confident wrong answer
    res = read(
        "Hello,\n\nPO 4500012345: for the A4 notebooks we can ship 350 pcs only, the remaining "
        "150 pcs will not be supplied. The A5 notebooks as ordered. Delivery of both on "
        "11/12/2026.\n\nRegards",
        [make_po(locale="en-GB", lines=BOOKS)],
    )
    assert res.kind == "needs_review"
    assert any("350" in r for r in res.review_reasons), res.review_reasons
