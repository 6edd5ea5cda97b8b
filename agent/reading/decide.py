"""Default-deny: a line is confirmed only when a firm claim in the supplier's own words covers it.

``gate`` runs on every result that would confirm (the rules' or the model's). For each
accepted or changed line it asks:

1. is there a firm claim (a commitment or a stated change, with no condition, hedge or
   reference elsewhere in it) whose scope is this order or this line?
2. does every value that differs from the PO sit inside such a claim's spans (a changed
   date among its dates, never a surcharge's effective date; a changed quantity or price
   among its numbers)?

and then runs the structural invariants (``agent.reading.invariants``), each a small rule
that holds for any phrasing. Anything not positively understood becomes ``needs_review``
with a reason a buyer can read; a wrong confident answer is worse than a question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import cache

from agent.reading import lexicon as L
from agent.reading import phrases as P
from agent.reading.claims import ORDER, ORDER_NOUN, VOIDING, Claim, Value, claims_for
from agent.reading.extract import is_cause_after, names_as_company, starts_with_line_ref
from agent.reading.segments import Segment, segments_of
from agent.reading.startup_cache import compile_re
from agent.reading.types import (
    ExtractionResult,
    LineConfirmation,
    Message,
    OpenPO,
    POConfirmation,
    POLine,
)
from agent.reading.units import (
    digits_end,
    is_measured,
    is_piece_unit,
    is_thousand_unit,
    pack_price,
    per_measure,
    per_piece_of_pack,
    stated_packs,
)


@dataclass
class Decision:
    """What the gate knows about one message: its segments and each PO's claims."""

    msg: Message
    result: ExtractionResult
    segments: list[Segment]
    pos: dict[str, OpenPO]
    claims: dict[str, list[Claim]] = field(default_factory=dict)
    all_pos: tuple[str, ...] = ()  # every open PO's number, to tell whose clause is whose

    def claims_of(self, po: OpenPO) -> list[Claim]:
        if po.po_number not in self.claims:
            assert self.msg.date is not None
            self.claims[po.po_number] = claims_for(
                po,
                self.segments,
                locale=po.supplier.locale,
                reference=self.msg.date,
                other_pos=[n for n in self.all_pos if n != po.po_number],
                siblings=[
                    p
                    for p in self.pos.values()
                    if p.po_number != po.po_number and p.supplier.id == po.supplier.id
                ],
            )
        return self.claims[po.po_number]

    def lines(self) -> list[tuple[OpenPO, POLine, LineConfirmation]]:
        out = []
        for c in self.result.confirmations:
            po = self.pos.get(c.po_number)
            if po is None:
                continue
            for ln in c.lines:
                pl = po.line_by_number(ln.line)
                if pl is not None and ln.status in ("accepted", "changed"):
                    out.append((po, pl, ln))
        return out

    def rejected(self) -> list[tuple[OpenPO, POConfirmation, LineConfirmation]]:
        """The lines read as refused, each with its PO and that PO's whole answer."""
        return [
            (po, c, ln)
            for c in self.result.confirmations
            if (po := self.pos.get(c.po_number)) is not None
            for ln in c.lines
            if ln.status == "rejected"
        ]


def _clip(text: str, n: int = 90) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def covering(d: Decision, po: OpenPO, line: int) -> list[Claim]:
    return [c for c in d.claims_of(po) if c.act in ("commit", "change") and c.covers(line)]


