"""The one level-triggered reconcile: create, update, resume and the drift timer all call `reconcile`.

It reads the spec, builds the desired state, makes the world match (Kubernetes children, Kafka topics, Postgres),
observes what is really there, and returns the status patch and the Events to post. It raises nothing for expected
trouble: the caller (handlers.py) turns `Outcome.invalid` into kopf.PermanentError and `Outcome.retry_after` into
kopf.TemporaryError, after writing the status, so a bad spec shows up as `Ready=False` instead of a crash loop.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from eventpipeline.common.api import SecretKeyRef, parse_duration
from eventpipeline.operator.backing_services import kafka_step, ownership_step, postgres_step
from eventpipeline.operator.children import apply_children, ensure_keys_secrets, observe_tiers, prune_children
from eventpipeline.operator.deps import Deps, read_secret
from eventpipeline.operator.pipeline import TIERS, InvalidSpecError, Pipeline, pipeline_from_body
from eventpipeline.operator.records import Change, KubeEvent, Problem
from eventpipeline.operator.status import Observation, build_status, retry_delay, transitions

log = logging.getLogger("eventpipeline.operator.reconcile")


@dataclass
class Outcome:
    """What one pass decided: the status patch, the Events, and whether (and when) to run again soon."""

    status: dict[str, Any]
    events: list[KubeEvent] = field(default_factory=list)
    retry_after: float | None = None
    invalid: str | None = None


def endpoints(pipeline: Pipeline) -> dict[str, str]:
    return {"ingest": pipeline.service_url("ingest"), "analytics": pipeline.service_url("analytics")}


async def _check_referenced_secrets(deps: Deps, pipeline: Pipeline, obs: Observation) -> None:
    """Secrets the pods mount or read, that the user provides: a missing one keeps pods from starting."""
    refs: list[tuple[SecretKeyRef, str]] = []
    auth = pipeline.spec.auth
    if auth.write_keys_secret is not None:
        refs.append((auth.write_keys_secret, "spec.auth.writeKeysSecret"))
    if auth.read_keys_secret is not None:
        refs.append((auth.read_keys_secret, "spec.auth.readKeysSecret"))
    if pipeline.spec.redis.external is not None:
        refs.append((pipeline.spec.redis.external.url_secret, "spec.redis.external.urlSecret"))
        if pipeline.spec.redis.external.ca_secret is not None:
            refs.append((pipeline.spec.redis.external.ca_secret, "spec.redis.external.caSecret"))
    for ref, path in refs:
        found = await read_secret(deps, pipeline, ref, path)
        if isinstance(found, Problem):
            obs.blocked.append(found)


def _events(changes: list[Change], previous: list[Mapping[str, Any]], status: dict[str, Any]) -> list[KubeEvent]:
    """A Normal Event per change; a Warning (or Normal, for a recovery) per condition transition."""
    events = [KubeEvent("Normal", c.reason, c.message) for c in changes]
    for condition in transitions(previous, status["conditions"]):
        bad = (condition["type"] == "Degraded") == (condition["status"] == "True")
        kind: Literal["Normal", "Warning"] = "Warning" if bad and condition["type"] != "Progressing" else "Normal"
        events.append(
            KubeEvent(kind, condition["reason"], f"{condition['type']}={condition['status']}: {condition['message']}")
        )
    return events


async def reconcile(body: Mapping[str, Any], deps: Deps, *, retry_base_s: float = 15.0) -> Outcome:
    """One pass over one EventPipeline object (its raw body, as kopf hands it over)."""
    previous_status: Mapping[str, Any] = body.get("status") or {}
    previous_conditions: list[Mapping[str, Any]] = list(previous_status.get("conditions") or [])
    generation = int((body.get("metadata") or {}).get("generation") or 0)
    now = deps.clock()
    try:
        pipeline = pipeline_from_body(body)
    except InvalidSpecError as exc:
        obs = Observation(generation=generation, invalid=str(exc))
        status = build_status(obs, previous_status, now=now)
        return Outcome(status=status, events=_events([], previous_conditions, status), invalid=str(exc))

    objective = pipeline.spec.freshness_objective
    obs = Observation(
        generation=pipeline.generation,
        paused=pipeline.spec.paused,
        freshness_objective=None if objective is None else parse_duration(objective),
    )
    changes: list[Change] = []
    kafka_facts: dict[str, Any] | None = None
    postgres_facts: dict[str, Any] | None = None
    if not pipeline.spec.paused:
        changes += await ensure_keys_secrets(deps.kube, pipeline)
        await _check_referenced_secrets(deps, pipeline, obs)
        blocked_before = len(obs.blocked)
        ours = await ownership_step(deps, pipeline, obs, previous_status)
        if ours and len(obs.blocked) == blocked_before:
            kafka_facts = await kafka_step(deps, pipeline, obs, changes)
            postgres_facts = await postgres_step(deps, pipeline, obs, changes)
        # The rotation timer records its last failure in the status; it stays Degraded until a run works.
        rotation_error = (previous_status.get("postgres") or {}).get("rotationError")
        if rotation_error:
            obs.problems.append(Problem("RotationFailed", f"partition rotation: {rotation_error}"))
        # Children are applied even when Kafka or Postgres is down: a new image or env still rolls out. Never
        # onto a topic or schema that is not this pipeline's: its workloads would read and write another's data.
        if ours:
            applied, keep = await apply_children(deps.kube, pipeline)
            changes += applied
            changes += await prune_children(deps.kube, pipeline, keep)
    obs.changes = [c.message for c in changes]
    obs.tiers = await observe_tiers(deps.kube, pipeline)
    status = build_status(
        obs,
        previous_status,
        now=now,
        kafka=kafka_facts,
        postgres=postgres_facts,
        endpoints=endpoints(pipeline),
    )
    for extra in set(obs.tiers) - set(TIERS):  # Redis counts for readiness but has no status field
        status.pop(extra, None)
    for change in changes:
        log.info("change", extra={"pipeline": f"{pipeline.namespace}/{pipeline.name}", "change": change.message})
    return Outcome(
        status=status,
        events=_events(changes, previous_conditions, status),
        retry_after=retry_delay(obs, base_s=retry_base_s),
    )
