"""The managed Redis: one pod, no persistence (it is a cache), memory bounded below its container limit, a
password (AUTH) from the generated Secret's config file."""

from __future__ import annotations

import re
from typing import Any

from eventpipeline.operator.builders.common import (
    container_security_context,
    metadata,
    pod_security_context,
    resources,
    selector_labels,
)
from eventpipeline.operator.builders.common import labels as all_labels
from eventpipeline.operator.builders.env import REDIS_PORT
from eventpipeline.operator.builders.secret import REDIS_CONFIG_KEY, redis_secret_name
from eventpipeline.operator.builders.serviceaccount import serviceaccount_name
from eventpipeline.operator.pipeline import Pipeline

REDIS_UID = 999  # the `redis` user of the official images
AUTH_DIR = "/etc/redis-auth"
_UNITS = {"Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "K": 10**3, "M": 10**6, "G": 10**9, "": 1}


def redis_name(pipeline: Pipeline) -> str:
    return pipeline.child_name("redis")


def maxmemory_bytes(limit: str | None) -> int | None:
    """75% of the memory limit, leaving room for Redis' own overhead before the kernel's OOM killer."""
    match = re.fullmatch(r"([0-9]+)(Ki|Mi|Gi|K|M|G|)", limit or "")
    if match is None:
        return None
    return int(match.group(1)) * _UNITS[match.group(2)] * 3 // 4


def build_redis_deployment(pipeline: Pipeline) -> dict[str, Any]:
    managed = pipeline.spec.redis.managed
    assert managed is not None, "only for a managed Redis"
    # The config file first (redis-server's rule), then the options; the file only sets `requirepass`.
    args = [
        f"{AUTH_DIR}/{REDIS_CONFIG_KEY}",
        "--port",
        str(REDIS_PORT),
        "--save",
        "",
        "--appendonly",
        "no",
        "--maxmemory-policy",
        "allkeys-lru",
    ]
    maxmemory = maxmemory_bytes(managed.resources.limits.memory)
    if maxmemory is not None:
        args += ["--maxmemory", str(maxmemory)]
    probe = {"tcpSocket": {"port": "redis"}, "periodSeconds": 5, "timeoutSeconds": 2, "failureThreshold": 3}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": metadata(pipeline, "redis", redis_name(pipeline)),
        "spec": {
            # A cache with one writer: replace, never run two side by side.
            "replicas": 1,
            "strategy": {"type": "Recreate"},
            "selector": {"matchLabels": selector_labels(pipeline, "redis")},
            "template": {
                "metadata": {"labels": all_labels(pipeline, "redis")},
                "spec": {
                    "serviceAccountName": serviceaccount_name(pipeline),
                    "automountServiceAccountToken": False,
                    "securityContext": pod_security_context(REDIS_UID),
                    "containers": [
                        {
                            "name": "redis",
                            "image": managed.image,
                            "command": ["redis-server"],
                            "args": args,
                            "ports": [{"name": "redis", "containerPort": REDIS_PORT, "protocol": "TCP"}],
                            "resources": resources(managed.resources),
                            "securityContext": container_security_context(),
                            "livenessProbe": probe,
                            "readinessProbe": probe,
                            "volumeMounts": [
                                {"name": "data", "mountPath": "/data"},
                                {"name": "auth", "mountPath": AUTH_DIR, "readOnly": True},
                            ],
                        }
                    ],
                    "volumes": [
                        {"name": "data", "emptyDir": {}},
                        # Group-readable for the pod's fsGroup (Redis' user), nobody else.
                        {"name": "auth", "secret": {"secretName": redis_secret_name(pipeline), "defaultMode": 0o440}},
                    ],
                },
            },
        },
    }


def build_redis_service(pipeline: Pipeline) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": metadata(pipeline, "redis", redis_name(pipeline)),
        "spec": {
            "type": "ClusterIP",
            "selector": selector_labels(pipeline, "redis"),
            "ports": [{"name": "redis", "port": REDIS_PORT, "targetPort": "redis", "protocol": "TCP"}],
        },
    }
