"""Alternations rewritten so that ``re``'s engine skips most of their branches at once.

The lexicons and the month and weekday tables are alternations of hundreds or thousands
of words, compiled case-insensitively. At every position the engine enters each branch in
turn: it skips a branch without entering it only when the branch starts with a plain
literal or a plain character set, and a case-insensitive letter is neither. So a search
cost about the number of words at every word start.

``optimize`` rewrites the parsed pattern before code generation, as if the pattern had been
written with its branches grouped by their first character: ``(?:confirm|cancel|delay)``
becomes ``(?:(?-i:[cC])(?:onfirm|ancel)|(?-i:[dD])elay)``, recursively, so the branches
form a tree the engine walks one character at a time. The group heads are plain sets
holding exactly the characters the case-insensitive first item matched, and every group
keeps its branches in their original order, so at any position the engine tries the same
branches in the same order as before (the ones it no longer tries failed on their first
character): the same matches, the same groups.
"""

from __future__ import annotations

import sys
import unicodedata
from functools import cache
from typing import Any

try:
    import _sre
    from re import _casefix, _compiler, _parser
    from re._constants import (
        ASSERT,
        ASSERT_NOT,
        AT,
        AT_BOUNDARY,
        ATOMIC_GROUP,
        BRANCH,
        CATEGORY,
        CATEGORY_NOT_WORD,
        CATEGORY_WORD,
        GROUPREF,
        GROUPREF_EXISTS,
        IN,
        LITERAL,
        MAX_REPEAT,
        MIN_REPEAT,
        POSSESSIVE_REPEAT,
        RANGE,
        SRE_FLAG_ASCII,
        SRE_FLAG_IGNORECASE,
        SRE_FLAG_LOCALE,
        SRE_FLAG_UNICODE,
        SUBPATTERN,
    )

    AVAILABLE = True
except ImportError:  # another Python: patterns are compiled as written
    AVAILABLE = False

# A set head larger than this ("[\u4e00-\u9fff]") is left as it is: grouping by it would
# copy its branch into as many groups as it has characters.
_MAX_SET = 512
# Alternations shorter than this gain nothing worth the extra code.
_MIN_BRANCHES = 3
# The flags that decide what a literal matches.
_CASE_FLAGS = (
    (SRE_FLAG_IGNORECASE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII | SRE_FLAG_LOCALE) if AVAILABLE else 0
)


@cache
def _lowered_from() -> dict[int, tuple[int, ...]]:
    """Each lower-case code that other codes lower to, and those codes: with the code
    itself (when it is its own lower case), what a case-insensitive literal matches."""
    from agent.reading import startup_cache

    version = startup_cache.fingerprint(extra=f"{sys.version}-{unicodedata.unidata_version}")
    table = startup_cache.derived("lowered-from", version, _build_lowered_from)
    return {int(k): tuple(v) for k, v in table.items()}


def _build_lowered_from() -> dict[int, list[int]]:
    tolower = _sre.unicode_tolower
    out: dict[int, list[int]] = {}
    for code in range(0x110000):
        lo = tolower(code)
        if lo != code:
            out.setdefault(lo, []).append(code)
    return out


def _ignorecase(flags: int) -> bool:
    return bool(flags & SRE_FLAG_IGNORECASE)


def _unicode(flags: int) -> bool:
    return (
        bool(flags & SRE_FLAG_UNICODE)
        and not flags & SRE_FLAG_ASCII
        and not flags & SRE_FLAG_LOCALE
    )


def _head_chars(item: tuple[Any, Any], flags: int) -> frozenset[int] | None:
    """The exact characters the single-character ``item`` matches under ``flags``, or None
    for an item that is no single character (or one not worth grouping by)."""
    op, av = item
    if op is LITERAL:
        key: tuple[Any, ...] = (op, av, flags & _CASE_FLAGS)
    elif op is IN:
        key = (op, tuple(av), flags & _CASE_FLAGS)
    else:
        return None
    try:
        return _head_cache[key]
    except KeyError:
        chars = _head_cache[key] = _chars_of(op, av, flags)
        return chars


