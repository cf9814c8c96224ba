"""The HTTP layer with a fake Kafka sink: statuses, the answers Segment's SDKs read, headers, and what reaches
the sink."""

from __future__ import annotations

import asyncio
import base64
import concurrent.futures
import gzip
import logging
import threading
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson
import pytest
from eventpipeline.common.events import decode
from eventpipeline.ingest.app import create_app
from eventpipeline.ingest.metrics import IngestMetrics
from eventpipeline.ingest.producer import DeliveryFailed, Sink
from eventpipeline.ingest.settings import IngestSettings
from starlette.testclient import TestClient

pytestmark = pytest.mark.unit

KEY = "wk_test_1"
AUTH = {"Authorization": f"Bearer {KEY}"}
GOOD = {"event": "Page Viewed", "userId": "u1"}
TRACK = {"type": "track", **GOOD}


class FakeSink:
    """Records what would be produced; can be told to fail or to look down."""

    def __init__(self) -> None:
        self.records: list[tuple[bytes | None, bytes]] = []
        self.fail: DeliveryFailed | None = None
        self.available = True
        self.ready = True
        self.healthy = True
        self.started = self.stopped = False

    async def start(self) -> None:
        self.started = True

    async def stop(self, flush_timeout_s: float) -> int:
        self.stopped = True
        return 0

    def queue_depth(self) -> int:
        return 7

    async def send(self, keys: Sequence[bytes | None], values: Sequence[bytes]) -> float:
        if self.fail is not None:
            raise self.fail
        self.records.extend(zip(keys, values, strict=True))
        return 0.001


@pytest.fixture
def sink() -> FakeSink:
    return FakeSink()


def make_settings(tmp_path: Path, **overrides: Any) -> IngestSettings:
    keys = tmp_path / "keys"
    keys.write_text(f"{KEY}\nother_key\n")
    values: dict[str, Any] = {"write_keys_file": keys, "max_event_bytes": 1024, "max_batch_bytes": 8192}
    values.update(overrides)
    return IngestSettings(**values)


@pytest.fixture
def client(tmp_path: Path, sink: FakeSink) -> Iterator[TestClient]:
    def factory(_s: IngestSettings, _m: IngestMetrics) -> Sink:
        return sink

    app = create_app(make_settings(tmp_path, max_batch_events=10), sink_factory=factory)
    with TestClient(app) as test_client:
        yield test_client
    assert sink.stopped


def test_single_call_is_produced_and_acknowledged_as_segment_does(client: TestClient, sink: FakeSink) -> None:
    message_id = str(uuid.uuid4())
    response = client.post("/v1/track", json={**GOOD, "messageId": message_id}, headers=AUTH)
    assert response.status_code == 200
    assert response.json() == {"success": True, "accepted": 1, "messageIds": [message_id]}
    key, value = sink.records[0]
    assert key == b"u1"
    record = decode(value)
    assert (record.event_id, record.message_id, record.type, record.event) == (
        message_id,
        None,  # a UUID messageId is the event id: the record carries it once
        "track",
        "Page Viewed",
    )


@pytest.mark.parametrize("call", ["identify", "page", "screen", "group", "alias"])
def test_every_single_call_route_takes_its_own_type(client: TestClient, sink: FakeSink, call: str) -> None:
    message = {"userId": "u1", "groupId": "g1", "previousId": "p1", "name": "Home", "traits": {"plan": "pro"}}
    response = client.post(f"/v1/{call}", json=message, headers=AUTH)
    assert response.status_code == 200, response.text
    assert decode(sink.records[0][1]).type == call
    wrong = client.post(f"/v1/{call}", json={**message, "type": "track"}, headers=AUTH)
    assert wrong.status_code == 400
    assert wrong.json()["message"] == f"type: must be {call!r} here (or absent), got 'track'"


def test_batch_json_and_ndjson(client: TestClient, sink: FakeSink) -> None:
    response = client.post("/v1/batch", json={"batch": [TRACK, TRACK], "context": {"app": "x"}}, headers=AUTH)
    assert response.status_code == 200
    assert response.json()["accepted"] == 2
    body = b"\n".join([orjson.dumps({"context": {"app": "cli"}}), *[orjson.dumps(TRACK)] * 3])
    response = client.post(
        "/v1/batch", content=body, headers={**AUTH, "Content-Type": "application/x-ndjson; charset=utf-8"}
    )
    assert response.status_code == 200
    assert len({decode(v).event_id for _, v in sink.records}) == 5
    assert orjson.loads(bytes(decode(sink.records[-1][1]).context)) == {"app": "cli"}


