"""An ERP acknowledgment written as text rows under a one-line header: which date column is
the delivery, which amount is the unit price, and a rest the supplier cancels. Every phrasing
here is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.test_extract import lines_of, make_po, read

SEALS = [
    ("HS-OR-42", "O-ring 42 x 3 NBR 70", 400, "EA", "0.38", "2026-12-09"),
    ("HS-WR-60", "Wiper ring 60 mm PU", 120, "EA", "2.90", "2026-12-09"),
]


def _read(body: str, lines, locale: str):
    return read(body, [make_po(locale=locale, currency="EUR", lines=lines)])


def test_columns_after_the_ship_and_delivery_dates_leave_them_read_by_their_header() -> None:
    # a lot and its expiry after the two date columns used to hide which date was which
    res = _read(
        "Voici notre accusé de réception :\n\n"
        "Pos Votre ref. Designation Qte PU HT Expedition Livraison prevue Lot / DLU\n"
        "10 HS-OR-42 Joint torique 42 x 3 NBR 400 0,38 07/12/2026 09/12/2026 L7731 / 03-2030\n"
        "20 HS-WR-60 Racleur 60 mm PU 120 3,05 14/12/2026 16/12/2026 L7740 / 05-2030\n",
        SEALS,
        "fr-FR",
    )
    lines = lines_of(res)
    assert res.kind == "confirmation", res.review_reasons
    assert lines[1].date == date(2026, 12, 9)
    assert lines[2].date == date(2026, 12, 16)
    # "PU HT" is the unit price's column: 3,05 is the wiper's new price
    assert lines[2].unit_price == Decimal("3.05")


def test_an_abbreviated_delivery_column_is_the_delivery_date() -> None:
    res = _read(
        "Order acknowledgement 55120 for your PO attached below.\n\n"
        "Ln Cust Item Qty UM Unit Price Extension Sched Ship Req. Del.\n"
        "10 HS-OR-42 400 EA 0.38 152.00 12/02/26 12/09/26\n"
        "20 HS-WR-60 120 EA 2.90 348.00 12/10/26 12/15/26\n",
        SEALS,
        "en-US",
    )
    lines = lines_of(res)
    assert res.kind == "confirmation", res.review_reasons
    assert (lines[1].status, lines[1].date) == ("accepted", date(2026, 12, 9))
    assert (lines[2].status, lines[2].date) == ("changed", date(2026, 12, 15))


def test_a_cancelled_rest_beside_the_row_leaves_the_line_the_row_count() -> None:
    # "reliquat de 24 unités non livrable, solde annulé" under a row of 96 of 120 used to be
    # read as the line's quantity (or the line as refused)
    res = _read(
        "Voici notre accusé de réception :\n\n"
        "Pos Votre ref. Designation Qte PU HT Livraison\n"
        "10 HS-OR-42 Joint torique 42 x 3 NBR 400 0,38 09/12/2026\n"
        "20 HS-WR-60 Racleur 60 mm PU 100 2,90 09/12/2026\n"
        "Pos 20 : reliquat de 20 pièces non disponible chez le fabricant, solde annulé.\n",
        SEALS,
        "fr-FR",
    )
    lines = lines_of(res)
    assert res.kind == "confirmation", res.review_reasons
    assert (lines[2].status, lines[2].quantity) == ("changed", 100)


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        (
            "fr-FR",
            "Bonjour, commande confirmée pour le 09/12.\n"
            "Pos 2 : reliquat de 20 pièces non disponible chez le fabricant, solde annulé.",
        ),
        (
            "en-GB",
            "Hello, order confirmed for delivery 09/12.\n"
            "Item 2: the remaining 20 pcs cannot be supplied, the manufacturer is out of stock.",
        ),
    ],
)
def test_a_cancelled_rest_alone_is_neither_the_line_nor_its_refusal(locale: str, body: str) -> None:
    # what remains (100) is written nowhere: a person checks it
    res = _read(body, SEALS, locale)
    assert res.kind == "needs_review"
    assert any("line 2" in r for r in res.review_reasons)
    assert not any(
        ln.line == 2 and (ln.status == "rejected" or ln.quantity == 20)
        for c in res.confirmations
        for ln in c.lines
    )


def test_a_swedish_header_s_abbreviated_delivery_column_is_the_delivery_date() -> None:
    # batch AG 004: "Avsänd Lev.datum" (sent, delivery date) left both dates in doubt
    res = _read(
        "Orderbekräftelse 700512 till er order:\n\n"
        "Pos Artikelnr Benämning Antal Enh À-pris Belopp Avsänd Lev.datum\n"
        "10 HS-OR-42 O-ring 42x3 NBR 400 st 0,38 152,00 2026-12-04 2026-12-09\n"
        "20 HS-WR-60 Avstrykare 60 mm 120 st 2,90 348,00 2026-12-11 2026-12-16\n",
        SEALS,
        "sv-SE",
    )
    lines = lines_of(res)
    assert res.kind == "confirmation", res.review_reasons
    assert (lines[1].date, lines[2].date) == (date(2026, 12, 9), date(2026, 12, 16))
