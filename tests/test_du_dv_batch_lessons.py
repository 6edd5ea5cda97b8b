"""Lessons of held-out batches DU and DV: each test is a general capability one of their wrong
answers showed missing, written in its own words (not the batch's text)."""

from __future__ import annotations

from tests.test_extract import lines_of, make_po, read

_TWO = [
    ("HM-13-BR", "Hose mender 1/2 inch, brass", 400, "EA", "0.95", "2026-12-14"),
    ("HM-19-BR", "Hose mender 3/4 inch, brass", 250, "EA", "1.30", "2026-12-14"),
]


# DU 014 (false confirmation): "En cuanto me confirmes te mando la confirmación de todo el
# pedido con fechas" (once you confirm, I'll send you the confirmation of the whole order with
# dates): the confirmation to follow was no promise, and a line was accepted.
def test_ill_send_you_the_confirmation_once_you_answer_confirms_nothing_yet() -> None:
    res = read(
        "Hola Dana,\n\nDel HM-13-BR ya no manejamos la marca; te podemos ofrecer un equivalente "
        "a EUR 1,05 c/u.\n¿Te sirve? En cuanto me confirmes te mando la confirmación de todo el "
        "pedido con fechas.\n",
        [make_po(locale="es-MX", lines=_TWO)],
    )
    assert not any(
        ln.status in ("accepted", "changed") for c in res.confirmations for ln in c.lines
    ), res.review_reasons


# DV 021 (wrong): Romanian "în baxuri de câte 5 cutii, deci 50 cutii" (in bundles of 5 boxes
# each, so 50 boxes): the pack's size was read as the line's quantity.
def test_a_romanian_pack_of_so_many_each_is_no_count() -> None:
    lines = [
        (
            "RV-48-16",
            "Blind rivet steel 4.8 x 16 mm (box of 1000)",
            48,
            "BOX",
            "14.20",
            "2026-12-15",
        ),
        ("RV-TOOL", "Heavy-duty hand riveter", 6, "EA", "36.00", "2026-12-15"),
    ]
    res = read(
        "Bună ziua,\n\nVă confirmăm comanda nr. 4500012345 după cum urmează:\n\n"
        "- RV-48-16: livrate numai în baxuri de câte 5 cutii, deci 50 cutii x 14,20 EUR/cutie, "
        "livrare 15.12.2026\n- RV-TOOL: 6 buc. x 36,00 EUR, livrare 15.12.2026\n",
        [make_po(locale="ro-RO", lines=lines)],
    )
    assert lines_of(res)[1].quantity == 50, res.review_reasons
