"""`spec.kafka`: where the events topic lives and how it is made."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from eventpipeline.common.api.base import ApiModel, Duration, cel_rule
from eventpipeline.common.api.refs import CaSecretRef, PasswordSecretRef, SecretKeyRef, ValueFrom
from pydantic import Field, StringConstraints, field_validator, model_validator

TOPIC_PATTERN = r"^[a-zA-Z0-9._-]+$"
BOOTSTRAP_PATTERN = r"^[^\s,]+:[0-9]{1,5}(,[^\s,]+:[0-9]{1,5})*$"
_CONFIG_KEY = re.compile(r"^[a-z0-9]+(\.[a-z0-9]+)*$")

TopicName = Annotated[str, StringConstraints(pattern=TOPIC_PATTERN, min_length=1, max_length=249)]
# Kafka allows 249 characters; the dead-letter topic `<topic>.dlq` needs 4 of them.
EventsTopicName = Annotated[str, StringConstraints(pattern=TOPIC_PATTERN, min_length=1, max_length=249 - len(".dlq"))]
BootstrapServers = Annotated[str, StringConstraints(pattern=BOOTSTRAP_PATTERN, max_length=2048)]
# What Kafka accepts as a SCRAM user name (printable, no separators a JAAS line would misread).
SaslUsername = Annotated[str, StringConstraints(pattern=r"^[^\s,=]+$", min_length=1, max_length=256)]


class KafkaTls(ApiModel):
    """TLS to the brokers; their host names are always verified."""

    ca_secret: CaSecretRef | None = Field(
        default=None,
        description=(
            "Secret key holding the PEM CA bundle that signed the brokers' certificates (Strimzi:"
            " `<cluster>-cluster-ca-cert`, key `ca.crt`). Default: the system's trust store."
        ),
    )


class KafkaSasl(ApiModel):
    """SASL/SCRAM authentication of every client (operator, ingest, consumer) as one Kafka user."""

    mechanism: Literal["SCRAM-SHA-512", "SCRAM-SHA-256"] = Field(
        default="SCRAM-SHA-512", description="SCRAM mechanism (Strimzi's KafkaUser `scram-sha-512`)."
    )
    username: SaslUsername | None = Field(
        default=None,
        description="The user name (Strimzi: the KafkaUser's name). Exactly one of username or usernameSecret.",
    )
    username_secret: SecretKeyRef | None = Field(default=None, description="Read the user name from a Secret key.")
    password_secret: PasswordSecretRef = Field(
        description="Secret key holding the password (Strimzi: the Secret named after the KafkaUser, key `password`)."
    )

    @model_validator(mode="after")
    @cel_rule(
        "has(self.username) != has(self.usernameSecret)",
        "exactly one of username or usernameSecret must be set",
    )
    def _one_username(self) -> KafkaSasl:
        if (self.username is None) == (self.username_secret is None):
            raise ValueError("exactly one of username or usernameSecret must be set")
        return self


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
    tls: KafkaTls | None = Field(
        default=None, description="Connect with TLS (and verify the brokers). Default: plaintext."
    )
    sasl: KafkaSasl | None = Field(default=None, description="Authenticate with SASL/SCRAM. Default: no SASL.")
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
