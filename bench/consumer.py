"""`python -m bench consumer`: events/s one consumer process sustains into the partitioned table (dedup + rollups),
against a per-row INSERT (autocommit, same dedup and rollups) baseline, in the same run.

The topic is pre-loaded first; then `python -m eventpipeline.consumer` drains it and we time it through its own
`ep_consumer_events_written_total`. Records are made and produced as the consumer's tests do (tests.support.kafka).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from confluent_kafka import Consumer
from confluent_kafka.admin import AdminClient
from confluent_kafka.cimpl import NewTopic
from eventpipeline.common.schema import migrate
from eventpipeline.infra.procs import cpu_seconds, free_port
from psycopg import sql

from tests.support import ServedProcess, python_module
from tests.support.kafka import event_values, produce

# --- baseline: one autocommit statement per event, same dedup and rollups -------------------------------------

_PER_ROW = """
WITH new_id AS (
    INSERT INTO {s}.event_ids (event_id, ts, seen_at) VALUES (%(event_id)s::uuid, %(ts)s, now())
    ON CONFLICT (event_id) DO NOTHING RETURNING event_id
), fresh AS (
    INSERT INTO {s}.events (event_id, message_id, type, event, user_id, anonymous_id, group_id, previous_id, ts,
                            received_at, properties, traits, context)
    SELECT event_id, %(message_id)s, %(type)s, %(event)s, %(user_id)s, %(anonymous_id)s, %(group_id)s,
           %(previous_id)s, %(ts)s, %(received_at)s, %(properties)s, %(traits)s, %(context)s
    FROM new_id RETURNING type, event, ts, user_id, anonymous_id, traits
), counts AS (
    INSERT INTO {s}.event_counts_minute AS c (bucket, type, event, events)
    SELECT date_trunc('minute', ts, 'UTC'), type, event, 1 FROM fresh
    ON CONFLICT (bucket, type, event) DO UPDATE SET events = c.events + 1
), traits AS (
    INSERT INTO {s}.user_traits AS t (user_key, traits, updated_ts)
    SELECT coalesce(user_id, 'anon:' || anonymous_id), traits, ts FROM fresh WHERE type = 'identify'
    ON CONFLICT (user_key) DO UPDATE SET
        traits = CASE WHEN excluded.updated_ts >= t.updated_ts THEN t.traits || excluded.traits
                      ELSE excluded.traits || t.traits END,
        updated_ts = greatest(t.updated_ts, excluded.updated_ts)
)
INSERT INTO {s}.user_days (day, type, event, user_key)
SELECT (ts AT TIME ZONE 'UTC')::date, type, event, coalesce(user_id, 'anon:' || anonymous_id) FROM fresh
ON CONFLICT DO NOTHING
"""


def baseline(bootstrap: str, topic: str, dsn: str, schema: str, n: int) -> float:
    """Consume `n` records and insert them one autocommit statement each; events/s."""
    from eventpipeline.common.schema import ensure_partitions  # noqa: PLC0415
    from eventpipeline.consumer.decode import decode  # noqa: PLC0415

    consumer = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": f"bench-baseline-{uuid.uuid4().hex[:8]}",
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
        }
    )
    consumer.subscribe([topic])
    stmt = sql.SQL(_PER_ROW).format(s=sql.Identifier(schema))
    done = 0
    with psycopg.connect(dsn, autocommit=True) as conn:
        migrate(conn, schema)
        now = datetime.now(UTC)
        ensure_partitions(conn, schema, now=now - timedelta(days=40), months_ahead=3)
        started = None
        while done < n:
            for msg in consumer.consume(min(500, n - done), 1.0):
                if msg.error():
                    continue
                if started is None:
                    started = time.perf_counter()
                row = decode(msg.value(), now=now, max_age=timedelta(days=92), max_future=timedelta(days=1))
                conn.execute(stmt, row._asdict())
                done += 1
    consumer.close()
    assert started is not None
    return done / (time.perf_counter() - started)


class CpuSampler:
    """CPU seconds (user + system, from /proc) of the consumer process and of its PostgreSQL backends (found by
    application_name; same machine), so the bench reports CPU per event next to the contended wall-clock rate."""

    def __init__(self, app: str, dsn: str) -> None:
        self._app, self._dsn = app, dsn
        self._last: dict[int, float] = {}  # pid -> last CPU seconds seen (backends exit at the end)
        self._consumer: int | None = None
        self._base: dict[int, float] = {}
        self._conn: psycopg.Connection[tuple[int]] | None = None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()

    def _cpu(self, pid: int) -> float | None:
        try:
            return cpu_seconds(pid)
        except OSError:
            return None

    def sample(self, consumer_pid: int) -> None:
        self._consumer = consumer_pid
        if self._conn is None:
            self._conn = psycopg.connect(self._dsn, autocommit=True)
        query = "SELECT pid FROM pg_stat_activity WHERE application_name = %s"
        pids = [r[0] for r in self._conn.execute(query, (self._app,))]
        for pid in [consumer_pid, *pids]:
            seconds = self._cpu(pid)
            if seconds is not None:
                self._last[pid] = seconds

    def mark(self) -> None:
        self._base = dict(self._last)

    def since_mark(self) -> tuple[float, float]:
        """(consumer, backends) CPU seconds since mark(); a backend first seen after the mark counts from zero."""
        consumer, backends = 0.0, 0.0
        for pid, seconds in self._last.items():
            delta = seconds - self._base.get(pid, 0.0)
            if pid == self._consumer:
                consumer = delta
            else:
                backends += delta
        return consumer, backends


def drain(
    *, bootstrap: str, topic: str, dsn: str, schema: str, n: int, extra: dict[str, str], log: Path
) -> dict[str, float]:
    """Run one consumer process over the pre-loaded topic until `n` rows are written; rates and timings."""
    app = f"ep-bench-{uuid.uuid4().hex[:8]}"  # names the consumer's PostgreSQL backends, to read their CPU
    port = free_port()
    separator = "&" if "?" in dsn else "?"
    env = {
        "EP_CONSUMER_KAFKA_BOOTSTRAP": bootstrap,
        "EP_CONSUMER_TOPIC": topic,
        "EP_CONSUMER_GROUP": f"bench-{uuid.uuid4().hex[:8]}",
        "EP_CONSUMER_POSTGRES_DSN": f"{dsn}{separator}application_name={app}",
        "EP_CONSUMER_SCHEMA": schema,
        "EP_CONSUMER_HOST": "127.0.0.1",
        "EP_CONSUMER_PORT": str(port),
        "EP_CONSUMER_MIGRATE": "true",
        **extra,
    }
    proc = ServedProcess(
        python_module("eventpipeline.consumer"), url=f"http://127.0.0.1:{port}", log=log, env=env, health=None
    ).start()
    t0 = time.perf_counter()
    first: tuple[float, float] | None = None
    written = 0.0
    cpu = CpuSampler(app, dsn)
    try:
        while written < n:
            time.sleep(0.25)
            if not proc.alive():
                raise RuntimeError(f"consumer exited with {proc.proc.returncode}; see {log}")
            try:
                written = proc.metric("ep_consumer_events_written_total")
            except OSError:
                continue
            cpu.sample(proc.pid)
            if first is None and written > 0:
                first = (time.perf_counter(), written)
                cpu.mark()
            if time.perf_counter() - t0 > 1800:
                raise RuntimeError("consumer did not finish within 30 minutes")
        t_end = time.perf_counter()
        cpu.sample(proc.pid)
        duration = proc.metric("ep_consumer_batch_duration_seconds_sum")
        batches = proc.metric("ep_consumer_batch_duration_seconds_count")
    finally:
        cpu.close()
        proc.stop(timeout=60)
    assert first is not None
    consumer_s, backends_s = cpu.since_mark()
    return {
        "consumer_cpu_us_per_event": 1e6 * consumer_s / (n - first[1]),
        "postgres_cpu_us_per_event": 1e6 * backends_s / (n - first[1]),
        "sustained": (n - first[1]) / (t_end - first[0]),
        "end_to_end": n / (t_end - t0),
        "seconds": t_end - first[0],
        "batches": batches,
        "batch_seconds_mean": duration / max(batches, 1),
    }


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench consumer")
    parser.add_argument("--events", type=int, default=1_000_000, help="events pre-loaded and drained by ours")
    parser.add_argument("--baseline-events", type=int, default=20_000, help="events for the per-row baseline")
    parser.add_argument("--partitions", type=int, default=3)
    parser.add_argument("--batch", type=int, default=5000, help="EP_CONSUMER_BATCH_MAX_MESSAGES")
    parser.add_argument("--users", type=int, default=5000, help="distinct users in the pre-loaded events")
    parser.add_argument("--keep", action="store_true", help="keep the topic and schemas")
    args = parser.parse_args(list(argv))

    from eventpipeline.infra.endpoints import load  # noqa: PLC0415 - only the bench needs the local infra

    ep = load()
    tag = uuid.uuid4().hex[:8]
    topic, schema, base_schema = f"bench-consumer-{tag}", f"bench_consumer_{tag}", f"bench_consumer_base_{tag}"
    admin = AdminClient({"bootstrap.servers": ep.kafka_bootstrap})
    admin.create_topics([NewTopic(topic, num_partitions=args.partitions, replication_factor=1)])[topic].result(30)
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-consumer-{tag}.log"
    try:
        t = time.perf_counter()
        produced = produce(ep.kafka_bootstrap, topic, event_values(args.events, users=args.users))
        print(f"pre-loaded {produced} events in {time.perf_counter() - t:.1f}s", file=sys.stderr)
        ours = drain(
            bootstrap=ep.kafka_bootstrap,
            topic=topic,
            dsn=ep.postgres_primary_dsn,
            schema=schema,
            n=args.events,
            extra={"EP_CONSUMER_BATCH_MAX_MESSAGES": str(args.batch), "EP_CONSUMER_LOG_LEVEL": "WARNING"},
            log=log,
        )
        with psycopg.connect(ep.postgres_primary_dsn) as conn:
            rows = conn.execute(sql.SQL("SELECT count(*) FROM {}.events").format(sql.Identifier(schema))).fetchone()
        print(f"ours: {ours}; rows {rows}", file=sys.stderr)
        base = baseline(ep.kafka_bootstrap, topic, ep.postgres_primary_dsn, base_schema, args.baseline_events)
        print(f"baseline: {base:.0f} events/s over {args.baseline_events}", file=sys.stderr)
    finally:
        if not args.keep:
            admin.delete_topics([topic, f"{topic}.dlq"])
            with psycopg.connect(ep.postgres_primary_dsn, autocommit=True) as conn:
                for s in (schema, base_schema):
                    conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(s)))
    result = {
        "benchmark": "consumer",
        "unit": "events/s",
        "events": args.events,
        "rows": rows[0] if rows else None,
        "ours": round(ours["sustained"], 1),
        "ours_end_to_end": round(ours["end_to_end"], 1),
        "batch_seconds_mean": round(ours["batch_seconds_mean"], 4),
        "consumer_cpu_us_per_event": round(ours["consumer_cpu_us_per_event"], 1),
        "postgres_cpu_us_per_event": round(ours["postgres_cpu_us_per_event"], 1),
        "baseline": round(base, 1),
        "baseline_events": args.baseline_events,
        "users": args.users,
        "ratio": round(ours["sustained"] / base, 2),
    }
    print(json.dumps(result))
    return 0 if result["rows"] == args.events else 1
