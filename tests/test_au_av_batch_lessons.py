"""What the first scores of held-out batches AU and AV taught, as general rules. Every
phrasing here is written for these tests, in other words than the batches' cases."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read

SEALS = [
    ("RS-40", "Rubber seal 40 mm, EPDM", 500, "EA", "0.84", "2026-12-11"),
    ("RS-60", "Rubber seal 60 mm, EPDM", 300, "EA", "1.12", "2026-12-11"),
    ("RS-80", "Rubber seal 80 mm, EPDM", 200, "EA", "1.46", "2026-12-11"),
]


def test_the_terms_of_the_last_order_are_not_in_the_mail() -> None:
    # batch AV 014: "Confirmamos nas mesmas condições do último pedido" (on the terms of the
    # last order) read as a confirmation at the PO's values
    res = read(
        "Olá, confirmamos o pedido com o mesmo preço do pedido anterior e entrega como sempre.",
        [make_po(locale="pt-BR", currency="BRL", lines=SEALS)],
    )
    assert res.kind == "needs_review"
    assert any("not the supplier" in r for r in res.review_reasons), res.review_reasons


def test_days_sharing_a_month_are_paired_with_lines_respectively() -> None:
    # batch AV 019: "Lines 2 and 3 … on 4 and 11 December respectively": "4" was no date,
    # and both lines took 11 December
    res = read(
        "Hi Dana, line 1 as ordered. Lines 2 and 3 ship on 7 and 14 December respectively, "
        "prices and quantities as per PO.",
        [make_po(lines=SEALS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].date == date(2026, 12, 7) and got[3].date == date(2026, 12, 14)


def test_dates_under_respectively_that_do_not_pair_go_to_a_person() -> None:
    res = read(
        "Hi Dana, line 1 as ordered. Lines 2 and 3 ship on 14 December respectively.",
        [make_po(lines=SEALS)],
    )
    assert res.kind == "needs_review"
    # (one date for two lines: which line it is for is not said)
    assert any("2026-12-14" in r or "which of the dates" in r for r in res.review_reasons), (
        res.review_reasons
    )


def test_estonian_rows_named_in_the_plural_and_a_refusal_with_words_between() -> None:
    # batch AV 027: "read 1 ja 2 vastavalt tellimusele" (rows 1 and 2 as ordered) read as
    # the whole order, and "Rida 3 … ei saa me kahjuks tarnida" was no refusal: line 3 was
    # accepted
    res = read(
        "Tere! Kinnitame: read 1 ja 2 vastavalt tellimusele. Rida 3 ei saa me kahjuks tarnida.",
        [make_po(locale="et-EE", lines=SEALS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[2].status == "accepted"
    assert got[3].status == "rejected"


GLOVES = [("GL-12", "Nitrile gloves size M, 12/box", 40, "BOX", "9.60", "2026-12-18")]


def test_a_box_of_another_size_than_the_pos_box_goes_to_a_person() -> None:
    # batch AV 043: the PO's box holds 12 ("12/box"), the supplier's "kotak 10 pasang": 24
    # of its boxes at its price were read as 24 of the PO's boxes
    res = read(
        "Hello, we now pack in boxes of 10 only, so we send 48 boxes of 10 = 480 pairs at "
        "EUR 8.00 per box, delivery 18/12/2026.",
        [make_po(lines=GLOVES)],
    )
    assert res.kind == "needs_review"
    assert any("holds 10, the PO's 12" in r for r in res.review_reasons), res.review_reasons


RODS = [
    ("FR-30", "Fishing rod 3.0 m, 2-piece", 40, "EA", "24.00", "2027-01-22"),
    ("FR-36", "Fishing rod 3.6 m, 3-piece", 30, "EA", "31.00", "2027-01-22"),
]


def test_a_count_written_after_its_date_and_a_particle_is_that_dates() -> None:
    # batch AU 037: "2026年12月18日に20本、2027年2月5日に残り10本" read as 10 on the first date
    res = read(
        "いつもお世話になっております。\n"
        "1. FR-30 40本 単価 24.00 納期 2027年1月22日\n"
        "2. FR-36 単価 31.00\n"
        "　　分納：2026年12月11日に10本、2027年1月29日に残り20本\n",
        [make_po(locale="ja-JP", lines=RODS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [(s.quantity, s.date) for s in got[2].schedule] == [
        (10, date(2026, 12, 11)),
        (20, date(2027, 1, 29)),
    ]


def test_a_vietnamese_counter_of_rods_is_a_count_of_pieces() -> None:
    # batch AU 041: "360 cây" (rods, rounded to full cartons) was no count: the PO's 300 kept
    res = read(
        "Kính gửi anh,\n\nChúng tôi xác nhận như sau:\n\n"
        "- Cần câu 3,0 m (FR-30): 48 cây, đơn giá 24,00 USD, giao hàng ngày 22/01/2027.\n"
        "- Cần câu 3,6 m (FR-36): 30 cây, đơn giá 31,00 USD, giao hàng ngày 22/01/2027.\n",
        [make_po(locale="vi-VN", currency="USD", lines=RODS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "changed" and got[1].quantity == 48
    assert got[2].status == "accepted"


def test_a_chinese_answer_of_dates_as_follows_is_no_promise() -> None:
    # batch AV 039: "回覆交期如下：" (our delivery dates are as follows:) read as promising the
    # dates for later
    res = read(
        "您好，回覆交期如下：\n1. RS-40 500個 單價 0.84 交期 2026/12/11\n"
        "2. RS-60 300個 單價 1.12 交期 2026/12/11\n3. RS-80 200個 單價 1.46 交期 2026/12/11\n",
        [make_po(locale="zh-TW", lines=SEALS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert all(ln.status == "accepted" for ln in lines_of(res).values())
