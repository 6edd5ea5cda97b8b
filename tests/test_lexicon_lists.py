"""Three word lists are lexicon tables filled by every language: the words that announce a
list of the order's items ([list_follows]: "vi bekräftar den som följer"), those that make a
named line the company of another's goods ([companion]: "отгрузим вместе с позицией 1") and
the word "size" ([size_words]: "מידה XL", "ขนาด XL", "尺码XL"). Every phrasing is written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from agent.reading import lexicon as L
from agent.reading.extract import LineIndex
from agent.reading.pos_json import load_pos
from tests.test_extract import lines_of, make_po, read


def test_every_language_fills_the_three_tables() -> None:
    for code, tables in L.languages().items():
        for table in ("list_follows", "companion", "size_words"):
            assert tables[table], (code, table)


INSTRUMENTS = [
    ("UK-CON-MAH", "Concert ukulele, mahogany", 120, "EA", "42.00", "2027-01-15"),
    ("UK-SOP-SPR", "Soprano ukulele, spruce top", 200, "EA", "27.50", "2027-01-15"),
    ("TUN-CLIP-C", "Clip-on tuner, chromatic", 300, "EA", "3.20", "2027-01-15"),
]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Hej Erin,\n\ntack för order 4500012345, vi bekräftar den som följer\n"
            "1. Konsertukulele mahogny: 120 st, USD 42.00\n"
            "2. Sopranukulele gran: 200 st, USD 28.60\n"
            "Leverans från fabrik 28/12/2026, båda i en sändning.\n\nMed vänlig hälsning",
            "sv-SE",
        ),
        (
            "Hyvä Erin,\n\nkiitos tilauksesta 4500012345, vahvistamme sen seuraavasti\n"
            "1. Konserttiukulele mahonki: 120 kpl, USD 42.00\n"
            "2. Sopraanoukulele kuusi: 200 kpl, USD 28.60\n"
            "Toimitus tehtaalta 28.12.2026, molemmat samassa lähetyksessä.\n\n"
            "Ystävällisin terveisin",
            "fi-FI",
        ),
    ],
)
def test_a_list_announced_in_words_without_a_colon_leaves_the_other_lines_out(
    body: str, locale: str
) -> None:
    res = read(body, [make_po(locale=locale, currency="USD", lines=INSTRUMENTS)])
    assert res.kind == "needs_review"
    assert any("line 3" in r and "list does not name" in r for r in res.review_reasons), (
        res.review_reasons
    )


SOLAR = [
    ("PV-450", "Solar module 450 W mono", 1000, "EA", "61.20", "2027-01-20"),
    ("INV-50K", "String inverter 50 kW", 6, "EA", "2150.00", "2027-01-20"),
]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Добрый день!\n\nЗаказ 4500012345:\nПоз. 1 — 1000 шт. по 61,20 USD, отгрузка "
            "08.01.2027.\nПоз. 2 — 6 шт. по 2 150,00 USD, отгрузим вместе с позицией 1.\n\n"
            "С уважением",
            "ru-RU",
        ),
        (
            "Poštovani,\n\nnarudžba 4500012345:\nStavka 1 – 1000 kom po 61,20 USD, otprema "
            "08.01.2027.\nStavka 2 – 6 kom po 2.150,00 USD, šaljemo zajedno sa stavkom 1.\n\n"
            "Lijep pozdrav",
            "hr-HR",
        ),
    ],
)
def test_a_line_shipping_with_another_is_its_company(body: str, locale: str) -> None:
    # the line it ships with is its company: it takes that line's date, not the PO's
    res = read(body, [make_po(locale=locale, currency="USD", lines=SOLAR)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].date == got[1].date == date(2027, 1, 8)
    assert got[2].date != date(2027, 1, 20)


def _gloves(descriptions: tuple[str, str, str]) -> list[tuple]:
    return [
        (f"GLV-{n}", d, q, "EA", "6.10", "2026-12-15")
        for n, d, q in zip((1, 2, 3), descriptions, (400, 600, 200), strict=True)
    ]


@pytest.mark.parametrize(
    ("descriptions", "text"),
    [
        (
            ("כפפות ניטריל, מידה S", "כפפות ניטריל, מידה M", "כפפות ניטריל, מידה XL"),
            "מידה XL - נוכל לספק רק 150 יחידות",
        ),
        (
            ("ถุงมือไนไตร ขนาด S", "ถุงมือไนไตร ขนาด M", "ถุงมือไนไตร ขนาด XL"),
            "ขนาด XL จัดส่งได้เพียง 150 คู่",
        ),
        # a word of a language written without spaces needs no boundary before it
        (("丁腈手套尺码S", "丁腈手套尺码M", "丁腈手套尺码XL"), "手套尺码XL：只能供应150双"),
    ],
)
def test_a_line_is_named_by_its_size_after_a_size_word(
    descriptions: tuple[str, str, str], text: str
) -> None:
    po = load_pos([make_po(lines=_gloves(descriptions))])[0]
    found, _, _ = LineIndex(po).refs(text)
    assert found == {3}


def test_a_size_said_in_hebrew_is_not_lost_to_the_pos_quantity() -> None:
    res = read(
        "שלום דנה,\n\nמידה S - 400 יח', מאושר.\nמידה M - 600 יח', מאושר.\n"
        "מידה XL - נוכל לספק רק 150 יח' החודש.\n\nאספקה 15/12 לכולם.\n\nבברכה",
        [
            make_po(
                locale="he-IL",
                lines=_gloves(
                    ("כפפות ניטריל, מידה S", "כפפות ניטריל, מידה M", "כפפות ניטריל, מידה XL")
                ),
            )
        ],
    )
    # read as a change of line 3, or left to a person: never line 3 confirmed at 200
    assert res.kind == "needs_review" or lines_of(res)[3].quantity == 150, res.review_reasons
