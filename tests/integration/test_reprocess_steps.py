"""The reprocess's steps against the real Kafka, the real PostgreSQL and the real consumer process: a range whose rows
were damaged is rebuilt from the topic, equal to what a fresh pipeline stores from the same topic; events outside the
range and events arriving during the catch-up are stored exactly once; nothing is dead-lettered, although every
event is older than the consumer's age window by now (the window is measured from the record's receive time)."""

from __future__ import annotations

from datetime import timedelta

import psycopg
import pytest
from confluent_kafka.admin import AdminClient
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.infra import endpoints as ep
from eventpipeline.operator.reprocess import machine, store, topic

from tests.support import eventually
from tests.support.consumer import assert_exact, durable_dir, start_consumer, stop_clean, wait_drained
from tests.support.kafka import produce
from tests.support.reprocess import (
    BASE,
    NOW,
    RANGE,
    corrupt,
    dlq_empty,
    month_topic,
    produce_received,
    records,
    same_tables,
    second_schema,
)

__all__ = ["month_topic", "second_schema"]  # fixtures

pytestmark = pytest.mark.integration


def test_a_damaged_range_is_rebuilt_exactly_once(
    endpoints: ep.Endpoints, month_topic: str, pg_schema: str, second_schema: str
) -> None:
    bootstrap, dsn = endpoints.kafka_bootstrap, endpoints.postgres_primary_dsn
    name = month_topic
    group = f"{name}-group"
    log_dir = durable_dir("reprocess")
    # every record is older than the consumers' one-day window by now, and was inside it when Kafka received it
    history = records(600, first=BASE, span=timedelta(hours=6), seed=name)
    produce_received(bootstrap, name, history, lag=timedelta(hours=6))
    consumer = start_consumer(
        endpoints, topic=name, schema=pg_schema, group=group, log=log_dir / "c1.log", max_event_age_days="1"
    )
    wait_drained(bootstrap, name, group)
    stop_clean(consumer)

    with psycopg.connect(dsn, autocommit=True) as conn:
        assert_exact(conn, pg_schema, 600)
        corrupt(conn, pg_schema)

    with AdminClient({"bootstrap.servers": bootstrap}) as admin:
        assert topic.group_members(admin, group, timeout_s=10) == 0
        facts = topic.topic_facts(
            admin, kafka=KafkaConnection(bootstrap), topic=name, rewind_ms=RANGE.rewind_ms, timeout_s=10
        )
    assert machine.refuse_by_topic(RANGE, facts) is None
    assert machine.refuse_by_time(RANGE, now=NOW, ledger_retention=timedelta(days=30), retention_months=None) is None
    with psycopg.connect(dsn, autocommit=True) as conn:
        deleted = store.delete_range(conn, pg_schema, start=RANGE.start, end=RANGE.end)
        again = store.delete_range(conn, pg_schema, start=RANGE.start, end=RANGE.end)  # a resumed step repeats it
    assert deleted.events == 200 - 30 + 1
    assert again.events == 0
    parts = sorted(facts)
    current = topic.committed(kafka=KafkaConnection(bootstrap), group=group, topic=name, parts=parts, timeout_s=10)
    start = machine.rewind_offsets(facts, current)
    assert start == {p: 0 for p in parts}  # every record was received after the rewind time
    topic.rewind(kafka=KafkaConnection(bootstrap), group=group, topic=name, offsets=start, timeout_s=10)
    target = {p: f.high for p, f in facts.items()}

    consumer = start_consumer(
        endpoints, topic=name, schema=pg_schema, group=group, log=log_dir / "c2.log", max_event_age_days="1"
    )
    # ingest keeps accepting meanwhile (the range is older than the consumers' window: no late event can join it)
    # (other users: the profiles the range feeds must come out right without a newer identify to mend them)
    live = records(120, first=NOW - timedelta(minutes=30), span=timedelta(minutes=20), seed=f"{name}-now", users="v")
    produce(bootstrap, name, [(k, v) for _, k, v in live])

    def caught_up() -> machine.Progress | None:
        got = topic.committed(kafka=KafkaConnection(bootstrap), group=group, topic=name, parts=parts, timeout_s=10)
        found = machine.progress(start=start, target=target, committed=got)
        return found if found.done else None

    done = eventually(caught_up, timeout=120, interval=0.5, what="the group passed the recorded end offsets")
    assert done is not None
    assert done.reread == sum(target.values())
    wait_drained(bootstrap, name, group)
    with psycopg.connect(dsn, autocommit=True) as conn:
        assert store.repair_traits(conn, pg_schema, start=RANGE.start, end=RANGE.end) == 4  # u0, u10, u20, u30
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
        same_tables(conn, pg_schema, second_schema)
    assert dlq_empty(bootstrap, f"{name}.dlq")
