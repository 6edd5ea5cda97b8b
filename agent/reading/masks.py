"""Mask a PO's own item codes and descriptions in a text before values are scanned.

"M8x40", "3/8-16 x 1-1/4", "4/3" are parts of item names, not quantities or
dates; an ERP acknowledgment that repeats them must not read "4/3" as 4 March.
``mask_codes`` blanks the given strings out with a filler character of the same
length, so every offset (and so every span) into the text stays valid.
``code_tokens`` picks the code-like tokens out of an item description (digits
mixed with letters, "/" or "x"), so a caller can mask "Hex cap screw 3/8-16"
without masking a quantity that happens to be "16" elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from agent.reading.startup_cache import compile_re

if TYPE_CHECKING:
    from agent.reading.types import POLine

# Neither a word character, a digit, a space nor a separator any scanner reads.
MASK = "\u2592"

_TOKEN = compile_re(r"[A-Za-z0-9][A-Za-z0-9/.,\-x×]*[A-Za-z0-9]|[A-Za-z0-9]")
_PLAIN_NUMBER = compile_re(r"\d+(?:[.,]\d+)?")


@lru_cache(
    maxsize=2048
)  # three masks per open PO (codes; codes and descriptions; and the PO number)
def any_of(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-insensitive pattern for the literal ``terms`` (longest first), kept per PO:
    the reading masks the same order's codes and descriptions in every clause of every
    message about it, and compiling the pattern cost more than using it."""
    return re.compile("|".join(map(re.escape, terms)), re.IGNORECASE) if terms else None


def code_tokens(text: str) -> list[str]:
    """Code-like tokens of an item code or description: a digit together with a letter,
    "/" or "x" ("M8x40", "3/8-16", "4/3", "KMS-FA-1021"); never a plain number."""
    out: list[str] = []
    for m in _TOKEN.finditer(text or ""):
        tok = m.group(0)
        if not any(c.isdigit() for c in tok) or _PLAIN_NUMBER.fullmatch(tok):
            continue
        if tok not in out:
            out.append(tok)
    return out


def line_number_tokens(pl: POLine) -> list[str]:
    """Every token with a digit in a PO line's item code and description ("3", "51CrV4",
    "0.37kW"): numbers that belong to the goods' name, not to the reply."""
    return re.findall(r"\S*\d\S*", f"{pl.item or ''} {pl.description or ''}")


@lru_cache(maxsize=256)
def _pattern(codes: tuple[str, ...]) -> re.Pattern[str] | None:
    from agent.reading.dates import _alt

    words = sorted({c for c in codes if c and c.strip()}, key=lambda c: (-len(c), c))
    if not words:
        return None
    # a code counts as a whole token: not inside a longer code or number
    return re.compile(
        rf"(?<![\w/.,-])(?:{_alt(w.lower() for w in words)})(?![\w/-]|[.,]\d)", re.IGNORECASE
    )


def mask_codes(text: str, codes: Iterable[str]) -> str:
    """``text`` with every whole-token occurrence of ``codes`` replaced by ``MASK``
    characters of the same length (case-insensitive); the text keeps its length."""
    pattern = _pattern(tuple(codes))
    if pattern is None or not text:
        return text

    def mask(m: re.Match[str]) -> str:
        # "Ø 50 mm: 50 000 gab.": a bare number of the goods' name that is one group of a
        # spaced count is the count's, not the name's
        code = m.group(0)
        if (
            code.isdigit()
            and len(code) <= 3
            and (
                _SPACED_GROUP_AFTER.match(text, m.end())
                or (
                    len(code) == 3
                    and _SPACED_GROUP_BEFORE.search(text, max(0, m.start() - 5), m.start())
                )
            )
        ):
            return m.group(0)
        return MASK * len(m.group(0))

    return pattern.sub(mask, text)


_SPACED_GROUP_AFTER = re.compile(r"[ \u00a0\u202f]\d{3}(?!\w)")
_SPACED_GROUP_BEFORE = re.compile(r"(?<![\w.,])\d{1,3}[ \u00a0\u202f]$")
