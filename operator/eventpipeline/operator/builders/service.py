"""A tier's ClusterIP Service: the HTTP API of ingest and analytics, the metrics port of the consumer."""

from __future__ import annotations

from typing import Any

from eventpipeline.operator.builders.common import HTTP_PORT, metadata, selector_labels
from eventpipeline.operator.pipeline import Pipeline, Tier


def service_name(pipeline: Pipeline, tier: Tier) -> str:
    return pipeline.child_name(tier)


def build_service(pipeline: Pipeline, tier: Tier) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": metadata(pipeline, tier, service_name(pipeline, tier)),
        "spec": {
            "type": "ClusterIP",
            "selector": selector_labels(pipeline, tier),
            "ports": [{"name": "http", "port": HTTP_PORT, "targetPort": "http", "protocol": "TCP"}],
        },
    }
