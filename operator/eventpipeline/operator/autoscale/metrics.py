"""The operator's own autoscaling metrics (prometheus-client, default registry, served by the operator's /metrics)."""

from __future__ import annotations

import contextlib

from prometheus_client import Counter

SCALING_DECISIONS = Counter(
    "ep_operator_scaling_decisions",
    "Autoscaling passes by outcome (direction: up, down, hold)",
    ["pipeline", "tier", "direction"],
)
# The replicas decided are not repeated here: the operator exports them as ep_operator_tier_replicas{state="desired"}.


def observe_decision(*, pipeline: str, tier: str, direction: str) -> None:
    SCALING_DECISIONS.labels(pipeline=pipeline, tier=tier, direction=direction).inc()


def forget(*, pipeline: str, tier: str) -> None:
    """Drop a deleted pipeline's series so they do not linger."""
    for direction in ("up", "down", "hold"):
        with contextlib.suppress(KeyError):
            SCALING_DECISIONS.remove(pipeline, tier, direction)
