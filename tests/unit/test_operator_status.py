"""Conditions and status, pure: reasons, lastTransitionTime only on transitions, retry decisions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from eventpipeline.common.api import EventPipelineStatus
from eventpipeline.operator.records import Problem
from eventpipeline.operator.status import (
    Observation,
    TierState,
    build_status,
    compute_conditions,
    merge_conditions,
    retry_delay,
    transitions,
)

pytestmark = pytest.mark.unit

T0 = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
READY = {"ingest": TierState(2, 2), "consumer": TierState(1, 1), "analytics": TierState(1, 1)}


def conditions(obs: Observation) -> dict[str, tuple[str, str]]:
    return {c.type: (c.status, c.reason) for c in compute_conditions(obs)}


def test_all_ready() -> None:
    assert conditions(Observation(generation=1, tiers=READY)) == {
        "Ready": ("True", "AllTiersReady"),
        "Progressing": ("False", "Reconciled"),
        "Degraded": ("False", "AsExpected"),
    }


def test_invalid_spec_is_not_ready_with_its_reason() -> None:
    obs = Observation(generation=4, invalid="spec.kafka.partitions: Input should be greater than or equal to 1")
    got = {c.type: c for c in compute_conditions(obs)}
    assert (got["Ready"].status, got["Ready"].reason) == ("False", "InvalidSpec")
    assert "spec.kafka.partitions" in got["Ready"].message
    assert retry_delay(obs, base_s=10) is None  # a permanent error: no retry loop


def test_tiers_rolling_out() -> None:
    tiers = {**READY, "consumer": TierState(3, 1)}
    got = conditions(Observation(generation=1, tiers=tiers))
    assert got["Ready"] == ("False", "TiersNotReady")
    assert got["Progressing"] == ("True", "Reconciling")
    assert retry_delay(Observation(generation=1, tiers=tiers), base_s=10) == 10


def test_kafka_unreachable_blocks_and_degrades() -> None:
    obs = Observation(generation=1, tiers=READY, blocked=[Problem("KafkaUnavailable", "kafka: timed out")])
    got = conditions(obs)
    assert got["Ready"] == ("False", "KafkaUnavailable")
    assert got["Degraded"] == ("True", "KafkaUnavailable")
    assert retry_delay(obs, base_s=10) == 20


def test_partition_decrease_refused_degrades_but_still_serves() -> None:
    obs = Observation(generation=1, tiers=READY, problems=[Problem("PartitionDecreaseRefused", "has 12, asks 6")])
    got = conditions(obs)
    assert got["Ready"] == ("True", "AllTiersReady")
    assert got["Degraded"] == ("True", "PartitionDecreaseRefused")
    assert retry_delay(obs, base_s=10) is None  # refusing is final until the spec changes


def test_paused() -> None:
    got = conditions(Observation(generation=1, paused=True, tiers=READY))
    assert got["Ready"] == ("True", "Paused")
    assert got["Progressing"] == ("False", "Paused")


def test_last_transition_time_moves_only_on_transition() -> None:
    ready = compute_conditions(Observation(generation=1, tiers=READY))
    first = merge_conditions([], ready, now=T0, generation=1)
    later = T0 + timedelta(minutes=5)
    same = merge_conditions(first, ready, now=later, generation=2)
    assert [c["lastTransitionTime"] for c in same] == [c["lastTransitionTime"] for c in first]
    assert all(c["observedGeneration"] == 2 for c in same)
    assert transitions(first, same) == []
    broken = compute_conditions(Observation(generation=2, tiers=READY, blocked=[Problem("KafkaUnavailable", "x")]))
    moved = merge_conditions(same, broken, now=later, generation=2)
    by_type = {c["type"]: c for c in moved}
    assert by_type["Ready"]["lastTransitionTime"] == "2026-11-27T12:05:00Z"
    # Progressing keeps status False but its reason moves from Reconciled to Blocked: also worth one Event.
    assert {c["type"] for c in transitions(same, moved)} == {"Ready", "Degraded", "Progressing"}


def test_status_patch_fits_the_api_model() -> None:
    obs = Observation(generation=7, tiers=READY, changes=["created Deployment x"])
    status = build_status(
        obs,
        None,
        now=T0,
        kafka={"topic": "t", "partitions": 12},
        postgres={"oldestPartition": "events_p202611", "newestPartition": "events_p202702"},
        endpoints={"ingest": "http://a-ingest.ns.svc:8080", "analytics": "http://a-analytics.ns.svc:8080"},
    )
    model = EventPipelineStatus.model_validate(status)
    assert model.observed_generation == 7
    assert model.ingest is not None
    assert model.ingest.ready_replicas == 2
    assert model.condition("Progressing") is not None
    assert model.condition("Progressing").status == "True"  # type: ignore[union-attr]
