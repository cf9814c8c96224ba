"""Lag analysis: rates from successive snapshots, lag seconds, stuck partitions (and that they cannot run away)."""

from __future__ import annotations

import pytest
from eventpipeline.operator.autoscale.decision import History, decide
from eventpipeline.operator.autoscale.lag import LagSnapshot, PartitionOffsets, analyze, observation
from eventpipeline.operator.autoscale.policy import LAG_MESSAGES, LAG_SECONDS, consumer_policy
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.unit


def snap(at: float, *parts: tuple[int, int | None, int, bool]) -> LagSnapshot:
    return LagSnapshot(at=at, partitions=tuple(PartitionOffsets(p, c, h, owned=o) for p, c, h, o in parts))


def test_lag_rates_and_lag_seconds() -> None:
    newest = LagSnapshot(
        at=10,
        wall=1_000_000.0,
        partitions=(
            PartitionOffsets(0, 200, 700, owned=True, oldest_timestamp=1_000_000.0 - 12.5),
            PartitionOffsets(1, 100, 600, owned=True, oldest_timestamp=1_000_000.0 - 40.0),
        ),
    )
    a = analyze([snap(0, (0, 100, 500, True), (1, 0, 400, True)), newest], stuck_after=60, rate_window=30)
    assert (a.total_lag, a.lag, a.stuck) == (1000, 1000, ())
    assert a.consume_rate == pytest.approx(20.0)  # 200 offsets in 10 s
    assert a.incoming_rate == pytest.approx(40.0)
    assert a.lag_seconds == pytest.approx(40.0)  # the oldest unconsumed record over the partitions, not lag / rate


def test_lag_seconds_leave_out_caught_up_and_stuck_partitions() -> None:
    """A caught-up partition's timestamp (if any) is no lag; a stuck partition does not drive scaling."""
    at = [float(t) for t in range(0, 130, 10)]
    snaps = [
        LagSnapshot(
            at=t,
            wall=5000.0 + t,
            partitions=(
                PartitionOffsets(0, 5, 900, owned=True, oldest_timestamp=100.0),  # frozen: stuck after 120 s
                PartitionOffsets(1, 100 + int(t), 110 + int(t), owned=True, oldest_timestamp=5000.0 + t - 3.0),
                PartitionOffsets(2, 50, 50, owned=True, oldest_timestamp=1.0),
            ),
        )
        for t in at
    ]
    a = analyze(snaps, stuck_after=120, rate_window=30)
    assert a.stuck == (0,)
    assert a.lag_seconds == pytest.approx(3.0)


def test_uncommitted_partition_lags_from_earliest_and_resets_are_skipped() -> None:
    s0 = LagSnapshot(0, (PartitionOffsets(0, None, 50, low=10), PartitionOffsets(1, 500, 900)))
    s1 = LagSnapshot(10, (PartitionOffsets(0, None, 60, low=10), PartitionOffsets(1, 100, 900)))  # 1 was reset
    a = analyze([s0, s1], stuck_after=60, rate_window=30)
    assert a.total_lag == 50 + 800
    assert a.consume_rate == 0.0


def test_lag_without_a_read_timestamp_is_unknown_not_zero() -> None:
    a = analyze([snap(0, (0, 0, 100, False)), snap(10, (0, 0, 100, False))], stuck_after=60, rate_window=30)
    assert a.lag == 100
    assert a.lag_seconds is None
    obs = observation(a, current_replicas=0)
    assert obs.metrics[LAG_SECONDS] is None
    assert obs.metrics[LAG_MESSAGES] == 100


def test_no_lag_is_zero_seconds_even_without_rate() -> None:
    a = analyze([snap(0, (0, 100, 100, True))], stuck_after=60, rate_window=30)
    assert (a.lag_seconds, a.consume_rate) == (0.0, None)


def test_owned_frozen_partition_becomes_stuck_only_after_the_threshold() -> None:
    snaps = [snap(t, (0, 5, 5000 + t, True), (1, 100 + 10 * t, 120 + 10 * t, True)) for t in range(0, 130, 10)]
    early = analyze(snaps[:6], stuck_after=120, rate_window=30)
    assert early.stuck == ()
    late = analyze(snaps, stuck_after=120, rate_window=30)
    assert late.stuck == (0,)
    assert late.lag == 20  # partition 1 only
    assert late.stuck_lag == 5000 + 120 - 5
    obs = observation(late, current_replicas=2)
    assert any("stuck partitions 0" in n for n in obs.notes)


def test_unowned_frozen_partition_is_not_stuck() -> None:
    """Nobody reads it (no live consumer): more consumers do help, so its lag counts."""
    snaps = [snap(t, (0, 0, 5000, False)) for t in range(0, 300, 10)]
    a = analyze(snaps, stuck_after=120, rate_window=30)
    assert (a.stuck, a.lag) == ((), 5000)


@settings(max_examples=100, deadline=None)
@given(
    partitions=st.integers(2, 32),
    stuck_partition=st.integers(0, 31),
    incoming=st.integers(0, 2000),
    current=st.integers(1, 8),
)
def test_property_a_stuck_partition_does_not_drive_scaling(
    partitions: int, stuck_partition: int, incoming: int, current: int
) -> None:
    """One owned partition stops committing while its lag grows without bound; the others keep up. Once it is called
    stuck the tier goes back to what the healthy partitions need, not to the maximum."""
    stuck_partition %= partitions
    policy = consumer_policy(max_replicas=partitions, lag_messages_per_replica=1000, stuck_after_seconds=60)
    snaps: list[LagSnapshot] = []
    h = History()
    for t in range(0, 1200, 10):
        parts = []
        for p in range(partitions):
            high = incoming * t
            committed = 0 if p == stuck_partition else high
            parts.append((p, committed, high, True))
        snaps = [*snaps[-20:], snap(float(t), *parts)]
        a = analyze(snaps, stuck_after=60, rate_window=30)
        d = decide(observation(a, current_replicas=current), h, policy, now=float(t))
        h = h.after(d, now=float(t), keep_seconds=policy.window_seconds)
        current = d.desired
        if t >= 70 and incoming > 0:  # lag appears at t=10, stuck 60 s later
            assert a.stuck == (stuck_partition,)
            assert a.lag == 0
    # The stuck lag is enormous, yet after the down window the tier is back at its minimum.
    assert current == policy.min_replicas
