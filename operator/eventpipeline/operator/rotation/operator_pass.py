"""The operator's rotation pass: read the pipeline's Secrets, run `rotate()` in a thread, report status and Events.

When it runs: on the rotation timer when `status.postgres.nextRotation` has passed (or was never set), and at once
when the annotation `analytics.eventpipeline.dev/rotate` holds a value not yet handled (any new value, e.g. a
timestamp, asks for one run). A failed run (S3 unreachable, a lock timeout) keeps every partition, reports the
reason, and is retried after `retry_s`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

import boto3
import psycopg
from eventpipeline.operator.deps import Deps, postgres_dsn, secret_value
from eventpipeline.operator.pipeline import Pipeline
from eventpipeline.operator.records import Problem
from eventpipeline.operator.rotation.clock import Clock
from eventpipeline.operator.rotation.run import ArchiveTarget, RotationReport, RotationTarget, rotate

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client

ANNOTATION = "analytics.eventpipeline.dev/rotate"
HANDLED_ANNOTATION = "analytics.eventpipeline.dev/rotate-handled"


@dataclass
class RotationOutcome:
    postgres_status: dict[str, Any] = field(default_factory=dict)
    events: list[tuple[Literal["Normal", "Warning"], str, str]] = field(default_factory=list)
    handled_request: str | None = None
    error: str | None = None


def due(body: Mapping[str, Any], now: datetime) -> tuple[bool, str | None]:
    """Whether a rotation should run now, and the on-demand request value it would handle."""
    annotations = (body.get("metadata") or {}).get("annotations") or {}
    request = annotations.get(ANNOTATION)
    if request and request != annotations.get(HANDLED_ANNOTATION):
        return True, str(request)
    next_run = ((body.get("status") or {}).get("postgres") or {}).get("nextRotation")
    if not next_run:
        return True, None
    return datetime.fromisoformat(str(next_run).replace("Z", "+00:00")) <= now, None


async def _s3_client(deps: Deps, pipeline: Pipeline) -> tuple[S3Client | None, ArchiveTarget | None] | Problem:
    archive = pipeline.spec.postgres.partitioning.archive
    if archive is None:
        return None, None
    s3 = archive.s3
    keys: dict[str, str] = {}
    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        value = await secret_value(deps, pipeline.namespace, s3.credentials_secret.name, key)
        if value is None:
            return Problem(
                "SecretNotFound",
                f"spec.postgres.partitioning.archive.s3.credentialsSecret: Secret {s3.credentials_secret.name} "
                f"has no key {key}",
            )
        keys[key] = value.strip()
    client = boto3.client(
        "s3",
        endpoint_url=s3.endpoint,
        region_name=s3.region,
        aws_access_key_id=keys["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=keys["AWS_SECRET_ACCESS_KEY"],
    )
    return client, ArchiveTarget(bucket=s3.bucket, prefix=s3.prefix)


def _run(dsn: str, target: RotationTarget, clock: Clock, s3: S3Client | None) -> RotationReport:
    with psycopg.connect(dsn, autocommit=True, connect_timeout=5, application_name="ep-operator-rotation") as conn:
        return rotate(conn, target, clock=clock, s3=s3)


async def rotation_pass(
    pipeline: Pipeline, deps: Deps, *, clock: Clock, interval: timedelta, retry: timedelta, request: str | None
) -> RotationOutcome:
    """One rotation for one pipeline; never raises for expected trouble (it is reported instead)."""
    out = RotationOutcome(handled_request=request)
    now = clock.now()
    partitioning = pipeline.spec.postgres.partitioning
    dsn = await postgres_dsn(deps, pipeline, pipeline.spec.postgres.primary, "spec.postgres.primary")
    s3 = await _s3_client(deps, pipeline)
    if isinstance(dsn, Problem):
        out.error = f"{dsn.reason}: {dsn.message}"
    elif isinstance(s3, Problem):
        out.error = f"{s3.reason}: {s3.message}"
    else:
        client, archive = s3
        target = RotationTarget(
            namespace=pipeline.namespace,
            pipeline=pipeline.name,
            schema=pipeline.schema,
            premake=partitioning.premake,
            retention_months=partitioning.retention_months,
            archive=archive,
        )
        try:
            report = await asyncio.to_thread(_run, dsn, target, clock, client)
        except Exception as exc:  # S3, Postgres, lock timeout: keep everything, report, retry later
            out.error = f"RotationFailed: {type(exc).__name__}: {exc}"[:1000]
        else:
            return _report(out, report, now=now, interval=interval)
    out.events.append(("Warning", "RotationFailed", out.error))
    out.postgres_status = {"nextRotation": _iso(now + retry)}
    return out


def _report(out: RotationOutcome, report: RotationReport, *, now: datetime, interval: timedelta) -> RotationOutcome:
    if not report.ran:
        out.postgres_status = {"nextRotation": _iso(now + timedelta(seconds=60))}
        return out
    for step in report.steps:
        reason = "PartitionArchived" if step.startswith("archived") else "PartitionRotated"
        if step.startswith("created"):
            reason = "PartitionsCreated"
        out.events.append(("Normal", reason, step))
    for violation in report.violations:
        out.events.append(("Warning", violation.split(":", 1)[0], violation))
    out.postgres_status = {
        "oldestPartition": report.oldest,
        "newestPartition": report.newest,
        "lastRotation": _iso(report.at),
        "nextRotation": _iso(now + interval),
    }
    if report.last_archived_object:
        out.postgres_status["lastArchivedObject"] = report.last_archived_object
    if report.violations:
        out.error = "; ".join(report.violations)
    return out


def _iso(ts: datetime) -> str:
    return ts.isoformat().replace("+00:00", "Z")
