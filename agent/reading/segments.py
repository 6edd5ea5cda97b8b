"""The supplier's own text, cut once: segments, sentences and clauses, each with offsets.

A ``Segment`` is one run of the supplier's own words: a body paragraph run, an inline
answer (with the quoted line it answers kept as context, never read for values), an
attachment's text layer, or one row of an attachment's table. A ``Clause`` is a span of
one segment; the claims and the checks read clauses and point back at the words with a
``Span``, so evidence is always the supplier's text, never a string put together later.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from agent.reading import lexicon as L
from agent.reading.abbreviations import (
    ABBREVIATIONS,
    BEFORE_NUMBER_ABBREVIATIONS,
    KW_AFTER_DAY,
    SHORT_DAY_NAMES,
    WEEK_WORD_AFTER,
)
from agent.reading.startup_cache import compile_re
from agent.reading.types import Message

SegmentKind = str  # body | inline | attachment | table_row


@dataclass(frozen=True)
class Segment:
    index: int
    kind: SegmentKind
    text: str
    context: str | None = None  # the quoted line an inline answer answers
    source: str | None = None  # attachment file name


@dataclass(frozen=True)
class Span:
    segment: int
    start: int
    end: int


@dataclass(frozen=True)
class Clause:
    span: Span
    text: str  # whitespace-normalized words of the span
    sentence: str  # the whole sentence the clause belongs to (normalized)
    unit: int  # index of the list item / paragraph unit inside the segment
    paragraph: int  # paragraph number inside the segment


def segments_of(msg: Message) -> list[Segment]:
    """Every piece of the supplier's own words, in message order."""
    out: list[Segment] = []
    for seg in msg.own_segments:
        if seg.text.strip():
            kind = "inline" if seg.quoted_context else "body"
            out.append(Segment(len(out), kind, seg.text, seg.quoted_context))
    for a in msg.attachments:
        if a.rows:
            head = "\n".join("\t".join(str(c) for c in row) for row in a.rows[:3])
            if _terms_document(head, a.filename or ""):
                continue  # "Prisliste 2027" as a spreadsheet: a general document, no answer
            for row in a.rows:
                cells = [str(c) for c in row]
                if any(c.strip() for c in cells):
                    out.append(Segment(len(out), "table_row", "\t".join(cells), None, a.filename))
        elif a.text and a.text.strip() and not _terms_document(a.text, a.filename or ""):
            out.append(Segment(len(out), "attachment", a.text, None, a.filename))
    return out


def _terms_document(text: str, filename: str) -> bool:
    """A general document sent beside the answer ("CONDITIONS OF SALE", "AGB.pdf", a price
    list): its heading or its file's name says so. Its dates, prices and delivery clauses are
    no answer."""
    head = " ".join(text[:400].split())[:160]  # the heading only, not a long document
    name = filename.rsplit(".", 1)[0].replace("_", " ").replace("-", " ")
    terms = L.pattern("terms_document")
    return terms.search(head) is not None or terms.search(name) is not None


