"""Applies a decision through the Deployment's scale subresource, so the autoscaler only ever touches `replicas`."""

from __future__ import annotations

from typing import Any

from eventpipeline.operator.autoscale.loop import ReplicaStatus


def scale_deployment(apps: Any, *, namespace: str, name: str, replicas: int) -> None:
    """PATCH .../deployments/{name}/scale (a `kubernetes.client.AppsV1Api`; blocking: call it in a thread)."""
    if replicas < 0:
        raise ValueError(f"replicas must be >= 0, got {replicas}")
    apps.patch_namespaced_deployment_scale(name=name, namespace=namespace, body={"spec": {"replicas": replicas}})


def read_replicas(apps: Any, *, namespace: str, name: str) -> ReplicaStatus:
    """The Deployment's desired and ready replicas (ready is not part of the scale subresource)."""
    dep = apps.read_namespaced_deployment(name=name, namespace=namespace)
    spec = dep.spec.replicas if dep.spec is not None and dep.spec.replicas is not None else 1
    ready = dep.status.ready_replicas if dep.status is not None else None
    return ReplicaStatus(replicas=int(spec), ready=int(ready or 0))
