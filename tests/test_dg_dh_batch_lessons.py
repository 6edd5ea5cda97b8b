"""Lessons of held-out batches DG and DH: each test is a general capability one of their wrong
answers showed missing, written in its own words (not the batch's text)."""

from __future__ import annotations

from datetime import date, datetime

from agent.reading.dates import find_dates


def _dates(text: str, locale: str) -> list[date]:
    return [h.date for h in find_dates(text, locale, datetime(2026, 11, 12))[0]]


# DG 031: "σε 4 εβδομάδες από σήμερα" (in 4 weeks from today) was read as today.
def test_greek_weeks_and_days_from_today() -> None:
    assert _dates("η παράδοση σε 3 εβδομάδες από σήμερα", "el-GR") == [date(2026, 12, 3)]
    assert _dates("αποστολή σε τρεις εβδομάδες", "el-GR") == [date(2026, 12, 3)]
    assert _dates("παράδοση σε 10 ημέρες", "el-GR") == [date(2026, 11, 22)]


# DH 064: "2027ko urtarrilaren 8an" (on 8 January 2027), year first with the month in the
# genitive, was not read.
def test_basque_dates_year_first() -> None:
    assert _dates("2027ko urtarrilaren 8an entregatuko ditugu", "eu-ES") == [date(2027, 1, 8)]
    assert _dates("2026ko abenduaren 18an", "eu-ES") == [date(2026, 12, 18)]
    assert _dates("otsailaren 5era arte", "eu-ES") == [date(2027, 2, 5)]