def _same(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= Decimal("0.00001")


_PER_UNIT = compile_re(
    r"(?:\bper|\bpro|\bje|\bpar|\bpor|\bpe|/)\s*(?:100|1[.,\s]?000)\b|\bper (?:hundred|thousand|mille)\b"
    r"|%|\bpercent\b|\bprozent\b",
    re.IGNORECASE,
)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _forms(value: Decimal) -> set[str]:
    """The digits a supplier may have written a value with, whatever the separators."""
    out = {_digits(format(value.quantize(Decimal("0.01")), "f"))}
    if value == value.to_integral_value():
        out.add(_digits(str(int(value))))
    else:
        out.add(_digits(format(value.normalize(), "f")))
    return out


def _about_something_else(text: str) -> bool:
    """The clause's values belong to something other than this order (stock, a quote, a
    minimum order quantity), unless the order itself is named after it ("our minimum run
    is 40 bundles, so I have entered your PO for 40")."""
    text = _without_asides(text)
    m = L.search("other_object", text)
    if m is None or ORDER_NOUN.search(text, m.end()):
        return False
    # "Ces sangles sont en stock et vous seront livrées séparément le 21/12/2026": goods on
    # hand said to leave or reach us on a day: that day is theirs
    tail = text[m.end() :]
    return not (
        (_stock_word().search(m.group(0)) or L.search("immediate", text))
        and (P.DELIVERY_WORDS.search(tail) or P.SHIP_WORDS.search(tail))
    )


@cache
def _stock_word() -> re.Pattern[str]:
    """The other object that is the goods themselves, on hand: the lexicon's [stock] words,
    unbounded, as they stand inside compounds ("Lagerbestand", "skladem", "varastossa")."""
    return compile_re(L.alternation("stock"), re.IGNORECASE)


def _stock_with_rest_declined(c: Claim, claims: Sequence[Claim], pl: POLine) -> bool:
    """ "Only 200 packs in stock. The remaining 100 we cannot supply": the stock is what the
    supplier commits to, since one of the PO's ``claims`` declines the rest of the line in so
    many words."""
    stock = [v.value for v in c.values if v.kind == "number"]
    # the refusal may be the rest's sentence's next clause: "Решту 100 шт. виготовити до кінця
    # року не зможемо, | тому просимо зняти цю кількість із замовлення"
    declined = {
        (o.clause.span.segment, o.clause.sentence)
        for o in claims
        if o.act == "decline" and o.covers(pl.line)
    }
    return any(
        (o.clause.span.segment, o.clause.sentence) in declined
        and o.covers(pl.line)
        and L.search("split", o.clause.text)
        and any(
            v.kind == "number" and _same(v.value + n, pl.quantity) for v in o.values for n in stock
        )
        for o in claims
    )


def _without_asides(text: str) -> str:
    """``text`` without its parenthesised asides and its causes: "bump to $34.50 per 1,000
    (new label stock)", "due to a stock shortage, 5,000 on 12/18", "メーカー在庫不足のため、…"
    give a reason, and a word there ("stock") is not what the clause is about."""
    text = re.sub(r"\([^()]*\)", " ", text)
    for m in reversed(list(L.pattern("cause").finditer(text))):
        if is_cause_after(text, m):
            cut = _ASIDE_END.search(text[: m.start()][::-1])
            start = m.start() - cut.start() if cut else 0
            text = text[:start] + " " + text[m.end() :]
        else:
            # the reason's own words: up to the next stop, and a few words at most
            end = _ASIDE_END.search(text, m.end())
            stop = end.start() if end else len(text)
            words = _FEW_WORDS.match(text, m.end(), stop)
            text = text[: m.start()] + " " + text[words.end() if words else stop :]
    return text


_FEW_WORDS = compile_re(r"(?:\s*\S+){1,4}")
_ASIDE_END = compile_re(r"[,;:、，。；：\n]|\s[-–]\s|\.(?:\s|$)")


def pack_priced(c: Claim, pl: POLine, locale: str, about: Sequence[str] = ()) -> list[Decimal]:
    """The claim's prices per a pack whose size its sentence or the PO line's description
    states, as prices per the PO's unit: '124,00 EUR za rolkę' with 'rolki po 50 kg' -> 2.48.
    When those state none that converts, the sizes another sentence ``about`` the line states
    ("solo in sacchi da 25 kg … Prezzo 18,50 € a sacco"), placed nowhere in this one, as the
    reader takes them."""
    packs = stated_packs(c.clause.sentence, pl.description or "", pl.uom, locale)
    out = _pack_prices(c, pl, packs, locale)
    if out:
        return out
    more = [
        replace(p, start=-1, end=-1)
        for sentence in dict.fromkeys(about)
        if sentence != c.clause.sentence
        for p in stated_packs(sentence, "", pl.uom, locale)
    ]
    return _pack_prices(c, pl, packs + more, locale) if more else []


def _token_at(text: str, v: Value) -> int:
    """Where the value's own token stands in the clause's (whitespace-normalized) words, -1
    when it has none there: a span counts in the segment's raw text, not in these words."""
    return text.find(v.text) if v.text else -1


def _pack_prices(c: Claim, pl: POLine, packs: list, locale: str) -> list[Decimal]:
    # no pack stated: a weight or a volume still converts exactly ("USD 1,390/MT" on a PO in
    # kg), and a dozen is twelve pieces
    if not packs and not is_measured(pl.uom) and not is_piece_unit(pl.uom):
        return []
    text = c.clause.text
    out = []
    for v in c.values:
        at = _token_at(text, v) if v.kind == "price" else -1
        if at >= 0 and isinstance(v.value, Decimal):
            got = pack_price(text, digits_end(v.text, at), v.value, pl.uom, packs)
            if got is not None:
                out.append(got)
            # "USD 4.10/盒" with "100只/盒": per one of the pieces of the pack named
            out += per_piece_of_pack(text, digits_end(v.text, at), v.value, packs)
            # "CHF 5.15 je 500 g" on a PO in kg: 10.30 per kg
            if v.per in (None, 1) and (
                n := per_measure(text, digits_end(v.text, at), pl.uom, locale)
            ):
                out.append(v.value / n)
    return out


def sentences_of_line_only(claims: Sequence[Claim], line: int) -> list[str]:
    """The sentences of the claims about ``line`` alone, in the supplier's own scope (a size
    said of two lines may be either's)."""
    return [c.clause.sentence for c in claims if c.own_scope and c.scope == frozenset({line})]


def _has_number(
    claims: Sequence[Claim], value: Decimal, base: Decimal | None = None, uom: str = ""
) -> bool:
    """``value`` is a number of these claims (or follows from one: per 100, a percentage of
    ``base``, a count in another unit of the PO's ``uom``: "12 dz" of 144 pieces)."""
    forms = _forms(value)
    for c in claims:
        per_unit = bool(_PER_UNIT.search(c.clause.text))
        for v in c.values:
            if v.kind not in ("number", "price"):
                continue
            got = v.value
            assert isinstance(got, Decimal)
            if _same(got, value) or (v.text and _digits(v.text) in forms):
                return True
            if uom and v.kind == "number" and v.text and value in _counted_as(c, v, uom):
                return True
            if v.per and v.per != 1 and _same(got / v.per, value):
                return True
            if per_unit and any(_same(got, value * k) for k in (100, 1000)):
                return True
            # "a 3 % surcharge", "5 % discount": the new price follows from the PO's
            if (
                per_unit
                and base is not None
                and got < 100
                and any(_same((base * (100 + sign * got) / 100), value) for sign in (1, -1))
            ):
                return True
    return False


def _counted_as(c: Claim, v: Value, uom: str) -> set[Decimal]:
    """The count ``v`` as counts of the PO's ``uom``, by the unit word written after it
    wherever its token stands in the clause (the clause's words are whitespace-normalized,
    so the value's offsets do not point into them)."""
    from agent.reading.units import in_po_units, same_unit

    assert isinstance(v.value, Decimal)
    out = set()
    for m in re.finditer(
        rf"(?<![\d.,]){re.escape(v.text)}\s*([^\W\d_]{{1,10}})\.?(?![\w])", c.clause.text
    ):
        if (
            not same_unit(m.group(1), uom)
            and (count := in_po_units(v.value, m.group(1), uom, [])) is not None
        ):
            out.add(count)
    return out


def _has_date(claims: Sequence[Claim], value: date, today: date | None = None) -> bool:
    """``value`` is a date of these claims ("60 now": the mail's own date, when it says so)."""
    if any(value in c.dates(offsets=True) for c in claims):
        return True
    return value == today and any(L.search("immediate", c.clause.text) for c in claims)


# Acts that, said of one line, contradict reading that line as confirmed as ordered.
_DOUBT = frozenset({"decline", "promise_later", "question", "other_object"})


def _affirms(c: Claim) -> bool:
    """A commitment word, or values typed against the lines they name ("Line 2 - 12/18") or
    under our quoted row of the line."""
    if c.act == "commit":
        return True
    # an answer typed under our quoted row is said of that row as much as one naming it
    return c.act == "change" and (c.own_scope or c.segment_kind == "inline") and bool(c.values)


def _availability(c: Claim) -> bool:
    """ "Filters: from stock", "in stock": the goods are on hand, said without a value of its
    own (no count, no date): that backs the line's confirmation, it does not doubt it."""
    return (
        c.act == "other_object"
        and bool(L.search("immediate", c.clause.text))
        and not c.values
        and not L.search("decline", c.clause.text)
    )


def _availability_with_dispatch(c: Claim) -> bool:
    """ "ex stock, ship immediately": goods on hand said to leave (or arrive) at once."""
    text = c.clause.text
    return (
        c.act == "other_object"
        and bool(L.search("immediate", text))
        and bool(P.SHIP_WORDS.search(text) or P.DELIVERY_WORDS.search(text))
        and not L.search("decline", text)
    )


def _each(text: str) -> bool:
    """An amount per piece with no currency ("the covers are now 12.90 each")."""
    return bool(_each_pattern().search(text))


@cache
def _each_pattern() -> re.Pattern[str]:
    return compile_re(
        rf"\d[.,]\d{{2}}\s*(?:{L.alternation('price_per')}\s*)?(?:{L.alternation('count_units')})\b",
        re.IGNORECASE,
    )


def _foreign_value(c: Claim, pl: POLine) -> str | None:
    """A count or a month said of this very line, in words about stock or a remainder, that
    is none of the PO's values ("Line 2: 500 in stock, the rest in January"): no "as
    ordered" for that line. Rows of a table state the line's own values and are read apart."""
    if c.segment_kind in ("table_row", "attachment"):
        return None
    if (
        "price" in c.fields or L.search("surcharge", c.clause.text) or _each(c.clause.text)
    ) and not any(v.kind == "price" for v in c.values):
        # "Der Preis für Pos. 1 beträgt jetzt 330,00": an amount named as this line's price
        # that is not the PO's, with no currency sign (a price with one is read and checked
        # elsewhere, with its unit: "$22.50/box", "$11.50 per 100")
        for v in c.values:
            if (
                v.kind == "number"
                # an amount with cents, or a whole one right after a price word ("המחיר
                # ליחידה 45", "Stückpreis 45")
                and (re.search(r"\d[.,]\d{2}(?!\d)", v.text) or _after_price_word(c, v))
                and not any(
                    _same(v.value / (v.per or 1), x) or _same(v.value, x)
                    for x in (pl.unit_price, pl.quantity * pl.unit_price)
                )
            ):
                return v.text
    if not (L.search("other_object", c.clause.sentence) or L.search("split", c.clause.sentence)):
        return None
    for v in c.values:
        if v.kind == "vague":
            return v.text
        if v.kind in ("number", "price") and not any(
            _same(v.value / (v.per or 1), x) or _same(v.value, x)
            for x in (pl.quantity, pl.unit_price, pl.quantity * pl.unit_price)
        ):
            return v.text
    return None


def _count_changed_to(c: Claim, pl: POLine) -> bool:
    """ "so we rounded it up to 5 full cartons": a count after a verb that changes the
    quantity, which is none of the line's values, whatever unit it counts in."""
    if c.segment_kind in ("table_row", "attachment"):
        return False
    text = c.clause.text
    known = (pl.quantity, pl.unit_price, pl.quantity * pl.unit_price)
    for v in c.values:
        if v.kind != "number" or any(_same(v.value, x) for x in known):  # type: ignore[arg-type]
            continue
        at = _token_at(text, v)
        if at > 0 and P.COUNT_CHANGED_BEFORE.search(text[max(0, at - 45) : at]):
            return True
    return False


def _after_price_word(c: Claim, v: Value) -> bool:
    """The number stands right after a price word and before no word ("Stückpreis 330,"; not
    "at the prices shown: 12 altar holders", a count)."""
    text = c.clause.text
    at = _token_at(text, v)
    if at <= 0 or re.match(r"\s*[^\W\d_]", text[at + len(v.text) :]):
        return False
    return any(0 <= at - m.end() <= 12 for m in P.PRICE_WORDS.finditer(text, max(0, at - 40), at))


def _later_date(c: Claim, pl: POLine) -> bool:
    """The claim's own words give this line only dates after the requested one: a delay.
    (An earlier date may be the ship date of an on-time delivery; rows of a table are
    read apart, cell by cell.)"""
    if c.segment_kind in ("table_row", "attachment"):
        return False
    own = [d for d in c.dates() if d]
    return bool(own) and all(d > pl.requested_date for d in own)


def _named_other_day(named: list[Claim], when: date) -> str | None:
    """A day and month in the words that name a line (a date, or a number such as "15.12."
    that an English sentence end leaves undecided) when none of them is ``when``."""
    if any(when in c.dates() for c in named):
        return None
    for c in named:
        if c.segment_kind in ("table_row", "attachment"):
            continue
        for v in c.values:
            dm = _day_month(v.text) if v.kind == "number" else None
            if dm and dm != (when.day, when.month):
                return v.text
    return None


def _odd_number(c: Claim, pl: POLine) -> bool:
    """A number the supplier gives this very line that reads as a date as well ("housings
    22.12." in English, where 22.12 may be an amount) and is none of the line's values."""
    if c.segment_kind in ("table_row", "attachment") or c.stated:
        return False
    known = (pl.quantity, pl.unit_price, pl.quantity * pl.unit_price)
    return any(
        v.kind == "number"
        and _day_month(v.text)
        and _bare_token(v.text).search(c.clause.text)
        and not any(_same(v.value, x) for x in known)  # type: ignore[arg-type]
        for v in c.values
    )


# a day and month as dates are written: "15.12", "15/12", "8.1." (not "10.9", a bolt grade)
_DAY_MONTH = compile_re(r"(\d{1,2})[./](\d{2})\.?|(\d{1,2})\.(\d{1,2})\.")


def _day_month(token: str) -> tuple[int, int] | None:
    m = _DAY_MONTH.fullmatch(token)
    if m is None:
        return None
    day, month = int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))
    return (day, month) if 1 <= day <= 31 and 1 <= month <= 12 else None


