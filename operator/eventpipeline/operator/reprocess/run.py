"""One pass of a reprocess: read its status, do the one step its phase names, return the new status and Events.

Level-triggered like the reconcile: the status is the only memory, each step is safe to run again (docs/reprocess.md,
"Interrupted"), so an operator restarted anywhere picks up from the recorded phase. Expected trouble (Kafka or
PostgreSQL unreachable, consumers still stopping) keeps the phase and asks to be called again.

The consumers are paused by scaling their Deployment to zero, with the pipeline annotated so that the autoscaler
leaves it alone: a stopped process leaves the consumer group (Kafka accepts the rewind only from outside a group with
no member), drops its in-memory knowledge of stored `user_days` keys, and holds no batch that could be written
between the delete and the rewind. A pause flag inside running consumers would need all three done by hand.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final, Literal

import psycopg
from eventpipeline.common.api import API_VERSION, KIND, parse_duration
from eventpipeline.common.api.reprocess import ReprocessSpec
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.common.schema import existing_partitions
from eventpipeline.operator.builders.deployment import deployment_name
from eventpipeline.operator.deps import Deps, kafka_connection, postgres_dsn
from eventpipeline.operator.pipeline import CONSUMERS_HELD_ANNOTATION, InvalidSpecError, Pipeline, pipeline_from_body
from eventpipeline.operator.records import KubeEvent, Problem
from eventpipeline.operator.reprocess import machine, store, topic
from eventpipeline.operator.reprocess.machine import Phase, Range, Refusal
from pydantic import ValidationError

log = logging.getLogger("eventpipeline.operator.reprocess")

HOLD_ANNOTATION: Final = CONSUMERS_HELD_ANNOTATION


@dataclass
class ReprocessOutcome:
    """The status patch and the Events of one pass; `again_after` seconds when the step is not finished."""

    status: dict[str, Any] = field(default_factory=dict)
    events: list[KubeEvent] = field(default_factory=list)
    again_after: float | None = None


@dataclass(frozen=True)
class Target:
    """Everything a step touches, resolved from the reprocess and its pipeline."""

    name: str
    namespace: str
    rng: Range
    pipeline: Pipeline
    kafka: KafkaConnection
    dsn: str


def held_by(pipeline_body: Mapping[str, Any]) -> str | None:
    """The reprocess holding this pipeline's consumers at zero, if any (the autoscaler stays off meanwhile)."""
    annotations = (pipeline_body.get("metadata") or {}).get("annotations") or {}
    value = annotations.get(HOLD_ANNOTATION)
    return str(value) if value else None


def _iso(at: datetime) -> str:
    return at.isoformat().replace("+00:00", "Z")


def _ended(phase: Phase, reason: str, message: str, now: datetime) -> dict[str, Any]:
    ok = phase == "Succeeded"
    condition = {
        "type": "Complete" if ok else "Failed",
        "status": "True",
        "reason": reason,
        "message": message,
        "lastTransitionTime": _iso(now),
    }
    return {"phase": phase, "message": message, "completedAt": _iso(now), "conditions": [condition]}


