"""Every Kafka client of ours through the broker's SASL_PLAINTEXT (SCRAM-SHA-512) listener: the operator's admin
client and lag reader, ingest's producer and the consumer carry events into PostgreSQL as a SCRAM user; a wrong
password is named as an authentication failure, quickly, and no log or error quotes it.

Each test makes its own SCRAM user with a recognizable password, so the logs can be searched for it.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.infra.kafka import delete_scram_user, upsert_scram_user
from eventpipeline.operator import kafka_topics
from eventpipeline.operator.autoscale.kafka import KafkaLagReader
from psycopg import sql

from tests.integration.ingest_support import WRITE_KEY, run_ingest
from tests.support import eventually
from tests.support.consumer import start_consumer, stop_clean

pytestmark = pytest.mark.integration


@pytest.fixture
def scram_user(endpoints: Endpoints) -> Iterator[KafkaConnection]:
    """A SCRAM-SHA-512 user of its own with a recognizable password, on the SASL listener; deleted afterwards."""
    name = f"it-{uuid.uuid4().hex[:8]}"
    password = f"pw-{uuid.uuid4().hex}"
    upsert_scram_user(endpoints.kafka_bootstrap, name, password)
    yield replace(endpoints.kafka_sasl(), username=name, password=password)
    delete_scram_user(endpoints.kafka_bootstrap, name)


def _env(kafka: KafkaConnection) -> dict[str, str]:
    """A workload's Kafka settings by field name, as the operator sets them."""
    return {
        "kafka_bootstrap": kafka.bootstrap,
        "kafka_security_protocol": kafka.security_protocol,
        "kafka_sasl_mechanism": kafka.sasl_mechanism,
        "kafka_sasl_username": kafka.username,
        "kafka_sasl_password": kafka.password,
    }


def _rows(dsn: str, schema: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(dsn) as conn:
        if not conn.execute(
            "select 1 from pg_tables where schemaname = %s and tablename = 'events'", (schema,)
        ).fetchone():
            return []
        return conn.execute(sql.SQL("select user_id, event from {}.events").format(sql.Identifier(schema))).fetchall()


def test_operator_ingest_and_consumer_carry_events_as_a_scram_user(
    endpoints: Endpoints, scram_user: KafkaConnection, pg_schema: str, tmp_path: Path
) -> None:
    topic = f"sasl-{uuid.uuid4().hex[:8]}"
    group = f"g-{uuid.uuid4().hex[:8]}"
    # The operator's admin client makes the topic through the SASL listener.
    with kafka_topics.make_admin(scram_user) as admin:
        spec = kafka_topics.topic_spec(topic, partitions=3, replication_factor=1)
        assert kafka_topics.ensure_topic(admin, spec, timeout_s=30).created
    consumer = start_consumer(
        endpoints,
        topic=topic,
        schema=pg_schema,
        group=group,
        log=tmp_path / "consumer.log",
        **_env(scram_user),
    )
    try:
        with (
            run_ingest(tmp_path, topic=topic, **_env(scram_user)) as ingest,
            httpx.Client(base_url=ingest.url, headers={"X-Write-Key": WRITE_KEY}, timeout=30) as client,
        ):
            answer = client.post("/v1/track", json={"userId": "u-sasl", "event": "Signed Up"})
            assert answer.status_code == 200, answer.text  # 200: the broker acknowledged it, as the SCRAM user
            eventually(lambda: _rows(endpoints.postgres_primary_dsn, pg_schema) == [("u-sasl", "Signed Up")])
            ingest_log = ingest.log
        # The operator's lag reader sees the group drained, through the same listener.
        reader = KafkaLagReader(kafka=scram_user, group=group, topic=topic, timeout=10)
        try:
            eventually(lambda: sum(p.lag for p in reader.snapshot(at=time.time()).partitions) == 0)
        finally:
            asyncio.run(reader.aclose())
    finally:
        stop_clean(consumer)
    for log in (ingest_log, tmp_path / "consumer.log"):
        assert scram_user.password not in log.read_text(), f"{log.name} holds the SASL password"


def test_a_wrong_password_is_named_as_such_without_the_password(
    endpoints: Endpoints, scram_user: KafkaConnection, pg_schema: str, tmp_path: Path
) -> None:
    wrong = replace(scram_user, password=f"wrong-{uuid.uuid4().hex}")
    # The operator: its request fails within its timeout, and the error says why (it becomes a status condition).
    with (
        kafka_topics.make_admin(wrong, timeout_s=5) as admin,
        pytest.raises(kafka_topics.KafkaUnavailableError) as info,
    ):
        kafka_topics.ensure_topic(admin, kafka_topics.topic_spec("sasl-never", partitions=1, replication_factor=1))
    assert "Authentication failed" in str(info.value)
    assert "SCRAM-SHA-512" in str(info.value)
    assert wrong.password not in str(info.value)
    # Ingest: nothing is acknowledged (a 503 after the delivery timeout, never a hang), and its log says why.
    with (
        run_ingest(tmp_path, topic="sasl-never", kafka_message_timeout_ms="2000", **_env(wrong)) as ingest,
        httpx.Client(base_url=ingest.url, headers={"X-Write-Key": WRITE_KEY}, timeout=30) as client,
    ):
        answer = client.post("/v1/track", json={"userId": "u-refused", "event": "Never Stored"})
        assert answer.status_code == 503, answer.text
        assert wrong.password not in answer.text
        eventually(lambda: "Authentication failed" in ingest.log.read_text())
        assert wrong.password not in ingest.log.read_text()
    # The consumer: it keeps running and says why in its log; nothing is consumed or committed.
    log = tmp_path / "consumer.log"
    consumer = start_consumer(
        endpoints, topic="sasl-never", schema=pg_schema, group=f"g-{uuid.uuid4().hex[:8]}", log=log, **_env(wrong)
    )
    try:
        eventually(lambda: "Authentication failed" in log.read_text())
    finally:
        stop_clean(consumer)
    assert wrong.password not in log.read_text()
