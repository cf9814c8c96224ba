"""The metrics server answers /metrics with the contract's names, /healthz and /readyz with the loop's state."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest
from eventpipeline.consumer.metrics import ConsumerMetrics, Health, MetricsServer

pytestmark = pytest.mark.unit


def get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_endpoints() -> None:
    metrics = ConsumerMetrics()
    health = Health(liveness_seconds=60)
    metrics.written.inc(3)
    metrics.lag_messages.labels(partition="2").set(17)
    server = MetricsServer("127.0.0.1", 0, metrics, health)
    server.start()
    try:
        status, body = get(server.port, "/metrics")
        assert status == 200
        assert "ep_consumer_events_written_total 3.0" in body
        assert 'ep_consumer_lag_messages{partition="2"} 17.0' in body
        for name in (
            "ep_consumer_events_consumed_total",
            "ep_consumer_batch_size_bucket",
            "ep_consumer_batch_duration_seconds_bucket",
            "ep_consumer_last_commit_timestamp_seconds",
        ):
            assert name in body
        assert get(server.port, "/healthz")[0] == 200
        assert get(server.port, "/readyz")[0] == 503
        health.ready = True
        assert get(server.port, "/readyz")[0] == 200
        assert get(server.port, "/nope")[0] == 404
    finally:
        server.stop()


def test_liveness_fails_when_the_loop_stalls() -> None:
    health = Health(liveness_seconds=0.0)
    assert not health.alive
    assert Health(liveness_seconds=3600).alive
