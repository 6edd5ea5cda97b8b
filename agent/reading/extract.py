"""What the supplier committed to, per PO line, read only from the supplier's own words.

The text is cut into small statements (paragraph → sentence → clause). Each
statement gets a scope: the PO lines it is about (by "Line 2" / "Pos. 1–3" /
"item 2" / "2.", an item code, the supplier's "Ihre Pos." mapping, or a
description word only that line has), all lines ("both lines", "all items",
or nothing named), or the line an inline answer's quoted context shows.
A statement without a line reference carries on the scope of the statement
before it in the same paragraph.

Values come from line-scoped statements first; whole-PO statements ("confirmed
as per PO", "pricing as per your PO on both lines") only fill what the line's
own statements leave open. Quoted text is never read: the PO's own values
sit there. Anything that cannot be read with confidence becomes a specific
review reason instead of a value.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import cache, lru_cache

from agent.reading import lexicon as L
from agent.reading import phrases as P
from agent.reading.abbreviations import (
    BEFORE_NUMBER_ABBREVIATIONS,
    KW_AFTER_DAY,
    READER_ABBREVIATIONS,
    SHORT_DAY_NAMES,
    WEEK_WORD_AFTER,
)
from agent.reading.dates import (
    DateHit,
    date_wraps,
    find_dates,
    find_offsets,
    lead_time_hits,
    month_before,
    month_holds,
    month_part_agrees,
)
from agent.reading.masks import any_of
from agent.reading.match import describes_other_po, find_po_mentions
from agent.reading.numbers import (
    NumberHit,
    PriceHit,
    QuantityHit,
    count_value,
    number_hits,
    parse_number,
    percent_hits,
    price_hits,
    quantity_hits,
    same_currency,
)
from agent.reading.segments import GOES_ON, LIST_MARK, stands_apart
from agent.reading.startup_cache import compile_re
from agent.reading.types import LineConfirmation, OpenPO, POConfirmation, POLine, ScheduleSplit
from agent.reading.units import (
    PackSize,
    cell_count,
    changed_by_percent,
    column_count,
    defines_pack,
    digits_end,
    header_count,
    in_po_units,
    is_measure,
    is_measured,
    is_piece_unit,
    is_thousand_unit,
    is_unit_column,
    later_only,
    measure_ratio,
    pack_count_hits,
    pack_kinds,
    pack_price,
    pack_sizes,
    per_measure,
    price_basis_before,
    price_per_po_unit,
    price_unit_after,
    price_word,
    same_unit,
    stated_packs,
    uom_kinds,
)

ALL = "all"

_STOP = {
    "and",
    "the",
    "for",
    "with",
    "from",
    "und",
    "mit",
    "für",
    "pour",
    "avec",
    "para",
    "con",
    "rev",
    "type",
    "size",
    "steel",
    "iron",
    "grey",
    "gray",
    "black",
    "white",
    "natural",
    "zinc",
    "class",
    "board",
    "bearing",
    "screw",
    "cast",
    "machined",
}

_ABBREV = compile_re(rf"(?:\b(?:{READER_ABBREVIATIONS})\.)$", re.IGNORECASE)
_BEFORE_NUMBER_ABBREV = compile_re(rf"\b(?:{BEFORE_NUMBER_ABBREVIATIONS})\.$", re.IGNORECASE)

# The words that name an order line, from every lexicon language: those before its number
# ("Pos. 2", "pozisyon 3"), and those after its ordinal with their case endings ("2. kalemi",
# "a 3. tételt", "az 1. sorban"), not "2. sorozat" (a series). One grammar for the reader,
# the claims and the guards.
LINE_WORDS, _AFTER_ORDINAL = L.before_and_after("line_words")
_ORDINAL_LINE_WORDS = rf"{_AFTER_ORDINAL}(?![^\W\d_])"
# the number first, the word looked at ahead, the match starting at the number ("2. kalem",
# "az 1. és 2. tételt", "1. un 3. pozīcija", "1. ja 2. rida", "1. ir 3. pozicija", "1. i 2.
# stavka")
ORDINAL_FIRST = (
    r"(?=\d{1,3}\.(?:\s*(?:,|ve|és|ile|un|ja|ir|i|in)\s*\d{1,3}\.)*\s?" + _ORDINAL_LINE_WORDS + r")"
)
_LINE_REF = compile_re(
    r"(?<![\w-])(?:(?:your|ihre?r?|votre|su|our)\s+)?(?:"
    # Slovenian "postavki 2 in 3": "in" joins lines only after a Slovenian line word ("line 1
    # in 2 weeks" is English), so that word is a group of its own, tried first
    # (and after "poz." or "pozicija" when two line numbers stand either side of it: "poz. 1
    # in 3", "Pozicija 1 in 2")
    r"(?P<sl>postavk(?:a|e|i|o|ah|ama)|(?:poz\.|pozicij(?:a|e|i|o|ah|ama))(?=\s?\d{1,3}\s+in\s+\d{1,3}(?![\d.,])(?!\s*(?:dn|ted|mesec|week|day))))|"
    + LINE_WORDS
    + "|"
    + ORDINAL_FIRST
    # ... and Lithuanian without the dot, as a list's label ("1 poz. - 120 vnt", "2 eil. - …")
    # (a bracket may stand before the colon: "1 eilutė (A4 80 g/m2): …"), several lines too
    # ("1 ir 2 eilutės - …")
    + r"|(?=\d{1,3}(?:\s*(?:[-–,]|ir)\s*\d{1,3})*\s?(?:poz\.|pozicij[^\W\d_]{0,3}|eilut[^\W\d_]{0,3}|eil\.)\s*(?:\([^()\n]{0,40}\)\s*)?(?:[-–:]|$)))"
    r"\s*(?:no\.?|nr\.?|#|n°|№)?\s*\(?"  # "the stainless lines (2 and 3)"
    # the line's number, not a size in inches ("3. kalem (2\" küresel vana)"); a range of
    # lines in any language ("Stavke 1 do 3", "pos. 1 t/m 3", "1～3"), never up to a date
    # ("Pos. 1 bis 15.12.")
    r"(?P<a>\d{1,3})(?!\d|[.,]\d|\s*(?:pcs|%|x\b)|[\"″”])(?P<range>\s*(?:[-–—~～]|to|bis|à|a|al|through|thru|s/d|t/m|tot(?:\s+en\s+met)?|do|až(?:\s+do)?|до|έως|kuni|līdz|iki|hasta|até|fino\s+a)\s*\d{1,3}(?!\d)(?![.,/]\s?\d)(?![ \u00a0\u202f]\d{3}(?!\d)))?"
    # ... each line's goods may follow it in brackets ("Regels 1 (poedersuiker) en 3 (…)")
    r"(?P<more>(?:(?:\s*\([^()\n]{0,40}\))?(?:\s*(?:,|and|und|sowie|et|y|e|en|i|oraz|a|og|och|samt|ve|és|[șş]i|ja|και|và|및|и|та|і|й|dan|ir|un|&|\+|/"
    # ... and the Chinese and Japanese list marks: "項次1、2", "項次1及2"
    r"|、|及|與|与|和|と"
    # ... and Hebrew and Arabic "and", joined to the number after it ("שורות 1 ו-2", "1 و2")
    r"|ו-?|و-?"
    # ... and the Hindi, Urdu, Bengali and Thai words for "and" ("आइटम 1 और 2")
    r"|और|एवं|तथा|اور|এবং|ও|และ"
    r"|(?(sl)in|(?!)))|\.\s*(?:,|ve|és|ile|un|ja|ir|i|in))"
    r"\s*\d{1,3}(?!\d|[.,]\d))*)",
    re.IGNORECASE,
)


@cache
def _total_before() -> re.Pattern[str]:
    """A total word of any lexicon language right before an amount ("spolu 972,50 EUR")."""
    return compile_re(
        rf"(?<![^\W\d_])(?:{L.alternation('line_total')})\s*[:=]?\s*(?:[A-Z]{{3}}|[€$£¥])?\s*$",
        re.IGNORECASE,
    )


# a price that moved, said in the past ("the reel drums went up again in November")
_PRICE_ROSE = compile_re(
    r"\b(?:went up|gone up|go up|rose|risen|increased|went down|dropped)\b", re.I
)
# the leading words of a sentence, and the words that join them ("Tape and plugs")
_LEAD_TOKEN = compile_re(r"[^\W\d_]+|[,&+/]|\S")
_JOINING = compile_re(
    r"[,&+/]|and|und|sowie|et|y|e|en|i|oraz|og|och|samt|ve|és|[șş]i|ja|και|và|и|та|і|dan|ir|un",
    re.IGNORECASE,
)


def _lead_words(text: str) -> Iterator[re.Match[str]]:
    """A sentence's words from its start, without the words and signs that join them."""
    return (m for m in _LEAD_TOKEN.finditer(text) if not _JOINING.fullmatch(m.group(0)))


# A sentence that starts with its line's label ("Partida 1: ...", "- Pos. 2 -")
_LABELLED = compile_re(
    r"\W{0,3}(?:" + _LINE_REF.pattern + r")(?:\.?\s*" + _ORDINAL_LINE_WORDS + r")?\s*[:\-–]",
    re.IGNORECASE,
)
_LABEL_START = compile_re(r"\W{0,3}(?:" + _LINE_REF.pattern + r")", re.IGNORECASE)


def starts_with_line_ref(text: str) -> bool:
    """``text`` opens with a line's reference, as an item's label does ("Pos. 1  Streusalz")."""
    return _LABEL_START.match(text) is not None


# a count and the word after it ("40 пар", "50 pairs")
_COUNT_AND_WORD = compile_re(r"(?<![\d.,])(\d[\d.,]*)\s*([^\W\d_]+)")


def opens_with_line_label(line: str) -> bool:
    """``line`` opens with a line's own label, as a list's item does ("Item 2: …", "Pos. 1
    Streusalz", "2번 품목 …", "第2项 …")."""
    return starts_with_line_ref(line) or bool(CJK_LINE_REF.match(line.lstrip()))


def _list_item(line: str) -> bool:
    """``line`` is an item of a written list: "1. …", "- …", "一、…", or a line's label."""
    return bool(
        LIST_MARK.match(line.lstrip()) or _CJK_ENUM.match(line) or opens_with_line_label(line)
    )


def labelled_line(text: str, lines: set[int]) -> int | None:
    """The one line of ``lines`` that ``text`` opens with the reference of ("poz. 1 - 800
    szt.", "Line 2: …"); None when it opens with none, or names several ("Pos. 1 und 2")."""
    m = _LABEL_START.match(text)
    named = line_numbers(m.group(0), lines, whole=False) if m else set()
    return next(iter(named)) if len(named) == 1 else None


# "第1、2项", "第3行" (Chinese, Japanese): the ordinal prefix, the numbers, then the counter
CJK_LINE_REF = compile_re(
    r"第\s*(\d{1,3})((?:\s*[、,，和及与]\s*(?:第\s*)?\d{1,3})*)\s*(?:项|行|条|項)"
    # Korean "1번 항목", "1, 2번 라인", "3번 품목" (a bare "2번" is also "twice": the noun is
    # required)
    r"|(?<![\d.,])(\d{1,3})(?:\s*번)?((?:\s*(?:[,、]|및|와|과)\s*\d{1,3}(?:\s*번)?)*)\s*(?:번\s*)?"
    r"(?:항목|라인|품목|줄)"
    # Japanese "2番", "1番と3番" (not "番号", a number, nor "番地", an address)
    r"|(?<![\d.,])(\d{1,3})\s*番(?!号|地)((?:\s*(?:[、,]|と|及び|および)\s*\d{1,3}\s*番(?!号|地))*)"
)
# The words that make a line named beside them the company of the goods ("ship 12/3 with
# line 1"), in every lexicon language: before the line's name, with an article ("with the",
# "mit der", "con la") ...
_WITH, _WITH_BARE = L.bounded_and_bare("companion")
# an article between "with" and what it names
_ARTICLE = r"(?:(?:the|der|den|dem|die|das|la|el|los|las|le|les|il|lo|gli|het|de|o|a|os|as)\s+)?"
_COMPANION_BEFORE = compile_re(rf"(?:\b{_WITH}|{_WITH_BARE})\s+{_ARTICLE}$", re.IGNORECASE)
# a sentence's own date, in digits ("el 11/12", "on 3.12.")
_CJK_DAY = compile_re(r"\d{1,2}\s*月\s*\d{1,2}")
_DAY_AND_MONTH = compile_re(r"(?<![\d.,/])\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?(?![\d,/])")
# the words a "with" names as company: "junto con el Brut Nature", "together with the gaskets"
_COMPANION_ZONE = compile_re(
    rf"(?:\b{_WITH}|{_WITH_BARE})\s+{_ARTICLE}((?:[^\W\d_][\w-]*[ \t]*){{1,3}})",
    re.IGNORECASE,
)
# ... or after it, where Finnish, Estonian, Hungarian, Turkish and Korean put "with": "rivin 1
# kanssa", "1. reaga koos", "az 1. tétellel együtt", "1. kalem ile birlikte", "1번 항목과 함께"
_WITH_AFTER, _WITH_AFTER_BARE = L.bounded_and_bare("companion", "after")
_COMPANION_AFTER = compile_re(
    # after the ordinal's line word, which carries the case ending: "1. kalemle birlikte"
    rf"(?:\.?\s?{_ORDINAL_LINE_WORDS})?\s*(?:{_WITH_AFTER}\b|{_WITH_AFTER_BARE})",
    re.IGNORECASE,
)
# Chinese and Japanese "with the same shipment" anywhere in the sentence: "与组件同批出运",
# "一起发货", "同梱"
_CJK_COMPANION = compile_re("|".join(L.bounded_and_bare("companion", "anywhere")))
# letters of the Latin, Greek, Cyrillic, Vietnamese and Korean scripts
# a word of any script (Hebrew, Arabic and Thai words too: "البند 2: نعتذر …" says something
# after its label) or a value
_WORDS_OR_VALUES = compile_re(r"[^\W\d_]{2,}|\d|[$€£¥₹₩₫₽₴]")


# the amount right after a price word: "hind 148,00", "Preis: 12,50" (not "Preis 2027",
# "price 5%", nor a date "Preis ab 01.12.")
@cache
def _worded_per() -> re.Pattern[str]:
    """What a worded price is per: a count ("per 10", "/100") or a unit ("pr stk")."""
    return compile_re(
        rf"\s*(?:/\s*|(?<![\w])(?:per|pr\.?|pro|je|par|por|{L.alternation('price_per')})\s+)"
        r"(?:(?P<count>\d[\d.,']*\d|\d)(?![\d.,]*\d)|(?P<unit>[^\W\d_][\w.]*))",
        re.IGNORECASE,
    )


# ... with "now" or "is" between: "Pris nå 13,60 pr stk", "Preis ist jetzt 12,50"
_WORDED_PRICE = compile_re(
    r"\s*(?:(?:is|er|ist|är|now|nå|nu|jetzt|nun|ahora|maintenant|ora|agora|teraz|nyní|nyt)\s+)"
    r"{0,2}[:=]?\s*(?P<n>\d{1,6}[.,]\d{2,4})(?![\d.,]*\d)(?!\s*%)(?![.]\s?\d)",
    re.IGNORECASE,
)
# ... and a row typed between pipes ("1 | Innenwandfarbe … | 50 | 3,95 €/l")
# ... and "2）绿葡萄干": a full-width bracket or comma needs no space after it
_ENUM = compile_re(r"^\s*(?:[-•*|]\s*)?(\d{1,3})(?:[.)]\s+|[）、]\s*|\t|\s?[-–—:]\s+|\s*\|\s+)")
# "一、螺絲 M5x16：…", "（二）": a list numbered in Chinese numerals
_CJK_NUMERALS = "一二三四五六七八九十"
_CJK_ENUM = compile_re(rf"^\s*[（(]?([{_CJK_NUMERALS}])(?:[、．.]|[）)])")


def _enum_number(m: re.Match[str]) -> int:
    g = m.group(1)
    return int(g) if g.isdigit() else _CJK_NUMERALS.index(g) + 1


# A word or code of a script that spaces its words ("lúcuma", "orgánica", "M6x20-A2"); a
# Chinese or Japanese run is cut at its first character ("CBN-F310齿轮泵")
_L = r"[^\W_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]"
_CODE_TOKEN = compile_re(rf"{_L}(?:{_L}|[\-./])*{_L}|{_L}")


# ------------------------------------------------------------------ structures


@dataclass
class Statement:
    text: str
    lines: frozenset[int] | str | None  # set of lines, ALL, or None (skip: ambiguous)
    source: str  # body | inline | attachment
    priority: int  # 3 table/ERP row, 2 line-named statement, 1 inherited, 0 whole PO
    para: int
    row: dict | None = None  # pre-read table cells
    ref_kind: str = ""
    own_ref: bool = False  # the statement names its lines itself (not inherited)
    sentence: str = ""  # the whole sentence the statement is part of
    sentence_named: bool = False  # some clause of the sentence names lines
    # a row under a header with ship and delivery date columns: date text -> ship | delivery
    date_kinds: tuple[tuple[str, str], ...] = ()
    # a row under a header whose unit-price column follows its quantity column, with no
    # amount column ("Qté P.U. EUR Date livr."): the decimal after the quantity is the price
    price_after_qty: bool = False
    # a row under a header with several count columns before the unit ("Ordered Confirmed
    # B/O UOM"): each column's role (po | conf | rest), in order
    count_columns: tuple[str, ...] = ()


def _excepted(st: Statement) -> bool:
    """The statement is what its sentence's exception names ("bis auf | Pos. 2 (…) alles wie
    bestellt"): what else it says is of the other lines."""
    exc = P.EXCEPT.search(st.sentence) if st.sentence else None
    if exc is None:
        return False
    at = st.sentence.find(st.text.strip()[:15], exc.end())
    return at >= 0 and not _WORDS_OR_VALUES.search(st.sentence[exc.end() : at])


@dataclass
class POReading:
    confirmation: POConfirmation | None
    review_reasons: list[str] = field(default_factory=list)
    holding: bool = False
    promised_reply_date: date | None = None
    answered: bool = False  # at least one line committed or rejected
    soft_signals: int = 0
    evidence_found: bool = False


@dataclass
class _LineState:
    """What the reading of one PO line has gathered so far, handed from step to step."""

    pl: POLine
    specific: list[Statement]  # statements naming the line
    general: list[Statement]  # statements about the whole order
    claims: set[str]  # fields a whole-order statement vouches for
    claim_text: str
    general_reject: list[Statement]
    reasons: list[str] = field(default_factory=list)
    soft: int = 0
    evidence: list[str] = field(default_factory=list)
    # statements that gave nothing but the PO's own quantity ("2. TK-FS100 … 4個" in a list)
    restated: int = 0
    accept_fields: set[str] = field(default_factory=set)
    qty: Decimal | None = None
    qty_stated: list[tuple[Decimal, Statement]] = field(default_factory=list)
    declined_rest: Decimal | None = None  # "reliquat de 24 unités non livrable": not the line's
    # dates of whole-order statements that said no delivery or shipping and accepted nothing
    g_unsaid: list[tuple[DateHit, Statement]] = field(default_factory=list)
    price_cands: list[tuple[Decimal, str, Statement]] = field(default_factory=list)
    date_cands: list[tuple[DateHit, str, Statement]] = field(default_factory=list)
    remark_dates: list[DateHit] = field(default_factory=list)
    vague: list[str] = field(default_factory=list)
    surcharge: Decimal | None = None
    surcharge_st: Statement | None = None
    # what whole-order statements fill in
    g_accept: set[str] = field(default_factory=set)
    g_dates: list[tuple[DateHit, str, Statement]] = field(default_factory=list)
    g_prices: list[tuple[Decimal, str, Statement]] = field(default_factory=list)
    g_evidence: list[str] = field(default_factory=list)
    # the choices
    schedule: tuple | None = None
    price: Decimal | None = None
    chosen: tuple[date, str] | None = None
    offset_used: bool = False
    # the one other line its words say it goes with ("zusammen mit Pos. 1"), date unread
    companion: int | None = None

    @property
    def n(self) -> int:
        return self.pl.line

    def add_evidence(self, text: str) -> None:
        """Whole-order evidence, each text once."""
        if text not in self.g_evidence:
            self.g_evidence.append(text)


# ------------------------------------------------------------------ helpers


def _designation_token(token: str) -> bool:
    """ "OPzV", "PzS", "McPherson": letters in mixed case with two capitals or more."""
    return (
        len(token) >= 3
        and token.isalpha()
        and sum(c.isupper() for c in token) >= 2
        and any(c.islower() for c in token)
    )


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _CODE_TOKEN.findall(text)]


def size_in_description(h: QuantityHit, pl: POLine) -> bool:
    """A number and its unit that the PO line's own description carries ('2 kg' of
    'Sac kraft 2 kg, farine')."""
    num = re.escape(h.text[: len(h.text) - len(h.unit)].strip())
    # in the description's own unit word for the same measure too ("3米" of "…, 3 m")
    return any(
        same_unit(m.group(1), h.unit) or measure_ratio(h.unit, m.group(1)) == 1
        for m in re.finditer(rf"(?<![\d.,]){num}\s?([^\W\d_]+)(?!\w)", pl.description or "", re.I)
    )


_COUNT_AFTER_REST = compile_re(r"\s*(?:[^\W\d_]{1,4}\s+)?\d")


def _counted_rest(text: str) -> bool:
    """The text speaks of the line's rest with its count ("de resterende 50 dozen", "the
    remaining 20 pcs", "restul de 150 de cutii"): what it refuses is that rest."""
    return any(_COUNT_AFTER_REST.match(text, m.end()) for m in L.pattern("split").finditer(text))


def _pieces_in_description(h: QuantityHit, pl: POLine) -> bool:
    """A count of pieces whose number the PO line's description gives as a count of its own
    ("72" of "Baby wipes sensitive, 72 wipes/pack", "80" of "Baby wipes 80 pcs/pack"), not
    as part of a size ("12x20")."""
    if not h.unit or not is_piece_unit(h.unit):
        return False
    num = re.escape(h.text[: len(h.text) - len(h.unit)].strip())
    return (
        re.search(rf"(?<![\d.,x×/*]){num}(?![\d.,x×/*])\s?[^\W\d_]", pl.description or "")
        is not None
    )


def _per_pack_in_description(h: QuantityHit, pl: POLine) -> bool:
    """A count of pieces the PO line's description gives per pack ("80 pcs/pack", "72
    wipes per pack"): the goods' own content ("婴儿湿巾80片装"), never the line's quantity."""
    if not _pieces_in_description(h, pl):
        return False
    num = re.escape(h.text[: len(h.text) - len(h.unit)].strip())
    return (
        re.search(
            rf"(?<![\d.,x×/*]){num}\s?[^\W\d_]+\s*(?:/|per\s+|a\s+|each\s+)(?:pack|box|bag|carton)",
            pl.description or "",
            re.IGNORECASE,
        )
        is not None
    )


@cache
def price_per_before() -> re.Pattern[str]:
    """A word that makes the count after it the one a price is for ("per 1000", "za")."""
    return compile_re(rf"(?<![\w])(?:{L.alternation('price_per')})\s*$", re.IGNORECASE)


@cache
def _price_before() -> re.Pattern[str]:
    # an amount, a currency or a word for price before the "per" word: "189 Kč na 50 ks",
    # "Cena za 100 ks", "price per 1000"
    return compile_re(
        rf"\d|[€$£¥₹₺₽₴₩₫₪฿]|(?<![^\W\d_])(?:{L.alternation('price_words')})(?![^\W\d_])",
        re.IGNORECASE,
    )


# "na" (Czech, Slovak, Polish, Slovenian, Russian, Ukrainian, Bulgarian) is also "to": a count
# after it is a price's only with a price before it
_TO_AS_WELL = frozenset({"na", "на"})


def count_a_price_is_for(text: str, start: int) -> bool:
    """The count at ``start`` is the one a price is for ("14,60 € ανά 1.000 τεμ.", "price per
    1000 pcs", "balení po 50 ks"): a "per" word stands right before it. Where that word is
    also "to", a price must stand before it: "množství zaokrouhlili na 50 ks" (the quantity
    rounded to 50) counts the line, "189 Kč na 50 ks" does not."""
    per = price_per_before().search(text, max(0, start - 16), start)
    if per is None:
        return False
    if per.group(0).strip().lower() not in _TO_AS_WELL:
        return True
    return bool(_price_before().search(text, max(0, per.start() - 30), per.start()))


# "1,000本あたり", and a measure per one piece: "6米/支" (6 m a length), "2,5 kg/Stk": the size
# of one piece, no count of the line
PER_AFTER_COUNT = compile_re(
    # ... and what a pack holds, said after the count: "1箱12本入り" (12 to a box), "12支装"
    r"\s*(?:あたり|当たり|につき|개?당|入り|入(?![^\W\d_])|装(?![^\W\d_])"
    r"|/\s*(?:支|根|件|个|個|本|片|条|pcs?\b|pc\.|pieces?\b|stk\b|stück\b|ks\b|szt\b|kpl\b|db\b))",
    re.IGNORECASE,
)


@cache
def _qty_word_before() -> re.Pattern[str]:
    bounded, bare = L.bounded_and_bare("quantity_words")
    return compile_re(rf"(?:(?<![\w']){bounded}|{bare})\s*[:=]?\s*$", re.IGNORECASE)


def led_by_quantity_word(text: str, hits: Sequence[QuantityHit]) -> list[QuantityHit]:
    """The counts of ``text`` a quantity word stands right before ("Menge: 400", "จำนวน
    10,000 ใบ" after "กล่องโดนัท 6 ชิ้น", a box for 6): where it leads one of several, that one
    is the line's, for the reading and for the unread-quantity guard alike."""
    return [h for h in hits if _qty_word_before().search(text, max(0, h.start - 25), h.start)]


@cache
def _share_of_before() -> re.Pattern[str]:
    """A number and the word that makes the next number its whole ('80 of ', '80 von ')."""
    return compile_re(rf"\d\s+(?:{L.alternation('share_of')})\s+$", re.IGNORECASE)


# English plurals no suffix rule undoes ("the feet", "leaf spring" / "the leaves")
_IRREGULAR_PLURALS = {
    "feet": "foot",
    "teeth": "tooth",
    "knives": "knife",
    "shelves": "shelf",
    "leaves": "leaf",
    "halves": "half",
    "dice": "die",
    "men": "man",
    "women": "woman",
    "mice": "mouse",
    "geese": "goose",
}


# Latin letters with their marks, as an ERP's plain-ASCII description writes them: the
# supplier's "Côtes du Rhône" is the PO's "Cotes du Rhone" (and "Säntis" one letter from
# "Saentis": see `_near_word`).
_UNMARKED = {
    c: unicodedata.normalize("NFKD", c)[0]
    for c in map(chr, range(0xC0, 0x250))
    if unicodedata.normalize("NFKD", c)[0].isascii() and unicodedata.normalize("NFKD", c) != c
} | {"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i"}
_UNMARK = str.maketrans(_UNMARKED)


def unmarked(text: str) -> str:
    """``text`` with its Latin letters' marks dropped, as an ASCII description writes it."""
    return text.translate(_UNMARK)


def _norm_token(t: str) -> str:
    t = unmarked(t.lower().strip(".,;:()"))
    if t in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[t]
    if len(t) > 4 and t.endswith("es") and not t[-3].isdigit():
        t = t[:-2] if t[-3] in "sxz" or t.endswith("hes") else t[:-1]
    elif len(t) > 3 and t.endswith("s") and not t.endswith("ss"):
        t = t[:-1]
    return t


@lru_cache(maxsize=4096)
def _spelt(code: str) -> re.Pattern[str]:
    """A compacted item code as a supplier may write it, with its separators ("SOL-25").
    Compiled here, not by `compile_re`: the codes are the customer's, not the program's."""
    return re.compile(
        r"(?<![A-Za-z0-9])" + r"[\s\-./]?".join(map(re.escape, code)) + r"(?![A-Za-z0-9])",
        re.IGNORECASE,
    )


# up to two short words between a refusal's verb and a date, not one that starts a time
# ("non è più in produzione dal 30/09": since then, a refusal)
_SINCE = (
    r"since|seit|depuis|desde|dal|dalla|dallo|dai|from|od|от|с|з|sejak|vanaf|sedan|siden"
    r"|από|מאז|منذ|beri|kể"
)
_MISSED_FILLER = compile_re(rf"\s*(?:(?!(?:{_SINCE})\s)[^\W\d_]{{1,7}}\s+){{0,2}}", re.IGNORECASE)
# a day and month right after a refusal's verb ("не сможем поставить до 15.12,")
_MISSED_DAY_AFTER = compile_re(
    rf"{_MISSED_FILLER.pattern}\d{{1,2}}[./]\d{{1,2}}\.?(?![\d.,]\d)", re.IGNORECASE
)


def _other_measure(h: QuantityHit, pl: POLine) -> bool:
    """A count in a weight, area, volume or length that is not the PO's unit, or in pieces on
    a PO counted in packs ("50,000 pcs" of gloves "100/box" ordered in BOX)."""
    if not h.unit or same_unit(h.unit, pl.uom):
        return False
    return is_measured(h.unit) or (is_piece_unit(h.unit) and bool(uom_kinds(pl.uom)))


def _compact(s: str) -> str:
    return re.sub(r"[\s\-./]", "", s.lower())


# Plural and case endings a description's word takes in the supplier's sentence
_INFLECTIONS = ("en", "er", "n")


# "48 mm" in a description is the supplier's "48mm" ("10 kW" its "10kW"): a size is one token
_SIZED = compile_re(
    r"(?<![\d.,])(\d+)(?:[.,](\d+))? ?(mm|cm|µm|ml|kg|m|l|g|(?i:kw|kva|kwh|wp|v|mah))\b"
)
_COUNT_BEFORE = compile_re(r"\d\s*$")


# "200 x 4,8 mm", "200x4,8", "70 × 150": the dimensions of goods, written with or without
# spaces, a decimal comma or a unit
_DIMENSIONS = compile_re(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?) ?[x×] ?(\d+(?:[.,]\d+)?)(?: ?[x×] ?(\d+(?:[.,]\d+)?))?"
    r"(?: ?(?:mm|cm|m)\b)?(?![\d.,]?\d)"
    # "800 x 25 kg", "40 x 500 pcs": so many lots of a weight or a count, no dimensions
    r"(?! ?(?:kg|g|t|l|ml|lbs?|pcs?|st|stk|ks|szt|uds?|un|ea)\b)"
)


_CODE_DECIMAL_COMMA = compile_re(r"(?<=[^\W\d_])(\d+),(\d)(?!\d)")
_DIMENSION_TOKEN = compile_re(r"\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?){1,2}")


def _joined_dimensions(m: re.Match[str]) -> str:
    return "x".join(g.replace(",", ".") for g in m.groups() if g)


def _sized(text: str) -> str:
    # "4,2 m" and "4.2 m" are one size: the decimal comma is the supplier's locale; so are
    # "200 x 4,8 mm" and "200x4,8"
    text = _DIMENSIONS.sub(_joined_dimensions, text)
    # "3G2,5" of "3G2.5 mm2": a decimal comma inside a code-like word is its point
    text = _CODE_DECIMAL_COMMA.sub(r"\1.\2", text)
    return _SIZED.sub(
        lambda m: m.group(1) + ("." + m.group(2) if m.group(2) else "") + m.group(3), text
    )


_BULLET = compile_re(r"^\s*(?:[-•*–]\s|・)")
_BULLET_LEAD = compile_re(r"\s*(?:[-•*·–]\s*|・)?")
# an item of a list led by a label the reading could not place ("44 - discontinued" under
# "43 - 30 pairs"): a new item, like a bullet, not more words about the item before it
_LABEL_ITEM = compile_re(r"^\s*\d{1,3}\s*(?:[-–:=)]|\.(?!\d))\s*\S")
# a line led by a short name and a colon ("Tandenborstelset: …", "Zeep 20 g: …")
_GOODS_LABEL = compile_re(
    r"^\s*(?:[-•*]\s*)?(?P<label>[^\W\d_][\w./-]*(?:\s[\w./-]+){0,3}?)\s*:\s+\S"
)


def _field_label(label: re.Match[str]) -> bool:
    """The label names a field or a note, not goods ("Lieferung:", "Prices:", "Note:")."""
    text = label.group("label")
    return bool(
        P.PRICE_WORDS.search(text)
        or P.QTY_WORDS.search(text)
        or P.DATE_WORDS.search(text)
        or L.search("courtesy", text)
        or L.search("date_label", text)
        or L.search("ship_date", text)
        or L.search("delivery_date", text)
        or _NOTE_LABEL.search(text)
    )


# labels of notes and terms, not goods (a multilingual list in code: a lexicon table would be
# the right home)
_NOTE_LABEL = compile_re(
    r"\b(?:note|nb|ps|p\.s|remarks?|comments?|attention|re|subject|betreff|hinweis|anmerkung"
    r"|bemerkung|opmerking|remarque|nota|uwaga|poznámka|huom|obs|payment|zahlung\w*|incoterms?"
    r"|packing|packaging|verpackung|verpakking|emballage|embalaje|imballo|transport|freight|fracht"
    r"|total|summe|totaal|sub-?total|rate|etd|eta)\b",
    re.IGNORECASE,
)
# a line that ends by announcing what follows
_LEADS_LIST = compile_re(r"[:：]\s*$")


@cache
def _clause_causes() -> re.Pattern[str]:
    """The words that open a clause of reasons ("because", "koska", "weil"), lexicon-marked."""
    words = [
        w.removeprefix("(?#clause)")
        for tables in L.languages().values()
        for w in tables["cause"]
        if w.startswith("(?#clause)")
    ]
    alternation = "|".join(sorted(set(words), key=lambda w: (-len(w), w)))
    return compile_re(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])", re.IGNORECASE)


@cache
def _cause_after() -> re.Pattern[str]:
    """The causes that follow their reason ("在庫不足のため", "hiány miatt", "in stock so we"),
    lexicon-marked."""
    words = [
        w.removeprefix("(?#after)")
        for tables in L.languages().values()
        for w in tables["cause"]
        if w.startswith("(?#after)")
    ]
    return compile_re("|".join(sorted(set(words), key=lambda w: (-len(w), w))), re.IGNORECASE)


def is_cause_after(text: str, m: re.Match[str]) -> bool:
    """The cause ``m`` found in ``text`` follows its reason (its words may look ahead: "so"
    only before "we")."""
    after = _cause_after().match(text, m.start())
    return after is not None and after.end() == m.end()


def _in_reason_clause(text: str, pos: int) -> bool:
    """``pos`` stands in a clause of reasons ("Valitettavasti 4.12. ei onnistu, koska
    moottorit saapuvat meille vasta viikolla 49"), with no stop between its opening word and it."""
    # (the whole text is searched: a cause word may look ahead past ``pos``, "as we are
    # waiting")
    return any(
        not _CAUSE_STOP.search(text, m.end(), pos)
        for m in _clause_causes().finditer(text)
        if m.start() < pos
    )


def _in_aside(text: str, pos: int) -> bool:
    """``pos`` stands in a parenthesised aside, or in the words of a cause ("aufgrund der
    Kupfernotierung …", "due to the resin price of …") that run up to it without a stop."""
    if _in_brackets(text, pos):
        return True
    for m in L.pattern("cause").finditer(text):
        if is_cause_after(text, m):
            # the reason stands before its cause word ("in stock so we …")
            if pos < m.start() and not _CAUSE_STOP.search(text, pos, m.start()):
                return True
        elif m.start() < pos and not _CAUSE_STOP.search(text, m.end(), pos):
            return True
    return False


