"""Structural invariants: small rules that hold for any phrasing, each with its own tests.

Each rule takes the gate's ``Decision`` (the message, its segments, each PO's claims and
the result that would confirm) and returns review reasons; empty means it holds.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from functools import cache

from agent.reading import lexicon as L
from agent.reading import phrases as P
from agent.reading.claims import ORDER, Claim, Value, _mask
from agent.reading.dates import counted, find_dates
from agent.reading.decide import Decision, covering, pack_priced, sentences_of_line_only
from agent.reading.masks import line_number_tokens, mask_codes
from agent.reading.match import pos_described, thread_ids
from agent.reading.numbers import EITHER_WAY, parse_number, price_hits, separators
from agent.reading.quotes import POSTSCRIPT
from agent.reading.segments import LIST_MARK
from agent.reading.startup_cache import compile_re
from agent.reading.types import LineConfirmation, OpenPO, POLine
from agent.reading.units import MEASURE_WORDS, later_only

Rule = Callable[[Decision], list[str]]


def _clip(text: str, n: int = 90) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


# ------------------------------------------------------------------ bare assent

_QUOTE_HEAD = compile_re(
    r"^\s*(?:from|von|de|da|van|od|发件人|sent|gesendet|envoyé|enviado|inviato|verzonden|wysłano|odesláno|to|an|à|para|a|aan|do|komu|subject|betreff|objet|asunto|oggetto|onderwerp|temat|předmět|date|datum|fecha|data)\s*:"
    r"|^\s*on .{0,120} wrote:\s*$|^\s*am .{0,120} schrieb .{0,80}:\s*$|^\s*le .{0,120} a écrit\s*:\s*$|^-{2,}\s*original",
    re.IGNORECASE,
)


def latest_quoted(quoted: str, *, with_header: bool = False) -> str:
    """Our most recent quoted mail (the one the supplier answered), with or without its header block."""
    lines = [re.sub(r"^\s*(?:>\s?)+", "", ln) for ln in (quoted or "").split("\n")]
    body: list[str] = []
    head: list[str] = []
    in_head = True
    for ln in lines:
        if re.fullmatch(r"\s*[_\-=*~]{3,}\s*", ln):
            continue  # a separator line
        if _QUOTE_HEAD.match(ln):
            if body and not in_head:
                break
            in_head = True
            if with_header:
                head.append(ln)
            continue
        if in_head and not ln.strip():
            continue
        in_head = False
        body.append(ln)
    return "\n".join([*head, *body])


# how our requests and reminders ask (our own templates, in the languages we send)
_REQUEST = compile_re(
    r"acknowledg|confirm|bestätig|conferm|bevestig|potwierd|potvrd|确认|確認", re.IGNORECASE
)


# what a reminder asks for, in the languages we send ("any update?", "gibt es Neuigkeiten?")
_UPDATE = compile_re(
    r"\b(?:any )?(?:update|news|status|feedback|progress|neuigkeit\w*|rückmeldung|stand"
    r"|des nouvelles|du nouveau|novedad\w*|aggiornament\w*|nieuws)\b",
    re.IGNORECASE,
)


def _asks_for_confirmation(d: Decision, text: str, with_header: str) -> bool:
    """Our quoted mail (``text``; ``with_header`` adds its From/Subject lines) is the request
    or reminder for one of the POs answered."""
    low = with_header.lower()
    names_po = any(
        c.po_number.lower() in low or re.sub(r"\D", "", c.po_number) in re.sub(r"\D", "", low)
        for c in d.result.confirmations
        if re.sub(r"\D", "", c.po_number)
    )
    # a question wrapped over two lines ("Could you confirm quantity, price and date,\n or
    # tell us what you can offer instead?") is one question: sentences, not lines
    prose = re.sub(r"(?<!\n)\n(?!\s*\n)", " ", text)
    questions = [
        q for q in re.split(r"(?<=[.!?？。])\s+|\n", prose) if q.strip().endswith(("?", "？"))
    ]
    # a reminder's "any update on this PO?" under "… - please confirm": the answer we wait for
    reminder = bool(questions) and bool(_UPDATE.search(questions[-1]))
    asks = bool(_REQUEST.search(text)) or (reminder and bool(_REQUEST.search(with_header)))
    if questions and not (
        L.search("commit", questions[-1])
        or any(c.po_number.lower() in questions[-1].lower() for c in d.result.confirmations)
        or reminder
    ):
        return False  # the last thing we asked was something else ("returnable totes?")
    return names_po and asks


def _says_something(c: Claim, pl: POLine) -> bool:
    """Whether a claim adds to a bare assent: a commitment that is more than "Yes", or a
    statement that names a field or gives a date, a price or one of the line's numbers.
    "Yes, 3.1 certs are standard" answers a question about certificates: its number is
    about something else, and the assent stays bare."""
    if c.act != "change" or c.fields:
        return True
    own = {pl.quantity, pl.unit_price}
    return any(v.kind != "number" or v.value in own for v in c.values)


# "Ok", "Yes", a thumbs-up: an answer that agrees, but may only acknowledge the mail
_OK_ONLY = compile_re(
    r"(?:ok(?:ay|ey|i)?|k|yes|yep|yeah|ja|jo|oui|s[ií]|tak|ano|igen|evet|da|да|так|sim|はい"
    r"|好的?|네|예|vâng|[\U0001F44D\U0001F44C\u2705\u2714\u2611\U0001F197]\ufe0f?"
    r"|[\U0001F3FB-\U0001F3FF]|[\s.!,;:\-])+",
    re.IGNORECASE,
)


def _only_ok(text: str) -> bool:
    """Nothing but an OK or a yes, with courtesy words ("Ok 👍", "yes, thanks")."""
    rest = L.pattern("courtesy").sub(" ", text)
    return bool(rest.strip()) and _OK_ONLY.fullmatch(rest.strip()) is not None


def bare_assent(d: Decision) -> list[str]:
    """A bare "Yes"/"OK"/"Agreed" counts only when it answers our request for that PO."""
    firm: list[Claim] = []
    for po, pl, ln in d.lines():
        firm += [c for c in covering(d, po, ln.line) if c.firm and _says_something(c, pl)]
    if not firm or not all(c.assent_only for c in firm):
        return []
    # an inline "OK" stands next to what it agrees to, "1 - OK" names its line
    only_ok = all(
        c.segment_kind == "body" and c.scope == ORDER and _only_ok(c.clause.text) for c in firm
    )
    ok_reason = [
        f"'{_clip(firm[0].clause.text, 40)}' is a bare OK: it may say no more than that our "
        "request was received"
    ]
    quoted = latest_quoted(d.msg.quoted_text)
    if quoted.strip():
        if _asks_for_confirmation(d, quoted, latest_quoted(d.msg.quoted_text, with_header=True)):
            return ok_reason if only_ok else []
        words = _clip(firm[0].clause.text, 40)
        return [
            f"'{words}' is a bare assent, and the mail it answers is not our request to confirm "
            "this PO: what it agrees to is unclear"
        ]
    threaded = {i for i in [*d.msg.in_reply_to, *d.msg.references] if i}
    if any(threaded & set(po.request_message_ids) for po in d.pos.values()):
        return ok_reason if only_ok else []
    return [
        f"'{_clip(firm[0].clause.text, 40)}' is a bare assent that answers no request of ours "
        "for this PO"
    ]


# ------------------------------------------------------------------ reference elsewhere

_TO_ATTACHMENT = compile_re(
    r"attach|enclos|anhang|anlage|pièce jointe|ci-joint|adjunt|allegat|bijlage|bijgevoegd|załącz|přílo|anexo|附件"
    r"|ekte|ekli|melléklet|bifoga|vedhæft|vedlag|ata[șş]a|anexat|添付|첨부|liite|συνημμέν|đính kèm|príloh"
    # Estonian, Latvian, Lithuanian, the South Slavic languages, Russian, Bulgarian, Ukrainian
    r"|manus|pielikum|priede|prisegt|prilog|приложен|вложен|вкладен"
    # Finnish "liitteenä", Indonesian and Malay "terlampir", "dilampirkan", Hebrew, Arabic,
    # Thai, Hindi, Bulgarian, Russian and Ukrainian "attached"
    r"|liitt|lampir|מצורף|מצ״ב|مرفق|แนบ|संलग्न|прикач|прикреп|прикріп",
    re.IGNORECASE,
)
_TO_BELOW = compile_re(
    r"below|unten|ci-dessous|abajo|sotto|hieronder|poniżej|níže|abaixo|见下"
    r"|aşağıda|alább|lentebb|nedan|nedenfor|mai jos|下記|以下|아래|alla|alempana|παρακάτω|bên dưới|nižšie"
    r"|spodaj|ispod|niže|dole|(?<!hier)onder",
    re.I,
)


def reference_elsewhere(d: Decision) -> list[str]:
    """A commitment whose values live in words that are not the supplier's own new text.

    "see attached" counts when an attachment was read; "see below" when the supplier's own
    words follow; "per Mark's dates", "as discussed" never: a human reads those.
    """
    reasons = []
    readable = any((a.text or a.rows) and not a.error for a in d.msg.attachments)
    seen: set[str] = set()
    for po, _pl, ln in d.lines():
        for c in d.claims_of(po):
            if not c.covers(ln.line):
                continue
            refs = [w for check, w in c.checks if check == "reference_elsewhere"]
            if not refs or c.clause.text in seen:
                continue
            seen.add(c.clause.text)
            words = next(
                (w for w in refs if not _reference_read(d, c, w, readable, po.supplier.locale)),
                None,
            )
            if words is None:
                continue
            if _above(words):
                # "위와 같이 확정합니다" confirms what the supplier wrote above; "consegna come
                # sopra" gives a field the value of a line above, which is for a person to pick
                if words.lower() in c.clause.text.lower() and _names_field(c.clause.text):
                    reasons.append(
                        f"'{_clip(c.clause.text)}' gives a value as the one above ('{words}'): "
                        "which one is for a human to read"
                    )
                continue
            reasons.append(
                f"'{_clip(c.clause.text)}' refers to content that is not the supplier's own new "
                f"text ('{words}'): a human must read it"
            )
    return reasons


def _above(words: str) -> bool:
    """The reference is to the supplier's own words above ("as above", "wie oben")."""
    return L.pattern_unmarked("reference_elsewhere", "above").fullmatch(words) is None


def _names_field(text: str) -> bool:
    return bool(P.PRICE_WORDS.search(text) or P.QTY_WORDS.search(text) or P.DATE_WORDS.search(text))


def _reference_read(d: Decision, c: Claim, words: str, readable: bool, locale: str) -> bool:
    """The content the reference points to is read, or the reference only says where a
    value the supplier wrote comes from."""
    return bool(
        (_TO_ATTACHMENT.search(words) and readable)
        or (_TO_BELOW.search(words) and _own_words_after(d, c, words))
        or _aside_reference(c.clause.sentence, words)
        or _value_follows(c.clause.sentence, words, locale)
        or _value_precedes(c.clause.sentence, words, locale)
    )


_BRACKETED = compile_re(r"\([^()]*\)")
_VALUE_END = compile_re(r"\d(?:[.,]\d+)?\s*(?:[^\W\d_]{1,6}\.?|[€$£¥])?\s*$")


def _value_follows(sentence: str, words: str, locale: str) -> bool:
    """The reference is followed by the amount it names ("al prezzo di listino 2027 di
    € 28,50 a bottiglia", "at our list price of USD 48.00"): the value is the supplier's own
    words, and the reference only says where it comes from."""
    from agent.reading.numbers import price_hits

    at = sentence.lower().find(words.lower())
    if at < 0:
        return False
    window = sentence[at + len(words) : at + len(words) + 30]
    return any(h.start <= 20 for h in price_hits(window, locale))


def _value_precedes(sentence: str, words: str, locale: str) -> bool:
    """The reference trails the amount it explains ("o preço correto é 0,0875 € por unidade,
    conforme a nossa proposta P-2611/27"): only the amount's unit stands between, no word of
    another field ("EUR 4.35, delivery as per our quotation" refers the date elsewhere)."""
    from agent.reading.numbers import price_hits

    at = sentence.lower().find(words.lower())
    if at < 0:
        return False
    window = sentence[max(0, at - 40) : at]
    hits = price_hits(window, locale)
    if not hits:
        return False
    gap = window[hits[-1].end :]
    return len(gap) <= 25 and not _names_field(gap) and not re.search(r"\d", gap)


def _aside_reference(sentence: str, words: str) -> bool:
    """The reference stands only in a bracketed aside of a sentence whose own words carry
    the values ("400 sekker à kr 62,00 (ny pris fra 1. mars, se vedlagte prisliste),
    levering 6. april"): it says where the price comes from, not where to read it."""
    low = words.lower()
    asides = [m for m in _BRACKETED.finditer(sentence) if low in m.group(0).lower()]
    # the aside follows the value it explains ("kr 62,00 (ny pris ...)"), not a field name
    # whose value it holds ("line 2 price (see attached quote)")
    if not asides or not all(_VALUE_END.search(sentence, 0, m.start()) for m in asides):
        return False
    return low not in _BRACKETED.sub(" ", sentence).lower()


def _own_words_after(d: Decision, claim: Claim, words: str) -> bool:
    """The supplier's own words after the reference carry values ("see below: line 1 ...")."""
    seg = d.segments[claim.clause.span.segment]
    low = seg.text.lower()
    at = low.rfind(words.lower(), 0, claim.clause.span.end)
    if at < 0:
        at = low.find(words.lower(), claim.clause.span.start)
    rest = seg.text[at + len(words) :] if at >= 0 else ""
    later = d.segments[claim.clause.span.segment + 1 :]

    def valued(text: str) -> bool:
        # an order's number ("níže posílám odpověď … k objednávce 4500012345") is no value
        for number in (*d.pos, *d.all_pos):
            text = text.replace(number, " ")
        return bool(re.search(r"\d", text))

    # answers typed into our quoted request ("ok", "nee" under its rows) are the supplier's
    # own words below, values or not
    return valued(rest) or any(
        s.kind == "inline" or (s.kind == "body" and valued(s.text)) for s in later
    )


