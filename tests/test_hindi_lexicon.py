"""Hindi is a lexicon language: a Hindi confirmation in Devanagari is read with its dates and
prices, a refusal or a promise written in Hindi confirms nothing, and a total "GST अतिरिक्त"
(GST extra) is no price with tax. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.reading import lexicon as L
from tests.test_extract import lines_of, make_po, read

LAMPS = [
    ("MHL-LED-4.5", "Cap lamp LED, 4.5 Ah", 150, "EA", "2850.00", "2026-12-11"),
    ("MHL-CHG-10", "Gang charger 10-way", 10, "EA", "18500.00", "2026-12-11"),
    ("MHL-CBL-1.2", "Lamp cable 1.2 m, spiral", 150, "EA", "420.00", "2026-12-11"),
]
LISTED = (
    "1. MHL-LED-4.5 150 नग 2850.00 INR 11.12.2026\n"
    "2. MHL-CHG-10 10 नग 18500.00 INR 11.12.2026\n"
    "3. MHL-CBL-1.2 150 नग 420.00 INR 11.12.2026\n"
)


def _po() -> dict:
    return make_po(locale="hi-IN", currency="INR", lines=LAMPS)


def test_hindi_fills_every_table() -> None:
    tables = L.languages()["hi"]
    assert all(tables[t] for t in L.TABLES)


def test_a_hindi_confirmation_as_follows_is_read_line_by_line() -> None:
    res = read(
        "नमस्ते प्रिया जी,\n\nआपके PO 4500012345 के लिए धन्यवाद। हम निम्नानुसार पुष्टि करते हैं:\n"
        "1. LED कैप लैंप - 150 नग @ ₹2,850.00 = ₹4,27,500.00, डिलीवरी 11/12/2026\n"
        "2. चार्जर - 10 नग @ ₹19,200.00 = ₹1,92,000.00, डिलीवरी 18/12/2026 (नई दर)\n"
        "3. केबल - 150 नग @ ₹420.00 = ₹63,000.00, डिलीवरी 11/12/2026\n\n"
        "कुल: ₹6,82,500.00 (GST अतिरिक्त)\n\nसादर,\nराजेश",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "changed", "accepted"]
    assert (got[2].unit_price, got[2].date) == (Decimal("19200.00"), date(2026, 12, 18))


def test_a_whole_order_confirmed_with_one_line_dated_after_the_danda() -> None:
    # the danda "।" ends the first sentence: the order is confirmed, line 2 is dated later
    res = read(
        "नमस्ते प्रिया जी,\n\nPO 4500012345 कन्फर्म है। लाइन 2 की डिलीवरी 18 दिसंबर होगी।\n\nधन्यवाद",
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "changed", "accepted"]
    assert got[2].date == date(2026, 12, 18)


def test_a_hindi_refusal_over_the_restated_lines_confirms_nothing() -> None:
    # "we cannot accept this order:" over a list restating every line's values
    res = read(
        "नमस्ते प्रिया जी,\n\nआपके PO 4500012345 के लिए धन्यवाद। हम यह ऑर्डर स्वीकार नहीं "
        f"कर सकते:\n{LISTED}\nधन्यवाद",
        [_po()],
    )
    assert not any(
        ln.status in ("accepted", "changed") for c in res.confirmations for ln in c.lines
    ), res


def test_lines_marked_unavailable_in_hindi_are_not_accepted() -> None:
    body = LISTED.replace(" 11.12.2026\n", " 11.12.2026 - उपलब्ध नहीं\n")
    res = read(f"नमस्ते प्रिया जी,\n\nPO 4500012345:\n{body}\nधन्यवाद", [_po()])
    assert not any(ln.status == "accepted" for c in res.confirmations for ln in c.lines), res


def test_a_hindi_promise_to_confirm_by_monday_holds_the_order() -> None:
    res = read(
        f"नमस्ते प्रिया जी,\n\nPO 4500012345 के लिए धन्यवाद। हम सोमवार तक कन्फर्म करेंगे।\n{LISTED}\nधन्यवाद",
        [_po()],
    )
    assert res.kind != "confirmation"
    assert not res.confirmations


def test_a_vowel_sign_keeps_a_word_whole() -> None:
    # "मात्र" (only) is no word of "मात्रा" (quantity), whose last letter is a vowel sign
    assert L.pattern("only").search("मात्र 80 नग")
    assert not L.pattern("only").search("मात्रा 80 नग")


def test_the_nukta_dot_is_optional() -> None:
    assert L.pattern("next_week").search("अगले हफ़्ते")
    assert L.pattern("next_week").search("अगले हफ्ते")
    assert L.pattern("freight").search("भाड़ा ₹500") and L.pattern("freight").search("भाडा ₹500")
