"""Russian and Ukrainian replies, end to end.

Each language has its lexicon file (``agent/reading/lang/ru.toml``, ``uk.toml``), month and
weekday names from babel (with the cases a day is named in: "в пятницу", "у п'ятницю"),
calendar-week words ("на 51-й неделе", "51 тиждень"), line words ("поз. 1", "позиція 2",
"рядок 3"), rouble and hryvnia signs and out-of-office wording. Every phrasing here is
written for these tests, the way business mail in the language is written. Every mail runs
the whole pipeline (``read_message``) on real bytes; the mail is dated Tuesday 17 November
2026, the PO has three lines requested for 15 December 2026.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from agent.reading.dates import find_dates
from agent.reading.numbers import price_hits
from tests.test_guards import PO_NUMBER
from tests.test_languages import REF, WEEK_2, WEEK_52, _lines, _read

REQUESTED = date(2026, 12, 15)

# A plain confirmation of every line, as ordered.
CONFIRMATIONS = [
    (
        "ru-RU",
        "Добрый день, Рене!\n\nПодтверждаем ваш заказ без изменений.\n\nС уважением,\nДмитрий",
    ),
    (
        "ru-RU",
        "Здравствуйте!\n\nЗаказ принят в работу, подтверждаем в полном объёме согласно вашему "
        "заказу.\n\nС уважением,\nДмитрий",
    ),
    (
        "uk-UA",
        "Добрий день, Рене!\n\nПідтверджуємо замовлення без змін.\n\nЗ повагою,\nОлена",
    ),
    ("uk-UA", "Доброго дня!\n\nЗамовлення прийнято в роботу, все без змін.\n\nЗ повагою,\nОлена"),
]


@pytest.mark.parametrize("locale,body", CONFIRMATIONS)
def test_a_plain_confirmation_accepts_every_line(locale: str, body: str) -> None:
    got = _lines(_read(body, locale))
    assert got == {n: ("accepted", REQUESTED) for n in (1, 2, 3)}


# Every line confirmed, delivered in calendar week 52 instead of the requested date.
WEEK_CHANGES = [
    (
        "ru-RU",
        "Добрый день,\n\nподтверждаем все позиции, но поставка будет на 52-й неделе.\n\nС уважением",
    ),
    (
        "ru-RU",
        "Добрый день,\n\nвсе позиции подтверждаем, однако отгрузка возможна только на 52 неделе."
        "\n\nС уважением",
    ),
    (
        "uk-UA",
        "Добрий день,\n\nусі позиції підтверджуємо, але відвантаження буде на 52-му тижні."
        "\n\nЗ повагою",
    ),
    ("uk-UA", "Добрий день,\n\nпідтверджуємо всі позиції, поставка 52 тиждень.\n\nЗ повагою"),
]


@pytest.mark.parametrize("locale,body", WEEK_CHANGES)
def test_a_calendar_week_changes_every_line_to_its_friday(locale: str, body: str) -> None:
    got = _lines(_read(body, locale))
    assert got == {n: ("changed", WEEK_52) for n in (1, 2, 3)}


# Every line confirmed for a new date, in digits or with the month's name.
NEW_DATES = [
    ("ru-RU", "Добрый день,\n\nподтверждаем заказ, поставка 15.01.2027."),
    ("ru-RU", "Добрый день,\n\nподтверждаем заказ, дата поставки перенесена на 15 января."),
    ("ru-RU", "Добрый день,\n\nподтверждаем заказ, поставка в пятницу 15 января."),
    ("uk-UA", "Добрий день,\n\nпідтверджуємо замовлення, поставка 15 січня 2027 р."),
    ("uk-UA", "Добрий день,\n\nпідтверджуємо замовлення, дату поставки перенесено на 15 січня."),
]


@pytest.mark.parametrize("locale,body", NEW_DATES)
def test_a_new_date_changes_every_line(locale: str, body: str) -> None:
    got = _lines(_read(body, locale))
    assert got == {n: ("changed", WEEK_2) for n in (1, 2, 3)}


# Lines 1 and 2 confirmed, line 3 refused (no longer made, cannot be supplied).
REFUSALS = [
    (
        "ru-RU",
        "Добрый день,\n\nпозиции 1 и 2 подтверждаем в соответствии с заказом.\nПозицию 3, к "
        "сожалению, поставить не сможем, она снята с производства.\n\nС уважением",
    ),
    (
        "ru-RU",
        "Добрый день,\n\nпоз. 1 и 2 подтверждаем согласно заказу.\nПоз. 3 не сможем поставить, "
        "снята с производства.\n\nС уважением",
    ),
    (
        "ru-RU",
        "Добрый день,\n\nпункты 1 и 2 подтверждаем.\nПункт 3 вынуждены отклонить: позиция снята "
        "с производства.\n\nС уважением",
    ),
    (
        "ru-RU",
        "Добрый день,\n\nПозиции 1 и 2 подтверждаем. Позицию 3 поставить не сможем, она снята "
        "с производства.\n\nС уважением",
    ),
    (
        "uk-UA",
        "Добрий день,\n\nпозиції 1 та 2 підтверджуємо згідно з замовленням.\nПозицію 3, на жаль, "
        "не зможемо поставити, її знято з виробництва.\n\nЗ повагою",
    ),
    (
        "uk-UA",
        "Добрий день,\n\nрядки 1 та 2 підтверджуємо без змін.\nРядок 3, на жаль, поставити не "
        "зможемо — виробництво припинено.\n\nЗ повагою",
    ),
]


@pytest.mark.parametrize("locale,body", REFUSALS)
def test_a_refused_line_is_rejected_and_the_others_accepted(locale: str, body: str) -> None:
    got = _lines(_read(body, locale))
    assert got[3][0] == "rejected"
    assert got[1][0] == got[2][0] == "accepted"


# Replies that confirm nothing yet: a promise to answer later, a question, a receipt, a
# condition, a "cannot confirm yet", a negated approval.
NON_COMMITMENTS = [
    # Russian
    ("ru-RU", "Добрый день,\n\nспасибо за заказ. Сроки поставки уточним и сообщим завтра."),
    ("ru-RU", "Добрый день,\n\nблагодарим за заказ. Вернёмся с ответом по срокам в течение дня."),
    ("ru-RU", "Добрый день,\n\nвас устроит поставка на 2-й неделе?"),
    ("ru-RU", "Добрый день,\n\nсможете ли принять поставку на 2-й неделе вместо 15 декабря?"),
    ("ru-RU", "Добрый день,\n\nподтверждаем заказ при условии 30% предоплаты."),
    ("ru-RU", "Добрый день,\n\nпока не можем подтвердить сроки, ожидаем ответа от завода."),
    ("ru-RU", "Добрый день,\n\nподтверждаем получение вашего заказа."),
    ("ru-RU", "Добрый день,\n\nзаказ подтвердим до пятницы."),
    ("ru-RU", "Добрый день,\n\nсрок поставки не в порядке, нам нужно его проверить."),
    ("ru-RU", "Добрый день,\n\nцены в порядке."),
    # Ukrainian
    ("uk-UA", "Добрий день,\n\nдякуємо за замовлення, терміни поставки повідомимо додатково."),
    (
        "uk-UA",
        "Добрий день,\n\nдякуємо за замовлення. Терміни поставки уточнюємо, повернемося з "
        "відповіддю завтра.",
    ),
    ("uk-UA", "Добрий день,\n\nчи влаштує вас поставка на 2-му тижні?"),
    ("uk-UA", "Добрий день,\n\nпідтверджуємо замовлення після отримання передоплати."),
    (
        "uk-UA",
        "Добрий день,\n\nпоки що не можемо підтвердити дати, чекаємо на відповідь виробника.",
    ),
    ("uk-UA", "Добрий день,\n\nпідтверджуємо отримання замовлення."),
    ("uk-UA", "Добрий день,\n\nзамовлення підтвердимо після отримання 50% передоплати."),
]


@pytest.mark.parametrize("locale,body", NON_COMMITMENTS)
def test_promises_questions_and_conditions_confirm_nothing(locale: str, body: str) -> None:
    res = _read(body, locale)
    assert res.kind == "needs_review", (res.kind, res.review_reasons)


# The whole order confirmed, but only on a condition or as a question: the reader sees the
# confirmation and what holds it (not merely nothing it can read).
HELD_CONFIRMATIONS = [
    ("ru-RU", "Добрый день,\n\nподтверждаем заказ при условии 30% предоплаты.", "при условии"),
    (
        "uk-UA",
        "Добрий день,\n\nпідтверджуємо замовлення після отримання передоплати.",
        "передоплати",
    ),
    ("ru-RU", "Добрый день,\n\nвас устроит поставка на 2-й неделе?", "вас устроит"),
    ("uk-UA", "Добрий день,\n\nчи влаштує вас поставка на 2-му тижні?", "чи влаштує"),
    ("ru-RU", "Добрый день,\n\nпока не можем подтвердить сроки, ожидаем ответа от завода.", "пока"),
]


@pytest.mark.parametrize("locale,body,words", HELD_CONFIRMATIONS)
def test_what_holds_a_confirmation_is_named(locale: str, body: str, words: str) -> None:
    res = _read(body, locale)
    assert res.kind == "needs_review"
    assert any(words in reason for reason in res.review_reasons), res.review_reasons


# A confirmation whose delivery is a month or a part of one: no day, no accepted date.
VAGUE_DELIVERIES = [
    ("ru-RU", "Добрый день,\n\nподтверждаем заказ, поставка в январе."),
    ("ru-RU", "Добрый день,\n\nподтверждаем заказ, поставка в конце января."),
    ("uk-UA", "Добрий день,\n\nпідтверджуємо замовлення, поставка на початку січня."),
    ("uk-UA", "Добрий день,\n\nпідтверджуємо замовлення, поставка у січні."),
]


@pytest.mark.parametrize("locale,body", VAGUE_DELIVERIES)
def test_a_month_without_a_day_confirms_no_date(locale: str, body: str) -> None:
    res = _read(body, locale)
    assert res.kind != "confirmation" or all(
        ln.status != "accepted" for ln in res.confirmations[0].lines
    )


ABSENCES = [
    (
        "ru-RU",
        "Спасибо за ваше письмо.\n\nЯ в отпуске до 27 ноября и не имею доступа к почте.",
    ),
    (
        "ru-RU",
        "Добрый день!\n\nВ настоящее время я нахожусь вне офиса. Вернусь 7 декабря и отвечу на "
        "ваше письмо.",
    ),
    (
        "uk-UA",
        "Дякую за ваш лист.\n\nЯ у відпустці до 27 листопада, відповім після повернення.",
    ),
    (
        "uk-UA",
        "Добрий день!\n\nЯ перебуваю у відрядженні до 30 листопада і маю обмежений доступ до "
        "пошти.",
    ),
]


@pytest.mark.parametrize("locale,body", ABSENCES)
def test_an_absence_notice_is_an_automatic_reply(locale: str, body: str) -> None:
    res = _read(body, locale, subject=f"PO {PO_NUMBER}", quoted="")
    assert res.kind == "auto_reply", (res.kind, res.review_reasons)


@pytest.mark.parametrize(
    "text,want",
    [
        ("Я в отпуске до 7 декабря.", date(2026, 12, 7)),
        ("Я у відпустці до 27 листопада.", date(2026, 11, 27)),
    ],
)
def test_the_return_date_of_an_absence(text: str, want: date) -> None:
    from agent.reading.classify import find_return_date

    assert find_return_date(text, REF) == want


# ------------------------------------------------------------------ dates and weeks


@pytest.mark.parametrize(
    "text,want",
    [
        ("10 декабря", date(2026, 12, 10)),
        ("до 10-го декабря", date(2026, 12, 10)),
        ("25 грудня", date(2026, 12, 25)),
        ("15 января 2027 г.", WEEK_2),
        ("15 січня 2027 року", WEEK_2),
        ("до 15.01.2027", WEEK_2),
        ("на 51-й неделе", date(2026, 12, 18)),
        ("на 51 неделе", date(2026, 12, 18)),
        ("51-я неделя", date(2026, 12, 18)),
        ("неделя 2", WEEK_2),
        ("51 тиждень", date(2026, 12, 18)),
        ("на 51-му тижні", date(2026, 12, 18)),
        ("тиждень 2/2027", WEEK_2),
        ("в пятницу", date(2026, 11, 20)),
        ("до пятницы", date(2026, 11, 20)),
        ("в среду", date(2026, 11, 18)),
        ("понедельник", date(2026, 11, 23)),
        ("у п'ятницю", date(2026, 11, 20)),
        ("у середу", date(2026, 11, 18)),
        ("на следующей неделе в пятницу", date(2026, 11, 27)),
        ("завтра", date(2026, 11, 18)),
        ("через 2 недели", date(2026, 12, 1)),
    ],
)
def test_month_names_weeks_and_days(text: str, want: date) -> None:
    hits, _ = find_dates(text, "ru-RU", REF)
    assert [h.date for h in hits] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "срок поставки 2 недели",  # a duration
        "затримка на 2 тижні",  # a delay of two weeks
        "1 неделя",  # one week, a lead time
        "10 листов",  # ten sheets: the Ukrainian short November is a word
        "3 марки",
        "рабочая среда: вода",  # a medium, not Wednesday
        "у четвертому кварталі",  # the fourth quarter, not Thursday
    ],
)
def test_words_that_look_like_dates_are_none(text: str) -> None:
    hits, _ = find_dates(text, "ru-RU", REF)
    assert hits == []


@pytest.mark.parametrize(
    "text,vague",
    [
        ("поставка в январе", "в январе"),
        ("в начале января", "в начале января"),
        ("у січні", "у січні"),
        ("наприкінці січня", "наприкінці січня"),
    ],
)
def test_a_month_alone_is_vague(text: str, vague: str) -> None:
    hits, found = find_dates(text, "ru-RU", REF)
    assert hits == [] and [v.text for v in found] == [vague]


# ------------------------------------------------------------------ currencies


@pytest.mark.parametrize(
    "text,value,currency",
    [
        ("96,40 руб./м", "96.40", "RUB"),
        ("512,00 руб.", "512.00", "RUB"),
        ("512 рублей", "512", "RUB"),
        ("₽512", "512", "RUB"),
        ("512 ₽", "512", "RUB"),
        ("RUB 1 250,00", "1250.00", "RUB"),
        ("640,00 грн", "640.00", "UAH"),
        ("₴640", "640", "UAH"),
        ("640,00 UAH", "640.00", "UAH"),
    ],
)
def test_roubles_and_hryvnias(text: str, value: str, currency: str) -> None:
    (hit,) = price_hits(text, "ru-RU")
    assert (str(hit.value), hit.currency) == (value, currency)


def test_a_price_per_hundred_pieces() -> None:
    (hit,) = price_hits("12,50 руб. за 100 шт", "ru-RU")
    assert hit.per == 100 and hit.currency == "RUB"


@pytest.mark.parametrize("text", ["5 грузовиков", "3 грубых ошибки", "12 рубашек"])
def test_words_like_currency_signs_are_no_price(text: str) -> None:
    assert price_hits(text, "ru-RU") == []


# ------------------------------------------------------------------ line references


@pytest.mark.parametrize(
    "text,want",
    [
        ("поз. 1 и 2 подтверждаем", {1, 2}),
        ("позиция 2 без изменений", {2}),
        ("по позициям 1, 2 и 3", {1, 2, 3}),
        ("пункт 3 снят с производства", {3}),
        ("строка 1 в порядке", {1}),
        ("п. 2 подтверждаем", {2}),
        ("позиция №2", {2}),
        ("позиції 1 та 3", {1, 3}),
        ("рядок 3", {3}),
    ],
)
def test_line_words_name_their_lines(text: str, want: set[int]) -> None:
    from agent.reading.extract import _LINE_REF

    got: set[int] = set()
    for m in _LINE_REF.finditer(text):
        got |= {int(n) for n in re.findall(r"\d+", m.group(0))}
    assert got == want


@pytest.mark.parametrize(
    "subject", ["Ответ: Заказ 7100018842", "Отв: PO", "Відповідь: Замовлення", "Відп: PO"]
)
def test_reply_prefixes(subject: str) -> None:
    from agent.reading.classify import _REPLY_SUBJECT

    assert _REPLY_SUBJECT.match(subject)


@pytest.mark.parametrize(
    "subject", ["Подтверждение заказа 7100018842", "Підтвердження замовлення 7100018842"]
)
def test_order_confirmation_headings(subject: str) -> None:
    from agent.reading.classify import _ORDER_CONFIRMATION

    assert _ORDER_CONFIRMATION.search(subject)
