"""Icelandic is a lexicon language: an Icelandic confirmation is read with its dates and
prices, a refusal, a promise, a condition or a question written in Icelandic is one, and the
language leaves the table of languages read by their numbers alone. Every phrasing is written
for these tests."""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from decimal import Decimal

import pytest

from agent.reading import lexicon as L
from tests.test_extract import lines_of, make_po, read

# castings priced in Icelandic krónur
CASTINGS = [
    ("CAST-7781", "Gearbox housing, ductile iron", 40, "EA", "45000", "2026-12-15"),
    ("CAST-7782", "Gearbox cover, ductile iron", 100, "EA", "1750", "2026-12-15"),
    ("CAST-7790", "Mounting foot, grey iron", 60, "EA", "1250", "2026-12-15"),
]


def _po(lines=None) -> dict:
    return make_po(locale="is-IS", currency="ISK", lines=lines or CASTINGS)


def _read(body: str):
    return read(body, [_po()])


def test_icelandic_is_read_by_its_own_words() -> None:
    assert "is" in L.read_languages()
    assert L.unread_negation("is") is None


def test_the_icelandic_file_has_the_norwegian_files_tables_in_their_order() -> None:
    def tables(code: str) -> list[str]:
        data = tomllib.loads((L.LANG_DIR / f"{code}.toml").read_text(encoding="utf-8"))
        return [k for k, v in data.items() if isinstance(v, dict)]

    assert tables("is") == tables("nb")


