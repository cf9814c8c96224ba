"""Deletion under `spec.postgres.deletionPolicy`: Retain keeps the topics and the schema, Delete removes them.

Kubernetes children go with the EventPipeline through their owner references; only the external state needs us.
Deletion never hangs forever: after `max_attempts` failed tries (Kafka or Postgres unreachable) the operator gives
up with a Warning Event naming what was left behind, and the annotation `analytics.eventpipeline.dev/skip-cleanup:
"true"` skips the external cleanup at once (docs/operator.md).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from eventpipeline.operator import kafka_topics, ownership, postgres_admin
from eventpipeline.operator.deps import Deps, kafka_connection, postgres_dsn
from eventpipeline.operator.kafka_topics import KafkaUnavailableError
from eventpipeline.operator.pipeline import InvalidSpecError, pipeline_from_body
from eventpipeline.operator.postgres_admin import PostgresUnavailableError
from eventpipeline.operator.records import KubeEvent, Problem

SKIP_CLEANUP_ANNOTATION: Final = "analytics.eventpipeline.dev/skip-cleanup"


@dataclass
class CleanupOutcome:
    events: list[KubeEvent] = field(default_factory=list)
    retry_after: float | None = None


def _skip_requested(body: Mapping[str, Any]) -> bool:
    annotations = (body.get("metadata") or {}).get("annotations") or {}
    return str(annotations.get(SKIP_CLEANUP_ANNOTATION, "")).lower() == "true"


async def _delete_external(deps: Deps, body: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """Drop the topics and the schema this pipeline owns; returns (removed, kept). Raises *UnavailableError or
    ValueError. What another pipeline owns, or nobody does, is kept: a shared name never costs another team its data.
    """
    pipeline = pipeline_from_body(body)
    kafka = await kafka_connection(deps, pipeline)
    if isinstance(kafka, Problem):
        raise ValueError(kafka.message)
    dsn = await postgres_dsn(deps, pipeline, pipeline.spec.postgres.primary, "spec.postgres.primary")
    if isinstance(dsn, Problem):
        raise ValueError(dsn.message)
    admin = deps.admin_for(kafka)
    timeout_s = deps.kafka_timeout_seconds
    mine = await asyncio.to_thread(deps.owned, admin, dsn, pipeline, timeout_s=timeout_s)
    removed: list[str] = []
    kept = [f"topic {t}" for t in (pipeline.topic, pipeline.dlq_topic) if t not in mine.topics]
    if mine.topics:
        deleted = await asyncio.to_thread(kafka_topics.delete_topics, admin, mine.topics, timeout_s=timeout_s)
        removed += [f"topic {name}" for name in deleted]
        for name in mine.topics:
            await asyncio.to_thread(deps.forget_owned, dsn, pipeline, kind="topic", scope=mine.cluster, name=name)
    if mine.schema:
        if await asyncio.to_thread(postgres_admin.drop_schema, dsn, pipeline.schema):
            removed.append(f"schema {pipeline.schema}")
        await asyncio.to_thread(
            deps.forget_owned, dsn, pipeline, kind="schema", scope=ownership.SCHEMA_SCOPE, name=pipeline.schema
        )
    else:
        kept.append(f"schema {pipeline.schema}")
    return removed, kept


async def cleanup(
    body: Mapping[str, Any], deps: Deps, *, attempt: int, max_attempts: int, retry_s: float
) -> CleanupOutcome:
    """One deletion attempt (`attempt` counts from 0). `retry_after` set means: try again later."""
    if _skip_requested(body):
        return CleanupOutcome(
            [KubeEvent("Warning", "CleanupSkipped", f"{SKIP_CLEANUP_ANNOTATION} is true: topics and schema kept")]
        )
    policy = (((body.get("spec") or {}).get("postgres") or {}).get("deletionPolicy")) or "Retain"
    if policy != "Delete":
        return CleanupOutcome(
            [KubeEvent("Normal", "Retained", "deletionPolicy Retain: the Kafka topics and the schema are kept")]
        )
    try:
        removed, kept = await _delete_external(deps, body)
    except InvalidSpecError as exc:
        return CleanupOutcome([KubeEvent("Warning", "CleanupSkipped", f"invalid spec, nothing deleted: {exc}")])
    except (KafkaUnavailableError, PostgresUnavailableError, ValueError) as exc:
        if attempt + 1 < max_attempts:
            return CleanupOutcome(
                [KubeEvent("Warning", "CleanupRetrying", f"attempt {attempt + 1}/{max_attempts}: {exc}")],
                retry_after=retry_s,
            )
        return CleanupOutcome(
            [
                KubeEvent(
                    "Warning",
                    "CleanupAbandoned",
                    f"gave up after {max_attempts} attempts, the topics and/or schema may remain: {exc}",
                )
            ]
        )
    message = f"deletionPolicy Delete: removed {', '.join(removed)}" if removed else "nothing left to remove"
    if kept:
        message += f"; kept {', '.join(kept)}: not owned by this EventPipeline"
    return CleanupOutcome([KubeEvent("Normal", "Deleted", message)])
