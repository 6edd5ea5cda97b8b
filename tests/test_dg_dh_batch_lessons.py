"""Lessons of held-out batches DG and DH: each test is a general capability one of their wrong
answers showed missing, written in its own words (not the batch's text)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from agent.reading.dates import find_dates
from agent.reading.numbers import price_hits
from agent.reading.units import header_count
from tests.test_extract import lines_of, make_po, read


def _dates(text: str, locale: str) -> list[date]:
    return [h.date for h in find_dates(text, locale, datetime(2026, 11, 12))[0]]


# DG 031: "σε 4 εβδομάδες από σήμερα" (in 4 weeks from today) was read as today.
def test_greek_weeks_and_days_from_today() -> None:
    assert _dates("η παράδοση σε 3 εβδομάδες από σήμερα", "el-GR") == [date(2026, 12, 3)]
    assert _dates("αποστολή σε τρεις εβδομάδες", "el-GR") == [date(2026, 12, 3)]
    assert _dates("παράδοση σε 10 ημέρες", "el-GR") == [date(2026, 11, 22)]


# DH 018: a Spanish "P.D." below the signature was cut off with it, and the date it withdrew
# was accepted.
def test_a_spanish_postscript_below_the_signature_is_read() -> None:
    res = read(
        "Hola Dana,\n\nLe confirmo el pedido 4500012345 completo, entrega el 15 de diciembre.\n\n"
        "Saludos,\nLuis Ortega\nFundiciones Ortega S.A. | Tel. 55 1234 5678\n\n"
        "P.D. Perdón, la fundición me avisa que la entrega no será antes de enero; le confirmo "
        "la fecha la semana próxima.",
        [make_po(locale="es-MX")],
    )
    assert res.kind == "needs_review"
    assert not any(ln.status == "accepted" for c in res.confirmations for ln in c.lines)


def test_a_postscript_that_changes_nothing_keeps_the_confirmation() -> None:
    # the guard: a courteous P.D. leaves the order confirmed
    res = read(
        "Hola Dana,\n\nLe confirmo el pedido 4500012345 completo, entrega el 15 de diciembre.\n\n"
        "Saludos,\nLuis Ortega\nFundiciones Ortega S.A.\n\nP.D. Felices fiestas a todo el equipo.",
        [make_po(locale="es-MX")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


# DH 033 and DH 052: the Serbian dinar and the Egyptian pound written out after an amount
# were no currencies, and the new prices beside them were not read.
def test_the_dinar_and_the_egyptian_pound_written_out_are_currencies() -> None:
    assert [(h.value, h.currency) for h in price_hits("цена 235,00 дин.", "sr-RS")] == [
        (Decimal("235.00"), "RSD")
    ]
    assert [(h.value, h.currency) for h in price_hits("cena 1.200,00 dinara", "sr-RS")] == [
        (Decimal("1200.00"), "RSD")
    ]
    assert [(h.value, h.currency) for h in price_hits("السعر 2,250 جنيه للفة", "ar-EG")] == [
        (Decimal("2250"), "EGP")
    ]
    # a DIN standard is no dinar, nor Tagalog "din" (too) after a date
    assert price_hits("vijci M8x20 DIN 933", "sr-RS") == []
    assert price_hits("ok po, Dec 18 din.", "tl-PH") == []


# DH 064: "2027ko urtarrilaren 8an" (on 8 January 2027), year first with the month in the
# genitive, was not read.
def test_basque_dates_year_first() -> None:
    assert _dates("2027ko urtarrilaren 8an entregatuko ditugu", "eu-ES") == [date(2027, 1, 8)]
    assert _dates("2026ko abenduaren 18an", "eu-ES") == [date(2026, 12, 18)]
    assert _dates("otsailaren 5era arte", "eu-ES") == [date(2027, 2, 5)]


# DG 008 (deferred at first): a Chinese confidentiality notice under the signature ("本郵件及
# 附件可能含有機密資料", this mail may contain confidential data) was read as the supplier's
# words, and its "可能" (may) as a hedge on the confirmation.
def test_a_chinese_confidentiality_notice_is_no_hedge() -> None:
    res = read(
        "Dana 您好，\n\n採購單 4500012345 確認如下：數量及單價皆與訂單相同，交期 2026/12/15。\n\n"
        "業務部 林小姐\n電話：(04) 2358-7712\n\n本郵件及附件可能含有機密資料，如非指定收件人，請立即刪除。",
        [make_po(locale="zh-TW")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.status for ln in lines_of(res).values()} == {"accepted"}


# DH 029 (deferred at first): Ukrainian "через 3 тижні від сьогодні" (in 3 weeks from today)
# gave both the date in three weeks and today.
def test_weeks_from_today_in_ukrainian() -> None:
    assert _dates("відвантаження через 3 тижні від сьогодні", "uk-UA") == [date(2026, 12, 3)]


# DG 014 (deferred): "$38.50 MXN el ciento", a price per hundred with the currency's code
# between the amount and its unit, was read per piece and went to a person as "far from the
# PO's price".
def test_a_price_per_hundred_with_the_currency_code_before_the_unit() -> None:
    hits = price_hits("20,000 pzas  $38.50 MXN el ciento  15 de diciembre", "es-MX")
    assert [(h.value, h.per) for h in hits] == [(Decimal("38.50"), Decimal("100"))]
    hits = price_hits("a $12.40 USD por millar", "es-MX")
    assert [(h.value, h.per) for h in hits] == [(Decimal("12.40"), Decimal("1000"))]
    # a code with no unit after it changes nothing
    assert [(h.value, h.per) for h in price_hits("$4.20 USD c/u", "es-MX")] == [
        (Decimal("4.20"), Decimal("1"))
    ]


# DG 052 (deferred): "Te confirmo la OC 4500031054:" above the lines was taken for a price
# column's header "per hundred" (the Portuguese "o" of "o milheiro" and the letter "C"), so
# every price under it was read per 100.
def test_an_order_abbreviation_above_the_lines_is_no_price_basis() -> None:
    res = read(
        "Hola Dana,\n\nTe confirmo la OC 4500012345:\n"
        "Renglón 1: 40 carcasas a EUR 312,50 c/u, entrega 15/12.\n"
        "Renglón 2: 100 tapas a EUR 12,10 c/u, entrega 15/12.\n"
        "Renglón 3: 60 patas a EUR 8,40 c/u, entrega 15/12.\n",
        [make_po(locale="es-AR")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {n: ln.unit_price for n, ln in lines_of(res).items()} == {
        1: Decimal("312.50"),
        2: Decimal("12.10"),
        3: Decimal("8.40"),
    }
    # the guard: a header that does state a basis keeps it
    assert header_count("Precio por 100 pzas", "PC") == (Decimal("100"), "")
    assert header_count("preço o milheiro", "PC") == (Decimal("1000"), "")


_TWO_LINES = [
    ("HM-13-BR", "Hose mender 1/2 inch, brass", 400, "EA", "0.95", "2026-12-14"),
    ("HM-19-BR", "Hose mender 3/4 inch, brass", 250, "EA", "1.30", "2026-12-14"),
]


# DB 017 (deferred, then wrong once the price-basis fix read its prices): "misma fecha que la
# partida 1" (same date as line 1) gives the line line 1's date.
def test_same_date_as_another_line() -> None:
    res = read(
        "Buen día Dana:\n\nLe confirmo el pedido 4500012345:\n"
        "  Partida 1: 400 pzas a EUR 0,95, entrega 8 de enero de 2027.\n"
        "  Partida 2: 250 pzas, mismo precio de la orden, misma fecha que la partida 1.\n",
        [make_po(locale="es-MX", lines=_TWO_LINES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {n: ln.date for n, ln in lines_of(res).items()} == {
        1: date(2027, 1, 8),
        2: date(2027, 1, 8),
    }
