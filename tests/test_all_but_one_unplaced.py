""" "All fine except the pyramids" addresses every other line: when the reading leaves those
lines unconfirmed (their words name no line it can find), a person reads the reply rather
than the lines being reported as not answered. Every phrasing is written for these tests."""

from __future__ import annotations

from tests.test_extract import make_po, read

TOYS = [
    ("XM-NUT-40", "Nutcracker soldier 40 cm", 48, "EA", "34.00", "2026-11-27"),
    ("XM-PYR-3", "Christmas pyramid 3-tier", 24, "EA", "56.00", "2026-11-27"),
    ("XM-TRN-W", "Wooden toy train set", 60, "EA", "18.50", "2026-11-27"),
]


def test_all_but_one_with_the_others_unplaced_goes_to_a_person() -> None:
    res = read(
        "Bonjour Madame,\n\ntout est bon sauf les pyramides : il ne nous en reste que 10. Elles "
        "arrivent avec les casse-noisettes et les petits trains le 25/11 chez vous.\n\n"
        "Cordialement",
        [make_po(locale="fr-FR", lines=TOYS)],
    )
    assert res.kind == "needs_review"
    assert any("left unconfirmed, but the supplier wrote" in r for r in res.review_reasons), (
        res.review_reasons
    )
