"""An arrival on the way (a port's or a hub's ETA) is a step of the delivery, not the delivery:
when the same reply gives a later delivery to our site, that delivery is the date (FORMAT.md:
the delivery date wins). Phrasings written for these tests, not the batches' cases."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_extract import lines_of, make_po, read

VALVES = [
    ("BV-2050", "Ball valve DN50 PN16, stainless", 30, "EA", "88.00", "2027-01-15"),
    ("BV-2080", "Ball valve DN80 PN16, stainless", 12, "EA", "141.00", "2027-01-15"),
]


@pytest.mark.parametrize(
    ("locale", "body", "want"),
    [
        (
            "en-GB",
            "We confirm your order. Loading in Ningbo 27/11, vessel ETA Antwerp "
            "04/01/2027, delivered to your Leeds warehouse on 11/01/2027.",
            date(2027, 1, 11),
        ),
        (
            "es-ES",
            "Confirmamos su pedido. Salida de Shanghái el 27/11, llegada estimada al "
            "puerto de Valencia el 04/01/2027 y entrega en su almacén de Zaragoza el 11/01/2027.",
            date(2027, 1, 11),
        ),
        (
            "de-DE",
            "Auftrag bestätigt. Verschiffung ab Qingdao am 27.11., Ankunft Hamburger Hafen "
            "04.01.2027; Zustellung an Ihr Lager in Kassel am 11.01.2027.",
            date(2027, 1, 11),
        ),
    ],
)
def test_a_later_delivery_to_the_site_wins_over_the_ports_arrival(
    locale: str, body: str, want: date
) -> None:
    res = read(body, [make_po(locale=locale, lines=VALVES)])
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {want}


def test_a_ports_arrival_alone_is_still_the_date() -> None:
    # nothing later is said: the arrival is the only delivery the supplier gives
    res = read(
        "Order confirmed as placed. Sailing from Ningbo 27/11, ETA Felixstowe 08/01/2027.",
        [make_po(lines=VALVES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2027, 1, 8)}


def test_an_earlier_delivery_after_a_later_arrival_is_a_disagreement() -> None:
    # the arrival is later than the delivery: no chain, two dates for a person
    res = read(
        "Order confirmed. Delivery to your plant 08/01/2027, ETA Felixstowe 11/01/2027.",
        [make_po(lines=VALVES)],
    )
    assert res.kind == "needs_review"


def test_an_estimated_arrival_does_not_hedge_the_delivery_said_after_it() -> None:
    # "chegada estimada" estimates the port's arrival, as every ETA does; the delivery after
    # it is said without a hedge
    res = read(
        "Confirmamos a encomenda. Embarque em Xangai a 27/11, chegada estimada a Leixões "
        "04/01/2027 e entrega no vosso armazém de Braga a 11/01/2027.",
        [make_po(locale="pt-PT", lines=VALVES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2027, 1, 11)}


def test_an_estimated_delivery_stays_a_hedge() -> None:
    res = read(
        "Confirmamos a encomenda, entrega estimada a 11/01/2027.",
        [make_po(locale="pt-PT", lines=VALVES)],
    )
    assert res.kind == "needs_review"


def test_goods_named_by_a_short_plural_are_that_line() -> None:
    # "pens" names the gel pens though its stem has three letters: the sentence's date is
    # theirs too, not the PO's
    res = read(
        "PO confirmed, prices as per PO. Paper and pens ship 1/6/2027, delivery to your dock "
        "1/7/2027.",
        [
            make_po(
                locale="en-US",
                lines=[
                    (
                        "PAP-LTR",
                        "Copy paper letter, case of 10 reams",
                        80,
                        "CS",
                        "42.99",
                        "2027-01-08",
                    ),
                    (
                        "PEN-GEL",
                        "Gel pens black 0.7 mm, box of 12",
                        50,
                        "BX",
                        "11.49",
                        "2027-01-08",
                    ),
                ],
            )
        ],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {n: ln.date for n, ln in lines_of(res).items()} == {
        1: date(2027, 1, 7),
        2: date(2027, 1, 7),
    }
