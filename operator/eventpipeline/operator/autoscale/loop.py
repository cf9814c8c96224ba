"""One scaling pass per tier: observe, decide, apply, record. The operator calls it from a kopf timer (10 s).

The pass is the only stateful part: it keeps each tier's decision history (and the readers keep their baselines)
between calls. The decision itself stays pure (`decision.decide`).
"""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from eventpipeline.operator.autoscale import metrics
from eventpipeline.operator.autoscale.decision import Decision, History, Observation, decide
from eventpipeline.operator.autoscale.kafka import KafkaLagReader
from eventpipeline.operator.autoscale.lag import observation
from eventpipeline.operator.autoscale.policy import ScalingPolicy
from eventpipeline.operator.autoscale.scrape import HttpMetricsReader, http_metrics

log = logging.getLogger("eventpipeline.operator.autoscale")

DEFAULT_INTERVAL_SECONDS = 10.0
ScaleFn = Callable[[str, int], Awaitable[None] | None]


@dataclass(frozen=True)
class ReplicaStatus:
    replicas: int
    ready: int | None = None


class Observer(Protocol):
    """Turns a tier's live metrics into the decision's input."""

    async def observe(self, *, replicas: ReplicaStatus, policy: ScalingPolicy, now: float) -> Observation: ...


@dataclass
class ConsumerObserver:
    reader: KafkaLagReader
    rate_window: float = 30.0

    async def observe(self, *, replicas: ReplicaStatus, policy: ScalingPolicy, now: float) -> Observation:
        analysis = await self.reader.read(
            now=now,
            stuck_after=policy.stuck_after_seconds,
            rate_window=self.rate_window,
        )
        return observation(analysis, current_replicas=replicas.replicas, ready_replicas=replicas.ready)


@dataclass
class HttpObserver:
    """`urls` is called each pass: pod IPs change as pods come and go."""

    reader: HttpMetricsReader
    urls: Callable[[], Sequence[str]]

    async def observe(self, *, replicas: ReplicaStatus, policy: ScalingPolicy, now: float) -> Observation:
        stats = await self.reader.read(self.urls())
        notes = (f"scrape failed: {', '.join(stats.failed)}",) if stats.failed else ()
        return Observation(
            current_replicas=replicas.replicas,
            ready_replicas=replicas.ready,
            metrics=http_metrics(stats),
            notes=notes,
        )


@dataclass(frozen=True)
class DecisionRecord:
    """What the status and the Event show: when, from, to, why, with which metric values."""

    tier: str
    time: datetime
    from_replicas: int
    to_replicas: int
    direction: str
    reason: str
    metrics: Mapping[str, float | None]
    applied: bool
    error: str | None = None

    def to_status(self) -> dict[str, Any]:
        """The status's `lastScale` (time, from, to, reason); the reason carries the metric values."""
        reason = self.reason if self.error is None else f"{self.reason}; not applied: {self.error}"
        return {
            "time": self.time.isoformat().replace("+00:00", "Z"),
            "from": self.from_replicas,
            "to": self.to_replicas,
            "reason": reason[:1024],
        }


@dataclass
class TierState:
    history: History = field(default_factory=History)
    last: DecisionRecord | None = None


async def run_scaling_pass(
    *,
    pipeline: str,
    deployment: str,
    policy: ScalingPolicy,
    observer: Observer,
    replicas: ReplicaStatus,
    scale: ScaleFn,
    state: TierState,
    now: float | None = None,
    wall: datetime | None = None,
) -> DecisionRecord:
    """Observe, decide, call `scale(deployment, n)` when the count changes, and record the outcome.

    A reader error holds the tier (the same as missing metrics); a failed scale is reported and not counted as a
    scale event. `now` is a monotonic clock for the windows; tests drive it explicitly.
    """
    now = time.monotonic() if now is None else now
    wall = datetime.now(UTC) if wall is None else wall
    try:
        obs = await observer.observe(replicas=replicas, policy=policy, now=now)
    except Exception as exc:
        log.warning("autoscale metrics unavailable", extra={"tier": policy.tier, "error": repr(exc)})
        obs = Observation(
            current_replicas=replicas.replicas,
            ready_replicas=replicas.ready,
            metrics={},
            notes=(f"metrics unavailable: {exc}",),
        )
    decision: Decision = decide(obs, state.history, policy, now=now)
    applied, error = True, None
    if decision.desired != decision.current:
        try:
            result = scale(deployment, decision.desired)
            if inspect.isawaitable(result):
                await result
        except Exception as exc:
            applied, error = False, repr(exc)
            log.warning("autoscale apply failed", extra={"tier": policy.tier, "error": error})
    recorded = (
        decision
        if applied
        else Decision(
            current=decision.current,
            desired=decision.current,
            recommendation=decision.recommendation,
            reason=decision.reason,
            metrics=decision.metrics,
        )
    )
    state.history = state.history.after(recorded, now=now, keep_seconds=policy.window_seconds)
    record = DecisionRecord(
        tier=policy.tier,
        time=wall,
        from_replicas=decision.current,
        to_replicas=decision.desired,
        direction=decision.direction,
        reason=decision.reason,
        metrics=dict(decision.metrics),
        applied=applied,
        error=error,
    )
    state.last = record
    metrics.observe_decision(pipeline=pipeline, tier=policy.tier, direction=decision.direction)
    if decision.direction != "hold":
        log.info("autoscale", extra={"pipeline": pipeline, "tier": policy.tier, **record.to_status()})
    return record


class ScalingLoop:
    """Per-(pipeline, tier) state for the operator's timer: `await loop.run_pass(...)` each tick, `forget` on delete."""

    def __init__(self) -> None:
        self._states: dict[tuple[str, str], TierState] = {}

    def state(self, pipeline: str, tier: str) -> TierState:
        return self._states.setdefault((pipeline, tier), TierState())

    async def run_pass(
        self,
        *,
        pipeline: str,
        deployment: str,
        policy: ScalingPolicy,
        observer: Observer,
        replicas: ReplicaStatus,
        scale: ScaleFn,
        now: float | None = None,
    ) -> DecisionRecord:
        return await run_scaling_pass(
            pipeline=pipeline,
            deployment=deployment,
            policy=policy,
            observer=observer,
            replicas=replicas,
            scale=scale,
            state=self.state(pipeline, policy.tier),
            now=now,
        )

    def forget(self, pipeline: str) -> None:
        for key in [k for k in self._states if k[0] == pipeline]:
            del self._states[key]
            metrics.forget(pipeline=pipeline, tier=key[1])