def test_gzip_body_and_write_key_in_the_body(client: TestClient, sink: FakeSink) -> None:
    """What segment-analytics-python (gzip=True) and rudder-sdk-python send: gzip, and the key in the body."""
    body = gzip.compress(orjson.dumps({"batch": [TRACK], "writeKey": KEY, "sentAt": "2026-01-01T00:00:00Z"}))
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    response = client.post("/v1/batch", content=body, headers=headers)
    assert response.status_code == 200, response.text
    assert len(sink.records) == 1
    wrong = gzip.compress(orjson.dumps({"batch": [TRACK], "writeKey": "nope"}))
    assert client.post("/v1/batch", content=wrong, headers=headers).status_code == 401
    deflate = {**headers, "Content-Encoding": "br"}
    assert client.post("/v1/batch", content=body, headers=deflate).status_code == 415
    assert len(sink.records) == 1


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong"},
        {"X-Write-Key": "wk_test_"},
        {"Authorization": "Basic " + base64.b64encode(b"nope:").decode()},
    ],
)
def test_bad_or_missing_key_is_401_without_detail(client: TestClient, sink: FakeSink, headers: dict[str, str]) -> None:
    response = client.post("/v1/track", json=GOOD, headers=headers)
    assert response.status_code == 401
    assert response.json()["code"] == "unauthorized"
    assert response.json()["message"] == "write key missing or unknown"
    assert sink.records == []


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Write-Key": KEY},
        {"Authorization": "Basic " + base64.b64encode(f"{KEY}:".encode()).decode()},
        {"Authorization": "Bearer other_key"},
    ],
)
def test_every_key_form_is_accepted(client: TestClient, headers: dict[str, str]) -> None:
    assert client.post("/v1/track", json=GOOD, headers=headers).status_code == 200


def test_wrong_content_type_is_415(client: TestClient, sink: FakeSink) -> None:
    form = {**AUTH, "Content-Type": "application/x-www-form-urlencoded"}
    response = client.post("/v1/track", content=orjson.dumps(GOOD), headers=form)
    assert response.status_code == 415
    assert response.json()["errors"] == ["Content-Type: must be application/json"]
    ndjson_single = {**AUTH, "Content-Type": "application/x-ndjson"}
    assert client.post("/v1/track", content=orjson.dumps(GOOD), headers=ndjson_single).status_code == 415
    assert client.post("/v1/batch", content=b"[]", headers=AUTH).status_code == 415  # no content type
    assert sink.records == []


def test_invalid_event_is_400_naming_field_and_index(client: TestClient, sink: FakeSink) -> None:
    response = client.post("/v1/batch", json={"batch": [TRACK, {**TRACK, "userId": 1}]}, headers=AUTH)
    assert response.status_code == 400
    error = "batch[1].userId: must be a string"
    assert response.json() == {"success": False, "code": "invalid", "message": error, "errors": [error]}
    assert sink.records == []  # all or nothing


