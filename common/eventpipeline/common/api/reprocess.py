"""EventPipelineReprocess: "rebuild the stored events and rollups of this time range from the topic", a one-shot
request next to its EventPipeline, in the style of CloudNativePG's Backup (docs/reprocess.md says why it is not a
field of the EventPipeline's spec).

The spec is immutable once created (a new range is a new object); the status is the operator's state machine.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final, Literal

from eventpipeline.common.api.base import ApiModel, ResourceName, cel_rule
from eventpipeline.common.api.resource import GROUP, VERSION
from pydantic import Field, model_validator

REPROCESS_KIND: Final = "EventPipelineReprocess"
REPROCESS_PLURAL: Final = "eventpipelinereprocesses"
REPROCESS_SINGULAR: Final = "eventpipelinereprocess"
REPROCESS_SHORT_NAMES: Final = ("evpr",)
REPROCESS_CRD_NAME: Final = f"{REPROCESS_PLURAL}.{GROUP}"
REPROCESS_API_VERSION: Final = f"{GROUP}/{VERSION}"

ReprocessPhase = Literal["Pending", "Pausing", "Deleting", "Rewinding", "CatchingUp", "Succeeded", "Refused", "Failed"]

REPROCESS_PRINTER_COLUMNS: tuple[dict[str, str], ...] = (
    {"name": "Pipeline", "type": "string", "jsonPath": ".spec.pipeline"},
    {"name": "From", "type": "string", "jsonPath": ".spec.from"},
    {"name": "To", "type": "string", "jsonPath": ".spec.to"},
    {"name": "Phase", "type": "string", "jsonPath": ".status.phase"},
    {
        "name": "Remaining",
        "type": "integer",
        "jsonPath": ".status.remaining",
        "description": "records left to re-read",
    },
    {"name": "Age", "type": "date", "jsonPath": ".metadata.creationTimestamp"},
)


class ReprocessSpec(ApiModel):
    """Which pipeline, which range of event time. Immutable."""

    pipeline: ResourceName = Field(description="Name of the EventPipeline in this namespace.")
    from_: datetime = Field(
        strict=False,
        validation_alias="from",
        serialization_alias="from",
        description="Start of the range, inclusive: an RFC 3339 time of the events (their `timestamp`).",
    )
    to: datetime = Field(strict=False, description="End of the range, exclusive (RFC 3339).")

    @model_validator(mode="after")
    @cel_rule("timestamp(self.from) < timestamp(self.to)", "from must be before to", field_path=".from")
    def _from_before_to(self) -> ReprocessSpec:
        if self.from_.tzinfo is None or self.to.tzinfo is None:
            raise ValueError("from and to need a time zone (e.g. Z)")
        if self.from_ >= self.to:
            raise ValueError("from must be before to")
        return self

    @model_validator(mode="after")
    @cel_rule("self == oldSelf", "the spec of a reprocess cannot change: create another one")
    def _immutable(self) -> ReprocessSpec:
        return self  # a transition rule: only the API server sees the old object


class ReprocessCondition(ApiModel):
    """A condition, shaped like metav1.Condition."""

    type: Literal["Complete", "Failed"] = Field(description="Complete (succeeded) or Failed (refused or failed).")
    status: Literal["True", "False", "Unknown"] = Field(description="True, False or Unknown.")
    reason: str = Field(
        pattern=r"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$", max_length=1024, description="CamelCase reason."
    )
    message: str = Field(default="", max_length=32768, description="Human-readable details.")
    last_transition_time: datetime = Field(strict=False, description="When status last changed.")


class ReprocessStatus(ApiModel):
    """The state machine, one phase per step, so a restarted operator resumes where it stopped."""

    phase: ReprocessPhase | None = Field(default=None, description="The step in progress, or how it ended.")
    message: str | None = Field(default=None, max_length=4096, description="What the phase is doing or waiting on.")
    started_at: datetime | None = Field(default=None, strict=False, description="When the consumers were paused.")
    completed_at: datetime | None = Field(default=None, strict=False, description="When it ended.")
    rewind_to: datetime | None = Field(
        default=None, strict=False, description="Kafka receive time the consumer group was rewound to."
    )
    paused_replicas: int | None = Field(
        default=None, ge=0, description="Consumer replicas before the pause (restored when the catch-up starts)."
    )
    deleted_events: int | None = Field(default=None, ge=0, description="Stored rows of the range removed.")
    deleted_ledger_ids: int | None = Field(default=None, ge=0, description="Dedup-ledger ids of the range removed.")
    start_offsets: dict[str, int] | None = Field(default=None, description="Partition -> offset rewound to.")
    target_offsets: dict[str, int] | None = Field(
        default=None, description="Partition -> end offset when rewound: caught up when the group commits past it."
    )
    remaining: int | None = Field(default=None, ge=0, description="Records left to re-read up to the targets.")
    reread: int | None = Field(default=None, ge=0, description="Records re-read so far.")
    events_per_second: float | None = Field(
        default=None, ge=0, description="Records re-read per second, from the pause to the end of the catch-up."
    )
    conditions: list[ReprocessCondition] = Field(default_factory=list, description="Complete, Failed.")


class EventPipelineReprocess(ApiModel):
    """A whole manifest, for validating files."""

    api_version: Literal["analytics.eventpipeline.dev/v1alpha1"] = Field(
        default="analytics.eventpipeline.dev/v1alpha1", description="API version."
    )
    kind: Literal["EventPipelineReprocess"] = Field(default="EventPipelineReprocess", description=REPROCESS_KIND)
    metadata: dict[str, Any] = Field(default_factory=dict, description="Standard object metadata.")
    spec: ReprocessSpec = Field(description="Desired state.")
    status: ReprocessStatus | None = Field(default=None, description="Observed state.")
