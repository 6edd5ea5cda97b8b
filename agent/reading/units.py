"""Price units: a price stated per 100 / per 1000 of the PO's unit, per pack of a stated
size, and percentage changes of the PO's price.

A price is converted to the PO's unit only when the unit is written next to it (or in its
table column's header) and the conversion is exact: per N of the PO's own unit, or per
pack when the mail states the pack's size in the PO's unit. Anything else stays as read,
and the usual checks ("far from the PO's price") send it to a person.
The words live in the lexicon (tables ``price_per``, ``price_unit_column``,
``count_units``); only the digits and symbols are here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, lru_cache

from agent.reading import lexicon as L
from agent.reading.dates import find_dates
from agent.reading.numbers import COUNT, CURRENCY_CODES, GENERIC_UNITS, count_value, parse_number
from agent.reading.startup_cache import compile_re


@cache
def _header_re() -> re.Pattern[str]:
    words = L.alternation("price_per") + "|" + L.alternation("price_unit_column")
    return compile_re(
        rf"(?:/\s*|(?<![\w])(?:{words})(?![^\W\d_])\.?\s*)(?P<n>{COUNT}|mille|{L.alternation('count_hundred')}|{L.alternation('count_thousand')})(?:\s*(?P<unit>[^\W\d_][\w.]*))?",
        re.IGNORECASE,
    )


@cache
def _unit_column_re() -> re.Pattern[str]:
    return compile_re(rf"\s*(?:{L.alternation('price_unit_column')})\.?\s*:?\s*", re.IGNORECASE)


@cache
def _count_unit_re() -> re.Pattern[str]:
    return compile_re(rf"{L.alternation('count_units')}", re.IGNORECASE)


def _norm(u: str) -> str:
    u = u.strip().lower().rstrip(".").replace("²", "2").replace("³", "3")  # "m³" is "M3"
    return u[:-1] if len(u) > 2 and u.endswith("s") else u


def is_piece_unit(u: str) -> bool:
    # a sentence's stop may end the word ("le carton de 5 ramettes.")
    u = u.strip()
    return bool(_count_unit_re().fullmatch(u) or _count_unit_re().fullmatch(u.rstrip(".")))


# ERP units of a thousand pieces: SAP's "TH", German "Tsd", Portuguese and Spanish "mil"
_THOUSAND_UNITS = frozenset({"th", "tsd", "tau", "mil", "milheiro", "millar", "millier", "1000"})


def is_thousand_unit(po_uom: str) -> bool:
    """The PO counts in thousands of pieces ("TH")."""
    return po_uom.strip().lower().rstrip(".") in _THOUSAND_UNITS


def same_unit(unit: str, po_uom: str) -> bool:
    """``unit`` names the PO's unit (or both are pieces)."""
    if _norm(unit) == _norm(po_uom):
        return True
    if pack_kinds(unit) & uom_kinds(po_uom):
        return True  # "per reel" on a PO counted in RL
    if measure_ratio(unit, po_uom) == 1:
        return True  # "1000 кг", "25公斤" on a PO counted in KG
    return is_piece_unit(unit) and is_piece_unit(po_uom)


# a count of units right after a price, as ERP rows print the price unit: "415,00 EUR 1.000 KG"
_PRICE_UNIT_AFTER = compile_re(
    r"\s+(?P<n>1[.,' \u00a0]?000|100)\s?(?P<unit>[^\W\d_]{1,5})\.?(?![\w])"
)


def price_unit_after(text: str, end: int, po_uom: str, locale: str) -> Decimal | None:
    """100 or 1000 when a count of the PO's unit follows a price ending at ``end``."""
    from agent.reading.numbers import parse_number

    m = _PRICE_UNIT_AFTER.match(text, end)
    if m is None or not same_unit(m.group("unit"), po_uom):
        return None
    per = parse_number(m.group("n"), locale)
    return per if per in (100, 1000) else None


# what may stand between a price's basis and its amount: "цена за 100 шт. - 1 850,00",
# "price per 100 pcs: EUR 18.50"
_BASIS_GAP = compile_re(r"[\s.:=\-–—]*(?:[€$£¥₹₽]|[A-Z]{3})?\s*$")


def price_basis_before(text: str, start: int, po_uom: str) -> Decimal | None:
    """The count a price's basis, written right before its amount, states ("Цена за 100 шт. -
    1 850,00 руб.", "price per 1,000 pcs: 18.50"): 100 or 1000 of the PO's unit, else None.
    A total said for a count ("for 100 pcs: 2 480,00") divides the same way."""
    before = text[max(0, start - 40) : start]
    found = None
    for m in _header_re().finditer(before):
        found = m
    if found is None or not _BASIS_GAP.fullmatch(before, found.end()):
        return None
    count, _ = header_count(found.group(0), po_uom)
    return count if count in (100, 1000) else None


def is_unit_column(header: str) -> bool:
    """A table header of a price-unit column ("PE", "Per", "Preiseinheit")."""
    return bool(_unit_column_re().fullmatch(header))


