"""An order acknowledgment's table as text (a PDF's rows, one line each) with a row per
delivery of a position is a split delivery: the position repeated with the rest of the count
("10 … 2.500 UD … 12/02/2027" over "10 … (resto) 1.500 UD … 26/02/2027"), or a row without a
position right under it ("(2a entrega) 1.500 UD … 26/02/2027"). Rows keep their short
abbreviations ("Gr. L,") as one sentence, a row's price per 100 is checked against its
amount, and a dot groups thousands where the locale's decimal mark is the comma ("60.000
unidades"). Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.reading.extract import _split_sentences
from agent.reading.numbers import parse_number
from tests.mailkit.pdf import text_pdf
from tests.test_extract import lines_of, make_po, read

SCREWS = [
    ("TRN-M8", "Tornillo hexagonal DIN 933 M8x30 A2", 4000, "EA", "0.12", "2027-02-12"),
    ("ARA-M8", "Arandela plana DIN 125 M8 A2", 4000, "EA", "0.0300", "2027-02-12"),
]


HEAD = [
    "TORNILLERIA DEL NORTE S.L.",
    "CONFIRMACION DE PEDIDO N. 27/0311",
    "Su pedido n. 4500012345",
    "Pos. Articulo Descripcion Cant. UD Precio Importe Entrega",
]


def _ack(rows: list[str]):
    body = "Buenos dias,\n\nadjuntamos la confirmacion de su pedido 4500012345.\n\nSaludos"
    pdf = text_pdf([[*HEAD, *rows, "Condiciones generales de venta 2026."]])
    return read(
        body,
        [make_po(locale="es-ES", lines=SCREWS)],
        quote=False,
        attachments=(("CP_27-0311.pdf", "application/pdf", pdf),),
    )


def test_a_position_printed_twice_with_the_rest_is_a_split_delivery() -> None:
    res = _ack(
        [
            "10 TDN-833 TORNILLO M8X30 A2 2.500 UD 0,12 300,00 12/02/2027",
            "10 TDN-833 TORNILLO M8X30 A2 (resto) 1.500 UD 0,12 180,00 26/02/2027",
            "20 TDN-125 ARANDELA M8 A2 4.000 UD 0,03 120,00 12/02/2027",
        ]
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].quantity == 4000 and got[1].date == date(2027, 2, 26)
    assert [(s.quantity, s.date) for s in got[1].schedule] == [
        (2500, date(2027, 2, 12)),
        (1500, date(2027, 2, 26)),
    ]
    assert got[2].status == "accepted"


def test_a_row_without_a_position_under_one_is_its_next_delivery() -> None:
    res = _ack(
        [
            "10 TDN-833 TORNILLO M8X30 A2 2.500 UD 0,12 300,00 12/02/2027",
            "(2a entrega) 1.500 UD 0,12 180,00 26/02/2027",
            "20 TDN-125 ARANDELA M8 A2 4.000 UD 0,03 120,00 12/02/2027",
        ]
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [(s.quantity, s.date) for s in got[1].schedule] == [
        (2500, date(2027, 2, 12)),
        (1500, date(2027, 2, 26)),
    ]


def test_two_rows_that_do_not_add_up_to_the_order_are_no_split() -> None:
    res = _ack(
        [
            "10 TDN-833 TORNILLO M8X30 A2 2.500 UD 0,12 300,00 12/02/2027",
            "10 TDN-833 TORNILLO M8X30 A2 (resto) 2.500 UD 0,12 300,00 26/02/2027",
            "20 TDN-125 ARANDELA M8 A2 4.000 UD 0,03 120,00 12/02/2027",
        ]
    )
    assert res.kind == "needs_review"


def test_a_rows_price_per_hundred_is_read_from_its_amount() -> None:
    res = _ack(
        [
            "10 TDN-833 TORNILLO M8X30 A2 4.000 UD 12,00 /100 480,00 12/02/2027",
            "20 TDN-125 ARANDELA M8 A2 4.000 UD 3,50 /100 140,00 12/02/2027",
        ]
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted"
    assert got[2].status == "changed" and got[2].unit_price == Decimal("0.035")


def test_a_short_abbreviation_inside_a_row_ends_no_sentence() -> None:
    row = "30 ALP-NITR-L Nitrilhandschuhe Gr. L, Box 100 50 BOX 9.80 06.04.2027"
    assert _split_sentences(row) == [row]
    row = "20 XB-77 Probenbeutel steril, Btl. 500 4 BTL 118.00 06.04.2027"
    assert _split_sentences(row) == [row]
    # outside a row, a sentence after a short word still starts
    assert len(_split_sentences("Alles ok. 200 Stück folgen am 3.5.")) == 2


def test_a_dot_groups_thousands_where_the_decimal_mark_is_the_comma() -> None:
    assert parse_number("60.000", "pt-PT") == 60000
    assert parse_number("1.290", "fr-FR") == 1290
    assert parse_number("0.125", "fr-FR") == Decimal("0.125")
    assert parse_number("1.290,50", "pl-PL") == Decimal("1290.50")
    corks = [("RN-4524", "Rolha natural 45x24 mm", 60000, "PCS", "0.18", "2027-04-16")]
    res = read(
        "Bom dia,\n\nconfirmamos as 60.000 un. ao preço da encomenda, entrega a 16/04/2027.\n\n"
        "Cumprimentos",
        [make_po(locale="pt-PT", lines=corks)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].quantity == 60000


def test_a_length_the_description_gives_is_no_count_beside_the_rows_count() -> None:
    pipes = [
        ("INOX-22-6", "Edelstahlrohr 22 mm, Stange 6 m", 240, "M", "9.40", "2027-03-15"),
        ("INOX-BG-22", "Pressbogen 90° 22 mm", 60, "PCS", "6.80", "2027-03-15"),
    ]
    body = "Guten Tag\n\nIm Anhang unsere Auftragsbestätigung zu Ihrer Bestellung 4500012345."
    pdf = text_pdf(
        [
            [
                "Auftragsbestaetigung 7702211",
                "Pos Material Bezeichnung Menge ME Preis/ME Betrag CHF Liefertermin",
                "10 7711022 Edelstahlrohr 22 mm, 6 m 240 M 9.40 2'256.00 15.03.2027",
                "Ihre Materialnummer: INOX-22-6",
                "20 7711122 Pressbogen 90 Grad 22 mm 60 ST 7.10 426.00 15.03.2027",
                "Ihre Materialnummer: INOX-BG-22",
            ]
        ]
    )
    res = read(
        body,
        [make_po(locale="de-CH", currency="CHF", lines=pipes)],
        quote=False,
        attachments=(("AB_7702211.pdf", "application/pdf", pdf),),
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[1].quantity == 240
    assert got[2].unit_price == Decimal("7.10")


def test_counts_in_a_bracket_stay_with_the_line_named_before_it() -> None:
    lines = [
        ("PL-100", "Plech 100x50", 80, "EA", "12.00", "2027-02-12"),
        ("PL-200", "Plech 200x50", 120, "EA", "19.00", "2027-02-12"),
    ]
    res = read(
        "Hello Dana,\n\nwe confirm PO 4500012345. Line 1 comes in two parts (50 pcs on "
        "12 Feb 2027, 30 pcs on 26 Feb 2027), line 2 as ordered.\n\nRegards",
        [make_po(locale="en-GB", lines=lines)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [(s.quantity, s.date) for s in got[1].schedule] == [
        (50, date(2027, 2, 12)),
        (30, date(2027, 2, 26)),
    ]
    assert got[2].status == "accepted"


def test_a_split_in_pieces_on_a_po_counted_in_thousands() -> None:
    caps = [("CAP-30", "Cápsula termorretrátil 30x60 mm", 500, "TH", "21.00", "2027-03-05")]
    res = read(
        "Bom dia,\n\nconfirmamos a encomenda 4500012345 ao preço acordado, em duas entregas:\n"
        "- 300.000 cápsulas a 5 de março de 2027\n- 200.000 cápsulas a 19 de março de 2027\n\n"
        "Cumprimentos",
        [make_po(locale="pt-PT", lines=caps)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert [(s.quantity, s.date) for s in lines_of(res)[1].schedule] == [
        (300, date(2027, 3, 5)),
        (200, date(2027, 3, 19)),
    ]