# ------------------------------------------------------------------ body vs attachment


def body_vs_attachment(d: Decision) -> list[str]:
    """The mail text and an attachment (or a table row) that state different dates for a line.

    The text says a date by writing it, or by committing to the date field without one
    ("delivery as requested": the PO's date); the attachment by a row or a line of its own.
    """
    reasons = []
    assert d.msg.date is not None
    today = d.msg.date.date()
    for po, pl, ln in d.lines():
        body: set[date] = set()
        attached: set[date] = set()
        for c in d.claims_of(po):
            if not c.firm or not c.covers(ln.line):
                continue
            dates = {x for x in c.dates() if x >= today}
            if c.segment_kind in ("attachment", "table_row"):
                if c.scope != ORDER:  # an attachment's header or terms carry no line's date
                    attached |= dates
            elif dates:
                body |= dates
            elif "date" in c.fields and c.act == "commit":
                body.add(pl.requested_date)
        if body and attached and body.isdisjoint(attached):
            reasons.append(
                f"PO {po.po_number} line {ln.line}: the mail says "
                f"{', '.join(sorted(x.isoformat() for x in body))}, the attachment "
                f"{', '.join(sorted(x.isoformat() for x in attached))}: they disagree"
            )
        elif body and ln.date is not None and ln.date not in body and ln.date in attached:
            # the attachment's rows share one claim, so it holds the mail's date too; the
            # date read for the line from its row is what disagrees
            reasons.append(
                f"PO {po.po_number} line {ln.line}: the mail says "
                f"{', '.join(sorted(x.isoformat() for x in body))}, the attachment's row "
                f"{ln.date.isoformat()}: they disagree"
            )
    return reasons


def _changed_fields(pl: POLine, ln: LineConfirmation) -> list[str]:
    """The fields (date, quantity, unit_price) the line was read with values other than the PO's."""
    return [
        name
        for name, ordered in (
            ("date", pl.requested_date),
            ("quantity", pl.quantity),
            ("unit_price", pl.unit_price),
        )
        if getattr(ln, name) is not None and getattr(ln, name) != ordered
    ]


def _says_nothing_changed(c: Claim) -> bool:
    """A firm commitment with no value of its own that calls the whole of what it covers
    unchanged ("as ordered"), with no list, exception or "the others" after it."""
    return (
        c.act == "commit"
        and c.firm
        and not c.values
        and not P.ANNOUNCES_DETAILS.search(c.clause.sentence)
        and not P.OTHERS.search(c.clause.sentence)
    )


def as_ordered_vs_attachment(d: Decision) -> list[str]:
    """ "Vi bekræfter ordre … som bestilt - se vedhæftede ordrebekræftelse" above an attached
    acknowledgment that prints another price or date for a line: the mail's words say nothing
    changed, the document says something did, and neither says which holds."""
    reasons = []
    for po, pl, ln in d.lines():
        claims = covering(d, po, ln.line)
        said = [
            c
            for c in claims
            if c.segment_kind not in ("attachment", "table_row")
            and _says_nothing_changed(c)
            and not c.fields
            and (P.STRONG_CLAIM.search(c.clause.text) or L.search("unchanged", c.clause.text))
            # "the other items as ordered" leaves the lines named elsewhere out
            and not L.search("rest_of_order", c.clause.sentence)
        ]
        if not said:
            continue
        attached = [
            c for c in claims if c.segment_kind in ("attachment", "table_row") and c.scope != ORDER
        ]
        for name in _changed_fields(pl, ln):
            value = getattr(ln, name)
            if any(value in (c.dates() if name == "date" else c.numbers()) for c in attached):
                reasons.append(
                    f"PO {po.po_number} line {ln.line}: the mail says "
                    f"'{_clip(said[0].clause.text, 60)}', the attachment gives another "
                    f"{name.replace('unit_', '')} ({value}): which one holds is unclear"
                )
    return reasons


# an amount of money in a row: not a measure glued to its unit ("0.37kW", "2.50mm")
_AMOUNT = compile_re(
    r"(?<![\w.,])\d{1,7}(?:[.,'\u2019\u00a0 ]\d{3})*[.,]\d{2,4}(?![\w.,]?\d)(?![^\W\d_])"
)


