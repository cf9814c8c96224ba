"""`status` of an EventPipeline: written by the operator only (status subresource)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from eventpipeline.common.api.base import ApiModel
from pydantic import Field

ConditionType = Literal["Ready", "Progressing", "Degraded", "FreshnessObjectiveMet"]


class Condition(ApiModel):
    """A condition, shaped like metav1.Condition."""

    type: ConditionType = Field(
        description="Ready, Progressing, Degraded, or FreshnessObjectiveMet (only with spec.freshnessObjective)."
    )
    status: Literal["True", "False", "Unknown"] = Field(description="True, False or Unknown.")
    reason: str = Field(
        pattern=r"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$", max_length=1024, description="CamelCase reason."
    )
    message: str = Field(default="", max_length=32768, description="Human-readable details.")
    last_transition_time: datetime = Field(strict=False, description="When status last changed.")
    observed_generation: int | None = Field(default=None, ge=0, description="The generation this was computed from.")


class ScaleDecision(ApiModel):
    """The last scaling decision of a tier."""

    time: datetime = Field(strict=False, description="When the decision was applied.")
    from_replicas: int = Field(
        validation_alias="from", serialization_alias="from", ge=0, description="Replicas before."
    )
    to_replicas: int = Field(validation_alias="to", serialization_alias="to", ge=0, description="Replicas after.")
    reason: str = Field(max_length=1024, description="Why, e.g. `p99 180ms > target 100ms`.")


class TierStatus(ApiModel):
    """Replicas of one tier."""

    desired_replicas: int = Field(default=0, ge=0, description="Replicas the autoscaler wants.")
    ready_replicas: int = Field(default=0, ge=0, description="Replicas ready now.")
    last_scale: ScaleDecision | None = Field(default=None, description="The last scaling decision.")


class KafkaStatus(ApiModel):
    """The events topic as observed."""

    topic: str | None = Field(default=None, description="Topic name.")
    partitions: int | None = Field(default=None, ge=0, description="Partitions of the topic.")
    total_lag: int | None = Field(default=None, ge=0, description="Messages not yet committed by the consumer group.")
    dead_letters: int | None = Field(
        default=None, ge=0, description="Records on the dead-letter topic not replayed yet."
    )
    lag_seconds: float | None = Field(
        default=None,
        ge=0,
        description=(
            "Age of the oldest unconsumed event (the Kafka timestamp of the record at a lagging partition's committed "
            "offset); 0 without lag; absent when unknown. The autoscaler's maxLagSeconds compares against it."
        ),
    )


class PostgresStatus(ApiModel):
    """Partitions as observed, and rotation bookkeeping."""

    oldest_partition: str | None = Field(default=None, description="Oldest events partition, e.g. events_p202601.")
    newest_partition: str | None = Field(default=None, description="Newest events partition.")
    next_rotation: datetime | None = Field(
        default=None, strict=False, description="When partitions are next made/dropped."
    )
    last_rotation: datetime | None = Field(
        default=None, strict=False, description="When partitions were last made/dropped."
    )
    last_archived_object: str | None = Field(default=None, description="The last archive written (s3://bucket/key).")
    rotation_error: str | None = Field(
        default=None, max_length=1024, description="Why the last rotation failed (retried); absent when it worked."
    )


class FreshnessStatus(ApiModel):
    """End-to-end freshness: how old the newest event analytics can count is (the analytics /freshness answer)."""

    seconds: float | None = Field(
        default=None, ge=0, description="Age of the newest stored event at measuredAt; absent while none is stored."
    )
    newest_event_at: datetime | None = Field(
        default=None, strict=False, description="Event time of the newest stored event (not in the future)."
    )
    measured_at: datetime = Field(strict=False, description="When the operator measured it (on the primary).")


class EndpointsStatus(ApiModel):
    """In-cluster URLs of the HTTP tiers."""

    ingest: str | None = Field(default=None, description="Ingest URL, e.g. http://<name>-ingest.<ns>.svc:8080.")
    analytics: str | None = Field(default=None, description="Analytics URL.")


class EventPipelineStatus(ApiModel):
    """Observed state. `kopf` is kopf's own bookkeeping, left free-form."""

    observed_generation: int | None = Field(default=None, ge=0, description="The spec generation last reconciled.")
    conditions: list[Condition] = Field(
        default_factory=list,
        max_length=8,
        description="Ready, Progressing, Degraded, FreshnessObjectiveMet.",
        json_schema_extra={"x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["type"]},
    )
    ingest: TierStatus | None = Field(default=None, description="Ingest tier.")
    consumer: TierStatus | None = Field(default=None, description="Consumer tier.")
    analytics: TierStatus | None = Field(default=None, description="Analytics tier.")
    kafka: KafkaStatus | None = Field(default=None, description="Events topic.")
    postgres: PostgresStatus | None = Field(default=None, description="Partitions.")
    freshness: FreshnessStatus | None = Field(default=None, description="End-to-end freshness.")
    endpoints: EndpointsStatus | None = Field(default=None, description="HTTP endpoints.")
    kopf: dict[str, Any] | None = Field(
        default=None,
        description="Reserved for the kopf framework's progress records.",
        json_schema_extra={"x-kubernetes-preserve-unknown-fields": True},
    )

    def condition(self, type_: ConditionType) -> Condition | None:
        """The condition of that type, if any."""
        return next((c for c in self.conditions if c.type == type_), None)