def _bare_token(token: str) -> re.Pattern[str]:
    # the number standing on its own: not "i=20.3" or "8.8 vz" (a ratio, a bolt grade)
    return re.compile(rf"(?<![=\w.,]){re.escape(token)}\.?(?!\s*[\w%€$£/])")


def line_reasons(d: Decision, po: OpenPO, pl: POLine, ln: LineConfirmation) -> list[str]:
    """Why this line's confirmation is not backed by a firm claim (empty: it is)."""
    where = f"PO {po.po_number} line {ln.line}"
    cover = covering(d, po, ln.line)
    # A clause that states values about something else (stock on hand, a quote, an invoice,
    # a closure) backs no line, whatever its numbers.
    firm = [
        c
        for c in cover
        if c.firm
        and (
            c.act == "commit"
            or not _about_something_else(c.clause.text)
            or _stock_with_rest_declined(c, d.claims_of(po), pl)
        )
    ]
    if not any(not c.stated for c in firm):
        firm = []  # only values, and no word anywhere that commits to this line
    if not firm:
        voided = [c for c in cover if c.checks]
        if voided:
            check, words = voided[0].checks[0]
            return [
                f"{where}: '{_clip(voided[0].clause.text)}' would confirm it, but '{words}' "
                f"({check.replace('_', ' ')}) means it is not a firm commitment"
            ]
        return [f"{where}: no commitment in the supplier's own words covers this line"]
    # Words the supplier wrote about this very line that are no firm commitment ("Partida 2 -
    # ya no manejamos este producto"): a whole-order "we confirm" does not outvote them.
    own = [
        c
        for c in d.claims_of(po)
        if c.covers(ln.line) and c.own_scope and c.scope != ORDER and not _availability(c)
    ]
    doubt = [
        c
        for c in own
        if (c.act in _DOUBT and not _availability(c)) or any(k in VOIDING for k, _ in c.checks)
    ]
    hedged = [
        c
        for c in d.claims_of(po)
        if c.covers(ln.line)
        and c.act == "other"
        and any(k == "hedge" for k, _ in c.checks)
        and c.segment_kind not in ("table_row", "attachment")
    ]
    if hedged:
        # "Confirmed. … 15.12. is a tight date, we'll do our best": the words after the
        # commitment take its firmness back
        return [
            f"{where}: '{_clip(hedged[0].clause.text)}' "
            f"({next(w for k, w in hedged[0].checks if k == 'hedge')}) means the "
            "commitment is not firm"
        ]
    waiting = [
        c
        for c in d.claims_of(po)
        if c.covers(ln.line)
        and any(k == "condition" for k, _ in c.checks)
        and not c.dates(offsets=True)
        and ("date" in c.fields or P.DATE_WORDS.search(c.clause.sentence))
        and c.segment_kind not in ("table_row", "attachment")
    ]
    dated = any(c.firm and c.dates() for c in cover)
    if waiting and not dated:
        # "Lieferung ab Lager, 48 Stunden nach Ihrem Abruf": the delivery waits on an event
        # to come and names no day, whatever "as ordered" said of the date before (a day the
        # supplier names elsewhere is its answer: "Zahlung: 30 % vor Versand" is money's)
        return [
            f"{where}: '{_clip(waiting[0].clause.sentence)}' "
            f"({next(w for k, w in waiting[0].checks if k == 'condition')}) makes the delivery "
            "wait on something to come and gives no date"
        ]
    if ln.status == "accepted" and doubt:
        return [
            f"{where}: read as confirmed as ordered, but the supplier wrote about this line "
            f"'{_clip(doubt[0].clause.text)}' ({doubt[0].act.replace('_', ' ')})"
        ]
    asked = [
        c
        for c in own
        if c.act in ("question", "promise_later") and L.search("confirm_later", c.clause.text)
    ]
    if ln.status == "changed" and asked:
        # "the price has risen to 7,980 … Kindly approve the revised price so that we can
        # confirm the order": a change whose confirmation waits on the buyer is a proposal
        return [
            f"{where}: read as changed, but the supplier's words about this line "
            f"'{_clip(asked[0].clause.text)}' ({asked[0].act.replace('_', ' ')}) leave it open"
        ]
    foreign = [c for c in own if _foreign_value(c, pl)]
    if ln.status == "accepted" and not ln.schedule and foreign:
        return [
            f"{where}: read as confirmed as ordered, but the supplier wrote about this line "
            f"'{_clip(foreign[0].clause.text)}', with a value that is not the PO's"
        ]
    moved = [
        c
        for c in own
        if c.act == "change"
        and (_later_date(c, pl) or _odd_number(c, pl) or _count_changed_to(c, pl))
    ]
    if ln.status == "accepted" and not ln.schedule and moved:
        # "We can do 40 housings at 312.50 but need until 22/12": the supplier's own change
        # for this line outvotes reading it as ordered
        return [
            f"{where}: read as confirmed as ordered, but the supplier states a change for this "
            f"line: '{_clip(moved[0].clause.text)}'"
        ]
    # "Pos. 1  Streusalz grob" over "80 Sack … 0,21 EUR/kg, Lieferung 09.12.2026": an item's
    # label is no word of its own when the item's firm words carry on its lines
    carried = {c.scope for c in firm if not c.own_scope and c.scope != ORDER}
    worded = [
        c
        for c in own
        if not (
            c.act == "other"
            and not c.values
            and not c.checks
            and c.scope in carried
            and starts_with_line_ref(c.clause.text)
        )
    ]
    if ln.status == "accepted" and worded and not any(c.firm for c in worded):
        return [
            f"{where}: read as confirmed as ordered, but what the supplier wrote about this "
            f"line ('{_clip(own[0].clause.text)}') is not a commitment it understood"
        ]
    if ln.status == "accepted" and not ln.schedule and not any(_affirms(c) for c in firm):
        # Nothing changed, so nothing but an affirmation can confirm it: a clause that merely
        # holds a date ("Nathalie est absente jusqu'au 7 décembre") is no "as ordered".
        return [
            f"{where}: read as confirmed as ordered, but the only words covering it "
            f"('{_clip(firm[0].clause.text)}') state a value without affirming the order"
        ]
    reasons = []
    if ln.date is not None and ln.date != pl.requested_date:
        other_day = _named_other_day([c for c in own if c.names_lines], ln.date)
        if other_day:
            # "housings and covers confirmed for 15.12. The feet …, they'll be ready by Friday":
            # the words that name the line give another day than the one read for it
            return [
                f"{where}: read for {ln.date.isoformat()}, but the words naming this line give "
                f"'{other_day}'"
            ]
    if ln.status == "changed" or ln.schedule:
        if ln.quantity is not None and not _same(ln.quantity, pl.quantity):
            total = sum((s.quantity for s in ln.schedule), Decimal(0))
            if (
                not _has_number(firm, ln.quantity, uom=pl.uom)
                and not (ln.schedule and _same(total, ln.quantity))
                # "200.000 Stück" on a PO counted in thousands
                and not (is_thousand_unit(pl.uom) and _has_number(firm, ln.quantity * 1000))
                # "Menge +10 %": the PO's quantity and the share the supplier adds
                and not _quantity_share(firm, pl.quantity, ln.quantity)
            ):
                reasons.append(
                    f"{where}: the quantity {ln.quantity} is not a number the supplier committed to"
                )
        if ln.unit_price is not None and not _same(ln.unit_price, pl.unit_price):
            surcharges = [c for c in d.claims_of(po) if L.search("effective", c.clause.sentence)]
            if (
                not _has_number([*firm, *surcharges], ln.unit_price, pl.unit_price)
                and not _has_number(firm, ln.unit_price * (ln.quantity or pl.quantity))
                and not any(
                    _same(x, ln.unit_price)
                    for c in firm
                    for x in pack_priced(
                        c, pl, po.supplier.locale, sentences_of_line_only(own, ln.line)
                    )
                )
            ):
                reasons.append(
                    f"{where}: the price {ln.unit_price} is not a price the supplier committed to"
                )
        today = d.msg.date.date() if d.msg.date else None
        # "Letkusarjat lähtevät heti varastosta": leaving at once from stock is the line's
        # own word on its date, however its stock word classes the clause
        at_once = [
            c
            for c in d.claims_of(po)
            if c.covers(ln.line) and c.own_scope and _availability_with_dispatch(c)
        ]
        # "Line 3: … together with line 1": the firm words of the line it goes with date it
        company = [
            c
            for k in {x.line for x in po.lines} - {ln.line}
            if any(names_as_company(o.clause.sentence, k) for o in own)
            for c in d.claims_of(po)
            if c.firm and c.covers(k) and c.own_scope
        ]
        if (
            ln.date is not None
            and ln.date != pl.requested_date
            and not _has_date([*firm, *at_once, *company], ln.date, today)
        ):
            reasons.append(
                f"{where}: the date {ln.date.isoformat()} is not a delivery date the supplier "
                "committed to (absent, or only a price's or surcharge's effective date)"
            )
        for split in ln.schedule:
            if not _has_date(firm, split.date, d.msg.date.date() if d.msg.date else None):
                reasons.append(
                    f"{where}: the split delivery date {split.date.isoformat()} is not in a "
                    "commitment of the supplier"
                )
    return reasons


