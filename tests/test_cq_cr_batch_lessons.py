"""What batches CQ and CR taught on first sight, each in a phrasing of its own:

- CQ 066 (false): "we'll get both lines to you before Christmas": a holiday the goods are to
  reach us by is no date.
- CR 012 (false): "KW 51/52. Genauer können wir es leider noch nicht sagen": words saying the
  date cannot be told more precisely yet hedge it.
- CR 057 (false): "levering op 17/11/2026" in a mail of 1 December: a delivery date before the
  mail is a slip a person must read, not a date to pass over.
- CR 042: "数量：２，０００本": full-width digits and their comma are one number.
- CR 064: "%3 iskonto": Turkish "iskonto" is a discount.
- CQ 046: "回答単価", "回答納期": the supplier's answer columns beside our own (the case
  itself is the test: a sheet built here with the same header is not read as committing).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read


def test_a_delivery_by_a_holiday_is_no_date() -> None:
    res = read(
        "Thanks for the order, prices are all good. The shop is busy but we'll get all three "
        "lines to you before Christmas.",
        [make_po(locale="en-AU")],
    )
    assert res.kind == "needs_review", lines_of(res)


def test_a_date_said_to_be_not_yet_exact_is_no_commitment() -> None:
    res = read(
        "Mengen und Preise in Ordnung. Liefertermin KW 50. Genauer können wir es leider noch "
        "nicht sagen, die Teile sind noch in der Härterei.",
        [make_po(locale="de-DE")],
    )
    assert res.kind == "needs_review", lines_of(res)


def test_a_delivery_date_before_the_mail_is_for_a_person() -> None:
    # the mail is of 4 November 2026
    res = read(
        "Wij bevestigen uw bestelling 4500012345 tegen de gevraagde prijzen, levering op "
        "20/10/2026.",
        [make_po(locale="nl-NL")],
    )
    assert res.kind == "needs_review", lines_of(res)
    assert any("before the mail" in r for r in res.review_reasons)


def test_full_width_numbers_are_read_whole() -> None:
    lines = [
        ("HD-330", "Flat heddle 330 mm", 2000, "PCS", "42", "2026-12-15"),
        ("HD-280", "Wire heddle 280 mm", 1500, "PCS", "28", "2026-12-15"),
    ]
    res = read(
        "ご注文番号 4500012345 につきまして、下記の通りご回答申し上げます。\n\n"
        "１．HD-330　数量：２，０００本　単価：４２円　納期：2026年12月15日\n"
        "２．HD-280　数量：１，５００本　単価：３０円　納期：2026年12月22日\n",
        [make_po(locale="ja-JP", currency="JPY", lines=lines)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].quantity == 2000 and got[2].quantity == 1500
    assert got[2].unit_price == Decimal("30") and got[2].date == date(2026, 12, 22)


def test_a_turkish_discount_with_the_percent_sign_first() -> None:
    res = read(
        "Siparişinizi aşağıdaki şekilde onaylıyoruz:\n\n"
        "1. kalem: 40 adet, birim fiyat 312,50 TL, teslim tarihi 15.12.2026.\n"
        "2. kalem: 100 adet, birim fiyat 12,10 TL; bu siparişe özel %5 iskonto "
        "uygulanacaktır. Teslim tarihi 15.12.2026.\n"
        "3. kalem: 60 adet, birim fiyat 8,40 TL, teslim tarihi 15.12.2026.",
        [make_po(locale="tr-TR", currency="TRY")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].unit_price == Decimal("11.495")
