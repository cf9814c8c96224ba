"""The consumer's launcher and outcome checks, for the integration and e2e tiers: the real process, exact rows in
Postgres, drained offsets in Kafka."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import psycopg
from eventpipeline.infra.endpoints import Endpoints
from psycopg import sql

from tests.support import ServedProcess, eventually, free_port, python_module
from tests.support.kafka import committed_and_end


def start_consumer(
    endpoints: Endpoints,
    *,
    topic: str,
    schema: str,
    group: str,
    log: Path,
    dsn: str | None = None,
    **extra: str,
) -> ServedProcess:
    """Started and answering /metrics: its signal handlers are in place, so SIGTERM now means a clean drain."""
    port = free_port()
    env = {
        "EP_CONSUMER_KAFKA_BOOTSTRAP": endpoints.kafka_bootstrap,
        "EP_CONSUMER_TOPIC": topic,
        "EP_CONSUMER_GROUP": group,
        "EP_CONSUMER_POSTGRES_DSN": dsn or endpoints.postgres_primary_dsn,
        "EP_CONSUMER_SCHEMA": schema,
        "EP_CONSUMER_HOST": "127.0.0.1",
        "EP_CONSUMER_PORT": str(port),
        "EP_CONSUMER_MIGRATE": "true",
        "EP_CONSUMER_BATCH_MAX_SECONDS": "0.2",
        "EP_CONSUMER_STATS_INTERVAL_MS": "500",
        "EP_CONSUMER_SESSION_TIMEOUT_MS": "6000",  # a SIGKILLed member leaves the group quickly (broker minimum)
        "EP_CONSUMER_RETRY_MAX_SECONDS": "2",
        **{f"EP_CONSUMER_{k.upper()}": v for k, v in extra.items()},
    }
    url = f"http://127.0.0.1:{port}"
    return ServedProcess(python_module("eventpipeline.consumer"), url=url, log=log, env=env, health="/metrics").start()


def durable_dir(name: str) -> Path:
    """A directory that outlives pytest's rotation of tmp dirs (other sessions run pytest at the same time)."""
    root = Path(tempfile.gettempdir()) / "ep-consumer-tests"
    root.mkdir(exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{name}-", dir=root))


def progressed(proc: ServedProcess, dsn: str, schema: str, above: int) -> bool:
    """More than `above` rows stored; fails at once (with the log) if the consumer process died."""
    if not proc.alive():
        raise AssertionError(f"consumer exited early:\n{proc.tail()}")
    return count_or_zero(dsn, schema) > above


def wait_drained(bootstrap: str, topic: str, group: str) -> None:
    """The group's committed offsets reach the end of every partition (what the autoscaler reads)."""

    def drained() -> bool:
        committed, end = committed_and_end(bootstrap, group, topic)
        return bool(committed == end)

    eventually(drained, timeout=120, interval=0.5, what=f"group {group} drained {topic}")


def stop_clean(proc: ServedProcess) -> None:
    """SIGTERM: the consumer finishes its batch, commits and exits 0."""
    code = proc.stop(timeout=60)
    assert code == 0, f"consumer exited {code}:\n{proc.tail()}"


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
