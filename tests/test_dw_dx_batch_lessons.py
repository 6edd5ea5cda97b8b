"""Lessons of the known failures mended this stop and of held-out batches DW and DX: each test
is a general capability a wrong answer showed missing, written in its own words (not the
batch's text)."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _xlsx(rows: list[list]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# DV 055 (wrong): a Chilean ERP's sheet headed "Cant. solicitada | Cant. confirmada": the
# abbreviated Spanish "Cant." was no quantity column, so the confirmed 24 of 25 went unread.
def test_an_abbreviated_quantity_header_reads_the_confirmed_count_column() -> None:
    sheet = _xlsx(
        [
            ["Pos", "Código", "Descripción", "Cant. pedida", "Cant. confirm.", "Precio", "Fecha"],
            [1, "CAST-7781", "Carcasa", 40, 40, 312.5, "15-12-2026"],
            [2, "CAST-7782", "Tapa", 100, 96, 12.1, "15-12-2026"],
            [3, "CAST-7790", "Juntas", 60, 60, 8.4, "15-12-2026"],
        ]
    )
    res = read(
        "Estimada Dana: adjunto la confirmación de su orden 4500012345. Saludos, Rocío",
        [make_po(locale="es-CL")],
        attachments=(("oc.xlsx", _XLSX, sheet),),
    )
    got = lines_of(res)
    assert (got[2].status, got[2].quantity) == ("changed", 96), res.review_reasons
    assert (got[1].quantity, got[3].quantity) == (40, 60)


def test_a_portuguese_abbreviated_quantity_header_is_a_quantity_column() -> None:
    from agent.reading.extract import _classify_header

    cols = _classify_header(
        ["Item", "Qtd. pedida", "Qtde. confirmada", "Preço", "Entrega"], sheet=True
    )
    assert cols is not None and cols[1] == "qty_po" and cols[2] == "qty_conf"


_TWO = [
    ("YM-P120", "Abrasive pad P120 150 mm", 2000, "PC", "0.38", "2026-12-21"),
    ("YM-P240", "Abrasive pad P240 150 mm", 1000, "PC", "0.41", "2026-12-21"),
]


# DU 049 (wrong): "1번 품목 2,000개 … / 2번 품목 1,000개 … / 납기: … 12월 28일 … 도착 예정": a
# delivery line under items each headed by their line's label was read as the last item's
# alone, and line 1 kept the PO's date.
def test_a_field_line_under_line_labelled_items_is_said_of_them_all() -> None:
    res = read(
        "PO 4500012345 confirmed.\nItem 1: 2,000 pcs at 0.38 each\nItem 2: 1,000 pcs at 0.41 "
        "each\nDelivery: leaves the port Dec 18, arrives at your site Dec 28.\n",
        [make_po(currency="USD", lines=_TWO)],
    )
    got = lines_of(res)
    assert (got[1].date, got[2].date) == (date(2026, 12, 28),) * 2, res.review_reasons


def test_a_korean_delivery_line_under_numbered_items_is_said_of_them_all() -> None:
    res = read(
        "발주서 4500012345 확인했습니다.\n1번 품목 2,000개, 개당 0.38달러\n"
        "2번 품목 1,000개, 개당 0.41달러\n납기: 2026년 12월 28일 도착 예정입니다.\n",
        [make_po(locale="ko-KR", currency="USD", lines=_TWO)],
    )
    got = lines_of(res)
    assert (got[1].date, got[2].date) == (date(2026, 12, 28),) * 2, res.review_reasons


def test_a_line_indented_under_a_labelled_item_stays_that_items() -> None:
    res = read(
        "PO 4500012345 confirmed as ordered, except:\nItem 1: 2,000 pcs at 0.38 each\n"
        "Item 2: 1,000 pcs at 0.41 each\n   delivery Dec 28\n",
        [make_po(currency="USD", lines=_TWO)],
    )
    got = lines_of(res)
    assert (got[1].date, got[2].date) == (date(2026, 12, 21), date(2026, 12, 28)), (
        res.review_reasons
    )


def test_a_chinese_delivery_line_under_a_numbered_list_is_said_of_every_item() -> None:
    # a Chinese item ends on its last character, no stop: the line under the list is the
    # list's, as before labelled items were lists too (BU 023 went wrong in between)
    res = read(
        "订单 4500012345 已收到，确认如下：\n1. YM-P120 砂纸 2000 张，单价 0.38 美元\n"
        "2. YM-P240 砂纸 1000 张，单价 0.41 美元\n交货期 12月28日（全部）。\n",
        [make_po(locale="zh-CN", currency="USD", lines=_TWO)],
    )
    got = lines_of(res)
    assert (got[1].date, got[2].date) == (date(2026, 12, 28),) * 2, res.review_reasons


# Guards found by the full compare: a line under the last labelled item that goes on with its
# words (it ended mid-phrase, or the line is an aside in lower case) stays that item's.
def test_a_date_wrapped_under_the_last_labelled_item_stays_that_items() -> None:
    res = read(
        "Дякуємо за замовлення 4500012345. Підтверджуємо:\n\n"
        "Поз. 1 - 2 000 шт. по 0,38 USD, відвантаження 21.12.2026.\n"
        "Поз. 2 - 1 000 шт. по 0,41 USD, відвантаження\n"
        "28 грудня - фарба сохне довше, раніше не встигнемо.\n",
        [make_po(locale="uk-UA", currency="USD", lines=_TWO)],
    )
    got = lines_of(res)
    assert (got[1].date, got[2].date) == (date(2026, 12, 21), date(2026, 12, 28)), (
        res.review_reasons
    )


def test_an_aside_in_lower_case_under_the_last_labelled_item_stays_that_items() -> None:
    res = read(
        "Confirmăm comanda nr. 4500012345 după cum urmează:\n\n"
        "Poz. 1 - 2.000 buc. la 0,38 USD/buc., livrare 21.12.2026.\n"
        "Poz. 2 - 1.000 buc. la 0,41 USD/buc., termen de livrare 28.12.2026\n"
        "(materialul vine de la furnizorul nostru în săptămâna 51).\n",
        [make_po(locale="ro-RO", currency="USD", lines=_TWO)],
    )
    got = lines_of(res)
    assert (got[1].date, got[2].date) == (date(2026, 12, 21), date(2026, 12, 28)), (
        res.review_reasons
    )


# Found while writing the test above: "Поз. 1 - 2 000 шт." was read as "lines 1 to 2", since a
# range's end only refused digits right after it, not a group of thousands after a space.
def test_a_count_grouped_by_spaces_after_a_lines_dash_is_no_range_of_lines() -> None:
    res = read(
        "Nous confirmons la commande 4500012345 :\nPos. 1 - 2 000 pièces à 0,38 USD, "
        "livraison 21.12.2026\nPos. 2 - 1 000 pièces à 0,41 USD, livraison 21.12.2026\n",
        [make_po(locale="fr-FR", currency="USD", lines=_TWO)],
    )
    got = lines_of(res)
    assert (got[1].unit_price, got[2].unit_price) == (Decimal("0.38"), Decimal("0.41")), (
        res.review_reasons
    )


# DW 033 (wrong): Romanian "cantitățile și prețurile conform comenzii … livrăm peste 3
# săptămâni" (in 3 weeks): the count was not read, and the PO's date was kept.
def test_a_romanian_delivery_in_so_many_weeks_is_counted_from_the_mail() -> None:
    res = read(
        "Bună ziua,\n\nVă confirmăm comanda nr. 4500012345: toate pozițiile, cantitățile și "
        "prețurile conform comenzii. Livrăm peste 2 săptămâni.\n",
        [make_po(locale="ro-RO")],
    )
    got = lines_of(res)
    assert {ln.date for ln in got.values()} == {date(2026, 11, 18)}, res.review_reasons


_CABINETS = [
    ("KC-64", "Key cabinet 64 hooks", 4, "EA", "185.00", "2026-12-21"),
    ("KC-128", "Key cabinet 128 hooks", 2, "EA", "320.00", "2026-12-21"),
]


# DW 067 (wrong): "2. … – 2 ც., ფასი 335,00 ₾, მიწოდება 28 დეკემბერს": the lari sign was no
# currency, so the new price went unread and the PO's was kept.
def test_the_lari_dram_and_manat_signs_are_money() -> None:
    res = read(
        "PO 4500012345 confirmed:\n1. Key cabinet 64 hooks – 4 pcs, 185,00 ₾, delivery 21 "
        "December.\n2. Key cabinet 128 hooks – 2 pcs, 335,00 ₾, delivery 28 December.\n",
        [make_po(locale="ka-GE", currency="GEL", lines=_CABINETS)],
    )
    assert lines_of(res)[2].unit_price == Decimal("335.00"), res.review_reasons
    from agent.reading.numbers import price_hits

    for sign, code in (("֏", "AMD"), ("₼", "AZN"), ("₾", "GEL")):
        (hit,) = price_hits(f"12 500,00 {sign}", "hy-AM")
        assert hit.currency == code


# ... and the same line with no currency at all: a number with cents that the result does not
# account for is an amount gone unread, not a detail to pass over.
def test_an_amount_with_cents_and_no_currency_that_is_not_the_price_is_review() -> None:
    res = read(
        "PO 4500012345 confirmed:\n1. Key cabinet 64 hooks – 4 pcs, 185,00, delivery 21 "
        "December.\n2. Key cabinet 128 hooks – 2 pcs, 335,00, delivery 28 December.\n",
        [make_po(locale="ka-GE", currency="GEL", lines=_CABINETS)],
    )
    assert res.kind == "needs_review"
    assert any("335,00" in r for r in res.review_reasons), res.review_reasons


def test_a_measure_with_cents_is_no_unread_amount() -> None:
    res = read(
        "PO 4500012345 confirmed:\n1. Key cabinet 64 hooks, 1,25 mm steel – 4 pcs at 185.00, "
        "delivery 21 December.\n2. Key cabinet 128 hooks – 2 pcs at 320.00, delivery 21 "
        "December.\n",
        [make_po(locale="ka-GE", currency="GEL", lines=_CABINETS)],
    )
    assert res.kind == "confirmation", res.review_reasons


# DX 036 (wrong): Serbian "цена 840,00 дин. по пару" (per pair) on a PO in pieces: the dinar
# written "дин." after the price hid the pack word after it, and the price per pair was
# taken per piece.
def test_a_serbian_price_per_pair_is_not_taken_per_piece() -> None:
    lines = [("ZN-FLT-A1", "Filter A1 for half mask", 80, "EA", "420.00", "2026-12-16")]
    res = read(
        "Потврђујемо поруџбину 4500012345:\nZN-FLT-A1 – само у паровима, 40 пари, тј. 80 ком. – "
        "цена 840,00 дин. по пару – испорука 16.12.2026.\n",
        [make_po(locale="sr-RS", currency="RSD", lines=lines)],
    )
    assert res.kind == "needs_review" or lines_of(res)[1].unit_price == Decimal("420.00"), (
        res.review_reasons
    )


# DX 065 (false): Macedonian "… 40 парчиња – 16,50 € – испорака 15.12.2026" and then "целата
# испорака ќе биде во јануари" (the whole delivery will be in January): in a language the
# reading has no words for, a month with no day went unseen and the line was accepted.
def test_a_month_with_no_day_in_an_unread_language_is_review() -> None:
    lines = [("TS-6090", "Anti-slip floor mat 60x90", 40, "EA", "16.50", "2026-12-15")]
    res = read(
        "Ја потврдуваме нарачката 4500012345:\nTS-6090 – 40 парчиња – 16,50 € – испорака "
        "15.12.2026\n\nПоради доцнење на суровината, целата испорака ќе биде во јануари.\n",
        [make_po(locale="mk-MK", lines=lines)],
    )
    assert res.kind == "needs_review", [
        (ln.status, ln.date) for c in res.confirmations for ln in c.lines
    ]
    assert any("во јануари" in r for r in res.review_reasons)


# DY 018 (wrong): two of three open POs confirmed, the third "zpracováváme, potvrzení pošlu
# zvlášť" (we are processing it, I'll send its confirmation separately): it was confirmed
# under "potvrzujeme Vaše objednávky".
def test_a_czech_confirmation_to_be_sent_separately_confirms_nothing_of_that_po() -> None:
    res = read(
        "Dobrý den,\n\npotvrzujeme Vaše objednávky:\n\n4500012345 – vše dle objednávky.\n\n"
        "Objednávku 4500012346 zpracováváme, potvrzení pošlu zvlášť.\n",
        [
            make_po(locale="cs-CZ", currency="CZK"),
            make_po("4500012346", locale="cs-CZ", currency="CZK", lines=_CABINETS),
        ],
    )
    assert not [c for c in res.confirmations if c.po_number == "4500012346"], res.confirmations
    assert any("4500012346" in r and "later" in r for r in res.review_reasons) or (
        {ln.status for ln in lines_of(res).values()} == {"accepted"}
    ), res.review_reasons


# DZ 031 (wrong): "OK men leverans v.2, slut i lager hos oss" typed under a quoted row: a
# comma after "v.2" made it no calendar week, and the line was accepted at the PO's date.
def test_a_swedish_week_before_a_comma_is_read() -> None:
    from agent.reading.dates import find_dates

    hits, _ = find_dates("OK men leverans v.2, slut i lager", "sv-SE", datetime(2026, 11, 9))
    assert [h.date for h in hits] == [date(2027, 1, 15)]
    hits, _ = find_dates("kabel v. 2,5 mm", "sv-SE", datetime(2026, 11, 9))
    assert hits == []


# DZ 012 (wrong): Czech "množství zaokrouhlili na 50 ks" (the quantity rounded to 50): "na"
# is also a price's "per", so the count was taken for the one a price is for and dropped,
# and the line was accepted at the PO's 45.
def test_a_count_after_czech_na_with_no_price_before_it_is_the_lines() -> None:
    res = read(
        "Potvrzujeme objednávku 4500012345.\nPol. 1: množství jsme zaokrouhlili na 50 ks, "
        "dodání 15. 12. 2026.\nPol. 2 a 3 dle objednávky.\n",
        [make_po(locale="cs-CZ", currency="CZK")],
    )
    assert res.kind == "needs_review" or lines_of(res)[1].quantity == 50, [
        (ln.status, ln.quantity) for c in res.confirmations for ln in c.lines
    ]
    res = read(
        "Potvrzujeme objednávku 4500012345 dle objednávky, pol. 3: cena 840,00 Kč na 100 ks.\n",
        [make_po(locale="cs-CZ", currency="CZK")],
    )
    assert lines_of(res)[3].unit_price == Decimal("8.40"), res.review_reasons


# DY 009 (wrong): "1箱12本入りのため、36本（3箱）に変更" (12 to a box, so changed to 36): what
# the box holds, said after its count with "入り", was read as the line's quantity.
def test_what_a_japanese_box_holds_is_no_count_of_the_line() -> None:
    lines = [("NF-HALF", "Half-round file 160 mm", 30, "PC", "380", "2026-12-25")]
    res = read(
        "ご注文（注文番号 4500012345）につきまして、下記の通りお請けいたします。\n"
        "NF-HALF 半丸やすり　1箱12本入りのため、36本（3箱）に変更させていただきます。"
        "単価 380円　12月25日納品\n",
        [make_po(locale="ja-JP", currency="JPY", lines=lines)],
    )
    assert lines_of(res)[1].quantity == 36, res.review_reasons


# DY 055 (wrong): Maltese "konsenja t-Tlieta 22 ta' Diċembru" (Tuesday 22 December): "ta'"
# (of) between the day and the month left the date unread, and the PO's was kept.
def test_of_between_a_day_and_its_month_in_maltese_and_catalan() -> None:
    from agent.reading.dates import find_dates

    for text, locale, want in (
        ("konsenja t-Tlieta 22 ta' Diċembru", "mt-MT", date(2026, 12, 22)),
        ("lliurament el 12 d'abril", "ca-ES", date(2027, 4, 12)),
        ("22nd of December", "en-GB", date(2026, 12, 22)),
    ):
        hits, _ = find_dates(text, locale, datetime(2026, 11, 9))
        assert [h.date for h in hits] == [want], text


# DW 011 (deferred): "Tych wkrętów nie prowadzimy" (we do not carry these screws) under a quoted
# row is a refusal of that line.
def test_a_polish_we_do_not_carry_these_refuses_the_line() -> None:
    res = read(
        "Potwierdzamy zamówienie 4500012345: poz. 1 i 2 zgodnie z zamówieniem. "
        "Poz. 3 – tych stopek nie prowadzimy.\n",
        [make_po(locale="pl-PL")],
    )
    got = lines_of(res)
    assert (got[1].status, got[3].status) == ("accepted", "rejected"), res.review_reasons


# DW 019 (deferred): "in riferimento al Vs. ordine n. … del 06/11/2026 Vi confermiamo quanto
# segue:" over two confirmed lines and one to be confirmed: the order's own date was taken for
# a date that line might be given.
def test_the_orders_own_date_beside_its_number_is_no_date_for_an_open_line() -> None:
    res = read(
        "in riferimento al Vs. ordine n. 4500012345 del 02/11/2026 Vi confermiamo quanto segue:\n"
        "- pos. 1: 40 pz a € 312,50 cad., consegna 15/12/2026\n"
        "- pos. 2: 100 pz a € 12,10 cad., consegna 15/12/2026\n"
        "- pos. 3: da confermare, Vi aggiorniamo entro venerdì.\n",
        [make_po(locale="it-IT")],
    )
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "accepted", "unconfirmed"], (
        res.review_reasons
    )


# DY 010 (deferred): "如有問題請再告知" (if there is any problem, please tell us) closing a
# confirmation was read as the supplier's promise to answer later.
def test_please_tell_us_if_anything_is_wrong_is_no_promise_to_answer_later() -> None:
    res = read(
        "訂單 4500012345 確認如下：\n第1項 40 個 單價 312.50 歐元，交期 2026/12/15\n"
        "第2項 100 個 單價 12.10 歐元，交期 2026/12/15\n第3項 60 個 單價 8.40 歐元，交期 2026/12/15\n"
        "如有問題請再告知，謝謝。\n",
        [make_po(locale="zh-TW")],
    )
    assert {ln.status for ln in lines_of(res).values()} == {"accepted"}, res.review_reasons


# DY 024 (deferred): "ordre … ok på antall og pris. Sendes i morgen" (OK on quantity and
# price, ships tomorrow): "ok på" with the fields it is said of commits to them.
def test_a_nordic_ok_on_quantity_and_price_commits_to_them() -> None:
    for text, locale in (
        ("Hei! Ordre 4500012345 ok på antall og pris. Sendes i morgen.", "nb-NO"),
        ("Hej! Ordre 4500012345 ok på antal og pris. Sendes i morgen.", "da-DK"),
        ("Hej! Order 4500012345 ok på antal och pris. Skickas i morgon.", "sv-SE"),
    ):
        got = lines_of(read(text, [make_po(locale=locale)]))
        assert {(ln.status, ln.date) for ln in got.values()} == {("changed", date(2026, 11, 5))}, (
            text
        )


# EB 070 (false): "On vous confirme le tout tel quel" (all of it as is) over an attached
# acknowledgment with another price and quantity: "tel quel" was no word for "as ordered", so
# the text and the document were not weighed against each other.
def test_french_as_is_over_a_document_that_changes_a_line_is_review() -> None:
    from tests.test_cy_cz_batch_lessons import _pdf

    pdf = _pdf(
        [
            (40, 800, "ACCUSE DE RECEPTION DE COMMANDE AR-20931"),
            (40, 786, "Votre commande: 4500012345"),
            (40, 760, "Ligne  Article      Qte   Prix unitaire   Livraison"),
            (40, 746, "1      CAST-7781    40    312,50          15/12/2026"),
            (40, 732, "2      CAST-7782    80    12,90           15/12/2026"),
            (40, 718, "3      CAST-7790    60    8,40            15/12/2026"),
        ]
    )
    res = read(
        "Bonjour,\n\nMerci pour votre commande. On vous confirme le tout tel quel, livraison le "
        "15 décembre. Vous trouverez ci-joint notre accusé de réception.\n",
        [make_po(locale="fr-CA")],
        attachments=(("AR-20931.pdf", "application/pdf", pdf),),
    )
    assert res.kind == "needs_review", [
        (ln.line, ln.status, ln.quantity, ln.unit_price)
        for c in res.confirmations
        for ln in c.lines
    ]


# EA 061 (wrong): Albanian "Dorëzimi brenda 3 javëve nga sot" (within 3 weeks from today) was
# not read, and the PO's later date was kept.
def test_an_albanian_delivery_within_so_many_weeks_is_not_passed_over() -> None:
    from agent.reading.dates import find_dates

    hits, _ = find_dates("Dorëzimi brenda 3 javëve nga sot.", "sq-AL", datetime(2026, 11, 11))
    assert [h.date for h in hits] == [date(2026, 12, 2)]
    lines = [("KS-5", "Kitchen scale 5 kg", 120, "EA", "8.90", "2026-12-04")]
    res = read(
        "Konfirmojmë porosinë 4500012345: 120 copë me çmim 8,90 € copa.\n"
        "Dorëzimi brenda 3 javëve nga sot.\n",
        [make_po(locale="sq-AL", lines=lines)],
    )
    assert res.kind == "needs_review" or lines_of(res)[1].date == date(2026, 11, 25)


# EA 057 (false): "entrega el 14 de diciembre" and then "nuestra bodega está cerrada del 1 al
# 31 de diciembre": the closure that takes in the delivery date went unseen.
def test_a_closure_that_takes_in_the_delivery_date_is_review() -> None:
    res = read(
        "Confirmamos la orden 4500012345 tal como viene, entrega el 15 de diciembre.\n\n"
        "Te recuerdo que nuestra bodega está cerrada del 1 al 31 de diciembre.\n",
        [make_po(locale="es-CO")],
    )
    assert res.kind == "needs_review", [
        (ln.line, ln.date) for c in res.confirmations for ln in c.lines
    ]
    assert any("closure" in r for r in res.review_reasons)


def test_a_closure_after_the_delivery_date_leaves_it_alone() -> None:
    for notice in (
        "Please note we are closed from 24 to 31 December.",
        # the first day of the closure may still see the goods out
        "Please note we close for the holidays from 15 Dec to 4 Jan.",
    ):
        res = read(
            f"We confirm order 4500012345 as ordered, delivery 15 December.\n\n{notice}\n",
            [make_po(locale="en-GB")],
        )
        assert res.kind == "confirmation", (notice, res.review_reasons)


# Found by the full compare: "possiamo confermare solo 800 pz su 1.000" (we can confirm only
# 800 of 1,000) is a smaller quantity, not a confirmation put off ("possiamo confermare solo
# dopo …"); once the order's own date beside its number no longer sent the reply to a person,
# the line was left unconfirmed.
def test_an_italian_we_can_confirm_only_so_many_is_a_smaller_quantity() -> None:
    res = read(
        "in riferimento al Vs. ordine n. 4500012345 del 02/11/2026 Vi confermiamo quanto segue:\n"
        "- riga 1: possiamo confermare solo 30 pz su 40, consegna 15/12/2026;\n"
        "- riga 2 e 3: confermate come da ordine.\n",
        [make_po(locale="it-IT")],
    )
    got = lines_of(res)
    assert (got[1].status, got[1].quantity) == ("changed", 30), res.review_reasons


# ... and a pair's word of one language must not be a word of another: Portuguese "ajustamos
# para 150 pçs" (adjusted to 150) read "para" as Croatian pairs.
def test_portuguese_para_is_no_pair() -> None:
    res = read(
        "Segue a confirmação do pedido 4500012345:\n- Item 1: vendemos somente em caixas com "
        "50 pçs, então ajustamos para 50 pçs. Preço mantido.\n- Itens 2 e 3: ok.\n",
        [make_po(locale="pt-BR")],
    )
    assert lines_of(res)[1].quantity == 50, res.review_reasons


# Found by the full compare (DE 053, once Catalan was read): "… per al dimecres 13 de gener.
# L'escala de plataforma … la tindrem la setmana 2": the week was taken as accounted for by
# the Wednesday of that week said in another sentence, of other goods.
def test_a_week_said_apart_from_a_day_in_it_is_not_accounted_for_by_that_day() -> None:
    lines = [
        ("LAD-10", "Orchard ladder 10 steps", 6, "EA", "89.00", "2027-01-13"),
        ("LAD-14", "Orchard ladder 14 steps", 4, "EA", "119.00", "2027-01-13"),
        ("LAD-PLT", "Platform ladder", 2, "EA", "240.00", "2027-01-13"),
    ]
    res = read(
        "Us confirmem la comanda 4500012345: les escales de 10 i 14 graons tal com les heu "
        "demanat, per al dimecres 13 de gener. L'escala de plataforma, al mateix preu, la "
        "tindrem la setmana 2.\n",
        [make_po(locale="ca-ES", lines=lines)],
    )
    got = {ln.line: ln for c in res.confirmations for ln in c.lines}
    assert res.kind == "needs_review" or got[3].date == date(2027, 1, 15), [
        (ln.line, ln.date) for ln in got.values()
    ]


# Found by the full compare (DZ 043): a quote's header in a language the reading has no words
# for ("O mar., 10 de nov. 2026 ás 9:14, … escribiu:") names a day, not a month with no day.
def test_a_quote_header_is_no_month_with_no_day() -> None:
    res = read(
        "Bo día,\n\nConfirmamos o pedido 4500012345: 40 + 100 + 60 unidades aos prezos do "
        "pedido, entrega 15/12/2026.\n\nO mar., 10 de nov. 2026 ás 9:14, Dana Ruiz escribiu:\n",
        [make_po(locale="gl-ES")],
    )
    assert not any("no day" in r for r in res.review_reasons), res.review_reasons
