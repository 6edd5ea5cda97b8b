"""Tables drawn with bars, the reasons given around a value, words typed without diacritics,
and replies that state two different quantities (each phrasing written for this test)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.reading.pipeline import read_message
from agent.reading.pos_json import load_pos
from tests.test_extract import lines_of, make_mail, make_po, read

ONE_LINE = [("SPR-32", "Sprocket z=32, steel", 500, "EA", "7.80", "2026-12-21")]


def test_a_table_drawn_with_bars_is_read_and_not_taken_for_a_signature() -> None:
    res = read(
        "Hello Dana,\n\nwe confirm order 4500012345 as below.\n\n"
        "Item                  | Qty | Unit price | Ship date\n"
        "Sprocket z=32, steel  | 450 | 7.80       | 21.12.2026\n\n"
        "Kind regards\nOlga",
        [make_po(lines=ONE_LINE)],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert (line.status, line.quantity) == ("changed", 450)


@pytest.mark.parametrize(
    "body",
    [
        # the text says one quantity, the table below it another
        "Hello Dana,\n\nwe confirm 500 pcs, shipping 21.12.\n\n"
        "Item                  | Qty | Unit price | Ship date\n"
        "Sprocket z=32, steel  | 450 | 7.80       | 21.12.2026\n\nKind regards\nOlga",
        "Hello Dana,\n\nLine 1: 500 pcs confirmed for 21.12.\nLine 1 - we can make 450 pcs.\n\nOlga",
    ],
)
def test_two_quantities_for_one_line_go_to_a_person(body: str) -> None:
    res = read(body, [make_po(lines=ONE_LINE)])
    assert res.kind == "needs_review", res.confirmations
    assert "450" in " ".join(res.review_reasons)


def test_a_quantity_offered_as_an_alternative_is_no_second_quantity() -> None:
    res = read(
        "Hej Dana,\n\nRad 1: avrundat till 600 st (4 rullar à 150), leverans 21/12.\n\n"
        "Säg till om ni hellre vill ha 500 st istället.",
        [make_po(lines=ONE_LINE, locale="sv-SE")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].quantity == 600


@pytest.mark.parametrize(
    ("header", "locale"),
    [
        ("Наименование | Кол-во, шт. | Цена, руб. | Дата отгрузки", "ru-RU"),
        ("Megnevezés | Mennyiség | Egységár | Szállítás", "hu-HU"),
        ("Açıklama | Miktar | Fiyat | Teslim tarihi", "tr-TR"),
        ("品名 | 数量 | 单价 | 交期", "zh-CN"),
    ],
)
def test_table_headers_in_more_languages_name_their_columns(header: str, locale: str) -> None:
    from agent.reading.extract import _cells, _classify_header

    cols = _classify_header(_cells(header))
    assert cols is not None and set(cols.values()) >= {"qty", "price", "date"}, cols


def test_a_price_in_the_reason_for_a_surcharge_is_no_price_of_the_order() -> None:
    res = read(
        "Sehr geehrte Frau Ruiz,\n\nwir bestätigen Ihre Bestellung 4500012345. Aufgrund der "
        "aktuellen Kupfernotierung (DEL 26.11.: 1.045,80 €/100 kg) berechnen wir auf alle "
        "Positionen einen Zuschlag von +4 %.\n\nPos. 1-3 Liefertermin wie bestellt.",
        [make_po(locale="de-DE")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].unit_price == Decimal("325.00")  # 312.50 + 4 %


def test_a_price_per_reel_is_the_price_of_a_line_counted_in_rl() -> None:
    po = make_po(
        lines=[
            ("SWA-25", "SWA 3C 2.5mm", 500, "M", "2.86", "2026-12-03"),
            ("6491-15", "6491X 1.5mm blue", 10, "RL", "24.10", "2026-12-03"),
        ],
        currency="GBP",
    )
    res = read(
        "Morning Dana,\n\nconfirmed as follows:\n\n"
        "Item 1 – SWA 3C 2.5mm – 500m – £286.00 per 100m\n"
        "Item 2 – 6491X 1.5mm blue – 10 reels – £24.10 per reel\n\n"
        "Delivered to you 3/12.",
        [po],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    # the row above states its own basis ("per 100m"); it is no header for the next row
    assert (got[1].unit_price, got[2].unit_price) == (Decimal("2.86"), Decimal("24.10"))


def test_price_without_change_says_the_price_stays() -> None:
    res = read(
        "Dear Dana,\n\nPosition 1 we confirm 40 pcs, delivery 15.12.2026. Position 2 and 3 "
        "as ordered. Price without change.",
        [make_po()],
    )
    assert res.kind == "confirmation", res.review_reasons


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Dobry den, potvrzujeme objednavku 4500012345, vse dle objednavky.", "cs-CZ"),
        ("Dzien dobry, potwierdzamy zamowienie 4500012345 zgodnie z zamowieniem.", "pl-PL"),
        ("Buna ziua, confirmam comanda 4500012345 conform comenzii.", "ro-RO"),
    ],
)
def test_words_typed_without_diacritics_are_read(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.status for ln in lines_of(res).values()} == {"accepted"}


def test_a_short_word_is_not_read_without_its_accent() -> None:
    import agent.reading.lexicon as L

    # the French "à" of "à 12,50" is a price word; a bare "a" (Spanish, Italian, Czech) is not
    assert L._long_word("potvrzujeme") and not L._long_word("à")
    assert not re_match_all(L.alternation("price_per"), "a")


def re_match_all(alternation: str, text: str) -> bool:
    import re

    return re.fullmatch(alternation, text, re.IGNORECASE) is not None


def test_a_fresh_mail_confirming_an_order_by_no_number_goes_to_a_person() -> None:
    pos = load_pos(
        [
            make_po("4500012345"),
            make_po("4500012399", lines=[("C-1", "Cover", 10, "EA", "1.00", "2026-12-11")]),
        ]
    )
    raw = make_mail(
        "Dobrý den,\n\npotvrzujeme Vaši objednávku z minulého týdne, dodáme v pátek.",
        subject="objednávka",
        in_reply_to=None,
        quote=False,
    )
    res = read_message(raw, pos)
    assert res.kind == "needs_review", res.kind
    assert "names no open PO" in " ".join(res.review_reasons)


def test_a_notice_of_opening_hours_stays_unrelated() -> None:
    pos = load_pos([make_po("4500012345"), make_po("4500012399")])
    raw = make_mail(
        "Dear customer,\n\nPlease note our Christmas opening hours: the works will close on "
        "18 December. Orders for delivery before Christmas must be confirmed by 4 December.",
        subject="Christmas opening hours",
        in_reply_to=None,
        quote=False,
    )
    assert read_message(raw, pos).kind == "unrelated"


@pytest.mark.parametrize("signoff", ["С уважением,", "Pozdrawiam", "Med vänliga hälsningar"])
def test_a_table_before_a_sign_off_in_more_languages_is_kept(signoff: str) -> None:
    from agent.reading.quotes import signature_start

    lines = [
        "Hello,",
        "",
        "Item | Qty | Date",
        "Sprocket | 450 | 21.12.2026",
        "",
        signoff,
        "Olga Petrova",
        "tel. +7 473 200 10 20",
    ]
    assert signature_start(lines) == 5


def test_dates_of_the_split_hold() -> None:
    # guard for the schedule reading with the new quantity check: a split is no disagreement
    res = read(
        "Hello Dana, lines 1 and 3 as ordered. Line 2: 60 pcs on 15/12, the remaining 40 pcs "
        "on 12/01/2027.",
        [make_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].date == date(2027, 1, 12)


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Добрый день!\n\nПодтверждаем все позиции, кроме позиции 2.\n\nС уважением", "ru-RU"),
        ("Доброго дня!\n\nПідтверджуємо всі позиції, крім позиції 2.\n\nЗ повагою", "uk-UA"),
    ],
)
def test_an_excepted_line_in_russian_or_ukrainian_is_never_accepted(body, locale) -> None:
    res = read(body, [make_po(locale=locale)])
    assert not any(
        ln.line == 2 and ln.status == "accepted" for c in res.confirmations for ln in c.lines
    )
    assert res.kind == "needs_review"


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Позиция 2 – к сожалению, поставить не сможем: производитель прекратил выпуск.", "ru-RU"),
        ("Позиція 2 – на жаль, поставити не зможемо: виробник зупинив випуск.", "uk-UA"),
    ],
)
def test_a_refusal_with_the_verb_first_rejects_the_line(body: str, locale: str) -> None:
    res = read("Позиции 1 и 3 подтверждаем.\n" + body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].status == "rejected"


def test_an_acknowledgment_table_with_a_row_per_delivery_is_a_split() -> None:
    lines = [
        ("GBX-WORM-050", "Worm box 50 20:1", 10, "EA", "148.00", "2026-12-16"),
        ("GBX-WORM-063", "Worm box 63 30:1", 6, "EA", "196.00", "2026-12-16"),
        ("MTR-037-B14", "Motor 0.37 kW 4P", 16, "EA", "88.00", "2026-12-16"),
    ]
    csv = (
        b"Sales Order Acknowledgement;;;;;;\n"
        b"Line;Your Part;Description;Qty;Unit Price GBP;Despatch Date;Comment\n"
        b"1;GBX-WORM-050;Worm box 50 20:1;10;148.00;2026-12-16;\n"
        b"2;GBX-WORM-063;Worm box 63 30:1;4;196.00;2026-12-16;part shipment\n"
        b"2;GBX-WORM-063;Worm box 63 30:1;2;196.00;2027-01-13;balance\n"
        b"3;MTR-037-B14;Motor 0.37kW 4P B14;16;91.20;2026-12-16;price revised\n"
    )
    res = read(
        "Hi Dana,\n\nPlease see attached acknowledgement for your PO 4500012345.",
        [make_po(lines=lines, currency="GBP")],
        attachments=(("ack.csv", "text/csv", csv),),
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [(s.quantity, s.date) for s in got[2].schedule] == [
        (4, date(2026, 12, 16)),
        (2, date(2027, 1, 13)),
    ]
    # "0.37kW" in the supplier's description is a motor's power, not an amount of money
    assert (got[3].status, got[3].unit_price) == ("changed", Decimal("91.20"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Line 2: we can only ship 80 pcs on 15/12, balance 20 pcs please cancel.", "en-GB"),
        (
            "Ligne 2 : nous ne pourrons livrer que 80 pièces le 15/12, merci d'annuler le "
            "reliquat.",
            "fr-FR",
        ),
        ("2번 항목은 80개만 12월 15일 납품 가능하고, 나머지 20개는 취소 부탁드립니다.", "ko-KR"),
    ],
)
def test_a_request_to_cancel_the_remainder_shortens_the_line(body: str, locale: str) -> None:
    res = read("Lines 1 and 3 as ordered.\n" + body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[2]
    assert (line.status, line.quantity) == ("changed", 80)


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Pos. 1: 4 VE à 10 Stück, Preis 3.125,00 EUR/VE, Liefertermin wie bestellt.", "de-DE"),
        ("poz. 1: 2 op. x 20 szt. (40 szt.), cena 6250,00 EUR/op., termin bez zmian.", "pl-PL"),
    ],
)
def test_a_price_per_packing_unit_is_divided_by_its_stated_size(body: str, locale: str) -> None:
    housing = [("CAST-7781", "Gearbox housing", 40, "EA", "312.50", "2026-12-15")]
    res = read(body, [make_po(locale=locale, lines=housing)])
    line = lines_of(res)[1]
    assert line.unit_price == Decimal("312.50"), res.review_reasons


@pytest.mark.parametrize(
    "greeting",
    [
        "Boa tarde Rafael, tudo bem?",
        "Buenas tardes Carmen, ¿qué tal?",
        "Good morning Dana, how are you?",
    ],
)
def test_a_greeting_asked_as_a_question_holds_nothing_back(greeting: str) -> None:
    res = read(f"{greeting}\n\nConfirmed as per PO 4500012345.", [make_po()])
    assert res.kind == "confirmation", res.review_reasons


@pytest.mark.parametrize(
    ("body", "locale", "kind"),
    [
        (
            "Nous accusons bonne réception de votre commande 4500012345 et vous la confirmons "
            "aux prix et délais indiqués.",
            "fr-FR",
            "confirmation",
        ),
        (
            "We acknowledge receipt of your order 4500012345 and confirm it as ordered.",
            "en-GB",
            "confirmation",
        ),
        (
            "We acknowledge receipt of your order 4500012345 and will confirm the dates shortly.",
            "en-GB",
            "needs_review",
        ),
        ("Wir bestätigen den Eingang Ihrer Bestellung 4500012345.", "de-DE", "needs_review"),
        # a commitment put off is a promise, whatever its verb's tense
        (
            "We have received your order 4500012345 and confirm it in the coming days.",
            "en-GB",
            "needs_review",
        ),
        (
            "Hemos recibido su pedido 4500012345 y lo confirmamos en los próximos días.",
            "es-ES",
            "needs_review",
        ),
    ],
)
def test_a_receipt_joined_to_a_commitment_commits(body: str, locale: str, kind: str) -> None:
    res = read(body, [make_po(locale=locale)])
    assert res.kind == kind, (res.review_reasons, res.confirmations)


def test_a_row_with_values_is_no_table_header() -> None:
    from agent.reading.extract import _cells, _classify_header

    row = "項次1  齒輪箱殼體      40pcs  單價 312.50   交期 2026/12/15  OK"
    assert _classify_header(_cells(row)) is None
    res = read(
        "Dana 您好：\n訂單 4500012345 回覆如下：\n" + row + "\n"
        "項次2  齒輪箱蓋      100pcs  單價 12.10   交期 2026/12/15  OK\n"
        "項次3  安裝腳      60pcs  單價 8.40   交期 2026/12/15  OK\n謝謝！",
        [make_po(locale="zh-TW")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.status for ln in lines_of(res).values()} == {"accepted"}


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("R$ 412,00", "BRL"),
        ("A$ 18.50", "AUD"),
        ("NT$ 850", "TWD"),
        ("US$ 11,40", "USD"),
        # a bare sign is every dollar and peso's: the PO's currency decides
        ("$ 12.00", "$"),
    ],
)
def test_a_letter_before_the_dollar_sign_names_the_currency(text: str, currency: str) -> None:
    from agent.reading.numbers import price_hits

    assert [h.currency for h in price_hits(f"preço {text} cada", "pt-BR")] == [currency]


def test_a_price_in_reais_on_a_po_in_reais_is_read() -> None:
    res = read(
        "Boa tarde Dana,\n\nConfirmamos o pedido 4500012345. Item 1: preço R$ 312,50 por peça; itens 2 e 3 "
        "conforme pedido.",
        [make_po(locale="pt-BR", currency="BRL")],
    )
    assert res.kind == "confirmation", res.review_reasons


REQUEST_QUOTE = (
    "Dear supplier,\nplease find our purchase order 4500012345 below. Kindly confirm "
    "quantities, prices and delivery dates.\n"
    "Line 1  CAST-7781  Gearbox housing, ductile iron  40 EA  EUR 312.50/EA  need-by 2026-12-15\n"
    "Line 2  CAST-7782  Gearbox cover, ductile iron  100 EA  EUR 12.10/EA  need-by 2026-12-15\n"
    "Line 3  CAST-7790  Mounting foot, grey iron  60 EA  EUR 8.40/EA  need-by 2026-12-15\n"
)


@pytest.mark.parametrize(
    "header",
    [
        # Outlook in Hebrew, and in a language whose header words we do not list
        "מאת: Dana Ruiz <dana.ruiz@buyer.example>\nנשלח: 17/11/2026 09:30\n"
        "אל: orders@acme-castings.example\nנושא: Purchase order 4500012345 - please confirm",
        "Saatja: Dana Ruiz <dana.ruiz@buyer.example>\nSaadetud: 17.11.2026 09:30\n"
        "Adressaat: orders@acme-castings.example\nTeema: Purchase order 4500012345",
    ],
)
def test_our_request_quoted_under_any_outlook_header_is_never_read(header: str) -> None:
    body = (
        "ההזמנה מאושרת, אבל לגבי הכיסויים אני עדיין בודקת מחיר.\n\nבברכה,\nיעל\n\n"
        "________________________________\n" + header + "\n\n" + REQUEST_QUOTE
    )
    res = read(body, [make_po(locale="he-IL")], quote=False)
    # the values are our own: nothing the supplier wrote commits to them
    assert res.kind == "needs_review", res.confirmations


def test_our_own_words_name_a_po_number_with_letters() -> None:
    from agent.reading.extract import _buyer_voice_for

    assert _buyer_voice_for("LG-LB-26-0402").search("please find our purchase order LG-LB-26-0402")


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("Dostawa: czwartek 10.12, transport po naszej stronie.", "pl-PL", date(2026, 12, 10)),
        ("delivery Thursday 10.12", "en-GB", date(2026, 12, 10)),
    ],
)
def test_a_day_and_month_after_a_weekday_need_no_closing_dot(text, locale, want) -> None:
    from datetime import datetime

    from agent.reading.dates import find_dates

    hits, _ = find_dates(text, locale, datetime(2026, 11, 27))
    assert [h.date for h in hits] == [want]


def test_a_price_of_10_12_is_no_date() -> None:
    from datetime import datetime

    from agent.reading.dates import find_dates

    assert find_dates("price 10.12 EUR", "en-GB", datetime(2026, 11, 27))[0] == []


def test_the_end_of_next_week_is_its_friday_for_every_line() -> None:
    # mail of Wednesday 4 November 2026: next week's Friday is the 13th
    res = read(
        "Dobrý deň, obj. 4500012345 potvrdzujem kompletne. Dodáme do konca budúceho týždňa.",
        [make_po(locale="sk-SK")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 11, 13)}


def test_a_time_in_an_aside_is_not_the_lines() -> None:
    res = read(
        "Dobrý den, obj. 4500012345 potvrzujeme, ceny dle objednávky, dodání 15.12.2026 "
        "(materiál je objednaný, přijde začátkem příštího týdne).",
        [make_po(locale="cs-CZ")],
    )
    assert res.kind == "confirmation", res.review_reasons


def test_arabic_indic_digits_are_read_as_digits() -> None:
    from agent.reading.message import normalize
    from tests.test_extract import make_mail

    msg = normalize(make_mail("السعر ٨٫٢٥ دولار، الكمية ٢٤٠٠ متر مربع ٢٢٫٥ م³", quote=False))
    text = " ".join(s.text for s in msg.own_segments)
    assert "8.25" in text and "2400" in text and "22.5" in text and "م3" in text


def test_a_changed_price_in_arabic_indic_digits_is_not_left_at_the_pos() -> None:
    res = read(
        "نؤكد لكم أمر الشراء رقم 4500012345:\n١. بسعر ٣٢٠٫٠٠ يورو\n٢. و ٣. كما في الطلب",
        [make_po(locale="ar-AE")],
        quote=False,
    )
    assert not any(
        ln.line == 1 and ln.status == "accepted" for c in res.confirmations for ln in c.lines
    )