# One pattern repeats the same heads many times (every "a" of a word list).
_head_cache: dict[tuple[Any, ...], frozenset[int] | None] = {}


def _chars_of(op: Any, av: Any, flags: int) -> frozenset[int] | None:
    if op is LITERAL:
        codes = [av]
    else:
        codes = []
        for sop, sav in av:
            if sop is LITERAL:
                codes.append(sav)
            elif sop is RANGE and sav[1] - sav[0] < _MAX_SET:
                codes.extend(range(sav[0], sav[1] + 1))
            else:  # a category, a negation: not enumerated
                return None
            if len(codes) > _MAX_SET:
                return None
    if any(c > 0xFFFF for c in codes):
        return None  # the compiler treats these apart; left alone
    if not _ignorecase(flags):
        return frozenset(codes)
    if not _unicode(flags):
        return None
    # as re._compiler: a case-insensitive literal or set compares the lower case of the
    # text's character with the lowered codes and their extra case-fold partners; a set
    # without any cased character compares the characters as they are
    iscased, tolower = _sre.unicode_iscased, _sre.unicode_tolower
    if not any(iscased(c) for c in codes):
        return frozenset(codes)
    lowered: set[int] = set()
    for c in codes:
        lo = tolower(c)
        lowered.add(lo)
        lowered.update(_casefix._EXTRA_CASES.get(lo, ()))
    table = _lowered_from()
    out = {lo for lo in lowered if tolower(lo) == lo}
    for lo in lowered:
        out.update(table.get(lo, ()))
    return frozenset(out)


def _head(chars: frozenset[int], flags: int, state: Any) -> tuple[Any, Any]:
    """A plain (case-sensitive) item matching exactly ``chars``."""
    item = _plain_set(chars)
    if not _ignorecase(flags):
        return item
    return (SUBPATTERN, (None, 0, SRE_FLAG_IGNORECASE, _parser.SubPattern(state, [item])))


def _plain_set(chars: frozenset[int]) -> tuple[Any, Any]:
    """A literal, or a set in the form the code generator gives it.

    The generator rebuilds a set's bitmap for every set it meets (for a set with a
    character past U+00FF, a table of 65,536 entries), and a grouped pattern repeats the
    same few heads thousands of times: building each once here makes the first
    compilation much faster. A set already in that form passes the generator unchanged,
    so the code is the same as for the plain list of literals.
    """
    try:
        return _set_cache[chars]
    except KeyError:
        pass
    ordered = sorted(chars)
    if len(ordered) == 1:
        item: tuple[Any, Any] = (LITERAL, ordered[0])
    else:
        optimized, _ = _compiler._optimize_charset([(LITERAL, c) for c in ordered])
        item = (IN, optimized)
    _set_cache[chars] = item
    return item


# heads repeat across and within patterns (every "a" of a word list)
_set_cache: dict[frozenset[int], tuple[Any, Any]] = {}


def _combine(flags: int, add: int, delete: int) -> int:
    if add & _parser.TYPE_FLAGS:
        flags &= ~_parser.TYPE_FLAGS
    return (flags | add) & ~delete


def _seq(sub: Any, flags: int) -> Any:
    """``sub`` (a parsed sequence) with its alternations grouped, recursively."""
    out = []
    for op, av in sub.data:
        if op is BRANCH:
            out.append((BRANCH, (av[0], _branches(av[1], flags, sub.state))))
        elif op is SUBPATTERN:
            group, add, delete, p = av
            out.append((SUBPATTERN, (group, add, delete, _seq(p, _combine(flags, add, delete)))))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            out.append((op, (av[0], av[1], _seq(av[2], flags))))
        elif op is ATOMIC_GROUP:
            out.append((op, _seq(av, flags)))
        elif op is GROUPREF_EXISTS:
            no = _seq(av[2], flags) if av[2] is not None else None
            out.append((op, (av[0], _seq(av[1], flags), no)))
        elif op in (ASSERT, ASSERT_NOT):
            out.append((op, av))  # lookarounds are short, and a lookbehind's width is fixed
        else:
            out.append((op, av))
    return _parser.SubPattern(sub.state, out)


