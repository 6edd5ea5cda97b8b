"""What the first score of held-out batch AL taught, as general rules. Every phrasing here is
written for these tests, in other words than the batch's cases."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read

LIFT = [
    ("LD-ROL-52", "Landing door roller dia 52 mm", 80, "EA", "6.40", "2026-12-02"),
    ("LD-BRK-2000", "Brake module VF 2000 (legacy)", 4, "EA", "215.00", "2026-12-02"),
    ("LD-BTN-30", "Car panel button 30 mm, illuminated", 60, "EA", "11.70", "2026-12-02"),
]


def test_slovenian_poz_1_in_3_names_both_lines() -> None:
    # batch AL 051: "poz. 1 in 3 po naročilu" left line 3 unconfirmed
    res = read(
        "Pozdravljeni, potrjujemo naročilo:\n"
        "- poz. 2 in 3 po naročilu, dobava 2. 12. 2026,\n"
        "- poz. 1 žal ni več v proizvodnji.",
        [make_po(locale="sl-SI", lines=LIFT)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[2].status, got[3].status) == ("accepted", "accepted")
    assert got[3].date == date(2026, 12, 2)


SALT = [
    ("RS-BB", "Road salt, big bag 1000 kg", 25000, "KG", "0.110", "2027-01-15"),
    ("GS-BB", "Grit sand 0-4, big bag 1000 kg", 10000, "KG", "0.045", "2027-01-15"),
]


def test_a_count_in_tonnes_no_line_carries_goes_to_a_person() -> None:
    # batch AL 060: "we've had to round the urea: 34 bags = 20.4 t" was accepted at the PO's
    # 20,000 kg, the sentence given no line by the reading
    res = read(
        "Happy to confirm the order, delivery 15/01/2027 as requested, prices as per PO.\n"
        "Everything goes in full big bags, so we had to round the salt: 26 bags = 26 t.",
        [make_po(lines=SALT)],
    )
    assert res.kind == "needs_review"
    assert any("'26000'" in r for r in res.review_reasons)


JARS = [
    ("JAR-50", "Jar 50 ml acrylic, silver cap", 2000, "EA", "0.71", "2026-12-10"),
    ("BOX-50", "Folding box for 50 ml jar, box of 250", 2000, "EA", "0.08", "2026-12-10"),
]


def test_a_minimum_order_count_no_line_carries_goes_to_a_person() -> None:
    # batch AL 063: "el pedido mínimo es de 5.000 uds., así que te servimos 5.000" was
    # accepted at 3.000: "es de" was read as a pack's "of"
    res = read(
        "Te confirmo el pedido: en los botes de 50 ml el pedido mínimo es de 4.000 uds., así "
        "que servimos 4.000 a 0,71 €/ud. Las cajas, 2.000 uds. según pedido. Entrega 10/12.",
        [make_po(locale="es-ES", lines=JARS)],
    )
    assert res.kind == "needs_review"


def test_the_orders_own_day_is_no_date_for_every_line() -> None:
    # batch AL 073: "Ihre Bestellung … vom 10.11.2026 mit Liefertermin KW 51 für alle
    # Positionen" was taken to give every line the order's own day
    res = read(
        "Guten Tag, wir bestätigen Ihre Bestellung 4500012345 vom 02.11.2026 mit Liefertermin "
        "KW 51 für alle Positionen. Mengen und Preise wie bestellt.",
        [make_po(locale="de-DE")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 18)}
