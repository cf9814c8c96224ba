"""Pieces every builder shares: names, the recommended labels, owner references, security contexts, probes.

Kubernetes recommended labels: https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/
The selector uses only name, instance and component: those never change for the life of an object (a Deployment's
selector is immutable), while the other labels may.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Final

from eventpipeline.common.api import Resources
from eventpipeline.operator.pipeline import Pipeline

FIELD_MANAGER: Final = "eventpipeline-operator"
APP_NAME: Final = "eventpipeline"
ANNOTATION_PREFIX: Final = "analytics.eventpipeline.dev"
CONFIG_HASH_ANNOTATION: Final = f"{ANNOTATION_PREFIX}/config-hash"
HTTP_PORT: Final = 8080
RUN_AS_USER: Final = 10001


def selector_labels(pipeline: Pipeline, component: str) -> dict[str, str]:
    """The immutable subset, used in selectors."""
    return {
        "app.kubernetes.io/name": APP_NAME,
        "app.kubernetes.io/instance": pipeline.name,
        "app.kubernetes.io/component": component,
    }


def labels(pipeline: Pipeline, component: str) -> dict[str, str]:
    """All five recommended labels."""
    return {
        **selector_labels(pipeline, component),
        "app.kubernetes.io/part-of": APP_NAME,
        "app.kubernetes.io/managed-by": FIELD_MANAGER,
    }


def instance_selector(pipeline: Pipeline) -> str:
    """A label selector string matching every child object of this pipeline."""
    return (
        f"app.kubernetes.io/name={APP_NAME},app.kubernetes.io/instance={pipeline.name},"
        f"app.kubernetes.io/managed-by={FIELD_MANAGER}"
    )


def owner_reference(pipeline: Pipeline) -> dict[str, Any]:
    """The pipeline as controller owner: children are garbage-collected with it."""
    return {
        "apiVersion": pipeline.api_version,
        "kind": pipeline.kind,
        "name": pipeline.name,
        "uid": pipeline.uid,
        "controller": True,
        "blockOwnerDeletion": True,
    }


def metadata(pipeline: Pipeline, component: str, name: str, **extra: Any) -> dict[str, Any]:
    """Object metadata: name, namespace, labels and the owner reference."""
    meta: dict[str, Any] = {
        "name": name,
        "namespace": pipeline.namespace,
        "labels": labels(pipeline, component),
        "ownerReferences": [owner_reference(pipeline)],
    }
    meta.update(extra)
    return meta


def pod_security_context(run_as_user: int = RUN_AS_USER) -> dict[str, Any]:
    """The `restricted` Pod Security Standard, at pod level."""
    return {
        "runAsNonRoot": True,
        "runAsUser": run_as_user,
        "runAsGroup": run_as_user,
        "fsGroup": run_as_user,
        "seccompProfile": {"type": "RuntimeDefault"},
    }


def container_security_context() -> dict[str, Any]:
    """The `restricted` Pod Security Standard, at container level, plus a read-only root filesystem."""
    return {
        "runAsNonRoot": True,
        "allowPrivilegeEscalation": False,
        "readOnlyRootFilesystem": True,
        "privileged": False,
        "capabilities": {"drop": ["ALL"]},
        "seccompProfile": {"type": "RuntimeDefault"},
    }


def http_probe(path: str, *, period_s: int, failure_threshold: int) -> dict[str, Any]:
    return {
        "httpGet": {"path": path, "port": "http"},
        "periodSeconds": period_s,
        "timeoutSeconds": 2,
        "failureThreshold": failure_threshold,
    }


def probes() -> dict[str, Any]:
    """/healthz for liveness (restart a wedged process), /readyz for readiness (take it out of the Service)."""
    return {
        "livenessProbe": http_probe("/healthz", period_s=10, failure_threshold=3),
        "readinessProbe": http_probe("/readyz", period_s=5, failure_threshold=2),
        "startupProbe": http_probe("/healthz", period_s=2, failure_threshold=30),
    }


def resources(spec: Resources) -> dict[str, Any]:
    """The spec's resources (defaults come from the API models) without unset entries."""
    out: dict[str, Any] = {}
    for kind in ("requests", "limits"):
        values = getattr(spec, kind).model_dump(exclude_none=True)
        if values:
            out[kind] = values
    return out


def config_hash(data: Any) -> str:
    """A short stable hash of rendered config: put on the pod template so a config change rolls the pods."""
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]
