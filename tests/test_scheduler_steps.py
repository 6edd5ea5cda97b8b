"""The daemon's steps are an explicit list, and a missing module stops the start."""

from __future__ import annotations

import importlib
import sys

import pytest

import agent
from agent import scheduler
from agent.dryrun import DryRunAgent


def test_the_steps_are_listed_in_cycle_order():
    real = scheduler.Agent.__new__(scheduler.Agent)
    steps = real.steps()
    assert list(steps) == list(scheduler.STEPS)
    assert steps["send_queued"] == steps["send"] == real.step_send
    # The dry run overrides what a step does, not which steps there are.
    dry = DryRunAgent.__new__(DryRunAgent)
    assert list(dry.steps()) == list(scheduler.STEPS)
    assert dry.steps()["writeback"] == dry.step_writeback
    assert not hasattr(scheduler, "_optional")


@pytest.mark.parametrize("module", ["digest", "outbox", "writeback"])
def test_a_missing_step_module_is_an_import_error_at_start(monkeypatch, module):
    monkeypatch.delitem(sys.modules, "agent.scheduler")
    monkeypatch.setitem(sys.modules, f"agent.{module}", None)
    monkeypatch.delattr(agent, module)
    monkeypatch.delattr(agent, "scheduler")
    with pytest.raises(ImportError):
        importlib.import_module("agent.scheduler")
