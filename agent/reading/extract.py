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
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from agent.reading import phrases as P
from agent.reading.dates import DateHit, find_dates
from agent.reading.match import find_po_mentions
from agent.reading.numbers import (
    number_hits,
    parse_number,
    percent_hits,
    price_hits,
    quantity_hits,
)
from agent.reading.types import LineConfirmation, OpenPO, POConfirmation, POLine, ScheduleSplit

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

_ABBREV = re.compile(
    r"(?:\b(?:pos|st|stk|nr|no|art|ca|approx|incl|excl|vs|etc|mr|mrs|ms|dr|tel|fax|pcs|pc|kl|ref|qty|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|z\.b|e\.g|i\.e|bzw|ggf|inkl|zzgl|gem|lt|vgl|co|ltd|inc|corp)\.)$",
    re.IGNORECASE,
)

_LINE_REF = re.compile(
    r"(?<![\w-])(?:(?:your|ihre?r?|votre|su|our)\s+)?(?:lines?|pos(?:ition)?s?\.?|positions?|positionen|posici[oó]n(?:es)?|partidas?|rengl[oó]n|items?|posten|lignes?|l[ií]neas?|art[ií]culos?|articolo|righe|riga|voci|voce|polo[zž]k[ay]?|pozice|zeilen?|row)"
    r"\s*(?:no\.?|nr\.?|#|n°)?\s*"
    r"(?P<a>\d{1,3})(?!\d|[.,]\d|\s*(?:pcs|%|x\b))(?P<range>\s*(?:[-–—]|to|bis|à|a|through)\s*\d{1,3}(?!\d))?"
    r"(?P<more>(?:\s*(?:,|and|und|et|y|&|\+|/)\s*\d{1,3}(?![\d.,]\d))*)",
    re.IGNORECASE,
)
_ENUM = re.compile(r"^\s*(?:[-•*]\s*)?(\d{1,3})(?:[.)]\s+|\t)")
_CODE_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-./]*[A-Za-z0-9]|[A-Za-z0-9]")


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


@dataclass
class LineValues:
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    currency: str | None = None
    date: date | None = None
    date_kind: str | None = None
    schedule: list[ScheduleSplit] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)


@dataclass
class POReading:
    confirmation: POConfirmation | None
    review_reasons: list[str] = field(default_factory=list)
    holding: bool = False
    promised_reply_date: date | None = None
    answered: bool = False  # at least one line committed or rejected
    soft_signals: int = 0
    evidence_found: bool = False


# ------------------------------------------------------------------ helpers


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _CODE_TOKEN.findall(text)]


def _norm_token(t: str) -> str:
    t = t.lower().strip(".,;:()")
    if len(t) > 4 and t.endswith("es") and not t[-3].isdigit():
        t = t[:-2] if t[-3] in "sxz" or t.endswith("hes") else t[:-1]
    elif len(t) > 3 and t.endswith("s") and not t.endswith("ss"):
        t = t[:-1]
    return t


def _compact(s: str) -> str:
    return re.sub(r"[\s\-./]", "", s.lower())


class LineIndex:
    """How the supplier may refer to each PO line: number, item code, distinctive words."""

    def __init__(self, po: OpenPO):
        self.po = po
        self.numbers = {ln.line for ln in po.lines}
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
            for t in _tokens(ln.description):
                nt = _norm_token(t)
                if nt in _STOP or nt.isdigit() or re.fullmatch(r"[\d.,/x-]+", nt):
                    continue
                if any(c.isdigit() for c in nt) and len(nt) >= 3 or len(nt) >= 4:
                    toks.add(nt)
            per_line[ln.line] = toks
        self.distinct: dict[str, int] = {}
        for line, toks in per_line.items():
            for t in toks:
                if all(t not in other for o, other in per_line.items() if o != line):
                    self.distinct[t] = line

    def refs(self, text: str, *, line_start: bool = False) -> tuple[set[int], bool, str]:
        """Lines named in ``text``: (lines, names all lines, how)."""
        found: set[int] = set()
        how = ""
        for m in _LINE_REF.finditer(text):
            a = int(m.group("a"))
            nums = {a}
            if m.group("range"):
                b = int(re.search(r"\d+", m.group("range")).group(0))
                if a < b <= a + 50:
                    nums = set(range(a, b + 1))
            if m.group("more"):
                nums |= {int(x) for x in re.findall(r"\d+", m.group("more"))}
            valid = nums & self.numbers
            if valid and valid == nums:
                found |= valid
                how = how or "number"
        compact = _compact(text)
        for code, line in self.items:
            if len(code) >= 5 and code in compact:
                # whole-token check for short tails
                found.add(line)
                how = how or "item"
        if not found:
            hits: dict[int, int] = {}
            for t in _tokens(text):
                nt = _norm_token(t)
                line = self.distinct.get(nt)
                if line is None:
                    continue
                weight = 2 if any(c.isdigit() for c in nt) or len(nt) >= 5 else 1
                hits[line] = hits.get(line, 0) + weight
            strong = {line for line, w in hits.items() if w >= 2}
            if strong:
                found |= strong
                how = "description"
        if line_start:
            m = _ENUM.match(text)
            if m and int(m.group(1)) in self.numbers:
                n = int(m.group(1))
                # an enumeration counts only when the rest agrees or says nothing else
                if not found or found == {n}:
                    found.add(n)
                    how = how or "enumeration"
        all_lines = bool(P.ALL_LINES.search(text))
        return found, all_lines, how


