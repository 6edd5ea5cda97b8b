"""A count of a word the reading does not know as a unit ("wij kunnen 30 exemplaren
leveren") is a person's to read, not the PO's quantity kept; "12.90 each" is a price, not a
count of pieces; an invoice in another language ("Invio fattura n. …") outside the thread is
no answer. Every phrasing is written for these tests."""

from __future__ import annotations

from tests.test_extract import lines_of, make_mail, make_po, read


def test_a_count_of_an_unknown_word_for_one_line_goes_to_a_person() -> None:
    res = read(
        "Hallo Dana,\n\nRegel 1 akkoord. Regel 2: wij kunnen 70 exemplaren leveren op "
        "15/12/2026.\nRegel 3 akkoord.\n\nGroet",
        [make_po(locale="nl-NL")],
    )
    assert res.kind == "needs_review"
    assert any("70 exemplaren" in r for r in res.review_reasons), res.review_reasons


def test_a_count_of_a_known_unit_is_still_read() -> None:
    res = read(
        "Hallo Dana,\n\nRegel 1 akkoord. Regel 2: wij kunnen 70 stuks leveren op 15/12/2026.\n"
        "Regel 3 akkoord.\n\nGroet",
        [make_po(locale="nl-NL")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].quantity == 70


def test_a_price_each_is_no_count_of_pieces() -> None:
    res = read("Hi Dana, the housings are now 318.00 each. Everything else as per PO.")
    got = {ln.line: ln for c in res.confirmations for ln in c.lines}
    assert not (got.get(1) and got[1].quantity == 318), got
    assert res.kind == "needs_review"


def test_an_invoice_in_italian_outside_the_thread_is_no_answer() -> None:
    from agent.reading.pipeline import read_message
    from agent.reading.pos_json import load_pos

    raw = make_mail(
        "Gentile Cliente,\n\nin allegato la fattura n. 2026/0912 relativa al Vostro ordine "
        "4500012345: Gearbox housing 40 pz a 312,50.\n\nCordiali saluti",
        subject="Invio fattura n. 2026/0912",
        in_reply_to=None,
        quote=False,
    )
    res = read_message(raw, load_pos([make_po(locale="it-IT")]))
    assert res.kind == "unrelated", res.review_reasons


def test_a_count_of_something_else_in_a_clause_without_delivery_words_is_no_quantity() -> None:
    res = read(
        "Hi Dana,\n\nPO 4500012345: lines 1 and 3 confirmed as ordered.\nLine 2: the cover "
        "has 4 colours on the artwork, confirmed as ordered too.\n\nRegards"
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].status == "accepted"
