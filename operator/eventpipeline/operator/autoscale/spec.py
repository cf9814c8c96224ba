"""From the EventPipeline spec's tier fields to the autoscaler's `ScalingPolicy` (the only place that knows both)."""

from __future__ import annotations

from dataclasses import replace

from eventpipeline.common.api import AnalyticsTier, ConsumerTier, IngestTier
from eventpipeline.common.api.base import parse_duration
from eventpipeline.operator.autoscale.policy import (
    DEFAULT_SCALE_DOWN,
    DEFAULT_SCALE_UP,
    Behavior,
    ScalingPolicy,
    consumer_policy,
    http_policy,
)


def _behaviors(tier: IngestTier | ConsumerTier | AnalyticsTier) -> tuple[Behavior, Behavior]:
    up = replace(DEFAULT_SCALE_UP, stabilization_seconds=parse_duration(tier.scale_up_stabilization))
    down = replace(DEFAULT_SCALE_DOWN, stabilization_seconds=parse_duration(tier.scale_down_stabilization))
    return up, down


def ingest_policy(tier: IngestTier) -> ScalingPolicy:
    up, down = _behaviors(tier)
    return http_policy(
        tier="ingest",
        min_replicas=tier.min_replicas,
        max_replicas=tier.max_replicas,
        p99_latency_ms=tier.autoscaling.p99_latency_ms,
        requests_per_second_per_pod=tier.autoscaling.requests_per_second_per_pod,
        scale_up=up,
        scale_down=down,
    )


def analytics_policy(tier: AnalyticsTier) -> ScalingPolicy:
    up, down = _behaviors(tier)
    return http_policy(
        tier="analytics",
        min_replicas=tier.min_replicas,
        max_replicas=tier.max_replicas,
        p99_latency_ms=tier.autoscaling.p99_latency_ms,
        scale_up=up,
        scale_down=down,
    )


def consumer_policy_from(tier: ConsumerTier, *, incoming_per_replica: float | None = None) -> ScalingPolicy:
    """`incoming_per_replica` (messages/s one consumer should take) keeps the steady-load replicas once the backlog is
    gone (lag alone flaps: docs/autoscaling.md); by default it comes from `autoscaling.messagesPerSecondPerReplica`."""
    if incoming_per_replica is None:
        configured = tier.autoscaling.messages_per_second_per_replica
        incoming_per_replica = float(configured) if configured is not None else None
    up, down = _behaviors(tier)
    return consumer_policy(
        min_replicas=tier.min_replicas,
        max_replicas=tier.max_replicas,
        lag_messages_per_replica=tier.autoscaling.lag_per_replica,
        lag_seconds_bound=tier.autoscaling.max_lag_seconds,
        incoming_per_replica=incoming_per_replica,
        scale_up=up,
        scale_down=down,
    )
