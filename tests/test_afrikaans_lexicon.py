"""Afrikaans is a lexicon language: an Afrikaans confirmation is read with its dates and
prices, a refusal, a promise, a condition or a question written in Afrikaans is one, and the
language leaves the table of languages read by their numbers alone. Every phrasing is written
for these tests."""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from decimal import Decimal

import pytest

from agent.reading import lexicon as L
from tests.test_extract import lines_of, make_po, read


def _po(lines=None) -> dict:
    return make_po(locale="af-ZA", currency="ZAR", lines=lines)


# washers and nuts, priced per piece, quoted by the supplier per thousand
SMALL_PARTS = [
    ("WSH-M8", "Washer M8 zinc plated", 20000, "EA", "0.175", "2026-12-15"),
    ("NUT-M8", "Hex nut M8 zinc plated", 10000, "EA", "0.210", "2026-12-15"),
]


def test_afrikaans_is_read_by_its_own_words() -> None:
    assert "af" in L.read_languages()
    assert L.unread_negation("af") is None


def test_the_afrikaans_file_has_the_dutch_files_tables_in_their_order() -> None:
    def tables(code: str) -> list[str]:
        data = tomllib.loads((L.LANG_DIR / f"{code}.toml").read_text(encoding="utf-8"))
        return [k for k, v in data.items() if isinstance(v, dict)]

    assert tables("af") == tables("nl")


