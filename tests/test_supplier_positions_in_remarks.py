"""A remark under an acknowledgment's rows that names the supplier's own position ("Pos. 20:
nur 4 Beutel lieferbar") is about the line that position's row was read as (our line 2), not
about the row printed last. The phrasing is written for this test."""

from __future__ import annotations

from tests.mailkit.pdf import text_pdf
from tests.test_extract import lines_of, make_po, read

LAB = [
    ("ALP-PIP-1000", "Pipettenspitzen 1000 µl", 25, "PK", "64.50", "2027-04-06"),
    ("ALP-CRYO-2", "Kryoröhrchen 2 ml steril", 6, "BG", "118.00", "2027-04-06"),
    ("ALP-NITR-L", "Nitrilhandschuhe Gr. L", 50, "BX", "9.80", "2027-04-06"),
]


def test_a_remark_on_the_suppliers_position_is_about_that_rows_line() -> None:
    pdf = text_pdf(
        [
            [
                "Auftragsbestaetigung 7100284499",
                "Pos. Material Bezeichnung Menge Preis CHF Liefertermin",
                "10 ALP-PIP-1000 Pipettenspitzen 1000 ul 25 PAK 64.50 06.04.2027",
                "20 ALP-CRYO-2 Kryoroehrchen 2 ml steril 4 BTL 118.00 06.04.2027",
                "30 ALP-NITR-L Nitrilhandschuhe Gr. L 50 BOX 9.80 06.04.2027",
                "Pos. 20: nur 4 Beutel lieferbar, Rest entfaellt.",
                "Es gelten unsere AGB.",
            ]
        ]
    )
    res = read(
        "Sehr geehrte Damen und Herren\n\nIm Anhang die Auftragsbestaetigung zu Ihrer "
        "Bestellung 4500012345.",
        [make_po(locale="de-CH", currency="CHF", lines=LAB)],
        quote=False,
        attachments=(("AB_7100284499.pdf", "application/pdf", pdf),),
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].quantity == 4 and got[3].quantity == 50 and got[3].status == "accepted"
