"""Supplier performance: acknowledgment rate and speed, exceptions, resolution time.

Cohort definition (so the figures for a window never change shape as time
passes): the POs whose first request went out in ``[since, until)``.

- acknowledgment rate = those acknowledged before ``until`` / those requested;
- time to acknowledge = acknowledged_at - requested_at (median over acknowledged);
- exceptions = exceptions of those POs created before ``until`` that needed a
  person (auto-accepted differences are counted separately); the rate of a
  type = POs with at least one such exception / POs requested;
- time to resolve = resolved_at - created_at (median over resolved ones).

Each figure is given overall, per supplier and per buyer. The aggregation is a
pure function over plain facts (:func:`summarize`); :func:`build_report` only
reads them from the database.
"""

from __future__ import annotations

import csv
import io
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlmodel import Session, select

from agent import csvsafe
from agent.domain import exception_types
from agent.models import (
    Buyer,
    ExceptionState,
    InboundMessage,
    LlmCall,
    POException,
    PurchaseOrder,
    Supplier,
)

# Exception types in report order: the registry's order (agent.domain.exception_types).
TYPE_ORDER = exception_types.TYPE_ORDER


@dataclass(frozen=True)
class POFact:
    po_id: int
    po_number: str
    supplier: str
    buyer: str
    requested_at: datetime
    acknowledged_at: datetime | None


@dataclass(frozen=True)
class ExceptionFact:
    po_id: int
    type: str
    created_at: datetime
    resolved_at: datetime | None
    auto_accepted: bool


@dataclass
class Figures:
    requested: int = 0
    acknowledged: int = 0
    ack_rate: float | None = None
    median_hours_to_ack: float | None = None
    exceptions: int = 0
    auto_accepted: int = 0
    exceptions_by_type: dict[str, int] = field(default_factory=dict)
    exception_rate_by_type: dict[str, float] = field(default_factory=dict)
    resolved: int = 0
    median_hours_to_resolve: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "requested": self.requested,
            "acknowledged": self.acknowledged,
            "ack_rate": _round(self.ack_rate),
            "median_hours_to_ack": _round(self.median_hours_to_ack),
            "exceptions": self.exceptions,
            "auto_accepted": self.auto_accepted,
            "exceptions_by_type": dict(self.exceptions_by_type),
            "exception_rate_by_type": {
                k: _round(v) for k, v in self.exception_rate_by_type.items()
            },
            "resolved": self.resolved,
            "median_hours_to_resolve": _round(self.median_hours_to_resolve),
        }


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def _hours(delta: timedelta) -> float:
    return delta.total_seconds() / 3600.0


def _type_key(name: str) -> tuple[int, str]:
    return (TYPE_ORDER.index(name) if name in TYPE_ORDER else len(TYPE_ORDER), name)


def figures(pos: Sequence[POFact], exceptions: Sequence[ExceptionFact], until: datetime) -> Figures:
    """The figures for one group of POs (pure)."""
    out = Figures(requested=len(pos))
    ids = {p.po_id for p in pos}
    acked = [p for p in pos if p.acknowledged_at is not None and p.acknowledged_at < until]
    out.acknowledged = len(acked)
    if pos:
        out.ack_rate = len(acked) / len(pos)
    if acked:
        out.median_hours_to_ack = statistics.median(
            _hours(p.acknowledged_at - p.requested_at)  # type: ignore[operator]
            for p in acked
        )
    mine = [e for e in exceptions if e.po_id in ids and e.created_at < until]
    people = [e for e in mine if not e.auto_accepted]
    out.auto_accepted = len(mine) - len(people)
    out.exceptions = len(people)
    by_type: dict[str, int] = defaultdict(int)
    pos_by_type: dict[str, set[int]] = defaultdict(set)
    for e in people:
        by_type[e.type] += 1
        pos_by_type[e.type].add(e.po_id)
    for name in sorted(by_type, key=_type_key):
        out.exceptions_by_type[name] = by_type[name]
        if pos:
            out.exception_rate_by_type[name] = len(pos_by_type[name]) / len(pos)
    resolved = [e for e in people if e.resolved_at is not None and e.resolved_at < until]
    out.resolved = len(resolved)
    if resolved:
        out.median_hours_to_resolve = statistics.median(
            _hours(e.resolved_at - e.created_at)  # type: ignore[operator]
            for e in resolved
        )
    return out