class Step:
    """The steps, one method per phase; `deps` reaches the world, `poll_s` is how soon to look again."""

    def __init__(self, deps: Deps, *, poll_s: float) -> None:
        self.deps = deps
        self.poll_s = poll_s
        self.timeout_s = deps.kafka_timeout_seconds

    # --- the world -------------------------------------------------------------------------------------------

    async def _deployment(self, t: Target) -> dict[str, Any] | None:
        name = deployment_name(t.pipeline, "consumer")
        return await self.deps.kube.get("apps/v1", "Deployment", t.namespace, name)

    async def _members(self, t: Target) -> int:
        admin = self.deps.admin_for(t.kafka)
        return await asyncio.to_thread(topic.group_members, admin, t.pipeline.consumer_group, timeout_s=self.timeout_s)

    async def _facts(self, t: Target) -> dict[int, machine.PartitionFacts]:
        admin = self.deps.admin_for(t.kafka)
        return await asyncio.to_thread(
            topic.topic_facts,
            admin,
            kafka=t.kafka,
            topic=t.pipeline.topic,
            rewind_ms=t.rng.rewind_ms,
            timeout_s=self.timeout_s,
        )

    async def _committed(self, t: Target, parts: list[int]) -> dict[int, int | None]:
        return await asyncio.to_thread(
            topic.committed,
            kafka=t.kafka,
            group=t.pipeline.consumer_group,
            topic=t.pipeline.topic,
            parts=parts,
            timeout_s=self.timeout_s,
        )

    async def _hold(self, t: Target, value: str | None) -> None:
        await self.deps.kube.annotate(API_VERSION, KIND, t.namespace, t.pipeline.name, {HOLD_ANNOTATION: value})

    def _pg(self, t: Target, work: Any) -> Any:
        with psycopg.connect(t.dsn, autocommit=True, connect_timeout=5, application_name="ep-operator-reprocess") as c:
            return work(c)

    # --- the phases ------------------------------------------------------------------------------------------

    async def pending(self, t: Target, status: Mapping[str, Any], pipeline_body: Mapping[str, Any]) -> ReprocessOutcome:
        now = self.deps.clock()
        holder = held_by(pipeline_body)
        if t.pipeline.spec.paused:
            return ReprocessOutcome({"phase": "Pending", "message": "the pipeline is paused"}, [], self.poll_s)
        if holder is not None and holder != t.name:
            return ReprocessOutcome({"phase": "Pending", "message": f"waiting for reprocess {holder}"}, [], self.poll_s)
        refusal = await self._refusal(t, now)
        if refusal is not None:
            await self.release_consumers(t, status)
            return ReprocessOutcome(
                _ended("Refused", refusal.reason, refusal.message, now),
                [KubeEvent("Warning", refusal.reason, refusal.message)],
            )
        deployment = await self._deployment(t)
        if deployment is None:
            return ReprocessOutcome({"phase": "Pending", "message": "no consumer Deployment yet"}, [], self.poll_s)
        tier = t.pipeline.tier("consumer")
        replicas = max(int((deployment.get("spec") or {}).get("replicas") or 0), tier.min_replicas, 1)
        if holder is None:
            # taken only if the pipeline did not change since it was read: two reprocesses starting at once for
            # one pipeline cannot both take it
            rv = (pipeline_body.get("metadata") or {}).get("resourceVersion")
            await self.deps.kube.annotate(
                API_VERSION, KIND, t.namespace, t.pipeline.name, {HOLD_ANNOTATION: t.name}, resource_version=rv
            )
        message = f"pausing the consumers ({replicas} replicas) to rebuild {_iso(t.rng.start)} .. {_iso(t.rng.end)}"
        return ReprocessOutcome(
            {
                "phase": "Pausing",
                "message": message,
                "startedAt": _iso(now),
                "rewindTo": _iso(t.rng.rewind_to),
                "pausedReplicas": replicas,
            },
            [KubeEvent("Normal", "ReprocessStarted", message)],
            0.0,
        )

    async def _refusal(self, t: Target, now: datetime) -> Refusal | None:
        partitioning = t.pipeline.spec.postgres.partitioning
        retention = timedelta(seconds=max(parse_duration(t.pipeline.spec.kafka.retention), 86_400))
        refused = machine.refuse_by_time(
            t.rng, now=now, ledger_retention=retention, retention_months=partitioning.retention_months
        )
        if refused is not None:
            return refused
        attached = await asyncio.to_thread(self._pg, t, lambda c: existing_partitions(c, t.pipeline.schema))
        return machine.refuse_by_partitions(t.rng, attached) or machine.refuse_by_topic(t.rng, await self._facts(t))

    async def pausing(self, t: Target, _status: Mapping[str, Any]) -> ReprocessOutcome:
        await self._hold(t, t.name)
        deployment = await self._deployment(t)
        name = deployment_name(t.pipeline, "consumer")
        if deployment is not None and int((deployment.get("spec") or {}).get("replicas") or 0) != 0:
            await self.deps.kube.scale(t.namespace, name, 0)
            deployment = await self._deployment(t)
        pods = int(((deployment or {}).get("status") or {}).get("replicas") or 0)
        members = await self._members(t)
        if pods or members:
            message = f"waiting for the consumers to stop: {pods} pods, {members} members in the group"
            return ReprocessOutcome({"phase": "Pausing", "message": message}, [], self.poll_s)
        message = f"consumers stopped; deleting {_iso(t.rng.start)} .. {_iso(t.rng.end)}"
        return ReprocessOutcome({"phase": "Deleting", "message": message}, [], 0.0)

    async def deleting(self, t: Target, status: Mapping[str, Any]) -> ReprocessOutcome:
        if await self._members(t):
            return ReprocessOutcome({"phase": "Pausing", "message": "a consumer joined the group again"}, [], 0.0)
        # Retention may have deleted records since the start: the last moment to refuse without losing anything.
        refused = machine.refuse_by_topic(t.rng, await self._facts(t))
        if refused is not None:
            await self.release_consumers(t, status)
            now = self.deps.clock()
            return ReprocessOutcome(
                _ended("Refused", refused.reason, refused.message, now),
                [KubeEvent("Warning", refused.reason, refused.message)],
            )
        deleted = await asyncio.to_thread(
            self._pg, t, lambda c: store.delete_range(c, t.pipeline.schema, start=t.rng.start, end=t.rng.end)
        )
        message = f"deleted {deleted.events} rows and {deleted.ledger_ids} ledger ids of the range; rewinding"
        return ReprocessOutcome(
            {
                "phase": "Rewinding",
                "message": message,
                "deletedEvents": deleted.events,
                "deletedLedgerIds": deleted.ledger_ids,
            },
            [KubeEvent("Normal", "RangeDeleted", message)],
            0.0,
        )

    async def rewinding(self, t: Target, _status: Mapping[str, Any]) -> ReprocessOutcome:
        if await self._members(t):
            return ReprocessOutcome({"phase": "Pausing", "message": "a consumer joined the group again"}, [], 0.0)
        facts = await self._facts(t)
        start = machine.rewind_offsets(facts, await self._committed(t, sorted(facts)))
        await asyncio.to_thread(
            topic.rewind,
            kafka=t.kafka,
            group=t.pipeline.consumer_group,
            topic=t.pipeline.topic,
            offsets=start,
            timeout_s=self.timeout_s,
        )
        target = {p: f.high for p, f in facts.items()}
        todo = sum(max(0, target[p] - start[p]) for p in target)
        message = f"group {t.pipeline.consumer_group} rewound to {_iso(t.rng.rewind_to)}: {todo} records to re-read"
        return ReprocessOutcome(
            {
                "phase": "CatchingUp",
                "message": message,
                "startOffsets": {str(p): o for p, o in start.items()},
                "targetOffsets": {str(p): o for p, o in target.items()},
                "remaining": todo,
                "reread": 0,
            },
            [KubeEvent("Normal", "GroupRewound", message)],
            0.0,
        )

    async def catching_up(self, t: Target, status: Mapping[str, Any]) -> ReprocessOutcome:
        await self.release_consumers(t, status)
        start = {int(p): int(o) for p, o in (status.get("startOffsets") or {}).items()}
        target = {int(p): int(o) for p, o in (status.get("targetOffsets") or {}).items()}
        found = machine.progress(start=start, target=target, committed=await self._committed(t, sorted(target)))
        if not found.done:
            message = f"re-read {found.reread} records, {found.remaining} left"
            return ReprocessOutcome(
                {"phase": "CatchingUp", "message": message, "remaining": found.remaining, "reread": found.reread},
                [],
                self.poll_s,
            )
        await asyncio.to_thread(
            self._pg, t, lambda c: store.repair_traits(c, t.pipeline.schema, start=t.rng.start, end=t.rng.end)
        )
        now = self.deps.clock()
        started = status.get("startedAt")
        seconds = (now - machine.parse_time(str(started))).total_seconds() if started else 0.0
        rate = round(found.reread / seconds, 1) if seconds > 0 else None
        message = (
            f"rebuilt {_iso(t.rng.start)} .. {_iso(t.rng.end)}: {found.reread} records re-read in {seconds:.0f}s"
            + (f" ({rate}/s)" if rate is not None else "")
        )
        out = _ended("Succeeded", "Rebuilt", message, now)
        out.update(remaining=0, reread=found.reread, eventsPerSecond=rate)
        return ReprocessOutcome(out, [KubeEvent("Normal", "ReprocessSucceeded", message)])

    async def release_consumers(self, t: Target, status: Mapping[str, Any]) -> None:
        """Give the consumers back: the replicas from before the pause, then the autoscaler (idempotent)."""
        pipeline_body = await self.deps.kube.get(API_VERSION, KIND, t.namespace, t.pipeline.name) or {}
        if held_by(pipeline_body) != t.name:
            return
        deployment = await self._deployment(t)
        if deployment is not None and int((deployment.get("spec") or {}).get("replicas") or 0) == 0:
            replicas = int(status.get("pausedReplicas") or t.pipeline.tier("consumer").min_replicas or 1)
            await self.deps.kube.scale(t.namespace, deployment_name(t.pipeline, "consumer"), replicas)
        await self._hold(t, None)


