"""Ingest, the consumer and a migrated schema on the real Kafka and PostgreSQL: the data path end to end, for the
tests that drive it from the outside (real SDKs, refusals)."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from eventpipeline.infra.endpoints import Endpoints
from psycopg import sql

from tests.integration.ingest_support import run_ingest
from tests.support import ServedProcess
from tests.support.consumer import start_consumer, stop_clean
from tests.support.kafka import Record, committed_and_end, read_topic


@dataclass
class Pipeline:
    ingest_url: str
    topic: str
    schema: str
    group: str
    consumer: ServedProcess
    endpoints: Endpoints

    def drained(self) -> bool:
        """The consumer committed every record of the topic (so anything it could not store is in the DLQ)."""
        committed, end = committed_and_end(self.endpoints.kafka_bootstrap, self.group, self.topic)
        return bool(committed == end)

    def rows(self, query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with psycopg.connect(self.endpoints.postgres_primary_dsn) as conn:
            return conn.execute(sql.SQL(query).format(s=sql.Identifier(self.schema)), params).fetchall()

    def dead_letters(self) -> list[Record]:
        return read_topic(self.endpoints.kafka_bootstrap, f"{self.topic}.dlq", expect=0, timeout=5)


@contextlib.contextmanager
def running_pipeline(
    tmp_path: Path, endpoints: Endpoints, *, topic: str, schema: str, **consumer_env: str
) -> Iterator[Pipeline]:
    """`consumer_env`: EP_CONSUMER_* settings, lower-case without the prefix (`max_event_age_days="1"`)."""
    group = f"g-{uuid.uuid4().hex[:8]}"
    log = tmp_path / "consumer.log"
    consumer = start_consumer(endpoints, topic=topic, schema=schema, group=group, log=log, **consumer_env)
    try:
        with run_ingest(tmp_path, bootstrap=endpoints.kafka_bootstrap, topic=topic) as server:
            yield Pipeline(server.url, topic, schema, group, consumer, endpoints)
    finally:
        stop_clean(consumer)
