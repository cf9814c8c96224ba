"""`python -m bench consumer`: events/s one consumer process sustains into the partitioned table (dedup + rollups),
against a per-row INSERT (autocommit, same dedup and rollups) baseline, in the same run.

The topic is pre-loaded first; then `python -m eventpipeline.consumer` drains it and we time it through its own
`ep_consumer_events_written_total`. The integration tests reuse `event_values`, `produce` and `ConsumerProcess`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import psycopg
from confluent_kafka import Consumer, Producer
from confluent_kafka.admin import AdminClient
from confluent_kafka.cimpl import NewTopic
from eventpipeline.common.events import EMPTY_OBJECT as EMPTY
from eventpipeline.common.events import CallType, Event, encode, partition_key
from eventpipeline.common.schema import migrate
from eventpipeline.infra.procs import cpu_seconds, free_port
from msgspec import Raw
from psycopg import sql

REPO = Path(__file__).resolve().parents[1]
EVENTS = ("Page Viewed", "Clicked", "Signed Up", "Order Completed", "Searched", "Product Added", "Logged Out", "Shared")
PAGES = ("Home", "Pricing", "Docs", "Blog")


def event_doc(
    *,
    ts: datetime,
    event: str,
    user: str | None,
    anon: str | None,
    event_id: str | None = None,
    call: CallType = "track",
) -> Event:
    """One record as ingest writes it (common.events.Event, about 300 bytes encoded): a track call named `event`,
    or a page call with `event` as its name, or an identify with a few traits."""
    return Event(
        event_id=event_id or str(uuid.uuid4()),
        type=call,
        event=event if call == "track" else None,
        name=event if call in {"page", "screen"} else None,
        user_id=user,
        anonymous_id=anon,
        timestamp=ts,
        received_at=datetime.now(UTC),
        properties=Raw(
            orjson.dumps({"path": f"/p/{random.randint(1, 500)}", "ref": "bench", "value": random.randint(1, 9999)})
        ),
        traits=Raw(orjson.dumps({"plan": random.choice(("free", "pro")), "seats": 3})) if call == "identify" else EMPTY,
        context=Raw(b'{"ip":"10.1.2.3","ua":"bench/1.0"}'),  # as before the Segment API, for comparable runs
    )


def event_values(
    n: int, *, now: datetime | None = None, spread: timedelta = timedelta(hours=6), users: int = 5000, seed: int = 7
) -> list[tuple[bytes | None, bytes]]:
    """`n` (key, value) records: 85 % track calls over 8 event names, 10 % page calls over 4 names, 5 % identify
    calls; about 1 in 5 anonymous; timestamps rise over `spread` up to `now` with a few seconds of client-clock
    jitter, as ingest writes them (event time close to arrival order)."""
    rnd = random.Random(seed)
    now = now or datetime.now(UTC)
    out: list[tuple[bytes | None, bytes]] = []
    span = spread.total_seconds()
    for _ in range(n):
        u = rnd.randrange(users)
        user, anon = (None, f"a{u}") if u % 5 == 0 else (f"u{u}", None)
        roll = rnd.random()
        call: CallType = "track" if roll < 0.85 else "page" if roll < 0.95 else "identify"
        doc = event_doc(
            ts=now - timedelta(seconds=span * (1 - len(out) / n) + rnd.uniform(0, 5)),
            event=(PAGES if call == "page" else EVENTS)[rnd.randrange(4 if call == "page" else len(EVENTS))],
            user=user,
            anon=anon,
            event_id=str(uuid.UUID(int=rnd.getrandbits(128), version=4)),
            call=call,
        )
        out.append((partition_key(user, anon), encode(doc)))
    return out


def produce(bootstrap: str, topic: str, records: Iterable[tuple[bytes | None, bytes]]) -> int:
    """Produce every record (acks=all) and wait for all deliveries; raise if any failed. Returns the count."""
    producer = Producer(
        {
            "bootstrap.servers": bootstrap,
            "acks": "all",
            "linger.ms": 20,
            "batch.size": 1_000_000,
            "compression.type": "lz4",
            "queue.buffering.max.messages": 1_000_000,
        }
    )
    errors: list[str] = []

    def on_delivery(err: object, _msg: object) -> None:
        if err is not None:
            errors.append(str(err))

    count = 0
    for key, value in records:
        while True:
            try:
                producer.produce(topic, key=key, value=value, on_delivery=on_delivery)
                break
            except BufferError:
                producer.poll(0.05)
        count += 1
        if count % 10_000 == 0:
            producer.poll(0)
    remaining = producer.flush(120)
    if remaining or errors:
        raise RuntimeError(f"produce failed: {remaining} undelivered, errors {errors[:3]}")
    return count


class ConsumerProcess:
    """`python -m eventpipeline.consumer` as a child process, with its metrics port."""

    def __init__(
        self, *, bootstrap: str, topic: str, group: str, dsn: str, schema: str, extra: dict[str, str] | None = None
    ) -> None:
        self.port = free_port()
        self.env = {
            **os.environ,
            "EP_CONSUMER_KAFKA_BOOTSTRAP": bootstrap,
            "EP_CONSUMER_TOPIC": topic,
            "EP_CONSUMER_GROUP": group,
            "EP_CONSUMER_POSTGRES_DSN": dsn,
            "EP_CONSUMER_SCHEMA": schema,
            "EP_CONSUMER_HOST": "127.0.0.1",
            "EP_CONSUMER_PORT": str(self.port),
            "EP_CONSUMER_MIGRATE": "true",
            **(extra or {}),
        }
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path: Path | None = None

    def start(self, log_path: Path | None = None) -> ConsumerProcess:
        self.log_path = log_path
        out = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115 - closed with the process
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "eventpipeline.consumer"], env=self.env, stdout=out, stderr=out, cwd=REPO
        )
        return self

    def metrics_text(self) -> str:
        """The /metrics page (raises while the server is not up)."""
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/metrics", timeout=5) as resp:
            return str(resp.read().decode())

    def metric(self, name: str) -> float:
        """Sum of a metric's samples from /metrics (raises while the server is not up)."""
        total = 0.0
        for line in self.metrics_text().splitlines():
            if re.match(rf"^{re.escape(name)}(\{{.*\}})? ", line):
                total += float(line.rsplit(" ", 1)[1])
        return total

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(30)

    def terminate(self, timeout: float = 60) -> int:
        """SIGTERM and wait; returns the exit code."""
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)


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
    proc = ConsumerProcess(
        bootstrap=bootstrap,
        topic=topic,
        group=f"bench-{uuid.uuid4().hex[:8]}",
        dsn=f"{dsn}?application_name={app}" if "?" not in dsn else f"{dsn}&application_name={app}",
        schema=schema,
        extra=extra,
    ).start(log)
    t0 = time.perf_counter()
    first: tuple[float, float] | None = None
    written = 0.0
    cpu = CpuSampler(app, dsn)
    try:
        while written < n:
            time.sleep(0.25)
            if proc.proc is not None and proc.proc.poll() is not None:
                raise RuntimeError(f"consumer exited with {proc.proc.returncode}; see {log}")
            try:
                written = proc.metric("ep_consumer_events_written_total")
            except OSError:
                continue
            assert proc.proc is not None
            cpu.sample(proc.proc.pid)
            if first is None and written > 0:
                first = (time.perf_counter(), written)
                cpu.mark()
            if time.perf_counter() - t0 > 1800:
                raise RuntimeError("consumer did not finish within 30 minutes")
        t_end = time.perf_counter()
        assert proc.proc is not None
        cpu.sample(proc.proc.pid)
        duration = proc.metric("ep_consumer_batch_duration_seconds_sum")
        batches = proc.metric("ep_consumer_batch_duration_seconds_count")
    finally:
        cpu.close()
        proc.terminate()
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
