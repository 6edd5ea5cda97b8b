"""Check a model's answer against the supplier's own words; build the result only from what holds.

The model proposes, this module decides. Every value must come with a quote
that appears in the supplier's own text as sent (whitespace, case and
typographic quotes/dashes ignored), and the value must be what the rules' own
parsers read from that quote (``numbers_in`` / ``find_dates`` with the same
locale and the mail's Date as reference). A price may also be derived from a
percentage in the quote applied to the PO price, or from a "per 100" price in
it. Lines must be identified by the supplier's words (or by the quoted request
line an inline answer sits under), PO numbers must be among the supplier's open
POs, statuses must agree with the values, and nothing may contradict the rules'
own readings. One failure anywhere keeps the whole message ``needs_review``
with every reason listed: a partial machine reading of a mail is not offered.

Values the model copies from our quoted request can never pass: that text is
not sent and quotes are searched only in what the supplier wrote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from agent.llm.prompt import Piece, Prompt, line_ref_order, line_ref_spans, line_refs
from agent.reading.types import (
    Difference,
    ExtractionResult,
    LineConfirmation,
    OpenPO,
    POConfirmation,
    POLine,
    ScheduleSplit,
)

LLM_CONFIDENCE = 0.8
PREFIX = "llm: "

# Text that speaks to a machine instead of a buyer: whatever it says is not a commitment.
INJECTION_RE = re.compile(
    r"ignore\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier|preceding)\s+"
    r"(?:instructions?|prompts?|rules?|messages?)"
    r"|disregard\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier)"
    r"|\b(?:ai|a\.i\.)\s+(?:assistants?|systems?|models?|agents?|tools?)\b"
    r"|\bautomated\s+(?:systems?|assistants?|agents?|processing|readers?|tools?)"
    r"|\blanguage\s+models?\b|\bLLMs?\b|\bsystem\s+prompt|\bchat\s?gpt\b"
    r"|\byou\s+are\s+now\b|\bnew\s+instructions?\b"
    r"|\b(?:mark|record|register|set|treat|flag|update|enter|book)\s+(?:all|every|each|the|this|these)?"
    r"\s*(?:lines?|items?|positions?|orders?|po|purchase\s+orders?)?[^.\n]{0,40}?\bas\s+"
    r"(?:accepted|confirmed|approved)",
    re.IGNORECASE,
)

# The supplier says it does not commit yet: no line of this mail may be taken as confirmed.
GLOBAL_HEDGE_RE = re.compile(
    r"\b(?:can(?:not|'t|’t)|can\s+not|unable\s+to|not\s+able\s+to)\s+(?:yet\s+)?"
    r"(?:commit|confirm)\s+(?:to\s+)?(?:anything|the\s+(?:whole\s+)?(?:order|po)|this\s+(?:order|po)|yet|until)"
    r"|\brather\s+confirm\b|\bbefore\s+(?:we|i)\s+(?:can\s+)?confirm"
    r"|\b(?:will|shall|to)\s+(?:revert|get\s+back)\b|\bnot\s+(?:yet\s+)?(?:a|our)\s+confirmation"
    r"|\bnot\s+(?:a\s+)?confirm(?:ed|ation)\s+yet\b|\bonce\s+(?:the\s+)?(?:pricing|price|prices)\b"
    r"|\bnoch\s+nicht\s+(?:bestätig|zusag)|\bmelden\s+uns\b|\bnous\s+reviendrons\b"
    r"|\bsous\s+r[ée]serve\b|\ble\s+confirmaremos\b|\bpending\s+(?:approval|sign-?off|review)",
    re.IGNORECASE,
)

# Words near a value that make it a possibility, not a commitment.
LOCAL_HEDGE_RE = re.compile(
    r"\b(?:to\s+be\s+confirmed|tbc|tba|will\s+confirm|should\s+be|might|may\s+be|maybe|hopefully|"
    r"possibly|probably|looks?\s+(?:fine|ok|good)|doable|if\s+(?:you|we)|we\s+(?:will\s+)?try|"
    r"estimate[ds]?|approx(?:\.|imately)?|around|subject\s+to|voraussichtlich|eventuell|"
    r"vielleicht|unter\s+vorbehalt|[àa]\s+confirmer|peut-?être|environ|por\s+confirmar|quiz[aá]s)\b",
    re.IGNORECASE,
)

NEGATION_RE = re.compile(
    r"\b(?:not|cannot|can't|can’t|unable|won't|won’t|no\s+longer|never|nicht|keine?n?|"
    r"ne\s+\w+\s+pas|impossible|no\s+podemos|no\s+es\s+posible|niet|geen|non\s+possiamo)\b",
    re.IGNORECASE,
)

ACCEPT_RE = re.compile(
    r"confirm|as\s+per\s+(?:your\s+)?(?:po|p\.o\.|order|purchase\s+order)|as\s+ordered|\baccept|"
    r"\bagreed?\b|\bok\b|\bokay\b|\bo\.k\.|\bfine\b|no\s+problem|\byes\b|bestätig|einverstanden|"
    r"in\s+ordnung|wie\s+bestellt|laut\s+bestellung|d'accord|conforme|confirmad|aceptad|"
    r"de\s+acuerdo|potvrzuj|akkoord|bevestig|conferm|come\s+da\s+ordine|va\s+bene|confirmamos|"
    r"de\s+acordo",
    re.IGNORECASE,
)

REJECT_RE = re.compile(
    r"can(?:not|'t|’t)\s+(?:supply|deliver|offer|provide|accept|fulfil|make|produce|take|do)|"
    r"\b(?:any\s?more|any\s+longer)\b|"
    r"(?:unable|(?:not|no\s+longer)\s+able)\s+to\s+(?:supply|deliver|offer|provide|accept|fulfil|make|produce)|"
    r"not\s+(?:available|possible)|discontinued|obsolete|end[\s-]of[\s-]life|no\s+longer\s+"
    r"(?:available|produced|made|manufactured|supplied|offered)|\bdecline|\breject|"
    r"not\s+in\s+a\s+position|nicht\s+(?:mehr\s+)?lieferbar|abgekündigt|ausgelaufen|"
    r"nicht\s+liefern|ne\s+(?:pouvons|peut|pourrons)\s+pas|plus\s+(?:disponible|fabriqu)|"
    r"no\s+(?:podemos|disponible)|descatalogad|niet\s+(?:meer\s+)?leverbaar|non\s+possiamo\s+fornire|"
    r"non\s+pi[uù]\s+disponibile|\b(?:qty|quantity|menge)\s*:?\s*0\b",
    re.IGNORECASE,
)

EXCEPT_RE = re.compile(
    r"\b(?:except|but|apart\s+from|other\s+than|save\s+for|aside\s+from|außer|ausgenommen|"
    r"bis\s+auf|sauf|à\s+l'exception|excepto|salvo|menos|kromě)\b",
    re.IGNORECASE,
)

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00ad": "",
    }
)


# ------------------------------------------------------------------ text index


@dataclass(frozen=True)
class Hit:
    piece: int
    start: int
    end: int


def _fold(text: str) -> tuple[str, list[int]]:
    """Whitespace-collapsed, case-folded text and, per output char, its source index."""
    out: list[str] = []
    index: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not in_space and out:
                out.append(" ")
                index.append(i)
            in_space = True
            continue
        in_space = False
        for c in ch.translate(_TRANSLATE).casefold():
            out.append(c)
            index.append(i)
    while out and out[-1] == " ":
        out.pop()
        index.pop()
    return "".join(out), index


class SupplierText:
    """The supplier's words as sent to the model; quotes are searched only here."""

    def __init__(self, pieces: Sequence[Piece]) -> None:
        self.pieces = list(pieces)
        self._folded = [_fold(p.text) for p in self.pieces]

    def find(self, quote: str | None) -> list[Hit]:
        if not quote or not quote.strip():
            return []
        needle, _ = _fold(quote)
        hits: list[Hit] = []
        for n, (hay, index) in enumerate(self._folded):
            start = hay.find(needle)
            while start >= 0:
                end = start + len(needle) - 1
                # "1/15" must not be found inside "11/15/2026", nor "30" inside "130".
                cut_before = needle[0].isalnum() and start > 0 and hay[start - 1].isalnum()
                cut_after = needle[-1].isalnum() and end + 1 < len(hay) and hay[end + 1].isalnum()
                if not (cut_before or cut_after):
                    hits.append(Hit(n, index[start], index[end] + 1))
                start = hay.find(needle, start + 1)
        return hits

    def context(self, hit: Hit) -> tuple[str, int, int]:
        """The whole line(s) a hit sits on, and the hit's span inside them."""
        text = self.pieces[hit.piece].text
        a = text.rfind("\n", 0, hit.start) + 1
        b = text.find("\n", hit.end)
        b = b if b >= 0 else len(text)
        return text[a:b], hit.start - a, hit.end - a

    def text_line(self, hit: Hit) -> str:
        """The line of text (between newlines) a hit sits on."""
        text = self.pieces[hit.piece].text
        a = text.rfind("\n", 0, hit.start) + 1
        b = text.find("\n", hit.end)
        return text[a : b if b >= 0 else len(text)]

    def paragraph_of(self, hit: Hit) -> int:
        text = self.pieces[hit.piece].text
        return len(re.findall(r"\n[ \t]*\n", text[: hit.start]))

    @property
    def full(self) -> str:
        return "\n\n".join(p.text for p in self.pieces)


