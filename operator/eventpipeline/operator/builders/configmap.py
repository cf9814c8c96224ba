"""The tier's ConfigMap: its non-secret settings, loaded into the container with envFrom."""

from __future__ import annotations

from typing import Any

from eventpipeline.operator.builders.common import metadata
from eventpipeline.operator.builders.env import tier_env
from eventpipeline.operator.pipeline import Pipeline, Tier


def configmap_name(pipeline: Pipeline, tier: Tier) -> str:
    return pipeline.child_name(f"{tier}-config")


def build_configmap(pipeline: Pipeline, tier: Tier) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": metadata(pipeline, tier, configmap_name(pipeline, tier)),
        "data": dict(sorted(tier_env(pipeline, tier).config.items())),
    }
