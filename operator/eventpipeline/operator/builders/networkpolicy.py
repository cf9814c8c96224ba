"""NetworkPolicies: each pod accepts traffic only on its own port; Redis only from the analytics pods.

Egress stays open: Kafka and PostgreSQL live outside the pipeline at addresses the operator cannot enumerate.
"""

from __future__ import annotations

from typing import Any

from eventpipeline.operator.builders.common import HTTP_PORT, metadata, selector_labels
from eventpipeline.operator.builders.env import REDIS_PORT
from eventpipeline.operator.pipeline import Pipeline, Tier


def networkpolicy_name(pipeline: Pipeline, component: str) -> str:
    return pipeline.child_name(component)


def _policy(pipeline: Pipeline, component: str, rule: dict[str, Any]) -> dict[str, Any]:
    return {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": metadata(pipeline, component, networkpolicy_name(pipeline, component)),
        "spec": {
            "podSelector": {"matchLabels": selector_labels(pipeline, component)},
            "policyTypes": ["Ingress"],
            "ingress": [rule],
        },
    }


def build_networkpolicy(pipeline: Pipeline, tier: Tier) -> dict[str, Any]:
    """Ingest and analytics serve clients from anywhere; the consumer's port only serves probes and metrics."""
    return _policy(pipeline, tier, {"ports": [{"port": HTTP_PORT, "protocol": "TCP"}]})


def build_redis_networkpolicy(pipeline: Pipeline) -> dict[str, Any]:
    return _policy(
        pipeline,
        "redis",
        {
            "from": [{"podSelector": {"matchLabels": selector_labels(pipeline, "analytics")}}],
            "ports": [{"port": REDIS_PORT, "protocol": "TCP"}],
        },
    )
