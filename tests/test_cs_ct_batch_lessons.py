"""What batches CS and CT taught on first sight, each in a phrasing of its own:

- CS 002 (wrong): "delivery W52-3", "delivery W01-4": ISO 8601's week date is that weekday of
  that week, not the week's Friday nor the weeks 1 to 4.
- CS 043: "Liefertermin KW 52 Mi": the supplier's short day name after the week is that day.
- CS 070 (wrong): "levering d. 8/1-2027": the Danish and Norwegian day/month-year.
- CT 022: "R6 450.00" where the locale groups with a space; "factory closes … and re-opens".
- CT 070: a tracking number promised for later, and a list answered in order whose item
  names no line: its date is that item's line's.
- CS 056: "de transportkosten à € 185,00" is a charge of its own, no line's price.
- CS 067: a row ending in "OK" speaks for the quantity and price it states, not its date only.
- CS 015: "the balance of 20 units is cancelled": the line is cut, no part left unaccounted.
- CT 050: "Die Produktion der Blöcke läuft erst ab KW 49": a date of making the goods is no
  delivery date.
- CT 013: "im Zeitraum 15.-18.12." commits to the range's last day.
- CT 007: "teslim tarihi 18.12.2026 yerine 11.01.2027": the date before "yerine" is the one replaced.
- BP 027 (false before commit): "men kun hvis I kan acceptere levering i uge 2": "only if" is a
  condition in Danish, Norwegian and Swedish.
- CT 018 (false): "Commande confirmée conforme à votre bon de commande" above an attached
  acknowledgment that changes a line: the mail and the document disagree.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read


def test_an_iso_week_date_is_that_weekday_of_that_week() -> None:
    res = read(
        "Order 4500012345 confirmed at your prices.\n"
        "Line 1  40 pcs  delivery W51-2\n"
        "Line 2  100 pcs  delivery W01-5\n"
        "Line 3  60 pcs  delivery 2027-W02-1\n",
        [make_po(locale="fi-FI")],
    )
    got = lines_of(res)
    assert [got[n].date for n in (1, 2, 3)] == [
        date(2026, 12, 15),
        date(2027, 1, 8),
        date(2027, 1, 11),
    ], res.review_reasons


def test_a_short_day_name_after_a_calendar_week_is_that_day() -> None:
    res = read(
        "Wir bestätigen Ihre Bestellung 4500012345 zu Ihren Preisen und Mengen.\n"
        "Pos. 1: Liefertermin KW 51 Di\n"
        "Pos. 2: Liefertermin KW 51 Do\n"
        "Pos. 3: Liefertermin KW 51\n",
        [make_po(locale="de-DE")],
    )
    got = lines_of(res)
    assert [got[n].date for n in (1, 2, 3)] == [
        date(2026, 12, 15),
        date(2026, 12, 17),
        date(2026, 12, 18),
    ], res.review_reasons


def test_a_danish_day_month_hyphen_year_date_is_read() -> None:
    res = read(
        "Tak for ordren 4500012345. Vi bekræfter:\n"
        "Pos. 1: 40 stk. à 312,50 - levering 15/12-2026\n"
        "Pos. 2: 100 stk. à 12,10 - levering 15/12-2026\n"
        "Pos. 3: 60 stk. à 8,40 - levering 11/1-2027 (vi mangler gods)\n",
        [make_po(locale="da-DK")],
    )
    got = lines_of(res)
    assert got[3].date == date(2027, 1, 11), res.review_reasons
    assert got[3].status == "changed"


def test_an_as_ordered_mail_over_a_document_that_changes_a_line_is_for_a_person() -> None:
    doc = (
        "Lig.;Réf.;Qté;P.U.;Livraison\n"
        "1;CAST-7781;40;312,50;15/12/2026\n"
        "2;CAST-7782;80;12,10;15/12/2026\n"
        "3;CAST-7790;60;8,40;15/12/2026\n"
    ).encode()
    res = read(
        "Bonjour,\n\nVeuillez trouver ci-joint notre accusé de réception. Commande 4500012345 "
        "confirmée conforme à votre bon de commande.",
        [make_po(locale="fr-FR")],
        attachments=(("AR-4500012345.csv", "text/csv", doc),),
    )
    assert res.kind == "needs_review", [
        (ln.line, ln.quantity) for c in res.confirmations for ln in c.lines
    ]
    assert any("another quantity (80)" in r for r in res.review_reasons), res.review_reasons


def test_a_space_grouped_amount_with_a_dot_in_a_space_grouping_locale() -> None:
    # CT 022: "R6 450.00" from South Africa, whose locale groups with a space
    po = make_po(
        locale="en-ZA",
        currency="ZAR",
        lines=[
            ("DB-115", "Drill bit 115 mm", 12, "EA", "7250.00", "2026-12-15"),
            ("DB-140", "Drill bit 140 mm", 8, "EA", "9300.00", "2026-12-15"),
        ],
    )
    res = read(
        "Morning, confirmation below:\n\n"
        "Line 1   Drill bit 115mm   12 units   R7 250.00   delivery 2026/12/15\n"
        "Line 2   Drill bit 140mm    8 units   R9 300.00   delivery 2026/12/15\n",
        [po],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert [ln.unit_price for ln in lines_of(res).values()] == [7250, 9300]


def test_a_closing_and_reopening_factory_gives_no_delivery_date() -> None:
    res = read(
        "Order 4500012345 confirmed as ordered, delivery 15/12/2026. Please note our factory "
        "closes 2026/12/23 and re-opens 2027/01/05.",
        [make_po(locale="en-ZA")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


def test_a_tracking_number_promised_for_later_leaves_the_lines_confirmed() -> None:
    # CT 070: "номер ТТН повідомимо в день відвантаження"
    res = read(
        "Замовлення 4500012345 підтверджуємо як замовлено, поставка 15.12.2026. Номер ТТН "
        "повідомимо в день відвантаження.",
        [make_po(locale="uk-UA", currency="UAH")],
    )
    assert res.kind == "confirmation", res.review_reasons


def test_a_price_promised_with_the_tracking_number_is_still_open() -> None:
    res = read(
        "Замовлення 4500012345 підтверджуємо, поставка 15.12.2026. Номер ТТН та нову ціну "
        "повідомимо пізніше.",
        [make_po(locale="uk-UA", currency="UAH")],
    )
    assert res.kind == "needs_review", lines_of(res)


def test_a_list_answered_in_order_keeps_each_items_date_its_own() -> None:
    # CT 070: the descriptions are English, the list Ukrainian; its third item's date is
    # the third line's, not a date lines 1 and 2 leave unaccounted
    res = read(
        "Дякуємо за замовлення N 4500012345. Підтверджуємо:\n\n"
        "- корпуси редуктора: 40 шт. по 312,50 грн, відвантаження 10 грудня;\n"
        "- кришки редуктора: 100 шт. по 12,10 грн, відвантаження 10 грудня;\n"
        "- опорні лапи: 60 шт. по 8,40 грн - до 15 грудня 2026 р., як Ви просили.\n",
        [make_po(locale="uk-UA", currency="UAH")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].date for n in (1, 2, 3)] == [
        date(2026, 12, 10),
        date(2026, 12, 10),
        date(2026, 12, 15),
    ]


def test_freight_charged_on_its_own_is_no_price_of_a_line() -> None:
    # CS 056: "de transportkosten à € 185,00 … worden apart op de factuur vermeld"
    res = read(
        "Hierbij bevestigen wij uw order 4500012345 conform uw bestelling, levering op "
        "15-12-2026. Let op: de vrachtkosten à € 95,00 worden apart gefactureerd.",
        [make_po(locale="nl-NL")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert [ln.unit_price for ln in lines_of(res).values()] == [
        Decimal("312.50"),
        Decimal("12.10"),
        Decimal("8.40"),
    ]


def test_a_row_ending_in_ok_speaks_for_the_values_it_states() -> None:
    # CS 067: "項次1  TO-EP-PL10  150 PCS  US$18.60  交期 115/12/18  OK"
    res = read(
        "Order 4500012345, reply below:\n\n"
        "Item 1  CAST-7781   40 EA  EUR 312.50  delivery 15/12/2026  OK\n"
        "Item 2  CAST-7782  100 EA  EUR 12.10   delivery 08/01/2027\n"
        "Item 3  CAST-7790   60 EA  EUR 8.40    delivery 15/12/2026  OK\n",
        [make_po(locale="en-GB")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].date == date(2027, 1, 8)


def test_a_balance_said_to_be_cancelled_is_the_cut_quantity() -> None:
    # CS 015: "80 cherry paddles only …; the balance of 20 units is cancelled."
    res = read(
        "We confirm your order 4500012345 as follows: line 1 as ordered; line 2: 80 covers "
        "only (limited castings), the balance of 20 units is cancelled; line 3 as ordered.",
        [make_po(locale="en-CA")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].quantity == 80


def test_a_date_of_making_the_goods_is_no_delivery_date() -> None:
    # CT 050: "Lieferung 4 Wochen ab Bestelldatum. Die Produktion der Blöcke läuft erst ab KW
    # 49": the week production starts is not when the goods come
    res = read(
        "We confirm order 4500012345 at your prices and quantities, delivery on 15/12/2026. "
        "Production of the housings only starts on 30/11/2026.",
        [make_po(locale="en-GB")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


def test_a_yearless_day_range_commits_to_its_last_day() -> None:
    # CT 013: "die Anlieferung bei Ihnen erfolgt im Zeitraum 15.-18.12."
    res = read(
        "Vielen Dank für Ihre Bestellung 4500012345. Pos. 1 und 2 wie bestellt am 15.12.2026. "
        "Pos. 3 bekommen wir direkt vom Hersteller, die Anlieferung bei Ihnen erfolgt im "
        "Zeitraum 16.-19.12. Preise jeweils wie bestellt.",
        [make_po(locale="de-DE")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[3].date == date(2026, 12, 19)


def test_a_date_an_after_word_says_is_replaced_is_no_loose_date() -> None:
    # CT 007: "teslim tarihi 18.12.2026 yerine 11.01.2027"
    res = read(
        "4500012345 numaralı siparişiniz için teşekkür ederiz. Sipariş onayımız:\n"
        "1. 40 adet x 312,50 - teslim tarihi 15.12.2026\n"
        "2. 100 adet x 12,10 - teslim tarihi 15.12.2026\n"
        "3. 60 adet x 8,40 - teslim tarihi 15.12.2026 yerine 12.01.2027 (tedarikçi gecikmesi)\n",
        [make_po(locale="tr-TR", currency="TRY")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[3].date == date(2027, 1, 12)


def test_only_if_we_accept_a_later_week_is_a_condition() -> None:
    # BP 027 went false when "i stedet for 14. december" stopped counting as a loose date:
    # the condition itself ("kun hvis") was no condition word
    res = read(
        "Tak for ordren 4500012345. Vi kan levere alle linjer til jeres priser, men kun hvis I "
        "kan acceptere levering i uge 2 i stedet for 15. december.",
        [make_po(locale="da-DK")],
    )
    assert res.kind == "needs_review", lines_of(res)
    assert any("(condition)" in r for r in res.review_reasons), res.review_reasons