def summarize(
    pos: Sequence[POFact], exceptions: Sequence[ExceptionFact], until: datetime
) -> dict[str, Any]:
    """Overall, per supplier and per buyer figures for one cohort (pure)."""
    by_supplier: dict[str, list[POFact]] = defaultdict(list)
    by_buyer: dict[str, list[POFact]] = defaultdict(list)
    for p in pos:
        by_supplier[p.supplier].append(p)
        by_buyer[p.buyer].append(p)
    return {
        "overall": figures(pos, exceptions, until),
        "suppliers": {k: figures(v, exceptions, until) for k, v in sorted(by_supplier.items())},
        "buyers": {k: figures(v, exceptions, until) for k, v in sorted(by_buyer.items())},
    }


# ------------------------------------------------------------------ database side


def _as_datetime(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime(value.year, value.month, value.day, tzinfo=UTC)


def load_facts(
    session: Session, since: datetime, until: datetime
) -> tuple[list[POFact], list[ExceptionFact], dict[str, str]]:
    """The cohort's POs and their exceptions, plus supplier names by id."""
    query = (
        select(PurchaseOrder, Buyer.email)
        .join(Buyer, Buyer.id == PurchaseOrder.buyer_id, isouter=True)  # type: ignore[arg-type]
        .where(
            PurchaseOrder.requested_at.is_not(None),  # type: ignore[union-attr]
            PurchaseOrder.requested_at >= since,  # type: ignore[operator]
            PurchaseOrder.requested_at < until,  # type: ignore[operator]
        )
    )
    pos = [
        POFact(
            po_id=po.id,  # type: ignore[arg-type]
            po_number=po.po_number,
            supplier=po.supplier_id,
            buyer=email or "(no buyer)",
            requested_at=po.requested_at,  # type: ignore[arg-type]
            acknowledged_at=po.acknowledged_at,
        )
        for po, email in session.exec(query).all()
    ]
    ids = [p.po_id for p in pos]
    exceptions: list[ExceptionFact] = []
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        for ex in session.exec(select(POException).where(POException.po_id.in_(chunk))).all():  # type: ignore[union-attr]
            exceptions.append(
                ExceptionFact(
                    po_id=ex.po_id,  # type: ignore[arg-type]
                    type=ex.type.value if hasattr(ex.type, "value") else str(ex.type),
                    created_at=ex.created_at,
                    resolved_at=ex.resolved_at,
                    auto_accepted=ex.state == ExceptionState.auto_accepted,
                )
            )
    names = {s.id: s.name for s in session.exec(select(Supplier)).all()}
    return pos, exceptions, names


def llm_usage(session: Session, since: datetime, until: datetime) -> dict[str, Any]:
    """LLM calls and tokens in the window, and the share of human replies that needed one.

    Counted from the ``llm_calls`` table; when the LLM package offers
    ``usage_summary(session, since, until)`` its figures are merged in (it knows
    budgets and outcomes).
    """
    calls = session.exec(
        select(LlmCall).where(LlmCall.created_at >= since, LlmCall.created_at < until)  # type: ignore[operator]
    ).all()
    replies = session.exec(
        select(InboundMessage.sha256).where(
            InboundMessage.processed_at.is_not(None),  # type: ignore[union-attr]
            InboundMessage.processed_at >= since,  # type: ignore[operator]
            InboundMessage.processed_at < until,  # type: ignore[operator]
            InboundMessage.kind.in_(["confirmation", "needs_review"]),  # type: ignore[union-attr]
        )
    ).all()
    reply_hashes = set(replies)
    with_llm = {c.message_hash for c in calls} & reply_hashes
    usage: dict[str, Any] = {
        "calls": len(calls),
        "prompt_tokens": sum(c.prompt_tokens for c in calls),
        "completion_tokens": sum(c.completion_tokens for c in calls),
        "human_replies": len(replies),
        "replies_needing_llm": len(with_llm),
        "share_needing_llm": (len(with_llm) / len(replies)) if replies else None,
    }
    try:
        import agent.llm as llm_package
    except ImportError:
        return usage
    extra = getattr(llm_package, "usage_summary", None)
    if callable(extra):
        usage.update(dict(extra(session, since, until)))
    return usage


def build_report(
    session: Session,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
    *,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The whole report as plain data (the JSON output is exactly this)."""
    now = now or datetime.now(UTC)
    until_dt = _as_datetime(until) if until is not None else now
    if until is not None and not isinstance(until, datetime):
        until_dt += timedelta(days=1)  # a date means "up to and including that day"
    since_dt = _as_datetime(since) if since is not None else until_dt - timedelta(days=30)
    pos, exceptions, names = load_facts(session, since_dt, until_dt)
    summary = summarize(pos, exceptions, until_dt)
    return {
        "since": since_dt.isoformat(),
        "until": until_dt.isoformat(),
        "overall": summary["overall"].as_dict(),
        "suppliers": [
            {"id": k, "name": names.get(k, k), **v.as_dict()}
            for k, v in summary["suppliers"].items()
        ],
        "buyers": [{"email": k, **v.as_dict()} for k, v in summary["buyers"].items()],
        "llm": llm_usage(session, since_dt, until_dt),
        "open_exceptions": open_exceptions(session, {p.po_id for p in pos}),
    }


def open_exceptions(session: Session, cohort: set[int]) -> dict[str, int]:
    """Exceptions waiting for a person now (what `poagent exceptions` lists), split by
    whether they belong to this window's POs, so the two commands' counts reconcile."""
    states = [ExceptionState.open, ExceptionState.acknowledged]
    rows = session.exec(select(POException.po_id).where(POException.state.in_(states))).all()  # type: ignore[attr-defined]
    in_cohort = sum(1 for po_id in rows if po_id in cohort)
    no_po = sum(1 for po_id in rows if po_id is None)
    return {
        "total": len(rows),
        "of_these_pos": in_cohort,
        "without_po": no_po,
        "of_other_pos": len(rows) - in_cohort - no_po,
    }


# ------------------------------------------------------------------------ output


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _dur(hours: float | None) -> str:
    if hours is None:
        return "—"
    if hours < 1:
        return f"{round(hours * 60)}m"
    if hours < 48:
        return f"{hours:.1f}h"
    return f"{hours / 24:.1f}d"


def _table(headers: Sequence[str], body: Iterable[Sequence[str]]) -> list[str]:
    rows = [list(headers), *[list(r) for r in body]]
    widths = [max(len(r[i]) for r in rows) for i in range(len(headers))]
    out = []
    for n, r in enumerate(rows):
        cells = [c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)]
        out.append("  " + "  ".join(cells).rstrip())
        if n == 0:
            out.append("  " + "  ".join("-" * w for w in widths))
    return out


def _group_rows(groups: Sequence[Mapping[str, Any]], key: str) -> list[list[str]]:
    return [
        [
            str(g[key]),
            str(g["requested"]),
            str(g["acknowledged"]),
            _pct(g["ack_rate"]),
            _dur(g["median_hours_to_ack"]),
            str(g["exceptions"]),
            _dur(g["median_hours_to_resolve"]),
        ]
        for g in groups
    ]


def format_text(report: Mapping[str, Any]) -> str:
    o = report["overall"]
    lines = [
        f"Acknowledgment report  {report['since'][:16]} → {report['until'][:16]} UTC",
        "",
        "Overall",
        f"  POs requested               {o['requested']}",
        f"  acknowledged                {o['acknowledged']} ({_pct(o['ack_rate'])})",
        f"  median time to acknowledge  {_dur(o['median_hours_to_ack'])}",
        f"  exceptions for a person     {o['exceptions']}  (auto-accepted within tolerance: {o['auto_accepted']})",
    ]
    for name, count in o["exceptions_by_type"].items():
        rate = o["exception_rate_by_type"].get(name)
        lines.append(f"    {name:<26}{count}  ({_pct(rate)} of POs)")
    lines.append(
        f"  median time to resolve      {_dur(o['median_hours_to_resolve'])}  ({o['resolved']} resolved)"
    )
    waiting = report.get("open_exceptions")
    if waiting:
        # The figures above cover this window's POs; `poagent exceptions` lists every
        # open one (mail without a PO, POs whose request never went out or is older).
        lines.append(
            f"  open now (poagent exceptions) {waiting['total']}: {waiting['of_these_pos']} of "
            f"these POs, {waiting['of_other_pos']} of other POs (never requested, or "
            f"outside the window), {waiting['without_po']} without a PO"
        )
    headers = ["", "requested", "acked", "rate", "median ack", "exceptions", "median resolve"]
    lines += ["", "By supplier"]
    lines += _table(["supplier", *headers[1:]], _group_rows(report["suppliers"], "id"))
    lines += ["", "By buyer"]
    lines += _table(["buyer", *headers[1:]], _group_rows(report["buyers"], "email"))
    llm = report.get("llm") or {}
    if llm:
        tokens = int(llm.get("prompt_tokens", 0)) + int(llm.get("completion_tokens", 0))
        share = llm.get("share_needing_llm")
        outcomes = llm.get("by_outcome") or {}
        if outcomes:
            lines_outcomes = ", ".join(f"{k} {v}" for k, v in outcomes.items())
        lines += [
            "",
            "LLM fallback",
            f"  calls {llm.get('calls', 0)}, tokens {tokens}"
            + (
                f", replies that needed it {llm.get('replies_needing_llm', 0)} of "
                f"{llm.get('human_replies', 0)} ({_pct(share)})"
                if "human_replies" in llm
                else ""
            ),
        ]
        if outcomes:
            lines.append(f"  outcomes: {lines_outcomes}")
    return "\n".join(lines) + "\n"


CSV_COLUMNS = (
    "scope",
    "key",
    "name",
    "requested",
    "acknowledged",
    "ack_rate",
    "median_hours_to_ack",
    "exceptions",
    "auto_accepted",
    "resolved",
    "median_hours_to_resolve",
)


def format_csv(report: Mapping[str, Any]) -> str:
    """One row per scope (overall, each supplier, each buyer); a column per exception type."""
    types = sorted(
        {
            t
            for g in [report["overall"], *report["suppliers"], *report["buyers"]]
            for t in g["exceptions_by_type"]
        },
        key=_type_key,
    )
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([*CSV_COLUMNS, *(f"exceptions_{t}" for t in types)])

    def row(scope: str, key: str, name: str, g: Mapping[str, Any]) -> list[Any]:
        base = [scope, key, name] + ["" if g[c] is None else g[c] for c in CSV_COLUMNS[3:]]
        return base + [g["exceptions_by_type"].get(t, 0) for t in types]

    writer.writerow(csvsafe.row(row("overall", "", "", report["overall"])))
    for s in report["suppliers"]:
        writer.writerow(csvsafe.row(row("supplier", s["id"], s["name"], s)))
    for b in report["buyers"]:
        writer.writerow(csvsafe.row(row("buyer", b["email"], "", b)))
    return buf.getvalue()