# ------------------------------------------------------------------ the check


class Grounder:
    def __init__(
        self,
        prompt: Prompt,
        open_pos: Sequence[OpenPO],
        rules_result: ExtractionResult,
    ) -> None:
        self.prompt = prompt
        self.text = SupplierText(prompt.pieces)
        self.locale = prompt.locale
        self.reference = prompt.reference
        self.pos = {po.po_number: po for po in open_pos}
        self.rules = rules_result
        self.problems: list[str] = []
        # Where the supplier writes each PO number: with several POs in one mail, a
        # statement belongs to the PO named last before it.
        self.mentions: dict[int, list[tuple[int, str]]] = {}
        for n, piece in enumerate(self.text.pieces):
            found = []
            for number in self.pos:
                chars = [c for c in number if c.isalnum()]
                if len(chars) < 4:
                    continue
                pattern = r"[\s\-/._#]*".join(re.escape(c) for c in chars)
                for m in re.finditer(rf"(?<![A-Za-z0-9]){pattern}(?![0-9])", piece.text, re.I):
                    found.append((m.start(), number))
            self.mentions[n] = sorted(found)
        self.multi_po = len({num for lst in self.mentions.values() for _, num in lst}) >= 2

    def under_po(self, hits: list[Hit], number: str) -> list[Hit]:
        """The hits that sit under ``number`` when the mail names several POs (else all)."""
        if not self.multi_po:
            return hits
        out = []
        for h in hits:
            before = [num for pos, num in self.mentions.get(h.piece, []) if pos < h.end]
            if before and before[-1] == number:
                out.append(h)
        return out

    def fail(self, reason: str) -> None:
        self.problems.append(reason)

    # ---------------------------------------------------------------- answer

    def check(self, answer: dict[str, Any]) -> ExtractionResult:
        """Return the grounded result, or the rules' result with the reasons appended."""
        full = self.text.full
        injected = INJECTION_RE.search(full)
        if injected:
            self.fail(
                "the supplier's text holds instructions addressed to automated systems "
                f"({_clip(injected.group(0))!r}); a person must read it"
            )
        kind = answer.get("kind")
        if kind != "confirmation":
            why = answer.get("reason") or "no reason given"
            label = "not about these orders" if kind == "unrelated" else "needs a person"
            self.fail(f"the model found the reply {label} (its words: {_clip(str(why))!r})")
            return self._deferred()
        hedge = GLOBAL_HEDGE_RE.search(full)
        if hedge:
            self.fail(f"the supplier says it does not commit yet ({_clip(hedge.group(0))!r})")
        confirmations: list[POConfirmation] = []
        seen: set[str] = set()
        for po_answer in answer.get("purchase_orders") or []:
            conf = self._po(po_answer, seen)
            if conf is not None:
                confirmations.append(conf)
        if not confirmations and not self.problems:
            self.fail("the model's answer confirms no PO")
        committed = [
            ln
            for c in confirmations
            for ln in c.lines
            if ln.status in ("accepted", "changed", "rejected")
        ]
        if confirmations and not committed:
            self.fail("the model's answer commits no line")
        # A PO the reply only mentions without answering is left out (corpus FORMAT.md).
        confirmations = [
            c for c in confirmations if any(ln.status != "unconfirmed" for ln in c.lines)
        ]
        if self.problems:
            return self._deferred()
        exceptions: list[Difference] = []
        for conf in confirmations:
            exceptions += _differences(self.pos[conf.po_number], conf)
        return ExtractionResult(
            kind="confirmation",
            confirmations=confirmations,
            exceptions=exceptions,
            method="llm",
            confidence=LLM_CONFIDENCE,
            review_reasons=[],
            matched_po_numbers=[c.po_number for c in confirmations],
        )

    def _deferred(self) -> ExtractionResult:
        reasons = list(self.rules.review_reasons)
        for p in self.problems:
            r = PREFIX + p
            if r not in reasons:
                reasons.append(r)
        return replace(self.rules, kind="needs_review", review_reasons=reasons)

    # -------------------------------------------------------------------- PO

    def _po(self, po_answer: dict[str, Any], seen: set[str]) -> POConfirmation | None:
        number = str(po_answer.get("po_number") or "")
        po = self.pos.get(number)
        if po is None:
            self.fail(f"PO {_clip(number)!r} is not an open PO of this supplier")
            return None
        if number in seen:
            self.fail(f"PO {number} answered twice")
            return None
        seen.add(number)
        matched = self.rules.matched_po_numbers
        if matched and number not in matched:
            quote = po_answer.get("po_number_quote")
            digits = re.sub(r"\D", "", number)
            if not (self.text.find(quote) and digits and digits in re.sub(r"\D", "", quote or "")):
                self.fail(f"PO {number}: the supplier's text does not name it")
                return None
        all_quote = po_answer.get("all_lines_quote")
        all_hits = self._grounded(all_quote, f"PO {number}: statement for all lines")
        all_kind = None
        if all_hits and not self.under_po(all_hits, number):
            self.fail(f"PO {number}: {_clip(all_quote)!r} is said about another PO")
            all_hits = []
        if all_hits:
            if REJECT_RE.search(all_quote):
                all_kind = "rejected"
            elif ACCEPT_RE.search(all_quote) and not NEGATION_RE.search(all_quote):
                all_kind = "accepted"
            else:
                self.fail(
                    f"PO {number}: {_clip(all_quote)!r} neither accepts nor rejects the order"
                )
            if all_kind and any(LOCAL_HEDGE_RE.search(self.text.text_line(h)) for h in all_hits):
                self.fail(f"PO {number}: {_clip(all_quote)!r} is not a firm commitment")
                all_kind = None
        excepted: set[int] = set()
        if all_kind and all_hits:
            # What follows the statement on its line may carve lines out of it.
            h = all_hits[0]
            text = self.text.pieces[h.piece].text
            end = text.find("\n", h.end)
            line = text[h.start : end if end >= 0 else len(text)]
            m = EXCEPT_RE.search(line)
            if m:
                excepted = line_refs(line[m.start() :], po)
                if not excepted:
                    self.fail(
                        f"PO {number}: {_clip(line)!r} makes an exception without naming the line"
                    )
        answered: dict[int, LineConfirmation] = {}
        for line_answer in po_answer.get("lines") or []:
            n = line_answer.get("line")
            po_line = po.line_by_number(n) if isinstance(n, int) else None
            if po_line is None:
                self.fail(f"PO {number}: line {n!r} does not exist")
                continue
            if n in answered:
                self.fail(f"PO {number} line {n}: answered twice")
                continue
            conf = _LineCheck(self, po, po_line, line_answer, all_kind, all_quote).run()
            if conf is not None:
                answered[n] = conf
        for n in sorted(excepted - set(answered)):
            self.fail(f"PO {number} line {n}: excepted from {_clip(all_quote)!r} but not answered")
        lines: list[LineConfirmation] = []
        for po_line in po.lines:
            conf = answered.get(po_line.line)
            if conf is None and all_kind and po_line.line not in excepted:
                conf = self._from_all(po, po_line, all_kind, all_quote)
            lines.append(conf or LineConfirmation(line=po_line.line, status="unconfirmed"))
        return POConfirmation(po_number=number, status=_po_status(lines), lines=lines)

    def _from_all(self, po: OpenPO, po_line: POLine, kind: str, quote: str) -> LineConfirmation:
        conf = _at_po_values(po, po_line, quote)
        if kind == "rejected":
            conf = LineConfirmation(line=po_line.line, status="rejected", evidence=quote)
        self._against_rules(po.po_number, conf)
        return conf

    # ---------------------------------------------------------------- helpers

    def value_numbers(self, quote: str, po: OpenPO) -> list[Decimal]:
        """What ``numbers_in`` reads in a quote, minus the digits of dates, line numbers and items."""
        return [v for v, _s, _e in self.value_spans(quote, po)]

    def number_in_context(self, value: Decimal, hits: list[Hit], po: OpenPO) -> bool:
        """Read in the whole line, the quoted place still says ``value`` ("100" is not "1.100")."""
        for h in hits:
            line, a, b = self.text.context(h)
            if any(v == value and s < b and e > a for v, s, e in self.value_spans(line, po)):
                return True
        return False

    def date_in_context(self, value: date, hits: list[Hit]) -> bool:
        from agent.reading.dates import find_dates

        for h in hits:
            line, a, b = self.text.context(h)
            found, _ = find_dates(line, self.locale, self.reference)  # type: ignore[arg-type]
            if any(
                d.date == value and d.conflict is None and d.start < b and d.end > a for d in found
            ):
                return True
        return False

    def value_spans(self, quote: str, po: OpenPO) -> list[tuple[Decimal, int, int]]:
        from agent.llm.prompt import LINE_NUMBER_RE
        from agent.reading.dates import find_dates
        from agent.reading.numbers import number_hits, price_hits, quantity_hits

        taken: list[tuple[int, int]] = []
        if self.reference is not None:
            taken += [(h.start, h.end) for h in find_dates(quote, self.locale, self.reference)[0]]
        taken += [(m.start(), m.end()) for m in LINE_NUMBER_RE.finditer(quote)]
        folded = quote.casefold()
        for ln in po.lines:
            code = ln.item.casefold()
            start = folded.find(code) if len(code) >= 3 else -1
            while start >= 0:
                taken.append((start, start + len(code)))
                start = folded.find(code, start + 1)
        spans = [(h.value, h.start, h.end) for h in number_hits(quote, self.locale)]
        # "1000pcs", "USD2.35": the rules read numbers glued to a unit or currency here.
        spans += [(h.value, h.start, h.end) for h in quantity_hits(quote, self.locale)]
        spans += [(h.value, h.start, h.end) for h in price_hits(quote, self.locale) if h.per == 1]
        return [(v, s, e) for v, s, e in spans if all(e <= a or s >= b for a, b in taken)]

    def _grounded(self, quote: str | None, what: str) -> list[Hit]:
        """Hits of a non-empty quote; a quote that is given but not found is a failure."""
        if quote is None or not str(quote).strip():
            return []
        hits = self.text.find(quote)
        if not hits:
            self.fail(f"{what}: {_clip(quote)!r} is not in the supplier's text")
        return hits

    def _against_rules(self, po_number: str, conf: LineConfirmation) -> None:
        """The rules' own reading of a line wins over the model; disagreement is for a person."""
        for rc in self.rules.confirmations:
            if rc.po_number != po_number:
                continue
            for rl in rc.lines:
                if rl.line != conf.line or rl.status == "unconfirmed":
                    continue
                for field_name in ("quantity", "unit_price", "date"):
                    mine, theirs = getattr(conf, field_name), getattr(rl, field_name)
                    if mine is not None and theirs is not None and mine != theirs:
                        self.fail(
                            f"PO {po_number} line {conf.line}: the model's {field_name} {mine} "
                            f"contradicts the rules' reading {theirs}"
                        )
                if (rl.status == "rejected") != (conf.status == "rejected"):
                    self.fail(
                        f"PO {po_number} line {conf.line}: the model says {conf.status}, "
                        f"the rules read {rl.status}"
                    )


