"""The EventPipeline resource: group/version/kind, the whole object, printer columns."""

from __future__ import annotations

from typing import Any, Literal

from eventpipeline.common.api.base import ApiModel
from eventpipeline.common.api.spec import EventPipelineSpec
from eventpipeline.common.api.status import EventPipelineStatus
from pydantic import Field

GROUP = "analytics.eventpipeline.dev"
VERSION = "v1alpha1"
KIND = "EventPipeline"
PLURAL = "eventpipelines"
SINGULAR = "eventpipeline"
SHORT_NAMES = ("evp",)
API_VERSION = f"{GROUP}/{VERSION}"
CRD_NAME = f"{PLURAL}.{GROUP}"

PRINTER_COLUMNS: tuple[dict[str, str], ...] = (
    {"name": "Ready", "type": "string", "jsonPath": '.status.conditions[?(@.type=="Ready")].status'},
    {
        "name": "Ingest",
        "type": "integer",
        "jsonPath": ".status.ingest.readyReplicas",
        "description": "ready ingest pods",
    },
    {
        "name": "Consumer",
        "type": "integer",
        "jsonPath": ".status.consumer.readyReplicas",
        "description": "ready consumer pods",
    },
    {
        "name": "Analytics",
        "type": "integer",
        "jsonPath": ".status.analytics.readyReplicas",
        "description": "ready analytics pods",
    },
    {"name": "Lag", "type": "integer", "jsonPath": ".status.kafka.totalLag", "description": "consumer lag, messages"},
    {
        "name": "Freshness",
        "type": "number",
        "jsonPath": ".status.freshness.seconds",
        "description": "age of the newest event analytics can count, seconds",
    },
    {"name": "Age", "type": "date", "jsonPath": ".metadata.creationTimestamp"},
)


class EventPipeline(ApiModel):
    """A whole manifest, for validating files (the API server owns metadata, so it is not checked here)."""

    api_version: Literal["analytics.eventpipeline.dev/v1alpha1"] = Field(
        default="analytics.eventpipeline.dev/v1alpha1", description="API version."
    )
    kind: Literal["EventPipeline"] = Field(default="EventPipeline", description="EventPipeline")
    metadata: dict[str, Any] = Field(default_factory=dict, description="Standard object metadata.")
    spec: EventPipelineSpec = Field(description="Desired state.")
    status: EventPipelineStatus | None = Field(default=None, description="Observed state.")
