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
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

from agent.reading import startup_cache
from agent.reading.startup_cache import compile_re

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
    "only",
    "payment_terms",
    "line_total",
    "rest_of_order",
    "cause",
    "paperwork",
    "agreement",
    "instead_of",
    "date_missed",
    "shelf_life",
    "tax",
    "restock",
    "deposit",
    "line_words",
    "list_follows",
    "companion",
    "size_words",
    "stock",
    "whole_order",
    "discount",
    "gross_price",
    "order_value",
    "freight",
    "production",
    "order_noun",
    "one_delivery",
)
# What a date is: the goods leave (ship), reach us (delivery), a closure notice, or a date
# relative to the mail's week or to the line's requested date.
DATE_TABLES = (
    "ship_date",
    "delivery_date",
    "transit_arrival",
    "closure",
    "next_week",
    "week_part",
    "later_than_requested",
    "earlier_than_requested",
    "date_moved_to",
    "week_commencing",
    "date_label",
    "order_receipt",
    "order_date",
    "terms_document",
)
# The words that name a field of a PO line. Words marked "(?#about)" show a clause is about
# the field without naming it ("we ship", "zu diesen Konditionen"): the guards that ask which
# fields a confirmation speaks of read them, the extraction's field words do not; "(?#sign)"
# marks a currency sign, which says a price to the extraction and not to those guards.
FIELD_TABLES = ("price_words", "quantity_words", "date_words")
TABLES = (*ACTS, *CHECKS, *HELPERS, *DATE_TABLES, *FIELD_TABLES)


class LexiconError(ValueError):
    """A language file that is not a valid lexicon (named in the message)."""


@cache
def languages() -> dict[str, dict[str, list[str]]]:
    """language code -> table -> patterns, as written in the files."""
    paths = sorted(LANG_DIR.glob("*.toml"))
    names = ",".join(p.name for p in paths)
    version = startup_cache.fingerprint(__file__, *paths, extra=names)
    return startup_cache.derived("lexicon", version, lambda: _read_languages(paths))


def language_of(locale: str) -> str:
    """The language code of a locale ("pt_BR", "sr-Latn-RS" -> "pt", "sr")."""
    return locale.replace("_", "-").split("-")[0].lower()


@cache
def read_languages() -> frozenset[str]:
    """The languages whose words the lexicon holds: one per file, and those a file is also
    read for (``covers``: Serbian and Bosnian in the Croatian file)."""
    return frozenset(code for tables in languages().values() for code in tables["_covers"])


UNREAD_FILE = Path(__file__).with_name("unread_languages.toml")


