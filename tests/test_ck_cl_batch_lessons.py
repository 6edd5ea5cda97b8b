"""What batches CK and CL taught on first sight, each in a phrasing of its own:

- CK 051 (a false confirmation): "Kinnitame tellimuse … tingimusel, et nõustute 50%
  ettemaksuga. Sel juhul tarne 18.12.2026": "in that case" ("sel juhul", "in diesem Fall",
  "dans ce cas" …) carries the condition before it into the sentence it opens.
- CK 053 (a false confirmation): "Supply will be as agreed with our sales representative" (and
  Arabic "حسب ما تم الاتفاق عليه") refers to an agreement we cannot read.
- CK 028: our table given back with "OK" in its answer column and one row left blank: the
  blank row says nothing of its line.
- CL 029: Slovak "sa vyjadríme" (we will comment), Czech "vyjádříme se", promise an answer: the
  line takes no date from "the end of next week".
- CL 039: "3. kalem (2\" küresel vana) … tedarik edemiyoruz": a size in inches in the bracket
  after a line's label names no line.
"""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read


def test_in_that_case_carries_the_condition_before_it() -> None:
    for body, locale in (
        (
            "Kinnitame tellimuse 4500012345 tingimusel, et nõustute 50% ettemaksuga. Sel juhul "
            "tarne 18.12.2026, hinnad vastavalt tellimusele. Palun andke teada.",
            "et-EE",
        ),
        (
            "Wir bestätigen den Auftrag, sofern Sie 50 % Vorkasse akzeptieren. In diesem Fall "
            "Lieferung am 18.12.2026, Preise wie bestellt.",
            "de-DE",
        ),
        (
            "We can confirm the order provided you accept 50% prepayment. In that case delivery "
            "on 18/12/2026, prices as ordered.",
            "en-GB",
        ),
    ):
        res = read(body, [make_po(locale=locale)])
        assert res.kind == "needs_review", (locale, res.kind)


def test_as_agreed_with_someone_we_cannot_read_confirms_nothing() -> None:
    for body, locale in (
        (
            "Thank you, PO received. Supply will be as agreed with our sales representative.",
            "en-GB",
        ),
        (
            "شكراً لطلبكم. تم استلام أمر الشراء وسيتم التوريد حسب ما تم الاتفاق عليه مع مندوب المبيعات.",
            "ar-AE",
        ),
    ):
        res = read(body, [make_po(locale=locale)])
        assert res.kind == "needs_review", (locale, res.kind)


def test_a_row_left_blank_in_the_answer_column_says_nothing() -> None:
    res = read(
        "anbei Ihre Tabelle mit unserer Bestätigung:\n\n"
        "Pos\tItem\tDescription\tQty\tUoM\tUnit price\tReq. date\tBestätigung\n"
        "1\tCAST-7781\tGearbox housing, ductile iron\t40\tEA\t312.50 EUR\t2026-12-15\tOK\n"
        "2\tCAST-7782\tGearbox cover, ductile iron\t100\tEA\t12.10 EUR\t2026-12-15\t\n"
        "3\tCAST-7790\tMounting foot, grey iron\t60\tEA\t8.40 EUR\t2026-12-15\tOK\n",
        [make_po(locale="de-AT")],
    )
    got = lines_of(res) if res.kind == "confirmation" else {}
    assert not got or got[2].status != "accepted", (res.kind, res.review_reasons)


def test_a_slovak_promise_to_comment_gives_no_date() -> None:
    res = read(
        "k objednávke 4500012345 potvrdzujeme pol. 1 a 2 v požadovanom množstve a cene, dodanie "
        "15.12.2026.\n\nK pol. 3 sa vyjadríme, keď dostaneme rezivo zo sušiarne - odhadom koncom "
        "budúceho týždňa.",
        [make_po(locale="sk-SK")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "accepted", "unconfirmed"]
    assert got[1].date == date(2026, 12, 15)


def test_an_inch_size_in_a_bracket_names_no_line() -> None:
    res = read(
        "4500012345 no'lu siparişinizi onaylıyoruz. 1. ve 2. kalemler sipariş fiyatları ve "
        'miktarlarıyla; teslimat 51. hafta.\n\n3. kalem (2" küresel vana) stoklarımızda '
        "kalmadı, bu yıl tedarik edemiyoruz - lütfen siparişten çıkarınız.",
        [make_po(locale="tr-TR")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["changed", "changed", "rejected"]
    assert got[2].date == date(2026, 12, 18)


def test_as_ordered_names_no_line_by_a_word_of_its_description() -> None:
    # CL 001: "confirmed as ordered" beside a lens "of the 4th order": "ordered" spoke of the
    # order, not of that lens, and the other lines were left unconfirmed
    po = make_po(
        lines=[
            ("LENS-3", "Fresnel lens, 3rd order, 500 mm", 2, "EA", "980.00", "2026-12-11"),
            ("LENS-7", "Bull's eye lens 200 mm", 4, "EA", "310.00", "2026-12-11"),
        ]
    )
    res = read(
        "Hello Dana, both items are confirmed as ordered, delivery Friday 11 December.", [po]
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert {n: (ln.status, ln.date) for n, ln in got.items()} == {
        1: ("accepted", date(2026, 12, 11)),
        2: ("accepted", date(2026, 12, 11)),
    }
