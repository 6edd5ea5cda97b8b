"""The claim vocabulary, as data: one TOML file per language under ``lang/``.

Each file fills one table per claim act (``commit``, ``decline``, ``promise_later`` ...)
with regular-expression fragments. They are compiled once into one pattern per act over
every language: a supplier's locale says little about the language of one mail, and a
word of one language is rarely a false friend in a clause of another. Adding a language
is adding a file.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).with_name("lang")

# Every act a clause can have, in the order a clause is classified: the first that
# matches is its act (a question or a promise wins over the "confirm" it contains).
ACTS = (
    "question",
    "promise_later",
    "receipt",
    "decline",
    "commit",
    "change",
    "other_object",
)
# Checks: words that void a commitment in the same sentence, or say its values live
# somewhere else; plus the helper tables the invariants read.
CHECKS = ("condition", "hedge", "reference_elsewhere")
HELPERS = (
    "assent",
    "courtesy",
    "effective",
    "split",
    "immediate",
    "future",
    "price_per",
    "price_qualifier",
    "price_unit_column",
    "count_units",
    "count_hundred",
    "count_thousand",
    "count_dozen",
    "surcharge",
    "applies_to_order",
    "later_orders",
    "approximate_share",
    "unchanged",
    "confirm_later",
    "pack_units",
    "pack_of",
    "share_of",
)
# What a date is: the goods leave (ship), reach us (delivery), a closure notice, or a date
# relative to the mail's week or to the line's requested date.
DATE_TABLES = (
    "ship_date",
    "delivery_date",
    "closure",
    "next_week",
    "later_than_requested",
    "earlier_than_requested",
    "date_moved_to",
    "week_commencing",
    "date_label",
)
TABLES = (*ACTS, *CHECKS, *HELPERS, *DATE_TABLES)


class LexiconError(ValueError):
    """A language file that is not a valid lexicon (named in the message)."""


@cache
def languages() -> dict[str, dict[str, list[str]]]:
    """language code -> table -> patterns, as written in the files."""
    out: dict[str, dict[str, list[str]]] = {}
    for path in sorted(LANG_DIR.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise LexiconError(f"{path.name}: {exc}") from exc
        tables: dict[str, list[str]] = {}
        for name in TABLES:
            table = data.get(name)
            if not isinstance(table, dict) or not isinstance(table.get("patterns"), list):
                raise LexiconError(f"{path.name}: table [{name}] with a 'patterns' list is missing")
            tables[name] = [str(p) for p in table["patterns"]]
        unknown = {k for k, v in data.items() if isinstance(v, dict)} - set(TABLES)
        if unknown:
            raise LexiconError(f"{path.name}: unknown table(s) {sorted(unknown)}")
        tables["_boundaries"] = ["yes" if data.get("word_boundaries", True) else "no"]
        out[path.stem] = tables
    return out


@cache
def pattern(act: str) -> re.Pattern[str]:
    """One compiled pattern for ``act`` over every language."""
    if act not in TABLES:
        raise KeyError(f"no lexicon table {act!r}; known: {', '.join(TABLES)}")
    worded: list[str] = []
    bare: list[str] = []
    for tables in languages().values():
        (worded if tables["_boundaries"] == ["yes"] else bare).extend(tables[act])
    alts = []
    if worded:
        # longest first, so "confirmed as per po" wins over "confirm"
        words = sorted(set(worded), key=len, reverse=True)
        alts.append(r"(?<![\w'])" + _by_first_char(words) + r"(?![\w])")
    if bare:
        alts.append(_by_first_char(sorted(set(bare), key=len, reverse=True)))
    return re.compile("|".join(alts), re.IGNORECASE)


def search(act: str, text: str) -> re.Match[str] | None:
    return _search_cached(act, text)


# Per message (cleared with the other text caches): the checks ask a clause for the
# same act again and again.
@lru_cache(maxsize=8192)
def _search_cached(act: str, text: str) -> re.Match[str] | None:
    return pattern(act).search(text)


def _by_first_char(fragments: list[str]) -> str:
    """``(?:f1|f2|...)`` under IGNORECASE, rewritten to match exactly the same (same match,
    same span, fragments tried in the same order) but faster.

    re tries a plain alternation of 200 fragments one by one at every position. Here the
    fragments are grouped by the character they start with, each group behind a
    case-sensitive class re skips in one test ("[^...](?<=e)(?:ffective|xpedited)":
    the class takes every character that may fold to "e", the lookbehind keeps those
    that do). A fragment that can start with several characters is in each
    of their groups, in its place; one whose start is not plain to see is in every group
    and in a last branch of its own.
    """
    if any(_CAPTURING.search(f) for f in fragments):
        return "(?:" + "|".join(fragments) + ")"  # copies of a group would renumber them
    firsts = [_first_chars(f) for f in fragments]
    key_of = {ch: _fold_key(ch) for chars in firsts for ch in sorted(chars or ())}
    keys = list(dict.fromkeys(key_of.values()))
    branches = []
    for k in keys:
        group = [
            f
            for f, chars in zip(fragments, firsts, strict=True)
            if chars is None or any(key_of[c] == k for c in chars)
        ]
        tokens = [_first_token(f) for f in group]
        if all(tokens):
            # a plain class of what may fold to k, then k itself: the first character read,
            # the rest of each fragment follows
            rests = "|".join(t[1] for t in tokens)  # type: ignore[index]
            branches.append(f"(?-i:{_may_fold_to(k)})(?<={re.escape(k)})(?:{rests})")
        else:
            branches.append(f"(?={re.escape(k)})(?:{'|'.join(group)})")
    anywhere = [f for f, chars in zip(fragments, firsts, strict=True) if chars is None]
    if anywhere or not keys:
        branches.append("(?:" + "|".join(anywhere) + ")")
    return "(?:" + "|".join(branches) + ")"


_ASCII = "".join(map(chr, range(128)))


@cache
def _may_fold_to(ch: str) -> str:
    """A class (pattern text) taking every character that matches ``ch`` under IGNORECASE:
    all but the ASCII characters that do not ("[^\\x00-DF-df-\\x7f]" for "e")."""
    folds = re.compile(re.escape(ch), re.IGNORECASE)
    ranges, start = [], None
    for code in range(129):
        if code < 128 and not folds.fullmatch(chr(code)):
            start = code if start is None else start
        elif start is not None:
            ranges.append(f"\\x{start:02x}-\\x{code - 1:02x}")
            start = None
    return "[^" + "".join(ranges) + "]"


@cache
def _fold_key(ch: str) -> str:
    """One character for all the characters that match each other under IGNORECASE."""
    for key, folds in _FOLD_KEYS:
        if folds.fullmatch(ch):
            return key
    _FOLD_KEYS.append((ch, re.compile(re.escape(ch), re.IGNORECASE)))
    return ch


_FOLD_KEYS: list[tuple[str, re.Pattern[str]]] = []


# A group that is not plainly non-capturing or a lookaround (read widely: "\\(" too)
_CAPTURING = re.compile(r"\((?!\?:|\?=|\?!|\?<=|\?<!|\?#)")
_SPECIAL = set(".^$*+?{}[]\\|()")
_QUANTIFIERS = ("?", "*", "+", "{")


def _first_token(fragment: str) -> tuple[set[str], str] | None:
    """(the characters, the rest) when ``fragment`` starts with a token that reads exactly
    one character: a plain character, an escaped punctuation mark or a class of plain
    characters ("[îi]"), not quantified, and the fragment has no top-level ``|``."""
    if not fragment or _alternatives(fragment) != [fragment]:
        return None
    if fragment[0] not in _SPECIAL:
        chars, rest = {fragment[0]}, fragment[1:]
    elif fragment[0] == "\\" and len(fragment) > 1 and not fragment[1].isalnum():
        chars, rest = {fragment[1]}, fragment[2:]
    elif fragment[0] == "[":
        end = fragment.find("]", 1)
        inner = fragment[1:end]
        if end < 2 or any(c in "^-\\[" for c in inner):
            return None
        chars, rest = set(inner), fragment[end + 1 :]
    else:
        return None
    return None if rest.startswith(_QUANTIFIERS) else (chars, rest)


def _first_chars(fragment: str) -> set[str] | None:
    """The characters the fragment can start with, or None when that is not plain to see
    (a category, a lookaround, an optional group it may start after ...)."""
    token = _first_token(fragment)
    if token:
        return token[0]
    alts = _alternatives(fragment)
    if not fragment:
        return None
    if len(alts) > 1:
        return _union(_first_chars(a) for a in alts)
    end = _group_end(fragment)
    if end is None:
        return None
    after = fragment[end + 1 :]
    if fragment.startswith("(?#"):
        return _first_chars(after)  # a comment reads nothing
    if not fragment.startswith("(?:"):
        return None
    inner = _first_chars(fragment[3:end])
    if after[:1] in ("?", "*"):
        # an optional group: the fragment may start with what follows it
        return _union((inner, _first_chars(after[1:].removeprefix("?").removeprefix("+"))))
    if after.startswith("+") or not after.startswith(_QUANTIFIERS):
        return inner
    return None


def _union(sets) -> set[str] | None:
    out: set[str] = set()
    for chars in sets:
        if chars is None:
            return None
        out |= chars
    return out


def _group_end(fragment: str) -> int | None:
    """The index of the ``)`` closing the group that opens ``fragment``."""
    depth = 0
    for i, ch in _top_characters(fragment):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return None


def _alternatives(fragment: str) -> list[str]:
    """``fragment`` split at its top-level ``|``."""
    out, depth, start = [], 0, 0
    for i, ch in _top_characters(fragment):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(fragment[start:i])
            start = i + 1
    return [*out, fragment[start:]]


def _top_characters(fragment: str):
    """(index, character) of the pattern's characters outside escapes and classes."""
    i = 0
    while i < len(fragment):
        ch = fragment[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            # a class ends at the first "]" that is not its first member nor escaped
            i += 2 if fragment[i + 1 : i + 2] == "^" else 1
            i += 1 if fragment[i : i + 1] == "]" else 0
            while i < len(fragment) and fragment[i] != "]":
                i += 2 if fragment[i] == "\\" else 1
            i += 1
            continue
        yield i, ch
        i += 1


@cache
def alternation(table: str) -> str:
    """The table's patterns of every language as one non-capturing alternation (longest
    first), without word boundaries: for a caller that embeds them in a larger pattern."""
    if table not in TABLES:
        raise KeyError(f"no lexicon table {table!r}; known: {', '.join(TABLES)}")
    words = sorted(
        {p for tables in languages().values() for p in tables[table]}, key=len, reverse=True
    )
    return "(?:" + "|".join(words) + ")"