def _row_naming(d: Decision, c: Claim, item: str) -> str | None:
    """The printed line of the supplier's document that names ``item``: the clause may run
    on into the next row ("Cust. Material: KIS-CP-125 000020 CLEVIS PIN ..."). A line that
    names our item and nothing else annotates the row printed above it."""
    if not item or c.clause.span.segment >= len(d.segments):
        return None
    seg = d.segments[c.clause.span.segment].text
    at = seg.lower().find(item.lower(), c.clause.span.start, max(c.clause.span.end, 0) or None)
    if at < 0:
        return None
    lines = seg.splitlines(keepends=True)
    pos = 0
    for i, line in enumerate(lines):
        if pos <= at < pos + len(line):
            rest = line.lower().replace(item.lower(), " ")
            if _AMOUNT.search(rest) or re.search(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", rest):
                return line.strip()
            above = [ln for ln in lines[:i] if ln.strip()]
            return above[-1].strip() if above else None
        pos += len(line)
    return None


# a count and its unit standing on their own ("1 200 m", "125 pcs"), not a code's digits
_COUNT_AND_UNIT = compile_re(r"(?<![\w.,/-])\d(?:[\d.,'\u00a0 ]*\d)?\s?[^\W\d_]{1,8}\.?(?=\s|$)")


_ROW_AMOUNT = compile_re(r"(?<![\d.,])\d{1,6}[.,]\d{2}(?![\d.,])")
_COUNT_FIRST = compile_re(r"\d{1,6}\s")


def _repeats_price_above(row: str, below: str) -> bool:
    """``below`` starts with a count and repeats an amount of ``row``, the row above it."""
    if not _COUNT_FIRST.match(below):
        return False
    above = {m.group(0) for m in _ROW_AMOUNT.finditer(row)}
    return any(m.group(0) in above for m in _ROW_AMOUNT.finditer(below))


def continuation_row_dated(d: Decision) -> list[str]:
    """An indented row right under a line's row in the supplier's document, with a count and
    a date of its own and no item of the order ("2  BK-FO-48 … 1 200 m  3,15  11.12.2026" over
    "          1 200 m  3,15  08.01.2027"): a second delivery of that line, which a result
    without a split delivery at that date does not account for."""
    reasons = []
    assert d.msg.date is not None
    # each document's pairs of a row and the indented row right under it, split once
    pairs = [
        (a, row, below)
        for a in d.msg.attachments
        for row, below in itertools.pairwise((a.text or "").splitlines())
        if below[:1].isspace() and below.strip()
    ]
    for po, pl, ln in d.lines():
        if ln.schedule or not pl.item or len(pl.item) < 3:
            continue
        item = pl.item.lower()
        for a, row, below in pairs:
            if item not in row.lower():
                continue
            if any(o.item and o.item.lower() in below.lower() for o in po.lines):
                continue
            hits, _ = find_dates(below, po.supplier.locale, d.msg.date)
            hits = [h for h in hits if h.date >= d.msg.date.date()]
            # a count with its unit, or a bare count and the row's price again ("20  17.95
            # 08/01/2027" under "2  WL-MAG-INS … 30  17.95  11/12/2026")
            with_unit = _COUNT_AND_UNIT.search(below[: hits[0].start]) if hits else None
            if (
                not hits
                or not (with_unit or _repeats_price_above(row, below.strip()))
                or L.search("effective", below)
            ):
                continue  # "Charge L2611-07, verwendbar bis …": a batch, no delivery
            if any(h.date != ln.date for h in hits):
                reasons.append(
                    f"PO {po.po_number} line {ln.line}: the row under its own in "
                    f"'{a.filename}' ('{_clip(below.strip(), 60)}') gives another count and "
                    "date: a second delivery the result does not hold"
                )
                break
    return reasons


def _sheet_rows(d: Decision) -> list[tuple[str, list[str], dict[int, str]]]:
    """Every row of the supplier's sheets (a CSV or spreadsheet, its cells apart by tabs)
    under a header with a quantity column: (file name, cells, the header's column roles)."""
    from agent.reading.extract import _classify_header

    out = []
    for a in d.msg.attachments:
        header: dict[int, str] | None = None
        for row in (a.text or "").splitlines():
            cells = row.split("\t")
            if len(cells) < 3:
                continue
            cols = _classify_header(cells, sheet=True)
            if cols and any(v.startswith("qty") for v in cols.values()):
                header = cols
            elif header is not None:
                out.append((a.filename or "", cells, header))
    return out


def sheet_quantity_disagrees(d: Decision) -> list[str]:
    """A row of the supplier's sheet that names a line by our item code and, under a quantity
    column, states another count than the result ("Confirmăm comanda: 200 buc" in the mail,
    "IS-MAG-DR | 150" in the attached system confirmation): the mail and the document
    disagree, and a person decides."""
    from agent.reading.units import same_unit

    rows = _sheet_rows(d)
    reasons = []
    for po, pl, ln in d.lines():
        if ln.status not in ("accepted", "changed") or ln.schedule or not pl.item:
            continue
        qty = Decimal(ln.quantity if ln.quantity is not None else pl.quantity)
        item = pl.item.strip().lower()
        for filename, cells, header in rows:
            if all(c.strip().lower() != item for c in cells):
                continue
            roles = {v: i for i, v in header.items()}
            at = roles.get("qty_conf", roles.get("qty"))
            uom = roles.get("uom")
            if at is None or at >= len(cells):
                continue
            if (
                uom is not None
                and uom < len(cells)
                and cells[uom].strip()
                and not same_unit(cells[uom].strip(), pl.uom)
            ):
                continue  # counted in another unit: the reading converts, or asks
            v = parse_number(cells[at].strip(), po.supplier.locale)
            if v is not None and v != qty:
                row = "\t".join(cells).strip()
                reasons.append(
                    f"PO {po.po_number} line {ln.line}: the row '{_clip(row, 60)}' "
                    f"of '{filename}' states the quantity {v.normalize():f}, the result "
                    f"{qty.normalize():f}: they disagree"
                )
                break
    return reasons


def attachment_row_disagrees(d: Decision) -> list[str]:
    """A row of the supplier's acknowledgment (attachment or table) that names one line and
    states another date or price than the result records for it.

    The result may come from the mail's words ("attached our confirmation", "as ordered"):
    a row the supplier sent with it that says otherwise is a disagreement for a human.
    """
    reasons = []
    assert d.msg.date is not None
    today = d.msg.date.date()
    for po, pl, ln in d.lines():
        if ln.schedule:
            continue
        for c in d.claims_of(po):
            if (
                not c.firm
                or c.segment_kind not in ("attachment", "table_row")
                or c.scope == ORDER
                or not c.covers(ln.line)
                or len(c.scope) != 1
            ):
                continue
            text = c.clause.text
            if pl.item and len(pl.item) >= 3 and pl.item.lower() not in text.lower():
                continue  # a row names its line by our item code: others may be headers
            row = _row_naming(d, c, pl.item or "")
            if row is None:
                dates = {x for x in c.dates() if x >= today}
            else:
                text = row
                hits, _ = find_dates(row, po.supplier.locale, d.msg.date)
                dates = {h.date for h in hits if h.date >= today}
            if ln.date is not None and dates and ln.date not in dates:
                reasons.append(
                    f"PO {po.po_number} line {ln.line}: the row '{_clip(text, 70)}' states "
                    f"{', '.join(sorted(x.isoformat() for x in dates))}, the result "
                    f"{ln.date.isoformat()}: they disagree"
                )
                break
            amounts = [
                v
                # the line's own item and description tokens ("Motor 0.37kW") are no amounts
                for m in _AMOUNT.finditer(mask_codes(text, line_number_tokens(pl)))
                if (v := parse_number(m.group(0), po.supplier.locale)) is not None
            ]
            price = ln.unit_price
            qty = ln.quantity or pl.quantity
            # the row's amount may be per 10/100/1000 units, or the line total
            fits = [price * k for k in (1, 10, 100, 1000)] + [price * qty] if price else []
            if (
                price is not None
                and amounts
                and not any(abs(a - f) <= Decimal("0.00001") for a in amounts for f in fits)
            ):
                reasons.append(
                    f"PO {po.po_number} line {ln.line}: the row '{_clip(text, 70)}' states the "
                    f"price(s) {', '.join(str(a) for a in amounts)}, the result {price}: they disagree"
                )
                break
    return reasons


# ------------------------------------------------------------------ splits


def split_unaccounted(d: Decision) -> list[str]:
    """A split or partial statement about a line that the result does not account for.

    "thirty-five ship by 15 Dec, the other five in January" with no split delivery in the
    result is review; "only 80, we decline the remaining 20" is accounted for by 80.
    """
    reasons = []
    for po, pl, ln in d.lines():
        if ln.schedule:
            continue
        qty = ln.quantity if ln.quantity is not None else pl.quantity
        for c in d.claims_of(po):
            if not c.covers(ln.line) or c.scope == ORDER or not L.search("split", c.clause.text):
                continue
            if (
                L.search("decline", c.clause.text)
                or c.act == "decline"
                # "решту 60 пар, на жаль, не зможемо.": the refusal in the rest's own sentence
                or (
                    L.search("decline", c.clause.sentence)
                    and not any(v.kind in ("date", "vague") for v in c.values)
                )
            ):
                # the remainder is cancelled: the quantity says what is left, unless the
                # result kept the whole of it ("الكمية المتوفرة 150 متراً فقط …، ولا يمكننا
                # توريد الكمية المتبقية" read at the ordered 200)
                counts = [n for n in c.numbers() if 0 < n < pl.quantity]
                if qty == pl.quantity and any(a + b == pl.quantity for a in counts for b in counts):
                    reasons.append(
                        f"PO {po.po_number} line {ln.line}: '{_clip(c.clause.text)}' refuses part "
                        f"of the line, but the result keeps the whole quantity ({qty})"
                    )
                    break
                continue
            dated = [x for x in c.dates() if ln.date is None or x != ln.date] or c.vague_dates()
            nums = [n for n in c.numbers() if n > 0]
            if dated:
                reasons.append(
                    f"PO {po.po_number} line {ln.line}: '{_clip(c.clause.text)}' splits the line, "
                    "but the result has no split delivery"
                )
                break
            # "only 20, the remaining 20 in week 13": a remainder still to come, unless the
            # words hold it back ("we can't commit to the remaining 400")
            left = (qty, pl.quantity - qty) if L.search("hedge", c.clause.text) else (qty,)
            if c.own_scope and nums and not any(n in left for n in nums):
                reasons.append(
                    f"PO {po.po_number} line {ln.line}: '{_clip(c.clause.text)}' leaves part of the "
                    f"quantity unaccounted (the result says {qty})"
                )
                break
    return reasons


# ------------------------------------------------------------------ unaccounted dates


def _negated(d: Decision, c: Claim, start: int, end: int | None = None) -> bool:
    """The words just before a value say it is not the commitment ("instead of", "won't make",
    "your order of"); for a date, given its ``end``, the words beside it may say it will not
    be met ("Den 18.12. schaffen wir leider nicht", "12月15日に間に合いません")."""
    seg = d.segments[c.clause.span.segment]
    before = seg.text[c.clause.span.start : start]
    return bool(
        # "avec la livraison du 17/12/2026": a delivery's day, not a document's ("of", "du")
        (P.NOT_A_COMMITMENT_BEFORE.search(before) and not P.delivery_of_before(before))
        or P.DENIED_BEFORE.search(before)
        or P.shelf_life_before(before, len(before))
        or (end is not None and P.date_missed(seg.text, start, end))
        # "teslim tarihi 18.12.2026 yerine 11.01.2027": the old value its new one replaces
        or (end is not None and P.replaced_value(before, seg.text[end : end + 30]))
    )


def _before(d: Decision, c: Claim, start: int) -> str:
    seg = d.segments[c.clause.span.segment]
    return seg.text[c.clause.span.start : start]


def _after(d: Decision, c: Claim, v: Value) -> str:
    """The words after a value up to its clause's end or the clause's next date."""
    seg = d.segments[c.clause.span.segment]
    nxt = min(
        (w.span.start for w in c.values if w.kind == "date" and w.span.start >= v.span.end),
        default=c.clause.span.end,
    )
    return P.words_after(seg.text, v.span.end, min(nxt, c.clause.span.end))


def _date_kind(d: Decision, c: Claim, v: Value) -> str:
    """What the words around a date in its clause make of it, as the extraction reads it."""
    return P.date_kind(_before(d, c, v.span.start), _after(d, c, v))


def _ship_date(d: Decision, c: Claim, v: Value) -> bool:
    """The words saying what a date is, in its clause, are a ship word ("ETD Ningbo: 18 Dec",
    "dispatched from the port on 04/12", "2026年12月5日青岛港开船")."""
    return _date_kind(d, c, v) == "ship"


def _closure_date(d: Decision, c: Claim, start: int) -> bool:
    """A date of a closure notice ("Christmas shutdown (from 21/12 to 03/01)", "Last despatch
    22/12") in its own sentence, or of making the goods in its own clause ("Produktion ab KW
    49")."""
    seg = d.segments[c.clause.span.segment]
    return P.closure_before(_before(d, c, start)) or P.production_clause(seg.text, start)


def _whole_order_delivery(
    d: Decision, c: Claim, v: Value, po: OpenPO, dates_of: dict[tuple[str, int], set[date]]
) -> bool:
    """ "Potvrzujeme objednávku …, dodání 14.12.2026." over a system table that puts every
    line on 28.12.: the one date of a sentence about the whole order, right after its
    delivery word, that no line of the order carries, is no ship date before theirs."""
    if c.scope != ORDER or not P.date_word_just_before(_before(d, c, v.span.start)):
        return False
    if _date_kind(d, c, v) != "delivery" or v.value in (
        x for pl in po.lines for x in dates_of[(po.po_number, pl.line)]
    ):
        return False
    assert d.msg.date is not None
    hits, _ = find_dates(c.clause.sentence, po.supplier.locale, d.msg.date)
    return len(hits) == 1


def _of_the_goods_coming(text: str) -> bool:
    return bool(P.DELIVERY_WORDS.search(text) or P.SHIP_WORDS.search(text))


def unaccounted_dates(d: Decision) -> list[str]:
    """A future date in a commitment covering a line that the result does not carry.

    Carried: the result's date and splits, a ship or goods-receipt date up to three weeks
    before a date the result read from the supplier's words (a date its words call a ship
    date, any time before), a calendar week's other days, a date the words themselves negate
    ("instead of 12/15", "won't make 12/11") and the dates of a closure notice.
    """
    reasons = []
    assert d.msg.date is not None
    today = d.msg.date.date()
    dates_of = {
        (po.po_number, ln.line): {x for x in (ln.date, *(s.date for s in ln.schedule)) if x}
        for po, _pl, ln in d.lines()
    }
    evidence_of = {(po.po_number, ln.line): ln.evidence or "" for po, _pl, ln in d.lines()}

    def anothers(po: OpenPO, line: int, c: Claim, x: date) -> bool:
        """A clause naming no line that the reading took, with its date, as another line's
        own words (the third item of a list answered in order) and not as this line's."""
        text = c.clause.text.strip()
        if c.scope != ORDER or len(text) < 8 or text in evidence_of[(po.po_number, line)]:
            return False
        return any(
            n != line and x in dates_of[(p, n)] and text in ev
            for (p, n), ev in evidence_of.items()
            if p == po.po_number
        )

    for po, _pl, ln in d.lines():
        carried = dates_of[(po.po_number, ln.line)]
        every = covering(d, po, ln.line)
        cover = [c for c in every if c.firm]
        # "ships 3/9, est. delivery 3/12": a hedged date the result carries still places a
        # ship date before it
        read = {x for c in every for x in c.dates()} & carried
        for c in cover:
            if c.segment_kind != "body":
                continue
            # "Lines 2 and 3 … on 4 and 11 December respectively": the other lines' dates
            # are theirs
            mine = carried
            if c.scope != ORDER and P.RESPECTIVELY.search(c.clause.text):
                mine = carried.union(
                    *(dates_of.get((po.po_number, n), set()) for n in c.scope)  # type: ignore[union-attr]
                )
            loose = []
            for v in c.values:
                x = v.value
                if v.kind != "date" or v.effective or not isinstance(x, date):
                    continue
                # a day said relative to the mail counts in the line's own words only
                # ("Displays: 50 pcs, also tomorrow."), a count of weeks or days from the
                # mail anywhere the words speak of the goods' coming ("ürünler 3 hafta sonra
                # deponuzda olacaktır"; not "tell us of deviations within 3 days")
                relative_own = v.form == "relative" and (
                    (c.own_scope and c.scope != ORDER)
                    or (counted(v.text) and _of_the_goods_coming(c.clause.text))
                )
                if (
                    (v.form not in ("explicit", "yearless", "kw") and not relative_own)
                    or x <= today
                    or x in mine
                ):
                    continue
                if _orders_own_date(po, x):
                    continue  # "uw order 4500 033 107 van 2 maart": the order's own date
                if any(
                    timedelta(0) <= (k - x) <= timedelta(days=21) for k in read
                ) and not _whole_order_delivery(d, c, v, po, dates_of):
                    continue
                # "Dienstag, KW 50", "KW 2, Mittwoch 13.01.": the week's day the result
                # carries; not a day written out in another sentence, of other goods ("… per
                # al dimecres 13 de gener. L'escala …, la setmana 2": a week of its own)
                beside = {
                    w.value
                    for cc in every
                    if cc.clause.sentence == c.clause.sentence
                    for w in cc.values
                    if w.kind == "date" and w is not v
                }
                elsewhere = {
                    w.value
                    for cc in every
                    if cc.clause.sentence != c.clause.sentence
                    for w in cc.values
                    if w.kind == "date" and w.form in ("explicit", "yearless")
                }
                if v.form == "kw" and any(
                    k.isocalendar()[:2] == x.isocalendar()[:2]
                    and (k in beside or k not in elsewhere)
                    for k in carried
                ):
                    continue
                if _negated(d, c, v.span.start, v.span.end) or _closure_date(d, c, v.span.start):
                    continue
                if anothers(po, ln.line, c, x):
                    continue
                if _ship_date(d, c, v) and any(x <= k for k in read):
                    continue  # "dispatched 04/12 ... ETA 08/01": the ship date before the delivery
                loose.append(x)
            if loose:
                reasons.append(
                    f"PO {po.po_number} line {ln.line}: '{_clip(c.clause.text)}' names "
                    f"{loose[0].isoformat()}, which the result does not account for"
                )
                break
    return reasons


def unaccounted_prices(d: Decision) -> list[str]:
    """An amount of money stated for a line that is neither the result's price (per 1, 100 or
    1000, or after a stated percentage) nor the line's total: "Preis 11,60 PE 100 ST" left at
    the PO's price is review."""
    reasons = []
    for po, pl, ln in d.lines():
        price = ln.unit_price if ln.unit_price is not None else pl.unit_price
        qty = ln.quantity if ln.quantity is not None else pl.quantity
        about = sentences_of_line_only(d.claims_of(po), ln.line)
        for c in d.claims_of(po):
            if not c.firm or not c.covers(ln.line) or not c.own_scope:
                continue
            if P.TAX_OR_TOTAL.search(c.clause.text):
                continue  # an order total or tax, not the line's price
            latest = max(x.requested_date for x in po.lines)
            if later_only(c.clause.sentence, latest, po.supplier.locale, d.msg.date):
                continue  # "à compter du 1er février 2027, le prix … passera à": later orders'
            amounts = [v.value / (v.per or 1) for v in c.values if isinstance(v.value, Decimal)]
            if any(abs(a - price) <= Decimal("0.00005") for a in amounts) or any(
                abs(v.value - price * k) <= Decimal("0.005")
                for v in c.values
                if isinstance(v.value, Decimal)
                for k in (100, 1000)
            ):
                continue  # the price read is there: other amounts are totals, old prices, tax
            for v in c.values:
                if v.kind != "price" or not isinstance(v.value, Decimal) or v.value <= 0:
                    continue
                if _negated(d, c, v.span.start) or _index_in_aside(d, c, v, pl, po):
                    continue
                got = v.value / (v.per or 1)
                explained = [price, price * qty, pl.unit_price, pl.unit_price * pl.quantity]
                if any(x in explained for x in pack_priced(c, pl, po.supplier.locale, about)):
                    continue  # '£105.00 per bag' of '20 bags x 25 kg': 4.20 per kg
                if any(abs(got - e) <= Decimal("0.005") for e in explained):
                    continue
                if any(abs(v.value - price * k) <= Decimal("0.005") for k in (100, 1000)):
                    continue
                reasons.append(
                    f"PO {po.po_number} line {ln.line}: '{_clip(c.clause.text)}' states "
                    f"{v.text or v.value}, which is neither the price read ({price}) nor the line total"
                )
                break
    return list(dict.fromkeys(reasons))


# a number written with cents ("335,00", "1.850,00", "18.90"), not a measure's ("2,50 kg")
_CENTS = compile_re(r"\d[.,]\d{2}$")
_DAY_MONTH = compile_re(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])")
_MEASURE_AFTER = compile_re(
    rf"\s?(?:{MEASURE_WORDS}|v|w|kw|a|ah|mah|bar|psi|nm|°c?|%|[\"″”'′×x])(?![^\W\d_])",
    re.IGNORECASE,
)


def unread_amounts(d: Decision) -> list[str]:
    """A number with cents in a line's own firm words, in a language no lexicon holds, which
    no currency marks as money and the result does not account for ("2. გასაღებების კარადა –
    2 ც., ფასი 335,00, მიწოდება 28 დეკემბერს" read with the PO's 320.00): with no words to
    tell a price from a size, an amount went unread, so the price is review. (In a language
    the reading knows, its price words and the other checks speak for such a number.)"""
    reasons = []
    for po, pl, ln in d.lines():
        if ln.status not in ("accepted", "changed"):
            continue
        if L.language_of(po.supplier.locale) in L.read_languages():
            continue
        price = ln.unit_price if ln.unit_price is not None else pl.unit_price
        qty = ln.quantity if ln.quantity is not None else pl.quantity
        explained = {
            price,
            pl.unit_price,
            price * qty,
            pl.unit_price * pl.quantity,
            price * 100,
            price * 1000,
            qty,
        }
        for c in d.claims_of(po):
            if not c.firm or not c.own_scope or not c.covers(ln.line):
                continue
            if P.TAX_OR_TOTAL.search(c.clause.text):
                continue
            priced = {v.value for v in c.values if v.kind == "price"}
            for v in c.values:
                if v.kind != "number" or not isinstance(v.value, Decimal):
                    continue
                if not _CENTS.search(v.text):
                    continue
                if _DAY_MONTH.fullmatch(v.text):
                    continue  # "(с 01.11 …)": a day and its month
                if v.value in priced or any(
                    abs(v.value - e) <= Decimal("0.005") for e in explained
                ):
                    continue
                after = d.segments[c.clause.span.segment].text[v.span.end : v.span.end + 12]
                if _MEASURE_AFTER.match(after) or _token_in_descriptions(v.text, po):
                    continue
                if _negated(d, c, v.span.start):
                    continue
                reasons.append(
                    f"PO {po.po_number} line {ln.line}: '{v.text}' in '{_clip(c.clause.text)}' "
                    f"reads as an amount, but no currency marks it and the result does not "
                    f"account for it (price {price})"
                )
                break
    return list(dict.fromkeys(reasons))


def _index_in_aside(d: Decision, c: Claim, v: Value, pl: POLine, po: OpenPO) -> bool:
    """ "(DEL-Notiz 1.012,45 €/100 kg vom 13.11.)" in the cause of a cable's price change: an
    index quoted in an aside, per a unit the line is not counted in, is no price of the line."""
    from agent.reading.extract import _in_aside
    from agent.reading.numbers import price_hits
    from agent.reading.units import same_unit

    hits = price_hits(v.text, po.supplier.locale) if v.text else []
    if not hits or not hits[0].unit or same_unit(hits[0].unit, pl.uom):
        return False
    seg = d.segments[c.clause.span.segment]
    clause = seg.text[c.clause.span.start : c.clause.span.end]
    return _in_aside(clause, v.span.start - c.clause.span.start)


