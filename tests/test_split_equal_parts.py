"""A split into parts of one size, the size said once and then a date for each part ("in two
trucks of 12,000 kg: truck 1 25/11, truck 2 2/12"), is as many parts of that size as there
are dates, when they make up the line. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

FEED = [("FEED-DC-BULK", "Dairy compound feed, bulk", 24, "T", "318.00", "2026-11-25")]
SLEEPERS = [("SLP-B70", "Concrete sleeper B70", 900, "EA", "61.00", "2027-02-26")]


def test_two_trucks_of_one_weight_with_a_date_each() -> None:
    body = (
        "Buenos días Lars,\n\nConfirmamos su pedido 4500012345, 24 t a 318,00 €/t.\n"
        "Lo serviremos en dos camiones de 12.000 kg:\n  - 1er camión: miércoles 25/11\n"
        "  - 2º camión: miércoles 2/12\n\nSaludos"
    )
    res = read(body, [make_po(locale="es-ES", currency="EUR", lines=FEED)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)[1]
    assert [(p.quantity, p.date) for p in got.schedule] == [
        (Decimal(12), date(2026, 11, 25)),
        (Decimal(12), date(2026, 12, 2)),
    ]
    assert got.date == date(2026, 12, 2)


def test_lots_of_one_size_by_three_dates() -> None:
    body = (
        "Hello Erik,\n\nPO 4500012345 confirmed: 900 pcs at USD 61.00, shipped in equal lots "
        "of 300 pcs by 5 February, by 19 February and by 5 March 2027.\n\nBest regards"
    )
    res = read(body, [make_po(locale="en-GB", currency="USD", lines=SLEEPERS)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)[1]
    assert [p.quantity for p in got.schedule] == [300, 300, 300]
    assert got.date == date(2027, 3, 5)


def test_the_ship_and_arrival_of_one_part_are_not_two_parts() -> None:
    body = (
        "Hi Priya,\n\nPO 4500012345: all 900 pcs go in one container of 900 pcs, ETD 27/11, "
        "ETA 26/02/2027, price as ordered.\n\nCheers"
    )
    res = read(body, [make_po(locale="en-GB", currency="USD", lines=SLEEPERS)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)[1]
    assert not got.schedule
    assert got.date == date(2027, 2, 26)


def test_dates_that_do_not_make_up_the_line_are_no_split() -> None:
    body = (
        "Hello Erik,\n\nPO 4500012345 confirmed: 900 pcs at USD 61.00, in lots of 400 pcs, "
        "by 5 February and by 19 February 2027.\n\nBest regards"
    )
    res = read(body, [make_po(locale="en-GB", currency="USD", lines=SLEEPERS)])
    # two lots of 400 are not the 900 ordered: the two dates are for a person
    assert res.kind == "needs_review"


COFFEE = [("GC-NY2", "Green coffee NY2, bags 60 kg", 960, "BAG", "398.00", "2027-01-15")]


def test_parts_counted_in_the_lines_own_pack_with_ordinal_labels() -> None:
    body = (
        "Prezada Sanne,\n\nConfirmamos o pedido 4500012345 ao preço do pedido: 960 sacas em 3 "
        "contêineres de 320 sacas:\n   1º contêiner - embarque 05/12/2026\n"
        "   2º contêiner - embarque 19/12/2026\n   3º contêiner - embarque 09/01/2027\n\n"
        "Atenciosamente"
    )
    res = read(body, [make_po(locale="pt-BR", currency="USD", lines=COFFEE)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)[1]
    assert [(p.quantity, p.date) for p in got.schedule] == [
        (Decimal(320), date(2026, 12, 5)),
        (Decimal(320), date(2026, 12, 19)),
        (Decimal(320), date(2027, 1, 9)),
    ]


def test_a_count_after_a_price_word_is_no_price_and_an_ordinal_is_no_count() -> None:
    body = (
        "Hi Sanne,\n\nWe confirm PO 4500012345 at your price: 960 bags in 3 containers of 320 "
        "bags:\n- 1st container ships 05/12/2026\n- 2nd container ships 19/12/2026\n"
        "- 3rd container ships 09/01/2027\n\nRegards"
    )
    res = read(body, [make_po(locale="en-GB", currency="USD", lines=COFFEE)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)[1]
    assert got.unit_price == Decimal("398.00")
    assert [p.quantity for p in got.schedule] == [320, 320, 320]


def test_a_count_after_a_price_label_keeps_the_pos_price() -> None:
    body = "Hi Sanne,\n\nWe confirm PO 4500012345 at your price: 960 bags, delivery 09/01/2027.\n"
    res = read(body, [make_po(locale="en-GB", currency="USD", lines=COFFEE)])
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].unit_price == Decimal("398.00")
