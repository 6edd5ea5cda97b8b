"""What the first scores of held-out batches AY and AZ taught, as general rules. Every
phrasing here is written for these tests, in other words than the batches' cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.reading.pipeline import read_message
from agent.reading.pos_json import load_pos
from tests.test_extract import lines_of, make_mail, make_po, read


def test_hebrew_and_joined_to_a_line_number() -> None:
    # batch AY 010: "שורות 1 ו-2 … מאושרות": line 2 was left unconfirmed
    res = read(
        "שלום Dana,\n\nשורות 2 ו-3 מאושרות כפי שהוזמנו, אספקה ב-15.12.26.\n"
        "שורה 1: 40 יח' במחיר 330.00 אירו ליחידה, אספקה ב-15.12.26.\n\nבברכה",
        [make_po(locale="he-IL")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].status == got[3].status == "accepted"
    assert got[1].unit_price == Decimal("330.00")


def test_an_assent_word_run_on_into_a_negation_accepts_nothing() -> None:
    # batch AY 013: Catalan "ja no les fabriquem" (no longer made) read as German "ja" (yes)
    res = read(
        "Bon dia Dana,\n\nEt confirmo la comanda 4500012345:\n"
        "- CAST-7781: 40 unitats a 312,50 €, lliurament el 15/12/2026.\n"
        "- CAST-7782: 100 unitats a 12,10 €, lliurament el 15/12/2026.\n"
        "- CAST-7790: ja no el tenim al catàleg.\n\nSalutacions",
        [make_po(locale="ca-ES")],
    )
    assert not any(
        ln.line == 3 and ln.status == "accepted" for c in res.confirmations for ln in c.lines
    )


def test_an_acknowledgment_row_with_ordered_confirmed_and_open_counts() -> None:
    # batch AZ 041: "Ordered Confirmed B/O UOM": the back-ordered count before the unit was read
    # as the quantity
    res = read(
        "Dear Dana,\n\nour order acknowledgement for your PO 4500012345:\n\n"
        "Pos Item Description Qty ordered Qty confirmed Open Unit Price Delivery\n"
        "1 CAST-7781 Gearbox housing 40 40 0 EA 312.50 15.12.2026\n"
        "2 CAST-7782 Gearbox cover 100 80 20 EA 12.10 15.12.2026\n"
        "3 CAST-7790 Mounting foot 60 60 0 EA 8.40 15.12.2026\n\nRegards",
        [make_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].quantity for n in (1, 2, 3)] == [40, 80, 60]
    assert got[2].status == "changed" and got[1].status == got[3].status == "accepted"


def test_a_share_granted_on_the_price_is_no_payment_term() -> None:
    # batch AZ 068: Quebec "escompte de 2 % accordé sur le prix de votre commande": the PO's
    # price kept
    raw = make_mail(
        "Bonjour Dana,\n\nVoici notre confirmation de la commande 4500012345 : toutes les lignes "
        "en quantité demandée, livraison le 2026-12-15, avec un escompte de 3 % sur les prix "
        "de votre commande.\n\nAu plaisir",
    )
    res = read_message(raw, load_pos([make_po(locale="fr-CA")]))
    accepted_at_po = [
        ln
        for c in res.confirmations
        for ln in c.lines
        if ln.status == "accepted" and ln.date == date(2026, 12, 15)
    ]
    assert accepted_at_po == [], "a price 3 % lower was read as the PO's price"
    assert res.kind == "needs_review"
    assert any("3 %" in r for r in res.review_reasons)
