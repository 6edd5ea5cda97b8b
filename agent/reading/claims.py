"""Each clause of the supplier's own words as a typed claim about one PO.

A ``Claim`` says what a clause does (its act: commit, change, decline, promise_later,
question, receipt, other_object, or other), what it is about (its scope: the whole order
or some lines, and the fields it names) and which values it states, each with the
``Span`` of the supplier's words it was read from. The checks that would void a
commitment (a condition, a hedge, a reference to words that are not the supplier's own
new text) are recorded on the claim, so a veto is a property of the claim that would
commit, not a net cast after the fact.

Values are read after the PO's own item codes, descriptions and number are masked, so
"Flat washer 3/8" or "4/3 way valve" is never a date and "PO 4500012" never a quantity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache

from agent.reading import lexicon as L
from agent.reading import phrases as P
from agent.reading.dates import find_dates, find_offsets, lead_time_hits, without_count_start
from agent.reading.masks import any_of
from agent.reading.match import describes_other_po, find_po_mentions, names_po_number
from agent.reading.numbers import number_hits, price_hits
from agent.reading.segments import LIST_MARK, Clause, Segment, Span, clauses
from agent.reading.startup_cache import compile_re
from agent.reading.types import OpenPO
from agent.reading.units import column_count, header_count, is_unit_column, price_basis_before

ORDER = "order"
_NUMBERS = compile_re(r"\d+")

_WORD = compile_re(r"[^\W\d_]{2,}")

# the order itself, by its noun ("… so I have entered your PO for 40 bundles")
_ORDER_NOUNS = (
    r"orders?|po|p\.o\.|purchase orders?|bestellung\w*|auftrag\w*|commandes?|pedidos?"
    r"|ordine|ordini|bestelling\w*|zamówieni\w*|zamowieni\w*|objednáv\w*|objednav\w*|encomenda\w*"
    r"|заказ\w*|замовлен\w*|sipariş\w*|siparis\w*|tilaus\w*|tilauks\w*|megrendel\w*|rendelés\w*"
    r"|comand[aăi]\w*|ordre[nr]?|beställning\w*|bestilling\w*|παραγγελ\w*|đơn hàng|注文|発注|订单|訂單|주문|발주"
    r"|pesanan\w*|pemesanan"
    r"|narudžb\w*|narudžbenic\w*|porudžbin\w*|naročil\w*|поръчк\w*|tellimus\w*|tellimuse\w*"
    r"|užsakym\w*|pasūtījum\w*"
)
ORDER_NOUN = compile_re(rf"\b(?:{_ORDER_NOUNS})\b", re.IGNORECASE)
# the order, its lines or a field of it
_ORDER_WORDS = compile_re(
    rf"\b(?:{_ORDER_NOUNS}|lines?|items?|positions?|pos\.?"
    r"|quantit\w*|qty|price\w*|pricing|delivery|dates?|preis\w*|liefer\w*|menge\w*|prix|livraison|precio\w*|entrega\w*)\b",
    re.IGNORECASE,
)


# Checks that make a clause no firm commitment: "if you accept…", "probably", and an
# exception whose object names none of the PO's lines ("confirmed except the feet", when
# "feet" is no line we can find): what is excluded is unknown, so nothing is confirmed.
VOIDING = ("condition", "hedge", "unnamed_exception")


@dataclass(frozen=True)
class Value:
    kind: str  # date | number | price
    value: date | Decimal
    span: Span
    per: Decimal = Decimal(1)  # a price's unit count ("per 100")
    # a date that is no delivery date: a price or surcharge takes effect, a product is best before
    effective: bool = False
    text: str = ""  # the supplier's token
    form: str = ""  # a date's form: explicit | yearless | kw | ordinal | relative | weekday


@dataclass
class Claim:
    act: str
    clause: Clause
    scope: str | frozenset[int]  # ORDER, or the PO lines the clause is about
    own_scope: bool  # the clause names its lines itself (not inherited)
    fields: frozenset[str]  # price / qty / date words it names (empty: none named)
    values: list[Value] = field(default_factory=list)
    checks: list[tuple[str, str]] = field(default_factory=list)  # (check, words) that void it
    assent_only: bool = False  # "Yes", "OK thanks", "Confirmed.": nothing but assent
    segment_kind: str = "body"
    # a value said with no word of any act and of no line ("at your dock 01/12"): it details
    # a commitment made elsewhere in the mail, it commits to nothing by itself
    stated: bool = False
    # the clause itself names its lines ("housings and covers confirmed for 15.12."), rather
    # than carrying on the lines of the clause before it
    names_lines: bool = False

    excluded: frozenset[int] = frozenset()  # "all good except line 3"
    elsewhere: bool = False  # said of another PO named before it

    def covers(self, line: int) -> bool:
        if line in self.excluded or self.elsewhere:
            return False
        return self.scope == ORDER or line in self.scope  # type: ignore[operator]

    # month-only or vague dates ("in January", "early next year"): a date the result can't carry
    vague: tuple[str, ...] = ()

    @property
    def firm(self) -> bool:
        """A commitment with no condition or hedge (a reference elsewhere is resolved later)."""
        return self.act in ("commit", "change") and not any(
            check in VOIDING for check, _ in self.checks
        )

    # dates of the whole sentence ("Dienstag, KW 50" read across its comma)
    sentence_dates: tuple[date, ...] = ()

    def dates(self, *, offsets: bool = False) -> list[date]:
        """The dates the claim states. An offset from the requested date ("two weeks later
        than requested") gives one date per PO line, which only ``offsets=True`` includes:
        it backs a line's date, it is no date of its own to compare with others."""
        own = [
            v.value
            for v in self.values
            if v.kind == "date" and not v.effective and (offsets or v.form != "offset")
        ]
        return [*own, *self.sentence_dates]  # type: ignore[list-item]

    def vague_dates(self) -> list[str]:
        return [v.text for v in self.values if v.kind == "vague"]

    def numbers(self) -> list[Decimal]:
        return [v.value for v in self.values if v.kind in ("number", "price")]  # type: ignore[misc]


def _mask(text: str, po: OpenPO, others: Sequence[str] = ()) -> str:
    """The text with the PO numbers, item codes and descriptions blanked (same length)."""
    terms = [po.po_number, *others]
    for pl in po.lines:
        terms += [t for t in (pl.item, pl.description) if t and len(t) >= 3]
    from agent.reading.extract import mask_description_numbers

    pattern = any_of(tuple(sorted(set(terms), key=lambda t: (-len(t), t))))
    text = pattern.sub(lambda m: " " * len(m.group(0)), text) if pattern else text
    return mask_description_numbers(text, tuple(pl.description or "" for pl in po.lines))


# The complementizer that opens what a "confirm" is said of: "we confirm that ...".
_THAT = compile_re(
    r"[\s,]*(?:(?:to\s+you|ihnen|vám|wam|vous|le|les)\s+)?(?:that|dass|daß|že|iż|że|que|che|dat)\b",
    re.IGNORECASE,
)


def _only_count() -> re.Pattern[str]:
    from agent.reading.extract import _ONLY_COUNT

    return _ONLY_COUNT


# "not before / until <date>" after a refusal word, in the lexicon languages: the words are
# short and common, so a date shape must follow at once
_UNTIL_DATE = compile_re(
    r"\b(?:until|till|before|prior to|bis|vor|erst|avant|antes d[eo]|hasta|prima d[ie]l?|fino a"
    r"|até|voor|tot|przed|do|dříve než|před|pred|förrän|före|før|innen|inden|ennen|înainte de"
    r"|până|πριν|έως)\s+(?:(?:the|le|el|il|der|dem|den|am|la|week|woche|semaine|semana|settimana"
    r"|week|tygodnia|týdne|vecka|uge|uke|viikko|KW|CW|wk)\.?\s+)?\d{1,4}(?:[./-]\d{1,2})?",
    re.IGNORECASE,
)


# a conjunction that joins a second act to the first one ("… and we confirm it")
# ... and Arabic's "and", a letter before its word ("استلام وقبول": receipt and acceptance)
_AND_THEN = compile_re(
    r"\s(?:and|und|et|y|e|en|i|a|og|och|ja|és|și|ve|και|và)\s|\sو(?=[^\W\d_])", re.IGNORECASE
)


def _delivery_beside_aside(text: str, pos: int) -> bool:
    """``pos`` stands in a bracketed aside, and the words outside the brackets give a delivery
    or ship date ("Tarne: nädal 5/2027 (meie tehas on suletud 21.12.–03.01.)")."""
    opened = text.rfind("(", 0, pos)
    if opened < 0 or text.rfind(")", 0, pos) > opened or text.find(")", pos) < 0:
        return False
    outside = re.sub(r"\([^()]*\)", " ", text)
    return bool(L.search("delivery_date", outside) or L.search("ship_date", outside))


def _act(text: str, has_values: bool, named: bool) -> str:
    if has_values and P.of_paperwork(text):
        return "other_object"
    later = L.search("confirm_later", text)
    if (
        later
        and not L.search("question", text)
        # "leverans v. 3 (vi väntar på en färgsättning)": why the date is what it is
        and not _delivery_beside_aside(text, later.start())
    ):
        return "promise_later"  # "erst nächste Woche bestätigen": a confirmation put off
    for act in L.ACTS:
        if act == "change":
            if L.search("change", text) and (has_values or named):
                return "change"
            continue
        if act == "other_object" and has_values and named:
            continue
        m = L.search(act, text)
        if m is None:
            continue
        if act == "promise_later" and has_values:
            from agent.reading.extract import _in_reason_clause

            if _in_reason_clause(text, m.start()):
                # "Line 2 will follow on Thursday 7 January as we are waiting for steel": why
                # the date is what it is, not an answer put off
                continue
        if act == "other_object" and _delivery_beside_aside(text, m.start()):
            continue  # "Tarne: nädal 5/2027 (meie tehas on suletud …)": why, in brackets
        if act == "receipt":
            # "nous accusons réception de votre commande et vous la confirmons": a receipt
            # and, joined to it, a commitment of its own
            joined = _AND_THEN.search(text, m.end())
            rest = text[joined.end() :] if joined else ""
            if (
                L.search("commit", rest)
                and not L.search("future", rest)
                and not L.search("next_week", rest)
                and not L.search("promise_later", rest)
            ):
                # not "… ja vahvistamme sen lähipäivinä": a commitment put off is a promise
                return "commit"
        if act == "decline" and (
            L.pattern("split").search(m.group(0))
            or L.pattern("split").match(
                re.sub(r"^\s*(?:the|der|die|le|la|el|il|de)?\s*", "", text[m.end() : m.end() + 30])
            )
        ):
            return "change"  # "we decline the remaining 20": a smaller quantity, not a refusal
        if act == "decline" and _UNTIL_DATE.search(text, m.end()):
            # "vi kan inte leverera kåporna förrän vecka 2": not before a date is a delay
            return "change"
        if act == "decline" and P.aside_after_value(text, m.start()):
            continue  # "24,10 lei/buc (nu mai avem stoc la prețul vechi)": why the value
        if act == "decline" and _only_count().search(text[: m.start()]):
            # "solo podemos servir 300 de las 500 (... descatalogado)": the refusal explains
            # a smaller quantity stated before it
            return "change"
        if act == "decline" and L.search("future", text):
            # "the 6 m unit is being phased out next year": news about the product, which
            # neither refuses nor confirms this order
            return "other"
        if act == "commit":
            if P.NEGATED_ACCEPT.search(text):
                continue
            # "Alle ordre bekreftet før årsskiftet …": a phrase about something else holds
            # the commitment word itself (all orders in general, not this one)
            around = L.search("other_object", text[: m.end() + 40])
            if around is not None and around.start() <= m.start() < around.end():
                return "other_object"
            # "we confirm the invoice": a commitment whose object is something else
            after = text[m.end() : m.end() + 40]
            if _THAT.match(text, m.end()):
                # "potvrzuji, že hřídele máme skladem": what is confirmed is the whole
                # proposition that follows, however long
                after = text[m.end() :]
            # the order may be named a little further on: "ich bestätige Ihnen noch vor
            # meinem Urlaub die Bestellung 118001"
            if L.search("other_object", after) and not _ORDER_WORDS.search(
                text[m.end() : m.end() + 70]
            ):
                return "other_object"
        return act
    if has_values and named:
        return "change"  # "Line 2 - 12/18", "Pos. 10: prezzo 12,50 (non 11,80 da listino)"
    other = L.search("other_object", text)
    if other and not _delivery_beside_aside(text, other.start()):
        return "other_object"
    if has_values:
        return "change"  # "Line 2 - 12/18", "at your dock 01/12": a value stated
    if (
        (named or _assent_only(text))
        and not P.NEGATED_ACCEPT.search(text)
        and any(
            not L.pattern("courtesy").fullmatch(m.group(0))
            # "ja no les fabriquem" (Catalan "no longer"): an assent word run on into a
            # negation without a pause says something else ("OK, no problem" keeps its comma)
            and not _NEGATION_AFTER.match(text, m.end())
            for m in L.pattern("assent").finditer(text)
        )
    ):
        # "Lines 1 and 3 OK"; a bare "Yes" counts only as the answer to our request (invariants)
        return "commit"
    return "other"


_NEGATION_AFTER = compile_re(r"\s+(?:no|not|non|nie|ne|nicht|niet|nem|não|nao)(?![\w])", re.I)


def _fields(text: str) -> frozenset[str]:
    out = set()
    if P.PRICE_WORDS.search(text):
        out.add("price")
    if P.QTY_WORDS.search(text):
        out.add("qty")
    if P.DATE_WORDS.search(text):
        out.add("date")
    return frozenset(out)


# ... and the pronouns that point back at what was asked ("Yes we can do that", "das machen
# wir"): they name no object of their own
_ASSENT_FILLER = compile_re(
    r"^\s*[A-Z]{1,3}:|[\s,.!:;)(\-–—]+|\b(?:and|&|und|et|y|e|en|i|a|we|for|you"
    r"|that|this|it|so|them|das|es|cela|ça|eso|esto)\b",
    re.I,
)


def _assent_only(text: str) -> bool:
    """Nothing but assent and courtesy: no object, no field, no value."""
    if _ORDER_WORDS.search(text):
        return False  # "Confirmed as per PO": the object is named
    rest = L.pattern("courtesy").sub(" ", text)
    rest = L.pattern("assent").sub(" ", rest)
    rest = L.pattern("commit").sub(" ", rest)
    return not _ASSENT_FILLER.sub("", rest).strip()


@cache
def _month_words() -> re.Pattern[str]:
    from agent.reading.dates import _month_table

    names = sorted((k for k in _month_table() if len(k) >= 4), key=len, reverse=True)
    return compile_re(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)", re.IGNORECASE)


def _values(
    clause: Clause,
    seg: Segment,
    po: OpenPO,
    locale: str,
    reference: datetime,
    others: Sequence[str] = (),
    row_basis: Decimal | None = None,
) -> list[Value]:
    from agent.reading.extract import _LINE_REF

    raw = seg.text[clause.span.start : clause.span.end].replace("\n", " ")
    # a line reference's number ("Pos. 4") is no value
    text = _LINE_REF.sub(lambda m: " " * len(m.group(0)), _mask(raw, po, others))
    # ... nor is a line's number right after its order's in a row ("4500231915  1  GCT-…")
    for number in (po.po_number, *others):
        for m in re.finditer(
            rf"(?<![\w-]){re.escape(number)}\s*[|/]?\s*(\d{{1,3}})(?![\d.,])", raw
        ):
            if number != po.po_number or int(m.group(1)) in {pl.line for pl in po.lines}:
                text = text[: m.start(1)] + " " * len(m.group(1)) + text[m.end(1) :]
    base = clause.span.start
    # a price's effective date ("+5% from 1/1") - unless the date's own clause says it is a
    # delivery ("10 290,00 Ft/db (5% áremelés), szállítás: 2027. január 22.")
    # ("bugünden itibaren 3 hafta sonra": a count from today has no price's start)
    effective = bool(L.search("effective", without_count_start(clause.text))) or (
        bool(L.search("effective", clause.sentence))
        and not L.search("delivery_date", clause.text)
        and not L.search("ship_date", clause.text)
    )
    out: list[Value] = []
    hits, vague = find_dates(text, locale, reference)
    taken = []
    for m in _month_words().finditer(text):
        if not any(h.start <= m.start() < h.end for h in hits):
            # "the other five in January": a month without a day is a date not given
            out.append(
                Value(
                    "vague",
                    Decimal(0),
                    Span(seg.index, base + m.start(), base + m.end()),
                    text=m.group(0),
                )
            )
    for vh in vague:
        out.append(
            Value(
                "vague", Decimal(0), Span(seg.index, base + vh.start, base + vh.end), text=vh.text
            )
        )
    for h in hits:
        span = Span(seg.index, base + h.start, base + h.end)
        # "MHD 30.09.2028", "tinka vartoti iki 2028-08-31": the product's life, no delivery
        # ... unless the date's own line starts with a delivery or ship word and has no word
        # of a price change ("… il listino per l'aumento del polipropilene" over "consegna
        # 15/12": the delivery's own date; not "für alle Lieferungen ab 01.01.")
        at = base + h.start
        own_line = seg.text[seg.text.rfind("\n", 0, at) + 1 : at]
        dated_line = P.date_word_just_before(own_line) and not L.search("effective", own_line)
        # ... nor is a day money is due or the goods invoiced ("Faturamento em 14/12")
        aside = (
            (effective and not dated_line)
            or P.shelf_life_before(text, h.start)
            or P.payment_date_before(text, h.start)
        )
        out.append(Value("date", h.date, span, effective=aside, text=h.text, form=h.form))
        taken.append((h.start, h.end))
    # "zwei Wochen später als gewünscht": the date each line's request moves to
    for o in find_offsets(text):
        span = Span(seg.index, base + o.start, base + o.end)
        for d in sorted({ln.requested_date + timedelta(days=o.days) for ln in po.lines}):
            out.append(Value("date", d, span, effective=effective, text=o.text, form="offset"))
    # "4 Wochen nach Auftragseingang", "6-8 weeks ARO": a date counted from the order
    for h in lead_time_hits(text, po.issued, reference.date()):
        if not any(a < h.end and h.start < b for a, b in taken):
            span = Span(seg.index, base + h.start, base + h.end)
            out.append(Value("date", h.date, span, effective=effective, text=h.text, form=h.form))
    # a table row under "Preis/100 ST": its amounts with decimals are per that count
    basis = (
        row_basis
        if seg.kind == "table_row"
        else _table_basis(seg.text, clause.span.start, po.lines[0].uom if po.lines else "")
    )
    uom = po.lines[0].uom if po.lines else ""
    for p in price_hits(text, locale):
        per = basis if basis and p.per == 1 else p.per
        if per == 1:
            # "цена за 100 шт. - 1 850,00 руб.": the basis said before the amount
            per = price_basis_before(seg.text, base + p.start, uom) or per
        span = Span(seg.index, base + p.start, base + p.end)
        out.append(Value("price", p.value, span, per=per, text=p.text))
    for n in number_hits(text, locale):
        if any(s <= n.start < e for s, e in taken):
            continue
        per = basis if basis and _DECIMALS.search(n.text) else Decimal(1)
        span = Span(seg.index, base + n.start, base + n.end)
        out.append(Value("number", n.value, span, per=per, text=n.text))
    return out


# "4,80", "1.260,00", "0.0135": a decimal part (three digits after one mark are thousands)
_DECIMALS = compile_re(r"[.,](?:\d{1,2}|\d{4,})$")


def _table_basis(text: str, start: int, po_uom: str) -> Decimal | None:
    """The count the header of the table a row sits in states its prices for.

    The header is the nearest line above the row, in the same block (no blank line
    between), that names a price basis ("Preis/100 ST", "Price per 1,000 pcs").
    """
    head = text[:start]
    row_start = head.rfind("\n") + 1
    above = head[:row_start].split("\n")[:-1]  # the lines before the row's, whole
    for line in reversed(above[-60:]):
        if not line.strip():
            return None
        count, _ = header_count(line, po_uom)
        if price_hits(line, "en"):
            if count is not None:
                return None  # a row above with its own basis ("£286.00 per 100m")
            continue  # a row above of the same table

        if count is not None:
            return count if count != 1 else None
    return None


def _under_list(seg: Segment, seg_clauses: list[Clause], ci: int) -> bool:
    """The unit that clause ``ci`` starts stands under the last item of a written list of
    two items or more ("1. …", "2. …", then "Delivery to the port 23/12"), neither indented
    into it nor announced by it ("… in two parts:"): it is about the whole list, as segments
    keep it a unit of its own."""
    from agent.reading.extract import opens_with_line_label

    clause = seg_clauses[ci]
    text = seg.text

    def item(c: Clause) -> bool:
        # "1. …", "- …", or a line's own label ("Item 2: …", "2번 품목 …")
        return bool(LIST_MARK.match(text[c.span.start :])) or opens_with_line_label(
            text[c.span.start : c.span.end]
        )

    if item(clause) or _indented(text, clause.span.start):
        return False
    units: dict[int, list[Clause]] = {}
    for c in seg_clauses:
        if c.paragraph == clause.paragraph:
            units.setdefault(c.unit, []).append(c)
    before = [u for u in units if u < clause.unit]
    if not before or any(item(units[u][0]) for u in units if u > clause.unit):
        return False
    last = units[max(before)]
    return (
        item(last[0])
        and sum(1 for u in before if item(units[u][0])) >= 2
        and not text[last[0].span.start : last[-1].span.end].rstrip().endswith(":")
    )


def _in_descriptions(words: str, po: OpenPO) -> bool:
    """``words`` stand as whole words in the description of one of the order's lines."""
    rx = re.compile(rf"(?<!\w){re.escape(words.strip())}(?!\w)", re.IGNORECASE)
    return any(pl.description and rx.search(pl.description) for pl in po.lines)


def _indented(text: str, at: int) -> bool:
    """The line ``at`` stands on starts with white space (it goes on an item above)."""
    line_start = text.rfind("\n", 0, at) + 1
    return at > line_start and not text[line_start:at].strip()


# a row that starts with the supplier's position number ("20 GE-24-BRN 200 Paar 3.60")
_ROW_POSITION = compile_re(r"\s*(\d{2,4})\s+\S")
# a clause naming a position, as a remark under such rows does ("Pos. 20", "Neuer Liefertermin
# Pos. 20": the clause ends where its colon stood)
_CLAUSE_POSITION = compile_re(
    r"(?:[^\W\d_]+\.?\s+){0,3}(?:pos(?:ition)?|poz|pol)\.?\s*(\d{2,4})\s*(?:[:\-–]|$)",
    re.IGNORECASE,
)


def claims_for(
    po: OpenPO,
    segments: Sequence[Segment],
    *,
    locale: str,
    reference: datetime,
    other_pos: Sequence[str] = (),
    siblings: Sequence[OpenPO] = (),
) -> list[Claim]:
    """Every clause of the supplier's own words as a claim about ``po``, in order.

    ``other_pos``: the numbers of the other open POs. Once a clause names one of them
    (and not ``po``), what follows is about that order until ``po`` is named again: those
    clauses are kept with ``elsewhere`` set and cover no line of ``po``. ``siblings``: the
    supplier's other open POs; a sentence that names no order but describes one of their
    goods and none of ``po``'s ("the can bodies order we are still checking") is theirs.
    """
    from agent.reading.extract import (
        _CJK_ENUM,
        _ENUM,
        _LABELLED,
        LineIndex,
        _enum_number,
        _in_reason_clause,
    )

    index = LineIndex(po)
    out: list[Claim] = []
    others = [n for n in other_pos if n and n != po.po_number]
    elsewhere = False
    # the lines an exception names ("except line 2"), by segment and sentence
    excepted: dict[tuple[int, str], frozenset[int]] = {}
    positions: dict[int, int] = {}  # the supplier's position numbers of our lines (20 -> 2)
    row_basis: Decimal | None = None  # what the last spreadsheet header says prices are per
    per_column: int | None = None  # the header's column for each row's price unit ("Price_UOM")
    for seg in segments:
        if seg.kind != "table_row" or (seg.index and segments[seg.index - 1].source != seg.source):
            row_basis, per_column = None, None
        basis = row_basis
        if seg.kind == "table_row":
            uom = po.lines[0].uom if po.lines else ""
            count, _ = header_count(seg.text, uom)
            row_basis = (count if count != 1 else None) if count is not None else row_basis
            cells = seg.text.split("\t")
            header_per = next(
                (i for i, c in enumerate(cells) if is_unit_column(c.strip().lower())), None
            )
            if header_per is not None and not any(ch.isdigit() for ch in seg.text):
                per_column = header_per
            basis = row_basis
            if per_column is not None and per_column < len(cells):
                # "6.20 | M": this row's price is per thousand
                n, _ = column_count(cells[per_column], uom)
                basis = n if n is not None and n != 1 else basis
        context_lines: frozenset[int] = frozenset()
        if seg.context:
            found, _, _ = index.refs(seg.context)
            context_lines = frozenset(found)
        scope: str | frozenset[int] = context_lines or ORDER
        last_para = -1
        named_unit: tuple[int, int] | None = None
        label_unit: tuple[int, int] | None = None  # a unit opened by a line's label
        label_lines: frozenset[int] = frozenset()
        last_unit: tuple[int, int] | None = None
        # the lines the clauses of the current item's last sentence name, one by one
        unit_named: set[int] = set()
        # the lines each clause of the current sentence named, in turn
        named_in_turn: list[frozenset[int]] = []
        named_sentence = ""
        seg_clauses = list(clauses(seg))
        for ci, clause in enumerate(seg_clauses):
            if names_po_number(po.po_number, clause.text):
                elsewhere = False
            elif any(names_po_number(n, clause.text) for n in others) or P.OTHER_ORDER.search(
                clause.text
            ):
                elsewhere = True  # "PO 4500012426: ...", "your other order ...": not this PO
            about_sibling = bool(siblings) and _describes_sibling(clause.sentence, po, siblings)
            found, all_named, how = index.refs(
                _mask_desc_free(clause.text, po), line_start=seg.kind == "table_row"
            )
            if (
                found
                and seg.kind not in ("table_row", "attachment")
                and (outside := index.refs_outside_asides(_mask_desc_free(clause.text, po)))
            ):
                found, all_named, how = outside
            if how == "description" and label_unit == (seg.index, clause.unit) and label_lines:
                found = set(label_lines)  # "1. kalem – PET granül": the label's line
            if not found and seg.kind == "attachment" and ci + 1 < len(seg_clauses):
                found = _mapped_by_next(
                    clause, seg_clauses[ci + 1], index, locale, reference, seg.text
                )
            if all_named and not found and label_unit == (seg.index, clause.unit):
                all_named = P.explicit_all(clause.text)  # "Partida 1: ... producir todo"
            row_position = _ROW_POSITION.match(clause.text)
            if row_position and len(found) == 1 and int(row_position.group(1)) not in index.numbers:
                # "20 GE-24-BRN 200 Paar 3.60" read as our line 2 by its code: the supplier's
                # position 20 is that line (as extract's rows map it)
                positions[int(row_position.group(1))] = next(iter(found))
            named_position = not found and _CLAUSE_POSITION.match(clause.text.lstrip())
            if named_position and int(named_position.group(1)) in positions:
                # "Neuer Liefertermin Pos. 20: 15.01.2027" under such rows
                found = {positions[int(named_position.group(1))]}
            cjk_enum = _CJK_ENUM.match(clause.text)
            if not found and cjk_enum and _enum_number(cjk_enum) in index.numbers:
                # "…交期 12/18。 二、螺帽 M5：…": a list item in Chinese numerals starts a new
                # line's words wherever the sentence splitter left it
                found = {_enum_number(cjk_enum)}
            first_of_unit = (seg.index, clause.unit) != last_unit
            last_unit = (seg.index, clause.unit)
            if first_of_unit:
                if clause.paragraph == last_para and (
                    # the item before ended on a sentence naming several lines one by one
                    # ("Größe S 300, Größe XL 200"): the last does not carry on
                    len(unit_named) > 1 or _under_list(seg, seg_clauses, ci)
                ):
                    scope = context_lines or ORDER
                unit_named = set()
            if not found and first_of_unit and clause.sentence.startswith(clause.text):
                # "4 - discontinued": the item's label names its line, as in extract
                enum = _ENUM.match(clause.sentence)
                if enum and _enum_number(enum) in index.numbers:
                    # as in extract, only when the rest of the item names no other line
                    # ("2. Sendung, 04.02.: Größe S 200, Größe XL 100" counts shipments)
                    rest, _, _ = index.refs(
                        " ".join(c.text for c in seg_clauses[ci + 1 :] if c.unit == clause.unit)
                    )
                    if not rest or rest == {_enum_number(enum)}:
                        found = {_enum_number(enum)}
            if clause.paragraph != last_para:
                # a clause naming no line carries on its paragraph's scope, as in extract
                scope = context_lines or ORDER
            elif (
                not found
                and clause.sentence != named_sentence
                and clause.sentence.startswith(clause.text)
                and len(unit_named) > 1
                and len(named_in_turn) > 1
                and all(len(x) == 1 for x in named_in_turn)
            ):
                # "поз. 1 - 40 шт., поз. 2 - 30 шт., поз. 3 - 10 шт. | Поставка 17 грудня": a
                # sentence after one that named several lines one by one is said of them all,
                # not of the last line named ("item 10 …, item 20 complete. Both on 15 January")
                scope = frozenset(unit_named)
            last_para = clause.paragraph
            # "Line 1: USD 45.00 per 100": the clause after the line's label is the line's own
            own = bool(found) or (named_unit == (seg.index, clause.unit) and scope != ORDER)
            if clause.sentence != named_sentence:
                unit_named, named_sentence = set(), clause.sentence
                named_in_turn = []
            unit_named |= found
            if found:
                named_in_turn.append(frozenset(found))
                named_unit = (seg.index, clause.unit)
                if clause.sentence.startswith(clause.text) and _LABELLED.match(clause.sentence):
                    label_unit, label_lines = named_unit, frozenset(found)
            excluded: frozenset[int] = frozenset()
            exc = P.EXCEPT.search(clause.text)
            claim_scope: str | frozenset[int]
            parts: tuple[Clause, Clause] | None = None  # the rest's words and the exception's
            if (
                found
                and exc
                and not found & {int(x) for x in _NUMBERS.findall(clause.text[: exc.start()])}
            ):
                # "confirmed as per PO except line 2": the order without the lines named;
                # what follows ("...line 2: only 3000") is about those lines
                excluded, own = frozenset(found), False
                scope = frozenset(found)
                claim_scope = ORDER
                parts = _exception_parts(clause, seg.text, exc)
                excepted[(seg.index, clause.sentence)] = excluded
            else:
                if found:
                    scope = frozenset(found)
                elif all_named:
                    scope = ORDER
                claim_scope = scope
            pieces: list[tuple[Clause, str | frozenset[int], bool, frozenset[int]]] = [
                (clause, claim_scope, own, excluded)
            ]
            cut: Span | None = None
            if parts is not None:
                # the exception's own words are the named lines' claim, the words around it
                # the rest of the order's ("we confirm the order except line 2, which we
                # cannot supply": a commitment of the others and a refusal of line 2)
                pieces = [
                    piece
                    for piece in (
                        (parts[0], ORDER, False, excluded),
                        (parts[1], scope, True, frozenset()),
                    )
                    if _WORD.search(piece[0].text)
                ]
                cut = parts[1].span
            for part, part_scope, part_own, part_excluded in pieces:
                if part_scope == ORDER:
                    part_own = False
                values = _values(part, seg, po, locale, reference, others, basis)
                if cut is not None and part_scope == ORDER:
                    values = [v for v in values if not cut.start <= v.span.start < cut.end]
                has_values = any(v.kind in ("date", "price") for v in values) or any(
                    v.kind == "number" for v in values
                )
                named = part_own or scope != ORDER or all_named
                act = _act(part.text, has_values, named)
                # "vi daremo la data di consegna entro venerdì": a value and no word of any act,
                # about no line in particular
                stated = (
                    act == "change"
                    and not named
                    and seg.kind not in ("table_row", "attachment")
                    and not any(L.search(a, part.text) for a in (*L.ACTS, "assent"))
                )
                prev = out[-1] if out else None
                if (
                    prev is not None
                    and prev.act == "commit"
                    and prev.clause.sentence == part.sentence
                    and len(prev.clause.text.split()) <= 4
                    and _THAT.match(part.text)
                    and L.search("other_object", part.text)
                    and not _ORDER_WORDS.search(_mask(part.text, po, others))
                ):
                    # "potvrzuji, | že hřídele máme skladem (20 ks)": the splitter cut the
                    # confirmation from what it confirms, which is stock, not this order
                    out[-1] = replace(prev, act="other_object")
                    act = "other_object"
                if seg.kind in ("table_row", "attachment") and act == "other" and has_values:
                    act = "change"  # a row of the supplier's acknowledgment states its values
                checks = []
                if exc and not found and act == "commit" and _WORD.search(part.text, exc.end()):
                    checks.append(("unnamed_exception", exc.group(0)))
                # a lead time from the order read as a date ("4 Wochen nach Auftragseingang" on
                # the day the PO went out) is that date, no condition
                sentence = part.sentence
                for h in lead_time_hits(sentence, po.issued, reference.date()):
                    sentence = sentence[: h.start] + " " * (h.end - h.start) + sentence[h.end :]
                # (not one inside the reason a cause word opens: "…, da die Rollen erst nach dem
                # Vulkanisieren verpackt werden können" explains the date, it sets no condition)
                m = next(
                    (
                        x
                        for x in L.pattern("condition").finditer(sentence)
                        if not _in_reason_clause(sentence, x.start())
                        # "200 x ARO coupler 1/4\"" of "Quick coupler ARO 1/4\"": the goods'
                        # name, not "after receipt of order"
                        and not _in_descriptions(x.group(0), po)
                    ),
                    None,
                )
                if m:
                    checks.append(("condition", m.group(0)))
                m = P.hedge_of_delivery(part.text)
                if m:
                    checks.append(("hedge", m.group(0)))
                # every reference: "al prezzo di listino aggiornato è € 10,40 …, consegna come
                # sopra" names its price, but not its date
                checks += [
                    ("reference_elsewhere", m.group(0))
                    for m in L.pattern("reference_elsewhere").finditer(part.sentence)
                ]
                sentence_dates: tuple[date, ...] = ()
                # a hedged sentence ("Auftrag bestätigt, Lieferung ca. KW 51") lends its dates to
                # none of its clauses: only a firm clause of its own carries a date
                # nor does "the rest" borrow the date of the line the sentence names ("Pozycja 2 -
                # zmiana terminu na 21.12.2026, reszta bez zmian")
                if (
                    part.sentence != part.text
                    and not L.search("effective", part.sentence)
                    and not L.search("hedge", part.sentence)
                    and not P.OTHERS.search(part.text)
                ):
                    masked = _mask(part.sentence, po)
                    hits, _ = find_dates(masked, locale, reference)
                    sentence_dates = tuple(
                        h.date for h in hits if not P.shelf_life_before(masked, h.start)
                    )
                out.append(
                    Claim(
                        act=act,
                        sentence_dates=sentence_dates,
                        clause=part,
                        scope=part_scope,
                        own_scope=part_own,
                        fields=_fields(part.text),
                        values=values,
                        checks=checks,
                        excluded=part_excluded,
                        elsewhere=elsewhere or about_sibling,
                        assent_only=act == "commit" and _assent_only(part.text),
                        segment_kind=seg.kind,
                        stated=stated,
                        names_lines=bool(found),
                    )
                )
    return _own_dates_only(_without_excepted(out, excepted))


def _without_excepted(
    claims: list[Claim], excepted: dict[tuple[int, str], frozenset[int]]
) -> list[Claim]:
    """ "Alles wie bestellt, bis auf Pos. 2 (…)", "Except for line 2 (…), all other items as
    ordered": what the sentence says of the whole order is not said of the lines its
    exception names, in whichever clause it says it."""
    if not excepted:
        return claims
    return [
        replace(c, excluded=c.excluded | lines)
        if c.scope == ORDER and (lines := excepted.get((c.clause.span.segment, c.clause.sentence)))
        else c
        for c in claims
    ]


def _exception_parts(
    clause: Clause, seg_text: str, exc: re.Match[str]
) -> tuple[Clause, Clause] | None:
    """An exception clause cut in two: the words about the rest of the order ("we confirm
    the order", "… alles wie bestellt") and the exception's own words ("except line 2, which
    we cannot supply", "bis auf Pos. 2 (Liefertermin 08.01.2027)"). None when the cut would
    not be sure: the words around the exception commit to nothing by themselves ("alles
    klar bis auf die Pyramiden: …"), or the exception's words, which run to the clause's
    end, go back to the whole order ("undtagen paprikaen som kommer ind mandag, så vi kan
    levere det hele …")."""
    text = clause.text
    start = exc.start()
    bracket = P.EXCEPTION_BRACKET.match(text, exc.end())
    end = bracket.end() if bracket else len(text)
    order_text = f"{text[:start].rstrip(' ,;:-–—(')} {text[end:].lstrip(' ,;:-–—)')}".strip()
    line_text = text[start:end].strip()
    if _WORD.search(order_text):
        if (
            _act(order_text, False, False) != "commit"
            or not bracket
            and _act(line_text, False, True) not in ("decline", "change")
        ):
            return None
    elif not bracket and (
        L.search("commit", line_text) or P.OTHERS.search(line_text) or P.ALL_LINES.search(line_text)
    ):
        return None
    # spans stay the clause's own: the values are read in the part's own words
    raw = seg_text[clause.span.start : clause.span.end]
    raw_exc = P.EXCEPT.search(raw)
    raw_start = clause.span.start + (raw_exc.start() if raw_exc else 0)
    raw_bracket = P.EXCEPTION_BRACKET.match(raw, raw_exc.end()) if raw_exc else None
    raw_end = clause.span.start + raw_bracket.end() if raw_bracket else clause.span.end
    line_span = Span(clause.span.segment, raw_start, raw_end)
    return (
        replace(clause, text=order_text),
        replace(clause, text=line_text, span=line_span),
    )


def _own_dates_only(claims: list[Claim]) -> list[Claim]:
    """A sentence that gives several lines a value each ("housing 18.12., cover and foot
    15.12.") lends none of its dates to the clauses that name a line: the housing's date is
    not the cover's, whichever of the two the date reader could read as a date."""
    named: dict[tuple[int, int, str], set[frozenset[int]]] = {}
    for c in claims:
        if c.own_scope and isinstance(c.scope, frozenset):
            named.setdefault(
                (c.clause.span.segment, c.clause.paragraph, c.clause.sentence), set()
            ).add(c.scope)
    return [
        replace(c, sentence_dates=())
        if c.own_scope
        and c.sentence_dates
        and len(named.get((c.clause.span.segment, c.clause.paragraph, c.clause.sentence), ())) > 1
        else c
        for c in claims
    ]


def _mapped_by_next(
    clause, nxt, index, locale: str, reference: datetime, seg_text: str = ""
) -> set[int]:
    """An ERP row naming none of our lines, followed by a line that does and states no date
    or price of its own ("2 KEY-316 … 250 EA 185.00 C 01/06/2027" / "Cust Part: HPV-CP-0090"):
    the row is that line's, as the line reader takes it. Only the next clause's first line
    counts: the totals under the table ("VL-RO-10" over "Totale imponibile EUR 444,00") are
    the sentence's, not the code line's."""
    if nxt.sentence == clause.sentence and nxt.unit == clause.unit:
        return set()
    if not find_dates(clause.text, locale, reference)[0] and not price_hits(clause.text, locale):
        return set()
    text = nxt.text
    if seg_text:
        raw = seg_text[nxt.span.start : nxt.span.end].strip()
        text = raw.split("\n", 1)[0] if raw else text
    found, _, how = index.refs(text)
    if how != "item" or len(found) != 1:
        return set()
    if find_dates(text, locale, reference)[0] or price_hits(text, locale):
        return set()
    return set(found)


def _describes_sibling(sentence: str, po: OpenPO, siblings: Sequence[OpenPO]) -> bool:
    if find_po_mentions(sentence, [po, *siblings]):
        return False  # an order number says whose it is
    return describes_other_po(sentence, po, [po, *siblings])


def _mask_desc_free(text: str, po: OpenPO) -> str:
    """Line references are read with item codes in place (they name lines) but without the PO number."""
    pattern = any_of((po.po_number,))
    return pattern.sub(" ", text) if pattern else text
