"""French "reviendra", "revient vers vous": a promise to answer later (the lexicon had only
"reviendrai", "reviendrons" and "revenons / reviens vers vous"). A second PO only promised an
answer is left out, not read for a date (batch AZ 021: "notre atelier revient vers vous en
début de semaine prochaine" sent the whole reply to a person for 'semaine prochaine')."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read


def test_a_po_only_promised_an_answer_is_left_out() -> None:
    res = read(
        "Bonjour Dana,\n\nCommande 4500012345 : confirmée en quantités et prix, livraison le "
        "15/12/2026 pour toutes les lignes.\n\nPour la commande 4500012399, notre usine reviendra "
        "vers vous en fin de semaine prochaine.\n\nCordialement",
        [make_po(locale="fr-FR"), make_po("4500012399", locale="fr-FR", request_id=None)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert [c.po_number for c in res.confirmations] == ["4500012345"]
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}
