"""Replica choice: round robin over healthy replicas, lag bound, failures, primary fallback (pure logic)."""

from __future__ import annotations

import asyncio

import pytest
from eventpipeline.analytics.replicas import ReplicaSelector, ReplicaState, check_all

pytestmark = pytest.mark.unit


def selector(n: int, max_lag: float = 5.0) -> ReplicaSelector:
    return ReplicaSelector([ReplicaState(f"replica-{i}") for i in range(n)], max_lag)


def test_unchecked_replicas_are_not_used() -> None:
    assert selector(2).pick() == []


def test_round_robin_over_healthy_replicas() -> None:
    sel = selector(3)
    for i in range(3):
        sel.record(i, 0.0)
    firsts = [sel.pick()[0] for _ in range(6)]
    assert firsts == [0, 1, 2, 0, 1, 2]
    assert sorted(sel.pick()) == [0, 1, 2]  # the rest are the fallbacks, each once


def test_lagging_replica_is_skipped_until_it_catches_up() -> None:
    sel = selector(2, max_lag=5.0)
    sel.record(0, 0.2)
    sel.record(1, 30.0)
    assert {sel.pick()[0] for _ in range(4)} == {0}
    assert "exceeds" in sel.states[1].reason
    sel.record(1, 1.0)
    assert {sel.pick()[0] for _ in range(4)} == {0, 1}


def test_failed_replica_is_skipped_and_all_down_means_primary() -> None:
    sel = selector(2)
    sel.record(0, 0.0)
    sel.record(1, 0.0)
    sel.mark_failed(0, "OperationalError: connection refused")
    assert sel.pick() == [1]
    sel.record(1, None, "timeout")
    assert sel.pick() == []


async def test_check_all_marks_raising_and_hanging_probes_unhealthy() -> None:
    sel = selector(3)

    async def probe(i: int) -> float:
        if i == 1:
            raise ConnectionRefusedError("closed port")
        if i == 2:
            await asyncio.sleep(60)
        return 0.5

    await check_all(sel, probe, 0.05)
    assert [s.healthy for s in sel.states] == [True, False, False]
    assert sel.states[0].lag_seconds == 0.5
    assert "ConnectionRefusedError" in sel.states[1].reason
    assert "TimeoutError" in sel.states[2].reason
