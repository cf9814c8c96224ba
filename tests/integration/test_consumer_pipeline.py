"""The real consumer process against the shared Kafka and PostgreSQL: exact rows, rollups and offsets, crashes,
duplicates, poison records and a rebalance between two members."""

from __future__ import annotations

import random
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import psycopg
import pytest
from eventpipeline.common.events import encode
from eventpipeline.common.schema import partition_name
from eventpipeline.infra.endpoints import Endpoints
from psycopg import sql

from tests.support import ServedProcess, eventually
from tests.support.consumer import (
    assert_exact,
    count,
    count_or_zero,
    progressed,
    start_consumer,
    stop_clean,
    wait_drained,
)
from tests.support.kafka import event_doc, event_values, produce, read_topic

pytestmark = pytest.mark.integration


def test_n_events_become_exactly_n_rows_with_exact_rollups_and_offsets(
    endpoints: Endpoints, kafka_topic: str, pg_schema: str, pg_conn: psycopg.Connection[Any], tmp_path: Path
) -> None:
    n = 3000
    # Over 40 days: two or three months, so partitions are created on demand for past months too.
    produce(endpoints.kafka_bootstrap, kafka_topic, event_values(n, spread=timedelta(days=40)))
    group = f"g-{uuid.uuid4().hex[:8]}"
    proc = start_consumer(endpoints, topic=kafka_topic, schema=pg_schema, group=group, log=tmp_path / "c.log")
    try:
        eventually(lambda: count_or_zero(endpoints.postgres_primary_dsn, pg_schema) >= n, timeout=180)
        wait_drained(endpoints.kafka_bootstrap, kafka_topic, group)
        assert proc.metric("ep_consumer_events_written_total") == n
        assert proc.metric("ep_consumer_events_consumed_total") == n
        assert eventually(lambda: proc.metric("ep_consumer_last_commit_timestamp_seconds") > 0)
        eventually(lambda: proc.metric("ep_consumer_lag_messages") == 0, timeout=30)
    finally:
        stop_clean(proc)
    assert_exact(pg_conn, pg_schema, n)
    months = pg_conn.execute(
        sql.SQL("SELECT DISTINCT to_char(ts AT TIME ZONE 'UTC', 'YYYYMM') FROM {}.events").format(
            sql.Identifier(pg_schema)
        )
    ).fetchall()
    assert len(months) >= 2
    for (yyyymm,) in months:  # every row sits in the partition named after its month
        name = partition_name(int(yyyymm[:4]), int(yyyymm[4:]))
        rows = pg_conn.execute(
            sql.SQL("SELECT count(*) FROM {}.{} WHERE to_char(ts AT TIME ZONE 'UTC', 'YYYYMM') = %s").format(
                sql.Identifier(pg_schema), sql.Identifier(name)
            ),
            (yyyymm,),
        ).fetchone()
        assert rows is not None
        assert rows[0] > 0


def test_sigkill_mid_batches_then_restart_still_exact(
    endpoints: Endpoints, kafka_topic: str, pg_schema: str, pg_conn: psycopg.Connection[Any], tmp_path: Path
) -> None:
    n = 20_000
    produce(endpoints.kafka_bootstrap, kafka_topic, event_values(n, seed=11))
    group = f"g-{uuid.uuid4().hex[:8]}"
    dsn = endpoints.postgres_primary_dsn
    kills = 0
    rnd = random.Random(3)
    for attempt in range(4):
        before = count_or_zero(dsn, pg_schema)
        proc = start_consumer(
            endpoints,
            topic=kafka_topic,
            schema=pg_schema,
            group=group,
            log=tmp_path / f"c{attempt}.log",
            batch_max_messages="400",
        )
        # Let it make some progress, then kill it at a random moment of whatever batch is in hand.
        eventually(lambda p=proc, b=before: progressed(p, dsn, pg_schema, b), timeout=180)  # type: ignore[misc]
        time.sleep(rnd.random() * 0.5)
        proc.kill()
        kills += 1
        if count_or_zero(dsn, pg_schema) >= n:
            break
    assert kills >= 2
    proc = start_consumer(endpoints, topic=kafka_topic, schema=pg_schema, group=group, log=tmp_path / "final.log")
    try:
        eventually(lambda: progressed(proc, dsn, pg_schema, n - 1), timeout=240)
        wait_drained(endpoints.kafka_bootstrap, kafka_topic, group)
    finally:
        stop_clean(proc)
    assert_exact(pg_conn, pg_schema, n)


