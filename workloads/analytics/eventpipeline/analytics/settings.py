"""The analytics process's one settings object, read from `EP_ANALYTICS_*` env vars at start."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from eventpipeline.common.postgres_tls import verified_dsn
from eventpipeline.common.settings import (
    body_timeout_seconds_field,
    header_timeout_seconds_field,
    keepalive_seconds_field,
    max_header_bytes_field,
    shed_queue_seconds_field,
)
from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class AnalyticsSettings(BaseSettings):
    """Contract names (docs/dev/contracts.md) first, then this tier's own tuning (workloads/analytics/README.md)."""

    model_config = SettingsConfigDict(env_prefix="EP_ANALYTICS_", extra="ignore", populate_by_name=True)

    primary_dsn: SecretStr = Field(
        default=SecretStr("postgresql://eventpipeline@127.0.0.1:15432/eventpipeline"), description="PostgreSQL primary"
    )
    replica_dsns: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list,
        description="comma-separated read replicas; reads prefer them, falling back to the primary",
    )
    postgres_ca_file: Path | None = Field(
        default=None, description="PEM CA bundle: every DSN then verifies its server (sslmode=verify-full)"
    )
    redis_url: SecretStr = Field(
        default=SecretStr("redis://127.0.0.1:16379/0"), description="cache; empty disables the cache"
    )
    redis_password: SecretStr = Field(
        default=SecretStr(""), description="the cache's AUTH password when the URL has none (a mounted Secret's value)"
    )
    redis_ca_file: Path | None = Field(
        default=None, description="PEM CA bundle verifying a rediss:// server; default: the system's trust store"
    )
    db_schema: str = Field(
        default="eventpipeline", validation_alias="EP_ANALYTICS_SCHEMA", pattern=r"^[a-z_][a-z0-9_]{0,62}$"
    )
    read_keys_file: Path = Field(description="one read key per line (a mounted Secret); required: no open mode")
    keys_reload_seconds: float = Field(
        default=5.0, gt=0, description="how often the read-keys file is re-read if changed"
    )
    cache_ttl_seconds: float = Field(default=10.0, gt=0, le=3600)
    port: int = Field(default=8080, ge=1, le=65535)
    keepalive_seconds: int = keepalive_seconds_field()
    host: str = "0.0.0.0"
    log_level: str = "INFO"

    # Slow and oversized clients (common.httpguard), overload shedding (common.httpserver.Shedding).
    header_timeout_seconds: float = header_timeout_seconds_field()
    body_timeout_seconds: float = body_timeout_seconds_field(10.0)  # GETs: no body is expected at all
    max_header_bytes: int = max_header_bytes_field()
    shed_queue_seconds: float = shed_queue_seconds_field()
    retry_after_seconds: int = Field(default=1, ge=1, description="Retry-After of a 503 or 429")

    # cache tuning
    cache_prefix: str = Field(
        default="ep:analytics:", description="Redis key prefix (shared Redis: isolate per pipeline)"
    )
    cache_stale_seconds: float = Field(
        default=300.0, ge=0, description="how long the previous answer is kept for stampedes"
    )
    cache_lock_ms: int = Field(
        default=5000, ge=10, description="recompute lock lifetime; longer than the slowest query"
    )
    cache_wait_ms: int = Field(
        default=3000, ge=0, description="how long a request without a stale copy waits on the lock"
    )
    cache_early_refresh: float = Field(
        default=0.2, ge=0, lt=1, description="refresh in the background when this share of the TTL remains (0 = off)"
    )
    local_cache_bytes: int = Field(
        default=32 * 1024 * 1024,
        ge=0,
        description=(
            "in-process copy of Redis answers, bounded by their total size (keys and bodies), kept no longer than their"
            " Redis TTL (0 = off); an answer larger than 1/16 of it is not kept"
        ),
    )
    redis_timeout_seconds: float = Field(
        default=0.25, gt=0, description="socket/connect timeout: a dead Redis adds at most this"
    )
    redis_max_connections: int = Field(default=16, ge=1, description="Redis connections per process")
    redis_breaker_seconds: float = Field(default=5.0, ge=0, description="after a Redis failure, skip Redis this long")

    # database tuning
    application_name: str = Field(default="ep-analytics", pattern=r"^[A-Za-z0-9_.-]{1,40}$")
    pool_min_size: int = Field(default=1, ge=0)
    pool_max_size: int = Field(default=8, ge=1)
    pool_timeout_seconds: float = Field(default=2.0, gt=0, description="wait for a pooled connection")
    connect_timeout_seconds: int = Field(default=2, ge=1)
    statement_timeout_ms: int = Field(
        default=10_000,
        ge=100,
        description="per statement; a query past it is refused as too expensive (422), on no other host",
    )
    replica_max_lag_seconds: float = Field(
        default=10.0, gt=0, description="skip a replica whose replay lags more than this"
    )
    replica_check_seconds: float = Field(default=1.0, gt=0, description="health-check period per replica")

    use_rollups: bool = Field(
        default=True, description="answer from the rollups where aligned; false = raw rows only (benchmark baseline)"
    )

    # request bounds and cost control
    max_range_days: int = Field(default=400, ge=1, description="largest from/to span")
    max_raw_range_days: int = Field(
        default=31,
        ge=1,
        description="largest span of a question only raw rows can answer (top by property or trait, a trait filter)",
    )
    max_buckets: int = Field(default=10_000, ge=1, description="largest timeseries answer")
    max_limit: int = Field(default=100, ge=1, description="largest `limit` for top")
    max_inflight_requests: int = Field(
        default=256,
        ge=1,
        description=(
            "answers being looked up or computed at once (all keys); past it 503 overloaded + Retry-After at once, so"
            " a stuck database turns into quick refusals instead of a growing queue"
        ),
    )
    max_uncached_per_key: int = Field(
        default=4,
        ge=1,
        description="database computations one read key may have running at once; more is 429 + Retry-After",
    )

    @model_validator(mode="after")
    def _verify_servers(self) -> AnalyticsSettings:
        if self.postgres_ca_file is not None:
            ca = self.postgres_ca_file
            self.primary_dsn = SecretStr(verified_dsn(self.primary_dsn.get_secret_value(), ca))
            self.replica_dsns = [SecretStr(verified_dsn(d.get_secret_value(), ca)) for d in self.replica_dsns]
        if self.redis_ca_file is not None and not self.redis_url.get_secret_value().startswith("rediss://"):
            raise ValueError("redis_ca_file needs a rediss:// (TLS) redis_url")
        return self

    @field_validator("replica_dsns", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value
