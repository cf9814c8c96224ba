"""The reprocess's steps against the real Kafka, the real PostgreSQL and the real consumer process: a range whose rows
were damaged is rebuilt from the topic, equal to what a fresh pipeline stores from the same topic; events outside the
range and events arriving during the catch-up are stored exactly once; nothing is dead-lettered, although every
event is older than the consumer's age window by now (the window is measured from the record's receive time)."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from confluent_kafka import Consumer, TopicPartition
from confluent_kafka.admin import AdminClient
from confluent_kafka.cimpl import NewTopic
from eventpipeline.common.events import CallType, encode, partition_key
from eventpipeline.infra import endpoints as ep
from eventpipeline.operator.reprocess import machine, store, topic
from psycopg import sql

from tests.integration.consumer_support import assert_exact, durable_dir, start_consumer, stop_clean, wait_drained
from tests.support import eventually
from tests.support.kafka import event_doc, produce

pytestmark = pytest.mark.integration

NOW = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
BASE = NOW - timedelta(hours=36)  # six hours of events, each received six hours after its time
RANGE = machine.Range(BASE + timedelta(hours=2), BASE + timedelta(hours=4))
USERS = [f"u{i}" for i in range(40)]


def _records(n: int, *, first: datetime, span: timedelta, seed: str) -> list[tuple[datetime, bytes | None, bytes]]:
    out = []
    for i in range(n):
        ts = first + span * i / n
        user = USERS[i % len(USERS)]
        call: CallType = "identify" if i % 10 == 0 else "track"
        doc = event_doc(
            ts=ts,
            event=("Clicked", "Signed Up")[i % 2],
            user=user,
            anon=None,
            call=call,
            event_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{seed}/{i}")),
        )
        out.append((ts, partition_key(user, None), encode(doc)))
    return out


def _produce_received(
    bootstrap: str, name: str, records: list[tuple[datetime, bytes | None, bytes]], lag: timedelta
) -> None:
    """Each record with the Kafka timestamp `lag` after its event time (in hourly groups: one produce per hour)."""
    by_hour: dict[datetime, list[tuple[bytes | None, bytes]]] = {}
    for ts, key, value in records:
        by_hour.setdefault(ts.replace(minute=0, second=0, microsecond=0), []).append((key, value))
    for hour, chunk in sorted(by_hour.items()):
        produce(bootstrap, name, chunk, timestamp_ms=int((hour + lag).timestamp() * 1000))


def _q(conn: psycopg.Connection[Any], text: str, schema: str) -> list[tuple[Any, ...]]:
    return conn.execute(sql.SQL(text).format(s=sql.Identifier(schema))).fetchall()


@pytest.fixture
def month_topic(endpoints: ep.Endpoints) -> Iterator[str]:
    """A topic keeping a month (the local broker's default, 24 h, would delete these back-dated records)."""
    name = f"t-reprocess-{uuid.uuid4().hex[:8]}"
    with AdminClient({"bootstrap.servers": endpoints.kafka_bootstrap}) as admin:
        new = NewTopic(name, num_partitions=3, replication_factor=1, config={"retention.ms": str(30 * 86_400_000)})
        admin.create_topics([new])[name].result(timeout=30)
        yield name
        for future in admin.delete_topics([name, f"{name}.dlq"], operation_timeout=30).values():
            with contextlib.suppress(Exception):  # the .dlq exists only if something was dead-lettered
                future.result(timeout=30)


@pytest.fixture
def second_schema(endpoints: ep.Endpoints) -> Iterator[str]:
    name = f"t_fresh_{uuid.uuid4().hex[:8]}"
    yield name
    with psycopg.connect(endpoints.postgres_primary_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(name)))


def _differ(conn: psycopg.Connection[Any], table: str, one: str, other: str) -> int:
    """Rows of `one`'s table that `other`'s lacks (whole rows, jsonb compared as values)."""
    found = conn.execute(
        sql.SQL("SELECT count(*) FROM (SELECT * FROM {}.{} EXCEPT SELECT * FROM {}.{}) d").format(
            sql.Identifier(one), sql.Identifier(table), sql.Identifier(other), sql.Identifier(table)
        )
    ).fetchone()
    assert found is not None
    return int(found[0])


def _corrupt(conn: psycopg.Connection[Any], schema: str) -> None:
    """What a bad deploy or a hand edit leaves: rows lost (their ids still in the ledger), a row altered, a row that
    never came from the topic, a rollup off."""
    s = sql.Identifier(schema)
    params = {"start": RANGE.start, "end": RANGE.end}
    conn.execute(
        sql.SQL(
            "DELETE FROM {s}.events WHERE ts >= %(start)s AND ts < %(end)s AND event_id IN"
            " (SELECT event_id FROM {s}.events WHERE ts >= %(start)s AND ts < %(end)s ORDER BY event_id LIMIT 30)"
        ).format(s=s),
        params,
    )
    conn.execute(
        sql.SQL(
            "UPDATE {s}.events SET properties = '{{\"corrupt\": true}}' WHERE event_id ="
            " (SELECT event_id FROM {s}.events WHERE ts >= %(start)s AND ts < %(end)s ORDER BY event_id LIMIT 1)"
        ).format(s=s),
        params,
    )
    stray = uuid.uuid4()
    at = RANGE.start + timedelta(minutes=7)
    conn.execute(
        sql.SQL(
            "INSERT INTO {s}.events (event_id, type, event, user_id, ts, received_at, properties, traits, context)"
            " VALUES (%s, 'track', 'Stray', 'u-stray', %s, %s, '{{}}', '{{}}', '{{}}')"
        ).format(s=s),
        (stray, at, at),
    )
    conn.execute(sql.SQL("INSERT INTO {s}.event_ids VALUES (%s, %s, now())").format(s=s), (stray, at))
    conn.execute(
        sql.SQL("UPDATE {s}.event_counts_minute SET events = events + 1000 WHERE bucket = %s").format(s=s),
        (RANGE.start.replace(minute=10),),
    )