def _quantity_share(claims: list[Claim], ordered: Decimal, read: Decimal) -> bool:
    """A firm claim changes the quantity by a share ("Menge +10 %") that makes ``read``."""
    for c in claims:
        for m in P.SIGNED_PERCENT.finditer(c.clause.text):
            share = P.quantity_percent(c.clause.text, m.start())
            if share is not None and _same(Decimal(ordered) * (1 + share / 100), read):
                return True
    return False


def _refusal(text: str) -> bool:
    from agent.reading import phrases as P

    return bool(P.REJECT.search(text) or P.WHOLE_ORDER_REJECT.search(text))


def asked_back_reasons(d: Decision) -> list[str]:
    """The supplier asks us to agree before it commits ("Please confirm you're OK with the new
    price and I'll enter the order"): what it offers is a proposal, not a confirmation."""
    reasons = []
    for c in d.result.confirmations:
        po = d.pos.get(c.po_number)
        if po is None:
            continue
        # a question next to a refusal ("discontinued; we suggest model X, do you agree")
        # offers something else: a person answers it
        claims = d.claims_of(po)
        refused = any(ln.status == "rejected" for ln in c.lines) or any(
            x.act == "decline" and x.scope == ORDER and not x.elsewhere for x in claims
        )
        for x in claims:
            if (
                x.act == "question"
                and not x.elsewhere
                and (
                    x.scope == ORDER
                    and (refused or L.search("agreement", x.clause.text))
                    # "For line 3 we propose our model X instead. Please let us know if this
                    # alternative suits you.": asked of a line the result confirms, it is
                    # still an offer
                    or x.scope != ORDER
                    and L.search("agreement", x.clause.text)
                    and any(
                        x.covers(ln.line) for ln in c.lines if ln.status in ("accepted", "changed")
                    )
                )
            ):
                reasons.append(
                    f"PO {po.po_number}: the supplier asks for our agreement first: "
                    f"'{_clip(x.clause.text)}'"
                )
                break
    return reasons


