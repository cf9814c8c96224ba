"""`spec.postgres`: the database (not managed by the operator), its monthly partitions and their archive."""

from __future__ import annotations

from typing import Annotated, Literal

from eventpipeline.common.api.base import ApiModel, cel_rule
from eventpipeline.common.api.refs import CaSecretRef, DsnSecretRef, LocalSecretRef
from pydantic import Field, StringConstraints, model_validator

SCHEMA_PATTERN = r"^[a-z_][a-z0-9_]*$"
BUCKET_PATTERN = r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"
URL_PATTERN = r"^https?://[^\s]+$"


class S3Archive(ApiModel):
    """An S3 (or S3-compatible) location for dropped partitions."""

    bucket: Annotated[str, StringConstraints(pattern=BUCKET_PATTERN)] = Field(description="Bucket name.")
    prefix: Annotated[str, StringConstraints(max_length=512)] = Field(
        default="",
        description=(
            "Key prefix; objects are `<prefix>/<namespace>/<pipeline>/<yyyy-mm>/events_pYYYYMM-<oid>.csv.gz`"
            " plus a `.manifest.json` beside each."
        ),
    )
    endpoint: Annotated[str, StringConstraints(pattern=URL_PATTERN, max_length=2048)] | None = Field(
        default=None, description="Endpoint URL of an S3-compatible server. Default: AWS S3."
    )
    region: Annotated[str, StringConstraints(min_length=1, max_length=64)] = Field(
        default="us-east-1", description="Region of the bucket."
    )
    credentials_secret: LocalSecretRef = Field(
        description="Secret with keys `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`."
    )


class Archive(ApiModel):
    """Where a partition goes before it is dropped."""

    s3: S3Archive = Field(description="Archive to S3.")


class Partitioning(ApiModel):
    """Monthly partitions of the events table: made ahead of time, dropped (and archived first) when old."""

    interval: Literal["monthly"] = Field(default="monthly", description="Partition interval; only monthly for now.")
    premake: int = Field(
        default=3, ge=1, le=24, description="Months of partitions kept ready ahead of the current one."
    )
    retention_months: int | None = Field(
        default=None,
        ge=1,
        le=1200,
        description="Months of partitions kept; older ones are archived (when set) then dropped. Default: keep all.",
    )
    archive: Archive | None = Field(default=None, description="Archive partitions before dropping them. Default: none.")

    @model_validator(mode="after")
    @cel_rule(
        "!has(self.retentionMonths) || self.retentionMonths > self.premake",
        "retentionMonths must be greater than premake",
        field_path=".retentionMonths",
    )
    def _retention_longer_than_premake(self) -> Partitioning:
        if self.retention_months is not None and self.retention_months <= self.premake:
            raise ValueError(f"retentionMonths ({self.retention_months}) must be greater than premake ({self.premake})")
        return self

    @model_validator(mode="after")
    @cel_rule(
        "!has(self.archive) || has(self.retentionMonths)",
        "archive needs retentionMonths: partitions are archived when they are dropped",
        field_path=".archive",
    )
    def _archive_needs_retention(self) -> Partitioning:
        if self.archive is not None and self.retention_months is None:
            raise ValueError("archive needs retentionMonths: partitions are archived when they are dropped")
        return self


class PostgresSpec(ApiModel):
    """The PostgreSQL primary (written by the consumer tier) and its read replicas (read by analytics)."""

    primary: DsnSecretRef = Field(description="Secret key holding the primary's DSN.")
    replicas: list[DsnSecretRef] = Field(
        default_factory=list,
        max_length=16,
        description="Secret keys holding read-replica DSNs; analytics reads them, or the primary when none.",
    )
    ca_secret: CaSecretRef | None = Field(
        default=None,
        description=(
            "Secret key holding the PEM CA bundle that signed the server's certificate (CloudNativePG: `<cluster>-ca`,"
            " key `ca.crt`). With it every connection (operator, consumer, analytics) verifies the server:"
            " `sslmode=verify-full` with this CA, whatever the DSN says."
        ),
    )
    schema_name: Annotated[str, StringConstraints(pattern=SCHEMA_PATTERN, min_length=1, max_length=63)] = Field(
        default="eventpipeline",
        validation_alias="schema",
        serialization_alias="schema",
        description="Schema holding every table of the pipeline.",
    )
    adopt_existing_schema: bool = Field(
        default=False,
        description=(
            "Take over the schema when it already exists and no EventPipeline owns it. Without it such a schema is"
            " refused: it may be another team's. A schema another EventPipeline owns is always refused."
        ),
    )
    partitioning: Partitioning = Field(default_factory=Partitioning, description="Monthly partitions of events.")
    deletion_policy: Literal["Retain", "Delete"] = Field(
        default="Retain",
        description=(
            "On deleting the EventPipeline: keep the schema and topics (Retain) or drop them (Delete); only what"
            " this EventPipeline owns is ever dropped."
        ),
    )

    @model_validator(mode="after")
    @cel_rule(
        "!self.schema.startsWith('pg_') && self.schema != 'eventpipeline_registry'",
        "schema must not start with pg_ (reserved by PostgreSQL) nor be eventpipeline_registry (the operator's"
        " ownership registry)",
        field_path=".schema",
    )
    def _schema_not_reserved(self) -> PostgresSpec:
        if self.schema_name.startswith("pg_") or self.schema_name == "eventpipeline_registry":
            raise ValueError(
                f"schema {self.schema_name!r} must not start with pg_ (reserved by PostgreSQL) nor be "
                "eventpipeline_registry (the operator's ownership registry)"
            )
        return self
