"""Who owns a Kafka topic or a Postgres schema: one EventPipeline, `namespace/name`, recorded in a registry table.

Many teams share one Kafka cluster and one database; a pipeline must never consume, migrate or delete another's
topic or schema. The record lives in a table of the pipeline's own database (`eventpipeline_registry.owners`), for
both kinds, because Kafka accepts only the topic configs it knows (there is no free-form tag to put an owner in),
and a table gives an atomic claim (`insert ... on conflict do nothing`) that a schema COMMENT cannot. A topic is
recorded under its Kafka cluster's id, not its bootstrap string, so two addresses of one cluster are one scope.

The rules: a resource recorded as another pipeline's is refused, naming the owner; an existing resource nobody
owns is taken only when the spec says so (`adoptExistingTopic`, `adoptExistingSchema`); a missing one is claimed
before it is created. Deletion drops only what is recorded as this pipeline's, then forgets the record. A pipeline
that managed its topic and schema before the registry existed (its own status says so) claims them on upgrade.
The registry is as wide as one database: pipelines writing to different databases do not see each other's topics.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

import psycopg
from confluent_kafka import KafkaException
from confluent_kafka.admin import AdminClient
from eventpipeline.operator import kafka_topics, postgres_admin
from eventpipeline.operator.kafka_topics import unavailable
from eventpipeline.operator.pipeline import Pipeline
from eventpipeline.operator.postgres_admin import PostgresUnavailableError
from eventpipeline.operator.records import Problem

log = logging.getLogger("eventpipeline.operator.ownership")

REGISTRY_SCHEMA: Final = "eventpipeline_registry"
_DDL: Final = (
    f"create schema if not exists {REGISTRY_SCHEMA}",
    f"""create table if not exists {REGISTRY_SCHEMA}.owners (
        kind text not null check (kind in ('topic', 'schema')),
        scope text not null,
        name text not null,
        owner text not null,
        claimed_at timestamptz not null default now(),
        primary key (kind, scope, name))""",
)
SCHEMA_SCOPE: Final = ""  # a schema's scope is the database the registry is in

Kind = Literal["topic", "schema"]


@dataclass(frozen=True)
class Claim:
    """One resource a pipeline needs: whether it exists now, and whether the spec allows adopting it."""

    kind: Kind
    scope: str
    name: str
    exists: bool
    adopt_field: str
    adopt: bool


def owner_of(pipeline: Pipeline) -> str:
    """The owner as recorded: `namespace/name` (a pipeline recreated under its name gets its resources back)."""
    return f"{pipeline.namespace}/{pipeline.name}"


def kafka_cluster_id(admin: AdminClient, *, timeout_s: float) -> str:
    try:
        description = admin.describe_cluster(request_timeout=timeout_s).result(timeout=timeout_s)
    except (KafkaException, TimeoutError) as exc:
        raise unavailable(exc, "describe cluster", admin) from exc
    return str(description.cluster_id)


def _ensure_registry(conn: psycopg.Connection[Any]) -> None:
    for statement in _DDL:
        # Another pass may create it at the same moment: `if not exists` is not atomic in PostgreSQL.
        with contextlib.suppress(psycopg.errors.UniqueViolation, psycopg.errors.DuplicateObject):
            conn.execute(statement)


def _recorded_owner(conn: psycopg.Connection[Any], kind: Kind, scope: str, name: str) -> str | None:
    row = conn.execute(
        f"select owner from {REGISTRY_SCHEMA}.owners where kind = %s and scope = %s and name = %s",
        (kind, scope, name),
    ).fetchone()
    return None if row is None else str(row[0])


def _refusal(claim: Claim, other: str) -> Problem:
    return Problem(
        "OwnedByAnotherPipeline",
        f"{claim.kind} {claim.name} belongs to EventPipeline {other}: choose another {claim.kind} name",
    )


def _settle(conn: psycopg.Connection[Any], claim: Claim, owner: str) -> Problem | None:
    recorded = _recorded_owner(conn, claim.kind, claim.scope, claim.name)
    if recorded == owner:
        return None
    if recorded is not None:
        return _refusal(claim, recorded)
    if claim.exists and not claim.adopt:
        return Problem(
            "AdoptionRequired",
            f"{claim.kind} {claim.name} already exists and no EventPipeline owns it: set {claim.adopt_field}: true"
            " to take it over (only if it is this pipeline's)",
        )
    inserted = conn.execute(
        f"insert into {REGISTRY_SCHEMA}.owners (kind, scope, name, owner) values (%s, %s, %s, %s) "
        "on conflict do nothing returning owner",
        (claim.kind, claim.scope, claim.name, owner),
    ).fetchone()
    if inserted is None:  # claimed by another pass between our read and our insert
        return _refusal(claim, _recorded_owner(conn, claim.kind, claim.scope, claim.name) or "unknown")
    log.info("claimed", extra={"kind": claim.kind, "name": claim.name, "owner": owner, "adopted": claim.exists})
    return None


def _schema_exists(conn: psycopg.Connection[Any], schema: str) -> bool:
    return conn.execute("select 1 from pg_namespace where nspname = %s", (schema,)).fetchone() is not None


@dataclass(frozen=True)
class ManagedBefore:
    """What the pipeline's own status says it already managed, before the registry existed (an upgrade): the
    status is written by the operator alone (users editing EventPipelines need no access to the status)."""

    topic: bool = False
    schema: bool = False


def managed_before(status: Mapping[str, Any], pipeline: Pipeline) -> ManagedBefore:
    """Only a status of the current generation counts: after a spec change it may describe other names."""
    if status.get("observedGeneration") != pipeline.generation or pipeline.generation == 0:
        return ManagedBefore()
    return ManagedBefore(
        topic=(status.get("kafka") or {}).get("topic") == pipeline.topic,
        schema=bool((status.get("postgres") or {}).get("newestPartition")),
    )


def settle(
    admin: AdminClient, dsn: str, pipeline: Pipeline, *, timeout_s: float, before: ManagedBefore = ManagedBefore()
) -> list[Problem]:
    """Claim the pipeline's topics and schema, or say why not (empty: all three are this pipeline's)."""
    cluster = kafka_cluster_id(admin, timeout_s=timeout_s)
    topic_adopt = "spec.kafka.adoptExistingTopic"
    adopt_topic = pipeline.spec.kafka.adopt_existing_topic or before.topic
    claims = [
        Claim("topic", cluster, name, kafka_topics.describe_topic(admin, name, timeout_s=timeout_s) is not None,
              topic_adopt, adopt_topic)
        for name in (pipeline.topic, pipeline.dlq_topic)
    ]  # fmt: skip
    owner = owner_of(pipeline)
    try:
        with postgres_admin.connect(dsn) as conn:
            _ensure_registry(conn)
            adopt_schema = pipeline.spec.postgres.adopt_existing_schema or before.schema
            claims.append(
                Claim("schema", SCHEMA_SCOPE, pipeline.schema, _schema_exists(conn, pipeline.schema),
                      "spec.postgres.adoptExistingSchema", adopt_schema)
            )  # fmt: skip
            return [problem for claim in claims if (problem := _settle(conn, claim, owner)) is not None]
    except psycopg.OperationalError as exc:
        raise PostgresUnavailableError(f"postgres: ownership registry: {exc}") from exc


@dataclass(frozen=True)
class Owned:
    """What deletion may drop: the topics and whether the schema are recorded as this pipeline's."""

    cluster: str
    topics: list[str]
    schema: bool


