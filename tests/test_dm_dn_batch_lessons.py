"""Lessons of held-out batches DM and DN: each test is a general capability one of their wrong
answers showed missing, written in its own words (not the batch's text)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.reading.match import find_near_mentions
from agent.reading.pipeline import read_message
from agent.reading.pos_json import load_pos
from tests.test_extract import lines_of, make_mail, make_po, read

_TWO = [
    ("HM-13-BR", "Hose mender 1/2 inch, brass", 400, "EA", "0.95", "2026-12-14"),
    ("HM-19-BR", "Hose mender 3/4 inch, brass", 250, "EA", "1.30", "2026-12-14"),
]


def _with_sheet(body: str, sheet: str, locale: str) -> object:
    raw = make_mail(body, attachments=(("confirmation.csv", "text/csv", sheet.encode()),))
    return read_message(raw, load_pos([make_po(locale=locale, lines=_TWO)]))


# DM 029 (false confirmation): the mail confirms 400 pieces, the attached system confirmation
# says 300 under its quantity column: the mail was believed and the sheet never compared.
def test_a_sheet_that_states_another_quantity_than_the_mail_goes_to_a_person() -> None:
    res = _with_sheet(
        "Buna ziua,\n\nConfirmam comanda 4500012345: 400 buc HM-13-BR la 0,95, 250 buc HM-19-BR "
        "la 1,30, livrare 14.12.2026.\nAtașat confirmarea din sistem.\n",
        "Comanda client\tPozitie\tCod articol\tCantitate\tPret unitar\tData livrare\n"
        "4500012345\t1\tHM-13-BR\t300\t0,95\t14.12.2026\n"
        "4500012345\t2\tHM-19-BR\t250\t1,30\t14.12.2026\n",
        "ro-RO",
    )
    assert res.kind == "needs_review"
    assert any("states the quantity 300" in r for r in res.review_reasons), res.review_reasons


def test_a_sheet_that_agrees_with_the_mail_changes_nothing() -> None:
    res = _with_sheet(
        "Buna ziua,\n\nConfirmam comanda 4500012345, livrare 14.12.2026. Atașat confirmarea.\n",
        "Comanda client\tPozitie\tCod articol\tCantitate\tPret unitar\tData livrare\n"
        "4500012345\t1\tHM-13-BR\t400\t0,95\t14.12.2026\n"
        "4500012345\t2\tHM-19-BR\t250\t1,30\t14.12.2026\n",
        "ro-RO",
    )
    assert res.kind == "confirmation", res.review_reasons


# DM 070 (wrong): "OA Date | … | Delivery Date": the acknowledgment's own date, the first date
# column, was taken for every line's delivery.
def test_the_delivery_date_column_wins_over_a_document_date_column() -> None:
    res = _with_sheet(
        "Dear Madam,\n\nPFA our Order Acknowledgement OA/1142 against your PO No. 4500012345.\n",
        "OA No\tOA Date\tCust PO No\tSr\tItem Code\tQty\tUOM\tRate\tDelivery Date\n"
        "OA/1142\t09-Nov-2026\t4500012345\t1\tHM-13-BR\t400\tNOS\t0.95\t14-Dec-2026\n"
        "OA/1142\t09-Nov-2026\t4500012345\t2\tHM-19-BR\t250\tNOS\t1.30\t12-Jan-2027\n",
        "en-IN",
    )
    assert {n: ln.date for n, ln in lines_of(res).items()} == {
        1: date(2026, 12, 14),
        2: date(2027, 1, 12),
    }


# DM 036 (false confirmation): Indonesian "kami cek stok dulu …, konfirmasi qty dan tanggal
# kirim besok pagi" (we check the stock first, qty and ship date confirmed tomorrow morning):
# tomorrow became every line's date.
def test_indonesian_check_first_and_confirm_tomorrow_is_no_answer_yet() -> None:
    res = read(
        "Selamat siang Ibu Dana,\n\nTerima kasih atas PO 4500012345. Untuk harga tidak ada "
        "perubahan, tapi kami cek stok dulu di gudang ya Bu, konfirmasi qty dan tanggal kirim "
        "besok pagi.\n",
        [make_po(locale="id-ID", lines=_TWO)],
    )
    assert not any(
        ln.status in ("accepted", "changed") for c in res.confirmations for ln in c.lines
    )


# DM 067 (false confirmation): an Albanian shipping notice for "porosia 4500030917", another
# order with the same item: the word for order was unknown.
def test_albanian_and_more_order_words_name_another_order() -> None:
    for text in ("Njoftim dërgese - porosia 4500030917", "Ordre 4500030917 er afsendt"):
        assert find_near_mentions(text, []) == ([], ["4500030917"]), text


# DN 021 (wrong): a Swedish row "Restnoterad - leveransdatum meddelas senare" (back-ordered,
# the date to follow) was accepted at the PO's values.
def test_a_swedish_back_order_with_the_date_to_follow_is_not_accepted() -> None:
    res = read(
        "Hej,\n\nHär kommer orderbekräftelse på er beställning 4500012345.\n\n"
        "Rad  Artikel    Antal   Á-pris   Bekr. lev.datum\n"
        "1    HM-13-BR   400 st  0,95     2026-12-14\n"
        "2    HM-19-BR   250 st  1,30     Restnoterad - leveransdatum meddelas senare\n",
        [make_po(locale="sv-SE", lines=_TWO)],
    )
    assert not any(
        ln.line == 2 and ln.status in ("accepted", "changed")
        for c in res.confirmations
        for ln in c.lines
    ), res.review_reasons


# DN 066 (wrong): the naira written "N262,000.00" was no currency, so line 2's new price was
# never read and the PO's kept.
def test_the_naira_written_with_an_n() -> None:
    from agent.reading.numbers import price_hits

    hits = price_hits("4 sets @ N262,000.00 = N1,048,000.00", "en-NG")
    assert [(h.value, h.currency) for h in hits][:1] == [(Decimal("262000.00"), "NGN")]
    assert price_hits("size N10 x 20", "en-NG") == []


# DN 036 (wrong): Turkish "ürünler bugünden itibaren 3 hafta sonra deponuzda olacaktır" (the
# goods are at your warehouse 3 weeks from today): "itibaren" (from) is also the word of a
# price's start, so the lead time was taken for one and the PO's date kept.
def test_a_count_of_weeks_from_today_is_no_price_start() -> None:
    res = read(
        "Merhaba,\n\nHer iki kalemi de sipariş edilen miktar ve fiyatlarla onaylıyoruz.\n\n"
        "Ürünler bugünden itibaren 3 hafta sonra deponuzda olacaktır.\n",
        [make_po(locale="tr-TR", lines=_TWO)],
    )
    assert {n: (ln.status, ln.date) for n, ln in lines_of(res).items()} == {
        1: ("changed", date(2026, 11, 25)),
        2: ("changed", date(2026, 11, 25)),
    }, res.review_reasons


def test_a_price_valid_from_a_date_is_still_no_delivery() -> None:
    res = read(
        "Merhaba,\n\nSiparişinizi onaylıyoruz, teslim 14.12.2026.\n"
        "Yeni fiyat listemiz 01.02.2027 tarihinden itibaren geçerlidir.\n",
        [make_po(locale="tr-TR", lines=_TWO)],
    )
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 14)}


# ... and "Termin: 3 hafta", a lead time under its label, was read as the number 3.
def test_a_labelled_lead_time_in_weeks() -> None:
    res = read(
        "Merhaba,\n\nHer iki kalemi de onaylıyoruz.\n\nTermin: 3 hafta.\n",
        [make_po(locale="tr-TR", lines=_TWO)],
    )
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 11, 25)}


# DN 053 (wrong): "Rodillos espuma 10 cm: van 48 u." (48 units go): the Spanish unit "u." was
# no count, and line 2 kept the PO's 40.
def test_the_spanish_unit_abbreviation_u_counts() -> None:
    res = read(
        "Hola Dana,\n\nTe confirmo la OC 4500012345:\n"
        "- Hose mender 1/2 inch: 400 u. a EUR 0,95\n"
        "- Hose mender 3/4 inch: van 264 u. porque vienen en cajas de 24, a EUR 1,30\n\n"
        "Entrega el 14/12.\n",
        [make_po(locale="es-AR", lines=_TWO)],
    )
    assert {n: ln.quantity for n, ln in lines_of(res).items()} == {1: 400, 2: 264}


# DN 005 (wrong): Hindi "मात्रा 50 किलो कर दी गई है" (the quantity is made 50 kilos): the
# Devanagari word was no unit, since its vowel signs are no word characters to a pattern,
# and the PO's 48 was kept.
def test_a_count_in_devanagari_kilos_is_read() -> None:
    from agent.reading.numbers import quantity_hits

    hits = quantity_hits("इसलिए मात्रा 50 किलो कर दी गई है।", "hi-IN", ("KG",))
    assert [(h.value, h.unit) for h in hits] == [(Decimal(50), "किलो")]
    lines = [("E6013-315", "Welding electrode E6013, 3.15 mm", 48, "KG", "310.00", "2026-12-14")]
    res = read(
        "नमस्ते,\n\nपुष्टि इस प्रकार है:\n१) E6013 3.15 mm – मात्रा 50 किलो, दर ₹310.00 प्रति किलो।"
        "\n\nडिलीवरी 14-12-2026 तक हो जाएगी।\n",
        [make_po(locale="hi-IN", currency="INR", lines=lines)],
    )
    assert lines_of(res)[1].quantity == 50, res.review_reasons
    # ... and "5 किलो के पैकेट में" (in packets of 5 kilos) is the pack, no count of 5
    res = read(
        "नमस्ते,\n\nपुष्टि इस प्रकार है:\n१) E6013 3.15 mm – यह 5 किलो के पैकेट में ही आता है, "
        "इसलिए मात्रा 50 किलो कर दी गई है। दर ₹310.00 प्रति किलो।\n\nडिलीवरी 14-12-2026 तक हो "
        "जाएगी।\n",
        [make_po(locale="hi-IN", currency="INR", lines=lines)],
    )
    assert lines_of(res)[1].quantity == 50, res.review_reasons


# DN 059 (false confirmation): "Je vous confirme la commande comme commandée : 50 pièces" on a
# line of 30: "commandée", the feminine, was no "as ordered", and 50 was confirmed.
def test_as_ordered_in_the_feminine_with_another_count_goes_to_a_person() -> None:
    lines = [("EL-2T-3M", "Élingue plate 2 t, 3 m", 30, "PC", "12.40", "2026-12-15")]
    res = read(
        "Bonjour,\n\nJe vous confirme la commande comme commandée : 50 pièces à 12,40 € pièce, "
        "livraison le 15/12.\n",
        [make_po(locale="fr-BE", lines=lines)],
    )
    assert res.kind == "needs_review"
    assert any("as ordered" in r for r in res.review_reasons), res.review_reasons