# "our formal order confirmation will follow": a document promised, not a value left open
_DOCUMENT = compile_re(
    r"\b(?:(?:order )?confirmation|acknowledg\w*|OA|AB|auftragsbestätigung|bestätigung|ERP|accusé"
    r"|confirmación|conferma d'ordine|orderbevestiging|potvrzení)\b",
    re.IGNORECASE,
)
# so is a shipment's tracking or waybill number ("номер ТТН повідомимо в день відвантаження"),
# when no price or quantity is promised with it
_TRACKING = compile_re(
    r"\b(?:tracking(?: number| no\.?| details| link)?|waybill|AWB|ТТН|трек-?номер\w*|накладн\w*"
    r"|sendungsnummer|trackingnummer|numéro de suivi|número de seguimiento|numero di tracking"
    r"|track ?(?:&|and) ?trace)\b",
    re.IGNORECASE,
)


def promised_later(d: Decision) -> list[str]:
    """A value promised for later ("pricing to follow", "Liefertermin folgt") about a line the
    result confirms: that part of the line is not confirmed yet."""
    reasons = []
    for po, _pl, ln in d.lines():
        for c in d.claims_of(po):
            if (
                c.act == "promise_later"
                and c.covers(ln.line)
                and not _DOCUMENT.search(c.clause.text)
                and not (_TRACKING.search(c.clause.text) and not c.fields & {"price", "quantity"})
                # "les certificats d'analyse suivront avec la marchandise": papers to follow
                and not P.of_paperwork(c.clause.text)
            ):
                reasons.append(
                    f"PO {po.po_number} line {ln.line}: '{_clip(c.clause.text)}' promises an "
                    "answer for later: the line is not confirmed yet"
                )
                break
    return reasons


# words of billing, in the lexicon languages and beyond
_BILLED = compile_re(
    r"invoic\w*|\bbill(?:ed|ing)?\b|factur\w*|faktur\w*|rechnung\w*|berechne\w*|fatur\w*"
    r"|сч[её]т\w*|рахун\w*|számláz\w*|fattur\w*|請求|开票|開票|发票|發票|청구|hóa đơn|invois\w*"
    r"|חשבונית|فاتورة|فوترة",
    re.IGNORECASE,
)


def price_at_exchange_rate(d: Decision) -> list[str]:
    """ "Beloppen räknas om från era EUR-priser till dagskursen": the price is to be turned into
    another currency at a rate, so no price in the PO's currency is committed; a person
    decides. (Only a line the result gives a price: a refused line has none.)"""
    reasons = []
    for po in {po.po_number: po for po, _pl, ln in d.lines() if ln.unit_price}.values():
        for c in d.claims_of(po):
            if c.elsewhere:
                continue
            m = P.DAY_RATE.search(c.clause.text) or (
                # "amounts are invoiced at the exchange rate": a rate, a bill, no price given
                None
                if any(v.kind == "price" for v in c.values) or not _BILLED.search(c.clause.sentence)
                else P.EXCHANGE_RATE.search(c.clause.text)
            )
            if m:
                reasons.append(
                    f"PO {po.po_number}: '{_clip(c.clause.text)}' converts the price at a rate "
                    f"('{m.group(0)}'): no price in the PO's currency is committed"
                )
                break
    return reasons


def split_order(d: Decision) -> list[str]:
    """ "We will ship the order in two parts" with no split delivery in the result."""
    if any(ln.schedule for _po, _pl, ln in d.lines()):
        return []
    for po in {po.po_number: po for po, _pl, _ln in d.lines()}.values():
        for c in d.claims_of(po):
            if c.scope != ORDER or c.elsewhere or not L.search("split", c.clause.text):
                continue
            if P.ALL_LINES.search(c.clause.text) or L.search("decline", c.clause.text):
                continue  # "the rest as ordered": the other lines, not a split
            if L.pattern_unmarked("payment_terms", "invoice").search(c.clause.sentence):
                continue  # "đặt cọc 30%, phần còn lại trước khi giao": the rest of the money
            return [
                f"'{_clip(c.clause.text)}' splits the delivery, but the result has no split "
                "delivery"
            ]
    return []


# "+4,5 %", "3%": a share the supplier states. Not a price change when it is about payment
# terms, tax, a deposit or a tolerance ("2 % Skonto", "VAT 20 %", "±10 %", "100 % inspected").
# The words that take something into the price ("inkl.", "including"): a tax, a surcharge
_INCLUDING = r"inkl\w*|incl\w*|inclu\w*|including|inclusive|einschl\w*"
_PERCENT = compile_re(r"(?<![\w.,])([+-]?\d{1,2}(?:[.,]\d{1,3})?)\s?%")
_NOT_A_PRICE_SHARE = compile_re(
    # payment terms in every lexicon language ("30% 预付", "T/T 30% đặt cọc", "2 % Skonto"),
    # then word stems, from the start of a word; abbreviations as whole words only: "ust" is
    # also inside "ajustare", "tax" inside "taxonomy", "iva" inside "derivative"
    rf"(?<![^\W\d_])(?:{'|'.join(L.bounded_and_bare('payment_terms'))})(?![^\W\d_])"
    r"|\b(?:pay|zahl|bezahl|steuer|impuesto|tol[eé]ran|humidity|feucht|moisture|efficien|yield|"
    r"ausbeute|recycl|content|gehalt|teneur|contenido|alcohol|solids)"
    r"|\b(?:net|vat|gst|hst|pst|mwst|ust|tva|iva|btw|dph|tax|áfa|kdv|moms)\b"
    r"|±|\+/-|over ?/ ?under",
    re.IGNORECASE,
)


def _near(a: Decimal, b: Decimal) -> bool:
    """Equal up to the rounding a supplier applies to a price (0.05 %, or 0.00005)."""
    return abs(a - b) <= abs(b) * Decimal("0.0005") + Decimal("0.00005")


def _in_descriptions(percent: str, po: OpenPO) -> bool:
    """The percentage is one the PO's own item descriptions state ("1%", "99,9 %")."""
    digits = re.sub(r"[^\d.,]", "", percent).replace(",", ".").strip(".")
    return any(
        re.sub(r"[^\d.,]", "", x).replace(",", ".").strip(".") == digits
        for pl in po.lines
        for x in _PERCENT_ANY.findall(pl.description or "")
    )


_PERCENT_ANY = compile_re(r"\d+(?:[.,]\d+)?\s?%")


def _tax_share(text: str, start: int, end: int) -> bool:
    """The percentage at ``start:end`` is a tax's rate: a tax word right before or after it
    (a few characters apart), not anywhere in its sentence ("+3 % surcharge, plus VAT"). The
    window takes in the longest tax word ("ภาษีมูลค่าเพิ่ม 7%", "Mehrwertsteuer 19 %")."""
    before = text[max(0, start - 24) : start]
    after = text[end : end + 24]
    tax = L.pattern("tax")
    return any(m.end() >= len(before) - 4 for m in tax.finditer(before)) or any(
        m.start() <= 4 for m in tax.finditer(after)
    )


def _specification_aside(text: str, pos: int) -> bool:
    """``pos`` stands in brackets that say nothing of a price ("24 t startera (sirovi proteini
    21 %)"), unlike "(+3 % Energiezuschlag)"."""
    opened = text.rfind("(", 0, pos)
    if opened < 0 or text.rfind(")", 0, pos) > opened:
        return False
    if any(ch in "+-−" for ch in text[max(0, pos - 2) : pos + 1]):
        return False  # "(+6%)": a change, wherever its words stand
    closed = text.find(")", pos)
    inside = text[opened : closed if closed >= 0 else len(text)]
    # the price's words may stand outside the bracket ("passen wij onze prijzen aan (6 %)")
    return not any(
        rx.search(inside) or rx.search(text[:opened])
        for rx in (L.pattern("surcharge"), P.SURCHARGE, P.PRICE_WORDS, P.DISCOUNT)
    )


# "escompte de 2 % accordé sur le prix de votre commande": a share said to apply to the price
# is the price's, whatever word names it (Quebec's "escompte" is any discount, not only one for
# paying early)
_ON_THE_PRICE = compile_re(
    r"%[^.;:\n]{0,30}?\b(?:sur|on|auf|su|sobre|op|na|off)\s+(?:(?:le|la|les|the|den|die|il|el|"
    r"o|a|de|het|your|our|votre|vos|vo|su|ihren?)\s+)?(?:prix|price|prices|preis|preise|prezz[oi]|"
    r"precios?|preços?|prijs|prijzen|cen[ayę])\b",
    re.IGNORECASE,
)


def unaccounted_percentages(d: Decision) -> list[str]:
    """A percentage the supplier states ("+4,5 % supplemento energia", "Legierungszuschlag 3 %")
    that no confirmed line's price reflects: read as the PO's price, it would be wrong."""
    reasons = []
    done: set[str] = set()
    lines = d.lines()
    for po, _pl, _ln in lines:
        if po.po_number in done:
            continue
        done.add(po.po_number)
        mine = [(pl, ln) for p, pl, ln in lines if p.po_number == po.po_number]
        for c in d.claims_of(po):
            if c.elsewhere or (
                _NOT_A_PRICE_SHARE.search(c.clause.sentence)
                and not _ON_THE_PRICE.search(c.clause.text)
            ):
                continue
            latest = max(pl.requested_date for pl in po.lines)
            if later_only(c.clause.sentence, latest, po.supplier.locale, d.msg.date):
                continue  # a price change for later orders: not this one's
            for m in _PERCENT.finditer(c.clause.text):
                if P.quantity_percent(c.clause.text, m.start()) is not None:
                    continue  # "Menge +10 %": the quantity's change, read as such
                share = Decimal(m.group(1).replace(",", ".").lstrip("+-"))
                if not 0 < share < 50:
                    continue
                if _tax_share(c.clause.text, m.start(), m.end()):
                    continue  # "с НДС 12%", "IVA 21 %", "13%增值税": the tax, not the price
                if _in_descriptions(m.group(0), po):
                    continue  # "Resistor 10k 0805 1%": the goods' tolerance, not a price change
                if _specification_aside(c.clause.text, m.start()):
                    continue  # "(sirovi proteini 21 %)": what the goods are, said in brackets
                factors = (1 + share / 100, 1 - share / 100)
                if any(
                    ln.unit_price is not None
                    and ln.unit_price != pl.unit_price
                    and any(_near(ln.unit_price, pl.unit_price * f) for f in factors)
                    for pl, ln in mine
                ):
                    continue
                reasons.append(
                    f"PO {po.po_number}: '{_clip(c.clause.text)}' states {m.group(0).strip()}, "
                    "which no confirmed price reflects"
                )
                break
    return list(dict.fromkeys(reasons))


# ------------------------------------------------------------------ as ordered, and not


_FIELD_OF = {"date": "date", "quantity": "qty", "unit_price": "price"}


_PRICE_ONLY = frozenset({"price"})


def _price_said_unchanged(c: Claim) -> bool:
    """ "po Vašim cenama" (at your prices): a clause naming the price alone as unchanged (not
    "Lieferung DAP Felixstowe gemäß Ihrer Bestellung", which speaks of the terms, not the
    date)."""
    return c.fields == _PRICE_ONLY and L.search("unchanged", c.clause.text) is not None


def as_ordered_contradicted(d: Decision) -> list[str]:
    """ "We confirm your order as ordered. Delivery: KW 4" (the PO says week 51): the words say
    nothing changed, a value says something did, and no word says which holds. A change word
    ("instead", "only", "earliest"), a "rest/except" or a field the "as ordered" leaves out
    ("price as per PO") says it; without one a person reads it."""
    reasons = []
    for po, pl, ln in d.lines():
        if ln.status != "changed":
            continue
        changed = _changed_fields(pl, ln)
        claims = covering(d, po, ln.line)
        as_ordered = [
            c
            for c in claims
            if _says_nothing_changed(c)
            and (P.STRONG_CLAIM.search(c.clause.text) or _price_said_unchanged(c))
            and not L.search("split", c.clause.sentence)
        ]
        for name in sorted(changed):
            said = [
                c
                for c in as_ordered
                if (not c.fields or _FIELD_OF[name] in c.fields)
                and (
                    name == "quantity"
                    or P.STRONG_CLAIM.search(P.IN_FULL.sub(" ", c.clause.text)) is not None
                    or _price_said_unchanged(c)
                )
            ]
            if not said:
                continue
            value = getattr(ln, name)
            givers = [
                c
                for c in claims
                if c not in said
                and (value in c.dates() if name == "date" else value in c.numbers())
            ]
            if givers and not any(L.search("change", c.clause.sentence) for c in givers):
                reasons.append(
                    f"PO {po.po_number} line {ln.line}: '{_clip(said[0].clause.text, 60)}' says "
                    f"as ordered, but '{_clip(givers[0].clause.text, 60)}' gives another "
                    f"{name.replace('unit_', '')}: which one holds is unclear"
                )
    return reasons


# the field each kind of value is of
_FIELD_OF_KIND = {"price": "price", "number": "qty", "date": "date"}


def _date_every_line_has(d: Decision, po_number: str, c: Claim) -> bool:
    """The claim gives one date and nothing else, that date is the one every line was
    ordered for, and every line of the PO's result that is not refused carries it, with no
    split: said of some lines or of all, it says the same."""
    dates = {v.value for v in c.values if v.kind == "date"}
    if len(dates) != 1 or any(v.kind != "date" for v in c.values):
        return False
    lines = [
        (pl, ln)
        for po, pl, ln in d.lines()
        if po.po_number == po_number and ln.status != "rejected"
    ]
    return bool(lines) and all(
        ln.date in dates and pl.requested_date in dates and not ln.schedule for pl, ln in lines
    )


