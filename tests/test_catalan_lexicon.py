"""Catalan is a lexicon language: a Catalan confirmation is read with its dates and prices, a
refusal or a promise written in Catalan is one, and the language leaves the table of
languages read by their numbers alone. Every phrasing is written for these tests."""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from decimal import Decimal

import pytest

from agent.reading import lexicon as L
from tests.test_extract import lines_of, make_po, read


def _po(lines=None) -> dict:
    return make_po(locale="ca-ES", lines=lines)


# washers and nuts, priced per piece, quoted by the supplier per thousand or per hundred
SMALL_PARTS = [
    ("WSH-M8", "Washer M8 zinc plated", 20000, "EA", "0.0175", "2026-12-15"),
    ("NUT-M8", "Hex nut M8 zinc plated", 10000, "EA", "0.0210", "2026-12-15"),
]


def test_catalan_is_read_by_its_own_words() -> None:
    assert "ca" in L.read_languages()
    assert L.unread_negation("ca") is None


def test_the_catalan_file_has_the_spanish_files_tables_in_their_order() -> None:
    def tables(code: str) -> list[str]:
        data = tomllib.loads((L.LANG_DIR / f"{code}.toml").read_text(encoding="utf-8"))
        return [k for k, v in data.items() if isinstance(v, dict)]

    assert tables("ca") == tables("es")


def test_a_catalan_confirmation_with_a_new_price_and_date() -> None:
    res = read(
        "Benvolguda Dana,\n\nUs confirmem la comanda 4500012345:\n"
        "- Línia 1: 40 u. a 312,50 €, lliurament el dimarts 15 de desembre.\n"
        "- Línia 2: 100 u., nou preu 12,60 €, lliurament el 22 de desembre.\n"
        "- Línia 3: 60 u. a 8,40 €, lliurament el 15 de desembre.\n\n"
        "Salutacions cordials",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "changed", "accepted"]
    assert (got[2].unit_price, got[2].date) == (Decimal("12.60"), date(2026, 12, 22))


def test_each_catalan_line_keeps_its_own_date() -> None:
    res = read(
        "Bon dia,\n\nUs confirmem la comanda 4500012345:\n"
        "Línia 1: 40 unitats, lliurament el dijous 17 de desembre.\n"
        "Línia 2: 100 unitats, lliurament el 8 de gener de 2027.\n"
        "Línia 3: 60 unitats, enviament el 10/12/2026, arribada a les vostres "
        "instal·lacions el 14/12/2026.\n\nSalutacions",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].date for n in (1, 2, 3)] == [
        date(2026, 12, 17),
        date(2027, 1, 8),
        date(2026, 12, 14),
    ]
    assert [got[n].unit_price for n in (1, 2, 3)] == [
        Decimal("312.50"),
        Decimal("12.10"),
        Decimal("8.40"),
    ]