def rejection_reasons(d: Decision) -> list[str]:
    """A rejected line needs the supplier's own refusal: a decline (or a row with 0) covering it."""
    reasons = []
    for po, c, ln in d.rejected():
        claims = [
            x
            for x in d.claims_of(po)
            # "we have to decline this order: the housings are discontinued", "we must decline
            # it in its entirety": a refusal of every line
            if x.covers(ln.line) or (not x.elsewhere and L.search("whole_order", x.clause.text))
        ]
        refusals = [
            x
            for x in claims
            if x.act == "decline"
            or (_refusal(x.clause.text) and not L.search("future", x.clause.text))
        ]
        if refusals and all(P.PRICE_WORDS.search(x.clause.text) for x in refusals):
            # "we can't accept this PO at these prices": the price is refused, which is
            # an offer to talk, not a refusal to supply
            reasons.append(
                f"PO {po.po_number} line {ln.line}: '{_clip(refusals[0].clause.text)}' "
                "refuses the price, not the goods: a counter-offer for a person"
            )
            continue
        if (
            refusals
            and len(po.lines) > 1
            and all(x.status == "rejected" for x in c.lines)
            and all(
                x.scope == ORDER
                and not x.names_lines
                and not L.search("whole_order", x.clause.sentence)
                and not ORDER_NOUN.search(x.clause.sentence)
                and not P.explicit_all(x.clause.sentence)
                and po.po_number not in x.clause.sentence
                for x in refusals
            )
            and any(
                x.act in ("commit", "change") and _commits_a_value(x) and x not in refusals
                for x in d.claims_of(po)
            )
        ):
            # "44 - infelizmente a forma 44 foi descontinuada" under a size run: a refusal
            # of something that names neither a line nor the order, beside values the
            # supplier commits to, is no refusal of the whole order
            reasons.append(
                f"PO {po.po_number} line {ln.line}: '{_clip(refusals[0].clause.text)}' "
                "refuses something but names no line nor the order: which line is unclear"
            )
            continue
        if refusals or any(
            x.segment_kind == "table_row" and Decimal(0) in x.numbers() for x in claims
        ):
            continue
        reasons.append(
            f"PO {po.po_number} line {ln.line}: read as rejected, but no refusal in the "
            "supplier's own words covers this line"
        )
    return reasons