# Weights with an exact ratio, in kilograms: a price per tonne on a PO counted in kg is a
# thousandth of it ("USD 2.350/MT" is 2.35 a kg)
_KG = {
    "kg": Decimal(1),
    "kgs": Decimal(1),
    "kilo": Decimal(1),
    "kilos": Decimal(1),
    "g": Decimal("0.001"),
    "gr": Decimal("0.001"),
    # Cyrillic, Chinese, Japanese and Korean kilograms ("варел по 200 кг", "25公斤")
    **{w: Decimal(1) for w in ("кг", "кило", "公斤", "千克", "キロ", "kg入り", "킬로그램", "킬로")},
    # Arabic kilograms and grams ("أكياس 25 كغ", "45 كجم")
    **{
        w: Decimal(1)
        for w in ("كغ", "كجم", "كلغ", "كيلو", "كيلوغرام", "كيلوجرام", "كيلوغرامات", "كيلوجرامات")
    },
    **{w: Decimal("0.001") for w in ("غرام", "جرام")},
    # Thai kilograms ("ถุงละ 5 กก.", "200 กิโลกรัม") and tonnes
    **{w: Decimal(1) for w in ("กก", "กิโลกรัม", "กิโล")},
    "ตัน": Decimal(1000),
    # Hindi, Marathi and Nepali kilograms in Devanagari ("मात्रा 50 किलो", "25 कि.ग्रा.")
    # and grams; Bengali and Tamil kilograms
    **{w: Decimal(1) for w in ("किलो", "किलोग्राम", "कि.ग्रा", "किग्रा", "কেজি", "கிலோ")},
    **{w: Decimal("0.001") for w in ("ग्राम",)},
    # Hebrew kilograms ("1,500 ק\"ג", with the gershayim or a plain double quote)
    **{w: Decimal(1) for w in ('ק"ג', "ק״ג", "קג", "קילו", "קילוגרם")},
    **{
        w: Decimal(1000)
        for w in (
            "t",
            "mt",
            "tm",
            "ton",
            "tons",
            "tonne",
            "tonnes",
            "tonelada",
            "toneladas",
            "tonnellata",
            "tonnellate",
            "tonnen",
            "tonna",
            "tonnes métriques",
            "tne",  # the UN/ECE code an ERP writes for a tonne
            "тонна",
            "тонну",
            "тонн",
            "тонны",
            "tona",
            "tone",
            "tonu",
            # Romanian, Czech, Slovak, Polish, Finnish, Estonian, Latvian, Lithuanian, Greek,
            # Bulgarian, Hebrew and Thai tonnes, and the Cyrillic "т" ("1 480 EUR/т")
            "tonă",
            "tuna",
            "tuny",
            "tun",
            "tony",
            "tonni",
            "tonnia",
            "tonn",
            "tonnas",
            "tonų",
            "τόνος",
            "τόνοι",
            "τόνο",
            "тон",
            "тона",
            "т",
            "тн",
            "טון",
            "ตัน",
            "吨",
            "公吨",
            "トン",
            "톤",
            "tấn",
            "طن",
            "أطنان",
            "اطنان",
        )
    },
}


# Volumes in litres and lengths in metres, with the same exact ratios: a price per litre on
# a PO counted in 200 l drums is a two-hundredth of the drum's ("5,95 EUR/lt")
_LITRE = {
    **{
        w: Decimal(1)
        for w in (
            "ลิตร",
            "l",
            "lt",
            "ltr",
            "ltrs",
            "litre",
            "litres",
            "liter",
            "liters",
            "litro",
            "litros",
            "litri",
            "litr",
            "litry",
            "litrů",
            "litrów",
            "л",
            "литр",
            "литра",
            "литров",
            "升",
            "公升",
            "リットル",
            "리터",
            "لتر",
            "لترات",
            "ليتر",
        )
    },
    **{w: Decimal("0.001") for w in ("ml", "мл", "毫升", "مل")},
    **{w: Decimal(100) for w in ("hl", "hectolitre", "hectolitres", "hektoliter")},
}
_METRE = {
    **{
        w: Decimal(1)
        for w in (
            "เมตร",
            "m",
            "mtr",
            "mtrs",
            "metre",
            "metres",
            "meter",
            "meters",
            "metro",
            "metros",
            "metri",
            "lfm",
            "lm",
            "mb",
            "м",
            "米",
            "メートル",
            "미터",
            "متر",
            "أمتار",
            "امتار",
        )
    },
    **{w: Decimal("0.01") for w in ("cm",)},
    **{w: Decimal("0.001") for w in ("mm",)},
    **{
        w: Decimal(1000)
        for w in ("km", "км", "kilometre", "kilometres", "kilometer", "kilometers", "公里")
    },
}
# Areas: tiles, boards and mesh are sold by the square metre and packed in boxes of 1.44 m2
_AREA = {
    w: Decimal(1) for w in ("m2", "m²", "qm", "sqm", "м2", "м²", "㎡", "平方米", "平米", "m2.")
}
_MEASURES = (_KG, _LITRE, _METRE, _AREA)
MEASURE_WORDS = "|".join(
    re.escape(w) for w in sorted({w for t in _MEASURES for w in t}, key=lambda w: (-len(w), w))
)


def is_measured(po_uom: str) -> bool:
    """The PO counts in a unit of weight, volume or length (KG, L, M, T ...)."""
    u = po_uom.strip().lower().rstrip(".")
    return any(u in table for table in _MEASURES)


def measure_ratio(word: str, po_uom: str) -> Decimal | None:
    """How many of the PO's unit of weight, volume or length one ``word`` of the same measure
    is (1000 for t on kg, 200 for a hl on l); None across measures or for other words."""
    w, u = word.strip().lower().rstrip("."), po_uom.strip().lower().rstrip(".")
    for table in _MEASURES:
        a, b = table.get(w), table.get(u)
        if a is not None and b is not None:
            return a / b
    return None


def measure_words(po_uom: str) -> tuple[str, ...]:
    """The words of the measure the PO counts in for as much or more than its unit ("t",
    "tonnes", "кг" on a PO in KG): a smaller one ("2.5mm", "500 g") is a size of the goods
    more often than their count."""
    u = po_uom.strip().lower().rstrip(".")
    table = next((t for t in _MEASURES if u in t), {})
    return tuple(sorted(w for w, r in table.items() if r >= table[u]))


_PER_WEIGHT = compile_re(
    r"(?:/|\bper\b|\bje\b|\bpro\b|\bpar\b|\bpor\b)\s*(?P<w>[^\W\d_]{1,12})\b", re.I
)


@cache
def _per_measure_re() -> re.Pattern[str]:
    return compile_re(
        # "CHF 5.15 je 500 g", "€ 12,40 / 50 kg", "USD 3.10 per 100 m": after the price (and
        # its currency), a count other than one of a weight, volume or length
        r"(?:[.,][-–—]{1,2})?\s*(?:[A-Z]{3}\b|[€$£¥₹₺]|kr\.?|:-)?\s*"
        rf"(?:/\s*|(?<![\w])(?:{L.alternation('price_per')}|je|pro|par|por|za)\s+)"
        r"(?P<n>\d{1,4}(?:[.,]\d{1,3})?)\s*(?P<u>[^\W\d_]{1,6})\.?(?![\w])",
        re.IGNORECASE,
    )


