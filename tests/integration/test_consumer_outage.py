"""PostgreSQL stopped (and crashed) under the consumer: it pauses, retries with backoff, resumes, and every event
arrives exactly once. Uses a PRIVATE PostgreSQL (never stops the shared one)."""

from __future__ import annotations

import urllib.error
import urllib.request
import uuid
from typing import Any

import psycopg
import pytest
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.infra.private import start_private_postgres

from tests.support import eventually, free_port
from tests.support.consumer import (
    assert_exact,
    count_or_zero,
    durable_dir,
    progressed,
    start_consumer,
    stop_clean,
    wait_drained,
)
from tests.support.kafka import committed_and_end, event_values, produce

pytestmark = pytest.mark.integration


def readyz(url: str) -> int:
    try:
        with urllib.request.urlopen(f"{url}/readyz", timeout=5) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def test_postgres_stopped_and_crashed_during_consumption_every_row_once(endpoints: Endpoints, kafka_topic: str) -> None:
    tmp_path = durable_dir("outage")
    n = 15_000
    schema = "outage"
    group = f"g-{uuid.uuid4().hex[:8]}"
    produce(endpoints.kafka_bootstrap, kafka_topic, event_values(n, seed=31))
    # free_port picks below the ephemeral range: while the server is down, no outgoing connection can take it.
    with start_private_postgres(tmp_path / "pg", port=free_port()) as pg:
        dsn = pg.endpoint
        proc = start_consumer(
            endpoints,
            topic=kafka_topic,
            schema=schema,
            group=group,
            log=tmp_path / "c.log",
            dsn=dsn,
            batch_max_messages="300",
        )
        try:
            total = n
            for seed, outage in ((41, "stop"), (42, "kill")):
                before = count_or_zero(dsn, schema)
                eventually(lambda b=before: progressed(proc, dsn, schema, b), timeout=180)  # type: ignore[misc]
                pg.stop() if outage == "stop" else pg.kill()
                produce(endpoints.kafka_bootstrap, kafka_topic, event_values(1000, seed=seed))
                total += 1000
                # The consumer notices, pauses and stops being ready; offsets stay where the stored rows end.
                eventually(lambda: proc.metric("ep_consumer_paused") == 1, timeout=120)
                assert readyz(proc.url) == 503
                committed_during, _ = committed_and_end(endpoints.kafka_bootstrap, group, kafka_topic)
                eventually(lambda: proc.metric("ep_consumer_db_retries_total") >= 2, timeout=120)
                committed_still, _ = committed_and_end(endpoints.kafka_bootstrap, group, kafka_topic)
                assert committed_still == committed_during
                pg.start()
                eventually(lambda: proc.metric("ep_consumer_paused") == 0, timeout=180)
            eventually(lambda: progressed(proc, dsn, schema, total - 1), timeout=300)
            wait_drained(endpoints.kafka_bootstrap, kafka_topic, group)
            assert readyz(proc.url) == 200
        finally:
            stop_clean(proc)
        with psycopg.connect(dsn, autocommit=True) as conn:
            check: Any = conn
            assert_exact(check, schema, total)
