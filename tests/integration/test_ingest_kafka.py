"""Ingest against the real Kafka: what a 200 promises is in the topic, with the right key and payload."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from eventpipeline.common.events import Event, decode, event_id_for

from tests.integration.ingest_support import WRITE_KEY, run_ingest
from tests.support.kafka import Record, read_topic

pytestmark = pytest.mark.integration

AUTH = {"X-Write-Key": WRITE_KEY}


def event_of(record: Record) -> Event:
    return decode(record.value if isinstance(record.value, bytes) else record.value.encode())


def test_posted_calls_are_in_the_topic_with_key_and_payload(tmp_path: Path, endpoints: Any, kafka_topic: str) -> None:
    single_id = str(uuid.uuid4())
    ordered = [
        {"type": "track", "event": "Step", "userId": "u-order", "messageId": f"step-{n}", "properties": {"n": n}}
        for n in range(30)
    ]
    with (
        run_ingest(tmp_path, bootstrap=endpoints.kafka_bootstrap, topic=kafka_topic) as server,
        httpx.Client(base_url=server.url, headers=AUTH, timeout=30) as client,
    ):
        one = client.post(
            "/v1/track",
            json={
                "messageId": single_id,
                "event": "Signed Up",
                "userId": "u-1",
                "timestamp": "2026-11-27T12:00:00+01:00",
                "properties": {"plan": "pro"},
            },
        )
        assert one.status_code == 200, one.text
        assert one.json() == {"success": True, "accepted": 1, "messageIds": [single_id]}
        batch = client.post("/v1/batch", json={"batch": ordered, "context": {"app": "it"}})
        assert batch.status_code == 200, batch.text
        ndjson = client.post(
            "/v1/batch",
            content=b'{"type": "page", "name": "Home", "anonymousId": "anon-7", "messageId": "nd-1"}\n',
            headers={"Content-Type": "application/x-ndjson"},
        )
        assert ndjson.status_code == 200, ndjson.text
        refused = client.post("/v1/track", json={"userId": "u"})
        assert refused.status_code == 400
    records = read_topic(endpoints.kafka_bootstrap, kafka_topic, expect=32)
    events = [event_of(r) for r in records]
    by_id = {(e.message_id or e.event_id): r for e, r in zip(events, records, strict=True)}
    assert len(records) == 32  # nothing else, nothing twice (the refused call is not there)
    assert set(by_id) == {single_id, "nd-1", *(f"step-{n}" for n in range(30))}

    first = by_id[single_id]
    assert first.key == b"u-1"
    assert first.headers.get("ep-schema") == b"2"
    value = orjson.loads(first.value)
    assert (value["eventId"], value["type"], value["event"]) == (single_id, "track", "Signed Up")
    assert value["timestamp"] == "2026-11-27T11:00:00Z"
    assert value["properties"] == {"plan": "pro"}
    assert value["receivedAt"].endswith("Z")

    page = event_of(by_id["nd-1"])
    assert by_id["nd-1"].key == b"anon-7"
    assert (page.type, page.name, page.user_id, page.event_id) == ("page", "Home", None, event_id_for("nd-1"))

    # one user's events: one partition, in the order of the batch, batch context merged in
    same_user = [by_id[f"step-{n}"] for n in range(30)]
    assert {r.key for r in same_user} == {b"u-order"}
    assert len({r.partition for r in same_user}) == 1
    assert [r.offset for r in same_user] == sorted(r.offset for r in same_user)
    assert [orjson.loads(r.value)["properties"]["n"] for r in same_user] == list(range(30))
    assert all(orjson.loads(r.value)["context"] == {"app": "it"} for r in same_user)