def _commits_a_value(c: Claim) -> bool:
    """The claim gives a price, a date or a count; not a year alone nor a vague time ("Con
    gusto le cotizaremos nuevamente … (estimamos abril de 2027)")."""
    return any(
        v.kind in ("price", "date")
        or (v.kind == "number" and not (1900 <= v.value <= 2100 and v.value == int(v.value)))
        for v in c.values
    )


def unanswered_reasons(d: Decision) -> list[str]:
    """A line left unconfirmed although the supplier's words about this very line refuse it,
    commit to it or firmly change it (and hold nothing back for later): the reading missed an
    answer, so a person reads it rather than the line being reported as not addressed."""
    reasons = []
    unconfirmed = [
        (d.pos[c.po_number], ln)
        for c in d.result.confirmations
        if c.po_number in d.pos
        for ln in c.lines
        if ln.status == "unconfirmed"
    ]
    for po, ln in unconfirmed:
        # an answer typed under this line's quoted row ("18-1", "nee") is about it as well
        own = [
            c
            for c in d.claims_of(po)
            if c.covers(ln.line)
            and c.scope != ORDER
            and (c.own_scope or (c.segment_kind == "inline" and c.scope == {ln.line}))
        ]
        # a line held for later is rightly unconfirmed (the extractor's hold words count too)
        if any(c.act in ("promise_later", "question") or P.HOLD.search(c.clause.text) for c in own):
            continue
        # a refusal, a firm commitment, or a firm new price or date ("Linha 2: o preço passa
        # a ...", "Poz. 3 - ... nie możemy zrealizować")
        said = [
            c
            for c in own
            if c.act == "decline"
            or (c.firm and c.act == "commit")
            or (c.firm and c.act == "change" and any(v.kind in ("price", "date") for v in c.values))
        ]
        if not said:
            # "alles klar bis auf die Pyramiden": the whole order accepted but for a line it
            # names; the others are addressed, whatever left them unconfirmed
            said = [
                c
                for c in d.claims_of(po)
                if c.scope == ORDER
                and (c.excluded or P.EXCEPT.search(c.clause.text))
                and c.covers(ln.line)
                and c.firm
                and c.segment_kind not in ("table_row", "attachment")
            ]
        if not said:
            # "potwierdzamy zamówienie: kredki 12 kolorów – 800 op." where the goods' name is
            # not read: words about the whole order that count the line's own quantity
            pl = po.line_by_number(ln.line)
            said = [
                c
                for c in d.claims_of(po)
                if c.scope == ORDER
                and pl is not None
                and c.segment_kind not in ("table_row", "attachment")
                and any(v.kind == "number" and v.value == pl.quantity for v in c.values)
            ]
        if not said and not any(
            P.NEGATED_ACCEPT.search(c.clause.text) or L.search("hedge", c.clause.text) for c in own
        ):
            # any other words about this very line ("we can supply lines 1 and 3"): the reply
            # addresses it, so "not addressed" would be a wrong answer ("2 … not confirmed –
            # awaiting material" is rightly left unconfirmed)
            said = [c for c in own if c.segment_kind not in ("table_row", "attachment")]
        if said:
            reasons.append(
                f"PO {po.po_number} line {ln.line}: left unconfirmed, but the supplier wrote "
                f"about this line '{_clip(said[0].clause.text)}' ({said[0].act})"
            )
    return reasons