def owned(admin: AdminClient, dsn: str, pipeline: Pipeline, *, timeout_s: float) -> Owned:
    cluster = kafka_cluster_id(admin, timeout_s=timeout_s)
    owner = owner_of(pipeline)
    try:
        with postgres_admin.connect(dsn) as conn:
            _ensure_registry(conn)
            topics = [
                name
                for name in (pipeline.topic, pipeline.dlq_topic)
                if _recorded_owner(conn, "topic", cluster, name) == owner
            ]
            schema = _recorded_owner(conn, "schema", SCHEMA_SCOPE, pipeline.schema) == owner
    except psycopg.OperationalError as exc:
        raise PostgresUnavailableError(f"postgres: ownership registry: {exc}") from exc
    return Owned(cluster=cluster, topics=topics, schema=schema)


def forget(dsn: str, pipeline: Pipeline, *, kind: Kind, scope: str, name: str) -> None:
    """Remove the record of a resource this pipeline dropped (another pipeline may then create it afresh)."""
    try:
        with postgres_admin.connect(dsn) as conn:
            conn.execute(
                f"delete from {REGISTRY_SCHEMA}.owners where kind = %s and scope = %s and name = %s and owner = %s",
                (kind, scope, name, owner_of(pipeline)),
            )
    except psycopg.OperationalError as exc:
        raise PostgresUnavailableError(f"postgres: ownership registry: {exc}") from exc