def test_oversized_bodies_are_413(client: TestClient, sink: FakeSink) -> None:
    big = {**GOOD, "properties": {"s": "x" * 2000}}
    response = client.post("/v1/track", json=big, headers=AUTH)
    assert response.status_code == 413
    assert response.json()["errors"][0].startswith("body: ")

    def chunks() -> Iterator[bytes]:  # no Content-Length: the cap applies while streaming
        yield b'{"batch": ['
        for _ in range(300):
            yield orjson.dumps(TRACK) + b","
        yield b"{}]}"

    response = client.post("/v1/batch", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.json()["errors"] == ["body: more than 8192 bytes; the limit is 8192"]
    response = client.post("/v1/batch", json={"batch": [TRACK] * 11}, headers=AUTH)
    assert response.status_code == 413
    assert response.json()["errors"] == ["batch: 11 messages; the limit is 10"]
    assert sink.records == []


def test_kafka_failure_is_503_with_retry_after(client: TestClient, sink: FakeSink) -> None:
    sink.fail = DeliveryFailed("timeout", "no delivery report in time")
    response = client.post("/v1/track", json=GOOD, headers=AUTH)
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "1"
    assert response.json()["reason"] == "timeout"
    sink.fail = None
    sink.available = False
    response = client.post("/v1/track", json=GOOD, headers=AUTH)
    assert response.status_code == 503
    assert response.json()["reason"] == "kafka_unavailable"
    metrics = client.get("/metrics").text
    assert 'ep_ingest_events_rejected_total{reason="timeout"} 1.0' in metrics
    assert 'ep_ingest_requests_rejected_total{reason="kafka_unavailable"} 1.0' in metrics


def test_refusals_are_all_counted_but_logged_once_a_second(
    client: TestClient, sink: FakeSink, caplog: pytest.LogCaptureFixture
) -> None:
    sink.available = False
    with caplog.at_level(logging.WARNING, logger="eventpipeline.ingest.handler"):
        for _ in range(5):
            assert client.post("/v1/track", json=GOOD, headers=AUTH).status_code == 503
    lines = [r for r in caplog.records if r.getMessage() == "events refused: kafka"]
    assert len(lines) == 1
    assert 'ep_ingest_requests_rejected_total{reason="kafka_unavailable"} 5.0' in client.get("/metrics").text


def test_rate_limit_is_429_with_retry_after(tmp_path: Path, sink: FakeSink) -> None:
    settings = make_settings(tmp_path, rate_limit_events_per_second=1, rate_limit_burst_events=3)
    with TestClient(create_app(settings, sink_factory=lambda _s, _m: sink)) as client:
        assert client.post("/v1/batch", json={"batch": [TRACK] * 3}, headers=AUTH).status_code == 200
        response = client.post("/v1/track", json=GOOD, headers=AUTH)
        assert response.status_code == 429
        assert int(response.headers["Retry-After"]) >= 1
        assert response.json()["code"] == "rate_limited"
        assert client.post("/v1/track", json=GOOD, headers={"X-Write-Key": "other_key"}).status_code == 200


def test_health_ready_and_metrics(client: TestClient, sink: FakeSink) -> None:
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200
    sink.ready = False
    assert client.get("/readyz").status_code == 503
    sink.healthy = False
    assert client.get("/healthz").status_code == 503
    client.post("/v1/track", json=GOOD, headers=AUTH)
    client.post("/v1/track", json=GOOD)
    client.post("/v1/batch", json={"batch": [TRACK]}, headers=AUTH)
    text = client.get("/metrics").text
    assert 'ep_http_requests_total{method="POST",route="/v1/track",status="200"} 1.0' in text
    assert 'ep_http_requests_total{method="POST",route="/v1/batch",status="200"} 1.0' in text
    assert 'ep_http_requests_total{method="GET",route="/healthz",status="200"} 1.0' in text
    assert 'ep_http_requests_total{method="GET",route="/readyz",status="503"} 1.0' in text
    assert 'ep_http_request_duration_seconds_bucket{le="0.05",method="POST",route="/v1/track",status="401"} 1.0' in text
    assert "ep_ingest_events_accepted_total 2.0" in text
    assert "ep_ingest_producer_queue_messages 7.0" in text
    assert client.get("/nope").status_code == 404
    assert 'route="other"' in client.get("/metrics").text


def test_get_on_event_route_is_405(client: TestClient) -> None:
    assert client.get("/v1/track", headers=AUTH).status_code == 405
    assert client.get("/v1/batch", headers=AUTH).status_code == 405


def test_huge_string_is_413_and_nothing_is_produced(client: TestClient, sink: FakeSink) -> None:
    event = {**GOOD, "properties": {"blob": "x" * 5_000_000}}
    response = client.post("/v1/track", json=event, headers=AUTH)
    assert response.status_code == 413
    assert response.headers["connection"] == "close"
    response = client.post("/v1/batch", json={"batch": [TRACK, event]}, headers=AUTH)
    assert response.status_code == 413
    assert sink.records == []


def test_deeply_nested_body_is_400(client: TestClient, sink: FakeSink) -> None:
    properties = b'{"a":' * 300 + b"1" + b"}" * 300
    body = b'{"batch": [{"type": "track", "event": "e", "userId": "u", "properties": ' + properties + b"}]}"
    response = client.post("/v1/batch", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["errors"][0].startswith("batch[0].properties: cannot be stored")
    assert sink.records == []


def test_non_utf8_body_is_400(client: TestClient) -> None:
    response = client.post(
        "/v1/track", content=b'{"event": "\xff", "userId": "u"}', headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["errors"][0].startswith("body: invalid JSON")


def test_requests_past_the_inflight_limit_get_503_before_their_body_is_read(tmp_path: Path) -> None:
    """One request held in Kafka's hands; with max_inflight_requests=1 the next is shed, then admitted again."""
    entered, release = threading.Event(), threading.Event()

    class HeldSink(FakeSink):
        async def send(self, keys: Sequence[bytes | None], values: Sequence[bytes]) -> float:
            entered.set()
            await asyncio.to_thread(release.wait, 10)  # thread-safe, and the event loop keeps serving
            return await super().send(keys, values)

    sink = HeldSink()
    app = create_app(make_settings(tmp_path, max_inflight_requests=1), sink_factory=lambda _s, _m: sink)
    with TestClient(app) as test_client, concurrent.futures.ThreadPoolExecutor(1) as pool:
        held = pool.submit(test_client.post, "/v1/track", json=GOOD, headers=AUTH)
        assert entered.wait(10)
        shed = test_client.post("/v1/track", json=GOOD, headers=AUTH)
        release.set()
        first = held.result(timeout=10)
        again = test_client.post("/v1/track", json=GOOD, headers=AUTH)
    assert (shed.status_code, first.status_code, again.status_code) == (503, 200, 200)
    assert shed.json()["reason"] == "overloaded"
    assert shed.headers["retry-after"] == "1"
    assert len(sink.records) == 2  # the shed request produced nothing