def unnamed_subset(d: Decision) -> list[str]:
    """ "La carcasa la podemos entregar el 22/12, lo demás en fecha": "the rest" says the
    change before it is about some lines only; when that change names none we can find (the
    supplier's own word for the item), it cannot be applied to the whole order."""
    reasons = []
    for po_number in dict.fromkeys(c.po_number for c in d.result.confirmations):
        po = d.pos.get(po_number)
        if po is None or len(po.lines) < 2:
            continue
        claims = d.claims_of(po)
        rest = [
            c
            for c in claims
            if not c.values
            and c.segment_kind not in ("table_row", "attachment")
            and L.search("rest_of_order", c.clause.text)
        ]
        if not rest:
            continue
        # "ostatní ceny beze změny" (the other prices unchanged): the rest of the prices, so a
        # date said of the order is not said of some lines only
        rest_fields = frozenset().union(*(c.fields for c in rest))
        for c in claims:
            if rest_fields and not any(_FIELD_OF_KIND.get(v.kind) in rest_fields for v in c.values):
                continue
            if (
                c.act == "change"
                and c.scope == ORDER
                and not c.excluded
                and c.values
                and c.segment_kind not in ("table_row", "attachment")
                and c not in rest
                # "livraison … pour l'ensemble de la commande": said of every line in so many
                # words
                and not P.explicit_all(c.clause.text)
                # "The rest as per your PO. Delivery Fri 11 Dec.": a date every line of the
                # result carries says the same of some lines or of all
                and not _date_every_line_has(d, po_number, c)
            ):
                reasons.append(
                    f"PO {po.po_number}: '{_clip(c.clause.text)}' is said of some lines only "
                    f"('{_clip(rest[0].clause.text, 40)}' follows) and names none of them"
                )
                break
    return reasons


def day_without_month(d: Decision) -> list[str]:
    """ "We'll ship on the 17th instead of the 15th": a day with no month is the next 17th
    after the mail, but the order asked for the 15th of another month; which month the
    supplier means is a person's call."""
    reasons = []
    for po, pl, ln in d.lines():
        # the line's date and each part of a split delivery ("only 2 by the 12th, the other
        # 2 w/c 22nd March")
        for day in dict.fromkeys(x for x in (ln.date, *(s.date for s in ln.schedule)) if x):
            if day == pl.requested_date:
                continue
            forms = {
                v.form
                for c in covering(d, po, ln.line)
                for v in c.values
                if v.kind == "date" and v.value == day
            }
            if not forms or not forms <= {"ordinal"}:
                continue
            if (day.year, day.month) != (pl.requested_date.year, pl.requested_date.month):
                reasons.append(
                    f"PO {po.po_number} line {ln.line}: the day {day.day} is given without a "
                    f"month: read as {day.isoformat()}, but the order asks for "
                    f"{pl.requested_date.isoformat()}"
                )
                break
    return reasons


@cache
def _date_shape() -> re.Pattern[str]:
    """A day joined to a month's name ("11-Jan-2027", "11JAN27", "Jan-11", "11/jan"): what
    any reader takes for a date, whether or not the date rules know its form (not one that
    runs on into a word through an Indic vowel sign: "२. जुनिपर")."""
    from agent.reading.dates import _month_table

    months = "|".join(sorted(_month_table(), key=lambda k: (-len(k), k)))
    return compile_re(
        rf"(?<![\w-])(?:\d{{1,2}}\s?[-/.]?\s?(?:{months})|(?:{months})\.?\s?[-/.]\s?\d{{1,2}}(?!\d))(?![^\W\d_]|[\u0900-\u0963\u0966-\u0dff])"
        # three numbers joined by one separator ("116/03/24", "24-03-2027")
        r"|(?<![\w.,/-])\d{1,4}([./-])\d{1,2}\1\d{1,4}(?![\w/-]|[.,]\d)",
        re.IGNORECASE,
    )


# a day, a word and a year, or a year, a word and a day: "11. veebruar 2027", "2027. gada 26.
# martā", "15 ม.ค. 2570" (a month's name the rules may not know, a Buddhist year;
# "Preisliste 2027" has no day)
_YEAR_DATE = compile_re(
    r"(?<![\w.,/-])(?:\d{1,2}\.?\s*[^\W\d_][^\s\d]{2,14},?\s*((?:20|25)\d\d)(?![\w,]|\.\d)"
    r"|((?:20|25)\d\d)\.?\s*(?:[^\W\d_]+\s+)?\d{1,2}\.?\s*[^\W\d_]{3,})"
)


# two numbers that are a day and a month in either order ("25/11", "11/25")
_DAY_MONTH_PAIR = compile_re(
    r"(?<![\w.,/-])(?:(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01]))(?![\w/]|[.,]\d)"
    # "— 12.14." written month first where the day comes first: no amount, no measure
    r"|(?<![\w.,/€$£-])(?<![€$£]\s)(?:0?[1-9]|1[0-2])\.(?:1[3-9]|2\d|3[01])(?![\w/]|[.,]\d|\s?(?:[€$£%]|[^\W\d_]))"
)


def _clause_start(text: str, pos: int, reach: int) -> int:
    """Where the clause that ``pos`` stands in starts, at most ``reach`` characters back."""
    start = max(0, pos - reach)
    stops = [m.end() for m in re.finditer(r"[.;!?](?:\s|$)", text[start:pos])]
    return start + stops[-1] if stops else start


def _could_be_date(token: str) -> bool:
    """Three numbers ("15-15-15" is a fertiliser's grade) of which one could be a month."""
    parts = re.split(r"[./-]", token)
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return True
    return any(1 <= int(p) <= 12 for p in parts)


def _token_in_descriptions(token: str, po: OpenPO) -> bool:
    """``token`` stands as a whole in one of the PO lines' descriptions."""
    pattern = rf"(?<![\w./-]){re.escape(token)}(?![\w/-]|[.,]\d)"
    return any(re.search(pattern, ln.description or "") for ln in po.lines)


def subject_dates(d: Decision) -> list[str]:
    """A date the supplier wrote into the subject ("… please confirm / Teslim tarihi
    24.11.2026") that no line carries: our subjects hold no dates, so it is theirs, and a
    body that confirms "as ordered" does not settle which date holds."""
    subject = d.msg.subject or ""
    if d.msg.date is None or not any(c.isdigit() for c in subject):
        return []
    today = d.msg.date.date()
    carried = {x for _po, _pl, ln in d.lines() for x in (ln.date, *(s.date for s in ln.schedule))}
    for po in {po.po_number: po for po, _pl, _ln in d.lines()}.values():
        masked = _mask(subject, po)
        for h in find_dates(masked, po.supplier.locale, d.msg.date)[0]:
            if h.form not in ("explicit", "yearless", "kw") or h.date <= today:
                continue
            if h.date in carried or h.date == po.issued:
                continue
            return [
                f"PO {po.po_number}: the subject names {h.date.isoformat()} ('{h.text}'), which "
                "the result does not account for"
            ]
    return []


def unread_dates(d: Decision) -> list[str]:
    """Words shaped like a date that no date was read from, in the supplier's own words about
    an order the result confirms: a date in a form the rules do not know is never left
    behind while the lines keep the PO's dates. The whole lines a clause stands on are looked
    at, since a clause may end at the dot of a month's short name ("15 ม.ค. 2570")."""
    reasons = []
    assert d.msg.date is not None
    year = d.msg.date.year
    segments = {s.index: s.text for s in d.segments}
    confirmed = {po.po_number: po for po, _pl, _ln in d.lines()}
    for po in confirmed.values():
        claims = [c for c in d.claims_of(po) if not c.elsewhere]
        read = {v.text for c in claims for v in c.values if v.kind in ("date", "vague") and v.text}
        seen: set[tuple[int, int]] = set()
        for c in claims:
            seg = segments.get(c.clause.span.segment, "")
            start = seg.rfind("\n", 0, c.clause.span.start) + 1
            end = seg.find("\n", c.clause.span.end)
            end = len(seg) if end < 0 else end
            if (start, end) in seen:
                continue
            seen.add((start, end))
            text = _mask(seg[start:end], po)
            years = [
                m
                for m in _YEAR_DATE.finditer(text)
                if int(m.group(1) or m.group(2)) in (year, year + 1, year + 543, year + 544)
            ]
            # "delivered 25/11" where the locale's order cannot read it: a day and a month
            # after a word of delivery or shipping
            dated = [
                m
                for m in _DAY_MONTH_PAIR.finditer(text)
                if (
                    # "Shipment from our warehouse: 12.14.": the word may lead the clause
                    P.DELIVERY_WORDS.search(text, _clause_start(text, m.start(), 50), m.start())
                    or P.SHIP_WORDS.search(text, _clause_start(text, m.start(), 50), m.start())
                )
            ]
            shapes = [*_date_shape().finditer(text), *years, *dated]
            money = None
            for m in sorted(shapes, key=lambda m: m.start()):
                token = m.group(0)
                if any(token in t or t in token for t in read) or not _could_be_date(token):
                    continue
                if money is None:
                    money = [(h.start, h.end) for h in price_hits(text, po.supplier.locale)]
                if any(a <= m.start() < b for a, b in money):
                    continue  # "ரூ.68.00 - டிசம்பர் 12": an amount's cents, then the date
                if _token_in_descriptions(token, po):
                    continue  # "Gyeptrágya 20-5-8": the goods' formula, as the PO writes it
                said = " ".join(seg[start:end].split())  # as written, not as masked
                reasons.append(
                    f"PO {po.po_number}: '{_clip(said)}' writes '{token}', "
                    f"which looks like a date but was not read as one"
                )
                break
    return list(dict.fromkeys(reasons))


# ------------------------------------------------------------------ our quoted request, edited


# an arrow or a mark a supplier types beside a value it changes in our quoted table
_EDIT_MARK = compile_re(r"\S\s*(?:<-+|<=+|-+>|=+>|<<|>>|←|⟵|⇐|→)\s*\S")


def quoted_request_edited(d: Decision) -> list[str]:
    """A line of our own request, quoted back with an edit mark beside it ("2 | RUG-KERNER-25
    | ... | 36 | BAG | 19.80 | 2026-12-10   <-- kun 36 sække"): the supplier wrote its answer
    into our text, where the reader reads nothing. A person reads it."""
    quoted = d.msg.quoted_text or ""
    if not quoted.strip() or not _EDIT_MARK.search(quoted):
        return []
    reasons = []
    for po, pl, _ln in d.lines():
        if not pl.item or len(pl.item) < 4:
            continue
        item = re.compile(rf"(?<![\w-]){re.escape(pl.item)}(?![\w-])", re.IGNORECASE)
        for row in quoted.splitlines():
            found = item.search(row)
            if found and _EDIT_MARK.search(row, found.end()):
                reasons.append(
                    f"PO {po.po_number} line {pl.line}: our quoted request carries an edit "
                    f"('{_clip(' '.join(row.split()), 80)}'): a person reads it"
                )
                break
    return reasons


# the first day of a range whose month the last day names: "del 1 al 31 de diciembre", "from
# 21 to 31 December", "vom 21. bis 31.12."
_RANGE_START = compile_re(
    r"(?<![\d.,/])(\d{1,2})\.?\s*(?:al|a|to|till|until|bis|au|à|tot|do|до|по|-|–|—)\s*$",
    re.IGNORECASE,
)


# what stands between a closure's first and last day: "from 21/12 to 03/01", "del 24 al 31"
_RANGE_BETWEEN = compile_re(
    r"\s*(?:-|–|—|to|till|until|through|bis|au|al|a|à|tot|do|до|по|till och med|t\.o\.m\.)\s*"
    r"(?:(?:the|den|le|el|il)\s+)?",
    re.IGNORECASE,
)


# the days a closure notice names are ones someone works: "zwischen den Jahren … erreichbar",
# "open from 9 to 12", "abierto de 8 a 14"
_STILL_OPEN = compile_re(
    r"\b(?:erreichbar|besetzt|geöffnet|open|opened|available|reachable|abiert[oa]s?|ouverts?"
    r"|ouvertes?|apert[oi]|aberto|otevřen\w*|otwart\w*|\d{1,2}(?::\d\d)?\s*(?:uhr|h|am|pm)\b)",
    re.IGNORECASE,
)


def closed_on_delivery(d: Decision) -> list[str]:
    """ "Confirmamos la orden … entrega el 14 de diciembre" and then "nuestra bodega está
    cerrada del 1 al 31 de diciembre": a closure in the supplier's own words whose days take
    in a line's delivery date contradicts it; which holds is a person's call."""
    reasons = []
    seen: set[tuple[str, str]] = set()
    for po in d.pos.values():
        conf = {
            ln.line: ln
            for c in d.result.confirmations
            if c.po_number == po.po_number
            for ln in c.lines
        }
        dated = {
            n: ln.date for n, ln in conf.items() if ln.status in ("accepted", "changed") and ln.date
        }
        if not dated or d.msg.date is None:
            continue
        for c in d.claims_of(po):
            if (
                c.segment_kind not in ("body", "inline")
                or (po.po_number, c.clause.sentence) in seen
            ):
                continue
            sentence = c.clause.sentence
            hits = find_dates(sentence, po.supplier.locale, d.msg.date)[0]
            closing = [h for h in hits if P.closure_before(sentence[: h.start])]
            if not closing:
                continue
            seen.add((po.po_number, sentence))
            if _STILL_OPEN.search(sentence):
                continue  # "Unsere Dispo ist zwischen den Jahren am 28.-30.12. … erreichbar"
            last = max(h.date for h in closing)
            first = min(h.date for h in closing)
            if len(closing) > 1 and not any(
                _RANGE_BETWEEN.fullmatch(sentence[a.end : b.start])
                for a, b in itertools.pairwise(closing)
            ):
                continue  # "orders for delivery before 23 Dec must reach us by 14 Dec": no span
            if len(closing) == 1:
                start = _RANGE_START.search(sentence[: closing[0].start])
                if start is None:
                    continue  # "last despatch 22/12": one day, no span of days closed
                day = int(start.group(1))
                if not 1 <= day <= last.day:
                    continue
                first = last.replace(day=day)
            # strictly inside: the first day ("we close from 18 Dec") may still see the goods
            # out, and the last may be the day it reopens ("… to 4 Jan", "back on 04/01")
            for n, when in sorted(dated.items()):
                if first < when < last:
                    reasons.append(
                        f"PO {po.po_number} line {n}: the date {when.isoformat()} falls in the "
                        f"closure '{_clip(sentence, 70)}' ({first.isoformat()} to "
                        f"{last.isoformat()}): which holds is a person's call"
                    )
    return reasons


