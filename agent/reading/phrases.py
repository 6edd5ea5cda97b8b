"""Word lists the extraction rules look for, in English, German, French and Spanish.

Kept apart from the rules so that adding a language is adding words, not logic.
Every pattern is matched case-insensitively against the supplier's own words.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from agent.reading import lexicon as L
from agent.reading.dates import without_count_start
from agent.reading.numbers import price_hits
from agent.reading.startup_cache import compile_re

IC = re.IGNORECASE


class SearchMemo:
    """A compiled pattern whose ``search`` of a whole text remembers its answer for the
    current message (the pipeline clears it with the other text caches): the rules ask the
    same statement the same question again and again, and a long alternation such as
    :data:`HOLD` costs a tenth of a millisecond a search. Every other use is the pattern's."""

    __slots__ = ("_pattern", "_search")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._search = lru_cache(maxsize=4096)(pattern.search)

    def search(self, text: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        if args or kwargs:  # a slice of the text: not what is asked again
            return self._pattern.search(text, *args, **kwargs)
        return self._search(text)

    def cache_clear(self) -> None:
        self._search.cache_clear()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)


# The supplier cannot or will not supply.
REJECT = compile_re(
    r"\b(?:declin(?:e|ed|ing)|(?:can ?not|can't|cannot|unable to|not able to|won't be able to|will not be able to|are not able to)\s+"
    r"(?:supply|deliver|provide|manufacture|make|produce|offer|fulfil|fulfill|accept|take|quote|source)"
    r"|no longer able to (?:supply|deliver|provide|manufacture|make|produce|offer)|(?:unable to|cannot|can't|not able to) honou?r|(?:ne pas pouvoir|ne pouvons pas|ne pourrons pas|impossible d')\s*honorer"
    r"|(?:nicht|leider nicht) (?:ausführen|annehmen)|no (?:podemos|podremos) (?:atender|aceptar)|non (?:possiamo|potremo) (?:evadere|accettare)|ceased (?:production|manufacturing|making|to (?:make|produce|supply))|stopped (?:making|producing|manufacturing|supplying)"
    r"|(?:being |been )?phased out|phase-out|auslaufend|produktion eingestellt|eingestellt\b|can't take|cannot take|can ?not take|no longer (?:available|produced|made|manufactured|poured|supplied|offered|stocked|in production|carried)"
    r"|discontinued|obsolete|end[- ]of[- ]life|not in our (?:range|programme|program)|(?:please )?cancel (?:it|this|the (?:po|order|line|item|position))"
    r"|source it elsewhere|source (?:this|them|these) elsewhere|we don't (?:make|pour|stock|carry|produce|supply) "
    r"|we do not (?:make|pour|stock|carry|produce|supply) |nicht (?:mehr )?lieferbar|nicht liefern|(?:können|koennen) (?:wir )?(?:\w+ )?nicht (?:liefern|anbieten|herstellen|fertigen)"
    r"|abgekündigt|entfällt|stornieren|nicht mehr im (?:programm|sortiment)|ne (?:pouvons|pourrons) pas (?:livrer|fournir|fabriquer)"
    r"|n'est plus (?:fabriqué|disponible|produit)|plus fabriqué|no (?:podemos|podremos) (?:suministrar|entregar|fabricar|servir)"
    r"|descatalogado|ya no (?:fabricamos|disponible))" + "|" + L.pattern("decline").pattern,
    # the lexicon's [decline] table (every language) extends it
    IC,
)

# Holding answers: the supplier will answer later, asks first, or cannot commit yet.
_HOLD = compile_re(
    r"\b(?:will|shall|'ll)\s+(?:\w+\s+)?confirm\b|\b(?:will|shall|'ll)\s+(?:revert|come back|get back|reply|respond|confirm (?:later|by|next|once|when|as soon|after|shortly|separately|tomorrow|on)|let you know|advise|update you)"
    r"|\brevert (?:back )?(?:to you |with )|(?:come|get) back to you|to be confirmed|(?<![-/])\b(?:tbc|tba|tbd)\b(?![-/])"
    r"|(?:can ?not|can't|unable to|not able to|not yet able to|cannot yet|can't yet)\s+(?:yet\s+)?(?:confirm|commit)(?!\s+(?:to\s+)?(?:the\s+)?(?:remaining|rest|balance|remainder|full|whole|entire))"
    r"|before (?:i|we) (?:can )?confirm|rather confirm|not (?:yet )?(?:in a position|able) to confirm|until (?:the|we|i)\b.{0,40}\b(?:signed off|approved|clarified|confirmed|received)"
    r"|(?:need|needs) to be re-?priced|re-?pric(?:e|ing)|waiting (?:on|for) (?:the )?(?:updated|new|our|confirmation|approval|feedback|answer|numbers|information)"
    r"|(?:we are|we're|i am|i'm) (?:still )?(?:checking|looking into|clarifying|waiting)|will check|pending (?:confirmation|approval|review)"
    r"|\b(?:will|shall|'ll)\s+(?:\w+\s+)?(?:look (?:at|into)|investigate|review)\b"
    r"|\b(?:once|as soon as|when) (?:we|i) (?:know|have|hear|receive|get)\b|\b(?:need|have|has) to (?:check|verify|confirm|clarify)|check(?:ing)? with (?:our|the) (?:supplier|mill|factory|plant|production|vendor)|sobald wir|wenn wir (?:das|dies) wissen|dès que nous|en cuanto (?:sepamos|tengamos)|appena (?:avremo|sapremo)"
    r"|(?:wir )?melden uns|zurückmelden|noch (?:zu )?(?:klären|prüfen|offen)|wir prüfen|in klärung|wird noch bestätigt|folgt noch|bestätigen (?:wir )?(?:ihnen )?(?:später|nachträglich|separat)"
    r"|reviendr(?:ai|ons)|revenir vers vous|revenons vers vous|reviens vers vous|nous revenons|à confirmer|en cours de vérification|nous vérifions"
    r"|por confirmar|le (?:confirmaremos|informaremos)|estamos (?:revisando|verificando)"
    # the lexicon's [confirm_later] words ("kann ich erst nächste Woche bestätigen")
    rf"|{L.pattern('confirm_later').pattern}"
    # a commitment verb with next week after it and no delivery or ship word between, in any
    # lexicon language ("Wij bevestigen u de volledige bestelling volgende week", "We confirm
    # the full order next week"): the confirmation itself is put off
    rf"|(?:{L.alternation('commit')})(?:\s+(?!(?:{L.alternation('delivery_date')}|{L.alternation('ship_date')}))\S+){{0,6}}?\s+(?:{L.alternation('next_week')})",
    IC,
)
HOLD = SearchMemo(_HOLD)


# Said of one line, every language's [promise_later] words hold it too ("pos. 3 - vi
# aggiorniamo entro venerdì"); said of the order they may name a document to follow
# ("the formal confirmation will follow from our ERP") while the mail itself confirms.
def holds_line(text: str) -> bool:
    """Words that hold a line they are said of: :data:`HOLD` or a [promise_later] word (two
    searches rather than one more compiled copy of both alternations)."""
    return bool(HOLD.search(text) or L.search("promise_later", text))


# Acceptance. Field words tell what is accepted; without them, everything.
ACCEPT = compile_re(
    r"\b(?:yes|yep|ja|oui|sí|sì|ano|áno|igen|evet|kyllä|taip|jā|ναι|confirm(?:ed|s|ing)?|we confirm|is confirmed|are confirmed|acknowledged? and confirmed|ok(?:ay)?|fine|agreed|accepted|accept|in order|no problem"
    r"|as (?:per|on|in) (?:your |the |our )?(?:po|order|purchase order)|per your po|as ordered|as requested|as is|stays? as|remains? as|unchanged|in full"
    r"|bestätig\w*|wie bestellt|wie gewünscht|wie angefragt|comme demandé|según lo solicitado|in ordnung|unverändert|einverstanden|laut (?:ihrer )?bestellung|gemäß (?:ihrer )?bestellung"
    r"|good to go|all good|looks good|(?:is|are) good|we're good|we are good|go ahead|works for us|can do|no issues?"
    r"|confirm\w*|conformes?(?!\s+(?:a|al|à|alla|alle|ai|agli|aux?|to|with|con|avec)\s+(?!(?:su|sua|votre|vos|la|el|vostro|vs\.?|il|l'|your)?\s*(?:pedido|commande|ordine|order|encomenda)))|d'accord|bon pour accord|accord sur|comme command[ée]|sans changement|conform[eé]ment"
    r"|conferm\w*|come da ordine|come richiesto|bevestig\w*|zoals besteld|potvrzuj\w*|potvrzen\w*|dle objednávky|podle objednávky|v pořádku|zgodnie z zamówieniem"
    r"|confirmad[oa]s?|confirmamos|conformes?(?!\s+(?:a|al|à|alla|alle|ai|agli|aux?|to|with|con|avec)\s+(?!(?:su|sua|votre|vos|la|el|vostro|vs\.?|il|l'|your)?\s*(?:pedido|commande|ordine|order|encomenda)))|de acuerdo|según (?:su )?pedido)\b"
    # the lexicon's [commit] and [unchanged] tables (every language) extend it
    + "|"
    + L.pattern("commit").pattern
    + "|"
    + L.pattern("unchanged").pattern,
    IC,
)
NEGATED_ACCEPT = compile_re(
    r"\b(?:not|n't|nicht|pas|no|kein\w*)\s+(?:\w+\s+){0,2}(?:confirm|fine|ok|accept|bestätig|confirm)"
    r"|\b(?:should|might|may|could|probably|hopefully|i think|we think|expect(?:ed)? to|sollte[n]?|dürfte[n]?|vermutlich|devrai(?:t|ent)|deber[ií]a[n]?)\b(?:\s+\w+){0,3}\s+(?:be\s+)?(?:ok|okay|fine|doable|possible|feasible|work|passen|klappen|machbar|possible|posible)",
    IC,
)

