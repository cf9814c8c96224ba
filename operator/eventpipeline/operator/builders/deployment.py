"""A tier's Deployment, without `spec.replicas`: the autoscaler owns the replica count.

Leaving the field out of the applied manifest means our field manager never owns it, so a server-side apply can
never reset what the autoscaler chose. The first size is set once through the scale subresource (reconcile.py).
"""

from __future__ import annotations

from typing import Any

from eventpipeline.operator.builders.common import (
    CONFIG_HASH_ANNOTATION,
    HTTP_PORT,
    config_hash,
    container_security_context,
    metadata,
    pod_security_context,
    probes,
    resources,
    selector_labels,
)
from eventpipeline.operator.builders.common import labels as all_labels
from eventpipeline.operator.builders.configmap import configmap_name
from eventpipeline.operator.builders.env import tier_env
from eventpipeline.operator.builders.serviceaccount import serviceaccount_name
from eventpipeline.operator.pipeline import Pipeline, Tier


def deployment_name(pipeline: Pipeline, tier: Tier) -> str:
    return pipeline.child_name(tier)


def build_deployment(pipeline: Pipeline, tier: Tier) -> dict[str, Any]:
    spec = pipeline.tier(tier)
    env = tier_env(pipeline, tier)
    container: dict[str, Any] = {
        "name": tier,
        "image": spec.image,
        "imagePullPolicy": spec.image_pull_policy,
        "command": ["python", "-m", f"eventpipeline.{tier}"],
        "ports": [{"name": "http", "containerPort": HTTP_PORT, "protocol": "TCP"}],
        "envFrom": [{"configMapRef": {"name": configmap_name(pipeline, tier)}}],
        "env": env.env,
        "resources": resources(spec.resources),
        "securityContext": container_security_context(),
        "volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}, *env.mounts],  # noqa: S108 - an emptyDir
        **probes(),
    }
    # No prometheus.io/* annotations: the operator chart's PodMonitor finds the tiers by their labels and the
    # port named `http` (charts/eventpipeline-operator/templates/podmonitors.yaml).
    pod_annotations = {
        # The ConfigMap is loaded through envFrom, read only at start: a change must roll the pods.
        CONFIG_HASH_ANNOTATION: config_hash(env.config),
    }
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": metadata(pipeline, tier, deployment_name(pipeline, tier)),
        "spec": {
            "selector": {"matchLabels": selector_labels(pipeline, tier)},
            "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0, "maxSurge": 1}},
            "revisionHistoryLimit": 5,
            "template": {
                "metadata": {"labels": all_labels(pipeline, tier), "annotations": pod_annotations},
                "spec": {
                    "serviceAccountName": serviceaccount_name(pipeline),
                    "automountServiceAccountToken": False,
                    "securityContext": pod_security_context(),
                    "terminationGracePeriodSeconds": 30,
                    "containers": [container],
                    "volumes": [{"name": "tmp", "emptyDir": {"sizeLimit": "64Mi"}}, *env.volumes],
                },
            },
        },
    }
