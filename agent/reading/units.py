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
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from agent.reading import lexicon as L
from agent.reading.dates import find_dates
from agent.reading.numbers import COUNT, CURRENCY_CODES, count_value


@cache
def _header_re() -> re.Pattern[str]:
    words = L.alternation("price_per") + "|" + L.alternation("price_unit_column")
    return re.compile(
        rf"(?:/\s*|(?<![\w])(?:{words})\.?\s*)(?P<n>{COUNT}|mille|{L.alternation('count_hundred')}|{L.alternation('count_thousand')})(?:\s*(?P<unit>[^\W\d_][\w.]*))?",
        re.IGNORECASE,
    )


@cache
def _unit_column_re() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{L.alternation('price_unit_column')})\.?\s*:?\s*", re.IGNORECASE)


@cache
def _count_unit_re() -> re.Pattern[str]:
    return re.compile(rf"{L.alternation('count_units')}", re.IGNORECASE)


def _norm(u: str) -> str:
    u = u.strip().lower().rstrip(".")
    return u[:-1] if len(u) > 2 and u.endswith("s") else u


def is_piece_unit(u: str) -> bool:
    return bool(_count_unit_re().fullmatch(u.strip()))


def same_unit(unit: str, po_uom: str) -> bool:
    """``unit`` names the PO's unit (or both are pieces)."""
    if _norm(unit) == _norm(po_uom):
        return True
    return is_piece_unit(unit) and is_piece_unit(po_uom)


def is_unit_column(header: str) -> bool:
    """A table header of a price-unit column ("PE", "Per", "Preiseinheit")."""
    return bool(_unit_column_re().fullmatch(header))


def header_count(header: str, po_uom: str) -> tuple[Decimal | None, str]:
    """The count a price column's header states ("Preis/100", "USD per 1,000 pcs", "€/‰"):
    (count, "") when it is a count of the PO's unit; (None, why) when the header states a
    count that cannot be converted exactly; (None, "") when it states none."""
    m = _header_re().search(header)
    if not m:
        return None, ""
    unit = m.group("unit") or ""
    if unit and unit.upper() not in CURRENCY_CODES and not same_unit(unit, po_uom):
        return None, f"the price column '{header.strip()}' is not per the PO's unit {po_uom}"
    return count_value(m.group("n")), ""


def column_count(cell: str, po_uom: str) -> tuple[Decimal | None, str]:
    """A price-unit column's cell ("100", "1.000", "100 EA"): (count, "") or (None, why)."""
    m = re.fullmatch(r"\s*(?P<n>\d+(?:[.,\u00a0 ]000)*)\s*(?P<unit>[^\W\d_][\w.]*)?\s*", cell)
    if not m:
        return None, (f"the price unit '{cell.strip()}' is not understood" if cell.strip() else "")
    unit = m.group("unit") or ""
    if unit and not same_unit(unit, po_uom):
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
