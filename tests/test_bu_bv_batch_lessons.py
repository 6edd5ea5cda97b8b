"""What batch BV taught on first sight (BU had no wrong answer), and what the deferrals of BS
and BT showed about words every reply uses, each in a phrasing of its own:

- BV 013: Lithuanian "atsakysime kitą savaitę" (we will answer next week) promises an answer;
  "next week" is no delivery date there.
- BV 025: "we rounded it up to 5 full cartons" counts cartons, not the line's sets, and a
  line whose own words move its count is no "as ordered".
- BV 065: "para que possamos confirmar o pedido" (so that we can confirm the order) makes a
  new price a proposal, in seven languages as in English.
- BS 039, BT 008: Russian "Отгрузка … со склада" ships from the warehouse: the warehouse is
  where from, not the object of the sentence.
- BS 042: an item code "ZB-POST-150" is no "PO ST-150".
- BT 009: a sentence after one that named several lines one by one ("поз. 1 - 40 шт., поз. 2
  - 30 шт. | Поставка 17 грудня") is said of all of them, not of the last.
- BT 023: Portuguese "não fabricamos mais" refuses the line.
"""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read

SETS = [
    ("AN-PIN-S", "Pin nock, small groove", 1000, "PCS", "0.32", "2026-12-11"),
    ("AN-LIT-R3", "Lighted nock, red, 3-pack", 100, "SET", "17.50", "2026-12-11"),
]


def test_a_promise_to_answer_next_week_in_lithuanian_and_latvian() -> None:
    for body, locale in [
        (
            "Laba diena,\n\npatvirtiname užsakymą Nr. 4500012345:\n1 eilutė - pagal užsakymą.\n"
            "2 eilutė - pagal užsakymą.\n3 eilutė - kainą dar tiksliname, atsakysime kitą "
            "savaitę.\n\nPagarbiai",
            "lt-LT",
        ),
        (
            "Labdien,\n\napstiprinām pasūtījumu 4500012345:\n1. pozīcija - kā pasūtīts.\n2. "
            "pozīcija - kā pasūtīts.\n3. pozīcija - cenu vēl precizējam, atbildēsim nākamnedēļ.\n"
            "\nAr cieņu",
            "lv-LV",
        ),
    ]:
        res = read(body, [make_po(locale=locale)])
        if res.kind == "confirmation":
            got = lines_of(res)
            assert got[3].status == "unconfirmed", locale
            assert got[3].date is None, locale
        else:
            assert res.kind == "needs_review", locale


def test_a_count_rounded_up_to_full_cartons_is_no_count_of_sets() -> None:
    res = read(
        "Hi Dana,\n\nPO 4500012345 is confirmed. Line 1 as ordered. Line 2 goes out in master "
        "cartons of 24 sets only, so we rounded it up to 5 full cartons, same $17.50 per set.\n\n"
        "Best\nJenna",
        [make_po(locale="en-US", currency="USD", lines=SETS)],
    )
    # 5 is the cartons; the sets (120) are a person's reading, never 5 nor "as ordered"
    if res.kind == "confirmation":
        assert lines_of(res)[2].quantity == 120
    else:
        assert res.kind == "needs_review"
        assert any("line 2" in r for r in res.review_reasons), res.review_reasons


def test_a_new_price_to_approve_before_the_order_is_confirmed() -> None:
    for body, locale in [
        (
            "Olá Dana,\n\nRecebemos o pedido 4500012345. O preço do item 1 passa a € 330,00 por "
            "unidade. Pedimos que aprove o novo valor para podermos confirmar o pedido.\n\nAbraços",
            "pt-BR",
        ),
        (
            "Hola Dana,\n\nHemos recibido el pedido 4500012345. El precio de la posición 1 sube a "
            "330,00 € por unidad. Le rogamos apruebe el nuevo precio para que podamos confirmar "
            "el pedido.\n\nSaludos",
            "es-ES",
        ),
        (
            "Bonjour Dana,\n\nNous avons bien reçu la commande 4500012345. Le prix de la ligne 1 passe "
            "à 330,00 € l'unité. Merci de valider ce prix afin que nous puissions confirmer la "
            "commande.\n\nCordialement",
            "fr-FR",
        ),
        (
            "Hallo Dana,\n\nBestellung 4500012345 ist eingegangen. Der Preis für Pos. 1 "
            "steigt auf 330,00 EUR/Stk. Bitte geben Sie den Preis frei, damit wir die Bestellung "
            "bestätigen können.\n\nGrüße",
            "de-DE",
        ),
    ]:
        res = read(body, [make_po(locale=locale)])
        assert res.kind == "needs_review", (locale, res.confirmations)


