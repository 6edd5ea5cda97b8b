"""The words for an order are one lexicon table, [order_noun], filled by every language (and
by ``unread_languages.toml`` for languages no lexicon holds). The order-number finder and the
"as per the order" check both read it, so a language's word is added once."""

from __future__ import annotations

from agent.reading import guards, match
from agent.reading import lexicon as L
from agent.reading.match import find_near_mentions


def test_every_language_names_its_order() -> None:
    for code, tables in L.languages().items():
        assert tables["order_noun"], code


def test_the_order_number_finder_and_the_as_per_order_check_read_the_table() -> None:
    assert not hasattr(match, "_ORDER_KW")
    assert L.order_nouns() in match.loose_order_re().pattern
    assert L.order_nouns() in guards._AS_PER_ORDER
    # the languages no lexicon holds are in it too
    assert "سفارش" in L.order_nouns()


def test_another_orders_number_after_its_word_in_many_languages() -> None:
    for text in (
        "Livrarea pentru comenzii nr. 4500030917 a fost expediată",  # Romanian genitive
        "سفارش 4500030917 ارسال شد",  # Persian, a language no lexicon holds
        "Ваш заказ № 4500030917 отгружен",
        "Tilauksenne 4500030917 on lähetetty",
    ):
        assert find_near_mentions(text, []) == ([], ["4500030917"]), text


def test_a_count_after_the_word_for_order_is_no_order_number() -> None:
    assert find_near_mentions("naročila 10.000 kos", []) == ([], [])


def test_as_per_the_order_in_romanian_vouches_for_the_fields_it_names() -> None:
    assert guards._AS_PER_ORDER_RE.search("prețurile conform comenzii")
    assert guards._AS_PER_ORDER_RE.search("Preise laut Bestellung")
