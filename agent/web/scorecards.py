"""Supplier scorecards and weekly trends, built on agent.reports' cohort figures.

A week's cohort is the POs first requested that week (the definition the
``poagent report`` command uses), so a week's bar never changes shape later
except by answers arriving for it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from markupsafe import Markup, escape
from sqlalchemy import func, select

from agent import reports
from agent.models import ExceptionType, InboundMessage, POException, PurchaseOrder

WEEKS = 12
NEEDS_PERSON_KINDS = ("needs_review",)
REPLY_KINDS = ("confirmation", "needs_review")

SORT_KEYS = {
    "name": lambda c: (c.name.lower(),),
    "ack_rate": lambda c: (-(c.ack_rate if c.ack_rate is not None else -1), c.name.lower()),
    "median_hours_to_ack": lambda c: (
        c.median_hours_to_ack if c.median_hours_to_ack is not None else 1e12,
        c.name.lower(),
    ),
    "needs_person": lambda c: (-(c.needs_person if c.needs_person is not None else -1),),
    "price_variances": lambda c: (-c.price_variances, c.name.lower()),
    "requested": lambda c: (-c.requested, c.name.lower()),
}


@dataclass
class Scorecard:
    id: str
    name: str
    requested: int
    ack_rate: float | None
    median_hours_to_ack: float | None
    needs_person: float | None  # share of the supplier's replies that needed a person
    price_variances: int
    date_changes: int
    trend: list[tuple[datetime, float | None]]  # (week start, ack rate)


def _week_start(moment: datetime) -> datetime:
    day = moment - timedelta(days=moment.weekday())
    return day.replace(hour=0, minute=0, second=0, microsecond=0)


def _reply_shares(session: Any, since: datetime) -> dict[str, float]:
    rows = session.execute(
        select(PurchaseOrder.supplier_id, InboundMessage.kind, func.count())
        .join(PurchaseOrder, PurchaseOrder.id == InboundMessage.po_id)
        .where(InboundMessage.kind.in_(REPLY_KINDS), InboundMessage.created_at >= since)
        .group_by(PurchaseOrder.supplier_id, InboundMessage.kind)
    ).all()
    totals: dict[str, int] = defaultdict(int)
    person: dict[str, int] = defaultdict(int)
    for sid, kind, n in rows:
        totals[sid] += n
        if kind in NEEDS_PERSON_KINDS:
            person[sid] += n
    return {sid: person[sid] / n for sid, n in totals.items() if n}


def _variances(session: Any, since: datetime) -> dict[str, dict[str, int]]:
    rows = session.execute(
        select(PurchaseOrder.supplier_id, POException.type, func.count())
        .join(PurchaseOrder, PurchaseOrder.id == POException.po_id)
        .where(
            POException.created_at >= since,
            POException.type.in_(
                [ExceptionType.price_variance, ExceptionType.date_late, ExceptionType.date_early]
            ),
        )
        .group_by(PurchaseOrder.supplier_id, POException.type)
    ).all()
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for sid, typ, n in rows:
        out[sid][typ.value if hasattr(typ, "value") else str(typ)] += n
    return out


def scorecards(session: Any, now: datetime, weeks: int = WEEKS) -> list[Scorecard]:
    until = now
    first_week = _week_start(now) - timedelta(weeks=weeks - 1)
    pos, exceptions, names = reports.load_facts(session, first_week, until)
    overall = reports.summarize(pos, exceptions, until)["suppliers"]
    by_supplier_week: dict[str, dict[datetime, list[reports.POFact]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for p in pos:
        by_supplier_week[p.supplier][_week_start(p.requested_at)].append(p)
    shares = _reply_shares(session, first_week)
    variances = _variances(session, first_week)
    week_starts = [first_week + timedelta(weeks=i) for i in range(weeks)]
    cards = []
    for sid in sorted(set(overall) | set(shares) | set(variances)):
        fig = overall.get(sid) or reports.Figures()
        trend = []
        for start in week_starts:
            cohort = by_supplier_week[sid].get(start, [])
            trend.append((start, reports.figures(cohort, exceptions, until).ack_rate))
        v = variances.get(sid, {})
        cards.append(
            Scorecard(
                id=sid,
                name=names.get(sid, sid),
                requested=fig.requested,
                ack_rate=fig.ack_rate,
                median_hours_to_ack=fig.median_hours_to_ack,
                needs_person=shares.get(sid),
                price_variances=v.get("price_variance", 0),
                date_changes=v.get("date_late", 0) + v.get("date_early", 0),
                trend=trend,
            )
        )
    return cards


def sort_cards(cards: list[Scorecard], key: str) -> list[Scorecard]:
    return sorted(cards, key=SORT_KEYS.get(key, SORT_KEYS["name"]))


# --------------------------------------------------------------------- charts


def trend_svg(
    points: list[tuple[datetime, float | None]],
    *,
    width: int = 360,
    height: int = 120,
    title: str = "acknowledgment rate per week",
    small: bool = False,
) -> Markup:
    """Bars of a weekly rate (0..1) as inline SVG; weeks with no POs are a grey tick.

    Only presentation attributes (no ``style``), so a strict CSP needs no exception.
    """
    pad_l, pad_b, pad_t = (4, 4, 4) if small else (34, 22, 8)
    plot_w = width - pad_l - 4
    plot_h = height - pad_b - pad_t
    n = max(1, len(points))
    slot = plot_w / n
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">',
        f"<title>{escape(title)}</title>",
    ]
    if not small:
        for frac in (0.0, 0.5, 1.0):
            y = pad_t + plot_h * (1 - frac)
            parts.append(
                f'<line x1="{pad_l}" x2="{width - 4}" y1="{y:.1f}" y2="{y:.1f}" '
                f'stroke="#d0d7de" stroke-width="1"/>'
                f'<text x="{pad_l - 4}" y="{y + 4:.1f}" font-size="10" text-anchor="end" '
                f'fill="#57606a">{int(frac * 100)}%</text>'
            )
    for i, (start, rate) in enumerate(points):
        x = pad_l + i * slot + slot * 0.15
        w = slot * 0.7
        label = f"week of {start:%Y-%m-%d}: " + ("no POs" if rate is None else f"{rate:.0%}")
        if rate is None:
            parts.append(
                f'<rect class="bar empty" x="{x:.1f}" y="{pad_t + plot_h - 2:.1f}" '
                f'width="{w:.1f}" height="2" fill="#d0d7de"><title>{escape(label)}</title></rect>'
            )
            continue
        h = max(1.0, plot_h * rate)
        colour = "#1a7f37" if rate >= 0.8 else "#9a6700" if rate >= 0.5 else "#cf222e"
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{pad_t + plot_h - h:.1f}" width="{w:.1f}" '
            f'height="{h:.1f}" fill="{colour}" data-rate="{rate:.4f}">'
            f"<title>{escape(label)}</title></rect>"
        )
    if not small and points:
        for i in (0, len(points) - 1):
            x = pad_l + i * slot + slot / 2
            parts.append(
                f'<text x="{x:.1f}" y="{height - 6}" font-size="10" text-anchor="middle" '
                f'fill="#57606a">{points[i][0]:%m-%d}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))
