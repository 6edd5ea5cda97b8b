""" "I'll confirm the date as soon as I have it" puts the line's answer off: in any language the
line waits, it is not confirmed at the PO's date. Said in an answer typed under our quoted
row, it holds that row only. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_extract import lines_of, make_po, read


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Bonjour Dana,\n\nCommande 4500012345 : lignes 1 et 3 OK.\nLa ligne 2 doit être "
            "commandée chez notre fondeur, je vous confirme la date dès que je l'ai.\n\nCordialement",
            "fr-FR",
        ),
        (
            "Buongiorno Dana,\n\nordine 4500012345: righe 1 e 3 OK.\nLa riga 2 la dobbiamo "
            "ordinare alla fonderia, vi confermo la data appena la ricevo.\n\nSaluti",
            "it-IT",
        ),
        (
            "Hola Dana,\n\npedido 4500012345: líneas 1 y 3 OK.\nLa línea 2 la tenemos que pedir "
            "a la fundición, te confirmo la fecha en cuanto me la den.\n\nSaludos",
            "es-ES",
        ),
        (
            "Hallo Dana,\n\norder 4500012345: regels 1 en 3 OK.\nRegel 2 moeten we bij de gieterij "
            "bestellen, ik bevestig de datum zodra ik die heb.\n\nGroet",
            "nl-NL",
        ),
    ],
)
def test_a_date_confirmed_when_known_leaves_the_line_open(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].status == "unconfirmed"
    assert got[1].status == got[3].status == "accepted"


def test_a_hold_typed_under_one_quoted_row_holds_that_row_only() -> None:
    body = (
        "Hola Dana,\n\nte contesto entre líneas.\n\n"
        "El lun, 2 nov 2026 a las 9:00, Dana Ruiz <dana.ruiz@buyer.example> escribió:\n"
        "> Please acknowledge our purchase order 4500012345.\n>\n"
        "> 1\tCAST-7781\tGearbox housing, ductile iron\t40\tEA\t312.50\t15 Dec 2026\n\n"
        "OK.\n\n"
        "> 2\tCAST-7782\tGearbox cover, ductile iron\t100\tEA\t12.10\t15 Dec 2026\n\n"
        "Este lo pedimos a la fundición. Te confirmo la fecha en cuanto me la den.\n\n"
        "> 3\tCAST-7790\tMounting foot, grey iron\t60\tEA\t8.40\t15 Dec 2026\n\n"
        "OK.\n"
    )
    res = read(body, [make_po(locale="es-ES")], quote=False)
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "unconfirmed", "accepted"]


def test_confirming_the_order_as_follows_is_no_promise() -> None:
    """Romanian "după cum urmează" (as follows) holds "cum" (as, how): no hold."""
    body = (
        "Bună ziua,\n\nConfirmăm comanda 4500012345 după cum urmează:\n"
        "- poz. 1: 40 buc, livrare 15.12.2026\n- poz. 2: 100 buc, livrare 15.12.2026\n"
        "- poz. 3: 60 buc, livrare 15.12.2026\n\nCu stimă"
    )
    res = read(body, [make_po(locale="ro-RO")])
    assert res.kind == "confirmation", res.review_reasons


@pytest.mark.parametrize(
    "said",
    ["salen el martes 8/12 y os llegan el miércoles 9/12", "se envía el 8/12 y llega el 9/12"],
)
def test_spanish_leaving_and_arriving_days_are_ship_and_delivery(said: str) -> None:
    body = f"Hola Dana,\n\npedido 4500012345 confirmado, {said}.\n\nSaludos"
    res = read(body, [make_po(locale="es-ES")])
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 9)}


def test_confirming_all_but_one_line_is_no_promise() -> None:
    """German "bestätigen … bis auf Pos. 2" (all but line 2) puts nothing off."""
    body = (
        "Hallo Dana,\n\nwir bestätigen Ihre Bestellung 4500012345 bis auf Pos. 2, die wir nicht "
        "liefern können. Lieferung 15.12.2026.\n\nGruß"
    )
    res = read(body, [make_po(locale="de-DE")])
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].status == "rejected"
