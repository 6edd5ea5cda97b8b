"""A reply in a language no lexicon holds is read by its numbers alone. When a word of that
language says no or regrets (``unread_languages.toml``), or a question mark stands in it,
its lines are not taken as committed, however exactly they restate the order; in a language
that table does not list either, a reply with no word of commitment the reading knows goes to
a person. Every phrasing is written for these tests."""

from __future__ import annotations

import tomllib

from agent.reading import lexicon as L
from tests.test_extract import lines_of, make_po, read

ROWS = (
    "1. CAST-7781 40 pcs 312.50 EUR 15.12.2026\n"
    "2. CAST-7782 100 pcs 12.10 EUR 15.12.2026\n"
    "3. CAST-7790 60 pcs 8.40 EUR 15.12.2026\n"
)


def _committed(res) -> set[int]:
    return {
        ln.line for c in res.confirmations for ln in c.lines if ln.status in ("accepted", "changed")
    }


def test_a_swahili_refusal_over_restated_lines_goes_to_a_person() -> None:
    # "Hatuwezi kukubali agizo hili" (we cannot accept this order): no lexicon reads it
    res = read(
        f"Habari Dana,\n\nAsante kwa PO 4500012345. Hatuwezi kukubali agizo hili:\n{ROWS}\nJuma",
        [make_po(locale="sw-KE")],
    )
    assert res.kind == "needs_review"
    assert not _committed(res)
    assert any("sw-KE" in r and "Hatuwezi" in r for r in res.review_reasons), res.review_reasons


def test_a_question_in_an_unread_language_goes_to_a_person() -> None:
    # Urdu asks with the Arabic question mark: "کیا یہ قیمتیں درست ہیں؟" (are these prices right?)
    res = read(
        f"محترمہ ڈانا،\n\nآرڈر 4500012345:\n{ROWS}\nکیا یہ قیمتیں درست ہیں؟\n\nعلی",
        [make_po(locale="ur-PK")],
    )
    assert res.kind == "needs_review"
    assert not _committed(res)
    assert any("ur-PK" in r and "؟" in r for r in res.review_reasons), res.review_reasons


def test_the_same_rows_with_no_word_of_refusal_are_read() -> None:
    # "Tunathibitisha agizo lako" (we confirm your order): nothing in it says no
    res = read(
        f"Habari Dana,\n\nAsante kwa PO 4500012345. Tunathibitisha agizo lako:\n{ROWS}\nJuma",
        [make_po(locale="sw-KE")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert _committed(res) == {1, 2, 3}


def test_an_english_word_of_commitment_from_the_same_supplier_is_read() -> None:
    res = read("Habari Dana,\n\nConfirmed all as per PO. Asante\n\nJuma", [make_po(locale="sw-KE")])
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.status for ln in lines_of(res).values()} == {"accepted"}


def test_a_language_neither_table_lists_needs_a_known_word_of_commitment() -> None:
    # Hausa: no lexicon, no words of negation listed
    body = f"Sannu Dana,\n\nMun gode da PO 4500012345:\n{ROWS}\nMusa"
    res = read(body, [make_po(locale="ha-NG")])
    assert res.kind == "needs_review"
    assert any("no words for" in r for r in res.review_reasons), res.review_reasons
    res = read(body.replace("Mun gode", "Confirmed, mun gode"), [make_po(locale="ha-NG")])
    assert res.kind == "confirmation", res.review_reasons


def test_a_language_the_lexicon_covers_is_not_held() -> None:
    # Serbian is read with the Croatian words: "potvrđujemo" commits
    assert {"sr", "bs", "no"} <= L.read_languages()
    res = read(
        "Poštovana Dana,\n\npotvrđujemo narudžbu 4500012345 u celosti, isporuka 15.12.2026.\n\n"
        "Srdačan pozdrav",
        [make_po(locale="sr-RS")],
    )
    assert res.kind == "confirmation", res.review_reasons


def test_the_negation_table_lists_only_languages_no_lexicon_reads() -> None:
    table = tomllib.loads(L.UNREAD_FILE.read_text(encoding="utf-8"))["negation"]
    assert table and not set(table) & L.read_languages()
    for lang in table:
        assert L.unread_negation(lang) is not None, lang


def test_a_language_code_is_read_from_any_locale_form() -> None:
    assert L.language_of("pt_BR") == "pt"
    assert L.language_of("sr-Latn-RS") == "sr"
    assert L.language_of("HI") == "hi"
