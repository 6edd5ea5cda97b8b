"""The lexicon's patterns are an alternation of every language's fragments, rewritten so
that re tries a position only against the fragments that can start there. The rewrite
must match exactly what the plain alternation matches: same spans, same fragment chosen."""

from __future__ import annotations

import random
import re

import pytest

from agent.reading import lexicon as L


def _plain(table: str) -> re.Pattern[str]:
    worded, bare = [], []
    for tables in L.languages().values():
        (worded if tables["_boundaries"] == ["yes"] else bare).extend(tables[table])
    alts = []
    if worded:
        words = sorted(set(worded), key=len, reverse=True)
        alts.append(r"(?<![\w'])(?:" + "|".join(words) + r")(?![\w])")
    if bare:
        alts.append("(?:" + "|".join(sorted(set(bare), key=len, reverse=True)) + ")")
    return re.compile("|".join(alts), re.IGNORECASE)


# Characters that fold to another under IGNORECASE besides its upper case: the Kelvin
# sign (k), the long s, the dotless and dotted i, the Angstrom sign, the final sigma.
_ODD = ["\u212a", "\u017f", "\u0131", "\u0130", "\u212b", "ς", "σ", "ẞ", "ß", "'", "-", "\n"]


def _samples(table: str, rnd: random.Random) -> list[str]:
    """Texts built from the table's own words (literal parts of its fragments), in mixed
    case, with odd case folds and punctuation sprinkled in."""
    words = [
        w
        for tables in L.languages().values()
        for fragment in tables[table]
        for w in re.split(r"[^\w' ]+", fragment)
        if w.strip()
    ]
    out = []
    for _ in range(60):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 5)))
        out.append(
            "".join(
                rnd.choice(_ODD) if rnd.random() < 0.04 else c.upper() if rnd.random() < 0.3 else c
                for c in text
            )
        )
    return out


@pytest.mark.parametrize("table", L.TABLES)
def test_the_rewritten_pattern_matches_as_the_plain_alternation(table: str) -> None:
    rnd = random.Random(table)
    plain, fast = _plain(table), L.pattern(table)
    for text in _samples(table, rnd):
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text
        assert fast.sub("#", text) == plain.sub("#", text)


def test_a_kelvin_sign_still_matches_a_k() -> None:
    # "\u212a" folds to "k" under IGNORECASE though it is not "K"
    pat = re.compile(L._by_first_char(["kw", "kg"]), re.IGNORECASE)
    assert pat.fullmatch("\u212aW") and pat.fullmatch("kG") and not pat.fullmatch("xw")


def test_fragments_are_tried_in_their_order() -> None:
    # at one position the first fragment that matches wins, as in a plain alternation
    pat = re.compile(L._by_first_char(["ab", "abc", "[aä]bcd"]), re.IGNORECASE)
    assert pat.match("abcd").group(0) == "ab"
    pat = re.compile(L._by_first_char(["[aä]bcd", "(?:x )?abc", "ab"]), re.IGNORECASE)
    assert pat.match("Abcd").group(0) == "Abcd"
    assert pat.match("x abc").group(0) == "x abc"
    assert pat.match("äbc") is None


def test_first_characters_are_read_only_where_plain() -> None:
    assert L._first_chars("effective") == {"e"}
    assert L._first_chars("[îi]n stoc") == {"î", "i"}
    assert L._first_chars("(?:o )?nou[ăa]") == {"o", "n"}
    assert L._first_chars("(?#drum)fust[io]|secchi") == {"f", "s"}
    assert L._first_chars(r"\+ ?VAT") == {"+"}
    assert L._first_chars(r"\w*zuschlag") is None
    assert L._first_chars("(?:a|)b") is None  # the group may read nothing
    assert L._first_chars("e?ffective") is None
