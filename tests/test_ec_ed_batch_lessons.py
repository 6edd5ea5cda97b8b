"""Lessons of the known failures mended this stop and of held-out batches EC and ED: each test
is a general capability a wrong answer showed missing, written in its own words (not the
batch's text)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from tests.test_extract import lines_of, make_po, read


# EA 065 (false): "Поставка 15.12.2026" and, in a sentence of its own, "срок поставки 45
# рабочих дней с момента поступления оплаты": a delivery counted from our payment. Its day is
# the day we pay, so neither the date beside it nor the PO's date is a commitment.
def test_a_delivery_counted_from_our_payment_beside_a_date_goes_to_a_person() -> None:
    res = read(
        "Добрый день, Дана!\n\nПодтверждаем заказ 4500012345 по ценам заказа. Отгрузка "
        "15.12.2026.\n\nОплата: 100% аванс, срок изготовления 30 рабочих дней с даты "
        "поступления оплаты на наш счёт.\n\nС уважением,\nИгорь",
        [make_po(locale="ru-RU")],
    )
    assert res.kind == "needs_review"
    assert any("from our payment" in r for r in res.review_reasons), res.review_reasons


def test_a_delivery_in_weeks_after_payment_without_a_date_goes_to_a_person() -> None:
    res = read(
        "Dzień dobry,\n\npotwierdzamy zamówienie 4500012345, ceny zgodnie z zamówieniem. Termin "
        "realizacji: 3 tygodnie od zaksięgowania płatności.\n\nPozdrawiam\nAnna",
        [make_po(locale="pl-PL")],
    )
    assert res.kind == "needs_review"
    assert any("from our payment" in r for r in res.review_reasons), res.review_reasons


# The guards: a count of days said of the payment is a payment term, not the delivery's.
def test_payment_counted_from_delivery_is_a_payment_term() -> None:
    res = read(
        "Hi Dana,\n\nConfirmed as per PO 4500012345, delivery 15/12/2026.\nPayment 30 days "
        "after delivery as usual.\n\nRegards\nSam"
    )
    assert res.kind == "confirmation", res.review_reasons
    assert [ln.status for ln in lines_of(res).values()] == ["accepted"] * 3
    assert lines_of(res)[1].date == date(2026, 12, 15)


def test_a_lead_time_and_payment_terms_in_separate_clauses_are_not_tied() -> None:
    res = read(
        "Hi Dana,\n\nConfirmed as per PO 4500012345, delivery 15/12/2026 (transit 3 working "
        "days), payment net 30.\n\nRegards\nSam"
    )
    assert res.kind == "confirmation", res.review_reasons
    assert [ln.status for ln in lines_of(res).values()] == ["accepted"] * 3


_TWO = [
    ("ER-15", "Earth rod copper-bonded 1.5 m", 200, "EA", "18.50", "2026-12-17"),
    ("ER-CP", "Earth rod coupler", 200, "EA", "2.20", "2026-12-17"),
]


# EA 029 (wrong): "… επιβάρυνση +3% … . Η θέση 2 … χωρίς αλλαγή" on one line. The splitter
# opened no sentence at a Greek capital, so line 2 shared line 1's surcharge.
def test_a_greek_capital_opens_a_sentence_so_the_next_line_keeps_its_price() -> None:
    res = read(
        "Επιβεβαιώνουμε την παραγγελία σας 4500012345.\n\nΣτη θέση 1 ισχύει επιβάρυνση +3% "
        "επί της τιμής της παραγγελίας. Η θέση 2 παραμένει χωρίς αλλαγή. Παράδοση και των δύο "
        "θέσεων: 17/12/2026.",
        [make_po(locale="el-GR", lines=_TWO)],
    )
    got = lines_of(res)
    assert (got[1].status, got[1].unit_price) == ("changed", Decimal("19.055")), res
    assert (got[2].status, got[2].unit_price) == ("accepted", Decimal("2.20"))


# What kept the Greek capital out before: a list item's number split from its item ("2." of
# "2. Трос: …") and read as the line's count. It happens in any script: the Russian below gave
# "the quantities 2, 1 disagree".
_DRUMS = [
    ("CBL-50", "Cable tie 300 mm, bag of 100", 40, "BAG", "6.80", "2026-12-17"),
    ("DRM-200", "Cable drum 200 m", 2, "EA", "385.00", "2026-12-17"),
]


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        (
            "ru-RU",
            "Подтверждаем заказ 4500012345:\n1. Стяжки: 40 уп., поставка 17/12.\n2. Кабель: "
            "есть только 1 шт., поставка 17/12. Второй отменяем.",
        ),
        (
            "el-GR",
            "Επιβεβαιώνουμε την παραγγελία 4500012345.\n1. Δεματικά: 40 σακούλες, παράδοση "
            "17/12.\n2. Καλώδιο: έχουμε μόνο 1 τεμ., παράδοση 17/12. Το δεύτερο το "
            "ακυρώνουμε.",
        ),
    ],
)
def test_a_list_items_number_is_no_count_of_its_line(locale: str, body: str) -> None:
    got = lines_of(read(body, [make_po(locale=locale, lines=_DRUMS)]))
    assert (got[1].status, got[1].quantity) == ("accepted", 40)
    assert (got[2].status, got[2].quantity) == ("changed", 1)


# EC 047 (wrong): "потврђујемо поруџбину према одговору нашег магацина испод" over a forwarded
# internal mail headed "Од: … За: …" in Serbian Cyrillic, whose "стижу тек 8.1." moves a line.
# The header was not known as one, so the colleague's words were never weighed.
def test_a_colleagues_later_date_under_a_serbian_cyrillic_forward_header_goes_to_a_person() -> None:
    res = read(
        "Поштовани,\n\nпотврђујемо поруџбину 4500012345.\n\nПоздрав,\nМилан\n\n"
        "---------- Forwarded message ---------\n"
        "Од: Драган Илић <magacin@acme-castings.example>\n"
        "Датум: чет, 12. нов 2026. у 14:10\n"
        "Тема: Fwd: Purchase order 4500012345\n"
        "За: Милан Јовановић <orders@acme-castings.example>\n\n"
        "Милане,\nкућишта и поклопце имамо, може 15.12.\nНожице стижу тек 20.1.\nДраган\n",
        [make_po(locale="sr-RS")],
    )
    assert res.kind == "needs_review", [
        (ln.line, ln.status, ln.date) for c in res.confirmations for ln in c.lines
    ]


# ED 021 (deferred): "kan leveres om tre uker fra i dag": a count of weeks spelled out in a
# language whose number words the lead times did not know.
@pytest.mark.parametrize(
    ("locale", "text", "days"),
    [
        ("nb-NO", "kan leveres om tre uker fra i dag", 21),
        ("sv-SE", "leverans om två veckor", 14),
        ("tr-TR", "üç hafta sonra teslim edilir", 21),
        ("hu-HU", "három hét múlva szállítjuk", 21),
        ("fi-FI", "toimitus kolmen viikon kuluessa", 21),
        ("ro-RO", "livrare în trei săptămâni", 21),
        ("pl-PL", "dostawa za pięć tygodni", 35),
        ("fr-FR", "livraison dans cinq semaines", 35),
    ],
)
def test_a_lead_time_spelled_in_words_counts_from_the_mail(
    locale: str, text: str, days: int
) -> None:
    from agent.reading.dates import find_dates

    mail = datetime(2026, 11, 12, 9, 30)
    hits, _ = find_dates(text, locale, mail)
    assert [h.date for h in hits] == [mail.date() + timedelta(days=days)]


def test_a_norwegian_line_in_three_weeks_from_today_is_a_later_date() -> None:
    res = read(
        "Hei Dana,\n\nLinje 1 og 3 bekreftes som bestilt, levering 15.12.\nLinje 2 har vi "
        "dessverre ikke på lager: 100 stk kan leveres om fire uker fra i dag.\n\nMvh\nOla",
        [make_po(locale="nb-NO")],
        when=datetime(2026, 11, 12, 8, 30, tzinfo=UTC),
    )
    got = lines_of(res)
    assert (got[2].status, got[2].date) == ("changed", date(2026, 12, 10)), res.review_reasons
    assert got[1].date == got[3].date == date(2026, 12, 15)


# ED 014 (deferred): "IRT-1000 모델은 … 1월에 출고됩니다" (ships in January) over an attached
# sheet dating the line 2027-01-06: a month written as its number ("1월", "1月") restates the
# exact date in it, as "in January" does.
@pytest.mark.parametrize("month", ["1월", "1月"])
def test_a_month_written_as_its_number_agrees_with_a_date_in_it(month: str) -> None:
    from agent.reading.dates import month_holds

    assert month_holds(month, date(2027, 1, 6))
    assert not month_holds(month, date(2026, 12, 16))


def test_a_korean_month_in_the_text_restates_the_sheets_date() -> None:
    from tests.test_dw_dx_batch_lessons import _XLSX, _xlsx

    sheet = _xlsx(
        [
            ["No", "품목", "수량", "단가", "출고일"],
            [1, "CAST-7781", 40, 312.5, "2026-12-15"],
            [2, "CAST-7782", 100, 12.1, "2027-01-06"],
            [3, "CAST-7790", 60, 8.4, "2026-12-15"],
        ]
    )
    res = read(
        "안녕하세요. 발주서 4500012345 잘 받았습니다. 첨부한 엑셀 파일로 납기 회신드립니다.\n"
        "CAST-7782 모델은 재고 부족으로 1월에 출고됩니다.\n\n감사합니다.",
        [make_po(locale="ko-KR")],
        attachments=(("reply.xlsx", _XLSX, sheet),),
    )
    got = lines_of(res)
    assert (got[2].status, got[2].date) == ("changed", date(2027, 1, 6)), res.review_reasons
    assert got[1].date == got[3].date == date(2026, 12, 15)


@pytest.mark.parametrize(
    "header",
    [
        ["No", "품목", "수량", "단가", "출고일"],
        ["No", "品番", "数量", "単価", "出荷日"],
        ["序号", "料号", "数量", "单价", "发货日期"],
    ],
)
def test_a_korean_japanese_or_chinese_ship_date_heads_a_date_column(header: list[str]) -> None:
    from agent.reading.extract import _classify_header

    cols = _classify_header(header, sheet=True)
    assert cols is not None and cols[4] == "date", cols


# AK 051, AL 058 (deferred): Arabic writes "and" as a letter on its word ("… استلام طلبكم
# ونوافق على …": receipt of your order, and we agree to …), so the commitment joined to a
# receipt went unseen.
def test_an_arabic_receipt_joined_to_a_commitment_by_its_and_is_a_commitment() -> None:
    from agent.reading.claims import _act

    text = "نؤكد استلام طلبكم رقم 4500012345 ونوافق على الكميات والأسعار المذكورة."
    assert _act(text, has_values=False, named=False) == "commit"
    assert _act("نؤكد استلام طلبكم رقم 4500012345.", has_values=False, named=False) == "receipt"


# DT 019 (wrong): "… können wir leider erst am Dienstag, KW 50 liefern. Beide Positionen kommen
# zusammen in einer Lieferung.": the later date was said of line 1's goods, line 2 kept the
# PO's date although both come in one delivery.
@pytest.mark.parametrize(
    ("locale", "body"),
    [
        (
            "de-CH",
            "Grüezi Frau Ruiz\n\nIhre Bestellung 4500012345 bestätigen wir gerne:\nPos. 1: 40 "
            "Stk. à EUR 312.50\nPos. 2: 100 Stk. à EUR 12.10\nPos. 3: 60 Stk. à EUR 8.40\n\nDa die "
            "Gehäuse aus dem Werk in Italien kommen, können wir erst am 22.12.2026 liefern. Alle "
            "Positionen kommen zusammen in einer Lieferung.\n\nFreundliche Grüsse",
        ),
        (
            "en-GB",
            "Hi Dana,\n\nOrder 4500012345 confirmed at your prices and quantities. The gearbox "
            "housings can only leave our works on 22/12/2026, sorry. Everything will ship "
            "together in one consignment.\n\nRegards\nSam",
        ),
    ],
)
def test_one_delivery_for_all_lines_with_one_lines_later_date_goes_to_a_person(
    locale: str, body: str
) -> None:
    res = read(body, [make_po(locale=locale)])
    if res.kind == "confirmation":
        # read right, every line at the one later date, or not at all
        assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 22)}
    else:
        assert any("one delivery" in r for r in res.review_reasons), res.review_reasons


def test_one_delivery_at_the_requested_date_is_a_confirmation() -> None:
    res = read(
        "Hi Dana,\n\nOrder 4500012345 confirmed as per PO, delivery 15/12/2026. All items will "
        "ship together.\n\nRegards\nSam"
    )
    assert res.kind == "confirmation", res.review_reasons
    assert [ln.status for ln in lines_of(res).values()] == ["accepted"] * 3


# ED 013 (false): "Potwierdzenie całego zamówienia z terminami prześlemy jutro do południa":
# the confirmation is promised, with four words between its noun and its verb, and "jutro"
# (tomorrow) was read as every line's delivery date.
def test_a_polish_confirmation_with_its_dates_promised_for_tomorrow_confirms_nothing() -> None:
    padlocks = [
        ("KP-40", "Keyed padlock 40 mm", 120, "EA", "6.35", "2026-12-15"),
        ("KP-50", "Keyed padlock 50 mm", 80, "EA", "7.90", "2026-12-15"),
    ]
    res = read(
        "Dzień dobry,\n\ndziękujemy za zamówienie nr 4500012345.\nKłódki 40 mm są dostępne od "
        "ręki, co do 50 mm czekamy na odpowiedź fabryki.\nPotwierdzenie zamówienia razem z "
        "terminami dostaw prześlemy jutro.\n\nPozdrawiam\nKatarzyna",
        [make_po(locale="pl-PL", lines=padlocks)],
    )
    assert res.kind == "needs_review"
    assert res.confirmations == []


# EC 025 (deferred): "نؤكد لكم استلام وقبول أمر الشراء … بالكميات والأسعار المذكورة فيه" (we
# confirm the receipt and acceptance of the PO at its quantities and prices): Arabic joins
# "and" to its word, so the acceptance after the receipt went unseen.
def test_an_arabic_receipt_and_acceptance_is_a_commitment() -> None:
    res = read(
        "السيدة دانا المحترمة،\n\nنؤكد لكم استلام وقبول أمر الشراء رقم 4500012345 بالكميات "
        "والأسعار المذكورة فيه.\nموعد التسليم لجميع البنود: 2026/12/22.\n\nمع التحية",
        [make_po(locale="ar-AE")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert {ln.status for ln in got.values()} == {"changed"}
    assert {ln.date for ln in got.values()} == {date(2026, 12, 22)}


# ED 019, ED 044 (deferred): "liitteenä tilausvahvistus" (Finnish), "Dilampirkan pengesahan
# pesanan" (Malay): "attached" in words the reference check did not know, so a read
# attachment was taken for content no one read.
@pytest.mark.parametrize(
    ("locale", "body"),
    [
        ("fi-FI", "Hei,\n\nliitteenä tilausvahvistus tilaukseenne 4500012345.\n\nTerveisin\nMika"),
        ("ms-MY", "Salam,\n\nDilampirkan pengesahan pesanan untuk PO 4500012345.\n\nTerima kasih"),
    ],
)
def test_an_attached_acknowledgment_said_in_finnish_or_malay_is_read(
    locale: str, body: str
) -> None:
    from tests.test_dw_dx_batch_lessons import _XLSX, _xlsx

    sheet = _xlsx(
        [
            ["Line", "Item", "Qty", "Unit price", "Delivery date"],
            [1, "CAST-7781", 40, 312.5, "2026-12-15"],
            [2, "CAST-7782", 100, 12.6, "2026-12-22"],
            [3, "CAST-7790", 60, 8.4, "2026-12-15"],
        ]
    )
    res = read(body, [make_po(locale=locale)], attachments=(("ab.xlsx", _XLSX, sheet),))
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[2].status, got[2].unit_price, got[2].date) == (
        "changed",
        Decimal("12.60"),
        date(2026, 12, 22),
    )


# ED 029 (deferred): "giao 80 cái … 20 cái còn lại chúng tôi không giao được" (the 20 pieces
# remaining we cannot deliver): the rest's word after its count, as Vietnamese and Indonesian
# put it.
@pytest.mark.parametrize(
    ("locale", "body"),
    [
        (
            "vi-VN",
            "Chúng tôi xác nhận đơn hàng 4500012345:\n- Dòng 1: kho chỉ còn 30 cái, giao ngày "
            "15/12/2026. 10 cái còn lại chúng tôi không giao được.\n- Dòng 2 và 3: đúng như đơn "
            "hàng, giao ngày 15/12/2026.",
        ),
        (
            "id-ID",
            "Kami konfirmasi PO 4500012345:\n- Baris 1: stok hanya 30 pcs, pengiriman 15/12/2026. "
            "10 pcs sisanya tidak dapat kami penuhi.\n- Baris 2 dan 3: sesuai pesanan, "
            "pengiriman 15/12/2026.",
        ),
    ],
)
def test_a_rest_declined_with_its_word_after_the_count_leaves_the_smaller_quantity(
    locale: str, body: str
) -> None:
    res = read(body, [make_po(locale=locale)])
    got = lines_of(res)
    assert (got[1].status, got[1].quantity) == ("changed", 30), res.review_reasons
    assert [got[n].status for n in (2, 3)] == ["accepted", "accepted"]


# EE 011 (wrong): an ERP's rows under "Pda  Articulo  Descripcion  Cant  UM  Precio MXN
# Entrega": "Cant" (no dot) was no quantity column, and line 2's 150 (for 120), which also
# stands in the goods' name ("Caja registro 150x110x70"), was taken for the name's.
def test_a_count_column_headed_cant_reads_a_count_the_goods_name_also_holds() -> None:
    boxes = [
        ("CJ-100-IP65", "Caja de registro 100x100x50 IP65", 200, "EA", "38.90", "2026-12-04"),
        ("CJ-150-IP65", "Caja de registro 150x110x70 IP65", 120, "EA", "61.20", "2026-12-04"),
    ]
    res = read(
        "Confirmamos su orden de compra 4500012345:\n\n"
        "Pda  Articulo      Descripcion                      Cant  UM    Precio MXN   Entrega\n"
        "10   CJ-100-IP65   Caja registro 100x100x50 IP65     200  PZA       38.90   04/12/2026\n"
        "20   CJ-150-IP65   Caja registro 150x110x70 IP65     150  PZA       61.20   04/12/2026\n",
        [make_po(locale="es-MX", currency="MXN", lines=boxes)],
    )
    got = lines_of(res)
    assert (got[2].status, got[2].quantity) == ("changed", 150), res.review_reasons
    assert (got[1].status, got[1].quantity) == ("accepted", 200)


# EE 043 (wrong): "tumaas na po ang presyo, P235.00 na po per pc": the Philippine peso written
# "P" before an amount with its cents is money, as the rand's "R" is; "P120" is a code.
def test_the_philippine_peso_written_p_is_a_price() -> None:
    from agent.reading.numbers import price_hits

    assert [(h.value, h.currency) for h in price_hits("presyo P235.00 per pc", "en-PH")] == [
        (Decimal("235.00"), "PHP")
    ]
    assert [str(h.value) for h in price_hits("P 1,250.00 each", "en-PH")] == ["1250.00"]
    assert price_hits("filter P120, grade P2.5, P2.50mm", "en-PH") == []


# (a guard: on the commit before the mend another check already kept this reply from
# confirming the PO's price; it stays so now that the peso is read)
def test_a_new_price_in_pesos_written_p_is_not_the_pos() -> None:
    couplers = [
        ("QC-14-M", "Quick coupler 1/4 male plug", 200, "PC", "68.00", "2026-12-10"),
        ("QC-38-F", "Quick coupler 3/8 female socket", 50, "PC", "210.00", "2026-12-10"),
    ]
    res = read(
        "Hi Ma'am Dana,\n\nConfirmed po lahat ng items sa PO 4500012345, delivery Dec 10. Pero "
        "sa 3/8 female socket po, tumaas na po ang presyo, P235.00 na po per pc.\n\nSalamat po!",
        [make_po(locale="en-PH", currency="PHP", lines=couplers)],
    )
    assert not (res.kind == "confirmation" and lines_of(res)[2].unit_price == Decimal("210.00")), (
        res.review_reasons
    )


# DR 052 (went wrong once Afrikaans was read): "Lyn 2: Die vulkaniseer-span is eers weer
# beskikbaar op Dinsdag 2 Februarie 2027": the goods back only on that day, which no word
# calls a delivery, while the line kept the PO's earlier date.
@pytest.mark.parametrize(
    ("locale", "said"),
    [
        (
            "en-GB",
            "Line 2: back in stock on Tuesday 2 February 2027; price EUR 12.10 stays the same.",
        ),
        ("af-ZA", "Lyn 2: weer in voorraad op Dinsdag 2 Februarie 2027; prys bly dieselfde."),
    ],
)
def test_goods_back_in_stock_after_the_lines_date_go_to_a_person(locale: str, said: str) -> None:
    res = read(
        f"Line 1: 40 pcs @ EUR 312.50, delivery 15/12/2026.\n{said}\nLine 3: 60 pcs @ EUR 8.40, "
        "delivery 15/12/2026.",
        [make_po(locale=locale)],
    )
    assert res.kind == "needs_review", [
        (ln.line, ln.status, ln.date) for c in res.confirmations for ln in c.lines
    ]
    assert any("back only on 2027-02-02" in r for r in res.review_reasons), res.review_reasons


# EG 063 (false): "hereby confirm the order as per your PO … the prices on the PO are no
# longer valid. Our accounts department will send revised unit prices before we proceed": new
# prices promised in a sentence of their own put the confirmation off.
def test_revised_prices_promised_after_a_confirmation_put_it_off() -> None:
    res = read(
        "Good morning,\n\nWe confirm order 4500012345 as per your PO, delivery by 15/12/2026.\n"
        "Please note that the prices on the PO no longer apply; we will send you the revised "
        "prices tomorrow.\n\nRegards\nChinedu"
    )
    assert res.kind == "needs_review", [
        (ln.line, ln.status, ln.unit_price) for c in res.confirmations for ln in c.lines
    ]
