"""`python -m bench rotation`: does rotating partitions stall inserts? Ours against a naive rotation, same run.

A writer inserts 100-row batches at a steady rate through the consumer's own writer (COPY + ledger + rollups)
while an analytics-like reader keeps a 1.5 s query open on the events table, the case that hurts: a plain
`DETACH PARTITION` (and `CREATE TABLE ... PARTITION OF` without a lock timeout) needs an exclusive lock on the
parent, queues behind the reader, and every insert queues behind it. Three phases of equal length:
no rotation (reference), the naive rotation (baseline: export, plain DETACH, DROP), ours (`rotate()`: export
to S3 verified, DETACH CONCURRENTLY, DROP). Figures: the longest and p99 insert latency in each phase.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import boto3
import psycopg
from eventpipeline.common.schema import create_partitions, migrate
from eventpipeline.consumer.decode import Row
from eventpipeline.consumer.writer import PgWriter
from eventpipeline.infra.endpoints import load
from eventpipeline.operator.rotation import FixedClock, Month, RotationTarget, rotate
from eventpipeline.operator.rotation.run import ArchiveTarget
from psycopg import sql

BATCH = 100
INTERVAL = 0.02  # 100 rows every 20 ms: 5,000 rows/s
READER_HOLD = 1.5


def _rows(n: int, now: datetime) -> list[Row]:
    ids = [str(uuid.uuid4()) for _ in range(n)]
    return [
        Row(e, e, "page", "Home", f"u{i % 50}", None, None, None, now, now, "{}", "{}", "{}") for i, e in enumerate(ids)
    ]


class Writer(threading.Thread):
    """Steady batches; records (start, latency) of each."""

    def __init__(self, dsn: str, schema: str) -> None:
        super().__init__(daemon=True)
        self.writer = PgWriter(dsn, schema)
        self.samples: list[tuple[float, float]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        next_at = time.monotonic()
        while not self.stop.is_set():
            start = time.monotonic()
            self.writer.write(_rows(BATCH, datetime.now(UTC)))
            self.samples.append((start, time.monotonic() - start))
            next_at += INTERVAL
            time.sleep(max(0.0, next_at - time.monotonic()))
        self.writer.close()

    def window(self, t0: float, t1: float) -> dict[str, float]:
        lat = sorted(lat for start, lat in self.samples if t0 <= start <= t1)
        if not lat:
            return {"batches": 0}
        return {
            "batches": len(lat),
            "max_ms": round(lat[-1] * 1000, 1),
            "p99_ms": round(lat[int(0.99 * (len(lat) - 1))] * 1000, 1),
            "median_ms": round(statistics.median(lat) * 1000, 1),
        }


def _reader(dsn: str, schema: str) -> threading.Thread:
    def hold() -> None:
        with psycopg.connect(dsn) as conn:
            conn.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(schema, "events")))
            time.sleep(READER_HOLD)
            conn.rollback()

    t = threading.Thread(target=hold, daemon=True)
    t.start()
    return t


def _fill_old_month(conn: psycopg.Connection[Any], schema: str, month: Month, n: int) -> None:
    create_partitions(conn, schema, [(month.year, month.month)])
    with conn.cursor().copy(
        sql.SQL("COPY {} (event_id, type, user_id, ts, received_at) FROM STDIN").format(
            sql.Identifier(schema, "events")
        )
    ) as copy:
        for i in range(n):
            ts = month.start + timedelta(seconds=i)
            copy.write_row((str(uuid.uuid4()), "old", f"u{i % 97}", ts, ts))


def _naive_rotation(dsn: str, schema: str, table: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        with conn.cursor().copy(sql.SQL("COPY {} TO STDOUT").format(sql.Identifier(schema, table))) as copy:
            for _ in copy:
                pass
        conn.execute(
            sql.SQL("ALTER TABLE {} DETACH PARTITION {}").format(
                sql.Identifier(schema, "events"), sql.Identifier(schema, table)
            )
        )
        conn.execute(sql.SQL("DROP TABLE {}").format(sql.Identifier(schema, table)))


def _phase(writer: Writer, dsn: str, schema: str, action: Callable[[], None] | None, seconds: float) -> dict[str, Any]:
    t0 = time.monotonic()
    reader = _reader(dsn, schema)
    time.sleep(0.2)  # the reader holds its lock before the rotation starts
    took = 0.0
    if action is not None:
        a0 = time.monotonic()
        action()
        took = time.monotonic() - a0
    reader.join()
    time.sleep(max(0.0, seconds - (time.monotonic() - t0)))
    out = writer.window(t0, time.monotonic())
    out["rotation_s"] = round(took, 2)
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench rotation")
    parser.add_argument("--rows", type=int, default=200_000, help="rows in each partition that is rotated out")
    parser.add_argument("--phase-seconds", type=float, default=6.0)
    args = parser.parse_args(argv)
    eps = load()
    s3 = boto3.client(
        "s3", endpoint_url=eps.s3_endpoint, aws_access_key_id="x", aws_secret_access_key="x", region_name="us-east-1"
    )
    bucket = f"ep-bench-rotation-{uuid.uuid4().hex[:8]}"
    s3.create_bucket(Bucket=bucket)
    schema = f"bench_rotation_{uuid.uuid4().hex[:8]}"
    now = datetime.now(UTC)
    current = Month.of(now)
    old_a, old_b = current.plus(-8), current.plus(-7)
    dsn = eps.postgres_primary_dsn
    with psycopg.connect(dsn, autocommit=True) as conn:
        migrate(conn, schema)
        create_partitions(conn, schema, [(current.plus(i).year, current.plus(i).month) for i in range(3)])
        _fill_old_month(conn, schema, old_a, args.rows)
        _fill_old_month(conn, schema, old_b, args.rows)
    writer = Writer(dsn, schema)
    writer.start()
    try:
        time.sleep(1.0)
        reference = _phase(writer, dsn, schema, None, args.phase_seconds)
        baseline = _phase(
            writer, dsn, schema, lambda: _naive_rotation(dsn, schema, old_a.partition), args.phase_seconds
        )

        def ours_action() -> None:
            with psycopg.connect(dsn, autocommit=True) as conn:
                report = rotate(
                    conn,
                    RotationTarget(
                        "bench",
                        "rotation",
                        schema,
                        premake=2,
                        retention_months=3,
                        archive=ArchiveTarget(bucket, "bench"),
                    ),
                    clock=FixedClock(now),
                    s3=s3,
                )
            if old_b.partition not in report.dropped:
                raise RuntimeError(f"rotation did not drop {old_b.partition}: {report.steps}")

        ours = _phase(writer, dsn, schema, ours_action, args.phase_seconds)
    finally:
        writer.stop.set()
        writer.join(timeout=10)
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))
    result = {
        "benchmark": "rotation",
        "machine": {"cpus": __import__("os").cpu_count(), "python": platform.python_version()},
        "method": f"{BATCH}-row batches every {INTERVAL * 1000:.0f} ms via the consumer's writer; a reader holds a "
        f"{READER_HOLD}s query on events during each phase; {args.rows} rows per rotated partition",
        "no_rotation": reference,
        "ours": ours,
        "baseline": baseline,
        "ratio": {
            "max_insert_latency": round(baseline["max_ms"] / ours["max_ms"], 2),
            "p99_insert_latency": round(baseline["p99_ms"] / ours["p99_ms"], 2),
        },
    }
    print(json.dumps(result))
    return 0
