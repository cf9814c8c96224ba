"""The operator's own metrics about reconciles, pipelines and rotations (prometheus-client, default registry, served
on the operator's /metrics next to the autoscaler's `ep_operator_scaling_decisions`).

Per-pipeline gauges are read from the status the operator itself writes, so what Prometheus shows and what
`kubectl get` shows are one set of numbers. `pipeline` is `<namespace>/<name>`, as in the autoscaler's series.
A deleted pipeline's series are removed (`forget`), so they do not linger as stale values.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final, Literal

from prometheus_client import Counter, Gauge, Histogram

ReconcileResult = Literal["ok", "retry", "invalid", "error"]
RotationResult = Literal["ok", "failed", "skipped"]
TIERS: Final = ("ingest", "consumer", "analytics")

RECONCILES = Counter(
    "ep_operator_reconciles", "Reconcile passes by result (ok, retry, invalid, error)", ["pipeline", "result"]
)
RECONCILE_DURATION = Histogram(
    "ep_operator_reconcile_duration_seconds",
    "Time of one reconcile pass",
    ["result"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
TIER_REPLICAS = Gauge(
    "ep_operator_tier_replicas",
    "Replicas of a tier: desired (the Deployment's spec, the autoscaler's), ready, min and max (the spec's bounds)",
    ["pipeline", "tier", "state"],
)
TIER_OBJECTIVE = Gauge(
    "ep_operator_tier_objective_seconds",
    "What a tier's autoscaling aims at, in seconds: p99 latency (ingest, analytics), maxLagSeconds (consumer)",
    ["pipeline", "tier"],
)
LAG_MESSAGES = Gauge(
    "ep_operator_consumer_lag_messages",
    "Messages of the events topic not committed by the consumer group",
    ["pipeline"],
)
LAG_SECONDS = Gauge(
    "ep_operator_consumer_lag_seconds",
    "Age of the oldest unconsumed event (status.kafka.lagSeconds, what maxLagSeconds compares against)",
    ["pipeline"],
)
DEAD_LETTERS = Gauge("ep_operator_dead_letters", "Dead letters not replayed yet", ["pipeline"])
FRESHNESS = Gauge(
    "ep_operator_freshness_seconds", "Age of the newest event analytics can count (status.freshness)", ["pipeline"]
)
FRESHNESS_OBJECTIVE = Gauge(
    "ep_operator_freshness_objective_seconds", "spec.freshnessObjective, when set", ["pipeline"]
)
ROTATIONS = Counter("ep_operator_rotation_runs", "Partition rotation runs by result", ["pipeline", "result"])
LAST_ROTATION = Gauge(
    "ep_operator_rotation_last_success_timestamp_seconds",
    "When partitions were last rotated successfully (status.postgres.lastRotation), unix time",
    ["pipeline"],
)

_PER_PIPELINE: Final = (
    RECONCILES,
    TIER_REPLICAS,
    TIER_OBJECTIVE,
    LAG_MESSAGES,
    LAG_SECONDS,
    DEAD_LETTERS,
    FRESHNESS,
    FRESHNESS_OBJECTIVE,
    ROTATIONS,
    LAST_ROTATION,
)
_seen: dict[str, set[tuple[Any, tuple[str, ...]]]] = {}


def _labels(metric: Any, pipeline: str, *rest: str) -> Any:
    _seen.setdefault(pipeline, set()).add((metric, (pipeline, *rest)))
    return metric.labels(pipeline, *rest)


def _set(metric: Gauge, pipeline: str, value: float | None) -> None:
    """A value, or no series at all when it is unknown (a stale or made-up number would mislead an alert)."""
    if value is None:
        with contextlib.suppress(KeyError):
            metric.remove(pipeline)
        return
    _labels(metric, pipeline).set(value)


def _timestamp(value: Any) -> float | None:
    if not value:
        return None
    return datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp()


def observe_reconcile(pipeline: str, result: ReconcileResult, seconds: float) -> None:
    _labels(RECONCILES, pipeline, result).inc()
    RECONCILE_DURATION.labels(result).observe(seconds)


def observe_bounds(pipeline: str, bounds: Mapping[str, tuple[int, int]]) -> None:
    """Each tier's (minReplicas, maxReplicas), from the spec."""
    for tier, (low, high) in bounds.items():
        _labels(TIER_REPLICAS, pipeline, tier, "min").set(low)
        _labels(TIER_REPLICAS, pipeline, tier, "max").set(high)


def observe_objectives(pipeline: str, freshness: float | None, tiers: Mapping[str, float]) -> None:
    """spec.freshnessObjective (when set) and each tier's autoscaling target, in seconds."""
    _set(FRESHNESS_OBJECTIVE, pipeline, freshness)
    for tier, seconds in tiers.items():
        _labels(TIER_OBJECTIVE, pipeline, tier).set(seconds)


def observe_status(pipeline: str, status: Mapping[str, Any]) -> None:
    """The gauges a status patch carries (fields it does not carry keep their last value)."""
    for tier in TIERS:
        replicas = status.get(tier) or {}
        for field, state in (("desiredReplicas", "desired"), ("readyReplicas", "ready")):
            if field in replicas:
                _labels(TIER_REPLICAS, pipeline, tier, state).set(replicas[field])
    kafka = status.get("kafka") or {}
    if "totalLag" in kafka:
        _set(LAG_MESSAGES, pipeline, kafka["totalLag"])
    if "lagSeconds" in kafka:
        _set(LAG_SECONDS, pipeline, kafka["lagSeconds"])
    if "deadLetters" in kafka:
        _set(DEAD_LETTERS, pipeline, kafka["deadLetters"])
    if "freshness" in status:
        _set(FRESHNESS, pipeline, (status["freshness"] or {}).get("seconds"))
    postgres = status.get("postgres") or {}
    if postgres.get("lastRotation"):
        _set(LAST_ROTATION, pipeline, _timestamp(postgres["lastRotation"]))


def observe_rotation(pipeline: str, result: RotationResult) -> None:
    _labels(ROTATIONS, pipeline, result).inc()


def forget(pipeline: str) -> None:
    """Drop every series of a deleted pipeline."""
    for metric, labels in _seen.pop(pipeline, set()):
        with contextlib.suppress(KeyError):
            metric.remove(*labels)