_CAUSE_STOP = compile_re(r"[,;:.、，。；：](?:\s|$)|\s[-–]\s")

# where one part of a split delivery ends: a list item or a clause
_SPLIT_CHUNK = compile_re(
    r",(?!\d)|[;\n，、；・•：]|:\s|\s[-–]\s|\s(?:and|und|et|y|e|i|a|ja|och|og|en)\s"
)


def _pairs_in_chunks(text: str, nums: list, dates: list) -> list:
    """(quantity, date, kind) for every chunk of ``text`` holding exactly one quantity and
    one date, whichever comes first; a text holding just one of each is one chunk ("30 pcs –
    2026.12.22.")."""
    if len(nums) == 1 and len(dates) == 1:
        return [(nums[0].value, dates[0][0], dates[0][1])]
    cuts = [0, *(m.end() for m in _SPLIT_CHUNK.finditer(text)), len(text) + 1]
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        qs = [q for q in nums if a <= q.start < b]
        ds = [(h, k) for h, k in dates if a <= h.start < b]
        if len(qs) == 1 and len(ds) == 1:
            out.append((qs[0].value, ds[0][0], ds[0][1]))
    return out


# A size word in every lexicon language, before the size itself; one of a language written
# without spaces stands inside a run of letters ("T恤尺码XL")
_SIZE_BOUNDED, _SIZE_BARE = L.bounded_and_bare("size_words")
_SIZE_WORD = rf"(?:(?<![\w]){_SIZE_BOUNDED}|{_SIZE_BARE})"
_SIZE_NAMED = compile_re(
    rf"{_SIZE_WORD}\s*[:.]?\s*(?P<size>\d{{1,3}}(?:[.,/]\d{{1,2}})?|[A-Z0-9]{{1,5}})(?![\w])",
    re.IGNORECASE,
)


def _only_one_line(seen: dict[str, set[int]]) -> dict[str, int]:
    """The keys that one line has and no other, with that line."""
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


# Per PO, asked once by the claims and once by the reader for every message: cached
@lru_cache(maxsize=256)
def _word_pairs(
    described: tuple[tuple[int, str], ...],
) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    """Two words that follow each other in one line's description and in no other's
    ("Hang tag" of "Hang tag FSC board"): together they name the line even when each is
    too short or too common to name it alone."""
    seen: dict[str, set[int]] = {}
    for line, description in described:
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", description)]
        for a, b in zip(words, words[1:], strict=False):
            if len(a) >= 3 and len(b) >= 3 and a not in _STOP and b not in _STOP:
                seen.setdefault(f"{a} {b}", set()).add(line)
    pairs = _only_one_line(seen)
    if not pairs:
        return None, {}
    alts = "|".join(re.escape(k).replace(r"\ ", r"[\s-]+") for k in sorted(pairs))
    return re.compile(rf"(?<![\w])(?:{alts})(?![\w])", re.IGNORECASE), pairs


@lru_cache(maxsize=256)
def _sizes(
    described: tuple[tuple[int, str], ...],
) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    """Lines that differ by their size ("FR coverall navy, size XL", "PVC boot S5, size
    44"): the supplier names them by the size, after a size word of any language ("Size XL -
    250 pcs", "Talla 44: ..."). Only sizes no other line has."""
    seen: dict[str, set[int]] = {}
    for line, description in described:
        for m in _SIZE_NAMED.finditer(description):
            seen.setdefault(m.group("size").lower(), set()).add(line)
    sizes = _only_one_line(seen)
    if len(sizes) < 2:
        return None, {}
    ordered = sorted(sizes, key=lambda k: (-len(k), k))
    alts = "|".join(re.escape(k) for k in ordered)
    # a size run written as a list, each item led by its size and a count ("39 - 24 pares",
    # "42: 48 pairs"): only sizes that are no line number of the PO
    numbers = {str(line) for line, _ in described}
    labels = "|".join(re.escape(k) for k in ordered if k not in numbers)
    run = (
        rf"|(?m:^)[ \t]*(?:[-•*][ \t]*)?(?P<size_run>{labels})[ \t]*(?:[-–:=][ \t]*(?=\S)|$)"
        if labels
        else ""
    )
    pattern = re.compile(rf"{_SIZE_WORD}\s*[:.]?\s*(?P<size>{alts})(?![\w]){run}", re.IGNORECASE)
    return pattern, sizes


# A dimension code of a description: "315/80", "1200x800", "40x30x20" (four digits or more)
_DIMENSION = compile_re(
    r"(?<![\w/.,])\d{2,4}(?:\s?[/x×]\s?\d{1,4}){1,2}(?![\w/]|[.,]\d|\s?[/x×]\s?\d)", re.I
)


def _dimension_key(code: str) -> str:
    return re.sub(r"\s", "", code.lower().replace("×", "x"))


@lru_cache(maxsize=256)
def _dimensions(
    described: tuple[tuple[int, str], ...],
) -> dict[str, int]:
    """Lines that differ by a dimension code of their description ("Tyre 315/80 R22.5",
    "Chapa 1200x800"): the code no other line has names its line."""
    seen: dict[str, set[int]] = {}
    for line, description in described:
        for m in _DIMENSION.finditer(description):
            key = _dimension_key(m.group(0))
            if sum(ch.isdigit() for ch in key) >= 4:
                seen.setdefault(key, set()).add(line)
    return _only_one_line(seen)


# An inch size: '3/8"', '1-1/4"', '2 in', '1/2 Zoll' (the mark makes the number a size)
_INCH = compile_re(
    r"(?<![\w/.,])(?P<size>\d{1,2}(?:[-\s]\d{1,2})?/\d{1,2}|\d{1,2}(?:[.,]\d{1,3})?)"
    r"\s?(?:\"|”|″|''|in\b|inch\b|zoll\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _inches(described: tuple[tuple[int, str], ...]) -> dict[str, int]:
    """Lines that differ by an inch size ("Ball valve 3/8\" BSP", "Ball valve 1/2\" BSP"): the
    supplier names them by the size alone, in any language ("kulový ventil 3/8\""). Only
    sizes no other line has."""
    seen: dict[str, set[int]] = {}
    for line, description in described:
        for m in _INCH.finditer(description):
            seen.setdefault(_inch_key(m.group("size")), set()).add(line)
    return _only_one_line(seen)


# A number designation: "hook #4", "Kroge nr. 4", "No. 4", "n° 4", "č. 4"
_NUMBERED = compile_re(
    r"(?:(?<![\w#])#\s?|(?<![\w])(?:nr|no|n°|nº|č|nro|núm)\.?\s?)(?P<n>\d{1,3})(?![\w/.,]?\d)",
    re.IGNORECASE,
)


# A designation in capitals and its number ("CD 8", "HTP 104", "RAL 9010"): the goods' type,
# as the supplier repeats it; written the same way in the description and the reply
_DESIGNATION = r"(?<![\w-])([A-Z]{2,6})[\s-](\d{1,6})(?![\d/x×]|[.,]\d)"


@lru_cache(maxsize=256)
def _designations(
    named: tuple[tuple[int, str, str], ...],
) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    """Lines that a designation of their description names, when their item code holds it
    too ("6 boxes CD 8" of "CD 8 wick, 8 in", item CW-CD-8, beside "HTP 104 wick"): the
    goods' type, as good as the code. ``named``: (line, item, description) of every PO line.
    Only designations no other line has; a size ("PPR 25 mm") is none."""
    seen: dict[str, set[int]] = {}
    coded: set[tuple[str, int]] = set()
    for line, item, description in named:
        for m in re.finditer(_DESIGNATION, description):
            key = f"{m.group(1)} {m.group(2)}"
            seen.setdefault(key, set()).add(line)
            if (m.group(1) + m.group(2)).lower() in _compact(item) and not _SIZED.match(
                description, m.start(2)
            ):
                coded.add((key, line))
    names = {k: line for k, line in _only_one_line(seen).items() if (k, line) in coded}
    if not names:
        return None, {}
    alts = "|".join(
        re.escape(k).replace(r"\ ", r"[\s-]") for k in sorted(names, key=lambda k: (-len(k), k))
    )
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w/×-]|[.,]\d)"), names


# A size written as a fraction that no date can be: "hook 6/0", "1/0" (a zero, or both parts
# past any month and day)
_FRACTION = compile_re(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)")


def _size_fraction(m: re.Match[str]) -> str | None:
    a, b = int(m.group(1)), int(m.group(2))
    return f"{a}/{b}" if 0 in (a, b) or min(a, b) > 31 else None


@lru_cache(maxsize=256)
def _fractions(described: tuple[tuple[int, str], ...]) -> dict[str, int]:
    """Lines that differ by a fraction size ("Treble hook 6/0", "Baitholder hook 1/0")."""
    seen: dict[str, set[int]] = {}
    for line, description in described:
        for m in _FRACTION.finditer(description):
            key = _size_fraction(m)
            if key:
                seen.setdefault(key, set()).add(line)
    return _only_one_line(seen)


@lru_cache(maxsize=256)
def _numbered(described: tuple[tuple[int, str], ...]) -> dict[str, int]:
    """Lines that differ by a number designation ("Aberdeen hook #4", "Duo-lock snap #2"):
    the supplier writes it its own way ("Kroge nr. 4"). Only numbers no other line has."""
    seen: dict[str, set[int]] = {}
    for line, description in described:
        for m in _NUMBERED.finditer(description):
            seen.setdefault(m.group("n").lstrip("0") or "0", set()).add(line)
    return _only_one_line(seen)


def distinct_names(described: tuple[tuple[int, str], ...], text: str) -> list[tuple[int, int]]:
    """(position, line) of every name ``text`` gives a line by what tells it apart from the
    others: two words in a row only its description has ("Hang tag"), a size only it has
    ("size XL"), an inch size only it has ('3/8"'). ``described``: (line, description) of
    every PO line, so the patterns are built once per PO."""
    out: list[tuple[int, int]] = []
    pairs_re, pairs = _word_pairs(described)
    for m in pairs_re.finditer(text) if pairs_re else ():
        out.append((m.start(), pairs[re.sub(r"[\s-]+", " ", m.group(0).lower())]))
    sizes_re, sizes = _sizes(described)
    for m in sizes_re.finditer(text) if sizes_re else ():
        size = m.group("size") or m.group("size_run")
        out.append((m.start(), sizes[size.lower()]))
    inches = _inches(described)
    for m in _INCH.finditer(text) if inches else ():
        line = inches.get(_inch_key(m.group("size")))
        if line is not None:
            out.append((m.start(), line))
    fractions = _fractions(described)
    for m in _FRACTION.finditer(text) if fractions else ():
        line = fractions.get(_size_fraction(m) or "")
        if line is not None:
            out.append((m.start(), line))
    numbered = _numbered(described)
    for m in _NUMBERED.finditer(text) if numbered else ():
        line = numbered.get(m.group("n").lstrip("0") or "0")
        if line is not None:
            out.append((m.start(), line))
    dimensions = _dimensions(described)
    # one line's dimension names it too ("Spültische 1600 x 700" of "Double sink unit 1600 x
    # 700 mm" beside lines with none)
    for m in _DIMENSION.finditer(text) if dimensions else ():
        line = dimensions.get(_dimension_key(m.group(0)))
        if line is not None:
            out.append((m.start(), line))
    return out


def lines_named_by_size(po: OpenPO, text: str) -> set[int]:
    """Lines ``text`` names by what tells them apart (:func:`distinct_names`)."""
    if len(po.lines) < 2:
        return set()  # nothing to tell apart
    described = tuple((ln.line, ln.description or "") for ln in po.lines)
    return {line for _, line in distinct_names(described, text)}


def lines_named_by_designation(po: OpenPO, text: str) -> set[int]:
    """Lines ``text`` names by a designation of their description and code ("DX 4")."""
    named = tuple((ln.line, ln.item or "", ln.description or "") for ln in po.lines)
    pattern, designations = _designations(named)
    if pattern is None:
        return set()
    return {designations[re.sub(r"[\s-]", " ", m.group(0))] for m in pattern.finditer(text)}


def _inch_key(size: str) -> str:
    return re.sub(r"[-\s]", " ", size.replace(",", "."))


# A number shaped like a day and month in a description ("Ne 30/1", "Valve 4/3 way"),
# with the word beside it
_DESC_FRACTION = compile_re(
    r"(?P<before>[^\W\d_]{2,})\s+(?P<n>\d{1,2}/\d{1,2})(?![\d/])"
    r"|(?<![\d/])(?P<n2>\d{1,2}/\d{1,2})\s+(?P<after>[^\W\d_]{2,})"
)


@lru_cache(maxsize=256)
def _description_numbers(descriptions: tuple[str, ...]) -> re.Pattern[str] | None:
    alts = set()
    for description in descriptions:
        # any word of the same description beside the number: "Algodón 30/1" of "Hilado
        # algodón peinado 30/1"
        words = "|".join(
            sorted({re.escape(w) for w in re.findall(r"[^\W\d_]{2,}", description)}, key=len)[::-1]
        )
        for m in _DESC_FRACTION.finditer(description):
            n = re.escape(m.group("n") or m.group("n2"))
            # ... a bracket or a comma may stand between: "strings (4/4, medium)"
            alts.add(rf"(?<![\w])(?:{words})\s+\(?(?P<x>{n})(?![\d/])")
            alts.add(rf"(?<![\d/])(?P<x>{n}),?\s+(?:{words})(?![\w])")
            # ... or the word "size" in any lexicon language: "seler str. 4/3" of "harness
            # size 4/3"
            alts.add(rf"{_SIZE_WORD}\s*[:.]?\s*(?P<x>{n})(?![\d/])")
            # ... or it heads a list item and words follow it: "- 18/3 naturaalne: 40
            # rulli" of "Linen thread 18/3, natural" names the goods in the reply's language
            if "/" in n:
                alts.add(rf"(?:^|\n)[ \t]*[-–•*]?[ \t]*(?P<x>{n})[ \t]+(?=[^\W\d_]{{2}})")
                # ... or words of any language stand right beside it: "Geigenetui 3/4
                # Formetui", "canilla de 3/4 y", "棉紗 8/4：" of "Violin case 3/4 shaped",
                # "tap 3/4 in", "yarn 8/4" (a date word before it keeps it a date: see
                # mask_description_numbers)
                alts.add(rf"{_WORD_BEFORE}(?P<w>{n})(?![\w/]|[.,]\d)")
                alts.add(rf"(?<![\w/.,])(?P<w>{n})(?={_WORD_AFTER})")
            # "Serbet 40x40 lipat 1/4" of "Dinner napkin 40x40 cm 1/4 fold": the words are
            # translated, but another size of the same description stands just before it
            sizes = "|".join(
                sorted(
                    {
                        re.escape(t)
                        for t in re.findall(r"\d+(?:[.,]\d+)?[x×]\d+(?:[.,]\d+)?", description)
                    },
                    key=len,
                )[::-1]
            )
            if sizes:
                alts.add(rf"(?<![\w.,])(?:{sizes})(?![\d])[^\d\n.;:]{{0,20}}?\s(?P<x>{n})(?![\d/])")
        # a designation in capitals and its number ("RAL 9010", "EN 10080", "DIN 933") names
        # the goods wherever the reply repeats it: "the wall paint RAL 9010" holds no count
        for m in re.finditer(_DESIGNATION, description):
            alts.add(rf"(?<![\w-]){m.group(1)}[\s-](?P<x>{m.group(2)})(?![\d/x×]|[.,]\d)")
    if not alts:
        return None
    # each alternative names its number "x" (or "w"); a pattern may reuse a group name once
    return re.compile(
        "|".join(
            a.replace("(?P<x>", f"(?P<x{i}>").replace("(?P<w>", f"(?P<w{i}>")
            for i, a in enumerate(sorted(alts))
        ),
        re.IGNORECASE,
    )


# Words of any script right before or after a number: letters and one or two spaces ("de
# 3/4", "Formetui 3/4"), or a CJK character with or without a space ("棉紗8/4")
_LETTERS_BEFORE = (
    r"[^\W\d_]{2}[ \t\u00a0]",
    r"[^\W\d_]{3}[ \t\u00a0]{2}",
    r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]",
    r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af][ \t]",
)
_WORD_BEFORE = "(?:" + "|".join(f"(?<={b})" for b in _LETTERS_BEFORE) + ")"
_WORD_AFTER = (
    r"[ \t\u00a0]{0,2}[^\W\d_]{2}"
    r"|[ \t]?[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]|[ \t\u00a0]?[\"″”]"
)


@lru_cache(maxsize=1)
def _date_word_before() -> re.Pattern[str]:
    """A word that makes the number after it a date: "Liefertermin 3/4", "ship 1/2"."""
    from agent.reading import lexicon as L

    words = "|".join(
        L.alternation(t) for t in ("date_label", "delivery_date", "ship_date", "date_words")
    )
    return re.compile(rf"(?:{words})", re.IGNORECASE)


def mask_description_numbers(text: str, descriptions: tuple[str, ...]) -> str:
    """``text`` with the numbers that a PO description holds beside the same word blanked:
    "Ne 30/1 penteado" of "Fio algodão penteado Ne 30/1" is a yarn count, not 30 January."""
    pattern = _description_numbers(descriptions)
    if pattern is None:
        return text
    out = list(text)
    for m in pattern.finditer(text):
        for name, value in m.groupdict().items():
            if value is None or name[0] not in "xw":
                continue
            if name[0] == "w":
                # beside words only: a date word earlier on its line makes it a date
                start = max(text.rfind("\n", 0, m.start(name)) + 1, m.start(name) - 40)
                if _date_word_before().search(text, start, m.start(name)):
                    continue
            for i in range(m.start(name), m.end(name)):
                out[i] = " "
    return "".join(out)


# where "a" is "and" ("pol. 1 a 3"), not the Romance "to" of a range ("posiciones 1 a 3")
_A_IS_AND = frozenset({"cs", "sk"})


def a_is_and(locale: str) -> bool:
    return locale.split("-")[0].lower() in _A_IS_AND


def line_numbers(
    text: str,
    numbers: set[int],
    *,
    a_joins: bool = False,
    skip_companions: bool = False,
    whole: bool = True,
) -> set[int]:
    """The line numbers ``text`` names ("Pos. 2", "lines 1 to 3", "pol. 1 a 3", "項次1、2"),
    of ``numbers``. With ``skip_companions``, a line named as company ("ship 12/3 with
    line 1") is not named; with ``whole``, a reference naming a number no line has names none."""
    found: set[int] = set()
    for m in _LINE_REF.finditer(text):
        if skip_companions and (
            _COMPANION_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
            or _COMPANION_AFTER.match(text, m.end())
        ):
            continue  # "ship 12/3 with line 1": line 1 is company, not the subject
        a = int(m.group("a"))
        nums = {a}
        if m.group("range"):
            b = int(re.search(r"\d+", m.group("range")).group(0))
            if a_joins and re.fullmatch(r"\s*a\s*\d+", m.group("range"), re.I):
                nums = {a, b}  # Czech "pol. 1 a 3": lines 1 and 3, not one to three
            elif a < b <= a + 50:
                nums = set(range(a, b + 1))
            # "Line 2 - 40 cs @ $18.90": a spaced dash to a number no line has is a value
            if b not in numbers and re.match(r"\s+[-–—]\s", m.group("range")):
                nums = {a}
        if m.group("more"):
            more = re.sub(r"\([^()]*\)", " ", m.group("more"))
            nums |= {int(x) for x in re.findall(r"\d+", more)}
        valid = nums & numbers
        if valid and (valid == nums or not whole):
            found |= valid
    for m in CJK_LINE_REF.finditer(text):
        nums = {int(x) for x in re.findall(r"\d+", m.group(0))}
        if nums <= numbers or not whole:
            found |= nums & numbers
    return found


_COMPANY_WORDS = compile_re(rf"(?:\b{_WITH}|{_WITH_BARE})\s+{_ARTICLE}", re.IGNORECASE)


def names_as_company(text: str, line: int) -> bool:
    """``text`` names ``line`` by its number as the company of its goods ("Line 3: … together
    with line 1", "zusammen mit Pos. 1")."""
    return any(
        line in line_numbers(text[m.end() : m.end() + 30], {line}, whole=False)
        for m in _COMPANY_WORDS.finditer(text)
    )


_TIE_SUFFIX = "' ties its date to another line's"


def _tie_reason(line: int, text: str) -> str:
    return f"line {line}: '{text.strip()[:70]}{_TIE_SUFFIX}"


# a bracket of five words or more: a reason or an aside, not a label ("(Pos. 2)")
_LONG_ASIDE = compile_re(r"\((?:[^()\s]+\s+){4,}[^()]*\)")


def blank_asides(text: str) -> str:
    """The text with its long brackets blanked out, every offset kept."""
    return _LONG_ASIDE.sub(lambda m: " " * len(m.group(0)), text)


class LineIndex:
    """How the supplier may refer to each PO line: number, item code, distinctive words."""

    def __init__(self, po: OpenPO):
        self.po = po
        self.numbers = {ln.line for ln in po.lines}
        self._and_a = a_is_and(po.supplier.locale)
        self.items: list[tuple[str, int]] = []
        per_line: dict[int, set[str]] = {}
        for ln in po.lines:
            if ln.item:
                self.items.append((_compact(ln.item), ln.line))
                # the code without a company prefix ("KMS-C-3310" -> "C-3310", "3310")
                parts = re.split(r"[-\s]", ln.item)
                for k in range(1, len(parts) - 0):
                    tail = "".join(parts[k:])
                    if len(tail) >= 5 and any(c.isdigit() for c in tail):
                        self.items.append((tail.lower(), ln.line))
            toks = set()
            for raw in _CODE_TOKEN.findall(_sized(ln.description)):
                t = raw.lower()
                nt = _norm_token(t)
                # a number with a leading zero is a code ("0402", the size of a capacitor),
                # other numbers are counts and sizes
                code = nt.isdigit() and len(nt) >= 4 and nt.startswith("0")
                # ... but the goods' dimensions ("200x4.8" of "200 x 4,8 mm") name them
                dims = _DIMENSION_TOKEN.fullmatch(nt) is not None
                if (
                    nt in _STOP
                    or not (code or dims)
                    and (nt.isdigit() or re.fullmatch(r"[\d.,/x-]+", nt))
                ):
                    continue
                # "pens", "cups": a plural of four letters names its line as well as a
                # longer word does, though its stem ("pen") has three
                # (not a pack's or a unit's: "bags", "pcs" count, they name nothing)
                plural = (
                    len(nt) == 3
                    and nt.isalpha()
                    and len(t.strip(".,;:()")) >= 4
                    and not pack_kinds(t)
                    and not is_piece_unit(t)
                )
                # "PzS", "OPzV": a designation in mixed capitals names its line however short
                # (not an acronym in capitals only: "IBC", "PVC" are the pack or the material)
                designation = _designation_token(raw)
                if (
                    any(c.isdigit() for c in nt)
                    and len(nt) >= 3
                    or len(nt) >= 4
                    or plural
                    or designation
                ):
                    toks.add(nt)
                # "LDPE-kalvo" is the supplier's "kalvo": a compound's word parts name it too
                # (not the pack of a sized compound: "25-kg-Sack" is the sugar's sack)
                parts = re.split(r"[-/]", nt) if "-" in nt or "/" in nt else []
                sized_pack = any(p.isdigit() for p in parts)
                for part in parts:
                    if part.isalpha() and len(part) >= 4 and part not in _STOP:
                        if sized_pack and pack_kinds(part):
                            continue
                        toks.add(part)
            per_line[ln.line] = toks
        self.per_line = per_line
        self.described = tuple((ln.line, ln.description or "") for ln in po.lines)
        codes = sorted({code for code, _ in self.items}, key=lambda c: (-len(c), c))
        self.items_re = any_of(tuple(codes))
        # the codes as written with their separators ("SOL-25", "OX 5010"), for where a
        # statement names them; as `refs` reads them, from five characters
        self.items_spelt = [(_spelt(code), line) for code, line in self.items if len(code) >= 5]
        self.distinct: dict[str, int] = {}
        self._near: dict[str, int | None] = {}
        self._word_lines: dict[str, int | None] = {}  # asked again for every clause
        self._refs: dict[tuple[str, bool], tuple[set[int], bool, str]] = {}
        for line, toks in per_line.items():
            for t in toks:
                if all(t not in other for o, other in per_line.items() if o != line):
                    self.distinct[t] = line

    def _counted_in_description(self, line: int, word: str) -> bool:
        """The line's own description counts in the word too ("caja tabaco 250 tallos"):
        after a number in the reply it is a unit, not the goods' name."""
        description = next((d for n, d in self.described if n == line), "")
        return any(
            _norm_token(m.group(1)) == word for m in re.finditer(r"\d\s*([^\W\d_]+)", description)
        )

    def _designation(self, token: str, line: int) -> bool:
        """A type designation the line's description writes with the same capitals
        ("OPzV" of "Cell 2 V 420 Ah OPzV gel"): as distinctive as a code, however short."""
        if not _designation_token(token):
            return False
        description = next((d for n, d in self.described if n == line), "")
        return re.search(rf"(?<!\w){re.escape(token)}(?!\w)", description) is not None

    def line_of_word(self, token: str) -> int | None:
        """The line a distinctive word of its description names, in any inflection the
        supplier's language adds to the end ("O-ringen", "Dichtungen" of "O-ring", "Dichtung",
        the Finnish "venytyskalvoa" of "Venytyskalvo")."""
        if token in self._word_lines:
            return self._word_lines[token]
        self._word_lines[token] = line = self._line_of_word(token)
        return line

    def _line_of_word(self, token: str) -> int | None:
        nt = _norm_token(token)
        line = self.distinct.get(nt)
        if line is None:
            for suffix in _INFLECTIONS:
                stem = nt[: -len(suffix)]
                if nt.endswith(suffix) and len(stem) >= 4 and stem in self.distinct:
                    return self.distinct[stem]
            # any short ending of letters on a long enough word: case endings vary by language
            for cut in (1, 2, 3):
                stem = nt[:-cut]
                if len(stem) >= 5 and nt[-cut:].isalpha() and stem in self.distinct:
                    return self.distinct[stem]
            line = self._near_word(nt)
        return line

    def _near_word(self, nt: str) -> int | None:
        """The line whose distinctive word is one letter away ("Contator" of "Contactor") or
        that a long word begins ("auxiliar" of "auxiliary"); None unless exactly one line."""
        if len(nt) < 6 or not nt.isalpha():
            return None
        if nt in self._near:
            return self._near[nt]
        from rapidfuzz.distance import Levenshtein

        lines = {
            line
            for word, line in self.distinct.items()
            if len(word) >= 6
            and (
                Levenshtein.distance(nt, word, score_cutoff=1) <= 1
                or word.startswith(nt)
                and len(word) - len(nt) <= 2
            )
        }
        self._near[nt] = found = lines.pop() if len(lines) == 1 else None
        return found

    def _joined_subjects_end(self, text: str) -> int:
        """Where a text's leading run of line words joined by "and", "&" or commas ends
        ("Tape and plugs, quantities as on the PO" -> after "plugs"); 0 when it does not
        start with two such words."""
        end, words = 0, 0
        for m in _lead_words(text):
            if self.line_of_word(m.group(0)) is None:
                break
            end, words = m.end(), words + 1
        return end if words >= 2 else 0

    def _leading_sizes(self, text: str) -> set[int]:
        """The lines a sentence's leading garment sizes name ("S, M og L sendes som bestilt",
        "XXL er utgått"): each size the description of exactly one line carries."""
        out: set[int] = set()
        for m in _lead_words(text):
            token = m.group(0)
            if not _GARMENT_SIZE.fullmatch(token):
                break
            lines = self._sized_lines(token)
            if len(lines) != 1:
                return set()
            out |= lines
        return out

    def refs_outside_asides(self, text: str) -> tuple[set[int], bool, str] | None:
        """What the text names outside its bracketed reasons, when it names lines only inside
        them: "dostawa do 18.12.2026 (poz. 2 nie damy rady wcześniej, więc całość wyślemy
        jednym transportem)" says the date of what the words before it are about, the bracket
        explains it; "pour les deux articles (le moule 84 x 84 …)" names every line.
        None when the text names a line outside a bracket, or has none, or names it in the
        bracket by its goods ("the 20 tonnes (800 x 25 kg bags, 40 bags per tonne)" says what
        the goods are; a bracket of reasons names a line by its number or code)."""
        bare = blank_asides(text)
        if bare == text:
            return None
        found = self.refs(bare)
        if not found[0] and (found[1] or P.explicit_all(bare)):
            # "livraison … pour les deux articles (le moule 84 x 84 est en maintenance …)":
            # every line, in so many words, whatever goods the reason names
            return set(), True, found[2]
        if found[0] or self.refs(text)[2] not in ("number", "item"):
            return None
        return found

    def refs(self, text: str, *, line_start: bool = False) -> tuple[set[int], bool, str]:
        """Lines named in ``text``: (lines, names all lines, how)."""
        # the rules ask about the same clause again and again; each caller gets its own set
        key = (text, line_start)
        if key not in self._refs:
            self._refs[key] = self._refs_uncached(text, line_start=line_start)
        found, all_lines, how = self._refs[key]
        return set(found), all_lines, how

    def _refs_uncached(self, text: str, *, line_start: bool = False) -> tuple[set[int], bool, str]:
        found = line_numbers(text, self.numbers, a_joins=self._and_a, skip_companions=True)
        how = "number" if found else ""
        compact = _compact(text)
        for code, line in self.items:
            if len(code) >= 5 and code in compact:
                # whole-token check for short tails
                found.add(line)
                how = how or "item"
        # a designation only its line's description and code have ("CD 8" of CW-CD-8) names
        # it as its code does, beside other codes, and as its words do, beside other words
        designated = lines_named_by_designation(self.po, text)
        if how == "item":
            found |= designated
        if not found:
            hits: dict[int, int] = {}
            named: set[int] = set()  # lines named by more than a unit after a count
            sized = _sized(text)
            lead_end = self._joined_subjects_end(sized)
            lead = _BULLET_LEAD.match(sized).end()  # "- Mesas 160/220: ok": after the bullet
            # "te las mando junto con el Brut Nature": goods named as company
            zones = [z.span(1) for z in _COMPANION_ZONE.finditer(sized)]
            # "as ordered", "wie bestellt" speak of the order, never of goods, whatever word
            # of a description they share ("Fresnel lamp head, 4th order")
            of_order = [u.span() for u in L.pattern("unchanged").finditer(sized)]
            outside: dict[int, int] = {}
            for m in _CODE_TOKEN.finditer(sized):
                if any(a <= m.start() < b for a, b in of_order):
                    continue
                t = m.group(0).lower()
                nt = _norm_token(t)
                line = self.line_of_word(t)
                if line is None:
                    continue
                counted = bool(_COUNT_BEFORE.search(sized, 0, m.start()))
                if pack_kinds(t) and counted:
                    continue  # "80 rullaa" counts rolls: a pack word after a number names no line
                # a short word counts fully as the line's subject ("Gowns fine as ordered."),
                # and so do the words joined to it ("Tape and plugs, as on the PO")
                subject = m.start() == lead or m.start() < lead_end
                weight = (
                    2
                    if any(c.isdigit() for c in nt)
                    or len(nt) >= 5
                    or (subject and len(t) >= 4)
                    or self._designation(m.group(0), line)
                    else 1
                )
                hits[line] = hits.get(line, 0) + weight
                if not any(a <= m.start() < b for a, b in zones):
                    outside[line] = outside.get(line, 0) + weight
                if not (counted and self._counted_in_description(line, nt)):
                    named.add(line)
            for line in [*(line for _, line in distinct_names(self.described, text)), *designated]:
                hits[line] = hits.get(line, 0) + 2
                named.add(line)
            strong = {line for line, w in hits.items() if w >= 2}
            if len(strong) >= 2:
                # "320 kg de Comté, soit 8 meules, 30 cartons de Brie et 60 kg de Morbier": in
                # a list of the order's goods a short word names its line as a long one does
                strong |= hits.keys()
            alone = {line for line, w in outside.items() if w >= 2}
            if (
                len(strong) > 1
                and alone
                and alone < strong
                and (_DAY_AND_MONTH.search(text) or price_hits(text, "en-US"))
            ):
                # the goods named as company are no subject of a sentence that gives its own
                # values ("te las mando junto con el Brut Nature el 11/12 a 6,10 €"); without
                # them it may borrow the company's date ("the tip kits ride along with the
                # first blade") and names both
                strong = alone
            if len(strong & named) == 1 and len(strong) > 1:
                # "Clavel selecto blanco 70 cm: 6.000 tallos": the goods are named; "tallos"
                # after the count is what they are counted in, as in the description of the
                # other line that has the word ("caja tabaco 250 tallos")
                strong &= named
            if strong:
                found |= strong
                how = "description"
            elif sized := self._leading_sizes(text):
                found |= sized
                how = "description"
        if line_start:
            m = _ENUM.match(text) or _CJK_ENUM.match(text)
            n = _enum_number(m) if m else None
            # an enumeration counts only when the rest agrees or says nothing else ("2) Saiz
            # XL" where XL is line 3's size is no line 2)
            sized = self._sized_lines(text)
            if n in self.numbers and (not found or found == {n}) and sized in (set(), {n}):
                found.add(n)
                how = how or "enumeration"
        all_lines = bool(P.ALL_LINES.search(text))
        return found, all_lines, how

    def _sized_lines(self, text: str) -> set[int]:
        """Lines whose descriptions carry a garment size the text writes ("XL", "M")."""
        out: set[int] = set()
        for m in _GARMENT_SIZE.finditer(text):
            size = m.group(0)
            out |= {
                line
                for line, desc in self.described
                if re.search(rf"(?<![\w/-]){re.escape(size)}(?![\w/-])", desc)
            }
        return out


def _explains(h2: DateHit, st2: Statement, h: DateHit, st: Statement) -> bool:
    """The date ``h`` stands after a dash that follows the delivery date ``h2`` in the same
    sentence (the statements may be split at the dash), in words with no word of delivery."""
    if st2 is st:
        return _reason_after_dash(st.text, h2.end, h.start)
    aside = st.text.lstrip()
    if (
        aside.startswith("(")
        and st.para == st2.para
        and not (P.DELIVERY_WORDS.search(aside) or P.SHIP_WORDS.search(aside))
    ):
        # "… termen de livrare 25.01.2027" over "(actuatoarele vin … în săptămâna 3)": an
        # aside of its own, wrapped onto the next line, explains the delivery date above it
        return True
    sentence = st.sentence
    if not sentence or sentence != st2.sentence:
        return False
    start = sentence.find(st2.text)
    if start < 0:
        return False
    after = start + h2.end
    at = sentence.find(h.text, after)
    return at >= 0 and _reason_after_dash(sentence, after, at)


def _reason_after_dash(text: str, after: int, at: int) -> bool:
    """Between ``after`` and ``at`` a spaced dash opens words with no word of delivery or
    shipping: what stands at ``at`` is a reason given for what came before the dash."""
    if after > at:
        return False
    dash = max(text.rfind(" - ", after, at), text.rfind(" – ", after, at))
    if dash < 0:
        return False
    rest = text[dash:at]
    return not (P.DELIVERY_WORDS.search(rest) or P.SHIP_WORDS.search(rest))


