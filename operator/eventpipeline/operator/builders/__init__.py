"""Pure builders: EventPipeline in, Kubernetes object dicts out, no I/O (one module per kind)."""

from __future__ import annotations

from typing import Any

from eventpipeline.operator.builders.configmap import build_configmap
from eventpipeline.operator.builders.deployment import build_deployment
from eventpipeline.operator.builders.networkpolicy import build_networkpolicy, build_redis_networkpolicy
from eventpipeline.operator.builders.pdb import build_pdb
from eventpipeline.operator.builders.redis import build_redis_deployment, build_redis_service
from eventpipeline.operator.builders.secret import build_keys_secret, build_redis_secret, generate_key
from eventpipeline.operator.builders.service import build_service
from eventpipeline.operator.builders.serviceaccount import build_serviceaccount
from eventpipeline.operator.pipeline import TIERS, Pipeline

__all__ = [
    "build_configmap",
    "build_deployment",
    "build_keys_secret",
    "build_networkpolicy",
    "build_pdb",
    "build_redis_deployment",
    "build_redis_networkpolicy",
    "build_redis_secret",
    "build_redis_service",
    "build_service",
    "build_serviceaccount",
    "desired_objects",
    "generate_key",
]


def desired_objects(pipeline: Pipeline) -> list[dict[str, Any]]:
    """Every object the pipeline should have (except the create-only keys Secrets), in a safe apply order:
    what pods reference (ServiceAccount, ConfigMaps, Redis) before the pods' Deployments."""
    objects: list[dict[str, Any]] = [build_serviceaccount(pipeline)]
    objects += [build_configmap(pipeline, tier) for tier in TIERS]
    if pipeline.spec.redis.managed is not None:
        objects += [
            build_redis_service(pipeline),
            build_redis_networkpolicy(pipeline),
            build_redis_deployment(pipeline),
        ]
    for tier in TIERS:
        objects += [
            build_service(pipeline, tier),
            build_networkpolicy(pipeline, tier),
            build_deployment(pipeline, tier),
        ]
        if pipeline.tier(tier).pod_disruption_budget:
            objects.append(build_pdb(pipeline, tier))
    return objects