async def _target(body: Mapping[str, Any], deps: Deps) -> tuple[Target, Mapping[str, Any]] | ReprocessOutcome:
    """The reprocess and its pipeline resolved, or the outcome that says why not."""
    meta = body.get("metadata") or {}
    name, namespace = str(meta.get("name")), str(meta.get("namespace") or "default")
    now = deps.clock()
    try:
        spec = ReprocessSpec.model_validate(body.get("spec") or {})
        rng = Range(spec.from_, spec.to)
    except (ValidationError, machine.RangeError) as exc:
        return ReprocessOutcome(_ended("Failed", "InvalidSpec", str(exc)[:1000], now))
    pipeline_body = await deps.kube.get(API_VERSION, KIND, namespace, spec.pipeline)
    if pipeline_body is None:
        message = f"EventPipeline {spec.pipeline} not found in {namespace}"
        return ReprocessOutcome(
            _ended("Failed", "PipelineNotFound", message, now), [KubeEvent("Warning", "PipelineNotFound", message)]
        )
    try:
        pipeline = pipeline_from_body(pipeline_body)
    except InvalidSpecError as exc:
        return ReprocessOutcome({"message": f"the pipeline's spec is invalid: {exc}"}, [], 60.0)
    kafka = await kafka_connection(deps, pipeline)
    dsn = await postgres_dsn(deps, pipeline, pipeline.spec.postgres.primary, "spec.postgres.primary")
    for found in (kafka, dsn):
        if isinstance(found, Problem):
            return ReprocessOutcome({"message": f"{found.reason}: {found.message}"}, [], 30.0)
    assert isinstance(kafka, KafkaConnection)
    assert isinstance(dsn, str)
    return Target(name, namespace, rng, pipeline, kafka, dsn), pipeline_body


