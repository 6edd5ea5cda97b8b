"""Which open PO(s) an inbound message answers.

Most reliable first: our request's Message-ID in In-Reply-To/References, the PO
number in the subject, then in the supplier's own text and attachments. PO
numbers are written loosely ("P.O. #4500-012345", "PO 450012345"): exact
matches tolerate separators; a near match (one digit missing, extra or
swapped, or the digit groups without their leading zeros: "PO# 27-588" of
"PO-27-00588") is accepted only when it follows an order keyword, is unique among the
sender's supplier's open POs, and no exact match exists. Never across
suppliers: a PO is only matched when the sender belongs to its supplier.
Quoted text may confirm a match but never creates one on its own when the
supplier's own words name a different PO.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from agent.reading import lexicon as L
from agent.reading.addresses import is_free_mail, registrable_domain
from agent.reading.startup_cache import compile_re
from agent.reading.types import Message, OpenPO
from agent.reading.words import description_tokens


# Linear in the input: every run of blanks is taken atomically (``\s*+``), so
# "PO" followed by 10,000 spaces is one pass, not a cubic search over how to
# share the spaces between three optional gaps; the token is bounded (no PO
# number is 40 characters long). The words for an order are the lexicons' [order_noun].
@cache
def loose_order_re() -> re.Pattern[str]:
    """A word for an order and the order number after it ("PO 4500012345", "porosia …")."""
    return compile_re(
        # a keyword of its own: not the "Po" of "Pompe 24/410"
        r"(?<![A-Za-z])"
        + L.order_nouns()
        + r"(?![A-Za-z])\s*+(?:(?:no\.?|nr\.?|br\.?|č\.|sz\.|number|num\.?|n°|nº|n\.º|№|#|:)\s*+)?"
        r"(?:[:#]\s*+)?(?P<tok>[A-Z]{0,3}[-\s]?\d[\d\-./ ]{3,40}\d)",
        re.IGNORECASE,
    )


_WORD_AFTER = compile_re(r"\s*([^\W\d_]+)")


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


# Platforms many companies send through: their registrable domain says nothing about who sent.
SHARED_PLATFORMS = {
    "onmicrosoft.com",
    "amazonses.com",
    "sendgrid.net",
    "mailgun.org",
    "mcsv.net",
    "force.com",
    "salesforce.com",
    "zendesk.com",
    "freshdesk.com",
    "googlegroups.com",
    "mailchimpapp.net",
    "hubspotemail.net",
    "exacttarget.com",
}


def _same_org(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    base = registrable_domain(a)
    return base == registrable_domain(b) and base not in SHARED_PLATFORMS and not is_free_mail(base)


def _domain(addr: str | None) -> str:
    return addr.rsplit("@", 1)[-1].lower() if addr and "@" in addr else ""


@dataclass(frozen=True)
class POMention:
    po_number: str
    start: int
    end: int
    exact: bool


@dataclass
class MatchResult:
    pos: list[OpenPO] = field(default_factory=list)
    # how each PO was matched: thread | thread-personal | subject | body | attachment |
    # quoted | item | description (a -near suffix: the number was mistyped by one digit)
    via: dict[str, str] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)  # why the match is doubtful (review reasons)
    sender_suppliers: list[str] = field(default_factory=list)  # supplier ids the sender belongs to
    other_order_numbers: list[str] = field(
        default_factory=list
    )  # order numbers that are not open POs
    addressed_to_us: bool = True
    confidence: float = 1.0


def _po_pattern(po: OpenPO) -> re.Pattern[str]:
    return _po_pattern_for(po.po_number)


@lru_cache(maxsize=4096)
def _po_pattern_for(po_number: str) -> re.Pattern[str]:
    digits = _digits(po_number)
    body = r"[\s\-./]?".join(re.escape(c) for c in digits)
    return re.compile(rf"(?<![\d])(?<!\d[-./]){body}(?![\d])(?![-./]\d)")


def names_po_number(number: str, text: str) -> bool:
    """``text`` names the PO ``number`` as written or with other separators ("PO 2027-02318"
    of "PO-2027-02318", "4500 012 346"), as :func:`find_po_mentions` reads it."""
    if number.lower() in text.lower():
        return True
    return len(_digits(number)) >= 4 and _po_pattern_for(number).search(text) is not None


def find_po_mentions(text: str, pos: Sequence[OpenPO]) -> list[POMention]:
    """Exact (separator-tolerant) mentions of the given POs' numbers in ``text``."""
    out: list[POMention] = []
    if not text:
        return out
    for po in pos:
        if len(_digits(po.po_number)) < 4:
            continue
        for m in _po_pattern(po).finditer(text):
            out.append(POMention(po.po_number, m.start(), m.end(), True))
    out.sort(key=lambda x: x.start)
    return out


