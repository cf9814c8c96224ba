"""`spec.ingest`, `spec.consumer`, `spec.analytics`: the three autoscaled tiers."""

from __future__ import annotations

from typing import Literal

from eventpipeline.common.api.base import ApiModel, Duration, Image, cel_rule
from eventpipeline.common.api.resources import EnvVar, Resources, resources
from pydantic import Field, model_validator

DEFAULT_IMAGE_REPO = "ghcr.io/eventpipeline"
DEFAULT_IMAGE_TAG = "0.1.0"


class IngestAutoscaling(ApiModel):
    """Targets for the ingest tier: scale out when either is exceeded."""

    p99_latency_ms: int = Field(default=100, ge=1, le=60000, description="Target p99 request latency, ms.")
    requests_per_second_per_pod: int = Field(default=2000, ge=1, le=1000000, description="Target requests/s per pod.")


class ConsumerAutoscaling(ApiModel):
    """Targets for the consumer tier, from Kafka's committed offsets vs high watermarks."""

    lag_per_replica: int = Field(default=10000, ge=1, le=100000000, description="Target lag, messages per replica.")
    max_lag_seconds: int = Field(
        default=60, ge=1, le=86400, description="Scale out when the oldest unconsumed event is older than this."
    )
    messages_per_second_per_replica: int | None = Field(
        default=10000,
        ge=1,
        le=10000000,
        description=(
            "Incoming messages/s one replica should take at steady load: keeps the replicas a constant load needs "
            "once the backlog is gone, instead of flapping on lag alone. Null: lag only."
        ),
    )


class AnalyticsAutoscaling(ApiModel):
    """Targets for the analytics tier."""

    p99_latency_ms: int = Field(default=250, ge=1, le=60000, description="Target p99 query latency, ms.")


class TierSpec(ApiModel):
    """What every tier has: image, resources, env, replica bounds, stabilization, PodDisruptionBudget."""

    image: Image = Field(description="Container image.")
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] = Field(
        default="IfNotPresent", description="Image pull policy."
    )
    resources: Resources = Field(description="Container resources.")
    env: list[EnvVar] = Field(
        default_factory=list,
        max_length=64,
        description="Extra environment variables (the operator's own EP_* variables win).",
        json_schema_extra={"x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["name"]},
    )
    min_replicas: int = Field(default=1, ge=1, le=1000, description="Fewest replicas.")
    max_replicas: int = Field(default=10, ge=1, le=1000, description="Most replicas.")
    scale_down_stabilization: Duration = Field(
        default="300s", description="Scale down only to the highest recommendation over this window."
    )
    scale_up_stabilization: Duration = Field(
        default="0s", description="Scale up only to the lowest recommendation over this window."
    )
    pod_disruption_budget: bool = Field(default=True, description="Create a PodDisruptionBudget (maxUnavailable 1).")

    @model_validator(mode="after")
    @cel_rule(
        "self.minReplicas <= self.maxReplicas",
        "minReplicas must be less than or equal to maxReplicas",
        field_path=".minReplicas",
    )
    def _min_le_max(self) -> TierSpec:
        if self.min_replicas > self.max_replicas:
            raise ValueError(
                f"minReplicas ({self.min_replicas}) must be less than or equal to maxReplicas ({self.max_replicas})"
            )
        return self


class IngestTier(TierSpec):
    """HTTP ingest: validates events and produces them to Kafka."""

    image: Image = Field(default=f"{DEFAULT_IMAGE_REPO}/ingest:{DEFAULT_IMAGE_TAG}", description="Container image.")
    resources: Resources = Field(
        default_factory=lambda: resources("250m", "256Mi", "512Mi"), description="Container resources."
    )
    min_replicas: int = Field(default=2, ge=1, le=1000, description="Fewest replicas.")
    autoscaling: IngestAutoscaling = Field(default_factory=IngestAutoscaling, description="Scaling targets.")


class ConsumerTier(TierSpec):
    """Kafka to PostgreSQL writer."""

    image: Image = Field(default=f"{DEFAULT_IMAGE_REPO}/consumer:{DEFAULT_IMAGE_TAG}", description="Container image.")
    resources: Resources = Field(
        default_factory=lambda: resources("250m", "256Mi", "512Mi"), description="Container resources."
    )
    autoscaling: ConsumerAutoscaling = Field(default_factory=ConsumerAutoscaling, description="Scaling targets.")


class AnalyticsTier(TierSpec):
    """HTTP analytics queries over the read replicas, cached in Redis."""

    image: Image = Field(default=f"{DEFAULT_IMAGE_REPO}/analytics:{DEFAULT_IMAGE_TAG}", description="Container image.")
    resources: Resources = Field(
        default_factory=lambda: resources("250m", "256Mi", "512Mi"), description="Container resources."
    )
    autoscaling: AnalyticsAutoscaling = Field(default_factory=AnalyticsAutoscaling, description="Scaling targets.")
