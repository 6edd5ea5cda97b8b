"""Next week with no day named is a calendar week, so its Friday ("we'll ship by the end of
next week", "dodáme koncom budúceho týždňa"), while "early next week", "下周一" or "the week
after Christmas" name no such week; "te confirmo la semana que viene" is a promise. An item
the reading cannot name does not lend its count to the line named after it ("vata 640 m2 ... a
polystyrén 300 m2"): which count is the line's is for a person. Every phrasing is written
for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from agent.reading.dates import find_dates
from tests.test_extract import lines_of, make_po, read

# Wednesday 4 November 2026: the next week runs 9-13 November
WEDNESDAY = datetime(2026, 11, 4, 9, 0, tzinfo=UTC)
NEXT_FRIDAY = date(2026, 11, 13)

INSULATION = [
    ("MW-50", "Mineral wool slab 50 mm", 640, "M2", "4.10", "2026-11-20"),
    ("XPS-80", "Extruded polystyrene 80 mm", 300, "M2", "7.35", "2026-11-20"),
]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("we will ship by the end of next week", "en-GB"),
        ("tovar expedujeme do konca budúceho týždňa", "sk-SK"),
        ("Lieferung Ende nächster Woche", "de-DE"),
        ("entrega la próxima semana", "es-ES"),
        ("szállítás jövő héten", "hu-HU"),
        ("下周发货", "zh-CN"),
    ],
)
def test_next_week_with_no_day_is_its_friday(text: str, locale: str) -> None:
    hits, vague = find_dates(text, locale, WEDNESDAY)
    assert [h.date for h in hits] == [NEXT_FRIDAY], (hits, vague)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("delivery early next week", "en-GB"),
        ("Lieferung Anfang nächster Woche", "de-DE"),
        ("dodanie na początku przyszłego tygodnia", "pl-PL"),
        ("szállítás jövő hét elején", "hu-HU"),
        ("下周初发货", "zh-CN"),
        ("gelecek hafta sonu teslim", "tr-TR"),
        ("ship the week after Christmas", "en-GB"),
    ],
)
def test_a_part_of_next_week_or_another_week_is_no_date(text: str, locale: str) -> None:
    hits, _ = find_dates(text, locale, WEDNESDAY)
    assert hits == []


def test_next_monday_in_chinese_is_not_next_friday() -> None:
    hits, _ = find_dates("下周一发货", "zh-CN", WEDNESDAY)
    assert NEXT_FRIDAY not in {h.date for h in hits}


def test_both_lines_confirmed_in_full_for_the_end_of_next_week() -> None:
    body = (
        "Dobrý deň,\n\nobe položky objednávky 4500012345 potvrdzujeme v plnom rozsahu za "
        "dohodnuté ceny, materiál vám dovezieme koncom budúceho týždňa.\n\nS pozdravom\nKováč"
    )
    res = read(body, [make_po(locale="sk-SK", lines=INSULATION)], when=WEDNESDAY)
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert {ln.date for ln in got.values()} == {NEXT_FRIDAY}
    assert [ln.quantity for ln in got.values()] == [640, 300]


def test_confirming_next_week_in_the_present_tense_is_a_promise() -> None:
    body = (
        "Hola Marta:\n\nTe confirmo el pedido 4500012345:\n- Lana mineral 50 mm: OK, 640 m2 "
        "a 4,10 para el 20/11.\n- Poliestireno extruido: lo tengo que revisar con fábrica, te "
        "confirmo la semana que viene.\n\nSaludos,\nJulián"
    )
    lines = [
        ("MW-50", "Lana mineral panel 50 mm", 640, "M2", "4.10", "2026-11-20"),
        ("XPS-80", "Poliestireno extruido 80 mm", 300, "M2", "7.35", "2026-11-20"),
    ]
    res = read(body, [make_po(locale="es-ES", lines=lines)], when=WEDNESDAY)
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted"
    assert got[2].status == "unconfirmed"


def test_an_unnamed_items_count_is_not_the_next_named_lines() -> None:
    # "vata" (wool) names no line of the PO: its 640 is not the polystyrene's
    lines = [
        ("MW-50", "Minerálna vlna doska 50 mm", 640, "M2", "4.10", "2026-11-20"),
        ("XPS-80", "Extrudovaný polystyrén 80 mm", 300, "M2", "7.35", "2026-11-20"),
    ]
    body = (
        "Dobrý deň,\nobj. 4500012345 potvrdzujem kompletne, vata 640 m2 po 4,10 a polystyrén "
        "300 m2 po 7,35. Dodáme 20.11.\nHudák"
    )
    res = read(body, [make_po(locale="sk-SK", lines=lines)], when=WEDNESDAY)
    assert res.kind == "needs_review"
    assert any("640 before the line's name and 300 after it" in r for r in res.review_reasons)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("levering tirsdag i uge 47", "da-DK"),
        ("leverans tisdag i vecka 47", "sv-SE"),
        ("dostawa we wtorek w tygodniu 47", "pl-PL"),
    ],
)
def test_a_weekday_in_a_calendar_week_is_that_day(text: str, locale: str) -> None:
    hits, _ = find_dates(text, locale, WEDNESDAY)
    assert [h.date for h in hits] == [date(2026, 11, 17)]  # Tuesday of ISO week 47
