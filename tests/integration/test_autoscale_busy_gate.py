"""The autoscaler's busy gate against a real ingest process: latency that comes from waiting (here on a Kafka
broker that accepts connections and never answers) is high while the event loop idles, and the decision holds
instead of adding replicas that would wait the same way."""

from __future__ import annotations

import asyncio
import base64
import socket
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import orjson
import pytest
from eventpipeline.operator.autoscale.decision import History, Observation, decide
from eventpipeline.operator.autoscale.policy import LOOP_BUSY_CORES, P99_LATENCY_MS, http_policy
from eventpipeline.operator.autoscale.scrape import HttpMetricsReader, http_metrics

from tests.integration.ingest_support import WRITE_KEY, run_ingest

pytestmark = pytest.mark.integration

BASIC = base64.b64encode(f"{WRITE_KEY}:".encode()).decode()


def track(url: str, n: int) -> int:
    body = orjson.dumps({"userId": f"u-{n}", "event": "Waited", "messageId": f"gate-{n}"})
    request = urllib.request.Request(
        f"{url}/v1/track",
        data=body,
        headers={"Authorization": f"Basic {BASIC}", "Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as err:
        return err.code


def test_latency_from_waiting_on_kafka_does_not_scale_an_idle_tier(tmp_path: Path) -> None:
    # A listening socket nobody accepts from: the kernel completes the handshakes, so the producer sees a broker
    # that is up and slow, not down (which ingest answers at once with a 503), and every produce waits its timeout.
    with (
        socket.create_server(("127.0.0.1", 0), backlog=64) as silent,
        run_ingest(
            tmp_path,
            bootstrap=f"127.0.0.1:{silent.getsockname()[1]}",
            topic="gate",
            kafka_message_timeout_ms="1000",
        ) as server,
    ):
        reader = HttpMetricsReader()
        urls = [f"{server.url}/metrics"]
        asyncio.run(reader.read(urls))  # the baseline
        with ThreadPoolExecutor(max_workers=20) as pool:
            statuses = list(pool.map(lambda n: track(server.url, n), range(40)))
        stats = asyncio.run(reader.read(urls))
    assert statuses
    assert all(code >= 500 for code in statuses), statuses  # not acknowledged: Kafka never took them
    assert stats.p99_ms is not None
    assert stats.p99_ms >= 500, stats  # the clients waited for the produce timeout
    assert stats.busy_cores is not None
    assert stats.busy_cores < 0.5, stats  # while the loop idled

    policy = http_policy(tier="ingest", min_replicas=1, max_replicas=10, p99_latency_ms=100)
    observed = http_metrics(stats)
    d = decide(Observation(current_replicas=2, metrics=observed), History(), policy, now=0.0)
    assert (d.desired, d.proposals[P99_LATENCY_MS]) == (2, 2), d.reason
    assert "not busy" in d.reason

    # The same observation from a tier whose loops are busy is a scale-up: the gate is what held it.
    busy = {**observed, LOOP_BUSY_CORES: 0.9}
    assert decide(Observation(current_replicas=2, metrics=busy), History(), policy, now=0.0).desired > 2
