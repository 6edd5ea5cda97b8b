"""What the first scores of held-out batches AO and AP taught, as general rules. Every
phrasing here is written for these tests, in other words than the batches' cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

YARN = [
    ("YRN-C-ECRU", "Cotton yarn Ne 30/1 ecru, cone 1.5 kg", 120, "EA", "9.80", "2026-12-04"),
    ("YRN-C-RED", "Cotton yarn Ne 30/1 dyed red, cone 1.5 kg", 48, "EA", "11.20", "2026-12-04"),
]


def test_a_lead_time_from_today_is_read_in_french() -> None:
    # "à compter de ce jour": counted from the mail's day (Wednesday 4 November)
    res = read(
        "Bonjour, nous confirmons la commande, livraison sous 4 semaines à compter de ce jour.",
        [make_po(locale="fr-FR", lines=YARN)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 2)}


def test_a_dispatch_and_a_lead_time_in_two_sentences_are_two_answers() -> None:
    # batch AO 070: neither sentence names its goods in the PO's words; the lead time is
    # not the dispatch's arrival but another line's answer, and which is which is unread
    res = read(
        "Bonjour,\nNous confirmons votre commande.\n"
        "Le coton écru part de chez nous le 4 décembre comme prévu.\n"
        "Le rouge est teint à la commande : délai de 6 semaines à compter de ce jour, 48 cônes.",
        [make_po(locale="fr-FR", lines=YARN)],
    )
    assert res.kind == "needs_review"
    assert any("disagree" in r for r in res.review_reasons), res.review_reasons


AMENITIES = [
    ("HA-CAP", "Shower cap in sachet (ctn 1000)", 4000, "EA", "0.05", "2026-12-15"),
]


def _po(number: str, lines=AMENITIES):
    return make_po(number=number, locale="tr-TR", lines=lines)


def test_a_po_given_values_in_a_table_row_is_not_dropped_unread() -> None:
    # batch AO 026: three POs in one table; only one was read (its refusal), the other two
    # rows, which give prices and dates, vanished from the answer without a word
    res = read(
        "Merhaba, iki siparişiniz için durum:\n\n"
        "Sipariş      Ürün         Miktar       Fiyat    Teslim\n"
        "4500077001   Bone         4 koli       0,05 €   15.12.2026\n\n"
        "4500077002 siparişindeki bone üretimi durduruldu, tedarik edemiyoruz.",
        [_po("4500077001"), _po("4500077002")],
        subject="RE: Siparişler 4500077001 / 4500077002",
    )
    assert res.kind == "needs_review"
    assert any("4500077001" in r and "no answer" in r for r in res.review_reasons), (
        res.review_reasons
    )


def test_a_po_held_for_later_beside_an_answered_one_stays_quietly_unanswered() -> None:
    res = read(
        "Hello, PO 4500077001 confirmed as ordered.\nPO 4500077002 we will confirm on Friday.",
        [_po("4500077001"), _po("4500077002")],
        subject="RE: POs 4500077001 / 4500077002",
    )
    assert res.kind == "confirmation", res.review_reasons
    assert [c.po_number for c in res.confirmations] == ["4500077001"]


BOARDS = [
    ("PIR-60", "PIR board 1200x600x60 mm, pack of 8 = 5.76 m2", 30, "PK", "49.25", "2026-12-11"),
    ("PIR-80", "PIR board 1200x600x80 mm, pack of 6", 20, "PK", "44.10", "2026-12-11"),
]


def test_a_price_per_m2_converts_through_the_packs_area() -> None:
    # batch AP 014: "5,50 EUR/m2" on boards counted in packs was read as a price per pack
    res = read(
        "Pos. 1: 30 packs at 8.55 EUR/m2, delivery 11/12/2026.",
        [make_po(lines=BOARDS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert line.unit_price == Decimal("8.55") * Decimal("5.76")
    assert line.status == "changed"


def test_a_price_per_m2_with_no_area_to_convert_goes_to_a_person() -> None:
    res = read(
        "Pos. 2: 20 packs at 10.20 EUR/m2, delivery 11/12/2026.",
        [make_po(lines=BOARDS)],
    )
    assert res.kind == "needs_review"
    assert any("price per m2" in r for r in res.review_reasons), res.review_reasons


def test_a_delivery_in_working_days_is_no_date_and_keeps_no_requested_one() -> None:
    # batch AP 016: "10 arkipäivän kuluessa" left every line at the PO's date
    res = read(
        "Thanks for the order, confirmed. Delivery within 8 working days.",
        [make_po(lines=YARN)],
    )
    assert res.kind == "needs_review"
    assert any("working days" in r for r in res.review_reasons), res.review_reasons


def test_working_days_beside_a_given_date_are_transit_not_the_delivery() -> None:
    res = read(
        "Confirmed, dispatch on 27/11/2026 and delivery with you on 04/12/2026; the carrier "
        "needs 3 working days.",
        [make_po(lines=YARN)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 4)}


INSULATION = [
    ("PIR-120", "PIR board 1200x2400x120 mm, pack of 5", 90, "PK", "104.00", "2026-12-18"),
    ("PIR-40", "PIR board 1200x2400x40 mm, pack of 14", 28, "PK", "97.00", "2026-12-18"),
]


def test_an_estonian_pallet_on_which_packs_stand_is_no_count() -> None:
    # batch AP 047: "(alusel 16 pakki)", 16 packs on a pallet, was read as the quantity
    res = read(
        "Tere! Kinnitame tellimuse:\n"
        "1) PIR 120 mm: tarnime täisalustena (alusel 12 pakki), seega 8 alust = 96 pakki, "
        "hind 104,00 EUR/pakk, tarne nädal 51.\n"
        "2) PIR 40 mm: 28 pakki, 97,00 EUR/pakk, tarne nädal 51.",
        [make_po(locale="et-EE", lines=INSULATION)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].quantity == 96


CARPET = [
    ("CP-NF-GR", "Needle felt carpet grey, roll width 4 m", 240, "M2", "9.10", "2027-01-15"),
    ("CP-TF-BE", "Tufted carpet beige, roll width 5 m", 100, "M2", "17.80", "2027-01-15"),
]


def test_a_wait_in_brackets_explains_the_date_before_it() -> None:
    # batch AP 065: "leverans v. 3 (vi väntar på en färgsättning)" left the line unconfirmed
    res = read(
        "Hej! Tack för ordern.\n"
        "1) Nålfilt grå: 240 m2, 9,10 €/m2, leverans v. 4 (vi väntar på garn från spinneriet).\n"
        "2) Tuftad beige: 100 m2, 17,80 €/m2, leverans v. 2.",
        [make_po(locale="sv-SE", lines=CARPET)],
    )
    assert res.kind == "confirmation", res.review_reasons
    lines = lines_of(res)
    assert lines[1].status == "changed" and lines[1].date == date(2027, 1, 29)
    assert lines[2].status == "accepted"


def test_a_wait_with_no_date_outside_its_brackets_still_holds_the_line() -> None:
    res = read(
        "Hej! Tack för ordern.\n"
        "1) Nålfilt grå: leverans (vi väntar på garn från spinneriet).\n"
        "2) Tuftad beige: 100 m2, 17,80 €/m2, leverans v. 2.",
        [make_po(locale="sv-SE", lines=CARPET)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].status == "unconfirmed"


PETFOOD = [
    ("PF-DOG-12", "Dog food adult, bag 12 kg", 300, "BAG", "21.40", "2027-01-20"),
    ("PF-CAT-8", "Cat food adult, bag 8 kg", 160, "BAG", "17.90", "2027-01-20"),
]


def test_a_portuguese_if_you_agree_asks_before_it_commits() -> None:
    # batch AP 060: "Se estiver de acordo com os 480 sacos, por favor nos confirme" was read
    # as a commitment
    res = read(
        "Olá! Só embarcamos paletes fechados de 50 sacos, então seriam 350 sacos de cão. "
        "Se estiver de acordo, por favor nos confirme que emitimos o pedido de venda.",
        [make_po(locale="pt-BR", lines=PETFOOD)],
    )
    assert res.kind == "needs_review"
    assert any("asks for our agreement first" in r for r in res.review_reasons), res.review_reasons


def test_a_count_in_the_pos_own_unit_beside_goods_named_in_passing_is_not_lost() -> None:
    # the sentence names the dog food only in words the guards know; its 350 bags are no
    # quantity of the result, whatever else the mail confirms
    res = read(
        "Thanks for the order. We ship full pallets of 50 bags only, so that makes 350 bags of "
        "dog food (7 pallets) and 160 bags of cat food. Prices as ordered. Confirmed.",
        [make_po(lines=PETFOOD)],
    )
    assert res.kind == "needs_review"
    assert any("350" in r for r in res.review_reasons), res.review_reasons
