"""What batches CU and CV taught on first sight, each in a phrasing of its own:

- CU 014 (wrong): "1 ir 2 eilutės - …": Lithuanian numbers before the line word name both lines.
- CU 034 (wrong): the supplier's own table row "3 | … | 0 | - | - | se cancela" refuses the
  line; a row of 0 with no word of refusal is for a person, never a change to 0.
- CU 061 (wrong): Thai "ราคาถุงละ 600.00 บาท" with "ถุงละ 5 กก.": 600 a bag of 5 kg is 120 a kg.
- CV 004 (false): "Yes we can do that" under our quoted side question is a bare assent.
- CV 034 (wrong): "Friday week" is the Friday after the coming one.
- CV 044 (wrong): Hebrew "80 … בלבד" (only 80) and "יתרת 20" (the remaining 20) refused: a
  change to 80, not a refusal of the line.
- CV 057 (wrong): a surcharge whose sentence goes on "dieser betrifft Pos. 2" is line 2's only.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.reading.pipeline import read_message
from agent.reading.pos_json import load_pos
from tests.test_extract import lines_of, make_mail, make_po, read


def test_lithuanian_line_numbers_before_the_line_word_name_every_line() -> None:
    res = read(
        "Laba diena,\n\npatvirtiname užsakymą Nr. 4500012345:\n\n"
        "1 ir 3 eilutės - kiekiai ir kainos pagal užsakymą, pristatymas 2026-12-15.\n"
        "2 eilutė - 100 vnt. po 12,10 EUR, pristatymas 2027-01-08.\n",
        [make_po(locale="lt-LT")],
    )
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "changed", "accepted"], (
        res.review_reasons
    )
    assert got[2].date == date(2027, 1, 8)


TABLE_HEAD = "Partida\tCódigo\tCantidad\tPrecio unitario\tFecha de entrega\tComentarios\n"


def test_a_zero_row_of_the_suppliers_own_table_that_cancels_refuses_the_line() -> None:
    res = read(
        "Buenos días,\n\nLe confirmo su orden 4500012345:\n\n"
        + TABLE_HEAD
        + "1\tCAST-7781\t40\t312.50\t15/12/2026\t\n"
        "2\tCAST-7782\t0\t-\t-\tDescontinuado, se cancela\n"
        "3\tCAST-7790\t60\t8.40\t15/12/2026\t\n",
        [make_po(locale="es-MX", currency="MXN")],
    )
    got = lines_of(res)
    assert got[2].status == "rejected", res.review_reasons
    assert got[1].status == got[3].status == "accepted"


def test_a_zero_row_without_a_refusal_is_for_a_person() -> None:
    res = read(
        "Buenos días,\n\nLe confirmo su orden 4500012345:\n\n"
        + TABLE_HEAD
        + "1\tCAST-7781\t40\t312.50\t15/12/2026\t\n"
        "2\tCAST-7782\t0\t12.10\t15/12/2026\t\n"
        "3\tCAST-7790\t60\t8.40\t15/12/2026\t\n",
        [make_po(locale="es-MX", currency="MXN")],
    )
    assert res.kind == "needs_review"
    assert any("line 2" in r and "0" in r for r in res.review_reasons), res.review_reasons


def test_a_thai_price_per_bag_written_before_the_amount_is_put_in_kilograms() -> None:
    lines = [("GLZ-CLR-5", "Clear glaze, 5 kg bag", 150, "KG", "120.00", "2026-12-21")]
    res = read(
        "เรียน คุณดานา\n\nบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500012345 ดังนี้\n\n"
        "1. เคลือบใส 150 กก. (30 ถุง ถุงละ 5 กก.) ราคาถุงละ 650.00 บาท ส่งถึงวันที่ 21/12/2569\n",
        [make_po(locale="th-TH", currency="THB", lines=lines)],
    )
    got = lines_of(res)
    assert got[1].unit_price == Decimal("130.00"), res.review_reasons
    assert got[1].status == "changed"


def test_yes_we_can_do_that_under_a_side_question_confirms_nothing() -> None:
    body = (
        "Yes, we can do it\n\n"
        "> On Nov 3, 2026, at 9:02 AM, Dana Ruiz <dana.ruiz@buyer.example> wrote:\n>\n"
        "> One more thing on PO 4500012345: could you pack the housings on pallets of 20\n"
        "> instead of 10?\n>\n> Thanks, Dana\n"
    )
    pos = load_pos([make_po()])
    res = read_message(make_mail(body, quote=False), pos)
    assert res.kind == "needs_review"
    assert res.confirmations == []


def test_friday_week_is_the_friday_after_the_coming_one() -> None:
    # the mail is sent on Wednesday 4 November 2026
    res = read(
        "All good on 4500012345, PO pricing, we'll have the lot to you Thursday week.",
        [make_po(locale="en-AU", currency="AUD")],
    )
    got = lines_of(res)
    assert [got[n].date for n in (1, 2, 3)] == [date(2026, 11, 12)] * 3, res.review_reasons


def test_hebrew_only_some_and_the_rest_refused_is_a_smaller_quantity() -> None:
    res = read(
        "שלום דנה,\n\nלהלן אישור ההזמנה 4500012345:\n\n"
        "שורה 1: נוכל לספק 30 יחידות בלבד, במחיר 312.50 € ליחידה, אספקה 15/12/2026. "
        "את יתרת 10 היחידות לא נוכל לספק.\n"
        "שורות 2 ו-3: כמויות ומחירים לפי ההזמנה, אספקה 15/12/2026.\n",
        [make_po(locale="he-IL")],
    )
    got = lines_of(res)
    assert got[1].status == "changed" and got[1].quantity == 30, res.review_reasons


def test_a_surcharge_said_of_one_position_leaves_the_others_at_their_price() -> None:
    res = read(
        "Sehr geehrte Frau Ruiz,\n\nwir bestätigen Ihre Bestellung 4500012345 wie folgt:\n\n"
        "Pos. 1  CAST-7781  40 St.   312,50 EUR/St.  Liefertermin 15.12.2026\n"
        "Pos. 2  CAST-7782  100 St.  12,10 EUR/St.   Liefertermin 15.12.2026\n"
        "Pos. 3  CAST-7790  60 St.   8,40 EUR/St.    Liefertermin 15.12.2026\n\n"
        "Bitte beachten Sie, dass auf alle Gussdeckel ein Energiezuschlag von 5 % verrechnet wird; "
        "dieser betrifft Pos. 2. Alle übrigen Preise gemäß Ihrer Bestellung.\n",
        [make_po(locale="de-DE")],
    )
    got = lines_of(res)
    assert got[2].unit_price == Decimal("12.705"), res.review_reasons
    assert got[1].unit_price == Decimal("312.50") and got[3].unit_price == Decimal("8.40")


def test_a_chinese_confirmed_date_column_is_no_promise_for_later() -> None:
    # CU 059: the header "確認交期" (confirmed delivery date) of the supplier's table
    res = read(
        "您好，\n\n貴司訂單 4500012345 確認如下：\n\n"
        "項次\t料號\t確認數量\t單價(EUR)\t確認交期\t備註\n"
        "1\tCAST-7781\t40\t312.50\t2026/12/15\t\n"
        "2\tCAST-7782\t100\t12.10\t2026/12/15\t\n"
        "3\tCAST-7790\t60\t8.40\t2027/01/08\t原料延遲\n",
        [make_po(locale="zh-TW")],
    )
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "accepted", "changed"], (
        res.review_reasons
    )
    assert got[3].date == date(2027, 1, 8)


NL_QUOTE = (
    "________________________________\nVan: Dana Ruiz <dana.ruiz@buyer.example>\n"
    "Verzonden: maandag 2 november 2026 09:00\nAan: orders@acme-castings.example\n"
    "Onderwerp: Please confirm purchase order 4500012345\n\n"
    "Please acknowledge our purchase order 4500012345.\n\n"
    "Line 1: CAST-7781 Gearbox housing, ductile iron\n"
    "        Qty 40 EA | Unit price 312.50 EUR | Requested date 2026-12-15\n"
    "SdW: akkoord.\n"
    "Line 2: CAST-7782 Gearbox cover, ductile iron\n"
    "        Qty 100 EA | Unit price 12.10 EUR | Requested date 2026-12-15\n"
    "SdW: deze leveren we op 18/12.\n"
    "Line 3: CAST-7790 Mounting foot, grey iron\n"
    "        Qty 60 EA | Unit price 8.40 EUR | Requested date 2026-12-15\n"
    "SdW: akkoord, levering 15/12.\n\n"
    "Thank you,\nDana Ruiz\n"
)


def test_answers_tagged_with_initials_and_a_particle_are_the_suppliers() -> None:
    # CU 005: "Zie mijn antwoorden hieronder in het rood", answers tagged "SdW:" (Sanne de
    # Wit) under the lines of our quote
    body = "Hoi Dana,\n\nZie mijn antwoorden hieronder in het rood.\n\nGroet,\nSanne\n\n" + NL_QUOTE
    raw = make_mail(body, quote=False, from_addr="Sanne de Wit <sanne@acme-castings.example>")
    res = read_message(raw, load_pos([make_po(locale="nl-NL")]))
    got = lines_of(res)
    assert (got[2].status, got[2].date) == ("changed", date(2026, 12, 18)), res.review_reasons
    assert (got[3].status, got[3].date) == ("accepted", date(2026, 12, 15))
    assert got[1].status == "accepted"


def _csv_reply(header: str, rows: list[str]) -> bytes:
    csv = "\n".join([header, *rows]).encode("utf-8")
    return make_mail(
        "Hello Dana, order 4500012345 is confirmed, see the attached sheet.\n\nKind regards",
        attachments=(("ack.csv", "text/csv", csv),),
    )


def test_a_chinese_sheet_names_its_lines_by_row_number_and_material_code() -> None:
    # CR 059: "行号 | 物料编码 | 描述 | … | 确认交期": the rows were passed over
    raw = _csv_reply(
        "行号,物料编码,描述,订单数量,订单单价(EUR),要求交期,确认数量,确认单价(EUR),确认交期",
        [
            "1,CAST-7781,Gearbox housing,40,312.50,2026-12-15,40,312.50,2026-12-15",
            "2,CAST-7782,Gearbox cover,100,12.10,2026-12-15,100,12.10,2027-01-08",
            "3,CAST-7790,Mounting foot,60,8.40,2026-12-15,60,8.10,2026-12-15",
        ],
    )
    res = read_message(raw, load_pos([make_po(locale="zh-CN")]))
    got = lines_of(res)
    assert got[2].date == date(2027, 1, 8), res.review_reasons
    assert got[3].unit_price == Decimal("8.10")


def test_a_sheets_rows_no_column_places_are_not_passed_over() -> None:
    raw = _csv_reply(
        "Kennung,Menge,Preis EUR,Liefertermin",
        [
            "CAST-7781,40,312.50,2026-12-15",
            "CAST-7782,100,12.10,2027-01-08",
            "CAST-7790,60,8.40,2026-12-15",
        ],
    )
    res = read_message(raw, load_pos([make_po(locale="en-GB")]))
    if res.kind == "confirmation":
        assert lines_of(res)[2].date == date(2027, 1, 8)
    else:
        assert res.kind == "needs_review"


def test_a_refusal_after_a_smaller_count_refuses_the_rest_only() -> None:
    # W 004: "le corresponden 12 cajas de 6, es decir 72 botellas … No podemos servir más de
    # esa añada"
    res = read(
        "Hola Dana:\n\nTe confirmo el pedido 4500012345:\n\n"
        "Carcasas CAST-7781: tenemos asignadas 30 unidades al precio del pedido (312,50 €). "
        "No podemos servir más de esa colada.\n"
        "Tapas CAST-7782 y pies CAST-7790: completos, según pedido.\n\n"
        "La entrega será el 15/12/2026.",
        [make_po(locale="es-ES")],
    )
    got = lines_of(res)
    assert (got[1].status, got[1].quantity) == ("changed", 30), res.review_reasons


SPLIT_LINE = [("PL-3F", "Polidor 3 faces", 2000, "PCS", "0.50", "2026-12-18")]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Pedido 4500012345: entregamos 1.500 peças em 08/01/2027, as outras 500 peças em "
            "22/01/2027.",
            "pt-BR",
        ),
        (
            "Pedido 4500012345: entregamos 1.500 piezas el 08/01/2027, las otras 500 piezas el "
            "22/01/2027.",
            "es-ES",
        ),
    ],
)
def test_we_deliver_in_portuguese_and_spanish_is_a_commitment(body: str, locale: str) -> None:
    # CV 047's "só conseguimos 1.500 pçs para 08/01; as outras 500 pçs ficam para
    # 22/01/2027": "entregamos" (we deliver) was no word of a commitment in either language
    res = read(body, [make_po(locale=locale, lines=SPLIT_LINE)])
    (line,) = lines_of(res).values()
    assert [(s.quantity, s.date) for s in line.schedule] == [
        (1500, date(2027, 1, 8)),
        (500, date(2027, 1, 22)),
    ], res.review_reasons


def test_a_spanish_refusal_to_take_the_order_refuses_every_line() -> None:
    # CV 055: "no vamos a poder tomar la orden …, así que preferimos declinarla en su totalidad"
    res = read(
        "Estimada Dana:\n\nLamentablemente no vamos a poder tomar el pedido 4500012345: hoy no "
        "podemos garantizar ninguna entrega antes de marzo, así que preferimos declinarlo.\n\n"
        "Disculpá las molestias.",
        [make_po(locale="es-AR")],
    )
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["rejected"] * 3, res.review_reasons


def test_a_currency_at_the_end_of_a_sentence_keeps_its_code() -> None:
    # CU 010: "Birim fiyat 3,90 TL." was a price in "TL.", not in the PO's TRY
    res = read(
        "Merhaba Dana Hanım,\n\n4500012345 numaralı siparişinizi onaylıyoruz:\n\n"
        "1. kalem: 40 adet, teslim 15.12.2026. Birim fiyat 312,50 TL.\n"
        "2. kalem: 100 adet, teslim 15.12.2026. Birim fiyat 12,90 TL.\n"
        "3. kalem: 60 adet, teslim 15.12.2026. Birim fiyat 8,40 TL.\n",
        [make_po(locale="tr-TR", currency="TRY")],
    )
    got = lines_of(res)
    assert got[2].unit_price == Decimal("12.90"), res.review_reasons
