"""What a tier's autoscaler aims for: targets, bounds, stabilization windows and rate policies.

A small frozen copy of the tier's autoscaling spec, so the decision stays independent of the CRD's shape: the operator
fills it from the EventPipeline spec (see `docs/autoscaling.md`). Defaults follow the HorizontalPodAutoscaler's
(`autoscaling/v2` behavior): 0 s up / 300 s down stabilization, up by max(+100 %, +4 pods) per 15 s, down by
100 % per 15 s, 10 % tolerance.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

# Metric names the readers produce and the policies target.
LAG_MESSAGES = "lag_messages"
LAG_SECONDS = "lag_seconds"
INCOMING_RATE = "incoming_per_second"
P99_LATENCY_MS = "p99_latency_ms"
REQUESTS_PER_SECOND = "requests_per_second"
LOOP_BUSY_CORES = "loop_busy_cores"  # HTTP tiers: mean event-loop CPU per pod (cores), not a target: gates latency

# A Python process serves from one event-loop thread: at half a core of loop CPU it is doing real work, and a new
# replica takes a share of that work. Below it, high latency is waiting on something more replicas do not add
# (slow clients, Kafka, a node whose CPU is taken by others).
DEFAULT_BUSY_CORES = 0.5


class TargetKind(StrEnum):
    """How a metric maps to replicas, as in HPA.

    VALUE: one value for the whole tier (p99 latency, lag age): desired = ceil(current x value / target).
    AVERAGE: a total spread over the replicas (lag messages, requests/s): desired = ceil(total / target), which is
    HPA's AverageValue (ceil(current x (total / current) / target)).
    """

    VALUE = "value"
    AVERAGE = "average"


class RateKind(StrEnum):
    PODS = "pods"
    PERCENT = "percent"


class Select(StrEnum):
    """Which rate rule wins: the one allowing the biggest change (MAX, HPA's default) or the smallest (MIN)."""

    MAX = "max"
    MIN = "min"
    DISABLED = "disabled"


@dataclass(frozen=True)
class RateRule:
    """At most `value` pods (or percent of the replicas at the period's start) of change per `period_seconds`."""

    kind: RateKind
    value: int
    period_seconds: float

    def __post_init__(self) -> None:
        if self.value <= 0:
            raise ValueError(f"rate rule value must be > 0, got {self.value}")
        if self.period_seconds <= 0:
            raise ValueError(f"rate rule period_seconds must be > 0, got {self.period_seconds}")


@dataclass(frozen=True)
class Behavior:
    """One direction's stabilization window and rate rules."""

    stabilization_seconds: float
    rules: tuple[RateRule, ...]
    select: Select = Select.MAX

    def __post_init__(self) -> None:
        if self.stabilization_seconds < 0:
            raise ValueError(f"stabilization_seconds must be >= 0, got {self.stabilization_seconds}")


DEFAULT_SCALE_UP = Behavior(
    stabilization_seconds=0.0,
    rules=(RateRule(RateKind.PERCENT, 100, 15.0), RateRule(RateKind.PODS, 4, 15.0)),
)
DEFAULT_SCALE_DOWN = Behavior(stabilization_seconds=300.0, rules=(RateRule(RateKind.PERCENT, 100, 15.0),))


@dataclass(frozen=True)
class MetricTarget:
    name: str
    target: float
    kind: TargetKind

    def __post_init__(self) -> None:
        if not (self.target > 0 and math.isfinite(self.target)):
            raise ValueError(f"target of metric {self.name!r} must be a finite number > 0, got {self.target}")


@dataclass(frozen=True)
class ScalingPolicy:
    """A tier's autoscaling policy. `targets` must be non-empty; min <= max."""

    tier: str
    min_replicas: int
    max_replicas: int
    targets: tuple[MetricTarget, ...]
    tolerance: float = 0.1
    scale_up: Behavior = DEFAULT_SCALE_UP
    scale_down: Behavior = DEFAULT_SCALE_DOWN
    # HTTP tiers: a latency proposal above the current count counts only when the tier's mean event-loop CPU per
    # pod (LOOP_BUSY_CORES) is at least this; None: latency always counts.
    busy_cores: float | None = None
    # Consumer only: how long a partition may keep lag with an owner and a frozen committed offset before it is
    # called stuck and left out of the lag sum.
    stuck_after_seconds: float = 120.0

    def __post_init__(self) -> None:
        if self.min_replicas < 0:
            raise ValueError(f"min_replicas must be >= 0, got {self.min_replicas}")
        if self.max_replicas < max(self.min_replicas, 1):
            raise ValueError(f"max_replicas ({self.max_replicas}) must be >= max(min_replicas, 1)")
        if not self.targets:
            raise ValueError(f"tier {self.tier!r}: targets must name at least one metric")
        names = [t.name for t in self.targets]
        if len(set(names)) != len(names):
            raise ValueError(f"tier {self.tier!r}: duplicate metric targets {names}")
        if not 0 <= self.tolerance < 1:
            raise ValueError(f"tolerance must be in [0, 1), got {self.tolerance}")
        if self.busy_cores is not None and not (self.busy_cores > 0 and math.isfinite(self.busy_cores)):
            raise ValueError(f"busy_cores must be a finite number > 0, got {self.busy_cores}")

    @property
    def window_seconds(self) -> float:
        """How much history the decision needs to keep."""
        periods = [r.period_seconds for r in (*self.scale_up.rules, *self.scale_down.rules)]
        return max([self.scale_up.stabilization_seconds, self.scale_down.stabilization_seconds, *periods])


def consumer_policy(
    *,
    min_replicas: int = 1,
    max_replicas: int = 12,
    lag_messages_per_replica: float = 1000.0,
    lag_seconds_bound: float = 30.0,
    incoming_per_replica: float | None = None,
    scale_up: Behavior = DEFAULT_SCALE_UP,
    scale_down: Behavior = DEFAULT_SCALE_DOWN,
    stuck_after_seconds: float = 120.0,
) -> ScalingPolicy:
    """Consumer: message lag per replica, lag age bound, and optionally the incoming rate per replica.

    The incoming-rate target keeps enough consumers for the steady load once the backlog is gone; lag alone drops to
    zero when consumers keep up and then asks for the minimum, which is how lag-only scalers flap.
    """
    targets = [
        MetricTarget(LAG_MESSAGES, lag_messages_per_replica, TargetKind.AVERAGE),
        MetricTarget(LAG_SECONDS, lag_seconds_bound, TargetKind.VALUE),
    ]
    if incoming_per_replica is not None:
        targets.append(MetricTarget(INCOMING_RATE, incoming_per_replica, TargetKind.AVERAGE))
    return ScalingPolicy(
        tier="consumer",
        min_replicas=min_replicas,
        max_replicas=max_replicas,
        targets=tuple(targets),
        scale_up=scale_up,
        scale_down=scale_down,
        stuck_after_seconds=stuck_after_seconds,
    )


def http_policy(
    *,
    tier: str,
    min_replicas: int = 1,
    max_replicas: int = 10,
    p99_latency_ms: float,
    requests_per_second_per_pod: float | None = None,
    busy_cores: float | None = DEFAULT_BUSY_CORES,
    scale_up: Behavior = DEFAULT_SCALE_UP,
    scale_down: Behavior = DEFAULT_SCALE_DOWN,
) -> ScalingPolicy:
    """Ingest (p99 latency and requests/s per pod) or analytics (p99 latency); latency scales up a busy tier only."""
    targets = [MetricTarget(P99_LATENCY_MS, p99_latency_ms, TargetKind.VALUE)]
    if requests_per_second_per_pod is not None:
        targets.append(MetricTarget(REQUESTS_PER_SECOND, requests_per_second_per_pod, TargetKind.AVERAGE))
    return ScalingPolicy(
        tier=tier,
        min_replicas=min_replicas,
        max_replicas=max_replicas,
        targets=tuple(targets),
        busy_cores=busy_cores,
        scale_up=scale_up,
        scale_down=scale_down,
    )