@cache
def _net_price_word() -> re.Pattern[str]:
    """A price word and "net" right before the amount ("cena netto", "prezzo unitario netto",
    "Stückpreis netto"): the line's unit price before tax, not a net total."""
    return compile_re(
        rf"(?<![^\W\d_])(?:{L.alternation('price_words')})(?:\s+[^\W\d_]{{3,14}}\.?)?"
        r"\s+(?:netto|neto|nett|net|nettó)\s*[:=]?\s*$",
        re.IGNORECASE,
    )


# a bracket opened right after the order ("… laut Bestellung (12,50 €)"): it restates the PO
_ORDER_BRACKET = compile_re(r"(?:bestellung|order|po)\b[^.]{0,15}\(\s*$", re.IGNORECASE)

# a field labelled only "Date" (no word of delivery or shipping in the label)
_BARE_DATE_LABEL = compile_re(
    r"(?:^|\s{2,}|\t|[|;]\s*)(?:date|datum|fecha|data|date du document)\s*:\s*$", re.IGNORECASE
)
# a garment size as a whole word, in capitals: "Saiz XL", "size M", "Gr. L"
_GARMENT_SIZE = compile_re(r"(?<![\w/-])(?:XXXL|XXL|XL|XS|S|M|L|[2-5]XL)(?![\w/-])")
# Words that name a field without saying it moves ("Plazo: 4 semanas", "délai du 15/01")
_FIELD_NOUN = compile_re(r"lead ?time|lieferzeit|délai|plazo|prazo", re.IGNORECASE)
# "délai OK", "Lieferzeit passt", "lead time confirmed": the field noun is approved, not moved
_FIELD_ASSENT = compile_re(
    r"\s*:?\s*(?:ok\b|okay\b|o\.k\.|fine\b|good\b|passt\b|in ordnung\b|bon\b|confirm\w*"
    r"|bestätigt\b|conferm\w*)",
    re.IGNORECASE,
)


# an apology for our answer's own delay, not the goods'
_REPLY_APOLOGY = compile_re(
    r"(?:sorry|apolog\w*|excuse|pardon|entschuldig\w*|désolée?s?|disculp\w*|scusa\w*)"
    r"\s+(?:for\s+|pour\s+|por\s+|per\s+)?(?:the|my|our|this|die|le|la|el|il|meine|unsere)\s+(?:late\s+|slow\s+)?$",
    re.IGNORECASE,
)
_OF_THE_REPLY = compile_re(
    r"\s+(?:reply|response|answer|feedback|antwort|rückmeldung|réponse|respuesta|risposta)\b",
    re.IGNORECASE,
)


_DATE_THEN_COUNT = compile_re(r"\s*(?:に(?:は)?|[:：])\s*(?:残り|残|the rest|rest)?\s*")