def _orders_own_date(po: OpenPO, day: object) -> bool:
    """``day`` is the day the order was issued ("al Vs. ordine n. … del 06/11/2026"): said of
    the order, not of its goods (a year may be missing from the supplier's words)."""
    return (
        po.issued is not None
        and isinstance(day, date)
        and (day.month, day.day) == (po.issued.month, po.issued.day)
    )


def unconfirmed_beside_unnamed_values(d: Decision) -> list[str]:
    """ "we have the 4" gates on the shelf, they'll go out tomorrow and deliver Monday.
    Gaskets ship with them.": the gaskets are read, the gates' sentence names no line the
    reading can find. A line left unconfirmed beside a confirmed one, while a sentence that
    names no line gives values, may be what that sentence answers: a person reads it rather
    than the line being reported as not addressed."""
    reasons = []
    for c in d.result.confirmations:
        po = d.pos.get(c.po_number)
        if po is None or not any(ln.status in ("accepted", "changed") for ln in c.lines):
            continue
        open_lines = [ln.line for ln in c.lines if ln.status == "unconfirmed"]
        if not open_lines:
            continue
        # the words a confirmed line was first read from are that line's, named or not
        used = " / ".join(
            (ln.evidence or "").split(" / ")[0] for ln in c.lines if ln.status != "unconfirmed"
        )
        for claim in d.claims_of(po):
            if (
                # the whole order, or every line of it ("all three jobs are booked in. …")
                (claim.scope != ORDER and len(claim.scope) < len(po.lines))
                or claim.own_scope
                or claim.elsewhere
                or claim.segment_kind not in ("body", "inline")
                or claim.act in ("question", "promise_later", "receipt", "other_object", "decline")
                or not any(claim.covers(n) for n in open_lines)
                # a date, or a vague one in words that commit or change ("Hola Marta:" holds a
                # month's name, no date)
                or not any(
                    not v.effective
                    and (
                        (v.kind == "date" and not _orders_own_date(po, v.value))
                        or (v.kind == "vague" and claim.act in ("commit", "change"))
                    )
                    for v in claim.values
                )
                or claim.clause.text.strip() in used
            ):
                continue
            reasons.append(
                f"PO {po.po_number} line {open_lines[0]}: left unconfirmed, but "
                f"'{_clip(claim.clause.text)}' gives a date and names no line: it may be this "
                "line's"
            )
            break
    return reasons


# A commitment that announces the list under it ("we confirm as follows:", "確認內容如下："): in
# words of any lexicon language, or by the colon it ends on
_LIST_FOLLOWS = compile_re(r"[:：]\s*$|" + L.pattern("list_follows").pattern, re.IGNORECASE)


def _listed(d: Decision, claim: Claim) -> bool:
    """An item of a list ("1. …", "- …") or a row of a table (its cells set apart by tabs in
    the supplier's text): "ดังนี้" (as follows) over a table lists its rows."""
    if LIST_MARK.match(claim.clause.sentence):
        return True
    span = claim.clause.span
    return "\t" in d.segments[span.segment].text[span.start : span.end].strip()


def unlisted_lines(d: Decision) -> list[str]:
    """ "確認內容如下：1. … 2. … 出貨日期：2026/12/28": the supplier confirms "as follows" and
    lists some lines; a line its list leaves out is not confirmed by a date said of the whole
    order (unless those words name every line)."""
    reasons = []
    for po_number in dict.fromkeys(c.po_number for c in d.result.confirmations):
        po = d.pos.get(po_number)
        if po is None or len(po.lines) < 2:
            continue
        claims = [c for c in d.claims_of(po) if c.segment_kind in ("body", "inline")]
        named = {  # the lines the list's own items (or a table's rows) name
            n
            for c in claims
            if c.own_scope and c.scope != ORDER and _listed(d, c)
            for n in c.scope  # type: ignore[union-attr]
        }
        announced = any(
            c.act == "commit" and c.scope == ORDER and _LIST_FOLLOWS.search(c.clause.sentence)
            for c in claims
        )
        # every item of the list is placed: the list is read whole, and what it leaves out
        # is left out ("SWA 3C 2.5 - 250m …" under "Confirming as follows:", read by no claim,
        # says nothing either way)
        items = {(c.clause.span.segment, c.clause.unit) for c in claims if _listed(d, c)}
        if not named or not announced or len(items) != len(named):
            continue
        for p, pl, _ln in d.lines():
            if p.po_number != po_number or pl.line in named:
                continue
            cover = [c for c in claims if c.covers(pl.line)]
            if any(P.explicit_all(c.clause.sentence) for c in cover):
                continue
            reasons.append(
                f"PO {po_number} line {pl.line}: the supplier confirms as listed and its list "
                "does not name this line; only words about the whole order cover it"
            )
    return reasons


def named_only_without_commitment(d: Decision) -> list[str]:
    """ "Hiermit bestätigen wir: Bestellung A … Bestellung B … Zur Bestellung C <words we do
    not know>": in a reply about several orders, an order whose number stands only in
    sentences that commit to nothing, with no words or rows of its own lines, is not confirmed
    by the words about the others."""
    from agent.reading.match import names_po_number

    if len({c.po_number for c in d.result.confirmations}) < 2:
        return []
    reasons = []
    for conf in d.result.confirmations:
        po = d.pos.get(conf.po_number)
        if po is None or not any(ln.status in ("accepted", "changed") for ln in conf.lines):
            continue
        claims = d.claims_of(po)
        naming = {
            c.clause.sentence
            for c in claims
            if c.segment_kind in ("body", "inline")
            and names_po_number(po.po_number, c.clause.sentence)
        }
        if not naming or any(
            c.firm
            and not c.elsewhere
            and (
                c.clause.sentence in naming
                or (c.own_scope and c.scope != ORDER)
                or c.segment_kind not in ("body", "inline")
            )
            for c in claims
        ):
            continue
        reasons.append(
            f"PO {po.po_number}: its number stands only in '{_clip(next(iter(naming)))}', which "
            "commits to nothing; the words about the other orders do not confirm it"
        )
    return reasons


def all_lines_date_contradicted(d: Decision) -> list[str]:
    """ "everything confirmed for delivery Friday 4th December" above a table that puts line 2
    on 11/12: words about every line give one date, a line is read for another, and nothing
    ("except", "but", "only") says which holds."""
    reasons = []
    for po, pl, ln in d.lines():
        if ln.date is None:
            continue
        for c in d.claims_of(po):
            if (
                c.scope != ORDER
                or not c.firm
                or not c.covers(pl.line)
                or c.segment_kind not in ("body", "inline")
                or not P.ALL_LINES.search(c.clause.text)
                or P.EXCEPT.search(c.clause.sentence)
                or P.ANNOUNCES_DETAILS.search(c.clause.sentence)
                or L.search("split", c.clause.sentence)
                or L.search("effective", c.clause.sentence)
                or P.OTHERS.search(c.clause.text)
            ):
                continue
            # a day and month the words call the delivery's ("for delivery Friday 4th
            # December"), not a weekday left to the next clause, a ship date or a price's start
            said = {
                v.value
                for v in c.values
                if v.kind == "date"
                and not v.effective
                and v.form in ("explicit", "yearless")
                and _date_kind(d, c, v) == "delivery"
                # "Ihre Bestellung 4500033125 vom 10.11.2026 mit Liefertermin KW 51": the
                # order's own day, gone before the mail was written
                and not (d.msg.date is not None and v.value < d.msg.date.date())
            }
            if len(said) == 1 and ln.date not in said and not ln.schedule:
                reasons.append(
                    f"PO {po.po_number} line {pl.line}: '{_clip(c.clause.text)}' gives every line "
                    f"{next(iter(said)).isoformat()}, but the line is read for "
                    f"{ln.date.isoformat()}: which holds is unclear"
                )
                break
    return reasons


def unread_lead_times(d: Decision) -> list[str]:
    """ "Delivery 4. 12. … the lead time for the contactors is 8 weeks from order
    confirmation": a lead time counted from the order, said of a confirmed line, that gives no
    date (the day it counts from is known only when the reply comes the day the order was
    issued). Which one holds is a person's call."""
    from agent.reading.dates import lead_times

    reasons = []
    for po, _pl, ln in d.lines():
        for c in covering(d, po, ln.line):
            if c.act in ("question", "promise_later", "receipt", "other_object"):
                continue
            if any(v.kind == "date" and v.form == "lead_time" for v in c.values):
                continue  # read as a date: the other checks compare it
            found = lead_times(c.clause.text)
            if found:
                reasons.append(
                    f"PO {po.po_number} line {ln.line}: '{_clip(c.clause.text)}' gives a lead "
                    f"time ('{found[0].text}'), not a date the result can carry"
                )
                break
    return reasons


_CLAUSE_HEAD = compile_re(r"[.,;!?。，；\n]")


def _lead_from_payment(text: str) -> str | None:
    """ "срок поставки 45 рабочих дней с момента поступления оплаты", "Delivery 4-6 weeks after
    receipt of prepayment": a delivery's (or making's) word, then a count of days or weeks, then a payment
    word in the count's clause: a delivery counted from our payment. "Zahlung: 30 Tage netto"
    and "Lieferbedingung: DAP, Zahlungsbedingung: 30 Tage netto" (a payment word before the
    count) and "delivery 2 weeks ARO, payment net 30" (another clause) are terms of payment."""
    from agent.reading.dates import day_or_week_counts

    pay = L.pattern_unmarked("payment_terms", "invoice")
    said_of = (P.DELIVERY_WORDS, P.SHIP_WORDS, L.pattern("production"))
    for start, end in day_or_week_counts(text):
        head = _CLAUSE_HEAD.split(text[:start])[-1]
        if not any(w.search(head) for w in said_of) or pay.search(head):
            continue
        paid = pay.search(text, end, P.CLAUSE_TAIL.match(text, end).end())
        if paid is None or P.DELIVERY_WORDS.search(text, end, paid.start()):
            continue
        return text[start : paid.end()]
    return None


def lead_from_payment(d: Decision) -> list[str]:
    """A delivery counted from our payment ("45 рабочих дней с момента поступления оплаты"),
    said of a line the result commits: its day is the day we pay, which the mail does not hold,
    and beside a date the supplier also gave ("Поставка 15.12.2026") it says which of the two
    holds only if we pay at once. Either way, a person's call."""
    reasons = []
    for po, _pl, ln in d.lines():
        if ln.status not in ("accepted", "changed"):
            continue
        for c in covering(d, po, ln.line):
            if c.act in ("question", "receipt", "other_object"):
                continue
            found = _lead_from_payment(c.clause.text)
            if found:
                reasons.append(
                    f"PO {po.po_number} line {ln.line}: '{_clip(c.clause.text)}' counts the "
                    f"delivery from our payment ('{found}'), not a date the result can carry"
                )
                break
    return reasons


def one_delivery_dated_apart(d: Decision) -> list[str]:
    """ "Beide Positionen kommen zusammen in einer Lieferung" after a later date said of line 1
    only: the supplier says every line comes in one delivery, while the result dates its
    committed lines differently (one at its own later date, one kept at the PO's). One of the
    dates is not the supplier's; which is a person's call."""
    reasons = []
    answered = {p.po_number for p, _pl, _ln in d.lines()}
    if len(answered) != 1:
        return []  # two orders in one mail: which goods come together is not said
    for po in d.pos.values():
        # said of the whole order, not of goods it names ("2번 품목 … 일괄 납품") nor denied
        # ("Regel 1 kunnen we niet in één keer leveren")
        said = next(
            (
                c
                for c in d.claims_of(po)
                if c.act in ("commit", "change", "other")
                and c.scope == ORDER
                # with a date of its own, the sentence dates the goods it speaks of ("Le mil et
                # le trèfle partent ensemble … le 1er février"), which the reading carries
                and not any(v.kind == "date" for v in c.values)
                and (m := L.search("one_delivery", c.clause.text)) is not None
                and not P.DENIED_BEFORE.search(c.clause.text[: m.start()])
                and not L.search("split", c.clause.sentence)
            ),
            None,
        )
        if said is None:
            continue
        committed = [
            (pl, ln)
            for p, pl, ln in d.lines()
            if p.po_number == po.po_number and ln.status in ("accepted", "changed") and ln.date
        ]
        dates = {ln.date for _, ln in committed}
        # one line at its own later date, another kept at the PO's: the date the supplier gave
        # is not carried to the goods that come with it (a line split in parts is another story)
        kept = any(ln.date == pl.requested_date for pl, ln in committed)
        split = any(ln.schedule for _, ln in committed)
        if len(dates) > 1 and kept and not split:
            listed = ", ".join(sorted(x.isoformat() for x in dates))
            reasons.append(
                f"PO {po.po_number}: '{_clip(said.clause.text)}' says every line comes in one "
                f"delivery, but the result dates them apart ({listed})"
            )
    return reasons


def restocked_after_date(d: Decision) -> list[str]:
    """ "Line 2: back in stock on Tuesday 2 February 2027", "weer beskikbaar op Dinsdag 2
    Februarie": the goods reach the supplier only on that day, which is no delivery date, but
    a delivery before it cannot be. A line the result dates earlier goes to a person."""
    reasons = []
    for po, _pl, ln in d.lines():
        if ln.status not in ("accepted", "changed") or ln.date is None:
            continue
        for c in covering(d, po, ln.line):
            if not L.search("restock", c.clause.text):
                continue
            later = [
                v
                for v in c.values
                if v.kind == "date" and isinstance(v.value, date) and v.value > ln.date
            ]
            if later:
                reasons.append(
                    f"PO {po.po_number} line {ln.line}: '{_clip(c.clause.text)}' has the goods "
                    f"back only on {later[0].value.isoformat()}, after the date the result "
                    f"carries ({ln.date.isoformat()})"
                )
                break
    return reasons


