"""What the first scores of held-out batches AQ and AR taught, as general rules. Every
phrasing here is written for these tests, in other words than the batches' cases."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

HOSES = [
    ("GH-12", "Garden hose 1/2 in, 25 m", 200, "COIL", "9.60", "2027-01-15"),
    ("GH-34", "Garden hose 3/4 in, 25 m", 120, "COIL", "14.80", "2027-01-15"),
]


def test_a_turkish_confirmation_of_the_quantities_leaves_the_prices_open() -> None:
    # batch AQ 012: "siparişinizdeki miktarları onaylıyoruz" (we confirm the quantities in your
    # order) read as confirming the whole order, while the prices were to follow
    res = read(
        'Merhaba, siparişinizdeki miktarları onaylıyoruz: 1/2" hortumdan 200 top, 3/4" '
        "hortumdan 120 top. Sevkiyat 15.01.2027. Fiyatlar faturada belirtilecektir.",
        [make_po(locale="tr-TR", lines=HOSES)],
    )
    assert res.kind == "needs_review"
    assert any("nothing said about the price" in r for r in res.review_reasons), res.review_reasons


WALLPAPER = [
    ("WP-BL", "Non-woven wallpaper blue, roll 10.05 m", 150, "RL", "12.40", "2026-12-18"),
    ("WP-GR", "Non-woven wallpaper grey, roll 10.05 m", 90, "RL", "12.40", "2026-12-18"),
]


def test_a_reply_to_another_request_for_a_revision_is_not_our_open_order() -> None:
    # batch AQ 029: the supplier answered the request for revision 1; the request on record
    # for the PO is another mail (revision 2)
    res = read(
        "Bonjour, nous confirmons votre commande 4500012345 (révision 1), livraison le 11/12/2026.",
        [make_po(locale="fr-BE", lines=WALLPAPER)],
        subject="RE: Purchase order 4500012345 Rev. 1 - please confirm",
        in_reply_to="<po-4500012345.rev1@buyer.example>",
    )
    assert res.kind == "needs_review"
    assert any("revision" in r for r in res.review_reasons), res.review_reasons


def test_french_rolls_count_on_a_po_counted_in_rl() -> None:
    res = read(
        "Nous vous confirmons votre commande : 130 rouleaux bleu et 90 rouleaux gris à "
        "12,40 € le rouleau, livraison le 11/12/2026.",
        [make_po(locale="fr-BE", lines=WALLPAPER)],
    )
    assert res.kind == "needs_review"
    assert any("130" in r for r in res.review_reasons), res.review_reasons


REELS = [
    ("HR-12", "Hose 1/2 in, 25 m", 150, "COIL", "11.40", "2027-01-15"),
    ("HR-34", "Hose 3/4 in, 25 m", 80, "COIL", "17.90", "2027-01-15"),
    ("HR-WALL", "Hose reel, wall-mounted, for 1/2 in hose", 30, "EA", "42.00", "2027-01-15"),
]


def test_an_inch_size_two_lines_share_may_name_the_line_left_unconfirmed() -> None:
    # batch AQ 016: 1/2" is both the hose's and the reel's size; the hose was left unconfirmed
    res = read(
        'Hej! Slangarna 1/2" och 3/4" levererar vi vecka 3 till orderns priser.',
        [make_po(locale="sv-SE", lines=REELS)],
    )
    assert res.kind == "needs_review"
    assert any("may name this line" in r for r in res.review_reasons), res.review_reasons


SCOOTER = [
    ("BAT-36", "Battery pack 36V 10.4Ah", 80, "EA", "139.00", "2026-12-04"),
    ("CHG-42", "Charger 42V 2A", 80, "EA", "14.50", "2026-12-04"),
    ("DSP-5", "LCD display 5-pin", 40, "EA", "22.80", "2026-12-04"),
]


def test_tomorrow_in_a_lines_own_words_is_not_the_requested_date() -> None:
    # batch AQ 037: "Displays: 50 pcs, also tomorrow." kept the PO's date
    res = read(
        "Thanks for the PO. Battery packs: 80 pcs on 04/12/2026. Chargers: 80 pcs on "
        "04/12/2026.\nDisplays: 40 pcs, those already tomorrow.",
        [make_po(lines=SCOOTER)],
    )
    # the mail is of Wednesday 4 November: tomorrow is the 5th
    assert res.review_reasons == [
        "PO 4500012345 line 3: 'those already tomorrow.' names 2026-11-05, which the result "
        "does not account for"
    ]


def test_a_dispatch_tied_to_other_goods_gives_no_date_of_its_own() -> None:
    res = read(
        "Thanks for the PO. Battery packs: 80 pcs, delivery 27/11/2026.\n"
        "Chargers: 80 pcs, delivered together with the first 60 batteries.\n"
        "Displays: 40 pcs, delivery 11/12/2026.",
        [make_po(lines=SCOOTER)],
    )
    assert res.kind == "needs_review"
    assert any("other goods" in r for r in res.review_reasons), res.review_reasons


COMPRESSORS = [
    ("AC-SCR", "Screw compressor 11 kW", 1, "PCS", "7980.00", "2027-01-11"),
    ("AC-TNK", "Air receiver 500 l", 1, "PCS", "845.00", "2027-01-11"),
]


def test_a_window_of_days_written_with_a_hyphen_ends_on_its_last_day() -> None:
    # batch AR 036: "12.-14.01.2027" was no date, and the PO's 11 January was kept
    res = read(
        "Sehr geehrte Damen und Herren, wir bestätigen Ihren Auftrag. Anlieferung beider "
        "Positionen: 18.-20.01.2027, der Spediteur avisiert den Tag.",
        [make_po(locale="de-DE", lines=COMPRESSORS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2027, 1, 20)}


PANELS = [
    ("LED-30", "LED panel 300x300 mm 18 W", 24, "PCS", "12.60", "2027-01-22"),
    ("LED-60", "LED panel 600x600 mm 36 W", 8, "PCS", "58.00", "2027-01-22"),
]


def test_a_chinese_price_each_box_is_per_box() -> None:
    # batch AR 038: "每盒 USD 48.80" (each box) with "每盒4片" (4 a box) read as per piece
    res = read(
        "您好，確認如下：1. 300x300 平板燈：6盒（每盒4片），共24片，每盒 USD 49.60。"
        "2. 600x600 平板燈：2盒（每盒4片），共8片，每盒 USD 232.00。出貨日：2027年1月8日。",
        [make_po(locale="zh-TW", currency="USD", lines=PANELS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    lines = lines_of(res)
    assert lines[1].unit_price == Decimal("12.40")
    assert lines[2].unit_price == Decimal("58.00")


FINNISH = [
    ("PC-500", "Piston compressor 5.5 kW, 500 l", 2, "PCS", "2190.00", "2026-12-11"),
    ("HK-10", "Air hose kit 10 m", 10, "PCS", "38.50", "2026-12-11"),
]


def test_weeks_from_this_day_and_leaving_at_once_in_finnish() -> None:
    # batch AR 070: "3 viikkoa tästä päivästä", "lähtevät heti varastosta" kept the PO's date
    res = read(
        "Hei, kiitos tilauksesta. Vahvistamme:\n"
        "- 2 kpl mäntäkompressori 5,5 kW, 2 190,00 € / kpl. Toimitusaika on 2 viikkoa tästä "
        "päivästä.\n"
        "- 10 kpl letkusarja 10 m, 38,50 € / kpl. Letkusarjat lähtevät heti varastosta.",
        [make_po(locale="fi-FI", lines=FINNISH)],
    )
    assert res.kind == "confirmation", res.review_reasons
    lines = lines_of(res)
    mail_day = datetime(2026, 11, 4, 9, 0, tzinfo=UTC).date()
    assert lines[1].date == date(2026, 11, 18)
    assert lines[2].date == mail_day
