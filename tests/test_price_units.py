"""Price units (agent/reading/units.py): a price per 100 / per 1000 of the PO's unit, written
next to the price or in its table column's header, is converted to the PO's unit; a count of
another unit is not, and a person sees it. Percentage changes round to the PO's precision."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agent.reading import lexicon as L
from agent.reading.numbers import price_hits
from agent.reading.units import changed_by_percent, column_count, header_count, is_unit_column
from tests.test_extract import lines_of, make_po, read

# ------------------------------------------------------------------ next to the price


@pytest.mark.parametrize(
    ("text", "locale", "value", "per"),
    [
        ("USD 14.50 por cada 100 pzas", "es-MX", "14.50", 100),
        ("46,50 € por milheiro", "pt-PT", "46.50", 1000),
        ("58,00 € o milheiro", "pt-PT", "58.00", 1000),
        ("€4.20 per thousand", "en-IE", "4.20", 1000),
        ("5,00 zł za 100 szt.", "pl-PL", "5.00", 100),
        ("$385.00/M", "en-US", "385.00", 1000),
        # "/m" is per metre, not per mille
        ("1,46 €/m", "fr-FR", "1.46", 1),
        # a lexicon word without a count is no unit: "12 € le 15/01"
        ("12 € le 15/01", "fr-FR", "12", 1),
    ],
)
def test_a_count_written_next_to_the_price(text: str, locale: str, value: str, per: int) -> None:
    (hit,) = price_hits(text, locale)
    assert (hit.value, hit.per) == (Decimal(value), Decimal(per))


def test_a_price_per_hundred_pieces_in_words_is_the_pos_price() -> None:
    res = read(
        "Dana,\n\nLine 2 confirmed at EUR 1,210.00 per hundred pcs.\nLines 1 and 3 as ordered.\n\nSam"
    )
    assert res.kind == "confirmation"
    ln = lines_of(res)[2]
    assert (ln.status, ln.unit_price) == ("accepted", Decimal("12.10"))


def test_a_count_of_another_unit_is_not_converted() -> None:
    res = read(
        "Dana,\n\nLine 2 confirmed at EUR 1,210.00 per 100 kg.\nLines 1 and 3 as ordered.\n\nSam"
    )
    assert res.kind == "needs_review"
    assert any("is not per EA" in r for r in res.review_reasons)


# ------------------------------------------------------------------ in a table


@pytest.mark.parametrize(
    ("header", "count"),
    [
        ("Preis/100", 100),
        ("Rate USD/100 Nos", 100),
        ("U/Price USD per 1,000 pcs", 1000),
        ("Preis je 1.000 St", 1000),
        ("Price per M", 1000),
        ("€/‰", 1000),
        ("PE 100", 100),
        ("precio por cada 100", 100),
        ("Preis EUR", None),
        ("€/m", None),
    ],
)
def test_a_price_columns_header_states_its_count(header: str, count: int | None) -> None:
    got, why = header_count(header, "EA")
    assert got == (Decimal(count) if count else None)
    assert why == ""


def test_a_header_count_of_another_unit_is_a_reason_not_a_conversion() -> None:
    got, why = header_count("Price per 1000 kg", "EA")
    assert got is None and "not per the PO's unit EA" in why


def test_a_price_unit_column() -> None:
    assert is_unit_column("PE") and is_unit_column("Per") and is_unit_column("Preiseinheit")
    assert not is_unit_column("Price")
    assert column_count("100", "ST") == (Decimal(100), "")
    assert column_count("1.000 KG", "KG") == (Decimal(1000), "")
    assert column_count("1 EA", "EA") == (Decimal(1), "")
    got, why = column_count("100 KG", "EA")
    assert got is None and why


def _csv_read(csv: bytes):
    return read(
        "Dana - our confirmation is attached.\n\nSam",
        [make_po(locale="en-US")],
        attachments=(("conf.csv", "text/csv", csv),),
    )


def test_a_csv_with_a_per_thousand_price_header_is_converted() -> None:
    res = _csv_read(
        b"Line,Item,Qty,Unit Price EUR per 1000 pcs,Amount EUR,Delivery\n"
        b"1,CAST-7781,40,312500,12500.00,12/15/2026\n"
        b"2,CAST-7782,100,12900,1290.00,12/15/2026\n"
        b"3,CAST-7790,60,8400,504.00,12/15/2026\n"
    )
    # a changed price per 1000 is backed by its amount (price x quantity), a number written
    got = lines_of(res)
    assert (got[1].status, got[1].unit_price) == ("accepted", Decimal("312.50"))
    assert got[2].unit_price == Decimal("12.90")


def test_a_csv_with_a_price_unit_column_is_converted() -> None:
    res = _csv_read(
        b"Line,Item,Qty,Price EUR,PE,Delivery\n"
        b"1,CAST-7781,40,312.50,1,12/15/2026\n"
        b"2,CAST-7782,100,1210.00,100,12/15/2026\n"
        b"3,CAST-7790,60,840.00,100,12/15/2026\n"
    )
    assert res.kind == "confirmation"
    assert {ln.status for ln in lines_of(res).values()} == {"accepted"}


def test_a_csv_price_unit_of_another_unit_defers() -> None:
    res = _csv_read(
        b"Line,Item,Qty,Price EUR,PE,Delivery\n"
        b"1,CAST-7781,40,312.50,1,12/15/2026\n"
        b"2,CAST-7782,100,1210.00,100 KG,12/15/2026\n"
        b"3,CAST-7790,60,8.40,1,12/15/2026\n"
    )
    assert res.kind == "needs_review"
    assert any("per '100 KG'" in r for r in res.review_reasons)


# ------------------------------------------------------------------ percentages


@pytest.mark.parametrize(
    ("po", "pct", "want"),
    [
        ("6.80", "3.5", "7.038"),
        ("0.3200", "2.5", "0.3280"),
        ("120.00", "4.5", "125.40"),
        ("7.77", "3.3", "8.0264"),  # 8.02641: two decimals more than the PO's, half up
        ("10", "-5", "9.50"),
    ],
)
def test_a_percentage_change_rounds_to_two_more_decimals_than_the_po(
    po: str, pct: str, want: str
) -> None:
    got = changed_by_percent(Decimal(po), Decimal(pct))
    assert got == Decimal(want)
    assert str(got) == want


def test_every_language_fills_the_price_unit_tables() -> None:
    for lang, tables in L.languages().items():
        for table in (
            "price_per",
            "price_unit_column",
            "count_units",
            "count_hundred",
            "count_thousand",
        ):
            assert tables[table], f"{lang}: [{table}] is empty"


def test_a_surcharge_on_this_orders_prices_changes_them() -> None:
    res = read(
        "Buongiorno,\n\nconfermiamo il vostro ordine 4500012345 per quantità e date. Ai prezzi "
        "d'ordine va applicato il supplemento energetico del 3,5%.\n\nSaluti",
        [make_po(locale="it-IT")],
    )
    got = lines_of(res)
    assert got[1].unit_price == Decimal("323.4375")  # 312.50 x 1.035, two decimals more
    assert got[2].unit_price == Decimal("12.5235")
    assert got[3].status == "changed"


def test_a_surcharge_next_to_a_stated_price_is_on_that_price() -> None:
    res = read(
        "Sehr geehrte Frau Ruiz,\n\nPos. 1: 40 St. à 312,50 € zzgl. Legierungszuschlag von 2 %, "
        "Liefertermin 15.12.2026\nPos. 2: 100 St. à 12,10 €, Liefertermin 15.12.2026\n"
        "Pos. 3: 60 St. à 8,40 €, Liefertermin 15.12.2026\n\nMit freundlichen Grüßen",
        [make_po(locale="de-DE")],
    )
    got = lines_of(res)
    assert (got[1].status, got[1].unit_price) == ("changed", Decimal("318.75"))
    assert got[2].status == got[3].status == "accepted"


def test_a_price_list_from_a_date_after_the_order_neither_changes_nor_blocks_it() -> None:
    res = read(
        "Sehr geehrte Frau Ruiz,\n\nwir bestätigen Ihre Bestellung 4500012345 zu den genannten "
        "Preisen und Terminen.\nBitte beachten Sie: Zum 01.02.2027 tritt unsere neue Preisliste "
        "in Kraft (durchschnittlich +4,2 %).\n\nMit freundlichen Grüßen",
        [make_po(locale="de-DE")],
    )
    assert res.kind == "confirmation"
    assert {ln.status for ln in lines_of(res).values()} == {"accepted"}


def test_an_average_price_list_change_not_said_of_this_order_defers() -> None:
    res = read(
        "Dana,\n\nAll lines confirmed. Please note our new price list comes with an average "
        "+4.2 % increase.\n\nSam"
    )
    assert res.kind == "needs_review"


def test_a_surcharge_on_named_lines_leaves_the_others_alone() -> None:
    res = read(
        "Dana,\n\nPO 4500012345 confirmed in full - all three lines for delivery on 15 December.\nPlease note the "
        "cast lines (2 and 3) carry our +2% energy surcharge, applied to your PO price.\n\nSam"
    )
    got = lines_of(res)
    assert (got[1].status, got[1].unit_price) == ("accepted", Decimal("312.50"))
    assert got[2].unit_price == Decimal("12.342")
    assert got[3].unit_price == Decimal("8.568")


# ------------------------------------------------------------------ tax words, asides, line names


@pytest.mark.parametrize(
    ("text", "locale", "value", "per"),
    [
        # a tax or net word between the price and its count does not hide the count
        ("9,80 € HT le cent", "fr-FR", "9.80", 100),
        ("EUR 3,20 netto pro 100 Stk", "de-DE", "3.20", 100),
        ("$18.00 net per M", "en-US", "18.00", 1000),
        ("£6.40 + VAT per 100", "en-GB", "6.40", 100),
        # a tax word and then a date is no count
        ("12 € HT le 15/01", "fr-FR", "12", 1),
        ("€ 4,10 HT", "fr-FR", "4.10", 1),
    ],
)
def test_a_tax_word_before_the_count(text: str, locale: str, value: str, per: int) -> None:
    (hit,) = price_hits(text, locale)
    assert (hit.value, hit.per) == (Decimal(value), Decimal(per))


def test_a_french_price_per_hundred_after_ht_is_the_pos_price() -> None:
    res = read(
        "Bonjour,\n\nLigne 2 : 100 pièces à 1 210,00 € HT le cent, livraison le 15/12/2026.\n"
        "Lignes 1 et 3 conformes à votre commande.\n\nCordialement",
        [make_po(locale="fr-FR")],
    )
    assert res.kind == "confirmation"
    assert (lines_of(res)[2].status, lines_of(res)[2].unit_price) == ("accepted", Decimal("12.10"))


def test_a_portuguese_linha_names_its_line_and_its_price_per_hundred() -> None:
    res = read(
        "Bom dia,\n\nLinha 2: confirmada, mas o preço passa a 1.290,00 € o cento.\n"
        "Linhas 1 e 3 conforme encomenda.\n\nCumprimentos",
        [make_po(locale="pt-PT")],
    )
    assert res.kind == "confirmation"
    got = lines_of(res)
    assert (got[2].status, got[2].unit_price) == ("changed", Decimal("12.90"))
    assert got[1].status == got[3].status == "accepted"


def test_a_line_whose_new_price_is_not_understood_is_never_reported_as_not_addressed() -> None:
    res = read(
        "Bom dia,\n\nLinha 2: o preço passa a 1.290,00 € o cento.\n"
        "Linhas 1 e 3 conforme encomenda.\n\nCumprimentos",
        [make_po(locale="pt-PT")],
    )
    if res.kind == "confirmation":
        assert lines_of(res)[2].status == "changed"
    else:
        assert any("line 2" in r for r in res.review_reasons)


def test_a_reason_in_brackets_does_not_make_a_price_change_about_something_else() -> None:
    res = read(
        "Dana,\n\nLines 1 and 3 as ordered.\n"
        "Line 2 we must raise to EUR 1,290.00 per 100 (new stock of pig iron).\n\nSam"
    )
    assert res.kind == "confirmation"
    assert lines_of(res)[2].unit_price == Decimal("12.90")


def test_a_price_said_of_stock_outside_brackets_is_not_this_lines_price() -> None:
    res = read(
        "Dana,\n\nLines 1 and 3 as ordered.\n"
        "Line 2: EUR 1,290.00 per 100 is our price for stock items.\n\nSam"
    )
    assert res.kind == "needs_review"


def test_a_polish_refusal_of_a_named_position_is_not_left_as_not_addressed() -> None:
    res = read(
        "Dzień dobry,\n\nPoz. 1 i 2 – potwierdzamy ilości, ceny i termin 15.12.2026.\n"
        "Poz. 3 – tej pozycji nie możemy zrealizować, odlew został wycofany.\n\nPozdrawiam",
        [make_po(locale="pl-PL")],
    )
    # the refusal is not one the reader turns into 'rejected': a person reads it, the line
    # is never silently reported as not addressed
    if res.kind == "confirmation":
        assert lines_of(res)[3].status == "rejected"
    else:
        assert any("line 3" in r and "decline" in r for r in res.review_reasons)


_SCREWS = [
    ("SCR-912-M6", "Zylinderschraube M6x20", 5000, "EA", "0.048", "2027-01-15"),
    ("NUT-934-M6", "Sechskantmutter M6", 5000, "EA", "0.012", "2027-01-15"),
]


def test_a_spreadsheet_price_column_per_hundred_changes_the_price_per_piece() -> None:
    # no amount column: the header's basis alone turns 1,35 per 100 into 0.0135 a piece
    res = read(
        "Guten Tag,\n\nanbei unsere Auftragsbestätigung.\n\nMfG",
        [make_po(locale="de-DE", lines=_SCREWS)],
        attachments=(
            (
                "AB.csv",
                "text/csv",
                b"Pos;Artikel;Menge;Preis EUR/100 St;Liefertermin\n"
                b"1;SCR-912-M6;5000;4,80;15.01.2027\n"
                b"2;NUT-934-M6;5000;1,35;15.01.2027\n",
            ),
        ),
    )
    got = lines_of(res)
    assert res.kind == "confirmation", res.review_reasons
    assert got[1].status == "accepted"
    assert (got[2].status, got[2].unit_price) == ("changed", Decimal("0.0135"))


def test_an_erp_print_with_a_price_per_hundred_header_changes_the_price_per_piece() -> None:
    text = (
        "AUFTRAGSBESTÄTIGUNG 88123\n"
        "Pos.  Artikel      Menge     Preis/100 ST   Liefertermin\n"
        "0010  SCR-912-M6   5.000 ST  4,80 EUR       15.01.2027\n"
        "0020  NUT-934-M6   5.000 ST  1,35 EUR       15.01.2027\n"
    )
    res = read(
        "Sehr geehrte Damen und Herren,\n\nanbei unsere Auftragsbestätigung.",
        [make_po(locale="de-DE", lines=_SCREWS)],
        attachments=(("AB-88123.txt", "text/plain", text.encode()),),
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].unit_price == Decimal("0.0135")


def test_a_typed_row_with_the_pos_price_written_per_hundred_is_accepted() -> None:
    res = read(
        "Guten Morgen,\n\nBestätigung:\n\n"
        "Pos. 1  M6x20   5.000 St.   4,80 EUR / 100 St.   Liefertermin 15.01.2027\n"
        "Pos. 2  M6      5.000 St.   1,35 EUR / 100 St.   Liefertermin 15.01.2027\n",
        [make_po(locale="de-DE", lines=_SCREWS)],
    )
    got = lines_of(res)
    assert res.kind == "confirmation", res.review_reasons
    assert got[1].status == "accepted"
    assert (got[2].status, got[2].unit_price) == ("changed", Decimal("0.0135"))


def test_a_polish_price_per_pack_after_its_currency_word_is_converted() -> None:
    # "44,00 zł netto za opakowanie" with "(10 opak. po 500 szt.)": 0.088 a piece
    lines = [
        ("RT-WKR-4219", "Wkręt samowiercący 4,2x19", 5000, "EA", "0.0880", "2026-12-14"),
        ("RT-KOL-8", "Kołek rozporowy 8x40", 3000, "EA", "0.1200", "2026-12-14"),
    ]
    res = read(
        "potwierdzamy zamówienie nr 4500012345:\n\n"
        "poz. 1 - 5 000 szt. (10 opak. po 500 szt.), cena 44,00 zł netto za opakowanie, "
        "termin dostawy 14.12.2026\n"
        "poz. 2 - 3 000 szt. (30 opak. po 100 szt.), cena 13,50 zł netto / opak., "
        "termin dostawy 14.12.2026\n",
        [make_po(locale="pl-PL", currency="PLN", lines=lines)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted"
    assert (got[2].status, got[2].unit_price) == ("changed", Decimal("0.135"))


def test_a_kilowatt_rating_is_no_calendar_week() -> None:
    # "Motor 11 kW ... (Kupferzuschlag per 1.11.)": a motor's power, a surcharge's date
    lines = [("MOT-11", "Drehstrommotor 11 kW IE3", 2, "EA", "1245.50", "2026-12-18")]
    res = read(
        "Wir bestätigen die Bestellung 4500012345 wie bestellt: Motor 11 kW IE3 B35 zu "
        "EUR 1'245.50/Stk. (Kupferzuschlag per 1.11.), Liefertermin 18.12.2026.",
        [make_po(locale="de-CH", lines=lines)],
    )
    assert res.kind == "confirmation", res.review_reasons


_RESIN = [
    ("PP-H", "Polypropylene homopolymer", 20000, "KG", "1.35", "2027-01-15"),
    ("PE-HD", "HDPE blow moulding grade", 10000, "KG", "1.18", "2027-01-15"),
]


def test_a_price_per_tonne_on_a_po_in_kilograms_is_a_thousandth() -> None:
    res = read(
        "We confirm PO 4500012345.\nLine 1: 20 MT at USD 1,390/MT, delivered 15 Jan 2027.\n"
        "Line 2 as ordered.",
        [make_po(locale="en-US", currency="USD", lines=_RESIN)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].status, got[1].unit_price) == ("changed", Decimal("1.39"))
    assert got[2].status == "accepted"


@pytest.mark.parametrize(
    ("header", "uom", "count"),
    [
        ("Price USD/MT", "KG", Decimal(1000)),
        ("Preis/100 kg", "KG", Decimal(100)),
        ("Preis/100 kg", "T", Decimal("0.1")),
        ("Unit price", "KG", None),
    ],
)
def test_a_price_header_per_a_weight_converts_exactly(header: str, uom: str, count) -> None:
    assert header_count(header, uom)[0] == count


@pytest.mark.parametrize(
    ("cell", "uom", "count"),
    [("MIL", "EA", Decimal(1000)), ("t", "KG", Decimal(1000)), ("1 TM", "KG", Decimal(1000))],
)
def test_a_price_unit_cell_of_a_word_or_a_weight(cell: str, uom: str, count) -> None:
    assert column_count(cell, uom) == (count, "")


def test_a_price_unit_cell_not_understood_is_a_reason() -> None:
    got, why = column_count("bolsa", "KG")
    assert got is None and "not understood" in why