def test_an_afrikaans_confirmation_as_ordered_accepts_every_line() -> None:
    res = read(
        "Goeiemôre Dana,\n\nOns bevestig hiermee u bestelling 4500012345 soos bestel.\n\n"
        "Vriendelike groete",
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


def test_an_afrikaans_confirmation_per_line_with_a_new_price_and_date() -> None:
    res = read(
        "Goeiemiddag Dana,\n\nOns bevestig u bestelling 4500012345 soos volg:\n"
        "Lyn 1: 40 stuks teen R 312,50 per stuk, aflewering 15 Desember.\n"
        "Lyn 2: 100 stuks, nuwe prys R 12,60 per stuk, aflewering 22 Desember.\n"
        "Lyn 3: 60 stuks teen R 8,40 per stuk, aflewering 15 Desember.\n\n"
        "Vriendelike groete",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "changed", "accepted"]
    assert (got[2].unit_price, got[2].date) == (Decimal("12.60"), date(2026, 12, 22))


def test_a_change_of_one_afrikaans_line_leaves_the_others_as_ordered() -> None:
    res = read(
        "Goeiemiddag,\n\nOns bevestig bestelling 4500012345. Lyn 2: nuwe prys R 12,60 per stuk "
        "en aflewering 22 Desember. Die res soos bestel.\n\nGroete",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "changed", "accepted"]
    assert (got[2].unit_price, got[2].date) == (Decimal("12.60"), date(2026, 12, 22))


def test_a_date_moved_to_in_afrikaans_is_the_new_date() -> None:
    res = read(
        "Goeiemiddag,\n\nOns bevestig bestelling 4500012345, die pryse bly onveranderd. Die "
        "afleweringsdatum vir lyn 2 is verskuif na 22/12/2026.\n\nGroete",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "changed", "accepted"]
    assert (got[2].unit_price, got[2].date) == (Decimal("12.10"), date(2026, 12, 22))


def test_a_smaller_afrikaans_quantity_changes_the_line() -> None:
    res = read(
        "Goeiemôre,\n\nOns bevestig bestelling 4500012345. Lyn 2: ons kan slegs 80 stuks lewer, "
        "die res soos bestel.\n\nGroete",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "changed", "accepted"]
    assert got[2].quantity == 80


@pytest.mark.parametrize(
    "refusal",
    [
        "Lyn 3: ongelukkig word hierdie item nie meer vervaardig nie.",
        "Lyn 3: ons kan hierdie item ongelukkig nie meer lewer nie.",
        "Lyn 3 is uitgefaseer.",
    ],
)
def test_a_discontinued_afrikaans_line_is_rejected(refusal: str) -> None:
    res = read(
        "Goeiemôre,\n\nOns bevestig lyne 1 en 2 van bestelling 4500012345 soos bestel. "
        f"{refusal}\n\nGroete",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "accepted", "rejected"]


@pytest.mark.parametrize(
    "promise",
    [
        "Dankie vir u bestelling 4500012345. Ons sal die afleweringsdatums volgende week bevestig.",
        "Ons het u bestelling 4500012345 ontvang. Ons kom so gou moontlik terug na u met die "
        "afleweringsdatums.",
        "Ons het u bestelling 4500012345 ontvang en laat u binnekort weet wanneer ons kan lewer.",
    ],
)
def test_an_afrikaans_promise_to_confirm_holds_the_order(promise: str) -> None:
    res = read(f"Goeiemôre,\n\n{promise}\n\nGroete", [_po()])
    assert res.kind == "needs_review"
    assert not res.confirmations or not any(
        ln.status in ("accepted", "changed") for c in res.confirmations for ln in c.lines
    )


def test_an_afrikaans_receipt_with_a_promise_is_no_confirmation() -> None:
    # "we confirm receipt" and "we will confirm the date": the supplier has not committed
    res = read(
        "Goeiemôre,\n\nOns bevestig ontvangs van u bestelling 4500012345. Ons sal die "
        "afleweringsdatum bevestig sodra ons dit van die fabriek het.\n\nGroete",
        [_po()],
    )
    assert res.kind == "needs_review"
    assert not res.confirmations
    assert any("not committed yet" in r for r in res.review_reasons), res.review_reasons


def test_an_afrikaans_line_to_be_confirmed_tomorrow_is_not_confirmed() -> None:
    res = read(
        "Goeiemôre,\n\nLyn 1: 40 stuks teen R 312,50, aflewering 15/12/2026 - ons bevestig dit "
        "more.\n\nGroete",
        [_po()],
    )
    assert res.kind == "needs_review"
    assert any("promise" in r for r in res.review_reasons), res.review_reasons


@pytest.mark.parametrize(
    "condition",
    [
        "op voorwaarde dat ons betaling vooraf ontvang",
        "mits ons die betaling vooraf ontvang",
        "onderhewig aan vooruitbetaling",
    ],
)
def test_an_afrikaans_conditional_confirmation_is_no_commitment(condition: str) -> None:
    res = read(
        f"Goeiemôre,\n\nOns bevestig bestelling 4500012345 soos bestel, {condition}.\n\nGroete",
        [_po()],
    )
    assert res.kind == "needs_review"
    assert any("condition" in r for r in res.review_reasons), res.review_reasons


def test_an_afrikaans_proposal_that_asks_for_our_agreement_is_no_confirmation() -> None:
    res = read(
        "Goeiemôre Dana,\n\nBestelling 4500012345: ons kan al drie lyne op 22 Desember lewer. "
        "Kan u asseblief bevestig of dit vir u reg is?\n\nDankie",
        [_po()],
    )
    assert res.kind == "needs_review"
    assert not res.confirmations


def test_an_afrikaans_question_about_a_drawing_is_no_confirmation() -> None:
    res = read(
        "Goeiemiddag,\n\nOns het u bestelling 4500012345 ontvang. Kan u asseblief die tekening "
        "vir lyn 3 stuur?\n\nGroete",
        [_po()],
    )
    assert res.kind == "needs_review"
    assert not res.confirmations


def test_an_approximate_afrikaans_date_is_not_committed_to() -> None:
    res = read(
        "Goeiemôre,\n\nBestelling 4500012345 bevestig. Aflewering na verwagting ongeveer "
        "22 Desember.\n\nGroete",
        [_po()],
    )
    assert res.kind == "needs_review"
    assert all(
        ln.date != date(2026, 12, 22) or ln.status != "accepted"
        for c in res.confirmations
        for ln in c.lines
    )


def test_we_can_deliver_your_order_is_no_question() -> None:
    # "ons kan u bestelling ... lewer": "kan u" after its subject asks nothing
    res = read(
        "Goeiemiddag,\n\nOns bevestig bestelling 4500012345 soos bestel. Ons kan u bestelling "
        "op 15 Desember lewer.\n\nGroete",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert [ln.status for ln in lines_of(res).values()] == ["accepted"] * 3


def test_an_afrikaans_out_of_office_reply_is_an_auto_reply() -> None:
    res = read(
        "Goeiemôre,\n\nEk is tans met verlof tot en met 4 Januarie 2027 en het beperkte toegang "
        "tot my e-pos. Kontak asseblief ons kantoor vir dringende sake.\n\nGroete",
        [_po()],
        subject="Outomatiese antwoord: RE: Please confirm purchase order 4500012345",
    )
    assert res.kind == "auto_reply"
    assert not res.confirmations


def test_an_afrikaans_holiday_closure_does_not_move_the_delivery() -> None:
    res = read(
        "Goeiemôre,\n\nOns bevestig bestelling 4500012345 soos bestel. Let asseblief daarop dat "
        "ons kantoor gesluit is vanaf 24/12/2026 tot 6/1/2027.\n\nGroete",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


@pytest.mark.parametrize(
    ("when", "day"),
    [
        ("in week 51", date(2026, 12, 18)),
        ("Vrydag 11 Desember", date(2026, 12, 11)),
        ("oor 3 weke", date(2026, 11, 25)),
        ("binne 10 dae", date(2026, 11, 14)),
    ],
)
def test_an_afrikaans_delivery_week_day_or_lead_time_is_the_date(when: str, day: date) -> None:
    # a calendar week is that ISO week's Friday; a lead time counts from the mail (4 November)
    res = read(
        f"Goeiemôre,\n\nOns bevestig bestelling 4500012345 soos bestel. Aflewering {when}."
        "\n\nGroete",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {day}


def test_an_afrikaans_lead_time_with_its_label_is_the_date() -> None:
    res = read(
        "Goeiemiddag,\n\nOns bevestig bestelling 4500012345 soos bestel. Die lewertyd is 3 weke."
        "\n\nGroete",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 11, 25)}


def test_afrikaans_weekdays_are_read() -> None:
    from agent.reading.dates import find_dates

    mail = datetime(2026, 11, 4)
    hits, _ = find_dates("aflewering Vrydag 11 Desember", "af-ZA", mail)
    assert [h.date for h in hits] == [date(2026, 12, 11)]
    hits, _ = find_dates("ons lewer Saterdag 12 Desember", "af-ZA", mail)
    assert [h.date for h in hits] == [date(2026, 12, 12)]


def test_everything_in_one_afrikaans_delivery_is_one_delivery() -> None:
    assert L.search("one_delivery", "alles saam in een aflewering")
    assert L.search("one_delivery", "albei items word saam gelewer")
    assert not L.search("one_delivery", "lyn 2 word saam met lyn 1 gelewer")
    res = read(
        "Goeiemôre,\n\nOns bevestig bestelling 4500012345 soos bestel. Alles saam in een "
        "aflewering op 18 Desember.\n\nGroete",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 18)}


def test_afrikaans_closing_formulas_do_not_hold_a_confirmation() -> None:
    # "if you have any questions, feel free to contact us": courtesy, no question
    res = read(
        "Goeiemôre,\n\nHiermee ons bevestiging van bestelling 4500012345: alles soos bestel.\n\n"
        "As u enige vrae het, kontak ons gerus.\n\nVriendelike groete",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert [ln.status for ln in lines_of(res).values()] == ["accepted"] * 3


@pytest.mark.parametrize("price", ["teen R 175,00 per duisend", "teen R 175,00 per 1000"])
def test_an_afrikaans_price_per_thousand_is_a_price_per_piece(price: str) -> None:
    res = read(
        "Goeiemôre,\n\nOns bevestig bestelling 4500012345:\n"
        f"Lyn 1: 20 000 stuks {price} - aflewering 15/12/2026.\n"
        "Lyn 2: 10 000 stuks teen R 0,21 per stuk - aflewering 15/12/2026.\n\nGroete",
        [_po(SMALL_PARTS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].status, got[1].unit_price) == ("accepted", Decimal("0.175"))
    assert (got[2].status, got[2].unit_price) == ("accepted", Decimal("0.21"))