def _split_sentences(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in re.finditer(r"[.!?](?=\s+[\"“(A-ZÄÖÜÀ-Ý0-9])", text):
        head = text[start : m.end()]
        if (
            _ABBREV.search(head)
            or re.search(r"\b\d{1,2}\.$", head)
            and not re.search(r"\d{4}\.$", head)
        ):
            continue
        out.append(head.strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


_CLAUSE_SPLIT = re.compile(
    r";\s+|\s+[–—-]{1,2}\s+(?=\S)|,\s+(?=(?:all|alle|allen|both|beide|the rest|everything|el resto|le reste|il resto|lines?|pos\.?|positions?|items?|ligne|posici[oó]n|partida)\b)|,\s+(?=(?:and|but|however|so|while|whereas|which|although|though|aber|jedoch|doch|mais|pero|sin embargo|allerdings)\b)|\s+(?=but\b)",
    re.IGNORECASE,
)


def _clauses(sentence: str) -> list[str]:
    return [c.strip() for c in _CLAUSE_SPLIT.split(sentence) if c and c.strip()]


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
            re.match(r"^\s*[a-zäöüßàâçéèêëîïôûùüÿñ]", line) is not None
            or re.search(
                r"(?:,|\b(?:and|or|und|oder|et|ou|y|the|der|die|das|le|la|de|of|to|for|für|à|at))$",
                prev.strip(),
                re.IGNORECASE,
            )
            is not None
        )
        starts_new = (
            not continues
            or "\t" in line
            or "\t" in prev
            or bool(
                re.match(
                    r"^\s*(?:[-•*]|\d{1,3}[.)]?\s|\d{1,3}\t|(?:pos|line|item|zu pos|ad pos)\b)",
                    line,
                    re.IGNORECASE,
                )
            )
        )
        if starts_new:
            out.append(line)
        else:
            out[-1] = out[-1].rstrip() + " " + line.strip()
    return out


# ------------------------------------------------------------------ tables

_HEADER_KEYS = {
    "line": r"^(?:pos\.?|position|line|ln|item no\.?|#|no\.?|nr\.?|ligne|l[ií]nea|zeile|your pos\.?|ihre pos\.?)$",
    "item": r"(?:item|article|artikel|art\.?-?nr|material|part|réf|ref|code|sku|référence|art[ií]culo|your item|ihre art)",
    "desc": r"(?:desc|bezeichnung|designation|désignation|descripci[oó]n|text)",
    "qty_conf": r"(?:(?:qty|quantity|menge|quantité|cantidad)\s*(?:conf|best|confirm|livr|deliver)|(?:confirmed|bestätigte|confirmée?|confirmada)\s*(?:qty|quantity|menge|quantité|cantidad)|conf\.?\s*qty)",
    "qty_ordered": r"(?:(?:qty|quantity|menge|quantité|cantidad)\s*(?:ord|bestellt|command)|(?:ordered|bestellt|commandée?)\s*(?:qty|quantity|menge)?)",
    "qty": r"^(?:qty|quantity|menge|quantité|qté|cantidad|anz\.?|anzahl|pcs)\b",
    "uom": r"^(?:uom|unit|me|unité|ud|einheit)$",
    "price": r"(?:price|preis|prix|precio|€|\$|£|eur|usd|gbp)",
    "amount": r"(?:amount|betrag|total|montant|importe|wert)",
    "date": r"(?:date|termin|datum|delivery|livraison|entrega|fecha|ship|versand|eta|etd|kw|week)",
    "remark": r"(?:remark|comment|note|bemerkung|hinweis|remarque|observa|commentaire|status)",
}


def _classify_header(cells: list[str]) -> dict[int, str] | None:
    cols: dict[int, str] = {}
    for i, c in enumerate(cells):
        c0 = c.strip().lower()
        if not c0:
            continue
        for key in (
            "qty_conf",
            "qty_ordered",
            "line",
            "qty",
            "uom",
            "amount",
            "price",
            "date",
            "remark",
            "item",
            "desc",
        ):
            if re.search(_HEADER_KEYS[key], c0, re.IGNORECASE):
                if key in cols.values() and key not in ("remark",):
                    continue
                cols[i] = key
                break
    if len(cols) >= 3 and ({"qty", "qty_conf", "price", "date"} & set(cols.values())):
        return cols
    return None


def _header_currency(cell: str) -> str | None:
    for sym, code in (("€", "EUR"), ("£", "GBP"), ("$", "USD")):
        if sym in cell:
            return code
    m = re.search(r"\b(USD|EUR|GBP|CHF|CZK|PLN|CNY|INR|JPY|SEK)\b", cell, re.IGNORECASE)
    return m.group(1).upper() if m else None


# ------------------------------------------------------------------ the reader


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
        self._para_default: frozenset[int] | str | None = ALL
        self.promised: date | None = None

    # ------------------------------------------------------------ statements

    def add_block(self, text: str, source: str, context: str | None = None) -> None:
        default: frozenset[int] | str | None = ALL
        if context:
            refs: set[int] = set()
            for cl in context.split("\n"):
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
        section = self._initial_section()
        for para in re.split(r"\n\s*\n", text):
            self.para_counter += 1
            lines = _logical_lines(para)
            if not lines:
                continue
            table = self._table(lines)
            if table is not None:
                header_at, cols, cur_currency = table
            current = default
            self._para_default = default
            for li, line in enumerate(lines):
                # PO sections: a line naming another open PO switches to it
                section, skip = self._section_after(line, section)
                if skip:
                    continue
                if table is not None and li > header_at and "\t" in line:
                    self._table_row(line, cols, cur_currency, source)
                    continue
                if table is not None and li == header_at:
                    continue
                if P.TAX_OR_TOTAL.search(line) and (
                    price_hits(line, self.locale) or percent_hits(line)
                ):
                    continue
                refs, all_named, how = self.index.refs(line, line_start=True)
                has_values = self._has_values(line)
                # an ERP row without a reference, followed by "Ihre Pos. 1": the row takes it
                if not refs and has_values and li + 1 < len(lines):
                    nrefs, _, nhow = self.index.refs(lines[li + 1], line_start=True)
                    if (
                        nrefs
                        and not self._has_values(lines[li + 1])
                        and not self.index.refs(line)[0]
                    ):
                        refs, how = nrefs, "supplier position mapping"
                current = self._add_line(line, refs, all_named, how, current, source)

    def _initial_section(self):
        return None

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

    def _has_values(self, text: str) -> bool:
        return bool(
            price_hits(text, self.locale)
            or quantity_hits(text, self.locale, self._units())
            or find_dates(text, self.locale, self.ref)[0]
        )

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
        if not refs and re.match(r"^\s*[-•*]\s", line):
            # a bullet is a new item of a list: it does not carry on the bullet before it
            current = self._para_default
        carry: set[int] = set()
        first = True
        for sentence in _split_sentences(line):
            if P.OTHER_ORDER.search(sentence):
                continue
            s_refs, s_all, _ = self.index.refs(sentence)
            for clause in _clauses(sentence):
                exc = P.EXCEPT.search(clause)
                parts = [clause[: exc.start()], clause[exc.end() :]] if exc else [clause]
                for pi, part in enumerate(parts):
                    if not part.strip():
                        continue
                    c_refs, c_all, c_how = self.index.refs(part)
                    if first and refs and not c_refs:
                        c_refs, c_how = set(refs), how
                    first = False
                    if carry:
                        c_refs |= carry
                        carry = set()
                    if exc and pi == 0:
                        self.statements.append(Statement(part.strip(), ALL, source, 0, self.para_counter, ref_kind="all"))
                        continue
                    if c_refs and self._only_refs(part):
                        # "Pos. 1, pos. 2 and 3 confirmed": the names carry on to the words that follow
                        carry = set(c_refs)
                        current = frozenset(c_refs)
                        continue
                    if c_refs:
                        scope, prio, kind, own = frozenset(c_refs), prio_line, c_how, True
                        current = scope
                    elif c_all or (s_all and not s_refs):
                        scope, prio, kind, own = ALL, 0, "all", True
                        current = ALL
                    else:
                        scope, prio, kind, own = current, (0 if current == ALL else 1), "inherited", False
                    self.statements.append(
                        Statement(part.strip(), scope, source, prio, self.para_counter, ref_kind=kind, own_ref=own)
                    )
        return current

    def _only_refs(self, text: str) -> bool:
        rest = _LINE_REF.sub(" ", text)
        for code, _ in self.index.items:
            rest = re.sub(re.escape(code), " ", rest, flags=re.I)
        return len(re.findall(r"[A-Za-zÀ-ž]{2,}", rest)) == 0

    def _table(self, lines: list[str]):
        for i, line in enumerate(lines):
            if "\t" not in line:
                continue
            cells = line.split("\t")
            cols = _classify_header(cells)
            if cols:
                cur = None
                for ci, key in cols.items():
                    if key == "price":
                        cur = _header_currency(cells[ci])
                return i, cols, cur
        return None

    def add_rows(self, rows: list[list[str]], source: str) -> None:
        """A spreadsheet/CSV: header row, then one row per line."""
        self.para_counter += 1
        cols = None
        cur = None
        for cells in rows:
            cells = [str(c) if c is not None else "" for c in cells]
            if cols is None:
                cols = _classify_header(cells)
                if cols:
                    for ci, key in cols.items():
                        if key == "price":
                            cur = _header_currency(cells[ci])
                continue
            self._table_row("\t".join(cells), cols, cur, source)

    def _table_row(
        self, line: str, cols: dict[int, str], currency: str | None, source: str
    ) -> None:
        cells = line.split("\t")
        get = {key: cells[i].strip() if i < len(cells) else "" for i, key in cols.items()}
        refs: set[int] = set()
        if get.get("line", "").isdigit() and int(get["line"]) in self.index.numbers:
            refs = {int(get["line"])}
        item_refs, _, _ = self.index.refs(
            " ".join(cells[i] for i, k in cols.items() if k in ("item", "desc"))
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
        self.statements.append(
            Statement(
                " | ".join(c.strip() for c in cells if c.strip()),
                frozenset(refs),
                source,
                3,
                self.para_counter,
                row={**get, "_currency": currency, "_cols": cols},
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

    def _dates(self, st: Statement) -> list[tuple[DateHit, str]]:
        """(hit, kind) for dates that are commitments: kind delivery | ship | neutral."""
        text = st.text
        hits, _ = find_dates(text, self.locale, self.ref_dt)
        price_sentence = (
            bool(P.PRICE_CONTEXT.search(text))
            and not P.DELIVERY_WORDS.search(text)
            and not P.SHIP_WORDS.search(text)
            and not price_hits(text, self.locale)
            and not quantity_hits(text, self.locale, self._units())
        )
        out = []
        for h in hits:
            before = text[max(0, h.start - 60) : h.start]
            after = text[h.end : h.end + 40]
            if P.NOT_A_COMMITMENT_BEFORE.search(before) or P.NOT_A_COMMITMENT_AFTER.search(after):
                continue
            if h.date < self.ref and h.form not in ("relative",):
                continue
            if price_sentence:
                continue
            d_m = list(P.DELIVERY_WORDS.finditer(before))
            s_m = list(P.SHIP_WORDS.finditer(before))
            kind = "neutral"
            if d_m and (not s_m or d_m[-1].start() > s_m[-1].start()):
                kind = "delivery"
            elif s_m:
                kind = "ship"
            out.append((h, kind))
        return out

    def _row_values(self, st: Statement, pl: POLine) -> dict:
        row = st.row or {}
        out: dict = {}
        qty_raw = row.get("qty_conf") if "qty_conf" in row else row.get("qty")
        if qty_raw:
            q = (
                parse_number(re.sub(r"[^\d.,'\s]", "", qty_raw).strip(), self.locale)
                if re.search(r"\d", qty_raw)
                else None
            )
            if q is not None:
                out["quantity"] = q
        price_raw = row.get("price", "")
        if price_raw and re.search(r"\d", price_raw):
            ph = price_hits(price_raw, self.locale)
            if ph:
                out["price"] = (ph[0].unit_value, ph[0].currency)
            else:
                nums = number_hits(price_raw, self.locale)
                if nums:
                    out["price"] = (nums[0].value, row.get("_currency") or self.po.currency)
        date_raw = row.get("date", "")
        if date_raw:
            hits, vague = find_dates(date_raw, self.locale, self.ref_dt)
            if hits:
                out["dates"] = [(h, "delivery") for h in hits]
            elif vague:
                out["vague"] = vague[0].text
        return out

    def _quantities(self, st: Statement, pl: POLine) -> list:
        hits = quantity_hits(st.text, self.locale, (pl.uom, *self._units()))
        ref_spans = [(m.start(), m.end()) for m in _LINE_REF.finditer(st.text)]
        enum = _ENUM.match(st.text)
        if enum:
            ref_spans.append((enum.start(1), enum.end(1)))
        out = []
        for h in hits:
            before = st.text[max(0, h.start - 30) : h.start]
            if P.REFERENCE_BEFORE.search(before):
                continue
            if any(a <= h.start < b for a, b in ref_spans):
                continue
            out.append(h)
        return out

    def _prices(self, st: Statement, pl: POLine) -> list:
        out = []
        if P.TAX_OR_TOTAL.search(st.text) and not re.search(
            r"\b(?:unit|each|per|/)\b", st.text, re.I
        ):
            pass
        for h in price_hits(st.text, self.locale):
            before = st.text[max(0, h.start - 30) : h.start]
            if (
                P.REFERENCE_BEFORE.search(before)
                or re.search(r"\(\s*$", before)
                and re.search(r"(?:bestellung|order|po)\b[^.]{0,15}\(\s*$", before, re.I)
            ):
                continue
            out.append(h)
        return out

    def _erp_row_price(self, st: Statement, qty: Decimal | None) -> Decimal | None:
        """An ERP row without currency marks ("200 St 24,80 4.960,00"): the price is the
        decimal number p after the quantity with qty x p = a later decimal number (the amount)."""
        if not qty:
            return None
        nums = [h for h in number_hits(st.text, self.locale) if re.search(r"[.,]\d{2,4}$", h.text)]
        for i, a in enumerate(nums):
            for b in nums[i + 1 :]:
                if (qty * a.value).quantize(Decimal("0.01")) == b.value.quantize(Decimal("0.01")):
                    return a.value
        return None

    def read_line(self, pl: POLine) -> tuple[LineConfirmation, list[str], int]:
        """One PO line: (confirmation, review reasons, soft signals)."""
        specific, general = self._scoped(pl.line)
        reasons: list[str] = []
        soft = 0
        n = pl.line
        po_cur = self.po.currency

        def label(text: str) -> str:
            return text if len(text) <= 80 else text[:77] + "..."

        # --- rejection and holding
        for st in specific:
            if st.row is not None:
                qty_raw = st.row.get("qty_conf") if "qty_conf" in st.row else None
                remark = st.row.get("remark", "")
                if qty_raw is not None and re.fullmatch(r"\s*0+(?:[.,]0+)?\s*", qty_raw or ""):
                    return (
                        LineConfirmation(
                            n, "rejected", reason=remark or "confirmed quantity 0", evidence=st.text
                        ),
                        reasons,
                        soft,
                    )
                if remark and P.REJECT.search(remark):
                    return (
                        LineConfirmation(n, "rejected", reason=remark, evidence=st.text),
                        reasons,
                        soft,
                    )
            elif P.REJECT.search(st.text):
                m = P.REJECT.search(st.text)
                return (
                    LineConfirmation(n, "rejected", reason=label(st.text), evidence=st.text),
                    reasons,
                    soft,
                )
        line_holding = [
            st
            for st in specific
            if (
                st.row is None
                and (
                    P.HOLD.search(st.text)
                    or (st.text.rstrip().endswith("?") and P.QUESTION.search(st.text))
                )
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
            return LineConfirmation(n, "unconfirmed", evidence=line_holding[0].text), reasons, soft
        general_reject = [st for st in general if P.REJECT.search(st.text)]

        vals = LineValues()
        qty_src = price_src = date_src = None
        accept_fields: set[str] = set()
        evidence: list[str] = []

        def accept_of(st: Statement) -> set[str]:
            if (
                st.row is not None
                or not P.ACCEPT.search(st.text)
                or P.NEGATED_ACCEPT.search(st.text)
            ):
                return set()
            if P.HOLD.search(st.text):
                return set()
            f = set()
            if P.PRICE_WORDS.search(st.text):
                f.add("price")
            if P.QTY_WORDS.search(st.text):
                f.add("qty")
            if (
                P.DATE_WORDS.search(st.text)
                and not find_dates(st.text, self.locale, self.ref_dt)[0]
            ):
                f.add("date")
            return f or {"qty", "price", "date"}

        date_cands: list[tuple[DateHit, str, Statement]] = []
        pairs: list[tuple[Decimal, DateHit]] = []
        vague: list[str] = []
        surcharge: Decimal | None = None
        price_cands: list[tuple[Decimal, str, Statement]] = []

        for st in specific:
            used = False
            if st.row is not None:
                rv = self._row_values(st, pl)
                if "quantity" in rv and vals.quantity is None:
                    vals.quantity, qty_src = rv["quantity"], st
                    used = True
                if "price" in rv:
                    price_cands.append((rv["price"][0], rv["price"][1], st))
                    used = True
                for h, kind in rv.get("dates", []):
                    date_cands.append((h, kind, st))
                    used = True
                if "vague" in rv:
                    vague.append(rv["vague"])
                remark = st.row.get("remark", "")
                if remark:
                    for h, kind in self._dates(Statement(remark, st.lines, st.source, 1, st.para)):
                        if kind != "neutral" or True:
                            date_cands.append((h, "remark", st))
                if used:
                    evidence.append(st.text)
                continue
            qh = self._quantities(st, pl)
            ds = self._dates(st)
            if qh and vals.quantity is None:
                vals.quantity, qty_src = qh[0].value, st
                used = True
            elif vals.quantity is None:
                for h in number_hits(st.text, self.locale):
                    if h.value == pl.quantity and not P.REFERENCE_BEFORE.search(
                        st.text[max(0, h.start - 30) : h.start]
                    ):
                        vals.quantity, qty_src = h.value, st
                        used = True
                        break
            # (quantity, date) pairs for split deliveries
            for i, q in enumerate(qh):
                nxt = qh[i + 1].start if i + 1 < len(qh) else len(st.text)
                for h, _kind in ds:
                    if q.end <= h.start < nxt:
                        pairs.append((q.value, h))
                        break
            for h in self._prices(st, pl):
                price_cands.append((h.unit_value, h.currency, st))
                used = True
            if not self._prices(st, pl):
                p = self._erp_row_price(st, vals.quantity if qty_src is st else None)
                if p is not None:
                    price_cands.append((p, po_cur, st))
                    used = True
            for h, kind in ds:
                date_cands.append((h, kind, st))
                used = True
            if not P.HOLD.search(st.text):
                _, vg = find_dates(st.text, self.locale, self.ref_dt)
                vague += [v.text for v in vg]
            sc = self._surcharge(st)
            if sc is not None:
                surcharge = sc
                used = True
            af = accept_of(st)
            if af:
                accept_fields |= af
                used = True
            if used:
                evidence.append(st.text)

        # whole-PO statements fill what the line's own words leave open
        g_accept: set[str] = set()
        g_dates: list[tuple[DateHit, str, Statement]] = []
        g_prices: list[tuple[Decimal, str, Statement]] = []
        g_evidence: list[str] = []
        for st in general:
            af = accept_of(st)
            ds = [(h, k) for h, k in self._dates(st) if k in ("delivery", "ship") or af]
            if af:
                g_accept |= af
                g_evidence.append(st.text)
            for h, k in ds:
                g_dates.append((h, k, st))
                if st.text not in g_evidence:
                    g_evidence.append(st.text)
            if not P.HOLD.search(st.text) and (af or ds):
                _, vg = find_dates(st.text, self.locale, self.ref_dt)
                vague += [v.text for v in vg]
            sc = self._surcharge(st)
            if sc is not None and surcharge is None:
                surcharge = sc
                if st.text not in g_evidence:
                    g_evidence.append(st.text)
            for h in self._prices(st, pl):
                g_prices.append((h.unit_value, h.currency, st))

        addressed = bool(evidence) or bool(g_accept) or bool(g_dates)
        if not addressed:
            if general_reject:
                return (
                    LineConfirmation(
                        n,
                        "rejected",
                        reason=label(general_reject[0].text),
                        evidence=general_reject[0].text,
                    ),
                    reasons,
                    soft,
                )
            return LineConfirmation(n, "unconfirmed"), reasons, soft
        if general_reject and not evidence:
            return (
                LineConfirmation(
                    n,
                    "rejected",
                    reason=label(general_reject[0].text),
                    evidence=general_reject[0].text,
                ),
                reasons,
                soft,
            )

        # --- quantity
        if vals.quantity is None:
            if "qty" in accept_fields or "qty" in g_accept or not accept_fields and not g_accept:
                vals.quantity = pl.quantity
                if "qty" not in accept_fields and "qty" not in g_accept:
                    soft += 1
            else:
                vals.quantity = pl.quantity
                soft += 1

        # --- price
        if price_cands:
            values = {(v, c) for v, c, _ in price_cands}
            first_v, first_c, _ = price_cands[0]
            if len({v for v, _ in values}) > 1:
                top = [pc for pc in price_cands if pc[2].priority == price_cands[0][2].priority]
                if len({v for v, _, _ in top}) > 1:
                    reasons.append(
                        f"line {n}: several prices given ({', '.join(sorted(str(v) for v, _ in values))})"
                    )
            if first_c != po_cur and not (first_c == "USD" and po_cur in ("USD", "CAD", "AUD")):
                reasons.append(f"line {n}: price in {first_c}, the PO is in {po_cur}")
            vals.unit_price = first_v
        elif g_prices:
            gv = {v for v, _, _ in g_prices}
            po_prices = {ln.unit_price for ln in self.po.lines}
            if len(self.po.lines) > 1 and not gv <= po_prices:
                reasons.append(f"line {n}: a price is given without saying which line it is for")
            vals.unit_price = pl.unit_price
            for v, c, _ in g_prices:
                if c != po_cur and not (c == "USD" and po_cur in ("USD", "CAD", "AUD")):
                    reasons.append(f"line {n}: price in {c}, the PO is in {po_cur}")
        else:
            vals.unit_price = pl.unit_price
            if "price" not in accept_fields and "price" not in g_accept:
                soft += 1
        if surcharge is not None:
            if price_cands:
                reasons.append(f"line {n}: both a price and a percentage change are stated")
            vals.unit_price = pl.unit_price * (1 + surcharge / 100)
        vals.currency = po_cur

        # --- date
        cands = [c for c in date_cands if c[1] != "remark"]
        remarks = [c for c in date_cands if c[1] == "remark"]
        chosen: tuple[DateHit, str] | None = None
        conflicts = [h for h, _, _ in cands if h.conflict]
        for h in conflicts:
            reasons.append(f"line {n}: {h.conflict}")
        if len(pairs) >= 2 and len({h.date for _, h in pairs}) >= 2:
            total = sum(q for q, _ in pairs)
            if (
                qty_src is not None
                and vals.quantity not in (total,)
                and vals.quantity != pairs[0][0]
            ):
                reasons.append(
                    f"line {n}: the split deliveries add up to {total}, not {vals.quantity}"
                )
            else:
                vals.quantity = total
                vals.schedule = [
                    ScheduleSplit(q, h.date) for q, h in sorted(pairs, key=lambda p: p[1].date)
                ]
                last = max(pairs, key=lambda p: p[1].date)[1]
                chosen = (last, "delivery")
        if chosen is None and cands:
            by_kind: dict[str, list] = {}
            for h, kind, st in cands:
                by_kind.setdefault(kind, []).append((h, st))
            for kind in ("delivery", "neutral", "ship"):
                if kind in by_kind:
                    group = by_kind[kind]
                    top = max(st.priority for _, st in group)
                    dates = {h.date for h, st in group if st.priority == top}
                    if len(dates) > 1 and not any(SPLIT_OK(st.text) for _, st in group):
                        texts = ", ".join(f"'{h.text}'" for h, st in group if st.priority == top)
                        reasons.append(f"line {n}: the dates {texts} disagree")
                    h = next(h for h, st in group if st.priority == top)
                    chosen = (h, "delivery" if kind in ("delivery", "neutral") else "ship")
                    break
            if chosen and "delivery" not in by_kind and "neutral" not in by_kind:
                soft += 1
        if chosen is None and g_dates:
            g_by: dict[str, list] = {}
            for h, kind, st in g_dates:
                g_by.setdefault(kind, []).append(h)
            for kind in ("delivery", "neutral", "ship"):
                if kind in g_by:
                    dates = {h.date for h in g_by[kind]}
                    if len(dates) > 1:
                        reasons.append(
                            f"line {n}: the dates {', '.join(repr(h.text) for h in g_by[kind])} disagree"
                        )
                    for h in g_by[kind]:
                        if h.conflict:
                            reasons.append(f"line {n}: {h.conflict}")
                    chosen = (g_by[kind][0], "delivery" if kind != "ship" else "ship")
                    break
            evidence += [t for t in g_evidence if t not in evidence]
        if chosen is not None:
            vals.date, vals.date_kind = chosen[0].date, chosen[1]
            for h, _, _ in remarks:
                if h.date != vals.date:
                    reasons.append(
                        f"line {n}: '{h.text}' in the remark disagrees with {vals.date.isoformat()}"
                    )
        elif vague:
            reasons.append(f"line {n}: '{vague[0]}' is not a date")
        else:
            if (
                "date" in accept_fields
                or "date" in g_accept
                or accept_fields == {"qty", "price", "date"}
                or g_accept
            ):
                vals.date, vals.date_kind = pl.requested_date, "delivery"
            else:
                vals.date, vals.date_kind = pl.requested_date, "delivery"
                soft += 1
        if (
            vague
            and chosen is not None
            and not any(v in e for v in vague for e in evidence if False)
        ):
            reasons.append(f"line {n}: '{vague[0]}' is not a date")

        if not evidence:
            evidence = list(g_evidence)
        else:
            evidence += [t for t in g_evidence if t not in evidence]
        same = (
            vals.quantity == pl.quantity
            and vals.unit_price == pl.unit_price
            and vals.date == pl.requested_date
        )
        status = "accepted" if same and not vals.schedule else "changed"
        return (
            LineConfirmation(
                n,
                status,
                quantity=vals.quantity,
                unit_price=vals.unit_price,
                currency=vals.currency,
                date=vals.date,
                date_kind=vals.date_kind,
                schedule=vals.schedule,
                evidence=" / ".join(dict.fromkeys(evidence))[:500],
            ),
            reasons,
            soft,
        )

    def _surcharge(self, st: Statement) -> Decimal | None:
        if not P.SURCHARGE.search(st.text):
            return None
        pcts = [
            p
            for p in percent_hits(st.text)
            if not P.TAX_OR_TOTAL.search(st.text[max(0, p[1] - 20) : p[1]])
        ]
        if not pcts:
            return None
        para_text = " ".join(s.text for s in self.statements if s.para == st.para)
        if not P.TIED_TO_ORDER.search(para_text):
            self.reasons.append(
                f"a {pcts[0][3].strip()} change is mentioned, but not that it applies to this order"
            )
            return None
        value = pcts[0][0]
        if (
            value > 0
            and not re.search(r"[-−]\s?\d", pcts[0][3])
            and not re.search(
                r"\b(?:discount|rabatt|remise|descuento|reduction|reduktion|less)\b", st.text, re.I
            )
        ):
            return value
        return -abs(value)

    # ------------------------------------------------------------ the PO as a whole

    def read(self) -> POReading:
        out = POReading(confirmation=None)
        # holding answers about the whole PO
        for st in self.statements:
            if st.lines != ALL and not (st.lines and st.lines == frozenset(self.index.numbers)):
                continue
            if P.HOLD.search(st.text) or (
                st.text.rstrip().endswith("?") and P.QUESTION.search(st.text)
            ):
                out.holding = True
                self.holding_texts.append(st.text)
                hits, _ = find_dates(st.text, self.locale, self.ref_dt)
                if hits and out.promised_reply_date is None:
                    out.promised_reply_date = hits[-1].date
        lines: list[LineConfirmation] = []
        soft = 0
        reasons: list[str] = list(dict.fromkeys(self.reasons))
        for pl in self.po.lines:
            lc, rs, sf = self.read_line(pl)
            lines.append(lc)
            soft += sf
            if lc.status != "unconfirmed":
                reasons += rs
        if out.holding:
            reasons.insert(
                0,
                f"PO {self.po.po_number}: the supplier has not committed yet: '{self.holding_texts[0][:120]}'",
            )
        statuses = {ln.status for ln in lines}
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
        out.soft_signals = soft
        return out


def SPLIT_OK(text: str) -> bool:
    return bool(P.SPLIT_WORDS.search(text))


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
