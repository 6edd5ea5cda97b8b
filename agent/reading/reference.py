"""The supplier's own order number in their reply ("Our order confirmation number is SO-12345").

Write-back carries it next to the confirmed values so the buyer's ERP can quote
the supplier's number back. Pure and conservative: a number counts only when a
label says it is the supplier's order/confirmation number, it must contain a
digit, and it is never one of our own PO numbers or a date. Callers pass only
the supplier's own words (quotes of our mail removed) and attachment text: our
quoted request holds our numbers, never theirs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agent.reading.startup_cache import compile_re

_NO = r"(?:no|nr|n[º°o]|num|number|nummer|num[ée]ro|n[úu]mero|#)"
# Labels that name the supplier's own order or confirmation number.
_LABEL = (
    r"(?:"
    # EN
    r"\b(?:our|my)\s+(?:sales\s+)?order(?:\s+confirmation|\s+acknowledge?ment)?(?:\s+ref(?:erence)?)?"
    r"|\b(?:our|my)\s+ref(?:erence)?\b"
    r"|\b(?:order|sales\s+order)\s+(?:confirmation|acknowledge?ment)\b"
    r"|\bsales\s+order\b"
    r"|\bSO\s*(?=[#:])"
    r"|\bconfirmation\s+(?=" + _NO + r"\b|#)"
    # DE
    r"|\bauftragsbest[äa]tigung(?:s-?(?:nummer|nr))?"
    r"|\bAB-?(?=(?:nr|nummer)\b)"
    r"|\bunser(?:e|er)?\s+(?:auftrags?(?:nummer|-?nr)?|zeichen|referenz|AB)\b"
    r"|\bauftrags-?(?:nummer|nr)"
    # FR
    r"|\b(?:notre|n/)\s*r[ée]f(?:[ée]rence)?(?:\s+de\s+commande)?"
    r"|\b(?:confirmation|accus[ée]\s+de\s+r[ée]ception)\s+de\s+commande"
    r"|\bnotre\s+(?:commande|" + _NO + r"\s+de\s+commande)"
    # ES
    r"|\b(?:nuestro|n/)\s*(?:n[úu]mero\s+de\s+)?(?:pedido|referencia|ref)\b"
    r"|\bconfirmaci[óo]n\s+de\s+pedido"
    r"|\bnuestra\s+(?:referencia|confirmaci[óo]n(?:\s+de\s+pedido)?)"
    r")"
)
_CONNECT = (
    r"\.?\s*(?P<no>" + _NO + r"\b\.?\s*)?"
    r"(?:(?:is|ist|lautet|est|es)\s+)?(?P<colon>[:#])?\s*"
)
_VALUE = r"(?P<ref>(?=[A-Z0-9/._-]*\d)[A-Z0-9](?:[A-Z0-9/._-]{0,38}[A-Z0-9])?)(?![A-Z0-9])"
_REFERENCE = compile_re(_LABEL + _CONNECT + _VALUE, re.IGNORECASE)
_DATE_LIKE = compile_re(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$|^\d{1,2}[./-]\d{1,2}\.?$")


def _key(value: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", value.upper())


def find_supplier_reference(texts: Iterable[str], *, exclude: Iterable[str] = ()) -> str | None:
    """The first labelled supplier order number in ``texts`` (in order), or None.

    ``exclude``: our own numbers (PO numbers) that a label may precede
    ("our order 4500012345") but that are never the supplier's reference.
    """
    ours = {_key(x) for x in exclude if x}
    for text in texts:
        for m in _REFERENCE.finditer(text or ""):
            ref = m.group("ref").rstrip("./-_")
            if len(_key(ref)) < 3 or _key(ref) in ours or _DATE_LIKE.match(ref):
                continue
            if ref.isdigit() and len(ref) < 5 and not (m.group("no") or m.group("colon")):
                continue  # "our order 300 pcs": a quantity, not a number with a label
            if any(o and (o in _key(ref)) for o in ours):
                continue  # "4500012345-10": our PO and line, not their number
            return ref[:128]
    return None