def _stated_future_dates(c: Claim, today: date) -> list[Value]:
    """The claim's dates written out (a day, a day without its year, a calendar week) that
    lie after the mail's day and are no price's or surcharge's effective date."""
    return [
        v
        for v in c.values
        if v.kind == "date"
        and v.form in ("explicit", "yearless", "kw")
        and not v.effective
        and isinstance(v.value, date)
        and v.value > today
    ]


def _leads_a_list(c: Claim) -> bool:
    """ "Підтверджуємо: поз. 1 – …": the commitment opens the list, before the line's name;
    it is not the line's own assent ("ligne 1 OK")."""
    head, colon, _ = c.clause.text.partition(":")
    return bool(colon) and L.search("commit", head) is not None


def trailing_date_of_a_list(d: Decision) -> list[str]:
    """ "поз. 1 – 30 уп. по 9,80 EUR, поз. 2 – 60 уп. по 7,40 EUR, поставка 16.12.2026": a
    date in words that name no line, after the values of several lines in the same sentence
    (or in the sentence right after one that listed them), is said of the last line only or
    of all of them; a line of the list kept at the PO's date, with no date of its own, is a
    person's call."""
    reasons = []
    assert d.msg.date is not None
    today = d.msg.date.date()
    for po, pl, ln in d.lines():
        if ln.date != pl.requested_date or ln.schedule:
            continue
        claims = d.claims_of(po)
        own = [c for c in claims if c.names_lines and c.covers(ln.line) and not c.elsewhere]
        # (not "ligne 1 OK ; ligne 2 …, livraison le 29 janvier": the line's own assent)
        if (
            not own
            or any((c.act == "commit" and not _leads_a_list(c)) or c.dates() for c in own)
            or any(c.dates() for c in claims if c.covers(ln.line) and c.own_scope)
        ):
            continue
        for i, c in enumerate(claims):
            if (
                not c.firm
                or c.names_lines
                or c.segment_kind != "body"
                or not isinstance(c.scope, frozenset)
                or ln.line in c.scope
            ):
                continue
            dates = [v for v in _stated_future_dates(c, today) if v.value != ln.date]
            if not dates:
                continue
            before = [
                o
                for o in claims[:i]
                if o.clause.span.segment == c.clause.span.segment
                and o.clause.paragraph == c.clause.paragraph
            ]
            same = [o for o in before if o.clause.sentence == c.clause.sentence]
            seg = d.segments[c.clause.span.segment].text
            if not same and seg[: c.clause.span.start].rstrip(" \t").endswith("\n"):
                same = before  # a line of its own under the list's lines: said of the list
            elif not same and before:
                # the sentence right before, when this one opens with the date's words
                last = before[-1].clause.sentence
                same = [o for o in before if o.clause.sentence == last]
            listed = {
                n for o in same if o.names_lines and isinstance(o.scope, frozenset) for n in o.scope
            }
            if any(ln.date in o.dates() for o in (*same, c)):
                continue  # the list writes the date kept too: it was said of some line
            if ln.line in listed and len(listed) > 1:
                reasons.append(
                    f"PO {po.po_number} line {ln.line}: '{_clip(c.clause.text)}' gives "
                    f"{dates[0].value.isoformat()} after the values of lines "
                    f"{', '.join(map(str, sorted(listed)))} and names none: said of the last "
                    "only, or of this line too?"
                )
                break
    return reasons


def _assents_to_date(c: Claim) -> bool:
    """A commitment that speaks for the line's date too: "as ordered", "confirmed", "OK", or
    one naming the date ("delivery as requested"); not one that names only other fields ("zu
    den bestellten Mengen und Preisen")."""
    if c.act != "commit" or not c.firm:
        return False
    return not c.fields or "date" in c.fields


def sole_date_given_elsewhere(d: Decision) -> list[str]:
    """A line kept at the PO's date with no word of its own on the date, while the one future
    date the supplier writes went to other lines: "Wir bestätigen beide Positionen zu den
    bestellten Mengen und Preisen. Da die Sallys von Hand gespleisst werden, ist die Lieferung
    KW 2/2027 möglich" gives its week to both, or to the sallies only: a person reads it."""
    reasons = []
    assert d.msg.date is not None
    today = d.msg.date.date()
    for po, pl, ln in d.lines():
        if ln.date != pl.requested_date or ln.schedule:
            continue
        claims = [c for c in d.claims_of(po) if not c.elsewhere]
        covering_line = [c for c in claims if c.covers(ln.line)]
        if any(c.dates() or _assents_to_date(c) for c in covering_line):
            continue
        given: dict[date, set[int]] = {}
        for c in claims:
            if c.segment_kind != "body" or not c.firm or not isinstance(c.scope, frozenset):
                continue
            for v in _stated_future_dates(c, today):
                given.setdefault(v.value, set()).update(c.scope)  # type: ignore[arg-type]
        if len(given) != 1:
            continue
        ((when, lines),) = given.items()
        if when != ln.date and ln.line not in lines:
            reasons.append(
                f"PO {po.po_number} line {ln.line}: kept at {ln.date.isoformat()}, but the one "
                f"date the supplier gives ({when.isoformat()}) went to line(s) "
                f"{', '.join(map(str, sorted(lines)))} and nothing speaks for this line's date"
            )
    return reasons


def date_borrowed_from_company(d: Decision) -> list[str]:
    """ "Chargers: 100 pcs, dispatch together with the first 60 batteries": a line's own words
    tie its dispatch or delivery to other goods and give no date of their own, so the
    requested date kept for it is nobody's commitment; the date is the other goods' one, which
    a person reads off."""
    reasons = []
    # the dates each line was given in the supplier's own words, read once when needed
    given: dict[tuple[str, int], set[date]] | None = None
    for po, pl, ln in d.lines():
        if ln.status not in ("accepted", "changed") or ln.date != pl.requested_date:
            continue
        tied = next((c for c in d.claims_of(po) if _tied_to_company(c, ln.line)), None)
        if tied is None:
            continue
        if given is None:
            given = {
                (p2.po_number, ln2.line): {
                    x for c2 in covering(d, p2, ln2.line) for x in c2.dates()
                }
                for p2, _pl2, ln2 in d.lines()
            }
        if any(ln.date in xs for key, xs in given.items() if key != (po.po_number, ln.line)):
            continue  # "אספקה יחד עם המצלמות": the cameras come on that very day
        reasons.append(
            f"PO {po.po_number} line {ln.line}: '{_clip(tied.clause.text)}' ties its delivery "
            "to other goods and gives no date of its own"
        )
    return reasons


def _tied_to_company(c: Claim, line: int) -> bool:
    """A clause of the line's own that ties its dispatch or delivery to other goods, with no
    date of its own and no word of assent ("as requested")."""
    if not c.covers(line) or c.act in ("question", "promise_later", "receipt"):
        return False
    text = c.clause.text
    if not c.own_scope or c.scope == ORDER or any(v.kind == "date" for v in c.values):
        return False
    if not (P.SHIP_WORDS.search(text) or P.DELIVERY_WORDS.search(text)) or P.ACCEPT.search(text):
        return False
    # a word of several ("together with", "zusammen mit"): a bare "with" is too often the
    # packing or the freight ("go out with a fresh set of strips")
    return any(" " in m.group(0) for m in L.pattern("companion").finditer(text))


def working_days_only(d: Decision) -> list[str]:
    """ "Delivery within 10 working days", "Toimitus 10 arkipäivän kuluessa": the only word on
    a line's delivery is a count of working days, which gives no date (which days the
    supplier works is not in the mail), so the requested date kept for it is nobody's
    commitment. (Beside a date the supplier gave, such a count is transit or a deadline for
    our objections: "transit 3-5 business days", "Abweichungen innerhalb von 3 Werktagen".)"""
    from agent.reading.dates import working_day_counts

    reasons = []
    for po, pl, ln in d.lines():
        if ln.status not in ("accepted", "changed") or ln.date != pl.requested_date:
            continue
        claims = [
            c
            for c in covering(d, po, ln.line)
            if c.act not in ("question", "promise_later", "receipt", "other_object")
        ]
        if any(v.kind == "date" for c in claims for v in c.values):
            continue
        for c in claims:
            found = working_day_counts(c.clause.text)
            # "dispatch in 2 working days": a ship date as much as a delivery
            if found and (
                P.DELIVERY_WORDS.search(c.clause.text) or L.search("ship_date", c.clause.text)
            ):
                reasons.append(
                    f"PO {po.po_number} line {ln.line}: '{_clip(c.clause.text)}' gives its "
                    f"delivery as a count of working days ('{found[0]}'), not a date"
                )
                break
    return reasons


# A word that takes a tax into the price, right before the tax's word ("inkl. 20 % MwSt.",
# "including VAT", "TVA comprise" is read after it), in the lexicon languages' common forms
_TAX_IN = compile_re(
    rf"(?<![^\W\d_])(?:{_INCLUDING}|brutto|gross"
    r"|con|com|met|s|z|с|з|se|sa|cu|dahil|mit)(?![^\W\d_])\.?\s*(?:\d{1,2}(?:[.,]\d)?\s?%\s*)?$",
    re.IGNORECASE,
)


def prices_with_tax(d: Decision) -> list[str]:
    """ "Alle Preise verstehen sich inkl. 20 % MwSt.": the supplier's prices include a tax
    the PO's do not, so a price read from its words that differs from the PO's may be the
    gross one (a tax word right after one price is read where that price is)."""
    changed = [(po, ln) for po, pl, ln in d.lines() if ln.unit_price not in (None, pl.unit_price)]
    if not changed:
        return []
    tax = L.pattern("tax")
    for po, ln in {po.po_number: (po, ln) for po, ln in changed}.values():
        for text in (c.clause.text for c in d.claims_of(po)):
            if gross := _gross_price().search(text):
                return [
                    f"PO {po.po_number}: '{_clip(text)}' gives a gross price "
                    f"('{gross.group(0)}'), the PO's are net: the price read may be the gross one"
                ]
            for m in tax.finditer(text):
                before = text[max(0, m.start() - 16) : m.start()]
                if (
                    not _TAX_IN.search(before)
                    or P.TAX_KEPT_OUT.search(before)
                    or _TAX_NOT.search(before)
                ):
                    continue
                return [
                    f"PO {po.po_number} line {ln.line}: '{_clip(text)}' says the prices "
                    f"include '{m.group(0)}', the PO's are net: the price read may be the gross one"
                ]
    return []


@cache
def _gross_price() -> re.Pattern[str]:
    """An amount said to be gross, tax included, by the lexicon's [gross_price] word after it
    ("cena 51,66 zł brutto/szt.", "12,40 € TTC"): two decimals, a currency of a few letters or
    a sign at most between (not a weight: "1.250,00 kg brutto")."""
    return compile_re(
        r"(?<![\w.,])\d{1,3}(?:[.,\s\u00a0]\d{3})*[.,]\d{2}\s?(?:(?!kg\b|g\b|t\b|lbs?\b)[^\W\d_]{1,4}\.?\s?"
        rf"|[€$£¥₺₽]\s?)?{L.alternation('gross_price')}(?![^\W\d_])",
        re.IGNORECASE,
    )


# (a negation keeps it out too: "nicht inkl. MwSt.", "no incluye IVA")
_TAX_NOT = compile_re(r"(?<![^\W\d_])(?:not|nicht|non|no|não)(?![^\W\d_])", re.IGNORECASE)


def delivery_for_refused_line(d: Decision) -> list[str]:
    """ "La référence … n'est plus fabriquée. Nous vous livrerons à la place son remplaçant …,
    soit 80 pièces le 18/12": a line read as refused whose own words go on to commit a
    delivery on a date is another item shipped in its place, which the buyer has to accept
    first (an offer with a price alone, "we can offer the CP-310 at …", is no delivery)."""
    reasons = []
    for po, _conf, ln in d.rejected():
        dated = [
            c
            for c in covering(d, po, ln.line)
            if c.own_scope
            and c.scope != ORDER
            and not c.checks
            # a count delivered on a date to come ("soit 80 pièces le 18/12"), not the
            # date the refusal explains ("last time buy closed on 30/09/2026")
            and any(v.kind == "number" for v in c.values)
            and any(
                v.kind == "date"
                and not v.effective
                and (d.msg.date is None or v.value >= d.msg.date.date())
                for v in c.values
            )
        ]
        if dated:
            reasons.append(
                f"PO {po.po_number} line {ln.line}: read as refused, but "
                f"'{_clip(dated[0].clause.text)}' commits a delivery for it: another item "
                "in its place?"
            )
    return reasons


def colleague_disagrees(d: Decision) -> list[str]:
    """A colleague of the sender, in the newest internal mail quoted below the reply, gives a
    date later than any the result carries ("Die Seile kommen aber frühestens KW 51" under "wir liefern
    alle drei Positionen zum 04.12."): the sender may have overruled it or overlooked it,
    and which holds is a person's call."""
    from agent.reading.quotes import colleague_blocks

    blocks = colleague_blocks(d.msg.quoted_text, d.msg.from_addr)
    lines = [(po, ln) for po, _pl, ln in d.lines() if ln.status in ("accepted", "changed")]
    if not blocks or not lines:
        return []
    carried = [ln.date for _, ln in lines if ln.date is not None]
    if not carried:
        return []
    assert d.msg.date is not None
    # the newest internal mail only; a date later than every one the result carries: what
    # the sender promises may be sooner than the colleague can deliver
    block = blocks[0]
    locale = lines[0][0].supplier.locale
    for po in {po.po_number: po for po, _ in lines}.values():
        text = _mask(block, po)
        hits, _ = find_dates(text, locale, d.msg.date)
        for h in hits:
            if h.date > max(carried):
                return [
                    f"PO {po.po_number}: a colleague of the sender, quoted below the reply, "
                    f"writes '{_clip(' '.join(text[max(0, h.start - 60) : h.end].split()))}'"
                    f", later than any date the result carries: which holds is a person's call"
                ]
    return []