# The field nouns of every language (the lexicon's [price_words], [quantity_words] and
# [date_words]), without the words that are only about a field ("we ship", "Konditionen")
PRICE_WORDS = L.pattern_unmarked("price_words", "about")
QTY_WORDS = L.pattern_unmarked("quantity_words", "about")
DATE_WORDS = L.pattern_unmarked("date_words", "about")

SIGNED_PERCENT = compile_re(r"(?<![\w.,])([+\-−])\s?(\d{1,2}(?:[.,]\d{1,2})?)\s?%")


def quantity_percent(text: str, pos: int) -> Decimal | None:
    """The signed share a percentage at ``pos`` changes the quantity by, when a quantity word
    right before it names what it changes ("Menge +10 %", "qty: -5%"); else None."""
    m = SIGNED_PERCENT.match(text, pos)
    if m is None:
        return None
    before = text[max(0, pos - 25) : pos]
    words = list(QTY_WORDS.finditer(before))
    if not words or not re.fullmatch(r"[\s:=]*", before[words[-1].end() :]):
        return None
    share = Decimal(m.group(2).replace(",", "."))
    return -share if m.group(1) in "-−" else share


# The words that make a date a delivery (arrival) or a ship (departure) date: the lexicon's
# [delivery_date] and [ship_date] tables of every language, the same words every reader uses
DELIVERY_WORDS = L.pattern("delivery_date")
SHIP_WORDS = L.pattern("ship_date")


# Where a clause ends: a stop, a comma, or "and" between two clauses
_CLAUSE_BREAK = r"[.,;!?。！？、，\n]|\s(?:and|und|og|och|en|et|y|e|i|a|ja|és|ve|и|та|dan|và)\s"
_BREAK = compile_re(_CLAUSE_BREAK, IC)
# The words after a date up to its clause's end (at most 60 characters)
CLAUSE_TAIL = compile_re(rf"(?:(?!{_CLAUSE_BREAK}).){{0,60}}", IC)


def words_after(text: str, end: int, stop: int | None = None) -> str:
    """The words after a value ending at ``end``, up to its clause's end or ``stop``."""
    tail = CLAUSE_TAIL.match(text, end)
    return text[end : min(tail.end() if tail else end, len(text) if stop is None else stop)]


def _last_kind(words: str) -> str:
    d_m = list(DELIVERY_WORDS.finditer(words))
    s_m = list(SHIP_WORDS.finditer(words))
    if d_m and (not s_m or d_m[-1].start() > s_m[-1].start()):
        return "delivery"
    return "ship" if s_m else "neutral"


_TRANSIT = L.pattern("transit_arrival")