class _LineCheck:
    def __init__(
        self,
        g: Grounder,
        po: OpenPO,
        po_line: POLine,
        a: dict[str, Any],
        all_kind: str | None,
        all_quote: str | None,
    ) -> None:
        self.g, self.po, self.pl, self.a = g, po, po_line, a
        self.all_kind, self.all_quote = all_kind, all_quote
        self.where = f"PO {po.po_number} line {po_line.line}"
        self.failed = False
        self.quotes: list[str] = []
        self.anchor_hits: list[Hit] = []

    def fail(self, reason: str) -> None:
        self.failed = True
        self.g.fail(f"{self.where}: {reason}")

    def run(self) -> LineConfirmation | None:
        status = self.a.get("status")
        if status == "unconfirmed":
            return LineConfirmation(line=self.pl.line, status="unconfirmed")
        line_quote = self.a.get("line_quote")
        line_hits = self.g._grounded(line_quote, f"{self.where}: line reference")
        if line_hits and not self.g.under_po(line_hits, self.po.po_number):
            self.fail(f"{_clip(line_quote)!r} is said about another PO")
            line_hits = []
        if line_quote and line_hits:
            if self.pl.line not in line_refs(line_quote, self.po) and not _names_description(
                line_quote, self.pl
            ):
                self.fail(f"{_clip(line_quote)!r} does not name this line")
            self.anchor_hits = line_hits
            self.quotes.append(line_quote)
        elif line_quote:
            self.failed = True

        if status == "rejected":
            return self._rejected()
        if status not in ("accepted", "changed"):
            self.fail(f"unknown status {status!r}")
            return None

        quantity = self._number("quantity")
        price = self._price()
        when, kind = self._date()
        schedule = self._schedule(quantity)
        if schedule:
            quantity = (
                quantity
                if quantity is not None
                else sum((s.quantity for s in schedule), Decimal(0))
            )
            last = max(s.date for s in schedule)
            if when is not None and when != last:
                self.fail(f"date {when} is not the last delivery of the schedule ({last})")
            when = last
        currency = self._currency()
        status_quote = self.a.get("status_quote")
        status_hits = self.g._grounded(status_quote, f"{self.where}: status")
        if status_quote and status_hits:
            self._use(status_quote, status_hits, "status")
            if NEGATION_RE.search(status_quote):
                self.fail(f"{_clip(status_quote)!r} is a negative, not a commitment")
        stated = [v for v in (quantity, price, when) if v is not None]
        if status == "accepted" and not stated:
            firm = (status_quote and status_hits and ACCEPT_RE.search(status_quote)) or (
                self.all_kind == "accepted"
            )
            if not firm:
                self.fail("accepted without any words of acceptance or value")
        if self.failed:
            return None
        if not self._identified():
            return None

        final_q = quantity if quantity is not None else self.pl.quantity
        final_p = price if price is not None else self.pl.unit_price
        final_d = when if when is not None else self.pl.requested_date
        same = (
            final_q == self.pl.quantity
            and final_p == self.pl.unit_price
            and final_d == self.pl.requested_date
            and not schedule
        )
        if final_q <= 0:
            self.fail("a zero quantity is not a confirmation (a rejection must say so)")
        if final_p <= 0:
            self.fail("a zero or negative price is never accepted automatically")
        if status == "accepted" and not same:
            self.fail("the model says accepted but its values differ from the PO")
        if status == "changed" and same:
            self.fail("the model says changed but every value equals the PO")
        if currency and currency != self.po.currency:
            self.fail(f"price stated in {currency}, the PO is in {self.po.currency}")
        if self.failed:
            return None
        conf = LineConfirmation(
            line=self.pl.line,
            status="accepted" if same else "changed",
            quantity=final_q,
            unit_price=final_p,
            currency=self.po.currency,
            date=final_d,
            date_kind=kind if when is not None else None,
            schedule=schedule,
            reason=self._reason() if not same else None,
            evidence=self._evidence(),
        )
        self.g._against_rules(self.po.po_number, conf)
        return conf

    # ------------------------------------------------------------ statuses

    def _rejected(self) -> LineConfirmation | None:
        quote = self.a.get("status_quote")
        hits = self.g._grounded(quote, f"{self.where}: rejection")
        if not quote:
            if self.all_kind == "rejected":
                return self.g._from_all(self.po, self.pl, "rejected", self.all_quote or "")
            self.fail("rejected without the supplier's words")
            return None
        if not hits:
            return None
        if not REJECT_RE.search(quote):
            self.fail(f"{_clip(quote)!r} does not say the line cannot be supplied")
            return None
        self._use(quote, hits, "rejection")
        if self.failed or not self._identified():
            return None
        conf = LineConfirmation(
            line=self.pl.line, status="rejected", reason=self._reason(), evidence=self._evidence()
        )
        self.g._against_rules(self.po.po_number, conf)
        return conf

    def _identified(self) -> bool:
        """A line must be named by the supplier unless the PO has one line or all are answered."""
        if len(self.po.lines) == 1 or self.anchor_hits or self._inline_context():
            return True
        if self.all_kind:
            return True
        self.fail("the supplier's text does not say which line this is")
        return False

    def _inline_context(self) -> bool:
        pieces = {h.piece for h in self.value_hits}
        if not pieces:
            return False
        for n in pieces:
            ctx = self.g.text.pieces[n].quoted_context
            if not ctx or line_refs(ctx, self.po) != {self.pl.line}:
                return False
        return True

    # ------------------------------------------------------------ values

    @property
    def value_hits(self) -> list[Hit]:
        return getattr(self, "_value_hits", [])

    def _respectively(self, what: str, value: Any, hits: list[Hit]) -> None:
        """Where one sentence names several lines and several values, the n-th value is the n-th line's.

        "NH-300-131 and NH-300-118 go up to EUR 3.55 and EUR 2.98 respectively": the
        model may not swap them. One shared value ("Pos. 1-3 ... KW 49") is fine; a
        count that does not pair up cannot be mapped by anyone but a person.
        """
        from agent.reading.dates import find_dates
        from agent.reading.numbers import price_hits, quantity_hits

        for h in hits:
            line = _sentence(*self.g.text.context(h))
            order = line_ref_order(line, self.po)
            if len(order) < 2 or self.pl.line not in order:
                continue
            if what == "unit price":
                values = [p.unit_value for p in price_hits(line, self.g.locale)]
            elif what == "quantity":
                values = [q.value for q in quantity_hits(line, self.g.locale)]
            else:
                values = [d.date for d in find_dates(line, self.g.locale, self.g.reference)[0]]  # type: ignore[arg-type]
            distinct: list[Any] = []
            for v in values:
                if v not in distinct:
                    distinct.append(v)
            if len(distinct) <= 1:
                continue
            if len(distinct) != len(order):
                self.fail(
                    f"{_clip(line)!r} names {len(order)} lines and {len(distinct)} values of {what}"
                )
            elif distinct[order.index(self.pl.line)] != value:
                self.fail(
                    f"{_clip(line)!r} gives this line {distinct[order.index(self.pl.line)]}, not {value}"
                )

    def _use(self, quote: str, hits: list[Hit], what: str, value: Any = None) -> None:
        """Record a grounded quote; it must sit with the line reference and be firm."""
        self.quotes.append(quote)
        hits = self.g.under_po(hits, self.po.po_number) or hits[:0]
        if not hits:
            self.fail(f"the {what} {_clip(quote)!r} is said about another PO")
            return
        self._value_hits = [*self.value_hits, *hits]
        if self.anchor_hits:
            near = [
                h
                for h in hits
                if any(
                    h.piece == a.piece
                    and self.g.text.paragraph_of(h) == self.g.text.paragraph_of(a)
                    for a in self.anchor_hits
                )
            ]
            if not near:
                self.fail(f"the {what} {_clip(quote)!r} is not where the supplier names this line")
                return
            hits = near
        if all(LOCAL_HEDGE_RE.search(self.g.text.text_line(h)) for h in hits):
            self.fail(f"the {what} {_clip(quote)!r} is not a firm commitment")
        other = line_refs(quote, self.po) - {self.pl.line}
        if other and self.pl.line not in line_refs(quote, self.po) and len(self.po.lines) > 1:
            self.fail(f"the {what} {_clip(quote)!r} names another line")
        if value is not None and what in ("quantity", "unit price", "date"):
            self._respectively(what, value, hits)
            if len(self.po.lines) > 1 and not any(self._next_to_this_line(h) for h in hits):
                self.fail(f"the {what} {_clip(quote)!r} is written for another line")

    def _next_to_this_line(self, h: Hit) -> bool:
        """The line named closest before a value (in its paragraph) must be this line.

        "Line 1 is fine. Line 2: 30 pcs only": the 30 belongs to line 2. Where no
        line is named around the value, or one sentence names several lines (see
        ``_respectively``), this check has nothing to say.
        """
        text = self.g.text.pieces[h.piece].text
        breaks = [m.end() for m in re.finditer(r"\n[ \t]*\n", text[: h.start])]
        start = breaks[-1] if breaks else 0
        after = re.search(r"\n[ \t]*\n", text[h.end :])
        end = h.end + after.start() if after else len(text)
        spans = [
            (a + start, b + start, named)
            for a, b, named in line_ref_spans(text[start:end], self.po)
        ]
        if len(line_ref_order(_sentence(*self.g.text.context(h)), self.po)) >= 2:
            return True
        inside = [named for a, b, named in spans if a < h.end and b > h.start]
        if inside:
            return any(self.pl.line in named for named in inside)
        before = [named for a, b, named in spans if b <= h.start]
        if before:
            return self.pl.line in before[-1]
        line_end = text.find("\n", h.end)
        line_end = line_end if line_end >= 0 else len(text)
        following = [named for a, b, named in spans if a >= h.end and a < line_end]
        if following:
            return self.pl.line in following[0]
        return True

    def _number(self, name: str) -> Decimal | None:

        raw, quote = self.a.get(name), self.a.get(f"{name}_quote")
        if raw is None:
            return None
        value = _decimal(raw)
        if value is None:
            self.fail(f"{name} {_clip(str(raw))!r} is not a number")
            return None
        if not quote:
            self.fail(f"{name} {raw} without the supplier's words")
            return None
        hits = self.g._grounded(quote, f"{self.where}: {name}")
        if not hits:
            self.failed = True
            return None
        if value not in self.g.value_numbers(quote, self.po) or not self.g.number_in_context(
            value, hits, self.po
        ):
            self.fail(f"{name} {value} is not what {_clip(quote)!r} says")
            return None
        if NEGATION_RE.search(quote):
            self.fail(f"{name} quote {_clip(quote)!r} is a negative")
            return None
        self._use(quote, hits, name, value)
        return value

    def _price(self) -> Decimal | None:
        from agent.reading.numbers import percent_hits, price_hits, same_currency

        raw, quote = self.a.get("unit_price"), self.a.get("unit_price_quote")
        if raw is None:
            return None
        value = _decimal(raw)
        if value is None:
            self.fail(f"unit price {_clip(str(raw))!r} is not a number")
            return None
        if not quote:
            self.fail(f"unit price {raw} without the supplier's words")
            return None
        hits = self.g._grounded(quote, f"{self.where}: unit price")
        if not hits:
            self.failed = True
            return None
        ok = (
            value in self.g.value_numbers(quote, self.po)
            and not any(p.per != 1 for p in price_hits(quote, self.g.locale))
            and self.g.number_in_context(value, hits, self.po)
        )
        ok = ok or (
            any(p.unit_value == value for p in price_hits(quote, self.g.locale))
            and self._unit_price_in_context(value, hits)
        )
        if not ok:
            ok = self._from_percentage(value, quote, percent_hits(quote))
        if not ok:
            self.fail(f"unit price {value} is not what {_clip(quote)!r} says")
            return None
        currencies = {p.currency for p in price_hits(quote, self.g.locale)}
        # a sign several currencies share ("$", "kr") is the PO's when the PO is in one of them
        if any(not same_currency(c, self.po.currency) for c in currencies):
            self.fail(
                f"{_clip(quote)!r} is in {', '.join(sorted(currencies))}, the PO is in {self.po.currency}"
            )
            return None
        if NEGATION_RE.search(quote):
            self.fail(f"unit price quote {_clip(quote)!r} is a negative")
            return None
        self._use(quote, hits, "unit price", value)
        return value

    def _unit_price_in_context(self, value: Decimal, hits: list[Hit]) -> bool:
        from agent.reading.numbers import price_hits

        for h in hits:
            line, a, b = self.g.text.context(h)
            if any(
                p.unit_value == value and p.start < b and p.end > a
                for p in price_hits(line, self.g.locale)
            ):
                return True
        return False

    def _from_percentage(self, value: Decimal, quote: str, pcts: list) -> bool:
        base = self.pl.unit_price
        places = max(2, -base.as_tuple().exponent)  # type: ignore[operator]
        up = re.search(
            r"surcharge|increase|\+|\bup\b|zuschlag|aufschlag|erhöh|teuerung|augmentation|hausse|"
            r"majoration|aumento|recargo|incremento",
            quote,
            re.IGNORECASE,
        )
        down = re.search(
            r"discount|reduc|decrease|\bless\b|rabatt|nachlass|skonto|remise|réduction|rabais|"
            r"descuento|rebaja",
            quote,
            re.IGNORECASE,
        )
        if bool(up) == bool(down):
            return False  # no direction, or both: a person decides
        for pct, *_ in pcts:
            pct = abs(pct)
            if pct == 0 or pct >= 100:
                continue
            factor = 1 + pct / 100 if up else 1 - pct / 100
            exact = base * factor
            rounded = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
            if value in (exact, rounded):
                return True
        return False

    def _date(self) -> tuple[date | None, str | None]:
        raw, quote, kind = self.a.get("date"), self.a.get("date_quote"), self.a.get("date_kind")
        if raw is None:
            return None, None
        try:
            value = date.fromisoformat(str(raw))
        except ValueError:
            self.fail(f"date {_clip(str(raw))!r} is not a date")
            return None, None
        if not quote:
            self.fail(f"date {raw} without the supplier's words")
            return None, None
        hits = self.g._grounded(quote, f"{self.where}: date")
        if not hits:
            self.failed = True
            return None, None
        if not self._date_says(value, quote, hits):
            return None, None
        self._use(quote, hits, "date", value)
        return value, kind if kind in ("delivery", "ship") else "delivery"

    def _date_says(self, value: date, quote: str, hits: list[Hit]) -> bool:
        from agent.reading.dates import find_dates

        if self.g.reference is None:
            self.fail("the mail has no Date header to read dates against")
            return False
        found, _vague = find_dates(quote, self.g.locale, self.g.reference)
        if value not in [h.date for h in found if h.conflict is None] or not self.g.date_in_context(
            value, hits
        ):
            self.fail(f"date {value} is not what {_clip(quote)!r} says")
            return False
        if NEGATION_RE.search(quote):
            self.fail(f"date quote {_clip(quote)!r} is a negative")
            return False
        for h in hits:
            line = self.g.text.text_line(h)
            problem = _date_conflict(line, self.g.locale, self.g.reference)
            if problem:
                self.fail(f"the supplier's text contradicts itself: {problem}")
                return False
        return True

    def _schedule(self, quantity: Decimal | None) -> list[ScheduleSplit]:

        splits = self.a.get("schedule") or []
        if not splits:
            return []
        out: list[ScheduleSplit] = []
        for i, s in enumerate(splits, 1):
            q, qq, d, dq = (
                s.get("quantity"),
                s.get("quantity_quote"),
                s.get("date"),
                s.get("date_quote"),
            )
            qv = _decimal(q)
            qh = self.g._grounded(qq, f"{self.where}: delivery {i} quantity")
            dh = self.g._grounded(dq, f"{self.where}: delivery {i} date")
            if qv is None or not qh or not dh:
                self.fail(f"delivery {i} is not grounded")
                continue
            if qv not in self.g.value_numbers(qq, self.po) or not self.g.number_in_context(
                qv, qh, self.po
            ):
                self.fail(f"delivery {i} quantity {qv} is not what {_clip(qq)!r} says")
                continue
            try:
                dv = date.fromisoformat(str(d))
            except ValueError:
                self.fail(f"delivery {i} date {_clip(str(d))!r} is not a date")
                continue
            if not self._date_says(dv, dq, dh):
                continue
            self._use(qq, qh, f"delivery {i} quantity")
            self._use(dq, dh, f"delivery {i} date")
            out.append(ScheduleSplit(quantity=qv, date=dv))
        if len(out) != len(splits):
            return []
        if len(out) < 2:
            self.fail("a schedule needs at least two deliveries")
            return []
        total = sum((s.quantity for s in out), Decimal(0))
        if quantity is not None and total != quantity:
            self.fail(f"the deliveries add up to {total}, not {quantity}")
            return []
        return sorted(out, key=lambda s: s.date)

    def _currency(self) -> str | None:
        raw, quote = self.a.get("currency"), self.a.get("currency_quote")
        if raw is None:
            return None
        code = str(raw).strip().upper()
        if quote:
            hits = self.g._grounded(quote, f"{self.where}: currency")
            if hits:
                from agent.reading.numbers import CURRENCY_SYMBOLS

                marks = [code] + [s for s, c in CURRENCY_SYMBOLS.items() if c == code]
                if not any(m.lower() in quote.lower() for m in marks):
                    self.fail(f"currency {code} is not what {_clip(quote)!r} says")
                    return None
                self.quotes.append(quote)
        return code

    def _reason(self) -> str | None:
        reason, quote = self.a.get("reason"), self.a.get("reason_quote")
        if quote and self.g.text.find(quote):
            self.quotes.append(quote)
            return _clip(str(quote), 200)
        return _clip(str(reason), 200) if reason else None

    def _evidence(self) -> str:
        seen: list[str] = []
        for q in self.quotes:
            q = " ".join(q.split())
            if q and q not in seen:
                seen.append(q)
        return " | ".join(seen)


