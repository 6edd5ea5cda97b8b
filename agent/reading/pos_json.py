"""Load open POs from the corpus ``pos.json`` format (see corpus FORMAT.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from agent.reading.types import OpenPO, POLine, SupplierInfo


class POFileError(ValueError):
    """pos.json is missing, not JSON, or not in the expected shape."""


def _dec(value: Any, where: str) -> Decimal:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError) as exc:
        raise POFileError(f"{where}: {value!r} is not a number") from exc


def _date(value: Any, where: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise POFileError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from exc


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[-1].lower() if "@" in addr else ""


def po_from_dict(raw: dict[str, Any], index: int = 0) -> OpenPO:
    where = f"PO #{index + 1}"
    if not isinstance(raw, dict):
        raise POFileError(f"{where}: expected an object, got {type(raw).__name__}")
    try:
        number = str(raw["po_number"])
        sup = raw["supplier"]
        lines_raw = raw["lines"]
    except KeyError as exc:
        raise POFileError(f"{where}: missing field {exc.args[0]!r}") from exc
    where = f"PO {number}"
    if not isinstance(sup, dict):
        raise POFileError(f"{where}: supplier must be an object")
    emails: list[str] = []
    for key in ("email", "emails"):
        v = sup.get(key)
        if isinstance(v, str):
            emails.append(v.lower())
        elif isinstance(v, list):
            emails += [str(e).lower() for e in v]
    domains = list(
        dict.fromkeys(
            [*(d.lower() for d in sup.get("domains", []) or []), *(_domain(e) for e in emails)]
        )
    )
    supplier = SupplierInfo(
        id=str(sup.get("id") or sup.get("name") or number),
        name=str(sup.get("name") or sup.get("id") or ""),
        emails=tuple(dict.fromkeys(emails)),
        domains=tuple(d for d in domains if d),
        locale=str(sup.get("locale") or "en-US"),
        timezone=sup.get("timezone"),
        tier=sup.get("tier"),
    )
    if not isinstance(lines_raw, list) or not lines_raw:
        raise POFileError(f"{where}: lines must be a non-empty list")
    lines = []
    for i, ln in enumerate(lines_raw):
        lw = f"{where} line #{i + 1}"
        try:
            lines.append(
                POLine(
                    line=int(ln["line"]),
                    item=str(ln.get("item") or ""),
                    description=str(ln.get("description") or ""),
                    quantity=_dec(ln["quantity"], lw + " quantity"),
                    uom=str(ln.get("uom") or "EA"),
                    unit_price=_dec(ln["unit_price"], lw + " unit_price"),
                    requested_date=_date(ln["requested_date"], lw + " requested_date"),
                    criticality=ln.get("criticality"),
                    category=ln.get("category"),
                )
            )
        except (KeyError, TypeError) as exc:
            raise POFileError(f"{lw}: missing or bad field {exc}") from exc
    buyer = raw.get("buyer") or {}
    ids = raw.get("request_message_ids") or []
    if raw.get("request_message_id"):
        ids = [raw["request_message_id"], *ids]
    return OpenPO(
        po_number=number,
        supplier=supplier,
        currency=str(raw.get("currency") or "USD").upper(),
        lines=tuple(lines),
        buyer_name=buyer.get("name") if isinstance(buyer, dict) else None,
        buyer_email=(buyer.get("email") or "").lower() or None if isinstance(buyer, dict) else None,
        issued=_date(raw["issued"], where + " issued") if raw.get("issued") else None,
        revision=int(raw.get("revision") or 0),
        request_message_ids=tuple(str(i) for i in ids),
    )


def load_pos(path_or_list: str | Path | Sequence[dict[str, Any]]) -> list[OpenPO]:
    """Read open POs from a pos.json path or an already-parsed list. Raises POFileError."""
    if isinstance(path_or_list, (str, Path)):
        path = Path(path_or_list)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise POFileError(f"{path}: no such file") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise POFileError(f"{path}: cannot read: {exc}") from exc
        except json.JSONDecodeError as exc:
            raise POFileError(f"{path}: not valid JSON: {exc}") from exc
    else:
        data = path_or_list
    if not isinstance(data, list):
        raise POFileError("pos.json must hold a JSON list of purchase orders")
    return [po_from_dict(raw, i) for i, raw in enumerate(data)]