# A list item or table row starts a new unit even without a blank line before it.
_ITEM_START = compile_re(
    r"(?:[-*•·・●○■◆▪‣]|\d{1,3}[.):]?\s|\d{1,3}[）、．]|[（(]\d{1,3}[)）]\s?|\d{1,3}\s*번\s*(?:항목|라인|품목)"
    # a line's word, from the lexicon ("Pos. 2", "pozisyon 3"), or its inflected forms
    rf"|(?:{L.before_and_after('line_words')[0]}|linje\w*|pozi[țţt]i\w*|polo[zž]k\w*|riad\w*|rivi\w*|γραμμ\w*)(?!\w)"
    r"|(?:項次|项次|品項|品项)(?=\s*\d))",
    re.IGNORECASE,
)
# An item of a written list ("1. ", "2) ", "- "), not an ERP row's position ("10 6308-2Z")
LIST_MARK = compile_re(r"(?:\d{1,3}[.)]\s|\d{1,3}[）、．]|[-*•·・●○■◆▪‣]\s?)")
_TABULAR = compile_re(r"\S\s{2,}\S|\t")
# A full stop after these is no sentence end ("Pos. 2", "Dec. 15", "ca. 300").
_ABBREV_END = compile_re(
    rf"(?:\b(?:{ABBREVIATIONS})|(?:^|\s)\d{{1,2}}|\d\.\d{{1,2}})\.$", re.IGNORECASE
)
_BEFORE_NUMBER_END = compile_re(rf"\b(?:{BEFORE_NUMBER_ABBREVIATIONS})\.$", re.IGNORECASE)
# Thai writes no stops: a line that ends in Thai script ends its sentence ("…ค่ะ" over
# "บริษัทฯ ขอยืนยัน…": thanks, then the confirmation). The stops of other scripts: the
# Devanagari and Bengali danda "।", Urdu "۔", Arabic "؟", Armenian "։", Ethiopic "።",
# Myanmar "။".
_SENTENCE_END = compile_re(r"[.!?。！？।॥۔؟։።။]+\s*(?=\S)|(?<=[\u0e01-\u0e5b])[ \t]*\n\s*(?=\S)")
# Clause boundaries: commas, semicolons, dashes and the contrastive conjunctions.
_CLAUSE_END = compile_re(
    r",\s+(?!\d{4}\b|\d{1,3}\s*(?:,|&|(?:and|und|et|y|e|en|or|oder|ou)\b)|\d{1,3}\s*번)|;\s*|(?<=\d)\s?:\s+|\s[-–—]\s|，|；|\s+(?=(?:but|however|aber|jedoch|mais|pero|ma|maar|ale|ale|mas)\s)",
    re.IGNORECASE,
)


_BRACKETED = compile_re(r"\([^()\n]{1,200}\)")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip()


# the line before stops mid-phrase, so the next one wraps it (extract's logical lines too)
GOES_ON = compile_re(
    r"(?:,|\b(?:and|or|und|oder|et|ou|y|the|der|die|das|le|la|de|of|to|for|für|à|at))$", re.I
)


def _continues(prev_line: str, line: str) -> bool:
    """``line`` wraps ``prev_line`` (as extract's logical lines read it): it starts in lower
    case, or ``prev_line`` ends mid-phrase."""
    from agent.reading.dates import date_wraps

    return line[:1].islower() or bool(GOES_ON.search(prev_line)) or date_wraps(prev_line, line)


# a line opened by a field's label: "Delivery: …", "납기: …", "Liefertermin: …"
_LABEL_OPENS = compile_re(r"[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+){0,3}\s?:\s")
# "(actuatoarele vin de la …)": an aside in lower case goes on with the line above
_ASIDE_GOES_ON = compile_re(r"[(\[]\s*[^\W\d_]")
# a line that ends its sentence, in any script (Thai writes no stops, and Chinese, Japanese and
# Korean lists none after an item: their line end is one)
_ENDS_SENTENCE = compile_re(
    r"(?:[.!?:;。！？।॥۔؟…)）]"
    r"|[\u0e01-\u0e5b\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e\uac00-\ud7a3])$"
)


def stands_apart(prev_line: str, line: str) -> bool:
    """``line``, under a list's last item, starts words of its own rather than going on with
    the item's: the item ended its sentence, or ``line`` opens with a capital or a field's
    label ("Delivery: 28 Dec"), or the item ended on a value ("… 36.50 USD"); not "23 грудня -
    …" under "… відвантаження", "बाकी 800 …" under "… और", nor "(actuatoarele vin …)" under
    "… 25.01.2027"."""
    if _ENDS_SENTENCE.search(prev_line) or line[:1].isupper() or _LABEL_OPENS.match(line):
        return True
    if _ASIDE_GOES_ON.match(line) and line.lstrip("([ ")[:1].islower():
        return False
    last = prev_line[-1:]
    # a word in lower case, or in a script without case (its vowel signs too), stops mid-phrase
    return not last or unicodedata.category(last) not in ("Ll", "Lo", "Lm", "Mn", "Mc")


def _list_item(line: str) -> bool:
    """A line that is an item of a list: marked ("1. ", "- "), headed by a count of pieces
    ("200 st. CG-M32-MS à € 4,80", "40 pcs housings @ 312.50") or by a line's label ("Item 2:
    …", "2번 품목 …"); not an ERP row's position ("10 6308-2Z …")."""
    from agent.reading.extract import opens_with_line_label

    return bool(LIST_MARK.match(line) or _count_led().match(line) or opens_with_line_label(line))


