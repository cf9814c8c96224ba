"""The operator's own autoscaling metrics (prometheus-client, default registry, served by the operator's /metrics)."""

from __future__ import annotations

import contextlib

from prometheus_client import Counter, Gauge

SCALING_DECISIONS = Counter(
    "ep_operator_scaling_decisions",
    "Autoscaling passes by outcome (direction: up, down, hold)",
    ["pipeline", "tier", "direction"],
)
DESIRED_REPLICAS = Gauge(
    "ep_operator_desired_replicas",
    "Replicas the autoscaler last decided for a tier",
    ["pipeline", "tier"],
)


def observe_decision(*, pipeline: str, tier: str, direction: str, desired: int) -> None:
    SCALING_DECISIONS.labels(pipeline=pipeline, tier=tier, direction=direction).inc()
    DESIRED_REPLICAS.labels(pipeline=pipeline, tier=tier).set(desired)


def forget(*, pipeline: str, tier: str) -> None:
    """Drop a deleted pipeline's series so they do not linger."""
    for direction in ("up", "down", "hold"):
        with contextlib.suppress(KeyError):
            SCALING_DECISIONS.remove(pipeline, tier, direction)
    with contextlib.suppress(KeyError):
        DESIRED_REPLICAS.remove(pipeline, tier)