def _announces(change: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` announces a change: "Price and date no change" and "Plazo según
    pedido" say the field stays as ordered (the lexicon's [unchanged] words), clause by clause."""
    unchanged = L.pattern("unchanged")
    for clause in _clauses(text):
        same = unchanged.search(clause) is not None
        masked = unchanged.sub(lambda m: " " * len(m.group(0)), clause)
        for m in change.finditer(masked):
            if _REPLY_APOLOGY.search(masked, max(0, m.start() - 30), m.start()) or (
                _OF_THE_REPLY.match(masked, m.end())
            ):
                continue  # "Apologies for the delay on this one", "sorry for the late reply"
            noun = _FIELD_NOUN.fullmatch(m.group(0)) is not None
            if not (noun and (same or _FIELD_ASSENT.match(masked, m.end()))):
                return True
    return False


def _spaced_date() -> re.Pattern[str]:
    from agent.reading.dates import _patterns

    return _patterns()["num_spaced"]


def _short_month_date() -> re.Pattern[str]:
    from agent.reading.dates import _patterns

    return _patterns()["day_short_month_year"]


def _price_clause(text: str, pos: int) -> bool:
    """The clause around ``pos`` speaks of a price ("Line 2 will be 1/8, same price": the
    date's clause does not)."""
    starts = [m.end() for m in _CLAUSE_CUT.finditer(text, 0, pos)]
    start = starts[-1] if starts else 0
    nxt = _CLAUSE_CUT.search(text, pos)
    clause = text[start : nxt.start() if nxt else len(text)]
    # "at the same price" says the price does not move: the clause is not about a price
    return bool(P.PRICE_CONTEXT.search(L.pattern("unchanged").sub(" ", clause)))


_NAMED_CUT = compile_re(r",\s+(?!\d)")
_CLAUSE_CUT = compile_re(r"[,;]\s+(?!\d)|\s[-–—]\s")


def _starts_with_month(text: str) -> bool:
    """``text`` starts with a month's name in any lexicon language ("Jänner", "janvier")."""
    from agent.reading.dates import _month_table

    word = re.match(r"[^\W\d_]+", text)
    return bool(word) and word.group(0).lower() in _month_table()


def _year_first_date() -> re.Pattern[str]:
    from agent.reading.dates import _patterns

    return _patterns()["ymd_spaced"]


_DAY_DOT_END = compile_re(r"(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])\.$")
_MONTH_DOT = compile_re(r"(?:0?[1-9]|1[0-2])\.(?!\d)")


# a row's start: its position, then a code with a digit or a dash ("10 ALP-NITR-L", "4.1 LBL2")
_TEXT_ROW_START = compile_re(
    r"\s*\d{1,4}(?:\.\d{1,2})?\s+[A-Z0-9][A-Z0-9./_-]*[\d-][A-Z0-9./_-]*\s"
)
# a remark that starts with a position of the supplier's ("Pos. 20:", "Position 30 -")
_POSITION_NAMED = compile_re(r"(?:pos(?:ition)?|poz|pol)\.?\s*(\d{2,4})\s*[:\-–]", re.IGNORECASE)
# a few words of a label before the position: "Neuer Liefertermin Pos. 20: 15.01.2027"
_POSITION_AFTER_LABEL = compile_re(
    r"(?:[^\W\d_]+\.?\s+){1,3}(?:pos(?:ition)?|poz|pol)\.?\s*(\d{2,4})\s*[:\-–]", re.IGNORECASE
)
_COUNT_UNIT_DOT = compile_re(r"\d\s?([^\W\d_]{1,5})\.$")
_SHORT_WORD_DOT = compile_re(r"(?<![\w.])[^\W\d_]{1,4}\.$")
# what follows the dot in the row: a count, or one capital ("Gr. L, Box 100")
_ROW_GOES_ON = compile_re(r"(?:\d|[A-Z](?:[,\s]|$))")


_SAME_LINE = compile_re(r"[^\S\n]+\S")
# "Liefertermin: 51. KW", "v 51. týdnu": a week's ordinal before its word ends no sentence
_WEEK_WORD_START = compile_re(WEEK_WORD_AFTER, re.IGNORECASE)
_KW_AFTER_DAY = compile_re(KW_AFTER_DAY)
_SHORT_DAY_DOT = compile_re(rf"(?<![\w.])(?:{SHORT_DAY_NAMES})\.$", re.IGNORECASE)


@cache
def _rest_after_count() -> re.Pattern[str]:
    return compile_re(
        rf"\d[\d.,]*\s*(?:[^\W\d_]{{1,10}}\.?\s+)?(?:{L.alternation('split')})(?![^\W\d_])",
        re.IGNORECASE,
    )


_LIST_NUMBER_ONLY = compile_re(r"\s*\d{1,2}\.$")
_SENTENCE_STOP = compile_re(r"[.!?](?=\s+[\"“A-ZÄÖÜÀ-ÝА-ЯЁІЇЄҐΑ-ΩΆ-Ώ0-9])|[।॥۔؟։።။](?=\s)")


def _split_sentences(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    # "dodání 8. 1. 2027", Korean and Hungarian "2027. 1. 15.": the dots of a spaced numeric
    # date end no sentence
    inside_date = [m.span() for m in _spaced_date().finditer(text)]
    inside_date += [m.span() for m in _year_first_date().finditer(text)]
    # "παράδοση 18 Δεκ. 2026": a short month name's dot before its year
    inside_date += [m.span() for m in _short_month_date().finditer(text)]
    # an acknowledgment's row as text ("20 ALP-CRYO-2 Kryoröhrchen steril, Btl. 500 4 BTL
    # 118.00 06.04.2027"): a short abbreviation's dot inside it ends no sentence
    row = _TEXT_ROW_START.match(text)
    # a stop before a capital (Latin, Cyrillic or Greek: "+3%. Η θέση 2") or a number; a
    # bracket after a dot goes on ("5 000 szt. (10 opak. po 500 szt.)"); the stops of the
    # scripts with no capitals (the danda "।", Urdu "۔" …) end a sentence before anything
    for m in _SENTENCE_STOP.finditer(text):
        if any(s < m.end() < e for s, e in inside_date):
            continue
        head = text[start : m.end()]
        nxt = text[m.end() :].lstrip()[:12]
        # "am 3. Dezember": an ordinal before a month name, not the end of a sentence
        ordinal = re.search(r"(?<![/.\d])\b\d{1,2}\.$", head) and (
            _starts_with_month(nxt) or _WEEK_WORD_START.match(nxt)
        )
        # "on 5 Jan. Layer pads fine": a date's month abbreviation ends the sentence when a
        # capitalised word (not a year) follows
        month_end = re.search(
            r"\d(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$",
            head,
            re.I,
        ) and re.match(r"[A-ZÄÖÜÀ-Ý][a-zäöüß-ÿ]", nxt)
        if (_ABBREV.search(head) and not month_end) or ordinal:
            continue
        if _SHORT_DAY_DOT.search(head) and _KW_AFTER_DAY.match(nxt):
            continue  # "Liefertermin Mi. KW 53": a short day name's dot before its week
        if nxt[:1].isdigit() and _BEFORE_NUMBER_ABBREV.search(head):
            continue  # "à kr. 289,00", "seler str. 4/3"
        if row and _SHORT_WORD_DOT.search(head) and _ROW_GOES_ON.match(nxt):
            continue
        # "400 gab. 5. nedēļā, 400 gab. 7. nedēļā": a count's unit, abbreviated, and the next
        # part's number go on
        unit = _COUNT_UNIT_DOT.search(head)
        if unit and nxt[:1].isdigit() and is_piece_unit(unit.group(1)):
            continue
        # "od 1. 12.), dodání do 15. 1.": a day and its month, spaced, without a year
        if _DAY_DOT_END.search(head) and _MONTH_DOT.match(nxt):
            continue
        # "300 ks ... 9. 12. 2026": dot leaders between a count and its date, on one line
        if head.endswith("..") and nxt[:1].isdigit() and _SAME_LINE.match(text, m.end()):
            continue
        out.append(head.strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


_CLAUSE_SPLIT = compile_re(
    r";\s+|\s+[–—-]{1,2}\s+(?=\S)|\s+(?=(?:and|und|et|y|e)\s+(?:the\s+)?(?:lines?|pos\.?|positions?|items?|ligne|posici[oó]n|partida|riga)\s*\d)|,\s+(?=(?:all|alle|allen|both|beide|the rest|everything|el resto|la resta|le reste|il resto|lines?|pos\.?|positions?|items?|ligne|l[ií]nia|posici[oó]n?|partida|polo[zž]k\w*|pozice|riga|voce)\b)|,\s+(?=(?:and|but|however|so|while|whereas|which|although|though|aber|jedoch|doch|mais|pero|sin embargo|allerdings)\b)|\s+(?=but\b)",
    re.IGNORECASE,
)


_DATEISH_END = compile_re(
    r"(?:\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|kw|cw|week)\w*\.?)$", re.IGNORECASE
)
_DATEISH_START = compile_re(
    r"^(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|kw|cw|week)\w*)", re.IGNORECASE
)


def _clauses(sentence: str) -> list[str]:
    parts = [c.strip() for c in _CLAUSE_SPLIT.split(sentence) if c and c.strip()]
    # "Dec 24 - Jan 1", "KW 50 - 51": a range, not two clauses
    out: list[str] = []
    for part in parts:
        # the cheap tests first: most parts start with no date, and the joined text is only
        # built (and looked for in the sentence) for those that do
        joined = (
            next((j for d in "-–—" if (j := f"{out[-1]} {d} {part}") in sentence), None)
            if out
            and _DATEISH_START.match(part)
            and (_DATEISH_END.search(out[-1]) or _date_label_end(out[-1]))
            else None
        )
        if joined:
            # "Dec 24 - Jan 1" is a range; "Відвантаження зі складу - 20.03.2026" a label and
            # its date
            out[-1] = joined
            continue
        item = _VALUE_THEN_NEXT.match(part) if out else None
        dash = (
            next((d for d in "-–—" if f"{out[-1]} {d} {item.group(1)}" in sentence), None)
            if item
            else None
        )
        if dash:
            # "kredki 12 kolorów – 800 op., linijki 30 cm – 1000 szt.": each name with its
            # value, the comma between the items
            out[-1] = f"{out[-1]} {dash} {item.group(1)}"
            out.append(item.group(2))
        elif (
            out
            and ":" not in out[-1]
            and _LINE_REF.match(out[-1])
            # only its goods: "Pos. 1 ok and pos. 3: 40 pcs only" answers each line itself
            and not any(L.search(act, out[-1]) for act in _ANSWER_ACTS)
            and (label := _JOINED_LABEL.match(part))
            and _LINE_REF.match(part, label.end(1))
        ):
            # "pos. 1 circolatori e pos. 3 valvole di ritegno: confermati": two lines, each
            # with its goods, before the one answer the colon gives both
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


_ANSWER_ACTS = ("commit", "assent", "change", "decline", "promise_later", "question")
# a joining word, a line reference with its goods, then the colon its answer follows
_JOINED_LABEL = compile_re(r"((?:and|und|et|y|e|i|en|og|och|a)\s+)[^:;\n]{1,60}:", re.IGNORECASE)


# a value that ends at a comma, then the next item's words: "800 op., linijki 30 cm"
_VALUE_THEN_NEXT = compile_re(r"(\d[\d.,\u00a0 ]*\s?[^\W\d_]{0,8}\.?),\s+([^\W\d_].*)", re.S)


def _date_label_end(text: str) -> bool:
    """The text ends in words that label a date: a ship or delivery word, no number after
    it ("…, доставка до вашого господарства")."""
    tail = text.rsplit(",", 1)[-1]
    return not _DIGIT.search(tail) and bool(
        P.SHIP_WORDS.search(tail) or P.DELIVERY_WORDS.search(tail)
    )


_DUE_COLUMN = compile_re(r"\bdue\b", re.IGNORECASE)
# a delivery column's abbreviated header ("Promised Del.", "Deliv. Date", "Lev.datum"): in a
# header only, where "del." cannot be the Romance article
_DELIVERY_COLUMN_ABBREV = compile_re(
    r"(?<![^\W\d_])(?:(?:del|deliv|dlv)\.(?!\w)|(?:lev|lief)\.\s?(?:datum|dato|dag|termin))",
    re.IGNORECASE,
)


def _date_column_kind(header: str) -> str:
    """ship | delivery | neutral: what one date column's header says its dates are. A column
    "Due_Date" (due at the ship-to) is a delivery column."""
    header = header.replace("_", " ")
    ship = P.SHIP_WORDS.search(header)
    delivery = (
        P.DELIVERY_WORDS.search(header)
        or _DUE_COLUMN.search(header)
        or _DELIVERY_COLUMN_ABBREV.search(header)
    )
    if bool(ship) == bool(delivery):
        return "neutral"
    return "ship" if ship else "delivery"


_UNIT_PRICE_HDR = compile_re(
    r"(?:price|preis|prix|precio|prezzo|pre[çc]o|prijs|cena|pris)\w*\s+(?:unit\w*|per\s+unit|pro\s+einheit|unitaire|unitario)"
    r"|(?:unit|einzel)\s*-?\s*(?:price|preis)|(?<!\w)p\.?\s?u\.?(?:\s+ht)?(?!\w)|\bprijs/eenh",
    re.IGNORECASE,
)


def _qty_then_price_header(line: str, locale: str, ref: date) -> bool:
    """A table header written as one line of text whose unit-price column directly follows
    its quantity column, with no amount column ("Quantite Prix unit. EUR Livraison",
    "Q.tà Prezzo unit. € Data consegna", "Qté P.U. EUR Date livr.")."""
    # the word tests first: most lines fail them, and the date scan costs more
    if re.search(_HEADER_KEYS["amount"], line, re.IGNORECASE):
        return False
    qty = re.search(_HEADER_KEYS["qty"], line, re.IGNORECASE)
    price = _UNIT_PRICE_HDR.search(line)
    if not qty or not price or price.start() < qty.end():
        return False
    tail = line[price.end() :].split()
    if _PRICE_HDR_WORD.search(line, price.end()) or (tail and is_unit_column(tail[0])):
        return False  # "Unit Price Per Ext Price": a price unit or an amount column too
    between = line[qty.end() : price.start()]
    if re.search(r"[^\W\d_]{3,}", re.sub(r"^\w*\.?", "", between.strip())):
        return False
    return not find_dates(line, locale, ref)[0]


# A count column of an acknowledgment written as text: what the PO ordered, what the supplier
# confirms, what stays open (back-ordered). Whole words of a header line only.
_COUNT_COLUMN_WORDS = (
    (
        "po",
        r"ordered|bestellt|bestellmenge|command[ée]e?s?|pedid[oa]s?|solicitad[oa]s?|ordinat[ao]"
        r"|besteld|beställt|bestilt|zamówion[oay]|objednáno|tilattu|rendelt",
    ),
    (
        "conf",
        r"confirmed|conf\.?|bestätigt|bestaetigt|confirm[ée]e?s?|confirmad[oa]s?|confermat[ao]"
        r"|bevestigd|bekräftat|bekræftet|bekreftet|potwierdzon[oay]|potvrzeno|vahvistettu"
        r"|zugesagt|promised|shipped|geliefert|livr[ée]e?s?|entregad[oa]s?",
    ),
    (
        "rest",
        r"b/o|backorder(?:ed)?|back-?order|open|offen|rückstand|r[üu]ckst\.?|outstanding|pending"
        r"|balance|reliquat|pendiente|residuo|achterstand|restant|restmenge",
    ),
)
_COUNT_COLUMN_RES = tuple(
    (role, compile_re(rf"(?<![\w/])(?:{words})(?![\w/])", re.IGNORECASE))
    for role, words in _COUNT_COLUMN_WORDS
)


def _count_columns_header(line: str) -> tuple[str, ...] | None:
    """The roles of a one-line text header's count columns ("Ln Item Description Ordered
    Confirmed B/O UOM Unit Price Ship Date" -> po, conf, rest): only a header (no digit) with
    two count columns or more, one of them the supplier's confirmed count."""
    if _DIGIT.search(line):
        return None
    found = sorted((m.start(), role) for role, rx in _COUNT_COLUMN_RES for m in rx.finditer(line))
    roles = tuple(role for _, role in found)
    if len(roles) < 2 or roles.count("conf") != 1:
        return None
    return roles


def count_columns_in(text: str) -> tuple[str, ...]:
    """The count columns of the first one-line text header in ``text`` that has them."""
    for line in text.splitlines():
        roles = _count_columns_header(line)
        if roles:
            return roles
    return ()


def count_column_run(
    text: str, columns: int, uom: str, locale: str
) -> list[tuple[Decimal, int]] | None:
    """A row's run of ``columns`` whole counts right before its unit ("… 800 600 200 PCS …"),
    each with where it stands; [] when a longer run stands there (it does not fit the
    header); None when the row has no such run."""
    tokens = list(re.finditer(r"\S+", text))
    for i, tok in enumerate(tokens):
        if i < columns or not is_measure(tok.group(0), uom):
            continue
        run = tokens[i - columns : i]
        values = [parse_number(t.group(0), locale) for t in run]
        if any(v is None or v < 0 or v != v.to_integral_value() for v in values):
            continue
        if i > columns and parse_number(tokens[i - columns - 1].group(0), locale) is not None:
            return []  # more counts than the header has columns
        return [(v, t.start()) for v, t in zip(values, run, strict=True) if v is not None]
    return None


def _date_column_kinds(line: str, locale: str, ref: date) -> list[str] | None:
    """The date columns of a table header written as one line of text ("Qty Price Despatch
    Delivery", "Menge Preis Versand Liefertermin"), in order: ship | delivery.

    Only a header with both a ship and a delivery column, other column words (a quantity or a
    price) and no date of its own; otherwise None.
    """
    # the word tests first: most lines fail them, and the date scan costs more
    if not re.search(_HEADER_KEYS["qty"] + "|" + _HEADER_KEYS["price"], line, re.IGNORECASE):
        return None
    found = [(m.start(), m.end(), "ship") for m in P.SHIP_WORDS.finditer(line)]
    found += [(m.start(), m.end(), "delivery") for m in P.DELIVERY_WORDS.finditer(line)]
    found += [(m.start(), m.end(), "delivery") for m in _DELIVERY_COLUMN_ABBREV.finditer(line)]
    found.sort()
    kinds: list[str] = []
    end = -1
    for s, e, kind in found:
        if s < end:
            return None  # one word read both ways: no column says which
        kinds.append(kind)
        end = e
    if set(kinds) != {"ship", "delivery"} or len(kinds) > 4:
        return None
    if find_dates(line, locale, ref)[0]:
        return None
    return kinds


def _row_date_kinds(
    line: str, kinds: list[str], locale: str, ref: date
) -> tuple[tuple[str, str], ...]:
    """A row's dates under a header from ``_date_column_kinds``: its last dates are one full
    date per date column, side by side, and each takes its column's kind. Columns without
    dates may follow ("… 01/12/2026 03/12/2026 L2609 / 09-2028", a lot and its expiry)."""
    hits = find_dates(line, locale, ref)[0]
    if len(hits) < len(kinds):
        return ()
    last = hits[-len(kinds) :]
    if any(h.form not in ("explicit", "kw") for h in last):
        return ()
    gaps = [line[a.end : b.start] for a, b in zip(last, last[1:], strict=False)]
    if any(not re.fullmatch(r"[\s|]*", g) for g in gaps):
        return ()
    out: dict[str, str] = {}
    for h, kind in zip(last, kinds, strict=True):
        # the same date under both columns: the delivery reading is the same date
        out[h.text] = "delivery" if out.get(h.text) == "delivery" else kind
    return tuple(out.items())


_WRAPPED_END = compile_re(r"(?<![\d.,])\b[a-zäöüßàâçéèêëîïôûùÿñ]+$")


def _logical_lines(paragraph: str) -> list[str]:
    """Join soft-wrapped lines; keep rows and enumerations apart."""
    out: list[str] = []
    for raw in paragraph.split("\n"):
        line = raw.rstrip()
        if not line.strip():
            continue
        prev = out[-1] if out else ""
        # a soft-wrapped line continues in lower case, or the line before ends mid-phrase
        continues = bool(prev) and (
            # in any script: "(с 1 декабря" over "подорожало оптическое стекло)"
            line.lstrip()[:1].islower()
            or GOES_ON.search(prev.strip()) is not None
            # a mail client's hard wrap: a long line that stops on a word in lower case ("…
            # wir verrechnen ein Pfand von" over "EUR 150,-- je IBC")
            or (
                len(prev) >= 60
                and _WRAPPED_END.search(prev) is not None
                # "Kontena 1 - … kotak" over "Kontena 2 - …": lines of one shape, not a wrap
                and line.split()[0] != prev.split()[0]
            )
        )
        starts_new = (
            not continues
            or "\t" in line
            or "\t" in prev
            or bool(
                re.match(
                    r"^\s*(?:[-•*]|\d{1,3}[.)]?\s|\d{1,3}\t|(?:pos|poz|line|item|zu pos|ad pos)\b)",
                    line,
                    re.IGNORECASE,
                )
            )
            # "pol. 2 …", "posición 3: …": a line reference starts a line of its own
            or _LINE_REF.match(line.lstrip()) is not None
        )
        if starts_new and not (prev and date_wraps(prev, line)):
            out.append(line)
        else:
            out[-1] = out[-1].rstrip() + " " + line.strip()
    return out


# ------------------------------------------------------------------ tables

# "------ ---------------- ---------": the rule under a plain-text table's header
_RULER = compile_re(r"^ *(?:[-=]{2,} +){2,}[-=]{2,} *$")
_RULE_RUN = compile_re(r"[-=]+")


def _cut_at(line: str, runs: list[tuple[int, int]]) -> list[str] | None:
    """``line`` cut into the columns of a ruler's runs: each word goes to the run it overlaps
    most, or the nearest (a header's "Net price" may stick out of its run by a letter). None
    when a word lies across two runs by two letters or more each: a line of text, no row."""
    cells: list[list[str]] = [[] for _ in runs]
    for m in re.finditer(r"\S+", line):
        a, b = m.span()
        overlaps = [min(b, e) - max(a, s) for s, e in runs]
        if sum(1 for o in overlaps if o >= 2) > 1:
            return None
        best = max(range(len(runs)), key=lambda k: (overlaps[k], -abs(runs[k][0] - a)))
        cells[best].append(m.group(0))
    return [" ".join(c) for c in cells]


def _unruled(paragraph: str) -> str:
    """A plain-text table ruled under its header ("Item   Material   Conf.qty UoM" over
    "------ -------- -------- ---") with its cells cut where the ruler's columns are, as
    tab-separated rows: its header's words ("Conf.qty UoM") and a row's ("50 EA") are one
    space apart, which cutting at runs of spaces cannot tell from a cell's own spaces. A row
    with no position of its own ("schedule line 2   20 EA   2027/02/19") continues the row
    above and takes its position and codes. The table ends at the first line a word runs across a
    column gap in."""
    lines = paragraph.split("\n")
    rulers = [i for i, ln in enumerate(lines) if i > 0 and _RULER.match(ln)]
    if not rulers:
        return paragraph
    at = rulers[0]
    runs = [m.span() for m in _RULE_RUN.finditer(lines[at])]
    header = _cut_at(lines[at - 1], runs)
    if header is None or sum(1 for c in header if c) < 3:
        return paragraph
    out = [*lines[: at - 1], "\t".join(header)]
    prev: list[str] | None = None
    i = at + 1
    while i < len(lines) and lines[i].strip():
        cells = _cut_at(lines[i], runs)
        if cells is None or sum(1 for c in cells if c) < 2:
            break
        lead = next((k for k, c in enumerate(cells) if c), 0)
        if prev is not None and lead > 0:
            # a second schedule line of the row above: its position and codes
            cells[:lead] = prev[:lead]
        out.append("\t".join(cells))
        prev = cells
        i += 1
    return "\n".join([*out, *lines[i:]])


_HEADER_KEYS = {
    # our line number, also as the supplier's sheet names it: "Cust PO Line", "Ihre Pos."
    "line": (
        r"^(?:(?:cust(?:omer)?\.?|client|kunden|your|ihre?|votre|su)\s*)?"
        r"(?:p\.?\s?o\.?\s+|order\s+|bestell-?)?"
        r"(?:pos\.?|position|line|ln|ligne|l[ií]nea|riga|zeile|#|no\.?|nr\.?|item\s*(?:no\.?|nr\.?|#)|poz\.?(?: klienta)?|pol\.?|lp\.?|rad"
        # Lithuanian, Estonian, Latvian, Slovenian, Croatian
        r"|eil\.?|eilutė|rida|rinda|pozicija|r\.\s?br\.?|rb\.?"
        # Chinese and Japanese
        r"|行号|行號|项次|項次|序号|序號|行番号|明細番号)"
        r"(?:\s*(?:no\.?|nr\.?|#))?$"
    ),
    "item": r"(?:item|article|artikel|art\.?-?nr|material|part|réf|ref|code|sku|référence|art[ií]culo|articolo|indeks"
    r"|kood|kod(?:as|s)\b|šifra|sifra|артикул|шифра"
    r"|物料编码|物料編碼|物料号|物料號|料号|料號|品号|品號|品番|品目コード)",
    "desc": r"(?:desc|bezeichnung|designation|désignation|descripci[oó]n|descrizione|text|benennung|nazwa|opis|omschrijving|benämning"
    r"|наименование|найменування|описание|megnevezés|denumire|nimike|περιγραφ|açıklama|tên hàng|品名|名称|품명|描述|规格|規格|品目名)",
    "qty": r"(?:qty|quantity|menge|quantit[eéà]|qt[ée]\b|qt[àa]\b|q\.\s?t[àa]|cantidad|anz\.?|anzahl|pcs|mnozstv|množstv|ilo[śs][ćc]|aantal|antal"
    r"|кол-во|количество|кількість|к-сть|mennyiség|cantitate|määrä|ποσότητα|miktar|adet|số lượng|数量|수량"
    # Slovenian, Croatian, Serbian, Bulgarian, Estonian, Latvian, Lithuanian
    r"|koli[čc]in|^kol\.?$|количин|kogus|daudzum|kiekis"
    # Spanish and Portuguese abbreviations: "Cant. confirmada", "Ctd.", "Qtd. pedida", "Qtde"
    r"|\bcant(?:\.|\b)|\bctd\.|\bcdad\.|\bqtde?\b)",
    "uom": r"^(?:uom|unit|me|unité|ud|einheit|um|j\.\s?m\.?|mj|jm|eenh\.?|eenheid|enhet|mato vnt\.?|vnt\.?|ühik|mērv\.?|mērvienība|enota|em|jed\.?)$",
    "amount": r"(?:amount|betrag|total|montant|importe|wert|value|gesamt|summe|totaal|belopp|beløb"
    r"|summa|razem|celkem|yhteensä|összesen|toplam)",
    "price": r"(?:price|preis|prix|precio|prezzo|pre[çc]o|prijs|pris\b|€|\$|£|eur\b|usd\b|gbp\b|cena"
    r"|цена|ціна|стоимость|вартість|\bár\b|egységár|pre[țt]|hinta|τιμή|fiyat|đơn giá|单价|單價|単価|価格|단가"
    r"|cijen|\bhind|kaina"
    # "Rate (Rs.)", as Indian and British English head a unit price; not a tax's rate
    r"|(?<!tax )(?<!gst )(?<!vat )\brate\b(?!\s*%))",
    "date": r"(?:date|termin|termín|dodání|datum|delivery|deliv\.|\bdel\.|livraison|entrega|fecha|consegna|ship|versand|eta|etd|kw|week|due|need|required|requested|data dostawy|leverans"
    r"|дата|срок|отгрузк|поставк|відвантаж|dátum|szállítás|livrare|toimitus|pvm|ημερομηνία|παράδοση|tarih|teslim|ngày giao|交期|纳期|納期|日期|납기"
    r"|dobav|isporuk|dostav|doprem|испорук|доставк|tarne|piegād|pristatym|dodanie"
    # Korean, Japanese and Chinese ship and arrival columns: "출고일", "出荷日", "发货日期"
    r"|출고|입고|배송|선적|出荷|発送|出货|出貨|发货|發貨|交货|交貨|到货|到貨)",
    "remark": r"(?:remark|comment|note|bemerkung|hinweis|remarque|observa|commentaire|status"
    r"|comentario|opmerking|anmärkning|bemærkning|merknad|uwagi|poznámk|megjegyzés"
    # Slovene, Croatian, Serbian, Romanian, Finnish, Estonian, Latvian, Lithuanian, Russian
    r"|opomb|napomen|напомен|observați|huomautu|märkus|piezīm|pastab|примечан|коментар)",
}
_PRICE_HDR_WORD = compile_re(
    r"(?:price|preis|prix|precio|prezzo|pre[çc]o|prijs|cena|rate)", re.IGNORECASE
)
# a net price's column: after a discount ("Net Price", "Nettopreis", "Prix net", "Cena netto")
_NET_HDR = compile_re(
    r"(?<![^\W\d_])(?:net|nett|netto|neto|nettó|nette|nettopreis|nettopris|nettohinta)(?![^\W\d_])",
    re.IGNORECASE,
)
_CONFIRMED_HDR = compile_re(
    r"(?:conf|bestätig|best\.|bestaetig|confirm|new|neu|nouveau|nuevo|nuovo|supplier|our|unsere|notre|nuestr|lieferant|fournisseur|proveedor|actual|promised|zugesagt"
    r"|bekräft|bekraeft|bekræft|bekreft|bevestig|potwierdz|potvrz|potvrd|vahvist|visszaigaz|onayl|teyit"
    # "回答単価", "回答納期": the supplier's answer beside our "ご注文単価", "ご希望納期"
    r"|回答|回复|答复|確認|确认|확정|회신)",
    re.I,
)
# "Req. date", "Req.Date": the date we asked for, beside an answer column
_REQ_ABBREV = compile_re(r"\breq\b", re.IGNORECASE)
# a row's answer that refuses it: "No", "Nein", "✗"
_NO_CELL = compile_re(
    r"\s*(?:no|nein|non|nee|nie|ne|nej|ei|não|nao|nu|nem|hayır|không|tidak|όχι|нет|ні|не|לא|لا"
    r"|否|不|いいえ|아니오|아니요|✗|✘|☒)\.?\s*",
    re.IGNORECASE,
)
# a header cell that is only the supplier's answer: "Confirmed", "Bestätigt", "Conf."
_ANSWER_HDR = compile_re(
    r"\s*(?:confirmed|confirmation|conf\.?|bestätigt|bestätigung|confirmée?|confirmado"
    r"|confirmación|confermato|conferma|bevestigd|bevestiging|potwierdzenie|potwierdzono"
    r"|potvrzeno|potvrzení|potvrdené|bekräftad|bekræftet|bekreftet|vahvistettu|visszaigazolva"
    r"|onaylandı|answer|reply|antwort|réponse|respuesta|risposta|antwoord)\s*:?\s*",
    re.IGNORECASE,
)
# a row's answer that confirms it as it stands: "Yes", "OK", "Ja", "✓"
_YES_CELL = compile_re(
    r"\s*(?:yes|y|ok|okay|confirmed|ja|jawohl|bestätigt|oui|confirmé|sí|si|confirmado|confermato"
    r"|sim|tak|ano|áno|igen|da|jā|taip|jah|kyllä|evet|có|ya|ναι|да|так|כן|نعم|是|はい|네|예|✓|✔|☑)"
    r"\.?\s*",
    re.IGNORECASE,
)
_PO_HDR = compile_re(
    r"(?:ordered|bestellt|command|pedid|ordinat|required|requested|need|wunsch|po\b|your|ihre?|votre|su\b|requis|solicitad"
    r"|beställ|bestilt|besteld|zamówion|objednan|tilattu|rendelt)",
    re.I,
)


_DIGIT = compile_re(r"\d")


def _unread_count_column(cols: dict[int, str], rows: list[list[str]]) -> bool:
    """A sheet whose header gives no quantity column while a column no header word placed
    holds a whole number in every row: its counts would go unread."""
    if {"qty", "qty_conf"} & set(cols.values()) or not rows:
        return False
    width = max(len(r) for r in rows)
    return any(
        all(i < len(r) and re.fullmatch(r"\s*\d[\d.,' ]*\s*", r[i]) for r in rows)
        for i in range(width)
        if i not in cols
    )


# Words of the lexicon's field tables that name another column in a sheet's header ("Amount"
# is a total, "Rate" and "Cost" may be a line's value, "Price list" no column of a row).
_NOT_A_FIELD_COLUMN = ("amount", "amounts", "total", "rate", "rates", "cost", "costs", "price list")


@cache
def _cell_header_keys() -> dict[str, re.Pattern[str]]:
    """The header words of a sheet's cells: the hand-written ones above, and the field words
    of every lexicon language ("Kiekis", "Kaina", "Pristatymo data", "Eil."), each a whole
    word of the cell (the line word the whole cell)."""
    out = {k: compile_re(v, re.IGNORECASE) for k, v in _HEADER_KEYS.items()}
    for key, table in (
        ("qty", "quantity_words"),
        ("price", "price_words"),
        ("date", "date_words"),
        ("line", "line_words"),
    ):
        words = sorted(
            {
                _MARK.sub("", w)
                for tables in L.languages().values()
                for w in tables[table]
                if not any(re.fullmatch(_MARK.sub("", w), x, re.I) for x in _NOT_A_FIELD_COLUMN)
            },
            key=lambda w: (-len(w), w),
        )
        alt = "|".join(words)
        extra = (
            rf"^(?:{alt})\.?(?:\s*(?:no\.?|nr\.?|#))?$"
            if key == "line"
            else rf"(?<![^\W\d_])(?:{alt})(?![^\W\d_])"
        )
        out[key] = compile_re(f"{_HEADER_KEYS[key]}|{extra}", re.IGNORECASE)
    return out


_MARK = compile_re(r"\(\?#\w+\)")


@cache
def _text_header_keys() -> dict[str, re.Pattern[str]]:
    return {k: compile_re(v, re.IGNORECASE) for k, v in _HEADER_KEYS.items()}


def _classify_header(cells: list[str], *, sheet: bool = False) -> dict[int, str] | None:
    """Column roles of a table header. Values the supplier filled in ("Qty confirmed",
    "Conf Price", "Confirmed delivery") win over the PO's own columns in the same rows. A
    ``sheet``'s header (a spreadsheet or CSV, its cells set apart) is also read with the
    field words of every lexicon language; a table typed into the text only with the words
    above (its cells are guessed from spacing, and prose around it may say otherwise)."""
    keys_re = _cell_header_keys() if sheet else _text_header_keys()
    cols: dict[int, str] = {}
    if sum(1 for c in cells if _DIGIT.search(c)) >= 2:
        return None  # "項次1 | … | 單價 0.012 | 交期 2026/12/18": a row with values, no header
    confirmed_only: int | None = None
    for i, c in enumerate(cells):
        c0 = c.strip().lower()
        if not c0 or len(c0) > 40:
            continue
        if _ANSWER_HDR.fullmatch(c0):
            confirmed_only = i  # "Confirmed", "Bestätigt": the supplier's answer per row
            continue
        if is_unit_column(c0) and "per" not in cols.values():
            cols[i] = "per"  # "PE", "Per": the count the row's price is for
            continue
        keys = ("line", "qty", "uom", "amount", "price", "date", "remark", "item", "desc")
        if _PRICE_HDR_WORD.search(c0):
            # "U/Price USD per 1,000 pcs": a price column, whatever unit it names
            keys = ("price", *(k for k in keys if k != "price"))
        for key in keys:
            if not keys_re[key].search(c0):
                continue
            if key in ("qty", "price", "date"):
                if _CONFIRMED_HDR.search(c0):
                    key = key + "_conf"
                elif _PO_HDR.search(c0):
                    key = key + "_po"
            if key in cols.values() and key not in ("remark", "item", "desc"):
                if key.startswith("date"):
                    # "ETD | ETA", "Versand | Liefertermin": the delivery column wins
                    j = next(k for k, v in cols.items() if v == key)
                    # ... and over a date that is not said to be one ("OA Date | … |
                    # Delivery Date": the document's own date)
                    if _date_column_kind(c0) == "delivery" and _date_column_kind(cells[j]) in (
                        "ship",
                        "neutral",
                    ):
                        del cols[j]
                        cols[i] = key
                elif key.startswith("price"):
                    # "List Price | Disc % | Net Price": the price after the discount wins
                    j = next(k for k, v in cols.items() if v == key)
                    if _NET_HDR.search(c0) and not _NET_HDR.search(cells[j]):
                        del cols[j]
                        cols[i] = key
                elif key == "qty":
                    # "Beställt antal | Bekräftat antal" in words the header table lacks: two
                    # quantity columns, neither said to be the supplier's
                    cols[i] = "qty_again"
                break
            cols[i] = key
            break
    if confirmed_only is not None and "date_conf" not in cols.values():
        # our table given back with a column of answers ("Req. date | Confirmed": "Yes" or
        # "12/18/2026"): a date there is the one committed to; without our date's column
        # ("Leverdatum | Bevestigd") the column's cells are unknown, as they were
        requested = [
            j
            for j, v in cols.items()
            if v == "date_po" or (v == "date" and _REQ_ABBREV.search(cells[j]))
        ]
        if requested:
            for j in requested:
                cols[j] = "date_po"
            cols[confirmed_only] = "date_conf"
    values = set(cols.values())
    if len(cols) >= 3 and values & {"qty", "qty_conf", "price", "price_conf", "date", "date_conf"}:
        # without a separate confirmed column, the plain one is the supplier's
        return cols
    return None


def _grouped_header(cells: list[str], above: list[str]) -> list[str] | None:
    """A header row whose column names repeat ("Ilość | Cena | Termin | Ilość | Cena |
    Termin") under a row of group labels ("Zamówienie / Ordered", "Potwierdzenie /
    Confirmed", each in the first cell of its merged span): each name led by its group's
    label. None when no name repeats or the row above names fewer than two groups."""
    names = [c.strip().lower() for c in cells if c.strip()]
    if len(names) == len(set(names)) or not any(a.strip() for a in above):
        return None
    groups: list[str] = []
    current = ""
    for j in range(len(cells)):
        label = above[j].strip() if j < len(above) else ""
        current = label or current
        groups.append(current)
    if len({g for g in groups if g}) < 2:
        return None
    return [
        f"{g} {c.strip()}" if c.strip() and g else c for g, c in zip(groups, cells, strict=True)
    ]


_TOTAL_AFTER = compile_re(
    r"^\s*(?:in )?(?:total|gesamt|insgesamt|au total|en total|in totale|celkem)\b", re.IGNORECASE
)


# a contrast that takes back part of what came before it
_BUT = compile_re(
    r"(?:,|\s)\s*(?:but|however|aber|jedoch|mais|pero|ma|maar|men|mutta|ale|mas|dar|ancak|ama"
    r"|но|але|αλλά|vaid|tačiau|taču|tetapi|namun|nhưng)\s"
    # Hungarian "de" always follows a comma; in the Romance languages "de" is "of"
    r"|,\s*de\s",
    re.IGNORECASE,
)
_ASIDE = compile_re(r"\([^()]*\)")
# "order 4711 of / van / vom / du 2 maart": a date that belongs to what comes before it
_OF_DATE = compile_re(
    r"\b(?:of|from|dated|van|vom|du|del|dal|z|ze|od|från|fra|af|din|от|від)\s+(?:the\s+|den\s+)?$",
    re.IGNORECASE,
)
# a noun right after a date ("Wednesday delivery", "the 14th dispatch")
_NOUN_AFTER = compile_re(
    r"[ \t]+(delivery|deliveries|arrival|dispatch|despatch|shipment|shipping)\b", re.I
)
# "… n'est malheureusement pas possible": what came before is refused
_NOT_POSSIBLE = compile_re(
    r"[^.;!?\n]{0,40}?\b(?:(?:is|are)\s+(?:unfortunately\s+)?not\s+possible|impossible"
    r"|n'est\s+(?:malheureusement\s+)?pas\s+possible|(?:ist|sind)\s+(?:leider\s+)?nicht\s+möglich"
    r"|no\s+es\s+posible|non\s+è\s+possibile|não\s+é\s+possível|is\s+(?:helaas\s+)?niet\s+mogelijk"
    r"|nie\s+jest\s+możliw\w*|není\s+možn\w*|nie\s+je\s+možn\w*|nem\s+lehetséges|er\s+ikke\s+mulig"
    r"|är\s+inte\s+möjlig\w*|ei\s+ole\s+mahdollist\w*|nu\s+este\s+posibil\w*|nije\s+moguć\w*"
    r"|ni\s+mogoč\w*|не\s+е\s+възможн\w*|невозможн\w*|неможлив\w*|δεν\s+είναι\s+δυνατ\w*"
    r"|mümkün\s+değil|không\s+thể|tidak\s+(?:mungkin|memungkinkan))",
    re.IGNORECASE,
)
# "80 of 100", "80 von 100": the number after "of" is the whole, not a part, unless a word of
# the rest stands before it ("the balance of 20", "die Restmenge von 300 kg")
_OF_WHOLE = compile_re(r"\b(?:out of|of the|of|von den|von|sur les|sur|de los)\s*$")


def _of_whole(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    of = _OF_WHOLE.search(before, max(0, len(before) - 10))
    if of is None:
        return False
    return not any(
        not before[m.end() : of.start()].strip()
        for m in L.pattern("split").finditer(before, 0, of.start())
    )


_WORD_AFTER = compile_re(r"\s*([^\W\d_]+)")


def _counts_in(word: str, pl: POLine) -> bool:
    """``word`` after a number makes it a count: a pack, a piece word or the PO's unit."""
    return bool(
        pack_kinds(word)
        or same_unit(word, pl.uom)
        or is_piece_unit(word)
        or is_measure(word, pl.uom)
    )


# the kinds of date a part of a split delivery may have
_PART_KINDS = ("delivery", "ship", "neutral")
# a count restated right after it in another unit: "17 sekker = 10 200 kg"
_RESTATED_AFTER = compile_re(r"\s*\(?\s*=")
# a commitment word right before a count: "patvirtiname 1000 pakų", "we confirm 40 boxes"
_COMMITS_COUNT = compile_re(rf"(?:{L.pattern('commit').pattern})\s+(?:\w+\s+)?$", re.IGNORECASE)
# a count, the word of what it counts, and "of" right before a measure: "60 bottles of 1 L"
_EACH_OF = compile_re(
    rf"(?<![\w.,])\d[\d.,]*\s*[^\W\d_]{{2,}}\.?\s+(?:{L.alternation('pack_of')})\s*$",
    re.IGNORECASE,
)
# the word before a pack's size: "camiones de 12.000 kg", "lots of 400", "партиями по 400"
_SIZE_OF = compile_re(rf"(?<!\w)(?:{L.alternation('pack_of')})\s*$", re.IGNORECASE)
# "12 t (20 BB)": a count restated in brackets right after another count, in another unit
_RESTATED = compile_re(r"\d\s*[^\W\d_]{1,12}\.?\s*\(\s*$")
# the unit a table cell counts or prices in: "20.00 MT", "USD 520.00/MT"
_CELL_UNIT = compile_re(r"\d\s*(?P<unit>[^\W\d_]{1,12})\.?\s*$")
_PER_UNIT = compile_re(
    r"\s*(?:/|per\s|pro\s|je\s)\s*(?P<unit>[^\W\d_]{1,12})\.?\s*$", re.IGNORECASE
)
# "80 of the 100", "420 von den 450", "de los 450": the count after is what is measured against
_OF_THE_ORDERED = compile_re(
    r"\b(?:of|out of|von|de|des|sur|di|dei|delle|degli|dos|das|do|da|z|ze|из|от|af|av|van|od|iš)"
    r"\s+(?:the\s+|den\s+|los\s+|las\s+|les\s+|i\s+|le\s+|gli\s+|os\s+|as\s+|de\s+)?$",
    re.IGNORECASE,
)
# a negation in the clause before the ordered count: "No podemos completar los 450 m"
_NOT_WORD = compile_re(
    r"\b(?:no|not|cannot|can't|nicht|kein\w*|pas|non|nie|ne|nem|nu|ikke|inte|ei|не|ні|δεν"
    r"|không|tidak|bukan|niet|geen)\b",
    re.IGNORECASE,
)


def _parenthesised(text: str) -> list[tuple[int, int]]:
    """The spans inside round brackets, outermost, unclosed ones to the end of the text."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    if depth:
        spans.append((start, len(text)))
    return spans


def _explanations(text: str, hits: Sequence[DateHit]) -> list[tuple[int, int]]:
    """Bracketed asides that say something in words besides their dates ("(mould in
    maintenance week 52)"); a bare "(18.12.2026)" restates the date before it."""
    out = []
    for a, b in _parenthesised(text):
        inside = text[a:b]
        for h in hits:
            if a <= h.start < b:
                inside = inside.replace(h.text, " ")
        if len(re.findall(r"[^\W\d_]{2,}", inside)) >= 2:
            out.append((a, b))
    return out


# "only 80", "nur noch 400", "μόνο 1 κουλούρα": the lexicon's [only] words of every language
_ONLY = L.alternation("only")
_ONLY_BEFORE, _ONLY_AFTER = L.before_and_after("only")
# "only 80 sets", and with the word after the count: "80 ערכות בלבד"
_ONLY_COUNT = compile_re(
    rf"(?<![^\W\d_])(?:{_ONLY_BEFORE})(?![^\W\d_])\s*(?:[^\W\d_]+\s+){{0,3}}\d"
    rf"|(?<![\w.,])\d[\d.,]*\s+(?:[^\W\d_]+\s+){{0,2}}(?:{_ONLY_AFTER})(?![^\W\d_])",
    re.IGNORECASE,
)

_INTRODUCES = compile_re(r"[:：]\s*$")
_ZERO = compile_re(r"\s*0+(?:[.,]0+)?\s*")

_AS_REQUESTED = compile_re(
    r"\b(?:as requested|wie gewünscht|wie angefragt|comme demandé|según lo solicitado|come richiesto)\b",
    re.IGNORECASE,
)

_NOW_AFTER = compile_re(
    r"^\s*(?:pcs|pieces|units|ea|stk\.?|st\.?|stück)?\s*(?:(?:can |will )?(?:ship|go out|be delivered|deliver)\s+)?(?:now|immediately|right away|straight away|from stock|ex stock|sofort|ab lager|tout de suite|immédiatement|de suite|inmediatamente|de inmediato)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def _buyer_voice_for(po_number: str) -> re.Pattern[str]:
    """Our own words about our PO ("please acknowledge our purchase order 4500012345")."""
    digits = re.sub(r"\D", "", po_number)
    number = r"[\s\-./]?".join(re.escape(c) for c in digits)
    return compile_re(
        r"\bplease acknowledge our\b|\bbitte bestätigen sie unsere\b|\bmerci de (?:bien vouloir )?confirmer notre\b"
        r"|\b(?:our|unsere[rn]?|notre|nuestr[oa]|nostr[oa])\s+(?:purchase\s+order|order|po|p\.o\.|bestellung|commande|pedido|ordine)"
        r"\s*(?:no\.?|nr\.?|#|n°)?\s*(?:[A-Z]{1,4}[-/ ]?){0,3}" + number + r"(?!\d)",
        re.IGNORECASE,
    )


_COUNT_WORDS = {
    "both": 2,
    "beide": 2,
    "beiden": 2,
    "deux": 2,
    "ambas": 2,
    "ambos": 2,
    "entrambe": 2,
    "obou": 2,
    "obě": 2,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "trois": 3,
    "quatre": 4,
    "tres": 3,
    "cuatro": 4,
    "tre": 3,
}


_BOTH = compile_re(
    r"(?:both|beide[n]?|les deux|ambas|ambos|ambele|entramb[ei]|obou|obě|obe|obeh|obie|obu|oba|obje"
    r"|begge|båda|molemmat|mindkét|(?:и )?двете|обе|оба|обидві|her iki|(?:και )?τα δύο|abi|abas"
    r"|mõlemad|두|两项|兩項|両方)(?![^\W\d_])",
    re.IGNORECASE,
)


def _all_count(text: str) -> int | None:
    """How many lines "both lines" / "all three items" / "all 3 lines" speaks of, if it says."""
    m = re.search(
        r"\b(both|beide[n]?|les deux|ambas|ambos|entrambe|obou|obě|all (?:the )?(\w+|\d+)|alle (\w+|\d+))\s+(?:of the\s+)?(?:lines|items|positions|positionen|lignes|líneas|posiciones|righe|položek|položky|pos\.?)\b",
        text,
        re.IGNORECASE,
    )
    if not m:
        # "abi pozicijos", "begge postene", "obe postavki": a both-word of any language
        # opening the words for every line speaks of two
        from agent.reading.claims import ORDER_NOUN

        every = P.ALL_LINES.search(text)
        return (
            2
            if every and _BOTH.match(every.group(0)) and not ORDER_NOUN.search(every.group(0))
            else None
        )
    word = (m.group(2) or m.group(3) or m.group(1)).lower().replace("les ", "")
    if word.isdigit():
        return int(word)
    return _COUNT_WORDS.get(word)


def _echo_table(cols: dict[int, str]) -> bool:
    """Our own request's table (a need-by column, nothing the supplier confirmed)."""
    values = set(cols.values())
    return "date_po" in values and not values & {"date", "date_conf", "qty_conf", "price_conf"}


def _cells(line: str) -> list[str]:
    """Table cells: tab-separated, or a plain-text table aligned with runs of spaces."""
    if "\t" in line:
        return line.split("\t")
    if line.count("|") >= 2:
        # "Наименование | Кол-во, шт. | Цена": cells drawn with bars
        return [c.strip() for c in line.strip().strip("|").split("|")]
    if re.search(r"\S {2,}\S", line):
        return re.split(r" {2,}", line.strip())
    return [line]


_SPACED_CELL = compile_re(r"\S+(?: \S+)*")


def _aligned_cells(header: str, line: str) -> list[str] | None:
    """A row of a plain-text table laid out in columns, cut where its header's cells stand,
    when cutting at runs of spaces gives more cells than the header has: "Pos. Material"
    over "1    IML-500-CUP" is one header cell over two of the row's. Each of the row's cells
    goes to the header cell it overlaps most (numbers are often right-aligned under it)."""
    if "\t" in header or "\t" in line or header.count("|") >= 2 or line.count("|") >= 2:
        return None
    heads = [(m.start(), m.end()) for m in _SPACED_CELL.finditer(header)]
    cells = [(m.start(), m.end(), m.group(0)) for m in _SPACED_CELL.finditer(line)]
    if len(heads) < 3 or len(cells) <= len(heads):
        return None  # a note under a row ("*** SIN STOCK ***") is no row
    out: list[list[str]] = [[] for _ in heads]
    for a, b, text in cells:
        overlap = [min(b, he) - max(a, hs) for hs, he in heads]
        best = max(range(len(heads)), key=lambda j: (overlap[j], -abs(a - heads[j][0])))
        if overlap[best] <= 0:
            best = min(
                range(len(heads)), key=lambda j: min(abs(a - heads[j][1]), abs(b - heads[j][0]))
            )
        out[best].append(text)
    return [" ".join(parts) for parts in out]


def _header_currency(cell: str) -> str | None:
    for sym, code in (("€", "EUR"), ("£", "GBP"), ("$", "$")):
        if sym in cell:
            return code
    m = re.search(
        r"\b(USD|EUR|GBP|CHF|CZK|PLN|CNY|INR|JPY|SEK|DKK|NOK|HUF|RON|TRY|KRW|VND|RUB|UAH|IDR|MYR|BRL|TWD|BGN)\b",
        cell,
        re.IGNORECASE,
    )
    return m.group(1).upper() if m else None


def _cell(row: dict, key: str) -> str:
    """The supplier's value for qty/price/date: the confirmed column, else the plain one."""
    if key + "_conf" in row:
        return row.get(key + "_conf") or ""
    return row.get(key) or ""


# ------------------------------------------------------------------ the reader


# a price's count after it in an acknowledgment's row: "9,80 /100", "620,00 100 1.860,00"
_ROW_PRICE_PER = compile_re(r"\s*/?\s*(100|1[.,]?000)(?![\d.,])")


def _deposit_beside(text: str, start: int, end: int) -> bool:
    """A deposit's word in the clause before the amount, or right after it ("zálohu 250
    EUR/stojan", "EUR 150 Pfand je IBC")."""
    before = re.split(r"[.;:!?]\s|,\s", text[max(0, start - 40) : start])[-1]
    return bool(L.search("deposit", before) or L.search("deposit", text[end : end + 12]))


def _freight_beside(text: str, start: int, end: int) -> bool:
    """The amount is what carrying the goods costs: a freight word right before it in its
    clause ("de transportkosten à € 185,00", "Fracht: 185,00 €") or right after it ("EUR
    185,00 Frachtkosten")."""
    before = re.split(r"[.;!?]\s|,\s", text[max(0, start - 40) : start])[-1]
    said = [m for m in L.pattern("freight").finditer(before)]
    if said and not re.search(r"\d", before[said[-1].end() :]):
        return True
    rest = text[end : end + 30]
    return L.pattern("freight").match(rest, len(rest) - len(rest.lstrip(" \t:(-–"))) is not None


# the week of the mail or the next, as the date rules' vague forms write it ("this week",
# "diese Woche"); not a week said against a date ("the week after 15/12")
_WEEK_WORD = compile_re(
    r"(?:this|next|diese|nächste|cette|la semaine prochaine|la semana que viene|la próxima semana)"
    r"(?:\s+(?:week|woche|semaine))?",
    re.IGNORECASE,
)


def _as_described(words: str, pl: POLine) -> bool:
    """``words`` ("A 8,4") stand in the line's description as they are written."""
    key = " ".join(words.split())
    return len(key) >= 3 and key.lower() in " ".join((pl.description or "").split()).lower()


_EQUALS_BEFORE = compile_re(r"=\s*$")
# what follows a percentage up to "=" and an amount: "… project discount = EUR 45.60"
_EQUALS_PRICE_AFTER = compile_re(r"[^=.;\n]{0,40}=\s*(?:[A-Z]{3}|[€$£¥])?\s?\d")


def _in_brackets(text: str, pos: int) -> bool:
    # CJK text brackets asides with the full-width forms ("（2026年3月签发，…）")
    opened = text.count("(", 0, pos) + text.count("（", 0, pos)
    return opened > text.count(")", 0, pos) + text.count("）", 0, pos)


def _surcharge_words(text: str) -> list[re.Match[str]]:
    return [
        *P.SURCHARGE.finditer(text),
        *L.pattern("surcharge").finditer(text),
        *P.DISCOUNT.finditer(text),
    ]


class POReader:
    def __init__(
        self,
        po: OpenPO,
        locale: str,
        reference,
        all_pos: Sequence[OpenPO],
        other_orders: Sequence[str],
    ):
        self.po = po
        self._po_words: re.Pattern[str] | bool | None = None
        self.locale = locale
        self.ref_dt = reference
        self.ref = reference.date() if hasattr(reference, "date") else reference
        self.index = LineIndex(po)
        self.all_pos = list(all_pos)
        self.other_orders = [o for o in other_orders if len(re.sub(r"\D", "", o)) >= 4]
        self.statements: list[Statement] = []
        self.reasons: list[str] = []
        self.para_counter = 0
        self.holding_texts: list[str] = []
        self.reasons_soft: list[str] = []
        self._memo: dict[tuple, object] = {}
        # (statement text, start) of the dates that are an arrival on the way (a port's ETA)
        self._transit: set[tuple[str, int]] = set()
        self._para_default: frozenset[int] | str | None = ALL
        # the lines a list's lead names: "Pos. 2 in two parts:", "2番は分納となります。"
        self._list_lead: frozenset[int] | None = None
        self.promised: date | None = None
        self._line_packs: list[PackSize] = []  # pack sizes said of the line being read
        # (statement, line) -> the counts before and after the line's name, when they differ
        self._both_sides: dict[tuple[int, int], tuple[Decimal, Decimal]] = {}
        # line -> the one other line its words say it goes with ("zusammen mit Pos. 1")
        self._companions: dict[int, int] = {}
        # the supplier's position numbers its rows map to our lines (10 -> 1, 20 -> 2)
        self._positions: dict[int, int] = {}

    # ------------------------------------------------------------ statements

    def add_block(self, text: str, source: str, context: str | None = None) -> None:
        default: frozenset[int] | str | None = ALL
        if context:
            refs: set[int] = set()
            for cl in context.split("\n"):
                label = _LINE_REF.match(cl.lstrip())
                if (
                    label
                    and label.group("a")
                    and not label.group("more")
                    and not label.group("range")
                    and int(label.group("a")) in self.index.numbers
                ):
                    # "Pos. 1  KH-DN50-PN40  Kugelhahn DN50 PN40": the row's label names it,
                    # whatever other line's description shares its words
                    refs.add(int(label.group("a")))
                    continue
                r, _, _ = self.index.refs(cl, line_start=True)
                refs |= r
            if (
                len(refs) == 1
                or refs == self.index.numbers
                and len(refs) > 0
                and len(self.index.numbers) == 1
            ):
                default = frozenset(refs)
            elif refs and refs != self.index.numbers:
                default = None  # several lines quoted: the answer must name one
        section = None
        buyer_voice = self._buyer_voice()
        for para in re.split(r"\n\s*\n", text):
            self.para_counter += 1
            if buyer_voice.search(para):
                # our own request, pasted or quoted without marks: nothing below is the supplier's
                self.reasons_soft.append(
                    "our own request text appears in the reply unquoted; it was not read"
                )
                break
            lines = _logical_lines(_unruled(para))
            if not lines:
                continue
            table = self._table(lines)
            if table is not None:
                header_at, cols, header_cells = table
            current = default
            self._para_default = default
            self._list_lead = None
            date_cols: list[str] | None = None
            price_after_qty = False
            count_columns: tuple[str, ...] = ()
            items, last_was_item = 0, False
            named_labels = False  # a line led by the goods' name of a PO line, as a label
            by_place = self._list_by_place(lines) if table is None else {}
            bullets = sum(1 for line in lines if _BULLET.match(line))
            for li, line in enumerate(lines):
                header_kinds = _date_column_kinds(line, self.locale, self.ref)
                if (
                    header_kinds is None
                    and li + 1 < len(lines)
                    and not _DIGIT.search(lines[li + 1])
                ):
                    # a header on two lines ("... Sched. Ship Promised" over "Date Delivery")
                    header_kinds = _date_column_kinds(
                        f"{line} {lines[li + 1]}", self.locale, self.ref
                    )
                if header_kinds is not None:
                    date_cols = header_kinds
                if _qty_then_price_header(line, self.locale, self.ref):
                    price_after_qty = True
                count_columns = _count_columns_header(line) or count_columns
                # PO sections: a line naming another open PO switches to it
                section, skip = self._section_after(line, section)
                if skip:
                    continue
                if table is not None and li > header_at:
                    cells = _aligned_cells(lines[header_at], line) or _cells(line)
                    if len(cells) >= 2:
                        self._table_row("\t".join(cells), cols, header_cells, source)
                        continue
                if table is not None and li == header_at:
                    continue
                if (
                    P.TAX_OR_TOTAL.search(line)
                    and (price_hits(line, self.locale) or percent_hits(line))
                    and not self.index.refs(line, line_start=True)[0]
                ):
                    continue
                refs, all_named, how = self.index.refs(line, line_start=True)
                if li in by_place:
                    refs, all_named, how = {by_place[li]}, False, "list position"
                has_values = self._has_values(line)
                # an ERP row without a reference, followed by "Ihre Pos. 1": the row takes it
                if not refs and has_values and li + 1 < len(lines):
                    nrefs, _, nhow = self.index.refs(lines[li + 1], line_start=True)
                    if (
                        nrefs
                        # "Ihre Pos. 1", "Your item KMS-C-110" under the row; a line that
                        # names goods by their words is the next item, unless the row is an
                        # acknowledgment's ("10 6308-2Z/C3 60 St 14,85 …")
                        and (nhow != "description" or _TEXT_ROW_START.match(line))
                        and not self._has_values(lines[li + 1])
                        and not self.index.refs(line)[0]
                        # "pos. 1 - …" / "30.000 m …" / "pos. 2 - …": the next item's label
                        # in a list of labelled items, not a note naming this row's line
                        and not (
                            _LABELLED.match(lines[li + 1])
                            and any(_LABELLED.match(x) for x in lines[:li])
                        )
                        # "Pos. 1  Farbe weiß" over "        40 Eimer …, KW 50": a row
                        # indented under the line that names its item goes on that item
                        and not (
                            line[:1].isspace()
                            and li > 0
                            and self.index.refs(lines[li - 1], line_start=True)[0]
                        )
                    ):
                        refs, how = nrefs, "supplier position mapping"
                pos_no = _TEXT_ROW_START.match(line)
                if pos_no and len(refs) == 1 and how != "number":
                    # "20 ALP-CRYO-2 …" read as our line 2: the supplier's position 20 is it
                    self._positions[int(float(line.split()[0]))] = next(iter(refs))
                elif not refs and (
                    named := _POSITION_NAMED.match(line.lstrip())
                    or _POSITION_AFTER_LABEL.match(line.lstrip())
                ):
                    # "Pos. 20: Teillieferung, …" (or "Neuer Liefertermin Pos. 20: 15.01.2027")
                    # under such rows: the line its row is
                    mapped = self._positions.get(int(named.group(1)))
                    if mapped is not None:
                        refs, how = {mapped}, "supplier position mapping"
                item = _list_item(line)
                if (
                    not item
                    and not refs
                    and not all_named
                    and items >= 2
                    and last_was_item
                    and not line[:1].isspace()
                    and not any(_list_item(x) for x in lines[li + 1 :])
                    and stands_apart(lines[li - 1].strip(), line.strip())
                ):
                    # "1. … 2. …" (or "Item 1: … Item 2: …") then "Delivery to the port
                    # 23/12": a line under a list, not indented into its last item, is about
                    # the whole list
                    current = default
                items += item
                last_was_item = item
                first_new = len(self.statements)
                label = _GOODS_LABEL.match(line)
                unplaced = (
                    label is not None and not refs and named_labels and not _field_label(label)
                )
                if (
                    label is not None
                    and refs
                    and self.index.refs(label.group("label"))[0]
                    and self._says_something(line)
                ):
                    named_labels = True
                current = self._add_line(line, refs, all_named, how, current, source)
                if unplaced and self._unplaced_goods(
                    label.group("label"), self.statements[first_new:]
                ):
                    # what follows it in the paragraph is about it too, unless it names a line
                    current = None
                kinds = _row_date_kinds(line, date_cols, self.locale, self.ref) if date_cols else ()
                # a row that names its line, even cut in two at an abbreviation ("press.")
                named_row = price_after_qty and any(
                    st.own_ref for st in self.statements[first_new:]
                )
                for st in self.statements[first_new:]:
                    st.date_kinds = kinds
                    st.price_after_qty = named_row
                    st.count_columns = count_columns
                    if (
                        bullets >= 2
                        and _BULLET.match(line)
                        and not refs
                        and st.lines == ALL
                        and self._is_reject(st.text)
                        and not self.index.refs(st.text)[0]
                        and not self._mentions(st.text)
                        and not P.WHOLE_ORDER_REJECT.search(st.text)
                        and not P.ALL_LINES.search(st.text)
                    ):
                        # "- Адвент календар - изчерпан. Не можем да го доставим.": a refusal
                        # inside one item of a list is that item's, not the order's; unplaced,
                        # it is no one's, and a person places it
                        st.lines = None
                        self.reasons.append(
                            f"'{_label(st.text)}' refuses something in one item of a list "
                            "that names no line: which line is unclear"
                        )

    def _says_something(self, text: str) -> bool:
        """``text`` refuses, accepts or states a value."""
        return bool(self._is_reject(text) or P.ACCEPT.search(text) or self._has_values(text))

    def _unplaced_goods(self, label: str, sts: list[Statement]) -> bool:
        """ "Tandenborstelset: helaas uit ons assortiment" under "Shampoo 30 ml: …" and "Zeep
        20 g: …": a line led by the name of goods no PO line is matched to, among lines led
        by the names of PO lines, is about an item of its own when it says something of it.
        It is no line's; a person places it."""
        said = [st for st in sts if self._says_something(st.text)]
        if not said:
            return False
        for st in sts:
            st.lines = None
        self.reasons.append(
            f"'{_label(said[0].text)}' speaks of '{label}', which no line of PO "
            f"{self.po.po_number} could be matched to"
        )
        return True

    def _list_by_place(self, lines: list[str]) -> dict[int, int]:
        """A bulleted list of as many items as the PO has lines, none naming a line (the
        goods' names in another language), read item by item as the PO's lines in order when
        every count it states is its own line's quantity and at least two are ("- Дървен влак
        - 300 бр. …", "- Плюшен елен - 500 бр. …", "- Адвент календар - изчерпан"): the index
        of each item's text line -> its PO line."""
        at = [li for li, line in enumerate(lines) if _BULLET.match(line)]
        if len(at) != len(self.po.lines) or len(at) < 2:
            return {}
        items = []
        for pl, li in zip(self.po.lines, at, strict=True):
            refs = self.index.refs(lines[li], line_start=True)[0]
            if (refs and refs != {pl.line}) or P.ALL_LINES.search(lines[li]):
                return {}  # (an item may name its own line: "Dill tips 2-4 mm" as "2–4 mm")
            counts = {q.value for q in quantity_hits(lines[li], self.locale, self._units())}
            items.append((pl, counts))
        ordered = {pl.quantity for pl, _ in items}
        matched = sum(1 for pl, counts in items if counts and counts <= {pl.quantity})
        changed = [counts for pl, counts in items if counts - {pl.quantity}]
        # one item's count may differ (a changed quantity) when at least two others match
        # their lines, the PO's quantities tell its lines apart and the count is no other
        # line's quantity (the list may be in another order)
        if (
            matched < 2
            or len(changed) > 1
            or (changed and len(ordered) < len(items))
            or any(counts & ordered for counts in changed)
        ):
            return {}
        return {li: pl.line for pl, li in zip(self.po.lines, at, strict=True)}

    def _section_after(self, line: str, section):
        """Which PO the text is about when several are named: (section, skip this line).

        section: None = not yet named (applies to every PO), True = this PO, False = another one.
        """
        mentions = find_po_mentions(line, self.all_pos)
        if mentions:
            if any(m.po_number == self.po.po_number for m in mentions):
                return True, False
            return False, True
        if P.OTHER_ORDER.search(line):
            return section, True
        for o in self.other_orders:
            if o in line:
                return section, True
        return section, section is False

    def _describes_another_po(self, sentence: str) -> bool:
        # "the can bodies order we are still checking", unless it names one of this order's
        # lines
        return (
            describes_other_po(sentence, self.po, self.all_pos) and not self.index.refs(sentence)[0]
        )

    def _has_values(self, text: str) -> bool:
        return bool(
            price_hits(text, self.locale)
            or quantity_hits(text, self.locale, self._units())
            or find_dates(text, self.locale, self.ref)[0]
        )

    def _named_parts(self, clause: str) -> list[str]:
        """A clause cut at each comma after which other goods are named with their own
        values ("OPzV cells on 20/01/2027 as requested, the traction batteries only
        03/02/2027"): each part about its own line, when every part names one and gives a
        date or a price of its own (counts alone may share the date before them: "Truck 1,
        arriving 14 January: size S 300 pcs, size XL 200 pcs")."""
        cuts = [m.span() for m in _NAMED_CUT.finditer(clause)]
        if not cuts:
            return [clause]
        spans: list[list[int]] = []  # [start, end] of each part kept
        named: list[set[int]] = []
        start = 0
        for end, nxt in [*cuts, (len(clause), len(clause))]:
            part = clause[start:end]
            refs = self.index.refs(part)[0] if self._dated_or_priced(part) else set()
            if spans and refs and named[-1] and refs != named[-1]:
                spans.append([start, end])
                named.append(refs)
            elif spans:
                spans[-1][1] = end
            else:
                spans.append([start, end])
                named.append(refs)
            start = nxt
        return [clause[a:b] for a, b in spans] if len(spans) > 1 else [clause]

    def _dated_or_priced(self, text: str) -> bool:
        return bool(price_hits(text, self.locale) or find_dates(text, self.locale, self.ref)[0])

    def _units(self) -> tuple[str, ...]:
        # Only the PO's units of measure: description words as units read "NU 210 ECP" as 210 pieces.
        return tuple({ln.uom for ln in self.po.lines})

    def _add_line(self, line: str, refs: set[int], all_named: bool, how: str, current, source: str):
        prio_line = (
            3
            if refs
            and self._has_values(line)
            and re.match(r"^\s*(?:[-•*]\s*)?(?:pos\.?|line|item|\d)", line, re.I)
            else 2
        )
        bullet = _BULLET.match(line)
        if not refs and bullet:
            # a bullet is a new item of a list: it does not carry on the bullet before it,
            # but on the line that leads the list ("Pos. 2 liefern wir in zwei Teilen:")
            current = self._list_lead or self._para_default
        elif not refs and _LABEL_ITEM.match(line):
            current, self._list_lead = self._para_default, None
        elif not bullet:
            self._list_lead = None
        carry: set[int] = set()
        first = True
        for sentence in _split_sentences(line):
            if P.OTHER_ORDER.search(sentence) or P.CONDITIONAL.match(sentence):
                continue
            mentions = find_po_mentions(sentence, self.all_pos)
            if mentions and all(m.po_number != self.po.po_number for m in mentions):
                continue  # a sentence about another of the supplier's POs
            if not mentions and self._describes_another_po(sentence):
                continue  # "the can bodies order we are still checking": not this PO's
            s_refs, s_all, _ = self.index.refs(sentence)
            for clause in (c for whole in _clauses(sentence) for c in self._named_parts(whole)):
                exc = P.EXCEPT.search(clause)
                parts = [clause[: exc.start()], clause[exc.end() :]] if exc else [clause]
                bracket = P.EXCEPTION_BRACKET.match(clause, exc.end()) if exc else None
                if exc and bracket and _WORDS_OR_VALUES.search(clause, bracket.end()):
                    # "Bis auf Pos. 2 (Liefertermin 08.01.2027) alles wie bestellt": the
                    # words after the exception's bracket are the rest of the order's
                    parts = [
                        f"{clause[: exc.start()]} {clause[bracket.end() :]}",
                        clause[exc.end() : bracket.end()],
                    ]
                whole_head = False
                if not exc:
                    all_m = P.ALL_LINES.search(clause)
                    if all_m and all_m.start() > 0:
                        cut = clause.rfind(", ", 0, all_m.start())
                        if cut > 0 and self.index.refs(clause[:cut])[0]:
                            parts = [clause[:cut], clause[cut + 2 :]]
                    elif (head := self._order_commit_head(clause)) is not None:
                        # "Order 4500031548 is confirmed, the pliers are €26.50 now though":
                        # the order is confirmed, and the goods named after it are the change
                        parts, whole_head = [clause[:head], clause[head + 2 :]], True
                for pi, part in enumerate(parts):
                    if not part.strip():
                        continue
                    c_refs, c_all, c_how = self.index.refs(part)
                    if c_refs and (outside := self.index.refs_outside_asides(part)):
                        c_refs, c_all, c_how = outside
                    if c_how == "description" and s_refs and _LABELLED.match(sentence):
                        # "1. kalem – PET granül ...": the label's line, whatever word of
                        # another line's description the goods' name shares
                        c_refs, c_how = set(s_refs), how
                    if c_all and s_refs and _LABELLED.match(sentence) and not P.explicit_all(part):
                        c_all = False  # "Partida 1: no alcanzamos a producir todo"
                    if (
                        first
                        and refs
                        and not c_refs
                        and not c_all
                        and how
                        in ("enumeration", "supplier position mapping", "table", "list position")
                    ):
                        c_refs, c_how = set(refs), how
                    first = False
                    if carry:
                        c_refs |= carry
                        carry = set()
                    if P.WHOLE_ORDER_REJECT.search(part):
                        # "we have to decline this order": every line, whatever else it names
                        c_refs, c_all = set(), True
                    if exc and pi == 0:
                        self.statements.append(
                            Statement(
                                part.strip(),
                                ALL,
                                source,
                                0,
                                self.para_counter,
                                ref_kind="all",
                                sentence=sentence,
                            )
                        )
                        continue
                    if c_refs and self._only_refs(part):
                        # "Pos. 1, pos. 2 and 3 confirmed": the names carry on to the words that follow
                        carry = set(c_refs)
                        current = frozenset(c_refs)
                        continue
                    if c_refs:
                        scope, prio, kind, own = frozenset(c_refs), prio_line, c_how, True
                        current = scope
                    elif c_all or (s_all and not s_refs) or (whole_head and pi == 0):
                        scope, prio, kind, own = ALL, 0, "all", True
                        current = ALL
                        count = _all_count(part)
                        if count is not None and count != len(self.po.lines):
                            self.reasons.append(
                                f"'{part.strip()[:80]}' speaks of {count} lines, PO {self.po.po_number} has {len(self.po.lines)}"
                            )
                    else:
                        scope, prio, kind, own = (
                            current,
                            (0 if current == ALL else 1),
                            "inherited",
                            False,
                        )
                        if scope is None and self._says_something(part):
                            # an inline answer under several quoted lines that names none of them
                            self.reasons.append(
                                f"'{part.strip()[:80]}' answers several quoted lines at once without naming one"
                            )
                    self.statements.append(
                        Statement(
                            part.strip(),
                            scope,
                            source,
                            prio,
                            self.para_counter,
                            ref_kind=kind,
                            own_ref=own,
                            sentence=sentence,
                            sentence_named=bool(s_refs) or bool(refs),
                        )
                    )
        if (
            not bullet
            and isinstance(current, frozenset)
            and (_LEADS_LIST.search(line) or L.search("split", line))
        ):
            self._list_lead = current
        return current

    def _order_commit_head(self, clause: str) -> int | None:
        """Where the clause's first part ends, when that part commits to this order by its
        number or its noun and says nothing else ("Order 4500031548 is confirmed, the pliers
        are …"), and the rest names lines; None otherwise. Not an introduction ("we confirm as
        follows:"), whose list alone says what is confirmed."""
        from agent.reading.claims import ORDER_NOUN

        cut = clause.find(", ")
        if cut <= 0:
            return None
        head = clause[:cut]
        # the rest names its lines in its own words, not only in a bracket that lists the
        # order ("come da Vs. richiesta, quantità e prezzi invariati (pos. 1: …; pos. 2: …)")
        rest = clause[cut + 2 :]
        if rest.rfind("(") > rest.rfind(")"):
            rest = rest[: rest.rfind("(")]  # a bracket the clause splitter cut at its ";"
        if self.index.refs(head)[0] or not self.index.refs(blank_asides(rest))[0]:
            return None
        named = any(m.po_number == self.po.po_number for m in find_po_mentions(head, self.all_pos))
        if not (named or ORDER_NOUN.search(head)):
            return None
        bare = head.replace(self.po.po_number, " ")
        if (
            not L.search("commit", head)
            or self._has_values(bare)
            or L.search("condition", head)
            or L.search("hedge", head)
            or L.search("question", head)
            or L.search("promise_later", head)
        ):
            return None
        return cut

    def _only_refs(self, text: str) -> bool:
        rest = CJK_LINE_REF.sub(" ", _LINE_REF.sub(" ", text))
        if self.index.items_re is not None:
            rest = self.index.items_re.sub(" ", rest)
        return not _WORDS_OR_VALUES.search(rest)

    def _table(self, lines: list[str]):
        for i, line in enumerate(lines):
            cells = _cells(line)
            if len(cells) < 3:
                continue
            cols = _classify_header(cells)
            if cols is None and "\t" in line:
                # an HTML table's header, its cells set apart as a sheet's are: read in the
                # words of every lexicon language ("จำนวน | ราคา/ชิ้น | วันส่งมอบ"), unless a
                # column of counts would be left unnamed
                cols = _classify_header(cells, sheet=True)
                if cols and _unread_count_column(cols, [_cells(x) for x in lines[i + 1 :]]):
                    cols = None
            if cols:
                if _echo_table(cols):
                    return i, {}, cells
                return i, cols, cells
        return None

    def add_rows(self, rows: list[list[str]], source: str) -> None:
        """A spreadsheet/CSV: header row, then one row per line."""
        self.para_counter += 1
        cols = None
        header: list[str] = []
        rows = [[str(c) if c is not None else "" for c in cells] for cells in rows]
        for at, cells in enumerate(rows):
            if cols is None:
                # "Ordered" and "Confirmed" over the same column names twice: each name is
                # read with the group it stands under
                cells = _grouped_header(cells, rows[at - 1] if at else []) or cells
                cols = _classify_header(cells)
                if cols is None:
                    # in the words of another lexicon language ("Eil. | Kiekis | Kaina"), when
                    # no column of counts is left unnamed ("Besteld | Bevestigd" would be)
                    cols = _classify_header(cells, sheet=True)
                    if cols and _unread_count_column(cols, rows[at + 1 :]):
                        cols = None
                if cols and _echo_table(cols):
                    return
                header = cells
                continue
            self._table_row("\t".join(cells), cols, header, source)
        if cols is None and any(self.index.refs(" ".join(r))[0] for r in rows):
            # rows that name our lines under a header no word of ours reads: what they say
            # of each line is unknown, whatever the mail around them says
            self.reasons.append(
                f"{source}: a table names the PO's lines, but its header could not be read"
            )

    def _buyer_voice(self) -> re.Pattern[str]:
        return _buyer_voice_for(self.po.po_number)

    def _table_row(self, line: str, cols: dict[int, str], header: list[str], source: str) -> None:
        if not cols:
            return  # our own request table, echoed
        mentions = find_po_mentions(line, self.all_pos)
        if mentions and all(m.po_number != self.po.po_number for m in mentions):
            return  # a row of another PO in the same sheet
        cells = line.split("\t")
        currency = None
        price_header = ""
        headers: list[str] = []
        for i, key in cols.items():
            if key.startswith(("price", "date")) and i < len(header):
                if key.startswith("price") and (key.endswith("_conf") or currency is None):
                    currency = _header_currency(header[i]) or currency
                    price_header = header[i]
                if key == ("date_conf" if "date_conf" in cols.values() else "date"):
                    headers.append(header[i])
        get: dict[str, str] = {}
        for i, key in cols.items():
            value = cells[i].strip() if i < len(cells) else ""
            get[key] = (get[key] + " " + value).strip() if key in get else value
        refs: set[int] = set()
        for key in ("line", "item"):
            v = get.get(key, "")
            if v.isdigit() and int(v) in self.index.numbers:
                refs = {int(v)}
                break
        item_refs, _, _ = self.index.refs(
            " ".join(
                cells[i]
                for i, k in cols.items()
                if k in ("item", "desc") and i < len(cells) and not cells[i].strip().isdigit()
            )
        )
        if item_refs:
            if refs and refs != item_refs:
                self.reasons.append(
                    f"table row '{line.strip()[:60]}': position and item code point to different lines"
                )
                return
            refs = item_refs
        if not refs:
            return
        position = get.get("line", "")
        if len(refs) == 1 and position.isdigit() and int(position) not in self.index.numbers:
            # "20 | GE-24-BRN | …" read as our line 2 by its code: a "Pos. 20" remark below
            # the table is about that line
            self._positions[int(position)] = next(iter(refs))
        # "No", "TBD", "backorder" where the row's answer stands, or a bare "No" in a column
        # no header word placed: not a confirmation
        answer = ""
        if {"date_po", "date_conf"} <= set(cols.values()):
            answer = get.get("date_conf", "")
            if not answer:
                return  # a row left blank where the others answer: nothing said of its line
            if _YES_CELL.fullmatch(answer) or find_dates(answer, self.locale, self.ref_dt)[0]:
                answer = ""
        answer = answer or next(
            (c.strip() for i, c in enumerate(cells) if i not in cols and _NO_CELL.fullmatch(c)),
            "",
        )
        if answer:
            lines = ", ".join(str(n) for n in sorted(refs))
            self.reasons.append(
                f"line {lines}: the row answers '{answer[:30]}' where the supplier confirms: "
                "not a confirmation the reading understood"
            )
            return
        self.statements.append(
            Statement(
                " | ".join(c.strip() for c in cells if c.strip()),
                frozenset(refs),
                source,
                3,
                self.para_counter,
                row={
                    **get,
                    "_currency": currency,
                    "_cols": cols,
                    "_headers": headers,
                    "_price_header": price_header,
                },
                ref_kind="table",
            )
        )

    # ------------------------------------------------------------ reading values

    def _scoped(self, line_no: int) -> tuple[list[Statement], list[Statement]]:
        single = len(self.po.lines) == 1
        specific, general = [], []
        for st in self.statements:
            if st.lines is None:
                continue
            if st.lines == ALL:
                (specific if single else general).append(st)
            elif line_no in st.lines:
                specific.append(st)
        specific.sort(key=lambda s: -s.priority)
        return specific, general

    def _immediate_date(self, text: str, hits: list[DateHit], st: Statement) -> list[DateHit]:
        """ "Letkusarjat lähtevät heti varastosta", "ex stock, ship immediately": goods said to
        leave (or arrive) at once, with no date beside, go on the mail's own day."""
        if (
            hits
            or st.row is not None
            or find_dates(text, self.locale, self.ref_dt)[0]
            or _DAY_AND_MONTH.search(text)
            or _CJK_DAY.search(text)
        ):
            return []  # "在庫品のため12/11(金)に出荷": the stock is why, the date is written
        if (
            st.sentence
            and st.sentence != text
            and find_dates(st.sentence, self.locale, self.ref_dt)[0]
        ):
            # "Відвантаження зі складу у Дніпрі - до 22 грудня": the stock is where the goods
            # leave from; the date is in the sentence's next clause
            return []
        m = L.search("immediate", text)
        if m is None or not (P.SHIP_WORDS.search(text) or P.DELIVERY_WORDS.search(text)):
            return []
        return [DateHit(self.ref, m.start(), m.end(), m.group(0), "relative")]

    def _dates(self, st: Statement) -> list[tuple[DateHit, str]]:
        key = ("dates", st.text, st.date_kinds)
        if key not in self._memo:
            self._memo[key] = self._dates_uncached(st)
        return list(self._memo[key])

    def _past_delivery_said(self, text: str, h: DateHit, before: str) -> bool:
        """A delivery word, whole, right before the date in its clause ("levering op",
        "Liefertermin:"); not a ship word, as goods shipped on a day gone by are a record
        ("60 szt. wysłaliśmy już 10.11.2026")."""
        clause = re.split(r"[.;!?]|,\s", before)[-1]
        return any(
            len(clause) - m.end() <= 12 and not clause[m.end() : m.end() + 1].isalpha()
            for m in P.DELIVERY_WORDS.finditer(clause)
        )

    def _dates_uncached(self, st: Statement) -> list[tuple[DateHit, str]]:
        """(hit, kind) for dates that are commitments: kind delivery | ship | neutral."""
        text = st.text
        if st.row is None and P.of_paperwork(_ASIDE.sub(" ", text)):
            # "Das Gut zum Druck erhalten Sie morgen": the documents' date (not "OK, but
            # 21.4. (waiting for the calibration certificates)": the aside gives the reason)
            return []
        # the PO's own words ("Valve 4/3 way", "Washer 3/8") are never a date
        hits, _ = find_dates(self._masked(text), self.locale, self.ref_dt)
        hits = hits + self._lead_time_dates(text, hits) + self._immediate_date(text, hits, st)
        price_sentence = (
            bool(P.PRICE_CONTEXT.search(text))
            and not P.DELIVERY_WORDS.search(text)
            and not P.SHIP_WORDS.search(text)
            and not price_hits(text, self.locale)
            and not quantity_hits(text, self.locale, self._units())
        )
        out = []
        dropped_end = -10
        asides = _explanations(text, hits)
        for h in hits:
            before = text[max(0, h.start - 60) : h.start]
            after = text[h.end : h.end + 40]
            # an aside with a date of its own speaks of that date ("15/01 (mould in
            # maintenance week 52)"), not of this one
            for a, b in asides:
                if h.end <= a < h.end + 40 and any(a <= o.start < b for o in hits):
                    after = text[h.end : a]
                    break
            # the second end of a range whose first end is no commitment ("closed Dec 24 - Jan 1")
            range_tail = 0 <= h.start - dropped_end <= 8 and re.fullmatch(
                r"\s*(?:[-–—]|to|till|until|through|thru|bis|au|al|a|t/m|t\.e\.m\.|tot en met|tot|jusqu.au|hasta el|fino al|até|do|až do)\s*",
                text[dropped_end : h.start],
                re.I,
            )
            if (
                (
                    P.NOT_A_COMMITMENT_BEFORE.search(before)
                    and not P.moved_to_before(before)
                    # "(ligne 2) partent déjà avec la livraison du 17/12/2026": in a line's
                    # own words, that delivery's day is the line's
                    and not (isinstance(st.lines, frozenset) and P.delivery_of_before(before))
                )
                or (P.NOT_A_COMMITMENT_AFTER.search(after) and not P.date_word_just_before(before))
                # the old date a new one replaces, in any lexicon language ("em vez de 12/01")
                or P.replaced_value(before, after)
                # "Can do 12/18, not 12/11": the date the clause denies
                or P.DENIED_BEFORE.search(before)
                # "no llegamos al 15/12", "Den 18.12. schaffen wir leider nicht": a date
                # the words beside it say will not be met, in any lexicon language
                or P.date_missed(text, h.start, h.end)
                or _in_reason_clause(text, h.start)
                or range_tail
                or P.closure_before(text[: h.start])
                or P.production_clause(text, h.start)
                or P.effective_aside(text, h.start)
                or P.effective_before(text, h.start)
                or P.shelf_life_before(text, h.start)
                or P.payment_date_before(text, h.start)
            ):
                dropped_end = h.end
                continue
            if h.date < self.ref and h.form not in ("relative",):
                if (
                    h.form == "explicit"
                    and self._past_delivery_said(text, h, before)
                    and not self._orders_own_date(h, before)
                ):
                    # "levering op 17/11/2026" in a mail of 1 December: a delivery cannot be
                    # promised for a day gone by; a typo, which a person must read
                    self.reasons.append(
                        f"'{_label(text)}' gives {h.date.isoformat()} for the delivery, a day "
                        "before the mail: a slip of the pen?"
                    )
                continue
            if self._orders_own_date(h, before):
                continue  # "uw order 4500 033 107 van 2 maart": the day the PO was issued
            if h.date == self.ref and _BARE_DATE_LABEL.search(before):
                continue  # "Our ref.: OA-26-12-0311   Date: 2026/12/04": the document's own day
            if price_sentence and _price_clause(text, h.start):
                continue  # "prices up 4% from 1/1": the date is the price's
            # the row's column under a ship or a delivery header, else the words before it
            kind = dict(st.date_kinds).get(h.text)
            if not kind:
                # verb last ("12.04.2027 tarihinde fabrikamızdan sevk edilecektir", "5월 7일
                # 출고 예정"): the words after the date, up to its clause's end, say what it is
                # (not in a table, whose columns say it)
                nxt = next((o.start for o in hits if o.start >= h.end), len(text))
                after = "" if st.date_kinds else P.words_after(text, h.end, nxt)
                kind = P.date_kind(before, after)
            noun = _NOUN_AFTER.match(text, h.end)
            if noun and not any(0 <= o.start - noun.end() <= 6 for o in hits):
                # "go out tomorrow for Wednesday delivery": the noun after the date labels it,
                # unless it labels the next one ("ship 12/10 delivery 12/14")
                kind = (
                    P.date_kind(noun.group(1)) if P.date_kind(noun.group(1)) != "neutral" else kind
                )
            if kind == "delivery" and not st.date_kinds and P.transit_before(before):
                self._transit.add((text, h.start))
            if kind == "neutral" and h.form == "lead_time":
                kind = "delivery"  # "lead time 6-8 weeks ARO": the goods are with us by then
            if kind == "neutral" and h.form == "relative":
                # "ringer jeg deg i morgen", "ser vi på i morgen": a day said relative to the
                # mail with no word of delivery or shipping is when something else happens
                continue
            if kind == "neutral" and h.date == self.ref and h.form == "explicit":
                # "Versao 1 - 16/11/2026" on a proof sent that day: the document's own date,
                # not a delivery on the day of the mail
                continue
            out.append((h, kind))
        # "OK, but on 15/01 (mould in maintenance week 52)": a date in an aside explains the
        # one outside it; it is the commitment only when the sentence has no other
        outside = [(h, k) for h, k in out if not any(a <= h.start < b for a, b in asides)]
        return outside or out

    def _orders_own_date(self, h: DateHit, before: str) -> bool:
        issued = self.po.issued
        return (
            issued is not None
            and (h.date.month, h.date.day) == (issued.month, issued.day)
            and _OF_DATE.search(before) is not None
        )

    def _lead_time_dates(self, text: str, hits: list[DateHit]) -> list[DateHit]:
        """ "4 Wochen nach Auftragseingang", "6-8 weeks ARO": a date counted from the order."""
        return [
            lt
            for lt in lead_time_hits(self._masked(text), self.po.issued, self.ref)
            if not any(h.start < lt.end and lt.start < h.end for h in hits)
        ]

    def _masked(self, text: str) -> str:
        """``text`` with the PO's item codes and descriptions blanked, offsets kept."""
        if self._po_words is None:
            terms = sorted(
                {t for pl in self.po.lines for t in (pl.item, pl.description) if t and len(t) >= 3},
                key=lambda t: (-len(t), t),
            )
            self._po_words = any_of(tuple(terms)) or False
        if self._po_words:
            text = self._po_words.sub(lambda m: " " * len(m.group(0)), text)
        return mask_description_numbers(text, tuple(pl.description or "" for pl in self.po.lines))

    def _row_values(self, st: Statement, pl: POLine) -> dict:
        row = st.row or {}
        cols = row.get("_cols") or {}
        out: dict = {}
        qty_raw = _cell(row, "qty")
        # the unit the row counts in: in the quantity cell ("20.00 MT") or its own column
        in_cell = _CELL_UNIT.search(qty_raw or "")
        unit = in_cell["unit"] if in_cell else (_cell(row, "uom") or "")
        if qty_raw and re.search(r"\d", qty_raw):
            q = parse_number(re.sub(r"[^\d.,'\s]", "", qty_raw).strip(), self.locale)
            if q is not None:
                out["quantity"] = self._row_in_po_units(q, unit, st, pl)
        if "qty_conf" not in row and re.search(r"\d", row.get("qty_again") or ""):
            first = number_hits(row.get("qty") or "", self.locale)
            again = number_hits(row["qty_again"], self.locale)
            if first and again and first[0].value != again[0].value:
                out["unit_issue"] = (
                    "the row has two quantity columns that disagree, and its header does not "
                    "say which one is the supplier's"
                )
        price_raw = _cell(row, "price")
        if price_raw and re.search(r"\d", price_raw):
            ph = price_hits(price_raw, self.locale)
            stated_per = False
            if ph:
                out["price"] = (ph[0].unit_value, ph[0].currency)
                stated_per = ph[0].per != 1
                per = _PER_UNIT.match(price_raw, ph[0].end - ph[0].text.endswith("/"))
                if not stated_per and per is not None:
                    # "USD 520.00/MT" on a PO counted in kg: 0.52 a kg
                    # ... "3,95 €/l" on tins the description says hold 20 l: 79.00 a tin
                    conv = price_per_po_unit(ph[0].value, per["unit"], pl.uom, self._packs(st, pl))
                    if conv is not None:
                        out["price"], stated_per = (conv, ph[0].currency), True
            else:
                nums = number_hits(price_raw, self.locale)
                if nums:
                    out["price"] = (nums[0].value, row.get("_currency") or self.po.currency)
                    # "39.00/12PR", "4.20/DOZ": the count the cell's price is for
                    count, why = cell_count(price_raw[nums[0].end :], pl.uom, pl.description or "")
                    if why:
                        out["unit_issue"] = why
                    elif count is not None:
                        out["price"] = (out["price"][0] / count, out["price"][1])
                        stated_per = True
            if "price" in out and not stated_per:
                # "Preis/100", "USD per 1,000 pcs" in the header, or a "PE"/"Per" column
                count, why = header_count(row.get("_price_header") or "", pl.uom)
                if count is None and not why and row.get("per"):
                    count, why = column_count(row["per"], pl.uom)
                if why:
                    out["unit_issue"] = why
                elif count is not None and count != 1:
                    out["price"] = (out["price"][0] / count, out["price"][1])
        date_raw = _cell(row, "date")
        if date_raw:
            hits, vague = find_dates(date_raw, self.locale, self.ref_dt)
            header = " ".join(str(v) for v in cols.values())
            kind = "delivery"
            hdr_texts = [h for h in row.get("_headers", [])]
            if any(P.SHIP_WORDS.search(h) for h in hdr_texts) and not any(
                P.DELIVERY_WORDS.search(h) for h in hdr_texts
            ):
                kind = "ship"
            del header
            if hits:
                out["dates"] = [(h, kind) for h in hits]
            elif vague:
                out["vague"] = vague[0].text
        return out

    def _row_packs(self, st: Statement, pl: POLine) -> list[PackSize]:
        return [*pack_sizes(st.text, pl.uom, self.locale), *self._line_packs]

    def _row_in_po_units(self, q: Decimal, unit: str, st: Statement, pl: POLine) -> Decimal:
        """A row's count in another unit than the PO's, as a count of the PO's unit when the
        ratio is known ("20.00 MT" on a PO in kg: 20000); else as written."""
        if not unit or same_unit(unit, pl.uom):
            return q
        conv = in_po_units(q, unit, pl.uom, self._row_packs(st, pl))
        return conv if conv is not None and measure_ratio(unit, pl.uom) is not None else q

    def _prices(self, st: Statement, pl: POLine) -> list:
        """Prices the supplier states, without the PO's own ones they quote back."""
        out = []
        marked = price_hits(st.text, self.locale) or self._worded_prices(st.text)
        if marked and self._later_orders_price(st):
            return []
        for h in marked:
            before = st.text[max(0, h.start - 30) : h.start]
            after = st.text[h.end : h.end + 40]
            if P.REFERENCE_BEFORE.search(before) or P.REFERENCE_AFTER.search(after):
                continue
            if P.replaced_value(before, after):
                continue
            if _ORDER_BRACKET.search(before):
                continue
            opening = st.text.rfind("(", 0, h.start)
            if opening >= 0 and ")" not in st.text[opening : h.start]:
                # "pris enligt order (4 875,00 resp. 2 390,00 kr/st)": every amount of the
                # brackets restates the order's
                said = st.text[max(0, opening - 30) : opening + 1]
                if P.REFERENCE_BEFORE.search(said) or _ORDER_BRACKET.search(said):
                    continue
            if P.LINE_TOTAL_BEFORE.search(before) or _TOTAL_AFTER.match(after):
                # "144 rolls, total $295.20": the unit price is the total over the quantity
                qty = self._quantity(st, pl)
                if qty:
                    out.append(PriceHit(h.value, qty * h.per, h.currency, h.start, h.end, h.text))
                continue
            if P.TAX_OR_TOTAL.search(before[-20:]) and not _net_price_word().search(before):
                continue
            if h.value != pl.unit_price and self._gross(st.text, h.end):
                # "381,30 € (IVA incl.)" on a PO priced net: the net price is not stated
                self.reasons.append(
                    f"line {pl.line}: '{h.text}' includes tax: the price without it is not stated"
                )
            if _deposit_beside(st.text, h.start, h.end):
                continue  # "ein Pfand von EUR 150,-- je IBC": money, no price of the goods
            if _freight_beside(st.text, h.start, h.end):
                continue  # "de transportkosten à € 185,00": a charge of its own
            if (
                h.per != 1
                and h.unit
                and not same_unit(h.unit, pl.uom)
                and _in_aside(st.text, h.start)
            ):
                # "(DEL-Notiz 1.012,45 €/100 kg vom 13.11.)" under a cable's price change: an
                # index the cause quotes, per a unit the line is not counted in
                continue
            basis = self._basis_before(st, h, pl) if h.per == 1 else None
            if basis is not None:
                # "цена за 100 шт. - 1 850,00 руб.": the basis is said before the amount
                out.append(PriceHit(h.value, basis, h.currency, h.start, h.end, h.text))
                continue
            unit_price = self._row_unit_price(st, pl, h)
            out.append(unit_price if unit_price is not None else self._per_pack(st, pl, h))
        # "lijstprijs € 48,00, min 5 % projectkorting = € 45,60 per emmer": the price after
        # "=" is what the sum comes to; the amounts before it are its terms
        # (a percentage between them; "10 x € 4,50 = € 45,00" is a total, read elsewhere)
        results = [h for h in out if _EQUALS_BEFORE.search(st.text, max(0, h.start - 4), h.start)]
        if results:
            first = min(h.start for h in results)
            terms = [h for h in out if h.start < first]
            if terms and percent_hits(st.text[min(h.start for h in terms) : first]):
                out = [h for h in out if h.start >= first]
        # "price is 12.90", "80 pcs at 12.50": no currency mark, so the PO's currency; not
        # a pack's size ("2 Rollen à 4.000")
        dates = [(h.start, h.end) for h in find_dates(st.text, self.locale, self.ref_dt)[0]]
        dates += [(p.start, p.end) for p in pack_sizes(st.text, pl.uom, self.locale)]
        for h in number_hits(st.text, self.locale):
            if any(a <= h.start < b for a, b in dates) or any(
                m.start <= h.start < m.end for m in marked
            ):
                continue
            before = st.text[max(0, h.start - 40) : h.start]
            m = P.BARE_PRICE_BEFORE.search(before)
            if not m:
                continue
            if _as_described(before[m.start() :] + h.text, pl):
                continue  # "Podkładka DIN 125 A 8,4": the goods' size, as the PO writes it
            word_price = not re.fullmatch(r"(?:\bat|@|à|a)\s+", m.group(0).strip() + " ", re.I)
            if not word_price and not re.search(r"[.,]\d{1,4}$", h.text):
                continue
            if re.fullmatch(r"20\d\d", h.text) and re.match(r"\s*:", st.text[h.end :]):
                continue  # "Preis 2027: 44,10 €": the year a price is for
            after = st.text[h.end : h.end + 20]
            if re.match(
                r"^\s*(?:%|pcs|pieces|st\b|stk|kg|ea\b|units|days|weeks|[:h]\d)", after, re.I
            ):
                continue
            word = _WORD_AFTER.match(after)
            if word and _counts_in(word.group(1), pl):
                continue  # "at your price: 960 bags": a count of packs or of the PO's unit
            if P.REFERENCE_AFTER.search(after) or P.REFERENCE_BEFORE.search(
                before[-30:][: -len(m.group(0))] if m.group(0) else before
            ):
                continue
            per = Decimal(1)
            pm = re.match(
                # "/M", "per C" as in price_unit_divisor: a lower-case "/m" is per metre
                r"^\s*(?:/|per|pro|par|por|je)\s*(100|1000|1\.000|1,000|10|(?-i:M|C))\b(?![.,]\d)",
                after,
                re.I,
            )
            if pm:
                per = {"M": Decimal(1000), "C": Decimal(100)}.get(pm.group(1).upper()) or Decimal(
                    re.sub(r"\D", "", pm.group(1))
                )
            out.append(PriceHit(h.value, per, self.po.currency, h.start, h.end, h.text))
        out.sort(key=lambda h: h.start)
        return out

    @staticmethod
    def _basis_before(st: Statement, h: PriceHit, pl: POLine) -> Decimal | None:
        """A price basis written right before the amount, in its clause or, across the dash
        that split the clause off, in its sentence ("цена за 100 шт. - 1 850,00 руб.")."""
        basis = price_basis_before(st.text, h.start, pl.uom)
        at = st.sentence.find(st.text) if st.sentence and basis is None else -1
        if at > 0:
            basis = price_basis_before(st.sentence, at + h.start, pl.uom)
        return basis

    def _packs(self, st: Statement, pl: POLine) -> list[PackSize]:
        """The pack sizes the statement or the PO line's own description state."""
        return stated_packs(st.text, pl.description or "", pl.uom, self.locale) + self._line_packs

    def _row_unit_price(self, st: Statement, pl: POLine, h: PriceHit) -> PriceHit | None:
        """An ERP row's price said by its neighbours rather than by a word: the amount
        with the currency is the row's total when the quantity times a bare decimal before
        it makes it ("3.000,00 Stk 7,40 22.200,00 kr."), and a count of the PO's unit right
        after the price is its price unit ("415,00 EUR 1.000 KG", under "Preiseinheit")."""
        qty = self._quantity(st, pl) or pl.quantity
        cent = Decimal("0.01")
        for n in number_hits(st.text[: h.start], self.locale):
            if (
                n.value != h.value
                and re.search(r"[.,]\d{2,4}$", n.text)
                and (qty * n.value).quantize(cent) == h.value.quantize(cent)
            ):
                return PriceHit(n.value, Decimal(1), h.currency, n.start, n.end, n.text)
        per = price_unit_after(st.text, h.end, pl.uom, self.locale) if h.per == 1 else None
        if per is not None:
            return PriceHit(h.value, per, h.currency, h.start, h.end, h.text)
        return None

    @staticmethod
    def _gross(text: str, end: int) -> bool:
        """A tax word of any lexicon language right after a price, in its clause, with no word
        that keeps the tax out ("zzgl. MwSt.", "HT", "+ IVA", "excl. VAT", "net")."""
        # (a stop may be an abbreviation's: "inkl. MwSt.")
        after = re.split(r"[;\n]|,(?=\s)", text[end : end + 25], maxsplit=1)[0]
        # not after a slash: "EUR/km" is per kilometre (Estonian "km" is also its VAT)
        tax = next(
            (
                m
                for m in L.pattern("tax").finditer(after)
                if (text[end - 1 : end] + after[: m.start()]).rstrip()[-1:] != "/"
            ),
            None,
        )
        return tax is not None and not P.TAX_KEPT_OUT.search(after[: tax.end() + 12])

    def _pack_price_unconverted(self, st: Statement, pl: POLine, word: str) -> bool:
        """A price per the pack ``word`` names, said of this line (a whole-order sentence's
        prices are weighed per line later), on a PO unit the reading knows ("RLX" may be the
        "rouleau" it is per), that is neither that unit nor the pack the line's description
        names ("51,00 €/bidão" on "Abrilhantador, bidão 25 kg" counted in EA)."""
        kinds = pack_kinds(word)
        if same_unit(word, pl.uom) or not (kinds or is_measured(word)):
            return False
        if not (
            len(self.po.lines) == 1 or (isinstance(st.lines, frozenset) and pl.line in st.lines)
        ):
            return False
        if not (is_piece_unit(pl.uom) or uom_kinds(pl.uom) or is_measured(pl.uom)):
            return False
        if not kinds:
            # "5,50 EUR/m2" on boards counted in packs: a measure no stated size converts
            # into the PO's unit is no price per that unit either (said of this line alone:
            # "elastic USD0.085/m and drawcord USD0.16/pc" gives each line its own)
            return (
                (len(self.po.lines) == 1 or st.lines == frozenset({pl.line}))
                and not is_measured(pl.uom)
                and measure_ratio(word, pl.uom) is None
            )
        if "pair" in kinds and any(
            parse_number(n, self.locale) == pl.quantity and "pair" in pack_kinds(w)
            for x in self.statements
            if x is st or (isinstance(x.lines, frozenset) and x.lines == frozenset({pl.line}))
            for n, w in _COUNT_AND_WORD.findall(x.text)
        ):
            return False  # "40 пар, ціна 26,00 EUR за пару" on 40 gloves in EA: a pair is each
        return not any(
            kinds & pack_kinds(w) for w in re.findall(r"[^\W\d_]+", pl.description or "")
        )

    def _per_pack(self, st: Statement, pl: POLine, h: PriceHit) -> PriceHit:
        """A price per a pack of stated size ('$22.50/box', 'boxes of 50') as a price per
        the PO's unit; any other price as read."""
        if h.per == 1 and h.value == pl.unit_price:
            return h  # the PO's own price per a box is the PO's unit being the box
        if h.per == 1000 and is_thousand_unit(pl.uom) and (not h.unit or is_piece_unit(h.unit)):
            # "265,00 € o milheiro" on a PO counted in thousands: the PO's own unit
            return PriceHit(h.value, Decimal(1), h.currency, h.start, h.end, h.text)
        end = digits_end(h.text, h.start)
        measure = per_measure(st.text, end, pl.uom, self.locale) if h.per == 1 else None
        if measure is not None:
            # "CHF 5.15 je 500 g" on a PO in kg: 10.30 per kg, when exact to four decimals
            value = h.value / measure
            if value != value.quantize(Decimal("0.0001")):
                return h
            # as many decimals as the supplier's own price carries, or more
            exp = min(h.value.as_tuple().exponent, value.normalize().as_tuple().exponent, 0)
            value = value.quantize(Decimal(1).scaleb(int(exp)))
            return PriceHit(value, Decimal(1), h.currency, h.start, h.end, h.text)
        value = pack_price(st.text, end, h.value, pl.uom, self._packs(st, pl))
        if value is None and h.per == 1:
            value = self._piece_priced_pack(st, pl, h.value, price_word(st.text, end))
        if value is None:
            word = price_word(st.text, end) if h.per == 1 else ""
            if word and self._pack_price_unconverted(st, pl, word):
                # "19,75 € HT le carton de 5 ramettes" when the carton's content could not be
                # put in the PO's unit: per carton it is not a price per ream
                self.reasons.append(
                    f"line {pl.line}: '{h.text}' is a price per {word}, which could not be "
                    f"put in the PO's unit ({pl.uom})"
                )
            return h
        return PriceHit(value, Decimal(1), h.currency, h.start, h.end, h.text)

    def _piece_priced_pack(
        self, st: Statement, pl: POLine, value: Decimal, word: str
    ) -> Decimal | None:
        """ "USD 3.80/盒" on gloves "box of 100" counted in PCE at 0.038: whether the PO's
        piece is the glove or the box is open from the words alone ('maybe_po_unit'); the
        PO's own price says it is the glove when a box's price over its content is within a
        third of it and the box's price itself is far from it."""
        kinds = pack_kinds(word) if word else frozenset()
        if not kinds or not is_piece_unit(pl.uom) or not pl.unit_price:
            return None
        sizes = {
            p.size
            for p in self._packs(st, pl)
            if p.kinds & kinds
            and p.size == p.size.to_integral_value()
            and p.size > 1
            and (not p.unit or is_piece_unit(p.unit))
        }
        if len(sizes) != 1:
            return None
        per = value / sizes.pop()
        near = abs(per - pl.unit_price) <= pl.unit_price * Decimal("0.35")
        return per if near and value > pl.unit_price * 3 else None

    def _price_after_qty(self, st: Statement, pl: POLine, qty: Decimal | None) -> Decimal | None:
        """The row's unit price under a 'quantity, unit price' header: the decimal number
        right after the row's quantity (the one read, or the PO's) and its unit, followed by
        a date or the row's end ("30 000 0,1250 15/01/2027")."""
        for h in number_hits(st.text, self.locale):
            if h.value not in (qty, pl.quantity):
                continue
            rest = st.text[h.end :]
            m = re.match(r"\s*(?:[^\W\d_]{1,5}\.?\s+)?(\d{1,7}[.,]\d{2,4})(?=\s|$)", rest)
            if m is None:
                continue
            after = rest[m.end() :]
            dates = find_dates(after, self.locale, self.ref_dt)[0]
            if after.strip() and not (dates and not after[: dates[0].start].strip()):
                continue  # "185.00 C 462.50 01/06/2027": a price unit or an amount follows
            return parse_number(m.group(1), self.locale)
        return None

    def _erp_row_price(self, st: Statement, qty: Decimal | None) -> Decimal | None:
        """An ERP row without currency marks ("200 St 24,80 4.960,00"): the price is the
        decimal number p after the quantity with qty x p = a later decimal number (the amount)."""
        if not qty:
            return None
        nums = [h for h in number_hits(st.text, self.locale) if re.search(r"[.,]\d{2,4}$", h.text)]
        for i, a in enumerate(nums):
            # "0,95 /100 57,00": a price per 100 or 1000 pieces, its count right after it
            per = _ROW_PRICE_PER.match(st.text, a.end)
            per_n = Decimal(re.sub(r"\D", "", per.group(1))) if per else Decimal(1)
            for b in nums[i + 1 :]:
                amount = b.value.quantize(Decimal("0.01"))
                if (qty * a.value / per_n).quantize(Decimal("0.01")) == amount:
                    return a.value / per_n
        return None

    # ------------------------------------------------------------ quantities

    def _spans(self, text: str) -> list[tuple[int, int]]:
        """Where dates, prices, percentages and line names sit: their digits are no quantities."""
        # asked again for each PO line of the same statement
        key = ("spans", text)
        if key not in self._memo:
            self._memo[key] = self._spans_uncached(text)
        return list(self._memo[key])

    def _spans_uncached(self, text: str) -> list[tuple[int, int]]:
        spans = [(h.start, h.end) for h in find_dates(text, self.locale, self.ref_dt)[0]]
        spans += [(h.start, h.end) for h in price_hits(text, self.locale)]
        spans += [(p[1], p[2]) for p in percent_hits(text)]
        for m in _LINE_REF.finditer(text):
            end = m.end()
            rng = m.group("range")
            # "pol. 1 - 9 600 ks": a spaced dash to a number no line has starts the value
            if rng and re.match(r"\s+[-–—]\s", rng):
                b = int(re.search(r"\d+", rng).group(0))
                if b not in self.index.numbers:
                    end = m.start("range")
            spans.append((m.start(), end))
        enum = _ENUM.match(text)
        if enum:
            spans.append((enum.start(1), enum.end(1)))
        for m in re.finditer(
            r"\b(?:KW|CW|wk|week|woche|semaine|semana|settimana)\s?\d{1,2}\b", text, re.I
        ):
            spans.append((m.start(), m.end()))
        # a number the PO's description holds beside the same word ("RAL 9010", "Ne 30/1")
        masked = mask_description_numbers(text, tuple(pl.description or "" for pl in self.po.lines))
        if masked != text:
            spans += [
                (m.start(), m.end())
                for m in re.finditer(r"\S+", text)
                if not masked[m.start() : m.end()].strip()
            ]
        return spans

    def _bare_numbers(self, text: str) -> list:
        key = ("bare_numbers", text)
        if key not in self._memo:
            self._memo[key] = self._bare_numbers_uncached(text)
        return list(self._memo[key])

    def _bare_numbers_uncached(self, text: str) -> list:
        spans = self._spans(text)
        out = []
        for h in number_hits(text, self.locale):
            if any(a <= h.start < b for a, b in spans):
                continue
            before, after = text[max(0, h.start - 2) : h.start], text[h.end : h.end + 2]
            # part of a code ("PCB-2290-A", "M8x30", "6205-2RS")
            if re.search(r"[A-Za-z0-9][-/]$|[A-Za-z]$", before) or re.match(
                r"^(?:[-/][A-Za-z0-9]|[A-Za-z]|\s?%|\s?x\s?\d)", after
            ):
                continue
            out.append(h)
        return out

    def _quantity(self, st: Statement, pl: POLine) -> Decimal | None:
        """The confirmed total quantity a statement gives, if any (see module rules)."""
        return self._quantity_at(st, pl)[0]

    def _quantity_at(self, st: Statement, pl: POLine) -> tuple[Decimal | None, int]:
        """The quantity and where it stands in the statement."""
        text = st.text
        if st.count_columns:
            columns = self._count_columns_value(st, pl)
            if columns is not None:
                return columns
        for m in P.SIGNED_PERCENT.finditer(text):
            share = P.quantity_percent(text, m.start())
            if share is not None:
                # "Menge +10 % (Zuschuss für Einrichtung)": the PO's quantity and a tenth
                qty = pl.quantity * (1 + share / 100)
                whole = qty.to_integral_value()
                if qty == whole:
                    return whole, m.start()
                self.reasons.append(
                    f"line {pl.line}: '{_label(text)}' changes the quantity by "
                    f"{m.group(0).strip()}, which makes no whole count"
                )
                return None, -1
        units = (pl.uom, *self._units())
        sizes = [(p.start, p.end) for p in pack_sizes(text, pl.uom, self.locale)]
        # a pack's size ("cases of 12 only", "per volle pallet (55 zakken à 25 kg = 1.375 kg)")
        # is no quantity of the line
        bare = [
            h
            for h in self._bare_numbers(text)
            if not any(a <= h.start < b for a, b in sizes)
            and not defines_pack(text, h.start)
            # "(not the 12.5 kg we trialled)": a value the aside denies
            and not P.DENIED_BEFORE.search(text, max(0, h.start - 20), h.start)
        ]
        # "5,000 instead of 4,500", "610 m rather than 600 m"
        packs = self._packs(st, pl)
        for h in bare:
            m = P.INSTEAD_AFTER.match(text[h.end :])
            if m:
                unit = (m.group("unit") or "").rstrip(".")
                if not unit or same_unit(unit, pl.uom):
                    return h.value, h.start
                # "12 dz instead of the 150" on a PO in pieces: 144 of them, or no count
                value = in_po_units(h.value, unit, pl.uom, packs)
                if value is not None:
                    return value, h.start
        # "40 boxes" with "boxes of 50" stated: a count of the PO's unit (but "40 boxes" of
        # 40 EA says the PO's EA is the box)
        for n, word, start in pack_count_hits(text, self.locale, packs):
            if defines_pack(text, start):
                continue
            value = in_po_units(n, word, pl.uom, packs)
            if value is not None and (n != pl.quantity or value == n):
                return value, start
        # "2 drums = 610 m" (a count in another unit before "="; "i=20.3" is a specification)
        for h in bare:
            counted_before = re.search(
                r"\d\s*([^\W\d]+)\.?\s*\(?\s*=\s*$", text[max(0, h.start - 30) : h.start]
            )
            # "φ20 f=30": a letter or two before "=" name a specification, not a unit counted
            if counted_before and (
                len(counted_before.group(1)) > 2 or is_measure(counted_before.group(1), pl.uom)
            ):
                # "= 12,54 m3": a square or cubic unit keeps its power
                unit = re.match(r"\s*([^\W\d]+[23²³]?)", text[h.end :])
                if unit and not same_unit(unit.group(1), pl.uom):
                    # "240 pcs = 20 dz": dozens of the PO's pieces
                    value = in_po_units(h.value, unit.group(1), pl.uom, packs)
                    if value is not None:
                        return value, h.start
                if (
                    unit
                    and not same_unit(unit.group(1), pl.uom)
                    and is_measure(unit.group(1), pl.uom)
                ):
                    # "= 640 kg" of a line counted in rolls: the kilograms as rolls, or nothing
                    value = in_po_units(h.value, unit.group(1), pl.uom, packs)
                    if value is None:
                        continue
                    return value, h.start
                return h.value, h.start
        counted = [
            h
            for h in quantity_hits(text, self.locale, units)
            if not (
                P.REFERENCE_BEFORE.search(text[max(0, h.start - 30) : h.start])
                or P.CONTAINER_AFTER.match(text[h.end :])
                or any(a <= h.start < b for a, b in self._spans(text) + sizes)
                # "nur 80 von 100 Stück": the 100 is the whole ordered
                or _share_of_before().search(text[max(0, h.start - 30) : h.start])
                # "price per 1000 pcs", "1,000本あたり 275.00 USD": the count a price is for
                or count_a_price_is_for(text, h.start)
                or PER_AFTER_COUNT.match(text, h.end)
                # "Sac kraft 2 kg" in a row: the item's size, not its quantity
                or (h.unit and not same_unit(h.unit, pl.uom) and size_in_description(h, pl))
                # "60 φιάλες του 1 L", "60 bottles of 1 l": what each counted item holds
                or (h.unit and is_measured(h.unit) and _EACH_OF.search(text, 0, h.start))
                or defines_pack(text, h.start)
                or P.DENIED_BEFORE.search(text, max(0, h.start - 20), h.start)
            )
        ]
        described = [
            h
            for h in counted
            if h.unit and (size_in_description(h, pl) or _pieces_in_description(h, pl))
        ]
        if described and len(described) < len(counted):
            # "Mepla Systemrohr 16 mm, 5 m 300 M" for "Systemrohr 16 mm, Stange 5 m": the bar's
            # length the description gives is no count, the other one is; "chusteczki
            # Sensitive 72 szt.: 6000 szt." of "Baby wipes sensitive, 72 wipes/pack": the
            # pieces of one pack, named as the goods are
            counted = [h for h in counted if h not in described]
        counted = [h for h in counted if not _per_pack_in_description(h, pl)]
        # "1.000 kg" of a line counted in bags of 25 kg, "172,80 m2" in boxes of 1.44 m2: the
        # weight, area or length as the PO's unit when the packs say how, else no count
        counted = [
            h if not _other_measure(h, pl) else replace(h, value=_whole(v))
            for h in counted
            if not _other_measure(h, pl) or (v := in_po_units(h.value, h.unit, pl.uom, packs))
        ]
        counted = [x for h in counted if (x := self._maybe_po_unit_count(h, pl, packs))]
        if counted:
            if is_thousand_unit(pl.uom):
                # "150 000 db" on a PO counted in thousands: 150 of the PO's unit
                counted = [
                    replace(h, value=_whole(v))
                    if (v := in_po_units(h.value, h.unit, pl.uom, []))
                    else h
                    for h in counted
                ]
            keyed = led_by_quantity_word(text, counted)
            if len(keyed) == 1 and len(counted) > 1:
                counted = keyed
            return self._named_count(st, pl, counted)
        for h in bare:
            before = text[max(0, h.start - 45) : h.start]
            if P.REFERENCE_BEFORE.search(text[max(0, h.start - 30) : h.start]):
                continue
            if P.QTY_CHANGE_BEFORE.search(before) and not re.match(
                r"^\s*(?:%|days?|weeks?|tage|wochen|jours|semaines|d[ií]as)\b", text[h.end :], re.I
            ):
                # "rounded it up to 5 full cartons" of a line counted in sets: packs, no count
                # of the PO's unit
                words = re.match(r"(?:\s+[^\W\d_]+){1,3}", text[h.end :])
                if words and any(
                    pack_kinds(w) and not same_unit(w, pl.uom or "") for w in words.group(0).split()
                ):
                    continue
                return h.value, h.start
        for h in bare:
            # "20 only", "only 20", "nur 400", "80 ערכות בלבד"
            if re.match(
                rf"^\s*(?:[^\W\d_][\w.]{{0,11}}\s+)?(?:{_ONLY})(?![^\W\d_])",
                text[h.end :],
                re.I,
            ) or re.search(
                rf"(?<![^\W\d_])(?:{_ONLY})(?:\s+[^\W\d_']+){{0,2}}\s*$",
                text[max(0, h.start - 24) : h.start],
                re.I,
            ):
                return h.value, h.start
        for h in bare:
            if h.value == pl.quantity and not P.REFERENCE_BEFORE.search(
                text[max(0, h.start - 30) : h.start]
            ):
                return h.value, h.start
        return None, -1

    def _maybe_po_unit_count(
        self, h: QuantityHit, pl: POLine, packs: list[PackSize]
    ) -> QuantityHit | None:
        """A count in the pack the description names ("200 boxes" on "gloves, box of 100"
        counted in PCE), whose PO unit may be the box or its piece: the PO's own quantity
        says which when it is the count or the count times the box ("200 boxes" on 20000 PCE
        is 20000); else no count, and a person reads it."""
        kinds = pack_kinds(h.unit) if h.unit else frozenset()
        sizes = {p.size for p in packs if p.maybe_po_unit and p.kinds & kinds}
        if not sizes or same_unit(h.unit, pl.uom):
            return h
        if h.value == pl.quantity:
            return h
        if len(sizes) == 1 and h.value * next(iter(sizes)) == pl.quantity:
            return replace(h, value=pl.quantity)
        self.reasons.append(
            f"line {pl.line}: '{h.text.strip()}' may count the PO's {pl.uom} or packs of "
            f"{format(next(iter(sizes)).normalize(), 'f')}: which is unclear"
        )
        return None

    def _named_count(self, st: Statement, pl: POLine, counted: list) -> tuple[Decimal, int]:
        """The first count; when a statement naming this line alone has a different count on
        each side of the name, which one is the line's is kept for review."""
        first = counted[0]
        mentions = self._mentions(st.text)
        named = [pos for pos, line in mentions if line == pl.line]
        if named and {line for _, line in mentions} == {pl.line}:
            before = [h for h in counted if h.start < named[0]]
            after = [h for h in counted if h.start > named[0]]
            if before and after and before[-1].value != after[0].value:
                # "vata 960 m2 po 3,95 a polystyren 420 m2" and "1.500 kg Dinkelmehl ... und
                # 800 kg Haferflocken" read alike, each with one item the index cannot name
                self._both_sides[(id(st), pl.line)] = (before[-1].value, after[0].value)
        return first.value, first.start

    def _sentence_refs(self, sentence: str) -> set[int]:
        key = ("refs", sentence)
        if key not in self._memo:
            self._memo[key] = self.index.refs(sentence)[0]
        return self._memo[key]

    def _split_counts(self, text: str, pl: POLine) -> list:
        """The numbers of ``text`` that may count a part of a split delivery."""
        nums = [
            h
            for h in self._bare_numbers(text)
            if not P.CONTAINER_AFTER.match(text[h.end :]) and not _RESTATED.search(text, 0, h.start)
        ]
        seen = {h.start: i for i, h in enumerate(nums)}
        for qh in quantity_hits(text, self.locale, (pl.uom,)):
            if qh.start in seen:
                if nums[seen[qh.start]].end < qh.end:
                    # "120,000EA": the count with its unit, not the "120" a bare scan stops at
                    nums[seen[qh.start]] = qh
                continue
            if not any(a <= qh.start < b for a, b in self._spans(text)):
                nums.append(qh)
        nums.sort(key=lambda h: h.start)
        if is_thousand_unit(pl.uom):
            # "200.000 rolhas" on a PO counted in thousands: 200 of the PO's unit
            nums = [replace(h, value=h.value / 1000) if h.value >= 1000 else h for h in nums]
        return [h for h in nums if not _of_whole(text, h.start)]

    def _schedule(self, sts: list[Statement], pl: POLine, stated: Decimal | None):
        """Split deliveries: (quantity, date) pairs across the line's own statements; a
        quantity is paired with the date after it, else, chunk by chunk of a list or a
        sentence, with the one date beside it ("viikolle 50 vain 80 rullaa, loput 40 rullaa
        viikolla 2", "・12月25日　600個")."""
        after: list[tuple[Decimal, DateHit, str]] = []
        beside: list[tuple[Decimal, DateHit, str]] = []
        heads: list[tuple[Decimal, DateHit, str]] = []
        sentences: dict[str, Statement] = {}
        for st in sts:
            if st.row is not None:
                continue
            dates = self._dates(st)
            nums = self._split_counts(st.text, pl)
            shared = self._shared_date(st, pl, nums, dates)
            if shared is not None:
                # "Kontena 1 - tiba 20 Januari: saiz M 2,000 kotak, saiz L 1,500 kotak"
                heads.append(shared)
                continue
            # the sentence as a whole: "30 pcs – 2026.12.22." is two statements of one item,
            # unless the sentence names other lines too
            whole = (
                st.sentence
                if st.sentence and not self._sentence_refs(st.sentence) - {pl.line}
                else st.text
            )
            sentences.setdefault(whole, st)
            pairs = after
            for i, q in enumerate(nums):
                nxt = nums[i + 1].start if i + 1 < len(nums) else len(st.text)
                own = [(h, kind) for h, kind in dates if q.end <= h.start < nxt]
                # "2026年12月18日に20本、2027年2月5日に残り10本", "18.12.: 20 Stk.": the count
                # written right after its date (and a particle or a colon) is that date's
                led = [
                    (h, kind)
                    for h, kind in dates
                    if h.end <= q.start and _DATE_THEN_COUNT.fullmatch(st.text, h.end, q.start)
                ]
                if led:
                    own = led
                # "Kalan 400 kg 15.12.2026'da yüklenir, teslim 22.12.2026": the part's
                # delivery, not its loading, as for a whole line
                own.sort(key=lambda hk: hk[1] != "delivery")
                if own:
                    pairs.append((q.value, *own[0]))
                else:
                    # "60 now, 40 by Jan 8": the part available now ships on the mail's date
                    now = _NOW_AFTER.match(st.text[q.end : nxt])
                    if now:
                        pairs.append(
                            (
                                q.value,
                                DateHit(
                                    self.ref,
                                    q.end,
                                    q.end + now.end(),
                                    now.group(0).strip(),
                                    "relative",
                                ),
                                "ship",
                            )
                        )
        self._dated_rest(sts, pl, after)
        # "600 vnt., pristatysime gruodžio 18 d., likusius 600 vnt. - sausio 15 d.": the
        # sentence cut in two at the dash; each count with the first date after it in the
        # whole sentence, before the next count
        across: list[tuple[Decimal, DateHit, str]] = []
        for text, st in sentences.items():
            whole = replace(st, text=text)
            nums, dated = self._split_counts(text, pl), self._dates(whole)
            beside += _pairs_in_chunks(text, nums, dated)
            for i, q in enumerate(nums):
                nxt = nums[i + 1].start if i + 1 < len(nums) else len(text)
                own = [(h, kind) for h, kind in dated if q.end <= h.start < nxt]
                if not own and i == 0 and i + 1 < len(nums):
                    own = self._dated_first_part(text, q, nums[i + 1], dated)
                # "salen de fábrica el 27/11 y los tendréis … el 1/12": the part's delivery,
                # and a ship date only when nothing else dates it
                own.sort(key=lambda hk: ("delivery", "neutral", "ship").index(hk[1]))
                if own:
                    across.append((q.value, *own[0]))
        # an acknowledgment table with a row per delivery of the line ("2 | … | 300 | 15.12.",
        # "2 | … | 200 | 12.01.")
        rows = []
        for st in sts:
            rv = self._row_values(st, pl) if st.row is not None else {}
            dated = rv.get("dates") or []
            if rv.get("quantity") and dated:
                h, kind = next(((h, k) for h, k in dated if k == "delivery"), dated[0])
                rows.append((rv["quantity"], h, kind))
        equal = self._equal_parts(sts, pl, stated)
        for pairs in (after, beside, rows, heads, self._text_rows(sts, pl), equal, across):
            if len(pairs) < 2 or len({h.date for _, h, _ in pairs}) < 2:
                continue
            total = sum(q for q, _, _ in pairs)
            if total == pl.quantity or total == stated:
                return total, pairs
        return None

    def _equal_parts(
        self, sts: list[Statement], pl: POLine, stated: Decimal | None
    ) -> list[tuple[Decimal, DateHit, str]]:
        """Deliveries of one size, the size said once and then a date for each ("en dos
        camiones de 12.000 kg: 1er camión 25/11, 2º camión 2/12", "равными партиями по 400
        шт.: до 5 февраля, до 19 февраля и до 5 марта"): as many parts of that size as there
        are dates after it, when they make up the line's quantity exactly."""
        total = stated if stated is not None else pl.quantity
        dated: list[tuple[tuple[int, int], DateHit, str]] = []
        sizes: list[tuple[tuple[int, int], Decimal]] = []
        for i, st in enumerate(sts):
            if st.row is not None:
                continue
            dated += [((i, h.start), h, k) for h, k in self._dates(st) if k in _PART_KINDS]
            sizes += [((i, h.start), v) for h, v in self._part_sizes(st.text, pl)]
        for at, size in sizes:
            later = [(h, k) for pos, h, k in dated if pos > at]
            if any(k == "delivery" for _, k in later):
                # "ETD 27/11, ETA 8/1" dates one part twice: its delivery counts
                later = [(h, k) for h, k in later if k == "delivery"]
            days = {h.date for h, _ in later}
            if len(later) != len(days) or len(days) < 2 or size * len(days) != total:
                continue
            if any(pos < at for pos, _, _ in dated):
                continue  # a date before the size may be a part of its own
            return [(size, h, k) for h, k in later]
        return []

    def _part_sizes(self, text: str, pl: POLine) -> list[tuple[QuantityHit, Decimal]]:
        """Counts a part of a split may have, in the PO's unit ("12.000 kg" of a line in t)."""
        out = []
        for h in quantity_hits(text, self.locale, (pl.uom, *self._units())):
            if not _SIZE_OF.search(text, max(0, h.start - 12), h.start):
                continue  # the size of each part: "dos camiones de 12.000 kg", "lots of 400"
            if h.unit and not same_unit(h.unit, pl.uom):
                value = in_po_units(h.value, h.unit, pl.uom, [])
                if value is None:
                    continue
            else:
                value = h.value
            if 0 < value < pl.quantity:
                out.append((h, _whole(value)))
        # "em 3 contêineres de 320 sacas" of a line in BAG: a count of the line's own pack
        seen = {h.start for h, _ in out}
        for n, word, start in pack_count_hits(text, self.locale, []):
            if (
                start not in seen
                and pack_kinds(word) & uom_kinds(pl.uom)
                and _SIZE_OF.search(text, max(0, start - 12), start)
                and 0 < n < pl.quantity
            ):
                out.append((QuantityHit(n, start, start, str(n), word), _whole(n)))
        return out

    def _dated_first_part(
        self,
        text: str,
        q: NumberHit | QuantityHit,
        nxt: NumberHit | QuantityHit,
        dates: list[tuple[DateHit, str]],
    ) -> list[tuple[DateHit, str]]:
        """ "до 21.12.2026 можемо поставити лише 25 пар, решту 15 пар - 11.01.2027": the
        first part's date said before its count, when nothing is counted before that date
        and the rest is named ("решту", "the rest") before the next count."""
        if not L.pattern("split").search(text, q.end, nxt.start):
            return []
        before = [(h, kind) for h, kind in dates if h.end <= q.start]
        return (
            before[-1:]
            if before and _CLAUSE_CUT.search(text, before[-1][0].end, q.start) is None
            else []
        )

    def _dated_rest(self, sts: list[Statement], pl: POLine, after: list) -> None:
        """ "400 on the 27th, 400 on 11/12 and the balance 18/12": a rest with a date and no
        count of its own is what the counts before it leave of the line."""
        if not after:
            return
        rest = pl.quantity - sum(q for q, _, _ in after)
        if rest <= 0:
            return
        paired = {id(h) for _, h, _ in after}
        for st in sts:
            if st.row is not None:
                continue
            for m in L.pattern("split").finditer(st.text):
                gap_end = m.end() + 20
                for h, kind in self._dates(st):
                    if id(h) in paired or not (m.end() <= h.start <= gap_end):
                        continue
                    between = st.text[m.end() : h.start]
                    if _DIGIT.search(between):
                        continue  # "the balance 400 on 18/12" has its own count
                    after.append((rest, h, kind))
                    return

    def _text_rows(self, sts: list[Statement], pl: POLine) -> list[tuple[Decimal, DateHit, str]]:
        """An acknowledgment's table as text (a PDF's rows) with a row per delivery of the
        line: "10 TE10040Z … 1.800 PZ … 15/01/2027" over "10 TE10040Z … (saldo) 1.200 PZ …
        29/01/2027", "4.1 … 8 EA … 01-MAR-2027" over "4.2 … 4 EA … 22-MAR-2027". Each row
        counts once and is dated once (its delivery date when it also has a ship date)."""
        out = []
        mine = {id(st) for st in sts}
        prev_row = False
        for st in self.statements:
            if id(st) not in mine or st.row is not None:
                prev_row = False
                continue
            # a row without a position of its own right under one ("(2. dílčí dodávka) 50 ks
            # … 15.01.2027", "Restmenge 2 BTL … 20.04.2027") is that position's next delivery
            is_row = st.priority >= 3 or (prev_row and st.ref_kind == "inherited")
            prev_row = st.priority >= 3
            if not is_row:
                continue
            dated = self._dates(st)
            qty = self._quantity(st, pl)
            if qty is None or not dated:
                continue
            delivery = [(h, k) for h, k in dated if k == "delivery"]
            pick = delivery or dated
            if len({h.date for h, _ in pick}) != 1 and not (
                len(dated) == 2 and not delivery and dated[0][0].date < dated[1][0].date
            ):
                continue
            # two unlabelled dates in a row ("24-FEB-2027 01-MAR-2027" under "Sched. Ship /
            # Promised Delivery") are the ship date, then the delivery date
            h, kind = pick[-1]
            out.append((qty, h, kind))
        return out

    def _shared_date(
        self, st: Statement, pl: POLine, nums: list, dates: list[tuple[DateHit, str]]
    ) -> tuple[Decimal, DateHit, str] | None:
        """In a statement naming several lines, each by its name and one count of its own,
        after one date that leads them all, this line's count with that date."""
        if not (isinstance(st.lines, frozenset) and len(st.lines) > 1 and len(dates) == 1):
            return None
        mentions = self._mentions(st.text)
        if not mentions or {line for _, line in mentions} != set(st.lines):
            return None
        hit, kind = dates[0]
        if hit.end > mentions[0][0]:
            return None
        counts: dict[int | None, list] = {}
        for q in nums:
            if q.start > mentions[0][0]:
                counts.setdefault(self._owner(st, q.start), []).append(q)
        if set(counts) != set(st.lines) or any(len(v) != 1 for v in counts.values()):
            return None
        return counts[pl.line][0].value, hit, kind

    # ------------------------------------------------------------ one line

    def _holds_substance(self, pl: POLine) -> bool:
        """The PO's unit is a container of a weight or volume ("cylinder 50 l", "bucket 2 kg",
        "bottle 2.5 l"): counted in pieces, it is the containers that are counted."""
        return any(
            p.unit and (measure_ratio(p.unit, "kg") or measure_ratio(p.unit, "l"))
            for p in stated_packs("", pl.description or "", pl.uom, self.locale)
        )

    def _unit_mismatch(self, specific: list[Statement], pl: POLine, qty: Decimal) -> str | None:
        """A quantity in packs ("10 boxes") when the PO counts pieces: not the same number."""
        po_unit = _norm_unit(pl.uom)
        desc = {_norm_unit(t) for t in _tokens(pl.description)}
        # "bolsa 100 uds": a unit the description counts a pack's content in is not the line's
        content = {
            _norm_unit(m.group(1))
            for m in re.finditer(r"\d\s*([^\W\d_]+)", pl.description or "")
            if not same_unit(m.group(1), pl.uom)
        }
        for st in specific:
            if st.row is not None:
                continue
            packs = self._packs(st, pl)
            for h in quantity_hits(st.text, self.locale, (pl.uom,)):
                if any(p.start <= h.start < p.end for p in packs):
                    continue  # a pack's size ('rollen à 16 kg')
                if h.unit and in_po_units(h.value, h.unit, pl.uom, packs) == qty:
                    continue
                if h.value != qty:
                    continue
                u = _norm_unit(h.unit or "")
                if (
                    not u
                    or u == po_unit
                    or (u in desc and u not in content)
                    or u in _PIECE_UNITS
                    and (po_unit in _PIECE_UNITS or self._holds_substance(pl))
                ):
                    continue
                if P.REFERENCE_BEFORE.search(st.text[max(0, h.start - 30) : h.start]):
                    continue
                return f"'{h.text.strip()}' is counted in {h.unit}, the PO in {pl.uom}"
            # "20 Kartons" read as a changed quantity of 2000 ST, no carton size stated (a
            # count that is the PO's own, "60 rouleaux" of 60 EA, is the item itself)
            for n, word, _ in pack_count_hits(st.text, self.locale, packs):
                if (
                    n == qty != pl.quantity
                    and _norm_unit(word) not in desc
                    and not any(p.maybe_po_unit and p.kinds & pack_kinds(word) for p in packs)
                    and in_po_units(n, word, pl.uom, packs) is None
                ):
                    return f"'{n} {word}' is counted in {word}, the PO in {pl.uom}"
            # "todėl patvirtiname 1000 pakų" on a PO in reams: a count of packs the line's
            # unit cannot be matched to, and not the quantity read, leaves the quantity open
            for n, word, start in pack_count_hits(st.text, self.locale, packs):
                if (
                    n not in (qty, pl.quantity)
                    and _norm_unit(word) not in desc
                    and not uom_kinds(pl.uom) & pack_kinds(word)
                    and not any(p.kinds & pack_kinds(word) for p in packs)
                    and in_po_units(n, word, pl.uom, packs) is None
                    and not _in_brackets(st.text, start)
                    and not _SIZE_OF.search(st.text, max(0, start - 12), start)
                    # the count is what the supplier confirms: "patvirtiname 1000 pakų", not
                    # one restated in the PO's unit ("bekreftet 17 sekker = 10 200 kg")
                    and _COMMITS_COUNT.search(st.text, max(0, start - 30), start)
                    and not _RESTATED_AFTER.match(st.text, st.text.find(word, start) + len(word))
                ):
                    return f"'{n} {word}' is counted in {word}, the PO in {pl.uom}"
        return None

    def _mentions(self, text: str) -> list[tuple[int, int]]:
        """(position, line) of every way ``text`` names a line: number, item code, distinctive word."""
        out: list[tuple[int, int]] = []
        for m in _LINE_REF.finditer(text):
            for num in re.findall(r"\d+", m.group(0)):
                if int(num) in self.index.numbers:
                    out.append((m.start(), int(num)))
        if self.index.items_re is not None:
            for m in self.index.items_re.finditer(text):
                code = m.group(0).lower()
                for c, line in self.index.items:
                    if c == code:
                        out.append((m.start(), line))
        for rx, line in self.index.items_spelt:
            out += [(m.start(), line) for m in rx.finditer(text)]
        for m in _CODE_TOKEN.finditer(text):
            line = self.index.line_of_word(m.group(0))
            if line is not None:
                out.append((m.start(), line))
        # the names `LineIndex.refs` reads as well: "size M", "Hang tag", '3/8"'
        out += distinct_names(self.index.described, text)
        return sorted(set(out))

    def _owner(self, st: Statement, pos: int) -> int | None:
        """In a statement naming several lines, the line a value at ``pos`` belongs to:
        the one named last before it ("line 2 ... only 150 ..., with line 1")."""
        before = [line for p, line in self._mentions(st.text) if p <= pos]
        return before[-1] if before else None

    def _interleaved(self, st: Statement, values: list[int]) -> list[tuple[int, set[int]]]:
        """A statement naming several lines where each line's name is followed by a value
        of its own before the next line is named ("A op 5/1, B op 8/1"), unlike "lines 1
        and 2 ship 5/1", whose one date is both lines'. Lines named one after the other with
        no value between them share the value after them ("Papriku a kmín dodáme 7.1., pepř
        ve 2. týdnu"). The runs of names, (start, lines) each, or [] when not interleaved."""
        if not (isinstance(st.lines, frozenset) and len(st.lines) > 1 and values):
            return []
        groups: list[tuple[int, set[int]]] = []
        last = -1
        for pos, line in self._mentions(st.text):
            if groups and not any(last < v < pos for v in values):
                groups[-1][1].add(line)
            elif not groups or line not in groups[-1][1]:
                groups.append((pos, {line}))
            last = pos
        if len(groups) < 2 or set().union(*(g for _, g in groups)) != set(st.lines):
            return []
        starts = [start for start, _ in groups]
        ends = [*starts[1:], len(st.text)]
        if all(any(a <= v < b for v in values) for a, b in zip(starts, ends, strict=True)):
            return groups
        return []

    def _mention_order(self, text: str) -> list[int]:
        pos: dict[int, int] = {}
        for m in _LINE_REF.finditer(text):
            for num in re.findall(r"\d+", m.group(0)):
                if int(num) in self.index.numbers:
                    pos.setdefault(int(num), m.start())
        for ln in self.po.lines:
            if ln.item:
                pat = r"[\s\-./]?".join(re.escape(c) for c in re.sub(r"[\s\-./]", "", ln.item))
                m = re.search(pat, text, re.I)
                if m:
                    pos.setdefault(ln.line, m.start())
        return [line for line, _ in sorted(pos.items(), key=lambda kv: kv[1])]

    def _is_reject(self, text: str) -> bool:
        # asked of the same statement and remark by several rules
        key = ("reject", text)
        if key not in self._memo:
            self._memo[key] = self._is_reject_uncached(text)
        return bool(self._memo[key])

    def _is_reject_uncached(self, text: str) -> bool:
        for m in P.REJECT.finditer(text):
            before = text[max(0, m.start() - 25) : m.start()]
            # "solo podemos servir 300 de las 500 (... descatalogado)": a refusal that explains
            # a short quantity stated before it is no refusal of the line
            if _ONLY_COUNT.search(text[: m.start()]) or P.aside_after_value(text, m.start()):
                continue
            # "derzeit nicht lieferbar": unavailable for now is no rejection
            if P.TEMPORARY.search(before) and not re.search(
                r"\b(?:no longer|nicht mehr|plus|ya no|non più)\b", m.group(0) + before, re.I
            ):
                continue
            # "nur 400 Stk. lieferbar, Rest entfällt": the remainder is cancelled, not the line;
            # "only 80 of 100, we decline the remaining 20", "cancel the balance" likewise
            # (the whole clause before it: "the remaining quantity (30 pcs) is not available")
            clause_before = re.split(r"[,.;:!?\n،，；。：]", text[: m.start()])[-1]
            if (
                (
                    P.SPLIT_WORDS.search(before)
                    or L.search("split", before)
                    or L.search("split", clause_before)
                    or P.SPLIT_WORDS.search(m.group(0))
                    or L.pattern("split").search(m.group(0))
                )
                or P.SPLIT_WORDS.match(
                    re.sub(
                        r"^\s*(?:the|der|die|le|la|el|il|de)?\s*", "", text[m.end() : m.end() + 30]
                    )
                )
                or L.pattern("split").match(text[m.end() : m.end() + 30].lstrip())
                or P.rest_leads(text, m.start())
            ):
                continue
            # "we can't make Friday 11th", "cannot deliver by 12/15": a date missed is a date
            # problem, not a refusal to supply the line
            after = text[m.end() : m.end() + 30]
            hits = find_dates(after, self.locale, self.ref_dt)[0]
            # ... in any language: "не сможем поставить до 15.12", "tidak bisa memenuhi
            # tanggal 15/12" (up to two short words between)
            if hits and _MISSED_FILLER.fullmatch(after[: hits[0].start]):
                continue
            if _MISSED_DAY_AFTER.match(after):
                continue  # "до 15.12," whose day and month alone read no date
            return True
        return False

    def _accept_fields(self, st: Statement) -> set[str]:
        key = ("accept", st.text, st.row is None)
        if key not in self._memo:
            self._memo[key] = self._accept_fields_uncached(st)
        return set(self._memo[key])

    def _accept_fields_uncached(self, st: Statement) -> set[str]:
        text = P.NOT_YET_ACCEPT.sub(" ", P.RECEIPT_ONLY.sub(" ", st.text))
        if st.row is not None or not P.ACCEPT.search(text) or P.NEGATED_ACCEPT.search(text):
            return set()
        if P.HOLD.search(st.text) or _is_question(st.text):
            return set()
        f = set()
        if P.PRICE_WORDS.search(st.text):
            f.add("price")
        if P.QTY_WORDS.search(st.text) or re.search(r"\bin full\b|\bvollständig\b", st.text, re.I):
            f.add("qty")
        dated = bool(find_dates(st.text, self.locale, self.ref_dt)[0])
        if P.DATE_WORDS.search(st.text) and not dated:
            f.add("date")
        # "confirmed as ordered, delivery in week 51": the date it states is its own, the
        # words "as ordered" vouch for the rest
        return (f or {"qty", "price", "date"}) - ({"date"} if dated and not f else set())

    def _claims(self, general: list[Statement]) -> tuple[set[str], str]:
        """Fields a whole-order statement vouches for ("as ordered", "in full"), when it
        announces no exceptions: a line-specific change then contradicts it."""
        fields: set[str] = set()
        text = ""
        for st in general:
            if not P.STRONG_CLAIM.search(st.text) or P.OTHERS.search(st.text):
                continue
            if P.ANNOUNCES_DETAILS.search(st.sentence or st.text) or P.EXCEPT.search(
                st.sentence or st.text
            ):
                continue
            f = self._accept_fields(st)
            if P.IN_FULL.search(st.text):
                # "in full" vouches for the quantity, and for the price or the date only
                # where its words name them ("… in full: 300 skeins, delivery 18.12.")
                f = {"qty"} | (f & {"date"} if P.DATE_WORDS.search(st.text) else set())
                f |= {"price"} if P.PRICE_WORDS.search(st.text) else set()
            if f:
                fields |= f
                text = text or st.text
        return fields, text

    def _refused_or_held(
        self, pl: POLine, specific: list[Statement], claims: set[str], claim_text: str
    ) -> tuple[LineConfirmation, list[str]] | None:
        """The line's own statements refuse it, call it unavailable, or hold it for later:
        (the line's answer, review reasons), or None when they do neither."""
        n = pl.line
        reasons: list[str] = []
        label = _label
        for i, st in enumerate(specific):
            if st.row is not None:
                remark = st.row.get("remark", "")
                conf_zero = "qty_conf" in st.row and _ZERO.fullmatch(st.row["qty_conf"] or "")
                # in the supplier's own table, its only quantity column: a 0 there refuses
                # only with words that refuse ("0 | - | - | Sin existencia, se cancela")
                own_zero = (
                    "qty_conf" not in st.row
                    and st.source in ("body", "inline")
                    and _ZERO.fullmatch(st.row.get("qty") or "")
                )
                zero = conf_zero or own_zero
                if zero and remark and not self._is_reject(remark) and P.holds_line(remark):
                    # "0 … BACKORDER - DATE TBD": none now, the rest to be dated later; held,
                    # not refused
                    return LineConfirmation(n, "unconfirmed", evidence=st.text), reasons
                if (
                    conf_zero
                    or (remark and self._is_reject(remark))
                    or (own_zero and self._is_reject(st.text))
                ):
                    reason = remark or "confirmed quantity 0"
                    return LineConfirmation(n, "rejected", reason=reason, evidence=st.text), reasons
            elif (
                self._is_reject(st.text)
                and not any(
                    # "vi har kun 1 rulle … Den anden rulle annullerer vi": the rest is refused;
                    # likewise after a smaller count of the line's own ("le corresponden 12
                    # cajas de 6, es decir 72 botellas … No podemos servir más de esa añada")
                    _ONLY_COUNT.search(prev.text) or self._smaller_count(prev, pl)
                    for prev in specific[:i]
                    if prev.row is None
                )
                # "de resterende 50 dozen kunnen we niet meer leveren": a counted rest, refused
                and not _counted_rest(st.text)
            ):
                if claims:
                    reasons.append(f"line {n}: '{label(claim_text)}' but '{label(st.text)}'")
                return (
                    LineConfirmation(n, "rejected", reason=label(st.text), evidence=st.text),
                    reasons,
                )
        # unavailable without saying for how long: neither rejected nor dated
        for st in specific:
            gone = P.UNAVAILABLE.search(st.text) if st.row is None else None
            # "the remaining 20 pcs cannot be supplied": the rest is unavailable, not the line
            if gone and (
                L.search("split", st.text[max(0, gone.start() - 40) : gone.start()])
                or P.rest_leads(st.text, gone.start())
            ):
                continue
            if gone and not self._dates(st):
                self.reasons.append(
                    f"line {n}: '{label(st.text)}' says unavailable, but neither rejects the line nor gives a date"
                )
                return LineConfirmation(n, "unconfirmed", evidence=st.text), reasons
        # holding for this line ("to be confirmed next week")
        line_holding = [
            st
            for st in specific
            if (
                st.row is None
                and (P.holds_line(st.text) or _is_question(st.text))
                and not self._hold_explains_date(st.text)
            )
            or (
                st.row is not None
                and P.HOLD.search(st.row.get("remark", "") or "")
                and not (st.row.get("qty_conf") or "").strip()
            )
        ]
        if line_holding and not any(
            st.priority >= 2 and st not in line_holding and self._has_values(st.text)
            for st in specific
        ):
            return LineConfirmation(n, "unconfirmed", evidence=line_holding[0].text), reasons
        return None

    def _hold_explains_date(self, text: str) -> bool:
        """ "leverans v. 3 (vi väntar på en färgsättning)": the wait in brackets says why the
        delivery date outside them is what it is; it holds nothing back."""
        m = P.HOLD.search(text) or L.search("promise_later", text)
        if m is None:
            return False
        if any(a.start() < m.start() < a.end() for a in _ASIDE.finditer(text)):
            outside = _ASIDE.sub(" ", text)
            dated_words = L.search("delivery_date", outside) or L.search("ship_date", outside)
        elif _in_reason_clause(text, m.start()):
            # "Line 2 will follow on Thursday 7 January as we are waiting for steel": the
            # reason after the date says why the date is what it is
            outside = text[: m.start()]
            dated_words = True
        else:
            return False
        if P.holds_line(outside) or _is_question(outside):
            return False
        return bool(dated_words and find_dates(outside, self.locale, self.ref_dt)[0])

    def read_line(self, pl: POLine) -> tuple[LineConfirmation, list[str], int]:
        """One PO line: (confirmation, review reasons, soft signals)."""
        specific, general = self._scoped(pl.line)
        # pack sizes said anywhere about the line ("boxes of 50. So 40 boxes"), placed nowhere
        self._line_packs = [
            replace(p, start=-1, end=-1)
            for st in specific
            for p in pack_sizes(st.text, pl.uom, self.locale)
        ]
        claims, claim_text = self._claims(general)
        early = self._refused_or_held(pl, specific, claims, claim_text)
        if early is not None:
            return early[0], early[1], 0
        general_reject = [st for st in general if self._is_reject(st.text)]
        s = _LineState(pl, specific, general, claims, claim_text, general_reject)
        for st in specific:
            if st.row is not None:
                self._gather_row(s, st)
            else:
                self._gather_clause(s, st)
        self._gather_order(s)
        unread = self._unread_answer(s)
        if unread is not None:
            return unread, s.reasons, s.soft
        self._choose_quantity(s)
        self._choose_price(s)
        self._choose_line_date(s)
        self._check_line(s)
        if s.companion is not None:
            self._companions[s.n] = s.companion
        return self._line_answer(s), s.reasons, s.soft

    # ---- read_line, step 1: what the line's own statements give

    def _count_columns_value(self, st: Statement, pl: POLine) -> tuple[Decimal | None, int] | None:
        """A row under "Ordered Confirmed B/O UOM": the count in the confirmed column;
        (None, -1) when the row's counts do not fit the header; None when it has none."""
        run = count_column_run(st.text, len(st.count_columns), pl.uom, self.locale)
        if run is None:
            return None
        if not run:
            return None, -1
        return run[st.count_columns.index("conf")]

    def _gather_row(self, s: _LineState, st: Statement) -> None:
        """A table row of the line: its quantity, price, dates and vague dates."""
        used = False
        rv = self._row_values(st, s.pl)
        if rv.get("quantity"):
            s.qty_stated.append((rv["quantity"], st))
        if "quantity" in rv and s.qty is None:
            s.qty, used = rv["quantity"], True
        if "price" in rv:
            s.price_cands.append((rv["price"][0], rv["price"][1], st))
            used = True
        if "unit_issue" in rv:
            s.reasons.append(f"line {s.n}: {rv['unit_issue']}")
        for h, kind in rv.get("dates", []):
            s.date_cands.append((h, kind, st))
            used = True
        if "vague" in rv:
            s.vague.append(rv["vague"])
        remark = st.row.get("remark", "")
        if remark:
            # a date in the remark only checks the chosen one
            s.remark_dates += [
                h for h, _ in self._dates(Statement(remark, st.lines, st.source, 1, st.para))
            ]
        if used:
            s.evidence.append(st.text)

    def _gather_clause(self, s: _LineState, st: Statement) -> None:
        """A clause naming the line: its quantity, prices, dates, vague dates, percentage
        change and the fields it accepts."""
        respectively = bool(
            P.RESPECTIVELY.search(st.text) and isinstance(st.lines, frozenset) and len(st.lines) > 1
        )
        q, q_used = self._clause_quantity(s, st, respectively)
        # every step runs: each adds its candidates, whatever the others found
        used = [
            q_used,
            self._clause_prices(s, st, q, respectively),
            self._clause_dates(s, st, respectively),
            self._clause_vague(s, st),
            self._clause_surcharge(s, st),
            self._clause_accepts(s, st),
        ]
        if any(used):
            s.evidence.append(st.text)
            if not any(used[1:]) and q == s.pl.quantity:
                s.restated += 1

    def _clause_quantity(
        self, s: _LineState, st: Statement, respectively: bool
    ) -> tuple[Decimal | None, bool]:
        """The clause's quantity for the line (None when it belongs to another line named in
        the same clause), and whether it is taken."""
        q, q_pos = self._quantity_at(st, s.pl)
        if _LIST_NUMBER_ONLY.match(st.text):
            q = None  # "2." split from "2. Трос: …": the item's number, no count
        both = self._both_sides.get((id(st), s.n))
        if both and q is not None and not respectively:
            s.reasons.append(
                f"line {s.n}: '{st.text.strip()[:70]}' counts {both[0].normalize():f} before the "
                f"line's name and {both[1].normalize():f} after it: which is this line's is unclear"
            )
        if (
            q is not None
            and isinstance(st.lines, frozenset)
            and len(st.lines) > 1
            and self._owner(st, q_pos) != s.n
        ):
            q = None  # the number belongs to another line named in the same clause
        if (
            q
            and not respectively
            and not _is_question(st.text)
            and not L.search("condition", st.text)
        ):
            s.qty_stated.append((q, st))
        if q is not None and self._declined_rest(st.text, q_pos):
            s.declined_rest = q
            return q, True
        if q is not None and s.qty is None and not respectively:
            s.qty = q
            return q, True
        return q, False

    def _declined_rest(self, text: str, pos: int) -> bool:
        """The count at ``pos`` is a rest the clause declines ("reliquat de 24 unités non
        livrable, solde annulé", "the remaining 20 we cannot supply"), with no date of its
        own: the line is what remains after it, never that count."""
        if not (
            L.search("split", text[max(0, pos - 30) : pos])
            # "20 cái còn lại chúng tôi không giao được", "20 pcs sisanya": the rest's word
            # right after its count (and the count's unit)
            or _rest_after_count().match(text, pos)
        ):
            return False
        if not (P.REJECT.search(text, pos) or L.pattern("decline").search(text, pos)):
            return False
        return not find_dates(text[pos:], self.locale, self.ref_dt)[0]

    def _clause_prices(
        self, s: _LineState, st: Statement, q: Decimal | None, respectively: bool
    ) -> bool:
        """The clause's prices for the line become candidates; whether there were any."""
        prices = self._prices(st, s.pl)
        groups = [] if respectively else self._interleaved(st, [h.start for h in prices])
        if groups:
            # "PP 20 MT at USD 1,390/MT, HDPE 10 MT at USD 1,180/MT": each price is the
            # lines' named before it
            prices = [h for h in prices if s.n in _named_before(groups, h.start)]
        if respectively:
            prices = self._respective_price(s, st, prices)
        for h in prices:
            if h.per != 1 and h.unit and not same_unit(h.unit, s.pl.uom):
                # "€ 5 per 100 kg" on a line counted in pieces: no exact conversion
                s.reasons.append(f"line {s.n}: the price '{h.text.strip()}' is not per {s.pl.uom}")
            s.price_cands.append((h.unit_value, h.currency, st))
        if prices:
            return True
        p = self._erp_row_price(st, q)
        if p is None and st.price_after_qty:
            p = self._price_after_qty(st, s.pl, q)
        if p is None:
            return False
        s.price_cands.append((p, self.po.currency, st))
        return True

    def _respective_price(self, s: _LineState, st: Statement, prices: list) -> list:
        """'... respectively': the line's price is the one in its place among the lines named,
        when there is one price per line."""
        return self._respective(s, st, prices, "prices")

    def _respective(self, s: _LineState, st: Statement, values: list, what: str) -> list:
        """The value in the line's place among the lines the statement names, when it gives
        one per line ("Lines 2 and 3 … on 4 and 11 December respectively"); else none, and a
        reason when it gave any."""
        order = self._mention_order(st.text)
        if s.n in order and len(values) == len(order):
            return [values[order.index(s.n)]]
        if values:
            s.reasons.append(
                f"line {s.n}: cannot tell which of the {what} in '{_label(st.text)}' is this line's"
            )
        return []

    def _clause_dates(self, s: _LineState, st: Statement, respectively: bool) -> bool:
        """The clause's dates for the line become candidates; whether there were any."""
        dated = self._dates(st)
        # one date is every named line's when "respectively" orders the clause's prices
        # ("Pos 1 och 3: leverans vecka 51, pris 4 875,00 resp. 2 390,00 kr/st"), not when it
        # pairs nothing ("Lines 2 and 3 ship on 14 December respectively")
        if respectively and (
            len({h.date for h, _ in dated}) > 1
            or len(price_hits(st.text, self.locale)) != len(self._mention_order(st.text))
        ):
            dated = self._respective(s, st, dated, "dates")
            if not dated:
                return False
        groups = [] if respectively else self._interleaved(st, [h.start for h, _ in dated])
        if groups:
            # "O-ringen op 5/1, de pakking op 8/1": each date is the lines' named before it
            dated = [(h, kind) for h, kind in dated if s.n in _named_before(groups, h.start)]
        for h, kind in dated:
            s.date_cands.append((h, kind, st))
        return bool(dated)

    def _clause_vague(self, s: _LineState, st: Statement) -> bool:
        """A vague time ('end of next month') the clause gives instead of a date."""
        if P.HOLD.search(st.text) or _price_basis(st.text):
            return False
        st_vague = self._vague_said(st)
        s.vague += st_vague
        return bool(st_vague)

    def _vague_said(self, st: Statement) -> list[str]:
        """The statement's vague times, but not one in an aside ("(materiál … přijde příští
        týden)") nor one the sentence says is impossible ("Une livraison début mars n'est
        malheureusement pas possible")."""
        hits, vague = find_dates(st.text, self.locale, self.ref_dt)
        return [
            v.text
            for v in vague
            if not _in_aside(st.text, v.start)
            and not _NOT_POSSIBLE.match(st.text, v.end)
            # "Press is booked out this week so … Thursday week (the 17th)", "noch diese Woche
            # am Freitag, 11.12.": beside a date the sentence gives, a week is its setting
            and not (hits and _WEEK_WORD.fullmatch(v.text.strip()))
            # "the other 50 come in from our supplier after New Year and will deliver 1/8":
            # a delivery word between it and a date after it says what the delivery is
            and not any(
                h.start >= v.end and P.date_kind(st.text[v.end : h.start]) == "delivery"
                for h in hits
            )
            and not self._reason_aside(st.text, v.start, bool(hits))
            and not self._setting_of_a_later_delivery(st, v.end, hits)
        ]

    def _setting_of_a_later_delivery(self, st: Statement, end: int, hits: list) -> bool:
        """ "The gnomons are being cast this week and the dials are already engraved, so we'll
        deliver the lot on Wednesday next week": a vague time in a clause that neither
        delivers nor ships nor counts anything, with the sentence going on to a delivery word
        and a date, is when the goods are made, not when they come."""
        if hits or not st.sentence or st.sentence == st.text:
            return False
        if P.DELIVERY_WORDS.search(st.text) or P.SHIP_WORDS.search(st.text):
            return False
        if quantity_hits(st.text, self.locale, self._units()):
            return False
        at = st.sentence.find(st.text)
        if at < 0:
            return False
        later, _ = find_dates(st.sentence, self.locale, self.ref_dt)
        return any(
            h.start >= at + end and P.date_kind(st.sentence[at + end : h.start]) == "delivery"
            for h in later
        )

    def _reason_aside(self, text: str, at: int, dated: bool) -> bool:
        """The vague time stands in a clause after a dash that gives a reason, with no word of
        delivery or shipping ("10 at EUR 218.50 - the reel drums went up again in November",
        "leverans först vecka 2 - glasbruket har underhållsstopp i december"): the cause's
        time, when the clause names a cause or a price's rise, or the sentence has its date."""
        dash = max(text.rfind(" - ", 0, at), text.rfind(" – ", 0, at), text.rfind(" — ", 0, at))
        # the statement may itself be the part after the dash (split there)
        clause = text[dash:] if dash >= 0 else text
        if P.DELIVERY_WORDS.search(clause) or P.SHIP_WORDS.search(clause):
            return False
        return (
            (dated and dash >= 0)
            or L.search("cause", clause) is not None
            or L.search("surcharge", clause) is not None
            or _PRICE_ROSE.search(clause) is not None
        )

    def _clause_surcharge(self, s: _LineState, st: Statement) -> bool:
        """A percentage change of the price the clause states."""
        sc = self._surcharge(st)
        if sc is None:
            return False
        s.surcharge, s.surcharge_st = sc, st
        return True

    def _clause_accepts(self, s: _LineState, st: Statement) -> bool:
        """The fields the clause accepts as ordered."""
        af = self._accept_fields(st)
        s.accept_fields |= af
        return bool(af)

    # ---- read_line, step 2: what whole-order statements fill in

    def _gather_order(self, s: _LineState) -> None:
        """Whole-PO statements fill what the line's own words leave open."""
        any_general_accept = any(self._accept_fields(st) for st in s.general)
        for st in s.general:
            self._gather_order_statement(s, st, any_general_accept)

    def _gather_order_statement(
        self, s: _LineState, st: Statement, any_general_accept: bool
    ) -> None:
        """One whole-order statement: the fields it accepts, its dates, vague dates,
        percentage change and prices."""
        # "we confirm the following:" introduces what the lines say; a line the list
        # leaves out is not confirmed by the introduction
        af = set() if _INTRODUCES.search(st.text) else self._accept_fields(st)
        ds = [(h, k) for h, k in self._dates(st) if k in ("delivery", "ship") or af]
        # a date for the whole order commits only in an answer that accepts or names the lines
        # ("deliveries resume 12/21" in a holiday note does not)
        if not (af or any_general_accept or s.evidence or P.ALL_LINES.search(st.text)):
            ds = []
        elif not af:
            s.g_unsaid += [(h, st) for h, k in self._dates(st) if k == "neutral"]
        if af:
            s.g_accept |= af
            s.g_evidence.append(st.text)
        for h, k in ds:
            s.g_dates.append((h, k, st))
            s.add_evidence(st.text)
        if not P.HOLD.search(st.text) and (
            af
            or ds
            or P.DELIVERY_WORDS.search(st.text)
            or P.SHIP_WORDS.search(st.text)
            or L.search("delivery_date", st.text)
            or L.search("ship_date", st.text)
        ):
            s.vague += self._vague_said(st)
        sc = self._surcharge(st)
        # "the 5% surcharge applies to chemicals … the towels stay at your PO price": a
        # change said of the whole order does not outvote the line's own "price as ordered"
        if (
            sc is not None
            and s.surcharge is None
            and "price" not in s.accept_fields
            and not self._said_of_other_lines(st, s.n)
        ):
            s.surcharge = sc
            s.add_evidence(st.text)
        for h in self._prices(st, s.pl):
            if _in_aside(st.text, h.start):
                continue  # "(DEL-Notiz 26.11.: 1.045,80 €/100 kg)": the reason, not a price
            if L.search("order_value", st.text[max(0, h.start - 60) : h.start]):
                continue  # "Da der Auftragswert über EUR 10.000,00 liegt": the order's value
            s.g_prices.append((h.unit_value, h.currency, st))

    def _smaller_count(self, st: Statement, pl: POLine) -> bool:
        """The statement commits to fewer of the line than ordered (and more than none)."""
        qty = self._quantity(st, pl)
        return qty is not None and 0 < qty < pl.quantity

    def _said_of_other_lines(self, st: Statement, n: int) -> bool:
        """A statement that names no line, in a sentence whose other clause names the lines
        it is about, and not line ``n`` ("… ein Zuschlag von 3 % verrechnet wird; dieser
        betrifft Pos. 2")."""
        if not st.sentence_named or not st.sentence or st.sentence == st.text:
            return False
        named, every, _ = self.index.refs(st.sentence)
        return bool(named) and not every and n not in named

    def _unread_answer(self, s: _LineState) -> LineConfirmation | None:
        """Nothing read for the line: rejected by a whole-order refusal, else unconfirmed;
        None when there is something to read."""
        # "the 3 items below cannot be supplied:" over a list restating each line with its
        # ordered quantity: the list names what is refused, it commits to nothing
        if s.general_reject and (not s.evidence or s.restated == len(s.evidence)):
            first = s.general_reject[0].text
            return LineConfirmation(s.n, "rejected", reason=_label(first), evidence=first)
        if not (s.evidence or s.g_accept or s.g_dates):
            return LineConfirmation(s.n, "unconfirmed")
        return None

    # ---- read_line, step 3: choose the values

    def _choose_quantity(self, s: _LineState) -> None:
        """Split deliveries, else the stated quantity, else the PO's."""
        s.schedule = self._schedule(s.specific, s.pl, s.qty)
        if s.schedule is not None:
            s.qty = s.schedule[0]
        elif (short := self._shortfall(s)) is not None:
            s.qty = short
        elif (part := self._part_of_ordered(s)) is not None:
            s.qty = part
        elif len({q for q, _ in s.qty_stated}) > 1:
            # "подтверждаем 500 шт." above a table row of 450: which one holds is a person's call
            said = ", ".join(dict.fromkeys(format(q.normalize(), "f") for q, _ in s.qty_stated))
            s.reasons.append(f"line {s.n}: the quantities {said} disagree")
        if (
            s.qty is None
            and s.declined_rest is not None
            and len({q for q, _ in s.qty_stated}) == 1
            and 0 < s.declined_rest < s.pl.quantity
        ):
            # "reliquat de 24 unités non livrable" alone, of 120 ordered: 96 are delivered
            s.qty = s.pl.quantity - s.declined_rest
        if s.qty is None:
            s.qty = s.pl.quantity
            if "qty" not in s.accept_fields | s.g_accept:
                s.soft += 1

    def _shortfall(self, s: _LineState) -> Decimal | None:
        """Two counts that make up the line, the second after a word for the rest and with no
        date after it ("only 4 this time. The remaining 2 follow when supply is back, we will
        revert with a date"; "hanya 1.500 kg ... Sisa 500 kg tidak dapat kami penuhi"): the
        line is the first count. A rest with a date is a split delivery, read as one."""
        counts = list(dict.fromkeys(q for q, _ in s.qty_stated))
        if len(counts) != 2 or counts[0] + counts[1] != s.pl.quantity:
            return None
        rests = set()
        for q, st in s.qty_stated:
            for h in self._split_counts(st.text, s.pl):
                if h.value != q:
                    continue
                if not (
                    L.search("split", st.text[max(0, h.start - 30) : h.start])
                    or _rest_after_count().match(st.text, h.start)
                ):
                    continue
                after = replace(st, text=st.text[h.end :])
                if self._dates(after) or find_dates(after.text, self.locale, self.ref_dt)[1]:
                    return None  # the rest has a date, or a vague one: not a shortfall
                rests.add(q)
        if len(rests) != 1:
            return None
        return next(q for q in counts if q not in rests)

    def _part_of_ordered(self, s: _LineState) -> Decimal | None:
        """A smaller count beside the ordered one, where the ordered count is only what the
        smaller is measured against ("only 80 of the 100 packs", "solo 420 metros. No podemos
        completar los 450 m"): the line is the smaller count."""
        counts = list(dict.fromkeys(q for q, _ in s.qty_stated))
        ordered = s.pl.quantity
        if len(counts) != 2 or ordered not in counts or min(counts) >= ordered:
            return None
        seen = False
        for q, st in s.qty_stated:
            if q != ordered:
                continue
            for h in number_hits(st.text, self.locale):
                if h.value != ordered:
                    continue
                seen = True
                before = st.text[max(0, h.start - 80) : h.start]
                clause = re.split(r"[.;:!?\n]", before)[-1]
                if not (_OF_THE_ORDERED.search(clause) or _NOT_WORD.search(clause)):
                    return None
        return min(counts) if seen else None

    def _choose_price(self, s: _LineState) -> None:
        """The line's price: a candidate, else the PO's, then any percentage change."""
        if s.price_cands:
            self._price_from_candidates(s)
        else:
            self._price_from_order(s)
        price, po_price = s.price, s.pl.unit_price
        total = self._line_total(s) if s.price_cands and po_price else None
        if total is not None:
            s.price = price = total
        if (
            s.price_cands
            and po_price
            and (price / po_price > 5 or price / po_price < Decimal("0.2"))
        ):
            s.reasons.append(
                f"line {s.n}: the price {price} is far from the PO's {po_price}: a total or another unit?"
            )
        if s.surcharge is not None:
            self._apply_surcharge(s)
        if not s.price_cands and s.surcharge is None:
            s.reasons += self._row_price_unread(s.pl, s.specific)

    def _line_total(self, s: _LineState) -> Decimal | None:
        """The unit price, when the line's price is its total said in a clause of its own
        ("15 ks, spolu 693,00 EUR": the count and the total apart): an amount right after a
        total word that, divided by the line's quantity, is exact in the PO price's decimals
        and near the PO's price. None otherwise."""
        value, _cur, st = s.price_cands[0]
        qty = s.qty if s.qty else s.pl.quantity
        po_price = s.pl.unit_price
        if not qty or not (value / po_price > 5):
            return None
        for h in price_hits(st.text, self.locale):
            if h.unit_value != value or not _total_before().search(
                st.text[max(0, h.start - 30) : h.start]
            ):
                continue
            step = Decimal(1).scaleb(min(-2, po_price.as_tuple().exponent))
            unit = value / qty
            if unit == unit.quantize(step) and Decimal("0.2") < unit / po_price < 5:
                return unit.quantize(step)
        return None

    def _price_from_candidates(self, s: _LineState) -> None:
        """The first candidate wins; several at its priority or another currency need review."""
        po_cur = self.po.currency
        self._drop_line_totals(s)
        top_prio = s.price_cands[0][2].priority
        top_values = {v for v, _, st in s.price_cands if st.priority == top_prio}
        if len(top_values) > 1:
            s.reasons.append(
                f"line {s.n}: several prices given ({', '.join(sorted(str(v) for v in top_values))})"
            )
        s.price, cur = s.price_cands[0][0], s.price_cands[0][1]
        if not same_currency(cur, po_cur):
            s.reasons.append(f"line {s.n}: price in {cur}, the PO is in {po_cur}")

    @staticmethod
    def _drop_line_totals(s: _LineState) -> None:
        """An amount that is exactly the line's count times another amount the line's words
        give, in the same currency, is that line's total ("500 x @ R6,90 = R3 450,00",
        "5,000 नग @ ₹14.50 – कुल ₹72,500.00"), not a second price."""
        qty = s.qty or s.pl.quantity
        if not qty or qty == 1 or len({v for v, _, _ in s.price_cands}) < 2:
            return
        cent = Decimal("0.01")
        totals = {
            (v, c)
            for v, c, _ in s.price_cands
            for u, uc, _ in s.price_cands
            if uc == c and u != v and (qty * u).quantize(cent) == v.quantize(cent)
        }
        if totals:
            s.price_cands = [(v, c, st) for v, c, st in s.price_cands if (v, c) not in totals]

    def _price_from_order(self, s: _LineState) -> None:
        """No price for the line: the PO's, with review when a whole-order price names no line."""
        po_cur = self.po.currency
        s.price = s.pl.unit_price
        if s.g_prices:
            gv = {v for v, _, _ in s.g_prices}
            if len(self.po.lines) > 1 and not gv <= {ln.unit_price for ln in self.po.lines}:
                s.reasons.append(
                    f"line {s.n}: a price is given without saying which line it is for"
                )
            for _, c, _ in s.g_prices:
                if not same_currency(c, po_cur):
                    s.reasons.append(f"line {s.n}: price in {c}, the PO is in {po_cur}")
        elif "price" not in s.accept_fields | s.g_accept:
            s.soft += 1

    def _apply_surcharge(self, s: _LineState) -> None:
        """A percentage change applies to the PO's price, or to the price its own statement
        states."""
        base = s.pl.unit_price
        stated = {v for v, _, _ in s.price_cands}
        if len(stated) == 1:
            # "τιμή 39,90 € (έκπτωση 5%)", "így az egységár 137,75 EUR": the price stated is
            # the PO's changed by the percentage already, which only explains it
            (value,) = stated
            result = changed_by_percent(base, s.surcharge)
            if abs(result - value) <= Decimal(1).scaleb(value.as_tuple().exponent) / 2:
                s.price = value
                return
        if s.price_cands:
            # "24 St. à 142,00 € zzgl. Zuschlag von 3 %": the percentage is on the price
            # the same statement states; anywhere else it is one change too many
            if (
                s.surcharge_st is not None
                and {st.text for _, _, st in s.price_cands} == {s.surcharge_st.text}
                and len({v for v, _, _ in s.price_cands}) == 1
            ):
                base = s.price
            elif {v for v, _, _ in s.price_cands} != {s.pl.unit_price}:
                # (a row that restates the PO's own price under "a surcharge of 4 % on
                # positions 2 and 4" takes the surcharge on top of it)
                s.reasons.append(f"line {s.n}: both a price and a percentage change are stated")
        s.price = changed_by_percent(base, s.surcharge)

    def _choose_line_date(self, s: _LineState) -> None:
        """The line's date: the last split, a stated date, an offset, else the requested one."""
        for h, _, _ in s.date_cands + s.g_dates:
            if h.conflict:
                s.reasons.append(f"line {s.n}: {h.conflict}")
        self._stated_date(s)
        self._check_date(s)
        if s.chosen is None and s.schedule is None:
            offset = self._offset_date(s.pl, s.specific, s.general, s.reasons)
            if offset is not None:
                s.chosen, s.offset_used = (offset[0], "delivery"), True
                s.evidence += [offset[1]] if offset[1] not in s.evidence else []
        if s.chosen is None:
            s.chosen = (s.pl.requested_date, "delivery")
            accepted = s.accept_fields | s.g_accept
            if "date" not in accepted:
                s.soft += 1
                unsaid = [(h, st) for h, st in s.g_unsaid if h.date != s.pl.requested_date]
                if unsaid:
                    # "hinnad vastavalt tellimusele … järgmisel teisipäeval": a date of the
                    # whole order that no word calls a delivery, and no word keeps the PO's
                    s.reasons.append(
                        f"line {s.n}: '{_label(unsaid[0][1].text)}' gives {unsaid[0][0].text!r}, "
                        "which no word calls a delivery date, and nothing keeps the requested one"
                    )
                but = next((st for st in s.specific + s.general if self._all_but_date(st)), None)
                if but is not None:
                    # "Begge linjene er ok på pris og antall, men vi rekker ikke …": the date is
                    # what the "but" is about, and no date of the reply was read
                    s.reasons.append(
                        f"line {s.n}: '{_label(but.text)}' accepts other fields but not the "
                        "date, and no date was read"
                    )

    def _all_but_date(self, st: Statement) -> bool:
        """The statement accepts fields it names, the date not among them, and goes on with
        a "but" ("ok på pris og antall, men …", "price and quantity fine, but …")."""
        fields = self._accept_fields(st)
        return bool(fields) and "date" not in fields and bool(_BUT.search(st.text))

    def _stated_date(self, s: _LineState) -> None:
        """A date the reply states: the last split, the line's own, else the whole order's."""
        if s.schedule is not None:
            last = max(s.schedule[1], key=lambda p: p[1].date)
            s.chosen = (last[1].date, "ship" if last[2] == "ship" else "delivery")
        elif s.date_cands:
            s.chosen = self._choose_date(s.date_cands, s.n, s.reasons)
            if s.chosen and s.chosen[1] == "ship":
                s.soft += 1
        elif s.g_dates:
            s.chosen = self._choose_date(s.g_dates, s.n, s.reasons)
            s.evidence += [t for t in s.g_evidence if t not in s.evidence]
            # "Szállítás mindkét tételre: 2026. 12. 02.": a date said of all lines in so many
            # words is this line's too
            said_of_all = s.chosen is not None and any(
                P.explicit_all(st.text) for h, _, st in s.g_dates if h.date == s.chosen[0]
            )
            if (
                s.chosen
                and "date" in s.accept_fields
                and s.chosen[0] != s.pl.requested_date
                and not said_of_all
            ):
                # "Hose is good for Dec 22 as requested. ... we can have them to you Jan 6":
                # the line's own words keep its date; a date said of no line does not win
                s.reasons.append(
                    f"line {s.n}: its own words keep the requested date, but a statement naming "
                    f"no line gives {s.chosen[0].isoformat()}"
                )
            kept = [
                st
                for st in s.general
                if "date" in self._accept_fields(st)
                and (L.search("delivery_date", st.text) or L.search("ship_date", st.text))
                and not self._dates(st)
                and not P.explicit_all(st.text)
                and not _INTRODUCES.search(st.text)  # "… confirm as follows:"
            ]
            if s.chosen and kept and s.chosen[0] != s.pl.requested_date and not said_of_all:
                # "Julekalenderkortene … først levere i uge 50. Nytårskortene leveres som
                # ønsket.": goods named in words no line has, one delivered as requested, one
                # moved; which is which is a person's to read
                s.reasons.append(
                    f"line {s.n}: '{_label(kept[0].text)}' delivers as requested, but a "
                    f"statement naming no line gives {s.chosen[0].isoformat()}"
                )

    def _check_date(self, s: _LineState) -> None:
        """Review when a remark disagrees with the chosen date, a time is vague, or the date is
        far from the requested one."""
        if s.chosen is not None:
            for h in s.remark_dates:
                if h.date != s.chosen[0]:
                    s.reasons.append(
                        f"line {s.n}: '{h.text}' in the remark disagrees with {s.chosen[0].isoformat()}"
                    )
        if s.chosen is not None:
            # "delivery is in early January" beside "08/01/2027" restates the date
            s.vague = [
                v
                for v in s.vague
                if not month_part_agrees(v, s.chosen[0])
                and not month_before(v, s.chosen[0])
                and not month_holds(v, s.chosen[0])
            ]
        if s.vague:
            s.reasons.append(f"line {s.n}: '{s.vague[0]}' is not a date")
        if s.chosen is not None and abs((s.chosen[0] - s.pl.requested_date).days) > 300:
            s.reasons.append(
                f"line {s.n}: {s.chosen[0].isoformat()} is far from the requested {s.pl.requested_date.isoformat()}: misread?"
            )

    # ---- read_line, step 4: checks on the chosen values, and the answer

    def _check_line(self, s: _LineState) -> None:
        """Review when a change is announced without its value, the units disagree, 'as
        ordered' is contradicted, or a whole-order claim is."""
        s.reasons += self._announced_without_value(
            s.pl,
            s.specific,
            s.general,
            dated=bool(s.date_cands or s.g_dates or s.schedule is not None or s.offset_used),
            priced=bool(s.price_cands or s.g_prices or s.surcharge is not None),
            qty=s.qty,
            split=s.schedule is not None,
        )
        unit_issue = self._unit_mismatch(s.specific, s.pl, s.qty)
        if unit_issue:
            s.reasons.append(f"line {s.n}: {unit_issue}")
        other_box = self._other_pack_size(s)
        if other_box:
            s.reasons.append(f"line {s.n}: {other_box}")
        rest = self._rest_refused_uncounted(s)
        if rest is not None:
            s.reasons.append(
                f"line {s.n}: '{_label(rest.text)}' refuses the rest of the line, but no count "
                "of what is delivered was read"
            )
        s.reasons += self._as_ordered_contradicted(s.pl, s.specific)
        if not (s.date_cands or s.schedule is not None or s.offset_used):
            ties = [(st, self._ships_with_another(st, s.n)) for st in s.specific]
            ties = [(st, line) for st, line in ties if line is not None]
            if ties:
                s.reasons.append(_tie_reason(s.n, ties[0][0].text))
                companions = {line for _, line in ties}
                if len(companions) == 1 and 0 not in companions:
                    s.companion = companions.pop()
        self._check_claims(s)

    def _rest_refused_uncounted(self, s: _LineState) -> Statement | None:
        """ "nur zwölf Kartons …, die restlichen drei Kartons entfallen": the line's own
        statement that refuses its rest, when no count of the part delivered was read (it is
        written in a way the reading has no count of)."""
        if s.schedule is not None or s.qty not in (None, s.pl.quantity):
            return None
        for st in s.specific:
            for m in P.REJECT.finditer(st.text):
                before = st.text[max(0, m.start() - 40) : m.start()]
                if P.SPLIT_WORDS.search(before) or L.search("split", before):
                    return st
        return None

    def _other_pack_size(self, s: _LineState) -> str | None:
        """The PO counts in a pack its description sizes ("Safety goggles, 12/box", 20 BOX)
        and the supplier's words size a pack of that kind otherwise ("kotak 10 pasang"): its
        boxes are not the PO's, so neither are counts or prices per box."""
        kinds = uom_kinds(s.pl.uom)
        if not kinds:
            return None
        described = stated_packs("", s.pl.description or "", s.pl.uom, self.locale)
        # what one of the PO's packs holds in pieces ("12/box", "box of 250"), not its
        # content ("bag 20 kg")
        ours = {
            p.size for p in described if p.kinds & kinds and (not p.unit or is_piece_unit(p.unit))
        }
        if len(ours) != 1:
            return None
        for st in s.specific:
            theirs = [
                p
                for p in pack_sizes(st.text, s.pl.uom, self.locale)
                if p.kinds & kinds
                and p.size not in ours
                # a count of pieces, not an amount after the pack's word ("box 68.00")
                and not re.search(r"\d[.,]\d", st.text[p.start : p.end])
                and (not p.unit or is_piece_unit(p.unit) or not is_measured(p.unit))
                and p.size == p.size.to_integral_value()
            ]
            if theirs:
                return (
                    f"the supplier's {s.pl.uom.lower()} holds {format(theirs[0].size, 'f')}, the "
                    f"PO's {format(next(iter(ours)), 'f')}: its counts and prices are not the PO's"
                )
        return None

    def _with_companion_date(
        self,
        pl: POLine,
        lc: LineConfirmation,
        reasons: list[str],
        by_line: dict[int, LineConfirmation],
    ) -> tuple[LineConfirmation, list[str]]:
        """A line whose only word on its date is the line it goes with ("Pos. 3: … zusammen
        mit Pos. 1") takes that line's date, when that line's own words gave it one."""
        companion = self._companions.get(pl.line)
        other = by_line.get(companion) if companion else None
        tied = [
            r for r in reasons if r.startswith(f"line {pl.line}: '") and r.endswith(_TIE_SUFFIX)
        ]
        if (
            other is None
            or other.date is None
            or other.status not in ("accepted", "changed")
            or other.schedule
            or lc.status not in ("accepted", "changed")
            or not tied
            or companion in self._companions  # its own date is another's too
        ):
            return lc, reasons
        same = (
            lc.quantity == pl.quantity
            and lc.unit_price == pl.unit_price
            and other.date == pl.requested_date
        )
        lc = replace(
            lc,
            date=other.date,
            date_kind=other.date_kind,
            status="accepted" if same else "changed",
        )
        return lc, [r for r in reasons if r not in tied]

    def _ships_with_another(self, st: Statement, n: int) -> int | None:
        """The line the statement names as company ("ships with the modules", "zusammen mit
        Pos. 1"): the line's date is that line's, which the PO's date would not be. 0 when the
        company is named by words no line has ("与组件同批出运"), None when there is none."""
        text = st.text
        if _CJK_COMPANION.search(text) and not find_dates(text, self.locale, self.ref_dt)[0]:
            # the company may be named by a word no PO line has ("组件", "la primera carga"),
            # unless the words date it ("con la primera entrega del 12/4")
            return 0
        companions = set()
        for pos, line in self._mentions(text):
            if line == n:
                continue
            end = text.find(" ", pos)
            if _COMPANION_BEFORE.search(text[max(0, pos - 20) : pos]) or _COMPANION_AFTER.match(
                text, end if end > 0 else len(text)
            ):
                companions.add(line)
        if not companions:
            return None
        return companions.pop() if len(companions) == 1 else 0

    def _check_claims(self, s: _LineState) -> None:
        """A whole-order claim ('as ordered', 'in full') that this line's own words contradict."""
        if not s.claims:
            return
        pl = s.pl
        diffs = []
        if "qty" in s.claims and s.qty != pl.quantity:
            diffs.append("quantity")
        if "price" in s.claims and s.price != pl.unit_price:
            diffs.append("price")
        if "date" in s.claims and s.chosen[0] != pl.requested_date:
            diffs.append("date")
        if diffs and s.evidence:
            s.reasons.append(
                f"line {s.n}: '{_label(s.claim_text)}' but the {' and '.join(diffs)} differ(s) from the PO"
            )

    def _line_answer(self, s: _LineState) -> LineConfirmation:
        """The line's confirmation: accepted when every value is the PO's, else changed."""
        pl, schedule = s.pl, s.schedule
        evidence = s.evidence + [t for t in s.g_evidence if t not in s.evidence]
        same = (
            s.qty == pl.quantity and s.price == pl.unit_price and s.chosen[0] == pl.requested_date
        )
        return LineConfirmation(
            s.n,
            "accepted" if same and schedule is None else "changed",
            quantity=s.qty,
            unit_price=s.price,
            currency=self.po.currency,
            date=s.chosen[0],
            date_kind=s.chosen[1],
            schedule=[
                ScheduleSplit(q, h.date) for q, h, _ in sorted(schedule[1], key=lambda p: p[1].date)
            ]
            if schedule
            else [],
            evidence=" / ".join(dict.fromkeys(evidence))[:600],
        )

    def _offset_date(
        self, pl: POLine, specific: list[Statement], general: list[Statement], reasons: list[str]
    ) -> tuple[date, str] | None:
        """ "zwei Wochen später als gewünscht": the line's requested date moved by the offset,
        from the line's own statements first, then the whole PO's."""
        for group in ([st for st in specific if st.row is None], general):
            found = [(o, st.text) for st in group for o in find_offsets(st.text)]
            if not found:
                continue
            if len({o.days for o, _ in found}) > 1:
                texts = ", ".join(f"'{o.text}'" for o, _ in found)
                reasons.append(f"line {pl.line}: the offsets {texts} disagree")
            o, text = found[0]
            return pl.requested_date + timedelta(days=o.days), text
        return None

    def _shared_word_names(self, line_no: int) -> list[str]:
        """A line left unconfirmed while a statement about other lines uses a word of its
        description that other lines share ("the camlocks and gaskets" for "Camlock type C"
        and "Camlock gasket"): the statement may answer it too."""
        own = self.index.per_line.get(line_no, set())
        description = next((d for n, d in self.index.described if n == line_no), "")
        own_inches = {_inch_key(m.group("size")) for m in _INCH.finditer(description)}
        for st in self.statements:
            if not isinstance(st.lines, frozenset) or line_no in st.lines or not st.own_ref:
                continue
            if st.row is not None or st.ref_kind != "description":
                continue
            words = {_norm_token(t) for t in _tokens(st.text)}
            shared = sorted(w for w in words & own if w not in self.index.distinct)
            # "Slangarna 1/2" och 3/4"" with 1/2" in the hose's and the reel's description
            shared += sorted(
                f'{key}"'
                for m in _INCH.finditer(st.text)
                if (key := _inch_key(m.group("size"))) in own_inches
            )
            if shared:
                return [
                    f"line {line_no}: '{shared[0]}' in '{_label(st.text)}' may name this line "
                    "too, which is left unconfirmed"
                ]
        return []

    def _row_price_unread(self, pl: POLine, specific: list[Statement]) -> list[str]:
        """A row read by its ship and delivery columns, under a header with a price column,
        whose decimal numbers are none of them the PO's price: its price was not read."""
        for st in specific:
            if not st.date_kinds:
                continue
            spans = [(h.start, h.end) for h in find_dates(st.text, self.locale, self.ref_dt)[0]]
            amounts = [
                h.value
                for h in number_hits(st.text, self.locale)
                if re.search(r"[.,]\d{2,4}$", h.text)
                and not any(a <= h.start < b for a, b in spans)
            ]
            if amounts and pl.unit_price not in amounts:
                return [
                    f"line {pl.line}: the row '{_label(st.text)}' states a price that was not read"
                ]
        return []

    def _announced_without_value(
        self,
        pl: POLine,
        specific: list[Statement],
        general: list[Statement],
        *,
        dated: bool,
        priced: bool,
        qty: Decimal | None,
        split: bool,
    ) -> list[str]:
        """A change announced ("the date moves", "new price") with no value we can read."""
        n = pl.line
        label = _label
        reasons: list[str] = []
        own_texts = [st.text for st in specific if st.row is None]
        all_texts = own_texts + [st.text for st in general]
        if not dated:
            for t in all_texts:
                if _announces(P.DATE_CHANGE, t) and not P.HOLD.search(t):
                    reasons.append(
                        f"line {n}: '{label(t)}' announces a date change but gives no date"
                    )
                    break
        if not priced:
            for t in all_texts:
                if _announces(P.PRICE_CHANGE, t) and not self._later_only(t):
                    reasons.append(
                        f"line {n}: '{label(t)}' announces a price change but gives no price"
                    )
                    break
        if qty == pl.quantity and not split:
            for t in own_texts:
                if P.QTY_CHANGE.search(t) and not self._quantity(Statement(t, None, "", 0, 0), pl):
                    reasons.append(
                        f"line {n}: '{label(t)}' announces a quantity change but gives no quantity"
                    )
                    break
        return reasons

    def _as_ordered_contradicted(self, pl: POLine, specific: list[Statement]) -> list[str]:
        """ "delivery 12/22 as requested" when 12/15 was requested: the words contradict the value."""
        n = pl.line
        label = _label
        reasons: list[str] = []
        for st in specific:
            if st.row is not None or not (
                P.STRONG_CLAIM.search(st.text) or _AS_REQUESTED.search(st.text)
            ):
                continue
            if P.ANNOUNCES_DETAILS.search(st.text) or P.OTHERS.search(st.text):
                continue
            if _excepted(st):
                continue  # "Bis auf Pos. 2 (…) alles wie bestellt": the others are as ordered
            claim = P.STRONG_CLAIM.search(st.text) or _AS_REQUESTED.search(st.text)
            # the claim covers what it follows: "delivery as requested" is about the date only
            before = st.text[max(0, claim.start() - 40) : claim.start()]
            before = re.split(r"[,;:(]", before)[-1]
            fields = {
                f
                for f, rx in (
                    ("qty", P.QTY_WORDS),
                    ("price", P.PRICE_WORDS),
                    ("date", P.DATE_WORDS),
                )
                if rx.search(before)
            }
            # "4,85 €/kg come da ordine": the value right before it is what it says is as ordered
            if not fields and price_hits(before, self.locale):
                fields = {"price"}
            fields = fields or {"qty", "price", "date"}
            own_dates = {h.date for h, _ in self._dates(st)}
            own_qty = self._quantity(st, pl)
            own_prices = {h.unit_value for h in self._prices(st, pl)}
            bad = []
            if "date" in fields and own_dates and own_dates != {pl.requested_date}:
                bad.append("date")
            if "qty" in fields and own_qty is not None and own_qty != pl.quantity:
                bad.append("quantity")
            if "price" in fields and own_prices and own_prices != {pl.unit_price}:
                bad.append("price")
            if bad:
                reasons.append(
                    f"line {n}: '{label(st.text)}' says as ordered, but its {' and '.join(bad)} differ(s) from the PO"
                )
        return reasons

    def _choose_date(self, cands, n: int, reasons: list[str]) -> tuple[date, str] | None:
        """Delivery beats a date without wording beats ship; the strongest statement first."""
        by_kind: dict[str, list] = {}
        kept = {id(h) for h, _ in _day_within_week([(h, st) for h, k, st in cands if k != "ship"])}
        cands = [(h, k, st) for h, k, st in cands if k == "ship" or id(h) in kept]
        # "vessel ETA Rotterdam 14/12, delivered to your DC on 18/12": the port's arrival is a
        # step on the way when a later delivery is said without one
        final = [h.date for h, k, st in cands if k == "delivery" and not self._in_transit(h, st)]
        if final:
            cands = [
                (h, k, st)
                for h, k, st in cands
                if not (k == "delivery" and self._in_transit(h, st) and h.date < min(final))
            ]
        for h, kind, st in cands:
            by_kind.setdefault(kind, []).append((h, st))
        if by_kind.get("neutral") and by_kind.get("delivery"):
            # "toimituspäivä 21.12.2026 - lasikuituvarret tulevat tehtaalta vasta viikolla 51":
            # after a dash, in words of no delivery, a date explains the delivery date before
            # it in the same statement; it is no date of the line's
            by_kind["neutral"] = [
                (h, st)
                for h, st in by_kind["neutral"]
                if not any(_explains(h2, st2, h, st) for h2, st2 in by_kind["delivery"])
            ]
            if not by_kind["neutral"]:
                del by_kind["neutral"]
        # a date with no wording and a delivery date that differ ("good for Dec 22 ... have
        # them to you Jan 6"): which one is this line's is a person's call
        unworded = {h.date for h, _ in by_kind.get("neutral", [])}
        delivered = {h.date for h, _ in by_kind.get("delivery", [])}
        if unworded and delivered and unworded != delivered:
            texts = ", ".join(f"'{h.text}'" for h, _ in by_kind["neutral"] + by_kind["delivery"])
            reasons.append(f"line {n}: the dates {texts} disagree")
        # "partira le 11 décembre" in one sentence, "délai de 5 semaines" in another: a lead
        # time is no later step of a dispatch said elsewhere, but another answer
        lead = [(h, st) for h, st in by_kind.get("delivery", []) if h.form == "lead_time"]
        apart = [
            (lh, sh)
            for lh, ls in lead
            for sh, ss in by_kind.get("ship", [])
            if lh.date != sh.date and (ls.sentence or ls.text) != (ss.sentence or ss.text)
        ]
        if apart:
            lh, sh = apart[0]
            reasons.append(f"line {n}: the dates '{sh.text}', '{lh.text}' disagree")
        for kind in ("delivery", "neutral", "ship"):
            group = by_kind.get(kind)
            if not group:
                continue
            top = max(st.priority for _, st in group)
            best = [(h, st) for h, st in group if st.priority == top]
            if len({h.date for h, _ in best}) > 1:
                texts = ", ".join(f"'{h.text}'" for h, _ in best)
                reasons.append(f"line {n}: the dates {texts} disagree")
            return best[0][0].date, ("ship" if kind == "ship" else "delivery")
        return None

    def _worded_prices(self, text: str) -> list[PriceHit]:
        """ "hind 148,00", "Preis: 12,50": an amount with two to four decimals right after a
        price word, with no currency written, is a price in the PO's currency (a statement
        with a currency-marked amount is read by those)."""
        out = []
        for w in P.PRICE_WORDS.finditer(text):
            m = _WORDED_PRICE.match(text, w.end())
            if m is None:
                continue
            value = parse_number(m.group("n"), self.locale)
            per = Decimal(1)
            after = _worded_per().match(text, m.end("n"))
            if after and after.group("count"):
                per = count_value(after.group("count"))  # "9.10 per 10": 0.91 apiece
            elif after and not is_piece_unit(after.group("unit")):
                continue  # "12,50 per box": a pack's price, for the readers that know packs
            if value is not None and value > 0 and per > 0:
                out.append(
                    PriceHit(value, per, self.po.currency, m.start("n"), m.end("n"), m.group("n"))
                )
        return out

    def _later_orders_price(self, st: Statement) -> bool:
        """ "à compter du 1er février 2027, le prix … passera à 66,40 €" on an order due in
        November: a price notice whose start, right after its word, is after every date this
        order is needed, with no count of the goods (the price of later orders, not the
        line's: "2 Stück à 398,00 EUR (neue Preisliste 2027)" prices the line)."""
        text = self._masked(st.sentence or st.text)
        if L.search("applies_to_order", text) or quantity_hits(text, self.locale, self._units()):
            return False
        latest = max(pl.requested_date for pl in self.po.lines)
        starts = [
            h.date
            for h in find_dates(text, self.locale, self.ref_dt)[0]
            if P.effective_before(text, h.start)
        ]
        return bool(starts) and min(starts) > latest

    def _in_transit(self, h: DateHit, st: Statement) -> bool:
        return (st.text, h.start) in self._transit

    def _later_only(self, text: str) -> bool:
        latest = max(pl.requested_date for pl in self.po.lines)
        return later_only(text, latest, self.locale, self.ref_dt)

    def _surcharge(self, st: Statement) -> Decimal | None:
        """A percentage change of the PO price ("+3% surcharge", "5% off"), signed."""
        surcharge = P.SURCHARGE.search(st.text) or L.search("surcharge", st.text)
        discount = P.DISCOUNT.search(st.text)
        signed_on_price = P.PRICE_WORDS.search(st.text) and re.search(
            r"[+\-−]\s?\d+(?:[.,]\d+)?\s?%", st.text
        )
        if not surcharge and not discount and not signed_on_price:
            return None
        pcts = [
            p
            for p in percent_hits(st.text)
            if not P.TAX_OR_TOTAL.search(st.text[max(0, p[1] - 25) : p[1]])
            # "(sirovi proteini 21 %)": a bracket the surcharge word is not in describes
            # the goods
            and not (
                _in_brackets(st.text, p[1])
                and not any(_in_brackets(st.text, w.start()) for w in _surcharge_words(st.text))
            )
            # "EUR 48.00 less 5 % = EUR 45.60": a term of a sum whose result is stated
            and not _EQUALS_PRICE_AFTER.match(st.text, p[2])
            # "Menge +10 %": the quantity's change, not the price's
            and P.quantity_percent(st.text, p[1]) is None
        ]
        if not pcts:
            return None
        if self._later_only(st.sentence or st.text):
            return None  # "from 01.02.2027" on an order due in January: not this order
        if L.search("approximate_share", st.text):
            # "new price list, on average +4.2 %": no line's price follows from it
            self.reasons.append(
                f"a {pcts[0][3].strip()} price change is stated only as an average or estimate"
            )
            return None
        para_text = " ".join(x.text for x in self.statements if x.para == st.para)
        if not (
            P.TIED_TO_ORDER.search(para_text)
            or L.search("applies_to_order", para_text)
            or isinstance(st.lines, frozenset)
            and st.own_ref
            # "un supliment de 4% la toate pozițiile": said of every line of this order
            or P.ALL_LINES.search(st.text)
        ):
            self.reasons.append(
                f"a {pcts[0][3].strip()} price change is mentioned, but not that it applies to this order"
            )
            return None
        value = abs(pcts[0][0])
        negative = pcts[0][0] < 0 or (discount and not surcharge)
        return -value if negative else value

    def _unplaced_item(self, answered: set[int], used: str) -> str | None:
        """A list item with a value (a date, a price, a count) that names no line and backs
        no line's answer, in a list whose other items name lines: what it answers could not
        be placed."""
        for st in self.statements:
            if st.lines != ALL or st.row is not None or not LIST_MARK.match(st.text):
                continue
            if st.text in used:
                continue
            siblings = [
                o
                for o in self.statements
                if o.para == st.para and isinstance(o.lines, frozenset) and o.own_ref
            ]
            if not siblings or not {n for o in siblings for n in o.lines} <= answered:
                continue
            if self._has_values(st.text):
                return st.text
        return None

    def _paragraph_names(self, st: Statement) -> bool:
        """A statement of the paragraph names lines itself, all of them among ``st``'s."""
        same = [o for o in self.statements if o.para == st.para]
        if any(self._is_reject(o.text) for o in same):
            # "EOL … the replacement is the WD25. Can you confirm you're happy with it?": the
            # question decides what the refusal means; a person reads it
            return False
        named = [o for o in same if o.own_ref and isinstance(o.lines, frozenset)]
        return bool(named) and all(o.lines <= st.lines for o in named)  # type: ignore[operator]

    def read(self) -> POReading:
        out = POReading(confirmation=None)
        # holding answers about the whole PO, and questions anywhere
        for st in self.statements:
            if st.lines is None and not _is_question(st.text):
                continue
            whole = st.lines == ALL or (
                isinstance(st.lines, frozenset)
                and (
                    st.lines == frozenset(self.index.numbers)
                    # an answer typed under our quoted row is about that row
                    or (not st.own_ref and not st.sentence_named and st.source != "inline")
                )
            )
            question = st.row is None and _is_question(st.text) and not _asks_for_paperwork(st.text)
            # a question in a paragraph about some lines ("Pos 3: … Vilken revision gäller?")
            # holds those lines (read_line), not the order
            about_lines = (
                isinstance(st.lines, frozenset)
                and st.lines != frozenset(self.index.numbers)
                and self._paragraph_names(st)
            )
            if (question and not about_lines) or (
                whole and st.row is None and P.HOLD.search(st.text)
            ):
                out.holding = True
                self.holding_texts.append(st.text)
                hits, _ = find_dates(st.text, self.locale, self.ref_dt)
                if hits and out.promised_reply_date is None:
                    out.promised_reply_date = hits[-1].date
        lines: list[LineConfirmation] = []
        soft = 0
        line_reasons: list[str] = []
        read = [(pl, *self.read_line(pl)) for pl in self.po.lines]
        by_line = {lc.line: lc for _, lc, _, _ in read}
        for pl, lc, rs, sf in read:
            lc, rs = self._with_companion_date(pl, lc, rs, by_line)
            lines.append(lc)
            soft += sf
            if lc.status != "unconfirmed":
                line_reasons += rs
        # reasons about the text as a whole, including those found while reading lines
        reasons: list[str] = list(dict.fromkeys(self.reasons)) + line_reasons
        answered_lines = {lc.line for lc in lines if lc.status != "unconfirmed"}
        if answered_lines:
            for lc in lines:
                if lc.status == "unconfirmed":
                    reasons += self._shared_word_names(lc.line)
            # an item that answered a line no words of its own name is placed: that line's
            own = {
                n
                for st in self.statements
                if st.own_ref and isinstance(st.lines, frozenset)
                for n in st.lines
            }
            used = " / ".join(
                lc.evidence or ""
                for lc in lines
                if lc.status != "unconfirmed" and lc.line not in own
            )
            unplaced = self._unplaced_item(answered_lines, used)
            if unplaced and len(answered_lines) < len(lines):
                # "- Etiketten FR en NL: levering week 49" beside "- Bijsluiters A6: …": an item
                # of the list with values that names none of the lines left unconfirmed
                reasons.append(
                    f"PO {self.po.po_number}: '{_label(unplaced)}' gives values but names no line "
                    "the reading knows: it may answer the lines left unconfirmed"
                )
        if out.holding:
            reasons.insert(
                0,
                f"PO {self.po.po_number}: the supplier has not committed yet: '{self.holding_texts[0][:120]}'",
            )
        statuses = {ln.status for ln in lines}
        named = {n for st in self.statements if isinstance(st.lines, frozenset) for n in st.lines}
        silent = [lc.line for lc in lines if lc.status == "unconfirmed" and lc.line not in named]
        if statuses == {"rejected", "unconfirmed"} and silent:
            # "we can't supply the motors … so we can't confirm your order": a refusal that
            # names some of the goods and commits to nothing may refuse the whole order
            reasons.append(
                f"PO {self.po.po_number}: some lines are refused and nothing is said of line(s) "
                f"{', '.join(map(str, silent))}: the refusal may be of the whole order"
            )
        out.answered = bool(statuses - {"unconfirmed"})
        if statuses == {"rejected"}:
            st = "rejected"
        elif "unconfirmed" in statuses:
            st = "partial"
        elif statuses == {"accepted"}:
            st = "accepted"
        else:
            st = "changed"
        out.confirmation = POConfirmation(self.po.po_number, st, lines)
        out.review_reasons = [
            f"PO {self.po.po_number} {r}" if r.startswith("line") else r
            for r in dict.fromkeys(reasons)
        ]
        out.soft_signals = soft + len(self.reasons_soft)
        return out


_COURTESY_Q = compile_re(
    r"^(?:any (?:other )?questions?|anything else|all good|ok|okay|right|alright)\s*\?$", re.I
)


def _named_before(groups: list[tuple[int, set[int]]], pos: int) -> set[int]:
    """The lines of the last run of names (``POReader._interleaved``) before ``pos``."""
    before = [lines for start, lines in groups if start <= pos]
    return before[-1] if before else set()


def _day_within_week(cands: list) -> list:
    """A calendar week and a day inside it ("in week 1 leverbaar – levering 6 januari"): the
    day says which day of the week; the week's own Friday is no second date."""
    days = {h.date for h, _ in cands if h.form != "kw"}
    return [
        (h, st)
        for h, st in cands
        if h.form != "kw" or not any(d.isocalendar()[:2] == h.date.isocalendar()[:2] for d in days)
    ]


def _is_question(text: str) -> bool:
    """A real question to the buyer (the supplier waits for an answer), not a courtesy."""
    for sentence in re.split(r"(?<=[?])\s+", text.strip()):
        sentence = sentence.strip()
        if (
            sentence.endswith("?")
            and not _COURTESY_Q.match(sentence)
            and len(sentence) > 12
            and not _pleasantry(sentence)
        ):
            return True
    return False


def _asks_for_paperwork(text: str) -> bool:
    """A question that asks us for a document or a file ("could you send us the STEP file of
    rev. B?", "può inviarcelo a grafica@..."), not for our agreement: the supplier's
    commitment does not wait on our answer to it."""
    return bool(L.search("paperwork", text)) and not L.search("agreement", text)


def _pleasantry(sentence: str) -> bool:
    """A greeting asked as a question ("Hola Tomás, ¿cómo va?", "Olá Rahul, tudo bem?"):
    nothing but courtesy words and a name is left without them."""
    rest = L.pattern("courtesy").sub(" ", sentence)
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if not w[:1].isupper()]
    return len(rest) < len(sentence) and not words


_PIECE_UNITS = {
    "ea",
    "pc",
    "pcs",
    "pce",
    "piece",
    "st",
    "stk",
    "stck",
    "stück",
    "unit",
    "each",
    "pièce",
    "pieza",
    "ud",
    "uds",
    "ks",
    "kus",
    "kusy",
    "pz",
    "pezzi",
    "stuk",
    "stuks",
    "unité",
    "unidad",
    "unidade",
    "szt",
    "sztuk",
    "sztuki",
    # Danish/Norwegian, Turkish, Hungarian, Romanian, Japanese
    "stykker",
    "stykk",
    "adet",
    "db",
    "darab",
    "buc",
    "bucăți",
    "bucati",
    "個",
    # Slovak, Finnish, Greek, Korean, Vietnamese
    "kpl",
    "kappaletta",
    "τεμ",
    "τεμάχια",
    "τεμάχιο",
    "개",
    "cái",
    "chiếc",
    # Croatian, Serbian, Bosnian, Slovenian, Bulgarian, Estonian, Lithuanian, Latvian
    "kom",
    "komad",
    "komada",
    "komadi",
    "kos",
    "kosov",
    "kosa",
    "бр",
    "броя",
    "брой",
    "tk",
    "tükki",
    "vnt",
    "vienetų",
    "vienetai",
    "gab",
    "gabali",
    "gabalu",
    # Japanese and Chinese counters of bottles and long things, of items; Thai classifiers
    "本",
    "瓶",
    "支",
    "件",
    "ชิ้น",
    "ใบ",
}


_UNIT_CODES = {
    "rl": "roll",
    "rls": "roll",
    "rol": "roll",
    "bx": "box",
    "bg": "bag",
    "pk": "pack",
    "pkt": "pack",
    "pkg": "pack",
    "ctn": "carton",
    "cs": "case",
    "dr": "drum",
    "mtr": "m",
    "meter": "m",
    "metre": "m",
    "meters": "m",
    "metres": "m",
    "feet": "ft",
    "foot": "ft",
    "kgs": "kg",
    "kilo": "kg",
    "kilos": "kg",
    "lbs": "lb",
    "ltr": "l",
    "liter": "l",
    "litre": "l",
    "liters": "l",
    "litres": "l",
    "pr": "pair",
    "sht": "sheet",
    "shts": "sheet",
    "rk": "rack",
}


def _whole(v: Decimal) -> Decimal:
    """``v`` without trailing zeros when it is a whole number (200.000 -> 200)."""
    return v.to_integral_value() if v == v.to_integral_value() else v


def _norm_unit(u: str) -> str:
    u = u.lower().rstrip(".")
    if u in _UNIT_CODES:
        return _UNIT_CODES[u]
    for cand in (u, u[:-1] if u.endswith("s") else u, u[:-2] if u.endswith("es") else u):
        if cand in _PIECE_UNITS:
            return "ea"
    if u.endswith("es") and len(u) > 4 and u[-3] in "sxzh":
        return u[:-2]
    if u.endswith("s") and len(u) > 3:
        return u[:-1]
    return u


def _price_basis(text: str) -> bool:
    """A sentence about the price and not about delivery ("Preis gemäß Rohstoffnotierung
    November 2026"): its month is the price's basis, not a delivery date left vague."""
    return bool(
        P.PRICE_CONTEXT.search(text)
        and not P.DELIVERY_WORDS.search(text)
        and not P.SHIP_WORDS.search(text)
        and not P.DATE_WORDS.search(text)
    )


def _label(text: str) -> str:
    return text if len(text) <= 120 else text[:117] + "..."


def read_po(
    po: OpenPO,
    blocks: Sequence[tuple[str, str, str | None]],
    tables: Sequence[tuple[list[list[str]], str]],
    *,
    locale: str,
    reference,
    all_pos: Sequence[OpenPO],
    other_orders: Sequence[str] = (),
) -> POReading:
    """Read what the supplier committed to for one PO.

    ``blocks``: (text, source, quoted_context) in message order — the supplier's
    own segments, then attachment text layers. ``tables``: spreadsheet rows.
    """
    reader = POReader(po, locale, reference, all_pos, other_orders)
    for text, source, ctx in blocks:
        reader.add_block(text, source, ctx)
    for rows, source in tables:
        reader.add_rows(rows, source)
    return reader.read()