# ----------------------------------------------------------------- helpers


def _at_po_values(po: OpenPO, pl: POLine, quote: str) -> LineConfirmation:
    return LineConfirmation(
        line=pl.line,
        status="accepted",
        quantity=pl.quantity,
        unit_price=pl.unit_price,
        currency=po.currency,
        date=pl.requested_date,
        evidence=" ".join(quote.split()),
    )


def _names_description(quote: str, pl: POLine) -> bool:
    from rapidfuzz import fuzz

    desc = pl.description.casefold()
    q = quote.casefold()
    return len(q) >= 6 and len(desc) >= 6 and fuzz.partial_ratio(desc, q) >= 90


def _date_conflict(line: str, locale: str, reference: datetime) -> str | None:
    """Two different dates given as one ("KW 50 (18.12.2026)") or a wrong weekday."""
    from agent.reading.dates import find_dates

    hits, _ = find_dates(line, locale, reference)
    for h in hits:
        if h.conflict:
            return f"{_clip(h.text)!r}: {h.conflict}"
    for a, b in zip(hits, hits[1:], strict=False):
        gap = line[a.end : b.start]
        if a.date != b.date and re.fullmatch(
            r"\s*(?:[(\[=/]|i\.\s?e\.|bzw\.?|d\.\s?h\.|resp\.)\s*", gap
        ):
            return f"{_clip(a.text)!r} and {_clip(b.text)!r} are different dates"
    return None


_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-ZÀ-Ý])")


def _sentence(line: str, a: int, b: int) -> str:
    """The sentence of ``line`` holding the span a..b (a decimal point is no sentence end)."""
    start, end = 0, len(line)
    for m in _SENTENCE_END.finditer(line):
        if m.end() <= a:
            start = m.end()
        elif m.start() >= b:
            end = m.start() + 1
            break
    return line[start:end]


def _po_status(lines: list[LineConfirmation]) -> str:
    statuses = {ln.status for ln in lines}
    if statuses == {"rejected"}:
        return "rejected"
    if statuses == {"accepted"}:
        return "accepted"
    if "unconfirmed" in statuses or "rejected" in statuses:
        return "partial"
    return "changed"


def _differences(po: OpenPO, conf: POConfirmation) -> list[Difference]:
    from agent.reading.compare import differences

    return differences(po, conf)


def _decimal(raw: Any) -> Decimal | None:
    if raw is None or isinstance(raw, bool):
        return None
    text = str(raw).strip().replace(" ", "")
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _clip(text: str | None, n: int = 80) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"