def _plain_group(item: tuple[Any, Any]) -> list[Any] | None:
    """The items of a non-capturing group without flags (``(?:...)``), which can be read as
    if they stood in place of the group; None for any other item."""
    op, av = item
    if op is SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        return av[3].data
    if op is BRANCH:
        return [item]
    return None


def _optional(item: tuple[Any, Any]) -> list[Any] | None:
    """The items of ``X?`` or ``X??`` (read as ``(?:X|)``, ``(?:|X)``: the same tries in
    the same order) when X holds no group to capture; None for any other item."""
    op, av = item
    if op in (MAX_REPEAT, MIN_REPEAT) and av[0] == 0 and av[1] == 1 and not _captures(av[2]):
        return av[2].data
    return None


def _captures(sub: Any) -> bool:
    """Whether ``sub`` holds a capturing group or refers to one (conservatively: any group)."""
    for op, av in sub.data:
        if op is SUBPATTERN and (av[0] is not None or _captures(av[3])):
            return True
        if op is BRANCH and any(_captures(a) for a in av[1]):
            return True
        if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and _captures(av[2]):
            return True
        if op in (ATOMIC_GROUP, ASSERT, ASSERT_NOT, GROUPREF, GROUPREF_EXISTS):
            return True
    return False


def _word_boundary(item: tuple[Any, Any], flags: int) -> bool:
    # in a str pattern without ASCII or LOCALE, where \b and \w use the same test
    return item == (AT, AT_BOUNDARY) and _unicode(flags)


def _first(items: list[Any], flags: int, out: list[frozenset[int]]) -> bool:
    """Add to ``out`` the character sets one of which the first character matched by
    ``items`` is in (one per branch it can take); False when they are not all known."""
    if not items:
        return False
    head = items[0]
    chars = _head_chars(head, flags)
    if chars is not None:
        out.append(chars)
        return True
    inner = _plain_group(head)
    if inner is not None:
        if len(inner) == 1 and inner[0][0] is BRANCH:
            return all(_first(alt.data, flags, out) for alt in inner[0][1][1])
        return _first([*inner, *items[1:]], flags, out)
    body = _optional(head)
    if body is not None:
        return _first(body, flags, out) and _first(items[1:], flags, out)
    if _word_boundary(head, flags):
        # "\b" before a word character is "no word character before it", before any
        # other "a word character before it": one test after the character is read
        sets: list[frozenset[int]] = []
        if not _first(items[1:], flags, sets):
            return False
        for chars in sets:
            if len({chr(c).isalnum() or c == 0x5F for c in chars}) != 1:
                return False
        out.extend(sets)
        return True
    return False


def _one_of(rests: list[list[Any]], state: Any) -> list[Any]:
    """Items trying each of ``rests`` in turn."""
    if len(rests) == 1:
        return rests[0]
    branch = (BRANCH, (None, [_parser.SubPattern(state, r) for r in rests]))
    return [(SUBPATTERN, (None, 0, 0, _parser.SubPattern(state, [branch])))]


