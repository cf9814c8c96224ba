"""The scaling decision: a pure function of what was observed, what was recommended before, the policy and the time.

It follows the HorizontalPodAutoscaler's algorithm (kubernetes `pkg/controller/podautoscaler/horizontal.go`, described
in the HPA docs) so its behaviour is familiar: a proposal per metric, the max over metrics, a tolerance band,
stabilization windows over past recommendations, rate rules over past scale events, then the min/max bounds (and the
partition count for the consumer), which always win. Missing metrics may still scale up but never down. One
departure: an HTTP tier's latency asks for more replicas only when the tier is busy (`ScalingPolicy.busy_cores`), since
latency from slow clients or a starved node does not fall when pods are added.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from eventpipeline.operator.autoscale.policy import (
    LOOP_BUSY_CORES,
    P99_LATENCY_MS,
    Behavior,
    MetricTarget,
    RateKind,
    ScalingPolicy,
    Select,
    TargetKind,
)

_EPS = 1e-9


@dataclass(frozen=True)
class Observation:
    """What the readers saw in one pass. A metric mapped to None is missing (scrape failed, no baseline yet)."""

    current_replicas: int
    metrics: Mapping[str, float | None]
    ready_replicas: int | None = None
    partitions: int | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Recommendation:
    at: float
    replicas: int


@dataclass(frozen=True)
class ScaleEvent:
    at: float
    from_replicas: int
    to_replicas: int


@dataclass(frozen=True)
class Decision:
    current: int
    desired: int
    recommendation: int  # the metrics' raw proposal, before stabilization, rate rules and bounds (kept in history)
    reason: str
    metrics: Mapping[str, float | None]
    proposals: Mapping[str, int] = field(default_factory=dict)

    @property
    def direction(self) -> str:
        if self.desired > self.current:
            return "up"
        if self.desired < self.current:
            return "down"
        return "hold"


@dataclass(frozen=True)
class History:
    """Past recommendations (for stabilization) and scale events (for rate rules), oldest first."""

    recommendations: tuple[Recommendation, ...] = ()
    events: tuple[ScaleEvent, ...] = ()

    def after(self, decision: Decision, *, now: float, keep_seconds: float) -> History:
        """The history once `decision` is recorded, trimmed to what the policy's windows can still see."""
        cutoff = now - keep_seconds
        recs = (*(r for r in self.recommendations if r.at > cutoff), Recommendation(now, decision.recommendation))
        events = tuple(e for e in self.events if e.at > cutoff)
        if decision.desired != decision.current:
            events = (*events, ScaleEvent(now, decision.current, decision.desired))
        return History(recommendations=recs, events=events)


def _ceil(x: float) -> int:
    return math.ceil(x - _EPS)


def _proposal(kind: TargetKind, value: float, target: float, *, current: int, ready: int, tolerance: float) -> int:
    """One metric's replica count (HPA: within the tolerance band, keep the current count)."""
    if kind is TargetKind.AVERAGE:
        if current == 0:
            return _ceil(value / target)
        ratio = value / (target * current)
        return current if abs(ratio - 1.0) <= tolerance else _ceil(value / target)
    ratio = value / target
    if current == 0:
        return _ceil(ratio)
    if abs(ratio - 1.0) <= tolerance:
        return current
    return _ceil(max(ready, 1) * ratio)


def _idle_gate(t: MetricTarget, proposal: int, *, current: int, obs: Observation, policy: ScalingPolicy) -> str | None:
    """Why a latency proposal above `current` does not count (the tier is not busy), or None when it does.

    An unknown loop CPU (pods that do not export it, no baseline yet) does not hold the tier back: as with any
    missing metric, scaling up stays possible.
    """
    if t.name != P99_LATENCY_MS or policy.busy_cores is None or proposal <= current:
        return None
    busy = obs.metrics.get(LOOP_BUSY_CORES)
    if busy is None or not math.isfinite(busy) or busy >= policy.busy_cores:
        return None
    return f"not busy: loop {_fmt(busy)} core/pod < {_fmt(policy.busy_cores)}"


def _changed_in_period(events: tuple[ScaleEvent, ...], *, now: float, period: float) -> tuple[int, int]:
    added = deleted = 0
    for e in events:
        if e.at > now - period:
            if e.to_replicas > e.from_replicas:
                added += e.to_replicas - e.from_replicas
            else:
                deleted += e.from_replicas - e.to_replicas
    return added, deleted


def _up_limit(behavior: Behavior, events: tuple[ScaleEvent, ...], *, current: int, now: float) -> int:
    if behavior.select is Select.DISABLED or not behavior.rules:
        return current
    limits = []
    for rule in behavior.rules:
        added, deleted = _changed_in_period(events, now=now, period=rule.period_seconds)
        start = current - added + deleted
        if rule.kind is RateKind.PODS:
            limits.append(start + rule.value)
        else:
            limits.append(max(_ceil(start * (1 + rule.value / 100)), 1))
    limit = max(limits) if behavior.select is Select.MAX else min(limits)
    return max(limit, current)