def find_near_mentions(text: str, pos: Sequence[OpenPO]) -> tuple[list[POMention], list[str]]:
    """Order numbers after an order keyword that are one edit away from exactly one PO.

    Also returns order numbers that match no open PO at all (an invoice for
    another order, say), so the caller can tell "about another order" apart.
    """
    from rapidfuzz.distance import Levenshtein

    from agent.reading.units import is_piece_unit, pack_kinds

    near: list[POMention] = []
    others: list[str] = []
    for m in loose_order_re().finditer(text or ""):
        tok = m.group("tok").strip(" -./")
        d = _digits(tok)
        if len(d) < 5:
            continue
        unit = _WORD_AFTER.match(text, m.end("tok"))
        if unit and (is_piece_unit(unit.group(1)) or pack_kinds(unit.group(1))):
            continue  # "minimalna količina naročila 10.000 kos": a count, no order's number
        exact = [po for po in pos if _digits(po.po_number) == d]
        if exact:
            continue
        groups = _groups(tok)
        close = [
            po
            for po in pos
            if len(_digits(po.po_number)) >= 6
            and Levenshtein.distance(_digits(po.po_number), d) <= 1
            or len(groups) >= 2
            and _groups(po.po_number) == groups
        ]
        if len(close) == 1:
            near.append(POMention(close[0].po_number, m.start("tok"), m.end("tok"), False))
        elif not close:
            others.append(tok)
    return near, others


def _groups(number: str) -> list[int]:
    """The number's digit groups without their leading zeros: "PO-27-00588" is written
    "PO# 27-588" too."""
    return [int(g) for g in re.findall(r"\d+", number)]


def sender_belongs(msg: Message, po: OpenPO) -> bool:
    # Only the From address: Reply-To is whatever the sender wants it to be.
    addrs = [msg.from_addr] if msg.from_addr else []
    for a in addrs:
        a = a.lower()
        if a in po.supplier.emails:
            return True
        dom = _domain(a)
        if dom and not is_free_mail(dom) and any(_same_org(dom, d) for d in po.supplier.domains):
            return True
    return False


def _personal_address(addr: str | None) -> bool:
    """A free-mail address (gmail, qq, ...): a person's, not a company's."""
    dom = _domain(addr)
    return bool(dom) and is_free_mail(dom)


def own_domains(own_addresses: Sequence[str], pos: Sequence[OpenPO]) -> tuple[set[str], set[str]]:
    addrs = {a.lower() for a in own_addresses if a}
    addrs |= {po.buyer_email.lower() for po in pos if po.buyer_email}
    doms = {_domain(a) for a in addrs if _domain(a) and not is_free_mail(_domain(a))}
    doms |= {a.lower().lstrip("@") for a in own_addresses if a and "@" not in a}
    return addrs, doms


def _item_code(item: str | None) -> bool:
    """An item code specific enough to name a PO line: a digit in it, five characters or more."""
    return bool(item) and len(item.strip()) >= 5 and any(ch.isdigit() for ch in item)  # type: ignore[union-attr]


