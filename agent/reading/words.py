"""Words of product descriptions: how a reply names a PO line by what it is ("the 83mm gold
lids") rather than by its number or item code."""

from __future__ import annotations

from functools import lru_cache

from agent.reading.startup_cache import compile_re

# Words that say nothing about which product is meant, in the languages of the lexicons.
FILLER = frozenset(
    """and the for with without from per pcs piece pieces each type size class
    und von mit für der die das stück les des pour avec une pièce pièces
    con los las del para pieza piezas della dello degli pezzi pezzo
    met voor van het een stuk""".split()  # noqa: SIM905 - a word list reads better as words
)

# "83 mm" and "83mm" are one token; so are "3/4 in" and "3/4in".
_UNIT_GAP = compile_re(r"(\d)\s+(mm|cm|m|kg|g|l|ml|in|ft|v|w|a|bar)\b")
_TOKEN = compile_re(r"[^\W_]+(?:[x/][^\W_]+)*")


def stem(word: str) -> str:
    """A plural's singular, roughly: "lids" -> "lid", "boxes" -> "box", "bodies" -> "body"."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    for suffix in ("es", "s"):
        if len(w) > 3 and w.endswith(suffix) and not w.endswith("ss"):
            return w[: -len(suffix)]
    return w


@lru_cache(maxsize=4096)
def description_tokens(text: str) -> frozenset[str]:
    """The tokens of ``text`` that can name a product: words of three letters or more
    (stemmed, no filler) and numbers with their unit ("83mm", "73x110")."""
    low = _UNIT_GAP.sub(r"\1\2", text.lower())
    out: set[str] = set()
    for tok in _TOKEN.findall(low):
        has_digit = any(c.isdigit() for c in tok)
        if has_digit:
            if len(tok) >= 2 and not tok.isdigit():
                out.add(tok)
        elif len(tok) >= 3:
            word = stem(tok)
            if word not in FILLER:
                out.add(word)
    return frozenset(out)
