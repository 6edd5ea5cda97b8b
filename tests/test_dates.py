"""Dates as suppliers write them: locale order, year-less, relative, calendar weeks, vague."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from babel.dates import format_date
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from agent.reading.dates import dates_in, find_dates, iso_week_day

REF = datetime(2026, 11, 19, 9, 30, tzinfo=UTC)  # a Thursday


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("delivery 01/12/2027", "en-US", date(2027, 1, 12)),
        ("delivery 08/01/2027", "en-GB", date(2027, 1, 8)),
        ("Liefertermin 11.12.2026", "de-DE", date(2026, 12, 11)),
        ("livraison le 12/02/2027", "fr-FR", date(2027, 2, 12)),
        ("by Friday 20-11-2026", "en-IN", date(2026, 11, 20)),
        ("2026-12-04", "en-US", date(2026, 12, 4)),
        ("for delivery on 7 December 2026", "en-GB", date(2026, 12, 7)),
        ("le 3 février 2027", "fr-FR", date(2027, 2, 3)),
        ("am 3. Dezember 2026", "de-DE", date(2026, 12, 3)),
        ("el 15 de enero de 2027", "es-ES", date(2027, 1, 15)),
        ("交货日期 2027年1月29日", "zh-CN", date(2027, 1, 29)),
        ("2027年 2月 5日着", "ja-JP", date(2027, 2, 5)),
    ],
)
def test_absolute_dates_by_locale(text: str, locale: str, want: date) -> None:
    assert dates_in(text, locale, REF) == [want]


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("ship Jan 8", "en-US", date(2027, 1, 8)),  # past this year: next year
        ("600pcs delivery on Dec.14", "en-US", date(2026, 12, 14)),
        ("delivery 12/16 as requested", "en-US", date(2026, 12, 16)),
        ("1,500 for 27/11", "en-GB", date(2026, 11, 27)),
        ("for the 27th", "en-GB", date(2026, 11, 27)),
        ("the 17th instead", "en-GB", date(2026, 12, 17)),  # the 17th of November is past
        ("Termin 11.12.", "de-DE", date(2026, 12, 11)),
        ("1月29日着", "ja-JP", date(2027, 1, 29)),  # month and day, in that order, in CJK
        ("12月8号交货", "zh-CN", date(2026, 12, 8)),
    ],
)
def test_yearless_dates_are_the_next_on_or_after_the_mail(
    text: str, locale: str, want: date
) -> None:
    assert dates_in(text, locale, REF) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("they ship today", date(2026, 11, 19)),
        ("with you tomorrow", date(2026, 11, 20)),
        ("I can get them to you next Monday", date(2026, 11, 23)),
        ("by Friday", date(2026, 11, 20)),
        ("in two weeks", date(2026, 12, 3)),
        ("in 10 days", date(2026, 11, 29)),
    ],
)
def test_relative_dates_from_the_mail_date(text: str, want: date) -> None:
    assert dates_in(text, "en-US", REF) == [want]


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("Liefertermin KW 49", "de-DE", date(2026, 12, 4)),
        ("KW 2/2027", "de-DE", date(2027, 1, 15)),
        ("KW 01/2027", "de-DE", date(2027, 1, 8)),
        ("Dienstag, KW 50", "de-DE", date(2026, 12, 8)),
        # the day may also follow the week: still one date, that day of that week
        ("Anlieferung KW 50 (Dienstag)", "de-DE", date(2026, 12, 8)),
        ("shipping wk 3, Wednesday", "en-GB", date(2027, 1, 20)),
        ("livraison semaine 4 le jeudi", "fr-FR", date(2027, 1, 28)),
        ("Thursday of week 51", "en-GB", date(2026, 12, 17)),
        ("CW51", "en-GB", date(2026, 12, 18)),
        ("week 2", "en-GB", date(2027, 1, 15)),  # week 2 of 2026 is past
        ("wk 51", "en-US", date(2026, 12, 18)),
        ("semaine 51", "fr-FR", date(2026, 12, 18)),
        ("S51", "fr-FR", date(2026, 12, 18)),
        ("settimana 51", "it-IT", date(2026, 12, 18)),
        # the week's number as an ordinal before the word
        ("termin dostawy: 3. tydzień 2027 r.", "pl-PL", date(2027, 1, 22)),
        ("Lieferung in der 2. KW", "de-DE", date(2027, 1, 15)),
        ("dodání 52. týden", "cs-CZ", date(2026, 12, 25)),
        # the supplier's own short day name before the week: a spreadsheet cell, a label
        ("Mi, KW 4", "de-DE", date(2027, 1, 27)),
        ("Liefertermin: Do. KW 50", "de-DE", date(2026, 12, 10)),
        ("livraison : mer. semaine 3", "fr-FR", date(2027, 1, 20)),
        # ... but a short word mid-sentence is no day: "so KW 4" is German for "around"
        ("wir liefern dann so KW 4", "de-DE", date(2027, 1, 29)),
        ("we can do wk 50", "en-US", date(2026, 12, 11)),
        ("Mi KW 4", "en-GB", date(2027, 1, 29)),  # not an English day
        # Czech and Polish decline the word
        ("zbytek v týdnu 2", "cs-CZ", date(2027, 1, 15)),
        ("pozostałe w 2. tygodniu", "pl-PL", date(2027, 1, 15)),
    ],
)
def test_calendar_weeks_are_fridays_unless_a_day_is_named(
    text: str, locale: str, want: date
) -> None:
    assert dates_in(text, locale, REF) == [want]


def test_a_weekday_range_after_a_week_is_not_one_day() -> None:
    # "KW 5 Montag bis Mittwoch" is a span: no single day of the week is committed
    hits, _ = find_dates("KW 5 Montag bis Mittwoch", "de-DE", REF)
    assert date(2027, 2, 1) not in [h.date for h in hits]
    assert len({h.date for h in hits}) > 1


def test_a_weekday_starting_its_own_date_does_not_qualify_the_week() -> None:
    hits, _ = find_dates("wk 5, Monday 1/2", "en-GB", REF)
    assert [h.date for h in hits] == [date(2027, 2, 5), date(2027, 2, 1)]


def test_a_weekday_next_to_a_date_qualifies_it() -> None:
    hits, _ = find_dates("out on our Monday truck (11/30) for delivery Tuesday 12/1", "en-US", REF)
    assert [(h.date, h.conflict) for h in hits] == [
        (date(2026, 11, 30), None),
        (date(2026, 12, 1), None),
    ]


def test_a_weekday_that_does_not_fit_the_date_is_flagged() -> None:
    (hit,) = find_dates("delivery Wednesday 12/1", "en-US", REF)[0]
    assert hit.date == date(2026, 12, 1)
    assert hit.conflict and "Wednesday" in hit.conflict


@pytest.mark.parametrize(
    "text",
    [
        "mid January",
        "end of Q2 2027",
        "early next year",
        "ASAP",
        "Anfang Januar",
        "fin janvier",
        "early next week",
    ],
)
def test_vague_dates_are_not_dates(text: str) -> None:
    hits, vague = find_dates(f"delivery {text}", "en-GB", REF)
    assert hits == []
    assert vague


@pytest.mark.parametrize(
    "text",
    [
        "Hex cap screw 3/8-16 x 1-1/4",
        "Socket head cap screw 1/4-20 x 3/4",
        "call 01632 960 551",
        "ISO 4762 M8x30 12.9",
        "10:30 tomorrow"[:5],
    ],
)
def test_part_numbers_and_phone_numbers_are_not_dates(text: str) -> None:
    assert dates_in(text, "en-US", REF) == []


# ---------------------------------------------------------------- properties

DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@settings(max_examples=300, deadline=None)
@given(d=DATES, locale=st.sampled_from(["en-US", "en-GB", "de-DE", "fr-FR", "cs-CZ", "en-IN"]))
def test_round_trip_numeric_dates(d: date, locale: str) -> None:
    if locale == "en-US":
        text = f"{d.month:02d}/{d.day:02d}/{d.year}"
    elif locale in ("de-DE", "cs-CZ"):
        text = f"{d.day:02d}.{d.month:02d}.{d.year}"
    elif locale == "en-IN":
        text = f"{d.day:02d}-{d.month:02d}-{d.year}"
    else:
        text = f"{d.day:02d}/{d.month:02d}/{d.year}"
    assert dates_in(f"delivery {text} as agreed", locale, REF) == [d]


@settings(max_examples=300, deadline=None)
@given(d=DATES, lang=st.sampled_from(["en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "it_IT"]))
def test_round_trip_long_dates(d: date, lang: str) -> None:
    text = format_date(d, format="long", locale=lang)
    assert dates_in(text, lang.replace("_", "-"), REF) == [d]


@settings(max_examples=200, deadline=None)
@given(offset=st.integers(min_value=0, max_value=318), locale=st.sampled_from(["en-US", "en-GB"]))
def test_yearless_round_trip_within_a_year(offset: int, locale: str) -> None:
    # up to the 45 days before the mail: those days just went by, and are read as past
    d = REF.date() + timedelta(days=offset)
    assume(not (d.month == 2 and d.day == 29))
    text = f"{d.month}/{d.day}" if locale == "en-US" else f"{d.day}/{d.month}"
    assert dates_in(f"delivery {text}", locale, REF) == [d]


@settings(max_examples=200, deadline=None)
@given(
    year=st.integers(min_value=2020, max_value=2040), week=st.integers(min_value=1, max_value=52)
)
def test_calendar_week_round_trip(year: int, week: int) -> None:
    friday = iso_week_day(year, week)
    assert friday is not None and friday.weekday() == 4
    assert dates_in(f"Liefertermin KW {week}/{year}", "de-DE", REF) == [friday]
    assert friday.isocalendar()[:2] == (year, week)


@pytest.mark.parametrize(
    ("text", "locale", "days"),
    [
        ("wysyłamy jutro kurierem", "pl-PL", 1),
        ("spediamo domani", "it-IT", 1),
        ("enviamos amanhã", "pt-BR", 1),
        ("skickas i morgon", "sv-SE", 1),
        ("yarın sevk edilir", "tr-TR", 1),
        ("明天发货", "zh-CN", 1),
        ("dopodomani", "it-IT", 2),
        ("am Morgen des Liefertags", "de-DE", None),  # "Morgen" is the morning
    ],
)
def test_tomorrow_in_every_language_is_the_day_after_the_mail(
    text: str, locale: str, days: int | None
) -> None:
    got = dates_in(text, locale, REF)
    assert got == ([] if days is None else [REF.date() + timedelta(days=days)])


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("dodání 14. 12.", [date(2026, 12, 14)]),  # Czech spacing, no year
        ("a to už 11. 12.", [date(2026, 12, 11)]),
        ("body 1. 2. 3. seznamu", []),  # an enumeration, not 2 March
        ("Pos. 1. 200 ks", []),
    ],
)
def test_a_spaced_day_and_month_without_a_year(text: str, want: list) -> None:
    assert dates_in(text, "cs-CZ", REF) == want


def test_a_thai_date_in_the_buddhist_era_is_its_gregorian_day() -> None:
    # 2569 BE is 2026 CE: no delivery is 543 years away
    assert dates_in("ส่งของวันที่ 28/12/2569", "th-TH", REF) == [date(2026, 12, 28)]


_SKIP_TEXTS = [
    "Friday next week",
    "nächste Woche Dienstag",
    "next week on Tuesday, then Mon 14th",
    "Tuesday the 8th, Wed 9 and onsdag d. 10/3",
    "Mittwoch, 16. und Fr 18.12.",
    "xFriday 12, 3Monday 14, Montag14",
    "hari Minggu 15, minggu depan, 2 minggu",
    # one form a text: a text is skipped only when it holds none of a pattern's characters
    "1月中旬",
    "2027年1月29日",
    "第5週",
    "第5周",
    "5週目",
    "52주차",
    "1월 초",
    "12월 24일",
    "5η εβδομάδα 2027",
    "5η εβδομαδα",
    "την επόμενη εβδομάδα",
    "KW 5 (Montag), semaine 3 mardi",
    "no date here at all",
    "",
]


@pytest.mark.parametrize("locale", ["en-US", "de-DE", "id-ID", "zh-CN", "ko-KR", "el-GR"])
def test_skipping_a_pattern_a_text_cannot_match_changes_no_hit(
    locale: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    from agent.reading import dates

    ref = REF.date()
    fast = [dates._find_dates(t, locale, ref) for t in _SKIP_TEXTS]
    # every pattern run on every text: nothing is skipped
    monkeypatch.setattr(dates, "_NEEDS", {})
    monkeypatch.setattr(dates, "_day_name", lambda: re.compile(""))
    slow = [dates._find_dates(t, locale, ref) for t in _SKIP_TEXTS]
    assert fast == slow
