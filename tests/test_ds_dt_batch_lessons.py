"""Lessons of held-out batches DS and DT: each test is a general capability one of their wrong
answers showed missing, written in its own words (not the batch's text)."""

from __future__ import annotations

from decimal import Decimal

from agent.reading.numbers import price_hits
from agent.reading.pipeline import read_message
from agent.reading.pos_json import load_pos
from tests.test_extract import make_mail, make_po, read

_THREE = [
    ("HM-13-BR", "Hose mender 1/2 inch, brass", 400, "EA", "0.95", "2026-12-14"),
    ("HM-19-BR", "Hose mender 3/4 inch, brass", 250, "EA", "1.30", "2026-12-14"),
    ("HM-25-BR", "Hose mender 1 inch, brass", 100, "EA", "2.10", "2027-01-08"),
]


# DS 044 (wrong): Georgian "39,50 აშშ დოლარი კომპლექტზე" (39.50 US dollars a set) was no money,
# so the line kept the PO's price.
def test_the_dollar_and_the_euro_in_georgian_and_armenian_are_money() -> None:
    for text, cur in (
        ("ფასი შეიცვალა: 39,50 აშშ დოლარი კომპლექტზე", "DOLLAR"),
        ("գինը՝ 39,50 ԱՄՆ դոլար", "DOLLAR"),
        ("ფასი 45,00 ევრო", "EUR"),
    ):
        assert [(h.value, h.currency) for h in price_hits(text, "ka-GE")][:1] == [
            (Decimal("39.50") if cur == "DOLLAR" else Decimal("45.00"), cur)
        ], text


# DT 057 (false confirmation): "Te confirmo todo para el 10/12. Eso sí, la centrífuga (línea 2)
# la tenemos recién en enero, fijate si te sirve así o si preferís que la saquemos del pedido":
# the question to the buyer was read as a commitment, and line 2 was accepted for 10/12.
def test_see_if_that_works_or_shall_we_drop_it_is_a_question() -> None:
    res = read(
        "Hola Dana,\n\nTe confirmo todo para el 14/12. Eso sí, la línea 2 la tenemos recién en "
        "enero, fijate si te sirve así o si preferís que la saquemos del pedido.\n",
        [make_po(locale="es-AR", lines=_THREE[:2])],
    )
    assert not any(
        ln.line == 2 and ln.status in ("accepted", "changed")
        for c in res.confirmations
        for ln in c.lines
    ), res.review_reasons


# DS 063 (wrong): an ERP acknowledgment prints a second row under line 2, a bare count and the
# price again with a later date ("20  1.30  08/01/2027"): a second delivery, missed.
def test_a_row_under_a_line_with_a_count_the_price_again_and_a_date_is_a_second_delivery() -> None:
    doc = (
        "SALES ORDER ACKNOWLEDGEMENT SO-118274   Customer Order No: 4500012345\n"
        "Ln  Product     Description                   Qty   Unit Price   Del. Date\n"
        "1   HM-13-BR    Hose mender 1/2 inch, brass   400        0.95   14/12/2026\n"
        "2   HM-19-BR    Hose mender 3/4 inch, brass   230        1.30   14/12/2026\n"
        "                                               20        1.30   08/01/2027\n"
    )
    raw = make_mail(
        "Dear Customer,\n\nPlease find attached our acknowledgement SO-118274 for your order "
        "4500012345.\n",
        attachments=(("SO-118274.txt", "text/plain", doc.encode()),),
    )
    res = read_message(raw, load_pos([make_po(locale="en-IE", lines=_THREE[:2])]))
    assert not any(
        ln.line == 2 and ln.status in ("accepted", "changed") and not ln.schedule
        for c in res.confirmations
        for ln in c.lines
    ), res.review_reasons