def _after(items: list[Any], chars: frozenset[int], flags: int, state: Any) -> list[Any] | None:
    """``items`` once a character of ``chars`` is read: what is left to match, or None
    when no branch of ``items`` starts with it. Each set ``_first`` gave either holds all of
    ``chars`` or none of them."""
    head = items[0]
    own = _head_chars(head, flags)
    if own is not None:
        return items[1:] if chars <= own else None
    inner = _plain_group(head)
    if inner is not None:
        if not (len(inner) == 1 and inner[0][0] is BRANCH):
            return _after([*inner, *items[1:]], chars, flags, state)
        rests = [
            r for alt in inner[0][1][1] if (r := _after(alt.data, chars, flags, state)) is not None
        ]
        return [*_one_of(rests, state), *items[1:]] if rests else None
    body = _optional(head)
    if body is not None:
        taken = _after(body, chars, flags, state)
        ways = [
            None if taken is None else [*taken, *items[1:]],
            _after(items[1:], chars, flags, state),
        ]
        if head[0] is MIN_REPEAT:
            ways.reverse()
        rests = [w for w in ways if w is not None]
        return _one_of(rests, state) if rests else None
    assert _word_boundary(head, flags)
    rest = _after(items[1:], chars, flags, state)
    if rest is None:
        return None
    c = min(chars)
    word = (IN, [(CATEGORY, CATEGORY_WORD)])
    if chr(c).isalnum() or c == 0x5F:
        test = (ASSERT_NOT, (-1, _parser.SubPattern(state, [word, word])))
    else:
        test = (
            ASSERT,
            (-1, _parser.SubPattern(state, [word, (IN, [(CATEGORY, CATEGORY_NOT_WORD)])])),
        )
    return [test, *rest]


def _branches(alts: list[Any], flags: int, state: Any) -> list[Any]:
    """The branches of one alternation, runs of branches whose first characters are known
    grouped by the character they start with."""
    if len(alts) < _MIN_BRANCHES:
        return [_seq(a, flags) for a in alts]
    heads: list[list[frozenset[int]] | None] = []
    for a in alts:
        sets: list[frozenset[int]] = []
        heads.append(sets if _first(a.data, flags, sets) else None)
    out: list[Any] = []
    i = 0
    while i < len(alts):
        if heads[i] is None:
            out.append(_seq(alts[i], flags))
            i += 1
            continue
        j = i
        while j < len(alts) and heads[j] is not None:
            j += 1
        out.extend(_grouped(alts[i:j], heads[i:j], flags, state))
        i = j
    return out


def _grouped(alts: list[Any], heads: list[Any], flags: int, state: Any) -> list[Any]:
    if len(alts) < 2:
        return [_seq(a, flags) for a in alts]
    # characters that every set of every branch holds or not alike form one group
    distinct = list(dict.fromkeys(s for sets in heads for s in sets))
    members: dict[int, list[int]] = {}
    for k, chars in enumerate(distinct):
        for c in chars:
            members.setdefault(c, []).append(k)
    groups: dict[tuple[int, ...], set[int]] = {}
    for c, ks in members.items():
        groups.setdefault(tuple(ks), set()).add(c)
    classes = sorted((frozenset(chars) for chars in groups.values()), key=min)
    class_of = {c: n for n, chars in enumerate(classes) for c in chars}
    # each branch into the groups of the characters it can start with, in branch order
    rests: list[list[list[Any]]] = [[] for _ in classes]
    copies = 0
    for alt, sets in zip(alts, heads, strict=True):
        for n in sorted({class_of[c] for chars in sets for c in chars}):
            rest = _after(alt.data, classes[n], flags, state)
            if rest is not None:
                rests[n].append(rest)
                copies += 1
        if copies > 2 * len(alts) + 8:
            # sets that overlap in many ways would copy their branches into many groups
            return [_seq(a, flags) for a in alts]
    out = []
    for cls, group in zip(classes, rests, strict=True):
        head = _head(cls, flags, state)
        if len(group) == 1:
            body = list(_seq(_parser.SubPattern(state, group[0]), flags).data)
        else:
            subs = [_parser.SubPattern(state, r) for r in group]
            body = [(BRANCH, (None, _branches(subs, flags, state)))]
        out.append(_parser.SubPattern(state, [head, *body]))
    return out


def optimize(parsed: Any, flags: int) -> Any:
    """``parsed`` (from ``re._parser.parse``) with its alternations grouped by first
    character; the same matches as ``parsed``. ``flags`` as given to the parser."""
    if not AVAILABLE:
        return parsed
    return _seq(parsed, parsed.state.flags | flags)
