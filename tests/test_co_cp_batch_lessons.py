"""What batches CO and CP taught on first sight, each in a phrasing of its own:

- CP 069: "Order 4500031548 is confirmed, the pliers are €26.50 now though": the order's
  confirmation before the comma is the whole order's, the goods named after it the change.
- CO 041: "Pos. 1: 25 Stk. Webschützen …, à CHF 186.00 - Lieferung 18.12.2026" in a list
  of lines that end alike: a unit's dot before a capitalised noun ends a sentence, and the
  line's last piece ("Lieferung 18.12.2026") belongs to the sentence after its first, not to
  every row that says the same.
- CO 012 and CM 052: "l'importo complessivo dell'ordine (€ 6.020,00) supera la soglia di
  € 5.000,00", "Omdat de orderwaarde boven de € 10.000 uitkomt": amounts said of the order's
  value are no line's price.
- CN 018 and CO 054: answers typed one per line under our quoted table answer its rows in
  order; one the reading does not understand sends the mail to a person.
- CO 001: "Termin dla pozostałych 600 szt. podamy …": the rest's date comes later, so the
  line is not confirmed at the first part's date.
- CP 025: "Rate (Rs.)" heads the unit price. CP 030: "avec la livraison du 17/12/2026" is
  that delivery's day. CP 068: "$ 420.000" from Colombia is in pesos; "USD" is not "$".
- Found while writing these: "maybe" (and its kin in every language) hedges a value.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read


def test_an_order_confirmed_before_a_comma_covers_the_lines_not_named_after_it() -> None:
    res = read(
        "Hi Dana,\n\nOrder 4500012345 is confirmed, the covers are EUR 12.60 each now. "
        "Delivery 15/12 as requested.",
        [make_po(locale="en-GB")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[3].status == "accepted"
    assert got[2].unit_price == Decimal("12.60")


def test_an_introduction_before_the_comma_confirms_no_line_the_list_leaves_out() -> None:
    # "we confirm as follows:" introduces a list: a line it leaves out stays open
    res = read(
        "We confirm as follows:\nLine 1: 40 pcs at 312.50, delivery 15/12/2026\n"
        "Line 2: 100 pcs at 12.10, delivery 15/12/2026",
        [make_po(locale="en-GB")],
    )
    assert res.kind == "needs_review" or lines_of(res)[3].status == "unconfirmed"


def test_rows_that_end_alike_keep_their_own_prices() -> None:
    res = read(
        "Guten Tag, wir bestätigen Ihre Bestellung wie folgt:\n\n"
        "Pos. 1: 40 Stk. Getriebegehäuse GG, à EUR 312,50 - Lieferung 15.12.2026\n"
        "Pos. 2: 100 Stk. Getriebedeckel GG, à EUR 12,90 - Lieferung 15.12.2026\n"
        "Pos. 3: 60 Stk. Montagefüsse GG, à EUR 8,40 - Lieferung 15.12.2026\n",
        [make_po(locale="de-CH")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].unit_price == Decimal("12.90")
    assert got[1].status == "accepted" and got[3].status == "accepted"


def test_an_amount_said_of_the_order_value_is_no_line_price() -> None:
    for body, locale in (
        (
            "Wir bestätigen Ihre Bestellung. Da der Auftragswert über EUR 10.000,00 liegt, "
            "gewähren wir 2 % Rabatt auf alle Positionen. Liefertermin 15.12.2026.",
            "de-DE",
        ),
        (
            "We confirm your order. As the order value is above EUR 10,000.00 we give 2% "
            "discount on all lines. Delivery date 15/12/2026.",
            "en-GB",
        ),
    ):
        res = read(body, [make_po(locale=locale)])
        assert res.kind == "confirmation", (locale, res.review_reasons)
        got = lines_of(res)
        assert got[1].unit_price == Decimal("306.25"), locale
        assert {ln.date for ln in got.values()} == {date(2026, 12, 15)}


_QUOTED_TABLE = (
    "> Please find below our purchase order 4500012345 of 20 November 2026. Please\n"
    "> confirm quantity, unit price and delivery date for each line.\n"
    ">\n"
    "> Line  Item       Description                     Qty  UoM  Unit price  Need by\n"
    "> 1     CAST-7781  Gearbox housing, ductile iron    40  EA       312.50  2026-12-15\n"
    "> 2     CAST-7782  Gearbox cover, ductile iron     100  EA        12.10  2026-12-15\n"
    "> 3     CAST-7790  Mounting foot, grey iron         60  EA         8.40  2026-12-15\n"
)


def test_answers_typed_one_per_row_under_our_table_answer_their_rows() -> None:
    # CN 018 and CO 054: "áno / áno / nie", "ok / ok / 18-1 / nee" typed under our quoted
    # table, one line per row, in the rows' order
    res = read(
        "Dobrý den,\n\nodpovědi pod tabulkou. Patky (řádek 3) už nevyrábíme.\n\n"
        "Dne 24. 11. 2026 v 10:00 Dana Ruiz napsal(a):\n"
        + _QUOTED_TABLE
        + "ano\nano\nne\n>\n> Kind regards\n> Dana Ruiz\n",
        [make_po(locale="cs-CZ")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {n: ln.status for n, ln in lines_of(res).items()} == {
        1: "accepted",
        2: "accepted",
        3: "rejected",
    }


def test_an_answer_under_a_row_that_is_not_understood_is_for_a_person() -> None:
    res = read(
        "Hi Dana,\n\nsee below.\n\nOn 24 Nov 2026, at 10:00, Dana Ruiz wrote:\n"
        + _QUOTED_TABLE
        + "ok\nok\nwk 3 maybe\n>\n> Kind regards\n> Dana Ruiz\n",
        [make_po(locale="en-GB")],
    )
    assert res.kind == "needs_review", [(n, ln.status) for n, ln in lines_of(res).items()]


def test_a_date_said_with_maybe_is_no_commitment() -> None:
    # found writing the test above: "wk 3 maybe" was read as a firm new date; "maybe",
    # "vielleicht", "peut-être", "misschien" … hedge a value in every language
    for body, locale in (
        ("Order 4500012345: lines 1 and 3 as ordered, line 2 maybe 08/01/2027.", "en-GB"),
        (
            "Bestellung 4500012345: Pos. 1 und 3 wie bestellt, Pos. 2 vielleicht 08.01.2027.",
            "de-DE",
        ),
        (
            "Commande 4500012345 : lignes 1 et 3 confirmées, ligne 2 peut-être le 08/01/2027.",
            "fr-FR",
        ),
    ):
        res = read(body, [make_po(locale=locale)])
        assert res.kind == "needs_review" or lines_of(res)[2].status == "unconfirmed", locale


def test_the_date_for_the_rest_given_later_holds_the_line() -> None:
    # CO 001: "Termin dla pozostałych 600 szt. podamy po dostawie drewna": part of the line
    # has no date yet, so the line is not confirmed at the first part's date
    res = read(
        "Zamówienie 4500012345 potwierdzamy.\n\nPoz. 2: 60 szt. wyślemy 15.12.2026. "
        "Datę dla pozostałych 40 szt. podamy w przyszłym tygodniu.",
        [make_po(locale="pl-PL")],
    )
    assert res.kind == "needs_review" or lines_of(res)[2].status == "unconfirmed"


def test_a_rate_column_is_the_unit_price() -> None:
    # CP 025: "Rate (Rs.)" heads the unit price in Indian and British English tables
    res = read(
        "Dear Madam,\n\nWe confirm your PO No. 4500012345 as under:\n\n"
        "Sr. | Item      | Qty     | Rate (Rs.) | Amount (Rs.) | Delivery\n"
        "1   | CAST-7781 | 40 Nos. |     312.50 |    12,500.00 | 15-12-2026\n"
        "2   | CAST-7782 | 100 Nos.|      12.60 |     1,260.00 | 15-12-2026\n"
        "3   | CAST-7790 | 60 Nos. |       8.40 |       504.00 | 15-12-2026\n",
        [make_po(locale="en-IN", currency="INR")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].unit_price == Decimal("12.60")


def test_a_line_moved_into_a_dated_delivery_takes_its_day() -> None:
    # CP 030: "les 6 pièces partent donc déjà avec la livraison du 17/12/2026": the delivery
    # of that day, not an order's or a document's date
    res = read(
        "Bonjour,\n\nCommande 4500012345 confirmée : lignes 1 et 3 comme commandé ; les "
        "couvercles (ligne 2) partent déjà avec la livraison du 09/12/2026, même prix.",
        [make_po(locale="fr-FR")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].date == date(2026, 12, 9)


def test_the_dollar_sign_is_the_pesos_too_but_usd_is_only_the_us_dollar() -> None:
    # CP 068: "Precio $ 420.000 c/u" from Colombia on a PO in COP: "$" is the peso's sign
    lines = [
        ("SAD-16", "Saddle tree 16 in", 12, "EA", "420000.00", "2027-01-15"),
        ("SAD-15", "Saddle tree 15 in", 8, "EA", "515000.00", "2027-01-15"),
    ]
    res = read(
        "Le confirmo el pedido 4500012345:\n- SAD-16: solo podemos despachar 8 de los 12, "
        "precio $ 420.000 c/u, entrega 15 de enero.\n- SAD-15: los 8, a $ 515.000 c/u, "
        "entrega 15 de enero.",
        [make_po(locale="es-CO", currency="COP", lines=lines)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].quantity == 8
    # "USD" written out on a PO in Canadian dollars is another currency
    res = read(
        "We confirm PO 4500012345 as ordered, except line 2 at USD 12.60 each.",
        [make_po(locale="en-CA", currency="CAD")],
    )
    assert res.kind == "needs_review", [(n, ln.unit_price) for n, ln in lines_of(res).items()]


def test_a_percentage_relative_to_the_order_changes_its_price() -> None:
    # CP 057: "цена +8 % спрямо поръчката" (price +8 % against the order)
    for body, locale in (
        (
            "Bestellung 4500012345 bestätigt:\nPos. 2 – Getriebedeckel, Grauguss – 100 Stk., "
            "Preis +5 % gegenüber der Bestellung wegen gestiegener Gusspreise, Lieferung "
            "15.12.2026.",
            "de-DE",
        ),
        (
            "Потвърждаваме поръчка 4500012345:\nпоз. 2 – капак, сив чугун – 100 бр., цена "
            "+5 % спрямо поръчката поради поскъпване на чугуна, доставка 15.12.2026 г.",
            "bg-BG",
        ),
    ):
        res = read(body, [make_po(locale=locale)])
        assert res.kind == "confirmation", (locale, res.review_reasons)
        assert lines_of(res)[2].unit_price == Decimal("12.705"), locale


def test_a_delivery_of_a_day_said_of_the_whole_order_is_not_passed_over() -> None:
    # found beside CP 030: "Le tout part avec la livraison du 22/12/2026" was taken for an
    # order's or a document's date ("du"), and every line confirmed at the PO's date
    res = read(
        "Commande 4500012345 confirmée. Le tout part avec la livraison du 22/12/2026.",
        [make_po(locale="fr-FR")],
    )
    assert res.kind == "needs_review" or {ln.date for ln in lines_of(res).values()} == {
        date(2026, 12, 22)
    }


def test_an_order_refused_by_a_pronoun_after_its_number_rejects_every_line() -> None:
    # CO 033: "Muchas gracias por su orden de compra 4500032481. Lamentablemente no podremos
    # surtirla: …": the pronoun is the order, and "(estimamos abril de 2027)" commits to nothing
    res = read(
        "Estimada Dana:\n\nGracias por su pedido 4500012345. Lamentablemente no podremos "
        "surtirlo: la fundición está cerrada por mantenimiento. Con gusto le cotizaremos de "
        "nuevo cuando reanudemos la producción (estimamos mayo de 2027).",
        [make_po(locale="es-MX", currency="MXN")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.status for ln in lines_of(res).values()} == {"rejected"}
