"""Prometheus metrics and the tiny HTTP server for /metrics, /healthz and /readyz (stdlib server in a thread)."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest


class ConsumerMetrics:
    """Every metric of one consumer process, in its own registry (several runners can share a test process)."""

    def __init__(self) -> None:
        r = self.registry = CollectorRegistry()
        self.consumed = Counter("ep_consumer_events_consumed", "Records taken from Kafka", registry=r)
        self.written = Counter("ep_consumer_events_written", "Rows inserted into events (new ids)", registry=r)
        self.duplicates = Counter(
            "ep_consumer_events_duplicate", "Valid records whose id was already stored", registry=r
        )
        self.dead_letters = Counter("ep_consumer_dlq", "Records sent to the dead-letter topic", ["kind"], registry=r)
        self.batch_size = Histogram(
            "ep_consumer_batch_size",
            "Records per batch",
            buckets=(1, 10, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 25000),
            registry=r,
        )
        self.batch_duration = Histogram(
            "ep_consumer_batch_duration_seconds",
            "Time to write and commit one batch",
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=r,
        )
        self.lag_messages = Gauge("ep_consumer_lag_messages", "High watermark - committed", ["partition"], registry=r)
        self.last_commit = Gauge("ep_consumer_last_commit_timestamp_seconds", "Last offset commit (unix)", registry=r)
        self.db_retries = Counter("ep_consumer_db_retries", "Failed batch attempts retried later", registry=r)
        self.paused = Gauge("ep_consumer_paused", "1 while consumption is paused (PostgreSQL down)", registry=r)


class Health:
    """What /healthz and /readyz answer: the loop turned recently; the consumer is assigned and writing."""

    def __init__(self, liveness_seconds: float) -> None:
        self._liveness = liveness_seconds
        self._beat = time.monotonic()
        self.ready = False

    def beat(self) -> None:
        self._beat = time.monotonic()

    @property
    def alive(self) -> bool:
        return time.monotonic() - self._beat < self._liveness


class _Handler(BaseHTTPRequestHandler):
    metrics: ConsumerMetrics
    health: Health

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path == "/metrics":
            self._send(200, generate_latest(self.metrics.registry), CONTENT_TYPE_LATEST)
        elif path == "/healthz":
            ok = self.health.alive
            self._send(200 if ok else 503, b"ok\n" if ok else b"loop stalled\n")
        elif path == "/readyz":
            ok = self.health.ready
            self._send(200 if ok else 503, b"ready\n" if ok else b"not ready\n")
        else:
            self._send(404, b"not found\n")

    def _send(self, status: int, body: bytes, ctype: str = "text/plain; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Silence per-request access lines (scrapes every few seconds)."""


class MetricsServer:
    """ThreadingHTTPServer on a daemon thread; `port` 0 picks a free port (tests)."""

    def __init__(self, host: str, port: int, metrics: ConsumerMetrics, health: Health) -> None:
        handler = type("Handler", (_Handler,), {"metrics": metrics, "health": health})
        self._server = ThreadingHTTPServer((host, port), handler)
        self._server.daemon_threads = True
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, name="ep-metrics", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