def _down_limit(behavior: Behavior, events: tuple[ScaleEvent, ...], *, current: int, now: float) -> int:
    if behavior.select is Select.DISABLED or not behavior.rules:
        return current
    limits = []
    for rule in behavior.rules:
        added, deleted = _changed_in_period(events, now=now, period=rule.period_seconds)
        start = current - added + deleted
        if rule.kind is RateKind.PODS:
            limits.append(start - rule.value)
        else:
            limits.append(int(start * (1 - rule.value / 100)))
    limit = min(limits) if behavior.select is Select.MAX else max(limits)
    return min(limit, current)


def _fmt(value: float) -> str:
    return f"{value:.4g}"


def bounds(policy: ScalingPolicy, partitions: int | None) -> tuple[int, int]:
    """[lower, upper] replicas: the policy's min/max, the consumer never above the partition count."""
    upper = policy.max_replicas if partitions is None else min(policy.max_replicas, max(partitions, 0))
    return min(policy.min_replicas, upper), upper


def decide(obs: Observation, history: History, policy: ScalingPolicy, *, now: float) -> Decision:
    """Desired replicas for one tier, with a human-readable reason and the metric values used."""
    current = max(obs.current_replicas, 0)
    ready = current if obs.ready_replicas is None else max(min(obs.ready_replicas, current), 0)
    clauses: list[str] = []
    proposals: dict[str, int] = {}
    missing: list[str] = []
    used: dict[str, float | None] = {}
    for t in policy.targets:
        value = obs.metrics.get(t.name)
        used[t.name] = value
        if value is None or not math.isfinite(value) or value < 0:
            missing.append(t.name)
            continue
        p = _proposal(t.kind, value, t.target, current=current, ready=ready, tolerance=policy.tolerance)
        per = "/replica" if t.kind is TargetKind.AVERAGE else ""
        clause = f"{t.name}={_fmt(value)} (target {_fmt(t.target)}{per}) -> {p}"
        idle = _idle_gate(t, p, current=current, obs=obs, policy=policy)
        if idle is not None:
            p = current
            clause += f", held at {current} ({idle})"
        proposals[t.name] = p
        clauses.append(clause)
    busy = obs.metrics.get(LOOP_BUSY_CORES)
    if policy.busy_cores is not None and busy is not None:
        clauses.append(f"{LOOP_BUSY_CORES}={_fmt(busy)}/pod")
    # Metrics the policy does not target are still reported (e.g. the raw lag including stuck partitions).
    for name, value in obs.metrics.items():
        used.setdefault(name, value)

    if not proposals:
        recommendation = current
        clauses.append("all metrics missing: holding")
    else:
        recommendation = max(proposals.values())
        if missing and recommendation <= current:
            recommendation = current
            clauses.append(f"missing {', '.join(missing)}: not scaling down")
        elif missing:
            clauses.append(f"missing {', '.join(missing)}")

    # Stabilization: min over the up window, max over the down window, including this recommendation.
    up_rec = down_rec = recommendation
    for r in history.recommendations:
        if r.at > now - policy.scale_up.stabilization_seconds:
            up_rec = min(up_rec, r.replicas)
        if r.at > now - policy.scale_down.stabilization_seconds:
            down_rec = max(down_rec, r.replicas)
    desired = min(max(current, up_rec), down_rec)
    if desired != recommendation:
        clauses.append(f"stabilized to {desired}")

    if desired > current:
        limit = _up_limit(policy.scale_up, history.events, current=current, now=now)
        if desired > limit:
            desired = limit
            clauses.append(f"scale-up rate rule caps at {limit}")
    elif desired < current:
        limit = _down_limit(policy.scale_down, history.events, current=current, now=now)
        if desired < limit:
            desired = limit
            clauses.append(f"scale-down rate rule stops at {limit}")

    lower, upper = bounds(policy, obs.partitions)
    if desired > upper:
        desired = upper
        why = f"{obs.partitions} partitions" if obs.partitions is not None and upper < policy.max_replicas else "max"
        clauses.append(f"capped at {upper} ({why})")
    elif desired < lower:
        desired = lower
        clauses.append(f"raised to min {lower}")

    clauses.extend(obs.notes)
    verb = "scale up" if desired > current else "scale down" if desired < current else "hold"
    reason = f"{verb} {current}->{desired}: " + "; ".join(clauses)
    return Decision(
        current=current,
        desired=desired,
        recommendation=recommendation,
        reason=reason,
        metrics=used,
        proposals=proposals,
    )