async def reprocess_pass(body: Mapping[str, Any], deps: Deps, *, poll_s: float = 5.0) -> ReprocessOutcome:
    """One step of one reprocess; never raises for expected trouble (the message says what it waits on)."""
    status: Mapping[str, Any] = body.get("status") or {}
    phase: Phase = status.get("phase") or "Pending"
    if phase in machine.TERMINAL:
        return ReprocessOutcome()
    resolved = await _target(body, deps)
    if isinstance(resolved, ReprocessOutcome):
        return resolved
    target, pipeline_body = resolved
    step = Step(deps, poll_s=poll_s)
    try:
        if phase == "Pending":
            return await step.pending(target, status, pipeline_body)
        run = {
            "Pausing": step.pausing,
            "Deleting": step.deleting,
            "Rewinding": step.rewinding,
            "CatchingUp": step.catching_up,
        }[phase]
        return await run(target, status)
    except Exception as exc:  # Kafka, PostgreSQL, the API server: keep the phase, say why, try again
        log.warning("reprocess step failed", extra={"reprocess": target.name, "phase": phase, "error": str(exc)})
        return ReprocessOutcome({"message": f"{phase}: {type(exc).__name__}: {exc}"[:1000]}, [], 10.0)


async def release(body: Mapping[str, Any], deps: Deps) -> list[KubeEvent]:
    """The reprocess is being deleted: give the consumers back if it still holds them."""
    status: Mapping[str, Any] = body.get("status") or {}
    phase: Phase = status.get("phase") or "Pending"
    if not machine.holds_consumers(phase):
        return []
    resolved = await _target(body, deps)
    if isinstance(resolved, ReprocessOutcome):
        return []
    target, _ = resolved
    await Step(deps, poll_s=0).release_consumers(target, status)
    kind: Literal["Normal", "Warning"] = "Warning" if phase != "Pausing" else "Normal"
    return [
        KubeEvent(
            kind,
            "ReprocessAbandoned",
            f"deleted in phase {phase}: consumers resumed; "
            "create a reprocess of the same range to finish rebuilding it",
        )
    ]
