"""SIGTERM under load: in-flight requests still get their answer, every 200 is in the topic, the producer is
flushed and the process exits."""

from __future__ import annotations

import asyncio
import signal
import uuid
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from tests.integration.ingest_support import WRITE_KEY, run_ingest
from tests.support.kafka import read_topic

pytestmark = pytest.mark.integration


async def test_sigterm_finishes_in_flight_requests_and_flushes(
    tmp_path: Path, endpoints: Any, kafka_topic: str
) -> None:
    acked: list[str] = []
    statuses: list[int | str] = []
    stop = asyncio.Event()

    async def client(url: str) -> None:
        async with httpx.AsyncClient(base_url=url, headers={"X-Write-Key": WRITE_KEY}, timeout=30) as http:
            while not stop.is_set():
                batch = [
                    {"messageId": str(uuid.uuid4()), "type": "track", "event": "t", "userId": "u"} for _ in range(20)
                ]
                try:
                    response = await http.post("/v1/batch", json={"batch": batch})
                except httpx.TransportError:  # refused or closed once the server stopped accepting
                    statuses.append("closed")
                    return
                statuses.append(response.status_code)
                if response.status_code == 200:
                    acked.extend(str(m["messageId"]) for m in batch)

    with run_ingest(tmp_path, bootstrap=endpoints.kafka_bootstrap, topic=kafka_topic) as server:
        tasks = [asyncio.create_task(client(server.url)) for _ in range(6)]
        while len(acked) < 400:
            await asyncio.sleep(0.05)
            assert not all(t.done() for t in tasks), statuses
        server.proc.send_signal(signal.SIGTERM)
        code = await asyncio.to_thread(server.proc.wait, 60)
        stop.set()
        await asyncio.gather(*tasks)
        logs = server.logs()
    # uvicorn re-raises the signal once its shutdown is complete, so the exit status is "terminated by SIGTERM"
    assert code in (0, -signal.SIGTERM), logs
    assert '"msg":"ingest stopped","undelivered":0' in logs
    assert '"msg":"Application shutdown complete."' in logs
    assert set(statuses) <= {200, "closed"}, statuses  # nothing half-answered, no 5xx
    in_topic = {
        orjson.loads(r.value)["eventId"]  # a UUID messageId is the event id
        for r in read_topic(endpoints.kafka_bootstrap, kafka_topic, expect=len(acked))
    }
    assert set(acked) <= in_topic