def transit_before(before: str) -> bool:
    """The date's own clause makes it an arrival on the way ("ETA Rotterdam 8 Jan", "chegada
    estimada em Hamburgo 08/01"): no delivery word after the last word of a port, a vessel
    or an arrival. A later delivery to the site ("delivered to your DC on 18/12") wins over it.
    """
    breaks = list(_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    if not any(rx.search(clause) for rx in (_TRANSIT, DELIVERY_WORDS, SHIP_WORDS)):
        clause = before  # "chegada estimada a Leixões 04/01": the words of the clause before
    transit = list(_TRANSIT.finditer(clause))
    if not transit:
        return False
    delivery = list(DELIVERY_WORDS.finditer(clause))
    return not delivery or delivery[-1].start() < transit[-1].end()


def hedge_of_delivery(text: str) -> re.Match[str] | None:
    """The first hedge in ``text`` that is not only an arrival's on the way: "chegada estimada
    em Hamburgo 08/01 e entrega na fábrica dia 13/01" estimates the port's arrival, which an
    ETA always is, and the delivery after it is said without a hedge."""
    for m in L.pattern("hedge").finditer(text):
        transit = next(
            (
                t
                for t in _TRANSIT.finditer(text, max(0, m.start() - 12))
                if t.start() <= m.end() + 25
            ),
            None,
        )
        if transit is None or not any(
            not _TRANSIT.search(d.group(0)) for d in DELIVERY_WORDS.finditer(text, transit.end())
        ):
            return m
    return None


# the date's clause begins right after a label's colon ("交货安排：", "Delivery schedule: ")
_LABEL_END = compile_re(r"[:：]\s*$")


_BRACKETED = compile_re(r"[(（][^()（）]*(?:[)）]|$)")


def date_kind(before: str, after: str = "") -> str:
    """What the words around a date make of it: delivery | ship | neutral. The last such word
    before it wins ("ships 4 Dec, with you 8 Jan"); when the date's own clause has none before
    it, a word after it in that clause, ``after``, says what it is before the words of an
    earlier clause do: the verb follows the date ("12月1日出荷、12月4日到着", "01.12.2026'da
    yüklenecek ve 04.12.2026'da deponuza ulaşacak", "verlässt unser Werk am 02.12. und ist am
    04.12. bei Ihnen")."""
    breaks = list(_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    own = _last_kind(clause)
    later = _last_kind(after) if after else "neutral"
    # "交货安排：12月18日上海港装船出运（ETD）", "Delivery schedule: 18/12 leaves Shanghai": a
    # label before a colon names the topic; the verb after the date says what the date is
    # (not an aside in brackets: "Toimitus: viikko 50 (kaikki rivit samassa lähetyksessä)",
    # all lines in the same shipment, says how it goes, not what the date is)
    if (
        own != "neutral"
        and _last_kind(_BRACKETED.sub(" ", after)) != "neutral"
        and _LABEL_END.search(clause)
    ):
        return later
    if own != "neutral":
        return own
    return later if later != "neutral" else _last_kind(before)


def date_word_just_before(before: str) -> bool:
    """A delivery or ship word right before a date ("delivers 1/12", "ships on 12/9"): the
    date is what it says, whatever explanation follows ("..., vendor is closed")."""
    tail = before[-30:]
    return any(
        re.fullmatch(r"[\s:]*(?:\w{1,3}[\s:]+)?(?:the\s+)?", tail[m.end() :], re.I)
        for m in (*DELIVERY_WORDS.finditer(tail), *SHIP_WORDS.finditer(tail))
    )


def moved_to_before(before: str) -> bool:
    """The words just before a date move the date to it ("the delivery date moves to",
    "verschoben auf"): the new date, not the end of a range ("from 21/12 to")."""
    return any(
        not before[m.end() :].strip(" \t:(") or before[m.end() :].strip().lower() == "the"
        for m in L.pattern("date_moved_to").finditer(before[-60:])
    )


# "of", "du", "vom" right after a delivery's noun: that delivery's day, not an order's or a
# document's ("avec la livraison du 17/12/2026", "mit der Lieferung vom 17.12.")
_OF_DAY = compile_re(r"\s+(?:du|del|della|dello|of|vom|van|de la|z)\s*$", IC)


def delivery_of_before(before: str) -> bool:
    """The words just before a date are a delivery's noun and "of" ("la livraison du", "the
    delivery of"): the date is that delivery's."""
    tail = before[-40:]
    return any(_OF_DAY.fullmatch(tail, m.end()) for m in DELIVERY_WORDS.finditer(tail))


# "after the holidays", "nach den Betriebsferien": the date that follows is no closure date
_AFTER_CLOSURE = compile_re(
    r"\b(?:after|nach|après|después\s+de|dopo|na|po|depois\s+d[aeo]s?|após)\s+(?:the\s+|den\s+|dem\s+|der\s+|les\s+|las\s+|los\s+|le\s+|la\s+|il\s+|de\s+|het\s+|a\s+|o\s+|as\s+|os\s+)?(?:\w+\s+)?$",
    IC,
)
_SENTENCE_END = compile_re(r"[.!?;](?:\s|$)")


# where a clause ends around a date: a stop, a comma or a semicolon
_CLAUSE_EDGE = compile_re(r"[.!?;,](?:\s|$)|\n")


def production_clause(text: str, at: int) -> bool:
    """The date at ``at`` stands in a clause about making the goods ("Die Produktion der
    Blöcke läuft erst ab KW 49", "the housings are machined on 3/12") with no word of delivering
    or shipping in it: when the goods are made, not when they come."""
    edges = list(_CLAUSE_EDGE.finditer(text, 0, at))
    start = edges[-1].end() if edges else 0
    nxt = _CLAUSE_EDGE.search(text, at)
    clause = text[start : nxt.start() if nxt else len(text)]
    said = [
        m
        for m in L.pattern("production").finditer(text, start, at)
        # not a word of an item code ("CAST-7781")
        if text[m.end() : m.end() + 1] not in ("-", "_", "/")
        and text[m.start() - 1 : m.start()] not in ("-", "_", "/")
    ]
    if not said or _FOR_DATE.search(text, start, at):
        return False
    return not (L.search("delivery_date", clause) or L.search("ship_date", clause))


# "on coule 300 pièces pour le 11/12": the goods made for a day are due that day
_FOR_DATE = compile_re(
    r"\b(?:pour|for|für|para|per|voor|till|til)\s+(?:le|la|the|den|dem|el|il|de|het)?\s*$",
    re.IGNORECASE,
)


def closure_before(before: str) -> bool:
    """A closure notice names the date that follows ("Christmas shutdown (from 21/12 to 03/01)",
    "closed from 23/12 and reopen 04/01", "Last despatch 22/12"): a closure word in the same
    sentence, within 80 characters, with no delivery or ship word after it."""
    ends = list(_SENTENCE_END.finditer(before))
    tail = before[ends[-1].end() :] if ends else before
    tail = tail[-80:]
    found = list(L.pattern("closure").finditer(tail))
    if not found:
        return False
    m = found[-1]
    if _AFTER_CLOSURE.search(tail[: m.start()]):
        return False
    rest = tail[m.end() :]
    if tail.rfind("(", 0, m.start()) > tail.rfind(")", 0, m.start()) and ")" in rest:
        return False  # "(factory closed 16 Dec - 11 Jan) we'll have everything … in week 3"
    return not (DELIVERY_WORDS.search(rest) or SHIP_WORDS.search(rest))


# a bracket or clause that opens by denying the value after it: "(not the 12.5 kg …)",
# "(nicht die 12,5-kg-Blöcke)", "(et non les 12,5 kg)"
DENIED_BEFORE = compile_re(
    r"(?:^|[(,;]|\b(?:and|und|et|y|e|en))\s*(?:not|nicht|niet|pas|non|nie|ne|inte|ikke|ei)\s+"
    r"(?:the|die|der|das|den|le|la|les|il|lo|el|los|las|de|het|o|a|os|as)?\s*$",
    IC,
)
# A date right after these is not a commitment about the line ("only from 11/12" and "erst ab
# 11.12." are: the earliest delivery is the one promised).
NOT_A_COMMITMENT_BEFORE = compile_re(
    r"(?:won't|will not|wont|can't|cannot|can not|couldn't|unable to|not able to|not)\s+(?:be able to\s+)?(?:make|meet|hit|manage|achieve|do)\b[^.;]{0,12}$"
    # "vi rekker dessverre ikke 16. desember", "vi hinner inte", "wir schaffen den … nicht"
    r"|\b(?:rekker|klarer|når|rækker|nærmer|hinner|klarar|når)\s+(?:\w+\s+){0,2}(?:ikke|ikkje|inte)\b[^.;]{0,12}$"
    r"|\b(?:schaffen|halten|erreichen)\s+(?:wir\s+)?(?:\w+\s+){0,2}nicht\b[^.;]{0,12}$"
    r"|\b(?:closed?|closure|shut\w*|holidays?|vacation|betriebsferien|geschlossen|urlaub|fermé\w*|fermeture|congés|cerrad\w*|vacaciones"
    r"|last (?:shipments?|deliveries|orders?|day|pick-?ups?)|cut-?off|deadline|orders? (?:received|placed) (?:by|before)"
    r"|gültig\w*|valid|effective|prijs(?:en)? per|preise? per|letter|schreiben|invoice|rechnung|facture|factura|due|fällig|went up|increased?|surcharge|\w*zuschlag|\w*aufschlag|price list|\w*preisliste"
    r"|datum|created|wareneingang|goods receipt|manufacturer|hersteller|revert\w*|get back|come back|(?:reply|answer|respond)(?!\s*:)|melden|zurück|reviendr\w*|promised)\b[^.;]{0,25}$"
    r"|\b(?:instead of|rather than|statt|anstatt|anstelle|au lieu d[eu]|en lugar de|en vez de|zamiast|i stället för|istället för|not by|not on|nicht zum|nicht am|nicht bis|was|war|old|previous|original"
    r"|requested|you requested|asked for|you wanted|your date|need-by|needed by|gewünscht|wunschtermin|angefragt|demandée?|souhaitée?|solicitad[oa]|pedid[oa]|through|thru|to|until|till|bis|bis zum|bis einschließlich|jusqu'(?:au|à|a)|hasta|(?<!only )(?<!earliest )from|of|dated|vom|du|del|since|seit|as of|(?<!erst )ab|(?<!erst )ab dem|stand|(?:invoice|document|order|po|issue|print|letter|quote|offer) date:|datum:)\s*:?\s*(?:the\s+)?[(]?$",
    IC,
)
NOT_A_COMMITMENT_AFTER = compile_re(
    r"^[^.;]{0,30}\b(?:surcharge|\w*zuschlag|price increase|preiserhöhung|increase|applies|gilt|closure|closed|geschlossen|letter|invoice)\b",
    IC,
)
# Price-change or announcement sentences: their dates are not delivery dates.
PRICE_CONTEXT = compile_re(
    r"\b(?:cost|price|pricing|preis\w*|prix|precio|surcharge|\w*zuschlag|\w*aufschlag|increase|erhöhung|hausse|augmentation|recargo|aumento)\b",
    IC,
)
SURCHARGE = compile_re(
    r"\b(?:surcharge|zuschlag|aufschlag|mehrpreis|teuerungszuschlag|increase|erhöhung|uplift|hausse|augmentation|majoration|recargo|aumento)\b",
    IC,
)
TIED_TO_ORDER = compile_re(
    r"\b(?:on all (?:lines|items|positions)|all (?:lines|items|positions)|(?:we )?(?:have to|must|will|need to) add|will be added|is added|(?:your |the )?po price|order price|auf alle positionen|toutes les lignes|todas las l[ií]neas"
    r"|this order|this po|your po|the po|your order|your purchase order|this purchase order|applies to (?:this|your)|prices on your|added to the prices"
    r"|diese bestellung|diesen auftrag|ihre(?:r|n)? bestellung|ihren auftrag|cette commande|votre commande|ce bon de commande|este pedido|su pedido)\b",
    IC,
)
TAX_OR_TOTAL = compile_re(
    r"\b(?:vat|mwst|ust|tva|iva|tax|sales tax|total|totale|imponibile|subtotal|sub-total|summe|gesamt\w*|netto\w*|nettowarenwert|betrag|amount|montant|importe|zzgl|inkl|skonto)\b",
    IC,
)
# Values after these refer to the PO's own numbers, not the supplier's.
REFERENCE_BEFORE = compile_re(
    r"(?:(?:your |the )?po (?:shows|says|states|has|had)|(?:your |the )?order (?:shows|says|states)|antes|anteriormente|précédemment|avant|vorher|zuvor|prima|precedentemente|formerly|"
    r"instead of|rather than|zamiast|i stället för|istället för|in (?:your|the) (?:po|order)|on your po|your (?:po )?price(?: of)?|po price|ordered|you ordered|bestellt\w*|in ihrer bestellung|gegenüber ihrer bestellung|ihrer bestellung|statt|anstatt|anstelle|bisher|alter preis|old price|previous(?:ly)?|was|war|au lieu de|ancien prix|en lugar de|of the|out of|from|together with the|with the|short|short by|minus|less|missing|fehlen|manquent|faltan|remaining|rest|balance of|restliche\w*|vpe|verpackungseinheit|packing unit|pack(?:s|ing)? of|multiples? of|moq|minimum(?: order)?(?: quantity)?|mindestmenge|lots? of|cartons? of|boxes of|carton qty"
    # Chinese "单价由6.80元调整为7.15元": from the old price to the new
    r"|由|从|原价|原单价|原来)\s*(?:à|a|of|:|\(|=)?\s*$",
    IC,
)
SPLIT_WORDS = compile_re(
    r"\b(?:balance|remaining|rest|remainder|restliche\w*|reste|resto|then|dann|puis|luego|backorder\w*|rückstand|nachliefer\w*|partial|teil\w*)\b",
    IC,
)
_REST_BOUNDED, _REST_BARE = L.bounded_and_bare("rest_of_order")
_UNCHANGED_BOUNDED, _UNCHANGED_BARE = L.bounded_and_bare("unchanged")
_REST_AS_ORDERED = (
    rf"(?:(?<![\w]){_REST_BOUNDED}(?![\w])|{_REST_BARE})(?:\s+[^\W\d_]+){{0,2}}?[\s:,–-]*"
    rf"(?:(?<![\w]){_UNCHANGED_BOUNDED}(?![\w])|{_UNCHANGED_BARE})"
)
_ALL_LINES = compile_re(
    r"\b(?:all (?:the )?(?:\w+ )?(?:lines|items|positions|pos\.?)|all (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:lines|items|positions)|both (?:lines|items|positions|orders)"
    r"|everything else|everything|verder|overige regels|beide regels|alle regels|all other (?:lines|items|positions)|the other (?:lines|items|positions)|(?:all |the )?others|the rest|rest (?:is |are )?(?:ok|okay|fine|good|confirmed|as ordered|as per|wie bestellt|bestätigt|in ordnung|ok)|all the rest|the remaining (?:lines|items|positions)|all of (?:it|them)|the lot"
    r"|(?:die |alle |allen )?(?:anderen|übrigen|restlichen|sonstigen) (?:positionen|artikel|posten)|alle anderen(?: positionen)?|allen anderen|alle übrigen(?: positionen)?|der rest|alles\b|rest (?:wie|gemäß|laut)|l'ensemble|le reste|tout le reste|el resto|todo\b|la resta|tota la resta|il resto|tutto\b|tutte le (?:righe|posizioni)|ostatní|obou položek|obě položky|všechny položky|všech položek|the (?:whole|entire|complete) (?:po|order)|entire order|full order|all lines"
    r"|beide[n]? positionen|alle(?:n)? positionen|übrigen positionen|restlichen positionen|sämtliche positionen"
    r"|toutes les (?:lignes|positions)|les deux (?:lignes|positions)|todas las (?:líneas|posiciones)|ambas (?:líneas|posiciones)"
    r"|båda (?:raderna|positionerna|artiklarna)|alla (?:rader|raderna|positioner|positionerna)|obie pozycje|wszystkie pozycje|obu pozycji"
    # "begge varer", "molemmat tuotteet", "mindkét tétel", "ambos os itens", "и двете позиции"
    r"|(?:begge|alle) (?:varer|varene|varerne|linjer|linjene|linjerne|positioner|positionerne|artikler|artiklene|artiklerne|produkter|produktene|produkterne"
    r"|poster|postene|posterne|posisjoner|posisjonene)"
    r"|(?:molemmat|kaikki) (?:tuotteet|rivit|nimikkeet)|mindkét (?:tétel\w*|termék\w*)|(?:minden|az összes) tétel\w*"
    r"|ambos os (?:itens|artigos|produtos)|todos os (?:itens|artigos|produtos)|entrambi gli articoli|tutti gli articoli"
    r"|beide (?:artikelen|producten)|alle (?:artikelen|producten)|beide artikel|(?:oba|obje|sve) (?:artikla|stavke|proizvoda)"
    r"|(?:obe|obeh|vse|vseh) postavk(?:e|i|ah|ama)|ambele (?:produse|poziții|pozitii)|toate (?:produsele|pozițiile|pozitiile)"
    r"|(?:и )?двете (?:позиции|артикула)|всички (?:позиции|артикули)|(?:обе|все) позиции|оба товара|(?:обидві|усі|всі) позиції"
    # Lithuanian, Latvian, Estonian: "abi pozicijos", "abas pozīcijas", "mõlemad tooted"
    r"|(?:abi|visos) (?:pozicijos|prekės|eilutės)|(?:abas|visas) (?:pozīcijas|preces|rindas)"
    r"|(?:mõlemad|kõik) (?:positsioonid|tooted|read)"
    r"|her iki (?:ürün|kalem)|tüm (?:kalemler|ürünler)|(?:και )?τα δύο (?:είδη|προϊόντα)|όλα τα (?:είδη|προϊόντα)"
    # "και για τις δύο θέσεις", "לשתי השורות", "обе ставке": both or all positions
    r"|(?:και )?(?:για )?(?:τις )?(?:δύο|όλες τις) (?:θέσεις|γραμμές)"
    r"|(?:ל|ב)?(?:שתי|כל) ה(?:שורות|פריטים|מוצרים)|(?:ל|ב)?שני ה(?:פריטים|מוצרים)"
    r"|(?:обе|све|оба) (?:ставке|ставки|артикла|производа|позиције)"
    # the whole order: "Siparişinizin tamamı", "die gesamte Bestellung", "todo el pedido"
    r"|sipariş\w* tamamı|tüm sipariş\w*|(?:die )?(?:gesamte|ganze|komplette) (?:bestellung|lieferung)"
    r"|(?:la )?totalité de (?:la|votre) commande|toute la commande|todo el pedido|(?:la )?totalidad del pedido"
    r"|tutto l'ordine|l'intero ordine|toda a encomenda|todo o pedido|de (?:hele|volledige) (?:bestelling|order)"
    r"|całe zamówienie|całość zamówienia|cel(?:ou|á) objednávk[ua]|hela (?:ordern|beställningen)"
    r"|hele (?:ordren|bestillingen|ordren)"
    # "deze in zijn geheel afwijzen", "in its entirety", "dans son intégralité"
    r"|in (?:zijn|haar) geheel|in (?:its|their) entirety|dans (?:sa|son|leur) intégralité"
    r"|in (?:ihrer|seiner) gesamtheit|nella (?:sua )?totalità|en su totalidad|na (?:sua )?totalidade"
    r"|(?:두|세) 품목 모두|모든 품목|전 품목)\b"
    # Chinese and Japanese "both items", "all items" ("兩項均為 ... 出貨"), no word boundaries
    r"|(?<!以上)(?:两项|兩項)(?:均|都)|全部(?:品[项項]|[项項]目)|所有(?:品[项項]|[项項]目)|両方の品目|全品目"
    # the rest of the order said to be as ordered, in every lexicon language, as a sentence
    # of its own ("Resten enligt order."): a rest word alone is as often the rest of a line's
    # quantity ("resten 40 st"), and after a line's change in one sentence ("Pozycja 2 - …,
    # reszta bez zmian") the reader must first cut the named line off
    rf"|(?:^|(?<=[.!?;:。！？；：\n]))\s*{_REST_AS_ORDERED}",
    IC,
)
ALL_LINES = SearchMemo(_ALL_LINES)
# "everything", "alles", "todo": all of the order only when nothing narrower is in view;
# under a line's label ("Partida 1: no alcanzamos a producir todo") it is all of that line
ALL_BARE = compile_re(
    r"\b(?:everything|alles|todo|tutto|tout|all of (?:it|them)|the lot)\b(?!\s+(?:else|andere|le reste|el resto))",
    IC,
)


def explicit_all(text: str) -> bool:
    """``text`` speaks of all lines in so many words, not with a bare "everything"."""
    return bool(ALL_LINES.search(ALL_BARE.sub(" ", text)))


EXCEPT = compile_re(
    # "bar" only before a line it leaves out ("all good bar line 2"): it is also a unit
    r"\b(?:except(?: for)?|excluding|with the exception of|other than|apart from"
    r"|bar(?= (?:lines?|items?|pos(?:itions?)?)\.? ?\d)|außer|ausgenommen|bis auf|sauf|à l'exception de|excepto|salvo|excepte|llevat de|tret de|a excepció de"
    r"|undtagen|bortset fra|med undtagelse af|unntatt|bortsett fra|med unntak av|utom|förutom|med undantag av"
    r"|cu excep[țţt]ia|except[âa]nd"
    r"|okrem|s výnimkou|paitsi|lukuun ottamatta|εκτ[όο]ς απ[όο]|με εξα[ίι]ρεση|ngoại trừ"
    r"|кроме|за исключением|крім|за винятком|kecuali"
    r"|osim|izuzev|razen|с изключение на|освен|välja arvatud|išskyrus|izņemot)\b|제외",
    IC,
)
# what an exception's object runs to: its lines and a bracket right after them ("except
# line 2 (delivery 08/01/2027)"); otherwise the rest of the clause
EXCEPTION_BRACKET = compile_re(r"[^()]{0,40}?\([^()]*\)")
OTHER_ORDER = compile_re(
    r"\b(?:your other (?:order|po|purchase order)|the other (?:order|po)|other order|another order|(?:second|third|fourth|fifth|last) (?:order|po)|ihre andere bestellung|die andere bestellung|votre autre commande|su otro pedido)\b",
    IC,
)
INVOICE = compile_re(
    r"\b(?:invoice|rechnung|facture|factura|credit note|gutschrift|statement of account|kontoauszug|payment reminder|zahlungserinnerung|mahnung"
    # the same document in the other languages suppliers write in
    r"|fattura|fatura|fatură|factuur|faktura|faktúra|számla|lasku|rēķins|фактура|рахунок)\b",
    IC,
)

# "All other lines" / "the rest": the lines not named elsewhere, so no claim about named ones.
OTHERS = compile_re(
    r"\b(?:everything else|anything (?:else|not (?:noted|mentioned|listed|stated) (?:above|here))|verder|overige|de rest|alles andere|alles übrige|todo lo demás|tutto il resto|all other|(?:the |all )?other (?:lines|items|positions)|(?:all |the )?others|otherwise|sonst|ansonsten|for the rest|the rest|all the rest|the remaining (?:lines|items|positions)|alle anderen|allen anderen|alle übrigen|übrigen|restlichen|der rest|rest (?:wie|gemäß|laut)"
    r"|le reste|tout le reste|les autres|el resto|los demás|la resta|les altres|il resto|gli altri|ostatní)\b"
    # the rest said to be as ordered, in every lexicon language ("Resten enligt order")
    rf"|{_REST_AS_ORDERED}",
    IC,
)
# Whole-order claims that a line-specific change would contradict (unless an exception is announced).
# "in full" in more languages: Finnish, the Scandinavian ones, Spanish, Portuguese, Italian,
# French, Romanian, Polish, Slovene, Croatian, Russian, Ukrainian, Turkish
_IN_FULL_MORE = (
    r"kokonaisuudessaan|täysimääräisesti|i sin helhet|i sin helhed|en su totalidad|íntegramente"
    r"|na íntegra|na totalidade|integralmente|per intero|intégralement|en totalité|în totalitate"
    r"|w całości|v celoti|u cijelosti|в полном объ[её]ме|у повному обсязі|eksiksiz"
)
STRONG_CLAIM = compile_re(
    r"\b(?:as ordered|as per (?:your |the )?(?:po|order|purchase order)|per your po|in full|as is|all (?:lines|items|positions) (?:ok|confirmed|fine|good)|unchanged|wie bestellt|vollständig|komplett"
    r"|comme command[ée]e?s?|conformes?(?!\s+(?:a|al|à|alla|alle|ai|agli|aux?|to|with|con|avec)\s+(?!(?:su|sua|votre|vos|la|el|vostro|vs\.?|il|l'|your)?\s*(?:pedido|commande|ordine|order|encomenda)))|según (?:su )?pedido|come da ordine|zoals besteld"
    # Czech, Slovak, Polish, Hungarian "in full", "as you specified"
    r"|v plném rozsahu|v celém rozsahu|dle vašeho zadání|v plnom rozsahu|w pełnym zakresie"
    rf"|teljes egészében|{_IN_FULL_MORE})\b",
    IC,
)
# Of those, the ones that say the whole order is taken, not that nothing in it changed: "we
# confirm the order in full, delivery 18 December" moves no date it does not name.
IN_FULL = compile_re(
    r"\b(?:in full|vollständig|komplett|v plném rozsahu|v celém rozsahu|v plnom rozsahu"
    rf"|w pełnym zakresie|teljes egészében|{_IN_FULL_MORE})\b",
    IC,
)
ANNOUNCES_DETAILS = compile_re(
    r"(?::\s*$|\b(?:as follows|following|below|wie folgt|folgende\w*|nachstehend|unten|ci-dessous|suivante?s|siguientes?|a continuación|except|but|however|außer|aber|jedoch|sauf|mais|pero|excepto|salvo|excepte|maar|behalve|però|tranne|with the exception|apart from|other than)\b)",
    IC,
)
# A reduction of the price in every lexicon language ("5% off", "3 % Rabatt", "割引")
DISCOUNT = L.pattern("discount")
RESPECTIVELY = compile_re(
    r"\b(?:respectively|jeweils|respectivement|respectivamente|rispettivamente"
    # "4 875,00 resp. 2 390,00 kr/st", "henholdsvis", "respectievelijk", "odpowiednio"
    r"|resp\.|respektive|henholdsvis|hhv\.|respectievelijk|odpowiednio|vastaavasti)(?!\w)",
    IC,
)
# A bare number is a quantity after a change or supply verb: "bump that to 250", "we'll ship 5,000".
QTY_CHANGE_BEFORE = compile_re(
    r"(?:\b(?:bump\w*|rais\w*|increas\w*|round\w*|amend\w*|chang\w*|adjust\w*|reduc\w*|ship|supply|deliver|send|provide|make|produce|offer|only (?:have|do)|liefern|aufrunden|erhöhen|anpassen|reduzieren|arrondi\w*|livrer|fournir|suministrar|entregar)\b"
    # "= 250"; "L=1000" (a letter right before) is a dimension of the item
    r"[^.;\d]{0,25}?\b(?:to|auf|à|a|only)?\s*|(?<![^\W\d_])=\s*)$",
    IC,
)
# A verb that moves a count, right before the new one ("rounded it up to 5 full cartons",
# "auf 120 erhöht"): not "= 250" nor "we ship 2 pallets", which restate or pack
COUNT_CHANGED_BEFORE = compile_re(
    r"\b(?:bump\w*|rais\w*|increas\w*|round\w*|amend\w*|chang\w*|adjust\w*|reduc\w*|aufrunden"
    r"|aufgerundet|erhöh\w*|reduzier\w*|arrondi\w*|augment\w*|rédui\w*|redondea\w*|aument\w*"
    r"|arrotondat\w*)\b[^.;\d]{0,25}?\b(?:to|auf|à|a|op|till|på|na)?\s*$"
    # "数量调整为 2,000 盒", "數量改為": Chinese "adjusted / changed to", written onto the count
    r"|(?:[调調]整|改|[变變]更|更改|修改)[为為成到]\s*$",
    IC,
)
INSTEAD_AFTER = compile_re(
    r"^\s*(?:(?P<unit>[A-Za-z.]{1,8})\s*)?(?:instead of|rather than|in place of|statt|anstatt|anstelle von|au lieu de|en lugar de|en vez de|invece di|zamiast|i stället för|istället för)\s*(?:(?:the|die|den|les?|la|los|las|il|i|gli)\s+)?(?P<num>\d[\d.,'\u00a0\u202f]*\d|\d)",
    IC,
)
CONTAINER_AFTER = compile_re(
    r"^\s*(?:drums?|reels?|spools?|coils?|rolls?|boxes|box|bags?|cartons?|packs?|pallets?|cases?|trommeln?|rollen|kartons?|bobines?)\b",
    IC,
)
# A price the supplier quotes as the PO's own ("the $68/M on your PO is last year's price").
REFERENCE_AFTER = compile_re(
    r"^\s*\)?\s*(?:on|in|from|of) (?:your|the) (?:po|order|purchase order)\b|^\s*(?:is|was) (?:last year|the old|outdated|no longer)|^\s*\(?(?:old|alt|ancien|antiguo)\b"
    # Turkish puts 'instead of' after the old value: '0,0920 EUR yerine 0,0965 EUR'
    r"|^\s*yerine\b",
    IC,
)
# Declining the order as a whole.
WHOLE_ORDER_REJECT = compile_re(
    r"\b(?:declin\w*|cancel\w*|reject\w*|refus\w*|cannot accept|can't accept|unable to accept|not able to accept|unable to honou?r|cannot honou?r|honorer|ablehnen|stornier\w*|annul\w*|rechaz\w*)\s+"
    r"(?:(?:this|the|your|our|the whole|the entire|this purchase|your purchase|votre|cette|la|ihre|diese|su|este)\s+)?(?:order|po|purchase order|bestellung|auftrag|commande|pedido)\b"
    r"|\b(?:declin\w*|cancel)\s+(?:po|p\.o\.)?\s*[-#:]?\s*[A-Z]{0,4}[-/]?\d",
    IC,
)
# Announced changes: when one is announced but no value can be read, the line is not readable.
DATE_CHANGE = compile_re(
    r"\b(?:later|late|delay\w*|postpon\w*|push(?:ed)? (?:out|back)|slip\w*|behind schedule|earlier|rescheduled?|verschoben|verschieben|verzöger\w*|später|früher"
    r"|retard\w*|décal\w*|repouss\w*|report(?:é|ée|er)|retras\w*|atras\w*|aplaz\w*|ritard\w*|posticip\w*|lead ?time|lieferzeit|délai|plazo"
    r"|forsink\w*|udskudt|udskydes|utsatt|utsettes|leveringstid\w*|gecik\w*|ertelen\w*|erteledi\w*"
    r"|késik|késés\w*|késni|csúszik|csúszás\w*|[îi]nt[âa]rzi\w*|am[âa]n[ăa]\w*|am[âa]nat\w*"
    r"|oneskor\w*|omešk\w*|posun\w*|viivästy\w*|myöhästy\w*|siirty\w*|καθυστ[έε]ρ\w*"
    r"|μετατ[ίι]θεται|trễ|chậm|hoãn|dời"
    r"|задерж\w*|перенос\w*|перенес[её]н\w*|опозда\w*|позже|позднее|раньше|затримк\w*|затриму\w*"
    r"|перенесен\w*|запізн\w*|пізніше|раніше|срок поставки|термін поставки"
    r"|mundur|diundur|terlambat|tertunda|ditunda|ditangguhkan|kelewatan|lebih lambat|lebih cepat"
    # Croatian, Slovenian, Bulgarian, Estonian, Lithuanian, Latvian: late, postponed, moved
    r"|kašnjenj\w*|kasni\w*|odgođen\w*|odgod\w*|pomaknut\w*|pomjeren\w*|pomeren\w*|zamud\w*"
    r"|zamuja\w*|zamik\w*|zamaknjen\w*|prestavljen\w*|забав\w*|закъсн\w*|отложен\w*|hiline\w*"
    r"|lükku\w*|lükkub|edasi lükatud|vėluo\w*|vėlavim\w*|atidėt\w*|nukelt\w*|kavē\w*|pārcelt\w*"
    r"|atlikts)\b"
    r"|遅れ|遅延|延期|前倒し|지연|연기|늦어"
    # out of stock with no date: "on backorder", "nicht am Lager", "en rupture"
    r"|\bon back-?order\b|\bback-?ordered\b|\bout of stock\b|\bnicht (?:am|auf) lager\b"
    r"|\ben rupture(?: de stock)?\b|\bsin stock\b|\bagotad[oa]s?\b|\besaurit[oi]\b|\bniet op voorraad\b"
    # a duration the delivery is counted in ("3 weeks after receipt of drawings", "6-8
    # Wochen"): with no date read from it, the date is not the PO's
    r"|\b\d{1,2}(?:\s?[-–]\s?\d{1,2})?\s?(?:weeks?|wks?|days?|wochen|tage[n]?|arbeitstage[n]?|semaines?|jours"
    r"|semanas?|d[ií]as|settimane|giorni|weken|dagen|týdn[ůuy]|dn[íi]|tygodni|dni"
    r"|недел[иьюя]|недель|дн(?:я|ей|і|ів)|день|тижн(?:і|ів|я)|тиждень|minggu|pekan|hari"
    r"|tjed(?:an|na|ana)|dana|tedn(?:a|e|ov)|teden|седмиц[аи]|дни|дена|nädal(?:at|a)?|päeva"
    r"|savait(?:ė|ės|es|ę)|savaičių|dien(?:a|os|ų|as|u|ām)|nedēļ(?:a|as|u|ām))\b",
    IC,
)
PRICE_CHANGE = compile_re(
    r"\b(?:(?:price|cost|pricing)s?\b(?:\s+[\w.-]+){0,4}?\s+(?:has |have |will |is |are |had |be )*(?:increas\w*|gone up|went up|go up|risen|rise|changed?|higher|adjusted)|increas\w* (?:in |of )?(?:the )?(?:price|cost)s?"
    r"|new price|re-?pric\w*|price (?:increase|change|adjustment)|preis\w* (?:erhöh\w*|gestiegen|geändert|steigt|steigen)|preiserhöhung|neue[rn]? preis\w*"
    r"|augmentation (?:de|du) prix|hausse (?:de|du|des) prix|nouveau prix|aumento de precio|nuevo precio|subida de precio|aumento di prezzo|nuovo prezzo)\b",
    IC,
)
QTY_CHANGE = compile_re(
    r"\b(?:short(?:fall)?|fewer|less than|only part|not (?:the )?full|not all|teilmenge|teillieferung|weniger|unterlieferung|manque\w*|partiel\w*|parcial\w*|faltan|round(?:ed)? up|aufgerundet|moq|minimum order"
    r"|dellever\w*|restordre\w*|kısmi|eksik|részszállítás\w*|hiány\w*|par[țţt]ial\w*"
    r"|čiastočn\w*|osatoimitu\w*|μερικ\w*|τμηματικ\w*|từng phần|thiếu"
    r"|частичн\w*|недопоставк\w*|частков\w*|sebagian|sebahagian|separa"
    r"|djelomičn\w*|delimičn\w*|delna|delno|osaline|osaliselt|osatarne|dalin\w*|daļēj\w*)\b|分納|一部のみ|분할|부분\s?납품",
    IC,
)
# "We confirm receipt of your order": an acknowledgment of receipt, not of the order.
RECEIPT_ONLY = compile_re(
    r"\b(?:confirm\w*|acknowledg\w*)\s+(?:the\s+|safe\s+)?receipt|\breceipt\s+(?:is\s+)?(?:confirmed|acknowledged)|\bwe (?:have )?received your (?:order|po|purchase order)"
    r"|\b(?:bestätig\w*)\s+(?:wir\s+)?(?:ihnen\s+)?(?:den|dankend den)\s+(?:eingang|erhalt)|\beingang\s+(?:ihrer|der)\s+bestellung"
    r"|\baccus\w*\s+(?:bonne\s+)?réception|\bacus\w*\s+(?:de\s+)?recibo|\bconfermiamo\s+(?:la\s+)?ricezione",
    IC,
)
# A price without a currency mark, after a price word: "price is 12.90", "at 12.50", "Preis 12,90".
BARE_PRICE_BEFORE = compile_re(
    r"(?:\b(?:unit price|price|pricing|preis|einzelpreis|prix|prix unitaire|precio|prezzo|cena)\b(?:\s+(?:is|will be|now|of|now is|ist|est|es|è|von|de|:|=))*\s*:?\s*|(?:\bat|@|(?<![\w.])à|\ba)\s+)$",
    IC,
)
# A line total, not a unit price: "144 rolls, total $295.20".
LINE_TOTAL_BEFORE = compile_re(
    r"\b(?:total|line total|extended|amount|gesamt\w*|summe|betrag|montant(?: total)?|importe(?: total)?|totale)\s*(?:of|:|=|is|von|de)?\s*$",
    IC,
)
# Offers and conditions are no announcements: "let me know if you want a partial by air".
CONDITIONAL = compile_re(
    r"^\W*(?:let me know if|if you (?:want|need|prefer|like)|would you like|do you want|should you|falls sie|wenn sie|si vous|si usted|se desidera)\b",
    IC,
)
# Text written for machines reading the mail rather than for the buyer: never act on it.
INJECTION = compile_re(
    r"\b(?:ignore (?:all |any |your |the )?(?:previous|prior|above|earlier) (?:instructions|prompts?|rules)|(?:ai|llm) (?:assistants?|agents?|models?|systems?)"
    r"|(?:automated|automatic) (?:order[- ]processing |processing |reading )?(?:systems?|agents?|assistants?|parsers?) (?:reading|processing|should|must)"
    r"|note (?:for|to) (?:automated|ai|the ai|any ai|language models?|bots?)|system prompt|language models? reading)\b",
    IC,
)
# A confirmation still to come, or one the supplier asks us for: no acceptance in itself.
NOT_YET_ACCEPT = compile_re(
    r"\b(?:(?:our |the |a |an |your )?(?:formal |official |written |detailed |order |erp )*(?:confirmation|acknowledge?ment|bestätigung|auftragsbestätigung|confirmación|conferma|accusé de réception)\s+"
    r"(?:will follow|follows|to follow|is to follow|is coming|will be sent|comes|folgt|wird folgen|kommt|suit|suivra|seguirá|a seguire|seguirà))"
    r"|\b(?:will|'ll|shall|going to)\s+(?:send|get|receive|have|provide|forward|issue|mail)\s+(?:you\s+)?(?:our |the |a |an |your )?(?:formal |official |written |detailed |order )*(?:confirmation|acknowledge?ment)"
    r"|\byou(?:'ll| will) (?:get|receive|have) (?:our |the |a |an )?(?:formal |official |written |order )*(?:confirmation|acknowledge?ment)"
    r"|\b(?:please|pls|kindly|bitte|merci de|por favor|can you|could you|would you)\s+(?:\w+\s+)?(?:confirm\w*|bestätigen|confirmer|confirme|confermare)\b",
    IC,
)
# Unavailable now, or for good? Neither a rejection nor a date until the supplier says which.
UNAVAILABLE = compile_re(
    r"\b(?:not available|unavailable|out of stock|not in stock|nicht verfügbar|nicht vorrätig|nicht auf lager|nicht lieferbar|non disponible|en rupture|rupture de stock"
    r"|no disponible|sin stock|agotado|non disponibile|esaurito|nedostupn\w*|není skladem"
    r"|нет в наличии|отсутствует на складе|немає в наявності|відсутн\w* на складі"
    r"|tidak tersedia|stok (?:kosong|habis)|kehabisan stok|tiada stok"
    r"|nije dostupn\w*|nema na (?:zalihi|skladištu|stanju|lageru)|ni na zalogi|ni na voljo"
    r"|няма наличност|не е наличн\w*|ei ole saadaval|ei ole laos|nėra sandėlyje|nav pieejam\w*"
    r"|nav noliktavā)\b",
    IC,
)
# The price turned into another currency at a rate: "at the exchange rate", "zum
# Wechselkurs"; as a reason for a new price ("ajuste por tipo de cambio") it changes nothing
EXCHANGE_RATE = compile_re(
    r"\b(?:exchange rates?|conversion rates?|spot rate|wechselkurs\w*|devisenkurs\w*"
    r"|umrechnungskurs\w*|taux de (?:change|conversion)|tipo de cambio|tasa de cambio"
    r"|tasso di cambio|taxa de c[âa]mbio|wisselkoers\w*|kurs\w* (?:wymiany|walut\w*|NBP)"
    r"|sm[ěe]nn\w* kurz\w*|kurz\w* [ČC]NB|v[äa]xelkurs\w*|valutakurs\w*|vekselkurs\w*"
    r"|vaihtokur\w*|valuuttakur\w*|[áa]rfolyam\w*|cursul? (?:de schimb|BNR)"
    r"|курс\w* (?:валют\w*|ЦБ|НБУ|НБ)|обменн\w* курс\w*|валутн\w* курс\w*"
    r"|συναλλαγματικ\w* ισοτιμ\w*|döviz kuru\w*|te[čc]aj\w* (?:HNB|NBS|ECB|valut\w*)"
    r"|valūtas kurs\w*|valiutos kurs\w*|vahetuskurs\w*|kurs (?:tukar|BI)|kadar pertukaran"
    r"|tỷ giá|שער (?:ה)?חליפין|שער יציג|سعر الصرف)\b"
    r"|汇率|匯率|為替レート|為替相場|환율|อัตราแลกเปลี่ยน",
    IC,
)
# ... at the rate of a day still to come: "till dagskursen på fakturadagen", "zum Tageskurs",
# "au cours du jour", "at the day's rate": no price is fixed yet
DAY_RATE = compile_re(
    r"\b(?:day'?s (?:exchange )?rate|rate (?:of|on) the (?:day|invoice date|date of invoice)"
    r"|tageskurs\w*|cours du jour|cambio del d[ií]a|tipo de cambio del d[ií]a|cambio del giorno"
    r"|c[âa]mbio do dia|dagkoers|kurs\w* dnia|kurz\w* d[ňn]a|dagskurs\w*|dagens kurs"
    r"|p[äa]iv[äa]n kurs\w*|cursul zilei|курс\w* (?:на дату|дня)|te[čc]aj\w* na dan)\b",
    IC,
)
TEMPORARY = compile_re(
    r"\b(?:currently|at the moment|at present|temporarily|for now|right now|derzeit|zurzeit|momentan|vorübergehend|aktuell|actuellement|temporairement|actualmente|temporalmente|attualmente|momentaneamente|momentálně"
    r"|в настоящее время|временно|на данный момент|наразі|тимчасово|на даний момент"
    r"|saat ini|untuk sementara|buat masa ini|pada masa ini|sementara waktu"
    r"|trenutno|trenutačno|začasno|в момента|hetkel|praegu|ajutiselt|šiuo metu|laikinai|šobrīd"
    r"|pašlaik|īslaicīgi"
    r"|momenteel|op dit moment|tijdelijk|pour le moment|en ce moment|momentanément|de momento"
    r"|por el momento|en este momento|al momento|per il momento|no momento|temporariamente"
    r"|atualmente|obecnie|chwilowo|tymczasowo|v současné době|dočasně|v súčasnosti|dočasne"
    r"|för närvarande|tillfälligt|just nu|for øjeblikket|midlertidigt|for tiden|for øyeblikket"
    r"|midlertidig|tällä hetkellä|tilapäisesti|jelenleg|átmenetileg|temporar|în prezent|şu anda"
    r"|şu an|geçici olarak|προς το παρόν|προσωρινά|hiện tại|tạm thời)\b",
    IC,
)


def _open_bracket(text: str, pos: int, reach: int | None = None) -> int:
    """Where the bracket that ``pos`` stands in opens (within ``reach`` characters); -1 when
    ``pos`` is in none."""
    opened = text.rfind("(", 0 if reach is None else max(0, pos - reach), pos)
    return opened if opened >= 0 and text.find(")", opened, pos) == -1 else -1


# where a sentence or a line ends, for the start of the one holding a position
_SENTENCE_OR_LINE_END = compile_re(r"[.!?;](?=\s)|\n")


def rest_leads(text: str, pos: int) -> bool:
    """The sentence holding ``pos`` is about the rest of a line ("Preostalih 6 palet … ne
    moremo zagotoviti, zato jih ne potrjujemo": the remaining six pallets, not the line)."""
    starts = [m.end() for m in _SENTENCE_OR_LINE_END.finditer(text, 0, pos)]
    start = starts[-1] if starts else 0
    # "Item 2: the remaining 20 pcs …": the line's label before the rest
    head = _LABEL_FIRST.sub("", text[start:pos].lstrip(), count=1)
    return L.pattern("split").match(head) is not None


# a line's label that opens a sentence: "Item 2:", "Pos 30 :", "poz. 3 –"
_LABEL_FIRST = compile_re(r"^[^\W\d_]{1,12}\.?\s*\d{1,3}\s*[:\-–)]\s*")


def aside_after_value(text: str, pos: int) -> bool:
    """``pos`` is inside a bracket that follows a value: "preț 24,10 lei/buc (nu mai avem stoc
    la prețul vechi)" explains the value, it refuses nothing."""
    opened = _open_bracket(text, pos)
    return opened > 0 and bool(re.search(r"\d", text[:opened]))


@cache
def _instead_of() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The lexicon's [instead_of] words: those before the old value ("místo 0,452"), and
    those marked "(?#after)" that follow it ("0,452 EUR helyett")."""
    before, after = L.before_and_after("instead_of")
    return (
        # "rather than on the 15th", "statt am 15.": a short word or two may stand between
        compile_re(rf"(?<![\w]){before}\s*[(:]?\s*(?:[^\W\d_]{{1,3}}\s+){{0,2}}$", re.IGNORECASE),
        compile_re(
            rf"^\s*(?:[^\W\d_]{{1,4}}\.?(?:/[^\W\d_]{{1,4}}\.?)?\s*)?{after}(?![\w])",
            re.IGNORECASE,
        ),
    )


def replaced_value(before: str, after: str) -> bool:
    """The value between ``before`` and ``after`` is the old one a new value replaces: "cena
    0,468 EUR/ks místo 0,452 EUR/ks", "0,0920 EUR yerine 0,0965 EUR"."""
    old_before, old_after = _instead_of()
    return bool(old_before.search(before) or old_after.match(after))


# Words that bound a date rather than miss it: "not before 18/12", "nicht vor dem 18.12.",
# "erst am", "no later than", "früher als": the date beside them is a commitment, so a word
# of [date_missed] never reaches a date over one of them.
_BOUND_WORD = (
    r"(?:before|prior|until|till|than|after|from|since|only|earliest|latest|vor|bis|erst"
    r"|als|nach|ab|seit|nur|frühestens|spätestens|avant|dès|après|depuis|antes|hasta|desde"
    r"|prima|fino|dopo|dal|dalla|voor|tot|vanaf|före|förrän|efter|innan|från|før|etter|fra"
    r"|tidligst|senest|tidigast|senast|przed|po|od|dopiero|najwcześniej|najpóźniej|před|pred|až"
    r"|prije|nakon|tek|ennen|jälkeen|vasta|aikaisintaan|viimeistään|előtt|után|csak|önce|sonra"
    r"|enne|pärast|alles|prieš|tik|pirms|pēc|tikai|înainte|după|abia|до|после|от|с|со|только|лише"
    r"|після|від|не раньше|не ранее|πριν|μετά|από|trước|sau|từ|sebelum|setelah|sejak|dari|hanya"
    r"|قبل|بعد|من|حتى|לפני|אחרי|עד|רק)"
)
# After a date, these make a missed-date word say when it can be done ("18/12, not possible
# earlier", "12月18日之前"): the date is the bound, not a missed one.
_EARLIER_OR_LATER = (
    r"(?:(?:earlier|sooner|before|later|früher|eher|vorher|später|plus tôt|plus tard|avant|antes"
    r"|más pronto|más tarde|prima|dopo|eerder|wcześniej|później|dříve|později|skôr|neskôr"
    r"|tidigare|senare|tidligere|senere|før|aiemmin|aikaisemmin|myöhemmin|korábban|hamarabb"
    r"|később|daha erken|daha geç|önce|sonra|ранее|раньше|позже|раніше|пізніше|prije|ranije"
    r"|kasnije|prej|pozneje|по-рано|по-късно|varem|hiljem|anksčiau|vėliau|agrāk|vēlāk"
    r"|mai devreme|mai târziu|νωρίτερα|αργότερα|sớm hơn|muộn hơn|lebih awal|lebih cepat"
    r"|lebih lambat|قبل|بعد|מוקדם|מאוחר)(?![\w])"
    r"|ก่อน|หลัง|より前|以前|以降|之前|之后|以后|以後|提前|前|後|后|이전|이후|전에|후에)"
)
# a suffix written on the date ("december 15-re", "15 Aralık'a"), not one that reads "from"
_DATE_SUFFIX = (
    r"(?:[-'’](?!(?:tól|től|ától|étől|ótól|őtől|den|dan|ten|tan|st|sta|stä)\b)[^\W\d_]{1,6})?"
)
# where a clause ends, for a word after the date that reaches no further
_CLAUSE_STOP = r".,;:!?\n。，、；：！？"


@cache
def _date_missed() -> tuple[re.Pattern[str], ...]:
    """The lexicon's [date_missed] words before the date ("we can't make the 22/12") and those
    marked "(?#after)" that follow it ("Den 18.12. schaffen wir leider nicht"); then the bound
    words right before a date ("nicht vor dem") and right after it ("12月18日之前"), which make
    it the commitment whatever stands beside it."""
    before_w, before_bare = L.bounded_and_bare("date_missed")
    after_w, after_bare = L.bounded_and_bare("date_missed", "after")
    # at most one short article or preposition between ("make the", "nå levering den",
    # "zdążymy na"), and not one that bounds the date ("can't make it before 22/12")
    filler = rf"(?:(?!{_BOUND_WORD}(?![^\W\d_]))[^\W\d_]{{1,4}}\.?[\s(]*)?"
    before = compile_re(
        rf"(?:(?<![\w']){before_w}(?![^\W\d_])[\s:(]*{filler}|{before_bare}[\s:(]*)$",
        re.IGNORECASE,
    )
    after = compile_re(
        rf"{_DATE_SUFFIX}[\s)]*(?:(?<![^\W\d_]){after_w}(?![\w])|{after_bare})"
        # "18.12. können wir nicht früher": the words say when, the date is the bound;
        # "…ne pourrons pas tenir le 15/12": the words are another date's
        rf"(?!\s*{_EARLIER_OR_LATER})(?![^{_CLAUSE_STOP}\d]{{0,15}}\d)",
        re.IGNORECASE,
    )
    bound = compile_re(
        rf"(?<![\w]){_BOUND_WORD}(?![\w])[\s:(]*(?:[^\W\d_]{{1,4}}\.?\s*)?$", re.IGNORECASE
    )
    return before, after, bound, compile_re(rf"\s*{_EARLIER_OR_LATER}", re.IGNORECASE)


def date_missed(text: str, start: int, end: int) -> bool:
    """The date at ``text[start:end]`` is one the words beside it say will not be met: right
    before it ("we can't make the 22/12", "kan vi desværre ikke nå levering den 22/12", "nie
    zdążymy na 15.12") or right after it, in its clause ("Den 18.12. schaffen wir leider
    nicht", "12月15日に間に合いません", "15.12. ei onnistu"). Not a date the words bound ("not
    before 18/12", "we can't make it before 22/12", "Vor dem 18.12. schaffen wir es nicht"):
    that date is the commitment."""
    before_re, after_re, bound_re, bound_after = _date_missed()
    # a window, not a copy of the text up to every date
    before = text[max(0, start - 80) : start]
    if bound_re.search(before):
        return False
    if before_re.search(before) and not bound_after.match(text, end):
        return True
    return after_re.match(text[end : end + 80]) is not None


def payment_date_before(text: str, pos: int) -> bool:
    """The date at ``pos`` is when money is due: a payment or deposit word before it in its
    sentence, with no delivery or ship word between ("cu condiția primirii avansului de 30% …
    până la data de 27.11.2026", "deposit by 27/11")."""
    window = text[max(0, pos - 100) : pos]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    found = list(L.pattern("payment_terms").finditer(window))
    if not found:
        return False
    rest = window[found[-1].end() :]
    return not (DELIVERY_WORDS.search(rest) or SHIP_WORDS.search(rest))


def effective_aside(text: str, pos: int) -> bool:
    """``pos`` stands in a bracketed aside about a price change's start ("(zdražení kartonu od
    1. 11.)", "(prisjustering från 1/12)"): the date is the price's, not the delivery's."""
    # an aside is short: a bounded look back keeps a long text with many dates linear
    opened = _open_bracket(text, pos, reach=200)
    if opened < 0:
        return False
    if L.search("effective", text[opened:pos]) is not None:
        return True
    # "(vår underleverantör har höjt priset … från 1 december)", "(с 1 декабря подорожало
    # оптическое стекло)": a price's rise anywhere in the aside, which says nothing of the
    # delivery, dates the rise
    closed = text.find(")", pos, pos + 200)
    aside = text[opened : closed if closed >= 0 else pos + 80]
    return (
        L.search("surcharge", aside) is not None
        and not DELIVERY_WORDS.search(aside)
        and not SHIP_WORDS.search(aside)
    )


@cache
def _effective_end() -> re.Pattern[str]:
    return compile_re(
        rf"(?<![\w])(?:{L.alternation('effective')})(?![\w])[^.;:!?\n]{{0,25}}$", re.IGNORECASE
    )


def effective_before(text: str, pos: int) -> bool:
    """A price change's start right before ``pos`` ("a tabela nova entrou em vigor em 01/03",
    "new prices valid from 1/1"): the date is the price's. Not when a word of delivery or
    shipping stands earlier in the clause ("entrega a partir del 15/12" is the delivery's)."""
    start = max(0, pos - 60)
    clause = without_count_start(re.split(r"[.;:!?\n,]", text[start:pos])[-1])
    if not _effective_end().search(clause):
        return False
    return not (DELIVERY_WORDS.search(clause) or SHIP_WORDS.search(clause))


@cache
def _shelf_life_end() -> re.Pattern[str]:
    return compile_re(
        rf"(?<![\w])(?:{L.alternation('shelf_life')})(?![\w])[^\d\n]{{0,15}}$", re.IGNORECASE
    )


def shelf_life_before(text: str, pos: int) -> bool:
    """The words just before ``pos`` make the date there the product's life, not its delivery
    ("Charge V-2701-14, MHD 30.09.2028", "tinka vartoti iki 2028-08-31", "best before:
    31/03/2029"), or the day the goods come back into the supplier's own stock ("på lager
    igen mandag den 19. april", "back in stock on the 19th"). Only the 60 characters before
    it are read: a window, not a copy of the text up to every date."""
    return (
        _shelf_life_end().search(text, max(0, pos - 60), pos) is not None
        or _restock_end().search(text, max(0, pos - 60), pos) is not None
    )


@cache
def _restock_end() -> re.Pattern[str]:
    # a weekday or an article may stand between ("wieder am Lager ab Montag, 19.4."), no stop
    return compile_re(
        rf"(?<![\w])(?:{L.alternation('restock')})(?![\w])[^\d\n.;:!?]{{0,20}}$", re.IGNORECASE
    )


def of_paperwork(text: str) -> bool:
    """The clause's values are said of documents about the goods, not of the goods: "Die
    PPAP-Unterlagen erhalten Sie spätestens in KW 51", "certificates by 10.12." A clause that
    also speaks of shipping or delivering, or states a price, is about the goods too."""
    return bool(
        L.search("paperwork", text)
        and not L.search("ship_date", text)
        and not L.search("delivery_date", text)
        # "as per your approved artwork the price will be USD 0.036": a price is the goods'
        and not price_hits(text, "en-US")
    )


# the words that keep a tax out of the price before them, in the languages of the lexicon
TAX_KEPT_OUT = compile_re(
    r"(?<![^\W\d_])(?:excl?\w*|exkl\w*|zzgl\w*|zuzüglich|plus|pluss|más|mas|mais|più|piu|artı"
    r"|hors|ht|net\w*|sans|sin|sem|senza"
    r"|bez|без|ohne|not included|não incluído|no incluido|non compris|未含|不含|税抜|별도|hariç"
    r"|nie zawiera|ex|exc"
    # Romanian "fără TVA" (also typed without its marks), Hungarian "nettó"/"ÁFA nélkül", Finnish
    # "ilman", Swedish "utan", Danish/Norwegian "uden"/"uten", Dutch "zonder"/"excl."
    r"|fără|fara|nélkül|ilman|utan|uden|uten|zonder)(?![^\W\d_])|\+|未税|税別"
    # Hebrew "לא כולל מע"מ" (VAT not included), Arabic "غير شامل" / "بدون"
    r"|לא\s+כולל|ללא|غير\s+شامل|بدون"
    # Hindi "GST अतिरिक्त" / "टैक्स अलग से" (tax extra, apart), "शामिल नहीं" (not included)
    r"|अतिरिक्त|अलग|शामिल\s+नहीं",
    re.IGNORECASE,
)
