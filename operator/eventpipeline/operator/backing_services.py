"""The reconcile's steps for the backing services: the Kafka topics, and the Postgres schema, partitions and replicas.

Each step reads what it needs from the pipeline's Secrets through the KubeClient, runs the blocking admin calls in a
thread, records changes and problems on the Observation, and returns the facts for the status. An unreachable
service is a `blocked` problem (retry soon); something refused (a partition decrease) is a plain problem.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from eventpipeline.common.api import parse_duration
from eventpipeline.operator import kafka_topics, ownership
from eventpipeline.operator.dead_letters import problem as dead_letters_problem
from eventpipeline.operator.deps import Deps, kafka_connection, postgres_dsn
from eventpipeline.operator.kafka_topics import KafkaUnavailableError
from eventpipeline.operator.pipeline import Pipeline
from eventpipeline.operator.postgres_admin import PostgresUnavailableError
from eventpipeline.operator.records import Change, Problem
from eventpipeline.operator.status import Freshness, Observation


async def ownership_step(
    deps: Deps, pipeline: Pipeline, obs: Observation, previous_status: Mapping[str, Any] | None = None
) -> bool:
    """Claim the topics and the schema before touching them; False when one is refused (another pipeline's, or
    an existing one the spec does not adopt): then nothing of it is changed and no workload is pointed at it.
    Kafka or Postgres unreachable is `blocked` and True: the Kafka and Postgres steps are skipped (they need a
    claim), the Kubernetes children still roll out, as when the data stores are down."""
    kafka = await kafka_connection(deps, pipeline)
    dsn = await postgres_dsn(deps, pipeline, pipeline.spec.postgres.primary, "spec.postgres.primary")
    if isinstance(kafka, Problem) or isinstance(dsn, Problem):
        obs.blocked.extend(p for p in (kafka, dsn) if isinstance(p, Problem))
        return True
    try:
        admin = deps.admin_for(kafka)
        refused = await asyncio.to_thread(
            deps.settle_ownership,
            admin,
            dsn,
            pipeline,
            timeout_s=deps.kafka_timeout_seconds,
            before=ownership.managed_before(previous_status or {}, pipeline),
        )
    except KafkaUnavailableError as exc:
        obs.blocked.append(Problem("KafkaUnavailable", str(exc)))
        return True
    except PostgresUnavailableError as exc:
        obs.blocked.append(Problem("PostgresUnavailable", str(exc)))
        return True
    obs.blocked.extend(refused)
    return not refused


def topic_specs(pipeline: Pipeline) -> list[kafka_topics.TopicSpec]:
    """The events topic and its dead-letter topic, with the same shape (and the same managed config)."""
    kafka = pipeline.spec.kafka
    # No replication factor in the spec means the broker's default: take the topic's as found.
    replication = kafka.replication_factor if kafka.replication_factor is not None else -1
    retention_ms = int(parse_duration(kafka.retention) * 1000)
    return [
        kafka_topics.topic_spec(
            name,
            partitions=kafka.partitions,
            replication_factor=replication,
            retention_ms=retention_ms,
            extra_config=kafka.config,
        )
        for name in (pipeline.topic, pipeline.dlq_topic)
    ]


async def kafka_step(deps: Deps, pipeline: Pipeline, obs: Observation, changes: list[Change]) -> dict[str, Any]:
    """Make both topics match the spec; the status gets the events topic's facts."""
    facts: dict[str, Any] = {"topic": pipeline.topic}
    kafka = await kafka_connection(deps, pipeline)
    if isinstance(kafka, Problem):
        obs.blocked.append(kafka)
        return facts
    try:
        admin = deps.admin_for(kafka)
        for spec in topic_specs(pipeline):
            report = await asyncio.to_thread(deps.ensure_topic, admin, spec, timeout_s=deps.kafka_timeout_seconds)
            changes.extend(Change(_kafka_reason(a), a) for a in report.actions)
            for problem in report.problems:
                (obs.blocked if problem.reason == "TopicCreateRejected" else obs.problems).append(problem)
            if spec.name == pipeline.topic:
                facts["partitions"] = report.partitions or None
        count = await deps.dead_letters(admin, kafka, pipeline.dlq_topic, timeout_s=deps.kafka_timeout_seconds)
        if count is not None:
            facts["deadLetters"] = count
        if (found := dead_letters_problem(count, pipeline.dlq_topic)) is not None:
            obs.problems.append(found)
    except KafkaUnavailableError as exc:
        obs.blocked.append(Problem("KafkaUnavailable", str(exc)))
    return facts


def _kafka_reason(action: str) -> str:
    if action.startswith("created"):
        return "TopicCreated"
    if action.startswith("increased"):
        return "PartitionsIncreased"
    return "TopicConfigReverted"


async def postgres_step(deps: Deps, pipeline: Pipeline, obs: Observation, changes: list[Change]) -> dict[str, Any]:
    """Migrations, partitions ahead, and every replica streaming; the status gets the partition range."""
    postgres = pipeline.spec.postgres
    facts: dict[str, Any] = {}
    dsn = await postgres_dsn(deps, pipeline, postgres.primary, "spec.postgres.primary")
    if isinstance(dsn, Problem):
        obs.blocked.append(dsn)
        return facts
    try:
        report = await asyncio.to_thread(
            deps.ensure_database,
            dsn,
            pipeline.schema,
            now=deps.clock(),
            premake=postgres.partitioning.premake,
        )
    except PostgresUnavailableError as exc:
        obs.blocked.append(Problem("PostgresUnavailable", str(exc)))
        return facts
    changes.extend(
        Change("MigrationsApplied" if a.startswith("applied") else "PartitionsCreated", a) for a in report.actions
    )
    facts["oldestPartition"] = report.oldest
    facts["newestPartition"] = report.newest
    try:
        newest = await asyncio.to_thread(deps.newest_event, dsn, pipeline.schema)
        obs.freshness = Freshness(newest_event_at=newest, measured_at=deps.clock())
    except PostgresUnavailableError as exc:
        obs.problems.append(Problem("FreshnessUnmeasured", str(exc)))
    for index, ref in enumerate(postgres.replicas):
        replica_dsn = await postgres_dsn(deps, pipeline, ref, f"spec.postgres.replicas[{index}]")
        if isinstance(replica_dsn, Problem):
            obs.blocked.append(replica_dsn)
            continue
        replica = await asyncio.to_thread(deps.replica_status, replica_dsn)
        if not replica.streaming:
            obs.problems.append(Problem("ReplicaNotStreaming", f"spec.postgres.replicas[{index}]: {replica.message}"))
    return facts
