"""Ingest against the real Kafka: what a 202 promises is in the topic, with the right key and payload."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from tests.integration.ingest_helpers import WRITE_KEY, read_topic, run_ingest

pytestmark = pytest.mark.integration

AUTH = {"X-Write-Key": WRITE_KEY}


def test_posted_events_are_in_the_topic_with_key_and_payload(tmp_path: Path, endpoints: Any, kafka_topic: str) -> None:
    single_id = str(uuid.uuid4())
    ordered = [{"type": "step", "user_id": "u-order", "properties": {"n": n}} for n in range(30)]
    with (
        run_ingest(tmp_path, bootstrap=endpoints.kafka_bootstrap, topic=kafka_topic) as server,
        httpx.Client(base_url=server.url, headers=AUTH, timeout=30) as client,
    ):
        one = client.post(
            "/v1/events",
            json={
                "event_id": single_id,
                "type": "signup",
                "user_id": "u-1",
                "timestamp": "2026-11-27T12:00:00+01:00",
                "properties": {"plan": "pro"},
            },
        )
        assert one.status_code == 202, one.text
        assert one.json() == {"accepted": 1, "event_ids": [single_id]}
        batch = client.post("/v1/batch", json={"events": ordered, "context": {"app": "it"}})
        assert batch.status_code == 202, batch.text
        ndjson = client.post(
            "/v1/batch",
            content=b'{"type": "view", "anonymous_id": "anon-7"}\n',
            headers={"Content-Type": "application/x-ndjson"},
        )
        assert ndjson.status_code == 202, ndjson.text
        refused = client.post("/v1/events", json={"type": "x"})
        assert refused.status_code == 400
    batch_ids = batch.json()["event_ids"]
    anon_id = ndjson.json()["event_ids"][0]

    records = read_topic(endpoints.kafka_bootstrap, kafka_topic, expect=32)
    by_id = {orjson.loads(r.value)["event_id"]: r for r in records}
    assert len(records) == 32  # nothing else, nothing twice (the refused event is not there)
    assert set(by_id) == {single_id, anon_id, *batch_ids}

    first = by_id[single_id]
    assert first.key == b"u-1"
    assert first.headers.get("ep-schema") == b"1"
    value = orjson.loads(first.value)
    assert value["type"] == "signup"
    assert value["timestamp"] == "2026-11-27T11:00:00.000000Z"
    assert value["properties"] == {"plan": "pro"}
    assert value["received_at"].endswith("Z")

    assert by_id[anon_id].key == b"anon-7"
    assert orjson.loads(by_id[anon_id].value)["user_id"] is None

    # one user's events: one partition, in the order of the batch, batch context merged in
    same_user = [by_id[i] for i in batch_ids]
    assert {r.key for r in same_user} == {b"u-order"}
    assert len({r.partition for r in same_user}) == 1
    assert [r.offset for r in same_user] == sorted(r.offset for r in same_user)
    assert [orjson.loads(r.value)["properties"]["n"] for r in same_user] == list(range(30))
    assert all(orjson.loads(r.value)["context"] == {"app": "it"} for r in same_user)
