"""Slow and oversized clients against the real ingest and analytics processes, over raw sockets that control every
byte and its timing: headers and bodies have read deadlines (408 and the connection closed), a connection that
sends nothing is closed, oversized headers are a 431, and the time a client takes to send its body never shows in
the latency histogram the autoscaler reads (`ep_http_request_duration_seconds`)."""

from __future__ import annotations

import base64
import contextlib
import socket
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import orjson
import psycopg
import pytest
from eventpipeline.common.events import decode, event_id_for
from eventpipeline.common.httpmetrics import DURATION, REFUSALS
from eventpipeline.common.schema import migrate
from eventpipeline.infra import endpoints as ep

from tests.integration.analytics_support import READ_KEY, run_analytics
from tests.integration.ingest_support import WRITE_KEY, run_ingest
from tests.support import ServedProcess
from tests.support.kafka import read_topic
from tests.support.sockets import closed, connect, read_answer, status

pytestmark = pytest.mark.integration

DEADLINE = "1"  # seconds: short, so the test is; what is measured is the outcome, not the time it took
BASIC = base64.b64encode(f"{WRITE_KEY}:".encode()).decode()


def track_request() -> tuple[bytes, bytes, str]:
    """A valid /v1/track request: its head, its body, its messageId."""
    message_id = f"slow-{uuid.uuid4().hex}"
    body = orjson.dumps(
        {"userId": "u-slow", "event": "Trickled", "messageId": message_id, "properties": {"pad": "x" * 200}}
    )
    head = (
        f"POST /v1/track HTTP/1.1\r\nHost: ingest\r\nAuthorization: Basic {BASIC}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    return head, body, message_id


@pytest.fixture
def ingest(tmp_path: Path, endpoints: ep.Endpoints, kafka_topic: str) -> Iterator[ServedProcess]:
    with run_ingest(
        tmp_path,
        bootstrap=endpoints.kafka_bootstrap,
        topic=kafka_topic,
        header_timeout_seconds=DEADLINE,
        body_timeout_seconds=DEADLINE,
    ) as server:
        yield server


@contextlib.contextmanager
def analytics(tmp_path: Path, endpoints: ep.Endpoints) -> Iterator[ServedProcess]:
    with run_analytics(
        tmp_path,
        primary_dsn=endpoints.postgres_primary_dsn,
        schema="public",
        header_timeout_seconds=DEADLINE,
        max_header_bytes="4096",
    ) as server:
        yield server


def test_headers_that_never_finish_get_a_408_and_a_closed_connection(ingest: ServedProcess) -> None:
    with connect(ingest.url) as sock:
        sock.sendall(b"POST /v1/track HTTP/1.1\r\nHost: ingest\r\nContent-Type: app")
        answer = read_answer(sock)
        assert status(answer) == 408, answer
        assert closed(sock)
    assert ingest.metric(f"{REFUSALS}_total", reason="header_timeout") == 1


def test_a_connection_that_sends_nothing_is_closed(ingest: ServedProcess) -> None:
    with connect(ingest.url) as sock:
        assert read_answer(sock) == b""  # closed without a word, as an idle keep-alive connection is
    assert ingest.metric(f"{REFUSALS}_total", reason="header_timeout") == 1


def test_a_body_that_never_finishes_gets_a_408_and_nothing_is_stored(
    ingest: ServedProcess, endpoints: ep.Endpoints, kafka_topic: str
) -> None:
    head, body, message_id = track_request()
    with connect(ingest.url) as sock:
        sock.sendall(head + body[:50])
        answer = read_answer(sock)
        assert status(answer) == 408, answer
        assert closed(sock)
    assert ingest.metric(f"{REFUSALS}_total", reason="body_timeout") == 1
    # the next request, whole, goes through, and only it is in the topic: the trickled one was never acknowledged
    head, body, stored_id = track_request()
    with connect(ingest.url) as sock:
        sock.sendall(head + body)
        assert status(read_answer(sock)) == 200
    records = read_topic(endpoints.kafka_bootstrap, kafka_topic, expect=1)
    stored = [decode(bytes(record.value)).event_id for record in records]  # type: ignore[arg-type]
    assert stored == [event_id_for(stored_id)]
    assert event_id_for(message_id) not in stored


def test_a_trickled_body_is_not_server_latency(ingest: ServedProcess) -> None:
    """Sent in pieces over most of the body deadline, the request is answered 200 and its recorded duration is a
    small part of the time the client took: the server's own time only."""
    head, body, _ = track_request()
    pieces = [body[i : i + 40] for i in range(0, len(body), 40)]
    with connect(ingest.url) as sock:
        sock.sendall(head)
        started = time.perf_counter()
        for piece in pieces:
            time.sleep(0.6 / len(pieces))  # the client's pace is what this test is about
            sock.sendall(piece)
        answer = read_answer(sock)
        client_seconds = time.perf_counter() - started
    assert status(answer) == 200, answer
    assert ingest.metric(f"{DURATION}_count", route="/v1/track") == 1
    recorded = ingest.metric(f"{DURATION}_sum", route="/v1/track")
    assert recorded < client_seconds / 2, (recorded, client_seconds)


def test_analytics_headers_have_a_deadline_and_a_size_cap(tmp_path: Path, endpoints: ep.Endpoints) -> None:
    with analytics(tmp_path, endpoints) as server:
        with connect(server.url) as sock:
            sock.sendall(f"GET /v1/metrics/freshness HTTP/1.1\r\nHost: analytics\r\nX-Read-Key: {READ_KEY}".encode())
            answer = read_answer(sock)
            assert status(answer) == 408, answer
            assert closed(sock)
        with connect(server.url) as sock:
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: analytics\r\nX-Pad: " + b"x" * 8192 + b"\r\n\r\n")
            answer = read_answer(sock)
            assert status(answer) == 431, answer
            assert closed(sock)
        assert server.metric(f"{REFUSALS}_total", reason="header_timeout") == 1
        assert server.metric(f"{REFUSALS}_total", reason="headers_too_large") == 1
        with connect(server.url) as sock:  # and a well-behaved client is answered as ever
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: analytics\r\n\r\n")
            assert status(read_answer(sock)) == 200


def test_a_client_that_reads_slowly_is_not_server_latency(
    tmp_path: Path, endpoints: ep.Endpoints, pg_schema: str
) -> None:
    """The largest answer analytics gives (a timeseries of max_buckets buckets, about half a megabyte), to a client
    whose receive buffer is tiny and that waits before reading: the server hands the whole answer to its transport
    and is done, so the recorded duration is a small part of the time the client took to read it."""
    with psycopg.connect(endpoints.postgres_primary_dsn, autocommit=True) as conn:
        migrate(conn, pg_schema)
    with run_analytics(tmp_path, primary_dsn=endpoints.postgres_primary_dsn, schema=pg_schema) as server:
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # before connecting: the window stays small
        sock.settimeout(30)
        sock.connect(("127.0.0.1", int(server.url.rsplit(":", 1)[1])))
        with sock:
            query = "from=2026-11-01T00:00:00Z&to=2026-11-07T22:40:00Z&interval=minute"  # 10,000 minutes
            sock.sendall(
                f"GET /v1/metrics/timeseries?{query} HTTP/1.1\r\nHost: analytics\r\n"
                f"Authorization: Bearer {READ_KEY}\r\n\r\n".encode()
            )
            started = time.perf_counter()
            time.sleep(1.5)  # the slow reader: nothing read yet
            answer = read_answer(sock)
            client_seconds = time.perf_counter() - started
        assert status(answer) == 200, answer[:300]
        assert len(answer) > 200_000  # more than the socket buffers hold: the server had to wait to send it all
        route = "/v1/metrics/timeseries"
        assert server.metric(f"{DURATION}_count", route=route) == 1
        recorded = server.metric(f"{DURATION}_sum", route=route)
        assert recorded < client_seconds / 2, (recorded, client_seconds)