@cache
def _count_led() -> re.Pattern[str]:
    from agent.reading.numbers import GENERIC_UNITS

    units = "|".join(sorted((re.escape(u) for u in GENERIC_UNITS), key=len, reverse=True))
    return compile_re(rf"\d[\d.,'\u00a0 ]*\s?(?:{units}|{L.alternation('count_units')})\.?\s", re.I)


def _units(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, paragraph) of each unit: wrapped lines joined, items and rows kept apart.
    A line under the last item of a written list ("1. …", "2. …", then "Delivery to the
    port 23/12"), not indented into it and not wrapping it, is a unit of its own."""
    raws = text.split("\n")
    last_item: dict[int, int] = {}  # paragraph's first line -> its last list item's line
    para_start = 0
    for i, raw in enumerate(raws):
        if not raw.strip():
            para_start = i + 1
        elif _list_item(raw.strip()):
            last_item[para_start] = i
    paragraph = 0
    unit: list[int] | None = None
    prev_line = ""
    prev_indent = 0
    pos = 0
    para_start = 0
    items, in_item = 0, False  # list items so far in the paragraph; the unit is one
    for i, raw in enumerate(raws):
        start, end = pos, pos + len(raw)
        pos = end + 1
        line = raw.strip()
        if not line:
            if unit is not None:
                yield unit[0], unit[1], paragraph
                unit = None
                paragraph += 1
            prev_line = ""
            items, in_item = 0, False
            para_start = i + 1
            continue
        indent = len(raw) - len(raw.lstrip())
        lead = start + indent
        marked = _list_item(line)
        new = (
            unit is None
            # detail lines indented alike under an item ("   30.000 m" / "   prezzo …" /
            # "   consegna 16/12"): one field each, unless the line before stops mid-phrase
            or (indent >= 2 and indent == prev_indent and not GOES_ON.search(prev_line))
            or _ITEM_START.match(line)
            or _TABULAR.search(line)
            or prev_line.endswith(":")
            or _TABULAR.search(prev_line)
            or (
                in_item
                and items >= 2
                and i > last_item.get(para_start, len(raws))
                and not raw[:1].isspace()
                and not _continues(prev_line, line)
                and stands_apart(prev_line, line)
            )
        )
        items += marked
        if new:
            in_item = marked
            if unit is not None:
                yield unit[0], unit[1], paragraph
            unit = [lead, start + len(raw.rstrip())]
        else:
            assert unit is not None
            unit[1] = start + len(raw.rstrip())
        prev_line, prev_indent = line, indent
    if unit is not None:
        yield unit[0], unit[1], paragraph


_DAY_END = compile_re(r"(?:^|\s)\d{1,2}\.$|\d\.\d{1,2}\.$")
_WEEK_AFTER = compile_re(rf"\s*{WEEK_WORD_AFTER}", re.IGNORECASE)
_KW_AFTER = compile_re(KW_AFTER_DAY)
_SHORT_DAY_END = compile_re(rf"(?<![\w.])(?:{SHORT_DAY_NAMES})\.$", re.IGNORECASE)


# "on 5 Jan. Layer pads fine": a day and an abbreviated month end the sentence too
_DAY_MONTH_END = compile_re(
    r"\d(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$", re.IGNORECASE
)


def _day_then_sentence(head: str, text: str, at: int) -> bool:
    """ "by Jan 8. Lines 1 and 3 ..." and "on 5 Jan. Layer pads ..." end a sentence; "am 8.
    Januar" does not."""
    from agent.reading.dates import _month_table

    if not (_DAY_END.search(head) or _DAY_MONTH_END.search(head)):
        return False
    word = re.match(r"[^\W\d_]+", text[at:])
    return bool(word) and word.group(0)[0].isupper() and word.group(0).lower() not in _month_table()


# A sentence may start with an item code ("... for 12/18. 6308-ZZ will be 1/8"), never
# with a bare number ("ca. 300", "8. 1. 2027")
_CODE_START = compile_re(r"\d[\dA-Z]*-[A-Z0-9]+\b|\d+[A-Z]{2,}\b")


# a whole word before the dot, not an abbreviation with a capital inside ("MwSt. 19 %")
_WORD_END = compile_re(r"(?<![\w.])[^\W\d_][^\W\d_A-ZÀ-ÞĀ-ſА-Я]{3,}\.$")


_ENUM_LABEL = compile_re(r"\s*\d{1,3}\.")


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cut = start
    for m in _SENTENCE_END.finditer(text, start, end):
        head = text[cut : m.start() + 1]
        nxt = text[m.end() : m.end() + 1]
        if m.group(0).strip() == "." and cut == start and _ENUM_LABEL.fullmatch(head):
            continue  # "1. Sací hadice …": a list item's number, not a sentence
        # a new line after the dot starts a new sentence unless it goes on in lower case:
        # "… dodanie 12.5." over "385/65 R22.5 návesové - 36 ks"
        new_line = "\n" in m.group(0) and not nxt.islower()
        if (
            m.group(0).strip() == "."
            and not new_line
            and (
                (
                    _ABBREV_END.search(head.rstrip("!?"))
                    and not _day_then_sentence(head, text, m.end())
                )
                or nxt.islower()
                # a letter right after the dot: "ม.ค." (a Thai month), "z.B.", "U.S."
                or (m.group(0) == "." and nxt.isalpha())
                or (_DAY_END.search(head) and _WEEK_AFTER.match(text, m.end()))
                # "Liefertermin Mi. KW 53": a short day name's dot before its week
                or (_SHORT_DAY_END.search(head) and _KW_AFTER.match(text, m.end()))
                or nxt == "("  # "5 000 szt. (10 opak. po 500 szt.)": a bracket goes on
                or nxt in ")]},;:"  # "po 500 szt.), cena ...": an abbreviation's dot
                or nxt in "=≈"  # "50 poser à 100 stk. = 5.000 stk.": no sentence starts so
                or (nxt.isdigit() and _BEFORE_NUMBER_END.search(head))  # "à kr. 289,00"
                # "ca. 300", "8. 1. 2027" go on; "stok terhad. 1,500 kotak" is a new sentence
                or (
                    nxt.isdigit()
                    and not _CODE_START.match(text, m.end())
                    and not _WORD_END.search(head)
                )
            )
        ):
            continue
        yield cut, m.start() + len(m.group(0).rstrip())
        cut = m.end()
    if text[cut:end].strip():
        yield cut, end


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every sentence of ``text``, unit by unit."""
    for ustart, uend, _ in _units(text):
        yield from _sentences(text, ustart, uend)


# A table row typed into the mail: three cells or more between pipes or tabs, on one line
_ROW = compile_re(r"[^\n|\t]*(?:(?:\s*\|\s*|\t)[^\n|\t]*){3,}")


def clauses(segment: Segment) -> list[Clause]:
    """The clauses of one segment, in order, with their spans. A table row is one clause."""
    text = segment.text
    if segment.kind == "table_row":
        return [Clause(Span(segment.index, 0, len(text)), _norm(text), _norm(text), 0, 0)]
    out: list[Clause] = []
    for u, (ustart, uend, para) in enumerate(_units(text)):
        for sstart, send in _sentences(text, ustart, uend):
            sentence = _norm(text[sstart:send])
            if _ROW.fullmatch(text, sstart, send):
                # "1 | Innenwandfarbe weiß, 20-l-Eimer | 50 | 3,95 €/l | 11.12.2026": a row
                # typed into the mail is one clause, as an attachment's is; its cells' commas
                # end nothing
                out.append(_clause(segment, text, sstart, send, sentence, u, para))
                continue
            cut = sstart
            # "(PSW, Maßbericht, Werkstoffzeugnisse 3.1)": a bracketed list is one aside
            asides = [b.span() for b in _BRACKETED.finditer(text, sstart, send)]
            for m in _CLAUSE_END.finditer(text, sstart, send):
                if any(a < m.start() < b for a, b in asides):
                    continue
                if text[cut : m.start()].strip():
                    out.append(_clause(segment, text, cut, m.start(), sentence, u, para))
                cut = m.end()
            if text[cut:send].strip():
                out.append(_clause(segment, text, cut, send, sentence, u, para))
    return out


def _clause(
    segment: Segment, text: str, start: int, end: int, sentence: str, unit: int, para: int
) -> Clause:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Clause(Span(segment.index, start, end), _norm(text[start:end]), sentence, unit, para)


def text_of(segments: list[Segment], span: Span) -> str:
    """The supplier's words a span points at."""
    return segments[span.segment].text[span.start : span.end]
