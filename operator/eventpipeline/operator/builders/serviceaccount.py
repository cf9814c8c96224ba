"""One ServiceAccount for the pipeline's pods, with no API token: the workloads never call the API server."""

from __future__ import annotations

from typing import Any

from eventpipeline.operator.builders.common import metadata
from eventpipeline.operator.pipeline import Pipeline


def serviceaccount_name(pipeline: Pipeline) -> str:
    return pipeline.child_name("workload")


def build_serviceaccount(pipeline: Pipeline) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "ServiceAccount",
        "metadata": metadata(pipeline, "workload", serviceaccount_name(pipeline)),
        "automountServiceAccountToken": False,
    }
