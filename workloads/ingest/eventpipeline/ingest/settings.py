"""The ingest process's one typed settings object, read from `EP_INGEST_*` environment variables."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Literal

from eventpipeline.common.events import INGEST_WINDOW_MARGIN, MAX_EVENT_AGE, MAX_FUTURE
from eventpipeline.common.kafka_client import KafkaClientSettings
from eventpipeline.common.settings import (
    body_timeout_seconds_field,
    header_timeout_seconds_field,
    keepalive_seconds_field,
    max_header_bytes_field,
    shed_queue_seconds_field,
)
from pydantic import Field, SecretStr
from pydantic_settings import SettingsConfigDict


class IngestSettings(KafkaClientSettings):
    """Every knob of the ingest process; the README's settings table mirrors these fields (the Kafka connection's
    security fields are `KafkaClientSettings`')."""

    model_config = SettingsConfigDict(env_prefix="EP_INGEST_", extra="ignore")

    kafka_bootstrap: str = Field("127.0.0.1:9092", description="Kafka bootstrap servers, comma-separated.")
    topic: str = Field("events", min_length=1, description="Topic the events are produced to.")
    write_keys_file: Path = Field(description="File with one write key per line (a mounted Secret).")
    host: str = "0.0.0.0"
    port: int = Field(8080, ge=1, le=65535)
    keepalive_seconds: int = keepalive_seconds_field()
    log_level: str = "INFO"

    # Slow and oversized clients (common.httpguard), overload shedding (common.httpserver.Shedding).
    header_timeout_seconds: float = header_timeout_seconds_field()
    # A 1 MiB batch at 50 KB/s (a poor mobile link) takes 20 s.
    body_timeout_seconds: float = body_timeout_seconds_field(30.0)
    max_header_bytes: int = max_header_bytes_field()
    shed_queue_seconds: float = shed_queue_seconds_field()

    # Limits (see README "Limits").
    max_event_bytes: int = Field(
        32 * 1024, ge=256, description="Largest stored record, and the body of a single call (/v1/track, ...)."
    )
    max_batch_bytes: int = Field(1024 * 1024, ge=1024, description="Largest /v1/batch body (inflated, if gzip).")
    max_batch_events: int = Field(2500, ge=1, description="Most messages in one batch.")
    # The stored window (eventpipeline.common.events): keep these inside the consumer's own window.
    max_event_age_days: int = Field(
        (MAX_EVENT_AGE - INGEST_WINDOW_MARGIN).days,
        ge=1,
        description="Oldest accepted event time (after clock-skew correction), in days before the receive time.",
    )
    max_future_seconds: int = Field(
        int(MAX_FUTURE.total_seconds()), ge=0, description="Furthest accepted event time after the receive time."
    )
    max_errors_reported: int = Field(50, ge=1, description="Most validation errors listed in one 400 answer.")

    # Per-key token bucket, counted in events; rate 0 disables the limit.
    rate_limit_events_per_second: float = Field(50_000.0, ge=0)
    rate_limit_burst_events: int = Field(100_000, ge=1)

    # Producer tuning (librdkafka). message_timeout bounds how long a client can wait for a 202/503.
    kafka_compression: Literal["none", "gzip", "snappy", "lz4", "zstd"] = "lz4"
    kafka_linger_ms: float = Field(
        1.0,
        ge=0,
        description="1 ms: about 1 ms more latency than 0 at low rates, but fewer produce requests under load"
        " (less CPU here and on the broker); see docs/benchmarks.md.",
    )
    kafka_message_timeout_ms: int = Field(5000, ge=100)
    kafka_queue_max_messages: int = Field(200_000, ge=1000)
    kafka_poll_interval_ms: float = Field(
        1.0, gt=0, le=100, description="How often the event loop serves delivery reports while messages are in flight."
    )
    kafka_extra: dict[str, SecretStr] = Field(
        default_factory=dict,
        description="Extra librdkafka settings (JSON); values are secrets to the logs (they may hold sasl.password).",
    )

    # Readiness: a cached metadata request for the topic.
    ready_check_interval_seconds: float = Field(2.0, gt=0)
    ready_check_timeout_seconds: float = Field(1.5, gt=0)

    keys_reload_seconds: float = Field(5.0, gt=0, description="How often the write-keys file is re-read if changed.")
    retry_after_seconds: int = Field(1, ge=1, description="Retry-After of a 503.")
    max_inflight_requests: int = Field(
        256,
        ge=1,
        description=(
            "Event requests being read, validated or awaiting Kafka at once; past it a request gets 503 + Retry-After"
            " before its body is read, so an overloaded process sheds load instead of growing its memory."
        ),
    )
    shutdown_flush_seconds: float = Field(10.0, ge=0)

    @property
    def max_event_age(self) -> timedelta:
        return timedelta(days=self.max_event_age_days)

    @property
    def max_future(self) -> timedelta:
        return timedelta(seconds=self.max_future_seconds)
