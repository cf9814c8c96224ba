"""The operator's one settings object, read from `EP_OPERATOR_*` env vars at start."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class OperatorSettings(BaseSettings):
    """Where the operator watches, how it talks to the world, and how often it re-checks."""

    model_config = SettingsConfigDict(env_prefix="EP_OPERATOR_", extra="ignore")

    namespaces: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Namespaces to watch, comma-separated (one or a list); empty or `*` means every namespace.",
    )
    health_host: str = Field(default="0.0.0.0", description="Bind address of the liveness endpoint.")
    health_port: int = Field(default=8080, ge=1, le=65535, description="Port of kopf's liveness endpoint /healthz.")
    metrics_port: int = Field(default=9090, ge=0, le=65535, description="Port of /metrics (0 disables it).")
    peering_name: str = Field(
        default="eventpipeline-operator",
        description="kopf peering object: operators sharing it never act at once (the highest priority wins).",
    )
    peering_priority: int = Field(default=0, description="This replica's peering priority.")
    standalone: bool = Field(default=False, description="Skip peering (one replica only, e.g. local runs).")
    scaling_interval_seconds: float = Field(default=10.0, gt=0, description="Seconds between autoscaling passes.")
    drift_interval_seconds: float = Field(
        default=60.0, gt=0, description="Seconds between drift-correcting reconciles."
    )
    retry_delay_seconds: float = Field(
        default=15.0, gt=0, description="Delay before retrying when a dependency isn't ready."
    )
    rotation_check_seconds: float = Field(
        default=60.0, gt=0, description="Seconds between checks whether a partition rotation is due."
    )
    rotation_interval_seconds: float = Field(
        default=3600.0, gt=0, description="Seconds between two partition rotations of one pipeline."
    )
    rotation_retry_seconds: float = Field(default=300.0, gt=0, description="Seconds before retrying a failed rotation.")
    reprocess_poll_seconds: float = Field(
        default=5.0, gt=0, description="Seconds between the steps of a reprocess that waits (consumers, catch-up)."
    )
    cleanup_attempts: int = Field(
        default=5, ge=1, description="Attempts to drop topic/schema on deletion before giving up with an Event."
    )
    kafka_timeout_seconds: float = Field(default=10.0, gt=0, description="Timeout of one Kafka admin request.")
    log_level: str = Field(default="INFO", description="Log level.")

    @field_validator("namespaces", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @property
    def clusterwide(self) -> bool:
        """No namespace list (or `*`) means watching the whole cluster."""
        return not self.namespaces or "*" in self.namespaces
