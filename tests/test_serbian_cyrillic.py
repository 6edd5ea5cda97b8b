"""Serbian is written in Latin and in Cyrillic script with the same words: the Croatian
lexicon (which carries the Serbian Latin forms) is read in Cyrillic too, transliterated
pattern by pattern with its regular-expression syntax kept. Held-out BE 044 (an offer of two
alternatives "… јавите која варијанта Вам одговара, па ћемо одмах послати потврду", a false
confirmation on first sight) goes to a person; a Cyrillic refusal and a Cyrillic
confirmation are read as such."""

from __future__ import annotations

from agent.reading import lexicon as L
from agent.reading.lexicon import _to_cyrillic
from tests.test_extract import lines_of, make_po, read

HOOKS = [
    ("SR-HK-38", "Slate roof hook 38 mm, stainless", 2000, "EA", "0.42", "2026-12-11"),
    ("SR-HK-45", "Slate roof hook 45 mm, stainless", 1500, "EA", "0.46", "2026-12-11"),
]


def test_patterns_are_transliterated_with_their_syntax_kept() -> None:
    assert _to_cyrillic("potvrđujemo") == "потврђујемо"
    assert _to_cyrillic("ne možemo (?:je |ga )?isporučiti") == "не можемо (?:је |га )?испоручити"
    assert _to_cyrillic("(?#after)zbog nedostatka\\w*") == "(?#after)због недостатка\\w*"
    assert _to_cyrillic("porudžbina, ljubazno, konj") == "поруџбина, љубазно, коњ"
    assert L.search("commit", "Потврђујемо Вашу поруџбину")


def test_a_cyrillic_question_about_which_offer_suits_us_confirms_nothing() -> None:
    res = read(
        "Поштовани,\n\nкуке од 38 мм тренутно немамо. Можемо да понудимо куке од 40 мм по истој "
        "цени, испорука 11.12.2026. Молимо Вас да нам јавите да ли Вам то одговара, па ћемо "
        "Вам послати потврду.\n\nПоздрав,\nМилан",
        [make_po(locale="sr-RS", lines=HOOKS)],
    )
    assert res.kind == "needs_review"


def test_a_cyrillic_confirmation_with_a_refused_line() -> None:
    res = read(
        "Поштовани,\n\nпотврђујемо поруџбину 4500012345. Позиција 1: 2000 ком, испорука "
        "11.12.2026. Позиција 2: куке од 45 мм више не производимо.\n\nПоздрав,\nМилан",
        [make_po(locale="sr-RS", lines=HOOKS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    lines = lines_of(res)
    assert lines[1].status == "accepted" and lines[2].status == "rejected"