def decide(msg: Message, open_pos: Sequence[OpenPO], result: ExtractionResult) -> list[str]:
    """Every reason the result's confirmations are not backed by the supplier's own words."""
    from agent.reading.invariants import INVARIANTS

    if result.kind != "confirmation" or not result.confirmations or msg.date is None:
        return []
    d = Decision(
        msg,
        result,
        segments_of(msg),
        {p.po_number: p for p in open_pos},
        all_pos=tuple(p.po_number for p in open_pos),
    )
    reasons: list[str] = []
    for po, pl, ln in d.lines():
        reasons += line_reasons(d, po, pl, ln)
    reasons += rejection_reasons(d)
    reasons += asked_back_reasons(d)
    reasons += unanswered_reasons(d)
    for rule in INVARIANTS:
        reasons += rule(d)
    return list(dict.fromkeys(reasons))


def gate(msg: Message, open_pos: Sequence[OpenPO], result: ExtractionResult) -> ExtractionResult:
    """The result when every confirmed line is backed by a firm claim, else needs_review."""
    reasons = decide(msg, open_pos, result)
    if not reasons:
        return result
    matched = list(
        dict.fromkeys([*result.matched_po_numbers, *(c.po_number for c in result.confirmations)])
    )
    return replace(
        result,
        kind="needs_review",
        confirmations=[],
        exceptions=[],
        review_reasons=[*result.review_reasons, *reasons],
        confidence=min(result.confidence, 0.3),
        matched_po_numbers=matched,
    )
