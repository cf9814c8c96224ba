"""Private throwaway servers (eventpipeline.infra.private) survive stop/kill and start again with their data."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import redis
from confluent_kafka import Producer
from confluent_kafka.admin import AdminClient
from eventpipeline.infra.private import start_private_kafka, start_private_postgres, start_private_redis
from eventpipeline.infra.procs import port_open

from tests.support import eventually

pytestmark = pytest.mark.integration


@pytest.fixture
def root() -> Iterator[Path]:
    """Outside pytest's tmp_path, which concurrent pytest sessions may prune."""
    path = Path(tempfile.mkdtemp(prefix="ep-private-test-", dir="/var/tmp"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_private_postgres_with_replica_survives_a_crash(root: Path) -> None:
    with start_private_postgres(root, replica=True) as pg:
        marker = uuid.uuid4().hex
        with psycopg.connect(pg.endpoint, autocommit=True) as conn:
            conn.execute("create table notes (body text)")
            conn.execute("insert into notes values (%s)", (marker,))
        pg.kill()
        assert not pg.running()
        pg.start()
        with psycopg.connect(pg.endpoint, autocommit=True) as conn:
            assert conn.execute("select body from notes").fetchall() == [(marker,)]
        with psycopg.connect(pg.replica_endpoint, autocommit=True) as replica:
            assert eventually(lambda: replica.execute("select body from notes").fetchall() == [(marker,)])
    assert not pg.running()


def test_private_kafka_stop_and_start_keeps_topics(root: Path) -> None:
    kafka = start_private_kafka(root)
    try:
        port = int(kafka.endpoint.rsplit(":", 1)[1])
        producer = Producer({"bootstrap.servers": kafka.endpoint})
        producer.produce("kept", value=b"x")
        assert producer.flush(60) == 0
        kafka.stop()
        assert not port_open("127.0.0.1", port)
        kafka.start()
        topics = AdminClient({"bootstrap.servers": kafka.endpoint}).list_topics(timeout=30).topics
        assert "kept" in topics
    finally:
        kafka.stop()
    assert not port_open("127.0.0.1", port)


def test_private_redis(root: Path) -> None:
    with start_private_redis(root) as server:
        client = redis.Redis.from_url(server.endpoint)
        client.set("k", "v")
        assert client.get("k") == b"v"
        client.close()
    assert not server.running()
