"""CSV cells that a spreadsheet opens as text, never as a formula (OWASP "CSV injection").

Supplier names, item descriptions and PO numbers come from outside; a cell starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a formula by Excel and
LibreOffice (``=HYPERLINK(...)``, ``@SUM(...)``). Such a cell gets a leading apostrophe.
Plain numbers ("-12.50") stay numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def cell(value: Any) -> Any:
    if not isinstance(value, str) or not value.startswith(_TRIGGERS):
        return value
    if _NUMBER.fullmatch(value):
        return value
    return "'" + value


def row(values: Iterable[Any]) -> list[Any]:
    return [cell(v) for v in values]
