"""Partition rotation against the real PostgreSQL and an S3-compatible server (moto), with a movable clock."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from eventpipeline.common.schema import existing_partitions, partition_name, read_catalog
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.operator.rotation import FixedClock, Month, RotationReport, RotationTarget, rotate
from eventpipeline.operator.rotation.run import LOCK_PREFIX, ArchiveTarget

from tests.integration.rotation_support import fresh_schema, insert_month, object_keys
from tests.support import eventually
from tests.support.s3 import archived, s3_client

pytestmark = pytest.mark.integration
HERE = Path(__file__).parent


@pytest.fixture
def bucket(endpoints: Endpoints) -> str:
    name = f"ep-rot-{uuid.uuid4().hex[:12]}"
    s3_client(endpoints.s3_endpoint).create_bucket(Bucket=name)
    return name


def target(schema: str, bucket: str | None, premake: int = 2, retention: int = 3) -> RotationTarget:
    archive = ArchiveTarget(bucket=bucket, prefix="arch") if bucket else None
    return RotationTarget("ns1", "pipe1", schema, premake=premake, retention_months=retention, archive=archive)


def test_fourteen_months_partitions_ahead_archived_then_dropped(
    pg_conn: psycopg.Connection[Any], pg_schema: str, endpoints: Endpoints, bucket: str
) -> None:
    s3 = s3_client(endpoints.s3_endpoint)
    fresh_schema(pg_conn, pg_schema)
    clock = FixedClock(datetime(2026, 1, 10, 12, tzinfo=UTC))
    written: dict[str, int] = {}
    month = Month(2026, 1)
    for i in range(14):
        clock.set(datetime(month.year, month.month, 10 + i % 15, 12, tzinfo=UTC))
        report = rotate(pg_conn, target(pg_schema, bucket), clock=clock, s3=s3)
        assert report.ran
        attached = existing_partitions(pg_conn, pg_schema)
        ahead = {month.plus(k).partition for k in range(3)}
        assert ahead <= attached, f"month {month}: missing {ahead - attached}"
        kept = {month.plus(-k).partition for k in range(3)}
        assert all(Month.from_partition(n) in {Month.from_partition(k) for k in kept | ahead} for n in attached)
        n = 40 + i * 7
        insert_month(pg_conn, pg_schema, month.year, month.month, n)
        written[month.partition] = n
        month = month.plus(1)
    arch = archived(s3, bucket)
    expired = {name for name in written if Month.from_partition(name) < month.plus(-1 - 2)}  # type: ignore[operator]
    assert set(arch) == expired
    for name, manifest in arch.items():
        assert manifest["rows"] == written[name] == manifest["_csv_rows"]
        assert manifest["_sha256_ok"]
        assert manifest["object"].startswith(f"arch/ns1/pipe1/{name[8:12]}-{name[12:14]}/{name}-")
    assert not (expired & existing_partitions(pg_conn, pg_schema))
    # The rollups follow the raw rows' retention.
    kept_months = [Month.from_partition(n) for n in existing_partitions(pg_conn, pg_schema)]
    oldest_kept = min(m for m in kept_months if m is not None)
    for table, column in (
        ("event_counts_minute", "bucket"),
        ("event_counts_hour", "bucket"),
        ("user_days", "day"),
        ("user_months", "month"),
    ):
        row = pg_conn.execute(f'SELECT min({column}), count(*) FROM "{pg_schema}".{table}').fetchone()
        assert row is not None
        assert row[1] > 0, table  # the kept months' rollups are still there
        oldest = row[0] if isinstance(row[0], datetime) else datetime(row[0].year, row[0].month, row[0].day, tzinfo=UTC)
        assert oldest >= oldest_kept.start, table


def test_without_archive_old_partitions_are_detached_and_dropped(
    pg_conn: psycopg.Connection[Any], pg_schema: str
) -> None:
    fresh_schema(pg_conn, pg_schema)
    clock = FixedClock(datetime(2026, 1, 5, tzinfo=UTC))
    rotate(pg_conn, target(pg_schema, None), clock=clock)
    insert_month(pg_conn, pg_schema, 2026, 1, 10)
    clock.set(datetime(2026, 6, 1, tzinfo=UTC))
    report = rotate(pg_conn, target(pg_schema, None), clock=clock)
    assert "events_p202601" in report.dropped
    assert report.archived == []
    assert partition_name(2026, 1) not in existing_partitions(pg_conn, pg_schema)


@pytest.mark.parametrize("crash_step", ["exported", "uploaded", "manifest", "detached"])
def test_killed_mid_rotation_the_next_run_completes_without_loss_or_duplicate(
    pg_conn: psycopg.Connection[Any], pg_schema: str, endpoints: Endpoints, bucket: str, crash_step: str
) -> None:
    s3 = s3_client(endpoints.s3_endpoint)
    fresh_schema(pg_conn, pg_schema)
    rotate(pg_conn, target(pg_schema, None, premake=1, retention=2), clock=FixedClock(datetime(2026, 3, 1, tzinfo=UTC)))
    insert_month(pg_conn, pg_schema, 2026, 3, 25)
    now = "2026-06-02T00:00:00+00:00"
    proc = subprocess.run(
        [
            sys.executable,
            str(HERE / "rotation_crash_child.py"),
            endpoints.postgres_primary_dsn,
            pg_schema,
            bucket,
            endpoints.s3_endpoint,
            crash_step,
            now,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 137, proc.stderr

    # The killed process's backend may hold the rotation lock a moment longer (until the server sees the socket
    # close): the next run then reports ran=False, as the operator's next timer tick would, and we try again.
    def attempt() -> RotationReport | None:
        r = rotate(
            pg_conn,
            target(pg_schema, bucket, premake=1, retention=2),
            clock=FixedClock(datetime.fromisoformat(now)),
            s3=s3,
        )
        return r if r.ran else None

    report = eventually(attempt)
    assert report is not None
    arch = archived(s3, bucket)  # raises on two archives of one table
    assert arch["events_p202603"]["rows"] == 25 == arch["events_p202603"]["_csv_rows"]
    assert len(object_keys(s3, bucket)) == 2 * len(arch)
    state = read_catalog(pg_conn, pg_schema)
    assert "events_p202603" not in state.attached | state.detached | state.pending_detach
    assert "events_p202603" in report.dropped


def test_an_interrupted_detach_concurrently_is_finalized(
    pg_conn: psycopg.Connection[Any], pg_schema: str, endpoints: Endpoints, bucket: str
) -> None:
    fresh_schema(pg_conn, pg_schema)
    rotate(pg_conn, target(pg_schema, None, premake=1, retention=2), clock=FixedClock(datetime(2026, 3, 1, tzinfo=UTC)))
    insert_month(pg_conn, pg_schema, 2026, 3, 5)
    dsn = endpoints.postgres_primary_dsn
    with psycopg.connect(dsn) as holder, psycopg.connect(dsn, autocommit=True) as detacher:
        holder.execute(f'SELECT count(*) FROM "{pg_schema}".events')  # an open snapshot the detach must wait for
        pid = detacher.info.backend_pid
        errors: list[BaseException] = []

        def detach() -> None:
            try:
                detacher.execute(
                    f'ALTER TABLE "{pg_schema}".events DETACH PARTITION "{pg_schema}".events_p202603 CONCURRENTLY'
                )
            except BaseException as exc:  # terminated on purpose
                errors.append(exc)

        worker = threading.Thread(target=detach)
        worker.start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            row = pg_conn.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()
            if row and row[0] == "Lock":
                break
            time.sleep(0.05)
        pg_conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
        worker.join(timeout=30)
        holder.rollback()
    assert errors, "the detach should have been interrupted"
    assert "events_p202603" in read_catalog(pg_conn, pg_schema).pending_detach
    report = rotate(
        pg_conn,
        target(pg_schema, bucket, premake=1, retention=2),
        clock=FixedClock(datetime(2026, 6, 2, tzinfo=UTC)),
        s3=s3_client(endpoints.s3_endpoint),
    )
    assert "events_p202603" in report.dropped
    assert archived(s3_client(endpoints.s3_endpoint), bucket)["events_p202603"]["rows"] == 5


def test_two_runs_at_once_one_acts(pg_conn: psycopg.Connection[Any], pg_schema: str, endpoints: Endpoints) -> None:
    fresh_schema(pg_conn, pg_schema)
    with psycopg.connect(endpoints.postgres_primary_dsn, autocommit=True) as other:
        other.execute("SELECT pg_advisory_lock(hashtextextended(%s, 0))", (LOCK_PREFIX + pg_schema,))
        report = rotate(pg_conn, target(pg_schema, None), clock=FixedClock(datetime(2026, 3, 1, tzinfo=UTC)))
        assert not report.ran
        assert existing_partitions(pg_conn, pg_schema) == set()
        other.execute("SELECT pg_advisory_unlock(hashtextextended(%s, 0))", (LOCK_PREFIX + pg_schema,))
    report = rotate(pg_conn, target(pg_schema, None), clock=FixedClock(datetime(2026, 3, 1, tzinfo=UTC)))
    assert report.ran
    assert report.created == ["events_p202603", "events_p202604", "events_p202605"]


def test_s3_unreachable_keeps_the_partition(pg_conn: psycopg.Connection[Any], pg_schema: str) -> None:
    fresh_schema(pg_conn, pg_schema)
    rotate(pg_conn, target(pg_schema, None, premake=1, retention=2), clock=FixedClock(datetime(2026, 3, 1, tzinfo=UTC)))
    insert_month(pg_conn, pg_schema, 2026, 3, 5)
    dead = s3_client("http://127.0.0.1:1")
    with pytest.raises(Exception):  # noqa: B017 - botocore's connection error; what matters is what is kept
        rotate(
            pg_conn,
            target(pg_schema, "nobucket", premake=1, retention=2),
            clock=FixedClock(datetime(2026, 6, 2, tzinfo=UTC)),
            s3=dead,
        )
    assert "events_p202603" in existing_partitions(pg_conn, pg_schema)
    row = pg_conn.execute(f'SELECT count(*) FROM "{pg_schema}".events_p202603').fetchone()
    assert row == (5,)


def test_a_default_partition_is_reported(pg_conn: psycopg.Connection[Any], pg_schema: str) -> None:
    fresh_schema(pg_conn, pg_schema)
    pg_conn.execute(f'CREATE TABLE "{pg_schema}".events_default PARTITION OF "{pg_schema}".events DEFAULT')
    report = rotate(pg_conn, target(pg_schema, None), clock=FixedClock(datetime(2026, 3, 1, tzinfo=UTC)))
    assert any(v.startswith("DefaultPartitionPresent") for v in report.violations)
