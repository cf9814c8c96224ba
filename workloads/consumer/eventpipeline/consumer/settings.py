"""The consumer's one settings object (env prefix EP_CONSUMER_, docs/dev/contracts.md and the consumer README)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from eventpipeline.common.events import MAX_EVENT_AGE, MAX_FUTURE
from eventpipeline.common.kafka_client import KafkaClientSettings
from eventpipeline.common.postgres_tls import verified_dsn
from eventpipeline.common.schema import MIN_LEDGER_RETENTION, validate_schema
from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import SettingsConfigDict


class ConsumerSettings(KafkaClientSettings):
    """Read once at start; logged with secrets redacted. The Kafka connection fields are `KafkaClientSettings`'."""

    model_config = SettingsConfigDict(env_prefix="EP_CONSUMER_", populate_by_name=True, extra="ignore")

    topic: str = "events"
    group: str = "eventpipeline-consumer"
    dlq_topic: str = Field(default="", description="dead-letter topic; empty means `<topic>.dlq`")
    postgres_dsn: SecretStr = SecretStr("postgresql://eventpipeline:eventpipeline@127.0.0.1:15432/eventpipeline")
    postgres_ca_file: Path | None = Field(
        default=None, description="PEM CA bundle: the DSN then verifies the server (sslmode=verify-full)"
    )
    # `schema` would shadow a pydantic attribute, hence the field name; the env var is EP_CONSUMER_SCHEMA.
    db_schema: str = Field(default="eventpipeline", validation_alias=AliasChoices("EP_CONSUMER_SCHEMA", "db_schema"))
    host: str = "0.0.0.0"
    port: int = Field(default=8080, ge=0, le=65535)
    migrate: bool = False
    log_level: str = "INFO"

    writers: int = Field(default=2, ge=1, le=8, description="PostgreSQL connections writing batches at once")
    batch_max_messages: int = Field(default=5000, ge=1, le=100_000)
    batch_max_seconds: float = Field(default=0.5, gt=0, le=30)
    max_event_age_days: int = Field(
        default=MAX_EVENT_AGE.days, ge=1, description="older events are dead-lettered (time rule)"
    )
    max_future_seconds: int = Field(
        default=int(MAX_FUTURE.total_seconds()), ge=0, description="events further ahead are dead-lettered"
    )
    months_ahead: int = Field(default=2, ge=0, le=24, description="partitions pre-created beyond the current month")
    ledger_retention_hours: int = Field(default=168, description="dedup ledger keeps ids at least this long (>= 24)")
    maintenance_interval_seconds: float = Field(default=300, gt=0)
    retry_initial_seconds: float = Field(default=0.5, gt=0)
    retry_max_seconds: float = Field(default=30, gt=0)
    session_timeout_ms: int = Field(default=45_000, ge=1000, description="group session timeout (dead member)")
    # The broker answers a fetch once it has this many bytes or waited this long. librdkafka's defaults (1 byte,
    # 500 ms) make every consumer fetch again as soon as anything arrives: at 10K events/s with 4 consumers the
    # broker spent ~45 us of CPU per event, ~27 with these (docs/benchmarks.md); at most 100 ms more delay when idle.
    fetch_min_bytes: int = Field(default=65_536, ge=1, le=10_000_000, description="librdkafka fetch.min.bytes")
    fetch_wait_max_ms: int = Field(default=100, ge=0, le=10_000, description="librdkafka fetch.wait.max.ms")
    stats_interval_ms: int = Field(default=2000, ge=100, description="librdkafka statistics period (lag gauges)")
    dlq_timeout_seconds: float = Field(default=30, gt=0)
    liveness_seconds: float = Field(default=120, gt=0, description="/healthz fails when the loop stalls this long")

    @field_validator("db_schema")
    @classmethod
    def _schema_ok(cls, value: str) -> str:
        return validate_schema(value)

    @field_validator("ledger_retention_hours")
    @classmethod
    def _retention_ok(cls, value: int) -> int:
        if timedelta(hours=value) < MIN_LEDGER_RETENTION:
            raise ValueError("ledger_retention_hours must be at least 24 (ids are deduplicated for >= 24 h)")
        return value

    @model_validator(mode="after")
    def _verify_server(self) -> ConsumerSettings:
        if self.postgres_ca_file is not None:
            self.postgres_dsn = SecretStr(verified_dsn(self.postgres_dsn.get_secret_value(), self.postgres_ca_file))
        return self

    @model_validator(mode="after")
    def _default_dlq(self) -> ConsumerSettings:
        if not self.dlq_topic:
            self.dlq_topic = f"{self.topic}.dlq"
        return self

    @property
    def ledger_retention(self) -> timedelta:
        return timedelta(hours=self.ledger_retention_hours)