def test_an_icelandic_confirmation_as_ordered_accepts_every_line() -> None:
    res = _read(
        "Sæl Dana,\n\nVið staðfestum pöntun 4500012345 eins og pantað var.\n\nBestu kveðjur"
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted"] * 3
    assert (got[2].quantity, got[2].unit_price, got[2].date) == (
        100,
        Decimal("1750"),
        date(2026, 12, 15),
    )


def test_the_order_is_confirmed_in_the_passive() -> None:
    res = _read("Góðan dag,\n\nPöntunin 4500012345 er staðfest.\n\nKveðja")
    assert res.kind == "confirmation", res.review_reasons
    assert [ln.status for ln in lines_of(res).values()] == ["accepted"] * 3


def test_icelandic_lines_with_a_new_price_and_a_later_date() -> None:
    res = _read(
        "Sæl Dana,\n\nVið staðfestum pöntun 4500012345:\n"
        "Lína 1: 40 stk. á 45.000 kr., afhending 15. desember.\n"
        "Lína 2: 100 stk., nýtt verð 1.850 kr., afhending 22. desember.\n"
        "Lína 3: 60 stk. á 1.250 kr., afhending 15. desember.\n\n"
        "Bestu kveðjur"
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "changed", "accepted"]
    assert (got[2].unit_price, got[2].date) == (Decimal("1850"), date(2026, 12, 22))


def test_a_smaller_icelandic_quantity_changes_that_line_only() -> None:
    res = _read(
        "Góðan dag,\n\nVið staðfestum pöntun 4500012345. Lína 2: aðeins 80 stk., "
        "restin samkvæmt pöntun.\n\nKveðja"
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "changed", "accepted"]
    assert got[2].quantity == 80


@pytest.mark.parametrize(
    "refusal",
    [
        "Lína 3: því miður getum við ekki afhent þessa vöru, hún er ekki lengur framleidd.",
        "Lína 3 er hætt í sölu.",
        "Lína 3: varan hefur verið tekin úr sölu.",
    ],
)
def test_a_discontinued_icelandic_line_is_rejected(refusal: str) -> None:
    res = _read(
        "Góðan dag,\n\nVið staðfestum línur 1 og 2 í pöntun 4500012345 eins og pantað var. "
        f"{refusal}\n\nKveðja"
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "accepted", "rejected"]


@pytest.mark.parametrize(
    "promise",
    [
        "Við staðfestum afhendingardagana síðar.",
        "Við látum ykkur vita um afhendingartíma á morgun.",
        "Við munum staðfesta afhendingardaga í næstu viku.",
    ],
)
def test_an_icelandic_promise_to_confirm_holds_the_order(promise: str) -> None:
    res = _read(f"Góðan dag,\n\nVið höfum móttekið pöntunina 4500012345. {promise}\n\nKveðja")
    assert res.kind == "needs_review", res.review_reasons
    assert not any(ln.status == "accepted" for c in res.confirmations for ln in c.lines), (
        res.confirmations
    )


def test_an_icelandic_receipt_alone_is_no_confirmation() -> None:
    res = _read(
        "Góðan dag,\n\nTakk fyrir pöntunina. Við höfum móttekið pöntunina 4500012345 og hún "
        "er í vinnslu.\n\nKveðja"
    )
    assert res.kind != "confirmation"
    assert not res.confirmations


@pytest.mark.parametrize(
    "condition",
    [
        "gegn fyrirframgreiðslu",
        "með fyrirvara um fyrirframgreiðslu",
        "að því tilskildu að greiðsla berist fyrir afhendingu",
    ],
)
def test_an_icelandic_conditional_confirmation_is_no_commitment(condition: str) -> None:
    res = _read(
        f"Góðan dag,\n\nVið staðfestum pöntun 4500012345 eins og pantað var, {condition}.\n\nKveðja"
    )
    assert res.kind == "needs_review"
    assert any("condition" in r for r in res.review_reasons), res.review_reasons


@pytest.mark.parametrize(
    "question",
    [
        "Getið þið samþykkt afhendingu 22. desember?",
        "Gætuð þið tekið við öllum línunum 22. desember?",
    ],
)
def test_an_icelandic_proposal_that_asks_for_our_agreement_is_no_confirmation(
    question: str,
) -> None:
    res = _read(
        "Sæl Dana,\n\nPöntun 4500012345: við getum afhent allar þrjár línurnar 22. desember. "
        f"{question}\n\nTakk fyrir"
    )
    assert res.kind == "needs_review"
    assert not any(ln.status == "accepted" for c in res.confirmations for ln in c.lines), (
        res.confirmations
    )


def test_an_approximate_icelandic_date_is_not_committed_to() -> None:
    res = _read(
        "Góðan dag,\n\nPöntun 4500012345 er staðfest. Afhending um það bil 22. desember.\n\nKveðja"
    )
    assert res.kind == "needs_review"
    assert all(
        ln.date != date(2026, 12, 22) or ln.status != "accepted"
        for c in res.confirmations
        for ln in c.lines
    )


@pytest.mark.parametrize(
    ("when", "day"),
    [
        ("í viku 51", date(2026, 12, 18)),
        ("föstudaginn 11. desember", date(2026, 12, 11)),
        ("8. janúar 2027", date(2027, 1, 8)),
        ("eftir 3 vikur", date(2026, 11, 25)),
    ],
)
def test_an_icelandic_delivery_week_or_day_is_the_date(when: str, day: date) -> None:
    # a calendar week is that ISO week's Friday; a count of weeks is from the mail's day
    res = _read(f"Góðan dag,\n\nVið staðfestum pöntun 4500012345. Afhending {when}.\n\nKveðja")
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {day}


def test_an_icelandic_holiday_closure_does_not_move_the_delivery() -> None:
    res = _read(
        "Góðan dag,\n\nVið staðfestum pöntun 4500012345 eins og pantað var. Athugið að "
        "lokað verður vegna jólafrís frá 24.12.2026 til 4.1.2027.\n\nKveðja"
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


def test_an_icelandic_weekday_with_its_date_is_read() -> None:
    from agent.reading.dates import find_dates

    hits, _ = find_dates("afhending föstudaginn 11. desember", "is-IS", datetime(2026, 11, 26))
    assert [h.date for h in hits] == [date(2026, 12, 11)]


def test_an_icelandic_out_of_office_reply_is_automatic() -> None:
    res = read(
        "Ég er í sumarfríi til og með 7. desember og hef takmarkaðan aðgang að tölvupósti.",
        [_po()],
        subject="Sjálfvirkt svar: Please confirm purchase order 4500012345",
    )
    assert res.kind == "auto_reply"
    assert not res.confirmations
