"""A tier's PodDisruptionBudget: voluntary evictions (node drains) take at most one pod of a tier at a time."""

from __future__ import annotations

from typing import Any

from eventpipeline.operator.builders.common import metadata, selector_labels
from eventpipeline.operator.pipeline import Pipeline, Tier


def pdb_name(pipeline: Pipeline, tier: Tier) -> str:
    return pipeline.child_name(tier)


def build_pdb(pipeline: Pipeline, tier: Tier) -> dict[str, Any]:
    # maxUnavailable (not minAvailable) keeps working whatever replica count the autoscaler picks.
    return {
        "apiVersion": "policy/v1",
        "kind": "PodDisruptionBudget",
        "metadata": metadata(pipeline, tier, pdb_name(pipeline, tier)),
        "spec": {
            "maxUnavailable": 1,
            "selector": {"matchLabels": selector_labels(pipeline, tier)},
            "unhealthyPodEvictionPolicy": "AlwaysAllow",
        },
    }
