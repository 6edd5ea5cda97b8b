"""Counts written in words ("veinte cajas", "zwölf Kartons", "twenty cartons"), as digits.

The reader reads counts in digits. A supplier who writes "nos quedan solamente veinte cajas"
commits to twenty boxes just as surely as one who writes "20 cajas", and a reader blind to the
words keeps the PO's 24. text2num (a maintained parser of spelled numbers in English, French,
Spanish, Portuguese, German, Dutch, Danish and Italian) finds the numbers; this module decides
which of them are counts and writes those as digits into the supplier's own words, once,
before anything is read.

Only a number that counts something is rewritten: it is followed by a word for pieces, packs,
measures or one of the PO's units ("veinte cajas", "zwei Meter"), it is a whole number of at
least two (a lone "one", "un", "ein" is an article far more often than a count), and it is no
ordinal ("the third line"). The supplier's language and English are read; a word that is a
number in another language ("once" is eleven in Spanish) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from agent.reading.startup_cache import compile_re
from agent.reading.types import Message

# the languages text2num reads
_LANGUAGES = frozenset({"en", "fr", "es", "pt", "de", "nl", "da", "it"})
# words, numbers in digits, and every other sign as a token of its own: a comma or a full stop
# between two number words keeps them two numbers ("twenty, four")
_TOKEN = compile_re(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|\S")
_LETTERS = compile_re(r"[^\W\d_]")
# "las otras cuatro no las vamos a entregar": "no" (Indian English "Nos.", pieces) and
# "nr" count only after digits. An English count of two or more takes a plural: a singular
# after it is a verb ("all three can go Monday") or names a kind ("three unit trains").
_NOT_COUNTED = frozenset(
    {"no", "nos", "nr", "nro", "can", "unit", "box", "case", "pallet", "set", "piece", "roll"}
    | {"bag", "drum", "lot", "pack", "carton", "tin", "sack", "crate", "pair", "dozen"}
)
# a segment longer than this is no hand-written answer (a pasted log, a quoted chain the quote
# finder missed); it is read as it stands
_MAX_CHARS = 20_000


class _Token:
    """One token for text2num's ``find_numbers``, with where it stands in the text."""

    __slots__ = ("start", "end", "word")

    def __init__(self, word: str, start: int, end: int) -> None:
        self.word, self.start, self.end = word, start, end

    def text(self) -> str:
        return self.word

    def nt_separated(self, previous: _Token) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def _counts_something(word: str, uoms: tuple[str, ...]) -> bool:
    """``word`` names what a count counts: pieces, packs, a measure or one of the PO's units."""
    from agent.reading.units import is_measure

    if word.lower() in _NOT_COUNTED:
        return False
    return any(is_measure(word, uom) for uom in uoms or ("EA",))


def with_digits(text: str, languages: Iterable[str], uoms: tuple[str, ...] = ()) -> str:
    """``text`` with every count written in words of ``languages`` written in digits."""
    from text_to_num import find_numbers

    langs = [lang for lang in dict.fromkeys(languages) if lang in _LANGUAGES]
    if not langs or len(text) > _MAX_CHARS or not _LETTERS.search(text):
        return text
    tokens = [_Token(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    edits: dict[int, tuple[int, str]] = {}  # start -> (end, digits)
    for lang in langs:
        for occ in find_numbers(tokens, lang, threshold=0):
            if occ.is_ordinal or occ.value < 2 or occ.value != int(occ.value):
                continue
            first, last = tokens[occ.start], tokens[occ.end - 1]
            # digits among the words ("20 cajas", "2 hundred") are read as they stand
            if any(t.word[0].isdigit() for t in tokens[occ.start : occ.end]):
                continue
            after = tokens[occ.end] if occ.end < len(tokens) else None
            if after is None or not _counts_something(after.word, uoms):
                continue
            if any(first.start < e and s < last.end for s, (e, _) in edits.items()):
                continue
            edits[first.start] = (last.end, str(int(occ.value)))
    if not edits:
        return text
    out, at = [], 0
    for start in sorted(edits):
        end, digits = edits[start]
        out += [text[at:start], digits]
        at = end
    out.append(text[at:])
    return "".join(out)


def message_with_digits(msg: Message, languages: Iterable[str], uoms: tuple[str, ...]) -> Message:
    """``msg`` with the counts in its supplier's own words (and their other version, text or
    HTML) written in digits; ``msg`` itself when there are none."""
    langs = tuple(dict.fromkeys(["en", *languages]))
    segments = [replace(s, text=with_digits(s.text, langs, uoms)) for s in msg.own_segments]
    alternative = with_digits(msg.alternative_text, langs, uoms) if msg.alternative_text else None
    if all(a.text == b.text for a, b in zip(segments, msg.own_segments, strict=True)) and (
        alternative == msg.alternative_text
    ):
        return msg
    return replace(msg, own_segments=segments, alternative_text=alternative)


def language(locale: str) -> str:
    """The language of a BCP 47 locale tag ("es-AR" → "es")."""
    return re.split(r"[-_]", locale or "en", maxsplit=1)[0].lower()
