"""Where LLM calls are counted, cached and recorded.

``DbLedger`` uses the ``llm_calls`` table, so budgets, per-supplier rate limits
and the answer cache hold across restarts and across workers sharing the
database. The limits are checked before a call and counted after it, without a
lock: workers calling at the same moment can overshoot a limit by at most one
call each, which is cheaper than serialising every call through the database. ``MemoryLedger`` serves ``poagent extract`` (no database): counters
live for the process, and with a ``cache_dir`` answers are also kept as one
JSON file per message hash so a rerun doesn't pay twice.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from agent.llm.client import CallResult

# Outcomes worth reusing: the same prompt would get the same answer again.
CACHEABLE = ("answered", "refused")


@dataclass(frozen=True)
class Usage:
    calls: int
    tokens: int


class Ledger(Protocol):
    def cached(self, key: str, model: str) -> CallResult | None: ...

    def usage_since(self, since: datetime) -> Usage: ...

    def supplier_calls_since(self, supplier_id: str, since: datetime) -> int: ...

    def record(
        self, key: str, supplier_id: str | None, result: CallResult, now: datetime
    ) -> None: ...


class MemoryLedger:
    def __init__(self, cache_dir: str | Path | None = None) -> None:
        self._lock = threading.Lock()
        self._rows: list[tuple[datetime, str | None, int]] = []
        self._cache: dict[str, dict[str, Any]] = {}
        self._dir = Path(cache_dir).expanduser() if cache_dir else None

    def cached(self, key: str, model: str) -> CallResult | None:
        with self._lock:
            record = self._cache.get(key)
        if record is None and self._dir is not None:
            path = self._dir / f"{key}.json"
            try:
                record = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                record = None
        if record is None or record.get("outcome") not in CACHEABLE:
            return None
        return CallResult.from_record(record, model)

    def usage_since(self, since: datetime) -> Usage:
        with self._lock:
            rows = [r for r in self._rows if r[0] >= since]
        return Usage(calls=len(rows), tokens=sum(r[2] for r in rows))

    def supplier_calls_since(self, supplier_id: str, since: datetime) -> int:
        with self._lock:
            return sum(1 for r in self._rows if r[0] >= since and r[1] == supplier_id)

    def record(self, key: str, supplier_id: str | None, result: CallResult, now: datetime) -> None:
        tokens = result.prompt_tokens + result.completion_tokens
        record = result.to_record()
        with self._lock:
            self._rows.append((now, supplier_id, tokens))
            if result.outcome in CACHEABLE:
                self._cache[key] = record
        if self._dir is not None and result.outcome in CACHEABLE:
            self._dir.mkdir(parents=True, exist_ok=True)
            # Write then rename: a crash never leaves half a cache entry behind.
            fd, tmp = tempfile.mkstemp(dir=self._dir, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(record, fh, ensure_ascii=False)
            os.replace(tmp, self._dir / f"{key}.json")


class DbLedger:
    def __init__(self, session_factory: Callable[[], Any]) -> None:
        self._factory = session_factory

    def cached(self, key: str, model: str) -> CallResult | None:
        from sqlmodel import col, select

        from agent.models import LlmCall

        with self._factory() as session:
            row = session.exec(
                select(LlmCall)
                .where(LlmCall.message_hash == key, col(LlmCall.outcome).in_(CACHEABLE))
                .order_by(col(LlmCall.created_at).desc())
                .limit(1)
            ).first()
            if row is None or not row.response_json:
                return None
            return CallResult.from_record(dict(row.response_json), model)

    def usage_since(self, since: datetime) -> Usage:
        from sqlalchemy import func
        from sqlmodel import select

        from agent.models import LlmCall

        with self._factory() as session:
            calls, tokens = session.exec(
                select(
                    func.count(LlmCall.id),
                    func.coalesce(func.sum(LlmCall.prompt_tokens + LlmCall.completion_tokens), 0),
                ).where(LlmCall.created_at >= since)
            ).one()
        return Usage(calls=int(calls or 0), tokens=int(tokens or 0))

    def supplier_calls_since(self, supplier_id: str, since: datetime) -> int:
        from sqlalchemy import func
        from sqlmodel import select

        from agent.models import LlmCall

        with self._factory() as session:
            n = session.exec(
                select(func.count(LlmCall.id)).where(
                    LlmCall.supplier_id == supplier_id, LlmCall.created_at >= since
                )
            ).one()
        return int(n or 0)

    def record(self, key: str, supplier_id: str | None, result: CallResult, now: datetime) -> None:
        from agent.models import LlmCall

        with self._factory() as session:
            session.add(
                LlmCall(
                    message_hash=key,
                    supplier_id=supplier_id,
                    model=result.model[:128],
                    prompt_tokens=result.prompt_tokens,
                    completion_tokens=result.completion_tokens,
                    latency_ms=result.latency_ms,
                    outcome=result.outcome,
                    response_json=result.to_record(),
                    created_at=now,
                )
            )
            session.commit()


def usage_summary(session: Any, since: datetime, until: datetime) -> dict[str, Any]:
    """LLM usage between ``since`` (inclusive) and ``until`` (exclusive), for reports."""
    from sqlmodel import select

    from agent.models import LlmCall

    rows = session.exec(
        select(LlmCall).where(LlmCall.created_at >= since, LlmCall.created_at < until)
    ).all()
    by_outcome: dict[str, int] = {}
    by_model: dict[str, int] = {}
    for r in rows:
        by_outcome[r.outcome] = by_outcome.get(r.outcome, 0) + 1
        by_model[r.model] = by_model.get(r.model, 0) + 1
    latencies = sorted(r.latency_ms for r in rows if r.outcome != "unavailable")
    prompt = sum(r.prompt_tokens for r in rows)
    completion = sum(r.completion_tokens for r in rows)
    return {
        "calls": len(rows),
        "messages": len({r.message_hash for r in rows}),
        "by_outcome": dict(sorted(by_outcome.items())),
        "by_model": dict(sorted(by_model.items())),
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "avg_latency_ms": round(sum(latencies) / len(latencies)) if latencies else None,
        "p95_latency_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))]
        if latencies
        else None,
    }