def test_a_damaged_range_is_rebuilt_exactly_once(
    endpoints: ep.Endpoints, month_topic: str, pg_schema: str, second_schema: str
) -> None:
    bootstrap, dsn = endpoints.kafka_bootstrap, endpoints.postgres_primary_dsn
    name = month_topic
    group = f"{name}-group"
    log_dir = durable_dir("reprocess")
    # every record is older than the consumers' one-day window by now, and was inside it when Kafka received it
    history = _records(600, first=BASE, span=timedelta(hours=6), seed=name)
    _produce_received(bootstrap, name, history, lag=timedelta(hours=6))
    consumer = start_consumer(
        endpoints, topic=name, schema=pg_schema, group=group, log=log_dir / "c1.log", max_event_age_days="1"
    )
    wait_drained(bootstrap, name, group)
    stop_clean(consumer)

    with psycopg.connect(dsn, autocommit=True) as conn:
        assert_exact(conn, pg_schema, 600)
        _corrupt(conn, pg_schema)

    with AdminClient({"bootstrap.servers": bootstrap}) as admin:
        assert topic.group_members(admin, group, timeout_s=10) == 0
        facts = topic.topic_facts(admin, bootstrap=bootstrap, topic=name, rewind_ms=RANGE.rewind_ms, timeout_s=10)
    assert machine.refuse_by_topic(RANGE, facts) is None
    assert machine.refuse_by_time(RANGE, now=NOW, ledger_retention=timedelta(days=30), retention_months=None) is None
    with psycopg.connect(dsn, autocommit=True) as conn:
        deleted = store.delete_range(conn, pg_schema, start=RANGE.start, end=RANGE.end)
        again = store.delete_range(conn, pg_schema, start=RANGE.start, end=RANGE.end)  # a resumed step repeats it
    assert deleted.events == 200 - 30 + 1
    assert again.events == 0
    parts = sorted(facts)
    current = topic.committed(bootstrap=bootstrap, group=group, topic=name, parts=parts, timeout_s=10)
    start = machine.rewind_offsets(facts, current)
    assert start == {p: 0 for p in parts}  # every record was received after the rewind time
    topic.rewind(bootstrap=bootstrap, group=group, topic=name, offsets=start, timeout_s=10)
    target = {p: f.high for p, f in facts.items()}

    consumer = start_consumer(
        endpoints, topic=name, schema=pg_schema, group=group, log=log_dir / "c2.log", max_event_age_days="1"
    )
    # ingest keeps accepting meanwhile (the range is older than the consumers' window: no late event can join it)
    live = _records(120, first=NOW - timedelta(minutes=30), span=timedelta(minutes=20), seed=f"{name}-now")
    produce(bootstrap, name, [(k, v) for _, k, v in live])

    def caught_up() -> machine.Progress | None:
        got = topic.committed(bootstrap=bootstrap, group=group, topic=name, parts=parts, timeout_s=10)
        found = machine.progress(start=start, target=target, committed=got)
        return found if found.done else None

    done = eventually(caught_up, timeout=120, interval=0.5, what="the group passed the recorded end offsets")
    assert done is not None
    assert done.reread == sum(target.values())
    wait_drained(bootstrap, name, group)
    stop_clean(consumer)

    # a fresh pipeline over the same topic: its own schema and group, from the beginning
    fresh = start_consumer(
        endpoints,
        topic=name,
        schema=second_schema,
        group=f"{group}-fresh",
        log=log_dir / "fresh.log",
        max_event_age_days="1",
    )
    wait_drained(bootstrap, name, f"{group}-fresh")
    stop_clean(fresh)
    with psycopg.connect(dsn, autocommit=True) as conn:
        assert_exact(conn, pg_schema, 720)
        assert_exact(conn, second_schema, 720)
        for table in ("events", "event_counts_minute", "event_counts_hour", "user_days", "user_months", "user_traits"):
            assert _differ(conn, table, pg_schema, second_schema) == 0, table
            assert _differ(conn, table, second_schema, pg_schema) == 0, table
    with AdminClient({"bootstrap.servers": bootstrap}) as admin:
        dlq = admin.list_topics(timeout=10).topics.get(f"{name}.dlq")
    assert dlq is None or all(_dlq_empty(bootstrap, f"{name}.dlq", p) for p in dlq.partitions)


def _dlq_empty(bootstrap: str, name: str, partition: int) -> bool:
    with Consumer({"bootstrap.servers": bootstrap, "group.id": "probe"}) as probe:
        return probe.get_watermark_offsets(TopicPartition(name, partition), timeout=10)[1] == 0
