"""One rotation run: make partitions ahead, archive expired ones (verified), detach them concurrently, drop them.

Every step can be interrupted (process killed, connection lost) and the next run picks up where it stopped:
- a manifest in S3 marks a complete archive, keyed by the table's oid, so re-running never archives twice and a
  partition re-created later for a late event gets an archive of its own instead of overwriting the first;
- an interrupted `DETACH ... CONCURRENTLY` is finished with `FINALIZE`; a detached but undropped table is found
  by name and finished (recounted against the manifest, re-exported if late rows slipped in before the detach).
Two runs at once are safe: a session advisory lock lets one act and the other return `ran=False`.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg
from eventpipeline.common.schema import EVENT_COLUMNS, create_partitions, read_catalog, validate_schema
from eventpipeline.operator.rotation import catalog, s3store
from eventpipeline.operator.rotation.clock import Clock
from eventpipeline.operator.rotation.export import export_partition
from eventpipeline.operator.rotation.plan import Month, plan_rotation
from psycopg import sql

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client

logger = logging.getLogger("eventpipeline.operator.rotation")
LOCK_PREFIX = "eventpipeline.rotation:"
ROLLUP_DELETE_BATCH = 50_000


@dataclass(frozen=True)
class ArchiveTarget:
    bucket: str
    prefix: str


@dataclass(frozen=True)
class RotationTarget:
    namespace: str
    pipeline: str
    schema: str
    premake: int
    retention_months: int | None
    archive: ArchiveTarget | None = None


@dataclass
class RotationReport:
    at: datetime
    ran: bool = True
    created: list[str] = field(default_factory=list)
    archived: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    rollup_rows_deleted: int = 0
    oldest: str | None = None
    newest: str | None = None
    violations: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)

    @property
    def last_archived_object(self) -> str | None:
        return self.archived[-1] if self.archived else None


Checkpoint = Callable[[str, str], None]


def _no_checkpoint(step: str, table: str) -> None:
    return None


def rotate(
    conn: psycopg.Connection[Any],
    target: RotationTarget,
    *,
    clock: Clock,
    s3: S3Client | None = None,
    workdir: Path | None = None,
    lock_timeout_ms: int = 2000,
    checkpoint: Checkpoint = _no_checkpoint,
) -> RotationReport:
    """Run one rotation. `conn` must be autocommit (DETACH CONCURRENTLY refuses a transaction block).

    `checkpoint(step, table)` is called after each durable step; tests use it to crash the process there.
    Raises on failure (S3 unreachable, lock timeout): nothing is dropped without a verified archive.
    """
    validate_schema(target.schema)
    if not conn.autocommit:
        raise ValueError("rotate() needs an autocommit connection")
    if target.archive is not None and s3 is None:
        raise ValueError("an archive target needs an S3 client")
    report = RotationReport(at=clock.now())
    got = conn.execute(
        "SELECT pg_try_advisory_lock(hashtextextended(%s, 0))", (LOCK_PREFIX + target.schema,)
    ).fetchone()
    if not got or not got[0]:
        report.ran = False
        report.steps.append("another rotation holds the lock; skipped")
        return report
    try:
        with tempfile.TemporaryDirectory(dir=workdir, prefix="ep-rotation-") as tmp:
            _rotate_locked(
                conn,
                target,
                clock=clock,
                s3=s3,
                tmp=Path(tmp),
                checkpoint=checkpoint,
                report=report,
                lock_timeout_ms=lock_timeout_ms,
            )
    finally:
        conn.execute("SELECT pg_advisory_unlock(hashtextextended(%s, 0))", (LOCK_PREFIX + target.schema,))
    return report


def _rotate_locked(
    conn: psycopg.Connection[Any],
    target: RotationTarget,
    *,
    clock: Clock,
    s3: S3Client | None,
    tmp: Path,
    checkpoint: Checkpoint,
    report: RotationReport,
    lock_timeout_ms: int,
) -> None:
    schema = target.schema
    state = read_catalog(conn, schema)
    for name in sorted(state.pending_detach):
        conn.execute(
            sql.SQL("ALTER TABLE {} DETACH PARTITION {} FINALIZE").format(
                sql.Identifier(schema, "events"), sql.Identifier(schema, name)
            )
        )
        report.steps.append(f"finished the interrupted detach of {name}")
    if state.pending_detach:
        state = read_catalog(conn, schema)
    if state.default_partition is not None:
        report.violations.append(
            f"DefaultPartitionPresent: {schema}.{state.default_partition} is attached as the DEFAULT partition; "
            "rows in it block creating their month and DETACH CONCURRENTLY (see docs/partitioning.md)"
        )
    plan = plan_rotation(
        now=clock.now(),
        premake=target.premake,
        retention_months=target.retention_months,
        attached=state.attached,
        detached=state.detached,
    )
    if plan.create:
        # Creating a partition locks the parent against inserts while it waits: bound that wait, so a long
        # query ahead of it can never queue the writers behind it; a timeout fails this run, the next retries.
        conn.execute(sql.SQL("SET lock_timeout = {}").format(sql.Literal(f"{int(lock_timeout_ms)}ms")))
        try:
            report.created = create_partitions(conn, schema, [(m.year, m.month) for m in plan.create])
        finally:
            conn.execute("RESET lock_timeout")
        for name in report.created:
            report.steps.append(f"created partition {name}")
    for name in plan.expire:
        _expire(
            conn, target, name, attached=name in state.attached, s3=s3, tmp=tmp, checkpoint=checkpoint, report=report
        )
    if plan.cutoff is not None:
        report.rollup_rows_deleted = _trim_rollups(conn, schema, plan.cutoff)
        if report.rollup_rows_deleted:
            report.steps.append(f"deleted {report.rollup_rows_deleted} rollup rows before {plan.cutoff:%Y-%m}")
    report.oldest, report.newest = plan.oldest, plan.newest


def _expire(
    conn: psycopg.Connection[Any],
    target: RotationTarget,
    name: str,
    *,
    attached: bool,
    s3: S3Client | None,
    tmp: Path,
    checkpoint: Checkpoint,
    report: RotationReport,
) -> None:
    schema = target.schema
    manifest: dict[str, Any] | None = None
    loc: s3store.ArchiveLocation | None = None
    if target.archive is not None and s3 is not None:
        month = Month.from_partition(name)
        assert month is not None  # the plan only expires events_pYYYYMM names
        loc = s3store.archive_location(
            bucket=target.archive.bucket,
            prefix=target.archive.prefix,
            namespace=target.namespace,
            pipeline=target.pipeline,
            label=month.label,
            table=name,
            table_oid=catalog.table_oid(conn, schema, name),
        )
        manifest = s3store.get_manifest(s3, loc.bucket, loc.manifest_key)
        if manifest is None:
            manifest = _archive(conn, target, name, loc=loc, s3=s3, tmp=tmp, checkpoint=checkpoint)
        else:
            s3store.verify_object(s3, loc.bucket, loc.data_key, size=int(manifest["size"]), etag=manifest["etag"])
    if attached:
        conn.execute(
            sql.SQL("ALTER TABLE {} DETACH PARTITION {} CONCURRENTLY").format(
                sql.Identifier(schema, "events"), sql.Identifier(schema, name)
            )
        )
        report.steps.append(f"detached {name}")
        checkpoint("detached", name)
    if loc is not None and manifest is not None and s3 is not None:
        # Rows can land between the export and the detach; after the detach the table is frozen.
        if catalog.row_count(conn, schema, name) != int(manifest["rows"]):
            manifest = _archive(conn, target, name, loc=loc, s3=s3, tmp=tmp, checkpoint=checkpoint)
            report.steps.append(f"re-archived {name}: rows arrived before the detach")
        report.archived.append(loc.url)
        report.steps.append(f"archived {name} to {loc.url} ({manifest['rows']} rows, sha256 {manifest['sha256'][:12]})")
    conn.execute(sql.SQL("DROP TABLE {}").format(sql.Identifier(schema, name)))
    report.dropped.append(name)
    report.steps.append(f"dropped {name}")
    checkpoint("dropped", name)


def _archive(
    conn: psycopg.Connection[Any],
    target: RotationTarget,
    name: str,
    *,
    loc: s3store.ArchiveLocation,
    s3: S3Client,
    tmp: Path,
    checkpoint: Checkpoint,
) -> dict[str, Any]:
    exported = export_partition(conn, target.schema, name, tmp / f"{name}.csv.gz")
    checkpoint("exported", name)
    etag = s3store.upload_verified(
        s3, loc.bucket, loc.data_key, exported.path, size=exported.size, md5_hex=exported.md5
    )
    checkpoint("uploaded", name)
    manifest: dict[str, Any] = {
        "format": "csv+gzip",
        "columns": list(EVENT_COLUMNS),
        "schema": target.schema,
        "table": name,
        "namespace": target.namespace,
        "pipeline": target.pipeline,
        "object": loc.data_key,
        "rows": exported.rows,
        "size": exported.size,
        "etag": etag,
        "sha256": exported.sha256,
        "csv_sha256": exported.csv_sha256,
    }
    s3store.put_manifest(s3, loc.bucket, loc.manifest_key, manifest)
    checkpoint("manifest", name)
    exported.path.unlink(missing_ok=True)
    logger.info("partition archived", extra={"table": name, "object": loc.url, "rows": exported.rows})
    return manifest


def _trim_rollups(conn: psycopg.Connection[Any], schema: str, cutoff: datetime) -> int:
    """The rollups follow the raw rows' retention, deleted in batches so no transaction is long."""
    deleted = 0
    for table, column, bound in (
        ("event_counts_minute", "bucket", cutoff),
        ("event_counts_hour", "bucket", cutoff),
        ("user_days", "day", cutoff.date()),
        ("user_months", "month", cutoff.date()),  # `month` is the month's first day; the cutoff is a month start
    ):
        stmt = sql.SQL("DELETE FROM {t} WHERE ctid IN (SELECT ctid FROM {t} WHERE {c} < %s LIMIT %s)").format(
            t=sql.Identifier(schema, table), c=sql.Identifier(column)
        )
        while True:
            n = conn.execute(stmt, (bound, ROLLUP_DELETE_BATCH)).rowcount
            deleted += n
            if n < ROLLUP_DELETE_BATCH:
                break
    return deleted
