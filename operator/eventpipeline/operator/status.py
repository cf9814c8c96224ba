"""Status computation, pure: what the reconcile observed in, conditions and the status patch out.

Conditions follow metav1.Condition: `lastTransitionTime` moves only when a condition's status flips, so a steady
pipeline writes the same status every pass (and a second pass changes no resourceVersion).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from eventpipeline.operator.records import Problem

Status = Literal["True", "False", "Unknown"]
CONDITION_TYPES = ("Ready", "Progressing", "Degraded", "FreshnessObjectiveMet")


@dataclass(frozen=True)
class ConditionState:
    type: str
    status: Status
    reason: str
    message: str


@dataclass(frozen=True)
class TierState:
    """A Deployment as observed: `desired` is its spec.replicas (the autoscaler's), `ready` its readyReplicas."""

    desired: int
    ready: int
    rolled_out: bool = True

    @property
    def is_ready(self) -> bool:
        return self.rolled_out and self.ready >= self.desired


@dataclass(frozen=True)
class Freshness:
    """The newest event analytics can count, as measured at `measured_at`."""

    newest_event_at: datetime | None
    measured_at: datetime

    @property
    def seconds(self) -> float | None:
        if self.newest_event_at is None:
            return None
        return max((self.measured_at - self.newest_event_at).total_seconds(), 0.0)

    def to_status(self) -> dict[str, Any]:
        seconds = self.seconds
        return {
            "seconds": None if seconds is None else round(seconds, 3),
            "newestEventAt": None if self.newest_event_at is None else _time(self.newest_event_at),
            "measuredAt": _time(self.measured_at),
        }


@dataclass
class Observation:
    """Everything one reconcile pass learned; the conditions are a function of it alone."""

    generation: int
    invalid: str | None = None
    paused: bool = False
    blocked: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    tiers: dict[str, TierState] = field(default_factory=dict)
    changes: list[str] = field(default_factory=list)
    freshness: Freshness | None = None  # None: not measured this pass
    freshness_objective: float | None = None  # seconds, from spec.freshnessObjective


def _join(problems: Sequence[Problem]) -> str:
    return "; ".join(p.message for p in problems)


def _not_ready(tiers: Mapping[str, TierState]) -> list[str]:
    return [f"{name} {t.ready}/{t.desired} ready" for name, t in tiers.items() if not t.is_ready]


def compute_conditions(obs: Observation) -> list[ConditionState]:
    """Ready, Progressing, Degraded from one observation; the first matching cause names the reason."""
    if obs.invalid is not None:
        return [
            ConditionState("Ready", "False", "InvalidSpec", obs.invalid),
            ConditionState("Progressing", "False", "InvalidSpec", "fix the spec; nothing is changed until then"),
            ConditionState("Degraded", "True", "InvalidSpec", obs.invalid),
        ]
    waiting = _not_ready(obs.tiers)
    serving = not waiting
    if obs.paused:
        ready_status: Status = "True" if serving else "False"
        message = "spec.paused is true: the operator makes no changes and does not scale"
        return [
            ConditionState("Ready", ready_status, "Paused", message + ("" if serving else f" ({', '.join(waiting)})")),
            ConditionState("Progressing", "False", "Paused", message),
            ConditionState("Degraded", "False", "Paused", message),
        ]
    if obs.blocked:
        ready = ConditionState("Ready", "False", obs.blocked[0].reason, _join(obs.blocked))
    elif waiting:
        ready = ConditionState("Ready", "False", "TiersNotReady", ", ".join(waiting))
    else:
        ready = ConditionState("Ready", "True", "AllTiersReady", "every tier has its desired replicas ready")
    if waiting or obs.changes:
        detail = ", ".join(waiting) if waiting else f"{len(obs.changes)} change(s) applied"
        progressing = ConditionState("Progressing", "True", "Reconciling", detail)
    elif obs.blocked:
        progressing = ConditionState("Progressing", "False", "Blocked", _join(obs.blocked))
    else:
        progressing = ConditionState("Progressing", "False", "Reconciled", "the observed state matches the spec")
    troubles = [*obs.blocked, *obs.problems]
    if troubles:
        degraded = ConditionState("Degraded", "True", troubles[0].reason, _join(troubles))
    else:
        degraded = ConditionState("Degraded", "False", "AsExpected", "no problems found")
    fresh = freshness_condition(obs)
    return [ready, progressing, degraded] + ([] if fresh is None else [fresh])


def freshness_condition(obs: Observation) -> ConditionState | None:
    """FreshnessObjectiveMet, only when the spec sets an objective."""
    objective = obs.freshness_objective
    if objective is None:
        return None
    kind = "FreshnessObjectiveMet"
    if obs.freshness is None:
        return ConditionState(
            kind, "Unknown", "NotMeasured", "not measured this pass (PostgreSQL or its Secret unavailable)"
        )
    seconds = obs.freshness.seconds
    if seconds is None:
        return ConditionState(kind, "Unknown", "NoEventsYet", "no event is stored yet")
    detail = f"the newest countable event is {seconds:.0f}s old (objective {objective:.0f}s)"
    if seconds > objective:
        return ConditionState(kind, "False", "ObjectiveMissed", detail)
    return ConditionState(kind, "True", "WithinObjective", detail)


def _time(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def merge_conditions(
    previous: Sequence[Mapping[str, Any]], states: Sequence[ConditionState], *, now: datetime, generation: int
) -> list[dict[str, Any]]:
    """Conditions as written: lastTransitionTime kept unless the status changed."""
    before = {str(c.get("type")): c for c in previous}
    out = []
    for state in states:
        old = before.get(state.type)
        moved = old is None or old.get("status") != state.status or not old.get("lastTransitionTime")
        out.append(
            {
                "type": state.type,
                "status": state.status,
                "reason": state.reason,
                "message": state.message,
                "lastTransitionTime": _time(now) if moved or old is None else old["lastTransitionTime"],
                "observedGeneration": generation,
            }
        )
    return out


def transitions(previous: Sequence[Mapping[str, Any]], current: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Conditions whose status or reason changed: each deserves one Event, not one per pass."""
    before = {str(c.get("type")): c for c in previous}
    return [
        c
        for c in current
        if before.get(c["type"], {}).get("status") != c["status"]
        or before.get(c["type"], {}).get("reason") != c["reason"]
    ]


def build_status(
    obs: Observation,
    previous: Mapping[str, Any] | None,
    *,
    now: datetime,
    kafka: Mapping[str, Any] | None = None,
    postgres: Mapping[str, Any] | None = None,
    endpoints: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The status patch (a JSON merge patch: fields others own, like a tier's lastScale or kafka.totalLag, stay)."""
    previous = previous or {}
    status: dict[str, Any] = {
        "observedGeneration": obs.generation,
        "conditions": merge_conditions(
            previous.get("conditions") or [], compute_conditions(obs), now=now, generation=obs.generation
        ),
    }
    for name, tier in obs.tiers.items():
        status[name] = {"desiredReplicas": tier.desired, "readyReplicas": tier.ready}
    if kafka is not None:
        status["kafka"] = dict(kafka)
    if postgres is not None:
        status["postgres"] = dict(postgres)
    if endpoints is not None:
        status["endpoints"] = dict(endpoints)
    if obs.freshness is not None:
        status["freshness"] = obs.freshness.to_status()
    return status


def retry_delay(obs: Observation, *, base_s: float) -> float | None:
    """When to run again sooner than the drift timer: a dependency is down, or pods are still coming up."""
    if obs.invalid is not None or obs.paused:
        return None
    if obs.blocked or any(p.reason == "ReplicaNotStreaming" for p in obs.problems):
        return base_s * 2
    if _not_ready(obs.tiers):
        return base_s
    return None
