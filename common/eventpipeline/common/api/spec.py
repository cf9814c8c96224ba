"""`spec` of an EventPipeline: the whole desired stack in one object."""

from __future__ import annotations

from eventpipeline.common.api.base import ApiModel, Duration, cel_rule
from eventpipeline.common.api.kafka import KafkaSpec
from eventpipeline.common.api.postgres import PostgresSpec
from eventpipeline.common.api.redis import RedisSpec
from eventpipeline.common.api.refs import KeysSecretRef
from eventpipeline.common.api.tiers import AnalyticsTier, ConsumerTier, IngestTier
from pydantic import Field, model_validator


class AuthSpec(ApiModel):
    """API keys. When a Secret is not given, the operator generates `<name>-write-keys` / `<name>-read-keys`."""

    write_keys_secret: KeysSecretRef | None = Field(
        default=None, description="Keys accepted by ingest (one per line). Default: generated."
    )
    read_keys_secret: KeysSecretRef | None = Field(
        default=None, description="Keys accepted by analytics (one per line). Default: generated."
    )

    def write_keys_secret_for(self, pipeline_name: str) -> KeysSecretRef:
        """The write-keys Secret: the user's, or the name of the one the operator generates."""
        return self.write_keys_secret or KeysSecretRef(name=f"{pipeline_name}-write-keys")

    def read_keys_secret_for(self, pipeline_name: str) -> KeysSecretRef:
        """The read-keys Secret: the user's, or the name of the one the operator generates."""
        return self.read_keys_secret or KeysSecretRef(name=f"{pipeline_name}-read-keys")


class EventPipelineSpec(ApiModel):
    """Desired state of an event-analytics pipeline: ingest -> Kafka -> consumer -> PostgreSQL <- analytics."""

    kafka: KafkaSpec = Field(description="The Kafka cluster and the events topic.")
    postgres: PostgresSpec = Field(description="The PostgreSQL primary, its replicas and partitioning.")
    redis: RedisSpec = Field(default_factory=RedisSpec, description="The analytics cache.")
    ingest: IngestTier = Field(default_factory=IngestTier, description="The HTTP ingest tier.")
    consumer: ConsumerTier = Field(default_factory=ConsumerTier, description="The Kafka-to-PostgreSQL tier.")
    analytics: AnalyticsTier = Field(default_factory=AnalyticsTier, description="The HTTP analytics tier.")
    auth: AuthSpec = Field(default_factory=AuthSpec, description="API keys of ingest and analytics.")
    paused: bool = Field(default=False, description="Stop every change and every scaling decision until unset.")
    freshness_objective: Duration | None = Field(
        default=None,
        description=(
            "The most `status.freshness.seconds` may reach (the age of the newest event analytics can count), e.g. "
            "`5m`. Set: the FreshnessObjectiveMet condition reports it. An idle pipeline misses it too: no new event "
            "means nothing fresh to count."
        ),
    )

    @model_validator(mode="after")
    @cel_rule(
        "self.consumer.maxReplicas <= self.kafka.partitions",
        "consumer.maxReplicas must not exceed kafka.partitions: extra consumers would sit idle",
        field_path=".consumer.maxReplicas",
    )
    def _consumers_within_partitions(self) -> EventPipelineSpec:
        if self.consumer.max_replicas > self.kafka.partitions:
            raise ValueError(
                f"consumer.maxReplicas ({self.consumer.max_replicas}) must not exceed kafka.partitions "
                f"({self.kafka.partitions}): extra consumers would sit idle"
            )
        return self
