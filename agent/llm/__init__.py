"""The LLM fallback: ask a model only where the rules deferred, then trust only what the text shows.

``make_fallback(settings)`` returns the callable ``read_message(..., fallback=)``
expects, or ``None`` when ``[llm] enabled = false``. The callable never raises
and never turns anything into a confirmation on the model's word alone: the
answer goes through :mod:`agent.llm.grounding`.

Review reasons it adds (all start with ``llm``):

- ``llm unavailable: ...``: no answer this time (endpoint down, timeouts, 429/5xx
  after the retries, daily budget or the supplier's hourly limit spent). The
  message stays ``needs_review`` and :func:`is_retryable` tells the daemon to
  try it again later.
- ``llm not consulted: ...``: the rules' own findings settle that a person must
  look (a contradiction, a different currency, a promise to answer later).
- ``llm: ...``: the model answered and the answer did not hold (refusal, cut
  off, invalid JSON, an ungrounded value, ...). Retrying would not help.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from agent.llm.client import CallResult, LlmClient
from agent.llm.grounding import Grounder
from agent.llm.ledger import DbLedger, Ledger, MemoryLedger, usage_summary
from agent.llm.prompt import build_prompt
from agent.reading.types import ExtractionResult, Message, OpenPO

__all__ = ["LlmFallback", "is_retryable", "make_fallback", "usage_summary"]

log = logging.getLogger(__name__)

UNAVAILABLE = "llm unavailable: "
NOT_CONSULTED = "llm not consulted: "

Fallback = Callable[[Message, Sequence[OpenPO], ExtractionResult], ExtractionResult]

# Rules findings no model reading can settle.
_BLOCKING_RULE_REASONS = re.compile(
    r"contradict|conflict|disagree|not committed|currency differs", re.IGNORECASE
)


def is_retryable(result: ExtractionResult) -> bool:
    """True when the result is needs_review only because the model could not be asked this time."""
    return result.kind == "needs_review" and any(
        r.startswith(UNAVAILABLE) for r in result.review_reasons
    )


def make_fallback(
    settings: Any,
    session_factory: Callable[[], Any] | None = None,
    *,
    cache_dir: str | None = None,
    clock: Callable[[], datetime] | None = None,
    sleep: Callable[[float], None] | None = None,
) -> Fallback | None:
    """The fallback for ``read_message``; None when the LLM is disabled in the configuration.

    With ``session_factory`` budgets, rate limits and the cache live in the
    ``llm_calls`` table; without it (``poagent extract``) they live in memory,
    and answers are also cached under ``cache_dir`` when one is given.
    """
    llm = settings.llm
    if not llm.enabled:
        return None
    key = llm.api_key() if hasattr(llm, "api_key") else None
    client = LlmClient(
        base_url=llm.base_url,
        model=llm.model,
        api_key=key.reveal() if key is not None else None,
        timeout_seconds=float(llm.timeout_seconds),
        max_retries=int(llm.max_retries),
        api_version=str(getattr(llm, "api_version", "") or ""),
        **({"sleep": sleep} if sleep else {}),
    )
    ledger: Ledger = (
        DbLedger(session_factory)
        if session_factory is not None
        else MemoryLedger(cache_dir or (getattr(llm, "cache_dir", "") or None))
    )
    return LlmFallback(
        client,
        ledger,
        daily_call_budget=int(llm.daily_call_budget),
        daily_token_budget=int(llm.daily_token_budget),
        per_supplier_per_hour=int(llm.per_supplier_per_hour),
        max_input_chars=int(llm.max_input_chars),
        clock=clock,
    )


class LlmFallback:
    def __init__(
        self,
        client: LlmClient,
        ledger: Ledger,
        *,
        daily_call_budget: int,
        daily_token_budget: int,
        per_supplier_per_hour: int,
        max_input_chars: int,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.client = client
        self.ledger = ledger
        self.daily_call_budget = daily_call_budget
        self.daily_token_budget = daily_token_budget
        self.per_supplier_per_hour = per_supplier_per_hour
        self.max_input_chars = max_input_chars
        self.clock = clock or (lambda: datetime.now(UTC))

    def at(self, now: datetime) -> LlmFallback:
        """This fallback working at ``now`` (the daemon's clock, e.g. ``--now``) for its budgets'
        day and hour; it shares the client and the ledger with this one."""
        bound = copy.copy(self)
        bound.clock = lambda: now
        return bound

    def __call__(
        self, msg: Message, open_pos: Sequence[OpenPO], rules_result: ExtractionResult
    ) -> ExtractionResult:
        if rules_result.kind != "needs_review":
            return rules_result
        try:
            return self._run(msg, open_pos, rules_result)
        except Exception as exc:  # a bug here must never lose or crash the message
            log.exception("llm fallback failed")
            return _append(rules_result, f"llm: internal error ({type(exc).__name__})")

    # ----------------------------------------------------------------- steps

    def _run(
        self, msg: Message, open_pos: Sequence[OpenPO], rules: ExtractionResult
    ) -> ExtractionResult:
        pos = supplier_pos(msg, open_pos, rules)
        if not pos:
            return _append(
                rules, NOT_CONSULTED + "no open PO of a single supplier matches the mail"
            )
        blocking = [r for r in rules.review_reasons if _BLOCKING_RULE_REASONS.search(r)]
        if blocking:
            return _append(rules, NOT_CONSULTED + "the rules found what a person must settle")
        if rules.promised_reply_date is not None:
            return _append(rules, NOT_CONSULTED + "the supplier promised a later answer")
        prompt = build_prompt(msg, pos, self.max_input_chars)
        if not prompt.pieces:
            return _append(rules, NOT_CONSULTED + "the mail has no text of the supplier's own")
        key = prompt.cache_key(self.client.model)
        result = self.ledger.cached(key, self.client.model)
        if result is None:
            supplier = pos[0].supplier.id
            refusal = self._over_budget(supplier)
            if refusal:
                return _append(rules, UNAVAILABLE + refusal)
            result = self.client.complete(
                prompt.messages(), allow_attempt=lambda: self._over_budget(supplier) is None
            )
            try:
                self.ledger.record(key, supplier, result, self.clock())
            except Exception:
                # The answer is paid for and still good; losing its record only costs a
                # cache hit and a budget count, which is better than losing the answer.
                log.exception("llm call could not be recorded")
            log.info(
                "llm call model=%s outcome=%s tokens=%d+%d latency_ms=%d attempts=%d",
                result.model,
                result.outcome,
                result.prompt_tokens,
                result.completion_tokens,
                result.latency_ms,
                result.attempts,
            )
        return self._judge(result, prompt, pos, rules)

    def _over_budget(self, supplier_id: str) -> str | None:
        now = self.clock()
        day = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        used = self.ledger.usage_since(day)
        if used.calls >= self.daily_call_budget:
            return f"daily call budget ({self.daily_call_budget}) spent"
        if used.tokens >= self.daily_token_budget:
            return f"daily token budget ({self.daily_token_budget}) spent"
        hourly = self.ledger.supplier_calls_since(supplier_id, now - timedelta(hours=1))
        if hourly >= self.per_supplier_per_hour:
            return f"hourly limit for supplier {supplier_id} ({self.per_supplier_per_hour}) reached"
        return None

    def _judge(
        self, result: CallResult, prompt: Any, pos: Sequence[OpenPO], rules: ExtractionResult
    ) -> ExtractionResult:
        if result.outcome == "unavailable":
            return _append(rules, UNAVAILABLE + (result.error or "no answer"))
        if result.outcome != "answered" or result.answer is None:
            return _append(rules, "llm: " + (result.error or result.outcome))
        return Grounder(prompt, pos, rules).check(result.answer)


def supplier_pos(msg: Message, open_pos: Sequence[OpenPO], rules: ExtractionResult) -> list[OpenPO]:
    """The open POs of the one supplier this mail is from; never mixes suppliers."""
    if rules.matched_po_numbers:
        suppliers = {po.supplier.id for po in open_pos if po.po_number in rules.matched_po_numbers}
    else:
        sender = (msg.from_addr or "").lower()
        domain = sender.rpartition("@")[2]
        suppliers = {
            po.supplier.id
            for po in open_pos
            if sender
            and (
                sender in (e.lower() for e in po.supplier.emails)
                or domain in (d.lower() for d in po.supplier.domains)
            )
        }
    if len(suppliers) != 1:
        return []
    (supplier,) = suppliers
    return [po for po in open_pos if po.supplier.id == supplier]


def _append(result: ExtractionResult, reason: str) -> ExtractionResult:
    from dataclasses import replace

    reasons = list(result.review_reasons)
    if reason not in reasons:
        reasons.append(reason)
    return replace(result, kind="needs_review", review_reasons=reasons)
