"""Overload against the real ingest and analytics processes: past their bound of requests in flight, both answer
503 + Retry-After at once instead of queueing, and what they had accepted is answered (and, for ingest, in Kafka).

The requests in flight are held, not hoped for: ingest's by bodies that have not finished arriving, analytics' by
queries waiting on tables the test holds locked; so the bound is reached on any machine, at any speed."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from eventpipeline.common.events import decode, event_id_for
from eventpipeline.common.httpmetrics import REFUSALS
from eventpipeline.infra import endpoints as ep

from tests.integration.analytics_support import (
    READ_KEY,
    replicated_dataset,
    run_analytics,
    tables_locked,
    waiting_on_locks,
)
from tests.integration.ingest_support import WRITE_KEY, run_ingest
from tests.support import eventually
from tests.support.kafka import read_topic
from tests.support.sockets import connect, read_answer, status

pytestmark = pytest.mark.integration

BASIC = base64.b64encode(f"{WRITE_KEY}:".encode()).decode()


def track(message_id: str) -> tuple[bytes, bytes]:
    body = orjson.dumps({"userId": "u-busy", "event": "Busy", "messageId": message_id})
    head = (
        f"POST /v1/track HTTP/1.1\r\nHost: ingest\r\nAuthorization: Basic {BASIC}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    return head, body


def head_value(answer: bytes, name: bytes) -> bytes | None:
    for line in answer.partition(b"\r\n\r\n")[0].split(b"\r\n")[1:]:
        key, _, value = line.partition(b":")
        if key.strip().lower() == name:
            return value.strip()
    return None


def test_ingest_past_its_requests_in_flight_answers_503_at_once(
    tmp_path: Path, endpoints: ep.Endpoints, kafka_topic: str
) -> None:
    with run_ingest(
        tmp_path, bootstrap=endpoints.kafka_bootstrap, topic=kafka_topic, max_inflight_requests="2"
    ) as server:
        held_ids = [f"held-{uuid.uuid4().hex}" for _ in range(2)]
        held = [connect(server.url) for _ in held_ids]
        try:
            for sock, message_id in zip(held, held_ids, strict=True):
                head, body = track(message_id)
                sock.sendall(head + body[:10])  # in flight: its handler waits for the rest of the body
            # the probe's body is not JSON: admitted, it is a 400 and stores nothing; shed, it is never read
            probe = (
                f"POST /v1/track HTTP/1.1\r\nHost: ingest\r\nAuthorization: Basic {BASIC}\r\n"
                "Content-Type: application/json\r\nContent-Length: 5\r\n\r\nnope!"
            ).encode()

            def shed() -> bytes | None:
                with connect(server.url) as sock:
                    sock.sendall(probe)
                    answer = read_answer(sock)
                assert status(answer) in {400, 503}, answer
                return answer if status(answer) == 503 else None  # 400 until both held requests are in their handlers

            answer = eventually(shed, what="a request past the bound is shed")
            assert answer is not None
            assert orjson.loads(answer.partition(b"\r\n\r\n")[2])["reason"] == "overloaded"
            assert int(head_value(answer, b"retry-after") or 0) >= 1
            for sock, message_id in zip(held, held_ids, strict=True):
                head, body = track(message_id)
                sock.sendall(body[10:])
                assert status(read_answer(sock)) == 200
        finally:
            for sock in held:
                sock.close()
        after_id = f"after-{uuid.uuid4().hex}"
        with connect(server.url) as sock:
            sock.sendall(b"".join(track(after_id)))
            assert status(read_answer(sock)) == 200
    records = read_topic(endpoints.kafka_bootstrap, kafka_topic, expect=3)
    stored = {decode(bytes(record.value)).event_id for record in records}  # type: ignore[arg-type]
    assert stored == {event_id_for(m) for m in [*held_ids, after_id]}


@pytest.fixture
def dataset(endpoints: ep.Endpoints) -> Iterator[str]:
    with replicated_dataset(endpoints, "t_overload", 200, seed=5) as name:
        yield name


def test_analytics_past_its_requests_in_flight_answers_503_at_once(
    tmp_path: Path, endpoints: ep.Endpoints, dataset: str
) -> None:
    name = f"epa-{uuid.uuid4().hex[:10]}"
    with (
        run_analytics(
            tmp_path,
            primary_dsn=endpoints.postgres_primary_dsn,
            schema=dataset,
            replica_dsns=endpoints.postgres_replica_dsn,
            application_name=name,
            max_inflight_requests="2",
        ) as server,
        ThreadPoolExecutor(2) as pool,
    ):

        def ask(day: int) -> httpx.Response:
            params: dict[str, Any] = {"from": f"2026-11-{day:02d}T00:00:00Z", "to": "2026-12-01T00:00:00Z"}
            return httpx.get(
                f"{server.url}/v1/metrics/summary", params=params, headers={"X-Read-Key": READ_KEY}, timeout=60
            )

        with tables_locked(endpoints, dataset):
            held = [pool.submit(ask, day) for day in (1, 2)]
            eventually(lambda: waiting_on_locks(endpoints, name) == 2, what="two queries wait in the database")
            refused = ask(3)
            assert refused.status_code == 503, refused.text
            assert refused.json()["error"] == "overloaded"
            assert int(refused.headers["retry-after"]) >= 1
        assert [future.result().status_code for future in held] == [200, 200]
        assert ask(3).status_code == 200
        assert server.metric(f"{REFUSALS}_total", reason="overloaded") == 1
