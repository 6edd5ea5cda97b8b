"""The words that name an order line are one lexicon table ([line_words]) read by the reader,
the guards and the segmenter alike: a line word at the start of a text line starts a new item
in any lexicon language, and a Turkish "pozisyon" names its line. "15.12 değil, 22.12" (not
15.12 but 22.12) and "152,00 e não 145,00" name the old value after the new one. Every
phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.reading import lexicon as L
from agent.reading.extract import _LINE_REF
from agent.reading.phrases import replaced_value
from tests.test_extract import lines_of, make_po, read

HARNESSES = [
    ("HRN-10", "Tail lamp harness, 5-pin", 600, "EA", "5.40", "2026-12-18"),
    ("HRN-20", "Engine harness 24V", 250, "EA", "31.80", "2026-12-18"),
]


def test_every_language_names_its_line_words() -> None:
    for code, tables in L.languages().items():
        assert tables["line_words"], code
    assert [m.group("a") for m in _LINE_REF.finditer("pozisyon 2 için")] == ["2"]


def test_a_turkish_position_and_its_old_date_after_the_new_one() -> None:
    res = read(
        "Merhaba,\n\n4500012345 numaralı siparişiniz için:\nPozisyon 2 (motor demeti 24V) "
        "teslim tarihi 18.12 değil, 8.01.2027 olacaktır.\nPozisyon 1 (arka lamba demeti) "
        "aynen onaylanmıştır: 600 adet, 5,40 EUR, 18.12.2026.\n\nSaygılarımızla",
        [make_po(locale="tr-TR", lines=HARNESSES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[1].date == date(2026, 12, 18)
    assert got[2].status == "changed" and got[2].date == date(2027, 1, 8)


def test_the_old_value_named_after_the_new_one() -> None:
    assert replaced_value("o preço é 152,00 EUR e não ", " EUR por milheiro")
    assert replaced_value("Liefertermin 22.12., ", " wie gewünscht") is False
    assert replaced_value("Liefertermin 22.12., nicht ", ".")
    assert replaced_value("teslim tarihi ", " değil, 22.12")


def test_a_cyrillic_line_word_starts_a_new_item() -> None:
    res = read(
        "Добрый день!\n\nПодтверждаем заказ № 4500012345:\nпоз. 1 — 600 шт., цена 5,70 EUR/шт. "
        "(подорожание меди);\nпоз. 2 — 250 шт., цена без изменений.\nДоставка обеих позиций "
        "18 декабря 2026 г.\n\nС уважением",
        [make_po(locale="ru-RU", lines=HARNESSES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "changed" and got[1].unit_price == Decimal("5.70")
    assert got[2].status == "accepted" and got[2].unit_price == Decimal("31.80")