def per_measure(text: str, digits_end: int, po_uom: str, locale: str) -> Decimal | None:
    """How many of the PO's unit a price right before ``digits_end`` is for, when it is per
    so many of a measure the PO's unit converts to ("je 500 g" on a PO in kg -> 0.5); None
    for a price per one or per anything else."""
    m = _per_measure_re().match(text, digits_end)
    if m is None:
        return None
    n = parse_number(m.group("n"), locale)
    ratio = measure_ratio(m.group("u"), po_uom)
    if n is None or n <= 0 or n == 1 or ratio is None:
        return None
    return n * ratio


def header_count(header: str, po_uom: str) -> tuple[Decimal | None, str]:
    """The count a price column's header states ("Preis/100", "USD per 1,000 pcs", "€/‰"):
    (count, "") when it is a count of the PO's unit; (None, why) when the header states a
    count that cannot be converted exactly; (None, "") when it states none."""
    return _header_count_cached(header, po_uom)


# Per message (cleared with the other text caches): every claim about a PO reads each table
# row's header again, and every PO of the mail reads it once more.
@lru_cache(maxsize=4096)
def _header_count_cached(header: str, po_uom: str) -> tuple[Decimal | None, str]:
    m = _header_re().search(header)
    if not m:
        w = _PER_WEIGHT.search(header)  # "Price USD/MT" on a PO in kg
        ratio = measure_ratio(w.group("w"), po_uom) if w else None
        return (ratio, "") if ratio is not None and ratio != 1 else (None, "")
    unit = m.group("unit") or ""
    if unit and unit.upper() not in CURRENCY_CODES and not same_unit(unit, po_uom):
        ratio = measure_ratio(unit, po_uom)
        if ratio is not None and count_value(m.group("n")) is not None:
            return count_value(m.group("n")) * ratio, ""  # "Preis/100 kg" on a PO in t
        return None, f"the price column '{header.strip()}' is not per the PO's unit {po_uom}"
    return count_value(m.group("n")), ""


def _count_word(word: str) -> bool:
    """'M', 'C', 'mil', 'hundred': a count written as a word or a letter."""
    words = L.alternation("count_thousand") + "|" + L.alternation("count_hundred")
    return word in ("M", "C", "‰") or bool(re.fullmatch(words, word, re.IGNORECASE))


def column_count(cell: str, po_uom: str) -> tuple[Decimal | None, str]:
    """A price-unit column's cell ("100", "1.000", "100 EA"): (count, "") or (None, why)."""
    m = re.fullmatch(r"\s*(?P<n>\d+(?:[.,\u00a0 ]000)*)?\s*(?P<unit>[^\W\d_][\w.]*)?\s*", cell)
    if not m or not (m.group("n") or m.group("unit")):
        return None, (f"the price unit '{cell.strip()}' is not understood" if cell.strip() else "")
    unit = m.group("unit") or ""
    if not m.group("n"):
        # a word alone: "MIL" (per thousand), "t" (per tonne on a PO in kg)
        n = count_value(unit) if re.search(r"\d", unit) or _count_word(unit) else None
        ratio = measure_ratio(unit, po_uom)
        if n is not None and n > 1:
            return n, ""
        if ratio is not None:
            return ratio, ""
        if same_unit(unit, po_uom):
            return Decimal(1), ""
        return None, f"the price unit '{cell.strip()}' is not understood"
    if unit and not same_unit(unit, po_uom):
        ratio = measure_ratio(unit, po_uom)
        if ratio is not None:
            return Decimal(re.sub(r"\D", "", m.group("n"))) * ratio, ""
        return None, f"the price is per '{cell.strip()}', the PO per {po_uom}"
    n = Decimal(re.sub(r"\D", "", m.group("n")))
    if n <= 0:
        return None, f"the price unit '{cell.strip()}' is not understood"
    return n, ""


