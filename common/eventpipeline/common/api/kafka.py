"""`spec.kafka`: where the events topic lives and how it is made."""

from __future__ import annotations

import re
from typing import Annotated

from eventpipeline.common.api.base import ApiModel, Duration, cel_rule
from eventpipeline.common.api.refs import ValueFrom
from pydantic import Field, StringConstraints, field_validator, model_validator

TOPIC_PATTERN = r"^[a-zA-Z0-9._-]+$"
BOOTSTRAP_PATTERN = r"^[^\s,]+:[0-9]{1,5}(,[^\s,]+:[0-9]{1,5})*$"
_CONFIG_KEY = re.compile(r"^[a-z0-9]+(\.[a-z0-9]+)*$")

TopicName = Annotated[str, StringConstraints(pattern=TOPIC_PATTERN, min_length=1, max_length=249)]
# Kafka allows 249 characters; the dead-letter topic `<topic>.dlq` needs 4 of them.
EventsTopicName = Annotated[str, StringConstraints(pattern=TOPIC_PATTERN, min_length=1, max_length=249 - len(".dlq"))]
BootstrapServers = Annotated[str, StringConstraints(pattern=BOOTSTRAP_PATTERN, max_length=2048)]


class KafkaSpec(ApiModel):
    """The Kafka cluster (not managed by the operator) and the topic the operator creates on it."""

    bootstrap_servers: BootstrapServers | None = Field(
        default=None,
        description="Comma-separated host:port list. Exactly one of bootstrapServers or bootstrapServersFrom.",
        examples=["kafka-0.kafka:9092,kafka-1.kafka:9092"],
    )
    bootstrap_servers_from: ValueFrom | None = Field(
        default=None, description="Read the host:port list from a Secret or ConfigMap key instead."
    )
    topic: EventsTopicName | None = Field(
        default=None,
        description="Events topic. Default: `<pipeline name>-events`. Its dead letters go to `<topic>.dlq`.",
    )
    partitions: int = Field(
        default=12, ge=1, le=1000, description="Partitions of the topic; also the most consumers that can do work."
    )
    replication_factor: int | None = Field(
        default=None,
        ge=1,
        le=7,
        description="Replicas of each partition. Default: the broker's default.replication.factor.",
    )
    retention: Duration = Field(default="30d", description="How long Kafka keeps events (topic retention.ms).")
    config: dict[str, Annotated[str, StringConstraints(max_length=1024)]] = Field(
        default_factory=dict,
        max_length=64,
        description="Extra topic configuration (e.g. `compression.type: zstd`); retention.ms comes from `retention`.",
    )
    adopt_existing_topic: bool = Field(
        default=False,
        description=(
            "Take over the topic (and its `.dlq`) when it already exists and no EventPipeline owns it. Without it such"
            " a topic is refused: it may be another team's. A topic another EventPipeline owns is always refused."
        ),
    )
    consumer_group: TopicName | None = Field(
        default=None, description="Consumer group of the consumer tier. Default: `<pipeline name>-consumer`."
    )

    @field_validator("config")
    @classmethod
    def _config_keys(cls, value: dict[str, str]) -> dict[str, str]:
        bad = [k for k in value if not _CONFIG_KEY.match(k)]
        if bad:
            raise ValueError(
                f"invalid topic config key(s) {bad}: expected dotted lowercase names like 'cleanup.policy'"
            )
        return value

    @model_validator(mode="after")
    @cel_rule(
        "has(self.bootstrapServers) != has(self.bootstrapServersFrom)",
        "exactly one of bootstrapServers or bootstrapServersFrom must be set",
    )
    def _one_bootstrap_source(self) -> KafkaSpec:
        if (self.bootstrap_servers is None) == (self.bootstrap_servers_from is None):
            raise ValueError("exactly one of bootstrapServers or bootstrapServersFrom must be set")
        return self

    @model_validator(mode="after")
    @cel_rule(
        "!has(self.config) || !('retention.ms' in self.config)",
        "config must not set retention.ms: use retention",
        field_path=".config",
    )
    def _retention_not_in_config(self) -> KafkaSpec:
        if "retention.ms" in self.config:
            raise ValueError("config must not set retention.ms: use retention")
        return self

    def topic_for(self, pipeline_name: str) -> str:
        """The topic name, defaulted from the pipeline's name."""
        return self.topic or f"{pipeline_name}-events"

    def consumer_group_for(self, pipeline_name: str) -> str:
        """The consumer group, defaulted from the pipeline's name."""
        return self.consumer_group or f"{pipeline_name}-consumer"