def test_a_catalan_confirmation_as_ordered_accepts_every_line() -> None:
    res = read(
        "Bon dia,\n\nConfirmem la comanda 4500012345 tal com es va demanar.\n\n"
        "Salutacions cordials",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted"] * 3
    assert (got[2].quantity, got[2].unit_price, got[2].date) == (
        100,
        Decimal("12.10"),
        date(2026, 12, 15),
    )


def test_a_change_of_one_catalan_line_leaves_the_others_as_ordered() -> None:
    res = read(
        "Bon dia,\n\nUs confirmem la comanda 4500012345. La línia 2 passa a 12,60 € la unitat "
        "i s'endarrereix al 22/12/2026.\n\nSalutacions",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "changed", "accepted"]
    assert (got[2].unit_price, got[2].date) == (Decimal("12.60"), date(2026, 12, 22))


def test_a_catalan_refusal_of_one_line_rejects_it() -> None:
    res = read(
        "Bon dia,\n\nConfirmem la comanda 4500012345 segons comanda, excepte la línia 3: no "
        "podem subministrar aquest article, està descatalogat.\n\nSalutacions",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[3].status == "rejected"
    assert got[1].status == got[2].status == "accepted"


@pytest.mark.parametrize(
    "refusal",
    [
        "Línia 3: no podem servir aquest article, ja no el fabriquem.",
        "La posició 3 està descatalogada.",
        "Línia 3: ho sentim, aquest article ja no es fabrica.",
        "Pos. 3: no la podrem subministrar.",
    ],
)
def test_a_discontinued_catalan_line_is_rejected(refusal: str) -> None:
    res = read(
        "Bon dia,\n\nUs confirmem les línies 1 i 2 de la comanda 4500012345 tal com es va "
        f"demanar. {refusal}\n\nSalutacions",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "accepted", "rejected"]


def test_a_catalan_promise_to_confirm_holds_the_order() -> None:
    res = read(
        "Bon dia,\n\nHem rebut la comanda 4500012345. Us confirmarem els terminis de lliurament "
        "la setmana que ve.\n\nSalutacions",
        [_po()],
    )
    assert res.kind != "confirmation"
    assert not res.confirmations


def test_a_receipt_with_a_promise_is_no_confirmation() -> None:
    # "we confirm we received it" and "we will confirm the date": the supplier has not committed
    res = read(
        "Bon dia,\n\nUs confirmem que hem rebut la comanda 4500012345. Us confirmarem el termini "
        "de lliurament tan aviat com el sapiguem.\n\nSalutacions",
        [_po()],
    )
    assert res.kind == "needs_review"
    assert not res.confirmations
    assert any("not committed yet" in r for r in res.review_reasons), res.review_reasons


def test_a_catalan_line_to_be_confirmed_tomorrow_is_not_confirmed() -> None:
    res = read(
        "Bon dia,\n\nLínia 1: 40 u. a 312,50 €, lliurament el 15/12/2026 - us ho confirmem "
        "demà.\n\nSalutacions",
        [_po()],
    )
    assert res.kind == "needs_review"
    assert any("promise" in r for r in res.review_reasons), res.review_reasons


@pytest.mark.parametrize(
    "condition",
    ["subjecte a pagament anticipat", "sempre que rebem el pagament per avançat"],
)
def test_a_catalan_conditional_confirmation_is_no_commitment(condition: str) -> None:
    res = read(
        f"Bon dia,\n\nConfirmem la comanda 4500012345 segons comanda, {condition}.\n\nSalutacions",
        [_po()],
    )
    assert res.kind == "needs_review"
    assert any("condition" in r for r in res.review_reasons), res.review_reasons


def test_a_catalan_proposal_that_asks_for_our_agreement_is_no_confirmation() -> None:
    res = read(
        "Hola Dana,\n\nComanda 4500012345: podríem lliurar les tres línies el 22/12/2026. "
        "Ens podeu confirmar si us va bé?\n\nGràcies",
        [_po()],
    )
    assert res.kind == "needs_review"
    assert not res.confirmations


def test_an_approximate_catalan_date_is_not_committed_to() -> None:
    res = read(
        "Bon dia,\n\nComanda 4500012345 confirmada. Lliurament aproximadament el 22/12/2026."
        "\n\nSalutacions",
        [_po()],
    )
    assert res.kind == "needs_review"
    assert all(
        ln.date != date(2026, 12, 22) or ln.status != "accepted"
        for c in res.confirmations
        for ln in c.lines
    )


def test_a_catalan_holiday_closure_does_not_move_the_delivery() -> None:
    res = read(
        "Bon dia,\n\nUs confirmem la comanda 4500012345 segons comanda. Us informem que estarem "
        "tancats per vacances del 24/12/2026 al 6/1/2027.\n\nSalutacions",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


@pytest.mark.parametrize(
    "price",
    [
        "a 18,00 € el miler",
        "a 18,00 € per miler",
        "a 1,80 € el centenar",
        "a 1,80 € per cent unitats",
        "a 0,216 € la dotzena",
    ],
)
def test_a_catalan_price_per_thousand_is_a_price_per_piece(price: str) -> None:
    res = read(
        "Bon dia,\n\nUs confirmem la comanda 4500012345:\n"
        f"Línia 1: 20.000 u. {price}, lliurament el 15/12/2026.\n"
        "Línia 2: 10.000 u. a 0,021 €, lliurament el 15/12/2026.\n\nSalutacions",
        [_po(SMALL_PARTS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].status, got[1].unit_price) == ("changed", Decimal("0.018"))
    assert (got[2].status, got[2].unit_price) == ("accepted", Decimal("0.021"))


@pytest.mark.parametrize(
    ("when", "day"),
    [
        ("la setmana 51", date(2026, 12, 18)),
        ("el divendres 18 de desembre", date(2026, 12, 18)),
        ("el 8 de gener de 2027", date(2027, 1, 8)),
    ],
)
def test_a_catalan_delivery_week_or_day_is_the_date(when: str, day: date) -> None:
    # a calendar week is that ISO week's Friday
    res = read(
        f"Bon dia,\n\nUs confirmem la comanda 4500012345. Lliurament {when}.\n\nSalutacions",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {day}


def test_the_rest_as_ordered_accepts_the_lines_not_named() -> None:
    res = read(
        "Bon dia,\n\nUs confirmem la comanda 4500012345: línia 2 només 80 u., la resta segons "
        "comanda.\n\nSalutacions",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "changed", "accepted"]
    assert got[2].quantity == 80


def test_a_confirmation_except_one_discontinued_line_rejects_that_line_only() -> None:
    res = read(
        "Bon dia,\n\nUs confirmem la comanda 4500012345 excepte la línia 3, que està "
        "descatalogada.\n\nSalutacions",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "accepted", "rejected"]


def test_catalan_closing_formulas_do_not_hold_a_confirmation() -> None:
    # "you can call us with any question", "we remain at your disposal": courtesy, no question
    res = read(
        "Bon dia,\n\nUs enviem la confirmació de la comanda 4500012345: tot segons comanda.\n\n"
        "Per a qualsevol dubte, ens podeu trucar. Restem a la vostra disposició.\n\nAtentament",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert [ln.status for ln in lines_of(res).values()] == ["accepted"] * 3


# Found by the full compare once Catalan was read: its weekdays, "vinent"/"que ve" (next), a
# lead time from today and a week said of another line than the day must be read, or the
# reply is confirmed at the order's dates.
@pytest.mark.parametrize(
    ("words", "want"),
    [
        ("us ho podem lliurar dimarts vinent", date(2026, 11, 10)),
        ("us ho podem lliurar dimarts que ve", date(2026, 11, 10)),
        ("El termini de lliurament és de 3 setmanes a partir d'avui", date(2026, 11, 25)),
    ],
)
def test_catalan_relative_delivery_dates_are_read(words: str, want: date) -> None:
    res = read(
        f"Bon dia,\n\nUs confirmem la comanda 4500012345 tal com ens la vau enviar, quantitats "
        f"i preus. {words}.\n\nSalutacions",
        [_po()],
    )
    assert {ln.date for ln in lines_of(res).values()} == {want}, res.review_reasons


def test_a_catalan_weekday_with_its_day_is_read() -> None:
    from agent.reading.dates import find_dates

    hits, _ = find_dates("no arribaran fins al dijous 17", "ca-ES", datetime(2026, 11, 26))
    assert [h.date for h in hits] == [date(2026, 12, 17)]