def changed_by_percent(po_price: Decimal, percent: Decimal) -> Decimal:
    """The PO price changed by ``percent`` (+3.5 / -2), rounded half-up to two more decimals
    than the PO price carries (at least two): 6.80 +3.5 % -> 7.038, 0.3200 +2.5 % -> 0.328,
    7.77 +3.3 % -> 8.0264 (8.02641 exactly). A supplier applying a percentage to a price with
    n decimals writes n, sometimes n+1 or n+2; two more keep every such exact product and cut
    only a precision no invoice carries. Trailing zeros beyond the PO's own decimals go."""
    exp = po_price.as_tuple().exponent
    po_places = -exp if isinstance(exp, int) and exp < 0 else 0
    places = max(2, po_places) + 2
    out = (po_price * (1 + percent / 100)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    while -out.as_tuple().exponent > max(po_places, 2) and out == out.quantize(
        Decimal(1).scaleb(out.as_tuple().exponent + 1)
    ):
        out = out.quantize(Decimal(1).scaleb(out.as_tuple().exponent + 1))
    return out


def later_only(text: str, latest_need: date, locale: str, reference: datetime) -> bool:
    """A price change said of later orders only: "for future orders", or effective from a date
    after every date this order is needed ("Zum 01.02.2027 tritt unsere neue Preisliste in
    Kraft" on an order due in January). Such a notice neither changes this order nor blocks it.
    Words that put it on this order win ("applied to your PO price")."""
    if L.search("applies_to_order", text):
        return False
    if L.search("later_orders", text):
        return True
    if not L.search("effective", text):
        return False
    hits, _ = find_dates(text, locale, reference)
    return bool(hits) and min(h.date for h in hits) > latest_need


# ------------------------------------------------------------------ packs

# A pack's size: digits with an optional group or decimal part ("50", "1.000", "2,5").
# a size is a whole number: "1000" is not "100" and a "0" ("kartonów po 1000 szt.")
_SIZE = (
    r"(?:[1-9]\d{0,2}(?:[.,\u00a0 ]\d{3})+|[1-9]\d{0,5})(?:[.,]\d{1,3})?(?!\d)|0[.,]\d{1,3}(?!\d)"
)
# (with Thai's and Devanagari's vowel signs, which are no word characters: "ถุง")
_WORD = r"[^\W\d_][\w.\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0900-\u0903\u093a-\u094f]*"


@dataclass(frozen=True)
class PackSize:
    """A pack and what it holds: 'boxes of 50' (50, ''), 'rolki po 50 kg' (50, 'kg')."""

    kinds: frozenset[str]
    size: Decimal
    unit: str  # the unit it holds; "" for pieces
    start: int  # where the size stands: its number counts no line's quantity
    end: int
    # the PO line's description names this pack on a line counted in pieces ('Nitrile
    # gloves (box of 100)', 300 EA at 6.40): its EA may be the box itself, so a count or a
    # price in this pack converts neither way
    maybe_po_unit: bool = False
    # implied by a count restated in another unit ("5 cases (50 racks)"): it converts a
    # price per the pack, never a count (the counts are the ones it was read from)
    price_only: bool = False


@cache
def _pack_table() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for tables in L.languages().values():
        for p in tables["pack_units"]:
            m = re.match(r"\(\?#(\w+)\)", p)
            out.append((m.group(1) if m else p, compile_re(p, re.IGNORECASE)))
    return tuple(out)


# ERP unit codes that name one of the goods although a lexicon reads them as a pack: a PO's
# "BTL" is a bottle, while a German supplier's "Btl." is a Beutel (a bag).
_ITEM_CODES = frozenset({"btl"})


def uom_kinds(po_uom: str) -> frozenset[str]:
    """The kinds of pack a PO's unit of measure names, read as the ERP code it is."""
    if po_uom.strip().rstrip(".").lower() in _ITEM_CODES:
        return frozenset()
    return pack_kinds(po_uom)


@lru_cache(maxsize=4096)  # a pure lookup of a word, asked again for every clause of a line
def pack_kinds(word: str) -> frozenset[str]:
    """The kinds of pack ``word`` names ('rollen', 'RL' -> {'roll'}); empty when none."""
    w = word.strip().rstrip(".")
    return frozenset(k for k, rx in _pack_table() if rx.fullmatch(w) or rx.fullmatch(w + "."))


_MONEY_AFTER = compile_re(rf"\s*(?:[€$£¥₹₺]|(?:{'|'.join(CURRENCY_CODES)})(?![A-Za-z]))")


@cache
def _pack_size_re() -> re.Pattern[str]:
    # a Chinese or Japanese character may stand before it ("每箱 600 個", "纸箱"): no spaces
    # ... but not a word of an item code ("NAOH-IBC 6.000 KG": the code, then the count)
    # ... and a Chinese or Japanese pack runs on into its size ("每卷5米", 5 m a reel)
    pack = rf"(?<![^\W\u3040-\u30ff\u3400-\u9fff])(?<![-_])(?P<pack>{L.alternation('pack_units')})(?:(?![\w])|(?<=[\u3040-\u30ff\u3400-\u9fff])(?=\d))"
    pack2 = pack.replace("?P<pack>", "?P<pack2>")
    pack3 = pack.replace("?P<pack>", "?P<pack3>")
    pack4 = pack.replace("?P<pack>", "?P<pack4>").replace("(?<![-_])", "")
    # "40 karton @ 500 pcs": "@" between a pack and a count is "of" (with a unit: see below)
    of = rf"(?<![\w])(?:{L.alternation('pack_of')})(?![\w])|@"
    per = rf"(?:\s*/\s*|\s+(?:{L.alternation('price_per')})\s+)"
    # Hindi puts "of" after the size: "5 किलो के पैकेट" (packets of 5 kg)
    of_after = r"\s+(?:के|की|का)\s+"
    return compile_re(
        # German "6er-Kartons", "12er Pack": a pack of so many pieces (first: "12 er Pack" is
        # no size 12 in a unit "er")
        rf"(?<![\w.,])(?P<size4>[1-9]\d{{0,3}})er-?\s*{pack4}|"
        # "boxes of 50", "rolki po 50 kg", "rollen à 16 kg", "rol 16 kg" (a unit then required);
        # one word may qualify the pack before its "of" ("pachete întregi de 2,5 m3")
        # ... an approximate size too: "40 rollen van ± 25 kg", "bags of approx. 25 kg"
        rf"{pack}\s*(?:(?:[^\W\d_]+\s+)?(?P<of>{of})\s*(?:[±~≈]|ca\.|approx\.?|circa)?\s*)?"
        rf"(?P<size>{_SIZE})(?:\s*(?P<unit>{_WORD}))?"
        # "25 kg bag", "25-kg bags", "36 rolls/box", "50 kg per roll"
        # ... with an adjective's ending on the unit: "25 kg-os zsák" (Hungarian)
        rf"|(?<![\w.,])(?P<size2>{_SIZE})\s*-?\s*(?P<unit2>{_WORD})(?:-[^\W\d_]{{1,3}})?(?:\s*-?\s*|{per}|{of_after}){pack2}"
        # "only 250 pcs can be produced": the verb "can", not a can of 250
        r"(?!\s+(?:be|not|only|still|ship|deliver|supply|do|offer|produce|make|provide|send)\b)"
        # "USD 30.50 per karton (10 kotak)": a price's pack with its size in brackets (not
        # "400 cajas (40.000 uds)", a count of packs and the total)
        rf"|{per}{pack3}\s*\(\s*(?P<size3>{_SIZE})\s*(?P<unit3>{_WORD})\s*\)",
        re.IGNORECASE,
    )


def is_measure(word: str, po_uom: str) -> bool:
    """A unit an amount can be counted in: the PO's, pieces, a pack, kg, m ..."""
    w = word.strip().lower().rstrip(".")
    generic = {u.lower().rstrip(".") for u in GENERIC_UNITS}
    return bool(
        same_unit(w, po_uom)
        or is_piece_unit(w)
        or pack_kinds(w)
        or w in generic
        or _norm(w) in {_norm(u) for u in generic}
        or is_measured(w)
    )


def stated_packs(text: str, description: str, po_uom: str, locale: str) -> list[PackSize]:
    """The pack sizes ``text`` states, then those of the PO line's own description ('Box of
    50', 'rol 16 kg'): the latter stand nowhere in ``text``; then what one of the PO's units
    holds by the description ('Wall paint, 20 l tin' on a PO counted in tins)."""
    described = pack_sizes(description, po_uom, locale) + _count_per_pack(description)
    return (
        pack_sizes(text, po_uom, locale)
        + restated_packs(text, po_uom, locale)
        + [replace(p, start=-1, end=-1, maybe_po_unit=is_piece_unit(po_uom)) for p in described]
        + _content(description, po_uom, locale)
    )


@cache
def _restated_re() -> re.Pattern[str]:
    packs = rf"(?:{L.alternation('pack_units')})(?![\w-])"
    # "5 cases (50 racks)", "194 paket = 582 m²", "500개(50박스)": the same goods counted
    # twice, in a pack and in another unit, the second in brackets or after "="
    return compile_re(
        rf"(?<![\w.,/-])(?P<n>{_SIZE})\s*(?P<pack>{packs})\.?\s*(?:\(|=)\s*"
        rf"(?P<m>{_SIZE})\s*(?P<unit>{_WORD})"
        rf"|(?<![\w.,/-])(?P<m2>{_SIZE})\s*(?P<unit2>{_WORD})\s*\(\s*"
        rf"(?P<n2>{_SIZE})\s*(?P<pack2>{packs})\.?\s*\)",
        re.IGNORECASE,
    )


def restated_packs(text: str, po_uom: str, locale: str) -> list[PackSize]:
    """A pack's size implied by one count restated in another unit ("5 cases (50 racks)":
    a case holds 10 racks), when the division is exact. Both numbers are counts, not sizes:
    they stand nowhere a count is masked (start -1)."""
    out = []
    for m in _restated_re().finditer(text):
        pack = m.group("pack") or m.group("pack2")
        unit = m.group("unit") or m.group("unit2")
        n = parse_number(m.group("n") or m.group("n2"), locale)
        total = parse_number(m.group("m") or m.group("m2"), locale)
        kinds = pack_kinds(pack)
        if not n or not total or n <= 0 or not is_measure(unit, po_uom):
            continue
        if kinds & pack_kinds(unit) or (not pack_kinds(unit) and same_unit(pack, unit)):
            continue  # "2 pallets (1 pallet = 40 boxes)": no pack of itself
        size = total / n
        if size <= 1 or size != size.quantize(Decimal("0.001")):
            continue  # "1000 pakų (4 padėklai)": the pack is the smaller unit, no size of it
        size = size.to_integral_value() if size == size.to_integral_value() else size.normalize()
        out.append(PackSize(kinds, size, unit, -1, -1, price_only=True))
    return out


@cache
def _count_per_pack_re() -> re.Pattern[str]:
    return compile_re(
        rf"(?<![\w.,/$€£¥-])(?P<size>\d{{1,4}})\s*/\s*(?P<pack>{L.alternation('pack_units')})(?![\w-])",
        re.IGNORECASE,
    )


def _count_per_pack(description: str) -> list[PackSize]:
    """ "Safety goggles, 12/box", "Coffee filter, 40/box": how many one pack of the line's
    holds, as its description writes it (a description carries no prices)."""
    return [
        PackSize(pack_kinds(m.group("pack")), Decimal(m.group("size")), "", -1, -1)
        for m in _count_per_pack_re().finditer(description)
        if int(m.group("size")) > 1
    ]


# A weight, volume or area in a description: "20 l", "25 kg", "20-l-Eimer", "= 4.32 m2"
# (a length is none: "roll 4 m wide" says nothing of what the roll holds).
_CONTENT = compile_re(
    r"(?<![\w.,/x×*-])(?P<size>\d{1,4}(?:[.,]\d{1,3})?)\s*-?\s*(?P<unit>[^\W\d_]{1,6}2?)(?![\w/])"
)
# The kind of pack a PO unit's content is: it converts prices only, never counts ("IBC
# 1000 l" on a PO of IBCs is no count of a thousand litres)
CONTENT = "content"


def _content(description: str, po_uom: str, locale: str) -> list[PackSize]:
    """One PO unit's weight, volume or area, when the description states exactly one and the PO
    counts in something else (pieces, tins, sacks)."""
    if is_measured(po_uom):
        return []
    found = {
        (size, m.group("unit").lower())
        for m in _CONTENT.finditer(description)
        if m.group("unit").lower() in _KG
        or m.group("unit").lower() in _LITRE
        or m.group("unit").lower() in _AREA
        if (size := parse_number(m.group("size"), locale)) is not None and size > 0
    }
    if len(found) != 1:
        return []
    ((size, unit),) = found
    return [PackSize(frozenset({CONTENT}), size, unit, -1, -1)]


def pack_sizes(text: str, po_uom: str, locale: str) -> list[PackSize]:
    """Every pack whose size ``text`` states. Only a stated size counts, never a guess."""
    return list(_pack_sizes_cached(text, po_uom, locale))


# Per message (cleared with the other text caches): a line's description and a sentence
# are read for their packs again by every clause and check.
@lru_cache(maxsize=4096)
def _pack_sizes_cached(text: str, po_uom: str, locale: str) -> tuple[PackSize, ...]:
    out = []
    rx, at = _pack_size_re(), 0
    while (m := rx.search(text, at)) is not None:
        # a match that is no pack size gives its words back: "62,50 EUR za balenie 50 ks"
        # is a price per pack, then the pack's size
        at = m.start() + 1
        pack = m.group("pack") or m.group("pack2") or m.group("pack3") or m.group("pack4")
        raw = m.group("size") or m.group("size2") or m.group("size3") or m.group("size4")
        unit = m.group("unit") or m.group("unit2") or m.group("unit3") or ""
        end = m.end("unit") if m.group("unit") else m.end("size") if m.group("size") else m.end()
        if unit and not is_measure(unit, po_uom):
            if m.group("unit2") or m.group("unit3") or not m.group("of"):
                continue  # "box 3 Line", "2 plis sac": no size without a unit or a word of
            unit, end = "", m.end("size")
        if m.group("of") == "@" and not unit:
            continue  # "cajas @ 12,50": "@" before a bare number is a price
        if m.group("size") and not unit and not m.group("of"):
            continue  # "Toilet roll 2-ply": a number after a pack word is its size only with
            # a unit or a word of ("roll 16 kg", "boxes of 50")
        size = parse_number(raw, locale)
        if size is None or size <= 0 or (pack_kinds(unit) & pack_kinds(pack)):
            continue
        if not unit and _MONEY_AFTER.match(text, end):
            continue  # "150 cajas a 94,00 €/1000 uds": a price per pack, not its size
        start = next(m.start(g) for g in ("size", "size2", "size3", "size4") if m.group(g))
        out.append(PackSize(pack_kinds(pack), size, unit, start, end))
        # a pack of packs says the inner pack's size next: "doos van 20 pakken à 500 g"
        at = m.start("unit") if m.group("unit") and pack_kinds(unit) else m.end()
    return tuple(out)


def po_units_in(
    word: str, po_uom: str, packs: list[PackSize], depth: int = 0, *, price: bool = False
) -> Decimal | None:
    """How many of the PO's units one ``word`` holds, from the pack sizes stated: 'box' with
    'boxes of 50' on a PO in EA -> 50; 'kg' on a PO in rolls with 'rol 16 kg' -> 1/16.
    For a ``price``, also what one PO unit holds by its description: 'l' on a PO in tins
    of a '20 l tin' -> 1/20. None when no stated size says so, or two stated sizes disagree."""
    if not price:
        packs = [p for p in packs if CONTENT not in p.kinds and not p.price_only]
    if not word:
        return Decimal(1) if is_piece_unit(po_uom) or _item_unit(po_uom) else None
    if is_thousand_unit(po_uom) and is_piece_unit(word):
        return Decimal("0.001")  # "150 000 db" on a PO counted in thousands (TH)
    kinds, po_kinds = pack_kinds(word), uom_kinds(po_uom)
    if (
        _counts_by_the_dozen(po_uom)
        and _dozen_re().fullmatch(word.strip().rstrip("."))
        # Dutch "12 dozen" are twelve boxes when a box's size is stated ("doos van 20")
        and not any(p.kinds & kinds for p in packs)
    ):
        return Decimal(12)  # "50 dozens @ USD 19.20/dozen" on a PO counted in pieces
    if same_unit(word, po_uom) or kinds & po_kinds:
        return Decimal(1)
    ratio = measure_ratio(word, po_uom)
    if ratio is not None:
        return ratio  # a tonne is 1000 kg, whatever packs are stated
    if any(p.maybe_po_unit and p.kinds & kinds for p in packs):
        return None
    if depth > 2:
        return None
    found: set[Decimal] = set()
    for p in packs:
        if kinds and p.kinds & kinds:
            inner = po_units_in(p.unit, po_uom, packs, depth + 1, price=price)
            if inner is not None:
                found.add(p.size * inner)
        elif (
            (po_kinds and p.kinds & po_kinds or CONTENT in p.kinds)
            and p.unit
            and (
                same_unit(p.unit, word)
                or kinds & pack_kinds(p.unit)
                or measure_ratio(word, p.unit) is not None
            )
        ):
            # "€ 2,55 per kg" on rolls of 16 kg; "1 480 EUR/т" on ledgers of 10.0 kg each;
            # "USD 0,26 per rol" on bales of 48 rolls
            ratio = (
                Decimal(1)
                if same_unit(p.unit, word) or kinds & pack_kinds(p.unit)
                else measure_ratio(word, p.unit)
            )
            found.add(ratio / p.size)
        elif (
            po_kinds
            and p.kinds & po_kinds
            and not p.unit
            and p.size.as_tuple().exponent >= 0
            and is_piece_unit(word)
        ):
            # "€ 28,50 a bottiglia" on a PO in cases of 6: a sixth of the case (a count of
            # pieces is whole: "cajas a 94,00" is no case of 94 pieces)
            found.add(1 / p.size)
    return found.pop() if len(found) == 1 else None


def _item_unit(po_uom: str) -> bool:
    """A PO unit that is one of the goods themselves, neither a measure nor a pack that holds
    other units nor a count of them ('BTL', 'RACK', 'JAR'): a pack's bare size ('carton de 6')
    counts it as it would count pieces."""
    u = po_uom.strip().rstrip(".")
    return (
        u.isalpha()
        and not is_measured(u)
        and not uom_kinds(u)
        and not is_thousand_unit(u)
        and not _dozen_re().fullmatch(u)
    )


@cache
def _dozen_re() -> re.Pattern[str]:
    # a dozen's word, in the plural too ("dozens", "docenas", "douzaines", "Dutzende")
    return compile_re(rf"(?:{L.alternation('count_dozen')})(?:s|es|e|n)?", re.IGNORECASE)


def in_po_units(amount: Decimal, word: str, po_uom: str, packs: list[PackSize]) -> Decimal | None:
    """``amount`` counted in ``word`` as a count of the PO's unit, when exact."""
    f = po_units_in(word, po_uom, packs)
    if f is None:
        return None
    out = amount * f
    return out if out == out.quantize(Decimal("0.001")) else None


def price_per_po_unit(
    price: Decimal, word: str, po_uom: str, packs: list[PackSize]
) -> Decimal | None:
    """A price per ``word`` as a price per the PO's unit, when exact to 4 decimals:
    '$22.50/box' with 'boxes of 50' -> 0.45; '€ 2,55 per kg' on rolls of 16 kg -> 40.80."""
    f = po_units_in(word, po_uom, packs, price=True)
    if f is None or f == 1:
        return None
    inverse = 1 / f
    held = inverse.quantize(Decimal("0.0001"))
    if f < 1 and abs(inverse - held) < Decimal("1e-9"):
        # a pack of 300 m holds a third of a hundredth per metre, one of 5.76 m2 1/5.76 of
        # it: multiply by what the pack holds, as its inverse has no exact decimal
        out = price * held.normalize()
    else:
        out = price / f
        if out * f != price:
            return None
    if out != out.quantize(Decimal("0.0001")):
        return None
    # as many decimals as the supplier's own price carries (40.80 from 2,55 x 16), or more
    exp = min(price.as_tuple().exponent, out.normalize().as_tuple().exponent, 0)
    return out.quantize(Decimal(1).scaleb(int(exp)))


@cache
def _price_word_re() -> re.Pattern[str]:
    qual = L.alternation("price_qualifier")
    return compile_re(
        # the currency as a code, a sign or a word ("44,00 zł netto za opakowanie"), after
        # the dash of a whole amount ("€ 1.385,- per ton")
        rf"(?:[.,][-–—]{{1,2}})?\s*(?P<cur>[A-Z]{{3}}\b|[€$£¥₹₺円元]|zł|kč|ft|lei|kr\.?|tl|euros?|евро|dollars?|доллар\w*|долар\w*|тенге|теңге|руб\w*|грн|дин\.?|динара|лв\.?|лева|บาท"
        # ... an Arabic one ("2.10 دولار أمريكي للكيلوغرام")
        rf"|(?:دولار\w*|يورو|درهم|دراهم|ريال\w*)(?:\s+[أا]مريكي)?)?\s*(?:(?:{qual})\s*)?"
        # "per 1 km", "за 1 км": one of the unit
        # ... or a pack with its size: "£2.45 per 25 kg bag", "je 20-l-Eimer"
        # ... or the Arabic "ل" (for) written onto its unit: "للكيلوغرام", "للتر", "للبرميل"
        rf"(?:/\s*|(?<![\w])(?:{L.alternation('price_per')})\s+|(?<![\w])(?P<glued>)(?=ل[^\W\d_]{{2}})"
        # ... or a pack word right after the currency: "hind 3,10 € rull", "€ rulli kohta"
        rf"|(?<=\S\s)(?P<bare>)(?=(?:{L.alternation('pack_units')})(?![\w])))"
        rf"(?:1\s+|(?:{_SIZE})\s*-?\s*[^\W\d_]{{1,5}}\.?(?:\s*-\s*|\s+)(?=(?:{L.alternation('pack_units')})(?![\w])))?"
        rf"(?P<w>{_WORD})",
        re.IGNORECASE,
    )


# the unit before the price: Turkish "bobin başına 8,00 USD", "per cone: USD 8.00"; a pack's
# size in brackets and two short words may stand between ("cena za paket (6 kosov) je 55,20
# EUR", "price per carton (12 tins) is 44.00")
@cache
def _per_before_re() -> re.Pattern[str]:
    return compile_re(
        rf"(?:(?P<w>{_WORD})\s+(?:başına|başı)|(?<![\w])(?:per|pro|je|par|por|{L.alternation('price_per')})\s+(?P<w2>{_WORD})"
        # ... or the unit named before a word for price: "düzine fiyatı 54,00 EUR", "carton
        # price 47.40"
        rf"|(?<![\w])(?P<w4>{_WORD})\s+(?:{L.alternation('price_words')})(?![\w])"
        # Chinese "每盒 USD 48.80": "each" written onto its pack
        r"|每\s?(?P<w3>[\u3400-\u9fff])"
        # ... Thai "ราคาถุงละ 600.00 บาท": "each" (ละ) written after its pack, glued to the
        # word for price (the Thai pack words carry the ละ)
        rf"|(?P<w5>{L.alternation('pack_units')})(?<=ละ))"
        # ... or without brackets: "cena za karton 24 ks činí 168,00 EUR"
        r"(?:\s*\([^()]{1,30}\)|\s+\d{1,4}\s*[^\W\d_]{1,6}\.?)?(?:\s+[^\W\d_]{1,4}){0,2}"
        r"\s*[:=]?\s*(?:[A-Z]{3}\b|[€$£¥₹₺円元])?\s*[\d.,'\u00a0 ]*\d$",
        re.IGNORECASE,
    )


def _unglued(word: str) -> str:
    """An Arabic unit with the "ل" (for) of its price written onto it: a pack as written
    ("للبرميل", its words take the prefix), a weight, volume or length without it ("للكيلوغرام"
    is "كيلوغرام", "للتر" is "لتر"); '' for any other word ("لأن" is "because")."""
    if pack_kinds(word):
        return word
    rest = [word[2:]] if word.startswith("لل") else []
    for w in [*rest, word[1:]]:
        if any(w in table for table in _MEASURES):
            return w
    return ""


def price_word(text: str, digits_end: int) -> str:
    """The unit word a price is per ('$22.50/box' -> 'box', '124,00 EUR za rolkę' -> 'rolkę'),
    read right after the price's last digit, or before the price ('bobin başına 8,00 USD');
    '' when none."""
    m = _price_word_re().match(text, digits_end)
    if m and m.group("bare") is not None and m.group("cur") is None:
        m = None  # "40 rulli": a count of packs, no price's unit
    if m and m.group("glued") is None:
        return m.group("w").rstrip(".")
    if m and (word := _unglued(m.group("w").rstrip("."))):
        return word
    before = _per_before_re().search(text[max(0, digits_end - 60) : digits_end])
    return (
        (
            before.group("w")
            or before.group("w2")
            or before.group("w3")
            or before.group("w4")
            or before.group("w5")
        ).rstrip(".")
        if before
        else ""
    )


@cache
def _pack_count_re() -> re.Pattern[str]:
    # a dozen counts as a pack of twelve ("24 doz @ Rs. 1,020.00 per doz")
    packs = f"{L.alternation('pack_units')}|{_dozen_re().pattern}"
    return compile_re(
        rf"(?<![\w.,/-])(?P<n>{_SIZE})\s*(?P<w>{packs})(?![\w-])"
        # "40 bags per tonne", "36 Rollen je Palette": how many make another unit, no count
        rf"(?!\s*(?:/|(?:per|je|pro|par|por|za)\s)\s*(?:1\s+)?(?:{packs}|{MEASURE_WORDS})(?![\w-]))",
        re.IGNORECASE,
    )


def pack_count_hits(
    text: str, locale: str, packs: list[PackSize]
) -> list[tuple[Decimal, str, int]]:
    """Counts of packs in ``text`` ('40 boxes', '20 Kartons'): (count, pack word, where).
    A pack's own size ('rollen à 16 kg') is none."""
    out = []
    for m in _pack_count_re().finditer(text):
        if any(p.start <= m.start() < p.end for p in packs):
            continue
        n = parse_number(m.group("n"), locale)
        if m.group("w").lower() == "dozen" and locale.lower().startswith("nl"):
            continue  # Dutch "24 dozen" are 24 boxes, of a size said elsewhere or not
        if n is not None:
            out.append((n, m.group("w"), m.start()))
    return out


@cache
def _per_count_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A price per a count of a unit, right after the price ("68,00 €/1000 uds", "14,60 € ανά
    1.000 τεμ") or ending where the price's own hit ended ("€/1000| uds")."""
    per = rf"(?:/\s*|(?<![\w])(?:{L.alternation('price_per')})\s+)"
    count = rf"(?P<n>1[.,'\u00a0 ]?000|100|10)\s*(?P<w>{_WORD})"
    return (
        compile_re(
            rf"\s*(?:[A-Z]{{3}}\b|[€$£¥₹₺円元]|zł|kč|ft|lei|kr\.?|tl)?\s*{per}{count}",
            re.IGNORECASE,
        ),
        compile_re(rf".*{per}{count}", re.IGNORECASE),
    )


def pack_price(
    text: str, start: int, value: Decimal, po_uom: str, packs: list[PackSize]
) -> Decimal | None:
    """The price ``value`` whose digits end at ``start`` in ``text``, per a pack of stated size
    ('$22.50/box' with 'boxes of 50'), or per a count of a unit a stated pack holds ('68,00
    €/1000 uds' with 'caja 100 uds'), as a price per the PO's unit; None when it is not one."""
    # the count after the price, or the count the price's own hit ended on ("€/1000| uds")
    after, ending = _per_count_res()
    per_count = after.match(text, start) or ending.match(text, max(0, start - 30), start + 30)
    if per_count and (per_count.end("n") == start or per_count.start() == start):
        word = per_count.group("w").rstrip(".")
        if same_unit(word, po_uom):
            return None  # per 1000 of the PO's own unit: read as such elsewhere
        count = Decimal(re.sub(r"\D", "", per_count.group("n")))
        return price_per_po_unit(value / count, word, po_uom, packs)
    word = price_word(text, start)
    if not word or same_unit(word, po_uom):
        return None
    return price_per_po_unit(value, word, po_uom, packs)


def per_piece_of_pack(text: str, end: int, value: Decimal, packs: list[PackSize]) -> list[Decimal]:
    """A price ``value`` whose digits end at ``end``, per the pack word after it, as a price
    per one of that pack's pieces for every stated size ("USD 4.10/盒" with "100只/盒" ->
    0.041): candidates a reading or a guard compares with the price it read, never a price
    by themselves."""
    word = price_word(text, end)
    kinds = pack_kinds(word) if word else frozenset()
    return [value / p.size for p in packs if kinds and p.size > 1 and kinds & p.kinds]


def digits_end(hit_text: str, hit_start: int) -> int:
    """Where the last digit of a hit's text ends, in the text it was found in."""
    last = max((i for i, c in enumerate(hit_text) if c.isdigit()), default=-1)
    return hit_start + last + 1


# UN/ECE unit codes an ERP writes after a count ('39.00/12PR'): the unit they stand for.
_UNIT_CODES = {"pr": "pair", "prs": "pair"}


def _names_po_unit(unit: str, po_uom: str, description: str) -> bool:
    """``unit`` is what the PO line counts: its uom, pieces on a piece-counted line, or the
    unit its description names ('Safety gloves, size 10 (pair)' counted in EA)."""
    if same_unit(unit, po_uom):
        return True
    word = _UNIT_CODES.get(_norm(unit), _norm(unit))
    return is_piece_unit(po_uom) and bool(
        re.search(rf"\(\s*{re.escape(word)}s?\s*\)", description, re.IGNORECASE)
    )


def _counts_by_the_dozen(po_uom: str) -> bool:
    """A dozen is twelve of the PO's unit: pieces, and pairs ("USD 1.80/打" of ear plugs
    counted in pairs, a dozen pairs)."""
    return is_piece_unit(po_uom) or "pair" in uom_kinds(po_uom)


@cache
def _cell_count_re() -> re.Pattern[str]:
    return compile_re(
        rf"\s*(?:/|(?:{L.alternation('price_per')})\s)\s*"
        rf"(?:(?P<dozen>{L.alternation('count_dozen')})|(?P<n>[1-9]\d{{0,3}})\s?(?P<unit>[^\W\d_]+))\.?\s*$",
        re.IGNORECASE,
    )


def cell_count(rest: str, po_uom: str, description: str) -> tuple[Decimal | None, str]:
    """The count written after a price in its cell ('/12PR', '/DOZ', ' per dozen'):
    (count, '') when it counts the PO line's unit; (None, why) when it counts another;
    (None, '') when there is none."""
    m = _cell_count_re().match(rest)
    if not m:
        return None, ""
    if m.group("dozen"):
        return (
            (Decimal(12), "")
            if _counts_by_the_dozen(po_uom)
            else (None, f"a dozen is no count of {po_uom}")
        )
    if not _names_po_unit(m.group("unit"), po_uom, description):
        return None, f"the price is per '{rest.strip()}', the PO per {po_uom}"
    return Decimal(m.group("n")), ""


def defines_pack(text: str, pos: int) -> bool:
    """``pos`` stands in brackets right after a pack's name, which the brackets define:
    "per volle pallet (55 zakken à 25 kg = 1.375 kg)", "1 Palette (40 Sack = 1.000 kg)"."""
    # a pack's definition is short: looking back a little keeps the scan linear in the text
    window = max(0, pos - 120)
    opened = max(text.rfind("(", window, pos), text.rfind("（", window, pos))
    if opened < 0 or ")" in text[opened:pos] or "）" in text[opened:pos]:
        return False
    before = text[max(0, opened - 40) : opened]
    # the pack's name, or a word or two after it ("by the full pallet only (…)")
    word = next(
        (w for w in list(re.finditer(r"[^\W\d_]+", before))[-3:][::-1] if pack_kinds(w.group(0))),
        None,
    )
    if word is None or before[word.end() :].count(",") or re.search(r"\d", before[word.end() :]):
        return False
    # "2 drums (= 610 m)" converts a count of packs; only one pack is defined
    count = re.search(r"(\d[\d.,]*)\s*$", before[: word.start()])
    return count is None or count.group(1) == "1"
