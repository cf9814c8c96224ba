"""The one typed settings object of the local infrastructure (env prefix `EP_INFRA_`).

Defaults avoid the standard ports so a system service never collides; tests that need a private
instance copy the settings with another state dir and other ports (see `eventpipeline.infra.private`).
"""

from __future__ import annotations

from pathlib import Path

from eventpipeline.infra.paths import cache_dir, state_dir
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class InfraSettings(BaseSettings):
    """Ports, data dirs and pinned versions of the local Kafka, PostgreSQL, Redis and S3 servers."""

    model_config = SettingsConfigDict(env_prefix="EP_INFRA_", frozen=True, extra="ignore", populate_by_name=True)

    host: str = Field(default="127.0.0.1", description="loopback address every server binds to")
    state_dir: Path = Field(default_factory=state_dir, description="data dirs, logs and pid files")
    cache_dir: Path = Field(default_factory=cache_dir, description="downloads (Kafka jars), shared across clones")

    kafka_version: str = Field(
        default="4.1.1", description="org.apache.kafka:kafka_2.13 version fetched from Maven Central"
    )
    kafka_log4j_version: str = Field(default="2.24.3", description="log4j-slf4j-impl binding matching Kafka's log4j2")
    kafka_port: int = Field(default=19092, ge=1, le=65535)
    kafka_controller_port: int = Field(default=19093, ge=1, le=65535)
    kafka_sasl_port_override: int | None = Field(
        default=None,
        ge=1,
        le=65535,
        validation_alias="EP_INFRA_KAFKA_SASL_PORT",
        description="the SASL_PLAINTEXT (SCRAM-SHA-512) listener; default: kafka_port + 2 (see kafka_sasl_port)",
    )
    kafka_sasl_username: str = "eventpipeline"
    kafka_sasl_password: str = "eventpipeline"  # noqa: S105 - a loopback dev server, documented in the contracts
    kafka_heap: str = Field(default="768m", description="JVM -Xmx of the broker; the box is shared")
    kafka_partitions: int = Field(default=3, ge=1, description="num.partitions for topics created without a count")
    java: str = Field(default="java", description="the JDK 17+ `java` launcher (name on PATH or a path)")
    mvn: str = Field(default="mvn", description="Maven, used once to fetch the Kafka jars")

    pg_bin_dir: Path = Field(default=Path("/usr/lib/postgresql/15/bin"), description="PostgreSQL 15 server binaries")
    pg_primary_port: int = Field(default=15432, ge=1, le=65535)
    pg_replica_port: int = Field(default=15433, ge=1, le=65535)
    pg_user: str = "eventpipeline"
    pg_password: str = "eventpipeline"  # noqa: S105 - a loopback dev server, documented in the contracts
    pg_database: str = "eventpipeline"
    pg_shared_buffers: str = "1GB"
    pg_max_connections: int = Field(default=200, ge=10)
    pg_os_user: str = Field(default="postgres", description="PostgreSQL refuses to run as root; it runs as this user")

    redis_server: str = Field(default="redis-server", description="the redis-server binary (name on PATH or a path)")
    redis_port: int = Field(default=16379, ge=1, le=65535)

    s3_port: int = Field(default=15900, ge=1, le=65535)

    @property
    def kafka_sasl_port(self) -> int:
        """Derived from the plaintext port unless set, so that every checkout which already moves its ports with
        EP_INFRA_KAFKA_PORT (the helpers' private ranges) gets its own SASL port without a new variable."""
        return self.kafka_sasl_port_override or self.kafka_port + 2

    @property
    def log_dir(self) -> Path:
        return self.state_dir / "logs"

    @property
    def endpoints_file(self) -> Path:
        return self.state_dir / "endpoints.json"