def earlier_answer_quoted(d: Decision) -> list[str]:
    """Lines the reply leaves unconfirmed while the sender's own earlier mail to us, quoted
    below it, commits to something ("Linje 1 og 2 bekreftes som bestilt" under "rekene (linje
    3) kan vi levere …"): the two mails answer together, and a person joins them."""
    from agent.reading.quotes import own_earlier_blocks

    open_lines = [
        (c.po_number, ln.line)
        for c in d.result.confirmations
        for ln in c.lines
        if ln.status == "unconfirmed"
    ]
    if not open_lines:
        return []
    for block in own_earlier_blocks(d.msg.quoted_text, d.msg.from_addr):
        said = L.search("commit", block)
        if said and not L.search("promise_later", block[: said.start()]):
            po, line = open_lines[0]
            return [
                f"PO {po} line {line}: left unconfirmed, but the sender's own earlier mail "
                f"quoted below confirms something ('{_clip(' '.join(block.split()), 80)}')"
            ]
    return []


def either_way_counts(d: Decision) -> list[str]:
    """A quantity read from a number that reads either way ("2,000 pcs": two in the locale's
    decimal comma, two thousand in English) is review, not a change to two pieces, unless
    the text settled the writer's mark the other way (numbers.reading_locale)."""
    reasons = []
    for po, pl, ln in d.lines():
        if ln.quantity is None or ln.quantity == pl.quantity:
            continue
        dec = separators(po.supplier.locale)[0]
        for c in d.claims_of(po):
            if not c.covers(ln.line):
                continue
            for m in EITHER_WAY.finditer(c.clause.text):
                if (
                    m.group(1) == dec
                    and parse_number(m.group(0), po.supplier.locale) == ln.quantity
                ):
                    reasons.append(
                        f"PO {po.po_number} line {ln.line}: '{m.group(0)}' reads as "
                        f"{ln.quantity.normalize()} with a decimal mark or as "
                        f"{m.group(0).replace(dec, '')} with a thousands mark: which one is "
                        "meant is unclear"
                    )
                    break
    return list(dict.fromkeys(reasons))


# "or" in the lexicon languages (Serbian and Bulgarian "или", Greek "ή", Turkish "ya da",
# Japanese "または", Chinese "或", Korean "또는" …): a clause that ends with it offers what the
# next one says instead (not Romanian "sau", Vietnamese "after" ending "như sau:", nor Slavic
# "od", "from")
_OR_WORDS = (
    *("or", "oder", "ou", "o", "of", "lub", "albo", "nebo", "alebo", "vagy", "eller", "tai"),
    *("vai", "ali", "arba", "või", "или", "або", "чи", "ή", "ya da", "veya", "yahut", "או"),
    *("أو", "او", "または", "或", "或者", "또는", "hoặc", "atau", "หรือ"),
)
_ENDS_WITH_OR = compile_re(
    rf"(?<![^\W\d_])(?:{'|'.join(sorted(_OR_WORDS, key=len, reverse=True))})\s*[,:;…]*\s*$",
    re.IGNORECASE,
)


def alternatives_offered(d: Decision) -> list[str]:
    """A confirmed line read from a clause that ends with "or" ("1) 800 vests in yellow by
    11.12., or / 2) the full quantity in orange by 22.12."): the supplier offers a choice,
    and commits to neither until the buyer picks one."""
    for po, _pl, ln in d.lines():
        for c in d.claims_of(po):
            if c.covers(ln.line) and _ENDS_WITH_OR.search(c.clause.text):
                return [
                    f"PO {po.po_number}: '{_clip(c.clause.text)}' offers alternatives: "
                    "the buyer has to choose one"
                ]
    return []


def words_after_sign_off(d: Decision) -> list[str]:
    """Words below the writer's sign-off and above the quoted mail that name a line or are a
    postscript, and give a date ("Cheers, Hemi / --- / Mira - correction: line 2 is 15.01.",
    "P.S. … only after 11.12."): an addition the reading of the writer's words leaves out. A
    person reads it."""
    from agent.reading.extract import line_numbers

    own = [s.text for s in d.msg.own_segments if s.text.strip()]
    body = d.msg.body_text
    if not own or d.msg.date is None:
        return []
    for po in {po.po_number: po for po, _pl, _ln in d.lines()}.values():
        for text in own[1:]:
            if not POSTSCRIPT.match(text):
                continue
            # a postscript the reading kept, with a date no line of the result carries
            # ("P.S. … jõuavad meie lattu alles 11.12., seega saame … alles pärast seda")
            # (any date but a closure's: an afterthought below the signature that moves
            # goods is a person's to weigh against the answer above it)
            said = [
                h
                for h in find_dates(text, po.supplier.locale, d.msg.date)[0]
                if not P.closure_before(text[: h.start])
            ]
            if said:
                return [
                    f"PO {po.po_number}: the postscript '{_clip(text.strip())}' gives a date "
                    "after the answer's signature"
                ]
    at = body.find(own[-1])
    if at < 0:
        return []
    tail = body[at + len(own[-1]) :]
    quoted = d.msg.quoted_text.strip()[:40]
    if quoted and (end := tail.find(quoted)) >= 0:
        tail = tail[:end]
    tail = _QUOTE_HEADER.split(tail, maxsplit=1)[0]
    tail = "\n".join(x for x in tail.splitlines() if not x.lstrip().startswith(">"))
    for po in {po.po_number: po for po, _pl, _ln in d.lines()}.values():
        numbers = {x.line for x in po.lines}
        for para in re.split(r"\n\s*\n", tail):
            named = line_numbers(para, numbers)
            postscript = POSTSCRIPT.match(para)
            if (named or postscript) and find_dates(para, po.supplier.locale, d.msg.date)[0]:
                about = (
                    f"names line(s) {', '.join(map(str, sorted(named)))}"
                    if named
                    else "is a postscript"
                )
                return [
                    f"PO {po.po_number}: '{_clip(para.strip())}' below the sign-off {about} "
                    "with a date: words the reading of the message above left out"
                ]
    return []


# where the quoted mail starts, when the quote was not found verbatim
_QUOTE_HEADER = compile_re(
    r"^(?:-{3,}\s*Original|From:|Von:|De:|Da:|Van:|Od:|Från:|Fra:|On .{5,80} wrote:|Am .{5,80} schrieb)",
    re.MULTILINE | re.IGNORECASE,
)


# the negation right before a number: "Not 60 but 50 blocks", "50 blocks, not 60"
_NOT_RIGHT_BEFORE = compile_re(
    r"(?<![^\W\d_])(?:not|nicht|niet|pas|non|nie|ne|inte|ikke|ei)\s+(?:the\s+|die\s+|le\s+|la\s+|les\s+)?$",
    re.IGNORECASE,
)


def denied_value_kept(d: Decision) -> list[str]:
    """A line read at a quantity or price the supplier's words deny ("Not 60 but 50 blocks"
    read at the 60 ordered, when "blocks" is no unit the reading knows) is review."""
    reasons = []
    for po, _pl, ln in d.lines():
        kept = {v for v in (ln.quantity, ln.unit_price) if v is not None}
        if not kept:
            continue
        for c in d.claims_of(po):
            if not c.covers(ln.line):
                continue
            text = c.clause.text
            dated = None
            for m in _NUMBER_TOKEN.finditer(text):
                value = parse_number(m.group(0), po.supplier.locale)
                if value not in kept:
                    continue
                if dated is None:  # "not 4 Dec": a day denied, not the count of 4
                    hits = find_dates(text, po.supplier.locale, d.msg.date)[0]
                    dated = [(h.start, h.end) for h in hits]
                if any(a <= m.start() < b for a, b in dated):
                    continue
                # "Not 60 but 50", and the old value a new one replaces: "96 pièces (4
                # cartons) au lieu de 100" said of no line, read at 100 for one of them
                if _NOT_RIGHT_BEFORE.search(
                    text, max(0, m.start() - 12), m.start()
                ) or P.replaced_value(text[max(0, m.start() - 40) : m.start()], text[m.end() :]):
                    reasons.append(
                        f"PO {po.po_number} line {ln.line}: '{_clip(text)}' denies "
                        f"{m.group(0)}, the value read for this line"
                    )
                    break
    return list(dict.fromkeys(reasons))


_NUMBER_TOKEN = compile_re(r"(?<![\w.,])\d[\d.,]*(?<![.,])(?![\w])")


# A surcharge taken into the price or waived, in the words right before it ("inkl. MTZ",
# "including the alloy surcharge", "no surcharge", "ohne Aufschlag", "sans majoration")
_SURCHARGE_IN_OR_NONE = compile_re(
    rf"(?<![^\W\d_])(?:{_INCLUDING}|no|not|without"
    r"|kein\w*|ohne|sans|sin|senza|geen|zonder|bez|без|nessun\w*|ningún|ninguna|aucune?|nenhum)"
    r"(?![^\W\d_])[^.;:!?]{0,25}$",
    re.IGNORECASE,
)


# ... or after it ("Legierungszuschlag Dezember inklusive", "surcharge included")
_INCLUDED_AFTER = compile_re(
    rf"[^.;:!?]{{0,25}}?(?<![^\W\d_])(?:{_INCLUDING}|inbegriffen|enthalten|compris"
    r"|eingerechnet|berücksichtigt)(?![^\W\d_])",
    re.IGNORECASE,
)


def surcharge_of_no_amount(d: Decision) -> list[str]:
    """ "Die Preise verstehen sich zzgl. Metallteuerungszuschlag … gemäß der Notierung des
    Liefermonats", "prices are plus alloy surcharge": a surcharge on this order's prices whose
    amount the mail does not say. The price the supplier will charge is not known, whatever
    price the words confirm."""
    reasons = []
    priced: dict[str, OpenPO] = {}
    moved: set[str] = set()
    for po, pl, ln in d.lines():
        if ln.unit_price is not None:
            priced[po.po_number] = po
            if ln.unit_price != pl.unit_price:
                moved.add(po.po_number)  # a new price was read: the surcharge is its reason
    if moved:
        return []  # (in a mail for several orders too: "Die Preisänderung bei FKM …")
    for po in priced.values():
        latest = max(pl.requested_date for pl in po.lines)
        for c in d.claims_of(po):
            sentence = c.clause.sentence
            word = None if c.elsewhere else _unstated_surcharge(sentence, po.supplier.locale)
            if word and not later_only(sentence, latest, po.supplier.locale, d.msg.date):
                reasons.append(
                    f"PO {po.po_number}: '{_clip(sentence)}' adds '{word}' to the prices "
                    "and says not how much: the price is not known"
                )
                break
    return reasons


def _unstated_surcharge(sentence: str, locale: str) -> str | None:
    """The surcharge word of a sentence about prices that adds it without an amount, or None
    ("Legierungszuschlag 3 %", "price is now 7.25 (coating surcharge)" state it)."""
    if not P.PRICE_WORDS.search(sentence) or _PERCENT.search(sentence):
        return None
    if price_hits(sentence, locale):
        return None
    for m in L.pattern("surcharge").finditer(sentence):
        if not _SURCHARGE_IN_OR_NONE.search(sentence[: m.start()]) and not _INCLUDED_AFTER.match(
            sentence, m.end()
        ):
            return m.group(0)
    return None


def number_against_thread(d: Decision) -> list[str]:
    """ "We confirm PO# 4500231138 as follows: Shoulder ball joints 38mm - 300 pcs …" in a
    reply threaded on our request for 4500231183, whose goods those are: the number names
    one order, the thread and the goods another (a slip of two digits). Which order the
    supplier answers is for a person."""
    thread = thread_ids(d.msg)
    if not thread:
        return []
    threaded = [p for p in d.pos.values() if thread & set(p.request_message_ids)]
    reasons = []
    answered = {po.po_number: po for po, _pl, _ln in d.lines()}
    answered.update(
        (c.po_number, d.pos[c.po_number])
        for c in d.result.confirmations
        if c.po_number in d.pos and any(ln.status == "rejected" for ln in c.lines)
    )
    for po in answered.values():
        if po in threaded:
            continue
        for other in threaded:
            if other.supplier.id != po.supplier.id or other.po_number in answered:
                continue  # (one reply may answer two orders: "PO …505: … / PO …518: …")
            if pos_described(d.msg.own_text, [po, other]) == [other.po_number]:
                reasons.append(
                    f"PO {po.po_number} is named, but the mail is threaded on our request for "
                    f"PO {other.po_number} and describes its goods, none of PO {po.po_number}'s: "
                    "which order it answers is unclear"
                )
    return reasons


def zero_quantity(d: Decision) -> list[str]:
    """A line confirmed or changed to a quantity of 0 is a refusal said in numbers or a
    misreading: which, a person decides ("3 | HS-PAR-SET | 0 | - | -")."""
    return [
        f"PO {po.po_number} line {ln.line}: the quantity read is 0: a refusal or a misreading"
        for po, _pl, ln in d.lines()
        if ln.status in ("accepted", "changed") and ln.quantity is not None and ln.quantity == 0
    ]


INVARIANTS: tuple[Rule, ...] = (
    quoted_request_edited,
    unaccounted_percentages,
    promised_later,
    price_at_exchange_rate,
    split_order,
    unaccounted_prices,
    unread_amounts,
    closed_on_delivery,
    bare_assent,
    reference_elsewhere,
    body_vs_attachment,
    as_ordered_vs_attachment,
    attachment_row_disagrees,
    sheet_quantity_disagrees,
    continuation_row_dated,
    split_unaccounted,
    unaccounted_dates,
    unread_dates,
    subject_dates,
    as_ordered_contradicted,
    unnamed_subset,
    day_without_month,
    unread_lead_times,
    lead_from_payment,
    one_delivery_dated_apart,
    restocked_after_date,
    working_days_only,
    date_borrowed_from_company,
    trailing_date_of_a_list,
    sole_date_given_elsewhere,
    unconfirmed_beside_unnamed_values,
    unlisted_lines,
    named_only_without_commitment,
    all_lines_date_contradicted,
    colleague_disagrees,
    earlier_answer_quoted,
    either_way_counts,
    denied_value_kept,
    prices_with_tax,
    delivery_for_refused_line,
    alternatives_offered,
    words_after_sign_off,
    zero_quantity,
    surcharge_of_no_amount,
    number_against_thread,
)
