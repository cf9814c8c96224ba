"""Helpers for the consumer's integration tests: start the real process, read Postgres and Kafka outcomes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
from confluent_kafka import Consumer, TopicPartition
from confluent_kafka.admin import AdminClient
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.operator.autoscale.kafka import GroupOffsets
from psycopg import sql

from bench.consumer import ConsumerProcess
from tests.helpers import eventually


def start_consumer(
    endpoints: Endpoints,
    *,
    topic: str,
    schema: str,
    group: str,
    log: Path,
    dsn: str | None = None,
    **extra: str,
) -> ConsumerProcess:
    env = {
        "EP_CONSUMER_BATCH_MAX_SECONDS": "0.2",
        "EP_CONSUMER_STATS_INTERVAL_MS": "500",
        "EP_CONSUMER_SESSION_TIMEOUT_MS": "6000",  # a SIGKILLed member leaves the group quickly (broker minimum)
        "EP_CONSUMER_RETRY_MAX_SECONDS": "2",
    }
    env.update({f"EP_CONSUMER_{k.upper()}": v for k, v in extra.items()})
    proc = ConsumerProcess(
        bootstrap=endpoints.kafka_bootstrap,
        topic=topic,
        group=group,
        dsn=dsn or endpoints.postgres_primary_dsn,
        schema=schema,
        extra=env,
    ).start(log)
    eventually(lambda: serving(proc), timeout=60, interval=0.1)
    return proc


def serving(proc: ConsumerProcess) -> bool:
    """The process answers /metrics: its signal handlers are in place, so SIGTERM now means a clean drain."""
    if not proc.alive():
        raise AssertionError(f"consumer exited during start-up:\n{log_tail(proc.log_path or Path('/nonexistent'))}")
    try:
        proc.metrics_text()
    except OSError:
        return False
    return True


def durable_dir(name: str) -> Path:
    """A directory that outlives pytest's rotation of tmp dirs (other sessions run pytest at the same time)."""
    import tempfile  # noqa: PLC0415

    root = Path(tempfile.gettempdir()) / "ep-consumer-tests"
    root.mkdir(exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{name}-", dir=root))


def progressed(proc: ConsumerProcess, dsn: str, schema: str, above: int) -> bool:
    """More than `above` rows stored; fails at once (with the log) if the consumer process died."""
    if not proc.alive():
        raise AssertionError(f"consumer exited early:\n{log_tail(proc.log_path or Path('/nonexistent'))}")
    return count_or_zero(dsn, schema) > above


def count(conn: psycopg.Connection[Any], schema: str, table: str = "events") -> int:
    row = conn.execute(
        sql.SQL("SELECT count(*) FROM {}.{}").format(sql.Identifier(schema), sql.Identifier(table))
    ).fetchone()
    assert row is not None
    return int(row[0])


def count_or_zero(dsn: str, schema: str) -> int:
    """Row count on a fresh connection; 0 while the table does not exist yet (migration pending)."""
    try:
        with psycopg.connect(dsn, autocommit=True, connect_timeout=3) as conn:
            return count(conn, schema)
    except psycopg.Error:
        return 0


def assert_exact(conn: psycopg.Connection[Any], schema: str, expected: int) -> None:
    """Exactly `expected` rows, one per event id, and every rollup equal to a GROUP BY over the raw rows."""

    def q(text: str) -> list[tuple[Any, ...]]:
        return conn.execute(sql.SQL(text).format(s=sql.Identifier(schema))).fetchall()

    assert q("SELECT count(*), count(DISTINCT event_id) FROM {s}.events") == [(expected, expected)]
    assert q("SELECT count(*) FROM {s}.event_ids") == [(expected,)]
    assert q("SELECT coalesce(sum(events), 0)::bigint FROM {s}.event_counts_minute") == [(expected,)]
    raw_counts = (
        "SELECT date_trunc('minute', ts, 'UTC') AS bucket, type, event, count(*) AS events FROM {s}.events"
        " GROUP BY 1, 2, 3"
    )
    assert q(f"({raw_counts}) EXCEPT SELECT bucket, type, event, events FROM {{s}}.event_counts_minute") == []
    assert q(f"SELECT bucket, type, event, events FROM {{s}}.event_counts_minute EXCEPT ({raw_counts})") == []
    raw_users = (
        "SELECT DISTINCT (ts AT TIME ZONE 'UTC')::date, type, event, coalesce(user_id, 'anon:' || anonymous_id)"
        " FROM {s}.events"
    )
    assert q(f"({raw_users}) EXCEPT SELECT day, type, event, user_key FROM {{s}}.user_days") == []
    assert q(f"SELECT day, type, event, user_key FROM {{s}}.user_days EXCEPT ({raw_users})") == []
    raw_hours = "SELECT date_trunc('hour', ts, 'UTC'), type, event, count(*) FROM {s}.events GROUP BY 1, 2, 3"
    assert q(f"({raw_hours}) EXCEPT SELECT bucket, type, event, events FROM {{s}}.event_counts_hour") == []
    assert q(f"SELECT bucket, type, event, events FROM {{s}}.event_counts_hour EXCEPT ({raw_hours})") == []
    # latest traits: every user with an identify row has one user_traits row, merged in event-time order
    raw_traits = (
        "SELECT coalesce(user_id, 'anon:' || anonymous_id), {s}.jsonb_merge_agg(traits ORDER BY ts), max(ts)"
        " FROM {s}.events WHERE type = 'identify' GROUP BY 1"
    )
    assert q(f"({raw_traits}) EXCEPT SELECT user_key, traits, updated_ts FROM {{s}}.user_traits") == []
    assert q(f"SELECT user_key, traits, updated_ts FROM {{s}}.user_traits EXCEPT ({raw_traits})") == []
    raw_months = (
        "SELECT date_trunc('month', ts AT TIME ZONE 'UTC')::date, coalesce(user_id, 'anon:' || anonymous_id),"
        " bit_or(1 << (extract(day FROM ts AT TIME ZONE 'UTC')::int - 1)) FROM {s}.events GROUP BY 1, 2"
    )
    assert q(f"({raw_months}) EXCEPT SELECT month, user_key, days FROM {{s}}.user_months") == []
    assert q(f"SELECT month, user_key, days FROM {{s}}.user_months EXCEPT ({raw_months})") == []


def committed_and_end(bootstrap: str, group: str, topic: str) -> tuple[dict[int, int], dict[int, int]]:
    """The group's committed offsets (-1: none yet) and the topic's end offsets, per partition."""
    with AdminClient({"bootstrap.servers": bootstrap}) as admin:
        parts = sorted(admin.list_topics(topic, timeout=10).topics[topic].partitions)
    with GroupOffsets(bootstrap=bootstrap, group=group, timeout=30) as offsets:
        committed = {p: -1 if o is None else o for p, o in offsets.committed(topic, parts).items()}
    with Consumer({"bootstrap.servers": bootstrap, "group.id": f"{group}-probe"}) as probe:
        end = {p: probe.get_watermark_offsets(TopicPartition(topic, p), timeout=10)[1] for p in parts}
    return committed, end


def read_all(bootstrap: str, topic: str, expected: int, *, timeout: float = 60) -> list[Any]:
    """Read `expected` records from the beginning of `topic` (a throwaway group)."""
    import time  # noqa: PLC0415
    import uuid  # noqa: PLC0415

    consumer = Consumer(
        {"bootstrap.servers": bootstrap, "group.id": f"reader-{uuid.uuid4().hex[:8]}", "auto.offset.reset": "earliest"}
    )
    consumer.subscribe([topic])
    out: list[Any] = []
    deadline = time.monotonic() + timeout
    try:
        while len(out) < expected and time.monotonic() < deadline:
            out.extend(m for m in consumer.consume(100, 1.0) if m.error() is None)
        # a little longer: more than expected would be a defect too
        out.extend(m for m in consumer.consume(100, 2.0) if m.error() is None)
    finally:
        consumer.close()
    return out


def log_tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except FileNotFoundError:
        return "(no log)"