def test_duplicates_in_the_topic_are_stored_once_even_with_another_month(
    endpoints: Endpoints, kafka_topic: str, pg_schema: str, pg_conn: psycopg.Connection[Any], tmp_path: Path
) -> None:
    now = datetime.now(UTC)
    originals = event_values(500, now=now, spread=timedelta(hours=1), seed=5)
    replays: list[tuple[bytes | None, bytes]] = []
    for key, value in originals[:200]:
        replays.append((key, value))  # an exact redelivery
        doc = orjson.loads(value)
        doc["timestamp"] = (now - timedelta(days=35)).isoformat()  # same id, another month, another minute
        doc["type"], doc["event"] = "page", "other name"
        replays.append((key, orjson.dumps(doc)))
    # Originals first (same key -> same partition -> read first), replays both in later batches and the same one.
    produce(endpoints.kafka_bootstrap, kafka_topic, originals + replays)
    group = f"g-{uuid.uuid4().hex[:8]}"
    proc = start_consumer(endpoints, topic=kafka_topic, schema=pg_schema, group=group, log=tmp_path / "c.log")
    try:
        wait_drained(endpoints.kafka_bootstrap, kafka_topic, group)
        produce(endpoints.kafka_bootstrap, kafka_topic, replays)  # and once more, long after the originals
        wait_drained(endpoints.kafka_bootstrap, kafka_topic, group)
        assert proc.metric("ep_consumer_events_written_total") == 500
        assert proc.metric("ep_consumer_events_duplicate_total") == 800
    finally:
        stop_clean(proc)
    assert_exact(pg_conn, pg_schema, 500)
    stored = dict(
        pg_conn.execute(
            sql.SQL("SELECT event_id::text, ts FROM {}.events").format(sql.Identifier(pg_schema))
        ).fetchall()
    )
    for _, value in originals:
        doc = orjson.loads(value)
        assert stored[doc["eventId"]] == datetime.fromisoformat(doc["timestamp"])  # the first one seen wins
    assert count(pg_conn, pg_schema, "event_counts_minute") > 0
    other = pg_conn.execute(
        sql.SQL("SELECT count(*) FROM {}.events WHERE event = 'other name'").format(sql.Identifier(pg_schema))
    ).fetchone()
    assert other == (0,)


def test_poison_records_go_to_the_dlq_with_their_error_and_the_partition_keeps_flowing(
    endpoints: Endpoints, make_topic: Any, pg_schema: str, pg_conn: psycopg.Connection[Any], tmp_path: Path
) -> None:
    topic = make_topic(partitions=1)
    now = datetime.now(UTC)
    good = event_values(300, now=now, spread=timedelta(minutes=30), seed=9)
    far_future = event_doc(ts=now + timedelta(days=30), event="t", user=None, anon="a1")
    too_old = event_doc(ts=now - timedelta(days=400), event="t", user="u1", anon=None)
    bad_id = event_doc(ts=now, event="t", user="u1", anon=None, event_id="not-a-uuid")
    no_user = event_doc(ts=now, event="t", user=None, anon=None)
    poison: list[tuple[bytes, str]] = [
        (b"\x00\x01 definitely not json", "value:"),
        (b'{"eventId": 1', "eventId:"),  # wrong type, found before the truncation
        (b'{"eventId": "6f1c', "value:"),
        (encode(far_future), "timestamp: out of range"),
        (encode(too_old), "timestamp: out of range"),
        (encode(bad_id), "eventId:"),
        (encode(no_user), "userId:"),
        (b"", "value:"),
    ]
    records: list[tuple[bytes | None, bytes]] = []
    expected_letters: list[tuple[bytes, str]] = []
    for i, (key, value) in enumerate(good):  # poison spread among good records in the one partition
        records.append((key, value))
        if i % 40 == 0 and poison:
            poison_value, reason = poison.pop()
            records.append((b"poison", poison_value))
            expected_letters.append((poison_value, reason))
    assert len(expected_letters) == 8
    produce(endpoints.kafka_bootstrap, topic, records)
    group = f"g-{uuid.uuid4().hex[:8]}"
    proc = start_consumer(endpoints, topic=topic, schema=pg_schema, group=group, log=tmp_path / "c.log")
    try:
        wait_drained(endpoints.kafka_bootstrap, topic, group)
        assert proc.metric("ep_consumer_dlq_total") == len(expected_letters)
    finally:
        stop_clean(proc)
    assert_exact(pg_conn, pg_schema, len(good))
    letters = read_topic(endpoints.kafka_bootstrap, f"{topic}.dlq", expect=len(expected_letters))
    got = sorted((m.value, m.headers["ep-error"].decode()) for m in letters)
    assert len(got) == len(expected_letters)
    for (letter, reason), (want_value, want_prefix) in zip(got, sorted(expected_letters), strict=True):
        assert letter == want_value
        assert reason.startswith(want_prefix), reason
    for m in letters:
        assert m.key == b"poison"
        assert m.headers["ep-source"].decode().startswith(f"{topic}/0/")


def test_a_second_member_joins_and_the_first_leaves_nothing_lost_or_doubled(
    endpoints: Endpoints, make_topic: Any, pg_schema: str, pg_conn: psycopg.Connection[Any], tmp_path: Path
) -> None:
    topic = make_topic(partitions=4)
    n = 12_000
    produce(endpoints.kafka_bootstrap, topic, event_values(n, seed=21))
    group = f"g-{uuid.uuid4().hex[:8]}"
    dsn = endpoints.postgres_primary_dsn
    small = {"batch_max_messages": "300"}
    first = start_consumer(endpoints, topic=topic, schema=pg_schema, group=group, log=tmp_path / "a.log", **small)
    second: ServedProcess | None = None
    try:
        eventually(lambda: progressed(first, dsn, pg_schema, 0), timeout=180)
        second = start_consumer(endpoints, topic=topic, schema=pg_schema, group=group, log=tmp_path / "b.log", **small)
        # Assigned once it reports lag for some partition (cooperative-sticky moves half the partitions to it).
        eventually(lambda: second is not None and "ep_consumer_lag_messages{" in second.metrics_text(), timeout=180)
        produce(endpoints.kafka_bootstrap, topic, event_values(6000, seed=22))
        stop_clean(first)  # graceful while records flow: finishes its batch, commits, leaves; second takes over
        produce(endpoints.kafka_bootstrap, topic, event_values(2000, seed=23))
        wait_drained(endpoints.kafka_bootstrap, topic, group)
        assert second.metric("ep_consumer_events_written_total") > 0
    finally:
        first.kill()
        if second is not None:
            stop_clean(second)
    assert_exact(pg_conn, pg_schema, n + 8000)
