"""Two ways a supplier's answer names no line in words we know: a bulleted list of the PO's
goods in another language, item by item in the PO's order, whose counts are the PO's; and a
table whose ordered and confirmed quantity columns are headed in Swedish or Czech. Every
list and table is written for these tests."""

from __future__ import annotations

from tests.test_extract import lines_of, make_po, read

TOYS = [
    ("WOOD-TRAIN", "Wooden train set 24 pcs", 300, "EA", "18.40", "2026-12-15"),
    ("PLUSH-REIN", "Plush reindeer 30 cm", 500, "EA", "6.75", "2026-12-15"),
    ("ADV-CAL", "Advent calendar puzzle", 400, "EA", "9.20", "2026-12-15"),
]


def test_a_refusal_inside_an_unnamed_list_item_is_that_items_line() -> None:
    body = (
        "Здравейте,\n\nПотвърждаваме:\n"
        "- Дървен влак - 300 бр. по 18,40 EUR, доставка до 15 декември.\n"
        "- Плюшен елен - 500 бр. по 6,75 EUR, доставка до 15 декември.\n"
        "- Адвент календар - изчерпан. Не можем да го доставим.\n\nПоздрави"
    )
    res = read(body, [make_po(locale="bg-BG", lines=TOYS)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "accepted", "rejected"]


def test_list_items_whose_counts_are_other_lines_are_not_placed() -> None:
    body = (
        "Здравейте,\n\nПотвърждаваме:\n"
        "- Дървен влак - 500 бр., доставка до 15 декември.\n"
        "- Плюшен елен - 300 бр., доставка до 15 декември.\n"
        "- Адвент календар - изчерпан. Не можем да го доставим.\n\nПоздрави"
    )
    res = read(body, [make_po(locale="bg-BG", lines=TOYS)])
    assert res.kind == "needs_review"


def test_a_swedish_confirmed_quantity_column_is_the_suppliers() -> None:
    csv = (
        "Radnr;Artikelnr;Benämning;Beställt antal;Bekräftat antal;Enhet;Pris;Leveransdatum\n"
        "1;CAST-7781;Gearbox housing;40;40;ST;312,50;2026-12-15\n"
        "2;CAST-7782;Gearbox cover;100;100;ST;12,10;2026-12-15\n"
        "3;CAST-7790;Mounting foot;60;45;ST;8,40;2026-12-15\n"
    ).encode()
    res = read(
        "Hej Dana,\n\norderbekräftelse bifogas.\n\nMvh",
        [make_po(locale="sv-SE")],
        attachments=(("ob.csv", "text/csv", csv),),
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[3].status == "changed" and got[3].quantity == 45


def test_two_quantity_columns_nobody_labelled_go_to_review() -> None:
    csv = (
        b"Radnr;Artikelnr;Antal;Antal;Pris;Leveransdatum\n"
        b"1;CAST-7781;40;40;312,50;2026-12-15\n"
        b"2;CAST-7782;100;100;12,10;2026-12-15\n"
        b"3;CAST-7790;60;45;8,40;2026-12-15\n"
    )
    res = read(
        "Hej Dana,\n\norderbekräftelse bifogas.\n\nMvh",
        [make_po(locale="sv-SE")],
        attachments=(("ob.csv", "text/csv", csv),),
    )
    assert res.kind == "needs_review"
    assert any("two quantity columns" in r for r in res.review_reasons), res.review_reasons
