"""Structural invariants: small rules that hold for any phrasing, each with its own tests.

Each rule takes the gate's ``Decision`` and returns review reasons (empty: it holds).
"""

from __future__ import annotations

from collections.abc import Callable

from agent.reading.decide import Decision

Rule = Callable[[Decision], list[str]]

INVARIANTS: tuple[Rule, ...] = ()