def item_codes_named(text: str, po: OpenPO) -> tuple[int, int]:
    """How many of the PO's line item codes are specific enough to name a line, and how many
    of those the text names as whole tokens."""
    low = text.lower()
    codes = [pl.item.strip().lower() for pl in po.lines if _item_code(pl.item)]  # type: ignore[union-attr]
    named = sum(1 for c in codes if re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", low))
    return len(codes), named


def _items_named(text: str, pos: Sequence[OpenPO]) -> set[str]:
    """The POs (numbers) whose line item codes the text names as whole tokens."""
    return {po.po_number for po in pos if item_codes_named(text, po)[1]}


def _strong(token: str) -> bool:
    """A token that names a product by itself: a number with a unit, or a longer word
    ("can", "set", "box" are everyday words too)."""
    return any(c.isdigit() for c in token) or len(token) >= 4


# A PO line's description is tokenized for every sentence a reply has (which order is it
# about?): once per description is enough. Descriptions are short, so the cache stays small.
_line_tokens = lru_cache(maxsize=2048)(description_tokens)


def pos_described(text: str, pos: Sequence[OpenPO], *, loose: bool = False) -> list[str]:
    """The POs one of whose lines the text describes by two tokens that no line of the
    other POs has ("83mm" and "gold" of "Tinplate lid 83 mm, gold lacquer"). To match a
    mail, both must be strong tokens; ``loose`` (is this sentence about another of the
    supplier's orders: "the can bodies") takes any two."""
    said = description_tokens(text)
    lines = [(po.po_number, _line_tokens(pl.description or "")) for po in pos for pl in po.lines]
    out: list[str] = []
    for number, tokens in lines:
        others = set().union(*(t for n, t in lines if n != number))
        named = (tokens - others) & said
        if not loose:
            named = {t for t in named if _strong(t)}
        if number not in out and len(named) >= 2:
            out.append(number)
    return out


def describes_other_po(text: str, po: OpenPO, pos: Sequence[OpenPO]) -> bool:
    """``text`` is about another of the supplier's orders than ``po``: it describes one of
    its lines loosely (:func:`pos_described`), or it names one long word of one other
    order's goods and nothing of this order's ("Voor jullie order van gisteren (cryovials)
    volgt de bevestiging apart")."""
    if len(pos) < 2:
        return False
    described = pos_described(text, pos, loose=True)
    if described:
        return po.po_number not in described
    said = description_tokens(text)
    tokens = {
        p.po_number: frozenset().union(*(_line_tokens(pl.description or "") for pl in p.lines))
        for p in pos
    }
    mine = tokens.get(po.po_number, frozenset())
    theirs = frozenset().union(*(t for n, t in tokens.items() if n != po.po_number))
    if said & (mine - theirs):
        return False
    named = {
        n
        for n, t in tokens.items()
        if n != po.po_number and any(len(w) >= 6 and w.isalpha() and w in said for w in t - mine)
    }
    return len(named) == 1


def thread_ids(msg: Message) -> set[str]:
    """The Message-IDs a reply is threaded on (In-Reply-To and References)."""
    return {i.strip() for i in [*msg.in_reply_to, *msg.references] if i}


def match_message(
    msg: Message,
    open_pos: Sequence[OpenPO],
    *,
    own_addresses: Sequence[str] = (),
    own_text: str | None = None,
    attachment_text: str = "",
) -> MatchResult:
    res = MatchResult()
    own_text = msg.own_text if own_text is None else own_text
    mine = [po for po in open_pos if sender_belongs(msg, po)]
    res.sender_suppliers = list(dict.fromkeys(po.supplier.id for po in mine))

    addrs, doms = own_domains(own_addresses, open_pos)
    recipients = [a.lower() for a in [*msg.to, *msg.cc] if a]
    if addrs or doms:
        res.addressed_to_us = any(r in addrs or _domain(r) in doms for r in recipients)

    found: dict[str, str] = {}

    # 1. our request's Message-ID anywhere in the thread headers
    threaded_on = thread_ids(msg)
    for po in open_pos:
        if threaded_on & set(po.request_message_ids):
            if po in mine:
                found.setdefault(po.po_number, "thread")
            elif _personal_address(msg.from_addr):
                # Our request's Message-ID carries a random part: a reply threaded on it
                # comes from someone our mail reached. From a free-mail address that is
                # the supplier's own staff writing from a phone or home; another company's
                # domain (a forwarder, a subcontractor) speaks for someone else.
                found.setdefault(po.po_number, "thread-personal")
                mine.append(po)
                res.confidence = min(res.confidence, 0.8)
            else:
                res.reasons.append(
                    f"the message is threaded on our request for PO {po.po_number}, but the sender "
                    f"{msg.from_addr or '(none)'} is not a known address of {po.supplier.name}"
                )

    # 2./3. the PO number in the subject, the supplier's own text, attachments
    for where, text in (
        ("subject", msg.subject or ""),
        ("body", own_text),
        ("attachment", attachment_text),
    ):
        for mention in find_po_mentions(text, open_pos):
            po = next(p for p in open_pos if p.po_number == mention.po_number)
            if po in mine:
                found.setdefault(po.po_number, where)
            elif res.sender_suppliers or msg.from_addr:
                res.reasons.append(
                    f"PO {po.po_number} is named in the {where}, but the sender {msg.from_addr or '(none)'} "
                    f"is not a known address of {po.supplier.name}"
                )
        near, others = find_near_mentions(text, mine)
        res.other_order_numbers += [o for o in others if o not in res.other_order_numbers]
        for mention in near:
            if mention.po_number not in found:
                found[mention.po_number] = where + "-near"
                res.confidence = min(res.confidence, 0.8)

    # 4. quoted text: only when nothing else named a PO
    if not found and mine:
        quoted = {m.po_number for m in find_po_mentions(msg.quoted_text or "", mine)}
        if len(quoted) == 1:
            found[quoted.pop()] = "quoted"
            res.confidence = min(res.confidence, 0.85)
        elif len(quoted) > 1:
            res.reasons.append(
                f"the quoted text names several open POs ({', '.join(sorted(quoted))}) and the reply names none"
            )

    # 5. a new thread that names no PO: the item codes it names, when they are all the
    # sender's and all on one open PO ("83mm gold lids, item GL-83: OK for 20 Jan")
    # An order number of some other order says what the mail is about: not ours.
    if not found and mine and not res.other_order_numbers:
        items = _items_named("\n".join((msg.subject or "", own_text, attachment_text)), mine)
        if len(items) == 1:
            found[items.pop()] = "item"
            res.confidence = min(res.confidence, 0.75)
        elif len(items) > 1:
            res.reasons.append(
                f"the item codes named belong to several open POs ({', '.join(sorted(items))}) "
                "and the reply names none"
            )
        else:
            # ... or by what the goods are ("the 83mm gold lids"): each PO it describes is
            # read, and the reading decides which of them the mail commits to
            for number in pos_described(own_text, mine):
                found[number] = "description"
                res.confidence = min(res.confidence, 0.7)

    by_number = {po.po_number: po for po in open_pos}
    res.pos = [by_number[n] for n in found]
    res.via = found
    return res