def test_shipping_from_the_warehouse_gives_the_ship_date() -> None:
    res = read(
        "Добрый день!\n\nПодтверждаем заказ 4500012345 полностью, цены и количество по "
        "заказу.\nОтгрузка 14.12.2026 со склада в Казани.\n\nС уважением",
        [make_po(locale="ru-RU")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 14)}


def test_an_item_code_with_post_in_it_is_no_other_order() -> None:
    lines = [
        ("KS-POST-150", "Kiln post 50x50x150 mm", 400, "EA", "4.80", "2026-12-15"),
        ("KS-SHELF-40", "Kiln shelf 400x400 mm", 100, "EA", "31.00", "2026-12-15"),
    ]
    res = read(
        "Hello Dana,\n\norder 4500012345 confirmed:\n1. KS-POST-150: 400 pcs at EUR 4.80, "
        "delivery 15.12.2026.\n2. KS-SHELF-40: 100 pcs at EUR 31.00, delivery 15.12.2026.\n\n"
        "Regards\nLi",
        [make_po(locale="en-GB", lines=lines)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert [ln.status for ln in lines_of(res).values()] == ["accepted", "accepted"]


def test_a_sentence_after_a_line_by_line_list_is_said_of_every_line_listed() -> None:
    res = read(
        "Доброго дня!\n\nПідтверджуємо замовлення 4500012345:\nпоз. 1 - 40 шт., поз. 2 - 100 "
        "шт., поз. 3 - 60 шт., ціни без змін.\nПоставка 18 грудня.\n\nЗ повагою",
        [make_po(locale="uk-UA")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 18)}


def test_no_longer_made_in_portuguese_refuses_the_line() -> None:
    res = read(
        "Olá Dana,\n\nConfirmamos os itens 1 e 3 do pedido 4500012345 conforme solicitado.\n"
        "O item 2 infelizmente não fabricamos mais nesse tamanho, favor desconsiderar este item.\n\nAbraços",
        [make_po(locale="pt-BR")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "rejected", "accepted"]


def test_a_lead_time_labelled_as_such_counts_from_the_mail() -> None:
    # the mail is dated 4 November in these tests: three weeks on is 25 November
    for body, locale in [
        (
            "Hola Dana:\n\nOs confirmamos el pedido 4500012345 completo, cantidades y precios "
            "tal como indicáis.\nPlazo de entrega: 3 semanas.\n\nUn saludo",
            "es-ES",
        ),
        (
            "Hallo Dana,\n\nBestellung 4500012345 bestätigt, Mengen und Preise laut Bestellung. "
            "Lieferzeit: 3 Wochen.\n\nGruß",
            "de-DE",
        ),
    ]:
        res = read(body, [make_po(locale=locale)])
        assert res.kind == "confirmation", (locale, res.review_reasons)
        assert {ln.date for ln in lines_of(res).values()} == {date(2026, 11, 25)}, locale


def test_a_lead_time_from_the_order_date_or_a_range_is_not_counted_from_the_mail() -> None:
    from datetime import datetime

    from agent.reading.dates import find_dates

    ref = datetime(2026, 11, 18)
    assert not [
        h for h in find_dates("Lieferzeit: 3-4 Wochen", "de-DE", ref)[0] if h.form == "lead_time"
    ]
    assert not find_dates("Lieferzeit ca. 14 Wochen", "de-DE", ref)[0]
    hits = find_dates("Prazo de entrega: 6 semanas a partir da data do pedido.", "pt-BR", ref)[0]
    assert date(2026, 12, 30) not in {h.date for h in hits}


def test_a_date_after_a_dash_that_explains_the_delivery_date() -> None:
    res = read(
        "Hei Dana,\n\nvahvistamme tilauksen 4500012345:\n- rivit 1 ja 3 toimitetaan "
        "pyydetysti 15.12.2026, määrät ja hinnat tilauksen mukaan\n- rivi 2: 100 kpl, hinta "
        "12,10 €/kpl, toimituspäivä 21.12.2026 - valukappaleet tulevat valimosta vasta "
        "viikolla 51\n\nTerveisin",
        [make_po(locale="fi-FI")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].date == date(2026, 12, 21)
    assert got[1].date == got[3].date == date(2026, 12, 15)
