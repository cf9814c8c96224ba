"""The reprocess tests' data and checks: back-dated history in a topic that keeps a month, the damage done to a
range, and the comparison of two schemas table by table."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import msgspec
import orjson
import psycopg
import pytest
from confluent_kafka import Consumer, TopicPartition
from confluent_kafka.admin import AdminClient
from confluent_kafka.cimpl import NewTopic
from eventpipeline.common.events import CallType, encode, partition_key
from eventpipeline.infra import endpoints as ep
from eventpipeline.operator.reprocess import machine
from msgspec import Raw
from psycopg import sql

from tests.support.kafka import event_doc, produce

NOW = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
BASE = NOW - timedelta(hours=36)  # six hours of events, each received six hours after its time
RANGE = machine.Range(BASE + timedelta(hours=2), BASE + timedelta(hours=4))
USERS = 40


def records(
    n: int, *, first: datetime, span: timedelta, seed: str, users: str = "u"
) -> list[tuple[datetime, bytes | None, bytes]]:
    """`n` events over `span` from `first`, 40 users, every tenth an identify. An identify before the range's end
    carries a trait `untilEnd` that none after it has: the profile must end with the range's last value."""
    out = []
    for i in range(n):
        ts = first + span * i / n
        user = f"{users}{i % USERS}"
        call: CallType = "identify" if i % 10 == 0 else "track"
        doc = event_doc(
            ts=ts,
            event=("Clicked", "Signed Up")[i % 2],
            user=user,
            anon=None,
            call=call,
            event_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{seed}/{i}")),
        )
        if call == "identify" and ts < RANGE.end:
            doc = msgspec.structs.replace(doc, traits=Raw(orjson.dumps({"plan": "pro", "untilEnd": ts.isoformat()})))
        out.append((ts, partition_key(user, None), encode(doc)))
    return out


def produce_received(
    bootstrap: str, name: str, records: list[tuple[datetime, bytes | None, bytes]], lag: timedelta
) -> None:
    """Each record with the Kafka timestamp `lag` after its event time (in hourly groups: one produce per hour)."""
    by_hour: dict[datetime, list[tuple[bytes | None, bytes]]] = {}
    for ts, key, value in records:
        by_hour.setdefault(ts.replace(minute=0, second=0, microsecond=0), []).append((key, value))
    for hour, chunk in sorted(by_hour.items()):
        produce(bootstrap, name, chunk, timestamp_ms=int((hour + lag).timestamp() * 1000))


def q(conn: psycopg.Connection[Any], text: str, schema: str) -> list[tuple[Any, ...]]:
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


def differ(conn: psycopg.Connection[Any], table: str, one: str, other: str) -> int:
    """Rows of `one`'s table that `other`'s lacks (whole rows, jsonb compared as values)."""
    found = conn.execute(
        sql.SQL("SELECT count(*) FROM (SELECT * FROM {}.{} EXCEPT SELECT * FROM {}.{}) d").format(
            sql.Identifier(one), sql.Identifier(table), sql.Identifier(other), sql.Identifier(table)
        )
    ).fetchone()
    assert found is not None
    return int(found[0])


def corrupt(conn: psycopg.Connection[Any], schema: str) -> None:
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


TABLES = ("events", "event_counts_minute", "event_counts_hour", "user_days", "user_months", "user_traits")


def same_tables(conn: psycopg.Connection[Any], one: str, other: str) -> None:
    """Every table of the two schemas holds the same rows."""
    for table in TABLES:
        assert differ(conn, table, one, other) == 0, table
        assert differ(conn, table, other, one) == 0, table


def dlq_empty(bootstrap: str, name: str) -> bool:
    """Nothing was dead-lettered (the .dlq topic exists only once something was)."""
    with AdminClient({"bootstrap.servers": bootstrap}) as admin:
        dlq = admin.list_topics(timeout=10).topics.get(name)
    if dlq is None:
        return True
    with Consumer({"bootstrap.servers": bootstrap, "group.id": "probe"}) as probe:
        return all(probe.get_watermark_offsets(TopicPartition(name, p), timeout=10)[1] == 0 for p in dlq.partitions)