@cache
def _unread_table(table: str = "negation") -> dict[str, list[str]]:
    """One table of ``unread_languages.toml`` ([negation], [order_noun]), read once."""
    try:
        data = tomllib.loads(UNREAD_FILE.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{UNREAD_FILE.name}: {exc}") from exc
    return data.get(table, {})


@cache
def order_nouns() -> str:
    """The words for an order of every lexicon language and of the languages no lexicon holds
    (``unread_languages.toml``), as one alternation, longest first, without boundaries."""
    words = {p for tables in languages().values() for p in tables["order_noun"]}
    words.update(w for ws in _unread_table("order_noun").values() for w in ws)
    return "(?:" + "|".join(sorted(words, key=_longest_first)) + ")"


@cache
def unread_negation(language: str) -> re.Pattern[str] | None:
    """The words of negation and regret of a language no lexicon file holds (from
    ``unread_languages.toml``), as one whole-word pattern; None for a language the table does
    not list."""
    words = _unread_table().get(language)
    if not words:
        return None
    alts = "|".join(sorted(set(words), key=_longest_first))
    return compile_re(rf"(?<![\w'{_INDIC_SIGNS}])(?:{alts})(?![\w{_INDIC_SIGNS}])", re.IGNORECASE)


def _read_languages(paths: list[Path]) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for path in paths:
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
        variants = _variant_pairs(path.name, data.get("traditional", ""))
        if variants:
            tables = {k: [_with_variants(p, variants) for p in v] for k, v in tables.items()}
        if data.get("serbian_cyrillic", False):
            # Serbian is written in both scripts with the same words: each pattern once more
            # in Cyrillic ("potvrđujemo" -> "потврђујемо")
            tables = {
                k: v + [c for p in v if (c := _to_cyrillic(p)) != p] for k, v in tables.items()
            }
        if data.get("nukta_optional", False):
            tables = {k: [_nukta_optional(p) for p in v] for k, v in tables.items()}
        if data.get("word_boundaries", True):
            # written from a phone without diacritics: "zamowienie", "potvrzujeme", "dodame";
            # not a short word, whose plain form is another word ("à" is no "a")
            tables = {
                k: [_with_variants(p, _UNACCENTED) if _long_word(p) else p for p in v]
                for k, v in tables.items()
            }
        tables["_boundaries"] = ["yes" if data.get("word_boundaries", True) else "no"]
        covers = data.get("covers", [])
        if not isinstance(covers, list) or not all(isinstance(c, str) for c in covers):
            raise LexiconError(f"{path.name}: 'covers' must be a list of language codes")
        tables["_covers"] = [path.stem, *covers]
        out[path.stem] = tables
    return out


_CYRILLIC_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ", "Lj": "Љ", "Nj": "Њ", "Dž": "Џ"}
_CYRILLIC = dict(
    zip(
        "abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ",
        "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ",
        strict=True,
    )
)


def _to_cyrillic(pattern: str) -> str:
    """A Serbian pattern in Latin script written in Cyrillic, its regular-expression syntax
    (escapes such as \\w and \\S, group openings such as (?: and (?!) left as it is."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif ch == "(" and pattern.startswith("?", i + 1):
            # "(?:", "(?!", "(?=", "(?<!", "(?<=", "(?i:": the syntax up to its last mark
            # ... a comment or a mark ("(?#after)") and a group's name ("(?P<n>") whole
            m = re.match(r"\(\?(?:[:=!]|<[=!]|[a-zA-Z]+:|#[^)]*\)|P<\w+>)", pattern[i:])
            step = m.end() if m else 2
            out.append(pattern[i : i + step])
            i += step
        elif pattern[i : i + 2] in _CYRILLIC_DIGRAPHS:
            out.append(_CYRILLIC_DIGRAPHS[pattern[i : i + 2]])
            i += 2
        else:
            out.append(_CYRILLIC.get(ch, ch))
            i += 1
    return "".join(out)


# Devanagari letters written with and without the nukta dot ("हफ़्ते", "हफ्ते"); NFC text
# holds the dot as its own mark after the letter (the precomposed forms are excluded from
# composition), so a pattern's letter is followed by an optional dot.
_NUKTA = "\u093c"
_NUKTA_LETTERS = frozenset("कखगजडढफय")
_NUKTA_PRECOMPOSED = {chr(0x0958 + i): base for i, base in enumerate("कखगजडढफय")}


def _nukta_optional(pattern: str) -> str:
    """``pattern`` with the nukta dot optional after each letter that takes one, outside
    character classes ("हफ्ते" matches "हफ़्ते" too)."""
    bare = "".join(_NUKTA_PRECOMPOSED.get(ch, ch) for ch in pattern)
    # (a dot written in the pattern is the letter's own, now optional)
    return _rewrite(
        bare, lambda ch: ch + _NUKTA + "?" if ch in _NUKTA_LETTERS else "" if ch == _NUKTA else ch
    )


def _rewrite(
    pattern: str, outside: Callable[[str], str], inside: Callable[[str], str] = str
) -> str:
    """``pattern`` with each character outside escapes and character classes replaced by
    ``outside(ch)``, and each inside a class by ``inside(ch)``."""
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif in_class:
            out.append(inside(ch))
            in_class = ch != "]"
        elif ch == "[":
            out.append(ch)
            in_class = True
        else:
            out.append(outside(ch))
    return "".join(out)


def _unaccented() -> dict[str, str]:
    """Each accented Latin letter and the plain letter a phone keyboard leaves instead."""
    import unicodedata

    out = {"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ß": "s"}
    for code in range(0xC0, 0x250):
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0]
        if ch.islower() and base != ch and base.isascii() and base.isalpha():
            out[ch] = base
    return out


_UNACCENTED = _unaccented()


def _long_word(pattern: str) -> bool:
    """A pattern with at least five letters in a row somewhere."""
    return re.search(r"[^\W\d_]{5}", pattern) is not None


def _variant_pairs(name: str, pairs: object) -> dict[str, str]:
    """A language file's ``traditional`` string: pairs of a character and its other form."""
    if not isinstance(pairs, str) or len(pairs) % 2:
        raise LexiconError(f"{name}: 'traditional' must be a string of character pairs")
    return {pairs[i]: pairs[i + 1] for i in range(0, len(pairs), 2)}


def _with_variants(pattern: str, variants: dict[str, str]) -> str:
    """``pattern`` matching either form of each character ("订单" -> "[订訂][单單]"); inside
    a character class the other form is added to the class."""
    return _rewrite(
        pattern,
        lambda ch: f"[{ch}{other}]" if (other := variants.get(ch)) else ch,
        lambda ch: ch + variants.get(ch, ""),
    )


def _indic_signs() -> str:
    """The vowel signs and other marks of the Indic scripts (Devanagari to Sinhala), as a
    character class's contents: inside a word, though ``\\w`` does not hold them ("मात्र" is
    no word of "मात्रा", whose last letter is a sign)."""
    import unicodedata

    return "".join(
        ch
        for code in range(0x0900, 0x0E00)
        if unicodedata.category(ch := chr(code)) in ("Mn", "Mc")
    )


_INDIC_SIGNS = _indic_signs()


def _longest_first(word: str) -> tuple[int, str]:
    # ties broken by the text, not by set order, which changes with every process's hash
    # seed: the same pattern every run, and one the start-up cache can find again
    return (-len(word), word)


@cache
def pattern(act: str) -> re.Pattern[str]:
    """One compiled pattern for ``act`` over every language."""
    return _pattern(act, None)


@cache
def pattern_unmarked(table: str, mark: str) -> re.Pattern[str]:
    """Like :func:`pattern`, without the table's words marked ``(?#mark)``."""
    return _pattern(table, f"(?#{mark})")


def _pattern(act: str, skip: str | None) -> re.Pattern[str]:
    if act not in TABLES:
        raise KeyError(f"no lexicon table {act!r}; known: {', '.join(TABLES)}")
    worded: list[str] = []
    bare: list[str] = []
    for tables in languages().values():
        words = [w for w in tables[act] if skip is None or not w.startswith(skip)]
        (worded if tables["_boundaries"] == ["yes"] else bare).extend(words)
    alts = []
    if worded:
        # longest first, so "confirmed as per po" wins over "confirm"
        words = sorted(set(worded), key=_longest_first)
        alts.append(rf"(?<![\w'{_INDIC_SIGNS}])(?:" + "|".join(words) + rf")(?![\w{_INDIC_SIGNS}])")
    if bare:
        alts.append("(?:" + "|".join(sorted(set(bare), key=_longest_first)) + ")")
    return compile_re("|".join(alts), re.IGNORECASE)


def search(act: str, text: str) -> re.Match[str] | None:
    return _search_cached(act, text)


# Per message (cleared with the other text caches): the checks ask a clause for the
# same act again and again.
@lru_cache(maxsize=8192)
def _search_cached(act: str, text: str) -> re.Match[str] | None:
    return pattern(act).search(text)


@cache
def alternation(table: str) -> str:
    """The table's patterns of every language as one non-capturing alternation (longest
    first), without word boundaries: for a caller that embeds them in a larger pattern."""
    if table not in TABLES:
        raise KeyError(f"no lexicon table {table!r}; known: {', '.join(TABLES)}")
    words = sorted(
        {p for tables in languages().values() for p in tables[table]}, key=_longest_first
    )
    return "(?:" + "|".join(words) + ")"


@cache
def before_and_after(table: str) -> tuple[str, str]:
    """The table's words as two alternations (longest first): those that stand before what
    they qualify ("místo 0,452"), and those marked ``(?#after)`` that follow it ("0,452 EUR
    helyett", "来週前半"). A side with no words is ``(?!)``, which matches nothing."""
    before: set[str] = set()
    after: set[str] = set()
    for tables in languages().values():
        for w in tables[table]:
            (after if w.startswith("(?#after)") else before).add(w.removeprefix("(?#after)"))

    def alt(words: set[str]) -> str:
        return "(?:" + "|".join(sorted(words, key=_longest_first)) + ")" if words else "(?!)"

    return alt(before), alt(after)


_MARK = re.compile(r"\(\?#\w+\)")


@cache
def bounded_and_bare(table: str, mark: str = "") -> tuple[str, str]:
    """The table's words marked ``(?#mark)`` (with no mark given, its unmarked words) as two
    alternations, longest first: those of the languages with word boundaries, for a caller
    to guard ("with", "size"), and those of the languages without ("如下", "サイズ"), which
    stand inside a run of letters. A side with no words is ``(?!)``, which matches nothing."""
    if table not in TABLES:
        raise KeyError(f"no lexicon table {table!r}; known: {', '.join(TABLES)}")
    prefix = f"(?#{mark})" if mark else ""
    bounded: set[str] = set()
    bare: set[str] = set()

    def wanted(word: str) -> bool:
        # asked for the unmarked words, a word marked for another use is not the caller's
        return word.startswith(prefix) if mark else _MARK.match(word) is None

    for tables in languages().values():
        side = bounded if tables["_boundaries"] == ["yes"] else bare
        side.update(w.removeprefix(prefix) for w in tables[table] if wanted(w))

    def alt(words: set[str]) -> str:
        return "(?:" + "|".join(sorted(words, key=_longest_first)) + ")" if words else "(?!)"

    return alt(bounded), alt(bare)
