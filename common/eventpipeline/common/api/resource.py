"""The EventPipeline resource: group/version/kind, the whole object, printer columns."""

from __future__ import annotations

import re
from typing import Any, Final, Literal

from eventpipeline.common.api.base import ApiModel, cel_rule
from eventpipeline.common.api.spec import EventPipelineSpec
from eventpipeline.common.api.status import EventPipelineStatus
from pydantic import Field, model_validator

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


# The pipeline's name starts every child's name (`<name>-<component>`). Services are DNS-1035 labels (at most 63
# characters, a letter first, no dots), and the longest Service suffix is `-analytics`; the other children's names
# (ConfigMaps, Secrets, Deployments, up to 253) and the `app.kubernetes.io/instance` label (63) fit within that.
# tests/unit/test_operator_builders.py builds every child of a name this long and checks it against those limits.
LONGEST_SERVICE_SUFFIX: Final = "-analytics"
NAME_MAX_LENGTH: Final = 63 - len(LONGEST_SERVICE_SUFFIX)
NAME_PATTERN: Final = r"^[a-z]([-a-z0-9]*[a-z0-9])?$"


def name_problem(name: str) -> str | None:
    """Why `name` cannot be an EventPipeline's name (its children's names would be refused), or None."""
    if len(name) > NAME_MAX_LENGTH:
        return (
            f"metadata.name must be at most {NAME_MAX_LENGTH} characters (it has {len(name)}): the Service "
            f"<name>{LONGEST_SERVICE_SUFFIX} must fit in 63"
        )
    if not re.fullmatch(NAME_PATTERN, name):
        return (
            "metadata.name must start with a letter and hold only lowercase letters, digits and '-' "
            "(no dots): it starts the names of the pipeline's Services"
        )
    return None


class EventPipeline(ApiModel):
    """A whole manifest, for validating files. The API server owns metadata; only the name is checked, because every
    child's name is made from it."""

    api_version: Literal["analytics.eventpipeline.dev/v1alpha1"] = Field(
        default="analytics.eventpipeline.dev/v1alpha1", description="API version."
    )
    kind: Literal["EventPipeline"] = Field(default="EventPipeline", description="EventPipeline")
    metadata: dict[str, Any] = Field(default_factory=dict, description="Standard object metadata.")
    spec: EventPipelineSpec = Field(description="Desired state.")
    status: EventPipelineStatus | None = Field(default=None, description="Observed state.")

    @model_validator(mode="after")
    @cel_rule(
        f"self.metadata.name.size() <= {NAME_MAX_LENGTH}",
        f"metadata.name must be at most {NAME_MAX_LENGTH} characters: the Service <name>{LONGEST_SERVICE_SUFFIX}"
        " must fit in 63",
    )
    def _name_short_enough(self) -> EventPipeline:
        name = self.metadata.get("name")
        if isinstance(name, str) and len(name) > NAME_MAX_LENGTH:
            raise ValueError(name_problem(name))
        return self

    @model_validator(mode="after")
    @cel_rule(
        f"self.metadata.name.matches('{NAME_PATTERN}')",
        "metadata.name must start with a letter and hold only lowercase letters, digits and '-' (no dots):"
        " it starts the names of the pipeline's Services",
    )
    def _name_a_dns_label(self) -> EventPipeline:
        name = self.metadata.get("name")
        if isinstance(name, str) and not re.fullmatch(NAME_PATTERN, name):
            raise ValueError(name_problem(name))
        return self
