"""The broker stops in the middle of a load: requests get 503 (not a hang, not a 200), and every event id
that got a 2xx is in the topic once the broker is back. Uses a PRIVATE Kafka (never the shared one)."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import orjson
import pytest
from confluent_kafka.admin import AdminClient
from confluent_kafka.cimpl import NewTopic
from eventpipeline.infra.private import start_private_kafka

from tests.integration.ingest_support import WRITE_KEY, run_ingest
from tests.support import aeventually
from tests.support.kafka import read_topic

pytestmark = pytest.mark.integration

TOPIC = "ingest-outage"
WORKERS = 8
BATCH = 10


@dataclass
class Load:
    """What the clients saw: ids acknowledged with a 2xx, and every status by phase."""

    acked: list[str] = field(default_factory=list)
    statuses: Counter[tuple[str, int]] = field(default_factory=Counter)
    phase: str = "up"
    stop: bool = False

    def count(self, phase: str, status: int) -> int:
        return self.statuses[(phase, status)]


async def _client(url: str, load: Load, worker: int) -> None:
    """Post batches with client-chosen ids; on 503 retry the SAME batch (safe: the consumer dedups by id)."""
    async with httpx.AsyncClient(base_url=url, headers={"X-Write-Key": WRITE_KEY}, timeout=30) as client:
        batch: list[dict[str, object]] = []
        while not load.stop:
            if not batch:
                batch = [
                    {"messageId": str(uuid.uuid4()), "type": "track", "event": "load", "userId": f"u{worker}-{n % 3}"}
                    for n in range(BATCH)
                ]
            phase = load.phase
            try:
                response = await client.post("/v1/batch", json={"batch": batch})
            except httpx.HTTPError:
                load.statuses[(phase, 0)] += 1
                await asyncio.sleep(0.1)
                continue
            load.statuses[(phase, response.status_code)] += 1
            if 200 <= response.status_code < 300:
                assert response.json()["messageIds"] == [e["messageId"] for e in batch]
                load.acked.extend(response.json()["messageIds"])
                batch = []
            else:
                await asyncio.sleep(0.1)


async def test_broker_outage_gives_503_and_loses_no_acknowledged_event(tmp_path: Path) -> None:
    with start_private_kafka(tmp_path / "kafka") as kafka:
        _create_topic(kafka.endpoint)
        with run_ingest(
            tmp_path,
            bootstrap=kafka.endpoint,
            topic=TOPIC,
            kafka_message_timeout_ms="3000",
            ready_check_interval_seconds="0.5",
            ready_check_timeout_seconds="1",
        ) as server:
            async with httpx.AsyncClient(base_url=server.url) as probe:

                async def ready() -> bool:
                    return (await probe.get("/readyz")).status_code == 200

                await aeventually(ready, timeout=60)
                load = Load()
                tasks = [asyncio.create_task(_client(server.url, load, w)) for w in range(WORKERS)]
                try:
                    await aeventually(lambda: _async(len(load.acked) >= 500), timeout=60)

                    load.phase = "down"
                    await asyncio.to_thread(kafka.stop)
                    await aeventually(lambda: _async(load.count("down", 503) >= 20), timeout=60)
                    assert (await probe.get("/readyz")).status_code == 503

                    load.phase = "restarting"
                    await asyncio.to_thread(kafka.start)
                    load.phase = "back"
                    await aeventually(lambda: _async(load.count("back", 200) >= 50), timeout=90)
                    await aeventually(ready, timeout=30)
                finally:
                    load.stop = True
                    await asyncio.gather(*tasks, return_exceptions=True)
                for task in tasks:
                    assert task.exception() is None, task.exception()

        unexpected = {k: v for k, v in load.statuses.items() if k[1] not in (200, 503)}
        assert not unexpected, f"only 200 and 503 are expected: {load.statuses}"
        records = read_topic(kafka.endpoint, TOPIC, expect=len(load.acked), timeout=60)
    in_topic = Counter(orjson.loads(r.value)["eventId"] for r in records)  # the UUID messageIds are the event ids
    missing = set(load.acked) - set(in_topic)
    assert not missing, f"{len(missing)} acknowledged ids are not in the topic (of {len(load.acked)})"
    assert len(set(load.acked)) == len(load.acked)  # every id acknowledged once
    print(  # the figures behind the assertion, for the test log
        f"acked={len(load.acked)} in_topic_unique={len(in_topic)} "
        f"duplicates={sum(c - 1 for c in in_topic.values())} statuses={dict(load.statuses)}"
    )


def _create_topic(bootstrap: str) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap, "log_level": 0})  # quiet once the broker stops
    admin.create_topics([NewTopic(TOPIC, num_partitions=3, replication_factor=1)])[TOPIC].result(timeout=30)


async def _async(value: bool) -> bool:
    return value
