"""A refusal of the whole order in words the decline table had not held: Norwegian "avvise"
(turn down), Swedish "kan därför inte leverera", English "can't fill your order". Every line
is rejected: a refusal is an answer. Every phrasing is written for these tests."""

from __future__ import annotations

from tests.test_extract import lines_of, make_po, read

KNIVES = [
    ("KN-20", "Chef's knife 20 cm, POM handle", 60, "EA", "18.40", "2026-12-11"),
    ("KN-12", "Paring knife 12 cm, POM handle", 120, "EA", "6.90", "2026-12-11"),
]


def _all_rejected(res) -> bool:
    return res.kind == "confirmation" and all(
        ln.status == "rejected" for ln in lines_of(res).values()
    )


def test_a_norwegian_refusal_of_the_whole_order() -> None:
    res = read(
        "Hei, vi må dessverre avvise bestillingen: knivproduksjonen er lagt ned fra 1. desember.",
        [make_po(locale="nb-NO", lines=KNIVES)],
    )
    assert _all_rejected(res), (res.kind, res.review_reasons)


def test_a_swedish_refusal_with_a_word_between_can_and_not() -> None:
    res = read(
        "Hej! Fabriken har stängt, och vi kan därför inte leverera er order 4500012345.",
        [make_po(locale="sv-SE", lines=KNIVES)],
    )
    assert _all_rejected(res), (res.kind, res.review_reasons)


def test_an_english_order_that_cannot_be_filled() -> None:
    res = read(
        "Hi Dana, sorry, we can't fill your order 4500012345 - we sold the cutlery line in "
        "October.",
        [make_po(lines=KNIVES)],
    )
    assert _all_rejected(res), (res.kind, res.review_reasons)
