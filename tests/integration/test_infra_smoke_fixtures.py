"""The shared fixtures deliver what they promise: isolated topic, schema and key prefix on real servers."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest
import redis
from confluent_kafka.admin import AdminClient
from eventpipeline.infra.endpoints import Endpoints

pytestmark = pytest.mark.integration


def test_make_topic_creates_requested_partitions(endpoints: Endpoints, make_topic: Callable[..., str]) -> None:
    name = make_topic(partitions=5)
    meta = AdminClient({"bootstrap.servers": endpoints.kafka_bootstrap}).list_topics(topic=name, timeout=10)
    assert len(meta.topics[name].partitions) == 5


def test_pg_schema_is_fresh_and_empty(pg_conn: psycopg.Connection[tuple[object, ...]], pg_schema: str) -> None:
    tables = pg_conn.execute(
        "select count(*) from information_schema.tables where table_schema = %s", (pg_schema,)
    ).fetchone()
    assert tables == (0,)
    pg_conn.execute(f'create table "{pg_schema}".t (id int)')


def test_redis_prefix_is_unused(endpoints: Endpoints, redis_prefix: str) -> None:
    client = redis.Redis.from_url(endpoints.redis_url)
    assert list(client.scan_iter(match=redis_prefix + "*")) == []
    client.set(redis_prefix + "k", "v")
    client.close()
