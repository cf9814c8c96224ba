"""The pipeline's Kubernetes children: apply the desired set, create the keys Secrets once, prune what is no
longer wanted, and read back how ready the tiers are.

A change is detected by the resourceVersion moving across the apply: a server-side apply that changes nothing
keeps the resourceVersion, so a steady pipeline produces no Events and no writes.
"""

from __future__ import annotations

from typing import Any, Final

from eventpipeline.operator.builders import build_keys_secret, build_redis_secret, desired_objects, generate_key
from eventpipeline.operator.builders.common import instance_selector
from eventpipeline.operator.builders.deployment import deployment_name
from eventpipeline.operator.builders.redis import redis_name
from eventpipeline.operator.builders.secret import (
    KeysKind,
    generated,
    keys_secret_ref,
    redis_secret_name,
)
from eventpipeline.operator.kube import KubeClient
from eventpipeline.operator.pipeline import TIERS, Pipeline
from eventpipeline.operator.records import Change
from eventpipeline.operator.status import TierState

PRUNABLE: Final = {
    "Deployment": "apps/v1",
    "Service": "v1",
    "ConfigMap": "v1",
    "ServiceAccount": "v1",
    "PodDisruptionBudget": "policy/v1",
    "NetworkPolicy": "networking.k8s.io/v1",
}


async def ensure_keys_secrets(kube: KubeClient, pipeline: Pipeline) -> list[Change]:
    """Create the generated Secrets (keys, the managed Redis' password) that don't exist; never touch an existing
    one (no silent rotation)."""
    changes = []
    kinds: tuple[KeysKind, ...] = ("write", "read")
    for kind in kinds:
        if not generated(pipeline, kind):
            continue
        name, _ = keys_secret_ref(pipeline, kind)
        if await kube.get("v1", "Secret", pipeline.namespace, name) is not None:
            continue
        if await kube.create(build_keys_secret(pipeline, kind, [generate_key()])):
            changes.append(Change("KeysGenerated", f"generated {kind} keys in Secret {name}"))
    if pipeline.spec.redis.managed is not None:
        name = redis_secret_name(pipeline)
        if await kube.get("v1", "Secret", pipeline.namespace, name) is None and await kube.create(
            build_redis_secret(pipeline, generate_key())
        ):
            changes.append(Change("RedisPasswordGenerated", f"generated the managed Redis' password in Secret {name}"))
    return changes


def _describe(obj: dict[str, Any]) -> str:
    return f"{obj['kind']} {obj['metadata']['name']}"


async def _first_size_or_clamp(
    kube: KubeClient, pipeline: Pipeline, obj: dict[str, Any], before: dict[str, Any] | None
) -> Change | None:
    """A new tier Deployment starts at minReplicas; an existing one is only moved back inside [min, max] (the
    consumers held by a reprocess may stay at zero)."""
    name = obj["metadata"]["name"]
    tier = next((t for t in TIERS if deployment_name(pipeline, t) == name), None)
    if tier is None:
        return None
    spec = pipeline.tier(tier)
    if before is None:
        await kube.scale(pipeline.namespace, name, spec.min_replicas)
        return Change("Scaled", f"started {name} at minReplicas {spec.min_replicas}")
    current = int((before.get("spec") or {}).get("replicas") or 0)
    # A reprocess holding the consumers keeps them at zero; the clamp would start one every pass.
    lowest = 0 if tier == "consumer" and pipeline.consumers_held else spec.min_replicas
    bounded = min(max(current, lowest), spec.max_replicas)
    if bounded != current:
        await kube.scale(pipeline.namespace, name, bounded)
        return Change("Scaled", f"moved {name} from {current} to {bounded} replicas to respect min/max")
    return None


async def apply_children(kube: KubeClient, pipeline: Pipeline) -> tuple[list[Change], set[tuple[str, str]]]:
    """Server-side apply every desired object; returns the changes and the (kind, name) set applied."""
    changes: list[Change] = []
    applied: set[tuple[str, str]] = set()
    for obj in desired_objects(pipeline):
        meta = obj["metadata"]
        before = await kube.get(obj["apiVersion"], obj["kind"], meta["namespace"], meta["name"])
        after = await kube.apply(obj)
        applied.add((obj["kind"], meta["name"]))
        if before is None:
            changes.append(Change("Created", f"created {_describe(obj)}"))
        elif before["metadata"].get("resourceVersion") != after.get("metadata", {}).get("resourceVersion"):
            changes.append(Change("Updated", f"updated {_describe(obj)}"))
        if obj["kind"] == "Deployment":
            scaled = await _first_size_or_clamp(kube, pipeline, obj, before)
            if scaled is not None:
                changes.append(scaled)
    return changes, applied


def _owned_by(obj: dict[str, Any], pipeline: Pipeline) -> bool:
    refs = obj.get("metadata", {}).get("ownerReferences") or []
    return any(ref.get("uid") == pipeline.uid and ref.get("controller") for ref in refs)


async def prune_children(kube: KubeClient, pipeline: Pipeline, keep: set[tuple[str, str]]) -> list[Change]:
    """Delete our children that the spec no longer wants (a PDB turned off, Redis made external)."""
    changes = []
    for kind, api_version in PRUNABLE.items():
        for obj in await kube.list(api_version, kind, pipeline.namespace, instance_selector(pipeline)):
            name = obj["metadata"]["name"]
            if (kind, name) in keep or not _owned_by(obj, pipeline):
                continue
            if await kube.delete(api_version, kind, pipeline.namespace, name):
                changes.append(Change("Deleted", f"deleted {kind} {name}: no longer in the spec"))
    return changes


def tier_state(deployment: dict[str, Any] | None) -> TierState:
    """Desired is spec.replicas (the autoscaler's); rolled out once the controller saw the latest template and
    every pod runs it."""
    if deployment is None:
        return TierState(desired=0, ready=0, rolled_out=False)
    spec = deployment.get("spec") or {}
    status = deployment.get("status") or {}
    replicas = spec.get("replicas")
    desired = int(replicas) if replicas is not None else 1
    generation = int(deployment.get("metadata", {}).get("generation") or 0)
    rolled_out = (
        int(status.get("observedGeneration") or 0) >= generation
        and int(status.get("updatedReplicas") or 0) >= desired
        and int(status.get("replicas") or 0) <= desired
    )
    return TierState(desired=desired, ready=int(status.get("readyReplicas") or 0), rolled_out=rolled_out)


async def observe_tiers(kube: KubeClient, pipeline: Pipeline) -> dict[str, TierState]:
    """The three tiers, plus the managed Redis when there is one."""
    names: dict[str, str] = {tier: deployment_name(pipeline, tier) for tier in TIERS}
    if pipeline.spec.redis.managed is not None:
        names["redis"] = redis_name(pipeline)
    return {
        label: tier_state(await kube.get("apps/v1", "Deployment", pipeline.namespace, name))
        for label, name in names.items()
    }
