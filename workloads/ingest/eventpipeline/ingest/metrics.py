"""Prometheus metrics of one ingest process (names and labels of the HTTP pair are a cross-team contract).

Each app gets its own CollectorRegistry so tests can build several apps in one process.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

from eventpipeline.common.httpmetrics import HttpMetrics
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

DELIVERY_BUCKETS: Final = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
ROUTES: Final = frozenset(
    {
        *(f"/v1/{call}" for call in ("track", "identify", "page", "screen", "group", "alias", "batch", "import")),
        "/healthz",
        "/readyz",
        "/metrics",
    }
)


class IngestMetrics:
    """The counters the handlers bump; `rejected` counts events when known, requests always."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.http = HttpMetrics(r)
        self.events_accepted = Counter(
            "ep_ingest_events_accepted", "Events acknowledged by Kafka and answered 202.", registry=r
        )
        self.events_rejected = Counter(
            "ep_ingest_events_rejected",
            "Events refused, by reason (counted when the body was parsed).",
            ["reason"],
            registry=r,
        )
        self.requests_rejected = Counter(
            "ep_ingest_requests_rejected", "Event requests refused, by reason.", ["reason"], registry=r
        )
        self.delivery_seconds = Histogram(
            "ep_ingest_delivery_seconds",
            "From the first produce() of a request to its last delivery report.",
            buckets=DELIVERY_BUCKETS,
            registry=r,
        )
        self.queue_depth = Gauge("ep_ingest_producer_queue_messages", "Messages waiting in the producer.", registry=r)
        self.write_keys = Gauge("ep_ingest_write_keys", "Write keys currently loaded.", registry=r)

    def reject(self, reason: str, events: int = 0) -> None:
        self.requests_rejected.labels(reason).inc()
        if events:
            self.events_rejected.labels(reason).inc(events)

    def observe_http(self, route: str, method: str, status: int, seconds: float) -> None:
        self.http.observe(route, method, status, seconds)

    def watch_queue(self, depth: Callable[[], int]) -> None:
        self.queue_depth.set_function(depth)


class HttpMetricsMiddleware:
    """Pure ASGI middleware (no BaseHTTPMiddleware: it costs a task per request) timing every HTTP request."""

    def __init__(self, app: ASGIApp, metrics: IngestMetrics) -> None:
        self._app = app
        self._metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self._app(scope, receive, send_wrapper)
        finally:
            path = scope["path"]
            route = path if path in ROUTES else "other"
            self._metrics.observe_http(route, scope["method"], status, time.perf_counter() - started)
