"""Date forms written the Oracle or South Asian way ("11-Jan-2027", "08-JAN-27") and with a
Roman month ("15.XII.2026"); a date-shaped word no rule reads sends the reply to a person;
an English sentence delivering "at 15.01."; a line named by two words of its description
that are each too short to name it alone. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.reading.dates import find_dates
from tests.test_extract import lines_of, make_po, read

REF = date(2026, 11, 4)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("ex-works 11-Jan-2027", date(2027, 1, 11)),
        ("ETD 08-JAN-27 from Nhava Sheva", date(2027, 1, 8)),
        ("goods ready 3-Dec-26.", date(2026, 12, 3)),
        ("ready on 22-Dec", date(2026, 12, 22)),
        ("termin dostawy 15.XII.2026 r.", date(2026, 12, 15)),
        ("dodání 11. I. 2027", date(2027, 1, 11)),
        ("szállítás 15-XII", date(2026, 12, 15)),
    ],
)
def test_dashed_month_names_and_roman_months_are_dates(text: str, day: date) -> None:
    hits, _ = find_dates(text, "en-GB", REF)
    assert [h.date for h in hits] == [day]


@pytest.mark.parametrize("text", ["size 3 X 2", "type II seal", "Pos. 2 V 230", "3 x 2 mm"])
def test_a_roman_numeral_without_a_dot_dash_or_year_is_no_month(text: str) -> None:
    assert find_dates(text, "pl-PL", REF)[0] == []


def test_a_whole_order_delivery_in_the_dashed_form_moves_every_line() -> None:
    res = read(
        "Dear Dana,\n\nWe acknowledge PO 4500012345 and confirm quantities and prices.\n\n"
        "All three items ex-factory 04-Jan-2027, delivery at your Leeds site 08-Jan-2027.\n\n"
        "Regards,\nImran"
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert {ln.date for ln in got.values()} == {date(2027, 1, 8)}
    assert {ln.status for ln in got.values()} == {"changed"}


@pytest.mark.parametrize("written", ["Jan-08", "Jan/08", "Dec.-18"])
def test_a_date_shaped_word_that_no_rule_reads_goes_to_a_person(written: str) -> None:
    # a form the date rules do not read (if they learn it, pick another for this test)
    assert find_dates(written, "en-GB", REF)[0] == []
    res = read(
        f"Dear Dana,\n\nWe confirm PO 4500012345, quantities and prices as ordered.\n\n"
        f"All items delivered {written}.\n\nRegards,\nImran"
    )
    assert res.kind == "needs_review"
    assert any(f"'{written}'" in r and "looks like a date" in r for r in res.review_reasons)


def test_an_item_code_with_a_month_in_it_is_no_unread_date() -> None:
    po = make_po(
        lines=[
            ("WK-DEC-01", "Decorative wreath kit", 40, "EA", "12.50", "2026-12-15"),
            ("WK-DEC-02", "Table garland", 100, "EA", "4.10", "2026-12-15"),
        ]
    )
    res = read("Hi Dana,\n\nWK-DEC-01 and WK-DEC-02 confirmed as ordered.\n\nSam", [po])
    assert res.kind == "confirmation", res.review_reasons


def test_an_english_sentence_delivering_at_a_day_and_month_reads_the_date() -> None:
    res = read(
        "Dear Ms Ruiz,\n\nWe are confirm your order 4500012345 with price and quantity as per "
        "PO. All items we can deliver to your warehouse at 18.12.\n\nBest regard,\nLinh",
        [make_po(locale="vi-VN")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 18)}


def test_a_decimal_ending_an_english_sentence_is_still_no_date() -> None:
    hits, _ = find_dates("Line 3 at 9.10. Rest OK", "en-GB", REF)
    assert hits == []
    hits, _ = find_dates("We deliver, price at 9.10. Rest OK", "en-GB", REF)
    assert hits == []


TRIMS = [
    ("HT-LBL-SAT", "Satin care label printed, 30x70 mm", 50000, "EA", "0.0095", "2027-01-20"),
    ("HT-TAG-FSC", "Hang tag FSC board 350 g, with string", 30000, "EA", "0.0420", "2027-01-20"),
]


def test_two_short_words_of_one_description_name_its_line() -> None:
    res = read(
        "Dear Dana,\n\nWe confirm PO 4500012345 as below:\n\n"
        "- Satin label 50.000 pcs, price as PO\n"
        "- Hang tag 30.000pcs, price is USD 45/1000pcs\n\n"
        "Delivery as requested.\n\nBest regards,\nHuong",
        [make_po(lines=TRIMS, currency="USD", locale="vi-VN")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert str(got[2].unit_price) == "0.045"
    assert got[2].status == "changed"
    assert got[1].status == "accepted"


def test_a_word_pair_two_lines_share_names_neither() -> None:
    lines = [
        ("HB-M8", "Hex bolt M8 x 40, zinc", 500, "EA", "0.12", "2026-12-15"),
        ("HB-M10", "Hex bolt M10 x 60, zinc", 300, "EA", "0.21", "2026-12-15"),
    ]
    res = read(
        "Hi Dana,\n\nHex bolt: price now 0.25 per piece, rest as ordered.\n\nSam",
        [make_po(lines=lines)],
    )
    assert res.kind == "needs_review"


TIMBER = [
    ("KVH-C24", "Konstruktionsholz C24 60x120 mm", 30, "M3", "410.00", "2027-01-15"),
    ("OSB3-15", "OSB/3 board 15 mm 2500x1250", 16, "M3", "305.00", "2027-01-15"),
]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Hello Dana,\n\nline 1 confirmed as ordered. OSB/3 boards: we only ship full packs of "
            "2.5 m3, so 17.5 m3 (7 packs) at the ordered price.\n\nRegards",
            "en-GB",
        ),
        (
            "Bună ziua,\n\npoziția 1 conform comenzii. OSB/3: livrăm doar baxuri complete de "
            "2,5 m3, deci 17,5 m³ la prețul din comandă.\n\nCu stimă",
            "ro-RO",
        ),
    ],
)
def test_cubic_metres_are_a_quantity_and_the_bundle_size_is_not(body: str, locale: str) -> None:
    res = read(body, [make_po(lines=TIMBER, locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].quantity == 17.5 and got[2].status == "changed"
    assert got[1].status == "accepted"


def test_an_erp_row_s_amount_with_the_currency_is_its_total_not_its_price() -> None:
    po = make_po(
        lines=[
            ("KRT-40", "Printed carton 400x300x200", 2000, "EA", "6.90", "2026-12-17"),
            ("TAPE-48", "Packing tape with logo 48mm x 66m", 400, "RL", "18.50", "2026-12-17"),
        ],
        currency="DKK",
        locale="da-DK",
    )
    res = read(
        "Hej Dana,\n\nHer er din ordrebekræftelse S00517 på 21.600,00 kr.\n"
        "Deres reference: 4500012345\n\n"
        "[KRT-40] Trykt kartonæske   2.000,00 Stk   6,90   13.800,00 kr.\n"
        "[TAPE-48] Pakketape m. logo   400,00 Rulle   19,50   7.800,00 kr.\n\n"
        "Forventet leveringsdato: 17-12-2026\n",
        [po],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert str(got[1].unit_price) == "6.90" and got[1].status == "accepted"
    assert str(got[2].unit_price) == "19.50" and got[2].status == "changed"


def test_a_count_of_the_po_unit_after_an_erp_row_s_price_is_its_price_unit() -> None:
    po = make_po(
        lines=[
            ("NAOH-IBC", "Caustic soda 50 %, IBC", 6000, "KG", "0.4150", "2027-01-11"),
            ("GLY-250", "Glycerine 99.5 %, drum 250 kg", 1000, "KG", "1.8800", "2027-01-11"),
        ],
        locale="de-DE",
    )
    res = read(
        "Sehr geehrte Frau Ruiz,\n\nwir bestätigen Ihre Bestellung 4500012345 wie folgt:\n\n"
        "Pos. Material Menge Preis Preiseinheit Liefertermin\n"
        "10 NAOH-IBC 6.000 KG 415,00 EUR 1.000 KG 11.01.2027\n"
        "20 GLY-250 1.000 KG 1.920,00 EUR 1.000 KG 11.01.2027\n\n"
        "Mit freundlichen Grüßen",
        [po],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].unit_price == Decimal("0.415") and got[1].status == "accepted"
    assert got[2].unit_price == Decimal("1.92") and got[2].status == "changed"


def test_a_text_table_whose_header_joins_two_columns_is_cut_where_the_header_stands() -> None:
    # "Pos. Material" is one header cell over the row's two ("1", "LBL-500-CUP"): cut at runs
    # of spaces the row has one cell more, and every value would fall under the wrong header
    po = make_po(
        lines=[
            ("LBL-500-CUP", "In-mould label, cup 500 ml", 250000, "EA", "0.0162", "2027-01-20"),
            ("LBL-500-LID", "In-mould label, lid 500 ml", 250000, "EA", "0.0094", "2027-01-20"),
        ],
        locale="de-DE",
    )
    table = (
        "AUFTRAGSBESTÄTIGUNG 2026-4471 zu Ihrer Bestellung 4500012345\n"
        "Pos. Material        Bezeichnung           Menge      ME   Preis / 1.000   Liefertermin\n"
        "1    LBL-500-CUP     IML Becher 500 ml     250.000    ST   16,20 EUR       20.01.2027\n"
        "2    LBL-500-LID     IML Deckel 500 ml     250.000    ST   9,40 EUR        22.01.2027\n"
    )
    res = read(
        "Sehr geehrte Damen und Herren,\n\nanbei unsere Auftragsbestätigung zu Ihrer Bestellung "
        "4500012345.\n\nMit freundlichen Grüßen",
        [po],
        attachments=(("AB-2026-4471.txt", "text/plain", table.encode()),),
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[1].quantity == 250000
    assert got[2].date == date(2027, 1, 22) and got[2].status == "changed"
